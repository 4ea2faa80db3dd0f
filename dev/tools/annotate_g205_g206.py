#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g205_top_counties_economy_rankings and g206_hk_cruise_tourism_kai_tak
(annotator HB).

Adapted from the precedent set's tools/annotate_ib.py (now dev/tools/annotate_g199_g200.py) (/tmp/ho36/precedent:
a GB18030 mainland article and a UTF-16 Hong Kong one, the pair closest to
mine; copied and the data changed), with the Hong Kong character block of
the precedent's tools/annotate_ic.py (a character that Big5 and cp950 both
lack, confined to its declared word).  It keeps the checks of
annotate_ib.py and its predecessors: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date
(上周四/上周五/上周六/本周三 to the day of their week, 上周 to its ISO week,
昨日 to its day), the bare-day month rule, 去年同期 a year before its
sentence's period, 上月 as a baseline after a comparison word, the 上季
check, the range check, the 约占 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
suffix marker inside its span, 约为/約為 declared as a separated marker,
the precision check, the bare-year check, the time-unit check, the
collective-label check, the check that a traditional article holds no
simplified character, the Hong Kong block with its declared characters,
the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g205 is simplified (mainland, 经济日报, 2026-11-20), stored as GB18030
  WITHOUT a BOM.  Its byline 经济日报记者 蒋㛃 stands on line 3.  One
  character is outside GBK: 㛃 (U+36C3, CJK Extension A, INSIDE the Basic
  Multilingual Plane; GB18030 82 30 B7 31, a four-byte sequence) of the
  reporter's given name, in no span; gbk, cp936 and gb2312 fail on the
  file.  Every other non-ASCII character is two bytes.  Unlike the
  precedent's astral 𫖮, 㛃 is one code point AND one UTF-16 unit: code
  points and UTF-16 units count alike, but a reader that takes two bytes a
  non-ASCII character loses its place in the bytes after it.  OpenCC t2s
  leaves the article unchanged.
- g206 is traditional (Hong Kong, 東方日報, 2026-11-23), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 啟 = U+555F, written
  5F 55); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; one is outside plain Big5 and cp950:
  着 (U+7740, Big5-HKSCS FE D3) of 隨着, standing only in that word and in
  no span.  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Hong Kong and foreign cities by their common mainland
  name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho36/precedent: README,
NOTES_ia/ib/ic, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g205_g206.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ib.py: its GB18030 block now declares a BMP
character (㛃, CJK Extension A) written with four bytes, whose first byte
is 81-84 as for every BMP four-byte sequence (annotate_ib.py's astral 𫖮
began with 98, as astral ones begin with 90-E3); the UTF-16 length equals
the length in code points; 㛃 stands on the byline line after the outlet
and in no span.  Its UTF-16 BE block becomes a UTF-16 LE block (exactly
one BOM FF FE; the BOM-aware utf-16 codec reads the same text; plain
utf-16-le keeps U+FEFF in front; utf-16-be reads another text; the
title's 啟 = 5F 55 right after the BOM; two bytes a character, no
surrogate pair; the NUL byte AFTER every ASCII character).  The Hong Kong
block declares one character outside Big5 and cp950 (着, in 隨着 only,
annotate_ic.py's confinement by word) and S2T_ALLOWED holds 台 of 平台 (Hong
Kong's and OpenCC s2hk's own spelling).  New here: the OpenCC t2s-then-s2hk
round trip of the Hong Kong article, with the declared Hong Kong forms
(周, 啟, 布 of 公布, 簽 of 簽署) the only differences (annotate_ic.py's Macao
round trip, for Hong Kong); 十一 before 黃金周 as National Day, its cue
checked, and no 十一 outside a row before a cue (GUIDELINES); 上年 (前年)
counted from a year its sentence writes, else from the reference year
(GUIDELINES); the byline line holding the declared character holds only
its outlet's ORG; parse_metric reads 余/多 before a magnitude (40余亿元
-> 4000000000, over; SPEC 400多万); 上月末 as a baseline and 上季度末 from its
sentence's quarter; a bare month's end or middle (10月末, 11月中旬) in the
reference year; 晚 (nights) among the time units; labels with a numeral
(百强, 千亿县) audited by count.  Units 家, %, 元, 百分点, 个, 席, 人, 件,
吨, 户, 名, 倍, 美元 and 个, %, 人次, 元, 次, 人, 倍, 宗, 晚, 百分点,
班, 艘, 分钟.  Re-run (from anywhere):

    python3 dev/tools/annotate_g205_g206.py
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
G205 = "g205_top_counties_economy_rankings"
G206 = "g206_hk_cruise_tourism_kai_tak"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G205: ("gb18030", b"", False, "2026-11-20", "经济日报"),
    G206: ("utf-16-le", BOM16LE, True, "2026-11-23", "東方日報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g205: 百 of the title in GB18030; g206: 啟 of the title
# in UTF-16 LE)
FIRST_CHAR = {G205: ("百", b"\xb0\xd9"), G206: ("啟", b"\x5f\x55")}
# characters outside the BMP each article declares (none: g205's
# character outside GBK is a BMP one)
OUTSIDE_BMP = {G205: [], G206: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 㛃 of the reporter's name (in no span;
# on the byline line), a four-byte sequence of the BMP
OUTSIDE_GBK = {G205: {"㛃": b"\x82\x30\xb7\x31"}}
# the outlet named on the byline line that holds the declared character
# (g205: 经济日报记者 蒋㛃; GUIDELINES: a name ending in 日报 right before
# 记者 at the start of a line names the outlet, an ORG)
BYLINE_OUTLET = {G205: "经济日报"}
# articles whose declared characters stand before every span of the body
# and lie outside the BMP (offsets counted in UTF-16 units would drift):
# none here; 㛃 is one UTF-16 unit
ASTRAL_BEFORE_BODY = set()
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 着 of 隨着
# (Hong Kong's and Macao's spelling; cp950 lacks it)
OUTSIDE_BIG5 = {G206: {"着": False}}
# ... the ORG rows a declared character may stand in (none)
IN_ORG = {}
# ... and the words a declared character may stand in outside every span,
# with their counts (every occurrence in one of them): 着 of 隨着
OUTSIDE_BIG5_WORD = {G206: {"着": {"隨着": 1}}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 旅遊事務署, 運輸署, 海事處 …, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G206}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them: 台 of 平台 (網上旅遊平台: Hong Kong's spelling, which
# OpenCC s2hk keeps too)
S2T_ALLOWED = {G206: {"台"}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes (new here, after annotate_ic.py's Macao
# round trip): 周 (上周五, 本周三, 黃金周; s2hk 週), 啟 (啟德, the Big5 form
# the press writes; s2hk 啓), 布 (公布, as the government writes it; s2hk
# 佈), 簽 (簽署; s2hk 籤)
S2HK_KEPT = {G206: {("周", "週"), ("啟", "啓"), ("布", "佈"), ("簽", "籤")}}
# common simplified-only characters a traditional article must not hold
# (annotate_ib.py's list, with my additions for the cruise article: 邮 轮
# 码 启 签 厅 岘 冈 庄 厦 亚 补 给 饮 馆 寻 预 团 费 额 携 纵 远 胜 爱 达 际 监
# 处 务 运 输 关)
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
                   "纵远胜爱达际监处务运输关")
# Holidays the articles name, by their exact span (2025-2027): g205
# (mainland, 2026-11-20): 今年国庆 2026-10-01 (a year word before a
# holiday is inside the span; 假期期间 outside), 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027; the coming ones, no year written in their
# sentence); g206 (Hong Kong, 2026-11-23): 聖誕 2026-12-25 (x2, the coming
# one; 臨近, 前後 outside), 元旦 2027-01-01, 農曆新年 2027-02-06 (农历新年
# is 春节; the coming one), 十一 2026-10-01 (National Day before 黃金周,
# GUIDELINES; Hong Kong keeps 10-01; the one just past), 明年復活節
# 2027-03-28 (Western Easter, GUIDELINES; 前 outside).
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06", "十一": "2026-10-01",
    "明年復活節": "2027-03-28",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活", "十一")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between; new here)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the
# precedent annotators checked them with lunardate 0.3.0 for 2025-2027)
# and days computed from the calendar (黑色星期五; Western Easter)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11), "十一": (10, 1)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH}


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
    # g205 (2026: county-level cities of 江苏 (昆山, 江阴, 张家港, 常熟 of
    # 苏州 and 无锡), 浙江 (慈溪, 义乌, 诸暨, 余姚, 乐清), 福建 (晋江, 福清),
    # 湖南 (浏阳), 贵州 (仁怀), 陕西 (神木, a city since 2017); the
    # prefecture-level city 苏州)
    "昆山": "昆山市", "江阴": "江阴市", "张家港": "张家港市",
    "常熟": "常熟市", "慈溪": "慈溪市", "义乌": "义乌市", "义乌市": "义乌市",
    "诸暨": "诸暨市", "余姚": "余姚市", "乐清": "乐清市", "晋江": "晋江市",
    "福清": "福清市", "浏阳市": "浏阳市", "仁怀": "仁怀市",
    "神木市": "神木市", "苏州": "苏州市",
    # g206 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names (深圳, 上海, 天津 written alike; 三亞 ->
    # 三亚市, 廈門 -> 厦门市); foreign cities by their mainland names:
    # 新加坡, 那霸, 福岡 -> 福冈, 長崎 -> 长崎, 馬尼拉 -> 马尼拉, 峴港 -> 岘港,
    # 芽莊 -> 芽庄, 悉尼)
    "香港": "香港", "深圳": "深圳市", "上海": "上海市", "天津": "天津市",
    "三亞": "三亚市", "廈門": "厦门市", "那霸": "那霸", "新加坡": "新加坡",
    "福岡": "福冈", "長崎": "长崎", "馬尼拉": "马尼拉", "峴港": "岘港",
    "芽莊": "芽庄", "悉尼": "悉尼",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "那霸", "福冈", "长崎", "马尼拉", "岘港",
          "芽庄", "悉尼"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "文化體育及旅遊局": "文化体育及旅游局", "文體旅局": "文体旅局",
    "旅遊事務署": "旅游事务署", "環美郵輪碼頭公司": "环美邮轮码头公司",
    "皇家加勒比國際遊輪": "皇家加勒比国际游轮",
    "名勝世界郵輪": "名胜世界邮轮", "愛達郵輪": "爱达邮轮",
    "中國旅遊集團": "中国旅游集团", "中遠海運集團": "中远海运集团",
    "星旅遠洋郵輪": "星旅远洋邮轮", "招商蛇口": "招商蛇口",
    "廣州港集團": "广州港集团", "國家移民管理局": "国家移民管理局",
    "交通運輸部": "交通运输部",
    "廣東省文化和旅遊廳": "广东省文化和旅游厅",
    "深圳市文化廣電旅遊體育局": "深圳市文化广电旅游体育局",
    "新加坡旅遊局": "新加坡旅游局", "日本國家旅遊局": "日本国家旅游局",
    "永安旅遊": "永安旅游", "康泰旅行社": "康泰旅行社",
    "東瀛遊": "东瀛游", "縱橫遊": "纵横游", "攜程": "携程",
    "香港旅遊業議會": "香港旅游业议会", "旅遊業監管局": "旅游业监管局",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "香港零售管理協會": "香港零售管理协会",
    "香港酒店業協會": "香港酒店业协会", "香港海關": "香港海关",
    "運輸署": "运输署", "九巴": "九巴", "城巴": "城巴", "港鐵": "港铁",
    "入境事務處": "入境事务处", "海事處": "海事处",
    "國泰航空": "国泰航空",
    "香港理工大學酒店及旅遊業管理學院": "香港理工大学酒店及旅游业管理学院",
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
        self.byline_outlet = ""
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (annotate_jc.py's block,
            # after annotate_kb.py's, with a FOUR-byte character outside the
            # BMP declared here): the declared characters are the only ones
            # GBK lacks, each written with its declared bytes
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
                if ord(c) > 0xFFFF:
                    assert 0x90 <= code[0] <= 0xE3, (doc_id, c, code)
                else:   # a BMP character written with four bytes (new
                    # here: 㛃 of CJK Extension A, U+3400-U+4DBF): the BMP
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
            # the file opens with the title's first character (g205: 百 =
            # B0 D9)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character (none here: 㛃 is in the BMP, so the UTF-16 length
            # equals the length in code points), and such a character
            # stands before every span of the body (ASTRAL_BEFORE_BODY:
            # checked for each row in check())
            astral_n = sum(1 for c in self.text if ord(c) > 0xFFFF)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + astral_n, doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == bool(astral_n), doc_id
            # the declared characters are not astral: the byte offset of
            # the text after each one is two more than a reader counting
            # two bytes a non-ASCII character expects (new here)
            for c in outside:
                k = self.text.index(c)
                head = self.text[:k + 1]
                naive = sum(1 if ord(x) < 0x80 else 2 for x in head)
                assert len(head.encode(enc)) == naive + 2, (doc_id, c)
            # the declared character stands on the byline line right after
            # the outlet's name and the word 记者 and a space: 经济日报记者
            # 蒋㛃 (checked again for the ORG row in check())
            self.byline_outlet = BYLINE_OUTLET.get(doc_id, "")
            assert lines[2].startswith(self.byline_outlet + "记者 "), doc_id
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM
            # (annotate_ib.py's BE block turned back to the LE order of
            # the older annotate_ja.py): exactly one BOM FF FE, the
            # BOM-aware codec reads the same text, the plain little-endian
            # reading keeps U+FEFF in front (one code point that would
            # shift every offset by one), the big-endian reading is
            # another text
            assert bom == BOM16LE and full[:2] == BOM16LE, doc_id
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-le") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-be") or \
                full.decode("utf-16-be") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-be") or \
                raw.decode("utf-16-be") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g206: 啟 = U+555F, written 5F 55)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-le") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character leaves a NUL byte AFTER it (little-
            # endian): the file reads as binary to a reader that ignores
            # the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i + 1] == 0 and raw[2 * i] == ord(c)
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
            # bodies without a place, 旅遊事務署, 運輸署, 海事處 …, stand
            # alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (annotate_ja.py's IN_ORG, checked in check(); none here) or
            # to declared words in no span (着 of 隨着; annotate_jc.py's
            # OUTSIDE_BIG5_WORD, each word with its count, together holding
            # every occurrence)
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
# g205 The county economy rankings, November 2026: the rankings (中国社会
# 科学院财经战略研究院's competitiveness report, 赛迪顾问县域经济研究中心's
# top-100 list, 中郡研究所's coming evaluation), 昆山 (昆山市统计局, 沪电
# 股份), 江阴 (江阴市人民政府; 江苏长电科技股份有限公司 (长电科技), 中信特钢
# and its 兴澄特钢, 海澜之家, 双良节能, 江苏江阴农村商业银行), 张家港 and
# 常熟 (沙钢集团, 江苏张家港农村商业银行, 常熟银行, 波司登), 浙江's cities
# (浙江省统计局; 慈溪, 义乌, 诸暨, 余姚, 乐清; 公牛集团, 浙江中国小商品城
# 集团股份有限公司 (小商品城), 义乌海关, 正泰电器, 海亮股份, 舜宇光学科技),
# 福建 (晋江市人民政府, 晋江, 福清; 安踏体育, 恒安国际, 福耀玻璃), the
# centre and west (长沙县 and 三一重工, 浏阳市 and 蓝思科技, 仁怀 and 贵州
# 茅台, 神木市), capital markets and credit (北京证券交易所, 中国证监会,
# 上海证券交易所, 深圳证券交易所, 中国人民银行苏州市分行 and 苏州) and the
# outlook (国家发展改革委, 江苏省人民政府, 赛迪顾问).
# Simplified, GB18030 with 㛃 (CJK Extension A, a BMP four-byte sequence)
# on the byline, 2026-11-20 (a Friday, ISO week 2026-W47), 经济日报; the
# byline 经济日报记者 蒋㛃 on line 3.  19日 2026-11-19; 本周三 2026-11-18;
# 上周四 2026-11-12; 上周 2026-W46; 上月 2026-10; 本月 2026-11; 11月中旬
# 2026-11; 10月末, 10月底, 10月 2026-10; 9月 2026-09; 上月末 2026-09 (a
# baseline after 较, from 10月末); 12月 2026-12; 今年7月 2026-07; 1 (of
# 1至10月) 2026-01; 三季度, 三季度末 2026-Q3; 上季度末 2026-Q2; 明年一季度
# 2027-Q1; 今年国庆 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06; 2026,
# 2026年度, 今年, 年初, 年底, 前三季度, 今年前三季度, 今年前10个月 2026;
# 2025年, 去年底 2025; 上年 2024 (after 2025年) and 2025 (after 今年);
# 两年前 2024; 去年同期 2025 (after 今年前10个月); 明年, 2027年 2027;
# 2030年.
# ===========================================================================
@doc
def g205():
    d = Doc(G205)
    Y, LY, NY = "2026", "2025", "2027"
    KS, CX, YW, YQ, JJ, FQ, LYS, RH, SM, SZ = (
        "昆山市", "慈溪市", "义乌市", "乐清市", "晋江市", "福清市", "浏阳市",
        "仁怀市", "神木市", "苏州市")
    # title (a heading that opens with no city: no city section; 突破 is
    # over, inside the span, SPEC; 千家 a bare magnitude with a marker,
    # GUIDELINES 近百)
    d.date("百强县[[前三季度]]地区", Y, "")
    d.metric("增长[[5.4%]] 上市", "5.4", "%", "exact", "")
    d.metric("上市公司[[突破千家]]\n", 1000, "家", "over", "")
    # byline 经济日报记者 蒋㛃 (GUIDELINES: a name ending in 日报 right
    # before 记者 at the start of a line names the outlet; 㛃 of the
    # reporter's name in no span)
    d.org("\n\n[[经济日报]]记者")
    # P1 the competitiveness report (19日 a bare day: the reference month;
    # 分列前四位 a rank, no figure, GUIDELINES; 上年 after 2025年 counts
    # from it; 两省 the collective label of the pair)
    d.org("\n\n[[中国社会科学院财经战略研究院]]19日")
    d.date("研究院[[19日]]发布", "2026-11-19", "昆山市")
    d.date("发布[[2026年度]]县域", Y, "昆山市")
    d.city("报告，[[昆山]]、江阴")
    d.city("昆山、[[江阴]]、张家港")
    d.city("江阴、[[张家港]]、常熟")
    d.city("张家港、[[常熟]]继续")
    d.date("报告显示，[[今年前三季度]]百强县", Y, "")
    d.metric("地区生产总值[[约11.8万亿元]]", "11.8e12", "元", "approx", "")
    d.metric("同比增长[[5.4%]]，增速", "5.4", "%", "exact", "")
    d.metric("高于全国[[约0.5个百分点]]", "0.5", "百分点", "approx", "")
    d.date("。[[2025年]]地区", LY, "")
    d.metric("生产总值[[超过1000亿元]]的", "1000e8", "元", "over", "")
    d.metric("增至[[65个]]", 65, "个", "exact", "")
    d.date("比[[上年]]增加4个", "2024", "")
    d.metric("增加[[4个]]，其中", 4, "个", "exact", "")
    d.metric("合计占据[[37席]]", 37, "席", "exact", "")
    # P2 the rankings (a year inside a title counts, SPEC; 不到 touching the
    # figure is under, inside; a fraction is a percentage, SPEC; 300多个
    # over, SPEC 400多万)
    d.org("。[[赛迪顾问县域经济研究中心]]今年7月")
    d.date("研究中心[[今年7月]]发布", "2026-07", "")
    d.date("《[[2026]]中国县域", Y, "")
    d.metric("江苏以[[23席]]居", 23, "席", "exact", "")
    d.metric("分别有[[17个]]和", 17, "个", "exact", "")
    d.metric("17个和[[13个]]县", 13, "个", "exact", "")
    d.metric("以全国[[不到2%]]的土地", 2, "%", "under", "")
    d.metric("创造了[[约十分之一]]的", 10, "%", "approx", "")
    d.org("。[[中郡研究所]]相关")
    d.date("将于[[12月]]发布", "2026-12", "")
    d.date("较[[两年前]]增加300多个", "2024", "")
    d.metric("增加[[300多个]]。", 300, "个", "over", "")
    # P3 昆山 (昆山市统计局 one ORG, no CITY; 人 right after a number is a
    # unit, SPEC)
    d.city("\n\n[[昆山]]的领先")
    d.org("。[[昆山市统计局]]本周三")
    d.date("统计局[[本周三]]公布", "2026-11-18", KS)
    d.city("公布，[[昆山]]前三季度")
    d.date("昆山[[前三季度]]实现", Y, KS)
    d.metric("生产总值[[约4120亿元]]", "4120e8", "元", "approx", KS)
    d.metric("同比增长[[5.8%]]；", "5.8", "%", "exact", KS)
    d.metric("总产值[[约8350亿元]]", "8350e8", "元", "approx", "")
    d.metric("占比[[约四成]]，常住", 40, "%", "approx", "")
    d.metric("常住人口[[约215万人]]", "215e4", "人", "approx", "")
    d.metric("授权量[[约1.1万件]]", "1.1e4", "件", "approx", "")
    d.city("总部位于[[昆山]]的沪电股份")
    d.org("的[[沪电股份]]三季度")
    d.date("沪电股份[[三季度]]营业收入", "2026-Q3", KS)
    d.metric("营业收入[[约38.6亿元]]", "38.6e8", "元", "approx", KS)
    d.metric("同比增长[[约27%]]", 27, "%", "approx", KS)
    d.date("已排至[[明年一季度]]", "2027-Q1", KS)
    # P4 江阴 (a short form after 以下简称, its characters in the name's
    # order; 中信特钢旗下兴澄特钢 two ORGs, GUIDELINES 全联旗下全支付; 40余亿元
    # over, 余 before the magnitude as SPEC's 400多万)
    d.city("\n\n[[江阴]]则以")
    d.org("。[[江阴市人民政府]]上周四")
    d.date("人民政府[[上周四]]披露", "2026-11-12", "")
    d.metric("已达[[67家]]", 67, "家", "exact", "")
    d.metric("上市公司[[46家]]", 46, "家", "exact", "")
    d.org("。[[江苏长电科技股份有限公司]]（以下简称")
    d.org("以下简称“[[长电科技]]”）")
    d.date("”）[[前三季度]]营业收入约302", Y, "")
    d.metric("营业收入[[约302亿元]]", "302e8", "元", "approx", "")
    d.org("；[[中信特钢]]旗下")
    d.org("旗下[[兴澄特钢]]今年")
    d.date("兴澄特钢[[今年前10个月]]特钢", Y, "")
    d.metric("特钢产量[[约640万吨]]", "640e4", "吨", "approx", "")
    d.date("较[[去年同期]]增长约6%", LY, "")
    d.metric("增长[[约6%]]。", 6, "%", "approx", "")
    d.org("。[[海澜之家]]、双良节能")
    d.org("、[[双良节能]]等企业")
    d.org("，[[江苏江阴农村商业银行]]上月")
    d.date("商业银行[[上月]]向当地", "2026-10", "")
    d.metric("新增贷款[[40余亿元]]", "40e8", "元", "over", "")
    # P5 张家港 and 常熟 (两市 the collective label of the pair; 三季度末 the
    # quarter, 上季度末 the one before, GUIDELINES; 近1倍 a figure in 倍)
    d.city("\n\n[[张家港]]、常熟两市")
    d.city("张家港、[[常熟]]两市")
    d.org("。[[沙钢集团]]上月")
    d.date("沙钢集团[[上月]]公布", "2026-10", "")
    d.date("公布，[[今年前三季度]]钢材", Y, "")
    d.metric("钢材出口[[约420万吨]]", "420e4", "吨", "approx", "")
    d.metric("同比增长[[约12%]]", 12, "%", "approx", "")
    d.org("；[[江苏张家港农村商业银行]]截至")
    d.date("截至[[10月底]]各项", "2026-10", "")
    d.metric("贷款余额[[约1780亿元]]", "1780e8", "元", "approx", "")
    d.date("较[[年初]]增长7.9%", Y, "")
    d.metric("增长[[7.9%]]。", "7.9", "%", "exact", "")
    d.org("。[[常熟银行]]三季度末")
    d.date("常熟银行[[三季度末]]不良", "2026-Q3", "")
    d.metric("不良贷款率为[[0.76%]]", "0.76", "%", "exact", "")
    d.date("较[[上季度末]]下降", "2026-Q2", "")
    d.metric("下降[[0.01个百分点]]", "0.01", "百分点", "exact", "")
    d.org("；[[波司登]]则表示")
    d.date("表示，[[今年国庆]]假期期间", "2026-10-01", "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    d.date("，[[10月]]以来的海外", "2026-10", "")
    d.date("订单较[[9月]]增加", "2026-09", "")
    d.metric("增加[[近1倍]]。", 1, "倍", "approx", "")
    # P6 浙江 (五市 the collective label of the five cities; 1至10月: a range
    # with one shared 月, the first number its own mention, GUIDELINES;
    # 折合约 sets approx, GUIDELINES, 约 touching the figure)
    d.org("。[[浙江省统计局]]数据")
    d.date("显示，[[今年前三季度]]，慈溪", Y, CX)
    d.city("，[[慈溪]]、义乌")
    d.city("慈溪、[[义乌]]、诸暨")
    d.city("、[[诸暨]]、余姚")
    d.city("、[[余姚]]、乐清")
    d.city("、[[乐清]]五市")
    d.metric("合计[[约7360亿元]]", "7360e8", "元", "approx", YQ)
    d.org("。[[公牛集团]]前三季度")
    d.date("公牛集团[[前三季度]]净利润", Y, "")
    d.metric("净利润[[约29.6亿元]]", "29.6e8", "元", "approx", "")
    d.org("；[[浙江中国小商品城集团股份有限公司]]（以下简称")
    d.org("以下简称“[[小商品城]]”）")
    d.date("”）[[三季度]]营业收入", "2026-Q3", "")
    d.metric("同比增长[[约31%]]", 31, "%", "approx", "")
    d.org("。[[义乌海关]]统计")
    d.date("统计，[[1]]至10月", "2026-01", YW)
    d.date("1至[[10月]]义乌市", "2026-10", YW)
    d.city("10月[[义乌市]]进出口")
    d.metric("进出口总值[[约6280亿元]]", "6280e8", "元", "approx", YW)
    d.metric("其中出口[[约5460亿元]]", "5460e8", "元", "approx", YW)
    d.metric("折合[[约768亿美元]]", "768e8", "美元", "approx", YW)
    d.metric("出口占比[[超过六成]]", 60, "%", "over", YW)
    d.org("。[[正泰电器]]、海亮股份")
    d.org("、[[海亮股份]]和")
    d.org("和[[舜宇光学科技]]的")
    d.metric("均已[[超过三成]]", 30, "%", "over", "")
    # P7 福建 (a province before its city leaves the city a CITY,
    # GUIDELINES 云南昆明; 其福清基地 a city as a modifier, SPEC)
    d.city("福建[[晋江]]、福清等地")
    d.city("晋江、[[福清]]等地")
    d.org("。[[晋江市人民政府]]日前")
    d.city("显示，[[晋江]]今年前10个月")
    d.date("晋江[[今年前10个月]]规模", Y, JJ)
    d.metric("同比增长[[7.2%]]", "7.2", "%", "exact", JJ)
    d.metric("经营主体[[超过36万户]]", "36e4", "户", "over", JJ)
    d.date("有望在[[年底]]突破", Y, JJ)
    d.metric("年底[[突破4000亿元]]", "4000e8", "元", "over", JJ)
    d.city("总部位于[[晋江]]的安踏体育")
    d.org("的[[安踏体育]]三季度")
    d.date("安踏体育[[三季度]]主品牌", "2026-Q3", JJ)
    d.metric("零售额同比增长[[约10%]]", 10, "%", "approx", JJ)
    d.org("，[[恒安国际]]也在")
    d.org("；[[福耀玻璃]]前三季度")
    d.date("福耀玻璃[[前三季度]]营业收入", Y, FQ)
    d.metric("营业收入[[约356亿元]]", "356e8", "元", "approx", FQ)
    d.metric("同比增长[[约16%]]", 16, "%", "approx", FQ)
    d.city("，其[[福清]]基地")
    d.date("产能较[[两年前]]提升", "2024", FQ)
    d.metric("提升[[约两成]]。", 20, "%", "approx", FQ)
    # P8 the centre and west (长沙县 a county: no CITY, SPEC, GUIDELINES:
    # a city before 县 is none; 浏阳市 and 神木市 written with 市; 上年 after
    # 今年 counts from the reference year)
    d.org("依托[[三一重工]]等")
    d.metric("集群规模[[超过2000亿元]]", "2000e8", "元", "over", "")
    d.city("相邻的[[浏阳市]]今年")
    d.date("浏阳市[[今年前三季度]]规模", Y, LYS)
    d.metric("增加值增长[[约9.5%]]", "9.5", "%", "approx", LYS)
    d.org("，[[蓝思科技]]在当地")
    d.metric("员工[[超过4万名]]", "4e4", "名", "over", LYS)
    d.city("贵州[[仁怀]]依托")
    d.org("依托[[贵州茅台]]，")
    d.metric("当地[[约八成]]的税收", 80, "%", "approx", RH)
    d.city("陕西[[神木市]]今年")
    d.date("神木市[[今年]]煤炭", Y, SM)
    d.metric("预计[[约4.2亿吨]]", "4.2e8", "吨", "approx", SM)
    d.date("较[[上年]]增长不足3%", LY, SM)
    d.metric("增长[[不足3%]]", 3, "%", "under", SM)
    # P9 capital markets (11月中旬 a part of a month: the month, SPEC;
    # 约占 sets approx across the verb, GUIDELINES; 上月末 a baseline after
    # 较, from 10月末, GUIDELINES; 4个 a count, no list before it)
    d.date("截至[[11月中旬]]，百强县", "2026-11", "")
    d.metric("上市公司[[1036家]]", 1036, "家", "exact", "")
    d.date("较[[去年底]]增加", LY, "")
    d.metric("增加[[41家]]；", 41, "家", "exact", "")
    d.date("；[[今年]]以来新增", Y, "")
    d.org("登陆[[北京证券交易所]]的")
    d.metric("约占[[三分之一]]", "33.3333333333", "%", "approx", "",
             sep="约")
    d.org("。[[中国证监会]]相关")
    d.date("负责人[[上周]]表示", "2026-W46", "")
    d.org("在[[上海证券交易所]]、")
    d.org("、[[深圳证券交易所]]上市")
    d.org("。[[中国人民银行苏州市分行]]数据")
    d.city("显示，[[苏州]]下辖")
    d.metric("下辖[[4个]]县级市", 4, "个", "exact", SZ)
    d.date("县级市[[10月末]]普惠", "2026-10", SZ)
    d.metric("贷款余额[[约5380亿元]]", "5380e8", "元", "approx", SZ)
    d.date("较[[上月末]]增加", "2026-09", SZ)
    d.metric("增加[[约96亿元]]", "96e8", "元", "approx", SZ)
    # P10 the outlook (明年 the reference year + 1; 4.5%至5.5% a range, two
    # figures each with its %; 元旦, 春节 the coming ones)
    d.date("展望[[明年]]，国家", NY, "")
    d.org("，[[国家发展改革委]]有关")
    d.org("；[[江苏省人民政府]]本月")
    d.date("人民政府[[本月]]印发", "2026-11", "")
    d.date("到[[2027年]]全省", NY, "")
    d.metric("新增[[5个]]“千亿县”", 5, "个", "exact", "")
    d.org("。[[赛迪顾问]]预计")
    d.date("预计，[[明年]]百强县", NY, "")
    d.metric("保持在[[4.5%]]至", "4.5", "%", "exact", "")
    d.metric("至[[5.5%]]之间", "5.5", "%", "exact", "")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("；到[[2030年]]，百强县", "2030", "")
    d.metric("提高至[[12%左右]]", 12, "%", "approx", "")
    d.metric("数量或[[超过80个]]", 80, "个", "over", "")
    audit = {
        "orgs": ["经济日报", "中国社会科学院财经战略研究院",
                 "赛迪顾问县域经济研究中心", "中郡研究所", "昆山市统计局",
                 "沪电股份", "江阴市人民政府", "江苏长电科技股份有限公司",
                 "长电科技", "中信特钢", "兴澄特钢", "海澜之家", "双良节能",
                 "江苏江阴农村商业银行", "沙钢集团", "江苏张家港农村商业银行",
                 "常熟银行", "波司登", "浙江省统计局", "公牛集团",
                 "浙江中国小商品城集团股份有限公司", "小商品城", "义乌海关",
                 "正泰电器", "海亮股份", "舜宇光学科技", "晋江市人民政府",
                 "安踏体育", "恒安国际", "福耀玻璃", "三一重工", "蓝思科技",
                 "贵州茅台", "北京证券交易所", "中国证监会", "上海证券交易所",
                 "深圳证券交易所", "中国人民银行苏州市分行", "国家发展改革委",
                 "江苏省人民政府", "赛迪顾问"],
        "cities": ["昆山", "江阴", "张家港", "常熟", "慈溪", "义乌", "诸暨",
                   "余姚", "乐清", "晋江", "福清", "浏阳", "仁怀", "神木",
                   "苏州", "长沙", "北京", "上海", "深圳", "江苏", "浙江",
                   "山东", "福建", "贵州", "陕西", "中国", "全国", "全市",
                   "全省", "当地", "县级市", "中西部", "城市", "县城"],
        "excluded": [
            # provinces (江苏, 浙江, 山东, 福建, 贵州, 陕西; each also inside
            # ORGs: 江苏长电科技股份有限公司, 江苏江阴农村商业银行, 江苏张家港
            # 农村商业银行, 江苏省人民政府, 浙江省统计局, 浙江中国小商品城集团
            # 股份有限公司, 贵州茅台), 中国 in a report's title (elsewhere
            # inside ORGs), 全国 (x4), 全市, 全省, 当地 (x3) (deictic or
            # generic), 县级市 (x3, a kind), 中西部 (a region), 长沙 (x2,
            # only in 长沙县, a county: a city before 县 is none,
            # GUIDELINES), 县城 (a kind); 城市 does not occur
            "其中[[江苏]]、浙江两省", "江苏、[[浙江]]两省", "[[江苏]]以23席",
            "，[[浙江]]、山东分别", "浙江、[[山东]]分别", "\n\n[[浙江]]的县级市",
            "[[福建]]晋江", "[[贵州]]仁怀", "[[陕西]]神木市",
            "2026[[中国]]县域", "高于[[全国]]约", "以[[全国]]不到",
            "在[[全国]]县级市", "占[[全国]]的比重", "，[[全市]]境内外",
            "年[[全省]]力争", "向[[当地]]外贸企业", "在[[当地]]的员工",
            "贡献了[[当地]]约八成", "浙江的[[县级市]]则以", "全国[[县级市]]中",
            "下辖4个[[县级市]]10月末", "[[中西部]]县域", "[[长沙]]县依托",
            "与[[长沙]]县相邻", "以[[县城]]为重要",
        ],
        "numbers_excluded": [],
        # 分列前四位 (a rank after 分列, GUIDELINES), 新一期 (the next issue),
        # 一带一路 (a name), 一位 (an indefinite), 进一步 (a word)
        "cn_excluded": ["分列前[[四]]位", "新[[一]]期", "共建“[[一]]带",
                        "一带[[一]]路”", "[[一]]位分析师", "进[[一]]步"],
        "collectives": [("其中江苏、浙江[[两]]省", 2),
                        ("张家港、常熟[[两]]市", 2),
                        ("慈溪、义乌、诸暨、余姚、乐清[[五]]市", 5)],
        # labels that hold a numeral and are no figure (SPEC: tier labels,
        # names; GUIDELINES: a bare magnitude is a figure only with a
        # marker): 百强 (the top-100 counties, x7: 百强县 x6, 百强研究 x1),
        # 千亿县 (x3: counties with an output over 100 billion yuan, a
        # label in quotes)
        "labels_excluded": {"百强": 7, "千亿县": 3},
        # A of A股 (x2: the A-share market's name)
        "latin_excluded": ["其中[[A]]股", "拥有[[A]]股"],
        # time words that are no DATE: 日前 (vague, SPEC), 明显, 发明 (words)
        "words_excluded": {"日前": 1, "明显": 1, "发明": 1, "同期": 0,
                           "当天": 0},
        # generic heads outside ORG rows: 公司 (x6, 上市公司: a kind,
        # GUIDELINES), 机构 (研究机构), 局 (布局: a word, 海外布局); 银行,
        # 集团, 政府, 交易所, 海关, 中心, 研究所 only inside ORGs
        "orgwords_excluded": {"公司": 6, "机构": 1, "银行": 0, "集团": 0,
                              "政府": 0, "局": 1, "交易所": 0, "海关": 0,
                              "中心": 0, "研究所": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g206 Cruise tourism at the Kai Tak terminal, November 2026: the bureau's
# figures (文化體育及旅遊局 (文體旅局), 旅遊事務署; 香港), the terminal's
# operator and its next tenancy (環美郵輪碼頭公司, 文體旅局), the cruise
# lines (皇家加勒比國際遊輪, 名勝世界郵輪, 愛達郵輪, 中國旅遊集團 and 中遠海運
# 集團's 星旅遠洋郵輪; 香港, 廈門, 那霸), the mainland ports (招商蛇口 and
# 深圳, 廣州港集團, 國家移民管理局, 交通運輸部; 上海, 天津, 三亞), the
# Guangdong-Hong Kong cooperation (廣東省文化和旅遊廳, 深圳市文化廣電旅遊
# 體育局; 深圳, 香港), the region's competition (新加坡旅遊局 and 新加坡,
# 日本國家旅遊局 with 福岡, 長崎; 馬尼拉, 峴港, 芽莊, 悉尼), the travel agents
# (永安旅遊, 康泰旅行社, 東瀛遊, 縱橫遊, 攜程, 香港旅遊業議會, 旅遊業監管局),
# spending (香港旅遊發展局 (旅發局), 香港零售管理協會, 香港酒店業協會),
# supplies (香港海關), transport (運輸署, 九巴, 城巴, 港鐵, 入境事務處,
# 海事處) and the outlook (旅發局, 國泰航空, 香港理工大學酒店及旅遊業管理
# 學院).
# Traditional as Hong Kong writes it (首10個月, 首三季, 第三季, 首季, 按年,
# 上周, 上周五, 上周六, 本周三（25日）, 佔, 公布, 郵輪, 復甦, 聖誕, 農曆新年,
# 復活節, 十一黃金周, 隨着), UTF-16 LE with BOM, 2026-11-23 (a Monday, ISO
# week 2026-W48), 東方日報 (no byline or dateline line).  昨日 2026-11-22;
# 上周五 and 20日 2026-11-20; 上周六 2026-11-21; 本周三 and 25日
# 2026-11-25; 上周 2026-W47; 上月 2026-10; 本月, 本月初 2026-11; 12月
# 2026-12; 9月 2026-09; 第三季 2026-Q3; 明年首季 2027-Q1; 明年1月底
# 2027-01; 2028年5月底 2028-05; 聖誕 2026-12-25; 元旦 2027-01-01; 農曆新年
# 2027-02-06; 十一 2026-10-01; 明年復活節 2027-03-28; 首10個月, 今年首10個月,
# 今年首三季, 今年 2026; 去年, 去年同期 2025; 明年 2027; 2019年.
# ===========================================================================
@doc
def g206():
    d = Doc(G206)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SZ, SH, SG, NS = "香港", "深圳市", "上海市", "新加坡", "长崎"
    # title (a heading that opens with no city: no city section; 首10個月
    # after the facility it is about, GUIDELINES; 逾 over, inside)
    d.date("碼頭[[首10個月]]客量", Y, "")
    d.metric("客量增[[逾三成]] 明年", 30, "%", "over", "")
    d.date("逾三成 [[明年首季]]母港", "2027-Q1", "")
    # P1 the bureau's figures (文體旅局 a bracketed short form, its
    # characters in the name's order; 本港 deictic, no CITY; 去年同期 after
    # 今年首10個月 the year, SPEC)
    d.org("\n\n[[文化體育及旅遊局]]（文體旅局）")
    d.org("（[[文體旅局]]）昨日")
    d.date("）[[昨日]]公布", "2026-11-22", HK)
    d.date("公布，[[今年首10個月]]共有", Y, HK)
    d.metric("共有[[214個]]郵輪", 214, "个", "exact", HK)
    d.metric("按年增加[[約18%]]", 18, "%", "approx", HK)
    d.city("其中以[[香港]]為母港的航次")
    d.metric("航次佔[[約四成]]", 40, "%", "approx", HK)
    d.metric("郵輪旅客[[約78.6萬人次]]", "78.6e4", "人次", "approx", HK)
    d.date("較[[去年同期]]增長31.5%", LY, HK)
    d.metric("增長[[31.5%]]", "31.5", "%", "exact", HK)
    d.metric("在港消費[[約21億元]]", "21e8", "元", "approx", HK)
    d.org("。[[旅遊事務署]]相關")
    d.date("表示，[[本月]]及12月", "2026-11", "")
    d.date("本月及[[12月]]預計", "2026-12", "")
    d.metric("再有[[約60個]]航次", 60, "个", "approx", "")
    d.metric("有望[[突破270個]]", 270, "个", "over", "")
    d.date("超越[[2019年]]的紀錄", "2019", "")
    # P2 the operator (營運啟德郵輪碼頭的 a descriptor, outside; 超過去年:
    # the verb owns 過, GUIDELINES, 全年 outside; 兩者 a collective word;
    # 兩個泊位 a count before its measure word)
    d.org("營運啟德郵輪碼頭的[[環美郵輪碼頭公司]]表示")
    d.date("碼頭[[今年首三季]]共接待", Y, "")
    d.metric("共接待[[約150個]]船次", 150, "个", "approx", "")
    d.metric("出入境旅客[[約56.4萬人次]]", "56.4e4", "人次", "approx", "")
    d.date("超過[[去年]]全年水平", LY, "")
    d.date("；[[第三季]]兩個泊位", "2026-Q3", "")
    d.metric("第三季[[兩個]]泊位", 2, "个", "exact", "")
    d.metric("共有[[11次]]", 11, "次", "exact", "")
    d.org("。[[文體旅局]]早前")
    d.date("租約於[[2028年5月底]]屆滿", "2028-05", "")
    d.date("預計[[明年首季]]公布結果", "2027-Q1", "")
    # P3 the cruise lines (上周五（20日）: the gloss is its own mention, SPEC;
    # the ships' names hold no ORG; 中國旅遊集團與中遠海運集團 two ORGs)
    d.org("\n\n[[皇家加勒比國際遊輪]]旗下")
    d.date("「海洋光譜號」[[上周五]]（20日）", "2026-11-20", HK)
    d.date("上周五（[[20日]]）再度", "2026-11-20", HK)
    d.city("再度以[[香港]]為母港啟航")
    d.date("至[[明年1月底]]將提供", "2027-01", HK)
    d.metric("將提供[[14個]]航次", 14, "个", "exact", HK)
    d.metric("可載客[[約5,600人]]", 5600, "人", "approx", HK)
    d.org("；[[名勝世界郵輪]]則表示")
    d.date("則表示，[[明年首季]]「名勝", "2027-Q1", HK)
    d.city("的[[香港]]母港航次")
    d.metric("按年增加[[約三成]]。", 30, "%", "approx", HK)
    d.org("方面，[[愛達郵輪]]旗下")
    d.date("旗下郵輪[[上月]]首度", "2026-10", HK)
    d.org("由[[中國旅遊集團]]與")
    d.org("與[[中遠海運集團]]合資")
    d.org("合資的[[星旅遠洋郵輪]]亦計劃")
    d.date("亦計劃[[明年]]增設", NY, HK)
    d.city("來往[[香港]]、廈門")
    d.city("、[[廈門]]及那霸")
    d.city("及[[那霸]]的航線")
    # P4 the mainland ports (the ports are facilities, GUIDELINES; 廣州港集團
    # an ORG with no CITY, GUIDELINES 天津港集团)
    d.org("。[[招商蛇口]]上周")
    d.date("招商蛇口[[上周]]表示", "2026-W47", SZ)
    d.city("其在[[深圳]]營運")
    d.date("郵輪母港[[今年首10個月]]旅客吞吐量", Y, SZ)
    d.metric("吞吐量[[約42萬人次]]", "42e4", "人次", "approx", SZ)
    d.metric("按年增長[[約1.3倍]]", "1.3", "倍", "approx", SZ)
    d.org("；[[廣州港集團]]旗下")
    d.date("郵輪母港[[今年首10個月]]接待", Y, "")
    d.metric("接待旅客[[逾38萬人次]]", "38e4", "人次", "over", "")
    d.metric("按年上升[[約45%]]", 45, "%", "approx", "")
    d.org("。[[國家移民管理局]]數據")
    d.metric("外國旅客[[超過120萬人次]]", "120e4", "人次", "over", "")
    d.org("；[[交通運輸部]]亦表示")
    d.date("亦表示，[[明年]]將支持", NY, SH)
    d.city("支持[[上海]]、天津")
    d.city("、[[天津]]及三亞")
    d.city("及[[三亞]]等地")
    # P5 the Guangdong-Hong Kong cooperation (two fields joined by 和 inside
    # a body; a bureau of four fields, one ORG with its city inside; 一程多站
    # a slogan; 約一倍 a figure in 一倍, GUIDELINES)
    d.org("。[[廣東省文化和旅遊廳]]與")
    d.org("與[[文體旅局]]本月初")
    d.date("文體旅局[[本月初]]簽署", "2026-11", "")
    d.org("；[[深圳市文化廣電旅遊體育局]]估計")
    d.date("估計，[[明年]]經深圳", NY, SZ)
    d.city("經[[深圳]]及香港")
    d.city("深圳及[[香港]]聯程")
    d.metric("可達[[約15萬人次]]", "15e4", "人次", "approx", HK)
    d.date("較[[今年]]增加約一倍", Y, HK)
    d.metric("增加[[約一倍]]。", 1, "倍", "approx", HK)
    # P6 the region (新加坡 a city, GUIDELINES; a list sharing one head,
    # 等港口: its items are cities, SPEC; a country before a city)
    d.org("。[[新加坡旅遊局]]數據")
    d.city("顯示，[[新加坡]]今年首三季")
    d.date("新加坡[[今年首三季]]郵輪", Y, SG)
    d.metric("郵輪旅客[[約182萬人次]]", "182e4", "人次", "approx", SG)
    d.org("；[[日本國家旅遊局]]則指")
    d.city("則指，[[福岡]]、長崎")
    d.city("、[[長崎]]等港口")
    d.date("等港口[[明年]]的國際", NY, NS)
    d.date("已較[[今年]]增加約15%", Y, NS)
    d.metric("增加[[約15%]]。", 15, "%", "approx", NS)
    d.city("認為，[[香港]]若要")
    d.city("菲律賓[[馬尼拉]]、越南")
    d.city("越南[[峴港]]及芽莊")
    d.city("及[[芽莊]]等港口")
    d.city("來自[[悉尼]]的環球")
    # P7 the travel agents (聖誕, 元旦, 農曆新年 the coming ones; 8,999元至
    # 16,800元 a range, two figures each with its unit; 上月 before 較9月 no
    # baseline)
    d.date("隨着[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]臨近", "2027-01-01", "")
    d.org("臨近，[[永安旅遊]]表示")
    d.metric("按年增加[[約25%]]", 25, "%", "approx", "")
    d.org("；[[康泰旅行社]]上周六")
    d.date("旅行社[[上周六]]推出", "2026-11-21", "")
    d.date("推出的[[農曆新年]]郵輪團", "2027-02-06", "")
    d.metric("已售出[[約1,200個]]名額", 1200, "个", "approx", "")
    d.metric("團費由[[8,999元]]至", 8999, "元", "exact", "")
    d.metric("至[[16,800元]]不等", 16800, "元", "exact", "")
    d.org("。[[東瀛遊]]及縱橫遊")
    d.org("及[[縱橫遊]]亦指")
    d.metric("上升，[[約三成]]客人", 30, "%", "approx", "")
    d.org("平台[[攜程]]的")
    d.metric("按年上升[[約六成]]。", 60, "%", "approx", "")
    d.org("。[[香港旅遊業議會]]數據")
    d.date("顯示，[[上月]]經旅行社", "2026-10", "")
    d.metric("旅客[[約3.4萬人次]]", "3.4e4", "人次", "approx", "")
    d.date("較[[9月]]增加", "2026-09", "")
    d.metric("增加[[逾五成]]；", 50, "%", "over", "")
    d.org("；[[旅遊業監管局]]則提醒")
    d.date("提醒旅客，[[今年首10個月]]接獲", Y, "")
    d.metric("相關投訴共[[37宗]]", 37, "宗", "exact", "")
    # P8 spending (平均留港 a statistic cue before 晚, GUIDELINES; 十一
    # before 黃金周 is National Day, GUIDELINES; 個百分點 -> 百分点)
    d.org("\n\n[[香港旅遊發展局]]（旅發局）")
    d.org("（[[旅發局]]）最新")
    d.metric("平均留港[[約1.6晚]]", "1.6", "晚", "approx", "")
    d.metric("人均消費[[約3,850元]]", 3850, "元", "approx", "")
    d.metric("整體平均高[[約12%]]", 12, "%", "approx", "")
    d.city("；以[[香港]]為母港的郵輪旅客中")
    d.metric("內地的佔[[約六成]]", 60, "%", "approx", HK)
    d.metric("合共佔[[約27%]]", 27, "%", "approx", HK)
    d.org("。[[香港零售管理協會]]指")
    d.metric("人流可增加[[約兩成]]", 20, "%", "approx", "")
    d.org("；[[香港酒店業協會]]則表示")
    d.date("則表示，[[十一]]黃金周", "2026-10-01", "")
    d.metric("入住率曾達[[九成以上]]", 90, "%", "over", "")
    d.date("較[[去年]]高約3.5", LY, "")
    d.metric("高[[約3.5個百分點]]", "3.5", "百分点", "approx", "")
    # P9 supplies (香港海關 a customs ORG, no CITY; 上月起: 起 outside)
    d.org("。[[香港海關]]上月起")
    d.date("香港海關[[上月]]起", "2026-10", "")
    d.org("；[[文體旅局]]估計，每艘")
    d.metric("消費平均[[約80萬元]]", "80e4", "元", "approx", "")
    d.date("，[[今年首三季]]本地食品", Y, "")
    d.metric("補給金額[[約3.2億元]]", "3.2e8", "元", "approx", "")
    d.metric("按年增長[[近四成]]。", 40, "%", "approx", "")
    # P10 transport (九巴, 城巴 the bus companies; 港鐵 a named transit
    # operator, 啟德站 a station; 約45分鐘 after 平均 and 約10分鐘 after 縮短,
    # statistics in time, GUIDELINES; 聖誕 the coming one, 前後 outside)
    d.org("。[[運輸署]]表示")
    d.date("表示，[[今年]]已安排", Y, "")
    d.org("安排[[九巴]]及城巴")
    d.org("九巴及[[城巴]]在")
    d.metric("加開[[約30班]]特別", 30, "班", "approx", "")
    d.org("，[[港鐵]]亦計劃")
    d.date("亦計劃[[明年]]在啟德站", NY, "")
    d.org("；[[入境事務處]]指")
    d.metric("指，[[兩艘]]郵輪", 2, "艘", "exact", "")
    d.metric("時間平均[[約45分鐘]]", 45, "分钟", "approx", "")
    d.date("較[[去年]]縮短", LY, "")
    d.metric("縮短[[約10分鐘]]", 10, "分钟", "approx", "")
    d.org("。[[海事處]]則提醒")
    d.date("提醒，[[聖誕]]前後", "2026-12-25", "")
    # P11 the outlook (本周三（25日）: the gloss; 明年復活節 one span, the year
    # word inside, Western Easter; 兩成以上 over, 以上 inside)
    d.date("展望[[明年]]，旅發局", NY, "")
    d.org("，[[旅發局]]預計")
    d.metric("可達[[約300個]]", 300, "个", "approx", "")
    d.metric("提高至[[45%左右]]", 45, "%", "approx", "")
    d.metric("推廣預算[[約1.2億元]]", "1.2e8", "元", "approx", "")
    d.org("並會與[[國泰航空]]合作")
    d.date("將於[[本周三]]（25日）", "2026-11-25", "")
    d.date("本周三（[[25日]]）舉行", "2026-11-25", "")
    d.org("。[[香港理工大學酒店及旅遊業管理學院]]一位")
    d.date("若[[明年復活節]]前", "2027-03-28", HK)
    d.metric("再有[[兩艘]]大型", 2, "艘", "exact", HK)
    d.city("以[[香港]]為母港，本港")
    d.date("較[[今年]]增加兩成以上", Y, HK)
    d.metric("增加[[兩成以上]]", 20, "%", "over", HK)
    d.org("仍需[[文體旅局]]及早")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "深圳", "上海", "天津", "三亞", "廈門",
                   "那霸", "新加坡", "福岡", "長崎", "馬尼拉", "峴港", "芽莊",
                   "悉尼", "廣州", "廣東", "內地", "日本", "越南", "菲律賓",
                   "澳洲", "東南亞", "亞洲", "啟德", "觀塘", "九龍東", "維港",
                   "南沙", "蛇口", "粵港", "中國", "城市", "區內", "沿海"],
        "excluded": [
            # 本港 (x3, deictic, SPEC), 內地 (x2, a region), 啟德 (x7: the
            # terminal, the area and the station; a district of Kowloon, no
            # city), 觀塘, 九龍東, 維港 (districts and the harbour), 南沙, 蛇口
            # (districts; the ports are facilities, GUIDELINES; 蛇口 also
            # inside the ORG 招商蛇口), 粵港 (two one-character
            # abbreviations, SPEC), 日本 (only inside an ORG), 越南 (x1),
            # 菲律賓, 澳洲, 東南亞, 亞洲 (countries and regions), 區內, 沿海;
            # 廣州, 廣東, 中國 only inside ORGs
            "停泊[[本港]]", "於[[本港]]留宿", "，[[本港]]郵輪旅客量",
            "來自[[內地]]的佔", "\n\n[[內地]]郵輪港口",
            "[[啟德]]郵輪碼頭首10個月客量", "經[[啟德]]郵輪碼頭",
            "營運[[啟德]]郵輪碼頭", "停靠[[啟德]]，", "，[[啟德]]及觀塘",
            "仍是[[啟德]]的短板", "在[[啟德]]站增設", "啟德及[[觀塘]]",
            "[[九龍東]]酒店", "前後[[維港]]交通", "旗下[[南沙]]國際",
            "的[[蛇口]]郵輪母港", "[[粵港]]郵輪旅遊", "[[越南]]峴港",
            "[[菲律賓]]馬尼拉", "[[東南亞]]及澳洲", "東南亞及[[澳洲]]",
            "居[[亞洲]]首位", "[[區內]]競爭", "，[[沿海]]郵輪口岸",
        ],
        "numbers_excluded": [],
        # 兩者 (a collective word, SPEC 双方), 下一份 (the next), 一程多站 (a
        # slogan), 一帶 (an area), 一位 (an indefinite), 九 of 九龍東 (a
        # place; 九 of 九巴 stands inside its ORG)
        "cn_excluded": ["，[[兩]]者均已", "下[[一]]份管理", "「[[一]]程多站」",
                        "觀塘[[一]]帶", "[[一]]位學者", "[[九]]龍東"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x7, year-on-year), 全年 (x3:
        # after 去年, outside the span, GUIDELINES; 全年航次; 全年郵輪航次),
        # 首日 (the first day of sales), 黃金周 (after the DATE 十一; its
        # 周 no week), 明年 only in DATE rows
        "words_excluded": {"按年": 7, "全年": 3, "首日": 1, "黃金周": 1,
                           "同期": 0, "當天": 0, "同日": 0},
        # generic heads outside ORG rows: 公司 (郵輪公司: a kind), 旅行社
        # (經旅行社: a kind), 平台 (網上旅遊平台, a descriptor), 營運商
        # (碼頭營運商更替), 供應商 (本地食品供應商), 局 (當局: the
        # authorities, read back), 署 (x2: 簽署, 部署, verbs); 處, 協會,
        # 議會, 集團, 學院, 航空 only inside ORGs
        "orgwords_excluded": {"公司": 1, "旅行社": 1, "平台": 1, "營運商": 1,
                              "供應商": 1, "局": 1, "署": 2, "處": 0,
                              "協會": 0, "議會": 0, "集團": 0, "學院": 0,
                              "航空": 0},
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
            # its outlet and before every span of the body (annotate_tb.py,
            # annotate_jc.py; the byline's ORG 证券时报 before the name is
            # allowed here): offsets counted in UTF-16 units would be one
            # too high for every row of the body
            lines = d.text.split("\n")
            byline = len(lines[0]) + 1 + len(lines[1]) + 1
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    byline <= s and e <= k and r["type"] == "ORG"), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline_outlet and r["start"] < len(d.text.split("\n")[0]) + \
                len(d.text.split("\n")[1]) + 2 + len(d.text.split("\n")[2]):
            # on the title or the byline line: the byline holds only its
            # outlet, an ORG opening the line, before the declared
            # character (new here)
            lines = d.text.split("\n")
            byline = len(lines[0]) + 1 + len(lines[1]) + 1
            if s >= byline:
                assert r["type"] == "ORG" and s == byline and \
                    tx == d.byline_outlet, r
                assert all(e <= d.text.index(c) for c in d.no_span_chars), r
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
