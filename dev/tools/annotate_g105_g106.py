#!/usr/bin/env python3
"""Gold annotation for the held-out articles g105_high_speed_rail_holiday
and g106_macao_hk_retail_consumer_vouchers (annotator YC).

Adapted from the precedent set's tools/annotate_xb.py (now dev/tools/annotate_g97_g98.py; copied and the data
changed; it keeps the checks of annotate_xb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations against
OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the holiday table by exact span, the bare-day month rule, the hand
list of organizations), with annotate_xc.py's checks of relative words
(今年/明年/去年, 本月/上月, 本周/上周, 昨日 resolved from the reference date),
of mainland cities normalized with 市, of Chinese-numeral days and of
不到/五折 markers.  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded:

- g105 is simplified (mainland, 人民铁道, 2026-11-10), stored as UTF-8 WITH
  a BOM (EF BB BF), which is removed before offsets are counted.  Every
  character is in the BMP; OpenCC t2s leaves the whole article unchanged.
- g106 is traditional (Hong Kong, 經濟日報, 2026-11-19), stored as plain
  Big5 (Python's 'big5' codec: every character encodes in it, no ETEN or
  HKSCS extension; Hong Kong's 恒 is written 恆, which Big5 holds).
  Big5-HKSCS and cp950 read the bytes identically; GBK, GB2312 and UTF-8
  fail (GB18030 reads gibberish, as with earlier Big5 files).  `text` is
  the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; mainland cities by their official name with 市).
  It is no Taiwan text: no ROC year, no Taiwan marker.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the precedent held-out set (README, NOTES_xa/xb/xc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g105_g106.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_xb.py: no Taiwan article (a check that neither
article writes a Taiwan marker or a ROC year); the Big5 article is a Hong
Kong one whose cp950 reading is identical; railway stations, malls and
lines are declared facilities (their city strings are audited exclusions);
a METRIC qualifier may come from a marker separated from the figure by a
verb (约占…的四成); the holiday table holds 除夕 and the Hong Kong forms
(聖誕, 農曆新年, 雙11, 國慶).  Re-run (from anywhere):

    python3 dev/tools/annotate_g105_g106.py
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
    "g105_high_speed_rail_holiday": ("utf-8", BOM8, False, "2026-11-10",
                                     "人民铁道"),
    "g106_macao_hk_retail_consumer_vouchers": ("big5", b"", True,
                                               "2026-11-19", "經濟日報"),
}
# characters outside the BMP each article declares (none)
OUTSIDE_BMP = {"g105_high_speed_rail_holiday": [],
               "g106_macao_hk_retail_consumer_vouchers": []}
# characters of a plain Big5 article that cp950 reads otherwise (none)
CP950_DIFF = {"g106_macao_hk_retail_consumer_vouchers": []}
# Taiwan articles (bare 2-3 digit years are ROC years): none here
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时"
                   "买卖录约调楼产内开积战兴庆贷续变权结发务")
# Holidays the articles name, by their exact span (2025-2027): 中秋 2026 =
# 八月十五 = 2026-09-25 (g105: the holiday 9月25日至27日); 国庆 / 國慶 10-01
# (the mainland's national day, kept in Hong Kong and Macao too; g105 去年国庆
# 2025-10-01); 元旦 2027-01-01 (the coming one, nearest the reference date;
# g105's 元旦假期 is written 2027年1月1日至3日); 春节 / 農曆新年 2027 = 正月
# 初一 = 2027-02-06 (the new moon of 2027-02-06 23:56 Beijing time; the
# coming one) and 除夕 2027-02-05, the day before (GUIDELINES); 雙11 /
# 今年雙11 2026-11-11 (just past in g106); 聖誕 2026-12-25 (the coming one).
HOLIDAY = {
    "今年中秋": "2026-09-25", "中秋": "2026-09-25", "国庆": "2026-10-01",
    "去年国庆": "2025-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "除夕": "2027-02-05", "國慶": "2026-10-01", "今年雙11": "2026-11-11",
    "雙11": "2026-11-11", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g105 (2026: municipalities and prefecture-level cities)
    "北京": "北京市", "哈尔滨": "哈尔滨市", "西安": "西安市",
    "重庆": "重庆市", "成都": "成都市", "达州": "达州市", "武汉": "武汉市",
    "宜昌": "宜昌市", "三亚": "三亚市", "昆明": "昆明市", "厦门": "厦门市",
    "广州": "广州市", "深圳": "深圳市", "长沙": "长沙市", "南昌": "南昌市",
    "齐齐哈尔": "齐齐哈尔市", "牡丹江": "牡丹江市", "北海": "北海市",
    # g106 (traditional spans; 香港 and 澳门 by their common names)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "東莞": "东莞市",
    "佛山": "佛山市", "上海": "上海市", "杭州": "杭州市", "珠海": "珠海市",
    "中山": "中山市",
}
# normalized cities written without 市 (SPEC: Hong Kong, Macao, foreign)
NO_SHI = {"香港", "澳门"}
# spans whose normalized name is not their t2s form (+ 市): none
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟日報": "经济日报", "政府統計處": "政府统计处", "統計處": "统计处",
    "特區政府": "特区政府", "香港零售管理協會": "香港零售管理协会",
    "零售管理協會": "零售管理协会", "HKTVmall": "HKTVmall",
    "莎莎國際": "莎莎国际", "萬寧": "万宁", "屈臣氏": "屈臣氏",
    "崇光百貨": "崇光百货", "周大福珠寶集團": "周大福珠宝集团",
    "周大福": "周大福", "六福集團": "六福集团", "周生生": "周生生",
    "新鴻基地產": "新鸿基地产", "新地": "新地", "九龍倉置業": "九龙仓置业",
    "領展": "领展", "太古地產": "太古地产", "恆隆地產": "恒隆地产",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "入境事務處": "入境事务处", "入境處": "入境处",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "澳門通": "澳门通", "支付寶": "支付宝", "中國銀聯": "中国银联",
    "澳門中華總商會": "澳门中华总商会", "新八佰伴": "新八佰伴",
    "銀河娛樂": "银河娱乐", "金沙中國": "金沙中国",
    "澳門旅遊局": "澳门旅游局",
    "香港中小型企業總商會": "香港中小型企业总商会",
    "財經事務及庫務局": "财经事务及库务局",
    "文化體育及旅遊局": "文化体育及旅游局", "八達通": "八达通",
    "美團": "美团", "大眾點評": "大众点评", "中銀香港": "中银香港",
    "星展銀行": "星展银行",
    "香港大學經濟及工商管理學院": "香港大学经济及工商管理学院",
}
# Chinese-numeral days (none written here; kept for the day check)
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
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:            # Taiwan marker
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
# g105 railway passenger traffic in 2026: the national totals of the first
# ten months (国铁集团), the 中秋 and 国庆 holidays, the railway group
# companies and their stations, ticketing (中国铁路客户服务中心 and its
# 12306 service), new lines, the 元旦 holiday and the 2027 春运, travel
# platforms, winter tourist trains.  Simplified, UTF-8 WITH BOM,
# 2026-11-10 (a Tuesday, ISO week 2026-W46), 人民铁道; the dateline
# 本报北京11月9日讯（记者 程嘉言） opens the first paragraph.  中秋 2026-09-25
# (9月25日至27日), 国庆 2026-10-01 (the golden-week transport 9月28日至10月8日),
# 去年国庆 2025-10-01, 元旦 2027-01-01 (2027年1月1日至3日), 春节 2027-02-06,
# 除夕 2027-02-05; 2027年春运 gives the DATE 2027年 only (春运 is a travel
# season with no day of its own).  Railway stations (上海虹桥站, 广州南站 …)
# are facilities: neither CITY nor ORG (GUIDELINES: a city followed by 站 is
# no CITY; a port is a facility).
# ===========================================================================
@doc
def g105():
    d = Doc("g105_high_speed_rail_holiday")
    Y, NY, OCT = "2026", "2027", "2026-10"
    NAT, LNAT, MOON = "2026-10-01", "2025-10-01", "2026-09-25"
    NYD, SF = "2027-01-01", "2027-02-06"
    BJ, HRB, XA, CQ, CD, DZ, WH, YC = (
        "北京市", "哈尔滨市", "西安市", "重庆市", "成都市", "达州市",
        "武汉市", "宜昌市")
    GZ, NC = "广州市", "南昌市"
    # title (a heading that opens with no city)
    d.date("[[前10个月]]全国铁路发送旅客39.2亿", Y, "")
    d.metric("发送旅客[[39.2亿人次]] 同比", "39.2e8", "人次", "exact", "")
    d.metric("同比增长[[5.8%]]\n", "5.8", "%", "exact", "")
    # P1 national totals (dateline 北京: the first sentence takes 北京市)
    d.city("本报[[北京]]11月9日讯")
    d.date("本报北京[[11月9日]]讯", "2026-11-09", BJ)
    d.org("记者从[[中国国家铁路集团有限公司]]（")
    d.org("以下简称“[[国铁集团]]”）获悉")
    d.date("获悉，[[今年前10个月]]，全国", Y, BJ)
    d.metric("发送旅客[[39.2亿人次]]，同比", "39.2e8", "人次", "exact", BJ)
    d.metric("同比增长[[5.8%]]，日均", "5.8", "%", "exact", BJ)
    d.metric("日均发送旅客[[1289.5万人次]]", "1289.5e4", "人次", "exact", BJ)
    d.date("其中，[[10月份]]全国铁路", OCT, "")
    d.metric("发送旅客[[4.31亿人次]]", "4.31e8", "人次", "exact", "")
    d.metric("同比增长[[6.4%]]", "6.4", "%", "exact", "")
    d.metric("环比增长[[12.7%]]", "12.7", "%", "exact", "")
    d.org("。[[国铁集团客运部]]有关负责人")
    d.date("表示，[[元旦]]和2027年春运", NYD, "")
    d.date("元旦和[[2027年]]春运临近", NY, "")
    # P2 the 中秋 and 国庆 holidays (no CITY)
    d.date("\n\n[[今年中秋]]、国庆假期", MOON, "")
    d.date("今年中秋、[[国庆]]假期，铁路", NAT, "")
    d.date("运行。[[9月25日]]至27日", MOON, "")
    d.date("9月25日至[[27日]]中秋", "2026-09-27", "")
    d.date("至27日[[中秋]]假期", MOON, "")
    d.metric("发送旅客[[5638万人次]]", "5638e4", "人次", "exact", "")
    d.metric("同比增长[[3.2%]]；", "3.2", "%", "exact", "")
    d.date("；[[国庆]]黄金周运输", NAT, "")
    d.date("期间（[[9月28日]]至10月8日", "2026-09-28", "")
    d.date("9月28日至[[10月8日]]）", "2026-10-08", "")
    d.metric("发送旅客[[2.27亿人次]]", "2.27e8", "人次", "exact", "")
    d.metric("同比增长[[4.9%]]", "4.9", "%", "exact", "")
    d.metric("日均发送旅客[[2063.6万人次]]", "2063.6e4", "人次", "exact", "")
    d.date("其中，[[10月1日]]发送旅客", NAT, "")
    d.metric("发送旅客[[2368.5万人次]]", "2368.5e4", "人次", "exact", "")
    d.org("运输期间，[[国铁集团]]累计加开")
    d.metric("旅客列车[[1.36万列]]", "1.36e4", "列", "exact", "")
    d.metric("上座率达到[[87%]]", 87, "%", "exact", "")
    d.date("，较[[去年国庆]]提高", LNAT, "")
    d.metric("提高[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.org("据[[中国民用航空局]]（")
    d.org("以下简称“[[民航局]]”）统计")
    d.metric("运输旅客[[约231万人次]]", "231e4", "人次", "approx", "")
    d.metric("是民航的[[近9倍]]", 9, "倍", "approx", "")
    # P3 the railway group companies and their stations
    d.org("明显。[[中国铁路上海局集团有限公司]]（")
    d.org("以下简称“[[上海局集团]]”）黄金周")
    d.metric("发送旅客[[4162万人次]]", "4162e4", "人次", "exact", "")
    d.metric("同比增长[[6.1%]]，上海", "6.1", "%", "exact", "")
    d.metric("均[[突破30万人次]]", "30e4", "人次", "over", "")
    d.metric("同比增长均[[超过一成]]", 10, "%", "over", "")
    d.org("一成。[[广铁集团]]发送")
    d.metric("发送旅客[[3890万人次]]", "3890e4", "人次", "exact", "")
    d.date("广州南站[[10月2日]]发送", "2026-10-02", "")
    d.metric("发送旅客[[41.3万人次]]", "41.3e4", "人次", "exact", "")
    d.date("深圳北站[[同日]]发送", "2026-10-02", "")
    d.metric("发送旅客[[32.6万人次]]", "32.6e4", "人次", "exact", "")
    d.org("新高，[[广州地铁]]同步")
    d.metric("延长了[[7条]]线路", 7, "条", "exact", "")
    d.org("。[[北京局集团]]加开")
    d.city("加开[[北京]]至哈尔滨")
    d.city("北京至[[哈尔滨]]、")
    d.city("、[[北京]]至西安方向")
    d.city("北京至[[西安]]方向")
    d.metric("夜间高铁[[86列]]", 86, "列", "exact", XA)
    d.org("。[[成都局集团]]、西安局集团")
    d.org("成都局集团、[[西安局集团]]分别")
    d.metric("发送旅客[[1416万人次]]和", "1416e4", "人次", "exact", CQ)
    d.metric("和[[958万人次]]，", "958e4", "人次", "exact", CQ)
    d.city("往返[[重庆]]、成都之间")
    d.city("重庆、[[成都]]之间")
    d.org("约占[[成都局集团]]客流")
    d.metric("客流的[[四成]]。", 40, "%", "approx", CD, sep="约占")
    # P4 ticketing (no CITY)
    d.org("方面，[[中国铁路客户服务中心]]数据")
    d.metric("日均售票[[1786万张]]", "1786e4", "张", "exact", "")
    d.metric("最高达[[2104万张]]", "2104e4", "张", "exact", "")
    d.metric("兑现车票[[1240万张]]", "1240e4", "张", "exact", "")
    d.metric("兑现率达到[[72.3%]]", "72.3", "%", "exact", "")
    d.org("已支持[[中国银联]]、")
    d.org("中国银联、[[支付宝]]、")
    d.org("支付宝、[[微信支付]]等")
    d.date("支付方式，[[10月]]境外旅客", OCT, "")
    d.metric("火车票[[约35.8万张]]", "35.8e4", "张", "approx", "")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.org("。[[国铁集团]]自今年9月起", n=1)
    d.date("国铁集团自[[今年9月]]起", "2026-09", "")
    d.date("截至[[10月底]]累计开通", OCT, "")
    d.metric("开通用户[[超过610万人]]", "610e4", "人", "over", "")
    # P5 new lines (成都至达州, 武汉至宜昌)
    d.org("。[[国家铁路局]]数据显示")
    d.date("数据显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，全国", OCT, "")
    d.metric("投产新线[[2860公里]]", 2860, "公里", "exact", "")
    d.metric("其中高铁[[1930公里]]", 1930, "公里", "exact", "")
    d.date("；截至[[10月底]]，全国", OCT, "")
    d.metric("营业里程达到[[16.5万公里]]", "16.5e4", "公里", "exact", "")
    d.metric("其中高铁[[5.1万公里]]", "5.1e4", "公里", "exact", "")
    d.date("万公里。[[9月28日]]，成达万", "2026-09-28", CD)
    d.city("运营，[[成都]]至达州")
    d.city("成都至[[达州]]间")
    d.metric("动车组列车[[42对]]", 42, "对", "exact", DZ)
    d.date("；[[10月30日]]，沪渝蓉", "2026-10-30", WH)
    d.city("沪渝蓉高铁[[武汉]]至宜昌段")
    d.city("武汉至[[宜昌]]段开通")
    d.metric("全长[[约320公里]]", 320, "公里", "approx", YC)
    d.metric("设计时速[[350公里]]", 350, "公里", "exact", YC)
    d.org("。[[郑州局集团]]、武汉局集团")
    d.org("郑州局集团、[[武汉局集团]]表示")
    d.date("新线开通后，[[10月]]管内", OCT, "")
    d.metric("分别增长[[8.3%]]和", "8.3", "%", "exact", "")
    d.metric("8.3%和[[9.7%]]。", "9.7", "%", "exact", "")
    # P6 the 元旦 holiday and the 2027 春运 (no CITY)
    d.date("\n\n[[元旦]]、春运运输组织", NYD, "")
    d.org("全面启动。[[国铁集团]]预计")
    d.date("预计，[[元旦]]假期（", NYD, "")
    d.date("假期（[[2027年1月1日]]至3日", NYD, "")
    d.date("2027年1月1日至[[3日]]）", "2027-01-03", "")
    d.metric("日均发送旅客[[约1650万人次]]", "1650e4", "人次", "approx", "")
    d.date("万人次。[[2027年]]春运自", NY, "")
    d.date("春运自[[1月22日]]开始", "2027-01-22", "")
    d.date("，至[[3月2日]]结束", "2027-03-02", "")
    d.metric("发送旅客[[5.3亿人次]]", "5.3e8", "人次", "exact", "")
    d.metric("同比增长[[4%左右]]", 4, "%", "approx", "")
    d.org("左右。[[交通运输部]]预计")
    d.date("预计，[[2027年]]春运期间", NY, "")
    d.metric("将达到[[92亿人次左右]]", "92e8", "人次", "approx", "")
    d.org("，[[民航局]]预计民航")
    d.metric("运输量[[约9500万人次]]", "9500e4", "人次", "approx", "")
    d.date("将于[[明年1月8日]]开售", "2027-01-08", "")
    d.date("开售，[[春节]]前客流", SF, "")
    d.date("出现在[[2月1日]]至4日", "2027-02-01", "")
    d.date("2月1日至[[4日]]，节后", "2027-02-04", "")
    d.date("集中在[[2月11日]]至14日", "2027-02-11", "")
    d.date("2月11日至[[14日]]。", "2027-02-14", "")
    d.org("。[[国家发展改革委]]、")
    d.org("发展改革委、[[交通运输部]]、")
    d.org("交通运输部、[[国家铁路局]]等部门")
    d.date("将于[[12月中旬]]召开", "2026-12", "")
    d.date("部署[[除夕]]前后", "2027-02-05", "")
    # P7 travel platforms (哈尔滨、三亚、昆明、厦门; 广州、深圳、长沙、南昌)
    d.org("需求。[[携程]]数据显示")
    d.date("截至[[11月9日]]，元旦", "2026-11-09", HRB)
    d.date("11月9日，[[元旦]]假期火车票", NYD, HRB)
    d.metric("预订量同比增长[[23%]]", 23, "%", "exact", HRB)
    d.city("23%，[[哈尔滨]]、三亚")
    d.city("哈尔滨、[[三亚]]、")
    d.city("三亚、[[昆明]]、")
    d.city("昆明、[[厦门]]位列")
    d.org("前四；[[去哪儿]]数据")
    d.date("数据显示，[[11月]]以来往返", "2026-11", GZ)
    d.city("往返[[广州]]、深圳")
    d.city("广州、[[深圳]]与长沙")
    d.city("深圳与[[长沙]]、南昌")
    d.city("长沙、[[南昌]]的火车票")
    d.metric("环比增长[[近1倍]]", 1, "倍", "approx", NC)
    d.org("。[[中铁快运]]推出")
    d.date("业务[[10月]]发送快件", OCT, "")
    d.metric("发送快件[[超过860万件]]", "860e4", "件", "over", "")
    d.metric("同比增长[[31%]]。", 31, "%", "exact", "")
    d.org("。[[中国旅游研究院]]预计")
    d.date("预计，[[今年]]全年国内", Y, "")
    d.metric("人次将[[超过63亿]]", "63e8", "", "over", "")
    d.metric("提升至[[45%以上]]", 45, "%", "over", "")
    # P8 winter tourist trains (哈尔滨、齐齐哈尔、牡丹江; 北海)
    d.org("升温，[[哈尔滨局集团]]计划")
    d.date("计划自[[12月]]起开行", "2026-12", HRB)
    d.city("连接[[哈尔滨]]、齐齐哈尔")
    d.city("哈尔滨、[[齐齐哈尔]]、")
    d.city("齐齐哈尔、[[牡丹江]]等城市")
    d.org("；[[南宁局集团]]、昆明局集团")
    d.org("南宁局集团、[[昆明局集团]]将加开")
    d.city("加开至[[北海]]、西双版纳")
    d.org("列车。[[国铁集团]]表示")
    d.org("由[[中国中车]]研制")
    d.metric("运用考核[[60万公里]]", "60e4", "公里", "exact", "")
    d.date("计划[[明年]]投入", NY, "")
    audit = {
        "orgs": ["中国国家铁路集团有限公司", "国铁集团", "国铁集团客运部",
                 "中国民用航空局", "民航局", "中国铁路上海局集团有限公司",
                 "上海局集团", "广铁集团", "广州地铁", "北京局集团",
                 "成都局集团", "西安局集团", "中国铁路客户服务中心",
                 "中国银联", "支付宝", "微信支付", "国家铁路局",
                 "郑州局集团", "武汉局集团", "交通运输部", "国家发展改革委",
                 "携程", "去哪儿", "中铁快运", "中国旅游研究院",
                 "哈尔滨局集团", "南宁局集团", "昆明局集团", "中国中车"],
        "cities": ["北京", "上海", "杭州", "南京", "合肥", "温州", "广州",
                   "深圳", "哈尔滨", "西安", "重庆", "成都", "达州", "万州",
                   "武汉", "宜昌", "郑州", "三亚", "昆明", "厦门", "长沙",
                   "南昌", "齐齐哈尔", "牡丹江", "北海", "南宁", "西双版纳",
                   "中国", "天津", "上饶"],
        "excluded": [
            # railway stations are facilities (neither CITY nor ORG)
            "[[上海虹桥站]]、杭州东站", "、[[杭州东站]]、", "、[[南京南站]]单日",
            "，[[合肥南站]]、", "、[[温州南站]]客流", "，[[广州南站]]10月2日",
            "，[[深圳北站]]同日",
            # 西双版纳 is an autonomous prefecture (its city is 景洪)
            "北海、[[西双版纳]]方向",
        ],
        # 12306 (x2: the ticketing service's name), CR450 (a model code)
        "numbers_excluded": ["铁路[[12306]]网站", "目前，[[12306]]已支持",
                             "CR[[450]]动车组"],
        # 前四 (a rank: the top four), 中国 only inside ORGs (checked by the
        # city-string audit)
        "cn_excluded": ["目的地前[[四]]"],
        # CR450 (a train model), 铁路e卡通 (a card product)
        "latin_excluded": ["[[CR]]450", "铁路[[e]]卡通"],
        # time words that are no DATE: 日均 (x6), 单日 (x3), 每日, 首日 (春运首日,
        # the season's first day), 节后 (after the festival), 黄金周 (x4 alone
        # or after 国庆: the golden week, outside the spans), 春运 (x5: the
        # season), 以来 (x2), 期间 (x6), 假期 (x4), 历史新高 (x2), 明显, 时速,
        # 冰雪旅游 (no season date), 前后 (after 除夕, outside)
        "words_excluded": {"日均": 6, "单日": 3, "每日": 1, "首日": 1,
                           "节后": 1, "黄金周": 4, "春运": 6, "以来": 2,
                           "期间": 6, "假期": 4, "明显": 1, "时速": 1,
                           "前后": 1, "同期": 0, "当天": 0, "当日": 0,
                           "全国": 9, "城市": 1, "城际": 1, "全年": 1},
        # generic heads outside ORG rows: 各铁路局集团公司 (集团), 铁路部门 and
        # 等部门; 出行平台; 地铁, 中心, 研究院 only inside ORGs
        "orgwords_excluded": {"集团": 1, "部门": 2, "平台": 1, "地铁": 0,
                              "中心": 0, "研究院": 0, "铁路局": 1,
                              "公司": 1},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g106 retail in Hong Kong and Macao in the autumn of 2026: Hong Kong's
# September retail sales (政府統計處), the retail association and chains,
# malls and their landlords, visitors from mainland cities, Macao's third-
# quarter retail sales and visitors (統計暨普查局), the new round of Macao's
# community consumption lottery (經科局), Macao retailers, the voucher
# debate in Hong Kong, northbound spending and the outlook.  Traditional as
# Hong Kong writes it (按年, 佔, 首三季, 首10個月, 「」, 恆), plain Big5,
# 2026-11-19 (a Thursday, ISO week 2026-W47), 經濟日報; byline line
# 經濟日報記者 梁穎芝.  統計局 published 昨日 (2026-11-18).  國慶 2026-10-01
# (golden week 10月1日至7日), 雙11 2026-11-11, 聖誕 2026-12-25, 農曆新年
# 2027-02-06 (the coming ones).  Malls (新城市廣場, 海港城) are facilities.
# ===========================================================================
@doc
def g106():
    d = Doc("g106_macao_hk_retail_consumer_vouchers")
    Y, NY, OCT, SEP, NOV = "2026", "2027", "2026-10", "2026-09", "2026-11"
    NAT, D11, XMAS, CNY = "2026-10-01", "2026-11-11", "2026-12-25", \
        "2027-02-06"
    HK, MO, SZ, CDU, ZH, GZ, ZS = ("香港", "澳门", "深圳市", "成都市",
                                   "珠海市", "广州市", "中山市")
    # title (a heading that opens with no city)
    d.date("[[9月]]零售銷貨額", SEP, "")
    d.metric("銷貨額升[[2.1%]] 港澳", "2.1", "%", "exact", "")
    d.date("搶[[聖誕]]商機", XMAS, "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[經濟日報]]記者")
    # P1 Hong Kong's retail sales (no CITY)
    d.org("\n\n[[政府統計處]]（")
    d.org("（[[統計處]]）早前")
    d.date("早前公布，[[9月]]零售業", SEP, "")
    d.metric("臨時估計為[[312億元]]", "312e8", "元", "exact", "")
    d.metric("按年上升[[2.1%]]，扣除", "2.1", "%", "exact", "")
    d.metric("按年上升[[1.4%]]；", "1.4", "%", "exact", "")
    d.date("；[[今年首三季]]零售業", Y, "")
    d.metric("臨時估計為[[2,871億元]]", "2871e8", "元", "exact", "")
    d.metric("按年微跌[[0.8%]]", "0.8", "%", "exact", "")
    d.metric("按年上升[[6.3%]]", "6.3", "%", "exact", "")
    d.metric("化妝品升[[4.8%]]", "4.8", "%", "exact", "")
    d.metric("則下跌[[3.5%]]", "3.5", "%", "exact", "")
    d.org("。[[特區政府]]發言人")
    d.date("當局將於[[12月初]]公布", "2026-12", "")
    d.date("公布[[10月份]]的臨時", OCT, "")
    # P2 the retail association and chains (香港及澳門 in the 周大福 clause)
    d.org("\n\n[[香港零售管理協會]]表示")
    d.date("表示，[[國慶]]黃金周期間，會員", NAT, "")
    d.metric("按年上升[[約5%]]", 5, "%", "approx", "")
    d.date("惟[[10月下旬]]起", OCT, "")
    d.date("預計[[10月]]整體", OCT, "")
    d.metric("至上升[[3%]]。", 3, "%", "exact", "")
    d.org("。[[零售管理協會]]指出")
    d.date("指出，[[今年雙11]]期間", D11, "")
    d.org("網購，[[HKTVmall]]在雙11")
    d.date("HKTVmall在[[雙11]]當日", D11, "")
    d.date("在雙11[[當日]]的訂單", D11, "")
    d.metric("按年增加[[18%]]", 18, "%", "exact", "")
    d.org("18%，[[莎莎國際]]、")
    d.org("莎莎國際、[[萬寧]]、")
    d.org("萬寧、[[屈臣氏]]等")
    d.metric("低至[[7折]]", 70, "%", "exact", "")
    d.org("；[[崇光百貨]]則表示")
    d.date("表示，[[本月上旬]]營業額", NOV, "")
    d.org("持平。[[周大福珠寶集團]]（")
    d.org("（[[周大福]]）公布")
    d.date("公布，[[7月]]至9月", "2026-07", HK)
    d.date("7月至[[9月]]香港", SEP, HK)
    d.city("9月[[香港]]及澳門")
    d.city("香港及[[澳門]]同店")
    d.metric("同店銷售按年上升[[3.2%]]", "3.2", "%", "exact", MO)
    d.org("；[[六福集團]]及周生生")
    d.org("六福集團及[[周生生]]亦")
    d.date("表示，[[聖誕]]及農曆新年前", XMAS, "")
    d.date("聖誕及[[農曆新年]]前將", CNY, "")
    # P3 malls and landlords (no CITY)
    d.org("方面，[[新鴻基地產]]（")
    d.org("（[[新地]]）表示")
    d.date("廣場在[[國慶]]黃金周的人流", NAT, "")
    d.metric("人流按年增加[[12%]]", 12, "%", "exact", "")
    d.metric("營業額升[[約8%]]", 8, "%", "approx", "")
    d.org("；[[九龍倉置業]]則指")
    d.date("海港城[[10月]]營業額", OCT, "")
    d.metric("按年上升[[4.5%]]", "4.5", "%", "exact", "")
    d.metric("回升至[[約四成]]", 40, "%", "approx", "")
    d.org("。[[領展]]預期")
    d.date("預期[[聖誕]]檔期", XMAS, "")
    d.metric("可達[[15億元]]", "15e8", "元", "exact", "")
    d.org("，[[太古地產]]及恆隆地產")
    d.org("太古地產及[[恆隆地產]]亦")
    d.date("亦於[[本月中旬]]起", NOV, "")
    d.date("迎接[[聖誕]]及跨年", XMAS, "")
    # P4 visitors (深圳; 廣州、東莞、佛山; 上海、北京、杭州、成都)
    d.org("方面，[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）數據")
    d.date("數據顯示，[[10月]]訪港旅客", OCT, "")
    d.metric("訪港旅客[[約468萬人次]]", "468e4", "人次", "approx", "")
    d.metric("按年增加[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("內地旅客[[約362萬人次]]", "362e4", "人次", "approx", "")
    d.metric("佔[[約77%]]", 77, "%", "approx", "")
    d.date("；[[今年首10個月]]訪港旅客", Y, "")
    d.metric("累計[[約4,120萬人次]]", "4120e4", "人次", "approx", "")
    d.org("。[[入境事務處]]（")
    d.org("（[[入境處]]）統計")
    d.date("統計，[[國慶]]黃金周（", NAT, "")
    d.date("黃金周（[[10月1日]]至7日", NAT, "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("內地旅客[[約135萬人次]]", "135e4", "人次", "approx", "")
    d.date("最高為[[10月2日]]的", "2026-10-02", "")
    d.metric("的[[24.8萬人次]]", "24.8e4", "人次", "exact", "")
    d.city("。[[深圳]]居民")
    d.city("來自[[深圳]]的旅客")
    d.metric("內地旅客[[約三成]]", 30, "%", "approx", SZ)
    d.city("，[[廣州]]、東莞")
    d.city("廣州、[[東莞]]、")
    d.city("東莞、[[佛山]]次之")
    d.city("；[[上海]]、北京")
    d.city("上海、[[北京]]、")
    d.city("北京、[[杭州]]、")
    d.city("杭州、[[成都]]等城市")
    d.metric("旅客的[[1.6倍左右]]", "1.6", "倍", "approx", CDU)
    # P5 Macao: statistics and the consumption lottery
    d.city("\n\n[[澳門]]方面")
    d.org("方面，[[統計暨普查局]]（")
    d.org("（[[統計局]]）昨日")
    d.date("統計局）[[昨日]]公布", "2026-11-18", MO)
    d.date("公布，[[第三季]]零售業", "2026-Q3", MO)
    d.metric("銷售額為[[178.6億澳門元]]", "178.6e8", "澳门元", "exact", MO)
    d.metric("按年上升[[4.2%]]", "4.2", "%", "exact", MO)
    d.metric("分別上升[[7.5%]]及", "7.5", "%", "exact", MO)
    d.metric("7.5%及[[6.9%]]；", "6.9", "%", "exact", MO)
    d.date("；[[10月]]入境旅客", OCT, "")
    d.metric("入境旅客[[約356萬人次]]", "356e4", "人次", "approx", "")
    d.metric("按年增加[[11.3%]]", "11.3", "%", "exact", "")
    d.date("增加11.3%，[[國慶]]黃金周期間", NAT, "")
    d.metric("日均旅客[[逾15萬人次]]", "15e4", "人次", "over", "")
    d.date("萬人次。[[同月]]內地旅客", OCT, ZH)
    d.metric("內地旅客[[約261萬人次]]", "261e4", "人次", "approx", ZH)
    d.city("來自[[珠海]]、中山及廣州")
    d.city("珠海、[[中山]]及廣州")
    d.city("中山及[[廣州]]的旅客")
    d.metric("合共佔[[約45%]]", 45, "%", "approx", GZ)
    d.org("。[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）宣布")
    d.date("將於[[12月1日]]至明年", "2026-12-01", "")
    d.date("12月1日至[[明年2月28日]]舉行", "2027-02-28", "")
    d.metric("總預算[[約3億澳門元]]", "3e8", "澳门元", "approx", "")
    d.org("旅客以[[澳門通]]、")
    d.org("澳門通、[[支付寶]]或")
    d.org("或[[中國銀聯]]雲閃付")
    d.metric("消費滿[[200澳門元]]", 200, "澳门元", "exact", "")
    d.metric("可獲[[200澳門元]]電子", 200, "澳门元", "exact", "")
    d.org("。[[澳門中華總商會]]表示")
    d.metric("平均增加[[約15%]]", 15, "%", "approx", "")
    # P6 Macao retailers (珠海、中山; 澳門 in 澳門美食節)
    d.org("方面，[[新八佰伴]]表示")
    d.date("表示，[[雙11]]會員日", D11, "")
    d.metric("按年增加[[近兩成]]", 20, "%", "approx", "")
    d.org("；[[銀河娛樂]]及金沙中國")
    d.org("銀河娛樂及[[金沙中國]]旗下")
    d.date("則於[[11月]]起推出", NOV, ZH)
    d.city("並與[[珠海]]、中山的")
    d.city("珠海、[[中山]]的旅行社")
    d.org("套票。[[澳門旅遊局]]預計")
    d.city("在[[澳門]]美食節")
    d.date("美食節（[[11月13日]]至29日", "2026-11-13", MO)
    d.date("11月13日至[[29日]]）", "2026-11-29", MO)
    d.date("帶動下，[[本月]]入境旅客", NOV, MO)
    d.metric("有望[[突破370萬人次]]", "370e4", "人次", "over", MO)
    # P7 vouchers in Hong Kong (no CITY)
    d.org("措施。[[香港中小型企業總商會]]建議")
    d.date("參考[[2023年]]做法", "2023", "")
    d.metric("每人[[5,000元]]電子", 5000, "元", "exact", "")
    d.metric("帶動[[約300億元]]消費", "300e8", "元", "approx", "")
    d.org("；[[財經事務及庫務局]]回應")
    d.org("透過[[旅發局]]及文化", n=1)
    d.org("旅發局及[[文化體育及旅遊局]]推動")
    d.org("經濟。[[八達通]]表示")
    d.date("表示，[[10月]]其零售商戶", OCT, "")
    d.metric("按年上升[[6%]]，其中", 6, "%", "exact", "")
    d.metric("合共佔[[逾五成]]", 50, "%", "over", "")
    # P8 northbound spending and the outlook (深圳、珠海)
    d.org("。[[入境處]]資料顯示")
    d.date("資料顯示，[[今年首10個月]]港人", Y, "")
    d.metric("北上[[約6,800萬人次]]", "6800e4", "人次", "approx", "")
    d.metric("按年增加[[14%]]", 14, "%", "exact", "")
    d.org("；[[美團]]旗下")
    d.org("旗下[[大眾點評]]數據")
    d.city("，[[香港]]用戶")
    d.city("用戶在[[深圳]]、珠海")
    d.city("深圳、[[珠海]]的餐飲")
    d.metric("按年增加[[35%]]", 35, "%", "exact", ZH)
    d.org("。[[中銀香港]]經濟研究員")
    d.date("本港[[今年]]全年", Y, "")
    d.metric("按年下跌[[1%左右]]", 1, "%", "approx", "")
    d.date("，[[明年]]有望恢復", NY, "")
    d.metric("恢復[[2%]]至3%", 2, "%", "exact", "")
    d.metric("2%至[[3%]]增長", 3, "%", "exact", "")
    d.org("；[[星展銀行]]則指")
    d.date("則指，[[明年第一季]]農曆", "2027-Q1", "")
    d.date("第一季[[農曆新年]]期間", CNY, "")
    d.metric("按年增加[[5%以上]]", 5, "%", "over", "")
    d.org("。[[香港大學經濟及工商管理學院]]一名")
    d.org("旅客。[[零售管理協會]]則預計")
    d.date("預計，[[聖誕]]至農曆新年", XMAS, "")
    d.date("聖誕至[[農曆新年]]期間本港", CNY, "")
    d.metric("按年上升[[約3%]]", 3, "%", "approx", "")
    audit = {
        "orgs": ["經濟日報", "政府統計處", "統計處", "特區政府",
                 "香港零售管理協會", "零售管理協會", "HKTVmall", "莎莎國際",
                 "萬寧", "屈臣氏", "崇光百貨", "周大福珠寶集團", "周大福",
                 "六福集團", "周生生", "新鴻基地產", "新地", "九龍倉置業",
                 "領展", "太古地產", "恆隆地產", "香港旅遊發展局", "旅發局",
                 "入境事務處", "入境處", "統計暨普查局", "統計局",
                 "經濟及科技發展局", "經科局", "澳門通", "支付寶", "中國銀聯",
                 "澳門中華總商會", "新八佰伴", "銀河娛樂", "金沙中國",
                 "澳門旅遊局", "香港中小型企業總商會", "財經事務及庫務局",
                 "文化體育及旅遊局", "八達通", "美團", "大眾點評", "中銀香港",
                 "星展銀行", "香港大學經濟及工商管理學院"],
        "cities": ["香港", "澳門", "深圳", "廣州", "東莞", "佛山", "上海",
                   "北京", "杭州", "成都", "珠海", "中山", "中國", "橫琴",
                   "台北", "新城市"],
        "excluded": [
            # malls are facilities (新城市廣場: 城市 a common word; 海港城)
            "旗下[[新城市廣場]]在",
        ],
        "numbers_excluded": [],
        # 一簽多行 (a permit's name), 一日遊 (a day trip), 新一輪, 上一輪,
        # 一名, 新一代, 另一方面 (words), 港澳 holds no number
        "cn_excluded": ["「[[一]]簽多行」", "推出[[一]]日遊", "新[[一]]輪",
                        "上[[一]]輪", "學院[[一]]名", "「新[[一]]代」",
                        "另[[一]]方面", "，[[百]]貨公司"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x20), 黃金周 (x4, outside the
        # 國慶 spans), 日均, 單日, 當中 (no 當日), 會員日, 冬日, 一日遊, 跨年
        # (the New Year countdown), 新一代, 期間 (x6), 檔期, 首飾 (no 首季),
        # 美食節 (the festival, its days are DATEs), 明顯 (none)
        "words_excluded": {"按年": 21, "黃金周": 4, "日均": 1, "單日": 1,
                           "會員日": 1, "冬日": 1, "日遊": 1, "跨年": 1,
                           "期間": 5, "檔期": 1, "美食節": 1, "同期": 0,
                           "當天": 0, "年度": 0, "本港": 3, "全年": 1},
        # generic heads outside ORG rows: 百貨公司 (a kind of shop), 零售商
        # (x5: 會員零售商, 個人護理零售商, 零售商戶, 零售商 x2 as kinds), 當局, 政府 (建議
        # 政府參考: a back-reference), 旅行社, 購物中心, 商場 (x2), 商戶 (x3)
        "orgwords_excluded": {"公司": 1, "零售商": 5, "當局": 1,
                              "旅行社": 1, "購物中心": 1, "集團": 0,
                              "協會": 0, "商會": 0, "銀行": 0, "地產": 0,
                              "政府": 1},
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
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
                    r"[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


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
    for w, k in (("本周", 0), ("上周", -1)):
        if tx.startswith(w):
            iy, iw, _ = (ref + datetime.timedelta(weeks=k)).isocalendar()
            assert norm == "%d-W%02d" % (iy, iw), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r


def check_same(d, r):
    """同日/當日 take the latest day-precision DATE before them, 同月 the
    latest month (GUIDELINES)."""
    if r["text"] not in ("同日", "當日", "当日", "同月"):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    # a holiday counts only in the same sentence (GUIDELINES)
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hol = [x for x in d.rows if x["type"] == "DATE" and
           s <= x["start"] and x["end"] <= r["start"] and
           x["text"] in HOLIDAY]
    days = [x for x in prev if len(x["normalized"]) == 10]
    cand = sorted(hol + days, key=lambda x: x["start"])
    assert cand and cand[-1]["normalized"] == r["normalized"], r


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
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成): it must have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_relative(d, r)
            check_same(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市"), r
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
