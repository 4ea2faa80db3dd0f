#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g217_museum_economy_city_tourism and g218_hk_universities_non_local_students
(annotator FB).

Adapted from the precedent set's tools/annotate_gb.py (now dev/tools/annotate_g211_g212.py) (/tmp/ho38/precedent:
a GB18030 mainland article and a UTF-16 Hong Kong one, the pair closest to
mine; copied and the data changed).  It keeps the checks of annotate_gb.py
and its predecessors: strict decoding, offsets, overlaps, span edges,
formats, calendar-valid DATEs, METRIC values re-derived from the span,
ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, audits of digits, Latin words, Chinese numerals,
time characters, city strings, ORG words and ORG strings, the independent
`city` rule, the month and day a DATE span writes, the holiday table by
exact span and the holidays recomputed without it, ROC years only in a
Taiwan text, relative words resolved from the reference date (本周二,
上周六, 上周五, 本周五 to the day of their week, 上周 to its ISO week,
昨日 to its day, 上月/下月 to their month), the bare-day month rule,
去年同期 a year before its sentence's period, 上月 as a baseline after a
comparison word, the 上季 check, the range check, the 约占 check, the
declared shared unit, the hand-declared organizations of each article, the
bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为/約為 declared
as a separated marker, the precision check, the bare-year check, the
time-unit check, the collective-label check, the 十一 check, the check
that a traditional article holds no simplified character, the OpenCC
t2s-then-s2hk round trip of the Hong Kong article, the Hong Kong block
with its declared characters, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g217 is simplified (mainland, 光明日报, 2026-11-20), stored as GB18030
  WITHOUT a BOM.  Its byline 光明日报记者 陈𬘬 李婧雯 stands on line 3 and
  holds one row, the outlet's ORG 光明日报 (GUIDELINES: a byline at the
  start of a line names its outlet).  One character is outside GBK and
  outside the Basic Multilingual Plane: 𬘬 (U+2C62C, CJK Extension E;
  GB18030 99 32 A3 38, a four-byte sequence) of the first reporter's
  given name, in no span, after the byline's ORG and before every span of
  the body; gbk, cp936 and gb2312 fail on the file.  Every other
  non-ASCII character is two bytes.  𬘬 is one code point but two UTF-16
  units: a reader that counts UTF-16 units puts every span of the body one
  too far (the title's and the byline's ORG stay right), and one that
  takes two bytes a non-ASCII character two bytes short.  OpenCC t2s
  leaves the article unchanged.
- g218 is traditional (Hong Kong, 明報, 2026-11-25), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 非 = U+975E, written
  5E 97); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; two are outside plain Big5: 恒
  (U+6052; cp950 and Big5-HKSCS F9 DA) of 香港恒生大學, the university's
  own spelling, and 滙 (U+6ED9; Big5-HKSCS only, FA C0) of 滙豐, the bank's
  own spelling, each standing only inside those ORG rows.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong
  by its common name, foreign cities by their mainland standard names:
  三藩市 -> 旧金山, 多倫多 -> 多伦多, 首爾 -> 首尔, 雅加達 -> 雅加达).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho38/precedent: README,
NOTES_ga/gb/gc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g217_g218.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_gb.py: its GB18030 block keeps a character outside
the BMP on the byline line, but the byline now holds its outlet's ORG
(光明日报记者 + two names; annotate_gb.py's 本报记者 line held no row): the
byline check asks for exactly that one row, before the declared character,
and ASTRAL_BEFORE_BODY lets a row stand before the character only on the
title or as that ORG.  Its UTF-16 BE block becomes a UTF-16 LE block
(exactly one BOM FF FE; the BOM-aware utf-16 codec reads the same text;
plain utf-16-le keeps U+FEFF in front; utf-16-be reads another text; the
title's 非 = 5E 97 right after the BOM; two bytes a character, no
surrogate pair; the NUL byte AFTER every ASCII character).  The Hong Kong
block declares two characters outside plain Big5, one that cp950 holds
(恒) and one it lacks (滙), each confined to its ORG row; S2T_ALLOWED holds
恒 (s2t writes 恆) and 台 (台灣; s2t writes 臺), and the s2hk round trip
declares 周/週, 布/佈, 戶/户 and 啟/啓.  New here: a foreign city whose
Hong Kong name ends in 市 normalized to another name (三藩市 -> 旧金山,
CITY_ALIAS) beside one whose common name keeps its 市 (胡志明市,
FOREIGN_SHI); Western Easter after 明年 (明年復活節); a holiday 去年国庆 with
its year word; 十一 before a closing quote and 黄金周; 下月.  Units 人次, %,
岁, 元, 百分点, 家, 个, 张, 倍, 款, 份, 笔, 小时, 项 and 个, 所, 人, %, 倍,
名, 宗, 元, 幢, 张, 项, 间.  Re-run (from anywhere):

    python3 dev/tools/annotate_g217_g218.py
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
G217 = "g217_museum_economy_city_tourism"
G218 = "g218_hk_universities_non_local_students"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G217: ("gb18030", b"", False, "2026-11-20", "光明日报"),
    G218: ("utf-16-le", BOM16LE, True, "2026-11-25", "明報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g217: 博 of the title in GB18030; g218: 非 of the title
# in UTF-16 LE)
FIRST_CHAR = {G217: ("博", b"\xb2\xa9"), G218: ("非", b"\x5e\x97")}
# characters outside the BMP each article declares: g217's 𬘬 (U+2C62C,
# CJK Extension E) of the first reporter's given name
OUTSIDE_BMP = {G217: ["𬘬"], G218: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𬘬 of the reporter's name (in no span;
# on the byline line), a four-byte sequence outside the BMP
OUTSIDE_GBK = {G217: {"𬘬": b"\x99\x32\xa3\x38"}}
# the byline line that holds the declared character: the outlet + 记者 + a
# space, then the reporters' names separated by a space (GUIDELINES: a
# byline at the start of a line names its outlet, a name ending in 日报
# right before 记者); the outlet's ORG is the line's only row (new here:
# annotate_gb.py's 本报记者 line held none)
BYLINE = {G217: ("光明日报", "记者 ", ["陈𬘬", "李婧雯"])}
# articles whose declared characters stand before every span of the body
# and lie outside the BMP (offsets counted in UTF-16 units would drift by
# one after them): g217
ASTRAL_BEFORE_BODY = {G217}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 恒 of
# 香港恒生大學 (cp950 F9 DA, one of its ETEN additions) and 滙 of 滙豐
# (Big5-HKSCS FA C0; cp950 lacks it)
OUTSIDE_BIG5 = {G218: {"恒": True, "滙": False}}
# ... with their Big5-HKSCS bytes (cp950 writes 恒 alike; new here)
BIG5_CODE = {"恒": b"\xf9\xda", "滙": b"\xfa\xc0"}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them; annotate_ja.py's IN_ORG): 恒 in 香港恒生大學, 滙 in 滙豐
IN_ORG = {G218: {"恒": ["香港恒生大學"], "滙": ["滙豐"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts (none here)
OUTSIDE_BIG5_WORD = {}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 教育局, 發展局 …, are ORGs in a text that
# names the region at least twice)
HONGKONG = {G218}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts: g218's
# 台灣 once (约650名學生來自台灣; GUIDELINES: one marker in a Hong Kong
# text only makes bare 2-3 digit years ROC years, and g218 writes none)
MARKER_ALLOWED = {G218: {"台灣": 1}}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them, taken alone: 恒 of 香港恒生大學 (the university's own
# spelling; s2t writes 恆) and 台 of 台灣 (Hong Kong's common form; s2t
# writes 臺)
S2T_ALLOWED = {G218: {"恒", "台"}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes: 周 (上周五, 上周, 本周五; s2hk 週), 布 (宣布,
# 公布, as the government writes it; s2hk 佈), 戶 (戶口, the Big5 form;
# s2hk 户), 啟 (啟用, the Big5 form; s2hk 啓)
S2HK_KEPT = {G218: {("周", "週"), ("布", "佈"), ("戶", "户"), ("啟", "啓")}}

# common simplified-only characters a traditional article must not hold
# (annotate_gb.py's list without 恒, which Hong Kong writes in 香港恒生大學
# and which is declared in S2T_ALLOWED and OUTSIDE_BIG5; with my additions
# for the universities article)
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
                   "两为于从传体侦军击则别动占后响复岚岭带并应强当托担温点独碍筛继"
                   "缴网范记负责货赌赛转键间顾驳"
                   "读录资贵费诉违筹规检杂层剂岗启驻维诸验觉伦届树争现义讨该咨讲赁趋辖饷")
# Holidays the articles name, by their exact span (2025-2027): g217
# (mainland, 2026-11-20): 十一 2026-10-01 (x2, before a closing quote and
# 黄金周: National Day, GUIDELINES; no year written, the occurrence nearest
# the reference date, just past), 去年国庆 2025-10-01 (the year word inside
# the span, GUIDELINES 2024年春节; 假期 outside), 今年国庆 2026-10-01, 元旦
# 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentence); g218 (Hong Kong, 2026-11-25): 明年復活節
# 2027-03-28 (Western Easter of 2027, GUIDELINES; 明年 inside the span, 前
# outside), 聖誕 2026-12-25 and 農曆新年 2027-02-06 (the coming ones; 假期
# outside; GUIDELINES: 农历年 is 春节).
HOLIDAY = {
    "十一": "2026-10-01", "去年国庆": "2025-10-01", "今年国庆": "2026-10-01",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "明年復活節": "2027-03-28", "聖誕": "2026-12-25",
    "農曆新年": "2027-02-06",
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
    # g217 (2026: the municipalities 北京, 上海; prefecture-level cities
    # 西安, 洛阳, 杭州, 大同, 泉州; county-level cities 广汉 (德阳) and 敦煌
    # (酒泉))
    "北京": "北京市", "西安": "西安市", "洛阳": "洛阳市", "广汉": "广汉市",
    "敦煌": "敦煌市", "上海": "上海市", "杭州": "杭州市", "大同": "大同市",
    "泉州": "泉州市",
    # g218 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names: 廣州 -> 广州市, 武漢 -> 武汉市; foreign
    # cities by their mainland standard names (SPEC: 雪梨 -> 悉尼): 首爾 ->
    # 首尔, 雅加達 -> 雅加达, 吉隆坡, 胡志明市 (its common name keeps 市),
    # 三藩市 -> 旧金山 (Hong Kong's name for San Francisco), 多倫多 -> 多伦多)
    "香港": "香港", "深圳": "深圳市", "廣州": "广州市", "成都": "成都市",
    "武漢": "武汉市", "首爾": "首尔", "雅加達": "雅加达", "吉隆坡": "吉隆坡",
    "胡志明市": "胡志明市", "三藩市": "旧金山", "多倫多": "多伦多",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "首尔", "雅加达", "吉隆坡", "旧金山", "多伦多"}
# foreign cities whose common Chinese name itself ends with 市: 胡志明市
# (GUIDELINES' own list 胡志明市、河内及金边)
FOREIGN_SHI = {"胡志明市"}
# spans whose normalized name is not their t2s form (+ 市): Hong Kong's
# 三藩市 is the mainland's 旧金山 (SPEC: foreign cities normalize to the
# mainland standard name where Hong Kong spells them otherwise)
CITY_ALIAS = {"三藩市": "旧金山"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text; t2s keeps the
# university's 恒 and turns the bank's 滙 into 汇)
ORG_NORM = {
    "明報": "明报", "教育局": "教育局",
    "立法會教育事務委員會": "立法会教育事务委员会",
    "大學教育資助委員會": "大学教育资助委员会", "教資會": "教资会",
    "香港大學": "香港大学", "港大": "港大",
    "香港中文大學": "香港中文大学", "中大": "中大",
    "香港科技大學": "香港科技大学", "科大": "科大",
    "香港城市大學": "香港城市大学", "嶺南大學": "岭南大学",
    "香港教育大學": "香港教育大学", "香港恒生大學": "香港恒生大学",
    "香港都會大學": "香港都会大学", "香港樹仁大學": "香港树仁大学",
    "香港浸會大學": "香港浸会大学", "浸大": "浸大",
    "發展局": "发展局", "城市規劃委員會": "城市规划委员会",
    "城規會": "城规会", "宏安地產": "宏安地产", "中原地產": "中原地产",
    "美聯物業": "美联物业", "差餉物業估價署": "差饷物业估价署",
    "屋宇署": "屋宇署", "消防處": "消防处",
    "消費者委員會": "消费者委员会", "研究資助局": "研究资助局",
    "香港學術及職業資歷評審局": "香港学术及职业资历评审局",
    "入境事務處": "入境事务处", "入境處": "入境处",
    "勞工及福利局": "劳工及福利局",
    "香港人才服務辦公室": "香港人才服务办公室",
    "中銀香港": "中银香港", "滙豐": "汇丰", "渣打香港": "渣打香港",
    "深圳大學": "深圳大学", "香港理工大學": "香港理工大学", "理大": "理大",
    "廣東省教育廳": "广东省教育厅", "QS": "QS",
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
        self.byline = None
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
                if ord(c) > 0xFFFF:     # (here: 𬘬 of CJK Extension E,
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
            # the file opens with the title's first character (g217: 博 =
            # B2 A9)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character (g217: 𬘬, once), and such a character stands
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
            # the byline line: the outlet + 记者 + a space, then the
            # reporters' names separated by a space (光明日报记者 陈𬘬 李婧雯);
            # the declared character stands in the first name, after the
            # outlet; GUIDELINES: a byline at the start of a line names its
            # outlet (a name ending in 日报 right before 记者), so the line
            # holds exactly that ORG row (checked in check(); new here:
            # annotate_gb.py's 本报记者 line held none)
            outlet, role, names = BYLINE[doc_id]
            assert lines[2] == outlet + role + " ".join(names), (doc_id,
                                                                 lines[2])
            assert outlet.endswith("日报") and role.startswith("记者")
            for c in outside:
                assert c in names[0] and lines[2].index(c) > len(outlet), c
            assert all(2 <= len(n) <= 3 for n in names), names
            self.byline = (outlet, len(lines[0]) + 1 + len(lines[1]) + 1)
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM
            # (annotate_gb.py's BE block turned back to the LE order of the
            # older annotate_hb.py): exactly one BOM FF FE, the BOM-aware
            # codec reads the same text, the plain little-endian reading
            # keeps U+FEFF in front (one code point that would shift every
            # offset by one), the big-endian reading is another text
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
            # (g218: 非 = U+975E, written 5E 97)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-le") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character has a NUL byte AFTER it (little-endian):
            # the file reads as binary to a reader that ignores the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i] == ord(c) and raw[2 * i + 1] == 0
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
                # with its declared Big5-HKSCS bytes, the same in cp950 where
                # cp950 holds it (new here: 恒 F9 DA in both, 滙 FA C0)
                assert c.encode("big5hkscs") == BIG5_CODE[c], c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 教育局 …, stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (annotate_ja.py's IN_ORG, checked in check(): 恒 in 香港恒生大學
            # and 滙 in 滙豐, each name written in the text) or to declared
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
# g217 The museum economy, November 2026: the heritage administration's
# figures (国家文物局; 光明日报 on the byline), national policy (文化和旅游部
# 数据中心, 文化和旅游部, 商务部), Beijing (北京; 故宫博物院, 北京市文物局,
# 中国国家博物馆 with 泡泡玛特 and 中国邮政), Xi'an and Luoyang (陕西历史博物
# 馆, 西安市文化和旅游局, 洛阳市文物局, 河南博物院 with 名创优品), Sichuan and
# Gansu (三星堆博物馆 and 广汉, 成都金沙遗址博物馆, 四川省文物局, 敦煌研究院
# and 敦煌), the Yangtze (湖南博物院, 南京博物院, 苏州博物馆, 上海博物馆,
# 上海市文化和旅游局 and 上海, 杭州市园林文物局 and 杭州, 中国丝绸博物馆),
# smaller cities (山西省文物局 and 大同, 景德镇中国陶瓷博物馆, 泉州海外交通
# 史博物馆 and 泉州), platforms and payments (携程, 美团, 同程旅行, 飞猪, 抖音,
# 中国银联, 支付宝), research (中国旅游研究院, 北京大学文化产业研究院) and the
# outlook (国家文物局; 中国博物馆协会 and 杭州).
# Simplified, GB18030 with 𬘬 (CJK Extension E, an astral four-byte
# sequence) on the byline, 2026-11-20 (a Friday, ISO week 2026-W47),
# 光明日报; the byline 光明日报记者 陈𬘬 李婧雯 on line 3.  昨日 2026-11-19;
# 本周二 and 17日 2026-11-17; 上周六 and 14日 2026-11-14; 上月 2026-10;
# 9月底 2026-09; 10月底 2026-10; 12月 2026-12; 十一 2026-10-01 (x2); 今年
# 国庆 2026-10-01; 去年国庆 2025-10-01; 元旦 2027-01-01; 春节 2027-02-06;
# 前三季度, 今年前三季度, 今年前10个月, 上半年, 今年 2026; 去年同期 2025;
# 明年 2027; 明年一季度 2027-Q1; 2019年; 2030年.
# ===========================================================================
@doc
def g217():
    d = Doc(G217)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, XA, LYC, GH, DH, SH, HZ, DT, QZ = (
        "北京市", "西安市", "洛阳市", "广汉市", "敦煌市", "上海市", "杭州市",
        "大同市", "泉州市")
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 前三季度 the year, SPEC)
    d.date("升温 [[前三季度]]全国", Y, "")
    d.metric("接待观众[[12.4亿人次]]\n", "12.4e8", "人次", "exact", "")
    # byline 光明日报记者 陈𬘬 李婧雯: the outlet is an ORG (GUIDELINES: a
    # byline at the start of a line names its outlet); 𬘬 in no span
    d.org("\n\n[[光明日报]]记者 ")
    # P1 the heritage administration's figures (18至35岁 a range, two
    # mentions sharing 岁, SPEC; 去年同期 after 今年前三季度 the year, SPEC;
    # 上半年 the year, SPEC; 个百分点 the unit 百分点)
    d.org("\n\n[[国家文物局]]昨日")
    d.date("国家文物局[[昨日]]发布", "2026-11-19", "")
    d.date("显示，[[今年前三季度]]，全国", Y, "")
    d.metric("共接待观众[[12.4亿人次]]，", "12.4e8", "人次", "exact", "")
    d.metric("同比增长[[约9.6%]]", "9.6", "%", "approx", "")
    d.metric("其中[[18]]至35岁", 18, "岁", "exact", "", shared="岁")
    d.metric("18至[[35岁]]的", 35, "岁", "exact", "")
    d.metric("占比[[约46%]]。", 46, "%", "approx", "")
    d.date("。[[今年前三季度]]全国博物馆文创", Y, "")
    d.metric("销售收入[[约186亿元]]", "186e8", "元", "approx", "")
    d.date("较[[去年同期]]增长23.4%", LY, "")
    d.metric("增长[[23.4%]]", "23.4", "%", "exact", "")
    d.date("比[[上半年]]扩大", Y, "")
    d.metric("扩大[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.date("截至[[9月底]]", "2026-09", "")
    d.metric("达到[[7283家]]", 7283, "家", "exact", "")
    d.metric("占比[[超过九成]]", 90, "%", "over", "")
    # P2 opening hours and policy (十一 before ” and 黄金周 is National Day,
    # GUIDELINES; 去年国庆 one span, the year word inside; 文化和旅游部数据
    # 中心 one ORG, GUIDELINES' own example; 100个左右 approx)
    d.org("\n\n[[国家文物局]]相关")
    d.date("介绍，[[今年]]以来各地", Y, "")
    d.metric("已有[[超过1600家]]博物馆", 1600, "家", "over", "")
    d.org("据[[文化和旅游部数据中心]]测算")
    d.date("测算，“[[十一]]”黄金周", "2026-10-01", "")
    d.metric("日均接待观众[[约1050万人次]]", "1050e4", "人次", "approx", "")
    d.date("较[[去年国庆]]假期", "2025-10-01", "")
    d.metric("增长[[约14%]]。", 14, "%", "approx", "")
    d.org("。[[国家文物局]]会同")
    d.org("会同[[文化和旅游部]]、商务部")
    d.org("、[[商务部]]等部门")
    d.date("等部门[[上月]]印发", "2026-10", "")
    d.date("到[[2030年]]培育", "2030", "")
    d.metric("培育[[100个左右]]", 100, "个", "approx", "")
    # P3 Beijing (北京地区: a city before 地区, GUIDELINES; 本周二（17日）:
    # the gloss is its own mention, SPEC; 99%以上 over)
    d.city("在[[北京]]，故宫")
    d.org("，[[故宫博物院]]今年")
    d.date("故宫博物院[[今年前10个月]]接待", Y, BJ)
    d.metric("接待观众[[约1120万人次]]", "1120e4", "人次", "approx", BJ)
    d.metric("保持在[[99%以上]]", 99, "%", "over", BJ)
    d.org("。[[北京市文物局]]数据")
    d.city("显示，[[北京]]地区")
    d.metric("已达[[238家]]", 238, "家", "exact", BJ)
    d.date("238家，[[今年前三季度]]共接待", Y, BJ)
    d.metric("共接待观众[[超过5800万人次]]", "5800e4", "人次", "over", BJ)
    d.org("。[[中国国家博物馆]]本周二")
    d.date("国家博物馆[[本周二]]（17日）", "2026-11-17", "")
    d.date("本周二（[[17日]]）公布", "2026-11-17", "")
    d.date("该馆[[今年]]已举办", Y, "")
    d.metric("举办展览[[62个]]", 62, "个", "exact", "")
    d.metric("销售额[[约4.3亿元]]", "4.3e8", "元", "approx", "")
    d.org("与[[泡泡玛特]]、中国邮政")
    d.org("、[[中国邮政]]联合")
    d.metric("贡献了[[约三成]]", 30, "%", "approx", "")
    # P4 Xi'an, Luoyang, Henan (今年国庆 one span, 假期 outside; 洛阳全市:
    # 全市 deictic, 洛阳 a CITY; 突破 over, inside, SPEC)
    d.city("\n\n[[西安]]和洛阳")
    d.city("西安和[[洛阳]]是")
    d.org("。[[陕西历史博物馆]]今年")
    d.date("历史博物馆[[今年前10个月]]接待", Y, "")
    d.metric("接待观众[[约520万人次]]", "520e4", "人次", "approx", "")
    d.org("；[[西安市文化和旅游局]]测算")
    d.date("测算，[[今年国庆]]假期", "2026-10-01", XA)
    d.city("游客在[[西安]]人均")
    d.metric("人均消费[[约2860元]]", 2860, "元", "approx", XA)
    d.metric("人均多花[[约640元]]", 640, "元", "approx", XA)
    d.org("。[[洛阳市文物局]]介绍")
    d.city("介绍，[[洛阳]]全市")
    d.metric("已达到[[110家]]", 110, "家", "exact", LYC)
    d.date("110家，[[今年]]以来", Y, LYC)
    d.metric("接待观众[[突破2000万人次]]", "2000e4", "人次", "over", LYC)
    d.org("。[[河南博物院]]联合")
    d.org("联合[[名创优品]]推出")
    d.metric("售出[[约18万个]]", "18e4", "个", "approx", "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    # P5 Sichuan and Gansu (广汉 a county-level city of 德阳; 成都金沙遗址博物
    # 馆 one ORG, no CITY, SPEC; 约占6% approx, 约 outside, GUIDELINES;
    # 敦煌研究院 one ORG, no CITY; 敦煌全市: 敦煌 a CITY, a county-level
    # city of 酒泉)
    d.org("在四川，[[三星堆博物馆]]新馆")
    d.date("“出圈”，[[今年前三季度]]接待", Y, GH)
    d.metric("接待观众[[约410万人次]]", "410e4", "人次", "approx", GH)
    d.city("带动[[广汉]]全市")
    d.metric("旅游收入增长[[约27%]]", 27, "%", "approx", GH)
    d.org("；[[成都金沙遗址博物馆]]今年")
    d.date("遗址博物馆[[今年]]推出", Y, "")
    d.metric("累计售票[[约36万张]]", "36e4", "张", "approx", "")
    d.org("。[[四川省文物局]]数据")
    d.date("全省博物馆[[今年前三季度]]文创", Y, "")
    d.metric("文创收入[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.org("在甘肃，[[敦煌研究院]]对")
    d.date("分时预约，[[今年]]以来", Y, DH)
    d.metric("接待游客[[约290万人次]]", "290e4", "人次", "approx", DH)
    d.metric("约占[[6%]]，", 6, "%", "approx", DH, sep="约")
    d.city("，[[敦煌]]全市")
    d.metric("提高[[约8个百分点]]", 8, "百分点", "approx", DH)
    # P6 the Yangtze (上海 before 住宿 a modifier; 杭州市属: 市 starts the
    # next word 市属 and stays outside, SPEC 杭州市级医保; 上周六（14日）)
    d.org("。[[湖南博物院]]今年")
    d.date("湖南博物院[[今年]]举办", Y, "")
    d.metric("吸引观众[[约190万人次]]", "190e4", "人次", "approx", "")
    d.org("；[[南京博物院]]今年")
    d.date("南京博物院[[今年前10个月]]", Y, "")
    d.metric("接待观众[[约480万人次]]", "480e4", "人次", "approx", "")
    d.metric("同比增长[[约11%]]", 11, "%", "approx", "")
    d.org("；[[苏州博物馆]]今年")
    d.date("苏州博物馆[[今年]]文创", Y, "")
    d.metric("首次[[突破1亿元]]", "1e8", "元", "over", "")
    d.org("。[[上海博物馆]]今年")
    d.date("上海博物馆[[今年]]举办", Y, SH)
    d.metric("累计售票[[约150万张]]", "150e4", "张", "approx", SH)
    d.org("，[[上海市文化和旅游局]]估算")
    d.city("带动[[上海]]住宿")
    d.metric("消费[[超过40亿元]]", "40e8", "元", "over", SH)
    d.metric("约占[[七成]]。", 70, "%", "approx", SH, sep="约")
    d.org("。[[杭州市园林文物局]]表示")
    d.city("表示，[[杭州]]市属")
    d.metric("已有[[56家]]实行", 56, "家", "exact", HZ)
    d.org("，[[中国丝绸博物馆]]上周六")
    d.date("丝绸博物馆[[上周六]]（14日）", "2026-11-14", HZ)
    d.date("上周六（[[14日]]）推出", "2026-11-14", HZ)
    # P7 smaller cities (山西大同: a province before its city leaves the
    # city a CITY, GUIDELINES 云南昆明; 景德镇中国陶瓷博物馆 and 泉州海外交通史
    # 博物馆 one ORG each, no CITY; 款, 份 measure words)
    d.org("。[[山西省文物局]]数据")
    d.city("显示，山西[[大同]]今年")
    d.date("山西大同[[今年前三季度]]接待", Y, DT)
    d.metric("接待游客[[约3900万人次]]", "3900e4", "人次", "approx", DT)
    d.metric("游客占比[[约31%]]", 31, "%", "approx", DT)
    d.org("；[[景德镇中国陶瓷博物馆]]今年")
    d.date("陶瓷博物馆[[今年]]上新", Y, "")
    d.metric("陶瓷文创[[约1200款]]", 1200, "款", "approx", "")
    d.metric("同比增长[[约58%]]", 58, "%", "approx", "")
    d.org("；[[泉州海外交通史博物馆]]与")
    d.date("套餐，[[上月]]售出", "2026-10", QZ)
    d.metric("售出[[约1.4万份]]", "1.4e4", "份", "approx", QZ)
    d.city("带动[[泉州]]入境")
    d.metric("同比增长[[约19%]]。", 19, "%", "approx", QZ)
    # P8 platforms and payments (30岁以下 under; 美团 and 携程 companies;
    # 飞猪 a platform acting as its operator, like 天猫 (precedent GA); 抖音
    # ORG, GUIDELINES; 倍 a multiple)
    d.org("。[[携程]]数据")
    d.date("显示，[[今年前10个月]]平台上", Y, "")
    d.metric("同比增长[[约42%]]", 42, "%", "approx", "")
    d.metric("，[[30岁以下]]用户", 30, "岁", "under", "")
    d.metric("用户占比[[约38%]]", 38, "%", "approx", "")
    d.org("；[[美团]]数据")
    d.date("显示，“[[十一]]”黄金周", "2026-10-01", "")
    d.metric("环比增长[[约2.3倍]]", "2.3", "倍", "approx", "")
    d.org("。[[同程旅行]]、飞猪")
    d.org("、[[飞猪]]等平台")
    d.org("；[[抖音]]数据")
    d.date("显示，[[上月]]博物馆", "2026-10", "")
    d.metric("累计观看[[超过8亿人次]]", "8e8", "人次", "over", "")
    d.org("。[[中国银联]]联合")
    d.date("截至[[10月底]]交易", "2026-10", "")
    d.metric("交易笔数[[约260万笔]]", "260e4", "笔", "approx", "")
    d.org("；[[支付宝]]数据")
    d.metric("同比增长[[约1.6倍]]", "1.6", "倍", "approx", "")
    # P9 research (平均停留 a statistic cue before 小时, GUIDELINES; 一倍 a
    # figure, GUIDELINES; 不到 under; 一位 an indefinite)
    d.org("\n\n[[中国旅游研究院]]发布")
    d.metric("平均停留[[约2.6小时]]", "2.6", "小时", "approx", "")
    d.metric("馆内消费[[约78元]]", 78, "元", "approx", "")
    d.date("比[[2019年]]增加", "2019", "")
    d.metric("增加[[约一倍]]", 1, "倍", "approx", "")
    d.org("。[[北京大学文化产业研究院]]一位")
    d.metric("全国[[约四成]]博物馆", 40, "%", "approx", "")
    d.metric("全国的[[不到5%]]", 5, "%", "under", "")
    # P10 the outlook (明年一季度 the quarter; 元旦, 春节 the coming ones;
    # 12月 in this year, its sentence counting no year)
    d.date("展望[[明年]]，国家文物局", NY, "")
    d.org("明年，[[国家文物局]]计划")
    d.date("计划在[[明年一季度]]启动", "2027-Q1", "")
    d.metric("推动[[约300家]]", 300, "家", "approx", "")
    d.date("。[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.metric("推出[[约2000项]]", 2000, "项", "approx", "")
    d.org("。[[中国博物馆协会]]相关")
    d.date("将于[[12月]]在杭州", "2026-12", HZ)
    d.city("在[[杭州]]举办")
    d.metric("吸引[[约500家]]", 500, "家", "approx", HZ)
    audit = {
        "orgs": ["光明日报", "国家文物局", "文化和旅游部数据中心",
                 "文化和旅游部", "商务部", "故宫博物院", "北京市文物局",
                 "中国国家博物馆", "泡泡玛特", "中国邮政", "陕西历史博物馆",
                 "西安市文化和旅游局", "洛阳市文物局", "河南博物院",
                 "名创优品", "三星堆博物馆", "成都金沙遗址博物馆",
                 "四川省文物局", "敦煌研究院", "湖南博物院", "南京博物院",
                 "苏州博物馆", "上海博物馆", "上海市文化和旅游局",
                 "杭州市园林文物局", "中国丝绸博物馆", "山西省文物局",
                 "景德镇中国陶瓷博物馆", "泉州海外交通史博物馆", "携程",
                 "美团", "同程旅行", "飞猪", "抖音", "中国银联", "支付宝",
                 "中国旅游研究院", "北京大学文化产业研究院",
                 "中国博物馆协会"],
        "cities": ["北京", "西安", "洛阳", "广汉", "成都", "敦煌", "南京",
                   "苏州", "上海", "杭州", "大同", "景德镇", "泉州", "湖南",
                   "四川", "甘肃", "山西", "陕西", "河南", "长江", "中国",
                   "全国", "全市", "全省", "城市", "当地", "各地", "三星堆",
                   "马王堆", "莫高窟"],
        "excluded": [
            # provinces (四川, 甘肃, 山西 x1 each outside ORGs), 长江 (a
            # river), 三星堆, 马王堆, 莫高窟 (sites), 城市 (中小城市, generic),
            # 当地 (deictic); 全国, 全市, 全省, 各地 counted below; 成都,
            # 南京, 苏州, 景德镇, 湖南, 陕西, 河南 only inside ORG rows
            "在[[四川]]，", "在[[甘肃]]，", "显示，[[山西]]大同",
            "[[长江]]沿线", "中小[[城市]]", "与[[当地]]酒店",
            "[[马王堆]]汉墓", "对[[莫高窟]]参观",
        ],
        "numbers_excluded": [],
        # 一位 (an indefinite), 两小时内 (a duration, SPEC 24小时)
        "cn_excluded": ["[[一]]位研究员", "[[两]]小时内", "[[一]]度“秒空”"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time words that are no DATE: 日均 (a daily average, GUIDELINES),
        # 青年 (young people), 年俗 (New Year customs), 暑期 (a season with
        # no year word, SPEC)
        "words_excluded": {"日均": 1, "青年": 1, "年俗": 1, "暑期": 1,
                           "黄金周": 2,
                           "全国": 10, "全市": 3, "全省": 1, "各地": 2,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 博物馆 (kinds and the general
        # word), 平台 (kinds), 部门 (等部门), 局, 协会, 研究院 only inside
        # ORGs
        "orgwords_excluded": {"博物馆": 32, "平台": 3, "部门": 1, "局": 0,
                              "协会": 0, "研究院": 0, "博物院": 0},
        "orgstring_excluded": [],
    }
    return d, audit



# ===========================================================================
# g218 Universities and non-local students, November 2026: the education
# bureau's figures (明報 in the dateline 【明報專訊】; 教育局, 立法會教育事務
# 委員會, 大學教育資助委員會 (教資會)), the universities (香港大學 (港大),
# 香港中文大學 (中大), 香港科技大學 (科大), 香港城市大學, 嶺南大學, 香港
# 教育大學, 香港恒生大學, 香港都會大學, 香港樹仁大學, 香港浸會大學 (浸大)),
# source cities (深圳, 廣州, 上海, 北京, 杭州, 成都; 首爾, 雅加達, 吉隆坡,
# 胡志明市; 三藩市, 多倫多, 武漢), hostels (教資會, 發展局, 城市規劃委員會
# (城規會), 宏安地產), rents (中原地產, 美聯物業, 差餉物業估價署), safety
# (屋宇署, 消防處, 消費者委員會), fees and quality (研究資助局, 香港學術及
# 職業資歷評審局), talent (入境事務處 (入境處), 勞工及福利局, 香港人才服務
# 辦公室), banks (中銀香港, 滙豐, 渣打香港), the mainland (深圳大學, 香港理工
# 大學 (理大), 廣東省教育廳, 香港), the ranking (QS, 香港) and the outlook
# (教育局, 教資會).
# Traditional as Hong Kong writes it (按年, 首10個月, 首三季, 第三季, 首季,
# 上周, 上周五（20日）, 本周五（27日）, 佔, 宣布, 公布, 戶口, 啟用, 恒, 滙,
# 元 for Hong Kong dollars), UTF-16 LE with BOM, 2026-11-25 (a Wednesday,
# ISO week 2026-W48), 明報 (its dateline 【明報專訊】 opens the first
# paragraph).  昨日 2026-11-24; 上周五 and 20日 2026-11-20; 本周五 and 27日
# 2026-11-27; 上周 2026-W47; 上月, 10月 2026-10; 今年9月 2026-09; 下月
# 2026-12; 聖誕 2026-12-25; 明年首季 2027-Q1; 明年第三季 2027-Q3; 明年1月
# 2027-01; 明年9月 2027-09; 明年復活節 2027-03-28; 農曆新年 2027-02-06;
# 今年首10個月, 今年首三季, 今年 2026; 去年 2025; 去年同期 2025-10; 明年
# 2027; 五年前 2021; 2030年.
# ===========================================================================
@doc
def g218():
    d = Doc(G218)
    Y, LY, NY = "2026", "2025", "2027"
    HK, GZ, CD, HCM, SF, TOR, BJ, WH = (
        "香港", "广州市", "成都市", "胡志明市", "旧金山", "多伦多", "北京市",
        "武汉市")
    # title (a heading that opens with no city; 逾 over, inside)
    d.metric("宿位缺口[[逾1.2萬個]]\n", "1.2e4", "个", "over", "")
    # P1 the dateline and the bureau's figures (SPEC: news outlets in
    # bylines are ORGs, 【明報專訊】 like precedent GB's 【大公報訊】; 教育局 a
    # Hong Kong body standing alone in a Hong Kong text, GUIDELINES; a
    # bracketed short form, GUIDELINES; 所 a measure word; 五年前 a relative
    # DATE, SPEC; 為 no marker, 約 touching the figure)
    d.org("【[[明報]]專訊】")
    d.org("】[[教育局]]昨日")
    d.date("教育局[[昨日]]向", "2026-11-24", "")
    d.org("向[[立法會教育事務委員會]]提交")
    d.date("顯示，[[今年9月]]新學期", "2026-09", "")
    d.org("後，[[大學教育資助委員會]]（教資會）")
    d.org("（[[教資會]]）資助的")
    d.metric("資助的[[8所]]大學", 8, "所", "exact", "")
    d.metric("非本地學生[[約4.6萬人]]", "4.6e4", "人", "approx", "")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", "")
    d.metric("全日制學生[[約31%]]", 31, "%", "approx", "")
    d.metric("內地生[[約3.4萬人]]", "3.4e4", "人", "approx", "")
    d.metric("佔非本地生[[約74%]]", 74, "%", "approx", "")
    d.metric("的學生[[約9,800人]]", 9800, "人", "approx", "")
    d.metric("按年增加[[約27%]]，人數", 27, "%", "approx", "")
    d.date("人數為[[五年前]]的", "2021", "")
    d.metric("五年前的[[約3倍]]", 3, "倍", "approx", "")
    # P2 the universities (bracketed short forms; 明年起: 起 outside; 由…提
    # 高至 two figures; 約120個及約90個 each with its own 約 and unit; 恒 of
    # 香港恒生大學 declared)
    d.org("。[[香港大學]]（港大）")
    d.org("（[[港大]]）今年")
    d.date("（港大）[[今年]]取錄", Y, "")
    d.metric("本科新生[[約1,480人]]", 1480, "人", "approx", "")
    d.metric("本科新生[[約36%]]", 36, "%", "approx", "")
    d.org("；[[香港中文大學]]（中大）")
    d.org("（[[中大]]）及")
    d.org("及[[香港科技大學]]（科大）")
    d.org("（[[科大]]）的")
    d.metric("增加[[約21%]]及", 21, "%", "approx", "")
    d.metric("約21%及[[約19%]]", 19, "%", "approx", "")
    d.org("。[[香港城市大學]]上月")
    d.date("城市大學[[上月]]宣布", "2026-10", "")
    d.date("宣布，[[明年]]起把", NY, "")
    d.metric("由[[約28%]]提高", 28, "%", "approx", "")
    d.metric("提高至[[約35%]]", 35, "%", "approx", "")
    d.org("；[[嶺南大學]]、香港教育大學")
    d.org("、[[香港教育大學]]則")
    d.metric("新增[[約120個]]及", 120, "个", "approx", "")
    d.metric("及[[約90個]]非本地生", 90, "个", "approx", "")
    d.org("，[[香港恒生大學]]今年")
    d.date("恒生大學[[今年]]取錄", Y, "")
    d.metric("新生[[約780人]]", 780, "人", "approx", "")
    d.metric("按年增加[[逾三成]]", 30, "%", "over", "")
    d.org("；[[香港都會大學]]及")
    d.org("及[[香港樹仁大學]]亦")
    d.metric("增加[[約26%]]及", 26, "%", "approx", "")
    d.metric("約26%及[[約15%]]", 15, "%", "approx", "")
    # P3 source cities (兩地 the collective label of the pair just given,
    # GUIDELINES; 約佔 sets approx across the verb; …等城市 a list sharing
    # one head, SPEC; 胡志明市 keeps its 市; 三藩市 -> 旧金山, SPEC 雪梨;
    # 上周五（20日） and the gloss; 台灣 no CITY)
    d.city("，[[深圳]]、廣州兩地")
    d.city("深圳、[[廣州]]兩地")
    d.metric("約佔內地生[[兩成]]", 20, "%", "approx", GZ, sep="約")
    d.city("來自[[上海]]、北京")
    d.city("上海、[[北京]]、杭州")
    d.city("、[[杭州]]、成都")
    d.city("、[[成都]]等城市")
    d.metric("按年上升[[約16%]]", 16, "%", "approx", CD)
    d.city("來自[[首爾]]、雅加達")
    d.city("、[[雅加達]]、吉隆坡")
    d.city("、[[吉隆坡]]及")
    d.city("及[[胡志明市]]的")
    d.metric("合共[[約2,300人]]", 2300, "人", "approx", HCM)
    d.date("較[[去年]]增加", LY, HCM)
    d.metric("增加[[近四成]]", 40, "%", "approx", HCM)
    d.metric("另有[[約650名]]", 650, "名", "approx", "")
    d.org("。[[科大]]上周五")
    d.date("科大[[上周五]]（20日）", "2026-11-20", SF)
    d.date("上周五（[[20日]]）在", "2026-11-20", SF)
    d.city("在[[三藩市]]、多倫多")
    d.city("、[[多倫多]]舉辦")
    d.metric("吸引[[逾1,200人]]", 1200, "人", "over", TOR)
    d.org("；[[香港浸會大學]]（浸大）")
    d.org("（[[浸大]]）上周")
    d.date("（浸大）[[上周]]亦在", "2026-W47", BJ)
    d.city("亦在[[北京]]、武漢")
    d.city("北京、[[武漢]]舉辦")
    d.metric("按年增加[[約45%]]", 45, "%", "approx", WH)
    d.org("，[[浸大]]計劃")
    d.date("計劃[[明年9月]]起", "2027-09", WH)
    d.metric("增收[[約200名]]", 200, "名", "approx", WH)
    # P4 hostels (8所 a count; 「城中學舍計劃」 a scheme; 城市規劃委員會 an
    # ORG with the generic word 城市 inside; 本周五（27日）; 5,800元至7,200元
    # two figures, each with its unit; 明年第三季 the quarter)
    d.org("。[[教資會]]資料")
    d.metric("顯示，[[8所]]資助大學", 8, "所", "exact", "")
    d.metric("提供[[約3.9萬個]]宿位", "3.9e4", "个", "approx", "")
    d.org("按[[教資會]]的計算")
    d.metric("仍欠[[約1.2萬個]]", "1.2e4", "个", "approx", "")
    d.org("。[[發展局]]上月")
    d.date("發展局[[上月]]公布", "2026-10", "")
    d.metric("接獲[[31宗]]申請", 31, "宗", "exact", "")
    d.metric("涉及[[約1.1萬個]]宿位", "1.1e4", "个", "approx", "")
    d.metric("其中[[約七成]]由", 70, "%", "approx", "")
    d.org("；[[城市規劃委員會]]（城規會）")
    d.org("（[[城規會]]）亦")
    d.org("。[[香港都會大學]]由酒店")
    d.date("新宿舍[[本周五]]（27日）", "2026-11-27", "")
    d.date("本周五（[[27日]]）啟用", "2026-11-27", "")
    d.metric("提供[[約600個]]宿位", 600, "个", "approx", "")
    d.metric("介乎[[5,800元]]至", 5800, "元", "exact", "")
    d.metric("至[[7,200元]]；", 7200, "元", "exact", "")
    d.org("；[[宏安地產]]與")
    d.org("與[[香港恒生大學]]合作")
    d.date("預計[[明年第三季]]落成", "2027-Q3", "")
    d.metric("提供[[約280個]]宿位", 280, "个", "approx", "")
    # P5 rents (薄扶林, 九龍塘 districts; 全港 deictic; 去年同期 after 10月:
    # that month a year earlier, SPEC)
    d.org("，[[中原地產]]數據")
    d.date("顯示，[[上月]]薄扶林", "2026-10", "")
    d.metric("平均月租[[約1.52萬元]]", "1.52e4", "元", "approx", "")
    d.metric("按年上升[[約11%]]", 11, "%", "approx", "")
    d.org("；[[美聯物業]]指")
    d.date("指，[[今年首10個月]]涉及", Y, "")
    d.metric("租賃個案[[約8,600宗]]", 8600, "宗", "approx", "")
    d.metric("租賃成交[[約一成]]", 10, "%", "approx", "")
    d.org("。[[差餉物業估價署]]數據")
    d.date("顯示，[[10月]]私人住宅", "2026-10", "")
    d.metric("按月上升[[0.6%]]", "0.6", "%", "exact", "")
    d.date("較[[去年同期]]高", "2025-10", "")
    d.metric("高[[約7.8%]]", "7.8", "%", "approx", "")
    # P6 safety (幢, 張 measure words; 消費者委員會 a Hong Kong body standing
    # alone; 該會 read back)
    d.org("，[[屋宇署]]及消防處")
    d.org("及[[消防處]]今年")
    d.date("消防處[[今年首10個月]]共巡查", Y, "")
    d.metric("巡查[[約90幢]]", 90, "幢", "approx", "")
    d.metric("發出[[約35張]]", 35, "张", "approx", "")
    d.org("；[[消費者委員會]]上周")
    d.date("委員會[[上周]]亦提醒", "2026-W47", "")
    d.date("該會[[今年首三季]]接獲", Y, "")
    d.metric("投訴[[約210宗]]", 210, "宗", "approx", "")
    d.metric("按年增加[[約40%]]", 40, "%", "approx", "")
    # P7 fees (16.1萬元至18.2萬元 two figures; 逾3倍 over; 每人每年 outside;
    # 近一半 -> 50 %, approx, SPEC)
    d.metric("介乎[[16.1萬元]]至", "16.1e4", "元", "exact", "")
    d.metric("至[[18.2萬元]]，", "18.2e4", "元", "exact", "")
    d.metric("本地生的[[逾3倍]]", 3, "倍", "over", "")
    d.org("。[[研究資助局]]上月")
    d.date("資助局[[上月]]公布", "2026-10", "")
    d.date("公布，[[今年]]共有", Y, "")
    d.metric("共有[[約330名]]", 330, "名", "approx", "")
    d.metric("每人每年[[約34.5萬元]]", "34.5e4", "元", "approx", "")
    d.org("；[[香港學術及職業資歷評審局]]則")
    d.date("則表示，[[今年]]已完成", Y, "")
    d.metric("完成[[約40項]]", 40, "项", "approx", "")
    d.metric("其中[[近一半]]以", 50, "%", "approx", "")
    # P8 talent (入境處 the bracketed short form; 勞工及福利局轄下的香港人才
    # 服務辦公室 two ORGs; 間 a measure word; 六成以上 over)
    d.org("。[[入境事務處]]（入境處）")
    d.org("（[[入境處]]）資料")
    d.date("顯示，[[今年首三季]]共有", Y, "")
    d.metric("共有[[約3.8萬名]]", "3.8e4", "名", "approx", "")
    d.metric("按年增加[[約15%]]，當中", 15, "%", "approx", "")
    d.metric("當中[[約九成]]", 90, "%", "approx", "")
    d.org("。[[勞工及福利局]]轄下")
    d.org("轄下的[[香港人才服務辦公室]]上周")
    d.date("辦公室[[上周]]表示", "2026-W47", "")
    d.metric("已與[[6間]]大學", 6, "间", "exact", "")
    d.metric("協助[[約2,400名]]", 2400, "名", "approx", "")
    d.metric("維持在[[六成以上]]", 60, "%", "over", "")
    d.metric("補充[[逾1.5萬名]]", "1.5e4", "名", "over", "")
    # P9 banks and the mainland (中銀香港, 渣打香港: a bank's arm in Hong
    # Kong, one ORG, GUIDELINES 星展香港; 滙 of 滙豐 declared; 深圳大學 no
    # CITY; 香港院校 a city as a modifier; QS an organization at the start
    # of a product's name, SPEC 京东白条; 百強 a label)
    d.org("。[[中銀香港]]上月")
    d.date("中銀香港[[上月]]推出", "2026-10", "")
    d.metric("吸納[[約5.2萬名]]", "5.2e4", "名", "approx", "")
    d.org("，[[滙豐]]和渣打香港")
    d.org("和[[渣打香港]]的")
    d.metric("增加[[約24%]]及", 24, "%", "approx", "")
    d.metric("約24%及[[約17%]]", 17, "%", "approx", "")
    d.org("，[[深圳大學]]與")
    d.org("與[[香港理工大學]]（理大）")
    d.org("（[[理大]]）上月")
    d.date("（理大）[[上月]]簽署", "2026-10", "")
    d.date("協議，[[明年1月]]起", "2027-01", "")
    d.org("；[[廣東省教育廳]]數據")
    d.date("顯示，[[今年]]報考", Y, HK)
    d.city("報考[[香港]]院校")
    d.metric("考生[[約2.9萬人]]", "2.9e4", "人", "approx", HK)
    d.metric("按年增加[[約13%]]", 13, "%", "approx", HK)
    d.org("最新的[[QS]]世界")
    d.city("中，[[香港]]有5所")
    d.metric("香港有[[5所]]大學", 5, "所", "exact", HK)
    # P10 the outlook (明年首季 Hong Kong's first quarter; 下月 the month
    # after the reference month; 明年復活節 one span, Western Easter of
    # 2027, GUIDELINES; 2030年: 前 outside; 聖誕, 農曆新年 the coming ones)
    d.date("展望[[明年]]，教育局", NY, "")
    d.org("明年，[[教育局]]預計")
    d.metric("增至[[約5萬人]]", "5e4", "人", "approx", "")
    d.date("於[[明年首季]]公布", "2027-Q1", "")
    d.org("。[[教資會]]表示")
    d.date("將於[[下月]]就", "2026-12", "")
    d.date("目標在[[明年復活節]]前", "2027-03-28", "")
    d.org("；[[教育局]]發言人")
    d.date("目標在[[2030年]]前", "2030", "")
    d.metric("增至[[約5.5萬個]]", "5.5e4", "个", "approx", "")
    d.date("。[[聖誕]]及農曆新年", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]假期", "2027-02-06", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "全港", "深圳", "廣州", "上海", "北京",
                   "杭州", "成都", "首爾", "雅加達", "吉隆坡", "胡志明",
                   "三藩", "多倫多", "武漢", "台灣", "廣東", "內地", "薄扶林",
                   "九龍塘", "北部都會區", "亞洲", "東南亞", "城市", "本地",
                   "澳門"],
        "excluded": [
            # 全港 (deictic, SPEC), 台灣 (no city), 廣東 (x2 outside the
            # ORG: provinces), 薄扶林, 九龍塘 (districts), 北部都會區 (a
            # region), 亞洲, 東南亞 (regions), 城市 (等城市: the list's head)
            "佔[[全港]]租賃", "來自[[台灣]]", "以[[廣東]]為主",
            "的[[廣東]]考生", "[[薄扶林]]及", "及[[九龍塘]]一帶",
            "公布[[北部都會區]]大學城", "其他[[亞洲]]地區",
            "名[[東南亞]]學生", "等[[城市]]的學生",
        ],
        "numbers_excluded": [],
        # 一帶 (an area)
        "cn_excluded": ["九龍塘[[一]]帶"],
        # 深圳、廣州兩地: the collective label of the pair (GUIDELINES)
        "collectives": [("深圳、廣州[[兩]]地", 2)],
        # 百強 (the top hundred: a label, no figure)
        "labels_excluded": {"百強": 1},
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year), 按月
        # (month-on-month), 全日制 (full-time), 每年, 每月 (recurring, SPEC),
        # 月租 (a monthly rent), 學期 of 新學期 (no time character; listed
        # for the record)
        "words_excluded": {"按年": 11, "按月": 1, "全日制": 1, "每年": 3,
                           "每月": 1, "月租": 1, "內地": 5, "本地": 23,
                           "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 大學 (各大學, 8所…大學, 資助大學,
        # 6間大學, 5所大學, 大學城, 多所大學), 局 (當局), 院校 (kinds), 委員會,
        # 署, 處 only inside ORGs
        "orgwords_excluded": {"大學": 13, "局": 1, "院校": 2, "委員會": 0,
                              "署": 1, "辦公室": 0},
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
        lines = d.text.split("\n")
        if getattr(d, "astral_before_body", False):
            # the declared characters stand on the byline (line 3), after
            # the title and the byline's outlet and before every span of the
            # body (annotate_gb.py, annotate_tb.py, annotate_ib.py): offsets
            # counted in UTF-16 units would be one too high for every row of
            # the body; a row before them is on the title or is the outlet
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    d.byline and r["type"] == "ORG" and
                    s == d.byline[1] and tx == d.byline[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline:
            # the byline line (the outlet + 记者 + the names) holds one row,
            # the outlet's ORG at the start of the line (GUIDELINES; new
            # here); every other row is on the title or after the byline
            outlet, bstart = d.byline
            if bstart <= s <= bstart + len(lines[2]):
                assert r["type"] == "ORG" and s == bstart and \
                    tx == outlet, r
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

    if d.byline:
        outlet, bstart = d.byline
        on_line = [r for r in rows if bstart <= r["start"] <=
                   bstart + len(d.text.split("\n")[2])]
        assert len(on_line) == 1 and on_line[0]["text"] == outlet, on_line
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
