#!/usr/bin/env python3
"""Gold annotation for held-out set h (g15_crossborder_payments, g16_hk_economy).

Adapted from heldout/tools/annotate_e.py (now dev/tools/annotate_g09_g10.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded
(both files UTF-8 without BOM; g16 is traditional and its offsets and `text`
point into the traditional original, while `normalized` and `unit` are
simplified).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g15_g16.md.  Reference dates: corpus/manifest.csv (g15 2025-10-22,
g16 2025-08-16); the script checks that the manifest agrees (own rows only).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type;
DATE normalizations are real calendar dates/months/weeks/quarters; METRIC
value and qualifier re-derived from the span text by a small independent
parser (a qualifier set by a marker outside the span must be declared and
the marker must stand right before the span); the unit must be written at
the end of the span (t2s); ORG/CITY normalizations and units against OpenCC
t2s.  The `city` column of every DATE/METRIC row is computed here by an own
implementation of the GUIDELINES rule (section headings, then the sentence:
nearest CITY before, else first after); a row may declare the city it
expects, which is then asserted against the rule.
Audits: every occurrence of a listed city string, every ASCII digit, every
Latin word and every Chinese fraction/multiple word (成, 倍, 折, 半) is inside
a row or excluded here on purpose; every occurrence of an annotated ORG string
is inside an ORG row; every organization-like word (公司, 银行, 局, 政府 ...)
is inside an ORG row or excluded on purpose; every time character (年 月 日
季 周 旬 昨 今 明 天 初 底 末) is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g15_g16.py
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
PUBLISHED = {"g15_crossborder_payments": "2025-10-22",
             "g16_hk_economy": "2025-08-16"}
TRADITIONAL = {"g16_hk_economy"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g15
    "上海": "上海市", "新加坡": "新加坡", "北京": "北京市", "广州": "广州市",
    "深圳": "深圳市", "杭州": "杭州市", "首尔": "首尔", "东京": "东京",
    "吉隆坡": "吉隆坡", "伦敦": "伦敦", "法兰克福": "法兰克福", "巴黎": "巴黎",
    "香港": "香港", "成都": "成都市", "西安": "西安市", "曼谷": "曼谷",
    "悉尼": "悉尼", "纽约": "纽约", "义乌": "义乌市",
    # g16
    "東莞": "东莞市", "廣州": "广州市", "珠海": "珠海市", "惠州": "惠州市",
    "佛山": "佛山市", "首爾": "首尔", "東京": "东京", "馬尼拉": "马尼拉",
    "澳門": "澳门", "倫敦": "伦敦", "紐約": "纽约",
}
FOREIGN_OR_SAR = {"新加坡", "首尔", "东京", "吉隆坡", "伦敦", "法兰克福",
                  "巴黎", "香港", "曼谷", "悉尼", "纽约", "马尼拉", "澳门"}

# ORG span (traditional) -> simplified form (OpenCC t2s; checked below).
ORG_NORM = {
    "明報": "明报", "政府統計處": "政府统计处", "財政司": "财政司",
    "香港特區政府": "香港特区政府", "特區政府": "特区政府",
    "香港貿易發展局": "香港贸易发展局", "貿發局": "贸发局",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "庫務署": "库务署", "稅務局": "税务局",
    "香港交易及結算所有限公司": "香港交易及结算所有限公司",
    "港交所": "港交所", "地政總署": "地政总署",
    "差餉物業估價署": "差饷物业估价署", "香港總商會": "香港总商会",
    "總商會": "总商会", "恒生銀行經濟研究部": "恒生银行经济研究部",
    "香港大學經濟及工商管理學院": "香港大学经济及工商管理学院",
    "中銀香港": "中银香港", "國際貨幣基金組織": "国际货币基金组织",
    "IMF": "IMF",
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
            n=1, expect_city=None, **extra):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({
                "doc_id": self.doc_id, "type": typ, "start": start,
                "end": end, "text": span, "normalized": normalized,
                "value": value, "unit": unit, "qualifier": qualifier,
                "city": "", "_expect_city": expect_city, "_extra": extra})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, n=1, city=None):
        self.add("DATE", ctx, normalized, n=n, expect_city=city)

    def metric(self, ctx, value, unit, qualifier, n=1, city=None,
               outside_marker=""):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC)."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g15 cross-border payments, simplified, UTF-8, published 2025-10-22 (Wed,
# ISO week 2025-W43)
# ===========================================================================
@doc
def g15():
    d = Doc("g15_crossborder_payments")
    SH = "上海市"
    # --- title (a heading; does not open with a city)
    d.date("[[前三季度]]境外来华", "2025")
    d.metric("交易额增长[[超1.5倍]] ", "1.5", "倍", "over")
    d.city("1.5倍 [[上海]]外卡受理商户突破", n=1)
    d.metric("商户[[突破15万家]]\n", "15e4", "家", "over", city=SH)
    # --- lead
    d.city("本报[[上海]]10月21日讯")
    d.date("本报上海[[10月21日]]讯", "2025-10-21", city=SH)
    d.org("记者从[[中国人民银行上海总部]]获悉")
    d.date("获悉，[[今年前三季度]]，境外", "2025", city=SH)
    d.city("境外来华人员在[[上海]]使用")
    d.metric("完成交易[[1860万笔]]", "1860e4", "笔", "exact", city=SH)
    d.metric("同比增长[[1.6倍]]；", "1.6", "倍", "exact", city=SH)
    d.metric("交易金额[[约52.7亿元]]", "52.7e8", "元", "approx")
    d.metric("同比增长[[超过150%]]。", 150, "%", "over")
    d.date("其中，[[9月]]单月", "2025-09")
    d.metric("单月交易[[246万笔]]", "246e4", "笔", "exact")
    d.date("比[[上月]]增长12.3%", "2025-08")
    d.metric("增长[[12.3%]]，较", "12.3", "%", "exact")
    d.date("较[[去年同期]]增长近两倍", "2024-09")
    d.metric("增长[[近两倍]]。", 2, "倍", "approx")
    d.date("。[[三季度]]，上海外卡", "2025-Q3", city=SH)
    d.city("三季度，[[上海]]外卡交易额")
    d.date("环比[[上季度]]增长", "2025-Q2", city=SH)
    d.metric("上季度增长[[21.6%]]", "21.6", "%", "exact", city=SH)
    d.date("增速为[[年内]]最高", "2025", city=SH)
    # --- merchants (沪 and 全市 are not CITY)
    d.org("”[[中国人民银行上海总部]]相关负责人")
    d.date("截至[[9月末]]，全市", "2025-09")
    d.metric("商户达[[15.3万家]]", "15.3e4", "家", "exact")
    d.date("较[[去年末]]增加", "2024")
    d.metric("增加[[约6.8万家]]", "6.8e4", "家", "approx")
    d.metric("机具[[超过21万台]]", "21e4", "台", "over")
    d.metric("均在[[95%以上]]", 95, "%", "over")
    d.metric("全市[[约3.2万家]]便利店", "3.2e4", "家", "approx")
    # --- 外卡内绑 heading (no city)
    d.org("\n[[支付宝]]提供的数据")
    d.date("显示，[[今年1]]—9月", "2025-01")
    d.date("今年1—[[9月]]，境外用户", "2025-09")
    d.org("外卡后在[[支付宝]]完成")
    d.metric("同比增长[[约2.3倍]]", "2.3", "倍", "approx")
    d.metric("交易用户[[超过310万人]]", "310e4", "人", "over")
    d.city("马来西亚和[[新加坡]]的用户")
    d.org("使用[[支付宝]]消费最多")
    d.city("依次为[[上海]]、北京")
    d.city("上海、[[北京]]、广州")
    d.city("北京、[[广州]]、深圳")
    d.city("广州、[[深圳]]和杭州")
    d.city("深圳和[[杭州]]，上海")
    d.city("杭州，[[上海]]占比")
    d.metric("占比[[近三成]]", 30, "%", "approx", city=SH)
    d.org("\n[[财付通]]相关负责人")
    d.date("截至[[6月末]]，微信支付", "2025-06")
    d.org("6月末，[[微信支付]]已支持")
    d.org("微信支付已支持[[Visa]]、Mastercard、JCB")
    d.org("已支持Visa、[[Mastercard]]、JCB")
    d.org("、[[JCB]]、")
    d.org("、[[美国运通]]和")
    d.org("和[[Discover]]等")
    d.metric("Discover等[[5家]]国际卡组织", 5, "家", "exact")
    d.metric("全球[[160多个]]国家", 160, "个", "over")
    d.org("外卡用户在[[微信支付]]的月活跃")
    d.date("较[[年初]]增长逾四成", "2025")
    d.metric("增长[[逾四成]]", 40, "%", "over")
    d.metric("此前的[[1000美元]]", 1000, "美元", "exact")
    d.metric("提高至[[5000美元]]，年累计", 5000, "美元", "exact")
    d.metric("由[[1万美元]]提高", "1e4", "美元", "exact")
    d.metric("提高至[[5万美元]]。", "5e4", "美元", "exact")
    # --- cities of origin
    d.city("来自[[首尔]]、东京")
    d.city("首尔、[[东京]]、新加坡")
    d.city("东京、[[新加坡]]、吉隆坡")
    d.city("新加坡、[[吉隆坡]]和伦敦")
    d.city("吉隆坡和[[伦敦]]的游客")
    d.city("。[[首尔]]游客单笔")
    d.metric("平均[[约386元]]", 386, "元", "approx", city="首尔")
    d.city("，[[东京]]游客人均")
    d.metric("约合[[6.2万日元]]", "6.2e4", "日元", "approx", city="东京",
             outside_marker="约合")
    d.city("来自[[法兰克福]]、巴黎")
    d.city("法兰克福、[[巴黎]]等欧洲")
    d.metric("平均为[[78欧元]]", 78, "欧元", "exact", city="巴黎")
    d.city("。[[香港]]旅客则")
    d.city("其在[[上海]]的跨境")
    d.metric("同比增长[[约八成]]", 80, "%", "approx", city=SH)
    d.metric("折合[[约1450港元]]", 1450, "港元", "approx", city=SH)
    # --- banks and card schemes
    d.org("受理端，[[中国银联]]联合")
    d.org("联合[[Visa]]、万事达卡")
    d.org("Visa、[[万事达卡]]等卡组织")
    d.org("。[[交通银行上海市分行]]、")
    d.org("分行、[[上海银行]]、")
    d.org("、[[汇丰银行（中国）有限公司]]等")
    d.metric("有限公司等[[7家]]银行", 7, "家", "exact")
    d.org("已在[[上海浦东国际机场]]、")
    d.org("、[[虹桥国际机场]]设立")
    d.date("服务点，[[今年]]以来", "2025")
    d.metric("境外旅客[[逾46万人次]]", "46e4", "人次", "over")
    d.metric("约合[[1.9亿美元]]", "1.9e8", "美元", "approx",
             outside_marker="约合")
    # --- 上海 section (heading opens with 上海 + ：)
    d.city("\n[[上海]]：示范街区")
    d.metric("扩至[[12条]]\n", 12, "条", "exact", city=SH)
    d.org("\n[[上海市商务委员会]]（")
    d.org("（[[市商务委]]）会同")
    d.org("会同[[国家外汇管理局上海市分局]]等部门")
    d.date("于[[8月15日]]至", "2025-08-15", city=SH)
    d.date("至[[11月15日]]开展", "2025-11-15", city=SH)
    d.metric("首批[[12条]]示范", 12, "条", "exact", city=SH)
    d.date("已于[[9月初]]挂牌", "2025-09", city=SH)
    d.metric("受理率达到[[100%]]", 100, "%", "exact", city=SH)
    d.org("。[[市商务委]]相关负责人")
    d.date("透露，[[本月中旬]]起", "2025-10", city=SH)
    d.org("起，[[上海地铁]]全线网")
    d.org("已支持[[Visa]]、Mastercard卡")
    d.org("Visa、[[Mastercard]]卡“")
    d.metric("示范街区[[8条以上]]", 8, "条", "over", city=SH)
    d.date("，[[年底]]前示范", "2025", city=SH)
    d.metric("有望[[超过20条]]", 20, "条", "over", city=SH)
    # --- 多地同步发力 heading (no city; ends the 上海 section)
    d.org("。[[北京市商务局]]数据")
    d.city("显示，[[北京]]今年以来")
    d.date("北京[[今年]]以来新增", "2025", city="北京市")
    d.metric("商户[[约2.1万家]]", "2.1e4", "家", "approx", city="北京市")
    d.city("；[[广州]]在第138届")
    d.metric("采购商发放“支付服务包”[[逾5万份]]", "5e4", "份", "over",
             city="广州市")
    d.org("；[[成都天府国际机场]]则于")
    d.date("则于[[本月]]上线", "2025-10")
    # --- 免签 heading (no city)
    d.org("\n[[国家移民管理局]]数据")
    d.date("数据显示，[[今年前三季度]]全国", "2025")
    d.metric("入境外国人[[2089.6万人次]]", "2089.6e4", "人次", "exact")
    d.metric("同比增长[[40.2%]]", "40.2", "%", "exact")
    d.metric("免签入境[[1589.7万人次]]", "1589.7e4", "人次", "exact")
    d.metric("占比达[[76.1%]]", "76.1", "%", "exact")
    d.metric("扩大至[[24个]]省份", 24, "个", "exact", city=SH)
    d.metric("省份的[[60个]]口岸", 60, "个", "exact", city=SH)
    d.city("口岸，[[上海]]、北京、成都")
    d.city("上海、[[北京]]、成都、西安")
    d.city("北京、[[成都]]、西安")
    d.city("成都、[[西安]]等城市")
    d.org("。[[携程]]数据显示")
    d.date("显示，[[国庆]]假期", "2025-10-01", city="曼谷")
    d.date("假期（[[10月1日]]至8日）", "2025-10-01", city="曼谷")
    d.date("10月1日至[[8日]]）", "2025-10-08", city="曼谷")
    d.metric("同比增长[[约1.1倍]]", "1.1", "倍", "approx", city="曼谷")
    d.city("来自[[曼谷]]、悉尼")
    d.city("曼谷、[[悉尼]]和纽约")
    d.city("悉尼和[[纽约]]的订单")
    d.org("\n[[国家外汇管理局]]数据显示")
    d.date("显示，[[今年上半年]]，我国", "2025")
    d.metric("旅行收入为[[203亿美元]]", "203e8", "美元", "exact")
    d.date("较[[去年同期]]增长约四成", "2024")
    d.metric("增长[[约四成]]。外汇局", 40, "%", "approx")
    d.org("。[[外汇局上海市分局]]表示")
    d.metric("等值[[5000美元以下]]", 5000, "美元", "under")
    # --- remittances, chambers
    d.org("领域，[[环球银行金融电信协会]]（")
    d.org("（[[SWIFT]]）")
    d.org("与[[中国银联]]的合作")
    d.org("支付公司[[PayPal]]也于")
    d.date("也于[[上周]]宣布", "2025-W42")
    d.org("向[[微信支付]]钱包")
    d.org("。[[中国欧盟商会上海分会]]与")
    d.org("与[[上海美国商会]]近日")
    d.metric("会员中[[超过85%]]", 85, "%", "over")
    d.date("较[[2023年]]的调查", "2023")
    d.metric("提高[[近30个百分点]]", 30, "百分点", "approx")
    # --- expert
    d.org("\n[[复旦大学经济学院]]教授")
    d.metric("普遍在[[2.5%左右]]", "2.5", "%", "approx")
    d.metric("费率的[[4倍以上]]", 4, "倍", "over")
    d.city("借鉴[[义乌]]市场")
    d.city("由[[上海]]、北京等城市先行")
    d.city("由上海、[[北京]]等城市先行")
    d.metric("降至[[1.5%以内]]", "1.5", "%", "under", city="北京市")
    audit = {
        "cities": ["上海", "北京", "广州", "深圳", "杭州", "成都", "西安", "义乌",
                   "香港", "新加坡", "首尔", "东京", "吉隆坡", "伦敦", "法兰克福",
                   "巴黎", "曼谷", "悉尼", "纽约", "南京", "沪", "静安", "徐汇",
                   "浦东", "虹桥", "天府", "王府井", "三里屯", "豫园", "新天地"],
        # 沪 (one-character abbreviation), districts, streets and places,
        # airports (ORG with no CITY inside), 南京 inside the street 南京路
        "excluded": ["外籍人士在[[沪]]", "人均在[[沪]]消费",
                     "，[[南京]]路步行街",
                     "在[[静安]]、", "、[[徐汇]]等区", "[[王府井]]、",
                     "、[[三里屯]]等", "、[[豫园]]、", "、[[新天地]]等"],
        "numbers_excluded": ["在第[[138]]届", "随着[[240]]小时"],
        "latin_excluded": ["外卡[[POS]]机具", "和[[A]]级"],
        "org_hints": ["公司", "集团", "银行", "局", "商会", "协会", "大学",
                      "机场", "地铁", "政府", "委", "支付", "银联", "总部"],
        "org_excluded": ["境外[[银行]]卡的商户", "受理端", "外卡受理",
                         "发行的[[银行]]卡", "在[[银行]]卡受理端",
                         "等7家[[银行]]已", "辖内[[银行]]优化",
                         "美国[[支付公司]]PayPal", "使用移动[[支付]]完成",
                         "便利[[支付]]也在", "扫码[[支付]]费率",
                         "在华移动[[支付]]“", "外币兑换+移动[[支付]]”",
                         "外币兑换与移动[[支付]]“", "“[[支付]]服务包”",
                         "‘[[支付]]难’", "人员移动[[支付]]交易额"],
        "date_ok": [r"单月", r"年累计", r"此前", r"目前", r"近日", r"月活跃",
                    r"本报", r"日讯", r"前列", r"前五", r"前三",
                    r"明显", r"日本", r"新天地"],
    }
    return d, audit


# ===========================================================================
# g16 Hong Kong economy, traditional, UTF-8, published 2025-08-16 (Sat)
# ===========================================================================
@doc
def g16():
    d = Doc("g16_hk_economy")
    HK, SZ, GZ, ZH, MO = "香港", "深圳市", "广州市", "珠海市", "澳门"
    # --- title (a heading without a city)
    d.date("[[第二季]]GDP按年增3.1%", "2025-Q2")
    d.metric("GDP按年增[[3.1%]] ", "3.1", "%", "exact")
    d.metric("預測至[[2.5%]]至3.5%\n", "2.5", "%", "exact")
    d.metric("預測至2.5%至[[3.5%]]\n", "3.5", "%", "exact")
    # --- lead (no CITY: 香港 only inside the ORG 香港特區政府)
    d.org("【[[明報]]專訊】")
    d.org("專訊】[[政府統計處]]昨日")
    d.date("統計處[[昨日]]（15日）", "2025-08-15", city="")
    d.date("昨日（[[15日]]）公布", "2025-08-15", city="")
    d.date("公布[[第二季]]本地生產總值", "2025-Q2")
    d.metric("按季實質增長[[0.4%]]", "0.4", "%", "exact")
    d.metric("按年實質增長[[3.1%]]，與", "3.1", "%", "exact")
    d.date("與[[7月底]]公布", "2025-07")
    d.date("；[[上半年]]經濟按年", "2025")
    d.metric("按年增長[[3.0%]]。", 3, "%", "exact")
    d.org("。[[財政司]]司長陳茂波")
    d.date("考慮到[[上半年]]實際", "2025")
    d.org("環境，[[香港特區政府]]將")
    d.date("政府將[[2025年]]全年", "2025")
    d.metric("預測由[[2%]]至3%上調", 2, "%", "exact")
    d.metric("預測由2%至[[3%]]上調", 3, "%", "exact")
    d.metric("上調至[[2.5%]]至3.5%，", "2.5", "%", "exact")
    d.metric("上調至2.5%至[[3.5%]]，", "3.5", "%", "exact")
    d.metric("維持在[[1.5%左右]]", "1.5", "%", "approx")
    # --- components
    d.date("分析，[[第二季]]私人消費", "2025-Q2")
    d.metric("按年實質下跌[[1.1%]]", "1.1", "%", "exact")
    d.metric("開支上升[[1.6%]]", "1.6", "%", "exact")
    d.metric("出口按年實質上升[[11.5%]]", "11.5", "%", "exact")
    d.metric("服務輸出上升[[5.2%]]", "5.2", "%", "exact")
    d.metric("服務輸出增長[[約8%]]", 8, "%", "approx")
    d.metric("總額則下跌[[2.6%]]", "2.6", "%", "exact")
    d.date("方面，[[5月]]至7月", "2025-05")
    d.date("5月至[[7月]]經季節性", "2025-07")
    d.metric("失業率為[[3.7%]]", "3.7", "%", "exact")
    d.metric("上升[[0.2個百分點]]", "0.2", "百分点", "exact")
    d.metric("失業人數[[約14.6萬人]]", "14.6e4", "人", "approx")
    # --- 出口 heading (no city)
    d.org("\n[[政府統計處]]另一份")
    d.date("顯示，[[今年1]]至6月", "2025-01", city=HK)
    d.date("今年1至[[6月]]香港", "2025-06", city=HK)
    d.city("至6月[[香港]]商品")
    d.metric("貨值為[[24,875億港元]]", "24875e8", "港元", "exact", city=HK)
    d.metric("按年上升[[12.4%]]", "12.4", "%", "exact", city=HK)
    d.metric("約佔[[55%]]", 55, "%", "approx", city=HK, outside_marker="約佔")
    d.city("往來[[深圳]]、東莞的跨境")
    d.city("深圳、[[東莞]]的跨境")
    d.metric("上升[[近15%]]", 15, "%", "approx", city="东莞市")
    d.org("。[[香港貿易發展局]]（")
    d.org("（[[貿發局]]）調查")
    d.metric("顯示，[[逾六成]]受訪", 60, "%", "over", city=GZ)
    d.city("增加在[[廣州]]南沙")
    d.city("南沙、[[深圳]]前海")
    d.city("前海及[[珠海]]橫琴")
    d.city("，[[東莞]]和惠州")
    d.city("東莞和[[惠州]]的")
    d.org("方面，[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）資料")
    d.date("顯示，[[今年首7個月]]訪港", "2025", city=SZ)
    d.metric("訪港旅客[[約2,810萬人次]]", "2810e4", "人次", "approx", city=SZ)
    d.metric("按年增長[[12%]]，其中", 12, "%", "exact", city=SZ)
    d.city("來自[[深圳]]、廣州及佛山")
    d.city("深圳、[[廣州]]及佛山")
    d.city("廣州及[[佛山]]的旅客")
    d.metric("內地旅客[[逾四成]]", 40, "%", "over", city="佛山市")
    d.metric("非內地旅客[[約640萬人次]]", "640e4", "人次", "approx",
             city="首尔")
    d.city("來自[[首爾]]、東京")
    d.city("首爾、[[東京]]、曼谷")
    d.city("東京、[[曼谷]]及馬尼拉")
    d.city("曼谷及[[馬尼拉]]等城市")
    d.date("不過，[[首7個月]]旅客", "2025")
    d.date("較[[去年同期]]下降約6%", "2024")
    d.metric("下降[[約6%]]。", 6, "%", "approx")
    d.date("銷貨價值[[上半年]]則", "2025")
    d.metric("按年下跌[[約3.3%]]", "3.3", "%", "approx")
    d.date("跌幅在[[第三季]]可", "2025-Q3")
    # --- Macao, HKMA
    d.city("\n[[澳門]]方面")
    d.org("。[[香港金融管理局]]（")
    d.org("（[[金管局]]）表示")
    d.metric("合共已有[[逾16萬名]]", "16e4", "名", "over")
    d.date("截至[[6月底]]累計", "2025-06")
    d.metric("匯劃金額[[約1,250億元]]人民幣", "1250e8", "元", "approx")
    d.org("。[[金管局]]又指")
    d.city("又指，[[香港]]銀行體系")
    d.metric("目前約為[[540億港元]]",
             "540e8", "港元", "approx", city=HK, outside_marker="約為")
    d.date("拆息於[[本月初]]曾", "2025-08", city=HK)
    d.metric("回落至[[1%以下]]", 1, "%", "under", city=HK)
    d.city("往來[[珠海]]及澳門")
    d.city("珠海及[[澳門]]的")
    d.date("車輛[[今年上半年]]逾110萬", "2025", city=MO)
    d.metric("上半年[[逾110萬輛次]]", "110e4", "辆次", "over", city=MO)
    d.metric("按年增加[[約35%]]", 35, "%", "approx", city=MO)
    # --- 財政 heading (no city)
    d.org("方面，[[庫務署]]最新")
    d.date("顯示，[[今年4月]]至6月", "2025-04")
    d.date("今年4月至[[6月]]政府", "2025-06")
    d.metric("綜合赤字[[約1,003億港元]]", "1003e8", "港元", "approx")
    d.date("較[[去年同期]]擴大", "2024")
    d.metric("擴大[[約18%]]", 18, "%", "approx")
    d.date("；截至[[6月底]]，財政", "2025-06")
    d.metric("儲備為[[6,542億港元]]", "6542e8", "港元", "exact")
    d.date("較[[3月底]]減少", "2025-03")
    d.metric("減少[[約1,060億港元]]", "1060e8", "港元", "approx")
    d.date("陳茂波在[[今年2月]]發表", "2025-02")
    d.metric("綜合赤字約為[[670億港元]]", "670e8", "港元", "approx",
             outside_marker="約為")
    d.metric("發行[[約1,500億港元]]債券", "1500e8", "港元", "approx")
    d.org("。[[稅務局]]資料")
    d.date("資料顯示，[[7月份]]印花稅", "2025-07")
    d.metric("印花稅收入[[約85億港元]]", "85e8", "港元", "approx")
    d.metric("按月增加[[逾三成]]", 30, "%", "over")
    d.metric("佔[[約六成]]", 60, "%", "approx")
    d.org("。[[香港交易及結算所有限公司]]（")
    d.org("（[[港交所]]）數據")
    d.date("則顯示，[[今年上半年]]港股", "2025")
    d.metric("成交額[[約2,402億港元]]", "2402e8", "港元", "approx")
    d.metric("按年上升[[1.2倍]]", "1.2", "倍", "exact")
    d.metric("集資額[[約1,071億港元]]", "1071e8", "港元", "approx")
    d.org("疲弱。[[地政總署]]上月")
    d.date("地政總署[[上月]]以招標", "2025-07")
    d.metric("將軍澳[[兩幅]]住宅地", 2, "幅", "exact")
    d.metric("分別以[[約9.8億港元]]", "9.8e8", "港元", "approx")
    d.metric("及[[12.6億港元]]批出", "12.6e8", "港元", "exact")
    d.metric("介乎[[2,900港元]]至", 2900, "港元", "exact")
    d.metric("至[[3,400港元]]，較", 3400, "港元", "exact")
    d.date("較[[去年]]同類地皮", "2024")
    d.metric("低[[約兩成]]", 20, "%", "approx")
    d.org("。[[差餉物業估價署]]數字")
    d.date("顯示，[[6月]]私人住宅", "2025-06")
    d.date("較[[去年底]]下跌", "2024")
    d.metric("下跌[[約3.4%]]", "3.4", "%", "approx")
    # --- 商界 heading (no city)
    d.org("\n[[香港總商會]]最新")
    d.metric("顯示，[[約四成]]受訪", 40, "%", "approx")
    d.date("預期[[下半年]]業務", "2025")
    d.date("較[[5月]]的調查", "2025-05")
    d.metric("上升[[9個百分點]]", 9, "百分点", "exact")
    d.org("。[[總商會]]表示")
    d.city("深化與[[深圳]]、廣州等")
    d.city("與深圳、[[廣州]]等大灣區")
    d.city("應對[[新加坡]]、倫敦")
    d.city("新加坡、[[倫敦]]及紐約")
    d.city("倫敦及[[紐約]]等國際")
    d.date("方面，[[今年]]以來已有", "2025", city="深圳市")
    d.metric("已有[[逾40家]]企業", 40, "家", "over", city="深圳市")
    d.metric("其中[[約三成]]總部", 30, "%", "approx", city="深圳市")
    d.city("位於[[深圳]]、杭州及北京")
    d.city("深圳、[[杭州]]及北京")
    d.city("杭州及[[北京]]；")
    d.org("；[[港交所]]預計")
    d.metric("可[[超過2,000億港元]]", "2000e8", "港元", "over")
    # --- forecasts
    d.org("\n[[恒生銀行經濟研究部]]預測")
    d.date("影響，[[下半年]]本地", "2025")
    d.metric("按年增長[[約2.8%]]", "2.8", "%", "approx")
    d.org("。[[香港大學經濟及工商管理學院]]發表")
    d.metric("介乎[[2.6%]]至3.0%", "2.6", "%", "exact")
    d.metric("2.6%至[[3.0%]]之間", 3, "%", "exact")
    d.date("，[[明年]]增長或", "2026")
    d.metric("放緩至[[2.3%左右]]", "2.3", "%", "approx")
    d.org("。[[中銀香港]]亦將")
    d.metric("上調至[[3%左右]]", 3, "%", "approx")
    d.date("拆息在[[第四季]]將", "2025-Q4")
    d.metric("維持於[[2%]]至3%的", 2, "%", "exact")
    d.metric("維持於2%至[[3%]]的", 3, "%", "exact")
    d.org("。[[國際貨幣基金組織]]（")
    d.org("（[[IMF]]）")
    d.city("則將[[香港]]今年")
    d.date("香港[[今年]]的增長", "2025", city=HK)
    d.metric("維持在[[2.4%]]。", "2.4", "%", "exact", city=HK)
    d.date("陳茂波[[昨日]]在網誌", "2025-08-15")
    d.org("表示，[[特區政府]]會")
    d.date("並於[[年底]]前推出", "2025")
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "東莞", "珠海", "惠州", "佛山",
                   "首爾", "東京", "曼谷", "馬尼拉", "新加坡", "倫敦", "紐約",
                   "杭州", "北京", "南沙", "前海", "橫琴", "屯門", "將軍澳", "中環",
                   "灣仔", "觀塘", "落馬洲", "蓮塘", "北部都會區", "河套", "港澳",
                   "港珠澳", "內地"],
        # districts and areas, checkpoints, one-character abbreviations
        "excluded": ["廣州[[南沙]]", "深圳[[前海]]", "珠海[[橫琴]]",
                     "推出[[屯門]]及", "及[[將軍澳]]兩幅", "但[[中環]]、",
                     "、[[灣仔]]及", "及[[觀塘]]等", "經[[落馬洲]]、",
                     "、[[蓮塘]]等", "加快[[北部都會區]]發展",
                     "加快[[北部都會區]]及", "及[[河套]]區",
                     "，[[港澳]]兩地", "及[[港澳]]合共", "經[[港珠澳]]大橋",
                     "輸往[[內地]]", "大灣區[[內地]]九市", "佔[[內地]]旅客",
                     "非[[內地]]旅客"],
        "numbers_excluded": [],
        "latin_excluded": ["第二季[[GDP]]按年", "（[[GDP]]）修訂"],
        "org_hints": ["公司", "集團", "銀行", "局", "處", "署", "商會", "協會",
                      "大學", "學院", "政府", "財政司", "港交所", "金管局"],
        "org_excluded": ["3.1% [[政府]]上調", "；[[政府]]消費開支", "月[[政府]]錄得",
                         "，[[政府]]應加快", "香港[[銀行]]體系"],
        "date_ok": [r"按[年季月]", r"年度", r"全年", r"季度預測", r"上一期",
                    r"[五兩]季", r"季節性", r"目前", r"早前", r"日均", r"明報", r"預期",
                    r"以來"],
    }
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／+\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|折|半|分之[一二三四五六七八九十]+|幅)")
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
    """(value, qualifier, rest) re-derived from the span text: Arabic numbers
    with separators, 万/亿, N成, N倍 with a Chinese digit, 多 (over)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(成|倍|幅)", span)
    if m:
        mult = 10 if m.group(2) == "成" else 1
        return Decimal(CN_DIGIT[m.group(1)] * mult), q, m.group(2)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]?)(多)?", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2)]
    if m.group(3):
        assert q == "exact", span
        q = "over"
    return v, q, span[m.end():]


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


def section_of(text, cities, pos):
    """GUIDELINES: a heading is a non-empty line of at most 40 characters with
    no clause punctuation; one that opens with a CITY mention followed by the
    line end, ：, :, a space or a dash starts that city's section, any other
    heading ends it.  Returns the section city at pos ('' if none)."""
    section = ""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and len(line) <= 40 and not set(line) & HEAD_PUNCT:
            section = ""
            first = [c for c in cities if c["start"] == start]
            if first:
                c = first[0]
                after = text[c["end"]:c["end"] + 1]
                if c["end"] == end or after in ("：", ":", " ", "-", "—", "－",
                                                "\u3000"):
                    section = c["normalized"]
        if start <= pos <= end:
            return section
        start = end + 1
    return ""


def sentence_city(text, cities, r):
    """Nearest CITY before the mention in its sentence, else the first after."""
    s = r["start"]
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    before = [c for c in cities if c["start"] >= s and c["end"] <= r["start"]]
    after = [c for c in cities if c["start"] >= r["end"] and c["end"] <= e]
    if before:
        return before[-1]["normalized"]
    if after:
        return after[0]["normalized"]
    return ""


def assign_cities(d):
    cities = sorted((r for r in d.rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    for r in d.rows:
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = (section_of(d.text, cities, r["start"])
                         or sentence_city(d.text, cities, r))
            exp = r["_expect_city"]
            if exp is not None:
                assert r["city"] == exp, ("city rule gives", r["city"], r)


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    assign_cities(d)
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "" and r["normalized"], r
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, rest = parse_metric(tx)
            om = r["_extra"].get("outside_marker", "")
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_rest"] = rest
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            y = int(PUBLISHED[d.doc_id][:4])
            assert abs(int(r["normalized"][:4]) - y) <= 2, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]

    def places(ctxs):
        out = []
        for ctx in ctxs:
            if "[[" in ctx:
                out.extend(d._locate(ctx, 1)[1])
            else:  # a plain substring: all its occurrences
                out.extend((m.start(), m.end())
                           for m in re.finditer(re.escape(ctx), d.text))
        return out

    excluded = places(audit["excluded"] + audit["numbers_excluded"]
                      + audit["latin_excluded"])

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []

    def need(pattern, spans, what):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    what, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    for name in audit["cities"]:
        need(re.escape(name), covered + excluded, "city string")
    need(r"\d+", covered + excluded, "number")
    need(r"[A-Za-z]+", covered + excluded, "Latin word")
    need(CHINESE_FIGURE.pattern, covered + excluded, "figure")
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), org_spans, "ORG string")
    org_ex = places(audit["org_excluded"])
    for hint in audit["org_hints"]:
        need(re.escape(hint), org_spans + org_ex, "ORG-like word")
    ok = [(m.start(), m.end()) for pat in audit["date_ok"]
          for m in re.finditer(pat, d.text)]
    need(r"[年月日季周週旬昨今明天初底末]", covered + ok, "time word")
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # the merged manifest also lists the other annotators' articles
    rows = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert sorted(r["doc_id"] for r in rows) == sorted(PUBLISHED), rows
    for r in rows:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"),
                  encoding="utf-8") as fh:
            assert fh.readline().rstrip("\n") == r["title"], r


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows
             if r["type"] == "METRIC" and r["unit"]]
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units]
                   + [r["_rest"] for r in units])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        k, u = len(names), len(units)
        for r, s in zip(names, conv[:k]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[k:k + u]):
            assert s == r["unit"], (r, s)
        for r, rest in zip(units, conv[k + u:]):
            # the unit is what the span writes after the number
            if r["unit"] == "%":
                assert rest in ("%", "％", "成"), (r, rest)
            elif r["unit"] == "百分点":
                assert rest == "个百分点", (r, rest)
            else:
                assert rest == r["unit"], (r, rest)
    total = Counter()
    for d in built:
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n",
                               extrasaction="ignore")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-26s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-26s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
