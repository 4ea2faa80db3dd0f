#!/usr/bin/env python3
"""Gold annotation for the held-out articles g35_cashless_campaign and
g36_taiwan_city_budget (annotator R).

Adapted from heldout/tools/annotate_o.py (now dev/tools/annotate_g29_g30.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g35 is simplified (mainland provincial daily 福建日报, 2018) and g36 is
traditional (Taiwan, 聯合報, 2025), both stored as UTF-8 without BOM.
g36's `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(NOTES_o/p/q, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g35_g36.md.  Reference dates:
corpus/manifest.csv (g35 2018-04-24, g36 2025-11-18); the script checks only
its own two rows, so it also runs inside heldout/ next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks: strict decoding (UTF-8 without BOM, byte round trip, no CR); text ==
original[start:end]; rows sorted, no overlaps; no span starts or ends with
white space or punctuation; field formats per type; DATE normalizations are
real calendar values (weeks and quarters included); METRIC value, qualifier
and written unit re-derived from the span text (a marker or currency
outside the span must be declared and stand right before it); ORG/CITY
normalizations and units against OpenCC t2s (the `opencc` module, else
$CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python).
Audits: every ASCII digit run, Latin word, Chinese numeral character, listed
city/place string, organization-like word (with the exact count of its
occurrences outside ORG rows), time character, and every occurrence of an
annotated ORG string is inside a row (ORG strings: an ORG row) or excluded
here on purpose.  Re-run (from anywhere):

    python3 dev/tools/annotate_g35_g36.py
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
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g35_cashless_campaign": ("utf-8", b"", False, "2018-04-24", "福建日报"),
    "g36_taiwan_city_budget": ("utf-8", b"", True, "2025-11-18", "聯合報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g35 (2018; 晋江, 石狮, 南安, 福清, 龙海, 永安 county-level cities;
    # 长乐 a district of 福州 since 2017)
    "福州": "福州市", "福州市": "福州市", "厦门": "厦门市", "厦门市": "厦门市",
    "泉州": "泉州市", "晋江": "晋江市", "晋江市": "晋江市", "石狮": "石狮市",
    "石狮市": "石狮市", "南安": "南安市", "福清市": "福清市", "漳州": "漳州市",
    "漳州市": "漳州市", "莆田": "莆田市", "莆田市": "莆田市", "三明": "三明市",
    "三明市": "三明市", "南平": "南平市", "南平市": "南平市", "龙岩": "龙岩市",
    "龙岩市": "龙岩市", "宁德": "宁德市", "宁德市": "宁德市",
    "龙海市": "龙海市", "永安市": "永安市",
    # g36 (Taiwan: full names with 市; foreign: common names)
    "臺北": "台北市", "臺北市": "台北市", "新北": "新北市", "新北市": "新北市",
    "桃園": "桃园市", "桃園市": "桃园市", "臺中": "台中市", "臺中市": "台中市",
    "臺南": "台南市", "臺南市": "台南市", "高雄": "高雄市", "高雄市": "高雄市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "東京": "东京", "首爾": "首尔",
    "曼谷": "曼谷", "大阪": "大阪", "釜山": "釜山",
}
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s
# below); simplified spans normalize to themselves.
ORG_NORM = {
    "臺北市政府主計處": "台北市政府主计处", "主計處": "主计处",
    "臺北市政府觀光傳播局": "台北市政府观光传播局", "觀傳局": "观传局",
    "臺北市政府交通局": "台北市政府交通局", "臺北捷運公司": "台北捷运公司",
    "臺北市議會": "台北市议会", "新北市政府財政局": "新北市政府财政局",
    "新北市政府交通局": "新北市政府交通局",
    "新北市政府捷運工程局": "新北市政府捷运工程局", "捷運局": "捷运局",
    "新北市政府觀光旅遊局": "新北市政府观光旅游局", "觀旅局": "观旅局",
    "桃園市政府交通局": "桃园市政府交通局", "桃園捷運": "桃园捷运",
    "桃園大眾捷運股份有限公司": "桃园大众捷运股份有限公司",
    "桃捷公司": "桃捷公司", "桃園國際機場": "桃园国际机场",
    "桃園市政府觀光旅遊局": "桃园市政府观光旅游局",
    "桃園市議會": "桃园市议会", "臺中市政府交通局": "台中市政府交通局",
    "臺中捷運": "台中捷运", "臺中市議會": "台中市议会",
    "臺南市政府財政稅務局": "台南市政府财政税务局",
    "臺南市政府觀光旅遊局": "台南市政府观光旅游局",
    "臺中市政府觀光旅遊局": "台中市政府观光旅游局",
    "高雄市政府觀光局": "高雄市政府观光局",
    "高雄市政府交通局": "高雄市政府交通局", "高雄捷運": "高雄捷运",
    "高雄捷運公司": "高雄捷运公司", "新竹市政府交通處": "新竹市政府交通处",
    "新竹縣政府": "新竹县政府", "嘉義市政府觀光新聞處": "嘉义市政府观光新闻处",
    "嘉義市政府財政稅務局": "嘉义市政府财政税务局",
    "行政院主計總處": "行政院主计总处", "交通部觀光署": "交通部观光署",
    "觀光署": "观光署", "財政部": "财政部",
    "國立政治大學財政學系": "国立政治大学财政学系",
}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc, bom, self.traditional, self.published, self.source = \
            DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
        else:
            assert not raw.startswith(BOM8), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # a real legacy codec
            try:
                raw.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc == "cp950":                          # plain Big5 agrees
            assert raw.decode("big5") == self.text, f"{doc_id}: big5"
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
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
            city=None, n=1, outer="", shared=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            if outer:                   # marker/currency right before span
                assert self.text[start - len(outer):start] == outer, (
                    ctx, outer)
            if shared:                  # unit written after the next figure
                assert re.match(r"[至到~\-－]\d+(\.\d+)?" + re.escape(shared),
                                self.text[end:]), (ctx, shared)
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": "", "_expect_city": city,
                              "_outer": outer, "_shared": shared})

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
               shared=""):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outer=outer, shared=shared)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g35 Fujian's first "cashless city week", simplified, UTF-8, 2018-04-24 (a
# Tuesday, ISO week 2018-W17), provincial daily (福建日报); dateline
# 本报福州4月23日讯, the press conference 昨天 (= 4月23日), the campaign
# week 上周（4月16日至22日） = 2018-W16
# ===========================================================================
@doc
def g35():
    d = Doc("g35_cashless_campaign")
    FZ, XM, QZ, JJ, SS, ZZ, LH, PT, LY, ND, SM, YA, NP = (
        "福州市", "厦门市", "泉州市", "晋江市", "石狮市", "漳州市", "龙海市",
        "莆田市", "龙岩市", "宁德市", "三明市", "永安市", "南平市")
    # title: a heading line that opens with no city (no section); sentence
    # rule: 突破百亿元 -> first city after, 超九成 -> nearest before
    d.metric("交易额[[突破百亿元]] 福州", "1e10", "元", "over", FZ)
    d.city("百亿元 [[福州]]厦门泉州")
    d.city("福州[[厦门]]泉州商户")
    d.city("福州厦门[[泉州]]商户")
    d.metric("商户覆盖率[[超九成]]\n", 90, "%", "over", QZ)
    # lead: dateline
    d.city("本报[[福州]]4月23日讯")
    d.date("本报福州[[4月23日]]讯", "2018-04-23", FZ)
    d.date("闽商轩）[[昨天]]，", "2018-04-23", FZ)
    d.org("昨天，[[福建省商务厅]]在福州")
    d.city("福建省商务厅在[[福州]]召开")
    d.date("。[[上周]]（4月16日至22日）", "2018-W16", "")
    d.date("上周（[[4月16日]]至22日）", "2018-04-16", "")
    d.date("上周（4月16日至[[22日]]）", "2018-04-22", "")
    d.metric("全省[[9个]]设区市", 9, "个", "exact", "")
    d.org("惠民活动，[[支付宝]]、微信支付和", n=1)
    d.org("支付宝、[[微信支付]]和银联云闪付三大", n=1)
    d.org("微信支付和[[银联]]云闪付三大")
    d.metric("云闪付[[三]]大平台在我省", 3, "", "exact", "")
    d.metric("累计完成交易[[1.86亿笔]]", "1.86e8", "笔", "exact", "")
    d.metric("交易额达[[112.4亿元]]，同比增长63.5%；", "112.4e8", "元",
             "exact", "")
    d.metric("112.4亿元，同比增长[[63.5%]]；", "63.5", "%", "exact", "")
    d.metric("商户[[约28.7万家]]，其中", "28.7e4", "家", "approx", "")
    d.metric("新签约商户[[4.2万家]]。", "4.2e4", "家", "exact", "")
    # organizers and partners
    d.org("\n[[省商务厅]]有关负责人")
    d.org("本次活动由[[省商务厅]]联合")
    d.org("联合[[中国人民银行福州中心支行]]、")
    d.org("、[[福建省发展和改革委员会]]共同")
    d.org("共同主办，[[蚂蚁金服]]、")
    d.org("蚂蚁金服、[[财付通]]、")
    d.org("财付通、[[中国银联福建分公司]]以及")
    d.org("以及[[福建海峡银行]]、")
    d.org("福建海峡银行、[[厦门银行]]、泉州银行")
    d.org("厦门银行、[[泉州银行]]等")
    d.metric("泉州银行等[[11家]]银行机构", 11, "家", "exact", "")
    d.metric("活动期间，[[三]]大平台共投入", 3, "", "exact", "")
    d.metric("补贴资金[[约2.3亿元]]，", "2.3e8", "元", "approx", "")
    d.org("其中[[支付宝]]发放")
    d.metric("“消费红包”[[1.1亿元]]", "1.1e8", "元", "exact", "")
    d.org("，[[微信支付]]推出")
    d.metric("“满[[10元]]减5元”", 10, "元", "exact", "")
    d.metric("“满10元减[[5元]]”", 5, "元", "exact", "")
    d.metric("等优惠共[[8600万元]]", "8600e4", "元", "exact", "")
    d.org("，[[银联]]云闪付对公交")
    d.metric("实行[[5折]]优惠", 50, "%", "exact", "")
    d.metric("补贴[[约3500万元]]", "3500e4", "元", "approx", "")
    d.date("。[[今年一季度]]，全省", "2018-Q1", "")
    d.metric("同比增长[[1.2倍]]", "1.2", "倍", "exact", "")
    d.date("增速比[[去年同期]]高出", "2017-Q1", "")
    d.metric("高出[[27个百分点]]", 27, "百分点", "exact", "")
    # figure list (heading 数据看板; no city)
    d.metric("交易笔数：[[1.86亿笔]]", "1.86e8", "笔", "exact", "")
    d.metric("日均[[约2657万笔]]", "2657e4", "笔", "approx", "")
    d.metric("交易金额：[[112.4亿元]]", "112.4e8", "元", "exact", "")
    d.metric("112.4亿元，同比增长[[63.5%]]\n", "63.5", "%", "exact", "")
    d.metric("参与商户：[[约28.7万家]]", "28.7e4", "家", "approx", "")
    d.metric("，新签约[[4.2万家]]\n", "4.2e4", "家", "exact", "")
    d.metric("新增用户：[[约326万人]]", "326e4", "人", "approx", "")
    d.metric("其中[[60岁以上]]用户", 60, "岁", "over", "")
    d.metric("用户占[[12.8%]]", "12.8", "%", "exact", "")
    d.metric("补贴金额：[[约2.3亿元]]", "2.3e8", "元", "approx", "")
    # 福州 section (heading 福州： to the heading 厦门：)
    d.city("\n[[福州]]：地铁公交")
    d.org("全省首个与[[蚂蚁金服]]签约")
    d.city("的设区市，[[福州市]]早在")
    d.date("早在[[2017年6月16日]]就与", "2017-06-16", FZ)
    d.org("就与[[蚂蚁金服]]签署")
    d.org("目前，[[福州地铁]]1号线")
    d.metric("1号线[[21座]]车站", 21, "座", "exact", FZ)
    d.org("全部支持[[支付宝]]、微信支付和银联二维码")
    d.org("支付宝、[[微信支付]]和银联二维码")
    d.org("微信支付和[[银联]]二维码")
    d.org("，[[福州市公共交通集团有限公司]]旗下")
    d.metric("旗下[[4800余辆]]公交车", 4800, "辆", "over", FZ)
    d.metric("扫码乘车[[约41万人次]]", "41e4", "人次", "approx", FZ)
    d.metric("公交客流的[[38%]]", 38, "%", "exact", FZ)
    d.org("。[[福建医科大学附属协和医院]]、")
    d.org("、[[福建省立医院]]等")
    d.metric("福建省立医院等[[27家]]", 27, "家", "exact", FZ)
    d.org("。[[福州大学经济与管理学院]]的")
    d.date("调查显示，[[4月]]主城区", "2018-04", FZ)
    d.metric("使用率达[[86.4%]]", "86.4", "%", "exact", FZ)
    d.date("比[[去年同期]]提高21", "2017-04", FZ)
    d.metric("提高[[21个百分点]]", 21, "百分点", "exact", FZ)
    d.org("。[[永辉超市]]在福州")
    d.city("永辉超市在[[福州]]的")
    d.metric("福州的[[86家]]门店", 86, "家", "exact", FZ)
    d.metric("占比[[超过七成]]", 70, "%", "over", FZ)
    d.city("长乐区、[[福清市]]的农贸")
    d.date("也在[[今年3月底]]前", "2018-03", FZ)
    d.org("，[[福州农村商业银行]]（")
    d.org("（[[福州农商银行]]）")
    d.metric("为[[1.2万户]]摊主", "1.2e4", "户", "exact", FZ)
    # 厦门 section (heading 厦门： to the heading 泉州：)
    d.city("\n[[厦门]]：停车缴费")
    d.city("\n[[厦门市]]于今年")
    d.date("厦门市于[[今年1月8日]]正式", "2018-01-08", XM)
    d.org("。[[厦门市商务局]]数据")
    d.date("截至[[3月底]]，全市", "2018-03", XM)
    d.metric("商户达[[12.6万家]]", "12.6e4", "家", "exact", XM)
    d.metric("覆盖率[[92.3%]]", "92.3", "%", "exact", XM)
    d.org("。[[厦门地铁]]1号线")
    d.date("自[[去年12月31日]]开通", "2017-12-31", XM)
    d.metric("累计[[突破650万人次]]", "650e4", "人次", "over", XM)
    d.org("；[[厦门市政府]]与腾讯")
    d.org("厦门市政府与[[腾讯]]合作")
    d.city("“[[厦门]]i停车”")
    d.metric("岛内[[3.8万个]]公共", "3.8e4", "个", "exact", XM)
    d.metric("缴费时间由[[90秒]]缩短", 90, "秒", "exact", XM)
    d.metric("缩短至[[15秒]]", 15, "秒", "exact", XM)
    d.org("，[[厦门银行]]、厦门农村")
    d.org("厦门银行、[[厦门农村商业银行]]联合")
    d.org("联合[[微信支付]]在思明区")
    d.metric("湖里区的[[146个]]菜市场", 146, "个", "exact", XM)
    d.metric("最高立减[[8元]]", 8, "元", "exact", XM)
    d.metric("发放补贴[[620万元]]", "620e4", "元", "exact", XM)
    d.org("。[[厦门大学附属中山医院]]、")
    d.org("、[[厦门大学附属第一医院]]移动")
    d.metric("分别为[[71%]]和68%", 71, "%", "exact", XM)
    d.metric("71%和[[68%]]", 68, "%", "exact", XM)
    # 泉州 section (heading 泉州： to the heading 其他设区市：)
    d.city("\n[[泉州]]：晋江石狮")
    d.city("泉州：[[晋江]]石狮打造")
    d.city("泉州：晋江[[石狮]]打造")
    d.org("\n[[泉州市人民政府]]与")
    d.org("泉州市人民政府与[[蚂蚁金服]]于")
    d.date("蚂蚁金服于[[3月28日]]签约", "2018-03-28", QZ)
    d.city("。[[泉州]]下辖")
    d.city("县级市[[晋江]]、")
    d.city("晋江、[[石狮]]、")
    d.city("石狮、[[南安]]民营")
    d.city("：[[晋江市]]完成")
    d.metric("移动支付交易[[2100万笔]]", "2100e4", "笔", "exact", QZ)
    d.metric("金额[[13.7亿元]]", "13.7e8", "元", "exact", QZ)
    d.city("，[[石狮市]]服装城")
    d.metric("覆盖率[[超过95%]]", 95, "%", "over", QZ)
    d.org("。[[晋江农村商业银行]]（")
    d.org("（[[晋江农商银行]]）")
    d.metric("新增商户[[6300余户]]", 6300, "户", "over", QZ)
    d.org("。[[泉州银行]]则与")
    d.org("则与[[银联]]合作")
    d.metric("首周乘车[[约18万人次]]", "18e4", "人次", "approx", QZ)
    # other prefecture-level cities (a heading with no city ends 泉州)
    d.city("\n[[漳州]]、莆田")
    d.city("漳州、[[莆田]]、")
    d.city("莆田、[[三明]]、")
    d.city("三明、[[南平]]、")
    d.city("南平、[[龙岩]]、")
    d.city("龙岩、[[宁德]]6市")
    d.city("。[[漳州市]]对接入")
    d.metric("每个给予[[2万元]]奖补", "2e4", "元", "exact", ZZ)
    d.metric("全市已有[[近八成]]菜市场", 80, "%", "approx", ZZ)
    d.city("，[[龙海市]]的")
    d.metric("龙海市的[[4个]]农贸", 4, "个", "exact", LH)
    d.city("。[[莆田市]]公立医院")
    d.date("由[[去年底]]的31%", "2017", PT)
    d.metric("去年底的[[31%]]", 31, "%", "exact", PT)
    d.metric("提升至[[54%]]", 54, "%", "exact", PT)
    d.city("。[[龙岩市]]和宁德市")
    d.city("龙岩市和[[宁德市]]分别")
    d.metric("分别有[[1.6万家]]和", "1.6e4", "家", "exact", ND)
    d.metric("和[[1.1万家]]商户", "1.1e4", "家", "exact", ND)
    d.city("。[[三明市]]所辖")
    d.city("县级市[[永安市]]推出")
    d.metric("扫码率达到[[42%]]", 42, "%", "exact", YA)
    d.city("；[[南平市]]则在")
    # outlook (no heading: the paragraph continues after the other cities)
    d.org("\n[[省商务厅]]表示")
    d.date("力争到[[今年年底]]全省", "2018", "")
    d.metric("覆盖率达到[[90%以上]]", 90, "%", "over", "")
    d.date("，到[[2020年]]实现", "2020", "")
    d.date("全覆盖。[[五一]]期间", "2018-05-01", FZ)
    d.org("五一期间，[[支付宝]]和微信支付还将")
    d.org("支付宝和[[微信支付]]还将")
    d.city("还将在[[福州]]、厦门两地")
    d.city("福州、[[厦门]]两地")
    d.org("优惠。[[中国人民银行福州中心支行]]同时")
    d.date("现金，[[5月1日]]起", "2018-05-01", "")
    audit = {
        "cities": ["福州", "厦门", "泉州", "晋江", "石狮", "南安", "福清",
                   "长乐", "漳州", "莆田", "三明", "南平", "龙岩", "宁德",
                   "龙海", "永安", "武夷山", "平潭", "思明", "湖里", "鲤城",
                   "丰泽", "中山", "福建", "全省", "我省", "全市", "岛内",
                   "主城区", "两地", "闽"],
        "excluded": [
            # the province in event and body names, a comprehensive pilot
            # zone (平潭 is a county), districts, a mountain scenic spot
            # (GUIDELINES: not for mountains), the reporter's pen name
            "通报首届[[福建]]省", "和[[平潭]]综合实验区", "[[长乐]]区、福清市",
            "在[[思明]]区", "思明区、[[湖里]]区", "在[[鲤城]]区",
            "鲤城区、[[丰泽]]区", "则在[[武夷山]]景区", "通讯员 [[闽]]商轩",
        ],
        # line numbers (SPEC: route and line numbers are not METRIC)
        "numbers_excluded": ["福州地铁[[1]]号线", "厦门地铁[[1]]号线"],
        # 扫一扫 (a slogan), 二维码 (a word), 二级以上 (a hospital grade, a
        # tier label), 下一步, 第二个 (ordinal), 每年一届 (indefinite), 两地 and
        # 6市 (collective labels for a list just given), 两个月 (duration)
        "cn_excluded": ["扫[[一]]扫", "银联[[二]]维码", "[[二]]级以上",
                        "全省第[[二]]个", "每年[[一]]届", "厦门[[两]]地",
                        "为期[[两]]个月", "下[[一]]步"],
        "latin_excluded": ["厦门[[i]]停车", "晋[[e]]付"],
        # 6市 (a collective label for the six cities just listed)
        "words_excluded": {"日均": 2, "城市周": 3, "首周": 1, "每年": 1,
                           "两个月": 1, "全省": 6, "全市": 2, "我省": 1,
                           "岛内": 1, "主城区": 1, "宁德6市": 1,
                           "两地": 1},
        # generic: 银行机构, 公立医院 (x2), 二级以上医院, 设区市 …
        "orgwords_excluded": {"银行": 1, "医院": 3, "公司": 0, "集团": 0,
                              "政府": 0, "厅": 0, "局": 0, "支行": 0,
                              "大学": 0, "超市": 0, "地铁": 2, "支付宝": 0,
                              "微信支付": 0, "银联": 0, "腾讯": 0,
                              "蚂蚁": 0, "委员会": 0, "云闪付": 3,
                              "本报": 1},
    }
    return d, audit



# ===========================================================================
# g36 city budgets for ROC year 115 (2026), traditional, UTF-8, 2025-11-18
# (a Tuesday, ISO week 2025-W47), Taipei daily (聯合報); byline
# 【記者…／臺北報導】.  A Taiwan text: bare 114年/115年 are ROC years.
# ===========================================================================
@doc
def g36():
    d = Doc("g36_taiwan_city_budget")
    TP, NT, TY, TC, TN, KH, HC, CY = ("台北市", "新北市", "桃园市", "台中市",
                                      "台南市", "高雄市", "新竹市", "嘉义市")
    # title (an ASCII comma in 1,912: no heading; sentence rule -> 台北市)
    d.date("[[115年度]]地方總預算", "2026", TP)
    d.metric("支出增[[近一成]] ", 10, "%", "approx", TP)
    d.city("近一成 [[臺北市]]1,912億元")
    d.metric("臺北市[[1,912億元]]創新高", "1912e8", "元", "exact", TP)
    # lead
    d.city("／[[臺北]]報導】")
    d.date("省轄市[[115年度]]總預算案", "2026", TP)
    d.city("本報統計，[[臺北]]、新北")
    d.city("臺北、[[新北]]、桃園")
    d.city("新北、[[桃園]]、臺中")
    d.city("桃園、[[臺中]]、臺南")
    d.city("臺中、[[臺南]]、高雄")
    d.city("臺南、[[高雄]]六都")
    d.city("六都及[[新竹市]]、")
    d.city("新竹市、[[嘉義市]]115年度")
    d.date("嘉義市[[115年度]]總預算歲出合計", "2026", CY)
    d.metric("合計約新臺幣[[1兆974億元]]", "1097400000000", "元", "approx",
             CY, outer="約新臺幣")
    d.date("較[[114年度]]增加5.8%", "2025", CY)
    d.metric("增加[[5.8%]]", "5.8", "%", "exact", CY)
    d.metric("支出合計[[約1,386億元]]", "1386e8", "元", "approx", "")
    d.metric("增幅達[[9.6%]]", "9.6", "%", "exact", "")
    d.date("已於[[114年11月]]陸續", "2025-11", "")
    d.date("預計在[[12月下旬]]前", "2025-12", "")
    d.date("自[[115年1月1日]]起", "2026-01-01", "")
    d.org("。[[行政院主計總處]]統計")
    d.metric("全國[[22個]]直轄市", 22, "个", "exact", "")
    d.date("及縣市[[115年度]]歲出", "2026", "")
    d.metric("歲出合計[[約1兆6,850億元]]", "1685000000000", "元", "approx",
             "")
    d.metric("即占[[6成以上]]", 60, "%", "over", "")
    # 臺北 section (heading 臺北： to the heading 新北：)
    d.city("\n[[臺北]]：觀光行銷")
    d.metric("預算增[[3成]] ", 30, "%", "exact", TP)
    d.org("\n[[臺北市政府主計處]]（")
    d.org("（[[主計處]]）")
    d.date("）[[昨（17）日]]表示", "2025-11-17", TP)
    d.city("表示，[[臺北市]]115年度")
    d.date("臺北市[[115年度]]總預算歲出編列", "2026", TP)
    d.metric("編列[[1,912億元]]", "1912e8", "元", "exact", TP)
    d.date("較[[114年度]]增加86億元", "2025", TP)
    d.metric("增加[[86億元]]", "86e8", "元", "exact", TP)
    d.metric("成長[[4.7%]]", "4.7", "%", "exact", TP)
    d.org("其中[[臺北市政府觀光傳播局]]（")
    d.org("（[[觀傳局]]）")
    d.metric("預算編列[[6.8億元]]", "6.8e8", "元", "exact", TP)
    d.date("較[[今年]]增加約3成", "2025", TP)
    d.metric("增加[[約3成]]", 30, "%", "approx", TP)
    d.date("用於[[115年元旦]]跨年", "2026-01-01", TP)
    d.city("跨年晚會、[[臺北]]燈節")
    d.city("赴[[東京]]、")
    d.city("東京、[[首爾]]、")
    d.city("首爾、[[曼谷]]等城市")
    d.org("。[[觀傳局]]指出")
    d.date("指出，[[今年1]]至9月", "2025-01", TP)
    d.date("今年1至[[9月]]來", "2025-09", TP)
    d.city("9月來[[臺北]]的")
    d.metric("國際旅客[[約612萬人次]]", "612e4", "人次", "approx", TP)
    d.metric("年增[[18.6%]]", "18.6", "%", "exact", TP)
    d.metric("平均停留[[3.4晚]]", "3.4", "晚", "exact", TP)
    d.org("。[[臺北市政府交通局]]則")
    d.metric("虧損補貼[[24.5億元]]", "24.5e8", "元", "exact", TP)
    d.org("補助[[臺北捷運公司]]環狀線")
    d.org("。[[臺北市議會]]預算審查")
    d.date("將於[[11月24日]]開始", "2025-11-24", TP)
    d.metric("單場經費[[逾8,000萬元]]", "8000e4", "元", "over", TP)
    # 新北 section
    d.city("\n[[新北]]：交通支出")
    d.org("\n[[新北市政府財政局]]表示")
    d.city("表示，[[新北市]]115年度")
    d.date("新北市[[115年度]]總預算", "2026", NT)
    d.metric("歲出[[2,315億元]]", "2315e8", "元", "exact", NT)
    d.org("；[[新北市政府交通局]]編列")
    d.metric("相關經費[[186.3億元]]", "186.3e8", "元", "exact", NT)
    d.metric("總預算的[[8%]]", 8, "%", "exact", NT)
    d.date("預計在[[115年第1季]]通車", "2026-Q1", NT)
    d.org("，[[新北市政府捷運工程局]]（")
    d.org("（[[捷運局]]）")
    d.metric("已編列[[3.2億元]]", "3.2e8", "元", "exact", NT)
    d.org("。[[新北市政府觀光旅遊局]]（")
    d.org("（[[觀旅局]]）")
    d.metric("預算則為[[4.1億元]]", "4.1e8", "元", "exact", NT)
    d.date("較[[114年度]]微增", "2025", NT)
    d.metric("微增[[2.5%]]", "2.5", "%", "exact", NT)
    d.date("上述活動[[114年]]共吸引", "2025", NT)
    d.metric("共吸引[[約96萬人次]]", "96e4", "人次", "approx", NT)
    # 桃園 section
    d.city("\n[[桃園]]：航廈")
    d.city("\n[[桃園市]]115年度")
    d.date("桃園市[[115年度]]總預算", "2026", TY)
    d.metric("歲出[[1,468億元]]", "1468e8", "元", "exact", TY)
    d.metric("年增[[6.9%]]", "6.9", "%", "exact", TY)
    d.org("。[[桃園市政府交通局]]編列")
    d.org("編列[[桃園捷運]]綠線")
    d.metric("建設經費[[98.7億元]]", "98.7e8", "元", "exact", TY)
    d.org("補助[[桃園大眾捷運股份有限公司]]（")
    d.org("（[[桃捷公司]]）")
    d.metric("票價優惠[[7,200萬元]]", "7200e4", "元", "exact", TY)
    d.org("為迎接[[桃園國際機場]]第三")
    d.org("啟用，[[桃園市政府觀光旅遊局]]預算")
    d.date("由[[114年度]]的1.9億元", "2025", TY)
    d.metric("114年度的[[1.9億元]]", "1.9e8", "元", "exact", TY)
    d.metric("增至[[3.8億元]]", "3.8e8", "元", "exact", TY)
    d.metric("增加[[1倍]]", 1, "倍", "exact", TY)
    d.org("。[[桃園市議會]]上週")
    d.date("桃園市議會[[上週]]已完成", "2025-W46", TY)
    # 中南部 (a heading with no city ends the 桃園 section)
    d.city("\n[[臺中市]]115年度")
    d.date("臺中市[[115年度]]總預算", "2026", TC)
    d.metric("歲出[[1,726億元]]", "1726e8", "元", "exact", TC)
    d.org("，[[臺中市政府交通局]]編列")
    d.org("編列[[臺中捷運]]藍線")
    d.metric("先期工程經費[[42.6億元]]", "42.6e8", "元", "exact", TC)
    d.org("；[[臺中市議會]]審查")
    d.metric("每年[[約16億元]]的補貼", "16e8", "元", "approx", "")
    d.org("。[[臺南市政府財政稅務局]]指出")
    d.city("指出，[[臺南市]]115年度")
    d.date("臺南市[[115年度]]歲出", "2026", TN)
    d.metric("歲出[[1,152億元]]", "1152e8", "元", "exact", TN)
    d.org("其中[[臺南市政府觀光旅遊局]]編列")
    d.metric("觀光旅遊局編列[[2.7億元]]", "2.7e8", "元", "exact", TN)
    d.city("古都夜遊及[[臺南]]山海圳")
    d.org("。[[臺中市政府觀光旅遊局]]則")
    d.metric("則編列[[3.1億元]]", "3.1e8", "元", "exact", TC)
    d.city("持續辦理[[臺中]]國際花毯節")
    d.date("上述活動[[今年]]共吸引", "2025", TC)
    d.metric("共吸引[[逾420萬人次]]", "420e4", "人次", "over", TC)
    d.city("。[[高雄市]]115年度")
    d.date("高雄市[[115年度]]總預算", "2026", KH)
    d.metric("歲出[[1,752億元]]", "1752e8", "元", "exact", KH)
    d.org("，[[高雄市政府觀光局]]編列")
    d.metric("觀光局編列[[5.3億元]]", "5.3e8", "元", "exact", KH)
    d.city("將在[[東京]]、大阪")
    d.city("東京、[[大阪]]及")
    d.city("大阪及[[釜山]]舉辦")
    d.org("；[[高雄市政府交通局]]編列")
    d.org("環狀輕軌及[[高雄捷運]]紅線")
    d.metric("補助經費[[67.8億元]]", "67.8e8", "元", "exact", "")
    d.org("，[[高雄捷運公司]]預估")
    d.date("預估[[115年]]運量", "2026", "")
    d.metric("可達[[6,900萬人次]]", "6900e4", "人次", "exact", "")
    # 新竹市、嘉義市 (heading opens with 新竹市 + 、: no section)
    d.city("\n[[新竹市]]、嘉義市：")
    d.city("新竹市、[[嘉義市]]：")
    d.city("\n[[新竹市]]115年度")
    d.date("新竹市[[115年度]]總預算", "2026", HC)
    d.metric("歲出[[約423億元]]", "423e8", "元", "approx", HC)
    d.org("，[[新竹市政府交通處]]編列")
    d.metric("改善計畫經費[[9.6億元]]", "9.6e8", "元", "exact", HC)
    d.org("並與[[新竹縣政府]]合作")
    d.city("。[[嘉義市]]115年度")
    d.date("嘉義市[[115年度]]歲出約226", "2026", CY)
    d.metric("歲出[[約226億元]]", "226e8", "元", "approx", CY)
    d.org("，[[嘉義市政府觀光新聞處]]編列")
    d.metric("觀光新聞處編列[[1.5億元]]", "1.5e8", "元", "exact", CY)
    d.city("辦理[[嘉義市]]國際管樂節")
    d.org("。[[嘉義市政府財政稅務局]]表示")
    d.metric("財源比率[[約38%]]", 38, "%", "approx", "")
    d.date("預計在[[12月中旬]]完成", "2025-12", "")
    # 中央補助 (heading with no city)
    d.org("中央補助：[[觀光署]]擴大")
    d.org("\n[[交通部觀光署]]表示")
    d.date("表示，[[民國115年度]]編列", "2026", "")
    d.metric("「觀光圈」經費[[30億元]]", "30e8", "元", "exact", "")
    d.date("較[[今年]]增加逾2成", "2025", "")
    d.metric("增加[[逾2成]]", 20, "%", "over", "")
    d.metric("可分配[[約55%]]", 55, "%", "approx", "")
    d.org("。[[觀光署]]統計")
    d.date("統計，[[去年]]來臺", "2024", "")
    d.metric("來臺旅客[[約785萬人次]]", "785e4", "人次", "approx", "")
    d.date("，[[今年前10月]]已達", "2025", "")
    d.metric("已達[[704萬人次]]", "704e4", "人次", "exact", "")
    d.metric("可望[[突破850萬人次]]", "850e4", "人次", "over", "")
    d.org("。[[財政部]]則核定")
    d.date("核定[[115年度]]中央", "2026", "")
    d.metric("分配稅款[[3,915億元]]", "3915e8", "元", "exact", "")
    d.metric("分配比率為[[61.76%]]", "61.76", "%", "exact", "")
    d.date("比重由[[114年度]]的12.1%", "2025", "")
    d.metric("114年度的[[12.1%]]", "12.1", "%", "exact", "")
    d.metric("提高至[[12.6%]]", "12.6", "%", "exact", "")
    d.metric("增加[[0.5個百分點]]", "0.5", "百分点", "exact", "")
    # analyst
    d.org("\n[[國立政治大學財政學系]]教授")
    d.date("，[[明年底]]前", "2026", "")
    d.metric("單場[[逾千萬元]]的", "1e7", "元", "over", "")
    audit = {
        "cities": ["臺北", "新北", "桃園", "臺中", "臺南", "高雄", "新竹",
                   "嘉義", "東京", "首爾", "曼谷", "大阪", "釜山", "臺",
                   "台", "平溪", "貢寮", "大甲", "阿里山", "三鶯", "全國",
                   "六都", "兩市", "該市", "古都"],
        "excluded": [
            # 新竹 before 火車站 (a station; 新竹 bare counts only as
            # 新竹市), districts, a mountain railway, an MRT line
            "[[新竹]]火車站", "重點包括[[平溪]]天燈節", "及[[貢寮]]國際",
            "及[[大甲]]媽祖", "將[[阿里山]]林業", "捷運[[三鶯]]線",
            "[[古都]]夜遊", "去年[[來臺]]旅客",
        ],
        "numbers_excluded": [],
        # 六都 and 兩市 (collective labels for the cities just listed), 三讀
        # and 一讀 (readings), 第三航廈 (ordinal)
        "cn_excluded": ["高雄[[六]]都", "預計在12月下旬前完成[[三]]讀",
                        "預算案[[一]]讀", "機場第[[三]]航廈", "[[兩]]市議會"],
        "latin_excluded": [],
        # time characters outside rows: 年增 (rates x2, and 今年|增 x2), 歷年, 跨年 (x2,
        # the New Year's Eve show), 每年, 全年, 明顯, 天燈節/燈節/花毯節/
        # 文化節/管樂節 (events), 說明, 周邊 (x2); 新臺幣 (臺 of the
        # currency); 全國 (x2); 部 of the heading 中南部
        "words_excluded": {"年增": 4, "歷年": 1, "跨年": 2, "每年": 1,
                           "全年": 1, "明顯": 1, "天燈節": 1, "北燈節": 1,
                           "花毯節": 1, "文化節": 1, "管樂節": 1,
                           "新臺幣": 1, "全國": 2, "說明": 1, "周邊": 2, "六都": 1, "兩市": 1,
                           "該市": 1},
        # generic: 議會 (x2), 各市議會, 兩市議會, 各委員會, 地方政府,
        # 捷運三鶯線, 捷運營運 …
        "orgwords_excluded": {"議會": 4, "委員會": 1, "政府": 1, "局": 0,
                              "處": 0, "署": 0, "部": 1, "公司": 0,
                              "捷運": 2, "機場": 0, "大學": 0, "本報": 1},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙"
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
    m = re.fullmatch(r"([百千])([万萬亿億]+)(\D*)", span)
    if m:                       # a bare magnitude, only with a marker
        assert q != "exact", span                  # (逾千萬元, 突破百亿元)
        v = Decimal(100 if m.group(1) == "百" else 1000)
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
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), "ORG string", org_spans)
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
