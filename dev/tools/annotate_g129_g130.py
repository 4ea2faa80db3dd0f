#!/usr/bin/env python3
"""Gold annotation for the held-out articles g129_digital_rmb_pilot_cities
and g130_taiwan_rail_thsr_ridership (annotator UC).

Adapted from the precedent set's tools/annotate_va.py (now dev/tools/annotate_g119_g120.py; copied and the data
changed; it keeps the checks of annotate_va.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span, ROC
years only in a Taiwan text and between 40 and 199, 今（N）年 / 明（N）年
carrying the ROC year of the reference year, relative words resolved from
the reference date, 上月 as a baseline after a comparison word, the
bare-day month rule, 当天/同日 repeating the latest day, 去年同期 a year
before its sentence's period, the 约占 check, the declared shared unit, the
hand-declared organizations of each article), with annotate_vb.py's UTF-16
checks (the BOM names the byte order, the other order and every byte codec
read another text or fail).  Each mention is located by a short context
string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:

- g129 is simplified (mainland, 中国证券报, 2026-11-17), stored as GB18030
  without a BOM.  Its byline holds one character that GB18030 has and GBK
  lacks (䶮 U+4DAE, CJK Extension A, GB18030 FE 9F, in the reporter's given
  name): Python's gbk, cp936 and gb2312 codecs fail on the file, gb18030
  reads it; every other character is GBK (each line without 䶮 encodes
  alike in GBK and GB18030); UTF-8 and the Big5 family fail.  䶮 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g130 is traditional (Taiwan, 中國時報, 2026-11-20), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (code units = code points) and in
  cp950 (a Taiwan text); the big-endian reading differs and no byte codec
  reads the file as the same text.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市, foreign cities by their mainland
  names).  A Taiwan text: bare 2-3 digit years before 年 are ROC years
  (114年 = 2025, 今（115）年 = 2026, 明（116）年 = 2027, 民國121年 = 2032).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho23/precedent: README, NOTES_va/vb/vc,
tools, corpus, gold) and the seed gold of /work/main/corpus as precedent.
Decisions: dev/NOTES_g129_g130.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

Changes from annotate_va.py: a GB18030 article (the declared characters are
the only ones GBK lacks) instead of GBK; a UTF-16 LE Taiwan article (from
annotate_vb.py) instead of cp950; CN_DAY and WEEKDAY defined (annotate_va.py
used them without defining them); 末 among the time characters (as in
annotate_vb.py); a Taiwan holiday table (國慶 10-10, 教師節 09-28, 光復節
10-25, 行憲紀念日 12-25) beside the mainland one (国庆 10-01); 民國N年 and
ROC dates with day (113年1月1日).  New check: every holiday DATE is
recomputed without the HOLIDAY table (fixed days by the article's region,
a table of lunar days, 今年/明年 in front or else the occurrence nearest the
reference date).  Re-run (from anywhere):

    python3 dev/tools/annotate_g129_g130.py
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
G129 = "g129_digital_rmb_pilot_cities"
G130 = "g130_taiwan_rail_thsr_ridership"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G129: ("gb18030", b"", False, "2026-11-17", "中国证券报"),
    G130: ("utf-16-le", BOM16LE, True, "2026-11-20", "中國時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G129: [], G130: []}
# characters of a GB18030 article that GBK lacks (䶮: GB18030 FE9F, a code
# GBK leaves undefined), with their GB18030 bytes
OUTSIDE_GBK = {G129: {"䶮": b"\xfe\x9f"}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G130}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审宪节师复纪购换凭阶级样厢舱吗")
# Holidays the articles name, by their exact span (2026-2027).
# g129 (mainland, 2026-11-17): 今年国庆 2026-10-01; 双11 2026-11-11 (six
# days before the publication); 元旦 2027-01-01 and 春节 / 明年春节
# 2027-02-06 (the coming ones, nearest the reference date; 正月初一 of
# 2027); 今年春节 2026-02-17 (正月初一 of 2026).
# g130 (Taiwan, 2026-11-20; GUIDELINES: Taiwan texts name Taiwan's days):
# 國慶 2026-10-10; 今年中秋節 2026-09-25 (八月十五 of 2026); 教師節
# 2026-09-28 (Taiwan's); 光復節 2026-10-25; 行憲紀念日 2026-12-25 (the
# coming one); 元旦 2027-01-01; 春節 2027-02-06 (the coming one).
HOLIDAY = {
    "今年国庆": "2026-10-01", "双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06", "明年春节": "2027-02-06",
    "今年春节": "2026-02-17",
    "國慶": "2026-10-10", "今年中秋節": "2026-09-25",
    "教師節": "2026-09-28", "光復節": "2026-10-25",
    "行憲紀念日": "2026-12-25", "春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "元旦": (1, 1), "双11": (11, 11)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "中秋節": _MOON, "中秋节": _MOON}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g129 (2026: municipalities 北京, 上海, 天津, 重庆; prefecture-level
    # cities; the county-level city 常熟 of 苏州, written with 市)
    "深圳": "深圳市", "苏州": "苏州市", "成都": "成都市", "北京": "北京市",
    "上海": "上海市", "长沙": "长沙市", "西安": "西安市", "青岛": "青岛市",
    "大连": "大连市", "天津": "天津市", "重庆": "重庆市", "广州": "广州市",
    "福州": "福州市", "厦门": "厦门市", "杭州": "杭州市", "宁波": "宁波市",
    "温州": "温州市", "湖州": "湖州市", "绍兴": "绍兴市", "金华": "金华市",
    "常熟市": "常熟市",
    # g130 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; foreign cities by their mainland names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市", "基隆": "基隆市",
    "新竹市": "新竹市", "嘉義市": "嘉义市",
    "東京": "东京", "名古屋": "名古屋", "大阪": "大阪", "首爾": "首尔",
    "釜山": "釜山",
}
# cities normalized without 市: foreign cities by their common mainland
# names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "名古屋", "大阪", "首尔", "釜山"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台灣高速鐵路股份有限公司": "台湾高速铁路股份有限公司",
    "台灣高鐵": "台湾高铁", "高鐵公司": "高铁公司", "台鐵": "台铁",
    "國營臺灣鐵路股份有限公司": "国营台湾铁路股份有限公司",
    "台鐵公司": "台铁公司", "交通部": "交通部",
    "交通部鐵道局": "交通部铁道局", "行政院": "行政院",
    "交通部公路局": "交通部公路局",
    "臺北大眾捷運股份有限公司": "台北大众捷运股份有限公司",
    "北捷": "北捷", "高雄捷運": "高雄捷运", "台中捷運": "台中捷运",
    "桃園大眾捷運公司": "桃园大众捷运公司", "桃捷": "桃捷",
    "國光客運": "国光客运", "統聯客運": "统联客运",
    "交通部觀光署": "交通部观光署", "雄獅旅遊": "雄狮旅游",
    "易遊網": "易游网", "中華經濟研究院": "中华经济研究院",
    "JR東海": "JR东海", "韓國鐵道公社": "韩国铁道公社",
    "KORAIL": "KORAIL", "統一超商": "统一超商",
    "悠遊卡公司": "悠游卡公司", "台新銀行": "台新银行",
    "玉山銀行": "玉山银行", "日立": "日立", "東芝": "东芝",
    "立法院交通委員會": "立法院交通委员会",
    "淡江大學運輸管理學系": "淡江大学运输管理学系",
}
# Chinese-numeral days and weekdays (annotate_va.py used CN_DAY and WEEKDAY
# without defining them; taken from annotate_vb.py)
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
        if enc == "gb18030":    # GB18030 proper: the declared characters are
            declared = OUTSIDE_GBK[doc_id]          # the only ones GBK lacks
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code, (c, c.encode(enc))
                assert code in raw, (doc_id, c)
                assert 0x3400 <= ord(c) <= 0x4DBF, c    # CJK Extension A
            # GBK, cp936 and GB2312 fail on the file (the declared bytes are
            # undefined there); GB18030 alone reads it
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every line without a declared character is GBK, byte for byte
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            # the Big5 family fails or reads another text
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # a little-endian file opens FF FE, then the first character's
            # low byte (g130: 高 is U+9AD8, bytes D8 9A)
            assert full[:2] == bom and full[2:4] == \
                self.text[0].encode(enc), doc_id
            assert full[:2] == (BOM16LE if enc == "utf-16-le"
                                else BOM16BE), doc_id
            if self.traditional:    # a Taiwan text: every character is in
                assert all(enc_ok(c, "cp950")   # Taiwan's Big5 (no HKSCS
                           for c in self.text), doc_id   # or mainland form)
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
            assert "民國" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
# g129 digital RMB pilot cities, November 2026: the central bank's figures
# for the first ten months (transactions, wallets, merchants, the third
# quarter), its digital currency institute and interest on wallets since
# 1 January, the pilots' history (2019-2022, 深圳罗湖's red envelopes of
# October 2020), 深圳 (the city's financial regulator, the metro, the
# cross-border bridge with the HKMA), 苏州 (the National Day red envelopes
# with four banks, 常熟's wages), 成都 (the 双11 vouchers with 京东 and
# 美团), 长沙 (the golden week), 西安 (the metro), 上海 (the international
# operation centre, the commerce commission, chains), the operating banks,
# the acquirers (银联商务, 拉卡拉, 中国银联), listed suppliers and research
# (中金公司研究部), a survey (中国支付清算协会, 艾瑞咨询), the outlook (元旦,
# 春节).  Simplified, GB18030 without BOM, 2026-11-17 (a Tuesday, ISO week
# 2026-W47), 中国证券报; the byline line ●本报记者 陈䶮 follows the title.
# 昨日 2026-11-16; 上周 2026-W46; 上月 2026-10; 今年国庆 2026-10-01; 双11
# 2026-11-11; 元旦 2027-01-01; 春节 and 明年春节 2027-02-06; 今年春节
# 2026-02-17.
# ===========================================================================
@doc
def g129():
    d = Doc(G129)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    SZ, SH, CS, XA, CSH = ("深圳市", "上海市", "长沙市", "西安市", "常熟市")
    # title (a heading that opens with 数字人民币: no city section)
    d.date("提速扩面 [[今年前10个月]]交易额", Y, "")
    d.metric("交易额增[[超四成]]\n", 40, "%", "over", "")
    # byline line ●本报记者 陈䶮: 本报 names no outlet; 䶮 in no span
    # P1 the central bank's national figures (no CITY)
    d.org("\n\n[[中国人民银行]]（以下简称")
    d.org("以下简称“[[央行]]”）昨日")
    d.date("”）[[昨日]]发布", "2026-11-16", "")
    d.date("显示，[[今年前10个月]]，数字人民币试点地区", Y, "")
    d.metric("交易金额达[[6.82万亿元]]", "6.82e12", "元", "exact", "")
    d.metric("同比增长[[43.2%]]；", "43.2", "%", "exact", "")
    d.date("截至[[10月末]]，累计", OCT, "")
    d.metric("个人钱包[[约2.38亿个]]", "2.38e8", "个", "approx", "")
    d.metric("对公钱包[[超过1200万个]]", "1200e4", "个", "over", "")
    d.metric("门店[[突破1800万家]]", "1800e4", "家", "over", "")
    d.date("其中，[[三季度]]交易笔数", "2026-Q3", "")
    d.metric("笔数达[[31.5亿笔]]", "31.5e8", "笔", "exact", "")
    d.date("较[[去年同期]]增长近五成", "2025-Q3", "")
    d.metric("增长[[近五成]]", 50, "%", "approx", "")
    d.metric("环比增长[[12.6%]]", "12.6", "%", "exact", "")
    d.metric("交易占比[[约58%]]", 58, "%", "approx", "")
    d.metric("分别占[[27%]]和", 27, "%", "exact", "")
    d.metric("27%和[[15%]]。", 15, "%", "exact", "")
    # P2 the digital currency institute, interest on wallets (no CITY)
    d.org("\n\n[[央行数字货币研究所]]（")
    d.org("以下简称“[[数研所]]”）")
    d.date("自[[今年1月1日]]起", "2026-01-01", "")
    d.date("。[[今年]]以来，钱包", Y, "")
    d.date("较[[去年末]]增长", LY, "")
    d.metric("增长[[约2.7倍]]", "2.7", "倍", "approx", "")
    d.date("由[[去年]]的不足三成", LY, "")
    d.metric("的[[不足三成]]升至", 30, "%", "under", "")
    d.metric("升至[[约45%]]", 45, "%", "approx", "")
    # P3 the pilots' history
    d.date("始于[[2019年末]]", "2019", SZ)
    d.city("首批在[[深圳]]、苏州")
    d.city("深圳、[[苏州]]、雄安")
    d.city("新区、[[成都]]及北京")
    d.city("成都及[[北京]]冬奥会")
    d.date("。[[2020年10月]]，深圳罗湖区", "2020-10", SZ)
    d.city("，[[深圳]]罗湖区")
    d.metric("发放[[5万个]]、", "5e4", "个", "exact", SZ)
    d.metric("每个[[200元]]的", 200, "元", "exact", SZ)
    d.date("。[[2021年]]试点扩大", "2021", SH)
    d.city("扩大至[[上海]]、海南")
    d.city("海南、[[长沙]]、西安")
    d.city("长沙、[[西安]]、青岛")
    d.city("西安、[[青岛]]、大连")
    d.city("青岛、[[大连]]，2022年")
    d.date("大连，[[2022年]]又新增", "2022", "大连市")
    d.city("新增[[天津]]、重庆")
    d.city("天津、[[重庆]]、广州")
    d.city("重庆、[[广州]]、福州")
    d.city("广州、[[福州]]、厦门")
    d.city("福州、[[厦门]]以及")
    d.city("赛事的[[杭州]]、宁波")
    d.city("杭州、[[宁波]]、温州")
    d.city("宁波、[[温州]]、湖州")
    d.city("温州、[[湖州]]、绍兴")
    d.city("湖州、[[绍兴]]、金华")
    d.city("绍兴、[[金华]]等地")
    d.metric("覆盖[[17个]]省份", 17, "个", "exact", "")
    d.metric("的[[26个]]地区", 26, "个", "exact", "")
    # P4 深圳: the financial regulator, the metro, the bridge with the HKMA
    d.city("\n\n[[深圳]]依然是")
    d.org("。[[深圳市地方金融管理局]]数据显示")
    d.date("数据显示，[[今年前10个月]]，深圳数字", Y, SZ)
    d.city("，[[深圳]]数字人民币交易金额")
    d.metric("交易金额[[约1.05万亿元]]", "1.05e12", "元", "approx", SZ)
    d.metric("占全国的[[15.4%]]", "15.4", "%", "exact", SZ)
    d.metric("开立钱包[[超过3600万个]]", "3600e4", "个", "over", "")
    d.date("。[[上月]]，深圳地铁", OCT, "")
    d.org("，[[深圳地铁]]全线网")
    d.metric("全线网[[17条]]线路", 17, "条", "exact", "")
    d.metric("交易[[约2100万笔]]", "2100e4", "笔", "approx", "")
    d.city("领域，[[深圳]]与香港")
    d.org("深圳与[[香港金融管理局]]（")
    d.org("（[[香港金管局]]）共同")
    d.date("数字货币桥”[[今年]]以来", Y, SZ)
    d.metric("跨境支付[[约460亿元]]", "460e8", "元", "approx", SZ)
    d.date("是[[去年]]全年", LY, SZ)
    d.metric("全年的[[1.8倍]]", "1.8", "倍", "exact", SZ)
    # P5 苏州 and 常熟
    d.city("\n\n[[苏州]]则在")
    d.org("。[[苏州市商务局]]介绍")
    d.date("介绍，[[今年国庆]]期间", "2026-10-01", "")
    d.org("联合[[工商银行]]、农业银行")
    d.org("、[[农业银行]]、中国银行")
    d.org("、[[中国银行]]和建设银行")
    d.org("和[[建设银行]]发放")
    d.metric("消费红包[[5000万元]]", "5000e4", "元", "exact", "")
    d.metric("共有[[45万名]]", "45e4", "名", "exact", "")
    d.metric("带动消费[[约4.7亿元]]", "4.7e8", "元", "approx", "")
    d.metric("撬动效应[[约9.4倍]]", "9.4", "倍", "approx", "")
    d.city("。[[苏州]]下辖")
    d.city("下辖的[[常熟市]]自")
    d.date("常熟市自[[2023年]]起", "2023", CSH)
    d.metric("已[[超过600家]]", 600, "家", "over", CSH)
    d.metric("工资[[约3.2亿元]]", "3.2e8", "元", "approx", CSH)
    # P6 成都, 长沙, 西安 (成都 only inside its bureau)
    d.org("。[[成都市商务局]]在")
    d.date("在“[[双11]]”期间", "2026-11-11", "")
    d.org("联合[[京东]]、美团")
    d.org("京东、[[美团]]发放")
    d.metric("消费券[[3亿元]]", "3e8", "元", "exact", "")
    d.metric("核销率[[超过85%]]", 85, "%", "over", "")
    d.org("，[[美团]]平台")
    d.metric("同比增长[[1.6倍]]", "1.6", "倍", "exact", "")
    d.metric("客单价[[约76元]]", 76, "元", "approx", "")
    d.city("。[[长沙]]10月1日")
    d.date("长沙[[10月1日]]至", "2026-10-01", CS)
    d.date("10月1日至[[7日]]推出", "2026-10-07", CS)
    d.metric("发放红包[[1.2万个]]", "1.2e4", "个", "exact", CS)
    d.metric("金额[[88元]]至", 88, "元", "exact", CS)
    d.metric("至[[188元]]；", 188, "元", "exact", CS)
    d.city("；[[西安]]则在")
    d.org("，[[西安地铁]]数据显示")
    d.date("数据显示，[[10月]]数字人民币乘车", OCT, XA)
    d.metric("已达[[23%]]", 23, "%", "exact", XA)
    # P7 上海 (沪 is a one-character abbreviation, 本市 deictic)
    d.city("\n\n在[[上海]]，数字人民币")
    d.org("，[[数字人民币国际运营中心]]上周")
    d.date("运营中心[[上周]]上线", "2026-W46", SH)
    d.metric("接入企业[[约120家]]", 120, "家", "approx", SH)
    d.org("。[[上海市商务委员会]]表示")
    d.org("，[[盒马]]、永辉超市")
    d.org("、[[永辉超市]]、瑞幸咖啡")
    d.org("、[[瑞幸咖啡]]等连锁")
    d.date("将于[[12月中旬]]联合", "2026-12", "")
    d.metric("带动消费[[超过20亿元]]", "20e8", "元", "over", "")
    # P8 the operating banks and the acquirers (no CITY)
    d.org("机构看，[[工商银行]]、建设银行")
    d.org("、[[建设银行]]今年前三季度")
    d.date("建设银行[[今年前三季度]]数字", Y, "")
    d.metric("分别达[[1.52万亿元]]", "1.52e12", "元", "exact", "")
    d.metric("和[[1.31万亿元]]，", "1.31e12", "元", "exact", "")
    d.org("，[[交通银行]]、邮储银行")
    d.org("、[[邮储银行]]、招商银行")
    d.org("、[[招商银行]]、兴业银行")
    d.org("、[[兴业银行]]增速")
    d.metric("增速均[[超过50%]]", 50, "%", "over", "")
    d.org("；[[网商银行]]和")
    d.org("和[[微众银行]]依托")
    d.org("依托[[支付宝]]、")
    d.org("、[[微信支付]]的流量")
    d.metric("合计[[约4200万个]]", "4200e4", "个", "approx", "")
    d.org("，[[银联商务股份有限公司]]（")
    d.org("以下简称“[[银联商务]]”）已完成")
    d.metric("已完成[[约520万台]]", "520e4", "台", "approx", "")
    d.org("，[[拉卡拉]]改造")
    d.metric("改造终端[[约180万台]]", "180e4", "台", "approx", "")
    d.org("，[[中国银联]]则推动")
    # P9 the market, listed suppliers, research (no CITY)
    d.date("板块[[上周]]累计", "2026-W46", "")
    d.metric("累计上涨[[4.6%]]", "4.6", "%", "exact", "")
    d.metric("指数[[约3.1个百分点]]", "3.1", "百分点", "approx", "")
    d.org("。[[恒生电子]]、宇信科技")
    d.org("、[[宇信科技]]、京北方")
    d.org("、[[京北方]]、四方精创")
    d.org("、[[四方精创]]等为")
    d.date("披露的[[三季度]]报告", "2026-Q3", "")
    d.metric("增长[[20%]]至60%", 20, "%", "exact", "")
    d.metric("20%至[[60%]]不等", 60, "%", "exact", "")
    d.org("。[[楚天龙]]今年前三季度")
    d.date("楚天龙[[今年前三季度]]数字", Y, "")
    d.metric("出货量[[约860万张]]", "860e4", "张", "approx", "")
    d.org("。[[中金公司研究部]]测算")
    d.date("到[[2027年末]]，", "2027", "")
    d.metric("升至[[8%左右]]", 8, "%", "approx", "")
    d.metric("目前仅[[约3.5%]]", "3.5", "%", "approx", "")
    # P10 the survey, a forecast, a scholar (no CITY)
    d.org("\n\n[[中国支付清算协会]]近日")
    d.metric("显示，[[约62%]]的受访者", 62, "%", "approx", "")
    d.date("比例较[[去年]]提高", LY, "")
    d.metric("提高[[18个百分点]]", 18, "百分点", "exact", "")
    d.metric("其中[[18岁]]至", 18, "岁", "exact", "")
    d.metric("至[[35岁]]群体", 35, "岁", "exact", "")
    d.metric("最高，达[[71%]]", 71, "%", "exact", "")
    d.org("。[[艾瑞咨询]]预计")
    d.date("预计，[[明年]]数字人民币", NY, "")
    d.metric("将[[突破3亿人]]", "3e8", "人", "over", "")
    d.org("。[[清华大学五道口金融学院]]一位")
    # P11 the outlook (no CITY)
    d.date("已披露[[元旦]]和春节", "2027-01-01", "")
    d.date("元旦和[[春节]]期间", "2027-02-06", "")
    d.org("。[[央行]]表示，将在")
    d.date("将在[[年底]]前出台", Y, "")
    d.date("并于[[明年一季度]]扩大", "2027-Q1", "")
    d.date("指出，[[今年春节]]期间", "2026-02-17", "")
    d.metric("带动消费[[约38亿元]]", "38e8", "元", "approx", "")
    d.date("，[[明年春节]]有望", "2027-02-06", "")
    audit = {
        "orgs": ["中国人民银行", "央行", "央行数字货币研究所", "数研所",
                 "深圳市地方金融管理局", "深圳地铁", "香港金融管理局",
                 "香港金管局", "苏州市商务局", "工商银行", "农业银行",
                 "中国银行", "建设银行", "成都市商务局", "京东", "美团",
                 "西安地铁", "数字人民币国际运营中心", "上海市商务委员会",
                 "盒马", "永辉超市", "瑞幸咖啡", "交通银行", "邮储银行",
                 "招商银行", "兴业银行", "网商银行", "微众银行", "支付宝",
                 "微信支付", "银联商务股份有限公司", "银联商务", "拉卡拉",
                 "中国银联", "恒生电子", "宇信科技", "京北方", "四方精创",
                 "楚天龙", "中金公司研究部", "中国支付清算协会", "艾瑞咨询",
                 "清华大学五道口金融学院"],
        "cities": ["深圳", "苏州", "成都", "北京", "上海", "长沙", "西安",
                   "青岛", "大连", "天津", "重庆", "广州", "福州", "厦门",
                   "杭州", "宁波", "温州", "湖州", "绍兴", "金华", "常熟",
                   "香港", "雄安", "海南", "浙江", "山东", "江苏", "广东",
                   "河北", "四川", "罗湖", "沪", "深港", "中国", "国内",
                   "全国", "全省", "城市", "该市", "五道口"],
        "excluded": [
            # 雄安新区 (a new area, no city), provinces (海南, 浙江省, 山东,
            # 江苏, 广东, 河北, 四川), 罗湖区 (a district of 深圳), 全国,
            # 全省, 国内, 城市 (x2), 该市 and 本市 (back-references), 沪 (x2:
            # 在沪门店, 沪深300: a one-character abbreviation), 深港 (two
            # one-character abbreviations)
            "雄安新区", "、[[海南]]、", "浙江省", "山东", "江苏", "广东",
            "河北", "四川", "罗湖区", "占[[全国]]的", "[[全省]]试点",
            "[[国内]]零售", "试点[[城市]]。", "中西部[[城市]]", "该市",
            "，[[本市]]将于", "在[[沪]]门店", "[[沪]]深300", "深港",
        ],
        # 300 of 沪深300指数 (an index's name)
        "numbers_excluded": ["沪深[[300]]指数"],
        # 过去一个月 (a duration), 一位学者 (the indefinite article), 碰一碰
        # (the tap-to-pay feature's name)
        "cn_excluded": ["过去[[一个月]]内", "[[一]]位学者", "碰[[一]]碰"],
        # POS (a terminal type)
        "latin_excluded": ["POS"],
        # time words that are no DATE: 日均 (daily average), 单月, 每月
        # (recurring), 月活跃 (monthly active), 消费月 and 消费季 (campaigns'
        # names), 明显 (clearly), 全年 (去年全年: outside the span,
        # GUIDELINES), 近日 (vague), 此后 and 目前 (no time character)
        "words_excluded": {"日均": 1, "单月": 1, "每月": 1, "月活跃": 1,
                           "消费月": 1, "消费季": 1, "明显": 1, "全年": 1,
                           "近日": 1},
        # generic heads outside ORG rows: 上市公司 (a kind), 运营机构 (x3:
        # the operating institutions as a kind), 银行 (none outside),
        # 券商 (有券商分析师), 连锁品牌
        "orgwords_excluded": {"公司": 1, "银行": 0, "运营机构": 3,
                              "券商": 1, "协会": 0, "局": 0,
                              "研究所": 0, "学院": 0, "委员会": 0,
                              "地铁": 0},
        # 央行 inside the bridge's name: 多边央行 are the central banks of
        # several places, no organization (the project is no ORG either)
        "orgstring_excluded": ["多边[[央行]]数字货币桥"],
    }
    return d, audit


# ===========================================================================
# g130 Taiwan High Speed Rail and Taiwan Railway ridership, November 2026:
# 台灣高鐵's traffic in the first ten months (the October long weekends),
# 台鐵公司's (its corporatization on 113年1月1日, the fare rise of January,
# the EMU3000 trains), the ministry's approval of 高鐵's first general fare
# rise from 明（116）年1月1日, the long weekends (中秋節 and 教師節, 國慶)
# and the busiest stations, the coming holidays (行憲紀念日, 元旦, 春節),
# the extensions to 屏東 and 宜蘭 (鐵道局, 行政院), commuting (TPASS, 北捷,
# 高雄捷運, 台中捷運, 桃捷), coach operators and package tours, Japan's and
# Korea's high-speed lines compared, ticketing and payments, the N700S
# trains and the legislature.  Traditional as Taiwan writes it (台, 占, 計畫,
# 年增, 年減, 前10月, 前3季, 第2季, 新台幣, ROC years), UTF-16 LITTLE-ENDIAN
# WITH BOM (FF FE), 2026-11-20 (a Friday, ISO week 2026-W47), 中國時報; the
# byline line 記者簡敏芳／台北報導 follows the title.  昨（19）日 and 昨日
# 2026-11-19; 上月 as a baseline after 較 in a sentence about October
# 2026-09; 國慶 2026-10-10; 今年中秋節 2026-09-25; 教師節 2026-09-28; 光復節
# 2026-10-25; 行憲紀念日 2026-12-25; 元旦 2027-01-01; 春節 2027-02-06.
# ===========================================================================
@doc
def g130():
    d = Doc(G130)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    TP, KH = "台北市", "高雄市"
    # title (its 7,000 holds a comma: no heading; 高鐵 is the railway)
    d.date("高鐵[[前10月]]運量", Y, "")
    d.metric("運量[[近7,000萬人次]]", "7000e4", "人次", "approx", "")
    d.date("創新高 [[春節]]疏運", "2027-02-06", "")
    d.metric("加開[[逾400班次]]\n", 400, "班次", "over", "")
    # byline line: the place the report is filed from
    d.city("／[[台北]]報導")
    # P1 台灣高鐵's traffic (no CITY)
    d.org("\n\n[[台灣高速鐵路股份有限公司]]（")
    d.org("（[[台灣高鐵]]）昨")
    d.date("）[[昨（19）日]]公布", "2026-11-19", "")
    d.date("，[[今（115）年前10月]]累計", Y, "")
    d.metric("旅運量達[[6,985萬人次]]", "6985e4", "人次", "exact", "")
    d.metric("年增[[6.2%]]，平均", "6.2", "%", "exact", "")
    d.metric("每日[[約23萬人次]]", "23e4", "人次", "approx", "")
    d.date("創[[民國96年]]通車", "2007", "")
    d.date("。[[10月]]單月運量", OCT, "")
    d.metric("單月運量[[約742萬人次]]", "742e4", "人次", "approx", "")
    d.date("較[[上月]]成長", SEP, "")
    d.metric("成長[[9.8%]]", "9.8", "%", "exact", "")
    d.date("受惠[[國慶]]連假及", "2026-10-10", "")
    d.date("及[[光復節]]連假", "2026-10-25", "")
    d.org("；[[高鐵公司]]預估")
    d.metric("可望[[突破8,300萬人次]]", "8300e4", "人次", "over", "")
    d.date("超越[[114年]]全年", LY, "")
    d.metric("全年的[[7,980萬人次]]", "7980e4", "人次", "exact", "")
    # P2 台鐵 (no CITY)
    d.org("\n\n[[台鐵]]方面")
    d.org("，[[國營臺灣鐵路股份有限公司]]（")
    d.org("（[[台鐵公司]]）統計")
    d.date("統計，[[前10月]]旅運量", Y, "")
    d.metric("旅運量[[約1.87億人次]]", "1.87e8", "人次", "approx", "")
    d.metric("年增[[2.4%]]", "2.4", "%", "exact", "")
    d.metric("占[[約7成]]", 70, "%", "approx", "")
    d.org("。[[台鐵公司]]表示")
    d.date("自[[113年1月1日]]改制", "2024-01-01", "")
    d.metric("縮小[[約2成]]", 20, "%", "approx", "")
    d.date("；[[今年1月]]調整", "2026-01", "")
    d.metric("由[[2.27元]]調為", "2.27", "元", "exact", "")
    d.metric("調為[[2.88元]]", "2.88", "元", "exact", "")
    d.metric("漲幅[[約26.8%]]", "26.8", "%", "approx", "")
    d.date("，[[前10月]]客運收入", Y, "")
    d.metric("年增[[約11%]]", 11, "%", "approx", "")
    d.date("自[[112年底]]全數", "2023", "")
    d.metric("增加[[約15%]]，花東", 15, "%", "approx", "")
    # P3 the fare rise, 台灣高鐵's results
    d.org("\n\n[[交通部]]日前")
    d.date("自[[明（116）年1月1日]]起", "2027-01-01", "")
    d.metric("調漲[[約5.2%]]", "5.2", "%", "approx", "")
    d.city("以[[台北]]至左營")
    d.metric("由[[1,490元]]", 1490, "元", "exact", TP)
    d.metric("調整為[[1,570元]]", 1570, "元", "exact", TP)
    d.metric("由[[2,440元]]", 2440, "元", "exact", TP)
    d.metric("調整為[[2,580元]]", 2580, "元", "exact", TP)
    d.metric("享[[75折]]至", 75, "%", "exact", "")
    d.metric("至[[88折]]優惠", 88, "%", "exact", "")
    d.org("。[[高鐵公司]]財報")
    d.date("顯示，[[前3季]]營收", Y, "")
    d.metric("約新台幣[[402億元]]", "402e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("純益[[約71.6億元]]", "71.6e8", "元", "approx", "")
    d.metric("每股純益[[1.27元]]", "1.27", "元", "exact", "")
    # P4 the long weekends and the stations (no CITY: 台北站, 台中站 and
    # 左營站 are stations)
    d.date("。[[今年中秋節]]與", "2026-09-25", "")
    d.date("與[[教師節]]連假", "2026-09-28", "")
    d.date("（[[9月25日]]至", "2026-09-25", "")
    d.date("至[[28日]]）期間", "2026-09-28", "")
    d.metric("疏運[[約132萬人次]]", "132e4", "人次", "approx", "")
    d.org("，[[台鐵]]約318萬")
    d.metric("台鐵[[約318萬人次]]", "318e4", "人次", "approx", "")
    d.date("；[[國慶]]連假（", "2026-10-10", "")
    d.date("（[[10月9日]]至11日）", "2026-10-09", "")
    d.date("至[[11日]]）高鐵", "2026-10-11", "")
    d.metric("加開[[52班次]]", 52, "班次", "exact", "")
    d.metric("運量[[約29.6萬人次]]", "29.6e4", "人次", "approx", "")
    d.date("其中[[10月9日]]單日", "2026-10-09", "")
    d.metric("運量達[[31.2萬人次]]", "31.2e4", "人次", "exact", "")
    d.metric("台北站進出[[約2,850萬人次]]", "2850e4", "人次", "approx", "")
    d.metric("台中站[[約1,420萬人次]]", "1420e4", "人次", "approx", "")
    d.metric("左營站[[約1,160萬人次]]", "1160e4", "人次", "approx", "")
    d.metric("年增[[逾1成]]", 10, "%", "over", "")
    # P5 the coming holidays
    d.org("\n\n[[台灣高鐵]]並宣布")
    d.date("，[[行憲紀念日]]連假", "2026-12-25", "")
    d.date("（[[12月25日]]至27日）", "2026-12-25", "")
    d.date("至[[27日]]）及", "2026-12-27", "")
    d.date("及[[元旦]]連假", "2027-01-01", "")
    d.metric("共[[186班次]]", 186, "班次", "exact", "")
    d.date("；[[春節]]疏運期間", "2027-02-06", "")
    d.date("（[[明年2月4日]]至", "2027-02-04", "")
    d.date("至[[14日]]）則", "2027-02-14", "")
    d.metric("加開[[逾400班次]]，疏運", 400, "班次", "over", "")
    d.date("將於[[明年1月7日]]開放", "2027-01-07", "")
    d.org("。[[高鐵公司]]分析")
    d.date("分析，[[春節]]期間", "2027-02-06", "台中市")
    d.city("以[[台中]]、台南")
    d.city("台中、[[台南]]、高雄")
    d.city("台南、[[高雄]]為主要")
    d.metric("的[[6成以上]]", 60, "%", "over", KH)
    # P6 the extensions (屏東, 宜蘭 are counties) and 台鐵's new stations
    d.org("，[[交通部鐵道局]]表示")
    d.metric("約新台幣[[554億元]]", "554e8", "元", "approx", "",
             outer="約新台幣")
    d.date("，[[今年3月]]已動工", "2026-03", "")
    d.date("預計[[民國121年]]完工", "2032", "")
    d.date("則於[[去年]]獲", LY, "")
    d.org("獲[[行政院]]核定")
    d.org("。[[台鐵]]今年啟用")
    d.date("台鐵[[今年]]啟用", Y, "")
    d.metric("啟用的[[2座]]通勤", 2, "座", "exact", "")
    d.metric("進出[[約1.2萬人次]]", "1.2e4", "人次", "approx", "")
    # P7 commuting: TPASS, the metros
    d.org("。[[交通部公路局]]統計")
    d.date("月票[[今年前10月]]累計", Y, TP)
    d.metric("使用[[約2.1億人次]]", "2.1e8", "人次", "approx", TP)
    d.metric("售出[[約68萬張]]", "68e4", "张", "approx", TP)
    d.metric("持[[1,200元]]月票", 1200, "元", "exact", TP)
    d.city("搭乘[[台北]]、新北")
    d.city("台北、[[新北]]、基隆")
    d.city("新北、[[基隆]]、桃園")
    d.city("基隆、[[桃園]]的捷運")
    d.org("捷運、[[台鐵]]及公車")
    d.city("，[[新竹市]]、嘉義市")
    d.city("、[[嘉義市]]也爭取")
    d.org("。[[臺北大眾捷運股份有限公司]]（")
    d.org("（[[北捷]]）前10月")
    d.date("北捷）[[前10月]]日均", Y, "")
    d.metric("日均運量[[約214萬人次]]", "214e4", "人次", "approx", "")
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[3.1%]]", "3.1", "%", "exact", "")
    d.org("；[[高雄捷運]]前10月")
    d.date("高雄捷運[[前10月]]運量", Y, "")
    d.metric("運量[[約7,400萬人次]]", "7400e4", "人次", "approx", "")
    d.metric("年增[[4.5%]]", "4.5", "%", "exact", "")
    d.org("，[[台中捷運]]綠線")
    d.metric("綠線[[約2,150萬人次]]", "2150e4", "人次", "approx", "")
    d.org("，[[桃園大眾捷運公司]]（")
    d.org("（[[桃捷]]）經營")
    d.metric("則[[約2,310萬人次]]", "2310e4", "人次", "approx", "")
    # P8 coach operators, package tours
    d.org("。[[國光客運]]、")
    d.org("、[[統聯客運]]前10月")
    d.date("統聯客運[[前10月]]載客量", Y, TP)
    d.metric("年減[[約6%]]", 6, "%", "approx", TP)
    d.metric("及[[約3%]]，", 3, "%", "approx", TP)
    d.city("調整[[台北]]往返")
    d.city("往返[[台中]]、台南")
    d.city("台中、[[台南]]路線")
    d.org("，[[交通部觀光署]]指出")
    d.org("，[[雄獅旅遊]]、")
    d.org("、[[易遊網]]等業者")
    d.date("行程[[今年]]銷售", Y, "")
    d.metric("銷售[[約38萬套]]", "38e4", "套", "approx", "")
    d.metric("年增[[約12%]]", 12, "%", "approx", "")
    # P9 Japan and Korea compared
    d.org("\n\n[[中華經濟研究院]]研究員")
    d.org("日本[[JR東海]]營運")
    d.city("串連[[東京]]、名古屋")
    d.city("東京、[[名古屋]]與")
    d.city("與[[大阪]]，年運量")
    d.metric("年運量[[約1.7億人次]]", "1.7e8", "人次", "approx", "大阪")
    d.org("；[[韓國鐵道公社]]（")
    d.org("（[[KORAIL]]）經營")
    d.city("連接[[首爾]]與釜山")
    d.city("與[[釜山]]，年運量")
    d.metric("年運量[[約8,700萬人次]]", "8700e4", "人次", "approx", "釜山")
    d.org("相較之下，[[台灣高鐵]]以")
    d.metric("全長[[約350公里]]", 350, "公里", "approx", "")
    d.metric("承載[[逾8,000萬人次]]", "8000e4", "人次", "over", "")
    # P10 ticketing and payments (no CITY)
    d.org("方面，[[高鐵公司]]統計")
    d.date("統計，[[今年]]以來透過", Y, "")
    d.metric("比例[[約58%]]", 58, "%", "approx", "")
    d.metric("超商購票[[約21%]]", 21, "%", "approx", "")
    d.org("其中[[統一超商]]約占")
    d.metric("通路的[[6成]]。", 60, "%", "approx", "", sep="約")
    d.org("。[[高鐵公司]]並與")
    d.org("並與[[悠遊卡公司]]合作")
    d.date("自[[今年7月]]起", "2026-07", "")
    d.metric("累計使用[[約460萬人次]]", "460e4", "人次", "approx", "")
    d.org("；[[台新銀行]]、")
    d.org("、[[玉山銀行]]推出")
    d.metric("最高達[[8%]]", 8, "%", "exact", "")
    # P11 the new trains, the legislature, a scholar (no CITY)
    d.org("\n\n[[交通部]]表示，高鐵明")
    d.date("高鐵[[明（116）年]]將", NY, "")
    d.org("引進[[日立]]與東芝")
    d.org("與[[東芝]]聯合")
    d.metric("製造的[[12列]]N700S", 12, "列", "exact", "")
    d.date("預計[[明年第2季]]投入", "2027-Q2", "")
    d.metric("增開[[約40班次]]", 40, "班次", "approx", "")
    d.metric("增加[[約18%]]", 18, "%", "approx", "")
    d.org("。[[立法院交通委員會]]昨日")
    d.date("委員會[[昨日]]審查", "2026-11-19", "")
    d.org("要求[[高鐵公司]]與台鐵公司")
    d.org("與[[台鐵公司]]在春節")
    d.date("在[[春節]]前提出", "2027-02-06", "")
    d.org("；[[淡江大學運輸管理學系]]教授")
    d.org("高鐵與[[台鐵]]應整合")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "名古屋",
                   "大阪", "首爾", "釜山", "左營", "屏東", "宜蘭", "苗栗",
                   "彰化", "雲林", "花東", "日本", "韓國", "亞洲", "台灣",
                   "臺灣", "城市", "縣市", "東海"],
        "excluded": [
            # stations (高鐵台北站, 台中站, 左營站: a city before 站 is no
            # CITY, GUIDELINES), 左營 (a district of 高雄, the terminus),
            # counties (屏東, 宜蘭, 苗栗, 彰化, 雲林), 花東 (a region),
            # a country and a continent (日本, 亞洲; 韓國 only inside the
            # ORG 韓國鐵道公社), 縣市 (跨縣市: a
            # kind), 東海道新幹線 (a line)
            "高鐵[[台北]]站", "，[[台中]]站", "[[左營]]站", "至[[左營]]為例",
            "延伸[[屏東]]", "延伸[[宜蘭]]", "苗栗", "彰化", "雲林", "花東",
            "[[日本]]JR", "[[亞洲]]前段", "跨[[縣市]]",
            "[[東海]]道新幹線",
        ],
        # 3000 of EMU3000 and 700 of N700S (train types, codes)
        "numbers_excluded": ["EMU[[3000]]型", "N[[700]]S"],
        # 一票難求 (an idiom), 居第三 (a rank)
        "cn_excluded": ["[[一]]票難求", "居第[[三]]"],
        # TPASS (x2, the commuter pass: a product), EMU (a train type), N
        # and S of N700S (a train type)
        "latin_excluded": ["[[TPASS]]月票或", "[[TPASS]]通勤", "[[EMU]]3000",
                           "[[N]]700S", "N700[[S]]"],
        # time words that are no DATE: 年增 (x6) and 年減 (year-on-year),
        # 單月 (10月單月), 單日 (x2), 每日 (x3), 日均 (x2), 每月, 月票 (x3:
        # the pass), 年運量 (x3: yearly traffic, 全年運量 included), 全年
        # (x2: 全年運量 and 114年
        # 全年, outside the span), 日前 (vague), 明顯 (clearly), 日本 is
        # excluded above
        "words_excluded": {"年增": 6, "年減": 1, "單月": 1, "單日": 2,
                           "每日": 3, "日均": 2, "每月": 1, "月票": 3,
                           "年運量": 3, "全年": 2, "日前": 1, "明顯": 1},
        # generic words outside ORG rows: 高鐵 as the railway (x11: the
        # title, 高鐵票價, 高鐵疏運, 高鐵加開, 高鐵台北站, 高鐵延伸 x2,
        # 高鐵假期, 高鐵聯名卡, 高鐵明（116）年, 高鐵與台鐵), 公司 (國營公司),
        # 捷運 (x2: the modes 捷運、台鐵, 機場捷運), 客運 (國道客運, 客運收入),
        # 銀行 (none outside)
        "orgwords_excluded": {"高鐵": 11, "公司": 1, "捷運": 2, "客運": 2,
                              "銀行": 0, "委員會": 0, "研究院": 0,
                              "大學": 0, "局": 0, "署": 0},
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
               ("近", "approx"), ("逾", "over"), ("超", "over")]
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
    unit = re.sub(r"^[个個](百分[点點])$", r"\1", unit)
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


def t2s_all(strings):
    """OpenCC t2s of each string, or None when OpenCC is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC("t2s").convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
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
    if tx in ("上月", "上月底") and before in BASELINE:
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
    for w, k in (("本周", 0), ("上周", -1), ("本週", 0), ("上週", -1)):
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
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


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
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_last_year_period(d, r)
            check_holiday(d, r)
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
