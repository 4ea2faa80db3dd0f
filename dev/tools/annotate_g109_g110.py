#!/usr/bin/env python3
"""Gold annotation for the held-out articles g109_insurance_premiums_claims
and g110_hk_tourism_events_hotels (annotator ZB).

Adapted from the precedent set's tools/annotate_ya.py (now dev/tools/annotate_g101_g102.py; copied and the data
changed; it keeps the checks of annotate_ya.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, relative words resolved from the reference date (with a weekday:
上周六, 本周五), the bare-day month rule, UTF-16 LE with BOM, the
hand-declared organizations of each article), with annotate_yc.py's UTF-8
BOM checks, its 同日/当日/同月 check and its 约占 check.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g109 is simplified (mainland, 证券时报, 2026-11-14), stored as UTF-16 LE
  WITH a BOM (FF FE), which is removed before offsets are counted.  Every
  character is in the BMP (no surrogate pairs), so code units = code
  points; no byte codec (GB18030, GBK, Big5, cp950, UTF-8) reads the file,
  and the big-endian reading differs.  OpenCC t2s leaves the article
  unchanged.
- g110 is traditional (Hong Kong, 星島日報, 2026-11-23), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; mainland cities by their official name with
  市, Hong Kong and foreign cities by their mainland standard name: 杜拜 ->
  迪拜, 三藩市 -> 旧金山).  It is no Taiwan text: no ROC year, no Taiwan
  marker.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho20/precedent: README, NOTES_ya/yb/yc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g109_g110.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ya.py: no GB18030 and no Taiwan article (both
articles must write no Taiwan marker and no ROC year); a UTF-8 article with
BOM (utf-8-sig reads it, GB/Big5 codecs fail or differ); 本周 with a
weekday resolved to the day of this week (本周五); 同日/当日/同月 from
annotate_yc.py; a bracketed day after a relative day word (昨日（22日）,
上周六（21日）, 本周五（27日）) must repeat the word's date; Hong Kong
foreign-city spellings mapped to the mainland names (杜拜, 三藩市).
Re-run (from anywhere):

    python3 dev/tools/annotate_g109_g110.py
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
    "g109_insurance_premiums_claims": ("utf-16-le", BOM16LE, False,
                                       "2026-11-14", "证券时报"),
    "g110_hk_tourism_events_hotels": ("utf-8", BOM8, True, "2026-11-23",
                                      "星島日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g109_insurance_premiums_claims": [],
               "g110_hk_tourism_events_hotels": []}
# Taiwan articles (bare 2-3 digit years are ROC years): none here
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "岛艺术动绩项间预树桥赛议")
# Holidays the articles name, by their exact span (2026-2027): 国庆 / 國慶
# 10-01 (the mainland's national day, kept in Hong Kong too; g109 国庆假期
# and g110 國慶黃金周 of October 2026); 聖誕 2026-12-25 (the coming one);
# 元旦 2027-01-01 and 春节 / 農曆新年 2027 = 正月初一 = 2027-02-06 (the
# coming ones, nearest the reference dates 2026-11-14 and 2026-11-23).
HOLIDAY = {
    "国庆": "2026-10-01", "國慶": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "农历",
                 "農曆", "除夕", "十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g109 (2026: prefecture-level cities with 市, and 文昌, a county-level
    # city of 海南)
    "舟山": "舟山市", "宁波": "宁波市", "台州": "台州市", "温州": "温州市",
    "福州": "福州市", "莆田": "莆田市", "泉州": "泉州市", "厦门": "厦门市",
    "湛江": "湛江市", "茂名": "茂名市", "阳江": "阳江市", "海口": "海口市",
    "文昌": "文昌市", "深圳": "深圳市", "广州": "广州市",
    # g110 (traditional spans; mainland cities with 市; Hong Kong and
    # foreign cities by their mainland standard names)
    "香港": "香港", "曼谷": "曼谷", "大阪": "大阪", "首爾": "首尔",
    "利雅得": "利雅得", "雅加達": "雅加达", "杜拜": "迪拜",
    "馬尼拉": "马尼拉", "倫敦": "伦敦", "悉尼": "悉尼", "三藩市": "旧金山",
    "廣州": "广州市", "東莞": "东莞市", "北京": "北京市",
    "上海": "上海市", "杭州": "杭州市", "成都": "成都市",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "曼谷", "大阪", "首尔", "利雅得", "雅加达", "迪拜", "马尼拉",
          "伦敦", "悉尼", "旧金山"}
# spans whose normalized name is not their t2s form (+ 市): Hong Kong's
# 杜拜 is the mainland's 迪拜 and its 三藩市 the mainland's 旧金山 (SPEC:
# foreign cities take the mainland standard name)
CITY_ALIAS = {"杜拜": "迪拜", "三藩市": "旧金山"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "星島日報": "星岛日报", "香港旅遊發展局": "香港旅游发展局",
    "旅發局": "旅发局", "文化體育及旅遊局": "文化体育及旅游局",
    "文體旅局": "文体旅局", "香港酒店業協會": "香港酒店业协会",
    "香港上海大酒店": "香港上海大酒店", "富豪酒店國際": "富豪酒店国际",
    "帝盛酒店集團": "帝盛酒店集团", "如心酒店集團": "如心酒店集团",
    "萬豪國際集團": "万豪国际集团", "仲量聯行": "仲量联行",
    "香港機場管理局": "香港机场管理局", "機管局": "机管局",
    "香港國際機場": "香港国际机场", "國泰航空": "国泰航空", "國泰": "国泰",
    "香港快運": "香港快运", "大灣區航空": "大湾区航空",
    "阿聯酋航空": "阿联酋航空", "攜程": "携程", "Klook": "Klook",
    "香港旅遊業議會": "香港旅游业议会", "東瀛遊": "东瀛游",
    "永安旅遊": "永安旅游", "入境事務處": "入境事务处", "入境處": "入境处",
    "香港賽馬會": "香港赛马会", "馬會": "马会",
    "香港理工大學酒店及旅遊業管理學院": "香港理工大学酒店及旅游业管理学院",
    "政府統計處": "政府统计处", "香港零售管理協會": "香港零售管理协会",
    "港鐵公司": "港铁公司", "特區政府": "特区政府",
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
        self.no_span_chars = []
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
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 127 for c in self.text)
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:                # Taiwan marker
                assert w not in self.text, (doc_id, w)
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
# g109 listed insurers' premium income in the first ten months of 2026, the
# regulator's figures for the first three quarters, typhoon claims in the
# coastal cities of 浙江, 福建, 广东 and 海南 (provincial and city branches
# of the regulator, insurers' branches), combined ratios, catastrophe
# insurance of 宁波 and the outlook.  Simplified, UTF-16 LE WITH BOM,
# 2026-11-14 (a Saturday, ISO week 2026-W46), 证券时报; the byline line
# 证券时报记者 邵靖雯 (no dateline).  The insurers published 昨日（11月13日）;
# 上周 is 2026-W45; 国庆 2026-10-01; 元旦 2027-01-01 and 春节 2027-02-06
# (the coming ones).
# ===========================================================================
@doc
def g109():
    d = Doc("g109_insurance_premiums_claims")
    Y, LY, NY = "2026", "2025", "2027"
    ZS, NB, TZ, WZ, XM, ZJ, YJ, WC = (
        "舟山市", "宁波市", "台州市", "温州市", "厦门市", "湛江市", "阳江市",
        "文昌市")
    # title (a heading that opens with 前10月, no city section)
    d.date("[[前10月]]五家", Y, "")
    d.metric("前10月[[五家]]A股", 5, "家", "exact", "")
    d.metric("保费收入[[逾2.5万亿元]] 台风", "2.5e12", "元", "over", "")
    # byline
    d.org("\n\n[[证券时报]]记者 邵靖雯")
    # P1 the five listed insurers
    d.org("\n\n[[中国人寿]]、中国平安")
    d.org("中国人寿、[[中国平安]]、中国太保")
    d.org("中国平安、[[中国太保]]、中国人保")
    d.org("中国太保、[[中国人保]]和新华保险")
    d.org("中国人保和[[新华保险]]昨日")
    d.date("新华保险[[昨日]]（11月13日）", "2026-11-13", "")
    d.date("昨日（[[11月13日]]）陆续", "2026-11-13", "")
    d.date("陆续披露[[今年前10个月]]保费", Y, "")
    d.org("据[[证券时报]]记者统计")
    d.metric("统计，[[五家]]A股上市", 5, "家", "exact", "")
    d.date("上市险企[[前10个月]]合计", Y, "")
    d.metric("保费收入[[约2.56万亿元]]", "2.56e12", "元", "approx", "")
    d.metric("同比增长[[6.8%]]，增速", "6.8", "%", "exact", "")
    d.date("增速较[[前三季度]]回落", Y, "")
    d.metric("回落[[0.4个百分点]]", "0.4", "百分点", "exact", "")
    d.date("而受[[三季度]]以来", "2026-Q3", "")
    # P2 each group
    d.org("具体来看，[[中国人寿]]前10个月")
    d.date("中国人寿[[前10个月]]累计", Y, "")
    d.metric("保费收入[[6518亿元]]", "6518e8", "元", "exact", "")
    d.metric("同比增长[[5.9%]]，规模", "5.9", "%", "exact", "")
    d.org("首位。[[中国平安]]旗下")
    d.org("旗下[[平安人寿]]、平安产险")
    d.org("平安人寿、[[平安产险]]、平安养老险")
    d.org("平安产险、[[平安养老险]]和")
    d.org("平安养老险和[[平安健康险]]前10个月")
    d.date("平安健康险[[前10个月]]合计", Y, "")
    d.metric("保费收入[[7386亿元]]", "7386e8", "元", "exact", "")
    d.metric("同比增长[[7.2%]]。", "7.2", "%", "exact", "")
    d.org("。[[中国太保]]旗下")
    d.org("旗下[[太保寿险]]、太保产险")
    d.org("太保寿险、[[太保产险]]分别")
    d.metric("保费收入[[2496亿元]]和", "2496e8", "元", "exact", "")
    d.metric("2496亿元和[[1688亿元]]", "1688e8", "元", "exact", "")
    d.metric("分别增长[[4.3%]]和", "4.3", "%", "exact", "")
    d.metric("4.3%和[[6.1%]]。", "6.1", "%", "exact", "")
    d.org("。[[中国人保]]前10个月")
    d.date("中国人保[[前10个月]]合计", Y, "")
    d.metric("保费收入[[5680亿元]]", "5680e8", "元", "exact", "")
    d.org("其中[[人保财险]]实现")
    d.metric("保费收入[[4719亿元]]", "4719e8", "元", "exact", "")
    d.metric("同比增长[[4.8%]]。", "4.8", "%", "exact", "")
    d.org("。[[新华保险]]前10个月")
    d.date("新华保险[[前10个月]]原保险", Y, "")
    d.metric("保费收入[[1826亿元]]", "1826e8", "元", "exact", "")
    d.metric("增幅达[[14.5%]]", "14.5", "%", "exact", "")
    d.metric("在[[五家]]险企中", 5, "家", "exact", "")
    # P3 October and the analysts
    d.date("受[[国庆]]假期", "2026-10-01", "")
    d.date("险企[[10月]]保费", "2026-10", "")
    d.org("。[[中国人寿]]10月单月")
    d.date("中国人寿[[10月]]单月", "2026-10", "")
    d.metric("保费收入[[约298亿元]]", "298e8", "元", "approx", "")
    d.metric("同比下降[[2.1%]]", "2.1", "%", "exact", "")
    d.org("；[[新华保险]]10月实现")
    d.date("新华保险[[10月]]实现", "2026-10", "")
    d.metric("保费收入[[112亿元]]", "112e8", "元", "exact", "")
    d.metric("同比增长[[9.8%]]。华泰", "9.8", "%", "exact", "")
    d.org("。[[华泰证券]]一位")
    d.org("分析师向[[证券时报]]记者表示")
    d.date("表示，[[今年9月]]起", "2026-09", "")
    d.metric("提升至[[约六成]]", 60, "%", "approx", "")
    d.org("”[[中国保险行业协会]]10月下旬")
    d.date("协会[[10月下旬]]公布", "2026-10", "")
    d.metric("研究值为[[1.78%]]", "1.78", "%", "exact", "")
    d.metric("下降[[0.12个百分点]]", "0.12", "百分点", "exact", "")
    # P4 the regulator's figures
    d.org("从行业整体看，[[国家金融监督管理总局]]（")
    d.org("（以下简称“[[金融监管总局]]”）")
    d.date("”）[[10月底]]发布", "2026-10", "")
    d.date("显示，[[今年前三季度]]保险业", Y, "")
    d.metric("保费收入[[5.32万亿元]]", "5.32e12", "元", "exact", "")
    d.metric("同比增长[[7.4%]]；", "7.4", "%", "exact", "")
    d.metric("赔付支出[[1.87万亿元]]", "1.87e12", "元", "exact", "")
    d.metric("同比增长[[9.6%]]。", "9.6", "%", "exact", "")
    d.metric("保费收入[[1.23万亿元]]", "1.23e12", "元", "exact", "")
    d.metric("同比增长[[5.2%]]，赔付", "5.2", "%", "exact", "")
    d.metric("赔付支出[[8460亿元]]", "8460e8", "元", "exact", "")
    d.metric("增幅达[[11.3%]]", "11.3", "%", "exact", "")
    d.date("截至[[9月末]]，保险业", "2026-09", "")
    d.metric("总资产为[[39.6万亿元]]", "39.6e12", "元", "exact", "")
    d.date("较[[年初]]增长", Y, "")
    d.metric("较年初增长[[9.8%]]", "9.8", "%", "exact", "")
    # P5 the typhoons, 浙江 and 宁波
    d.date("财险方面，[[今年7月下旬]]至", "2026-07", "")
    d.date("至[[9月中旬]]，先后", "2026-09", "")
    d.metric("先后有[[4个]]台风", 4, "个", "exact", "")
    d.date("其中，[[9月17日]]在浙江", "2026-09-17", ZS)
    d.city("在浙江[[舟山]]登陆")
    d.city("先后影响[[宁波]]、台州")
    d.city("宁波、[[台州]]、温州等地")
    d.city("台州、[[温州]]等地")
    d.org("损失。[[浙江金融监管局]]数据")
    d.date("截至[[10月31日]]，辖内", "2026-10-31", "")
    d.metric("报案[[4.26万件]]", "4.26e4", "件", "exact", "")
    d.metric("估损金额[[约21.8亿元]]", "21.8e8", "元", "approx", "")
    d.metric("已决赔款[[13.5亿元]]", "13.5e8", "元", "exact", "")
    d.metric("结案率[[约62%]]", 62, "%", "approx", "")
    d.org("。[[宁波金融监管局]]则通报")
    d.city("通报，[[宁波]]辖内")
    d.metric("接报案[[1.87万件]]", "1.87e4", "件", "exact", NB)
    d.metric("车险报案[[1.12万件]]", "1.12e4", "件", "exact", NB)
    d.metric("支付赔款[[约6.3亿元]]。", "6.3e8", "元", "approx", NB)
    # P6 insurers' branches
    d.org("\n\n[[人保财险浙江省分公司]]表示")
    d.city("已在[[舟山]]、台州布置")
    d.city("舟山、[[台州]]布置")
    d.metric("查勘人员[[820人]]", 820, "人", "exact", TZ)
    d.date("截至[[11月10日]]已向", "2026-11-10", TZ)
    d.city("已向[[温州]]、台州两地")
    d.city("温州、[[台州]]两地")
    d.metric("赔款[[约2.4亿元]]", "2.4e8", "元", "approx", TZ)
    d.org("。[[平安产险宁波分公司]]相关")
    d.metric("车险理赔[[3600余件]]", 3600, "件", "over", "")
    d.metric("缩短至[[1.6天]]", "1.6", "天", "exact", "")
    d.org("。[[太保产险]]则在温州")
    d.city("则在[[温州]]启用")
    d.metric("完成查勘[[1100余次]]", 1100, "次", "over", WZ)
    # P7 福建, 广东, 海南
    d.date("在福建，[[8月下旬]]登陆", "2026-08", "福州市")
    d.city("给[[福州]]、莆田")
    d.city("福州、[[莆田]]、泉州")
    d.city("莆田、[[泉州]]等地")
    d.org("。[[福建金融监管局]]数据")
    d.metric("累计赔付[[5.6亿元]]", "5.6e8", "元", "exact", "")
    d.org("；[[厦门金融监管局]]辖内")
    d.metric("辖内赔付[[约1.1亿元]]", "1.1e8", "元", "approx", "")
    d.date("广东方面，[[9月上旬]]登陆", "2026-09", ZJ)
    d.city("登陆[[湛江]]的台风")
    d.city("造成[[湛江]]、茂名")
    d.city("湛江、[[茂名]]、阳江")
    d.city("茂名、[[阳江]]三市")
    d.org("，[[广东金融监管局]]统计")
    d.metric("接报案[[2.3万件]]", "2.3e4", "件", "exact", YJ)
    d.metric("估损[[约9.7亿元]]", "9.7e8", "元", "approx", YJ)
    d.org("；[[海南金融监管局]]称")
    d.city("称，[[海口]]、文昌")
    d.city("海口、[[文昌]]两地")
    d.metric("已[[超过1.5亿元]]", "1.5e8", "元", "over", WC)
    # P8 combined ratios and reinsurance
    d.date("财险公司[[三季度]]承保", "2026-Q3", "")
    d.org("。[[中金公司]]测算")
    d.org("测算，[[人保财险]]、平安产险")
    d.org("人保财险、[[平安产险]]和")
    d.org("平安产险和[[太保产险]]今年")
    d.date("太保产险[[今年前三季度]]综合", Y, "")
    d.metric("分别为[[98.9%]]、", "98.9", "%", "exact", "")
    d.metric("98.9%、[[99.4%]]和", "99.4", "%", "exact", "")
    d.metric("99.4%和[[98.6%]]，", "98.6", "%", "exact", "")
    d.date("较[[去年同期]]上升", LY, "")
    d.metric("上升[[1]]至2个百分点", 1, "百分点", "exact", "",
             shared="个百分点")
    d.metric("上升1至[[2个百分点]]", 2, "百分点", "exact", "")
    d.org("。[[东吴证券]]研报")
    d.date("认为，[[四季度]]巨灾", "2026-Q4", "")
    d.metric("控制在[[100%以内]]", 100, "%", "under", "")
    d.org("。[[中再产险]]相关")
    d.date("表示，[[今年]]以来该公司", Y, "")
    d.org("。[[瑞士再保险研究院]]报告")
    d.date("显示，[[2025年]]中国", LY, "")
    d.metric("经济损失[[约2460亿元]]", "2460e8", "元", "approx", "")
    d.metric("占比仅[[约12%]]", 12, "%", "approx", "")
    # P9 catastrophe insurance of 宁波
    d.city("方面，[[宁波]]自2014年")
    d.date("宁波自[[2014年]]起", "2014", NB)
    d.org("，[[宁波市应急管理局]]介绍")
    d.date("介绍，[[今年]]“海葵”", Y, NB)
    d.metric("已向[[1.3万户]]受灾", "1.3e4", "户", "exact", NB)
    d.metric("支付赔款[[约4800万元]]", "4800e4", "元", "approx", NB)
    d.city("目前[[深圳]]、厦门")
    d.city("深圳、[[厦门]]、广州")
    d.city("厦门、[[广州]]等城市")
    d.org("。[[应急管理部]]相关")
    d.date("负责人[[上周]]表示", "2026-W45", "")
    d.org("会同[[金融监管总局]]推动")
    # P10 outlook
    d.date("展望[[年底]]，", Y, "")
    d.date("转向[[2027年]]开门红", NY, "")
    d.org("。[[中国太平]]、阳光保险")
    d.org("中国太平、[[阳光保险]]等公司")
    d.date("已于[[本月]]启动", "2026-11", "")
    d.date("计划在[[元旦]]前", "2027-01-01", "")
    d.org("。[[南开大学金融学院]]一位")
    d.date("机制下，[[明年一季度]]新单", "2027-Q1", "")
    d.org("；[[中央财经大学中国精算研究院]]的")
    d.metric("保持在[[5%]]至7%", 5, "%", "exact", "")
    d.metric("5%至[[7%]]之间", 7, "%", "exact", "")
    d.date("之间，[[春节]]前后", "2027-02-06", "")
    d.org("。[[众安在线]]前10个月")
    d.date("众安在线[[前10个月]]保费", Y, "")
    d.metric("收入[[突破300亿元]]", "300e8", "元", "over", "")
    d.metric("同比增长[[约11%]]。", 11, "%", "approx", "")
    audit = {
        "orgs": ["证券时报", "中国人寿", "中国平安", "中国太保", "中国人保",
                 "新华保险", "平安人寿", "平安产险", "平安养老险",
                 "平安健康险", "太保寿险", "太保产险", "人保财险",
                 "华泰证券", "中国保险行业协会", "国家金融监督管理总局",
                 "金融监管总局", "浙江金融监管局", "宁波金融监管局",
                 "人保财险浙江省分公司", "平安产险宁波分公司",
                 "福建金融监管局", "厦门金融监管局", "广东金融监管局",
                 "海南金融监管局", "中金公司", "东吴证券", "中再产险",
                 "瑞士再保险研究院", "宁波市应急管理局", "应急管理部",
                 "中国太平", "阳光保险", "南开大学金融学院",
                 "中央财经大学中国精算研究院", "众安在线"],
        "cities": ["舟山", "宁波", "台州", "温州", "福州", "莆田", "泉州",
                   "厦门", "湛江", "茂名", "阳江", "海口", "文昌", "深圳",
                   "广州", "浙江", "福建", "广东", "海南", "中国", "沿海",
                   "南开", "城市", "全省", "辖内", "该市"],
        "excluded": [
            # provinces (SPEC) and a region
            "台风在[[浙江]]、福建", "浙江、[[福建]]、广东", "福建、[[广东]]和海南",
            "广东和[[海南]]登陆", "在[[浙江]]舟山", "在[[福建]]，8月",
            "[[广东]]方面", "东南[[沿海]]",
            # 中国 as the country (2025年中国自然灾害), 城市 (等城市)
            "2025年[[中国]]自然", "等[[城市]]也已",
            # 辖内 (x4, the regulator's area), 该市 (deictic)
            "，[[辖内]]保险机构共", "宁波[[辖内]]", "，[[辖内]]保险机构已",
            "监管局[[辖内]]赔付", "[[该市]]公共",
        ],
        # 第15号 (the typhoon's ordinal number), 72小时内 (a time limit,
        # no statistic cue)
        "numbers_excluded": ["第[[15]]号", "“海葵”过境后[[72小时]]内"],
        # 一位 (x2, indefinite), 上一次, 一定, 两地 (x2) and 三市 (x2)
        # (collective labels for the lists just given)
        "cn_excluded": ["华泰证券[[一位]]", "较上[[一]]次", "面临[[一定]]",
                        "金融学院[[一位]]", "台州[[两地]]", "文昌[[两地]]",
                        "阳江[[三市]]", "，[[三市]]保险机构"],
        # A股 (x2, the market of the listed shares)
        "latin_excluded": ["五家[[A]]股上市险企保费", "五家[[A]]股上市险企前"],
        # time words that are no DATE: 单月 (x2), 单日, 明显 (x3), 年金,
        # 以来 (x2, outside), 前后 (outside), 假期, 过境后 (after the
        # typhoon, no date), 全年 (x2: 预计全年, 全年人身险; no year
        # written), 季度 inside spans only, 开门红 (a sales season)
        "words_excluded": {"单月": 2, "单日": 1, "明显": 4, "年金": 1,
                           "淡季": 1,
                           "以来": 2, "前后": 1, "假期": 1, "全年": 2,
                           "开门红": 2, "同期": 0, "当天": 0, "同日": 0,
                           "动态": 1, "天": 0},
        # generic heads outside ORG rows: 公司 (财险公司 x2, 多家公司,
        # 该公司 x4, 寿险公司, 等公司, 部分公司, 财产险公司), 险企 (x4),
        # 机构 (保险机构 x4)
        "orgwords_excluded": {"公司": 10, "险企": 4, "机构": 4,
                              "协会": 0, "研究院": 0, "监管局": 0,
                              "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g110 Hong Kong's visitors and mega events in the first ten months of
# 2026: the tourism board's arrivals, events at 啟德, hotels' occupancy and
# rates by group, the airport and airlines, source cities (mainland and
# foreign), platforms and travel agents, immigration, the Jockey Club's
# international races, retail and the railway, the outlook.  Traditional as
# Hong Kong writes it (按年, 佔, 首10個月, 第三季, 首季, 「」, 周, 公布),
# UTF-8 WITH BOM, 2026-11-23 (a Monday, ISO week 2026-W48), 星島日報; the
# byline line 星島日報記者 何嘉敏 (no dateline).  旅發局 published 昨日（22日）
# (2026-11-22); 上周六（21日） is 2026-11-21 and 本周五（27日） 2026-11-27
# (GUIDELINES: a weekday inside the span gives the day); 國慶 2026-10-01;
# 聖誕 2026-12-25, 元旦 2027-01-01, 農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g110():
    d = Doc("g110_hk_tourism_events_hotels")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    HK, BKK, SEL, JKT, DXB, SFO, DG, CD = (
        "香港", "曼谷", "首尔", "雅加达", "迪拜", "旧金山", "东莞市", "成都市")
    # title (a heading that opens with 首10個月, no city section)
    d.date("[[首10個月]]訪港旅客逾", Y, "")
    d.metric("訪港旅客[[逾4,100萬人次]] 盛事", "4100e4", "人次", "over", "")
    d.metric("入住率[[近九成]]\n", 90, "%", "approx", "")
    # byline
    d.org("\n\n[[星島日報]]記者 何嘉敏")
    # P1 the tourism board's arrivals (香港 only inside ORGs)
    d.org("。[[香港旅遊發展局]]（旅發局）")
    d.org("香港旅遊發展局（[[旅發局]]）昨日")
    d.date("（旅發局）[[昨日]]（22日）", "2026-11-22", "")
    d.date("昨日（[[22日]]）公布", "2026-11-22", "")
    d.date("公布，[[今年首10個月]]訪港", Y, "")
    d.metric("累計[[約4,160萬人次]]", "4160e4", "人次", "approx", "")
    d.metric("按年增加[[11.8%]]", "11.8", "%", "exact", "")
    d.date("相當於[[2018年同期]]的", "2018", "")
    d.metric("2018年同期的[[約78%]]", 78, "%", "approx", "")
    d.metric("內地旅客[[約3,180萬人次]]", "3180e4", "人次", "approx", "")
    d.metric("佔整體[[約76%]]", 76, "%", "approx", "")
    d.metric("非內地旅客[[約980萬人次]]", "980e4", "人次", "approx", "")
    d.metric("按年增加[[19.5%]]", "19.5", "%", "exact", "")
    d.date("單計[[10月]]，", OCT, "")
    d.metric("訪港旅客[[約468萬人次]]", "468e4", "人次", "approx", "")
    d.metric("按年上升[[9.6%]]，國慶", "9.6", "%", "exact", "")
    d.date("9.6%，[[國慶]]黃金周", "2026-10-01", "")
    d.date("黃金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("日均旅客達[[20.3萬人次]]", "20.3e4", "人次", "exact", "")
    # P2 events (a city inside an event's name counts, SPEC)
    d.org("\n\n[[文化體育及旅遊局]]（文體旅局）")
    d.org("文化體育及旅遊局（[[文體旅局]]）局長")
    d.date("局長[[昨日]]出席", "2026-11-22", "")
    d.date("表示，[[今年]]全年本港", Y, "")
    d.metric("共舉辦[[逾210項]]盛事", 210, "项", "over", "")
    d.date("數目較[[去年]]增加", LY, "")
    d.metric("增加[[約三成]]。", 30, "%", "approx", "")
    d.date("。[[上月]]在啟德", OCT, HK)
    d.metric("舉行的[[8場]]演唱會", 8, "场", "exact", HK)
    d.metric("吸引[[約36萬人次]]入場", "36e4", "人次", "approx", HK)
    d.metric("其中[[約四成]]觀眾", 40, "%", "approx", HK)
    d.city("來自[[香港]]以外地區")
    d.date("；[[上周六]]（21日）", "2026-11-21", HK)
    d.date("上周六（[[21日]]）舉行", "2026-11-21", HK)
    d.city("舉行的[[香港]]單車節")
    d.metric("吸引[[約4,500名]]海外", 4500, "名", "approx", HK)
    d.org("。[[旅發局]]將於本周五")
    d.date("將於[[本周五]]（27日）", "2026-11-27", HK)
    d.date("本周五（[[27日]]）起", "2026-11-27", HK)
    d.city("舉辦「[[香港]]繽紛冬日節」")
    d.date("持續至[[明年1月1日]]", "2027-01-01", HK)
    d.metric("吸引[[約120萬人次]]參與", "120e4", "人次", "approx", HK)
    d.date("；[[明年3月]]在啟德", "2027-03", HK)
    d.city("舉行的[[香港]]國際七人欖球賽")
    d.metric("已售出[[約九成]]", 90, "%", "approx", HK)
    # P3 hotels (全港, 本港 are deictic: no CITY in P3)
    d.org("酒店業方面，[[旅發局]]數據")
    d.date("數據顯示，[[10月]]全港", OCT, "")
    d.metric("平均入住率為[[88%]]", 88, "%", "exact", "")
    d.metric("上升[[3個百分點]]", 3, "百分点", "exact", "")
    d.metric("每晚[[1,486元]]", 1486, "元", "exact", "")
    d.metric("按年上升[[5.2%]]；", "5.2", "%", "exact", "")
    d.date("；[[國慶]]黃金周期間部分", "2026-10-01", "")
    d.metric("更高達[[95%以上]]", 95, "%", "over", "")
    d.org("。[[香港酒店業協會]]表示")
    d.metric("入住率[[約九成]]，位於", 90, "%", "approx", "")
    d.metric("高出[[兩成以上]]", 20, "%", "over", "")
    d.org("。[[香港上海大酒店]]表示")
    d.date("本港酒店[[第三季]]平均", "2026-Q3", "")
    d.metric("平均入住率為[[81%]]", 81, "%", "exact", "")
    d.metric("按年上升[[4%]]；", 4, "%", "exact", "")
    d.org("；[[富豪酒店國際]]指出")
    d.metric("旗下[[5間]]本港", 5, "间", "exact", "")
    d.date("本港酒店[[10月]]平均", OCT, "")
    d.metric("平均入住率達[[92%]]", 92, "%", "exact", "")
    d.metric("按年升[[約6%]]", 6, "%", "approx", "")
    d.org("。[[帝盛酒店集團]]及如心")
    d.org("帝盛酒店集團及[[如心酒店集團]]亦")
    d.date("表示，[[聖誕]]及元旦檔期", "2026-12-25", "")
    d.date("聖誕及[[元旦]]檔期", "2027-01-01", "")
    d.metric("按年增加[[約15%]]。", 15, "%", "approx", "")
    d.org("。[[萬豪國際集團]]則計劃")
    d.date("計劃[[明年]]在港", NY, "")
    d.metric("新開[[3間]]酒店", 3, "间", "exact", "")
    d.metric("客房[[約1,200間]]", 1200, "间", "approx", "")
    d.org("；[[仲量聯行]]估計")
    d.date("估計，[[今年]]本港酒店物業", Y, "")
    d.metric("成交額[[約86億元]]", "86e8", "元", "approx", "")
    d.metric("按年增加[[逾四成]]。", 40, "%", "over", "")
    # P4 the airport and airlines
    d.org("航空方面，[[香港機場管理局]]（機管局）")
    d.org("香港機場管理局（[[機管局]]）公布")
    d.date("公布，[[10月]]香港國際機場", OCT, "")
    d.org("10月[[香港國際機場]]客運量")
    d.metric("客運量[[約512萬人次]]", "512e4", "人次", "approx", "")
    d.metric("按年增加[[13.2%]]", "13.2", "%", "exact", "")
    d.metric("起降[[約3.4萬架次]]", "3.4e4", "架次", "approx", "")
    d.date("；[[首10個月]]累計客運量", Y, "")
    d.metric("客運量[[約4,780萬人次]]", "4780e4", "人次", "approx", "")
    d.date("恢復至[[2018年同期]]約95%", "2018", "")
    d.metric("2018年同期[[約95%]]", 95, "%", "approx", "")
    d.org("。[[機管局]]預計")
    d.date("預計，[[今年]]全年客運量", Y, "")
    d.metric("可[[突破5,700萬人次]]", "5700e4", "人次", "over", "")
    d.org("。[[國泰航空]]（國泰）")
    d.org("國泰航空（[[國泰]]）表示")
    d.org("表示，[[國泰]]及香港快運")
    d.org("國泰及[[香港快運]]本月起")
    d.date("香港快運[[本月]]起", "2026-11", BKK)
    d.city("往返[[曼谷]]、大阪")
    d.city("曼谷、[[大阪]]及首爾")
    d.city("大阪及[[首爾]]的航班")
    d.metric("航班共[[21班]]", 21, "班", "exact", SEL)
    d.date("並將於[[明年1月]]加密", "2027-01", SEL)
    d.city("往返[[利雅得]]的航班")
    d.org("；[[大灣區航空]]則計劃")
    d.date("計劃[[12月中旬]]開辦", "2026-12", JKT)
    d.city("往返[[雅加達]]航線")
    d.org("。[[阿聯酋航空]]亦將")
    d.date("亦將於[[明年首季]]把", "2027-Q1", DXB)
    d.city("往返[[杜拜]]的航班")
    d.metric("每日[[3班]]", 3, "班", "exact", DXB)
    # P5 source cities
    d.org("客源市場方面，[[旅發局]]資料")
    d.date("資料顯示，[[首10個月]]來自曼谷", Y, BKK)
    d.city("來自[[曼谷]]、馬尼拉")
    d.city("曼谷、[[馬尼拉]]、首爾")
    d.city("馬尼拉、[[首爾]]及雅加達")
    d.city("首爾及[[雅加達]]的旅客")
    d.metric("分別增加[[32%]]、", 32, "%", "exact", JKT)
    d.metric("32%、[[25%]]、", 25, "%", "exact", JKT)
    d.metric("25%、[[21%]]及", 21, "%", "exact", JKT)
    d.metric("21%及[[46%]]；", 46, "%", "exact", JKT)
    d.city("來自[[倫敦]]、悉尼")
    d.city("倫敦、[[悉尼]]及三藩市")
    d.city("悉尼及[[三藩市]]的旅客")
    d.metric("分別增加[[12%]]、", 12, "%", "exact", SFO)
    d.metric("12%、[[9%]]及", 9, "%", "exact", SFO)
    d.metric("9%及[[15%]]。", 15, "%", "exact", SFO)
    d.city("來自[[深圳]]、廣州")
    d.city("深圳、[[廣州]]及東莞")
    d.city("廣州及[[東莞]]的旅客")
    d.metric("旅客佔[[約六成]]", 60, "%", "approx", DG)
    d.city("來自[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]及成都")
    d.city("杭州及[[成都]]等城市")
    d.metric("按年增加[[逾兩成]]，平均", 20, "%", "over", CD)
    d.metric("平均留港[[3.4晚]]", "3.4", "晚", "exact", CD)
    d.metric("人均消費[[約6,800元]]", 6800, "元", "approx", CD)
    # P6 platforms and travel agents
    d.org("\n\n[[攜程]]數據顯示")
    d.date("數據顯示，[[國慶]]黃金周期間內地", "2026-10-01", HK)
    d.city("內地用戶預訂[[香港]]酒店")
    d.metric("訂單按年增加[[約35%]]", 35, "%", "approx", HK)
    d.metric("用戶增加[[近1倍]]", 1, "倍", "approx", HK)
    d.org("；[[Klook]]則指")
    d.metric("按年增加[[逾五成]]，香港", 50, "%", "over", HK)
    d.city("逾五成，[[香港]]迪士尼樂園")
    d.org("。[[香港旅遊業議會]]表示")
    d.date("表示，[[11月]]至今", "2026-11", "")
    d.metric("旅行團按年增加[[約18%]]", 18, "%", "approx", "")
    d.org("。[[東瀛遊]]及永安旅遊")
    d.org("東瀛遊及[[永安旅遊]]則表示")
    d.date("則表示，[[聖誕]]及農曆新年", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]出發", "2027-02-06", "")
    # P7 immigration, the races, the university
    d.org("\n\n[[入境事務處]]（入境處）")
    d.org("入境事務處（[[入境處]]）資料")
    d.date("資料顯示，[[11月1日]]至20日", "2026-11-01", "")
    d.date("11月1日至[[20日]]經", "2026-11-20", "")
    d.metric("入境的旅客[[約186萬人次]]", "186e4", "人次", "approx", "")
    d.metric("按年增加[[22%]]。", 22, "%", "exact", "")
    d.org("。[[香港賽馬會]]（馬會）")
    d.org("香港賽馬會（[[馬會]]）表示")
    d.date("表示，[[12月13日]]在沙田", "2026-12-13", HK)
    d.city("舉行的[[香港]]國際賽事")
    d.metric("吸引[[約1.2萬名]]海外", "1.2e4", "名", "approx", HK)
    d.date("較[[去年]]增加約一成", LY, HK)
    d.metric("增加[[約一成]]。", 10, "%", "approx", HK)
    d.org("。[[香港理工大學酒店及旅遊業管理學院]]一名")
    d.metric("高[[約兩成]]，", 20, "%", "approx", "")
    # P8 retail and the railway (no CITY)
    d.org("消費方面，[[政府統計處]]早前")
    d.date("公布，[[9月]]零售業", "2026-09", "")
    d.metric("估計為[[318億元]]", "318e8", "元", "exact", "")
    d.metric("按年上升[[3.1%]]；", "3.1", "%", "exact", "")
    d.org("；[[香港零售管理協會]]表示")
    d.metric("增加[[10%]]至15%", 10, "%", "exact", "")
    d.metric("10%至[[15%]]。", 15, "%", "exact", "")
    d.org("。[[港鐵公司]]則表示")
    d.date("則表示，[[上月]]啟德", OCT, "")
    d.metric("增加[[近3倍]]。", 3, "倍", "approx", "")
    # P9 outlook (no CITY)
    d.org("\n\n[[旅發局]]預計")
    d.date("預計，[[今年]]全年訪港", Y, "")
    d.metric("可達[[約5,000萬人次]]", "5000e4", "人次", "approx", "")
    d.date("；[[明年首季]]適逢", "2027-Q1", "")
    d.date("適逢[[農曆新年]]及多項", "2027-02-06", "")
    d.metric("增加[[8%]]至10%", 8, "%", "exact", "")
    d.metric("8%至[[10%]]。", 10, "%", "exact", "")
    d.org("。[[文體旅局]]表示")
    d.org("，[[特區政府]]將於")
    d.date("將於[[明年1月]]公布", "2027-01", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["香港", "本港", "全港", "曼谷", "大阪", "首爾", "利雅得",
                   "雅加達", "杜拜", "馬尼拉", "倫敦", "悉尼", "三藩", "深圳",
                   "廣州", "東莞", "北京", "上海", "杭州", "成都", "內地",
                   "中環", "尖沙咀", "灣仔", "銅鑼灣", "啟德", "沙田", "宋皇臺",
                   "港珠澳", "日本", "城市", "大灣區", "海洋公園", "迪士尼",
                   "阿聯酋", "澳門", "台"],
        "excluded": [
            # districts, venues and stations (no CITY, no ORG)
            "上月在[[啟德主場館]]", "明年3月在[[啟德主場館]]",
            "上月[[啟德主場館]]", "[[啟德站]]及宋皇臺站", "啟德站及[[宋皇臺站]]",
            "在[[中環海濱]]", "位於[[尖沙咀]]及灣仔", "尖沙咀及[[灣仔]]的",
            "，[[尖沙咀]]、銅鑼灣", "尖沙咀、[[銅鑼灣]]等區", "在[[沙田]]舉行",
            "經[[港珠澳大橋]]", "香港[[迪士尼樂園]]及", "迪士尼樂園及[[海洋公園]]",
            "往[[日本]]的", "等[[城市]]的過夜",
        ],
        # the 迪士尼樂園 after CITY 香港 (a park, SPEC 上海迪士尼乐园 ->
        # 上海) and the events after CITY 香港 are no ORG
        "numbers_excluded": [],
        # 七 in the event's name 香港國際七人欖球賽, 一名 (indefinite),
        # 一般 (ordinary), 新一份 (a new one)
        "cn_excluded": ["國際[[七]]人欖球賽", "學院[[一名]]", "較[[一般]]旅客",
                        "新[[一]]份"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x18), 全年 (x3, after 今年:
        # outside the span), 黃金周 (x3, outside 國慶), 日均 (x2), 平日
        # (x3), 週末, 每周, 每晚, 每日 (before figures: outside), 日子, 至今,
        # 單車節, 冬日節 (events named after CITY 香港), 期間 (no time
        # character), 季 only inside spans; 本港 (x6), 全港 (deictic, SPEC
        # 全港) and 內地 (x7, the mainland) are no CITY
        "words_excluded": {"按年": 18, "全年": 3, "黃金周": 3, "日均": 2,
                           "平日": 3, "週末": 1, "每周": 1, "每晚": 1,
                           "每日": 1, "日子": 1, "至今": 1, "單車節": 1,
                           "冬日節": 1, "本港": 6, "全港": 1, "內地": 7,
                           "同期": 0, "當日": 0, "同日": 0, "昨晚": 0},
        # generic heads outside ORG rows: 酒店 (x12: the title's 酒店入住率,
        # 全港酒店, 會員酒店, 的酒店週末, 本港酒店 x3, 3間酒店, 香港酒店,
        # 演唱會+酒店, 酒店房價, 酒店業方面), 局 (局長), 航空 (航空方面)
        "orgwords_excluded": {"酒店": 12, "局": 1, "航空": 1, "集團": 0,
                              "協會": 0, "議會": 0, "公司": 0, "政府": 0,
                              "處": 0, "學院": 0},
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


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（22日）, 上周六（21日）, 本周五（27日）,
    昨日（11月13日）) is its own mention and must carry the same date
    (SPEC: 今日(15日) is 今日 and 15日, both resolved to the same day)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    if prev:
        assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_same(d, r):
    """同日/當日 take the latest day-precision DATE before them, 同月 the
    latest month (GUIDELINES; from annotate_yc.py; none written here)."""
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
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_yc.py)
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
