#!/usr/bin/env python3
"""Gold annotation for held-out set z (g51_home_appliance_exports,
g52_macao_consumer_spending).

Adapted from heldout/tools/annotate_w.py (now dev/tools/annotate_g45_g46.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g51 is simplified (mainland provincial daily, 南方日报), UTF-8 without a BOM;
g52 is traditional (Macao, 華僑報), UTF-8 WITH a BOM, which is removed before
offsets are counted; offsets and `text` point into the traditional original
while `normalized` and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g51_g52.md.  Reference dates: corpus/manifest.csv (g51 2025-10-29,
g52 2025-11-04); the script checks that the manifest agrees (own rows only:
the merged manifest lists other annotators' articles too).

Checks: strict decoding with the declared encoding (BOM required for g52,
forbidden for g51) and byte round trip; text == original[start:end]; rows
sorted, no two rows overlap; no span starts or ends with white space or
punctuation; field formats per type; DATE normalizations are real calendar
dates/months/weeks/quarters; METRIC value and qualifier re-derived from the
span text by a small independent parser (a qualifier set by a marker outside
the span must be declared and stand right before the span, or, for
clause_marker, earlier in the same clause; a unit shared with a later figure
must be declared and the joiner checked); the unit must be what the span
writes after the number (t2s); ORG normalizations are OpenCC t2s of the text,
CITY normalizations are checked against t2s.  The `city` column of every
DATE/METRIC row is computed here by an own implementation of the GUIDELINES
rule (section headings, then the sentence: nearest CITY before, else first
after) and asserted against the hand value written on every row.
Audits: every occurrence of a listed city/place string, every ASCII digit run,
every Latin word, every Chinese numeral character and every Chinese
fraction/multiple word is inside a row or excluded here on purpose; every
occurrence of an annotated ORG string is inside an ORG row; every
organization-like word is inside an ORG row or excluded on purpose; every
time character is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g51_g52.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

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
# doc_id -> (encoding, published, source)
DOC_FORMAT = {
    "g51_home_appliance_exports": ("utf-8", "2025-10-29", "南方日报"),
    "g52_macao_consumer_spending": ("utf-8-bom", "2025-11-04", "華僑報"),
}
PUBLISHED = {k: v[1] for k, v in DOC_FORMAT.items()}
SOURCE = {k: v[2] for k, v in DOC_FORMAT.items()}
TRADITIONAL = {"g52_macao_consumer_spending"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g51 (慈溪, 余姚, 鹤山, 廉江: county-level cities in 2025)
    "广州": "广州市", "深圳": "深圳市", "佛山": "佛山市", "东莞": "东莞市",
    "汕头": "汕头市", "中山": "中山市", "宁波": "宁波市", "慈溪": "慈溪市",
    "慈溪市": "慈溪市", "余姚": "余姚市", "杭州": "杭州市", "合肥": "合肥市",
    "珠海": "珠海市", "江门": "江门市", "鹤山": "鹤山市", "湛江": "湛江市",
    "廉江": "廉江市", "胡志明市": "胡志明市",
    # g52
    "澳門": "澳门", "香港": "香港",
}
# traditional spellings equal to the simplified ones (珠海, 深圳, 中山) share
# the entries above
FOREIGN_OR_SAR = {"澳门", "香港", "胡志明市"}
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
    elif codec == "utf-8-bom":
        assert raw.startswith(BOM8), f"{doc_id} lacks its BOM"
        text = raw[len(BOM8):].decode("utf-8")       # strict, BOM removed
        assert BOM8 + text.encode("utf-8") == raw, f"{doc_id}: round trip"
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
               outside_marker="", clause_marker="", shared=False):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC).  clause_marker:
        a qualifier word earlier in the same clause, separated by more words
        (約佔總交易筆數的四成, GUIDELINES 约占全国的四成).  shared: the figure
        has no unit of its own and takes the unit written once after the next
        figure (joined by 和/、/至)."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker, clause_marker=clause_marker,
                 shared=shared)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn

# ===========================================================================
# g51 home-appliance exports and trade-in sales, simplified, UTF-8 (no BOM),
# Guangdong provincial daily (南方日报), published 2025-10-29 (Wed, ISO week
# 2025-W44); 昨天（10月28日）
# ===========================================================================
@doc
def g51():
    d = Doc("g51_home_appliance_exports")
    FS, ZS, NB, YY = "佛山市", "中山市", "宁波市", "余姚市"
    # --- title (a heading line with no city)
    d.date("[[前三季度]]广东家电出口超", "2025", city="")
    d.metric("家电出口[[超3100亿元]] ", "3100e8", "元", "over", city="")
    d.metric("出口增速[[近两成]]\n", 20, "%", "approx", city="")
    # --- lead (no CITY: 广州 inside 广州海关, 广东 a province)
    d.date("记者[[昨天]]（10月28日）", "2025-10-28", city="")
    d.date("昨天（[[10月28日]]）", "2025-10-28", city="")
    d.org("从[[广州海关]]获悉")
    d.date("获悉，[[今年前三季度]]，广东", "2025", city="")
    d.metric("出口额达[[3126.4亿元]]", "3126.4e8", "元", "exact", city="")
    d.metric("同比增长[[9.8%]]，以美元", "9.8", "%", "exact", city="")
    d.metric("以美元计[[约435.7亿美元]]", "435.7e8", "美元", "approx", city="")
    d.metric("小家电出口[[2.87亿台]]", "2.87e8", "台", "exact", city="")
    d.metric("出口额[[约1210亿元]]", "1210e8", "元", "approx", city="")
    d.metric("同比增长[[18.6%]]", "18.6", "%", "exact", city="")
    d.date("增速较[[去年同期]]提高", "2024", city="")
    d.metric("提高[[5.2个百分点]]", "5.2", "百分点", "exact", city="")
    d.org("。[[海关总署]]公布")
    d.date("显示，[[前三季度]]全国家电", "2025", city="")
    d.metric("全国家电出口[[约8720亿元]]", "8720e8", "元", "approx", city="")
    d.metric("广东占比[[约36%]]", 36, "%", "approx", city="")
    # --- P2 (以旧换新)
    d.org("。[[广东省商务厅]]数据显示，截至")
    d.date("截至[[9月30日]]，全省", "2025-09-30", city="")
    d.metric("累计销售[[12类]]产品", 12, "类", "exact", city="")
    d.metric("产品[[1486.2万台]]", "1486.2e4", "台", "exact", city="")
    d.metric("带动销售额[[约586亿元]]", "586e8", "元", "approx", city="")
    d.metric("补贴资金[[超过92亿元]]", "92e8", "元", "over", city="")
    d.metric("售价的[[20%]]获得", 20, "%", "exact", city="")
    d.metric("最高补贴[[2000元]]", 2000, "元", "exact", city="")
    d.metric("合计销售[[超过620万台]]", "620e4", "台", "over", city="")
    d.metric("占比[[近四成]]；", 40, "%", "approx", city="")
    d.city("；[[广州]]、深圳两市")
    d.city("广州、[[深圳]]两市")
    d.metric("销售额合计[[约241亿元]]", "241e8", "元", "approx", city="深圳市")
    d.metric("占全省的[[四成以上]]", 40, "%", "over", city="深圳市")
    d.city("。[[佛山]]、东莞、汕头")
    d.city("佛山、[[东莞]]、汕头")
    d.city("东莞、[[汕头]]等地")
    d.metric("销售增长[[约23%]]", 23, "%", "approx", city="汕头市")
    # --- 佛山 section (heading 佛山：…, ended by the heading 中山：…)
    d.city("\n[[佛山]]：顺德")
    d.date("订单排到[[明年一季度]]\n", "2026-Q1", city=FS)
    d.org("\n[[佛山海关]]数据")
    d.date("佛山海关数据显示，[[前三季度]]佛山", "2025", city=FS)
    d.city("前三季度[[佛山]]家电出口")
    d.metric("出口[[1068.3亿元]]", "1068.3e8", "元", "exact", city=FS)
    d.metric("同比增长[[11.2%]]", "11.2", "%", "exact", city=FS)
    d.metric("顺德区出口[[约742亿元]]", "742e8", "元", "approx", city=FS)
    d.metric("占全市[[近七成]]", 70, "%", "approx", city=FS)
    d.org("。[[美的集团]]最新财报")
    d.date("该集团[[前三季度]]实现", "2025", city=FS)
    d.metric("营业总收入[[3647亿元]]", "3647e8", "元", "exact", city=FS)
    d.metric("同比增长[[13.9%]]", "13.9", "%", "exact", city=FS)
    d.metric("收入占比[[约42%]]", 42, "%", "approx", city=FS)
    d.org("。[[美的集团厨房和热水事业部]]负责人")
    d.date("介绍，[[今年]]微波炉", "2025", city=FS)
    d.metric("分别增长[[27%]]和31%", 27, "%", "exact", city=FS)
    d.metric("27%和[[31%]]。", 31, "%", "exact", city=FS)
    d.org("\n[[格兰仕]]表示")
    d.date("订单已排到[[明年一季度]]，", "2026-Q1", city=FS)
    d.date("预计[[今年]]出口量", "2025", city=FS)
    d.metric("将[[突破3000万台]]", "3000e4", "台", "over", city=FS)
    d.org("。[[小熊电器]]、德尔玛")
    d.org("、[[德尔玛]]等小家电")
    d.org("，[[小熊电器]]前三季度")
    d.date("小熊电器[[前三季度]]海外", "2025", city=FS)
    d.metric("海外营收[[约4.6亿元]]", "4.6e8", "元", "approx", city=FS)
    d.metric("同比增长[[超过五成]]", 50, "%", "over", city=FS)
    d.org("。[[顺德区商务局]]统计")
    d.date("统计，[[今年1]]至9月", "2025-01", city=FS)
    d.date("今年1至[[9月]]，全区", "2025-09", city=FS)
    d.org("通过[[亚马逊]]、速卖通")
    d.org("、[[速卖通]]、Temu")
    d.org("、[[Temu]]等平台")
    d.metric("货值达[[87.5亿元]]", "87.5e8", "元", "exact", city=FS)
    d.date("较[[上年同期]]增长", "2024", city=FS)
    d.metric("增长[[32.4%]]", "32.4", "%", "exact", city=FS)
    d.metric("卖家[[超过1.2万家]]", "1.2e4", "家", "over", city=FS)
    # --- 中山 section (heading 中山：…, ended by the heading 浙江：…)
    d.city("\n[[中山]]：南头镇")
    d.metric("小家电出口[[约74亿元]]\n", "74e8", "元", "approx", city=ZS)
    d.org("\n[[中山海关]]数据")
    d.date("中山海关数据显示，[[前三季度]]中山", "2025", city=ZS)
    d.city("前三季度[[中山]]家电出口")
    d.metric("出口[[236.8亿元]]", "236.8e8", "元", "exact", city=ZS)
    d.metric("同比增长[[7.5%]]", "7.5", "%", "exact", city=ZS)
    d.metric("等产品[[约3150万台]]", "3150e4", "台", "approx", city=ZS)
    d.metric("出口额[[约74亿元]]。", "74e8", "元", "approx", city=ZS)
    d.org("。[[中山市锐翔电器有限公司]]（")
    d.org("简称“[[锐翔电器]]”）")
    d.date("该公司[[今年]]在东南亚", "2025", city=ZS)
    d.metric("新增客户[[40余家]]", 40, "家", "over", city=ZS)
    d.date("，[[9月]]单月出货量", "2025-09", city=ZS)
    d.metric("达到[[48万台]]", "48e4", "台", "exact", city=ZS)
    d.metric("环比增长[[约15%]]", 15, "%", "approx", city=ZS)
    d.org("；[[锐翔电器]]还在")
    d.city("越南[[胡志明市]]租下")
    d.metric("租下[[2万平方米]]厂房", "2e4", "平方米", "exact", city=ZS)
    d.date("计划[[明年3月]]投产", "2026-03", city=ZS)
    d.date("小家电，[[前三季度]]相关", "2025", city=ZS)
    d.metric("同比增长[[约1.3倍]]", "1.3", "倍", "approx", city=ZS)
    # --- 浙江 heading (a province: no section; ends 中山)
    d.city("浙江：[[慈溪]]余姚")
    d.city("浙江：慈溪[[余姚]]企业")
    d.org("。[[宁波海关]]数据")
    d.date("宁波海关数据显示，[[前三季度]]宁波", "2025", city=NB)
    d.city("前三季度[[宁波]]家电出口")
    d.metric("出口[[约612亿元]]", "612e8", "元", "approx", city=NB)
    d.metric("同比增长[[10.3%]]", "10.3", "%", "exact", city=NB)
    d.city("其中[[慈溪]]、余姚两地")
    d.city("其中慈溪、[[余姚]]两地")
    d.metric("占比[[超过六成]]", 60, "%", "over", city=YY)
    d.org("。[[慈溪市商务局]]介绍")
    d.metric("配套企业[[超过1.5万家]]", "1.5e4", "家", "over", city="")
    d.org("，[[公牛集团]]、月立电器")
    d.org("、[[月立电器]]、卓力电器")
    d.org("、[[卓力电器]]等企业")
    d.date("集聚，[[9月]]取暖器", "2025-09", city="")
    d.metric("同比增长[[逾35%]]", 35, "%", "over", city="")
    d.city("；[[余姚]]则以")
    d.date("见长，[[前三季度]]出口电吹风", "2025", city=YY)
    d.metric("电吹风[[约5800万只]]", "5800e4", "只", "approx", city=YY)
    d.org("。[[浙江省商务厅]]表示")
    d.date("表示，[[今年]]全省", "2025", city="")
    d.metric("已组织[[超过1800家]]", 1800, "家", "over", city="")
    d.city("市场，[[杭州]]、宁波等地")
    d.city("杭州、[[宁波]]等地")
    d.date("加快拓展，[[9月]]线上", "2025-09", city=NB)
    d.metric("同比增长[[约19.7%]]", "19.7", "%", "approx", city=NB)
    # --- 广交会 heading (an event: no section)
    d.date("分别于[[10月15日]]至19日", "2025-10-15", city="广州市")
    d.date("10月15日至[[19日]]、", "2025-10-19", city="广州市")
    d.date("、[[10月23日]]至27日", "2025-10-23", city="广州市")
    d.date("10月23日至[[27日]]在", "2025-10-27", city="广州市")
    d.city("27日在[[广州]]举行")
    d.org("主办方[[中国对外贸易中心]]数据")
    d.metric("共设展位[[约1.1万个]]", "1.1e4", "个", "approx", city="")
    d.metric("参展企业[[近2100家]]", 2100, "家", "approx", city="")
    d.metric("采购商[[超过24万人]]", "24e4", "人", "over", city="")
    d.metric("分别增长[[18%]]和21%", 18, "%", "exact", city="")
    d.metric("18%和[[21%]]。", 21, "%", "exact", city="")
    d.metric("意向成交额[[约58.6亿美元]]", "58.6e8", "美元", "approx", city="")
    d.metric("总额的[[三成左右]]", 30, "%", "approx", city="")
    d.date("第三期将于[[10月31日]]至", "2025-10-31", city="")
    d.date("10月31日至[[11月4日]]举行", "2025-11-04", city="")
    # --- 内销 heading (no city)
    d.org("监测机构[[奥维云网]]（AVC）")
    d.org("奥维云网（[[AVC]]）")
    d.date("数据显示，[[9月]]国内家电", "2025-09", city="")
    d.metric("零售额约为[[812亿元]]", "812e8", "元", "approx", city="",
             outside_marker="约为")
    d.metric("同比增长[[6.1%]]", "6.1", "%", "exact", city="")
    d.date("增速较[[上月]]回落", "2025-08", city="")
    d.metric("回落[[3.4个百分点]]", "3.4", "百分点", "exact", city="")
    d.metric("零售量[[约420万台]]", "420e4", "台", "approx", city="")
    d.metric("同比下降[[2.7%]]", "2.7", "%", "exact", city="")
    d.metric("同比增长[[逾40%]]", 40, "%", "over", city="")
    d.org("。[[中国家用电器协会]]人士")
    d.date("指出，[[国庆]]、中秋", "2025-10-01", city="")
    d.date("国庆、[[中秋]]假期", "2025-10-06", city="")
    d.date("紧张，[[四季度]]内销", "2025-Q4", city="")
    d.org("。[[美的]]、格力、海尔智家等")
    d.org("美的、[[格力]]、海尔智家等")
    d.org("格力、[[海尔智家]]等企业")
    d.org("排产，[[海尔智家]]合肥工厂")
    d.city("海尔智家[[合肥]]工厂")
    d.org("工厂和[[格力电器]]珠海")
    d.city("格力电器[[珠海]]总部")
    d.date("总部基地[[四季度]]的内销", "2025-Q4", city="珠海市")
    d.metric("分别下调[[8%]]和6%", 8, "%", "exact", city="珠海市")
    d.metric("8%和[[6%]]。", 6, "%", "exact", city="珠海市")
    # --- last paragraph
    d.org("\n[[中国机电产品进出口商会]]（机电商会）")
    d.org("（[[机电商会]]）预计")
    d.date("预计，[[今年]]我国", "2025", city="")
    d.metric("达到[[1.16万亿元左右]]", "1.16e12", "元", "approx", city="")
    d.metric("增速在[[4]]至6%", 4, "%", "exact", city="", shared=True)
    d.metric("增速在4至[[6%]]之间", 6, "%", "exact", city="")
    d.org("。[[机电商会家电分会]]负责人")
    d.date("表示，[[年底]]前欧美", "2025", city="")
    d.date("出货，[[明年春节]]前后", "2026-02-17", city="")
    d.org("。[[广东省商务厅]]表示，将于")
    d.date("将于[[11月中旬]]在深圳", "2025-11", city="深圳市")
    d.city("11月中旬在[[深圳]]举办")
    d.city("推动[[江门]]鹤山")
    d.city("江门[[鹤山]]、湛江")
    d.city("、[[湛江]]廉江")
    d.city("湛江[[廉江]]等地")
    audit = {
        "cities": ["广州", "深圳", "佛山", "东莞", "汕头", "中山", "宁波",
                   "慈溪", "余姚", "杭州", "合肥", "珠海", "江门", "鹤山",
                   "湛江", "廉江", "胡志明", "顺德", "南头", "小榄", "北滘",
                   "广东", "浙江", "越南", "美国", "中国", "我国", "全国",
                   "全省", "全市", "全区", "东南亚", "中东", "拉美", "东盟",
                   "非洲", "欧美", "两市", "两地", "穗", "地区", "等地", "国内",
                   "境外"],
        # provinces, countries, regions, districts, towns, deictic words,
        # collective labels, one-character abbreviations
        "excluded": ["通讯员 [[穗]]关宣", "前三季度[[广东]]家电", "，[[广东]]家用电器", "[[广东]]占比",
                     "全省", "全市", "全区", "全国", "国内", "我国", "两市",
                     "两地", "顺德", "南头镇", "小榄镇", "越南", "美国",
                     "东南亚", "中东", "拉美", "东盟", "非洲", "欧美",
                     "“中国厨房", "在浙江", "浙江：", "广东交易团",
                     "部分地区", "等地", "境外"],
        "numbers_excluded": ["第[[138]]届"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["[[一]]级能效", "，[[一]]批灯饰", "第[[一]]期",
                                      "第[[二]]期", "第[[三]]期",
                                      "首位"],
        "org_hints": ["海关", "总署", "商务厅", "商务局", "集团", "公司",
                      "协会", "商会", "中心", "电器", "美的", "格力", "海尔",
                      "格兰仕", "小熊", "德尔玛", "亚马逊", "速卖通", "奥维",
                      "分会", "事业部", "交易会", "广交会"],
        # events, delegations, back-references, generic words
        "org_excluded": ["该集团", "该公司", "广交会", "交易团",
                         "海关数据", "小家电企业", "家电企业", "清洁电器",
                         "[[电器]]出口额", "家用[[电器]]展区",
                         "智能小家电"],
        "date_ok": [r"单月", r"年底前", r"前后", r"假期", r"期间",
                    r"同比", r"环比", r"日前", r"节日", r"明显", r"首位",
                    r"第[一二三]期", r"本届", r"节能", r"最新",
                    ],
    }
    return d, audit

# ===========================================================================
# g52 Macao consumption campaign and e-payments, traditional, UTF-8 WITH a
# BOM, Macao daily (華僑報), published 2025-11-04 (Tue, ISO week 2025-W45);
# 昨（3）日 = 2025-11-03; the campaign ran 9月1日至10月31日
# ===========================================================================
@doc
def g52():
    d = Doc("g52_macao_consumer_spending")
    MO, ZH, HK = "澳门", "珠海市", "香港"
    MOP = "澳门元"
    # --- title (not a heading: the ASCII comma of 4,186 is clause
    # punctuation by the GUIDELINES list; the sentence rule gives 澳门)
    d.city("第二輪「[[澳門]]消費大獎賞」帶動")
    d.metric("帶動消費[[逾31億元]] ", "31e8", "元", "over", city=MO)
    d.metric("交易[[約4,186萬筆]]\n", "4186e4", "笔", "approx", city=MO)
    # --- lead
    d.org("【本報消息】[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）昨")
    d.date("（經科局）[[昨（3）日]]公佈", "2025-11-03", city=MO)
    d.date("於[[9月1日]]至10月31日", "2025-09-01", city=MO)
    d.date("9月1日至[[10月31日]]舉行", "2025-10-31", city=MO)
    d.city("第二輪「[[澳門]]消費大獎賞」電子")
    d.metric("合資格電子支付交易[[約4,186萬筆]]，", "4186e4", "笔", "approx",
             city=MO)
    d.metric("消費金額[[約31.6億澳門元]]，較", "31.6e8", MOP, "approx",
             city=MO)
    d.date("第一輪（[[5月1日]]至", "2025-05-01", city=MO)
    d.date("5月1日至[[6月30日]]）", "2025-06-30", city=MO)
    d.metric("增加[[約12.8%]]", "12.8", "%", "approx", city=MO)
    d.metric("電子優惠[[約4.2億澳門元]]", "4.2e8", MOP, "approx", city="")
    d.metric("參與商戶[[逾1.2萬家]]，", "1.2e4", "家", "over", city="")
    d.metric("中小企佔[[近九成]]", 90, "%", "approx", city="")
    # --- P2 (payment tools; 澳門 only inside ORGs)
    d.org("，[[澳門通]]旗下")
    d.metric("總交易筆數的[[四成]]", 40, "%", "approx", city="",
             clause_marker="約佔")
    d.org("；[[中國銀行澳門分行]]（")
    d.org("（[[中銀澳門]]）、")
    d.org("、[[中國工商銀行（澳門）股份有限公司]]（")
    d.org("（[[工銀澳門]]）的")
    d.metric("分別佔[[22%]]和", 22, "%", "exact", city="")
    d.metric("22%和[[15%]]，", 15, "%", "exact", city="")
    d.org("，[[支付寶（澳門）有限公司]]佔")
    d.metric("有限公司佔[[約11%]]", 11, "%", "approx", city="")
    d.org("其餘由[[澳門國際銀行]]、")
    d.org("、[[大豐銀行]]、")
    d.org("、[[大西洋銀行]]等")
    d.metric("等[[8家]]機構", 8, "家", "exact", city="")
    d.org("。[[經科局]]表示，今年")
    d.date("表示，[[今年]]活動首次", "2025", city="")
    d.metric("每日[[300澳門元]]", 300, MOP, "exact", city="")
    d.metric("提高至[[400澳門元]]", 400, MOP, "exact", city="")
    d.metric("交易滿[[50澳門元]]", 50, MOP, "exact", city="")
    d.metric("最高[[八折]]的", 80, "%", "exact", city="")
    # --- P3 (sectors and districts)
    d.org("\n[[經科局]]分析指出")
    d.metric("餐飲業交易額[[約9.8億澳門元]]", "9.8e8", MOP, "approx", city="")
    d.metric("佔總額的[[31%]]", 31, "%", "exact", city="")
    d.metric("零售業[[約14.3億澳門元]]", "14.3e8", MOP, "approx", city="")
    d.metric("便利店[[約5.6億澳門元]]", "5.6e8", MOP, "approx", city="")
    d.metric("按年增長[[18.2%]]", "18.2", "%", "exact", city="")
    d.metric("最高，約為[[27%]]", 27, "%", "approx", city="",
             outside_marker="約為")
    d.metric("合計佔[[約19%]]", 19, "%", "approx", city="")
    d.metric("提升[[2.3個百分點]]", "2.3", "百分点", "exact", city="")
    d.org("。[[來來超市]]、新苗超市")
    d.org("、[[新苗超市]]等連鎖超市")
    d.metric("增加[[兩成]]至三成", 20, "%", "exact", city="")
    d.metric("兩成至[[三成]]。", 30, "%", "exact", city="")
    # --- P4 (large retailers)
    d.org("，[[新八佰伴]]表示")
    d.metric("按年增長[[約16%]]", 16, "%", "approx", city="")
    d.metric("顧客約佔[[三成]]", 30, "%", "approx", city="",
             outside_marker="約佔")
    d.org("；[[銀河娛樂集團]]及")
    d.org("及[[永利澳門]]旗下")
    d.metric("錄得[[8%]]至10%", 8, "%", "exact", city="")
    d.metric("8%至[[10%]]的", 10, "%", "exact", city="")
    d.org("，[[澳門酒店及飲食業商會]]指出")
    d.date("恢復至[[2019年同期]]水平", "2019", city="")
    d.metric("水平的[[八成]]", 80, "%", "exact", city="")
    # --- 中小企 heading (no city)
    d.metric("中小企：[[六成]]商戶", 60, "%", "exact", city="")
    d.org("\n[[澳門中小型企業聯合商會]]上月")
    d.date("聯合商會[[上月]]以問卷", "2025-10", city="")
    d.metric("訪問了[[1,052家]]", 1052, "家", "exact", city="")
    d.metric("，[[約六成]]受訪", 60, "%", "approx", city="")
    d.date("較[[7月]]至8月", "2025-07", city="")
    d.date("7月至[[8月]]有所", "2025-08", city="")
    d.metric("其中[[約三成]]回升", 30, "%", "approx", city="")
    d.metric("幅度[[超過20%]]", 20, "%", "over", city="")
    d.metric("亦有[[近25%]]的", 25, "%", "approx", city="")
    d.org("該會建議[[特區政府]]在")
    d.org("。[[澳門街坊會聯合總會]]亦")
    d.date("不熟悉，[[今年]]已協助", "2025", city="")
    d.metric("協助[[逾600家]]商戶", 600, "家", "over", city="")
    # --- 珠海 section (heading 珠海：…, ended by the figure-list heading)
    d.city("\n[[珠海]]：跨境")
    d.org("\n[[治安警察局]]資料")
    d.date("資料顯示，[[10月]]經各口岸", "2025-10", city=ZH)
    d.city("入境[[澳門]]的旅客")
    d.metric("旅客[[約358萬人次]]", "358e4", "人次", "approx", city=ZH)
    d.date("較[[上月]]增長9.6%", "2025-09", city=ZH)
    d.metric("增長[[9.6%]]", "9.6", "%", "exact", city=ZH)
    d.city("入境的[[珠海]]居民")
    d.metric("居民[[約46萬人次]]", "46e4", "人次", "approx", city=ZH)
    d.org("。[[珠海市商務局]]表示")
    d.date("表示，[[10月1日]]至8日", "2025-10-01", city=ZH)
    d.date("10月1日至[[8日]]國慶", "2025-10-08", city=ZH)
    d.date("8日[[國慶]]黃金週", "2025-10-01", city=ZH)
    d.city("持[[珠海]]戶籍")
    d.org("使用[[支付寶]]及澳門通")
    d.org("支付寶及[[澳門通]]等")
    d.metric("消費[[約112萬筆]]", "112e4", "笔", "approx", city=ZH)
    d.metric("金額[[約2.7億元]]人民幣", "2.7e8", "元", "approx", city=ZH)
    d.metric("人均消費[[約586元]]", 586, "元", "approx", city=ZH)
    d.city("\u3002[[香港]]旅客方面")
    d.org("，[[澳門特區政府旅遊局]]數據")
    d.date("數據顯示，[[10月]]經港珠澳大橋來澳", "2025-10", city=ZH)
    d.city("來澳的[[香港]]旅客")
    d.metric("旅客[[約52萬人次]]", "52e4", "人次", "approx", city=ZH)
    d.metric("平均逗留[[1.6天]]", "1.6", "天", "exact", city=ZH)
    d.metric("人均消費[[約2,100澳門元]]", 2100, MOP, "approx", city=ZH)
    d.date("較[[去年同期]]增加約6%", "2024-10", city=ZH)
    d.metric("增加[[約6%]]", 6, "%", "approx", city=ZH)
    d.city("與此同時，[[澳門]]居民")
    d.org("，[[橫琴粵澳深度合作區執行委員會]]數據")
    d.date("數據顯示，[[9月]]至10月", "2025-09", city=ZH)
    d.date("9月至[[10月]]澳門", "2025-10", city=ZH)
    d.city("至10月[[澳門]]居民")
    d.metric("按年增長[[約34%]]", 34, "%", "approx", city=ZH)
    # --- figure list (headings without a city)
    d.metric("交易：[[約4,186萬筆]]\n", "4186e4", "笔", "approx", city="")
    d.metric("消費：[[約31.6億澳門元]]\n", "31.6e8", MOP, "approx", city="")
    d.metric("商戶：[[逾1.2萬家]]\n", "1.2e4", "家", "over", city="")
    d.metric("交易額：[[約8,650萬澳門元]]", "8650e4", MOP, "approx", city="")
    d.date("澳門元（[[10月1日]]）", "2025-10-01", city="")
    # --- 銀行 heading (no city)
    d.date("延至[[明年3月]]\n", "2026-03", city="")
    d.org("\n[[澳門金融管理局]]（")
    d.org("（[[金管局]]）數據")
    d.date("數據顯示，[[第三季]]本澳", "2025-Q3", city="")
    d.metric("交易共[[約1.28億筆]]", "1.28e8", "笔", "approx", city="")
    d.metric("金額[[約216億澳門元]]", "216e8", MOP, "approx", city="")
    d.metric("按年增長[[17.4%]]", "17.4", "%", "exact", city="")
    d.metric("17.4%和[[12.1%]]", "12.1", "%", "exact", city="")
    d.org("。[[金管局]]表示")
    d.metric("聚合支付的[[12家]]", 12, "家", "exact", city="")
    d.date("延長至[[明年3月31日]]", "2026-03-31", city="")
    d.metric("惠及[[逾1.8萬家]]", "1.8e4", "家", "over", city="")
    d.org("。[[工銀澳門]]及中銀澳門")
    d.org("工銀澳門及[[中銀澳門]]亦")
    d.date("亦宣佈，[[12月]]前", "2025-12", city="")
    d.org("。[[澳門通]]表示")
    d.date("MPay[[第三季]]新增", "2025-Q3", city="")
    d.metric("新增商戶[[約3,200家]]", 3200, "家", "approx", city="")
    d.metric("用戶總數[[突破150萬]]", "150e4", "", "over", city="")
    d.org("；[[支付寶]]方面")
    d.city("則稱，[[澳門]]本地用戶")
    d.metric("增加[[約1.4倍]]", "1.4", "倍", "approx", city=MO)
    # --- 展望 heading (no city)
    d.date("擬於[[明年初]]推出", "2026", city="")
    d.org("\n[[經科局]]局長")
    d.org("局長表示，[[特區政府]]正研究")
    d.date("計劃於[[明年1月]]至2月", "2026-01", city=HK)
    d.date("明年1月至[[2月]]春節", "2026-02", city=HK)
    d.date("2月[[春節]]前後", "2026-02-17", city=HK)
    d.metric("優惠總額[[約5億澳門元]]，並", "5e8", MOP, "approx", city=HK)
    d.city("研究與[[香港]]、深圳")
    d.city("香港、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]及中山")
    d.city("珠海及[[中山]]的商戶")
    d.org("。[[統計暨普查局]]（")
    d.org("（[[統計局]]）早前")
    d.date("公佈，[[今年第二季]]本澳", "2025-Q2", city="")
    d.metric("微升[[0.8%]]", "0.8", "%", "exact", city="")
    d.date("而[[去年同期]]則下跌", "2024-Q2", city="")
    d.metric("下跌[[1.5%]]", "1.5", "%", "exact", city="")
    d.date("預期，[[第四季]]零售業", "2025-Q4", city="")
    d.metric("回升至[[約190億澳門元]]", "190e8", MOP, "approx", city="")
    d.org("。[[澳門大學工商管理學院]]學者")
    d.metric("維持[[約5億澳門元]]，可", "5e8", MOP, "approx", city="")
    d.metric("帶動消費[[35億]]至40億", "35e8", MOP, "exact", city="",
             shared=True)
    d.metric("35億至[[40億澳門元]]", "40e8", MOP, "exact", city="")
    audit = {
        "cities": ["澳門", "香港", "珠海", "深圳", "中山", "橫琴", "氹仔",
                   "路環", "北區", "筷子基", "下環", "沙梨頭", "內地", "本澳",
                   "來澳", "在澳", "全澳", "港珠澳", "粵澳", "合作區", "澳",
                   "港", "舊城區", "舊區", "口岸"],
        # districts, neighbourhoods, bridges, crossings, deictic words,
        # regions, one-character abbreviations; 澳門 inside ORG and METRIC
        # rows is covered by them
        "excluded": ["橫琴", "氹仔", "路環", "北區", "筷子基", "下環", "沙梨頭",
                     "內地", "本澳", "來澳", "在澳", "港珠澳大橋", "粵澳",
                     "合作區", "舊城區", "舊區", "口岸", "「北上」"],
        "numbers_excluded": [],
        "latin_excluded": ["電子錢包[[MPay]]", "。澳門通表示，[[MPay]]第三季"],
        "chinese_numerals_excluded": ["第二輪", "第一輪", "第三輪"],
        "org_hints": ["局", "會", "銀行", "政府", "公司", "集團", "超市",
                      "澳門通", "支付寶", "中銀", "工銀", "八佰伴", "永利",
                      "銀河", "學院", "大學", "委員會", "金管", "經科"],
        # generic words, back-references, products
        "org_excluded": ["該會", "經科局[[局]]長", "家[[會]]員",
                         "\n[[銀行]]：", "家[[銀行]]及", "其中[[超市]]及",
                         "連鎖[[超市]]"],
        "date_ok": [r"日均", r"每日", r"單日", r"首年", r"年費", r"前後",
                    r"期間", r"平日", r"黃金週", r"早前", r"按年",
                    r"活動前", r"第[一二三]輪",
                    r"期限", r"周邊", r"初步"],
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
# outside markers used in this set: 约为 (约为812亿元), 約為 (約為27%),
# 約佔 (約佔三成: GUIDELINES 约占全国的四成); clause marker 約佔 in
# 約佔總交易筆數的四成


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
    m = re.fullmatch(r"([二两兩三四五六七八九])([場场])", span)
    if m:  # a Chinese count before a measure word (兩場)
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    if span == "一半":  # SPEC 近一半 -> 50 %
        return Decimal(50), q, "半"
    m = re.fullmatch(r"(\d)折", span)   # GUIDELINES 8折 -> 80 %
    if m:
        return Decimal(int(m.group(1)) * 10), q, "折"
    m = re.fullmatch(r"([一二三四五六七八九])折", span)   # 八折 -> 80 %
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "折"
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
            cm = r["_extra"].get("clause_marker", "")
            if cm:
                # a marker earlier in the same clause, separated by words
                assert q == "exact" and not om, r
                c0 = s
                while c0 > 0 and d.text[c0 - 1] not in "，。；：\n,;":
                    c0 -= 1
                assert cm in d.text[c0:s], (r, cm)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if cm.startswith(mk))
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_rest"] = rest
            if not r["unit"]:
                assert rest == "", ("a unit is written", r)
            if r["_extra"].get("shared"):
                # no unit of its own: joined by 和/、/至 to the next figure,
                # which writes the unit (checked in main())
                assert rest == "", ("shared unit but a unit is written", r)
                assert d.text[e] in "和、至", r
                nxt = [x for x in rows if x["type"] == "METRIC"
                       and x["start"] == e + 1]
                assert nxt and nxt[0]["unit"] == r["unit"], r
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
        if r["_extra"].get("shared"):
            continue
        if r["unit"] == "%":
            assert rest in ("%", "％", "成", "半", "折"), (r, rest)
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
