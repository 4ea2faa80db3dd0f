#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g197_winter_heating_gas_northern_cities and g198_taiwan_public_bikes_youbike
(annotator IA).

Adapted from the precedent set's tools/annotate_jb.py (now dev/tools/annotate_g193_g194.py) (/tmp/ho35/precedent:
copied and the data changed).  It keeps the checks of annotate_jb.py and its
predecessors: strict decoding, offsets, overlaps, span edges, formats,
calendar-valid DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule computed and asserted against my hand value on every
DATE/METRIC row, the month and day a DATE span writes, the precision a DATE
span writes, the holiday table by exact span and the holidays recomputed
without it (by region: Taiwan's 國慶 is 10-10), ROC years only in a Taiwan
text and between 40 and 199, 今（N）年/明（N）年/去（N）年 carrying the ROC
year of the reference year, relative words resolved from the reference date
(本周一, 上周五, 上週五, 本週三 to the day of their week, 上周/上週 to its ISO
week, 昨日, 昨（22）日, 今（23）日, 两年前/兩年前), 上月 as a baseline after a
comparison word, the bare-day month rule, a bare month, day or quarter in the
reference year, 去年同期 a year before its sentence's period, the bracketed
gloss, the 约占 check, markers before, touching and after a span, 约为/约有
as separated markers, the declared shared unit, the declared organizations
of each article, the narrowest codec, the OpenCC t2s-then-s2tw round trip of
the traditional article.  Each mention is located by a short context string
in which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded (the BOM of
g197 removed, nothing else changed):

- g197 is simplified (mainland, 经济参考报, 2026-11-19), stored as UTF-8
  WITH A BOM (EF BB BF, then the title's 北 = E5 8C 97).  The BOM-aware
  utf-8-sig codec reads the text; plain utf-8 keeps U+FEFF in front of it
  (one code point that would shift every offset by one).  Every non-ASCII
  character is three bytes (no four-byte one), every character is GBK, and
  OpenCC t2s leaves the article unchanged.  Its byline 经济参考报记者 林晓岚
  北京报道 stands on line 3 (经济参考报 is an ORG by GUIDELINES' byline rule;
  北京 a CITY).
- g198 is traditional (Taiwan, 中國時報, 2026-11-23), stored as cp950
  (Taiwan's Big5) without a BOM; the title's Y opens the file.  One
  character is outside plain Big5 and inside cp950: 碁 (U+7881, cp950
  F9 D6, an ETEN addition) of 宏碁, the only place it stands (an ORG row),
  so Python's plain big5 fails on the file and cp950 reads it (GUIDELINES:
  Big5 is tried plain, then as Taiwan writes it, cp950: 碁 of 宏碁).
  Big5-HKSCS reads the file alike.  The byline's ／ is written A1 FE,
  cp950's code, which plain Big5 reads as ／ too (plain Big5's own code for
  it, A2 41, is what cp950 reads as ∕): every line but the one holding 碁 is
  plain Big5 byte for byte.  Every non-ASCII character is two bytes.  UTF-8,
  UTF-16 and the GB codecs fail or read another text.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; Taiwan cities by their full names with 市).  A Taiwan text:
  2-3 digit years before 年 are ROC years (民國98年 = 2009, 113年 = 2024,
  114年 = 2025, 今（115）年 = 2026, 明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho35/precedent:
README, NOTES_ja/jb/jc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g197_g198.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_jb.py: a UTF-8 mainland article WITH A BOM in place of
the GBK one (annotate_ja.py's UTF-8 block, adapted: exactly one BOM EF BB BF;
utf-8-sig reads the text, plain utf-8 reads U+FEFF before it; three bytes a
non-ASCII character; the title's 北 = E5 8C 97 right after the BOM; the GB
and Big5 codecs and UTF-16 fail or read another text, with and without the
BOM; every character GBK); a cp950 Taiwan article in place of the plain-Big5
one (cp950 reads and round-trips it; plain big5 fails; the declared 碁 is the
only character outside plain Big5 and stands only inside its ORG row 宏碁,
as annotate_ja.py's 衞 inside 食物環境衞生署; every other line is plain Big5
byte for byte; ／ written A1 FE; Big5-HKSCS reads it alike; two bytes a
non-ASCII character; the GB codecs, UTF-8 and UTF-16 fail or read another
text); the first-character check moved after the BOM; the holiday table as
these articles name them (元旦, 春节; 今年國慶 (Taiwan: 10-10), 春節, 元旦);
units 立方米, %, 元, 元/立方米, 元/平方米, 个, 户, 吨, 平方米, 公里, 件, 座,
and 人次, %, 站, 辆, 人, 元, 美元, 公吨, 件, 岁, 分钟, 公里, 百分点.  Re-run
(from anywhere):

    python3 dev/tools/annotate_g197_g198.py
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
G197 = "g197_winter_heating_gas_northern_cities"
G198 = "g198_taiwan_public_bikes_youbike"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G197: ("utf-8", BOM8, False, "2026-11-19", "经济参考报"),
    G198: ("cp950", b"", True, "2026-11-23", "中國時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G197: [], G198: []}
# characters of the cp950 article that plain Big5 lacks (cp950 has them),
# with their cp950 bytes: 碁 of 宏碁 (an ETEN addition)
OUTSIDE_BIG5 = {G198: {"碁": b"\xf9\xd6"}}
# ... and the ORG rows they may stand in (nowhere else)
IN_ORG = {G198: {"碁": ["宏碁"]}}
# characters whose plain-Big5 and cp950 codes differ that the cp950 article
# writes, with the bytes it writes them in (cp950's) and plain Big5's own
# code: ／ of the byline (cp950 A1 FE, which plain Big5 also reads as ／;
# plain Big5 writes A2 41, which cp950 reads as ∕); on the byline line (the
# third line) only, once, in no span
CP950_FORMS = {G198: {"／": (b"\xa1\xfe", b"\xa2\x41")}}
# the first character of each file after its BOM, with its bytes
FIRST_CHAR = {G197: ("北", b"\xe5\x8c\x97"), G198: ("Y", b"Y")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G198}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_jb.py's list, with the transport words of g198 added)
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
                   "骑罚锾赔偿补贴测试获额点轮骤辅")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 約占 (佔), 布 of 布局 (佈), 畫 of 計畫 (劃)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g197 (mainland, 2026-11-19): 元旦 2027-01-01 and 春节 2027-02-06 (正月初一
# of 2027), the coming ones (随着元旦、春节临近).
# g198 (Taiwan, 2026-11-23): 今年國慶 2026-10-10 (GUIDELINES: Taiwan texts
# name Taiwan's days, 国庆 10-10; a year word before a holiday is inside the
# span; 連假期間 outside); 春節 2027-02-06 and 元旦 2027-01-01, the coming
# ones (春節前, 元旦連假前).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年國慶": "2026-10-10", "春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15); 黑色星期五 computed from the calendar
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


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3, days=1)


LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩")

# CITY span -> official name (simplified).  Spans may be traditional.
# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g197 (2026: the municipalities 北京, 天津; the provincial capitals
    # 石家庄 (河北), 郑州 (河南), 济南 (山东), 太原 (山西), 哈尔滨 (黑龙江),
    # 长春 (吉林), 沈阳 (辽宁), 呼和浩特 (内蒙古), 西安 (陕西), 兰州 (甘肃);
    # the prefecture-level cities 保定, 廊坊 (河北), 包头 (内蒙古))
    "北京": "北京市", "天津": "天津市", "石家庄": "石家庄市",
    "郑州": "郑州市", "济南": "济南市", "太原": "太原市",
    "哈尔滨": "哈尔滨市", "长春": "长春市", "沈阳": "沈阳市",
    "保定": "保定市", "廊坊": "廊坊市", "呼和浩特": "呼和浩特市",
    "包头": "包头市", "西安": "西安市", "兰州": "兰州市",
    # g198 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; 巴黎 and 東京 by their common Chinese names)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "桃園": "桃园市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "基隆": "基隆市", "新竹市": "新竹市", "嘉義市": "嘉义市",
    "巴黎": "巴黎", "東京": "东京",
}
# cities normalized without 市: foreign cities by their common Chinese names
# (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"巴黎", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "YouBike": "YouBike", "微笑單車股份有限公司": "微笑单车股份有限公司",
    "微笑單車": "微笑单车", "台北市交通局": "台北市交通局",
    "新北市交通局": "新北市交通局", "台中市交通局": "台中市交通局",
    "高雄市交通局": "高雄市交通局", "桃園市交通局": "桃园市交通局",
    "台南市交通局": "台南市交通局", "巨大集團": "巨大集团",
    "捷安特": "捷安特", "美利達": "美利达", "宏碁": "宏碁",
    "台灣自行車輸出業同業公會": "台湾自行车输出业同业公会",
    "市府": "市府", "交通部": "交通部", "台北市議會": "台北市议会",
    "內政部警政署": "内政部警政署", "立法院交通委員會": "立法院交通委员会",
    "富邦產險": "富邦产险", "金管會": "金管会",
    "中華民國消費者文教基金會": "中华民国消费者文教基金会",
    "消基會": "消基会", "悠遊卡公司": "悠游卡公司",
    "一卡通票證公司": "一卡通票证公司", "街口支付": "街口支付",
    "台北捷運": "台北捷运", "交通部運輸研究所": "交通部运输研究所",
    "運研所": "运研所", "淡江大學運輸管理學系": "淡江大学运输管理学系",
    "還路於民行人路權促進會": "还路于民行人路权促进会",
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
        # reads is Big5 (annotate_pc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (moved after the BOM in annotate_ia.py)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "utf-8":      # UTF-8 WITH A BOM (annotate_ja.py's UTF-8
            # block, adapted in annotate_ia.py): exactly one BOM EF BB BF
            # (checked above); the BOM-aware utf-8-sig reading is the text,
            # the plain utf-8 reading keeps U+FEFF in front of it (one code
            # point that would shift every offset by one)
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the curly quotes too; no four-byte
            # character), so a count in bytes would shift every row after
            # the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ka.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
        if enc == "cp950":      # TAIWAN'S BIG5 (new in annotate_ia.py,
            # after annotate_jb.py's plain-Big5 block and annotate_ka.py's
            # cp950 one): cp950 reads and round-trips the file (above) and
            # plain big5 fails on it (the narrowest-codec check above); no
            # BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # the declared characters are exactly those plain Big5 lacks,
            # each written with its declared cp950 bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            declared = OUTSIDE_BIG5[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, code in declared.items():
                assert c.encode("cp950") == code and code in raw, (doc_id, c)
                assert len(code) == 2, c
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # written in cp950's code, which plain Big5 reads alike (／ as
            # A1 FE); every line without a declared character is plain Big5
            # byte for byte, so plain Big5 fails only at the declared
            # characters (碁)
            diff = sorted({c for c in self.text if enc_ok(c, "big5") and
                           c.encode("big5") != c.encode("cp950")})
            forms = CP950_FORMS[doc_id]
            assert diff == sorted(forms), (doc_id, diff)
            for c, (code, big5_code) in forms.items():
                assert c.encode("cp950") == code and code in raw, c
                assert c.encode("big5") == big5_code and \
                    big5_code not in raw, c
                assert code.decode("big5") == c, c
                assert big5_code.decode("cp950") != c, c
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("cp950").decode("big5") == line, line
            # the ／ of the byline stands on the byline line (line 3), once
            for c in forms:
                assert self.text.count(c) == 1 and c in lines[2], c
            self.no_span_chars = sorted(forms)
            # Big5-HKSCS (a superset) reads the file alike
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the declared characters stand only inside the ORG rows
            # declared for them (碁 in 宏碁; checked in check(), after
            # annotate_ja.py's 衞)
            self.in_org_span = {c: IN_ORG[doc_id][c] for c in outside}
            assert sorted(self.in_org_span) == outside, doc_id
        if self.traditional:    # a Taiwan text: every character is cp950,
            assert all(enc_ok(c, "cp950")       # plain Big5 but the
                       for c in self.text), doc_id     # declared ones
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
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
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
# g197 The winter heating season in northern cities, November 2026: 国家能源局
# 昨日（11月18日） on gas use (今年前10个月, 10月份 against 上月 as a baseline,
# the peak against 去年冬季); supply (国家管网集团 上周五（11月13日）, 中国石油,
# 中国石化, 中国海油 三家 (a collective), 国家统计局 10月份, 上海石油天然气交易
# 中心 上周 against 10月底); prices (国家发展改革委 上月; 石家庄, 郑州, 济南,
# 太原; 北京 and 北京燃气集团; 天津能源集团 on 天津市区); heating companies
# (哈尔滨, 长春, 沈阳 10月下旬; 哈尔滨物业供热集团, 惠天热电; 北京热力集团
# 11月15日; 济南能源集团; 石家庄华电供热集团 and 郑州热力集团 with a shared
# unit); the city heating offices (北京市城市管理委员会 昨日 on 11月15日至17日
# against 去年同期, 市城管委, 天津市城市管理委员会 本周一); rural subsidies
# (河北省发展和改革委员会, 国网河北省电力有限公司, 中国农业发展银行河北省分行
# in 保定 and 廊坊); heat pumps (中国节能协会热泵专业委员会 今年前三季度, 格力
# 电器, 美的集团 三季度, 海尔智家, 纽恩泰, 中广欧特斯, 两年前); cities (财政部,
# 住房和城乡建设部, 北京市发展和改革委员会 10月底; 呼和浩特, 包头, 西安, 兰州);
# gas utilities (新奥能源, 华润燃气, 昆仑能源, 港华智慧能源 三季度; 中国城市
# 燃气协会 on 元旦, 春节, 明年1月中下旬 and 今年1月); the outlook (中国石油经济
# 技术研究院 今年 and 明年, 中国城镇供热协会 2030年, 清华大学建筑节能研究中心
# 明年3月15日).  Simplified, UTF-8 with BOM, 2026-11-19 (a Thursday, ISO
# week 2026-W47), 经济参考报; the byline 经济参考报记者 林晓岚 北京报道 on
# line 3.  昨日 2026-11-18; 本周一 2026-11-16; 上周五 2026-11-13; 上周
# 2026-W46; 上月 2026-10, and 2026-09 as a baseline after 较 in a sentence of
# 10月份; 明年 2027; 去年 2025; 去年同期 2025 (after a range of days of one
# year).  今冬 (a season with no year word, SPEC) is no DATE.
# ===========================================================================
@doc
def g197():
    d = Doc(G197)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ, TJ, SJZ, ZZ, JN, TY = ("北京市", "天津市", "石家庄市", "郑州市",
                               "济南市", "太原市")
    SY, LF, LZ = "沈阳市", "廊坊市", "兰州市"
    # title (a heading that opens with no city: no city section)
    d.date("天然气[[前10个月]]消费量", Y, "")
    d.metric("消费量增长[[5.8%]] 多地", "5.8", "%", "exact", "")
    # byline 经济参考报记者 林晓岚 北京报道 (GUIDELINES: a name ending in 报
    # right before 记者 at the start of a line is the outlet; a heading that
    # opens with an ORG, no city section)
    d.org("\n\n[[经济参考报]]记者")
    d.city("林晓岚 [[北京]]报道")
    # P1 国家能源局's figures
    d.date("随着[[今年]]入冬后", Y, "")
    d.org("。[[国家能源局]]昨日")
    d.date("国家能源局[[昨日]]（11月18日）", "2026-11-18", "")
    d.date("昨日（[[11月18日]]）", "2026-11-18", "")
    d.date("显示，[[今年前10个月]]全国", Y, "")
    d.metric("表观消费量[[约3580亿立方米]]", "3580e8", "立方米", "approx", "")
    d.metric("同比增长[[5.8%]]；", "5.8", "%", "exact", "")
    d.date("；[[10月份]]消费量", OCT, "")
    d.metric("消费量[[约342亿立方米]]", "342e8", "立方米", "approx", "")
    d.date("较[[上月]]增长11.6%", "2026-09", "")
    d.metric("上月增长[[11.6%]]", "11.6", "%", "exact", "")
    d.metric("可达[[14.2亿立方米左右]]", "14.2e8", "立方米", "approx", "")
    d.date("较[[去年]]冬季高峰", LY, "")
    d.metric("提高[[约6%]]。", 6, "%", "approx", "")
    # P2 supply
    d.org("供应端，[[国家管网集团]]上周五")
    d.date("国家管网集团[[上周五]]（11月13日）", "2026-11-13", "")
    d.date("上周五（[[11月13日]]）", "2026-11-13", "")
    d.date("储气库[[今年]]累计", Y, "")
    d.metric("注气[[约186亿立方米]]", "186e8", "立方米", "approx", "")
    d.metric("同比增加[[12%]]", 12, "%", "exact", "")
    d.metric("罐容率[[超过七成]]", 70, "%", "over", "")
    d.org("。[[中国石油]]、")
    d.org("、[[中国石化]]、")
    d.org("、[[中国海油]]三家")
    d.metric("合计[[约1090亿立方米]]", "1090e8", "立方米", "approx", "")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[10月份]]规模以上", OCT, "")
    d.metric("产量[[约218亿立方米]]", "218e8", "立方米", "approx", "")
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact", "")
    d.org("。[[上海石油天然气交易中心]]监测")
    d.date("显示，[[上周]]国内", "2026-W46", "")
    d.metric("每吨[[4820元]]", 4820, "元", "exact", "")
    d.date("较[[10月底]]上涨", OCT, "")
    d.metric("上涨[[约9%]]", 9, "%", "approx", "")
    d.metric("下降[[约13%]]", 13, "%", "approx", "")
    # P3 prices
    d.org("价格方面，[[国家发展改革委]]上月")
    d.date("发展改革委[[上月]]印发", OCT, "")
    d.date("联动。[[今年]]以来", Y, SJZ)
    d.city("，[[石家庄]]、郑州")
    d.city("石家庄、[[郑州]]、济南")
    d.city("郑州、[[济南]]、太原")
    d.city("、[[太原]]等40余个")
    d.metric("太原等[[40余个]]北方", 40, "个", "over", TY)
    d.metric("上调[[约0.25元/立方米]]", "0.25", "元/立方米", "approx", TY)
    d.city("以[[北京]]为例")
    d.org("为例，[[北京燃气集团]]相关")
    d.metric("维持在每立方米[[2.63元]]", "2.63", "元", "exact", BJ)
    d.metric("年用气量[[超过380立方米]]", 380, "立方米", "over", BJ)
    d.org("。[[天津能源集团]]则表示")
    d.date("表示，[[今年]]天津", Y, TJ)
    d.city("今年[[天津]]市区")
    d.metric("市区[[约486万户]]", "486e4", "户", "approx", TJ)
    d.metric("，[[近六成]]已完成", 60, "%", "approx", TJ)
    # P4 heating companies
    d.city("，[[哈尔滨]]、长春")
    d.city("哈尔滨、[[长春]]、沈阳")
    d.city("长春、[[沈阳]]等东北")
    d.date("东北城市[[10月下旬]]已", OCT, SY)
    d.org("开栓供热，[[哈尔滨物业供热集团]]和")
    d.org("和[[惠天热电]]均")
    d.metric("达到[[约120万吨]]、", "120e4", "吨", "approx", SY)
    d.metric("、[[约86万吨]]。", "86e4", "吨", "approx", SY)
    d.org("。[[北京热力集团]]于")
    d.date("于[[11月15日]]起正式", "2026-11-15", "")
    d.metric("供热面积[[约2.1亿平方米]]", "2.1e8", "平方米", "approx", "")
    d.metric("清洁供热面积[[超过600万平方米]]", "600e4", "平方米", "over", "")
    d.org("。[[济南能源集团]]相关")
    d.date("该集团[[今年]]投入", Y, JN)
    d.metric("投入[[约9.6亿元]]", "9.6e8", "元", "approx", JN)
    d.metric("管网[[约320公里]]", 320, "公里", "approx", JN)
    d.city("并在[[济南]]新增")
    d.metric("供热面积[[1200万平方米左右]]", "1200e4", "平方米", "approx",
             JN)
    d.org("。[[石家庄华电供热集团]]和")
    d.org("和[[郑州热力集团]]分别")
    d.metric("改造[[1.8万]]和2.6万户", "1.8e4", "户", "exact", ZZ,
             shared="户")
    d.metric("1.8万和[[2.6万户]]", "2.6e4", "户", "exact", ZZ)
    d.city("，[[郑州]]居民供热")
    d.metric("维持在[[23.5元/平方米]]", "23.5", "元/平方米", "exact", ZZ)
    # P5 the city heating offices
    d.org("服务保障方面，[[北京市城市管理委员会]]昨日")
    d.date("管理委员会[[昨日]]通报", "2026-11-18", "")
    d.date("通报，[[11月15日]]至17日", "2026-11-15", "")
    d.date("11月15日至[[17日]]，", "2026-11-17", "")
    d.metric("诉求[[约1.46万件]]", "1.46e4", "件", "approx", "")
    d.date("较[[去年同期]]下降约18%", LY, "")
    d.metric("下降[[约18%]]", 18, "%", "approx", "")
    d.metric("诉求约占[[四成]]。", 40, "%", "approx", "", sep="约")
    d.org("。[[市城管委]]要求")
    d.org("。[[天津市城市管理委员会]]也于")
    d.date("也于[[本周一]]启动", "2026-11-16", "")
    d.metric("居前的[[50个]]小区", 50, "个", "exact", "")
    # P6 rural subsidies
    d.org("。[[河北省发展和改革委员会]]日前")
    d.metric("给予每立方米[[0.9元]]的", "0.9", "元", "exact", "")
    d.metric("每户最高补贴[[1000立方米]]", 1000, "立方米", "exact", "")
    d.metric("再优惠[[0.15元]]。", "0.15", "元", "exact", "")
    d.metric("全省[[约610万户]]", "610e4", "户", "approx", "")
    d.metric("取暖支出[[约900元]]", 900, "元", "approx", "")
    d.org("。[[国网河北省电力有限公司]]表示")
    d.date("表示，[[今年]]已投入", Y, "")
    d.metric("已投入[[约38亿元]]", "38e8", "元", "approx", "")
    d.city("在[[保定]]、")
    d.city("、[[廊坊]]等地")
    d.org("等地，[[中国农业发展银行河北省分行]]今年")
    d.date("河北省分行[[今年]]累计", Y, LF)
    d.metric("贷款[[超过45亿元]]", "45e8", "元", "over", LF)
    # P7 heat pumps
    d.org("。[[中国节能协会热泵专业委员会]]数据")
    d.date("显示，[[今年前三季度]]国内", Y, "")
    d.metric("销售额[[约186亿元]]", "186e8", "元", "approx", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.metric("市场占比[[约三成]]", 30, "%", "approx", "")
    d.org("。[[格力电器]]、")
    d.org("、[[美的集团]]、海尔智家")
    d.org("、[[海尔智家]]等")
    d.org("加速布局，[[美的集团]]三季度")
    d.date("美的集团[[三季度]]热泵", "2026-Q3", "")
    d.metric("增长[[超过20%]]", 20, "%", "over", "")
    d.org("；[[纽恩泰]]、")
    d.org("、[[中广欧特斯]]等")
    d.date("较[[两年前]]提升", "2024", "")
    d.metric("提升[[约15%]]", 15, "%", "approx", "")
    # P8 cities' programmes
    d.org("，[[财政部]]、")
    d.org("、[[住房和城乡建设部]]等部门")
    d.date("等部门[[今年]]新增", Y, "")
    d.metric("新增[[12个]]北方", 12, "个", "exact", "")
    d.org("。[[北京市发展和改革委员会]]介绍")
    d.city("介绍，[[北京]]今年")
    d.date("北京[[今年]]计划", Y, BJ)
    d.metric("供热面积[[400万平方米]]", "400e4", "平方米", "exact", BJ)
    d.date("截至[[10月底]]已完成", OCT, BJ)
    d.metric("已完成[[约72%]]", 72, "%", "approx", BJ)
    d.city("内蒙古[[呼和浩特]]、")
    d.city("、[[包头]]以及")
    d.city("以及[[西安]]、")
    d.city("、[[兰州]]等地")
    d.date("供热站，[[今年]]已投运", Y, LZ)
    d.metric("投运[[约40座]]", 40, "座", "approx", LZ)
    # P9 gas utilities
    d.org("回暖。[[新奥能源]]、")
    d.org("、[[华润燃气]]、昆仑能源")
    d.org("、[[昆仑能源]]、")
    d.org("、[[港华智慧能源]]等")
    d.date("等企业[[三季度]]零售", "2026-Q3", "")
    d.org("其中[[华润燃气]]前三季度")
    d.date("华润燃气[[前三季度]]售气量", Y, "")
    d.metric("售气量[[约297亿立方米]]", "297e8", "立方米", "approx", "")
    d.metric("同比增长[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("新增[[约95万户]]", "95e4", "户", "approx", "")
    d.org("。[[中国城市燃气协会]]相关")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("将在[[明年1月中下旬]]迎来", "2027-01", "")
    d.date("较[[今年1月]]高出", "2026-01", "")
    d.metric("高出[[8%]]至10%", 8, "%", "exact", "")
    d.metric("8%至[[10%]]。", 10, "%", "exact", "")
    # P10 the outlook
    d.org("后市，[[中国石油经济技术研究院]]预计")
    d.date("预计，[[今年]]全国", Y, "")
    d.metric("消费量[[约4460亿立方米]]", "4460e8", "立方米", "approx", "")
    d.date("，[[明年]]有望", NY, "")
    d.metric("有望[[突破4600亿立方米]]", "4600e8", "立方米", "over", "")
    d.org("。[[中国城镇供热协会]]相关")
    d.metric("已[[超过170亿平方米]]", "170e8", "平方米", "over", "")
    d.date("到[[2030年]]清洁", "2030", "")
    d.metric("提升至[[90%以上]]", 90, "%", "over", "")
    d.org("。[[清华大学建筑节能研究中心]]一位")
    d.date("并在[[明年3月15日]]前", "2027-03-15", "")
    audit = {
        "orgs": ["经济参考报", "国家能源局", "国家管网集团", "中国石油",
                 "中国石化", "中国海油", "国家统计局", "上海石油天然气交易中心",
                 "国家发展改革委", "北京燃气集团", "天津能源集团",
                 "哈尔滨物业供热集团", "惠天热电", "北京热力集团",
                 "济南能源集团", "石家庄华电供热集团", "郑州热力集团",
                 "北京市城市管理委员会", "市城管委", "天津市城市管理委员会",
                 "河北省发展和改革委员会", "国网河北省电力有限公司",
                 "中国农业发展银行河北省分行", "中国节能协会热泵专业委员会",
                 "格力电器", "美的集团", "海尔智家", "纽恩泰", "中广欧特斯",
                 "财政部", "住房和城乡建设部", "北京市发展和改革委员会",
                 "新奥能源", "华润燃气", "昆仑能源", "港华智慧能源",
                 "中国城市燃气协会", "中国石油经济技术研究院",
                 "中国城镇供热协会", "清华大学建筑节能研究中心"],
        "cities": ["北京", "天津", "石家庄", "郑州", "济南", "太原", "哈尔滨",
                   "长春", "沈阳", "保定", "廊坊", "呼和浩特", "包头", "西安",
                   "兰州", "上海", "河北", "山东", "山西", "内蒙古", "东北",
                   "北方", "全国", "全省", "全市", "中国", "城市", "当地",
                   "各地", "多地", "农村", "城镇"],
        # 北方 (x6: the title, 北方城市 x2, 北方“煤改电”, 北方地区, 北方城镇:
        # a region, SPEC), 东北 (a region), 全国 (x2), 全省, 全市 (deictic,
        # SPEC), 山东, 山西, 内蒙古 (provinces), 城市 (x7: 北方城市 x2, 东北
        # 城市, 下游城市燃气企业, 城市燃气企业, 项目城市, 城市层面: generic;
        # 3 more inside ORG rows), 农村 (x3),
        # 城镇 (x2: 北方城镇, 中国城镇供热协会 inside an ORG), 各地 (x2), 多地
        # (the title); 上海, 河北 and 中国 stand only inside ORG rows
        "excluded": ["[[北方]]供暖季全面", "，[[北方]]城市已陆续",
                     "40余个[[北方]]城市", "其中[[北方]]“煤改电”",
                     "12个[[北方]]地区", "认为，[[北方]]城镇",
                     "沈阳等[[东北]]城市", "今年前10个月[[全国]]天然气",
                     "今年[[全国]]天然气", "，[[全省]]约610万户",
                     "11月15日至17日，[[全市]]供热", "在[[山东]]、",
                     "、[[山西]]新建", "在[[内蒙古]]呼和浩特",
                     "北方[[城市]]已陆续", "北方[[城市]]已完成",
                     "东北[[城市]]10月下旬", "下游[[城市]]燃气企业",
                     "清洁取暖项目[[城市]]。", "[[城市]]层面",
                     "\n\n[[城市]]燃气企业的", "在[[农村]]地区",
                     "对[[农村]]“煤改气”", "实施[[农村]]电网",
                     "北方[[城镇]]集中", "要求[[各地]]稳妥", "建议，[[各地]]应",
                     " [[多地]]加快"],
        # 24 of 24小时内 (a duration, SPEC 24小时)
        "numbers_excluded": ["在[[24]]小时内"],
        # 三家 (中国石油、中国石化、中国海油三家: the collective label of a
        # three-item list just given, GUIDELINES), 第一档 (x2) and 第二档
        # (price tiers: ordinals), 一位 (x2, indefinite), 逐一 (one by one),
        # 双替代 (a programme's name, SPEC 新四大发明), 千 of 每千瓦时 (a
        # unit's magnitude before no figure: 每 + denominator)
        "cn_excluded": ["中国海油[[三]]家", "价格调整，第[[一]]档",
                        "居民第[[一]]档", "执行第[[二]]档",
                        "新建产线。[[一]]位业内", "中心[[一]]位研究", "逐[[一]]督办",
                        "“[[双]]替代”", "每[[千]]瓦时"],
        # LNG (x2, liquefied natural gas: a product, no ORG)
        "latin_excluded": ["沿海[[LNG]]接收站", "国内[[LNG]]出厂"],
        # time words that are no DATE: 今冬 (x6, SPEC: a season without a
        # year word), 冬季 (x3: 去年冬季 keeps 去年 only, GUIDELINES 2019年
        # 夏天; 冬季攻坚, a campaign; 冬季清洁取暖, a programme), 供暖季 (the
        # title: the heating season, no year word), 天然气 (天 of natural
        # gas, x5), 日供应 (daily supply), 年用气量 (yearly use), 日前 (x2:
        # 日前明确, vague, SPEC; and the 日 of the row 明年3月15日 with the
        # 前 after it), 明确 (clearly), 节省 (saving); 同期 only inside 去年同期
        "words_excluded": {"今冬": 6, "冬季": 3, "供暖季": 1, "天然气": 5,
                           "日供应": 1, "年用气量": 1, "日前": 2, "明确": 1,
                           "节省": 1, "同期": 0, "当天": 0},
        # generic words outside ORG rows: 集团 (该集团, read back), 燃气企业
        # (x3: 下游城市燃气企业, 燃气企业和供热企业, 城市燃气企业: kinds),
        # 部门 (等部门, a kind), 局 (x2: 该局, read back; 布局, a word);
        # 协会, 委员会, 银行,
        # 研究院, 研究中心, 交易中心, 管网 (国家管网集团 only; 管网 x2 as
        # pipes), 热力 only inside ORG rows
        "orgwords_excluded": {"集团": 1, "燃气企业": 3, "部门": 1, "局": 2,
                              "协会": 0, "委员会": 0, "银行": 0, "研究院": 0,
                              "研究中心": 0, "交易中心": 0, "热力": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g198 Public bikes in Taiwan, November 2026: 微笑單車股份有限公司 昨（22）日
# on YouBike (今年前10月, 10月 against 上月 as a baseline, 114年 for the
# year before); the cities' transport bureaus (台北市交通局 on 台北, 新北市
# 交通局 on 新北, 台中市交通局 on 台中 10月, 高雄市交通局 on 高雄 兩年前 and
# 上週五（20日）, 桃園市交通局 on 桃園, 台南市交通局 on 台南 上月); the parent
# 巨大集團 上週 (第3季) with 捷安特, 美利達, 宏碁 (碁: cp950 only) and 台灣自行車
# 輸出業同業公會 (今年前9月); fares and subsidies (台北市 民國113年, 市府 今
# （115）年, 交通部's TPASS in 雙北, 基隆, 桃園; 台北市議會 on 明（116）年度);
# safety (內政部警政署 今年前9月 against 去年同期, 65歲以上, 交通部 上月,
# 立法院交通委員會 本週三（25日）); insurance (富邦產險 from 今年1月 to 10月底,
# 金管會, 消基會 今（23）日); payments and transfers (悠遊卡公司, 一卡通票證公司,
# 街口支付 10月; 台北捷運); 交通部運輸研究所 上月 against 113年 (新竹市, 基隆
# 明年底; 屏東縣, 苗栗縣 counties); 淡江大學運輸管理學系 on 民國98年3月 (巴黎,
# 東京); 還路於民行人路權促進會; the outlook (微笑單車 明年, 明（116）年, 春節,
# 明年1月 in 台南, 新竹市, 嘉義市; 今年國慶 against 去年同期; 台北市交通局
# 12月1日, 元旦).  Traditional as Taiwan writes it (台, 占, 布局, 計畫, 年增,
# 年減, 前10月, 第3季, 上週, 本週三, 新台幣, 萬 with a four-digit tail, 個百分
# 點, 公噸, ROC years), cp950 without BOM, 2026-11-23 (a Monday, ISO week
# 2026-W48), 中國時報; the byline 記者林冠宇／台北報導 on line 3 (no outlet
# named; ／ in no span).  昨（22）日 2026-11-22; 今（23）日 2026-11-23; 上週五
# 2026-11-20; 本週三 2026-11-25; 上週 2026-W47; 上月 2026-10, and 2026-09 as
# a baseline after 較 in a sentence of 10月; 明年 2027; 去年同期 2025 (after
# 今年前9月 and after 今年國慶).
# ===========================================================================
@doc
def g198():
    d = Doc(G198)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP, NTP, TC, KH, TY, TN = ("台北市", "新北市", "台中市", "高雄市",
                               "桃园市", "台南市")
    HC, KL, CY, PAR = "新竹市", "基隆市", "嘉义市", "巴黎"
    # title (a heading that opens with an ORG: no city section)
    d.org("[[YouBike]]前10月騎乘")
    d.date("YouBike[[前10月]]騎乘", Y, "")
    d.metric("騎乘[[突破2.1億人次]] ", "2.1e8", "人次", "over", "")
    d.metric("事故年增[[兩成]]\n", 20, "%", "exact", "")
    # byline 記者林冠宇／台北報導 (no outlet named; ／ in no span; a heading
    # that opens with no city)
    d.city("／[[台北]]報導")
    # P1 the operator's figures
    d.org("營運[[YouBike]]的")
    d.org("的[[微笑單車股份有限公司]]昨（22）日")
    d.date("有限公司[[昨（22）日]]公布", "2026-11-22", "")
    d.date("公布，[[今年前10月]]全台", Y, "")
    d.org("全台[[YouBike]]累計")
    d.metric("累計騎乘量[[突破2.1億人次]]", "2.1e8", "人次", "over", "")
    d.metric("年增[[8.2%]]；", "8.2", "%", "exact", "")
    d.date("；[[10月]]單月騎乘", OCT, "")
    d.metric("單月騎乘[[約2,380萬人次]]", "2380e4", "人次", "approx", "")
    d.date("較[[上月]]增加約4%", "2026-09", "")
    d.metric("增加[[約4%]]。", 4, "%", "approx", "")
    d.org("。[[微笑單車]]指出")
    d.metric("已達[[9,860站]]", 9860, "站", "exact", "")
    d.metric("車輛[[約14.6萬輛]]", "14.6e4", "辆", "approx", "")
    d.metric("電輔車[[約1萬2,300輛]]", 12300, "辆", "approx", "")
    d.date("，[[114年]]全年", LY, "")
    d.metric("則為[[2.31億人次]]", "2.31e8", "人次", "exact", "")
    # P2 the cities
    d.org("各縣市中，[[台北市交通局]]統計")
    d.city("統計，[[台北]]今年前10月")
    d.date("台北[[今年前10月]]騎乘量", Y, TP)
    d.metric("騎乘量[[約6,120萬人次]]", "6120e4", "人次", "approx", TP)
    d.org("；[[新北市交通局]]表示")
    d.city("表示，[[新北]]站點")
    d.metric("已[[突破1,650站]]", 1650, "站", "over", NTP)
    d.metric("會員[[約310萬人]]", "310e4", "人", "approx", NTP)
    d.date("，[[今年]]以來騎乘量", Y, NTP)
    d.metric("年增[[約11%]]", 11, "%", "approx", NTP)
    d.org("。[[台中市交通局]]指出")
    d.city("指出，[[台中]]10月")
    d.date("台中[[10月]]單月", OCT, TC)
    d.metric("騎乘量達[[212萬人次]]", "212e4", "人次", "exact", TC)
    d.org("；[[高雄市交通局]]則說")
    d.city("則說，[[高雄]]自")
    d.date("高雄自[[兩年前]]引進", "2024", KH)
    d.date("以來，[[上週五]]（20日）", "2026-11-20", KH)
    d.date("上週五（[[20日]]）", "2026-11-20", KH)
    d.metric("站點[[40站]]", 40, "站", "exact", KH)
    d.metric("增至[[約1,800輛]]", 1800, "辆", "approx", KH)
    d.org("。[[桃園市交通局]]表示")
    d.city("表示，[[桃園]]今年")
    d.date("桃園[[今年前10月]]騎乘量", Y, TY)
    d.metric("騎乘量[[約1,480萬人次]]", "1480e4", "人次", "approx", TY)
    d.metric("年增[[約13%]]", 13, "%", "approx", TY)
    d.org("；[[台南市交通局]]則指出")
    d.city("指出，[[台南]]站點")
    d.date("站點[[上月]]突破", OCT, TN)
    d.metric("上月[[突破800站]]", 800, "站", "over", TN)
    d.metric("騎乘[[約3.6萬人次]]", "3.6e4", "人次", "approx", TN)
    # P3 the parent and the bike makers
    d.org("\n\n[[微笑單車]]母公司")
    d.org("母公司[[巨大集團]]上週")
    d.date("巨大集團[[上週]]公布", "2026-W47", "")
    d.date("公布[[第3季]]財報", "2026-Q3", "")
    d.metric("約新台幣[[168億元]]", "168e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年減[[3.6%]]", "3.6", "%", "exact", "")
    d.metric("營收年增[[約15%]]", 15, "%", "approx", "")
    d.org("。[[捷安特]]、")
    d.org("、[[美利達]]等品牌")
    d.org("，[[宏碁]]等資通訊")
    d.org("。[[台灣自行車輸出業同業公會]]統計")
    d.date("統計，[[今年前9月]]台灣", Y, "")
    d.metric("出口[[約124萬輛]]", "124e4", "辆", "approx", "")
    d.metric("年減[[約7%]]", 7, "%", "approx", "")
    d.metric("出口值[[約6.8億美元]]", "6.8e8", "美元", "approx", "")
    d.metric("出口值[[約六成]]", 60, "%", "approx", "")
    # P4 fares and subsidies
    d.city("方面，[[台北市]]自民國")
    d.date("台北市自[[民國113年]]起", "2024", TP)
    d.org("免費，[[市府]]今（115）年")
    d.date("市府[[今（115）年]]編列", Y, TP)
    d.metric("約新台幣[[4.2億元]]", "4.2e8", "元", "approx", TP,
             outer="約新台幣")
    d.org("；[[交通部]]推出")
    d.city("、[[基隆]]與桃園")
    d.city("與[[桃園]]騎乘")
    d.org("騎乘[[YouBike]]亦可享")
    d.metric("收費[[10元]]。", 10, "元", "exact", "")
    d.org("。[[台北市議會]]日前")
    d.date("審查[[明（116）年度]]預算", NY, "")
    d.org("回應，[[市府]]估算")
    d.org("每年騎乘[[YouBike]]可減少")
    d.metric("碳排放[[約1.8萬公噸]]", "1.8e4", "公吨", "approx", "")
    # P5 safety
    d.org("。[[內政部警政署]]統計")
    d.date("統計，[[今年前9月]]涉及", Y, "")
    d.metric("交通事故[[約1萬8,420件]]", 18420, "件", "approx", "")
    d.metric("自行車事故[[約2,960件]]", 2960, "件", "approx", "")
    d.metric("年增[[約21%]]", 21, "%", "approx", "")
    d.metric("造成[[9人]]死亡", 9, "人", "exact", "")
    d.metric("、[[約3,150人]]受傷", 3150, "人", "approx", "")
    d.metric("電輔車事故[[約640件]]", 640, "件", "approx", "")
    d.date("較[[去年同期]]增加兩成", LY, "")
    d.metric("增加[[兩成]]。", 20, "%", "exact", "")
    d.metric("傷亡者中[[65歲以上]]", 65, "岁", "over", "")
    d.metric("長者約占[[12%]]", 12, "%", "approx", "", sep="約")
    d.org("。[[交通部]]上月")
    d.date("交通部[[上月]]預告", OCT, "")
    d.metric("新台幣[[300元]]罰鍰", 300, "元", "exact", "")
    d.org("；[[立法院交通委員會]]本週三")
    d.date("委員會[[本週三]]（25日）", "2026-11-25", "")
    d.date("本週三（[[25日]]）", "2026-11-25", "")
    d.org("將邀[[交通部]]報告")
    # P6 insurance
    d.org("保險方面，[[YouBike]]自")
    d.date("YouBike自[[今年1月]]起", "2026-01", "")
    d.org("由[[富邦產險]]承保")
    d.metric("上限新台幣[[200萬元]]", "200e4", "元", "exact", "")
    d.metric("上限[[3萬元]]。", "3e4", "元", "exact", "")
    d.org("。[[富邦產險]]統計")
    d.date("截至[[10月底]]已受理", OCT, "")
    d.metric("申請[[約1,240件]]", 1240, "件", "approx", "")
    d.metric("約新台幣[[2,860萬元]]", "2860e4", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[金管會]]表示")
    d.org("。[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）")
    d.date("）[[今（23）日]]則呼籲", "2026-11-23", "")
    # P7 payments and transfers
    d.org("方面，[[悠遊卡公司]]統計")
    d.date("統計，[[10月]]全台以", OCT, "")
    d.org("租借[[YouBike]]約1,960萬")
    d.metric("YouBike[[約1,960萬人次]]", "1960e4", "人次", "approx", "")
    d.metric("票卡者約占[[82%]]", 82, "%", "approx", "", sep="約")
    d.org("，[[一卡通票證公司]]約占")
    d.metric("票證公司約占[[11%]]", 11, "%", "approx", "", sep="約")
    d.org("，[[街口支付]]約占")
    d.metric("街口支付約占[[5%]]", 5, "%", "approx", "", sep="約")
    d.org("。[[台北捷運]]統計")
    d.org("周邊[[YouBike]]站點")
    d.metric("占全市[[約46%]]", 46, "%", "approx", "")
    d.metric("騎乘時間[[約18分鐘]]", 18, "分钟", "approx", "")
    d.metric("騎乘距離[[約3.2公里]]", "3.2", "公里", "approx", "")
    # P8 the transport institute and the smaller cities
    d.org("\n\n[[交通部運輸研究所]]（")
    d.org("（[[運研所]]）上月")
    d.date("運研所）[[上月]]發布", OCT, "")
    d.metric("民眾中[[約37%]]", 37, "%", "approx", "")
    d.org("以[[YouBike]]作為")
    d.date("較[[113年]]調查", "2024", "")
    d.metric("增加[[5.4個百分點]]", "5.4", "百分点", "exact", "")
    d.org("；[[運研所]]建議")
    d.city("在[[新竹市]]、基隆")
    d.city("新竹市、[[基隆]]及")
    d.city("其中[[新竹市]]今年")
    d.date("新竹市[[今年]]已新增", Y, HC)
    d.metric("新增[[約150站]]", 150, "站", "approx", HC)
    d.city("，[[基隆]]則計畫")
    d.date("在[[明年底]]前", NY, KL)
    d.metric("增至[[300站以上]]", 300, "站", "over", KL)
    # P9 academics and advocates
    d.org("\n\n[[淡江大學運輸管理學系]]一位")
    d.org("指出，[[YouBike]]自民國")
    d.date("YouBike自[[民國98年3月]]試營運", "2009-03", PAR)
    d.city("與[[巴黎]]、")
    d.city("、[[東京]]等城市")
    d.org("。[[還路於民行人路權促進會]]則")
    # P10 the outlook
    d.date("展望[[明年]]，", NY, TN)
    d.org("，[[微笑單車]]表示，明")
    d.date("表示，[[明（116）年]]將在", NY, TN)
    d.city("將在[[台南]]、")
    d.city("、[[新竹市]]與嘉義市")
    d.city("與[[嘉義市]]新增")
    d.metric("新增[[約1,200站]]", 1200, "站", "approx", CY)
    d.date("在[[春節]]前", "2027-02-06", CY)
    d.metric("完成[[約3萬輛]]", "3e4", "辆", "approx", CY)
    d.date("費率[[明年1月]]起", "2027-01", CY)
    d.metric("每30分鐘[[10元]]調整", 10, "元", "exact", CY)
    d.metric("調整為[[15元]]", 15, "元", "exact", CY)
    d.date("。[[今年國慶]]連假", "2026-10-10", "")
    d.org("全台[[YouBike]]騎乘量約186")
    d.metric("騎乘量[[約186萬人次]]", "186e4", "人次", "approx", "")
    d.date("較[[去年同期]]增加約9%", LY, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.org("。[[台北市交通局]]也預告")
    d.date("預告，[[12月1日]]起", "2026-12-01", "")
    d.date("，[[元旦]]連假前", "2027-01-01", "")
    d.metric("站點[[約60站]]", 60, "站", "approx", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "巴黎", "東京",
                   "台灣", "全台", "全國", "中國", "屏東", "苗栗", "雙北",
                   "信義", "大安", "六都", "全市", "城市", "縣市", "花蓮"],
        # 全台 (x4, deictic), 台灣 (x2, the country; once more inside an ORG
        # row), 屏東縣, 苗栗縣 (counties, SPEC), 雙北 (Taipei and New Taipei
        # in two one-character abbreviations, SPEC's 沪/京), 信義 and 大安
        # (districts of 台北; 兩區 their collective label), 六都 (the six
        # municipalities; 六 a collective), 全市 (x2, deictic), 城市 (等城市,
        # generic), 縣市 (x2, generic)
        "excluded": ["公布，今年前10月[[全台]]YouBike", "指出，[[全台]]站點",
                     "10月[[全台]]以電子", "期間，[[全台]]YouBike",
                     "今年前9月[[台灣]]自行車", "相比，[[台灣]]公共",
                     "[[屏東縣]]、", "[[苗栗縣]]等地", "在[[雙北]]、",
                     "在[[信義]]、", "、[[大安]]兩區", "居[[六都]]之冠",
                     "，[[全市]]電輔車", "占[[全市]]約46%",
                     "東京等[[城市]]相比", "各[[縣市]]中",
                     "各[[縣市]]應把"],
        # 30 of 前30分鐘 (x2) and 每30分鐘 (x2): a fare's time step, no
        # statistic cue (GUIDELINES: time units count only after one)
        "numbers_excluded": ["每趟前[[30]]分鐘", "享前[[30]]分鐘",
                             "則每[[30]]分鐘", "由每[[30]]分鐘"],
        # 一位 (indefinite), 兩區 (信義、大安兩區: the collective label of a
        # two-item list, GUIDELINES); 一 of 一卡通 and 六 of 六都 (above)
        # are inside an ORG row and an exclusion
        "cn_excluded": ["學系[[一]]位", "大安[[兩]]區"],
        # TPASS (交通部's commuter pass: a product, no ORG)
        "latin_excluded": ["推出的[[TPASS]]通勤"],
        # time words that are no DATE: 年增 (x6) and 年減 (x2, year on
        # year), 單月 (x2: a single month's figure), 單季 (a single quarter),
        # 全年 (after 114年, GUIDELINES: outside the span), 月票 (a monthly
        # pass), 日前 (vague, SPEC), 每年 (recurring), 每日 (daily), 近年
        # and 至今 (vague, SPEC), 周邊 (nearby); 同期 only inside 去年同期
        # rows
        "words_excluded": {"年增": 6, "年減": 2, "單月": 3, "單季": 1,
                           "全年": 1, "月票": 1, "日前": 1, "每年": 1,
                           "每日": 1, "近年": 1, "周邊": 1, "至今": 1,
                           "同期": 0, "當天": 0},
        # generic words outside ORG rows: 公司 (母公司, a role; 該公司, read
        # back), 交通局 (交通局回應, read back), 產險 (產險業者, a kind),
        # 業者 (x2: 資通訊業者, 產險業者; and 業者應: kinds), 集團 0, 協會
        # 0, 公會 0, 基金會 0, 委員會 0, 研究所 0, 學系 0 outside ORG rows
        "orgwords_excluded": {"公司": 2, "交通局": 1, "產險": 1, "業者": 3,
                              "集團": 0, "協會": 0, "公會": 0, "基金會": 0,
                              "委員會": 0, "研究所": 0, "學系": 0,
                              "促進會": 0},
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
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
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


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared no-span character (／ of the cp950 article's byline,
    # whose plain-Big5 and cp950 codes differ) stands once, on the byline
    # line (the third line), and in no span (checked per row below)
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
            lines = d.text.split("\n")     # the byline (the third line) and
            assert c in lines[2], c         # before every span but the
            assert d.text.index(c) < s or \
                e <= len(lines[0]) + 2 + len(lines[2]), r   # title's and
                                                # the byline's
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

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (here 碁 in 宏碁; annotate_ja.py's
    # check for 衞, after annotate_rb.py, annotate_lb.py, annotate_kb.py)
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
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
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
        print("OpenCC s2tw round trip passed (%d traditional)" % len(trad))
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
