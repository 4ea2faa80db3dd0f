#!/usr/bin/env python3
"""Gold annotation for the held-out articles g97_county_rural_tourism and
g98_taiwan_presale_housing (annotator XB).

Adapted from the precedent set's tools/annotate_x.py (now dev/tools/annotate_g89_g90.py; copied and the data
changed; it keeps the checks of annotate_x.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations against
OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the holiday table by exact span, ROC years, the hand list of
organizations), with annotate_z.py's Big5-family checks adapted to plain
Big5.  Each mention is located by a short context string in which the span
is marked with [[ ]]; the context must occur exactly `n` times in the
article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded:

- g97 is simplified (mainland, 中国旅游报, 2026-11-11), stored as UTF-8 WITH
  a BOM (EF BB BF), which is removed before offsets are counted.  Every
  character is in the BMP; OpenCC t2s leaves the whole article unchanged.
- g98 is traditional (Taiwan, 經濟日報, 2026-11-16), stored as plain Big5
  (Python's 'big5' codec: every character encodes in it, no ETEN or HKSCS
  extension).  cp950 and Big5-HKSCS also read the bytes; Big5-HKSCS reads
  them identically, cp950 differs only on the declared full-width slash of
  the byline (／, A2 41: big5 U+FF0F, cp950 U+2215), which lies in no span.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their official name with
  市).  Bare 2-3 digit years before 年 are ROC years (115年 = 2026).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the precedent held-out set (README, NOTES_x/y/z, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g97_g98.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_x.py: a plain Big5 article instead of GB18030 (strict
big5 decode and byte round trip, every non-ASCII character two bytes,
Big5-HKSCS identical, cp950 differing only on declared characters that no
span holds, neither UTF-8 nor GBK reads the bytes); the UTF-8-with-BOM
article is simplified (t2s leaves it unchanged) and no GB or Big5 codec
reads it; more holidays in the table (中国农民丰收节 = the autumn equinox,
重阳节 = 九月初九 converted, 农历年 = 春节); a METRIC qualifier may come
from a marker written before a currency that precedes the span
(約新台幣420億元, 逾新台幣3,600萬元); a bare day (27日) must carry the
month of the latest month written before it in its sentence, else the
reference month (GUIDELINES).  Re-run (from anywhere):

    python3 dev/tools/annotate_g97_g98.py
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
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g97_county_rural_tourism": ("utf-8", BOM8, False, "2026-11-11",
                                 "中国旅游报"),
    "g98_taiwan_presale_housing": ("big5", b"", True, "2026-11-16",
                                   "經濟日報"),
}
# characters outside the BMP each article declares (none)
OUTSIDE_BMP = {"g97_county_rural_tourism": [],
               "g98_taiwan_presale_housing": []}
# characters of a plain Big5 article that cp950 reads otherwise (A2 41)
CP950_DIFF = {"g98_taiwan_presale_housing": ["／"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g98_taiwan_presale_housing"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时"
                   "买卖录约调楼产内开积战兴庆贷续变权结发务")
# Holidays the articles name, by their exact span (2025-2027): 中秋 2026 =
# 八月十五 = 2026-09-25 (both articles); mainland 国庆 10-01 (g97; 去年国庆
# 2025-10-01); Taiwan's 國慶 10-10 (g98, GUIDELINES; long weekend 10月9日至
# 11日); 中国农民丰收节 = the autumn equinox (GUIDELINES), 2026-09-23 (the
# equinox falls at 00:05 UTC, 08:05 Beijing time, on 23 September);
# 重阳节 = 九月初九: the new moons of 2026-09-11 and 2026-10-10 (Beijing
# time) open the eighth and ninth lunar months (no leap month: each holds
# a major solar term, 秋分 and 霜降), so 重阳 2026 = 2026-10-18; in 2025
# (leap sixth month) the ninth month opens 2025-10-21, 重阳 2025-10-29
# (中秋 2025-10-06 agrees); 双11 2026-11-11 (the reference day of g97);
# 元旦 2027-01-01, 春节 / 农历年 2027 = 正月初一 = 2027-02-06 (the coming
# ones).
HOLIDAY = {
    "中秋": "2026-09-25", "国庆": "2026-10-01", "今年国庆": "2026-10-01",
    "去年国庆": "2025-10-01", "今年中国农民丰收节": "2026-09-23",
    "今年双11": "2026-11-11", "重阳节": "2026-10-18",
    "去年重阳节": "2025-10-29", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-10", "明年農曆年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "丰收节",
                 "豐收節", "重阳", "重陽", "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g97 (2026: municipalities, prefecture-level cities and county-level
    # cities; 义乌, 昆山, 晋江, 都江堰, 腾冲, 弥勒, 桐乡, 宜兴, 江阴 are
    # county-level cities; 婺源 is a county)
    "上海": "上海市", "杭州": "杭州市", "南京": "南京市", "苏州": "苏州市",
    "成都": "成都市", "重庆": "重庆市", "义乌": "义乌市", "昆山": "昆山市",
    "晋江": "晋江市", "都江堰": "都江堰市", "上饶": "上饶市",
    "上饶市": "上饶市", "腾冲": "腾冲市", "弥勒": "弥勒市",
    "桐乡": "桐乡市", "宜兴": "宜兴市", "江阴": "江阴市",
    # g98 (traditional spans; Taiwan's special municipalities and
    # provincial cities with 市)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "桃園市": "桃园市",
    "台中": "台中市", "台中市": "台中市", "台南市": "台南市",
    "高雄": "高雄市", "高雄市": "高雄市", "新竹市": "新竹市",
    "基隆市": "基隆市", "嘉義市": "嘉义市",
}
# spans whose normalized name is not their t2s form (+ 市): none
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "內政部": "内政部", "內政部地政司": "内政部地政司",
    "591房屋交易網": "591房屋交易网", "國泰建設": "国泰建设",
    "遠雄建設": "远雄建设", "華固建設": "华固建设", "華固": "华固",
    "興富發": "兴富发", "冠德": "冠德", "長虹": "长虹", "潤泰新": "润泰新",
    "皇翔": "皇翔", "京城建設": "京城建设", "中央銀行": "中央银行",
    "央行": "央行", "臺灣銀行": "台湾银行", "土地銀行": "土地银行",
    "合作金庫銀行": "合作金库银行", "第一銀行": "第一银行",
    "華南銀行": "华南银行", "財政部": "财政部",
    "國泰世華銀行": "国泰世华银行", "中國信託商業銀行": "中国信托商业银行",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "信義房屋不動產企研室": "信义房屋不动产企研室",
    "永慶房產集團": "永庆房产集团", "住商不動產": "住商不动产",
    "政治大學台灣房地產研究中心": "政治大学台湾房地产研究中心",
    "有巢氏房屋": "有巢氏房屋", "台灣經濟研究院": "台湾经济研究院",
    "台積電": "台积电",
    "中華民國不動產開發商業同業公會全國聯合會":
        "中华民国不动产开发商业同业公会全国联合会",
    "全聯會": "全联会",
    "高雄市不動產開發商業同業公會": "高雄市不动产开发商业同业公会",
}
# Chinese-numeral days and months (none written here; kept for the checks)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}


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
        self.cp950_diff = []
        if enc == "big5":       # plain Big5: every character is in it
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # Big5-HKSCS reads every byte alike
            assert raw.decode("big5hkscs") == self.text, doc_id
            # cp950 reads the same number of characters and differs only
            # on the declared ones
            cp = raw.decode("cp950")
            assert len(cp) == len(self.text), doc_id
            diff = sorted({a for a, b in zip(self.text, cp) if a != b})
            assert diff == CP950_DIFF[doc_id], (doc_id, diff)
            self.cp950_diff = diff
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 127 for c in self.text)
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland text writes no Taiwan marker
            assert "新台币" not in self.text and "民国" not in self.text
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
            assert not any(c in span for c in self.cp950_diff), ctx
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
# g97 county and rural tourism around the autumn holidays of 2026: the
# ministry's county totals, online platforms, the eastern county-level
# cities (义乌, 昆山, 晋江), the centre and west (都江堰, 婺源, 腾冲, 弥勒),
# hotel chains moving into counties, railways and payments, outlook.
# Simplified, UTF-8 WITH BOM, 2026-11-11 (a Wednesday, ISO week 2026-W46,
# itself 双11), 中国旅游报; byline line 中国旅游报记者 程远舟.
# 文化和旅游部数据中心 published 昨日 (2026-11-10).  中秋 2026-09-25
# (9月25日至27日), 国庆 2026-10-01 (10月1日至7日), 中国农民丰收节
# 2026-09-23, 重阳节 2026-10-18 (bracketed 10月18日), 去年重阳节 2025-10-29,
# 上周末 (11月7日至8日) = 2026-W45, 元旦 2027-01-01 and 春节 2027-02-06
# (the coming ones).  上季度 after 三季度 in its sentence is 2026-Q2.
# ===========================================================================
@doc
def g97():
    d = Doc("g97_county_rural_tourism")
    Y, LY, OCT = "2026", "2025", "2026-10"
    NAT, LNAT = "2026-10-01", "2025-10-01"
    SH, NJ, SU, CQ = "上海市", "南京市", "苏州市", "重庆市"
    YW, KS, JJ, DJY, SR, ML = ("义乌市", "昆山市", "晋江市", "都江堰市",
                               "上饶市", "弥勒市")
    # title (a heading that opens with no city)
    d.date("县域游热度攀升 [[前10个月]]县域酒店", Y, "")
    d.metric("预订量同比增长[[23%]]\n", 23, "%", "exact", "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[中国旅游报]]记者")
    # P1 the ministry's county totals (no CITY)
    d.org("\n\n[[文化和旅游部数据中心]]昨日")
    d.date("数据中心[[昨日]]发布", "2026-11-10", "")
    d.date("数据显示，[[今年前三季度]]，全国县域", Y, "")
    d.metric("接待游客[[31.6亿人次]]", "31.6e8", "人次", "exact", "")
    d.metric("同比增长[[12.6%]]，实现", "12.6", "%", "exact", "")
    d.metric("旅游收入[[2.47万亿元]]", "2.47e12", "元", "exact", "")
    d.metric("同比增长[[9.8%]]，增速", "9.8", "%", "exact", "")
    d.date("水平。[[中秋]]、国庆假期", "2026-09-25", "")
    d.date("中秋、[[国庆]]假期（", NAT, "")
    d.date("假期（[[9月25日]]至27日", "2026-09-25", "")
    d.date("9月25日至[[27日]]、", "2026-09-27", "")
    d.date("27日、[[10月1日]]至7日", NAT, "")
    d.date("10月1日至[[7日]]），县域", "2026-10-07", "")
    d.metric("共接待游客[[约4.3亿人次]]", "4.3e8", "人次", "approx", "")
    d.metric("比重[[超过五成]]", 50, "%", "over", "")
    d.org("。[[农业农村部]]此前")
    d.date("截至[[今年9月底]]，全国", "2026-09", "")
    d.metric("重点村[[1597个]]", 1597, "个", "exact", "")
    d.metric("（乡）[[398个]]", 398, "个", "exact", "")
    d.date("；[[今年中国农民丰收节]]期间", "2026-09-23", "")
    d.metric("赏秋线路[[超过2000条]]", 2000, "条", "over", "")
    # P2 platforms (上海、杭州、南京 in the 同程旅行 sentence)
    d.org("趋势。[[携程]]发布")
    d.date("发布的《[[2026]]县域旅游", Y, "")
    d.date("显示，[[今年前10个月]]，平台", Y, "")
    d.metric("预订量同比增长[[23%]]，增速", 23, "%", "exact", "")
    d.metric("高出[[9个百分点]]", 9, "百分点", "exact", "")
    d.date("百分点；[[国庆]]期间，县域", NAT, "")
    d.metric("门票订单同比增长[[31%]]", 31, "%", "exact", "")
    d.metric("占比达到[[42%]]", 42, "%", "exact", "")
    d.org("。[[同程旅行]]数据")
    d.date("数据显示，[[10月]]来自上海", OCT, SH)
    d.city("10月来自[[上海]]、杭州")
    d.city("上海、[[杭州]]、南京")
    d.city("杭州、[[南京]]等城市")
    d.metric("环比增长[[近四成]]", 40, "%", "approx", NJ)
    d.org("。[[美团]]、大众点评")
    d.org("美团、[[大众点评]]上")
    d.metric("搜索量同比增长[[1.8倍]]", "1.8", "倍", "exact", "")
    d.org("1.8倍，[[抖音]]“县城漫游”")
    d.metric("播放量[[突破56亿次]]", "56e8", "次", "over", "")
    d.org("；[[飞猪]]今年双11")
    d.date("飞猪[[今年双11]]预售", "2026-11-11", "")
    d.org("翻番。[[途家]]数据")
    d.date("数据显示，[[三季度]]县域民宿", "2026-Q3", "")
    d.metric("入住率为[[61.5%]]", "61.5", "%", "exact", "")
    d.date("，较[[上季度]]提高", "2026-Q2", "")
    d.metric("提高[[8.2个百分点]]", "8.2", "百分点", "exact", "")
    d.metric("每晚均价[[约486元]]", 486, "元", "approx", "")
    # P3 the eastern county-level cities
    d.org("转身。[[义乌市文化和广电旅游体育局]]统计")
    d.date("统计，[[今年国庆]]假期义乌", NAT, YW)
    d.city("假期[[义乌]]接待")
    d.metric("义乌接待游客[[286.5万人次]]", "286.5e4", "人次", "exact", YW)
    d.metric("同比增长[[17.3%]]", "17.3", "%", "exact", YW)
    d.metric("入境游客[[约3.2万人次]]", "3.2e4", "人次", "approx", YW)
    d.city("万人次，[[义乌]]国际商贸城")
    d.metric("最高[[突破21万人次]]", "21e4", "人次", "over", YW)
    d.city("万人次。[[昆山]]依托")
    d.date("等古镇，[[10月]]接待游客", OCT, KS)
    d.metric("接待游客[[412万人次]]", "412e4", "人次", "exact", KS)
    d.metric("同比增长[[11.4%]]；", "11.4", "%", "exact", KS)
    d.org("；[[昆山市文体广电和旅游局]]介绍")
    d.metric("占比提升至[[34%]]", 34, "%", "exact", "")
    d.city("。在[[晋江]]，安踏")
    d.org("在晋江，[[安踏]]、特步")
    d.org("安踏、[[特步]]等企业")
    d.org("新景点，[[晋江市文化和旅游局]]数据")
    d.date("数据显示，[[前三季度]]“运动", Y, JJ)
    d.metric("接待游客[[超过150万人次]]", "150e4", "人次", "over", JJ)
    d.metric("旅游收入[[约19.6亿元]]", "19.6e8", "元", "approx", JJ)
    d.date("传统街区[[国庆]]期间日均", NAT, JJ)
    d.metric("日均客流[[约6.8万人次]]", "6.8e4", "人次", "approx", JJ)
    d.org("。[[浙江省文化广电和旅游厅]]表示")
    d.metric("全省已有[[26个]]县", 26, "个", "exact", "")
    # P4 the centre and the west
    d.org("火热。[[四川省文化和旅游厅]]数据")
    d.date("数据显示，[[国庆]]期间都江堰", NAT, DJY)
    d.city("国庆期间[[都江堰]]接待")
    d.metric("接待游客[[68.7万人次]]", "68.7e4", "人次", "exact", DJY)
    d.metric("同比增长[[9.6%]]，来自", "9.6", "%", "exact", DJY)
    d.city("来自[[成都]]、重庆")
    d.city("成都、[[重庆]]的自驾")
    d.metric("占比[[超过六成]]", 60, "%", "over", CQ)
    d.city("六成，[[都江堰]]的民宿")
    d.metric("入住率达到[[92%]]", 92, "%", "exact", DJY)
    d.org("，[[江西省文化和旅游厅]]介绍")
    d.date("介绍，[[10月]]婺源县", OCT, SR)
    d.metric("接待游客[[约95万人次]]", "95e4", "人次", "approx", SR)
    d.metric("消费收入[[约1.1亿元]]", "1.1e8", "元", "approx", SR)
    d.city("亿元，[[上饶市]]借势")
    d.city("“秋游[[上饶]]”系列")
    d.city("云南[[腾冲]]、弥勒")
    d.city("腾冲、[[弥勒]]两地")
    d.date("两地[[10月]]接待", OCT, ML)
    d.metric("分别同比增长[[21%]]和", 21, "%", "exact", ML)
    d.metric("21%和[[18%]]，", 18, "%", "exact", ML)
    d.org("，[[昆明长水国际机场]]至")
    d.org("至[[腾冲驼峰机场]]航线")
    d.metric("每日增至[[14班]]", 14, "班", "exact", ML)
    d.date("；[[重阳节]]（", "2026-10-18", "")
    d.date("（[[10月18日]]）前后", "2026-10-18", "")
    d.date("订单较[[去年重阳节]]增长", "2025-10-29", "")
    d.metric("增长[[约35%]]", 35, "%", "approx", "")
    # P5 hotel chains (桐乡、宜兴 in a sentence without figures)
    d.org("下沉。[[华住集团]]第三季度")
    d.date("华住集团[[第三季度]]财报", "2026-Q3", "")
    d.date("截至[[9月30日]]，其在", "2026-09-30", "")
    d.metric("达到[[2860家]]", 2860, "家", "exact", "")
    d.metric("占比[[约21%]]", 21, "%", "approx", "")
    d.date("21%，[[三季度]]县域门店", "2026-Q3", "")
    d.metric("同比增长[[4.6%]]", "4.6", "%", "exact", "")
    d.org("；[[锦江酒店]]表示")
    d.date("表示，[[今年]]新签约", Y, "")
    d.metric("门店中[[约三成]]位于", 30, "%", "approx", "")
    d.org("县域。[[亚朵]]、开元")
    d.org("亚朵、[[开元酒店集团]]也在")
    d.city("浙江[[桐乡]]、江苏")
    d.city("江苏[[宜兴]]等地")
    d.org("，[[松赞]]、花间堂")
    d.org("松赞、[[花间堂]]等精品")
    d.org("线路。[[中国旅游饭店业协会]]调研")
    d.date("显示，[[国庆]]期间县域中高端", NAT, "")
    d.date("房价较[[去年国庆]]上涨", LNAT, "")
    d.metric("上涨[[约6%]]", 6, "%", "approx", "")
    d.metric("房价下降[[3.5%]]", "3.5", "%", "exact", "")
    # P6 railways and payments (义乌、晋江; 上海、苏州)
    d.org("支撑。[[中国国家铁路集团有限公司]]（")
    d.org("以下简称“[[国铁集团]]”）")
    d.date("数据显示，[[国庆]]假期全国铁路", NAT, "")
    d.metric("发送旅客[[2.37亿人次]]", "2.37e8", "人次", "exact", "")
    d.metric("旅客同比增长[[14%]]", 14, "%", "exact", "")
    d.org("；[[国铁集团]]自11月起")
    d.date("国铁集团自[[11月]]起", "2026-11", "")
    d.metric("旅游专列[[46对]]", 46, "对", "exact", "")
    d.org("。[[中国银联]]统计")
    d.date("统计，[[10月]]县域文旅", OCT, "")
    d.metric("交易金额同比增长[[19.2%]]", "19.2", "%", "exact", "")
    d.org("；[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]面向")
    d.city("服务在[[义乌]]、晋江")
    d.city("义乌、[[晋江]]等地使用")
    d.metric("使用笔数增长[[超过2倍]]", 2, "倍", "over", JJ)
    d.org("。[[高德]]数据显示")
    d.date("数据显示，[[上周末]]（", "2026-W45", SH)
    d.date("上周末（[[11月7日]]至8日", "2026-11-07", SH)
    d.date("11月7日至[[8日]]），", "2026-11-08", SH)
    d.city("），[[上海]]、苏州周边")
    d.city("上海、[[苏州]]周边")
    d.metric("环比增长[[26%]]", 26, "%", "exact", SU)
    # P7 outlook (昆山、江阴、晋江、义乌 in the 赛迪顾问 sentence)
    d.org("\n\n[[文化和旅游部]]有关负责人")
    d.date("将于[[今年年底]]前公布", Y, "")
    d.org("。[[中国旅游研究院]]预计")
    d.date("预计，[[今年]]县域旅游收入", Y, "")
    d.metric("有望[[突破3.3万亿元]]", "3.3e12", "元", "over", "")
    d.date("万亿元，[[明年一季度]]元旦", "2027-Q1", "")
    d.date("一季度[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]假期县域", "2027-02-06", "")
    d.metric("同比增长[[10%左右]]", 10, "%", "approx", "")
    d.org("。[[赛迪顾问]]发布")
    d.date("发布的《[[2026]]中国县域", Y, KS)
    d.metric("已有[[37个]]把文旅", 37, "个", "exact", KS)
    d.city("产业，[[昆山]]、江阴")
    d.city("昆山、[[江阴]]、晋江")
    d.city("江阴、[[晋江]]、义乌")
    d.city("晋江、[[义乌]]继续")
    d.org("。[[北京第二外国语学院中国文化和旅游产业研究院]]一位")
    audit = {
        "orgs": ["中国旅游报", "文化和旅游部数据中心", "农业农村部", "携程",
                 "同程旅行", "美团", "大众点评", "抖音", "飞猪", "途家",
                 "义乌市文化和广电旅游体育局", "昆山市文体广电和旅游局",
                 "安踏", "特步", "晋江市文化和旅游局", "浙江省文化广电和旅游厅",
                 "四川省文化和旅游厅", "江西省文化和旅游厅", "昆明长水国际机场",
                 "腾冲驼峰机场", "华住集团", "锦江酒店", "亚朵", "开元酒店集团",
                 "松赞", "花间堂", "中国旅游饭店业协会",
                 "中国国家铁路集团有限公司", "国铁集团", "中国银联", "支付宝",
                 "微信支付", "高德", "文化和旅游部", "中国旅游研究院",
                 "赛迪顾问", "北京第二外国语学院中国文化和旅游产业研究院"],
        "cities": ["上海", "杭州", "南京", "苏州", "成都", "重庆", "义乌",
                   "昆山", "晋江", "都江堰", "上饶", "腾冲", "弥勒", "桐乡",
                   "宜兴", "江阴", "婺源", "昆明", "北京", "中国", "金华",
                   "泉州", "嘉兴", "无锡", "红河", "保山"],
        "excluded": [
            # 婺源 (a county of 上饶市, x2), 中国 in a report's title
            "江西[[婺源]]的", "10月[[婺源县]]篁岭", "《2026[[中国]]县域",
            # towns and blocks: 周庄, 锦溪, 千灯 (towns of 昆山), 五店市 (a
            # historic block of 晋江), 篁岭 (a village of 婺源)
            "依托[[周庄]]、锦溪", "[[五店市]]传统街区",
        ],
        # “95后” (a generation label)
        "numbers_excluded": ["“[[95]]后”"],
        # 这一, 一批 (x2), 一二线, 一线 (tier labels), 千灯 (a town), 四时
        # (in the campaign name “乡村四时好风光”), 二次消费 (secondary
        # spending), 长三角 (a region), 两地 (a collective label for 腾冲、弥勒), 千万工程 (a
        # programme's name), 百强 (x2, a ranking's name), 前十 (a rank),
        # 一位 (indefinite)
        "cn_excluded": ["这[[一]]趋势", "[[一]]批经济强县",
                        "新[[一]]批", "比[[一二]]线城市", "而[[一]]线城市",
                        "锦溪、[[千]]灯", "乡村[[四]]时好风光",
                        "门票及[[二]]次消费", "弥勒[[两]]地",
                        "“[[千万]]工程”", "经济[[百]]强研究",
                        "，[[百]]强县中", "位列前[[十]]", "研究院[[一]]位",
                        "长[[三]]角"],
        "latin_excluded": [],
        # time words that are no DATE: 秋日 (title), 赏秋, 秋假, 晒秋, 秋游 (a
        # campaign's name), 每日, 日均, 单日, 周边 (x2), 周末 (a weekend
        # train, generic), 音乐节 (an event), 期间/假期 after holidays
        # (outside the spans), 以来 (none), 同比 (x18)
        "words_excluded": {"秋日": 1, "赏秋": 1, "秋假": 1, "晒秋": 1,
                           "秋游": 1, "每日": 1, "日均": 1, "单日": 1,
                           "周边": 2, "周末": 1, "音乐节": 1, "期间": 5,
                           "假期": 4, "前后": 1, "同期": 0, "当天": 0,
                           "全国": 6, "全省": 1, "城市": 4},
        # generic heads outside ORG rows: 在线旅游平台, 平台县域酒店; 酒店
        # (县域酒店 x2, 度假酒店, 中高端酒店, 同类酒店, 在营酒店); 等企业; 等精品
        # 品牌; 集团, 研究院, 协会, 局, 厅, 机场 only inside ORGs
        "orgwords_excluded": {"平台": 2, "酒店": 6, "企业": 1, "品牌": 1,
                              "集团": 0, "研究院": 0, "协会": 0, "旅游局": 0,
                              "厅": 0, "机场": 0, "铁路": 1},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g98 Taiwan's presale housing in October 2026: the Ministry of the
# Interior's price registrations, prices and volumes by city, developers'
# launches, the central bank's credit controls and the banks' mortgages,
# agencies' data, outlook and affordability.  Traditional (Taiwan forms 台,
# 占, 週), plain Big5 without BOM, 2026-11-16 (a Monday, ISO week
# 2026-W47), 經濟日報; byline line 記者游智文／台北報導.  內政部 published
# 上週五（13日） (2026-11-13).  A Taiwan text: 112年 = 2023, 113年 = 2024,
# 114年 = 2025, 115年 = 2026, 116年 = 2027.  國慶 is Taiwan's 10-10 (long
# weekend 10月9日至11日); 中秋 2026-09-25; 明年農曆年 2027-02-06.  上季 after
# 今年第4季 is 2026-Q3, after 第3季 2026-Q2; 本季 is 2026-Q4; 上月 as the
# baseline after 9月底 (較上月) is 2026-08.
# ===========================================================================
@doc
def g98():
    d = Doc("g98_taiwan_presale_housing")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    TPE, NTP, TCH, TYN, KHH, TNN, HSZ, CYI = (
        "台北市", "新北市", "台中市", "桃园市", "高雄市", "台南市", "新竹市",
        "嘉义市")
    NTD = "新台幣"
    # title (holds a comma: no heading)
    d.date("回溫 [[前10月]]交易", Y, "")
    d.metric("交易[[2萬3,845筆]]年增", 23845, "笔", "exact", "")
    d.metric("筆年增[[12.4%]]\n", "12.4", "%", "exact", "")
    # byline line
    d.city("記者游智文／[[台北]]報導")
    # P1 the ministry's totals (no CITY: 全台 is deictic)
    d.org("\n\n[[內政部]]上週五")
    d.date("內政部[[上週五]]（13日）", "2026-11-13", "")
    d.date("上週五（[[13日]]）公布", "2026-11-13", "")
    d.date("最新統計，[[今（115）年前10月]]全台", Y, "")
    d.metric("買賣登錄[[2萬3,845筆]]，", 23845, "笔", "exact", "")
    d.metric("，年增[[12.4%]]，其中", "12.4", "%", "exact", "")
    d.date("其中[[10月]]單月", OCT, "")
    d.metric("單月登錄[[2,618筆]]", 2618, "笔", "exact", "")
    d.metric("月增[[8.7%]]", "8.7", "%", "exact", "")
    d.date("，為[[今年]]以來單月次高", Y, "")
    d.org("次高。[[內政部地政司]]指出")
    d.date("指出，自[[112年7月1日]]平均地權", "2023-07-01", "")
    d.date("降溫，[[114年]]預售屋登錄量", LY, "")
    d.date("一度較[[113年]]下滑", "2024", "")
    d.metric("下滑[[近3成]]", 30, "%", "approx", "")
    d.date("3成，[[今年第2季]]起", "2026-Q2", "")
    d.org("回升。[[內政部]]也加強")
    d.date("違規，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]共查處", OCT, "")
    d.metric("違規建商[[42家]]", 42, "家", "exact", "")
    d.metric("裁罰逾新台幣[[3,600萬元]]", "3600e4", "元", "over", "",
             outer="逾" + NTD)
    d.date("並規劃[[明年]]起將", NY, "")
    # P2 prices and volumes by city
    d.date("資料顯示，[[第3季]]台北市", "2026-Q3", TPE)
    d.city("第3季[[台北市]]預售屋")
    d.metric("成交均價每坪[[約112.6萬元]]", "112.6e4", "元", "approx", TPE)
    d.metric("年增[[4.1%]]", "4.1", "%", "exact", TPE)
    d.city("；[[新北市]]每坪")
    d.metric("新北市每坪[[約68.3萬元]]", "68.3e4", "元", "approx", NTP)
    d.metric("開價多在每坪[[80萬元以上]]", "80e4", "元", "over", NTP)
    d.city("以上。[[台中市]]受惠")
    d.date("效應，[[前10月]]預售屋交易", Y, TCH)
    d.metric("預售屋交易[[5,126筆]]", 5126, "笔", "exact", TCH)
    d.metric("均價每坪[[約45.8萬元]]", "45.8e4", "元", "approx", TCH)
    d.city("；[[高雄市]]交易")
    d.metric("高雄市交易[[4,387筆]]", 4387, "笔", "exact", KHH)
    d.metric("新案每坪[[突破60萬元]]", "60e4", "元", "over", KHH)
    d.city("萬元。[[桃園市]]青埔")
    d.metric("一帶則有[[約1,900戶]]", 1900, "户", "approx", TYN)
    d.city("完銷，[[台南市]]沙崙")
    d.city("沙崙、[[新竹市]]關埔")
    d.metric("分別為每坪[[38.2萬元]]、", "38.2e4", "元", "exact", HSZ)
    d.metric("38.2萬元、[[62.5萬元]]，", "62.5e4", "元", "exact", HSZ)
    d.city("萬元，[[基隆市]]、嘉義市")
    d.city("基隆市、[[嘉義市]]則多")
    d.metric("則多在每坪[[30萬元以下]]", "30e4", "元", "under", CYI)
    d.metric("分別年增[[21%]]、", 21, "%", "exact", "")
    d.metric("21%、[[17%]]。", 17, "%", "exact", "")
    d.org("17%。[[591房屋交易網]]統計")
    d.date("交易網統計，[[10月]]預售屋物件", OCT, "")
    d.metric("瀏覽量月增[[15%]]", 15, "%", "exact", "")
    # P3 developers
    d.org("積極。[[國泰建設]]表示")
    d.date("表示，[[今年第4季]]預計", "2026-Q4", TPE)
    d.city("預計在[[台北]]、新北")
    d.city("台北、[[新北]]推出")
    d.metric("推出[[3個]]新案", 3, "个", "exact", NTP)
    d.metric("總銷金額約新台幣[[420億元]]", "420e8", "元", "approx", NTP,
             outer="約" + NTD)
    d.date("億元，[[上季]]推出的士林案", "2026-Q3", NTP)
    d.metric("去化已[[逾7成]]", 70, "%", "over", NTP)
    d.org("；[[遠雄建設]]前3季")
    d.date("遠雄建設[[前3季]]營收", Y, "")
    d.metric("營收[[約168億元]]", "168e8", "元", "approx", "")
    d.metric("純益[[2.35元]]", "2.35", "元", "exact", "")
    d.org("。[[華固建設]]董事長")
    d.org("指出，[[華固]]手上")
    d.city("華固手上[[台北市]]案量")
    d.metric("案量[[約300億元]]", "300e8", "元", "approx", TPE)
    d.date("億元，[[明（116）年上半年]]將", NY, TPE)
    d.org("交屋。[[興富發]]、冠德")
    d.org("興富發、[[冠德]]、長虹")
    d.org("冠德、[[長虹]]等建商")
    d.city("也在[[桃園]]、台中加碼")
    d.city("桃園、[[台中]]加碼")
    d.org("其中[[興富發]]今年")
    d.date("興富發[[今年]]在台中", Y, TCH)
    d.city("今年在[[台中]]七期")
    d.metric("總銷[[約95億元]]", "95e8", "元", "approx", TCH)
    d.org("；[[潤泰新]]、皇翔")
    d.org("潤泰新、[[皇翔]]則以")
    d.org("為主。[[京城建設]]看好")
    d.city("看好[[高雄]]亞灣區")
    d.date("亞灣區，[[今年]]以來已完銷", Y, KHH)
    d.metric("已完銷[[2案]]", 2, "案", "exact", KHH)
    d.metric("合計[[約860戶]]", 860, "户", "approx", KHH)
    # P4 the central bank and the state banks (no CITY)
    d.org("變數。[[中央銀行]]第3季")
    d.date("中央銀行[[第3季]]理監事會", "2026-Q3", "")
    d.metric("重貼現率於[[2%]]不變", 2, "%", "exact", "")
    d.date("延續[[113年9月]]起", "2024-09", "")
    d.metric("最高成數維持[[5成]]", 50, "%", "exact", "")
    d.org("5成。[[央行]]統計")
    d.date("截至[[9月底]]，全體銀行", "2026-09", "")
    d.metric("餘額達[[11兆2,356億元]]", "112356e8", "元", "exact", "")
    d.metric("，年增[[5.8%]]，建築", "5.8", "%", "exact", "")
    d.metric("建築貸款餘額[[約3兆1,280億元]]", "31280e8", "元", "approx", "")
    d.org("億元。[[臺灣銀行]]、土地銀行")
    d.org("臺灣銀行、[[土地銀行]]、合作")
    d.org("土地銀行、[[合作金庫銀行]]、第一")
    d.org("合作金庫銀行、[[第一銀行]]、華南")
    d.org("第一銀行、[[華南銀行]]等公股")
    d.date("公股行庫[[10月]]新承作", OCT, "")
    d.metric("新承作房貸[[約612億元]]", "612e8", "元", "approx", "")
    d.date("，較[[去年同期]]減少約18%", "2025-10", "")
    d.metric("減少[[約18%]]", 18, "%", "approx", "")
    # P5 mortgages (no CITY)
    d.org("房貸方面，[[財政部]]推動")
    d.date("新青安貸款自[[112年8月]]上路", "2023-08", "")
    d.metric("撥貸已[[超過19萬戶]]", "19e4", "户", "over", "")
    d.metric("金額[[逾1兆1,500億元]]", "11500e8", "元", "over", "")
    d.org("。[[土地銀行]]表示")
    d.metric("首年利率[[約1.775%]]", "1.775", "%", "approx", "")
    d.metric("利率落在[[2.2%]]至2.5%", "2.2", "%", "exact", "")
    d.metric("2.2%至[[2.5%]]之間", "2.5", "%", "exact", "")
    d.metric("已降至[[7成以下]]", 70, "%", "under", "")
    d.org("以下。[[第一銀行]]統計")
    d.date("統計，[[今年前10月]]該行", Y, "")
    d.metric("首購族占比達[[76%]]", 76, "%", "exact", "")
    d.metric("貸款成數[[約7成]]", 70, "%", "approx", "")
    d.org("7成。[[合作金庫銀行]]指出")
    d.date("指出，[[本月]]起將", "2026-11", "")
    d.org("；[[國泰世華銀行]]、中國信託")
    d.org("國泰世華銀行、[[中國信託商業銀行]]等民營")
    d.date("表示，[[年底]]前房貸額度", Y, "")
    d.org("偏緊。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）統計")
    d.date("統計，[[9月底]]本國銀行", "2026-09", "")
    d.metric("比率為[[37.2%]]", "37.2", "%", "exact", "")
    d.date("，較[[上月]]下降", "2026-08", "")
    d.metric("下降[[0.1個百分點]]", "0.1", "百分点", "exact", "")
    # P6 agencies (no CITY: 六都, 全台 are no city names)
    d.org("分化。[[信義房屋不動產企研室]]分析")
    d.date("分析，[[前10月]]六都", Y, "")
    d.metric("總價[[2,000萬元以下]]產品", "2000e4", "元", "under", "")
    d.metric("占比[[約64%]]", 64, "%", "approx", "")
    d.date("64%，較[[去年同期]]增加", LY, "")
    d.metric("增加[[5.2個百分點]]；", "5.2", "百分点", "exact", "")
    d.org("；[[永慶房產集團]]統計")
    d.date("統計，[[國慶]]連假（", "2026-10-10", "")
    d.date("連假（[[10月9日]]至11日）", "2026-10-09", "")
    d.date("10月9日至[[11日]]）期間", "2026-10-11", "")
    d.date("來客量較[[中秋]]連假", "2026-09-25", "")
    d.metric("成長[[約2成]]", 20, "%", "approx", "")
    d.org("。[[住商不動產]]預估")
    d.date("預估，[[今年]]全台", Y, "")
    d.metric("可望達[[2萬8,000筆]]", 28000, "笔", "exact", "")
    d.date("筆，[[明年農曆年]]前後", "2027-02-06", "")
    d.metric("仍有[[約2,500億元]]推案量", "2500e8", "元", "approx", "")
    d.org("。[[政治大學台灣房地產研究中心]]與")
    d.org("研究中心與[[國泰建設]]合作")
    d.date("指數顯示，[[第3季]]全國", "2026-Q3", "")
    d.date("成交價較[[上季]]上漲", "2026-Q2", "")
    d.metric("上漲[[1.8%]]", "1.8", "%", "exact", "")
    d.metric("擴大至[[4.6%]]", "4.6", "%", "exact", "")
    d.org("。[[有巢氏房屋]]統計")
    d.metric("比重[[約58%]]", 58, "%", "approx", "")
    d.date("，較[[114年同期]]增加", LY, "")
    d.metric("增加[[3.4個百分點]]", "3.4", "百分点", "exact", "")
    # P7 outlook and affordability (高雄、台中; 高雄; 台北市)
    d.org("\n\n[[台灣經濟研究院]]研究員")
    d.org("表示，[[央行]]本季")
    d.date("央行[[本季]]理監事會", "2026-Q4", "")
    d.date("將於[[12月17日]]召開", "2026-12-17", "")
    d.date("可望在[[明年第1季]]進入", "2027-Q1", "")
    d.org("不過，[[台積電]]在高雄")
    d.city("台積電在[[高雄]]、台中")
    d.city("高雄、[[台中]]等地")
    d.org("。[[中華民國不動產開發商業同業公會全國聯合會]]（")
    d.org("（[[全聯會]]）則呼籲")
    d.org("，[[高雄市不動產開發商業同業公會]]也預估")
    d.city("預估，[[高雄]]明年")
    d.date("高雄[[明年]]預售屋", NY, KHH)
    d.metric("推案量[[約1,200億元]]", "1200e8", "元", "approx", KHH)
    d.date("，與[[今年]]相當", Y, KHH)
    d.org("觀察，[[內政部]]統計")
    d.date("統計[[第2季]]全國房價", "2026-Q2", TPE)
    d.metric("所得比為[[10.38倍]]", "10.38", "倍", "exact", TPE)
    d.city("倍，[[台北市]]高達")
    d.metric("高達[[16.2倍]]", "16.2", "倍", "exact", TPE)
    d.metric("負擔率[[約66.5%]]", "66.5", "%", "approx", TPE)
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "苗栗", "全台",
                   "台灣", "臺灣"],
        "excluded": [
            # 全台 (x2, deictic), counties 新竹縣, 苗栗縣
            "今（115）年前10月[[全台]]", "今年[[全台]]預售屋",
            "[[新竹縣]]、苗栗縣", "新竹縣、[[苗栗縣]]受惠",
            # districts and zones: 板橋, 新莊 (新北), 七期 (台中, x2), 亞灣
            # (高雄, x2), 青埔, 中壢 (桃園), 沙崙 (台南), 關埔 (新竹市), 士林
            # (台北); 南部, 中部 are regions
        ],
        # 第7波 (an ordinal wave of controls)
        "numbers_excluded": ["第[[7]]波"],
        # 六都 (x2, a collective label), 七期 (x2, a zone of 台中), 兩個月
        # (a duration), 一度, 一帶, 一般 (words), 第二戶 (an ordinal credit category)
        "cn_excluded": ["居[[六]]都之冠", "前10月[[六]]都", "與[[七]]期重劃區",
                        "台中[[七]]期推出", "開賣[[兩個月]]", "登錄量[[一]]度", "中壢[[一]]帶",
                        "，[[一]]般首購",
                        "第[[二]]戶購屋"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (x8), 月增 (x2), 單月 (x2), 首年
        # (a loan's first year), 明顯, 連假 (x2, outside the holiday spans),
        # 以來 (x4, outside), 前後, 期間
        "words_excluded": {"年增": 5, "月增": 2, "單月": 2, "首年": 1,
                           "明顯": 1, "連假": 2, "以來": 4, "期間": 1,
                           "前後": 1, "同期": 0, "當月": 0},
        # generic heads outside ORG rows: 全體銀行, 本國銀行, 部分銀行, 民營
        # 銀行; 建商 (x3); 公會, 研究院, 集團 only inside ORGs
        "orgwords_excluded": {"銀行": 4, "建商": 3, "公會": 0, "研究院": 0,
                              "集團": 0, "業者": 1, "建設": 0, "房屋": 0},
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
               ("不足", "under"), ("约", "approx"), ("約", "approx"),
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
    """The year, month and day a DATE span writes must be those of its
    normalization: a 4-digit year, a month not counted by 前/首 (前10月,
    前10个月 are the year), a day also in brackets (昨（23）日)."""
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", tx)
    if m:
        assert norm[:4] == m.group(1), (tx, norm)
    mon = re.search(r"(?<![\d前首])(\d{1,2}|十[一二]?|[一二三四五六七八九])月",
                    tx)
    if mon and not re.search(r"[前首]" + re.escape(mon.group(0)), tx):
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2})[）)]?日", tx)
    if day:
        assert norm[8:10] == "%02d" % int(day.group(1)), (tx, norm)


def check_bare_day(d, r):
    """A bare day (27日, 13日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


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
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
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
