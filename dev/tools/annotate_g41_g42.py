#!/usr/bin/env python3
"""Gold annotation for the held-out articles g41_digital_yuan_transport and
g42_taiwan_semiconductor_jobs (annotator U).

Adapted from heldout/tools/annotate_r.py (now dev/tools/annotate_g35_g36.py).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g41 is simplified (mainland financial daily 金融时报, 2025-09-16), UTF-8
without BOM; g42 is traditional (Taiwan, 經濟日報, 2025-10-21), stored in
Big5 (cp950).  g42's `text` is the traditional original; `normalized`
(ORG/CITY) and `unit` are simplified (OpenCC t2s; foreign cities in their
mainland standard name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(NOTES_r/s/t, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g41_g42.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs inside heldout/ next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks: strict decoding (UTF-8 without BOM; cp950 that must not decode as
UTF-8 and must agree with plain Big5; byte round trip; no CR); text ==
original[start:end]; rows sorted, no overlaps; no span starts or ends with
white space or punctuation; field formats per type; DATE normalizations are
real calendar values; METRIC value, qualifier and written unit re-derived
from the span text (a marker outside the span must be declared and stand
right before it, or, for a marker separated by words (约占…的六成), in the
same clause before it); ORG/CITY normalizations and units against OpenCC
t2s (the `opencc` module, else $CN_NEWS_PYTHON, else
<BASE>/../.venv/bin/python, else /work/main/.venv/bin/python).
Audits: every ASCII digit run, Latin word, Chinese numeral character, listed
city/place string, organization-like word (with the exact count of its
occurrences outside ORG rows), time character, and every occurrence of an
annotated ORG string is inside a row (ORG strings: an ORG row) or excluded
here on purpose.  Re-run (from anywhere):

    python3 dev/tools/annotate_g41_g42.py
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
    "g41_digital_yuan_transport": ("utf-8", b"", False, "2025-09-16",
                                   "金融时报"),
    "g42_taiwan_semiconductor_jobs": ("cp950", b"", True, "2025-10-21",
                                      "經濟日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g41 (2025; 昆山, 常熟, 张家港, 都江堰, 简阳, 胶州, 平度 are county-level
    # cities; 即墨 a district of 青岛 since 2017)
    "深圳": "深圳市", "香港": "香港", "苏州": "苏州市", "昆山": "昆山市",
    "昆山市": "昆山市", "常熟": "常熟市", "张家港": "张家港市",
    "都江堰市": "都江堰市", "简阳市": "简阳市", "厦门": "厦门市",
    "青岛": "青岛市", "胶州市": "胶州市", "平度市": "平度市",
    "广州": "广州市", "佛山": "佛山市", "东莞": "东莞市", "成都": "成都市",
    # g42 (Taiwan: full names with 市; foreign: mainland standard names)
    "新竹市": "新竹市", "臺北": "台北市", "臺北市": "台北市",
    "新北市": "新北市", "臺中": "台中市", "臺中市": "台中市",
    "臺南市": "台南市", "高雄": "高雄市", "高雄市": "高雄市",
    "鳳凰城": "凤凰城", "德勒斯登": "德累斯顿",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"德勒斯登": "德累斯顿"}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s
# below); simplified spans normalize to themselves.
ORG_NORM = {
    "104人力銀行": "104人力银行", "台灣半導體產業協會": "台湾半导体产业协会",
    "TSIA": "TSIA", "行政院主計總處": "行政院主计总处",
    "台積電": "台积电", "聯發科": "联发科",
    "國科會新竹科學園區管理局": "国科会新竹科学园区管理局",
    "竹科管理局": "竹科管理局", "新竹市政府勞工處": "新竹市政府劳工处",
    "竹晶微電子股份有限公司": "竹晶微电子股份有限公司", "竹晶微": "竹晶微",
    "瑞昱半導體": "瑞昱半导体", "聯詠科技": "联咏科技",
    "臺北市政府產業發展局": "台北市政府产业发展局", "美光": "美光",
    "Micron": "Micron", "日月光投控": "日月光投控",
    "日月光半導體": "日月光半导体",
    "臺中市政府經濟發展局": "台中市政府经济发展局",
    "勞動部勞動力發展署": "劳动部劳动力发展署", "勞發署": "劳发署",
    "國科會南部科學園區管理局": "国科会南部科学园区管理局",
    "臺南市政府勞工局": "台南市政府劳工局",
    "高雄市政府經濟發展局": "高雄市政府经济发展局", "日月光": "日月光",
    "環球晶圓": "环球晶圆", "昱騰半導體": "昱腾半导体",
    "國立中山大學": "国立中山大学", "高雄市政府勞工局": "高雄市政府劳工局",
    "勞動部": "劳动部", "國科會": "国科会",
    "工業技術研究院": "工业技术研究院", "工研院": "工研院",
    "國立清華大學": "国立清华大学", "國立陽明交通大學": "国立阳明交通大学",
    "國立成功大學": "国立成功大学", "1111人力銀行": "1111人力银行",
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
                assert re.match(r"[至到~\-－]\d+(\.\d+)?" + re.escape(shared),
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
# g41 digital RMB on public transport, simplified, UTF-8, 2025-09-16 (a
# Tuesday, ISO week 2025-W38), financial daily (金融时报); the data were
# obtained 昨天（9月15日）.
# ===========================================================================
@doc
def g41():
    d = Doc("g41_digital_yuan_transport")
    SZ, SU, CD, QD, PD, GZ, DG = ("深圳市", "苏州市", "成都市", "青岛市",
                                  "平度市", "广州市", "东莞市")
    # title (a heading opening with no city; no CITY in it)
    d.metric("覆盖[[26个]]城市 今年", 26, "个", "exact", "")
    d.date("城市 [[今年前8个月]]交通", "2025", "")
    d.metric("交易额[[超52亿元]]\n", "52e8", "元", "over", "")
    # lead (no CITY: every place is inside an ORG or deictic)
    d.date("记者[[昨天]]（9月15日）", "2025-09-15", "")
    d.date("昨天（[[9月15日]]）", "2025-09-15", "")
    d.org("从[[中国人民银行数字货币研究所]]（")
    d.org("以下简称“[[数研所]]”")
    d.date("截至[[8月底]]，全国", "2025-08", "")
    d.metric("全国已有[[26个]]城市的", 26, "个", "exact", "")
    d.metric("覆盖线路[[超过1.2万条]]", "1.2e4", "条", "over", "")
    d.metric("站点[[约4.6万个]]", "4.6e4", "个", "approx", "")
    d.date("。[[今年前8个月]]，公共", "2025", "")
    d.metric("交易[[约3.86亿笔]]", "3.86e8", "笔", "approx", "")
    d.metric("交易额达[[52.7亿元]]", "52.7e8", "元", "exact", "")
    d.metric("分别增长[[64%]]和71%", 64, "%", "exact", "")
    d.metric("64%和[[71%]]；", 71, "%", "exact", "")
    d.metric("的用户[[约4100万人]]", "4100e4", "人", "approx", "")
    d.date("其中[[今年]]新开立", "2025", "")
    d.metric("用户占[[近4成]]。", 40, "%", "approx", "")
    d.org("\n[[数研所]]有关负责人")
    d.date("。[[8月]]单月，全国", "2025-08", "")
    d.metric("乘车交易达[[186万笔]]", "186e4", "笔", "exact", "")
    d.date("较[[上月]]增长9.4%", "2025-07", "")
    d.metric("增长[[9.4%]]，比", "9.4", "%", "exact", "")
    d.date("比[[去年同期]]增长1.1倍", "2024-08", "")
    d.metric("增长[[1.1倍]]。", "1.1", "倍", "exact", "")
    d.org("也可通过[[支付宝]]、微信支付的")
    d.org("支付宝、[[微信支付]]的乘车码")
    # 深圳 section (heading 深圳： to the heading 苏州：)
    d.city("\n[[深圳]]：地铁公交")
    d.org("\n[[深圳市地铁集团有限公司]]（")
    d.org("（[[深铁集团]]）")
    d.date("自[[2024年12月]]起", "2024-12", SZ)
    d.org("起，[[深圳地铁]]全线网")
    d.metric("全线网[[17条]]线路", 17, "条", "exact", SZ)
    d.metric("累计[[约2380万人次]]使用", "2380e4", "人次", "approx", SZ)
    d.date("使用。[[8月]]，数字", "2025-08", SZ)
    d.org("在[[深圳地铁]]日均客流")
    d.metric("占比达[[6.8%]]", "6.8", "%", "exact", SZ)
    d.date("较[[去年同期]]提高4.1", "2024-08", SZ)
    d.metric("提高[[4.1个百分点]]", "4.1", "百分点", "exact", SZ)
    d.city("来自[[香港]]的旅客")
    d.metric("贡献了[[约11.5%]]的", "11.5", "%", "approx", SZ)
    d.org("。[[深圳巴士集团股份有限公司]]旗下")
    d.metric("旗下[[约6200辆]]公交车", "6200", "辆", "approx", SZ)
    d.city("改造，[[深圳]]市民")
    d.org("\n[[深圳市交通运输局]]数据")
    d.date("显示，[[9月1日]]至7日", "2025-09-01", SZ)
    d.date("9月1日至[[7日]]，全市", "2025-09-07", SZ)
    d.metric("日均交易[[突破45万笔]]", "45e4", "笔", "over", SZ)
    d.metric("环比增长[[12%]]", 12, "%", "exact", SZ)
    d.org("。[[中国工商银行深圳市分行]]、")
    d.org("分行、[[招商银行]]等")
    d.metric("招商银行等[[9家]]银行", 9, "家", "exact", SZ)
    d.metric("“满[[2元]]减1元”", 2, "元", "exact", SZ)
    d.metric("“满2元减[[1元]]”", 1, "元", "exact", SZ)
    d.date("持续至[[10月31日]]", "2025-10-31", SZ)
    # 苏州 section (heading 苏州： to the heading 成都：)
    d.city("\n[[苏州]]：沪宁城际")
    d.org("\n[[苏州市轨道交通集团有限公司]]数据")
    d.date("显示，[[今年上半年]]，苏州", "2025", SU)
    d.city("今年上半年，[[苏州]]全市")
    d.metric("全市[[11条]]运营线路", 11, "条", "exact", SU)
    d.metric("过闸[[约1560万人次]]", "1560e4", "人次", "approx", SU)
    d.metric("全网客流的[[5.3%]]", "5.3", "%", "exact", SU)
    d.date("较[[去年下半年]]提升", "2024", SU)
    d.metric("提升[[2.2个百分点]]", "2.2", "百分点", "exact", SU)
    d.org("。[[苏州市交通运输局]]表示")
    d.city("途经[[苏州]]的沪宁")
    d.date("铁路自[[2025年3月18日]]起", "2025-03-18", SU)
    d.date("截至[[9月14日]]累计", "2025-09-14", SU)
    d.metric("车票[[约74万张]]", "74e4", "张", "approx", SU)
    d.metric("交易额[[超过3400万元]]", "3400e4", "元", "over", SU)
    d.city("县级市[[昆山]]、常熟")
    d.city("昆山、[[常熟]]和张家港")
    d.city("常熟和[[张家港]]的城乡")
    d.city("其中[[昆山市]]公交")
    d.date("昆山市公交[[前8个月]]的", "2025", SU)
    d.metric("交易达[[318万笔]]", "318e4", "笔", "exact", SU)
    d.metric("同比增长[[近一半]]", 50, "%", "approx", SU)
    # 成都 section (heading 成都： to the heading 轮渡：)
    d.city("\n[[成都]]：公交地铁")
    d.org("\n[[成都市公共交通集团有限公司]]（")
    d.org("（[[成都公交集团]]）表示")
    d.metric("中心城区[[约1.3万辆]]公交车", "1.3e4", "辆", "approx", CD)
    d.date("数字人民币，[[7月]]至8月", "2025-07", CD)
    d.date("7月至[[8月]]日均", "2025-08", CD)
    d.metric("使用量[[约52万人次]]", "52e4", "人次", "approx", CD)
    d.date("出现在[[8月8日]]", "2025-08-08", CD)
    d.org("。[[成都地铁]]则将")
    d.metric("提升至[[120万人次/日]]", "120e4", "人次/日", "exact", CD)
    d.date("计划于[[国庆]]、中秋", "2025-10-01", CD)
    d.date("国庆、[[中秋]]假期", "2025-10-06", CD)
    d.org("联合[[中国银行四川省分行]]推出")
    d.metric("推出乘车[[5折]]优惠", 50, "%", "exact", CD)
    d.city("。[[都江堰市]]、简阳市")
    d.city("都江堰市、[[简阳市]]的城乡")
    d.date("预计在[[年底]]前完成改造", "2025", CD)
    d.org("届时[[成都公交集团]]的")
    d.metric("终端将[[超过1.6万台]]", "1.6e4", "台", "over", CD)
    # 轮渡 (a heading opening with no city: ends 成都; its cities run 厦门青岛)
    d.city("轮渡：[[厦门]]青岛实现")
    d.city("轮渡：厦门[[青岛]]实现")
    d.org("\n[[厦门轮渡有限公司]]介绍")
    d.date("航线自[[今年5月]]起", "2025-05", "")
    d.metric("目前[[约3成]]外地", 30, "%", "approx", "")
    d.metric("交易量达[[2.1万笔]]", "2.1e4", "笔", "exact", "")
    d.org("受理终端的[[厦门鹭链信息科技有限公司]]（")
    d.org("（[[鹭链科技]]）")
    d.city("表示，[[厦门]]的轮渡")
    d.org("据[[厦门市交通运输局]]预计")
    d.date("预计，[[三季度]]全市", "2025-Q3", "")
    d.metric("有望[[突破2000万笔]]", "2000e4", "笔", "over", "")
    d.city("\n在[[青岛]]，青岛地铁")
    d.org("在青岛，[[青岛地铁]]9条")
    d.metric("青岛地铁[[9条]]线路", 9, "条", "exact", QD)
    d.date("9条线路[[8月]]的数字", "2025-08", QD)
    d.metric("达到[[136万人次]]", "136e4", "人次", "exact", QD)
    d.date("是[[去年同期]]的2.4倍", "2024-08", QD)
    d.metric("去年同期的[[2.4倍]]", "2.4", "倍", "exact", QD)
    d.city("；[[胶州市]]和平度市")
    d.city("胶州市和[[平度市]]的公交")
    d.date("公交于[[8月18日]]接入", "2025-08-18", PD)
    d.org("。[[青岛城运控股集团]]表示")
    d.date("已从[[年初]]的不足2%", "2025", "")
    d.metric("年初的[[不足2%]]升至", 2, "%", "under", "")
    d.metric("升至[[8.7%]]。", "8.7", "%", "exact", "")
    # 城际铁路 (heading with no city; 广佛/佛莞 are one-character forms)
    d.org("\n[[广东城际铁路运营有限公司]]（")
    d.org("（[[广东城际]]）数据")
    d.date("显示，自[[2024年11月]]广佛", "2024-11", GZ)
    d.city("往返[[广州]]、佛山")
    d.city("广州、[[佛山]]、东莞")
    d.city("佛山、[[东莞]]三地")
    d.date("旅客[[今年1月]]至8月", "2025-01", DG)
    d.date("今年1月至[[8月]]累计", "2025-08", DG)
    d.metric("累计使用[[约418万人次]]", "418e4", "人次", "approx", DG)
    d.metric("交易额[[约1.05亿元]]", "1.05e8", "元", "approx", DG)
    d.org("。[[广东城际]]还与")
    d.org("还与[[广州地铁]]、")
    d.org("广州地铁、[[佛山地铁]]实现")
    d.metric("购票时间[[约40秒]]", 40, "秒", "approx", "")
    # 平台与银行 (heading with no city; no CITY in the section)
    d.org("方面，[[支付宝]]数据显示")
    d.date("较[[年初]]增长1.6倍", "2025", "")
    d.metric("增长[[1.6倍]]；", "1.6", "倍", "exact", "")
    d.org("；[[微信支付]]与中国银联")
    d.org("与[[中国银联]]合作")
    d.metric("在[[26个]]城市上线", 26, "个", "exact", "")
    d.metric("最高立减[[3元]]", 3, "元", "exact", "")
    d.org("。[[拉卡拉支付股份有限公司]]（")
    d.org("（[[拉卡拉]]）为全国")
    d.metric("全国[[超过2.6万台]]公交", "2.6e4", "台", "over", "")
    d.date("其[[上半年]]交通", "2025", "")
    d.metric("同比增长[[37.2%]]", "37.2", "%", "exact", "")
    d.org("方面，[[工商银行]]、农业银行")
    d.org("工商银行、[[农业银行]]、")
    d.org("农业银行、[[中国银行]]、建设")
    d.org("中国银行、[[建设银行]]、")
    d.org("建设银行、[[交通银行]]、")
    d.org("交通银行、[[邮储银行]]等")
    d.metric("邮储银行等[[6家]]国有", 6, "家", "exact", "")
    d.date("国有大行[[二季度]]累计", "2025-Q2", "")
    d.metric("乘车补贴[[约1.9亿元]]", "1.9e8", "元", "approx", "")
    d.date("是[[一季度]]的1.4倍", "2025-Q1", "")
    d.metric("一季度的[[1.4倍]]", "1.4", "倍", "exact", "")
    d.org("；[[网商银行]]、微众银行")
    d.org("网商银行、[[微众银行]]的")
    d.metric("合计[[不足5%]]", 5, "%", "under", "")
    # 展望 (heading with no city)
    d.date("展望：[[年底]]前覆盖", "2025", "")
    d.metric("前覆盖[[35个]]城市", 35, "个", "exact", "")
    d.org("\n[[央行]]有关负责人")
    d.org("会同[[交通运输部]]推动")
    d.date("力争[[年底]]前试点", "2025", "")
    d.metric("增至[[35个]]，", 35, "个", "exact", "")
    d.date("并在[[2026年]]实现", "2026", "")
    d.date("预计，[[明年]]交通", "2026", "")
    d.metric("有望[[超过100亿元]]", "100e8", "元", "over", "")
    audit = {
        "cities": ["深圳", "香港", "苏州", "昆山", "常熟", "张家港", "上海",
                   "成都", "都江堰", "简阳", "厦门", "青岛", "胶州", "平度",
                   "即墨", "广州", "佛山", "东莞", "四川", "广东", "鼓浪屿",
                   "沪", "宁", "广佛", "佛莞", "全市", "全国", "外地",
                   "中心城区", "三地", "县级市", "城市", "城区"],
        "excluded": [
            # one-character abbreviations of cities (沪宁, 广佛, 佛莞), a
            # district of 青岛 since 2017, an island scenic spot
            "的[[沪宁]]城际", "：[[沪宁]]城际", "：[[广佛]]、佛莞",
            "、[[佛莞]]线路", "月[[广佛]]南环", "、[[佛莞]]城际",
            "[[即墨]]区", "，[[鼓浪屿]]航线",
        ],
        "numbers_excluded": [],
        # “一码通乘”, “碰一碰”, 之一, 同一套, “一次扣款” (names and the
        # indefinite article), 下一步, 三地 (a collective label for the list
        # just given)
        "cn_excluded": ["“[[一]]码通乘”", "碰[[一]]碰", "场景之[[一]]",
                        "同[[一]]套", "“[[一]]次扣款", "下[[一]]步",
                        "东莞[[三]]地", "“[[双]]通道”", "“[[一]]码通行”"],
        "latin_excluded": ["数字人民币[[App]]", "、[[BRT]]和"],
        "words_excluded": {"日均": 4, "单日": 2, "单月": 1, "单笔": 1,
                           "目前": 2, "截至目前": 1, "全市": 3, "全国": 3,
                           "县级市": 1, "中心城区": 1, "三地": 1,
                           "外地": 1, "地级以上": 1, "城市": 7,
                           "环比": 1, "节省": 1},
        # generic: 9家银行, 国有大行, 银行方面, 公交集团 (none bare) …
        "orgwords_excluded": {"银行": 3, "集团": 0, "公司": 0, "局": 0,
                              "地铁": 4, "研究所": 0, "城际": 5,
                              "支付宝": 0, "微信支付": 0, "银联": 0,
                              "央行": 0, "交通运输部": 0, "本报": 1,
                              "乘车码": 3},
    }
    return d, audit


# ===========================================================================
# g42 semiconductor hiring and wages, traditional, Big5 (cp950), 2025-10-21
# (a Tuesday, ISO week 2025-W43), Taipei daily (經濟日報); byline
# 【記者…／新竹報導】 (bare 新竹: no CITY).  A Taiwan text (新臺幣, 民國):
# bare 113年/114年/115年 are ROC years.
# ===========================================================================
@doc
def g42():
    d = Doc("g42_taiwan_semiconductor_jobs")
    HC, TP, TC, TN, KH, DR = ("新竹市", "台北市", "台中市", "台南市",
                              "高雄市", "德累斯顿")
    # title (a heading with no city; no CITY in it)
    d.metric("升溫 [[三]]大科學園區", 3, "", "exact", "")
    d.metric("職缺[[逾2.8萬個]] 工程師", "2.8e4", "个", "over", "")
    d.metric("平均月薪[[6.9萬元]]\n", "6.9e4", "元", "exact", "")
    # lead (no CITY: 新竹 bare, parks)
    d.org("攀升。[[104人力銀行]]昨（20）日")
    d.date("104人力銀行[[昨（20）日]]發布", "2025-10-20", "")
    d.date("指出，[[民國114年第3季]]半導體", "2025-Q3", "")
    d.metric("平均每月達[[2萬6,512個]]", "26512", "个", "exact", "")
    d.metric("年增[[12.4%]]；", "12.4", "%", "exact", "")
    d.metric("合計職缺[[逾2.8萬個]]，", "2.8e4", "个", "over", "")
    d.metric("半導體職缺的[[6成]]。", 60, "%", "approx", "", sep="約占")
    d.metric("平均可獲得[[2.3個]]工作", "2.3", "个", "exact", "")
    d.metric("全體產業的[[1.9倍]]。", "1.9", "倍", "exact", "")
    d.org("\n[[104人力銀行]]資深經理")
    d.date("表示，[[今年9月]]半導體", "2025-09", "")
    d.metric("月薪為新臺幣[[6.9萬元]]", "6.9e4", "元", "exact", "",
             outer="新臺幣")
    d.date("較[[上月]]增加1,200元", "2025-08", "")
    d.metric("增加[[1,200元]]", 1200, "元", "exact", "")
    d.date("比[[去年同期]]高出", "2024-09", "")
    d.metric("高出[[5.8%]]", "5.8", "%", "exact", "")
    d.metric("中位數達[[8.2萬元]]", "8.2e4", "元", "exact", "")
    d.metric("年薪[[逾200萬元]]者", "200e4", "元", "over", "")
    d.metric("占比[[約17%]]", 17, "%", "approx", "")
    d.org("。[[台灣半導體產業協會]]（")
    d.org("（[[TSIA]]）")
    d.date("至[[2027年]]產業", "2027", "")
    d.metric("每月[[3萬人以上]]", "3e4", "人", "over", "")
    d.org("\n[[行政院主計總處]]最新")
    d.date("顯示，[[114年1]]至8月電子", "2025-01", "")
    d.date("114年1至[[8月]]電子", "2025-08", "")
    d.metric("平均為[[5萬8,436元]]", "58436", "元", "exact", "")
    d.date("較[[113年同期]]增加3.6%", "2024", "")
    d.metric("增加[[3.6%]]，高於", "3.6", "%", "exact", "")
    d.metric("產業平均的[[2.9%]]", "2.9", "%", "exact", "")
    d.metric("全體產業的[[2.3倍左右]]", "2.3", "倍", "approx", "")
    # 竹科 (a heading opening with a park: no city section)
    d.org("竹科：[[台積電]]聯發科")
    d.org("竹科：台積電[[聯發科]]領軍")
    d.city("領軍 [[新竹市]]缺工")
    d.org("\n[[國科會新竹科學園區管理局]]（")
    d.org("（[[竹科管理局]]）")
    d.date("竹科[[114年1]]至8月平均", "2025-01", "")
    d.date("114年1至[[8月]]平均", "2025-08", "")
    d.metric("從業人員[[約17.6萬人]]", "17.6e4", "人", "approx", "")
    d.date("較[[113年同期]]增加4,300人", "2024", "")
    d.metric("增加[[4,300人]]", 4300, "人", "exact", "")
    d.org("。[[台積電]]今年在台")
    d.date("台積電[[今年]]在台", "2025", "")
    d.metric("招募規模[[約8,000人]]", 8000, "人", "approx", "")
    d.metric("其中[[約一半]]為碩士", 50, "%", "approx", "")
    d.org("；[[聯發科]]則表示")
    d.date("表示，[[明年]]將在新竹市", "2026", HC)
    d.city("明年將在[[新竹市]]新增")
    d.metric("新增[[約600個]]研發", 600, "个", "approx", HC)
    d.metric("平均可達[[250萬元]]", "250e4", "元", "exact", HC)
    d.city("亞利桑那州[[鳳凰城]]及")
    d.city("及德國[[德勒斯登]]的新廠")
    d.org("新廠，[[台積電]]已從")
    d.metric("派駐[[逾600名]]工程師", 600, "名", "over", DR)
    d.org("\n[[新竹市政府勞工處]]指出")
    d.city("指出，[[新竹市]]8月登記")
    d.date("新竹市[[8月]]登記", "2025-08", HC)
    d.metric("求才人數達[[1萬2,380人]]", "12380", "人", "exact", HC)
    d.metric("僅[[5,960人]]", 5960, "人", "exact", HC)
    d.metric("求供倍數[[2.08倍]]", "2.08", "倍", "exact", HC)
    d.org("。[[竹晶微電子股份有限公司]]（")
    d.org("（[[竹晶微]]）總經理")
    d.date("公司[[今年]]已調薪", "2025", HC)
    d.metric("調薪[[3]]至5%", 3, "%", "exact", HC, shared="%")
    d.metric("調薪3至[[5%]]", 5, "%", "exact", HC)
    d.metric("仍達[[14%]]", 14, "%", "exact", HC)
    d.city("「[[新竹市]]房價高")
    # 臺北 section (heading 臺北： to the heading 中科南科：)
    d.city("\n[[臺北]]：IC設計")
    d.city("集中在[[臺北市]]內湖")
    d.city("內湖、[[新北市]]與新竹市")
    d.city("新北市與[[新竹市]]。")
    d.org("。[[瑞昱半導體]]表示")
    d.date("表示，[[今年下半年]]將增聘", "2025", TP)
    d.metric("增聘[[約300名]]AI", 300, "名", "approx", TP)
    d.org("；[[聯詠科技]]則預計")
    d.date("預計[[明年]]在臺北市", "2026", TP)
    d.city("明年在[[臺北市]]新設")
    d.metric("首年招募[[150人]]", 150, "人", "exact", TP)
    d.org("。[[臺北市政府產業發展局]]統計")
    d.metric("企業已達[[126家]]", 126, "家", "exact", TP)
    d.date("，[[上半年]]新增職缺", "2025", TP)
    d.metric("新增職缺[[約2,400個]]", 2400, "个", "approx", TP)
    d.metric("起薪平均為[[5.6萬元]]", "5.6e4", "元", "exact", TP)
    d.date("較[[民國113年]]增加", "2024", TP)
    d.metric("增加[[4,000元]]", 4000, "元", "exact", TP)
    # 中科南科 (a heading with no city: ends 臺北)
    d.org("中科方面，[[美光]]（Micron）")
    d.org("美光（[[Micron]]）")
    d.city("（Micron）[[臺中]]廠")
    d.date("臺中廠[[今年]]擴建", "2025", TC)
    d.metric("員工已[[逾1.1萬人]]", "1.1e4", "人", "over", TC)
    d.org("；[[日月光投控]]旗下")
    d.org("旗下[[日月光半導體]]在")
    d.city("在[[高雄]]楠梓園區")
    d.city("園區及[[臺中]]潭子")
    d.date("預計[[115年第1季]]前", "2026-Q1", TC)
    d.metric("招募[[約3,500名]]技術員", 3500, "名", "approx", TC)
    d.date("起薪由[[去年]]的3.4萬元", "2024", "")
    d.metric("去年的[[3.4萬元]]", "3.4e4", "元", "exact", "")
    d.metric("調高至[[3.8萬元]]", "3.8e4", "元", "exact", "")
    d.org("\n[[臺中市政府經濟發展局]]" if False else
          "另計。[[臺中市政府經濟發展局]]表示")
    d.city("表示，[[臺中市]]半導體")
    d.metric("缺工[[約9,200人]]", 9200, "人", "approx", TC)
    d.org("將與[[勞動部勞動力發展署]]（")
    d.org("（[[勞發署]]）合辦")
    d.metric("預計培訓[[240人]]", 240, "人", "exact", TC)
    d.org("，[[國科會南部科學園區管理局]]統計")
    d.date("南科[[今年前3季]]新增", "2025", "")
    d.metric("就業[[約6,800人]]", 6800, "人", "approx", "")
    d.metric("年增[[逾2成]]；", 20, "%", "over", "")
    d.org("；[[台積電]]在南科")
    d.org("擴充，[[臺南市政府勞工局]]估計")
    d.date("估計[[明年]]臺南市", "2026", TN)
    d.city("明年[[臺南市]]半導體")
    d.metric("擴大至[[1.2萬人左右]]", "1.2e4", "人", "approx", TN)
    # 高雄 section (heading 高雄： to the heading 勞動部：)
    d.city("\n[[高雄]]：封測")
    d.org("\n[[高雄市政府經濟發展局]]表示")
    d.city("表示，[[高雄]]楠梓、橋頭")
    d.date("一帶[[今年]]已有", "2025", KH)
    d.org("已有[[日月光]]、台積電")
    d.org("日月光、[[台積電]]等")
    d.metric("台積電等[[12家]]", 12, "家", "exact", KH)
    d.date("預估至[[115年底]]可創造", "2026", KH)
    d.metric("可創造[[逾1萬個]]", "1e4", "个", "over", KH)
    d.org("。[[環球晶圓]]、昱騰")
    d.org("環球晶圓、[[昱騰半導體]]等")
    d.city("近期在[[高雄市]]徵才")
    d.org("，[[昱騰半導體]]並與")
    d.org("並與[[國立中山大學]]合作")
    d.metric("每月[[2.6萬元]]津貼", "2.6e4", "元", "exact", KH)
    d.org("。[[高雄市政府勞工局]]指出")
    d.date("指出，[[9月]]高雄市", "2025-09", KH)
    d.city("9月[[高雄市]]半導體")
    d.metric("月增[[8.3%]]", "8.3", "%", "exact", KH)
    d.metric("平均月薪[[5.4萬元]]", "5.4e4", "元", "exact", KH)
    d.city("與[[新竹市]]的差距")
    d.date("差距由[[去年]]的1.6萬元", "2024", KH)
    d.metric("去年的[[1.6萬元]]", "1.6e4", "元", "exact", KH)
    d.metric("縮小至[[1.2萬元]]", "1.2e4", "元", "exact", KH)
    # 勞動部 (heading with no city: ends 高雄; no CITY below until the
    # last paragraph)
    d.org("\n[[勞動部]]：外籍")
    d.org("\n[[勞動部]]統計")
    d.date("統計，[[今年8月底]]全國", "2025-08", "")
    d.metric("受僱員工[[約32.4萬人]]", "32.4e4", "人", "approx", "")
    d.metric("平均年齡[[38.2歲]]", "38.2", "岁", "exact", "")
    d.metric("外籍專業人員[[約4,100人]]", 4100, "人", "approx", "")
    d.date("較[[去年底]]增加近3成", "2024", "")
    d.metric("增加[[近3成]]", 30, "%", "approx", "")
    d.org("。[[勞發署]]表示")
    d.date("表示，[[第4季]]將再", "2025-Q4", "")
    d.metric("再開辦[[14班]]半導體", 14, "班", "exact", "")
    d.metric("就業率達[[86%]]", 86, "%", "exact", "")
    d.org("。[[國科會]]則於")
    d.date("則於[[10月15日]]啟動", "2025-10-15", "")
    d.metric("投入新臺幣[[120億元]]", "120e8", "元", "exact", "",
             outer="新臺幣")
    d.date("目標在[[2030年]]前", "2030", "")
    d.metric("每年培育[[8,000名]]", 8000, "名", "exact", "")
    d.org("；[[工業技術研究院]]（")
    d.org("（[[工研院]]）")
    d.org("、[[國立清華大學]]、")
    d.org("、[[國立陽明交通大學]]與")
    d.org("與[[國立成功大學]]將")
    d.org("\n[[1111人力銀行]]也預告")
    d.date("預告，[[11月8日]]至9日", "2025-11-08", TP)
    d.date("11月8日至[[9日]]將在", "2025-11-09", TP)
    d.city("將在[[臺北市]]、臺中市")
    d.city("臺北市、[[臺中市]]與")
    d.city("臺中市與[[高雄市]]舉辦")
    d.metric("徵才，[[約150家]]廠商", 150, "家", "approx", KH)
    d.metric("釋出[[逾1.5萬個]]職缺", "1.5e4", "个", "over", KH)
    d.date("較[[上季]]同類", "2025-Q3", KH)
    d.metric("增加[[2成]]。", 20, "%", "exact", KH)
    d.date("指出，[[國慶]]連假", "2025-10-10", "")
    d.date("浮現，[[年底]]前薪資", "2025", "")
    d.metric("維持在[[4%以上]]", 4, "%", "over", "")
    d.date("計畫在[[明年春節]]前", "2026-02-17", "")
    audit = {
        "cities": ["新竹", "臺北", "新北", "臺中", "臺南", "高雄", "楠梓",
                   "橋頭", "潭子", "內湖", "鳳凰城", "德勒斯登", "亞利桑那",
                   "美國", "德國", "臺", "台", "中山", "全國", "六都",
                   "省轄市", "竹科", "中科", "南科"],
        "excluded": [
            # bare 新竹 (counts only as 新竹市; the byline and the park
            # names), districts (楠梓 of 高雄, 潭子 of 臺中, 橋頭, 內湖),
            # countries and a state; 台/臺 = Taiwan
            "／[[新竹]]報導", "其中[[新竹]]科學園區",
            "高雄[[楠梓]]園區", "臺中[[潭子]]的", "高雄[[楠梓]]、",
            "、[[橋頭]]一帶", "臺北市[[內湖]]、", "[[內湖]]科技園區",
            "支援[[美國]]亞利桑那", "美國[[亞利桑那]]州", "及[[德國]]德勒",
            "在[[台]]招募", "「晶創[[臺]]灣」", "[[六都]]及",
            "六都及[[省轄市]]",
        ],
        "numbers_excluded": [],
        # 三大 is a METRIC only in the title; 3奈米/2奈米 are technology
        # names (SPEC 3纳米)
        "cn_excluded": [],
        "latin_excluded": ["：[[IC]]設計", "\n[[IC]]設計業者",
                           "搶攻[[AI]]人才", "約300名[[AI]]晶片"],
        "words_excluded": {"年增": 3, "月增": 2, "每月": 3, "每年": 1,
                           "全國": 2, "首年": 1, "首期": 1, "新臺幣": 2,
                           "年薪": 2, "3奈米": 1, "2奈米": 1, "連假": 1,
                           "竹科": 5, "中科": 3, "南科": 5, "月薪": 4,
                           "年齡": 1, "一帶": 1, "半導體": 18},
        # parks (竹科/中科/南科, 新竹科學園區 …, 內湖科技園區, 楠梓園區) are
        # no ORG; 公司 (the firm's back-reference), 廠商, 企業
        "orgwords_excluded": {"人力銀行": 0, "管理局": 0, "勞工": 0,
                              "政府": 0, "大學": 0, "協會": 0, "公司": 1,
                              "科技": 1, "研究院": 0,
                              "部": 3, "署": 0, "院": 0, "會": 2},
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
