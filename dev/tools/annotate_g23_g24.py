#!/usr/bin/env python3
"""Gold annotation for the held-out articles g23_guangdong_trade and
g24_taiwan_retail_tourism (annotator L).

Adapted from heldout/tools/annotate_i.py (now dev/tools/annotate_g17_g18.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g23 is simplified (mainland, 南方日报) stored in GBK; g24 is traditional
(Taiwan, 聯合報) stored as UTF-8 with a BOM, which is removed before offsets
are counted.  g24's `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
and corpus/gold as precedents.  Decisions: dev/NOTES_g23_g24.md.
Reference dates: corpus/manifest.csv (g23 2025-11-20, g24 2025-10-24); the
script checks only its own two rows, so it also runs inside heldout/ next to
other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect, which must
agree.

Checks: strict decoding with the declared codec and a byte round trip (g23
must not be UTF-8, g24 must start with the UTF-8 BOM); text ==
original[start:end]; rows sorted, no overlaps; no span starts or ends with
white space or punctuation; field formats per type; DATE normalizations are
real calendar values; METRIC value, qualifier and written unit re-derived
from the span text (a marker outside the span must be declared and stand
right before it; a unit shared with the next figure of a range must be
declared and must follow); ORG/CITY normalizations and units against OpenCC
t2s (the `opencc` module, else $CN_NEWS_PYTHON, else ../../.venv/bin/python,
else /work/main/.venv/bin/python).
Audits: every ASCII digit run, Latin word, Chinese numeral character, listed
city/place string, organization-like word, time character and every
occurrence of an annotated ORG string is inside a row (ORG strings: an ORG
row) or excluded here on purpose.  Re-run (from anywhere):

    python3 dev/tools/annotate_g23_g24.py
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
    "g23_guangdong_trade": ("gbk", b"", False, "2025-11-20", "南方日报"),
    "g24_taiwan_retail_tourism": ("utf-8", BOM8, True, "2025-10-24",
                                  "聯合報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g23 (county-level cities 四会市 (肇庆), 鹤山市 (江门) in 2025)
    "深圳": "深圳市", "深圳市": "深圳市", "东莞": "东莞市", "东莞市": "东莞市",
    "佛山": "佛山市", "佛山市": "佛山市", "广州": "广州市", "肇庆": "肇庆市",
    "四会市": "四会市", "江门": "江门市", "鹤山市": "鹤山市", "香港": "香港",
    "迪拜": "迪拜", "圣保罗": "圣保罗",
    # g24 (Taiwan: full names with 市; others: common names)
    "臺北": "台北市", "臺北市": "台北市", "臺中": "台中市", "臺中市": "台中市",
    "高雄": "高雄市", "高雄市": "高雄市", "臺南": "台南市", "臺南市": "台南市",
    "新北市": "新北市", "桃園市": "桃园市", "嘉義市": "嘉义市",
    "澳門": "澳门", "上海": "上海市", "廈門": "厦门市", "福州": "福州市",
    "廣州": "广州市", "東京": "东京", "大阪": "大阪", "首爾": "首尔",
    "曼谷": "曼谷",
}
# Taiwan spellings whose mainland standard name differs (none here)
CITY_ALIAS = {}

# ORG span (traditional) -> OpenCC t2s form (checked below); simplified
# spans normalize to themselves.
ORG_NORM = {
    "新光三越百貨股份有限公司": "新光三越百货股份有限公司",
    "新光三越": "新光三越", "遠東SOGO百貨": "远东SOGO百货",
    "遠東SOGO": "远东SOGO", "經濟部統計處": "经济部统计处",
    "財金資訊股份有限公司": "财金资讯股份有限公司", "財金公司": "财金公司",
    "微風集團": "微风集团", "臺北市政府觀光傳播局": "台北市政府观光传播局",
    "觀傳局": "观传局", "遠東百貨股份有限公司": "远东百货股份有限公司",
    "遠百": "远百", "三井不動產": "三井不动产",
    "臺中市政府經濟發展局": "台中市政府经济发展局",
    "高雄市政府觀光局": "高雄市政府观光局", "漢神百貨": "汉神百货",
    "大立百貨": "大立百货", "統一時代百貨": "统一时代百货",
    "臺南市政府觀光旅遊局": "台南市政府观光旅游局",
    "交通部觀光署": "交通部观光署", "觀光署": "观光署",
    "KKday": "KKday", "Agoda": "Agoda",
    "桃園國際機場股份有限公司": "桃园国际机场股份有限公司",
    "桃園機場公司": "桃园机场公司", "桃園機場": "桃园机场",
    "中華航空": "中华航空", "長榮航空": "长荣航空",
    "新北市政府觀光旅遊局": "新北市政府观光旅游局",
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
# g23 Guangdong foreign trade, simplified, GBK, 2025-11-20 (a Thursday),
# provincial daily (南方日报); dateline 本报广州11月19日讯
# ===========================================================================
@doc
def g23():
    d = Doc("g23_guangdong_trade")
    SZ, DG, FS, GZ = "深圳市", "东莞市", "佛山市", "广州市"
    # title: a heading opening with 深圳 followed by 东莞 (no section);
    # sentence rule: nearest CITY before -> 佛山市
    d.city("[[深圳]]东莞佛山前10个月")
    d.city("深圳[[东莞]]佛山前10个月")
    d.city("深圳东莞[[佛山]]前10个月")
    d.date("佛山[[前10个月]]外贸", "2025", FS)
    d.metric("出口增长[[逾三成]]\n", 30, "%", "over", FS)
    # byline (news outlet in a byline is ORG)
    d.org("[[南方日报]]记者")
    # lead
    d.city("本报[[广州]]11月19日讯")
    d.date("本报广州[[11月19日]]讯", "2025-11-19", GZ)
    d.date("记者[[19日]]从", "2025-11-19", GZ)
    d.org("从[[海关总署广东分署]]获悉")
    d.date("获悉，[[今年前10个月]]，广东省", "2025", GZ)
    d.metric("外贸进出口[[7.68万亿元]]", "7.68e12", "元", "exact", GZ)
    d.metric("同比增长[[4.2%]]，规模", "4.2", "%", "exact", GZ)
    d.metric("出口[[4.91万亿元]]", "4.91e12", "元", "exact", "")
    d.metric("增长[[6.5%]]；进口", "6.5", "%", "exact", "")
    d.metric("进口[[2.77万亿元]]", "2.77e12", "元", "exact", "")
    d.metric("下降[[0.3%]]", "0.3", "%", "exact", "")
    d.city("。[[深圳]]、东莞、佛山三市")
    d.city("。深圳、[[东莞]]、佛山三市")
    d.city("。深圳、东莞、[[佛山]]三市")
    d.metric("合计进出口[[5.02万亿元]]", "5.02e12", "元", "exact", FS)
    d.metric("占全省的[[65.4%]]", "65.4", "%", "exact", FS)
    d.metric("外贸增长[[约3.1个百分点]]", "3.1", "百分点", "approx", FS)
    d.date("。[[10月]]当月", "2025-10", "")
    d.date("10月[[当月]]，", "2025-10", "")
    d.metric("全省进出口[[8012.6亿元]]", "8012.6e8", "元", "exact", "")
    d.metric("同比增长[[2.8%]]", "2.8", "%", "exact", "")
    d.date("增速较[[上月]]回落", "2025-09", "")
    d.metric("回落[[1.6个百分点]]", "1.6", "百分点", "exact", "")
    # provincial commerce department
    d.org("\n\n[[广东省商务厅]]（")
    d.org("以下简称“[[省商务厅]]”）")
    d.date("介绍，[[前三季度]]全省", "2025", SZ)
    d.metric("进出口[[突破8000亿元]]", "8000e8", "元", "over", SZ)
    d.date("，[[今年前10个月]]有望", "2025", SZ)
    d.metric("有望[[超过9100亿元]]", "9100e8", "元", "over", SZ)
    d.metric("9100亿元，增长[[逾三成]]", 30, "%", "over", SZ)
    d.city("经[[深圳]]、广州等口岸")
    d.city("经深圳、[[广州]]等口岸")
    d.metric("约占全国的[[四成]]", 40, "%", "approx", GZ, outer="约占全国的")
    d.date("。[[今年]]以来，全省新增", "2025", "")
    d.metric("外贸企业[[1.2万家]]", "1.2e4", "家", "exact", "")
    d.metric("首次[[突破11万家]]", "11e4", "家", "over", "")
    d.metric("占比[[近八成]]", 80, "%", "approx", "")
    # 深圳 section
    d.city("\n[[深圳]]：前10个月")
    d.date("深圳：[[前10个月]]进出口", "2025", SZ)
    d.metric("：前10个月进出口[[3.42万亿元]]\n", "3.42e12", "元", "exact", SZ)
    d.org("据[[深圳海关]]统计")
    d.date("深圳海关统计，[[今年前10个月]]", "2025", SZ)
    d.city("今年前10个月，[[深圳市]]进出口")
    d.metric("深圳市进出口[[3.42万亿元]]，", "3.42e12", "元", "exact", SZ)
    d.metric("同比增长[[5.8%]]", "5.8", "%", "exact", SZ)
    d.metric("出口[[2.16万亿元]]", "2.16e12", "元", "exact", SZ)
    d.metric("增长[[7.9%]]", "7.9", "%", "exact", SZ)
    d.metric("计价约合[[3012亿美元]]", "3012e8", "美元", "approx", SZ,
             outer="约合")
    d.metric("民营企业进出口[[2.31万亿元]]", "2.31e12", "元", "exact", SZ)
    d.metric("提升至[[67.5%]]", "67.5", "%", "exact", SZ)
    d.org("对[[东南亚国家联盟]]（")
    d.org("国家联盟（[[东盟]]）")
    d.org("（东盟）、[[欧盟]]的")
    d.metric("分别增长[[11.4%]]", "11.4", "%", "exact", SZ)
    d.metric("11.4%和[[6.2%]]", "6.2", "%", "exact", SZ)
    d.metric("机电产品出口[[1.45万亿元]]", "1.45e12", "元", "exact", SZ)
    d.metric("出口总值的[[近七成]]", 70, "%", "approx", SZ)
    d.metric("出口增长[[1.3倍]]", "1.3", "倍", "exact", SZ)
    d.metric("产品出口增长[[逾四成]]", 40, "%", "over", SZ)
    d.org("明显。[[比亚迪股份有限公司]]（")
    d.org("以下简称“[[比亚迪]]”）")
    d.date("“比亚迪”）[[前10个月]]海外", "2025", SZ)
    d.metric("海外销量[[约78.6万辆]]", "78.6e4", "辆", "approx", SZ)
    d.date("是[[去年]]全年的", "2024", SZ)
    d.metric("全年的[[1.8倍]]", "1.8", "倍", "exact", SZ)
    d.date("，[[10月]]单月海外销量", "2025-10", SZ)
    d.metric("海外销量[[超过8.4万辆]]", "8.4e4", "辆", "over", SZ)
    d.org("；[[华为技术有限公司]]、")
    d.org("、[[深圳市大疆创新科技有限公司]]（")
    d.org("以下简称“[[大疆]]”）")
    d.org("增长，[[大疆]]海外收入")
    d.metric("海外收入占比[[超过八成]]", 80, "%", "over", SZ)
    d.org("。[[深圳市商务局]]数据显示")
    d.date("数据显示，[[今年前10个月]]", "2025", SZ)
    d.city("今年前10个月，[[深圳]]跨境电商")
    d.metric("跨境电商进出口[[3260.5亿元]]", "3260.5e8", "元", "exact", SZ)
    d.metric("增长[[36.8%]]", "36.8", "%", "exact", SZ)
    d.metric("跨境电商企业[[超过1.5万家]]", "1.5e4", "家", "over", SZ)
    d.org("。[[深圳市星联跨境电子商务有限公司]]负责人")
    d.org("通过[[亚马逊]]、")
    d.org("亚马逊、[[SHEIN]]、")
    d.org("SHEIN、[[Temu]]等平台")
    d.date("小家电[[今年前10个月]]订单量", "2025", SZ)
    d.metric("订单量[[约1260万单]]", "1260e4", "单", "approx", SZ)
    d.metric("订单增长[[近1倍]]", 1, "倍", "approx", SZ)
    d.date("盐田港[[前10个月]]完成", "2025", SZ)
    d.metric("吞吐量[[1265.3万标准箱]]", "1265.3e4", "标准箱", "exact", SZ)
    d.metric("增长[[7.4%]]", "7.4", "%", "exact", SZ)
    d.org("；[[深圳宝安国际机场]]国际")
    d.metric("货邮吞吐量[[约98.6万吨]]", "98.6e4", "吨", "approx", SZ)
    d.metric("增长[[近两成]]", 20, "%", "approx", SZ)
    # 东莞 section
    d.city("\n[[东莞]]：一般贸易")
    d.org("据[[黄埔海关]]统计")
    d.date("统计，[[今年1月]]至10月", "2025-01", DG)
    d.date("今年1月至[[10月]]，东莞市", "2025-10", DG)
    d.city("至10月，[[东莞市]]进出口")
    d.metric("东莞市进出口[[1.08万亿元]]", "1.08e12", "元", "exact", DG)
    d.metric("同比增长[[3.6%]]", "3.6", "%", "exact", DG)
    d.metric("一般贸易进出口[[5523.7亿元]]", "5523.7e8", "元", "exact", DG)
    d.metric("增长[[9.2%]]", "9.2", "%", "exact", DG)
    d.metric("占比达[[51.1%]]", "51.1", "%", "exact", DG)
    d.metric("加工贸易进出口[[3410.2亿元]]", "3410.2e8", "元", "exact", DG)
    d.metric("下降[[4.5%]]", "4.5", "%", "exact", DG)
    d.org("。[[东莞市商务局]]相关")
    d.org("表示，[[OPPO]]、")
    d.org("OPPO、[[vivo]]等手机企业")
    d.date("全市[[前10个月]]手机出口", "2025", DG)
    d.metric("手机出口[[1.36亿台]]", "1.36e8", "台", "exact", DG)
    d.metric("出口值约合[[214亿美元]]", "214e8", "美元", "approx", DG,
             outer="约合")
    d.city("“[[东莞]]制造”")
    d.org("，[[东莞市华鼎智能装备有限公司]]（")
    d.org("以下简称“[[华鼎智能]]”）")
    d.date("”）[[今年]]新开拓", "2025", DG)
    d.date("该公司[[前10个月]]出口额", "2025", DG)
    d.metric("同比增长[[62%]]", 62, "%", "exact", DG)
    d.org("。[[华鼎智能]]负责人说")
    d.metric("已[[超过300个]]标准集装箱", 300, "个", "over", DG)
    d.metric("方式降低[[约25%]]", 25, "%", "approx", DG)
    d.date("东莞港[[前10个月]]完成", "2025", DG)
    d.metric("货物吞吐量[[3580万吨]]", "3580e4", "吨", "exact", DG)
    d.metric("的比例约为[[三成]]", 30, "%", "approx", DG, outer="约为")
    # 佛山 section
    d.city("\n[[佛山]]：家电订单")
    d.date("订单排至[[明年一季度]]\n", "2026-Q1", FS)
    d.org("据[[佛山海关]]统计")
    d.date("佛山海关统计，[[今年前10个月]]", "2025", FS)
    d.city("今年前10个月，[[佛山市]]进出口")
    d.metric("佛山市进出口[[5198.6亿元]]", "5198.6e8", "元", "exact", FS)
    d.metric("同比增长[[2.9%]]", "2.9", "%", "exact", FS)
    d.metric("出口[[3962.4亿元]]", "3962.4e8", "元", "exact", FS)
    d.metric("增长[[4.1%]]。", "4.1", "%", "exact", FS)
    d.metric("家用电器出口[[1012.8亿元]]", "1012.8e8", "元", "exact", FS)
    d.metric("增长[[6.3%]]", "6.3", "%", "exact", FS)
    d.metric("比重约为[[15%]]", 15, "%", "approx", FS, outer="约为")
    d.org("。[[美的集团股份有限公司]]、")
    d.org("、[[格兰仕]]等家电企业")
    d.date("订单已排至[[明年一季度]]。", "2026-Q1", FS)
    d.org("位于顺德的[[佛山市顺德区锦宏电器有限公司]]负责人")
    d.date("该公司[[10月]]接到", "2025-10", FS)
    d.metric("欧洲订单[[约3.2亿欧元]]", "3.2e8", "欧元", "approx", FS)
    d.date("比[[上月]]增长", "2025-09", FS)
    d.metric("上月增长[[逾20%]]", 20, "%", "over", FS)
    d.date("排到[[明年3月]]", "2026-03", FS)
    d.city("看，[[佛山]]家电企业")
    d.city("带动[[肇庆]]四会市")
    d.city("带动肇庆[[四会市]]")
    d.city("、[[江门]]鹤山市")
    d.city("、江门[[鹤山市]]等")
    d.date("零部件企业[[前10个月]]出口", "2025", FS)
    d.metric("出口增长[[近15%]]", 15, "%", "approx", FS)
    d.metric("另有[[约一成]]", 10, "%", "approx", FS)
    d.city("经[[香港]]转口")
    # trade fairs (non-city heading ends the 佛山 section)
    d.date("（广交会）于[[10月15日]]至", "2025-10-15", GZ)
    d.date("10月15日至[[11月4日]]在广州", "2025-11-04", GZ)
    d.city("11月4日在[[广州]]举办")
    d.metric("境外采购商[[约31.2万人]]", "31.2e4", "人", "approx", GZ)
    d.metric("来自[[223个]]国家", 223, "个", "exact", GZ)
    d.metric("意向出口成交[[约255亿美元]]", "255e8", "美元", "approx", GZ)
    d.metric("上届增长[[3.4%]]", "3.4", "%", "exact", GZ)
    d.org("。[[省商务厅]]透露")
    d.date("透露，[[11月28日]]至30日", "2025-11-28", SZ)
    d.date("11月28日至[[30日]]，", "2025-11-30", SZ)
    d.date("，[[2025]]中国（深圳）", "2025", SZ)
    d.city("2025中国（[[深圳]]）")
    d.city("将在[[深圳]]举行")
    d.metric("参展企业[[超过2000家]]", 2000, "家", "over", SZ)
    d.date("；[[12月上旬]]，", "2025-12", "迪拜")
    d.org("12月上旬，[[省商务厅]]还将")
    d.metric("组织[[约120家]]企业", 120, "家", "approx", "迪拜")
    d.city("赴[[迪拜]]、")
    d.city("迪拜、[[圣保罗]]参加")
    # outlook
    d.org("展望全年，[[省商务厅]]预计")
    d.date("预计，[[第四季度]]全省", "2025-Q4", "")
    d.metric("有望达到[[9.2万亿元左右]]", "9.2e12", "元", "approx", "")
    d.org("。[[海关总署广东分署]]相关")
    d.date("表示，[[年底]]前将在", "2025", GZ)
    d.city("将在[[广州]]、深圳、东莞、佛山等地")
    d.city("将在广州、[[深圳]]、东莞、佛山等地")
    d.city("将在广州、深圳、[[东莞]]、佛山等地")
    d.city("将在广州、深圳、东莞、[[佛山]]等地")
    d.metric("再推出[[10项]]", 10, "项", "exact", FS)
    d.metric("再缩短[[10%以上]]", 10, "%", "over", FS)
    d.org("。[[中国出口信用保险公司广东分公司]]（")
    d.org("（[[中国信保广东分公司]]）")
    d.date("（中国信保广东分公司）[[前10个月]]", "2025", "")
    d.metric("为全省[[约2.6万家]]", "2.6e4", "家", "approx", "")
    d.metric("风险保障[[超过1200亿美元]]", "1200e8", "美元", "over", "")
    d.metric("同比增长[[12.3%]]", "12.3", "%", "exact", "")
    audit = {
        "cities": ["深圳", "东莞", "佛山", "广州", "肇庆", "四会", "江门",
                   "鹤山", "香港", "迪拜", "圣保罗", "广东", "顺德", "南海",
                   "三水", "前海", "南山", "松山湖", "石龙", "盐田", "南沙",
                   "黄埔", "宝安", "欧洲", "中东", "非洲", "拉美", "东南亚",
                   "墨西哥", "巴西", "中国", "全省", "全市", "全国", "广",
                   "粤"],
        "excluded": [
            # provinces, districts (顺德 and 南海 are districts since
            # 2003/2002), areas, ports (city/district + 港), a station,
            # regions, countries, one-character abbreviations
            "[[广东]]省外贸", "[[顺德]]的佛山", "[[南海]]、三水",
            "南海、[[三水]]的", "[[前海]]、南山", "前海、[[南山]]等地",
            "在[[松山湖]]高新区", "从[[石龙]]站", "[[盐田]]港",
            "经[[南沙]]港", "[[东莞]]港前10个月", "在[[欧洲]]、中东", "的[[欧洲]]订单",
            "欧洲、[[中东]]市场保持", "在[[中东]]、非洲", "中东、[[非洲]]市场",
            "发往[[拉美]]的", "销往[[东南亚]]", "开拓了[[墨西哥]]、巴西",
            "墨西哥、[[巴西]]等", "[[广]]交会", "通讯员 [[粤]]关宣",
            "第138届[[中国]]进出口", "2025[[中国]]（深圳）",
        ],
        "numbers_excluded": [
            # 连续39年: a duration; 第138届: an ordinal
            "连续[[39]]年", "第[[138]]届",
        ],
        # 三市: a collective label for the list just given; “新三样”: a
        # name; 三期: the fair's phases; 一般贸易 (x2): a word
        "cn_excluded": ["佛山[[三]]市", "“新[[三]]样”", "[[三]]期累计",
                        "[[一]]般贸易占比", "其中，[[一]]般贸易",
                        "首次过[[半]]"],
        "latin_excluded": [],
        # time characters outside rows: 全年 (去年全年, 展望全年, 全年进出口),
        # 单月, 明显 (明 = clear), 周边 (周 = around); deictic 全省, 全市,
        # 全国 (not CITY)
        "words_excluded": {"全年": 3, "单月": 1, "明显": 1, "连续39年": 1,
                           "全省": 7, "全市": 2, "全国": 3, "周边": 1},
        # generic: 该公司 (x2), 公司通过; 会: 四会市 (a CITY) and the
        # events 交易会, 广交会, 展览会, 展会 (x2), 到会; 部: 部分企业,
        # 零部件; 等平台; 本报 (not ORG); 拉美的 is not 美的
        "orgwords_excluded": {"公司": 3, "局": 0, "会": 7, "部": 2,
                              "平台": 1, "报": 1,
                              "所": 0, "委": 0, "海关": 0, "盟": 0,
                              "集团": 0, "商务": 0, "美的": 1, "华为": 0,
                              "中心": 0, "厅": 0, "机场": 0},
    }
    return d, audit


# ===========================================================================
# g24 department-store anniversary sales and inbound tourism, traditional,
# UTF-8 with BOM, 2025-10-24 (a Friday), Taipei daily (聯合報)
# ===========================================================================
@doc
def g24():
    d = Doc("g24_taiwan_retail_tourism")
    TP, TC, KH, TN = "台北市", "台中市", "高雄市", "台南市"
    # title: no CITY (來臺: 臺 alone is no city)
    d.date("衝高 [[9月]]來臺", "2025-09", "")
    d.metric("旅客年增[[逾1成]]\n", 10, "%", "over", "")
    # lead
    d.city("【記者林佳慧／[[臺北]]報導】")
    d.date("百貨集團[[昨（23）日]]陸續", "2025-10-23", TP)
    d.org("戰績。[[新光三越百貨股份有限公司]]（")
    d.org("以下簡稱「[[新光三越]]」）週年慶")
    d.date("週年慶自[[10月3日]]開跑", "2025-10-03", "")
    d.metric("新臺幣[[205.8億元]]", "205.8e8", "元", "exact", "")
    d.metric("年增[[6.7%]]；", "6.7", "%", "exact", "")
    d.org("；[[遠東SOGO百貨]]（")
    d.org("以下簡稱「[[遠東SOGO]]」）")
    d.city("」）[[臺北]]地區")
    d.metric("臺北地區[[4家]]分店", 4, "家", "exact", TP)
    d.metric("首11天業績[[約58.3億元]]", "58.3e8", "元", "approx", TP)
    d.date("較[[去年同期]]成長約5%", "2024", TP)
    d.metric("成長[[約5%]]", 5, "%", "approx", TP)
    d.date("業者指出，[[中秋]]、", "2025-10-06", "")
    d.date("中秋、[[國慶]]連假帶動", "2025-10-10", "")
    # categories and card payments
    d.org("從品類來看，[[新光三越]]週年慶")
    d.metric("約占總業績的[[3成]]", 30, "%", "approx", "",
             outer="約占總業績的")
    d.metric("年增[[逾12%]]", 12, "%", "over", "")
    d.date("延長至[[年底]]", "2025", "")
    d.metric("銷售額年增[[約9%]]", 9, "%", "approx", "")
    d.org("。[[財金資訊股份有限公司]]（")
    d.org("（[[財金公司]]）")
    d.date("統計，[[10月1日]]至20日", "2025-10-01", "")
    d.date("10月1日至[[20日]]國內", "2025-10-20", "")
    d.metric("簽帳金額[[約486億元]]", "486e8", "元", "approx", "")
    d.date("較[[去年同期]]增加近2成", "2024", "")
    d.metric("增加[[近2成]]", 20, "%", "approx", "")
    d.metric("筆數則[[突破2,300萬筆]]", "2300e4", "笔", "over", "")
    # statistics department
    d.org("\n\n[[經濟部統計處]]昨日")
    d.date("經濟部統計處[[昨日]]同步", "2025-10-23", "")
    d.date("公布，[[114年9月]]零售業", "2025-09", "")
    d.metric("營業額為新臺幣[[4,012億元]]", "4012e8", "元", "exact", "")
    d.metric("年增[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("營業額[[約328億元]]", "328e8", "元", "approx", "")
    d.metric("年增[[5.6%]]", "5.6", "%", "exact", "")
    d.date("累計[[民國114年前3季]]零售業", "2025", "")
    d.metric("營業額[[3兆6,120億元]]", "36120e8", "元", "exact", "")
    d.metric("年增[[1.9%]]", "1.9", "%", "exact", "")
    d.date("該處預估，[[10月]]受惠", "2025-10", "")
    d.date("週年慶及[[國慶]]連假，百貨公司", "2025-10-10", "")
    d.metric("可望年增[[5.5%]]至8.1%", "5.5", "%", "exact", "")
    d.metric("5.5%至[[8.1%]]", "8.1", "%", "exact", "")
    # 臺北 section
    d.city("\n[[臺北]]：信義商圈")
    d.city("\n[[臺北市]]信義區")
    d.org("人潮湧現，[[新光三越]]信義新天地")
    d.metric("開館首日業績[[逾6億元]]", "6e8", "元", "over", TP)
    d.org("。[[微風集團]]旗下")
    d.metric("旗下[[5家]]門店", 5, "家", "exact", TP)
    d.date("週年慶於[[10月17日]]至", "2025-10-17", TP)
    d.date("10月17日至[[11月2日]]登場", "2025-11-02", TP)
    d.metric("目標業績[[73億元]]", "73e8", "元", "exact", TP)
    d.metric("年增[[約4%]]", 4, "%", "approx", TP)
    d.org("。[[臺北市政府觀光傳播局]]（")
    d.org("（[[觀傳局]]）統計")
    d.date("統計，[[國慶]]連假期間信義", "2025-10-10", TP)
    d.metric("來客數[[約186萬人次]]", "186e4", "人次", "approx", TP)
    d.metric("外國旅客約占[[15%]]", 15, "%", "approx", TP, outer="約占")
    # 臺中 section
    d.city("\n[[臺中]]：百貨")
    d.city("在[[臺中]]，遠東")
    d.org("，[[遠東百貨股份有限公司]]（")
    d.org("股份有限公司（[[遠百]]）")
    d.org("旗下[[遠百]]臺中店")
    d.city("遠百[[臺中]]店")
    d.metric("首10天業績[[約21.4億元]]", "21.4e8", "元", "approx", TC)
    d.metric("年增[[3.8%]]", "3.8", "%", "exact", TC)
    d.org("日商[[三井不動產]]在")
    d.city("三井不動產在[[臺中]]經營")
    d.date("購物中心[[今年]]首度", "2025", TC)
    d.date("檔期，[[今年前9月]]來客數", "2025", TC)
    d.metric("已[[突破1,500萬人次]]", "1500e4", "人次", "over", TC)
    d.org("。[[臺中市政府經濟發展局]]預估")
    d.date("預估，[[今年第4季]]臺中市", "2025-Q4", TC)
    d.city("今年第4季[[臺中市]]百貨")
    d.metric("可望[[突破300億元]]", "300e8", "元", "over", TC)
    d.metric("年增[[約7%]]", 7, "%", "approx", TC)
    # 高雄 section
    d.city("\n[[高雄]]：郵輪")
    d.org("\n[[高雄市政府觀光局]]統計")
    d.date("統計，[[今年1]]至9月搭乘", "2025-01", KH)
    d.date("今年1至[[9月]]搭乘", "2025-09", KH)
    d.metric("的旅客[[約12.8萬人次]]", "12.8e4", "人次", "approx", KH)
    d.date("較[[去年同期]]增加近4成", "2024", KH)
    d.metric("增加[[近4成]]", 40, "%", "approx", KH)
    d.org("。[[漢神百貨]]表示")
    d.metric("首7天業績[[約18.6億元]]", "18.6e8", "元", "approx", KH)
    d.metric("年增[[4.5%]]", "4.5", "%", "exact", KH)
    d.city("日本與[[香港]]旅客消費額")
    d.metric("消費額成長[[逾2成]]", 20, "%", "over", KH)
    d.org("；[[大立百貨]]、")
    d.org("、[[統一時代百貨]]高雄店")
    d.city("統一時代百貨[[高雄]]店")
    d.date("則與[[去年]]持平", "2024", KH)
    # 臺南 section
    d.city("\n[[臺南]]：古都")
    d.org("\n[[臺南市政府觀光旅遊局]]統計")
    d.date("統計，[[今年中秋]]連假", "2025-10-06", TN)
    d.metric("遊客[[約92萬人次]]", "92e4", "人次", "approx", TN)
    d.date("較[[去年中秋]]增加", "2024-09-17", TN)
    d.metric("增加[[8.5%]]", "8.5", "%", "exact", TN)
    d.org("；[[新光三越]]臺南新天地")
    d.city("新光三越[[臺南]]新天地")
    d.metric("首15天業績[[約16.2億元]]", "16.2e8", "元", "approx", TN)
    d.metric("年增[[約6%]]", 6, "%", "approx", TN)
    d.date("表示，[[114年下半年]]日本", "2025", TN)
    d.city("直飛[[臺南]]的包機")
    # tourism (non-city heading ends the 臺南 section)
    d.org("\n[[交通部觀光署]]（")
    d.org("以下簡稱「[[觀光署]]」）")
    d.date("顯示，[[民國114年9月]]來臺", "2025-09", "")
    d.metric("來臺旅客[[約78.5萬人次]]", "78.5e4", "人次", "approx", "")
    d.metric("年增[[11.2%]]", "11.2", "%", "exact", "")
    d.date("；[[今年1]]至9月累計", "2025-01", "")
    d.date("今年1至[[9月]]累計", "2025-09", "")
    d.metric("累計[[約653萬人次]]", "653e4", "人次", "approx", "")
    d.date("較[[去年同期]]增加13.6%", "2024", "")
    d.metric("增加[[13.6%]]", "13.6", "%", "exact", "")
    d.date("恢復至[[108年同期]]的", "2019", "")
    d.metric("同期的[[約85%]]", 85, "%", "approx", "")
    d.org("。[[觀光署]]預估")
    d.date("受惠於[[國慶]]連假及日本", "2025-10-10", "")
    d.date("旺季，[[民國114年10月]]來臺", "2025-10", "")
    d.metric("可望[[突破85萬人次]]", "85e4", "人次", "over", "")
    # source markets
    d.date("區分，[[9月]]日本旅客", "2025-09", "")
    d.metric("日本旅客[[約12.6萬人次]]", "12.6e4", "人次", "approx", "")
    d.metric("年增[[18.3%]]", "18.3", "%", "exact", "")
    d.metric("韓國旅客[[約9.8萬人次]]", "9.8e4", "人次", "approx", "")
    d.metric("年增[[逾3成]]", 30, "%", "over", "")
    d.city("；[[香港]]、澳門旅客")
    d.city("香港、[[澳門]]旅客")
    d.metric("合計[[約10.4萬人次]]", "10.4e4", "人次", "approx", "澳门")
    d.metric("年增[[6.1%]]", "6.1", "%", "exact", "澳门")
    d.date("陸客方面，[[9月]]來自", "2025-09", "上海市")
    d.city("來自[[上海]]、")
    d.city("上海、[[廈門]]、")
    d.city("廈門、[[福州]]、")
    d.city("福州、[[廣州]]等城市")
    d.metric("的旅客[[約1.9萬人次]]", "1.9e4", "人次", "approx", "广州市")
    d.metric("年增[[約4成]]", 40, "%", "approx", "广州市")
    # hotels
    d.org("受惠。[[觀光署]]統計")
    d.date("觀光署統計，[[9月]]全台", "2025-09", TP)
    d.metric("平均住用率為[[68.7%]]", "68.7", "%", "exact", TP)
    d.city("其中[[臺北市]]72.4%")
    d.metric("臺北市[[72.4%]]", "72.4", "%", "exact", TP)
    d.city("、[[高雄市]]65.1%")
    d.metric("高雄市[[65.1%]]", "65.1", "%", "exact", KH)
    d.city("、[[臺南市]]61.8%")
    d.metric("臺南市[[61.8%]]", "61.8", "%", "exact", TN)
    d.date("；[[國慶]]連假期間，新北市", "2025-10-10", "新北市")
    d.city("期間，[[新北市]]及")
    d.city("及[[桃園市]]旅館")
    d.metric("一度[[突破9成]]", 90, "%", "over", "桃园市")
    d.date("預估，[[10月]]住用率", "2025-10", "")
    d.date("較[[上月]]再提高", "2025-09", "")
    d.metric("再提高[[3]]至5個百分點", 3, "百分点", "exact", "",
             shared="個百分點")
    d.metric("3至[[5個百分點]]", 5, "百分点", "exact", "")
    d.org("線上旅遊平臺[[KKday]]指出")
    d.date("指出，[[10月10日]]至12日", "2025-10-10", "")
    d.date("10月10日至[[12日]]國慶", "2025-10-12", "")
    d.date("至12日[[國慶]]連假訂房", "2025-10-10", "")
    d.metric("訂房量年增[[約22%]]", 22, "%", "approx", "")
    d.metric("占比[[超過4成]]", 40, "%", "over", "")
    d.org("；[[Agoda]]則統計")
    d.date("統計，[[雙十節]]前後", "2025-10-10", TN)
    d.city("前後[[臺南]]、嘉義市")
    d.city("臺南、[[嘉義市]]與")
    # air transport (no CITY: 桃園 only inside ORG names)
    d.org("方面，[[桃園國際機場股份有限公司]]（")
    d.org("（[[桃園機場公司]]）")
    d.date("統計，[[9月]]桃園機場", "2025-09", "")
    d.org("9月[[桃園機場]]旅運量")
    d.metric("旅運量[[約398萬人次]]", "398e4", "人次", "approx", "")
    d.metric("年增[[9.4%]]", "9.4", "%", "exact", "")
    d.metric("入境旅客[[約196萬人次]]", "196e4", "人次", "approx", "")
    d.date("；[[國慶]]連假期間，桃園機場", "2025-10-10", "")
    d.org("期間，[[桃園機場]]單日")
    d.metric("最高[[突破6.8萬人次]]", "6.8e4", "人次", "over", "")
    d.org("。[[中華航空]]、")
    d.org("、[[長榮航空]]自")
    d.date("長榮航空自[[10月]]起", "2025-10", TP)
    d.metric("每週加開[[14班]]", 14, "班", "exact", TP)
    d.city("14班[[臺北]]往返")
    d.city("往返[[東京]]、大阪航班")
    d.city("往返東京、[[大阪]]航班")
    d.org("。[[新北市政府觀光旅遊局]]則指出")
    d.metric("遊客量年增[[約1成]]", 10, "%", "approx", "")
    # outlook (non-city heading)
    d.date("展望：[[雙11]]與", "2025-11-11", "")
    d.date("雙11與[[聖誕]]接棒", "2025-12-25", "")
    d.org("後市，[[新光三越]]預估")
    d.date("預估，[[今年]]週年慶全檔期", "2025", "")
    d.metric("可望達新臺幣[[330億元]]", "330e8", "元", "exact", "")
    d.org("；[[遠東SOGO]]則計畫")
    d.date("計畫於[[雙11]]前夕", "2025-11-11", "")
    d.org("。[[觀光署]]表示")
    d.city("在[[東京]]、大阪、首爾")
    d.city("東京、[[大阪]]、首爾")
    d.city("、[[首爾]]、曼谷")
    d.city("、[[曼谷]]等地")
    d.date("目標[[115年]]全年", "2026", "曼谷")
    d.metric("旅客[[突破1,000萬人次]]", "1000e4", "人次", "over", "曼谷")
    d.org("。[[經濟部統計處]]預估")
    d.date("預估，[[今年第4季]]零售業", "2025-Q4", "")
    d.metric("可望年增[[2.5%]]至3.5%", "2.5", "%", "exact", "")
    d.metric("2.5%至[[3.5%]]", "3.5", "%", "exact", "")
    audit = {
        "cities": ["臺北", "台北", "臺中", "台中", "高雄", "臺南", "台南",
                   "新北", "桃園", "嘉義", "香港", "澳門", "上海", "廈門",
                   "福州", "廣州", "東京", "大阪", "首爾", "曼谷", "花蓮",
                   "信義", "淡水", "九份", "日本", "韓國", "大陸", "全台",
                   "臺", "台"],
        "excluded": [
            # districts, scenic spots, a county, countries, regions,
            # ports (city + 港), deictic/one-character forms
            "臺北市[[信義]]區", "[[信義]]新天地", "期間[[信義]]商圈",
            "[[信義]]商圈人潮", "[[淡水]]、九份", "淡水、[[九份]]",
            "嘉義市與[[花蓮]]縣", "[[高雄]]港的旅客", "前20天[[全台]]業績",
            "9月[[全台]]觀光", "新[[臺]]幣205.8", "新[[臺]]幣4,012",
            "新[[臺]]幣330", "9月來[[臺]]旅客年增", "114年9月來[[臺]]旅客",
            "114年10月來[[臺]]旅客", "全年來[[臺]]旅客", "平[[臺]]KKday",
            "[[日本]]與香港", "[[日本]]直飛", "及[[日本]]秋季",
            "9月[[日本]]旅客", "來自[[日本]]、韓國", "日本、[[韓國]]的訂單",
            "[[韓國]]旅客約9.8", "[[日]]韓旅客", "日[[韓]]旅客",
            "[[日]]商三井", "帶動[[日]]籍旅客",
        ],
        "numbers_excluded": [
            # 首N天, 前20天: the first days of the sale (not a calendar
            # period, no statistic cue); 連續20個月: a duration; 連續第5年:
            # an ordinal; A11: a building's code; 3C: a product class
            "前[[20]]天全台", "首[[11]]天", "首[[10]]天", "首[[7]]天",
            "首[[15]]天", "[[連續20個月]]", "[[連續第5年]]", "A[[11]]館",
            "與[[3]]C商品",
        ],
        "cn_excluded": [],
        "latin_excluded": ["[[A]]11館", "3[[C]]商品"],
        # time characters outside rows: 週年慶 (the sale), 年增 (rates),
        # 年度, 首個週末, 首日, 單日 (x2), 全年 (x2), 歷年 (x1), 每週,
        # 秋季, 旺季, 前夕, 疫後, 節能, 明顯, 一度 (once), 天 in 首N天/前20天
        # and 新天地 (x2); 百貨 (百 is no numeral there)
        "words_excluded": {"週年慶": 13, "年增": 22, "年度": 1, "週末": 1,
                           "首日": 1, "單日": 2, "全年": 2, "歷年": 1,
                           "每週": 1, "秋季": 1, "節能": 1, "明顯": 1,
                           "天": 7, "前夕": 1, "一度": 1, "百貨": 9,
                           "旺季": 1},
        # generic: 百貨 (title, 百貨業 x2, 百貨集團, 百貨公司 x2, 百貨商圈,
        # heading, 臺中市百貨), 購物中心 (x3), 航空運輸, 行動支付, 線上旅遊
        # 平臺, 等城市, 臺北報導; 該處 (a back-reference)
        "orgwords_excluded": {"公司": 2, "集團": 1, "局": 0, "處": 1,
                              "署": 0, "會": 1, "部": 0, "百貨": 9,
                              "航空": 1, "機場": 0, "政府": 0, "所": 0,
                              "中心": 3, "三越": 0, "SOGO": 0, "支付": 1,
                              "平臺": 1, "城市": 1, "報": 1},
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
               ("不足", "under"), ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初夕宵圣聖诞誕"
ORG_WORDS = ["公司", "集团", "集團", "局", "厅", "廳", "署", "海关",
             "海關", "银行", "銀行", "协会", "協會", "大学", "大學", "政府",
             "委员会", "委員會", "机场", "機場", "支付", "部", "处", "處",
             "会", "會", "所", "委", "盟", "商务", "中心", "百貨", "百货",
             "航空", "三越", "SOGO", "华为", "美的", "平台", "平臺", "城市",
             "报", "報"]
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十])成", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"
    m = re.fullmatch(r"(\d+)成", span)              # 逾3成, 不足2成
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
    m = re.fullmatch(r"(\d)折", span)               # 9折 -> 90 %
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
    m = re.fullmatch(r"(\d+)([万萬兆])(\d,?\d{3})([億亿]?)(\D+)", span)
    if m:                                          # 2萬3,680人 -> 23680
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
    for w in ORG_WORDS:
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
