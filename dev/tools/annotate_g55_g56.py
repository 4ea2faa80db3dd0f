#!/usr/bin/env python3
"""Gold annotation for the held-out articles g55_national_day_tourism and
g56_hk_cross_border_transport (annotator Q).

Adapted from heldout/tools/annotate_x.py (now dev/tools/annotate_g47_g48.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g55 is simplified (mainland, 第一财经, 2026-10-09), stored as UTF-8 WITH a
BOM, which is removed before offsets are counted; g56 is traditional (Hong
Kong, 明報, 2026-11-12), UTF-8 without BOM.  g56's `text` is the
traditional original; `normalized` (ORG/CITY) and `unit` are simplified
(OpenCC t2s; mainland cities by their official name with 市).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_x/y/z, tools, corpus, gold) as precedents.  Decisions:
dev/NOTES_g55_g56.md.  Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings).  Re-run (from anywhere):

    python3 dev/tools/annotate_g55_g56.py
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
    "g55_national_day_tourism": ("utf-8", BOM8, False, "2026-10-09",
                                 "第一财经"),
    "g56_hk_cross_border_transport": ("utf-8", b"", True, "2026-11-12",
                                      "明報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g55 (2026; all prefecture-level or municipalities; foreign cities)
    "上海": "上海市", "北京": "北京市", "广州": "广州市", "深圳": "深圳市",
    "成都": "成都市", "杭州": "杭州市", "西安": "西安市", "重庆": "重庆市",
    "长沙": "长沙市", "哈尔滨": "哈尔滨市", "三亚": "三亚市",
    "天水": "天水市", "景德镇": "景德镇市", "开封": "开封市",
    "首尔": "首尔", "大阪": "大阪", "曼谷": "曼谷", "布达佩斯": "布达佩斯",
    # g56 (traditional spans)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "長沙": "长沙市",
    "武漢": "武汉市", "廈門": "厦门市", "汕頭": "汕头市", "東京": "东京",
    "福州": "福州市", "東莞": "东莞市", "中山": "中山市", "珠海": "珠海市",
    "佛山": "佛山市", "惠州": "惠州市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "明報": "明报", "港鐵": "港铁", "入境事務處": "入境事务处",
    "中國鐵路廣州局集團": "中国铁路广州局集团", "廣鐵集團": "广铁集团",
    "機場管理局": "机场管理局", "機管局": "机管局",
    "香港國際機場": "香港国际机场", "國泰航空": "国泰航空", "國泰": "国泰",
    "香港快運": "香港快运", "香港航空": "香港航空",
    "大灣區航空": "大湾区航空", "運輸署": "运输署",
    "永東巴士": "永东巴士", "環島中港通": "环岛中港通",
    "運輸及物流局": "运输及物流局", "立法會": "立法会",
    "特區政府": "特区政府", "深圳市口岸辦公室": "深圳市口岸办公室",
    "珠海邊檢總站": "珠海边检总站", "拱北海關": "拱北海关",
    "深圳邊檢總站": "深圳边检总站", "深圳地鐵": "深圳地铁",
    "深圳機場": "深圳机场", "美團": "美团", "八達通": "八达通",
    "支付寶香港": "支付宝香港", "AlipayHK": "AlipayHK",
    "微信支付": "微信支付", "中國銀聯": "中国银联",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "政府統計處": "政府统计处", "文化體育及旅遊局": "文化体育及旅游局",
    "香港旅遊業議會": "香港旅游业议会",
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
# g55 National Day / Mid-Autumn holidays 2026, simplified, UTF-8 with BOM,
# 2026-10-09 (a Friday, ISO week 2026-W41), 第一财经; byline 发自上海.
# 中秋 2026-09-25 (holiday 9月25日至27日); 国庆 holiday 10月1日至7日;
# 10月10日 a working Saturday; 元旦 nearest the reference: 2027-01-01.
# ===========================================================================
@doc
def g55():
    d = Doc("g55_national_day_tourism")
    SH, BJ, GZ, SZ, CD, HZ, XA, CQ, HRB, SY, TS, KF = (
        "上海市", "北京市", "广州市", "深圳市", "成都市", "杭州市", "西安市",
        "重庆市", "哈尔滨市", "三亚市", "天水市", "开封市")
    # title (a heading line opening with no city)
    d.date("[[国庆]]假期国内出游8.12亿", "2026-10-01", "")
    d.metric("国内出游[[8.12亿人次]] 入境", "8.12e8", "人次", "exact", "")
    d.metric("消费增长[[超六成]]\n", 60, "%", "over", "")
    # byline
    d.org("[[第一财经]]记者")
    d.city("发自[[上海]]\n")
    # lead
    d.date("[[今年国庆]]假期，“反向", "2026-10-01", "")
    d.org("据[[文化和旅游部数据中心]]测算")
    d.date("测算，[[10月1日]]至7日，全国", "2026-10-01", "")
    d.date("测算，10月1日至[[7日]]，全国", "2026-10-07", "")
    d.metric("国内出游[[8.12亿人次]]，按可比", "8.12e8", "人次", "exact", "")
    d.metric("同比增长[[6.3%]]；", "6.3", "%", "exact", "")
    d.metric("总花费[[7462.5亿元]]", "7462.5e8", "元", "exact", "")
    d.metric("同比增长[[7.8%]]。", "7.8", "%", "exact", "")
    d.date("若算上[[9月25日]]至27日", "2026-09-25", "")
    d.date("9月25日至[[27日]]的", "2026-09-27", "")
    d.date("27日的[[中秋]]假期", "2026-09-25", "")
    d.date("，[[今年中秋]]、国庆", "2026-09-25", "")
    d.date("今年中秋、[[国庆]]假期国内出游合计", "2026-10-01", "")
    d.metric("合计[[超过11亿人次]]", "11e8", "人次", "over", "")
    d.org("[[国家移民管理局]]昨日")
    d.date("国家移民管理局[[昨日]]（10月8日）", "2026-10-08", "")
    d.date("昨日（[[10月8日]]）通报", "2026-10-08", "")
    d.date("通报，[[国庆]]假期全国各口岸", "2026-10-01", "")
    d.metric("出入境人员[[约221万人次]]", "221e4", "人次", "approx", "")
    d.date("较[[去年同期]]增长9.4%", "2025", "")
    d.metric("增长[[9.4%]]，其中外国人", "9.4", "%", "exact", "")
    d.metric("入境[[约48.6万人次]]", "48.6e4", "人次", "approx", "")
    d.metric("增长[[超过两成]]。", 20, "%", "over", "")
    # transport
    d.org("交通方面，[[交通运输部]]数据")
    d.metric("累计[[约22.6亿人次]]", "22.6e8", "人次", "approx", "")
    d.metric("占比[[近八成]]。", 80, "%", "approx", "")
    d.org("。[[国铁集团]]数据显示")
    d.date("数据显示，[[10月1日]]至7日全国铁路", "2026-10-01", "")
    d.date("10月1日至[[7日]]全国铁路", "2026-10-07", "")
    d.metric("发送旅客[[1.52亿人次]]", "1.52e8", "人次", "exact", "")
    d.metric("日均发送[[2171万人次]]", "2171e4", "人次", "exact", "")
    d.date("其中[[10月1日]]当天", "2026-10-01", "")
    d.date("10月1日[[当天]]发送", "2026-10-01", "")
    d.metric("发送旅客[[2368万人次]]", "2368e4", "人次", "exact", "")
    d.org("。[[民航局]]统计")
    d.metric("运输旅客[[约232万人次]]", "232e4", "人次", "approx", "")
    d.metric("同比增长[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("客座率达到[[86.5%]]", "86.5", "%", "exact", "")
    d.org("。[[国航]]、东航")
    d.org("国航、[[东航]]、南航")
    d.org("东航、[[南航]]假期")
    d.metric("执行航班[[超过4.8万班次]]", "4.8e4", "班次", "over", "")
    d.org("；[[春秋航空]]表示")
    d.metric("同比增长[[31%]]", 31, "%", "exact", "首尔")
    d.city("飞往[[首尔]]、大阪")
    d.city("首尔、[[大阪]]、曼谷")
    d.city("大阪、[[曼谷]]的航线")
    d.metric("均在[[九成以上]]", 90, "%", "over", "曼谷")
    # airports
    d.org("机场方面，[[首都机场]]和")
    d.org("首都机场和[[大兴机场]]假期")
    d.metric("进出港旅客[[约263万人次]]", "263e4", "人次", "approx", "")
    d.org("；[[上海机场集团]]数据")
    d.org("数据显示，[[浦东机场]]假期")
    d.metric("吞吐量[[约162万人次]]", "162e4", "人次", "approx", "")
    d.metric("同比增长[[5.6%]]", "5.6", "%", "exact", "")
    d.metric("占比升至[[47%]]", 47, "%", "exact", "")
    d.org("；[[白云机场]]10月2日")
    d.date("白云机场[[10月2日]]单日", "2026-10-02", "")
    d.metric("达到[[29.3万人次]]", "29.3e4", "人次", "exact", "")
    d.org("。[[成都天府国际机场]]国际航线")
    d.metric("同比增长[[44%]]", 44, "%", "exact", CD)
    d.city("新开通的[[成都]]至布达佩斯")
    d.city("成都至[[布达佩斯]]航线")
    d.metric("上座率[[超过八成]]", 80, "%", "over", "布达佩斯")
    # online travel platforms
    d.org("。[[携程]]数据显示")
    d.date("携程数据显示，[[国庆]]假期平台", "2026-10-01", TS)
    d.metric("预订量同比增长[[18%]]", 18, "%", "exact", TS)
    d.metric("预订量同比增长[[32%]]", 32, "%", "exact", TS)
    d.city("甘肃[[天水]]、江西")
    d.city("江西[[景德镇]]、河南")
    d.city("河南[[开封]]等")
    d.metric("增幅均[[超过40%]]", 40, "%", "over", KF)
    d.org("。[[飞猪]]称")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.org("；[[去哪儿]]平台上")
    d.date("平台上，[[国庆]]期间", "2026-10-01", "")
    d.metric("每张[[870元左右]]", 870, "元", "approx", "")
    d.date("870元左右，较[[去年同期]]下降", "2025", "")
    d.metric("下降[[约9%]]", 9, "%", "approx", "")
    d.org("。[[同程旅行]]的报告")
    d.date("，[[10月8日]]至12日的酒店", "2026-10-08", "")
    d.date("10月8日至[[12日]]的酒店", "2026-10-12", "")
    d.metric("高出[[近四成]]", 40, "%", "approx", "")
    d.org("。[[美团]]数据则")
    d.metric("同比增长[[56%]]", 56, "%", "exact", "")
    d.metric("销量增长[[2.1倍]]", "2.1", "倍", "exact", "")
    # hotels
    d.org("。[[华住集团]]表示")
    d.metric("入住率[[超过92%]]", 92, "%", "over", "")
    d.metric("同比提升[[6.5%]]", "6.5", "%", "exact", "")
    d.org("；[[锦江酒店]]假期")
    d.metric("房价约为[[386元]]", 386, "元", "approx", "", outer="约为")
    d.metric("同比上涨[[3.2%]]", "3.2", "%", "exact", "")
    d.org("；[[亚朵]]在西安")
    d.city("亚朵在[[西安]]、长沙")
    d.city("西安、[[长沙]]、哈尔滨")
    d.city("长沙、[[哈尔滨]]等城市")
    d.org("。[[中国饭店协会]]监测")
    d.metric("监测的[[1.2万家]]样本", "1.2e4", "家", "exact", "")
    d.metric("中，[[约68%]]的酒店", 68, "%", "approx", "")
    d.date("的酒店[[国庆]]假期平均房价", "2026-10-01", "")
    d.date("高于[[去年同期]]。", "2025", "")
    # scenic spots
    d.org("景区方面，[[故宫博物院]]在")
    d.city("售罄，[[上海]]迪士尼乐园")
    d.city("、[[北京]]环球度假区")
    d.date("黄山风景区[[10月3日]]接待", "2026-10-03", "")
    d.metric("接待游客[[4.6万人次]]", "4.6e4", "人次", "exact", "")
    d.date("达到[[当日]]最大", "2026-10-03", "")
    d.city("；[[杭州]]西湖景区")
    d.metric("接待游客[[约523万人次]]", "523e4", "人次", "approx", HZ)
    d.city("在[[西安]]，大唐不夜城")
    d.metric("客流[[超过50万人次]]", "50e4", "人次", "over", XA)
    d.city("；[[重庆]]洪崖洞")
    d.date("则自[[10月2日]]起", "2026-10-02", CQ)
    d.org("。[[黄山旅游]]公告称")
    d.metric("同比增长[[12.7%]]", "12.7", "%", "exact", "")
    d.metric("收入增长[[约15%]]", 15, "%", "approx", "")
    # cities' culture-and-tourism bureaus
    d.org("。[[北京市文化和旅游局]]数据")
    d.metric("接待游客[[1856.2万人次]]", "1856.2e4", "人次", "exact", "")
    d.metric("总花费[[约264亿元]]", "264e8", "元", "approx", "")
    d.org("；[[成都市文广旅局]]统计")
    d.city("假期[[成都]]共接待")
    d.metric("接待游客[[1621万人次]]", "1621e4", "人次", "exact", CD)
    d.metric("同比增长[[8.1%]]；", "8.1", "%", "exact", CD)
    d.org("；[[哈尔滨市文化广电和旅游局]]称")
    d.city("称，[[哈尔滨]]假期")
    d.metric("增长[[近三成]]", 30, "%", "approx", HRB)
    d.org("。[[三亚市旅游和文化广电体育局]]数据")
    d.city("数据显示，[[三亚]]假期")
    d.metric("总收入[[约38.7亿元]]", "38.7e8", "元", "approx", SY)
    d.metric("入住率达到[[78%]]", 78, "%", "exact", SY)
    d.org("，[[天水市文旅局]]介绍")
    d.city("走红的[[天水]]假期")
    d.metric("接待游客[[超过300万人次]]", "300e4", "人次", "over", TS)
    d.date("是[[2024年同期]]的", "2024", TS)
    d.metric("同期的[[1.6倍]]", "1.6", "倍", "exact", TS)
    # payments of inbound visitors
    d.org("。[[中国人民银行上海市分行]]数据")
    d.metric("同比增长[[67%]]", 67, "%", "exact", "")
    d.org("。[[支付宝]]称")
    d.date("支付宝称，[[国庆]]假期", "2026-10-01", SH)
    d.org("使用[[支付宝]]消费")
    d.metric("同比增长[[超过六成]]", 60, "%", "over", SH)
    d.metric("笔数增长[[约1.1倍]]", "1.1", "倍", "approx", SH)
    d.city("倍，[[上海]]、北京、广州")
    d.city("上海、[[北京]]、广州、深圳")
    d.city("北京、[[广州]]、深圳")
    d.city("广州、[[深圳]]、成都")
    d.city("深圳、[[成都]]位列")
    d.org("。[[微信支付]]数据显示")
    d.org("通过[[微信支付]]完成")
    d.metric("同比增长[[85%]]", 85, "%", "exact", "")
    d.metric("金额约为[[216元]]", 216, "元", "approx", "", outer="约为")
    d.org("。[[中国银联]]表示")
    d.org("假期[[银联]]境外卡")
    d.metric("同比增长[[23.5%]]", "23.5", "%", "exact", "")
    d.org("与[[万事达卡]]、Visa")
    d.org("万事达卡、[[Visa]]等")
    d.metric("商户已[[超过3800万户]]", "3800e4", "户", "over", "")
    # outlook
    d.org("\n[[中国旅游研究院]]有关负责人")
    d.date("表示，[[国庆]]假期数据", "2026-10-01", "")
    d.date("显示，[[今年前三季度]]国内", "2026", "")
    d.metric("出游人次[[48.7亿]]，", "48.7e8", "", "exact", "")
    d.metric("同比增长[[9.2%]]", "9.2", "%", "exact", "")
    d.date("预计，[[今年第四季度]]国内", "2026-Q4", "")
    d.metric("有望[[超过66亿]]", "66e8", "", "over", "")
    d.org("。[[携程研究院]]分析师")
    d.date("随着[[10月10日]]调休", "2026-10-10", "")
    d.date("出现在[[元旦]]前后", "2027-01-01", "")
    d.date("目前[[明年元旦]]的机票", "2027-01-01", "")
    d.metric("环比增长[[约25%]]", 25, "%", "approx", "")
    audit = {
        "cities": ["上海", "北京", "广州", "深圳", "成都", "杭州", "西安",
                   "重庆", "长沙", "哈尔滨", "三亚", "天水", "景德镇",
                   "开封", "首尔", "大阪", "曼谷", "布达佩斯", "黄山", "西湖",
                   "大兴", "浦东", "白云", "天府", "甘肃", "江西", "河南",
                   "韩国", "马来西亚", "泰国", "沪", "全市", "全国", "城市",
                   "洪崖洞", "大唐不夜城", "故宫", "中国"],
        "excluded": [
            # scenic spots, districts, provinces, countries, 沪
            "[[黄山]]风景区", "杭州[[西湖]]景区", "重庆[[洪崖洞]]",
            "，[[大唐不夜城]]假期", "[[甘肃]]天水", "[[江西]]景德镇", "[[河南]]开封",
            "来自[[韩国]]、", "、[[马来西亚]]、", "、[[泰国]]的游客",
            "境外来[[沪]]人员", "其[[中国]]际及地区旅客",
        ],
        # 前五 is a rank
        "numbers_excluded": [],
        "cn_excluded": ["金额前[[五]]", "下[[一]]个出行高峰"],
        "latin_excluded": ["（[[RevPAR]]）"],
        "words_excluded": {"日均": 4, "单日": 2, "全年": 1, "天天": 1,
                           "明显": 1, "全国": 4, "全市": 1, "城市": 1,
                           "高峰日": 1},
        "orgwords_excluded": {"公司": 1, "集团": 0, "协会": 0, "研究院": 0,
                              "机场": 1, "部门": 1, "银行": 0, "平台": 3,
                              "局": 0, "部": 2, "航空": 0},
    }
    return d, audit


# ===========================================================================
# g56 cross-border travel and transport, traditional, UTF-8 (no BOM),
# 2026-11-12 (a Thursday, ISO week 2026-W46), Hong Kong daily (明報);
# opening 【明報專訊】 (明報 an ORG, as a news outlet in a byline).
# 昨日（11日） = 2026-11-11; 上周五（6日） = 2026-11-06; 上周 = 2026-W45;
# 聖誕 2026-12-25; 元旦 nearest the reference: 2027-01-01; 明年春節
# 2027-02-06; 國慶 (a Hong Kong text) 10-01.
# ===========================================================================
@doc
def g56():
    d = Doc("g56_hk_cross_border_transport")
    HK, MO = "香港", "澳门"
    SZ, GZ, BJ, SH, ZH, FS = ("深圳市", "广州市", "北京市",
                                   "上海市", "珠海市", "佛山市")
    # title (not a heading: the comma of 2,150)
    d.city("高鐵[[香港]]段首十個月")
    d.date("香港段[[首十個月]]客量", "2026", HK)
    d.metric("客量[[逾2,150萬人次]]", "2150e4", "人次", "over", HK)
    # lead
    d.org("【[[明報]]專訊】")
    d.org("暢旺。[[港鐵]]昨日")
    d.date("港鐵[[昨日]]（11日）", "2026-11-11", HK)
    d.date("昨日（[[11日]]）公布", "2026-11-11", HK)
    d.city("公布，高鐵[[香港]]段今年")
    d.date("香港段[[今年首十個月]]共接載", "2026", HK)
    d.metric("共接載[[約2,156萬人次]]", "2156e4", "人次", "approx", HK)
    d.metric("按年增加[[18.2%]]", "18.2", "%", "exact", HK)
    d.metric("日均[[約7.1萬人次]]", "7.1e4", "人次", "approx", HK)
    d.date("其中[[10月]]單月", "2026-10", HK)
    d.metric("客量達[[248萬人次]]", "248e4", "人次", "exact", HK)
    d.org("。[[入境事務處]]數字")
    d.date("顯示，[[上周五]]（6日）", "2026-11-06", "")
    d.date("上周五（[[6日]]）經", "2026-11-06", "")
    d.metric("旅客[[約86.3萬人次]]", "86.3e4", "人次", "approx", "")
    d.date("為[[今年]]單日第三高", "2026", "")
    d.date("；[[11月初]]至今", "2026-11", HK)
    d.city("北上的[[香港]]居民")
    d.metric("日均[[約32萬人次]]", "32e4", "人次", "approx", HK)
    d.date("較[[去年同期]]增加約一成", "2025-11", HK)
    d.metric("增加[[約一成]]。", 10, "%", "approx", HK)
    # high-speed rail and MTR
    d.org("\n[[港鐵]]表示，高鐵")
    d.city("表示，高鐵[[香港]]段目前")
    d.metric("內地[[約90個]]站點", 90, "个", "approx", HK)
    d.city("往來[[深圳]]、廣州的短途客")
    d.city("深圳、[[廣州]]的短途客")
    d.metric("總客量[[約六成]]", 60, "%", "approx", GZ)
    d.date("。[[國慶]]黃金周期間", "2026-10-01", "")
    d.metric("客量達[[11.8萬人次]]", "11.8e4", "人次", "exact", "")
    d.org("；[[中國鐵路廣州局集團]]（")
    d.org("（[[廣鐵集團]]）並在")
    d.city("加開往[[長沙]]及廈門")
    d.city("長沙及[[廈門]]的列車")
    d.metric("列車共[[46對]]", 46, "对", "exact", "厦门市")
    d.org("。[[廣鐵集團]]稱")
    d.date("稱，[[今年1月]]至10月經", "2026-01", "")
    d.date("今年1月至[[10月]]經廣深港", "2026-10", "")
    d.metric("按年增加[[21%]]", 21, "%", "exact", "")
    d.org("。[[港鐵]]上月起")
    d.date("港鐵[[上月]]起亦把", "2026-10", BJ)
    d.city("西九龍與[[北京]]、上海")
    d.city("北京、[[上海]]的高鐵")
    d.metric("每日[[兩對]]", 2, "对", "exact", SH)
    d.date("過境客量[[上月]]合共", "2026-10", "")
    d.metric("合共[[約1,020萬人次]]", "1020e4", "人次", "approx", "")
    d.metric("按年增加[[6.7%]]", "6.7", "%", "exact", "")
    # airport and airlines
    d.org("機場方面，[[機場管理局]]（")
    d.org("（[[機管局]]）公布")
    d.org("公布，[[香港國際機場]]10月")
    d.date("香港國際機場[[10月]]客運量", "2026-10", "")
    d.metric("客運量[[約492萬人次]]", "492e4", "人次", "approx", "")
    d.metric("按年上升[[11.4%]]", "11.4", "%", "exact", "")
    d.date("恢復至[[2018年同期]]約95%", "2018", "")
    d.metric("同期[[約95%]]的水平", 95, "%", "approx", "")
    d.date("；[[首十個月]]累計", "2026", "")
    d.metric("客運量[[約4,470萬人次]]", "4470e4", "人次", "approx", "")
    d.metric("起降[[約32.6萬架次]]", "32.6e4", "架次", "approx", "")
    d.org("。[[國泰航空]]（國泰）")
    d.org("國泰航空（[[國泰]]）")
    d.date("（國泰）[[10月]]載客", "2026-10", "")
    d.metric("載客[[約265萬人次]]", "265e4", "人次", "approx", "")
    d.metric("按年增加[[15%]]", 15, "%", "exact", "")
    d.metric("運載率達[[86.1%]]", "86.1", "%", "exact", "")
    d.org("；[[香港快運]]則表示")
    d.date("表示，[[11月初]]起加密", "2026-11", "东京")
    d.city("往返[[東京]]及大阪")
    d.city("東京及[[大阪]]的航班")
    d.metric("合共增加[[21班]]", 21, "班", "exact", "大阪")
    d.org("。[[香港航空]]及大灣區航空")
    d.org("香港航空及[[大灣區航空]]亦")
    d.org("其中[[大灣區航空]]下月起")
    d.date("大灣區航空[[下月]]起開辦", "2026-12", "杭州市")
    d.city("往返[[杭州]]及福州")
    d.city("杭州及[[福州]]的航線")
    d.metric("每周各[[7班]]", 7, "班", "exact", "福州市")
    d.org("。[[機管局]]又指")
    d.date("旅客，[[今年首十個月]]按年", "2026", "")
    d.metric("增加[[逾四成]]。", 40, "%", "over", "")
    # cross-boundary coaches, the bridge, cars
    d.org("方面，[[運輸署]]資料顯示")
    d.date("顯示，[[上月]]經港珠澳大橋", "2026-10", HK)
    d.city("大橋往來[[香港]]與珠海")
    d.city("往來香港與[[珠海]]、澳門")
    d.city("珠海、[[澳門]]的穿梭巴士")
    d.metric("載客[[約215萬人次]]", "215e4", "人次", "approx", MO)
    d.metric("按年增長[[27%]]", 27, "%", "exact", MO)
    d.metric("批出[[逾9.8萬個]]配額", "9.8e4", "个", "over", "")
    d.date("計劃自[[去年11月]]推出", "2025-11", "")
    d.metric("累計[[約2.6萬輛]]", "2.6e4", "辆", "approx", "")
    d.org("，[[運輸署]]計劃")
    d.date("計劃[[明年初]]把申請", "2027", "")
    d.org("。[[永東巴士]]及")
    d.org("永東巴士及[[環島中港通]]表示")
    d.city("往來[[香港]]與廣州、佛山")
    d.city("往來香港與[[廣州]]、佛山")
    d.city("廣州、[[佛山]]的直通巴士")
    d.date("已較[[年初]]增加", "2026", FS)
    d.metric("增加[[約三成]]，部分", 30, "%", "approx", FS)
    d.metric("下調至[[150港元]]", 150, "港元", "exact", FS)
    d.org("。[[運輸及物流局]]上周")
    d.date("運輸及物流局[[上周]]在", "2026-W45", "")
    d.org("在[[立法會]]表示")
    d.org("表示，[[特區政府]]正與")
    d.org("正與[[深圳市口岸辦公室]]研究")
    # Zhuhai
    d.city("\n[[珠海]]方面")
    d.org("方面，[[珠海邊檢總站]]指")
    d.date("指，[[上月]]經港珠澳大橋口岸", "2026-10", ZH)
    d.metric("旅客[[約306萬人次]]", "306e4", "人次", "approx", ZH)
    d.metric("按年增長[[24.6%]]", "24.6", "%", "exact", ZH)
    d.city("入境的[[香港]]單牌車")
    d.metric("最高[[逾1.1萬輛次]]", "1.1e4", "辆次", "over", HK)
    d.org("。[[拱北海關]]則表示")
    d.date("將於[[下月中旬]]增設", "2026-12", "")
    d.metric("增設[[12條]]自助通道", 12, "条", "exact", "")
    d.metric("縮短[[約四成]]。", 40, "%", "approx", "")
    # Shenzhen
    d.city("\n[[深圳]]方面")
    d.org("方面，[[深圳邊檢總站]]數據")
    d.date("顯示，[[上月]]經深圳各口岸", "2026-10", SZ)
    d.city("上月經[[深圳]]各口岸")
    d.metric("旅客[[約2,090萬人次]]", "2090e4", "人次", "approx", SZ)
    d.city("其中[[香港]]居民佔")
    d.metric("居民佔[[約62%]]", 62, "%", "approx", HK)
    d.org("；[[深圳地鐵]]亦稱")
    d.date("亦稱，[[國慶]]期間以八達通", "2026-10-01", "")
    d.org("期間以[[八達通]]乘車")
    d.metric("增加[[逾1.2倍]]", "1.2", "倍", "over", "")
    d.org("。[[深圳機場]]則表示")
    d.date("表示，[[今年首三季]]港澳台", "2026", "")
    d.metric("按年上升[[38.5%]]", "38.5", "%", "exact", "")
    d.org("。[[美團]]數據顯示")
    d.date("顯示，[[今年首十個月]]香港用戶在深圳", "2026", HK)
    d.city("今年首十個月[[香港]]用戶")
    d.city("用戶在[[深圳]]的餐飲")
    d.metric("按年增加[[72%]]", 72, "%", "exact", SZ)
    d.metric("總訂單[[逾六成]]", 60, "%", "over", SZ)
    # payments
    d.org("支付方面，[[八達通]]表示")
    d.org("透過[[八達通]]App")
    d.city("在[[深圳]]、廣州等地")
    d.city("深圳、[[廣州]]等地")
    d.date("交易量，[[今年首三季]]按年", "2026", GZ)
    d.metric("按年增加[[1.6倍]]", "1.6", "倍", "exact", GZ)
    d.date("；[[10月]]經八達通", "2026-10", "")
    d.org("10月經[[八達通]]在內地")
    d.metric("交易[[約1,380萬宗]]", "1380e4", "宗", "approx", "")
    d.metric("按月增加[[9%]]", 9, "%", "exact", "")
    d.date("並表示，[[明年上半年]]將推出", "2027", "")
    d.org("。[[支付寶香港]]（")
    d.org("（[[AlipayHK]]）")
    d.date("指，[[國慶]]黃金周期間用戶", "2026-10-01", "")
    d.metric("按年增長[[約45%]]", 45, "%", "approx", "")
    d.metric("交易額[[約七成]]", 70, "%", "approx", "")
    d.org("。[[微信支付]]亦稱")
    d.date("亦稱，[[10月]]香港用戶", "2026-10", HK)
    d.city("10月[[香港]]用戶")
    d.date("較[[去年同期]]增加逾五成", "2025-10", HK)
    d.metric("增加[[逾五成]]", 50, "%", "over", HK)
    d.org("。[[中國銀聯]]則與")
    d.org("則與[[港鐵]]合作")
    d.org("乘搭[[港鐵]]可享")
    d.metric("可享[[8折]]", 80, "%", "exact", "")
    # visitors
    d.org("方面，[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）初步")
    d.date("統計，[[今年首十個月]]訪港旅客", "2026", "")
    d.metric("旅客[[約4,160萬人次]]", "4160e4", "人次", "approx", "")
    d.metric("按年增加[[12%]]", 12, "%", "exact", "")
    d.metric("旅客[[約3,180萬人次]]", "3180e4", "人次", "approx", "")
    d.metric("總數[[約76%]]", 76, "%", "approx", "")
    d.org("。[[旅發局]]預計")
    d.metric("可達[[5,000萬人次]]", "5000e4", "人次", "exact", "")
    d.org("。[[政府統計處]]上月")
    d.date("政府統計處[[上月]]公布", "2026-10", "")
    d.date("公布，[[第三季]]訪港旅客", "2026-Q3", "")
    d.metric("人均消費約為[[5,830港元]]", 5830, "港元", "approx", "",
             outer="約為")
    d.metric("微跌[[2.1%]]", "2.1", "%", "exact", "")
    d.org("。[[文化體育及旅遊局]]表示")
    d.date("表示，[[聖誕]]及元旦期間將", "2026-12-25", "")
    d.date("聖誕及[[元旦]]期間將", "2027-01-01", "")
    d.metric("吸引[[約30萬人次]]", "30e4", "人次", "approx", "")
    # outlook
    d.date("展望[[年底]]，", "2026", "")
    d.org("，[[運輸署]]預計")
    d.date("預計[[聖誕]]及元旦假期", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("或[[超過60萬人次]]", "60e4", "人次", "over", "")
    d.date("隨著[[明年第一季]]廣深港", "2027-Q1", "")
    d.org("以及[[機管局]]的三跑道")
    d.date("有望在[[明年春節]]前後", "2027-02-06", "")
    d.org("高峰。[[香港旅遊業議會]]則")
    d.date("預計，[[聖誕]]期間出境", "2026-12-25", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    audit = {
        "cities": ["香港", "澳門", "深圳", "廣州", "長沙", "武漢", "廈門",
                   "汕頭", "北京", "上海", "東京", "大阪", "曼谷", "杭州",
                   "福州", "東莞", "中山", "珠海", "佛山", "惠州", "九龍",
                   "羅湖", "落馬洲", "皇崗", "南山", "福田", "尖沙咀",
                   "拱北", "廣東", "日本", "泰國", "內地", "大灣區", "城市",
                   "全港", "港珠澳", "廣深港", "港澳台"],
        "excluded": [
            # districts, stations, control points, provinces, countries;
            # one-character abbreviations in the bridge's and the
            # railway's names (港珠澳, 廣深港, 港澳台)
            "西[[九龍]]站單日", "西[[九龍]]與北京", "東鐵綫[[羅湖]]站",
            "及[[落馬洲]]站", "延長[[皇崗]]口岸", "[[南山]]、福田",
            "南山、[[福田]]及", "及[[羅湖]]三區", "在[[尖沙咀]]海濱",
            "[[廣東]]私家車", "往來[[日本]]及", "日本及[[泰國]]的團",
        ],
        "numbers_excluded": [],
        # 第三 (a rank), 三區 (a label for the list just given), 三跑道
        # (the name of the runway system)
        "cn_excluded": ["單日第[[三]]高", "羅湖[[三]]區", "的[[三]]跑道"],
        "latin_excluded": ["八達通[[App]]的"],
        "words_excluded": {"港珠澳": 2, "廣深港": 2, "港澳台": 1,
                           "按年": 16, "按月": 1, "日均": 2, "單日": 3,
                           "每日": 2, "每周": 2, "全年": 1, "至今": 2,
                           "內地": 8, "大灣區城市": 2, "周邊城市": 1, "假日": 1,
                           "單月": 1, "黃金周": 2, "海天中轉": 1, "初步": 1},
        "orgwords_excluded": {"公司": 1, "集團": 0, "機場": 1, "局": 0,
                              "署": 0, "處": 0, "航空": 0, "巴士": 4,
                              "地鐵": 1, "海關": 0, "議會": 0, "政府": 0,
                              "支付": 1, "銀聯": 0, "邊檢": 0},
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
