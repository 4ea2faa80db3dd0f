#!/usr/bin/env python3
"""Gold annotation for the held-out articles g05_city_economy, g06_macao_tourism.

Adapted from dev/tools/annotate_g01_g02.py (then heldout/tools/annotate_a.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g05 is UTF-8 without BOM (simplified, mainland); g06 is UTF-8 WITH a BOM
(traditional, Macao), and its offsets count from the first character after
the BOM (SPEC 2).  g06 `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g05_g06.md.  Reference dates: corpus/
manifest.csv (g05 2025-10-28, g06 2025-10-10).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type
(DATE normalizations are real calendar dates/months/quarters; METRIC value,
qualifier and unit re-derived from the span text by an independent small
parser); ORG/CITY normalization and METRIC units against OpenCC t2s (the
`opencc` module if importable, else $CN_NEWS_PYTHON, ../../.venv/bin/python
or /work/main/.venv/bin/python); the `city` column of every DATE/METRIC row
against an independent implementation of the GUIDELINES rule.
Audits: every occurrence of a listed city string, every ASCII digit, every
Latin word, every Chinese numeral character and every listed date word is
inside a row or excluded here on purpose; every occurrence of an annotated
ORG string is inside an ORG row.  Re-run (from anywhere):

    python3 dev/tools/annotate_g05_g06.py
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
BOM = b"\xef\xbb\xbf"
# doc_id -> (has BOM, traditional)
DOC_FORMAT = {"g05_city_economy": (False, False),
              "g06_macao_tourism": (True, True)}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g05
    "南通": "南通市", "启东": "启东市", "启东市": "启东市", "如皋": "如皋市",
    "如皋市": "如皋市", "海安市": "海安市", "上海": "上海市", "苏州": "苏州市",
    "盐城": "盐城市", "泰州": "泰州市",
    # g06
    "澳門": "澳门", "珠海": "珠海市", "中山": "中山市", "廣州": "广州市",
    "深圳": "深圳市", "北京": "北京市", "杭州": "杭州市", "成都": "成都市",
    "香港": "香港", "台北": "台北市", "高雄": "高雄市", "首爾": "首尔",
    "曼谷": "曼谷", "馬尼拉": "马尼拉", "胡志明市": "胡志明市",
    "吉隆坡": "吉隆坡",
}

# ORG span (traditional) -> OpenCC t2s form (checked below); simplified
# spans normalize to themselves.
ORG_NORM = {
    "治安警察局": "治安警察局", "澳門國際機場": "澳门国际机场",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "澳門航空": "澳门航空", "澳航": "澳航",
    "澳門輕軌股份有限公司": "澳门轻轨股份有限公司",
    "澳門特別行政區政府旅遊局": "澳门特别行政区政府旅游局",
    "旅遊局": "旅游局", "金沙中國有限公司": "金沙中国有限公司",
    "金沙中國": "金沙中国", "銀河娛樂集團": "银河娱乐集团",
    "珠海邊檢總站": "珠海边检总站",
    "珠海市文化廣電旅遊體育局": "珠海市文化广电旅游体育局",
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "經濟財政司": "经济财政司", "特區政府": "特区政府",
    "澳門旅遊業議會": "澳门旅游业议会",
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
        has_bom, self.traditional = DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        assert raw.startswith(BOM) == has_bom, f"{doc_id}: BOM expectation"
        if has_bom:
            raw = raw[len(BOM):]
        self.text = raw.decode("utf-8")             # strict: must decode
        assert "\ufeff" not in self.text and "\r" not in self.text
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
            city="", n=1):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": city})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.traditional else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city="", n=1):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g05 city economy, simplified, UTF-8 without BOM, published 2025-10-28
# ===========================================================================
@doc
def g05():
    d = Doc("g05_city_economy")
    NT, QD, RG, HA = "南通市", "启东市", "如皋市", "海安市"
    SH, SZ, YC, TZ = "上海市", "苏州市", "盐城市", "泰州市"
    # title: a heading line, but 南通 is followed by 前 (no separator): no
    # city section; sentence rule -> 南通市
    d.city("[[南通]]前三季度地区")
    d.date("南通[[前三季度]]地区", "2025", NT)
    d.metric("生产总值[[9386.2亿元]] 同比", "9386.2e8", "元", "exact", NT)
    d.metric("同比增长[[5.9%]]\n", "5.9", "%", "exact", NT)
    # dateline sentence
    d.city("本报[[南通]]10月27日讯")
    d.date("本报南通[[10月27日]]讯", "2025-10-27", NT)
    d.org("）[[南通市统计局]]27日")
    d.date("南通市统计局[[27日]]发布", "2025-10-27", NT)
    d.date("显示，[[今年前三季度]]，南通", "2025", NT)
    d.city("今年前三季度，[[南通]]实现")
    d.metric("（GDP）[[9386.2亿元]]，", "9386.2e8", "元", "exact", NT)
    d.metric("同比增长[[5.9%]]，增速", "5.9", "%", "exact", NT)
    d.date("增速比[[上半年]]加快", "2025", NT)
    d.metric("加快[[0.3个百分点]]", "0.3", "百分点", "exact", NT)
    d.metric("平均水平[[0.4个百分点]]", "0.4", "百分点", "exact", NT)
    d.date("其中，[[第三季度]]GDP", "2025-Q3")
    d.metric("GDP增长[[6.4%]]", "6.4", "%", "exact")
    d.date("。[[同日]]，江苏省统计局", "2025-10-27", NT)
    d.org("同日，[[江苏省统计局]]公布")
    d.date("公布，[[前三季度]]全省", "2025", NT)
    d.metric("生产总值[[突破10万亿元]]", "10e12", "元", "over", NT)
    d.city("万亿元，[[南通]]经济总量")
    # 工业 section (non-city heading)
    d.date("挑大梁\n\n[[前三季度]]，全市规模", "2025")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact")
    d.metric("全省平均[[1.5个百分点]]", "1.5", "百分点", "exact")
    d.date("。[[9月份]]，规上", "2025-09")
    d.metric("增加值增长[[9.1%]]", "9.1", "%", "exact")
    d.date("增速比[[上月]]加快", "2025-08")
    d.metric("上月加快[[1.3个百分点]]", "1.3", "百分点", "exact")
    d.metric("产值[[近6800亿元]]", "6800e8", "元", "approx")
    d.metric("比重[[超过五成]]", 50, "%", "over")
    d.org("明显。[[江苏中天科技股份有限公司]]（")
    d.org("（[[中天科技]]）")
    d.date("中天科技）[[前三季度]]实现", "2025")
    d.metric("营业收入[[约385亿元]]", "385e8", "元", "approx")
    d.metric("同比增长[[12.6%]]；", "12.6", "%", "exact")
    d.org("；[[通富微电子股份有限公司]]海外")
    d.metric("同比增长[[逾三成]]", 30, "%", "over")
    d.city("在[[启东]]，招商局")
    d.org("，[[招商局重工（江苏）有限公司]]今年")
    d.date("有限公司[[今年]]已交付", "2025", QD)
    d.metric("海工装备[[14艘]]", 14, "艘", "exact", QD)
    d.metric("订单金额[[超过120亿元]]", "120e8", "元", "over", QD)
    d.org("。[[南通中远海运川崎船舶工程有限公司]]介绍")
    d.date("介绍，截至[[9月末]]，该公司", "2025-09")
    d.date("排产至[[2028年]]", "2028")
    # 投资 section
    d.date("推进\n\n[[前三季度]]，全市固定", "2025")
    d.metric("同比增长[[4.6%]]", "4.6", "%", "exact")
    d.metric("工业投资增长[[11.8%]]", "11.8", "%", "exact")
    d.metric("制造业投资增长[[13.2%]]", "13.2", "%", "exact")
    d.date("。截至[[9月末]]，全市列入", "2025-09")
    d.metric("清单的[[58个]]项目", 58, "个", "exact")
    d.metric("完成投资[[约640亿元]]", "640e8", "元", "approx")
    d.metric("年度计划的[[86.3%]]", "86.3", "%", "exact")
    d.metric("在[[近500个]]亿元", 500, "个", "approx")
    d.metric("近500个[[亿元以上]]产业", "1e8", "元", "over")
    d.date("项目中，[[前三季度]]新开工", "2025")
    d.date("新开工项目较[[去年同期]]增加", "2024")
    d.metric("增加[[27个]]", 27, "个", "exact")
    d.date("。[[1]]—9月", "2025-01")
    d.date("1—[[9月]]，全市", "2025-09")
    d.metric("预算收入[[612.4亿元]]", "612.4e8", "元", "exact")
    d.metric("同比增长[[3.1%]]", "3.1", "%", "exact")
    # 外贸 section
    d.org("据[[南通海关]]统计")
    d.date("统计，[[前三季度]]全市进出口", "2025")
    d.metric("进出口总额[[2716.8亿元]]", "2716.8e8", "元", "exact")
    d.metric("同比增长[[7.4%]]", "7.4", "%", "exact")
    d.metric("出口[[1842.5亿元]]", "1842.5e8", "元", "exact")
    d.metric("增长[[9.8%]]", "9.8", "%", "exact")
    d.metric("进口[[874.3亿元]]", "874.3e8", "元", "exact")
    d.metric("增长[[2.6%]]", "2.6", "%", "exact")
    d.metric("总额[[约378.2亿美元]]", "378.2e8", "美元", "approx")
    d.metric("增长[[7.9%]]", "7.9", "%", "exact")
    d.metric("进出口增长[[11.2%]]", "11.2", "%", "exact")
    d.metric("外贸总值的[[46.5%]]", "46.5", "%", "exact")
    d.org("另据[[江苏省商务厅]]通报")
    d.city("通报，[[南通]]跨境电商")
    d.metric("进出口额[[约152亿元]]", "152e8", "元", "approx", NT)
    d.metric("增长[[近三成]]", 30, "%", "approx", NT)
    # port paragraph (南通港: a port, neither CITY nor ORG)
    d.date("放量。[[前三季度]]，南通港", "2025")
    d.metric("吞吐量[[约2.86亿吨]]", "2.86e8", "吨", "approx")
    d.metric("同比增长[[4.2%]]", "4.2", "%", "exact")
    d.metric("集装箱吞吐量[[218.6万标箱]]", "218.6e4", "标箱", "exact")
    d.metric("增长[[12.7%]]", "12.7", "%", "exact")
    d.date("起步港区[[9月]]新开", "2025-09")
    d.metric("新开[[2条]]外贸航线", 2, "条", "exact")
    # 消费 section
    d.date("回升\n\n[[前三季度]]，全市社会", "2025")
    d.metric("零售总额[[3105.6亿元]]", "3105.6e8", "元", "exact")
    d.metric("同比增长[[4.8%]]", "4.8", "%", "exact")
    d.metric("零售额增长[[6.3%]]", "6.3", "%", "exact")
    d.metric("汽车销售[[约5.2万辆]]", "5.2e4", "辆", "approx")
    d.metric("渗透率[[近六成]]", 60, "%", "approx")
    d.date("。[[国庆]]中秋假期", "2025-10-01", SH)
    d.date("国庆[[中秋]]假期", "2025-10-06", SH)
    d.date("假期（[[10月1日]]至8日）", "2025-10-01", SH)
    d.date("10月1日至[[8日]]）", "2025-10-08", SH)
    d.metric("销售额[[约38.6亿元]]", "38.6e8", "元", "approx", SH)
    d.date("销售额约38.6亿元，较[[去年同期]]增长", "2024", SH)
    d.metric("增长[[8.1%]]", "8.1", "%", "exact", SH)
    d.city("来自[[上海]]、苏州")
    d.city("上海、[[苏州]]等地")
    d.metric("游客[[超过120万人次]]", "120e4", "人次", "over", SZ)
    d.org("。[[南通市商务局]]监测")
    d.date("显示，[[9月]]全市限额", "2025-09")
    d.metric("同比增长[[15.3%]]", "15.3", "%", "exact")
    # income
    d.org("。[[国家统计局南通调查队]]数据")
    d.date("显示，[[前三季度]]全市全体", "2025")
    d.metric("可支配收入[[45862元]]", 45862, "元", "exact")
    d.metric("同比增长[[4.9%]]", "4.9", "%", "exact")
    d.metric("可支配收入[[55317元]]", 55317, "元", "exact")
    d.metric("增长[[4.3%]]", "4.3", "%", "exact")
    d.metric("可支配收入[[32608元]]", 32608, "元", "exact")
    d.metric("增长[[6.1%]]，城乡", "6.1", "%", "exact")
    d.metric("缩小至[[1.70]]", "1.7", "", "exact")
    # enterprises, loans
    d.date("增强。截至[[9月末]]", "2025-09")
    d.metric("经营主体[[突破125万户]]", "125e4", "户", "over")
    d.date("比[[上年末]]增长", "2024")
    d.metric("上年末增长[[5.3%]]", "5.3", "%", "exact")
    d.date("；[[前三季度]]新设企业", "2025")
    d.metric("新设企业[[2.86万家]]", "2.86e4", "家", "exact")
    d.metric("同比增长[[8.6%]]", "8.6", "%", "exact")
    d.metric("外资企业[[312家]]", 312, "家", "exact")
    d.metric("使用外资[[9.6亿美元]]", "9.6e8", "美元", "exact")
    d.org("。[[中国人民银行南通市分行]]数据")
    d.date("显示，[[9月末]]全市本外币", "2025-09")
    d.metric("贷款余额[[2.38万亿元]]", "2.38e12", "元", "exact")
    d.date("比[[年初]]增加", "2025")
    d.metric("增加[[1862亿元]]", "1862e8", "元", "exact")
    d.metric("不良率[[不足1%]]", 1, "%", "under")
    # 县域 section (non-city heading; 三市 a collective label)
    d.city("县域看，[[如皋市]]、")
    d.city("、[[海安市]]、启东市")
    d.city("海安市、[[启东市]]前三季度")
    d.date("启东市[[前三季度]]地区", "2025", QD)
    d.metric("达到[[1386.7亿元]]", "1386.7e8", "元", "exact", QD)
    d.metric("、[[1402.3亿元]]和", "1402.3e8", "元", "exact", QD)
    d.metric("和[[1218.5亿元]]", "1218.5e8", "元", "exact", QD)
    d.metric("增速均在[[6%以上]]", 6, "%", "over", QD)
    d.city("。[[海安市]]规上")
    d.metric("增加值增长[[10.4%]]", "10.4", "%", "exact", HA)
    d.org("其中[[海安鑫达纺织科技有限公司]]新建")
    d.date("生产线[[9月]]投产", "2025-09", HA)
    d.org("投产，[[鑫达纺织]]预计")
    d.metric("增加[[15亿元左右]]", "15e8", "元", "approx", HA)
    d.city("。[[如皋]]前三季度")
    d.date("如皋[[前三季度]]实际", "2025", RG)
    d.metric("使用外资[[1.8亿美元]]", "1.8e8", "美元", "exact", RG)
    d.date("美元，较[[去年同期]]增长近两成", "2024", RG)
    d.metric("增长[[近两成]]", 20, "%", "approx", RG)
    d.city("；[[启东]]海工装备")
    d.date("预计[[年底]]突破", "2025", QD)
    d.metric("年底[[突破1000亿元]]", "1000e8", "元", "over", QD)
    d.metric("合计[[约2500亿元]]", "2500e8", "元", "approx")
    # 跨江 paragraph
    d.date("深化。[[前三季度]]，往返", "2025", NT)
    d.city("往返[[南通]]与苏州")
    d.city("南通与[[苏州]]、上海两地")
    d.city("苏州、[[上海]]两地")
    d.metric("日均[[超过6.5万人次]]", "6.5e4", "人次", "over", SH)
    d.metric("车流量[[约3.2万辆次]]", "3.2e4", "辆次", "approx", SH)
    d.date("辆次，比[[去年同期]]增长", "2024", SH)
    d.metric("增长[[18.4%]]", "18.4", "%", "exact", SH)
    d.org("。[[南通市发展和改革委员会]]相关")
    d.date("表示，[[四季度]]全市", "2025-Q4")
    d.metric("保持在[[6%左右]]", 6, "%", "approx")
    d.city("此外，[[南通]]与盐城")
    d.city("南通与[[盐城]]、泰州")
    d.city("盐城、[[泰州]]共建")
    d.date("协作项目[[今年]]新增", "2025", TZ)
    d.metric("新增[[19个]]", 19, "个", "exact", TZ)
    d.metric("总投资[[逾300亿元]]", "300e8", "元", "over", TZ)
    d.city("其中[[盐城]]企业")
    d.metric("已有[[7个]]开工", 7, "个", "exact", YC)
    audit = {
        "cities": ["南通", "启东", "如皋", "海安", "上海", "苏州", "盐城",
                   "泰州", "通州", "海门", "崇川", "江苏"],
        # 南通港: a port (GUIDELINES: city + 港 is not CITY; not an ORG);
        # 通州湾 a bay/area, 通州区/海门区/崇川区 districts (SPEC: not CITY)
        "excluded": ["[[南通]]港完成", "[[通州]]湾新出海口", "、[[通州]]区和",
                     "[[海门]]区服务业", "[[崇川]]区、"],
        "numbers_excluded": [],
        # 第四 ordinal; 新一代, 一般, 一带一路 words; 吕四 a town name;
        # 三市 and 两地 collective labels (SPEC Not-METRIC)
        "cn_excluded": ["全省第[[四]]", "新[[一]]代", "全市[[一]]般",
                        "“[[一]]带一路”", "“一带[[一]]路”", "吕[[四]]起步",
                        "县域：[[三]]市", "上海[[两]]地"],
        "latin_excluded": ["（[[GDP]]）", "第三季度[[GDP]]增长"],
        "datewords_excluded": [],
    }
    return d, audit


# ===========================================================================
# g06 Macao tourism, traditional, UTF-8 WITH BOM, published 2025-10-10
# ===========================================================================
@doc
def g06():
    d = Doc("g06_macao_tourism")
    MO, ZH, SZ, HZ, CD = "澳门", "珠海市", "深圳市", "杭州市", "成都市"
    HK, TP, SE, MN, HCM = "香港", "台北市", "首尔", "马尼拉", "胡志明市"
    # title (non-city heading, no CITY in the line)
    d.date("[[國慶]]黃金周訪澳", "2025-10-01")
    d.metric("訪澳旅客[[逾123萬人次]]", "123e4", "人次", "over")
    d.metric("日均按年升[[15.6%]]\n", "15.6", "%", "exact")
    # lead (no CITY: 港澳, 訪澳 are abbreviations)
    d.org("【本報訊】[[治安警察局]]昨")
    d.date("治安警察局[[昨（9）日]]公佈", "2025-10-09")
    d.date("公佈，[[今年國慶]]黃金周", "2025-10-01")
    d.date("黃金周（[[10月1日]]至8日）", "2025-10-01")
    d.date("10月1日至[[8日]]）", "2025-10-08")
    d.metric("入境旅客[[1,236,480人次]]", 1236480, "人次", "exact")
    d.metric("日均[[約15.5萬人次]]", "15.5e4", "人次", "approx")
    d.metric("按年上升[[15.6%]]。", "15.6", "%", "exact")
    d.metric("內地旅客[[約106.8萬人次]]", "106.8e4", "人次", "approx")
    d.metric("總數的[[86.4%]]", "86.4", "%", "exact")
    d.metric("個人遊旅客[[48.2萬人次]]", "48.2e4", "人次", "exact")
    d.date("出現在[[10月3日]]", "2025-10-03")
    d.date("10月3日，[[當天]]入境", "2025-10-03")
    d.metric("入境旅客達[[18.9萬人次]]", "18.9e4", "人次", "exact")
    d.date("適逢[[中秋節]]與", "2025-10-06")
    d.date("中秋節與[[國慶]]假期疊加", "2025-10-01")
    d.org("。[[治安警察局]]表示")
    d.metric("總人次[[逾265萬]]", "265e4", "", "over")
    # origins
    d.city("來自[[珠海]]、中山")
    d.city("珠海、[[中山]]、廣州")
    d.city("中山、[[廣州]]及深圳")
    d.city("廣州及[[深圳]]的旅客")
    d.metric("合共[[約52.3萬人次]]", "52.3e4", "人次", "approx", SZ)
    d.city("；來自[[上海]]、北京、杭州等城市")
    d.city("來自上海、[[北京]]、杭州等城市")
    d.city("來自上海、北京、[[杭州]]等城市")
    d.metric("按年增加[[逾兩成]]", 20, "%", "over", HZ)
    d.city("。[[香港]]旅客")
    d.metric("香港旅客[[約8.6萬人次]]", "8.6e4", "人次", "approx", HK)
    d.metric("按年上升[[9.2%]]", "9.2", "%", "exact", HK)
    d.metric("台灣旅客[[約2.4萬人次]]", "2.4e4", "人次", "approx", TP)
    d.city("以[[台北]]及高雄")
    d.city("台北及[[高雄]]旅客")
    d.metric("國際旅客[[約3.1萬人次]]，主要", "3.1e4", "人次", "approx", SE)
    d.city("主要來自[[首爾]]、曼谷")
    d.city("首爾、[[曼谷]]及馬尼拉")
    d.city("曼谷及[[馬尼拉]]，")
    d.date("馬尼拉，較[[去年同期]]大增", "2024", MN)
    d.metric("大增[[42%]]", 42, "%", "exact", MN)
    # checkpoints (港珠澳大橋, 關閘, 橫琴口岸: no CITY)
    d.metric("入境的旅客[[約36.4萬人次]]", "36.4e4", "人次", "approx")
    d.metric("佔總數[[29.4%]]", "29.4", "%", "exact")
    d.metric("按年上升[[21.7%]]", "21.7", "%", "exact")
    d.metric("關閘口岸入境[[約41.5萬人次]]", "41.5e4", "人次", "approx")
    d.metric("橫琴口岸入境[[約9.8萬人次]]", "9.8e4", "人次", "approx")
    d.metric("港澳的旅客[[近三成]]", 30, "%", "approx")
    # air and rail
    d.org("假期內[[澳門國際機場]]處理")
    d.metric("處理旅客[[逾9.2萬人次]]", "9.2e4", "人次", "over")
    d.metric("按年上升[[11.5%]]", "11.5", "%", "exact")
    d.org("。[[澳門國際機場專營股份有限公司]]（CAM）")
    d.org("有限公司（[[CAM]]）")
    d.date("機場[[今年首九個月]]客運量", "2025")
    d.metric("已[[超過608萬人次]]", "608e4", "人次", "over")
    d.date("預計[[年底]]前可累計", "2025")
    d.metric("可累計[[突破800萬人次]]", "800e4", "人次", "over")
    d.org("。[[澳門航空]]（澳航）")
    d.org("澳門航空（[[澳航]]）")
    d.city("往來[[澳門]]與北京")
    d.city("澳門與[[北京]]、上海、杭州、成都等航點")
    d.city("澳門與北京、[[上海]]、杭州、成都等航點")
    d.city("澳門與北京、上海、[[杭州]]、成都等航點")
    d.city("、[[成都]]等航點")
    d.metric("客座率達[[88.5%]]", "88.5", "%", "exact", CD)
    d.org("；[[澳航]]將於")
    d.date("將於[[11月30日]]起", "2025-11-30", MO)
    d.city("開通[[澳門]]至胡志明市")
    d.city("澳門至[[胡志明市]]定期")
    d.metric("每周[[4班]]", 4, "班", "exact", HCM)
    d.org("。[[澳門輕軌股份有限公司]]則表示")
    d.metric("載客量[[約38.7萬人次]]", "38.7e4", "人次", "approx")
    d.metric("日均[[約4.8萬人次]]", "4.8e4", "人次", "approx")
    d.metric("增加[[約四成]]", 40, "%", "approx")
    d.date("開通後首個[[國慶]]假期", "2025-10-01")
    d.metric("載客量達[[6.2萬人次]]", "6.2e4", "人次", "exact")
    # hotels (全澳 deictic; 五星級 a tier label)
    d.org("據[[澳門特別行政區政府旅遊局]]（")
    d.org("政府旅遊局（[[旅遊局]]）")
    d.metric("入住率達[[95.1%]]", "95.1", "%", "exact")
    d.date("95.1%，較[[去年同期]]上升", "2024")
    d.metric("上升[[2.3個百分點]]", "2.3", "百分点", "exact")
    d.metric("入住率達[[96.7%]]", "96.7", "%", "exact")
    d.metric("房價[[約1,658澳門元]]", 1658, "澳门元", "approx")
    d.metric("按年上升[[約6%]]", 6, "%", "approx")
    d.org("。[[金沙中國有限公司]]（")
    d.org("有限公司（[[金沙中國]]）")
    d.metric("旗下[[六間]]酒店", 6, "间", "exact")
    d.org("；[[銀河娛樂集團]]則指")
    d.metric("共吸引[[逾8萬名]]觀眾", "8e4", "名", "over")
    # 珠海 section (heading opens with a CITY followed by ：)
    d.city("[[珠海]]：口岸出入境")
    d.org("\n[[珠海邊檢總站]]昨日")
    d.date("珠海邊檢總站[[昨日]]公佈", "2025-10-09", ZH)
    d.city("經[[珠海]]各口岸")
    d.metric("出入境旅客[[超過310萬人次]]", "310e4", "人次", "over", ZH)
    d.metric("按年上升[[約17%]]", 17, "%", "approx", ZH)
    d.metric("日均通關[[約4.6萬人次]]", "4.6e4", "人次", "approx", ZH)
    d.date("人次，[[10月4日]]單日", "2025-10-04", ZH)
    d.metric("通關量達[[5.8萬人次]]", "5.8e4", "人次", "exact", ZH)
    d.org("。[[珠海市文化廣電旅遊體育局]]表示")
    d.metric("接待遊客[[約386萬人次]]", "386e4", "人次", "approx", ZH)
    d.metric("旅遊收入[[約42.7億元]]人民幣", "42.7e8", "元", "approx", ZH)
    d.metric("按年增長[[12.5%]]", "12.5", "%", "exact", ZH)
    d.city("「遊[[珠海]]、住澳門」")
    d.city("遊珠海、住[[澳門]]」")
    d.metric("銷量上升[[逾六成]]", 60, "%", "over", ZH)
    # gaming (non-city heading ends the 珠海 section)
    d.org("\n[[博彩監察協調局]]（博監局）")
    d.org("協調局（[[博監局]]）")
    d.date("博監局）[[1日]]公佈", "2025-10-01")
    d.date("公佈，[[9月份]]幸運博彩", "2025-09")
    d.metric("毛收入為[[183.8億澳門元]]", "183.8e8", "澳门元", "exact")
    d.metric("按年上升[[6.0%]]", "6.0", "%", "exact")
    d.date("較[[上月]]減少", "2025-08")
    d.metric("減少[[12.3%]]", "12.3", "%", "exact")
    d.date("12.3%。[[今年首九個月]]，幸運", "2025")
    d.metric("累計[[1,794.6億澳門元]]", "1794.6e8", "澳门元", "exact")
    d.metric("按年增長[[7.8%]]", "7.8", "%", "exact")
    d.metric("日均[[約6.57億澳門元]]", "6.57e8", "澳门元", "approx")
    d.date("預期，[[10月份]]毛收入", "2025-10")
    d.metric("重上[[200億澳門元]]", "200e8", "澳门元", "exact")
    # DSEC
    d.org("\n\n[[統計暨普查局]]（統計局）")
    d.org("普查局（[[統計局]]）")
    d.date("顯示，[[今年1]]至8月", "2025-01")
    d.date("今年1至[[8月]]入境", "2025-08")
    d.metric("累計[[2,612.4萬人次]]", "2612.4e4", "人次", "exact")
    d.metric("按年上升[[14.5%]]", "14.5", "%", "exact")
    d.date("；[[8月份]]單月", "2025-08")
    d.metric("入境旅客達[[361.2萬人次]]", "361.2e4", "人次", "exact")
    # 年內 (this year): a DATE, as 年底 and the SPEC's 今年年内 (adjudicated, see dev/NOTES_g05_g06.md)
    d.date("為[[年內]]單月", "2025")
    d.date("。[[第二季]]旅客總消費", "2025-Q2")
    d.metric("為[[196.3億澳門元]]", "196.3e8", "澳门元", "exact")
    d.metric("按年上升[[4.2%]]", "4.2", "%", "exact")
    d.metric("旅客人均消費[[2,016澳門元]]", 2016, "澳门元", "exact")
    d.metric("按年下跌[[5.8%]]", "5.8", "%", "exact")
    d.metric("留宿旅客人均消費[[4,125澳門元]]", 4125, "澳门元", "exact")
    d.metric("人均消費[[不足900澳門元]]", 900, "澳门元", "under")
    d.date("。[[第二季]]留宿旅客", "2025-Q2")
    d.metric("逗留時間為[[1.2日]]", "1.2", "日", "exact")
    d.date("1.2日，與[[去年同期]]持平", "2024-Q2")
    d.date("。[[第二季]]零售業", "2025-Q2")
    d.metric("銷售額為[[187.4億澳門元]]", "187.4e8", "澳门元", "exact")
    d.metric("按年下跌[[3.2%]]", "3.2", "%", "exact")
    d.date("跌幅較[[首季]]收窄", "2025-Q1")
    # events (第72屆, 第33屆 ordinals; cities inside event names count)
    d.city("第72屆[[澳門]]格蘭披治")
    d.date("將於[[11月13日]]至16日", "2025-11-13", MO)
    d.date("11月13日至[[16日]]舉行", "2025-11-16", MO)
    d.metric("預計吸引[[約10萬人次]]", "10e4", "人次", "approx", MO)
    d.city("第33屆[[澳門]]國際煙花")
    d.date("匯演[[9月份]]共有", "2025-09", MO)
    d.metric("共有[[10支]]國際隊伍", 10, "支", "exact", MO)
    d.metric("累計吸引[[逾40萬人次]]", "40e4", "人次", "over", MO)
    d.org("。[[旅遊局]]局長")
    d.date("[[年內]]將有", "2025", SE)
    d.metric("將有[[逾20項]]國際性", 20, "项", "over", SE)
    d.org("舉行，[[旅遊局]]並將")
    d.city("加強在[[首爾]]、曼谷、吉隆坡")
    d.city("首爾、[[曼谷]]、吉隆坡")
    d.city("、[[吉隆坡]]等地")
    d.city("經[[香港]]轉機")
    # last paragraph (no CITY)
    d.org("\n\n[[經濟財政司]]司長")
    d.date("李偉農[[昨日]]表示", "2025-10-09")
    d.org("表示，[[特區政府]]將")
    d.date("融合，[[年底]]前推出", "2025")
    d.org("。[[澳門旅遊業議會]]預計")
    d.date("預計，[[今年]]入境旅客", "2025")
    d.metric("可望[[突破3,900萬人次]]", "3900e4", "人次", "over")
    d.date("較[[去年]]增長", "2024")
    d.metric("增長[[約12%]]", 12, "%", "approx")
    d.metric("有望[[超過300萬人次]]", "300e4", "人次", "over")
    audit = {
        "cities": ["澳門", "珠海", "中山", "廣州", "深圳", "上海", "北京",
                   "杭州", "成都", "香港", "台北", "高雄", "首爾", "曼谷",
                   "馬尼拉", "胡志明", "吉隆坡", "橫琴", "廣東", "台灣"],
        # 橫琴 (a district of 珠海); 廣東省 a province; 台灣 a region
        "excluded": ["經[[橫琴]]口岸入境", "；[[橫琴]]口岸日均", "[[橫琴]]線開通",
                     "以[[廣東]]省為主", "[[台灣]]旅客"],
        # 第72屆, 第33屆: ordinals (SPEC Not-METRIC)
        "numbers_excluded": ["第[[72]]屆", "第[[33]]屆"],
        # 一程多站 a slogan; 港澳兩地 a collective label; 五星級 a tier label
        "cn_excluded": ["「[[一]]程多站」", "港澳[[兩]]地", "其中[[五]]星級"],
        "latin_excluded": [],
        # 平日: a vague time (SPEC: not DATE)
        "datewords_excluded": ["較[[平日]]增加"],
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半"
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
DATE_WORDS = ["今年", "去年", "上年", "上月", "同日", "當天", "当天", "昨",
              "年底", "年初", "年末", "月末", "季", "國慶", "国庆", "中秋",
              "半年", "同期", "月份", "年內", "年内", "平日", "明年", "本月"]


def parse_metric(span):
    """(value, qualifier, raw unit) re-derived from the span text (forms used
    in this set: Arabic numbers with separators, magnitude runs 万/亿/万亿,
    a bare magnitude (亿元以上), N成, a Chinese digit before a measure word,
    个百分点, markers before and after)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.fullmatch(r"([一二两兩三四五六七八九十])成", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?([万萬亿億]*)", span)
    assert m and (m.group(1) or m.group(3)), span
    if m.group(1):
        v = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
    else:
        v = Decimal(1)                          # bare magnitude (亿元以上)
    for ch in m.group(3):
        v *= MAGNITUDE[ch]
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


def rule_city(text, rows, i):
    """GUIDELINES `city` rule for the DATE/METRIC row rows[i]: a city section
    (a heading line of <= 40 characters with no clause punctuation that opens
    with a CITY mention alone or followed by ：, :, a space or a dash) gives
    its city to every DATE/METRIC up to the next heading; else the nearest
    CITY before it in its sentence, else the first after; else empty."""
    cities = sorted((r for r in rows if r["type"] == "CITY"),
                    key=lambda c: c["start"])
    r = rows[i]
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
    for i, r in enumerate(rows):
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
            ruled = rule_city(d.text, rows, i)
            assert r["city"] == ruled, ("city column differs from the rule",
                                        r, ruled)
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, raw_unit = parse_metric(tx)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excl = {}
    for key in ("excluded", "numbers_excluded", "cn_excluded",
                "latin_excluded", "datewords_excluded"):
        excl[key] = []
        for ctx in audit[key]:
            _, places = d._locate(ctx, 1)
            excl[key].extend(places)
            for s, e in places:          # an exclusion never overlaps a row
                assert not any(s < re_ and rs < e for rs, re_ in covered), ctx
    all_excl = [p for v in excl.values() for p in v]

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []

    def need(pattern, label, spans):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    label, m.group(), m.start(),
                    d.text[max(0, m.start() - 6):m.end() + 6]))

    for name in audit["cities"]:
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    for w in DATE_WORDS:
        need(re.escape(w), "date word", covered + all_excl)
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), "ORG string", org_spans)
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def main():
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
            r.pop("_raw_unit", None)
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-18s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-18s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
