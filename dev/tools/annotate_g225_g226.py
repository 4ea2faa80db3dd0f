#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g225_ev_battery_recycling_cities and g226_macao_portuguese_speaking_trade
(annotator EC).

Adapted from the precedent set's tools/annotate_fb.py (now dev/tools/annotate_g217_g218.py) (/tmp/ho39/precedent:
a GB18030 mainland article with a character outside the BMP on its byline
and a UTF-16 traditional article, the pair closest to mine; copied and the
data changed), with annotate_fc.py's Macao declarations.  It keeps the
checks of annotate_fb.py and its predecessors: strict decoding, offsets,
overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article, audits of digits, Latin
words, Chinese numerals, time characters, city strings, ORG words and ORG
strings, the independent `city` rule, the month and day a DATE span
writes, the holiday table by exact span and the holidays recomputed
without it, ROC years only in a Taiwan text, relative words resolved from
the reference date (本周三, 本周二, 上周五 to the day of their week, 上周
to its ISO week, 昨日 and 昨（25）日 to their day, 上月/本月 to their
month), the bare-day month rule, 去年同期 a year before its sentence's
period, 上月 as a baseline after a comparison word, the 上季 check, the
range check, the 约占/約佔 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
suffix marker inside its span, 约为/約為 declared as a separated marker,
同月 repeating the latest month, the precision check, the bare-year check,
the time-unit check, the collective-label check, the 十一 check, the check
that a traditional article holds no simplified character, the OpenCC
t2s-then-s2hk round trip of the Macao article, the Macao block with its
declared characters, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g225 is simplified (mainland, 中国工业报, 2026-11-20), stored as GB18030
  WITHOUT a BOM.  Its byline 中国工业报记者 周䜣 赵𬀩 stands on line 3 and
  holds one row, the outlet's ORG 中国工业报 (GUIDELINES: a byline at the
  start of a line names its outlet, a name ending in 报 right before 记者).
  Two characters are outside GBK, both in the reporters' given names, in
  no span, after the byline's ORG and before every span of the body:
  䜣 (U+4723, CJK Extension A) written with the TWO bytes FE 80 (one of
  the FE-row codes that GB18030-2005 maps to Extension A and GBK leaves
  undefined: gbk, cp936 and gb2312 fail on it, while a reader counting two
  bytes a character stays aligned), and 𬀩 (U+2C029, CJK Extension E,
  outside the Basic Multilingual Plane) written with the FOUR bytes 99 31
  87 39 (one code point but two UTF-16 units: a reader that counts UTF-16
  units puts every span of the body one too far, one that takes two bytes
  a non-ASCII character two bytes short).  Every other non-ASCII character
  is two bytes.  OpenCC t2s leaves the article unchanged.
- g226 is traditional (Macao, 澳門日報, 2026-11-26), stored as UTF-16
  BIG-ENDIAN WITH A BOM (FE FF, then the title's 中 = U+4E2D, written
  4E 2D); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS (Macao's character set); two are
  outside plain Big5 and cp950: 滙 (U+6ED9, Big5-HKSCS FA C0) of 滙業銀行,
  the bank's own spelling, standing only inside that ORG row, and 氹
  (U+6C39, Big5-HKSCS 9C AE) of 氹仔 (Taipa, no city), once, in no span.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; mainland cities by their official name with
  市, Macao and Hong Kong by their common names, foreign cities by their
  mainland standard names: 聖保羅 -> 圣保罗, 波爾圖 -> 波尔图, 羅安達 ->
  罗安达, 馬普托 -> 马普托, 里斯本).  A Macao text (Macao named at least
  twice): Macao bodies without a place in their names (統計暨普查局,
  招商投資促進局, 經濟及科技發展局, 市政署 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho39/precedent: README,
NOTES_fa/fb/fc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g225_g226.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_fb.py: its GB18030 block declared one four-byte
character outside the BMP; it now declares two characters outside GBK of
two kinds, a two-byte FE-row one (䜣 FE 80, Extension A, in the BMP) and a
four-byte astral one (𬀩), each with its bytes, its byte length and its
UTF-16 length, and the byte and UTF-16 drift after each is counted
cumulatively; the byline's outlet ends in 报 (中国工业报).  Its UTF-16 LE
block becomes a UTF-16 BE block (exactly one BOM FE FF; the BOM-aware
utf-16 codec reads the same text; plain utf-16-be keeps U+FEFF in front;
utf-16-le reads another text; the title's 中 = 4E 2D right after the BOM;
two bytes a character, no surrogate pair; the NUL byte BEFORE every ASCII
character).  Its Hong Kong block becomes a Macao block (annotate_fc.py's
declarations): the region named at least twice, every character
Big5-HKSCS, the characters outside plain Big5 exactly the declared ones,
滙 confined to its ORG row (IN_ORG) and 氹 to its word in no span
(OUTSIDE_BIG5_WORD), neither in cp950, and a traditional article must
declare its region (MACAO or TAIWAN: emptying MACAO skipped the block
unnoticed in annotate_fb.py's structure); S2T_ALLOWED holds 托 (馬普托), 秘
(秘書處) and 里 (里斯本), and the s2hk round trip declares 周/週 (上周,
本周二) and 戶/户 (客戶).  New here: 同月 after a month (check_same keeps
annotate_fb.py's 同月 rule); a fraction in words (七分之一); bare figures
with markers and no unit (约0.6, 0.78左右); GWh; a bracketed city inside an
ORG name (中葡論壇（澳門）常設秘書處: one ORG, no CITY); a Latin name with no
Chinese name (ViniPortugal) and Latin bracketed short forms (SMM, LME,
GGII, AICEP).  Units %, 家, 个, 吨, 元, 美元, GWh, 辆, 项, 百分点 and
%, 美元, 澳门元, 元, 家, 项, 批次, 个, 人次, 吨, 瓶, 倍, 间, 天, 名 and the
figures with no unit.  Re-run (from anywhere):

    python3 dev/tools/annotate_g225_g226.py
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
G225 = "g225_ev_battery_recycling_cities"
G226 = "g226_macao_portuguese_speaking_trade"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G225: ("gb18030", b"", False, "2026-11-20", "中国工业报"),
    G226: ("utf-16-be", BOM16BE, True, "2026-11-26", "澳門日報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g225: 今 of the title in GB18030; g226: 中 of the title
# in UTF-16 BE)
FIRST_CHAR = {G225: ("今", b"\xbd\xf1"), G226: ("中", b"\x4e\x2d")}
# characters outside the BMP each article declares: g225's 𬀩 (U+2C029,
# CJK Extension E) of the second reporter's given name
OUTSIDE_BMP = {G225: ["𬀩"], G226: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 䜣 (U+4723, CJK Extension A) of the
# first reporter's given name, a TWO-byte FE-row code, and 𬀩 of the
# second's, a FOUR-byte sequence outside the BMP (both in no span, on the
# byline line)
OUTSIDE_GBK = {G225: {"䜣": b"\xfe\x80", "𬀩": b"\x99\x31\x87\x39"}}
# the byline line that holds the declared characters: the outlet + 记者 + a
# space, then the reporters' names separated by a space (GUIDELINES: a
# byline at the start of a line names its outlet, a name ending in 报
# right before 记者); the outlet's ORG is the line's only row
BYLINE = {G225: ("中国工业报", "记者 ", ["周䜣", "赵𬀩"])}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP (offsets counted in UTF-16 units would
# drift by one after it): g225
ASTRAL_BEFORE_BODY = {G225}
# characters of the Macao article that plain Big5 lacks (Big5-HKSCS has
# them), each with whether cp950 (Taiwan's Big5) holds it: 滙 of 滙業銀行
# (Big5-HKSCS FA C0) and 氹 of 氹仔 (Big5-HKSCS 9C AE); cp950 lacks both
OUTSIDE_BIG5 = {G226: {"滙": False, "氹": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"滙": b"\xfa\xc0", "氹": b"\x9c\xae"}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them; annotate_fb.py's IN_ORG): 滙 in 滙業銀行
IN_ORG = {G226: {"滙": ["滙業銀行"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts (annotate_fc.py's 路氹): 氹 in 氹仔, once
OUTSIDE_BIG5_WORD = {G226: {"氹": {"氹仔": 1}}}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 統計暨普查局, 市政署 …, are ORGs in a text that
# names the region at least twice)
MACAO = {G226}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them, taken alone: 托 of 馬普托 (Maputo; s2t writes 託), 秘 of
# 秘書處 (Macao's and the Forum's own form; s2t writes 祕), 里 of 里斯本
# (Lisbon; s2t writes 裏)
S2T_ALLOWED = {G226: {"托", "秘", "里"}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so (none)
T2S_KEPT = {}
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周, 上周五, 本周二; s2hk 週; annotate_fc.py's
# 黃金周), 戶 (客戶, the Big5 form; s2hk 户; annotate_fb.py's 戶口)
S2HK_KEPT = {G226: {("周", "週"), ("戶", "户")}}

# common simplified-only characters a traditional article must not hold
# (annotate_fb.py's list without 托, which Macao writes in 馬普托 (Maputo)
# and which is declared in S2T_ALLOWED; with my additions for the trade
# article: the simplified forms of its words, as OpenCC t2s writes them)
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
                   "冻临举养则别办号图坛庄构样榄汇粮绍络诺谈购贸转轮边采销韵鸡")
# Holidays the articles name, by their exact span (2025-2027): g225
# (mainland, 2026-11-20) names none; g226 (Macao, 2026-11-26): 聖誕
# 2026-12-25 and 元旦 2027-01-01 (聖誕及元旦臨近: no year written in their
# sentence, the occurrences nearest the reference date, the coming ones).
HOLIDAY = {"聖誕": "2026-12-25", "元旦": "2027-01-01"}
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
    # g225 (2026: the prefecture-level 荆门, 武汉, 宜昌 (湖北), 衢州, 宁波
    # (浙江), 佛山 (广东), 新余, 赣州, 宜春 (江西), 常州 (江苏), 合肥 (安徽),
    # 宜宾, 遂宁 (四川), 长沙 (湖南); the municipality 重庆; the county-level
    # 宁乡 (长沙, a city since 2017))
    "荆门": "荆门市", "武汉": "武汉市", "衢州": "衢州市", "宁乡": "宁乡市",
    "宜昌": "宜昌市", "佛山": "佛山市", "新余": "新余市", "宁波": "宁波市",
    "重庆": "重庆市", "赣州": "赣州市", "常州": "常州市", "合肥": "合肥市",
    "宜宾": "宜宾市", "宜春": "宜春市", "遂宁": "遂宁市", "长沙": "长沙市",
    # g226 (traditional spans; 澳門, 香港 by their common names; mainland
    # cities by their full simplified names: 廣州 -> 广州市, 江門 -> 江门市,
    # 長沙 -> 长沙市, 重慶 -> 重庆市, 海寧 -> 海宁市 (a county-level city of
    # 嘉兴); foreign cities by their mainland standard names (SPEC: 雪梨 ->
    # 悉尼): 里斯本, 波爾圖 -> 波尔图, 聖保羅 -> 圣保罗, 羅安達 -> 罗安达,
    # 馬普托 -> 马普托)
    "澳門": "澳门", "珠海": "珠海市", "廣州": "广州市", "江門": "江门市",
    "長沙": "长沙市", "重慶": "重庆市", "成都": "成都市", "海寧": "海宁市",
    "上海": "上海市", "里斯本": "里斯本", "香港": "香港", "波爾圖": "波尔图",
    "聖保羅": "圣保罗", "羅安達": "罗安达", "馬普托": "马普托",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "里斯本", "波尔图", "圣保罗", "罗安达", "马普托"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text; t2s turns the bank's
# 滙 into 汇 and keeps the Forum's bracketed 澳門 inside the name)
ORG_NORM = {
    "海關總署": "海关总署", "統計暨普查局": "统计暨普查局",
    "拱北海關": "拱北海关",
    "中葡論壇（澳門）常設秘書處": "中葡论坛（澳门）常设秘书处",
    "招商投資促進局": "招商投资促进局",
    "巴西出口投資促進局": "巴西出口投资促进局", "瑞幸咖啡": "瑞幸咖啡",
    "葡萄牙經貿投資促進局": "葡萄牙经贸投资促进局", "AICEP": "AICEP",
    "南光集團": "南光集团", "來來超級市場": "来来超级市场",
    "新苗超市": "新苗超市", "ViniPortugal": "ViniPortugal",
    "中糧集團": "中粮集团", "中糧酒業": "中粮酒业",
    "中國銀行澳門分行": "中国银行澳门分行", "大西洋銀行": "大西洋银行",
    "滙業銀行": "汇业银行", "澳門國際銀行": "澳门国际银行",
    "中葡合作發展基金": "中葡合作发展基金",
    "中葡基金": "中葡基金", "廣東省商務廳": "广东省商务厅",
    "珠海市商務局": "珠海市商务局",
    "橫琴粵澳深度合作區經濟發展局": "横琴粤澳深度合作区经济发展局",
    "商務部": "商务部", "中國國際貿易促進委員會": "中国国际贸易促进委员会",
    "澳門中華總商會": "澳门中华总商会",
    "國際葡語市場企業家商會": "国际葡语市场企业家商会",
    "葡中工商會澳門分會": "葡中工商会澳门分会",
    "經濟及科技發展局": "经济及科技发展局", "市政署": "市政署",
    "澳門城市大學葡語國家研究院": "澳门城市大学葡语国家研究院",
    "澳門理工大學": "澳门理工大学",
    "中國與葡語國家企業家聯合會": "中国与葡语国家企业家联合会",
    "澳門餐飲業聯合商會": "澳门餐饮业联合商会",
    "經濟財政司": "经济财政司", "特區政府": "特区政府",
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
                        # (annotate_hb.py's 㛃 of CJK Extension A): the BMP
                        # four-byte range runs 81 30 81 30 to 84 31 A4 39
                        assert 0x81 <= code[0] <= 0x84, (doc_id, c, code)
                        assert 0x3400 <= ord(c) <= 0x4DBF, (doc_id, c)
                        assert len(c.encode("utf-16-le")) == 2, (doc_id, c)
                        kinds["bmp-four"] += 1
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # one of each declared kind (new here): a two-byte FE-row
            # character and an astral four-byte one
            assert kinds == Counter({"fe-row": 1, "astral": 1}), kinds
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
            # the file opens with the title's first character (g225: 今 =
            # BD F1)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character (g225: 𬀩, once), and such a character stands
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
            # cumulatively (new here: the FE-row character adds no drift,
            # the astral one two bytes and one UTF-16 unit)
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
            # the byline line: the outlet + 记者 + a space, then the
            # reporters' names separated by a space (中国工业报记者 周䜣 赵𬀩);
            # each name holds one declared character, after the outlet;
            # GUIDELINES: a byline at the start of a line names its outlet
            # (a name ending in 报 right before 记者), so the line holds
            # exactly that ORG row (checked in check())
            outlet, role, names = BYLINE[doc_id]
            assert lines[2] == outlet + role + " ".join(names), (doc_id,
                                                                 lines[2])
            assert outlet.endswith("报") and role.startswith("记者")
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            self.byline = (outlet, len(lines[0]) + 1 + len(lines[1]) + 1)
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-16-be":  # UTF-16 BIG-ENDIAN WITH A BOM
            # (annotate_fb.py's LE block turned to the BE order of the
            # older annotate_gb.py): exactly one BOM FE FF, the BOM-aware
            # codec reads the same text, the plain big-endian reading keeps
            # U+FEFF in front (one code point that would shift every offset
            # by one), the little-endian reading is another text
            assert bom == BOM16BE and full[:2] == BOM16BE, doc_id
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-be") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-le") or \
                full.decode("utf-16-le") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-le") or \
                raw.decode("utf-16-le") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g226: 中 = U+4E2D, written 4E 2D)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-be") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
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
        # a traditional article declares its region (new here: emptying
        # MACAO would otherwise skip the Macao block and the s2hk round trip
        # without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in TAIWAN), \
            (doc_id, "region")
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in MACAO:     # a Macao text (annotate_fb.py's Hong Kong
            # block with annotate_fc.py's Macao declarations, applied to the
            # decoded text of a UTF-16 file): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5,
            # each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                assert len(c.encode("big5hkscs")) == 2, c
                # with its declared Big5-HKSCS bytes, the same in cp950 where
                # cp950 holds it (滙 FA C0, 氹 9C AE; neither in cp950)
                assert c.encode("big5hkscs") == BIG5_CODE[c], c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_fc.py)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 統計暨普查局, 市政署 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # every declared character is either confined to ORG rows
            # (annotate_fb.py's IN_ORG, checked in check(): 滙 in 滙業銀行)
            # or to declared words in no span (OUTSIDE_BIG5_WORD, each word
            # with its count, together holding every occurrence: 氹 in 氹仔,
            # once)
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
        else:                   # a mainland or Macao text writes no Taiwan
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
# g225 Recycling of electric-vehicle batteries, November 2026: the industry
# ministry's seventh list of compliant recyclers (中国工业报 on the byline;
# 工业和信息化部, 工信部节能与综合利用司), metal prices (上海有色网 (SMM),
# 广州期货交易所 (广期所), 伦敦金属交易所 (LME)), recyclers (格林美 and 荆门,
# 武汉; 华友钴业 and 衢州; 宁德时代 and 广东邦普循环科技有限公司 (邦普循环)
# with 宁乡, 宜昌, 佛山; 赣锋锂业 and 新余; 天奇股份, 光华科技), car and
# battery makers (比亚迪, 弗迪电池, 蔚来汽车, 吉利汽车, 长安汽车 with 宁波,
# 重庆; 中国铁塔股份有限公司 (中国铁塔)), industry data (中国汽车动力电池产业
# 创新联盟, 中国汽车工业协会 (中汽协)), cities (赣州市工业和信息化局 and 赣州,
# 常州市工业和信息化局 and 常州, 合肥市经济和信息化局, 国轩高科 and 合肥,
# 宜宾, 宜春, 遂宁, 长沙), research (中国汽车技术研究中心有限公司 (中汽中心),
# 中国再生资源回收利用协会, 高工产研锂电研究所 (GGII), 中南大学冶金与环境
# 学院), money and standards (国家开发银行, 兴业银行, 国家发展改革委, 商务部,
# 生态环境部, 市场监管总局, 国家标准化管理委员会) and the outlook (工信部).
# Simplified, GB18030 with 䜣 (FE 80) and 𬀩 (astral) on the byline,
# 2026-11-20 (a Friday, ISO week 2026-W47), 中国工业报; the byline
# 中国工业报记者 周䜣 赵𬀩 on line 3.  昨日 2026-11-19; 本周三 and 18日
# 2026-11-18; 上周 2026-W46; 本月 2026-11; 上月, 同月, 10月, 10月底, 10月末
# 2026-10; 9月底 2026-09; 三季度 2026-Q3; 二季度 2026-Q2; 今年前10个月,
# 前三季度, 今年, 年初, 年底 2026; 去年同期 2025 and 2025-10; 两年前 2024;
# 明年, 明年上半年 2027; 明年一季度 2027-Q1; 明年3月1日 2027-03-01; 2018年,
# 2022年, 2024年, 2026年, 2027年, 2030年.
# ===========================================================================
@doc
def g225():
    d = Doc(G225)
    Y, LY, NY = "2026", "2025", "2027"
    JM, WH, QZ, NX, FS, XY, CQ, GZ, CZ, HF, YC, CS = (
        "荆门市", "武汉市", "衢州市", "宁乡市", "佛山市", "新余市", "重庆市",
        "赣州市", "常州市", "合肥市", "宜春市", "长沙市")
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 今年前10个月 the year, SPEC)
    d.date("[[今年前10个月]]动力电池回收量", Y, "")
    d.metric("同比增长[[31.5%]] 工信部", "31.5", "%", "exact", "")
    d.org("% [[工信部]]合规")
    d.metric("名单扩至[[196家]]\n", 196, "家", "exact", "")
    # byline 中国工业报记者 周䜣 赵𬀩: the outlet is an ORG (GUIDELINES: a
    # byline at the start of a line names its outlet, a name ending in 报
    # right before 记者); 䜣 and 𬀩 in no span
    d.org("\n\n[[中国工业报]]记者 ")
    # P1 the ministry's list (工信部节能与综合利用司 one ORG: a department
    # written after its ministry, a 司 joining two fields, GUIDELINES; a year
    # inside a title counts, SPEC; 去年同期 after 今年前10个月 the year;
    # 第七批 an ordinal)
    d.org("\n\n[[工业和信息化部]]昨日")
    d.date("信息化部[[昨日]]发布", "2026-11-19", "")
    d.date("（[[2024年]]本）", "2024", "")
    d.metric("新增企业[[40家]]", 40, "家", "exact", "")
    d.metric("总数扩至[[196家]]，", 196, "家", "exact", "")
    d.metric("分布在[[25个]]省份", 25, "个", "exact", "")
    d.org("。[[工信部节能与综合利用司]]相关")
    d.date("介绍，[[今年前10个月]]全国退役", Y, "")
    d.metric("回收量[[约41.2万吨]]", "41.2e4", "吨", "approx", "")
    d.metric("同比增长[[31.5%]]，比", "31.5", "%", "exact", "")
    d.date("比[[去年同期]]多回收", LY, "")
    d.metric("多回收[[约9.9万吨]]", "9.9e4", "吨", "approx", "")
    d.metric("梯次利用[[约9.6万吨]]", "9.6e4", "吨", "approx", "")
    d.metric("再生利用[[约31.6万吨]]", "31.6e4", "吨", "approx", "")
    d.date("截至[[9月底]]，全国", "2026-09", "")
    d.metric("回收服务网点[[约1.8万个]]", "1.8e4", "个", "approx", "")
    d.metric("覆盖[[超过九成]]的", 90, "%", "over", "")
    # P2 metal prices (上海有色网, 广州期货交易所, 伦敦金属交易所: ORGs with a
    # city inside, no CITY, SPEC; SMM, LME Latin forms in brackets,
    # GUIDELINES; 本周三（18日）: the gloss is its own mention; 每吨 before
    # the number outside, GUIDELINES; 七分之一 a fraction, a percentage,
    # SPEC; 年初 the year; 两年前 a relative DATE; 约0.6 and 0.78左右 figures
    # with markers and no unit)
    d.org("。[[上海有色网]]（SMM）")
    d.org("（[[SMM]]）数据")
    d.date("显示，[[本周三]]（18日）", "2026-11-18", "")
    d.date("（[[18日]]）电池级", "2026-11-18", "")
    d.metric("均价为每吨[[7.85万元]]", "7.85e4", "元", "exact", "")
    d.metric("环比上涨[[约12%]]", 12, "%", "approx", "")
    d.date("相当于[[2022年]]高点", "2022", "")
    d.metric("高点的[[七分之一]]", "14.2857142857", "%", "exact", "")
    d.org("；[[广州期货交易所]]（广期所）")
    d.org("（[[广期所]]）碳酸锂")
    d.date("主力合约[[昨日]]收于", "2026-11-19", "")
    d.metric("收于每吨[[7.92万元]]", "7.92e4", "元", "exact", "")
    d.org("。[[伦敦金属交易所]]（LME）")
    d.org("（[[LME]]）镍价")
    d.date("镍价[[本月]]以来", "2026-11", "")
    d.metric("每吨[[1.52万美元左右]]", "1.52e4", "美元", "approx", "")
    d.date("较[[年初]]上涨", Y, "")
    d.metric("上涨[[近四成]]", 40, "%", "approx", "")
    d.date("由[[两年前]]的", "2024", "")
    d.metric("的[[约0.6]]升至", "0.6", "", "approx", "")
    d.metric("升至[[0.78左右]]", "0.78", "", "approx", "")
    # P3 recyclers (荆门和武汉: two cities, no collective; 前三季度 after the
    # noun it is about; 湖南宁乡, 湖北宜昌, 广东佛山: a province before its
    # city leaves the city a CITY, GUIDELINES 云南昆明; 宁乡 a county-level
    # city of 长沙; 以下简称 gives the short form, GUIDELINES; 明年上半年 the
    # year, SPEC; 天奇股份、光华科技 before 等企业)
    d.org("。[[格林美]]三季度")
    d.date("格林美[[三季度]]动力", "2026-Q3", JM)
    d.metric("业务营收[[约28.6亿元]]", "28.6e8", "元", "approx", JM)
    d.metric("同比增长[[约46%]]，其在", 46, "%", "approx", JM)
    d.city("其在[[荆门]]和武汉")
    d.city("荆门和[[武汉]]的")
    d.date("拆解基地[[前三季度]]处理", Y, WH)
    d.metric("退役电池[[约5.3万吨]]；", "5.3e4", "吨", "approx", WH)
    d.org("；[[华友钴业]]今年")
    d.date("华友钴业[[今年]]以来", Y, QZ)
    d.metric("再生产能[[约4万吨]]", "4e4", "吨", "approx", QZ)
    d.city("其[[衢州]]基地")
    d.metric("达到[[98.5%以上]]", "98.5", "%", "over", QZ)
    d.org("。[[宁德时代]]旗下")
    d.org("旗下的[[广东邦普循环科技有限公司]]（")
    d.org("以下简称“[[邦普循环]]”）")
    d.org("。[[邦普循环]]前三季度")
    d.date("邦普循环[[前三季度]]共回收", Y, NX)
    d.metric("废旧电池[[约12.8万吨]]", "12.8e4", "吨", "approx", NX)
    d.city("湖南[[宁乡]]、")
    d.city("湖北[[宜昌]]和")
    d.city("广东[[佛山]]的")
    d.metric("合计[[超过30万吨]]", "30e4", "吨", "over", FS)
    d.org("。[[赣锋锂业]]在新余")
    d.city("在[[新余]]投建")
    d.metric("总投资[[约45亿元]]", "45e8", "元", "approx", XY)
    d.date("预计[[明年上半年]]投产", NY, XY)
    d.org("；[[天奇股份]]、光华科技")
    d.org("、[[光华科技]]等企业")
    # P4 car and battery makers (弗迪电池 after its owner's 旗下; 双方 a
    # collective word; 蔚来汽车; 宁波、重庆 after 分别在; 中国铁塔股份有限
    # 公司 and its short form; GWh a unit, GUIDELINES; 去年同期 after 10月底:
    # that month a year earlier, SPEC)
    d.org("。[[比亚迪]]旗下")
    d.org("旗下[[弗迪电池]]上月")
    d.date("弗迪电池[[上月]]与", "2026-10", "")
    d.org("与[[格林美]]签署")
    d.metric("共建[[约20万吨]]", "20e4", "吨", "approx", "")
    d.org("；[[蔚来汽车]]称")
    d.metric("比例已[[超过六成]]", 60, "%", "over", "")
    d.org("。[[吉利汽车]]和长安汽车")
    d.org("和[[长安汽车]]分别")
    d.city("分别在[[宁波]]、重庆")
    d.city("、[[重庆]]设立")
    d.metric("设计产能[[约6万吨]]", "6e4", "吨", "approx", CQ)
    d.org("。[[中国铁塔股份有限公司]]（")
    d.org("以下简称“[[中国铁塔]]”）")
    d.date("截至[[10月底]]，中国铁塔", "2026-10", "")
    d.org("，[[中国铁塔]]已在")
    d.metric("已在[[约32万个]]", "32e4", "个", "approx", "")
    d.metric("累计规模[[约14.5GWh]]", "14.5", "GWh", "approx", "")
    d.date("较[[去年同期]]增长约18%", "2025-10", "")
    d.metric("增长[[约18%]]。", 18, "%", "approx", "")
    # P5 industry data (中汽协 the bracketed short form; 辆 a measure word;
    # 2018年 with 前后 outside)
    d.org("\n\n[[中国汽车动力电池产业创新联盟]]数据")
    d.date("显示，[[今年前10个月]]全国动力电池", Y, "")
    d.metric("装车量[[约812.6GWh]]", "812.6", "GWh", "approx", "")
    d.metric("同比增长[[约24%]]", 24, "%", "approx", "")
    d.metric("占比[[约81.3%]]", "81.3", "%", "approx", "")
    d.org("；[[中国汽车工业协会]]（中汽协）")
    d.org("（[[中汽协]]）预计")
    d.date("预计，[[今年]]新能源汽车", Y, "")
    d.metric("将[[超过1650万辆]]", "1650e4", "辆", "over", "")
    d.date("认为，[[2018年]]前后", "2018", "")
    # P6 cities (city bureaus: a place in front belongs to a government
    # body, GUIDELINES, no CITY; 约占…两成: 约 before 占 sets approx across
    # the verb, GUIDELINES; 年底 the year; 全市 deictic; 宜宾、宜春、遂宁等地
    # a list sharing one head, SPEC; 最高 no qualifier, GUIDELINES; 湖南长沙:
    # the province before its city)
    d.org("。[[赣州市工业和信息化局]]数据")
    d.city("显示，[[赣州]]已集聚")
    d.metric("回收利用企业[[约60家]]", 60, "家", "approx", GZ)
    d.date("60家，[[今年前10个月]]处理", Y, GZ)
    d.metric("处理退役电池[[约8.9万吨]]", "8.9e4", "吨", "approx", GZ)
    d.metric("约占全国的[[两成]]", 20, "%", "approx", GZ, sep="约")
    d.org("；[[常州市工业和信息化局]]表示")
    d.city("表示，[[常州]]将在")
    d.date("将在[[年底]]前", Y, CZ)
    d.metric("新增网点[[约400个]]", 400, "个", "approx", CZ)
    d.org("。[[合肥市经济和信息化局]]上周")
    d.date("信息化局[[上周]]透露", "2026-W46", HF)
    d.org("透露，[[国轩高科]]在")
    d.city("在[[合肥]]新建")
    d.date("已于[[10月]]投产", "2026-10", HF)
    d.metric("年处理能力[[约10万吨]]", "10e4", "吨", "approx", HF)
    d.city("。[[宜宾]]、宜春")
    d.city("宜宾、[[宜春]]、遂宁")
    d.city("、[[遂宁]]等地")
    d.city("其中[[宜春]]对")
    d.metric("最高[[800元]]补贴", 800, "元", "exact", YC)
    d.city("湖南[[长沙]]今年")
    d.date("湖南长沙[[今年]]以来", Y, CS)
    d.metric("回收利用项目[[约15个]]", 15, "个", "approx", CS)
    d.metric("总投资[[超过120亿元]]", "120e8", "元", "over", CS)
    # P7 research (2026年至2030年 a range, two mentions, SPEC; 约为8.2%: 约
    # separated by 为, outside, GUIDELINES; 个百分点 the unit 百分点; 中南大学
    # 冶金与环境学院 one ORG, two fields joined by 与 inside a department,
    # GUIDELINES; 一位 an indefinite)
    d.org("\n\n[[中国汽车技术研究中心有限公司]]（")
    d.org("以下简称“[[中汽中心]]”）")
    d.date("测算，[[2026年]]至2030年", "2026", "")
    d.date("2026年至[[2030年]]全国", "2030", "")
    d.metric("将[[超过420万吨]]", "420e4", "吨", "over", "")
    d.date("万吨，[[明年]]退役量", NY, "")
    d.metric("退役量[[约112万吨]]", "112e4", "吨", "approx", "")
    d.org("。[[中国再生资源回收利用协会]]相关")
    d.metric("仍有[[约四成]]退役电池", 40, "%", "approx", "")
    d.metric("利用率[[不足35%]]", 35, "%", "under", "")
    d.org("。[[高工产研锂电研究所]]（GGII）")
    d.org("（[[GGII]]）调研")
    d.date("显示，[[三季度]]回收企业", "2026-Q3", "")
    d.metric("毛利率约为[[8.2%]]", "8.2", "%", "approx", "", sep="约")
    d.date("较[[二季度]]提升", "2026-Q2", "")
    d.metric("提升[[3.6个百分点]]", "3.6", "百分点", "exact", "")
    d.org("。[[中南大学冶金与环境学院]]一位")
    d.metric("降低[[约三成]]", 30, "%", "approx", "")
    # P8 money and standards (“电池回收贷” a product; 10月末 the month; 等部门
    # closes a list of bodies; 同月 repeats the latest month written before
    # it, GUIDELINES; 明年3月1日: 起 outside)
    d.org("方面，[[国家开发银行]]今年")
    d.date("国家开发银行[[今年]]已向", Y, "")
    d.metric("发放贷款[[约86亿元]]", "86e8", "元", "approx", "")
    d.org("，[[兴业银行]]推出")
    d.date("截至[[10月末]]余额", "2026-10", "")
    d.metric("余额[[约23亿元]]", "23e8", "元", "approx", "")
    d.org("。[[国家发展改革委]]、商务部")
    d.org("、[[商务部]]、生态环境部")
    d.org("、[[生态环境部]]等部门")
    d.date("等部门[[上月]]联合", "2026-10", "")
    d.date("提出到[[2027年]]规范", "2027", "")
    d.metric("达到[[70%以上]]", 70, "%", "over", "")
    d.org("；[[市场监管总局]]、国家标准化")
    d.org("、[[国家标准化管理委员会]]同月")
    d.date("委员会[[同月]]发布", "2026-10", "")
    d.metric("发布[[3项]]回收利用", 3, "项", "exact", "")
    d.date("将于[[明年3月1日]]起", "2027-03-01", "")
    # P9 the outlook (明年一季度 the quarter; 新一批 an indefinite)
    d.date("展望[[明年]]，工信部", NY, "")
    d.org("明年，[[工信部]]相关")
    d.date("将在[[明年一季度]]启动", "2027-Q1", "")
    d.metric("提升至[[五成以上]]", 50, "%", "over", "")
    d.date("到[[2030年]]我国", "2030", "")
    d.metric("有望[[突破1000亿元]]", "1000e8", "元", "over", "")
    audit = {
        "orgs": ["工信部", "中国工业报", "工业和信息化部",
                 "工信部节能与综合利用司", "上海有色网", "SMM",
                 "广州期货交易所", "广期所", "伦敦金属交易所", "LME",
                 "格林美", "华友钴业", "宁德时代", "广东邦普循环科技有限公司",
                 "邦普循环", "赣锋锂业", "天奇股份", "光华科技", "比亚迪",
                 "弗迪电池", "蔚来汽车", "吉利汽车", "长安汽车",
                 "中国铁塔股份有限公司", "中国铁塔",
                 "中国汽车动力电池产业创新联盟", "中国汽车工业协会", "中汽协",
                 "赣州市工业和信息化局", "常州市工业和信息化局",
                 "合肥市经济和信息化局", "国轩高科",
                 "中国汽车技术研究中心有限公司", "中汽中心",
                 "中国再生资源回收利用协会", "高工产研锂电研究所", "GGII",
                 "中南大学冶金与环境学院", "国家开发银行", "兴业银行",
                 "国家发展改革委", "商务部", "生态环境部", "市场监管总局",
                 "国家标准化管理委员会"],
        "cities": ["荆门", "武汉", "衢州", "宁乡", "宜昌", "佛山", "新余",
                   "宁波", "重庆", "赣州", "常州", "合肥", "宜宾", "宜春",
                   "遂宁", "长沙", "上海", "广州", "伦敦", "湖南", "湖北",
                   "广东", "中国", "全国", "全市", "城市", "各地", "多地",
                   "我国"],
        "excluded": [
            # provinces before their cities (湖南 x2, 湖北, 广东 outside its
            # ORG), 城市 (地级以上城市, generic), 我国 (the country)
            "[[湖南]]宁乡", "[[湖北]]宜昌", "[[广东]]佛山", "[[湖南]]长沙",
            "地级以上[[城市]]", "[[我国]]动力",
        ],
        "numbers_excluded": [],
        # 第七批 (an ordinal), 一位 (an indefinite, x2), 双方 (a collective
        # word), 新一批 (an indefinite)
        "cn_excluded": ["第[[七]]批", "[[一]]位分析师", "[[双]]方将",
                        "[[一]]位教授", "新[[一]]批"],
        "collectives": [],
        # 三元 (ternary, the NCM chemistry: a technology name, no figure)
        "labels_excluded": {"三元": 1},
        "latin_excluded": [],
        # time words that are no DATE: 年处理 (annual capacity, x2), 周 of
        # the reporter's surname (周䜣), 全国 and 全市 (deictic), 多地
        # (generic)
        "words_excluded": {"年处理": 2, "周䜣": 1, "全国": 5, "全市": 1,
                           "多地": 1, "同期": 0, "当天": 0},
        # generic heads outside ORG rows (kinds and read-backs): 企业 (x14:
        # 合规企业, 回收企业, 头部回收企业, 整车企业, 等企业 …), 部门 (等部门),
        # 局 (布局, a verb); 协会, 银行, 集团, 公司 only inside ORGs
        "orgwords_excluded": {"企业": 14, "部门": 1, "协会": 0, "银行": 0,
                              "局": 1, "集团": 0, "公司": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g226 Trade with Portuguese-speaking countries, November 2026: the
# customs figures (【本報消息】; 海關總署), Macao's imports (統計暨普查局,
# 拱北海關 and 澳門), the Forum and the promotion institute (中葡論壇（澳門）
# 常設秘書處, 招商投資促進局 and its display points in 珠海, 廣州, 江門,
# 長沙, 重慶, 成都, 海寧), exhibitions (澳門國際貿易投資展覽會, 氹仔, 上海;
# 巴西出口投資促進局, 瑞幸咖啡, 葡萄牙經貿投資促進局 (AICEP) and 里斯本),
# importers (南光集團, 來來超級市場, 新苗超市, ViniPortugal with 澳門 and
# 香港, 中糧集團, 中糧酒業 and 波爾圖), finance (中國銀行澳門分行, 大西洋
# 銀行, 滙業銀行, 中葡合作發展基金 (中葡基金)), the mainland (廣東省商務廳,
# 珠海市商務局, 橫琴粵澳深度合作區經濟發展局, 商務部, 中國國際貿易促進委員
# 會), the trade (澳門中華總商會, 國際葡語市場企業家商會, 葡中工商會澳門分會,
# 經濟及科技發展局, 市政署, 澳門城市大學葡語國家研究院 with 聖保羅, 里斯本,
# 羅安達, 馬普托, 澳門理工大學, 中國與葡語國家企業家聯合會) and the outlook
# (澳門餐飲業聯合商會, 經濟財政司, 特區政府, the Forum again).
# Traditional as Macao writes it (按年, 首10個月, 首三季, 第三季, 明年首季,
# 明年第一季, 上周, 上周五（20日）, 本周二（24日）, 昨（25）日, 佔, 發佈, 本澳,
# 澳門元, 「」 quotes, 滙, 氹), UTF-16 BE with BOM, 2026-11-26 (a Thursday,
# ISO week 2026-W48), 澳門日報 (its 【本報消息】 opens the first paragraph
# and names no outlet).  昨（25）日 2026-11-25; 本周二 and 24日 2026-11-24;
# 上周五 and 20日 2026-11-20; 上周 2026-W47; 本月, 本月上旬 2026-11; 上月,
# 同月 2026-10; 12月 2026-12; 第三季 2026-Q3; 去年同期 2025-Q3; 首10個月,
# 今年首10個月, 今年首三季, 今年 2026; 聖誕 2026-12-25; 元旦 2027-01-01;
# 明年 2027; 明年首季, 明年第一季 2027-Q1; 明年4月 2027-04; 2030年.
# ===========================================================================
@doc
def g226():
    d = Doc(G226)
    Y, NY = "2026", "2027"
    MO, CQ, CS, SH, LS, HK, PO, SP = (
        "澳门", "重庆市", "长沙市", "上海市", "里斯本", "香港", "波尔图",
        "圣保罗")
    # title (a heading that opens with no city; 首10個月 after the noun it
    # is about, GUIDELINES; the space splits it into two sentences)
    d.date("貿易額[[首10個月]]增", Y, "")
    d.metric("首10個月增[[約6.8%]] ", "6.8", "%", "approx", "")
    d.metric("按年增[[約12%]]\n", 12, "%", "approx", "")
    # P1 the customs figures (【本報消息】 names no outlet, precedent FC; 海關
    # 總署 the mainland's customs administration; 分別約為231億美元: 約
    # separated by 為, outside, GUIDELINES; the other two with their own 約)
    d.org("】[[海關總署]]最新")
    d.date("顯示，[[今年首10個月]]中國與", Y, "")
    d.metric("總額[[約1,926億美元]]", "1926e8", "美元", "approx", "")
    d.metric("按年增長[[約6.8%]]，其中", "6.8", "%", "approx", "")
    d.metric("進口[[約1,315億美元]]", "1315e8", "美元", "approx", "")
    d.metric("佔[[約68%]]", 68, "%", "approx", "")
    d.metric("雙邊貿易額[[約1,478億美元]]", "1478e8", "美元", "approx", "")
    d.metric("進口大豆[[約7,150萬噸]]", "7150e4", "吨", "approx", "")
    d.metric("按年增加[[約4%]]；", 4, "%", "approx", "")
    d.metric("分別約為[[231億美元]]", "231e8", "美元", "approx", "",
             sep="約")
    d.metric("、[[約78億美元]]及", "78e8", "美元", "approx", "")
    d.metric("及[[約46億美元]]。", "46e8", "美元", "approx", "")
    # P2 Macao's imports (統計暨普查局 a Macao body standing alone in a Macao
    # text, GUIDELINES; 澳門元 the unit as written, precedent FC; 元人民幣:
    # the currency noun after 元 outside, SPEC; 拱北海關 a customs district,
    # no city; 去年同期 after 第三季: that quarter a year earlier; 歷年 no
    # DATE, GUIDELINES 历年同月)
    d.org("\n\n[[統計暨普查局]]資料")
    d.date("顯示，[[今年首三季]]本澳", Y, "")
    d.metric("進口貨值[[約7.9億澳門元]]", "7.9e8", "澳门元", "approx", "")
    d.metric("按年增加[[約12.4%]]", "12.4", "%", "approx", "")
    d.metric("食品及飲品[[約4.6億澳門元]]", "4.6e8", "澳门元", "approx", "")
    d.metric("葡萄酒[[約2.1億澳門元]]", "2.1e8", "澳门元", "approx", "")
    d.metric("進口總值[[約三成]]", 30, "%", "approx", "")
    d.metric("貨值[[近八成]]", 80, "%", "approx", "")
    d.metric("按年上升[[約21%]]", 21, "%", "approx", "")
    d.org("。[[拱北海關]]數據")
    d.date("顯示，[[第三季]]經澳門", "2026-Q3", MO)
    d.city("第三季經[[澳門]]轉口")
    d.metric("貨值[[約3.4億元]]人民幣", "3.4e8", "元", "approx", MO)
    d.date("較[[去年同期]]增長約35%", "2025-Q3", MO)
    d.metric("增長[[約35%]]。", 35, "%", "approx", MO)
    d.date("腰果[[今年首10個月]]經澳門", Y, MO)
    d.city("首10個月經[[澳門]]進口量")
    d.metric("分別[[約320噸]]及", 320, "吨", "approx", MO)
    d.metric("及[[約540噸]]", 540, "吨", "approx", MO)
    # P3 the Forum and the promotion institute (中葡論壇（澳門）常設秘書處 one
    # ORG, the bracketed city inside it, precedent GC's 中國電信（澳門）有限
    # 公司; 招商投資促進局 the institute's name since 2024-07-01, a Macao
    # body standing alone; 昨（25）日 one span, SPEC 今（5）日; the
    # 洽談會 an event; 批次 a count unit, GUIDELINES; …等內地城市 a list
    # sharing one head, SPEC; 明年首季 the first quarter; 海寧 a
    # county-level city of 嘉興)
    d.org("\n\n[[中葡論壇（澳門）常設秘書處]]與")
    d.org("與[[招商投資促進局]]昨")
    d.date("促進局[[昨（25）日]]合辦", "2026-11-25", "")
    d.metric("內地的[[逾160家]]企業", 160, "家", "over", "")
    d.metric("合作意向[[約52項]]", 52, "项", "approx", "")
    d.metric("涉及金額[[約4.8億美元]]", "4.8e8", "美元", "approx", "")
    d.org("。[[招商投資促進局]]表示")
    d.date("表示，[[今年首10個月]]共接待", Y, "")
    d.metric("商務團組[[約85批次]]", 85, "批次", "approx", "")
    d.metric("按年增加[[約三成]]；", 30, "%", "approx", "")
    d.city("已在[[珠海]]、廣州")
    d.city("珠海、[[廣州]]、江門")
    d.city("、[[江門]]、長沙")
    d.city("江門、[[長沙]]、重慶")
    d.city("、[[重慶]]等內地城市")
    d.metric("設立[[約40個]]葡語", 40, "个", "approx", CQ)
    d.date("並計劃[[明年首季]]在", "2027-Q1", CQ)
    d.city("在[[成都]]、海寧")
    d.city("、[[海寧]]增設")
    d.city("設於[[長沙]]的")
    d.date("展示點[[今年]]銷售額", Y, CS)
    d.metric("銷售額[[約1,800萬元]]人民幣", "1800e4", "元", "approx", CS)
    d.metric("按年增長[[約26%]]", 26, "%", "approx", CS)
    # P4 exhibitions (澳門國際貿易投資展覽會: a city inside an event's name
    # counts, SPEC 贵阳数博会; the 產品及服務展 and 「葡韻嘉年華」 events; 同月
    # repeats the latest month, GUIDELINES; 本月上旬 the month, SPEC;
    # 入場人次約6.3萬: the noun before the figure, unit empty, SPEC 近900万;
    # 約一倍 a figure, GUIDELINES; AICEP a Latin form in brackets,
    # GUIDELINES)
    d.date("方面，[[上月]]舉行", "2026-10", MO)
    d.city("舉行的[[澳門]]國際貿易")
    d.metric("共吸引[[約1,350家]]", 1350, "家", "approx", MO)
    d.metric("展商[[約280家]]", 280, "家", "approx", MO)
    d.metric("按年增加[[約17%]]", 17, "%", "approx", MO)
    d.metric("入場人次[[約6.3萬]]", "6.3e4", "", "approx", MO)
    d.date("。[[同月]]在氹仔", "2026-10", "")
    d.metric("吸引[[約4.5萬人次]]", "4.5e4", "人次", "approx", "")
    d.date("。[[本月上旬]]在上海", "2026-11", SH)
    d.city("在[[上海]]舉行")
    d.org("上，[[巴西出口投資促進局]]與")
    d.org("與[[瑞幸咖啡]]簽署")
    d.date("後者[[明年]]將採購", NY, SH)
    d.metric("咖啡豆[[約6萬噸]]", "6e4", "吨", "approx", SH)
    d.metric("增加[[約一倍]]。", 1, "倍", "approx", SH)
    d.org("。[[葡萄牙經貿投資促進局]]（AICEP）")
    d.org("（[[AICEP]]）本月")
    d.date("）[[本月]]亦在", "2026-11", LS)
    d.city("亦在[[里斯本]]舉辦")
    d.metric("介紹[[約60家]]葡國", 60, "家", "approx", LS)
    # P5 importers (南光集團; 該集團 read back; 來來超級市場 and 新苗超市:
    # trade names before 超級市場/超市 name chains, GUIDELINES 新苗超市;
    # ViniPortugal a Latin name, the descriptor 推廣機構 outside; 約佔一成:
    # 約 before 佔 sets approx, GUIDELINES; 中糧集團旗下中糧酒業 two ORGs;
    # 上周五（20日）; 一家 an indefinite)
    d.org("方面，[[南光集團]]表示")
    d.date("表示，[[今年]]以來該集團", Y, "")
    d.metric("雞肉[[約1.2萬噸]]", "1.2e4", "吨", "approx", "")
    d.metric("按年增加[[約15%]]；", 15, "%", "approx", "")
    d.org("；[[來來超級市場]]及")
    d.org("及[[新苗超市]]的")
    d.metric("上升[[約18%]]及", 18, "%", "approx", "")
    d.metric("約18%及[[約11%]]", 11, "%", "approx", "")
    d.org("推廣機構[[ViniPortugal]]數據")
    d.date("顯示，[[今年首三季]]葡萄牙", Y, MO)
    d.metric("葡萄酒[[約1,350萬瓶]]", "1350e4", "瓶", "approx", MO)
    d.city("其中經[[澳門]]轉口")
    d.metric("佔[[約四成]]", 40, "%", "approx", MO)
    d.city("經[[香港]]轉運")
    d.metric("約佔[[一成]]。", 10, "%", "approx", HK, sep="約")
    d.org("。[[中糧集團]]旗下")
    d.org("旗下[[中糧酒業]]上周五")
    d.date("酒業[[上周五]]（20日）", "2026-11-20", PO)
    d.date("（[[20日]]）與", "2026-11-20", PO)
    d.city("與[[波爾圖]]一家")
    d.metric("進口[[約30萬瓶]]", "30e4", "瓶", "approx", PO)
    # P6 finance (中國銀行澳門分行 one ORG, a bank's branch with its place,
    # GUIDELINES; 澳門國際銀行 a bank with its place inside, no CITY; 該行
    # read back; 元人民幣: 人民幣 outside; 滙 of 滙業銀行
    # declared; 為 no marker; 中葡基金 the bracketed short form; 基金 read
    # back)
    d.org("方面，[[中國銀行澳門分行]]數據")
    d.date("顯示，[[今年首10個月]]該行", Y, "")
    d.metric("結算金額[[約1,860億元]]人民幣", "1860e8", "元", "approx", "")
    d.metric("按年增長[[約22%]]；", 22, "%", "approx", "")
    d.org("；[[大西洋銀行]]表示")
    d.date("業務量[[第三季]]按年", "2026-Q3", "")
    d.metric("按年上升[[約9%]]", 9, "%", "approx", "")
    d.org("。[[滙業銀行]]上月")
    d.date("滙業銀行[[上月]]推出", "2026-10", "")
    d.metric("額度為[[5億澳門元]]", "5e8", "澳门元", "exact", "")
    d.org("；[[澳門國際銀行]]則")
    d.date("表示，[[今年首三季]]該行", Y, "")
    d.metric("融資餘額[[約28億澳門元]]", "28e8", "澳门元", "approx", "")
    d.org("。[[中葡合作發展基金]]（中葡基金）")
    d.org("（[[中葡基金]]）相關")
    d.metric("投資項目[[約12個]]", 12, "个", "approx", "")
    d.metric("承諾出資[[約4.6億美元]]", "4.6e8", "美元", "approx", "")
    # P7 the mainland (廣東省商務廳, 珠海市商務局: a place in front belongs
    # to a government body, GUIDELINES, no CITY; 橫琴粵澳深度合作區經濟發展局
    # one ORG; 合作區 read back; 中葡企業家大會 an event)
    d.org("方面，[[廣東省商務廳]]與")
    d.org("與[[珠海市商務局]]上周")
    d.date("商務局[[上周]]聯合", "2026-W47", MO)
    d.city("支持企業經[[澳門]]進口")
    d.org("；[[橫琴粵澳深度合作區經濟發展局]]表示")
    d.date("表示，[[今年]]以來合作區", Y, "")
    d.metric("企業[[約210家]]", 210, "家", "approx", "")
    d.metric("累計[[約1,100家]]", 1100, "家", "approx", "")
    d.org("。[[商務部]]及")
    d.org("及[[中國國際貿易促進委員會]]計劃")
    d.date("計劃[[明年]]在澳門", NY, MO)
    d.city("明年在[[澳門]]舉辦中葡")
    # P8 the trade (葡中工商會澳門分會 one ORG, a chapter with its place after
    # its body, GUIDELINES; 本周二（24日）; 平均 a statistic cue before 天,
    # GUIDELINES; 間 a measure word; 市政署 a Macao body standing alone;
    # 澳門城市大學葡語國家研究院 one ORG; 聖保羅、里斯本、羅安達及馬普托 a list
    # of four cities; 雙語 no figure; 澳門企業 a city as a modifier, SPEC)
    d.org("方面，[[澳門中華總商會]]、")
    d.org("、[[國際葡語市場企業家商會]]及")
    d.org("及[[葡中工商會澳門分會]]本周二")
    d.date("分會[[本周二]]（24日）", "2026-11-24", "")
    d.date("（[[24日]]）聯合", "2026-11-24", "")
    d.metric("仍[[約4.5天]]", "4.5", "天", "approx", "")
    d.org("。[[經濟及科技發展局]]資料")
    d.metric("商號[[約320間]]", 320, "间", "approx", "")
    d.org("；[[市政署]]今年")
    d.date("市政署[[今年首10個月]]抽檢", Y, "")
    d.metric("進口食品[[約2,100個]]", 2100, "个", "approx", "")
    d.metric("合格率達[[99.6%]]", "99.6", "%", "exact", "")
    d.org("。[[澳門城市大學葡語國家研究院]]上周")
    d.date("研究院[[上周]]發佈", "2026-W47", SP)
    d.city("在[[聖保羅]]、里斯本")
    d.city("聖保羅、[[里斯本]]、羅安達")
    d.city("、[[羅安達]]及")
    d.city("及[[馬普托]]設立")
    d.org("；[[澳門理工大學]]今年")
    d.date("理工大學[[今年]]培養", Y, "")
    d.metric("雙語人才[[約480名]]", 480, "名", "approx", "")
    d.org("。[[中國與葡語國家企業家聯合會]]則")
    d.date("表示，[[明年]]將組織", NY, MO)
    d.metric("組織[[約30家]]澳門", 30, "家", "approx", MO)
    d.city("約30家[[澳門]]企業")
    # P9 the outlook (聖誕, 元旦: the coming ones; 12月 in their sentence,
    # nearest them, GUIDELINES; 明年第一季 the quarter; 新一輪 an
    # indefinite; 年貿易額 no DATE; 澳門元 inside a METRIC, no CITY;
    # 明年4月 the month)
    d.date("\n\n[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]臨近", "2027-01-01", "")
    d.org("，[[澳門餐飲業聯合商會]]預計")
    d.date("預計[[12月]]葡國菜", "2026-12", "")
    d.metric("增長[[約一成]]。經濟", 10, "%", "approx", "")
    d.org("。[[經濟財政司]]表示")
    d.org("，[[特區政府]]將於")
    d.date("將於[[明年第一季]]推出", "2027-Q1", "")
    d.date("目標到[[2030年]]把", "2030", "")
    d.metric("提升至[[20億澳門元以上]]", "20e8", "澳门元", "over", "")
    d.org("。[[中葡論壇（澳門）常設秘書處]]亦")
    d.date("計劃[[明年4月]]在澳門", "2027-04", MO)
    d.city("4月在[[澳門]]舉辦")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "港澳", "珠海", "廣州", "江門", "長沙",
                   "重慶", "成都", "海寧", "上海", "里斯本", "香港", "波爾圖",
                   "聖保羅", "羅安達", "馬普托", "廣東", "橫琴", "氹仔", "內地",
                   "城市"],
        "excluded": [
            # 港澳 (one-character abbreviations, SPEC), 氹仔 (Taipa, no
            # city), 城市 (等內地城市: the list's head); 廣東 and 橫琴 only
            # inside ORG rows
            "及[[港澳]]出口", "在[[氹仔]]舉行", "等內地[[城市]]",
        ],
        "numbers_excluded": [],
        # 雙邊, 雙語 (no figure), 一家 (an indefinite), 新一輪 (an
        # indefinite)
        "cn_excluded": ["[[雙]]邊貿易額", "中葡[[雙]]語", "[[一]]家酒莊",
                        "新[[一]]輪"],
        "collectives": [],
        "labels_excluded": {},
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year), 歷年 (past
        # years, GUIDELINES 历年同月), 同期 (none: rewritten),
        # 嘉年華 (carnival), 年貿易額 (annual trade), 至今 (up to now, a
        # vague time, SPEC 目前), 本澳 (deictic), 內地 (a region)
        "words_excluded": {"按年": 14, "歷年": 1, "同期": 0, "嘉年華": 1,
                           "年貿易額": 1, "至今": 1, "本澳": 6, "內地": 6,
                           "當天": 0},
        # generic heads outside ORG rows: 局 (該局), 集團 (該集團), 銀行 and
        # 商會 only inside ORGs, 基金 (基金至今: read back)
        "orgwords_excluded": {"局": 1, "集團": 1, "銀行": 0, "商會": 0,
                              "基金": 1, "委員會": 0, "大學": 0},
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
    # whose text is declared for it (here 滙 in 滙業銀行; annotate_fb.py's
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
        # annotate_qc.py), but the declared Macao forms (馬普托, 秘書處,
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
            # a Macao article survives the OpenCC t2s-then-s2hk round trip
            # but at the declared Macao forms, each of which does occur
            # (annotate_fb.py's Hong Kong trip, annotate_fc.py's Macao one)
            if d.doc_id in MACAO:
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

