#!/usr/bin/env python3
"""Gold annotation for the held-out articles g193_micro_drama_industry_cities
and g194_taiwan_health_insurance_hospitals (annotator JB).

Adapted from the precedent set's tools/annotate_ka.py (now dev/tools/annotate_g185_g186.py) (/tmp/ho34/precedent:
copied and the data changed).  It keeps the checks of annotate_ka.py and its
predecessors: strict decoding, offsets, overlaps, span edges, formats,
calendar-valid DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule computed and asserted against my hand value on every
DATE/METRIC row, the month and day a DATE span writes, the holiday table by
exact span and the holidays recomputed without it (by region: Taiwan's 國慶
is 10-10), ROC years only in a Taiwan text and between 40 and 199,
今（N）年/明（N）年/去（N）年 carrying the ROC year of the reference year,
relative words resolved from the reference date (本周三, 上周五, 本週四 to
the day of their week, 上週 to its ISO week, 昨（23）日, 今（24）日), 上月 as
a baseline after a comparison word, the bare-day month rule, a bare month,
day or quarter in the reference year, 去年同期 a year before its sentence's
period, 当天/同日 repeating the latest day, the bracketed gloss, the 约占
check, markers before, touching and after a span, the declared
organizations of each article, the narrowest codec, the OpenCC t2s-then-s2tw
round trip of the traditional article.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded (no BOM in either file):

- g193 is simplified (mainland, 中国经营报, 2026-11-20), stored as GBK
  without a BOM.  Its byline 本报记者 许珺 杭州报道 stands on line 3 (本报
  names no outlet; 杭州 is a CITY); the reporter's given name 珺 (U+73FA,
  GBK AC 42: a trail byte below A1, outside the GB2312 cells) is outside
  GB2312, so Python's gb2312 fails on the file while gbk, cp936 and gb18030
  read it alike; every other character is GB2312 (every non-ASCII character
  two bytes).  珺 lies in no span.  OpenCC t2s leaves the article unchanged.
- g194 is traditional (Taiwan, 自由時報, 2026-11-24), stored as PLAIN Big5
  without a BOM (the title's 健 = B0 B7 opens the file): every character is
  in plain Big5, which reads and round-trips the file, so no wider codec is
  needed.  One character reads differently in Taiwan's cp950: the byline's
  ／ (U+FF0F), which plain Big5 writes A2 41 and cp950 reads as ∕ (U+2215,
  cp950 writes ／ as A1 FE); it stands once, in the 〔記者陳怡君／台北報導〕
  that opens the first paragraph, in no span, so a cp950 reading keeps every
  offset but changes the text there.  Big5-HKSCS reads the file exactly as
  plain Big5 does.  Every non-ASCII character is two bytes.  UTF-8, UTF-16
  and the GB codecs fail or read another text.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  Taiwan cities by their full names with 市).  A Taiwan text: 2-3 digit
  years before 年 are ROC years (民國84年 = 1995, 民國113年 = 2024,
  去（114）年 = 2025, 116年度 = 明（116）年 = 2027, 117年 = 2028, 民國119年
  = 2030).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho34/precedent:
README, NOTES_ka/kb/kc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g193_g194.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ka.py: a GBK mainland article in place of the UTF-8
one with a BOM (annotate_kc.py's GBK block: the declared 珺 = AC 42 is the
only character GB2312 lacks and stands on the byline line only; gb2312
fails on the file; gbk, cp936 and gb18030 read it alike; two bytes a
non-ASCII character; every other line GB2312 byte for byte; the Big5 codecs
and UTF-16 fail or read another text; the title's 微 = CE A2 first); a
PLAIN-Big5 Taiwan article in place of the cp950 one (big5 reads and
round-trips it; every character is plain Big5; the declared ／ is the only
character whose plain-Big5 bytes cp950 reads as another character, and
cp950 reads the file as the same text but there; Big5-HKSCS reads it alike;
two bytes a non-ASCII character; the GB codecs, UTF-8 and UTF-16 fail or
read another text; the title's 健 = B0 B7 first); annotate_kc.py's
check_precision (parts of a year and of a month, a single quarter, N年前)
extended to Arabic quarters (第2季, 前3季) and ROC years (117年底), and its
约为 check (a 约为 right before a span must be declared as a separated
marker); the holiday table as these articles name them (国庆, 今年双11,
元旦, 春节; 今年國慶 (Taiwan: 10-10), 元旦, 春節); units 元, %, 人, 部,
个, 家, 分钟, 美元, 次, 平方米, 倍, and 元, %, 人次, 名, 家, 床, 张, 次,
处, 岁, 人, 百分点.  Re-run (from anywhere):

    python3 dev/tools/annotate_g193_g194.py
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
G193 = "g193_micro_drama_industry_cities"
G194 = "g194_taiwan_health_insurance_hospitals"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G193: ("gbk", b"", False, "2026-11-20", "中国经营报"),
    G194: ("big5", b"", True, "2026-11-24", "自由時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G193: [], G194: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 珺 of the reporter's given name (in no span; on the
# byline line, the third line)
OUTSIDE_GB2312 = {G193: {"珺": b"\xac\x42"}}
# characters of the plain-Big5 article whose plain-Big5 bytes cp950 reads as
# another character, with those bytes and cp950's reading: ／ of the byline
# (plain Big5 A2 41; cp950 reads A2 41 as ∕ U+2215 and writes ／ as A1 FE).
# Only in the byline that opens the first paragraph (the third line), once,
# in no span.
CP950_READS_OTHER = {G194: {"／": (b"\xa2\x41", "\u2215")}}
# the first character of each file, with its bytes
FIRST_CHAR = {G193: ("微", b"\xce\xa2"), G194: ("健", b"\xb0\xb7")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G194}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_ka.py's list, with the health words of g194 added)
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
                   "医疗护诊给险剂寿监纪设属辖")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 占比 (佔), 布 of 公布 (佈)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g193 (mainland, 2026-11-20): 国庆 2026-10-01, the one just past (国庆假期
# in a sentence of the holiday's viewing figures); 今年双11 2026-11-11 (a
# year word before a holiday is inside the span; 期间 outside); 元旦
# 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027), the coming ones
# (随着…临近).
# g194 (Taiwan, 2026-11-24): 今年國慶 2026-10-10 (GUIDELINES: Taiwan texts
# name Taiwan's days, 国庆 10-10; 連假期間 outside); 元旦 2027-01-01 and
# 春節 2027-02-06, the coming ones.
HOLIDAY = {
    "国庆": "2026-10-01", "今年双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06",
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
CITY_NORM = {
    # g193 (2026: sub-provincial and prefecture-level 杭州, 宁波 (浙江),
    # 广州, 深圳, 东莞 (广东), 郑州 (河南), 西安 (陕西), 长沙 (湖南), 成都
    # (四川); the municipality 重庆; the county-level city 东阳市 (金华,
    # 浙江), written with 市; 洛杉矶 and 伦敦 by their common Chinese names)
    "杭州": "杭州市", "宁波": "宁波市", "广州": "广州市", "深圳": "深圳市",
    "东莞": "东莞市", "郑州": "郑州市", "西安": "西安市", "长沙": "长沙市",
    "成都": "成都市", "重庆": "重庆市", "东阳市": "东阳市",
    "洛杉矶": "洛杉矶", "伦敦": "伦敦",
    # g194 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市 by their
    # full names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
}
# cities normalized without 市: foreign cities by their common Chinese names
# (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"洛杉矶", "伦敦"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "衛福部": "卫福部", "衛福部中央健康保險署": "卫福部中央健康保险署",
    "健保署": "健保署", "全民健康保險會": "全民健康保险会", "健保會": "健保会",
    "民間監督健保聯盟": "民间监督健保联盟",
    "台灣醫療改革基金會": "台湾医疗改革基金会", "醫改會": "医改会",
    "中華民國醫師公會全國聯合會": "中华民国医师公会全国联合会",
    "台灣醫院協會": "台湾医院协会",
    "中華民國區域醫院協會": "中华民国区域医院协会",
    "台灣社區醫院協會": "台湾社区医院协会", "台大醫院": "台大医院",
    "台北榮民總醫院": "台北荣民总医院",
    "長庚醫療財團法人": "长庚医疗财团法人",
    "林口長庚紀念醫院": "林口长庚纪念医院",
    "高雄長庚紀念醫院": "高雄长庚纪念医院",
    "中國醫藥大學附設醫院": "中国医药大学附设医院", "成大醫院": "成大医院",
    "高雄醫學大學附設中和紀念醫院": "高雄医学大学附设中和纪念医院",
    "奇美醫院": "奇美医院", "彰化基督教醫院": "彰化基督教医院",
    "馬偕紀念醫院": "马偕纪念医院", "亞東紀念醫院": "亚东纪念医院",
    "台北市政府衛生局": "台北市政府卫生局",
    "台北市立聯合醫院": "台北市立联合医院",
    "新北市政府衛生局": "新北市政府卫生局",
    "高雄市政府衛生局": "高雄市政府卫生局",
    "台中市政府衛生局": "台中市政府卫生局",
    "嘉義市政府衛生局": "嘉义市政府卫生局",
    "中華民國護理師護士公會全國聯合會": "中华民国护理师护士公会全国联合会",
    "國家發展委員會": "国家发展委员会", "國發會": "国发会",
    "主計總處": "主计总处", "國泰人壽": "国泰人寿", "富邦人壽": "富邦人寿",
    "立法院社會福利及衛生環境委員會": "立法院社会福利及卫生环境委员会",
    "行政院": "行政院",
    "國立台灣大學公共衛生學院": "国立台湾大学公共卫生学院",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes are the title's first character
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and full[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gbk":        # GBK proper (annotate_kc.py's block, after
            # annotate_ob.py's): the declared characters are the only ones
            # GB2312 lacks
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            declared = OUTSIDE_GB2312[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code and code in raw, (doc_id, c)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):      # the GB family reads it
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # 珺 is AC 42: its trail byte lies below A1, outside the GB2312
            # cells (GBK's extension area); the byte count is still two per
            # non-ASCII character (annotate_nc.py)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GB2312, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = outside
        if enc == "big5":       # PLAIN Big5 (new in annotate_jb.py, after
            # annotate_la.py's strict-Big5 block and annotate_ka.py's cp950
            # block): plain big5 reads and round-trips the file (above), so
            # no character is outside plain Big5; no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            assert all(enc_ok(c, "big5") for c in self.text), doc_id
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # Big5-HKSCS reads the file alike; cp950 (Taiwan's Big5) reads
            # the same number of characters, differing only at the declared
            # characters, which it reads as others (／ A2 41 -> ∕): the
            # declared characters are exactly those whose plain-Big5 bytes
            # cp950 writes otherwise
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            declared = CP950_READS_OTHER[doc_id]
            other = sorted({c for c in self.text
                            if c.encode("big5") != c.encode("cp950")})
            assert other == sorted(declared), (doc_id, other)
            by_cp950 = raw.decode("cp950")
            assert len(by_cp950) == len(self.text), doc_id
            diff = {(a, b) for a, b in zip(self.text, by_cp950) if a != b}
            assert diff == {(c, v[1]) for c, v in declared.items()}, diff
            for c, (code, seen) in declared.items():
                assert c.encode("big5") == code and code in raw, (doc_id, c)
                assert code.decode("cp950") == seen and \
                    code.decode("big5") == c, (doc_id, c)
                assert c.encode("cp950") != code, (doc_id, c)
            # every line without a declared character is cp950 byte for byte
            # too (so the two readings part only at the declared characters)
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert line.encode("big5") == line.encode("cp950"), line
            self.no_span_chars = sorted(declared)
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if self.traditional:    # a Taiwan text: every character is plain
            assert all(enc_ok(c, "big5")        # Big5 (no HKSCS, no ETEN
                       for c in self.text), doc_id     # extension, no
        else:                                   # mainland form)
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
# g193 Micro dramas, November 2026: 中国网络视听协会's figures released in
# 杭州 昨日（11月19日） (前三季度 market size, users at 9月底 against 去年同期);
# the regulator (国家广播电视总局网络视听节目管理司 本周三, 广电总局's
# removals, 10月 filings, 国庆 tourism dramas against 去年同期, 浙江省广播电视
# 局 同日 and 明年一季度, the 中国广播电视社会组织联合会微短剧委员会's pledge
# 上月); platforms (抖音集团 and 抖音 10月 against 上月, 快手 11月16日 and
# 三季度, 爱奇艺, 芒果超媒); content companies (中文在线, 掌阅科技, 昆仑万维,
# 点众科技, 九州文化, 听花岛; costs since 两年前); overseas (点点数据 10月,
# 中文在线's 枫叶互动 in 洛杉矶 and 伦敦, 昆仑万维); the bases (横店影视文化
# 产业集聚区管委会 今年1月至10月 in 横店, a town of 东阳市; 横店影视城演员
# 公会; 宁波 象山, a county); 广东 (广东省广播电视局; 广州, 深圳, 东莞);
# other cities (郑州市文化广电和旅游局, 西安曲江新区管委会, 杭州市文化广电
# 旅游局, 华策影视, 九州文化; 长沙, 成都, 重庆 listed); advertising
# (DataEye研究院 10月, 今年双11, 伊利, 蒙牛, 珀莱雅, 上美股份); the free model
# (QuestMobile 上月 against 去年同期, 艾媒咨询 今年 and 2028年); finance
# (杭州银行, 浙商银行, 阅文集团 上周五, 明年); talent and the outlook (中国电视
# 剧制作产业协会, 浙江传媒学院; 元旦, 春节, 明年).  Simplified, GBK without
# BOM, 2026-11-20 (a Friday, ISO week 2026-W47), 中国经营报; the byline
# 本报记者 许珺 杭州报道 on line 3.  昨日 2026-11-19; 本周三 and 同日
# 2026-11-18; 上周五 2026-11-13; 11月16日; 上月 2026-10, and 2026-09 as a
# baseline after 较 in a sentence of 10月; 明年 2027; 去年同期 2025-09
# (after 9月底), 2025 (after 国庆), 2025-10 (after 上月).
# ===========================================================================
@doc
def g193():
    d = Doc(G193)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    HZ, LA, LDN, DY, NB = "杭州市", "洛杉矶", "伦敦", "东阳市", "宁波市"
    GZ, DG, ZZ = "广州市", "东莞市", "郑州市"
    # title (a heading that opens with no city: no city section)
    d.date("微短剧[[前三季度]]市场", Y, "")
    d.metric("规模[[约586亿元]] 多地", "586e8", "元", "approx", "")
    # byline 本报记者 许珺 杭州报道 (本报 names no outlet; 珺 in no span; a
    # heading that opens with no city)
    d.city("许珺 [[杭州]]报道")
    # P1 中国网络视听协会's figures
    d.date("\n\n[[昨日]]（11月19日）", "2026-11-19", HZ)
    d.date("昨日（[[11月19日]]）", "2026-11-19", HZ)
    d.org("，[[中国网络视听节目服务协会]]（")
    d.org("简称“[[中国网络视听协会]]”）")
    d.city("）在[[杭州]]发布")
    d.date("显示，[[今年前三季度]]全国微短剧", Y, HZ)
    d.metric("市场规模[[约586.3亿元]]", "586.3e8", "元", "approx", HZ)
    d.metric("同比增长[[23.6%]]；", "23.6", "%", "exact", HZ)
    d.date("截至[[9月底]]，微短剧", "2026-09", "")
    d.metric("规模达[[6.92亿人]]", "6.92e8", "人", "exact", "")
    d.date("较[[去年同期]]增加约4100万人", "2025-09", "")
    d.metric("增加[[约4100万人]]", "4100e4", "人", "approx", "")
    d.metric("总数的[[超过六成]]", 60, "%", "over", "")
    d.metric("约为[[95分钟]]", 95, "分钟", "approx", "", sep="约")
    # P2 the regulator
    d.org("[[国家广播电视总局网络视听节目管理司]]相关")
    d.date("负责人在[[本周三]]举行", "2026-11-18", "")
    d.date("透露，[[今年]]以来广电总局", Y, "")
    d.org("以来[[广电总局]]已累计")
    d.metric("微短剧[[约2.6万部]]", "2.6e4", "部", "approx", "")
    d.metric("账号[[超过3800个]]", 3800, "个", "over", "")
    d.date("；[[10月]]，全国上线", OCT, "")
    d.metric("微短剧达[[612部]]", 612, "部", "exact", "")
    d.metric("环比增长[[5.3%]]。", "5.3", "%", "exact", "")
    d.date("明显，[[国庆]]假期", "2026-10-01", "")
    d.date("较[[去年同期]]增长约36%", LY, "")
    d.metric("增长[[约36%]]", 36, "%", "approx", "")
    d.org("。[[浙江省广播电视局]]同日")
    d.date("广播电视局[[同日]]表示", "2026-11-18", "")
    d.date("将于[[明年一季度]]起", "2027-Q1", "")
    d.org("；[[中国广播电视社会组织联合会微短剧委员会]]上月")
    d.date("委员会[[上月]]发布", OCT, "")
    d.metric("已有[[超过300家]]机构", 300, "家", "over", "")
    # P3 platforms
    d.org("[[抖音集团]]旗下")
    d.org("旗下[[抖音]]数据")
    d.date("显示，[[10月]]平台", OCT, "")
    d.metric("活跃用户[[约2.8亿人]]", "2.8e8", "人", "approx", "")
    d.date("较[[上月]]增加", "2026-09", "")
    d.metric("增加[[约1300万人]]", "1300e4", "人", "approx", "")
    d.metric("降至[[不足15%]]", 15, "%", "under", "")
    d.org("；[[快手]]11月16日")
    d.date("快手[[11月16日]]公布", "2026-11-16", "")
    d.date("公布的[[三季度]]业绩", "2026-Q3", "")
    d.metric("同比增长[[31%]]", 31, "%", "exact", "")
    d.metric("付费用户[[超过1200万]]", "1200e4", "", "over", "")
    d.org("。[[爱奇艺]]、")
    d.org("、[[芒果超媒]]等")
    d.date("短剧，[[今年]]分账", Y, "")
    d.metric("均[[超过2亿元]]", "2e8", "元", "over", "")
    # P4 content companies
    d.org("内容端，[[中文在线]]、")
    d.org("、[[掌阅科技]]、")
    d.org("、[[昆仑万维]]等上市公司")
    d.date("上市公司[[三季度]]短剧", "2026-Q3", "")
    d.org("其中[[中文在线]]前三季度")
    d.date("中文在线[[前三季度]]营收", Y, "")
    d.metric("营收[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.metric("增长[[逾四成]]", 40, "%", "over", "")
    d.org("。[[点众科技]]、")
    d.org("、[[九州文化]]、听花岛")
    d.org("、[[听花岛]]等")
    d.metric("剧目在[[40部以上]]", 40, "部", "over", "")
    d.date("由[[两年前]]的", "2024", "")
    d.metric("的[[约30万元]]", "30e4", "元", "approx", "")
    d.metric("升至[[80万元左右]]", "80e4", "元", "approx", "")
    # P5 overseas
    d.org("提速。[[点点数据]]统计")
    d.date("统计，[[10月]]中国短剧", OCT, "")
    d.metric("收入[[约2.41亿美元]]", "2.41e8", "美元", "approx", "")
    d.metric("环比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.metric("贡献[[约45%]]", 45, "%", "approx", "")
    d.org("。[[中文在线]]参股")
    d.org("参股的[[枫叶互动]]今年")
    d.date("枫叶互动[[今年]]在", Y, LA)
    d.city("在[[洛杉矶]]、")
    d.city("、[[伦敦]]组建")
    d.metric("英语短剧[[近百部]]", 100, "部", "approx", LDN)
    d.org("；[[昆仑万维]]则表示")
    d.date("业务[[10月]]营收", OCT, "")
    d.metric("增长[[超过60%]]", 60, "%", "over", "")
    # P6 横店 (a town of 东阳市: no CITY)
    d.org("[[横店影视文化产业集聚区管委会]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，横店", OCT, "")
    d.metric("剧组[[约3200个]]", 3200, "个", "approx", "")
    d.metric("同比增长[[17.4%]]", "17.4", "%", "exact", "")
    d.metric("剧组的[[近六成]]", 60, "%", "approx", "")
    d.city("所在的[[东阳市]]今年")
    d.date("东阳市[[今年]]还", Y, DY)
    d.metric("规模[[5000万元]]的", "5000e4", "元", "exact", DY)
    d.metric("播放量[[超过10亿次]]", "10e8", "次", "over", DY)
    d.metric("最高[[50万元]]奖励", "50e4", "元", "exact", DY)
    d.org("。[[横店影视城演员公会]]统计")
    d.metric("已[[超过14万人]]", "14e4", "人", "over", "")
    d.metric("其中[[约七成]]以", 70, "%", "approx", "")
    # P7 宁波 象山 (象山 a county: no CITY)
    d.city("在[[宁波]]象山")
    d.date("象山，[[今年前10个月]]开机", Y, NB)
    d.metric("微短剧[[约1100部]]", 1100, "部", "approx", NB)
    d.metric("增长[[逾三成]]，新建", 30, "%", "over", NB)
    d.metric("面积[[超过12万平方米]]", "12e4", "平方米", "over", NB)
    d.date("表示，[[明年]]将再", NY, "")
    d.metric("场景[[200个以上]]", 200, "个", "over", "")
    # P8 广东 (the province: no CITY)
    d.org("。[[广东省广播电视局]]数据")
    d.date("显示，[[今年前10个月]]广东", Y, GZ)
    d.metric("剧目[[约1800部]]", 1800, "部", "approx", GZ)
    d.city("其中[[广州]]、")
    d.city("、[[深圳]]、东莞三市")
    d.city("、[[东莞]]三市")
    d.metric("占比[[约62%]]", 62, "%", "approx", DG)
    d.city("；[[东莞]]首个")
    d.date("基地[[今年]]接待", Y, DG)
    d.metric("剧组[[超过600个]]", 600, "个", "over", DG)
    d.metric("消费[[约3.5亿元]]", "3.5e8", "元", "approx", DG)
    # P9 other cities
    d.city("\n\n[[郑州]]、西安")
    d.city("郑州、[[西安]]、")
    d.city("、[[长沙]]、")
    d.city("、[[成都]]、")
    d.city("、[[重庆]]等城市")
    d.org("。[[郑州市文化广电和旅游局]]数据")
    d.date("截至[[10月底]]，郑州", OCT, ZZ)
    d.city("，[[郑州]]现有")
    d.metric("企业[[约1600家]]", 1600, "家", "approx", ZZ)
    d.metric("从业人员[[超过4万人]]", "4e4", "人", "over", ZZ)
    d.date("4万人，[[今年]]以来上线", Y, ZZ)
    d.metric("剧目[[2300余部]]", 2300, "部", "over", ZZ)
    d.org("；[[西安曲江新区管委会]]今年")
    d.date("管委会[[今年]]出台", Y, "")
    d.metric("最高[[200万元]]房租", "200e4", "元", "exact", "")
    d.org("；[[杭州市文化广电旅游局]]则")
    d.date("表示，[[今年前三季度]]杭州", Y, HZ)
    d.city("前三季度[[杭州]]微短剧")
    d.metric("营收[[约96亿元]]", "96e8", "元", "approx", HZ)
    d.org("，[[华策影视]]、")
    d.org("华策影视、[[九州文化]]等企业")
    d.city("在[[杭州]]市场")
    d.metric("合计达[[三成以上]]", 30, "%", "over", HZ)
    # P10 advertising
    d.org("引擎。[[DataEye研究院]]统计")
    d.date("统计，[[10月]]微短剧信息流", OCT, "")
    d.metric("金额[[约48.6亿元]]", "48.6e8", "元", "approx", "")
    d.metric("环比增长[[6.2%]]；", "6.2", "%", "exact", "")
    d.date("；[[今年双11]]期间", "2026-11-11", "")
    d.metric("增长[[1.5倍]]", "1.5", "倍", "exact", "")
    d.org("。[[伊利]]、")
    d.org("、[[蒙牛]]、")
    d.org("、[[珀莱雅]]、")
    d.org("、[[上美股份]]等")
    d.metric("多在[[300万元]]至", "300e4", "元", "exact", "")
    d.metric("至[[800万元]]之间", "800e4", "元", "exact", "")
    # P11 the free model
    d.org("切换。[[QuestMobile]]数据")
    d.date("显示，[[上月]]免费", OCT, "")
    d.metric("规模[[突破3.1亿]]", "3.1e8", "", "over", "")
    d.date("较[[去年同期]]增长约四成", "2025-10", "")
    d.metric("增长[[约四成]]", 40, "%", "approx", "")
    d.org("；[[艾媒咨询]]预计")
    d.date("预计，[[今年]]微短剧", Y, "")
    d.metric("有望[[突破800亿元]]", "800e8", "元", "over", "")
    d.metric("将首次[[超过五成]]", 50, "%", "over", "")
    d.date("到[[2028年]]市场", "2028", "")
    d.metric("或达[[1200亿元左右]]", "1200e8", "元", "approx", "")
    # P12 finance
    d.org("跟进。[[杭州银行]]、")
    d.org("、[[浙商银行]]今年")
    d.date("浙商银行[[今年]]以来", Y, "")
    d.metric("放款[[约21亿元]]", "21e8", "元", "approx", "")
    d.org("；[[阅文集团]]上周五")
    d.date("阅文集团[[上周五]]宣布", "2026-11-13", "")
    d.date("宣布，[[明年]]将开放", NY, "")
    d.metric("开放[[约500部]]", 500, "部", "approx", "")
    # P13 talent and the outlook
    d.org("凸显。[[中国电视剧制作产业协会]]估算")
    d.metric("已[[超过65万人]]", "65e4", "人", "over", "")
    d.metric("缺口[[约12万个]]", "12e4", "个", "approx", "")
    d.org("。[[浙江传媒学院]]一位")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("，[[明年]]系列化", NY, "")
    d.metric("提升至[[两成以上]]", 20, "%", "over", "")
    audit = {
        "orgs": ["中国网络视听节目服务协会", "中国网络视听协会",
                 "国家广播电视总局网络视听节目管理司", "广电总局",
                 "浙江省广播电视局",
                 "中国广播电视社会组织联合会微短剧委员会", "抖音集团", "抖音",
                 "快手", "爱奇艺", "芒果超媒", "中文在线", "掌阅科技",
                 "昆仑万维", "点众科技", "九州文化", "听花岛", "点点数据",
                 "枫叶互动", "横店影视文化产业集聚区管委会",
                 "横店影视城演员公会", "广东省广播电视局",
                 "郑州市文化广电和旅游局", "西安曲江新区管委会",
                 "杭州市文化广电旅游局", "华策影视", "DataEye研究院", "伊利",
                 "蒙牛", "珀莱雅", "上美股份", "QuestMobile", "艾媒咨询",
                 "杭州银行", "浙商银行", "阅文集团", "中国电视剧制作产业协会",
                 "浙江传媒学院"],
        "cities": ["杭州", "宁波", "广州", "深圳", "东莞", "郑州", "西安",
                   "长沙", "成都", "重庆", "东阳", "洛杉矶", "伦敦", "金华",
                   "横店", "象山", "广东", "浙江", "中国", "美国", "全国",
                   "城市", "粤港澳", "大湾区", "当地", "各地", "多地", "省内",
                   "本地", "三市", "全市"],
        # 横店 (x3: a town of 东阳市, SPEC: towns are no CITY), 象山 (a
        # county of 宁波, written after its city: GUIDELINES 金华义乌 gives
        # the city, a county gives nothing), 广东 (the province; also inside
        # 广东省广播电视局), 中国 (the country; elsewhere inside ORGs), 美国
        # (a country), 全国 (x3), 城市 (等城市: generic), 粤港澳大湾区 (a
        # region; 港, 澳 one-character abbreviations, SPEC), 当地, 各地, 多地
        # (the title), 省内, 本地 (deictic or vague); 东阳 only in the CITY
        # row 东阳市, 金华 and 全市 not written
        "excluded": ["，[[横店]]共接待", "；[[横店]]所在的", "目前在[[横店]]登记",
                     "宁波[[象山]]，", "个月[[广东]]新增", "10月[[中国]]短剧",
                     "其中[[美国]]市场", "三季度[[全国]]微短剧",
                     "，[[全国]]上线备案", "估算，[[全国]]微短剧",
                     "重庆等[[城市]]也在", "[[粤港澳大湾区]]也在",
                     "；[[当地]]相关", "成为[[各地]]竞逐", " [[多地]]影视",
                     "对[[省内]]微短剧", "组建[[本地]]拍摄"],
        "numbers_excluded": [],
        # 三市 (广州、深圳、东莞三市: the collective label of a three-item
        # list just given, SPEC 五市; GUIDELINES), 一位 (indefinite)
        "cn_excluded": ["东莞[[三市]]合计", "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 日均 (x2, daily averages), 日活 and
        # 月活 (daily and monthly active users), 月均 (a monthly average),
        # 明显 (x2, clearly), 周边 (nearby); 同期 only inside 去年同期 rows
        "words_excluded": {"日均": 2, "日活": 1, "月活": 1, "月均": 1,
                           "明显": 2, "周边": 1, "同期": 0, "当天": 0},
        # generic words outside ORG rows: 公司 (上市公司, a kind), 机构 (x3:
        # 承制机构, 300家机构, 金融机构, kinds), 平台 (x4: 平台格局, 平台
        # 微短剧, 长视频平台, 各平台), 局 (格局, a word), 企业 (x6: 相关企业,
        # 新落户企业, 微短剧企业, 等企业, 美妆企业, 影视企业: kinds), 基金
        # (东阳市's 创作基金, a fund, no body); 协会, 委员会, 集团, 银行,
        # 学院, 管委会, 公会 only inside ORG rows
        "orgwords_excluded": {"公司": 1, "机构": 3, "平台": 4, "局": 1,
                              "企业": 6, "基金": 1, "协会": 0, "委员会": 0,
                              "集团": 0, "银行": 0, "学院": 0, "管委会": 0,
                              "公会": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g194 Taiwan's national health insurance, November 2026: 衛福部 昨（23）日
# on the 116年度 global budget (the byline's 台北 in its sentence); 健保署's
# accounts (今年前3季, the reserve at 9月底 against 去年同期); the premium
# rate (明（116）年底, 明年第2季; the emergency copayment from 明（116）年1月
# 1日); 健保會 本週四（26日） with 民間監督健保聯盟 (去（114）年), 醫改會,
# 醫師公會全聯會 and 台灣醫院協會; point values (今年第3季 against 第2季;
# 台北區 and 東區 are insurance regions, no CITY; 23 medical centres'
# 前3季); 中華民國區域醫院協會 and 台灣社區醫院協會 (民國113年 against 今年
# 10月); the medical centres (台大醫院, 台北榮民總醫院, 長庚醫療財團法人 with
# 林口長庚紀念醫院 and 高雄長庚紀念醫院, 中國醫藥大學附設醫院, 成大醫院,
# 高雄醫學大學附設中和紀念醫院, 奇美醫院, 彰化基督教醫院, 馬偕紀念醫院,
# 亞東紀念醫院); city health bureaus (台北市政府衛生局 on 今年國慶 in 台北,
# 台北市立聯合醫院 10月 and 上月, 新北市政府衛生局 on 新北, 高雄市政府衛生局
# on 高雄市民, 桃園, 台南, 基隆 and 新竹市 11月, 台中市政府衛生局 on 台中
# with 嘉義市政府衛生局 明年); nurses (護理師護士公會全聯會 10月底, 衛福部
# 今年 and 明年); ageing (國發會 民國119年, 主計總處 10月 against 上月, 國泰
# 人壽 and 富邦人壽 今年前10月); the outlook (立法院社會福利及衛生環境委員會
# 上週 and 12月底, 衛福部 今（24）日, 健保署 元旦 and 春節, 行政院 明年3月底,
# 民國84年3月, 國立台灣大學公共衛生學院 明年 and 117年底).  Traditional as
# Taiwan writes it (台, 占, 公布, 年增, 年減, 前3季, 第3季, 上週, 本週四,
# 新台幣, 兆, ROC years), plain Big5 without BOM, 2026-11-24 (a Tuesday, ISO
# week 2026-W48), 自由時報; 〔記者陳怡君／台北報導〕 opens the first
# paragraph (no outlet named).  昨（23）日 2026-11-23; 今（24）日
# 2026-11-24; 本週四 2026-11-26; 上週 2026-W47; 上月 2026-10, and 2026-09 as
# a baseline after 較 in a sentence of 10月; 明年 2027; 去年同期 2025-09
# (after 9月底) and 2025 (after 今年國慶).
# ===========================================================================
@doc
def g194():
    d = Doc(G194)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP, NTP, KH, HC, TC = "台北市", "新北市", "高雄市", "新竹市", "台中市"
    # title (a heading that opens with no city)
    d.date("健保[[116年度]]總額", NY, "")
    d.metric("總額[[突破1兆元]] 醫學", "1e12", "元", "over", "")
    d.date("門診量[[前3季]]年減4.2%\n", Y, "")
    d.metric("年減[[4.2%]]\n", "4.2", "%", "exact", "")
    # P1 the byline 〔記者陳怡君／台北報導〕 (no outlet; ／ in no span), the
    # budget and the accounts
    d.city("／[[台北]]報導")
    d.org("〕[[衛福部]]昨（23）日")
    d.date("衛福部[[昨（23）日]]公告", "2026-11-23", TP)
    d.date("公告[[116年度]]全民", NY, TP)
    d.metric("成長率為[[4.92%]]", "4.92", "%", "exact", TP)
    d.metric("約新台幣[[1兆230億元]]", "1023e9", "元", "approx", TP,
             outer="約新台幣")
    d.metric("首度[[突破1兆元]]。", "1e12", "元", "over", TP)
    d.org("。[[衛福部中央健康保險署]]（")
    d.org("（[[健保署]]）同時")
    d.date("公布，[[今年前3季]]健保收入", Y, "")
    d.metric("收入[[約7,215億元]]", "7215e8", "元", "approx", "")
    d.metric("支出[[約7,486億元]]", "7486e8", "元", "approx", "")
    d.metric("短絀[[約271億元]]", "271e8", "元", "approx", "")
    d.date("截至[[9月底]]，安全準備", "2026-09", "")
    d.metric("降至[[約1,520億元]]", "1520e8", "元", "approx", "")
    d.date("較[[去年同期]]減少約18%", "2025-09", "")
    d.metric("減少[[約18%]]", 18, "%", "approx", "")
    # P2 the premium rate and the copayment
    d.org("焦點。[[健保署]]試算")
    d.metric("現行[[5.17%]]的", "5.17", "%", "exact", "")
    d.date("將在[[明（116）年底]]前", NY, "")
    d.metric("調升至[[5.5%]]", "5.5", "%", "exact", "")
    d.date("最快[[明年第2季]]實施", "2027-Q2", "")
    d.metric("約新台幣[[420億元]]", "420e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("多繳[[約56元]]", 56, "元", "approx", "")
    d.metric("維持[[2.11%]]。", "2.11", "%", "exact", "")
    d.org("。[[健保署]]並將")
    d.date("自[[明（116）年1月1日]]起", "2027-01-01", "")
    d.metric("由[[550元]]提高", 550, "元", "exact", "")
    d.metric("提高至[[750元]]", 750, "元", "exact", "")
    d.metric("輕症急診[[約1成]]", 10, "%", "approx", "")
    # P3 健保會 and the stakeholders
    d.org("\n\n[[全民健康保險會]]（")
    d.org("（[[健保會]]）預計")
    d.date("預計[[本週四]]（26日）", "2026-11-26", "")
    d.date("本週四（[[26日]]）", "2026-11-26", "")
    d.org("。[[民間監督健保聯盟]]指出")
    d.date("指出，[[去（114）年]]門診", LY, "")
    d.metric("年增[[7.8%]]", "7.8", "%", "exact", "")
    d.metric("升至[[約28%]]", 28, "%", "approx", "")
    d.org("；[[台灣醫療改革基金會]]（")
    d.org("（[[醫改會]]）則")
    d.org("。[[中華民國醫師公會全國聯合會]]與")
    d.org("與[[台灣醫院協會]]則支持")
    # P4 point values (台北區, 東區: insurance regions, no CITY)
    d.org("方面，[[健保署]]統計")
    d.date("上路後，[[今年第3季]]醫院", "2026-Q3", "")
    d.metric("每點[[約0.96元]]", "0.96", "元", "approx", "")
    d.date("較[[第2季]]提高", "2026-Q2", "")
    d.metric("提高[[0.01元]]", "0.01", "元", "exact", "")
    d.metric("台北區[[約0.94元]]", "0.94", "元", "approx", "")
    d.metric("則[[超過1元]]。", 1, "元", "over", "")
    d.metric("全國[[23家]]醫學中心", 23, "家", "exact", "")
    d.date("醫學中心[[前3季]]門診量", Y, "")
    d.metric("門診量年減[[4.2%]]，", "4.2", "%", "exact", "")
    d.metric("減少[[約38萬人次]]", "38e4", "人次", "approx", "")
    d.metric("年增[[3.1%]]", "3.1", "%", "exact", "")
    # P5 regional and community hospitals
    d.org("。[[中華民國區域醫院協會]]表示")
    d.date("區域醫院[[前3季]]平均", Y, "")
    d.metric("點值[[約0.95元]]", "0.95", "元", "approx", "")
    d.metric("約有[[三分之一]]院所", "33.3333333333", "%", "approx", "",
             sep="約")
    d.org("；[[台灣社區醫院協會]]則")
    d.date("已由[[民國113年]]的", "2024", "")
    d.metric("的[[312家]]減至", 312, "家", "exact", "")
    d.date("減至[[今年10月]]的", OCT, "")
    d.metric("的[[298家]]，", 298, "家", "exact", "")
    d.org("呼籲[[健保署]]將新增")
    d.metric("預算的[[一成以上]]", 10, "%", "over", "")
    # P6 the medical centres (cities only inside ORGs)
    d.org("分歧。[[台大醫院]]前3季")
    d.date("台大醫院[[前3季]]門診", Y, "")
    d.metric("年減[[約6%]]", 6, "%", "approx", "")
    d.org("；[[台北榮民總醫院]]今年")
    d.date("總醫院[[今年]]已將", Y, "")
    d.metric("已將[[約1,200名]]", 1200, "名", "approx", "")
    d.org("；[[長庚醫療財團法人]]指出")
    d.org("旗下[[林口長庚紀念醫院]]、")
    d.org("、[[高雄長庚紀念醫院]]等")
    d.metric("等[[7家]]院區", 7, "家", "exact", "")
    d.date("院區[[前10月]]健保", Y, "")
    d.metric("申報額[[約382億元]]", "382e8", "元", "approx", "")
    d.metric("年增[[2.6%]]。", "2.6", "%", "exact", "")
    d.org("。[[中國醫藥大學附設醫院]]、")
    d.org("、[[成大醫院]]與")
    d.org("與[[高雄醫學大學附設中和紀念醫院]]均")
    d.metric("約有[[320床]]", 320, "床", "approx", "", sep="約")
    d.org("；[[奇美醫院]]、")
    d.org("、[[彰化基督教醫院]]、")
    d.org("、[[馬偕紀念醫院]]、")
    d.org("、[[亞東紀念醫院]]等")
    # P7 the city health bureaus
    d.org("示警。[[台北市政府衛生局]]統計")
    d.date("統計，[[今年國慶]]連假", "2026-10-10", TP)
    d.city("期間，[[台北]]8家")
    d.metric("台北[[8家]]急救", 8, "家", "exact", TP)
    d.metric("湧入[[約1萬3,850人次]]", 13850, "人次", "approx", TP)
    d.date("較[[去年同期]]增加9.4%", LY, TP)
    d.metric("增加[[9.4%]]", "9.4", "%", "exact", TP)
    d.org("；[[台北市立聯合醫院]]自")
    d.date("自[[10月]]起延長", OCT, "")
    d.date("，[[上月]]已分流", OCT, "")
    d.metric("患者[[逾4,600人次]]", 4600, "人次", "over", "")
    d.org("。[[新北市政府衛生局]]指出")
    d.city("指出，[[新北]]65歲")
    d.metric("新北[[65歲以上]]人口已突破", 65, "岁", "over", NTP)
    d.metric("已[[突破82萬人]]", "82e4", "人", "over", NTP)
    d.metric("占比[[約19.8%]]", "19.8", "%", "approx", NTP)
    d.date("收案數[[前10月]]年增", Y, NTP)
    d.metric("年增[[約12%]]；", 12, "%", "approx", NTP)
    d.org("；[[高雄市政府衛生局]]則")
    d.city("表示，[[高雄]]市民")
    d.date("市民[[今年前3季]]平均", Y, KH)
    d.metric("就醫[[約11.6次]]", "11.6", "次", "approx", KH)
    d.city("。[[桃園]]、台南")
    d.city("、[[台南]]、基隆")
    d.city("、[[基隆]]與新竹市")
    d.city("與[[新竹市]]11月")
    d.date("新竹市[[11月]]起", "2026-11", HC)
    d.metric("轉診[[約2,400人次]]", 2400, "人次", "approx", HC)
    d.org("；[[台中市政府衛生局]]統計")
    d.city("統計，[[台中]]今年")
    d.date("台中[[今年前10月]]急診", Y, TC)
    d.metric("就診[[約52萬人次]]", "52e4", "人次", "approx", TC)
    d.metric("約占[[三成]]，", 30, "%", "approx", TC, sep="約")
    d.org("與[[嘉義市政府衛生局]]在")
    d.date("衛生局在[[明年]]分別", NY, TC)
    d.metric("增設[[2處]]及", 2, "处", "exact", TC)
    d.metric("及[[1處]]急診", 1, "处", "exact", TC)
    # P8 nurses
    d.org("吃緊。[[中華民國護理師護士公會全國聯合會]]統計")
    d.date("截至[[10月底]]全國", OCT, "")
    d.metric("護理師[[約18.9萬人]]", "18.9e4", "人", "approx", "")
    d.metric("仍達[[11.3%]]", "11.3", "%", "exact", "")
    d.metric("約有[[3,100張]]", 3100, "张", "approx", "", sep="約")
    d.org("。[[衛福部]]今年已編列")
    d.date("衛福部[[今年]]已編列", Y, "")
    d.metric("新台幣[[約60億元]]", "60e8", "元", "approx", "")
    d.date("，[[明年]]預算", NY, "")
    d.metric("再增加[[3成]]。", 30, "%", "exact", "")
    # P9 ageing and prices
    d.org("。[[國家發展委員會]]（")
    d.org("（[[國發會]]）推估")
    d.metric("推估，[[65歲以上]]人口", 65, "岁", "over", "")
    d.date("將在[[民國119年]]升至", "2030", "")
    d.metric("升至[[約24%]]", 24, "%", "approx", "")
    d.metric("每年[[5%以上]]的", 5, "%", "over", "")
    d.org("；[[主計總處]]統計")
    d.date("統計，[[10月]]醫療保健", OCT, "")
    d.metric("物價年增[[2.7%]]", "2.7", "%", "exact", "")
    d.date("較[[上月]]擴大", "2026-09", "")
    d.metric("擴大[[0.4個百分點]]", "0.4", "百分点", "exact", "")
    d.org("。[[國泰人壽]]、")
    d.org("、[[富邦人壽]]等業者")
    d.date("觀察到，[[今年前10月]]實支", Y, "")
    d.metric("年增[[約15%]]", 15, "%", "approx", "")
    # P10 the outlook
    d.org("\n\n[[立法院社會福利及衛生環境委員會]]上週")
    d.date("委員會[[上週]]要求", "2026-W47", "")
    d.org("要求[[衛福部]]在12月底")
    d.date("在[[12月底]]前提出", "2026-12", "")
    d.org("，[[衛福部]]今（24）日")
    d.date("衛福部[[今（24）日]]已先", "2026-11-24", "")
    d.org("。[[健保署]]表示，將於")
    d.date("將於[[元旦]]前", "2027-01-01", "")
    d.date("審議，[[春節]]連假", "2027-02-06", "")
    d.metric("將有[[約2,600家]]診所", 2600, "家", "approx", "")
    d.org("；[[衛福部]]預計")
    d.date("預計[[明年3月底]]前", "2027-03", "")
    d.org("向[[行政院]]提出")
    d.date("健保自[[民國84年3月]]開辦", "1995-03", "")
    d.metric("僅調整[[5次]]", 5, "次", "exact", "")
    d.org("；[[國立台灣大學公共衛生學院]]一位")
    d.date("即使[[明年]]調漲", NY, "")
    d.date("支撐到[[117年底]]，", "2028", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "彰化", "林口",
                   "台灣", "全台", "全國", "中國", "東區", "花蓮", "屏東"],
        # 台北區 (the insurance's Taipei region: a city before 區 is no CITY,
        # GUIDELINES), 東區 (its eastern region), 全台 and 全國 (x3,
        # deictic); 台灣, 中國, 彰化, 林口, 嘉義 and the other 台北, 高雄,
        # 台中 stand only inside ORG rows
        "excluded": ["其中[[台北區]]約", "，[[東區]]則", "，[[全台]]約有",
                     "。[[全國]]23家", "高於[[全國]]平均", "10月底[[全國]]執業"],
        "numbers_excluded": [],
        # 一般 (x2, the general premium rate: a word), 不一 (differ), 一位
        # (indefinite)
        "cn_excluded": ["的[[一]]般保險", "以來，[[一]]般保險", "看法不[[一]]。",
                        "學院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 年減 (x3) and 年增 (x6, year on
        # year), 每年 (x2) and 每月 (recurring), 假日 (holidays in general),
        # 節流 (cutting spending); 同期 only inside 去年同期 rows
        "words_excluded": {"年減": 3, "年增": 6, "每年": 2, "每月": 1,
                           "假日": 1, "節流": 1, "同期": 0, "當天": 0},
        # generic words outside ORG rows: 醫院 (x10: 各醫院, 個別醫院總額 (a
        # budget scheme), 醫院部門, 不同層級醫院, 區域醫院, 地區醫院 (x2),
        # 區域級以上醫院, 急救責任醫院, 醫院護理人員: kinds and levels of
        # hospital), 衛生局 (地方衛生局, a kind), 委員會 (委員會議, a
        # meeting; 赴委員會, read back), 署 (該署, read back); 協會, 基金會,
        # 聯盟, 公會, 學院, 人壽, 總處, 財團法人 only inside ORG rows
        "orgwords_excluded": {"醫院": 10, "衛生局": 1, "委員會": 2, "署": 1,
                              "協會": 0, "基金會": 0, "聯盟": 0, "公會": 0,
                              "學院": 0, "人壽": 0, "總處": 0,
                              "財團法人": 0},
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
    written after a ROC year (117年底, 明（116）年底)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
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
    # each declared character (珺 of the GBK article, outside GB2312; ／ of
    # the plain-Big5 article, which cp950 reads as ∕) stands once, on the
    # byline line (the third line), and in no span (checked per row below)
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
