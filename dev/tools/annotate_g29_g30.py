#!/usr/bin/env python3
"""Gold annotation for the held-out articles g29_cashless_city and
g30_taiwan_mobile_pay (annotator O).

Adapted from heldout/tools/annotate_l.py (now dev/tools/annotate_g23_g24.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g29 is simplified (mainland city daily 温州日报, 2017) stored as UTF-8 without
BOM; g30 is traditional (Taiwan, 經濟日報, 2025) stored in Big5 (cp950).
g30's `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
and corpus/gold as precedents.  Decisions: dev/NOTES_g29_g30.md.
Reference dates: corpus/manifest.csv (g29 2017-08-10, g30 2025-08-19); the
script checks only its own two rows, so it also runs inside heldout/ next to
other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect, which must
agree.

Checks: strict decoding with the declared codec and a byte round trip (g29
UTF-8 without BOM; g30 cp950, must not decode as UTF-8, and must decode the
same with Python's big5 codec); text == original[start:end]; rows sorted, no
overlaps; no span starts or ends with white space or punctuation; field
formats per type; DATE normalizations are real calendar values; METRIC value,
qualifier and written unit re-derived from the span text (a marker outside
the span must be declared and stand right before it; a unit shared with the
next figure of a range must be declared and must follow); ORG/CITY
normalizations and units against OpenCC t2s (the `opencc` module, else
$CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python).
Audits: every ASCII digit run, Latin word, Chinese numeral character, listed
city/place string, organization-like word, time character and every
occurrence of an annotated ORG string is inside a row (ORG strings: an ORG
row) or excluded here on purpose.  Re-run (from anywhere):

    python3 dev/tools/annotate_g29_g30.py
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
    "g29_cashless_city": ("utf-8", b"", False, "2017-08-10", "温州日报"),
    "g30_taiwan_mobile_pay": ("cp950", b"", True, "2025-08-19", "經濟日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g29 (2017; 瑞安市, 乐清市, 义乌市 county-level cities)
    "温州": "温州市", "温州市": "温州市", "杭州": "杭州市", "武汉": "武汉市",
    "天津": "天津市", "福州": "福州市", "福州市": "福州市", "贵阳": "贵阳市",
    "宁波": "宁波市", "绍兴": "绍兴市", "义乌": "义乌市", "瑞安": "瑞安市",
    "瑞安市": "瑞安市", "乐清市": "乐清市",
    # g30 (Taiwan: full names with 市; foreign: common names)
    "臺北": "台北市", "臺北市": "台北市", "新北": "新北市", "新北市": "新北市",
    "臺中": "台中市", "高雄": "高雄市", "高雄市": "高雄市", "東京": "东京",
    "大阪": "大阪", "首爾": "首尔", "曼谷": "曼谷",
}
CITY_ALIAS = {}

# ORG span (traditional) -> simplified (checked against OpenCC t2s below);
# simplified spans normalize to themselves.
ORG_NORM = {
    "全支付": "全支付", "金融監督管理委員會": "金融监督管理委员会",
    "金管會": "金管会", "資策會": "资策会",
    "全支付電子支付股份有限公司": "全支付电子支付股份有限公司",
    "街口電子支付股份有限公司": "街口电子支付股份有限公司",
    "街口支付": "街口支付", "LINE Pay": "LINE Pay",
    "財金資訊股份有限公司": "财金资讯股份有限公司", "財金公司": "财金公司",
    "臺灣銀行": "台湾银行", "土地銀行": "土地银行", "第一銀行": "第一银行",
    "悠遊卡股份有限公司": "悠游卡股份有限公司", "悠遊卡公司": "悠游卡公司",
    "全聯福利中心": "全联福利中心",
    "一卡通票證股份有限公司": "一卡通票证股份有限公司",
    "一卡通公司": "一卡通公司",
    "臺北市政府產業發展局": "台北市政府产业发展局",
    "臺北大眾捷運股份有限公司": "台北大众捷运股份有限公司",
    "臺北捷運公司": "台北捷运公司",
    "新北市政府經濟發展局": "新北市政府经济发展局",
    "臺中市政府經濟發展局": "台中市政府经济发展局",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "高雄銀行": "高雄银行", "高雄捷運": "高雄捷运",
    "中國信託商業銀行": "中国信托商业银行", "中信銀行": "中信银行",
    "國泰世華商業銀行": "国泰世华商业银行", "玉山銀行": "玉山银行",
    "台新銀行": "台新银行", "聯合信用卡處理中心": "联合信用卡处理中心",
    "聯合信用卡中心": "联合信用卡中心",
}
TWO_THIRDS = "66.6666666667"        # 三分之二 (SPEC: 三分之一 -> 33.3333333333)


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
            city=None, n=1, outer="", shared=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            if outer:                   # marker/currency right before span
                assert self.text[start - len(outer):start] == outer, (
                    ctx, outer)
            if shared:                  # unit written after the next figure
                assert re.match(r"[至到~\-－]\d+(\.\d+)?" + re.escape(shared),
                                self.text[end:]), (ctx, shared)
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": "", "_expect_city": city,
                              "_outer": outer, "_shared": shared})

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
               shared=""):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                 outer=outer, shared=shared)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g29 Wenzhou joins the "cashless city" programme, simplified, UTF-8,
# 2017-08-10 (a Thursday, ISO week 2017-W32), city daily (温州日报);
# dateline 本报讯, the signing 昨天（8月9日）
# ===========================================================================
@doc
def g29():
    d = Doc("g29_cashless_city")
    WZ, HZ, WH, TJ, FZ, GY, RA = ("温州市", "杭州市", "武汉市", "天津市",
                                  "福州市", "贵阳市", "瑞安市")
    # title (first line: opens with 温州 + 牵: no city section; sentence
    # rule gives 温州市 to 年底)
    d.city("[[温州]]牵手蚂蚁金服")
    d.org("温州牵手[[蚂蚁金服]]建设")
    d.date("” [[年底]]前公交", "2017", WZ)
    # lead
    d.date("温金宣）[[昨天]]（8月9日）", "2017-08-09", "")
    d.date("昨天（[[8月9日]]）", "2017-08-09", "")
    d.org("，[[温州市人民政府]]与")
    d.org("与[[蚂蚁金融服务集团]]（")
    d.org("以下简称“[[蚂蚁金服]]”）在市行政中心")
    d.city("。[[温州]]由此成为")
    d.city("继[[杭州]]、武汉")
    d.city("继杭州、[[武汉]]、天津")
    d.city("武汉、[[天津]]、福州")
    d.city("天津、[[福州]]、贵阳")
    d.city("福州、[[贵阳]]之后")
    d.metric("政务服务等[[8]]大领域", 8, "", "exact", "")
    d.date("力争到[[今年年底]]，全市主要", "2017", "")
    d.metric("覆盖率达到[[90%以上]]", 90, "%", "over", "")
    # alliance and departments
    d.org("签约仪式上，[[支付宝]]、")
    d.org("、[[腾讯]]旗下")
    d.org("旗下的[[微信支付]]与")
    d.org("与[[中国银联浙江分公司]]、")
    d.org("、[[温州银行]]、")
    d.org("、[[中国工商银行温州分行]]、")
    d.org("、[[浙江温州鹿城农村商业银行]]等")
    d.metric("等[[12家]]机构", 12, "家", "exact", "")
    d.org("“[[温州无现金联盟]]”")
    d.org("。[[市金融办]]、市交通运输局")
    d.org("市金融办、[[市交通运输局]]、")
    d.org("、[[市卫计委]]、")
    d.org("、[[市发改委]]等部门")
    d.org("。[[市金融办]]负责人介绍")
    d.city("介绍，[[温州]]民营经济")
    d.metric("个体工商户[[超过50万户]]", "50e4", "户", "over", WZ)
    d.date("截至[[7月底]]，温州支付宝", "2017-07", WZ)
    d.city("，[[温州]]支付宝实名")
    d.org("温州[[支付宝]]实名")
    d.metric("已达[[612万]]", "612e4", "", "exact", WZ)
    d.metric("约占常住人口的[[三分之二]]", TWO_THIRDS, "%", "approx", WZ,
             outer="约占常住人口的")
    d.date("；[[今年上半年]]，本地用户", "2017", "")
    d.org("通过[[支付宝]]完成线下支付")
    d.metric("线下支付[[4.3亿笔]]", "4.3e8", "笔", "exact", "")
    d.metric("同比增长[[168%]]", 168, "%", "exact", "")
    d.org("。[[微信支付]]方面的数据")
    d.city("，[[温州]]微信支付月活跃")
    d.org("温州[[微信支付]]月活跃")
    d.metric("月活跃用户[[超过400万]]", "400e4", "", "over", WZ)
    d.date("，[[7月]]线下交易笔数", "2017-07", WZ)
    d.date("较[[1月]]增长", "2017-01", WZ)
    d.metric("增长[[1.6倍]]", "1.6", "倍", "exact", WZ)
    # earlier cities (non-city heading)
    d.city("先行城市：[[杭州]]武汉")
    d.city("先行城市：杭州[[武汉]]成效")
    d.date("\n[[今年]]以来，“无现金城市”", "2017", "")
    d.date("。[[4月18日]]，首个", "2017-04-18", HZ)
    d.org("首个“[[无现金联盟]]”")
    d.city("在[[杭州]]成立")
    d.date("；[[6月3日]]，武汉", "2017-06-03", WH)
    d.city("6月3日，[[武汉]]与蚂蚁金服")
    d.org("武汉与[[蚂蚁金服]]签约")
    d.date("；[[6月上旬]]，天津市网信办", "2017-06", TJ)
    d.org("6月上旬，[[天津市网信办]]与")
    d.org("天津市网信办与[[蚂蚁金服]]签署")
    d.city("“信用[[天津]]”")
    d.date("；[[6月16日]]，福州市", "2017-06-16", FZ)
    d.city("6月16日，[[福州市]]与")
    d.org("福州市与[[蚂蚁金服]]联合")
    d.city("；[[贵阳]]则在")
    d.date("则在[[7月初]]宣布", "2017-07", GY)
    d.org("据[[蚂蚁金服]]统计")
    d.date("统计，截至[[6月底]]，杭州", "2017-06", HZ)
    d.city("6月底，[[杭州]]已有")
    d.metric("已有[[超过95%]]", 95, "%", "over", HZ)
    d.org("便利店支持[[支付宝]]付款")
    d.metric("付款，[[超过98%]]", 98, "%", "over", HZ)
    d.city("；[[武汉]]电子公交卡")
    d.metric("增长了[[70万]]", "70e4", "", "exact", WH)
    d.metric("翻了[[10倍]]", 10, "倍", "exact", WH)
    d.city("目前，[[宁波]]、")
    d.city("宁波、[[绍兴]]、")
    d.city("绍兴、[[义乌]]等地")
    d.org("等地也在与[[蚂蚁金服]]洽谈")
    # buses and taxis (non-city heading)
    d.metric("公交出行：[[1500辆]]公交车可", 1500, "辆", "exact", "")
    d.org("据[[市交通运输局]]介绍")
    d.org("，[[温州市公共交通集团有限公司]]（")
    d.org("以下简称“[[温州公交集团]]”）")
    d.metric("旗下[[1500辆]]公交车已于", 1500, "辆", "exact", "")
    d.date("已于[[7月1日]]全部", "2017-07-01", "")
    d.metric("覆盖市区[[126条]]", 126, "条", "exact", "")
    d.org("可通过[[支付宝]]“电子公交卡”")
    d.metric("累计达[[386万人次]]", "386e4", "人次", "exact", "")
    d.metric("日均[[超过9万人次]]", "9e4", "人次", "over", "")
    d.metric("客流总量的[[近两成]]", 20, "%", "approx", "")
    d.date("。[[上周]]，温州公交集团", "2017-W31", "")
    d.org("上周，[[温州公交集团]]又在")
    d.metric("龙湾区的[[36个]]主要站台", 36, "个", "exact", "")
    d.city("。[[温州]]出租车行业")
    d.metric("全市[[6100余辆]]", 6100, "辆", "over", WZ)
    d.metric("已有[[5200辆]]", 5200, "辆", "exact", WZ)
    d.org("支持[[支付宝]]和微信支付付款")
    d.org("支付宝和[[微信支付]]付款")
    d.metric("占比[[约85%]]", 85, "%", "approx", WZ)
    # hospitals (non-city heading)
    d.org("\n[[温州医科大学附属第一医院]]、")
    d.org("、[[温州市人民医院]]、")
    d.org("、[[温州市中医院]]等")
    d.metric("等[[11家]]市属", 11, "家", "exact", "")
    d.org("开通[[支付宝]]、微信支付诊间")
    d.org("支付宝、[[微信支付]]诊间")
    d.org("。[[温医大附一院]]数据")
    d.date("显示，[[7月]]该院", "2017-07", "")
    d.metric("结算[[约21.6万笔]]", "21.6e4", "笔", "approx", "")
    d.metric("收费笔数的[[42.3%]]", "42.3", "%", "exact", "")
    d.metric("缩短[[约15分钟]]", 15, "分钟", "approx", "")
    d.org("。[[市卫计委]]计划")
    d.date("计划在[[9月底]]前", "2017-09", RA)
    d.city("推广到[[瑞安市]]、")
    d.city("瑞安市、[[乐清市]]及")
    # utilities (non-city heading)
    d.org("\n[[温州市自来水有限公司]]、")
    d.org("、[[国网温州供电公司]]和")
    d.org("和[[温州市燃气有限公司]]的")
    d.org("接入[[支付宝]]城市服务")
    d.date("。截至[[7月底]]，通过", "2017-07", "")
    d.metric("用户约为[[87万户]]", "87e4", "户", "approx", "",
             outer="约为")
    d.date("较[[去年同期]]增加2.1倍", "2016-07", "")
    d.metric("增加[[2.1倍]]", "2.1", "倍", "exact", "")
    d.date("；[[上半年]]线上缴费", "2017", "")
    d.metric("缴费金额达[[6.8亿元]]", "6.8e8", "元", "exact", "")
    d.date("由[[去年]]的31%", "2016", "")
    d.metric("去年的[[31%]]", 31, "%", "exact", "")
    d.metric("提高到[[57%]]", 57, "%", "exact", "")
    d.metric("提升了[[26个百分点]]", 26, "百分点", "exact", "")
    # 瑞安 section (heading 瑞安： to the heading 年底目标：)
    d.city("\n[[瑞安]]：农贸市场")
    d.city("\n[[瑞安市]]是温州")
    d.city("瑞安市是[[温州]]首个")
    d.org("。[[瑞安市商务局]]介绍")
    d.metric("全市[[42家]]农贸市场", 42, "家", "exact", RA)
    d.metric("农贸市场的[[3860个]]摊位", 3860, "个", "exact", RA)
    d.metric("使用率[[超过九成]]", 90, "%", "over", RA)
    d.date("；[[6月]]以来", "2017-06", RA)
    d.metric("交易[[约2.4万笔]]", "2.4e4", "笔", "approx", RA)
    d.metric("金额[[约180万元]]", "180e4", "元", "approx", RA)
    d.city("。[[乐清市]]也于")
    d.date("也于[[7月下旬]]启动", "2017-07", RA)
    d.metric("首批[[8条]]商业街", 8, "条", "exact", RA)
    d.metric("商业街的[[1200余家]]商户", 1200, "家", "over", RA)
    d.org("接入[[口碑]]、")
    d.org("口碑、[[美团点评]]等平台")
    d.date("计划于[[10月]]跟进", "2017-10", RA)
    # targets (non-city heading ends the 瑞安 section)
    d.date("\n[[年底]]目标：", "2017", "")
    d.metric("覆盖率[[超九成]]\n", 90, "%", "over", "")
    d.city("《[[温州市]]“无现金城市”")
    d.date("行动计划（[[2017年]]—2019年）", "2017", WZ)
    d.date("（2017年—[[2019年]]）", "2019", WZ)
    d.date("》，到[[今年年底]]，全市将", "2017", WZ)
    d.metric("景区等[[6类]]场景", 6, "类", "exact", WZ)
    d.metric("从目前的[[18.6万家]]", "18.6e4", "家", "exact", WZ)
    d.metric("增至[[30万家以上]]", "30e4", "家", "over", WZ)
    d.metric("占比达到[[4成]]", 40, "%", "exact", WZ)
    d.date("；到[[2019年]]，建成", "2019", "")
    # outlook
    d.org("\n[[市金融办]]相关负责人")
    d.city("，[[温州]]还将联合")
    d.org("联合[[中国人民银行温州市中心支行]]，")
    d.date("计划在[[年底]]前组织", "2017", WZ)
    d.metric("组织[[100场以上]]", 100, "场", "over", WZ)
    d.metric("中老年居民[[5万人次左右]]", "5e4", "人次", "approx", WZ)
    d.org("。[[蚂蚁金服]]方面透露")
    d.date("透露，[[明年一季度]]起", "2018-Q1", WZ)
    d.city("，[[温州]]还将试点")
    d.metric("开放事项[[超过50项]]", 50, "项", "over", WZ)
    audit = {
        "cities": ["温州", "杭州", "武汉", "天津", "福州", "贵阳", "宁波",
                   "绍兴", "义乌", "瑞安", "乐清", "永嘉", "平阳", "苍南",
                   "龙港", "鹿城", "瓯海", "龙湾", "浙江", "中国", "全国",
                   "全省", "全市", "本地", "市区"],
        "excluded": [
            # province, counties, a town (龙港 became a city only in 2019),
            # districts, one inside a bank's name
            "、[[浙江]]省第2个", "及[[永嘉]]、平阳", "永嘉、[[平阳]]、苍南",
            "平阳、[[苍南]]等县", "，[[苍南]]县龙港镇", "苍南县[[龙港]]镇",
            "又在[[鹿城]]区", "、[[瓯海]]区、", "、[[龙湾]]区的",
        ],
        "numbers_excluded": [
            # ordinals 第6个, 第2个
            "全国第[[6]]个", "浙江省第[[2]]个",
        ],
        # 第二个 (ordinal), 一个月内 / 一个多月 (durations), 一键付 (a
        # slogan), 二维码 (a word), 三年行动计划 (a title's duration),
        # 全国一流 (a phrase)
        "cn_excluded": ["成为第[[二]]个", "[[一]]个月内", "上线[[一]]个多月",
                        "“[[一]]键付”", "收款[[二]]维码", "建设[[三]]年行动",
                        "全国[[一]]流", "[[双]]方将在", "这[[一]]服务",
                        "下[[一]]步"],
        "latin_excluded": [],
        # time characters outside rows: 日均 (x2), 月活跃 (monthly active),
        # 一个月内, 一个多月, 明显 (明 = clear), 三年 (the plan's length),
        # 老年 (x2, age group); 双方 (collective), 这一, 下一步
        # deictic 全国 (x3), 全省 (x2), 全市 (x5), 本地, 市区 (not CITY)
        "words_excluded": {"日均": 2, "月活跃": 1, "一个月内": 1,
                           "一个多月": 1, "明显": 1, "全国": 3, "全省": 2,
                           "全市": 5, "本地": 1, "市区": 1, "三年": 1,
                           "老年": 2},
        # generic: 市行政中心 (a building), 机构, 部门 (x2), 该院, 城市 (the
        # programme 无现金城市 x6, 支付宝城市服务), 平台, 公交线路 …
        "orgwords_excluded": {"公司": 0, "集团": 0, "局": 0, "委": 0,
                              "办": 1, "银行": 0, "联盟": 0, "中心": 1,
                              "医院": 5, "政府": 0, "金服": 0, "支付宝": 0,
                              "微信": 0, "腾讯": 0, "银联": 0, "分行": 0,
                              "支行": 0, "美团": 0, "口碑": 0, "部门": 1,
                              "该院": 1, "本报": 1},
    }
    return d, audit


# ===========================================================================
# g30 mobile payments in Taiwan, traditional, Big5 (cp950), 2025-08-19 (a
# Tuesday), Taipei financial daily (經濟日報); byline 【記者…／臺北報導】
# ===========================================================================
@doc
def g30():
    d = Doc("g30_taiwan_mobile_pay")
    TP, NT, TC, KH = "台北市", "新北市", "台中市", "高雄市"
    # title (no CITY)
    d.metric("普及率衝上[[9成]]大關", 90, "%", "exact", "")
    d.org("大關 [[全支付]]用戶")
    d.metric("全支付用戶[[突破1,300萬人]]\n", "1300e4", "人", "over", "")
    # lead (byline on the same line: 臺北 opens the sentence)
    d.city("／[[臺北]]報導】")
    d.org("】[[金融監督管理委員會]]（")
    d.org("以下簡稱[[金管會]]）")
    d.date("）[[昨（18）日]]公布", "2025-08-18", TP)
    d.date("截至[[今年6月底]]，國內", "2025-06", TP)
    d.metric("國內[[5家]]專營", 5, "家", "exact", TP)
    d.metric("機構及[[26家]]兼營", 26, "家", "exact", TP)
    d.metric("總數達[[3,512萬人]]", "3512e4", "人", "exact", TP)
    d.date("較[[去年同期]]增加14.6%", "2024-06", TP)
    d.metric("增加[[14.6%]]", "14.6", "%", "exact", TP)
    d.date("；[[114年上半年]]電子支付", "2025", "")
    d.metric("達新臺幣[[2,386億元]]", "2386e8", "元", "exact", "")
    d.metric("年增[[21.3%]]", "21.3", "%", "exact", "")
    d.date("交易，[[上半年]]國內", "2025", "")
    d.metric("約新臺幣[[1兆2,380億元]]", "12380e8", "元", "approx", "",
             outer="約新臺幣")
    d.org("。[[金管會]]引用")
    d.org("引用[[資策會]]調查")
    d.date("指出，[[民國113年底]]國內", "2024", "")
    d.metric("已達[[86.7%]]", "86.7", "%", "exact", "")
    d.date("「[[114年底]]達到", "2025", "")
    d.metric("達到[[90%]]」", 90, "%", "exact", "")
    d.metric("僅差[[3.3個百分點]]", "3.3", "百分点", "exact", "")
    d.date("，[[今年]]可望如期", "2025", "")
    d.org("，[[金管會]]並預計")
    d.date("預計於[[10月底]]前", "2025-10", "")
    # operators (non-city heading; 五大業者: SPEC N大 -> the numeral)
    d.metric("\n[[五]]大業者", 5, "", "exact", "")
    d.org("業者：[[全支付]]用戶數")
    d.org("，[[全支付電子支付股份有限公司]]（")
    d.org("（[[全支付]]）截至")
    d.date("截至[[7月底]]註冊", "2025-07", "")
    d.metric("註冊用戶[[突破1,300萬人]]", "1300e4", "人", "over", "")
    d.date("，[[上半年]]交易金額約新臺幣612", "2025", "")
    d.metric("約新臺幣[[612億元]]", "612e8", "元", "approx", "",
             outer="約新臺幣")
    d.metric("年增[[近5成]]", 50, "%", "approx", "")
    d.org("；[[街口電子支付股份有限公司]]（")
    d.org("（[[街口支付]]）")
    d.metric("用戶[[約680萬人]]", "680e4", "人", "approx", "")
    d.metric("合作商家[[逾35萬家]]", "35e4", "家", "over", "")
    d.date("，[[前7月]]交易筆數", "2025", "")
    d.metric("年增[[逾2成]]", 20, "%", "over", "")
    d.org("。[[LINE Pay]]全台")
    d.metric("全台用戶[[約1,350萬人]]", "1350e4", "人", "approx", "")
    d.org("綁定[[LINE Pay]] Money")
    d.metric("帳戶者約為[[620萬人]]", "620e4", "人", "approx", "",
             outer="約為")
    d.date("；[[上半年]]交易金額年增8.6%", "2025", "")
    d.metric("年增[[8.6%]]", "8.6", "%", "exact", "")
    d.date("較[[去年同期]]8.9%", "2024", "")
    d.metric("去年同期[[8.9%]]", "8.9", "%", "exact", "")
    d.org("由[[財金資訊股份有限公司]]（")
    d.org("（[[財金公司]]）")
    d.date("，[[114年上半年]]交易金額", "2025", "")
    d.metric("新臺幣[[1,045億元]]", "1045e8", "元", "exact", "")
    d.metric("年增[[36.2%]]", "36.2", "%", "exact", "")
    d.metric("交易筆數[[約1.86億筆]]", "1.86e8", "笔", "approx", "")
    d.org("其中[[臺灣銀行]]、")
    d.org("、[[土地銀行]]及")
    d.org("及[[第一銀行]]合計")
    d.metric("貢獻[[近6成]]（", 60, "%", "approx", "")
    d.metric("（[[58.4%]]）", "58.4", "%", "exact", "")
    d.org("。[[悠遊卡股份有限公司]]（")
    d.org("（[[悠遊卡公司]]）")
    d.metric("用戶數則達[[310萬人]]", "310e4", "人", "exact", "")
    d.date("較[[113年同期]]成長約4成", "2024", "")
    d.metric("成長[[約4成]]", 40, "%", "approx", "")
    d.org("\n[[全支付]]快速成長")
    d.org("母公司[[全聯福利中心]]的")
    d.org("。[[全聯福利中心]]表示")
    d.date("表示，[[7月]]門市", "2025-07", "")
    d.metric("占比已達[[38.5%]]", "38.5", "%", "exact", "")
    d.date("較[[去年同期]]提高約9", "2024-07", "")
    d.metric("提高[[約9個百分點]]", 9, "百分点", "approx", "")
    d.org("使用[[全支付]]結帳")
    d.metric("比重[[超過7成]]", 70, "%", "over", "")
    d.org("，[[一卡通票證股份有限公司]]（")
    d.org("（[[一卡通公司]]）")
    d.metric("用戶數[[突破400萬人]]", "400e4", "人", "over", KH)
    d.date("，[[今年第3季]]起", "2025-Q3", KH)
    d.city("將與[[高雄市]]多家")
    d.org("\n[[金管會]]也提醒")
    d.date("增加，[[今年1]]至7月", "2025-01", "")
    d.date("今年1至[[7月]]電子支付", "2025-07", "")
    d.metric("通報案件[[約1,280件]]", "1280", "件", "approx", "")
    d.date("較[[去年同期]]增加逾3成", "2024", "")
    d.metric("增加[[逾3成]]", 30, "%", "over", "")
    # 臺北 section (heading 臺北： to the heading 新北：)
    d.city("\n[[臺北]]：悠遊付")
    d.metric("最高回饋[[20%]]\n", 20, "%", "exact", TP)
    d.org("\n[[臺北市政府產業發展局]]宣布")
    d.date("宣布，[[8月25日]]至", "2025-08-25", TP)
    d.date("8月25日至[[10月31日]]民眾", "2025-10-31", TP)
    d.city("在[[臺北市]]12大")
    d.metric("臺北市[[12]]大商圈", 12, "", "exact", TP)
    d.metric("可享最高[[20%]]回饋", 20, "%", "exact", TP)
    d.metric("上限新臺幣[[300元]]", 300, "元", "exact", TP)
    d.metric("總經費[[3,000萬元]]", "3000e4", "元", "exact", TP)
    d.org("。[[臺北大眾捷運股份有限公司]]（")
    d.org("（[[臺北捷運公司]]）")
    d.date("統計，[[7月]]以行動支付", "2025-07", TP)
    d.metric("旅次[[約420萬人次]]", "420e4", "人次", "approx", TP)
    d.metric("總運量的[[6.2%]]", "6.2", "%", "exact", TP)
    # 新北 section
    d.city("\n[[新北]]：傳統市場")
    d.metric("比率[[逾4成]]\n", 40, "%", "over", NT)
    d.org("\n[[新北市政府經濟發展局]]表示")
    d.city("表示，[[新北市]]傳統市場")
    d.metric("全市[[78處]]", 78, "处", "exact", NT)
    d.metric("、[[2萬6,512個]]攤位", 26512, "个", "exact", NT)
    d.metric("已有[[1萬1,204個]]攤位", 11204, "个", "exact", NT)
    d.org("台灣Pay、[[街口支付]]或")
    d.org("或[[全支付]]付款")
    d.metric("比率[[約42.3%]]", "42.3", "%", "approx", NT)
    d.date("；[[9月]]起將", "2025-09", NT)
    d.metric("每攤新臺幣[[1,000元]]", 1000, "元", "exact", NT)
    d.date("預計[[年底]]前比率", "2025", NT)
    d.metric("提高至[[5成]]", 50, "%", "exact", NT)
    # 臺中 section
    d.city("\n[[臺中]]：購物節")
    d.org("\n[[臺中市政府經濟發展局]]指出")
    d.date("指出，[[114年]]臺中購物節", "2025", TC)
    d.city("114年[[臺中]]購物節")
    d.date("自[[8月1日]]起跑", "2025-08-01", TC)
    d.metric("滿新臺幣[[500元]]", 500, "元", "exact", TC)
    d.metric("發票[[逾86萬張]]", "86e4", "张", "over", TC)
    d.org("其中[[LINE Pay]]與全支付")
    d.org("LINE Pay與[[全支付]]合計")
    d.metric("占比[[近7成]]", 70, "%", "approx", TC)
    d.date("預估，[[今年]]購物節", "2025", TC)
    d.metric("可望突破新臺幣[[200億元]]", "200e8", "元", "over", TC,
             outer="突破新臺幣")
    d.date("較[[去年]]的186億元", "2024", TC)
    d.metric("去年的[[186億元]]", "186e8", "元", "exact", TC)
    d.metric("成長[[約7.5%]]", "7.5", "%", "approx", TC)
    # 高雄 section
    d.city("\n[[高雄]]：夜市")
    d.metric("掃碼享[[8折]]\n", 80, "%", "exact", KH)
    d.org("\n[[高雄市政府經濟發展局]]與")
    d.org("與[[高雄銀行]]合作")
    d.date("合作，[[8月20日]]至", "2025-08-20", KH)
    d.date("至[[10月底]]在瑞豐", "2025-10", KH)
    d.metric("等[[8處]]觀光夜市", 8, "处", "exact", KH)
    d.metric("上限新臺幣[[100元]]", 100, "元", "exact", KH)
    d.org("。[[高雄銀行]]統計")
    d.date("統計，[[7月]]轄下", "2025-07", KH)
    d.metric("交易金額[[約2.7億元]]", "2.7e8", "元", "approx", KH)
    d.metric("年增[[18.9%]]", "18.9", "%", "exact", KH)
    d.org("；[[高雄捷運]]則宣布")
    d.date("宣布，[[明（20）日]]起", "2025-08-20", KH)
    # banks (non-city heading ends the 高雄 section)
    d.org("\n[[中國信託商業銀行]]（")
    d.org("（[[中信銀行]]）")
    d.date("表示，[[上半年]]旗下", "2025", "")
    d.metric("新臺幣[[1,580億元]]", "1580e8", "元", "exact", "")
    d.metric("簽帳金額的[[近3成]]", 30, "%", "approx", "")
    d.org("；[[國泰世華商業銀行]]、")
    d.org("、[[玉山銀行]]與")
    d.org("與[[台新銀行]]也")
    d.date("推出[[下半年]]行動支付", "2025", "")
    d.metric("最高回饋[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]", 5, "%", "exact", "")
    d.org("。[[聯合信用卡處理中心]]（")
    d.org("（[[聯合信用卡中心]]）")
    d.date("統計，[[今年第2季]]國內", "2025-Q2", "")
    d.metric("交易筆數[[約4.1億筆]]", "4.1e8", "笔", "approx", "")
    d.date("較[[上季]]增加", "2025-Q1", "")
    d.metric("增加[[7.3%]]", "7.3", "%", "exact", "")
    d.date("較[[113年同期]]則增加", "2024", "")
    d.metric("則增加[[19.6%]]", "19.6", "%", "exact", "")
    # outlook (non-city heading)
    d.date("互通[[明年]]試辦", "2026", "")
    d.org("\n[[金管會]]官員")
    d.date("表示，[[今年中秋]]及", "2025-10-06", "")
    d.date("今年中秋及[[國慶]]連假", "2025-10-10", "")
    d.metric("平日的[[3倍以上]]", 3, "倍", "over", "")
    d.date("展望[[下半年]]，", "2025", "")
    d.org("，[[金管會]]預估")
    d.metric("可望突破新臺幣[[5,000億元]]", "5000e8", "元", "over", "",
             outer="突破新臺幣")
    d.metric("年增[[約2成]]", 20, "%", "approx", "")
    d.date("計畫在[[115年第1季]]開放", "2026-Q1", "东京")
    d.city("先以[[東京]]、")
    d.city("東京、[[大阪]]、")
    d.city("大阪、[[首爾]]、")
    d.city("首爾、[[曼谷]]等城市")
    audit = {
        "cities": ["臺北", "台北", "新北", "臺中", "台中", "高雄", "東京",
                   "大阪", "首爾", "曼谷", "臺灣", "台灣", "日本", "韓國",
                   "泰國", "瑞豐", "六合", "全台", "全市", "縣市", "國內",
                   "臺", "台"],
        "excluded": [
            # 台灣Pay (a product of 財金公司, not ORG; 台灣 no city), the
            # 新臺幣 currency, countries, night markets, deictic words
            "「[[台灣]]Pay」", "可用[[台灣]]Pay", "使用[[台灣]]Pay",
            "[[日本]]、韓國", "日本、[[韓國]]及", "及[[泰國]]業者",
            "在[[瑞豐]]、", "瑞豐、[[六合]]等", "LINE Pay[[全台]]用戶",
            "，[[全市]]78處",
        ],
        "numbers_excluded": [],
        # 一期 (an issue of the survey), 兩年 (a duration), 一方面
        "cn_excluded": ["最新[[一]]期", "上路滿[[兩]]年", "另[[一]]方面"],
        "latin_excluded": ["台灣[[Pay]]」", "台灣[[Pay]]、", "台灣[[Pay]]與",
                           "LINE Pay [[Money]]", "[[iPASS]] MONEY",
                           "iPASS [[MONEY]]"],
        # time characters outside rows: 年增 (rates), 每月, 單日, 平日,
        # 全年, 首週 (the first week of an event), 明顯, 不明, 滿兩年 (a
        # duration), 購物節 (x3, an event, not a holiday), 近期, 定期;
        # 新臺幣 (臺 of the currency); 國內 (x4), 縣市 (not CITY)
        "words_excluded": {"年增": 7, "每月": 1, "單日": 1, "平日": 1,
                           "全年": 1, "首週": 1, "明顯": 1, "新臺幣": 11,
                           "不明": 1, "滿兩年": 1, "購物節": 3, "縣市": 1,
                           "近期": 1, "定期": 1, "國內": 4},
        # generic: 專營電子支付機構, 兼營銀行, 公股銀行, 機構 (x2), 業者
        # (x3), 縣市政府, 該局, 母公司, 醫院, 特約商店, 銀行搶客 (heading)
        "orgwords_excluded": {"公司": 1, "銀行": 3, "局": 1, "會": 1,
                              "中心": 0, "政府": 1, "捷運": 0, "Pay": 3,
                              "悠遊": 4, "一卡通": 0,
                              "全聯": 0, "機構": 3},
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
    m = re.fullmatch(r"(\d+)([万萬兆])(\d,?\d{3})([億亿]?)(\D+)", span)
    if m:                                          # 2萬3,680人 -> 23680
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
