#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g241_outbound_travel_agencies_visa_free and
g242_hk_tutoring_centres_education (annotator BB).

Adapted from the precedent set's tools/annotate_cc.py (now dev/tools/annotate_g237_g238.py) (/tmp/ho42/precedent:
a GB18030 mainland article with characters outside GBK on its byline and a
UTF-16 traditional article with a BOM, the pair closest to mine; copied and
the data changed), with annotate_cb.py's Hong Kong block (IN_ORG, its
position check, the declared cp950 flag) and the little-endian order of
the UTF-16 block that annotate_cc.py had turned into big-endian.  It keeps
every check of annotate_cc.py and its predecessors: strict decoding,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article, audits of digits, Latin
words, Chinese numerals, time characters, holiday words, city strings, ORG
words and ORG strings, the independent `city` rule, the month and day a
DATE span writes, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text, relative words
resolved from the reference date (上周, 本周三, 上周五, 本周四 to the day
of their week or to their ISO week, 昨日 to its day, 上月/本月/下月 to their
month), the bare-day month rule, 去年同期 a year before its sentence's
period, 上月 as a baseline after a comparison word, the 上季 check, the
range check, the 约占/約佔 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
suffix marker inside its span, 约为/約為 declared as a separated marker,
同月 repeating the latest month, the precision check, the bare-year check,
check_forward, check_holiday_period, the time-unit check, the
collective-label check, the 十一 check, the 市 checks, the check that a
traditional article holds no simplified character, the OpenCC
t2s-then-s2hk round trip of the Hong Kong article, the Big5-HKSCS block
with its declared characters, the byline block, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g241 is simplified (mainland, 中国旅游报, 2026-11-20), stored as GB18030
  WITHOUT a BOM.  Its byline 本报记者 王㛃 孙𬀩 stands on line 3 and holds
  no row (GUIDELINES: 本报 names no outlet, not 本报记者).  Two characters
  are outside GBK, both in the reporters' given names, in no span, before
  every span of the body: 㛃 (U+36C3, CJK Extension A, in the BMP) written
  with the FOUR bytes 82 30 B7 31 (a BMP character of GB18030's four-byte
  area: a reader counting two bytes a character is two bytes short after
  it, though it is one UTF-16 unit), and 𬀩 (U+2C029, CJK Extension E,
  outside the Basic Multilingual Plane) written with the FOUR bytes 99 31
  87 39 (one code point but two UTF-16 units: a reader counting UTF-16
  units puts every span of the body one too far).  Every other non-ASCII
  character is two bytes.  OpenCC t2s leaves the article unchanged.
- g242 is traditional (Hong Kong, 信報, 2026-11-24), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 補 = U+88DC, written
  DC 88); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; two are outside plain Big5: 邨
  (U+90A8, Big5-HKSCS 90 68, outside cp950 too) of 屋邨 (a housing
  estate), twice, in no span, and 恒 (U+6052, F9 DA, which cp950 holds as
  an ETEN addition) only inside the ORG rows 恒基兆業地產 and 恒生銀行.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; mainland cities by their official name with
  市, Hong Kong by its common name).  A Hong Kong text (香港/本港 named at
  least twice): Hong Kong bodies without a place in their names (教育局,
  入境事務處, 差餉物業估價署, 政府統計處, 勞工處 …) stand alone as ORGs.
  The article has no byline (信報's house form for a report of this kind
  could not be confirmed); its first paragraph says 本報, which names no
  outlet.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho42/precedent: README,
NOTES_ca/cb/cc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g241_g242.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_cc.py: GBK_KINDS declares a four-byte BMP character
(㛃) beside an astral one (𬀩); the byline is 本报记者 again (BYLINE_ORG
False, annotate_cb.py's reading), so it holds no row.  The UTF-16 BE block
becomes a UTF-16 LE block (exactly one BOM FF FE; utf-16 reads the same
text; plain utf-16-le keeps U+FEFF in front; utf-16-be reads another text;
the title's 補 = DC 88 right after the BOM; two bytes a character, no
surrogate pair; the NUL byte AFTER every ASCII character).  The Macao block
becomes a Hong Kong block (HONGKONG: 香港/本港 named at least twice; every
character Big5-HKSCS; the characters outside plain Big5 exactly the
declared ones, with their Big5-HKSCS bytes, inside or outside cp950 as
declared and, where cp950 holds one, with the same bytes there; every line
without them plain Big5 and cp950 alike, the lines with them plain Big5
elsewhere; 邨 confined to its declared word in no span; 恒 confined to its
declared ORG rows, by position in the Doc block and by row in check(),
annotate_cb.py's pair of checks).  S2T_ALLOWED declares 恒 (s2t alone
writes 恆), and S2T_ALLOWED_WORD may now name several words a character
(new here: 恒 in 恒基兆業地產 and 恒生銀行).  Units %, 元, 人次, 岁, 倍,
个, 班, 条, 家, 单 (g241); %, 间, 名, 宗, 岁 (6至17歲: the range's first
figure shares it), 人, 港元, 港仙, 方呎, 人次, 封, 个, 倍 (g242).
Re-run (from anywhere):

    python3 dev/tools/annotate_g241_g242.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata
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
G241 = "g241_outbound_travel_agencies_visa_free"
G242 = "g242_hk_tutoring_centres_education"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G241: ("gb18030", b"", False, "2026-11-20", "中国旅游报"),
    G242: ("utf-16-le", BOM16LE, True, "2026-11-24", "信報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g241: 今 of the title in GB18030; g242: 補 of the title
# in UTF-16 LE, low byte first)
FIRST_CHAR = {G241: ("今", b"\xbd\xf1"), G242: ("補", b"\xdc\x88")}
# characters outside the BMP each article declares: g241's 𬀩 (U+2C029,
# CJK Extension E) of the second reporter's given name
OUTSIDE_BMP = {G241: ["𬀩"], G242: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 㛃 (U+36C3, CJK Extension A) of the
# first reporter's given name, a FOUR-byte code in the BMP, and 𬀩 of the
# second's, a FOUR-byte sequence outside the BMP (both in no span, on the
# byline line)
OUTSIDE_GBK = {G241: {"㛃": b"\x82\x30\xb7\x31",
                      "𬀩": b"\x99\x31\x87\x39"}}
# ... and the kinds they are of, one each (annotate_cc.py's declaration;
# here a four-byte BMP one and an astral one, the pair of precedent g229)
GBK_KINDS = {G241: Counter({"bmp-four": 1, "astral": 1})}
# the byline line that holds the declared characters: the outlet + 记者 + a
# space, then the reporters' names separated by a space; 本报 names no
# outlet (GUIDELINES: not 本报记者), so the line holds no row
BYLINE = {G241: ("本报", "记者 ", ["王㛃", "孙𬀩"])}
BYLINE_ORG = {G241: False}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP (offsets counted in UTF-16 units would
# drift by one after it): g241
ASTRAL_BEFORE_BODY = {G241}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 邨 of 屋邨
# (a public housing estate; Big5-HKSCS 90 68, a lead byte below A1, in
# HKSCS's added area), which cp950 lacks, and 恒 of 恒基兆業地產 and 恒生
# 銀行 (the companies' own spelling; F9 DA, one of the ETEN characters
# that cp950 and Big5-HKSCS both hold and plain Big5 does not)
OUTSIDE_BIG5 = {G242: {"邨": False, "恒": True}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"邨": b"\x90\x68", "恒": b"\xf9\xda"}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them; annotate_cb.py's IN_ORG): 恒 in 恒基兆業地產 and 恒生銀行
IN_ORG = {G242: {"恒": ["恒基兆業地產", "恒生銀行"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts: 邨 in 屋邨 (屋邨商場, twice)
OUTSIDE_BIG5_WORD = {G242: {"邨": {"屋邨": 2}}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 教育局, 入境事務處 …, are ORGs in a text
# that names the region at least twice)
HONGKONG = {G242}
# Macao articles (none here; annotate_cc.py's block is replaced)
MACAO = set()
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them, taken alone: 恒 (t2s keeps it, s2t alone writes 恆; the
# companies write 恒, and so does Hong Kong's press for their names)
S2T_ALLOWED = {G242: {"恒"}}
# ... each confined to its declared words with their counts (new here:
# several words a character): 恒 only in 恒基兆業地產 and 恒生銀行, once each
S2T_ALLOWED_WORD = {G242: {"恒": {"恒基兆業地產": 1, "恒生銀行": 1}}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Hong Kong article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Hong Kong's press writes: 周 (上周, 上周五, 本周四; s2hk 週), 布
# (公布; s2hk 公佈), 佔 (應佔; s2hk 應占, though it keeps 約佔 and 佔比), 戶
# (租戶; s2hk 户), 匯 (精英匯集團, the company's own name; s2hk reads 汇集
# as 彙集) and 恒 (恒基兆業地產, 恒生銀行, the companies' own spelling;
# s2hk 恆)
S2HK_KEPT = {G242: {("周", "週"), ("布", "佈"), ("佔", "占"), ("戶", "户"),
                    ("匯", "彙"), ("恒", "恆")}}

# common simplified-only characters a traditional article must not hold
# (annotate_cc.py's list, after annotate_db.py's and annotate_ec.py's; with
# my additions for the tutoring article: the simplified forms of its words,
# as OpenCC t2s writes them, none of them written in it)
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
                   "两为于从传体侦军击则别动占后响复岚岭带并应强当担温点独碍筛继"
                   "缴网范记负责货赌赛转键间顾驳"
                   "读录资贵费诉违筹规检杂层剂岗启驻维诸验觉伦届树争现义讨该咨讲赁趋辖饷"
                   "冻临举养则别办号图坛庄构样榄汇粮绍络诺谈购贸转轮边采销韵鸡"
                   "偿听属帐床愿择断禄罚肠诚赔镜阅陈风"
                   "预轨铁筹赁颁缆违续筑庞饰驳骤劝扰拨劳释剂"
                   # g242's words (their t2s forms, none written in it)
                   "万与业东两个为举乐习于产亿价会传体关养内册写农冲净减凭划则办"
                   "务动劳区协占历参发后员咨团圣场处学对导将岁师带并广应开强当录"
                   "总户报择据撑数无时显机来构楼汇汉注湾现笔签类约经统绩续维缴职"
                   "联获营虚补观规计订认讨议论设访证评诉试诞询语读课调负责费资赖"
                   "较达过运连选铜银锣长间阶陆预领额饷鸿龄")
# Holidays the articles name, by their exact span (2025-2027): g241
# (mainland, 2026-11-20): 国庆 2026-10-01 (国庆黄金周期间: no year written,
# the occurrence nearest the reference date; 黄金周期间 outside), 明年春节
# 2027-02-06 (a year written before a holiday is inside the span,
# GUIDELINES; 前后 outside), 元旦 2027-01-01 and 春节 2027-02-06 (随着元旦、
# 春节临近: the coming ones); g242 (Hong Kong, 2026-11-24): 聖誕 2026-12-25
# and 農曆新年 2027-02-06 (聖誕及農曆新年假期前: the coming ones; GUIDELINES:
# 农历新年 is 春节; 假期前 outside).
HOLIDAY = {"国庆": "2026-10-01", "明年春节": "2027-02-06",
           "元旦": "2027-01-01", "春节": "2027-02-06",
           "聖誕": "2026-12-25", "農曆新年": "2027-02-06"}
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
# 2026-09-25) is 23 days before it; 正月初三 of 2027 is a Monday; 春节 of
# 2027 is 78 days after g241's reference date and 74 after g242's, 国庆 of
# 2026 50 days before g241's
assert _DOUBLE_NINTH[2026] - datetime.date(2026, 9, 25) == \
    datetime.timedelta(days=23)
assert _THIRD_DAY[2027] == datetime.date(2027, 2, 8) and \
    _THIRD_DAY[2027].isoweekday() == 1
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 20) - datetime.date(2026, 10, 1)).days == 50


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
    # g241, mainland (2026: the municipalities 北京, 上海, 重庆; the
    # prefecture-level 广州, 深圳, 佛山 (广东), 成都 (四川), 厦门 (福建),
    # 乌鲁木齐 (新疆); the county-level 喀什 (新疆, under 喀什地区))
    "北京": "北京市", "上海": "上海市", "重庆": "重庆市", "广州": "广州市",
    "深圳": "深圳市", "佛山": "佛山市", "成都": "成都市", "厦门": "厦门市",
    "乌鲁木齐": "乌鲁木齐市", "喀什": "喀什市",
    # g241, foreign (their common Chinese names, SPEC): 曼谷, 清迈
    # (Thailand), 吉隆坡, 亚庇 (Malaysia), 新加坡, 阿拉木图, 阿斯塔纳
    # (Kazakhstan), 塔什干, 撒马尔罕, 布哈拉 (Uzbekistan), 第比利斯
    # (Georgia), 布达佩斯 (Hungary), 岘港 (Vietnam), 伊斯坦布尔 (Türkiye),
    # 迪拜 (the UAE)
    "曼谷": "曼谷", "清迈": "清迈", "吉隆坡": "吉隆坡", "亚庇": "亚庇",
    "新加坡": "新加坡", "阿拉木图": "阿拉木图", "阿斯塔纳": "阿斯塔纳",
    "塔什干": "塔什干", "撒马尔罕": "撒马尔罕", "布哈拉": "布哈拉",
    "第比利斯": "第比利斯", "布达佩斯": "布达佩斯", "岘港": "岘港",
    "伊斯坦布尔": "伊斯坦布尔", "迪拜": "迪拜",
    # g242 (traditional spans; 香港 by its common name; 深圳, 廣州, 東莞,
    # 珠海 (广东), 杭州 (浙江), 武漢 (湖北), 成都, 上海, 北京 with 市)
    "深圳": "深圳市", "廣州": "广州市", "東莞": "东莞市", "珠海": "珠海市",
    "杭州": "杭州市", "武漢": "武汉市", "香港": "香港",
}
# cities normalized without 市: Hong Kong and the foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "曼谷", "清迈", "吉隆坡", "亚庇", "新加坡", "阿拉木图",
          "阿斯塔纳", "塔什干", "撒马尔罕", "布哈拉", "第比利斯", "布达佩斯",
          "岘港", "伊斯坦布尔", "迪拜"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "教育局": "教育局", "入境事務處": "入境事务处",
    "香港考試及評核局": "香港考试及评核局", "考評局": "考评局",
    "精英匯集團": "精英汇集团", "遵理學校": "遵理学校",
    "現代教育": "现代教育", "英皇教育": "英皇教育",
    "思考樂教育": "思考乐教育", "卓越教育集團": "卓越教育集团",
    "新東方": "新东方", "差餉物業估價署": "差饷物业估价署",
    "美聯商業": "美联商业", "領展": "领展",
    "恒基兆業地產": "恒基兆业地产", "新鴻基地產": "新鸿基地产",
    "信和置業": "信和置业", "消費者委員會": "消费者委员会",
    "消委會": "消委会", "香港青年協會": "香港青年协会",
    "香港中文大學教育學院": "香港中文大学教育学院",
    "香港大學教育學院": "香港大学教育学院",
    "深圳市教育局": "深圳市教育局", "政府統計處": "政府统计处",
    "香港教育工作者聯會": "香港教育工作者联会", "教聯會": "教联会",
    "勞工處": "劳工处", "立法會教育事務委員會": "立法会教育事务委员会",
    "中銀香港": "中银香港", "恒生銀行": "恒生银行",
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
        if enc == "gb18030":    # GB18030 proper (annotate_fb.py's block,
            # after annotate_hb.py's, annotate_ib.py's and annotate_jc.py's,
            # with TWO declared characters of two kinds here): the declared
            # characters are the only ones GBK lacks, each written with its
            # declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            kinds = Counter()
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert raw.count(code) == self.text.count(c), (doc_id, c)
                if len(code) == 2:  # a two-byte code of the FE row (new
                    # here): GB18030-2005 maps FE50-FEA0 to CJK Extension A
                    # characters that GBK leaves undefined (GBK's user area
                    # of that row), so GBK fails on the pair while the byte
                    # count stays that of any two-byte character; the
                    # character is in the BMP, one UTF-16 unit
                    assert code[0] == 0xFE and 0x50 <= code[1] <= 0xA0, (
                        doc_id, c, code)
                    assert 0x3400 <= ord(c) <= 0x4DBF, (doc_id, c)
                    assert len(c.encode("utf-16-le")) == 2, (doc_id, c)
                    kinds["fe-row"] += 1
                else:
                    # a four-byte sequence: 81-FE, 30-39, 81-FE, 30-39
                    assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                        0x30 <= code[1] <= 0x39 and \
                        0x81 <= code[2] <= 0xFE and \
                        0x30 <= code[3] <= 0x39, (doc_id, c, code)
                    if ord(c) > 0xFFFF:     # (here: 𬀩 of CJK Extension E,
                        # U+2B820-U+2CEAF): the astral four-byte range runs
                        # 90 30 81 30 to E3 32 9A 35, and the character is
                        # two UTF-16 units (a surrogate pair)
                        assert 0x90 <= code[0] <= 0xE3, (doc_id, c, code)
                        assert 0x2B820 <= ord(c) <= 0x2CEAF, (doc_id, c)
                        assert len(c.encode("utf-16-le")) == 4, (doc_id, c)
                        kinds["astral"] += 1
                    else:   # a BMP character written with four bytes
                        # (annotate_hb.py's 㛃, here again: CJK Extension A,
                        # 82 30 B7 31): the BMP
                        # four-byte range runs 81 30 81 30 to 84 31 A4 39
                        assert 0x81 <= code[0] <= 0x84, (doc_id, c, code)
                        assert 0x3400 <= ord(c) <= 0x4DBF, (doc_id, c)
                        assert len(c.encode("utf-16-le")) == 2, (doc_id, c)
                        kinds["bmp-four"] += 1
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the declared kinds, one each (annotate_ec.py asserted an
            # FE-row and an astral one in the code; new here: declared per
            # article in GBK_KINDS, here g241 a four-byte BMP character and
            # an astral one, as precedent g229)
            assert kinds == GBK_KINDS[doc_id], kinds
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character but the declared ones is two bytes;
            # the declared ones are written with their declared lengths
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F and c not in declared), \
                f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   len(declared[c]) if c in declared else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GBK, byte for
            # byte; the declared characters stand on the byline line (line
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
            # the file opens with the title's first character (g241: 今 =
            # BD F1)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character (g241: 𬀩, once), and such a character stands
            # before every span of the body (ASTRAL_BEFORE_BODY: checked
            # for each row in check())
            astral_n = sum(1 for c in self.text if ord(c) > 0xFFFF)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + astral_n, doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == bool(astral_n), doc_id
            assert astral_n == 1, doc_id
            # the byte offset of the text after each declared character
            # against a reader counting two bytes a non-ASCII character,
            # and its UTF-16 offset against its code-point offset, counted
            # cumulatively (annotate_ec.py's: an FE-row character adds no
            # drift; here the four-byte BMP one adds two bytes and no UTF-16
            # unit, the astral one two bytes and one UTF-16 unit)
            for c in outside:
                k = self.text.index(c)
                head = self.text[:k + 1]
                naive = sum(1 if ord(x) < 0x80 else 2 for x in head)
                extra = sum(len(declared[x]) - 2 for x in head
                            if x in declared)
                assert len(head.encode(enc)) == naive + extra, (doc_id, c)
                units = sum(1 for x in head if ord(x) > 0xFFFF)
                assert len(head.encode("utf-16-le")) // 2 == \
                    k + 1 + units, (doc_id, c)
                if len(declared[c]) == 2:
                    assert len(head.encode(enc)) == naive, (doc_id, c)
                if ord(c) <= 0xFFFF:    # a BMP character: one UTF-16 unit
                    assert len(c.encode("utf-16-le")) == 2, (doc_id, c)
            # the byline line: the outlet + 记者 + a space, then the
            # reporters' names separated by a space (g241: 本报记者 王㛃 孙𬀩);
            # each name holds one declared character, after the outlet;
            # GUIDELINES: a byline at the start of a line names its outlet
            # (a name ending in 报 right before 记者), so the line holds
            # exactly that ORG row, but 本报 is no outlet's name (GUIDELINES:
            # not 本报记者), so a byline declared with no ORG holds no row
            # (checked in check(); new here)
            outlet, role, names = BYLINE[doc_id]
            is_org = BYLINE_ORG.get(doc_id, True)
            assert lines[2] == outlet + role + " ".join(names), (doc_id,
                                                                 lines[2])
            assert outlet.endswith("报") and role.startswith("记者")
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            self.byline = (outlet, len(lines[0]) + 1 + len(lines[1]) + 1,
                           is_org)
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM
            # (annotate_cc.py's BE block turned back to the LE order of
            # annotate_db.py): exactly one BOM FF FE, the BOM-aware codec
            # reads the same text, the plain little-endian reading keeps
            # U+FEFF in front (one code point that would shift every offset
            # by one), the big-endian reading is another text
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
            # (g242: 補 = U+88DC, written DC 88, the low byte first)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-le") == code, doc_id
            assert code != ch.encode("utf-16-be"), doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character has a NUL byte AFTER it (little-endian):
            # the file reads as binary to a reader that ignores the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i] == ord(c) and raw[2 * i + 1] == 0
                       for i, c in enumerate(self.text)
                       if ord(c) < 0x80), doc_id
            # no combining mark (a letter and a mark would count as two
            # code points; annotate_dc.py)
            assert not any(unicodedata.combining(c) for c in self.text)
            # a legacy codec or UTF-8 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        # a traditional article declares its region (annotate_ec.py: an
        # empty HONGKONG would otherwise skip the Hong Kong block and the
        # s2hk round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in HONGKONG
                                    or doc_id in TAIWAN), (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        assert not MACAO, "no Macao article here"
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_cb.py's block,
            # after annotate_db.py's, applied here to the decoded text of a
            # UTF-16 file, with annotate_cc.py's line checks): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            kinds = Counter()
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                # with its declared Big5-HKSCS bytes, which plain Big5 does
                # not read (邨 90 68: a lead byte below A1, in HKSCS's added
                # area; 恒 F9 DA: an ETEN character of the F9 row); cp950
                # reads the same bytes as the same character where it holds
                # it, and fails on them where it does not (annotate_cc.py
                # asserted a lead byte below A1 for every declared
                # character, annotate_cb.py dropped it for 滙 FA C0: here
                # the lead byte tells the two kinds apart)
                code = c.encode("big5hkscs")
                assert code == BIG5_CODE[c] and len(code) == 2, c
                assert not decodes(code, "big5"), c
                assert code.decode("big5hkscs") == c, c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == code, c
                    assert code.decode("cp950") == c, c
                    assert code[0] == 0xF9, c
                    kinds["cp950"] += 1
                else:
                    assert not decodes(code, "cp950"), c
                    assert code[0] < 0xA1, c
                    kinds["hkscs-only"] += 1
            # one of each kind (new here: a character cp950 holds beside
            # one it lacks)
            assert kinds == Counter({"cp950": 1, "hkscs-only": 1}), kinds
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_fc.py), and a line holding one is plain
            # Big5 elsewhere (annotate_dc.py)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(outside), line):
                        assert part.encode("big5").decode("big5") == part
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 教育局, 入境事務處 …, stand alone as
            # ORGs; annotate_eb.py's check)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (IN_ORG: 恒 in 恒基兆業地產 and 恒生銀行, by position here and
            # by row in check()) or to declared words in no span
            # (OUTSIDE_BIG5_WORD, each word with its count, together
            # holding every occurrence: 邨 in 屋邨, twice)
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
                # every occurrence of the character stands inside one of its
                # declared names (annotate_cb.py's position check; the rows
                # themselves: check())
                hits = sorted({m.start() + n.index(c) for n in names
                               for m in re.finditer(re.escape(n),
                                                    self.text)})
                assert hits == [m.start() for m in
                                re.finditer(re.escape(c), self.text)], c
            self.in_org_span = {c: list(in_org[c]) for c in in_org}
            self.no_span_chars = sorted(in_word)
            # a character declared in S2T_ALLOWED stands only in its
            # declared words, each with its count, together holding every
            # occurrence (annotate_cc.py's 里 in 公里, one word; new here:
            # several words a character, 恒 in 恒基兆業地產 and 恒生銀行)
            for c, words in S2T_ALLOWED_WORD.get(doc_id, {}).items():
                assert c in S2T_ALLOWED.get(doc_id, ()) and words, c
                for w, k in words.items():
                    assert c in w and self.text.count(w) == k, (doc_id, w, k)
                assert self.text.count(c) == sum(
                    k * w.count(c) for w, k in words.items()), (doc_id, c)
                hits = sorted(m.start() + i for w in words
                              for m in re.finditer(re.escape(w), self.text)
                              for i, x in enumerate(w) if x == c)
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            assert set(S2T_ALLOWED_WORD.get(doc_id, {})) == set(
                S2T_ALLOWED.get(doc_id, ())), doc_id
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
# g241 Outbound travel, November 2026: the ministry's data centre and the
# immigration administration (出境游 numbers), the online platforms (携程集
# 团, 同程旅行, 飞猪, 途牛), visa-free destinations and their cities (外交部,
# 马来西亚旅游局 with 广州, 吉隆坡, 亚庇; 泰国国家旅游局 with 曼谷, 清迈),
# Central Asia and the Caucasus (新疆机场集团, 乌鲁木齐天山国际机场, 新疆维吾
# 尔自治区文化和旅游厅, 阿斯塔纳航空, 乌兹别克斯坦航空; 阿拉木图, 阿斯塔纳,
# 塔什干, 撒马尔罕, 第比利斯, 乌鲁木齐, 喀什), the airlines (民航局, 国航,
# 东航, 南航, 海南航空, 四川航空, 春秋航空, 吉祥航空, 厦门航空; 北京, 布达佩
# 斯, 成都, 重庆, 上海, 清迈, 岘港, 厦门, 吉隆坡), the travel agencies (中国
# 旅行社协会, 广州广之旅国际旅行社股份有限公司 (广之旅) and its parent 岭南控
# 股, 南湖国旅, 众信旅游, 凯撒旅业; 深圳, 佛山, 撒马尔罕, 布哈拉), spending
# (银联国际, 支付宝, 微信支付, 平安产险, 中国银行), the cities' agencies and
# airports (广州市文化广电旅游局, 广州白云国际机场, 成都天府国际机场, 上海市
# 文化和旅游局, 上海浦东国际机场; 伊斯坦布尔, 迪拜) and the outlook (中国旅游
# 研究院, 中国旅行社协会).
# Simplified, GB18030 with 㛃 (four bytes, BMP) and 𬀩 (astral) on the
# byline, 2026-11-20 (a Friday, ISO week 2026-W47), 中国旅游报.  昨日
# 2026-11-19; 本周三 2026-11-18; 国庆 2026-10-01; 上周 2026-W46; 本月
# 2026-11; 上月, 10月, 10月底 2026-10; 9月 2026-09; 今年1 2026-01; 12月中旬
# 2026-12; 今年三季度 2026-Q3; 四季度 2026-Q4; 今年前10个月, 今年前三季度,
# 年初, 今年 2026; 去年, 去年同期 (after 今年前10个月 and after 国庆) 2025;
# 去年同期 (after 10月) 2025-10; 2025年7月 2025-07; 2019年同期 2019; 明年
# 2027; 明年一季度 2027-Q1; 元旦 2027-01-01; 春节, 明年春节 2027-02-06.
# ===========================================================================
@doc
def g241():
    d = Doc(G241)
    Y, LY, NY = "2026", "2025", "2027"
    BKK, KUL, TBS, GZ, JES, CNX, ALA, KSH = (
        "曼谷", "吉隆坡", "第比利斯", "广州市", "亚庇", "清迈", "阿拉木图",
        "喀什市")
    BJ, DAD, XM, SH, SZ, FS, SKD, BHK, IST, DXB = (
        "北京市", "岘港", "厦门市", "上海市", "深圳市", "佛山市", "撒马尔罕",
        "布哈拉", "伊斯坦布尔", "迪拜")
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 今年前10个月 the year, SPEC;
    # 今年 written before 前10个月, precedent CC's title)
    d.date("[[今年前10个月]]出境游人数同比", Y, "")
    d.metric("增长[[18.6%]] 免签", "18.6", "%", "exact", "")
    # byline 本报记者 王㛃 孙𬀩: 本报 names no outlet (GUIDELINES), no row;
    # 㛃 and 𬀩 in no span
    # P1 the ministry's data and the border (文化和旅游部数据中心: a data
    # centre written right after a body is its unit, one ORG, GUIDELINES'
    # own example; 昨日 the day before the reference date; 今年前10个月 the
    # year; 去年同期 after 今年前10个月: a period with no ISO form, the year,
    # SPEC; 2019年同期: 同期 written after a year is inside its span, the
    # year, GUIDELINES; 左右 inside, SPEC; 10月 a bare month in the reference
    # year; 去年同期 after 10月: that month a year before, SPEC)
    d.org("\n\n[[文化和旅游部数据中心]]昨日")
    d.date("数据中心[[昨日]]发布", "2026-11-19", "")
    d.date("，[[今年前10个月]]全国出境游", Y, "")
    d.metric("人数[[约1.41亿人次]]", "1.41e8", "人次", "approx", "")
    d.metric("同比增长[[18.6%]]，游客", "18.6", "%", "exact", "")
    d.metric("人均花费[[约8260元]]", 8260, "元", "approx", "")
    d.date("较[[去年同期]]增加约5%", LY, "")
    d.metric("增加[[约5%]]。", 5, "%", "approx", "")
    d.date("恢复至[[2019年同期]]的108%", "2019", "")
    d.metric("的[[108%左右]]", 108, "%", "approx", "")
    d.org("[[国家移民管理局]]数据")
    d.date("，[[10月]]全国口岸", "2026-10", "")
    d.metric("出入境人员[[约6230万人次]]", "6230e4", "人次", "approx", "")
    d.metric("出境[[约1480万人次]]", "1480e4", "人次", "approx", "")
    d.date("较[[去年同期]]增长约15%", "2025-10", "")
    d.metric("增长[[约15%]]。", 15, "%", "approx", "")
    # P2 the platforms (上月 with no comparison word before it; 超过六成
    # over, SPEC; 曼谷、吉隆坡、新加坡、阿拉木图、第比利斯等城市 a list sharing
    # one head: each a CITY, SPEC; 新加坡 is a city, GUIDELINES; 以上 inside,
    # SPEC; 国庆 with no year: the nearest one, 黄金周期间 outside,
    # GUIDELINES; 去年同期 after a holiday: the year, SPEC; 近2倍 a multiple;
    # 30岁以下 an age, SPEC (以下 under); 约为 a separated marker, GUIDELINES;
    # 上周 the ISO week before)
    d.org("。[[携程集团]]相关")
    d.date("介绍，[[上月]]平台", "2026-10", BKK)
    d.metric("订单同比增长[[约27%]]", 27, "%", "approx", BKK)
    d.metric("占比[[超过六成]]", 60, "%", "over", BKK)
    d.city("，[[曼谷]]、吉隆坡、新加坡")
    d.city("曼谷、[[吉隆坡]]、新加坡")
    d.city("、[[新加坡]]、阿拉木图")
    d.city("新加坡、[[阿拉木图]]、第比利斯等城市")
    d.city("、[[第比利斯]]等城市")
    d.metric("均在[[40%以上]]", 40, "%", "over", TBS)
    d.org("。[[同程旅行]]数据")
    d.date("[[国庆]]黄金周", "2026-10-01", "")
    d.date("较[[去年同期]]增长32%", LY, "")
    d.metric("增长[[32%]]，多站", 32, "%", "exact", "")
    d.org("；[[飞猪]]则")
    d.date("表示，[[今年]]以来面向", Y, "")
    d.metric("增长[[近2倍]]", 2, "倍", "approx", "")
    d.metric("，[[30岁以下]]游客", 30, "岁", "under", "")
    d.metric("占比[[约42%]]", 42, "%", "approx", "")
    d.org("。[[途牛]]上周")
    d.date("途牛[[上周]]发布", "2026-W46", "")
    d.metric("约为[[7150元]]", 7150, "元", "approx", "", sep="约")
    d.metric("下降[[约4%]]", 4, "%", "approx", "")
    # P3 visa-free destinations (我国 the country; 29个, 超过50个 counts with
    # the measure word 个; 2025年7月 with 自…以来 outside; 上周 the ISO week
    # before; 今年1至9月: a range with one shared 月, two mentions, the first
    # number its own (GUIDELINES 3月5-7日; precedent CA's 今年1至10月); 吉隆
    # 坡、亚庇两地 and 曼谷、清迈两地: pairs and their collective labels, no
    # METRIC, GUIDELINES; 亚庇 (Kota Kinabalu) a city)
    d.org("。[[外交部]]数据")
    d.metric("已与[[29个]]国家", 29, "个", "exact", "")
    d.metric("目的地[[超过50个]]", 50, "个", "over", "")
    d.date("自[[2025年7月]]生效", "2025-07", "")
    d.org("。[[马来西亚旅游局]]相关")
    d.date("负责人[[上周]]在广州", "2026-W46", GZ)
    d.city("在[[广州]]表示")
    d.date("，[[今年1]]至9月", "2026-01", GZ)
    d.date("今年1至[[9月]]，", "2026-09", GZ)
    d.city("，[[吉隆坡]]、亚庇两地")
    d.city("、[[亚庇]]两地")
    d.metric("[[约210万人次]]，同比", "210e4", "人次", "approx", JES)
    d.metric("增长[[约36%]]；", 36, "%", "approx", JES)
    d.org("；[[泰国国家旅游局]]数据")
    d.date("，[[今年前三季度]]，曼谷", Y, BKK)
    d.city("，[[曼谷]]、清迈两地")
    d.city("、[[清迈]]两地")
    d.metric("[[约390万人次]]。", "390e4", "人次", "approx", CNX)
    # P4 Central Asia and the Caucasus (新疆机场集团 a named group; the
    # airport renamed 乌鲁木齐天山国际机场 in 2025 is an ORG with no CITY
    # inside, SPEC; 阿拉木图、阿斯塔纳、塔什干、撒马尔罕、第比利斯等地 a list
    # sharing one head; 每周 recurring, no DATE; 班 flights after Arabic
    # digits, GUIDELINES; 乌鲁木齐、喀什两地 a pair and its collective label;
    # 喀什 a county-level city; 1.2万元至1.6万元 a range, each figure its
    # own unit; 10月以来 and 较9月: bare months of the reference year; 阿斯塔
    # 纳航空 and 乌兹别克斯坦航空 closed by 等外航, ORGs with no CITY inside)
    d.date("成为[[今年]]的", Y, "")
    d.org("。[[新疆机场集团]]介绍")
    d.org("，[[乌鲁木齐天山国际机场]]今年")
    d.date("国际机场[[今年]]已开通", Y, ALA)
    d.city("至[[阿拉木图]]、阿斯塔纳")
    d.city("、[[阿斯塔纳]]、塔什干")
    d.city("、[[塔什干]]、撒马尔罕")
    d.city("、[[撒马尔罕]]、第比利斯")
    d.city("、[[第比利斯]]等地")
    d.metric("航线[[31条]]", 31, "条", "exact", TBS)
    d.metric("航班量[[约150班]]", 150, "班", "approx", TBS)
    d.date("，[[今年前10个月]]国际旅客", Y, TBS)
    d.metric("吞吐量[[约186万人次]]", "186e4", "人次", "approx", TBS)
    d.metric("增长[[约41%]]。", 41, "%", "approx", TBS)
    d.org("[[新疆维吾尔自治区文化和旅游厅]]表示")
    d.city("，[[乌鲁木齐]]、喀什两地")
    d.city("、[[喀什]]两地")
    d.metric("团费在[[1.2万元]]", "1.2e4", "元", "exact", KSH)
    d.metric("至[[1.6万元]]之间", "1.6e4", "元", "exact", KSH)
    d.date("，[[10月]]以来报名", "2026-10", KSH)
    d.date("较[[9月]]增加", "2026-09", KSH)
    d.metric("增加[[近七成]]", 70, "%", "approx", KSH)
    d.org("。[[阿斯塔纳航空]]、")
    d.org("、[[乌兹别克斯坦航空]]等外航")
    d.city("加密至[[乌鲁木齐]]、北京")
    d.city("、[[北京]]、广州的航班")
    d.city("、[[广州]]的航班")
    # P5 the airlines (民航局 an agency's own short name, SPEC; 截至 outside;
    # 九成以上 over; 国航, 东航, 南航 the carriers' short names; 冬春航季 a
    # season, no DATE; 12月中旬 a part of a month, SPEC; routes between
    # cities: each city a CITY; 本周三 this week's Wednesday, the weekday
    # inside the span, GUIDELINES; 明年春节: a year written before a holiday
    # is inside the span, GUIDELINES, 前后 outside)
    d.org("。[[民航局]]数据")
    d.date("截至[[10月底]]，国内", "2026-10", "")
    d.metric("航班[[约6900班]]", 6900, "班", "approx", "")
    d.metric("航点[[约140个]]", 140, "个", "approx", "")
    d.date("恢复至[[2019年同期]]的九成", "2019", "")
    d.metric("的[[九成以上]]", 90, "%", "over", "")
    d.org("。[[国航]]、东航")
    d.org("、[[东航]]、南航")
    d.org("、[[南航]]冬春")
    d.metric("共[[41条]]", 41, "条", "exact", "")
    d.org("。[[国航]]将于")
    d.date("将于[[12月中旬]]开通", "2026-12", BJ)
    d.city("开通[[北京]]至布达佩斯")
    d.city("至[[布达佩斯]]航线")
    d.org("；[[海南航空]]、")
    d.org("、[[四川航空]]分别")
    d.city("加密[[成都]]、重庆")
    d.city("、[[重庆]]至曼谷")
    d.city("重庆至[[曼谷]]的航班")
    d.org("，[[春秋航空]]、")
    d.org("、[[吉祥航空]]则")
    d.city("把[[上海]]至清迈")
    d.city("上海至[[清迈]]、岘港")
    d.city("、[[岘港]]的航班")
    d.metric("每周[[14班]]", 14, "班", "exact", DAD)
    d.org("。[[厦门航空]]本周三")
    d.date("厦门航空[[本周三]]起", "2026-11-18", XM)
    d.city("恢复[[厦门]]至吉隆坡")
    d.city("厦门至[[吉隆坡]]航线")
    d.metric("预计[[超过85%]]", 85, "%", "over", KUL)
    d.org("。[[吉祥航空]]相关")
    d.date("，[[明年春节]]前后", "2027-02-06", SH)
    d.city("将在[[上海]]至东南亚")
    d.metric("运力[[约20%]]", 20, "%", "approx", SH)
    # P6 the travel agencies (今年三季度 the quarter; 以下简称 gives the
    # short form, quotes outside, GUIDELINES; 广州 inside the registered
    # name, no CITY; 3999元至5999元 a range, each its own unit; 较去年: its
    # sentence states no non-relative year, from the reference year; 约一成
    # 10 %, GUIDELINES 一成; 母公司 a role, outside, GUIDELINES 特来电母公司
    # 特锐德; 深圳、佛山等地 a list sharing one head; 南湖国旅, 众信旅游, 凯撒
    # 旅业 closed by 等企业, GUIDELINES; 首批 no numeral)
    d.org("，[[中国旅行社协会]]统计")
    d.date("，[[今年三季度]]全国", "2026-Q3", "")
    d.metric("出境游[[约1860万人次]]", "1860e4", "人次", "approx", "")
    d.metric("环比增长[[约11%]]", 11, "%", "approx", "")
    d.org("。[[广州广之旅国际旅行社股份有限公司]]（")
    d.org("简称“[[广之旅]]”）")
    d.date("表示，[[今年]]其东南亚", Y, "")
    d.metric("收客量同比增长[[约24%]]", 24, "%", "approx", "")
    d.metric("在[[3999元]]至", 3999, "元", "exact", "")
    d.metric("至[[5999元]]之间", 5999, "元", "exact", "")
    d.date("较[[去年]]下降约一成", LY, "")
    d.metric("下降[[约一成]]", 10, "%", "approx", "")
    d.org("。[[广之旅]]母公司")
    d.org("母公司[[岭南控股]]相关")
    d.date("计划[[明年]]在深圳", NY, SZ)
    d.city("在[[深圳]]、佛山")
    d.city("、[[佛山]]等地")
    d.metric("门店[[约30家]]", 30, "家", "approx", FS)
    d.org("。[[南湖国旅]]、")
    d.org("、[[众信旅游]]、凯撒")
    d.org("、[[凯撒旅业]]等企业")
    d.org("，[[众信旅游]]上周")
    d.date("众信旅游[[上周]]推出", "2026-W46", SKD)
    d.city("推出的[[撒马尔罕]]、布哈拉")
    d.city("、[[布哈拉]]深度游")
    d.metric("首批[[约600个]]名额", 600, "个", "approx", BHK)
    # P7 spending (银联国际 UnionPay's arm, GUIDELINES X国际; 支付宝 and 微
    # 信支付 payment brands that are their operators' names, SPEC; 年初 the
    # year, SPEC; 平安产险 an insurer's property company by its short name,
    # GUIDELINES; 单 the measure word of policies as written; 泰铢, 林吉特,
    # 坚戈 currencies with no figure)
    d.org("。[[银联国际]]数据")
    d.date("，[[今年前10个月]]境外刷卡", Y, "")
    d.metric("金额同比增长[[约21%]]", 21, "%", "approx", "")
    d.metric("均[[超过30%]]", 30, "%", "over", "")
    d.org("；[[支付宝]]、")
    d.org("、[[微信支付]]在")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[约三成]]", 30, "%", "approx", "")
    d.org("。[[平安产险]]数据")
    d.date("，[[今年前10个月]]境外旅游", Y, "")
    d.metric("保单[[约920万单]]", "920e4", "单", "approx", "")
    d.metric("增长[[约17%]]。", 17, "%", "approx", "")
    d.org("。[[中国银行]]数据")
    d.date("，[[10月]]其外币", "2026-10", "")
    d.metric("环比增长[[约14%]]", 14, "%", "approx", "")
    # P8 the cities' agencies and airports (广州市文化广电旅游局, 上海市文化和
    # 旅游局: city bodies, their cities inside; airports ORGs with no CITY
    # inside, SPEC; 突破 over, SPEC; 本月 the reference month; 伊斯坦布尔、
    # 迪拜 destinations)
    d.org("。[[广州市文化广电旅游局]]表示")
    d.org("，[[广州白云国际机场]]今年")
    d.date("白云国际机场[[今年]]国际", Y, "")
    d.metric("预计[[突破2000万人次]]", "2000e4", "人次", "over", "")
    d.metric("增长[[约19%]]；", 19, "%", "approx", "")
    d.org("；[[成都天府国际机场]]今年")
    d.date("天府国际机场[[今年]]已", Y, "")
    d.metric("航线[[22条]]", 22, "条", "exact", "")
    d.org("；[[上海市文化和旅游局]]透露")
    d.org("，[[上海浦东国际机场]]本月")
    d.date("国际机场[[本月]]新增", "2026-11", IST)
    d.city("至[[伊斯坦布尔]]、迪拜")
    d.city("、[[迪拜]]的定期")
    d.metric("共计[[11班]]", 11, "班", "exact", DXB)
    # P9 the outlook (元旦 and 春节 with no year: the coming ones,
    # GUIDELINES; 四季度 in a sentence whose period is a yearless holiday:
    # the year that puts its middle month nearest the holiday, GUIDELINES'
    # own 随着元旦、春节临近，四季度 -> 2026-Q4; 今年 the reference year; 一位
    # an indefinite; 明年一季度 the quarter; 5%至8% each its own %; 旺季 a
    # season with no year word, no DATE)
    d.org("\n\n[[中国旅游研究院]]预计")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[四季度]]出境游", "2026-Q4", "")
    d.metric("达到[[约4200万人次]]", "4200e4", "人次", "approx", "")
    d.date("，[[今年]]出境游总人数", Y, "")
    d.metric("将[[超过1.6亿人次]]", "1.6e8", "人次", "over", "")
    d.date("，[[明年一季度]]东南亚", "2027-Q1", "")
    d.metric("上涨[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]，建议", 8, "%", "exact", "")
    d.org("。[[中国旅行社协会]]则提醒")
    audit = {
        "orgs": ["文化和旅游部数据中心", "国家移民管理局", "携程集团",
                 "同程旅行", "飞猪", "途牛", "外交部", "马来西亚旅游局",
                 "泰国国家旅游局", "新疆机场集团", "乌鲁木齐天山国际机场",
                 "新疆维吾尔自治区文化和旅游厅", "阿斯塔纳航空",
                 "乌兹别克斯坦航空", "民航局", "国航", "东航", "南航",
                 "海南航空", "四川航空", "春秋航空", "吉祥航空", "厦门航空",
                 "中国旅行社协会", "广州广之旅国际旅行社股份有限公司",
                 "广之旅", "岭南控股", "南湖国旅", "众信旅游", "凯撒旅业",
                 "银联国际", "支付宝", "微信支付", "平安产险", "中国银行",
                 "广州市文化广电旅游局", "广州白云国际机场",
                 "成都天府国际机场", "上海市文化和旅游局", "上海浦东国际机场",
                 "中国旅游研究院"],
        "cities": ["曼谷", "吉隆坡", "新加坡", "阿拉木图", "第比利斯", "广州",
                   "亚庇", "清迈", "阿斯塔纳", "塔什干", "撒马尔罕", "乌鲁木齐",
                   "喀什", "北京", "布达佩斯", "成都", "重庆", "上海", "岘港",
                   "厦门", "深圳", "佛山", "布哈拉", "伊斯坦布尔", "迪拜",
                   "中国", "我国", "全国", "东南亚", "中亚", "高加索", "城市",
                   "新疆", "泰国", "马来西亚", "哈萨克斯坦", "乌兹别克斯坦"],
        "excluded": [
            # the country, 全国 (deictic, generic), regions, countries and
            # 城市 (generic): SPEC, not CITY
            "对[[中国]]公民", "赴马来西亚的[[中国]]游客",
            "亚庇两地接待[[中国]]游客", "清迈两地接待[[中国]]游客",
            "[[我国]]已与", "[[全国]]出境游人数", "[[全国]]口岸",
            "[[全国]]旅行社", "多站联游的[[东南亚]]", "其[[东南亚]]线路",
            "至[[东南亚]]航线", "在[[东南亚]]的合作", "一季度[[东南亚]]",
            "面向[[中亚]]", "[[中亚]]与高加索方向", "中亚与[[高加索]]方向",
            "加码[[中亚]]和高加索", "加码中亚和[[高加索]]",
            "等[[城市]]的机票", "赴[[马来西亚]]的", "[[泰国]]跟团游",
            "在[[泰国]]、马来西亚", "泰国、[[马来西亚]]、哈萨克斯坦",
            "、[[哈萨克斯坦]]的增幅",
        ],
        "numbers_excluded": [],
        # 这一趋势 (一: this), 一位 (an indefinite before a measure word,
        # GUIDELINES)
        "cn_excluded": ["这[[一]]趋势", "[[一]]位业内"],
        # 两 of 吉隆坡、亚庇两地, 曼谷、清迈两地 and 乌鲁木齐、喀什两地: the
        # collective labels of the pairs just given (GUIDELINES)
        "collectives": [("亚庇[[两]]地", 2), ("清迈[[两]]地", 2),
                        ("喀什[[两]]地", 2)],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 黄金周 (after the DATE
        # 国庆), 每周 (x4, recurring: SPEC), 航季 (冬春航季, the airlines'
        # winter-spring season: a season with no year word), 旺季 (a peak
        # season with no year word); 同期 only inside 去年同期 and 2019年同期
        "words_excluded": {"黄金周": 1, "每周": 4, "航季": 1, "旺季": 1,
                           "同期": 0, "当天": 0, "年度": 0, "年中": 0},
        # generic heads outside ORG rows: 旅行社 (x4: the title, 旅行社方面,
        # 全国旅行社, 两地旅行社: kinds), 航空公司 (x2: kinds), 公司 (母公司 a
        # role, 公司计划 read back, and the two 航空公司), 平台 (x3: 在线旅游
        # 平台, 上月平台, 平台出境: kinds and read-backs), 企业 (等企业: a
        # kind), 外航 (x2: foreign airlines, a kind, and 境外航点); 集团, 协会,
        # 机场, 旅游局 and
        # 银行 only inside ORGs
        "orgwords_excluded": {"旅行社": 4, "航空公司": 2, "公司": 4,
                              "平台": 3, "企业": 1, "外航": 2, "集团": 0,
                              "协会": 0, "机场": 0, "旅游局": 0, "银行": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g242 Tutoring centres in Hong Kong, November 2026: registrations and
# inspections (教育局), students from the mainland (教育局, 入境事務處; 深圳,
# 廣州, 上海, 北京, 杭州, 成都, 武漢, 東莞, 珠海), the examination (香港考試
# 及評核局 (考評局)), the listed groups and their brands (精英匯集團 with 遵
# 理學校, 現代教育, 英皇教育), mainland groups coming in (思考樂教育 from 深
# 圳, 卓越教育集團 from 廣州, 新東方; 香港), rents (差餉物業估價署, 美聯商業,
# 領展, 恒基兆業地產, 新鴻基地產, 信和置業), fees and complaints (消費者委員
# 會 (消委會), 香港青年協會, 香港中文大學教育學院, 香港大學教育學院),
# cross-border pupils and the school-age population (深圳市教育局, 政府統計
# 處, 香港教育工作者聯會 (教聯會); 深圳, 香港), staff (政府統計處, 勞工處) and
# the outlook (立法會教育事務委員會, 教育局, 中銀香港, 恒生銀行).
# Traditional as Hong Kong writes it (按年, 按季, 首10個月, 首三季, 第三季,
# 明年首季, 上周, 上周五（20日）, 本周四（26日）, 昨日（23日）, 佔, 公布,
# 租戶, 本港, 港元, 港仙, 方呎, 屋邨, 恒), UTF-16 LE with BOM, 2026-11-24 (a
# Tuesday, ISO week 2026-W48), 信報.  昨日 and 23日 2026-11-23; 上周五 and
# 20日 2026-11-20; 本周四 and 26日 2026-11-26; 上周 2026-W47; 本月 2026-11;
# 上月, 10月底 2026-10; 下月, 12月 2026-12; 今年9月, 9月底 2026-09; 7月底
# 2026-07; 今年第三季 2026-Q3; 首10個月, 今年首10個月, 今年首三季, 今年
# 2026; 去年底, 去年同期 (after 今年首10個月) 2025; 去年同期 (after 今年9月)
# 2025-09; 兩年前 2024; 2023年; 2019年; 聖誕 2026-12-25; 農曆新年
# 2027-02-06; 明年, 明年上半年 2027; 明年首季 2027-Q1; 4月8日 2027-04-08;
# 7月15日 2027-07-15; 明年9月 2027-09.
# ===========================================================================
@doc
def g242():
    d = Doc(G242)
    Y, LY, NY = "2026", "2025", "2027"
    SZ, BJ, WH, ZH, HK, GZ = ("深圳市", "北京市", "武汉市", "珠海市", "香港",
                              "广州市")
    # title (a heading that opens with no city; 首10個月 after the noun it
    # is about, the year, GUIDELINES; 按年 no DATE; the space splits it into
    # two sentences, GUIDELINES)
    d.date("學校[[首10個月]]新註冊", Y, "")
    d.metric("按年升[[12%]] 內地", 12, "%", "exact", "")
    # P1 registrations (教育局 a Hong Kong body standing alone in a Hong
    # Kong text, GUIDELINES; 昨日（23日）: the word and its bracketed gloss,
    # two mentions, SPEC; 本報 names no outlet, GUIDELINES; 間 the measure
    # word of schools; 截至 outside; 去年底 the year, SPEC; 全港 deictic; 屋
    # 邨 (邨 declared) a housing estate, no city; 局方 read back; 本月 the
    # reference month; 封 letters after Arabic digits, GUIDELINES)
    d.org("\n\n[[教育局]]昨日")
    d.date("教育局[[昨日]]（23日）", "2026-11-23", "")
    d.date("昨日（[[23日]]）回覆", "2026-11-23", "")
    d.date("表示，[[今年首10個月]]共有", Y, "")
    d.metric("共有[[約410間]]", 410, "间", "approx", "")
    d.metric("按年增加[[12%]]；", 12, "%", "exact", "")
    d.date("截至[[10月底]]，全港", "2026-10", "")
    d.metric("補習學校[[約2,930間]]", 2930, "间", "approx", "")
    d.date("較[[去年底]]淨增", LY, "")
    d.metric("淨增[[約160間]]", 160, "间", "approx", "")
    d.metric("其中[[約三成]]設於", 30, "%", "approx", "")
    d.date("局方[[本月]]已巡查", "2026-11", "")
    d.metric("巡查[[約120間]]", 120, "间", "approx", "")
    d.metric("警告信[[約15封]]", 15, "封", "approx", "")
    # P2 mainland pupils (「高端人才通行證計劃」 a scheme, no ORG; 名 a
    # measure word; 去年同期 after 今年首10個月: the year, SPEC; 深圳、廣州、
    # 上海、北京四地 a list of four and its collective label, GUIDELINES: 四
    # no METRIC; 合共約佔四成: 約 before 佔 across the short whole 合共,
    # GUIDELINES (约占总车位三成), 約 outside; 杭州、成都及武漢 and 東莞、珠海
    # lists of cities; 入境事務處 a Hong Kong body; 首三季 the year; 宗 a
    # measure word; 18歲以下 an age, SPEC)
    d.org("\n\n[[教育局]]指出")
    d.date("帶動，[[今年首10個月]]全港", Y, SZ)
    d.metric("錄得[[約1.18萬名]]", "1.18e4", "名", "approx", SZ)
    d.date("較[[去年同期]]增加約23%", LY, SZ)
    d.metric("增加[[約23%]]", 23, "%", "approx", SZ)
    d.city("，[[深圳]]、廣州、上海、北京四地")
    d.city("深圳、[[廣州]]、上海")
    d.city("廣州、[[上海]]、北京四地")
    d.city("、[[北京]]四地")
    d.metric("約佔[[四成]]", 40, "%", "approx", BJ, sep="約")
    d.city("，[[杭州]]、成都及武漢")
    d.city("、[[成都]]及武漢")
    d.city("及[[武漢]]的增幅")
    d.metric("均[[超過30%]]", 30, "%", "over", WH)
    d.city("來自[[東莞]]、珠海")
    d.city("、[[珠海]]的學童")
    d.metric("增加[[約一成]]。", 10, "%", "approx", ZH)
    d.org("[[入境事務處]]數據")
    d.date("，[[今年首三季]]共批出", Y, "")
    d.metric("簽證[[約4.6萬宗]]", "4.6e4", "宗", "approx", "")
    d.metric("增加[[約18%]]", 18, "%", "approx", "")
    d.metric("當中[[約2.1萬宗]]", "2.1e4", "宗", "approx", "")
    d.metric("涉及[[18歲以下]]", 18, "岁", "under", "")
    # P3 the examination (香港考試及評核局 and its bracketed short form 考
    # 評局, GUIDELINES, 香港 inside, no CITY; 上周五（20日）: last week's
    # Friday and its gloss, SPEC; 明年 the coming year; 文憑試 an
    # examination, no ORG; 人 a unit, SPEC; 較今年: the reference year; 約佔
    # …的34%: approx across the verb, GUIDELINES 约占全国的四成; 日語 no DATE;
    # 4月8日 and 7月15日 after 明年 in their sentence: their next occurrence,
    # GUIDELINES 明年3月开工，6月竣工)
    d.org("\n\n[[香港考試及評核局]]（")
    d.org("（[[考評局]]）上周五")
    d.date("（考評局）[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）公布", "2026-11-20", "")
    d.date("公布，[[明年]]文憑試共有", NY, "")
    d.metric("共有[[約6.07萬人]]", "6.07e4", "人", "approx", "")
    d.metric("增加[[約3.6%]]", "3.6", "%", "approx", "")
    d.metric("自修生[[約1.41萬人]]", "1.41e4", "人", "approx", "")
    d.date("較[[今年]]增加約15%", Y, "")
    d.metric("增加[[約15%]]。", 15, "%", "approx", "")
    d.org("。[[考評局]]表示")
    d.metric("自修生[[約4,800人]]", 4800, "人", "approx", "")
    d.metric("總數的[[34%]]", 34, "%", "approx", "", sep="約")
    d.metric("增至[[約1,050人]]", 1050, "人", "approx", "")
    d.date("。[[明年]]文憑試筆試", NY, "")
    d.date("將於[[4月8日]]開考", "2027-04-08", "")
    d.date("將於[[7月15日]]公布", "2027-07-15", "")
    # P4 the listed groups (精英匯集團旗下遵理學校: the group and its school
    # brand, two ORGs, 旗下 between; 兩年前 a relative DATE, SPEC; 現代教育 a
    # brand that is also a word, in an organization context before a period
    # and what it did, GUIDELINES; 截至…止 outside; 中期 no DATE; 港元 the
    # currency as written; 港仙 a unit, GUIDELINES, 每股 outside; 超過九成
    # over; 旺角, 銅鑼灣 districts, no city; 7月底 the month, the fiscal
    # year's end, 年度 outside; 英皇教育 before 表示)
    d.org("，[[精英匯集團]]旗下")
    d.org("旗下[[遵理學校]]表示")
    d.date("表示，[[今年]]文憑試課程", Y, "")
    d.metric("回升[[約9%]]", 9, "%", "approx", "")
    d.date("由[[兩年前]]的約6%", "2024", "")
    d.metric("的[[約6%]]升至", 6, "%", "approx", "")
    d.metric("升至[[約14%]]", 14, "%", "approx", "")
    d.org("。[[現代教育]]昨日")
    d.date("現代教育[[昨日]]公布", "2026-11-23", "")
    d.date("截至[[9月底]]止", "2026-09", "")
    d.metric("收益[[約1.62億港元]]", "1.62e8", "港元", "approx", "")
    d.metric("增長[[約11%]]", 11, "%", "approx", "")
    d.metric("溢利[[約1,850萬港元]]", "1850e4", "港元", "approx", "")
    d.metric("每股[[1.5港仙]]", "1.5", "港仙", "exact", "")
    d.metric("使用率[[超過九成]]", 90, "%", "over", "")
    d.org("。[[精英匯集團]]截至")
    d.date("截至[[7月底]]止年度", "2026-07", "")
    d.metric("收益[[約1.96億港元]]", "1.96e8", "港元", "approx", "")
    d.metric("增長[[約13%]]", 13, "%", "approx", "")
    d.org("；[[英皇教育]]亦表示")
    d.date("表示，[[今年]]新生", Y, "")
    d.metric("增加[[約8%]]。", 8, "%", "approx", "")
    # P5 mainland groups (設於深圳的思考樂教育: the city before 的, a CITY
    # of its own; 明年首季 the first quarter, GUIDELINES; 在香港 a CITY; 港
    # in 在港 a one-character abbreviation, SPEC; 方呎 a unit, GUIDELINES;
    # 新東方 before a period and what it did; 人次 a unit, SPEC; 逾四成 over;
    # 近1倍 a multiple, approx; 兩年前 a relative DATE)
    d.city("設於[[深圳]]的思考樂")
    d.org("的[[思考樂教育]]計劃")
    d.date("計劃[[明年首季]]在香港", "2027-Q1", SZ)
    d.city("在[[香港]]開設")
    d.metric("投資[[約3,000萬港元]]", "3000e4", "港元", "approx", HK)
    d.city("來自[[廣州]]的卓越")
    d.org("的[[卓越教育集團]]已在")
    d.metric("租用[[約6,500方呎]]", 6500, "方呎", "approx", GZ)
    d.org("而[[新東方]]上月")
    d.date("新東方[[上月]]在港", "2026-10", GZ)
    d.metric("接待[[約2,300人次]]", 2300, "人次", "approx", GZ)
    d.org("。[[思考樂教育]]相關")
    d.city("表示，[[深圳]]家長")
    d.city("對[[香港]]升學課程")
    d.metric("增加[[逾四成]]", 40, "%", "over", HK)
    d.metric("已[[超過80間]]", 80, "间", "over", "")
    d.date("較[[兩年前]]增加近1倍", "2024", "")
    d.metric("增加[[近1倍]]", 1, "倍", "approx", "")
    # P6 rents (差餉物業估價署 a Hong Kong body; 今年第三季 the quarter,
    # GUIDELINES: Hong Kong writes quarters without 度; 按季 no DATE; 美聯商
    # 業 before 指出; 租戶 a kind; 約一成 10 %; 38港元至45港元 a range, each
    # its own unit, 呎租 before them outside; 2019年 a baseline year; 領展
    # a Hong Kong brand standing alone, GUIDELINES; 屋邨 (邨 declared);
    # 恒基兆業地產 (恒 declared, inside the row); 新鴻基地產、信和置業 a pair
    # of developers before what they recorded)
    d.org("，[[差餉物業估價署]]數據")
    d.date("，[[今年第三季]]私人", "2026-Q3", "")
    d.metric("下跌[[約0.8%]]", "0.8", "%", "approx", "")
    d.org("。[[美聯商業]]指出")
    d.date("租戶[[今年首10個月]]承租", Y, "")
    d.metric("寫字樓[[約1,120宗]]", 1120, "宗", "approx", "")
    d.metric("增加[[約17%]]", 17, "%", "approx", "")
    d.metric("個案[[約一成]]", 10, "%", "approx", "")
    d.metric("介乎[[38港元]]至", 38, "港元", "exact", "")
    d.metric("至[[45港元]]，", 45, "港元", "exact", "")
    d.date("較[[2019年]]高位", "2019", "")
    d.metric("低[[約三成]]", 30, "%", "approx", "")
    d.org("。[[領展]]表示")
    d.metric("增加[[約12%]]，出租率", 12, "%", "approx", "")
    d.metric("維持[[約97%]]", 97, "%", "approx", "")
    d.org("；[[恒基兆業地產]]則指")
    d.date("商場[[今年]]已引入", Y, "")
    d.metric("引入[[約25間]]", 25, "间", "approx", "")
    d.org("，[[新鴻基地產]]、")
    d.org("、[[信和置業]]亦")
    # P7 fees and complaints (消費者委員會 and its bracketed short form 消委
    # 會, GUIDELINES, and once more; 宗 a measure word; 每小時 before the
    # figure outside; 下月 the month after the reference month; 香港青年協會
    # its place inside, no CITY; 名 a measure word; 2023年 a baseline year;
    # 每月 recurring, no DATE; 香港中文大學教育學院 and 香港大學教育學院: a
    # faculty after its university, one ORG each, GUIDELINES; 與 between
    # two bodies)
    d.org("，[[消費者委員會]]（")
    d.org("（[[消委會]]）今年")
    d.date("（消委會）[[今年首10個月]]接獲", Y, "")
    d.metric("投訴[[約310宗]]", 310, "宗", "approx", "")
    d.metric("增加[[約26%]]", 26, "%", "approx", "")
    d.metric("金額[[約460萬港元]]", "460e4", "港元", "approx", "")
    d.metric("學費[[約280港元]]", 280, "港元", "approx", "")
    d.metric("上升[[約5%]]，消委會", 5, "%", "approx", "")
    d.org("，[[消委會]]下月")
    d.date("消委會[[下月]]將", "2026-12", "")
    d.org("。[[香港青年協會]]上月")
    d.date("協會[[上月]]公布", "2026-10", "")
    d.metric("受訪的[[1,026名]]", 1026, "名", "exact", "")
    d.metric("生中[[約62%]]正參加", 62, "%", "approx", "")
    d.metric("中位數[[約2,400港元]]", 2400, "港元", "approx", "")
    d.date("較[[2023年]]上升", "2023", "")
    d.metric("上升[[約20%]]", 20, "%", "approx", "")
    d.org("。[[香港中文大學教育學院]]與")
    d.org("與[[香港大學教育學院]]的研究")
    # P8 cross-border pupils (深圳市教育局 its city inside, no CITY; 今年9月
    # the month; 往返深圳與香港 two cities; 去年同期 after 今年9月: that month
    # a year before, SPEC; 北區, 元朗區 districts, no city; 本港 deictic;
    # 政府統計處 a Hong Kong body; 6至17歲 an age range, two mentions sharing
    # the unit, SPEC 30至80笔; 多年 no DATE; 香港教育工作者聯會 and its
    # bracketed short form 教聯會; 上周 the ISO week before)
    d.org("，[[深圳市教育局]]資料")
    d.date("，[[今年9月]]經陸路", "2026-09", SZ)
    d.city("往返[[深圳]]與香港")
    d.city("與[[香港]]上學")
    d.metric("學童[[約2.6萬人]]", "2.6e4", "人", "approx", HK)
    d.date("較[[去年同期]]減少約5%", "2025-09", HK)
    d.metric("減少[[約5%]]", 5, "%", "approx", HK)
    d.metric("其中[[約七成]]就讀", 70, "%", "approx", HK)
    d.org("。[[政府統計處]]數據則")
    d.metric("本港[[6]]至17歲", 6, "岁", "exact", "", shared="歲")
    d.metric("6至[[17歲]]人口", 17, "岁", "exact", "")
    d.org("。[[香港教育工作者聯會]]（")
    d.org("（[[教聯會]]）上周")
    d.date("（教聯會）[[上周]]的調查", "2026-W47", "")
    d.metric("指，[[約45%]]受訪", 45, "%", "approx", "")
    # P9 staff (政府統計處 once more; 今年第三季 the quarter; 個 a measure
    # word; 按季 no DATE; 勞工處 a Hong Kong body; 佔約三成: 約 touching the
    # share, inside; 月薪 no DATE)
    d.org("，[[政府統計處]]數據顯示，今年第三季教育")
    d.date("顯示，[[今年第三季]]教育", "2026-Q3", "")
    d.metric("空缺[[約1,900個]]", 1900, "个", "approx", "")
    d.metric("增加[[約6%]]；", 6, "%", "approx", "")
    d.org("；[[勞工處]]上月")
    d.date("勞工處[[上月]]舉辦", "2026-10", "")
    d.metric("提供[[約650個]]職位", 650, "个", "approx", "")
    d.metric("佔[[約三成]]，月薪", 30, "%", "approx", "")
    d.metric("中位數[[約2.1萬港元]]", "2.1e4", "港元", "approx", "")
    # P10 the outlook (a legislature's committee is one ORG with it,
    # GUIDELINES 立法会第二常设委员会; 本周四（26日）: this week's Thursday and
    # its gloss; 明年上半年 the year, SPEC; 明年9月 the month; 列明 no DATE;
    # 聖誕 and 農曆新年 with no year: the coming ones, GUIDELINES (农历新年 is
    # 春节), 假期前 outside; 12月 in the sentence of the yearless holidays:
    # the year nearest them, GUIDELINES; 中銀香港, 恒生銀行 (恒 declared)
    # closed by 等銀行)
    d.org("\n\n[[立法會教育事務委員會]]將於")
    d.date("將於[[本周四]]（26日）", "2026-11-26", "")
    d.date("本周四（[[26日]]）討論", "2026-11-26", "")
    d.org("，[[教育局]]預計")
    d.date("預計[[明年上半年]]完成", NY, "")
    d.date("由[[明年9月]]起", "2027-09", "")
    d.date("，[[聖誕]]及農曆新年", "2026-12-25", "")
    d.date("及[[農曆新年]]假期", "2027-02-06", "")
    d.date("將於[[12月]]推出", "2026-12", "")
    d.date("預期，[[明年]]本港", NY, "")
    d.metric("可達[[約62億港元]]", "62e8", "港元", "approx", "")
    d.metric("增長[[約7%]]，中銀", 7, "%", "approx", "")
    d.org("，[[中銀香港]]、")
    d.org("、[[恒生銀行]]等銀行")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["深圳", "廣州", "上海", "北京", "杭州", "成都", "武漢",
                   "東莞", "珠海", "香港", "本港", "全港", "內地", "城市"],
        "excluded": [
            # 本港 (x3), 全港 (x2): deictic, SPEC 全港; 內地 (x6): a region
            "移居[[本港]]", "[[本港]]6至17歲", "明年[[本港]]",
            "，[[全港]]註冊", "個月[[全港]]中小學",
            "[[內地]]來港學童", "[[內地]]來港插班生", "以[[內地]]地址",
            "[[內地]]學生佔比", "[[內地]]教育集團", "由[[內地]]資本",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 四 of 深圳、廣州、上海、北京四地: the collective label of the list
        # just given (GUIDELINES)
        "collectives": [("北京[[四]]地", 4)],
        "labels_excluded": {},
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (x15, year on year),
        # 按季 (x2, quarter on quarter), 年度 (止年度, after the DATE 7月底),
        # 日語 (Japanese), 每月 (recurring), 多年 (連續多年, vague), 月薪 (a
        # monthly salary), 列明 (to state: 明 of a verb); 同期 only inside 去
        # 年同期
        "words_excluded": {"按年": 15, "按季": 2, "年度": 1, "日語": 1,
                           "每月": 1, "多年": 1, "月薪": 1, "列明": 1,
                           "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 局方 (x2: read back), 集團 (x3:
        # 補習集團, 集團旗下, 教育集團: kinds and read-back), 銀行 (等銀行: a
        # kind), 商業 (私人商業樓宇: a kind of building); 委員會, 地產, 協會,
        # 大學 and 教育局 only inside ORGs
        "orgwords_excluded": {"局方": 2, "集團": 3, "銀行": 1, "商業": 1,
                              "委員會": 0, "地產": 0, "協會": 0, "大學": 0,
                              "教育局": 0},
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
        # only 上月 and 下月 may be a baseline after a comparison word
        # (GUIDELINES); 本月 always counts from the reference date, also
        # after 由 (由本月起: from this month on; new here: annotate_ec.py
        # skipped 本月 after every BASELINE character, so 由本月起 as
        # 2026-10 passed)
        if tx.startswith(w) and (w == "本月" or before not in BASELINE):
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
    normalize to the year; N年前 counts back from the reference year;
    annotate_dc.py's version, after annotate_kc.py's and annotate_qc.py's,
    extended in annotate_jb.py to Arabic quarters and months (前3季, 前10月,
    第2季, here 今年第3季) and to a year's end written after a ROC year;
    it replaces annotate_db.py's, whose quarter test read Chinese numerals
    only, so 今年第3季 as 2026-Q4 passed): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首(?:\d+|[一二三四五六七八九十]+)[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    # an end or start of a quarter is the quarter (GUIDELINES 第三季度末 ->
    # YYYY-Q3; new in annotate_fc.py: 第三季末)
    m = re.search(r"第?([一二三四1-4])季度?(末|底|初)$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


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


def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; annotate_dc.py's
    check, after annotate_fa.py and annotate_ga.py)."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:\d{1,2}日|底|初|份)?|第?([一二三四1-4])季度?|"
                     r"(年底)", tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    before = d.text[s:r["start"]]
    if not re.search(r"明年|后年|後年|明（\d{2,3}）年", before):
        return
    ref = datetime.date.fromisoformat(d.published)
    if m.group(1):
        mon = int(m.group(1))
        assert mon != ref.month, ("the reference month itself", r)
        y = ref.year + (1 if mon < ref.month else 0)
        assert r["normalized"][:7] == "%d-%02d" % (y, mon), r
    elif m.group(2):
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        y = ref.year + (1 if q < (ref.month - 1) // 3 + 1 else 0)
        assert r["normalized"] == "%d-Q%d" % (y, q), r
    else:
        assert r["normalized"] == str(ref.year), r


def check_holiday_period(d, r):
    """A month or a quarter written without a year, in a sentence whose
    period is a holiday written with no year (one of the HOLIDAY spans
    without 今年/明年/去年, earlier in the sentence), takes the year that
    puts the month, or the quarter's middle month, nearest that holiday
    (GUIDELINES: 元旦假期…，12月31日入住 -> 2026-12-31; 随着元旦、春节临近，
    四季度 -> 2026-Q4 in November 2026; annotate_dc.py's check).  The holiday is the
    first such one of the sentence; its date is the table's, recomputed by
    check_holiday()."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月|第?([一二三四1-4])季度?", tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hols = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"] and
                   x["text"] in HOLIDAY and
                   not x["text"].startswith(("今年", "明年", "去年"))),
                  key=lambda x: x["start"])
    if not hols:
        return
    hol = datetime.date.fromisoformat(hols[0]["normalized"])
    if m.group(1):
        mon = int(m.group(1))
    else:
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        mon = 3 * q - 1                     # the quarter's middle month
    y = min(range(hol.year - 1, hol.year + 2), key=lambda yy: abs(
        (datetime.date(yy, mon, 15) - hol).days))
    if m.group(1):
        assert r["normalized"] == "%d-%02d" % (y, mon), (r, y)
    else:
        assert r["normalized"] == "%d-Q%d" % (y, q), (r, y)


# the characters after which a 市 following a city starts the next word
# (SPEC 市级, 市场, 市区, 市民; GUIDELINES 市外, 市内, 市政; annotate_dc.py)
SHI_NEXT = set("级級场場区區民内內外政郊")


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
                    d.byline and d.byline[2] and r["type"] == "ORG" and
                    s == d.byline[1] and tx == d.byline[0]), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if d.byline:
            # the byline line (the outlet + 记者 + the names) holds one row,
            # the outlet's ORG at the start of the line (GUIDELINES;
            # annotate_ec.py), or none when the byline is 本报记者 (new
            # here); every other row is on the title or after the byline
            outlet, bstart, is_org = d.byline
            if bstart <= s <= bstart + len(lines[2]):
                assert is_org and r["type"] == "ORG" and s == bstart and \
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
            # it must be declared (sep) (new in annotate_pb.py); so is
            # 约有/約有, separated by the verb 有 (annotate_dc.py's, after
            # annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
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
            check_forward(d, r)
            check_holiday_period(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's check; annotate_cc.py's 北京市场 -> 北京)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            # ... and a 市 that starts the next word stays outside the span
            # (SPEC 常州市场 -> 常州; GUIDELINES: 市场 always wins; new here:
            # 北京市 spanned over 北京市场 passed before)
            if tx.endswith("市"):
                assert d.text[e:e + 1] not in SHI_NEXT, ("市 inside", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    if d.byline:
        outlet, bstart, is_org = d.byline
        on_line = [r for r in rows if bstart <= r["start"] <=
                   bstart + len(d.text.split("\n")[2])]
        if is_org:
            assert len(on_line) == 1 and on_line[0]["text"] == outlet, \
                on_line
        else:                   # 本报记者: no row on the line at all
            assert not on_line, on_line
    # a declared Big5-HKSCS character stands only inside the ORG rows
    # whose text is declared for it (here 恒 in 恒基兆業地產 and 恒生銀行;
    # annotate_db.py's 衞 in its six names; annotate_ec.py's
    # 滙 in 滙業銀行, annotate_fb.py's
    # 恒 and 滙, annotate_ib.py's 恒 in 恒基兆業地產)
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
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (annotate_ea.py's audit, missing from annotate_ec.py: without
    # it a dropped 元旦 row passed here too)
    need("|".join(re.escape(w) for w in HOLIDAY_WORDS), "holiday word",
         covered + all_excl)
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
            elif s in NO_SHI:
                # Hong Kong, Macao or a foreign city keeps its common
                # Chinese name, no 市 added (annotate_ea.py's check, missing
                # from annotate_ec.py: 澳門 normalized 澳门市 passed the t2s
                # + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        # (annotate_ea.py)
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間;
        # annotate_qc.py), but the declared forms (here 恒 of 恒基兆業地產 and
        # 恒生銀行; annotate_cc.py's 里 of 公里, confined
        # to its word in the Doc block; annotate_ec.py's Macao 馬普托, 秘書處,
        # 里斯本)
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
            # a Macao (or Hong Kong) article survives the OpenCC
            # t2s-then-s2hk round trip but at the declared forms, each of
            # which does occur (annotate_ec.py's and annotate_dc.py's Macao
            # trip, annotate_db.py's Hong Kong one)
            if d.doc_id in MACAO or d.doc_id in HONGKONG:
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

