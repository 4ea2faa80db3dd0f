#!/usr/bin/env python3
"""Gold annotation for the held-out articles g17_metro_transit_cards and
g18_taiwan_tech_results (annotator I).

Adapted from heldout/tools/annotate_f.py (now dev/tools/annotate_g11_g12.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded
(both UTF-8 without BOM).  g17 is simplified (mainland city daily, 郑州日报);
g18 is traditional (Taiwan business daily, 經濟日報): its `text` is the
traditional original, `normalized` (ORG/CITY) and `unit` are simplified
(OpenCC t2s; Taiwan spellings of foreign cities mapped to the mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
and corpus/gold as precedents.  Decisions: dev/NOTES_g17_g18.md.
Reference dates: corpus/manifest.csv (g17 2025-11-04, g18 2025-11-11); the
script checks only its own two rows.

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
city/place string, organization-like word, time character and every
occurrence of an annotated ORG string is inside a row (ORG strings: an ORG
row) or excluded here on purpose.  Re-run (from anywhere):

    python3 dev/tools/annotate_g17_g18.py
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
    "g17_metro_transit_cards": ("utf-8", b"", False, "2025-11-04",
                                "郑州日报"),
    "g18_taiwan_tech_results": ("utf-8", b"", True, "2025-11-11",
                                "經濟日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g17 (county-level cities 新郑市, 荥阳市, 长葛市, 禹州市 in 2025)
    "郑州": "郑州市", "郑州市": "郑州市", "新郑市": "新郑市",
    "荥阳市": "荥阳市", "北京": "北京市", "上海": "上海市", "广州": "广州市",
    "西安": "西安市", "武汉": "武汉市", "开封": "开封市", "许昌": "许昌市",
    "许昌市": "许昌市", "洛阳": "洛阳市", "新乡": "新乡市", "焦作": "焦作市",
    "长葛市": "长葛市", "禹州市": "禹州市",
    # g18 (Taiwan: full names with 市; foreign: mainland common names)
    "臺北": "台北市", "臺中": "台中市", "臺南": "台南市", "高雄": "高雄市",
    "桃園": "桃园市", "新竹市": "新竹市", "新北市": "新北市",
    "鳳凰城": "凤凰城", "聖荷西": "圣何塞", "德勒斯登": "德累斯顿",
    "東京": "东京", "蘇州市": "苏州市", "瓜達拉哈拉": "瓜达拉哈拉",
}
# Taiwan spellings whose mainland standard name differs (SPEC: 雪梨 -> 悉尼);
# exempt from the t2s identity check, the mapping stated here instead.
CITY_ALIAS = {"聖荷西": "圣何塞", "德勒斯登": "德累斯顿"}

# ORG span (traditional) -> OpenCC t2s form (checked below); simplified
# spans normalize to themselves.
ORG_NORM = {
    "晶耀": "晶耀", "晶耀科技股份有限公司": "晶耀科技股份有限公司",
    "輝達": "辉达", "NVIDIA": "NVIDIA", "超微": "超微", "AMD": "AMD",
    "台積電": "台积电", "日本先進半導體製造": "日本先进半导体制造",
    "JASM": "JASM", "經濟部": "经济部",
    "台灣積體電路製造股份有限公司": "台湾积体电路制造股份有限公司",
    "鴻海精密工業股份有限公司": "鸿海精密工业股份有限公司", "鴻海": "鸿海",
    "聯發科": "联发科", "辰鋒半導體股份有限公司": "辰锋半导体股份有限公司",
    "辰鋒": "辰锋", "金融監督管理委員會": "金融监督管理委员会",
    "金管會": "金管会", "臺灣證券交易所": "台湾证券交易所",
    "證交所": "证交所", "金管會證券期貨局": "金管会证券期货局",
    "經濟部統計處": "经济部统计处", "國家發展委員會": "国家发展委员会",
    "國發會": "国发会",
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
# g17 metro and transit cards, simplified, UTF-8 without BOM, 2025-11-04
# (a Tuesday), city daily of Zhengzhou
# ===========================================================================
@doc
def g17():
    d = Doc("g17_metro_transit_cards")
    ZZ, XC = "郑州市", "许昌市"
    # title: a non-city heading (opens with the ORG 郑州地铁), no CITY
    d.org("[[郑州地铁]]线网里程将突破")
    d.metric("里程将[[突破410公里]] ", 410, "公里", "over", "")
    d.date("公里 [[前10个月]]客运量", "2025", "")
    d.metric("客运量[[超9亿乘次]]\n", "9e8", "乘次", "over", "")
    # lead (no CITY: 郑州 only inside ORG names)
    d.date("记者[[昨日]]从郑州地铁", "2025-11-03", "")
    d.org("昨日从[[郑州地铁集团有限公司]]（")
    d.org("以下简称“[[郑州地铁]]”）获悉")
    d.date("自[[2025年11月3日]]起", "2025-11-03", "")
    d.org("起，[[郑州地铁]]全线网172座")
    d.metric("全线网[[172座]]车站", 172, "座", "exact", "")
    d.metric("全国[[336个]]城市", 336, "个", "exact", "")
    d.org("直接使用[[Visa]]、")
    d.org("Visa、[[Mastercard]]等")
    d.date("进站。[[当日]]，郑州地铁还", "2025-11-03", "")
    d.org("当日，[[郑州地铁]]还公布")
    d.date("公布了[[今年]]以来", "2025", "")
    d.date("截至[[10月31日]]，郑州地铁线网", "2025-10-31", "")
    d.org("10月31日，[[郑州地铁]]线网运营")
    d.metric("运营里程[[约389.6公里]]", "389.6", "公里", "approx", "")
    d.date("公里，[[今年前10个月]]累计", "2025", "")
    d.metric("运送乘客[[9.12亿乘次]]", "9.12e8", "乘次", "exact", "")
    d.date("9.12亿乘次，较[[去年同期]]增长", "2024", "")
    d.metric("增长[[11.4%]]", "11.4", "%", "exact", "")
    d.metric("日均客运量达[[300.3万乘次]]", "300.3e4", "乘次", "exact", "")
    # P2: new lines (7号线二期, 10号线一期: line numbers and phases)
    d.org("据介绍，[[郑州地铁]]7号线")
    d.metric("南延段[[3条]]新线", 3, "条", "exact", "")
    d.date("已于[[9月28日]]同步", "2025-09-28", "")
    d.metric("运营里程[[38.7公里]]", "38.7", "公里", "exact", "")
    d.metric("车站[[21座]]", 21, "座", "exact", "")
    d.metric("总投资[[约286.5亿元]]", "286.5e8", "元", "approx", "")
    d.city("从[[新郑市]]、荥阳市")
    d.city("新郑市、[[荥阳市]]方向")
    d.city("进入[[郑州]]市区")
    d.metric("平均缩短[[12分钟]]", 12, "分钟", "exact", ZZ)
    d.org("，[[新郑国际机场]]至郑东新区")
    d.metric("缩短至[[40分钟左右]]", 40, "分钟", "approx", ZZ)
    # P3: National Day holiday
    d.date("\n\n[[今年国庆]]假期（", "2025-10-01", "")
    d.date("假期（[[10月1日]]至8日）", "2025-10-01", "")
    d.date("10月1日至[[8日]]）", "2025-10-08", "")
    d.org("8日），[[郑州地铁]]累计")
    d.metric("运送乘客[[2516.8万乘次]]", "2516.8e4", "乘次", "exact", "")
    d.date("2516.8万乘次，较[[去年同期]]增长", "2024", "")
    d.metric("增长[[16.2%]]", "16.2", "%", "exact", "")
    d.date("其中[[10月1日]]当天", "2025-10-01", "")
    d.date("10月1日[[当天]]客运量", "2025-10-01", "")
    d.metric("客运量达[[372.4万乘次]]", "372.4e4", "乘次", "exact", "")
    d.metric("增长[[近1.5倍]]", "1.5", "倍", "approx", "")
    # 交通联合卡 section (non-city heading)
    d.metric("发卡量[[突破150万张]]\n", "150e4", "张", "over", "")
    d.org("\n[[郑州市交通运输局]]（")
    d.org("以下简称“[[市交通运输局]]”）相关")
    d.date("自[[2024年12月]]郑州推出", "2024-12", ZZ)
    d.city("2024年12月[[郑州]]推出")
    d.metric("发卡量已[[突破150万张]]", "150e4", "张", "over", ZZ)
    d.date("其中[[今年]]新增", "2025", ZZ)
    d.metric("新增[[约68万张]]", "68e4", "张", "approx", ZZ)
    d.org("[[交通运输部]]数据显示")
    d.date("截至[[9月底]]，全国", "2025-09", "")
    d.metric("发卡量[[超过4.2亿张]]", "4.2e8", "张", "over", "")
    d.metric("城市已达[[336个]]", 336, "个", "exact", "")
    d.org("乘坐[[郑州地铁]]可享")
    d.metric("可享[[9折]]优惠", 90, "%", "exact", "")
    d.metric("，[[60岁以上]]老年人", 60, "岁", "over", "")
    d.org("免费乘坐[[郑州市公共交通集团有限公司]]（")
    d.org("以下简称“[[郑州公交集团]]”）运营")
    d.metric("身高[[1.2米以下]]儿童", "1.2", "米", "under", "")
    d.city("地铁。[[郑州]]市民持卡")
    d.city("可在[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、西安")
    d.city("广州、[[西安]]、武汉")
    d.city("西安、[[武汉]]等城市")
    d.date("；[[上月]]，外地交通", "2025-10", "")
    d.org("联合卡在[[郑州地铁]]刷卡")
    d.metric("刷卡[[46.3万笔]]", "46.3e4", "笔", "exact", "")
    d.date("较[[9月]]增长约18%", "2025-09", "")
    d.metric("增长[[约18%]]", 18, "%", "approx", "")
    d.metric("最高时达[[2.1万笔左右]]", "2.1e4", "笔", "approx", "")
    d.date("\n\n[[11月3日上午]]，记者", "2025-11-03", "")
    d.org("直接用[[Visa]]卡")
    d.date("进站。[[当日]]境外银行卡", "2025-11-03", "")
    d.metric("进站量达[[300多笔]]", 300, "笔", "over", "")
    d.org("，[[郑州地铁]]已在12座")
    d.metric("已在[[12座]]重点车站", 12, "座", "exact", "")
    # 扫码乘车 section (non-city heading)
    d.metric("手机支付占比[[超五成]]", 50, "%", "over", "")
    d.org("在扫码乘车方面，[[郑州地铁]]App")
    d.metric("注册用户已达[[1260万户]]", "1260e4", "户", "exact", "")
    d.org("户，[[支付宝]]、微信支付和")
    d.org("支付宝、[[微信支付]]和中国银联")
    d.org("微信支付和[[中国银联]]“云闪付”")
    d.date("闸机。[[今年第三季度]]，", "2025-Q3", "")
    d.org("今年第三季度，[[郑州地铁]]扫码")
    d.metric("总客流的[[54.6%]]", "54.6", "%", "exact", "")
    d.date("比[[上季度]]提高", "2025-Q2", "")
    d.metric("提高[[3.2个百分点]]", "3.2", "百分点", "exact", "")
    d.org("使用[[支付宝]]乘车码的乘客")
    d.metric("乘客约占[[三成]]", 30, "%", "approx", "", outer="约占")
    d.org("据[[蚂蚁集团]]统计")
    d.date("统计，[[国庆]]假期期间", "2025-10-01", ZZ)
    d.city("外地用户在[[郑州]]使用")
    d.org("郑州使用[[支付宝]]乘车码乘坐")
    d.metric("乘坐地铁[[超过86万人次]]", "86e4", "人次", "over", ZZ)
    d.city("来自[[开封]]、许昌、洛阳的")
    d.city("开封、[[许昌]]、洛阳的")
    d.city("许昌、[[洛阳]]的用户")
    # banks
    d.org("银行方面，[[中国工商银行河南省分行]]（")
    d.org("以下简称“[[工行河南分行]]”）、")
    d.org("”）、[[郑州银行]]、")
    d.org("、[[中原银行]]等")
    d.metric("等[[8家]]银行", 8, "家", "exact", "")
    d.date("银行[[今年]]以来共投入", "2025", "")
    d.metric("补贴[[约3200万元]]", "3200e4", "元", "approx", "")
    d.org("使用[[银联]]卡")
    d.metric("立减[[2元]]", 2, "元", "exact", "")
    d.org("。[[工行河南分行]]数据显示")
    d.date("显示，[[10月]]该行", "2025-10", "")
    d.metric("交易达[[326万笔]]", "326e4", "笔", "exact", "")
    d.metric("金额[[不足4元]]", 4, "元", "under", "")
    d.org("此外，[[华为]]钱包")
    d.org("钱包、[[小米]]智能卡")
    d.city("交通卡在[[郑州]]累计")
    d.metric("已[[超过42万张]]", "42e4", "张", "over", ZZ)
    # 郑州都市圈 section: 郑州 followed by 都市圈, not a city section
    d.city("\n[[郑州]]都市圈：")
    d.city("随着[[郑州]]都市圈交通")
    d.city("。[[开封]]、新乡、焦作三地")
    d.city("开封、[[新乡]]、焦作三地")
    d.city("新乡、[[焦作]]三地")
    d.date("已于[[今年5月]]与", "2025-05", "焦作市")
    d.org("今年5月与[[郑州地铁]]实现")
    d.date("互通。[[上月]]，三地乘客", "2025-10", "")
    d.org("三地乘客在[[郑州地铁]]扫码")
    d.metric("扫码乘车[[约137万乘次]]", "137e4", "乘次", "approx", "")
    d.date("137万乘次，较[[去年同期]]增长", "2024-10", "")
    d.metric("增长[[约25%]]", 25, "%", "approx", "")
    d.org("。[[新乡市交通运输局]]相关")
    d.city("表示，[[新乡]]市民在")
    d.city("新乡市民在[[郑州]]乘坐")
    d.metric("日均约有[[1.8万人次]]", "1.8e4", "人次", "approx", ZZ,
             outer="约有")
    d.org("。[[洛阳地铁]]也已于")
    d.date("也已于[[本月初]]接入", "2025-11", "洛阳市")
    d.city("平台，[[洛阳]]、郑州两地")
    d.city("洛阳、[[郑州]]两地")
    # 许昌 section (heading 许昌：)
    d.city("\n[[许昌]]：市域铁路")
    d.metric("客运量[[超1800万人次]]\n", "1800e4", "人次", "over", XC)
    d.date("自[[2023年12月]]开通", "2023-12", XC)
    d.metric("已[[超过1800万人次]]", "1800e4", "人次", "over", XC)
    d.date("；[[今年1月]]至10月", "2025-01", XC)
    d.date("今年1月至[[10月]]，在许昌东站", "2025-10", XC)
    d.city("前往[[郑州]]的旅客")
    d.metric("旅客日均[[约4.6万人次]]", "4.6e4", "人次", "approx", XC)
    d.date("比[[去年]]增加近两成", "2024", XC)
    d.metric("增加[[近两成]]", 20, "%", "approx", XC)
    d.org("。[[许昌市交通运输局]]表示")
    d.date("表示，[[年底]]前将推动", "2025", XC)
    d.city("推动[[许昌市]]公交车")
    d.org("公交车与[[郑州地铁]]实现")
    d.city("互认，[[长葛市]]、禹州市")
    d.city("长葛市、[[禹州市]]等地")
    d.city("乘客进入[[郑州]]的换乘")
    d.metric("再缩短[[约15分钟]]", 15, "分钟", "approx", XC)
    # closing section (non-city heading)
    d.date("\n[[年底]]前再开通两条", "2025", "")
    d.metric("再开通[[两条]]线路", 2, "条", "exact", "")
    d.org("\n[[郑州地铁]]相关负责人透露")
    d.date("预计于[[12月26日]]开通", "2025-12-26", ZZ)
    d.date("计划于[[年底]]前开通", "2025", ZZ)
    d.city("届时[[郑州]]城市轨道交通")
    d.metric("里程将[[突破410公里]]，", 410, "公里", "over", ZZ)
    d.metric("增至[[约196座]]", 196, "座", "approx", ZZ)
    d.date("根据[[今年8月]]获", "2025-08", ZZ)
    d.org("获[[国家发展改革委]]批复")
    d.city("《[[郑州市]]城市轨道交通第四期")
    d.date("》，[[2026年]]至2030年", "2026", ZZ)
    d.date("2026年至[[2030年]]全市", "2030", ZZ)
    d.metric("新建线路[[约126公里]]", 126, "公里", "approx", ZZ)
    d.metric("总投资[[逾1050亿元]]", "1050e8", "元", "over", ZZ)
    d.org("。[[市交通运输局]]表示，明年")
    d.date("表示，[[明年上半年]]将推动", "2026", ZZ)
    d.city("推动[[郑州]]与开封")
    d.city("郑州与[[开封]]、许昌实现")
    d.city("开封、[[许昌]]实现")
    d.city("与[[郑州]]市民相同")
    audit = {
        "cities": ["郑州", "新郑", "荥阳", "北京", "上海", "广州", "西安",
                   "武汉", "开封", "许昌", "洛阳", "新乡", "焦作", "长葛",
                   "禹州", "河南", "金水", "管城", "航空港", "郑东", "二七",
                   "郑许", "全市", "全国"],
        "excluded": [
            # districts and a new area (not CITY)
            "途经[[金水]]区", "、[[管城]]回族区", "和[[航空港]]区",
            "至[[郑东]]新区",
            # stations (GUIDELINES: a city followed by 站 is not CITY)
            "、[[郑州]]东站等站点", "记者在[[郑州]]东站看到",
            "在[[许昌]]东站换乘",
            # 郑许市域铁路: one-character abbreviations (SPEC)
            "\n[[郑许]]市域铁路", "换乘[[郑许]]市域铁路",
            # 全市, 全国: deictic / the country
            "，[[全市]]累计", "，[[全国]]交通联合卡", "可在[[全国]]336个",
            "年[[全市]]还将",
        ],
        "numbers_excluded": [
            # line numbers (SPEC: not METRIC)
            "郑州地铁[[7]]号线", "、[[10]]号线一期", "，[[6]]号线一期",
            "，[[3]]号线二期",
        ],
        # phases 一期/二期, ordinal 第四期, 二七广场 (a name), 三地/两地
        # (collective labels, SPEC), 一码/一卡 (slogans), 一体化, 本地
        "cn_excluded": ["7号线[[二]]期", "10号线[[一]]期", "6号线[[一]]期",
                        "3号线[[二]]期", "第[[四]]期", "[[二七]]广场",
                        "焦作[[三]]地", "，[[三]]地乘客", "往返[[两]]地",
                        "郑州[[两]]地", "“[[一]]卡通行”", "“[[一]]码通乘”",
                        "“[[一]]卡通乘”", "交通[[一]]体化"],
        "latin_excluded": ["郑州地铁[[App]]", "本地公交[[App]]",
                           "手机[[NFC]]交通卡"],
        # time characters outside rows: 日均 (x3, "daily average"), 单日,
        # 平日 (vague), 国庆假期期间 -> 期间 outside; 明显; 今年以来 -> 以来
        "words_excluded": {"日均": 3, "单日": 2, "平日": 1, "明显": 1,
                           "初期": 1, "老年人": 1, "周边": 2},
        # generic or products: 交通联合卡 (product), 国际银行卡, 城市,
        # 银行 (generic, 8家银行), 市域铁路, 公交集团 inside the short form
        "orgwords_excluded": {"城市": 7, "银行": 4, "集团": 0,
                              "公司": 0, "局": 0, "地铁": 3,
                              "支付": 1, "部": 1},
    }
    return d, audit


# ===========================================================================
# g18 Taiwan tech results, traditional, UTF-8 without BOM, 2025-11-11
# (a Tuesday), Taipei business daily.  Taiwan text: bare 114年/115年 are ROC.
# ===========================================================================
@doc
def g18():
    d = Doc("g18_taiwan_tech_results")
    TP = "台北市"
    # title: non-city heading
    d.org("[[晶耀]]第3季每股純益8.42元創新高")
    d.date("晶耀[[第3季]]每股純益8.42元創", "2025-Q3", "")
    d.metric("純益[[8.42元]]創新高", "8.42", "元", "exact", "")
    d.date("創新高 [[10月]]營收", "2025-10", "")
    d.metric("年增[[逾3成]]\n\n", 30, "%", "over", "")
    # lead (its first sentence takes 台北市 from the byline)
    d.city("記者陳雅婷／[[臺北]]報導")
    d.org("封測廠[[晶耀科技股份有限公司]]（")
    d.org("以下簡稱「[[晶耀]]」）昨")
    d.date("」）[[昨（10）日]]公布", "2025-11-10", TP)
    d.date("公布[[114年第3季]]財報", "2025-Q3", TP)
    d.metric("合併營收新臺幣[[486.2億元]]", "486.2e8", "元", "exact", TP)
    d.metric("季增[[9.7%]]", "9.7", "%", "exact", TP)
    d.metric("年增[[32.5%]]", "32.5", "%", "exact", TP)
    d.metric("毛利率[[48.6%]]", "48.6", "%", "exact", TP)
    d.date("較[[上季]]提高", "2025-Q2", TP)
    d.metric("提高[[1.8個百分點]]", "1.8", "百分点", "exact", TP)
    d.metric("稅後純益[[112.4億元]]", "112.4e8", "元", "exact", TP)
    d.metric("（EPS）[[8.42元]]", "8.42", "元", "exact", TP)
    d.date("累計[[民國114年前3季]]", "2025", "")
    d.org("前3季，[[晶耀]]每股純益21.65元")
    d.metric("每股純益[[21.65元]]", "21.65", "元", "exact", "")
    d.date("已超過[[113年]]全年", "2024", "")
    d.metric("全年的[[19.8元]]", "19.8", "元", "exact", "")
    # P2
    d.org("\n\n[[晶耀]]財務長")
    d.date("表示，[[第3季]]營收成長", "2025-Q3", "")
    d.org("美系客戶[[輝達]]（")
    d.org("輝達（[[NVIDIA]]）")
    d.org("與[[超微]]（AMD）")
    d.org("超微（[[AMD]]）")
    d.metric("升至[[約58%]]", 58, "%", "approx", "")
    d.metric("降至[[不足2成]]", 20, "%", "under", "")
    d.metric("貢獻[[逾6成]]營收", 60, "%", "over", "")
    d.metric("合計約占[[25%]]", 25, "%", "approx", "", outer="約占")
    d.metric("兌新臺幣[[30.5元]]的匯率", "30.5", "元", "exact", "")
    d.date("計算，[[第4季]]毛利率", "2025-Q4", "")
    d.metric("維持在[[47%]]至49%", 47, "%", "exact", "")
    d.metric("47%至[[49%]]之間", 49, "%", "exact", "")
    # 10月營收 section (non-city heading)
    d.date("\n[[10月]]營收：月增", "2025-10", "")
    d.metric("營收：月增[[4.1%]] ", "4.1", "%", "exact", "")
    d.metric("% 年增[[逾3成]]\n", 30, "%", "over", "")
    d.org("\n[[晶耀]]同日公告")
    d.date("晶耀[[同日]]公告", "2025-11-10", "")
    d.date("同日公告[[10月]]合併營收", "2025-10", "")
    d.metric("合併營收[[172.6億元]]", "172.6e8", "元", "exact", "")
    d.metric("，月增[[4.1%]]、", "4.1", "%", "exact", "")
    d.metric("年增[[33.8%]]", "33.8", "%", "exact", "")
    d.date("為[[民國114年]]以來", "2025", "")
    d.date("較[[上月]]的165.8億元", "2025-09", "")
    d.metric("上月的[[165.8億元]]", "165.8e8", "元", "exact", "")
    d.date("累計[[今年前10月]]營收", "2025", "")
    d.metric("營收[[1,599.4億元]]", "1599.4e8", "元", "exact", "")
    d.date("1,599.4億元，較[[去年同期]]成長", "2024", "")
    d.metric("成長[[29.7%]]。", "29.7", "%", "exact", "")
    d.org("預估，[[晶耀]]第4季營收")
    d.date("晶耀[[第4季]]營收將", "2025-Q4", "")
    d.metric("季增[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]，全年", 8, "%", "exact", "")
    d.metric("可望[[突破2,000億元]]", "2000e8", "元", "over", "")
    d.date("，[[明年]]獲利仍有望", "2026", "")
    d.metric("成長[[約3成]]", 30, "%", "approx", "")
    # share price (東京 at the end of the second sentence)
    d.org("\n\n[[晶耀]]股價")
    d.date("股價[[昨（10）日]]收在", "2025-11-10", "")
    d.metric("收在[[1,085元]]", 1085, "元", "exact", "")
    d.metric("上漲[[2.36%]]", "2.36", "%", "exact", "")
    d.metric("成交量[[約1.2萬張]]", "1.2e4", "张", "approx", "")
    d.metric("買超[[約3,800張]]", 3800, "张", "approx", "")
    d.org("。[[晶耀]]並宣布")
    d.date("將於[[12月2日]]舉辦", "2025-12-02", "东京")
    d.date("說明[[2026年]]產能規劃", "2026", "东京")
    d.city("日本[[東京]]新設")
    # 海外布局 section (non-city heading)
    d.city("海外布局：[[鳳凰城]]新廠")
    d.date("新廠[[明年第2季]]量產\n", "2026-Q2", "凤凰城")
    d.org("產能布局方面，[[晶耀]]位於")
    d.city("亞利桑那州[[鳳凰城]]的先進")
    d.date("已於[[9月]]完成裝機", "2025-09", "凤凰城")
    d.date("預計[[明年第2季]]量產，總投資", "2026-Q2", "凤凰城")
    d.metric("總投資[[約35億美元]]", "35e8", "美元", "approx", "凤凰城")
    d.metric("月產能[[2萬片]]", "2e4", "片", "exact", "凤凰城")
    d.org("測試廠與[[台積電]]轉投資")
    d.org("轉投資的[[日本先進半導體製造]]（")
    d.org("（[[JASM]]）")
    d.date("已於[[10月]]起小量", "2025-10", "")
    d.org("。[[晶耀]]另在美國")
    d.city("加州[[聖荷西]]設有")
    d.city("德國[[德勒斯登]]設立")
    # domestic
    d.org("國內方面，[[晶耀]]總部")
    d.metric("共有[[5座]]廠區", 5, "座", "exact", "新竹市")
    d.city("分布於[[新竹市]]、")
    d.city("新竹市、[[臺中]]、臺南")
    d.city("臺中、[[臺南]]及高雄")
    d.city("臺南及[[高雄]]，其中")
    d.city("其中[[高雄]]楠梓新廠")
    d.date("預計[[年底]]前完工", "2025", "高雄市")
    d.city("，[[桃園]]龜山物流")
    d.date("已於[[114年6月]]啟用", "2025-06", "桃园市")
    d.date("截至[[9月底]]，晶耀全球", "2025-09", "")
    d.org("9月底，[[晶耀]]全球")
    d.metric("人數達[[2萬3,680人]]", 23680, "人", "exact", "")
    d.date("較[[去年底]]增加", "2024", "")
    d.metric("增加[[約2,100人]]", 2100, "人", "approx", "")
    d.date("董事會[[昨日]]並通過", "2025-11-10", "")
    d.date("通過[[115年]]資本預算", "2026", "")
    d.metric("資本預算[[約420億元]]", "420e8", "元", "approx", "")
    d.metric("其中[[逾4成]]將投入", 40, "%", "over", "")
    # supply chain
    d.org("指出，[[晶耀]]鳳凰城廠")
    d.city("晶耀[[鳳凰城]]廠所需")
    d.metric("目前約有[[7成]]仍由", 70, "%", "approx", "凤凰城",
             outer="約有")
    d.city("多位於[[新北市]]土城")
    d.city("土城、[[桃園]]觀音")
    d.metric("已有[[逾10家]]臺灣", 10, "家", "over", "")
    d.metric("超過新臺幣[[150億元]]", "150e8", "元", "over", "",
             outer="超過新臺幣")
    d.org("。[[經濟部]]表示，將透過")
    d.date("布局，[[今年]]以來已核准", "2025", "")
    d.metric("相關案件[[23件]]", 23, "件", "exact", "")
    d.metric("核貸金額[[約86億元]]", "86e8", "元", "approx", "")
    d.date("，[[年底]]前將再辦理", "2025", "")
    d.metric("再辦理[[2場]]說明會", 2, "场", "exact", "")
    # 同業 section (non-city heading)
    d.org("同業：[[台積電]]前3季")
    d.date("台積電[[前3季]]每股純益逾45元", "2025", "")
    d.metric("每股純益[[逾45元]]", 45, "元", "over", "")
    d.org("在同業方面，[[台灣積體電路製造股份有限公司]]（")
    d.org("股份有限公司（[[台積電]]）第3季")
    d.date("（台積電）[[第3季]]每股", "2025-Q3", "")
    d.metric("每股純益[[17.44元]]", "17.44", "元", "exact", "")
    d.date("17.44元，[[前3季]]每股", "2025", "")
    d.metric("每股純益[[45.26元]]", "45.26", "元", "exact", "")
    d.metric("年增[[約50%]]", 50, "%", "approx", "")
    d.date("該公司[[10月]]營收", "2025-10", "")
    d.metric("營收[[3,674.7億元]]", "3674.7e8", "元", "exact", "")
    d.metric("月增[[約11%]]", 11, "%", "approx", "")
    d.org("。[[鴻海精密工業股份有限公司]]（")
    d.org("股份有限公司（[[鴻海]]）")
    d.date("（鴻海）[[10月]]營收", "2025-10", "")
    d.metric("營收[[8,946.2億元]]", "8946.2e8", "元", "exact", "")
    d.metric("年增[[11.3%]]", "11.3", "%", "exact", "")
    d.org("。[[聯發科]]10月")
    d.date("聯發科[[10月]]營收", "2025-10", "")
    d.metric("營收[[約466億元]]", "466e8", "元", "approx", "")
    d.metric("年減[[約10%]]", 10, "%", "approx", "")
    d.metric("月減[[3.2%]]", "3.2", "%", "exact", "")
    # 辰鋒
    d.org("封測廠[[辰鋒半導體股份有限公司]]（")
    d.org("以下簡稱「[[辰鋒]]」）")
    d.date("」）[[第3季]]營收", "2025-Q3", "")
    d.metric("營收[[98.7億元]]", "98.7e8", "元", "exact", "")
    d.metric("季增[[6.2%]]", "6.2", "%", "exact", "")
    d.metric("年增[[15.8%]]", "15.8", "%", "exact", "")
    d.metric("毛利率[[24.3%]]", "24.3", "%", "exact", "")
    d.metric("每股純益[[2.15元]]", "2.15", "元", "exact", "")
    d.date("；[[前3季]]每股純益5.87元", "2025", "")
    d.metric("每股純益[[5.87元]]", "5.87", "元", "exact", "")
    d.date("較[[去年同期]]的4.92元", "2024", "")
    d.metric("去年同期的[[4.92元]]", "4.92", "元", "exact", "")
    d.metric("成長[[約19%]]", 19, "%", "approx", "")
    d.org("。[[辰鋒]]表示，位於")
    d.city("位於[[臺南]]的第二座")
    d.date("將於[[明年首季]]投產", "2026-Q1", "台南市")
    d.city("墨西哥[[瓜達拉哈拉]]模組廠")
    d.date("模組廠[[今年10月]]營收", "2025-10", "瓜达拉哈拉")
    d.metric("年增[[逾1倍]]", 1, "倍", "over", "瓜达拉哈拉")
    d.org("影響，[[辰鋒]]已將")
    d.city("江蘇省[[蘇州市]]移至")
    d.city("移至[[高雄]]，預計")
    d.date("預計[[年底]]前移轉", "2025", "高雄市")
    d.metric("總產能的[[15%左右]]", 15, "%", "approx", "高雄市")
    # 主管機關 section (non-city heading)
    d.metric("獲利占比[[近7成]]\n", 70, "%", "approx", "")
    d.org("\n[[金融監督管理委員會]]（")
    d.org("委員會（[[金管會]]）表示")
    d.date("上市櫃公司[[第3季]]財報", "2025-Q3", "")
    d.date("須於[[11月14日]]前", "2025-11-14", "")
    d.date("截至[[昨日]]已有", "2025-11-10", "")
    d.metric("已有[[逾六成]]上市", 60, "%", "over", "")
    d.org("。[[臺灣證券交易所]]（")
    d.org("交易所（[[證交所]]）統計")
    d.date("電子類股[[114年前3季]]合計", "2025", "")
    d.metric("稅後純益[[約2.86兆元]]", "2.86e12", "元", "approx", "")
    d.metric("年增[[約31.5%]]", "31.5", "%", "approx", "")
    d.metric("獲利比重[[近7成]]。", 70, "%", "approx", "")
    d.org("。[[證交所]]並指出")
    d.date("指出，[[10月]]上市公司", "2025-10", "")
    d.metric("合計營收[[約4.12兆元]]", "4.12e12", "元", "approx", "")
    d.metric("年增[[18.6%]]", "18.6", "%", "exact", "")
    d.org("。[[金管會證券期貨局]]則提醒")
    # last paragraph
    d.org("\n\n[[經濟部統計處]]日前")
    d.date("公布，[[9月]]外銷訂單", "2025-09", "")
    d.metric("金額達[[743.5億美元]]", "743.5e8", "美元", "exact", "")
    d.metric("年增[[30.6%]]", "30.6", "%", "exact", "")
    d.metric("接單約占[[4成]]", 40, "%", "approx", "", outer="約占")
    d.org("；[[經濟部]]預估")
    d.date("預估，[[第4季]]外銷訂單", "2025-Q4", "")
    d.org("。[[國家發展委員會]]（")
    d.org("委員會（[[國發會]]）則預估")
    d.date("預估，[[114年]]經濟成長率", "2025", "")
    d.metric("可望達[[4.45%]]", "4.45", "%", "exact", "")
    d.date("展望[[明年]]，", "2026", "凤凰城")
    d.date("預期[[2026年]]全球", "2026", "凤凰城")
    d.metric("將成長[[約40%]]", 40, "%", "approx", "凤凰城")
    d.org("，[[晶耀]]鳳凰城廠量產")
    d.city("晶耀[[鳳凰城]]廠量產")
    d.metric("目前的[[不足1成]]", 10, "%", "under", "凤凰城")
    d.metric("提升至[[2成以上]]", 20, "%", "over", "凤凰城")
    audit = {
        "cities": ["臺北", "台北", "臺中", "臺南", "高雄", "桃園", "新竹",
                   "新北", "嘉義", "鳳凰城", "聖荷西", "德勒斯登", "東京",
                   "熊本", "蘇州", "瓜達拉哈拉", "臺灣", "台灣", "美國",
                   "日本", "德國", "墨西哥", "中國", "江蘇", "亞利桑那",
                   "加州", "北美", "楠梓", "龜山", "土城", "觀音", "菊陽"],
        "excluded": [
            # countries, states, provinces, regions, counties, districts,
            # towns and a science park (bare 新竹: only 新竹市 counts)
            "日本[[熊本]]縣菊陽町", "熊本縣[[菊陽]]町",
            "位於[[新竹]]科學園區", "觀音及[[嘉義]]縣",
            "高雄[[楠梓]]新廠", "桃園[[龜山]]物流", "新北市[[土城]]",
            "桃園[[觀音]]及", "位於[[美國]]亞利桑那州",
            "美國[[亞利桑那]]州鳳凰城", "另在[[美國]]加州",
            "美國[[加州]]聖荷西", "於[[德國]]德勒斯登",
            "位於[[日本]]熊本縣", "說明2026年產能規劃與[[日本]]東京",
            "北美客戶貢獻逾6成營收，[[日本]]與", "[[北美]]客戶",
            "[[中國]]大陸客戶", "自[[中國]]大陸", "[[江蘇]]省蘇州市",
            "，[[墨西哥]]瓜達拉哈拉", "受[[美國]]關稅",
            "在[[臺灣]]共有", "仍由[[臺灣]]供應", "逾10家[[臺灣]]供應商",
            "赴[[亞利桑那]]州設點",
        ],
        "numbers_excluded": [
            # 近5個交易日, 連續8個月, 近4年: look-back windows and
            # durations; 12吋: a technology name (SPEC 8吋)
            "外資近[[5]]個交易日", "連續[[8]]個月", "為近[[4]]年新高",
            "第二座[[12]]吋",
        ],
        # 第二座: ordinal; 另一家: indefinite article; 兩位數: vague
        "cn_excluded": ["第[[二]]座", "另[[一]]家", "年增[[兩]]位數"],
        "latin_excluded": ["【記者陳雅婷／臺北報導】[[AI]]", "[[IC]]設計",
                           "（[[EPS]]）", "的[[AI]]加速器", "（[[HPC]]）",
                           "雲端客戶[[AI]]伺服器", "全球[[AI]]伺服器"],
        # time characters outside rows: 季增/年增/月增/年減/月減 (rates),
        # 單季, 全年 (after 113年 and 全年營收), 月產能, 單月, 歷年同期 (no
        # calendar form), 日前, 近4年, 連續8個月, 去年同期 covered
        "words_excluded": {"季增": 3, "年增": 12, "月增": 3, "年減": 1,
                           "月減": 1, "單季": 2, "全年": 2, "月產能": 1,
                           "單月": 1, "歷年同期": 1, "日前": 2, "近4年": 1,
                           "個月": 1, "交易日": 1, "明年": 0,
                           "林志明": 1, "說明": 3},
        # generic: 上市(櫃)公司, 該公司, 董事會, 法人
        "orgwords_excluded": {"公司": 6, "局": 3, "會": 3,
                              "交易所": 0, "總部": 1, "部分": 1,
                              "所需": 1},
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
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初夕宵"
ORG_WORDS = ["公司", "集团", "集團", "局", "厅", "廳", "银行", "銀行", "协会",
             "協會", "大学", "大學", "政府", "委员会", "委員會", "机场",
             "機場", "地铁", "捷運", "银联", "銀聯", "支付", "部", "处", "處",
             "会", "會", "所", "委", "城市", "集团", "蚂蚁", "华为", "小米"]
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
    m = re.fullmatch(r"(\d+)([万萬])(\d,?\d{3})(\D+)", span)
    if m:                                          # 2萬3,680人 -> 23680
        v = (Decimal(m.group(1)) * MAGNITUDE[m.group(2)]
             + Decimal(m.group(3).replace(",", "")))
        return v, q, m.group(4)
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
