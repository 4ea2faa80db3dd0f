#!/usr/bin/env python3
"""Gold annotation for the held-out articles g57_inbound_payments and
g58_ev_makers_deliveries (annotator R).

Adapted from heldout/tools/annotate_x.py (now dev/tools/annotate_g47_g48.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g57 is simplified (mainland business daily 21世纪经济报道, 2026-11-03),
stored as UTF-16 LE WITH a BOM (FF FE), which is removed before offsets are
counted; g58 is simplified (mainland business daily 每日经济新闻,
2026-11-02), UTF-8 without BOM.  Both are simplified: ORG `normalized` is
the text itself (checked against OpenCC t2s), CITY `normalized` the official
name (mainland cities with 市; foreign cities in their common Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_x/y/z, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g57_g58.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings and ORG
strings).  Changes from annotate_x.py: UTF-16 LE with BOM decoding (BOM
required, byte round trip, the file must not decode as UTF-8, no BOM or NUL
inside the text); an audit list of occurrences of an ORG string that are
no organization (理想状态: the common word).  Re-run (from anywhere):

    python3 dev/tools/annotate_g57_g58.py
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
BOM16LE = b"\xff\xfe"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g57_inbound_payments": ("utf-16-le", BOM16LE, False, "2026-11-03",
                             "21世纪经济报道"),
    "g58_ev_makers_deliveries": ("utf-8", b"", False, "2026-11-02",
                                 "每日经济新闻"),
}

# CITY span -> official name (simplified).
CITY_NORM = {
    # g57 (2026; 义乌 is a county-level city)
    "上海": "上海市", "北京": "北京市", "广州": "广州市", "深圳": "深圳市",
    "成都": "成都市", "杭州": "杭州市", "东莞": "东莞市", "佛山": "佛山市",
    "厦门": "厦门市", "天津": "天津市", "三亚": "三亚市", "昆明": "昆明市",
    "义乌": "义乌市", "首尔": "首尔", "东京": "东京",
    # g58
    "西安": "西安市", "合肥": "合肥市", "郑州": "郑州市", "长沙": "长沙市",
    "金华": "金华市", "重庆": "重庆市", "柳州": "柳州市", "宁德": "宁德市",
    "宜宾": "宜宾市", "芜湖": "芜湖市", "青岛": "青岛市",
    "塞格德": "塞格德", "卡马萨里": "卡马萨里", "萨拉戈萨": "萨拉戈萨",
    "格拉茨": "格拉茨",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# both articles are simplified: ORG normalized = the text (OpenCC-checked)
ORG_NORM = {}


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
        full = raw
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
        else:
            assert not raw.startswith(BOM8), f"{doc_id}: no BOM"
            assert not raw.startswith(BOM16LE), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            try:
                full.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc == "utf-16-le":                      # the BOM says LE
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
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
# g57 payments for foreign visitors, simplified, UTF-16 LE with BOM,
# 2026-11-03 (a Tuesday, ISO week 2026-W45), 21世纪经济报道 (mainland
# business daily); byline 21世纪经济报道记者 … 上海报道; the central bank's
# Shanghai head office gave the figures 昨日（11月2日）.
# ===========================================================================
@doc
def g57():
    d = Doc("g57_inbound_payments")
    SH, BJ, GZ, SZ, HZ, CD = ("上海市", "北京市", "广州市", "深圳市",
                              "杭州市", "成都市")
    XM, YW, SE = "厦门市", "义乌市", "首尔"
    # title (a heading with no city)
    d.date("[[前三季度]]来华人员", "2026", "")
    d.metric("交易额增[[逾七成]] 多城", 70, "%", "over", "")
    # byline (a heading line opening with an ORG: no section)
    d.org("[[21世纪经济报道]]记者")
    d.city("陈思远 [[上海]]报道")
    # lead (no CITY)
    d.date("记者[[昨日]]（11月2日）", "2026-11-02", "")
    d.date("昨日（[[11月2日]]）", "2026-11-02", "")
    d.org("从[[中国人民银行上海总部]]获悉")
    d.date("获悉，[[今年前三季度]]，境外", "2026", "")
    d.metric("完成交易[[1.86亿笔]]", "1.86e8", "笔", "exact", "")
    d.metric("交易金额[[约932亿元]]", "932e8", "元", "approx", "")
    d.metric("分别增长[[86%]]和74%", 86, "%", "exact", "")
    d.metric("86%和[[74%]]；", 74, "%", "exact", "")
    d.metric("达到[[415.6亿元]]", "415.6e8", "元", "exact", "")
    d.metric("同比增长[[近六成]]。", 60, "%", "approx", "")
    # P2 (no CITY)
    d.org("\n[[国家移民管理局]]此前")
    d.date("数据显示，[[前三季度]]全国各口岸", "2026", "")
    d.metric("外国人达[[2180万人次]]", "2180e4", "人次", "exact", "")
    d.metric("同比增长[[31.2%]]", "31.2", "%", "exact", "")
    d.metric("占比[[超过七成]]。", 70, "%", "over", "")
    d.org("。[[中国人民银行支付结算司]]有关")
    d.date("截至[[9月底]]，全国", "2026-09", "")
    d.metric("商户已[[超过420万户]]", "420e4", "户", "over", "")
    d.date("较[[去年同期]]增加约96万户", "2025-09", "")
    d.metric("增加[[约96万户]]", "96e4", "户", "approx", "")
    d.metric("已达到[[98%以上]]", 98, "%", "over", "")
    # 平台 (heading with no city)
    d.metric("绑定用户[[突破2000万]]\n", "2000e4", "", "over", "")
    d.org("\n[[支付宝]]数据显示")
    d.date("数据显示，[[前三季度]]境外用户", "2026", SE)
    d.org("境外用户在[[支付宝]]上")
    d.metric("同比增长[[1.2倍]]", "1.2", "倍", "exact", SE)
    d.city("来自[[首尔]]和东京")
    d.city("首尔和[[东京]]的用户")
    d.date("；[[10月]]以来", "2026-10", "")
    d.metric("已[[突破1200万]]", "1200e4", "", "over", "")
    d.org("。[[微信支付]]方面")
    d.date("方面，[[今年]]以来", "2026", "")
    d.metric("来自[[超过180个]]国家", 180, "个", "over", "")
    d.metric("绑卡用户[[超过800万]]", "800e4", "", "over", "")
    d.date("，[[10月]]单月外卡交易额环比", "2026-10", "")
    d.metric("环比增长[[23%]]", 23, "%", "exact", "")
    d.date("增速较[[上月]]提高", "2026-09", "")
    d.metric("提高[[5.4个百分点]]", "5.4", "百分点", "exact", "")
    # P4 (no CITY)
    d.org("\n[[蚂蚁国际]]表示")
    d.metric("已接入[[36个]]境外", 36, "个", "exact", "")
    d.date("付款，[[前三季度]]相关", "2026", "")
    d.metric("交易额约为[[118亿元]]", "118e8", "元", "approx", "",
             outer="约为")
    d.org("。[[财付通]]也于")
    d.date("也于[[8月]]将外卡", "2026-08", "")
    d.metric("由[[5000美元]]提高", 5000, "美元", "exact", "")
    d.metric("提高至[[1万美元]]", "1e4", "美元", "exact", "")
    d.org("并与[[Visa]]、万事达卡合作")
    d.org("Visa、[[万事达卡]]合作")
    # P5 卡组织
    d.org("方面，[[中国银联]]数据")
    d.date("截至[[10月末]]，境内", "2026-10", "")
    d.metric("终端[[约1180万台]]", "1180e4", "台", "approx", "")
    d.metric("同比增长[[41%]]。", 41, "%", "exact", "")
    d.org("。[[Visa]]相关负责人")
    d.date("介绍，[[国庆]]假期", "2026-10-01", SH)
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", SH)
    d.date("10月1日至[[7日]]）", "2026-10-07", SH)
    d.org("境外[[Visa]]持卡人")
    d.metric("消费金额同比增长[[52%]]", 52, "%", "exact", SH)
    d.city("52%，[[上海]]、北京")
    d.city("上海、[[北京]]、广州")
    d.city("北京、[[广州]]、深圳")
    d.city("广州、[[深圳]]、成都")
    d.city("深圳、[[成都]]位列")
    d.org("；[[万事达卡]]、美国运通")
    d.org("万事达卡、[[美国运通]]和JCB")
    d.org("美国运通和[[JCB]]的")
    d.metric("分别增长[[38%]]、", 38, "%", "exact", "")
    d.metric("38%、[[45%]]和", 45, "%", "exact", "")
    d.metric("45%和[[29%]]。", 29, "%", "exact", "")
    # 上海 section (heading 上海： to the heading 北京：)
    d.city("\n[[上海]]：外卡受理")
    d.metric("受理商户[[超35万户]]\n", "35e4", "户", "over", SH)
    d.org("\n[[上海市商务委]]数据")
    d.metric("商户已[[超过35万户]]", "35e4", "户", "over", SH)
    d.date("，[[前三季度]]外卡刷卡交易额约126", "2026", SH)
    d.metric("交易额[[约126亿元]]", "126e8", "元", "approx", SH)
    d.metric("全国的[[三成左右]]", 30, "%", "approx", SH)
    d.city("。[[上海]]已将")
    d.metric("徐家汇等[[12个]]商圈", 12, "个", "exact", SH)
    d.org("。[[上海地铁]]今年3月")
    d.date("上海地铁[[今年3月]]起", "2026-03", SH)
    d.metric("外卡过闸[[约4.2万人次]]", "4.2e4", "人次", "approx", SH)
    d.org("；[[上海浦东国际机场]]（")
    d.org("以下简称“[[浦东机场]]”")
    d.metric("增设[[8个]]综合", 8, "个", "exact", SH)
    d.date("服务点，[[10月]]为旅客", "2026-10", SH)
    d.metric("开卡服务[[1.7万笔]]", "1.7e4", "笔", "exact", SH)
    d.org("。[[新世界大丸百货]]相关")
    d.date("介绍，[[国庆]]期间外籍", "2026-10-01", SH)
    d.metric("消费额同比增长[[67%]]", 67, "%", "exact", SH)
    d.metric("占比[[约四成]]；", 40, "%", "approx", SH)
    d.org("；[[星巴克中国]]表示")
    d.city("其在[[上海]]的近1100家")
    d.metric("上海的[[近1100家]]门店", 1100, "家", "approx", SH)
    d.org("，[[瑞幸咖啡]]则在")
    d.org("。[[全家]]、罗森")
    d.org("全家、[[罗森]]等便利店")
    d.city("已在[[上海]]实现")
    d.org("全覆盖，[[全家]]10月")
    d.date("全家[[10月]]外卡", "2026-10", SH)
    d.metric("同比增长[[近2倍]]", 2, "倍", "approx", SH)
    # 北京 section (heading 北京： to the heading 试点：)
    d.city("\n[[北京]]：“即买即退”")
    d.metric("覆盖[[九成]]退税商店\n", 90, "%", "exact", BJ)
    d.org("\n[[北京市商务局]]介绍")
    d.date("介绍，[[前三季度]]北京离境", "2026", BJ)
    d.city("前三季度[[北京]]离境")
    d.metric("增至[[1260家]]", 1260, "家", "exact", BJ)
    d.metric("销售额[[约38.5亿元]]", "38.5e8", "元", "approx", BJ)
    d.metric("同比增长[[1.1倍]]", "1.1", "倍", "exact", BJ)
    d.metric("全市[[九成以上]]的", 90, "%", "over", BJ)
    d.org("。[[国家税务总局北京市税务局]]数据")
    d.date("显示，[[9月]]办理", "2026-09", BJ)
    d.metric("占比达[[46%]]", 46, "%", "exact", BJ)
    d.org("。[[王府井百货]]今年")
    d.date("王府井百货[[今年]]以来", "2026", BJ)
    d.metric("同比增长[[82%]]", 82, "%", "exact", BJ)
    d.date("82%，[[国庆]]期间", "2026-10-01", BJ)
    d.metric("退税[[超过300单]]", 300, "单", "over", BJ)
    d.org("。[[北京地铁]]今年6月底")
    d.date("北京地铁[[今年6月底]]实现", "2026-06", BJ)
    d.date("截至[[10月31日]]累计", "2026-10-31", BJ)
    d.metric("过闸[[超过520万人次]]", "520e4", "人次", "over", BJ)
    d.org("；[[首都机场]]在国际")
    d.date("服务中心[[国庆]]假期", "2026-10-01", BJ)
    d.metric("接待旅客[[约2600人次]]", 2600, "人次", "approx", BJ)
    d.org("。[[北京银行]]、工商银行")
    d.org("、[[工商银行北京市分行]]等")
    d.date("“零钱包”，[[前三季度]]累计", "2026", BJ)
    d.metric("累计发放[[约14.8万个]]", "14.8e4", "个", "approx", BJ)
    # 试点 (heading with no city: ends 北京)
    d.city("在[[广州]]，广州市商务局")
    d.org("广州，[[广州市商务局]]联合")
    d.org("联合[[中国银行广东省分行]]在")
    d.date("终端，[[前三季度]]广州", "2026", GZ)
    d.city("前三季度[[广州]]外卡")
    d.metric("同比增长[[68%]]", 68, "%", "exact", GZ)
    d.org("；[[广州地铁]]10月")
    d.date("广州地铁[[10月]]外卡", "2026-10", "")
    d.metric("过闸量[[约180万人次]]", "180e4", "人次", "approx", "")
    d.city("。[[深圳]]则依托")
    d.metric("受理率已达[[95%]]", 95, "%", "exact", SZ)
    d.date("95%，[[前三季度]]经深圳", "2026", SZ)
    d.city("前三季度经[[深圳]]各口岸")
    d.metric("外国人[[超过310万人次]]", "310e4", "人次", "over", SZ)
    d.city("\n[[杭州]]和成都")
    d.city("杭州和[[成都]]则把")
    d.org("。[[杭州市商务局]]表示")
    d.org("表示，[[杭州银行]]、支付宝")
    d.org("杭州银行、[[支付宝]]已在")
    d.date("“一码通游”，[[前三季度]]杭州", "2026", HZ)
    d.city("前三季度[[杭州]]各景区")
    d.metric("同比增长[[1.6倍]]", "1.6", "倍", "exact", HZ)
    d.org("。[[成都银行]]数据")
    d.city("其在[[成都]]春熙路")
    d.date("兑换机[[今年]]累计", "2026", CD)
    d.metric("外籍人士[[约9.3万人次]]", "9.3e4", "人次", "approx", CD)
    d.date("人次，[[10月]]单月兑换", "2026-10", CD)
    d.metric("兑换金额[[约2100万元]]", "2100e4", "元", "approx", CD)
    # chains in other cities (no heading)
    d.org("下沉。[[美宜佳]]表示")
    d.city("其在[[东莞]]、佛山")
    d.city("东莞、[[佛山]]、厦门")
    d.city("佛山、[[厦门]]等城市")
    d.metric("城市的[[约3.6万家]]门店", "3.6e4", "家", "approx", XM)
    d.org("；[[便利蜂]]则在")
    d.city("则在[[天津]]的门店")
    d.city("。[[三亚]]、昆明")
    d.city("三亚、[[昆明]]等入境游")
    d.city("在[[义乌]]，国际商贸城")
    d.metric("已有[[超过6.2万个]]商位", "6.2e4", "个", "over", YW)
    d.metric("全部商位的[[85%]]", 85, "%", "exact", YW)
    # outlook (no heading)
    d.date("将于[[11月5日]]在上海", "2026-11-05", SH)
    d.city("11月5日在[[上海]]开幕")
    d.date("开幕，[[明年春节]]入境", "2027-02-06", SH)
    d.org("。[[中国支付清算协会]]近期")
    d.metric("受访的[[1500名]]入境", 1500, "名", "exact", "")
    d.metric("游客中，[[约87%]]认为", 87, "%", "approx", "")
    d.metric("仍有[[近两成]]反映", 20, "%", "approx", "")
    d.org("。[[央行]]有关负责人")
    d.date("将在[[年底]]前推动", "2026", "")
    audit = {
        "cities": ["上海", "北京", "广州", "深圳", "成都", "杭州", "东莞",
                   "佛山", "厦门", "天津", "三亚", "昆明", "义乌", "首尔",
                   "东京", "南京", "陆家嘴", "豫园", "新天地", "徐家汇",
                   "浦东", "天河", "罗湖", "福田", "西湖", "灵隐", "春熙路",
                   "宽窄巷子", "广东", "韩国", "俄罗斯", "东南亚", "中国",
                   "全市", "全国", "城市", "商贸城", "首都"],
        "excluded": [
            # streets, districts, scenic spots, a province, countries
            "由[[南京路]]步行街", "步行街、[[陆家嘴]]扩展", "扩展至[[豫园]]、",
            "、[[新天地]]、", "、[[徐家汇]]等", "北京路、[[天河路]]等",
            "。深圳则依托口岸优势，[[罗湖]]、", "、[[福田]]口岸",
            "在[[西湖]]、", "、[[灵隐]]等景区", "成都[[春熙路]]、",
            "、[[宽窄巷子]]等商圈", "来自[[俄罗斯]]、", "、[[韩国]]和东南亚",
            "和[[东南亚]]国家",
        ],
        "numbers_excluded": [],
        # 前三/前五 ranks after 位列 are no figures; 第九届 an ordinal;
        # 二三线 tier labels (adjacent digits, vague); 一码通游, 进一步
        "cn_excluded": ["位列前[[五]]", "第[[九]]届", "向[[二三]]线城市",
                        "“[[一]]码通游”", "进[[一]]步"],
        "latin_excluded": ["的[[POS]]终端"],
        "words_excluded": {"日均": 3, "单月": 2, "单笔": 1, "周边": 1,
                           "全市": 2, "全国": 3, "城市": 4, "北京路": 1,
                           "国际商贸城": 1},
        # generic heads outside ORG rows: 机场、酒店 (a kind of place),
        # 便利店, 卡组织, 示范区 (a programme), 本国
        "orgwords_excluded": {"银行": 0, "协会": 0, "商务局": 0,
                              "商务委": 0, "税务局": 0, "地铁": 0,
                              "机场": 1, "便利店": 2, "卡组织": 1,
                              "示范区": 2, "百货": 0},
    }
    return d, audit


# ===========================================================================
# g58 carmakers' October 2026 deliveries, simplified, UTF-8 without BOM,
# 2026-11-02 (a Monday, ISO week 2026-W45), 每日经济新闻 (mainland business
# daily; byline 每经记者 … 每经编辑 …); the makers published 昨日（11月1日）.
# ===========================================================================
@doc
def g58():
    d = Doc("g58_ev_makers_deliveries")
    SZD, CMS, CS, JH, ZGZ = ("塞格德", "卡马萨里", "长沙市", "金华市",
                             "萨拉戈萨")
    CQ, BJ, GLZ, LZ, SH = "重庆市", "北京市", "格拉茨", "柳州市", "上海市"
    YB, WH, QD, HZ = "宜宾市", "芜湖市", "青岛市", "杭州市"
    # title (a heading with no city)
    d.date("[[10月]]新能源车企交付放榜", "2026-10", "")
    d.org("放榜：[[零跑]]突破7万辆")
    d.metric("零跑[[突破7万辆]] 比亚迪", "7e4", "辆", "over", "")
    d.org("万辆 [[比亚迪]]海外月销")
    d.metric("月销首[[超10万辆]]\n", "10e4", "辆", "over", "")
    # byline: the outlet's short name twice
    d.org("\n[[每经]]记者 王一鸣")
    d.org("　[[每经]]编辑 孙磊")
    # lead (no CITY)
    d.date("\n[[昨日]]（11月1日）", "2026-11-01", "")
    d.date("昨日（[[11月1日]]）", "2026-11-01", "")
    d.date("陆续公布[[10月]]交付数据", "2026-10", "")
    d.date("收官和[[年底]]前购车", "2026", "")
    d.date("记者统计，[[10月]]共有", "2026-10", "")
    d.metric("共有[[6家]]新势力", 6, "家", "exact", "")
    d.metric("交付量[[超过4万辆]]，比9月", "4e4", "辆", "over", "")
    d.date("比[[9月]]增加2家", "2026-09", "")
    d.metric("增加[[2家]]。", 2, "家", "exact", "")
    # 比亚迪 (heading with no city)
    d.org("\n[[比亚迪]]：海外销量")
    d.metric("占比升至[[四分之一]]\n", 25, "%", "exact", "")
    d.org("\n[[比亚迪]]公告显示")
    d.date("公告显示，[[10月]]其新能源", "2026-10", "")
    d.metric("销量为[[41.2万辆]]", "41.2e4", "辆", "exact", "")
    d.metric("同比下降[[6.3%]]", "6.3", "%", "exact", "")
    d.metric("环比增长[[4.5%]]；", "4.5", "%", "exact", "")
    d.metric("海外销量达[[10.6万辆]]", "10.6e4", "辆", "exact", "")
    d.metric("单月首次[[突破10万辆]]", "10e4", "辆", "over", "")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.date("。[[今年1]]—10月，累计", "2026-01", "")
    d.date("今年1—[[10月]]，累计", "2026-10", "")
    d.metric("累计销量[[约362.8万辆]]", "362.8e4", "辆", "approx", "")
    d.metric("累计销量[[约81万辆]]", "81e4", "辆", "approx", "")
    d.date("已超过[[去年]]全年水平", "2025", "")
    d.org("方面，[[腾势]]、方程豹")
    d.org("腾势、[[方程豹]]和仰望")
    d.org("方程豹和[[仰望]]合计")
    d.metric("合计销量[[约3.9万辆]]", "3.9e4", "辆", "approx", "")
    # capacity (no heading)
    d.city("匈牙利[[塞格德]]的乘用车")
    d.date("已于[[10月下旬]]开始", "2026-10", SZD)
    d.city("巴西[[卡马萨里]]工厂")
    d.date("计划在[[明年]]提升", "2027", CMS)
    d.metric("提升至[[30万辆]]；", "30e4", "辆", "exact", CMS)
    d.city("方面，[[西安]]、合肥")
    d.city("西安、[[合肥]]、郑州")
    d.city("合肥、[[郑州]]、长沙")
    d.city("郑州、[[长沙]]等基地")
    d.metric("合计占比[[超过五成]]", 50, "%", "over", CS)
    # 新势力 (heading with no city)
    d.metric("新势力：[[6家]]月交付", 6, "家", "exact", "")
    d.metric("月交付[[超过4万辆]]\n", "4e4", "辆", "over", "")
    d.org("阵营中，[[零跑汽车]]10月")
    d.date("零跑汽车[[10月]]交付", "2026-10", "")
    d.metric("交付新车[[70289辆]]", 70289, "辆", "exact", "")
    d.metric("同比增长[[84%]]", 84, "%", "exact", "")
    d.org("。[[零跑]]表示，金华")
    d.city("表示，[[金华]]第二工厂")
    d.date("将于[[四季度]]投产", "2026-Q4", JH)
    d.org("与[[斯泰兰蒂斯]]合作")
    d.city("西班牙[[萨拉戈萨]]工厂")
    d.metric("有望达到[[100万辆]]", "100e4", "辆", "exact", ZGZ)
    d.org("\n[[鸿蒙智行]]上月")
    d.date("鸿蒙智行[[上月]]全系", "2026-10", "")
    d.metric("全系交付[[6.12万辆]]", "6.12e4", "辆", "exact", "")
    d.org("其中[[问界]]品牌")
    d.metric("品牌交付[[4.86万辆]]", "4.86e4", "辆", "exact", "")
    d.org("万辆，[[问界]]M8和")
    d.org("M8和[[问界]]M9")
    d.metric("合计占比[[超过六成]]", 60, "%", "over", "")
    d.org("。[[赛力斯]]公告称")
    d.city("其[[重庆]]超级工厂")
    d.metric("产量同比增长[[42%]]", 42, "%", "exact", CQ)
    d.org("。[[小米汽车]]10月")
    d.date("小米汽车[[10月]]交付量", "2026-10", BJ)
    d.metric("首次[[超过4.5万辆]]", "4.5e4", "辆", "over", BJ)
    d.org("，[[小米集团]]总裁")
    d.city("表示，[[北京]]亦庄")
    d.org("，[[小米]]YU7")
    d.metric("锁单量已[[超过24万台]]", "24e4", "台", "over", BJ)
    d.org("\n[[小鹏汽车]]10月")
    d.date("小鹏汽车[[10月]]交付", "2026-10", "")
    d.metric("交付新车[[4.21万辆]]", "4.21e4", "辆", "exact", "")
    d.metric("同比增长[[76%]]；", 76, "%", "exact", "")
    d.org("；[[小鹏]]与麦格纳")
    d.org("小鹏与[[麦格纳]]在")
    d.city("奥地利[[格拉茨]]合作")
    d.date("已于[[9月]]交付欧洲", "2026-09", GLZ)
    d.org("。[[理想汽车]]10月")
    d.date("理想汽车[[10月]]交付", "2026-10", "")
    d.metric("交付新车[[4.12万辆]]", "4.12e4", "辆", "exact", "")
    d.metric("同比下降[[21.4%]]", "21.4", "%", "exact", "")
    d.metric("环比增长[[9.1%]]", "9.1", "%", "exact", "")
    d.org("；[[理想]]表示")
    d.date("预计[[四季度]]交付量在10万", "2026-Q4", "")
    d.metric("交付量在[[10万]]至11万辆", "10e4", "辆", "exact", "",
             shared="辆")
    d.metric("10万至[[11万辆]]之间", "11e4", "辆", "exact", "")
    d.org("。[[蔚来]]10月")
    d.date("蔚来[[10月]]交付新车", "2026-10", "")
    d.metric("交付新车[[4.02万辆]]", "4.02e4", "辆", "exact", "")
    d.org("其中[[蔚来]]品牌")
    d.metric("品牌交付[[1.86万辆]]", "1.86e4", "辆", "exact", "")
    d.org("，[[乐道]]交付")
    d.metric("乐道交付[[1.52万辆]]", "1.52e4", "辆", "exact", "")
    d.org("，[[萤火虫]]交付")
    d.metric("萤火虫交付[[6400辆]]", 6400, "辆", "exact", "")
    d.city("其[[合肥]]先进")
    # 传统车企 (no heading)
    d.org("方面，[[吉利汽车]]10月")
    d.date("吉利汽车[[10月]]总销量", "2026-10", "")
    d.metric("总销量[[约31.2万辆]]", "31.2e4", "辆", "approx", "")
    d.metric("同比增长[[35%]]", 35, "%", "exact", "")
    d.metric("占比[[约58%]]", 58, "%", "approx", "")
    d.org("；[[极氪]]和领克")
    d.org("极氪和[[领克]]合计")
    d.metric("合计交付[[约8.7万辆]]", "8.7e4", "辆", "approx", "")
    d.org("。[[长安汽车]]旗下")
    d.org("旗下[[深蓝汽车]]、")
    d.org("、[[阿维塔]]分别")
    d.metric("分别交付[[3.05万辆]]", "3.05e4", "辆", "exact", "")
    d.metric("和[[1.32万辆]]，岚图", "1.32e4", "辆", "exact", "")
    d.org("，[[岚图汽车]]交付")
    d.metric("交付[[1.51万辆]]", "1.51e4", "辆", "exact", "")
    d.org("，[[广汽埃安]]交付")
    d.metric("交付[[3.1万辆]]", "3.1e4", "辆", "exact", "")
    d.metric("同比下降[[15%]]。", 15, "%", "exact", "")
    d.org("。[[上汽通用五菱]]10月")
    d.date("五菱[[10月]]新能源车", "2026-10", LZ)
    d.metric("销量[[约9.6万辆]]", "9.6e4", "辆", "approx", LZ)
    d.city("其[[柳州]]基地")
    d.date("基地[[四季度]]排产环比提升约10%", "2026-Q4", LZ)
    d.metric("提升[[约10%]]。", 10, "%", "approx", LZ)
    d.org("。[[特斯拉]]上海")
    d.city("特斯拉[[上海]]超级工厂")
    d.date("超级工厂[[10月]]交付", "2026-10", SH)
    d.metric("交付[[6.13万辆]]", "6.13e4", "辆", "exact", SH)
    d.metric("出口[[2.9万辆]]", "2.9e4", "辆", "exact", SH)
    d.metric("环比增长[[近一倍]]", 1, "倍", "approx", SH)
    # 乘联分会 (heading with no city)
    d.date("零售：[[10月]]新能源", "2026-10", "")
    d.metric("渗透率[[61.2%]]\n", "61.2", "%", "exact", "")
    d.org("\n[[乘联分会]]初步统计")
    d.date("统计，[[10月1日]]至31日", "2026-10-01", "")
    d.date("10月1日至[[31日]]，全国", "2026-10-31", "")
    d.metric("零售[[约228.5万辆]]", "228.5e4", "辆", "approx", "")
    d.metric("同比下降[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("环比增长[[5.6%]]", "5.6", "%", "exact", "")
    d.metric("零售[[约139.8万辆]]", "139.8e4", "辆", "approx", "")
    d.metric("渗透率达到[[61.2%]]", "61.2", "%", "exact", "")
    d.date("。[[今年1]]—10月，全国", "2026-01", "")
    d.date("今年1—[[10月]]，全国", "2026-10", "")
    d.metric("累计[[约1180万辆]]", "1180e4", "辆", "approx", "")
    d.metric("同比增长[[16%]]", 16, "%", "exact", "")
    d.org("。[[乘联分会]]秘书长")
    d.date("表示，[[上周五]]（10月30日）", "2026-10-30", "")
    d.date("上周五（[[10月30日]]）", "2026-10-30", "")
    d.date("回升，[[11月]]零售", "2026-11", "")
    d.metric("环比增长[[约8%]]", 8, "%", "approx", "")
    d.date("将于[[本周三]]（11月4日）", "2026-11-04", "")
    d.date("本周三（[[11月4日]]）", "2026-11-04", "")
    # 产业链 (no heading)
    d.org("方面，[[中国汽车动力电池产业创新联盟]]此前")
    d.date("此前公布，[[9月]]我国", "2026-09", "")
    d.metric("装车量为[[78.6GWh]]；", "78.6", "GWh", "exact", "")
    d.org("GWh；[[宁德时代]]、比亚迪")
    d.org("宁德时代、[[比亚迪]]、中创新航")
    d.org("比亚迪、[[中创新航]]位列")
    d.metric("分别为[[43.2%]]", "43.2", "%", "exact", "")
    d.metric("43.2%、[[22.6%]]和", "22.6", "%", "exact", "")
    d.metric("22.6%和[[7.1%]]。", "7.1", "%", "exact", "")
    d.org("。[[宁德时代]]表示")
    d.city("福建[[宁德]]、四川")
    d.city("四川[[宜宾]]基地")
    d.date("宜宾基地[[四季度]]排产", "2026-Q4", YB)
    d.metric("提升[[约15%]]。", 15, "%", "approx", YB)
    d.org("。[[工业和信息化部]]（")
    d.org("（[[工信部]]）")
    d.date("）[[10月28日]]发布", "2026-10-28", "")
    d.date("显示，[[今年前三季度]]我国", "2026", "")
    d.metric("产量达[[1198万辆]]", "1198e4", "辆", "exact", "")
    d.metric("同比增长[[28.6%]]", "28.6", "%", "exact", "")
    d.org("。[[中国汽车工业协会]]（")
    d.org("（[[中汽协]]）")
    d.date("显示，[[前三季度]]新能源", "2026", "")
    d.metric("出口[[约198万辆]]", "198e4", "辆", "approx", "")
    d.metric("同比增长[[72%]]。", 72, "%", "exact", "")
    d.org("。[[奇瑞集团]]10月")
    d.date("奇瑞集团[[10月]]销售", "2026-10", WH)
    d.metric("销售汽车[[28.1万辆]]", "28.1e4", "辆", "exact", WH)
    d.metric("出口[[12.6万辆]]", "12.6e4", "辆", "exact", WH)
    d.metric("同比增长[[19%]]", 19, "%", "exact", WH)
    d.city("，[[芜湖]]、青岛")
    d.city("芜湖、[[青岛]]两地")
    d.date("已排至[[12月中旬]]", "2026-12", QD)
    # 终端 (no heading)
    d.org("层面，[[中国汽车流通协会]]发布")
    d.date("显示，[[10月]]该指数", "2026-10", "")
    d.metric("该指数为[[52.1%]]", "52.1", "%", "exact", "")
    d.metric("环比下降[[3.4个百分点]]", "3.4", "百分点", "exact", "")
    d.org("。[[中升控股]]等")
    d.metric("降至[[1.2个月左右]]", "1.2", "个月", "approx", "")
    d.org("。[[永达汽车]]相关")
    d.city("其[[上海]]、杭州")
    d.city("上海、[[杭州]]等地")
    d.date("门店[[上月]]新能源", "2026-10", HZ)
    d.metric("环比增长[[约两成]]", 20, "%", "approx", HZ)
    d.date("较[[去年同期]]增长近30%", "2025-10", HZ)
    d.metric("增长[[近30%]]。", 30, "%", "approx", HZ)
    d.org("。[[中信证券]]预计")
    d.date("受[[2027年底]]购置税", "2027", "")
    d.date("影响，[[12月]]车市", "2026-12", "")
    d.date("行情，[[今年]]新能源", "2026", "")
    d.metric("零售或[[突破1400万辆]]", "1400e4", "辆", "over", "")
    audit = {
        "cities": ["塞格德", "卡马萨里", "西安", "合肥", "郑州", "长沙",
                   "金华", "萨拉戈萨", "重庆", "北京", "格拉茨", "柳州",
                   "上海", "宁德", "宜宾", "芜湖", "青岛", "杭州", "亦庄",
                   "匈牙利", "巴西", "西班牙", "奥地利", "欧洲", "福建",
                   "四川", "国内", "全国", "我国", "各地", "两地", "等地",
                   "长安", "广汽"],
        "excluded": [
            "位于[[匈牙利]]塞格德", "，[[巴西]]卡马萨里", "的[[西班牙]]萨拉戈萨",
            "在[[奥地利]]格拉茨", "交付[[欧洲]]用户", "其[[福建]]宁德",
            "、[[四川]]宜宾", "北京[[亦庄]]二期",
            # 月 of 月销, 月交付 (monthly sales), not a date
            "海外[[月]]销", "6家[[月]]交付",
        ],
        # 连续8个月 is a duration; M8, M9, YU7 are model names
        "numbers_excluded": ["连续[[8个月]]", "问界M[[8]]和", "问界M[[9]]合计",
                             "小米YU[[7]]的"],
        # 金九银十 (a season's nickname), 第二工厂 (ordinal), 二期 (a phase),
        # 位列前三 (a rank), 首… , 减半 (halving), 两地 (collective label)
        "cn_excluded": ["“金[[九]]银十”",
                        "“金九银[[十]]”", "金华第[[二]]工厂",
                        "亦庄[[二]]期", "位列前[[三]]", "减[[半]]政策",
                        "王[[一]]鸣"],
        "latin_excluded": ["问界[[M]]8和", "问界[[M]]9合计", "小米[[YU]]7"],
        "words_excluded": {"单月": 1, "单日": 1, "旺季": 1, "节奏": 1,
                           "全年": 1, "周期": 1, "初步": 1, "明显": 1,
                           "国内": 2, "全国": 2, "我国": 2, "各地": 1,
                           "等地": 1, "两地": 1},
        # the common word 理想 (ideal), not the carmaker
        "orgstring_excluded": ["达到[[理想]]状态"],
        # generic heads outside ORG rows: 经销商集团, 高端品牌, X品牌
        "orgwords_excluded": {"集团": 1, "协会": 0, "联盟": 0,
                              "证券": 0, "品牌": 3},
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
    orgstr_excl = []
    for ctx in audit.get("orgstring_excluded", []):
        _, places = d._locate(ctx, 1)
        orgstr_excl.extend(places)
        for s, e in places:
            assert not any(s < re_ and rs < e for rs, re_ in org_spans), ctx
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), "ORG string", org_spans + orgstr_excl)
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
