#!/usr/bin/env python3
"""Gold annotation for the held-out articles g19_double11_ecommerce
(simplified, mainland business daily, GB18030) and g20_macao_gaming_economy
(traditional, Macao daily, UTF-8 without BOM).  Annotator J.

Adapted from heldout/tools/annotate_g.py (now dev/tools/annotate_g13_g14.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Each article is read as bytes and decoded strictly with its own
codec (ENCODINGS); offsets are Python str indices into that decoded text
(SPEC 1-2).  g20 offsets and `text` point into the traditional original,
while `normalized` (ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g19_g20.md.  Reference dates: corpus/manifest.csv
(g19 2025-11-13, g20 2025-12-02).

Checks: the bytes decode strictly and re-encode to the same bytes (g19 does
not decode as UTF-8; neither has a BOM); text == original[start:end]; rows
sorted and not overlapping; no span starts or ends with white space or
punctuation; field formats per type; DATE normalizations are real calendar
values (day, month, ISO week, quarter); METRIC value, qualifier and unit
re-derived from the span text by a small independent parser (a marker outside
the span must be declared and stand right before it); ORG normalization ==
OpenCC t2s(text) and CITY normalization == t2s(text) with 市 added where
missing (foreign cities, Hong Kong and Macao as they are); units checked
against t2s; the `city` column of every DATE/METRIC row re-derived with this
script's own implementation of the GUIDELINES rule (hand values asserted).
Audits: every occurrence of a listed city/place string, every ASCII digit,
every Latin word, every Chinese numeral character, every Chinese
fraction/multiple word (成, 倍, 折), every % sign, every time character
(年 月 日 季 周 週 旬 昨 今 明 天 初 夕 底 末 晚) and every organization-like word
lies inside a row or is excluded here on purpose, and every occurrence of an
annotated ORG string is inside an ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's rows are checked.  Re-run:

    python3 dev/tools/annotate_g19_g20.py
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
ENCODINGS = {"g19_double11_ecommerce": "gb18030",
             "g20_macao_gaming_economy": "utf-8"}
PUBLISHED = {"g19_double11_ecommerce": "2025-11-13",
             "g20_macao_gaming_economy": "2025-12-02"}
SOURCES = {"g19_double11_ecommerce": "证券日报",
           "g20_macao_gaming_economy": "澳門日報"}

# CITY span -> official full name (simplified; foreign cities, Hong Kong and
# Macao by their common Chinese name).
CITY_NORM = {
    "北京": "北京市", "上海": "上海市", "上海市": "上海市", "深圳": "深圳市",
    "广州": "广州市", "广州市": "广州市", "杭州": "杭州市", "杭州市": "杭州市",
    "成都": "成都市", "重庆": "重庆市", "苏州": "苏州市", "武汉": "武汉市",
    "南京": "南京市", "宿迁": "宿迁市", "廊坊": "廊坊市", "义乌": "义乌市",
    "揭阳": "揭阳市", "迪拜": "迪拜", "圣保罗": "圣保罗", "马德里": "马德里",
    "澳門": "澳门", "香港": "香港", "首爾": "首尔", "馬尼拉": "马尼拉",
    "曼谷": "曼谷", "東京": "东京", "珠海": "珠海市", "中山": "中山市",
    "廣州": "广州市", "佛山": "佛山市", "武漢": "武汉市", "西安": "西安市",
    "青島": "青岛市",
}
FOREIGN_OR_SAR = {"迪拜", "圣保罗", "马德里", "澳门", "香港", "首尔", "马尼拉",
                  "曼谷", "东京"}

# ORG span (traditional) -> OpenCC t2s form; simplified spans map to themselves.
ORG_NORM = {
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局", "特區政府": "特区政府",
    "摩根大通": "摩根大通", "花旗": "花旗", "銀河娛樂集團": "银河娱乐集团",
    "金沙中國": "金沙中国", "新濠博亞娛樂": "新濠博亚娱乐",
    "美高梅中國": "美高梅中国", "永利澳門": "永利澳门", "澳博控股": "澳博控股",
    "統計暨普查局": "统计暨普查局", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "澳門財政局": "澳门财政局", "治安警察局": "治安警察局",
    "澳門國際機場": "澳门国际机场", "中國銀行澳門分行": "中国银行澳门分行",
    "珠海市口岸局": "珠海市口岸局",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "經濟財政司": "经济财政司", "立法會": "立法会",
    "澳門特區政府旅遊局": "澳门特区政府旅游局", "澳門中華總商會": "澳门中华总商会",
    "澳門大學工商管理學院": "澳门大学工商管理学院", "惠譽": "惠誉",
    "Fitch": "Fitch",
}
TRADITIONAL = {"g20_macao_gaming_economy"}
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
        assert not raw.startswith((b"\xff\xfe", b"\xfe\xff")), doc_id
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
# g19 Double 11: simplified, GB18030, published 2025-11-13 (Thursday, ISO
# week 2025-W46), mainland business daily (证券日报); dateline 11月12日
# ===========================================================================
@doc
def g19():
    d = Doc("g19_double11_ecommerce")
    BJ, SZ, LF, MD, NJ = "北京市", "深圳市", "廊坊市", "马德里", "南京市"
    SH, CQ, YW, JY, HZ, GZ = ("上海市", "重庆市", "义乌市", "揭阳市", "杭州市",
                              "广州市")
    D11 = "2025-11-11"
    # title (a heading without a city)
    d.date("[[双11]]全网交易额", D11)
    d.metric("交易额[[逾1.69万亿元]] 即时", "1.69e12", "元", "over")
    # byline line: persons only; 本报 is no ORG
    # P1 sentence 1: dateline 北京 (CITY), 昨日（11日）
    d.city("本报[[北京]]11月12日讯")
    d.date("本报北京[[11月12日]]讯", "2025-11-12", BJ)
    d.date("讯 [[今年双11]]于昨日", D11, BJ)
    d.date("于[[昨日]]（11日）", D11, BJ)
    d.date("昨日（[[11日]]）24时", D11, BJ)
    # P1 sentence 2 (no CITY)
    d.org("数据机构[[星图数据]]（Syntun）")
    d.org("星图数据（[[Syntun]]）监测")
    d.date("监测，[[10月13日]]20时至", "2025-10-13")
    d.date("20时至[[11月11日]]24时，全网", D11)
    d.metric("（GMV）为[[16950亿元]]", "16950e8", "元")
    d.date("较[[去年同期]]增长14.2%", "2024")
    d.metric("增长[[14.2%]]", "14.2", "%")
    d.metric("交易额[[约1.38万亿元]]", "1.38e12", "元", "approx")
    d.metric("直播电商平台[[约2350亿元]]", "2350e8", "元", "approx")
    d.metric("即时零售平台为[[760亿元]]", "760e8", "元")
    d.metric("同比增长[[138%]]", 138, "%")
    # 平台 section (heading without a city)
    d.org("\n[[阿里巴巴集团]]旗下")
    d.org("旗下[[天猫]]公布")
    d.date("公布，截至[[11月11日]]24时，今年", D11)
    d.date("24时，[[今年双11]]共有", D11)
    d.metric("共有[[589个]]品牌", 589, "个")
    d.metric("成交额[[突破1亿元]]", "1e8", "元", "over")
    d.date("较[[去年]]增加87个", "2024")
    d.metric("增加[[87个]]", 87, "个")
    d.org("其中，[[苹果]]、小米")
    d.org("苹果、[[小米]]、美的")
    d.org("小米、[[美的]]、海尔")
    d.org("美的、[[海尔]]等12个")
    d.metric("海尔等[[12个]]品牌", 12, "个")
    d.metric("成交额[[超过10亿元]]", "10e8", "元", "over")
    d.org("。[[天猫]]88VIP")
    d.metric("规模达到[[5100万人]]", "5100e4", "人")
    d.metric("同比增长[[约30%]]", 30, "%", "approx")
    d.metric("非会员的[[3.2倍]]", "3.2", "倍")
    d.org("\n[[京东]]公布")
    d.date("公布，[[10月9日]]20时", "2025-10-09")
    d.org("开启的[[京东]]双11期间", )
    d.date("开启的京东[[双11]]期间", D11)
    d.metric("用户数同比增长[[超过40%]]", 40, "%", "over")
    d.metric("订单量[[突破1200万单]]", "1200e4", "单", "over")
    d.org("，[[小米]]、vivo")
    d.org("小米、[[vivo]]、OPPO")
    d.org("vivo、[[OPPO]]等手机")
    d.metric("均在[[50%以上]]", 50, "%", "over")
    d.org("。[[京东物流]]在宿迁")
    d.city("在[[宿迁]]、武汉")
    d.city("宿迁、[[武汉]]、廊坊")
    d.city("武汉、[[廊坊]]等地")
    d.metric("提升至[[2600万件]]", "2600e4", "件", "exact", LF)
    d.date("较[[去年双11]]提升", "2024-11-11", LF)
    d.metric("提升[[约25%]]", 25, "%", "approx", LF)
    d.org("\n[[拼多多]]数据显示")
    d.date("数据显示，[[双11]]期间平台农产品", D11)
    d.metric("同比增长[[67%]]", 67, "%")
    d.metric("水果订单[[超过1.5亿单]]", "1.5e8", "单", "over")
    d.org("；[[抖音电商]]公布")
    d.date("公布，[[10月20日]]至11月11日", "2025-10-20")
    d.date("10月20日至[[11月11日]]，平台", D11)
    d.metric("共有[[2.4万个]]品牌", "2.4e4", "个")
    d.metric("销售额[[超过1000万元]]", "1000e4", "元", "over")
    d.metric("达到[[3800多个]]", 3800, "个", "over")
    d.date("成为[[今年双11]]的最大", D11)
    d.org("。[[美团]]数据显示")
    d.date("数据显示，[[11月1日]]至11日，平台", "2025-11-01", BJ)
    d.date("11月1日至[[11日]]，平台", D11, BJ)
    d.metric("同比增长[[超1倍]]", 1, "倍", "over", BJ)
    d.city("，[[北京]]、上海、深圳三地")
    d.city("北京、[[上海]]、深圳三地")
    d.city("上海、[[深圳]]三地")
    d.metric("占比[[近四成]]", 40, "%", "approx", SZ)
    d.org("；[[饿了么]]表示")
    d.metric("平台上[[超过八成]]的", 80, "%", "over")
    d.date("八成的[[双11]]订单", D11)
    # 快递 section (heading without a city)
    d.org("\n[[国家邮政局]]监测")
    d.date("监测数据显示，[[10月21日]]至", "2025-10-21")
    d.date("10月21日至[[11月11日]]，全国", D11)
    d.metric("快递包裹[[约128.6亿件]]", "128.6e8", "件", "approx")
    d.metric("日均业务量[[约5.85亿件]]", "5.85e8", "件", "approx")
    d.metric("同比增长[[约17%]]", 17, "%", "approx")
    d.date("其中[[11月11日]]当天", D11)
    d.date("其中11月11日[[当天]]揽收", D11)
    d.metric("揽收包裹[[7.77亿件]]", "7.77e8", "件")
    d.metric("业务量的[[1.6倍]]", "1.6", "倍")
    d.org("，[[中通快递]]、圆通")
    d.org("、[[圆通速递]]、韵达")
    d.org("、[[韵达股份]]、极兔")
    d.org("、[[极兔速递]]等企业")
    d.date("等企业[[双11]]期间", D11)
    d.metric("均[[超过1亿件]]", "1e8", "件", "over")
    d.org("。[[顺丰控股]]公告")
    d.org("位于[[鄂州花湖国际机场]]的")
    d.date("转运中心[[11月11日]]单日", D11)
    d.metric("货量[[超过1.2万吨]]", "1.2e4", "吨", "over")
    d.date("较[[上周]]日均", "2025-W45")
    d.metric("高出[[逾三成]]", 30, "%", "over")
    d.org("。[[菜鸟]]表示")
    d.city("在[[迪拜]]、圣保罗")
    d.city("迪拜、[[圣保罗]]、马德里")
    d.city("圣保罗、[[马德里]]等地")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", MD)
    d.metric("覆盖[[21个]]国家", 21, "个", "exact", MD)
    # 支付 section (heading without a city)
    d.metric("每秒处理[[12.6万笔]]\n", "12.6e4", "笔")
    d.org("\n[[网联清算有限公司]]（网联）")
    d.org("（[[网联]]）数据")
    d.date("数据显示，[[11月11日]]0时", D11)
    d.org("1时，[[网联]]平台")
    d.metric("峰值达到[[12.6万笔/秒]]", "12.6e4", "笔/秒")
    d.date("；[[双11]]期间，网联", D11)
    d.org("期间，[[网联]]平台")
    d.metric("支付交易[[约458.2亿笔]]", "458.2e8", "笔", "approx")
    d.metric("金额[[约27.36万亿元]]", "27.36e12", "元", "approx")
    d.metric("分别增长[[12.5%]]和", "12.5", "%")
    d.metric("12.5%和[[9.8%]]", "9.8", "%")
    d.org("。[[中国银联]]数据")
    d.date("数据显示，[[双11]]当天银联", D11)
    d.date("双11[[当天]]银联", D11)
    d.org("当天[[银联]]网络")
    d.metric("交易金额[[约1.86万亿元]]", "1.86e12", "元", "approx")
    d.metric("同比增长[[46%]]", 46, "%")
    d.org("\n[[支付宝]]表示")
    d.date("表示，[[今年双11]]期间", D11)
    d.date("笔数是[[去年]]的4倍", "2024")
    d.metric("去年的[[4倍]]", 4, "倍")
    d.org("；[[招商银行信用卡中心]]数据")
    d.date("数据显示，[[11月11日]]当天该行", D11)
    d.date("11月11日[[当天]]该行", D11)
    d.metric("同比增长[[21%]]", 21, "%")
    # 城市 section: the heading opens with 城市, not a CITY (no section)
    d.city("城市：[[上海]]北京深圳")
    d.city("城市：上海[[北京]]深圳")
    d.city("城市：上海北京[[深圳]]消费额")
    d.org("\n[[易观分析]]发布")
    d.date("发布的[[双11]]消费报告", D11, SH)
    d.date("显示，[[双11]]期间线上", D11, SH)
    d.city("依次为[[上海]]、北京")
    d.city("为上海、[[北京]]、深圳、广州")
    d.city("北京、[[深圳]]、广州、杭州")
    d.city("深圳、[[广州]]、杭州")
    d.city("广州、[[杭州]]、成都")
    d.city("杭州、[[成都]]、重庆、苏州")
    d.city("成都、[[重庆]]、苏州")
    d.city("重庆、[[苏州]]、武汉")
    d.city("苏州、[[武汉]]和南京")
    d.city("武汉和[[南京]]，十城")
    d.metric("交易额的[[近三成]]", 30, "%", "approx", NJ)
    d.city("其中，[[上海市]]消费者")
    d.metric("下单金额[[约1860元]]", 1860, "元", "approx", SH)
    d.city("；[[成都]]、重庆两地")
    d.city("成都、[[重庆]]两地")
    d.metric("均[[超过60%]]", 60, "%", "over", CQ)
    d.metric("高出[[6.8个百分点]]", "6.8", "百分点", "exact", YW)
    d.city("，[[义乌]]、揭阳")
    d.city("义乌、[[揭阳]]等产业带")
    d.metric("同比增长[[逾45%]]", 45, "%", "over", JY)
    # 杭州 section (heading 杭州：)
    d.city("\n[[杭州]]：直播基地")
    d.city("\n[[杭州市]]余杭区")
    d.date("直播电商基地[[今年双11]]期间", D11, HZ)
    d.metric("直播[[约12.8万场]]", "12.8e4", "场", "approx", HZ)
    d.metric("销售额[[超过180亿元]]", "180e8", "元", "over", HZ)
    d.org("。[[杭州市商务局]]数据")
    d.date("数据显示，[[本月1日]]至11日", "2025-11-01", HZ)
    d.date("本月1日至[[11日]]，全市", D11, HZ)
    d.metric("网络零售额[[约412亿元]]", "412e8", "元", "approx", HZ)
    d.metric("同比增长[[11.6%]]", "11.6", "%", "exact", HZ)
    d.city("；[[杭州]]市民")
    d.metric("等商品[[超过46万件]]", "46e4", "件", "over", HZ)
    # 消费券与补贴 section (heading without a city)
    d.org("\n[[商务部]]数据")
    d.date("截至[[10月31日]]，今年", "2025-10-31")
    d.date("10月31日，[[今年]]全国", "2025")
    d.metric("消费者[[超过3.6亿人次]]", "3.6e8", "人次", "over")
    d.metric("销售额[[约2.48万亿元]]", "2.48e12", "元", "approx")
    d.metric("惠及[[约8600万人次]]", "8600e4", "人次", "approx")
    d.org("。[[国家统计局]]10月20日")
    d.date("国家统计局[[10月20日]]发布", "2025-10-20")
    d.date("显示，[[今年前三季度]]全国", "2025")
    d.metric("网上零售额为[[11.28万亿元]]", "11.28e12", "元")
    d.metric("同比增长[[9.1%]]", "9.1", "%")
    d.metric("比重为[[24.8%]]", "24.8", "%")
    d.date("比[[去年同期]]提高", "2024")
    d.metric("提高[[0.6个百分点]]", "0.6", "百分点")
    d.date("多地在[[双11]]前后", D11)
    d.org("。[[北京市商务局]]联合")
    d.org("联合[[京东]]、美团等平台")
    d.org("京东、[[美团]]等平台")
    d.date("于[[11月1日]]至30日", "2025-11-01")
    d.date("11月1日至[[30日]]发放", "2025-11-30")
    d.metric("总额[[2亿元]]", "2e8", "元")
    d.metric("减免[[500元]]", 500, "元")
    d.org("；[[上海市商务委员会]]（市商务委）")
    d.org("（[[市商务委]]）表示")
    d.date("表示，[[本月中旬]]起", "2025-11", SH)
    d.city("面向[[上海]]市民")
    d.metric("总额[[1.5亿元]]", "1.5e8", "元", "exact", SH)
    d.city("；[[广州市]]已于")
    d.date("已于[[上周]]投放", "2025-W45", GZ)
    d.metric("补贴资金[[3000万元]]", "3000e4", "元", "exact", GZ)
    d.metric("售价的[[15%]]", 15, "%", "exact", GZ)
    d.metric("最高[[2000元]]", 2000, "元", "exact", GZ)
    # closing paragraph (no CITY)
    d.org("\n[[中国消费者协会]]（中消协）")
    d.org("（[[中消协]]）")
    d.date("（中消协）[[11月12日]]发布", "2025-11-12")
    d.date("显示，[[双11]]期间共监测", D11)
    d.metric("负面信息[[约86.4万条]]", "86.4e4", "条", "approx")
    d.date("较[[去年]]下降", "2024")
    d.metric("下降[[约12%]]", 12, "%", "approx")
    d.org("。[[国家市场监督管理总局]]（市场监管总局）")
    d.org("（[[市场监管总局]]）已于")
    d.date("已于[[10月下旬]]约谈", "2025-10")
    d.org("。[[艾瑞咨询]]预计")
    d.date("预计，[[2025年]]中国", "2025")
    d.metric("将达到[[约16.9万亿元]]", "16.9e12", "元", "approx")
    d.metric("增速在[[8%左右]]", 8, "%", "approx")
    d.org("；[[中国物流与采购联合会]]则认为")
    d.date("随着[[年底]]消费旺季", "2025")
    d.date("到来，[[12月]]电商", "2025-12")
    d.metric("保持在[[110点以上]]", 110, "点", "over")
    audit = {
        "cities": ["北京", "上海", "深圳", "广州", "杭州", "成都", "重庆",
                   "苏州", "武汉", "南京", "宿迁", "廊坊", "义乌", "揭阳",
                   "迪拜", "圣保罗", "马德里", "鄂州", "云南", "广西", "余杭",
                   "萧山", "中国", "全市", "湖北", "香港"],
        # provinces, districts, a country, deictic words; 鄂州 inside the
        # airport ORG, 北京/上海/杭州 inside government ORGs are covered
        "excluded": ["来自[[云南]]、", "云南、[[广西]]等地", "杭州市[[余杭]]区",
                     "余杭区、[[萧山]]区", "2025年[[中国]]网络",
                     "至11日，[[全市]]网络"],
        # clock times (20时, 24时, 0时至1时), 88VIP (a membership), 3C (a
        # category), “5日达” (a service name)
        "numbers_excluded": ["（11日）[[24]]时", "10月13日[[20]]时",
                             "11月11日[[24]]时，全网", "11月11日[[24]]时，今年",
                             "天猫[[88]]VIP", "10月9日[[20]]时",
                             "平台[[3]]C数码", "“[[5]]日达”",
                             "11月11日[[0]]时", "0时至[[1]]时"],
        "latin_ok": ["GMV", "VIP", "C"],
        # Chinese numerals that are no figure: ranks, tier labels, ordinals,
        # names, 半小时 (duration), 单一/统一 …
        "cn_ok": [r"前十", r"十城", r"一二线", r"第二轮", r"亚洲一号",
                  r"碰一下", r"前三", r"三地", r"两地", r"首位",
                  r"一线", r"二线", r"第三方"],
        "org_hints": ["公司", "集团", "局", "部", "银行", "协会", "联合会",
                      "咨询", "中心", "委员会", "银联", "网联", "京东", "美团",
                      "天猫", "小米"],
        "org_excluded": ["平台：头[[部]]规模", "的转运[[中心]]11月"],
        # time characters that are no DATE
        "date_hints_ok": [r"日均", r"单日", r"日常", r"5日达", r"即时",
                          r"周可欣", r"明显", r"旺季"],
    }
    return d, audit


# ===========================================================================
# g20 Macao gaming and economy: traditional, UTF-8 (no BOM), published
# 2025-12-02 (Tuesday, ISO week 2025-W49), Macao daily (澳門日報)
# ===========================================================================
@doc
def g20():
    d = Doc("g20_macao_gaming_economy")
    MO, HK, ZH, XA, QD = "澳门", "香港", "珠海市", "西安市", "青岛市"
    # title: opens with 澳門 followed by 11月 -> no city section; the
    # sentence rule gives 澳门 to the whole title line
    d.city("[[澳門]]11月博彩")
    d.date("澳門[[11月]]博彩", "2025-11", MO)
    d.metric("毛收入[[214.6億元]]按年升", "214.6e8", "元", "exact", MO)
    d.metric("按年升[[14.4%]] 第三季", "14.4", "%", "exact", MO)
    d.date("14.4% [[第三季]]經濟", "2025-Q3", MO)
    d.metric("實質增長[[6.0%]]\n\n【", 6, "%", "exact", MO)
    # P1 (no CITY): 本報 is no ORG
    d.org("】[[博彩監察協調局]]（博監局）")
    d.org("（[[博監局]]）昨日")
    d.date("（博監局）[[昨日]]（1日）", "2025-12-01")
    d.date("昨日（[[1日]]）公布", "2025-12-01")
    d.date("公布，[[11月份]]幸運", "2025-11")
    d.metric("毛收入為[[214.6億澳門元]]", "214.6e8", "澳门元")
    d.metric("按年上升[[14.4%]]，較10月", "14.4", "%")
    d.date("，較[[10月]]的241.1億元", "2025-10")
    d.metric("10月的[[241.1億元]]", "241.1e8", "元")
    d.metric("回落[[11.0%]]", 11, "%")
    d.date("。[[今年首11個月]]累計", "2025")
    d.metric("累計毛收入為[[2,260.9億元]]", "2260.9e8", "元")
    d.date("較[[去年同期]]上升8.2%", "2024")
    d.metric("上升[[8.2%]]，已達", "8.2", "%")
    d.org("已達[[特區政府]]全年預算")
    d.metric("全年預算[[2,400億元]]的", "2400e8", "元")
    d.metric("的[[94.2%]]", "94.2", "%")
    # P2
    d.date("，[[11月]]每日平均", "2025-11")
    d.metric("毛收入[[約7.15億元]]", "7.15e8", "元", "approx")
    d.city("第72屆[[澳門]]格蘭披治")
    d.date("大賽車（[[11月13日]]至16日）", "2025-11-13", MO)
    d.date("11月13日至[[16日]]）", "2025-11-16", MO)
    d.org("。[[摩根大通]]早前")
    d.date("早前預計[[11月]]收入", "2025-11")
    d.metric("收入為[[218億元]]至", "218e8", "元")
    d.metric("至[[222億元]]，花旗", "222e8", "元")
    d.org("，[[花旗]]則預測")
    d.metric("預測[[約220億元]]", "220e8", "元", "approx")
    # P3 (no CITY)
    d.metric("已升至[[約76%]]", 76, "%", "approx")
    d.metric("收入比重則[[不足一成]]", 10, "%", "under")
    d.org("。[[博監局]]資料")
    d.date("截至[[9月底]]，全澳", "2025-09")
    d.metric("娛樂場[[30間]]", 30, "间")
    d.metric("賭枱[[5,900張]]", 5900, "张")
    d.metric("角子機[[11,500部]]", 11500, "部")
    d.metric("法定上限[[6,000張以內]]", 6000, "张", "under")
    # P4 承批公司
    d.metric("\n[[六家]]承批公司方面", 6, "家")
    d.date("公布的[[第三季]]業績", "2025-Q3")
    d.org("業績，[[銀河娛樂集團]]第三季")
    d.date("銀河娛樂集團[[第三季]]經調整", "2025-Q3")
    d.metric("EBITDA為[[35.8億港元]]", "35.8e8", "港元")
    d.metric("按年上升[[12%]]；", 12, "%")
    d.org("；[[金沙中國]]第三季")
    d.date("金沙中國[[第三季]]淨收益", "2025-Q3")
    d.metric("淨收益[[約18.9億美元]]", "18.9e8", "美元", "approx")
    d.metric("非博彩收益[[約5.6億美元]]", "5.6e8", "美元", "approx")
    d.org("。[[新濠博亞娛樂]]第三季")
    d.date("新濠博亞娛樂[[第三季]]澳門業務", "2025-Q3", MO)
    d.city("第三季[[澳門]]業務")
    d.metric("EBITDA[[約2.9億美元]]", "2.9e8", "美元", "approx", MO)
    d.org("。[[美高梅中國]]、永利澳門")
    d.org("、[[永利澳門]]及澳博控股")
    d.org("及[[澳博控股]]則表示")
    d.date("表示，[[第四季]]將加大", "2025-Q4")
    d.metric("合同，[[六家]]承批公司", 6, "家")
    d.date("在[[2023年]]至2032年", "2023")
    d.date("2023年至[[2032年]]期間", "2032")
    d.metric("合共[[1,188億澳門元]]", "1188e8", "澳门元")
    d.metric("佔[[1,087億元]]", "1087e8", "元")
    # 經濟 section (heading without a city)
    d.date("經濟：[[第三季]]本地", "2025-Q3")
    d.metric("實質增長[[6.0%]]\n統計", 6, "%")
    d.org("\n[[統計暨普查局]]上週五")
    d.date("統計暨普查局[[上週五]]（11月28日）", "2025-11-28")
    d.date("上週五（[[11月28日]]）公布", "2025-11-28")
    d.date("公布，[[第三季]]本地生產總值為", "2025-Q3")
    d.metric("總值為[[1,082.4億澳門元]]", "1082.4e8", "澳门元")
    d.metric("實質上升[[6.0%]]，經濟", 6, "%")
    d.date("恢復至[[2019年同期]]的", "2019")
    d.metric("同期的[[88.6%]]", "88.6", "%")
    d.date("；[[首三季]]經濟", "2025")
    d.metric("實質增長[[4.3%]]", "4.3", "%")
    d.metric("出口按年上升[[9.6%]]", "9.6", "%")
    d.metric("出口上升[[5.1%]]", "5.1", "%")
    d.metric("按年下跌[[1.4%]]", "1.4", "%")
    d.metric("支出上升[[2.2%]]", "2.2", "%")
    d.metric("按年減少[[12.7%]]", "12.7", "%")
    d.org("。[[經濟及科技發展局]]（經科局）")
    d.org("（[[經科局]]）表示")
    d.date("表示，[[去年第三季]]基數", "2024-Q3")
    d.date("帶動[[第三季]]表現", "2025-Q3")
    d.org("；[[經科局]]並預計")
    d.date("「[[十一]]」黃金周", "2025-10-01")
    d.date("支撐[[第四季]]增長", "2025-Q4")
    d.org("\n[[澳門財政局]]資料")
    d.date("顯示，[[今年首10個月]]政府", "2025")
    d.metric("收入為[[893.6億元]]", "893.6e8", "元")
    d.metric("按年增加[[9.4%]]", "9.4", "%")
    d.metric("博彩稅[[約817.2億元]]", "817.2e8", "元", "approx")
    d.date("方面，[[8月]]至10月", "2025-08")
    d.date("8月至[[10月]]總體", "2025-10")
    d.metric("失業率為[[1.9%]]", "1.9", "%")
    d.metric("失業率為[[2.5%]]", "2.5", "%")
    d.metric("僱員人數[[約5.2萬人]]", "5.2e4", "人", "approx")
    d.metric("中位數為[[2.1萬元]]", "2.1e4", "元")
    # 旅客 section (heading without a city)
    d.date("旅客：[[11月]]入境", "2025-11")
    d.metric("入境旅客[[逾339萬人次]]\n", "339e4", "人次", "over")
    d.org("\n[[治安警察局]]數據")
    d.date("顯示，[[11月]]入境旅客約", "2025-11")
    d.metric("入境旅客[[約339.5萬人次]]", "339.5e4", "人次", "approx")
    d.metric("按年上升[[12.1%]]", "12.1", "%")
    d.metric("日均[[約11.3萬人次]]", "11.3e4", "人次", "approx")
    d.metric("內地旅客[[約245.8萬人次]]", "245.8e4", "人次", "approx")
    d.metric("來澳的約有[[119.6萬人次]]", "119.6e4", "人次", "approx",
             om="約有")
    d.metric("內地旅客的[[48.7%]]", "48.7", "%")
    d.city("。[[香港]]旅客")
    d.metric("香港旅客[[約55.2萬人次]]", "55.2e4", "人次", "approx", HK)
    d.metric("國際旅客[[約22.6萬人次]]", "22.6e4", "人次", "approx", HK)
    d.metric("按年增長[[31%]]", 31, "%", "exact", HK)
    d.city("來自[[首爾]]、馬尼拉")
    d.city("首爾、[[馬尼拉]]、曼谷")
    d.city("馬尼拉、[[曼谷]]及東京")
    d.city("曼谷及[[東京]]的旅客")
    d.org("。[[澳門國際機場]]同月")
    d.date("澳門國際機場[[同月]]客運量", "2025-11")
    d.metric("客運量[[約68.4萬人次]]", "68.4e4", "人次", "approx")
    d.metric("按年增長[[15.3%]]", "15.3", "%")
    d.metric("內地旅客的[[近六成]]", 60, "%", "approx", ZH)
    d.city("其中以[[珠海]]、中山")
    d.city("珠海、[[中山]]、廣州")
    d.city("中山、[[廣州]]、深圳")
    d.city("廣州、[[深圳]]及佛山")
    d.city("深圳及[[佛山]]旅客")
    d.city("來自[[上海]]、北京")
    d.city("上海、[[北京]]、杭州")
    d.city("北京、[[杭州]]、成都")
    d.city("杭州、[[成都]]及武漢")
    d.city("成都及[[武漢]]。")
    d.date("。[[今年]]以來個人遊", "2025", XA)
    d.metric("增至[[59個]]", 59, "个", "exact", XA)
    d.date("，[[去年5月]]起新增", "2024-05", XA)
    d.city("新增[[西安]]、青島")
    d.city("西安、[[青島]]兩市")
    d.date("兩地旅客[[11月]]按年", "2025-11", QD)
    d.metric("分別增長[[32%]]和", 32, "%", "exact", QD)
    d.metric("32%和[[27%]]", 27, "%", "exact", QD)
    d.org("\n[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]旅客總消費", "2025-Q3")
    d.metric("（不包括博彩）為[[186.3億元]]", "186.3e8", "元")
    d.metric("按年上升[[7.9%]]", "7.9", "%")
    d.metric("旅客人均消費[[1,742元]]", 1742, "元")
    d.metric("留宿旅客人均消費[[3,385元]]", 3385, "元")
    d.metric("不過夜旅客人均消費[[818元]]", 818, "元")
    d.date("方面，[[11月]]全澳", "2025-11")
    d.metric("入住率為[[91.6%]]", "91.6", "%")
    d.metric("房價[[約1,520澳門元]]", 1520, "澳门元", "approx")
    d.date("均比[[去年同期]]上升", "2024-11")
    d.metric("入住率達[[95.2%]]", "95.2", "%")
    d.org("。[[中國銀行澳門分行]]表示")
    d.date("表示，[[11月]]內地旅客", "2025-11")
    d.metric("按年上升[[約26%]]", 26, "%", "approx")
    d.metric("平均金額約為[[385澳門元]]", 385, "澳门元", "approx", om="約為")
    # 珠海 section (heading 珠海：)
    d.city("\n[[珠海]]：橫琴口岸")
    d.metric("按年增[[逾兩成]]\n", 20, "%", "over", ZH)
    d.org("\n[[珠海市口岸局]]數據")
    d.date("顯示，[[11月]]經橫琴口岸", "2025-11", ZH)
    d.city("往來[[珠海]]與澳門")
    d.city("往來珠海與[[澳門]]的旅客")
    d.metric("旅客[[約312萬人次]]", "312e4", "人次", "approx", ZH)
    d.metric("按年增長[[23.5%]]", "23.5", "%", "exact", ZH)
    d.city("簽注經[[珠海]]入境")
    d.city("入境[[澳門]]的內地")
    d.metric("內地旅客[[逾42萬人次]]", "42e4", "人次", "over", ZH)
    d.org("。[[橫琴粵澳深度合作區執行委員會]]表示")
    d.date("截至[[11月底]]，在合作區", "2025-11", ZH)
    d.metric("企業達[[6,386家]]", 6386, "家", "exact", ZH)
    d.date("較[[去年底]]增加", "2024", ZH)
    d.metric("增加[[逾千家]]", 1000, "家", "over", ZH)
    d.city("居住的[[澳門]]居民")
    d.metric("居民[[約1.68萬人]]", "1.68e4", "人", "approx", ZH)
    # 展望 section (heading without a city)
    d.date("展望：[[年底]]客流", "2025")
    d.org("\n[[經濟財政司]]司長")
    d.date("李偉農[[上週]]在立法會", "2025-W48")
    d.org("上週在[[立法會]]答問")
    d.org("表示，[[特區政府]]預計")
    d.date("預計[[今年]]全年博彩", "2025")
    d.metric("毛收入[[約2,450億元]]", "2450e8", "元", "approx")
    d.date("，[[明年]]財政預算", "2026")
    d.metric("則以[[2,400億元]]為基礎", "2400e8", "元")
    d.org("。[[澳門特區政府旅遊局]]預計")
    d.date("預計，[[今年]]全年入境", "2025")
    d.metric("將[[突破3,900萬人次]]", "3900e4", "人次", "over")
    d.date("其中[[12月20日]]至明年", "2025-12-20")
    d.date("至[[明年1月1日]]的", "2026-01-01")
    d.date("1月1日的[[聖誕]]假期", "2025-12-25")
    d.metric("有望[[超過16萬人次]]", "16e4", "人次", "over")
    d.org("。[[澳門中華總商會]]亦建議")
    d.org("建議[[特區政府]]加快")
    # last paragraph
    d.org("\n[[澳門大學工商管理學院]]教授")
    d.city("加上[[澳門]]與橫琴")
    d.date("預計[[明年]]澳門經濟", "2026", MO)
    d.city("預計明年[[澳門]]經濟")
    d.metric("實質增長[[3%]]至5%", 3, "%", "exact", MO)
    d.metric("3%至[[5%]]。", 5, "%", "exact", MO)
    d.org("評級機構[[惠譽]]（Fitch）")
    d.org("（[[Fitch]]）早前")
    d.city("亦將[[澳門]]明年")
    d.date("亦將澳門[[明年]]的", "2026", MO)
    d.metric("上調至[[4.5%左右]]", "4.5", "%", "approx", MO)
    audit = {
        "cities": ["澳門", "香港", "首爾", "馬尼拉", "曼谷", "東京", "珠海",
                   "中山", "廣州", "深圳", "佛山", "上海", "北京", "杭州",
                   "成都", "武漢", "西安", "青島", "橫琴", "路氹", "廣東",
                   "中國", "氹仔"],
        # 橫琴 (an island and a cooperation zone, not a city), 路氹 (an
        # area), 廣東 (a province); 澳門 inside units (澳門元) and ORGs is
        # covered by those rows
        "excluded": ["其中[[路氹]]的", "，[[廣東]]省旅客", "非[[廣東]]省旅客",
                     "經[[橫琴]]口岸往來", "\n珠海：[[橫琴]]口岸",
                     "澳門與[[橫琴]]一體化"],
        # 第72屆 an ordinal
        "numbers_excluded": ["第[[72]]屆"],
        "latin_ok": ["EBITDA"],
        # 一體化, 上一期, 「一簽多行」 (a permit name), 兩市/兩地 (collective
        # labels for a list just given)
        "cn_ok": [r"一體化", r"上一期", r"一簽多行", r"兩市", r"兩地"],
        "org_hints": ["公司", "集團", "局", "銀行", "政府", "會", "中國",
                      "學院", "機場", "本報"],
        "org_excluded": ["六家承批[[公司]]方面", "據各[[公司]]公布",
                         "六家承批[[公司]]在", "承批[[公司]]的非博彩",
                         "，[[政府]]最終消費", "首10個月[[政府]]直接稅",
                         "包括演唱[[會]]、", "體育賽事及[[會]]展活動",
                         "推動[[會]]展、", "【[[本報]]訊】"],
        "date_hints_ok": [r"按年", r"全年", r"月工作", r"日均", r"月內", r"月度", r"每日", r"黃金周",
                          r"上一期", r"過夜", r"工作收入", r"季業績"],
    }
    return d, audit


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
    m = re.match(r"([一二两兩三四五六七八九])([家个個间間张張部])$", s)
    if m:                                            # 六家: a counted noun
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
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
    assert abs(y - int(published[:4])) <= 8, norm
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
    for m in re.finditer(r"[年月日季周週旬昨今明天初夕底末晚]", d.text):
        if not inside(m.start(), m.end(), covered + ok):
            problems.append("time word %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in re.finditer(r"[A-Za-z]+", d.text):
        if not inside(m.start(), m.end(), covered) and \
                m.group() not in audit.get("latin_ok", []):
            problems.append("Latin word %s at %d" % (m.group(), m.start()))
    cn_ok = [(m.start(), m.end()) for pat in audit.get("cn_ok", [])
             for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[一二两兩三四五六七八九十百千]", d.text):
        if not inside(m.start(), m.end(), covered + cn_ok):
            problems.append("Chinese numeral %s at %d: %r" % (
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
        assert r["source"] == SOURCES[r["doc_id"]], r
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
