#!/usr/bin/env python3
"""Gold annotation for the held-out articles g37_city_tourism_festival
(simplified, mainland city daily 哈尔滨日报, GBK without BOM) and
g38_hk_banking_fintech (traditional, Hong Kong financial daily 信報, UTF-8
without BOM).  Annotator S.

Adapted from heldout/tools/annotate_p.py (now dev/tools/annotate_g31_g32.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Each article is read as bytes and decoded strictly with its own
codec (SPEC 1-2); offsets are Python str indices into the decoded text.  g38
offsets and `text` point into the traditional original, while `normalized`
(ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g37_g38.md.  Reference dates: corpus/manifest.csv
(g37 2025-02-06, g38 2025-10-29).

Checks: strict decoding and byte round trip (no BOM; g37 must not decode as
UTF-8 and must decode identically as GB18030); text == original[start:end];
rows sorted and not overlapping; no span starts or ends with white space or
punctuation; field formats per type; DATE normalizations are real calendar
values; METRIC value, qualifier and unit re-derived from the span text (a
marker outside the span must be declared and stand right before it; a unit
shared with a later figure must be declared); ORG normalization == OpenCC
t2s(text) and CITY normalization == t2s(text) with 市 added (foreign cities
and Hong Kong / Macao by their common name); units against t2s; the `city`
column of every DATE/METRIC row recomputed with this script's own
implementation of the GUIDELINES rule and compared with the hand value of
every row.  Audits: every occurrence of a listed city/place string, every
ASCII digit run, every Latin word, every Chinese numeral character, every
Chinese figure word (成, 倍, 分之), every % sign, every time character and
every organization-like word lies inside a row or is excluded here on purpose,
and every occurrence of an annotated ORG string is inside an ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's two rows are checked.  Re-run:

    python3 dev/tools/annotate_g37_g38.py
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
ENCODINGS = {"g37_city_tourism_festival": "gbk",
             "g38_hk_banking_fintech": "utf-8"}
PUBLISHED = {"g37_city_tourism_festival": "2025-02-06",
             "g38_hk_banking_fintech": "2025-10-29"}
SOURCES = {"g37_city_tourism_festival": "哈尔滨日报",
           "g38_hk_banking_fintech": "信報"}

# CITY span -> official full name (simplified; foreign cities, Hong Kong and
# Macao by their common Chinese name).
CITY_NORM = {
    # g37 (simplified)
    "哈尔滨": "哈尔滨市", "哈尔滨市": "哈尔滨市", "莫斯科": "莫斯科",
    "首尔": "首尔", "吉隆坡": "吉隆坡", "广州": "广州市", "深圳": "深圳市",
    "杭州": "杭州市", "长沙": "长沙市", "三亚": "三亚市", "海口": "海口市",
    "北京": "北京市", "沈阳": "沈阳市", "大连": "大连市", "尚志市": "尚志市",
    "漠河": "漠河市", "牡丹江市": "牡丹江市", "齐齐哈尔": "齐齐哈尔市",
    "伊春": "伊春市", "长春": "长春市", "吉林市": "吉林市",
    # g38 (traditional)
    "廣州": "广州市", "佛山": "佛山市", "東莞": "东莞市", "珠海": "珠海市",
    "中山": "中山市", "江門": "江门市", "惠州": "惠州市", "肇慶": "肇庆市",
    "香港": "香港", "澳門": "澳门",
}
FOREIGN_OR_SAR = {"香港", "澳门", "莫斯科", "首尔", "吉隆坡"}
SPELLING = {}

ORG_NORM = {  # g38 traditional span -> OpenCC t2s form
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "眾安銀行": "众安银行", "ZA Bank": "ZA Bank", "眾安在線": "众安在线",
    "小米集團": "小米集团", "天星銀行": "天星银行",
    "Airstar Bank": "Airstar Bank", "螞蟻集團": "蚂蚁集团",
    "螞蟻銀行（香港）有限公司": "蚂蚁银行（香港）有限公司",
    "螞蟻銀行": "蚂蚁银行", "騰訊": "腾讯", "工銀亞洲": "工银亚洲",
    "香港交易所": "香港交易所", "富融銀行": "富融银行",
    "Fusion Bank": "Fusion Bank", "匯立銀行": "汇立银行",
    "WeLab Bank": "WeLab Bank", "理慧銀行": "理慧银行",
    "livi bank": "livi bank", "渣打": "渣打", "電訊盈科": "电讯盈科",
    "香港電訊": "香港电讯", "攜程": "携程", "Mox Bank": "Mox Bank",
    "平安壹賬通銀行": "平安壹账通银行",
    "中國人民銀行廣東省分行": "中国人民银行广东省分行",
    "澳門金融管理局": "澳门金融管理局", "中國銀行澳門分行": "中国银行澳门分行",
    "深圳市地方金融管理局": "深圳市地方金融管理局",
    "香港上海滙豐銀行有限公司": "香港上海汇丰银行有限公司", "滙豐": "汇丰",
    "中銀香港": "中银香港", "美國聯儲局": "美国联储局", "聯儲局": "联储局",
    "恒生銀行": "恒生银行", "東亞銀行": "东亚银行",
}
TRADITIONAL = {"g38_hk_banking_fintech"}
# markers outside the span (separated from the number by a verb or 为/為)
OUTSIDE_MARKERS = {"约": "approx", "約": "approx"}


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
        self.text = raw.decode(enc)           # strict: every byte must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                    # a real legacy codec
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                sys.exit(f"{doc_id}: file also decodes as UTF-8")
            assert raw.decode("gb18030") == self.text, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text, doc_id
        assert "\x00" not in self.text, doc_id
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
# g37 Harbin ice-and-snow season: simplified, GBK (no BOM), published
# 2025-02-06 (Thursday, ISO week 2025-W06), city daily 哈尔滨日报.
# 春节 2025 = 01-29 (holiday 01-28 to 02-04); 春节 2024 = 02-10.
# ===========================================================================
@doc
def g37():
    d = Doc("g37_city_tourism_festival")
    HRB, CS, HK_, DL, SZ_, MH, MDJ, SY = (
        "哈尔滨市", "长沙市", "海口市", "大连市", "尚志市", "漠河市",
        "牡丹江市", "沈阳市")
    # --- title (a heading that opens with 春节: no section; sentence rule)
    d.date("[[春节]]假期哈尔滨接待", "2025-01-29", HRB)
    d.city("春节假期[[哈尔滨]]接待游客1368.7")
    d.metric("接待游客[[1368.7万人次]] 冰雪季", "1368.7e4", "人次", "exact", HRB)
    d.metric("同比增长[[超三成]]\n", 30, "%", "over", HRB)
    # --- lead (哈尔滨 only inside the ORG: empty)
    d.date("记者[[昨天]]（2月5日）", "2025-02-05")
    d.date("昨天（[[2月5日]]）从", "2025-02-05")
    d.org("从[[哈尔滨市文化广电和旅游局]]（以下")
    d.org("以下简称“[[市文旅局]]”）获悉")
    d.date("获悉，[[春节]]假期（1月28日", "2025-01-29")
    d.date("假期（[[1月28日]]至2月4日）", "2025-01-28")
    d.date("1月28日至[[2月4日]]）全市", "2025-02-04")
    d.metric("全市累计接待游客[[1368.7万人次]]，", "1368.7e4", "人次")
    d.metric("同比增长[[28.5%]]", "28.5", "%")
    d.metric("旅游总收入[[186.2亿元]]", "186.2e8", "元")
    d.metric("同比增长[[35.1%]]", "35.1", "%")
    d.metric("占比达到[[47%]]", 47, "%")
    d.date("较[[去年春节]]提高", "2024-02-10")
    d.metric("提高[[6.2个百分点]]", "6.2", "百分点")
    d.metric("平均停留[[2.6天]]", "2.6", "天")
    d.metric("人均花费[[1360元左右]]", 1360, "元", "approx")
    # --- P2
    d.org("\n[[市文旅局]]有关负责人")
    d.date("本冰雪季自[[2024年11月下旬]]启动", "2024-11", HRB)
    d.date("截至[[2月4日]]，哈尔滨累计", "2025-02-04", HRB)
    d.city("截至2月4日，[[哈尔滨]]累计")
    d.metric("累计接待游客[[9235.6万人次]]", "9235.6e4", "人次", "exact", HRB)
    d.metric("实现旅游收入[[1287.4亿元]]", "1287.4e8", "元", "exact", HRB)
    d.metric("增长[[21.6%]]和29.3%", "21.6", "%", "exact", HRB)
    d.metric("21.6%和[[29.3%]]", "29.3", "%", "exact", HRB)
    d.org("据[[文化和旅游部]]测算")
    d.date("测算，[[今年春节]]假期全国", "2025-01-29", HRB)
    d.metric("国内出游[[5.01亿人次]]", "5.01e8", "人次", "exact", HRB)
    d.city("人次，[[哈尔滨]]接待量")
    d.metric("约占全国的[[2.7%]]", "2.7", "%", "approx", HRB, om="约占全国的")
    d.date("[[今年元旦]]假期，全市", "2025-01-01")
    d.metric("全市接待游客[[312.6万人次]]", "312.6e4", "人次")
    d.metric("同比增长[[15.2%]]", "15.2", "%")
    d.date("；[[1月份]]全市旅游", "2025-01")
    d.date("订单量是[[去年同期]]的1.8倍", "2024-01")
    d.metric("去年同期的[[1.8倍]]", "1.8", "倍")
    d.metric("占比[[超过六成]]", 60, "%", "over")
    d.date("将于[[本月7日]]至14日", "2025-02-07", HRB)
    d.date("本月7日至[[14日]]在", "2025-02-14", HRB)
    d.city("14日在[[哈尔滨]]举行")
    d.date("持续到[[3月中旬]]", "2025-03", HRB)
    # --- heading 平台数据 (no section)
    d.city("平台数据：[[哈尔滨]]酒店预订量")
    d.metric("同比增长[[超七成]]\n", 70, "%", "over", HRB)
    # --- P3
    d.org("\n[[携程]]数据显示")
    d.date("数据显示，[[春节]]假期哈尔滨酒店", "2025-01-29", HRB)
    d.city("春节假期[[哈尔滨]]酒店预订量同比增长72%")
    d.metric("同比增长[[72%]]", 72, "%", "exact", HRB)
    d.metric("订单量增长[[超过1.5倍]]", "1.5", "倍", "over", HRB)
    d.city("1.5倍，[[哈尔滨]]位列")
    d.org("。[[携程]]旗下国际平台")
    d.org("国际平台[[Trip.com]]上")
    d.city("Trip.com上，[[哈尔滨]]入境游")
    d.metric("同比增长[[2.3倍]]", "2.3", "倍", "exact", HRB)
    d.city("主要来自[[莫斯科]]、首尔")
    d.city("莫斯科、[[首尔]]和吉隆坡")
    d.city("首尔和[[吉隆坡]]。")
    d.org("。[[去哪儿]]数据显示")
    d.city("飞往[[哈尔滨]]的机票")
    d.metric("同比增长[[约46%]]", 46, "%", "approx", HRB)
    d.city("来自[[广州]]、深圳、杭州")
    d.city("广州、[[深圳]]、杭州和长沙")
    d.city("深圳、[[杭州]]和长沙")
    d.city("杭州和[[长沙]]的旅客")
    d.metric("分别增长[[58%]]、", 58, "%", "exact", CS)
    d.metric("58%、[[61%]]、", 61, "%", "exact", CS)
    d.metric("61%、[[49%]]和", 49, "%", "exact", CS)
    d.metric("49%和[[53%]]，", 53, "%", "exact", CS)
    d.org("。[[飞猪]]发布的报告")
    d.metric("显示，[[25岁]]至35岁", 25, "岁")
    d.metric("25岁至[[35岁]]游客", 35, "岁")
    d.metric("占比达到[[58.6%]]", "58.6", "%")
    d.metric("占比[[近三成]]", 30, "%", "approx")
    d.org("。[[同程旅行]]数据则显示")
    d.date("显示，[[大年初二]]至初五", "2025-01-30", HRB)
    d.date("大年初二至[[初五]]，", "2025-02-02", HRB)
    d.city("初五，[[哈尔滨]]机票均价")
    d.metric("均价为[[1280元]]", 1280, "元", "exact", HRB)
    d.date("较[[去年同期]]上涨约8%", "2024", HRB)
    d.metric("上涨[[约8%]]", 8, "%", "approx", HRB)
    # --- heading 住宿 (no city)
    d.metric("平均入住率达[[91.3%]]\n", "91.3", "%")
    d.org("\n[[市文旅局]]监测数据")
    d.date("数据显示，[[春节]]假期全市星级", "2025-01-29")
    d.metric("平均入住率达到[[91.3%]]", "91.3", "%")
    d.date("较[[去年同期]]提高4.8", "2024")
    d.metric("提高[[4.8个百分点]]", "4.8", "百分点")
    d.metric("上涨[[2]]至3倍", 2, "倍", shared=True)
    d.metric("上涨2至[[3倍]]", 3, "倍")
    d.org("。[[美团]]数据显示")
    d.city("假期期间[[哈尔滨]]“住宿")
    d.metric("同比增长[[124%]]", 124, "%", "exact", HRB)
    d.org("。[[华住集团]]旗下")
    d.city("旗下在[[哈尔滨]]的86家")
    d.metric("的[[86家]]门店", 86, "家", "exact", HRB)
    d.metric("出租率[[超过95%]]", 95, "%", "over", HRB)
    d.org("，[[亚朵]]等品牌酒店")
    d.metric("每晚[[2000元以上]]", 2000, "元", "over", HRB)
    # --- heading 交通 (no city; 哈尔滨机场 is a transit ORG)
    d.org("交通：[[哈尔滨机场]]单日")
    d.org("\n[[哈尔滨太平国际机场]]统计显示")
    d.date("统计显示，[[春节]]假期共保障", "2025-01-29")
    d.metric("航班起降[[5836架次]]", 5836, "架次")
    d.metric("运送旅客[[87.4万人次]]", "87.4e4", "人次")
    d.metric("分别增长[[12.6%]]和18.9%", "12.6", "%")
    d.metric("12.6%和[[18.9%]]", "18.9", "%")
    d.date("；[[2月2日]]单日", "2025-02-02")
    d.metric("吞吐量达[[11.9万人次]]", "11.9e4", "人次")
    d.org("。[[中国南方航空]]、海南航空")
    d.org("、[[海南航空]]等航空公司")
    d.city("加密[[哈尔滨]]至广州")
    d.city("哈尔滨至[[广州]]、深圳、三亚")
    d.city("至广州、[[深圳]]、三亚")
    d.city("深圳、[[三亚]]、海口")
    d.city("三亚、[[海口]]等航线")
    d.metric("新增航班[[约320班]]", 320, "班", "approx", HK_)
    d.org("。[[中国铁路哈尔滨局集团有限公司]]（")
    d.org("以下简称“[[哈尔滨局]]”）介绍")
    d.date("春运以来（[[1月14日]]起）", "2025-01-14")
    d.org("起），[[哈尔滨局]]累计发送")
    d.metric("发送旅客[[1326万人次]]", "1326e4", "人次")
    d.metric("日均[[33.2万人次]]", "33.2e4", "人次")
    d.date("；[[春节]]期间加开", "2025-01-29", HRB)
    d.city("加开[[哈尔滨]]至北京")
    d.city("哈尔滨至[[北京]]、沈阳")
    d.city("北京、[[沈阳]]、大连")
    d.city("沈阳、[[大连]]等方向")
    d.metric("旅客列车[[96列]]", 96, "列", "exact", DL)
    d.metric("专列[[12趟]]", 12, "趟", "exact", DL)
    # --- heading 景区 (no section)
    d.city("景区：[[哈尔滨]]冰雪大世界")
    d.metric("接待游客[[突破270万人次]]\n", "270e4", "人次", "over", HRB)
    d.city("第二十六届[[哈尔滨]]冰雪大世界")
    d.date("冰雪大世界于[[2024年12月17日]]开园", "2024-12-17", HRB)
    d.metric("面积达[[100万平方米]]", "100e4", "平方米", "exact", HRB)
    d.metric("用冰用雪量[[约30万立方米]]", "30e4", "立方米", "approx", HRB)
    d.metric("主塔高度[[43米]]", 43, "米", "exact", HRB)
    d.date("截至[[昨天]]，冰雪大世界", "2025-02-05")
    d.metric("累计接待游客[[271.5万人次]]", "271.5e4", "人次")
    d.metric("门票收入[[约6.8亿元]]", "6.8e8", "元", "approx")
    d.date("；[[上周]]单日接待量", "2025-W05")
    d.metric("最高达[[5.1万人次]]", "5.1e4", "人次")
    d.date("，[[春节]]假期日均接待", "2025-01-29")
    d.metric("日均接待[[超过4万人次]]", "4e4", "人次", "over")
    d.metric("同比增长[[两成以上]]", 20, "%", "over")
    d.metric("最高接待游客[[3.2万人次]]", "3.2e4", "人次")
    # --- P7 (全省)
    d.city("。[[尚志市]]亚布力")
    d.date("度假区[[春节]]假期接待滑雪", "2025-01-29", SZ_)
    d.metric("滑雪游客[[12.3万人次]]", "12.3e4", "人次", "exact", SZ_)
    d.metric("同比增长[[33%]]", 33, "%", "exact", SZ_)
    d.city("；[[漠河]]北极村")
    d.date("北极村[[春节]]假期迎来", "2025-01-29", MH)
    d.metric("迎来游客[[约8.6万人次]]", "8.6e4", "人次", "approx", MH)
    d.date("是[[去年同期]]的1.6倍", "2024", MH)
    d.metric("去年同期的[[1.6倍]]", "1.6", "倍", "exact", MH)
    d.city("所在的[[牡丹江市]]接待")
    d.metric("接待游客[[298.4万人次]]", "298.4e4", "人次", "exact", MDJ)
    d.metric("同比增长[[19.7%]]", "19.7", "%", "exact", MDJ)
    d.city("。[[齐齐哈尔]]扎龙")
    d.city("观鹤游、[[伊春]]森林")
    # --- 沈阳 section (heading 沈阳 + space, up to the heading 展望：)
    d.city("\n[[沈阳]] 长春冰雪游")
    d.city("沈阳 [[长春]]冰雪游")
    d.org("。[[沈阳市文化旅游和广播电视局]]数据")
    d.date("数据显示，[[春节]]假期沈阳共", "2025-01-29", SY)
    d.city("春节假期[[沈阳]]共接待")
    d.metric("共接待游客[[1052.3万人次]]", "1052.3e4", "人次", "exact", SY)
    d.metric("同比增长[[17.6%]]", "17.6", "%", "exact", SY)
    d.metric("旅游收入[[96.7亿元]]", "96.7e8", "元", "exact", SY)
    d.city("；[[长春]]冰雪新天地")
    d.metric("入园游客[[43.5万人次]]", "43.5e4", "人次", "exact", SY)
    d.city("，[[吉林市]]雾凇岛")
    d.metric("同比增长[[约25%]]", 25, "%", "approx", SY)
    d.city("已从[[哈尔滨]]“一城独热”")
    d.metric("提升至[[14%]]", 14, "%", "exact", SY)
    # --- heading 展望 (ends the 沈阳 section)
    d.org("\n[[市文旅局]]预计")
    d.date("亚冬会[[明天]]（7日）", "2025-02-07", HRB)
    d.date("明天（[[7日]]）开幕", "2025-02-07", HRB)
    d.date("开幕、[[下周五]]（14日）", "2025-02-14", HRB)
    d.date("下周五（[[14日]]）闭幕", "2025-02-14", HRB)
    d.city("赛事期间[[哈尔滨]]将迎来")
    d.metric("有望[[超过500万人次]]", "500e4", "人次", "over", HRB)
    d.metric("旅游线路[[38条]]", 38, "条")
    d.metric("主题活动[[206项]]", 206, "项")
    d.org("联合[[携程]]、飞猪")
    d.org("携程、[[飞猪]]、美团")
    d.org("飞猪、[[美团]]等平台")
    d.date("平台于[[本周末]]发放", "2025-W06")
    d.metric("总额[[2000万元]]", "2000e4", "元")
    d.city("《[[哈尔滨市]]冰雪经济")
    d.date("行动方案（[[2024年]]—2026年）", "2024", HRB)
    d.date("（2024年—[[2026年]]）》", "2026", HRB)
    d.date("到[[2026年底]]，全市", "2026", HRB)
    d.metric("力争[[突破2000亿元]]", "2000e8", "元", "over", HRB)
    d.metric("达到[[3000亿元左右]]", "3000e8", "元", "approx", HRB)
    audit = {
        "cities": ["哈尔滨", "莫斯科", "首尔", "吉隆坡", "广州", "深圳", "杭州",
                   "长沙", "三亚", "海口", "北京", "沈阳", "大连", "尚志",
                   "漠河", "牡丹江", "齐齐哈尔", "伊春", "长春", "吉林",
                   "道里", "南岗", "松北", "亚布力", "北极村", "雪乡",
                   "太阳岛", "中央大街", "松花江", "扎龙", "雾凇岛", "东北",
                   "南方", "北方", "全省", "外省", "全市", "全国", "海南",
                   "中国", "伏尔加"],
        "excluded": ["，[[道里]]区", "、[[南岗]]区", "、[[松北]]区",
                     "尚志市[[亚布力]]", "漠河[[北极村]]", "中国[[雪乡]]",
                     "。[[太阳岛]]雪博会", "；[[中央大街]]、",
                     "，[[松花江]]冰面", "齐齐哈尔[[扎龙]]", "吉林市[[雾凇岛]]",
                     "\n[[东北]]其他", "业内人士分析，[[东北]]地区",
                     "“[[南方]]小土豆", "颇受[[南方]]游客", "、[[北方]]城市",
                     "[[全省]]冰雪游", "来自[[外省]]", "、[[伏尔加]]庄园",
                     "；[[中国]]雪乡"],
        "excluded_patterns": [r"全市", r"全国"],
        # “00后” (a generation label)
        "numbers_excluded": ["“[[00]]后”"],
        "latin_ok": [],
        # ordinals, ranks, idioms, the plan's length, indefinite 一
        "cn_ok": [r"第九届", r"第四位", r"第一位", r"第二十六届", r"上一冰雪季",
                  r"一票难求", r"一房难求", r"前三", r"新一轮", r"一城独热",
                  r"三年行动方案", r"一度"],
        "org_hints": ["局", "部", "集团", "公司", "航空", "机场", "旅行",
                      "携程", "美团", "飞猪", "酒店"],
        "org_excluded": [r"航空公司", r"星级酒店", r"品牌酒店", r"哈尔滨酒店",
                         r"部分"],
        # time characters that are no DATE
        "date_hints_ok": [r"冰雪季", r"日均", r"单日", r"平日", r"周边",
                          r"每晚", r"同日", r"期间", r"三年行动", r"历史",
                          r"目前", r"冬季运动会", r"嘉年华", r"新天地"],
    }
    return d, audit


# ===========================================================================
# g38 Hong Kong virtual banks and cross-border wealth connect: traditional,
# UTF-8 (no BOM), published 2025-10-29 (Wednesday, ISO week 2025-W44),
# Hong Kong financial daily 信報; opening 【本報訊】.
# ===========================================================================
@doc
def g38():
    d = Doc("g38_hk_banking_fintech")
    SZ, DG, MO, HK = "深圳市", "东莞市", "澳门", "香港"
    # --- title (a heading without a city)
    d.date("虛銀[[上半年]]虧損", "2025")
    d.metric("虧損收窄[[逾四成]] ", 40, "%", "over")
    d.org("逾四成 [[眾安銀行]]首錄盈利")
    d.date("理財通[[首三季]]匯劃增1.3倍\n", "2025")
    d.metric("匯劃增[[1.3倍]]\n\n【", "1.3", "倍")
    # --- lead (香港 only inside the ORG; 本港 is deictic): empty
    d.org("【本報訊】[[香港金融管理局]]（金管局）")
    d.org("管理局（[[金管局]]）昨日")
    d.date("（金管局）[[昨日]]（28日）", "2025-10-28")
    d.date("昨日（[[28日]]）公布", "2025-10-28")
    d.date("截至[[今年6月底]]，本港", "2025-06")
    d.metric("本港[[8家]]虛擬銀行的存款", 8, "家")
    d.metric("存款總額約為[[1,126億港元]]", "1126e8", "港元", "approx",
             om="約為")
    d.date("較[[去年底]]增長18.6%", "2024")
    d.metric("增長[[18.6%]]", "18.6", "%")
    d.metric("貸款總額[[約482億港元]]", "482e8", "港元", "approx")
    d.metric("增長[[22%]]", 22, "%")
    d.metric("客戶總數[[逾270萬名]]", "270e4", "名", "over")
    d.metric("。[[8家]]虛擬銀行上半年", 8, "家")
    d.date("8家虛擬銀行[[上半年]]合計", "2025")
    d.metric("淨虧損[[約9.6億港元]]", "9.6e8", "港元", "approx")
    d.date("較[[去年同期]]的16.9億", "2024")
    d.metric("去年同期的[[16.9億港元]]", "16.9e8", "港元")
    d.metric("收窄[[43%]]", 43, "%")
    # --- P2 (no CITY)
    d.org("\n[[金管局]]於2019年")
    d.date("金管局於[[2019年3月]]至5月", "2019-03")
    d.date("2019年3月至[[5月]]先後", "2019-05")
    d.metric("先後向[[8家]]機構", 8, "家")
    d.date("虛擬銀行於[[2020年3月]]開業", "2020-03")
    d.org("。[[金管局]]副總裁")
    d.org("；[[金管局]]目前")
    # --- heading 眾安銀行 (an ORG, no section)
    d.org("\n[[眾安銀行]]：首錄")
    d.org("\n[[眾安銀行]]（ZA Bank）")
    d.org("眾安銀行（[[ZA Bank]]）")
    d.date("（ZA Bank）[[上周五]]（24日）", "2025-10-24")
    d.date("上周五（[[24日]]）公布", "2025-10-24")
    d.date("公布，[[上半年]]錄得淨利潤", "2025")
    d.metric("淨利潤[[約2,380萬港元]]", "2380e4", "港元", "approx")
    d.date("，[[去年同期]]則錄得", "2024")
    d.metric("淨虧損[[1.85億港元]]", "1.85e8", "港元")
    d.metric("客戶人數[[突破100萬名]]", "100e4", "名", "over")
    d.metric("按年增長[[24%]]", 24, "%")
    d.metric("存款餘額[[231億港元]]", "231e8", "港元")
    d.metric("擴闊[[0.38個百分點]]", "0.38", "百分点")
    d.metric("百分點至[[2.15%]]", "2.15", "%")
    d.org("母公司[[眾安在線]]（6060）")
    d.org("表示，[[眾安銀行]]今年首三季")
    d.date("眾安銀行[[今年首三季]]的數字", "2025")
    d.metric("存款增長[[約3.5倍]]", "3.5", "倍", "approx")
    # --- P4 (香港 only inside ORGs)
    d.org("由[[小米集團]]持股")
    d.metric("持股[[約90%]]", 90, "%", "approx")
    d.org("的[[天星銀行]]（Airstar Bank）")
    d.org("天星銀行（[[Airstar Bank]]）")
    d.date("（Airstar Bank）[[上半年]]淨虧損", "2025")
    d.metric("收窄至[[8,760萬港元]]", "8760e4", "港元")
    d.org("；[[螞蟻集團]]旗下")
    d.org("旗下的[[螞蟻銀行（香港）有限公司]]虧損")
    d.metric("有限公司虧損[[約1.02億港元]]", "1.02e8", "港元", "approx")
    d.metric("按年收窄[[36%]]", 36, "%")
    d.date("該行[[今年首三季]]累計", "2025")
    d.metric("批出貸款[[逾120億港元]]", "120e8", "港元", "over")
    d.org("由[[騰訊]]、工銀亞洲")
    d.org("騰訊、[[工銀亞洲]]及香港交易所")
    d.org("工銀亞洲及[[香港交易所]]等持股")
    d.org("持股的[[富融銀行]]（Fusion Bank）")
    d.org("富融銀行（[[Fusion Bank]]）")
    d.metric("虧損擴大至[[2.3億港元]]", "2.3e8", "港元")
    d.org("，[[匯立銀行]]（WeLab Bank）")
    d.org("匯立銀行（[[WeLab Bank]]）")
    d.org("及[[理慧銀行]]（livi bank）")
    d.org("理慧銀行（[[livi bank]]）")
    d.metric("分別虧損[[1.4億港元]]", "1.4e8", "港元")
    d.metric("1.4億港元及[[1.66億港元]]", "1.66e8", "港元")
    d.org("。[[渣打]]、電訊盈科")
    d.org("渣打、[[電訊盈科]]、香港電訊")
    d.org("電訊盈科、[[香港電訊]]及攜程")
    d.org("香港電訊及[[攜程]]合資")
    d.org("合資的[[Mox Bank]]上半年")
    d.date("Mox Bank[[上半年]]收入", "2025")
    d.metric("收入按年增長[[31%]]", 31, "%")
    d.metric("客戶數[[超過65萬名]]", "65e4", "名", "over")
    d.org("；[[平安壹賬通銀行]]則表示")
    # --- heading 理財通 (no section)
    d.date("南向匯劃金額[[首三季]]增1.3倍", "2025")
    d.metric("首三季增[[1.3倍]]\n", "1.3", "倍")
    d.org("\n[[中國人民銀行廣東省分行]]、金管局")
    d.org("廣東省分行、[[金管局]]及澳門")
    d.org("金管局及[[澳門金融管理局]]昨日")
    d.date("澳門金融管理局[[昨日]]聯合", "2025-10-28")
    d.date("聯合公布，截至[[9月底]]，粵港澳", "2025-09")
    d.metric("個人投資者[[逾16.8萬人]]", "16.8e4", "人", "over")
    d.metric("港澳投資者[[約2.9萬人]]", "2.9e4", "人", "approx")
    d.metric("內地投資者[[約13.9萬人]]", "13.9e4", "人", "approx")
    d.metric("匯劃金額累計[[1,264.5億元]]", "1264.5e8", "元")
    d.date("人民幣，[[今年首三季]]的匯劃", "2025")
    d.metric("按年增長[[1.3倍]]。", "1.3", "倍")
    d.date("理財通自[[2021年9月]]啟動", "2021-09")
    d.date("啟動，[[2024年2月26日]]起", "2024-02-26")
    d.metric("由[[100萬元]]人民幣", "100e4", "元")
    d.metric("提高至[[300萬元]]人民幣", "300e4", "元")
    d.metric("分別增至[[31家]]及45家", 31, "家")
    d.metric("31家及[[45家]]。", 45, "家")
    # --- P6
    d.city("內地投資者以[[深圳]]、廣州")
    d.city("深圳、[[廣州]]、佛山")
    d.city("廣州、[[佛山]]及東莞")
    d.city("佛山及[[東莞]]居民")
    d.metric("合計佔[[近八成]]", 80, "%", "approx", DG)
    d.city("；[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]、惠州")
    d.city("江門、[[惠州]]及肇慶")
    d.city("惠州及[[肇慶]]的投資者")
    d.city("北向通方面，[[香港]]及澳門")
    d.city("香港及[[澳門]]投資者")
    d.metric("持倉[[約58萬元]]", "58e4", "元", "approx", MO)
    # --- 澳門 paragraph (not a heading)
    d.city("\n[[澳門]]方面")
    d.org("方面，[[澳門金融管理局]]數據")
    d.date("數據顯示，截至[[9月底]]，澳門居民", "2025-09", MO)
    d.city("9月底，[[澳門]]居民")
    d.metric("人數[[約3,200人]]", 3200, "人", "approx", MO)
    d.date("較[[去年底]]增加約一倍", "2024", MO)
    d.metric("增加[[約一倍]]", 1, "倍", "approx", MO)
    d.metric("當中[[逾六成]]", 60, "%", "over", MO)
    d.city("透過[[珠海]]橫琴")
    d.org("。[[中國銀行澳門分行]]指出")
    d.date("指出，[[今年首三季]]經該行", "2025")
    d.metric("按年增長[[約85%]]", 85, "%", "approx")
    # --- 深圳 section (heading 深圳：, up to the heading 利率：)
    d.city("\n[[深圳]]：參與人數")
    d.metric("大灣區內地[[近四成]]\n", 40, "%", "approx", SZ)
    d.org("\n[[深圳市地方金融管理局]]數據")
    d.date("數據顯示，[[今年首三季]]深圳", "2025", SZ)
    d.city("今年首三季[[深圳]]新增")
    d.metric("個人投資者[[約2.1萬人]]", "2.1e4", "人", "approx", SZ)
    d.metric("累計[[約6.5萬人]]", "6.5e4", "人", "approx", SZ)
    d.metric("投資者的[[近四成]]；", 40, "%", "approx", SZ)
    d.metric("已有[[12家]]銀行", 12, "家", "exact", SZ)
    d.org("。[[香港上海滙豐銀行有限公司]]（")
    d.org("有限公司（[[滙豐]]）表示")
    d.metric("按年增長[[逾五成]]", 50, "%", "over", SZ)
    d.metric("開戶數[[突破10萬個]]", "10e4", "个", "over", SZ)
    d.org("；[[中銀香港]]（2388）")
    d.date("則指，[[首三季]]經理財通", "2025", SZ)
    d.city("購買[[香港]]基金")
    d.metric("按年增加[[約68%]]", 68, "%", "approx", SZ)
    d.metric("基金[[逾300隻]]", 300, "只", "over", SZ)
    # --- heading 利率 (no city: ends the 深圳 section)
    d.metric("回落至[[3厘以下]]\n", 3, "厘", "under")
    d.org("隨着[[美國聯儲局]]9月")
    d.date("美國聯儲局[[9月]]減息", "2025-09")
    d.metric("減息[[25個基點]]", 25, "基点")
    d.org("，[[金管局]]基本利率")
    d.metric("下調至[[4.5%]]", "4.5", "%")
    d.date("由[[年初]]最高", "2025")
    d.metric("最高[[約4厘]]", 4, "厘", "approx")
    d.metric("普遍[[2.6厘]]至2.9厘", "2.6", "厘")
    d.metric("2.6厘至[[2.9厘]]", "2.9", "厘")
    d.org("；[[恒生銀行]]及東亞銀行")
    d.org("及[[東亞銀行]]的同類")
    d.metric("息率約為[[2.3厘]]", "2.3", "厘", "approx", om="約為")
    d.org("，[[聯儲局]]年底前")
    d.date("聯儲局[[年底]]前", "2025", HK)
    d.city("一次，[[香港]]銀行同業拆息")
    # --- heading 展望 (no city)
    d.org("展望：[[金管局]]料")
    d.date("金管局料[[明年]]更多", "2026")
    d.org("\n[[金管局]]表示")
    d.date("將於[[今年第四季]]就", "2025-Q4")
    d.date("計劃在[[明年首季]]公布", "2026-Q1")
    d.metric("，[[8家]]虛擬銀行中", 8, "家")
    d.date("有望在[[2026年]]實現", "2026")
    d.metric("增至[[3家]]至4家", 3, "家")
    d.metric("3家至[[4家]]", 4, "家")
    d.date("可望在[[今年]]全年", "2025")
    d.metric("收窄至[[15億港元以內]]", "15e8", "港元", "under")
    d.org("另外，[[螞蟻銀行]]本月")
    d.date("螞蟻銀行[[本月]]宣布", "2025-10")
    d.metric("額度為[[50億港元]]", "50e8", "港元")
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "佛山", "東莞", "珠海",
                   "中山", "江門", "惠州", "肇慶", "廣東", "美國", "本港",
                   "港澳", "粵港澳", "大灣區", "內地", "前海", "橫琴", "深港",
                   "本地"],
        "excluded": ["珠海[[橫琴]]", "；[[前海]]", "前海[[深港]]"],
        "excluded_patterns": [r"本港", r"港澳", r"粵港澳", r"大灣區", r"內地",
                              r"本地"],
        # stock codes, a deposit term, the licence age
        "numbers_excluded": ["眾安在線（[[6060]]）", "中銀香港（[[2388]]）",
                             "虛擬銀行[[3]]個月港元", "已滿[[5]]年"],
        "latin_ok": ["HIBOR"],
        # ordinals, a vague span of years, the indefinite 一, a label
        "cn_ok": [r"連續第三個", r"一至兩年", r"減息一次", r"四市"],
        "org_hints": ["銀行", "局", "集團", "公司", "交易所", "在線", "盈科",
                      "電訊", "攜程", "騰訊", "亞洲", "分行", "渣打"],
        "org_excluded": [r"虛擬銀行", r"內地銀行", r"港澳銀行", r"本地銀行",
                         r"12家銀行", r"儲備銀行", r"的銀行網點",
                         r"銀行同業拆息", r"母公司"],
        # time characters that are no DATE
        "date_hints_ok": [r"半年度", r"全年", r"按年", r"連續第三個",
                          r"一至兩年", r"已滿5年", r"3個月", r"目前", r"未來",
                          r"定期", r"年利率", r"現水平", r"首錄", r"首家",
                          r"至今", r"明顯"],
    }
    return d, audit


# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾百]+(?:成|倍|折|分之[一二三四五六七八九十]+)"
    r"|\d+(?:成|倍|折)")
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
    if s == "一半":                                  # 近一半: 50 %
        return Decimal(50), q, "%"
    m = re.match(r"([一二两兩三四五六七八九十])(成|倍)$", s)
    if m:
        n = CN_DIGIT[m.group(1)]
        return (Decimal(n * 10), q, "成") if m.group(2) == "成" else (
            Decimal(n), q, "倍")
    m = re.fullmatch(r"([一二两兩三四五六七八九十])分之([一二两兩三四五六七八九])",
                     s)
    if m:                                            # 三分之一: a percentage
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10")), q, "%"
    m = re.match(r"([一二两兩三四五六七八九])([家个個间間张張部隻只名])$", s)
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
    if unit.endswith(("多", "余", "餘")) and len(unit) > 1:   # 2倍多
        unit, q = unit[:-1], "over"
    if unit == "折":
        v = v * 10 if v < 10 else v
    elif unit == "成":
        v = v * 10
    return v, q, unit


def valid_date(norm, published):
    y = int(norm[:4])
    assert abs(y - int(published[:4])) <= 12, norm
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
                c = SPELLING.get(c, c)
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
    excluded += [(m.start(), m.end())
                 for pat in audit.get("excluded_patterns", [])
                 for m in re.finditer(pat, d.text)]
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
    for pat in audit.get("org_excluded", []):   # regex patterns, every hit
        hits = [(m.start(), m.end()) for m in re.finditer(pat, d.text)]
        assert hits, ("org_excluded pattern unused", pat)
        org_ex.extend(hits)
    for hint in audit.get("org_hints", []):
        for m in re.finditer(re.escape(hint), d.text):
            if not inside(m.start(), m.end(), org_spans + org_ex):
                problems.append("ORG-like word %s at %d: %r" % (
                    hint, m.start(), d.text[m.start() - 8:m.end() + 8]))
    ok = [(m.start(), m.end()) for pat in audit.get("date_hints_ok", [])
          for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[年月日季周週旬昨今明天初夕底末晚秋节節]", d.text):
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
        first = Doc(r["doc_id"]).text.split("\n")[0]   # BOM removed
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
