#!/usr/bin/env python3
"""Gold annotation for the held-out articles g91_ota_hotel_bookings and
g92_hk_power_gas_utilities (annotator Y).

Adapted from the previous set's tools/annotate_w.py (now dev/tools/annotate_g87_g88.py; which keeps the checks
of annotate_t.py back to annotate_x.py: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule, the month and day a DATE span
writes, a year in Chinese numerals, the holiday table by exact span).  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded:

- g91 is simplified (mainland, 第一财经, 2026-11-10), stored as UTF-8
  WITHOUT a BOM; it must not read as GBK, GB18030 or any Big5, and OpenCC
  t2s must leave it unchanged.
- g92 is traditional (Hong Kong, 信報, 2026-11-17), stored as Big5-HKSCS
  (Python codec 'big5hkscs'): 劏 (劏房), 埗 (深水埗), 恒 (恒基兆業地產), 着
  (隨着) and 邨 (屋邨), as Hong Kong writes them, are outside Big5 and cp950,
  so a Big5 or cp950 reader fails and only HKSCS reads it.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland Chinese name, 台北 as
  台北市).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_u/v/w, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g91_g92.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_w.py: a UTF-8 article without BOM (from annotate_u.py:
no BOM, strict decode and round trip, and here also: no GBK, GB18030, Big5,
cp950 or Big5-HKSCS reading); the Big5-HKSCS article declares its five
HKSCS characters; the holiday table covers 中秋, 今年元旦 (2026-01-01) and
今年双11; 仙 (Hong Kong cents) is a unit as written.  Re-run (from
anywhere):

    python3 dev/tools/annotate_g91_g92.py
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
    "g91_ota_hotel_bookings": ("utf-8", b"", False, "2026-11-10", "第一财经"),
    "g92_hk_power_gas_utilities": ("big5hkscs", b"", True, "2026-11-17",
                                   "信報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g91_ota_hotel_bookings": [],
               "g92_hk_power_gas_utilities": []}
# characters of a Big5-HKSCS article that Big5 and cp950 lack
OUTSIDE_BIG5 = {"g92_hk_power_gas_utilities": ["劏", "埗", "恒", "着", "邨"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协电灯气价费调")
# Holidays the articles name, by their exact span (2026-2027): 中秋 =
# 八月十五 = 2026-09-25; 国庆 (mainland) 10-01; 元旦 the coming one
# 2027-01-01 (also 2027年元旦), 今年元旦 2026-01-01; 今年双11 2026-11-11;
# 春节 2027 = 正月初一 = 2027-02-06 (春节 and 明年春节 in g91, 農曆新年 in
# g92: the coming one); 聖誕 2026-12-25.
HOLIDAY = {
    "中秋": "2026-09-25", "国庆": "2026-10-01", "今年国庆": "2026-10-01",
    "元旦": "2027-01-01", "2027年元旦": "2027-01-01",
    "今年元旦": "2026-01-01", "今年双11": "2026-11-11",
    "春节": "2027-02-06", "明年春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g91 (2026: municipalities, prefecture-level cities, and 延吉, a
    # county-level city of 延边州; foreign cities by their common names)
    "上海": "上海市", "哈尔滨": "哈尔滨市", "三亚": "三亚市",
    "北京": "北京市", "广州": "广州市", "延吉": "延吉市", "长春": "长春市",
    "沈阳": "沈阳市", "丽江": "丽江市", "厦门": "厦门市", "成都": "成都市",
    "西安": "西安市", "深圳": "深圳市", "东京": "东京", "大阪": "大阪",
    "曼谷": "曼谷",
    # g92 (traditional spans; Hong Kong, Macao and foreign cities by their
    # common mainland name; Taiwan's 台北 by its full name)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "東莞": "东莞市",
    "珠海": "珠海市", "蘇州": "苏州市", "南京": "南京市", "新加坡": "新加坡",
    "東京": "东京", "首爾": "首尔", "台北": "台北市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "信報": "信报", "中電": "中电", "港燈": "港灯",
    "中華電力有限公司": "中华电力有限公司",
    "香港電燈有限公司": "香港电灯有限公司",
    "環境及生態局": "环境及生态局", "環生局": "环生局",
    "立法會環境事務委員會": "立法会环境事务委员会",
    "中電控股": "中电控股", "國際能源署": "国际能源署",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "香港社區組織協會": "香港社区组织协会", "社協": "社协",
    "特區政府": "特区政府", "聖雅各福群會": "圣雅各福群会",
    "香港中華煤氣有限公司": "香港中华煤气有限公司", "中華煤氣": "中华煤气",
    "恒基兆業地產": "恒基兆业地产", "港華智慧能源": "港华智慧能源",
    "南方電網": "南方电网", "深圳供電局": "深圳供电局",
    "廣東省發展和改革委員會": "广东省发展和改革委员会",
    "澳門電力股份有限公司": "澳门电力股份有限公司", "澳電": "澳电",
    "能源業發展辦公室": "能源业发展办公室", "香港理工大學": "香港理工大学",
    "香港總商會": "香港总商会", "香港中華廠商聯合會": "香港中华厂商联合会",
    "廠商會": "厂商会", "摩根士丹利": "摩根士丹利", "花旗": "花旗",
    "電能實業": "电能实业", "長江基建": "长江基建",
    "機電工程署": "机电工程署", "機電署": "机电署",
}
# Chinese-numeral days and months
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
            try:
                full.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        if enc == "utf-8":      # a UTF-8 article without BOM is no GB or
            assert not raw.startswith(BOM8)         # Big5 file in disguise
            assert any(ord(c) > 127 for c in self.text)
            for other in ("gbk", "gb18030", "big5", "cp950", "big5hkscs"):
                try:
                    raw.decode(other)
                    raise AssertionError(f"{doc_id}: {other} reads it")
                except UnicodeDecodeError:
                    pass
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5: the declared
            outside = sorted({c for c in self.text   # HKSCS characters are
                              if not enc_ok(c, "big5")})  # the only ones
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            assert outside, f"{doc_id}: declare an HKSCS character"
            for other in ("big5", "cp950"):         # so Big5 and Taiwan's
                assert not all(enc_ok(c, other)     # cp950 cannot read it
                               for c in outside), (doc_id, other)
                try:
                    raw.decode(other)
                    raise AssertionError(f"{doc_id}: {other} reads it")
                except UnicodeDecodeError:
                    pass
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
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
        if self.doc_id in TAIWAN:               # ROC years: N + 1911
            m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)
            if m:
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
# g91 hotel bookings for the New Year holiday after the autumn holidays:
# online travel platforms, destination cities, hotel groups, inbound
# travel, airlines' capacity, regulators.  Simplified, UTF-8 WITHOUT BOM,
# 2026-11-10 (a Tuesday, ISO week 2026-W46), 第一财经; byline line
# 第一财经记者 沈佳怡 发自上海.  携程 published 昨日 (2026-11-09); 上周
# 2026-W45, 本周 2026-W46.  中秋 2026-09-25, 国庆 2026-10-01 (holiday week
# 10月1日至7日), 元旦 2027-01-01 (holiday 2027年1月1日至3日), 今年元旦
# 2026-01-01, 今年双11 2026-11-11, 春节 2027-02-06.
# ===========================================================================
@doc
def g91():
    d = Doc("g91_ota_hotel_bookings")
    Y, LY, NY = "2026", "2025", "2027"
    HRB, SYA, GZ, YJ, SY, XM, XA, SH = (
        "哈尔滨市", "三亚市", "广州市", "延吉市", "沈阳市", "厦门市", "西安市",
        "上海市")
    NEWYEAR = "2027-01-01"
    # title (a heading that opens with a DATE; no city)
    d.date("[[元旦]]酒店预订量同比增三成", NEWYEAR, "")
    d.metric("同比增[[三成]] 热门", 30, "%", "exact", "")
    # byline (a heading line that opens with an ORG; no DATE or METRIC)
    d.org("\n[[第一财经]]记者 沈佳怡")
    d.city("发自[[上海]]\n")
    # P1 the platforms' New Year figures (no CITY)
    d.date("\n[[中秋]]和国庆假期", "2026-09-25", "")
    d.date("中秋和[[国庆]]假期的出游", "2026-10-01", "")
    d.date("，[[2027年元旦]]的酒店", NEWYEAR, "")
    d.org("。[[携程]]昨日发布")
    d.date("携程[[昨日]]发布", "2026-11-09", "")
    d.date("截至[[11月8日]]，平台", "2026-11-08", "")
    d.date("平台[[元旦]]假期国内", NEWYEAR, "")
    d.metric("同比增长[[31.6%]]", "31.6", "%", "exact", "")
    d.date("，[[12月31日]]入住", "2026-12-31", "")
    d.metric("平日的[[2.4倍左右]]", "2.4", "倍", "approx", "")
    d.org("；[[同程旅行]]的数据")
    d.date("显示，[[元旦]]期间热门", NEWYEAR, "")
    d.metric("每间夜[[约486元]]", 486, "元", "approx", "")
    d.date("较[[今年国庆]]回落", "2026-10-01", "")
    d.metric("回落[[约12%]]。", 12, "%", "approx", "")
    d.org("对[[第一财经]]记者表示")
    # P2 destinations: 哈尔滨 and the north-east
    d.city("，[[哈尔滨]]、三亚、北京")
    d.city("哈尔滨、[[三亚]]、北京、上海")
    d.city("三亚、[[北京]]、上海、广州")
    d.city("北京、[[上海]]、广州位列")
    d.city("上海、[[广州]]位列")
    d.org("位列[[携程]]元旦")
    d.date("携程[[元旦]]酒店预订量前五", NEWYEAR, GZ)
    d.city("其中[[哈尔滨]]同比")
    d.metric("同比增长[[58%]]", 58, "%", "exact", HRB)
    d.org("。[[飞猪]]数据显示，近期")
    d.metric("环比增长[[1.3倍]]", "1.3", "倍", "exact", YJ)
    d.city("，[[延吉]]、长春")
    d.city("延吉、[[长春]]、沈阳")
    d.city("长春、[[沈阳]]等东北")
    d.metric("均[[超过40%]]", 40, "%", "over", SY)
    d.org("。[[哈尔滨市文化广电和旅游局]]上周")
    d.date("旅游局[[上周]]公布", "2026-W45", "")
    d.date("公布，[[今年前三季度]]全市", Y, "")
    d.metric("接待游客[[1.28亿人次]]", "1.28e8", "人次", "exact", "")
    d.metric("总收入[[1932.6亿元]]", "1932.6e8", "元", "exact", "")
    d.metric("分别增长[[11.4%]]和", "11.4", "%", "exact", "")
    d.metric("和[[14.2%]]；", "14.2", "%", "exact", "")
    d.city("冰雪季[[哈尔滨]]酒店")
    d.metric("保持在[[八成以上]]", 80, "%", "over", HRB)
    # P3 三亚 and Hainan
    d.city("海岛方向，[[三亚]]元旦")
    d.date("三亚[[元旦]]期间酒店均价", NEWYEAR, SYA)
    d.metric("预计在[[1200元左右]]", 1200, "元", "approx", SYA)
    d.date("高于[[国庆]]的1080元", "2026-10-01", SYA)
    d.metric("国庆的[[1080元]]", 1080, "元", "exact", SYA)
    d.date("较[[今年元旦]]回落", "2026-01-01", SYA)
    d.metric("回落[[约8%]]。", 8, "%", "approx", SYA)
    d.org("。[[三亚市旅游和文化广电体育局]]数据")
    d.date("显示，[[10月]]全市接待", "2026-10", "")
    d.metric("过夜游客[[约186万人次]]", "186e4", "人次", "approx", "")
    d.metric("同比增长[[9.7%]]", "9.7", "%", "exact", "")
    d.metric("入住率为[[71.2%]]", "71.2", "%", "exact", "")
    d.org("；[[海南省旅游和文化广电体育厅]]此前")
    d.date("披露，[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("总收入[[68.3亿元]]", "68.3e8", "元", "exact", "")
    d.date("较[[去年同期]]增长6.2%", LY, "")
    d.metric("增长[[6.2%]]。", "6.2", "%", "exact", "")
    d.org("。[[美团]]数据显示")
    d.date("显示，[[今年双11]]预售", "2026-11-11", SYA)
    d.city("期间，[[三亚]]、丽江")
    d.city("三亚、[[丽江]]、厦门")
    d.city("丽江、[[厦门]]等地")
    d.metric("占比[[超过六成]]", 60, "%", "over", XM)
    # P4 hotel groups (no CITY)
    d.org("。[[华住集团]]第三季度")
    d.date("华住集团[[第三季度]]财报", "2026-Q3", "")
    d.metric("（RevPAR）为[[268元]]", 268, "元", "exact", "")
    d.metric("同比下降[[2.1%]]", "2.1", "%", "exact", "")
    d.metric("入住率为[[84.6%]]", "84.6", "%", "exact", "")
    d.date("较[[上季度]]提升", "2026-Q2", "")
    d.metric("提升[[1.9个百分点]]", "1.9", "百分点", "exact", "")
    d.date("截至[[9月底]]在营", "2026-09", "")
    d.metric("在营酒店达到[[12860家]]", 12860, "家", "exact", "")
    d.org("；[[锦江酒店]]披露")
    d.date("披露，[[今年前三季度]]境内", Y, "")
    d.metric("同比下降[[3.5%]]", "3.5", "%", "exact", "")
    d.metric("达到[[1052家]]", 1052, "家", "exact", "")
    d.org("。[[首旅如家]]表示")
    d.date("表示，[[10月]]旗下", "2026-10", "")
    d.metric("同比增长[[1.8%]]", "1.8", "%", "exact", "")
    d.date("为[[今年]]以来首次", Y, "")
    d.org("；[[亚朵集团]]第三季度")
    d.date("亚朵集团[[第三季度]]净收入", "2026-Q3", "")
    d.metric("同比增长[[21.3%]]", "21.3", "%", "exact", "")
    d.metric("收入[[突破9亿元]]", "9e8", "元", "over", "")
    # P5 international groups and inbound travel
    d.org("。[[洲际酒店集团]]计划")
    d.date("计划[[明年]]在华", NY, "")
    d.metric("新开[[约120家]]酒店", 120, "家", "approx", "")
    d.org("，[[希尔顿]]预计")
    d.metric("新开[[超过150家]]", 150, "家", "over", "")
    d.org("；[[万豪国际集团]]表示")
    d.city("其[[上海]]、成都、西安")
    d.city("上海、[[成都]]、西安的")
    d.city("成都、[[西安]]的酒店")
    d.date("的酒店[[10月]]外籍", "2026-10", XA)
    d.metric("同比增长[[约35%]]", 35, "%", "approx", XA)
    d.org("，[[国家移民管理局]]数据")
    d.date("显示，[[前三季度]]全国各口岸", Y, "")
    d.metric("入境外国人[[2860万人次]]", "2860e4", "人次", "exact", "")
    d.metric("同比增长[[27.8%]]", "27.8", "%", "exact", "")
    d.metric("达到[[73.5%]]", "73.5", "%", "exact", "")
    d.org("。[[携程]]数据显示，今年")
    d.date("携程数据显示，[[今年]]平台", Y, SH)
    d.metric("同比增长[[约1.2倍]]", "1.2", "倍", "approx", SH)
    d.city("仍是[[上海]]和北京")
    d.city("上海和[[北京]]。")
    # P6 airlines' capacity (the 海南航空 sentence takes 三亚)
    d.org("。[[航班管家]]数据")
    d.date("显示，[[元旦]]假期（2027", NEWYEAR, "")
    d.date("（[[2027年1月1日]]至3日）", NEWYEAR, "")
    d.date("2027年1月1日至[[3日]]）", "2027-01-03", "")
    d.metric("航班量[[约5.46万班]]", "5.46e4", "班", "approx", "")
    d.metric("同比增长[[4.8%]]", "4.8", "%", "exact", "")
    d.metric("计划航班[[约6120班]]", 6120, "班", "approx", "")
    d.metric("同比增长[[近三成]]", 30, "%", "approx", "")
    d.org("。[[中国国航]]、东方航空")
    d.org("、[[东方航空]]、南方航空")
    d.org("、[[南方航空]]分别")
    d.metric("国内航班[[1.52万班]]", "1.52e4", "班", "exact", "")
    d.metric("、[[1.38万班]]和", "1.38e4", "班", "exact", "")
    d.metric("和[[1.61万班]]；", "1.61e4", "班", "exact", "")
    d.org("；[[海南航空]]将北京")
    d.city("将[[北京]]、深圳至三亚")
    d.city("北京、[[深圳]]至三亚")
    d.city("深圳至[[三亚]]的航班")
    d.metric("每日[[92班]]", 92, "班", "exact", SYA)
    d.org("，[[春秋航空]]和吉祥航空")
    d.org("和[[吉祥航空]]则增开")
    d.city("增开[[上海]]至东京")
    d.city("至[[东京]]、大阪")
    d.city("、[[大阪]]、曼谷")
    d.city("、[[曼谷]]的国际航班")
    d.org("。[[民航局]]预计")
    d.date("预计，[[元旦]]假期全国民航", NEWYEAR, "")
    d.metric("运输旅客[[约210万人次]]", "210e4", "人次", "approx", "")
    d.metric("同比下降[[约15%]]", 15, "%", "approx", "")
    # P7 forecasts and research (no CITY)
    d.org("，[[中国旅游研究院]]预计")
    d.date("预计，[[元旦]]假期全国国内", NEWYEAR, "")
    d.metric("出游人次[[约1.6亿]]", "1.6e8", "", "approx", "")
    d.metric("同比增长[[5%左右]]", 5, "%", "approx", "")
    d.org("。[[迈点研究院]]监测")
    d.date("显示，[[10月]]全国中高端", "2026-10", "")
    d.metric("平均房价为[[412元]]", 412, "元", "exact", "")
    d.metric("环比下降[[6.3%]]", "6.3", "%", "exact", "")
    d.date("较[[2019年同期]]高出", "2019", "")
    d.metric("高出[[约9%]]", 9, "%", "approx", "")
    d.org("。[[浩华管理顾问公司]]指出")
    d.date("指出，[[今年]]以来一线", Y, "")
    d.metric("客房[[超过4.2万间]]", "4.2e4", "间", "over", "")
    d.org("。[[中信证券]]研报")
    d.date("认为，[[四季度]]酒店", "2026-Q4", "")
    d.date("持平，[[明年一季度]]有望", "2027-Q1", "")
    d.date("在[[春节]]错期", "2027-02-06", "")
    # P8 regulators (the 上海 sentence takes 上海)
    d.org("。[[文化和旅游部]]、国家发展改革委")
    d.org("、[[国家发展改革委]]和市场监管总局")
    d.org("和[[市场监管总局]]上月")
    d.date("市场监管总局[[上月]]联合", "2026-10", "")
    d.org("；[[上海市文化和旅游局]]本周")
    d.date("旅游局[[本周]]表示", "2026-W46", SH)
    d.org("会同[[上海市市场监督管理局]]对")
    d.city("对[[上海]]迪士尼乐园")
    d.date("，[[今年]]以来全市已受理", Y, SH)
    d.metric("投诉[[320余件]]", 320, "件", "over", SH)
    d.org("。[[去哪儿]]和途牛")
    d.org("和[[途牛]]均表示")
    d.metric("上涨[[超过30%]]时", 30, "%", "over", "")
    # P9 outlook (no CITY)
    d.date("展望[[明年春节]]，", "2027-02-06", "")
    d.org("，[[同程研究院]]预计")
    d.date("预计，[[春节]]长线游", "2027-02-06", "")
    d.metric("上涨[[两成左右]]", 20, "%", "approx", "")
    d.org("。[[飞猪]]方面表示")
    d.org("与[[华住]]、锦江等")
    d.org("华住、[[锦江]]等酒店集团")
    d.metric("库存[[超过30万间夜]]", "30e4", "间夜", "over", "")
    audit = {
        "cities": ["上海", "哈尔滨", "三亚", "北京", "广州", "延吉", "长春",
                   "沈阳", "丽江", "厦门", "成都", "西安", "深圳", "东京",
                   "大阪", "曼谷", "海南", "中国", "东北", "全市", "全省",
                   "全国", "城市", "在华", "迪士尼", "海岛"],
        "excluded": [
            "加码[[中国]]市场",
        ],
        # RevPAR (a statistic's Latin name before 为, not glued: a label)
        "numbers_excluded": [],
        # 一房难求 (an idiom), 前五 (a rank label), 连续第三年 (an ordinal),
        # 一线城市 (a tier label)
        "cn_excluded": ["“[[一房难求]]”", "预订量[[前五]]", "连续[[第三年]]居首",
                        "以来[[一线]]城市"],
        "latin_excluded": ["（[[RevPAR]]）", "旗下酒店[[RevPAR]]",
                           "酒店行业[[RevPAR]]"],
        "words_excluded": {"暑期": 1, "旺季": 1, "今冬": 1, "冰雪季": 1, "平日": 2,
                           "每日": 1, "日均": 1, "周边": 2, "节假日": 1,
                           "首次": 1, "首批": 1, "单月": 1, "近期": 1,
                           "期间": 4, "全市": 4, "全省": 1, "全国": 4,
                           "城市": 4, "在华": 1, "东北": 1, "迪士尼": 1,
                           "海岛": 2, "季度": 0},
        # generic heads outside ORG rows: 酒店集团 (x3), 平台 (x3)
        "orgwords_excluded": {"集团": 3, "平台": 3},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g92 Hong Kong's electricity and gas tariffs for 2027: the two power
# companies, fuel costs, bills, gas, the mainland and Macao, business and
# analysts.  Traditional (Hong Kong forms 兩電, 按年, 佔, 劏房, 屋邨, 隨着,
# 仙), Big5-HKSCS, 2026-11-17 (a Tuesday, ISO week 2026-W47), 信報; byline
# line 信報記者 周穎琳.  環生局 spoke 昨日（16日）; 廠商會 published
# 上周五（13日）; 中華煤氣 announces 下周一（23日） (2026-11-23).  聖誕
# 2026-12-25, 元旦 2027-01-01, 農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g92():
    d = Doc("g92_hk_power_gas_utilities")
    Y, LY, NY = "2026", "2025", "2027"
    HK, SZ, GZ, MO, SUZ = "香港", "深圳市", "广州市", "澳门", "苏州市"
    NEWYEAR = "2027-01-01"
    # title (a heading that opens with an ORG; no city)
    d.org("[[中電]]港燈明年電價")
    d.org("中電[[港燈]]明年電價")
    d.date("港燈[[明年]]電價料升", NY, "")
    d.metric("料升[[約3%]] 劏房", 3, "%", "approx", "")
    # byline
    d.org("\n[[信報]]記者")
    # P1 the two power companies' reviews (no CITY)
    d.date("\n兩電[[明年]]電費調整", NY, "")
    d.org("。[[中華電力有限公司]]（")
    d.org("（[[中電]]）及")
    d.org("及[[香港電燈有限公司]]（")
    d.org("（[[港燈]]）將於")
    d.date("將於[[下月中旬]]向", "2026-12", "")
    d.org("向[[環境及生態局]]（")
    d.org("（[[環生局]]）提交")
    d.date("提交[[2027年]]電費檢討", NY, "")
    d.date("兩電[[今年]]的平均淨電價", Y, "")
    d.metric("每度[[147.3仙]]及", "147.3", "仙", "exact", "")
    d.metric("及[[141.6仙]]，", "141.6", "仙", "exact", "")
    d.date("預期[[明年]]將上升", NY, "")
    d.metric("上升[[約3%]]。", 3, "%", "approx", "")
    d.org("。[[環生局]]發言人")
    d.date("發言人[[昨日]]（", "2026-11-16", "")
    d.date("昨日（[[16日]]）", "2026-11-16", "")
    d.date("並於[[12月]]向立法會", "2026-12", "")
    d.org("向[[立法會環境事務委員會]]匯報")
    # P2 fuel costs (no CITY)
    d.org("。[[中電]]資料顯示")
    d.date("顯示，[[今年首10個月]]其燃料", Y, "")
    d.metric("每度電[[43.6仙]]", "43.6", "仙", "exact", "")
    d.date("較[[去年同期]]下跌約5.2%", LY, "")
    d.metric("下跌[[約5.2%]]", "5.2", "%", "approx", "")
    d.org("；[[港燈]]則由今年1月")
    d.date("則由[[今年1月]]起", "2026-01", "")
    d.metric("由每度[[44.1仙]]", "44.1", "仙", "exact", "")
    d.metric("下調至[[39.8仙]]", "39.8", "仙", "exact", "")
    d.org("。[[中電控股]]早前")
    d.date("公布，[[第三季]]本港售電量", "2026-Q3", "")
    d.metric("按年上升[[1.9%]]至", "1.9", "%", "exact", "")
    d.metric("至[[約110億度]]", "110e8", "度", "approx", "")
    d.metric("用電增長[[2.6%]]", "2.6", "%", "exact", "")
    d.metric("升至[[約52%]]", 52, "%", "approx", "")
    d.org("；[[港燈]]則指")
    d.date("新燃氣機組[[明年]]投產", NY, "")
    d.metric("提升至[[約七成]]", 70, "%", "approx", "")
    d.org("，[[國際能源署]]上月")
    d.date("國際能源署[[上月]]發表", "2026-10", "")
    d.date("預計[[明年]]亞洲", NY, "")
    d.date("較[[今年]]下跌逾一成", Y, "")
    d.metric("下跌[[逾一成]]", 10, "%", "over", "")
    # P3 households' bills (no CITY: 深水埗, 觀塘 are districts)
    d.metric("用電[[275度]]的", 275, "度", "exact", "")
    d.metric("上升[[3%]]，每月", 3, "%", "exact", "")
    d.metric("增加[[約12元]]", 12, "元", "approx", "")
    d.org("。[[消費者委員會]]（")
    d.org("（[[消委會]]）本月")
    d.date("（消委會）[[本月]]公布", "2026-11", "")
    d.metric("發現，[[約四成]]受訪", 40, "%", "approx", "")
    d.date("較[[三年前]]上升", "2023", "")
    d.org("。[[香港社區組織協會]]（")
    d.org("（[[社協]]）指")
    d.metric("以每度[[1.8元]]至2元", "1.8", "元", "exact", "")
    d.metric("1.8元至[[2元]]收取", 2, "元", "exact", "")
    d.org("；[[特區政府]]今年")
    d.date("特區政府[[今年]]推出", Y, "")
    d.metric("共惠及[[約28萬戶]]", "28e4", "户", "approx", "")
    d.metric("開支[[約9.6億元]]", "9.6e8", "元", "approx", "")
    d.org("。[[聖雅各福群會]]則表示")
    d.metric("公共屋邨[[約1,200戶]]", 1200, "户", "approx", "")
    # P4 gas (the 港華 sentence takes 蘇州, the first city after)
    d.org("，[[香港中華煤氣有限公司]]（")
    d.org("（[[中華煤氣]]）宣布")
    d.date("宣布，[[本月]]燃料調整費", "2026-11", "")
    d.metric("每兆焦耳[[4.12仙]]", "4.12", "仙", "exact", "")
    d.date("較[[上月]]下調0.35仙", "2026-10", "")
    d.metric("下調[[0.35仙]]", "0.35", "仙", "exact", "")
    d.metric("節省[[約2.1元]]", "2.1", "元", "approx", "")
    d.org("。[[中華煤氣]]表示，明年")
    d.date("中華煤氣表示，[[明年]]基本收費", NY, "")
    d.metric("全港[[約204萬戶]]", "204e4", "户", "approx", "")
    d.org("股東[[恒基兆業地產]]早前")
    d.date("煤氣業務[[今年首三季]]在港", Y, "")
    d.metric("按年下跌[[1.4%]]", "1.4", "%", "exact", "")
    d.org("。[[港華智慧能源]]則公布")
    d.date("燃氣項目[[第三季]]售氣量", "2026-Q3", SUZ)
    d.metric("按年增長[[6.8%]]至", "6.8", "%", "exact", SUZ)
    d.metric("至[[約98億立方米]]", "98e8", "立方米", "approx", SUZ)
    d.city("其中[[蘇州]]、南京")
    d.city("蘇州、[[南京]]及成都")
    d.city("南京及[[成都]]項目")
    # P5 the mainland and Macao
    d.city("相比，[[香港]]電價仍處於")
    d.org("。[[南方電網]]旗下")
    d.org("旗下[[深圳供電局]]資料")
    d.city("顯示，[[深圳]]居民")
    d.metric("第一檔電價為每度[[0.68元]]", "0.68", "元", "exact", SZ)
    d.city("，[[廣州]]則為")
    d.metric("則為每度[[0.66元]]", "0.66", "元", "exact", GZ)
    d.metric("折合[[74仙]]及", 74, "仙", "exact", GZ)
    d.metric("74仙及[[72仙]]。", 72, "仙", "exact", GZ)
    d.org("。[[廣東省發展和改革委員會]]上月")
    d.date("委員會[[上月]]發出", "2026-10", "")
    d.date("通知，[[明年1月1日]]起把", NEWYEAR, "")
    d.metric("擴大至[[4倍]]", 4, "倍", "exact", "")
    d.city("在[[東莞]]、珠海設廠")
    d.city("東莞、[[珠海]]設廠")
    d.city("電價較[[香港]]低約三成")
    d.metric("低[[約三成]]", 30, "%", "approx", HK)
    d.city("。[[澳門]]方面")
    d.org("，[[澳門電力股份有限公司]]（")
    d.org("（[[澳電]]）表示")
    d.city("表示，[[澳門]]住宅電價")
    d.metric("每度[[約1.23澳門元]]", "1.23", "澳门元", "approx", MO)
    d.date("澳門元，[[明年]]將維持不變", NY, MO)
    d.org("；[[能源業發展辦公室]]數據")
    d.date("顯示，[[今年前9個月]]本澳", Y, "")
    d.metric("按年增加[[3.1%]]", "3.1", "%", "exact", "")
    # P6 the regional comparison (the first sentence takes 香港)
    d.org("\n[[香港理工大學]]一項研究")
    d.metric("亞洲[[12個]]主要城市", 12, "个", "exact", HK)
    d.city("發現[[香港]]低於")
    d.city("低於[[新加坡]]、東京")
    d.city("新加坡、[[東京]]及首爾")
    d.city("東京及[[首爾]]，")
    d.city("高於[[深圳]]、台北")
    d.city("深圳、[[台北]]及上海")
    d.city("台北及[[上海]]，")
    d.city("其中[[新加坡]]電價")
    d.city("相當於[[香港]]的1.4倍")
    d.metric("香港的[[1.4倍左右]]", "1.4", "倍", "approx", HK)
    d.metric("電費[[約386元]]", 386, "元", "approx", "")
    d.metric("收入[[約1.2%]]", "1.2", "%", "approx", "")
    d.date("與[[2016年]]相比", "2016", "")
    d.metric("累計上升[[約28%]]", 28, "%", "approx", "")
    d.metric("通脹的[[21%]]", 21, "%", "exact", "")
    # P7 business (no CITY)
    d.org("。[[香港總商會]]及")
    d.org("及[[香港中華廠商聯合會]]（")
    d.org("（[[廠商會]]）均促請")
    d.org("；[[廠商會]]上周五")
    d.date("廠商會[[上周五]]（", "2026-11-13", "")
    d.date("上周五（[[13日]]）", "2026-11-13", "")
    d.metric("訪問了[[326間]]企業", 326, "间", "exact", "")
    d.metric("，[[逾六成]]受訪", 60, "%", "over", "")
    d.metric("，[[約25%]]企業", 25, "%", "approx", "")
    d.metric("營運成本[[一成以上]]", 10, "%", "over", "")
    d.org("。[[中電]]在2024年")
    d.date("中電在[[2024年]]至2028年", "2024", "")
    d.date("2024年至[[2028年]]發展", "2028", "")
    d.metric("預留[[約529億元]]", "529e8", "元", "approx", "")
    d.org("，[[港燈]]的同類計劃")
    d.metric("涉及[[約360億元]]", "360e8", "元", "approx", "")
    # P8 analysts and shares (no CITY)
    d.org("\n[[摩根士丹利]]昨日")
    d.date("摩根士丹利[[昨日]]發表", "2026-11-16", "")
    d.org("預期[[中電控股]]明年")
    d.date("中電控股[[明年]]盈利", NY, "")
    d.metric("按年增長[[約4%]]", 4, "%", "approx", "")
    d.metric("由[[71元]]上調", 71, "元", "exact", "")
    d.metric("上調至[[74元]]", 74, "元", "exact", "")
    d.org("；[[花旗]]則指")
    d.metric("淨值的[[8%]]", 8, "%", "exact", "")
    d.org("。[[電能實業]]及長江基建")
    d.org("及[[長江基建]]股價")
    d.date("股價[[昨日]]分別", "2026-11-16", "")
    d.metric("分別上升[[0.9%]]及", "0.9", "%", "exact", "")
    d.metric("0.9%及[[1.2%]]，", "1.2", "%", "exact", "")
    d.metric("微跌[[0.3%]]", "0.3", "%", "exact", "")
    # P9 outlook (no CITY)
    d.date("展望[[明年]]，環生局", NY, "")
    d.org("明年，[[環生局]]表示")
    d.date("須於[[12月中旬]]前", "2026-12", "")
    d.date("將於[[明年1月1日]]起生效", NEWYEAR, "")
    d.date("兩電[[今年]]已安裝", Y, "")
    d.metric("安裝[[約31萬個]]", "31e4", "个", "approx", "")
    d.date("預計[[明年底]]前", NY, "")
    d.org("。[[機電工程署]]（")
    d.org("（[[機電署]]）數據")
    d.date("顯示，[[2025年]]全港", LY, "")
    d.metric("用電量達[[133億度]]", "133e8", "度", "exact", "")
    d.metric("按年增加[[2.2%]]", "2.2", "%", "exact", "")
    d.org("。[[中電]]預計")
    d.metric("需求[[約7,200兆瓦]]", 7200, "兆瓦", "approx", "")
    d.date("，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.date("與[[去年]]相若", LY, "")
    d.org("；[[中華煤氣]]則會")
    d.date("在[[下周一]]（", "2026-11-23", "")
    d.date("下周一（[[23日]]）", "2026-11-23", "")
    d.date("公布[[12月]]燃料", "2026-12", "")
    d.date("預計[[農曆新年]]前", "2027-02-06", "")
    audit = {
        "cities": ["香港", "深圳", "廣州", "東莞", "珠海", "澳門", "新加坡",
                   "東京", "首爾", "台北", "上海", "蘇州", "南京", "成都",
                   "本港", "全港", "在港", "本澳", "內地", "亞洲", "深水埗",
                   "觀塘", "南丫島", "廣東", "城市", "港商"],
        "excluded": [],
        "numbers_excluded": [],
        # 第一檔 (the first tariff tier), 一項研究 (indefinite), 第三個月
        # (an ordinal)
        "cn_excluded": ["[[第一檔]]", "[[一項]]研究", "連續[[第三個月]]下調"],
        "latin_excluded": [],
        "words_excluded": {"兩電": 9, "一般": 1, "一帶": 1, "每月": 4,
                           "按年": 6, "天然氣": 2, "節能": 2, "節省": 1,
                           "照明": 1, "周穎琳": 1, "今冬": 1, "本港": 3,
                           "全港": 3, "在港": 1, "本澳": 1, "內地": 1,
                           "亞洲": 2, "深水埗": 1, "觀塘": 1, "南丫島": 1,
                           "城市": 2, "港商": 1},
        # generic heads outside ORG rows: 當局 (x2), 企業 (x3)
        "orgwords_excluded": {"當局": 2, "企業": 3},
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
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
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
