#!/usr/bin/env python3
"""Gold annotation for the held-out articles g53_city_economy_investment and
g54_taiwan_housing_market (annotator P).

Adapted from heldout/tools/annotate_x.py (now dev/tools/annotate_g47_g48.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g53 is simplified (mainland provincial daily 湖北日报, 2026-10-28), stored as
GBK without BOM; g54 is traditional (Taiwan, 經濟日報, 2026-11-20), stored
in Big5 (cp950).  g54's `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_x/y/z, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g53_g54.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings and ORG
strings).  Changes from annotate_x.py: a GBK article (must not decode as
UTF-8, GB18030 gives the same text, byte round trip in GBK); a bare
magnitude with a unit and a marker after it (亿元以上, GUIDELINES 万亿元以上)
is parsed; `N大` gives the numeral alone (五大銀行 -> 五).  Re-run (from
anywhere):

    python3 dev/tools/annotate_g53_g54.py
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
    "g53_city_economy_investment": ("gbk", b"", False, "2026-10-28",
                                    "湖北日报"),
    "g54_taiwan_housing_market": ("cp950", b"", True, "2026-11-20",
                                  "經濟日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g53 (2026; 仙桃, 天门, 潜江 are county-level cities under the province)
    "武汉": "武汉市", "武汉市": "武汉市", "鄂州": "鄂州市", "黄石": "黄石市",
    "黄冈": "黄冈市", "孝感": "孝感市", "咸宁": "咸宁市", "仙桃": "仙桃市",
    "天门": "天门市", "潜江": "潜江市", "长沙": "长沙市", "郑州": "郑州市",
    "合肥": "合肥市",
    # g54 (Taiwan: special municipalities and provincial cities, with 市)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "桃園市": "桃园市", "台中": "台中市", "台中市": "台中市",
    "台南": "台南市", "台南市": "台南市", "高雄": "高雄市", "高雄市": "高雄市",
    "新竹市": "新竹市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "央行": "央行", "內政部": "内政部", "台積電": "台积电",
    "永慶房屋": "永庆房屋", "信義房屋": "信义房屋",
    "住商不動產": "住商不动产",
    "台灣房屋集團趨勢中心": "台湾房屋集团趋势中心",
    "中信房屋": "中信房屋", "有巢氏房屋": "有巢氏房屋",
    "中央銀行": "中央银行", "臺灣銀行": "台湾银行", "臺銀": "台银",
    "土地銀行": "土地银行", "土銀": "土银", "第一銀行": "第一银行",
    "一銀": "一银", "兆豐銀行": "兆丰银行", "合作金庫銀行": "合作金库银行",
    "國泰世華銀行": "国泰世华银行",
    "中國信託商業銀行": "中国信托商业银行", "玉山銀行": "玉山银行",
    "財政部": "财政部", "金管會銀行局": "金管会银行局",
    "興富發": "兴富发", "華固": "华固", "長虹": "长虹", "遠雄": "远雄",
    "國建": "国建", "潤泰新": "润泰新", "冠德": "冠德",
    "住展雜誌": "住展杂志",
    "臺中市政府地政局": "台中市政府地政局",
    "高雄市政府地政局": "高雄市政府地政局",
    "國立政治大學台灣房地產研究中心": "国立政治大学台湾房地产研究中心",
    "永慶房產集團": "永庆房产集团",
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
        if enc == "gbk":                            # GB18030 agrees
            assert raw.decode("gb18030") == self.text, f"{doc_id}: gb18030"
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
# g53 Wuhan's economy in the first three quarters of 2026, simplified, GBK,
# 2026-10-28 (a Wednesday, ISO week 2026-W44), provincial daily (湖北日报);
# the statistics came out 昨日（10月27日）, the signing was on 10月26日.
# ===========================================================================
@doc
def g53():
    d = Doc("g53_city_economy_investment")
    WH, EZ, QJ, HF, WHs = "武汉市", "鄂州市", "潜江市", "合肥市", ""
    # title (a heading with no city at its start: sentence rule, 武汉)
    d.date("[[前三季度]]武汉GDP", "2026", WH)
    d.city("前三季度[[武汉]]GDP")
    d.metric("同比增长[[5.8%]] 62个", "5.8", "%", "exact", WH)
    d.metric("5.8% [[62个]]重大", 62, "个", "exact", WH)
    d.metric("签约总投资[[2863亿元]]\n", "2863e8", "元", "exact", WH)
    # lead: byline sentence (no CITY outside ORGs)
    d.org("\n[[湖北日报]]讯")
    d.date("刘畅）[[昨日]]（10月27日）", "2026-10-27", "")
    d.date("昨日（[[10月27日]]）", "2026-10-27", "")
    d.org("），[[武汉市统计局]]、")
    d.org("、[[国家统计局武汉调查队]]联合")
    d.date("联合发布[[前三季度]]全市", "2026", "")
    d.date("初步核算，[[今年前三季度]]，武汉", "2026", WH)
    d.city("今年前三季度，[[武汉]]实现")
    d.metric("（GDP）[[16842.65亿元]]", "16842.65e8", "元", "exact", WH)
    d.metric("同比增长[[5.8%]]，增速", "5.8", "%", "exact", WH)
    d.date("增速比[[上半年]]加快", "2026", WH)
    d.metric("加快[[0.3个百分点]]", "0.3", "百分点", "exact", WH)
    d.metric("增加值[[398.27亿元]]", "398.27e8", "元", "exact", "")
    d.metric("增长[[3.6%]]；", "3.6", "%", "exact", "")
    d.metric("增加值[[5736.14亿元]]", "5736.14e8", "元", "exact", "")
    d.metric("增长[[6.9%]]；", "6.9", "%", "exact", "")
    d.metric("增加值[[10708.24亿元]]", "10708.24e8", "元", "exact", "")
    d.metric("增长[[5.2%]]。", "5.2", "%", "exact", "")
    d.date("分季度看，[[一季度]]、", "2026-Q1", "")
    d.date("一季度、[[二季度]]、", "2026-Q2", "")
    d.date("二季度、[[三季度]]分别", "2026-Q3", "")
    d.metric("分别增长[[5.3%]]、", "5.3", "%", "exact", "")
    d.metric("5.3%、[[5.6%]]和", "5.6", "%", "exact", "")
    d.metric("5.6%和[[6.1%]]，", "6.1", "%", "exact", "")
    # 汽车芯片 (heading with no city)
    d.date("\n[[前三季度]]，全市规模", "2026", "")
    d.metric("同比增长[[7.4%]]", "7.4", "%", "exact", "")
    d.metric("制造业增长[[9.1%]]", "9.1", "%", "exact", "")
    d.metric("制造业增长[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("产量达[[41.2万辆]]", "41.2e4", "辆", "exact", "")
    d.metric("增长[[62.3%]]；", "62.3", "%", "exact", "")
    d.date("增长。[[9月份]]，规上", "2026-09", "")
    d.metric("增长[[8.2%]]，较上月", "8.2", "%", "exact", "")
    d.date("8.2%，较[[上月]]加快", "2026-08", "")
    d.metric("加快[[1.1个百分点]]", "1.1", "百分点", "exact", "")
    d.org("。[[东风汽车集团有限公司]]（")
    d.org("以下简称“[[东风公司]]”")
    d.org("旗下[[岚图汽车]]前三季度")
    d.date("岚图汽车[[前三季度]]销量", "2026", "")
    d.metric("销量[[突破10.6万辆]]", "10.6e4", "辆", "over", "")
    d.metric("同比增长[[85%]]", 85, "%", "exact", "")
    d.org("，[[猛士科技]]等新品牌")
    d.org("；[[东风本田]]、神龙")
    d.org("东风本田、[[神龙汽车]]等")
    # 消费外贸 (heading with no city)
    d.date("回暖。[[前三季度]]，全市社会", "2026", "")
    d.metric("零售总额[[5986.7亿元]]", "5986.7e8", "元", "exact", "")
    d.metric("增长[[6.3%]]。", "6.3", "%", "exact", "")
    d.date("。[[国庆]]假期", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("接待客流[[超过2100万人次]]", "2100e4", "人次", "over", "")
    d.org("据[[武汉海关]]统计")
    d.date("统计，[[前三季度]]武汉外贸", "2026", WH)
    d.city("前三季度[[武汉]]外贸")
    d.metric("进出口总值[[3186.4亿元]]", "3186.4e8", "元", "exact", WH)
    d.metric("同比增长[[12.7%]]", "12.7", "%", "exact", WH)
    d.metric("出口[[2043.9亿元]]", "2043.9e8", "元", "exact", WH)
    d.metric("整车出口[[4.8万辆]]", "4.8e4", "辆", "exact", WH)
    d.date("是[[去年同期]]的2.3倍", "2025", WH)
    d.metric("去年同期的[[2.3倍]]", "2.3", "倍", "exact", WH)
    # 重大项目 (heading with a figure, no city)
    d.metric("\n[[62个]]重大项目集中签约\n", 62, "个", "exact", "")
    d.date("\n[[10月26日]]，武汉市", "2026-10-26", WH)
    d.city("10月26日，[[武汉市]]举行")
    d.date("举行[[2026年第四季度]]重大", "2026-Q4", WH)
    d.metric("签约项目[[62个]]，", 62, "个", "exact", WH)
    d.metric("总投资[[2863亿元]]，", "2863e8", "元", "exact", WH)
    d.metric("其中[[百亿元以上]]项目", "1e10", "元", "over", WH)
    d.metric("项目[[9个]]，", 9, "个", "exact", WH)
    d.metric("占比[[近六成]]", 60, "%", "approx", WH)
    d.org("：[[东风公司]]与经开区")
    d.metric("投资[[120亿元]]建设", "120e8", "元", "exact", "")
    d.org("建设[[岚图汽车]]新一代")
    d.metric("年产能[[30万辆]]", "30e4", "辆", "exact", "")
    d.org("；[[小米汽车]]华中")
    d.metric("总投资[[86亿元]]", "86e8", "元", "exact", "")
    d.date("计划[[明年一季度]]开工", "2027-Q1", "")
    d.org("；[[比亚迪]]将在")
    d.metric("首期投资[[48亿元]]", "48e8", "元", "exact", "")
    # 电池和芯片
    d.org("纷呈。[[宁德时代]]武汉基地")
    d.city("宁德时代[[武汉]]基地")
    d.org("、[[亿纬锂能]]储能")
    d.metric("分别投资[[135亿元]]和", "135e8", "元", "exact", WH)
    d.metric("135亿元和[[62亿元]]", "62e8", "元", "exact", WH)
    d.metric("新增产能[[约60GWh]]", 60, "GWh", "approx", WH)
    d.org("；[[长江存储]]三期")
    d.metric("新增投资[[210亿元]]", "210e8", "元", "exact", "")
    d.org("，[[武汉新芯]]、长飞")
    d.org("、[[长飞光纤]]、")
    d.org("、[[华星光电]]等企业")
    d.metric("合计投资[[约158亿元]]", "158e8", "元", "approx", "")
    d.org("。[[东湖高新区管委会]]介绍")
    d.date("介绍，[[今年1]]至9月", "2026-01", "")
    d.date("今年1至[[9月]]，“中国光谷”", "2026-09", "")
    d.metric("集成电路企业[[137家]]", 137, "家", "exact", "")
    d.metric("营收[[突破6000亿元]]", "6000e8", "元", "over", "")
    # 物流
    d.org("提速。[[京东物流]]将投资")
    d.metric("将投资[[45亿元]]", "45e8", "元", "exact", "")
    d.org("，[[中通快递]]、菜鸟")
    d.org("中通快递、[[菜鸟]]也")
    d.org("；[[顺丰]]依托")
    d.org("依托[[鄂州花湖国际机场]]开通")
    d.metric("已增至[[28条]]", 28, "条", "exact", "")
    d.date("28条，[[前三季度]]该机场", "2026", "")
    d.metric("吞吐量[[突破98万吨]]", "98e4", "吨", "over", "")
    # 金融 (heading with no city)
    d.org("加大。[[中国人民银行湖北省分行]]数据")
    d.date("显示，[[9月末]]，武汉", "2026-09", WH)
    d.city("9月末，[[武汉]]本外币")
    d.metric("贷款余额[[5.12万亿元]]", "5.12e12", "元", "exact", WH)
    d.metric("同比增长[[8.4%]]", "8.4", "%", "exact", WH)
    d.date("8.4%，[[前三季度]]新增贷款", "2026", WH)
    d.metric("新增贷款[[3186亿元]]", "3186e8", "元", "exact", WH)
    d.metric("余额增长[[24.6%]]", "24.6", "%", "exact", WH)
    d.org("，[[国家开发银行湖北省分行]]、")
    d.org("、[[工商银行湖北省分行]]、")
    d.org("、[[汉口银行]]、")
    d.org("、[[武汉农商行]]等")
    d.metric("武汉农商行等[[12家]]", 12, "家", "exact", "")
    d.metric("授信[[超过1500亿元]]", "1500e8", "元", "over", "")
    # 外资 (heading with no city)
    d.org("\n[[市商务局]]介绍")
    d.date("介绍，[[前三季度]]武汉新设", "2026", WH)
    d.city("前三季度[[武汉]]新设")
    d.metric("外商投资企业[[386家]]", 386, "家", "exact", WH)
    d.metric("使用外资[[21.6亿美元]]", "21.6e8", "美元", "exact", WH)
    d.metric("同比增长[[9.3%]]", "9.3", "%", "exact", WH)
    d.metric("已有[[312家]]世界", 312, "家", "exact", WH)
    d.metric("外资项目共[[11个]]", 11, "个", "exact", "")
    d.org("，[[博世]]、施耐德")
    d.org("、[[施耐德电气]]、")
    d.org("、[[霍尼韦尔]]等")
    d.org("，[[雷诺集团]]与东风公司")
    d.org("雷诺集团与[[东风公司]]合作")
    d.date("落地。[[11月18日]]至20日", "2026-11-18", WH)
    d.date("11月18日至[[20日]]，", "2026-11-20", WH)
    d.date("20日，[[2026]]中国光谷", "2026", WH)
    d.city("将在[[武汉]]举行")
    d.org("。[[市商务局]]预计")
    d.metric("参展企业[[1200余家]]", 1200, "家", "over", "")
    d.metric("约占[[三成]]", 30, "%", "approx", "", sep="约占")
    d.metric("有望[[突破300亿元]]", "300e8", "元", "over", "")
    # 都市圈 (heading with no city)
    d.city("\n[[武汉]]都市圈协同")
    d.date("加快。[[前三季度]]，鄂州", "2026", EZ)
    d.city("前三季度，[[鄂州]]、黄石")
    d.city("鄂州、[[黄石]]、黄冈")
    d.city("黄石、[[黄冈]]、孝感")
    d.city("黄冈、[[孝感]]、咸宁、仙桃")
    d.city("孝感、[[咸宁]]、仙桃")
    d.city("咸宁、[[仙桃]]、天门")
    d.city("仙桃、[[天门]]、潜江")
    d.city("天门、[[潜江]]8市")
    d.metric("生产总值[[约1.41万亿元]]", "1.41e12", "元", "approx", QJ)
    d.metric("同比增长[[5.9%]]", "5.9", "%", "exact", QJ)
    d.city("。[[孝感]]、咸宁等地")
    d.city("孝感、[[咸宁]]等地")
    d.city("承接[[武汉]]汽车")
    d.metric("配套企业[[超过300家]]", 300, "家", "over", WH)
    d.city("，[[黄石]]、鄂州的")
    d.city("黄石、[[鄂州]]的")
    d.metric("产业规模[[突破千亿元]]", "1e11", "元", "over", EZ)
    d.city("，[[长沙]]、郑州")
    d.city("长沙、[[郑州]]、合肥")
    d.city("郑州、[[合肥]]前三季度")
    d.date("合肥[[前三季度]]GDP", "2026", HF)
    d.metric("分别为[[11826.3亿元]]", "11826.3e8", "元", "exact", HF)
    d.metric("、[[11205.7亿元]]和", "11205.7e8", "元", "exact", HF)
    d.metric("和[[10483.2亿元]]，", "10483.2e8", "元", "exact", HF)
    d.city("，[[武汉]]经济总量")
    # 展望 (no heading)
    d.org("\n[[武汉市发展和改革委员会]]相关")
    d.date("表示，[[四季度]]全市", "2026-Q4", "")
    d.date("聚焦[[年初]]确定", "2026", "")
    d.metric("推动[[亿元以上]]项目", "1e8", "元", "over", "")
    d.metric("项目[[230个]]在", 230, "个", "exact", "")
    d.date("230个在[[年底]]前开工", "2026", "")
    d.date("力争[[今年]]经济增长", "2026", "")
    d.metric("经济增长[[5.5%以上]]", "5.5", "%", "over", "")
    d.date("确保[[明年春节]]前", "2027-02-06", "")
    d.metric("开工率达到[[80%]]", 80, "%", "exact", "")
    d.org("。[[市发改委]]预计")
    d.date("到[[2027年]]，武汉", "2027", WH)
    d.city("2027年，[[武汉]]新能源")
    d.metric("年产能将[[突破150万辆]]", "150e4", "辆", "over", WH)
    d.metric("有望达到[[3000亿元]]", "3000e8", "元", "exact", WH)
    audit = {
        "cities": ["武汉", "鄂州", "黄石", "黄冈", "孝感", "咸宁", "仙桃",
                   "天门", "潜江", "长沙", "郑州", "合肥", "湖北", "汉",
                   "华中", "中部", "光谷", "新洲", "经开区", "东湖",
                   "全市", "全国", "全省", "都市圈", "城市", "省会"],
        "excluded": [
            # a one-character abbreviation (在汉), districts and zones, a
            # region, the zone's brand 中国光谷, provinces, generic words
            "的[[在汉]]工厂", "企业[[在汉]]落户", "与[[经开区]]签约",
            "在[[新洲区]]新建", "汽车[[华中]]区域", "建设[[华中]]智能",
            "“[[中国光谷]]”", "2026[[中国光谷]]国际", "在[[中部省会城市]]中",
            "[[全国]]、全省", "全国、[[全省]]平均", "[[都市圈]]协同发展提速",
            "武汉[[都市圈]]协同发展步伐",
        ],
        # 世界500强 is a ranking label; 8市 a collective label for the list
        "numbers_excluded": ["世界[[500]]强", "潜江[[8]]市"],
        # 第一/第二/第三产业 (ordinals), 一/二/三期 (phases), 新一代, 双轮
        # (a figure of speech), 两位数 (vague)
        "cn_excluded": ["第[[一]]产业", "第[[二]]产业", "第[[三]]产业",
                        "基地[[二]]期", "存储[[三]]期", "新[[一]]代",
                        "[[双]]轮驱动", "保持[[两]]位数"],
        "latin_excluded": ["武汉[[GDP]]同比", "（[[GDP]]）", "合肥前三季度[[GDP]]"],
        "words_excluded": {"全市": 5, "年产能": 2, "初步": 1, "分季度": 1,
                           "逐季": 1, "中长期": 1, "周雨菲": 1, "历史": 1,
                           "首期": 1},
        # back-references and generic bodies: 该机场, 合资企业, 金融机构,
        # 跨国公司, 新品牌, 外资项目
        "orgwords_excluded": {"本报": 0, "该机场": 1, "公司": 1,
                              "金融机构": 1, "跨国公司": 1, "合资企业": 1,
                              "管委会": 0, "商务局": 0, "发改委": 0},
    }
    return d, audit


# ===========================================================================
# g54 Taiwan's housing market in October 2026, traditional, Big5 (cp950),
# 2026-11-20 (a Friday, ISO week 2026-W47), Taipei business daily
# (經濟日報); byline 【記者…／台北報導】 (台北 is a special municipality:
# CITY).  A Taiwan text (民國, 新台幣, 臺): bare 114年/115年/116年 are ROC
# years; 國慶 is 10-10.  內政部 published 昨（19）日, 央行 今（20）日.
# ===========================================================================
@doc
def g54():
    d = Doc("g54_taiwan_housing_market")
    TP, NT, TY, TC, TN, KH, HC = ("台北市", "新北市", "桃园市", "台中市",
                                  "台南市", "高雄市", "新竹市")
    # title (a heading with no city)
    d.date("[[10月]]六都買賣", "2026-10", "")
    d.metric("移轉年減[[12.6%]] 房貸", "12.6", "%", "exact", "")
    d.metric("利率升至[[2.286%]]\n", "2.286", "%", "exact", "")
    # lead
    d.city("／[[台北]]報導")
    d.org("報導】[[央行]]信用管制")
    d.date("統計，[[115年10月]]六都", "2026-10", "")
    d.metric("合計[[1萬6,842棟]]", "16842", "栋", "exact", "")
    d.metric("年減[[12.6%]]、月增", "12.6", "%", "exact", "")
    d.metric("月增[[8.3%]]，為", "8.3", "%", "exact", "")
    d.date("為[[民國103年]]以來", "2014", "")
    d.org("新低。[[內政部]]昨")
    d.date("內政部[[昨（19）日]]公布", "2026-11-19", "")
    d.date("顯示，[[今年前10月]]全台建物", "2026", "")
    d.metric("買賣移轉[[約19.6萬棟]]", "19.6e4", "栋", "approx", "")
    d.date("較[[114年同期]]減少", "2025", "")
    d.metric("減少[[14.1%]]。", "14.1", "%", "exact", "")
    # 各都 (one clause a city, split by ；)
    d.city("分歧。[[台北市]]10月")
    d.date("台北市[[10月]]移轉", "2026-10", TP)
    d.metric("移轉[[2,105棟]]", 2105, "栋", "exact", TP)
    d.metric("月增[[11.2%]]、年減8.6%", "11.2", "%", "exact", TP)
    d.metric("年減[[8.6%]]；", "8.6", "%", "exact", TP)
    d.city("8.6%；[[新北市]]4,012棟")
    d.metric("新北市[[4,012棟]]", 4012, "栋", "exact", NT)
    d.metric("年減[[14.8%]]；", "14.8", "%", "exact", NT)
    d.city("；[[桃園市]]2,836棟")
    d.metric("桃園市[[2,836棟]]", 2836, "栋", "exact", TY)
    d.metric("年減[[9.7%]]；", "9.7", "%", "exact", TY)
    d.city("；[[台中市]]3,308棟")
    d.metric("台中市[[3,308棟]]", 3308, "栋", "exact", TC)
    d.metric("年減[[11.4%]]；", "11.4", "%", "exact", TC)
    d.city("；[[台南市]]1,862棟")
    d.metric("台南市[[1,862棟]]", 1862, "栋", "exact", TN)
    d.metric("年減[[10.3%]]；", "10.3", "%", "exact", TN)
    d.city("；[[高雄市]]2,719棟")
    d.metric("高雄市[[2,719棟]]", 2719, "栋", "exact", KH)
    d.metric("月增[[5.8%]]、", "5.8", "%", "exact", KH)
    d.metric("年減[[16.1%]]，", "16.1", "%", "exact", KH)
    # 房價 (a heading with no city)
    d.org("\n[[內政部]]不動產資訊平台")
    d.date("顯示，[[第3季]]台北市", "2026-Q3", TP)
    d.city("第3季[[台北市]]住宅")
    d.metric("均價每坪[[約78.6萬元]]", "78.6e4", "元", "approx", TP)
    d.metric("年增[[1.2%]]，新北市", "1.2", "%", "exact", TP)
    d.city("1.2%，[[新北市]]每坪")
    d.metric("每坪[[約46.2萬元]]", "46.2e4", "元", "approx", NT)
    d.metric("年增[[0.8%]]，", "0.8", "%", "exact", NT)
    d.city("盤整；[[台中市]]第3季")
    d.date("台中市[[第3季]]每坪", "2026-Q3", TC)
    d.metric("每坪[[約38.5萬元]]", "38.5e4", "元", "approx", TC)
    d.city("，[[高雄市]]每坪")
    d.metric("每坪[[約31.4萬元]]", "31.4e4", "元", "approx", KH)
    d.metric("分別為[[3.2%]]與", "3.2", "%", "exact", KH)
    d.metric("3.2%與[[2.7%]]", "2.7", "%", "exact", KH)
    d.date("均較[[上季]]收斂", "2026-Q2", KH)
    d.org("受[[台積電]]高雄廠")
    d.city("台積電[[高雄]]廠")
    d.city("，[[台南市]]善化區")
    d.city("、[[高雄市]]楠梓區")
    d.metric("普遍在[[45萬元以上]]", "45e4", "元", "over", KH)
    # 仲介 (a heading with no city)
    d.date("觀察，[[國慶]]連假", "2026-10-10", "")
    d.org("回流。[[永慶房屋]]統計")
    d.date("統計，[[10月]]全台門市", "2026-10", "")
    d.metric("來客數月增[[約15%]]", 15, "%", "approx", "")
    d.metric("僅月增[[4%]]；", 4, "%", "exact", "")
    d.org("；[[信義房屋]]上週")
    d.date("信義房屋[[上週]]公布", "2026-W46", "")
    d.date("公布，[[10月]]全台成交", "2026-10", "")
    d.metric("成交組數年減[[約2成]]", 20, "%", "approx", "")
    d.metric("雙北年減[[18.6%]]", "18.6", "%", "exact", "")
    d.org("；[[住商不動產]]指出")
    d.date("指出，[[10月]]平均議價率", "2026-10", "")
    d.metric("議價率為[[11.8%]]", "11.8", "%", "exact", "")
    d.date("11.8%，較[[上月]]擴大", "2026-09", "")
    d.metric("擴大[[0.6個百分點]]", "0.6", "百分点", "exact", "")
    d.org("。[[台灣房屋集團趨勢中心]]表示")
    d.city("表示，[[台中]]、台南")
    d.city("台中、[[台南]]自住")
    d.org("，[[中信房屋]]、")
    d.org("、[[有巢氏房屋]]等業者")
    d.date("預估，[[第4季]]交易量", "2026-Q4", TN)
    d.date("將與[[第3季]]大致", "2026-Q3", TN)
    # 央行 (a heading with no city; the heading names the bank)
    d.org("\n[[央行]]：信用管制")
    d.org("\n[[中央銀行]]9月17日")
    d.date("中央銀行[[9月17日]]第3季", "2026-09-17", "")
    d.date("9月17日[[第3季]]理監事會", "2026-Q3", "")
    d.metric("重貼現率維持在[[2%]]", 2, "%", "exact", "")
    d.date("延續[[民國113年9月]]起", "2024-09", "")
    d.metric("成數上限維持[[4成]]", 40, "%", "exact", "")
    d.org("。[[央行]]今（20）日")
    d.date("央行[[今（20）日]]公布", "2026-11-20", "")
    d.date("公布，[[10月]]五大銀行", "2026-10", "")
    d.metric("10月[[五]]大銀行", 5, "", "exact", "")
    d.metric("新台幣[[612.4億元]]", "612.4e8", "元", "exact", "",
             outer="新台幣")
    d.metric("月增[[4.1%]]，年減", "4.1", "%", "exact", "")
    d.metric("年減[[約3成]]", 30, "%", "approx", "")
    d.metric("升至[[2.286%]]，", "2.286", "%", "exact", "")
    d.date("2.286%，較[[上月]]上升", "2026-09", "")
    d.metric("上升[[0.012個百分點]]", "0.012", "百分点", "exact", "")
    d.metric("貸款餘額達[[11兆5,320億元]]", "11532e9", "元", "exact", "")
    d.metric("年增[[4.6%]]，增幅", "4.6", "%", "exact", "")
    d.date("增幅創[[民國110年]]以來", "2021", "")
    d.org("預期，[[央行]]12月17日")
    d.date("央行[[12月17日]]第4季", "2026-12-17", "")
    d.date("12月17日[[第4季]]理監事會", "2026-Q4", "")
    # 銀行 (a heading with no city)
    d.org("，[[臺灣銀行]]（臺銀）")
    d.org("臺灣銀行（[[臺銀]]）")
    d.org("、[[土地銀行]]（土銀）")
    d.org("土地銀行（[[土銀]]）")
    d.org("、[[第一銀行]]（一銀）")
    d.org("第一銀行（[[一銀]]）")
    d.org("與[[兆豐銀行]]目前")
    d.metric("落在[[2.2%]]至2.6%", "2.2", "%", "exact", "")
    d.metric("2.2%至[[2.6%]]之間", "2.6", "%", "exact", "")
    d.metric("優惠利率則為[[1.775%]]", "1.775", "%", "exact", "")
    d.org("。[[合作金庫銀行]]表示")
    d.date("表示，[[10月]]新承做房貸", "2026-10", "")
    d.metric("新承做房貸[[約2,300件]]", 2300, "件", "approx", "")
    d.metric("月增[[約1成]]；", 10, "%", "approx", "")
    d.org("；[[國泰世華銀行]]、")
    d.org("、[[中國信託商業銀行]]與")
    d.org("與[[玉山銀行]]等")
    d.org("額度。[[財政部]]統計，新青安")
    d.date("新青安貸款自[[112年8月]]開辦", "2023-08", "")
    d.date("以來，截至[[10月底]]累計", "2026-10", "")
    d.metric("累計撥貸[[約17.8萬戶]]", "17.8e4", "户", "approx", "")
    d.metric("金額逾新台幣[[1兆3,200億元]]", "1.32e12", "元", "over", "",
             outer="逾新台幣")
    d.org("。[[金管會銀行局]]統計")
    d.date("統計，截至[[10月底]]，本國", "2026-10", "")
    d.metric("集中度為[[36.8%]]", "36.8", "%", "exact", "")
    d.date("36.8%，較[[9月底]]下降", "2026-09", "")
    d.metric("下降[[0.2個百分點]]", "0.2", "百分点", "exact", "")
    # 建商 (a heading with no city)
    d.date("上市櫃建商[[10月]]營收陸續", "2026-10", "")
    d.org("出爐。[[興富發]]（2542）")
    d.date("（2542）[[10月]]合併營收", "2026-10", TC)
    d.metric("合併營收為新台幣[[41.2億元]]", "41.2e8", "元", "exact", TC,
             outer="新台幣")
    d.metric("月增[[186%]]、", 186, "%", "exact", TC)
    d.metric("年增[[35.4%]]，", "35.4", "%", "exact", TC)
    d.city("來自[[台中市]]、高雄市")
    d.city("台中市、[[高雄市]]完工")
    d.org("；[[華固]]（2548）")
    d.date("（2548）[[10月]]營收", "2026-10", "")
    d.metric("營收[[8.6億元]]，", "8.6e8", "元", "exact", "")
    d.date("8.6億元，[[今年前10月]]累計", "2026", "")
    d.metric("累計營收[[126.4億元]]", "126.4e8", "元", "exact", "")
    d.metric("年減[[18.3%]]；", "18.3", "%", "exact", "")
    d.org("；[[長虹]]（5534）")
    d.org("、[[遠雄]]（5522）")
    d.org("與[[國建]]（2501）")
    d.date("（2501）[[10月]]營收", "2026-10", "")
    d.metric("分別為[[5.2億元]]、", "5.2e8", "元", "exact", "")
    d.metric("、[[12.7億元]]及", "12.7e8", "元", "exact", "")
    d.metric("及[[3.9億元]]。", "3.9e8", "元", "exact", "")
    d.org("。[[潤泰新]]、冠德")
    d.org("潤泰新、[[冠德]]等建商")
    d.date("原訂[[第4季]]推出", "2026-Q4", "")
    d.date("延至[[116年第1季]]。", "2027-Q1", "")
    # 預售 (no heading)
    d.org("冷清。[[住展雜誌]]統計")
    d.date("統計，[[10月]]北台灣", "2026-10", "")
    d.metric("新推案量[[約1,168億元]]", "1168e8", "元", "approx", "")
    d.metric("來人組數年減[[約4成]]", 40, "%", "approx", "")
    d.org("；[[內政部]]統計，10月預售屋")
    d.date("統計，[[10月]]預售屋", "2026-10", TY)
    d.metric("申報[[約2,140件]]", 2140, "件", "approx", TY)
    d.metric("年減[[31.6%]]，其中", "31.6", "%", "exact", TY)
    d.city("其中[[桃園市]]、新竹市")
    d.city("桃園市、[[新竹市]]合計")
    d.metric("合計占[[近3成]]", 30, "%", "approx", HC)
    d.metric("面積[[約32.5坪]]", "32.5", "坪", "approx", HC)
    d.org("查核，[[臺中市政府地政局]]表示")
    d.date("表示，[[10月]]受理", "2026-10", "")
    d.metric("轉售檢舉[[17件]]", 17, "件", "exact", "")
    d.metric("已對[[3家]]建商", 3, "家", "exact", "")
    d.metric("合計新台幣[[540萬元]]", "540e4", "元", "exact", "",
             outer="新台幣")
    d.org("；[[高雄市政府地政局]]指出")
    d.date("指出，[[今年1]]至10月", "2026-01", "")
    d.date("今年1至[[10月]]共查獲", "2026-10", "")
    d.metric("違規案件[[42件]]", 42, "件", "exact", "")
    # 展望 (a heading with no city)
    d.org("\n[[財政部]]統計，今年")
    d.date("統計，[[今年前10月]]房地合一稅", "2026", "")
    d.metric("稅收[[約386億元]]", "386e8", "元", "approx", "")
    d.metric("年減[[22.7%]]。", "22.7", "%", "exact", "")
    d.org("。[[國立政治大學台灣房地產研究中心]]預估")
    d.date("鬆綁下，[[今年]]全台", "2026", "")
    d.metric("恐降至[[25萬棟以下]]", "25e4", "栋", "under", "")
    d.date("以下，[[明年上半年]]房價", "2027", "")
    d.metric("修正[[3%以內]]", 3, "%", "under", "")
    d.org("；[[永慶房產集團]]則認為")
    d.org("若[[央行]]明年")
    d.date("央行[[明年第2季]]起", "2027-Q2", "")
    d.date("限貸，[[116年下半年]]交易量", "2027", "")
    d.metric("回升[[1成以上]]", 10, "%", "over", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "雙北", "北台灣",
                   "全台", "南部", "南科", "善化", "楠梓", "台灣", "臺灣",
                   "六都", "各都"],
        "excluded": [
            # districts (善化 of 台南, 楠梓 of 高雄), a science park, the
            # collective labels 雙北 (台北 + 新北) and 六都, regions
            "台南市[[善化區]]", "高雄市[[楠梓區]]", "與[[南科]]擴廠",
            "其中[[雙北]]年減", "，[[雙北]]房價", "[[北台灣]]新推案",
            "[[南部]]漲幅",
            "[[各都]]表現", "[[雙北]]高檔盤整",
        ],
        # stock codes (SPEC: codes are no METRIC), an ordinal (第2戶), a
        # duration (連續6個月)
        "numbers_excluded": ["興富發（[[2542]]）", "華固（[[2548]]）",
                             "長虹（[[5534]]）", "遠雄（[[5522]]）",
                             "國建（[[2501]]）", "第[[2]]戶",
                             "連續[[6]]個月"],
        # 六都 (x4) a collective label; 第七波 an ordinal; 房地合一稅 a tax
        "cn_excluded": ["[[六]]都買賣", "[[六]]都地政機關",
                        "10月[[六]]都建物", "居[[六]]都之首", "第[[七]]波",
                        "房地合[[一]]稅"],
        "latin_excluded": [],
        "words_excluded": {"年減": 16, "年增": 5, "月增": 8,
                           "連假": 1, "明顯": 1, "全台": 4, "六都": 4,
                           "新台幣": 4, "連續": 1, "個月": 1, "同月": 1},
        # generic bodies and back-references: 六都地政機關, 業者, 建商,
        # 公股行庫, 民營銀行, 本國銀行, 全體銀行, 地方政府
        "orgwords_excluded": {"地政機關": 1, "業者": 2, "建商": 4,
                              "公股行庫": 1, "民營銀行": 1, "本國銀行": 1,
                              "全體銀行": 1, "地方政府": 1, "銀行": 5},
    }
    return d, audit


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
