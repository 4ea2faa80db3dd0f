#!/usr/bin/env python3
"""Gold annotation for the held-out articles g11_holiday_tourism and
g12_hk_insurer_results (annotator F).

Adapted from heldout/tools/annotate_c.py (now dev/tools/annotate_g05_g06.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g11 is UTF-8 without BOM (simplified, mainland); g12 is UTF-16 WITH a BOM
(traditional, Hong Kong), decoded strictly with the BOM removed (SPEC 2).
g12 `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g11_g12.md.  Reference dates: corpus/manifest.csv
(g11 2025-10-09, g12 2025-08-22); the script checks its own two rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); a row may state an expected city, which must agree.

Checks: text == original[start:end]; rows sorted, no overlaps; no span starts
or ends with white space or punctuation; field formats per type; DATE
normalizations are real calendar values; METRIC value, qualifier and written
unit re-derived from the span text (a marker outside the span must be
declared and stand right before it); ORG/CITY normalizations and units
against OpenCC t2s (the `opencc` module, else $CN_NEWS_PYTHON, else
../../.venv/bin/python, else /work/main/.venv/bin/python).
Audits: every ASCII digit run, Latin word, Chinese numeral character, listed
city/place string, organization-like word, time character (年 月 日 季 周 旬
昨 今 明 天 节 秋 庆 底 初 夕 …) and every occurrence of an annotated ORG string
is inside a row (ORG strings: an ORG row) or excluded here on purpose.
Re-run (from anywhere):

    python3 dev/tools/annotate_g11_g12.py
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
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g11_holiday_tourism": ("utf-8", b"", False, "2025-10-09", "四川日报"),
    "g12_hk_insurer_results": ("utf-16-le", b"\xff\xfe", True, "2025-08-22",
                               "香港經濟日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g11
    "成都": "成都市", "成都市": "成都市", "重庆": "重庆市", "西安": "西安市",
    "贵阳": "贵阳市", "昆明": "昆明市", "长沙": "长沙市", "首尔": "首尔",
    "新加坡": "新加坡", "曼谷": "曼谷", "吉隆坡": "吉隆坡", "乐山": "乐山市",
    "宜宾": "宜宾市", "南充": "南充市", "绵阳": "绵阳市", "雅加达": "雅加达",
    "布达佩斯": "布达佩斯", "峨眉山市": "峨眉山市", "都江堰市": "都江堰市",
    "阆中": "阆中市", "西昌市": "西昌市", "康定市": "康定市",
    "自贡": "自贡市", "自贡市": "自贡市", "广元": "广元市", "雅安": "雅安市",
    # g12
    "香港": "香港", "澳門": "澳门", "深圳": "深圳市", "廣州": "广州市",
    "佛山": "佛山市", "上海": "上海市", "東莞": "东莞市", "惠州": "惠州市",
    "胡志明市": "胡志明市", "河內": "河内", "雅加達": "雅加达",
}

# ORG span (traditional) -> OpenCC t2s form (checked below); simplified
# spans normalize to themselves.
ORG_NORM = {
    "宏泰保險": "宏泰保险",
    "宏泰保險集團控股有限公司": "宏泰保险集团控股有限公司",
    "星展銀行（香港）有限公司": "星展银行（香港）有限公司",
    "中銀香港": "中银香港",
    "保險業監管局": "保险业监管局", "保監局": "保监局",
    "宏泰人壽保險有限公司深圳分公司": "宏泰人寿保险有限公司深圳分公司",
    "國家金融監督管理總局": "国家金融监督管理总局",
    "金融監管總局": "金融监管总局",
    "宏泰保險澳門分公司": "宏泰保险澳门分公司",
    "澳門金融管理局": "澳门金融管理局",
    "標普全球評級": "标普全球评级", "標普": "标普", "惠譽": "惠誉",
    "穆迪": "穆迪", "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "美國聯儲局": "美国联储局", "摩根士丹利": "摩根士丹利",
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
        assert raw.startswith(bom), f"{doc_id}: BOM expected"
        if bom:
            raw = raw[len(bom):]
        else:
            assert not raw.startswith(b"\xef\xbb\xbf"), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert "\ufeff" not in self.text and "\r" not in self.text
        if enc == "utf-8":                          # must not be UTF-16
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
            city=None, n=1, outer=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            if outer:                   # marker/currency right before span
                assert self.text[start - len(outer):start] == outer, (
                    ctx, outer)
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": "", "_expect_city": city,
                              "_outer": outer})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.traditional else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city=None, n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city=None, n=1, outer=""):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outer=outer)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g11 holiday tourism, simplified, UTF-8 without BOM, published 2025-10-09
# ===========================================================================
@doc
def g11():
    d = Doc("g11_holiday_tourism")
    CD = "成都市"
    # title (a heading that does not open with a CITY)
    d.date("[[国庆]]中秋假期四川接待", "2025-10-01", "")
    d.date("国庆[[中秋]]假期四川接待", "2025-10-06")
    d.metric("接待游客[[逾6800万人次]] ", "6800e4", "人次", "over")
    d.metric("旅游收入[[超460亿元]]\n", "460e8", "元", "over")
    # dateline and lead
    d.city("本报[[成都]]10月8日讯")
    d.date("本报成都[[10月8日]]讯", "2025-10-08", CD)
    d.date("记者[[今日]]从四川省", "2025-10-08", CD)
    d.org("今日从[[四川省文化和旅游厅]]（")
    d.org("以下简称“[[省文旅厅]]”）获悉")
    d.date("获悉，[[国庆]]中秋假期（", "2025-10-01", CD)
    d.date("获悉，国庆[[中秋]]假期（", "2025-10-06", CD)
    d.date("假期（[[10月1日]]至8日）", "2025-10-01", CD)
    d.date("10月1日至[[8日]]）", "2025-10-08", CD)
    d.metric("共接待游客[[6847.3万人次]]", "6847.3e4", "人次", "exact", CD)
    d.date("按可比口径较[[去年同期]]增长", "2024", CD)
    d.metric("去年同期增长[[9.6%]]、", "9.6", "%", "exact", CD)
    d.date("、较[[2019年同期]]增长", "2019", CD)
    d.metric("2019年同期增长[[21.4%]]", "21.4", "%", "exact", CD)
    d.metric("实现旅游收入[[462.8亿元]]", "462.8e8", "元", "exact")
    d.metric("同比增长[[11.2%]]，均创", "11.2", "%", "exact")
    # P2 (no CITY until the 重庆 sentence)
    d.org("\n\n[[省文旅厅]]相关负责人")
    d.date("介绍，[[今年]]假期比", "2025")
    d.date("今年假期比[[去年]]多出", "2024")
    d.date("叠加[[中秋]]团圆", "2025-10-06")
    d.metric("占比[[近四成]]", 40, "%", "approx")
    d.metric("人均花费[[约676元]]", 676, "元", "approx")
    d.date("676元，较[[去年同期]]增加", "2024")
    d.metric("增加[[31元]]", 31, "元", "exact")
    d.metric("乡村旅游接待游客[[2368.5万人次]]", "2368.5e4", "人次", "exact")
    d.metric("接待总量的[[34.6%]]", "34.6", "%", "exact")
    d.metric("空置率[[不足5%]]", 5, "%", "under")
    d.metric("省外游客达[[1247.5万人次]]", "1247.5e4", "人次", "exact",
             "重庆市")
    d.metric("同比增长[[14.3%]]，平均", "14.3", "%", "exact", "重庆市")
    d.metric("平均停留[[2.6天]]", "2.6", "天", "exact", "重庆市")
    d.city("主要来自[[重庆]]、西安")
    d.city("重庆、[[西安]]、贵阳")
    d.city("西安、[[贵阳]]、昆明")
    d.city("贵阳、[[昆明]]和长沙")
    d.city("昆明和[[长沙]]等城市")
    d.metric("入境游客[[约9.6万人次]]", "9.6e4", "人次", "approx", "首尔")
    d.metric("同比增长[[逾五成]]", 50, "%", "over", "首尔")
    d.city("来自[[首尔]]、新加坡")
    d.city("首尔、[[新加坡]]、曼谷")
    d.city("新加坡、[[曼谷]]和吉隆坡")
    d.city("曼谷和[[吉隆坡]]的游客")
    # P3 platforms
    d.org("亮眼。[[携程]]数据")
    d.metric("酒店预订量同比增长[[23%]]", 23, "%", "exact", CD)
    d.city("23%，[[成都]]、乐山、阿坝州")
    d.city("成都、[[乐山]]、阿坝州")
    d.metric("占比[[超过六成]]", 60, "%", "over")
    d.org("。[[美团]]数据")
    d.date("显示，[[10月1日]]当天", "2025-10-01", CD)
    d.date("10月1日[[当天]]，四川", "2025-10-01", CD)
    d.metric("订单量同比增长[[约18%]]", 18, "%", "approx", CD)
    d.city("其中[[成都]]火锅")
    d.city("成都火锅、[[乐山]]跷脚牛肉")
    d.metric("分别增长[[126%]]和89%", 126, "%", "exact", "乐山市")
    d.metric("126%和[[89%]]", 89, "%", "exact", "乐山市")
    d.org("。[[飞猪]]平台上")
    d.city("以[[成都]]为出发地")
    d.metric("同比增长[[近1倍]]", 1, "倍", "approx", CD)
    d.org("；[[同程旅行]]则发布")
    d.city("称，[[宜宾]]、南充、绵阳")
    d.city("宜宾、[[南充]]、绵阳")
    d.city("南充、[[绵阳]]等三四线")
    d.metric("增幅[[超过40%]]", 40, "%", "over", "绵阳市")
    # P4 transport (airports and 成都局集团公司: ORG, no CITY inside)
    d.org("交通方面，[[中国铁路成都局集团有限公司]]（")
    d.org("以下简称“[[成都局集团公司]]”）假期")
    d.metric("发送旅客[[1036.2万人次]]", "1036.2e4", "人次", "exact")
    d.metric("日均[[近130万人次]]", "130e4", "人次", "approx")
    d.date("其中[[10月1日]]发送旅客", "2025-10-01")
    d.metric("发送旅客[[146.8万人次]]", "146.8e4", "人次", "exact")
    d.org("。[[成都天府国际机场]]和")
    d.org("和[[成都双流国际机场]]共保障")
    d.metric("保障航班[[1.12万架次]]", "1.12e4", "架次", "exact")
    d.metric("运送旅客[[约182万人次]]", "182e4", "人次", "approx")
    d.metric("同比增长[[6.8%]]", "6.8", "%", "exact")
    d.org("。[[四川航空股份有限公司]]（川航）")
    d.org("有限公司（[[川航]]）")
    d.metric("执行航班[[3900余班次]]", 3900, "班次", "over")
    d.metric("客座率达[[86%以上]]", 86, "%", "over")
    d.org("；[[川航]]今年新开")
    d.date("川航[[今年]]新开", "2025", CD)
    d.city("新开的[[成都]]至雅加达")
    d.city("成都至[[雅加达]]、")
    d.city("、[[成都]]至布达佩斯")
    d.city("成都至[[布达佩斯]]航线")
    d.metric("分别为[[84.2%]]和", "84.2", "%", "exact", "布达佩斯")
    d.metric("84.2%和[[79.5%]]", "79.5", "%", "exact", "布达佩斯")
    # 成都 section (heading opens with 成都 + ：)
    d.city("[[成都]]：夜游消费")
    d.org("\n[[成都市文化广电旅游局]]数据")
    d.city("假期[[成都]]共接待")
    d.metric("共接待游客[[2316.4万人次]]", "2316.4e4", "人次", "exact", CD)
    d.metric("旅游收入[[238.6亿元]]", "238.6e8", "元", "exact", CD)
    d.date("分别较[[去年同期]]增长8.7%", "2024", CD)
    d.metric("增长[[8.7%]]和10.3%", "8.7", "%", "exact", CD)
    d.metric("8.7%和[[10.3%]]", "10.3", "%", "exact", CD)
    d.org("。[[成都地铁]]假期")
    d.metric("运送乘客[[5463万乘次]]", "5463e4", "乘次", "exact", CD)
    d.date("，[[10月2日]]单日", "2025-10-02", CD)
    d.metric("客运量达[[786.2万乘次]]", "786.2e4", "乘次", "exact", CD)
    d.metric("占比达到[[58%左右]]", 58, "%", "approx", CD)
    d.city("不少[[成都]]市民")
    d.city("。[[成都市]]武侯区")
    d.metric("吸引客流[[约310万人次]]", "310e4", "人次", "approx", CD)
    # 县域 section (non-city heading)
    d.org("据[[峨眉山市文化广播电视和旅游局]]介绍")
    d.metric("接待游客[[48.6万人次]]", "48.6e4", "人次", "exact")
    d.metric("同比增长[[7.2%]]", "7.2", "%", "exact")
    d.metric("运送游客[[逾3.2万人次]]", "3.2e4", "人次", "over")
    d.city("。[[都江堰市]]推出")
    d.metric("全市接待游客[[约152万人次]]", "152e4", "人次", "approx",
             "都江堰市")
    d.city("。[[阆中]]古城景区")
    d.metric("非遗展演[[120余场]]", 120, "场", "over", "阆中市")
    d.metric("接待游客[[86.3万人次]]", "86.3e4", "人次", "exact", "阆中市")
    d.metric("保持在[[95%以上]]", 95, "%", "over", "阆中市")
    d.city("凉山州[[西昌市]]的")
    d.city("甘孜州[[康定市]]的")
    d.city("其中[[康定市]]接待")
    d.metric("接待游客[[突破50万人次]]", "50e4", "人次", "over", "康定市")
    d.date("50万人次，较[[去年同期]]增长近三成", "2024", "康定市")
    d.metric("增长[[近三成]]。此外", 30, "%", "approx", "康定市")
    d.org("此外，[[乐山市文化广播电视和旅游局]]数据")
    d.city("假期[[乐山]]全市")
    d.metric("接待游客[[约412万人次]]", "412e4", "人次", "approx", "乐山市")
    d.metric("占比[[约45%]]", 45, "%", "approx", "乐山市")
    d.city("；[[宜宾]]三江口")
    d.city("夜游、[[自贡]]彩灯大世界")
    d.city("消费，[[自贡市]]假期")
    d.metric("旅游收入[[21.7亿元]]", "21.7e8", "元", "exact", "自贡市")
    # hotels, bank cards
    d.org("据[[四川省旅游饭店行业协会]]统计")
    d.metric("出租率达[[82.7%]]", "82.7", "%", "exact")
    d.date("82.7%，较[[去年同期]]提高", "2024")
    d.metric("提高[[4.5个百分点]]", "4.5", "百分点", "exact")
    d.metric("每间夜[[468元]]", 468, "元", "exact")
    d.org("。[[华住集团]]、")
    d.org("、[[亚朵集团]]等")
    d.metric("普遍在[[九成左右]]", 90, "%", "approx")
    d.org("。[[中国银联四川分公司]]数据")
    # 银联网络: the organization named in a service (GUIDELINES 银联卡 -> 银联)
    d.org("全省[[银联]]网络")
    d.metric("消费金额达[[186.3亿元]]", "186.3e8", "元", "exact")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact")
    d.metric("笔数增长[[1.3倍]]", "1.3", "倍", "exact")
    # festivals
    d.city("旅游节在[[绵阳]]开幕")
    d.metric("文旅活动[[2800余场]]", 2800, "场", "over", "绵阳市")
    d.city("走进[[广元]]、雅安")
    d.city("广元、[[雅安]]等地")
    d.metric("举办活动[[400多场]]", 400, "场", "over", "雅安市")
    d.org("。[[省文旅厅]]表示，第32届")
    d.city("第32届[[自贡]]国际恐龙灯会")
    d.date("将于[[明年春节]]前夕", "2026-02-17", "自贡市")
    d.date("开幕，[[年底]]前还将", "2025", "自贡市")
    d.city("还将在[[成都]]举办")
    # year to date
    d.date("稳中向好态势。[[今年]]以来", "2025")
    d.metric("节会活动[[1.5万余场]]", "1.5e4", "场", "over")
    d.org("。[[省文旅厅]]数据显示，前三季度")
    d.date("显示，[[前三季度]]全省", "2025")
    d.metric("国内游客[[7.86亿人次]]", "7.86e8", "人次", "exact")
    d.metric("国内旅游收入[[8920亿元]]", "8920e8", "元", "exact")
    d.metric("分别增长[[6.1%]]和7.4%", "6.1", "%", "exact")
    d.metric("6.1%和[[7.4%]]", "7.4", "%", "exact")
    d.date("其中[[9月份]]接待", "2025-09")
    d.metric("接待游客[[8326万人次]]", "8326e4", "人次", "exact")
    d.date("比[[上月]]下降", "2025-08")
    d.metric("下降[[3.2%]]", "3.2", "%", "exact")
    d.date("3.2%，较[[去年同期]]增长", "2024-09")
    d.metric("增长[[5.5%]]", "5.5", "%", "exact")
    d.date("截至[[9月底]]", "2025-09")
    d.metric("达到[[892家]]", 892, "家", "exact")
    d.metric("景区[[17家]]", 17, "家", "exact")
    d.date("。[[今年春节]]假期", "2025-01-29")
    d.metric("接待游客[[5312万人次]]", "5312e4", "人次", "exact")
    # last paragraph
    d.org("\n\n[[四川大学旅游学院]]教授")
    d.org("。[[省文旅厅]]表示，下一步")
    d.org("会同[[四川省发展和改革委员会]]、")
    d.org("、[[四川省商务厅]]等部门")
    d.date("力争[[年底]]前全省", "2025")
    d.metric("入境游客[[突破120万人次]]", "120e4", "人次", "over")
    audit = {
        # city and place strings that must be in a row or excluded
        "cities": ["成都", "重庆", "西安", "贵阳", "昆明", "长沙", "首尔",
                   "新加坡", "曼谷", "吉隆坡", "乐山", "阿坝", "宜宾", "南充",
                   "绵阳", "雅加达", "布达佩斯", "峨眉山", "都江堰", "阆中",
                   "西昌", "康定", "凉山", "甘孜", "自贡", "广元", "雅安",
                   "武侯", "锦江", "四川", "九寨"],
        "excluded": [
            # 阿坝州, 凉山州, 甘孜州: autonomous prefectures, not cities
            "、[[阿坝]]州位列", "[[凉山]]州西昌市", "[[甘孜]]州康定市",
            # 峨眉山景区: the mountain (scenic spot), not 峨眉山市
            "，[[峨眉山]]景区假期",
            # 武侯区, 锦江区: districts
            "成都市[[武侯]]区", "、[[锦江]]区推出",
            # 四川: a province (SPEC: not CITY)
            "假期[[四川]]接待游客", "假期[[四川]]酒店", "当天，[[四川]]“吃住",
            "第十一届[[四川]]国际", "，[[四川]]文旅市场",
        ],
        "numbers_excluded": [
            "[[5]]A级景区占比", "[[5]]A级景区17家",
            # 1天, 6天: durations without a statistic cue; 339: a name;
            # 第32届: ordinal
            "多出[[1]]天", "连续[[6]]天", "[[339]]电视塔", "第[[32]]届",
        ],
        # 前三: a rank; 三四线/一线: tier labels; 第十一届: ordinal;
        # 三江口: a place name
        "cn_excluded": ["目的地前[[三]]", "[[三四]]线城市", "高于[[一]]线",
                        "第[[十一]]届", "宜宾[[三]]江口", "下[[一]]步"],
        "latin_excluded": ["的[[A]]级旅游景区和", "5[[A]]级景区占比",
                           "全省[[A]]级旅游", "5[[A]]级景区17家"],
        # not DATE: words with a time character (vague, recurring,
        # durations, adjectives, nouns); word -> expected occurrences
        # (冬季, 消费季: a season and an event without a year; 前夕 outside
        # the holiday span; 周边: "nearby"; 李明阳: a person)
        "words_excluded": {"单日": 3, "日均": 1, "多出1天": 1, "6天": 1,
                           "夜间": 2, "全年": 1, "明显": 1, "说明": 1,
                           "今日": 0, "每间夜": 1, "节庆": 1, "节会": 1,
                           "旅游节": 1, "天府": 1, "季": 2, "周边": 2,
                           "前夕": 1, "李明阳": 1},
        # organization-like words outside ORG rows (generic or products)
        "orgwords_excluded": {"平台": 2, "集团": 0, "城市": 4, "景区": 8,
                              "部门": 1, "局": 0, "公司": 0, "机场": 0,
                              "协会": 0, "航空": 0},
    }
    return d, audit


# ===========================================================================
# g12 Hong Kong insurer results, traditional, UTF-16 with BOM, 2025-08-22
# ===========================================================================
@doc
def g12():
    d = Doc("g12_hk_insurer_results")
    HK, MO = "香港", "澳门"
    # title
    d.org("[[宏泰保險]]中期新造")
    d.metric("價值升[[18%]] ", 18, "%", "exact", "")
    d.metric("增至[[18.5港仙]]\n", "18.5", "港仙", "exact")
    # P1
    d.org("【本報訊】[[宏泰保險集團控股有限公司]]（")
    d.org("有限公司（[[宏泰保險]]，股份代號")
    d.date("1328）[[昨日]]（21日）", "2025-08-21")
    d.date("昨日（[[21日]]）", "2025-08-21")
    d.date("截至[[2025年6月30日]]止六個月", "2025-06-30")
    d.metric("按年增長[[18%]]至12.36億美元", 18, "%", "exact")
    d.metric("18%至[[12.36億美元]]", "12.36e8", "美元", "exact")
    d.metric("（[[約96.4億港元]]）", "96.4e8", "港元", "approx")
    d.metric("利潤率為[[54.2%]]", "54.2", "%", "exact")
    d.metric("按年提升[[3.1個百分點]]", "3.1", "百分点", "exact")
    d.metric("溢利為[[31.85億美元]]", "31.85e8", "美元", "exact")
    d.metric("按年上升[[9.6%]]", "9.6", "%", "exact")
    d.metric("基本盈利為[[1.24美元]]", "1.24", "美元", "exact")
    d.metric("每股[[18.5港仙]]，較", "18.5", "港仙", "exact")
    d.date("較[[去年同期]]的16.8港仙", "2024")
    d.metric("去年同期的[[16.8港仙]]", "16.8", "港仙", "exact")
    d.metric("增加[[約10%]]", 10, "%", "approx")
    # P2
    d.date("保費方面，[[上半年]]年化", "2025")
    d.metric("（ANP）達[[38.42億美元]]", "38.42e8", "美元", "exact")
    d.metric("按年增長[[12.7%]]", "12.7", "%", "exact")
    d.metric("總保費收入[[約1,108億港元]]", "1108e8", "港元", "approx")
    d.date("儘管[[上半年]]環球", "2025")
    d.date("其中[[第二季]]新造", "2025-Q2")
    d.metric("升幅達[[21%]]", 21, "%", "exact")
    d.date("較[[首季]]加快", "2025-Q1")
    d.metric("加快[[約6個百分點]]", 6, "百分点", "approx")
    d.date("集團[[2024年]]全年", "2024")
    d.metric("價值為[[21.3億美元]]", "21.3e8", "美元", "exact")
    d.date("，[[今年首7個月]]則", "2025")
    d.metric("按年增長[[約19%]]", 19, "%", "approx")
    # 香港 section (heading opens with 香港 + ：)
    d.city("[[香港]]：內地訪客")
    d.metric("保單貢獻[[約四成]]\n", 40, "%", "approx", HK)
    d.city("\n[[香港]]業務新造")
    d.metric("按年增長[[15.3%]]", "15.3", "%", "exact", HK)
    d.metric("15.3%至[[4.87億美元]]", "4.87e8", "美元", "exact", HK)
    d.metric("佔比[[約四成]]。", 40, "%", "approx", HK)
    d.date("指出，[[上半年]]經銀行", "2025", HK)
    d.org("與[[星展銀行（香港）有限公司]]及")
    d.org("及[[中銀香港]]的合作")
    d.metric("帶來[[約三成]]新造", 30, "%", "approx", HK)
    d.date("集團[[上月]]推出", "2025-07", HK)
    d.metric("保費收入[[約3.5億港元]]", "3.5e8", "港元", "approx", HK)
    d.org("。[[保險業監管局]]（保監局）")
    d.org("監管局（[[保監局]]）數據")
    d.date("顯示，[[今年首季]]內地", "2025-Q1", HK)
    d.metric("保費達[[191億港元]]", "191e8", "港元", "exact", HK)
    d.metric("上升[[逾三成]]，佔本港", 30, "%", "over", HK)
    d.metric("保費的[[26.1%]]", "26.1", "%", "exact", HK)
    # heading 內地及澳門業務穩步擴張 (not a city section)
    d.city("內地及[[澳門]]業務穩步")
    d.city("集團於[[深圳]]、廣州")
    d.city("深圳、[[廣州]]、佛山")
    d.city("廣州、[[佛山]]及上海")
    d.city("佛山及[[上海]]的分公司")
    d.date("的分公司[[上半年]]新造", "2025", "上海市")
    d.metric("合共[[約2.96億美元]]", "2.96e8", "美元", "approx", "上海市")
    d.metric("（約人民幣[[21.3億元]]）", "21.3e8", "元", "approx", "上海市",
             outer="約人民幣")
    d.metric("按年增長[[22.4%]]", "22.4", "%", "exact", "上海市")
    d.metric("收入為人民幣[[186.5億元]]", "186.5e8", "元", "exact",
             outer="人民幣")
    d.metric("按年增長[[8.9%]]", "8.9", "%", "exact")
    d.org("旗下[[宏泰人壽保險有限公司深圳分公司]]今年")
    d.date("深圳分公司[[今年5月]]獲", "2025-05", "东莞市")
    d.org("獲[[國家金融監督管理總局]]（")
    d.org("管理總局（[[金融監管總局]]）")
    d.city("擴展至[[東莞]]、惠州")
    d.city("東莞、[[惠州]]兩地")
    d.date("預計[[年內]]新增", "2025", "惠州市")
    d.metric("代理人[[逾2,000名]]", 2000, "名", "over", "惠州市")
    # Macao paragraph
    d.city("\n\n[[澳門]]業務方面")
    d.org("，[[宏泰保險澳門分公司]]上半年")
    d.date("澳門分公司[[上半年]]新造", "2025", MO)
    d.metric("價值[[約4,280萬美元]]", "4280e4", "美元", "approx", MO)
    d.metric("按年增長[[11.6%]]", "11.6", "%", "exact", MO)
    d.date("分公司於[[7月1日]]至8月15日", "2025-07-01")
    d.date("7月1日至[[8月15日]]期間", "2025-08-15")
    d.metric("售出保單[[逾6,500份]]", 6500, "份", "over")
    d.city("目前在[[澳門]]設有")
    d.metric("設有[[6個]]客戶", 6, "个", "exact", MO)
    d.metric("代理人[[約1,150名]]", 1150, "名", "approx", MO)
    d.org("。[[澳門金融管理局]]數據")
    d.date("截至[[6月底]]，澳門人壽", "2025-06", MO)
    d.city("，[[澳門]]人壽保險業")
    d.metric("收入[[約183億澳門元]]", "183e8", "澳门元", "approx", MO)
    d.metric("上升[[約7%]]", 7, "%", "approx", MO)
    # 東南亞 section (non-city heading)
    d.metric("按年增長[[24.8%]]", "24.8", "%", "exact")
    d.metric("24.8%至[[3.12億美元]]", "3.12e8", "美元", "exact")
    d.metric("總額[[約25%]]", 25, "%", "approx")
    d.city("其中，[[新加坡]]業務")
    d.metric("增長[[近三成]]", 30, "%", "approx", "新加坡")
    d.city("業務以[[曼谷]]為中心")
    d.metric("增至[[約1.86萬名]]", "1.86e4", "名", "approx", "曼谷")
    d.city("方面，[[胡志明市]]及河內")
    d.city("胡志明市及[[河內]]的")
    d.metric("按年增加[[逾40%]]", 40, "%", "over", "河内")
    d.date("集團亦於[[6月]]完成", "2025-06", "吉隆坡")
    d.metric("保險公司[[70%]]股權", 70, "%", "exact", "吉隆坡")
    d.metric("代價[[約23億令吉]]", "23e8", "令吉", "approx", "吉隆坡")
    d.metric("（[[約41.8億港元]]）", "41.8e8", "港元", "approx", "吉隆坡")
    d.city("集團在[[吉隆坡]]的客戶")
    d.metric("增加[[近60萬名]]", "60e4", "名", "approx", "吉隆坡")
    # capital and ratings
    d.date("截至[[6月30日]]，集團", "2025-06-30")
    d.org("集團按[[保監局]]風險")
    d.metric("覆蓋率為[[238%]]", 238, "%", "exact")
    d.date("較[[去年底]]的226%", "2024")
    d.metric("去年底的[[226%]]", 226, "%", "exact")
    d.metric("上升[[12個百分點]]", 12, "百分点", "exact")
    d.org("評級機構[[標普全球評級]]（")
    d.org("全球評級（[[標普]]）")
    d.date("（標普）[[本月]]確認", "2025-08")
    d.org("；[[惠譽]]及穆迪")
    d.org("惠譽及[[穆迪]]亦於")
    d.date("亦於[[7月中旬]]分別", "2025-07")
    d.org("。[[香港金融管理局]]（金管局）")
    d.org("管理局（[[金管局]]）")
    d.date("銀行保險業務[[上半年]]保持", "2025")
    # investment
    d.date("集團[[上半年]]總投資", "2025")
    d.metric("回報率為[[4.6%]]", "4.6", "%", "exact")
    d.date("4.6%，較[[去年同期]]下跌", "2024")
    d.metric("下跌[[0.4個百分點]]", "0.4", "百分点", "exact")
    d.date("；截至[[6月底]]，投資", "2025-06")
    d.metric("總值[[約2,860億美元]]", "2860e8", "美元", "approx")
    d.metric("其中[[約七成]]為", 70, "%", "approx")
    d.org("表示，[[美國聯儲局]]下半年")
    d.date("聯儲局[[下半年]]有機會", "2025")
    d.date("已在[[7月份]]把", "2025-07")
    d.metric("比例控制在[[一成以內]]", 10, "%", "under")
    # claims
    d.date("集團[[上半年]]共支付", "2025")
    d.metric("給付[[約58.6億美元]]", "58.6e8", "美元", "approx")
    d.metric("按年增加[[7.5%]]", "7.5", "%", "exact")
    d.metric("個案[[逾42萬宗]]", "42e4", "宗", "over")
    d.metric("縮短至[[2.3天]]", "2.3", "天", "exact")
    d.city("位於[[上海]]的營運中心")
    # outlook
    d.date("展望[[下半年]]，陳柏嶠", "2025")
    d.date("預計[[今年]]全年", "2025", "曼谷")
    d.metric("維持在[[15%]]至20%", 15, "%", "exact", "曼谷")
    d.metric("15%至[[20%]]之間", 20, "%", "exact", "曼谷")
    d.date("計劃於[[2026年首季]]前", "2026-Q1", "曼谷")
    d.city("首季前在[[曼谷]]及雅加達")
    d.city("曼谷及[[雅加達]]增設")
    d.metric("增設[[兩個]]區域", 2, "个", "exact", "雅加达")
    d.date("已於[[8月1日]]推出", "2025-08-01")
    d.metric("銷售額[[逾1.2億港元]]", "1.2e8", "港元", "over")
    d.date("；[[明年]]將投資", "2026")
    d.metric("投資[[約5億美元]]", "5e8", "美元", "approx")
    d.date("目標在[[2027年底]]前", "2027")
    d.metric("比例升至[[六成]]", 60, "%", "exact")
    d.date("計劃[[年底]]前向", "2025", "新加坡")
    d.org("前向[[澳門金融管理局]]遞交")
    d.date("並於[[10月]]在新加坡", "2025-10", "新加坡")
    d.city("10月在[[新加坡]]舉行")
    # market
    d.org("\n\n[[宏泰保險]]股價")
    d.date("股價[[昨日]]收報", "2025-08-21")
    d.metric("收報[[68.45港元]]", "68.45", "港元", "exact")
    d.metric("升[[4.2%]]，成交額", "4.2", "%", "exact")
    d.metric("成交額[[約9.8億港元]]", "9.8e8", "港元", "approx")
    d.org("。[[摩根士丹利]]發表")
    d.org("報告，將[[宏泰保險]]目標價")
    d.metric("由[[72港元]]上調", 72, "港元", "exact")
    d.metric("上調至[[80港元]]", 80, "港元", "exact")
    d.date("相當於[[今年]]預測", "2025")
    d.metric("市盈率[[約11倍]]", 11, "倍", "approx")
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "佛山", "上海", "東莞",
                   "惠州", "新加坡", "曼谷", "胡志明", "河內", "吉隆坡",
                   "雅加達", "泰國", "越南", "馬來西亞", "美國", "東南亞",
                   "大灣區"],
        "excluded": [
            # countries and regions (SPEC: not CITY)
            "；[[泰國]]業務", "；[[越南]]業務", "收購[[馬來西亞]]一家",
            "\n[[東南亞]]業務增長", "\n[[東南亞]]業務新造",
            "大灣區及[[東南亞]]市場", "粵港澳[[大灣區]]",
        ],
        "numbers_excluded": [
            # stock code; dates inside rows are covered; 5年期: a bond tenor
            # (a duration, no statistic cue); rating codes
            "股份代號：[[1328]]", "配置於[[5]]年期", "「Aa[[3]]」",
        ],
        # 六個月: duration; 一家: indefinite article; 首三周: a duration
        # after a launch; 近半數: vague (GUIDELINES 半数)
        "cn_excluded": ["止[[六]]個月", "馬來西亞[[一]]家", "首[[三]]周", "惠州[[兩]]地",
                        "近[[半]]數"],
        "latin_excluded": ["（[[VONB]]）", "（[[ANP]]）", "（[[MCV]]）",
                           "「[[AA]]-」", "「[[AA]]」", "「[[Aa]]3」"],
        # (按年 year-on-year; 年化 annualized; 全年 after a year is outside
        # the DATE; 中期 interim; 暑期 a season; 至今 "so far")
        "words_excluded": {"按年": 15, "年化": 1, "全年": 2, "期內": 1,
                           "中期": 4, "六個月": 1, "首三周": 1, "暑期": 1,
                           "5年期": 1, "投資者日": 1, "展望": 2,
                           "雙位數": 1, "至今": 1},
        # 集團: a back-reference to 宏泰保險 (SPEC: not ORG)
        "orgwords_excluded": {"保險公司": 1, "分公司": 3, "評級機構": 1,
                              "評級": 5, "銀行保險": 2, "數碼平台": 1,
                              "集團": 18},
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
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初夕宵"
ORG_WORDS = ["公司", "集团", "集團", "局", "厅", "廳", "银行", "銀行", "协会",
             "協會", "大学", "大學", "学院", "政府", "委员会", "委員會", "机场",
             "機場", "航空", "地铁", "平台", "評級", "评级", "银联", "銀聯",
             "旅行", "携程", "美团", "飞猪", "部门", "城市", "景区"]
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万萬亿億]*)([余餘多]?)",
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
            if r["_expect_city"] is not None:
                assert r["city"] == r["_expect_city"], (
                    "city rule gives %r" % r["city"], r)
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, raw_unit = parse_metric(tx, r["_outer"])
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
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
    for d in built:
        for r in d.rows:
            for k in ("_raw_unit", "_expect_city", "_outer"):
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
