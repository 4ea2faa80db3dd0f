#!/usr/bin/env python3
"""Gold annotation for held-out set n (g27_county_ecommerce,
g28_gba_crossborder_travel).

Adapted from heldout/tools/annotate_k.py (now dev/tools/annotate_g21_g22.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded
(both files UTF-8 without BOM; g28 is traditional and its offsets and `text`
point into the traditional original, while `normalized` and `unit` are
simplified).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g27_g28.md.  Reference dates: corpus/manifest.csv (g27 2025-11-18,
g28 2025-12-29); the script checks that the manifest agrees (own rows only).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type;
DATE normalizations are real calendar dates/months/weeks/quarters; METRIC
value and qualifier re-derived from the span text by a small independent
parser (Arabic and Chinese N成, N倍, N分之M, 余/多, 万/亿 with separators; a
qualifier set by a marker outside the span must be declared and the marker
must stand right before the span); the unit must be what the span writes
after the number (t2s), and an empty unit needs nothing written after it;
ORG normalizations are OpenCC t2s of the text, CITY normalizations are
checked against t2s (with declared Hong Kong spellings).  The `city` column
of every DATE/METRIC row is computed here by an own implementation of the
GUIDELINES rule (section headings, then the sentence: nearest CITY before,
else first after); a row may declare the city it expects, which is then
asserted against the rule.
Audits: every occurrence of a listed city/place string, every ASCII digit run,
every Latin word, every Chinese numeral character and every Chinese
fraction/multiple word (成, 倍, 折, 半, 分之) is inside a row or excluded here on
purpose; every occurrence of an annotated ORG string is inside an ORG row;
every organization-like word is inside an ORG row or excluded on purpose;
every time character (年 月 日 季 周 週 旬 昨 今 明 天 初 底 末 夕 夜 节 節 旦 诞
誕 秋 庆) is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g27_g28.py
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
BASE = os.path.dirname(HERE)
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PY_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                 os.path.join(os.path.dirname(BASE), ".venv", "bin", "python"),
                 "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
PUBLISHED = {"g27_county_ecommerce": "2025-11-18",
             "g28_gba_crossborder_travel": "2025-12-29"}
SOURCE = {"g27_county_ecommerce": "陕西日报",
          "g28_gba_crossborder_travel": "明報"}
TRADITIONAL = {"g28_gba_crossborder_travel"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g27
    "西安": "西安市", "西安市": "西安市", "延安市": "延安市", "延安": "延安市",
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "新加坡": "新加坡", "迪拜": "迪拜", "渭南": "渭南市", "韩城市": "韩城市",
    "安康": "安康市", "汉中": "汉中市", "商洛": "商洛市", "旬阳市": "旬阳市",
    "商洛市": "商洛市", "汉中市": "汉中市", "杭州": "杭州市", "成都": "成都市",
    "神木市": "神木市", "彬州市": "彬州市",
    # g28
    "香港": "香港", "澳門": "澳门", "珠海": "珠海市", "廣州": "广州市",
    "佛山": "佛山市", "中山": "中山市", "江門": "江门市", "台山市": "台山市",
    "開平市": "开平市", "長沙": "长沙市", "武漢": "武汉市", "廈門": "厦门市",
    "東京": "东京", "大阪": "大阪", "首爾": "首尔", "曼谷": "曼谷",
    "三藩市": "旧金山",
}
FOREIGN_OR_SAR = {"香港", "澳门", "新加坡", "迪拜", "东京", "大阪", "首尔",
                  "曼谷", "旧金山"}
# Hong Kong spellings that differ from the mainland name (SPEC: 雪梨 -> 悉尼)
CITY_ALIAS = {"三藩市": "旧金山"}
# the year of a DATE may lie this far from the publication year
YEAR_SPAN = 8


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
        # normalized = OpenCC t2s of the text (filled in main(); SPEC)
        self.add("ORG", ctx, "", n=n)

    def date(self, ctx, normalized, n=1, city=None):
        self.add("DATE", ctx, normalized, n=n, expect_city=city)

    def metric(self, ctx, value, unit, qualifier, n=1, city=None,
               outside_marker="", shared_unit=False):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC).
        shared_unit: the unit is written once after a later figure of the
        range or list (SPEC shared units), not in this span."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker, shared_unit=shared_unit)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


THIRD = "33.3333333333"   # 三分之一 (SPEC)


# ===========================================================================
# g27 county e-commerce in Shaanxi, simplified, UTF-8, published 2025-11-18
# (Tue; dateline 本报西安11月17日讯)
# ===========================================================================
@doc
def g27():
    d = Doc("g27_county_ecommerce")
    XA, YA, WN, AK, HZ, SL = ("西安市", "延安市", "渭南市", "安康市", "汉中市",
                              "商洛市")
    # --- title (前10个月 after the noun 电商: the calendar period)
    d.date("电商[[前10个月]]农产品", "2025", city="")
    d.metric("零售额达[[286.4亿元]] 洛川", "286.4e8", "元", "exact", city="")
    d.metric("销量[[突破8万吨]]\n", "8e4", "吨", "over", city="")
    # --- dateline, lead (sentence up to the first ；/。 takes 西安市)
    d.city("本报[[西安]]11月17日讯")
    d.date("本报西安[[11月17日]]讯", "2025-11-17", city=XA)
    d.org("记者从[[陕西省商务厅]]获悉")
    d.date("获悉，[[今年前10个月]]，全省", "2025", city=XA)
    d.metric("零售额达[[286.4亿元]]，同比", "286.4e8", "元", "exact", city=XA)
    d.metric("同比增长[[17.6%]]", "17.6", "%", "exact", city=XA)
    d.metric("平均水平[[约5个百分点]]", 5, "百分点", "approx", city=XA)
    d.date("其中[[10月]]单月", "2025-10", city="")
    d.metric("零售额[[41.2亿元]]", "41.2e8", "元", "exact", city="")
    d.org("。[[陕西省农业农村厅]]同日")
    d.date("农业农村厅[[同日]]发布", "2025-11-17", city="")
    d.date("截至[[10月底]]，全省", "2025-10", city="")
    d.metric("服务中心[[78个]]", 78, "个", "exact", city="")
    d.metric("服务站点[[1.16万个]]", "1.16e4", "个", "exact", city="")
    d.metric("覆盖率[[超过九成]]", 90, "%", "over", city="")
    d.metric("就业[[约23.5万人]]", "23.5e4", "人", "approx", city="")
    # --- 洛川 heading: 洛川 is a county, no city section
    d.city("在[[延安市]]洛川县")
    d.date("洛川县，[[今年]]苹果种植", "2025", city=YA)
    d.metric("稳定在[[53万亩左右]]", "53e4", "亩", "approx", city=YA)
    d.metric("总产量[[约102万吨]]", "102e4", "吨", "approx", city=YA)
    d.date("。[[10月上旬]]晚熟富士", "2025-10", city="北京市")
    d.org("，[[顺丰速运]]、京东物流")
    d.org("顺丰速运、[[京东物流]]先后")
    d.city("送达[[北京]]、")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等城市")
    d.org("。[[洛川县金秋苹果专业合作社]]理事长")
    d.date("合作社[[今年]]通过", "2025", city="")
    d.org("通过[[抖音电商]]、")
    d.org("、[[拼多多]]等平台")
    d.metric("销售苹果[[1200余吨]]", 1200, "吨", "over", city="")
    d.metric("每公斤[[11.6元]]", "11.6", "元", "exact", city="")
    d.metric("高出[[约3成]]", 30, "%", "approx", city="")
    d.date("截至[[11月15日]]，洛川县", "2025-11-15", city="新加坡")
    d.metric("销量[[突破8万吨]]，", "8e4", "吨", "over", city="新加坡")
    d.metric("销售额达[[9.3亿元]]", "9.3e8", "元", "exact", city="新加坡")
    d.metric("同比增长[[22.5%]]", "22.5", "%", "exact", city="新加坡")
    d.city("发往[[新加坡]]、")
    d.city("、[[迪拜]]等地")
    d.metric("订单[[超过1.5万单]]", "1.5e4", "单", "over", city="迪拜")
    # --- 渭南 section (heading 渭南：…, ended by the heading 金融：…)
    d.city("\n[[渭南]]：柿饼")
    d.org("\n[[渭南市商务局]]统计")
    d.date("统计，[[今年1月]]至10月", "2025-01", city=WN)
    d.date("今年1月至[[10月]]，全市", "2025-10", city=WN)
    d.metric("零售额达[[38.7亿元]]", "38.7e8", "元", "exact", city=WN)
    d.metric("同比增长[[19.2%]]", "19.2", "%", "exact", city=WN)
    d.metric("提升至[[46%]]", 46, "%", "exact", city=WN)
    d.metric("全县[[12.8万亩]]", "12.8e4", "亩", "exact", city=WN)
    d.metric("园中，[[近四成]]鲜果", 40, "%", "approx", city=WN)
    d.org("曹村镇的[[陕西富柿源农业科技有限公司]]")
    d.org("简称“[[富柿源]]”）")
    d.date("）[[今年]]新建冷库", "2025", city=WN)
    d.metric("冷库[[3座]]", 3, "座", "exact", city=WN)
    d.metric("总库容[[2400吨]]", 2400, "吨", "exact", city=WN)
    d.date("，[[10月]]以来日均", "2025-10", city=WN)
    d.metric("发货[[超过6000单]]", 6000, "单", "over", city=WN)
    d.org("。[[富柿源]]负责人")
    d.date("说，[[今年]]柿饼", "2025", city=WN)
    d.metric("每公斤[[68元]]至", 68, "元", "exact", city=WN)
    d.metric("68元至[[96元]]之间", 96, "元", "exact", city=WN)
    d.date("“[[双11]]”前后", "2025-11-11", city=WN)
    d.metric("平时的[[2.5倍]]", "2.5", "倍", "exact", city=WN)
    d.city("。[[韩城市]]花椒")
    d.metric("网销量达[[3800吨]]", 3800, "吨", "exact", city=WN)
    d.date("较[[去年]]增长约15%", "2024", city=WN)
    d.metric("增长[[约15%]]；", 15, "%", "approx", city=WN)
    d.metric("销售额[[5.6亿元]]，占", "5.6e8", "元", "exact", city=WN)
    d.metric("总额的[[近三分之一]]", THIRD, "%", "approx", city=WN)
    # --- 金融 heading (no city; ends the 渭南 section)
    d.date("截至[[9月末]]，陕西洛川", "2025-09", city="")
    d.org("[[陕西洛川农村商业银行股份有限公司]]")
    d.org("简称“[[洛川农商银行]]”）")
    d.metric("服务点[[216个]]", 216, "个", "exact", city="")
    d.metric("为[[1.9万户]]果农", "1.9e4", "户", "exact", city="")
    d.metric("“果农贷”[[4.86亿元]]", "4.86e8", "元", "exact", city="")
    d.metric("户均贷款[[约2.56万元]]", "2.56e4", "元", "approx", city="")
    d.metric("控制在[[1%以内]]", 1, "%", "under", city="")
    d.org("。[[洛川农商银行]]行长")
    d.date("该行[[明年]]计划", "2026", city="")
    d.metric("提高到[[6亿元以上]]", "6e8", "元", "over", city="")
    d.org("。[[西安农商银行]]则在")
    d.city("则在[[西安市]]周至县")
    d.metric("金融服务站[[12个]]", 12, "个", "exact", city=XA)
    d.date("，[[今年]]已为当地", "2025", city=XA)
    d.metric("结算服务[[超过40万笔]]", "40e4", "笔", "over", city=XA)
    d.org("\n[[陕西省商务厅]]与支付宝")
    d.org("商务厅与[[支付宝]]联合")
    d.metric("全省[[42个]]县", 42, "个", "exact", city="")
    d.metric("带动[[3.2万家]]", "3.2e4", "家", "exact", city="")
    d.date("。[[今年上半年]]，全省农村", "2025", city="")
    d.metric("笔数达[[7.8亿笔]]", "7.8e8", "笔", "exact", city="")
    d.metric("交易金额[[1260.5亿元]]", "1260.5e8", "元", "exact", city="")
    d.metric("分别增长[[26%]]和", 26, "%", "exact", city="")
    d.metric("和[[18.4%]]。", "18.4", "%", "exact", city="")
    d.org("。[[网商银行]]相关负责人")
    d.date("该行[[今年]]以来", "2025", city="")
    d.metric("信用贷款[[超过120亿元]]", "120e8", "元", "over", city="")
    d.date("较[[去年]]全年增长", "2024", city="")
    d.metric("增长[[近一倍]]", 1, "倍", "approx", city="")
    d.metric("经营者[[约31万户]]", "31e4", "户", "approx", city="")
    # --- 陕南 heading (a region: no city section)
    d.city("\n[[安康]]、汉中")
    d.city("安康、[[汉中]]、商洛")
    d.city("汉中、[[商洛]]三市")
    d.date("三市[[今年]]着力", "2025", city=SL)
    d.org("。[[安康市农业农村局]]数据")
    d.date("显示，[[今年]]春茶季", "2025", city="")
    d.date("（[[3月中旬]]至", "2025-03", city="")
    d.date("至[[5月上旬]]）", "2025-05", city="")
    d.metric("销售额达[[14.3亿元]]", "14.3e8", "元", "exact", city="")
    d.metric("总额的[[31.6%]]", "31.6", "%", "exact", city="")
    d.city("；[[旬阳市]]拐枣")
    d.metric("零售额[[突破2亿元]]", "2e8", "元", "over", city="旬阳市")
    d.city("。[[商洛市]]柞水县")
    d.date("直播间[[年初]]以来", "2025", city=SL)
    d.metric("干木耳[[86吨]]", 86, "吨", "exact", city=SL)
    d.metric("全村[[186户]]", 186, "户", "exact", city=SL)
    d.metric("增收[[8600元以上]]", 8600, "元", "over", city=SL)
    d.city("。[[汉中市]]西乡县")
    d.org("则与[[京东]]合作")
    d.date("“[[双11]]”期间", "2025-11-11", city=HZ)
    d.date("销售额较[[去年同期]]增长42%", "2024", city=HZ)
    d.metric("增长[[42%]]。", 42, "%", "exact", city=HZ)
    d.date("\n[[9月23日]]，第八届", "2025-09-23", city="")
    d.date("第八届[[中国农民丰收节]]", "2025-09-23", city="")
    d.org("由[[陕西省农业农村厅]]、")
    d.org("、[[陕西省供销合作社联合社]]（")
    d.org("（[[省供销社]]）")
    d.metric("合作项目[[27个]]", 27, "个", "exact", city="")
    d.metric("金额[[18.6亿元]]", "18.6e8", "元", "exact", city="")
    d.date("。[[同日]]启动", "2025-09-23", city="")
    d.date("持续至[[11月30日]]", "2025-11-30", city="")
    d.metric("县域主播[[1500余名]]", 1500, "名", "over", city="")
    d.metric("直播带货[[2.4万场]]", "2.4e4", "场", "exact", city="")
    d.date("。[[中秋]]、国庆", "2025-10-06", city=YA)
    d.date("中秋、[[国庆]]假期", "2025-10-01", city=YA)
    d.date("（[[10月1日]]至8日）", "2025-10-01", city=YA)
    d.date("10月1日至[[8日]]）", "2025-10-08", city=YA)
    d.city("“[[延安]]苹果”礼盒")
    d.metric("同比增长[[31%]]。", 31, "%", "exact", city=YA)
    # --- 陕北 heading (a region: no city section)
    d.org("\n[[榆林市农业农村局]]介绍")
    d.date("介绍，[[今年]]以来米脂县", "2025", city="杭州市")
    d.city("销往[[杭州]]、")
    d.city("、[[成都]]等地")
    d.date("等地，[[前三季度]]线上", "2025", city="成都市")
    d.metric("线上销量[[约1.8万吨]]", "1.8e4", "吨", "approx", city="成都市")
    d.metric("同比增长[[27.3%]]", "27.3", "%", "exact", city="成都市")
    d.city("。[[神木市]]一家")
    d.date("该企业[[10月]]网销", "2025-10", city="神木市")
    d.metric("羊肉[[420吨]]", 420, "吨", "exact", city="神木市")
    d.metric("环比增长[[近1倍]]", 1, "倍", "approx", city="神木市")
    d.metric("客单价[[约198元]]", 198, "元", "approx", city="神木市")
    d.metric("复购率在[[35%以上]]", 35, "%", "over", city="神木市")
    # --- 下一步 heading (no city)
    d.org("\n[[省商务厅]]有关负责人")
    d.date("表示，[[年底]]前全省", "2025", city="")
    d.metric("直播基地[[15个]]", 15, "个", "exact", city="")
    d.metric("零售额[[突破340亿元]]", "340e8", "元", "over", city="")
    d.date("；[[明年]]将重点", "2026", city="韩城市")
    d.city("支持[[韩城市]]、彬州市")
    d.city("、[[彬州市]]等10个")
    d.metric("等[[10个]]县（市）", 10, "个", "exact", city="彬州市")
    d.metric("补助最高[[500万元]]", "500e4", "元", "exact", city="彬州市")
    d.org("。[[省农业农村厅]]也将")
    d.metric("销售额[[超过1000万元]]", "1000e4", "元", "over", city="")
    audit = {
        "cities": ["西安", "延安", "洛川", "渭南", "富平", "韩城", "大荔",
                   "周至", "安康", "汉中", "商洛", "旬阳", "柞水", "西乡",
                   "杨凌", "榆林", "米脂", "横山", "神木", "彬州", "北京",
                   "上海", "广州", "深圳", "新加坡", "迪拜", "杭州", "成都",
                   "陕西", "陕南", "陕北", "曹村", "金米", "全省", "全市",
                   "全县", "全国", "全村", "黄土高原", "城市"],
        # counties, towns, villages, districts, regions, deictic words,
        # the province, and cities inside ORG names
        "excluded": ["洛川", "富平县", "曹村镇", "大荔县", "周至县", "柞水县",
                     "金米村", "西乡", "杨凌示范区", "米脂县", "横山区", "陕西",
                     "陕南", "陕北", "全省", "全市", "全县", "全国", "全村",
                     "黄土高原", "等[[城市]]", "渭南市商务局", "西安农商银行",
                     "安康市农业农村局", "榆林市农业农村局"],
        "numbers_excluded": ["[[48]]小时内"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["[[一]]颗", "第[[八]]届", "[[三]]市",
                                      "神木市[[一]]家", "[[一]]步", "前[[三]]季度"],
        "org_hints": ["公司", "集团", "局", "厅", "银行", "农商", "合作社",
                      "联合社", "供销社", "部", "电商", "速运", "物流", "支付",
                      "京东", "小米", "商务"],
        "org_excluded": ["县域电商", "电商公共服务", "村级电商", "各电商平台",
                         "直播电商", "电商化率", "介绍，[[合作社]]今年",
                         "果农和[[合作社]]", "农民[[合作社]]", "农商行与",
                         "支付平台", "移动[[支付]]", "[[商务部]]门",
                         "的[[小米]]通过", "[[小米]]羊肉"],
        "date_ok": [r"单月", r"日均", r"平时", r"全年", r"年销售额",
                    r"户均", r"一颗", r"周至", r"春茶季", r"直播季"],
    }
    return d, audit


# ===========================================================================
# g28 Greater Bay Area cross-border travel, traditional, UTF-8, Hong Kong,
# published 2025-12-29 (Mon, ISO week 2026-W01)
# ===========================================================================
@doc
def g28():
    d = Doc("g28_gba_crossborder_travel")
    HK, MO, ZH, SZ = "香港", "澳门", "珠海市", "深圳市"
    XMAS = "2025-12-25"
    # --- title
    d.date("[[聖誕]]長假逾380萬", XMAS, city="")
    d.metric("長假[[逾380萬人次]]", "380e4", "人次", "over", city="")
    d.metric("佔[[近七成]] 港車", 70, "%", "approx", city="")
    # --- lead
    d.org("【[[明報]]專訊】")
    d.org("】[[入境事務處]]（")
    d.org("（[[入境處]]）昨日")
    d.date("入境處）[[昨日]]（28日）", "2025-12-28", city="")
    d.date("昨日（[[28日]]）公布", "2025-12-28", city="")
    d.date("公布，[[聖誕]]長假期", XMAS, city="")
    d.date("長假期（[[12月25日]]至", "2025-12-25", city="")
    d.date("12月25日至[[28日]]）4天", "2025-12-28", city="")
    d.metric("共有[[約382.6萬人次]]", "382.6e4", "人次", "approx", city="")
    d.date("較[[去年同期]]增加12.4%", "2024", city="")
    d.metric("增加[[12.4%]]", "12.4", "%", "exact", city="")
    d.city("其中[[香港]]居民出入境")
    d.metric("出入境[[約267.3萬人次]]", "267.3e4", "人次", "approx", city=HK)
    d.metric("佔整體[[近七成]]", 70, "%", "approx", city=HK)
    d.metric("內地旅客[[約89.5萬人次]]", "89.5e4", "人次", "approx", city="")
    d.metric("上升[[9.8%]]", "9.8", "%", "exact", city="")
    d.metric("訪港旅客[[約25.8萬人次]]", "25.8e4", "人次", "approx", city="")
    d.date("出現在[[聖誕節]]當天", XMAS, city="")
    d.date("聖誕節[[當天]]，", XMAS, city="")
    d.metric("人次達[[108.2萬]]，", "108.2e4", "", "exact", city="")
    d.org("。[[入境處]]表示，北上")
    d.date("自[[平安夜]]（24日）", "2025-12-24", city="")
    d.date("平安夜（[[24日]]）起", "2025-12-24", city="")
    d.metric("輪候時間[[約18分鐘]]", 18, "分钟", "approx", city="")
    d.date("恢復至[[2019年同期]]", "2019", city="")
    d.metric("同期的[[約112%]]", 112, "%", "approx", city="")
    # --- checkpoint list: each line is a heading with no city at its start
    d.metric("羅湖：[[約86.4萬人次]]", "86.4e4", "人次", "approx", city="")
    d.metric("支線：[[約61.7萬人次]]", "61.7e4", "人次", "approx", city="")
    d.metric("深圳灣：[[約58.2萬人次]]", "58.2e4", "人次", "approx", city="")
    d.city("港珠澳大橋[[香港]]口岸：")
    d.metric("口岸：[[約42.9萬人次]]", "42.9e4", "人次", "approx", city=HK)
    d.metric("西九龍站：[[約38.5萬人次]]", "38.5e4", "人次", "approx", city="")
    # --- 港車北上 heading
    d.metric("單日[[逾1.2萬架次]]", "1.2e4", "架次", "over", city="")
    d.org("\n[[運輸及物流局]]資料")
    d.date("」自[[2023年7月1日]]實施", "2023-07-01", city=HK)
    d.date("截至[[12月15日]]累計", "2025-12-15", city=HK)
    d.metric("約有[[11.2萬輛]]", "11.2e4", "辆", "approx", outside_marker="約有",
             city=HK)
    d.city("萬輛[[香港]]私家車")
    d.date("獲批，[[今年首11個月]]經", "2025", city=HK)
    d.metric("港車[[約248萬架次]]", "248e4", "架次", "approx", city=HK)
    d.date("較[[去年同期]]增長逾一倍", "2024", city=HK)
    d.metric("增長[[逾一倍]]", 1, "倍", "over", city=HK)
    d.metric("港車達[[4.36萬架次]]", "4.36e4", "架次", "exact", city="")
    d.metric("日均[[約1.09萬架次]]", "1.09e4", "架次", "approx", city="")
    d.metric("最高[[1.21萬架次]]", "1.21e4", "架次", "exact", city="")
    d.org("。[[珠海市口岸局]]指")
    d.city("港珠澳大橋[[珠海]]公路口岸")
    d.metric("車輛[[約2.8萬輛次]]", "2.8e4", "辆次", "approx", city=ZH)
    d.metric("車輛約佔[[兩成]]", 20, "%", "approx", outside_marker="約佔",
             city=ZH)
    d.org("。[[珠海市政府]]亦宣布")
    d.date("宣布，[[本月]]起拱北", "2025-12", city="")
    d.metric("查驗通道[[40條]]", 40, "条", "exact", city="")
    d.org("。[[運輸署]]上周")
    d.date("運輸署[[上周]]已聯同", "2025-W52", city="")
    d.org("聯同[[珠海市政府]]及")
    d.org("及[[澳門特區政府]]召開")
    d.org("安排[[永東巴士]]、")
    d.org("、[[中港通]]等跨境")
    d.metric("加開[[約1,560班次]]", 1560, "班次", "approx", city="")
    # --- Macao
    d.org("\n[[澳門治安警察局]]資料")
    d.date("」自[[2023年1月1日]]實施", "2023-01-01", city=MO)
    d.date("截至[[11月底]]累計", "2025-11", city=MO)
    d.metric("約有[[9.6萬輛]]", "9.6e4", "辆", "approx", outside_marker="約有",
             city=MO)
    d.city("萬輛[[澳門]]單牌車")
    d.city("北上的[[澳門]]車輛")
    d.metric("日均[[約5,400架次]]", 5400, "架次", "approx", city=MO)
    d.org("。[[澳門特區政府旅遊局]]則表示")
    d.date("表示，[[聖誕]]長假期間入境", XMAS, city=MO)
    d.city("入境[[澳門]]旅客")
    d.metric("旅客[[約71.4萬人次]]", "71.4e4", "人次", "approx", city=MO)
    d.metric("增加[[6.3%]]", "6.3", "%", "exact", city=MO)
    d.city("港珠澳大橋[[澳門]]口岸")
    d.city("入境的[[香港]]旅客")
    d.metric("旅客[[約14.6萬人次]]", "14.6e4", "人次", "approx", city=HK)
    d.org("。[[香港海關]]指")
    d.metric("個案[[216宗]]", 216, "宗", "exact", city="")
    d.date("較[[去年聖誕]]增加", "2024-12-25", city="")
    d.metric("增加[[不足一成]]", 10, "%", "under", city="")
    # --- 北上消費 heading (no city)
    d.org("\n[[美團]]數據顯示")
    d.date("顯示，[[聖誕]]長假香港用戶", XMAS, city=HK)
    d.city("長假[[香港]]用戶")
    d.city("用戶在[[深圳]]的餐飲")
    d.metric("按年增長[[56%]]", 56, "%", "exact", city=SZ)
    d.city("，在[[廣州]]、佛山")
    d.city("、[[佛山]]及中山")
    d.city("佛山及[[中山]]的酒店")
    d.metric("分別增長[[38%]]", 38, "%", "exact", city="中山市")
    d.metric("、[[45%]]及61%", 45, "%", "exact", city="中山市")
    d.metric("及[[61%]]；", 61, "%", "exact", city="中山市")
    d.city("；[[珠海]]長隆海洋王國")
    d.city("接待[[香港]]旅客")
    d.metric("旅客[[約9.2萬人次]]", "9.2e4", "人次", "approx", city=HK)
    d.org("。[[深圳市口岸辦公室]]（")
    d.org("（[[深圳口岸辦]]）")
    d.date("預計，[[元旦]]假期深圳", "2026-01-01", city=SZ)
    d.city("假期[[深圳]]各口岸")
    d.metric("每日[[約85萬人次]]", "85e4", "人次", "approx", city=SZ)
    d.city("前往[[中山]]、江門")
    d.city("中山、[[江門]]一帶")
    d.city("，[[江門]]轄下")
    d.city("轄下[[台山市]]")
    d.city("及[[開平市]]的")
    d.metric("入住率[[逾九成]]", 90, "%", "over", city="开平市")
    d.metric("上調[[約四成]]", 40, "%", "approx", city="开平市")
    # --- 南下
    d.org("，[[深圳邊檢總站]]數據")
    d.city("經[[深圳]]各口岸南下")
    d.metric("內地旅客[[約62.1萬人次]]", "62.1e4", "人次", "approx", city=SZ)
    d.city("簽注的[[深圳]]居民")
    d.metric("居民約佔[[三成]]", 30, "%", "approx", outside_marker="約佔",
             city=SZ)
    d.org("。[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）總幹事")
    d.date("表示，[[今年首11個月]]訪港", "2025", city="")
    d.metric("累計[[約4,570萬人次]]", "4570e4", "人次", "approx", city="")
    d.metric("按年增長[[約12%]]", 12, "%", "approx", city="")
    d.date("超過[[去年]]全年水平", "2024", city="")
    d.metric("水平（[[4,450萬人次]]）", "4450e4", "人次", "exact", city="")
    d.metric("可達[[4,950萬人次左右]]", "4950e4", "人次", "approx", city="")
    d.org("。[[旅發局]]上月")
    d.date("旅發局[[上月]]推出", "2025-11", city=HK)
    d.city("「[[香港]]冬日禮遇」")
    d.metric("吸引[[逾3,200家]]", 3200, "家", "over", city=HK)
    # --- retail
    d.org("。[[香港零售管理協會]]主席")
    d.date("表示，[[聖誕]]長假期間會員", XMAS, city="")
    d.metric("下跌[[約3%]]至5%", 3, "%", "approx", city="")
    d.metric("約3%至[[5%]]，", 5, "%", "exact", city="")
    d.date("較[[11月]]的約8%", "2025-11", city="")
    d.metric("11月的[[約8%]]", 8, "%", "approx", city="")
    d.date("估計，[[今年]]全港", "2025", city="")
    d.metric("總銷貨價值[[約3,720億港元]]", "3720e8", "港元", "approx", city="")
    d.metric("下跌[[約4%]]。", 4, "%", "approx", city="")
    # --- 高鐵 heading (no city)
    d.metric("短途客佔[[六成]]", 60, "%", "exact", city="")
    d.org("\n[[港鐵公司]]（")
    d.org("（[[港鐵]]）表示")
    d.city("高鐵[[香港]]段")
    d.metric("共接載[[約38.5萬人次]]", "38.5e4", "人次", "approx", city=HK)
    d.city("往返[[深圳]]、廣州的")
    d.city("深圳、[[廣州]]的短途")
    d.metric("旅客佔[[約六成]]", 60, "%", "approx", city="广州市")
    d.city("往返[[長沙]]、")
    d.city("、[[武漢]]、")
    d.city("、[[廈門]]等長途")
    d.metric("增加[[逾三成]]。", 30, "%", "over", city="厦门市")
    d.org("[[中國鐵路廣州局集團有限公司]]")
    d.org("（[[廣鐵集團]]）")
    d.date("安排於[[12月31日]]至明年", "2025-12-31", city="")
    d.date("至[[明年1月4日]]加開", "2026-01-04", city="")
    d.metric("每日[[約118班]]", 118, "班", "approx", city="")
    d.org("。[[港鐵]]並指")
    d.metric("約有[[93.8萬人次]]", "93.8e4", "人次", "approx",
             outside_marker="約有", city="")
    d.metric("高出[[約25%]]", 25, "%", "approx", city="")
    d.date("於[[元旦]]前夕", "2026-01-01", city="")
    d.date("前夕（[[12月31日]]）", "2025-12-31", city="")
    # --- airport, outlook
    d.org("\n[[香港機場管理局]]（")
    d.org("（[[機管局]]）")
    d.org("指，[[香港國際機場]]長假")
    d.metric("客運量[[約56.3萬人次]]", "56.3e4", "人次", "approx", city="东京")
    d.city("包括[[東京]]、")
    d.city("、[[大阪]]、")
    d.city("、[[首爾]]、")
    d.city("、[[曼谷]]及")
    d.city("及[[三藩市]]。")
    d.org("。[[特區政府]]早前")
    d.date("預計於[[2027年]]前後", "2027", city="")
    d.metric("通關能力達[[20萬人次]]", "20e4", "人次", "exact", city="")
    d.org("。[[入境處]]預計")
    d.date("預計，[[明年元旦]]（", "2026-01-01", city=HK)
    d.date("元旦（[[1月1日]]）", "2026-01-01", city=HK)
    d.metric("將有[[約95萬人次]]", "95e4", "人次", "approx", city=HK)
    d.metric("其中[[約68萬人次]]", "68e4", "人次", "approx", city=HK)
    d.city("為[[香港]]居民；")
    d.date("參考[[今年復活節]]（", "2025-04-20", city="")
    d.date("（[[4月18日]]至", "2025-04-18", city="")
    d.date("至[[21日]]）長假", "2025-04-21", city="")
    d.metric("約有[[386.4萬人次]]", "386.4e4", "人次", "approx",
             outside_marker="約有", city="")
    d.date("，[[明年復活節]]的", "2026-04-05", city="")
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "珠海", "佛山", "中山",
                   "江門", "台山", "開平", "長沙", "武漢", "廈門", "東京",
                   "大阪", "首爾", "曼谷", "三藩", "羅湖", "落馬洲", "西九龍",
                   "皇崗", "拱北", "港珠澳", "內地", "全港", "本地", "訪港",
                   "赴港", "港人", "港車", "澳車", "長隆", "屯馬", "東鐵",
                   "大灣區", "廣東", "北上", "南下"],
        "excluded": ["羅湖", "落馬洲", "西九龍", "皇崗", "拱北", "港珠澳",
                     "內地", "全港", "本地", "訪港", "赴港", "港人", "港車",
                     "澳車", "長隆", "屯馬", "東鐵", "北上", "南下",
                     "[[深圳]]灣：", "[[香港]]零售管理協會",
                     "[[香港]]旅遊發展局", "[[香港]]機場管理局",
                     "[[香港]]國際機場", "[[香港]]海關", "[[澳門]]治安警察局",
                     "[[澳門]]特區政府召開", "[[澳門]]特區政府旅遊局",
                     "[[珠海]]市口岸局", "珠海市政府", "[[深圳]]市口岸辦公室",
                     "[[深圳]]口岸辦", "[[深圳]]邊檢總站", "中國鐵路[[廣州]]局"],
        "numbers_excluded": ["）[[4]]天共有", "（[[4]]天合計）"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["「[[一]]簽多行」", "[[一]]般週末",
                                      "[[一]]帶"],
        "org_hints": ["公司", "集團", "局", "處", "署", "政府", "協會", "海關",
                      "總站", "辦", "港鐵", "巴士", "美團", "明報", "機場",
                      "中港通", "旅發"],
        "org_excluded": ["跨境[[巴士]]公司", "跨境巴士[[公司]]",
                         "[[機場]]長假", "共[[處]]理"],
        "date_ok": [r"按年", r"全年", r"長假", r"單日", r"日均", r"每日",
                    r"週末", r"平日", r"明顯", r"\d天", r"前夕", r"冬日",
                    r"假期", r"年前後", r"不明"],
    }
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／+\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CN_NUM = "一二两兩三四五六七八九十几幾"
CHINESE_FIGURE = re.compile(
    r"[%s]+(?:成|倍|折|半|分之[一二三四五六七八九十]+|幅)" % CN_NUM)
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
    with separators, 万/亿, N成 (Arabic or Chinese digit), N倍, N分之M,
    多/余 (over)."""
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
    m = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九十])",
                     span)
    if m:  # a fraction is a percentage (SPEC 三分之一 -> 33.3333333333)
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10"), ROUND_HALF_UP), q, "分之"
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]{0,2})(多|余|餘)?", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    for ch in m.group(2):  # 万亿 = 10^12
        v *= MAGNITUDE[ch]
    if m.group(3):
        assert q == "exact", span
        q = "over"
    rest = span[m.end():]
    if rest == "成":  # Arabic N成 -> N x 10 %
        v *= 10
    return v, q, rest


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
    m = re.fullmatch(r"\d{4}-Q([1-4])", norm)
    assert m or not re.fullmatch(r"\d{4}-Q.*", norm), norm


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
    bad = []
    for r in d.rows:
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = (section_of(d.text, cities, r["start"])
                         or sentence_city(d.text, cities, r))
            exp = r["_expect_city"]
            assert exp is not None, ("no expected city written", r)
            if r["city"] != exp:
                bad.append((r["text"], r["start"], "rule:", r["city"],
                            "expected:", exp))
    assert not bad, "city rule disagrees:\n" + "\n".join(map(str, bad))


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
            assert r["city"] == "", r
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
            if not r["unit"]:
                assert rest == "", ("a unit is written", r)
            if r["_extra"].get("shared_unit"):
                assert rest == "", r
                nxt = d.text[e:e + 1 + 16]
                assert nxt[0] in "至和、及", r
                assert r["unit"] and r["unit"] in nxt, r
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            y = int(PUBLISHED[d.doc_id][:4])
            assert abs(int(r["normalized"][:4]) - y) <= YEAR_SPAN, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]

    def places(ctxs):
        out = []
        for ctx in ctxs:
            if "[[" in ctx:
                out.extend(d._locate(ctx, 1)[1])
            else:  # a plain substring: all its occurrences
                hits = [(m.start(), m.end())
                        for m in re.finditer(re.escape(ctx), d.text)]
                assert hits, ("exclusion never occurs", ctx)
                out.extend(hits)
        return out

    excluded = places(audit["excluded"] + audit["numbers_excluded"]
                      + audit["latin_excluded"]
                      + audit["chinese_numerals_excluded"])

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
    need(r"[一二两兩三四五六七八九十百千]", covered + excluded,
         "Chinese numeral")
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), org_spans, "ORG string")
    org_ex = places(audit["org_excluded"])
    for hint in audit["org_hints"]:
        need(re.escape(hint), org_spans + org_ex, "ORG-like word")
    ok = [(m.start(), m.end()) for pat in audit["date_ok"]
          for m in re.finditer(pat, d.text)]
    need(r"[年月日季周週旬昨今明天初底末夕夜节節旦诞誕秋庆慶]",
         covered + ok, "time word")
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
        assert r["source"] == SOURCE[r["doc_id"]], r
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
             if r["type"] == "METRIC" and r["unit"]
             and not r["_extra"].get("shared_unit")]
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units]
                   + [r["_rest"] for r in units])
    if conv is None:
        sys.exit("OpenCC not reachable: ORG normalizations need t2s")
    k, u = len(names), len(units)
    for r, s in zip(names, conv[:k]):
        if r["type"] == "ORG":
            r["normalized"] = s
            # simplified articles: t2s changes nothing
            if r["doc_id"] not in TRADITIONAL:
                assert s == r["text"], (r, s)
        elif r["text"] in CITY_ALIAS:
            assert r["normalized"] == CITY_ALIAS[r["text"]], r
        else:
            assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
    for r, s in zip(units, conv[k:k + u]):
        assert s == r["unit"], (r, s)
    for r, rest in zip(units, conv[k + u:]):
        # the unit is what the span writes after the number
        if r["unit"] == "%":
            assert rest in ("%", "％", "成", "分之"), (r, rest)
        elif r["unit"] in ("百分点", "基点"):
            assert rest == "个" + r["unit"], (r, rest)
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
        print("%-28s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-28s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
