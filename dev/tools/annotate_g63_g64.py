#!/usr/bin/env python3
"""Gold annotation for the held-out articles g63_express_logistics and
g64_macao_tourism_gaming (annotator N).

Adapted from heldout/tools/annotate_x.py (through annotate_r.py of the
current held-out set).  Each mention is located by a short context string
in which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded:
g63 is simplified (mainland, 经济日报, 2026-11-14), stored as UTF-16 BE
WITH a BOM (FE FF), which is removed before offsets are counted; g64 is
traditional (Macao, 市民日報, 2026-11-02), UTF-8 without BOM.  g64's `text`
is the traditional original; `normalized` (ORG/CITY) and `unit` are
simplified (OpenCC t2s; mainland cities by their official name with 市,
Taiwan's 台北 as 台北市, foreign cities and Hong Kong/Macao by their common
Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_p/q/r, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g63_g64.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals (with 〇), time characters, city strings and
ORG strings).  Changes from annotate_r.py: UTF-16 BE with BOM decoding (BOM
FE FF required and removed, strict decode, byte round trip, even length,
agrees with Python's BOM-aware utf-16 codec, the file must not decode as
UTF-8); the traditional article must hold no simplified-only character;
`orgstring_excluded` lists the occurrences of an annotated ORG string that
name no organization (新濠 inside the resort 新濠天地).  Re-run (from
anywhere):

    python3 dev/tools/annotate_g63_g64.py
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
BOM16BE = b"\xfe\xff"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g63_express_logistics": ("utf-16-be", BOM16BE, False, "2026-11-14",
                              "经济日报"),
    "g64_macao_tourism_gaming": ("utf-8", b"", True, "2026-11-02",
                                 "市民日報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g63 (2026; 义乌, 常熟 are county-level cities; the rest prefecture-level
    # or municipalities; 马德里, 列日 foreign)
    "北京": "北京市", "鄂州": "鄂州市", "杭州": "杭州市", "嘉兴": "嘉兴市",
    "无锡": "无锡市", "广州": "广州市", "金华": "金华市", "义乌": "义乌市",
    "深圳": "深圳市", "揭阳": "揭阳市", "临沂": "临沂市", "宿迁": "宿迁市",
    "南通": "南通市", "常熟": "常熟市", "西安": "西安市", "马德里": "马德里",
    "列日": "列日", "成都": "成都市", "武汉": "武汉市", "郑州": "郑州市",
    "长沙": "长沙市", "泉州": "泉州市", "汕头": "汕头市",
    # g64 (traditional spans)
    "香港": "香港", "澳門": "澳门", "珠海": "珠海市", "中山": "中山市",
    "江門": "江门市", "南京": "南京市", "曼谷": "曼谷", "吉隆坡": "吉隆坡",
    "新加坡": "新加坡", "台北": "台北市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "特區政府": "特区政府", "治安警察局": "治安警察局", "旅遊局": "旅游局",
    "珠海邊檢總站": "珠海边检总站",
    "橫琴粵澳深度合作區經濟發展局": "横琴粤澳深度合作区经济发展局",
    "摩根大通": "摩根大通", "花旗": "花旗", "銀河娛樂集團": "银河娱乐集团",
    "銀娛": "银娱", "金沙中國": "金沙中国", "澳博控股": "澳博控股",
    "新濠博亞娛樂": "新濠博亚娱乐", "新濠": "新濠", "永利澳門": "永利澳门",
    "美高梅中國": "美高梅中国", "統計暨普查局": "统计暨普查局",
    "統計局": "统计局", "攜程": "携程", "澳門酒店協會": "澳门酒店协会",
    "經濟及科技發展局": "经济及科技发展局", "中銀澳門": "中银澳门",
    "澳門通": "澳门通",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "澳門航空": "澳门航空", "澳航": "澳航",
    "亞洲航空": "亚洲航空", "酷航": "酷航", "長榮航空": "长荣航空",
    "海事及水務局": "海事及水务局", "噴射飛航": "喷射飞航",
    "金光飛航": "金光飞航", "香港國際機場": "香港国际机场",
    "交通事務局": "交通事务局", "澳門輕軌股份有限公司": "澳门轻轨股份有限公司",
    "經濟財政司": "经济财政司", "國家移民管理局": "国家移民管理局",
    "文化和旅遊部": "文化和旅游部", "澳門大學博彩研究所": "澳门大学博彩研究所",
    "澳門旅遊業議會": "澳门旅游业议会",
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
        full = raw
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
        else:
            for b in (BOM8, BOM16LE, BOM16BE):
                assert not raw.startswith(b), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            try:
                full.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert raw.decode(other, "replace") != self.text
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
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
# g63 express delivery around 双11 2026, simplified, UTF-16 BE with BOM,
# 2026-11-14 (a Saturday, ISO week 2026-W46), 经济日报 (mainland national
# economic daily); dateline 本报北京11月13日讯（记者 周启航）; the State
# Post Bureau released its data 13日.
# ===========================================================================
@doc
def g63():
    d = Doc("g63_express_logistics")
    BJ, EZ, GZ, JH, YW, JY = ("北京市", "鄂州市", "广州市", "金华市",
                              "义乌市", "揭阳市")
    LY, SQ, NT, CS, XA, CD = ("临沂市", "宿迁市", "南通市", "常熟市",
                              "西安市", "成都市")
    LR = "列日"
    # title (a heading with no city)
    d.date("[[今年]]“双11”期间全国", "2026", "")
    d.date("今年“[[双11]]”期间全国", "2026-11-11", "")
    d.metric("揽收量达[[146.2亿件]] 同比", "146.2e8", "件", "exact", "")
    d.metric("同比增长[[7.4%]]\n", "7.4", "%", "exact", "")
    # dateline sentence
    d.city("本报[[北京]]11月13日讯")
    d.date("本报北京[[11月13日]]讯", "2026-11-13", BJ)
    d.date("周启航）“[[双11]]”快递旺季", "2026-11-11", BJ)
    # lead (no CITY)
    d.org("。[[国家邮政局]]13日发布")
    d.date("国家邮政局[[13日]]发布", "2026-11-13", "")
    d.date("显示，[[今年]]“双11”期间（", "2026", "")
    d.date("显示，今年“[[双11]]”期间（", "2026-11-11", "")
    d.date("期间（[[10月20日]]至11月11日）", "2026-10-20", "")
    d.date("10月20日至[[11月11日]]）", "2026-11-11", "")
    d.metric("快递包裹[[146.2亿件]]，", "146.2e8", "件", "exact", "")
    d.metric("同比增长[[7.4%]]；", "7.4", "%", "exact", "")
    d.metric("揽收量[[约6.36亿件]]", "6.36e8", "件", "approx", "")
    d.metric("业务量的[[1.3倍]]", "1.3", "倍", "exact", "")
    d.date("其中，[[11月11日]]当天", "2026-11-11", "")
    d.date("其中，11月11日[[当天]]", "2026-11-11", "")
    d.metric("揽收包裹[[8.46亿件]]", "8.46e8", "件", "exact", "")
    d.date("投递量在[[11月12日]]迎来", "2026-11-12", "")
    d.date("峰值，[[当日]]共投递", "2026-11-12", "")
    d.metric("投递包裹[[7.92亿件]]", "7.92e8", "件", "exact", "")
    # P2 capacity (no CITY)
    d.org("\n[[国家邮政局]]有关负责人")
    d.date("快递企业[[今年]]旺季", "2026", "")
    d.metric("临时用工[[约45万人]]", "45e4", "人", "approx", "")
    d.metric("干线车辆[[超过12万辆]]", "12e4", "辆", "over", "")
    d.metric("全货机[[139架]]", 139, "架", "exact", "")
    d.date("较[[去年同期]]分别增加", "2025", "")
    d.metric("分别增加[[6.8%]]和17架", "6.8", "%", "exact", "")
    d.metric("6.8%和[[17架]]。", 17, "架", "exact", "")
    d.date("据测算，[[今年前10个月]]全国", "2026", "")
    d.metric("累计完成[[1640.5亿件]]", "1640.5e8", "件", "exact", "")
    d.metric("同比增长[[14.2%]]", "14.2", "%", "exact", "")
    d.metric("业务量将[[突破2000亿件]]", "2000e8", "件", "over", "")
    # P3 companies
    d.org("。[[中通快递]]数据显示")
    d.date("数据显示，[[11月11日]]当天其", "2026-11-11", "")
    d.date("数据显示，11月11日[[当天]]其", "2026-11-11", "")
    d.metric("揽收量[[突破1.6亿件]]", "1.6e8", "件", "over", "")
    d.metric("同比增长[[11%]]；", 11, "%", "exact", "")
    d.org("；[[圆通]]、韵达")
    d.org("圆通、[[韵达]]、申通")
    d.org("韵达、[[申通]]的日均")
    d.metric("均[[超过9000万件]]", "9000e4", "件", "over", "")
    d.org("。[[顺丰控股]]表示")
    d.date("表示，“[[双11]]”期间顺丰", "2026-11-11", EZ)
    d.org("”期间[[顺丰]]时效件")
    d.metric("同比增长[[18%]]，其鄂州", 18, "%", "exact", EZ)
    d.city("，其[[鄂州]]枢纽")
    d.metric("达到[[580万件]]", "580e4", "件", "exact", EZ)
    d.org("。[[极兔速递]]称")
    d.metric("同比增长[[约四成]]，", 40, "%", "approx", "")
    d.org("，[[德邦快递]]的大件")
    d.metric("同比增长[[26%]]。", 26, "%", "exact", "")
    d.org("。[[京东物流]]依托")
    d.metric("全国[[约1600个]]仓库", 1600, "个", "approx", "")
    d.metric("实现[[超过九成]]的自营", 90, "%", "over", "")
    d.org("。[[中国邮政速递物流]]（EMS）")
    d.org("速递物流（[[EMS]]）")
    d.metric("平均缩短[[0.6天]]", "0.6", "天", "exact", "")
    # P4 platforms
    d.org("方面，[[天猫]]数据显示")
    d.date("显示，“[[双11]]”期间共有", "2026-11-11", "")
    d.metric("共有[[612个]]品牌", 612, "个", "exact", "")
    d.metric("成交额[[超过1亿元]]", "1e8", "元", "over", "")
    d.metric("占比[[近六成]]；", 60, "%", "approx", "")
    d.org("；[[京东]]表示")
    d.metric("同比增长[[超20%]]", 20, "%", "over", "")
    d.metric("同比增长[[1.5倍]]。", "1.5", "倍", "exact", "")
    d.org("。[[抖音电商]]、快手电商")
    d.org("抖音电商、[[快手电商]]和拼多多")
    d.org("快手电商和[[拼多多]]加大")
    d.org("扶持，[[唯品会]]称其")
    d.date("称其[[11月11日]]订单量", "2026-11-11", "")
    d.metric("同比增长[[37%]]。", 37, "%", "exact", "")
    d.org("。[[商务部]]数据显示")
    d.date("数据显示，[[前三季度]]全国实物", "2026", "")
    d.metric("零售额达[[10.12万亿元]]", "10.12e12", "元", "exact", "")
    d.metric("零售额达10.12万亿元，同比增长[[6.8%]]。", "6.8", "%", "exact",
             "")
    d.org("。[[菜鸟集团]]介绍")
    d.org("介绍，[[菜鸟]]在杭州")
    d.city("菜鸟在[[杭州]]、嘉兴")
    d.city("杭州、[[嘉兴]]、无锡")
    d.city("嘉兴、[[无锡]]、广州")
    d.city("无锡、[[广州]]等地的自动化")
    d.metric("提升至[[1.2亿件]]", "1.2e8", "件", "exact", GZ)
    d.date("较[[去年]]提高", "2025", GZ)
    d.metric("提高[[约25%]]", 25, "%", "approx", GZ)
    # P5 regions
    d.metric("占全国[[六成以上]]", 60, "%", "over", "")
    d.org("。[[浙江省邮政管理局]]数据")
    d.date("数据显示，“[[双11]]”期间全省", "2026-11-11", JH)
    d.metric("快递包裹[[38.7亿件]]", "38.7e8", "件", "exact", JH)
    d.city("其中[[金华]]（义乌）")
    d.city("金华（[[义乌]]）揽收")
    d.metric("揽收量达[[15.2亿件]]", "15.2e8", "件", "exact", YW)
    d.org("；[[广东省邮政管理局]]称")
    d.city("称，[[广州]]、深圳、揭阳")
    d.city("广州、[[深圳]]、揭阳")
    d.city("深圳、[[揭阳]]的日均")
    d.metric("分别为[[8600万件]]", "8600e4", "件", "exact", JY)
    d.metric("、[[5200万件]]和", "5200e4", "件", "exact", JY)
    d.metric("和[[3100万件]]。", "3100e4", "件", "exact", JY)
    d.city("物流之都[[临沂]]")
    d.date("当地商户[[上周]]日均", "2026-W45", LY)
    d.date("较[[10月上旬]]增长", "2026-10", LY)
    d.metric("增长[[约30%]]。", 30, "%", "approx", LY)
    d.org("。[[江苏省邮政管理局]]称")
    d.city("称，[[宿迁]]“双11”")
    d.date("宿迁“[[双11]]”期间揽收量", "2026-11-11", SQ)
    d.metric("同比增长[[19%]]，南通", 19, "%", "exact", SQ)
    d.city("，[[南通]]家纺")
    d.metric("包裹量[[突破1.1亿件]]", "1.1e8", "件", "over", NT)
    d.org("；[[苏州市邮政管理局]]则")
    d.city("表示，[[常熟]]服装")
    d.metric("同比增长[[21%]]。", 21, "%", "exact", CS)
    # P6 airports (ORGs, no CITY inside) and a port (a place)
    d.org("。[[鄂州花湖国际机场]]11月11日")
    d.date("国际机场[[11月11日]]至12日", "2026-11-11", "")
    d.date("11月11日至[[12日]]共保障", "2026-11-12", "")
    d.metric("货运航班[[412架次]]", 412, "架次", "exact", "")
    d.metric("吞吐量[[约1.9万吨]]", "1.9e4", "吨", "approx", "")
    d.org("；[[郑州新郑国际机场]]和")
    d.org("和[[深圳宝安国际机场]]“双11”")
    d.date("宝安国际机场“[[双11]]”期间", "2026-11-11", "")
    d.metric("分别增长[[23%]]和16%", 23, "%", "exact", "")
    d.metric("23%和[[16%]]。", 16, "%", "exact", "")
    d.org("。[[上海浦东国际机场]]10月")
    d.date("浦东国际机场[[10月]]货邮", "2026-10", "")
    d.metric("吞吐量达[[37.4万吨]]", "37.4e4", "吨", "exact", "")
    d.date("宁波舟山港[[10月]]完成", "2026-10", "")
    d.metric("吞吐量[[约356万标准箱]]", "356e4", "标准箱", "approx", "")
    d.metric("同比增长[[近两成]]。", 20, "%", "approx", "")
    d.city("在[[西安]]，中欧班列")
    d.date("长安号[[10月]]开行", "2026-10", XA)
    d.date("专列较[[上月]]增加", "2026-09", XA)
    d.metric("增加[[9列]]。", 9, "列", "exact", XA)
    # P7 cross-border
    d.org("。[[海关总署]]数据")
    d.date("数据显示，[[10月]]全国跨境", "2026-10", "")
    d.metric("进出口额[[约2480亿元]]", "2480e8", "元", "approx", "")
    d.metric("同比增长[[12.3%]]。", "12.3", "%", "exact", "")
    d.org("。[[杭州海关]]介绍")
    d.date("介绍，“[[双11]]”期间关区", "2026-11-11", "")
    d.metric("进口包裹[[3260万票]]", "3260e4", "票", "exact", "")
    d.date("较[[去年同期]]增长15%", "2025", "")
    d.metric("增长[[15%]]；", 15, "%", "exact", "")
    d.org("；[[速卖通]]、Temu")
    d.org("速卖通、[[Temu]]、SHEIN")
    d.org("Temu、[[SHEIN]]等平台")
    d.city("快速增长，[[义乌]]至马德里")
    d.city("义乌至[[马德里]]、列日")
    d.city("马德里、[[列日]]等方向")
    d.metric("每周已[[超过30班]]", 30, "班", "over", LR)
    # P8 hubs
    d.org("。[[国家发展改革委]]今年8月")
    d.date("国家发展改革委[[今年8月]]公布", "2026-08", CD)
    d.city("名单中，[[成都]]、武汉")
    d.city("成都、[[武汉]]、郑州")
    d.city("武汉、[[郑州]]、长沙")
    d.city("郑州、[[长沙]]等地的枢纽")
    d.org("；[[交通运输部]]表示")
    d.date("将在[[年底]]前推动", "2026", "")
    d.metric("全国[[80%以上]]的建制村", 80, "%", "over", "")
    d.org("。[[中国邮政集团有限公司]]表示")
    d.date("表示，[[今年]]已在中西部", "2026", "")
    d.metric("配送中心[[1200余个]]", 1200, "个", "over", "")
    d.date("较[[2024年]]缩短", "2024", "")
    d.metric("缩短[[约1天]]。", 1, "天", "approx", "")
    d.city("随着[[义乌]]、泉州")
    d.city("义乌、[[泉州]]、汕头")
    d.city("泉州、[[汕头]]等地跨境")
    # P9 outlook (no CITY)
    d.org("\n[[中国物流与采购联合会]]（中物联）")
    d.org("联合会（[[中物联]]）")
    d.date("（中物联）[[11月5日]]发布", "2026-11-05", "")
    d.date("显示，[[10月份]]中国物流业", "2026-10", "")
    d.metric("景气指数为[[53.6%]]", "53.6", "%", "exact", "")
    d.metric("环比回升[[1.2个百分点]]", "1.2", "百分点", "exact", "")
    d.org("。[[国家邮政局]]数据显示，今年以来", n=1)
    d.date("数据显示，[[今年]]以来全行业", "2026", "")
    d.metric("使用率已[[超过99%]]", 99, "%", "over", "")
    d.date("，“[[双11]]”期间电商快件", "2026-11-11", "")
    d.metric("包装率达到[[95%]]。", 95, "%", "exact", "")
    d.org("。[[中国快递协会]]预计")
    d.date("预计，[[11月中下旬]]快递", "2026-11", "")
    d.date("高位，[[元旦]]、春节前后", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.org("。[[国家邮政局]]提醒")
    d.date("各企业要在[[2027年]]春运前", "2027", "")
    d.date("运力评估，[[本周]]起", "2026-W46", "")
    audit = {
        "cities": ["北京", "鄂州", "杭州", "嘉兴", "无锡", "广州", "金华",
                   "义乌", "深圳", "揭阳", "临沂", "宿迁", "南通", "常熟",
                   "苏州", "西安", "马德里", "列日", "成都", "武汉", "郑州",
                   "长沙", "泉州", "汕头", "上海", "宁波", "舟山", "长安",
                   "浙江", "广东", "江苏", "河北", "河南", "四川", "中国",
                   "全国", "全省", "当地", "城市", "沿海", "中西部"],
        "excluded": [
            # provinces, a train service (中欧班列长安号), regions
            "看，[[浙江]]、广东", "浙江、[[广东]]、江苏三省",
            "浙江、广东、[[江苏]]三省", "在[[河北]]、", "、[[河南]]、",
            "、[[四川]]等地", "中欧班列[[长安]]号",
            # a port is a place, neither ORG nor CITY (GUIDELINES 天津港)
            "，[[宁波舟山港]]10月",
            # 中国 in 其中|国货 (a false word) and in an index's name;
            # 当地 (deictic), 东南沿海, 中西部 (regions)
            "其[[中国]]货", "10月份[[中国]]物流业", "，[[当地]]商户",
            "东南[[沿海]]城市", "在[[中西部]]地区",
        ],
        "numbers_excluded": [],
        # 三省 (a collective label for the list just given); 一 in 新一轮,
        # 进一步; 二次 (re-packing); 中欧 no numeral
        "cn_excluded": ["江苏[[三]]省", "新[[一]]轮", "进[[一]]步",
                        "不再[[二]]次"],
        "latin_excluded": [],
        "words_excluded": {"日均": 4, "单日": 1, "平日": 1, "当日达": 1,
                           "次日达": 1, "旺季": 2, "全年": 1, "单月": 1,
                           "每周": 1, "日处理": 1, "周启航": 1,
                           "全国": 9, "全省": 1, "城市": 2, "等地": 4},
        # generic heads outside ORG rows: 快递企业 (x3), 平台 (x2),
        # 电商平台, 关区; 邮政 in 邮政快递企业
        "orgwords_excluded": {"快递企业": 3, "平台": 3, "邮政": 1,
                              "海关": 0, "机场": 0, "协会": 0,
                              "管理局": 0, "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g64 Macao's October 2026: visitors, gaming revenue, concessionaires,
# hotels, transport; traditional, UTF-8 without BOM, 2026-11-02 (a Monday,
# ISO week 2026-W45), 市民日報 (Macao daily; opening 【本報訊】); the
# gaming regulator published the October figure 昨（一）日 (a Sunday).
# ===========================================================================
@doc
def g64():
    d = Doc("g64_macao_tourism_gaming")
    HK, MO, ZH = "香港", "澳门", "珠海市"
    HZ, NJ, SZ = "杭州市", "南京市", "深圳市"
    # title (a heading with no city)
    d.date("[[十月]]博彩毛收入", "2026-10", "")
    d.metric("毛收入[[256.3億元]]按年升", "256.3e8", "元", "exact", "")
    d.metric("按年升[[6.4%]] 訪澳", "6.4", "%", "exact", "")
    d.metric("訪澳旅客[[逾352萬人次]]\n", "352e4", "人次", "over", "")
    # P1 gaming revenue (no CITY)
    d.org("【本報訊】[[博彩監察協調局]]（博監局）")
    d.org("協調局（[[博監局]]）")
    d.date("（博監局）[[昨（一）日]]公布", "2026-11-01", "")
    d.date("公布，[[十月份]]幸運博彩", "2026-10", "")
    d.metric("毛收入為[[256.3億元]]，", "256.3e8", "元", "exact", "")
    d.metric("按年上升[[6.4%]]，", "6.4", "%", "exact", "")
    d.metric("按月增加[[19.2%]]", "19.2", "%", "exact", "")
    d.date("創[[二〇二〇年]]以來", "2020", "")
    d.date("；[[今年首十個月]]累計", "2026", "")
    d.metric("毛收入[[2,218.6億元]]", "2218.6e8", "元", "exact", "")
    d.metric("按年增長[[5.1%]]。", "5.1", "%", "exact", "")
    d.org("。[[特區政府]]在二〇二六年")
    d.date("特區政府在[[二〇二六年]]財政預算", "2026", "")
    d.metric("毛收入為[[2,360億元]]", "2360e8", "元", "exact", "")
    d.date("，[[首十個月]]收入已達", "2026", "")
    d.metric("預算的[[94%]]。", 94, "%", "exact", "")
    # P2 visitors
    d.org("\n[[治安警察局]]同日")
    d.date("治安警察局[[同日]]公布", "2026-11-01", "")
    d.date("顯示，[[十月]]入境旅客", "2026-10", "")
    d.metric("入境旅客[[約352.7萬人次]]", "352.7e4", "人次", "approx", "")
    d.metric("按年增加[[8.3%]]", "8.3", "%", "exact", "")
    d.date("較[[2019年同期]]高", "2019", "")
    d.metric("同期高[[約13%]]", 13, "%", "approx", "")
    d.metric("日均[[約11.4萬人次]]", "11.4e4", "人次", "approx", "")
    d.date("其中[[國慶]]黃金周", "2026-10-01", "")
    d.date("黃金周（[[十月一日]]至七日）", "2026-10-01", "")
    d.date("十月一日至[[七日]]）", "2026-10-07", "")
    d.metric("錄得[[約128.6萬人次]]", "128.6e4", "人次", "approx", "")
    d.date("，[[十月三日]]單日", "2026-10-03", "")
    d.metric("旅客達[[19.8萬人次]]", "19.8e4", "人次", "exact", "")
    d.org("。[[旅遊局]]表示，十月")
    d.date("旅遊局表示，[[十月]]內地", "2026-10", "")
    d.metric("內地旅客[[約257.4萬人次]]", "257.4e4", "人次", "approx", "")
    d.metric("佔總數[[約73%]]", 73, "%", "approx", "")
    d.metric("個人遊旅客[[約131.5萬人次]]", "131.5e4", "人次", "approx", "")
    d.city("；[[香港]]旅客")
    d.metric("香港旅客[[約68.2萬人次]]", "68.2e4", "人次", "approx", HK)
    d.metric("按年增加[[4.5%]]。", "4.5", "%", "exact", HK)
    d.date("。[[十月]]國際旅客", "2026-10", "")
    d.metric("國際旅客[[約19.6萬人次]]", "19.6e4", "人次", "approx", "")
    d.date("較[[去年同期]]上升", "2025-10", "")
    d.metric("上升[[21%]]，", 21, "%", "exact", "")
    # P3 crossings, Zhuhai, Hengqin
    d.metric("入境的旅客[[約104萬人次]]", "104e4", "人次", "approx", "")
    d.metric("入境的[[約47萬人次]]", "47e4", "人次", "approx", "")
    d.metric("按年增長[[逾三成]]。", 30, "%", "over", "")
    d.org("。[[珠海邊檢總站]]數據")
    d.date("數據顯示，[[十月]]經橫琴", "2026-10", MO)
    d.metric("出入境旅客[[約315萬人次]]", "315e4", "人次", "approx", MO)
    d.city("其中[[澳門]]居民")
    d.metric("居民佔[[逾六成]]；", 60, "%", "over", MO)
    d.metric("累計[[約11.6萬輛]]澳門", "11.6e4", "辆", "approx", MO)
    d.city("萬輛[[澳門]]單牌車")
    d.city("前往[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]等地")
    d.org("。[[橫琴粵澳深度合作區經濟發展局]]指")
    d.date("發展局指，[[國慶]]期間", "2026-10-01", ZH)
    d.metric("入住率[[約85%]]", 85, "%", "approx", ZH)
    d.city("，[[珠海]]長隆")
    d.metric("接待旅客[[逾6萬人次]]", "6e4", "人次", "over", ZH)
    # P4 analysts and the six concessionaires
    d.date("分析指，[[十月]]中場", "2026-10", "")
    d.metric("總收入[[逾九成]]。", 90, "%", "over", "")
    d.org("。[[摩根大通]]發表")
    d.date("預計[[十一月]]博彩", "2026-11", "")
    d.metric("博彩收入[[約232億元]]", "232e8", "元", "approx", "")
    d.metric("按年增長[[約5%]]；", 5, "%", "approx", "")
    d.org("；[[花旗]]則將")
    d.metric("上調至[[約2,650億元]]", "2650e8", "元", "approx", "")
    d.metric("。[[六家]]承批公司", 6, "家", "exact", MO)
    d.date("承批公司[[上周]]陸續", "2026-W44", MO)
    d.date("陸續公布[[第三季]]業績", "2026-Q3", MO)
    d.org("：[[銀河娛樂集團]]（銀娛）")
    d.org("集團（[[銀娛]]）")
    d.date("（銀娛）[[第三季]]經調整", "2026-Q3", MO)
    d.metric("EBITDA為[[36.2億港元]]", "36.2e8", "港元", "exact", MO)
    d.metric("按年增長[[12%]]，旗下", 12, "%", "exact", MO)
    d.city("旗下[[澳門]]銀河")
    d.metric("入住率[[約99%]]；", 99, "%", "approx", MO)
    d.org("；[[金沙中國]]第三季")
    d.date("金沙中國[[第三季]]淨收益", "2026-Q3", "")
    d.metric("淨收益為[[19.1億美元]]", "19.1e8", "美元", "exact", "")
    d.metric("按年上升[[7%]]；", 7, "%", "exact", "")
    d.org("；[[澳博控股]]表示")
    d.date("上葡京[[第三季]]中場", "2026-Q3", "")
    d.metric("按年增加[[18%]]。", 18, "%", "exact", "")
    d.org("。[[新濠博亞娛樂]]（新濠）")
    d.org("娛樂（[[新濠]]）、")
    d.org("、[[永利澳門]]及美高梅中國")
    d.org("永利澳門及[[美高梅中國]]亦")
    d.metric("入住率均[[超過95%]]。", 95, "%", "over", "")
    # P5 hotels
    d.org("酒店方面，[[統計暨普查局]]（統計局）")
    d.org("普查局（[[統計局]]）")
    d.date("資料顯示，[[九月份]]酒店", "2026-09", "")
    d.metric("入住率為[[86.7%]]", "86.7", "%", "exact", "")
    d.metric("上升[[2.1個百分點]]", "2.1", "百分点", "exact", "")
    d.metric("入住率達[[89.4%]]；", "89.4", "%", "exact", "")
    d.metric("平均留宿[[1.6晚]]", "1.6", "晚", "exact", "")
    d.org("。[[旅遊局]]早前公布")
    d.date("早前公布，[[國慶]]黃金周期間", "2026-10-01", "")
    d.metric("入住率達[[96.8%]]", "96.8", "%", "exact", "")
    d.metric("平均房價[[約2,150元]]", "2150", "元", "approx", "")
    d.metric("按年上升[[約一成]]。", 10, "%", "approx", "")
    d.org("。[[攜程]]數據")
    d.date("亦顯示，[[國慶]]期間澳門", "2026-10-01", MO)
    d.city("國慶期間[[澳門]]酒店")
    d.metric("按年增長[[約35%]]", 35, "%", "approx", MO)
    d.org("。[[統計局]]另公布")
    d.date("另公布，[[第三季]]旅客", "2026-Q3", "")
    d.metric("為[[198.4億元]]", "198.4e8", "元", "exact", "")
    d.metric("按年上升[[4.2%]]", "4.2", "%", "exact", "")
    d.metric("人均消費[[2,486元]]", 2486, "元", "exact", "")
    d.org("。[[澳門酒店協會]]預計")
    d.date("預計，[[本月]]大賽車", "2026-11", "")
    d.metric("維持在[[九成以上]]", 90, "%", "over", "")
    # P6 spending and payments (no CITY)
    d.org("方面，[[經濟及科技發展局]]表示")
    d.date("表示，[[國慶]]期間社區", "2026-10-01", "")
    d.metric("營業額按年增長[[約12%]]", 12, "%", "approx", "")
    d.org("。[[中銀澳門]]數據")
    d.date("數據顯示，[[十月]]內地旅客以", "2026-10", "")
    d.metric("按年上升[[28%]]；", 28, "%", "exact", "")
    d.org("；[[澳門通]]指")
    d.date("「MPay」[[十月]]跨境", "2026-10", "")
    d.metric("交易額[[約9.6億元]]", "9.6e8", "元", "approx", "")
    d.date("較[[上月]]增加15%", "2026-09", "")
    d.metric("增加[[15%]]。", 15, "%", "exact", "")
    # P7 air, sea, land
    d.org("方面，[[澳門國際機場專營股份有限公司]]（CAM）")
    d.org("有限公司（[[CAM]]）")
    d.date("表示，[[十月]]機場客運量", "2026-10", "")
    d.metric("客運量[[約69.3萬人次]]", "69.3e4", "人次", "approx", "")
    d.metric("按年增長[[17%]]", 17, "%", "exact", "")
    d.metric("升降[[約5,900架次]]", 5900, "架次", "approx", "")
    d.org("。[[澳門航空]]（澳航）")
    d.org("航空（[[澳航]]）")
    d.date("將於[[本月中旬]]加密", "2026-11", HZ)
    d.city("往返[[杭州]]、成都")
    d.city("杭州、[[成都]]及南京")
    d.city("成都及[[南京]]的航班")
    d.date("航班，[[十二月中旬]]開通", "2026-12", NJ)
    d.city("往返[[曼谷]]航線")
    d.org("；[[亞洲航空]]、酷航")
    d.org("亞洲航空、[[酷航]]及長榮航空")
    d.org("酷航及[[長榮航空]]亦")
    d.city("往返[[吉隆坡]]、新加坡")
    d.city("吉隆坡、[[新加坡]]及台北")
    d.city("新加坡及[[台北]]的班次")
    d.org("。[[海事及水務局]]數字")
    d.date("數字顯示，[[十月]]經外港", "2026-10", HK)
    d.city("往來[[香港]]、深圳蛇口")
    d.city("香港、[[深圳]]蛇口")
    d.metric("海上旅客[[約86.5萬人次]]", "86.5e4", "人次", "approx", SZ)
    d.metric("按年增加[[9%]]。", 9, "%", "exact", SZ)
    d.org("。[[噴射飛航]]及金光飛航")
    d.org("噴射飛航及[[金光飛航]]表示")
    d.date("表示，[[下月]]起將", "2026-12", "")
    d.org("往返[[香港國際機場]]的航班")
    d.metric("增至[[24班]]。", 24, "班", "exact", "")
    d.org("陸路方面，[[交通事務局]]資料")
    d.date("資料顯示，[[十月]]公共巴士", "2026-10", "")
    d.metric("載客[[約2,080萬人次]]", "2080e4", "人次", "approx", "")
    d.org("；[[澳門輕軌股份有限公司]]指")
    d.date("通車後，[[十月]]輕軌", "2026-10", "")
    d.metric("載客量[[約176萬人次]]", "176e4", "人次", "approx", "")
    d.metric("按年增加[[逾一倍]]。", 1, "倍", "over", "")
    # P8 outlook
    d.date("展望[[十一月]]，", "2026-11", MO)
    d.city("第七十三屆[[澳門]]格蘭披治")
    d.date("將於[[本月十二日]]至十五日", "2026-11-12", MO)
    d.date("本月十二日至[[十五日]]舉行", "2026-11-15", MO)
    d.org("舉行，[[旅遊局]]預計")
    d.metric("日均可達[[13萬人次]]", "13e4", "人次", "exact", MO)
    d.org("。[[經濟財政司]]表示")
    d.org("表示，[[特區政府]]將繼續")
    d.org("並與[[國家移民管理局]]、")
    d.org("、[[文化和旅遊部]]保持")
    d.org("。[[澳門大學博彩研究所]]認為")
    d.date("隨著[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及明年", "2027-01-01", "")
    d.date("元旦及[[明年農曆新年]]等", "2027-02-06", "")
    d.date("預計[[二〇二六年]]全年", "2026", "")
    d.metric("可達[[2,600億元左右]]", "2600e8", "元", "approx", "")
    d.metric("可[[突破4,100萬人次]]", "4100e4", "人次", "over", "")
    d.org("。[[澳門旅遊業議會]]則")
    d.date("留意[[上月]]部分", "2026-10", "")
    audit = {
        "cities": ["香港", "澳門", "珠海", "中山", "江門", "杭州", "成都",
                   "南京", "曼谷", "吉隆坡", "新加坡", "台北", "深圳",
                   "橫琴", "氹仔", "路氹", "蛇口", "外港", "長隆", "內地",
                   "韓國", "菲律賓", "泰國", "本澳", "全澳", "訪澳", "赴澳",
                   "在澳", "港澳", "粵澳", "港珠澳", "城市", "合作區"],
        "excluded": [
            "以[[韓國]]、", "、[[菲律賓]]及", "及[[泰國]]旅客",
            "經外港及[[氹仔]]客運碼頭", "珠海[[長隆]]國際", "深圳[[蛇口]]的",
        ],
        "numbers_excluded": [],
        # 第七十三屆 (an ordinal), 五星級 (a tier label)
        "cn_excluded": ["第[[七十三]]屆", "其中[[五]]星級"],
        # EBITDA (a measure's name), MPay (澳門通's app, a product)
        "latin_excluded": ["經調整[[EBITDA]]為", "「[[MPay]]」"],
        "words_excluded": {"日均": 2, "單日": 2, "黃金周": 3, "按年": 20,
                           "單月": 1, "初步": 1, "新濠天地": 1, "外港": 1,
                           "內地": 3, "合作區": 1, "全年": 3,
                           "按月": 1, "每日": 1, "節假日": 1,
                           "至今": 1, "本澳": 1, "全澳": 1, "在澳": 1,
                           "訪澳": 3, "赴澳": 1, "城市": 1, "橫琴": 4,
                           "港珠澳": 2},
        # generic heads outside ORG rows: 承批公司, 合作區, 輕軌 (the railway)
        "orgwords_excluded": {"承批公司": 1, "合作區": 1, "輕軌": 2,
                              "航空": 0, "協會": 0, "議會": 0,
                              "機場": 1},
        # the Melco resort 新濠天地 is a place: no ORG inside it
        "orgstring_excluded": ["，[[新濠]]天地"],
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇"
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
