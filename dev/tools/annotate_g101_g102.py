#!/usr/bin/env python3
"""Gold annotation for the held-out articles g101_city_water_gas_tariffs and
g102_taiwan_tourism_hotels (annotator YA).

Adapted from the precedent set's tools/annotate_xc.py (now dev/tools/annotate_g99_g100.py; copied and the data
changed; it keeps the checks of annotate_xc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text, relative words resolved from the
reference date, UTF-16 LE with BOM, the hand-declared organizations of each
article), with annotate_xa.py's GB-family check turned to GB18030 and
annotate_xb.py's bare-day check.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g101 is simplified (mainland, 广州日报, 2026-11-18), stored as GB18030
  without a BOM.  Its byline holds one character outside GBK (䶮 U+4DAE,
  a CJK Extension A character used in given names; GB18030 two-byte code
  FE 9F, byte 78, offset 42): Python's GBK and GB2312 codecs fail on the
  bytes, GB18030 reads them; every other character is in GB2312 and every
  non-ASCII character is two bytes (no four-byte GB18030 form), so the
  character count is the same for any reader that replaces 䶮 by one
  character.  The Big5 family and UTF-8 fail on the bytes.
- g102 is traditional (Taiwan, 中央社, 2026-11-21), stored as UTF-16 LE
  WITH a BOM (FF FE), which is removed before offsets are counted.  Every
  character is in the BMP (no surrogate pairs), so code units = code
  points.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; Taiwan cities by their official name
  with 市, foreign cities by their mainland standard name: 雪梨 -> 悉尼).
  Bare 2-3 digit years before 年 are ROC years (115年 = 2026).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho19/precedent: README, NOTES_xa/xb/xc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g101_g102.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_xc.py: a GB18030 article (the declared characters
are the only ones GBK lacks, GBK/GB2312/Big5/cp950/Big5-HKSCS/UTF-8 fail,
every non-ASCII character two bytes) instead of Big5-HKSCS; a Taiwan
article (ROC years, 民國 inside the span, Taiwan's 國慶 10-10); 上周/上週
with a weekday resolved to the day (上周五); a bare day (16日) carries the
month of the latest month written before it in its sentence (from
annotate_xb.py); the first figure of a month range with one shared 月
(今年1至10月 -> 今年1) carries the month it writes; a rate's unit keeps
its denominator (3.42元/立方米 -> 元/立方米, GUIDELINES); a marker split
from the figure by a verb (全市约有620万户) is checked to stand in the same
clause.  Re-run (from anywhere):

    python3 dev/tools/annotate_g101_g102.py
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
    "g101_city_water_gas_tariffs": ("gb18030", b"", False, "2026-11-18",
                                    "广州日报"),
    "g102_taiwan_tourism_hotels": ("utf-16-le", BOM16LE, True,
                                   "2026-11-21", "中央社"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g101_city_water_gas_tariffs": [],
               "g102_taiwan_tourism_hotels": []}
# characters of a GB18030 article that GBK lacks (䶮: GB18030 FE 9F)
OUTSIDE_GBK = {"g101_city_water_gas_tariffs": ["䶮"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g102_taiwan_tourism_hotels"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡")
# Holidays the articles name, by their exact span (2026-2027): 元旦
# 2027-01-01 and 春节 2027 = 正月初一 = 2027-02-06 (the coming ones; g101
# 元旦、春节前后, g102 元旦檔期 and 明年農曆春節: GUIDELINES 农历春节 is
# 春节); Taiwan's 國慶 10-10 (GUIDELINES: a Taiwan text names Taiwan's
# days; g102 國慶連假 of October 2026); 中秋 2026 = 八月十五 = 2026-09-25
# (g102 9月受中秋連假挹注); 聖誕節 2026-12-25 (the coming one).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "國慶": "2026-10-10",
    "中秋": "2026-09-25", "聖誕節": "2026-12-25",
    "明年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "农历",
                 "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g101 (2026: municipalities and prefecture-level cities with 市)
    "广州": "广州市", "北京": "北京市", "深圳": "深圳市", "杭州": "杭州市",
    "郑州": "郑州市", "西安": "西安市", "上海": "上海市", "南京": "南京市",
    "成都": "成都市", "重庆": "重庆市", "天津": "天津市",
    # g102 (traditional spans; Taiwan's special municipalities and
    # provincial cities with 市; foreign cities and Hong Kong by their
    # mainland standard names)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "桃園市": "桃园市", "台中市": "台中市", "台中": "台中市",
    "台南市": "台南市", "台南": "台南市", "高雄市": "高雄市",
    "高雄": "高雄市", "新竹市": "新竹市", "基隆市": "基隆市",
    "嘉義市": "嘉义市", "首爾": "首尔", "香港": "香港", "東京": "东京",
    "大阪": "大阪", "新加坡": "新加坡", "吉隆坡": "吉隆坡", "曼谷": "曼谷",
    "釜山": "釜山", "福岡": "福冈", "洛杉磯": "洛杉矶", "雪梨": "悉尼",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common mainland names (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"香港", "首尔", "东京", "大阪", "新加坡", "吉隆坡", "曼谷", "釜山",
          "福冈", "洛杉矶", "悉尼"}
# spans whose normalized name is not their t2s form (+ 市): Taiwan's 雪梨 is
# the mainland's 悉尼 (SPEC)
CITY_ALIAS = {"雪梨": "悉尼"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "中央社": "中央社", "交通部觀光署": "交通部观光署", "觀光署": "观光署",
    "內政部移民署": "内政部移民署", "中華航空": "中华航空", "華航": "华航",
    "長榮航空": "长荣航空", "星宇航空": "星宇航空", "台灣虎航": "台湾虎航",
    "桃園國際機場股份有限公司": "桃园国际机场股份有限公司",
    "桃園機場": "桃园机场", "萬豪國際集團": "万豪国际集团",
    "洲際酒店集團": "洲际酒店集团", "希爾頓": "希尔顿",
    "台南市政府觀光旅遊局": "台南市政府观光旅游局",
    "晶華國際酒店集團": "晶华国际酒店集团", "晶華": "晶华",
    "雲朗觀光": "云朗观光", "福華大飯店": "福华大饭店",
    "國賓大飯店": "国宾大饭店", "華泰飯店集團": "华泰饭店集团",
    "老爺酒店集團": "老爷酒店集团", "寒舍餐旅": "寒舍餐旅",
    "六福旅遊集團": "六福旅游集团", "雄獅旅遊": "雄狮旅游",
    "東南旅行社": "东南旅行社", "Agoda": "Agoda", "KKday": "KKday",
    "Klook": "Klook", "台灣觀光協會": "台湾观光协会",
    "中華民國旅館商業同業公會全國聯合會":
        "中华民国旅馆商业同业公会全国联合会",
    "台北市旅館商業同業公會": "台北市旅馆商业同业公会",
    "國立高雄餐旅大學": "国立高雄餐旅大学",
    "高雄市政府觀光局": "高雄市政府观光局", "交通部": "交通部",
    "台灣經濟研究院": "台湾经济研究院", "中華經濟研究院": "中华经济研究院",
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
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        if enc == "gb18030":    # GB18030 proper: the declared characters are
            outside = sorted({c for c in self.text  # the only ones GBK lacks
                              if not enc_ok(c, "gbk")})
            assert outside == sorted(OUTSIDE_GBK[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            # every non-ASCII character is two bytes (no four-byte form)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GBK, GB2312 and the Big5 family fail on the bytes
            for other in ("gbk", "gb2312", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other), (doc_id, other)
            # GBK reads every line without a declared character alike, and
            # GB2312 too (no GBK-only character is written)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode(enc)
                    assert b.decode("gbk") == line, line
                    assert b.decode("gb2312") == line, line
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        else:
            self.no_span_chars = []
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "big5", "cp950"):  # no byte codec reads
                assert not decodes(full, other), (doc_id, other)  # the file
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
            assert "台湾" not in self.text and "台北" not in self.text
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
# g101 hearings on residential water and gas prices in several cities in
# November 2026: 广州's water hearing of 昨日, 深圳's water consultation,
# 北京's gas hearing, the Yangtze delta (上海, 杭州, 南京), the centre and
# west (郑州, 西安, 成都, 重庆, 武汉), comparisons between cities by the
# associations and the statistics bureau, upstream gas prices, payment
# reminders and the national outlook.  Simplified, GB18030 without BOM,
# 2026-11-18 (a Wednesday, ISO week 2026-W47), 广州日报; the first
# paragraph opens with 广州日报讯（全媒体记者黄䶮 通讯员穗发改宣）.
# 广州市发改委 held its hearing 昨日（11月17日）; 上周 is 2026-W46 and
# 上周五 2026-11-13 (bracketed 11月13日); 上月 as the baseline after 10月
# (较上月) is 2026-09; 元旦 2027-01-01 and 春节 2027-02-06 (the coming
# ones).
# ===========================================================================
@doc
def g101():
    d = Doc("g101_city_water_gas_tariffs")
    Y, LY, NY = "2026", "2025", "2027"
    GZ, BJ, SZ, HZ, ZZ, XA, SH, NJ, CQ, TJ = (
        "广州市", "北京市", "深圳市", "杭州市", "郑州市", "西安市", "上海市",
        "南京市", "重庆市", "天津市")
    # title (a heading that opens with 多城, no city section)
    d.city("密集听证 [[广州]]居民月均")
    d.metric("水费拟增[[约4.5元]]\n", "4.5", "元", "approx", GZ)
    # P1 the 广州 hearing and the count of cities
    d.org("\n\n[[广州日报]]讯（")
    d.date("。[[昨日]]（11月17日）", "2026-11-17", "")
    d.date("昨日（[[11月17日]]），", "2026-11-17", "")
    d.org("），[[广州市发展和改革委员会]]（")
    d.org("（以下简称“[[广州市发改委]]”）")
    d.metric("听证会，[[25名]]听证", 25, "名", "exact", "")
    d.metric("参加人中有[[19人]]原则", 19, "人", "exact", "")
    d.date("发现，[[今年9月]]以来", "2026-09", BJ)
    d.city("以来，[[北京]]、深圳")
    d.city("北京、[[深圳]]、杭州")
    d.city("深圳、[[杭州]]、郑州")
    d.city("杭州、[[郑州]]、西安")
    d.city("郑州、[[西安]]等12个")
    d.metric("西安等[[12个]]城市", 12, "个", "exact", XA)
    d.metric("多在[[10%]]至25%", 10, "%", "exact", XA)
    d.metric("10%至[[25%]]之间", 25, "%", "exact", XA)
    # P2 广州's plan and costs
    d.city("根据听证方案，[[广州]]居民")
    d.metric("拟由每立方米[[1.98元]]调整", "1.98", "元", "exact", GZ)
    d.metric("调整为[[2.28元]]，第二", "2.28", "元", "exact", GZ)
    d.metric("同步调整为[[3.42元/立方米]]和", "3.42", "元/立方米", "exact", GZ)
    d.metric("和[[6.84元/立方米]]，", "6.84", "元/立方米", "exact", GZ)
    d.metric("污水处理费维持每立方米[[0.95元]]不变", "0.95", "元", "exact",
             GZ)
    d.metric("月均用水[[15立方米]]计算", 15, "立方米", "exact", "")
    d.metric("水费将增加[[约4.5元]]。", "4.5", "元", "approx", "")
    d.org("。[[广州市自来水有限公司]]介绍")
    d.date("介绍，[[2025年]]该公司", LY, "")
    d.metric("成本为每立方米[[2.71元]]", "2.71", "元", "exact", "")
    d.date("较[[2019年]]上一轮", "2019", "")
    d.metric("调价时上涨[[约31%]]", 31, "%", "approx", "")
    d.metric("总长度[[超过2.6万公里]]", "2.6e4", "公里", "over", "")
    d.metric("服务人口[[约1600万人]]", "1600e4", "人", "approx", "")
    d.org("。[[广州市水务局]]相关")
    d.date("拟于[[明年1月1日]]起", "2027-01-01", "")
    d.metric("每月可获[[8立方米]]的", 8, "立方米", "exact", "")
    d.org("。[[广州市消费者委员会]]代表")
    d.metric("家庭人口在[[5人以上]]的", 5, "人", "over", "")
    # P3 深圳's consultation and its water group
    d.city("\n\n[[深圳]]的调价")
    d.org("。[[深圳市发展和改革委员会]]11月10日")
    d.date("委员会[[11月10日]]发布", "2026-11-10", SZ)
    d.city("显示，[[深圳]]居民第一")
    d.metric("综合水价拟由每立方米[[3.45元]]上调", "3.45", "元", "exact", SZ)
    d.metric("上调至[[3.97元]]，", "3.97", "元", "exact", SZ)
    d.metric("涨幅[[约15.1%]]", "15.1", "%", "approx", SZ)
    d.date("持续至[[11月25日]]。", "2026-11-25", SZ)
    d.org("。[[深圳市水务（集团）有限公司]]（")
    d.org("（以下简称“[[深圳水务]]”）")
    d.date("数据显示，[[前三季度]]该公司", Y, "")
    d.metric("售水量[[约13.2亿立方米]]", "13.2e8", "立方米", "approx", "")
    d.metric("同比增长[[2.3%]]，但", "2.3", "%", "exact", "")
    d.metric("供水业务亏损[[约2.8亿元]]", "2.8e8", "元", "approx", "")
    d.date("亏损额较[[去年同期]]扩大", LY, "")
    d.metric("扩大[[约0.6亿元]]。", "0.6e8", "元", "approx", "")
    d.org("。[[深圳市水务局]]表示")
    d.metric("全市约有[[620万户]]居民", "620e4", "户", "approx", "", sep="约")
    d.metric("其中[[约九成]]月用水量", 90, "%", "approx", "")
    d.metric("每月增支[[约5.2元]]", "5.2", "元", "approx", "")
    # P4 北京's gas hearing (the first sentence names no city outside ORGs)
    d.org("气价方面，[[北京市发展和改革委员会]]11月12日")
    d.date("委员会[[11月12日]]召开", "2026-11-12", "")
    d.metric("第一档价格由每立方米[[2.63元]]调整", "2.63", "元", "exact", "")
    d.metric("调整为[[2.89元]]，第二档", "2.89", "元", "exact", "")
    d.metric("相应调整为[[3.47元]]和", "3.47", "元", "exact", "")
    d.metric("3.47元和[[4.62元]]，", "4.62", "元", "exact", "")
    d.metric("年用气量在[[350立方米以内]]的", 350, "立方米", "under", "")
    d.org("。[[北京市燃气集团有限责任公司]]（")
    d.org("（以下简称“[[北京燃气]]”）")
    d.date("表示，[[今年]]冬季", Y, "")
    d.org("从[[中国石油]]、国家管网集团")
    d.org("中国石油、[[国家管网集团]]等上游")
    d.metric("同比上涨[[约8%]]，居民", 8, "%", "approx", "")
    d.date("三年，[[去年]]倒挂金额", LY, "")
    d.metric("倒挂金额[[超过11亿元]]", "11e8", "元", "over", "")
    d.city("。[[北京]]一户普通")
    d.metric("每月用气[[约25立方米]]", 25, "立方米", "approx", BJ)
    d.metric("燃气费将增加[[约6.5元]]", "6.5", "元", "approx", BJ)
    # P5 the Yangtze delta: 上海, 杭州, 南京
    d.org("在长三角，[[上海市发展和改革委员会]]日前")
    d.city("表示，[[上海]]居民用气")
    d.org("成本监审，[[上海燃气]]将于")
    d.date("将于[[12月上旬]]参加", "2026-12", SH)
    d.org("；[[杭州市发展和改革委员会]]则于")
    d.date("则于[[上周五]]（11月13日）", "2026-11-13", HZ)
    d.date("上周五（[[11月13日]]）公布", "2026-11-13", HZ)
    d.city("听证结果，[[杭州]]居民")
    d.date("水价自[[12月1日]]起", "2026-12-01", HZ)
    d.metric("由每立方米[[2.90元]]上调", "2.9", "元", "exact", HZ)
    d.metric("上调至[[3.30元]]，", "3.3", "元", "exact", HZ)
    d.org("，[[杭州市水务集团]]同步")
    d.date("计划[[年底]]前完成", Y, HZ)
    d.metric("前完成[[约4.6万户]]。", "4.6e4", "户", "approx", HZ)
    d.org("。[[南京港华燃气]]表示")
    d.city("表示，[[南京]]居民气价")
    d.date("已于[[今年7月]]完成", "2026-07", NJ)
    d.metric("第一档价格为每立方米[[2.75元]]", "2.75", "元", "exact", NJ)
    d.date("，[[三季度]]居民投诉量", "2026-Q3", NJ)
    d.metric("环比下降[[约两成]]。", 20, "%", "approx", NJ)
    # P6 the centre and west: 郑州 and 华润燃气, 西安、成都、重庆, 武汉
    d.org("。[[郑州市发展和改革委员会]]10月底")
    d.date("委员会[[10月底]]公布", "2026-10", ZZ)
    d.city("方案显示，[[郑州]]居民用气")
    d.metric("拟由每立方米[[2.56元]]上调", "2.56", "元", "exact", ZZ)
    d.metric("上调至[[2.86元]]。", "2.86", "元", "exact", ZZ)
    d.city("。为[[郑州]]市区供气")
    d.org("供气的[[郑州华润燃气股份有限公司]]是")
    d.org("是[[华润燃气]]旗下企业")
    d.org("旗下企业，[[华润燃气]]在中期")
    d.date("披露，[[今年上半年]]其居民", Y, ZZ)
    d.metric("售气量[[约83亿立方米]]", "83e8", "立方米", "approx", ZZ)
    d.metric("同比增长[[4.1%]]", "4.1", "%", "exact", ZZ)
    d.metric("毛差仅[[0.36元]]", "0.36", "元", "exact", ZZ)
    d.metric("工商业用户的[[0.58元]]", "0.58", "元", "exact", ZZ)
    d.org("；[[中国燃气]]、新奥能源")
    d.org("中国燃气、[[新奥能源]]、港华")
    d.org("新奥能源、[[港华智慧能源]]等")
    d.city("倒挂。[[西安]]、成都")
    d.city("西安、[[成都]]、重庆")
    d.city("成都、[[重庆]]三地")
    d.metric("每立方米[[2.40元]]、", "2.4", "元", "exact", CQ)
    d.metric("2.40元、[[2.51元]]和", "2.51", "元", "exact", CQ)
    d.metric("2.51元和[[2.28元]]，", "2.28", "元", "exact", CQ)
    d.org("，[[西安秦华燃气集团]]、成都燃气")
    d.org("秦华燃气集团、[[成都燃气]]和")
    d.org("成都燃气和[[重庆燃气]]均")
    d.org("。[[武汉市发展和改革委员会]]则")
    d.date("明确，[[今年]]不启动", Y, "")
    # P7 comparisons between cities
    d.org("来看，[[中国城镇供水排水协会]]统计")
    d.date("截至[[今年6月底]]，全国", "2026-06", TJ)
    d.metric("全国[[36个]]重点城市", 36, "个", "exact", TJ)
    d.metric("平均为每立方米[[3.26元]]", "3.26", "元", "exact", TJ)
    d.city("其中[[天津]]、深圳、上海")
    d.city("天津、[[深圳]]、上海位居")
    d.city("深圳、[[上海]]位居")
    d.city("最高的[[天津]]达到")
    d.metric("达到[[4.90元]]；", "4.9", "元", "exact", TJ)
    d.city("；[[广州]]调价后")
    d.metric("综合水价为[[3.23元]]", "3.23", "元", "exact", GZ)
    d.org("。[[中国城市燃气协会]]的数据")
    d.metric("平均价格为每立方米[[2.71元]]", "2.71", "元", "exact", BJ)
    d.city("2.71元，[[北京]]、上海、广州")
    d.city("北京、[[上海]]、广州分别")
    d.city("上海、[[广州]]分别为")
    d.metric("分别为[[2.63元]]、3.00元", "2.63", "元", "exact", GZ)
    d.metric("2.63元、[[3.00元]]和", "3", "元", "exact", GZ)
    d.metric("3.00元和[[3.45元]]。", "3.45", "元", "exact", GZ)
    d.org("。[[国家统计局]]上周")
    d.date("国家统计局[[上周]]发布", "2026-W46", "")
    d.date("数据显示，[[10月]]全国居民", "2026-10", "")
    d.metric("燃料类价格同比上涨[[1.3%]]", "1.3", "%", "exact", "")
    d.metric("管道燃气价格同比上涨[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("自来水价格上涨[[1.8%]]", "1.8", "%", "exact", "")
    d.date("涨幅均较[[上月]]有所", "2026-09", "")
    # P8 upstream prices, research (no CITY)
    d.org("。[[卓创资讯]]监测")
    d.date("监测显示，[[11月中旬]]国内", "2026-11", "")
    d.metric("出厂均价为每吨[[4860元]]", 4860, "元", "exact", "")
    d.date("较[[10月初]]上涨", "2026-10", "")
    d.metric("上涨[[约12%]]；", 12, "%", "approx", "")
    d.org("；[[隆众资讯]]预计")
    d.org("。[[厦门大学中国能源政策研究院]]一位")
    d.metric("已有[[超过70%]]的", 70, "%", "over", "")
    d.org("。[[国务院发展研究中心]]的一份")
    # P9 payment reminders and the outlook
    d.city("缴费，[[广州]]、深圳等地")
    d.city("广州、[[深圳]]等地供水")
    d.org("联合[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]上线")
    d.org("。[[国家发展改革委价格司]]有关")
    d.date("各地在[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.date("，[[明年一季度]]前", "2027-Q1", "")
    d.org("。[[广州市发改委]]表示")
    d.date("并于[[12月中旬]]前", "2026-12", "")
    d.org("前报[[广州市人民政府]]审定")
    audit = {
        "orgs": ["广州日报", "广州市发展和改革委员会", "广州市发改委",
                 "广州市自来水有限公司", "广州市水务局", "广州市消费者委员会",
                 "深圳市发展和改革委员会", "深圳市水务（集团）有限公司",
                 "深圳水务", "深圳市水务局", "北京市发展和改革委员会",
                 "北京市燃气集团有限责任公司", "北京燃气", "中国石油",
                 "国家管网集团", "上海市发展和改革委员会", "上海燃气",
                 "杭州市发展和改革委员会", "杭州市水务集团", "南京港华燃气",
                 "郑州市发展和改革委员会", "郑州华润燃气股份有限公司",
                 "华润燃气", "中国燃气", "新奥能源", "港华智慧能源",
                 "西安秦华燃气集团", "成都燃气", "重庆燃气",
                 "武汉市发展和改革委员会", "中国城镇供水排水协会",
                 "中国城市燃气协会", "国家统计局", "卓创资讯", "隆众资讯",
                 "厦门大学中国能源政策研究院", "国务院发展研究中心", "支付宝",
                 "微信支付", "国家发展改革委价格司", "广州市人民政府"],
        "cities": ["广州", "北京", "深圳", "杭州", "郑州", "西安", "上海",
                   "南京", "成都", "重庆", "天津", "武汉", "厦门", "中国",
                   "长三角", "穗", "全国", "全市", "北方", "中西部", "城市",
                   "港华", "秦华"],
        "excluded": [
            # 穗 (a one-character abbreviation of 广州, inside the
            # correspondent's pen name), 长三角 (a region), 北方, 中西部
            "通讯员[[穗]]发改宣", "在[[长三角]]，", "，[[北方]]供暖季",
            "\n\n[[中西部城市]]调价",
            # 城市 (x3: 12个城市, 重点城市, 上述城市, 地级以上城市)
            "12个[[城市]]已就", "重点[[城市]]居民", "上述[[城市]]居民",
            "地级以上[[城市]]建立",
        ],
        # the tier ratio 1:1.5:3 (a ratio like a score, GUIDELINES)
        "numbers_excluded": ["按[[1:1.5:3]]的比价"],
        # ordinals (第二、三阶梯, 第二档、第三档), 一户 (x2, the indefinite
        # article; 一户一表 a programme's name), 三口之家 (a household
        # type), 上一轮, 三年 (a duration), 三地 (a collective label), 一位,
        # 一年 (a term), 一份
        "cn_excluded": ["[[第二、三]]阶梯价格", "以[[一户]]三口", "一户[[三]]口之家",
                        "上[[一]]轮调价", "第[[二]]档、第三档",
                        "第二档、第[[三]]档", "持续[[三年]]", "“[[一]]户一表”", "“一户[[一]]表”",
                        "重庆[[三]]地", "研究院[[一]]位", "多为[[一年]]",
                        "的[[一]]份报告", "北京[[一]]户普通"],
        "latin_excluded": ["（[[LNG]]）", "期间[[LNG]]价格"],
        # time words that are no DATE: 月均 (x3), 每月 (x4), 年用气量 and
        # 月用水量 (per year, per month), 冬季 (after 今年: only the year is
        # a DATE), 供暖季, 天然气 (x3), 节奏, 明确, 周期, 日前, 以来 (x2,
        # outside), 前后 (outside); 全国 (x3), 全市 (x2) are deictic;
        # 第一阶梯 (x5), 第一档 (x6) are ordinals
        "words_excluded": {"月均": 3, "每月": 4, "全国": 3, "全市": 2,
                           "第一阶梯": 5, "第一档": 6, "周期": 1,
                           "年用气量": 1, "月用水量": 1, "冬季": 1, "供暖季": 1, "天然气": 3, "节奏": 1,
                           "明确": 1, "日前": 1, "同期": 0, "当天": 0,
                           "以来": 2, "前后": 1},
        # generic heads outside ORG rows: 该公司 (x3), 企业 (上游企业,
        # 旗下企业, 城燃企业, 供水企业), 部门 (价格主管部门), 听证参加人
        "orgwords_excluded": {"公司": 3, "企业": 4, "部门": 1, "集团": 0,
                              "协会": 0, "研究院": 0, "委员会": 0, "局": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g102 Taiwan's hotels in October 2026: the tourism administration's
# occupancy and room rates, by city and county, inbound visitors by origin
# city, airlines and the airport, hotel supply, hotel groups' revenue,
# travel agencies and platforms, the travel fair, associations, outlook.
# Traditional as Taiwan writes it (台, 占, 週, 新台幣, ROC years), UTF-16 LE
# WITH BOM, 2026-11-21 (a Saturday, ISO week 2026-W47), 中央社; the first
# paragraph opens with the dateline （中央社記者邱柏瑄台北21日電） and the
# article ends with the editor's line （編輯：陳政偉）1151121 (CNA's
# date code, no figure).  觀光署 published 昨天 (2026-11-20).  A Taiwan text:
# 105年 = 2016, 108年 = 2019, 113年 = 2024, 114年 = 2025, 115年 = 2026,
# 116年 = 2027.  國慶 is Taiwan's 10-10; 中秋 2026-09-25; 聖誕節
# 2026-12-25, 元旦 2027-01-01, 明年農曆春節 2027-02-06 (the coming ones);
# 上週五 2026-11-13 (bracketed 11月13日; the fair ran to 16日).
# ===========================================================================
@doc
def g102():
    d = Doc("g102_taiwan_tourism_hotels")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    TPE, NTP, TYN, TCH, TNN, KHH, HSZ, CYI = (
        "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "新竹市",
        "嘉义市")
    SEL, HKG, OSA, BKK, FUK, SYD, PUS = ("首尔", "香港", "大阪", "曼谷",
                                         "福冈", "悉尼", "釜山")
    NTD = "新台幣"
    # title (a heading that opens with 10月, no city section; the line is
    # its own sentence: 台北 is the first city after 10月 and 62.4%)
    d.date("[[10月]]旅館住用率62.4%", OCT, TPE)
    d.metric("旅館住用率[[62.4%]] 日韓", "62.4", "%", "exact", TPE)
    d.city("旅客帶動[[台北]]房價")
    d.metric("房價年增[[6.2%]]\n", "6.2", "%", "exact", TPE)
    # P1 the dateline and the national totals
    d.org("（[[中央社]]記者")
    d.city("記者邱柏瑄[[台北]]21日電")
    d.date("台北[[21日]]電", "2026-11-21", TPE)
    d.org("電）[[交通部觀光署]]昨天")
    d.date("觀光署[[昨天]]公布", "2026-11-20", TPE)
    d.date("公布[[115年10月]]旅館業", OCT, TPE)
    d.metric("平均住用率為[[62.4%]]", "62.4", "%", "exact", TPE)
    d.date("，較[[去年同期]]增加3.1", "2025-10", TPE)
    d.metric("增加[[3.1個百分點]]", "3.1", "百分点", "exact", TPE)
    d.metric("每晚新台幣[[3,286元]]", 3286, "元", "exact", TPE, outer=NTD)
    d.metric("3,286元，年增[[4.7%]]", "4.7", "%", "exact", TPE)
    d.org("。[[觀光署]]指出，10月受")
    d.date("指出，[[10月]]受國慶", OCT, "")
    d.date("受[[國慶]]連假", "2026-10-10", "")
    d.metric("住宿人次達[[689萬人次]]", "689e4", "人次", "exact", "")
    d.date("創[[114年]]以來單月", LY, "")
    d.metric("占比[[約27%]]", 27, "%", "approx", "")
    d.date("；[[9月]]受中秋", "2026-09", "")
    d.date("受[[中秋]]連假挹注", "2026-09-25", "")
    d.metric("住用率也有[[57.8%]]", "57.8", "%", "exact", "")
    # P2 by city and county (counties are no CITY)
    d.org("\n\n[[觀光署]]資料也顯示")
    d.city("顯示，[[台北市]]10月")
    d.date("台北市[[10月]]旅館", OCT, TPE)
    d.metric("住用率達[[78.6%]]", "78.6", "%", "exact", TPE)
    d.metric("每晚[[5,412元]]", 5412, "元", "exact", TPE)
    d.metric("5,412元，年增[[6.2%]]", "6.2", "%", "exact", TPE)
    d.date("為[[民國105年]]以來同月", "2016", TPE)
    d.city("；[[新北市]]、桃園市")
    d.city("新北市、[[桃園市]]住用率")
    d.metric("分別為[[66.3%]]、", "66.3", "%", "exact", TYN)
    d.metric("66.3%、[[64.8%]]，", "64.8", "%", "exact", TYN)
    d.metric("平均房價年增[[8.5%]]", "8.5", "%", "exact", TYN)
    d.city("。[[台中市]]住用率")
    d.metric("住用率為[[61.2%]]", "61.2", "%", "exact", TCH)
    d.city("，[[台南市]]、高雄市")
    d.city("台南市、[[高雄市]]分別")
    d.metric("分別為[[63.5%]]、", "63.5", "%", "exact", KHH)
    d.metric("63.5%、[[65.1%]]，", "65.1", "%", "exact", KHH)
    d.city("，[[高雄]]10月舉辦")
    d.date("高雄[[10月]]舉辦", OCT, KHH)
    d.metric("住宿人次年增[[12.3%]]", "12.3", "%", "exact", KHH)
    d.city("。[[新竹市]]受科技業")
    d.metric("達每晚[[4,120元]]", 4120, "元", "exact", HSZ)
    d.metric("新竹縣的[[3,350元]]", 3350, "元", "exact", HSZ)
    d.city("；[[基隆市]]、嘉義市")
    d.city("基隆市、[[嘉義市]]住用率")
    d.metric("分別為[[55.2%]]、", "55.2", "%", "exact", CYI)
    d.metric("55.2%、[[58.9%]]。", "58.9", "%", "exact", CYI)
    d.metric("回升至[[52.7%]]", "52.7", "%", "exact", "")
    d.date("強震前的[[113年同期]]低", "2024", "")
    d.metric("低[[約8個百分點]]", 8, "百分点", "approx", "")
    d.metric("分別為[[57.4%]]、", "57.4", "%", "exact", "")
    d.metric("57.4%、[[49.6%]]。", "49.6", "%", "exact", "")
    # P3 inbound visitors by origin city
    d.org("，[[內政部移民署]]統計")
    d.date("統計，[[今年1]]至10月", "2026-01", "")
    d.date("今年1至[[10月]]來台", OCT, "")
    d.metric("來台旅客達[[742萬人次]]", "742e4", "人次", "exact", "")
    d.date("較[[去年同期]]成長14.8%", LY, "")
    d.metric("成長[[14.8%]]", "14.8", "%", "exact", "")
    d.date("恢復至[[108年同期]]的", "2019", "")
    d.metric("108年同期的[[約76%]]", 76, "%", "approx", "")
    d.org("。[[觀光署]]委託調查")
    d.city("來自[[首爾]]的旅客")
    d.metric("的旅客[[約78萬人次]]居首", "78e4", "人次", "approx", SEL)
    d.city("，[[香港]]旅客")
    d.metric("香港旅客[[約69萬人次]]次之", "69e4", "人次", "approx", HKG)
    d.city("次之，[[東京]]、大阪")
    d.city("東京、[[大阪]]分別")
    d.metric("分別為[[61萬]]、43萬人次", "61e4", "人次", "exact", OSA,
             shared="人次")
    d.metric("61萬、[[43萬人次]]；", "43e4", "人次", "exact", OSA)
    d.city("；[[新加坡]]、吉隆坡")
    d.city("新加坡、[[吉隆坡]]、曼谷")
    d.city("吉隆坡、[[曼谷]]旅客")
    d.metric("分別年增[[21%]]、", 21, "%", "exact", BKK)
    d.metric("21%、[[17%]]、", 17, "%", "exact", BKK)
    d.metric("17%、[[25%]]。", 25, "%", "exact", BKK)
    d.city("。[[釜山]]、福岡等城市")
    d.city("釜山、[[福岡]]等城市")
    d.city("明顯，[[福岡]]來台旅客")
    d.metric("年增達[[38%]]", 38, "%", "exact", FUK)
    d.city("來自[[洛杉磯]]、雪梨")
    d.city("洛杉磯、[[雪梨]]的旅客")
    d.metric("分別成長[[9%]]、", 9, "%", "exact", SYD)
    d.metric("9%、[[11%]]。", 11, "%", "exact", SYD)
    # P4 airlines and the airport
    d.org("。[[中華航空]]（華航）")
    d.org("中華航空（[[華航]]）")
    d.date("班表自[[10月25日]]起", "2026-10-25", TPE)
    d.city("每週增加[[台北]]往返首爾")
    d.city("往返[[首爾]]、釜山")
    d.city("首爾、[[釜山]]航班")
    d.metric("航班共[[14班]]", 14, "班", "exact", PUS)
    d.org("；[[長榮航空]]、星宇航空")
    d.org("長榮航空、[[星宇航空]]則")
    d.org("，[[台灣虎航]]也將")
    d.date("也將自[[12月]]起", "2026-12", KHH)
    d.city("新增[[高雄]]往返大阪")
    d.city("往返[[大阪]]航線")
    d.org("。[[桃園國際機場股份有限公司]]統計")
    d.date("統計，[[10月]]桃園機場", OCT, "")
    d.org("10月[[桃園機場]]旅運量")
    d.metric("旅運量[[約412萬人次]]", "412e4", "人次", "approx", "")
    d.metric("年增[[9.6%]]，單日", "9.6", "%", "exact", "")
    d.metric("最高[[突破15.8萬人次]]", "15.8e4", "人次", "over", "")
    d.org("。[[華航]]並指出")
    d.date("指出，[[11月]]以來", "2026-11", "")
    d.metric("維持在[[9成以上]]", 90, "%", "over", "")
    # P5 hotel supply (六都 is a collective label, no CITY)
    d.org("擴張。[[觀光署]]統計")
    d.date("截至[[10月底]]全台", OCT, "")
    d.metric("民宿共[[1萬4,286家]]", 14286, "家", "exact", "")
    d.metric("客房[[約32.6萬間]]", "32.6e4", "间", "approx", "")
    d.date("，[[今年]]以來新增", Y, "")
    d.metric("新增旅館[[87家]]", 87, "家", "exact", "")
    d.org("；[[萬豪國際集團]]、洲際")
    d.org("萬豪國際集團、[[洲際酒店集團]]及")
    d.org("及[[希爾頓]]今年")
    d.date("希爾頓[[今年]]在六都", Y, "")
    d.metric("新開[[6家]]國際", 6, "家", "exact", "")
    d.metric("增加[[約4.3%]]", "4.3", "%", "approx", "")
    d.org("。[[台南市政府觀光旅遊局]]則")
    d.date("指出，[[今年前3季]]台南", Y, TNN)
    d.city("今年前3季[[台南]]旅宿業")
    d.metric("住宿人次[[約1,020萬人次]]", "1020e4", "人次", "approx", TNN)
    d.metric("年增[[7.4%]]，預計", "7.4", "%", "exact", TNN)
    d.date("預計[[年底]]前還有", Y, TNN)
    d.metric("還有[[2家]]飯店", 2, "家", "exact", TNN)
    # P6 hotel groups
    d.org("走揚。[[晶華國際酒店集團]]（")
    d.org("集團（[[晶華]]）10月")
    d.date("（晶華）[[10月]]合併", OCT, "")
    d.metric("合併營收約新台幣[[12.8億元]]", "12.8e8", "元", "approx", "",
             outer="約" + NTD)
    d.metric("年增[[11.3%]]，今年", "11.3", "%", "exact", "")
    d.date("11.3%，[[今年前10月]]累計", Y, "")
    d.metric("累計營收[[約118.5億元]]", "118.5e8", "元", "approx", "")
    d.date("新高，[[前3季]]每股", Y, "")
    d.metric("稅後純益[[9.12元]]", "9.12", "元", "exact", "")
    d.org("。[[晶華]]表示")
    d.city("表示，[[台北]]地區飯店")
    d.date("地區飯店[[10月]]住房率", OCT, TPE)
    d.metric("住房率[[逾85%]]", 85, "%", "over", TPE)
    d.metric("占比[[超過6成]]", 60, "%", "over", TPE)
    d.org("。[[雲朗觀光]]指出")
    d.date("旗下飯店[[10月]]平均", OCT, "")
    d.metric("平均房價年增[[約7%]]", 7, "%", "approx", "")
    d.metric("住房率[[約8成]]", 80, "%", "approx", "")
    d.org("；[[福華大飯店]]表示")
    d.city("表示，[[台北]]、台中兩館")
    d.city("台北、[[台中]]兩館")
    d.date("兩館[[10月]]住房率", OCT, TCH)
    d.metric("分別為[[81%]]和", 81, "%", "exact", TCH)
    d.metric("81%和[[73%]]。", 73, "%", "exact", TCH)
    d.org("。[[國賓大飯店]]、華泰")
    d.org("國賓大飯店、[[華泰飯店集團]]、")
    d.org("華泰飯店集團、[[老爺酒店集團]]、")
    d.org("老爺酒店集團、[[寒舍餐旅]]等業者")
    d.date("等業者[[10月]]營收", OCT, "")
    d.date("也較[[去年同期]]成長", "2025-10", "")
    d.org("，[[六福旅遊集團]]則預期")
    d.date("預期，[[聖誕節]]及元旦", "2026-12-25", "")
    d.date("聖誕節及[[元旦]]檔期", "2027-01-01", "")
    d.metric("訂房率已達[[7成]]", 70, "%", "exact", "")
    # P7 travel agencies, platforms, the fair, associations
    d.org("旅行業方面，[[雄獅旅遊]]、東南")
    d.org("雄獅旅遊、[[東南旅行社]]表示")
    d.date("詢問度較[[去年]]增加", LY, "")
    d.metric("增加[[約3成]]", 30, "%", "approx", "")
    d.org("線上旅遊平台[[Agoda]]統計")
    d.date("Agoda統計，[[10月]]外國", OCT, TPE)
    d.metric("搜尋量年增[[約19%]]", 19, "%", "approx", TPE)
    d.org("，[[KKday]]與Klook")
    d.org("KKday與[[Klook]]也指出")
    d.city("指出，[[台北]]101觀景台")
    d.metric("預訂量年增[[逾4成]]", 40, "%", "over", TPE)
    d.org("。[[台灣觀光協會]]主辦")
    d.city("主辦的[[台北]]國際旅展")
    d.date("旅展[[上週五]]（11月13日）", "2026-11-13", TPE)
    d.date("上週五（[[11月13日]]）至16日", "2026-11-13", TPE)
    d.date("（11月13日）至[[16日]]在", "2026-11-16", TPE)
    d.metric("參觀人次[[約31萬人次]]", "31e4", "人次", "approx", TPE)
    d.metric("成交金額約新台幣[[16.5億元]]", "16.5e8", "元", "approx", TPE,
             outer="約" + NTD)
    d.org("。[[中華民國旅館商業同業公會全國聯合會]]指出")
    d.metric("缺工[[約1.2萬人]]", "1.2e4", "人", "approx", "")
    d.org("，[[台北市旅館商業同業公會]]也呼籲")
    d.org("；[[國立高雄餐旅大學]]一名")
    d.org("表示，[[高雄市政府觀光局]]推動")
    # P8 outlook (no CITY)
    d.org("\n\n[[觀光署]]預估")
    d.date("預估，[[今年]]來台旅客", Y, "")
    d.metric("可望[[突破900萬人次]]", "900e4", "人次", "over", "")
    d.date("並設定[[民國116年]]來台", NY, "")
    d.metric("來台旅客[[1,000萬人次]]的", "1000e4", "人次", "exact", "")
    d.date("；[[明年農曆春節]]落在", "2027-02-06", "")
    d.date("落在[[2月上旬]]，", "2027-02", "")
    d.org("湧入。[[交通部]]表示")
    d.org("。[[台灣經濟研究院]]研究員")
    d.date("分析，[[第4季]]為來台", "2026-Q4", "")
    d.date("全台旅館[[第4季]]平均", "2026-Q4", "")
    d.metric("維持在[[6成以上]]", 60, "%", "over", "")
    d.metric("收斂至[[3%左右]]", 3, "%", "approx", "")
    d.org("；[[中華經濟研究院]]也預估")
    d.date("預估，[[明年]]旅館業", NY, "")
    d.metric("年增[[5%]]至6%", 5, "%", "exact", "")
    d.metric("5%至[[6%]]。", 6, "%", "exact", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "花蓮", "宜蘭",
                   "屏東", "全台", "台灣", "臺灣", "首爾", "香港", "東京",
                   "大阪", "新加坡", "吉隆坡", "曼谷", "釜山", "福岡", "洛杉磯",
                   "雪梨", "日月潭", "南港", "九份", "六都", "東部", "南部",
                   "日本", "韓國", "東南亞", "城市"],
        "excluded": [
            # counties (SPEC: 新竹縣, 花蓮縣 are no CITY), a scenic lake,
            # a district's exhibition hall, regions and countries
            "高於[[新竹縣]]的", "，[[花蓮縣]]住用率", "；[[宜蘭縣]]、屏東縣",
            "宜蘭縣、[[屏東縣]]分別", "位於[[日月潭]]的", "在[[南港]]展覽館",
            "東部方面", "帶動[[南部]]平日", "加開飛往[[日本]]的",
            "，[[日本]]、韓國來台", "日本、[[韓國]]來台", "11月以來[[韓國]]航線",
            "，[[日本]]、韓國及", "日本、[[韓國]]及東南亞", "及[[東南亞]]旅客",
            "依客源[[城市]]區分", "福岡等[[城市]]因",
            # 全台 (x6, deictic)
            "[[全台]]觀光旅館", "，[[全台]]旅館住宿", "居[[全台]]之冠",
            "[[全台]]合法旅館", "[[全台]]旅館業目前", "[[全台]]旅館第4季",
        ],
        # the bare code of CNA's editor line, 101 in the name of 台北101
        # (a building), 4天 (the fair's duration)
        "numbers_excluded": ["）[[1151121]]", "台北[[101]]觀景台",
                             "，[[4天]]參觀"],
        # 一般 (general), 六都 (a collective label), 兩館 (a collective
        # label for 台北、台中), 九份 (a town), 一名 (indefinite)
        "cn_excluded": ["及[[一般]]旅館", "在[[六都]]新開", "台中[[兩館]]",
                        "[[九份]]老街", "大學[[一名]]教授"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (x15), 單月 (x2), 單日, 每週,
        # 明顯, 日、韓, 日韓 (one-character abbreviations of Japan and Korea), 冬季 (the
        # winter schedule), 平日 (weekdays), 旺季, 歷年同期 (no period of
        # its own), 同月 (in 以來同月), 連假 (x2, outside the holiday
        # spans), 以來 (x4, outside), 檔期
        "words_excluded": {"年增": 15, "單月": 2, "明顯": 1, "單日": 1,
                           "每週": 1, "日、韓": 1, "日韓": 1, "冬季": 1, "平日": 1,
                           "旺季": 1, "歷年同期": 1, "同月": 1, "連假": 2,
                           "以來": 4, "檔期": 1, "當天": 0},
        # generic heads outside ORG rows: 飯店 (旗下飯店 x2, 地區飯店,
        # 度假飯店, 國際品牌飯店, 2家飯店, 飯店業者), 業者 (航空業者,
        # 飯店業者, 等業者), 平台 (線上旅遊平台), 航空 (航空業者); 旅行社,
        # 協會, 公會, 集團, 研究院 only inside ORGs
        "orgwords_excluded": {"飯店": 7, "業者": 3, "旅行社": 0, "協會": 0,
                              "公會": 0, "集團": 0, "研究院": 0, "平台": 1,
                              "航空": 1},
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
    if not m:
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


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
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
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
