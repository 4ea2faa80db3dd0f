#!/usr/bin/env python3
"""Gold annotation for the held-out articles g125_metro_ridership_city_rail
and g126_taiwan_food_delivery_platforms (annotator UA).

Adapted from the precedent set's tools/annotate_va.py (now dev/tools/annotate_g119_g120.py; copied and the data
changed; it keeps the checks of annotate_va.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text and between 40 and 199, 今（N）年 and
明（N）年 carrying the ROC year of the reference year (+1), relative words
resolved from the reference date, 上月 as a baseline after a comparison
word, the bare-day month rule, 当天 repeating the latest day, 去年同期 a
year before its sentence's last DATE, the 约占 check, the declared shared
unit, the hand-declared organizations of each article, the check that a
non-Taiwan text writes no bare 2-3 digit year), with annotate_vc.py's UTF-8
BOM checks and its bracketed-day check (check_gloss).  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g125 is simplified (mainland, 每日经济新闻, 2026-11-19), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.
  GB18030, GBK, Big5, cp950 and Big5-HKSCS fail on the bytes or read
  another text; OpenCC t2s leaves the article unchanged.
- g126 is traditional (Taiwan, 聯合報, 2026-11-23), stored as plain Big5
  (Python codec 'big5', strict) without a BOM: every character is one that
  plain Big5 encodes.  Big5-HKSCS reads the file alike; cp950 reads it
  alike except for the byline's full-width slash ／ (big5 A241), which
  cp950 maps to ∕ (U+2215), one character for one, so offsets agree under
  every Big5 reading; the slash lies in no span.  GBK, GB2312 and UTF-8
  fail, GB18030 reads gibberish.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full name with 市, foreign cities by their mainland
  standard name).  A Taiwan text: bare 2-3 digit years before 年 are ROC
  years (110年 = 2021, 113年 = 2024, 今（115）年 = 2026, 明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho23/precedent: README, NOTES_va/vb/vc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g125_g126.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_va.py: a UTF-8-with-BOM article (annotate_vc.py's
checks) instead of GBK, and a plain Big5 article instead of cp950 (every
character in plain Big5; Big5-HKSCS alike; cp950 alike but for declared
characters outside spans); section headings inside the article (short
lines that open with no city: they end no section and start none, and the
rule is still run over them); 上季/上季度 counted from the quarter its
sentence states (GUIDELINES), else the reference quarter; Taiwan's 國慶 on
10-10; a range's first figure written with its year word (今年1至9月 ->
今年1); a bracketed day after a DATE (check_gloss, from annotate_vc.py).
Re-run (from anywhere):

    python3 dev/tools/annotate_g125_g126.py
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
G125 = "g125_metro_ridership_city_rail"
G126 = "g126_taiwan_food_delivery_platforms"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G125: ("utf-8", BOM8, False, "2026-11-19", "每日经济新闻"),
    G126: ("big5", b"", True, "2026-11-23", "聯合報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G125: [], G126: []}
# characters of the plain Big5 article that cp950 reads as another
# character (big5 A241 ／ -> cp950 ∕): declared, and kept out of spans
CP950_DIFF = {G126: {("／", "\u2215")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G126}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "签构层邻学优稳劳为应对抢补权险职灾宝罚锾检费审议")
# Holidays the articles name, by their exact span: g125 (mainland,
# 2026-11-19): 今年国庆 and 国庆 2026-10-01, 元旦 2027-01-01, 明年春节
# 2027-02-06 (正月初一 of 2027); g126 (Taiwan, 2026-11-23): 今年中秋節
# 2026-09-25 (八月十五 of 2026), 國慶 2026-10-10 (Taiwan's National Day,
# GUIDELINES), 雙11 2026-11-11, 聖誕節 2026-12-25, 元旦 2027-01-01,
# 明年農曆春節 2027-02-06 (GUIDELINES: 农历春节 is 春节).
HOLIDAY = {
    "今年国庆": "2026-10-01", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "明年春节": "2027-02-06",
    "今年中秋節": "2026-09-25", "國慶": "2026-10-10", "雙11": "2026-11-11",
    "聖誕節": "2026-12-25", "明年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "十一", "618")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g125 (2026: municipalities 北京, 上海; prefecture-level cities, with
    # 市; 香港 and the foreign city 东京 by their common names)
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "成都": "成都市", "杭州": "杭州市", "苏州": "苏州市", "合肥": "合肥市",
    "昆明": "昆明市", "南宁": "南宁市", "西安": "西安市", "兰州": "兰州市",
    "洛阳": "洛阳市", "绍兴": "绍兴市", "济南": "济南市", "福州": "福州市",
    "东京": "东京", "香港": "香港",
    # g126 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市
    # by their full names; 香港; foreign cities by their mainland names)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "台中": "台中市", "台中市": "台中市", "桃園": "桃园市", "台南": "台南市",
    "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "柏林": "柏林", "新加坡": "新加坡", "東京": "东京",
    "首爾": "首尔",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# mainland names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "香港", "柏林", "新加坡", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟部統計處": "经济部统计处", "資策會產業情報研究所": "资策会产业情报研究所",
    "MIC": "MIC", "Uber Eats": "Uber Eats", "foodpanda": "foodpanda",
    "Foodomo": "Foodomo", "公平交易委員會": "公平交易委员会", "公平會": "公平会",
    "Uber": "Uber", "富胖達股份有限公司": "富胖达股份有限公司",
    "Delivery Hero": "Delivery Hero", "統一超商": "统一超商",
    "全家": "全家", "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会",
    "麥當勞": "麦当劳", "肯德基": "肯德基", "摩斯漢堡": "摩斯汉堡",
    "王品集團": "王品集团", "瓦城泰統集團": "瓦城泰统集团", "瓦城": "瓦城",
    "鼎泰豐": "鼎泰丰", "八方雲集": "八方云集",
    "經濟部商業發展署": "经济部商业发展署",
    "勞動部": "劳动部", "交通部": "交通部", "立法院": "立法院",
    "勞動部勞工保險局": "劳动部劳工保险局", "中華經濟研究院": "中华经济研究院",
    "中經院": "中经院", "全國外送員職業工會": "全国外送员职业工会",
    "台北市勞動局": "台北市劳动局", "新北市勞工局": "新北市劳工局",
    "台中市政府交通局": "台中市政府交通局", "高雄市勞工局": "高雄市劳工局",
    "中華民國消費者文教基金會": "中华民国消费者文教基金会", "消基會": "消基会",
    "主計總處": "主计总处", "LINE Pay": "LINE Pay", "街口支付": "街口支付",
    "全支付": "全支付",
    "政治大學勞工研究所": "政治大学劳工研究所",
}
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
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
        if enc == "big5":       # strict, plain Big5: every character is one
            assert all(enc_ok(c, "big5") for c in self.text), doc_id  # Big5
            assert all(len(c.encode(enc)) == 2 for c in self.text  # encodes
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # Big5-HKSCS (a superset) reads the file alike
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # cp950 reads it character for character, alike except for the
            # declared characters (big5 A241 ／ is cp950's ∕)
            cp = raw.decode("cp950")
            assert len(cp) == len(self.text), doc_id
            diff = {(a, b) for a, b in zip(self.text, cp) if a != b}
            assert diff == CP950_DIFF[doc_id], (doc_id, diff)
            self.no_span_chars = sorted(a for a, _ in diff)
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
# g125 urban rail ridership in November 2026: the rail transit
# association's (中城协) national figures for the first ten months and
# October, the four megacities' record days (北京地铁, 申通地铁/上海地铁),
# the National Day holiday in 广州 and 深圳, 京港地铁, new lines (成都, 武汉,
# 杭州, 苏州, 合肥), central and western cities (西安, 郑州, 长沙, 昆明, 南宁),
# fare payment (QR codes, transit cards, NFC phones, bank cards: 支付宝,
# 微信支付, 中国银联, 交通运输部's interoperable cards, 华为, 小米, OPPO),
# fares and operators' finances (北京市交通委员会, 深圳地铁, 重庆轨道交通集团,
# 广州地铁集团, 申通地铁), ridership intensity (广州 first; 高德; 同济大学;
# 东京 and 香港), and the outlook (国家发展改革委's approvals for 济南,
# 南宁, 福州; 北京交通大学; 元旦 and the Spring Festival).  Simplified,
# UTF-8 WITH BOM, 2026-11-19 (a Thursday, ISO week 2026-W47), 每日经济新闻;
# the byline line 每经记者 周宇航 每经编辑 孙磊 follows the title; five
# section headings (no city opens one).  昨日（11月18日） 2026-11-18; 上周
# 2026-W46; 上月 2026-10 (as a baseline after 10月: 2026-09); 今年国庆 and
# 国庆 2026-10-01; 两年前 2024; 元旦 2027-01-01; 明年春节 2027-02-06.
# ===========================================================================
@doc
def g125():
    d = Doc(G125)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV, DEC = "2026-09", "2026-10", "2026-11", "2026-12"
    Q3, W46 = "2026-Q3", "2026-W46"
    BJ, SH, GZ, SZ, CD, HF, NN, JN, FZ = (
        "北京市", "上海市", "广州市", "深圳市", "成都市", "合肥市", "南宁市",
        "济南市", "福州市")
    # title (a heading that opens with 全国: no city section)
    d.date("城轨[[前10个月]]客运量", Y, "")
    d.metric("客运量[[超270亿人次]] ", "270e8", "人次", "over", "")
    # byline line: the outlet's short name before 记者 and 编辑
    d.org("\n\n[[每经]]记者 周宇航")
    d.org("周宇航 [[每经]]编辑")
    # P1 the association's national figures (no CITY)
    d.org("。[[中国城市轨道交通协会]]（")
    d.org("以下简称“[[中城协]]”）")
    d.date("）[[昨日]]（11月18日）", "2026-11-18", "")
    d.date("昨日（[[11月18日]]）", "2026-11-18", "")
    d.date("显示，[[今年前10个月]]，全国", Y, "")
    d.metric("共有[[58个]]城市", 58, "个", "exact", "")
    d.metric("客运量[[约272.6亿人次]]", "272.6e8", "人次", "approx", "")
    d.metric("同比增长[[6.8%]]，已接近", "6.8", "%", "exact", "")
    d.date("已接近[[去年]]全年", LY, "")
    d.metric("全年的[[约322亿人次]]", "322e8", "人次", "approx", "")
    d.date("其中，[[10月]]单月", OCT, "")
    d.metric("客运量为[[28.9亿人次]]", "28.9e8", "人次", "exact", "")
    d.date("较[[去年同期]]增长5.4%", "2025-10", "")
    d.metric("增长[[5.4%]]。", "5.4", "%", "exact", "")
    d.date("。[[10月]]日均", OCT, "")
    d.metric("日均客运量[[约9323万人次]]", "9323e4", "人次", "approx", "")
    d.date("较[[上月]]增加", SEP, "")
    d.metric("增加[[约280万人次]]", "280e4", "人次", "approx", "")
    d.date("截至[[10月底]]，全国城轨", OCT, "")
    d.metric("达到[[346条]]", 346, "条", "exact", "")
    d.metric("里程[[约1.22万公里]]。", "1.22e4", "公里", "approx", "")
    # P2 the megacities' record days
    d.city("\n\n[[北京]]、上海、广州")
    d.city("北京、[[上海]]、广州、深圳等")
    d.city("上海、[[广州]]、深圳等")
    d.city("广州、[[深圳]]等超大")
    d.date("上述城市[[前10个月]]合计", Y, SZ)
    d.metric("合计客运量[[约113亿人次]]", "113e8", "人次", "approx", SZ)
    d.metric("全国的[[四成以上]]", 40, "%", "over", SZ)
    d.org("。[[北京地铁]]数据显示")
    d.date("显示，[[10月16日]]路网", "2026-10-16", "")
    d.metric("客运量达[[1362.4万人次]]", "1362.4e4", "人次", "exact", "")
    d.date("创[[今年]]单日新高", Y, "")
    d.org("；[[上海申通地铁集团有限公司]]（")
    d.org("以下简称“[[申通地铁]]”）披露")
    d.org("披露，[[上海地铁]]10月30日")
    d.date("上海地铁[[10月30日]]客运量", "2026-10-30", "")
    d.metric("客运量达[[1386.6万人次]]", "1386.6e4", "人次", "exact", "")
    d.date("刷新了[[2024年12月31日]]创下", "2024-12-31", "")
    d.metric("创下的[[1357.5万人次]]纪录", "1357.5e4", "人次", "exact", "")
    # P3 the National Day holiday (no CITY: the cities only inside ORGs)
    d.org("\n\n[[广州地铁集团]]表示")
    d.date("表示，[[今年国庆]]假期", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.org("，[[广州地铁]]线网")
    d.metric("运送乘客[[约6237万人次]]", "6237e4", "人次", "approx", "")
    d.metric("日均[[约891万人次]]", "891e4", "人次", "approx", "")
    d.metric("同比增长[[4.6%]]。", "4.6", "%", "exact", "")
    d.org("。[[深圳地铁]]假期内")
    d.metric("日均客运量[[约815万人次]]", "815e4", "人次", "approx", "")
    d.date("其中[[10月1日]]客运量", "2026-10-01", "")
    d.metric("客运量达[[1020.3万人次]]", "1020.3e4", "人次", "exact", "")
    d.metric("首次[[突破千万]]。", "1e7", "", "over", "")
    d.org("。[[京港地铁]]上周")
    d.date("京港地铁[[上周]]表示", W46, "")
    d.metric("已[[超过130万人次]]。", "130e4", "人次", "over", "")
    # P4 new lines
    d.org("据[[中城协]]统计")
    d.date("统计，[[今年]]以来全国", Y, "")
    d.metric("城轨线路[[31条]]", 31, "条", "exact", "")
    d.metric("新增运营里程[[约690公里]]", 690, "公里", "approx", "")
    d.date("其中[[三季度]]新增", Q3, "")
    d.metric("新增[[约260公里]]。", 260, "公里", "approx", "")
    d.org("。[[成都轨道交通集团]]9月26日")
    d.date("集团[[9月26日]]同步", "2026-09-26", CD)
    d.metric("同步开通[[3条]]新线", 3, "条", "exact", CD)
    d.city("，[[成都]]的城轨")
    d.metric("由此[[突破700公里]]", 700, "公里", "over", CD)
    d.org("；[[武汉地铁集团]]上月")
    d.date("武汉地铁集团[[上月]]开通", OCT, "")
    d.org("，[[武汉地铁]]日均")
    d.metric("增至[[约460万人次]]。", "460e4", "人次", "approx", "")
    d.city("。[[杭州]]、苏州、合肥")
    d.city("杭州、[[苏州]]、合肥")
    d.city("苏州、[[合肥]]等城市")
    d.date("等城市[[今年]]也陆续", Y, HF)
    d.org("，[[杭州地铁集团]]预计")
    d.date("预计，[[12月底]]前", DEC, HF)
    d.metric("开通[[2条]]线路", 2, "条", "exact", HF)
    # P5 central and western cities
    d.org("。[[西安地铁]]前10个月")
    d.date("西安地铁[[前10个月]]日均", Y, "")
    d.metric("日均客运量[[约385万人次]]", "385e4", "人次", "approx", "")
    d.metric("同比增长[[8.2%]]；", "8.2", "%", "exact", "")
    d.org("；[[郑州地铁]]、长沙地铁")
    d.org("郑州地铁、[[长沙地铁]]日均")
    d.date("分别较[[两年前]]增长", "2024", "")
    d.metric("增长[[约17%]]和", 17, "%", "approx", "")
    d.metric("和[[约21%]]。", 21, "%", "approx", "")
    d.city("。[[昆明]]、南宁等城市")
    d.city("昆明、[[南宁]]等城市")
    d.date("旅游客流，[[国庆]]假期", "2026-10-01", NN)
    d.metric("均[[超过一成]]。", 10, "%", "over", NN)
    # heading and P6 fare payment (no CITY)
    d.metric("占比升至[[近六成]]\n", 60, "%", "approx", "")
    d.org("。[[中城协]]数据显示，10月全国")
    d.date("显示，[[10月]]全国城轨乘客", OCT, "")
    d.metric("乘客中[[约58%]]通过", 58, "%", "approx", "")
    d.date("较[[去年同期]]提高", "2025-10", "")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact", "")
    d.metric("交通卡的乘客约占[[21%]]", 21, "%", "approx", "", sep="约")
    d.metric("手机的约占[[14%]]", 14, "%", "approx", "", sep="约")
    d.metric("银行卡的约占[[7%]]。", 7, "%", "approx", "", sep="约")
    d.org("。[[支付宝]]方面称")
    d.metric("已有[[超过400个]]城市", 400, "个", "over", "")
    d.org("支持[[支付宝]]乘车码")
    d.date("乘车码，[[前三季度]]地铁", Y, "")
    d.metric("同比增长[[约23%]]；", 23, "%", "approx", "")
    d.org("；[[微信支付]]则表示")
    d.metric("全国[[300余座]]城市", 300, "座", "over", "")
    d.date("城市，[[11月]]以来", NOV, "")
    d.metric("环比增长[[约9%]]。", 9, "%", "approx", "")
    # P7 bank cards, interoperable cards, phones (no CITY)
    d.org("\n\n[[中国银联]]数据显示")
    d.date("截至[[9月底]]，全国已有43", SEP, "")
    d.metric("已有[[43个]]城市", 43, "个", "exact", "")
    d.date("过闸”，[[前三季度]]入境", Y, "")
    d.metric("乘坐地铁[[约1860万人次]]", "1860e4", "人次", "approx", "")
    d.metric("同比增长[[近1.5倍]]。", "1.5", "倍", "approx", "")
    d.org("。[[交通运输部]]上周")
    d.date("交通运输部[[上周]]透露", W46, "")
    d.metric("已有[[336个]]地级", 336, "个", "exact", "")
    d.metric("发行量[[超过1.2亿张]]。", "1.2e8", "张", "over", "")
    d.org("。[[华为]]、小米")
    d.org("华为、[[小米]]、OPPO")
    d.org("小米、[[OPPO]]等手机")
    d.date("显示，[[前三季度]]NFC", Y, "")
    d.metric("开卡量同比增长[[约35%]]。", 35, "%", "approx", "")
    # P8 fares (no CITY: the cities only inside ORGs)
    d.org("。[[北京市交通委员会]]此前")
    d.org("；[[深圳地铁]]自11月1日起")
    d.date("深圳地铁自[[11月1日]]起", "2026-11-01", "")
    d.metric("实行[[5折]]优惠", 50, "%", "exact", "")
    d.org("；[[重庆轨道交通集团]]9月")
    d.date("重庆轨道交通集团[[9月]]推出", SEP, "")
    d.date("截至[[10月底]]累计", OCT, "")
    d.metric("乘客[[约2100万人次]]。", "2100e4", "人次", "approx", "")
    # P9 operators' finances (no CITY)
    d.org("。[[广州地铁集团]]披露")
    d.date("披露，[[前三季度]]公司", Y, "")
    d.metric("营业收入[[约132.4亿元]]", "132.4e8", "元", "approx", "")
    d.metric("同比增长[[2.1%]]，", "2.1", "%", "exact", "")
    d.metric("占比[[约四成]]；", 40, "%", "approx", "")
    d.org("；[[申通地铁]]前三季度")
    d.date("申通地铁[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约27.8亿元]]", "27.8e8", "元", "approx", "")
    d.metric("同比下降[[3.6%]]。", "3.6", "%", "exact", "")
    # P10 ridership intensity
    d.org("。[[中城协]]数据显示，10月广州")
    d.date("显示，[[10月]]广州每公里", OCT, GZ)
    d.city("10月[[广州]]每公里")
    d.metric("日均客运量[[约1.62万人次]]", "1.62e4", "人次", "approx", GZ)
    d.city("首位，[[深圳]]、上海、西安")
    d.city("深圳、[[上海]]、西安、北京紧随")
    d.city("上海、[[西安]]、北京")
    d.city("西安、[[北京]]紧随")
    d.metric("城市则[[不足0.3万人次]]。", "0.3e4", "人次", "under", "")
    d.org("。[[高德]]地图发布")
    d.date("显示，[[三季度]]北京", Q3, BJ)
    d.city("三季度[[北京]]、上海早高峰")
    d.city("北京、[[上海]]早高峰")
    d.metric("缩短[[约2.3分钟]]。", "2.3", "分钟", "approx", SH)
    d.org("。[[同济大学交通运输工程学院]]一位")
    d.org("对[[每经]]记者表示")
    d.city("表示，[[兰州]]、洛阳")
    d.city("兰州、[[洛阳]]、绍兴")
    d.city("洛阳、[[绍兴]]等城市")
    d.city("以[[东京]]、香港为例")
    d.city("东京、[[香港]]为例")
    d.metric("均[[超过七成]]", 70, "%", "over", "香港")
    d.metric("尚[[不足五成]]。", 50, "%", "under", "香港")
    # heading and P11 the outlook
    d.metric("有望[[突破330亿人次]]\n", "330e8", "人次", "over", "")
    d.org("，[[中城协]]预计")
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("客运量有望[[突破330亿人次]]。", "330e8", "人次", "over", "")
    d.org("。[[国家发展改革委]]今年5月")
    d.date("国家发展改革委[[今年5月]]批复", "2026-05", JN)
    d.city("批复了[[济南]]、南宁")
    d.city("济南、[[南宁]]、福州")
    d.city("南宁、[[福州]]新一轮")
    d.metric("总投资[[约3870亿元]]；", "3870e8", "元", "approx", FZ)
    d.org("；[[北京交通大学]]一位")
    d.date("到[[2030年]]全国", "2030", "")
    d.metric("将[[超过1.6万公里]]。", "1.6e4", "公里", "over", "")
    d.date("制定[[元旦]]及明年春节", "2027-01-01", "")
    d.date("元旦及[[明年春节]]期间", "2027-02-06", "")
    audit = {
        "orgs": ["每经", "中国城市轨道交通协会", "中城协", "北京地铁",
                 "上海申通地铁集团有限公司", "申通地铁", "上海地铁",
                 "广州地铁集团", "广州地铁", "深圳地铁", "京港地铁",
                 "成都轨道交通集团", "武汉地铁集团", "武汉地铁", "杭州地铁集团",
                 "西安地铁", "郑州地铁", "长沙地铁", "支付宝", "微信支付",
                 "中国银联", "交通运输部", "华为", "小米", "OPPO",
                 "北京市交通委员会", "重庆轨道交通集团", "高德",
                 "同济大学交通运输工程学院", "国家发展改革委", "北京交通大学"],
        "cities": ["北京", "上海", "广州", "深圳", "成都", "杭州", "苏州",
                   "合肥", "昆明", "南宁", "西安", "兰州", "洛阳", "绍兴",
                   "济南", "福州", "东京", "香港", "武汉", "重庆", "郑州",
                   "长沙", "中国", "城市", "京港"],
        "excluded": [
            # 城市 (x16 outside ORGs: the word, not a name); 周 of the reporter
            # 周宇航 (a surname)
            "[[城市]]轨道交通客流", "58个[[城市]]", "超大[[城市]]单日",
            "等超大[[城市]]依旧", "上述[[城市]]前10个月", "苏州、合肥等[[城市]]",
            "南宁等[[城市]]则", "400个[[城市]]的", "300余座[[城市]]",
            "43个[[城市]]的", "地级以上[[城市]]实现", "[[城市]]间分化", "中西部[[城市]]客流",
            "新开通[[城市]]则", "绍兴等[[城市]]的", "多数[[城市]]尚",
            "[[周]]宇航",
        ],
        # line numbers (4号线, 12号线: SPEC, not METRIC)
        "numbers_excluded": ["[[4]]号线", "[[12]]号线"],
        # 一卡通 (a system's name), 一位 (x2, an article), 新一轮 (a
        # round, no figure), 二维码 (QR code)
        "cn_excluded": ["交通[[一]]卡通", "[[一]]位教授", "[[一]]位学者",
                        "新[[一]]轮", "[[二]]维码"],
        # NFC (x2: a technology's name)
        "latin_excluded": ["使用[[NFC]]手机", "前三季度[[NFC]]交通卡"],
        # time words that are no DATE: 单日 (x4: title, heading, 今年单日,
        # 单日客流),
        # 单月, 日均 (x7), 全年 (x3: 去年全年, 今年全年, the heading), 以来
        # (x2), 假期 (x3, outside 今年国庆 and 国庆), 假期内, 工作日, 月票制,
        # 明显 (x2), 此前, 目前, 早高峰
        "words_excluded": {"单日": 4, "单月": 1, "日均": 7, "全年": 3,
                           "以来": 2, "假期": 3, "工作日": 1, "月票": 1,
                           "明显": 2, "同期": 0, "当天": 0, "当日": 0,
                           "同日": 0, "年内": 0, "季报": 0},
        # generic heads outside ORG rows: 集团 (多地地铁集团), 地铁 (x8: the
        # mode), 公司 (前三季度公司), 协会, 委员会, 大学, 学院 only in ORGs
        "orgwords_excluded": {"集团": 1, "地铁": 8, "公司": 1, "协会": 0,
                              "委员会": 0, "大学": 0, "学院": 0, "银联": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g126 food-delivery platforms in Taiwan, November 2026: the economics
# ministry's statistics department's survey of the first three quarters
# (transaction value, orders, Q3), the platforms (MIC's shares: Uber Eats,
# foodpanda, Foodomo; the fair trade commission's 2024 ban of Uber's
# takeover; Delivery Hero in 柏林; 統一超商 and 全家), commissions (the
# franchise association's survey; 香港, 新加坡, 東京, 首爾; chains: 麥當勞,
# 肯德基, 摩斯漢堡, 王品集團, 瓦城泰統集團, 鼎泰豐, 八方雲集), the commerce
# administration's digital subsidies, couriers (勞動部, 交通部, the draft
# act, 勞保局, 中經院's income survey, a couriers' union), city governments
# (台北市勞動局, 新北市, 桃園, 台中, 高雄, 台南, 基隆, 新竹市, 嘉義市),
# consumers (消基會, 主計總處), payments and holidays (LINE Pay,
# 街口支付, 全支付; 中秋節, 國慶, 雙11, 聖誕節, 元旦, 農曆春節) and the
# outlook (MIC, 政治大學勞工研究所).  Traditional as Taiwan
# writes it (台, 占, 年增, 前3季, 第3季, 上季, 上週, 新台幣, ROC years),
# plain Big5, 2026-11-23 (a Monday, ISO week 2026-W48), 聯合報; the byline
# line 記者陳怡君／台北報導 follows the title.  昨（22）日 2026-11-22; 今（23）日
# 2026-11-23; 上週 2026-W47; 上月 2026-10; 上季 after 第3季 2026-Q2; 110年
# 2021, 113年12月 2024-12, 今（115）年 2026, 明（116）年 2027.
# ===========================================================================
@doc
def g126():
    d = Doc(G126)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV, DEC = "2026-09", "2026-10", "2026-11", "2026-12"
    Q3 = "2026-Q3"
    TPE, NTP, TC, KH = "台北市", "新北市", "台中市", "高雄市"
    # title (its 1,080 holds a comma: no heading)
    d.date("平台[[前3季]]交易額", Y, "")
    d.metric("交易額[[逾1,080億元]]", "1080e8", "元", "over", "")
    # byline line: the place the report is filed from
    d.city("／[[台北]]報導")
    # P1 the statistics department's survey (no CITY)
    d.org("。[[經濟部統計處]]昨（22）日")
    d.date("統計處[[昨（22）日]]公布", "2026-11-22", "")
    d.date("指出，[[今（115）年前3季]]國內", Y, "")
    d.metric("交易金額[[約1,086億元]]", "1086e8", "元", "approx", "")
    d.metric("年增[[12.4%]]，訂單量", "12.4", "%", "exact", "")
    d.metric("訂單量[[逾4.2億筆]]", "4.2e8", "笔", "over", "")
    d.date("其中[[第3季]]交易金額", Q3, "")
    d.metric("交易金額[[約382億元]]", "382e8", "元", "approx", "")
    d.date("較[[上季]]成長", "2026-Q2", "")
    d.metric("成長[[5.1%]]。", "5.1", "%", "exact", "")
    d.date("已由[[110年]]的", "2021", "")
    d.metric("110年的[[約6.8%]]", "6.8", "%", "approx", "")
    d.date("升至[[今年前3季]]的", Y, "")
    d.metric("前3季的[[約9.5%]]。", "9.5", "%", "approx", "")
    # P2 the platforms
    d.metric("市場仍由[[兩]]大平台", 2, "", "exact", "")
    d.org("。[[資策會產業情報研究所]]（")
    d.org("（[[MIC]]）估計")
    d.org("估計，[[Uber Eats]]市占率")
    d.metric("市占率[[約55%]]", 55, "%", "approx", "")
    d.org("，[[foodpanda]]約40%")
    d.metric("foodpanda[[約40%]]", 40, "%", "approx", "")
    d.org("，[[Foodomo]]等其他")
    d.metric("合計[[不到5%]]；", 5, "%", "under", "")
    d.city("；[[台北市]]、新北市及台中市")
    d.city("台北市、[[新北市]]及台中市")
    d.city("新北市及[[台中市]]的訂單")
    d.metric("全台[[約6成]]。", 60, "%", "approx", TC)
    d.org("。[[公平交易委員會]]（")
    d.org("（[[公平會]]）113年")
    d.date("公平會）[[113年12月]]否決", "2024-12", "")
    d.org("否決[[Uber]]併購")
    d.org("併購[[富胖達股份有限公司]]（")
    d.org("（[[foodpanda]]）後")
    d.org("；[[foodpanda]]母公司")
    d.city("德國[[柏林]]的")
    d.org("柏林的[[Delivery Hero]]第3季")
    d.date("Delivery Hero[[第3季]]財報", Q3, "柏林")
    d.metric("年增[[約8%]]。", 8, "%", "approx", "柏林")
    d.org("。[[統一超商]]、全家")
    d.org("統一超商、[[全家]]等超商")
    d.org("服務，[[全家]]前3季")
    d.date("全家[[前3季]]外送", Y, "")
    d.metric("年增[[近3成]]。", 30, "%", "approx", "")
    d.org("。[[Uber Eats]]表示")
    d.org("「[[Uber]] One」")
    d.metric("已[[突破100萬人]]", "100e4", "人", "over", "")
    d.org("，[[foodpanda]]的「pandapro」")
    d.metric("年增[[約25%]]。", 25, "%", "approx", "")
    # P3 commissions and restaurants
    d.metric("多在[[30%]]至35%", 30, "%", "exact", "香港")
    d.metric("30%至[[35%]]之間", 35, "%", "exact", "香港")
    d.city("與[[香港]]、新加坡")
    d.city("香港、[[新加坡]]、東京")
    d.city("新加坡、[[東京]]及首爾")
    d.city("東京及[[首爾]]相比")
    d.org("。[[台灣連鎖暨加盟協會]]上週")
    d.date("協會[[上週]]公布", "2026-W47", "")
    d.metric("發現，[[約6成]]受訪", 60, "%", "approx", "")
    d.metric("，[[近3成]]已調高", 30, "%", "approx", "")
    d.metric("價差[[約15%]]。", 15, "%", "approx", "")
    d.org("。[[麥當勞]]、肯德基")
    d.org("麥當勞、[[肯德基]]、摩斯")
    d.org("肯德基、[[摩斯漢堡]]等連鎖")
    d.org("；[[王品集團]]前3季")
    d.date("王品集團[[前3季]]外送", Y, "")
    d.metric("外送營收[[約18.6億元]]", "18.6e8", "元", "approx", "")
    d.metric("占總營收[[約7%]]；", 7, "%", "approx", "")
    d.org("；[[瓦城泰統集團]]（")
    d.org("（[[瓦城]]）則自")
    d.date("則自[[10月]]起", OCT, "")
    d.metric("調高[[約5%]]。", 5, "%", "approx", "")
    d.org("。[[鼎泰豐]]至今")
    d.org("，[[八方雲集]]則表示")
    d.metric("營收[[約2成]]。", 20, "%", "approx", "")
    # P4 the commerce administration's subsidies (no CITY)
    d.org("，[[經濟部商業發展署]]今年")
    d.date("發展署[[今年]]推出", Y, "")
    d.date("截至[[10月底]]已核定", OCT, "")
    d.metric("核定[[約2,300家]]業者", 2300, "家", "approx", "")
    d.metric("合計[[約4.6億元]]", "4.6e8", "元", "approx", "")
    d.metric("補助新台幣[[30萬元]]，", "30e4", "元", "exact", "",
             outer="新台幣")
    # P5 couriers (no CITY)
    d.org("，[[勞動部]]統計，截至9月底")
    d.date("截至[[9月底]]全國", SEP, "")
    d.metric("外送員[[約16.8萬人]]", "16.8e4", "人", "approx", "")
    d.date("較[[去年同期]]增加", "2025-09", "")
    d.metric("增加[[約1.2萬人]]", "1.2e4", "人", "approx", "")
    d.metric("其中[[約4成]]為兼職", 40, "%", "approx", "")
    d.org("。[[交通部]]資料")
    d.date("顯示，[[今年1]]至9月", "2026-01", "")
    d.date("今年1至[[9月]]外送員", SEP, "")
    d.metric("交通事故[[約3,240件]]", 3240, "件", "approx", "")
    d.metric("造成[[21人]]死亡", 21, "人", "exact", "")
    d.org("。[[勞動部]]上月預告")
    d.date("勞動部[[上月]]預告", OCT, "")
    d.metric("新台幣[[70元]]，", 70, "元", "exact", "", outer="新台幣")
    d.date("預計[[明（116）年第1季]]送", "2027-Q1", "")
    d.org("送[[立法院]]審議")
    d.org("。[[勞動部勞工保險局]]統計")
    d.date("截至[[10月底]]已有約2.1萬名", OCT, "")
    d.metric("已有[[約2.1萬名]]外送員", "2.1e4", "名", "approx", "")
    d.date("較[[年初]]增加", Y, "")
    d.metric("增加[[約38%]]。", 38, "%", "approx", "")
    d.org("。[[勞動部]]今（23）日")
    d.date("勞動部[[今（23）日]]也將", "2026-11-23", "")
    # P6 couriers' income (no CITY)
    d.org("，[[中華經濟研究院]]（")
    d.org("（[[中經院]]）受託")
    d.metric("每週工作[[約52小時]]", 52, "小时", "approx", "")
    d.metric("月收入[[約4.1萬元]]", "4.1e4", "元", "approx", "")
    d.metric("實得[[約3.4萬元]]；", "3.4e4", "元", "approx", "")
    d.metric("；[[約35%]]的外送員", 35, "%", "approx", "")
    d.org("。[[全國外送員職業工會]]指出")
    d.date("平台[[今年]]多次", Y, "")
    d.date("收入較[[去年]]減少", LY, "")
    d.metric("減少[[約10元]]。", 10, "元", "approx", "")
    # P7 city governments
    d.org("。[[台北市勞動局]]統計")
    d.date("統計，[[今年前10月]]共", Y, "")
    d.metric("罰單[[約420件]]", 420, "件", "approx", "")
    d.metric("合計[[約1,260萬元]]。", "1260e4", "元", "approx", "")
    d.city("。[[新北市]]外送員人數")
    d.metric("人數[[約3.9萬人]]", "3.9e4", "人", "approx", NTP)
    d.org("，[[新北市勞工局]]上月")
    d.date("勞工局[[上月]]起", OCT, NTP)
    d.city("；[[桃園]]、台中也跟進")
    d.city("桃園、[[台中]]也跟進")
    d.org("，[[台中市政府交通局]]並在")
    d.metric("增設[[200處]]機車", 200, "处", "exact", TC)
    d.org("。[[高雄市勞工局]]則指出")
    d.city("指出，[[高雄]]外送員")
    d.metric("收入[[約3.2萬元]]", "3.2e4", "元", "approx", KH)
    d.city("較[[台北]]低約12%")
    d.metric("低[[約12%]]。", 12, "%", "approx", TPE)
    d.city("。[[台南]]、基隆")
    d.city("台南、[[基隆]]、新竹市")
    d.city("基隆、[[新竹市]]及嘉義市")
    d.city("新竹市及[[嘉義市]]則研議")
    # P8 consumers (no CITY)
    d.org("。[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）10月")
    d.date("消基會）[[10月]]抽查", OCT, "")
    d.metric("店內高[[約18%]]", 18, "%", "approx", "")
    d.metric("相差[[近4成]]。", 40, "%", "approx", "")
    d.org("。[[主計總處]]本月初")
    d.date("主計總處[[本月初]]公布", NOV, "")
    d.date("顯示，[[10月]]外食費", OCT, "")
    d.metric("年增[[3.1%]]，", "3.1", "%", "exact", "")
    d.metric("CPI的[[1.8%]]。", "1.8", "%", "exact", "")
    # P9 payments and holidays (no CITY)
    d.org("，[[LINE Pay]]、街口支付")
    d.org("、[[街口支付]]與全支付")
    d.org("與[[全支付]]仍是")
    d.metric("占比[[約45%]]。", 45, "%", "approx", "")
    d.metric("訂單[[約7成]]在晚餐", 70, "%", "approx", "")
    d.metric("客單價[[約320元]]", 320, "元", "approx", "")
    d.date("較[[去年]]增加約5%", LY, "")
    d.metric("增加[[約5%]]。業者指出", 5, "%", "approx", "")
    d.date("指出，[[今年中秋節]]連假", "2026-09-25", "")
    d.date("與[[國慶]]連假", "2026-10-10", "")
    d.metric("分別年增[[約22%]]及", 22, "%", "approx", "")
    d.metric("及[[約16%]]，", 16, "%", "approx", "")
    d.date("，[[雙11]]單日", "2026-11-11", "")
    d.metric("訂單[[突破320萬筆]]；", "320e4", "笔", "over", "")
    d.date("隨著[[聖誕節]]、元旦", "2026-12-25", "")
    d.date("、[[元旦]]及明年", "2027-01-01", "")
    d.date("及[[明年農曆春節]]接連", "2027-02-06", "")
    d.date("將在[[12月]]至明年2月", DEC, "")
    d.date("12月至[[明年2月]]迎來", "2027-02", "")
    # P10 the outlook (no CITY)
    d.org("，[[MIC]]預估")
    d.date("預估，[[第4季]]外送", "2026-Q4", "")
    d.metric("再成長[[約1成]]", 10, "%", "approx", "")
    d.date("，[[明年]]國內外送", NY, "")
    d.metric("可望[[突破1,600億元]]。", "1600e8", "元", "over", "")
    d.org("。[[政治大學勞工研究所]]一位")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "高雄", "基隆", "新竹", "嘉義", "柏林", "香港", "新加坡",
                   "東京", "首爾", "台灣", "臺灣", "德國", "板橋", "新莊",
                   "城市", "全台"],
        "excluded": [
            # 台灣 (outside the ORG: the market), 德國 (a country), 板橋
            # and 新莊 (districts of 新北), 全台 (deictic)
            "，[[台灣]]市場", "總部位於[[德國]]柏林",
            "在[[板橋]]、新莊", "板橋、[[新莊]]等區", "合計占[[全台]]約6成",
        ],
        "numbers_excluded": [],
        # 雙方 (a collective word), 同一 (the same), 一位 (an article); 統一
        # and 八方 are inside ORG rows
        "cn_excluded": ["，[[雙]]方持續", "同[[一]]餐點", "[[一]]位教授"],
        # One (the Uber One plan's word after the ORG), pandapro (a plan),
        # CPI (a label)
        "latin_excluded": ["Uber [[One]]", "pandapro", "CPI"],
        # time words that are no DATE: 年增 (x7: six year-on-year, and
        # 去年增加 across the DATE 去年), 單季, 單日,
        # 每週, 每月 (recurring), 月收入, 至今 (x2: 鼎泰豐至今, and 升至 before
        # the DATE 今年前3季), 明定 (a verb)
        "words_excluded": {"年增": 7, "單季": 1, "單日": 1, "每週": 1,
                           "每月": 1, "月收入": 1, "至今": 2, "明定": 1,
                           "同期": 0, "當天": 0, "當日": 0, "全年": 0},
        # generic heads outside ORG rows: 統計處 (a bare back-reference,
        # GUIDELINES), 工會 (x2: 與工會座談, 職業工會加保), 政府 (地方政府),
        # 協會, 集團, 委員會, 基金會, 研究所, 研究院, 勞工局, 勞動局 only in
        # ORGs
        "orgwords_excluded": {"統計處": 1, "工會": 2, "政府": 1, "協會": 0,
                              "集團": 0, "委員會": 0, "基金會": 0,
                              "研究所": 0, "研究院": 0, "勞工局": 0,
                              "勞動局": 0, "保護處": 0, "有限公司": 0},
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
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # 雙11 is a holiday, no range
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
            check_gloss(d, r)
            check_quarter(d, r)
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
