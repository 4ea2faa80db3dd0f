#!/usr/bin/env python3
"""Gold annotation for the held-out articles g119_cross_border_ecommerce_exports
and g120_taiwan_banks_profits (annotator VA).

Adapted from the precedent set's tools/annotate_wa.py (now dev/tools/annotate_g113_g114.py; copied and the data
changed; it keeps the checks of annotate_wa.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text and between 40 and 199, relative
words resolved from the reference date, the bare-day month rule, 当天
repeating the latest day, the 约占 check, the declared shared unit, the
hand-declared organizations of each article), with annotate_wc.py's check
that a non-Taiwan text writes no bare 2-3 digit year.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g119 is simplified (mainland, 国际商报, 2026-11-18), stored as GBK
  without a BOM.  Its byline holds one character that GBK has and GB2312
  lacks (赟 U+8D5F, GBK DA53, in the reporter's given name): Python's
  gb2312 codec fails on the file, gbk reads it and gb18030 reads it alike
  (GBK is a subset); every character encodes in GBK; UTF-8 and the Big5
  family fail.
- g120 is traditional (Taiwan, 經濟日報, 2026-11-26), stored as cp950
  without a BOM.  It holds one character that cp950 has and plain Big5
  lacks (碁 U+7881, cp950 F9D6, of 宏碁, the Taiwan PC maker): Python's
  big5 codec fails, cp950 reads it and Big5-HKSCS reads it alike; GBK
  and UTF-8 fail, GB18030 reads gibberish.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  Taiwan and mainland cities by their full name with 市, foreign cities by
  their mainland standard name: 雪梨 -> 悉尼).  A Taiwan text: bare 2-3
  digit years before 年 are ROC years (114年 = 2025, 今（115）年 = 2026).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho22/precedent: README, NOTES_wa/wb/wc,
tools, corpus, gold) and the seed gold of /work/main/corpus as precedent.
Decisions: dev/NOTES_g119_g120.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_wa.py: a GBK article (the declared characters are
the only ones GB2312 lacks) instead of GB18030; a cp950 Taiwan article
(the declared characters are the only ones plain Big5 lacks) instead of
UTF-8; 今（N）年 and 明（N）年 must carry the ROC year of the reference
year (+1); 上月 as a baseline after any GUIDELINES comparison word (较, 比,
与, 和, 同, 由, 从), 上月底 included; calendar periods 前N月 and 前N季 inside a
span skip the written-month check; 去年同期 must be the last DATE of its
sentence a year earlier at the same precision (from annotate_wb.py).
Re-run (from anywhere):

    python3 dev/tools/annotate_g119_g120.py
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
G119 = "g119_cross_border_ecommerce_exports"
G120 = "g120_taiwan_banks_profits"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G119: ("gbk", b"", False, "2026-11-18", "国际商报"),
    G120: ("cp950", b"", True, "2026-11-26", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G119: [], G120: []}
# characters of a GBK article that GB2312 lacks (赟: GBK DA53)
OUTSIDE_GB2312 = {G119: ["赟"]}
# characters of a cp950 article that plain Big5 lacks (碁: cp950 F9D6)
OUTSIDE_BIG5 = {G120: ["碁"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G120}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审")
# Holidays the articles name, by their exact span (2026-2027): g119
# (mainland, 2026-11-18): 双11 and 今年双11 2026-11-11 (a week before the
# publication; 今年 inside the span), 黑色星期五 2026-11-27 (the Friday
# after the fourth Thursday of November 2026, the coming one), 圣诞节
# 2026-12-25, 元旦 2027-01-01, 明年春节 2027-02-06 (正月初一 of 2027);
# g120 (Taiwan, 2026-11-26): 明年農曆春節 2027-02-06 (GUIDELINES 农历春节
# is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "今年双11": "2026-11-11",
    "黑色星期五": "2026-11-27", "圣诞节": "2026-12-25",
    "元旦": "2027-01-01", "明年春节": "2027-02-06",
    "明年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g119 (2026: municipalities 上海, 重庆; prefecture-level cities 深圳,
    # 广州, 东莞, 杭州, 宁波, 金华, 台州, 郑州, 西安; the county-level city
    # 义乌 of 金华; foreign cities by their common Chinese names)
    "深圳": "深圳市", "广州": "广州市", "东莞": "东莞市", "杭州": "杭州市",
    "宁波": "宁波市", "义乌": "义乌市", "金华": "金华市", "台州": "台州市",
    "上海": "上海市", "郑州": "郑州市", "重庆": "重庆市", "西安": "西安市",
    "洛杉矶": "洛杉矶", "达拉斯": "达拉斯", "法兰克福": "法兰克福",
    "墨尔本": "墨尔本", "迪拜": "迪拜", "利雅得": "利雅得", "华沙": "华沙",
    "布达佩斯": "布达佩斯",
    # g120 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 台中, 高雄 by their full names; mainland 上海, 蘇州, its county-level
    # city 昆山, 深圳, 廈門; 香港; foreign cities by their mainland names:
    # 雪梨 -> 悉尼, GUIDELINES)
    "台北": "台北市", "新北": "新北市", "台中": "台中市", "高雄": "高雄市",
    "紐約": "纽约", "芝加哥": "芝加哥", "洛杉磯": "洛杉矶", "雪梨": "悉尼",
    "布里斯本": "布里斯班", "胡志明市": "胡志明市", "河內": "河内",
    "金邊": "金边", "雅加達": "雅加达", "大阪": "大阪", "蘇州": "苏州市",
    "昆山": "昆山市", "廈門": "厦门市", "香港": "香港", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# mainland names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"洛杉矶", "达拉斯", "法兰克福", "墨尔本", "迪拜", "利雅得", "华沙",
          "布达佩斯", "纽约", "芝加哥", "悉尼", "布里斯班", "河内",
          "金边", "雅加达", "大阪", "香港", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市
FOREIGN_SHI = {"胡志明市"}
# spans whose normalized name is not their t2s form (+ 市): Taiwan's 雪梨
# is the mainland's 悉尼 (GUIDELINES), Taiwan's 布里斯本 the mainland's 布里斯班
CITY_ALIAS = {"雪梨": "悉尼", "布里斯本": "布里斯班"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "金管會銀行局": "金管会银行局", "美國聯準會": "美国联准会",
    "富邦金": "富邦金", "國泰金": "国泰金", "中信金": "中信金",
    "兆豐金": "兆丰金", "元大金": "元大金", "玉山金": "玉山金",
    "台新新光金": "台新新光金", "第一金": "第一金", "華南金": "华南金",
    "合庫金": "合库金", "永豐金": "永丰金", "凱基金": "凯基金",
    "中國信託商業銀行": "中国信托商业银行", "中信銀": "中信银",
    "國泰世華銀行": "国泰世华银行", "台北富邦銀行": "台北富邦银行",
    "臺灣銀行": "台湾银行", "兆豐銀行": "兆丰银行",
    "合作金庫銀行": "合作金库银行", "廣達": "广达", "緯創": "纬创",
    "宏碁": "宏碁", "玉山銀行": "玉山银行", "東京之星銀行": "东京之星银行",
    "富邦華一銀行": "富邦华一银行", "富邦人壽": "富邦人寿",
    "國泰人壽": "国泰人寿", "元大證券": "元大证券", "央行": "央行",
    "中央銀行": "中央银行",
}
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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "gbk":        # GBK proper: the declared characters are
            outside = sorted({c for c in self.text  # the only ones GB2312
                              if not enc_ok(c, "gb2312")})      # lacks
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            # every non-ASCII character is two bytes in GBK
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GB2312 fails on the file; cp936 and GB18030 (supersets of
            # GBK) read it alike; the Big5 family fails or reads another
            # text
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # GB2312 writes every line without a declared character alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        if enc == "cp950":      # Taiwan's Big5: the declared characters are
            outside = sorted({c for c in self.text  # the only ones plain
                              if not enc_ok(c, "big5")})    # Big5 lacks
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 fails on the file; Big5-HKSCS reads it alike
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # plain Big5 reads every line without a declared character alike
            # (its encoder writes ／ as A241, cp950 as A1FE: both decode to
            # ／, so the check is on decoding)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("big5") == line, line
            # the GB codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
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
# g119 cross-border e-commerce exports, November 2026: the customs
# administration's national figures for the first ten months, the commerce
# ministry's pilot zones (综试区), 深圳 (customs parcels, the city's bureau,
# leading sellers), 广州 and 东莞 (黄埔海关), 浙江's 杭州, 宁波 and 义乌 (双11
# orders), platforms (速卖通, Temu, SHEIN, TikTok Shop, 亚马逊), cross-border
# payments (外汇局, 连连国际, PingPong, the central bank's report), overseas
# warehouses in 洛杉矶, 达拉斯, 法兰克福, 墨尔本, 迪拜, 利雅得, logistics
# (菜鸟, 顺丰航空, 东航物流, 极兔速递, rail specials from 郑州, 重庆, 西安,
# 中国信保), listed sellers and the outlook.  Simplified, GBK without BOM,
# 2026-11-18 (a Wednesday, ISO week 2026-W47), 国际商报; the byline line
# 国际商报记者 王赟 follows the title.  昨日 2026-11-17; 上周 2026-W46; 本月
# 2026-11; 上月 2026-10; 双11 2026-11-11; 黑色星期五 2026-11-27; 圣诞节
# 2026-12-25; 元旦 2027-01-01; 明年春节 2027-02-06.
# ===========================================================================
@doc
def g119():
    d = Doc(G119)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV, DEC = "2026-09", "2026-10", "2026-11", "2026-12"
    Q3 = "2026-Q3"
    SZ, GZ, DG, HZ, NB, YW, JH = ("深圳市", "广州市", "东莞市", "杭州市",
                                  "宁波市", "义乌市", "金华市")
    # title (a heading that opens with 跨境: no city section)
    d.date("走强 [[今年前10个月]]多地", Y, "")
    d.metric("增速[[超两成]]\n", 20, "%", "over", "")
    # byline line: an outlet before 记者 (GUIDELINES 信报记者)
    d.org("\n\n[[国际商报]]记者 ")
    # P1 the customs administration and the commerce ministry (no CITY)
    d.org("\n\n[[海关总署]]昨日")
    d.date("海关总署[[昨日]]发布", "2026-11-17", "")
    d.date("显示，[[今年前10个月]]，我国", Y, "")
    d.metric("进出口额达[[2.36万亿元]]", "2.36e12", "元", "exact", "")
    d.metric("同比增长[[12.4%]]，其中", "12.4", "%", "exact", "")
    d.metric("其中出口[[1.87万亿元]]", "1.87e12", "元", "exact", "")
    d.metric("，增长[[15.8%]]，已接近", "15.8", "%", "exact", "")
    d.date("已接近[[去年]]全年", LY, "")
    d.metric("全年的[[2.05万亿元]]", "2.05e12", "元", "exact", "")
    d.date("增速较[[前三季度]]提高", Y, "")
    d.metric("提高[[0.6个百分点]]", "0.6", "百分点", "exact", "")
    d.org("。[[商务部电子商务司]]相关负责人")
    d.metric("全国[[165个]]跨境", 165, "个", "exact", "")
    d.metric("贡献了[[超过九成]]的", 90, "%", "over", "")
    d.date("；[[10月]]单月综试区", OCT, "")
    d.metric("综试区出口[[约2140亿元]]", "2140e8", "元", "approx", "")
    d.metric("环比增长[[9.3%]]，", "9.3", "%", "exact", "")
    d.date("，“[[双11]]”和", "2026-11-11", "")
    d.date("和“[[黑色星期五]]”前", "2026-11-27", "")
    # P2 深圳, 广州, 东莞
    d.city("\n\n[[深圳]]继续领跑")
    d.org("。[[深圳海关]]统计")
    d.city("统计，[[深圳]]前10个月")
    d.date("深圳[[前10个月]]跨境", Y, SZ)
    d.metric("出口[[约3260亿元]]", "3260e8", "元", "approx", SZ)
    d.metric("同比增长[[21.7%]]", "21.7", "%", "exact", SZ)
    d.date("截至[[10月底]]，关区", OCT, "")
    d.metric("出口包裹[[约9.8亿票]]", "9.8e8", "票", "approx", "")
    d.date("较[[去年同期]]增加近2亿票", "2025-10", "")
    d.metric("增加[[近2亿票]]", "2e8", "票", "approx", "")
    d.org("。[[深圳市商务局]]介绍")
    d.metric("已[[超过16万家]]", "16e4", "家", "over", "")
    d.org("，[[赛维时代]]、傲基")
    d.org("赛维时代、[[傲基]]等头部卖家")
    d.date("头部卖家[[三季度]]海外", Q3, "")
    d.metric("增速均[[超过20%]]", 20, "%", "over", "")
    d.city("。[[广州]]方面")
    d.org("，[[广州海关]]数据")
    d.date("显示，[[1月]]至10月广州", "2026-01", GZ)
    d.date("1月至[[10月]]广州", OCT, GZ)
    d.city("至10月[[广州]]跨境")
    d.metric("进出口[[约1580亿元]]", "1580e8", "元", "approx", GZ)
    d.metric("出口占比[[约七成]]", 70, "%", "approx", GZ)
    d.city("；[[东莞]]依托")
    d.org("依托[[黄埔海关]]推行")
    d.date("监管模式，[[上月]]出口额", OCT, DG)
    d.metric("同比增长[[26.4%]]", "26.4", "%", "exact", DG)
    # P3 浙江: 杭州, 宁波, 义乌 (浙江 is a province)
    d.org("。[[杭州海关]]数据")
    d.date("显示，[[前三季度]]杭州", Y, HZ)
    d.city("前三季度[[杭州]]、宁波")
    d.city("杭州、[[宁波]]、义乌")
    d.city("宁波、[[义乌]]三地")
    d.metric("合计[[约2380亿元]]", "2380e8", "元", "approx", YW)
    d.metric("同比增长[[19.5%]]", "19.5", "%", "exact", YW)
    d.city("所在地，[[杭州]]自")
    d.date("杭州自[[2015年3月]]获批", "2015-03", HZ)
    d.metric("卖家[[超过6.8万家]]", "6.8e4", "家", "over", HZ)
    d.city("；[[宁波]]10月")
    d.date("宁波[[10月]]出口", OCT, NB)
    d.metric("出口包裹[[约4600万单]]", "4600e4", "单", "approx", NB)
    d.metric("同比增长[[约28%]]", 28, "%", "approx", NB)
    d.org("。[[义乌市商务局]]称")
    d.date("称，[[今年双11]]期间", "2026-11-11", "")
    d.org("通过[[速卖通]]、Temu")
    d.org("速卖通、[[Temu]]、")
    d.org("Temu、[[TikTok Shop]]等平台")
    d.metric("接单量同比增长[[约35%]]", 35, "%", "approx", "")
    d.metric("占比[[近四成]]", 40, "%", "approx", "")
    # P4 platforms
    d.org("。[[阿里巴巴]]旗下")
    d.org("旗下[[速卖通]]表示")
    d.date("较[[年初]]增长约45%", Y, JH)
    d.metric("增长[[约45%]]", 45, "%", "approx", JH)
    d.city("来自[[金华]]、台州")
    d.city("金华、[[台州]]的")
    d.org("。[[拼多多]]旗下")
    d.org("旗下[[Temu]]上月")
    d.date("Temu[[上月]]在墨西哥", OCT, "")
    d.metric("环比增长[[超过50%]]", 50, "%", "over", "")
    d.org("；[[SHEIN]]称")
    d.city("其在[[广州]]周边")
    d.metric("周边的[[约1.2万家]]", "1.2e4", "家", "approx", GZ)
    d.metric("中，[[近三成]]已实现", 30, "%", "approx", GZ)
    d.org("。[[TikTok Shop]]数据显示")
    d.date("显示，[[10月]]美国站", OCT, "")
    d.metric("成交额同比增长[[约58%]]", 58, "%", "approx", "")
    d.metric("站点增长[[约42%]]", 42, "%", "approx", "")
    d.org("。[[亚马逊]]则透露")
    d.date("透露，[[今年]]年销售额", Y, "")
    d.metric("年销售额[[超过100万美元]]", "100e4", "美元", "over", "")
    d.metric("同比增长[[约20%]]。", 20, "%", "approx", "")
    # P5 cross-border payments (no CITY)
    d.org("。[[国家外汇管理局]]数据")
    d.date("显示，[[前三季度]]跨境电商项下", Y, "")
    d.metric("收汇[[约1.08万亿元]]", "1.08e12", "元", "approx", "")
    d.metric("同比增长[[16.9%]]", "16.9", "%", "exact", "")
    d.org("。[[连连国际]]、PingPong")
    d.org("连连国际、[[PingPong]]等")
    d.date("表示，[[10月]]服务", OCT, "")
    d.org("其中[[连连国际]]单月")
    d.metric("交易额[[突破300亿元]]", "300e8", "元", "over", "")
    d.org("。[[中国人民银行]]上月")
    d.date("中国人民银行[[上月]]发布", OCT, "")
    d.metric("升至[[约38%]]", 38, "%", "approx", "")
    d.date("较[[2024年]]提高", "2024", "")
    d.metric("提高[[约9个百分点]]", 9, "百分点", "approx", "")
    # P6 overseas warehouses
    d.org("。[[商务部]]数据显示，截至9月末")
    d.date("截至[[9月末]]，我国", SEP, "")
    d.metric("海外仓已[[超过2600个]]", 2600, "个", "over", "")
    d.metric("面积[[超过3500万平方米]]", "3500e4", "平方米", "over", "")
    d.metric("中小企业[[超过5万家]]", "5e4", "家", "over", "")
    d.metric("其中[[约四成]]海外仓", 40, "%", "approx", "")
    d.org("。[[纵腾集团]]今年")
    d.date("纵腾集团[[今年]]在", Y, "洛杉矶")
    d.city("今年在[[洛杉矶]]、达拉斯")
    d.city("洛杉矶、[[达拉斯]]、")
    d.city("达拉斯、[[法兰克福]]新增")
    d.metric("仓容[[约38万平方米]]", "38e4", "平方米", "approx", "法兰克福")
    d.org("；[[万邑通]]在墨尔本")
    d.city("万邑通在[[墨尔本]]的")
    d.date("将于[[12月]]投用", DEC, "墨尔本")
    d.org("。[[菜鸟集团]]表示")
    d.city("其在[[迪拜]]、利雅得")
    d.city("迪拜、[[利雅得]]的")
    d.date("海外仓[[上月]]发货量", OCT, "利雅得")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "利雅得")
    d.city("覆盖[[华沙]]、")
    d.city("华沙、[[布达佩斯]]等城市")
    # P7 logistics
    d.org("。[[菜鸟]]在11月11日")
    d.date("菜鸟在[[11月11日]]当天", "2026-11-11", "")
    d.date("11月11日[[当天]]处理", "2026-11-11", "")
    d.metric("跨境包裹[[超过800万件]]", "800e4", "件", "over", "")
    d.metric("稳定在[[500万件以上]]", "500e4", "件", "over", "")
    d.org("；[[顺丰航空]]本月")
    d.date("顺丰航空[[本月]]起", NOV, SZ)
    d.city("开通[[深圳]]至布达佩斯")
    d.city("深圳至[[布达佩斯]]全货机")
    d.metric("每周[[3班]]", 3, "班", "exact", "布达佩斯")
    d.org("；[[东航物流]]上周")
    d.date("东航物流[[上周]]宣布", "2026-W46", "上海市")
    d.city("加密[[上海]]至洛杉矶")
    d.city("上海至[[洛杉矶]]航线")
    d.metric("运力提升[[约1200吨]]", 1200, "吨", "approx", "洛杉矶")
    d.org("。[[极兔速递]]三季度")
    d.date("极兔速递[[三季度]]在东南亚", Q3, "")
    d.metric("跨境包裹[[约3.6亿件]]", "3.6e8", "件", "approx", "")
    d.metric("同比增长[[约31%]]", 31, "%", "approx", "")
    d.city("此外，[[郑州]]、重庆")
    d.city("郑州、[[重庆]]、西安")
    d.city("重庆、[[西安]]等地")
    d.date("专列[[前10个月]]累计", Y, "西安市")
    d.metric("发运[[约820列]]", 820, "列", "approx", "西安市")
    d.org("；[[中国出口信用保险公司]]（")
    d.org("以下简称“[[中国信保]]”")
    d.org("显示，[[中国信保]]前三季度")
    d.date("中国信保[[前三季度]]为", Y, "")
    d.metric("保额[[约186亿美元]]", "186e8", "美元", "approx", "")
    # P8 listed sellers (no CITY)
    d.org("。[[安克创新]]前三季度")
    d.date("安克创新[[前三季度]]营收", Y, "")
    d.metric("营收[[约218亿元]]", "218e8", "元", "approx", "")
    d.metric("同比增长[[约26%]]", 26, "%", "approx", "")
    d.org("；[[致欧科技]]三季度")
    d.date("致欧科技[[三季度]]净利润", Q3, "")
    d.metric("净利润[[约1.1亿元]]", "1.1e8", "元", "approx", "")
    d.metric("同比增长[[约15%]]；", 15, "%", "approx", "")
    d.org("；[[华凯易佰]]则表示")
    d.date("则表示，[[明年]]将把", NY, "")
    d.metric("扩大至[[60万平方米]]", "60e4", "平方米", "exact", "")
    # P9 outlook (杭州 only in the ministry's sentence)
    d.org("，[[网经社电子商务研究中心]]预计")
    d.metric("有望[[突破2.2万亿元]]", "2.2e12", "元", "over", "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.org("。[[对外经济贸易大学]]一位学者")
    d.date("随着[[圣诞节]]、元旦", "2026-12-25", "")
    d.date("圣诞节、[[元旦]]及", "2027-01-01", "")
    d.date("元旦及[[明年春节]]前", "2027-02-06", "")
    d.date("到来，[[四季度]]出口", "2026-Q4", "")
    d.metric("保持在[[15%以上]]", 15, "%", "over", "")
    d.org("。[[商务部]]表示，将于")
    d.date("将于[[12月中旬]]在杭州", DEC, HZ)
    d.city("在[[杭州]]召开")
    d.date("并在[[明年一季度]]出台", "2027-Q1", HZ)
    d.org("。[[中国国际电子商务中心研究院]]的调查")
    d.metric("显示，[[约六成]]受访卖家", 60, "%", "approx", "")
    d.date("计划在[[明年上半年]]增加", NY, "")
    d.metric("备货，[[超过三成]]计划", 30, "%", "over", "")
    audit = {
        "orgs": ["国际商报", "海关总署", "商务部电子商务司", "深圳海关",
                 "深圳市商务局", "赛维时代", "傲基", "广州海关", "黄埔海关",
                 "杭州海关", "义乌市商务局", "速卖通", "Temu", "TikTok Shop",
                 "阿里巴巴", "拼多多", "SHEIN", "亚马逊", "国家外汇管理局",
                 "连连国际", "PingPong", "中国人民银行", "商务部", "纵腾集团",
                 "万邑通", "菜鸟集团", "菜鸟", "顺丰航空", "东航物流",
                 "极兔速递", "中国出口信用保险公司", "中国信保", "安克创新",
                 "致欧科技", "华凯易佰", "网经社电子商务研究中心",
                 "对外经济贸易大学", "中国国际电子商务中心研究院"],
        "cities": ["深圳", "广州", "东莞", "杭州", "宁波", "义乌", "金华",
                   "台州", "上海", "郑州", "重庆", "西安", "洛杉矶", "达拉斯",
                   "法兰克福", "墨尔本", "迪拜", "利雅得", "华沙", "布达佩斯",
                   "浙江", "北美", "东南亚", "中东", "拉美", "欧洲", "墨西哥",
                   "巴西", "美国", "城市", "全省", "全市", "当地", "黄埔"],
        "excluded": [
            # a province (浙江), countries (墨西哥, 巴西, 美国 in 美国站),
            # regions (北美, 东南亚 x2, 中东, 拉美 x2, 欧洲), 全省, 全市,
            # 当地 (deictic), 城市 (等城市)
            "[[浙江]]的表现", "在[[墨西哥]]、", "、[[巴西]]等", "[[美国]]站",
            "位于[[北美]]", "[[东南亚]]站点", "在[[东南亚]]处理",
            "拓展[[中东]]", "等[[拉美]]市场", "和[[拉美]]市场", "[[欧洲]]线路",
            "[[全省]]首位", "[[全市]]跨境", "[[当地]]商户", "等[[城市]]。",
        ],
        "numbers_excluded": [],
        # 三地 (a collective label after a list), 一位 (a person), 首个 has
        # no numeral character
        "cn_excluded": ["义乌[[三]]地", "[[一]]位学者"],
        "latin_excluded": [],
        # time words that are no DATE: 全年 (x2: 去年全年 with 全年 outside,
        # 全年跨境电商出口), 单月 (x3: 10月单月, 创单月新高, 连连国际单月),
        # 年销售额 (an annual figure), 日均, 每周, 单周 (a week's capacity,
        # no calendar week), 周边 (around), 圣诞装饰品 (Christmas goods, no
        # date), 备货季 (a season without a year), 以来 (获批以来), 期间
        # (outside 今年双11), 前 (outside 黑色星期五 and 明年春节)
        "words_excluded": {"全年": 2, "单月": 3, "年销售额": 1, "日均": 1,
                           "每周": 1, "单周": 1, "周边": 1, "圣诞装饰品": 1,
                           "备货季": 1, "以来": 1, "期间": 1, "同期": 0,
                           "当日": 0, "目前": 1, "环节": 1},
        # generic heads outside ORG rows: 平台 (x2: 等平台, 平台竞争), 机构
        # (支付机构), 企业 (x4: 我国企业, 中小企业, 物流企业, 跨境电商企业),
        # 卖家 (x6), 海关 and 商务局 only inside ORGs
        "orgwords_excluded": {"平台": 2, "机构": 1, "海关": 0, "商务局": 0,
                              "集团": 0, "研究中心": 0, "大学": 0,
                              "研究院": 0, "航空": 0, "物流": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g120 Taiwan's financial holding companies and banks, first ten months of
# 115 (2026): the FSC's figures (金控 profits and EPS, banks' pre-tax
# profits, asset quality), the holding companies one by one (富邦金, 國泰金,
# 中信金, 兆豐金, 元大金, 玉山金, 台新新光金, the state-owned 第一金, 華南金,
# 合庫金, 永豐金, 凱基金), banks' overseas branches in 紐約, 芝加哥, 洛杉磯,
# 雪梨, 布里斯本, 胡志明市, 河內, 金邊 and plans for 雅加達 and 大阪, mainland
# branches (上海, 蘇州, 昆山, 深圳, 廈門) and 富邦華一銀行, wealth management
# in 香港 and 新加坡, life insurers and brokers, housing loans in four
# cities, bank shares, the central bank's December meeting and the outlook.
# Traditional as Taiwan writes it (台, 占, 為, 布局, 計畫, 核准, 年增, 年減,
# 新台幣, ROC years, 前10月, 前3季, 第4季), cp950 without BOM, 2026-11-26 (a
# Thursday, ISO week 2026-W48), 經濟日報; the byline line 記者林嘉琪／台北報導
# follows the title.  昨（25）日 2026-11-25; 上週 2026-W47; 上月 2026-10 (as
# a baseline after 10月: 2026-09); 今（115）年 2026, 明（116）年 2027, 113年
# 2024, 114年 2025; 明年農曆春節 2027-02-06.
# ===========================================================================
@doc
def g120():
    d = Doc(G120)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    Q4 = "2026-Q4"
    # title (its 5,200 holds a comma: no heading)
    d.date("金控[[前10月]]賺", Y, "")
    d.metric("賺[[逾5,200億元]]", "5200e8", "元", "over", "")
    d.org("元 [[富邦金]]EPS")
    d.metric("EPS [[7.85元]]居冠", "7.85", "元", "exact", "")
    # byline line: the place the report is filed from
    d.city("／[[台北]]報導")
    # P1 the FSC's totals (no CITY)
    d.org("\n\n[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）昨")
    d.date("）[[昨（25）日]]公布", "2026-11-25", "")
    d.metric("，[[13家]]金控", 13, "家", "exact", "")
    d.date("金控[[今（115）年前10月]]稅後", Y, "")
    d.metric("合計[[5,286億元]]", "5286e8", "元", "exact", "")
    d.metric("年增[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("為[[3.12元]]", "3.12", "元", "exact", "")
    d.metric("其中[[9家]]金控", 9, "家", "exact", "")
    d.metric("EPS[[超過2元]]", 2, "元", "over", "")
    d.date("。[[10月]]單月獲利", OCT, "")
    d.metric("獲利[[約486億元]]", "486e8", "元", "approx", "")
    d.date("較[[上月]]減少", SEP, "")
    d.metric("減少[[7.4%]]", "7.4", "%", "exact", "")
    d.org("，[[金管會銀行局]]官員")
    d.org("主因[[美國聯準會]]上月")
    d.date("聯準會[[上月]]再降息", OCT, "")
    d.metric("降息[[1碼]]", 1, "码", "exact", "")
    # P2 the holding companies (no CITY)
    d.org("，[[富邦金]]前10月稅後")
    d.date("富邦金[[前10月]]稅後", Y, "")
    d.metric("純益[[1,086.5億元]]", "1086.5e8", "元", "exact", "")
    d.metric("EPS [[7.85元]]，獲利", "7.85", "元", "exact", "")
    d.org("；[[國泰金]]賺")
    d.metric("賺[[962.3億元]]", "962.3e8", "元", "exact", "")
    d.metric("EPS [[6.21元]]", "6.21", "元", "exact", "")
    d.org("；[[中信金]]以")
    d.metric("以[[約681億元]]", "681e8", "元", "approx", "")
    d.metric("EPS [[3.42元]]", "3.42", "元", "exact", "")
    d.org("。[[兆豐金]]前10月")
    d.date("兆豐金[[前10月]]獲利", Y, "")
    d.metric("獲利[[約318億元]]", "318e8", "元", "approx", "")
    d.metric("年增[[9.8%]]", "9.8", "%", "exact", "")
    d.org("；[[元大金]]受惠")
    d.metric("獲利[[約335億元]]", "335e8", "元", "approx", "")
    d.metric("年增[[逾3成]]", 30, "%", "over", "")
    d.org("；[[玉山金]]、台新新光金")
    d.org("玉山金、[[台新新光金]]分別")
    d.metric("分別賺[[約262億元]]", "262e8", "元", "approx", "")
    d.metric("及[[約298億元]]", "298e8", "元", "approx", "")
    d.org("，[[第一金]]、華南金")
    d.org("第一金、[[華南金]]、")
    d.org("華南金、[[合庫金]]前10月")
    d.date("合庫金[[前10月]]EPS", Y, "")
    d.metric("分別為[[1.86元]]", "1.86", "元", "exact", "")
    d.metric("、[[1.72元]]及", "1.72", "元", "exact", "")
    d.metric("及[[1.41元]]", "1.41", "元", "exact", "")
    d.org("；[[永豐金]]、凱基金")
    d.org("永豐金、[[凱基金]]則因")
    d.metric("各為[[1.52元]]", "1.52", "元", "exact", "")
    d.metric("、[[1.18元]]。", "1.18", "元", "exact", "")
    # P3 banks (no CITY)
    d.date("本國銀行[[前10月]]稅前盈餘4", Y, "")
    d.metric("盈餘[[4,392億元]]", "4392e8", "元", "exact", "")
    d.metric("年增[[9.2%]]", "9.2", "%", "exact", "")
    d.metric("（ROA）[[0.78%]]", "0.78", "%", "exact", "")
    d.metric("（ROE）[[10.6%]]", "10.6", "%", "exact", "")
    d.date("較[[去年同期]]上升", LY, "")
    d.metric("上升[[0.05]]及", "0.05", "百分点", "exact", "",
             shared="個百分點")
    d.metric("及[[0.9個百分點]]", "0.9", "百分点", "exact", "")
    d.org("。[[中國信託商業銀行]]（")
    d.org("（[[中信銀]]）以")
    d.metric("以[[約612億元]]", "612e8", "元", "approx", "")
    d.org("，[[國泰世華銀行]]、台北富邦")
    d.org("、[[台北富邦銀行]]分居")
    d.org("，[[臺灣銀行]]、")
    d.org("臺灣銀行、[[兆豐銀行]]、")
    d.org("、[[合作金庫銀行]]前10月")
    d.date("合作金庫銀行[[前10月]]稅前", Y, "")
    d.metric("均[[突破200億元]]", "200e8", "元", "over", "")
    d.org("受惠[[廣達]]、")
    d.org("廣達、[[緯創]]、")
    d.org("緯創、[[宏碁]]等")
    d.date("較[[去年底]]成長", LY, "")
    d.metric("成長[[約8.6%]]", "8.6", "%", "approx", "")
    # P4 asset quality (no CITY)
    d.org("。[[金管會]]統計，截至10月底")
    d.date("截至[[10月底]]，本國銀行", OCT, "")
    d.metric("總餘額達[[42.8兆元]]", "42.8e12", "元", "exact", "")
    d.date("較[[上月底]]增加", SEP, "")
    d.metric("增加[[約1,860億元]]", "1860e8", "元", "approx", "")
    d.metric("逾放比率為[[0.15%]]", "0.15", "%", "exact", "")
    d.date("與[[9月底]]持平", SEP, "")
    d.metric("覆蓋率[[約925%]]", 925, "%", "approx", "")
    d.date("指出，[[今年]]以來", Y, "")
    d.metric("呆帳費用[[約312億元]]", "312e8", "元", "approx", "")
    d.date("較[[去年同期]]減少約12%", LY, "")
    d.metric("減少[[約12%]]", 12, "%", "approx", "")
    # P5 overseas branches
    d.org("。[[金管會]]統計，國銀")
    d.date("分支機構[[前3季]]稅前", Y, "")
    d.metric("盈餘[[約682億元]]", "682e8", "元", "approx", "")
    d.metric("年增[[12.8%]]", "12.8", "%", "exact", "")
    d.metric("比重[[近2成]]", 20, "%", "approx", "")
    d.date("為[[113年]]以來", "2024", "")
    d.org("。[[兆豐銀行]]在紐約")
    d.city("在[[紐約]]、芝加哥")
    d.city("紐約、[[芝加哥]]、")
    d.city("芝加哥、[[洛杉磯]]的")
    d.metric("合計獲利[[約46億元]]", "46e8", "元", "approx", "洛杉矶")
    d.org("；[[玉山銀行]]在雪梨")
    d.city("在[[雪梨]]、布里斯本")
    d.city("雪梨、[[布里斯本]]的")
    d.metric("業務量成長[[約25%]]", 25, "%", "approx", "布里斯班")
    d.org("；[[國泰世華銀行]]在胡志明市")
    d.city("在[[胡志明市]]、")
    d.city("、[[河內]]及")
    d.city("及[[金邊]]的據點")
    d.date("較[[年初]]增加", Y, "金边")
    d.metric("增加[[約18%]]", 18, "%", "approx", "金边")
    d.org("。[[中信銀]]旗下")
    d.org("旗下[[東京之星銀行]]前3季")
    d.date("東京之星銀行[[前3季]]獲利", Y, "")
    d.metric("獲利[[約1.2億美元]]", "1.2e8", "美元", "approx", "")
    # P6 expansion plans
    d.org("。[[國泰世華銀行]]計畫")
    d.date("計畫[[明年上半年]]在", NY, "雅加达")
    d.city("在[[雅加達]]增設")
    d.org("，[[玉山銀行]]則已")
    d.org("向[[金管會]]申請")
    d.city("在[[大阪]]設立")
    d.date("預計[[明年第1季]]取得", "2027-Q1", "大阪")
    d.org("；[[富邦金]]則表示")
    d.metric("約新台幣[[120億元]]", "120e8", "元", "approx", "",
             outer="約新台幣")
    # P7 mainland branches, Hong Kong and Singapore
    d.city("國銀在[[上海]]、")
    d.city("、[[蘇州]]、")
    d.city("、[[昆山]]、")
    d.city("昆山、[[深圳]]、")
    d.city("、[[廈門]]等地")
    d.date("子行[[前3季]]合計", Y, "厦门市")
    d.metric("合計獲利[[約38億元]]", "38e8", "元", "approx", "厦门市")
    d.metric("年減[[6.5%]]", "6.5", "%", "exact", "厦门市")
    d.org("；[[富邦華一銀行]]前3季")
    d.date("富邦華一銀行[[前3季]]稅後", Y, "")
    d.metric("約人民幣[[14.2億元]]", "14.2e8", "元", "approx", "",
             outer="約人民幣")
    d.date("截至[[9月底]]，國銀", SEP, "")
    d.metric("曝險總額[[約1.57兆元]]", "1.57e12", "元", "approx", "")
    d.metric("占淨值[[約0.36倍]]", "0.36", "倍", "approx", "")
    d.city("。[[香港]]、新加坡")
    d.city("香港、[[新加坡]]則是")
    d.org("，[[國泰金]]、富邦金今年")
    d.org("國泰金、[[富邦金]]今年")
    d.date("富邦金[[今年]]在兩地", Y, "新加坡")
    d.metric("分別成長[[約22%]]", 22, "%", "approx", "新加坡")
    d.metric("及[[約19%]]。", 19, "%", "approx", "新加坡")
    # P8 life insurers, brokers, housing loans
    d.date("壽險業[[前10月]]稅前損益", Y, "")
    d.metric("損益[[約2,468億元]]", "2468e8", "元", "approx", "")
    d.metric("年增[[約35%]]", 35, "%", "approx", "")
    d.metric("餘額[[約1,520億元]]", "1520e8", "元", "approx", "")
    d.org("。[[富邦人壽]]、")
    d.org("、[[國泰人壽]]前10月")
    d.date("國泰人壽[[前10月]]分別", Y, "")
    d.metric("貢獻獲利[[約712億元]]", "712e8", "元", "approx", "")
    d.metric("及[[約598億元]]", "598e8", "元", "approx", "")
    d.org("，[[元大證券]]前10月")
    d.date("元大證券[[前10月]]稅後", Y, "")
    d.metric("純益[[約176億元]]", "176e8", "元", "approx", "")
    d.metric("年增[[約41%]]", 41, "%", "approx", "")
    d.org("受[[央行]]信用管制")
    d.city("影響，[[台北]]、新北")
    d.city("台北、[[新北]]、")
    d.city("、[[台中]]及")
    d.city("及[[高雄]]等地")
    d.date("等地[[10月]]新增", OCT, "高雄市")
    d.date("較[[去年同期]]減少約15%", "2025-10", "高雄市")
    d.metric("減少[[約15%]]", 15, "%", "approx", "高雄市")
    # P9 bank shares (no CITY)
    d.date("。[[今年]]以來金融", Y, "")
    d.metric("上漲[[約16%]]", 16, "%", "approx", "")
    d.metric("大盤的[[約11%]]", 11, "%", "approx", "")
    d.date("外資[[11月]]以來", NOV, "")
    d.metric("金融股[[約380億元]]", "380e8", "元", "approx", "")
    d.date("金控[[明年]]配發", NY, "")
    d.metric("可望[[突破2,000億元]]", "2000e8", "元", "over", "")
    d.metric("介於[[4.5%]]至", "4.5", "%", "exact", "")
    d.metric("至[[5%]]。", 5, "%", "exact", "")
    # P10 the central bank and the outlook (no CITY)
    d.date("展望[[年底]]", Y, "")
    d.org("，[[中央銀行]]將於")
    d.date("將於[[12月17日]]召開", "2026-12-17", "")
    d.date("召開[[第4季]]理監事會", Q4, "")
    d.metric("維持[[2%]]不變", 2, "%", "exact", "")
    d.date("上修[[今年]]經濟", Y, "")
    d.metric("預測至[[約4.2%]]", "4.2", "%", "approx", "")
    d.org("。[[金管會]]主委")
    d.date("主委[[上週]]在", "2026-W47", "")
    d.date("表示，[[今年]]金控全年", Y, "")
    d.metric("可望[[突破6,000億元]]", "6000e8", "元", "over", "")
    d.date("超越[[114年]]全年", LY, "")
    d.metric("全年的[[5,823億元]]", "5823e8", "元", "exact", "")
    d.org("；[[金管會]]並將")
    d.date("自[[明（116）年1月]]起", "2027-01", "")
    d.date("指出，[[年底]]作帳", Y, "")
    d.date("及[[明年農曆春節]]前", "2027-02-06", "")
    d.date("支撐[[第4季]]獲利", Q4, "")
    d.metric("挑戰[[3.7元]]", "3.7", "元", "exact", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "台中", "臺中", "高雄", "台南",
                   "紐約", "芝加哥", "洛杉磯", "雪梨", "布里斯本", "胡志明",
                   "河內", "金邊", "雅加達", "大阪", "東京", "上海", "蘇州", "昆山",
                   "深圳", "廈門", "香港", "新加坡", "美國", "大陸",
                   "東南亞", "台灣", "臺灣", "城市"],
        "excluded": [
            # 美國 only inside the ORG 美國聯準會; 大陸地區 (x2: the
            # mainland), 東南亞 (a region), 兩地 (a collective label, below)
            "[[大陸]]地區方面", "對[[大陸]]地區", "擴大[[東南亞]]業務",
        ],
        # 3 in 未來3年 (a duration of the plan, no date and no figure)
        "numbers_excluded": ["未來[[3]]年"],
        # 排名第三 (a rank), 分居二、三名 (ranks), 兩地 (a collective label
        # for 香港、新加坡), 第一金 is an ORG row
        "cn_excluded": ["排名第[[三]]", "分居[[二]]、三名", "分居二、[[三]]名",
                        "在[[兩]]地"],
        # EPS (x7 outside the title's figure: a label), ROA, ROE (labels in
        # brackets)
        "latin_excluded": ["EPS雙雙", "（EPS）", "[[EPS]]超過2元",
                           "[[EPS]] 7.85元，", "[[EPS]] 6.21元", "[[EPS]] 3.42元",
                           "[[EPS]]分別", "[[EPS]]各為", "[[EPS]]可望",
                           "富邦金[[EPS]] ", "ROA", "ROE"],
        # time words that are no DATE: 年增 (x7) and 年減 (year-on-year),
        # 單月 (10月單月), 歷年同期 (past years' same period, GUIDELINES
        # 历年同月), 每股 (no 年), 全年 (x3: 114年全年, 今年金控全年 and 全年平均
        # EPS), 以來 (x4: 今年以來 x2, 113年以來, 11月以來, 併購以來), 未來3年
        # (a duration), 前 (明年農曆春節前), 明 of 說明/明顯 (none)
        "words_excluded": {"年增": 7, "年減": 1, "單月": 1, "歷年同期": 1,
                           "全年": 3, "以來": 5, "未來3年": 1, "同期": 1,
                           "當日": 0, "當天": 0},
        # generic heads outside ORG rows: 銀行 (x8: 銀行方面, 本國銀行 x3,
        # 全體銀行, 銀行業, 台資銀行, 新版銀行), 證券 (x2: 證券子公司 of
        # 永豐金 and 凱基金, 壽險與證券子公司), 金控 (generic: 13家金控, 9家
        # 金控, 個別金控, 公股金控, 多家金控, 各金控, 金控明年, 今年金控,
        # 金控董事長, the title's 金控: x10), 行庫 (公股行庫), 國銀 (x6: the
        # banks of Taiwan x3, inside 本國銀行 x3), 委員會, 聯準會, 人壽 only
        # in ORGs
        "orgwords_excluded": {"銀行": 8, "委員會": 0, "聯準會": 0,
                              "人壽": 0, "證券": 2, "金控": 10,
                              "行庫": 1, "國銀": 6},
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
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初夕宵圣聖诞誕"
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
