#!/usr/bin/env python3
"""Gold annotation for the held-out articles g113_mobile_payment_rural_towns
and g114_taiwan_city_budgets_metro (annotator WA).

Adapted from the precedent set's tools/annotate_za.py (now dev/tools/annotate_g107_g108.py; copied and the data
changed; it keeps the checks of annotate_za.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text and between 40 and 199, relative
words resolved from the reference date, the bare-day month rule, the
hand-declared organizations of each article), with annotate_zc.py's softer
UTF-8 check (a legacy codec may read the bytes only as another text), its
约占 check and its check that a figure before a range joiner declares the
shared unit.  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded:

- g113 is simplified (mainland, 金融时报, 2026-11-16), stored as GB18030
  without a BOM.  Its byline holds one character that GB18030 has and GBK
  lacks (䶮 U+4DAE, GB18030 FE 9F, in the reporter's given name): Python's
  gbk (and cp936, gb2312) codec fails on the file, gb18030 reads it; every
  line without 䶮 reads alike in GBK; every non-ASCII character is two
  bytes; UTF-8 and the Big5 family fail.
- g114 is traditional (Taiwan, 自由時報, 2026-11-25), stored as UTF-8
  without a BOM; the GB and Big5 codecs fail on its bytes.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; Taiwan cities by their full name with 市, foreign cities by
  their mainland standard name).  A Taiwan text: bare 2-3 digit years
  before 年 are ROC years (116年度 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho21/precedent: README, NOTES_za/zb/zc,
tools, corpus, gold) and the seed gold of /work/main/corpus as precedent.
Decisions: dev/NOTES_g113_g114.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_za.py: a GB18030 article (the declared characters
are the only ones GBK lacks) instead of GBK; a UTF-8 Taiwan article
instead of Big5; 今（N）日 and 明（N）日 are checked against the reference
date (the bracketed day must agree); 約 before 占 (約占4成) must give
approx; a figure before a range or list joiner and a figure with a unit
must declare the shared unit.  Re-run (from anywhere):

    python3 dev/tools/annotate_g113_g114.py
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
G113 = "g113_mobile_payment_rural_towns"
G114 = "g114_taiwan_city_budgets_metro"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G113: ("gb18030", b"", False, "2026-11-16", "金融时报"),
    G114: ("utf-8", b"", True, "2026-11-25", "自由時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G113: [], G114: []}
# characters of a GB18030 article that GBK lacks (䶮: GB18030 FE 9F)
OUTSIDE_GBK = {G113: ["䶮"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G114}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办")
# Holidays the articles name, by their exact span (2026-2027): 今年双11
# 2026-11-11 (five days before g113's publication, one span); 元旦
# 2027-01-01 and 春节 2027 = 正月初一 = 2027-02-06 (the coming ones); g114
# (Taiwan): 元旦 2027-01-01 (the coming one), 今年元旦 2026-01-01, 聖誕節
# 2026-12-25, 明年農曆春節 2027-02-06 (GUIDELINES 农历春节 is 春节).
HOLIDAY = {
    "今年双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年元旦": "2026-01-01", "聖誕節": "2026-12-25",
    "明年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g113 (2026: prefecture-level cities 衢州, 丽水, 南充, 达州, 广元, 赣州,
    # 龙岩, 临沂, 菏泽, 周口; county-level cities 瑞金 of 赣州, 义乌 of 金华,
    # 晋江 of 泉州)
    "衢州": "衢州市", "丽水": "丽水市", "南充": "南充市", "达州": "达州市",
    "广元": "广元市", "赣州": "赣州市", "瑞金": "瑞金市", "龙岩": "龙岩市",
    "临沂": "临沂市", "菏泽": "菏泽市", "周口": "周口市", "义乌": "义乌市",
    "晋江": "晋江市",
    # g114 (traditional spans; Taiwan's special municipalities and the
    # provincial cities 基隆, 新竹市 with 市; foreign cities by their
    # mainland names)
    "台北": "台北市", "新北": "新北市", "新北市": "新北市", "桃園": "桃园市",
    "台中": "台中市", "台中市": "台中市", "高雄": "高雄市",
    "高雄市": "高雄市", "台南": "台南市", "新竹市": "新竹市", "基隆": "基隆市",
    "東京": "东京", "新加坡": "新加坡",
}
# cities normalized without 市: foreign cities by their common mainland
# names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "市府": "市府", "台北市議會交通委員會": "台北市议会交通委员会",
    "台北市政府捷運工程局": "台北市政府捷运工程局",
    "北市捷運局": "北市捷运局", "北市府": "北市府",
    "新北市議會": "新北市议会",
    "新北市政府捷運工程局": "新北市政府捷运工程局",
    "新北市捷運局": "新北市捷运局", "新北捷運公司": "新北捷运公司",
    "桃園市議會": "桃园市议会",
    "桃園市政府捷運工程局": "桃园市政府捷运工程局",
    "桃園市捷運局": "桃园市捷运局", "桃園捷運公司": "桃园捷运公司",
    "桃捷": "桃捷", "台中市議會": "台中市议会",
    "台中市政府交通局": "台中市政府交通局", "行政院": "行政院",
    "台中捷運公司": "台中捷运公司", "中捷": "中捷",
    "高雄市議會": "高雄市议会",
    "高雄市政府捷運工程局": "高雄市政府捷运工程局",
    "高市捷運局": "高市捷运局", "高雄捷運公司": "高雄捷运公司",
    "高捷": "高捷", "交通部鐵道局": "交通部铁道局",
    "國家發展委員會": "国家发展委员会", "國發會": "国发会",
    "桃園捷運": "桃园捷运", "行政院主計總處": "行政院主计总处",
    "主計總處": "主计总处",
    "中華民國營造工程工業同業公會全國聯合會":
        "中华民国营造工程工业同业公会全国联合会",
    "營造公會全聯會": "营造公会全联会", "中華工程": "中华工程", "大陸工程": "大陆工程",
    "台灣世曦工程顧問公司": "台湾世曦工程顾问公司",
    "台北捷運公司": "台北捷运公司", "北捷": "北捷",
    "台北市交通局": "台北市交通局", "台北市議會": "台北市议会",
    "新北市府": "新北市府",
}
# Chinese-numeral days (none written here; kept for the day check)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "gb18030":    # GB18030 proper: the declared characters are
            outside = sorted({c for c in self.text  # the only ones GBK lacks
                              if not enc_ok(c, "gbk")})
            assert outside == sorted(OUTSIDE_GBK[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            # every non-ASCII character is two bytes (䶮 is FE 9F, a
            # two-byte code of GB18030's own; no four-byte sequence)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GBK (cp936) and GB2312 fail on the file; the Big5 family
            # fails or reads another text
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # GBK writes every line without a declared character alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
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
            for w in TAIWAN_MARKERS:
                assert w not in self.text, (doc_id, w)
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
# g113 mobile payment and the digital yuan in county towns and villages,
# November 2026: the central bank's quarterly payment data for rural areas,
# its payment department at an on-site meeting in 衢州, the digital yuan in
# counties (数字货币研究所, 邮储银行, 农业银行), 丽水's payment stations and
# 缙云's flatbread vendors, 四川's first village bank in 南充 and the
# province's rural bank federation, 赣州's navel-orange purchases and
# 龙岩's medical-insurance payments, payment institutions (支付宝, 财付通,
# 银联商务, 拉卡拉, 网商银行), fee cuts and regulators, research and outlook.
# Simplified, GB18030 without BOM, 2026-11-16 (a Monday, ISO week 2026-W47),
# 金融时报; the byline line 金融时报记者 吴䶮 follows the title.  上周 is
# 2026-W46; 昨日 2026-11-15; 上月 2026-10; 本月 2026-11; 双11 2026-11-11;
# 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g113():
    d = Doc(G113)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    QZ, LS, NC, GY, GZ, RJ, LY_, LINYI, ZK, YW = (
        "衢州市", "丽水市", "南充市", "广元市", "赣州市", "瑞金市", "龙岩市",
        "临沂市", "周口市", "义乌市")
    # title (a heading that opens with 县域: no city section)
    d.date("下沉 [[前三季度]]农村", Y, "")
    d.metric("同比增长[[13.8%]]\n", "13.8", "%", "exact", "")
    # byline line: an outlet before 记者 (GUIDELINES 信报记者)
    d.org("\n\n[[金融时报]]记者 ")
    # P1 the central bank's quarterly payment data (no CITY)
    d.org("\n\n[[中国人民银行]]上周发布")
    d.date("中国人民银行[[上周]]发布", "2026-W46", "")
    d.date("显示，[[今年前三季度]]，农村", Y, "")
    d.metric("移动支付业务[[1286.4亿笔]]", "1286.4e8", "笔", "exact", "")
    d.metric("金额[[78.62万亿元]]", "78.62e12", "元", "exact", "")
    d.metric("分别增长[[16.2%]]和", "16.2", "%", "exact", "")
    d.metric("16.2%和[[13.8%]]，", "13.8", "%", "exact", "")
    d.date("较[[上半年]]提高", Y, "")
    d.metric("提高[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    d.date("截至[[9月末]]，农村地区", SEP, "")
    d.metric("结算账户[[约72.6亿户]]", "72.6e8", "户", "approx", "")
    d.metric("服务点[[约68.3万个]]", "68.3e4", "个", "approx", "")
    d.metric("商户[[超过4300万户]]", "4300e4", "户", "over", "")
    d.date("较[[去年同期]]增加约410万户", "2025-09", "")
    d.metric("增加[[约410万户]]", "410e4", "户", "approx", "")
    # P2 the on-site meeting in 衢州 (the first sentence after the quote
    # takes 衢州市)
    d.date("”[[11月12日]]，在浙江衢州", "2026-11-12", QZ)
    d.city("在浙江[[衢州]]召开")
    d.org("现场会上，[[央行支付结算司]]相关负责人")
    d.date("表示，[[今年]]以来，人民银行", Y, QZ)
    d.org("以来，[[人民银行]]指导")
    d.date("截至[[10月底]]，全国已有", OCT, QZ)
    d.metric("全国已有[[2.1万个]]乡镇", "2.1e4", "个", "exact", QZ)
    d.metric("乡镇总数的[[近六成]]", 60, "%", "approx", QZ)
    d.date("比例由[[2023年]]的", "2023", "")
    d.metric("2023年的[[41%]]提高", 41, "%", "exact", "")
    d.metric("提高至[[58%]]。", 58, "%", "exact", "")
    # P3 the digital yuan in counties (no CITY)
    d.org("。[[中国人民银行数字货币研究所]]数据")
    d.date("数据显示，[[10月份]]，试点", OCT, "")
    d.metric("交易金额[[约2860亿元]]", "2860e8", "元", "approx", "")
    d.metric("环比增长[[7.4%]]；", "7.4", "%", "exact", "")
    d.date("截至[[10月末]]，县域累计", OCT, "")
    d.metric("个人钱包[[突破1.5亿个]]", "1.5e8", "个", "over", "")
    d.org("。[[邮储银行]]、农业银行")
    d.org("邮储银行、[[农业银行]]在涉农")
    d.metric("金额合计[[超过420亿元]]", "420e8", "元", "over", "")
    d.metric("覆盖农户[[约1900万户]]", "1900e4", "户", "approx", "")
    d.metric("到账时间缩短至[[2.3分钟]]", "2.3", "分钟", "exact", "")
    # P4 丽水 and 缙云 (the 缙云 sentence has no CITY: 缙云 is a county)
    d.date("记者[[昨日]]从中国人民银行", "2026-11-15", LS)
    d.org("昨日从[[中国人民银行浙江省分行]]获悉")
    d.city("获悉，[[丽水]]已在全市")
    d.metric("全市[[1900多个]]行政村", 1900, "个", "over", LS)
    d.date("服务站”，[[今年1月]]至10月", "2026-01", LS)
    d.date("今年1月至[[10月]]，服务站", OCT, LS)
    d.metric("兑换业务[[约326万笔]]", "326e4", "笔", "approx", LS)
    d.metric("金额[[约41.5亿元]]", "41.5e8", "元", "approx", LS)
    d.org("。[[中国人民银行丽水市分行]]联合")
    d.org("联合[[浙江农商联合银行]]推动")
    d.city("目前[[丽水]]农家乐")
    d.metric("比例已达[[92.5%]]", "92.5", "%", "exact", LS)
    d.org("。[[缙云农商银行]]相关负责人")
    d.date("该行[[今年]]已为", Y, "")
    d.metric("已为[[1.2万户]]“缙云", "1.2e4", "户", "exact", "")
    d.metric("信用贷款[[约9.6亿元]]", "9.6e8", "元", "approx", "")
    d.metric("不良率仅[[0.42%]]", "0.42", "%", "exact", "")
    # P5 四川: the first village bank (南充), the province's figures
    d.date("诞生地。[[2007年3月1日]]，", "2007-03-01", NC)
    d.org("，[[四川仪陇惠民村镇银行]]在南充")
    d.city("村镇银行在[[南充]]仪陇县")
    d.metric("结算业务的[[八成以上]]", 80, "%", "over", NC)
    d.org("。[[中国人民银行四川省分行]]数据")
    d.date("截至[[9月末]]，四川县域", SEP, "")
    d.metric("移动支付用户[[约4680万户]]", "4680e4", "户", "approx", "")
    d.date("万户，[[前三季度]]县域", Y, "")
    d.metric("同比增长[[15.1%]]；", "15.1", "%", "exact", "")
    d.city("；[[南充]]、达州")
    d.city("南充、[[达州]]、广元")
    d.city("达州、[[广元]]等川东北")
    d.metric("增速均[[超过18%]]", 18, "%", "over", GY)
    d.org("。[[四川农商联合银行]]上月")
    d.date("四川农商联合银行[[上月]]在南充", OCT, NC)
    d.city("上月在[[南充]]召开")
    d.metric("智能收款终端[[约86万台]]", "86e4", "台", "approx", NC)
    d.date("，[[明年一季度]]将实现", "2027-Q1", NC)
    # P6 赣州 and 瑞金 (江西), 龙岩 (福建)
    d.city("革命老区[[赣州]]，")
    d.org("，[[中国人民银行赣州市分行]]推动")
    d.org("推动[[赣州银行]]、")
    d.org("、[[中国银行赣州分行]]等机构")
    d.date("服务，[[今年]]脐橙", Y, GZ)
    d.metric("收取货款[[约38.7亿元]]", "38.7e8", "元", "approx", GZ)
    d.metric("同比增长[[12.4%]]。", "12.4", "%", "exact", GZ)
    d.city("。[[瑞金]]、于都")
    d.metric("使用率[[超过95%]]", 95, "%", "over", RJ)
    d.city("福建[[龙岩]]则将")
    d.date("缴费，[[上月]]龙岩", OCT, LY_)
    d.city("上月[[龙岩]]农村居民")
    d.date("缴纳[[2027年度]]医保", NY, LY_)
    d.metric("医保[[约52万人次]]", "52e4", "人次", "approx", LY_)
    d.metric("总人次的[[三分之一]]", "33.3333333333", "%", "exact", LY_)
    # P7 payment institutions (临沂、菏泽、周口; 义乌、晋江)
    d.org("。[[支付宝]]方面披露")
    d.date("披露，[[今年双11]]期间", "2026-11-11", LINYI)
    d.org("通过[[支付宝]]收款")
    d.metric("同比增长[[21.6%]]，其中", "21.6", "%", "exact", LINYI)
    d.city("来自[[临沂]]、菏泽")
    d.city("临沂、[[菏泽]]、周口")
    d.city("菏泽、[[周口]]等地")
    d.metric("增长[[超过30%]]。", 30, "%", "over", ZK)
    d.org("。[[财付通]]数据显示")
    d.date("数据显示，[[10月]]微信支付", OCT, "")
    d.org("10月[[微信支付]]县域")
    d.metric("同比增长[[9.8%]]，县域", "9.8", "%", "exact", "")
    d.metric("支付频次达到[[47.3次]]", "47.3", "次", "exact", "")
    d.org("。[[银联商务]]表示")
    d.metric("已[[超过620万台]]", "620e4", "台", "over", "")
    d.date("万台，[[三季度]]县域交易", "2026-Q3", "")
    d.metric("交易金额[[约1.92万亿元]]", "1.92e12", "元", "approx", "")
    d.org("；[[拉卡拉]]三季度报告")
    d.date("拉卡拉[[三季度]]报告", "2026-Q3", YW)
    d.metric("提升至[[43%]]", 43, "%", "exact", YW)
    d.city("43%，[[义乌]]、晋江")
    d.city("义乌、[[晋江]]等县级市")
    d.org("。[[美团]]、拼多多")
    d.org("美团、[[拼多多]]、抖音")
    d.org("拼多多、[[抖音]]等平台")
    d.org("，[[网商银行]]则为")
    d.metric("“收款码贷”[[约2870亿元]]", "2870e8", "元", "approx", "")
    # P8 fee cuts and the regulators (no CITY)
    d.org("按照[[中国人民银行]]、国家金融")
    d.org("、[[国家金融监督管理总局]]（")
    d.org("以下简称“[[金融监管总局]]”）等部门")
    d.date("延续至[[2027年底]]", NY, "")
    d.org("。[[中国支付清算协会]]统计")
    d.date("统计，[[今年前三季度]]，支付机构", Y, "")
    d.metric("手续费[[约61.4亿元]]", "61.4e8", "元", "approx", "")
    d.metric("惠及商户[[约2350万户]]", "2350e4", "户", "approx", "")
    d.org("。[[金融监管总局]]相关部门负责人")
    d.date("自[[本月]]起将督促", NOV, "")
    d.date("监测，[[今年]]已清理", Y, "")
    d.metric("收款码[[约37万个]]", "37e4", "个", "approx", "")
    # P9 research and policy (no CITY)
    d.org("\n\n[[北京大学数字金融研究中心]]近日")
    d.date("报告指出，[[2025年]]县域", LY, "")
    d.date("指数较[[2020年]]提高", "2020", "")
    d.metric("提高[[约31%]]", 31, "%", "approx", "")
    d.org("。[[中国社会科学院农村发展研究所]]一位")
    d.org("。[[农业农村部]]、商务部")
    d.org("农业农村部、[[商务部]]日前")
    d.date("提出到[[2027年]]全国", NY, "")
    d.metric("全国[[80%以上]]的行政村", 80, "%", "over", "")
    # P10 outlook (no CITY)
    d.date("随着[[元旦]]、春节临近", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("旺季，[[明年1月]]县域", "2027-01", "")
    d.org("。[[蚂蚁集团]]相关负责人")
    d.date("将在[[春节]]前为", "2027-02-06", "")
    d.metric("新增[[约50万个]]数字人民币", "50e4", "个", "approx", "")
    d.org("；[[中银富登村镇银行]]也计划")
    d.date("也计划[[年底]]前在", Y, "")
    d.metric("新增[[约800个]]助农", 800, "个", "approx", "")
    audit = {
        "orgs": ["金融时报", "中国人民银行", "央行支付结算司", "人民银行",
                 "中国人民银行数字货币研究所", "邮储银行", "农业银行",
                 "中国人民银行浙江省分行", "中国人民银行丽水市分行",
                 "浙江农商联合银行", "缙云农商银行", "四川仪陇惠民村镇银行",
                 "中国人民银行四川省分行", "四川农商联合银行",
                 "中国人民银行赣州市分行", "赣州银行", "中国银行赣州分行",
                 "支付宝", "财付通", "微信支付", "银联商务", "拉卡拉", "美团",
                 "拼多多", "抖音", "网商银行", "国家金融监督管理总局",
                 "金融监管总局", "中国支付清算协会", "北京大学数字金融研究中心",
                 "中国社会科学院农村发展研究所", "农业农村部", "商务部",
                 "蚂蚁集团", "中银富登村镇银行"],
        "cities": ["衢州", "丽水", "南充", "达州", "广元", "赣州", "瑞金",
                   "龙岩", "临沂", "菏泽", "周口", "义乌", "晋江", "杭州",
                   "深圳", "北京", "上海", "缙云", "仪陇", "于都", "浙江",
                   "四川", "福建", "江西", "川东北", "中国", "城市"],
        "excluded": [
            # provinces (浙江 x1 outside ORGs, 四川 x2, 福建), counties
            # (缙云 in the vendors' name, 仪陇县, 于都), a region (川东北)
            "在[[浙江]]衢州", "[[四川]]是全国", "四川仪陇惠民村镇银行在南充[[仪陇县]]",
            "截至9月末，[[四川]]县域", "“[[缙云]]烧饼”", "瑞金、[[于都]]等地",
            "[[福建]]龙岩", "等[[川东北]]城市", "川东北[[城市]]增速",
        ],
        "numbers_excluded": [],
        # 一码通收 (a slogan), 两位数 (vague), 一位 (a person), 下一步 (a
        # word), 首家 is no numeral character
        "cn_excluded": ["“[[一]]码通收”", "保持[[两位数]]增长",
                        "研究所[[一位]]研究员", "下[[一]]步的重点"],
        # POS (a terminal's label)
        "latin_excluded": ["智能[[POS]]终端"],
        # time words that are no DATE: 以来 (x2 outside 今年), 老年人 (an
        # age group), 如今, 采摘季, 月均, 明显 (x3), 日前, 近日, 年货, 旺季,
        # 期间 (outside 今年双11), 前 (outside 春节 and 年底), 诞生 (诞 is
        # no Christmas)
        "words_excluded": {"诞生": 1, "以来": 2, "老年人": 1, "如今": 1, "采摘季": 1,
                           "月均": 1, "明显": 3, "日前": 1, "近日": 1,
                           "年货": 1, "旺季": 1, "期间": 1, "同期": 0,
                           "当天": 0, "当日": 0},
        # generic heads outside ORG rows: 银行 (x6: 农村地区银行网点, 个人银行
        # 结算账户, 全国首家村镇银行, 辖内农商银行, 支付机构和银行, 督促银行和
        # 村镇银行 x2), 机构 (x5: 各分支机构, 等机构, 支付机构 x3), 平台 (等平台)
        "orgwords_excluded": {"银行": 7, "机构": 5, "平台": 1, "集团": 0,
                              "协会": 0, "研究所": 0, "大学": 0,
                              "分行": 0, "总局": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g114 Taiwan's city councils review the 116 (2027) budgets, November 2026:
# the metro and light-rail budgets of 台北 (萬大線, 環狀線, 民生汐止線), 新北
# (三鶯線, 五股泰山輕軌, 安坑 and 淡海 light rail), 桃園 (綠線), 台中 (藍線) and
# 高雄 (黃線, 環狀輕軌), their construction bureaus and operators, the
# transport ministry's subsidies and the planning council, construction
# costs, holiday services and the councils' timetable.  Traditional as
# Taiwan writes it (台, 占, 公布, 計畫, 年增, 新台幣, ROC years), UTF-8
# without BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48), 自由時報; the
# first paragraph opens with the byline 〔記者林郁芬、陳建宏／綜合報導〕 (no
# place).  昨（24）日, 昨天, 昨日 2026-11-24; 今（25）日 2026-11-25; 明（26）日
# 2026-11-26; 上週 2026-W47; 下月 2026-12.  A Taiwan text: 111年 = 2022,
# 113年 = 2024, 115年 = 2026, 116年 = 2027, 117年 = 2028, 122年 = 2033,
# 民國124年 = 2035.  元旦 2027-01-01 (the coming one), 今年元旦 2026-01-01,
# 聖誕節 2026-12-25, 明年農曆春節 2027-02-06.
# ===========================================================================
@doc
def g114():
    d = Doc(G114)
    Y, LY, NY, Y2 = "2026", "2025", "2027", "2028"
    OCT = "2026-10"
    TPE, NTPC, TYN, TXG, KHH, KEL = ("台北市", "新北市", "桃园市", "台中市",
                                     "高雄市", "基隆市")
    NTD, ANTD = "新台幣", "約新台幣"
    # title (the comma of 1,300 makes it no heading; no CITY in it)
    d.date("議會審[[116年度]]總預算", NY, "")
    d.metric("經費[[逾1,300億元]] 工期", "1300e8", "元", "over", "")
    # P1 the five cities' rail budgets (the list ends with 高雄)
    d.date("議會[[本月]]起陸續", "2026-11", "")
    d.date("審查[[116年度]]總預算，捷運與", NY, "")
    d.city("預算書，[[台北]]、新北")
    d.city("台北、[[新北]]、桃園")
    d.city("新北、[[桃園]]、台中")
    d.city("桃園、[[台中]]及高雄")
    d.city("台中及[[高雄]]明年")
    d.date("高雄[[明年]]編列", NY, KHH)
    d.metric("合計約新台幣[[1,328億元]]", "1328e8", "元", "approx", KHH,
             outer=ANTD)
    d.date("較[[今年]]增加約14%", Y, KHH)
    d.metric("增加[[約14%]]，其中", 14, "%", "approx", KHH)
    d.metric("補助款約占[[4成]]", 40, "%", "approx", KHH, sep="約")
    d.date("議員[[昨（24）日]]質詢", "2026-11-24", "")
    d.org("要求[[市府]]說明工期")
    d.metric("委辦費[[約3.6億元]]", "3.6e8", "元", "approx", "")
    # P2 台北 (only the mayor's sentence names the city)
    d.org("\n\n[[台北市議會交通委員會]]昨天")
    d.date("交通委員會[[昨天]]審查", "2026-11-24", "")
    d.org("。[[台北市政府捷運工程局]]（")
    d.org("（[[北市捷運局]]）116年度")
    d.date("北市捷運局）[[116年度]]編列", NY, "")
    d.metric("工程預算約新台幣[[412億元]]", "412e8", "元", "approx", "",
             outer=ANTD)
    d.metric("總預算歲出[[約2,002億元]]", "2002e8", "元", "approx", "")
    d.metric("億元的[[2成左右]]", 20, "%", "approx", "")
    d.date("原訂[[115年底]]通車", Y, "")
    d.date("延至[[117年第2季]]", "2028-Q2", "")
    d.metric("總經費也由新台幣[[1,069億元]]", "1069e8", "元", "exact", "",
             outer=NTD)
    d.metric("增至[[約1,186億元]]", "1186e8", "元", "approx", "")
    d.city("。[[台北]]市長答詢")
    d.org("表示，[[北市府]]將要求")
    d.date("並自[[下月]]起每月", "2026-12", TPE)
    # P3 新北 (三鶯線's extension to 桃園八德 in its own sentence)
    d.org("\n\n[[新北市議會]]昨日")
    d.date("新北市議會[[昨日]]進行", "2026-11-24", NTPC)
    d.city("總質詢，[[新北市]]116年度")
    d.date("新北市[[116年度]]總預算歲出", NY, NTPC)
    d.metric("總預算歲出[[約2,216億元]]", "2216e8", "元", "approx", NTPC)
    d.org("。[[新北市政府捷運工程局]]（")
    d.org("（[[新北市捷運局]]）指出")
    d.date("已於[[今年1月]]通車", "2026-01", "")
    d.metric("累計運量[[約1,120萬人次]]", "1120e4", "人次", "approx", "")
    d.metric("平均每日[[約3.7萬人次]]", "3.7e4", "人次", "approx", "")
    d.city("延伸至[[桃園]]八德")
    d.date("預計[[116年底]]完工", NY, TYN)
    d.date("五股泰山輕軌[[116年度]]則編列", NY, "")
    d.metric("則編列新台幣[[38億元]]", "38e8", "元", "exact", "", outer=NTD)
    d.org("。[[新北捷運公司]]表示")
    d.date("淡海輕軌[[10月]]合計", OCT, "")
    d.metric("合計運量[[約118萬人次]]", "118e4", "人次", "approx", "")
    d.metric("年增[[9.6%]]。", "9.6", "%", "exact", "")
    d.city("完工後，[[新北]]市民")
    d.city("市民往返[[台北]]的通勤")
    d.metric("平均可縮短[[約15分鐘]]", 15, "分钟", "approx", TPE)
    # P4 桃園 (the council's sentence names no city)
    d.org("\n\n[[桃園市議會]]上週")
    d.date("桃園市議會[[上週]]起審查", "2026-W47", "")
    d.metric("歲出規模[[約1,503億元]]", "1503e8", "元", "approx", "")
    d.metric("億元，年增[[5.4%]]。", "5.4", "%", "exact", "")
    d.org("。[[桃園市政府捷運工程局]]（")
    d.org("（[[桃園市捷運局]]）編列")
    d.metric("綠線工程預算約新台幣[[138億元]]", "138e8", "元", "approx", "",
             outer=ANTD)
    d.metric("綠線全長[[27.8公里]]", "27.8", "公里", "exact", "")
    d.metric("設[[21座]]車站", 21, "座", "exact", "")
    d.metric("總經費約新台幣[[1,124億元]]", "1124e8", "元", "approx", "",
             outer=ANTD)
    d.metric("整體進度[[約72%]]", 72, "%", "approx", "")
    d.date("預計[[117年]]先行通車", Y2, "")
    d.org("。[[桃園捷運公司]]（")
    d.org("（[[桃捷]]）10月")
    d.date("桃捷）[[10月]]日均運量", OCT, "")
    d.metric("日均運量[[約9.8萬人次]]", "9.8e4", "人次", "approx", "")
    d.org("；[[桃捷]]也將接手")
    d.date("營運，[[明年]]起將招募", NY, "")
    d.metric("招募[[約300名]]站務", 300, "名", "approx", "")
    # P5 台中 (台中港 is a port; 台中市區 gives 台中)
    d.city("\n\n[[台中市]]116年度")
    d.date("台中市[[116年度]]總預算歲出", NY, TXG)
    d.metric("總預算歲出[[約1,690億元]]", "1690e8", "元", "approx", TXG)
    d.org("億元，[[台中市議會]]則聚焦")
    d.org("。[[台中市政府交通局]]表示")
    d.date("已於[[今年8月]]獲", "2026-08", TXG)
    d.org("獲[[行政院]]核定")
    d.city("台中港與[[台中]]市區")
    d.metric("總經費約新台幣[[1,500億元]]", "1500e8", "元", "approx", TXG,
             outer=ANTD)
    d.metric("先編列新台幣[[52億元]]", "52e8", "元", "exact", TXG, outer=NTD)
    d.date("目標[[民國124年]]完工", "2035", TXG)
    d.org("。[[台中捷運公司]]（")
    d.org("（[[中捷]]）綠線")
    d.date("綠線[[10月]]日均運量", OCT, "")
    d.metric("日均運量[[約4.1萬人次]]", "4.1e4", "人次", "approx", "")
    d.metric("年增[[11.2%]]，但", "11.2", "%", "exact", "")
    d.metric("每年仍約新台幣[[3億元]]", "3e8", "元", "approx", "",
             outer=ANTD)
    d.org("要求[[市府]]研議")
    # P6 高雄 (the council's sentence and the riders' sentence name it)
    d.org("\n\n[[高雄市議會]]預算審查")
    d.city("火熱，[[高雄市]]116年度")
    d.date("高雄市[[116年度]]總預算歲出", NY, KHH)
    d.metric("總預算歲出[[約1,745億元]]", "1745e8", "元", "approx", KHH)
    d.org("。[[高雄市政府捷運工程局]]（")
    d.org("（[[高市捷運局]]）編列")
    d.metric("小港林園線預算約新台幣[[186億元]]", "186e8", "元", "approx", "",
             outer=ANTD)
    d.metric("其中全長[[22.9公里]]", "22.9", "公里", "exact", "")
    d.metric("黃線總經費約新台幣[[1,541億元]]", "1541e8", "元", "approx", "",
             outer=ANTD)
    d.date("已於[[113年]]動工", "2024", "")
    d.date("預計[[122年]]完工", "2033", "")
    d.org("。[[高雄捷運公司]]（")
    d.org("（[[高捷]]）統計")
    d.date("環狀輕軌[[今年前10月]]運量", Y, "")
    d.metric("運量[[約1,360萬人次]]", "1360e4", "人次", "approx", "")
    d.date("紅橘線[[10月]]日均運量", OCT, "")
    d.metric("日均運量[[約21.6萬人次]]", "21.6e4", "人次", "approx", "")
    d.date("較[[去年同期]]成長6.8%", "2025-10", "")
    d.metric("成長[[6.8%]]；", "6.8", "%", "exact", "")
    d.city("；[[高雄]]市民使用")
    d.metric("人數已[[突破18萬人]]", "18e4", "人", "over", KHH)
    # P7 the central government's subsidies and planning (基隆輕軌 gives
    # 基隆; 台南, 新竹市)
    d.org("方面，[[交通部鐵道局]]表示")
    d.date("表示，[[116年度]]中央對地方", NY, "")
    d.metric("補助預算約新台幣[[465億元]]", "465e8", "元", "approx", "",
             outer=ANTD)
    d.date("較[[115年度]]增加", Y, "")
    d.metric("增加[[約9%]]，其中", 9, "%", "approx", "")
    d.metric("特別預算約占[[6成]]", 60, "%", "approx", "", sep="約")
    d.org("。[[國家發展委員會]]（")
    d.org("（[[國發會]]）目前")
    d.org("、[[桃園捷運]]棕線")
    d.city("棕線及[[基隆]]輕軌")
    d.date("預計[[12月中旬]]陸續", "2026-12", KEL)
    d.org("提報[[行政院]]；")
    d.org("；[[行政院主計總處]]（")
    d.org("（[[主計總處]]）則提醒")
    d.city("至於[[台南]]、新竹市")
    d.city("台南、[[新竹市]]爭取")
    # P8 construction costs (no CITY: 全台 is deictic)
    d.org("主因。[[主計總處]]公布")
    d.date("公布，[[10月]]營造工程", OCT, "")
    d.metric("物價指數年增[[3.2%]]", "3.2", "%", "exact", "")
    d.date("較[[111年]]高峰", "2022", "")
    d.metric("高峰時[[逾13%]]的", 13, "%", "over", "")
    d.org("；[[中華民國營造工程工業同業公會全國聯合會]]（")
    d.org("（[[營造公會全聯會]]）指出")
    d.metric("缺工仍[[約1.2萬人]]", "1.2e4", "人", "approx", "")
    d.metric("上漲[[約4成]]。", 40, "%", "approx", "")
    d.org("高架段的[[中華工程]]、")
    d.org("中華工程、[[大陸工程]]均表示")
    d.date("將於[[明年第2季]]前", "2027-Q2", "")
    d.org("；[[台灣世曦工程顧問公司]]也已")
    d.org("協助[[北市府]]檢討")
    # P9 holiday services (東京、新加坡 in their own clause)
    d.org("，[[台北捷運公司]]（")
    d.org("（[[北捷]]）統計")
    d.date("統計，[[10月]]日均運量約209萬", OCT, "")
    d.metric("日均運量[[約209萬人次]]", "209e4", "人次", "approx", "")
    d.metric("年增[[3.1%]]，預估", "3.1", "%", "exact", "")
    d.date("預估[[元旦]]連假", "2027-01-01", "")
    d.metric("疏運旅客[[約320萬人次]]", "320e4", "人次", "approx", "")
    d.date("較[[今年元旦]]成長", "2026-01-01", "")
    d.metric("成長[[約5%]]；", 5, "%", "approx", "")
    d.city("仍低於[[東京]]、新加坡")
    d.city("東京、[[新加坡]]等城市")
    d.org("。[[高捷]]則將")
    d.date("將在[[聖誕節]]前後", "2026-12-25", "")
    d.date("前後及[[元旦]]推出", "2027-01-01", "")
    d.org("。[[台北市交通局]]也表示")
    d.date("表示，[[明年農曆春節]]期間", "2027-02-06", "")
    d.date("比照[[今年]]延長", Y, "")
    d.metric("接駁公車[[約120班次]]", 120, "班次", "approx", "")
    # P10 the councils' timetable (no CITY)
    d.org("。[[新北市議會]]預定")
    d.date("預定[[12月19日]]完成", "2026-12-19", "")
    d.org("，[[台北市議會]]則排定")
    d.date("排定[[12月22日]]起", "2026-12-22", "")
    d.date("也將在[[下月中旬]]完成", "2026-12", "")
    d.org("。[[新北市府]]表示")
    d.date("表示，[[今（25）日]]起", "2026-11-25", "")
    d.org("；[[台北市議會]]明（26）日")
    d.date("台北市議會[[明（26）日]]也將", "2026-11-26", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "東京", "新加坡",
                   "八德", "台灣", "全台", "城市", "直轄市"],
        "excluded": [
            # 台中港 (a port: neither CITY nor ORG), 八德 (a district of
            # 桃園), 全台 (deictic), 直轄市 (x2: the class of cities), 城市
            "串聯[[台中港]]與", "桃園[[八德]]的路段", "[[全台]]工地",
            "各[[直轄市]]議會", "居各[[直轄市]]之首", "等[[城市]]。",
        ],
        # 1,300 is inside the title's METRIC row; no other bare number
        "numbers_excluded": [],
        # 三鶯線, 五股泰山輕軌 (x2: line names), 第一期, 二期, 第二階段 (phases),
        # 三讀 (the third reading)
        "cn_excluded": ["，[[三]]鶯線", "[[五]]股泰山輕軌116", "審查[[五]]股泰山輕軌、",
                        "萬大線第[[一]]期", "萬大線[[二]]期", "延伸線第[[二]]階段",
                        "完成[[三]]讀"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (x7: x5 year-on-year, 年增率, and
        # 今年|增加 where 年 is inside the DATE 今年), 首年 (the project's
        # first year, no calendar year),, 日均
        # (x4), 月票, 每日, 每年, 每月, 單月, 日薪, 會計年度 (no year), 以來
        # (通車以來), 說明 (x2), 明顯, 期間 and 連假 and 前後 (outside the
        # holidays), 疫情前, 前 (明年第2季前)
        "words_excluded": {"年增": 7, "首年": 1, "日均": 4, "月票": 1, "每日": 1, "每年": 1,
                           "每月": 1, "單月": 1, "日薪": 1, "會計年度": 1,
                           "以來": 1, "說明": 2, "明顯": 1, "期間": 1,
                           "連假": 1, "前後": 1, "疫情前": 1, "同期": 0,
                           "當天": 0, "當日": 0},
        # generic heads outside ORG rows: 議會 (x3: the title's 議會審, 各直轄市
        # 議會, 其餘各市議會),
        # 市政府 (各市政府), 公司, 委員會, 公會, 局 only inside ORGs
        "orgwords_excluded": {"議會": 3, "市政府": 1, "公司": 0, "委員會": 0,
                              "公會": 0, "捷運局": 0, "交通局": 0},
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
    if tx.startswith(("今年前", "今年首", "首", "前")):
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
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in ("较", "較", "比"):
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx == "上月" and before in ("较", "較", "比"):
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
