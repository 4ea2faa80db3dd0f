#!/usr/bin/env python3
"""Gold annotation for held-out set t (g39_logistics_express,
g40_macao_hk_events_economy).

Adapted from heldout/tools/annotate_q.py (now dev/tools/annotate_g33_g34.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g39 is simplified (mainland business daily, 证券日报), UTF-8 without a BOM;
g40 is traditional (Macao, 澳門日報), UTF-16 little-endian WITH a BOM (FF FE):
the BOM is removed, nothing else, and the offsets and `text` point into the
traditional original while `normalized` and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g39_g40.md.  Reference dates: corpus/manifest.csv (g39 2025-11-20,
g40 2025-11-19); the script checks that the manifest agrees (own rows only:
the merged manifest lists other annotators' articles too).

Checks: strict decoding with the declared encoding (g39: no BOM, UTF-8; g40:
BOM FF FE, UTF-16-LE, must not decode as UTF-8) and byte round trip; text ==
original[start:end]; rows sorted, no two rows overlap; no span starts or ends
with white space or punctuation; field formats per type; DATE normalizations
are real calendar dates/months/weeks/quarters; METRIC value and qualifier
re-derived from the span text by a small independent parser (Arabic and
Chinese N成, N倍, 一半, a bare 百/千/万 after a marker, 余/多, 万/亿/万亿 with
separators; a qualifier set by a marker outside the span must be declared and
the marker must stand right before the span); the unit must be what the span
writes after the number (t2s); ORG normalizations are OpenCC t2s of the text,
CITY normalizations are checked against t2s.  The `city` column of every
DATE/METRIC row is computed here by an own implementation of the GUIDELINES
rule (section headings, then the sentence: nearest CITY before, else first
after) and asserted against the hand value written on every row.
Audits: every occurrence of a listed city/place string, every ASCII digit run,
every Latin word, every Chinese numeral character and every Chinese
fraction/multiple word is inside a row or excluded here on purpose; every
occurrence of an annotated ORG string is inside an ORG row; every
organization-like word is inside an ORG row or excluded on purpose; every time
character is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g39_g40.py
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
BASE = os.path.dirname(HERE)
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PY_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                 os.path.join(os.path.dirname(BASE), ".venv", "bin", "python"),
                 "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
BOM8 = b"\xef\xbb\xbf"
BOM16LE = b"\xff\xfe"
# doc_id -> (encoding, published, source)
DOC_FORMAT = {
    "g39_logistics_express": ("utf-8", "2025-11-20", "证券日报"),
    "g40_macao_hk_events_economy": ("utf-16-le+bom", "2025-11-19", "澳門日報"),
}
PUBLISHED = {k: v[1] for k, v in DOC_FORMAT.items()}
SOURCE = {k: v[2] for k, v in DOC_FORMAT.items()}
TRADITIONAL = {"g40_macao_hk_events_economy"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g39 (义乌, 普宁, 慈溪, 昆山: county-level cities in 2025)
    "北京": "北京市", "鄂州": "鄂州市", "列日": "列日", "法兰克福": "法兰克福",
    "迪拜": "迪拜", "大阪": "大阪", "安克雷奇": "安克雷奇", "芝加哥": "芝加哥",
    "义乌": "义乌市", "金华": "金华市", "揭阳": "揭阳市", "普宁": "普宁市",
    "普宁市": "普宁市", "曼谷": "曼谷", "吉隆坡": "吉隆坡", "深圳市": "深圳市",
    "广州": "广州市", "慈溪": "慈溪市", "昆山": "昆山市",
    # g40
    "澳門": "澳门", "香港": "香港", "珠海": "珠海市", "廣州": "广州市",
    "深圳": "深圳市", "上海": "上海市", "杭州": "杭州市", "台北": "台北市",
    "東京": "东京", "首爾": "首尔", "新加坡": "新加坡", "馬尼拉": "马尼拉",
    "峴港": "岘港", "雅加達": "雅加达", "中山": "中山市", "江門": "江门市",
}
FOREIGN_OR_SAR = {"澳门", "香港", "列日", "法兰克福", "迪拜", "大阪", "安克雷奇",
                  "芝加哥", "曼谷", "吉隆坡", "东京", "首尔", "新加坡", "马尼拉",
                  "岘港", "雅加达"}
CITY_ALIAS = {}
# the year of a DATE may lie this far from the publication year
YEAR_SPAN = 8


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def decode(doc_id, raw):
    codec = DOC_FORMAT[doc_id][0]
    if codec == "utf-8":
        assert not raw.startswith(BOM8), f"{doc_id} has a BOM"
        text = raw.decode("utf-8")                   # strict
        assert text.encode("utf-8") == raw, f"{doc_id}: round trip"
    elif codec == "utf-16-le+bom":
        assert raw.startswith(BOM16LE), f"{doc_id}: no UTF-16-LE BOM"
        text = raw[2:].decode("utf-16-le")           # strict
        assert BOM16LE + text.encode("utf-16-le") == raw, f"{doc_id}: round trip"
        # Python's BOM-sniffing codec gives the same text
        assert raw.decode("utf-16") == text, doc_id
        try:
            raw.decode("utf-8")
            raise AssertionError(f"{doc_id}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    else:
        raise AssertionError(codec)
    assert "\ufeff" not in text and "\r" not in text and "\x00" not in text
    return text


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        self.text = decode(doc_id, raw)
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
            n=1, expect_city=None, **extra):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({
                "doc_id": self.doc_id, "type": typ, "start": start,
                "end": end, "text": span, "normalized": normalized,
                "value": value, "unit": unit, "qualifier": qualifier,
                "city": "", "_expect_city": expect_city, "_extra": extra})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        # normalized = OpenCC t2s of the text (filled in main(); SPEC)
        self.add("ORG", ctx, "", n=n)

    def date(self, ctx, normalized, n=1, city=None):
        self.add("DATE", ctx, normalized, n=n, expect_city=city)

    def metric(self, ctx, value, unit, qualifier, n=1, city=None,
               outside_marker=""):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC)."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g39 express-delivery industry, simplified, UTF-8 (no BOM), mainland business
# daily (证券日报), published 2025-11-20 (Thu, ISO week 2025-W47); dateline
# 本报北京11月19日讯, 昨天 = 2025-11-19
# ===========================================================================
@doc
def g39():
    d = Doc("g39_logistics_express")
    BJ, EZ, YW, JY = "北京市", "鄂州市", "义乌市", "揭阳市"
    R = "元/件"
    Y, Q3 = "2025", "2025-Q3"
    # --- title (a heading line with no city)
    d.date("[[前10个月]]快递业务量达1643", Y, city="")
    d.metric("业务量达[[1643.2亿件]] 单票", "1643.2e8", "件", "exact", city="")
    d.metric("收入降至[[7.61元/件]]\n", "7.61", R, "exact", city="")
    # --- lead (dateline sentence -> 北京市)
    d.city("本报[[北京]]11月19日讯")
    d.date("北京[[11月19日]]讯", "2025-11-19", city=BJ)
    d.org("）[[国家邮政局]]昨天")
    d.date("国家邮政局[[昨天]]发布", "2025-11-19", city=BJ)
    d.date("显示，[[今年前10个月]]，全国", Y, city=BJ)
    d.metric("累计完成[[1643.2亿件]]，", "1643.2e8", "件", "exact", city=BJ)
    d.metric("同比增长[[17.8%]]；", "17.8", "%", "exact", city=BJ)
    d.metric("累计完成[[1.25万亿元]]", "1.25e12", "元", "exact", city="")
    d.metric("同比增长[[8.6%]]。其中", "8.6", "%", "exact", city="")
    d.date("其中，[[10月]]单月", "2025-10", city="")
    d.metric("业务量完成[[178.6亿件]]", "178.6e8", "件", "exact", city="")
    d.metric("同比增长[[15.2%]]，日均", "15.2", "%", "exact", city="")
    d.metric("处理快件[[超过5.7亿件]]", "5.7e8", "件", "over", city="")
    d.date("提前启动影响，[[10月下旬]]以来", "2025-10", city="")
    d.date("揽收量较[[9月]]增长", "2025-09", city="")
    d.metric("增长[[约两成]]。", 20, "%", "approx", city="")
    # --- P2
    d.org("\n[[国家邮政局发展研究中心]]分析")
    d.date("。[[前10个月]]，全国快递", Y, city="")
    d.metric("单票收入为[[7.61元/件]]，较", "7.61", R, "exact", city="")
    d.date("较[[去年同期]]下降", "2024", city="")
    d.metric("下降[[0.58元]]", "0.58", "元", "exact", city="")
    d.metric("降幅为[[7.1%]]", "7.1", "%", "exact", city="")
    d.metric("单票收入为[[5.32元/件]]", "5.32", R, "exact", city="")
    d.metric("异地快递为[[6.87元/件]]", "6.87", R, "exact", city="")
    d.metric("快递为[[48.2元/件]]", "48.2", R, "exact", city="")
    d.date("。[[前10个月]]，异地快递", Y, city="")
    d.metric("占比达到[[87.4%]]", "87.4", "%", "exact", city="")
    d.date("较[[上年同期]]提高", "2024", city="")
    d.metric("提高[[1.2个百分点]]", "1.2", "百分点", "exact", city="")
    # --- 企业 heading (no city)
    d.org("企业：[[极兔]]增速居首")
    d.org("居首 [[中通]]份额微降")
    d.date("披露的[[10月]]经营简报", "2025-10", city="")
    d.org("。[[顺丰控股]]10月")
    d.date("顺丰控股[[10月]]速运", "2025-10", city="")
    d.metric("业务量为[[14.2亿票]]", "14.2e8", "票", "exact", city="")
    d.metric("同比增长[[13.9%]]", "13.9", "%", "exact", city="")
    d.metric("单票收入为[[15.37元]]", "15.37", "元", "exact", city="")
    d.metric("同比下降[[4.1%]]", "4.1", "%", "exact", city="")
    d.org("；[[韵达股份]]完成")
    d.metric("业务量[[23.1亿票]]", "23.1e8", "票", "exact", city="")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact", city="")
    d.metric("单票收入[[2.07元]]", "2.07", "元", "exact", city="")
    d.org("；[[圆通速递]]完成")
    d.metric("业务量[[27.35亿票]]", "27.35e8", "票", "exact", city="")
    d.metric("同比增长[[16.4%]]", "16.4", "%", "exact", city="")
    d.metric("单票收入[[2.24元]]", "2.24", "元", "exact", city="")
    d.metric("环比上涨[[0.05元]]", "0.05", "元", "exact", city="")
    d.org("；[[申通快递]]完成")
    d.metric("业务量[[22.6亿票]]", "22.6e8", "票", "exact", city="")
    d.metric("同比增长[[12.7%]]", "12.7", "%", "exact", city="")
    d.metric("单票收入[[2.15元]]", "2.15", "元", "exact", city="")
    # --- P4 中通, 极兔
    d.org("上市的[[中通快递]]（ZTO）")
    d.org("（[[ZTO]]）")
    d.date("日前公布[[第三季度]]业绩", Q3, city="")
    d.metric("包裹量为[[93.1亿件]]", "93.1e8", "件", "exact", city="")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", city="")
    d.metric("市场份额为[[19.4%]]", "19.4", "%", "exact", city="")
    d.date("较[[上季度]]下滑", "2025-Q2", city="")
    d.metric("下滑[[0.6个百分点]]", "0.6", "百分点", "exact", city="")
    d.metric("净利润为[[26.5亿元]]", "26.5e8", "元", "exact", city="")
    d.metric("同比下降[[7.3%]]", "7.3", "%", "exact", city="")
    d.org("。[[极兔速递环球有限公司]]（")
    d.org("简称“[[极兔速递]]”）")
    d.date("显示，[[第三季度]]极兔速递", Q3, city="")
    d.org("第三季度[[极兔速递]]在中国")
    d.metric("包裹量为[[70.5亿件]]", "70.5e8", "件", "exact", city="")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", city="")
    d.metric("包裹量为[[19.6亿件]]", "19.6e8", "件", "exact", city="")
    d.metric("同比增长[[69.2%]]", "69.2", "%", "exact", city="")
    # --- P5 京东物流, 菜鸟, 中国邮政, 县级市
    d.org("\n[[京东物流]]前三季度")
    d.date("京东物流[[前三季度]]实现", Y, city="")
    d.metric("实现收入[[1486.3亿元]]", "1486.3e8", "元", "exact", city="")
    d.metric("同比增长[[12.1%]]", "12.1", "%", "exact", city="")
    d.metric("占比[[近七成]]", 70, "%", "approx", city="")
    d.org("。[[菜鸟集团]]则")
    d.date("截至[[10月底]]，菜鸟", "2025-10", city="")
    d.org("10月底，[[菜鸟]]在全球")
    d.metric("面积[[超过300万平方米]]", "300e4", "平方米", "over", city="")
    d.org("。[[中国邮政集团有限公司]]（")
    d.org("简称“[[中国邮政]]”）")
    d.date("显示，[[今年]]以来", Y, city="")
    d.org("以来[[中国邮政]]快递包裹")
    d.metric("业务量约为[[120亿件]]", "120e8", "件", "approx", city="",
             outside_marker="约为")
    d.metric("包裹量增长[[约18%]]", 18, "%", "approx", city="")
    d.city("在浙江[[慈溪]]、江苏")
    d.city("江苏[[昆山]]等县级市")
    d.metric("覆盖率已[[超过98%]]", 98, "%", "over", city="昆山市")
    d.metric("处理包裹[[约320件]]", 320, "件", "approx", city="昆山市")
    # --- 鄂州 section (heading 鄂州：…, ended by the heading 义乌：…)
    d.city("\n[[鄂州]]：国际货运")
    d.metric("航线增至[[16条]]\n", 16, "条", "exact", city=EZ)
    d.org("，[[鄂州花湖国际机场]]（")
    d.org("简称“[[花湖机场]]”）")
    d.date("”）[[前10个月]]完成", Y, city=EZ)
    d.metric("吞吐量[[118.6万吨]]", "118.6e4", "吨", "exact", city=EZ)
    d.metric("同比增长[[52.3%]]", "52.3", "%", "exact", city=EZ)
    d.metric("吞吐量达[[31.4万吨]]", "31.4e4", "吨", "exact", city=EZ)
    d.org("。[[花湖机场]]由")
    d.org("由[[湖北省人民政府]]与")
    d.org("与[[顺丰]]合作")
    d.date("共建，[[10月28日]]，", "2025-10-28", city=EZ)
    d.org("，[[顺丰航空]]开通")
    d.city("开通[[鄂州]]至比利时")
    d.city("比利时[[列日]]的")
    d.metric("每周执行[[3班]]", 3, "班", "exact", city=EZ)
    d.org("此前，[[花湖机场]]已开通")
    d.city("开通至[[法兰克福]]、")
    d.city("、[[迪拜]]、")
    d.city("、[[大阪]]等城市")
    d.org("。[[顺丰航空]]相关")
    d.date("表示，[[12月5日]]起", "2025-12-05", city=EZ)
    d.city("开通[[鄂州]]经安克雷奇")
    d.city("经[[安克雷奇]]至")
    d.city("至[[芝加哥]]的航线")
    d.metric("将增至[[5班]]", 5, "班", "exact", city=EZ)
    d.org("。[[湖北省邮政管理局]]数据")
    d.city("显示，[[鄂州]]前10个月")
    d.date("鄂州[[前10个月]]快递", Y, city=EZ)
    d.metric("同比增长[[31.5%]]", "31.5", "%", "exact", city=EZ)
    # --- 义乌 section (heading 义乌：…, ended by the heading 揭阳：…)
    d.city("\n[[义乌]]：日均出港")
    d.metric("出港快件[[超过3000万件]]\n", "3000e4", "件", "over", city=YW)
    d.org("\n[[浙江省邮政管理局]]数据")
    d.city("显示，[[金华]]（含义乌）")
    d.city("金华（含[[义乌]]）")
    d.date("（含义乌）[[前10个月]]快递", Y, city=YW)
    d.metric("达到[[152.7亿件]]", "152.7e8", "件", "exact", city=YW)
    d.metric("同比增长[[19.3%]]", "19.3", "%", "exact", city=YW)
    d.city("其中[[义乌]]完成")
    d.metric("完成[[112.3亿件]]", "112.3e8", "件", "exact", city=YW)
    d.metric("占全国的[[6.8%]]", "6.8", "%", "exact", city=YW)
    d.city("价格方面，[[义乌]]快递")
    d.metric("降至[[1.1元/件左右]]", "1.1", R, "approx", city=YW)
    d.metric("甚至[[不足1元/件]]", 1, R, "under", city=YW)
    d.org("。[[金华市邮政管理局]]相关")
    d.date("介绍，[[9月]]至10月", "2025-09", city=YW)
    d.date("9月至[[10月]]，当地", "2025-10", city=YW)
    d.metric("分拣中心[[4个]]", 4, "个", "exact", city=YW)
    d.metric("提高[[约35%]]", 35, "%", "approx", city=YW)
    d.org("。[[市邮政管理局]]还将")
    d.org("随着[[亚马逊]]、")
    d.org("、[[SHEIN]]、")
    d.org("、[[Temu]]等")
    d.city("增长，[[义乌]]小商品")
    d.date("，[[今年1月]]至10月", "2025-01", city=YW)
    d.date("今年1月至[[10月]]，义乌", "2025-10", city=YW)
    d.city("10月，[[义乌]]国际")
    d.metric("业务量为[[1.86亿件]]", "1.86e8", "件", "exact", city=YW)
    d.metric("同比增长[[41%]]", 41, "%", "exact", city=YW)
    # --- 揭阳 section (heading 揭阳：…, ended by the heading 展望：…)
    d.city("\n[[揭阳]]：普宁")
    d.city("揭阳：[[普宁]]电商件")
    d.org("\n[[广东省邮政管理局]]数据")
    d.city("显示，[[揭阳]]前10个月")
    d.date("揭阳[[前10个月]]快递", Y, city=JY)
    d.metric("业务量为[[38.9亿件]]", "38.9e8", "件", "exact", city=JY)
    d.metric("同比增长[[26.4%]]", "26.4", "%", "exact", city=JY)
    d.city("其中[[普宁市]]完成")
    d.metric("完成[[21.7亿件]]", "21.7e8", "件", "exact", city=JY)
    d.metric("占全市的[[55.8%]]", "55.8", "%", "exact", city=JY)
    d.city("产业带，[[普宁]]直播")
    d.metric("揽收量[[突破1500万件]]", "1500e4", "件", "over", city=JY)
    d.org("。[[揭阳潮汕国际机场]]也在")
    d.date("，[[11月]]起新开通", "2025-11", city=JY)
    d.city("至[[曼谷]]、")
    d.city("、[[吉隆坡]]的全货机")
    d.city("，[[深圳市]]宝安区")
    d.city("、[[广州]]白云区")
    d.metric("分别增长[[11.2%]]和", "11.2", "%", "exact", city=JY)
    d.metric("和[[9.7%]]，", "9.7", "%", "exact", city=JY)
    # --- 展望 heading (no city; ends the 揭阳 section)
    d.org("\n[[中国快递协会]]预计")
    d.date("预计，[[11月]]全国", "2025-11", city="")
    d.metric("有望[[突破200亿件]]", "200e8", "件", "over", city="")
    d.metric("将[[超过1950亿件]]", "1950e8", "件", "over", city="")
    d.date("较[[去年]]增长", "2024", city="")
    d.metric("增长[[约16%]]", 16, "%", "approx", city="")
    d.org("。[[国家邮政局]]此前")
    d.date("提出，[[年底]]前", Y, city="")
    d.metric("提升至[[75%以上]]", 75, "%", "over", city="")
    d.date("随着[[明年春节]]前", "2026-02-17", city="")
    d.date("启动，[[12月下旬]]至", "2025-12", city="")
    d.date("至[[明年1月中旬]]仍将", "2026-01", city="")
    audit = {
        "cities": ["北京", "鄂州", "列日", "法兰克福", "迪拜", "大阪", "安克雷奇",
                   "芝加哥", "义乌", "金华", "揭阳", "普宁", "曼谷", "吉隆坡",
                   "深圳", "广州", "慈溪", "昆山", "潮汕", "宝安", "白云", "湖北",
                   "浙江", "江苏", "广东", "比利时", "美国", "中国", "东南亚",
                   "亚洲", "全国", "全省", "全市", "城市", "当地", "港", "澳",
                   "台", "京", "沪", "粤", "杭"],
        # provinces, countries, regions, districts, deictic words, generic
        # words, one-character abbreviations, and cities inside ORG names
        "excluded": ["湖北", "浙江", "江苏", "广东", "比利时", "美国",
                     "在[[中国]]市场", "东南亚", "亚洲", "全国", "全省",
                     "全市", "等[[城市]]", "全国[[城市]]", "当地", "港澳台", "出[[港]]快件",
                     "宝安区", "白云区", "县级市", "其[[中国]]际", "平[[台]]",
                     "[[鄂州]]花湖", "[[金华]]市邮政", "[[揭阳]]潮汕",
                     "[[潮汕]]国际"],
        "numbers_excluded": ["第[[16]]条", "“[[48]]小时”"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["居全省第[[一]]"],
        "org_hints": ["公司", "集团", "局", "政府", "中心", "协会", "机场",
                      "速递", "股份", "控股", "邮政", "航空", "顺丰", "中通",
                      "圆通", "申通", "韵达", "极兔", "菜鸟", "京东", "亚马逊"],
        "org_excluded": ["分拣中心", "该机场", "枢纽机场"],
        "date_ok": [r"年货", r"全年", r"每周", r"每天", r"单日", r"日均",
                    r"单月", r"此前", r"日前", r"以来", r"\d+小时", r"首位",
                    r"首个", r"居首", r"期内", r"明显", r"末端", r"旺季"],
    }
    return d, audit


# ===========================================================================
# g40 Macao mega-events and the economy, traditional, UTF-16-LE with BOM,
# Macao daily (澳門日報), published 2025-11-19 (Wed, ISO week 2025-W47);
# 上週日（16日） = 2025-11-16 (Sunday of W46)
# ===========================================================================
@doc
def g40():
    d = Doc("g40_macao_hk_events_economy")
    MO, HK = "澳门", "香港"
    Y, Q3 = "2025", "2025-Q3"
    M = "澳门元"
    # --- title (a heading of 33 characters, no city)
    d.metric("旅客[[逾23萬人次]] 前10月", "23e4", "人次", "over", city="")
    d.date("人次 [[前10月]]盛事", Y, city="")
    d.metric("消費增[[兩成]]\n", 20, "%", "exact", city="")
    # --- lead
    d.city("屆[[澳門]]格蘭披治大賽車上週日")
    d.date("大賽車[[上週日]]（16日）", "2025-11-16", city=MO)
    d.date("上週日（[[16日]]）", "2025-11-16", city=MO)
    d.org("。[[澳門特區政府旅遊局]]（")
    d.org("（下稱[[旅遊局]]）")
    d.date("舉行的[[11月13日]]至", "2025-11-13", city="")
    d.date("11月13日至[[16日]]，訪澳", "2025-11-16", city="")
    d.metric("共錄得[[23.6萬人次]]", "23.6e4", "人次", "exact", city="")
    d.metric("按年增加[[14.2%]]", "14.2", "%", "exact", city="")
    d.metric("日均[[約5.9萬人次]]", "5.9e4", "人次", "approx", city="")
    d.metric("內地旅客[[16.8萬人次]]", "16.8e4", "人次", "exact", city=HK)
    d.metric("佔總數的[[71.2%]]", "71.2", "%", "exact", city=HK)
    d.city("71.2%，[[香港]]旅客")
    d.metric("香港旅客[[約4.1萬人次]]", "4.1e4", "人次", "approx", city=HK)
    d.metric("國際旅客[[2.2萬人次]]", "2.2e4", "人次", "exact", city=HK)
    d.metric("大增[[38%]]", 38, "%", "exact", city=HK)
    # --- P2 大賽車委員會
    d.org("\n[[澳門格蘭披治大賽車委員會]]（")
    d.org("（[[大賽車委員會]]）")
    d.metric("門票銷售[[約8.6萬張]]", "8.6e4", "张", "approx", city=MO)
    d.metric("上座率[[約九成]]", 90, "%", "approx", city=MO)
    d.org("其中[[國際汽聯]]（FIA）")
    d.org("（[[FIA]]）")
    d.city("及[[澳門]]格蘭披治三級")
    d.city("入住[[珠海]]及橫琴")
    d.metric("出入境旅客達[[31.2萬人次]]", "31.2e4", "人次", "exact",
             city="珠海市")
    d.metric("日均[[約7.8萬人次]]", "7.8e4", "人次", "approx", city="珠海市")
    # --- P3 hotels
    d.org("\n[[統計暨普查局]]早前")
    d.date("公佈，[[10月]]全澳", "2025-10", city="")
    d.metric("入住率為[[91.6%]]", "91.6", "%", "exact", city="")
    d.metric("上升[[2.3個百分點]]", "2.3", "百分点", "exact", city="")
    d.metric("入住率達[[93.4%]]", "93.4", "%", "exact", city="")
    d.metric("升至[[2,180澳門元]]", "2180", M, "exact", city="")
    d.date("較[[上月]]平均", "2025-10", city="")
    d.metric("上漲[[約三成]]", 30, "%", "approx", city="")
    d.metric("更[[突破5,000澳門元]]", "5000", M, "over", city="")
    d.metric("非博彩消費[[約12億澳門元]]", "12e8", M, "approx", city="")
    d.metric("消費約佔[[45%]]", 45, "%", "approx", city="",
             outside_marker="約佔")
    d.date("較[[去年]]賽事期間", "2024", city="")
    d.metric("增加[[約2.6億澳門元]]", "2.6e8", M, "approx", city="")
    # --- 演唱會 heading (no city)
    d.date("演唱會：[[前10月]]逾百場", Y, city="")
    d.metric("前10月[[逾百場]] 觀眾", 100, "场", "over", city="")
    d.metric("場 觀眾[[約156萬人次]]\n", "156e4", "人次", "approx", city="")
    d.org("\n[[澳門特區政府文化局]]數據")
    d.date("顯示，[[今年1月]]至10月", "2025-01", city="")
    d.date("今年1月至[[10月]]，本澳", "2025-10", city="")
    d.metric("音樂節[[128場]]", 128, "场", "exact", city="")
    d.metric("增加[[21場]]", 21, "场", "exact", city="")
    d.metric("吸引觀眾[[約156萬人次]]，", "156e4", "人次", "approx", city="")
    d.metric("其中[[約六成]]觀眾", 60, "%", "approx", city="")
    d.date("。[[10月]]國慶黃金周", "2025-10", city="")
    d.date("10月[[國慶]]黃金周", "2025-10-01", city="")
    d.metric("連續舉辦[[12場]]", 12, "场", "exact", city="")
    d.org("。[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）委託")
    d.org("委託[[澳門大學]]進行")
    d.metric("人均消費為[[4,860澳門元]]", "4860", M, "exact", city="")
    d.metric("高出[[1.6倍]]", "1.6", "倍", "exact", city="")
    d.city("來自[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、上海")
    d.city("深圳、[[上海]]及杭州")
    d.city("上海及[[杭州]]的旅客")
    d.metric("觀眾的[[四成以上]]", 40, "%", "over", city="杭州市")
    d.org("。[[經科局]]表示")
    # --- P 承批公司
    d.org("，[[銀河娛樂集團]]（")
    d.org("（[[銀娛]]）")
    d.date("綜藝館[[今年]]共舉辦", Y, city="")
    d.metric("演唱會[[46場]]", 46, "场", "exact", city="")
    d.metric("場均觀眾[[約1.3萬人次]]", "1.3e4", "人次", "approx", city="")
    d.org("；[[金沙中國有限公司]]（")
    d.org("（[[金沙中國]]）則")
    d.org("。[[新濠博亞娛樂]]、")
    d.org("、[[美高梅中國]]及")
    d.org("及[[澳博控股]]亦")
    # --- 體育盛事 heading (no city)
    d.date("國際馬拉松[[下月]]開跑", "2025-12", city="")
    d.org("\n[[澳門特區政府體育局]]（")
    d.org("（[[體育局]]）表示")
    d.date("表示，[[2025]]澳門", Y, city=MO)
    d.city("2025[[澳門]]國際馬拉松")
    d.date("將於[[12月7日]]舉行", "2025-12-07", city=MO)
    d.metric("報名人數[[超過1.8萬人]]", "1.8e4", "人", "over", city=MO)
    d.date("較[[去年]]增加約15%", "2024", city=MO)
    d.metric("增加[[約15%]]", 15, "%", "approx", city=MO)
    d.city("來自[[香港]]、台北")
    d.city("、[[台北]]、")
    d.city("、[[東京]]、")
    d.city("、[[首爾]]及新加坡")
    d.city("及[[新加坡]]等地")
    d.metric("跑手約佔[[三成]]", 30, "%", "approx", city="新加坡",
             outside_marker="約佔")
    d.org("。[[體育局]]統計")
    d.date("統計，[[今年]]已舉辦", Y, city=MO)
    d.metric("體育賽事[[37項]]", 37, "项", "exact", city=MO)
    d.date("包括[[6月]]舉行", "2025-06", city=MO)
    d.city("舉行的[[澳門]]國際龍舟賽")
    d.date("及[[10月]]的澳門", "2025-10", city=MO)
    d.city("10月的[[澳門]]高爾夫")
    d.metric("現場觀眾[[逾42萬人次]]", "42e4", "人次", "over", city=MO)
    # --- 旅遊消費 line (not a heading: the ASCII comma in 2,318)
    d.date("旅遊消費：[[第三季]]人均", Q3, city="")
    d.metric("人均消費升至[[2,318澳門元]]\n", "2318", M, "exact", city="")
    d.org("\n[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]訪澳", Q3, city="")
    d.metric("為[[196.3億澳門元]]", "196.3e8", M, "exact", city="")
    d.metric("上升[[9.6%]]", "9.6", "%", "exact", city="")
    d.date("較[[上季]]增加", "2025-Q2", city="")
    d.metric("增加[[4.2%]]", "4.2", "%", "exact", city="")
    d.metric("人均消費為[[2,318澳門元]]，", "2318", M, "exact", city="")
    d.metric("人均消費[[4,102澳門元]]", "4102", M, "exact", city="")
    d.metric("不過夜旅客為[[852澳門元]]", 852, M, "exact", city="")
    d.metric("達[[3,560澳門元]]", "3560", M, "exact", city="")
    d.city("；[[香港]]旅客人均")
    d.metric("人均消費[[約1,120港元]]", "1120", "港元", "approx", city=HK)
    d.metric("下跌[[2.1%]]", "2.1", "%", "exact", city=HK)
    d.date("。[[第三季]]本地生產", Q3, city="")
    d.metric("實質增長[[5.2%]]", "5.2", "%", "exact", city="")
    # --- 客源 heading (starts with 客源: no city section)
    d.city("客源：[[首爾]]曼谷")
    d.city("首爾[[曼谷]]旅客")
    d.org("\n[[旅遊局]]資料")
    d.date("顯示，[[今年首10個月]]訪澳", Y, city="")
    d.metric("累計[[3,296.5萬人次]]", "3296.5e4", "人次", "exact", city="")
    d.metric("按年增長[[13.6%]]", "13.6", "%", "exact", city="")
    d.date("恢復至[[2019年同期]]的", "2019", city="")
    d.metric("同期的[[約95%]]", 95, "%", "approx", city="")
    d.metric("內地旅客[[2,384.1萬人次]]", "2384.1e4", "人次", "exact",
             city="")
    d.metric("旅客佔[[約55%]]", 55, "%", "approx", city="")
    d.city("；[[香港]]旅客646.2")
    d.metric("香港旅客[[646.2萬人次]]", "646.2e4", "人次", "exact", city=HK)
    d.metric("按年增長[[8.9%]]", "8.9", "%", "exact", city=HK)
    d.metric("國際旅客[[約265萬人次]]", "265e4", "人次", "approx", city="")
    d.city("來自[[首爾]]、曼谷及馬尼拉")
    d.city("首爾、[[曼谷]]及馬尼拉")
    d.city("及[[馬尼拉]]的旅客")
    d.metric("按年增長[[41%]]、", 41, "%", "exact", city="马尼拉")
    d.metric("41%、[[37%]]及", 37, "%", "exact", city="马尼拉")
    d.metric("37%及[[29%]]。", 29, "%", "exact", city="马尼拉")
    d.org("。[[香港旅遊業議會]]指出")
    d.city("來澳的[[香港]]旅行團")
    d.metric("每團收費[[約1,680港元]]", "1680", "港元", "approx", city=HK)
    d.metric("高出[[約兩成]]", 20, "%", "approx", city=HK)
    d.date("報團人數較[[去年同期]]增加", "2024", city=HK)
    d.metric("增加[[近一半]]", 50, "%", "approx", city=HK)
    # --- 博監局, 航線
    d.org("\n[[博彩監察協調局]]（")
    d.org("（[[博監局]]）公佈")
    d.date("公佈，[[10月]]幸運博彩", "2025-10", city="")
    d.metric("毛收入為[[240.9億澳門元]]", "240.9e8", M, "exact", city="")
    d.metric("上升[[15.9%]]", "15.9", "%", "exact", city="")
    d.date("為[[2020年1月]]以來", "2020-01", city="")
    d.date("；[[今年首10個月]]累計", Y, city="")
    d.metric("毛收入[[2,036.4億澳門元]]", "2036.4e8", M, "exact", city="")
    d.metric("增加[[8.4%]]", "8.4", "%", "exact", city="")
    d.org("。[[澳門航空]]（")
    d.org("（[[澳航]]）")
    d.date("（澳航）[[本月]]起", "2025-11", city=MO)
    d.city("加密[[澳門]]至曼谷")
    d.city("澳門至[[曼谷]]、峴港")
    d.city("、[[峴港]]航線")
    d.date("並於[[12月15日]]新開", "2025-12-15", city="岘港")
    d.city("新開[[澳門]]至雅加達")
    d.city("至[[雅加達]]航線")
    d.metric("每周[[4班]]", 4, "班", "exact", city="雅加达")
    d.org("；[[亞洲航空]]亦")
    d.date("計劃[[明年首季]]增開", "2026-Q1", city="吉隆坡")
    d.city("增開[[吉隆坡]]及")
    d.city("吉隆坡及[[馬尼拉]]往返")
    d.city("往返[[澳門]]的航班")
    # --- 展望 heading (no city)
    d.date("展望：[[年底]]盛事", Y, city="")
    d.org("\n[[旅遊局]]預計")
    d.date("預計，[[12月]]至明年1月", "2025-12", city="")
    d.date("12月至[[明年1月]]本澳", "2026-01", city="")
    d.metric("舉辦[[約40場]]", 40, "场", "approx", city="")
    d.date("，[[聖誕]]及元旦", "2025-12-25", city="")
    d.date("聖誕及[[元旦]]假期", "2026-01-01", city="")
    d.metric("增長[[一成]]。", 10, "%", "exact", city="")
    d.org("。[[經濟財政司]]司長")
    d.org("，[[特區政府]]將")
    d.date("，[[明年]]全年訪澳", "2026", city="")
    d.metric("目標為[[4,000萬人次以上]]", "4000e4", "人次", "over", city="")
    d.metric("提升至[[15%]]", 15, "%", "exact", city="")
    d.org("。[[社會文化司]]亦")
    d.org("聯同[[香港旅遊業議會]]及")
    d.city("及[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]等")
    d.date("爭取在[[明年春節]]前", "2026-02-17", city="江门市")
    d.org("。[[統計暨普查局]]則")
    d.date("將於[[12月中旬]]公佈", "2025-12", city="")
    d.date("公佈[[第四季]]旅客", "2025-Q4", city="")
    audit = {
        "cities": ["澳門", "香港", "珠海", "橫琴", "廣州", "深圳", "上海",
                   "杭州", "台北", "東京", "首爾", "新加坡", "曼谷", "馬尼拉",
                   "峴港", "雅加達", "吉隆坡", "中山", "江門", "路氹", "內地",
                   "大灣區", "本澳", "全澳", "訪澳", "來澳", "本地", "社區",
                   "城市", "港", "澳", "珠", "台", "京"],
        # areas, checkpoints, deictic words, one-character abbreviations
        # (澳, 港, 珠 of 港珠澳大橋), and cities inside ORG names (rows)
        "excluded": ["橫琴", "路氹", "內地", "大灣區", "本澳", "全澳",
                     "訪澳", "來澳", "港珠澳大橋", "本地", "社區", "等大灣區城市",
                     "主看[[台]]"],
        "numbers_excluded": [],
        "latin_excluded": ["）[[GT]]世界盃"],
        "chinese_numerals_excluded": ["第[[七十二]]屆", "格蘭披治[[三]]級",
                                      "其中[[五]]星級", "較[[一]]般旅客",
                                      "「[[一]]程多站」"],
        "org_hints": ["公司", "集團", "局", "政府", "委員會", "議會", "大學",
                      "航空", "娛樂", "控股", "中國", "財政司", "文化司",
                      "汽聯", "銀娛", "澳航", "美高梅", "新濠", "金沙"],
        "org_excluded": ["承批公司", "其[[中國]]際汽聯"],
        "date_ok": [r"按年", r"全年", r"今屆", r"周邊", r"黃金周", r"每周",
                    r"日均", r"單月", r"平日", r"音樂節", r"過夜", r"初步",
                    r"早前", r"以來"],
    }
    return d, audit
# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／+\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CN_NUM = "一二两兩三四五六七八九十几幾"
CHINESE_FIGURE = re.compile(
    r"[%s]+(?:成|倍|折|半|分之[一二三四五六七八九十]+)" % CN_NUM)
HEAD_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4,
             "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("不到", "under"), ("约", "approx"),
               ("約", "approx"), ("近", "approx"), ("逾", "over"),
               ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
OUTSIDE_MARKERS = {"约": "approx", "約": "approx", "近": "approx",
                   "逾": "over", "超过": "over", "超過": "over"}
# outside markers used in this set: 约为 (约为120亿件), 約佔 (約佔45%, 約佔三成)


def parse_metric(span):
    """(value, qualifier, rest) re-derived from the span text: Arabic numbers
    with separators, 万/亿/万亿, N成 (Chinese digit), N倍, 一半, a bare 百/千/万
    with a marker (逾百場), 多/余 (over)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(成|倍)", span)
    if m:
        mult = 10 if m.group(2) == "成" else 1
        return Decimal(CN_DIGIT[m.group(1)] * mult), q, m.group(2)
    if span == "一半":  # SPEC 近一半 -> 50 %
        return Decimal(50), q, "半"
    m = re.fullmatch(r"([千百]?)([万萬亿億]*)(\D*)", span)
    if m and (m.group(1) or m.group(2)):
        # a bare magnitude, a figure only with a marker (GUIDELINES 近百)
        assert q != "exact", span
        v = Decimal(1000 if m.group(1) == "千" else 100 if m.group(1) else 1)
        for ch in m.group(2):
            v *= MAGNITUDE[ch]
        return v, q, m.group(3)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]{0,2})(多|余|餘)?", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    for ch in m.group(2):  # 万亿 = 10^12
        v *= MAGNITUDE[ch]
    if m.group(3):
        assert q == "exact", span
        q = "over"
    rest = span[m.end():]
    if rest == "成":
        v *= 10
    return v, q, rest


def valid_date(norm):
    y = int(norm[:4])
    assert 1900 <= y <= 2100, norm
    m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", norm)
    if m:
        datetime.date(y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"\d{4}-(\d\d)", norm)
    if m:
        assert 1 <= int(m.group(1)) <= 12, norm
    m = re.fullmatch(r"\d{4}-W(\d\d)", norm)
    if m:
        datetime.date.fromisocalendar(y, int(m.group(1)), 1)
    m = re.fullmatch(r"\d{4}-Q([1-4])", norm)
    assert m or not re.fullmatch(r"\d{4}-Q.*", norm), norm


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
    for py in PY_CANDIDATES:
        if not py or not os.path.exists(py):
            continue
        try:
            out = subprocess.run([py, "-c", code], input=json.dumps(strings),
                                 capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(out.stdout)
    return None


def section_of(text, cities, pos):
    """GUIDELINES: a heading is a non-empty line of at most 40 characters with
    no clause punctuation; one that opens with a CITY mention followed by the
    line end, ：, :, a space or a dash starts that city's section, any other
    heading ends it.  Returns the section city at pos ('' if none)."""
    section = ""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and len(line) <= 40 and not set(line) & HEAD_PUNCT:
            section = ""
            first = [c for c in cities if c["start"] == start]
            if first:
                c = first[0]
                after = text[c["end"]:c["end"] + 1]
                if c["end"] == end or after in ("：", ":", " ", "-", "—", "－",
                                                "\u3000"):
                    section = c["normalized"]
        if start <= pos <= end:
            return section
        start = end + 1
    return ""


def sentence_city(text, cities, r):
    """Nearest CITY before the mention in its sentence, else the first after."""
    s = r["start"]
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    before = [c for c in cities if c["start"] >= s and c["end"] <= r["start"]]
    after = [c for c in cities if c["start"] >= r["end"] and c["end"] <= e]
    if before:
        return before[-1]["normalized"]
    if after:
        return after[0]["normalized"]
    return ""


def assign_cities(d):
    cities = sorted((r for r in d.rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    bad = []
    for r in d.rows:
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = (section_of(d.text, cities, r["start"])
                         or sentence_city(d.text, cities, r))
            exp = r["_expect_city"]
            assert exp is not None, ("no expected city written", r)
            if r["city"] != exp:
                bad.append((r["text"], r["start"], "rule:", r["city"],
                            "expected:", exp))
    assert not bad, "city rule disagrees:\n" + "\n".join(map(str, bad))


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    assign_cities(d)
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, rest = parse_metric(tx)
            om = r["_extra"].get("outside_marker", "")
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_rest"] = rest
            if not r["unit"]:
                assert rest == "", ("a unit is written", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            y = int(PUBLISHED[d.doc_id][:4])
            assert abs(int(r["normalized"][:4]) - y) <= YEAR_SPAN, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]

    def places(ctxs):
        out = []
        for ctx in ctxs:
            if "[[" in ctx:
                out.extend(d._locate(ctx, 1)[1])
            else:  # a plain substring: all its occurrences
                hits = [(m.start(), m.end())
                        for m in re.finditer(re.escape(ctx), d.text)]
                assert hits, ("exclusion never occurs", ctx)
                out.extend(hits)
        return out

    excluded = places(audit["excluded"] + audit["numbers_excluded"]
                      + audit["latin_excluded"]
                      + audit["chinese_numerals_excluded"])

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []

    def need(pattern, spans, what):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    what, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    for name in audit["cities"]:
        need(re.escape(name), covered + excluded, "city string")
    need(r"\d+", covered + excluded, "number")
    need(r"[A-Za-z]+", covered + excluded, "Latin word")
    need(CHINESE_FIGURE.pattern, covered + excluded, "figure")
    need(r"[一二两兩三四五六七八九十百千]", covered + excluded,
         "Chinese numeral")
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), org_spans, "ORG string")
    org_ex = places(audit["org_excluded"])
    for hint in audit["org_hints"]:
        need(re.escape(hint), org_spans + org_ex, "ORG-like word")
    ok = [(m.start(), m.end()) for pat in audit["date_ok"]
          for m in re.finditer(pat, d.text)]
    need(r"[年月日季周週旬昨今明天初底末夕夜节節旦诞誕秋庆慶]",
         covered + ok, "time word")
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # the merged manifest also lists the other annotators' articles
    rows = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert sorted(r["doc_id"] for r in rows) == sorted(PUBLISHED), rows
    for r in rows:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        assert r["source"] == SOURCE[r["doc_id"]], r
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"), "rb") as fh:
            text = decode(r["doc_id"], fh.read())
        assert text.split("\n", 1)[0] == r["title"], r


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows
             if r["type"] == "METRIC" and r["unit"]]
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units]
                   + [r["_rest"] for r in units])
    if conv is None:
        sys.exit("OpenCC not reachable: ORG normalizations need t2s")
    k, u = len(names), len(units)
    for r, s in zip(names, conv[:k]):
        if r["type"] == "ORG":
            r["normalized"] = s
            # simplified articles: t2s changes nothing
            if r["doc_id"] not in TRADITIONAL:
                assert s == r["text"], (r, s)
        elif r["text"] in CITY_ALIAS:
            assert r["normalized"] == CITY_ALIAS[r["text"]], r
        else:
            assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
    for r, s in zip(units, conv[k:k + u]):
        assert s == r["unit"], (r, s)
    for r, rest in zip(units, conv[k + u:]):
        # the unit is what the span writes after the number
        if r["unit"] == "%":
            assert rest in ("%", "％", "成", "半"), (r, rest)
        elif r["unit"] in ("百分点", "基点"):
            assert rest == "个" + r["unit"], (r, rest)
        else:
            assert rest == r["unit"], (r, rest)
    total = Counter()
    for d in built:
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n",
                               extrasaction="ignore")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-28s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-28s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
