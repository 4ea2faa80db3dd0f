#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g255_county_rural_homestays_tourism and
g256_macao_smes_electronic_payments (annotator LC).

Adapted from the precedent set's tools/annotate_ac.py (now dev/tools/annotate_g249_g250.py) (/tmp/ho44/precedent:
a simplified mainland article in UTF-16 with a BOM and a traditional
article of 澳門日報, Macao; copied and the data changed), with its UTF-16
BIG-endian block turned into a LITTLE-endian one for the simplified
article and its UTF-8 block replaced by annotate_ab.py's Big5-HKSCS block
(with annotate_ab.py's BIG5_KINDS) for the Macao article.  It keeps every
check of annotate_ac.py: strict decoding, offsets, overlaps, span edges,
formats, calendar-valid DATEs, METRIC values re-derived from the span,
ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, the OpenCC t2s-then-s2hk round trip, the s2t
check and the SIMPLIFIED_ONLY check of the traditional article, audits of
digits, Latin words, Chinese numerals, time characters, holiday words, city
strings, ORG words and ORG strings, the independent `city` rule computed and
asserted against my hand value on every DATE/METRIC row, the month and day
a DATE span writes, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text, relative words
resolved from the reference date (上周 by ISO week, 上周五/上周六/本周一 to
their day, 昨日, 昨（N）日 in Arabic or Chinese numerals, 本月, 上月, 下月,
明年, 去年, 两年前), 上月 as a baseline after a comparison word, the
bare-day month rule, a bare month, day or quarter in the reference year,
去年同期 a year before its sentence's period, the bracketed gloss, 同日, the
上季 check, the range check, the precision check, check_forward,
check_holiday_period, the 约占/約佔 check, markers before, touching and
after a span, 约为/約為 as separated markers, the declared shared unit, the
collective label, check_no_collective_metric and check_not_collective, the
time unit, a 市 right after a CITY, the NO_SHI checks, the region block
(Macao named at least twice; the characters outside plain Big5 declared and
confined to declared words or ORG rows), the byline rows, the opener, the
declared organizations of each article, the narrowest codec.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded (a BOM removed, nothing else changed):

- g255 is simplified (mainland, 农民日报, 2026-11-23), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 今 = U+4ECA written
  CA 4E); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in GB2312, but for the declared name dot · (U+00B7,
  GBK and GB18030 A1 A4; Python's GB2312 table reads A1 A4 as U+30FB) of
  the byline 农民日报·中国农网记者 韦书菡 (line 3), which holds two rows,
  the ORGs 农民日报 and 中国农网 (GUIDELINES: outlets joined by a name dot
  in a byline are two ORGs).  OpenCC t2s leaves the article unchanged.
- g256 is traditional (Macao, 澳門日報, 2026-11-25), stored as BIG5-HKSCS
  without a BOM (the title's 今 = A4 B5 opens the file); every non-ASCII
  character is two bytes.  Two characters are outside plain Big5 and
  cp950: 氹 (U+6C39, Big5-HKSCS 9C AE, a lead byte below A1) of 氹仔 (an
  island of Macao, no city), once, in no span, and 滙 (U+6ED9, FA C0, a
  lead byte of the user-defined area that HKSCS fills) of 滙業銀行, once,
  inside its ORG row.  The first paragraph opens with 【本報消息】, which
  names no outlet (no row on it).  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official name with 市, Macao and Hong Kong by their
  common names).  A Macao text (澳門 and 本澳 written at least twice):
  Macao bodies without a place in their names (統計暨普查局, 旅遊局, 財政局,
  經濟財政司 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho44/precedent:
README, NOTES_aa/ab/ac, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g255_g256.md.
Reference dates: corpus/manifest.csv;
the script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ac.py: the UTF-16 BE block becomes a UTF-16 LE block
(exactly one BOM FF FE; utf-16 reads the same text; plain utf-16-le keeps
U+FEFF in front; utf-16-be reads another text; 今 = CA 4E right after the
BOM; two bytes a character, no surrogate pair; the NUL byte AFTER every
ASCII character; every character GB2312 but the declared name dot; the
legacy codecs and UTF-8 fail or read another text); its byline check reads
annotate_ac.py's 本报记者 form no more but the outlets joined by a name dot
before 记者 (BYLINE), with BYLINE_ROWS the two ORGs.  The UTF-8 block
becomes annotate_ab.py's Big5-HKSCS block (no BOM; two bytes a non-ASCII
character; no combining mark and none of Big5-HKSCS's two-code-point pairs;
the declared characters with their declared bytes, which neither plain Big5
nor cp950 reads; every line without one plain Big5 and cp950 byte for byte;
the GB codecs, UTF-8 and UTF-16 fail or read another text; GB2312 cannot
write it; the opener 【本報消息】 holds no row), and the region block gains
annotate_ab.py's declared kinds (BIG5_KINDS: one hkscs-low, one hkscs-udf).
Added: NAME_DOT (the byline's name dot, the one character of the mainland
article outside Python's GB2312 table); the set of characters outside
plain Big5 asserted at the head of the Big5-HKSCS block (an undeclared
HKSCS character made the line checks raise a UnicodeEncodeError before);
absent cities as guards in both city audits (annotate_ab.py's).
Re-run (from anywhere):

    python3 dev/tools/annotate_g255_g256.py
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
G255 = "g255_county_rural_homestays_tourism"
G256 = "g256_macao_smes_electronic_payments"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G255: ("utf-16-le", BOM16LE, False, "2026-11-23", "农民日报"),
    G256: ("big5hkscs", b"", True, "2026-11-25", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G255: [], G256: []}
# the byline line of the mainland article (line 3): the outlets joined by a
# name dot, 记者, a space and the reporter's name (农民日报's house form,
# 农民日报·中国农网记者 + name; GUIDELINES names this very pair)
BYLINE = {G255: (["农民日报", "中国农网"], "·", "记者", "韦书菡")}
# the rows the byline line holds, as (type, text): the two outlets
# (GUIDELINES: outlets joined by a name dot in a byline are two ORGs,
# 农民日报·中国农网; a name ending in 日报 before the dot and one before 记者)
BYLINE_ROWS = {G255: [("ORG", "农民日报"), ("ORG", "中国农网")]}
# the one character of the mainland article outside GB2312 as Python reads
# GB2312: the name dot · (U+00B7; GBK and GB18030 write it A1 A4, which
# Python's GB2312 table reads as the katakana dot U+30FB), once, on the
# byline line between the two outlets, in no span (new here)
NAME_DOT = {G255: "·"}
# the paragraph opener of the Macao article (澳門日報's 【本報消息】): 本報
# names no outlet (GUIDELINES), so the opener holds no row
OPENER = {G256: "【本報消息】"}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# the character set of Hong Kong and Macao, has them), each with whether
# cp950 (Taiwan's Big5) holds it: 氹 of 氹仔 (Macao's own character,
# annotate_ac.py's) and 滙 of 滙業銀行 (the bank's own spelling, as
# annotate_ab.py's 滙豐); cp950 holds neither
OUTSIDE_BIG5 = {G256: {"氹": False, "滙": False}}
# ... with their Big5-HKSCS bytes (氹 9C AE: a lead byte below A1, in the
# area that HKSCS fills and neither plain Big5 nor cp950 reads; 滙 FA C0: a
# lead byte of Big5's user-defined area FA-FE, which HKSCS fills)
BIG5_CODE = {"氹": b"\x9c\xae", "滙": b"\xfa\xc0"}
# ... and the kinds they are of (annotate_ab.py's declaration): one below
# A1 ("hkscs-low") and one of the user-defined area ("hkscs-udf")
BIG5_KINDS = {G256: Counter({"hkscs-low": 1, "hkscs-udf": 1})}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them): 滙 in 滙業銀行
IN_ORG = {G256: {"滙": ["滙業銀行"]}}
# ... and the words it stands in outside every span, with their counts: 氹
# in 氹仔 (在氹仔舊城區經營手信店的業者), once
OUTSIDE_BIG5_WORD = {G256: {"氹": {"氹仔": 1}}}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g255: 今 of the title in UTF-16 LE, the low byte first;
# g256: 今 of the title in Big5-HKSCS)
FIRST_CHAR = {G255: ("今", b"\xca\x4e"), G256: ("今", b"\xa4\xb5")}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 統計暨普查局, 旅遊局, 財政局 …, are ORGs in a text
# that names the region at least twice)
MACAO = {G256}
# the words that name each region (GUIDELINES' cues), at least twice
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_ac.py's list, none of whose characters g256 writes, with the
# simplified forms of g256's traditional characters added: OpenCC t2s of
# each, within the BMP, none of them written in it; checked in main())
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
                   "药剂册监临贸论坛济术颗劳验检测硕养补胶参归缩压"
                   "农历圣诞预计门诊馆壮顺达续实验队专"
                   "债托结挂认购数发销场币欧卢亚评级审议统筹联网贸账户试点见证"
                   "额净内资产总贷蓝订员"
                   "讯络频骗诈柜云节录备径户营运"
                   "劳务职训练娱监协宾携签证满宁层晋岗认历缓综旧纳"
                   "劝帮濒离举"
                   "两于仓优况冻击划则别占后响夹将强当抢担据杂渔猪玛现稳竞类"
                   "纸胀记趋齐"
                   "为咸学届极炉纾维讨访该责轻较辩随顶"
                   "双号屡游猫舰谢贝贵选钟铜铺锣饰饷"
                   "布厅进侧驳雇扰碍课莲扫"
                   "妈扬摊暂热墙尽众织缮赏赞遗郑阁韵驻"
                   # g256's words (their t2s forms, none written in it)
                   "习几围惯构档范讲误闪")
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周, 上周五, 上周六, 本周一; s2hk 週;
# annotate_ac.py's) and 戶 (商戶, 小商戶; s2hk 户; annotate_ac.py's)
S2HK_KEPT = {G256: {("周", "週"), ("戶", "户")}}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone: none here (平台, whose 台 s2t alone writes 臺, is not
# written: 應用程式)
S2T_ALLOWED = {G256: set()}
# Holidays the articles name, by their exact span (2025-2027).
# g255 (mainland, 2026-11-23): 国庆 and 今年国庆 2026-10-01 (国庆假期, 今年
# 国庆假期: the nearest one, 53 days before; 今年 fixes the year; 假期
# outside); 元旦 2027-01-01 (元旦假期, 元旦订单量, 随着元旦、春节临近: the
# coming one, 39 days after); 春节 and 明年春节 2027-02-06 (the coming one,
# 75 days after; 明年 fixes the year).
# g256 (Macao, 2026-11-25): 國慶 2026-10-01 (國慶假期期間: the PRC's
# National Day, which Macao keeps, the nearest one, 55 days before; 假期期間
# outside); 聖誕 2026-12-25, 元旦 2027-01-01 and 農曆新年 2027-02-06
# (聖誕、元旦及農曆新年假期: the coming ones; GUIDELINES: 农历新年 is 春节;
# 假期 outside).
HOLIDAY = {
    "国庆": "2026-10-01", "今年国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "明年春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland, Hong Kong and Macao keep the
# PRC's National Day (10-01).
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "國慶": (10, 1),
                  "聖誕": (12, 25), "聖誕節": (12, 25),
                  # a Hong Kong text naming the mainland's shopping
                  # festival in traditional characters (annotate_cb.py)
                  "雙11": (11, 11)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3, days=1)


# 2026: 11-01 is a Sunday, the fourth Thursday 11-26, 黑色星期五 11-27
# (kept from annotate_ac.py, unused here)
assert _black_friday(2026) == datetime.date(2026, 11, 27)
# the lunar table against the calendar (annotate_ac.py's check): 正月初一
# of 2027 is a Saturday, 354 days after that of 2026 (a common lunar year
# of twelve months), and 春节 of 2027 lies 75 days after g255's reference
# date and 73 days after g256's, nearer than 2026's (279 and 281 days
# before); 国庆/國慶 of 2026 lies 53 days before g255's reference date and
# 55 before g256's, nearer than 2027's (312 and 310 days after); 聖誕 of
# 2026 lies 30 days after g256's; 元旦 of 2027 39 days after g255's and 37
# after g256's; the two reference dates are a Monday and a Wednesday of
# ISO week 2026-W48, whose week before holds Friday 11-20 and Saturday
# 11-21
assert _SPRING[2027].isoweekday() == 6
assert (_SPRING[2027] - _SPRING[2026]).days == 354
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
assert (datetime.date(2026, 11, 25) - _SPRING[2026]).days == 281
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 10, 1)).days == 53
assert (datetime.date(2026, 11, 25) - datetime.date(2026, 10, 1)).days == 55
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 23)).days == 312
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 25)).days == 310
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 25)).days == 30
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 25)).days == 37
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date(2026, 11, 25).isocalendar()[1:] == (48, 3)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11, 20)
assert datetime.date.fromisocalendar(2026, 47, 6) == datetime.date(2026, 11, 21)

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "農曆新年": _SPRING, "农历新年": _SPRING,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "冬至", "重阳", "重陽", "丰收节",
                 "豐收節")


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g255 (2026: the municipalities 上海, 重庆; the provincial capitals
    # 南京 (江苏), 杭州 (浙江), 昆明 (云南), 成都 (四川), 广州 (广东), 西安
    # (陕西); the prefecture-level 丽水 (浙江); the county-level 溧阳 (江苏,
    # under 常州), 桐乡 (浙江, under 嘉兴), 腾冲 (云南, under 保山, a city
    # since 2015), 延吉 (吉林, 延边州), 崇州 (四川, under 成都), 英德 (广东,
    # under 清远); spans with 市 written keep it)
    "溧阳市": "溧阳市", "溧阳": "溧阳市", "上海": "上海市", "南京": "南京市",
    "杭州": "杭州市", "桐乡": "桐乡市", "腾冲": "腾冲市", "昆明": "昆明市",
    "成都": "成都市", "广州": "广州市", "重庆": "重庆市", "西安": "西安市",
    "延吉": "延吉市", "崇州": "崇州市", "英德": "英德市", "延吉市": "延吉市",
    "崇州市": "崇州市", "英德市": "英德市", "丽水": "丽水市",
    # g256 (traditional spans; 澳門 and 香港 by their common names; 廣州,
    # 深圳, 珠海, 中山 (广东), 北京, 上海, 杭州 with 市)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "深圳": "深圳市",
    "珠海": "珠海市", "中山": "中山市", "北京": "北京市",
}
# cities normalized without 市: Hong Kong and Macao by their common Chinese
# names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text); g255's spans are
# simplified and normalize to themselves
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "澳門通股份有限公司": "澳门通股份有限公司", "澳門通": "澳门通",
    "中國銀行澳門分行": "中国银行澳门分行", "大西洋銀行": "大西洋银行",
    "大豐銀行": "大丰银行", "澳門國際銀行": "澳门国际银行",
    "滙業銀行": "汇业银行", "澳門商業銀行": "澳门商业银行",
    "澳門銀行公會": "澳门银行公会",
    "澳門中小型企業聯合總商會": "澳门中小型企业联合总商会",
    "澳門北區工商聯會": "澳门北区工商联会",
    "澳門離島工商業聯合會": "澳门离岛工商业联合会",
    "統計暨普查局": "统计暨普查局", "旅遊局": "旅游局",
    "微信支付": "微信支付", "支付寶": "支付宝", "中國銀聯": "中国银联",
    "新苗超市": "新苗超市", "澳門餐飲業聯合商會": "澳门餐饮业联合商会",
    "澳門街坊會聯合總會": "澳门街坊会联合总会",
    "中國人民銀行廣東省分行": "中国人民银行广东省分行",
    "消費者委員會": "消费者委员会", "消委會": "消委会", "財政局": "财政局",
    "澳門科技大學商學院": "澳门科技大学商学院",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
    "科學技術發展基金": "科学技术发展基金", "科技基金": "科技基金",
    "澳門貿易投資促進局": "澳门贸易投资促进局",
    "經濟財政司": "经济财政司", "澳門中華總商會": "澳门中华总商会",
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


def cn_whole(s):
    """1-9999 in Chinese numerals with 千/百/十 (一百二十六, 三十八, 三十一;
    new in annotate_ic.py): each digit before its place character, 十 alone
    at the head standing for 一十; a 零 between places is allowed.  Two
    digits side by side (两三, 七八) are vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:([一二两兩三四五六七八九])千)?零?"
                     r"(?:([一二两兩三四五六七八九])百)?零?"
                     r"(?:([一二两兩三四五六七八九]?)十)?"
                     r"([一二三四五六七八九]?)", s)
    assert m and s and not re.search("[一二三四五六七八九]{2}", s), s
    dg = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
    v = 0
    if m.group(1):
        v += dg[m.group(1)] * 1000
    if m.group(2):
        v += dg[m.group(2)] * 100
    if "十" in s:
        v += (dg[m.group(3)] if m.group(3) else 1) * 10
    if m.group(4):
        v += dg[m.group(4)]
    assert v > 0, s
    return v


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
        self.no_span_chars = {}    # declared character -> {word: count}
        self.in_org_span = {}      # declared character -> its ORG names
        self.byline = None         # (start, length) of the byline line
        self.opener = None         # (start, length) of the opener
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (new in annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM, A
            # SIMPLIFIED MAINLAND ARTICLE (annotate_ac.py's big-endian block
            # turned back into little-endian, the order of annotate_bb.py's
            # Hong Kong file, here for a simplified text): exactly one BOM
            # FF FE, the BOM-aware codec reads the same text, the plain
            # little-endian reading keeps U+FEFF in front (one code point
            # that would shift every offset by one), the big-endian reading
            # is another text
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
            # in little-endian order (g255: 今 = U+4ECA, written CA 4E, the
            # low byte first; checked above), not its big-endian 4E CA
            assert code == ch.encode("utf-16-le") != ch.encode(
                "utf-16-be"), doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character has a NUL byte AFTER it (little-endian;
            # annotate_ac.py's big-endian file had it before): the file
            # reads as binary to a reader that ignores the BOM
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
            # a simplified mainland text: every character GB2312 (so GBK and
            # GB18030 too), the text as a GB codec would have held it, but
            # the declared name dot (NAME_DOT: ·, U+00B7, which GBK and
            # GB18030 write A1 A4 and Python's GB2312 table does not hold:
            # it reads A1 A4 as U+30FB; new here), which stands once, on
            # the byline line, and which GBK writes
            dot = NAME_DOT.get(doc_id, "")
            assert [c for c in self.text if not enc_ok(c, "gb2312")] == \
                ([dot] if dot else []), doc_id
            if dot:
                assert self.text.count(dot) == 1 and \
                    dot.encode("gbk") == dot.encode("gb18030") == \
                    b"\xa1\xa4" and b"\xa1\xa4".decode("gb2312") != dot
            # the byline line (line 3, between blank lines under the
            # title): the outlets joined by the name dot, 记者, a space and
            # the reporter's name (农民日报's form; GUIDELINES: outlets
            # joined by a name dot in a byline are two ORGs); the line
            # holds exactly the declared BYLINE_ROWS (the two outlets),
            # checked in check()
            lines = self.text.split("\n")
            outlets, joiner, role, name = BYLINE[doc_id]
            assert lines[1] == lines[3] == "", doc_id
            assert lines[2] == joiner.join(outlets) + role + " " + name, \
                lines[2]
            assert joiner == dot and role == "记者" and len(outlets) == 2
            assert outlets[0].endswith("日报"), outlets   # GUIDELINES' tails
            assert lines[2].index(dot) == len(outlets[0]), lines[2]
            assert 2 <= len(name) <= 3 and self.text.count(name) == 1, name
            self.byline = (len(lines[0]) + 1 + len(lines[1]) + 1,
                           len(lines[2]))
        if enc == "big5hkscs":  # BIG5-HKSCS, A TRADITIONAL MACAO ARTICLE
            # (annotate_ab.py's Hong Kong block, here for a Macao text;
            # annotate_ac.py's Macao file was UTF-8): no BOM of any kind
            # (checked above); every non-ASCII character two bytes; the
            # declared HKSCS characters alone keep plain Big5 and cp950 from
            # reading the file (the narrowest-codec check above: both fail
            # on it); every other line is plain Big5 and cp950 byte for byte
            assert bom == b"" and full == raw, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones (asserted here, before the line checks below
            # would raise on an undeclared one; new here)
            assert sorted({c for c in self.text if not enc_ok(c, "big5")}) \
                == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, "outside Big5")
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # no combining mark and no character that Big5-HKSCS reads as
            # two code points (its pairs 88 62, 88 64, 88 A3, 88 A5 would
            # make a code-point count differ from a character count)
            assert not any(unicodedata.combining(c) for c in self.text)
            for pair in (b"\x88\x62", b"\x88\x64", b"\x88\xa3",
                         b"\x88\xa5"):
                assert pair not in raw, (doc_id, pair)
            # the declared characters are written with their declared bytes,
            # in the HKSCS area that neither plain Big5 nor cp950 reads
            # (氹 9C AE, a lead byte below A1; 滙 FA C0, a lead byte of
            # Big5's user-defined area FA-FE)
            for c in OUTSIDE_BIG5[doc_id]:
                code2 = BIG5_CODE[c]
                assert c.encode(enc) == code2 and code2 in raw, (doc_id, c)
                assert raw.count(code2) == self.text.count(c), (doc_id, c)
                assert not decodes(code2, "big5") and \
                    not decodes(code2, "cp950"), (doc_id, c)
            assert not decodes(raw, "big5") and not decodes(raw, "cp950")
            # every line without a declared character is plain Big5 and
            # cp950 byte for byte, and the line holding one is plain Big5
            # elsewhere
            for line in self.text.split("\n"):
                b = line.encode(enc)
                if not any(c in OUTSIDE_BIG5[doc_id] for c in line):
                    assert b == line.encode("big5") == \
                        line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(OUTSIDE_BIG5[doc_id]),
                                         line):
                        assert part.encode("big5") == part.encode(enc)
            # a GB codec, UTF-8 or UTF-16 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # 澳門日報 opens the first paragraph with its opener (【本報消息】,
            # line 3, between blank lines under the title); 本報 names no
            # outlet (GUIDELINES), so no row stands on the opener (check())
            lines = self.text.split("\n")
            assert lines[1] == "" and lines[2].startswith(OPENER[doc_id])
            assert self.text.count(OPENER[doc_id]) == 1, doc_id
            self.opener = (len(lines[0]) + 1 + len(lines[1]) + 1,
                           len(OPENER[doc_id]))
        # a traditional article declares its region (annotate_ec.py: an
        # empty MACAO would otherwise skip the Macao block and the s2hk
        # round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in HONGKONG or doc_id in MACAO or
                                    doc_id in TAIWAN), \
            (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        region = ("hongkong" if doc_id in HONGKONG else
                  "macao" if doc_id in MACAO else None)
        if region:  # a Hong Kong or Macao text (annotate_cb.py's Hong Kong
            # block and annotate_cc.py's Macao block, made one here,
            # applied to the decoded text of a Big5-HKSCS file): Big5-HKSCS
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
                code2 = c.encode("big5hkscs")
                assert code2 == BIG5_CODE[c] and len(code2) == 2, c
                assert not decodes(code2, "big5"), c
                assert code2.decode("big5hkscs") == c, c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
                    assert code2[0] == 0xF9, c
                    kinds["cp950"] += 1
                else:
                    # the lead byte tells the kinds apart (annotate_ab.py):
                    # below A1 HKSCS's added area, FA-FE the user-defined
                    # area that HKSCS fills
                    assert not decodes(code2, "cp950"), c
                    if code2[0] < 0xA1:
                        kinds["hkscs-low"] += 1
                    else:
                        assert 0xFA <= code2[0] <= 0xFE, c
                        kinds["hkscs-udf"] += 1
            # the declared kinds (annotate_ab.py's BIG5_KINDS)
            assert kinds == BIG5_KINDS[doc_id], kinds
            # the region is named at least twice (GUIDELINES: Hong Kong
            # and Macao bodies without a place, 政府統計處 …, 治安警察局,
            # 交通事務局 …, stand alone as ORGs in a text of their region)
            assert sum(self.text.count(w) for w in REGION_NAMES[region]) \
                >= 2, (doc_id, region)
            # and no other region's cue stands in for it (one region per
            # article: a Macao text is not read as a Hong Kong one)
            other = {"hongkong": "macao", "macao": "hongkong"}[region]
            assert sum(self.text.count(w) for w in REGION_NAMES[region]) > \
                sum(self.text.count(w) for w in REGION_NAMES[other]), doc_id
            # every declared character is either confined to ORG rows
            # (IN_ORG, checked in check(); none here) or to declared words
            # in no span (OUTSIDE_BIG5_WORD, each word with its count,
            # together holding every occurrence: 氹 in 氹仔 and 路氹)
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
                # the character is counted once; annotate_cc.py)
                hits = sorted(m.start() + w.index(c) for w in words
                              for m in re.finditer(re.escape(w), self.text))
                assert len(hits) == len(set(hits)) == self.text.count(c), c
                self.no_span_chars[c] = dict(words)
            for c, names in in_org.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
                # every occurrence of the character stands inside one of its
                # declared names (the rows themselves: check())
                hits = sorted({m.start() + n.index(c) for n in names
                               for m in re.finditer(re.escape(n),
                                                    self.text)})
                assert hits == [m.start() for m in
                                re.finditer(re.escape(c), self.text)], c
            self.in_org_span = {c: list(in_org[c]) for c in in_org}
        if self.traditional:    # every character Big5-HKSCS
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
        else:                   # a mainland text: every character is GBK
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
        else:                   # a mainland or Hong Kong text writes no Taiwan
            for w in TAIWAN_MARKERS:                # marker and no bare 2-3
                assert w not in self.text, (doc_id, w)       # digit year
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
# g255 Rural homestays in county-level cities, November 2026: the byline
# 农民日报·中国农网记者 韦书菡 (two outlets, two ORGs); 文化和旅游部数据中心
# 本月 on the first three quarters (今年前三季度; 10月, 去年同期, 上月 as a
# baseline); 溧阳 (溧阳市文体广电和旅游局 and its short name 溧阳市文旅局,
# 昨日, 10月底, 今年前10个月, 国庆 with 上海, 南京, 杭州; 溧阳富民资产合作社,
# 今年, 去年; 溧阳乡村旅游协会, 上周, 元旦, 去年同期; 中国人民银行常州市分行,
# 9月末; 农行溧阳支行, 今年, 年初; 12月); 桐乡 (桐乡市文化和广电旅游体育局,
# 今年前三季度, 去年同期; 浙江省文化广电和旅游厅 上月; 工行浙江省分行; 浙江
# 农商联合银行, 今年); 腾冲 (腾冲市文化和旅游局, 今年, 昆明, 成都, 上海, 广州;
# 腾冲驼峰机场 上周五, 本月, 重庆, 西安; 云南省文化和旅游厅 10月); 延吉,
# 崇州, 英德 (吉林省文化和旅游厅, 今年1月至10月, 今年, 上月); the platforms
# (途家 上周, 元旦; 携程 今年国庆; 美团 10月; 飞猪 上月, 去年同期; 同程旅行,
# 小猪民宿 11月); the brands (大乐之野 2013年, 今年; 华住集团 and 花间堂 明年;
# 过云山居 of 丽水, 明年一季度); the banks (中国农业银行 10月末, 年初, 三季度;
# 中国邮政储蓄银行 (邮储银行) 明年); the outlook (文化和旅游部 上周; 中国旅游
# 协会民宿客栈与精品酒店分会 今年; 中国社会科学院旅游研究中心 元旦, 春节,
# 12月, 明年春节, 今年; 农业农村部 明年).  Simplified, UTF-16 LE with BOM,
# 2026-11-23 (a Monday, ISO week 2026-W48), 农民日报.  昨日 2026-11-22;
# 上周 2026-W47; 上周五 2026-11-20; 本月 2026-11; 上月, 10月, 10月底
# 2026-10; 上月 after 与 2026-09; 去年同期 2025 (after 今年前三季度),
# 2025-10 (after 10月 and 上月), 2026 (after 元旦); 明年 2027.
# ===========================================================================
@doc
def g255():
    d = Doc(G255)
    Y, LY, NY = "2026", "2025", "2027"
    LIY, SH, NJ, HZ, TX, TC, GZ, CQ, XA, YJ, CZ, YD, LS = (
        "溧阳市", "上海市", "南京市", "杭州市", "桐乡市", "腾冲市", "广州市",
        "重庆市", "西安市", "延吉市", "崇州市", "英德市", "丽水市")
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 今年前10个月 the year,
    # SPEC: several months of a year; 逾一成 10 %, over: 逾 inside, SPEC)
    d.date("[[今年前10个月]]县域", Y, "")
    d.metric("增长[[逾一成]] 冬游", 10, "%", "over", "")
    # byline 农民日报·中国农网记者 韦书菡: outlets joined by a name dot in a
    # byline are two ORGs (GUIDELINES' own 农民日报·中国农网); the line's
    # two rows; the reporter's name no row
    d.org("\n\n[[农民日报]]·中国农网")
    d.org("·[[中国农网]]记者")
    # P1 the national data (文化和旅游部数据中心: a data centre written right
    # after a body as its unit is an ORG, GUIDELINES; 本月 the reference
    # month; 今年前三季度 the year; 10月 a bare month of the reference year,
    # 去年同期 after it that month a year earlier; 个百分点 the unit 百分点,
    # SPEC; 上月 after 与 a baseline: the month before the sentence's 10月,
    # GUIDELINES)
    d.org("。[[文化和旅游部数据中心]]本月")
    d.date("数据中心[[本月]]发布", "2026-11", "")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("接待游客[[约23.6亿人次]]", "23.6e8", "人次", "approx", "")
    d.metric("同比增长[[6.8%]]；", "6.8", "%", "exact", "")
    d.metric("接待游客[[约3.2亿人次]]", "3.2e8", "人次", "approx", "")
    d.metric("同比增长[[11.4%]]", "11.4", "%", "exact", "")
    d.metric("经营收入[[约1480亿元]]", "1480e8", "元", "approx", "")
    d.date("。[[10月]]，纳入监测", "2026-10", "")
    d.metric("纳入监测的[[1.2万家]]", "1.2e4", "家", "exact", "")
    d.metric("入住率为[[57.9%]]", "57.9", "%", "exact", "")
    d.date("较[[去年同期]]提高4.6", "2025-10", "")
    d.metric("提高[[4.6个百分点]]", "4.6", "百分点", "exact", "")
    d.date("。[[10月]]平均房价", "2026-10", "")
    d.metric("平均房价[[约412元]]", 412, "元", "approx", "")
    d.date("与[[上月]]基本持平", "2026-09", "")
    # P2 溧阳 (江苏溧阳市: a province before its city, the city a CITY with
    # its 市, GUIDELINES 云南昆明; 长三角 holds no figure, GUIDELINES; the
    # bureau with its city inside, one ORG (a bureau of three fields joined
    # by 和, GUIDELINES), and its bracketed short form, an ORG there and
    # where the article repeats it, GUIDELINES, quotes outside; 昨日 the
    # day before the reference date; 截至 outside, an end of a month the
    # month, SPEC; 超过 over, SPEC; 国庆 with no year, the nearest one,
    # 假期 outside; 上海、南京、杭州三地: the collective label of the list,
    # no METRIC, GUIDELINES; 近六成 60 %, approx)
    d.city("江苏[[溧阳市]]是长三角")
    d.org("。[[溧阳市文体广电和旅游局]]（以下")
    d.org("简称“[[溧阳市文旅局]]”）")
    d.date("”）[[昨日]]介绍", "2026-11-22", "")
    d.date("截至[[10月底]]，全市", "2026-10", "")
    d.metric("民宿达[[1126家]]", 1126, "家", "exact", "")
    d.metric("客房[[约1.38万间]]", "1.38e4", "间", "approx", "")
    d.metric("精品民宿[[超过260家]]", 260, "家", "over", "")
    d.date("；[[今年前10个月]]，全市", Y, "")
    d.metric("接待游客[[约1920万人次]]", "1920e4", "人次", "approx", "")
    d.metric("同比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("旅游收入[[约218亿元]]", "218e8", "元", "approx", "")
    d.date("。[[国庆]]假期，全市", "2026-10-01", SH)
    d.metric("入住率达[[91.3%]]", "91.3", "%", "exact", SH)
    d.city("，[[上海]]、南京、杭州三地")
    d.city("上海、[[南京]]、杭州三地")
    d.city("南京、[[杭州]]三地")
    d.metric("占比[[近六成]]。", 60, "%", "approx", HZ)
    # P3 the cooperative, the association and the banks (溧阳富民资产合作社
    # and 溧阳乡村旅游协会 with their city inside, SPEC; 今年, 去年 from the
    # reference year; 约为 a separated marker, GUIDELINES 约为19%; 元旦
    # with no year, the coming one; 六成 60 %; 中国人民银行
    # 常州市分行 a branch with its city inside, one ORG; 9月末 the month;
    # 溧阳民宿: a city as a modifier, SPEC; 农行溧阳支行 a bank's branch in a
    # city, one ORG, GUIDELINES 我爱我家杭州公司; 年初 the year; 12月 the
    # reference year's)
    d.org("组建的[[溧阳富民资产合作社]]，")
    d.metric("客房[[约420间]]。", 420, "间", "approx", "")
    d.date("介绍，[[今年]]社员", Y, "")
    d.metric("预计[[超过1800万元]]", "1800e4", "元", "over", "")
    d.date("较[[去年]]增加约15%", LY, "")
    d.metric("增加[[约15%]]，户均", 15, "%", "approx", "")
    d.metric("户均分红[[约8.6万元]]", "8.6e4", "元", "approx", "")
    d.org("。[[溧阳乡村旅游协会]]统计")
    d.date("统计，[[上周]]全市", "2026-W47", "")
    d.metric("入住率约为[[72%]]", 72, "%", "approx", "", sep="约")
    d.date("，[[元旦]]假期的预订量", "2027-01-01", "")
    d.metric("同比增长[[约六成]]。", 60, "%", "approx", "")
    d.org("。[[中国人民银行常州市分行]]数据")
    d.date("截至[[9月末]]，溧阳", "2026-09", LIY)
    d.city("，[[溧阳]]民宿经营")
    d.metric("余额[[约14.2亿元]]；", "14.2e8", "元", "approx", LIY)
    d.org("其中，[[农行溧阳支行]]今年")
    d.date("支行[[今年]]已发放", Y, "")
    d.metric("“民宿贷”[[约5.4亿元]]", "5.4e8", "元", "approx", "")
    d.date("较[[年初]]增长约36%", Y, "")
    d.metric("增长[[约36%]]。", 36, "%", "approx", "")
    d.org("。[[溧阳市文旅局]]表示")
    d.date("将在[[12月]]推出", "2026-12", "")
    # P4 桐乡 (在浙江，: the province stands apart, the bureau's name starts
    # at its city; 桐乡乌镇: the city before a town, a CITY; 12个 a count in
    # Arabic digits; 去年同期 after 今年前三季度: the year; 浙江省文化广电和
    # 旅游厅 one ORG; 上月 with no comparison word; 工行浙江省分行 a bank's
    # provincial branch, one ORG; 余 over, SPEC; 今年 with 以来 outside)
    d.org("在浙江，[[桐乡市文化和广电旅游体育局]]数据")
    d.date("显示，[[今年前三季度]]，桐乡", Y, TX)
    d.city("，[[桐乡]]乌镇")
    d.metric("相邻的[[12个]]行政村", 12, "个", "exact", TX)
    d.metric("乡村民宿[[约860家]]", 860, "家", "approx", TX)
    d.metric("接待住客[[约74万人次]]", "74e4", "人次", "approx", TX)
    d.metric("同比增长[[13.2%]]", "13.2", "%", "exact", TX)
    d.metric("平均房价[[约536元]]", 536, "元", "approx", TX)
    d.date("比[[去年同期]]高出", LY, TX)
    d.metric("高出[[约8%]]。", 8, "%", "approx", TX)
    d.org("。[[浙江省文化广电和旅游厅]]上月")
    d.date("旅游厅[[上月]]公布", "2026-10", TX)
    d.city("，[[桐乡]]共有7家")
    d.metric("共有[[7家]]入选", 7, "家", "exact", TX)
    d.org("。[[工行浙江省分行]]相关")
    d.metric("累计投放[[约9.3亿元]]", "9.3e8", "元", "approx", "")
    d.metric("经营户[[2100余户]]", 2100, "户", "over", "")
    d.metric("低[[约0.8个百分点]]", "0.8", "百分点", "approx", "")
    d.org("。[[浙江农商联合银行]]透露")
    d.date("透露，[[今年]]以来", Y, "")
    d.metric("信贷支持[[约146亿元]]", "146e8", "元", "approx", "")
    # P5 腾冲 (腾冲 a county-level city since 2015, SPEC: status at the
    # article's date; 腾冲和顺古镇: a city before a scenic spot's name, a
    # CITY; the bureau and the airport (an airport's name is ORG with no
    # CITY inside, SPEC) with 腾冲 inside; 昆明、成都、上海、广州等城市: a
    # list sharing one head, CITY each, SPEC; 七成 70 %; 上周五 on a Monday:
    # the Friday of the ISO week before, GUIDELINES (a weekday inside the
    # span); 本月 with 起 outside; 每周 recurring, no DATE; 班 flights after
    # Arabic digits, GUIDELINES; 10月 the reference year's)
    d.org("在云南，[[腾冲市文化和旅游局]]相关")
    d.date("介绍，[[今年]]以来腾冲", Y, TC)
    d.city("以来[[腾冲]]和顺古镇")
    d.metric("游客[[约136万人次]]，其中", "136e4", "人次", "approx", TC)
    d.city("来自[[昆明]]、成都")
    d.city("昆明、[[成都]]、上海")
    d.city("成都、[[上海]]、广州等")
    d.city("上海、[[广州]]等城市")
    d.metric("游客[[超过七成]]。", 70, "%", "over", GZ)
    d.org("。[[腾冲驼峰机场]]上周五")
    d.date("机场[[上周五]]宣布", "2026-11-20", CQ)
    d.date("宣布，[[本月]]起加密", "2026-11", CQ)
    d.city("往返[[重庆]]、西安")
    d.city("重庆、[[西安]]的航班")
    d.metric("增至[[146班]]。", 146, "班", "exact", XA)
    d.org("。[[云南省文化和旅游厅]]数据")
    d.date("显示，[[10月]]全省", "2026-10", "")
    d.metric("入住率约为[[61%]]。", 61, "%", "approx", "", sep="约")
    # P6 延吉, 崇州, 英德 (吉林延吉、四川崇州、广东英德: a province glued
    # before its city leaves the city a CITY, GUIDELINES 云南昆明; 吉林 is
    # the province here, GUIDELINES; county-level cities, SPEC; 今年1月至
    # 10月: a range, two mentions, SPEC 2024年3月至5月; 张 the measure word
    # as written; 上月 with no comparison word)
    d.city("吉林[[延吉]]、四川")
    d.city("四川[[崇州]]、广东")
    d.city("广东[[英德]]等县级市")
    d.org("。[[吉林省文化和旅游厅]]数据")
    d.city("显示，[[延吉市]]今年")
    d.date("延吉市[[今年1月]]至10月", "2026-01", YJ)
    d.date("今年1月至[[10月]]接待", "2026-10", YJ)
    d.metric("游客[[约1390万人次]]", "1390e4", "人次", "approx", YJ)
    d.metric("同比增长[[12.7%]]", "12.7", "%", "exact", YJ)
    d.metric("床位[[超过5.6万张]]", "5.6e4", "张", "over", YJ)
    d.city("；[[崇州市]]今年")
    d.date("崇州市[[今年]]新增", Y, CZ)
    d.metric("乡村民宿[[约190家]]", 190, "家", "approx", CZ)
    d.date("竹艺村[[上月]]接待", "2026-10", CZ)
    d.metric("游客[[约8.2万人次]]", "8.2e4", "人次", "approx", CZ)
    d.city("；[[英德市]]则依托")
    d.metric("打造了[[约30个]]民宿", 30, "个", "approx", YD)
    # P7 the platforms (途家, 携程, 美团, 飞猪 before what a body publishes;
    # 上周 the ISO week before; 元旦 the coming one; the cities of a list,
    # CITY each; 今年国庆 one span, GUIDELINES 2024年春节; 每间夜 before the
    # figure outside; 浙江、江苏、云南三省: a collective label, no METRIC;
    # 10月 and 11月 with 以来 outside; 去年同期 after 上月: that month a year
    # earlier; 同程旅行、小猪民宿等平台: named platforms before 等平台)
    d.org("。[[途家]]数据显示，上周")
    d.date("显示，[[上周]]平台", "2026-W47", SH)
    d.date("民宿[[元旦]]假期的订单量", "2027-01-01", SH)
    d.metric("同比增长[[约1.3倍]]", "1.3", "倍", "approx", SH)
    d.city("来自[[上海]]、杭州、南京")
    d.city("上海、[[杭州]]、南京、成都")
    d.city("杭州、[[南京]]、成都和")
    d.city("南京、[[成都]]和广州")
    d.city("成都和[[广州]]。")
    d.org("。[[途家]]相关负责人")
    d.org("。[[携程]]发布")
    d.date("报告称，[[今年国庆]]假期", "2026-10-01", "")
    d.metric("同比增长[[21%]]", 21, "%", "exact", "")
    d.metric("价格[[约628元]]", 628, "元", "approx", "")
    d.metric("占比[[约45%]]。", 45, "%", "approx", "")
    d.org("。[[美团]]数据显示")
    d.date("显示，[[10月]]以来", "2026-10", "")
    d.metric("环比增长[[约58%]]。", 58, "%", "approx", "")
    d.org("。[[飞猪]]数据显示")
    d.date("显示，[[上月]]县域", "2026-10", "")
    d.date("较[[去年同期]]增加约40%", "2025-10", "")
    d.metric("增加[[约40%]]；", 40, "%", "approx", "")
    d.org("；[[同程旅行]]、小猪民宿")
    d.org("、[[小猪民宿]]等平台")
    d.date("显示，[[11月]]以来", "2026-11", "")
    d.metric("环比增长[[约17%]]。", 17, "%", "approx", "")
    # P8 the brands (2013年 a bare year; 浙江德清县莫干山: a county and a
    # mountain, no city; 大乐之野 a brand acting as its company before
    # 相关负责人, GUIDELINES' context words; 华住集团旗下的花间堂: two ORGs;
    # 明年 from the reference year; 丽水松阳: the city before a county, a
    # CITY (松阳 a county, no CITY); 过云山居 before what it says; 明年一季度
    # the quarter of next year; 五成 50 %)
    d.date("。[[2013年]]从浙江", "2013", "")
    d.org("起步的[[大乐之野]]相关")
    d.metric("增至[[43家]]", 43, "家", "exact", "")
    d.date("，[[今年]]新开的9家", Y, "")
    d.metric("新开的[[9家]]", 9, "家", "exact", "")
    d.org("；[[华住集团]]旗下")
    d.org("旗下的[[花间堂]]计划")
    d.date("计划[[明年]]在县级市", NY, "")
    d.metric("新开[[约20家]]门店", 20, "家", "approx", "")
    d.city("位于[[丽水]]松阳")
    d.org("松阳的[[过云山居]]则表示")
    d.date("表示，[[明年一季度]]的客房", "2027-Q1", LS)
    d.metric("预订已[[超过五成]]。", 50, "%", "over", LS)
    # P9 the national banks (截至 outside, 10月末 the month; 年初 the year;
    # 其中 owns its 中, 三季度 a bare quarter of the reference year; 不到
    # under, inside the span, SPEC; 中国邮政
    # 储蓄银行 and its bracketed short form, two ORGs, and the short form
    # once more; 最高 sets no qualifier, GUIDELINES)
    d.org("。[[中国农业银行]]相关")
    d.date("截至[[10月末]]，该行", "2026-10", "")
    d.metric("贷款余额[[约1860亿元]]", "1860e8", "元", "approx", "")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[约312亿元]]", "312e8", "元", "approx", "")
    d.date("其中[[三季度]]新增", "2026-Q3", "")
    d.metric("新增[[约96亿元]]", "96e8", "元", "approx", "")
    d.metric("同比增长[[约27%]]", 27, "%", "approx", "")
    d.metric("不良率[[不到1%]]。", 1, "%", "under", "")
    d.org("。[[中国邮政储蓄银行]]（邮储银行）")
    d.org("（[[邮储银行]]）已在")
    d.metric("全国[[约600个]]县", 600, "个", "approx", "")
    d.metric("额度为[[100万元]]", "100e4", "元", "exact", "")
    d.org("。[[邮储银行]]相关负责人")
    d.date("表示，[[明年]]将把民宿贷款", NY, "")
    # P10 the outlook (文化和旅游部 the ministry; 上周 the ISO week before;
    # 今冬 a season with no year word, no DATE, SPEC; 突破 inside, SPEC;
    # 中国社会科学院旅游研究中心 a research centre of a body, one ORG; 元旦
    # and 春节 with no year, the coming ones; 12月 in a sentence whose period
    # is a yearless holiday: the year nearest it, GUIDELINES; 三成以上 30 %,
    # over, SPEC 6成以上; 明年春节 one span, 假期 outside; 今年 the year)
    d.org("\n\n[[文化和旅游部]]上周")
    d.date("旅游部[[上周]]印发", "2026-W47", "")
    d.org("。[[中国旅游协会民宿客栈与精品酒店分会]]预计")
    d.date("预计，[[今年]]县域", Y, "")
    d.metric("有望[[突破2000亿元]]", "2000e8", "元", "over", "")
    d.org("。[[中国社会科学院旅游研究中心]]分析")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[12月]]县域", "2026-12", "")
    d.metric("增长[[三成以上]]，明年", 30, "%", "over", "")
    d.date("，[[明年春节]]假期", "2027-02-06", "")
    d.date("较[[今年]]上涨", Y, "")
    d.metric("上涨[[约10%]]。", 10, "%", "approx", "")
    d.org("。[[农业农村部]]相关")
    d.date("表示，[[明年]]将继续", NY, "")
    audit = {
        "orgs": ["农民日报", "中国农网", "文化和旅游部数据中心",
                 "溧阳市文体广电和旅游局", "溧阳市文旅局",
                 "溧阳富民资产合作社", "溧阳乡村旅游协会",
                 "中国人民银行常州市分行", "农行溧阳支行",
                 "桐乡市文化和广电旅游体育局", "浙江省文化广电和旅游厅",
                 "工行浙江省分行", "浙江农商联合银行", "腾冲市文化和旅游局",
                 "腾冲驼峰机场", "云南省文化和旅游厅", "吉林省文化和旅游厅",
                 "途家", "携程", "美团", "飞猪", "同程旅行", "小猪民宿",
                 "大乐之野", "华住集团", "花间堂", "过云山居",
                 "中国农业银行", "中国邮政储蓄银行", "邮储银行",
                 "文化和旅游部", "中国旅游协会民宿客栈与精品酒店分会",
                 "中国社会科学院旅游研究中心", "农业农村部"],
        "cities": ["溧阳", "上海", "南京", "杭州", "桐乡", "腾冲", "昆明",
                   "成都", "广州", "重庆", "西安", "延吉", "崇州", "英德",
                   "丽水", "常州", "乌镇", "德清", "松阳", "吉林", "四川",
                   "广东", "江苏", "浙江", "云南", "中国", "全国", "全省",
                   "城市",
                   # absent cities as guards (annotate_ab.py's): a city
                   # written once outside a row would pass without them
                   "北京", "深圳", "苏州", "武汉", "天津", "厦门"],
        "excluded": [
            # provinces, a town, a county, the country-wide and province-
            # wide words and the generic 城市: SPEC, not CITY
            "[[江苏]]溧阳市", "在[[浙江]]，桐乡", "桐乡[[乌镇]]",
            "在[[云南]]，腾冲", "[[吉林]]延吉", "[[四川]]崇州",
            "[[广东]]英德", "[[浙江]]、江苏、云南三省",
            "浙江、[[江苏]]、云南三省", "浙江、江苏、[[云南]]三省",
            "从[[浙江]]德清县", "浙江[[德清]]县", "丽水[[松阳]]",
            "前三季度[[全国]]乡村", "在[[全国]]约600个",
            "以来[[全省]]农商银行", "10月[[全省]]乡村", "等[[城市]]的游客",
        ],
        "numbers_excluded": [],
        # 长三角 holds no figure (GUIDELINES)
        "cn_excluded": ["长[[三]]角"],
        # the collective labels of the lists just given (GUIDELINES)
        "collectives": [("杭州[[三]]地", 3), ("云南[[三]]省", 3)],
        "latin_excluded": [],
        # time characters in words that are no DATE: 今冬 (a season with no
        # year word, SPEC), 每周 (recurring, SPEC), 道明镇 (a town's name);
        # 全年 and 周末 not written
        "words_excluded": {"今冬": 1, "每周": 1, "道明镇": 1, "全年": 0,
                           "周末": 0},
        # generic heads outside ORG rows: 合作社 (合作社相关负责人: read
        # back), 银行 (全省农商银行: a kind), 平台 (在线平台, 上周平台, 等平台:
        # the kind and read-backs), 机构 (金融机构: a kind), 局 (布局, a
        # word); 集团, 协会, 分会, 中心, 机场 and 厅 only inside ORGs
        "orgwords_excluded": {"合作社": 1, "银行": 1, "平台": 3, "机构": 1,
                              "局": 1, "集团": 0, "协会": 0, "分会": 0,
                              "中心": 0, "机场": 0, "厅": 0, "公司": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g256 Small firms and e-payments in Macao, November 2026: the opener 【本報
# 消息】 (no outlet); 澳門金融管理局 (金管局) 昨（廿四）日 on local mobile
# payments (今年首10個月; 10月); 經濟及科技發展局 (經科局) on merchants (10月
# 底, 去年同期; 上月; 12月1日); 澳門通股份有限公司 (澳門通) (今年首三季) and the
# banks (中國銀行澳門分行, 大西洋銀行, 大豐銀行, 澳門國際銀行, 本周一（23日）;
# 滙業銀行, 澳門商業銀行; 今年; 澳門銀行公會, 今年); the consumption scheme
# (經科局 with 澳門中小型企業聯合總商會, 澳門北區工商聯會, 澳門離島工商業
# 聯合會; 10月12日, 11月8日; 去年, 第三季, 2019年同期); visitors (統計暨普查局
# 10月, 香港; 旅遊局 上周; 微信支付, 支付寶, 上月, 廣州, 深圳, 珠海, 中山;
# 北京, 上海, 杭州; 中國銀聯, 澳門, 國慶); retail (新苗超市, 今年, 兩年前;
# 澳門餐飲業聯合商會 上周); 氹仔 (澳門通卡; 澳門街坊會聯合總會 上周六（21
# 日）); cross-border (金管局, 今年首三季, 澳門, 珠海, 中山, 廣州; 上周五（20
# 日）, 中國人民銀行廣東省分行, 明年首季); complaints (消費者委員會 (消委會),
# 今年首10個月, 去年同期; 金管局; 財政局, 今年, 去年); research (澳門科技大學
# 商學院; 澳門大學工商管理學院; 科學技術發展基金 (科技基金), 今年; 澳門貿易
# 投資促進局 下月, 杭州); the outlook (經濟財政司, 明年, 6月底; 旅遊局, 聖誕,
# 元旦, 農曆新年, 12月下旬; 澳門中華總商會, 澳門餐飲業聯合商會).
# Traditional as Macao writes it (按年, 首10個月, 首三季, 第三季, 明年首季,
# 上周, 本周一（23日）, 上周五（20日）, 上周六（21日）, 昨（廿四）日, 佔, 公佈,
# 商戶, 澳門元, “” quotes, 氹, 滙), Big5-HKSCS, 2026-11-25 (a Wednesday,
# ISO week 2026-W48), 澳門日報.  昨（廿四）日 2026-11-24; 本周一 2026-11-23;
# 上周六 2026-11-21; 上周五 2026-11-20; 上周 2026-W47; 本月 2026-11;
# 下月 2026-12; 上月, 10月 2026-10; 去年 2025; 明年 2027.
# ===========================================================================
@doc
def g256():
    d = Doc(G256)
    Y, LY, NY = "2026", "2025", "2027"
    MO, HK, GZ, ZS, HZ = ("澳门", "香港", "广州市", "中山市", "杭州市")
    # title (a heading that opens with no city; 今年首10個月 the year,
    # GUIDELINES: Hong Kong and Macao write the first months with 首; 按年
    # no DATE; the space splits it into two sentences)
    d.date("[[今年首10個月]]本地移動支付交易額", Y, "")
    d.metric("按年增[[約18%]] 小商戶", 18, "%", "approx", "")
    d.metric("下調至[[0.6%]]\n", "0.6", "%", "exact", "")
    # P1 the monetary authority (【本報消息】 names no outlet, GUIDELINES;
    # 澳門金融管理局 and its bracketed short form 金管局, two ORGs; 昨（廿四）
    # 日 one span, SPEC 今（5）日, GUIDELINES 廿 the tens of a day; 筆 the
    # measure word as written; 澳門元 the currency as written, precedents
    # AC, BC; 每筆 before the figure outside, GUIDELINES 每平方米; 10月 a
    # bare month of the reference year; 歷年同月 names no period, GUIDELINES;
    # 佔約八成: 約 touching the share)
    d.org("【本報消息】[[澳門金融管理局]]（金管局）")
    d.org("（[[金管局]]）昨")
    d.date("）[[昨（廿四）日]]公佈", "2026-11-24", "")
    d.date("公佈，[[今年首10個月]]本地", Y, "")
    d.metric("交易筆數[[約3.6億筆]]", "3.6e8", "笔", "approx", "")
    d.metric("按年增加[[約21%]]；", 21, "%", "approx", "")
    d.metric("交易金額[[約412億澳門元]]", "412e8", "澳门元", "approx", "")
    d.metric("按年增加[[約18%]]，平均", 18, "%", "approx", "")
    d.metric("每筆[[約114元]]。", 114, "元", "approx", "")
    d.date("。其中[[10月]]交易金額", "2026-10", "")
    d.metric("交易金額[[約46億元]]", "46e8", "元", "approx", "")
    d.metric("交易佔[[約八成]]。", 80, "%", "approx", "")
    # P2 the economic and technological development bureau (經濟及科技發展局
    # and 經科局, two ORGs, GUIDELINES' bracketed short form; 全澳 deictic;
    # 約佔九成: 約 before 佔 sets approx across the verb, GUIDELINES 约占,
    # outside the span; 去年同期 after 10月底: that month a year earlier,
    # SPEC; 宗 the measure word as written; 最高 sets no qualifier, exact,
    # GUIDELINES; 12月1日
    # a day of the reference year, 將於 and 起 outside)
    d.org("\n\n[[經濟及科技發展局]]（經科局）")
    d.org("（[[經科局]]）表示")
    d.date("截至[[10月底]]，全澳", "2026-10", "")
    d.metric("已有[[約5.8萬家]]", "5.8e4", "家", "approx", "")
    d.metric("約佔[[九成]]，", 90, "%", "approx", "", sep="約")
    d.metric("合共[[約9.6萬個]]", "9.6e4", "个", "approx", "")
    d.date("較[[去年同期]]增加約1.2萬個", "2025-10", "")
    d.metric("增加[[約1.2萬個]]。", "1.2e4", "个", "approx", "")
    d.org("。[[經科局]]上月推出")
    d.date("經科局[[上月]]推出", "2026-10", "")
    d.metric("收到[[約2,300宗]]", 2300, "宗", "approx", "")
    d.metric("最高資助[[3萬元]]", "3e4", "元", "exact", "")
    d.metric("首批[[約1,100家]]", 1100, "家", "approx", "")
    d.org("。[[經科局]]將於")
    d.date("將於[[12月1日]]起", "2026-12-01", "")
    # P3 the operator and the banks (澳門通股份有限公司 and its bracketed
    # short form, two ORGs; 今年首三季 the year, GUIDELINES 首三季; 近三成
    # 30 %, approx; the banks before 等機構 are ORGs, GUIDELINES 等企业/机构;
    # 本周一（23日）: the weekday inside the span gives the day, GUIDELINES,
    # and the bracketed day is its own mention of it, SPEC 今日(15日); 由…
    # 下調至…: two figures, each with its %)
    d.org("\n\n[[澳門通股份有限公司]]（澳門通）")
    d.org("（[[澳門通]]）表示")
    d.date("錢包[[今年首三季]]交易額", Y, "")
    d.metric("交易額[[約118億元]]", "118e8", "元", "approx", "")
    d.metric("按年增長[[約16%]]", 16, "%", "approx", "")
    d.metric("上升[[近三成]]。", 30, "%", "approx", "")
    d.org("。[[中國銀行澳門分行]]、大西洋")
    d.org("、[[大西洋銀行]]、")
    d.org("、[[大豐銀行]]及")
    d.org("及[[澳門國際銀行]]等機構")
    d.date("由[[本周一]]（23日）起", "2026-11-23", "")
    d.date("本周一（[[23日]]）起", "2026-11-23", "")
    d.metric("由[[0.8%]]下調", "0.8", "%", "exact", "")
    d.metric("0.8%下調至[[0.6%]]，估計", "0.6", "%", "exact", "")
    d.metric("減省[[約5,000萬元]]", "5000e4", "元", "approx", "")
    # P4 more banks (滙業銀行 with its HKSCS 滙, the bank's own spelling,
    # and 澳門商業銀行, 及 between: two; 中國銀行澳門分行 a bank's branch with
    # its place, one ORG; 逾 over; 豐付寶 大豐銀行's wallet, a product, no ORG,
    # GUIDELINES 中銀香港的BoC Pay; 突破46萬: a figure with no unit, over,
    # SPEC 近900万; 澳門銀行公會 the banks' association; 本澳 deictic)
    d.org("\n\n[[滙業銀行]]及")
    d.org("及[[澳門商業銀行]]則")
    d.metric("至今[[約1,400家]]", 1400, "家", "approx", "")
    d.org("。[[中國銀行澳門分行]]數據")
    d.date("商戶[[今年]]新增", Y, "")
    d.metric("新增[[約3,200家]]", 3200, "家", "approx", "")
    d.metric("總數[[逾2.1萬家]]", "2.1e4", "家", "over", "")
    d.org("；[[大豐銀行]]旗下")
    d.metric("則[[突破46萬]]。", "46e4", "", "over", "")
    d.org("。[[澳門銀行公會]]指出")
    d.date("銀行[[今年]]向中小企", Y, "")
    d.metric("，[[約兩成]]用於", 20, "%", "approx", "")
    # P5 the consumption scheme (the associations named by their place and
    # trade, GUIDELINES 澳门烹饪协会; “社區消費大獎賞” a programme; 10月12日至
    # 11月8日: a range, two mentions, SPEC; 去年 from the reference year, its
    # sentence states no period before it; 第三季 a bare quarter, this year's
    # after a bare 去年, GUIDELINES; 2019年同期 one span, the year,
    # GUIDELINES; 低於 before a date, no figure)
    d.org("\n\n[[經科局]]與澳門")
    d.org("與[[澳門中小型企業聯合總商會]]、")
    d.org("、[[澳門北區工商聯會]]及")
    d.org("及[[澳門離島工商業聯合會]]合辦")
    d.date("於[[10月12日]]至", "2026-10-12", "")
    d.date("至[[11月8日]]累計", "2026-11-08", "")
    d.metric("消費[[約7.9億元]]", "7.9e8", "元", "approx", "")
    d.metric("參與商戶[[約7,600家]]", 7600, "家", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.metric("交易佔[[約92%]]。", 92, "%", "approx", "")
    d.org("。[[澳門中小型企業聯合總商會]]相關")
    d.date("客流較[[去年]]有所", LY, "")
    d.metric("偏高，[[約四成]]會員", 40, "%", "approx", "")
    d.date("商戶[[第三季]]營業額", "2026-Q3", "")
    d.date("低於[[2019年同期]]。", "2019", "")
    # P6 visitors (統計暨普查局 and 旅遊局, Macao bodies standing alone in a
    # Macao text, GUIDELINES; 10月 a bare month; 內地 a region; 香港旅客: a
    # city as a modifier, SPEC; 上周 the ISO week before; 日均 a daily
    # average, no DATE, and the figure after it counted in 人次 (precedent
    # AC's 日均入場); 微信支付 and 支付寶 payment brands that are their
    # operators' names, ORG, SPEC; 上月 with no comparison word; the cities
    # of the lists, CITY each; 約為 a separated marker, GUIDELINES;
    # 雲閃付 a product of 中國銀聯, no ORG; 在澳門: Macao a CITY; 國慶 with
    # no year, the nearest one, 假期期間 outside)
    d.org("，[[統計暨普查局]]資料")
    d.date("顯示，[[10月]]入境", "2026-10", HK)
    d.metric("入境旅客[[約361萬人次]]", "361e4", "人次", "approx", HK)
    d.metric("內地旅客[[約264萬人次]]", "264e4", "人次", "approx", HK)
    d.metric("按年增加[[約9%]]，香港", 9, "%", "approx", HK)
    d.city("，[[香港]]旅客約68萬")
    d.metric("香港旅客[[約68萬人次]]", "68e4", "人次", "approx", HK)
    d.org("。[[旅遊局]]資料則")
    d.date("顯示，[[上周]]入境", "2026-W47", "")
    d.metric("日均[[約11.8萬人次]]", "11.8e4", "人次", "approx", "")
    d.metric("按年增加[[約6%]]。", 6, "%", "approx", "")
    d.org("以[[微信支付]]及支付寶")
    d.org("及[[支付寶]]付款")
    d.date("交易額[[上月]]按年", "2026-10", GZ)
    d.metric("按年增加[[約23%]]，來自", 23, "%", "approx", GZ)
    d.city("來自[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]、中山")
    d.city("珠海、[[中山]]等城市")
    d.metric("旅客佔[[約六成]]；", 60, "%", "approx", ZS)
    d.city("；[[北京]]、上海及杭州")
    d.city("北京、[[上海]]及杭州")
    d.city("上海及[[杭州]]旅客")
    d.metric("約為[[2,860澳門元]]。", 2860, "澳门元", "approx", HZ,
             sep="約")
    d.org("。[[中國銀聯]]表示")
    d.city("雲閃付在[[澳門]]的受理")
    d.metric("已[[超過4萬家]]", "4e4", "家", "over", MO)
    d.date("，[[國慶]]假期期間", "2026-10-01", MO)
    d.city("期間在[[澳門]]的交易")
    d.metric("按年增加[[約31%]]。", 31, "%", "approx", MO)
    # P7 retail and restaurants (新苗超市: a trade name before 超市 is a
    # chain, GUIDELINES' own example; 兩年前 relative, SPEC N年前; 個百分點
    # the unit 百分点, SPEC; 澳門餐飲業聯合商會 the restaurants' association;
    # 15%至20%: a range, two mentions, each with its own %, SPEC 30至80笔)
    d.org("，[[新苗超市]]表示")
    d.date("門店[[今年]]以電子", Y, "")
    d.metric("升至[[約78%]]", 78, "%", "approx", "")
    d.date("較[[兩年前]]提高", "2024", "")
    d.metric("提高[[約25個百分點]]", 25, "百分点", "approx", "")
    d.org("。[[澳門餐飲業聯合商會]]上周調查")
    d.date("商會[[上周]]調查", "2026-W47", "")
    d.metric("調查[[約200家]]", 200, "家", "approx", "")
    d.metric("食肆，[[約45%]]已", 45, "%", "approx", "")
    d.metric("營業額[[15%]]至20%", 15, "%", "exact", "")
    d.metric("15%至[[20%]]不等", 20, "%", "exact", "")
    # P8 氹仔 (an island of Macao, no city; 氹 an HKSCS character in no
    # span); 澳門通卡: the organization named in a product counts, the
    # product does not (SPEC 京东白条, GUIDELINES 银联卡 -> 银联); 上周六（21
    # 日）: the Saturday of the ISO week before and its bracketed day, two
    # mentions of one day; 名 the measure word as written)
    d.metric("客源[[約七成]]，", 70, "%", "approx", "")
    d.org("使用[[澳門通]]卡。")
    d.org("。[[澳門街坊會聯合總會]]上周六")
    d.date("總會[[上周六]]（21日）", "2026-11-21", "")
    d.date("上周六（[[21日]]）聯同", "2026-11-21", "")
    d.org("聯同[[澳門通]]舉辦")
    d.metric("協助[[約300名]]長者", 300, "名", "approx", "")
    # P9 cross-border use (今年首三季 the year; 澳門居民: the city as a
    # modifier, SPEC (a demonym); 內地 a region; 珠海, 中山, 廣州 CITY; 上周
    # 五（20日）: the Friday of the ISO week before and its bracketed day;
    # 中國人民銀行廣東省分行 a branch with its province, one ORG; 明年首季 the
    # first quarter of next year, GUIDELINES 首季)
    d.org("。[[金管局]]數據顯示")
    d.date("顯示，[[今年首三季]]澳門", Y, MO)
    d.city("今年首三季[[澳門]]居民")
    d.metric("消費[[約38億元]]", "38e8", "元", "approx", MO)
    d.metric("按年增加[[約42%]]，當中", 42, "%", "approx", MO)
    d.metric("當中[[約55%]]發生", 55, "%", "approx", MO)
    d.city("發生在[[珠海]]，")
    d.city("其次為[[中山]]及廣州")
    d.city("中山及[[廣州]]。")
    d.org("。[[金管局]]上周五")
    d.date("金管局[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）與", "2026-11-20", "")
    d.org("與[[中國人民銀行廣東省分行]]舉行")
    d.date("預計[[明年首季]]公佈", "2027-Q1", "")
    # P10 complaints and tax payments (消費者委員會 and 消委會, two ORGs,
    # GUIDELINES' bracketed short form; 去年同期 after 今年首10個月: the year,
    # SPEC; 財政局 a Macao body standing alone; 去年 from the reference year)
    d.org("\n\n[[消費者委員會]]（消委會）")
    d.org("（[[消委會]]）表示")
    d.date("表示，[[今年首10個月]]接獲", Y, "")
    d.metric("投訴[[約260宗]]", 260, "宗", "approx", "")
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[約14%]]", 14, "%", "approx", "")
    d.org("。[[金管局]]提醒")
    d.org("。[[財政局]]則表示")
    d.date("則表示，[[今年]]以電子", Y, "")
    d.metric("交易[[約85萬筆]]", "85e4", "笔", "approx", "")
    d.date("較[[去年]]增加約19%", LY, "")
    d.metric("增加[[約19%]]。", 19, "%", "approx", "")
    # P11 research and support (不足一成 10 %, under, inside the span, SPEC;
    # a faculty after its university, one ORG,
    # GUIDELINES; 一位 an indefinite, GUIDELINES; 科學技術發展基金 and 科技基金,
    # GUIDELINES' own example; 批出 before the figure, a verb; 個 the measure
    # word; 下月 the month after the reference month; 赴杭州: a CITY)
    d.org("\n\n[[澳門科技大學商學院]]早前")
    d.metric("訪問了[[500家]]", 500, "家", "exact", "")
    d.metric("，[[約四成]]受訪", 40, "%", "approx", "")
    d.metric("但[[約三成]]認為", 30, "%", "approx", "")
    d.metric("，[[不足一成]]仍未", 10, "%", "under", "")
    d.org("。[[澳門大學工商管理學院]]一位")
    d.org("。[[科學技術發展基金]]（科技基金）")
    d.org("（[[科技基金]]）亦")
    d.date("系統，[[今年]]已批出", Y, "")
    d.metric("批出[[約30個]]項目", 30, "个", "approx", "")
    d.metric("金額[[約2,600萬元]]", "2600e4", "元", "approx", "")
    d.org("。[[澳門貿易投資促進局]]下月")
    d.date("促進局[[下月]]將組織", "2026-12", HZ)
    d.metric("組織[[約40家]]本地", 40, "家", "approx", HZ)
    d.city("赴[[杭州]]參加")
    # P12 the outlook (經濟財政司, one of Macao's five secretariats,
    # GUIDELINES; 明年 next year; 6月底 after 明年 in its sentence: the next
    # June, GUIDELINES; 聖誕, 元旦 and 農曆新年 with no year: the coming ones,
    # 假期 outside, GUIDELINES 农历新年 is 春节; 來澳 one character, no CITY;
    # 12月下旬 a part of a month in a sentence whose period is a yearless
    # holiday: the year nearest it; 平日 no DATE)
    d.org("\n\n[[經濟財政司]]表示")
    d.date("表示，[[明年]]將把", NY, "")
    d.date("延至[[6月底]]，並", "2027-06", "")
    d.org("。[[旅遊局]]預計")
    d.date("預計，[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及", "2027-01-01", "")
    d.date("及[[農曆新年]]假期", "2027-02-06", "")
    d.date("來澳，[[12月下旬]]的", "2026-12", "")
    d.metric("增加[[約三成]]。澳門中華", 30, "%", "approx", "")
    d.org("。[[澳門中華總商會]]及")
    d.org("及[[澳門餐飲業聯合商會]]則建議")
    audit = {
        "orgs": ["澳門金融管理局", "金管局", "經濟及科技發展局", "經科局",
                 "澳門通股份有限公司", "澳門通", "中國銀行澳門分行",
                 "大西洋銀行", "大豐銀行", "澳門國際銀行", "滙業銀行",
                 "澳門商業銀行", "澳門銀行公會", "澳門中小型企業聯合總商會",
                 "澳門北區工商聯會", "澳門離島工商業聯合會", "統計暨普查局",
                 "旅遊局", "微信支付", "支付寶", "中國銀聯", "新苗超市",
                 "澳門餐飲業聯合商會", "澳門街坊會聯合總會",
                 "中國人民銀行廣東省分行", "消費者委員會", "消委會",
                 "財政局", "澳門科技大學商學院", "澳門大學工商管理學院",
                 "科學技術發展基金", "科技基金", "澳門貿易投資促進局",
                 "經濟財政司", "澳門中華總商會"],
        "cities": ["澳門", "香港", "廣州", "深圳", "珠海", "中山", "北京",
                   "上海", "杭州", "內地", "氹仔", "中國", "廣東", "城市",
                   # absent cities as guards (annotate_ab.py's)
                   "成都", "重慶", "南京", "天津", "武漢", "廈門", "東莞"],
        "excluded": [
            # regions, an island and generic words: SPEC, not CITY (內地 the
            # mainland, 氹仔 an island of Macao, 城市 generic)
            "其中[[內地]]旅客", "。[[內地]]旅客以", "業者表示，[[內地]]旅客",
            "在[[內地]]消費", "在[[氹仔]]舊城區", "等[[城市]]的旅客",
        ],
        "numbers_excluded": [],
        # 一位 (an indefinite before a measure word, GUIDELINES)
        "cn_excluded": ["學院[[一]]位"],
        "collectives": [],
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year),
        # 歷年同月 (GUIDELINES: no period of its own), 日均 (a daily
        # average), 至今 (up to now), 平日 (ordinary days); 每周 and 同期
        # (but 2019年同期 and 去年同期) not written
        "words_excluded": {"按年": 10, "歷年同月": 1, "日均": 1, "至今": 2,
                           "平日": 1, "每周": 0},
        # generic heads outside ORG rows: 銀行 (本澳銀行: a kind), 機構 (等
        # 機構: the kind closing the list); 公司, 商會, 總會, 學院, 基金, 局 and
        # 委員會 only inside ORGs
        "orgwords_excluded": {"銀行": 1, "機構": 1, "公司": 0, "商會": 0,
                              "總會": 0, "學院": 0, "基金": 0, "局": 0,
                              "委員會": 0, "超市": 0},
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)[點点]"
                     r"([〇零一二三四五六七八九]+)", span)
    if m:                       # 百分之四十二點九 -> 42.9 % (new in
        frac = "".join(CN_YEAR_DIGIT[c] for c in m.group(2))   # annotate_
        return Decimal("%d.%s" % (cn_int(m.group(1)), frac)), q, "%"  # ic)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十][一二两兩三四五六七八九十百千零]*)"
                     r"([万萬亿億]?)([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)",
                     span)
    if m and re.search("[十百千]", m.group(1)) and not re.fullmatch(
            "[一二两兩三四五六七八九][十百千]", m.group(1)):
        # a whole number in Chinese numerals with places inside
        # (一百二十六個 -> 126, 三十八個 -> 38; new in annotate_ic.py)
        v = Decimal(cn_whole(m.group(1)))
        if m.group(2):
            v *= MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
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
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:                       # 昨（廿三）日, 今（廿四）日 (Chinese numerals,
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]    # GUIDELINES 廿, 卅;
        day = ref + datetime.timedelta(days=k)          # new in annotate_ic)
        g = m.group(2)
        assert norm == day.isoformat() and day.day == (
            int(g) if g.isdigit() else cn_number(g)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"(\d{1,2}|[十廿卅][一二三四五六七八九]?|"
                        r"[一二三四五六七八九])日", r["text"]):
        return                  # 廿六日 too (new in annotate_ic.py)
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
    # (the parts of a month, 初, 末, 上旬, 中旬, 下旬, as annotate_bb.py's
    # version had them, and a day in Chinese numerals after a month, 十二月
    # 六日: new here, after 12月下旬 as 2027-12 passed)
    if not re.fullmatch(r"((\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}日|[一二三四五六七八九十廿卅]{1,3}日|底|份|末|"
                        r"初|[上中下]旬)?|\d{1,2}日|"
                        r"[十廿卅][一二三四五六七八九]?日|"
                        r"第?[一二三四1-4]季度?)", tx):    # 九月底, 廿六日 (ic)
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
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; precedent
    annotate_fa.py's check, from annotate_ga.py)."""
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
    四季度 -> 2026-Q4 in November 2026; new here).  The holiday is the
    first such one of the sentence; its date is the table's, recomputed by
    check_holiday()."""
    tx = r["text"]
    # (a part of a month too, 12月下旬: new here)
    m = re.fullmatch(r"(\d{1,2})月(?:底|初|末|[上中下]旬)?|"
                     r"第?([一二三四1-4])季度?", tx)
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


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底)): parts of a year give
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


# the characters after which a 市 following a city starts the next word
# (SPEC 市级, 市场, 市区, 市民; GUIDELINES 市外, 市内, 市政)
SHI_NEXT = set("级級场場区區民内內外政郊")
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日", "晚"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 个月, 天 …) needs a statistic cue
    earlier in its clause (平均库存周期约为5.6个月) or a verb of change
    right after it; otherwise it is a duration, no METRIC (GUIDELINES; from
    annotate_hb.py, after annotate_ib.py)."""
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
    annotate_ha.py, after annotate_ib.py)."""
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


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (new here: 五家 of 科沃斯、
    石头科技、追觅科技、云鲸智能和小米五家 annotated as a METRIC passed the
    checks when it was dropped from the declared collectives)."""
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
    METRIC); the complement of check_collective (new here: g239's
    郑州、武汉新建的两座)."""
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


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared no-span character (玥 of the GBK article, outside
    # GB2312; 氹 of the Big5-HKSCS article, in 氹仔 and 路氹) stands as
    # often as declared, each time inside its declared word, and in no span
    # (checked per row below; annotate_jb.py's byline-only rule widened to
    # declared words in annotate_ic.py)
    # (several words per character since annotate_dc.py: 氹 of 路氹 and of
    # 氹仔, annotate_ec.py's OUTSIDE_BIG5_WORD)
    for ch, words in d.no_span_chars.items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == sum(words.values()), (d.doc_id, ch, places)
        spots = sorted(m.start() + word.index(ch) for word in words
                       for m in re.finditer(re.escape(word), d.text))
        assert spots == places, (d.doc_id, ch, words)
        for word, k in words.items():
            assert d.text.count(word) == k, (d.doc_id, ch, word)
    # a declared Big5-HKSCS character stands only inside the ORG rows whose
    # text is declared for it (none here; annotate_cb.py's 滙 in 滙豐,
    # annotate_db.py's 衞 in its six names)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    # the byline line (本报记者, the name, 发自 and the city) holds exactly
    # the declared rows (GUIDELINES: 本报 names no outlet; annotate_cb.py
    # asserted no row, annotate_db.py's BYLINE_ORG False; here the CITY of
    # 发自苏州, precedent CA's 台北報導)
    if d.byline:
        bstart, blen = d.byline
        on_line = [(r["type"], r["text"]) for r in rows
                   if bstart <= r["start"] <= bstart + blen]
        assert on_line == BYLINE_ROWS.get(d.doc_id, []), (d.doc_id, on_line)
    # the opener 【本報消息】 of the Macao article holds no row (GUIDELINES:
    # 本報 names no outlet; precedent BC's g244 opened the same way)
    if d.opener:
        ostart, olen = d.opener
        assert not [r for r in rows if ostart <= r["start"] < ostart + olen
                    or ostart < r["end"] <= ostart + olen], d.doc_id
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
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
            check_no_collective_metric(d, r)
            check_not_collective(d, r)
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
            check_precision(d, r)
            check_forward(d, r)
            check_holiday_period(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; new here: 张掖市 cut to 张掖 passed before)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

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

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]

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

    for name in audit["cities"]:
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (annotate_bb.py's audit, after annotate_ea.py's, which
    # annotate_bc.py's check() had lost: without it a dropped 元旦 row
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
                # Macao, Hong Kong or a foreign city keeps its common
                # Chinese name, no 市 added (annotate_ca.py's and
                # annotate_cc.py's check, missing from annotate_cb.py: 澳門
                # normalized 澳门市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        # (annotate_ca.py)
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Hong Kong writes it:
        # OpenCC t2s and back with s2hk gives the text again, but for the
        # forms Hong Kong's papers write where s2hk writes others (here
        # 周/週, 布/佈, 戶/户, 佔/占; annotate_jb.py's s2tw round trip, made a
        # Macao one in annotate_ic.py and annotate_dc.py, a Hong Kong one in
        # annotate_eb.py and annotate_db.py and here); every declared form
        # must be written
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            kept = S2HK_KEPT[d.doc_id]
            assert pairs <= kept, (d.doc_id, pairs - kept)
            # every declared form is written (annotate_hb.py's check, as
            # annotate_ga.py kept it)
            assert pairs == kept, (d.doc_id, kept - pairs)
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Hong Kong forms (none here; annotate_jc.py's check,
        # after annotate_qc.py)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
        print("OpenCC s2t check passed (%d traditional)" % len(trad))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (new here: the list's
        # additions for g244 were a declaration no check used; emptied,
        # they passed)
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
