#!/usr/bin/env python3
"""Gold annotation for the held-out set e (g09_ports_logistics, g10_hongkong_retail).

Adapted from dev/tools/annotate_g01_g02.py (then heldout/tools/annotate_a.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded
(both files UTF-8 without BOM; g10 is traditional and its offsets and `text`
point into the traditional original, while `normalized` and `unit` are
simplified).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g09_g10.md.  Reference dates: corpus/manifest.csv (g09 2025-11-25,
g10 2024-12-03); the script checks that the manifest agrees.

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type;
DATE normalizations are real calendar dates/months/weeks/quarters; METRIC
value and qualifier re-derived from the span text by a small independent
parser (a qualifier set by a marker outside the span must be declared and
the marker must stand right before the span); the unit must be written in
the span (t2s) unless declared shared; ORG/CITY normalizations and units
against OpenCC t2s; the `city` column of every DATE/METRIC row against an
independent implementation of the GUIDELINES rule.
Audits: every occurrence of a listed city string, every ASCII digit and every
Chinese fraction/multiple word (成, 倍, 折, 半, 分之) is inside a row or
excluded here on purpose; every occurrence of an annotated ORG string is
inside an ORG row; every organization-like word (公司, 集团, 局, 政府 ...) is
inside an ORG row or excluded on purpose; every time character (年 月 日 季
周 旬 昨 今 明 天) is inside a row or in a listed non-date word (按年, 日均 ...).

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g09_g10.py
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
PUBLISHED = {"g09_ports_logistics": "2025-11-25",
             "g10_hongkong_retail": "2024-12-03"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g09
    "青岛": "青岛市", "青岛市": "青岛市", "龙口市": "龙口市", "龙口": "龙口市",
    "荣成市": "荣成市", "平泽": "平泽", "日照市": "日照市", "大阪": "大阪",
    "仁川": "仁川", "胶州市": "胶州市", "胶州": "胶州市", "临沂市": "临沂市",
    "临沂": "临沂市", "阿拉木图": "阿拉木图", "塔什干": "塔什干",
    "济南": "济南市", "莫斯科": "莫斯科", "潍坊": "潍坊市",
    "杜伊斯堡": "杜伊斯堡", "烟台": "烟台市", "明斯克": "明斯克",
    "平度": "平度市", "莱州": "莱州市",
    # g10
    "香港": "香港", "澳門": "澳门", "深圳": "深圳市", "廣州": "广州市",
    "東莞": "东莞市", "佛山": "佛山市", "曼谷": "曼谷", "首爾": "首尔",
    "上海": "上海市", "瀋陽": "沈阳市", "武漢": "武汉市", "杭州": "杭州市",
}
FOREIGN_OR_SAR = {"平泽", "大阪", "仁川", "阿拉木图", "塔什干", "莫斯科",
                  "杜伊斯堡", "明斯克", "香港", "澳门", "曼谷", "首尔"}

# ORG span (traditional) -> simplified form (OpenCC t2s; checked below).
ORG_NORM = {
    "香港文匯報": "香港文汇报", "政府統計處": "政府统计处",
    "特區政府": "特区政府", "深圳市商務局": "深圳市商务局",
    "入境事務處": "入境事务处", "香港旅遊發展局": "香港旅游发展局",
    "旅發局": "旅发局", "新鴻基地產發展有限公司": "新鸿基地产发展有限公司",
    "新地": "新地", "領展房產基金": "领展房产基金", "領展": "领展",
    "港鐵公司": "港铁公司",
    "御峰珠寶集團控股有限公司": "御峰珠宝集团控股有限公司",
    "御峰珠寶": "御峰珠宝",
    "嘉泓地產控股有限公司": "嘉泓地产控股有限公司", "嘉泓地產": "嘉泓地产",
    "香港零售管理協會": "香港零售管理协会", "零售管理協會": "零售管理协会",
}
TRADITIONAL = {"g10_hongkong_retail"}


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
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{doc_id} has a BOM"
        self.text = raw.decode("utf-8")
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
            city="", n=1, **extra):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            row = {"doc_id": self.doc_id, "type": typ, "start": start,
                   "end": end, "text": span, "normalized": normalized,
                   "value": value, "unit": unit, "qualifier": qualifier,
                   "city": city}
            row["_extra"] = extra
            self.rows.append(row)

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city="", n=1,
               outside_marker="", shared_unit=False):
        """outside_marker: a qualifier word written outside the span (before
        it, separated by a verb or a currency); shared_unit: the unit is
        written once after a later figure (SPEC shared units)."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outside_marker=outside_marker, shared_unit=shared_unit)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g09 ports and logistics, simplified, UTF-8, published 2025-11-25
# ===========================================================================
@doc
def g09():
    d = Doc("g09_ports_logistics")
    QD, LK, RC, PZ, RZ = "青岛市", "龙口市", "荣成市", "平泽", "日照市"
    JZ, LY, TSG, JN, MSK = "胶州市", "临沂市", "塔什干", "济南市", "莫斯科"
    MSKE, YT = "明斯克", "烟台市"
    # title (a heading with no city: sentence rule, no CITY in the line)
    d.date("加速跑 [[前10个月]]沿海", "2025")
    d.metric("吞吐量[[超3500万标箱]]\n", "3500e4", "标箱", "over")
    # lead; first sentence runs from 本报 to the ；
    d.city("本报[[青岛]]11月24日讯")
    d.date("本报青岛[[11月24日]]讯", "2025-11-24", QD)
    d.org("记者从[[山东省交通运输厅]]获悉")
    d.date("获悉，[[今年1]]—10月，全省", "2025-01", QD)
    d.date("获悉，今年1—[[10月]]，全省", "2025-10", QD)
    d.metric("货物吞吐量[[17.3亿吨]]", "17.3e8", "吨", "exact", QD)
    d.metric("同比增长[[4.6%]]；", "4.6", "%", "exact", QD)
    d.metric("集装箱吞吐量[[3512万标箱]]", "3512e4", "标箱", "exact")
    d.metric("同比增长[[7.9%]]", "7.9", "%", "exact")
    d.date("增速比[[上半年]]加快", "2025")
    d.metric("加快[[1.2个百分点]]", "1.2", "百分点", "exact")
    d.org("其中，[[山东省港口集团有限公司]]（")
    d.org("简称“[[山东港口]]”）")
    d.metric("吞吐量[[3398万标箱]]", "3398e4", "标箱", "exact")
    d.metric("约占全省的[[97%]]", 97, "%", "approx", outside_marker="约占全省的")
    # 航线加密 heading (no city); paragraph without CITY mentions
    d.org("分港口看，[[山东港口]]旗下")
    d.date("旗下青岛港[[1]]—10月完成", "2025-01")
    d.date("旗下青岛港1—[[10月]]完成", "2025-10")
    d.metric("吞吐量[[2586万标箱]]", "2586e4", "标箱", "exact")
    d.metric("同比增长[[8.3%]]", "8.3", "%", "exact")
    d.metric("分别完成[[520万标箱]]和", "520e4", "标箱", "exact")
    d.metric("和[[292万标箱]]。", "292e4", "标箱", "exact")
    d.date("。[[10月份]]，青岛港", "2025-10")
    d.metric("吞吐量达[[274.6万标箱]]", "274.6e4", "标箱", "exact")
    d.date("比[[上月]]增长5.1%", "2025-09")
    d.metric("增长[[5.1%]]，较", "5.1", "%", "exact")
    d.date("较[[去年同期]]增长10.2%", "2024-10")
    d.metric("增长[[10.2%]]。", "10.2", "%", "exact")
    d.date("截至[[11月20日]]，青岛港", "2025-11-20")
    d.metric("总数达[[235条]]", 235, "条", "exact")
    d.metric("外贸航线[[逾200条]]", 200, "条", "over")
    d.date("，[[今年]]新增28条", "2025")
    d.metric("新增[[28条]]", 28, "条", "exact")
    d.date("。[[下半年]]以来", "2025")
    d.org("以来，[[中远海运集装箱运输有限公司]]、")
    d.org("、[[马士基]]、")
    d.org("、[[达飞轮船]]等企业")
    d.metric("外贸班次[[超过150班]]", 150, "班", "over")
    # county-level ports
    d.city("亮眼。[[龙口市]]依托")
    d.date("滚装运输，[[1]]—10月", "2025-01", LK)
    d.date("滚装运输，1—[[10月]]", "2025-10", LK)
    d.metric("货物吞吐量[[9860万吨]]", "9860e4", "吨", "exact", LK)
    d.metric("同比增长[[6.7%]]；", "6.7", "%", "exact", LK)
    d.city("；[[荣成市]]石岛港区")
    d.city("韩国[[平泽]]的")
    d.metric("吞吐量达[[1280万吨]]", "1280e4", "吨", "exact", PZ)
    d.metric("同比增长[[12.4%]]，客运量", "12.4", "%", "exact", PZ)
    d.metric("客运量[[近18万人次]]", "18e4", "人次", "approx", PZ)
    # port investment
    d.org("加码。[[山东省交通运输厅]]数据")
    d.date("数据显示，[[今年1]]—10月全省", "2025-01")
    d.date("数据显示，今年1—[[10月]]全省", "2025-10")
    d.metric("建设投资[[约186亿元]]", "186e8", "元", "approx")
    d.metric("同比增长[[14.8%]]", "14.8", "%", "exact")
    d.city("。[[日照市]]岚山港区")
    d.date("已于[[9月底]]交工", "2025-09", RZ)
    d.date("预计[[明年上半年]]投产", "2026", RZ)
    d.metric("将新增[[约300万标箱]]", "300e4", "标箱", "approx", RZ)
    # 青岛 section (heading opens with a city followed by ：)
    d.city("[[青岛]]：胶东机场")
    d.org("青岛：[[胶东机场]]货邮")
    d.org("\n[[青岛胶东国际机场]]今年")
    d.date("国际机场[[今年前10个月]]完成", "2025", QD)
    d.metric("旅客吞吐量[[2368万人次]]", "2368e4", "人次", "exact", QD)
    d.metric("同比增长[[9.4%]]", "9.4", "%", "exact", QD)
    d.metric("货邮吞吐量[[26.8万吨]]", "26.8e4", "吨", "exact", QD)
    d.metric("同比增长[[15.2%]]", "15.2", "%", "exact", QD)
    d.metric("起降[[17.6万架次]]", "17.6e4", "架次", "exact", QD)
    d.metric("吞吐量[[近210万人次]]", "210e4", "人次", "approx", QD)
    d.date("恢复至[[2019年同期]]的", "2019", QD)
    d.metric("同期的[[112%]]", 112, "%", "exact", QD)
    d.date("。[[上月中旬]]，青岛至", "2025-10", QD)
    d.city("上月中旬，[[青岛]]至大阪")
    d.city("青岛至[[大阪]]、仁川")
    d.city("大阪、[[仁川]]的")
    d.metric("共执飞[[8班]]", 8, "班", "exact", QD)
    # 航企与物流企业加快布局 (a heading without a city: ends the section)
    d.org("方面，[[山东航空股份有限公司]]（山航）")
    d.org("（[[山航]]）")
    d.org("、[[青岛航空]]等")
    d.org("运力投放，[[山航]]今年")
    d.date("山航[[今年]]在青岛", "2025", QD)
    d.city("今年在[[青岛]]新开")
    d.metric("地区航线[[6条]]", 6, "条", "exact", QD)
    d.org("。[[东方航空物流股份有限公司]]（")
    d.org("（[[东航物流]]）")
    d.org("在[[胶东机场]]投用")
    d.metric("建筑面积[[约4.2万平方米]]", "4.2e4", "平方米", "approx")
    d.metric("处理能力[[超过30万吨]]", "30e4", "吨", "over")
    d.org("方面，[[顺丰速运有限公司]]在")
    d.city("在[[胶州市]]建设")
    d.metric("总投资[[约35亿元]]", "35e8", "元", "approx", JZ)
    d.metric("建筑面积[[约28万平方米]]", "28e4", "平方米", "approx", JZ)
    d.date("计划于[[2026年6月]]投用", "2026-06", JZ)
    d.org("；[[京东物流]]位于")
    d.city("位于[[青岛市]]即墨区")
    d.date("已于[[9月]]投产", "2025-09", QD)
    d.metric("处理包裹[[近120万件]]", "120e4", "件", "approx", QD)
    d.org("此外，[[中国外运山东有限公司]]在")
    d.city("在[[临沂市]]开通")
    d.metric("集装箱[[约1.5万标箱]]", "1.5e4", "标箱", "approx", LY)
    # 班列 heading (no city)
    d.org("提速。[[山东高速集团有限公司]]（")
    d.org("（[[山东高速]]）")
    d.date("介绍，[[今年]]以来", "2025")
    d.metric("累计开行[[2863列]]", 2863, "列", "exact")
    d.metric("同比增长[[11.6%]]", "11.6", "%", "exact")
    d.metric("货值[[超过320亿元]]", "320e8", "元", "over")
    d.date("预计[[年内]]开行量", "2025")
    d.metric("将[[突破3200列]]", 3200, "列", "over")
    d.date("开通。[[10月28日]]，首趟", "2025-10-28", JZ)
    d.city("首趟[[胶州]]至阿拉木图")
    d.city("胶州至[[阿拉木图]]班列")
    d.date("；[[11月18日]]，临沂", "2025-11-18", LY)
    d.city("11月18日，[[临沂]]至塔什干")
    d.city("临沂至[[塔什干]]班列")
    d.metric("全程[[约5500公里]]", 5500, "公里", "approx", TSG)
    d.date("；[[前一日]]，济南", "2025-11-17", JN)
    d.city("前一日，[[济南]]至莫斯科")
    d.city("济南至[[莫斯科]]冷链")
    d.metric("可装载[[约100吨]]", 100, "吨", "approx", MSK)
    d.city("此外，[[潍坊]]至杜伊斯堡")
    d.city("潍坊至[[杜伊斯堡]]、")
    d.city("、[[烟台]]至明斯克")
    d.city("烟台至[[明斯克]]班列")
    d.date("计划于[[年底]]前开通", "2025", MSKE)
    # 高铁 heading (no city)
    d.city("新建[[潍坊]]至烟台高速铁路")
    d.city("新建潍坊至[[烟台]]高速铁路")
    d.metric("全长[[约238公里]]", 238, "公里", "approx", YT)
    d.metric("设计速度[[350公里/小时]]", 350, "公里/小时", "exact", YT)
    d.metric("总投资[[约458亿元]]", "458e8", "元", "approx", YT)
    d.date("已于[[上月底]]完成", "2025-10", YT)
    d.org("。[[中国铁路济南局集团有限公司]]（")
    d.org("（[[济南局集团公司]]）")
    d.date("计划[[年内]]开通运营", "2025", YT)
    d.city("届时[[烟台]]至济南")
    d.city("烟台至[[济南]]最快")
    d.metric("缩短至[[1.5小时左右]]", "1.5", "小时", "approx", JN)
    d.city("沿线[[平度]]、莱州")
    d.city("平度、[[莱州]]、龙口")
    d.city("莱州、[[龙口]]等县级市")
    # other airports (no CITY: names are ORG)
    d.org("增长。[[济南遥墙国际机场]]前10个月")
    d.date("遥墙国际机场[[前10个月]]完成", "2025")
    d.metric("吞吐量[[约1680万人次]]", "1680e4", "人次", "approx")
    d.org("，[[烟台蓬莱国际机场]]完成")
    d.metric("货邮吞吐量[[6.3万吨]]", "6.3e4", "吨", "exact")
    d.metric("分别增长[[8.8%]]和", "8.8", "%", "exact")
    d.metric("和[[11.5%]]。", "11.5", "%", "exact")
    # last paragraph (no CITY mention: 青岛 only inside ORG names)
    d.org("\n[[青岛市交通运输局]]相关")
    d.date("力争到[[2027年]]全市", "2027")
    d.metric("达到[[3300万标箱以上]]", "3300e4", "标箱", "over")
    d.org("据[[青岛海关]]统计")
    d.date("统计，[[今年前10个月]]青岛海关", "2025")
    d.org("今年前10个月[[青岛海关]]监管")
    d.metric("货值[[12.6亿美元]]", "12.6e8", "美元", "exact")
    d.metric("同比增长[[21.3%]]", "21.3", "%", "exact")
    d.metric("年营收[[不足5000万元]]", "5000e4", "元", "under")
    d.metric("占比[[近六成]]", 60, "%", "approx")
    audit = {"cities": ["青岛", "烟台", "日照", "龙口", "荣成", "平泽", "胶州",
                        "临沂", "济南", "莫斯科", "潍坊", "杜伊斯堡", "明斯克",
                        "阿拉木图", "塔什干", "大阪", "仁川", "平度", "莱州",
                        "即墨", "岚山", "石岛", "前湾", "蓬莱", "黄岛", "威海",
                        "上合", "潍烟"],
             # city + 港 (a port, not CITY; GUIDELINES 天津港) and districts,
             # port areas, the 上合 zone and the 潍烟 line abbreviation
             "excluded": ["旗下[[青岛港]]1", "。10月份，[[青岛港]]集装箱",
                          "，[[青岛港]]集装箱航线", "在[[青岛港]]新开",
                          "，[[青岛港]]前湾", "[[日照港]]、",
                          "、[[烟台港]]分别", "依托[[烟台港龙口港区]]",
                          "[[石岛港区]]", "[[岚山港区]]", "青岛港[[前湾港区]]",
                          "青岛市[[即墨区]]", "从[[上合示范区]]",
                          "（[[潍烟高铁]]）", "，[[潍烟高铁]]计划"],
             "numbers_excluded": [],
             # organization-like words: generic kinds, not names (SPEC ORG)
             "org_hints": ["公司", "集团", "局", "厅", "海关", "机场", "协会",
                           "政府", "航空", "港口", "高速"],
             "org_excluded": ["\n[[航空公司]]方面", "基地[[航空公司]]持续",
                              "加快布[[局]]\n", "省内其他[[机场]]",
                              "沿海[[港口]]集装箱", "沿海[[港口]]完成",
                              "分[[港口]]看", "县域[[港口]]同样",
                              "\n[[港口]]基础设施", "完成[[港口]]建设",
                              "全市[[港口]]集装箱", "烟台[[高速]]铁路"],
             # time words that are not DATEs (rates, recurrences, phases)
             "date_hints_ok": [r"单月", r"每[周月]", r"[二三]期", r"日均",
                               r"后年通过", r"年处理", r"年营收", r"日照"]}
    return d, audit


# ===========================================================================
# g10 Hong Kong retail, traditional, UTF-8, published 2024-12-03 (Tuesday)
# ===========================================================================
@doc
def g10():
    d = Doc("g10_hongkong_retail")
    SZ, HK, FS, BKK, SEL = "深圳市", "香港", "佛山市", "曼谷", "首尔"
    MO, GZ, SH, WH, HZ = "澳门", "广州市", "上海市", "武汉市", "杭州市"
    # title (a heading that does not open with a city)
    d.date("[[10月]]零售銷貨額", "2024-10")
    d.metric("按年跌[[7.3%]] 首10", "7.3", "%", "exact")
    d.date("7.3% [[首10個月]]累跌", "2024")
    d.metric("累跌[[7.8%]]\n", "7.8", "%", "exact")
    # lead (no CITY: 香港 only inside the outlet's name)
    d.org("[[香港文匯報]]訊")
    d.org("）[[政府統計處]]昨日")
    d.date("統計處[[昨日]]（2日）", "2024-12-02")
    d.date("昨日（[[2日]]）", "2024-12-02")
    d.date("公布，[[10月]]零售業", "2024-10")
    d.metric("估計為[[307億港元]]", "307e8", "港元", "exact")
    d.metric("按年下跌[[7.3%]]，跌幅", "7.3", "%", "exact")
    d.date("跌幅較[[9月]]的", "2024-09")
    d.metric("9月的[[10.1%]]", "10.1", "%", "exact")
    d.metric("銷貨數量按年下跌[[8.6%]]", "8.6", "%", "exact")
    d.date("。[[今年首10個月]]，零售業", "2024")
    d.metric("合共[[3,156億港元]]", "3156e8", "港元", "exact")
    d.date("較[[去年同期]]下跌7.8%", "2023")
    d.metric("下跌[[7.8%]]，銷貨數量", "7.8", "%", "exact")
    d.metric("銷貨數量下跌[[9.2%]]", "9.2", "%", "exact")
    # product categories
    d.metric("按年下跌[[16.5%]]", "16.5", "%", "exact")
    d.metric("貨品下跌[[13.3%]]", "13.3", "%", "exact")
    d.metric("製品下跌[[10.4%]]", "10.4", "%", "exact")
    d.metric("微升[[0.8%]]", "0.8", "%", "exact")
    d.metric("按年上升[[3.2%]]", "3.2", "%", "exact")
    d.metric("銷貨價值為[[26.4億港元]]", "26.4e8", "港元", "exact")
    d.metric("按年上升[[12.9%]]", "12.9", "%", "exact")
    d.metric("總銷貨價值[[約8.6%]]", "8.6", "%", "approx")
    # government (政府 alone is a back-reference)
    d.org("\n[[特區政府]]發言人")
    # northbound spending
    d.org("不減。[[深圳市商務局]]資料")
    d.date("顯示，[[今年前三季]]深圳", "2024", SZ)
    d.city("今年前三季[[深圳]]社會")
    d.metric("零售總額[[約7,780億元]]人民幣", "7780e8", "元", "approx", SZ)
    d.metric("按年增長[[約4%]]。入境", 4, "%", "approx", SZ)
    d.org("。[[入境事務處]]數字則顯示")
    d.date("顯示，[[今年首10個月]]經陸路", "2024", HK)
    d.city("出境的[[香港]]居民")
    d.metric("居民[[約6,120萬人次]]", "6120e4", "人次", "approx", HK)
    d.metric("按年增加[[近兩成]]", 20, "%", "approx", HK)
    d.metric("佔比[[近一半]]", 50, "%", "approx", HK)
    # 旅客人次回升 heading (no city)
    d.org("\n[[香港旅遊發展局]]（旅發局）")
    d.org("發展局（[[旅發局]]）")
    d.date("顯示，[[今年1]]至10月", "2024-01")
    d.date("顯示，今年1至[[10月]]訪港", "2024-10")
    d.metric("訪港旅客[[約3,650萬人次]]", "3650e4", "人次", "approx")
    d.metric("按年增長[[逾三成]]", 30, "%", "over")
    d.metric("內地旅客[[約2,790萬人次]]", "2790e4", "人次", "approx")
    d.metric("佔整體[[約76%]]", 76, "%", "approx")
    d.date("。[[10月]]訪港旅客錄得", "2024-10")
    d.metric("錄得[[398萬人次]]", "398e4", "人次", "exact")
    d.date("較[[上月]]增加", "2024-09")
    d.metric("增加[[14.1%]]", "14.1", "%", "exact")
    d.date("；[[國慶]]黃金周", "2024-10-01")
    d.date("黃金周（[[10月1日]]至7日）", "2024-10-01")
    d.date("10月1日至[[7日]]）", "2024-10-07")
    d.metric("內地旅客[[約124萬人次]]", "124e4", "人次", "approx")
    d.metric("日均[[近17.7萬人次]]", "17.7e4", "人次", "approx")
    d.metric("按年增長[[約10%]]。", 10, "%", "approx")
    d.metric("按年上升[[42%]]", 42, "%", "exact")
    d.org("\n[[旅發局]]調查顯示")
    d.city("來自[[深圳]]、廣州")
    d.city("深圳、[[廣州]]、東莞")
    d.city("廣州、[[東莞]]及佛山")
    d.city("東莞及[[佛山]]的")
    d.metric("合共[[超過五成]]", 50, "%", "over", FS)
    d.metric("平均停留[[3.1晚]]", "3.1", "晚", "exact", FS)
    d.metric("按年下跌[[約13%]]", 13, "%", "approx", FS)
    d.metric("至[[5,830港元]]", 5830, "港元", "exact", FS)
    d.city("。[[深圳]]居民")
    d.date("簽注於[[12月1日]]恢復", "2024-12-01", SZ)
    d.org("實施，[[入境事務處]]數字顯示")
    d.date("顯示，[[當天]]約有", "2024-12-01", SZ)
    d.metric("約有[[1.1萬名]]", "1.1e4", "名", "approx", SZ,
             outside_marker="約有")
    d.city("1.1萬名[[深圳]]旅客")
    d.org("\n[[旅發局]]亦於")
    d.date("亦於[[上月]]在曼谷", "2024-11", BKK)
    d.city("上月在[[曼谷]]及")
    d.city("曼谷及[[首爾]]舉辦")
    d.date("並預期[[今年]]訪港", "2024", SEL)
    d.metric("可達[[4,400萬]]。", "4400e4", "", "exact", SEL)
    # 商場人流 heading (no city)
    d.org("\n[[新鴻基地產發展有限公司]]（新地）")
    d.org("有限公司（[[新地]]）")
    d.date("旗下商場[[10月]]整體", "2024-10")
    d.metric("人流按年上升[[約6%]]", 6, "%", "approx")
    d.metric("升幅[[超過一成]]", 10, "%", "over")
    d.metric("營業額按年下跌[[約4%]]", 4, "%", "approx")
    d.org("。[[領展房產基金]]（領展）")
    d.org("房產基金（[[領展]]）")
    d.metric("維持在[[97%以上]]", 97, "%", "over")
    d.date("，[[10月份]]停車場", "2024-10")
    d.metric("按年增加[[3.4%]]", "3.4", "%", "exact")
    d.date("透露，[[10月]]週末", "2024-10")
    d.date("人流較[[去年同期]]減少", "2023-10")
    d.metric("減少[[近兩成]]，部分", 20, "%", "approx")
    d.metric("以[[8折]]租金", 80, "%", "exact")
    d.org("。[[港鐵公司]]數據")
    d.date("顯示，[[10月]]尖沙咀站", "2024-10")
    d.metric("按年上升[[5%]]及7%", 5, "%", "exact")
    d.metric("5%及[[7%]]，週末", 7, "%", "exact")
    d.metric("升幅則達[[一成以上]]", 10, "%", "over")
    # 上市零售商業績受壓 heading (no city)
    d.org("零售商[[御峰珠寶集團控股有限公司]]（")
    d.org("有限公司（[[御峰珠寶]]）早前")
    d.date("公布，截至[[9月30日]]止六個月", "2024-09-30")
    d.metric("營業額[[約86.4億港元]]", "86.4e8", "港元", "approx")
    d.metric("按年下跌[[18.7%]]", "18.7", "%", "exact")
    d.metric("應佔溢利[[5.12億港元]]", "5.12e8", "港元", "exact")
    d.metric("按年下跌[[35.2%]]", "35.2", "%", "exact")
    d.city("期內[[香港]]及澳門")
    d.city("香港及[[澳門]]市場")
    d.metric("同店銷售下跌[[26.5%]]", "26.5", "%", "exact", MO)
    d.metric("錄得人民幣[[21.6億元]]", "21.6e8", "元", "exact", MO)
    d.metric("按年微跌[[2.1%]]", "2.1", "%", "exact", MO)
    d.date("計劃[[明年上半年]]前關閉", "2025", SZ)
    d.metric("前關閉[[約8間]]", 8, "间", "approx", SZ)
    d.city("同時在[[深圳]]及廣州")
    d.city("在深圳及[[廣州]]增設")
    d.metric("增設[[12間]]分店", 12, "间", "exact", GZ)
    d.date("將於[[明年1月]]遷往", "2025-01")
    d.metric("面積[[約4,500平方呎]]", 4500, "平方呎", "approx")
    d.metric("現址低[[近四成]]", 40, "%", "approx")
    d.org("。[[御峰珠寶]]（1988）")
    d.date("股價[[昨日]]收報3.42", "2024-12-02")
    d.metric("收報[[3.42港元]]", "3.42", "港元", "exact")
    d.metric("跌[[2.3%]]。\n", "2.3", "%", "exact")
    d.org("營運商[[嘉泓地產控股有限公司]]（")
    d.org("有限公司（[[嘉泓地產]]）公布")
    d.date("公布截至[[9月30日]]止九個月", "2024-09-30", HK)
    d.city("營運數據，[[香港]]商場")
    d.metric("租金收入[[約41.2億港元]]", "41.2e8", "港元", "approx", HK)
    d.metric("按年下跌[[2.3%]]；", "2.3", "%", "exact", HK)
    d.metric("收入為人民幣[[36.8億元]]", "36.8e8", "元", "exact", SH)
    d.metric("按年增長[[4.5%]]", "4.5", "%", "exact", SH)
    d.city("其中[[上海]]、瀋陽")
    d.city("上海、[[瀋陽]]及武漢")
    d.city("瀋陽及[[武漢]]項目")
    d.metric("分別增長[[8%]]、", 8, "%", "exact", WH)
    d.metric("8%、[[5%]]及11%", 5, "%", "exact", WH)
    d.metric("5%及[[11%]]。", 11, "%", "exact", WH)
    d.date("表示，[[年內]]將在", "2024", HZ)
    d.metric("再投資逾人民幣[[12億元]]", "12e8", "元", "over", HZ,
             outside_marker="逾人民幣")
    d.date("，[[明年]]計劃於杭州", "2025", HZ)
    d.city("計劃於[[杭州]]開設")
    d.org("。[[嘉泓地產]]股價")
    d.date("股價[[昨日]]收報12.08", "2024-12-02")
    d.metric("收報[[12.08港元]]", "12.08", "港元", "exact")
    d.metric("升[[1.5%]]", "1.5", "%", "exact")
    # last paragraph (no CITY: 香港 only inside the association's name)
    d.org("\n[[香港零售管理協會]]主席")
    d.date("會員[[11月上旬]]零售", "2024-11")
    d.metric("按年下跌[[約一成]]", 10, "%", "approx")
    d.date("預計[[11月]]整體", "2024-11")
    d.metric("介乎[[5%]]至10%", 5, "%", "exact")
    d.metric("5%至[[10%]]。", 10, "%", "exact")
    d.date("協會對[[聖誕]]假期", "2024-12-25")
    d.date("預期[[明年]]仍有", "2025")
    d.metric("仍有[[約3,000間]]", 3000, "间", "approx")
    d.org("結業。[[零售管理協會]]亦建議")
    d.org("亦建議[[特區政府]]加快")
    audit = {"cities": ["香港", "澳門", "深圳", "廣州", "東莞", "佛山", "曼谷",
                        "首爾", "上海", "瀋陽", "武漢", "杭州", "尖沙咀", "銅鑼灣",
                        "屯門", "元朗", "上水", "北區", "港珠澳", "內地"],
             # districts (SPEC: not CITY), the 港珠澳 abbreviation compound,
             # 內地 (a region)
             "excluded": ["[[尖沙咀]]、銅鑼灣等", "尖沙咀、[[銅鑼灣]]等",
                          "[[尖沙咀]]站", "[[銅鑼灣]]站", "位於[[銅鑼灣]]的",
                          "[[屯門]]、", "[[元朗]]及", "[[上水]]等",
                          "[[北區]]商場", "經[[港珠澳]]大橋"],
             # 1988: the stock code of 御峰珠寶 (SPEC: codes are not METRIC;
             # not a year either)
             "numbers_excluded": ["御峰珠寶（[[1988]]）"]}
    audit["excluded"] += ["訪港[[內地]]旅客", "其中[[內地]]旅客",
                          "過夜[[內地]]旅客", "；[[內地]]商場",
                          "，[[內地]]業務", "在[[內地]]再投資",
                          "第十個[[內地]]商場"]
    audit["org_hints"] = ["公司", "集團", "局", "處", "協會", "基金", "政府",
                          "地產", "珠寶", "港鐵", "商務"]
    # generic kinds and back-references (SPEC ORG: 政府, 该公司 are not ORG)
    audit["org_excluded"] = ["，[[百貨公司]]貨品", "有[[商場管理公司]]透露",
                             "六個月，[[集團]]營業額", "。[[集團]]計劃",
                             "。[[集團]]位於", "。[[集團]]表示",
                             "。[[協會]]對", "，[[政府]]會", "分析，[[珠寶]]首飾",
                             "本地[[珠寶]]零售商"]
    audit["date_hints_ok"] = [r"按年", r"週末", r"公眾假期", r"黃金周",
                              r"期間", r"日均", r"平日", r"[六九]個月", r"期內",
                              r"假期", r"預期"]
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|折|半|分之[一二三四五六七八九十]+)")
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


def parse_metric(span):
    """(value, qualifier) re-derived from the span text (the forms used in
    this set: Arabic numbers with separators, 万/亿, N成, 一半, N折, markers)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.match(r"([一二两兩三四五六七八九十])成$", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q
    if span == "一半":
        return Decimal(50), q
    m = re.match(r"(\d)折$", span)
    if m:
        return Decimal(int(m.group(1)) * 10), q
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]?)", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2)]
    return v, q


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


def rule_city(text, rows, i):
    """GUIDELINES `city` rule for the DATE/METRIC row rows[i] (CITY rows given).
    An empty line is not a heading (a heading has text)."""
    cities = [r for r in rows if r["type"] == "CITY"]
    r = rows[i]
    section = ""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if line and len(line) <= 40 and not (set(line) & HEAD_PUNCT):
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
        return max(before, key=lambda c: c["start"])["normalized"]
    if after:
        return min(after, key=lambda c: c["start"])["normalized"]
    return ""


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    known_cities = set(CITY_NORM.values())
    for i, r in enumerate(rows):
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
            assert r["normalized"], r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
            ruled = rule_city(d.text, rows, i)
            assert r["city"] == ruled, ("city column differs from the rule",
                                        r, ruled)
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q = parse_metric(tx)
            om = r["_extra"].get("outside_marker", "")
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            if r["normalized"][:4] != "2019":
                y = int(PUBLISHED[d.doc_id][:4])
                assert abs(int(r["normalized"][:4]) - y) <= 2, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded):
                problems.append("city string %s at %d: %r" % (
                    name, m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in re.finditer(r"\d+", d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("number %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in CHINESE_FIGURE.finditer(d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("figure %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), org_spans):
                problems.append("ORG string %s at %d not annotated" % (
                    name, m.start()))
    org_ex = []
    for ctx in audit.get("org_excluded", []):
        _, places = d._locate(ctx, 1)
        org_ex.extend(places)
    for hint in audit.get("org_hints", []):
        for m in re.finditer(re.escape(hint), d.text):
            if not inside(m.start(), m.end(), org_spans + org_ex):
                problems.append("ORG-like word %s at %d: %r" % (
                    hint, m.start(), d.text[m.start() - 6:m.end() + 6]))
    ok = [(m.start(), m.end()) for pat in audit.get("date_hints_ok", [])
          for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[年月日季周週旬昨今明天]", d.text):
        if not inside(m.start(), m.end(), covered + ok):
            problems.append("time word %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # the set's manifest also lists the other annotators' articles
    rows = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert [r["doc_id"] for r in rows] == list(PUBLISHED), rows
    for r in rows:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"),
                  encoding="utf-8") as fh:
            assert fh.readline().rstrip("\n") == r["title"], r


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows
             if r["type"] == "METRIC" and r["unit"]]
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units]
                   + [r["text"] for r in units])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        k = len(names)
        for r, s in zip(names, conv[:k]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[k:k + len(units)]):
            assert s == r["unit"], (r, s)
        for r, s in zip(units, conv[k + len(units):]):
            if r["unit"] == "%":
                assert re.search(r"[%％成折半]", s), r
            elif not r["_extra"].get("shared_unit"):
                assert s.endswith(r["unit"]) or (r["unit"] in s and re.search(
                    r"(以上|左右|以下)$", s)), (r, s)
    for d in built:
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n",
                               extrasaction="ignore")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-20s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-20s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
