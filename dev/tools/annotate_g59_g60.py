#!/usr/bin/env python3
"""Gold annotation for the held-out articles g59_cashless_city_pilot and
g60_taiwan_mobile_payments (annotator K).

Adapted from heldout/tools/annotate_p.py (now dev/tools/annotate_g53_g54.py; itself adapted from
annotate_x.py).  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded: g59 is simplified
(mainland city daily 徐州日报, 2026-09-15), stored as GB18030 without BOM
(it holds 䶮, U+4DAE, which GBK lacks, so it must not decode as GBK); g60
is traditional (Taiwan, 工商時報, 2026-10-30), stored in Big5 (cp950).
g60's `text` is the traditional original; `normalized` (ORG/CITY) and
`unit` are simplified (OpenCC t2s).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_p/q/r, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g59_g60.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_p.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings and ORG
strings).  Changes from annotate_p.py: a GB18030 article (strict GB18030
decode, byte round trip, must not decode as UTF-8 nor as GBK, and must hold
at least one character outside GBK).  Re-run (from anywhere):

    python3 dev/tools/annotate_g59_g60.py
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
    "g59_cashless_city_pilot": ("gb18030", b"", False, "2026-09-15",
                                "徐州日报"),
    "g60_taiwan_mobile_payments": ("cp950", b"", True, "2026-10-30",
                                   "工商時報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g59 (2026; all prefecture-level cities)
    "徐州": "徐州市", "徐州市": "徐州市", "南京": "南京市", "苏州": "苏州市",
    "无锡": "无锡市", "常州": "常州市", "南通": "南通市", "宿迁": "宿迁市",
    "连云港": "连云港市", "淮安": "淮安市", "商丘": "商丘市",
    "枣庄": "枣庄市", "宿州": "宿州市",
    # g60 (Taiwan: special municipalities and provincial cities, with 市;
    # foreign cities by their common Chinese name)
    "台北": "台北市", "台中市": "台中市", "高雄市": "高雄市",
    "台南市": "台南市", "新北市": "新北市", "桃園市": "桃园市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "基隆市": "基隆市",
    "東京": "东京", "大阪": "大阪", "福岡": "福冈", "首爾": "首尔",
    "曼谷": "曼谷", "新加坡": "新加坡", "香港": "香港",
    "胡志明市": "胡志明市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "金管會": "金管会", "金管會銀行局": "金管会银行局", "全支付": "全支付",
    "街口": "街口", "全聯": "全联", "街口支付": "街口支付",
    "一卡通票證公司": "一卡通票证公司", "悠遊卡公司": "悠游卡公司",
    "LINE Pay": "LINE Pay", "連加網路": "连加网路",
    "財金資訊公司": "财金资讯公司", "財金公司": "财金公司",
    "中華郵政": "中华邮政", "統一超商": "统一超商", "7-ELEVEN": "7-ELEVEN",
    "全家便利商店": "全家便利商店", "萊爾富": "莱尔富", "OK超商": "OK超商",
    "經濟部商業發展署": "经济部商业发展署", "數位發展部": "数位发展部",
    "聯合信用卡處理中心": "联合信用卡处理中心",
    "國泰世華銀行": "国泰世华银行", "中國信託銀行": "中国信托银行",
    "台新銀行": "台新银行", "玉山銀行": "玉山银行",
    "台北富邦銀行": "台北富邦银行", "國泰世華": "国泰世华",
    "中信銀": "中信银", "中央銀行": "中央银行", "央行": "央行",
    "立法院財政委員會": "立法院财政委员会", "台北市政府": "台北市政府",
    "台北捷運公司": "台北捷运公司", "高雄捷運": "高雄捷运",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC", "市府": "市府",
}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
def gbk_ok(ch):
    try:
        ch.encode("gbk")
        return True
    except UnicodeEncodeError:
        return False


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
        if enc == "gb18030":            # a real GB18030 file: not GBK
            try:
                raw.decode("gbk")
                raise AssertionError(f"{doc_id}: decodes as GBK")
            except UnicodeDecodeError:
                pass
            outside = sorted({ch for ch in self.text if not gbk_ok(ch)})
            assert outside == ["\u4dae"], (doc_id, outside)   # 䶮 only
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
# g59 Xuzhou joins the provincial "cashless city" pilot, simplified,
# GB18030, 2026-09-15 (a Tuesday, ISO week 2026-W38), city daily (徐州日报);
# the launch and the signing were 昨日（9月14日）.  Holidays 2026: 中秋
# 09-25, 国庆 10-01.
# ===========================================================================
@doc
def g59():
    d = Doc("g59_cashless_city_pilot")
    XZ, WX, NT, SQ, SZ = "徐州市", "无锡市", "南通市", "商丘市", "宿州市"
    # title (a heading that opens with 徐州 but not as a section: 徐州入选)
    d.city("[[徐州]]入选全省")
    d.metric("覆盖率达[[96.3%]]\n", "96.3", "%", "exact", XZ)
    # lead (the byline sentence names 徐州市)
    d.date("）[[昨日]]（9月14日）", "2026-09-14", XZ)
    d.date("昨日（[[9月14日]]）", "2026-09-14", XZ)
    d.city("），[[徐州市]]“无现金城市”")
    d.org("举行。[[市政府]]与")
    d.org("与[[蚂蚁集团]]、财付通")
    d.org("、[[财付通]]、中国银联")
    d.org("、[[中国银联江苏分公司]]分别")
    d.org("，[[中国人民银行徐州市分行]]同步")
    d.city("《[[徐州市]]数字支付")
    d.date("（[[2026]]—2028年）", "2026", XZ)
    d.date("2026—[[2028年]]）", "2028", XZ)
    d.city("标志着[[徐州]]正式")
    # 市商务局 figures (no CITY: 全市)
    d.org("据[[市商务局]]统计")
    d.date("截至[[8月底]]，全市移动", "2026-08", "")
    d.metric("用户达[[786.4万户]]", "786.4e4", "户", "exact", "")
    d.metric("覆盖率达[[96.3%]]，较", "96.3", "%", "exact", "")
    d.date("较[[去年同期]]提高", "2025-08", "")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact", "")
    d.date("；[[今年前8个月]]，", "2026", "")
    d.metric("交易笔数[[41.6亿笔]]", "41.6e8", "笔", "exact", "")
    d.metric("交易金额[[5836.2亿元]]", "5836.2e8", "元", "exact", "")
    d.metric("分别增长[[18.7%]]和", "18.7", "%", "exact", "")
    d.metric("18.7%和[[12.9%]]。", "12.9", "%", "exact", "")
    d.metric("收款码交易额[[1264亿元]]", "1264e8", "元", "exact", "")
    d.metric("占比[[约两成]]", 20, "%", "approx", "")
    d.metric("商户达[[42.8万户]]", "42.8e4", "户", "exact", "")
    d.date("较[[去年底]]增加", "2025", "")
    d.metric("增加[[5.6万户]]", "5.6e4", "户", "exact", "")
    # 签约 (a heading with no city; 三大平台: N大 gives the numeral)
    d.metric("签约：[[三]]大平台", 3, "", "exact", "")
    d.org("根据协议，[[支付宝]]将在")
    d.metric("投入[[超过5亿元]]服务", "5e8", "元", "over", "")
    d.metric("帮助全市[[10万家]]小微", "10e4", "家", "exact", "")
    d.org("；[[微信支付]]计划")
    d.date("计划于[[年底]]前接入", "2026", "")
    d.metric("接入[[300个]]政务", 300, "个", "exact", "")
    d.org("。[[蚂蚁集团]]相关负责人")
    d.date("自[[3月]]双方", "2026-03", XZ)
    d.org("以来，[[支付宝]]已上线")
    d.city("一码游[[徐州]]”")
    d.metric("游客[[超过260万人次]]", "260e4", "人次", "over", XZ)
    d.metric("夜市商户[[1.2万余家]]", "1.2e4", "家", "over", XZ)
    d.org("。[[中国银联江苏分公司]]表示")
    d.org("联合[[工商银行]]、建设银行")
    d.org("工商银行、[[建设银行]]、江苏银行等")
    d.org("建设银行、[[江苏银行]]等机构")
    d.org("推广[[银联]]云闪付")
    d.date("预计[[今年]]可为", "2026", "")
    d.metric("支出[[约1.8亿元]]", "1.8e8", "元", "approx", "")
    # 数字人民币 (a heading with no city)
    d.metric("个人钱包[[突破260万个]]\n", "260e4", "个", "over", "")
    d.org("\n[[中国人民银行徐州市分行]]数据")
    d.date("截至[[8月末]]，全市累计", "2026-08", "")
    d.metric("个人钱包[[263.5万个]]", "263.5e4", "个", "exact", "")
    d.metric("对公钱包[[4.7万个]]", "4.7e4", "个", "exact", "")
    d.date("，[[今年]]以来数字人民币", "2026", "")
    d.metric("交易金额达[[126.8亿元]]", "126.8e8", "元", "exact", "")
    d.date("是[[去年]]全年", "2025", "")
    d.metric("全年的[[2.1倍]]", "2.1", "倍", "exact", "")
    d.org("。[[工商银行徐州分行]]、")
    d.org("、[[农业银行徐州分行]]、")
    d.org("、[[中国银行徐州分行]]、")
    d.org("、[[建设银行徐州分行]]、")
    d.org("、[[交通银行徐州分行]]和")
    d.org("和[[邮储银行徐州市分行]]等")
    d.metric("等[[6家]]运营", 6, "家", "exact", "")
    d.metric("服务网点[[412个]]", 412, "个", "exact", "")
    d.org("，[[江苏银行]]也在7月")
    d.date("也在[[7月]]上线", "2026-07", "")
    d.date("。[[6月18日]]至8月31日", "2026-06-18", "")
    d.date("至[[8月31日]]，全市分批", "2026-08-31", "")
    d.metric("消费红包[[1500万元]]", "1500e4", "元", "exact", "")
    d.metric("共有[[12.6万名]]市民", "12.6e4", "名", "exact", "")
    d.metric("带动消费[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    # 生僻字 (no CITY, no heading)
    d.date("，[[8月中旬]]他在", "2026-08", "")
    d.org("他在[[建设银行]]网点")
    # 出行 (a heading with no city)
    d.org("\n[[徐州地铁]]自4月1日")
    d.date("自[[4月1日]]起", "2026-04-01", "")
    d.metric("目前[[4条]]运营", 4, "条", "exact", "")
    d.metric("过闸[[约38.6万人次]]", "38.6e4", "人次", "approx", "")
    d.metric("总客流的[[91%]]", 91, "%", "exact", "")
    d.org("。[[市交通运输局]]介绍")
    d.metric("全市[[2860辆]]公交车", 2860, "辆", "exact", "")
    d.org("支持[[支付宝]]、微信支付、银联和")
    d.org("支付宝、[[微信支付]]、银联和")
    d.org("微信支付、[[银联]]和数字人民币")
    d.date("乘车，[[8月]]公交", "2026-08", "")
    d.metric("升至[[87.5%]]", "87.5", "%", "exact", "")
    d.date("较[[上月]]提高2.6", "2026-07", "")
    d.metric("提高[[2.6个百分点]]", "2.6", "百分点", "exact", "")
    d.metric("享受[[8折]]优惠", 80, "%", "exact", "")
    d.org("。[[徐州观音国际机场]]则")
    d.date("兑换点，[[二季度]]为境外", "2026-Q2", "")
    d.metric("办理业务[[3200余笔]]", 3200, "笔", "over", "")
    # 民生 (a heading with no city)
    d.org("\n[[市卫健委]]介绍")
    d.org("，[[徐州医科大学附属医院]]、徐州市中心医院")
    d.org("、[[徐州市中心医院]]、")
    d.org("、[[徐州市第一人民医院]]门诊")
    d.metric("均[[超过85%]]", 85, "%", "over", "")
    d.org("其中[[徐州医科大学附属医院]]日均")
    d.metric("线上缴费[[约2.3万笔]]", "2.3e4", "笔", "approx", "")
    d.date("；[[5月]]以来", "2026-05", "")
    d.metric("结算[[约1120万人次]]", "1120e4", "人次", "approx", "")
    d.org("。[[市市场监管局]]数据")
    d.metric("全市[[186家]]农贸", 186, "家", "exact", "")
    d.metric("、[[4.3万个]]摊位", "4.3e4", "个", "exact", "")
    d.metric("同比增长[[31.6%]]。美团", "31.6", "%", "exact", "")
    d.org("。[[美团]]数据显示")
    d.date("显示，[[二季度]]徐州外卖", "2026-Q2", XZ)
    d.city("二季度[[徐州]]外卖")
    d.metric("占比达[[99.2%]]", "99.2", "%", "exact", XZ)
    d.org("；[[京东]]、苏宁易购")
    d.org("、[[苏宁易购]]在我市")
    # 周边 (a heading with no city)
    d.city("在全省，[[南京]]、苏州")
    d.city("南京、[[苏州]]、无锡")
    d.city("苏州、[[无锡]]已于")
    d.date("已于[[2024年6月]]入选", "2024-06", WX)
    d.city("，[[常州]]、南通今年5月")
    d.city("常州、[[南通]]今年5月")
    d.date("南通[[今年5月]]率先", "2026-05", NT)
    d.city("，[[宿迁]]、连云港")
    d.city("宿迁、[[连云港]]、淮安")
    d.city("连云港、[[淮安]]和省外")
    d.city("省外的[[商丘]]、枣庄")
    d.city("商丘、[[枣庄]]、宿州也已")
    d.city("枣庄、[[宿州]]也已")
    d.org("。[[市商务局]]数据显示，上半年")
    d.date("显示，[[上半年]]，徐州居民", "2026", XZ)
    d.city("上半年，[[徐州]]居民")
    d.metric("消费[[28.7亿元]]，同比", "28.7e8", "元", "exact", XZ)
    d.metric("同比增长[[23.4%]]；", "23.4", "%", "exact", XZ)
    d.metric("消费[[46.3亿元]]，其中", "46.3e8", "元", "exact", SQ)
    d.city("来自[[商丘]]、宿州的")
    d.city("商丘、[[宿州]]的游客")
    d.metric("占比[[近三成]]", 30, "%", "approx", SZ)
    d.org("。[[艾瑞咨询]]发布")
    d.date("显示，[[2025年]]徐州移动", "2025", XZ)
    d.city("2025年[[徐州]]移动")
    d.metric("渗透率为[[91.8%]]", "91.8", "%", "exact", XZ)
    d.date("较[[2023年]]提高", "2023", XZ)
    d.metric("提高[[11.5个百分点]]", "11.5", "百分点", "exact", XZ)
    d.metric("江苏[[13个]]设区市", 13, "个", "exact", XZ)
    # expert and national figures (no heading)
    d.org("\n[[中国矿业大学经济管理学院]]副教授")
    d.city("认为，[[徐州]]作为")
    d.date("尤其是[[中秋]]、国庆", "2026-09-25", XZ)
    d.date("中秋、[[国庆]]假期", "2026-10-01", XZ)
    d.org("。[[中国支付清算协会]]数据")
    d.date("显示，[[2025年]]全国银行", "2025", "")
    d.metric("业务[[1806.3亿笔]]", "1806.3e8", "笔", "exact", "")
    d.metric("金额达[[598.7万亿元]]", "598.7e12", "元", "exact", "")
    d.metric("分别增长[[8.2%]]和", "8.2", "%", "exact", "")
    d.metric("8.2%和[[9.4%]]。", "9.4", "%", "exact", "")
    # outlook (no heading)
    d.date("到[[今年年底]]，全市", "2026", "")
    d.metric("将达到[[98%以上]]", 98, "%", "over", "")
    d.metric("个人钱包[[突破300万个]]", "300e4", "个", "over", "")
    d.date("；到[[2028年]]，建成", "2028", "")
    d.org("。[[市委金融办]]、市数据局")
    d.org("、[[市数据局]]相关")
    d.date("表示，[[10月]]起将", "2026-10", "")
    d.date("力争[[明年一季度]]实现", "2027-Q1", "")
    d.org("。[[江苏省商务厅]]、")
    d.org("、[[中国人民银行江苏省分行]]将于")
    d.date("将于[[11月]]对试点", "2026-11", "")
    audit = {
        "cities": ["徐州", "南京", "苏州", "无锡", "常州", "南通", "宿迁",
                   "连云港", "淮安", "商丘", "枣庄", "宿州", "江苏", "淮海",
                   "来徐", "我市", "彭城", "云龙", "鼓楼", "全省"],
        "excluded": [
            # a province, a region (x3), a one-character abbreviation, a
            # deictic word, the province as a level (全省 x3)
            "在[[江苏]]13个", "在[[淮海经济区]]，", "[[淮海经济区]]中心",
            "周边：[[淮海经济区]]移动", "[[来徐]]游客", "在[[我市]]的门店",
            "入选[[全省]]第二批", "成为[[全省]]第二批", "在[[全省]]，南京",
        ],
        # 为期6个月 is a duration
        "numbers_excluded": ["为期[[6]]个月"],
        # 第二批 (ordinal, x3), 三年 (durations, x2), 第六 (a rank),
        # 双方 (collective), service names and the indefinite 一
        "cn_excluded": ["入选全省第[[二]]批", "成为全省第[[二]]批",
                        "启动第[[二]]批", "便利化[[三]]年行动",
                        "在[[三]]年内", "位列第[[六]]", "自3月[[双]]方",
                        "“[[一]]码游", "“[[一]]码通乘", "碰[[一]]碰",
                        "“[[一]]部手机", "全市[[二]]级以上",
                        "“[[一]]摊一码", "一摊[[一]]码", "支付[[一]]体化"],
        "latin_excluded": [],
        "words_excluded": {"三年": 2, "个月": 1, "日均": 2, "全年": 1,
                           "节省": 1, "周子涵": 1, "周边": 3, "全市": 12},
        # generic bodies and kinds: 运营机构, 机构, 全国银行, 公立医院
        "orgwords_excluded": {"运营机构": 1, "机构": 2, "银行": 2,
                              "公立医院": 1},
    }
    return d, audit


# ===========================================================================
# g60 Taiwan's electronic payments in the third quarter of 2026,
# traditional, Big5 (cp950), 2026-10-30 (a Friday, ISO week 2026-W44),
# Taipei business daily (工商時報); byline 【記者…／台北報導】 (台北 is a
# special municipality: CITY).  A Taiwan text (民國, 新台幣): bare 114年,
# 115年, 116年 are ROC years; 國慶 is 10-10, 中秋 2026-09-25.  金管會
# published 昨（29）日.
# ===========================================================================
@doc
def g60():
    d = Doc("g60_taiwan_mobile_payments")
    TP, TC, TN, TY, CY, KL = ("台北市", "台中市", "台南市", "桃园市",
                              "嘉义市", "基隆市")
    FK, TK, SE, BK, HK = "福冈", "东京", "首尔", "曼谷", "香港"
    # title (a heading with no city)
    d.date("[[第3季]]電支交易額", "2026-Q3", "")
    d.metric("年增[[逾2成]] 全支付", 20, "%", "over", "")
    d.org("逾2成 [[全支付]]用戶")
    d.metric("用戶[[突破千萬]]\n", "1e7", "", "over", "")
    # lead: the byline sentence (to the first ；) names 台北
    d.city("／[[台北]]報導")
    d.org("報導】[[金管會]]昨")
    d.date("金管會[[昨（29）日]]公布", "2026-10-29", TP)
    d.date("公布[[115年第3季]]電子", "2026-Q3", TP)
    d.date("截至[[9月底]]，全體", "2026-09", TP)
    d.metric("使用者達[[3,286萬人]]", "3286e4", "人", "exact", TP)
    d.date("較[[上季底]]增加", "2026-Q2", TP)
    d.metric("增加[[62萬人]]；", "62e4", "人", "exact", TP)
    d.date("；[[第3季]]電子支付交易金額", "2026-Q3", "")
    d.metric("金額為新台幣[[2,846億元]]", "2846e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[21.7%]]、季增", "21.7", "%", "exact", "")
    d.metric("季增[[6.4%]]，創", "6.4", "%", "exact", "")
    d.org("。[[金管會銀行局]]指出")
    d.date("指出，[[中秋]]連假", "2026-09-25", "")
    d.date("若以[[今年前3季]]合計", "2026", "")
    d.metric("交易金額約新台幣[[7,980億元]]", "7980e8", "元", "approx", "",
             outer="約新台幣")
    d.date("超過[[114年]]全年", "2025", "")
    d.metric("全年的[[7,612億元]]", "7612e8", "元", "exact", "")
    # 業者 (a heading with no city)
    d.org("業者：[[全支付]]居冠")
    d.org("居冠 [[街口]]穩居")
    d.org("，[[全聯]]旗下")
    d.org("旗下[[全支付]]使用者")
    d.metric("使用者[[突破千萬]]大關", "1e7", "", "over", "")
    d.metric("達[[1,036萬人]]", "1036e4", "人", "exact", "")
    d.date("之冠，[[第3季]]交易金額", "2026-Q3", "")
    d.metric("約新台幣[[586億元]]", "586e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[38.2%]]；", "38.2", "%", "exact", "")
    d.org("；[[街口支付]]使用者")
    d.metric("使用者[[約782萬人]]", "782e4", "人", "approx", "")
    d.metric("年增[[9.6%]]，9月", "9.6", "%", "exact", "")
    d.date("，[[9月]]單月", "2026-09", "")
    d.metric("交易筆數[[約4,260萬筆]]", "4260e4", "笔", "approx", "")
    d.org("；[[一卡通票證公司]]使用者")
    d.metric("使用者[[約640萬人]]", "640e4", "人", "approx", "")
    d.org("，[[悠遊卡公司]]旗下")
    d.metric("首度[[突破500萬人]]", "500e4", "人", "over", "")
    d.metric("年增[[逾4成]]。", 40, "%", "over", "")
    # LINE Pay, 台灣Pay (no heading, no city)
    d.org("中，[[LINE Pay]]台灣用戶數")
    d.metric("用戶數[[約1,420萬人]]", "1420e4", "人", "approx", "")
    d.date("萬人，[[第3季]]交易金額約新台幣1,035", "2026-Q3", "")
    d.metric("約新台幣[[1,035億元]]", "1035e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[12.8%]]；", "12.8", "%", "exact", "")
    d.org("營運商[[連加網路]]表示")
    d.date("表示，[[7月]]至9月", "2026-07", "")
    d.date("7月至[[9月]]推出", "2026-09", "")
    d.metric("年增[[逾3成]]。", 30, "%", "over", "")
    d.org("。[[財金資訊公司]]統計")
    d.metric("使用者[[約1,180萬人]]", "1180e4", "人", "approx", "")
    d.date("萬人，[[第3季]]交易金額新台幣1,962", "2026-Q3", "")
    d.metric("新台幣[[1,962億元]]", "1962e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[27.4%]]，", "27.4", "%", "exact", "")
    d.metric("占比[[約6成]]；", 60, "%", "approx", "")
    d.org("；[[財金公司]]並與")
    d.org("與[[中華郵政]]合作")
    d.date("自[[8月]]起開放", "2026-08", "")
    # 超商 (a heading with no city)
    d.metric("占比升至[[46%]]\n", 46, "%", "exact", "")
    d.org("\n[[統一超商]]表示")
    d.date("表示，[[第3季]]全台", "2026-Q3", "")
    d.metric("全台[[7,100多家]]", 7100, "家", "over", "")
    d.org("多家[[7-ELEVEN]]門市")
    d.metric("年增[[17.5%]]，占整體", "17.5", "%", "exact", "")
    d.metric("比重升至[[46%]]；", 46, "%", "exact", "")
    d.org("；[[全家便利商店]]第3季")
    d.date("全家便利商店[[第3季]]行動", "2026-Q3", "")
    d.metric("年增[[22.4%]]，會員", "22.4", "%", "exact", "")
    d.metric("占比[[約3成]]；", 30, "%", "approx", "")
    d.org("；[[萊爾富]]、OK超商")
    d.org("、[[OK超商]]也分別")
    d.date("分別於[[8月]]、9月", "2026-08", "")
    d.date("8月、[[9月]]完成", "2026-09", "")
    d.date("指出，[[國慶]]連假期間", "2026-10-10", "")
    d.metric("增加[[約15%]]。", 15, "%", "approx", "")
    # 小型商家 (no heading, no city)
    d.org("。[[經濟部商業發展署]]統計")
    d.date("統計，[[9月]]零售業", "2026-09", "")
    d.metric("合計占比達[[31.4%]]", "31.4", "%", "exact", "")
    d.metric("年增[[3.8個百分點]]", "3.8", "百分点", "exact", "")
    d.org("；[[數位發展部]]則宣布")
    d.date("宣布，[[11月1日]]起擴大", "2026-11-01", "")
    d.metric("補助新台幣[[1萬元]]", "1e4", "元", "exact", "",
             outer="新台幣")
    d.date("預計[[明年底]]前", "2027", "")
    d.metric("協助[[約2萬家]]商家", "2e4", "家", "approx", "")
    # 信用卡 (a heading with no city)
    d.org("\n[[金管會]]統計，9月底")
    d.date("統計，[[9月底]]信用卡", "2026-09", "")
    d.metric("流通卡數達[[6,012萬張]]", "6012e4", "张", "exact", "")
    d.org("。[[聯合信用卡處理中心]]資料")
    d.date("顯示，[[第3季]]國內信用卡", "2026-Q3", "")
    d.metric("金額為新台幣[[9,870億元]]", "9870e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[8.9%]]，其中", "8.9", "%", "exact", "")
    d.metric("占比[[約22%]]。", 22, "%", "approx", "")
    d.org("，[[國泰世華銀行]]流通")
    d.metric("流通卡數[[約780萬張]]", "780e4", "张", "approx", "")
    d.org("，[[中國信託銀行]]、")
    d.org("、[[台新銀行]]、")
    d.org("、[[玉山銀行]]、")
    d.org("、[[台北富邦銀行]]依序")
    d.org("；[[國泰世華]]指出")
    d.date("指出，[[第3季]]綁定", "2026-Q3", "")
    d.metric("年增[[26%]]，中信銀", 26, "%", "exact", "")
    d.org("，[[中信銀]]則預估")
    d.date("預估，[[第4季]]在國慶", "2026-Q4", "")
    d.date("在[[國慶]]連假與", "2026-10-10", "")
    d.date("與[[年底]]消費旺季", "2026", "")
    d.metric("再成長[[1成以上]]", 10, "%", "over", "")
    # 政策 (a heading with a DATE and no city)
    d.date("跨機構轉帳[[明年]]再升級", "2027", "")
    d.org("\n[[金管會]]表示")
    d.date("自[[民國110年7月]]上線", "2021-07", "")
    d.date("截至[[今年9月底]]累計", "2026-09", "")
    d.metric("轉帳[[約1.26億筆]]", "1.26e8", "笔", "approx", "")
    d.metric("金額逾新台幣[[3,400億元]]", "3400e8", "元", "over", "",
             outer="逾新台幣")
    d.date("；[[明（116）年]]起", "2027", "")
    d.org("。[[中央銀行]]9月17日")
    d.date("中央銀行[[9月17日]]理監事會", "2026-09-17", "")
    d.date("由[[民國108年]]的", "2019", "")
    d.metric("的[[約42%]]升至", 42, "%", "approx", "")
    d.date("升至[[114年]]的約68%", "2025", "")
    d.metric("的[[約68%]]；", 68, "%", "approx", "")
    d.org("；[[央行]]同時表示")
    d.date("於[[116年第2季]]擴大", "2027-Q2", "")
    d.metric("擴大至[[5家]]銀行", 5, "家", "exact", "")
    d.org("。[[央行]]日前")
    d.org("赴[[立法院財政委員會]]報告")
    # 地方 (a heading with no city; each ；-clause its own cities)
    d.org("。[[台北市政府]]自7月")
    d.date("自[[7月]]起開放市府", "2026-07", "")
    d.org("開放[[市府]]規費")
    d.org("，[[台北捷運公司]]統計")
    d.date("統計，[[9月]]以行動支付", "2026-09", "")
    d.metric("進站[[約1,860萬人次]]", "1860e4", "人次", "approx", "")
    d.metric("月增[[12.3%]]；", "12.3", "%", "exact", "")
    d.org("；[[高雄捷運]]自10月1日")
    d.date("自[[10月1日]]起開放信用卡", "2026-10-01", "")
    d.date("截至[[10月28日]]累計", "2026-10-28", "")
    d.metric("累計使用[[約9.2萬人次]]", "9.2e4", "人次", "approx", "")
    d.city("中，[[台中市]]公有")
    d.metric("覆蓋率達[[92%]]居首", 92, "%", "exact", TC)
    d.city("，[[高雄市]]、台南市分別")
    d.city("高雄市、[[台南市]]分別")
    d.metric("分別為[[88%]]、85%", 88, "%", "exact", TN)
    d.metric("88%、[[85%]]，", 85, "%", "exact", TN)
    d.city("，[[新北市]]與桃園市")
    d.city("新北市與[[桃園市]]均")
    d.metric("均[[超過80%]]；", 80, "%", "over", TY)
    d.city("；[[新竹市]]、嘉義市")
    d.city("新竹市、[[嘉義市]]則自")
    d.date("則自[[8月]]起在市區", "2026-08", CY)
    d.city("，[[基隆市]]也將")
    d.date("將於[[11月]]跟進", "2026-11", KL)
    # 跨境 (no heading)
    d.org("。[[街口支付]]表示")
    d.date("表示，[[第3季]]用戶在", "2026-Q3", TK)
    d.city("日本[[東京]]、大阪")
    d.city("東京、[[大阪]]、福岡")
    d.city("大阪、[[福岡]]等地")
    d.metric("年增[[1.8倍]]；", "1.8", "倍", "exact", FK)
    d.org("；[[全支付]]自9月起")
    d.date("全支付自[[9月]]起開通", "2026-09", SE)
    d.city("韓國[[首爾]]及")
    d.city("泰國[[曼谷]]的")
    d.org("，[[LINE Pay]]則預計")
    d.date("預計於[[12月]]新增", "2026-12", BK)
    d.city("新增[[新加坡]]與香港")
    d.city("新加坡與[[香港]]的")
    d.date("，[[明年上半年]]再擴及", "2027", HK)
    d.city("越南[[胡志明市]]。")
    # 調查 and outlook (no heading, no city)
    d.org("\n[[資策會產業情報研究所]]（MIC）")
    d.org("（[[MIC]]）最新")
    d.metric("普及率達[[81.6%]]", "81.6", "%", "exact", "")
    d.metric("年增[[2.3個百分點]]", "2.3", "百分点", "exact", "")
    d.metric("平均使用[[2.7種]]", "2.7", "种", "exact", "")
    d.org("。[[金管會]]預估")
    d.date("在[[年底]]購物季", "2026", "")
    d.date("下，[[今年]]電支", "2026", "")
    d.metric("可望[[突破3,400萬人]]", "3400e4", "人", "over", "")
    d.metric("可望突破新台幣[[1.1兆元]]", "1.1e12", "元", "over", "",
             outer="突破新台幣")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "東京", "大阪",
                   "福岡", "首爾", "曼谷", "新加坡", "香港", "胡志明",
                   "台灣", "臺灣", "六都", "全台", "日本", "韓國", "泰國",
                   "越南"],
        "excluded": [
            # Taiwan (no city), 全台, 六都 (a collective label), countries
            "LINE Pay[[台灣]]用戶數", "[[台灣Pay]]使用者",
            "第3季[[全台]]7,100", "[[六都]]中", "[[日本]]東京",
            "[[韓國]]首爾", "[[泰國]]曼谷", "[[越南]]胡志明市",
        ],
        "numbers_excluded": [],
        # 第二 (a rank)
        "cn_excluded": ["穩居第[[二]]"],
        "latin_excluded": [],
        "words_excluded": {"年增": 15, "季增": 1, "月增": 1, "單季": 2,
                           "單月": 1, "全年": 1, "日前": 1, "平日": 1,
                           "日趨": 1, "旺季": 1, "購物季": 1},
        # generic bodies: 電子支付機構, 電支業者, 超商業者, 發卡銀行,
        # 地方政府, 郵局, 銀行
        "orgwords_excluded": {"機構": 4, "業者": 5, "發卡銀行": 1,
                              "地方政府": 1, "郵局": 1, "銀行": 3},
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
