#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g211_silver_hair_tourist_trains and g212_hk_jockey_club_racing_charities
(annotator GB).

Adapted from the precedent set's tools/annotate_hb.py (now dev/tools/annotate_g205_g206.py) (/tmp/ho37/precedent:
a GB18030 mainland article and a UTF-16 Hong Kong one, the pair closest to
mine; copied and the data changed).  It keeps the checks of annotate_hb.py
and its predecessors: strict decoding, offsets, overlaps, span edges,
formats, calendar-valid DATEs, METRIC values re-derived from the span,
ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, audits of digits, Latin words, Chinese numerals,
time characters, city strings, ORG words and ORG strings, the independent
`city` rule, the month and day a DATE span writes, the holiday table by
exact span and the holidays recomputed without it, ROC years only in a
Taiwan text, relative words resolved from the reference date (本周一,
本周四, 上周五, 上周日 to the day of their week, 上周 to its ISO week,
昨日 to its day), the bare-day month rule, 去年同期 a year before its
sentence's period, 上月 as a baseline after a comparison word, the 上季
check, the range check, the 约占 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
suffix marker inside its span, 约为/約為 declared as a separated marker,
the precision check, the bare-year check, the time-unit check, the
collective-label check, the 十一 check, the check that a traditional
article holds no simplified character, the OpenCC t2s-then-s2hk round
trip of the Hong Kong article, the Hong Kong block with its declared
characters, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g211 is simplified (mainland, 中国旅游报, 2026-11-19), stored as GB18030
  WITHOUT a BOM.  Its byline 本报记者 韩𬍤 stands on line 3 (本报 names no
  outlet: no ORG on the line).  One character is outside GBK and outside
  the Basic Multilingual Plane: 𬍤 (U+2C364, CJK Extension E; GB18030
  99 31 DA 36, a four-byte sequence) of the reporter's given name, in no
  span; gbk, cp936 and gb2312 fail on the file.  Every other non-ASCII
  character is two bytes.  𬍤 is one code point but two UTF-16 units: a
  reader that counts UTF-16 units puts every span of the body one too far,
  and one that takes two bytes a non-ASCII character two bytes short.
  OpenCC t2s leaves the article unchanged.
- g212 is traditional (Hong Kong, 大公報, 2026-11-24), stored as UTF-16
  BIG-ENDIAN WITH A BOM (FE FF, then the title's 馬 = U+99AC, written
  99 AC); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; one is outside plain Big5 and cp950:
  衞 (U+885E, Big5-HKSCS 8F C0), Hong Kong's spelling, standing only
  inside the ORG rows 醫務衞生局 and 衞生署 (GUIDELINES: OpenCC t2s keeps
  衞, and so does the ORG's `normalized`).  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC
  t2s; mainland cities by their official name with 市, Hong Kong and
  Macao by their common name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho37/precedent: README,
NOTES_ha/hb/hc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g211_g212.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_hb.py: its GB18030 block declares a character
OUTSIDE the BMP again (as annotate_ib.py did with 𫖮; annotate_hb.py's 㛃
was a BMP one): its first byte is 90-E3, it is two UTF-16 units, and it
stands on the byline line before every span of the body
(ASTRAL_BEFORE_BODY).  The byline reads 本报记者 + a space + the name and
holds no row (GUIDELINES: 本报 names no outlet; annotate_hb.py's byline
held its outlet's ORG).  Its UTF-16 LE block becomes a UTF-16 BE block
(exactly one BOM FE FF; the BOM-aware utf-16 codec reads the same text;
plain utf-16-be keeps U+FEFF in front; utf-16-le reads another text; the
title's 馬 = 99 AC right after the BOM; two bytes a character, no
surrogate pair; the NUL byte BEFORE every ASCII character).  The Hong
Kong block declares one character outside Big5 and cp950 (衞), confined
to declared ORG rows (annotate_ja.py's IN_ORG, kept empty in
annotate_hb.py) instead of a word outside every span; S2T_ALLOWED holds
群 (聖雅各福群會, the body's own spelling; OpenCC s2t writes 羣) and 准
(批准; s2t writes 準 for the character alone), and the s2hk round trip
declares 周/週, 布/佈, 稅/税, 溫/温 and 群/羣.  New here: holidays
重阳节 (九月初九, from the lunar table) and 大年初三 (正月初三, the lunar
new year's day + 2) recomputed; 上周日 (last week's Sunday; GUIDELINES:
上周日均 is another case) and 同日 after a bracketed day.  Units 列, %,
人次, 岁, 元, 组, 个, 家, 人, 天, 倍, 百分点 and 元, %, 个, 宗, 人, 人次,
岁, 名, 场, 百分点, 天, 匹, 班.  Re-run (from anywhere):

    python3 dev/tools/annotate_g211_g212.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)                       # holds corpus/ and gold/
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PYTHON_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                     os.path.join(os.path.dirname(BASE), ".venv", "bin",
                                  "python"),
                     "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
BOM8 = b"\xef\xbb\xbf"
BOM16LE = b"\xff\xfe"
BOM16BE = b"\xfe\xff"
G211 = "g211_silver_hair_tourist_trains"
G212 = "g212_hk_jockey_club_racing_charities"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G211: ("gb18030", b"", False, "2026-11-19", "中国旅游报"),
    G212: ("utf-16-be", BOM16BE, True, "2026-11-24", "大公報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g211: 银 of the title in GB18030; g212: 馬 of the title
# in UTF-16 BE)
FIRST_CHAR = {G211: ("银", b"\xd2\xf8"), G212: ("馬", b"\x99\xac")}
# characters outside the BMP each article declares: g211's 𬍤 (U+2C364,
# CJK Extension E) of the reporter's given name
OUTSIDE_BMP = {G211: ["𬍤"], G212: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𬍤 of the reporter's name (in no span;
# on the byline line), a four-byte sequence outside the BMP
OUTSIDE_GBK = {G211: {"𬍤": b"\x99\x31\xda\x36"}}
# the byline line that holds the declared character: 本报记者 + a space +
# the reporter's name (GUIDELINES: 本报 names no outlet, so the line holds
# no row; new here, where annotate_hb.py's byline held its outlet's ORG)
BYLINE_PREFIX = {G211: "本报记者 "}
# articles whose declared characters stand before every span of the body
# and lie outside the BMP (offsets counted in UTF-16 units would drift by
# one after them): g211
ASTRAL_BEFORE_BODY = {G211}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 衞 of
# 醫務衞生局 and 衞生署 (Hong Kong's spelling; cp950 lacks it)
OUTSIDE_BIG5 = {G212: {"衞": False}}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them; annotate_ja.py's IN_ORG): 衞 in 醫務衞生局, 衞生署
IN_ORG = {G212: {"衞": ["醫務衞生局", "衞生署"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts (none here)
OUTSIDE_BIG5_WORD = {}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 稅務局 …, are ORGs in a text that names
# the region at least twice)
HONGKONG = {G212}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them, taken alone: 群 of 聖雅各福群會 (the body's own
# spelling; s2t writes 羣, which t2s maps back to 群) and 准 of 批准 (to
# permit: traditional 准, distinct from 準 "standard", which s2t writes for
# the character alone)
S2T_ALLOWED = {G212: {"群", "准"}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes: 周 (上周五, 上周, 上周日, 本周四; s2hk 週),
# 布 (公布, as the government writes it; s2hk 佈), 稅 (博彩稅, 稅務局, 利得稅,
# 稅收, the Big5 form the government writes; s2hk 税), 溫 (溫泉, the Big5
# form; s2hk 温), 群 (聖雅各福群會; s2hk 羣)
S2HK_KEPT = {G212: {("周", "週"), ("布", "佈"), ("稅", "税"), ("溫", "温"),
                    ("群", "羣")}}
# common simplified-only characters a traditional article must not hold
# (annotate_hb.py's list, with my additions for the racing article)
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "横粤区执设简闻运统签协综渐圣罗诞语层"
                   "学医疗参费诊药级养寿术专谈头宁设门师将绩毕"
                   "历业论课础读选优奖贷职荐锦韩兰"
                   "馆类价变总数显报贴压业绩连锁减关闭结旧摊栏"
                   "图热诞农历节际联会鸿领东广尔"
                   "税预岁储备拨资审议综开闸轻线设卫养凭证评级维稳缓销"
                   "检视赖较"
                   "会议览贸进项获签举办观众设标认证厂联团组机场营专达馆径际环车队"
                   "检缓紧训课员"
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "写楼级净纳积续让扩业报亿"
                   "龄护陆鉴础钟骤扬纲"
                   "请审评线购设税资际仅荐阶层劳务区总联会夹经筑妇简构贸环疗绝备"
                   "铁规筑亿划测础尽"
                   "邮轮码启签厅岘冈庄厦亚补给饮馆寻预团费额携"
                   "纵远胜爱达际监处务运输关"
                   "两为于从传体侦军击则别动占后响复岚岭带并应强当恒托担温点独碍筛继"
                   "缴网范记负责货赌赛转键间顾驳")
# Holidays the articles name, by their exact span (2025-2027): g211
# (mainland, 2026-11-19): 今年重阳节 2026-10-18 (九月初九 of 2026, just
# past; a year word before a holiday is inside the span; 期间 outside),
# 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentence); g212 (Hong Kong, 2026-11-24): 聖誕
# 2026-12-25 (the coming one; 期間 outside), 元旦 2027-01-01, 大年初三
# 2027-02-08 (正月初三 of 2027, the coming one; its gloss 明年2月8日 agrees).
HOLIDAY = {
    "今年重阳节": "2026-10-18", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "大年初三": "2027-02-08",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活", "十一",
                 "大年")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the
# precedent annotators checked them with lunardate 0.3.0 for 2025-2027;
# 大年初三 is 正月初一 + 2 days) and days computed from the calendar
# (黑色星期五; Western Easter)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11), "十一": (10, 1)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
_THIRD_DAY = {y: d + datetime.timedelta(days=2) for y, d in _SPRING.items()}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "大年初三": _THIRD_DAY}
# the lunar table against the calendar: 2026's 重阳 (九月初九) is 8 days
# after the new moon of 2026-10-10 (Beijing time), and 中秋 of 2026 (八月十五,
# 2026-09-25) is 23 days before it; 正月初三 of 2027 is a Monday
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


def _easter(y):
    """Western (Gregorian) Easter Sunday by the anonymous Gregorian
    computus (Meeus/Jones/Butcher); GUIDELINES: 复活节 and 耶稣受难节
    follow Western Easter (annotate_ib.py)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return datetime.date(y, month, day)


# the computus against known Easter Sundays (2025-04-20, 2026-04-05,
# 2027-03-28) and, where it is installed, against dateutil
assert [_easter(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 4, 20), datetime.date(2026, 4, 5),
    datetime.date(2027, 3, 28)]
try:
    from dateutil.easter import easter as _du_easter
    assert all(_easter(y) == _du_easter(y) for y in range(1990, 2060))
except ImportError:
    pass

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g211 (2026: the municipalities 北京, 重庆; prefecture-level cities
    # 乌鲁木齐, 吐鲁番, 昆明, 丽江, 保山, 哈尔滨, 大连, 沈阳, 长春, 成都,
    # 广州, 呼伦贝尔, 张掖, 深圳, 南宁, 海口, 三亚; county-level cities
    # 库尔勒 (巴音郭楞), 伊宁市 (伊犁, written with 市: 伊宁县 shares the
    # form), 漠河 (大兴安岭, a city since 2018), 满洲里 (呼伦贝尔), 敦煌
    # (酒泉))
    "北京": "北京市", "乌鲁木齐": "乌鲁木齐市", "吐鲁番": "吐鲁番市",
    "库尔勒": "库尔勒市", "伊宁市": "伊宁市", "昆明": "昆明市",
    "丽江": "丽江市", "保山": "保山市", "哈尔滨": "哈尔滨市",
    "漠河": "漠河市", "大连": "大连市", "沈阳": "沈阳市", "长春": "长春市",
    "成都": "成都市", "重庆": "重庆市", "广州": "广州市",
    "满洲里": "满洲里市", "呼伦贝尔": "呼伦贝尔市", "敦煌": "敦煌市",
    "张掖": "张掖市", "深圳": "深圳市", "南宁": "南宁市", "海口": "海口市",
    "三亚": "三亚市",
    # g212 (traditional spans; 香港 and 澳門 by their common names; mainland
    # cities by their full simplified names: 廣州 -> 广州市, 深圳 -> 深圳市,
    # 珠海 -> 珠海市, 東莞 -> 东莞市)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "珠海": "珠海市",
    "東莞": "东莞市",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text; GUIDELINES: t2s keeps
# Hong Kong's 衞, and so does `normalized`)
ORG_NORM = {
    "馬會": "马会", "大公報": "大公报", "香港賽馬會": "香港赛马会",
    "香港賽馬會慈善信託基金": "香港赛马会慈善信托基金",
    "立法會民政事務委員會": "立法会民政事务委员会",
    "稅務局": "税务局", "民政及青年事務局": "民政及青年事务局",
    "民青局": "民青局", "香港警務處": "香港警务处", "港鐵": "港铁",
    "馬會慈善信託基金": "马会慈善信托基金", "東華三院": "东华三院",
    "保良局": "保良局", "香港明愛": "香港明爱", "救世軍": "救世军",
    "聖雅各福群會": "圣雅各福群会",
    "香港耆康老人福利會": "香港耆康老人福利会",
    "長者安居協會": "长者安居协会",
    "香港社會服務聯會": "香港社会服务联会", "社聯": "社联",
    "醫務衞生局": "医务衞生局", "醫院管理局": "医院管理局",
    "醫管局": "医管局", "衞生署": "衞生署",
    "香港大學秀圃老年研究中心": "香港大学秀圃老年研究中心",
    "香港中文大學": "香港中文大学", "香港理工大學": "香港理工大学",
    "香港青年協會": "香港青年协会", "香港紅十字會": "香港红十字会",
    "香港體育學院": "香港体育学院",
    "西九文化區管理局": "西九文化区管理局",
    "社會福利署": "社会福利署", "社署": "社署",
    "廣州市從化區人民政府": "广州市从化区人民政府",
    "澳門賽馬會": "澳门赛马会",
    "廣州市文化廣電旅遊局": "广州市文化广电旅游局",
    "海關總署": "海关总署", "國家體育總局": "国家体育总局",
    "中國馬術協會": "中国马术协会",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "香港國際機場": "香港国际机场", "國泰航空": "国泰航空",
    "嶺南大學": "岭南大学",
}
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
# ISO weekday numbers (Monday 1), as datetime.date.fromisocalendar takes them
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}
def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


def cn_int(s):
    """1-99 in Chinese numerals (十五, 三十, 四十二) for 百分之N."""
    m = re.fullmatch(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)", s)
    assert m and s, s
    if m.group(2):
        tens = CN_DAY[m.group(1)] if m.group(1) else 1
        return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)
    assert not m.group(3), s
    return CN_DAY[m.group(1)]


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def decodes(raw, enc):
    try:
        raw.decode(enc)
        return True
    except UnicodeDecodeError:
        return False


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc, bom, self.traditional, self.published, self.source = \
            DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        full = raw
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
        else:
            for b in (BOM8, BOM16LE, BOM16BE):
                assert not raw.startswith(b), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        self.in_org_span = {}
        self.astral_before_body = False
        self.byline_prefix = ""
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (annotate_hb.py's block,
            # after annotate_ib.py's and annotate_jc.py's, with a FOUR-byte
            # character outside the BMP declared here): the declared
            # characters are the only ones GBK lacks, each written with its
            # declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert raw.count(code) == self.text.count(c), (doc_id, c)
                # a four-byte sequence: 81-FE, 30-39, 81-FE, 30-39; outside
                # the BMP the first byte is 90-E3
                assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                    0x30 <= code[1] <= 0x39 and 0x81 <= code[2] <= 0xFE \
                    and 0x30 <= code[3] <= 0x39, (doc_id, c, code)
                if ord(c) > 0xFFFF:     # (here: 𬍤 of CJK Extension E,
                    # U+2B820-U+2CEAF): the astral four-byte range runs
                    # 90 30 81 30 to E3 32 9A 35, and the character is two
                    # UTF-16 units (a surrogate pair)
                    assert 0x90 <= code[0] <= 0xE3, (doc_id, c, code)
                    assert 0x2B820 <= ord(c) <= 0x2CEAF, (doc_id, c)
                    assert len(c.encode("utf-16-le")) == 4, (doc_id, c)
                else:   # a BMP character written with four bytes
                    # (annotate_hb.py's 㛃 of CJK Extension A): the BMP
                    # four-byte range runs 81 30 81 30 to 84 31 A4 39, and
                    # the character is one UTF-16 unit
                    assert 0x81 <= code[0] <= 0x84, (doc_id, c, code)
                    assert 0x3400 <= ord(c) <= 0x4DBF, (doc_id, c)
                    assert len(c.encode("utf-16-le")) == 2, (doc_id, c)
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character but the declared ones is two bytes;
            # the declared ones are four, so a reader that counts two
            # bytes a character loses its alignment after them
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F and c not in declared), \
                f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   4 if c in declared else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GBK, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            self.no_span_chars = outside
            # the file opens with the title's first character (g211: 银 =
            # D2 F8)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character (g211: 𬍤, once), and such a character stands
            # before every span of the body (ASTRAL_BEFORE_BODY: checked
            # for each row in check())
            astral_n = sum(1 for c in self.text if ord(c) > 0xFFFF)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + astral_n, doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == bool(astral_n), doc_id
            assert astral_n == 1, doc_id
            # the byte offset of the text after each declared character is
            # two more than a reader counting two bytes a non-ASCII
            # character expects (annotate_hb.py), and its UTF-16 offset one
            # more than its code-point offset (new here)
            for c in outside:
                k = self.text.index(c)
                head = self.text[:k + 1]
                naive = sum(1 if ord(x) < 0x80 else 2 for x in head)
                assert len(head.encode(enc)) == naive + 2, (doc_id, c)
                assert len(head.encode("utf-16-le")) // 2 == k + 2, (doc_id,
                                                                     c)
            # the declared character ends the byline line, 本报记者 + a
            # space + a two-character name (GUIDELINES: 本报 names no
            # outlet; no row on the line, checked in check(); new here)
            self.byline_prefix = BYLINE_PREFIX[doc_id]
            assert re.fullmatch(re.escape(self.byline_prefix) + r"\w" +
                                "[" + "".join(outside) + "]",
                                lines[2]), (doc_id, lines[2])
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-16-be":  # UTF-16 BIG-ENDIAN WITH A BOM
            # (annotate_hb.py's LE block turned to the BE order of the
            # older annotate_ib.py): exactly one BOM FE FF, the BOM-aware
            # codec reads the same text, the plain big-endian reading keeps
            # U+FEFF in front (one code point that would shift every offset
            # by one), the little-endian reading is another text
            assert bom == BOM16BE and full[:2] == BOM16BE, doc_id
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-be") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-le") or \
                full.decode("utf-16-le") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-le") or \
                raw.decode("utf-16-le") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g212: 馬 = U+99AC, written 99 AC)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-be") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character has a NUL byte BEFORE it (big-endian):
            # the file reads as binary to a reader that ignores the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i] == 0 and raw[2 * i + 1] == ord(c)
                       for i, c in enumerate(self.text)
                       if ord(c) < 0x80), doc_id
            # a legacy codec or UTF-8 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_ja.py's block,
            # applied to the decoded text of a UTF-16 file): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                assert len(c.encode("big5hkscs")) == 2, c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 稅務局 …, stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (annotate_ja.py's IN_ORG, checked in check(): 衞 in 醫務衞生局
            # and 衞生署, each name written in the text) or to declared
            # words in no span (annotate_jc.py's OUTSIDE_BIG5_WORD, each
            # word with its count, together holding every occurrence; none
            # here)
            in_org = IN_ORG.get(doc_id, {})
            in_word = OUTSIDE_BIG5_WORD.get(doc_id, {})
            assert sorted(set(in_org) | set(in_word)) == outside, doc_id
            assert not set(in_org) & set(in_word), doc_id
            for c, words in in_word.items():
                assert all(c in w for w in words), (c, words)
                for w, k in words.items():
                    assert self.text.count(w) == k, (doc_id, w, k)
                    assert w.count(c) == 1, w
                assert self.text.count(c) == sum(words.values()), (doc_id, c)
                # no declared word hides inside another (each occurrence of
                # the character is counted once)
                hits = sorted(m.start() + w.index(c) for w in words
                              for m in re.finditer(re.escape(w), self.text))
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            for c, names in in_org.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
            self.in_org_span = {c: in_org[c] for c in in_org}
            self.no_span_chars = sorted(in_word)
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or HK text writes no Taiwan
            allowed = MARKER_ALLOWED.get(doc_id, {})  # marker but the
            for w in TAIWAN_MARKERS:                  # declared ones, and
                assert self.text.count(w) == allowed.get(w, 0), (  # no bare
                    doc_id, w)                        # 2-3 digit year
            found = Counter(m.group() for m in re.finditer(
                r"(?<![\d.,])\d{2,3}年.?", self.text))
            assert found == Counter(TWO_DIGIT_NIAN_ALLOWED.get(
                doc_id, {})), (doc_id, found)
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text)
        self.rows = []

    def _locate(self, ctx, n):
        m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", ctx, re.S)
        assert m, f"context needs one [[span]]: {ctx!r}"
        pre, span, post = m.groups()
        plain = pre + span + post
        hits = [i for i in range(len(self.text))
                if self.text.startswith(plain, i)]
        assert len(hits) == n, "%s: %r occurs %d times, expected %d" % (
            self.doc_id, plain, len(hits), n)
        return span, [(h + len(pre), h + len(pre) + len(span)) for h in hits]

    def add(self, typ, ctx, normalized="", value="", unit="", qualifier="",
            city=None, n=1, outer="", shared="", sep=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            if outer:                   # marker/currency right before span
                assert self.text[start - len(outer):start] == outer, (
                    ctx, outer)
            if sep:                     # a marker separated by words, same
                before = self.text[max(0, start - 30):start]   # clause
                k = before.rfind(sep)
                assert k >= 0 and not re.search("[，,。；;！？]",
                                                before[k:]), (ctx, sep)
            if shared:                  # unit written after the next figure
                assert re.match(r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?"
                                + re.escape(shared),
                                self.text[end:]), (ctx, shared)
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": "", "_expect_city": city,
                              "_outer": outer or sep, "_shared": shared})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.traditional else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        if any(w in span for w in HOLIDAY_WORDS):   # holidays as tabulated
            assert HOLIDAY[span] == normalized, (ctx, normalized)
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
            assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
            assert 40 <= int(m.group(1)) <= 199, ctx       # GUIDELINES
        m = re.search("([〇零一二三四五六七八九]{4})年", span)
        if m:                                   # a year in Chinese numerals
            y = "".join(CN_YEAR_DIGIT[c] for c in m.group(1))
            assert normalized[:4] == y, (ctx, normalized)
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city, n=1, outer="",
               shared="", sep=""):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outer=outer, shared=shared, sep=sep)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g211 Silver-hair tourist trains, November 2026: the railway group's
# figures (中国国家铁路集团有限公司 (国铁集团), its 客运部; 商务部, 文化和旅游
# 部, 国家铁路局; 北京), the regional bureau groups and their destinations
# (乌鲁木齐局集团 and 新疆维吾尔自治区文化和旅游厅, 湖南华天国际旅行社有限责任
# 公司; 昆明局集团 with 中旅星光旅游列车有限公司, 云南省文化和旅游厅; 哈尔滨局
# 集团 and 哈尔滨市文化广电和旅游局; 沈阳局集团, 成都局集团, 广铁集团, 呼和浩特
# 局集团), travel groups and platforms (中国旅游集团, 中青旅, 携程, 同程旅行,
# 途牛), insurers (人保财险, 平安产险, 太保产险, 众安保险, 国家金融监督管理总局
# 新疆监管局), destination bureaus (西安市文化和旅游局, 敦煌, 张掖, 天津市文化和
# 旅游局), health on board (北京局集团, 北京医院, 上海局集团, 国家卫生健康委员
# 会), research (中国旅游研究院, 中国人民大学老年学研究所) and the outlook
# (国铁集团, 商务部; 广州, 深圳, 南宁, 海口, 三亚, 成都).
# Simplified, GB18030 with 𬍤 (CJK Extension E, an astral four-byte
# sequence) on the byline, 2026-11-19 (a Thursday, ISO week 2026-W47),
# 中国旅游报; the byline 本报记者 韩𬍤 on line 3.  昨日 2026-11-18; 本周一
# and 16日 2026-11-16; 上周 2026-W46; 上月 2026-10; 本月 2026-11; 11月下旬
# 2026-11; 12月上旬, 12月 2026-12; 今年三季度 2026-Q3; 今年重阳节 2026-10-18;
# 元旦 2027-01-01; 春节 2027-02-06; 前10个月, 今年前10个月, 今年前三季度,
# 今年 2026; 去年, 去年同期 2025; 2024年; 明年 2027; 明年2月, 明年3月,
# 明年5月 2027-02, -03, -05; 2030年.
# ===========================================================================
@doc
def g211():
    d = Doc(G211)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, WLMQ, BS, HEB, DL, CC, CD, CQ, GZ, ZY, SY = (
        "北京市", "乌鲁木齐市", "保山市", "哈尔滨市", "大连市", "长春市",
        "成都市", "重庆市", "广州市", "张掖市", "三亚市")
    # title (a heading that opens with no city: no city section; 前10个月
    # after the noun it is about, GUIDELINES; 超 and 逾 over, inside)
    d.date("列车[[前10个月]]开行", Y, "")
    d.metric("开行[[超2100列]] 老年", 2100, "列", "over", "")
    d.metric("消费增[[逾三成]]\n", 30, "%", "over", "")
    # byline 本报记者 韩𬍤: no row (本报 names no outlet, GUIDELINES; 𬍤 in no
    # span)
    # P1 the railway group's meeting (a bracketed short form after 以下简称,
    # the quotes outside; 60岁以上 an age, SPEC; 去年同期 after 今年前10个月
    # the year, SPEC)
    d.org("\n\n[[中国国家铁路集团有限公司]]（以下简称")
    d.org("以下简称“[[国铁集团]]”）")
    d.date("”）[[昨日]]在北京", "2026-11-18", BJ)
    d.city("昨日在[[北京]]召开")
    d.date("显示，[[今年前10个月]]全国铁路", Y, "")
    d.metric("旅游列车[[2136列]]", 2136, "列", "exact", "")
    d.metric("同比增长[[约38%]]，运送", 38, "%", "approx", "")
    d.metric("运送旅客[[约126万人次]]", "126e4", "人次", "approx", "")
    d.metric("其中[[60岁以上]]旅客", 60, "岁", "over", "")
    d.metric("占比[[78.4%]]", "78.4", "%", "exact", "")
    d.metric("等消费[[约94亿元]]", "94e8", "元", "approx", "")
    d.date("较[[去年同期]]增长31.6%", LY, "")
    d.metric("增长[[31.6%]]。", "31.6", "%", "exact", "")
    # P2 the group's department and partners (a department written after
    # its body is one ORG, SPEC 蚂蚁金服集团银行服务部; 组 a count unit,
    # GUIDELINES; 铁路局集团公司 a kind)
    d.org("\n\n[[国铁集团客运部]]相关")
    d.date("介绍，[[今年]]以来，国铁集团", Y, "")
    d.org("以来，[[国铁集团]]会同")
    d.org("会同[[商务部]]、文化和旅游部")
    d.org("、[[文化和旅游部]]、国家铁路局")
    d.org("、[[国家铁路局]]等单位")
    d.metric("改造车组[[46组]]", 46, "组", "exact", "")
    d.metric("达到[[118组]]", 118, "组", "exact", "")
    d.metric("途经[[约240个]]城市", 240, "个", "approx", "")
    d.metric("目前，[[18个]]铁路局", 18, "个", "exact", "")
    d.metric("已有[[16家]]常态化", 16, "家", "exact", "")
    d.metric("平均载客[[约590人]]", 590, "人", "approx", "")
    d.metric("上座率[[超过92%]]", 92, "%", "over", "")
    d.org("。[[国铁集团]]预计")
    d.metric("开行量将[[超过2500列]]", 2500, "列", "over", "")
    d.date("较[[去年]]增长约三成", LY, "")
    d.metric("增长[[约三成]]。", 30, "%", "approx", "")
    # P3 Xinjiang (a city before 局集团 names the railway bureau group, no
    # CITY, GUIDELINES 成都局集团; 伊宁市 written with 市, as 伊宁县 shares
    # the form; 人均停留 a statistic cue before 天, GUIDELINES; 11月下旬至
    # 明年3月 a range, two mentions, SPEC)
    d.org("。[[中国铁路乌鲁木齐局集团有限公司]]今年")
    d.date("有限公司[[今年前10个月]]共接发", Y, WLMQ)
    d.metric("旅游列车[[312列]]", 312, "列", "exact", WLMQ)
    d.metric("运送旅客[[约17.6万人次]]", "17.6e4", "人次", "approx", WLMQ)
    d.metric("同比增长[[约45%]]", 45, "%", "approx", WLMQ)
    d.city("串联[[乌鲁木齐]]、吐鲁番")
    d.city("、[[吐鲁番]]、库尔勒")
    d.city("、[[库尔勒]]、伊宁市")
    d.city("、[[伊宁市]]等地")
    d.org("。[[新疆维吾尔自治区文化和旅游厅]]数据")
    d.date("显示，[[今年前三季度]]乘火车", Y, "")
    d.metric("人均停留[[11.5天]]", "11.5", "天", "exact", "")
    d.metric("人均消费[[约7600元]]", 7600, "元", "approx", "")
    d.metric("游客高[[约1800元]]", 1800, "元", "approx", "")
    d.org("。[[乌鲁木齐局集团]]相关")
    d.date("表示，[[11月下旬]]至明年3月", "2026-11", "")
    d.date("至[[明年3月]]，还将", "2027-03", "")
    d.org("与[[湖南华天国际旅行社有限责任公司]]等企业")
    d.metric("专列[[约60列]]。", 60, "列", "approx", "")
    # P4 Yunnan and Heilongjiang (平均停留 a statistic cue; 今冬至明年2月:
    # 今冬 a season, no DATE, and no 冬至, GUIDELINES; 漠河 a county-level
    # city since 2018)
    d.org("在云南，[[中国铁路昆明局集团有限公司]]与")
    d.org("与[[中旅星光旅游列车有限公司]]合作")
    d.date("专列[[今年]]已发车", Y, "")
    d.metric("已发车[[86列]]", 86, "列", "exact", "")
    d.metric("每列载客[[约420人]]", 420, "人", "approx", "")
    d.org("。[[云南省文化和旅游厅]]数据")
    d.city("抵达[[昆明]]、丽江")
    d.city("昆明、[[丽江]]、保山")
    d.city("丽江、[[保山]]的")
    d.metric("平均停留[[4.6天]]", "4.6", "天", "exact", BS)
    d.metric("人均消费[[约5800元]]", 5800, "元", "approx", BS)
    d.org("在黑龙江，[[中国铁路哈尔滨局集团有限公司]]将于")
    d.date("将于[[12月上旬]]从哈尔滨", "2026-12", HEB)
    d.city("从[[哈尔滨]]开出")
    d.city("终到[[漠河]]；")
    d.org("；[[哈尔滨市文化广电和旅游局]]预计")
    d.date("今冬至[[明年2月]]，哈尔滨", "2027-02", HEB)
    d.city("明年2月，[[哈尔滨]]接待")
    d.metric("将[[超过8万人次]]", "8e4", "人次", "over", HEB)
    d.metric("同比增长[[约25%]]。", 25, "%", "approx", HEB)
    # P5 north and south (三地, 两地 collective labels of the lists just
    # given, GUIDELINES; 约占 sets approx across the verb, GUIDELINES;
    # 广铁集团 the short name of 广州局集团: ORG, no CITY)
    d.org("。[[中国铁路沈阳局集团有限公司]]今年")
    d.date("有限公司[[今年]]开行发往", Y, DL)
    d.metric("银发专列[[97列]]", 97, "列", "exact", DL)
    d.city("，[[大连]]、沈阳")
    d.city("大连、[[沈阳]]、长春")
    d.city("沈阳、[[长春]]三地")
    d.metric("占比[[超过八成]]；", 80, "%", "over", CC)
    d.org("；[[中国铁路成都局集团有限公司]]的")
    d.date("“熊猫专列”[[今年前10个月]]发送", Y, CD)
    d.metric("发送旅客[[约6.8万人次]]", "6.8e4", "人次", "approx", CD)
    d.city("其中[[成都]]、重庆")
    d.city("成都、[[重庆]]两地")
    d.metric("约占[[55%]]。", 55, "%", "approx", CQ, sep="约")
    d.org("。[[广铁集团]]上周")
    d.date("广铁集团[[上周]]与", "2026-W46", GZ)
    d.org("与[[呼和浩特局集团]]签约")
    d.date("签约，[[明年5月]]起", "2027-05", GZ)
    d.city("开行[[广州]]至满洲里")
    d.city("至[[满洲里]]、呼伦贝尔")
    d.city("、[[呼伦贝尔]]的")
    # P6 travel groups and platforms (今年三季度 the quarter; 今年重阳节 one
    # span, the year word inside, GUIDELINES; 期间 outside)
    d.org("。[[中国旅游集团]]今年")
    d.date("中国旅游集团[[今年]]已包租", Y, "")
    d.metric("旅游列车[[152列]]", 152, "列", "exact", "")
    d.metric("占比[[超过七成]]", 70, "%", "over", "")
    d.org("；[[中青旅]]相关")
    d.date("该公司[[今年三季度]]旅游", "2026-Q3", "")
    d.metric("营业收入[[约3.2亿元]]", "3.2e8", "元", "approx", "")
    d.metric("同比增长[[约52%]]", 52, "%", "approx", "")
    d.org("。[[携程]]数据")
    d.date("显示，[[今年重阳节]]期间", "2026-10-18", "")
    d.metric("环比增长[[约1.8倍]]", "1.8", "倍", "approx", "")
    d.metric("，[[55岁以上]]用户", 55, "岁", "over", "")
    d.metric("订单占比[[约67%]]", 67, "%", "approx", "")
    d.org("；[[同程旅行]]、途牛")
    d.org("、[[途牛]]等平台")
    # P7 insurers (GUIDELINES: insurers' property companies are ORGs by
    # their short names, 平安产险; 每 before the figure outside; 80岁以下
    # under)
    d.org("。[[人保财险]]今年")
    d.date("人保财险[[今年]]以来", Y, "")
    d.metric("医疗保险[[约41万人次]]", "41e4", "人次", "approx", "")
    d.metric("累计赔付[[约2860万元]]", "2860e4", "元", "approx", "")
    d.org("；[[平安产险]]推出")
    d.metric("每人每天[[9.9元]]", "9.9", "元", "exact", "")
    d.metric("，[[80岁以下]]旅客", 80, "岁", "under", "")
    d.org("；[[太保产险]]、众安保险")
    d.org("、[[众安保险]]等公司")
    d.org("。[[国家金融监督管理总局新疆监管局]]上月")
    d.date("监管局[[上月]]发布", "2026-10", "")
    # P8 destination bureaus (5折 -> 50 %, GUIDELINES; 两地 a collective
    # label; 2万元至5万元 two figures, each with its unit; 天津站 a station,
    # no CITY, GUIDELINES)
    d.org("。[[西安市文化和旅游局]]本月起")
    d.date("旅游局[[本月]]起对", "2026-11", "")
    d.metric("抵达的[[60岁以上]]游客", 60, "岁", "over", "")
    d.metric("门票[[5折]]优惠", 50, "%", "exact", "")
    d.city("；[[敦煌]]、张掖两地")
    d.city("敦煌、[[张掖]]两地")
    d.metric("补贴[[2万元]]至", "2e4", "元", "exact", ZY)
    d.metric("至[[5万元]]不等", "5e4", "元", "exact", ZY)
    d.org("。[[天津市文化和旅游局]]数据")
    d.date("显示，[[今年前三季度]]从天津站", Y, "")
    d.metric("旅游列车共[[44列]]", 44, "列", "exact", "")
    d.metric("增长[[约19%]]。", 19, "%", "approx", "")
    # P9 health on board (北京局集团 an ORG with no CITY; 北京医院 a
    # hospital, one ORG, no CITY; “京和号” a train's name, 京 an
    # abbreviation)
    d.org("。[[北京局集团]]与北京医院")
    d.org("与[[北京医院]]合作")
    d.date("设备，[[今年]]以来累计", Y, "")
    d.metric("健康咨询[[约2.3万人次]]", "2.3e4", "人次", "approx", "")
    d.org("；[[中国铁路上海局集团有限公司]]今年")
    d.date("有限公司[[今年]]对23组", Y, "")
    d.metric("对[[23组]]旅游车组", 23, "组", "exact", "")
    d.metric("投入[[约1.6亿元]]", "1.6e8", "元", "approx", "")
    d.org("。[[国家卫生健康委员会]]相关")
    d.metric("沿线[[约60家]]医院", 60, "家", "approx", "")
    # P10 research (本周一（16日）: the gloss is its own mention, SPEC; a
    # department after a university is one ORG; 平均行程 a statistic cue)
    d.org("。[[中国旅游研究院]]本周一")
    d.date("研究院[[本周一]]（16日）", "2026-11-16", "")
    d.date("本周一（[[16日]]）发布", "2026-11-16", "")
    d.metric("占比[[约六成]]", 60, "%", "approx", "")
    d.date("比[[2024年]]提高", "2024", "")
    d.metric("提高[[约12个百分点]]", 12, "百分点", "approx", "")
    d.date("到[[2030年]]银发", "2030", "")
    d.metric("将[[突破1.5万亿元]]", "1.5e12", "元", "over", "")
    d.org("。[[中国人民大学老年学研究所]]一位")
    d.metric("平均行程[[约9天]]", 9, "天", "approx", "")
    d.metric("团费[[超过8000元]]", 8000, "元", "over", "")
    d.metric("占比[[近四成]]。", 40, "%", "approx", "")
    # P11 the outlook (元旦, 春节 the coming ones; 全年 no DATE; 约占三成
    # approx, 约 outside)
    d.date("展望[[明年]]，国铁集团", NY, "")
    d.org("，[[国铁集团]]计划")
    d.metric("车组[[30组以上]]", 30, "组", "over", "")
    d.metric("旅游列车[[2600列以上]]", 2600, "列", "over", "")
    d.date("。[[元旦]]、春节期间", "2027-01-01", GZ)
    d.date("元旦、[[春节]]期间", "2027-02-06", GZ)
    d.metric("主题专列[[约120列]]", 120, "列", "approx", GZ)
    d.city("从[[广州]]、深圳、南宁")
    d.city("广州、[[深圳]]、南宁")
    d.city("深圳、[[南宁]]发往")
    d.city("发往[[海口]]、三亚")
    d.city("海口、[[三亚]]的")
    d.metric("约占[[三成]]。", 30, "%", "approx", SY, sep="约")
    d.org("。[[商务部]]相关")
    d.date("将于[[12月]]在成都", "2026-12", CD)
    d.city("在[[成都]]举办")
    audit = {
        "orgs": ["中国国家铁路集团有限公司", "国铁集团", "国铁集团客运部",
                 "商务部", "文化和旅游部", "国家铁路局",
                 "中国铁路乌鲁木齐局集团有限公司",
                 "新疆维吾尔自治区文化和旅游厅", "乌鲁木齐局集团",
                 "湖南华天国际旅行社有限责任公司",
                 "中国铁路昆明局集团有限公司", "中旅星光旅游列车有限公司",
                 "云南省文化和旅游厅", "中国铁路哈尔滨局集团有限公司",
                 "哈尔滨市文化广电和旅游局", "中国铁路沈阳局集团有限公司",
                 "中国铁路成都局集团有限公司", "广铁集团", "呼和浩特局集团",
                 "中国旅游集团", "中青旅", "携程", "同程旅行", "途牛",
                 "人保财险", "平安产险", "太保产险", "众安保险",
                 "国家金融监督管理总局新疆监管局", "西安市文化和旅游局",
                 "天津市文化和旅游局", "北京局集团", "北京医院",
                 "中国铁路上海局集团有限公司", "国家卫生健康委员会",
                 "中国旅游研究院", "中国人民大学老年学研究所"],
        "cities": ["北京", "乌鲁木齐", "吐鲁番", "库尔勒", "伊宁", "昆明",
                   "丽江", "保山", "哈尔滨", "漠河", "大连", "沈阳", "长春",
                   "成都", "重庆", "广州", "满洲里", "呼伦贝尔", "敦煌",
                   "张掖", "西安", "天津", "上海", "深圳", "南宁", "海口",
                   "三亚", "呼和浩特", "新疆", "云南", "黑龙江", "广西",
                   "海南", "湖南", "中国", "我国", "全国", "全市", "城市",
                   "沿线", "当地"],
        "excluded": [
            # regions and provinces (新疆 x2 outside ORGs, 云南, 黑龙江, 广西,
            # 海南), 全国, 全市, 我国 (deictic), 城市 (x2, generic), 沿线
            # (x2, generic), 天津 of 天津站 (a station: no CITY, GUIDELINES);
            # 湖南, 西安, 上海, 呼和浩特, 中国 only inside ORGs
            "[[新疆]]依旧", "冬游[[新疆]]", "在[[云南]]，", "在[[黑龙江]]，",
            "发往[[广西]]、", "广西、[[海南]]", "个月[[全国]]铁路",
            "带动[[全市]]", "[[我国]]低龄", "240个[[城市]]",
            "目的地[[城市]]", "带动[[沿线]]", "推动[[沿线]]",
            "从[[天津]]站",
        ],
        "numbers_excluded": [],
        # 一位 (an indefinite)
        "cn_excluded": ["[[一]]位研究员"],
        "collectives": [("大连、沈阳、长春[[三]]地", 3),
                        ("成都、重庆[[两]]地", 2),
                        ("敦煌、张掖[[两]]地", 2)],
        "labels_excluded": {},
        # A of A级 (a grade label of scenic spots)
        "latin_excluded": ["部分[[A]]级"],
        # time words that are no DATE: 老年 (x7, old age; once more inside
        # an ORG), 全年 (x2), 今冬 (a season with no year word, SPEC), 每天
        # (a rate's denominator), 天数 (a count of days), 年味 (a theme),
        # 细节, 节奏 (words)
        "words_excluded": {"老年": 7, "全年": 2, "今冬": 1, "每天": 1,
                           "天数": 1, "年味": 1, "细节": 1, "节奏": 1,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 公司 (铁路局集团公司, 该公司, 等公司,
        # 保险公司), 集团 (铁路局集团公司), 局 (铁路局集团公司, 布局), 旅行社
        # (x2, a kind), 平台 (x3), 机构 (保险机构), 医院 (约60家医院, a kind)
        "orgwords_excluded": {"公司": 4, "集团": 1, "局": 2, "旅行社": 2,
                              "平台": 3, "机构": 1, "医院": 1, "研究院": 0,
                              "研究所": 0, "委员会": 0, "厅": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g212 The Jockey Club's charities and racing, November 2026: the club's
# figures (大公報 in the dateline 【大公報訊】; 香港賽馬會 (馬會), 香港賽馬會
# 慈善信託基金), betting duty and illegal betting (立法會民政事務委員會, 稅務
# 局, 民政及青年事務局 (民青局), 香港警務處), attendance (港鐵), the trust's
# grants (馬會慈善信託基金; 東華三院, 保良局, 香港明愛, 救世軍, 聖雅各福群會,
# 香港耆康老人福利會, 長者安居協會, 香港社會服務聯會 (社聯); 醫務衞生局, 醫院
# 管理局 (醫管局), 衞生署, 香港大學秀圃老年研究中心, 香港中文大學, 香港理工
# 大學; 香港青年協會, 香港紅十字會, 香港體育學院, 西九文化區管理局, 社會福利
# 署 (社署)), cross-boundary racing at Conghua (廣州, 香港; 廣州市從化區人民
# 政府, 澳門賽馬會 and 澳門, 廣州市文化廣電旅遊局, 深圳, 珠海, 東莞, 海關總署,
# 國家體育總局, 中國馬術協會), the international races (香港; 香港旅遊發展局
# (旅發局), 香港國際機場, 國泰航空) and the outlook (嶺南大學).
# Traditional as Hong Kong writes it (按年, 首三季, 首10個月, 明年首季, 上周,
# 上周五, 上周日, 本周四（26日）, 佔, 公布, 稅, 衞, 群, 大年初三, 元 for Hong
# Kong dollars), UTF-16 BE with BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 大公報 (its dateline 【大公報訊】記者…報道： opens the first
# paragraph).  昨日, 23日 and 同日 2026-11-23; 上周五 and 20日 2026-11-20;
# 上周日 2026-11-22; 本周四 and 26日 2026-11-26; 上周 2026-W47; 上月
# 2026-10; 10月, 9月, 7月 and 今年7月; 10月18日; 12月, 12月13日; 明年首季
# 2027-Q1; 聖誕 2026-12-25; 元旦 2027-01-01; 大年初三 and 明年2月8日
# 2027-02-08; 今年首三季, 今年首10個月, 今年 2026; 去年, 去年同期 2025;
# 明年 2027; 2024年; 2033年.
# ===========================================================================
@doc
def g212():
    d = Doc(G212)
    Y, LY, NY = "2026", "2025", "2027"
    HK, MO, GZ, SZ = "香港", "澳门", "广州市", "深圳市"
    # title (a heading that opens with an ORG, no city section; 約 approx
    # and 逾 over, inside)
    d.org("[[馬會]]慈善捐款按年增")
    d.metric("按年增[[約14%]] 從化", 14, "%", "approx", "")
    d.metric("投注額[[逾21億元]]\n", "21e8", "元", "over", "")
    # P1 the dateline and the club's figures (an outlet's name before 訊 is
    # the outlet, GUIDELINES 北京商报讯; 馬會 a bracketed short form; 昨日
    # （23日）: the gloss is its own mention, SPEC; 今年7月至10月 a range,
    # two mentions, SPEC; 同日 takes the latest day, GUIDELINES)
    d.org("【[[大公報]]訊】")
    d.org("報道：[[香港賽馬會]]（馬會）")
    d.org("香港賽馬會（[[馬會]]）")
    d.date("（馬會）[[昨日]]（23日）", "2026-11-23", "")
    d.date("昨日（[[23日]]）公布", "2026-11-23", "")
    d.date("公布，[[今年7月]]至10月", "2026-07", "")
    d.date("今年7月至[[10月]]，香港", "2026-10", "")
    d.org("，[[香港賽馬會慈善信託基金]]共審批")
    d.metric("審批捐款[[32.6億元]]", "32.6e8", "元", "exact", "")
    d.metric("支持[[126個]]慈善", 126, "个", "exact", "")
    d.metric("捐款額按年增加[[約14%]]", 14, "%", "approx", "")
    d.org("。[[馬會]]同日")
    d.date("馬會[[同日]]表示", "2026-11-23", "")
    d.date("表示，[[7月]]至10月的", "2026-07", "")
    d.date("7月至[[10月]]的賽馬", "2026-10", "")
    d.metric("投注額達[[401.8億元]]", "401.8e8", "元", "exact", "")
    d.metric("按年上升[[3.8%]]", "3.8", "%", "exact", "")
    d.metric("佔比[[約82%]]", 82, "%", "approx", "")
    d.metric("足球投注額則為[[395.6億元]]", "395.6e8", "元", "exact", "")
    d.metric("按年增加[[約6%]]。", 6, "%", "approx", "")
    # P2 betting duty and illegal betting (a legislature's committee is one
    # ORG with it, GUIDELINES; 稅務局 a Hong Kong body standing alone in a
    # Hong Kong text, GUIDELINES; 上周五（20日）; 今年首10個月, Hong Kong's
    # first months; 去年同期 after 今年 the year)
    d.org("\n\n[[馬會]]向立法會")
    d.org("向[[立法會民政事務委員會]]提交")
    d.date("顯示，[[今年首三季]]馬會", Y, "")
    d.org("今年首三季[[馬會]]繳納")
    d.metric("博彩稅達[[185.9億元]]", "185.9e8", "元", "exact", "")
    d.metric("按年增加[[約5%]]。", 5, "%", "approx", "")
    d.org("。[[稅務局]]數據")
    d.org("顯示，[[馬會]]去年")
    d.date("馬會[[去年]]繳交", LY, "")
    d.metric("合共[[262.7億元]]", "262.7e8", "元", "exact", "")
    d.metric("稅收總額[[約6.4%]]", "6.4", "%", "approx", "")
    d.org("。[[民政及青年事務局]]（民青局）")
    d.org("（[[民青局]]）上周五")
    d.date("（民青局）[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）回覆", "2026-11-20", "")
    d.org("；[[香港警務處]]今年")
    d.date("警務處[[今年首10個月]]共偵破", Y, "")
    d.metric("案件[[約420宗]]", 420, "宗", "approx", "")
    d.metric("拘捕[[1,126人]]", 1126, "人", "exact", "")
    d.metric("涉款[[約35億元]]", "35e8", "元", "approx", "")
    d.org("。[[馬會]]今年亦撥款")
    d.date("馬會[[今年]]亦撥款", Y, "")
    d.metric("撥款[[約4,000萬元]]", "4000e4", "元", "approx", "")
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[約8%]]。", 8, "%", "approx", "")
    # P3 attendance (沙田, 跑馬地 districts, their racecourses facilities;
    # 上月 with no comparison word before it; 較9月 a bare month)
    d.date("馬場[[上月]]共錄得", "2026-10", "")
    d.metric("共錄得[[31.2萬人次]]", "31.2e4", "人次", "exact", "")
    d.date("較[[9月]]增加", "2026-09", "")
    d.metric("增加[[約12%]]", 12, "%", "approx", "")
    d.metric("觀眾佔[[約25%]]", 25, "%", "approx", "")
    d.org("。[[馬會]]上月起")
    d.date("馬會[[上月]]起為", "2026-10", "")
    d.metric("為[[65歲以上]]長者", 65, "岁", "over", "")
    d.org("與[[港鐵]]合作")
    # P4 elderly services (the charities by their names; 「智齡生活」 a
    # scheme; 本港 deictic; 65歲以上 an age)
    d.org("\n\n[[馬會慈善信託基金]]上月")
    d.date("信託基金[[上月]]批出", "2026-10", "")
    d.org("。[[東華三院]]、保良局")
    d.org("、[[保良局]]及香港明愛")
    d.org("及[[香港明愛]]合共")
    d.metric("撥款[[約5.8億元]]", "5.8e8", "元", "approx", "")
    d.metric("長者[[逾1.6萬人次]]", "1.6e4", "人次", "over", "")
    d.org("；[[救世軍]]、聖雅各福群會")
    d.org("、[[聖雅各福群會]]和")
    d.org("和[[香港耆康老人福利會]]則獲")
    d.metric("則獲[[約1.9億元]]", "1.9e8", "元", "approx", "")
    d.org("；[[長者安居協會]]亦獲")
    d.metric("亦獲[[約3,600萬元]]", "3600e4", "元", "approx", "")
    d.metric("為[[約1.8萬名]]獨居", "1.8e4", "名", "approx", "")
    d.org("。[[香港社會服務聯會]]（社聯）")
    d.org("（[[社聯]]）估計")
    d.metric("本港[[65歲以上]]人口", 65, "岁", "over", "")
    d.date("到[[2033年]]將增至", "2033", "")
    d.metric("增至[[240萬人左右]]", "240e4", "人", "approx", "")
    d.metric("總人口[[近三成]]。", 30, "%", "approx", "")
    # P5 health (醫務衞生局 and 衞生署 with Hong Kong's 衞, kept by t2s,
    # GUIDELINES; 明年首季 Hong Kong's first quarter; a centre after its
    # university is one ORG)
    d.org("醫療方面，[[醫務衞生局]]上周")
    d.date("衞生局[[上周]]表示", "2026-W47", "")
    d.org("由[[馬會慈善信託基金]]撥款")
    d.metric("撥款[[約8.6億元]]資助", "8.6e8", "元", "approx", "")
    d.date("計劃，[[今年]]以來已為", Y, "")
    d.metric("已為[[約4.2萬名]]長者", "4.2e4", "名", "approx", "")
    d.metric("其中[[約三成]]獲轉介", 30, "%", "approx", "")
    d.org("轉介至[[醫院管理局]]（醫管局）")
    d.org("（[[醫管局]]）跟進")
    d.org("；[[衞生署]]亦將")
    d.date("亦將於[[明年首季]]與馬會", "2027-Q1", "")
    d.org("明年首季與[[馬會]]合作")
    d.org("。[[香港大學秀圃老年研究中心]]則獲")
    d.metric("撥款[[約1.2億元]]，聯同", "1.2e8", "元", "approx", "")
    d.org("聯同[[香港中文大學]]及")
    d.org("及[[香港理工大學]]開展")
    d.metric("招募[[約3,000名]]", 3000, "名", "approx", "")
    d.metric("3,000名[[65歲以上]]參與者", 65, "岁", "over", "")
    # P6 youth, sport and culture (約6,800萬元及約4,500萬元: each figure
    # with its own 約; 西九 an area, inside the ORG)
    d.org("，[[香港青年協會]]和")
    d.org("和[[香港紅十字會]]分別")
    d.metric("撥款[[約6,800萬元]]", "6800e4", "元", "approx", "")
    d.metric("及[[約4,500萬元]]", "4500e4", "元", "approx", "")
    d.org("；[[香港體育學院]]獲")
    d.metric("學院獲[[2.8億元]]", "2.8e8", "元", "exact", "")
    d.org("，[[西九文化區管理局]]亦獲")
    d.metric("亦獲[[約1.5億元]]", "1.5e8", "元", "approx", "")
    d.org("。[[社會福利署]]（社署）")
    d.org("（[[社署]]）指出")
    d.date("項目[[今年]]已創造", Y, "")
    d.metric("創造[[1,300多個]]職位", 1300, "个", "over", "")
    d.metric("其中[[近四成]]由", 40, "%", "approx", "")
    d.metric("由[[45歲以上]]人士", 45, "岁", "over", "")
    # P7 Conghua (從化 a district of 廣州 since 2014, no CITY, SPEC; 從化
    # 馬場 a facility; 香港投注額 a city as a modifier, SPEC; 上周日 last
    # week's Sunday; 約佔一成 approx, GUIDELINES; 澳門賽馬會 ORG, no CITY;
    # 縮短至 a statistic cue before 天, GUIDELINES)
    d.city("位於[[廣州]]的從化")
    d.date("自[[10月18日]]舉行", "2026-10-18", GZ)
    d.date("截至[[上周日]]共舉辦", "2026-11-22", GZ)
    d.metric("共舉辦[[6個]]賽馬日", 6, "个", "exact", GZ)
    d.metric("、[[59場]]賽事", 59, "场", "exact", GZ)
    d.city("賽事，[[香港]]投注額")
    d.metric("合共[[逾21億元]]", "21e8", "元", "over", HK)
    d.metric("賽馬日[[約3.5億元]]", "3.5e8", "元", "approx", HK)
    d.org("。[[廣州市從化區人民政府]]數據")
    d.metric("內地觀眾[[近2.6萬人次]]", "2.6e4", "人次", "approx", "")
    d.metric("上升[[約18個百分點]]", 18, "百分点", "approx", "")
    d.org("。[[澳門賽馬會]]2024年")
    d.date("賽馬會[[2024年]]結束", "2024", MO)
    d.city("不少[[澳門]]馬迷")
    d.org("觀賽，[[馬會]]估計")
    d.city("來自[[澳門]]的入場")
    d.metric("約佔[[一成]]。", 10, "%", "approx", MO, sep="約")
    d.org("。[[廣州市文化廣電旅遊局]]估計")
    d.date("旅遊線路[[今年首10個月]]接待", Y, "")
    d.metric("接待遊客[[約86萬人次]]", "86e4", "人次", "approx", "")
    d.date("較[[去年同期]]增長約22%", LY, "")
    d.metric("增長[[約22%]]；", 22, "%", "approx", "")
    d.org("；[[馬會]]亦計劃明年")
    d.date("亦計劃[[明年]]與深圳", NY, SZ)
    d.city("與[[深圳]]、珠海")
    d.city("深圳、[[珠海]]、東莞")
    d.city("、[[東莞]]等城市")
    d.org("。[[海關總署]]上月")
    d.date("海關總署[[上月]]同意", "2026-10", HK)
    d.city("往來[[香港]]與從化")
    d.metric("縮短至[[約3天]]", 3, "天", "approx", HK)
    d.org("；[[國家體育總局]]亦已")
    d.date("從化馬場[[明年]]增辦", NY, "")
    d.org("；[[中國馬術協會]]相關")
    d.date("表示，[[明年]]將與馬會合辦", NY, "")
    d.org("將與[[馬會]]合辦")
    d.metric("招收[[約200名]]學員", 200, "名", "approx", "")
    # P8 the international races (a city inside an event's name counts,
    # SPEC 贵阳数博会; an airport's name is ORG with no CITY, SPEC; 沙田馬場
    # a facility; 班 after Arabic digits, GUIDELINES; 匹 a measure word)
    d.city("\n\n[[香港]]國際賽事")
    d.date("將於[[12月13日]]在沙田", "2026-12-13", HK)
    d.metric("總獎金增至[[約1.2億元]]", "1.2e8", "元", "approx", HK)
    d.org("。[[香港旅遊發展局]]（旅發局）")
    d.org("（[[旅發局]]）預計")
    d.metric("觀賽旅客[[約1.5萬人次]]", "1.5e4", "人次", "approx", "")
    d.metric("其中[[約四成]]來自", 40, "%", "approx", "")
    d.org("；[[香港國際機場]]上月")
    d.date("國際機場[[上月]]處理", "2026-10", "")
    d.metric("預訂[[不足200匹]]", 200, "匹", "under", "")
    d.org("，[[國泰航空]]亦將")
    d.date("亦將在[[12月]]加開", "2026-12", "")
    d.metric("加開[[約8班]]貨機", 8, "班", "approx", "")
    # P9 the outlook (本周四（26日）: the gloss, the word's own day; 聖誕,
    # 元旦 the coming ones; 沙田和跑馬地兩個馬場: a collective label of the
    # pair, GUIDELINES; 大年初三 a holiday, SPEC, its gloss 明年2月8日 the
    # same day)
    d.date("展望[[明年]]，馬會計劃", NY, "")
    d.org("明年，[[馬會]]計劃")
    d.metric("增至[[約20個]]", 20, "个", "approx", "")
    d.date("將於[[本周四]]（26日）", "2026-11-26", "")
    d.date("本周四（[[26日]]）舉行", "2026-11-26", "")
    d.date("。[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]期間", "2027-01-01", "")
    d.metric("合共舉行[[4個]]賽馬日", 4, "个", "exact", "")
    d.date("而[[大年初三]]（明年", "2027-02-08", "")
    d.date("大年初三（[[明年2月8日]]）", "2027-02-08", "")
    d.metric("吸引[[約10萬人次]]入場", "10e4", "人次", "approx", "")
    d.org("。[[嶺南大學]]一位")
    d.metric("賽馬日[[3億元以上]]", "3e8", "元", "over", "")
    d.org("，[[馬會]]明年的")
    d.date("馬會[[明年]]的慈善", NY, "")
    d.metric("有望[[突破90億元]]", "90e8", "元", "over", "")
    d.org("，[[馬會]]須與")
    d.org("須與[[民青局]]及社署")
    d.org("民青局及[[社署]]加強")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "全港", "澳門", "廣州", "深圳", "珠海",
                   "東莞", "從化", "沙田", "跑馬地", "觀塘", "元朗", "西九",
                   "內地", "大灣區", "廣東", "中國", "城市", "區內"],
        "excluded": [
            # 本港, 全港 (deictic, SPEC), 從化 (x8: a district of 廣州 since
            # 2014, SPEC: a county-level city that had become a district is
            # no CITY; its racecourse a facility), 沙田, 跑馬地 (x3 each),
            # 觀塘, 元朗 (districts; the racecourses facilities), 內地 (x2),
            # 大灣區 (regions), 城市 (等城市: the list's head, generic), 區內
            # (the district); 廣東, 中國 do not occur outside ORGs
            "，[[本港]]65歲", "是[[全港]]最大", "14% [[從化]]賽事",
            "的[[從化]]馬場自", "轉到[[從化]]觀賽", "估計，[[從化]]溫泉",
            "與[[從化]]馬場的", "批准[[從化]]馬場", "把[[從化]]馬場",
            "若[[從化]]賽事", "方面，[[沙田]]及跑馬地", "在[[沙田]]馬場",
            "，[[沙田]]和跑馬地", "沙田及[[跑馬地]]馬場", "提供[[跑馬地]]夜賽",
            "沙田和[[跑馬地]]兩個", "在[[觀塘]]、元朗", "觀塘、[[元朗]]等區",
            "觀賽的[[內地]]觀眾", "來自[[內地]]；", "合辦[[大灣區]]青少年",
            "等[[城市]]的旅行社", "帶動[[區內]]酒店",
        ],
        "numbers_excluded": [],
        # 單一 (single), 新一輪 (a new round), 一位 (an indefinite)
        "cn_excluded": ["單[[一]]納稅", "新[[一]]輪", "[[一]]位學者"],
        # 沙田和跑馬地兩個馬場: the collective label of the pair (GUIDELINES)
        "collectives": [("沙田和跑馬地[[兩]]個", 2)],
        "labels_excluded": {},
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x6 outside rows, year-on-year;
        # the title's included), 賽馬日 (x7, race days: a kind of day, no
        # date), 年輕 (x2), 青年 (once outside its ORGs), 少年 (x2, of 青少年),
        # 日間 (daytime), 每年 (vague, SPEC), 年度 (年度慈善簡報會: an annual
        # event with no year)
        "words_excluded": {"按年": 6, "賽馬日": 7, "年輕": 2, "青年": 1,
                           "少年": 2, "日間": 1, "每年": 1, "年度": 1,
                           "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 基金 (基金資助的項目, read back),
        # 會 (簡報會, an event), 中心 (長者健康中心, a kind of clinic), 政府
        # (政府稅收總額, read back), 機構 (納稅機構, a kind); 局, 署, 大學,
        # 協會 only inside ORGs
        "orgwords_excluded": {"基金": 1, "會": 1, "中心": 1, "政府": 1,
                              "機構": 1, "局": 0, "署": 0, "大學": 0,
                              "協會": 0},
        "orgstring_excluded": [],
    }
    return d, audit


EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
HEAD_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇廿卅"
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8,
             "兆": 10 ** 12}      # GUIDELINES: 兆 is 10^12 (Taiwan, HK)
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("约为", "approx"), ("約為", "approx"),
               ("不足", "under"), ("不到", "under"),
               ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over"),
               ("上", "over")]     # SPEC: 上 (上千亿) is over (上万列)
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
# comparison words before 上月 that make it a baseline counted from the
# sentence's month (GUIDELINES: 比, 较, 与, 和, 同, 由, 从)
BASELINE = ("较", "較", "比", "与", "與", "和", "同", "由", "从", "從")
UNIT_TRAD = {"个": "個"}


def parse_metric(span, outer=""):
    """(value, qualifier, raw unit) re-derived from the span text: Arabic
    numbers with separators, magnitude runs 万/亿, N成, a Chinese digit
    before a measure word, 余/多 after the number, 个百分点, markers before
    and after; a declared marker outside the span (outer) gives the
    qualifier when the span has none."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    if outer and q == "exact":
        for p, qq in QUAL_PREFIX:
            if outer.startswith(p):
                q = qq
                break
    m = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九十])",
                     span)
    if m:                       # a fraction is a percentage (SPEC 三分之一)
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10"), ROUND_HALF_UP), q, "%"
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)", span)
    if m:                       # 百分之十五 -> 15 % (SPEC: N分之M)
        return Decimal(cn_int(m.group(1))), q, "%"
    if span == "一半":          # SPEC 近一半 -> 50 %
        return Decimal(50), q, "%"
    m = re.fullmatch(r"([一二两兩三四五六七八九十])", span)
    if m:                       # N大: the numeral alone (SPEC 9大出行场景)
        return Decimal(CN_DIGIT[m.group(1)]), q, ""
    m = re.fullmatch(r"([一二两兩三四五六七八九十])成", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"
    m = re.fullmatch(r"(\d+)成", span)              # 逾3成, 不足2成
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
    m = re.fullmatch(r"([一二三四五六七八九])折", span)  # 五折 -> 50 %
    if m:                                           # (GUIDELINES: 折 below
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"   # 10, times 10)
    m = re.fullmatch(r"(\d(?:\.\d)?)折", span)     # 9折 -> 90 %, 8.5折
    if m:                                           # -> 85 % (GUIDELINES:
        return Decimal(m.group(1)) * 10, q, "%"     # below 10, times 10)
    m = re.fullmatch(r"([1-9]\d)折", span)          # 79折 -> 79 % (GUIDELINES:
    if m:                                           # two digits are the
        return Decimal(m.group(1)), q, "%"          # percentage, 85折)
    m = re.fullmatch(r"([百千]?)([万萬亿億]+)(\D*)", span)
    if m:                       # a bare magnitude, only with a marker
        assert q != "exact", span                  # (逾千萬元, 突破百亿元,
        v = Decimal({"百": 100, "千": 1000, "": 1}[m.group(1)])  # 亿元以上)
        for ch in m.group(2):
            v *= MAGNITUDE[ch]
        return v, q, m.group(3)
    m = re.fullmatch(r"(\d+)([万萬兆])(\d,?\d{3}|\d{3})([億亿]?)(\D+)",
                     span)
    if m:                 # 2萬3,680人 -> 23680; 1兆974億元 (three digits)
        low = Decimal(m.group(3).replace(",", ""))  # 3兆6,120億元
        if m.group(4):
            low *= MAGNITUDE[m.group(4)]
            assert low < MAGNITUDE[m.group(2)], span
        v = Decimal(m.group(1)) * MAGNITUDE[m.group(2)] + low
        return v, q, m.group(5)
    m = re.fullmatch(r"(\d+)([億亿])(\d,\d{3}|\d{1,4})([萬万])(\D+)", span)
    if m:                 # 1億2,000萬件 -> 120000000 (GUIDELINES: digits
        low = Decimal(m.group(3).replace(",", ""))  # split by 亿 before a
        assert low < 10 ** 4, span                  # smaller section are
        v = (Decimal(m.group(1)) * MAGNITUDE[m.group(2)]   # one figure)
             + low * MAGNITUDE[m.group(4)])
        return v, q, m.group(5)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)] *  # 十/百/千 (逾七千家 -> 7000;
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # SPEC:
        if m.group(3):                      # magnitudes in either script)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]  # a bare
        return v, q, m.group(3)             # magnitude (逾四萬人 -> 40000)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种;
        assert q != "exact", span           # 逾百名 -> 100)
        return Decimal({"百": 100, "千": 1000}[m.group(1)]), q, m.group(2)
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    # 余/多 after the number stand before or after its magnitude: 1.2万余家
    # (SPEC), 400多万 (SPEC) and 40余亿元 (new here) are all over
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([余餘多]?)"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
    assert m, span
    assert not (m.group(3) and m.group(5)), span
    v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    for ch in m.group(4):
        v *= MAGNITUDE[ch]
    if m.group(3) or m.group(5):
        assert q == "exact", span
        q = "over"
    unit = span[m.end():]
    if unit in ("%", "％"):
        unit = "%"
    unit = re.sub(r"^[个個](百分[点點])$", r"\1", unit)
    # 20个基点 -> 20, unit 基点 (GUIDELINES: basis points are a unit like
    # 百分点; from annotate_ib.py)
    unit = re.sub(r"^[个個](基[点點])$", r"\1", unit)
    return v, q, unit


def valid_date(norm):
    y = int(norm[:4])
    assert 1900 <= y <= 2100, norm
    m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", norm)
    if m:
        datetime.date(y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"\d{4}-(\d\d)", norm)
    if m:
        assert 1 <= int(m.group(1)) <= 12, norm
    assert not norm[4:].startswith("-Q") or re.fullmatch(
        r"\d{4}-Q[1-4]", norm), norm
    m = re.fullmatch(r"\d{4}-W(\d\d)", norm)
    if m:
        datetime.date.fromisocalendar(y, int(m.group(1)), 1)


def check_written_date(tx, norm):
    """The month and day a DATE span writes (Arabic or Chinese numerals,
    Macao's 廿) must be those of its normalization."""
    if tx.startswith(("今年前", "今年首", "首", "前")) or re.search(
            r"年[前首]\d+[个個]?月", tx):
        return                                  # the first N months
    mon = re.search(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", tx)
    if mon:
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


def t2s_all(strings, config="t2s"):
    """OpenCC t2s (or another config) of each string, or None when OpenCC
    is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC(config).convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC(%r).convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))"
            % config)
    for py in PYTHON_CANDIDATES:
        if not py or not os.path.exists(py):
            continue
        try:
            out = subprocess.run([py, "-c", code], input=json.dumps(strings),
                                 capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(out.stdout)
    return None


def rule_city(text, rows, r):
    """GUIDELINES `city` rule for a DATE/METRIC row: a city section (a
    non-empty line of <= 40 characters with no clause punctuation 。，,；;！？
    that opens with a CITY mention, alone or followed by ：, :, a space or a
    dash) gives its city to every DATE/METRIC from its heading line up to
    the next heading; any other heading ends it.  Outside a section: the
    nearest CITY before the row in its sentence (ends at 。！？；!?; or a line
    break), else the first after it; else empty."""
    cities = sorted((c for c in rows if c["type"] == "CITY"),
                    key=lambda c: c["start"])
    section = ""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if line.strip() and len(line) <= 40 and not (set(line) & HEAD_PUNCT):
            section = ""
            for c in cities:
                if c["start"] == lstart:
                    nxt = text[c["end"]:c["end"] + 1]
                    if c["end"] == lend or nxt in ("：", ":", " ", "-", "—",
                                                   "－", "\u3000"):
                        section = c["normalized"]
        if lstart <= r["start"] <= lend:
            break
    if section:
        return section
    s = r["start"]
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    before = [c for c in cities if s <= c["start"] and c["end"] <= r["start"]]
    after = [c for c in cities if r["end"] <= c["start"] and c["end"] <= e]
    if before:
        return before[-1]["normalized"]
    if after:
        return after[0]["normalized"]
    return ""


def check_relative(d, r):
    """Words that count from the reference date (GUIDELINES): 今年/明年/去年
    at the start of a span give the reference year, +1, -1; 本月/下月/上月
    the reference month, +1, -1 (except 上月 as a baseline after 较/比,
    which counts from the month its sentence states); 本周/上周 the ISO
    week, -1; 昨日 and 昨（N）日 the day before."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    for w, k in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            assert norm[:4] == str(ref.year + k), r
    # 今（115）年, 明（116）年: the bracketed ROC year is the reference year
    # (+1), and so is the normalization (GUIDELINES)
    m = re.match(r"([今明去])（(\d{2,3})）年", tx)
    if m:
        k = {"今": 0, "明": 1, "去": -1}[m.group(1)]
        assert int(m.group(2)) + 1911 == ref.year + k, r
        assert norm[:4] == str(ref.year + k), r
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in BASELINE:
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx in ("上月", "上月底", "上月末") and before in BASELINE:
        # a baseline: the month before the last month its sentence states
        # (GUIDELINES: 10月营收…较上月 -> 09)
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"].split("-"))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        assert norm == "%d-%02d" % (y, m), r
    for w, k in (("本周", 0), ("上周", -1), ("下周", 1), ("本週", 0),
                 ("上週", -1), ("下週", 1)):
        if tx.startswith(w):
            iy, iw, _ = (ref + datetime.timedelta(weeks=k)).isocalendar()
            if tx == w:
                assert norm == "%d-W%02d" % (iy, iw), r
            else:               # a weekday inside the span gives the day
                wd = WEEKDAY[tx[len(w):]]           # (GUIDELINES 上周五)
                day = datetime.date.fromisocalendar(iy, iw, wd)
                assert norm == day.isoformat(), r
    # 上年 (前年) counts from a non-relative period stated earlier in its
    # sentence (a DATE written with its four-digit year: 2025年地区生产总值
    # …比上年 -> 2024), else from the reference year (今年…较上年 -> 2025;
    # GUIDELINES; new here)
    if tx in ("上年", "前年"):
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        stated = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.match(r"\d{4}", x["text"])]
        base = int(max(stated, key=lambda x: x["start"])["normalized"][:4]) \
            if stated else ref.year
        assert norm == str(base - {"上年": 1, "前年": 2}[tx]), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r
    if tx in ("今天", "今日"):
        assert norm == ref.isoformat(), r
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day, in Arabic or Chinese numerals
    # (Macao's 昨（二十）日; from annotate_tc.py), must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        g = m.group(2)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm == day.isoformat() and day.day == num, r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


def check_range_first(d, r):
    """The first number of a range with one shared 月 (今年1至10月) is its
    own mention: it carries the month it writes (GUIDELINES 3月5-7日)."""
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])   # (annotate_ua.py: no
    if not m or r["text"] in HOLIDAY:      # year's last digits, no holiday)
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_same(d, r):
    """当天/當天/同日/當日/当日 take the latest day-precision DATE before
    them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月"):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hol = [x for x in d.rows if x["type"] == "DATE" and
           s <= x["start"] and x["end"] <= r["start"] and
           x["text"] in HOLIDAY]
    days = [x for x in prev if len(x["normalized"]) == 10]
    cand = sorted(hol + days, key=lambda x: x["start"])
    assert cand and cand[-1]["normalized"] == r["normalized"], r


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（12月1日）, 上周六（11月21日）) is
    its own mention and must carry the same date (SPEC: 今日(15日) is 今日
    and 15日, both resolved to the same day; from annotate_vb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter (from annotate_ua.py)."""
    # an end of the quarter is the quarter (上季度末, 上季底; GUIDELINES)
    m = re.fullmatch(r"([上本下])季度?[末底]?", r["text"])
    if not m:
        return
    k = {"上": -1, "本": 0, "下": 1}[m.group(1)]
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    qs = [x for x in d.rows if x["type"] == "DATE" and
          s <= x["start"] and x["end"] <= r["start"] and
          re.fullmatch(r"\d{4}-Q[1-4]", x["normalized"])]
    if qs:
        y, q = int(qs[-1]["normalized"][:4]), int(qs[-1]["normalized"][-1])
    else:
        ref = datetime.date.fromisoformat(d.published)
        y, q = ref.year, (ref.month - 1) // 3 + 1
    q += k
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    assert r["normalized"] == "%d-Q%d" % (y, q), r


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table (from
    annotate_uc.py): a fixed day (the mainland's and Hong Kong's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一, Western Easter
    computed (复活节, GUIDELINES; from annotate_ib.py); 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    assert d.doc_id not in TAIWAN, r        # no Taiwan text here
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    years = range(ref.year - 1, ref.year + 2)
    if tx in COMPUTED_DAYS:     # 黑色星期五: the day after the fourth
        cands = {y: COMPUTED_DAYS[tx](y) for y in years}   # Thursday of
    elif tx in FIXED_DAYS:                                 # November
        cands = {y: datetime.date(y, *FIXED_DAYS[tx]) for y in years}
    else:
        cands = {y: LUNAR[tx][y] for y in years}
    if k is not None:
        want = cands[ref.year + k]
    else:
        want = min(cands.values(), key=lambda x: abs((x - ref).days))
    assert r["normalized"] == want.isoformat(), (r, want)


def check_last_year_period(d, r):
    """去年同期 follows the period its sentence states (SPEC, GUIDELINES): the
    last DATE written before it in the sentence, a year earlier at the same
    precision; a holiday or a period with no ISO form gives the year (from
    annotate_wb.py)."""
    if r["text"] not in ("去年同期", "上年同期"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    assert prev, ("去年同期 with no period in its sentence", r)
    p = prev[-1]["normalized"]
    if prev[-1]["text"] in HOLIDAY:
        p = p[:4]
    # the second end of a range of one year (10月20日至11月11日) states the
    # year (GUIDELINES: a range of months, quarters or days of one year
    # states the year, as a holiday week does; annotate_ka.py's rule)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year; from
    annotate_qc.py, with 年末 and Hong Kong's 首季): parts of a year
    (上半年, 前三季度, 首三季, 首10個月, 前10个月, 年初, 年底, 年末,
    2019年同期) give the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末
    after 月) the month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d+[个個]月|首\d+[个個]月|"
                 r"年初|年底|年末|\d{4}年同期)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    if re.search(r"(?<![前首])(第?[一二三四]季度?)$", tx):
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r
    if re.search(r"[一二三四]季度?末$", tx):  # an end of a quarter is the
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r    # quarter (GUIDELINES; annotate_ib.py)
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九])年前", tx)   # 两年前 (SPEC:
    if m:                                                  # N年前; annotate_ib.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (11月, 10月底,
    9月底, 10月份, 23日, 三季度, 四季度, 第三季) is in the reference year
    when no year is stated before it in its sentence (GUIDELINES: 今年
    counts from the reference date; a sentence that names a year or counts
    one (明年, 去年, 2025年) is left to the hand value; from
    annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份|末|初|[上中下]旬)?|"
                        r"\d{1,2}日|第?[一二三四1-4]季度?末?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?末?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (from annotate_ib.py)
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日", "晚"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause (平均轮候时间为5.1年, 缩短0.4年, 缩短至约25分钟) or a verb
    of change right after it (约70分钟缩短至: the baseline); otherwise it is
    a duration, no METRIC (GUIDELINES; from annotate_ib.py)."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_shiyi(d, r):
    """十一 is National Day (10-01) only before 黄金周, 长假, 小长假, 假期,
    期间 or 国庆, a closing quote allowed between; the number eleven
    elsewhere (GUIDELINES; new here).  A 十一 DATE row must stand before
    such a cue, and every 十一 outside a row must not."""
    if r["type"] != "DATE" or r["text"] != "十一":
        return
    after = d.text[r["end"]:r["end"] + 4].lstrip("”」’』\"'")
    assert after.startswith(SHIYI_CUES), ("十一 without a holiday cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (from annotate_ib.py)."""
    span, places = d._locate(ctx, 1)
    (s, e), = places
    assert CN_DIGIT.get(span) == n, (ctx, n)
    clause = re.split("[，,。；;！？\n（）]", d.text[:s])[-1]
    items = re.split("、|和|及|與|与", clause)
    assert len(items) >= n, (ctx, items)
    listed = items[-n:]
    assert all(1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
               for x in listed), (ctx, listed)
    # the list is the whole clause tail: what stands before the first item
    # (if anything) ends the list with no joiner
    rest = items[:-n]
    assert not rest or len(rest) == 1, (ctx, items)
    assert not any(r["start"] < e and s < r["end"] for r in d.rows
                   if r["type"] == "METRIC"), ctx
    return s, e


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        if getattr(d, "astral_before_body", False):
            # the declared characters stand on the byline (line 3), after
            # the title and before every span of the body (annotate_tb.py,
            # annotate_jc.py, annotate_ib.py; no ORG on this byline):
            # offsets counted in UTF-16 units would be one too high for
            # every row of the body
            lines = d.text.split("\n")
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline_prefix:
            # the byline line (本报记者 + the name) holds no row: 本报 names
            # no outlet (GUIDELINES); every row is on the title or after
            # the byline (new here)
            lines = d.text.split("\n")
            byline = len(lines[0]) + 1 + len(lines[1]) + 1
            assert e <= len(lines[0]) or s > byline + len(lines[2]), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = rule_city(d.text, rows, r)
            assert r["city"] == "" or r["city"] in known_cities, r
            assert r["_expect_city"] is not None, r
            if r["_expect_city"] is not None:
                assert r["city"] == r["_expect_city"], (
                    "city rule gives %r" % r["city"], r)
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, raw_unit = parse_metric(tx, r["_outer"])
            if r["_shared"]:            # a range's first figure, no unit
                assert raw_unit == "", r
                raw_unit = re.sub(r"^[个個]", "", r["_shared"])
                # a range joiner shares the magnitude too when the first
                # figure has none and is smaller (GUIDELINES 3至5万元 ->
                # 30000 元; annotate_ib.py): 50至300万元 -> 500000 元; a list
                # joiner (和 、) shares only the unit
                if raw_unit[:1] in MAGNITUDE:
                    nxt = re.match(r"([至到~\-－])(\d+(?:\.\d+)?)",
                                   d.text[e:])
                    assert nxt, ("a magnitude shared across a list", r)
                    assert not re.search("[万萬亿億]", tx), r
                    assert v < Decimal(nxt.group(2)), r
                    v *= MAGNITUDE[raw_unit[0]]
                    raw_unit = raw_unit[1:]
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
            check_time_metric(d, r)
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, GUIDELINES), must be declared (outer
            # or sep) and set the qualifier; a suffix marker right after the
            # span belongs inside it (new in annotate_sc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|港币|港幣|美元|欧元|歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside (new in annotate_rc.py)
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (new in annotate_pb.py)
            if re.search(r"(约|約)(为|為)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为 before", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_last_year_period(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_holiday(d, r)
            check_shiyi(d, r)
            check_precision(d, r)
            check_bare_year(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared Big5-HKSCS character stands only inside the ORG rows
    # whose text is declared for it (none here; annotate_ib.py's 恒 in
    # 恒基兆業地產; annotate_ja.py, annotate_lb.py, annotate_kb.py)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excl = {}
    for key in ("excluded", "numbers_excluded", "cn_excluded",
                "latin_excluded"):
        excl[key] = []
        for ctx in audit[key]:
            if "[[" not in ctx:          # a bare context excludes itself
                ctx = "[[" + ctx + "]]"
            _, places = d._locate(ctx, 1)
            excl[key].extend(places)
            for s, e in places:          # an exclusion never overlaps a row
                assert not any(s < re_ and rs < e for rs, re_ in covered), ctx

    def word_places(words, spans):
        """Occurrences of each word outside `spans` must equal the count."""
        out = []
        for w, n in words.items():
            found = [(m.start(), m.end()) for m in
                     re.finditer(re.escape(w), d.text)
                     if not any(s <= m.start() and m.end() <= e
                                for s, e in spans)]
            if len(found) != n:
                problems.append("%r outside rows %d times, not %d" % (
                    w, len(found), n))
            out.extend(found)
        return out

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
    problems = []
    all_excl = [p for v in excl.values() for p in v]
    all_excl += word_places(audit["words_excluded"], covered)
    # labels that hold a numeral and are no figure (百强, 千亿县; new here),
    # by count like the time words
    all_excl += word_places(audit.get("labels_excluded", {}), covered)
    org_excl = word_places(audit["orgwords_excluded"], org_spans)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    def need(pattern, label, spans):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    label, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    # every 十一 outside a DATE row is no National Day: no holiday cue
    # follows it (GUIDELINES; new here)
    for m in re.finditer("十一", d.text):
        if not inside(m.start(), m.end(), covered):
            after = d.text[m.end():m.end() + 4].lstrip("”」’』\"'")
            if after.startswith(SHIYI_CUES):
                problems.append("十一 before a holiday cue at %d" % m.start())
    for name in audit["cities"]:
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    for w in audit["orgwords_excluded"]:
        need(re.escape(w), "org word", org_spans + org_excl)
    orgstr_excl = []
    for ctx in audit.get("orgstring_excluded", []):
        _, places = d._locate(ctx, 1)
        orgstr_excl.extend(places)
        for s, e in places:
            assert not any(s < re_ and rs < e for rs, re_ in org_spans), ctx
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), "ORG string", org_spans + orgstr_excl)
    # the organizations I name by hand: exactly the ORG rows' texts, and
    # every occurrence of each is inside an ORG row (a dropped row shows)
    names = {r["text"] for r in rows if r["type"] == "ORG"}
    if names != set(audit["orgs"]):
        problems.append("ORG rows %r, declared %r" % (
            sorted(names - set(audit["orgs"])),
            sorted(set(audit["orgs"]) - names)))
    for name in audit["orgs"]:
        need(re.escape(name), "declared ORG", org_spans + orgstr_excl)
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    """The set's manifest may list other annotators' articles: check only
    this annotator's rows."""
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8",
              newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["doc_id", "published", "source", "title"], rows[0]
    mine = {r[0]: r for r in rows[1:] if r and r[0] in DOC_FORMAT}
    assert set(mine) == set(DOC_FORMAT), mine.keys()
    for doc_id, (_, _, _, published, source) in DOC_FORMAT.items():
        r = mine[doc_id]
        assert len(r) == 4 and r[1] == published and r[2] == source, r
        d = Doc(doc_id)
        assert d.text.split("\n", 1)[0] == r[3], (doc_id, "title")


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    # OpenCC cross-check of ORG and CITY normalizations and METRIC units
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows if r["type"] == "METRIC"]
    simp = [d for d in built if not d.traditional]
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units] + [d.text for d in simp])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for d, s in zip(simp, conv[len(names) + len(units):]):
            # t2s leaves the simplified article alone but at the declared
            # characters, each standing only in its declared word (none
            # here; annotate_ib.py's 昇 of 华为's 昇腾, which t2s turns
            # into 升)
            assert len(s) == len(d.text), d.doc_id
            diff = {i for i, (a, b) in enumerate(zip(d.text, s)) if a != b}
            allowed = T2S_KEPT.get(d.doc_id, {})
            for i in diff:
                c = d.text[i]
                assert c in allowed, (f"{d.doc_id}: not simplified "
                                      "throughout", c, i)
            for c, (word, k) in allowed.items():
                places = [m.start() + word.index(c) for m in
                          re.finditer(re.escape(word), d.text)]
                assert len(places) == k == d.text.count(c), (d.doc_id, c)
                assert set(places) == {i for i in diff
                                       if d.text[i] == c}, (d.doc_id, c)
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間;
        # annotate_qc.py), but the declared Hong Kong forms (平台, 恒生)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
            # a Hong Kong article survives the OpenCC t2s-then-s2hk round
            # trip but at the declared Hong Kong forms, each of which
            # does occur (new here, after annotate_ic.py's Macao trip)
            if d.doc_id in HONGKONG:
                simp, = t2s_all([d.text])
                back, = t2s_all([simp], "s2hk")
                assert len(back) == len(d.text), d.doc_id
                pairs = {(a, b) for a, b in zip(d.text, back) if a != b}
                assert pairs == S2HK_KEPT.get(d.doc_id, set()), (
                    d.doc_id, sorted(pairs))
                print("OpenCC t2s-s2hk round trip of %s: only %s differ" % (
                    d.doc_id, " ".join("%s/%s" % x for x in sorted(pairs))))
    for d in built:
        for r in d.rows:
            for k in ("_raw_unit", "_expect_city", "_outer", "_shared"):
                r.pop(k, None)
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-32s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-32s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
