#!/usr/bin/env python3
"""Gold annotation for the held-out articles g69_provincial_foreign_trade
and g70_taiwan_tourism_airlines (annotator H).

Adapted from heldout/tools/annotate_m.py (now dev/tools/annotate_g61_g62.py; itself from annotate_x.py through
annotate_p.py, annotate_q.py and annotate_r.py, which keep its checks), with
the UTF-16 handling of heldout/tools/annotate_n.py turned to little endian.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded: g69 is simplified (mainland,
浙江日报, 2026-10-21), stored as UTF-16 LE WITH a BOM (FF FE), which is
removed before offsets are counted; g70 is traditional (Taiwan, 聯合報,
2026-11-18), UTF-8 without BOM.  g70's `text` is the traditional original;
`normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
cities by their official name with 市, Taiwan's cities by their full name
with 市, foreign cities, Hong Kong and Macao by their common mainland
Chinese name: 雪梨 -> 悉尼).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_k/m/n, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g69_g70.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_m.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings, the bare magnitude and `orgstring_excluded`).
Changes: UTF-16 LE with BOM decoding (BOM FF FE required and removed,
strict decode, byte round trip, even length, agrees with Python's
BOM-aware utf-16 codec, differs from a big-endian reading, must not decode
as UTF-8), the traditional article must hold no common simplified-only
character (annotate_n.py), every file ends with one newline, and a unit
shared across a list joiner (118.3萬及92.6萬人次: GUIDELINES list joiners
share the unit) is checked like a range's.  Re-run (from anywhere):

    python3 dev/tools/annotate_g69_g70.py
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
    "g69_provincial_foreign_trade": ("utf-16-le", BOM16LE, False,
                                     "2026-10-21", "浙江日报"),
    "g70_taiwan_tourism_airlines": ("utf-8", b"", True, "2026-11-18",
                                    "聯合報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g69 (2026; prefecture-level cities of Zhejiang, 义乌 a county-level
    # city, 广州/上海; foreign cities)
    "宁波市": "宁波市", "杭州市": "杭州市", "金华市": "金华市",
    "义乌市": "义乌市", "金华": "金华市", "嘉兴": "嘉兴市", "绍兴": "绍兴市",
    "温州": "温州市", "台州": "台州市", "湖州": "湖州市", "舟山": "舟山市",
    "衢州": "衢州市", "丽水": "丽水市", "广州": "广州市", "上海": "上海市",
    "迪拜": "迪拜", "圣保罗": "圣保罗", "雅加达": "雅加达",
    "汉诺威": "汉诺威",
    # g70 (traditional spans; Taiwan's cities with 市)
    "台北": "台北市", "台北市": "台北市", "高雄": "高雄市", "台中": "台中市",
    "那霸": "那霸", "福岡": "福冈", "布拉格": "布拉格", "東京": "东京",
    "大阪": "大阪", "札幌": "札幌", "首爾": "首尔", "釜山": "釜山",
    "曼谷": "曼谷", "峴港": "岘港", "胡志明市": "胡志明市", "香港": "香港",
    "澳門": "澳门", "廈門": "厦门市", "舊金山": "旧金山",
    "洛杉磯": "洛杉矶", "溫哥華": "温哥华", "雪梨": "悉尼",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"雪梨": "悉尼"}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "交通部觀光署": "交通部观光署", "觀光署": "观光署",
    "桃園國際機場公司": "桃园国际机场公司", "桃園機場": "桃园机场",
    "桃園機場公司": "桃园机场公司", "內政部移民署": "内政部移民署",
    "台中國際機場": "台中国际机场", "中華航空": "中华航空", "華航": "华航",
    "長榮航空": "长荣航空", "長榮": "长荣", "星宇航空": "星宇航空",
    "星宇": "星宇", "台灣虎航": "台湾虎航", "虎航": "虎航",
    "雄獅旅遊": "雄狮旅游", "可樂旅遊": "可乐旅游", "東南旅行社": "东南旅行社",
    "中華民國旅行業品質保障協會": "中华民国旅行业品质保障协会",
    "品保協會": "品保协会", "晶華國際酒店集團": "晶华国际酒店集团",
    "雲品國際": "云品国际", "國賓大飯店": "国宾大饭店",
    "高雄市政府觀光局": "高雄市政府观光局",
    "立法院交通委員會": "立法院交通委员会",
    "交通部民用航空局": "交通部民用航空局", "民航局": "民航局",
    "日本航空": "日本航空", "大韓航空": "大韩航空", "越捷航空": "越捷航空",
    "中央銀行": "中央银行", "行政院主計總處": "行政院主计总处",
    "台灣觀光協會": "台湾观光协会", "易遊網": "易游网", "五福旅遊": "五福旅游",
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
                assert re.match(r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?"
                                + re.escape(shared),
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
# g69 Zhejiang's foreign trade in the first three quarters of 2026,
# simplified, UTF-16 LE with BOM, 2026-10-21 (a Wednesday, ISO week
# 2026-W43), 浙江日报 (provincial daily); opening 本报讯（记者 … 通讯员 …）;
# 杭州海关 released the figures 昨日 (2026-10-20).  国庆 2026-10-01;
# 圣诞 2026-12-25.
# ===========================================================================
@doc
def g69():
    d = Doc("g69_provincial_foreign_trade")
    NB, HZ, JH, YW = "宁波市", "杭州市", "金华市", "义乌市"
    TZ, LS, SX, GZ, SH = "台州市", "丽水市", "绍兴市", "广州市", "上海市"
    DB, JK, HN = "迪拜", "雅加达", "汉诺威"
    Y = "2026"
    # title (a heading with no city)
    d.date("[[前三季度]]我省外贸", Y, "")
    d.metric("进出口[[4.12万亿元]] 同比", "4.12e12", "元", "exact", "")
    d.metric("同比增长[[6.8%]]\n", "6.8", "%", "exact", "")
    # lead (本报 is no ORG; no CITY)
    d.date("记者[[昨日]]从杭州海关", "2026-10-20", "")
    d.org("昨日从[[杭州海关]]获悉")
    d.date("获悉，[[今年前三季度]]，浙江省", Y, "")
    d.metric("进出口总值[[4.12万亿元]]，", "4.12e12", "元", "exact", "")
    d.metric("4.12万亿元，同比增长[[6.8%]]，", "6.8", "%", "exact", "")
    d.metric("进出口总值的[[11.9%]]", "11.9", "%", "exact", "")
    d.metric("出口[[3.05万亿元]]", "3.05e12", "元", "exact", "")
    d.metric("增长[[8.1%]]；", "8.1", "%", "exact", "")
    d.metric("进口[[1.07万亿元]]", "1.07e12", "元", "exact", "")
    d.metric("增长[[3.2%]]。", "3.2", "%", "exact", "")
    d.org("。[[海关总署]]此前")
    d.date("显示，[[前三季度]]全国货物", Y, "")
    d.metric("进出口[[34.62万亿元]]", "34.62e12", "元", "exact", "")
    d.metric("同比增长[[3.7%]]", "3.7", "%", "exact", "")
    d.metric("高于全国[[3.1个百分点]]", "3.1", "百分点", "exact", "")
    d.date("。[[9月份]]，全省进出口", "2026-09", "")
    d.metric("进出口[[5106.3亿元]]", "5106.3e8", "元", "exact", "")
    d.metric("同比增长[[9.4%]]", "9.4", "%", "exact", "")
    d.date("增速较[[上月]]加快", "2026-08", "")
    d.metric("加快[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.date("创[[今年]]以来单月", Y, "")
    # P2 cities (each ；-clause its own city)
    d.metric("全省[[11个]]设区市", 11, "个", "exact", "")
    d.city("\n分地区看，全省11个设区市进出口均实现正增长。[[宁波市]]")
    d.date("宁波市[[前三季度]]进出口", Y, NB)
    d.metric("进出口[[1.18万亿元]]", "1.18e12", "元", "exact", NB)
    d.metric("增长[[5.9%]]，总量", "5.9", "%", "exact", NB)
    d.city("；[[杭州市]]进出口")
    d.metric("进出口[[6314.2亿元]]", "6314.2e8", "元", "exact", HZ)
    d.metric("增长[[7.6%]]；", "7.6", "%", "exact", HZ)
    d.city("；[[金华市]]进出口")
    d.metric("进出口[[5687.5亿元]]", "5687.5e8", "元", "exact", JH)
    d.metric("增长[[11.3%]]，增速", "11.3", "%", "exact", JH)
    d.city("其中[[义乌市]]进出口")
    d.metric("进出口[[4926.8亿元]]", "4926.8e8", "元", "exact", YW)
    d.metric("增长[[12.7%]]，占", "12.7", "%", "exact", YW)
    d.city("占[[金华]]全市")
    d.metric("全市的[[八成以上]]", 80, "%", "over", JH)
    d.city("[[嘉兴]]、绍兴、温州")
    d.city("嘉兴、[[绍兴]]、温州")
    d.city("绍兴、[[温州]]、台州")
    d.city("温州、[[台州]]四市")
    d.metric("均[[超过2000亿元]]", "2000e8", "元", "over", TZ)
    d.metric("分别增长[[6.2%]]、", "6.2", "%", "exact", TZ)
    d.metric("、[[5.4%]]、", "5.4", "%", "exact", TZ)
    d.metric("、[[7.9%]]和", "7.9", "%", "exact", TZ)
    d.metric("和[[6.6%]]；", "6.6", "%", "exact", TZ)
    d.city("；[[湖州]]、舟山")
    d.city("湖州、[[舟山]]、衢州")
    d.city("舟山、[[衢州]]、丽水")
    d.city("衢州、[[丽水]]四市")
    d.metric("均在[[5%以上]]", 5, "%", "over", LS)
    # P3 ports (宁波舟山港, 温州港, 嘉兴港 are ports: no CITY, no ORG)
    d.date("宁波舟山港[[前三季度]]完成", Y, "")
    d.metric("吞吐量[[3012.6万标准箱]]", "3012.6e4", "标准箱", "exact", "")
    d.date("；[[9月份]]完成", "2026-09", "")
    d.metric("完成[[356.4万标准箱]]", "356.4e4", "标准箱", "exact", "")
    d.metric("首次[[突破350万标准箱]]", "350e4", "标准箱", "over", "")
    d.date("。[[国庆]]假期期间", "2026-10-01", "")
    d.metric("集装箱[[超过11万标准箱]]", "11e4", "标准箱", "over", "")
    d.org("。[[宁波舟山港集团]]介绍")
    d.date("介绍，[[今年]]以来已新开通", Y, DB)
    d.city("开通至[[迪拜]]、圣保罗")
    d.city("迪拜、[[圣保罗]]、雅加达")
    d.city("圣保罗、[[雅加达]]等地")
    d.metric("外贸航线[[14条]]", 14, "条", "exact", JK)
    d.org("，[[马士基]]、地中海航运")
    d.org("马士基、[[地中海航运]]等船公司")
    d.date("。[[前三季度]]，温州港", Y, "")
    d.metric("分别增长[[12.5%]]和8.3%", "12.5", "%", "exact", "")
    d.metric("12.5%和[[8.3%]]，", "8.3", "%", "exact", "")
    d.metric("达到[[158.7万标准箱]]", "158.7e4", "标准箱", "exact", "")
    d.date("集装箱吞吐量分别增长12.5%和8.3%，全省海铁联运业务量达到158.7万标准箱，较[[去年同期]]",
           "2025", "")
    d.metric("增长[[21.4%]]。", "21.4", "%", "exact", "")
    # P4 customs (海关 bodies are ORGs with no CITY inside)
    d.org("。[[杭州海关]]在钱江海关")
    d.org("在[[钱江海关]]、义乌海关")
    d.org("钱江海关、[[义乌海关]]等隶属海关")
    d.date("等模式，[[前三季度]]关区", Y, "")
    d.metric("分别为[[28.6小时]]和", "28.6", "小时", "exact", "")
    d.metric("和[[0.9小时]]，", "0.9", "小时", "exact", "")
    d.date("，较[[去年同期]]分别压缩", "2025", "")
    d.metric("分别压缩[[15.2%]]和", "15.2", "%", "exact", "")
    d.metric("和[[10.7%]]。", "10.7", "%", "exact", "")
    d.org("。[[宁波海关]]数据显示")
    d.date("数据显示，[[前三季度]]北仑海关", Y, "")
    d.org("前三季度[[北仑海关]]、")
    d.org("、[[舟山海关]]监管")
    d.metric("分别增长[[6.1%]]和", "6.1", "%", "exact", "")
    d.metric("和[[9.8%]]；宁波海关", "9.8", "%", "exact", "")
    d.org("；[[宁波海关]]还联合")
    d.org("联合[[浙江省商务厅]]为")
    d.metric("为[[2600余家]]外贸", 2600, "家", "over", "")
    d.metric("关税减让[[约18.7亿元]]", "18.7e8", "元", "approx", "")
    # P5 products and exporters
    d.date("从商品结构看，[[前三季度]]全省出口", Y, "")
    d.metric("机电产品[[1.56万亿元]]", "1.56e12", "元", "exact", "")
    d.metric("增长[[9.7%]]；电动", "9.7", "%", "exact", "")
    d.metric("合计出口[[1489.2亿元]]", "1489.2e8", "元", "exact", "")
    d.metric("增长[[15.3%]]。", "15.3", "%", "exact", "")
    d.metric("载人汽车出口[[28.6万辆]]", "28.6e4", "辆", "exact", "")
    d.metric("增长[[42.3%]]，", "42.3", "%", "exact", "")
    d.org("，[[吉利]]、零跑")
    d.org("吉利、[[零跑]]、极氪")
    d.org("零跑、[[极氪]]等车企")
    d.org("，[[晶科能源]]、正泰")
    d.org("晶科能源、[[正泰]]、东方日升")
    d.org("正泰、[[东方日升]]等企业")
    d.metric("合计[[约46吉瓦]]", "46", "吉瓦", "approx", "")
    d.metric("同比下降[[约12%]]", 12, "%", "approx", "")
    d.org("家电方面，[[公牛]]、苏泊尔")
    d.org("公牛、[[苏泊尔]]、方太")
    d.org("苏泊尔、[[方太]]、奥克斯")
    d.org("方太、[[奥克斯]]等企业")
    d.org("，[[奥克斯]]前三季度")
    d.date("奥克斯[[前三季度]]空调", Y, "")
    d.metric("出口量达到[[612万台]]", "612e4", "台", "exact", "")
    d.metric("同比增长[[18%]]。", 18, "%", "exact", "")
    d.metric("纺织服装出口[[2210.4亿元]]", "2210.4e8", "元", "exact", SX)
    d.org("，[[申洲国际]]、雅戈尔")
    d.org("申洲国际、[[雅戈尔]]加快")
    d.city("，[[绍兴]]柯桥")
    d.metric("面料出口则增长[[7.8%]]", "7.8", "%", "exact", SX)
    # P6 cross-border e-commerce
    d.org("据[[省商务厅]]统计")
    d.date("统计，[[前三季度]]全省跨境", Y, "")
    d.metric("跨境电商进出口[[3010.7亿元]]", "3010.7e8", "元", "exact", "")
    d.metric("增长[[14.6%]]。全省", "14.6", "%", "exact", "")
    d.org("全省在[[亚马逊]]、")
    d.org("、[[速卖通]]、Temu")
    d.org("、[[Temu]]、SHEIN")
    d.org("、[[SHEIN]]等平台")
    d.metric("网店[[超过15.8万家]]", "15.8e4", "家", "over", "")
    d.org("，[[阿里巴巴国际站]]上的")
    d.metric("同比增长[[21%]]。", 21, "%", "exact", "")
    d.city("。[[杭州市]]跨境电商综试区")
    d.date("综试区[[前三季度]]新增", Y, HZ)
    d.metric("卖家[[约4200家]]", 4200, "家", "approx", HZ)
    d.city("，[[义乌市]]海外仓")
    d.metric("增至[[217个]]", 217, "个", "exact", YW)
    # P7 trade fairs
    d.date("\n展会拓市成效明显。[[10月15日]]", "2026-10-15", GZ)
    d.city("广交会在[[广州]]开幕")
    d.metric("共有[[3120家]]企业", 3120, "家", "exact", GZ)
    d.metric("达到[[38.6亿美元]]", "38.6e8", "美元", "exact", GZ)
    d.org("。[[省商务厅]]数据显示，今年以来")
    d.date("数据显示，[[今年]]以来全省组织", Y, HN)
    d.metric("参展[[超过1.2万家次]]", "1.2e4", "家次", "over", HN)
    d.city("德国[[汉诺威]]、")
    d.city("阿联酋[[迪拜]]、")
    d.city("巴西[[圣保罗]]等地")
    d.date("将于[[11月5日]]至10日", "2026-11-05", SH)
    d.date("11月5日至[[10日]]在", "2026-11-10", SH)
    d.city("在[[上海]]举行")
    d.org("，[[浙江省贸促会]]介绍")
    d.metric("采购商[[约1.5万家]]", "1.5e4", "家", "approx", SH)
    # P8 exchange rate and finance (no CITY)
    d.date("汇率方面，[[9月末]]人民币", "2026-09", "")
    d.metric("中间价报[[7.0632]]", "7.0632", "", "exact", "")
    d.date("较[[年初]]累计", Y, "")
    d.metric("升值[[约1.7%]]", "1.7", "%", "approx", "")
    d.org("。[[国家外汇管理局浙江省分局]]数据")
    d.date("数据显示，[[前三季度]]全省跨境人民币", Y, "")
    d.metric("收付金额达[[1.58万亿元]]", "1.58e12", "元", "exact", "")
    d.metric("增长[[18.4%]]。", "18.4", "%", "exact", "")
    d.org("。[[中国人民银行浙江省分行]]表示")
    d.org("指导[[中国银行浙江省分行]]、")
    d.org("、[[浙商银行]]等机构")
    d.org("。[[中国出口信用保险公司浙江分公司]]（")
    d.org("以下简称“[[中国信保浙江分公司]]”）")
    d.date("”）[[前三季度]]承保", Y, "")
    d.metric("承保金额达[[782.3亿美元]]", "782.3e8", "美元", "exact", "")
    d.org("；[[中国信保浙江分公司]]已服务")
    d.metric("外贸企业[[3.6万家]]", "3.6e4", "家", "exact", "")
    # P9 markets and outlook (no CITY)
    d.date("\n[[前三季度]]，我省外贸市场", Y, "")
    d.date("与[[2025年同期]]相比", "2025", "")
    d.metric("国家进出口[[2.14万亿元]]", "2.14e12", "元", "exact", "")
    d.metric("增长[[9.6%]]，占比", "9.6", "%", "exact", "")
    d.metric("提高到[[52.0%]]", "52.0", "%", "exact", "")
    d.metric("下降[[2.8%]]。", "2.8", "%", "exact", "")
    d.org("。[[浙江省统计局]]测算")
    d.metric("贡献率约为[[22%]]", 22, "%", "approx", "", sep="约为")
    d.org("。[[浙江工商大学经济学院]]教授")
    d.date("随着[[圣诞]]订单", "2026-12-25", "")
    d.date("旺季，[[四季度]]我省", "2026-Q4", "")
    d.org("；[[省商务厅]]表示，将在")
    d.date("将在[[年底]]前", Y, "")
    d.metric("再组织[[30场以上]]", 30, "场", "over", "")
    d.date("力争[[明年一季度]]外贸", "2027-Q1", "")
    audit = {
        "cities": ["宁波", "杭州", "金华", "义乌", "嘉兴", "绍兴", "温州",
                   "台州", "湖州", "舟山", "衢州", "丽水", "广州", "上海",
                   "迪拜", "圣保罗", "雅加达", "汉诺威", "北仑", "柯桥",
                   "浙江", "中国", "全国", "全省", "全市", "我省", "德国",
                   "阿联酋", "巴西", "越南", "柬埔寨", "美国", "欧洲",
                   "拉美", "非洲", "甬", "城市"],
        "excluded": [
            # ports are places (precedent N: 宁波舟山港; GUIDELINES 天津港)
            "[[宁波舟山港]]前三季度", "，[[温州港]]、", "、[[嘉兴港]]集装箱",
            # the province, countries, regions; 柯桥 (a district of 绍兴)
            "，[[浙江省]]货物贸易", "绍兴[[柯桥]]面料",
            "[[德国]]汉诺威", "[[阿联酋]]迪拜", "[[巴西]]圣保罗",
            "在[[越南]]、", "、[[柬埔寨]]布局", "开拓[[欧洲]]和",
            "和[[拉美]]市场",
            "对[[美国]]进出口", "在[[甬]]挂靠",
            # 浙江 as a modifier of merchants (the province)
            "上的[[浙江]]商家",
        ],
        # 第140届 (an ordinal)
        "numbers_excluded": ["第[[140]]届"],
        # 第三位, 第九届 (ordinals), 新三样 (a name), “两步申报” and
        # “一带一路” (names of a procedure and an initiative), 王一帆 (a
        # reporter's name)
        "cn_excluded": ["全国第[[三]]位", "第[[九]]届", "新[[三]]样",
                        "“[[两]]步申报”", "“[[一]]带一路”", "“一带[[一]]路”",
                        "王[[一]]帆", "台州[[四]]市", "丽水[[四]]市"],
        "latin_excluded": [],
        "words_excluded": {"单月": 2, "日均": 1, "旺季": 1, "首次": 1,
                           "全国": 4, "全省": 11, "全市": 1, "我省": 6,
                           "中国国际进口博览会": 1, "此前": 1, "目前": 1,
                           "开门红": 1, "首位": 1, "明显": 2},
        # generic heads outside ORG rows: 隶属海关, 船公司, 车企, 企业 …
        "orgwords_excluded": {"隶属海关": 1, "船公司": 1, "车企": 1,
                              "海关": 1, "分公司": 0, "分行": 0,
                              "商务厅": 0, "统计局": 0, "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g70 Taiwan's tourism and airlines, traditional, UTF-8 without BOM,
# 2026-11-18 (a Wednesday, ISO week 2026-W47), 聯合報 (Taipei daily); byline
# 【記者林彥廷／台北報導】; 觀光署 published the figures 昨（17）日.  A
# Taiwan text (新台幣, 民國): bare 108年, 113年, 116年 are ROC years; 國慶
# is 10-10; 中秋 2026-09-25; 聖誕 2026-12-25; 元旦 2027-01-01; 明年春節
# 2027-02-06.
# ===========================================================================
@doc
def g70():
    d = Doc("g70_taiwan_tourism_airlines")
    TP, KH, PR, TK, SE = "台北市", "高雄市", "布拉格", "东京", "首尔"
    HCM, MO, VC, SY, HK = "胡志明市", "澳门", "温哥华", "悉尼", "香港"
    Y = "2026"
    # title (not a heading: the comma of 1,523; no city)
    d.date("[[前10月]]國人出國1,523萬人次年增", Y, "")
    d.metric("國人出國[[1,523萬人次]]年增", "1523e4", "人次", "exact", "")
    d.metric("年增[[近12%]] 航空", 12, "%", "approx", "")
    # lead: the byline sentence (to the first ；) names 台北
    d.city("／[[台北]]報導")
    d.org("報導】[[交通部觀光署]]昨")
    d.date("觀光署[[昨（17）日]]公布", "2026-11-17", TP)
    d.date("統計，[[今年前10月]]國人", Y, TP)
    d.metric("國人出國達[[1,523萬人次]]", "1523e4", "人次", "exact", TP)
    d.metric("年增[[11.8%]]，已超越", "11.8", "%", "exact", TP)
    d.date("疫情前[[108年同期]]的", "2019", TP)
    d.metric("同期的[[1,428萬人次]]", "1428e4", "人次", "exact", TP)
    d.metric("來台旅客為[[682.4萬人次]]", "682.4e4", "人次", "exact", "")
    d.metric("年增[[9.6%]]，僅", "9.6", "%", "exact", "")
    d.date("恢復至[[108年同期]]的約72%", "2019", "")
    d.metric("同期的[[約72%]]", 72, "%", "approx", "")
    d.org("。[[觀光署]]指出")
    d.date("指出，[[10月]]單月", "2026-10", "")
    d.metric("出國人次為[[163.5萬]]", "163.5e4", "", "exact", "")
    d.date("創[[今年]]以來單月", Y, "")
    d.date("，[[國慶]]連假（", "2026-10-10", "")
    d.date("連假（[[10月9日]]至11日）", "2026-10-09", "")
    d.date("10月9日至[[11日]]）", "2026-10-11", "")
    d.date("與[[中秋]]連假", "2026-09-25", "")
    # P2 airports and immigration (no CITY: 桃園, 台中 only inside ORGs)
    d.org("\n[[桃園國際機場公司]]統計")
    d.org("統計，[[桃園機場]]前10月")
    d.date("桃園機場[[前10月]]旅運量", Y, "")
    d.metric("旅運量達[[4,186.2萬人次]]", "4186.2e4", "人次", "exact", "")
    d.metric("年增[[10.3%]]，為同期", "10.3", "%", "exact", "")
    d.date("；[[10月]]旅運量", "2026-10", "")
    d.metric("旅運量為[[438.6萬人次]]", "438.6e4", "人次", "exact", "")
    d.date("其中[[10月9日]]單日", "2026-10-09", "")
    d.metric("出境旅客達[[6.2萬人次]]", "6.2e4", "人次", "exact", "")
    d.org("。[[桃園機場公司]]表示")
    d.date("已於[[今年8月]]啟用", "2026-08", "")
    d.metric("新增[[8個]]登機門", 8, "个", "exact", "")
    d.metric("多處理[[約1,800名]]旅客", 1800, "名", "approx", "")
    d.org("。[[內政部移民署]]統計")
    d.date("統計，[[本月1日]]至16日", "2026-11-01", "")
    d.date("本月1日至[[16日]]經", "2026-11-16", "")
    d.metric("出境旅客[[約58.7萬人次]]", "58.7e4", "人次", "approx", "")
    d.date("較[[去年同期]]增加6.5%", "2025", "")
    d.metric("增加[[6.5%]]；", "6.5", "%", "exact", "")
    d.org("；[[台中國際機場]]前10月")
    d.date("台中國際機場[[前10月]]國際線", Y, "")
    d.metric("則年增[[25.6%]]", "25.6", "%", "exact", "")
    # P3 airlines
    d.org("。[[中華航空]]（華航）")
    d.org("中華航空（[[華航]]）")
    d.date("（華航）[[昨日]]公布", "2026-11-17", "")
    d.date("昨日公布[[10月]]自結", "2026-10", "")
    d.metric("營收為新台幣[[178.6億元]]", "178.6e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[6.2%]]，其中", "6.2", "%", "exact", "")
    d.metric("客運營收[[112.4億元]]", "112.4e8", "元", "exact", "")
    d.metric("年增[[8.7%]]，前10月", "8.7", "%", "exact", "")
    d.date("8.7%，[[前10月]]累計", Y, "")
    d.metric("累計營收[[1,732.5億元]]", "1732.5e8", "元", "exact", "")
    d.org("；[[長榮航空]]10月")
    d.date("長榮航空[[10月]]營收", "2026-10", "")
    d.metric("營收[[175.2億元]]", "175.2e8", "元", "exact", "")
    d.metric("年增[[5.1%]]，客運", "5.1", "%", "exact", "")
    d.metric("載客率達[[87.6%]]", "87.6", "%", "exact", "")
    d.org("。[[星宇航空]]10月")
    d.date("星宇航空[[10月]]營收", "2026-10", PR)
    d.metric("營收[[46.8億元]]", "46.8e8", "元", "exact", PR)
    d.metric("年增[[18.5%]]，前10月", "18.5", "%", "exact", PR)
    d.date("18.5%，[[前10月]]營收", Y, PR)
    d.metric("首度[[突破400億元]]", "400e8", "元", "over", PR)
    d.org("，[[星宇]]並宣布")
    d.date("並宣布[[116年1月]]開闢", "2027-01", PR)
    d.city("直飛[[布拉格]]航線")
    d.org("，[[台灣虎航]]10月")
    d.date("台灣虎航[[10月]]載客率", "2026-10", KH)
    d.metric("載客率達[[93.4%]]", "93.4", "%", "exact", KH)
    d.date("，[[前10月]]載客約", Y, KH)
    d.metric("載客[[約283萬人次]]", "283e4", "人次", "approx", KH)
    d.metric("年增[[14%]]，虎航", 14, "%", "exact", KH)
    d.org("，[[虎航]]並將")
    d.date("並將於[[12月]]新增", "2026-12", KH)
    d.city("新增[[高雄]]、台中")
    d.city("高雄、[[台中]]往返")
    d.city("往返[[那霸]]、福岡")
    d.city("那霸、[[福岡]]航線")
    # P4 destinations
    d.org("。[[觀光署]]統計，前10月赴日")
    d.date("統計，[[前10月]]赴日", Y, TK)
    d.metric("赴日旅客達[[512.6萬人次]]", "512.6e4", "人次", "exact", TK)
    d.metric("總人次的[[33.7%]]", "33.7", "%", "exact", TK)
    d.city("，[[東京]]、大阪")
    d.city("東京、[[大阪]]、福岡")
    d.city("大阪、[[福岡]]及札幌")
    d.city("福岡及[[札幌]]航線")
    d.metric("赴韓旅客[[186.4萬人次]]", "186.4e4", "人次", "exact", SE)
    d.metric("年增[[21.3%]]，首爾", "21.3", "%", "exact", SE)
    d.city("21.3%，[[首爾]]、釜山")
    d.city("21.3%，首爾、[[釜山]]最受")
    d.city("泰國[[曼谷]]、")
    d.city("越南[[峴港]]及")
    d.city("峴港及[[胡志明市]]等")
    d.metric("均成長[[兩成以上]]", 20, "%", "over", HCM)
    d.city("赴[[香港]]、澳門")
    d.city("香港、[[澳門]]旅客")
    d.metric("分別為[[118.3萬]]及", "118.3e4", "人次", "exact", MO,
             shared="人次")
    d.metric("及[[92.6萬人次]]", "92.6e4", "人次", "exact", MO)
    d.metric("大陸旅客[[約196.5萬人次]]", "196.5e4", "人次", "approx", MO)
    d.city("以[[上海]]、廈門")
    d.city("上海、[[廈門]]為主")
    d.org("長程航線中，[[華航]]、長榮")
    d.org("華航、[[長榮]]的舊金山")
    d.city("的[[舊金山]]、")
    d.city("、[[洛杉磯]]、")
    d.city("、[[溫哥華]]等航線")
    d.metric("載客率[[逾九成]]", 90, "%", "over", VC)
    d.org("，[[華航]]並自10月起")
    d.date("並自[[10月]]起將", "2026-10", VC)
    d.city("將[[台北]]—雪梨")
    d.city("台北—[[雪梨]]航線")
    d.metric("每日[[1班]]", 1, "班", "exact", SY)
    # P5 travel agencies
    d.org("。[[雄獅旅遊]]表示")
    d.date("表示，[[年底]]至明年", Y, "")
    d.date("年底至[[明年春節]]的", "2027-02-06", "")
    d.metric("報名人數年增[[約15%]]", 15, "%", "approx", "")
    d.org("；[[可樂旅遊]]指出")
    d.date("指出，[[聖誕]]及元旦", "2026-12-25", SE)
    d.date("聖誕及[[元旦]]連假", "2027-01-01", SE)
    d.city("連假赴[[首爾]]、釜山")
    d.city("連假赴首爾、[[釜山]]行程")
    d.org("；[[東南旅行社]]則表示")
    d.date("團費較[[去年]]下降", "2025", "")
    d.metric("下降[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]。", 8, "%", "exact", "")
    d.org("。[[中華民國旅行業品質保障協會]]（")
    d.org("（[[品保協會]]）統計")
    d.metric("已增至[[4,218家]]", 4218, "家", "exact", "")
    d.date("較[[民國113年底]]增加", "2024", "")
    d.metric("增加[[126家]]。", 126, "家", "exact", "")
    # P6 inbound and hotels
    d.date("日本旅客[[前10月]]為", Y, "")
    d.metric("前10月為[[118.6萬人次]]", "118.6e4", "人次", "exact", "")
    d.metric("年增[[12.4%]]，韓國", "12.4", "%", "exact", "")
    d.metric("韓國旅客[[87.3萬人次]]", "87.3e4", "人次", "exact", "")
    d.metric("年增[[18.2%]]；", "18.2", "%", "exact", "")
    d.city("；[[香港]]旅客約71萬")
    d.metric("旅客[[約71萬人次]]", "71e4", "人次", "approx", HK)
    d.org("。[[觀光署]]統計，9月")
    d.date("統計，[[9月]]觀光旅館", "2026-09", TP)
    d.metric("住用率為[[64.8%]]", "64.8", "%", "exact", TP)
    d.metric("房價新台幣[[4,862元]]", 4862, "元", "exact", TP,
             outer="新台幣")
    d.city("其中[[台北市]]觀光旅館")
    d.metric("最高，達[[76.2%]]", "76.2", "%", "exact", TP)
    d.org("。[[晶華國際酒店集團]]10月")
    d.date("酒店集團[[10月]]合併", "2026-10", "")
    d.metric("合併營收[[9.86億元]]", "9.86e8", "元", "exact", "")
    d.metric("年增[[7.4%]]；", "7.4", "%", "exact", "")
    d.org("；[[雲品國際]]營收")
    d.metric("營收亦年增[[5.8%]]", "5.8", "%", "exact", "")
    d.org("，[[國賓大飯店]]也表示")
    d.date("表示，[[年底]]婚宴", Y, "")
    # P7 domestic travel (花蓮縣 is a county: no CITY)
    d.org("。[[觀光署]]統計，今年前3季")
    d.date("統計，[[今年前3季]]國人", Y, "")
    d.metric("國內旅遊[[約1.32億旅次]]", "1.32e8", "旅次", "approx", "")
    d.metric("年減[[3.4%]]", "3.4", "%", "exact", "")
    d.date("仍較[[113年同期]]減少", "2024", "")
    d.metric("減少[[約一成]]", 10, "%", "approx", "")
    d.org("；[[高雄市政府觀光局]]則指出")
    d.date("指出，[[國慶]]連假期間市內", "2026-10-10", "")
    d.metric("遊客達[[168萬人次]]", "168e4", "人次", "exact", "")
    d.metric("年增[[11%]]。", 11, "%", "exact", "")
    d.org("。[[立法院交通委員會]]日前")
    d.org("審查[[觀光署]]預算")
    # P8 policy, central bank, DGBAS (no CITY)
    d.org("，[[觀光署]]116年度")
    d.date("觀光署[[116年度]]預算", "2027", "")
    d.metric("編列新台幣[[68.5億元]]", "68.5e8", "元", "exact", "",
             outer="新台幣")
    d.org("；[[交通部民用航空局]]（民航局）")
    d.org("航空局（[[民航局]]）")
    d.org("核准[[日本航空]]、")
    d.org("、[[大韓航空]]、")
    d.org("、[[越捷航空]]等外籍航空")
    d.metric("每週新增[[約120班次]]", 120, "班次", "approx", "")
    d.org("。[[中央銀行]]國際收支")
    d.date("顯示，[[第3季]]國人", "2026-Q3", "")
    d.metric("旅行支出達[[52.6億美元]]", "52.6e8", "美元", "exact", "")
    d.metric("年增[[8.9%]]，外籍", "8.9", "%", "exact", "")
    d.metric("收入則為[[23.4億美元]]", "23.4e8", "美元", "exact", "")
    d.org("。[[行政院主計總處]]也預估")
    d.date("預估，[[第4季]]民間", "2026-Q4", "")
    d.metric("將年增[[約7%]]", 7, "%", "approx", "")
    # P9 the travel fair and the outlook
    d.org("\n[[台灣觀光協會]]主辦")
    d.city("主辦的[[台北]]國際旅展")
    d.date("將於[[本周五]]（20日）", "2026-11-20", TP)
    d.date("本周五（[[20日]]）", "2026-11-20", TP)
    d.org("，[[易遊網]]、")
    d.org("、[[五福旅遊]]等業者")
    d.metric("可達[[32萬人次]]", "32e4", "人次", "exact", TP)
    d.metric("交易金額約新台幣[[15億元]]", "15e8", "元", "approx", TP,
             outer="約新台幣")
    d.org("。[[觀光署]]預估")
    d.date("預估，[[今年]]全年", Y, "")
    d.metric("可望[[突破1,800萬]]", "1800e4", "", "over", "")
    d.metric("來台旅客[[約820萬人次]]", "820e4", "人次", "approx", "")
    d.date("與[[2019年]]的", "2019", "")
    d.metric("2019年的[[1,186萬人次]]", "1186e4", "人次", "exact", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "高雄", "花蓮", "那霸", "福岡", "布拉格", "東京", "大阪",
                   "札幌", "首爾", "釜山", "曼谷", "峴港", "胡志明", "香港",
                   "澳門", "上海", "廈門", "舊金山", "洛杉磯", "溫哥華",
                   "雪梨", "南港", "北海道", "九州", "沖繩", "台灣", "全台",
                   "日本", "韓國", "泰國", "越南", "中國大陸", "東南亞",
                   "城市", "市內"],
        "excluded": [
            # countries, regions (北海道, 九州), a county, a district (南港展覽館, a hall)
            "[[日本]]仍是", "[[日本]]北海道", "日本[[北海道]]",
            "日圓走弱帶動[[日本]]團費", "\n來台市場方面，[[日本]]旅客",
            "[[泰國]]曼谷", "[[越南]]峴港", "赴[[中國大陸]]旅客",
            "[[東南亞]]城市", "，[[韓國]]旅客", "[[花蓮縣]]旅客",
            "在[[南港]]展覽館", "，[[全台]]旅行社", "、[[九州]]的",
        ],
        # 一連4天 (a duration)
        "numbers_excluded": ["[[一連4天]]"],
        # 第三航廈 (an ordinal), 一位難求 (an idiom)
        "cn_excluded": ["第[[三]]航廈", "[[一]]位難求"],
        # ITF (the fair's initials)
        "latin_excluded": ["（[[ITF]]）"],
        "words_excluded": {"年增": 19, "年減": 1, "單月": 2, "單日": 1,
                           "同期歷史": 1, "歷年同期": 1, "開航以來": 1,
                           "首度": 1, "每日": 1, "每週": 1, "冬季": 1,
                           "日前": 1, "尖峰時段": 1, "疫前": 1, "疫情前": 1,
                           "日圓": 1, "市內": 1, "城市": 1, "來台": 5, "明顯": 1, "赴日": 1, "全年": 1},
        # generic heads outside ORG rows: 國籍航空, 低成本航空, 外籍航空,
        # 旅行社 (家數), 業者, 主辦單位
        "orgwords_excluded": {"航空": 4, "旅行社": 1, "業者": 2,
                              "主辦單位": 1, "機場": 2, "協會": 0,
                              "局": 0, "飯店": 0, "酒店": 0},
        "orgstring_excluded": [],
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
