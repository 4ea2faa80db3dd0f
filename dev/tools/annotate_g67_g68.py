#!/usr/bin/env python3
"""Gold annotation for the held-out articles g67_city_housing_sales and
g68_hk_retail_tourism (annotator F).

Adapted from heldout/tools/annotate_x.py through its copies in the current
heldout/tools/, which keep its checks: the checks, audits and output of
annotate_m.py (with its bare magnitude 亿元以上 and `orgstring_excluded`
list; 〇 added to the Chinese numerals as in annotate_n.py), the legacy
codec checks of annotate_k.py (here GBK instead of GB18030) and the
traditional-text check of annotate_n.py.  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are
Python str indices (code points) into the article as decoded: g67 is
simplified (mainland city daily 成都商报, 2026-11-05), stored as GBK without
BOM (it holds 喆, a GBK character outside GB2312, so it must not decode as
GB2312; GB18030 must agree); g68 is traditional (Hong Kong, 經濟日報,
2026-11-03), UTF-8 without BOM.  g68's `text` is the traditional original;
`normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
cities by their official name with 市, Hong Kong and Macao by their common
Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_k/m/n, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g67_g68.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals (with 〇), time characters, city strings and
ORG strings).  Changes: a GBK article (strict GBK decode, byte round trip,
GB18030 agrees, must not decode as UTF-8 nor as GB2312, and its characters
outside GB2312 are exactly the listed ones); both articles end with one
newline; the traditional article must hold no common simplified-only
character.  Re-run (from anywhere):

    python3 dev/tools/annotate_g67_g68.py
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
    "g67_city_housing_sales": ("gbk", b"", False, "2026-11-05", "成都商报"),
    "g68_hk_retail_tourism": ("utf-8", b"", True, "2026-11-03", "經濟日報"),
}
# a GBK article's characters outside GB2312 (the reporter's given name)
OUTSIDE_GB2312 = {"g67_city_housing_sales": ["喆"]}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g67 (2026; 简阳, 都江堰, 彭州 are county-level cities under 成都; the
    # rest prefecture-level cities or municipalities)
    "成都": "成都市", "上海": "上海市", "杭州": "杭州市", "简阳市": "简阳市",
    "简阳": "简阳市", "都江堰市": "都江堰市", "彭州市": "彭州市",
    "德阳": "德阳市", "眉山": "眉山市", "资阳": "资阳市", "重庆": "重庆市",
    "西安": "西安市", "武汉": "武汉市",
    # g68 (traditional spans; Hong Kong, Macao by their common names)
    "香港": "香港", "澳門": "澳门", "深圳": "深圳市", "廣州": "广州市",
    "東莞": "东莞市", "佛山": "佛山市", "北京": "北京市", "武漢": "武汉市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟日報": "经济日报", "政府統計處": "政府统计处", "統計處": "统计处",
    "特區政府": "特区政府", "商務及經濟發展局": "商务及经济发展局",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "入境事務處": "入境事务处", "入境處": "入境处", "機管局": "机管局",
    "香港國際機場": "香港国际机场", "香港酒店業協會": "香港酒店业协会",
    "周大福珠寶集團": "周大福珠宝集团", "周生生": "周生生",
    "六福集團": "六福集团", "莎莎國際": "莎莎国际", "卓悅": "卓悦",
    "萬寧": "万宁", "屈臣氏": "屈臣氏", "支付寶香港": "支付宝香港",
    "AlipayHK": "AlipayHK", "微信支付香港": "微信支付香港",
    "八達通卡有限公司": "八达通卡有限公司", "八達通": "八达通",
    "銀聯國際": "银联国际", "銀聯": "银联", "Visa": "Visa", "金管局": "金管局",
    "九龍倉置業": "九龙仓置业", "新地": "新地", "太古地產": "太古地产",
    "希慎興業": "希慎兴业", "領展": "领展",
    "香港零售管理協會": "香港零售管理协会", "零售管理協會": "零售管理协会",
    "香港旅遊業議會": "香港旅游业议会",
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
        if enc == "gbk":                # a real GBK file: GB18030 agrees,
            assert raw.decode("gb18030") == self.text, f"{doc_id}: gb18030"
            try:                        # and GB2312 is not enough
                raw.decode("gb2312")
                raise AssertionError(f"{doc_id}: decodes as GB2312")
            except UnicodeDecodeError:
                pass
            outside = sorted({ch for ch in self.text
                              if not enc_ok(ch, "gb2312")})
            assert outside == OUTSIDE_GB2312[doc_id], (doc_id, outside)
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
                assert re.match(r"[至到~\-－]\d+(\.\d+)?[万萬亿億]?" + re.escape(shared),
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
# g67 Chengdu's new and second-hand home sales in October 2026, simplified,
# GBK, 2026-11-05 (a Thursday, ISO week 2026-W45), 成都商报 (Chengdu city
# daily); byline 成都商报-红星新闻记者 …; the housing bureau published the
# data 昨日（11月4日）.  Holidays 2026: 中秋 09-25, 国庆 10-01 (holiday
# 10月1日至7日); 春节 2027 = 2027-02-06.
# ===========================================================================
@doc
def g67():
    d = Doc("g67_city_housing_sales")
    CD, HZ, PZ, DY, MS, ZY = ("成都市", "杭州市", "彭州市", "德阳市",
                              "眉山市", "资阳市")
    CQ, WH = "重庆市", "武汉市"
    # title (a heading that opens with 成都 but not as a section: 成都10月)
    d.city("[[成都]]10月新房成交1.52")
    d.date("成都[[10月]]新房成交1.52", "2026-10", CD)
    d.metric("新房成交[[1.52万套]]环比", "1.52e4", "套", "exact", CD)
    d.metric("环比增长[[21.6%]] 二手房", "21.6", "%", "exact", CD)
    d.date("网签量创[[年内]]新高", "2026", CD)
    # byline (news outlets; 成都 inside them is no CITY)
    d.org("\n[[成都商报]]-红星新闻")
    d.org("-[[红星新闻]]记者")
    # P1 the bureau's figures (no CITY until 今年前10个月，成都)
    d.date("\n[[昨日]]（11月4日）", "2026-11-04", "")
    d.date("昨日（[[11月4日]]）", "2026-11-04", "")
    d.org("，[[成都市住房和城乡建设局]]（以下简称")
    d.org("以下简称“[[市住建局]]”）")
    d.date("数据显示，[[10月]]全市新建", "2026-10", "")
    d.metric("网签成交[[1.52万套]]，成交面积", "1.52e4", "套", "exact", "")
    d.metric("成交面积[[168.4万平方米]]", "168.4e4", "平方米", "exact", "")
    d.metric("分别增长[[21.6%]]和19.8%", "21.6", "%", "exact", "")
    d.metric("21.6%和[[19.8%]]", "19.8", "%", "exact", "")
    d.date("成交量较[[去年同期]]增长12.3%", "2025-10", "")
    d.metric("增长[[12.3%]]；", "12.3", "%", "exact", "")
    d.metric("网签成交[[2.36万套]]", "2.36e4", "套", "exact", "")
    d.metric("环比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.date("创[[今年]]以来单月", "2026", "")
    d.date("。[[今年前10个月]]，成都", "2026", CD)
    d.city("今年前10个月，[[成都]]新房")
    d.metric("累计成交[[12.9万套]]", "12.9e4", "套", "exact", CD)
    d.metric("同比增长[[6.1%]]", "6.1", "%", "exact", CD)
    d.metric("累计成交[[20.8万套]]", "20.8e4", "套", "exact", "")
    d.metric("同比增长[[11.4%]]", "11.4", "%", "exact", "")
    d.metric("新房的[[1.6倍]]", "1.6", "倍", "exact", "")
    # P2 holidays (no CITY)
    d.date("分析，[[10月]]成交回暖", "2026-10", "")
    d.date("得益于[[中秋]]、国庆", "2026-09-25", "")
    d.date("中秋、[[国庆]]假期的", "2026-10-01", "")
    d.date("集中推盘和[[9月]]出台", "2026-09", "")
    d.org("。[[市住建局]]数据显示，国庆")
    d.date("数据显示，[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("日均认购[[约680套]]", 680, "套", "approx", "")
    d.date("较[[去年同期]]增长约35%", "2025", "")
    d.metric("增长[[约35%]]；", 35, "%", "approx", "")
    d.date("；[[上周]]（10月26日", "2026-W44", "")
    d.date("上周（[[10月26日]]至", "2026-10-26", "")
    d.date("至[[11月1日]]），", "2026-11-01", "")
    d.metric("网签量达[[3920套]]", 3920, "套", "exact", "")
    d.metric("环比增长[[14.2%]]。", "14.2", "%", "exact", "")
    # P3 prices
    d.org("价格方面，[[中指研究院]]监测")
    d.date("监测数据显示，[[10月]]成都新建", "2026-10", CD)
    d.city("数据显示，10月[[成都]]新建商品住宅成交均价")
    d.metric("成交均价为[[20386元/平方米]]", 20386, "元/平方米", "exact", CD)
    d.metric("环比上涨[[1.2%]]", "1.2", "%", "exact", CD)
    d.metric("同比上涨[[3.5%]]。", "3.5", "%", "exact", CD)
    d.metric("成交均价均[[超过3万元/平方米]]", "3e4", "元/平方米", "over", "")
    d.metric("成交均价为[[27940元/平方米]]", 27940, "元/平方米", "exact",
             "")
    d.org("，[[贝壳研究院]]数据")
    d.date("数据显示，[[10月]]成都二手", "2026-10", CD)
    d.city("10月[[成都]]二手住宅")
    d.metric("每平方米[[15860元]]", 15860, "元", "exact", CD)
    d.metric("环比下跌[[0.6%]]", "0.6", "%", "exact", CD)
    d.date("跌幅较[[9月]]收窄", "2026-09", CD)
    d.metric("收窄[[0.4个百分点]]", "0.4", "百分点", "exact", CD)
    d.org("。[[国家统计局]]10月16日")
    d.date("国家统计局[[10月16日]]发布", "2026-10-16", CD)
    d.date("数据显示，[[9月]]成都新建", "2026-09", CD)
    d.city("9月[[成都]]新建商品住宅销售")
    d.metric("环比上涨[[0.3%]]", "0.3", "%", "exact", CD)
    d.city("与[[上海]]、杭州")
    d.city("上海、[[杭州]]同为")
    d.date("同为[[当月]]环比", "2026-09", HZ)
    # P4 developers
    d.org("房企方面，[[克而瑞]]数据")
    d.date("数据显示，[[10月]]中海", "2026-10", CD)
    d.org("10月[[中海]]以38.6亿元")
    d.metric("以[[38.6亿元]]的销售额", "38.6e8", "元", "exact", CD)
    d.city("位居[[成都]]房企榜首")
    d.org("，[[华润置地]]、保利发展分别")
    d.org("、[[保利发展]]分别")
    d.metric("分别以[[31.2亿元]]和", "31.2e8", "元", "exact", CD)
    d.metric("和[[27.5亿元]]紧随", "27.5e8", "元", "exact", CD)
    d.org("，[[招商蛇口]]、龙湖")
    d.org("、[[龙湖]]、建发")
    d.org("、[[建发]]、越秀")
    d.org("、[[越秀地产]]的单月")
    d.metric("均[[超过15亿元]]。", "15e8", "元", "over", CD)
    d.org("其中，[[中海]]位于")
    d.date("在[[国庆]]开盘当天", "2026-10-01", "")
    d.date("开盘[[当天]]去化率", "2026-10-01", "")
    d.metric("去化率达[[92%]]", 92, "%", "exact", "")
    d.metric("成交均价[[约4.1万元/平方米]]", "4.1e4", "元/平方米", "approx",
             "")
    d.org("。[[万科]]则于")
    d.date("则于[[10月下旬]]联合", "2026-10", "")
    d.org("联合[[贝壳找房]]推出")
    d.date("截至[[10月31日]]已", "2026-10-31", "")
    d.metric("置换成交[[216套]]", 216, "套", "exact", "")
    # P5 land (no CITY)
    d.org("。[[成都市规划和自然资源局]]数据")
    d.date("数据显示，[[10月]]全市共成交", "2026-10", "")
    d.metric("住宅用地[[9宗]]", 9, "宗", "exact", "")
    d.metric("总面积[[约580亩]]", 580, "亩", "approx", "")
    d.metric("成交金额[[约126亿元]]", "126e8", "元", "approx", "")
    d.metric("溢价率为[[6.8%]]", "6.8", "%", "exact", "")
    d.org("。[[越秀地产]]以32.5亿元")
    d.metric("越秀地产以[[32.5亿元]]竞得", "32.5e8", "元", "exact", "")
    d.metric("楼面价[[约2.16万元/平方米]]", "2.16e4", "元/平方米", "approx",
             "")
    d.org("；[[成都城投置地]]则")
    d.metric("郫都区[[两宗]]地块", 2, "宗", "exact", "")
    # P6 credit (no CITY: 在蓉, 全省, 四川 inside an ORG)
    d.date("持续宽松。[[10月20日]]，", "2026-10-20", "")
    d.org("，[[全国银行间同业拆借中心]]公布")
    d.metric("LPR为[[3.35%]]", "3.35", "%", "exact", "")
    d.date("与[[上月]]持平", "2026-09", "")
    d.date("记者[[昨日]]走访", "2026-11-04", "")
    d.org("，[[工商银行]]、建设银行")
    d.org("、[[建设银行]]、中国银行")
    d.org("、[[中国银行]]等国有")
    d.metric("普遍执行[[3.05%]]", "3.05", "%", "exact", "")
    d.metric("利率为[[3.25%]]；", "3.25", "%", "exact", "")
    d.org("；[[招商银行]]、成都银行")
    d.org("、[[成都银行]]部分网点")
    d.metric("低至[[2.95%]]", "2.95", "%", "exact", "")
    d.metric("缩短至[[2周左右]]", 2, "周", "approx", "")
    d.org("。[[中国人民银行四川省分行]]数据")
    d.date("数据显示，[[9月末]]全省", "2026-09", "")
    d.date("较[[年初]]增加", "2026", "")
    d.metric("增加[[186亿元]]", "186e8", "元", "exact", "")
    d.date("为[[2023年]]以来", "2023", "")
    # P7 provident fund (no CITY)
    d.org("\n[[成都住房公积金管理中心]]（以下简称")
    d.org("以下简称“[[公积金中心]]”）")
    d.date("自[[9月1日]]起", "2026-09-01", "")
    d.metric("由[[70万元]]提高", "70e4", "元", "exact", "")
    d.metric("提高至[[90万元]]", "90e4", "元", "exact", "")
    d.metric("上浮[[20%]]。", 20, "%", "exact", "")
    d.date("。[[10月]]全市共发放", "2026-10", "")
    d.metric("贷款[[4862笔]]", 4862, "笔", "exact", "")
    d.metric("金额[[24.7亿元]]", "24.7e8", "元", "exact", "")
    d.metric("分别增长[[15.2%]]和", "15.2", "%", "exact", "")
    d.metric("15.2%和[[18.9%]]", "18.9", "%", "exact", "")
    d.org("。[[公积金中心]]同时")
    d.date("将于[[11月15日]]起", "2026-11-15", "")
    # P8 districts (no CITY) and county-level cities
    d.metric("分别为[[2860套]]、", 2860, "套", "exact", "")
    d.metric("、[[2140套]]和", 2140, "套", "exact", "")
    d.metric("和[[1890套]]，合计", 1890, "套", "exact", "")
    d.metric("全市的[[45.3%]]", "45.3", "%", "exact", "")
    d.metric("增幅均[[超过30%]]", 30, "%", "over", "")
    d.city("远郊的[[简阳市]]、")
    d.city("、[[都江堰市]]和")
    d.city("和[[彭州市]]共成交")
    d.metric("共成交[[1260套]]", 1260, "套", "exact", PZ)
    d.metric("环比增长[[约四成]]", 40, "%", "approx", PZ)
    d.city("其中[[简阳]]受")
    d.org("受[[天府国际机场]]带动")
    # P9 neighbouring cities
    d.org("。[[德阳市住建局]]数据")
    d.city("数据显示，[[德阳]]10月")
    d.date("德阳[[10月]]新房成交", "2026-10", DY)
    d.metric("新房成交[[2130套]]", 2130, "套", "exact", DY)
    d.metric("环比增长[[16.5%]]", "16.5", "%", "exact", DY)
    d.city("；[[眉山]]、资阳")
    d.city("眉山、[[资阳]]分别")
    d.metric("分别成交[[1850套]]和", 1850, "套", "exact", ZY)
    d.metric("和[[620套]]。", 620, "套", "exact", ZY)
    d.org("。[[贝壳找房]]数据显示")
    d.city("在[[德阳]]、眉山置业")
    d.city("德阳、[[眉山]]置业")
    d.metric("客户中[[约三成]]来自", 30, "%", "approx", MS)
    d.city("来自[[成都]]。")
    d.date("。[[10月]]，重庆", "2026-10", CQ)
    d.city("10月，[[重庆]]主城")
    d.metric("新房成交[[约1.18万套]]", "1.18e4", "套", "approx", CQ)
    d.city("，[[西安]]、武汉")
    d.city("西安、[[武汉]]分别")
    d.metric("分别成交[[9620套]]和", 9620, "套", "exact", WH)
    d.metric("和[[13480套]]。", 13480, "套", "exact", WH)
    # P10 second-hand market, expert
    d.org("，[[我爱我家成都公司]]数据")
    d.metric("环比增长[[12%]]", 12, "%", "exact", "")
    d.metric("带看量增长[[约25%]]", 25, "%", "approx", "")
    d.metric("总价[[300万元以下]]", "300e4", "元", "under", "")
    d.metric("占比达[[78%]]", 78, "%", "exact", "")
    d.org("。[[易居研究院]]认为")
    d.city("认为，[[成都]]二手房")
    d.org("。[[西南财经大学经济学院]]一位")
    d.date("自[[2024年4月]]全面", "2024-04", CD)
    d.city("以来，[[成都]]楼市")
    # P11 outlook
    d.org("展望后市，[[市住建局]]相关")
    d.date("将从[[11月]]起", "2026-11", "")
    d.org("会同[[市财政局]]、")
    d.org("、[[市税务局]]研究")
    d.date("。[[本月]]以来", "2026-11", "")
    d.metric("保持在[[500套以上]]", 500, "套", "over", "")
    d.org("。[[中指研究院]]预计")
    d.date("预计，[[四季度]]成都", "2026-Q4", CD)
    d.city("四季度[[成都]]新房月均")
    d.metric("保持在[[1.3万套左右]]", "1.3e4", "套", "approx", CD)
    d.metric("有望达到[[16.8万套]]", "16.8e4", "套", "exact", CD)
    d.date("略高于[[2025年]]的", "2025", CD)
    d.metric("2025年的[[16.1万套]]", "16.1e4", "套", "exact", CD)
    d.date("；[[年底]]前，中海", "2026", "")
    d.org("年底前，[[中海]]、华润置地等")
    d.org("中海、[[华润置地]]等房企")
    d.metric("仍有[[超过20个]]项目", 20, "个", "over", "")
    d.date("。[[明年一季度]]，", "2027-Q1", "")
    d.date("随着[[春节]]前后", "2027-02-06", "")
    audit = {
        "cities": ["成都", "上海", "杭州", "简阳", "都江堰", "彭州", "德阳",
                   "眉山", "资阳", "重庆", "西安", "武汉", "蓉", "四川",
                   "锦江", "武侯", "高新", "天府", "双流", "郫都", "温江",
                   "全市", "全省", "城市", "远郊", "成德眉资"],
        "excluded": [
            # districts and a national new area (not cities), a city
            # abbreviation (在蓉), a joint-city label, a region of 重庆
            "，[[锦江区]]、武侯区", "锦江区、[[武侯区]]和",
            "武侯区和[[高新区]]成交", "，[[天府新区]]成交均价",
            "位于[[锦江区]]的", "竞得[[武侯区]]一宗", "竞得[[郫都区]]两宗",
            "，[[天府新区]]、高新区和", "天府新区、[[高新区]]和双流区",
            "高新区和[[双流区]]新房", "；[[郫都区]]、温江区",
            "郫都区、[[温江区]]成交", "在[[蓉]]首套", "随着[[成德眉资]]",
            "重庆[[主城都市区]]",
            # an invented project's name (a product)
            "“[[锦江观澜]]”",
        ],
        # 5年期 (an LPR tenor); 连续3个月 (a duration)
        "numbers_excluded": ["[[5]]年期以上", "连续[[3]]个月"],
        # 二手 (second-hand, x7), 二套 (a credit category), 一宗 and 一位
        # (the indefinite article); 双流 a district's name
        "cn_excluded": ["21.6% [[二]]手房网签量",
                        "；[[二]]手住宅网签", "；[[二]]手房累计",
                        "。[[二]]手房价格", "成都[[二]]手住宅挂牌",
                        "提供[[二]]手房优先", "，[[二]]套房贷",
                        "竞得武侯区[[一]]宗", "从[[二]]手房市场",
                        "门店[[二]]手房成交", "成都[[二]]手房“",
                        "经济学院[[一]]位"],
        # LPR (the loan prime rate, a measure's name)
        "latin_excluded": ["[[LPR]]为3.35%"],
        "words_excluded": {"日均": 2, "月均": 1, "单月": 2, "全年": 1,
                           "周边": 1, "周期": 1, "底价": 1,
                           "筑底": 1, "明显": 1, "全市": 8, "全省": 1,
                           "城市": 2, "远郊": 2, "年期": 1, "个月": 1},
        # generic bodies: 房企 (x3), 国有大行, 网点
        "orgwords_excluded": {"房企": 3, "国有大行": 1, "研究院": 0,
                              "银行": 0, "住建局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g68 Hong Kong retail sales in September 2026 and visitor arrivals,
# traditional, UTF-8 without BOM, 2026-11-03 (a Tuesday, ISO week
# 2026-W45), 經濟日報 (Hong Kong Economic Times); opening 【經濟日報報道】;
# the Census and Statistics Department published 昨日（2日）.  Holidays:
# 中秋節 2026-09-25, 國慶/十一 10-01 (golden week 10月1日至7日), 聖誕
# 2026-12-25, 元旦 2027-01-01, 農曆新年 2027 = 2027-02-06.
# ===========================================================================
@doc
def g68():
    d = Doc("g68_hk_retail_tourism")
    HK, MO, SZ, WH = "香港", "澳门", "深圳市", "武汉市"
    # title (a heading with no city)
    d.date("[[9月]]零售銷貨價值按年升4.2%", "2026-09", "")
    d.metric("按年升[[4.2%]] 珠寶", "4.2", "%", "exact", "")
    d.metric("銷情升[[逾一成]]\n", 10, "%", "over", "")
    # P1 the statistics department (no CITY)
    d.org("【[[經濟日報]]報道】")
    d.org("】[[政府統計處]]（統計處）")
    d.org("政府統計處（[[統計處]]）")
    d.date("）[[昨日]]（2日）", "2026-11-02", "")
    d.date("昨日（[[2日]]）", "2026-11-02", "")
    d.date("公布，[[9月份]]零售業", "2026-09", "")
    d.metric("臨時估計為[[332億元]]", "332e8", "元", "exact", "")
    d.metric("按年上升[[4.2%]]，連續", "4.2", "%", "exact", "")
    d.metric("總銷貨數量按年上升[[3.1%]]", "3.1", "%", "exact", "")
    d.date("。[[今年首九個月]]，零售業", "2026", "")
    d.metric("臨時估計為[[2,946億元]]", "2946e8", "元", "exact", "")
    d.metric("微跌[[0.6%]]", "0.6", "%", "exact", "")
    d.date("調整後，[[第三季]]零售業", "2026-Q3", "")
    d.date("較[[上季]]上升", "2026-Q2", "")
    d.metric("上季上升[[1.8%]]", "1.8", "%", "exact", "")
    # P2 retail categories (no CITY)
    d.date("分析，[[9月份]]珠寶首飾", "2026-09", "")
    d.metric("按年上升[[12.6%]]", "12.6", "%", "exact", "")
    d.metric("化妝品上升[[7.8%]]", "7.8", "%", "exact", "")
    d.metric("鞋類上升[[5.4%]]", "5.4", "%", "exact", "")
    d.metric("貨品上升[[2.1%]]", "2.1", "%", "exact", "")
    d.metric("分別下跌[[2.3%]]及", "2.3", "%", "exact", "")
    d.metric("2.3%及[[1.9%]]", "1.9", "%", "exact", "")
    d.metric("銷貨價值[[約30.5億元]]", "30.5e8", "元", "approx", "")
    d.metric("按年增加[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("總銷貨價值的[[9.2%]]", "9.2", "%", "exact", "")
    # P3 the government
    d.org("\n[[特區政府]]發言人")
    d.date("表示，[[9月]]訪港旅客持續", "2026-09", "")
    d.date("加上[[中秋節]]（9月25日）", "2026-09-25", "")
    d.date("中秋節（[[9月25日]]）", "2026-09-25", "")
    d.date("隨着[[十一]]黃金周", "2026-10-01", "")
    d.date("創新高，[[10月份]]零售", "2026-10", "")
    d.org("。[[商務及經濟發展局]]表示")
    d.date("將於[[本月]]推出", "2026-11", HK)
    d.city("「[[香港]]夜繽紛」")
    d.org("聯同[[香港旅遊發展局]]（旅發局）")
    d.org("香港旅遊發展局（[[旅發局]]）")
    d.date("在[[聖誕]]及元旦期間", "2026-12-25", HK)
    d.date("聖誕及[[元旦]]期間", "2027-01-01", HK)
    # P4 visitors (no CITY outside ORGs)
    d.org("\n[[旅發局]]昨日公布")
    d.date("旅發局[[昨日]]公布", "2026-11-02", "")
    d.date("顯示，[[9月]]訪港旅客約408", "2026-09", "")
    d.metric("訪港旅客[[約408萬人次]]", "408e4", "人次", "approx", "")
    d.metric("按年增加[[11.3%]]", "11.3", "%", "exact", "")
    d.metric("內地旅客[[約318萬人次]]", "318e4", "人次", "approx", "")
    d.metric("佔整體[[約78%]]", 78, "%", "approx", "")
    d.metric("非內地旅客[[約90萬人次]]", "90e4", "人次", "approx", "")
    d.metric("按年增加[[15.6%]]", "15.6", "%", "exact", "")
    d.date("。[[今年首九個月]]訪港", "2026", "")
    d.metric("累計[[約3,690萬人次]]", "3690e4", "人次", "approx", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    d.date("恢復至[[2018年同期]]", "2018", "")
    d.metric("同期[[約八成]]水平", 80, "%", "approx", "")
    d.org("。[[入境事務處]]（入境處）")
    d.org("入境事務處（[[入境處]]）")
    d.date("顯示，[[國慶]]黃金周（10月1日", "2026-10-01", "")
    d.date("黃金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("共有[[約132萬人次]]", "132e4", "人次", "approx", "")
    d.metric("按年增加[[9.8%]]", "9.8", "%", "exact", "")
    d.date("最高為[[10月2日]]的", "2026-10-02", "")
    d.metric("10月2日的[[約24.6萬人次]]", "24.6e4", "人次", "approx", "")
    d.org("。[[機管局]]亦指")
    d.date("亦指，[[10月]]香港國際機場", "2026-10", "")
    d.org("10月[[香港國際機場]]客運量")
    d.metric("客運量[[約560萬人次]]", "560e4", "人次", "approx", "")
    # P5 source cities
    d.city("來自[[深圳]]的旅客最多")
    d.metric("佔內地旅客[[約31%]]", 31, "%", "approx", SZ)
    d.city("其次為[[廣州]]、東莞")
    d.city("廣州、[[東莞]]、佛山")
    d.city("東莞、[[佛山]]及上海")
    d.city("佛山及[[上海]]旅客")
    d.date("自[[2024年12月]]深圳", "2024-12", SZ)
    d.city("2024年12月[[深圳]]恢復")
    d.city("以來，[[深圳]]旅客每月")
    d.metric("每月訪港[[約80萬人次]]", "80e4", "人次", "approx", SZ)
    d.org("。[[旅發局]]指，北京")
    d.city("指，[[北京]]、杭州")
    d.city("北京、[[杭州]]、成都")
    d.city("杭州、[[成都]]、武漢")
    d.city("成都、[[武漢]]等城市")
    d.metric("按年增加[[逾四成]]", 40, "%", "over", WH)
    d.metric("平均留港[[3.2晚]]", "3.2", "晚", "exact", WH)
    d.metric("人均消費[[約6,850元]]", 6850, "元", "approx", WH)
    # P6 hotels and an event
    d.org("，[[香港酒店業協會]]資料")
    d.date("資料顯示，[[9月份]]全港酒店", "2026-09", "")
    d.metric("入住率[[約88%]]", 88, "%", "approx", "")
    d.metric("按年上升[[3個百分點]]", 3, "百分点", "exact", "")
    d.metric("平均房價[[約1,420元]]", 1420, "元", "approx", "")
    d.org("。[[旅發局]]表示，本月中旬")
    d.date("表示，[[本月中旬]]將在", "2026-11", HK)
    d.city("舉辦[[香港]]美酒佳餚巡禮")
    d.metric("吸引[[約15萬人次]]入場", "15e4", "人次", "approx", HK)
    d.metric("旅客佔[[約四成]]。", 40, "%", "approx", HK)
    # P7 jewellery
    d.org("。[[周大福珠寶集團]]表示")
    d.date("表示，[[國慶]]黃金周期間香港門店", "2026-10-01", HK)
    d.city("黃金周期間[[香港]]門店")
    d.metric("按年增長[[約一成]]", 10, "%", "approx", HK)
    d.org("；[[周生生]]指")
    d.date("周生生指，[[9月份]]本港", "2026-09", "")
    d.metric("按年上升[[8.5%]]", "8.5", "%", "exact", "")
    d.org("；[[六福集團]]則預期")
    d.date("預期，[[第四季]]香港", "2026-Q4", HK)
    d.city("第四季[[香港]]及澳門")
    d.city("香港及[[澳門]]市場")
    d.metric("錄得[[5%]]至8%增長。", 5, "%", "exact", MO)
    d.metric("錄得5%至[[8%]]增長。", 8, "%", "exact", MO)
    # P8 cosmetics and pharmacies (港澳: abbreviations; 香港 only in ORGs)
    d.org("。[[莎莎國際]]上月")
    d.date("莎莎國際[[上月]]公布", "2026-10", "")
    d.date("公布，[[9月份]]港澳", "2026-09", "")
    d.metric("按年上升[[6.9%]]", "6.9", "%", "exact", "")
    d.metric("同店銷售上升[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("回升至[[約35%]]", 35, "%", "approx", "")
    d.org("；[[卓悅]]則計劃")
    d.date("計劃於[[年底]]前", "2026", "")
    d.metric("新增[[10間]]分店", 10, "间", "exact", "")
    d.org("。[[萬寧]]及屈臣氏")
    d.org("萬寧及[[屈臣氏]]表示")
    d.date("表示，[[國慶]]黃金周期間旗下藥房", "2026-10-01", "")
    d.metric("銷售按年增加[[逾兩成]]", 20, "%", "over", "")
    d.org("透過[[支付寶香港]]（AlipayHK）")
    d.org("（[[AlipayHK]]）")
    d.org("及[[微信支付香港]]付款")
    # P9 payments (no CITY: 在港)
    d.org("。[[八達通卡有限公司]]表示")
    d.date("表示，[[9月份]]內地旅客以", "2026-09", "")
    d.org("以[[八達通]]App")
    d.metric("按年增加[[約46%]]", 46, "%", "approx", "")
    d.org("；[[銀聯國際]]指")
    d.date("指，[[國慶]]黃金周期間內地銀聯卡", "2026-10-01", "")
    d.org("內地[[銀聯]]卡")
    d.metric("按年上升[[18%]]", 18, "%", "exact", "")
    d.metric("增長[[逾一倍]]", 1, "倍", "over", "")
    d.org("。[[Visa]]數據")
    d.date("顯示，[[9月份]]境外信用卡", "2026-09", "")
    d.metric("簽賬額按年增加[[12%]]", 12, "%", "exact", "")
    d.org("。[[金管局]]早前")
    d.date("公布，[[9月]]「轉數快」", "2026-09", "")
    d.metric("交易金額[[約98億元]]", "98e8", "元", "approx", "")
    d.metric("按年增加[[21%]]", 21, "%", "exact", "")
    # P10 malls (places) and landlords (no CITY)
    d.org("。[[九龍倉置業]]表示")
    d.date("時代廣場[[國慶]]黃金周", "2026-10-01", "")
    d.metric("人流按年增加[[約15%]]", 15, "%", "approx", "")
    d.metric("營業額升[[逾一成]]", 10, "%", "over", "")
    d.org("；[[新地]]指")
    d.date("商場[[9月份]]營業額", "2026-09", "")
    d.metric("上升[[7%]]至9%", 7, "%", "exact", "")
    d.metric("上升7%至[[9%]]；", 9, "%", "exact", "")
    d.org("；[[太古地產]]則指")
    d.date("太古廣場[[9月份]]租戶", "2026-09", "")
    d.metric("按年增加[[約6%]]", 6, "%", "approx", "")
    d.org("，[[希慎興業]]旗下")
    d.metric("營業額升[[約5%]]。", 5, "%", "approx", "")
    d.org("，[[領展]]表示")
    d.date("影響，[[第三季]]租戶", "2026-Q3", "")
    d.metric("微跌[[0.8%]]", "0.8", "%", "exact", "")
    d.metric("維持在[[97.5%]]", "97.5", "%", "exact", "")
    # P11 associations and outlook
    d.org("\n[[香港零售管理協會]]（零售管理協會）")
    d.org("（[[零售管理協會]]）")
    d.date("會員在[[國慶]]黃金周", "2026-10-01", "")
    d.metric("上升[[5%]]至8%，", 5, "%", "exact", "")
    d.metric("上升5%至[[8%]]，", 8, "%", "exact", "")
    d.date("預計[[10月份]]整體", "2026-10", "")
    d.metric("可錄得[[約5%]]增長；", 5, "%", "approx", "")
    d.city("北上[[深圳]]、廣州消費")
    d.city("深圳、[[廣州]]消費")
    d.org("。[[香港旅遊業議會]]預期")
    d.city("預期，[[香港]]迪士尼樂園")
    d.date("海洋公園的[[聖誕]]活動", "2026-12-25", HK)
    d.date("，[[明年農曆新年]]期間", "2027-02-06", HK)
    d.metric("有望[[突破4,900萬人次]]", "4900e4", "人次", "over", HK)
    d.date("較[[去年]]的", "2025", HK)
    d.metric("去年的[[4,500萬人次]]", "4500e4", "人次", "exact", HK)
    d.metric("增加[[約9%]]。", 9, "%", "approx", HK)
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "東莞", "佛山", "上海",
                   "北京", "杭州", "成都", "武漢", "本港", "全港", "訪港",
                   "來港", "在港", "港人", "港澳", "內地", "尖沙咀",
                   "銅鑼灣", "中環", "城市", "海港城", "時代廣場",
                   "太古廣場", "利園", "新城市廣場", "國際金融中心商場",
                   "海洋公園"],
        "excluded": [
            # districts and places (a harbourfront, malls, a park)
            "，[[尖沙咀]]及", "及[[銅鑼灣]]分店", "在[[中環]]海濱",
            "旗下[[海港城]]及", "海港城及[[時代廣場]]", "旗下[[新城市廣場]]及",
            "及[[國際金融中心商場]]9月份", "，[[太古廣場]]9月份",
            "旗下[[利園]]區內", "及[[海洋公園]]的",
        ],
        "numbers_excluded": [],
        # 連續第五個月 (an ordinal), 新一輪, 進一步 (x2), 一簽多行 (a
        # scheme's name), 百貨公司 (department stores)
        "cn_excluded": ["連續第[[五]]個月", "新[[一]]輪", "可望進[[一]]步",
                        "支付進[[一]]步", "「[[一]]簽多行」",
                        "[[百]]貨公司貨品"],
        # App (八達通's app, a product)
        "latin_excluded": ["八達通[[App]]付款"],
        "words_excluded": {"按年": 25, "季節性": 1, "黃金周": 7, "個月": 1,
                           "單日": 1, "每月": 1, "日均": 1, "早前": 1,
                           "周末": 1, "全年": 1, "本港": 1, "全港": 1,
                           "訪港": 7, "來港": 1, "在港": 2, "港人": 3,
                           "港澳": 1, "內地": 9, "城市": 2, "市場": 2},
        # generic heads outside ORG rows: 百貨公司, 商場, 協會 (the
        # back-reference 但協會 none), 連鎖店
        "orgwords_excluded": {"百貨公司": 1, "連鎖店": 1, "商場": 3,
                              "協會": 0, "集團": 0, "有限公司": 0},
        # malls are places (海港城, 時代廣場, 太古廣場 …): no annotated ORG
        # string occurs inside them, so nothing to exclude
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
    m = re.fullmatch(r"(\d)折", span)               # 9折 -> 90 %
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
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
        print("%-24s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-24s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
