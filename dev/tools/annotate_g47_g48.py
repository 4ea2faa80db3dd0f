#!/usr/bin/env python3
"""Gold annotation for the held-out articles g47_beverage_brands and
g48_taiwan_ecommerce (annotator X).

Adapted from heldout/tools/annotate_u.py (now dev/tools/annotate_g41_g42.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g47 is simplified (mainland business daily 北京商报, 2025-10-15), UTF-8
without BOM; g48 is traditional (Taiwan, 工商時報, 2025-11-25), stored in
Big5 (cp950).  g48's `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified (OpenCC t2s; foreign cities in their
mainland standard name, 雪梨 -> 悉尼).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(NOTES_u/v/w, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g47_g48.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs inside heldout/ next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_u.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings and ORG
strings).  Change from annotate_u.py: a range's first figure may share the
magnitude-less unit after a second figure that carries a magnitude
(52万至54万家, 8万至12万元).  Re-run (from anywhere):

    python3 dev/tools/annotate_g47_g48.py
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
    "g47_beverage_brands": ("utf-8", b"", False, "2025-10-15", "北京商报"),
    "g48_taiwan_ecommerce": ("cp950", b"", True, "2025-11-25", "工商時報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g47 (2025; 义乌, 昆山, 晋江, 浏阳, 寿光 are county-level cities)
    "义乌": "义乌市", "昆山": "昆山市", "晋江": "晋江市", "浏阳": "浏阳市",
    "寿光": "寿光市", "长沙": "长沙市", "郑州": "郑州市", "成都": "成都市",
    "杭州": "杭州市", "上海": "上海市", "武汉": "武汉市",
    "雅加达": "雅加达", "胡志明市": "胡志明市", "吉隆坡": "吉隆坡",
    "洛杉矶": "洛杉矶", "纽约": "纽约", "伦敦": "伦敦", "新加坡": "新加坡",
    # g48 (Taiwan: full names with 市; foreign: mainland standard names)
    "台北": "台北市", "臺北市": "台北市", "新北市": "新北市",
    "桃園": "桃园市", "桃園市": "桃园市", "臺中": "台中市", "臺中市": "台中市",
    "臺南": "台南市", "臺南市": "台南市", "高雄": "高雄市", "高雄市": "高雄市",
    "基隆市": "基隆市", "嘉義市": "嘉义市", "首爾": "首尔", "東京": "东京",
    "雪梨": "悉尼",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"雪梨": "悉尼"}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟部統計處": "经济部统计处", "富邦媒": "富邦媒", "momo購物網": "momo购物网",
    "momo": "momo", "網家": "网家", "PChome": "PChome", "蝦皮購物": "虾皮购物",
    "酷澎": "酷澎", "Coupang": "Coupang",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC",
    "統一超商": "统一超商", "全家便利商店": "全家便利商店", "全家": "全家",
    "全聯福利中心": "全联福利中心", "全聯": "全联", "家樂福": "家乐福",
    "統一集團": "统一集团", "新光三越": "新光三越", "遠東百貨": "远东百货",
    "新竹物流": "新竹物流", "嘉里大榮物流": "嘉里大荣物流",
    "台灣宅配通": "台湾宅配通",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "臺灣港務公司高雄分公司": "台湾港务公司高雄分公司",
    "行政院消費者保護處": "行政院消费者保护处", "消保處": "消保处",
    "臺北市政府法務局": "台北市政府法务局",
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
# g47 ready-to-drink tea, coffee and beverage market, simplified, UTF-8,
# 2025-10-15 (a Wednesday, ISO week 2025-W42), business daily (北京商报);
# the report came out 昨天（10月14日）.
# ===========================================================================
@doc
def g47():
    d = Doc("g47_beverage_brands")
    YW, JJ, SG, ZZ, CS, HZ, WH = ("义乌市", "晋江市", "寿光市", "郑州市",
                                  "长沙市", "杭州市", "武汉市")
    HCM, KL, NY, LD, SGP = "胡志明市", "吉隆坡", "纽约", "伦敦", "新加坡"
    # title (no CITY)
    d.metric("门店[[突破50万家]] 前三", "50e4", "家", "over", "")
    d.date("万家 [[前三季度]]现制", "2025", "")
    d.metric("销售额[[约1860亿元]]\n", "1860e8", "元", "approx", "")
    # lead (no CITY)
    d.date("孙雨桐）[[昨天]]（10月14日）", "2025-10-14", "")
    d.date("昨天（[[10月14日]]）", "2025-10-14", "")
    d.org("数据平台[[窄门餐眼]]发布")
    d.date("《[[2025年]]现制饮品", "2025", "")
    d.date("截至[[9月底]]，全国", "2025-09", "")
    d.metric("总数约为[[51.6万家]]", "51.6e4", "家", "approx", "",
             outer="约为")
    d.date("万家，较[[去年同期]]增长8.3%", "2024-09", "")
    d.metric("增长[[8.3%]]；", "8.3", "%", "exact", "")
    d.date("；[[今年前三季度]]，现制", "2025", "")
    d.metric("合计销售额[[约1860亿元]]，", "1860e8", "元", "approx", "")
    d.metric("同比增长[[约12%]]，增速", 12, "%", "approx", "")
    d.date("增速较[[去年]]全年", "2024", "")
    d.metric("回落[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.metric("已升至[[57%]]", 57, "%", "exact", "")
    # brands
    d.org("分品牌看，[[蜜雪冰城]]仍以")
    d.metric("门店数已[[超过4.6万家]]", "4.6e4", "家", "over", "")
    d.metric("海外门店[[约4900家]]", 4900, "家", "approx", "")
    d.org("；[[古茗]]、茶百道的")
    d.org("古茗、[[茶百道]]的门店数")
    d.metric("分别为[[1.1万家]]和", "1.1e4", "家", "exact", "")
    d.metric("1.1万家和[[8600家左右]]", 8600, "家", "approx", "")
    d.org("，[[霸王茶姬]]（CHAGEE）")
    d.org("霸王茶姬（[[CHAGEE]]）")
    d.metric("门店数达[[6700家]]", 6700, "家", "exact", "")
    d.date("，[[上半年]]GMV", "2025", "")
    d.metric("GMV为[[148亿元]]", "148e8", "元", "exact", "")
    d.org("方面，[[瑞幸咖啡]]第三季度")
    d.date("瑞幸咖啡[[第三季度]]净新增", "2025-Q3", "")
    d.metric("净新增门店[[3100家]]", 3100, "家", "exact", "")
    d.metric("总数达到[[2.9万家]]", "2.9e4", "家", "exact", "")
    d.metric("销售额增长[[8.1%]]", "8.1", "%", "exact", "")
    d.org("；[[库迪咖啡]]宣布")
    d.metric("门店数[[突破1.5万家]]", "1.5e4", "家", "over", "")
    d.metric("其中[[约三分之一]]开在", "33.3333333333", "%", "approx", "")
    # 下沉 (a heading opening with no city)
    d.metric("新店占比[[超四成]]\n", 40, "%", "over", "")
    d.org("增长点。[[窄门餐眼]]数据")
    d.date("显示，[[今年1月]]至9月", "2025-01", "")
    d.date("今年1月至[[9月]]，全国", "2025-09", "")
    d.metric("门店[[约7.8万家]]", "7.8e4", "家", "approx", "")
    d.metric("总数的[[41.5%]]", "41.5", "%", "exact", "")
    d.date("41.5%，较[[去年同期]]提高", "2024", "")
    d.metric("提高[[6.2个百分点]]", "6.2", "百分点", "exact", "")
    d.city("在浙江[[义乌]]，蜜雪冰城")
    d.org("义乌，[[蜜雪冰城]]、古茗")
    d.org("蜜雪冰城、[[古茗]]、沪上")
    d.org("古茗、[[沪上阿姨]]等")
    d.metric("每万人[[4.2家]]；", "4.2", "家", "exact", YW)
    d.city("江苏[[昆山]]、福建")
    d.city("福建[[晋江]]两地")
    d.metric("增至[[860家]]和", 860, "家", "exact", JJ)
    d.metric("860家和[[510家]]", 510, "家", "exact", JJ)
    d.metric("均[[超过30%]]", 30, "%", "over", JJ)
    d.org("。[[古茗]]方面介绍")
    d.metric("县城门店[[超过4000家]]", 4000, "家", "over", "")
    d.metric("出杯量[[约400杯]]", 400, "杯", "approx", "")
    d.date("，[[二季度]]县城", "2025-Q2", "")
    d.metric("同比增长[[15.4%]]", "15.4", "%", "exact", "")
    d.city("在湖南[[浏阳]]、山东")
    d.city("山东[[寿光]]等县级市")
    d.metric("营业额在[[8万]]至12万元", "8e4", "元", "exact", SG,
             shared="元")
    d.metric("8万至[[12万元]]之间", "12e4", "元", "exact", SG)
    d.metric("同类门店的[[一半]]", 50, "%", "exact", SG)
    d.metric("后者的[[三成左右]]", 30, "%", "approx", SG)
    d.metric("缩短至[[14个月]]", 14, "个月", "exact", SG)
    # 价格战 (no heading)
    d.org("延续。[[美团]]数据")
    d.date("显示，[[9月]]外卖平台", "2025-09", "")
    d.metric("单价[[10元以下]]", 10, "元", "under", "")
    d.metric("占比达到[[38.5%]]", "38.5", "%", "exact", "")
    d.date("38.5%，较[[去年同期]]提高", "2024-09", "")
    d.metric("提高[[近9个百分点]]", 9, "百分点", "approx", "")
    d.date("。[[今年8月]]，库迪", "2025-08", CS)
    d.org("今年8月，[[库迪咖啡]]在长沙")
    d.city("在[[长沙]]、郑州")
    d.city("长沙、[[郑州]]等城市")
    d.metric("下调至[[9.9元]]", "9.9", "元", "exact", ZZ)
    d.metric("叠加[[8折]]优惠", 80, "%", "exact", ZZ)
    d.city("；[[成都]]本土品牌")
    d.date("则从[[去年]]的16.8元", "2024", "成都市")
    d.metric("去年的[[16.8元]]", "16.8", "元", "exact", "成都市")
    d.metric("降至[[14.2元]]", "14.2", "元", "exact", "成都市")
    # 杭州 section (heading 杭州： to the heading 瓶装饮料：)
    d.city("\n[[杭州]]：监管部门")
    d.metric("约谈[[12个]]品牌\n", 12, "个", "exact", HZ)
    d.org("\n[[杭州市市场监督管理局]]（")
    d.org("以下简称“[[杭州市市场监管局]]”")
    d.date("”）[[10月13日]]通报", "2025-10-13", HZ)
    d.date("通报，[[国庆]]、中秋", "2025-10-01", HZ)
    d.date("国庆、[[中秋]]假期", "2025-10-06", HZ)
    d.date("假期（[[10月1日]]至8日）", "2025-10-01", HZ)
    d.date("10月1日至[[8日]]）", "2025-10-08", HZ)
    d.metric("平日增长[[约46%]]", 46, "%", "approx", HZ)
    d.metric("最高[[超过3000杯]]", 3000, "杯", "over", HZ)
    d.metric("投诉举报[[1286件]]", 1286, "件", "exact", HZ)
    d.metric("同比上升[[18.7%]]", "18.7", "%", "exact", HZ)
    d.org("。[[杭州市市场监管局]]已约谈")
    d.org("约谈[[喜茶]]、奈雪")
    d.org("喜茶、[[奈雪的茶]]、")
    d.org("奈雪的茶、[[茶百道]]等")
    d.metric("茶百道等[[12个]]品牌", 12, "个", "exact", HZ)
    d.metric("余杭区的[[37家]]门店", 37, "家", "exact", HZ)
    d.city("抽样测算，[[杭州]]人")
    d.date("杭州人[[今年]]人均", "2025", HZ)
    d.metric("现制饮品[[约46杯]]", 46, "杯", "approx", HZ)
    d.city("总部位于[[杭州]]的")
    d.org("的[[浙江茶语时光餐饮管理有限公司]]（")
    d.org("以下简称“[[茶语时光]]”")
    d.date("将在[[年底]]前完成", "2025", HZ)
    d.metric("旗下[[420家]]门店", 420, "家", "exact", HZ)
    # 瓶装饮料 (heading with no city: ends 杭州)
    d.org("激烈。[[尼尔森IQ]]（")
    d.org("（[[NielsenIQ]]）")
    d.date("显示，[[今年前8个月]]，国内", "2025", "")
    d.metric("同比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("占比达到[[34%]]", 34, "%", "exact", "")
    d.date("增速已从[[去年]]的", "2024", "")
    d.metric("去年的[[超过70%]]", 70, "%", "over", "")
    d.metric("回落至[[22%左右]]", 22, "%", "approx", "")
    d.org("。[[农夫山泉]]上半年")
    d.date("农夫山泉[[上半年]]饮料", "2025", "")
    d.metric("业务收入[[约110亿元]]", "110e8", "元", "approx", "")
    d.metric("同比增长[[19.3%]]", "19.3", "%", "exact", "")
    d.org("；[[康师傅控股]]（")
    d.org("（[[康师傅]]）即饮茶")
    d.metric("销量下降[[3.4%]]", "3.4", "%", "exact", "")
    d.org("，[[统一企业]]则称")
    d.metric("增加了[[约12万个]]", "12e4", "个", "approx", "")
    d.org("。[[元气森林]]表示")
    d.date("无糖茶产品[[9月]]在县城", "2025-09", "")
    d.metric("铺货率达到[[62%]]", 62, "%", "exact", "")
    # 乳企 (no heading)
    d.org("入局。[[伊利]]今年")
    d.date("伊利[[今年]]已与", "2025", "")
    d.org("已与[[霸王茶姬]]、喜茶")
    d.org("霸王茶姬、[[喜茶]]等品牌")
    d.date("合作，[[上半年]]向现制", "2025", "")
    d.metric("供应鲜奶[[约8.6万吨]]", "8.6e4", "吨", "approx", "")
    d.org("；[[蒙牛]]则在")
    d.city("则在[[上海]]、成都")
    d.city("上海、[[成都]]、武汉")
    d.city("成都、[[武汉]]等地")
    d.date("”，[[9月]]供应量", "2025-09", WH)
    d.metric("环比增长[[27%]]", 27, "%", "exact", WH)
    d.org("。[[光明乳业]]表示")
    d.date("厚乳产品[[三季度]]销量", "2025-Q3", "")
    d.metric("同比增长[[约1.4倍]]", "1.4", "倍", "approx", "")
    # 出海 (heading with no city)
    d.metric("海外门店[[超过9000家]]\n", 9000, "家", "over", "")
    d.org("欧美扩张。[[蜜雪冰城]]在")
    d.city("印度尼西亚[[雅加达]]、")
    d.city("越南[[胡志明市]]的门店")
    d.metric("分别达到[[1200家]]和", 1200, "家", "exact", HCM)
    d.metric("1200家和[[650家]]；", 650, "家", "exact", HCM)
    d.org("；[[霸王茶姬]]在马来西亚")
    d.city("马来西亚[[吉隆坡]]开出")
    d.date("并计划[[明年]]在美国", "2026", KL)
    d.city("美国[[洛杉矶]]开设")
    d.org("。[[喜茶]]今年3月")
    d.date("喜茶[[今年3月]]进入", "2025-03", NY)
    d.city("进入[[纽约]]曼哈顿")
    d.metric("销售额[[约2.3万美元]]", "2.3e4", "美元", "approx", NY)
    d.city("其[[伦敦]]门店")
    d.metric("营收已[[超过15万英镑]]", "15e4", "英镑", "over", LD)
    d.org("。[[瑞幸咖啡]]则在")
    d.city("则在[[新加坡]]布局")
    d.metric("布局[[约70家]]门店", 70, "家", "approx", SGP)
    d.org("。[[艾媒咨询]]预计")
    d.date("到[[2027年]]，中国", "2027", "")
    d.metric("有望[[突破2万家]]", "2e4", "家", "over", "")
    d.metric("将达到[[约45亿美元]]", "45e8", "美元", "approx", "")
    # last paragraph (no CITY)
    d.org("整合期。[[中国连锁经营协会]]（")
    d.org("（[[CCFA]]）")
    d.metric("受访的[[58家]]茶饮", 58, "家", "exact", "")
    d.metric("中，[[约六成]]表示", 60, "%", "approx", "")
    d.date("表示[[今年]]毛利率", "2025", "")
    d.org("下滑。[[窄门餐眼]]预计")
    d.date("到[[今年年底]]，全国", "2025", "")
    d.metric("将在[[52万]]至54万家", "52e4", "家", "exact", "",
             shared="家")
    d.metric("52万至[[54万家]]之间", "54e4", "家", "exact", "")
    d.metric("关店率或[[超过15%]]", 15, "%", "over", "")
    d.date("；[[明年一季度]]，头部", "2026-Q1", "")
    audit = {
        "cities": ["杭州", "义乌", "昆山", "晋江", "浏阳", "寿光", "长沙",
                   "郑州", "成都", "上海", "武汉", "雅加达", "胡志明",
                   "吉隆坡", "洛杉矶", "纽约", "曼哈顿", "伦敦", "新加坡",
                   "萧山", "余杭", "西湖", "浙江", "江苏", "福建", "江西",
                   "湖南", "山东", "华东", "华南", "东南亚", "欧美", "北京",
                   "沪", "全市", "全国", "县城", "城市", "中国", "美国",
                   "越南", "印度尼西亚", "马来西亚", "县级市", "乡镇"],
        "excluded": [
            # provinces, regions, countries, districts, a scenic spot
            "在[[浙江]]义乌", "[[江苏]]昆山", "、[[福建]]晋江",
            "在[[浙江]]、江西", "浙江、[[江西]]、", "江西、[[福建]]三省",
            "在[[湖南]]浏阳", "、[[山东]]寿光", "对[[萧山]]区",
            "、[[余杭]]区", "[[西湖]]景区", "在[[华东]]、", "、[[华南]]的",
            "从[[东南亚]]向", "向[[欧美]]扩张", "在[[印度尼西亚]]",
            "、[[越南]]胡志明", "在[[马来西亚]]", "在[[美国]]洛杉矶",
            "纽约[[曼哈顿]]", "，[[中国]]新茶饮",
        ],
        "numbers_excluded": ["开出第[[200]]家"],
        # 三线, 一线城市 (tier labels), 三省 (a collective label for the
        # provinces just listed), 两地 (likewise)
        "cn_excluded": ["[[三]]线及以下", "相当于[[一]]线城市",
                        "福建[[三]]省", "晋江[[两]]地"],
        "latin_excluded": ["上半年[[GMV]]为"],
        "words_excluded": {"日均": 2, "单日": 1, "首日": 1, "单月": 1,
                           "月均": 1, "平日": 1, "周边": 1, "回本周期": 1,
                           "全市": 1, "全国": 4, "县城": 8, "城市": 3,
                           "县级市": 1, "同店": 1, "首店": 2, "乡镇": 1, "全年": 1},
        "orgwords_excluded": {"本报": 1, "该局": 2, "平台": 2, "品牌": 10,
                              "咨询": 0, "协会": 0, "公司": 0, "集团": 0,
                              "乳业": 0, "咖啡": 5},
    }
    return d, audit


# ===========================================================================
# g48 e-commerce and retail in Taiwan, traditional, Big5 (cp950),
# 2025-11-25 (a Tuesday, ISO week 2025-W48), Taipei business daily
# (工商時報); byline 【記者…／台北報導】 (台北 is a special municipality:
# CITY).  A Taiwan text (新臺幣, 民國): bare 113年/114年/115年 are ROC
# years; 國慶 is 10-10.
# ===========================================================================
@doc
def g48():
    d = Doc("g48_taiwan_ecommerce")
    TP, NT, TY, TC, TN, KH, KL, CY = ("台北市", "新北市", "桃园市", "台中市",
                                      "台南市", "高雄市", "基隆市", "嘉义市")
    # title (has a comma in 3,956: no heading by the rule; no CITY)
    d.date("\\A[[10月]]網購" if False else "[[10月]]網購營業額年增12.6%",
           "2025-10", "")
    d.metric("營業額年增[[12.6%]] 電商", "12.6", "%", "exact", "")
    d.date("電商[[前10月]]業績", "2025", "")
    d.metric("業績達[[3,956億元]]\n", "3956e8", "元", "exact", "")
    # lead
    d.city("／[[台北]]報導")
    d.org("升溫。[[經濟部統計處]]昨")
    d.date("統計處[[昨（24）日]]公布", "2025-11-24", "")
    d.date("公布，[[114年10月]]零售業", "2025-10", "")
    d.metric("營業額為新臺幣[[4,312億元]]", "4312e8", "元", "exact", "",
             outer="新臺幣")
    d.metric("年增[[3.8%]]；", "3.8", "%", "exact", "")
    d.metric("營業額達[[412億元]]", "412e8", "元", "exact", "")
    d.metric("年增[[12.6%]]，月增", "12.6", "%", "exact", "")
    d.metric("月增[[5.1%]]，創", "5.1", "%", "exact", "")
    d.date("來看，[[10月]]網購以", "2025-10", "")
    d.metric("分別為[[18.3%]]與", "18.3", "%", "exact", "")
    d.metric("18.3%與[[15.6%]]；", "15.6", "%", "exact", "")
    d.metric("年減[[2.4%]]，已連續", "2.4", "%", "exact", "")
    d.date("。[[今年前10月]]電子", "2025", "")
    d.metric("累計[[3,956億元]]", "3956e8", "元", "exact", "")
    d.date("較[[113年同期]]增加9.4%", "2024", "")
    d.metric("增加[[9.4%]]，占", "9.4", "%", "exact", "")
    d.metric("升至[[約9.8%]]", "9.8", "%", "approx", "")
    d.date("購物節自[[10月下旬]]陸續", "2025-10", "")
    d.date("預估[[11月]]電子", "2025-11", "")
    d.metric("可望[[突破470億元]]", "470e8", "元", "over", "")
    d.metric("年增[[10%]]至13%", 10, "%", "exact", "")
    d.metric("年增10%至[[13%]]", 13, "%", "exact", "")
    d.date("此外，[[第3季]]電子", "2025-Q3", "")
    d.metric("營業額為[[1,218億元]]", "1218e8", "元", "exact", "")
    d.metric("季增[[6.7%]]", "6.7", "%", "exact", "")
    d.date("6.7%，較[[去年同期]]增加10.2%", "2024-Q3", "")
    d.metric("增加[[10.2%]]，增幅", "10.2", "%", "exact", "")
    # 平台 (a heading opening with no city)
    d.org("平台：[[momo]]穩居")
    d.org("龍頭 [[酷澎]]急起")
    d.org("電商龍頭[[富邦媒]]（8454）")
    d.date("公告，[[10月]]合併營收", "2025-10", "")
    d.metric("合併營收為新臺幣[[105.6億元]]", "105.6e8", "元", "exact", "",
             outer="新臺幣")
    d.metric("月增[[8.9%]]，年增", "8.9", "%", "exact", "")
    d.metric("年增[[6.2%]]；", "6.2", "%", "exact", "")
    d.date("；[[今年前10月]]累計營收1,012", "2025", "")
    d.metric("累計營收[[1,012億元]]", "1012e8", "元", "exact", "")
    d.metric("年增[[4.7%]]。", "4.7", "%", "exact", "")
    d.org("。[[富邦媒]]表示")
    d.org("旗下[[momo購物網]]10月")
    d.date("momo購物網[[10月]]來客數", "2025-10", TY)
    d.metric("來客數年增[[逾1成]]", 10, "%", "over", TY)
    d.metric("會員[[突破120萬人]]", "120e4", "人", "over", TY)
    d.city("，[[桃園]]觀音與")
    d.city("觀音與[[臺中]]烏日")
    d.metric("合計面積[[約3.6萬坪]]", "3.6e4", "坪", "approx", TC)
    d.date("，[[第3季]]已有近7成", "2025-Q3", TC)
    d.metric("已有[[近7成]]訂單", 70, "%", "approx", TC)
    d.org("送達。[[網家]]（8044）")
    d.date("（8044）[[10月]]營收", "2025-10", "")
    d.metric("營收為[[28.3億元]]", "28.3e8", "元", "exact", "")
    d.metric("年減[[7.6%]]，較", "7.6", "%", "exact", "")
    d.date("較[[上月]]減少", "2025-09", "")
    d.metric("減少[[1.2億元]]", "1.2e8", "元", "exact", "")
    d.org("；[[網家]]預計")
    d.date("預計[[明年第1季]]前", "2026-Q1", "")
    d.org("旗下[[PChome]]購物平台")
    # 蝦皮, 酷澎, MIC
    d.org("營收的[[蝦皮購物]]與")
    d.org("韓國電商[[酷澎]]（Coupang）")
    d.org("酷澎（[[Coupang]]）")
    d.org("搶市。[[資策會產業情報研究所]]（")
    d.org("（[[MIC]]）")
    d.date("顯示，[[今年第3季]]消費者", "2025-Q3", "")
    d.org("之中，[[蝦皮購物]]的" if False else "平台中，[[蝦皮購物]]的")
    d.metric("使用率約為[[62%]]", 62, "%", "approx", "", outer="約為")
    d.org("，[[momo]]為51%")
    d.metric("momo為[[51%]]", 51, "%", "exact", "")
    d.org("51%，[[酷澎]]由去年")
    d.date("酷澎由[[去年同期]]的18%", "2024-Q3", "")
    d.metric("去年同期的[[18%]]", 18, "%", "exact", "")
    d.metric("大增至[[29%]]", 29, "%", "exact", "")
    d.org("之冠。[[酷澎]]10月")
    d.date("酷澎[[10月]]宣布", "2025-10", TN)
    d.city("在[[臺南市]]設立")
    d.date("預計[[明年]]增聘", "2026", TN)
    d.metric("增聘[[約1,500名]]", 1500, "名", "approx", TN)
    d.org("，[[酷澎]]在台的")
    d.metric("已逾新臺幣[[500億元]]", "500e8", "元", "over", TY,
             outer="逾新臺幣")
    d.city("並在[[桃園]]、高雄")
    d.city("桃園、[[高雄]]設有")
    d.org("；[[蝦皮購物]]日前")
    d.city("日前在[[新北市]]林口")
    d.metric("面積[[約2萬坪]]", "2e4", "坪", "approx", NT)
    d.metric("可處理[[逾80萬件]]", "80e4", "件", "over", NT)
    d.city("所在的[[首爾]]，")
    # 實體通路 (heading with no city)
    d.org("方面，[[統一超商]]10月")
    d.date("統一超商[[10月]]營收為273.5", "2025-10", "")
    d.metric("營收為[[273.5億元]]", "273.5e8", "元", "exact", "")
    d.metric("年增[[4.1%]]，今年", "4.1", "%", "exact", "")
    d.date("4.1%，[[今年前10月]]累計", "2025", "")
    d.metric("累計營收[[2,658億元]]", "2658e8", "元", "exact", "")
    d.org("；[[全家便利商店]]（")
    d.org("便利商店（[[全家]]）")
    d.date("（全家）[[10月]]營收", "2025-10", "")
    d.metric("營收[[約118億元]]", "118e8", "元", "approx", "")
    d.metric("年增[[5.3%]]。", "5.3", "%", "exact", "")
    d.metric("已達[[1萬3,842家]]", "13842", "家", "exact", "")
    d.org("其中[[統一超商]]約7,300家")
    d.metric("統一超商[[約7,300家]]", 7300, "家", "approx", "")
    d.org("、[[全家]]約4,400家")
    d.metric("全家[[約4,400家]]", 4400, "家", "approx", "")
    d.org("，[[統一超商]]10月單月")
    d.date("統一超商[[10月]]單月", "2025-10", "")
    d.metric("處理量[[突破3,200萬件]]", "3200e4", "件", "over", "")
    d.date("較[[去年同期]]增加約15%", "2024-10", "")
    d.metric("增加[[約15%]]", 15, "%", "approx", "")
    d.org("。[[全家]]今年起")
    d.date("全家[[今年]]起在", "2025", TY)
    d.city("起在[[桃園市]]、臺中市")
    d.city("桃園市、[[臺中市]]試行")
    d.metric("已有[[38家]]門店", 38, "家", "exact", TC)
    d.metric("可節省[[約2成]]", 20, "%", "approx", TC)
    d.org("\n[[全聯福利中心]]（")
    d.org("福利中心（[[全聯]]）")
    d.date("購物平台[[10月]]訂單", "2025-10", TP)
    d.metric("訂單年增[[2.4倍]]", "2.4", "倍", "exact", TP)
    d.city("目前在[[臺北市]]、新北市")
    d.city("臺北市、[[新北市]]提供")
    d.date("服務，[[年底]]前將", "2025", NT)
    d.city("擴大至[[臺中市]]、臺南市")
    d.city("臺中市、[[臺南市]]與高雄市")
    d.city("臺南市與[[高雄市]]。")
    d.org("。[[家樂福]]併入")
    d.org("併入[[統一集團]]後")
    d.date("後，[[今年前3季]]營收", "2025", "")
    d.metric("營收年增[[約3%]]。", 3, "%", "approx", "")
    # 百貨 (no heading)
    d.org("檔期。[[新光三越]]10月")
    d.date("新光三越[[10月]]營收", "2025-10", TC)
    d.metric("營收年增[[6.8%]]", "6.8", "%", "exact", TC)
    d.city("其中[[臺中]]中港店")
    d.city("與[[臺南]]西門店")
    d.metric("分別達到[[42億元]]與", "42e8", "元", "exact", TN)
    d.metric("42億元與[[18.5億元]]", "18.5e8", "元", "exact", TN)
    d.org("；[[遠東百貨]]則表示")
    d.metric("提高至[[約12%]]", 12, "%", "approx", "")
    # 物流 (heading with no city)
    d.org("\n[[新竹物流]]與嘉里")
    d.org("新竹物流與[[嘉里大榮物流]]表示")
    d.date("表示，[[國慶]]連假", "2025-10-10", "")
    d.date("回升，[[10月]]平均", "2025-10", "")
    d.date("分別較[[9月]]增加", "2025-09", "")
    d.metric("增加[[18%]]與12%", 18, "%", "exact", "")
    d.metric("18%與[[12%]]。", 12, "%", "exact", "")
    d.org("。[[台灣宅配通]]則宣布")
    d.metric("投資新臺幣[[12億元]]", "12e8", "元", "exact", KL,
             outer="新臺幣")
    d.city("在[[基隆市]]與嘉義市")
    d.city("基隆市與[[嘉義市]]新建")
    d.date("預計[[115年下半年]]啟用", "2026", CY)
    d.org("；[[嘉里大榮物流]]並在")
    d.city("並在[[臺中市]]新設")
    d.date("預計[[年底]]前啟用", "2025", TC)
    d.metric("可容納[[約6,000個]]棧板", 6000, "个", "approx", TC)
    d.date("租金已較[[民國113年]]上漲", "2024", "")
    d.metric("上漲[[2成以上]]", 20, "%", "over", "")
    # 高雄 section (heading 高雄： to the heading 消費保護：)
    d.city("\n[[高雄]]：跨境電商")
    d.org("\n[[高雄市政府經濟發展局]]統計")
    d.date("統計，[[今年1]]至10月", "2025-01", KH)
    d.date("今年1至[[10月]]高雄市", "2025-10", KH)
    d.city("10月[[高雄市]]跨境")
    d.metric("新增[[326家]]", 326, "家", "exact", KH)
    d.metric("出口金額約為新臺幣[[86億元]]", "86e8", "元", "approx", KH,
             outer="約為新臺幣")
    d.metric("年增[[逾25%]]", 25, "%", "over", KH)
    d.city("往來[[東京]]、雪梨")
    d.city("東京、[[雪梨]]的")
    d.metric("雙雙[[超過3成]]", 30, "%", "over", KH)
    d.org("。[[臺灣港務公司高雄分公司]]表示")
    d.date("表示，[[今年前10月]]經高雄港", "2025", KH)
    d.metric("貨件[[約1,860萬件]]", "1860e4", "件", "approx", KH)
    d.metric("年增[[約19%]]", 19, "%", "approx", KH)
    # 消費保護 (heading with no city: ends 高雄)
    d.org("\n[[行政院消費者保護處]]（")
    d.org("保護處（[[消保處]]）")
    d.date("統計，[[今年1]]至9月", "2025-01", "")
    d.date("今年1至[[9月]]網購", "2025-09", "")
    d.metric("申訴達[[2萬1,657件]]", "21657", "件", "exact", "")
    d.date("較[[113年同期]]增加11.3%", "2024", "")
    d.metric("增加[[11.3%]]，其中", "11.3", "%", "exact", "")
    d.metric("案件約占[[3成]]", 30, "%", "approx", "", sep="約占")
    d.org("。[[臺北市政府法務局]]也表示")
    d.date("表示，[[第3季]]受理", "2025-Q3", "")
    d.date("較[[上季]]增加", "2025-Q2", "")
    d.metric("增加[[約8%]]", 8, "%", "approx", "")
    d.org("。[[消保處]]提醒")
    # 展望 (heading with no city)
    d.date("展望[[年底]]，經濟部", "2025", "")
    d.org("，[[經濟部統計處]]預估")
    d.date("預估，[[12月]]零售業", "2025-12", "")
    d.metric("可望達[[4,800億元左右]]", "4800e8", "元", "approx", "")
    d.date("，[[今年]]零售業", "2025", "")
    d.metric("首度[[突破5兆元]]", "5e12", "元", "over", "")
    d.metric("可望達[[4,900億元]]", "4900e8", "元", "exact", "")
    d.metric("年增[[9%]]至11%", 9, "%", "exact", "")
    d.metric("年增9%至[[11%]]", 11, "%", "exact", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "臺中", "臺南", "高雄",
                   "基隆", "嘉義", "新竹", "彰化", "東京", "雪梨", "首爾",
                   "觀音", "烏日", "林口", "中港", "西門", "韓國", "臺灣",
                   "台灣", "全台", "在台"],
        "excluded": [
            # districts (觀音 of 桃園, 烏日 of 臺中, 林口 of 新北), store
            # names' parts, counties, a port (高雄港: city + 港), Taiwan
            "桃園[[觀音]]與", "臺中[[烏日]]的", "新北市[[林口]]啟用",
            "臺中[[中港]]店", "臺南[[西門]]店", "。[[新竹縣]]、",
            "、[[彰化縣]]等地", "經[[高雄港]]進出", "[[韓國]]電商",
            "[[在台]]的年營收", "[[全台]]最大", "[[全台]]超商",
            "將[[台灣]]列為",
        ],
        # stock codes (SPEC: codes are no METRIC)
        "numbers_excluded": ["富邦媒（[[8454]]）", "網家（[[8044]]）",
                             "連續[[3]]個月", "在[[24]]小時內",
                             "第[[3]]座", "善用[[7]]天"],
        "cn_excluded": ["市場之[[一]]", "[[百]]貨業者", "[[雙雙]]超過"],
        "latin_excluded": [],
        "words_excluded": {"年增": 17, "月增": 3, "年減": 2, "季增": 2,
                           "年終": 4, "週年慶": 1, "每日": 2, "日前": 1,
                           "歷年同月": 1, "明顯": 1, "小時": 1, "天鑑賞期": 1,
                           "年營收": 1, "單月": 1, "連續": 1, "各季": 1,
                           "連假": 1, "新臺幣": 6, "購物季": 1, "個月衰退": 1, "購物節": 1, "節省": 1},
        # 統計處 alone (x2) is a back-reference; 電商, 平台, 業者 generic
        "orgwords_excluded": {"統計處": 2, "本報": 0, "公司": 0,
                              "物流": 3, "百貨": 1, "超商": 3},
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
    m = re.fullmatch(r"([百千])([万萬亿億]+)(\D*)", span)
    if m:                       # a bare magnitude, only with a marker
        assert q != "exact", span                  # (逾千萬元, 突破百亿元)
        v = Decimal(100 if m.group(1) == "百" else 1000)
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
