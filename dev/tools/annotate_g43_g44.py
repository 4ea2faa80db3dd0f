#!/usr/bin/env python3
"""Gold annotation for the held-out articles g43_consumer_electronics
(simplified, mainland business daily 第一财经日报, UTF-8 without BOM) and
g44_hk_mtr_transport (traditional, Hong Kong daily 明報, UTF-8 without BOM).
Annotator V.

Adapted from heldout/tools/annotate_s.py (now dev/tools/annotate_g37_g38.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Offsets are Python str indices into the decoded original text;
g44 offsets and `text` point into the traditional original, while
`normalized` (ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g43_g44.md.  Reference dates: corpus/manifest.csv
(g43 2025-10-22, g44 2025-11-13).

Checks: strict decoding and byte round trip (no BOM, no CR);
text == original[start:end]; rows sorted and not overlapping; no span starts
or ends with white space or punctuation; field formats per type; DATE
normalizations are real calendar values; METRIC value, qualifier and unit
re-derived from the span text (a marker outside the span must be declared and
stand right before it; a unit shared with a later figure must be declared);
ORG normalization == OpenCC t2s(text) and CITY normalization == t2s(text)
with 市 added (foreign cities and Hong Kong by their common name); units
against t2s; the `city` column of every DATE/METRIC row recomputed with this
script's own implementation of the GUIDELINES rule and compared with the
hand value of every row.  Audits: every occurrence of a listed city/place
string, every ASCII digit run, every Latin word, every Chinese numeral
character, every Chinese figure word (成, 倍, 分之), every % sign, every time
character and every organization-like word lies inside a row or is excluded
here on purpose, and every occurrence of an annotated ORG string is inside an
ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's two rows are checked.  Re-run:

    python3 dev/tools/annotate_g43_g44.py
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
ENCODINGS = {"g43_consumer_electronics": "utf-8",
             "g44_hk_mtr_transport": "utf-8"}
PUBLISHED = {"g43_consumer_electronics": "2025-10-22",
             "g44_hk_mtr_transport": "2025-11-13"}
SOURCES = {"g43_consumer_electronics": "第一财经日报",
           "g44_hk_mtr_transport": "明報"}

# CITY span -> official full name (simplified; foreign cities and Hong Kong
# by their common Chinese name).
CITY_NORM = {
    # g43 (simplified)
    "北京": "北京市", "广州": "广州市", "深圳": "深圳市", "佛山": "佛山市",
    "成都市": "成都市", "武汉": "武汉市", "杭州": "杭州市", "苏州": "苏州市",
    "郑州": "郑州市", "东莞": "东莞市", "重庆": "重庆市", "合肥": "合肥市",
    "昆山": "昆山市", "南昌": "南昌市",
    # g44 (traditional)
    "香港": "香港", "廣州": "广州市", "上海": "上海市", "汕頭": "汕头市",
    "昆明": "昆明市", "南寧": "南宁市", "倫敦": "伦敦",
    "斯德哥爾摩": "斯德哥尔摩", "悉尼": "悉尼", "墨爾本": "墨尔本",
}
FOREIGN_OR_SAR = {"香港", "伦敦", "斯德哥尔摩", "悉尼", "墨尔本"}
SPELLING = {}

ORG_NORM = {  # g44 traditional span -> OpenCC t2s form
    "港鐵公司": "港铁公司", "港鐵": "港铁", "入境事務處": "入境事务处",
    "運輸及物流局": "运输及物流局",
    "立法會交通事務委員會": "立法会交通事务委员会", "運輸署": "运输署",
    "香港消費者委員會": "香港消费者委员会", "消委會": "消委会",
    "特區政府": "特区政府", "深圳市政府": "深圳市政府",
    "中國國家鐵路集團有限公司": "中国国家铁路集团有限公司",
    "國鐵集團": "国铁集团",
    "中國鐵路廣州局集團有限公司": "中国铁路广州局集团有限公司",
    "港鐵軌道交通（深圳）有限公司": "港铁轨道交通（深圳）有限公司",
    "深圳地鐵": "深圳地铁", "北京京港地鐵有限公司": "北京京港地铁有限公司",
    "京港地鐵": "京港地铁", "杭港地鐵": "杭港地铁",
    "斯德哥爾摩地鐵": "斯德哥尔摩地铁", "悉尼地鐵": "悉尼地铁",
}
TRADITIONAL = {"g44_hk_mtr_transport"}
# markers outside the span (separated from the number by a verb, 为/為, 有 or
# a currency written before the number)
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
# g43 smartphone and PC shipments in Q3: simplified, UTF-8 (no BOM),
# published 2025-10-22 (Wednesday, ISO week 2025-W43), business daily
# 第一财经日报.  Dateline 本报北京10月21日讯; 昨天 = 2025-10-21.
# 春节 2026 = 02-17.
# ===========================================================================
@doc
def g43():
    d = Doc("g43_consumer_electronics")
    BJ, FS, CD, WH, HZ, SZ, SU, ZZ, DG, CQ, HF, KS, NC = (
        "北京市", "佛山市", "成都市", "武汉市", "杭州市", "深圳市", "苏州市",
        "郑州市", "东莞市", "重庆市", "合肥市", "昆山市", "南昌市")
    # --- title (a heading without a city)
    d.date("[[三季度]]国内手机出货约7180", "2025-Q3")
    d.metric("手机出货[[约7180万台]]同比", "7180e4", "台", "approx")
    d.metric("同比增长[[4.2%]] 国补", "4.2", "%")
    d.metric("均价升至[[3215元]]\n", 3215, "元")
    # --- lead; the dateline clause up to the first ； takes 北京市
    d.city("本报[[北京]]10月21日讯")
    d.date("本报北京[[10月21日]]讯", "2025-10-21", BJ)
    d.org("讯 [[国际数据公司]]（IDC）")
    d.org("国际数据公司（[[IDC]]）昨天")
    d.date("（IDC）[[昨天]]发布", "2025-10-21", BJ)
    d.date("报告显示，[[2025年第三季度]]中国", "2025-Q3", BJ)
    d.metric("出货量[[约7180万台]]，", "7180e4", "台", "approx", BJ)
    d.metric("同比增长[[4.2%]]，连续", "4.2", "%", "exact", BJ)
    d.date("环比[[上季度]]增长6.7%", "2025-Q2", BJ)
    d.metric("上季度增长[[6.7%]]", "6.7", "%", "exact", BJ)
    d.date("；[[前三季度]]累计出货", "2025")
    d.metric("累计出货[[约2.13亿台]]", "2.13e8", "台", "approx")
    d.metric("同比增长[[3.6%]]。在", "3.6", "%")
    d.date("带动下，[[第三季度]]手机平均售价", "2025-Q3")
    d.metric("平均售价升至[[3215元]]，", 3215, "元")
    d.date("较[[去年同期]]提高约6%", "2024-Q3")
    d.metric("提高[[约6%]]", 6, "%", "approx")
    d.metric("售价[[6000元以上]]的高端", 6000, "元", "over")
    d.metric("占比达到[[27.5%]]", "27.5", "%")
    # --- heading 品牌 (no city)
    d.org("品牌：[[华为]]重回第一")
    d.org("从品牌看，[[华为]]第三季度")
    d.date("华为[[第三季度]]出货1290万台", "2025-Q3")
    d.metric("出货[[1290万台]]", "1290e4", "台")
    d.metric("市场份额[[18.0%]]", "18.0", "%")
    d.org("；[[vivo]]以1230万台")
    d.metric("vivo以[[1230万台]]", "1230e4", "台")
    d.metric("、[[17.1%]]的份额", "17.1", "%")
    d.org("；[[苹果]]出货1110万台")
    d.metric("苹果出货[[1110万台]]", "1110e4", "台")
    d.metric("份额[[15.5%]]", "15.5", "%")
    d.metric("同比下降[[1.2个百分点]]", "1.2", "百分点")
    d.org("；[[小米]]、OPPO分别")
    d.org("小米、[[OPPO]]分别出货")
    d.metric("分别出货[[1080万台]]和", "1080e4", "台")
    d.metric("1080万台和[[1050万台]]", "1050e4", "台")
    d.org("，[[荣耀]]以约920万台")
    d.metric("荣耀以[[约920万台]]", "920e4", "台", "approx")
    d.org("。[[Canalys]]的统计口径")
    d.date("测算[[三季度]]国内手机出货7030", "2025-Q3")
    d.metric("手机出货[[7030万台]]", "7030e4", "台")
    d.org("其中[[华为]]份额约为19%")
    d.metric("份额约为[[19%]]", 19, "%", "approx", om="约为")
    d.org("，[[小米]]份额升至15%")
    d.metric("份额升至[[15%]]", 15, "%")
    # --- P3
    d.org("\n[[Counterpoint Research]]（以下简称")
    d.org("以下简称“[[Counterpoint]]”）")
    d.date("报告指出，[[9月]]单月", "2025-09")
    d.metric("同比增长[[9.8%]]", "9.8", "%")
    d.date("环比[[上月]]增长12%", "2025-08")
    d.metric("上月增长[[12%]]", 12, "%")
    d.org("其中[[苹果]]iPhone 17")
    d.metric("销量[[超过300万部]]", "300e4", "部", "over")
    d.org("。[[赛诺市场研究]]（赛诺）")
    d.org("赛诺市场研究（[[赛诺]]）数据")
    d.date("数据显示，[[7月]]至9月", "2025-07")
    d.date("7月至[[9月]]线上渠道", "2025-09")
    d.metric("占比约为[[四成]]", 40, "%", "approx", om="约为")
    d.org("，[[京东]]、天猫和拼多多")
    d.org("京东、[[天猫]]和拼多多")
    d.org("天猫和[[拼多多]]三大平台")
    d.metric("拼多多[[三]]大平台", 3, "")
    d.metric("线上销量的[[近九成]]", 90, "%", "approx")
    d.org("。[[中国信息通信研究院]]（中国信通院）")
    d.org("研究院（[[中国信通院]]）数据")
    d.date("数据则显示，[[1]]—9月", "2025-01")
    d.date("显示，1—[[9月]]国内市场", "2025-09")
    d.metric("累计[[2.16亿部]]", "2.16e8", "部")
    d.metric("5G手机占比[[86.3%]]", "86.3", "%")
    # --- heading 个人电脑 (no city)
    d.org("个人电脑：[[联想]]份额")
    d.metric("联想份额[[超四成]]\n", 40, "%", "over")
    d.org("PC市场方面，[[IDC]]数据显示")
    d.date("数据显示，[[第三季度]]中国PC", "2025-Q3")
    d.metric("出货量为[[1120万台]]", "1120e4", "台")
    d.metric("同比增长[[5.3%]]。联想", "5.3", "%")
    d.org("。[[联想集团]]（联想）")
    d.org("联想集团（[[联想]]）出货")
    d.metric("（联想）出货[[约470万台]]", "470e4", "台", "approx")
    d.metric("份额达[[42%]]", 42, "%")
    d.org("；[[华为]]PC出货")
    d.metric("PC出货[[约135万台]]", "135e4", "台", "approx")
    d.metric("同比增长[[31%]]；", 31, "%")
    d.org("；[[惠普]]（HP）")
    d.org("惠普（[[HP]]）和戴尔")
    d.org("（HP）和[[戴尔]]分别")
    d.metric("分别出货[[98万台]]和", "98e4", "台")
    d.metric("98万台和[[84万台]]", "84e4", "台")
    d.org("。[[Canalys]]预计")
    d.date("Windows 10于[[10月14日]]停止", "2025-10-14")
    d.date("将在[[今年第四季度]]至明年", "2025-Q4")
    d.date("第四季度至[[明年上半年]]集中", "2026")
    d.metric("有望增长[[两成以上]]", 20, "%", "over")
    # --- tablets and wearables
    d.org("补贴。[[IDC]]数据显示", )
    d.date("数据显示，[[第三季度]]中国平板", "2025-Q3")
    d.metric("出货量为[[812万台]]", "812e4", "台")
    d.metric("同比增长[[11.4%]]", "11.4", "%")
    d.org("其中[[华为]]以31.2%")
    d.metric("华为以[[31.2%]]的份额", "31.2", "%")
    d.org("居首，[[苹果]]、小米分列")
    d.org("苹果、[[小米]]分列")
    d.metric("智能手表出货[[约1250万只]]", "1250e4", "只", "approx")
    d.metric("同比增长[[16%]]，小天才", 16, "%")
    d.org("，[[小天才]]、华为和小米")
    d.org("小天才、[[华为]]和小米")
    d.org("华为和[[小米]]合计")
    d.metric("占据[[约70%]]的市场", 70, "%", "approx")
    # --- heading 国补 (no city)
    d.date("\n[[今年1月20日]]起", "2025-01-20")
    d.metric("单件售价[[6000元以下]]", 6000, "元", "under")
    d.metric("按售价的[[15%]]给予", 15, "%")
    d.metric("补贴最高[[500元]]", 500, "元")
    d.org("。[[商务部]]数据显示")
    d.date("截至[[9月30日]]，全国", "2025-09-30")
    d.metric("全国共有[[7860万名]]消费者", "7860e4", "名")
    d.metric("等产品[[超过8520万件]]", "8520e4", "件", "over")
    d.metric("销售额[[约2870亿元]]", "2870e8", "元", "approx")
    # --- P: provinces and cities
    d.org("\n[[广东省商务厅]]数据显示")
    d.city("数据显示，[[广州]]、深圳、佛山")
    d.city("广州、[[深圳]]、佛山三市")
    d.city("深圳、[[佛山]]三市")
    d.date("三市[[第三季度]]数码产品", "2025-Q3", FS)
    d.metric("合计[[86.4亿元]]", "86.4e8", "元", "exact", FS)
    d.metric("全省的[[六成以上]]", 60, "%", "over", FS)
    d.org("。[[上海市商务委员会]]（上海市商务委）")
    d.org("委员会（[[上海市商务委]]）9月25日")
    d.date("（上海市商务委）[[9月25日]]宣布", "2025-09-25")
    d.metric("补贴资金[[5亿元]]", "5e8", "元")
    d.date("，[[国庆]]假期（10月1日", "2025-10-01")
    d.date("假期（[[10月1日]]至8日）", "2025-10-01")
    d.date("10月1日至[[8日]]）全市", "2025-10-08")
    d.metric("手机销量同比增长[[37%]]", 37, "%")
    d.city("。[[成都市]]于8月中旬")
    d.date("成都市于[[8月中旬]]一度", "2025-08", CD)
    d.date("补贴，[[8月28日]]重新开放", "2025-08-28", CD)
    d.metric("核销补贴券[[12.6万张]]", "12.6e4", "张", "exact", CD)
    d.city("。[[武汉]]家电和数码")
    d.date("补贴自[[6月底]]起改为", "2025-06", WH)
    d.metric("中签率[[不足30%]]", 30, "%", "under", WH)
    d.org("。[[杭州市商务局]]表示")
    d.date("表示，[[11月]]起将对在杭州", "2025-11", HZ)
    d.city("将对在[[杭州]]购买")
    d.metric("每人[[200元]]的消费券", 200, "元", "exact", HZ)
    d.metric("带动消费[[约3亿元]]", "3e8", "元", "approx", HZ)
    d.city("；[[苏州]]第三季度")
    d.date("苏州[[第三季度]]手机补贴", "2025-Q3", SU)
    d.metric("核销金额达[[7.8亿元]]", "7.8e8", "元", "exact", SU)
    d.metric("环比增长[[41%]]", 41, "%", "exact", SU)
    # --- 深圳 section (heading 深圳：, ended by the heading 产能：)
    d.city("\n[[深圳]]：补贴叠加")
    d.org("\n[[深圳市商务局]]介绍")
    d.date("华强北商圈[[第三季度]]手机", "2025-Q3", SZ)
    d.metric("销售额同比增长[[22%]]", 22, "%", "exact", SZ)
    d.date("客流较[[去年同期]]增加近三成", "2024-Q3", SZ)
    d.metric("增加[[近三成]]", 30, "%", "approx", SZ)
    d.org("。[[华为]]、荣耀等企业")
    d.org("华为、[[荣耀]]等企业")
    d.city("总部所在的[[深圳]]，")
    d.date("深圳，[[三季度]]手机产量", "2025-Q3", SZ)
    d.metric("产量达到[[2830万部]]", "2830e4", "部", "exact", SZ)
    d.metric("同比增长[[8.1%]]", "8.1", "%", "exact", SZ)
    # --- heading 产能 (no city: ends the 深圳 section)
    d.org("看，[[富士康]]位于郑州")
    d.city("位于[[郑州]]的工厂")
    d.date("的工厂[[三季度]]iPhone产量", "2025-Q3", ZZ)
    d.metric("环比增长[[约35%]]", 35, "%", "approx", ZZ)
    d.org("；[[小米]]北京昌平")
    d.city("小米[[北京]]昌平")
    d.date("智能工厂[[去年]]投产", "2024", BJ)
    d.metric("年产能[[约1000万台]]", "1000e4", "台", "approx", BJ)
    d.org("；[[vivo]]在东莞")
    d.city("vivo在[[东莞]]长安")
    d.metric("年产能[[超过1亿部]]", "1e8", "部", "over", DG)
    d.org("，[[OPPO]]重庆智能")
    d.city("OPPO[[重庆]]智能生态")
    d.date("已于[[7月]]完工", "2025-07", CQ)
    d.org("，[[联想]]旗下的")
    d.org("旗下的[[联宝科技]]在合肥")
    d.city("联宝科技在[[合肥]]的基地")
    d.date("的基地[[前三季度]]出货", "2025", HF)
    d.metric("笔记本电脑[[逾1500万台]]", "1500e4", "台", "over", HF)
    d.org("，[[仁宝电脑]]在江苏")
    d.city("江苏[[昆山]]的工厂")
    d.metric("有[[约三分之一]]的订单", "33.3333333333", "%", "approx", KS)
    d.org("。[[华勤技术]]表示")
    d.city("其[[南昌]]产业园")
    d.date("产业园[[第四季度]]将新增", "2025-Q4", NC)
    d.metric("新增[[12条]]生产线", 12, "条", "exact", NC)
    # --- heading 展望 (no city)
    d.org("\n[[IDC]]预测")
    d.date("预测，[[2025年]]全年", "2025")
    d.metric("将达到[[2.86亿台左右]]", "2.86e8", "台", "approx")
    d.metric("同比增长[[约1.5%]]", "1.5", "%", "approx")
    d.metric("有望[[突破1000万台]]", "1000e4", "台", "over")
    d.metric("同比增长[[近一半]]", 50, "%", "approx")
    d.date("若[[明年]]国补", "2026")
    d.date("延续，[[春节]]前后", "2026-02-17")
    d.date("存储芯片价格自[[8月]]以来", "2025-08")
    d.metric("以来上涨[[约20%]]", 20, "%", "approx")
    d.date("推高[[明年一季度]]的", "2026-Q1")
    audit = {
        "cities": ["北京", "广州", "深圳", "佛山", "上海", "成都", "武汉",
                   "杭州", "苏州", "郑州", "东莞", "重庆", "合肥", "昆山",
                   "南昌", "广东", "江苏", "中国", "越南", "福田", "南山",
                   "华强北", "昌平", "长安", "全国", "全省", "全市", "国内",
                   "中西部"],
        "excluded": ["，[[福田]]区", "和[[南山]]区", "\n深圳市商务局介绍，[[华强北]]",
                     "北京[[昌平]]", "东莞[[长安]]", "[[江苏]]昆山",
                     "转移至[[越南]]"],
        "excluded_patterns": [r"中国智能", r"中国PC", r"中国平板", r"全国",
                              r"全省", r"全市", r"国内", r"中西部",
                              r"中国智能手机"],
        # product and version numbers, technology name
        "numbers_excluded": ["iPhone [[17]]系列", "Windows [[10]]于",
                             "[[5]]G手机"],
        "latin_ok": ["iPhone", "Windows", "PC", "G"],
        # ordinals, ranks, collective label, indefinite 一
        "cn_ok": [r"连续第二个", r"重回第一", r"位居第二", r"排名第六",
                  r"三市", r"第四批", r"一度", r"分列第二、三位", r"新一轮",
                  r"统一", r"二期"],
        "org_hints": ["公司", "集团", "局", "厅", "部", "委", "院", "研究",
                      "科技", "电脑", "华为", "小米", "苹果", "OPPO", "vivo",
                      "荣耀", "联想", "IDC", "Canalys", "Counterpoint", "赛诺",
                      "京东", "天猫", "拼多多", "惠普", "戴尔", "富士康"],
        "org_excluded": [r"企业总部", r"[万亿]部", r"中西部", r"科技园",
                         r"个人电脑", r"平板电脑", r"笔记本电脑"],
        # time characters that are no DATE
        "date_hints_ok": [r"季度跟踪", r"连续第二个季度", r"单月", r"首周",
                          r"年产能", r"全年", r"国补", r"首位", r"节能",
                          r"新一轮", r"存储芯片", r"前后", r"明显"],
    }
    return d, audit

# ===========================================================================
# g44 MTR patronage, fares and rail projects: traditional, UTF-8 (no BOM),
# published 2025-11-13 (Thursday, ISO week 2025-W46), Hong Kong daily 明報;
# opening 【本報訊】 (本報 is no ORG); 昨日（12日） = 2025-11-12.
# ===========================================================================
@doc
def g44():
    d = Doc("g44_hk_mtr_transport")
    HK, SZ, GZ, SH, NN, LDN, MEL = ("香港", "深圳市", "广州市", "上海市",
                                    "南宁市", "伦敦", "墨尔本")
    # --- title (a heading without a city)
    d.org("[[港鐵]]首九個月乘客量")
    d.date("港鐵[[首九個月]]乘客量", "2025")
    d.metric("乘客量增[[2.8%]] 明年", "2.8", "%")
    d.date("2.8% [[明年6月]]起", "2026-06")
    d.metric("票價加[[3.3%]]\n", "3.3", "%")
    # --- lead: the first sentence has no CITY
    d.org("【本報訊】[[港鐵公司]]（港鐵）")
    d.org("港鐵公司（[[港鐵]]）昨日")
    d.date("（港鐵）[[昨日]]（12日）", "2025-11-12")
    d.date("昨日（[[12日]]）公布", "2025-11-12")
    d.date("公布[[第三季]]業務概況", "2025-Q3")
    d.date("業務概況，[[今年首九個月]]港鐵", "2025")
    d.org("今年首九個月[[港鐵]]網絡")
    d.metric("總乘客量[[約14.86億人次]]", "14.86e8", "人次", "approx")
    d.metric("按年增長[[2.8%]]；", "2.8", "%")
    d.date("；[[第三季]]平日日均", "2025-Q3")
    d.metric("日均乘客量約為[[558萬人次]]", "558e4", "人次", "approx",
             om="約為")
    d.date("較[[去年同期]]增加1.9%", "2024-Q3")
    d.metric("增加[[1.9%]]。", "1.9", "%")
    d.city("高鐵[[香港]]段第三季")
    d.date("香港段[[第三季]]乘客量約720", "2025-Q3", HK)
    d.metric("乘客量[[約720萬人次]]", "720e4", "人次", "approx", HK)
    d.metric("按年大增[[19%]]", 19, "%", "exact", HK)
    d.date("客量於[[10月2日]]錄得", "2025-10-02", HK)
    d.metric("錄得[[逾11.2萬人次]]", "11.2e4", "人次", "over", HK)
    d.org("新高。[[入境事務處]]數字")
    d.date("數字顯示，[[首九個月]]經各陸路", "2025", HK)
    d.city("往來內地的[[香港]]居民")
    d.metric("居民達[[6,820萬人次]]", "6820e4", "人次", "exact", HK)
    d.metric("按年增加[[9%]]。", 9, "%", "exact", HK)
    # --- figure list (heading lines without a city)
    d.date("主要綫路[[第三季]]平日", "2025-Q3")
    d.metric("東鐵綫：[[約92萬人次]]", "92e4", "人次", "approx")
    d.metric("屯馬綫：[[約86萬人次]]", "86e4", "人次", "approx")
    d.metric("觀塘綫：[[約61萬人次]]", "61e4", "人次", "approx")
    # --- P3 (no CITY)
    d.org("\n[[港鐵]]表示，本地鐵路")
    d.date("鐵路服務[[第三季]]車費收入", "2025-Q3")
    d.metric("車費收入[[約58.6億港元]]", "58.6e8", "港元", "approx")
    d.metric("按年增加[[4.1%]]", "4.1", "%")
    d.metric("過境服務乘客量[[約2,350萬人次]]", "2350e4", "人次", "approx")
    d.metric("增長[[11%]]，其中", 11, "%")
    d.metric("合計佔[[約八成]]", 80, "%", "approx")
    d.date("回升，[[首九個月]]乘客量", "2025")
    d.metric("按年增長[[14%]]，但", 14, "%")
    d.date("恢復至[[2018年同期]]的", "2018")
    d.metric("同期的[[86%]]", 86, "%")
    # --- heading 票價 (no city)
    d.date("票價：[[明年6月]]起加價", "2026-06")
    d.metric("起加價[[3.3%]]\n", "3.3", "%")
    d.org("機制的計算，[[港鐵]]明年")
    d.date("港鐵[[明年]]的整體", "2026")
    d.metric("幅度為加價[[3.3%]]，", "3.3", "%")
    d.date("將於[[明年6月29日]]起", "2026-06-29")
    d.org("生效。[[運輸及物流局]]表示")
    d.org("表示，[[港鐵]]會繼續")
    d.metric("提供[[3.8%]]的", "3.8", "%")
    d.org("「[[港鐵]]都會票」")
    d.metric("每張[[600港元]]", 600, "港元")
    d.metric("約有[[110萬名]]乘客", "110e4", "名", "approx", om="約有")
    d.metric("將由[[15.6元]]增至", "15.6", "元")
    d.metric("增至[[16.1元]]", "16.1", "元")
    d.metric("加幅[[約0.5元]]", "0.5", "元", "approx")
    # --- P5
    d.org("\n[[立法會交通事務委員會]]將於")
    d.date("將於[[下月5日]]討論", "2025-12-05")
    d.org("要求[[港鐵]]將「全月通」")
    d.org("；[[港鐵]]則指")
    d.metric("新機制下[[約三分之一]]的乘客", "33.3333333333", "%", "approx")
    d.metric("加價[[0.3元以下]]", "0.3", "元", "under")
    d.org("。[[運輸署]]數字顯示")
    d.date("數字顯示，[[9月份]]公共交通", "2025-09")
    d.metric("載客量[[約1,220萬人次]]", "1220e4", "人次", "approx")
    d.org("其中[[港鐵]]佔46%")
    d.metric("港鐵佔[[46%]]", 46, "%")
    d.metric("專營巴士佔[[約三成]]", 30, "%", "approx")
    d.org("。[[香港消費者委員會]]（消委會）")
    d.org("委員會（[[消委會]]）早前")
    d.metric("發現，[[約62%]]受訪", 62, "%", "approx")
    d.org("認為[[港鐵]]票價偏高")
    d.org("；[[運輸署]]預計")
    d.date("預計，[[今年]]用於", "2025")
    d.metric("開支約為[[52億港元]]", "52e8", "港元", "approx", om="約為")
    d.date("較[[去年]]增加逾一成", "2024")
    d.metric("增加[[逾一成]]", 10, "%", "over")
    # --- heading 北部都會區 (no city)
    d.date("北環綫[[明年]]動工", "2026")
    d.org("鐵路項目是[[港鐵]]未來十年")
    d.metric("預算約為[[600億港元]]", "600e8", "港元", "approx", om="約為")
    d.date("計劃[[明年第二季]]動工", "2026-Q2")
    d.date("目標於[[2034年]]完成", "2034")
    d.metric("縮短至[[約20分鐘]]", 20, "分钟", "approx")
    d.date("分別於[[今年3月]]和5月", "2025-03")
    d.date("今年3月和[[5月]]展開", "2025-05")
    d.org("。[[港鐵]]行政總裁")
    d.metric("每日可載客[[約40萬人次]]", "40e4", "人次", "approx")
    d.metric("新田一帶[[約50萬]]居民", "50e4", "", "approx")
    # --- 港深西部鐵路
    d.org("，[[特區政府]]與深圳市政府")
    d.org("特區政府與[[深圳市政府]]已成立")
    d.date("預計[[年底]]前完成", "2025", SZ)
    d.city("研究，[[深圳]]方面")
    d.metric("約為人民幣[[200億元]]", "200e8", "元", "approx", SZ,
             om="約為人民幣")
    # --- heading 高鐵 (no city)
    d.metric("站點增至[[96個]]\n", 96, "个")
    d.org("方面，[[中國國家鐵路集團有限公司]]（國鐵集團）")
    d.org("有限公司（[[國鐵集團]]）及")
    d.org("）及[[中國鐵路廣州局集團有限公司]]數據")
    d.metric("直達內地[[96個]]站點", 96, "个")
    d.date("較[[去年底]]增加8個", "2024")
    d.metric("增加[[8個]]。", 8, "个")
    d.date("。[[第三季]]往來深圳", "2025-Q3", SZ)
    d.city("往來[[深圳]]的旅客")
    d.city("佔高鐵[[香港]]段總客量")
    d.metric("總客量[[約55%]]", 55, "%", "approx", HK)
    d.city("往返[[廣州]]的佔約22%")
    d.metric("的佔[[約22%]]", 22, "%", "approx", GZ)
    d.date("而[[去年6月15日]]開通", "2024-06-15", GZ)
    d.city("往返[[北京]]及上海")
    d.city("北京及[[上海]]的動卧")
    d.metric("上座率[[逾九成]]", 90, "%", "over", SH)
    d.org("。[[國鐵集團]]計劃")
    d.date("計劃[[明年1月]]起新增", "2026-01", "汕头市")
    d.city("往返[[汕頭]]、昆明")
    d.city("汕頭、[[昆明]]及南寧")
    d.city("昆明及[[南寧]]的直通")
    d.metric("現時的[[232班]]", 232, "班", "exact", NN)
    d.metric("增至[[約260班]]", 260, "班", "approx", NN)
    # --- heading 海外業務 (opens with no city: no section)
    d.city("海外業務：[[斯德哥爾摩]]及悉尼線")
    d.city("斯德哥爾摩及[[悉尼]]線")
    d.org("\n[[港鐵]]在內地及海外")
    d.org("增長。[[港鐵軌道交通（深圳）有限公司]]營運")
    d.org("營運的[[深圳地鐵]]4號綫")
    d.date("4號綫，[[第三季]]日均", "2025-Q3")
    d.metric("日均客量約為[[98萬人次]]", "98e4", "人次", "approx", om="約為")
    d.org("；[[北京京港地鐵有限公司]]（京港地鐵）")
    d.org("有限公司（[[京港地鐵]]）及")
    d.org("及[[杭港地鐵]]首九個月")
    d.date("杭港地鐵[[首九個月]]客量", "2025")
    d.metric("按年增長[[6.5%]]和", "6.5", "%")
    d.metric("6.5%和[[9.2%]]", "9.2", "%")
    d.city("海外方面，[[倫敦]]伊利沙伯綫")
    d.date("伊利沙伯綫[[第三季]]乘客量", "2025-Q3", LDN)
    d.metric("按年增加[[12%]]", 12, "%", "exact", LDN)
    d.org("，[[斯德哥爾摩地鐵]]的準點率")
    d.metric("準點率達[[98.1%]]", "98.1", "%", "exact", LDN)
    d.city("，[[墨爾本]]的都市")
    d.metric("準點率亦有[[94.6%]]", "94.6", "%", "exact", MEL)
    d.org("，[[悉尼地鐵]]西北綫")
    d.metric("日均客量[[突破12萬人次]]", "12e4", "人次", "over", MEL)
    # --- last paragraph (no CITY)
    d.org("預期，[[港鐵]]今年全年")
    d.date("港鐵[[今年]]全年", "2025")
    d.metric("可望[[超過230億港元]]", "230e8", "港元", "over")
    d.date("較[[去年]]增長約5%", "2024")
    d.metric("增長[[約5%]]", 5, "%", "approx")
    d.date("資本開支在[[2026年]]至2028年", "2026")
    d.date("2026年至[[2028年]]間", "2028")
    d.metric("每年[[約300億港元]]", "300e8", "港元", "approx")
    audit = {
        "cities": ["香港", "深圳", "廣州", "北京", "上海", "汕頭", "昆明",
                   "南寧", "倫敦", "斯德哥爾摩", "悉尼", "墨爾本", "杭",
                   "內地", "本地", "海外", "沙田", "金鐘", "元朗", "天水圍",
                   "新田", "洪水橋", "前海", "羅湖", "落馬洲", "錦上路",
                   "古洞", "屯門", "西九龍", "北部都會區", "港深"],
        "excluded": ["往來[[沙田]]至金鐘", "沙田至[[金鐘]]", "為[[元朗]]、",
                     "、[[天水圍]]及", "及[[新田]]一帶", "由[[錦上路]]站",
                     "至[[古洞]]站", "；[[洪水橋]]站", "及[[屯門]]南延綫",
                     "[[港深]]西部", "（[[洪水橋]]至前海）",
                     "洪水橋至[[前海]]）", "的[[前海]]段", "其中[[羅湖]]站",
                     "及[[落馬洲]]站", "高鐵[[西九龍]]站"],
        "excluded_patterns": [r"內地", r"本地", r"海外", r"北部都會區"],
        # a line number
        "numbers_excluded": ["深圳地鐵[[4]]號綫"],
        "latin_ok": [],
        # ordinals, vague spans, durations, a label
        "cn_ok": [r"第二程", r"未來十年", r"延長一年", r"多名", r"一帶", r"西九龍"],
        "org_hints": ["港鐵", "局", "署", "處", "會", "政府", "集團", "公司",
                      "地鐵"],
        "org_excluded": [r"都會區", r"港鐵會繼續", r"都會票", r"本地鐵路"],
        # time characters that are no DATE
        "date_hints_ok": [r"平日", r"日均", r"單日", r"每日", r"每年",
                          r"全年", r"現時", r"早前", r"全月通", r"即日",
                          r"未來十年", r"延長一年", r"按年", r"通車以來",
                          r"天水圍", r"通脹"],
    }
    return d, audit


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
    if re.fullmatch(r"[一二两兩三四五六七八九]", s):   # 三大平台: N大
        return Decimal(CN_DIGIT[s]), q, ""
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
