#!/usr/bin/env python3
"""Gold annotation for the held-out articles g83_film_box_office_cinemas and
g84_hk_public_housing_rents (annotator U).

Adapted from the previous set's tools/annotate_s.py (now dev/tools/annotate_g79_g80.py; copied here and the
data changed; it keeps annotate_x.py's checks through annotate_j.py and
annotate_e.py), with annotate_o.py's 不到 under-marker and GB-family
decoding checks and annotate_t.py's check that a simplified article is
unchanged by OpenCC t2s.  Each mention is located by a short context string
in which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded: g83 is
simplified (mainland, 北京商报, 2026-11-16), stored as GBK without a BOM
(every character is in GBK, indeed in GB2312, so GBK, GB2312 and GB18030
read it identically, and it must not decode as UTF-8 or as any Big5
variant); g84 is traditional (Hong Kong, 明報, 2026-11-20), stored as UTF-8
without a BOM.  g84's `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland cities by their
official name with 市, Hong Kong by its common name, foreign cities by
their mainland standard names).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_o/s/t, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g83_g84.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings; every DATE span's written year, month and day
must be those of its normalization; holidays against HOLIDAY).  Changes
from annotate_s.py: a GBK article (strict gbk decode and round trip, gb2312
and gb18030 read the same text, no UTF-8, Big5, cp950 or Big5-HKSCS
reading) instead of the Big5 one; a UTF-8 traditional article without BOM;
不到 is an under-marker; fractions 三分之一 may carry 以上 after 一半; the
simplified article must be unchanged by OpenCC t2s.  Re-run (from
anywhere):

    python3 dev/tools/annotate_g83_g84.py
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
BOM16LE, BOM16BE = b"\xff\xfe", b"\xfe\xff"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g83_film_box_office_cinemas": ("gbk", b"", False, "2026-11-16",
                                    "北京商报"),
    "g84_hk_public_housing_rents": ("utf-8", b"", True, "2026-11-20",
                                    "明報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "数据负还办劳联协权楼产计阶层为")
# Holidays the articles name, by the key in the span (2026-2027): 中秋
# 2026 = 八月十五 = 2026-09-25 (Friday); 国庆 2026-10-01 (the holiday week
# 10月1日至7日); 元旦 2027-01-01 and 春节/農曆新年 2027 = 正月初一 =
# 2027-02-06 (the coming ones in both articles).
HOLIDAY = {
    "中秋": "2026-09-25", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "農曆新年": "2027-02-06",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g83 (2026: prefecture-level cities and municipalities; 昆山, 义乌
    # and 东阳 are county-level cities)
    "上海": "上海市", "北京": "北京市", "深圳": "深圳市", "广州": "广州市",
    "成都": "成都市", "重庆": "重庆市", "武汉": "武汉市", "杭州": "杭州市",
    "西安": "西安市", "长沙": "长沙市", "昆山": "昆山市", "义乌": "义乌市",
    "东莞": "东莞市", "绵阳": "绵阳市", "宜宾": "宜宾市", "东阳": "东阳市",
    # g84 (traditional spans; Hong Kong by its common name, mainland
    # cities with 市, foreign cities by their mainland standard names)
    "香港": "香港", "廣州": "广州市", "東莞": "东莞市", "惠州": "惠州市",
    "珠海": "珠海市", "新加坡": "新加坡", "東京": "东京", "倫敦": "伦敦",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "明報": "明报", "差餉物業估價署": "差饷物业估价署", "差估署": "差估署",
    "政府統計處": "政府统计处", "香港大學": "香港大学",
    "香港中文大學": "香港中文大学", "利嘉閣地產": "利嘉阁地产",
    "入境事務處": "入境事务处", "入境處": "入境处",
    "中原地產研究部": "中原地产研究部", "美聯物業": "美联物业",
    "香港置業": "香港置业", "房屋委員會": "房屋委员会", "房委會": "房委会",
    "房屋局": "房屋局", "立法會房屋事務委員會": "立法会房屋事务委员会",
    "房屋署": "房屋署", "香港社會服務聯會": "香港社会服务联会",
    "社聯": "社联", "香港社區組織協會": "香港社区组织协会", "社協": "社协",
    "新鴻基地產": "新鸿基地产", "新地": "新地", "恒基地產": "恒基地产",
    "新世界發展": "新世界发展", "長實集團": "长实集团",
    "香港房屋協會": "香港房屋协会", "房協": "房协",
    "市區重建局": "市区重建局", "市建局": "市建局",
    "深圳市住房和建設局": "深圳市住房和建设局", "仲量聯行": "仲量联行",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "戴德梁行": "戴德梁行", "滙豐": "汇丰",
}


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
        if enc == "gbk":        # plain GBK (all in GB2312): the GB family
            for other in ("gb2312", "gb18030"):     # reads it identically,
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):   # no Big5 reading
                assert not decodes(raw, other), (doc_id, other)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert not raw.startswith(BOM8)
            assert any(ord(c) > 127 for c in self.text)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
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
        for key, day in HOLIDAY.items():        # holidays as tabulated
            if key in span:
                assert normalized == day, (ctx, normalized, day)
        m = re.search(r"(\d{4})年", span)       # written parts agree with
        if m:                                   # the normalization
            assert normalized[:4] == m.group(1), (ctx, normalized)
        m = re.search(r"(?<!\d)(\d{1,2})月", span)
        if m:
            assert normalized[5:7] == "%02d" % int(m.group(1)), (ctx,
                                                                normalized)
        m = re.search(r"(?<!\d)(\d{1,2})日", span)
        if m:
            assert normalized[8:10] == "%02d" % int(m.group(1)), (ctx,
                                                                 normalized)
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
# g83 the 2026 National Day box office by city, cinema chain and ticketing
# platform, simplified, GBK without BOM, 2026-11-16 (a Monday, ISO week
# 2026-W47), 北京商报; the first paragraph opens 北京商报讯（记者 …） (the
# paper's own form).  国家电影局 published 昨日 (2026-11-15).  国庆档 is
# the DATE 国庆 (档, 档期间, 期间 outside), the holiday week 10月1日至7日;
# 去年同期 in a sentence about it is the year 2025.
# ===========================================================================
@doc
def g83():
    d = Doc("g83_film_box_office_cinemas")
    Y, NAT = "2026", "2026-10-01"
    SH, BJ, SZ, CQ, WH, CS, KS, DG, YB, DY = (
        "上海市", "北京市", "深圳市", "重庆市", "武汉市", "长沙市", "昆山市",
        "东莞市", "宜宾市", "东阳市")
    # title (a heading-shaped line opening with a DATE, no city)
    d.date("[[国庆]]档票房26.8亿元创新高", NAT, "")
    d.metric("档票房[[26.8亿元]]创新高", "26.8e8", "元", "exact", "")
    # P1 the film bureau's figures (no CITY: 北京 only inside 北京商报)
    d.org("\n\n[[北京商报]]讯")
    d.org("周若彤）[[国家电影局]]昨日")
    d.date("国家电影局[[昨日]]发布", "2026-11-15", "")
    d.date("截至[[11月15日]]，", "2026-11-15", "")
    d.date("，[[2026年]]全国电影", Y, "")
    d.metric("总票房达[[412.6亿元]]", "412.6e8", "元", "exact", "")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("票房占比[[81.3%]]", "81.3", "%", "exact", "")
    d.metric("观影人次[[9.56亿]]，", "9.56e8", "", "exact", "")
    d.metric("平均票价[[42.7元]]", "42.7", "元", "exact", "")
    d.date("。[[今年国庆]]档（10月1日", NAT, "")
    d.date("档（[[10月1日]]至7日）全国", NAT, "")
    d.date("10月1日至[[7日]]）全国", "2026-10-07", "")
    d.metric("全国票房[[26.8亿元]]，较", "26.8e8", "元", "exact", "")
    d.date("，较[[去年同期]]增长14.6%", "2025", "")
    d.metric("增长[[14.6%]]", "14.6", "%", "exact", "")
    d.metric("观影人次[[6230万]]", "6230e4", "", "exact", "")
    d.metric("平均票价[[43.1元]]", "43.1", "元", "exact", "")
    d.date("此前，[[今年]]暑期档", Y, "")
    d.metric("全国票房[[118.7亿元]]", "118.7e8", "元", "exact", "")
    d.date("，[[中秋]]假期（", "2026-09-25", "")
    d.date("假期（[[9月25日]]至27日）", "2026-09-25", "")
    d.date("9月25日至[[27日]]）票房", "2026-09-27", "")
    d.metric("票房[[5.32亿元]]", "5.32e8", "元", "exact", "")
    d.metric("同比增长[[8.1%]]", "8.1", "%", "exact", "")
    # P2 the films (no CITY)
    d.date("从影片看，[[今年国庆]]档共有", NAT, "")
    d.metric("共有[[16部]]新片", 16, "部", "exact", "")
    d.org("，[[博纳影业]]出品的一部")
    d.metric("影片以[[9.86亿元]]夺得", "9.86e8", "元", "exact", "")
    d.org("，[[光线传媒]]出品的动画")
    d.metric("电影以[[6.12亿元]]紧随", "6.12e8", "元", "exact", "")
    d.org("，[[华夏电影]]参与发行")
    d.metric("发行的[[两部]]进口影片", 2, "部", "exact", "")
    d.metric("合计票房[[约1.9亿元]]", "1.9e8", "元", "approx", "")
    d.date("。[[10月1日]]全国票房即", NAT, "")
    d.metric("即[[突破5亿元]]", "5e8", "元", "over", "")
    d.date("，[[10月3日]]全国排映", "2026-10-03", "")
    d.metric("达到[[68.4万场]]", "68.4e4", "场", "exact", "")
    # P3 the cities
    d.org("票仓。[[猫眼娱乐]]旗下")
    d.org("猫眼娱乐旗下[[猫眼]]专业版")
    d.date("数据显示，[[国庆]]档期间上海", NAT, SH)
    d.city("档期间[[上海]]以1.42亿元")
    d.metric("上海以[[1.42亿元]]的票房", "1.42e8", "元", "exact", SH)
    d.city("首位，[[北京]]、深圳分别")
    d.city("北京、[[深圳]]分别以")
    d.metric("分别以[[1.28亿元]]和", "1.28e8", "元", "exact", SZ)
    d.metric("1.28亿元和[[1.05亿元]]紧随", "1.05e8", "元", "exact", SZ)
    d.city("其后，[[广州]]、成都")
    d.city("广州、[[成都]]、重庆")
    d.city("成都、[[重庆]]三城")
    d.metric("均[[突破9000万元]]", "9000e4", "元", "over", CQ)
    d.city("亮眼：[[武汉]]国庆档")
    d.date("武汉[[国庆]]档票房", NAT, WH)
    d.metric("档票房[[7860万元]]", "7860e4", "元", "exact", WH)
    d.metric("同比增长[[21.3%]]", "21.3", "%", "exact", WH)
    d.city("；[[杭州]]、西安")
    d.city("杭州、[[西安]]、长沙")
    d.city("西安、[[长沙]]分别增长")
    d.metric("分别增长[[18.7%]]、", "18.7", "%", "exact", CS)
    d.metric("18.7%、[[19.5%]]和", "19.5", "%", "exact", CS)
    d.metric("19.5%和[[24.1%]]，", "24.1", "%", "exact", CS)
    d.city("其中[[长沙]]10月2日")
    d.date("长沙[[10月2日]]单日", "2026-10-02", CS)
    d.metric("票房达到[[1630万元]]", "1630e4", "元", "exact", CS)
    d.city("票价方面，[[北京]]平均票价")
    d.metric("平均票价为[[49.6元]]", "49.6", "元", "exact", BJ)
    d.city("元，[[上海]]为48.3元")
    d.metric("上海为[[48.3元]]", "48.3", "元", "exact", SH)
    d.metric("平均票价则在[[36元左右]]", 36, "元", "approx", SH)
    # P4 smaller cities
    d.org("扩大。[[拓普数据]]统计")
    d.date("统计，[[今年国庆]]档三线", NAT, KS)
    d.metric("占比升至[[43.5%]]", "43.5", "%", "exact", KS)
    d.date("，较[[去年同期]]提高2.4", "2025", KS)
    d.metric("提高[[2.4个百分点]]，江苏", "2.4", "百分点", "exact", KS)
    d.city("江苏[[昆山]]、")
    d.city("浙江[[义乌]]、")
    d.city("广东[[东莞]]等地")
    d.metric("观影人次[[超过1200人次]]", 1200, "人次", "over", DG)
    d.org("。[[四川省电影局]]数据")
    d.city("显示，[[绵阳]]、宜宾")
    d.city("绵阳、[[宜宾]]两市")
    d.date("两市[[国庆]]档票房", NAT, YB)
    d.metric("分别增长[[26.2%]]和", "26.2", "%", "exact", YB)
    d.metric("26.2%和[[23.8%]]，", "23.8", "%", "exact", YB)
    d.org("，[[金逸影视]]、")
    d.org("、[[幸福蓝海]]等区域院线")
    d.metric("新开影院[[12家]]", 12, "家", "exact", YB)
    # P5 cinema chains (东阳 in the 横店影视 sentence only)
    d.org("。[[国家电影局]]数据显示，国庆档票房排名")
    d.date("数据显示，[[国庆]]档票房排名", NAT, "")
    d.org("依次为[[万达院线]]、")
    d.org("、[[大地院线]]、")
    d.org("、[[中影数字院线]]、")
    d.org("、[[横店院线]]和")
    d.org("和[[中影南方电影新干线]]，")
    d.metric("份额为[[46.8%]]", "46.8", "%", "exact", "")
    d.date("，较[[去年同期]]提高1.9", "2025", "")
    d.metric("提高[[1.9个百分点]]", "1.9", "百分点", "exact", "")
    d.org("。[[万达电影]]国庆档实现")
    d.date("万达电影[[国庆]]档实现", NAT, "")
    d.metric("实现票房[[3.26亿元]]", "3.26e8", "元", "exact", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.metric("市场份额[[约12.2%]]", "12.2", "%", "approx", "")
    d.metric("上座率达[[23.6%]]", "23.6", "%", "exact", "")
    d.metric("高出全国平均水平[[约6个百分点]]", 6, "百分点", "approx", "")
    d.city("浙江[[东阳]]的横店影视")
    d.org("东阳的[[横店影视]]表示")
    d.date("公司[[国庆]]档票房1.18亿元", NAT, DY)
    d.metric("档票房[[1.18亿元]]", "1.18e8", "元", "exact", DY)
    d.metric("观影人次[[突破290万]]", "290e4", "", "over", DY)
    d.org("；[[中国电影股份有限公司]]（")
    d.org("以下简称“[[中国电影]]”）")
    d.metric("发行的[[三部]]影片", 3, "部", "exact", "")
    d.metric("合计票房[[超过11亿元]]", "11e8", "元", "over", "")
    # P6 the listed companies' reports (no CITY)
    d.date("上市公司[[三季度]]报告看", "2026-Q3", "")
    d.org("。[[万达电影]]前三季度")
    d.date("万达电影[[前三季度]]实现", Y, "")
    d.metric("营业收入[[98.6亿元]]", "98.6e8", "元", "exact", "")
    d.metric("同比增长[[7.3%]]", "7.3", "%", "exact", "")
    d.metric("归母净利润[[6.42亿元]]", "6.42e8", "元", "exact", "")
    d.date("截至[[9月30日]]，公司", "2026-09-30", "")
    d.metric("直营影院[[718家]]", 718, "家", "exact", "")
    d.metric("银幕[[6050块]]", 6050, "块", "exact", "")
    d.org("。[[中国电影]]前三季度营业收入")
    d.date("中国电影[[前三季度]]营业收入", Y, "")
    d.metric("营业收入[[42.3亿元]]", "42.3e8", "元", "exact", "")
    d.metric("同比增长[[5.6%]]", "5.6", "%", "exact", "")
    d.org("；[[横店影视]]前三季度")
    d.date("横店影视[[前三季度]]净利润", Y, "")
    d.metric("净利润[[2.15亿元]]", "2.15e8", "元", "exact", "")
    d.org("。[[博纳影业]]、")
    d.org("、[[光线传媒]]则受益")
    d.date("受益于[[国庆]]档主控", NAT, "")
    d.date("影片，[[三季度]]营业收入", "2026-Q3", "")
    d.metric("分别增长[[31.2%]]和", "31.2", "%", "exact", "")
    d.metric("31.2%和[[44.7%]]。", "44.7", "%", "exact", "")
    # P7 ticketing platforms (北京 in the last sentence)
    d.org("研究机构[[艺恩]]统计")
    d.date("统计，[[国庆]]档线上", NAT, "")
    d.metric("购票比例达到[[92.4%]]", "92.4", "%", "exact", "")
    d.org("其中[[猫眼]]出票")
    d.metric("出票占比[[约55%]]", 55, "%", "approx", "")
    d.org("，[[淘票票]]约30%")
    d.metric("淘票票[[约30%]]", 30, "%", "approx", "")
    d.org("，[[抖音]]等新兴渠道")
    d.metric("合计[[约11%]]", 11, "%", "approx", "")
    d.date("，较[[去年同期]]提升约3", "2025", "")
    d.metric("提升[[约3个百分点]]", 3, "百分点", "approx", "")
    d.org("用户，[[淘票票]]联合")
    d.org("联合[[支付宝]]推出")
    d.org("，[[阿里影业]]称")
    d.date("称[[国庆]]档淘票票", NAT, "")
    d.org("国庆档[[淘票票]]新增")
    d.metric("同比增长[[18%]]", 18, "%", "exact", "")
    d.org("；[[猫眼]]则与")
    d.org("则与[[中国银联]]、")
    d.org("、[[招商银行]]合作")
    d.metric("优惠券[[超过800万张]]", "800e4", "张", "over", "")
    d.org("地方层面，[[北京市电影局]]、")
    d.org("、[[上海市电影局]]等部门")
    d.date("等部门[[国庆]]期间", NAT, BJ)
    d.metric("消费券[[约1.2亿元]]", "1.2e8", "元", "approx", BJ)
    d.city("，[[北京]]单家影院")
    d.metric("核销率达[[67%]]", 67, "%", "exact", BJ)
    # P8 screens and closures (no CITY)
    d.date("截至[[10月底]]，全国银幕", "2026-10", "")
    d.metric("总数达到[[9.36万块]]", "9.36e4", "块", "exact", "")
    d.date("，[[今年]]以来新增", Y, "")
    d.metric("新增银幕[[2180块]]", 2180, "块", "exact", "")
    d.date("较[[2025年同期]]减少", "2025", "")
    d.metric("减少[[约15%]]", 15, "%", "approx", "")
    d.org("；[[中国电影发行放映协会]]调研")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("全国约有[[640家]]影院", 640, "家", "approx", "", sep="约")
    d.metric("其中[[约七成]]位于", 70, "%", "approx", "")
    d.org("。[[IMAX中国]]表示")
    d.date("表示，[[国庆]]档旗下", NAT, "")
    d.metric("银幕票房[[1.52亿元]]", "1.52e8", "元", "exact", "")
    d.metric("全国票房的[[5.7%]]", "5.7", "%", "exact", "")
    d.metric("平均票房[[约17.6万元]]", "17.6e4", "元", "approx", "")
    # P9 outlook (深圳 in the last sentence)
    d.date("展望[[四季度]]，", "2026-Q4", "")
    d.org("。[[猫眼研究院]]预测")
    d.date("预测，[[2026年]]全年票房", Y, "")
    d.metric("有望达到[[约460亿元]]", "460e8", "元", "approx", "")
    d.date("，[[明年春节]]档票房", "2027-02-06", "")
    d.metric("有望[[突破95亿元]]", "95e8", "元", "over", "")
    d.org("。[[中信证券]]分析师")
    d.date("延续至[[2027年]]，", "2027", "")
    d.date("头部院线在[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]等节点", "2027-02-06", "")
    d.org("。[[国家电影局]]也将于")
    d.date("也将于[[12月上旬]]在深圳", "2026-12", SZ)
    d.city("12月上旬在[[深圳]]召开")
    d.date("部署[[明年]]市场工作", "2027", SZ)
    audit = {
        "cities": ["上海", "北京", "深圳", "广州", "成都", "重庆", "武汉",
                   "杭州", "西安", "长沙", "昆山", "义乌", "东莞", "绵阳",
                   "宜宾", "东阳", "横店", "江苏", "浙江", "广东", "四川",
                   "中国", "南方"],
        "excluded": [
            # provinces in front of county-level and prefecture-level cities
            "[[江苏]]昆山", "[[浙江]]义乌", "[[广东]]东莞", "[[浙江]]东阳",
            # 其中|国产 (not the country)
            "其[[中国]]产影片",
        ],
        "numbers_excluded": [],
        # 一线/新一线/三四线/三线 (tier labels),
        # 一部 (indefinite), 三城, 两市 (collective labels for the cities
        # just listed), 前五 (a ranking label), 进一步
        "cn_excluded": ["，[[一]]线城市仍是",
                        "新[[一]]线城市", "[[三四]]线城市平均",
                        "档[[三]]线及以下", "位于[[三]]线及以下",
                        "出品的[[一]]部", "重庆[[三]]城", "宜宾[[两]]市",
                        "排名前[[五]]的", "进[[一]]步"],
        "latin_excluded": [],
        # 周若彤 (the reporter's surname), 近五年 (a span of years)
        "words_excluded": {"单日": 3, "节点": 1, "全年": 1, "周若彤": 1,
                           "近五年": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"院线": 7, "协会": 0, "公司": 3,
                              "电影局": 0, "影业": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g84 Hong Kong rents, public-housing waiting times and transitional
# housing, traditional (Hong Kong forms 公布, 上周, 入伙, 佔, 隨着, 恒基),
# UTF-8 without BOM, 2026-11-20 (a Friday, ISO week 2026-W47), 明報; the
# first paragraph opens 【明報專訊】 (the paper's form).  差估署 published
# 昨日（19日）; 政府統計處 同日; 房屋局 spoke 上周三（11日）.  本港, 全港,
# 港人, 在港, 來港 are no CITY; districts (西環, 沙田, 將軍澳, 大圍, 紅磡,
# 屯門, 元朗, 粉嶺, 深水埗) are no CITY.
# ===========================================================================
@doc
def g84():
    d = Doc("g84_hk_public_housing_rents")
    Y, OCT, NOV = "2026", "2026-10", "2026-11"
    HK, BJ, SZ, ZH, SG, TK, LD = ("香港", "北京市", "深圳市", "珠海市",
                                  "新加坡", "东京", "伦敦")
    # title (a heading that opens with no city)
    d.metric("公屋平均輪候[[5.3年]]\n", "5.3", "年", "exact", "")
    # P1 the rating office's rent index, the CPI (no CITY)
    d.org("【[[明報]]專訊】")
    d.org("專訊】[[差餉物業估價署]]（")
    d.org("（[[差估署]]）")
    d.date("差估署）[[昨日]]（", "2026-11-19", "")
    d.date("昨日（[[19日]]）公布", "2026-11-19", "")
    d.date("公布，[[10月]]私人住宅", OCT, "")
    d.metric("租金指數報[[198.6點]]", "198.6", "点", "exact", "")
    d.metric("按月升[[0.8%]]", "0.8", "%", "exact", "")
    d.date("較[[去年同期]]上升6.9%", "2025-10", "")
    d.metric("上升[[6.9%]]", "6.9", "%", "exact", "")
    d.date("；[[今年首10個月]]租金", Y, "")
    d.metric("升幅達[[7.4%]]", "7.4", "%", "exact", "")
    d.org("。[[政府統計處]]同日")
    d.date("政府統計處[[同日]]公布", "2026-11-19", "")
    d.date("公布，[[10月]]綜合消費", OCT, "")
    d.metric("按年上升[[5.2%]]", "5.2", "%", "exact", "")
    d.date("升勢在[[明年農曆新年]]前", "2027-02-06", "")
    # P2 students (no CITY)
    d.org("。[[香港大學]]及")
    d.org("及[[香港中文大學]]今年")
    d.date("香港中文大學[[今年]]新學年", Y, "")
    d.metric("非本地學生[[約1.6萬人]]", "1.6e4", "人", "approx", "")
    d.date("，較[[去年]]增加約18%", "2025", "")
    d.metric("增加[[約18%]]", 18, "%", "approx", "")
    d.org("；[[利嘉閣地產]]數據")
    d.date("月租於[[9月份]]按月", "2026-09", "")
    d.metric("按月上升[[約3.5%]]", "3.5", "%", "approx", "")
    # P3 talent schemes, agents (北京 first after in the first sentence)
    d.org("\n\n[[入境事務處]]（")
    d.org("（[[入境處]]）數據")
    d.date("數據顯示，[[今年首10個月]]各項", Y, BJ)
    d.metric("共收到[[約15.8萬宗]]", "15.8e4", "宗", "approx", BJ)
    d.metric("獲批[[約11.2萬宗]]", "11.2e4", "宗", "approx", BJ)
    d.metric("當中[[約六成]]申請人", 60, "%", "approx", BJ)
    d.city("來自[[北京]]、上海")
    d.city("北京、[[上海]]及深圳等")
    d.city("上海及[[深圳]]等內地")
    d.org("。[[中原地產研究部]]指")
    d.date("指，[[10月]]全港私樓", OCT, "")
    d.metric("平均呎租[[約33.6元]]", "33.6", "元", "approx", "")
    d.metric("按年上升[[5.8%]]", "5.8", "%", "exact", "")
    d.metric("實用面積[[430方呎以下]]", 430, "方呎", "under", "")
    d.metric("呎租更達[[40.2元]]", "40.2", "元", "exact", "")
    d.org("。[[美聯物業]]統計")
    d.date("統計，[[本月]]至今", NOV, "")
    d.metric("全港錄得[[約6,850宗]]", 6850, "宗", "approx", "")
    d.metric("可達[[約1.05萬宗]]", "1.05e4", "宗", "approx", "")
    d.date("創[[2019年]]以來新高", "2019", "")
    d.org("。[[利嘉閣地產]]及香港置業")
    d.org("及[[香港置業]]則指")
    d.date("已較[[2021年同期]]高出", "2021", "")
    d.metric("高出[[逾兩成]]", 20, "%", "over", "")
    d.metric("介乎[[2.5萬元]]至3萬元", "2.5e4", "元", "exact", "")
    d.metric("2.5萬元至[[3萬元]]", "3e4", "元", "exact", "")
    # P4 public housing (no CITY)
    d.org("方面，[[房屋委員會]]（")
    d.org("（[[房委會]]）最新")
    d.date("截至[[9月底]]，一般", "2026-09", "")
    d.metric("公屋申請[[約13.3萬宗]]", "13.3e4", "宗", "approx", "")
    d.metric("一人申請[[約9.6萬宗]]", "9.6e4", "宗", "approx", "")
    d.metric("輪候時間為[[5.3年]]", "5.3", "年", "exact", "")
    d.date("較[[6月底]]的5.5年", "2026-06", "")
    d.metric("6月底的[[5.5年]]", "5.5", "年", "exact", "")
    d.metric("縮短[[0.2年]]", "0.2", "年", "exact", "")
    d.org("。[[房屋局]]上周三")
    d.date("房屋局[[上周三]]（", "2026-11-11", "")
    d.date("上周三（[[11日]]）", "2026-11-11", "")
    d.org("在[[立法會房屋事務委員會]]表示")
    d.date("目標是在[[2027年]]前", "2027", "")
    d.metric("縮短至[[約4.5年]]", "4.5", "年", "approx", "")
    d.org("。[[房屋署]]指")
    d.date("指，[[今年第三季]]共有", "2026-Q3", "")
    d.metric("共有[[約6,200個]]", 6200, "个", "approx", "")
    d.date("，[[第四季]]將再有", "2026-Q4", "")
    d.metric("落成[[約1.8萬個]]單位", "1.8e4", "个", "approx", "")
    d.org("。[[房委會]]今年6月")
    d.date("房委會[[今年6月]]通過", "2026-06", "")
    d.date("由[[10月1日]]起上調", "2026-10-01", "")
    d.metric("上調[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("平均月租[[約2,430元]]", 2430, "元", "approx", "")
    d.metric("入息比例為[[12.8%]]", "12.8", "%", "exact", "")
    # P5 transitional housing and light public housing (no CITY)
    d.org("。[[房屋局]]數據顯示，截至10月底")
    d.date("截至[[10月底]]，已落成", OCT, "")
    d.metric("過渡性房屋[[約2.1萬個]]", "2.1e4", "个", "approx", "")
    d.metric("入住率[[超過九成]]", 90, "%", "over", "")
    d.date("簡約公屋[[今年3月]]起", "2026-03", "")
    d.metric("累計收到[[逾4.8萬份]]", "4.8e4", "份", "over", "")
    d.metric("超額[[約5倍]]", 5, "倍", "approx", "")
    d.org("。[[香港社會服務聯會]]（")
    d.org("（[[社聯]]）指")
    d.metric("市值租金的[[三分之一]]", "33.3333333333", "%", "exact", "")
    d.date("將於[[2028年]]屆滿", "2028", "")
    d.org("。[[香港社區組織協會]]（")
    d.org("（[[社協]]）本月")
    d.date("社協）[[本月]]公布", NOV, "")
    d.metric("中位數為[[5,800元]]", 5800, "元", "exact", "")
    d.metric("呎租中位數[[約45元]]", 45, "元", "approx", "")
    d.metric("受訪的[[312戶]]", 312, "户", "exact", "")
    d.metric("中，[[近四成]]表示", 40, "%", "approx", "")
    d.metric("佔入息[[一半以上]]", 50, "%", "over", "")
    # P6 developers (no CITY)
    d.org("。[[新鴻基地產]]（")
    d.org("（[[新地]]）表示")
    d.date("服務式住宅[[本月]]平均", NOV, "")
    d.metric("租用率達[[95%]]", 95, "%", "exact", "")
    d.date("較[[去年同期]]提升3個", "2025-11", "")
    d.metric("提升[[3個百分點]]", 3, "百分点", "exact", "")
    d.org("；[[恒基地產]]、")
    d.org("、[[新世界發展]]及")
    d.org("及[[長實集團]]亦")
    d.metric("合共提供[[約3,200個]]", 3200, "个", "approx", "")
    d.org("。[[香港房屋協會]]（")
    d.org("（[[房協]]）計劃")
    d.date("計劃於[[明年第一季]]推出", "2027-Q1", "")
    d.metric("推出[[約1,000個]]", 1000, "个", "approx", "")
    d.org("，[[市區重建局]]（")
    d.org("（[[市建局]]）則")
    d.metric("預留[[約15%]]單位", 15, "%", "approx", "")
    # P7 mainland cities
    d.city("相比，[[香港]]的住屋")
    d.org("。[[中原地產研究部]]引述")
    d.city("數據指，[[深圳]]10月")
    d.date("深圳[[10月]]住宅", OCT, SZ)
    d.metric("每平方米[[約78.6元]]人民幣", "78.6", "元", "approx", SZ)
    d.metric("按年下跌[[3.2%]]", "3.2", "%", "exact", SZ)
    d.city("；[[廣州]]、上海")
    d.city("廣州、[[上海]]及北京則")
    d.city("上海及[[北京]]則分別")
    d.metric("分別為[[52.3元]]", "52.3", "元", "exact", BJ)
    d.metric("、[[98.1元]]及", "98.1", "元", "exact", BJ)
    d.metric("及[[94.5元]]人民幣", "94.5", "元", "exact", BJ)
    d.org("。[[深圳市住房和建設局]]上月")
    d.date("住房和建設局[[上月]]表示", OCT, "")
    d.date("表示，[[今年]]已籌建", Y, "")
    d.metric("租賃住房[[約6.2萬套]]", "6.2e4", "套", "approx", "")
    d.metric("低[[約一成]]", 10, "%", "approx", "")
    d.metric("以一個[[500方呎]]單位", 500, "方呎", "exact", HK)
    d.city("計算，[[香港]]月租")
    d.city("相當於[[深圳]]的約3.8倍")
    d.metric("深圳的[[約3.8倍]]", "3.8", "倍", "approx", SZ)
    d.city("選擇在[[深圳]]租住")
    d.city("移居[[東莞]]、")
    d.city("、[[惠州]]及珠海")
    d.city("惠州及[[珠海]]，")
    d.metric("只需[[2,000元]]至", 2000, "元", "exact", ZH)
    d.metric("至[[3,500元]]人民幣", 3500, "元", "exact", ZH)
    # P8 international comparison, mortgage rates
    d.org("，[[仲量聯行]]數據")
    d.date("數據顯示，[[今年首三季]]香港", Y, HK)
    d.city("今年首三季[[香港]]豪宅")
    d.metric("累計上升[[4.2%]]", "4.2", "%", "exact", HK)
    d.city("跑贏[[新加坡]]的")
    d.metric("新加坡的[[1.6%]]", "1.6", "%", "exact", SG)
    d.city("及[[東京]]的")
    d.metric("東京的[[2.3%]]", "2.3", "%", "exact", TK)
    d.city("低於[[倫敦]]的")
    d.metric("倫敦的[[5.1%]]", "5.1", "%", "exact", LD)
    d.org("。[[香港金融管理局]]（")
    d.org("（[[金管局]]）數據")
    d.date("顯示，[[10月]]新造按揭", OCT, "")
    d.metric("平均按息[[約3.6厘]]", "3.6", "厘", "approx", "")
    d.date("較[[上月]]回落", "2026-09", "")
    d.metric("回落[[0.2個百分點]]", "0.2", "百分点", "exact", "")
    d.org("。[[戴德梁行]]預期")
    d.org("減息及[[滙豐]]等銀行")
    d.date("置業，[[明年]]私樓", "2027", "")
    d.metric("放緩至[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]。", 5, "%", "exact", "")
    # P9 outlook
    d.org("\n\n[[立法會房屋事務委員會]]將於")
    d.date("將於[[下月]]舉行", "2026-12", "")
    d.org("；[[房屋局]]亦會")
    d.date("亦會在[[明年3月底]]前", "2027-03", "")
    d.date("計劃在[[2030年]]前", "2030", "")
    d.metric("興建[[約3萬個]]", "3e4", "个", "approx", "")
    d.city("參考[[新加坡]]的做法")
    audit = {
        "cities": ["香港", "北京", "上海", "深圳", "廣州", "東莞", "惠州",
                   "珠海", "新加坡", "東京", "倫敦", "澳門", "屯門", "元朗",
                   "粉嶺", "將軍澳", "大圍", "紅磡", "西環", "沙田",
                   "深水埗", "美國", "九龍", "新界"],
        "excluded": [
            # Hong Kong districts; a country
            "[[西環]]、沙田", "西環、[[沙田]]一帶", "[[將軍澳]]、大圍",
            "將軍澳、[[大圍]]及紅磡", "大圍及[[紅磡]]等",
            "再有[[屯門]]、元朗", "屯門、[[元朗]]及粉嶺", "元朗及[[粉嶺]]多個",
            "位於[[屯門]]及元朗", "屯門及[[元朗]]的首批", "在[[深水埗]]的",
            "隨着[[美國]]減息",
        ],
        "numbers_excluded": [],
        # 一人申請 (a one-person applicant, a category), 兩房 (a flat
        # type), 一次過, 一個 (indefinite), 一帶, 一般
        "cn_excluded": ["長者[[一]]人申請", "[[兩]]房單位", "[[一]]次過",
                        "以[[一]]個500", "沙田[[一]]帶", "，[[一]]般公屋",
                        "；[[一]]般申請者"],
        "latin_excluded": [],
        # 連升10個月 (a run of months, a duration), 近四年 and 半年 (spans),
        # 月租 (monthly rent), 按年/按月 (year on year, month on month)
        "words_excluded": {"按年": 3, "按月": 2, "月租": 8, "全年": 1,
                           "全月": 1, "每日": 1, "每月": 1, "近四年": 1,
                           "至今": 1, "新學年": 1, "半年": 1,
                           "連升10個月": 1, "明顯": 1, "周邊": 1},
        # generic heads outside ORG rows
        # 當局 (the authorities, generic)
        "orgwords_excluded": {"局": 1, "協會": 0, "委員會": 0, "地產": 0},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇"
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
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万萬亿億兆]*)([余餘多]?)",
                 span)
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
    unit = re.sub(r"^[个個](百分[点點]|基[点點])$", r"\1", unit)
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
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units])
    simp = [d for d in built if not d.traditional]   # a simplified text
    conv_simp = t2s_all([d.text for d in simp])         # is its own t2s
    if conv_simp is not None:
        for d, s in zip(simp, conv_simp):
            assert s == d.text, (d.doc_id, "not unchanged by t2s")
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):]):
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
