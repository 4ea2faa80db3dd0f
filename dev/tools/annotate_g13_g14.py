#!/usr/bin/env python3
"""Gold annotation for the held-out articles g13_housing_policy (simplified,
mainland securities daily, GBK) and g14_taiwan_transport (traditional,
Taiwan daily, UTF-8 without BOM).  Annotator G.

Adapted from heldout/tools/annotate_d.py (now dev/tools/annotate_g07_g08.py) (with the time-word and ORG-word
audits of annotate_e.py).  Each mention is located by a short context string
in which the span is marked with [[ ]]; the context must occur exactly `n`
times in the decoded article, and one row is written per occurrence.  Each
article is read as bytes and decoded strictly with its own codec (ENCODINGS);
offsets are Python str indices into that decoded text (SPEC 1-2).  g14
offsets and `text` point into the traditional original, while `normalized`
(ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run).  Decisions: dev/NOTES_g13_g14.md.  Reference dates:
corpus/manifest.csv (g13 2025-11-11, g14 2025-02-03).

Checks: the bytes decode strictly and re-encode to the same bytes (g13 does
not decode as UTF-8, g14 has no BOM); text == original[start:end]; rows
sorted and not overlapping; no span starts or ends with white space or
punctuation; field formats per type; DATE normalizations are real calendar
values (day, month, ISO week, quarter) within two years of the reference;
METRIC value, qualifier and unit re-derived from the span text by a small
independent parser (a marker outside the span must be declared and stand
right before it); ORG normalization == OpenCC t2s(text) and CITY
normalization == t2s(text) with 市 added where missing (foreign cities and
Hong Kong as they are); units checked against t2s; the `city` column of
every DATE/METRIC row re-derived with this script's own implementation of
the GUIDELINES rule.  Audits: every occurrence of a listed city string, every
ASCII digit, every Chinese fraction/multiple word (成, 倍, 折, 分之), every %
sign, every time character (年 月 日 季 周 週 旬 昨 今 明 天 初 夕) and every
organization-like word (公司, 集团, 局, 中心, 银行, 研究院 …) lies inside a row
or is excluded here on purpose, and every occurrence of an annotated ORG
string is inside an ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's rows are checked.  Re-run:

    python3 dev/tools/annotate_g13_g14.py
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
TYPES = ("CITY", "ORG", "DATE", "METRIC")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
ENCODINGS = {"g13_housing_policy": "gbk",
             "g14_taiwan_transport": "utf-8"}
PUBLISHED = {"g13_housing_policy": "2025-11-11",
             "g14_taiwan_transport": "2025-02-03"}

# CITY span -> official full name (simplified; Taiwan cities with 市;
# foreign cities and Hong Kong by their common Chinese name).
CITY_NORM = {
    "杭州": "杭州市", "杭州市": "杭州市", "建德市": "建德市",
    "上海": "上海市", "宁波": "宁波市", "绍兴": "绍兴市", "广州": "广州市",
    "深圳": "深圳市", "成都": "成都市", "西安": "西安市", "武汉": "武汉市",
    "南京": "南京市", "南京市": "南京市", "苏州": "苏州市", "苏州市": "苏州市",
    "昆山市": "昆山市", "太仓市": "太仓市",
    "臺北": "台北市", "新北": "新北市", "新北市": "新北市", "桃園": "桃园市",
    "臺中": "台中市", "臺南": "台南市", "高雄": "高雄市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "基隆": "基隆市",
    "東京": "东京", "大阪": "大阪", "首爾": "首尔", "曼谷": "曼谷",
    "香港": "香港", "新加坡": "新加坡",
}
FOREIGN_OR_SAR = {"东京", "大阪", "首尔", "曼谷", "香港", "新加坡"}

# ORG span (traditional) -> OpenCC t2s form; simplified spans map to themselves.
ORG_NORM = {
    "交通部": "交通部", "台灣高速鐵路股份有限公司": "台湾高速铁路股份有限公司",
    "台灣高鐵公司": "台湾高铁公司", "臺鐵": "台铁",
    "國營臺灣鐵路股份有限公司": "国营台湾铁路股份有限公司",
    "臺鐵公司": "台铁公司", "北捷": "北捷",
    "臺北大眾捷運股份有限公司": "台北大众捷运股份有限公司",
    "臺北捷運": "台北捷运", "高雄捷運": "高雄捷运", "桃園捷運公司": "桃园捷运公司",
    "桃園機場": "桃园机场", "臺中市政府交通局": "台中市政府交通局",
    "臺中捷運": "台中捷运", "高雄市政府交通局": "高雄市政府交通局",
    "市府": "市府", "新北市政府交通局": "新北市政府交通局",
    "桃園國際機場股份有限公司": "桃园国际机场股份有限公司",
    "桃園機場公司": "桃园机场公司", "中華航空": "中华航空", "華航": "华航",
    "長榮航空": "长荣航空", "長榮": "长荣", "星宇航空": "星宇航空",
    "內政部移民署": "内政部移民署", "松山機場": "松山机场", "高雄機場": "高雄机场",
    "交通部高速公路局": "交通部高速公路局", "高公局": "高公局",
    "宜蘭縣政府": "宜兰县政府", "交通部公路局": "交通部公路局",
    "交通部觀光署": "交通部观光署",
}
TRADITIONAL = {"g14_taiwan_transport"}
OUTSIDE_MARKERS = {"约": "approx", "約": "approx", "逾": "over", "近": "approx",
                   "超过": "over", "超過": "over"}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        enc = ENCODINGS[doc_id]
        assert not raw.startswith(b"\xef\xbb\xbf"), "BOM in " + doc_id
        self.text = raw.decode(enc)          # strict: every byte must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                sys.exit(f"{doc_id}: file also decodes as UTF-8 "
                         f"(expected {enc})")
        self.rows = []
        self.shared_unit = set()

    def _locate(self, ctx, n):
        m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", ctx, re.S)
        assert m, f"context needs one [[span]]: {ctx!r}"
        pre, span, post = m.groups()
        plain = pre + span + post
        hits = [i for i in range(len(self.text))
                if self.text.startswith(plain, i)]
        assert len(hits) == n, (
            f"{self.doc_id}: {plain!r} occurs {len(hits)} times, expected {n}")
        return span, [(h + len(pre), h + len(pre) + len(span)) for h in hits]

    def add(self, typ, ctx, normalized="", value="", unit="", qualifier="",
            city="", n=1, om=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": city, "_om": om})
        return places

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier="exact", city="", n=1,
               shared=False, om=""):
        """shared=True: the unit is written once after a later figure;
        om: a qualifier marker outside the span, right before it."""
        v = V(value)
        places = self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                          om=om)
        if shared:
            self.shared_unit.update(s for s, _ in places)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g13 housing policy: simplified, GBK, published 2025-11-11 (Tuesday, ISO
# week 2025-W46), mainland securities daily (证券时报)
# ===========================================================================
@doc
def g13():
    d = Doc("g13_housing_policy")
    HZ, JD, SX, SZ, WH = "杭州市", "建德市", "绍兴市", "深圳市", "武汉市"
    SUZ, NJ, TC = "苏州市", "南京市", "太仓市"
    # title: opens with 杭州 followed by 取 -> not a city section; the
    # sentence rule gives 杭州市
    d.city("[[杭州]]取消限购满月")
    d.date("回暖 [[前10个月]]新房", "2025", HZ)
    d.metric("新房成交[[超6.2万套]]\n", "6.2e4", "套", "over", HZ)
    # byline (a heading without a city)
    d.org("\n[[证券时报]]记者 陈思远")
    # P1 sentence 1: dateline
    d.city("本报[[杭州]]11月10日讯")
    d.date("本报杭州[[11月10日]]讯", "2025-11-10", HZ)
    d.city("讯 [[杭州]]楼市政策")
    # P1 sentence 2 (to the ；)
    d.date("记者[[本周]]从", "2025-W46", HZ)
    d.org("从[[杭州市住房保障和房产管理局]]（以下简称")
    d.org("以下简称“[[杭州市住保房管局]]”）获悉")
    d.date("获悉，[[10月]]杭州市区", "2025-10", HZ)
    d.city("获悉，10月[[杭州]]市区新建")
    d.metric("网签成交[[7352套]]", 7352, "套", "exact", HZ)
    d.metric("环比增长[[47.6%]]", "47.6", "%", "exact", HZ)
    d.metric("同比增长[[21.3%]]", "21.3", "%", "exact", HZ)
    # P1 sentence 3 (no CITY); 近19个月 a look-back window (duration)
    d.metric("网签成交[[约9860套]]", 9860, "套", "approx")
    # P1 sentence 4
    d.date("。[[今年前10个月]]，杭州市区新房", "2025", HZ)
    d.city("今年前10个月，[[杭州]]市区新房")
    d.metric("累计成交[[6.23万套]]", "6.23e4", "套", "exact", HZ)
    d.date("较[[去年同期]]增长5.8%", "2024", HZ)
    d.metric("增长[[5.8%]]，为今年", "5.8", "%", "exact", HZ)
    d.date("为[[今年]]以来累计", "2025", HZ)
    # heading 政策 (not a city section)
    d.metric("首付比例降至[[15%]]\n", 15, "%")
    # P2 sentence 1
    d.date("\n[[今年10月8日]]，", "2025-10-08", HZ)
    d.org("，[[杭州市住保房管局]]联合", n=1)
    d.org("联合[[中国人民银行浙江省分行]]、国家")
    d.org("、[[国家金融监督管理总局浙江监管局]]和")
    d.org("和[[杭州住房公积金管理中心]]发布通知")
    d.date("自[[10月9日]]起全面", "2025-10-09", HZ)
    d.city("全面取消[[杭州]]市区住房限购")
    # P2 sentence 2
    d.city("富阳区及[[建德市]]、桐庐县")
    d.date("已于[[去年]]率先", "2024", JD)
    # P2 sentence 3 (no CITY)
    d.metric("统一调整为[[15%]]", 15, "%")
    d.metric("二套住房调整为[[25%]]", 25, "%")
    # P3 公积金 (no CITY: 杭州 only inside ORG names)
    d.org("。[[杭州住房公积金管理中心]]（简称")
    d.org("简称“[[杭州公积金中心]]”）")
    d.date("）[[上周五]]宣布", "2025-11-07")
    d.date("自[[11月15日]]起", "2025-11-15")
    d.metric("由[[120万元]]提高至", "120e4", "元")
    d.metric("提高至[[160万元]]", "160e4", "元")
    d.metric("再上浮[[20%]]", 20, "%")
    d.metric("首付比例由[[30%]]下调至20%", 30, "%")
    d.metric("由30%下调至[[20%]]", 20, "%")
    d.metric("按贷款[[100万元]]", "100e4", "元")
    d.metric("少还[[约420元]]", 420, "元", "approx")
    # P4 利率
    d.org("，[[全国银行间同业拆借中心]]10月21日")
    d.date("拆借中心[[10月21日]]公布", "2025-10-21")
    d.metric("（LPR）为[[3.5%]]", "3.5", "%")
    d.date("较[[上月]]下调", "2025-09")
    d.metric("下调[[25个基点]]", 25, "基点")
    d.org("。[[杭州银行]]、招商银行")
    d.org("、[[招商银行杭州分行]]等多家")
    d.metric("下调至[[3.05%]]", "3.05", "%")
    d.metric("降至[[3.25%]]", "3.25", "%")
    d.org("据[[中国人民银行浙江省分行]]数据")
    d.date("截至[[9月末]]，杭州市", "2025-09", HZ)
    d.city("9月末，[[杭州市]]个人住房")
    d.metric("余额[[约1.86万亿元]]", "1.86e12", "元", "approx", HZ)
    d.date("较[[年初]]增长1.2%", "2025", HZ)
    d.metric("增长[[1.2%]]，增速", "1.2", "%", "exact", HZ)
    d.date("增速较[[上半年末]]回升", "2025", HZ)
    d.metric("回升[[0.4个百分点]]", "0.4", "百分点", "exact", HZ)
    # 新房 section (heading without a city)
    d.org("据[[中指研究院]]监测")
    d.date("监测，[[10月]]杭州市区", "2025-10", HZ)
    d.city("监测，10月[[杭州]]市区")
    d.metric("成交面积[[约84.6万平方米]]", "84.6e4", "平方米", "approx", HZ)
    d.metric("环比增长[[近五成]]", 50, "%", "approx", HZ)
    d.metric("均价为[[32860元/平方米]]", 32860, "元/平方米")
    d.metric("上涨[[4.2%]]", "4.2", "%")
    d.metric("套均总价[[约278万元/套]]", "278e4", "元/套", "approx")
    d.metric("分别为[[1126]]、982", 1126, "套", shared=True)
    d.metric("1126、[[982]]和865套", 982, "套", shared=True)
    d.metric("982和[[865套]]", 865, "套")
    d.metric("单价在[[6万元/平方米以上]]", "6e4", "元/平方米", "over")
    d.metric("成交占比[[超过四成]]", 40, "%", "over")
    d.metric("总价[[不足300万元]]", "300e4", "元", "under")
    d.metric("下降至[[35%左右]]", 35, "%", "approx")
    # developers
    d.org("。[[万科]]、保利发展")
    d.org("万科、[[保利发展]]、华润置地")
    d.org("保利发展、[[华润置地]]等企业")
    d.date("等企业[[10月]]在杭州", "2025-10", HZ)
    d.city("10月在[[杭州]]合计")
    d.metric("合计推出[[11个]]新盘", 11, "个", "exact", HZ)
    d.org("其中，[[华润置地]]位于")
    d.metric("推出[[386套]]房源", 386, "套")
    d.metric("去化率达[[92%]]", 92, "%")
    d.metric("销售金额[[约18.7亿元]]", "18.7e8", "元", "approx")
    d.org("；[[杭州滨江房产集团股份有限公司]]（滨江集团）")
    d.org("（[[滨江集团]]）")
    d.date("（滨江集团）[[10月]]实现", "2025-10", HZ)
    d.metric("销售金额[[112.4亿元]]", "112.4e8", "元", "exact", HZ)
    d.metric("同比增长[[36%]]", 36, "%", "exact", HZ)
    d.city("位居[[杭州]]房企")
    d.org("。[[国家统计局]]上月中旬")
    d.date("国家统计局[[上月中旬]]发布", "2025-10", HZ)
    d.date("显示，[[9月]]杭州新建", "2025-09", HZ)
    d.city("显示，9月[[杭州]]新建")
    d.metric("环比下降[[0.3%]]", "0.3", "%", "exact", HZ)
    d.date("降幅较[[8月]]收窄", "2025-08", HZ)
    d.metric("收窄[[0.2个百分点]]", "0.2", "百分点", "exact", HZ)
    d.metric("在[[70个]]大中城市", 70, "个", "exact", HZ)
    # 二手房 section (heading without a city)
    d.org("\n[[贝壳研究院]]数据显示")
    d.date("数据显示，[[10月]]杭州二手", "2025-10", HZ)
    d.city("10月[[杭州]]二手住宅")
    d.metric("均价为[[29450元/平方米]]", 29450, "元/平方米", "exact", HZ)
    d.metric("环比下跌[[0.8%]]", "0.8", "%", "exact", HZ)
    d.date("跌幅较[[9月]]收窄", "2025-09", HZ)
    d.metric("收窄[[1.1个百分点]]", "1.1", "百分点", "exact", HZ)
    d.metric("挂牌量[[约14.2万套]]", "14.2e4", "套", "approx")
    d.date("较[[年初]]减少", "2025")
    d.metric("减少[[近1万套]]", "1e4", "套", "approx")
    d.org("。[[我爱我家杭州公司]]相关")
    d.city("来自[[上海]]、宁波")
    d.city("上海、[[宁波]]、绍兴")
    d.city("宁波、[[绍兴]]等地")
    d.metric("由[[5%左右]]提升至", 5, "%", "approx", SX)
    d.metric("提升至[[12%]]", 12, "%", "exact", SX)
    d.date("“[[10月下旬]]以来", "2025-10", SX)
    d.metric("带看客户[[逾3.6万组]]", "3.6e4", "组", "over", SX)
    d.metric("增长[[约1.5倍]]", "1.5", "倍", "approx", SX)
    # 土地市场 section
    d.org("\n[[杭州市规划和自然资源局]]数据显示")
    d.date("显示，[[今年前10个月]]杭州市区共", "2025", HZ)
    d.city("今年前10个月[[杭州]]市区共")
    d.metric("涉宅用地[[48宗]]", 48, "宗", "exact", HZ)
    d.metric("总面积[[约236.5公顷]]", "236.5", "公顷", "approx", HZ)
    d.metric("出让金[[约1286亿元]]", "1286e8", "元", "approx", HZ)
    d.date("较[[去年同期]]下降12.6%", "2024", HZ)
    d.metric("下降[[12.6%]]", "12.6", "%", "exact", HZ)
    d.date("降幅较[[上半年]]收窄", "2025", HZ)
    d.metric("收窄[[约9个百分点]]", 9, "百分点", "approx", HZ)
    d.date("。[[上周四]]，位于", "2025-11-06")
    d.metric("经过[[43轮]]竞价", 43, "轮")
    d.org("最终由[[保利发展]]以")
    d.metric("以[[41.2亿元]]竞得", "41.2e8", "元")
    d.metric("溢价率为[[28.4%]]", "28.4", "%")
    d.metric("楼面价达[[52600元/平方米]]", 52600, "元/平方米")
    # 多城比较 section
    d.org("\n[[克而瑞研究中心]]（CRIC）")
    d.org("（[[CRIC]]）统计")
    d.date("统计，[[10月]]全国", "2025-10")
    d.metric("全国[[30个]]重点城市", 30, "个")
    d.metric("成交面积[[约1160万平方米]]", "1160e4", "平方米", "approx")
    d.metric("环比增长[[31%]]", 31, "%")
    d.metric("同比增长[[约8%]]", 8, "%", "approx")
    d.date("为[[今年]]以来首次", "2025")
    d.city("其中，[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等一线")
    d.metric("合计成交[[约228万平方米]]", "228e4", "平方米", "approx", SZ)
    d.city("中，[[成都]]、西安")
    d.city("成都、[[西安]]、武汉")
    d.city("西安、[[武汉]]成交量")
    d.metric("分别为[[9870]]、6420", 9870, "套", "exact", WH, shared=True)
    d.metric("9870、[[6420]]和5310套", 6420, "套", "exact", WH, shared=True)
    d.metric("6420和[[5310套]]", 5310, "套", "exact", WH)
    d.city("，[[南京]]、苏州则")
    d.city("南京、[[苏州]]则")
    d.metric("分别增长[[22%]]和19%", 22, "%", "exact", SUZ)
    d.metric("22%和[[19%]]", 19, "%", "exact", SUZ)
    d.date("。[[月初]]，南京市", "2025-11", NJ)
    d.city("月初，[[南京市]]、苏州市")
    d.city("南京市、[[苏州市]]相继")
    d.city("，[[苏州]]下辖的")
    d.city("下辖的[[昆山市]]、太仓市")
    d.city("昆山市、[[太仓市]]同步")
    d.date("将在[[年底]]前出台", "2025", TC)
    # 展望 section (heading without a city)
    d.date("展望：[[年底]]前成交", "2025")
    d.org("\n[[易居研究院]]研究总监")
    d.city("随着[[杭州]]、南京等城市")
    d.city("杭州、[[南京]]等城市政策")
    d.date("加上[[年底]]房企", "2025", NJ)
    d.date("预计[[11月]]至12月", "2025-11", NJ)
    d.date("11月至[[12月]]杭州", "2025-12", NJ)
    d.city("12月[[杭州]]新房月均")
    d.metric("保持在[[7000套以上]]", 7000, "套", "over", HZ)
    d.metric("达到[[7.6万套左右]]", "7.6e4", "套", "approx", HZ)
    d.date("较[[去年]]增长约一成", "2024", HZ)
    d.metric("增长[[约一成]]", 10, "%", "approx", HZ)
    d.city("目前[[杭州]]新房库存")
    d.metric("库存[[约5.3万套]]", "5.3e4", "套", "approx", HZ)
    d.metric("去化周期约为[[14.6个月]]",
             "14.6", "个月", "approx", HZ, om="约为")
    audit = {
        "cities": ["杭州", "上海", "宁波", "绍兴", "广州", "深圳", "成都",
                   "西安", "武汉", "南京", "苏州", "昆山", "太仓", "建德",
                   "临安", "富阳", "桐庐", "淳安", "滨江", "上城", "西湖",
                   "钱塘", "浙江", "全国", "本市"],
        # districts and counties (not CITY), 本市 deictic; 滨江 in 滨江集团
        # and 杭州/浙江 inside ORG names are covered by their ORG rows
        "excluded": ["此前，[[临安]]区", "临安区、[[富阳]]区",
                     "建德市、[[桐庐]]县", "桐庐县、[[淳安]]县",
                     "分区域看，[[滨江]]区", "滨江区、[[上城]]区",
                     "上城区和[[西湖]]区", "其中[[滨江]]区单价",
                     "位于[[钱塘]]区", "位于[[上城]]区", "非[[本市]]户籍",
                     "10月[[全国]]30个"],
        # 近19个月 and 连续9个月 durations; 5年期 a loan tenor; 期限30年 a
        # loan term; 第12位 an ordinal
        "numbers_excluded": ["近[[19]]个月", "连续[[9]]个月", "的[[5]]年期",
                             "期限[[30]]年", "第[[12]]位"],
        "org_hints": ["公司", "集团", "局", "中心", "银行", "研究院", "时报",
                      "房企", "企业", "机构", "部门"],
        "org_excluded": ["重点[[房企]]表现", "位居杭州[[房企]]销售",
                         "年底[[房企]]冲刺", "等[[企业]]10月",
                         "多家[[银行]]已将"],
        # time characters that are no DATE: rates, durations, 满月, 周期
        "date_hints_ok": [r"满月", r"近19个月", r"每月", r"月均", r"全年",
                          r"5年期", r"30年", r"连续9个月", r"去化周期",
                          r"14\.6个月", r"证明"],
    }
    return d, audit


# ===========================================================================
# g14 Taiwan transport: traditional, UTF-8 (no BOM), published 2025-02-03
# (Monday, ISO week 2025-W06), Taipei daily (聯合報).  Taiwan text: ROC years.
# ===========================================================================
@doc
def g14():
    d = Doc("g14_taiwan_transport")
    TP, XB, TY, TC, KH = "台北市", "新北市", "桃园市", "台中市", "高雄市"
    JL, HK = "基隆市", "香港"
    # title (no CITY): 9天 is a duration
    d.date("[[春節]]連假疏運落幕", "2025-01-29")
    d.metric("運量[[逾121萬人次]]", "121e4", "人次", "over")
    # P1 sentence 1 (byline 臺北: no sentence end inside 【】)
    d.city("／[[臺北]]報導")
    d.date("為期9天的[[春節]]連假昨", "2025-01-29", TP)
    d.date("連假[[昨（2）日]]落幕", "2025-02-02", TP)
    # P1 sentence 2 (no CITY)
    d.org("。[[交通部]]今（3）日")
    d.date("交通部[[今（3）日]]公布", "2025-02-03")
    d.date("，[[114年1月25日]]至2月2日連假", "2025-01-25")
    d.date("114年1月25日至[[2月2日]]連假", "2025-02-02")
    d.org("高鐵、[[臺鐵]]、國道客運")
    d.metric("合計疏運旅客[[約1,236萬人次]]", "1236e4", "人次", "approx")
    d.date("較[[113年同期]]增加6.8%", "2024")
    d.metric("增加[[6.8%]]", "6.8", "%")
    # P1 sentence 3 (no CITY)
    d.org("，[[台灣高速鐵路股份有限公司]]（")
    d.org("（[[台灣高鐵公司]]）9天")
    d.metric("共疏運旅客[[121.4萬人次]]", "121.4e4", "人次")
    d.metric("日均[[約13.5萬人次]]", "13.5e4", "人次", "approx")
    d.date("出現在[[大年初三]]（", "2025-01-31")
    d.date("大年初三（[[1月31日]]）", "2025-01-31")
    d.metric("達[[16.8萬人次]]", "16.8e4", "人次")
    d.date("較[[民國113年春節]]連假", "2024-02-10")
    d.metric("連假的[[112.6萬人次]]", "112.6e4", "人次")
    d.metric("增加[[7.8%]]", "7.8", "%")
    # 高鐵 section (heading without a city; no CITY in the section:
    # 桃園站/臺中站 are stations)
    d.metric("加開[[432班次]] 載客率", 432, "班次")
    d.metric("載客率[[逾七成]]\n", 70, "%", "over")
    d.org("\n[[台灣高鐵公司]]表示")
    d.date("表示，[[春節]]疏運期間", "2025-01-29")
    d.metric("北上列車[[432班次]]", 432, "班次")
    d.metric("總計行駛[[1,596班次]]", 1596, "班次")
    d.metric("提供座位[[約134萬個]]", "134e4", "个", "approx")
    d.metric("平均載客率達[[76.2%]]", "76.2", "%")
    d.date("其中[[1月27日]]南下", "2025-01-27")
    d.metric("高達[[96.5%]]", "96.5", "%")
    d.date("則自[[大年初四]]（2月1日）起湧現", "2025-02-01")
    d.date("則自大年初四（[[2月1日]]）起湧現", "2025-02-01")
    d.metric("分別為[[18.2萬]]、21.6萬", "18.2e4", "人次", shared=True)
    d.metric("18.2萬、[[21.6萬]]及19.3萬", "21.6e4", "人次", shared=True)
    d.metric("及[[19.3萬人次]]", "19.3e4", "人次")
    d.org("，[[台灣高鐵公司]]連假前推出")
    d.metric("離峰時段[[65折]]至88折", 65, "%")
    d.metric("65折至[[88折]]", 88, "%")
    d.metric("計有[[約23萬人次]]", "23e4", "人次", "approx")
    d.metric("另有[[逾4,800名]]", 4800, "名", "over")
    # 臺鐵 section (heading without a city)
    d.org("\n[[臺鐵]]：東部幹線")
    d.org("\n[[國營臺灣鐵路股份有限公司]]（臺鐵公司）")
    d.org("（[[臺鐵公司]]）指出")
    d.metric("對號列車[[286列次]]", 286, "列次")
    d.metric("疏運旅客[[約402.7萬人次]]", "402.7e4", "人次", "approx")
    d.date("較[[113年春節]]連假增加3.1%", "2024-02-10")
    d.metric("增加[[3.1%]]", "3.1", "%")
    d.metric("加開列車[[近百列次]]", 100, "列次", "approx")
    d.metric("座位利用率[[逾九成]]", 90, "%", "over")
    d.org("。[[臺鐵公司]]並在")
    d.city("並在[[臺北]]、新北")
    d.city("臺北、[[新北]]、桃園等車站")
    d.city("新北、[[桃園]]等車站")
    d.metric("站務人力[[約1,200人次]]", 1200, "人次", "approx", TY)
    # 捷運 section (heading without a city)
    d.org("捷運：[[北捷]]單日")
    d.metric("單日運量[[突破200萬人次]]\n", "200e4", "人次", "over")
    d.org("\n[[臺北大眾捷運股份有限公司]]（北捷）")
    d.org("（[[北捷]]）統計")
    d.org("連假9天[[臺北捷運]]總運量")
    d.metric("總運量[[約1,384萬人次]]", "1384e4", "人次", "approx")
    d.metric("日均[[約153.8萬人次]]", "153.8e4", "人次", "approx")
    d.date("其中[[除夕]]（1月28日）", "2025-01-28")
    d.date("除夕（[[1月28日]]）", "2025-01-28")
    d.metric("僅[[約98萬人次]]", "98e4", "人次", "approx")
    d.date("；[[2月2日]]單日運量", "2025-02-02")
    d.metric("單日運量則[[突破200萬人次]]", "200e4", "人次", "over")
    d.org("。[[高雄捷運]]連假期間")
    d.metric("運量[[約196萬人次]]", "196e4", "人次", "approx")
    d.date("較[[113年同期]]成長8.4%", "2024")
    d.metric("成長[[8.4%]]", "8.4", "%")
    d.org("；[[桃園捷運公司]]營運")
    d.metric("載客[[約162萬人次]]", "162e4", "人次", "approx")
    d.org("往返[[桃園機場]]旅客")
    d.metric("旅客約占[[四成]]", 40, "%", "approx", om="約占")
    # 臺中 / 高雄 / 新北 paragraph
    d.org("\n[[臺中市政府交通局]]統計")
    d.org("統計，[[臺中捷運]]綠線")
    d.metric("運量[[約71.5萬人次]]", "71.5e4", "人次", "approx")
    d.date("較[[113年同期]]成長12.7%", "2024")
    d.metric("成長[[12.7%]]", "12.7", "%")
    d.city("；[[臺中]]市區公車")
    d.metric("吸引[[約238萬人次]]", "238e4", "人次", "approx", TC)
    d.metric("每日[[120班]]", 120, "班")
    d.metric("疏運旅客[[近9萬人次]]", "9e4", "人次", "approx")
    d.org("。[[高雄市政府交通局]]指出")
    d.metric("停車場使用率[[逾八成]]", 80, "%", "over")
    d.org("，[[市府]]並加開")
    d.metric("加開公車[[約1,500班次]]", 1500, "班次", "approx")
    d.org("。[[新北市政府交通局]]統計")
    d.metric("湧入[[約312萬人次]]", "312e4", "人次", "approx", XB)
    d.city("，[[新北市]]公車加開")
    d.metric("加開班次達[[2,860班次]]", 2860, "班次", "exact", XB)
    d.metric("最高達[[4.2萬人次]]", "4.2e4", "人次")
    d.metric("較平日增加[[近一倍]]", 1, "倍", "approx")
    # 桃園機場 section (the heading opens with an ORG, not a CITY)
    d.org("\n[[桃園機場]]：出入境")
    d.metric("出入境旅客[[逾96萬人次]]\n", "96e4", "人次", "over")
    d.org("\n[[桃園國際機場股份有限公司]]（桃園機場公司）")
    d.org("（[[桃園機場公司]]）統計")
    d.date("統計，[[春節]]連假期間桃園機場", "2025-01-29")
    d.org("連假期間[[桃園機場]]出入境")
    d.metric("出入境旅客達[[96.3萬人次]]", "96.3e4", "人次")
    d.date("較[[113年同期]]增加11.2%", "2024")
    d.metric("增加[[11.2%]]", "11.2", "%")
    d.date("恢復至[[108年同期]]的98%", "2019")
    d.metric("同期的[[98%]]", 98, "%")
    d.date("其中[[1月25日]]出境", "2025-01-25")
    d.metric("出境旅客[[約6.1萬人次]]", "6.1e4", "人次", "approx")
    d.date("落在[[2月2日]]，", "2025-02-02")
    d.metric("，[[約6.4萬人次]]", "6.4e4", "人次", "approx")
    d.city("航點以[[東京]]、大阪")
    d.city("東京、[[大阪]]、首爾")
    d.city("大阪、[[首爾]]、曼谷")
    d.city("首爾、[[曼谷]]及香港")
    d.city("曼谷及[[香港]]為主")
    d.metric("旅客占比[[近三成]]。中華", 30, "%", "approx", HK)
    d.org("。[[中華航空]]（華航）")
    d.org("（[[華航]]）、長榮")
    d.org("、[[長榮航空]]（長榮）")
    d.org("（[[長榮]]）及星宇")
    d.org("及[[星宇航空]]春節")
    d.date("星宇航空[[春節]]期間", "2025-01-29")
    d.metric("加班機[[86架次]]", 86, "架次")
    d.org("其中[[華航]]加開")
    d.metric("華航加開[[32架次]]", 32, "架次")
    d.org("、[[長榮]]28架次")
    d.metric("長榮[[28架次]]", 28, "架次")
    d.metric("載客率均[[逾九成]]", 90, "%", "over")
    d.org("。[[內政部移民署]]統計")
    d.org("經[[桃園機場]]、松山")
    d.org("、[[松山機場]]及")
    d.org("及[[高雄機場]]出入境")
    d.metric("合計[[約118.6萬人次]]", "118.6e4", "人次", "approx", HK)
    d.metric("外籍旅客約占[[兩成]]", 20, "%", "approx", HK, om="約占")
    d.city("來自[[香港]]、首爾及")
    d.city("香港、[[首爾]]及新加坡")
    d.city("及[[新加坡]]的旅客")
    # 國道 section (heading without a city)
    d.metric("總車流量[[逾2.8億車公里]]\n", "2.8e8", "车公里", "over")
    d.org("\n[[交通部高速公路局]]（高公局）")
    d.org("（[[高公局]]）統計")
    d.metric("總車流量[[約2億8,600萬車公里]]", "286e6", "车公里", "approx")
    d.metric("日均[[約3,178萬車公里]]", "3178e4", "车公里", "approx")
    d.date("較[[113年春節]]連假增加2.4%", "2024-02-10")
    d.metric("增加[[2.4%]]", "2.4", "%")
    d.date("出現在[[1月26日]]", "2025-01-26")
    d.metric("達[[4,120萬車公里]]", "4120e4", "车公里")
    d.date("北上於[[大年初四]]（2月1日）車流量", "2025-02-01")
    d.date("大年初四（[[2月1日]]）車流量", "2025-02-01")
    d.metric("平日的[[1.6倍]]", "1.6", "倍")
    d.org("。[[宜蘭縣政府]]也配合")
    d.date("較[[113年同期]]減少約3%", "2024")
    d.metric("減少[[約3%]]", 3, "%", "approx")
    d.org("。[[高公局]]並於")
    d.date("並於[[1月25日]]至2月2日實施", "2025-01-25")
    d.date("1月25日至[[2月2日]]實施", "2025-02-02")
    d.metric("通行費約新臺幣[[2.3億元]]", "2.3e8", "元", "approx",
             om="約新臺幣")
    # 公路局 paragraph
    d.org("\n[[交通部公路局]]統計")
    d.metric("載客[[約198萬人次]]", "198e4", "人次", "approx", TP)
    d.city("其中[[臺北]]往返臺中")
    d.city("往返[[臺中]]、臺南及高雄路線")
    d.city("臺中、[[臺南]]及高雄路線")
    d.city("臺南及[[高雄]]路線")
    d.city("熱門，[[新竹市]]、嘉義市")
    d.city("新竹市、[[嘉義市]]及基隆")
    d.city("嘉義市及[[基隆]]路線")
    d.date("也較[[113年同期]]成長逾一成", "2024", JL)
    d.metric("成長[[逾一成]]", 10, "%", "over", JL)
    # 觀光 section (heading without a city)
    d.org("\n[[交通部觀光署]]統計")
    d.metric("全臺[[13處]]國家", 13, "处")
    d.metric("遊客[[約486萬人次]]", "486e4", "人次", "approx")
    d.date("較[[113年同期]]增加5.6%", "2024")
    d.metric("增加[[5.6%]]", "5.6", "%")
    d.city("其中[[臺南]]、高雄及屏東縣")
    d.city("臺南、[[高雄]]及屏東縣")
    d.metric("合計[[約132萬人次]]", "132e4", "人次", "approx", KH)
    d.metric("占比[[近三成]]。\n", 30, "%", "approx", KH)
    # last paragraph (no CITY)
    d.org("\n[[交通部]]政務次長")
    d.date("表示，[[今年春節]]疏運", "2025-01-29")
    d.metric("維持在[[95%以上]]", 95, "%", "over")
    d.date("高峰為[[和平紀念日]]連假", "2025-02-28")
    d.date("連假（[[2月28日]]至3月2日）", "2025-02-28")
    d.date("2月28日至[[3月2日]]）", "2025-03-02")
    d.org("，[[台灣高鐵公司]]已規劃")
    d.metric("加開[[54班次]]列車", 54, "班次")
    d.date("，[[本週三]]（2月5日）", "2025-02-05")
    d.date("本週三（[[2月5日]]）", "2025-02-05")
    d.date("；[[清明]]連假", "2025-04-04")
    d.org("期間[[臺鐵公司]]也將")
    audit = {
        "cities": ["臺北", "台北", "新北", "桃園", "臺中", "台中", "臺南",
                   "台南", "高雄", "新竹", "嘉義", "基隆", "東京", "大阪",
                   "首爾", "曼谷", "香港", "新加坡", "花蓮", "臺東", "屏東",
                   "宜蘭", "松山", "淡水", "九份", "旗津", "頭城", "礁溪",
                   "左營", "駁二", "全臺", "日本"],
        # stations (city + 站), counties, towns and districts, scenic spots;
        # 全臺 a region, 日本 a country
        "excluded": ["，[[桃園]]站、臺中站", "桃園站、[[臺中]]站",
                     "高鐵[[臺中]]站", "及[[左營]]站", "（[[花蓮]]縣",
                     "、[[臺東]]縣方向", "及[[屏東]]縣", "、[[旗津]]等",
                     "，[[淡水]]、九份", "；[[淡水]]老街", "淡水、[[九份]]等", "在[[頭城]]、",
                     "、[[礁溪]]交流道", "期間[[駁二]]藝術", "期間[[全臺]]13處",
                     "往[[日本]]航線"],
        # 9天 durations (title, 為期9天, 9天共疏運, three 連假9天); 國道N號
        # route numbers; 0時至5時 clock times
        "numbers_excluded": ["高鐵[[9]]天運量", "為期[[9]]天", "）[[9]]天共疏運",
                             "連假[[9]]天臺北捷運", "連假[[9]]天運量",
                             "連假[[9]]天國道", "國道[[1]]號、",
                             "國道[[3]]號及", "及國道[[5]]號為",
                             "其中國道[[5]]號北上", "每日[[0]]時",
                             "時至[[5]]時"],
        "org_hints": ["公司", "局", "署", "部", "航空", "捷運", "機場",
                      "政府", "市府", "高鐵", "臺鐵"],
        "org_excluded": ["，[[高鐵]]、臺鐵", "\n[[高鐵]]：加開",
                         "落幕 [[高鐵]]9天", "。[[高鐵]]臺中站",
                         "\n[[捷運]]：北捷", "機場[[捷運]]則載客",
                         "營運的[[機場]]捷運", "：東[[部]]幹線",
                         "其中東[[部]]幹線", "：南[[部]]景點"],
        # time characters that are no DATE: durations, rates, 平日, 單日
        "date_hints_ok": [r"9天", r"日均", r"單日", r"平日", r"每日",
                          r"連假期間", r"周邊", r"日本"],
    }
    return d, audit


# ===========================================================================
# independent re-derivations
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾百]+(?:成|倍|折|分之[一二三四五六七八九十]+)")
CLAUSE_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8,
             "万亿": 10 ** 12, "萬億": 10 ** 12, "兆": 10 ** 12,
             "千": 10 ** 3, "百": 10 ** 2}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("不到", "under"), ("约", "approx"),
               ("約", "approx"), ("近", "approx"), ("逾", "over"),
               ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
UNIT_MAP = {"成": "%", "折": "%", "个百分点": "百分点", "個百分點": "百分点",
            "个基点": "基点", "個基點": "基点"}


def parse_metric(span):
    """(value, qualifier, written unit) re-derived from the span text."""
    q = "exact"
    s = span
    for p, qq in QUAL_PREFIX:
        if s.startswith(p):
            s, q = s[len(p):], qq
            break
    for x, qq in QUAL_SUFFIX:
        if s.endswith(x):
            s, q = s[:-len(x)], qq
            break
    m = re.match(r"([一二两兩三四五六七八九十])(成|倍)$", s)
    if m:
        n = CN_DIGIT[m.group(1)]
        return (Decimal(n * 10), q, "成") if m.group(2) == "成" else (
            Decimal(n), q, "倍")
    m = re.match(r"(百|千|万|萬)(.*)$", s)             # bare magnitude (近百列次)
    if m and q != "exact":
        return Decimal(MAGNITUDE[m.group(1)]), q, m.group(2)
    # 2億8,600萬 (digits split by a magnitude before a smaller section)
    m = re.match(r"(\d+)([亿億])(\d[\d,]*)([万萬])?(.*)$", s)
    if m:
        v = Decimal(m.group(1)) * MAGNITUDE[m.group(2)] + Decimal(
            m.group(3).replace(",", "")) * (MAGNITUDE[m.group(4)]
                                            if m.group(4) else 1)
        return v, q, m.group(5)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)(万亿|萬億|[万萬亿億兆])?([余餘多])?(.*)$", s)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2)]
    if m.group(3):
        q = "over"
    unit = m.group(4)
    if unit == "折":
        v = v * 10 if v < 10 else v
    elif unit == "成":
        v = v * 10
    return v, q, unit


def valid_date(norm, published):
    y = int(norm[:4])
    assert abs(y - int(published[:4])) <= 6, norm
    m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", norm)
    if m:
        datetime.date(y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"\d{4}-(\d\d)", norm)
    if m:
        assert 1 <= int(m.group(1)) <= 12, norm
    m = re.fullmatch(r"\d{4}-W(\d\d)", norm)
    if m:
        datetime.date.fromisocalendar(y, int(m.group(1)), 1)


def t2s_all(strings):
    """OpenCC t2s of each string; None when OpenCC cannot be reached."""
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
            p = subprocess.run([py, "-c", code], input=json.dumps(strings),
                               capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(p.stdout)
    return None


def rule_city(text, rows):
    """The GUIDELINES `city` rule, written independently of the hand values:
    {start of DATE/METRIC row: city}."""
    cities = sorted((r for r in rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    by_start = {c["start"]: c for c in cities}
    line_city = []                       # (line start, line end, section)
    section = ""
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line and len(line) <= 40 and not set(line) & CLAUSE_PUNCT:
            section = ""
            c = by_start.get(a)
            if c is not None:
                after = text[c["end"]:c["end"] + 1]
                if c["end"] == b or after in ("：", ":", " ", "-", "－", "—",
                                              "\u3000"):
                    section = c["normalized"]
        line_city.append((a, b, section))
    out = {}
    for r in rows:
        if r["type"] not in ("DATE", "METRIC"):
            continue
        sec = next(s for a, b, s in line_city if a <= r["start"] <= b)
        if sec:
            out[r["start"]] = sec
            continue
        s = r["start"]
        while s > 0 and text[s - 1] not in SENT_END:
            s -= 1
        e = r["end"]
        while e < len(text) and text[e] not in SENT_END:
            e += 1
        before = [c for c in cities if s <= c["start"] and c["end"] <= r["start"]]
        after = [c for c in cities if r["end"] <= c["start"] and c["end"] <= e]
        out[r["start"]] = (before[-1]["normalized"] if before else
                           after[0]["normalized"] if after else "")
    return out


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
        assert r["type"] in TYPES, r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
            assert not r["_om"], r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
            assert r["normalized"], r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, written = parse_metric(tx)
            om = r["_om"]
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_written_unit"] = written
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"], PUBLISHED[d.doc_id])

    # OpenCC cross-check of ORG / CITY normalization and of units
    names = [r for r in rows if r["type"] in ("ORG", "CITY")]
    metrics = [r for r in rows if r["type"] == "METRIC"]
    conv = t2s_all([r["text"] for r in names]
                   + [r["_written_unit"] for r in metrics]
                   + [r["unit"] for r in metrics])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-checks skipped)")
    else:
        cn = conv[:len(names)]
        cw = conv[len(names):len(names) + len(metrics)]
        cu = conv[len(names) + len(metrics):]
        for r, c in zip(names, cn):
            if r["type"] == "ORG":
                assert c == r["normalized"], (r, c)
            else:
                full = c if c.endswith("市") or c in FOREIGN_OR_SAR else c + "市"
                assert full == r["normalized"], (r, c)
        for r, w, u in zip(metrics, cw, cu):
            assert u == r["unit"], ("unit not simplified", r, u)
            w = UNIT_MAP.get(w, w)
            if r["start"] in d.shared_unit:
                assert w == "", ("shared unit but span has one", r)
            else:
                assert w == r["unit"], ("unit differs from span", r, w)
    for r in metrics:
        del r["_written_unit"]

    ruled = rule_city(d.text, rows)
    diffs = [(r["text"], r["start"], r["city"], ruled[r["start"]])
             for r in rows if r["start"] in ruled
             and ruled[r["start"]] != r["city"]]
    assert not diffs, f"{d.doc_id} city column differs from rule: {diffs!r}"

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []
    for name in sorted({r["text"] for r in rows if r["type"] == "ORG"}):
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), org_spans):
                problems.append(f"ORG string {name} at {m.start()} not an ORG")
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded):
                problems.append(f"city string {name} at {m.start()}: "
                                f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for m in re.finditer(r"\d+", d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append(f"number {m.group()} at {m.start()}: "
                            f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for m in CHINESE_FIGURE.finditer(d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append(f"figure {m.group()} at {m.start()}: "
                            f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for m in re.finditer(r"[％%]", d.text):
        if not inside(m.start(), m.end(), covered):
            problems.append(f"percent sign at {m.start()} outside a METRIC")
    org_ex = []
    for ctx in audit.get("org_excluded", []):
        _, places = d._locate(ctx, 1)
        org_ex.extend(places)
    for hint in audit.get("org_hints", []):
        for m in re.finditer(re.escape(hint), d.text):
            if not inside(m.start(), m.end(), org_spans + org_ex):
                problems.append("ORG-like word %s at %d: %r" % (
                    hint, m.start(), d.text[m.start() - 8:m.end() + 8]))
    ok = [(m.start(), m.end()) for pat in audit.get("date_hints_ok", [])
          for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[年月日季周週旬昨今明天初夕]", d.text):
        if not inside(m.start(), m.end(), covered + ok):
            problems.append("time word %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8",
              newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["doc_id", "published", "source",
                                      "title"], rows
    # the set's manifest also lists the other annotators' articles
    mine = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert [r["doc_id"] for r in mine] == list(PUBLISHED), mine
    for r in mine:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        datetime.date.fromisoformat(r["published"])
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"), "rb") as fh:
            first = fh.read().decode(ENCODINGS[r["doc_id"]]).split("\n")[0]
        assert r["title"] == first, (r, first)


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        for r in d.rows:
            del r["_om"]
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        counts = " ".join(f"{t}={c[t]}" for t in TYPES)
        print(f"{d.doc_id:<22} {len(d.rows):3d}  {counts}")
    counts = " ".join(f"{t}={total[t]}" for t in TYPES)
    print(f"{'total':<22} {sum(total.values()):3d}  {counts}")


if __name__ == "__main__":
    main()
