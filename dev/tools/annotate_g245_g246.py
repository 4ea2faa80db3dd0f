#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g245_solar_module_makers_city_bases and g246_taiwan_bicycle_makers_exports
(annotator AA).

Adapted from the precedent set's tools/annotate_ba.py (now dev/tools/annotate_g239_g240.py) (/tmp/ho43/precedent:
a simplified mainland article in UTF-8 and a Taiwan article in the Big5
family, the pair closest to mine; copied and the data changed).
annotate_ba.py had turned annotate_ca.py's UTF-8-WITH-BOM block into a
UTF-8-WITHOUT-BOM block and its cp950 block into a plain-Big5 block; my pair
is annotate_ca.py's again, so both blocks are turned back: a UTF-8 mainland
article WITH a BOM (exactly one EF BB BF in front; utf-8-sig reads the text,
plain utf-8 reads U+FEFF and the text, so offsets count from the first
character after the BOM; three bytes a non-ASCII character; every character
GB2312; the GB and Big5 codecs and UTF-16 fail or read another text, with
or without the BOM) and a cp950 Taiwan article (the characters outside plain
Big5 are exactly the declared ones (嫺, an ETEN character, F9 DC), so plain
big5 fails on the file and cp950 is the narrowest codec that reads it;
Big5-HKSCS reads it alike; the characters whose plain-Big5 and cp950 codes
differ are exactly the declared ones (／), written with cp950's bytes A1 FE;
both declared characters stand once, on the dateline line, in no span; two
bytes a non-ASCII character; the GB codecs, UTF-8 and UTF-16 fail or read
another text).  It keeps every check of annotate_ba.py: strict decoding,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article and the OpenCC
t2s-then-s2tw round trip of the traditional one, audits of digits, Latin
words, Chinese numerals, time characters, holiday words, city strings, ORG
words and ORG strings, the independent `city` rule computed and asserted
against my hand value on every DATE/METRIC row (city sections under
headings included, though neither article has one), the month and day a
DATE span writes, the precision a DATE span writes, the holiday table by
exact span and the holidays recomputed without it (by region), ROC years
only in a Taiwan text and between 40 and 199, 今（N）年/明（N）年 carrying the
ROC year of the reference year, relative words resolved from the reference
date (上周五, 本周四, 本週三, 上周, 今（21）日, 昨（20）日, 昨日, 上月, 本月,
明年, 去年), 上月 as a baseline (kept, unused), 上季 (kept, unused), the
bare-day month rule (26日, 18日), the range check (今年1至10月), a bare
month, day or quarter in the reference year, 去年同期 a year before its
sentence's period, 同月 (none here), the bracketed gloss (本周四（26日）,
本週三（18日）), the 约占/約占 check (none here), markers before, touching
and after a span, 约为/約有 as separated markers (约为0.74元/瓦,
約有210家), the declared shared unit (none here: each range writes its
unit twice), the declared organizations of each article, the narrowest
codec, check_time_metric (約180天 …), check_collective (两地, 两家),
check_not_collective, check_forward, the SHI_NEXT check, the FOREIGN_SHI
check (胡志明市), the TAIWAN_SHI_ONLY check (GUIDELINES' 新竹市 and 嘉义市,
fixed; no such city here), and a CITY whose t2s form is a NO_SHI name
keeping it.  Each mention is located by
a short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded (the BOM removed, nothing else changed):

- g245 is simplified (mainland, 证券时报, 2026-11-24), stored as UTF-8
  WITH a BOM (EF BB BF); the title's 光 (E5 85 89) is the first character
  after it.  Every non-ASCII character is three bytes (no four-byte one),
  every character is GB2312, and OpenCC t2s leaves the article unchanged.
  Its byline 证券时报记者 韩素然 stands on a line of its own under the title:
  the outlet before 记者 is an ORG (GUIDELINES' byline rule).  No section
  headings.
- g246 is traditional (Taiwan, 工商時報, 2026-11-21), stored as cp950
  without a BOM; the title's 自 (A6 DB) opens the file.  Every character is
  plain Big5 but 嫺 (cp950 F9 DC) of the reporter's name on the dateline line
  記者蘇嫺禾／台中報導, whose ／ (U+FF0F) is written A1 FE, cp950's code
  (plain Big5 writes A2 41); both once, in no span.  Every other line is the
  same in plain Big5 and cp950; every non-ASCII character is two bytes.
  UTF-8, UTF-16 and the GB codecs fail or read another text.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; Taiwan cities by their full names with 市, 崑山 as 昆山市,
  foreign cities by their mainland common names, 雪梨 as 悉尼).  A Taiwan
  text: 2-3 digit years before 年 are ROC years (114年 = 2025, 115年 = 2026,
  明（116）年3月 and 116年第1季 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho43/precedent:
README, NOTES_ba/bb/bc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g245_g246.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ba.py: the UTF-8 block with a BOM and the cp950 block
above (CP950_FORMS replaces BIG5_FORMS: the same declaration, written with
the other codec's bytes; OUTSIDE_BIG5 declares 嫺); TAIWAN_SHI_ONLY fixed
as GUIDELINES' set, and the fixed TW_HK_FOREIGN table (雪梨 -> 悉尼); the city
audit covers every CITY_NORM form the article writes; LINE3 and check_line3
(the byline or dateline line holds exactly the declared rows: g245's outlet
证券时报 as an ORG, g246's 台中); the holiday table as these articles name
them (明年春节, 春节; 聖誕節, 農曆年); the Taiwan forms of the round trip are
台, 占, 布, 畫, 週 and 嫺, each asserted to occur; the collective labels 两 of
上饶、滁州两地 and of 天合光能、阿特斯两家 (g245); ported from annotate_bc.py:
check_no_collective_metric (a collective label written as a METRIC stops
the script) and the check that SIMPLIFIED_ONLY holds the t2s form of every
traditional character of the traditional article; FOREIGN_SHI used
(胡志明市) and CITY_ALIAS used (雪梨 -> 悉尼); units %, 元, 元/瓦, GW, 千瓦,
吨, 倍, 家 (g245) and %, 元, 美元, 辆, 家, 个, 名, 套, 天 (g246).
Re-run (from anywhere):

    python3 dev/tools/annotate_g245_g246.py
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
G245 = "g245_solar_module_makers_city_bases"
G246 = "g246_taiwan_bicycle_makers_exports"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G245: ("utf-8", BOM8, False, "2026-11-24", "证券时报"),
    G246: ("cp950", b"", True, "2026-11-21", "工商時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G245: [], G246: []}
# characters of the cp950 article outside plain Big5, with their cp950
# bytes, and the word each stands in with its count: 嫺 (U+5AFA, an ETEN
# character of row F9 that cp950 holds and plain Big5 lacks) of the
# reporter's name 蘇嫺禾 on the dateline line, once, in no span (the kind of
# annotate_ga.py's 碁 and of precedent CA's 嫺; plain big5 fails on it, so
# cp950 is the narrowest codec that reads the file)
OUTSIDE_BIG5 = {G246: {"嫺": b"\xf9\xdc"}}
OUTSIDE_BIG5_WORD = {G246: {"嫺": ("蘇嫺禾", 1)}}
# characters whose plain-Big5 and cp950 codes differ that the cp950 article
# writes, with (plain Big5 bytes, cp950 bytes) and the word each stands in
# with its count: ／ (U+FF0F) of the dateline 記者蘇嫺禾／台中報導, once, in
# no span.  The file writes cp950's A1 FE (annotate_ba.py's BIG5_FORMS, the
# same declaration, wrote plain Big5's A2 41, which cp950 reads as ∕)
CP950_FORMS = {G246: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_FORMS_WORD = {G246: {"／": ("記者蘇嫺禾／台中報導", 1)}}
# the spans allowed before the declared characters on the dateline line:
# none (the line opens with 記者, no outlet)
BEFORE_DECLARED = {G246: set()}
# the third line of each article (a byline or a dateline under the title)
# and the rows it holds, exactly: g245's byline names its outlet (GUIDELINES:
# a name ending in 时报 right before 记者 at the start of a line is the
# outlet, an ORG); g246's dateline names no outlet and the city filed from
# (precedent CA's and BA's 台北報導)
LINE3 = {G245: ("证券时报记者 韩素然", [("ORG", "证券时报")]),
         G246: ("記者蘇嫺禾／台中報導", [("CITY", "台中")])}
# the first character of each file after its BOM (if any), with its bytes
FIRST_CHAR = {G245: ("光", b"\xe5\x85\x89"), G246: ("自", b"\xa6\xdb")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G246}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ba.py's list, itself annotate_ca.py's with 制 taken out and the
# simplified forms of g240's characters added; 台, t2s of 臺, is left out:
# Taiwan writes 台); the last line adds the simplified forms of g246's
# traditional characters that the list lacked, from OpenCC t2s of each
# character of the article, none of them written in it (annotate_bc.py's
# check, ported here, asserts that the list covers them all)
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继证监筹闭盘涨势额权龄兑汇润"
                   "贴东补处设筑营纠纷诉请审签宁乐荣兴苏盖联块规邻"
                   "镇县乡导体圆测储亚弹备电脑"
                   "运输览机厦关务舱视闸拥奖载货"
                   "门营业额鲜统计处调饮创历动态协连锁龙头乐尔仅显"
                   "并营净资团缔结计传无态点试贩卖机药妆复圣诞节预购礼"
                   "凯观顾产业资讯规带赖会员经济过劳动涨补乡导节"
                   "辆颗换环阳腾华叶铃陆车东罗达义桥边层领"
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕"
                   "库减压灯览厂级吨积涨缴办换规应调"
                   "医疗护诊给险剂寿监纪设属辖"
                   "骑罚锾赔偿补贴测试获额点轮骤辅"
                   "摊验录饮鲜冻肠杆罚违饼卫厨监"
                   "选离码头装积级纪吨顷训练课预绿买签约团额范协调"
                   "优两别则励启将届忧怀拨担据拟数于构没准为现吁纾举莲记许贸宾较"
                   "周进衔队双养驻"
                   "严临余农划后声娴托揽撑旧柜欧炉税稳纯认谈陈骅"
                   "从伤伦垫实强择敛杰温热确维虽讨论评诚该贬适采销"
                   "专争伙冲击参响当抢挟摇汤画矶竞脚舰趋轻铢顿"
                   "乔俪儿咨婴学径摄极档状狮笺类紧胶虾语诺贝跃释铺锭顺颖"
                   "仓侬昆爱玛纤迹驰驱")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 of 台灣, 台中, 台北, 台南, 新台幣, 來台, 全台 (s2tw 臺), 占 of 占整車出口值,
# 占營收比重, 占比 (佔), 布 of 公布, 宣布, 布局 (佈), 畫 of 計畫 (劃), 週 of
# 台中自行車週 (s2tw keeps 周 there, but writes 週 in 本週三), and 嫺 of the
# reporter's name (s2tw 嫻); each must occur (annotate_ba.py's 併/並 are
# not needed here)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃"),
                ("週", "周"), ("嫺", "嫻")}
# Holidays the articles name, by their exact span (2025-2027).
# g245 (mainland, 2026-11-24): 明年春节 2027-02-06 (明年 attached, one span,
# precedent BA; 前后 outside); 春节 2027-02-06 (yearless, in a sentence of
# its own that states no year: the coming one, the occurrence nearest the
# reference date; 前 outside).
# g246 (Taiwan, 2026-11-21): 聖誕節 2026-12-25 (yearless, the coming one;
# 前 outside); 農曆年 2027-02-06 (GUIDELINES: 农历年 is 春节; yearless, the
# coming one, and its sentence is about 明年 too; 前後 outside).
HOLIDAY = {
    "明年春节": "2027-02-06", "春节": "2027-02-06",
    "聖誕節": "2026-12-25", "農曆年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, precedent
# annotate_fa.py's table); 感恩节 and 黑色星期五 computed from the calendar
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
assert _DOUBLE_NINTH[2026] - _MOON[2026] == datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
# 2027's 正月初一 is a Saturday, 2026's a Tuesday (annotate_gb.py's table)
assert _SPRING[2027].isoweekday() == 6 and _SPRING[2026].isoweekday() == 2


def _thanksgiving(y):
    """The fourth Thursday of November (GUIDELINES: 黑色星期五 is the day
    after 感恩节)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3)


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    return _thanksgiving(y) + datetime.timedelta(days=1)


assert _thanksgiving(2026) == datetime.date(2026, 11, 26)
assert _black_friday(2026).isoweekday() == 5

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "重阳": _DOUBLE_NINTH, "重陽": _DOUBLE_NINTH,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)},
         "感恩節": {y: _thanksgiving(y) for y in (2025, 2026, 2027)},
         "感恩节": {y: _thanksgiving(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "重阳", "重陽")


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g245 (2026: the prefecture-level cities 乐山 (四川), 包头, 鄂尔多斯,
    # 呼和浩特 (内蒙古), 徐州, 苏州, 常州 (江苏), 西安 (陕西), 上饶 (江西),
    # 银川 (宁夏), 滁州, 合肥 (安徽), 宁波, 嘉兴 (浙江), 西宁 (青海), 曲靖
    # (云南); the county-level city 石河子 (directly under 新疆, SPEC:
    # county-level cities are CITY at the article's date); foreign cities by
    # their common Chinese names, after their countries glued before them
    # (沙特利雅得, 阿联酋迪拜, 巴西圣保罗, 印尼雅加达: precedent BC's 德国柏林))
    "乐山": "乐山市", "包头": "包头市", "石河子": "石河子市",
    "徐州": "徐州市", "西安": "西安市", "鄂尔多斯": "鄂尔多斯市",
    "上饶": "上饶市", "呼和浩特": "呼和浩特市", "银川": "银川市",
    "滁州": "滁州市", "合肥": "合肥市", "宁波": "宁波市", "苏州": "苏州市",
    "常州": "常州市", "嘉兴": "嘉兴市", "西宁": "西宁市", "曲靖": "曲靖市",
    "利雅得": "利雅得", "迪拜": "迪拜", "圣保罗": "圣保罗",
    "雅加达": "雅加达",
    # g246 (traditional spans; Taiwan's special municipalities 台中, 台北,
    # 桃園, 台南, 高雄 by their full names; the mainland county-level city
    # 崑山 (Taiwan's spelling of 昆山, t2s 昆山, under 苏州); foreign cities by
    # their mainland common names: 雪梨 -> 悉尼 (GUIDELINES: 雪梨 is 悉尼
    # everywhere), 胡志明市 (its common name ends with 市: FOREIGN_SHI))
    "台中": "台中市", "台北": "台北市", "桃園": "桃园市", "台南": "台南市",
    "高雄": "高雄市", "崑山": "昆山市",
    "洛杉磯": "洛杉矶", "西雅圖": "西雅图", "胡志明市": "胡志明市",
    "法蘭克福": "法兰克福", "阿姆斯特丹": "阿姆斯特丹", "慕尼黑": "慕尼黑",
    "雪梨": "悉尼", "墨爾本": "墨尔本", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"利雅得", "迪拜", "圣保罗", "雅加达", "洛杉矶", "西雅图",
          "法兰克福", "阿姆斯特丹", "慕尼黑", "悉尼", "墨尔本", "东京"}
# foreign cities whose common Chinese name itself ends with 市: 胡志明市
# (GUIDELINES' own 胡志明市、河内及金边; precedent BA declared it in a mutation
# only: used here)
FOREIGN_SHI = {"胡志明市"}
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them.  Neither article names them; the set is GUIDELINES' rule, fixed and
# asserted so (annotate_ba.py required every declared name to be used, so an
# unused rule had to be emptied, and then 新竹 spanned alone as 新竹市
# passed: new here)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC: foreign cities normalize to the mainland
# standard name; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed table,
# independent of CITY_NORM and CITY_ALIAS (new here: 雪梨 normalized 雪梨 in
# the table and the alias alike passed)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): 雪梨 (t2s keeps
# 雪梨; GUIDELINES: 雪梨 is 悉尼 everywhere; SPEC: foreign cities normalize to
# the mainland standard name)
CITY_ALIAS = {"雪梨": "悉尼"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台灣自行車輸出業同業公會": "台湾自行车输出业同业公会",
    "財政部關務署": "财政部关务署", "財政部統計處": "财政部统计处",
    "經濟部國際貿易署": "经济部国际贸易署", "貿易署": "贸易署",
    "巨大集團": "巨大集团", "巨大": "巨大", "捷安特": "捷安特",
    "美利達": "美利达", "Specialized": "Specialized", "桂盟": "桂盟",
    "日馳企業": "日驰企业", "利奇": "利奇", "建大工業": "建大工业",
    "正新橡膠": "正新橡胶", "愛地雅": "爱地雅", "達方電子": "达方电子",
    "禧瑪諾": "禧玛诺", "台灣自行車協進會": "台湾自行车协进会",
    "A-Team": "A-Team",
    "自行車暨健康科技工業研究發展中心": "自行车暨健康科技工业研究发展中心",
    "自行車中心": "自行车中心",
    "台灣區車輛工業同業公會": "台湾区车辆工业同业公会",
    "中華民國對外貿易發展協會": "中华民国对外贸易发展协会",
    "外貿協會": "外贸协会", "迪卡儂": "迪卡侬",
    "台中市政府經濟發展局": "台中市政府经济发展局",
    "台中市工商發展投資策進會": "台中市工商发展投资策进会",
    "經濟部產業發展署": "经济部产业发展署", "元大投顧": "元大投顾",
    "凱基投顧": "凯基投顾", "台灣經濟研究院": "台湾经济研究院",
}
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}      # ISO weekday numbers (datetime.fromisocalendar)


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
            for b in (BOM8, BOM16LE, BOM16BE):     # one BOM only
                assert not raw.startswith(b), f"{doc_id}: second BOM"
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "utf-8":      # UTF-8 WITH A BOM, A SIMPLIFIED MAINLAND
            # ARTICLE (annotate_ca.py's block as annotate_ba.py describes it,
            # the mirror of annotate_ba.py's block without a BOM): exactly one
            # BOM, EF BB BF, in front (checked above: no second BOM of any
            # kind); the BOM-aware utf-8-sig reading is the text, the plain
            # utf-8 reading is the text with U+FEFF in front, so offsets
            # count from the first character after the BOM
            assert bom == BOM8 and full == BOM8 + raw, doc_id
            assert full.count(BOM8) == 1, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert len(full.decode("utf-8")) == len(self.text) + 1, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation too; no four-byte character), so a count
            # in bytes would shift every row after the title's first
            # character, and a count that keeps the BOM one more
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every character is GB2312 (so GBK and GB18030 too): a reader
            # that wrongly tries a GB codec first gets another text or fails
            assert all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # a legacy codec or UTF-16 fails on the file or reads another
            # text, with or without the BOM (annotate_ca.py, after
            # annotate_dc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
        if enc == "cp950":      # CP950 (BIG5 AS TAIWAN WRITES IT), A TAIWAN
            # ARTICLE (annotate_ca.py's block as annotate_ba.py describes it,
            # the mirror of annotate_ba.py's plain-Big5 block): cp950 reads
            # and round-trips the file (above); no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            # the characters outside plain Big5 are exactly the declared
            # ones (嫺, an ETEN character of row F9), each written with its
            # declared cp950 bytes, which Big5-HKSCS reads alike, and only in
            # its declared word with its count (in no span: checked per row)
            declared = OUTSIDE_BIG5[doc_id]
            assert declared, f"{doc_id}: declare the cp950-only characters"
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            for c, b in declared.items():
                assert c.encode("cp950") == b and b[0] == 0xF9, (doc_id, c)
                assert b.decode("big5hkscs") == c, (doc_id, c)
                assert not decodes(b, "big5"), (doc_id, c)
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (／), each with its declared bytes in
            # both codecs, written with its cp950 bytes at its own character
            # positions (never the plain-Big5 bytes), and only in its declared
            # word with its count (in no span: checked per row)
            forms = CP950_FORMS[doc_id]
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           enc_ok(c, "big5") and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            pos, codes = 0, []
            for c in self.text:         # the bytes of each character
                b = c.encode("cp950")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                codes.append(b)
                pos += len(b)
            assert pos == len(raw), doc_id
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert c950 in codes and b5 not in codes, (doc_id, c)
                # cp950 reads plain Big5's bytes as another character (∕);
                # plain Big5 and Big5-HKSCS read cp950's bytes as the same
                # character, so the form alone would not tell the codecs
                # apart: the declared ETEN character does
                assert b5.decode("cp950") != c, (doc_id, c)
                assert c950.decode("big5") == c, (doc_id, c)
                assert c950.decode("big5hkscs") == c, (doc_id, c)
                word, k = CP950_FORMS_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            # so plain big5, the codec GUIDELINES try first, fails on the
            # file (the narrowest-codec check above), cp950 reads it, and
            # Big5-HKSCS reads it alike
            assert not decodes(raw, "big5"), doc_id
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title's first character
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the declared characters stand on the dateline line (the third
            # line, 記者蘇嫺禾／台中報導), after 記者; every other line is the
            # same in plain Big5 and cp950 byte for byte
            lines = self.text.split("\n")
            for c in list(forms) + list(declared):
                assert c in lines[2] and lines[2].startswith("記者"), c
                assert all(c not in x for i, x in enumerate(lines)
                           if i != 2), c
                assert BEFORE_DECLARED[doc_id] == set(), c
            for i, line in enumerate(lines):
                b = line.encode("cp950")
                if i == 2:
                    assert not enc_ok(line, "big5"), line
                    assert b.decode("cp950") == line, line
                    continue
                assert b == line.encode("big5") and \
                    b.decode("big5") == line, line
            self.no_span_chars = sorted(forms) + sorted(declared)
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if self.traditional:    # a Taiwan text: every character plain
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id      # Big5 (so cp950)
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
        else:
            # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: Taiwan markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d[）)]?年", self.text), doc_id
            # written in Taiwan (GUIDELINES: two different markers, 臺/台
            # spellings counting once), so its 國慶 is Taiwan's 10-10 (new
            # in annotate_fa.py)
            found = {w.replace("臺", "台") for w in TAIWAN_MARKERS
                     if w in self.text}
            assert len(found) >= 2, (doc_id, found)
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), doc_id
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
                assert re.match(r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*"
                                r"(\.\d+)?[万萬亿億]?"
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
# g245 Photovoltaic makers in November 2026: prices (中国光伏行业协会 昨日:
# 今年前10个月, 10月; 上周 0.72元/瓦 against 9月底 and 年初); polysilicon
# (中国有色金属工业协会硅业分会 上周五, 11月20日 against 8月底; 通威股份 and
# 永祥股份 in 乐山、包头; 大全能源 in 石河子; 协鑫科技 in 徐州、乐山 本月);
# tenders (国家电力投资集团有限公司 上周; 中国华能集团有限公司 本月, 12月中旬);
# results (三季度财报; 隆基绿能 前三季度, 三季度 against 二季度, 西安,
# 鄂尔多斯 明年一季度; 晶科能源 of 上饶; 天合光能, 晶澳科技 against 上半年);
# wafers and cells (TCL中环 三季度 in 呼和浩特、银川; 弘元绿能, 双良节能 in 包头;
# 钧达股份 and 捷泰科技 in 上饶、滁州两地 上月); inverters (阳光电源 of 合肥;
# 锦浪科技 of 宁波, 固德威 of 苏州 三季度; 华为数字能源 今年 in 利雅得, 迪拜
# 12月; 上能电气, 禾迈股份 明年春节); the cities (包头市工业和信息化局
# 今年前10个月; 上饶 and 盐城经济技术开发区管理委员会, 天合光能、阿特斯两家;
# 常州、嘉兴; 宜宾市经济和信息化局, 英发睿能, 宁德时代); exports (海关总署
# 今年前10个月, 10月 against 去年同期; 晶澳科技 上月 in 圣保罗, 雅加达; 阿特斯);
# policy (工业和信息化部 上月; 国家发展改革委, 国家市场监督管理总局; 中国光伏
# 行业协会 今年; 国家能源局 今年1至10月); the outlook (InfoLink 明年一季度,
# 本周四（26日）; 中信证券 2027年下半年; 兴业银行 今年 in 西宁、曲靖, 春节).
# Simplified, UTF-8 WITH a BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 证券时报; its byline 证券时报记者 韩素然 stands on a line of its own (the
# outlet an ORG, GUIDELINES).  昨日 2026-11-23; 上周 2026-W47; 上周五
# 2026-11-20; 本周四 2026-11-26; 上月 2026-10; 本月 2026-11; 明年 2027.
# ===========================================================================
@doc
def g245():
    d = Doc(G245)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, Q3 = "2026-10", "2026-Q3"
    LS, BT, SHZ, EEDS, SR = "乐山市", "包头市", "石河子市", "鄂尔多斯市", "上饶市"
    HHHT, YC, CZ, HF, SZ = "呼和浩特市", "银川市", "滁州市", "合肥市", "苏州市"
    RUH, DXB, JX, SP, JKT = "利雅得", "迪拜", "嘉兴市", "圣保罗", "雅加达"
    XN, QJ = "西宁市", "曲靖市"
    # title (a heading that opens with no city: no section; its space splits
    # it into two sentences, GUIDELINES); an energy rate keeps its
    # denominator (GUIDELINES 0.72元/瓦)
    d.metric("回升至[[0.72元/瓦]] 头部", "0.72", "元/瓦", "exact", "")
    d.date("头部企业[[三季度]]亏损", Q3, "")
    # the byline 证券时报记者 韩素然: an outlet's name ending in 时报 right
    # before 记者 at the start of a line is the outlet (GUIDELINES); a
    # heading that opens with no city
    d.org("\n\n[[证券时报]]记者")
    # P1 prices (no CITY in the paragraph)
    d.org("\n\n[[中国光伏行业协会]]昨日")
    d.date("协会[[昨日]]发布", "2026-11-23", "")
    # 今年 attached; several months of a year: the year (SPEC)
    d.date("显示，[[今年前10个月]]国内光伏组件产量", Y, "")
    d.metric("产量[[约482GW]]", 482, "GW", "approx", "")
    d.metric("下降[[6.3%]]；", "6.3", "%", "exact", "")
    d.date("其中[[10月]]单月", OCT, "")
    d.metric("产量[[约41.5GW]]", "41.5", "GW", "approx", "")
    d.metric("环比增长[[4.1%]]。", "4.1", "%", "exact", "")
    # 上周: the ISO week before the reference date's (GUIDELINES)
    d.date("带动，[[上周]]主流", "2026-W47", "")
    d.metric("回升至[[0.72元/瓦]]，", "0.72", "元/瓦", "exact", "")
    # an end of a month is the month (SPEC); 较 outside
    d.date("较[[9月底]]上涨", "2026-09", "")
    d.metric("上涨[[约5.9%]]", "5.9", "%", "approx", "")
    # a start of the year is the year (SPEC; precedents BA, CA)
    d.date("较[[年初]]低点", Y, "")
    d.metric("回升[[近0.06元/瓦]]", "0.06", "元/瓦", "approx", "")
    # P2 polysilicon
    # a branch written after its body belongs to it (GUIDELINES 中国欧盟商会
    # 上海分会): one ORG
    d.org("。[[中国有色金属工业协会硅业分会]]上周五")
    # a weekday inside the span gives the day (GUIDELINES 上周五): W47's
    # Friday from Tuesday 2026-11-24
    d.date("分会[[上周五]]公布", "2026-11-20", "")
    # 每 before the number is not part of the unit (GUIDELINES)
    d.metric("每吨[[5.26万元]]", "5.26e4", "元", "exact", "")
    d.metric("环比上涨[[1.8%]]", "1.8", "%", "exact", "")
    d.date("截至[[11月20日]]", "2026-11-20", "")
    # 左右 inside the span (SPEC 3.6万户左右)
    d.metric("库存[[38万吨左右]]", "38e4", "吨", "approx", "")
    d.date("较[[8月底]]高点", "2026-08", "")
    d.metric("减少[[约9万吨]]", "9e4", "吨", "approx", "")
    # a parent and its subsidiary, 旗下 between: two ORGs (precedents CA, BC)
    d.org("。[[通威股份]]旗下")
    d.org("旗下[[永祥股份]]在")
    d.city("在[[乐山]]、包头")
    d.city("乐山、[[包头]]的基地")
    d.metric("回升至[[约六成]]", 60, "%", "approx", BT)
    d.org("，[[大全能源]]位于")
    # 石河子: a county-level city directly under 新疆 (SPEC)
    d.city("位于[[石河子]]的")
    d.metric("维持[[约七成]]负荷", 70, "%", "approx", SHZ)
    d.org("；[[协鑫科技]]在")
    d.city("在[[徐州]]、乐山")
    d.city("徐州、[[乐山]]布局")
    # 本月 counts from the reference date (GUIDELINES); 起 outside
    d.date("颗粒硅项目[[本月]]起", "2026-11", LS)
    # P3 tenders (no CITY)
    d.org("。[[国家电力投资集团有限公司]]上周")
    d.date("有限公司[[上周]]开标", "2026-W47", "")
    d.metric("开标的[[约8GW]]", 8, "GW", "approx", "")
    # 约为: the marker separated by the verb 为 stays outside and sets
    # approx (GUIDELINES 约为19%)
    d.metric("投标均价约为[[0.74元/瓦]]", "0.74", "元/瓦", "approx", "",
             sep="约")
    d.metric("环比上涨[[逾3%]]", 3, "%", "over", "")
    d.org("；[[中国华能集团有限公司]]本月")
    d.date("有限公司[[本月]]启动", "2026-11", "")
    d.metric("启动的[[约5GW]]", 5, "GW", "approx", "")
    # a part of a month is the month (SPEC); 预计于 outside
    d.date("预计于[[12月中旬]]定标", "2026-12", "")
    # P4 results
    # the report names its quarter (precedents BA, CA: 三季度报告)
    d.date("\n\n[[三季度]]财报", Q3, "")
    d.org("。[[隆基绿能]]前三季度")
    # 前三季度 after the name it is about (GUIDELINES): the year (SPEC)
    d.date("隆基绿能[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约586亿元]]", "586e8", "元", "approx", "")
    d.metric("下降[[12.4%]]", "12.4", "%", "exact", "")
    # value is unsigned (SPEC): a loss is in the verb
    d.metric("亏损[[约18.6亿元]]", "18.6e8", "元", "approx", "")
    d.date("其中[[三季度]]亏损", Q3, "")
    d.metric("亏损[[约3.2亿元]]", "3.2e8", "元", "approx", "")
    # a bare quarter in the reference year (its sentence states no year)
    d.date("较[[二季度]]减少", "2026-Q2", "")
    d.metric("减少[[约七成]]", 70, "%", "approx", "")
    d.city("位于[[西安]]的")
    # a city as a modifier of its base (SPEC 杭州特色; precedent BA's
    # 湛江生产基地)
    d.city("，[[鄂尔多斯]]基地")
    d.date("将于[[明年一季度]]完成", "2027-Q1", EEDS)
    d.city("总部位于[[上饶]]的晶科")
    d.org("的[[晶科能源]]前三季度")
    d.date("晶科能源[[前三季度]]营业", Y, SR)
    d.metric("营业收入[[约498亿元]]", "498e8", "元", "approx", SR)
    d.metric("同比下降[[14.8%]]，组件", "14.8", "%", "exact", SR)
    d.metric("出货量[[超过67GW]]", 67, "GW", "over", SR)
    d.org("；[[天合光能]]、晶澳")
    d.org("、[[晶澳科技]]前三季度")
    d.date("晶澳科技[[前三季度]]分别", Y, "")
    d.metric("分别亏损[[约21亿元]]", "21e8", "元", "approx", "")
    d.metric("、[[约14.5亿元]]", "14.5e8", "元", "approx", "")
    # several months of a year: the year (SPEC 上半年); 较 outside
    d.date("较[[上半年]]大幅", Y, "")
    # P5 wafers and cells
    d.org("。[[TCL中环]]三季度")
    # the rule gives the first city after (the list's first), though the
    # quarter and its figures are the company's: the rule as written
    d.date("TCL中环[[三季度]]硅片", Q3, HHHT)
    d.metric("出货[[32.4GW]]", "32.4", "GW", "exact", HHHT)
    d.metric("环比增长[[约8%]]", 8, "%", "approx", HHHT)
    d.city("在[[呼和浩特]]、银川")
    d.city("、[[银川]]的晶体")
    d.metric("回升至[[约75%]]", 75, "%", "approx", YC)
    d.org("；[[弘元绿能]]、双良")
    d.org("、[[双良节能]]位于")
    d.city("位于[[包头]]的拉晶")
    d.metric("合计[[近95GW]]", 95, "GW", "approx", BT)
    # 不足 inside the span: under (SPEC)
    d.metric("仍[[不足五成]]", 50, "%", "under", BT)
    d.org("。[[钧达股份]]旗下")
    d.org("旗下[[捷泰科技]]表示")
    # the list opens its clause (表示，上饶、滁州两地): 两 is its collective
    # label, no METRIC (SPEC 两地; check_collective)
    d.city("表示，[[上饶]]、滁州")
    d.city("、[[滁州]]两地")
    d.date("基地[[上月]]出货", OCT, CZ)
    d.metric("出货[[约3.6GW]]", "3.6", "GW", "approx", CZ)
    d.metric("环比增长[[约12%]]", 12, "%", "approx", CZ)
    # P6 inverters
    d.city("总部位于[[合肥]]的")
    d.org("的[[阳光电源]]前三季度")
    d.date("阳光电源[[前三季度]]营业", Y, HF)
    d.metric("营业收入[[约612亿元]]", "612e8", "元", "approx", HF)
    d.metric("同比增长[[9.3%]]", "9.3", "%", "exact", HF)
    d.metric("占比[[约58%]]", 58, "%", "approx", HF)
    d.city("总部位于[[宁波]]的")
    d.org("的[[锦浪科技]]、")
    d.city("位于[[苏州]]的固德威")
    d.org("的[[固德威]]三季度")
    d.date("固德威[[三季度]]净利润", Q3, SZ)
    d.metric("分别增长[[36.2%]]", "36.2", "%", "exact", SZ)
    d.metric("、[[21.5%]]。", "21.5", "%", "exact", SZ)
    # 数字能源 after a company names its business, one ORG (GUIDELINES
    # 华为数字能源)
    d.org("。[[华为数字能源]]相关")
    d.date("公司[[今年]]在中东", Y, RUH)
    d.metric("同比增长[[超过1.4倍]]", "1.4", "倍", "over", RUH)
    # a country glued before a foreign city leaves it a CITY (GUIDELINES
    # 云南昆明; precedent BC's 德国柏林)
    d.city("沙特[[利雅得]]、")
    d.city("阿联酋[[迪拜]]的")
    d.date("将于[[12月]]投入", "2026-12", DXB)
    d.date("指出，[[三季度]]海外", Q3, "")
    # items before 等企业 are ORGs (GUIDELINES)
    d.org("，[[上能电气]]、禾迈")
    d.org("、[[禾迈股份]]等企业")
    # 明年 attached to the festival, one span (precedent BA); 前后 outside
    d.date("延续至[[明年春节]]前后", "2027-02-06", "")
    # P7 the cities (their names stand only inside ORGs here, but for
    # 常州、嘉兴)
    # a city's bureau, its city inside, no CITY; 和 joining two fields inside
    # one body (GUIDELINES; precedent BC)
    d.org("。[[包头市工业和信息化局]]数据")
    d.date("显示，[[今年前10个月]]全市", Y, "")
    d.metric("产值[[约1320亿元]]", "1320e8", "元", "approx", "")
    d.metric("同比下降[[约11%]]", 11, "%", "approx", "")
    # a zone's management committee with its city in front: one ORG, no
    # CITY (SPEC: a place written directly in front belongs to the name;
    # precedent BA's 漯河经济技术开发区管理委员会)
    d.org("。[[上饶经济技术开发区管理委员会]]相关")
    d.date("光伏企业[[今年]]已关停", Y, "")
    # 以上 inside the span: over (SPEC 6成以上)
    d.metric("产线[[12GW以上]]", 12, "GW", "over", "")
    d.date("，[[明年]]将引导", NY, "")
    d.org("。[[盐城经济技术开发区管理委员会]]披露")
    # 两家 after the pair that opens its clause: their collective label
    # (GUIDELINES' 隆基绿能 … 晶澳科技五家; check_collective)
    d.org("披露，[[天合光能]]、阿特斯")
    d.org("、[[阿特斯]]两家")
    d.date("组件基地[[前三季度]]合计", Y, "")
    d.metric("产值[[约186亿元]]", "186e8", "元", "approx", "")
    # a list sharing one head (等地): the items are CITY (SPEC)
    d.city("在[[常州]]、嘉兴")
    d.city("、[[嘉兴]]等地")
    # 余 after the number: over (SPEC 1.2万余家)
    d.metric("，[[40余家]]中小", 40, "家", "over", JX)
    d.org("；[[宜宾市经济和信息化局]]则")
    d.org("推动[[英发睿能]]等")
    d.org("与[[宁德时代]]开展")
    # P8 exports
    d.org("，[[海关总署]]数据")
    d.date("显示，[[今年前10个月]]我国", Y, "")
    d.metric("出口额[[约1960亿元]]", "1960e8", "元", "approx", "")
    d.metric("同比下降[[7.9%]]", "7.9", "%", "exact", "")
    d.metric("出口量[[约205GW]]", 205, "GW", "approx", "")
    d.metric("同比增长[[4.5%]]；", "4.5", "%", "exact", "")
    d.date("其中[[10月]]出口额", OCT, "")
    d.metric("出口额[[约176亿元]]", "176e8", "元", "approx", "")
    # 去年同期 after 10月: that month a year earlier (SPEC)
    d.date("较[[去年同期]]下降", "2025-10", "")
    d.metric("下降[[约3%]]。", 3, "%", "approx", "")
    d.org("。[[晶澳科技]]相关")
    d.date("公司[[上月]]在巴西", OCT, SP)
    d.city("巴西[[圣保罗]]、")
    d.city("印尼[[雅加达]]新设")
    d.date("，[[明年]]海外出货", NY, JKT)
    d.metric("提升至[[65%左右]]", 65, "%", "approx", JKT)
    d.org("。[[阿特斯]]位于")
    d.metric("扩产至[[约5GW]]", 5, "GW", "approx", "")
    # P9 policy (no CITY)
    d.org("，[[工业和信息化部]]上月")
    d.date("信息化部[[上月]]就修订", OCT, "")
    # 以上 inside the span: over (SPEC 6成以上)
    d.metric("提高至[[22.5%以上]]", "22.5", "%", "over", "")
    # two bodies joined by 、: two ORGs
    d.org("；[[国家发展改革委]]、")
    d.org("、[[国家市场监督管理总局]]也已")
    d.org("。[[中国光伏行业协会]]预计")
    d.date("预计，[[今年]]国内新增", Y, "")
    # a range, each end with its own unit (在…之间; no marker before it)
    d.metric("装机在[[230GW]]至", 230, "GW", "exact", "")
    d.metric("至[[250GW]]之间", 250, "GW", "exact", "")
    d.metric("同比下降[[约10%]]", 10, "%", "approx", "")
    d.org("；[[国家能源局]]数据")
    # a range with one shared 月: the first number is its own mention
    # (GUIDELINES 3月5-7日; precedents BA, BB: 今年1至9月)
    d.date("显示，[[今年1]]至10月", "2026-01", "")
    d.date("今年1至[[10月]]全国", OCT, "")
    d.metric("新增装机[[约2.1亿千瓦]]", "2.1e8", "千瓦", "approx", "")
    d.metric("同比下降[[26.8%]]", "26.8", "%", "exact", "")
    # P10 the outlook
    # a Latin name before what a body says (GUIDELINES: SNE Research数据显示)
    d.org("，[[InfoLink]]预计")
    d.date("预计，[[明年一季度]]组件", "2027-Q1", "")
    d.metric("将在[[0.70元/瓦]]至", "0.7", "元/瓦", "exact", "")
    d.metric("至[[0.75元/瓦]]之间", "0.75", "元/瓦", "exact", "")
    d.org("。[[InfoLink]]将于")
    # a weekday inside the span (W48's Thursday); the bracketed day is its
    # own mention, the same day (SPEC 今日(15日))
    d.date("将于[[本周四]]（", "2026-11-26", "")
    d.date("（[[26日]]）发布", "2026-11-26", "")
    d.org("。[[中信证券]]一位")
    # a year and a half of it, one span (precedent BB's 明年上半年): the year
    d.date("在[[2027年下半年]]恢复", NY, "")
    d.org("。[[兴业银行]]相关")
    d.date("该行[[今年]]已为", Y, XN)
    d.city("为[[西宁]]、曲靖")
    d.city("、[[曲靖]]等地")
    d.metric("绿色贷款[[逾86亿元]]", "86e8", "元", "over", QJ)
    d.metric("另有[[近30亿元]]授信", "30e8", "元", "approx", "")
    # yearless, in a sentence that states no year: the coming one
    # (GUIDELINES); 前 outside
    d.date("计划在[[春节]]前", "2027-02-06", "")
    audit = {
        "orgs": ["证券时报", "中国光伏行业协会",
                 "中国有色金属工业协会硅业分会", "通威股份", "永祥股份",
                 "大全能源", "协鑫科技", "国家电力投资集团有限公司",
                 "中国华能集团有限公司", "隆基绿能", "晶科能源", "天合光能",
                 "晶澳科技", "TCL中环", "弘元绿能", "双良节能", "钧达股份",
                 "捷泰科技", "阳光电源", "锦浪科技", "固德威", "华为数字能源",
                 "上能电气", "禾迈股份", "包头市工业和信息化局",
                 "上饶经济技术开发区管理委员会",
                 "盐城经济技术开发区管理委员会", "阿特斯",
                 "宜宾市经济和信息化局", "英发睿能", "宁德时代", "海关总署",
                 "工业和信息化部", "国家发展改革委", "国家市场监督管理总局",
                 "国家能源局", "InfoLink", "中信证券", "兴业银行"],
        "cities": ["乐山", "包头", "石河子", "徐州", "西安", "鄂尔多斯",
                   "上饶", "呼和浩特", "银川", "滁州", "合肥", "宁波", "苏州",
                   "常州", "嘉兴", "西宁", "曲靖", "利雅得", "迪拜", "圣保罗",
                   "雅加达", "盐城", "宜宾", "宁德", "中国", "我国", "全国",
                   "全市", "当地", "区内", "中东", "沙特", "阿联酋", "巴西",
                   "印尼", "美国", "得克萨斯州", "海外"],
        # 包头 and 上饶 stand once each inside their ORGs (the bureau, the
        # committee), 盐城 and 宜宾 only inside theirs, 宁德 inside 宁德时代,
        # 中国 inside ORG rows only; the rest are counted in words_excluded
        "excluded": [],
        "numbers_excluded": [],
        # 一位 (an indefinite, GUIDELINES: 一 before a measure word)
        "cn_excluded": ["[[一]]位分析师"],
        # collective labels of lists just given (GUIDELINES: 两地, 五家)
        "collectives": [("滁州[[两]]地", 2), ("阿特斯[[两]]家", 2)],
        "latin_excluded": [],
        # words that are no DATE, no figure or no place: 单月 (the single
        # month after the DATE 10月); 我国 and 全国 (the country, generic),
        # 全市 and 当地 (deictic, SPEC 全市), 区内 (inside the zone), 中东 and
        # 海外 (regions), 沙特, 阿联酋, 巴西, 印尼, 美国 (countries), 得克萨斯州
        # (a state); 同期, 全年, 年度, 当天 (none outside rows)
        "words_excluded": {"单月": 1, "我国": 1, "全国": 1, "全市": 1,
                           "当地": 1, "区内": 2, "中东": 1, "海外": 3,
                           "沙特": 1, "阿联酋": 1, "巴西": 1, "印尼": 1,
                           "美国": 1, "得克萨斯州": 1, "同期": 0,
                           "全年": 0, "年度": 0, "当天": 0},
        # generic words outside ORG rows: 公司 (公司 read back x4, 销售公司),
        # 企业 (kinds); 协会, 集团, 股份, 管理委员会, 银行, 证券, 总局, 总署,
        # 能源局, 分会, and the names and heads a cut ORG would leave outside
        # (工业协会 of the silicon branch's federation, 开发区 of the
        # committees, 信息化 of the bureaus and the ministry, 时报 of the
        # outlet, 有限公司, 科技, and the trade words 能源 (of 大全能源,
        # 晶科能源, 华为数字能源, 国家能源局), 绿能, 光能, 电源, 电气: added
        # after 华为数字能源 cut to 华为, declared along, passed) none outside
        # rows
        "orgwords_excluded": {"公司": 5, "企业": 10, "协会": 0, "集团": 0,
                              "股份": 0, "管理委员会": 0, "银行": 0,
                              "证券": 0, "总局": 0, "总署": 0, "能源局": 0,
                              "分会": 0, "工业协会": 0, "开发区": 0,
                              "信息化": 0, "时报": 0, "有限公司": 0,
                              "科技": 0, "能源": 0, "绿能": 0, "光能": 0,
                              "电源": 0, "电气": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g246 Taiwan's bicycle and e-bike makers, November 2026: exports (台灣自行車
# 輸出業同業公會 今（21）日: 今年前10月 against 去年同期; 財政部關務署 10月
# against 去年同期; 財政部統計處 今年前10月; 經濟部國際貿易署（貿易署）
# 今年前10月, 明年第1季 in 洛杉磯, 西雅圖); 巨大集團 昨（20）日 (第3季, 前3季;
# 捷安特 against 年初, 10月; 崑山, 台中); 美利達 10月, 今年前10月 (Specialized
# 明年第1季; 今年); parts (桂盟 10月, 胡志明市 116年第1季; 日馳企業 本週三（18日）
# 今年前10月; 利奇 10月; 建大工業, 正新橡膠; 愛地雅 第4季; 達方電子 今年
# against 114年; 禧瑪諾 上月, 明年1月); inventory (台灣自行車協進會（A-Team）
# against 去年; 自行車暨健康科技工業研究發展中心（自行車中心） 115年, 明年;
# 台灣區車輛工業同業公會 今年前10月); shows (中華民國對外貿易發展協會
# （外貿協會） 明（116）年3月 in 台北; 今年6月 in 法蘭克福 against 去年); abroad
# (巨大 今年 in 阿姆斯特丹, 慕尼黑, 洛杉磯; 美利達, Specialized in 雪梨, 墨爾本;
# 迪卡儂 明年上半年; 美利達 明年 in 東京); at home (台中市政府經濟發展局, 台中;
# 台中市工商發展投資策進會 9月; 經濟部產業發展署 今年, 明年 with 桃園, 台南;
# 台南, 高雄 今年); the outlook (元大投顧 聖誕節, 年底, 明年第1季; 凱基投顧,
# 巨大, 美利達 明年; 台灣經濟研究院 明年; 農曆年, 明年首季).  Traditional as
# Taiwan writes it (台, 占, 公布, 宣布, 布局, 計畫, 本週三, 自行車週, 前10月,
# 前3季, 第3季, 第4季, 首季, 年增, 年減, 月增, 季增, 新台幣, 萬, 億, ROC
# years), cp950 without BOM, 2026-11-21 (a Saturday, ISO week 2026-W47),
# 工商時報; its dateline line 記者蘇嫺禾／台中報導 (no outlet, 台中 a CITY;
# 嫺 cp950's F9 DC, outside plain Big5, and ／ cp950's A1 FE, both in no
# span).  今（21）日 2026-11-21; 昨（20）日 2026-11-20; 本週三 2026-11-18;
# 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g246():
    d = Doc(G246)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, Q1N = "2026-10", "2027-Q1"
    TC, TP, TY, KH, KS = "台中市", "台北市", "桃园市", "高雄市", "昆山市"
    LA, HCM, FRA, AMS = "洛杉矶", "胡志明市", "法兰克福", "阿姆斯特丹"
    MEL, TYO = "墨尔本", "东京"
    # title (a heading that opens with no city: no section; its space splits
    # it into two sentences, GUIDELINES); 今年前10月: Taiwan writes the
    # first months without 個 (GUIDELINES), 今年 attached; 明年首季: Taiwan
    # writes the first quarter 首季 (GUIDELINES)
    d.date("自行車[[今年前10月]]出口值", Y, "")
    d.metric("年減[[8.6%]] 電動", "8.6", "%", "exact", "")
    d.date("輔助車[[明年首季]]訂單", Q1N, "")
    # the dateline line 記者蘇嫺禾／台中報導: the place filed from (precedents
    # CA, BA); a heading that opens with no city: no section
    d.city("／[[台中]]報導")
    # P1 exports (no CITY in the paragraph)
    d.org("\n\n[[台灣自行車輸出業同業公會]]今（21）日")
    # 今（N）日: one span, the reference day (SPEC 今（5）日)
    d.date("公會[[今（21）日]]公布", "2026-11-21", "")
    d.date("統計，[[今年前10月]]自行車整車", Y, "")
    d.metric("出口量[[約98.6萬輛]]", "98.6e4", "辆", "approx", "")
    d.metric("年減[[4.2%]]", "4.2", "%", "exact", "")
    d.metric("出口值[[約16.8億美元]]", "16.8e8", "美元", "approx", "")
    d.metric("年減[[8.6%]]，其中", "8.6", "%", "exact", "")
    d.metric("出口量[[約41.3萬輛]]", "41.3e4", "辆", "approx", "")
    d.metric("出口值[[約9.2億美元]]", "9.2e8", "美元", "approx", "")
    d.metric("升至[[55.2%]]", "55.2", "%", "exact", "")
    d.metric("單價[[約2,228美元]]", 2228, "美元", "approx", "")
    # 去年同期 after 今年前10月 (a period with no ISO form): the year (SPEC)
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[6.4%]]。", "6.4", "%", "exact", "")
    # P2 customs and trade (a 署 or 處 written right after its ministry
    # belongs to it, GUIDELINES 内政部反毒局)
    d.org("\n\n[[財政部關務署]]統計")
    d.date("顯示，[[10月]]自行車及零組件", OCT, "")
    d.metric("出口值[[約3.1億美元]]", "3.1e8", "美元", "approx", "")
    d.metric("月增[[7.3%]]", "7.3", "%", "exact", "")
    # 去年同期 after 10月: that month a year earlier (SPEC)
    d.date("較[[去年同期]]減少", "2025-10", "")
    d.metric("減少[[約3%]]。", 3, "%", "approx", "")
    d.org("。[[財政部統計處]]另")
    d.date("指出，[[今年前10月]]自行車零組件", Y, "")
    d.metric("出口值[[約22.4億美元]]", "22.4e8", "美元", "approx", "")
    # 不到 inside the span: under (SPEC)
    d.metric("年減[[不到5%]]。", 5, "%", "under", "")
    # the bracketed short form, the name's characters in order (GUIDELINES)
    d.org("。[[經濟部國際貿易署]]（")
    d.org("（[[貿易署]]）指出")
    d.date("效應，[[今年前10月]]台灣對美國", Y, "")
    d.metric("自行車[[約8.7萬輛]]", "8.7e4", "辆", "approx", "")
    d.metric("年增[[近2成]]", 20, "%", "approx", "")
    d.org("；[[貿易署]]並將")
    d.date("將於[[明年第1季]]在", Q1N, LA)
    d.city("在[[洛杉磯]]、西雅圖")
    d.city("、[[西雅圖]]舉辦")
    # P3 巨大
    # 龍頭 in front is a role, outside; 巨大集團 is the fuller name that makes
    # the short 巨大 an ORG wherever it stands (GUIDELINES 菜鸟集团)
    d.org("龍頭[[巨大集團]]昨（20）日")
    d.date("集團[[昨（20）日]]召開", "2026-11-20", "")
    d.date("公布[[第3季]]合併", "2026-Q3", "")
    d.metric("營收[[約168.5億元]]", "168.5e8", "元", "approx", "")
    d.metric("季增[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("年減[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("回升至[[22.6%]]", "22.6", "%", "exact", "")
    d.org("；[[巨大]]前3季")
    # 前3季 after the name it is about (GUIDELINES): the year
    d.date("巨大[[前3季]]稅後", Y, "")
    d.metric("純益[[約24.7億元]]", "24.7e8", "元", "approx", "")
    # 每股 before the number is not part of the unit (GUIDELINES)
    d.metric("每股純益[[約6.58元]]", "6.58", "元", "approx", "")
    d.metric("升至[[超過4成]]", 40, "%", "over", "")
    d.org("。[[巨大]]表示")
    # a brand acting as its company, 旗下 between (precedent CA's
    # 春水堂旗下茶湯會)
    d.org("旗下[[捷安特]]在歐洲")
    d.date("較[[年初]]下降", Y, "")
    d.metric("下降[[約2成]]", 20, "%", "approx", "")
    d.date("自[[10月]]起", OCT, "")
    d.org("；[[捷安特]]在中國")
    # the rule gives the first city after (崑山), though the stores are all
    # over the mainland: the rule as written
    d.metric("高峰時的[[約2,600家]]", 2600, "家", "approx", KS)
    d.metric("縮減至[[約1,900家]]", 1900, "家", "approx", KS)
    # 崑山: Taiwan's spelling of 昆山, a county-level city of 苏州 (SPEC);
    # a city before its plant is a modifier
    d.city("由[[崑山]]廠")
    d.city("移回[[台中]]總部")
    # P4 美利達
    d.org("\n\n[[美利達]]10月")
    d.date("美利達[[10月]]合併", OCT, "")
    d.metric("營收[[約21.4億元]]", "21.4e8", "元", "approx", "")
    d.metric("月增[[9.2%]]", "9.2", "%", "exact", "")
    d.metric("年增[[4.8%]]，今年", "4.8", "%", "exact", "")
    d.date("，[[今年前10月]]累計", Y, "")
    d.metric("營收[[約246億元]]", "246e8", "元", "approx", "")
    d.metric("年減[[1.7%]]", "1.7", "%", "exact", "")
    d.org("。[[美利達]]指出")
    # 品牌 right before a brand confirms it (GUIDELINES 咖啡连锁品牌路易莎);
    # 美國品牌 a descriptor, outside
    d.org("品牌[[Specialized]]庫存")
    d.date("尾聲，[[明年第1季]]拉貨", Q1N, "")
    d.date("台灣廠[[今年]]電動", Y, "")
    d.metric("出貨[[約12.5萬輛]]", "12.5e4", "辆", "approx", "")
    d.metric("比重[[約6成]]。", 60, "%", "approx", "")
    # P5 parts (roles in front of each company stay outside, GUIDELINES)
    d.org("大廠[[桂盟]]10月")
    # the rule gives the first city after (胡志明市), though the revenue is
    # the company's: the rule as written
    d.date("桂盟[[10月]]營收", OCT, HCM)
    d.metric("營收[[約3.9億元]]", "3.9e8", "元", "approx", HCM)
    d.metric("年增[[11.3%]]", "11.3", "%", "exact", HCM)
    # a country glued before a foreign city; 胡志明市 is its common name,
    # 市 included (FOREIGN_SHI)
    d.city("越南[[胡志明市]]的")
    # a ROC year with its quarter, one span (SPEC: 112年 -> 2023)
    d.date("預計[[116年第1季]]投產", Q1N, HCM)
    d.org("系統廠[[日馳企業]]本週三")
    # a weekday inside the span: W47's Wednesday (GUIDELINES); the bracketed
    # day its own mention, the same day (SPEC)
    d.date("企業[[本週三]]（", "2026-11-18", "")
    d.date("（[[18日]]）公告", "2026-11-18", "")
    # 今年 attached (a period after the verb 公告 would read as a duration
    # without it, GUIDELINES 前N個月 after a verb)
    d.date("公告[[今年前10月]]營收", Y, "")
    d.metric("營收[[約14.6億元]]", "14.6e8", "元", "approx", "")
    d.metric("年增[[6.9%]]；", "6.9", "%", "exact", "")
    d.org("零件廠[[利奇]]10月")
    d.date("利奇[[10月]]營收", OCT, "")
    d.metric("營收[[約2.4億元]]", "2.4e8", "元", "approx", "")
    d.metric("億元，年增[[5.8%]]。", "5.8", "%", "exact", "")
    d.org("輪胎廠[[建大工業]]、")
    d.org("、[[正新橡膠]]的")
    d.org("組車廠[[愛地雅]]則")
    # Taiwan writes quarters without 度 (GUIDELINES): a bare quarter in the
    # reference year
    d.date("轉單，[[第4季]]產能", "2026-Q4", "")
    # 以上 inside the span (SPEC 6成以上)
    d.metric("回升至[[8成以上]]", 80, "%", "over", "")
    d.org("系統廠[[達方電子]]今年")
    d.date("達方電子[[今年]]驅動", Y, "")
    # 突破 inside the span: over (SPEC); 套 the measure word as written
    d.metric("可望[[突破18萬套]]", "18e4", "套", "over", "")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023); 較 outside
    d.date("較[[114年]]成長", LY, "")
    d.metric("成長[[3成左右]]。", 30, "%", "approx", "")
    d.org("巨頭[[禧瑪諾]]上月")
    d.date("禧瑪諾[[上月]]則", OCT, "")
    d.date("，[[明年1月]]起", "2027-01", "")
    d.metric("報價[[約3%]]。", 3, "%", "approx", "")
    # P6 inventory (no CITY)
    # a name's Latin form in brackets after it is an ORG too (GUIDELINES)
    d.org("，[[台灣自行車協進會]]（")
    d.org("（[[A-Team]]）")
    # the baseline of a change counts from the reference date (GUIDELINES)
    d.date("由[[去年]]的", LY, "")
    # statistics measured in time after 平均 (SPEC 平均停留2.5天; GUIDELINES'
    # statistic cue; check_time_metric)
    d.metric("去年的[[約180天]]", 180, "天", "approx", "")
    d.metric("降至[[約120天]]", 120, "天", "approx", "")
    d.metric("也降至[[約150天]]", 150, "天", "approx", "")
    # the bracketed short form confirms the name read back to a stop
    # (GUIDELINES: a body's head before its short form)
    d.org("；[[自行車暨健康科技工業研究發展中心]]（")
    d.org("（[[自行車中心]]）")
    d.date("估計，[[115年]]全球", Y, "")
    d.metric("銷量[[2,150萬輛左右]]", "2150e4", "辆", "approx", "")
    d.date("，[[明年]]可望再成長", NY, "")
    # a range, each end with its own unit (no marker before it)
    d.metric("成長[[8%]]至", 8, "%", "exact", "")
    d.metric("至[[10%]]。", 10, "%", "exact", "")
    d.org("。[[台灣區車輛工業同業公會]]統計")
    d.date("統計，[[今年前10月]]國內", Y, "")
    d.metric("內銷量[[約42萬輛]]", "42e4", "辆", "approx", "")
    d.metric("年減[[12.4%]]", "12.4", "%", "exact", "")
    # P7 the shows
    # 民國 inside the name is no DATE
    d.org("\n\n[[中華民國對外貿易發展協會]]（")
    d.org("（[[外貿協會]]）表示")
    # a bracketed ROC year with the month after it, one span (GUIDELINES
    # 明（116）年1月); the rule gives the first city after (台北 inside the
    # show's name)
    d.date("表示，[[明（116）年3月]]登場", "2027-03", TP)
    # a city inside an event's name counts (SPEC 上海迪士尼乐园)
    d.city("的[[台北]]國際自行車展")
    d.metric("售出[[逾1,050個]]攤位", 1050, "个", "over", TP)
    d.metric("占比[[近4成]]", 40, "%", "approx", TP)
    d.metric("吸引[[6,500名以上]]", 6500, "名", "over", TP)
    d.date("；[[今年6月]]在德國", "2026-06", FRA)
    d.city("德國[[法蘭克福]]舉行")
    # 約有: the marker separated by the verb 有 stays outside and sets
    # approx (GUIDELINES; precedent BC's 約有2,300名)
    d.metric("廠商約有[[210家]]", 210, "家", "approx", FRA, sep="約")
    d.date("較[[去年]]增加", LY, FRA)
    d.metric("增加[[5.5%]]。", "5.5", "%", "exact", FRA)
    # P8 abroad
    d.org("。[[巨大]]今年")
    d.date("巨大[[今年]]在荷蘭", Y, AMS)
    d.city("荷蘭[[阿姆斯特丹]]、")
    d.city("德國[[慕尼黑]]增設")
    # a city before a logistics facility: the place, the facility no ORG
    # (GUIDELINES 桃园龟山物流中心)
    d.city("美國[[洛杉磯]]倉儲")
    # 大約 never starts inside a word (GUIDELINES 扩大约18%)
    d.metric("擴大[[約3成]]", 30, "%", "approx", LA)
    d.org("；[[美利達]]則透過")
    d.org("透過[[Specialized]]在")
    # GUIDELINES: 雪梨 is 悉尼 everywhere
    d.city("澳洲[[雪梨]]、")
    d.city("、[[墨爾本]]的通路")
    # 通路商 in front is a role, outside (GUIDELINES: roles in front)
    d.org("通路商[[迪卡儂]]也")
    # several months of a year: the year (SPEC 上半年; precedent BB's
    # 明年上半年)
    d.date("追加[[明年上半年]]訂單", NY, MEL)
    d.metric("訂單[[15萬輛]]", "15e4", "辆", "exact", MEL)
    d.org("。[[美利達]]另計畫")
    d.date("計畫[[明年]]在日本", NY, TYO)
    d.city("日本[[東京]]設立")
    # P9 at home
    # a bureau written right after its city government: one ORG, its city
    # inside (GUIDELINES 新北市政府地政局)
    d.org("，[[台中市政府經濟發展局]]統計")
    d.city("統計，[[台中]]自行車")
    d.metric("業者[[1,180家]]", 1180, "家", "exact", TC)
    d.metric("比重[[近6成]]，", 60, "%", "approx", TC)
    # a city's body with a proper name (策進會), its city inside
    d.org("，[[台中市工商發展投資策進會]]9月")
    d.date("策進會[[9月]]舉辦", "2026-09", TC)
    # a city inside an event's name counts (SPEC); 週 of the event's name
    # is no DATE
    d.city("舉辦的[[台中]]自行車週")
    d.metric("吸引[[逾320家]]", 320, "家", "over", TC)
    d.org("；[[經濟部產業發展署]]則")
    # the rule gives the first city after (桃園), though the subsidies are
    # national: the rule as written
    d.date("表示，[[今年]]已補助", Y, TY)
    d.metric("補助[[35家]]", 35, "家", "exact", TY)
    d.date("，[[明年]]相關", NY, TY)
    d.metric("增至[[1.2億元]]", "1.2e8", "元", "exact", TY)
    d.city("協助[[桃園]]、")
    d.city("、[[台南]]的電池")
    d.city("此外，[[台南]]、高雄")
    d.city("、[[高雄]]的車架")
    d.date("輪圈廠[[今年]]合計", Y, KH)
    d.metric("投資[[逾46億元]]", "46e8", "元", "over", KH)
    # P10 the outlook (no CITY)
    d.org("，[[元大投顧]]指出")
    # yearless holiday: the coming one (GUIDELINES); 前 outside
    d.date("通路在[[聖誕節]]前", "2026-12-25", "")
    # 年底 in a sentence whose period is a yearless holiday: the year that
    # puts it nearest the holiday (GUIDELINES)
    d.date("完成[[年底]]促銷", Y, "")
    d.date("後，[[明年第1季]]起", Q1N, "")
    d.org("；[[凱基投顧]]則")
    d.org("，[[巨大]]明年")
    d.date("巨大[[明年]]營收", NY, "")
    d.metric("年增[[8%左右]]", 8, "%", "approx", "")
    d.org("，[[美利達]]年增")
    # a range, each end with its own unit
    d.metric("美利達年增[[6%]]至", 6, "%", "exact", "")
    d.metric("至[[7%]]。台灣", 7, "%", "exact", "")
    d.org("。[[台灣經濟研究院]]則")
    d.date("預估，[[明年]]自行車及零件", NY, "")
    d.metric("回升至[[38億美元以上]]", "38e8", "美元", "over", "")
    # 农历年 is 春节 (GUIDELINES): the coming one, also 明年's; 前後 outside
    d.date("提醒，[[農曆年]]前後", "2027-02-06", "")
    d.date("，[[明年首季]]出貨", Q1N, "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台中", "臺中", "台北", "臺北", "桃園", "台南", "臺南",
                   "高雄", "新北", "崑山", "洛杉磯", "西雅圖", "胡志明市",
                   "法蘭克福", "阿姆斯特丹", "慕尼黑", "雪梨", "墨爾本", "東京",
                   "台灣", "全台", "中國大陸", "美國", "荷蘭", "德國", "越南",
                   "澳洲", "法國", "日本", "歐洲", "歐美"],
        # 台灣 (the country), 全台 (deictic), 中國大陸 (a region), the
        # countries and regions are counted in words_excluded; 台中 stands
        # inside two ORG rows besides its CITY rows
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE: 年增, 年減, 月增, 季增 (year, month or
        # quarter on year, month or quarter), 天數 (a count of days, the
        # statistic's name), 自行車週 (週 of an event's name), 日本 (日 of the
        # country's name); the countries, regions and deictic words of the
        # city audit; 同期, 全年, 年度 (none outside rows)
        "words_excluded": {"年增": 8, "年減": 7, "月增": 2, "季增": 1,
                           "天數": 2, "自行車週": 1, "日本": 1, "同期": 0,
                           "全年": 0, "年度": 0, "台灣": 6, "全台": 1,
                           "中國大陸": 2, "美國": 5, "荷蘭": 2, "德國": 3,
                           "越南": 1, "澳洲": 1, "法國": 1, "歐洲": 4,
                           "歐美": 2},
        # generic words outside ORG rows: 中心 (倉儲中心, 展示中心: facilities);
        # 公會, 協會, 協進會, 集團, 投顧, 研究院, 策進會, 企業, 工業, 電子,
        # 橡膠, 公司, and the names and heads a cut ORG would leave outside
        # (財政部, 經濟部, 市政府, 國際貿易署 of the full name, 研究發展 of the
        # centre, 暨 of the centre's name, 中華民國 of the trade council's:
        # 暨 added after the centre cut to 健康科技工業研究發展中心, declared
        # along, passed) none outside rows
        "orgwords_excluded": {"中心": 2, "公會": 0, "協會": 0, "協進會": 0,
                              "集團": 0, "投顧": 0, "研究院": 0,
                              "策進會": 0, "企業": 0, "工業": 0, "電子": 0,
                              "橡膠": 0, "公司": 0, "財政部": 0,
                              "經濟部": 0, "市政府": 0, "國際貿易署": 0,
                              "研究發展": 0, "署": 0, "暨": 0,
                              "中華民國": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
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
               ("上", "over")]     # SPEC: 上 (上千亿) is over
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕晚"   # 晚 (当晚)
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
    if m:                       # a figure in Chinese numerals with 十/百/千
        v = Decimal(CN_DIGIT[m.group(1)] *  # (逾七千家 -> 7000; SPEC:
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # either
        if m.group(3):                      # script; from annotate_pc.py)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a Chinese digit with a bare magnitude
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种)
        assert q != "exact", span
        return Decimal({"百": 100, "千": 1000}[m.group(1)]), q, m.group(2)
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
    assert m, span
    v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    for ch in m.group(3):
        v *= MAGNITUDE[ch]
    if m.group(4):
        assert q == "exact", span
        q = "over"
    unit = span[m.end():]
    if unit in ("%", "％"):
        unit = "%"
    # 个百分点 -> 百分点; 个基点 -> 基点 (GUIDELINES: basis points are a
    # unit like 百分点, 20个基点 -> 20, unit 基点)
    unit = re.sub(r"^[个個]((?:百分|基)[点點])$", r"\1", unit)
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
    """OpenCC t2s (or `config`) of each string, or None when OpenCC is not
    reachable."""
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
        # 去年同期 follows its sentence's period, not the reference year
        # (SPEC; check_last_year_period; new in annotate_ma.py)
        if tx.startswith(w) and tx not in ("去年同期", "上年同期"):
            assert norm[:4] == str(ref.year + k), r
    # N年前 counts back from the reference year (SPEC 两年前; new in
    # annotate_ma.py)
    m = re.fullmatch(r"([一二两兩三四五六七八九十]|\d+)年前", tx)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else \
            CN_DIGIT[m.group(1)]
        assert norm == str(ref.year - n), r
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
    if tx in ("上月", "上月底") and before in BASELINE:
        # a baseline: the month before the last month its sentence states
        # (GUIDELINES: 10月营收…较上月 -> 09)
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        # the month a DATE of the sentence states, at month or day
        # precision (10月20日公布…与上月持平 -> 09)
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d(-\d\d)?", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"][:7].split("-"))
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
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r
    if tx in ("今天", "今日"):
        assert norm == ref.isoformat(), r
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2})）日", tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        assert norm == day.isoformat() and day.day == int(m.group(2)), r


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
    m = re.search(r"(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # 双11 is a holiday, no range
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）) is its own mention and
    must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_vc.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)   # (annotate_pc.py)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter."""
    m = re.fullmatch(r"([上本下])季度?", r["text"])
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


def check_same(d, r):
    """当天/當天/同日/當日/当日/当晚 take the latest day-precision DATE
    before them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py; 当晚 added in annotate_na.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月",
                         "当晚", "當晚"):
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table: a
    fixed day by the article's region (GUIDELINES: Taiwan texts name
    Taiwan's days, 國慶 10-10, 教師節 09-28; the mainland's 国庆 is 10-01),
    a lunar one from the table of 正月初一 and 八月十五; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_MAINLAND)
    years = range(ref.year - 1, ref.year + 2)
    if tx in fixed:
        cands = {y: datetime.date(y, *fixed[tx]) for y in years}
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
    # the second end of a range of one year (今年1月至10月) states the year
    # (GUIDELINES: a range of months, quarters or days of one year states
    # the year, as a holiday week does; new in annotate_ka.py)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (10月, 12月31日,
    9月底, 三季度, 四季度, 第3季) is in the reference year when no year is
    stated before it in its sentence (GUIDELINES: 今年 counts from the
    reference date; a sentence that names a year or counts one (明年, 去年,
    2025年) is left to the hand value; new in annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份)?|\d{1,2}日|"
                        r"第?[一二三四1-4]季度?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r



def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; new in
    annotate_ga.py)."""
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


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底), and in annotate_ia.py
    to two parts of a month (1月中下旬)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    # (中下旬 and 上中旬, GUIDELINES 11月中下旬, added in annotate_ia.py)
    if re.search(r"月(上旬|中旬|下旬|中下旬|上中旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    # (a quarter's end or start, 三季度末, is the quarter: GUIDELINES
    # 第三季度末; annotate_fc.py's addition, new in this script's line)
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?(?:末|初|底)?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (annotate_ib.py)
# what may follow a 市 that starts the next word after a city (SPEC
# 杭州市级, 常州市场, 常州市区, 成都市民; annotate_dc.py's list)
SHI_NEXT = set("级級场場区區民内內外政郊")
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  g246's 約180天,
    約120天 and 約150天 (平均庫存天數) use it."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (from
    annotate_ib.py)."""
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


# what makes a 、-list item part of a sentence (GUIDELINES: an "item" with
# a particle, a preposition or a digit in it; their file
# rules/metrics/list_item_stops.txt was not read: these are the particles
# and prepositions GUIDELINES' own examples and annotate_ca.py's
# check_collective use)
LIST_ITEM_STOPS = "的地得了在向由从從于於对對把被"


def check_not_collective(d, r):
    """A METRIC whose span is a count in Chinese numerals (两座, 三家) right
    after a 、-list is a figure only where one of the listed items holds a
    particle, a preposition or a digit (GUIDELINES: 南宁、柳州举办的两场 is a
    figure; 重庆、武汉、长沙三地 is a collective label for the list, no
    METRIC); the complement of check_collective (annotate_ba.py's; kept,
    unused here: neither article writes such a count)."""
    if r["type"] != "METRIC":
        return
    tx = r["text"]
    for p, _ in QUAL_PREFIX:
        if tx.startswith(p):
            tx = tx[len(p):]
            break
    if not re.fullmatch("[一二两兩三四五六七八九十][^成折倍分之]+", tx):
        return
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    items = re.split("、|和|及|與|与", clause)
    n = CN_DIGIT[tx[0]]
    if "、" not in clause or len(items) < n:
        return
    # the last n items, as check_collective reads them: one holds a stop
    assert any(re.search("[%s]|\\d" % LIST_ITEM_STOPS, x)
               for x in items[-n:]), (
        "a count after a list with no stop in its items is a collective", r)


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (annotate_bc.py's check,
    ported here: annotate_ba.py let a collective written as a METRIC pass
    once its declaration was dropped)."""
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D{0,2})", r["text"])
    if not m:
        return
    n = CN_DIGIT[m.group(1)]
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    if "、" not in clause:
        return
    items = re.split("、|和|及|與|与", clause)
    listed = items[-n:]
    assert not (len(items) >= n and all(
        1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
        for x in listed) and len(items) - n <= 1), (
        "a collective label annotated as a METRIC", r)


def check_line3(d, rows):
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS; new here for an outlet's byline: g245's
    证券时报记者, an ORG by GUIDELINES' byline rule, and g246's dateline,
    whose 台中 is the city filed from)."""
    lines = d.text.split("\n")
    line3, want = LINE3[d.doc_id]
    assert lines[1] == "" and lines[3] == "" and lines[2] == line3, (
        d.doc_id, lines[2])
    s3 = len(lines[0]) + len(lines[1]) + 2
    e3 = s3 + len(line3)
    got = [(r["type"], r["text"]) for r in rows
           if s3 <= r["start"] and r["end"] <= e3]
    assert got == want, (d.doc_id, got)
    for r in rows:                          # no row straddles the line
        assert r["end"] <= s3 or r["start"] >= e3 or (
            s3 <= r["start"] and r["end"] <= e3), r
    if want and want[0][0] == "ORG":        # an outlet opens the line
        assert line3.startswith(want[0][1] + "记者"), line3


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    check_line3(d, rows)
    # each declared no-span character (／, whose plain-Big5 and cp950 codes
    # differ, and 嫺, outside plain Big5, of the cp950 article's dateline)
    # stands once, on the dateline line (the third line), and in no span
    # (checked per row below)
    for ch in d.no_span_chars:
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == 1, (d.doc_id, ch, places)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        for c in d.no_span_chars:       # the declared characters stand in
            lines = d.text.split("\n")     # the dateline (the third line)
            assert c in lines[2], c         # before every span but the
            # title's and an outlet's at the start of the dateline line
            # (annotate_fb.py's ASTRAL_BEFORE_BODY; none here: 記者 opens it)
            line3 = len(lines[0]) + len(lines[1]) + 2
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
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
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*(\.\d+)?[万萬亿億]?"
                    r"[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, 約新台幣221億元, GUIDELINES), must be
            # declared (outer or sep) and set the qualifier; a suffix marker
            # right after the span belongs inside it (annotate_pc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|新台幣|新台币|港币|港幣|美元|欧元|"
                          r"歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (annotate_kc.py, after
            # annotate_pb.py); so is 约有/約有, separated by the verb 有
            # (precedent KB's 約有152萬人; new in annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
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
            check_not_collective(d, r)
            check_no_collective_metric(d, r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_last_year_period(d, r)
            check_holiday(d, r)
            check_bare_year(d, r)
            check_forward(d, r)
            check_precision(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's SHI_NEXT check, ported after
            # 无锡市 cut to 无锡 passed here)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
            # a name ending with 市 that is no foreign city is a mainland or
            # Taiwan city whose short form is declared too (无锡 beside
            # 无锡市): a foreign 市-name must be declared in FOREIGN_SHI (a
            # precedent's addition: FOREIGN_SHI emptied passed before; used
            # here by 胡志明市)
            if r["normalized"].endswith("市") and \
                    r["normalized"] not in FOREIGN_SHI and \
                    r["normalized"] not in TAIWAN_SHI_ONLY:
                assert any(v == r["normalized"] and not k.endswith("市")
                           for k, v in CITY_NORM.items()), r
            # 新竹市 and 嘉义市 count only with their 市 written (GUIDELINES:
            # 新竹 and 嘉义 count only as 新竹市, 嘉义市): the span ends with
            # 市, no short form of theirs is declared, and they are Taiwan's
            # (annotate_ba.py's; the set is fixed here)
            if r["normalized"] in TAIWAN_SHI_ONLY:
                assert tx.endswith("市") and d.doc_id in TAIWAN, r
                assert not any(v == r["normalized"] and not k.endswith("市")
                               for k, v in CITY_NORM.items()), r
            # a Taiwan or Hong Kong spelling of a foreign city takes the
            # mainland name (the fixed table above; new here)
            if tx in TW_HK_FOREIGN:
                assert r["normalized"] == TW_HK_FOREIGN[tx], r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (annotate_ga.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks; kept, though the cp950
    # article's 嫺 stands in no span, so the loop is empty)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
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
    # (annotate_ib.py)
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
    problems = []
    all_excl = [p for v in excl.values() for p in v]
    all_excl += word_places(audit["words_excluded"], covered)
    org_excl = word_places(audit["orgwords_excluded"], org_spans)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    def need(pattern, label, spans):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    label, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    # the audited city strings: the declared ones and every CITY_NORM form
    # the article writes (new here: a CITY row dropped with its audit entry
    # passed)
    for name in sorted(set(audit["cities"]) |
                       {k for k in CITY_NORM if k in d.text}):
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (a precedent's addition: without it a dropped 元旦 row
    # passed)
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
            assert s == d.text, f"{d.doc_id}: not simplified throughout"
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            elif s in NO_SHI:
                # a foreign city (or Hong Kong, Macao) keeps its common
                # Chinese name, no 市 added (a precedent's addition: 新加坡 normalized
                # 新加坡市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        # and so is every declared FOREIGN_SHI name (annotate_ba.py's)
        assert FOREIGN_SHI <= used, FOREIGN_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Taiwan writes it: OpenCC
        # t2s and back with s2tw gives the text again, but for the forms
        # Taiwan news writes where s2tw writes others (台/臺, 占/佔, 公布/
        # 公佈; new in annotate_na.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2tw")
        for d, tw in zip(trad, back):
            assert len(tw) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, tw) if a != b}
            assert pairs <= TAIWAN_FORMS, (d.doc_id, pairs - TAIWAN_FORMS)
            # and every declared form occurs (annotate_hb.py's check)
            assert pairs == TAIWAN_FORMS, (d.doc_id, TAIWAN_FORMS - pairs)
        print("OpenCC s2tw round trip passed (%d traditional)" % len(trad))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (annotate_bc.py's check,
        # ported here)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            for c, sc in zip(chars, t2s_all(chars)):
                if sc != c and len(sc) == 1 and sc not in d.text:
                    assert sc in SIMPLIFIED_ONLY, (d.doc_id, c, sc)
        print("SIMPLIFIED_ONLY covers the t2s forms (%d traditional)" %
              len(trad))
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
