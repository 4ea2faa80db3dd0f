#!/usr/bin/env python3
"""Gold annotation for the held-out articles g133_mortgage_rates_housing_fund
and g134_taiwan_electricity_prices (annotator TB).

Adapted from the precedent set's tools/annotate_uc.py (now dev/tools/annotate_g129_g130.py; copied and the data
changed; it keeps the checks of annotate_uc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年 / 明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date, 上月 as a
baseline after a comparison word, the bare-day month rule, 当天/同日
repeating the latest day, 去年同期 a year before its sentence's period, the
约占 check, the declared shared unit, the hand-declared organizations of
each article), with annotate_ua.py's UTF-8-with-BOM checks, its bracketed
gloss check (check_gloss) and its 上季 check (check_quarter).  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded:

- g133 is simplified (mainland, 证券时报, 2026-11-16), stored as GB18030
  without a BOM.  Its byline holds one character that GB18030 has and GBK
  lacks, and it lies OUTSIDE THE BMP: 𬀩 (U+2C029, CJK Extension E, in the
  reporter's given name), written with GB18030's four-byte form 99 31 87 39.
  Python's gbk, cp936 and gb2312 codecs fail on the file, gb18030 reads it;
  every other character is GBK (each line without 𬀩 encodes alike in GBK
  and GB18030); UTF-8 and the Big5 family fail.  𬀩 is one code point (two
  UTF-16 code units) and stands before every span but the title's and the
  byline's outlet, so an offset counted in UTF-16 units would be one too
  high for every row of the body; it lies in no span.
  OpenCC t2s leaves the article unchanged.
- g134 is traditional (Taiwan, 自由時報, 2026-11-21), stored as UTF-8 WITH a
  BOM (EF BB BF), which is removed before offsets are counted.  Every
  character is in cp950 (a Taiwan text); the GB and Big5 codecs fail on the
  bytes or read another text.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市, foreign cities by their mainland
  names).  A Taiwan text: bare 2-3 digit years before 年 are ROC years
  (113年 = 2024, 今（115）年 = 2026, 明（116）年 = 2027, 民國119年 = 2030).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho24/precedent: README, NOTES_ua/ub/uc,
tools, corpus, gold) and the seed gold of /work/main/corpus as precedent.
Decisions: dev/NOTES_g133_g134.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

Changes from annotate_uc.py: the GB18030 article's declared character lies
outside the BMP (a four-byte GB18030 code) instead of in CJK Extension A;
a UTF-8-with-BOM Taiwan article (the BOM checks of annotate_ua.py, every
character in cp950) instead of UTF-16; 基点 (个基点) is a unit like
百分点 (GUIDELINES: 20个基点 -> 20, unit 基点); the 上月 baseline counts
from the last month its sentence states at month or day precision
(10月20日公布…与上月持平 -> 09); check_gloss and check_quarter from
annotate_ua.py.  Re-run (from anywhere):

    python3 dev/tools/annotate_g133_g134.py
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
G133 = "g133_mortgage_rates_housing_fund"
G134 = "g134_taiwan_electricity_prices"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G133: ("gb18030", b"", False, "2026-11-16", "证券时报"),
    G134: ("utf-8", BOM8, True, "2026-11-21", "自由時報"),
}
# characters outside the BMP each article declares (𬀩 U+2C029 in g133's
# byline, the reporter's given name)
OUTSIDE_BMP = {G133: ["\U0002C029"], G134: []}
# characters of a GB18030 article that GBK lacks, with their GB18030 bytes
# (𬀩: a four-byte code, first byte 0x90-0xE3 for a supplementary plane)
OUTSIDE_GBK = {G133: {"\U0002C029": b"\x99\x31\x87\x39"}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G134}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继")
# Holidays the articles name, by their exact span (2026-2027).
# g133 (mainland, 2026-11-16): 国庆 2026-10-01 (国庆假期过后 in a sentence
# about the autumn, the occurrence nearest the reference date); 元旦
# 2027-01-01 and 春节 2027-02-06 (the coming ones, nearest the reference
# date; 正月初一 of 2027).
# g134 (Taiwan, 2026-11-21): 元旦 2027-01-01; 春節 2027-02-06 (the coming
# ones, nearest the reference date).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "春節": "2027-02-06",
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
    # g133 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities)
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "杭州": "杭州市", "南京": "南京市", "苏州": "苏州市", "武汉": "武汉市",
    "无锡": "无锡市", "常州": "常州市", "成都": "成都市", "重庆": "重庆市",
    "西安": "西安市", "郑州": "郑州市", "东莞": "东莞市", "佛山": "佛山市",
    "合肥": "合肥市", "青岛": "青岛市", "厦门": "厦门市",
    # g134 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; foreign cities by their mainland names; 香港)
    "台北": "台北市", "新北": "新北市", "新北市": "新北市",
    "桃園": "桃园市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "基隆": "基隆市", "新竹市": "新竹市", "嘉義市": "嘉义市",
    "東京": "东京", "首爾": "首尔", "新加坡": "新加坡", "香港": "香港",
}
# cities normalized without 市: foreign cities by their common mainland
# names and Hong Kong (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"东京", "首尔", "新加坡", "香港"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台電": "台电", "電價審議會": "电价审议会",
    "台灣電力公司": "台湾电力公司", "經濟部": "经济部",
    "電價費率審議會": "电价费率审议会", "經濟部能源署": "经济部能源署",
    "行政院": "行政院",
    "中華民國全國工業總會": "中华民国全国工业总会", "工總": "工总",
    "台灣區電機電子工業同業公會": "台湾区电机电子工业同业公会",
    "電電公會": "电电公会", "台積電": "台积电", "聯電": "联电",
    "中鋼": "中钢", "台塑": "台塑",
    "中華民國消費者文教基金會": "中华民国消费者文教基金会",
    "消基會": "消基会",
    "沃旭能源": "沃旭能源", "達德能源": "达德能源",
    "哥本哈根基礎建設基金": "哥本哈根基础建设基金", "CIP": "CIP",
    "森崴能源": "森崴能源", "雲豹能源": "云豹能源",
    "台北市政府": "台北市政府",
    "新北市政府經濟發展局": "新北市政府经济发展局",
    "台中市政府": "台中市政府",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "立法院經濟委員會": "立法院经济委员会",
    "中華經濟研究院": "中华经济研究院", "中經院": "中经院",
    "國際能源總署": "国际能源总署", "IEA": "IEA",
    "台灣大學": "台湾大学",
    "核能安全委員會": "核能安全委员会", "核安會": "核安会",
}
# Chinese-numeral days and weekdays (from annotate_uc.py)
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
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 127 for c in self.text)    # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
                assert not decodes(full, other) or full.decode(other) != \
                    self.text, (doc_id, other)
            if self.traditional:    # a Taiwan text: every character is in
                assert all(enc_ok(c, "cp950")   # Taiwan's Big5 (no HKSCS
                           for c in self.text), doc_id   # or mainland form)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
        if enc == "gb18030":    # GB18030 proper: the declared characters are
            declared = OUTSIDE_GBK[doc_id]          # the only ones GBK lacks
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code, (c, c.encode(enc))
                assert code in raw, (doc_id, c)
                if ord(c) > 0xFFFF:     # a supplementary-plane ideograph:
                    assert 0x20000 <= ord(c) <= 0x323AF, c   # CJK Ext B-H,
                    assert len(code) == 4 and 0x90 <= code[0] <= 0xE3, c
                    assert c in OUTSIDE_BMP[doc_id], c  # a four-byte code
                    # one code point, two UTF-16 code units
                    assert len(c.encode("utf-16-le")) == 4, c
                else:                   # CJK Extension A
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
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
            # and stand before every span of the body (checked in
            # check()): a count in UTF-16 code units would shift them
            self.no_span_chars = outside
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
# g133 mortgage rates and housing provident funds, November 2026: the
# cities easing provident-fund loans since November, the LPR of 10月20日
# (unchanged on September; the May cut), 贝壳研究院's first-home and
# second-home rates of early November, the big banks and city banks, the
# repricing of existing loans (2024年10月31日), 住建部's provident-fund
# figures for the first three quarters and the rate cut of 2025年5月8日,
# local measures (杭州, 南京, 苏州/无锡/常州, 武汉), the first-tier cities'
# provident-fund centres and housing bureaus (北京, 上海, 广州, 深圳),
# transactions (国家统计局's 70 cities of October, 中指研究院's 30 cities,
# 克而瑞's top developers, 链家's 上海 resales after 国庆), central and
# western cities (成都, 重庆, 西安, 郑州, 东莞, 佛山, 合肥, 青岛, 厦门), the
# outlook (中国人民大学, 易居研究院, 元旦 and 春节, 央行, 国家金融监督管理
# 总局).  Simplified, GB18030 without BOM, 2026-11-16 (a Monday, ISO week
# 2026-W47), 证券时报; the byline line 证券时报记者 王𬀩 follows the title.
# 昨日 2026-11-15; 上周 2026-W46; 上周五 2026-11-13; 上月 2026-10 (as a
# baseline after 与/较: the month before the sentence's month); 国庆
# 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06.
# ===========================================================================
@doc
def g133():
    d = Doc(G133)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    W46 = "2026-W46"
    SZ, GZ, SH, WH = "深圳市", "广州市", "上海市", "武汉市"
    # title (a heading that opens with 多地: no city section)
    d.metric("普遍降至[[3%以下]]\n", 3, "%", "under", "")
    # byline line: the outlet before 记者 (GUIDELINES 信报记者); 𬀩 in no
    # span
    d.org("\n\n[[证券时报]]记者 ")
    # P1 the lead
    d.date("进入[[四季度]]，", "2026-Q4", "")
    d.org("。[[证券时报]]记者梳理")
    d.date("发现，[[11月]]以来", NOV, "杭州市")
    d.city("已有[[杭州]]、南京")
    d.city("杭州、[[南京]]、苏州")
    d.city("南京、[[苏州]]、武汉")
    d.city("苏州、[[武汉]]等10余个")
    d.metric("武汉等[[10余个]]城市", 10, "个", "over", WH)
    d.city("利率，[[北京]]、上海")
    d.city("北京、[[上海]]、广州、深圳等")
    d.city("上海、[[广州]]、深圳等")
    d.city("广州、[[深圳]]等一线")
    d.metric("普遍降至[[3%以下]]。", 3, "%", "under", SZ)
    # P2 the LPR (no CITY)
    d.org("方面，[[中国人民银行]]（以下简称")
    d.org("以下简称“[[央行]]”）授权")
    d.org("授权[[全国银行间同业拆借中心]]于")
    d.date("于[[10月20日]]公布", "2026-10-20", "")
    d.metric("（LPR）为[[2.9%]]", "2.9", "%", "exact", "")
    d.metric("LPR为[[3.4%]]", "3.4", "%", "exact", "")
    d.date("均与[[上月]]持平", SEP, "")
    d.date("。[[今年5月]]，5年期", "2026-05", "")
    d.metric("下调[[10个基点]]，为", 10, "基点", "exact", "")
    d.date("为[[今年]]以来首次", Y, "")
    # P3 贝壳研究院's rates
    d.org("据[[贝壳研究院]]监测")
    d.date("监测，[[11月上旬]]全国", NOV, "")
    d.metric("全国[[42个]]重点", 42, "个", "exact", "")
    d.metric("平均利率为[[3.05%]]", "3.05", "%", "exact", "")
    d.metric("住房为[[3.12%]]", "3.12", "%", "exact", "")
    d.date("分别较[[上月]]下降", OCT, "")
    d.metric("下降[[3个基点]]和", 3, "基点", "exact", "")
    d.metric("和[[2个基点]]。", 2, "基点", "exact", "")
    d.date("从同比看，[[11月上旬]]首套", NOV, "")
    d.date("较[[去年同期]]低约", "2025-11", "")
    d.metric("低[[约15个基点]]", 15, "基点", "approx", "")
    d.city("其中，[[上海]]、深圳首套")
    d.city("上海、[[深圳]]首套")
    d.metric("均在[[2.95%左右]]", "2.95", "%", "approx", SZ)
    d.city("银行在[[深圳]]执行")
    d.metric("已低至[[2.9%]]", "2.9", "%", "exact", SZ)
    # P4 the banks (no CITY: 北京, 上海, 南京 only inside bank names)
    d.org("银行端，[[工商银行]]、")
    d.org("工商银行、[[建设银行]]、")
    d.org("、[[农业银行]]、")
    d.org("农业银行、[[中国银行]]等")
    d.org("幅度，[[北京银行]]、")
    d.org("北京银行、[[上海银行]]、")
    d.org("、[[南京银行]]等城商行")
    d.org("。[[招商银行]]、平安银行")
    d.org("招商银行、[[平安银行]]相关")
    d.metric("减[[40个基点]]", 40, "基点", "exact", "")
    d.metric("即[[3%]]；", 3, "%", "exact", "")
    d.date("已于[[2024年10月31日]]完成", "2024-10-31", "")
    d.metric("降幅[[约0.5个百分点]]", "0.5", "百分点", "approx", "")
    d.metric("惠及[[约5000万户]]", "5000e4", "户", "approx", "")
    # P5 住建部's provident-fund figures (no CITY)
    d.org("。[[住房和城乡建设部]]（以下简称")
    d.org("以下简称“[[住建部]]”）数据")
    d.date("显示，[[今年前三季度]]，全国", Y, "")
    d.metric("缴存额[[约2.46万亿元]]", "2.46e12", "元", "approx", "")
    d.metric("同比增长[[5.8%]]", "5.8", "%", "exact", "")
    d.metric("住房贷款[[约1.05万亿元]]", "1.05e12", "元", "approx", "")
    d.metric("购房[[约220万套]]", "220e4", "套", "approx", "")
    d.date("自[[2025年5月8日]]起", "2025-05-08", "")
    d.metric("下调[[0.25个百分点]]至", "0.25", "百分点", "exact", "")
    d.metric("至[[2.6%]]，", "2.6", "%", "exact", "")
    d.metric("住房为[[3.075%]]", "3.075", "%", "exact", "")
    d.org("[[住建部]]上周表示")
    d.date("住建部[[上周]]表示", W46, "")
    # P6 local measures
    d.org("，[[杭州市住房公积金管理中心]]上周")
    d.date("管理中心[[上周]]宣布", W46, "")
    d.date("自[[11月20日]]起", "2026-11-20", "")
    d.metric("由[[120万元]]提高", "120e4", "元", "exact", "")
    d.metric("提高至[[150万元]]", "150e4", "元", "exact", "")
    d.metric("再上浮[[20%]]", 20, "%", "exact", "")
    d.org("。[[南京住房公积金管理中心]]昨日")
    d.date("管理中心[[昨日]]发布", "2026-11-15", "")
    d.metric("统一降至[[15%]]", 15, "%", "exact", "")
    d.city("。[[苏州]]、无锡")
    d.city("苏州、[[无锡]]、常州")
    d.city("无锡、[[常州]]等地")
    d.metric("上限提高至[[100万元]]；", "100e4", "元", "exact", "常州市")
    d.city("；[[武汉]]对今年")
    d.date("武汉对[[今年11月1日]]至", "2026-11-01", WH)
    d.date("至[[12月31日]]购买", "2026-12-31", WH)
    d.metric("每套最高[[3万元]]", "3e4", "元", "exact", WH)
    # P7 the first-tier cities
    d.org("，[[北京市住房公积金管理中心]]10月底")
    d.date("管理中心[[10月底]]将", OCT, "")
    d.metric("提高至[[160万元]]", "160e4", "元", "exact", "")
    d.org("；[[上海市公积金管理中心]]明确")
    d.date("自[[12月1日]]起", "2026-12-01", "")
    d.metric("上浮[[30%]]", 30, "%", "exact", "")
    d.org("。[[广州住房公积金管理中心]]数据")
    d.date("显示，[[今年前10个月]]，广州", Y, GZ)
    d.city("，[[广州]]公积金个人")
    d.metric("发放额[[约386亿元]]", "386e8", "元", "approx", GZ)
    d.metric("增长[[12.4%]]", "12.4", "%", "exact", GZ)
    d.org("。[[深圳市住房和建设局]]表示")
    d.city("表示，[[深圳]]10月新房")
    d.date("深圳[[10月]]新房", OCT, SZ)
    d.metric("网签量[[约4862套]]", 4862, "套", "approx", SZ)
    d.metric("环比增长[[21%]]", 21, "%", "exact", SZ)
    d.metric("网签量[[约6350套]]", 6350, "套", "approx", SZ)
    d.date("创[[今年]]以来新高", Y, SZ)
    # P8 transactions
    d.org("成交端，[[国家统计局]]上周五")
    d.date("国家统计局[[上周五]]（", "2026-11-13", "")
    d.date("（[[11月13日]]）发布", "2026-11-13", "")
    d.date("显示，[[10月]]70个", OCT, "")
    d.metric("10月[[70个]]大中", 70, "个", "exact", "")
    d.metric("城市有[[52个]]", 52, "个", "exact", "")
    d.date("较[[上月]]减少", SEP, "")
    d.metric("减少[[6个]]。", 6, "个", "exact", "")
    d.org("。[[中指研究院]]数据")
    d.date("数据显示，[[10月]]全国30个", OCT, "")
    d.metric("全国[[30个]]重点", 30, "个", "exact", "")
    d.metric("成交面积[[约1120万平方米]]", "1120e4", "平方米", "approx", "")
    d.metric("环比增长[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("同比下降[[4.2%]]", "4.2", "%", "exact", "")
    d.date("；[[今年前10个月]]累计", Y, "")
    d.metric("累计成交[[约1.02亿平方米]]", "1.02e8", "平方米", "approx", "")
    d.org("。[[克而瑞]]统计")
    d.date("房企[[10月]]销售额", OCT, "")
    d.metric("销售额[[约2870亿元]]", "2870e8", "元", "approx", "")
    d.org("其中[[保利发展控股集团股份有限公司]]（")
    d.org("以下简称“[[保利发展]]”）约312亿元")
    d.metric("）[[约312亿元]]", "312e8", "元", "approx", "")
    d.org("，[[万科]]、华润置地")
    d.org("、[[华润置地]]、")
    d.org("、[[中海地产]]、")
    d.org("、[[招商蛇口]]分列")
    d.org("。[[链家]]数据显示")
    d.date("显示，[[国庆]]假期过后", "2026-10-01", SH)
    d.city("过后，[[上海]]二手房")
    d.metric("回升至[[约850套]]", 850, "套", "approx", SH)
    d.metric("均价[[约5.9万元/平方米]]", "5.9e4", "元/平方米", "approx", SH)
    # P9 central, western and second-tier cities
    d.org("。[[成都市住房和城乡建设局]]公布")
    d.date("公布，[[10月]]成都", OCT, "成都市")
    d.city("10月[[成都]]商品住房")
    d.metric("成交[[约1.36万套]]", "1.36e4", "套", "approx", "成都市")
    d.metric("占比[[约45%]]", 45, "%", "approx", "成都市")
    d.city("；[[重庆]]、西安两地")
    d.city("重庆、[[西安]]两地")
    d.metric("分别提高至[[120万元]]和", "120e4", "元", "exact", "西安市")
    d.metric("和[[100万元]]。", "100e4", "元", "exact", "西安市")
    d.org("。[[郑州市住房保障和房地产管理局]]表示")
    d.city("在[[郑州]]市区")
    d.metric("最高[[10万元]]的契税", "10e4", "元", "exact", "郑州市")
    d.date("至[[明年6月30日]]。", "2027-06-30", "郑州市")
    d.city("此外，[[东莞]]、佛山")
    d.city("东莞、[[佛山]]已于")
    d.date("已于[[9月]]全面", SEP, "佛山市")
    d.city("；[[合肥]]、青岛")
    d.city("合肥、[[青岛]]、厦门")
    d.city("青岛、[[厦门]]则在")
    d.metric("面额[[5000元]]至", 5000, "元", "exact", "厦门市")
    d.metric("至[[2万元]]不等", "2e4", "元", "exact", "厦门市")
    # P10 the outlook (no CITY)
    d.org("后市，[[中国人民大学]]一位")
    d.metric("收窄至[[约0.4个百分点]]", "0.4", "百分点", "approx", "")
    d.org("。[[易居研究院]]预计")
    d.date("预计，[[年底]]前", Y, "")
    d.date("跟进，[[明年一季度]]5年期", "2027-Q1", "")
    d.metric("再降[[10]]至15个基点", 10, "基点", "exact", "",
             shared="个基点")
    d.metric("至[[15个基点]]；", 15, "基点", "exact", "")
    d.date("；[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.org("。[[央行]]上周表示")
    d.date("央行[[上周]]表示", W46, "")
    d.org("；[[国家金融监督管理总局]]也提出")
    audit = {
        "orgs": ["证券时报", "中国人民银行", "央行", "全国银行间同业拆借中心",
                 "贝壳研究院", "工商银行", "建设银行", "农业银行", "中国银行",
                 "北京银行", "上海银行", "南京银行", "招商银行", "平安银行",
                 "住房和城乡建设部", "住建部", "杭州市住房公积金管理中心",
                 "南京住房公积金管理中心", "北京市住房公积金管理中心",
                 "上海市公积金管理中心", "广州住房公积金管理中心",
                 "深圳市住房和建设局", "国家统计局", "中指研究院", "克而瑞",
                 "保利发展控股集团股份有限公司", "保利发展", "万科",
                 "华润置地", "中海地产", "招商蛇口", "链家",
                 "成都市住房和城乡建设局", "郑州市住房保障和房地产管理局",
                 "中国人民大学", "易居研究院", "国家金融监督管理总局"],
        "cities": ["北京", "上海", "广州", "深圳", "杭州", "南京", "苏州",
                   "武汉", "无锡", "常州", "成都", "重庆", "西安", "郑州",
                   "东莞", "佛山", "合肥", "青岛", "厦门", "天津", "长沙",
                   "宁波", "中国"],
        "excluded": [],
        # loan tenors (1年期, 5年期 x3, 5年以上: term labels of the LPR
        # and of the provident-fund rate, no figure and no DATE)
        "numbers_excluded": ["[[1年期]]贷款", "，[[5年期]]以上LPR为",
                             "5月，[[5年期]]以上", "一季度[[5年期]]以上",
                             "起，[[5年]]以上首套"],
        # 一线城市 (x2) and 二线城市 (tier labels), 二套住房 (x2, a credit
        # category, GUIDELINES), 二手房 (x2, resales), 双缴存 (both spouses
        # paying in), 百强房企 (a ranking's label), 分列第二至第五位
        # (ranks), 两地 (a collective label for the list just given),
        # 金九银十 (a season's slogan: no DATE, no figure), 一位, 新一轮,
        # 统一 (a verb: unified)
        "cn_excluded": ["比例统[[一]]降至", "等[[一]]线城市", "[[一]]线城市中", "其他[[二]]线",
                        "，[[二]]套住房为3.12%", "，[[二]]套住房为3.075%",
                        "，[[二]]手房网签量", "上海[[二]]手房",
                        "[[双]]缴存", "的[[百]]强房企", "分列第[[二]]至",
                        "至第[[五]]位", "西安[[两]]地", "“金[[九]]银",
                        "银[[十]]”", "大学[[一]]位", "新[[一]]轮"],
        # LPR (x5: the rate's name, no ORG)
        "latin_excluded": ["（[[LPR]]）", "以上[[LPR]]为3.4%",
                           "以上[[LPR]]下调", "执行“[[LPR]]减",
                           "以上[[LPR]]有望"],
        # time words that are no DATE: 日均 (daily average), 明确
        "words_excluded": {"日均": 1, "明确": 1},
        # generic words outside ORG rows: 银行 (x4: 多家银行, 股份制银行,
        # 银行端, 指导银行), 管理中心, 研究院, 局, 部 (none outside)
        "orgwords_excluded": {"银行": 4, "管理中心": 0, "研究院": 0,
                              "管理局": 0, "城乡建设局": 0,
                              "统计局": 0, "建设部": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g134 Taiwan electricity prices and power supply, November 2026: 台電's
# results for the third quarter (the loss of the first three quarters
# narrowing, the accumulated loss), the electricity price review board to
# meet in March 明（116）年, the price history (113年4月, 114年10月, the
# March and September reviews of 今年), prices per kWh, sales and costs,
# 行政院's subsidy, industry (工總, 電電公會, the big users 台積電, 聯電,
# 中鋼, 台塑), households (台電's estimate, 消基會), supply (the summer
# peak of 7月23日, reserves, new gas units), renewables (solar and
# offshore wind, the developers, corporate PPAs), consumption by city,
# the city governments (台北, 新北, 台中, 高雄, 台南, 桃園), the
# legislature and 中經院's comparisons (日本, 韓國, 東京, 首爾, 新加坡,
# 香港), nuclear (核安會), the outlook (元旦, 春節, 明（116）年4月1日, 下月).
# Traditional as Taiwan writes it (台, 占, 計畫, 年增, 年減, 前3季, 第3季,
# 上季, 上週, 新台幣, 萬瓩, 億度, ROC years), UTF-8 WITH BOM, 2026-11-21 (a
# Saturday, ISO week 2026-W47), 自由時報; the byline 〔記者陳宜君／台北報導〕
# opens the first paragraph, as the paper prints it.  昨（20）日 2026-11-20;
# 今（21）日 2026-11-21; 上週 2026-W46; 下月 2026-12; 上季 after 第3季
# 2026-Q2; 元旦 2027-01-01; 春節 2027-02-06.
# ===========================================================================
@doc
def g134():
    d = Doc(G134)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    TP = "台北市"
    # title (a heading that opens with 台電: no city section)
    d.org("[[台電]]前3季虧損收斂")
    d.date("台電[[前3季]]虧損收斂", Y, "")
    d.org(" [[電價審議會]]明年")
    d.date("審議會[[明年3月]]登場", "2027-03", "")
    # P1 with the byline: 台北 is the place the report is filed from; the
    # first sentence holds it, so its DATE/METRIC rows take 台北市 (rule)
    d.city("／[[台北]]報導")
    d.org("〕[[台灣電力公司]]（")
    d.org("（[[台電]]）昨")
    d.date("）[[昨（20）日]]公布", "2026-11-20", TP)
    d.date("公布[[今（115）年第3季]]財報", "2026-Q3", TP)
    d.date("，[[前3季]]稅前", Y, TP)
    d.metric("約新台幣[[120億元]]", "120e8", "元", "approx", TP,
             outer="約新台幣")
    d.date("較[[去年同期]]的", LY, TP)
    d.metric("的[[約386億元]]", "386e8", "元", "approx", TP)
    d.date("截至[[9月底]]累計", SEP, TP)
    d.metric("仍[[逾4,000億元]]", "4000e8", "元", "over", TP)
    d.org("。[[經濟部]]今（21）日")
    d.date("經濟部[[今（21）日]]表示", "2026-11-21", "")
    d.org("表示，[[電價費率審議會]]將於")
    d.date("將於[[明（116）年3月]]召開", "2027-03", "")
    # P2 the price history (no CITY)
    d.date("曾於[[113年4月]]大幅", "2024-04", "")
    d.metric("漲幅[[約11%]]", 11, "%", "approx", "")
    d.date("；[[114年10月]]再針對", "2025-10", "")
    d.date("。[[今年3月]]的審議會", "2026-03", "")
    d.date("自[[4月1日]]起電價凍漲", "2026-04-01", "")
    d.date("，[[9月底]]召開", SEP, "")
    d.metric("用電[[330度以下]]", 330, "度", "under", "")
    d.metric("調漲[[約3%]]，自", 3, "%", "approx", "")
    d.date("自[[10月1日]]起實施", "2026-10-01", "")
    d.org("。[[經濟部能源署]]統計，目前")
    d.metric("平均電價每度[[約3.65元]]", "3.65", "元", "approx", "")
    d.metric("住宅用戶每度[[約2.86元]]", "2.86", "元", "approx", "")
    d.metric("產業用戶每度[[約4.12元]]", "4.12", "元", "approx", "")
    # P3 台電's results (no CITY)
    d.org("\n\n[[台電]]財報顯示")
    d.date("顯示，[[前3季]]售電量", Y, "")
    d.metric("售電量[[約1,890億度]]", "1890e8", "度", "approx", "")
    d.metric("年增[[2.8%]]", "2.8", "%", "exact", "")
    d.metric("售電收入[[約5,960億元]]", "5960e8", "元", "approx", "")
    d.metric("年增[[約6%]]", 6, "%", "approx", "")
    d.metric("發電成本[[約3.92元]]", "3.92", "元", "approx", "")
    d.date("。[[第3季]]轉虧", "2026-Q3", "")
    d.metric("獲利[[約152億元]]", "152e8", "元", "approx", "")
    d.date("較[[上季]]下跌", "2026-Q2", "")
    d.metric("下跌[[約18%]]", 18, "%", "approx", "")
    d.metric("下滑[[逾1成]]", 10, "%", "over", "")
    d.org("表示，[[行政院]]今年")
    d.date("行政院[[今年]]已撥補", Y, "")
    d.metric("撥補[[1,000億元]]", "1000e8", "元", "exact", "")
    d.metric("仍達[[4,162億元]]", "4162e8", "元", "exact", "")
    d.metric("負債比率[[約91%]]", 91, "%", "approx", "")
    # P4 industry (no CITY)
    d.org("。[[中華民國全國工業總會]]（")
    d.org("（[[工總]]）指出")
    d.date("指出，[[10月]]產業電價", OCT, "")
    d.metric("平均增加[[約5%]]", 5, "%", "approx", "")
    d.org("；[[工總]]調查")
    d.metric("調查的[[逾600家]]", 600, "家", "over", "")
    d.metric("中，[[近4成]]表示", 40, "%", "approx", "")
    d.org("。[[台灣區電機電子工業同業公會]]（")
    d.org("（[[電電公會]]）則")
    d.org("因應。[[台積電]]、聯電")
    d.org("台積電、[[聯電]]、")
    d.org("、[[中鋼]]、")
    d.org("、[[台塑]]等")
    d.date("用電大戶[[去年]]用電量", LY, "")
    d.metric("合計[[約410億度]]", "410e8", "度", "approx", "")
    d.metric("全台用電[[約15%]]", 15, "%", "approx", "")
    d.org("其中[[台積電]]約占")
    d.metric("約占[[9%]]", 9, "%", "approx", "", sep="約")
    # P5 households (no CITY)
    d.org("方面，[[台電]]試算")
    d.metric("若每月用電[[350度]]", 350, "度", "exact", "")
    d.metric("電費[[約1,020元]]", 1020, "元", "approx", "")
    d.date("若[[明年4月]]住宅", "2027-04", "")
    d.metric("調漲[[5%]]，每戶", 5, "%", "exact", "")
    d.metric("約增加[[51元]]", 51, "元", "approx", "", sep="約")
    d.org("。[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）則呼籲")
    # P6 supply (no CITY)
    d.date("方面，[[今年6月]]至9月", "2026-06", "")
    d.date("至[[9月]]用電旺季", SEP, "")
    d.date("負載於[[7月23日]]創下", "2026-07-23", "")
    d.metric("創下[[4,210萬瓩]]的", "4210e4", "瓩", "exact", "")
    d.date("較[[去年]]增加約2.4%", LY, "")
    d.metric("增加[[約2.4%]]", "2.4", "%", "approx", "")
    d.metric("最高供電[[約1,020萬瓩]]", "1020e4", "瓩", "approx", "")
    d.metric("維持在[[6%以上]]", 6, "%", "over", "")
    d.org("。[[台電]]預估")
    d.metric("維持在[[約8%]]", 8, "%", "approx", "")
    d.date("；[[明年]]大潭", NY, "")
    d.metric("裝置容量[[約300萬瓩]]", "300e4", "瓩", "approx", "")
    # P7 renewables (no CITY: 哥本哈根 only inside the fund's name)
    d.org("方面，[[經濟部能源署]]統計，截至")
    d.date("截至[[10月底]]，太陽光電", OCT, "")
    d.metric("裝置容量[[約1,450萬瓩]]", "1450e4", "瓩", "approx", "")
    d.metric("離岸風電[[約380萬瓩]]", "380e4", "瓩", "approx", "")
    d.metric("升至[[約13.6%]]", "13.6", "%", "approx", "")
    d.date("距離[[民國119年]]占比", "2030", "")
    d.metric("占比[[30%]]的目標", 30, "%", "exact", "")
    d.date("；[[今年前10月]]綠電", Y, "")
    d.metric("轉供量[[約98億度]]", "98e8", "度", "approx", "")
    d.metric("年增[[約35%]]", 35, "%", "approx", "")
    d.org("。[[沃旭能源]]、達德")
    d.org("、[[達德能源]]、")
    d.org("、[[哥本哈根基礎建設基金]]（")
    d.org("（[[CIP]]）等")
    d.org("。[[森崴能源]]、")
    d.org("、[[雲豹能源]]等")
    d.org("，[[台積電]]今年已與")
    d.date("台積電[[今年]]已與", Y, "")
    d.org("已與[[沃旭能源]]簽下")
    # P8 consumption by city
    d.org("，[[台電]]統計，今年前10月住宅")
    d.date("統計，[[今年前10月]]住宅用電", Y, "新北市")
    d.city("以[[新北市]]約112億度")
    d.metric("新北市[[約112億度]]", "112e8", "度", "approx", "新北市")
    d.city("，[[台中]]約86億度")
    d.metric("台中[[約86億度]]", "86e8", "度", "approx", "台中市")
    d.city("、[[高雄]]約85億度")
    d.metric("高雄[[約85億度]]", "85e8", "度", "approx", "高雄市")
    d.city("、[[台北]]約80億度")
    d.metric("台北[[約80億度]]", "80e8", "度", "approx", TP)
    d.city("、[[桃園]]約71億度")
    d.metric("桃園[[約71億度]]", "71e8", "度", "approx", "桃园市")
    d.city("；[[基隆]]、新竹市")
    d.city("基隆、[[新竹市]]、")
    d.city("、[[嘉義市]]住宅用電")
    d.metric("年增[[3.1%]]、", "3.1", "%", "exact", "嘉义市")
    d.metric("、[[4.6%]]及", "4.6", "%", "exact", "嘉义市")
    d.metric("及[[2.2%]]，增幅", "2.2", "%", "exact", "嘉义市")
    # P9 the city governments
    d.org("。[[台北市政府]]今年推動")
    d.date("台北市政府[[今年]]推動", Y, "")
    d.date("，[[前10月]]所屬機關", Y, "")
    d.metric("年減[[約4.5%]]", "4.5", "%", "approx", "")
    d.org("；[[新北市政府經濟發展局]]統計")
    d.city("統計，[[新北]]今年新增")
    d.date("新北[[今年]]新增", Y, "新北市")
    d.metric("太陽光電[[約8.6萬瓩]]", "8.6e4", "瓩", "approx", "新北市")
    d.org("。[[台中市政府]]則要求")
    d.date("降載，[[今年前10月]]燃煤量", Y, "")
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[約12%]]", 12, "%", "approx", "")
    d.org("；[[高雄市政府經濟發展局]]表示")
    d.city("表示，[[高雄]]已有")
    d.metric("已有[[超過1,200家]]", 1200, "家", "over", "高雄市")
    d.city("。[[台南]]、桃園也")
    d.city("台南、[[桃園]]也相繼")
    d.metric("新台幣[[50萬元]]", "50e4", "元", "exact", "桃园市",
             outer="新台幣")
    # P10 the legislature and the price comparisons
    d.org("\n\n[[立法院經濟委員會]]上週")
    d.date("委員會[[上週]]審查", "2026-W46", "")
    d.org("審查[[台電]]明年預算")
    d.date("台電[[明年]]預算", NY, "")
    d.org("。[[中華經濟研究院]]（")
    d.org("（[[中經院]]）研究員")
    d.org("引用[[國際能源總署]]（")
    d.org("（[[IEA]]）資料")
    d.metric("日本的[[4成]]", 40, "%", "exact", "")
    d.metric("韓國的[[8成]]", 80, "%", "exact", "")
    d.city("比較，[[台北]]住宅電價")
    d.city("僅及[[東京]]的")
    d.metric("東京的[[三分之一]]", "33.3333333333", "%", "exact", "东京")
    d.city("、[[首爾]]的7成")
    d.metric("首爾的[[7成]]", 70, "%", "exact", "首尔")
    d.city("與[[新加坡]]、香港")
    d.city("新加坡、[[香港]]相比")
    d.metric("調漲[[10%]]至15%", 10, "%", "exact", "")
    d.metric("至[[15%]]。", 15, "%", "exact", "")
    # P11 nuclear (no CITY)
    d.org("\n\n[[台灣大學]]一位")
    d.org("，[[核能安全委員會]]（")
    d.org("（[[核安會]]）應")
    d.org("；[[台電]]回應")
    d.date("將在[[明年上半年]]前", NY, "")
    # P12 the outlook (no CITY)
    d.org("後市，[[台電]]表示，元旦")
    d.date("，[[元旦]]及春節", "2027-01-01", "")
    d.date("及[[春節]]連假", "2027-02-06", "")
    d.date("；[[明（116）年4月1日]]起", "2027-04-01", "")
    d.org("。[[經濟部]]也將")
    d.date("於[[下月]]公布", "2026-12", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "首爾",
                   "新加坡", "香港", "哥本哈根", "日本", "韓國", "台灣",
                   "臺灣", "縣市", "大潭", "興達"],
        "excluded": [
            # 縣市 (a kind), 台灣 (once outside ORGs: the island, no city),
            # countries (日本, 韓國), power plants named after their
            # sites (大潭 in 桃園's 觀音區, 興達 in 高雄's 永安區: no city)
            "從[[縣市]]來看", "，[[台灣]]住宅電價", "[[日本]]的4成",
            "[[韓國]]的8成", "明年[[大潭]]", "、[[興達]]等",
        ],
        "numbers_excluded": [],
        # 第三階段 (an ordinal), 核三廠 (a plant's name), 一般家庭 (一般:
        # ordinary), 一位, 新一波
        "cn_excluded": ["第[[三]]階段", "核[[三]]廠", "[[一]]般家庭",
                        "大學[[一]]位", "新[[一]]波"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (x5: four year-on-year, and
        # 去年增加 across the DATE 去年, precedent UA) and 年減,
        # 每月 (x5), 近年 (vague), 旺季 (a season, inside 今年6月至9月
        # 用電旺季期間), 今冬 (SPEC: a season without a year word), 天然氣,
        # 節電 (x2: saving power), 明顯
        "words_excluded": {"年增": 5, "年減": 1, "每月": 5, "近年": 1,
                           "旺季": 1, "今冬": 1, "天然氣": 1, "節電": 2,
                           "明顯": 1},
        # generic words outside ORG rows: 審議會 (x2: 今年3月的審議會,
        # 召開的審議會, back-references), 政府 (x3: 地方政府, 政府應,
        # 政府撥補), 公司 (該公司, a back-reference)
        "orgwords_excluded": {"審議會": 2, "政府": 3, "公司": 1,
                              "委員會": 0, "研究院": 0, "大學": 0,
                              "公會": 0, "能源署": 0, "基金": 0},
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


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）) is its own mention and
    must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_vc.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    if prev:
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
            check_gloss(d, r)
            check_quarter(d, r)
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
