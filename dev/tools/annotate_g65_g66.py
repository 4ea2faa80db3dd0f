#!/usr/bin/env python3
"""Gold annotation for the held-out articles g65_spring_travel_rush and
g66_taiwan_chip_revenue (annotator E).

Adapted from heldout/tools/annotate_m.py (now dev/tools/annotate_g61_g62.py; itself adapted from annotate_x.py
through annotate_q.py, with its checks unchanged, annotate_p.py's bare
magnitude and annotate_r.py's `orgstring_excluded` list), with the Big5
handling of annotate_k.py (the same code) and annotate_n.py's check that a
traditional article holds no common simplified-only character.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded: g65 is simplified (mainland, 人民日报,
2026-02-26), stored as UTF-8 WITH a BOM, which is removed before offsets are
counted; g66 is traditional (Taiwan, 經濟日報, 2026-11-11), stored in Big5
(cp950).  g66's `text` is the traditional original; `normalized` (ORG/CITY)
and `unit` are simplified (OpenCC t2s; foreign cities by their mainland
standard name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_k/m/n, tools, corpus, gold) as precedents.  Decisions:
dev/NOTES_g65_g66.md.  Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings).  Changes from annotate_m.py: a Big5 article
(strict cp950 decode, byte round trip, plain big5 agrees, must not decode as
UTF-8), a UTF-8 article with BOM that must agree with Python's utf-8-sig
codec, no simplified-only character in the traditional article, a decimal
discount (8.5折 -> 85 %), and lunar dates in the text (正月初七, 腊月二十七)
checked against a table of the 2026 lunar calendar written below.  Re-run
(from anywhere):

    python3 dev/tools/annotate_g65_g66.py
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
    "g65_spring_travel_rush": ("utf-8", BOM8, False, "2026-02-26", "人民日报"),
    "g66_taiwan_chip_revenue": ("cp950", b"", True, "2026-11-11", "經濟日報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# The lunar dates and festivals the articles use (Chinese calendar of the
# Horse year: 正月初一 = 2026-02-17, and 腊月 of the Snake year has 29 days,
# so 除夕 = 腊月二十九 = 2026-02-16; 2025's 春节 was 2025-01-29, 2027's is
# 2027-02-06).  Each DATE row whose text holds one of these keys must carry
# its day.
LUNAR = {
    "正月初七": "2026-02-23", "正月初八": "2026-02-24",
    "腊月二十七": "2026-02-14", "元宵节": "2026-03-03", "除夕": "2026-02-16",
    "2025年春节": "2025-01-29", "去年春节": "2025-01-29",
    "明年農曆年": "2027-02-06",
}
LUNAR_FIRST = datetime.date(2026, 2, 17)           # 正月初一 (丙午年)

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g65 (2026; municipalities and prefecture-level cities; 新加坡 a city)
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "成都": "成都市", "长沙": "长沙市", "南昌": "南昌市", "三亚": "三亚市",
    "海口": "海口市", "哈尔滨": "哈尔滨市", "湛江": "湛江市",
    "重庆": "重庆市", "珠海": "珠海市", "新加坡": "新加坡", "昆明": "昆明市",
    # g66 (traditional spans; Taiwan cities with 市; 昆山 a county-level
    # city; foreign cities by their mainland standard name)
    "台北": "台北市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "新竹市": "新竹市", "桃園": "桃园市", "重慶": "重庆市", "昆山": "昆山市",
    "鳳凰城": "凤凰城", "熊本": "熊本", "德勒斯登": "德累斯顿",
    "休士頓": "休斯敦", "達拉斯": "达拉斯",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"德勒斯登": "德累斯顿", "休士頓": "休斯敦"}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台積電": "台积电", "輝達": "辉达", "NVIDIA": "NVIDIA", "蘋果": "苹果",
    "聯電": "联电", "世界先進": "世界先进", "力積電": "力积电",
    "日月光投控": "日月光投控", "京元電": "京元电", "力成": "力成",
    "聯發科": "联发科", "瑞昱": "瑞昱", "聯詠": "联咏", "鴻海": "鸿海",
    "廣達": "广达", "緯創": "纬创", "緯穎": "纬颖", "英業達": "英业达",
    "和碩": "和硕", "仁寶": "仁宝", "華碩": "华硕", "宏碁": "宏碁",
    "技嘉": "技嘉", "微星": "微星", "臺灣證券交易所": "台湾证券交易所",
    "證交所": "证交所", "櫃買中心": "柜买中心", "財政部": "财政部",
    "經濟部統計處": "经济部统计处", "摩根士丹利證券": "摩根士丹利证券",
    "凱基投顧": "凯基投顾", "元大投顧": "元大投顾", "TrendForce": "TrendForce",
    "工研院產科國際所": "工研院产科国际所",
}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def big5_ok(ch):
    try:
        ch.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc, bom, self.traditional, self.published, self.source = \
            DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            full = raw = fh.read()
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
        if enc == "cp950":      # Microsoft's Big5: plain Big5 agrees on
            outside = sorted({c for c in self.text if not big5_ok(c)})
            assert outside == ["碁"], (doc_id, outside)  # all but 碁 (宏碁),
            try:                # an ETEN extension (F9D6) that cp950 has
                raw.decode("big5")      # and Python's plain big5 lacks
                raise AssertionError(f"{doc_id}: decodes as plain big5")
            except UnicodeDecodeError:
                pass
            assert raw.replace("碁".encode("cp950"), "棋".encode(
                "big5")).decode("big5") == self.text.replace("碁", "棋")
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
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
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        for key, day in LUNAR.items():          # lunar days as tabulated
            if key in span:
                assert normalized == day, (ctx, normalized, day)
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
# g65 the 2026 Spring Festival travel rush at mid-point, simplified, UTF-8
# WITH BOM, 2026-02-26 (a Thursday, ISO week 2026-W09), 人民日报; dateline
# 本报北京2月25日电 (北京 a CITY, as 本报北京 in g63), the data run to
# 2月24日.  No 昨日/今日 (the dateline day is not the publication day).
# 春运 2026: 2月2日 to 3月13日 (40 days); 春节 2026-02-17, holiday
# 2月15日至23日 (9 days, 腊月二十八 to 正月初七); 除夕 02-16; 元宵节 03-03.
# ===========================================================================
@doc
def g65():
    d = Doc("g65_spring_travel_rush")
    one = datetime.timedelta(days=1)
    assert LUNAR["正月初七"] == str(LUNAR_FIRST + 6 * one)
    assert LUNAR["正月初八"] == str(LUNAR_FIRST + 7 * one)
    assert LUNAR["元宵节"] == str(LUNAR_FIRST + 14 * one)
    assert LUNAR["除夕"] == str(LUNAR_FIRST - one)          # 腊月二十九
    assert LUNAR["腊月二十七"] == str(LUNAR_FIRST - 3 * one)
    BJ, GZ, CS, NC, HK, SH, SY, ZH, SG, HRB = (
        "北京市", "广州市", "长沙市", "南昌市", "海口市", "上海市", "三亚市",
        "珠海市", "新加坡", "哈尔滨市")
    SF = "2026-02-17"                                   # 春节 2026
    # title (a heading line that opens with no city)
    d.metric("流动量[[超58亿人次]] 铁路", "58e8", "人次", "over", "")
    # lead: the dateline sentence names 北京
    d.city("本报[[北京]]2月25日电")
    d.date("本报北京[[2月25日]]电", "2026-02-25", BJ)
    d.date("）记者[[25日]]从", "2026-02-25", BJ)
    d.org("25日从[[交通运输部]]获悉")
    d.date("获悉，[[2026年]]春运", "2026", BJ)
    d.date("春运自[[2月2日]]启动", "2026-02-02", BJ)
    d.date("截至[[2月24日]]，全社会", "2026-02-24", BJ)
    d.metric("累计达[[58.62亿人次]]", "58.62e8", "人次", "exact", BJ)
    d.metric("日均[[2.55亿人次]]", "2.55e8", "人次", "exact", BJ)
    d.metric("同比增长[[6.8%]]。", "6.8", "%", "exact", BJ)
    d.metric("发送旅客[[3.16亿人次]]", "3.16e8", "人次", "exact", "")
    d.metric("民航运输旅客[[5836万人次]]，公路", "5836e4", "人次", "exact", "")
    d.metric("流动量[[54.67亿人次]]", "54.67e8", "人次", "exact", "")
    d.metric("客运量[[2105万人次]]", "2105e4", "人次", "exact", "")
    d.date("。[[今年]]春运为期", "2026", "")
    d.date("至[[3月13日]]结束", "2026-03-13", "")
    d.org("。[[交通运输部]]有关负责人")
    d.date("表示，[[春节]]假期延长后", SF, "")
    # railway (no CITY: cities only inside ORGs)
    d.org("铁路方面，[[中国国家铁路集团有限公司]]（")
    d.org("简称“[[国铁集团]]”）数据")
    d.metric("旅客列车[[1.28万列]]", "1.28e4", "列", "exact", "")
    d.date("，[[2月23日]]（正月初七）", "2026-02-23", "")
    d.date("2月23日（[[正月初七]]）", "2026-02-23", "")
    d.metric("发送旅客[[2083.5万人次]]", "2083.5e4", "人次", "exact", "")
    d.org("。[[国铁集团客运部]]负责人")
    d.date("介绍，[[今年]]春运铁路", "2026", "")
    d.metric("车票[[4.28亿张]]", "4.28e8", "张", "exact", "")
    d.metric("成功率达[[91.3%]]", "91.3", "%", "exact", "")
    d.metric("学生旅客[[超过620万人次]]", "620e4", "人次", "over", "")
    d.org("中，[[中国铁路广州局集团有限公司]]（")
    d.org("简称“[[广铁集团]]”）累计")
    d.metric("累计发送旅客[[4386万人次]]", "4386e4", "人次", "exact", "")
    d.org("；[[中国铁路上海局集团有限公司]]、")
    d.org("、[[中国铁路成都局集团有限公司]]分别")
    d.metric("发送旅客[[3952万人次]]和", "3952e4", "人次", "exact", "")
    d.metric("和[[2418万人次]]。", "2418e4", "人次", "exact", "")
    # cities
    d.city("从城市看，[[广州]]、深圳")
    d.city("广州、[[深圳]]、北京、上海")
    d.city("深圳、[[北京]]、上海、成都")
    d.city("北京、[[上海]]、成都等城市")
    d.city("上海、[[成都]]等城市")
    d.city("其中[[广州]]地区各车站")
    d.metric("累计发送旅客[[1062万人次]]", "1062e4", "人次", "exact", GZ)
    d.date("。[[2月24日]]（正月初八）起", "2026-02-24", CS)
    d.date("2月24日（[[正月初八]]）起", "2026-02-24", CS)
    d.city("起，[[长沙]]、南昌")
    d.city("长沙、[[南昌]]等方向")
    d.org("，[[广铁集团]]当日加开")
    d.date("广铁集团[[当日]]加开", "2026-02-24", NC)
    d.metric("旅客列车[[186列]]", 186, "列", "exact", NC)
    d.city("并在[[广州]]、深圳等地")
    d.city("并在广州、[[深圳]]等地")
    d.org("；[[广州地铁]]当日")
    d.date("广州地铁[[当日]]客运量", "2026-02-24", "")
    d.metric("回升至[[812万人次]]", "812e4", "人次", "exact", "")
    d.date("较[[除夕]]增长", "2026-02-16", "")
    d.metric("增长[[近3倍]]", 3, "倍", "approx", "")
    # civil aviation (no CITY before the airlines' destinations)
    d.org("民航方面，[[中国民用航空局]]（")
    d.org("简称“[[民航局]]”）统计")
    d.metric("保障航班[[39.6万架次]]", "39.6e4", "架次", "exact", "")
    d.metric("执行航班[[约1.72万班]]", "1.72e4", "班", "approx", "")
    d.metric("运输旅客[[5836万人次]]，同比", "5836e4", "人次", "exact", "")
    d.metric("同比增长[[7.2%]]", "7.2", "%", "exact", "")
    d.metric("客座率达[[85.6%]]", "85.6", "%", "exact", "")
    d.date("。[[春节]]假期（2月15日", SF, "")
    d.date("假期（[[2月15日]]至23日）", "2026-02-15", "")
    d.date("2月15日至[[23日]]）", "2026-02-23", "")
    d.metric("运输旅客[[突破263万人次]]", "263e4", "人次", "over", "")
    d.date("较[[去年同期]]增长21.4%", "2025", "")
    d.metric("增长[[21.4%]]", "21.4", "%", "exact", "")
    d.date("恢复至[[2019年同期]]的", "2019", "")
    d.metric("同期的[[112%]]", 112, "%", "exact", "")
    d.org("航司方面，[[中国国际航空股份有限公司]]（")
    d.org("简称“[[国航]]”）春运")
    d.metric("运输旅客[[1012万人次]]", "1012e4", "人次", "exact", "")
    d.org("，[[东航]]、南航")
    d.org("东航、[[南航]]分别")
    d.metric("运输旅客[[1096万人次]]、", "1096e4", "人次", "exact", "")
    d.metric("、[[1187万人次]]；", "1187e4", "人次", "exact", "")
    d.org("；[[海航]]、川航")
    d.org("海航、[[川航]]、春秋航空")
    d.org("、[[春秋航空]]、吉祥航空")
    d.org("、[[吉祥航空]]等航司")
    d.city("加密了至[[三亚]]、海口")
    d.city("至三亚、[[海口]]、哈尔滨")
    d.city("海口、[[哈尔滨]]等热门")
    # airports (ORGs with no CITY inside)
    d.org("机场方面，[[北京大兴国际机场]]、")
    d.org("、[[上海浦东国际机场]]、")
    d.org("、[[广州白云国际机场]]春运")
    d.metric("均[[超过400万人次]]", "400e4", "人次", "over", "")
    d.org("其中[[广州白云国际机场]]以")
    d.metric("以[[512.6万人次]]居首", "512.6e4", "人次", "exact", "")
    d.date("。[[春节]]假期后离岛", SF, HK)
    d.org("，[[三亚凤凰国际机场]]、")
    d.org("、[[海口美兰国际机场]]2月份")
    d.date("国际机场[[2月份]]以来", "2026-02", HK)
    d.metric("分别达[[9.8万人次]]和", "9.8e4", "人次", "exact", HK)
    d.metric("和[[8.6万人次]]，海口", "8.6e4", "人次", "exact", HK)
    d.city("，[[海口]]、三亚至北京")
    d.city("海口、[[三亚]]至北京")
    d.city("三亚至[[北京]]、上海等方向")
    d.city("至北京、[[上海]]等方向")
    d.metric("一度[[超过95%]]", 95, "%", "over", SH)
    d.org("。[[携程]]数据显示")
    d.date("显示，[[2月22日]]至24日", "2026-02-22", SY)
    d.date("2月22日至[[24日]]三亚", "2026-02-24", SY)
    d.city("24日[[三亚]]出港")
    d.date("较[[2月上旬]]上涨", "2026-02", SY)
    d.metric("上涨[[约35%]]", 35, "%", "approx", SY)
    d.metric("折扣[[约8.5折]]", 85, "%", "approx", SY)
    # road
    d.metric("累计流量[[13.2亿辆次]]", "13.2e8", "辆次", "exact", "")
    d.metric("占比[[约93%]]", 93, "%", "approx", "")
    d.date("。[[春节]]假期高速公路", SF, "")
    d.metric("日均流量[[6820万辆次]]", "6820e4", "辆次", "exact", "")
    d.date("较[[去年春节]]假期", "2025-01-29", "")
    d.metric("增长[[5.3%]]，2月23日", "5.3", "%", "exact", "")
    d.date("，[[2月23日]]单日流量", "2026-02-23", "")
    d.metric("流量达[[7460万辆次]]", "7460e4", "辆次", "exact", "")
    d.org("。[[高德]]地图数据")
    d.date("显示，[[2月14日]]（腊月二十七）", "2026-02-14", GZ)
    d.date("（[[腊月二十七]]）为", "2026-02-14", GZ)
    d.date("为[[春节]]前自驾", SF, GZ)
    d.city("，[[广州]]至湛江")
    d.city("广州至[[湛江]]、成都")
    d.city("、[[成都]]至重庆")
    d.city("成都至[[重庆]]等方向")
    d.org("；[[国家电网]]经营区域")
    d.date("服务区[[春节]]假期日均", SF, "")
    d.metric("充电量[[1350万千瓦时]]", "1350e4", "千瓦时", "exact", "")
    d.metric("增长[[约62%]]", 62, "%", "approx", "")
    d.org("。[[滴滴]]数据显示")
    d.date("显示，[[除夕]]当天", "2026-02-16", "")
    d.date("除夕[[当天]]跨城", "2026-02-16", "")
    d.metric("增长[[28%]]。", 28, "%", "exact", "")
    # border crossings
    d.org("，[[国家移民管理局]]数据")
    d.date("显示，[[春节]]假期全国边检", SF, "")
    d.metric("出入境人员[[约218万人次]]", "218e4", "人次", "approx", "")
    d.metric("增长[[14.7%]]；", "14.7", "%", "exact", "")
    d.city("；其中[[深圳]]、珠海口岸")
    d.city("深圳、[[珠海]]口岸")
    d.metric("分别达[[32.4万人次]]和", "32.4e4", "人次", "exact", ZH)
    d.metric("和[[16.2万人次]]，内地", "16.2e4", "人次", "exact", ZH)
    d.city("泰国、[[新加坡]]等地")
    d.date("较[[2025年春节]]增长", "2025-01-29", SG)
    d.metric("增长[[约两成]]。", 20, "%", "approx", SG)
    # expert, platforms
    d.org("\n[[北京交通大学综合交通研究院]]一位")
    d.date("分析，[[今年]]春运呈现", "2026", "")
    d.metric("比重[[超过八成]]", 80, "%", "over", "")
    d.org("。[[去哪儿]]数据显示")
    d.date("显示，[[春节]]假期国际机票", SF, "")
    d.metric("增长[[约四成]]；", 40, "%", "approx", "")
    d.org("；[[飞猪]]、同程旅行")
    d.org("飞猪、[[同程旅行]]数据")
    d.metric("分别增长[[33%]]和", 33, "%", "exact", HRB)
    d.metric("和[[29%]]，哈尔滨", 29, "%", "exact", HRB)
    d.city("，[[哈尔滨]]、三亚、昆明")
    d.city("哈尔滨、[[三亚]]、昆明")
    d.city("三亚、[[昆明]]位列")
    # outlook (no CITY)
    d.org("据[[综合运输春运工作专班]]研判")
    d.date("，[[元宵节]]（3月3日）", "2026-03-03", "")
    d.date("元宵节（[[3月3日]]）", "2026-03-03", "")
    d.date("预计[[3月1日]]至4日", "2026-03-01", "")
    d.date("3月1日至[[4日]]全社会", "2026-03-04", "")
    d.metric("日均将[[超过2.6亿人次]]", "2.6e8", "人次", "over", "")
    d.org("。[[国家发展改革委]]、")
    d.org("、[[公安部交通管理局]]、")
    d.org("、[[国家铁路局]]、")
    d.org("、[[中国气象局]]等部门")
    d.org("，[[中国气象局]]预计")
    d.date("预计[[3月上旬]]南方", "2026-03", "")
    d.org("。[[国铁集团]]表示")
    d.date("表示，[[本周]]起将", "2026-W09", "")
    d.metric("动车组列车[[120列以上]]", 120, "列", "over", "")
    d.org("；[[民航局]]要求")
    d.date("在[[元宵节]]前后保持", "2026-03-03", "")
    d.metric("航班量[[1.7万班以上]]", "1.7e4", "班", "over", "")
    audit = {
        "cities": ["北京", "上海", "广州", "深圳", "成都", "重庆", "长沙",
                   "南昌", "三亚", "海口", "哈尔滨", "湛江", "珠海",
                   "新加坡", "昆明", "日本", "泰国", "内地", "珠三角",
                   "长三角", "南方", "全国", "城市", "京沪", "京广"],
        "excluded": [
            # regions, countries, 内地, rail trunk lines named by
            # one-character abbreviations
            "前往[[珠三角]]、长三角", "珠三角、[[长三角]]的", "赴[[日本]]、泰国",
            "日本、[[泰国]]、新加坡", "，[[内地]]居民", "[[南方]]地区",
            "在[[京沪]]、京广", "京沪、[[京广]]等",
        ],
        # 铁路12306 (the railway's ticketing app, a name), 为期40天 (a
        # duration)
        "numbers_excluded": ["铁路[[12306]]", "为期[[40天]]"],
        # 过半 (vague), 一位 (indefinite), 一度 (once), 前三 (a rank)
        "cn_excluded": ["春运过[[半]]", "研究院[[一]]位", "客座率[[一]]度",
                        "目的地前[[三]]"],
        "latin_excluded": [],
        "words_excluded": {"日均": 11, "单日": 2, "每日": 1, "往年": 1,
                           "过年": 3, "明显": 1, "全国": 4, "城市": 2,
                           "高峰日": 1,
                           # 珠海口岸 holds 海口 across the CITY 珠海
                           "海口": 1},
        # generic: 航司, 各铁路局集团公司, 边检机关, 部门, 机场方面
        "orgwords_excluded": {"航司": 3, "铁路局": 1, "集团": 1,
                              "边检机关": 1, "部门": 1, "机场": 1},
    }
    return d, audit


# ===========================================================================
# g66 Taiwan chip and electronics makers' October revenue, traditional, Big5
# (cp950), 2026-11-11 (a Wednesday, ISO week 2026-W46), 經濟日報; byline
# 【記者…／台北報導】 (台北 a CITY).  A Taiwan text (新台幣, ROC years):
# 114年 = 2025, 115年 = 2026, 116年 = 2027.  The companies reported
# 昨（10）日 (the 10th, the monthly deadline); 昨日 = 2026-11-10; 今（11）日 =
# 2026-11-11; 上週 = 2026-W45; 感恩節 2026-11-26 (US, fourth Thursday of
# November); 聖誕 2026-12-25; 明年農曆年 2027-02-06.
# ===========================================================================
@doc
def g66():
    d = Doc("g66_taiwan_chip_revenue")
    thanks = datetime.date(2026, 11, 1)
    while thanks.weekday() != 3:
        thanks += datetime.timedelta(days=1)
    thanks += datetime.timedelta(days=21)           # fourth Thursday
    assert str(thanks) == "2026-11-26"
    TP, PHX, TC, SG, KH, HC, HOU, DAL, KS = (
        "台北市", "凤凰城", "台中市", "新加坡", "高雄市", "新竹市", "休斯敦",
        "达拉斯", "昆山市")
    OCT, Q4 = "2026-10", "2026-Q4"
    # title (not a heading: the comma of 3,862)
    d.org("[[台積電]]10月營收3,862億元")
    d.date("台積電[[10月]]營收3,862億元", OCT, "")
    d.metric("營收[[3,862億元]]創新高", "3862e8", "元", "exact", "")
    # lead: the byline sentence (to the first ；) names 台北
    d.city("／[[台北]]報導")
    d.org("龍頭[[台積電]]昨")
    d.date("台積電[[昨（10）日]]公布", "2026-11-10", TP)
    d.date("公布[[10月]]合併營收新台幣", OCT, TP)
    d.metric("新台幣[[3,862.4億元]]", "3862.4e8", "元", "exact", TP,
             outer="新台幣")
    d.metric("月增[[12.6%]]、年增31.8%", "12.6", "%", "exact", TP)
    d.metric("年增[[31.8%]]，創單月", "31.8", "%", "exact", TP)
    d.date("；[[115年前10月]]累計", "2026", "")
    d.metric("累計營收[[約3兆2,415億元]]", "32415e8", "元", "approx", "")
    d.metric("年增[[34.2%]]。", "34.2", "%", "exact", "")
    d.org("，[[輝達]]（NVIDIA）")
    d.org("輝達（[[NVIDIA]]）")
    d.org("加上[[蘋果]]新機備貨")
    d.date("延續，[[第4季]]營收有望", Q4, "")
    # TSMC guidance and fabs
    d.org("\n[[台積電]]日前")
    d.date("預估，[[第4季]]美元營收", Q4, "")
    d.metric("介於[[322億]]至334億美元", "322e8", "美元", "exact", "",
             shared="美元")
    d.metric("322億至[[334億美元]]", "334e8", "美元", "exact", "")
    d.metric("季增[[約10%]]", 10, "%", "approx", "")
    d.date("以[[10月]]營收換算", OCT, "")
    d.metric("季度目標[[約四成]]", 40, "%", "approx", "")
    d.org("。[[台積電]]將於")
    d.date("將於[[11月12日]]召開", "2026-11-12", "")
    d.date("關注其[[明年]]資本支出", "2027", "")
    d.metric("提高至[[600億美元]]", "600e8", "美元", "exact", "")
    d.city("亞利桑那州[[鳳凰城]]的")
    d.date("已於[[第3季]]量產", "2026-Q3", PHX)
    d.city("日本[[熊本]]第二廠")
    d.city("德國[[德勒斯登]]廠")
    d.city("在[[台中]]興建")
    d.date("預計[[2028年]]量產", "2028", TC)
    d.city("，[[台南]]廠區")
    # other foundries
    d.org("方面，[[聯電]]10月營收")
    d.date("聯電[[10月]]營收", OCT, "")
    d.metric("營收[[207.6億元]]", "207.6e8", "元", "exact", "")
    d.metric("年增[[6.4%]]，前10月", "6.4", "%", "exact", "")
    d.date("6.4%，[[前10月]]營收", "2026", "")
    d.metric("營收[[1,968.3億元]]", "1968.3e8", "元", "exact", "")
    d.org("；[[世界先進]]營收")
    d.metric("營收[[44.8億元]]", "44.8e8", "元", "exact", "")
    d.metric("年增[[9.7%]]；", "9.7", "%", "exact", "")
    d.org("；[[力積電]]營收")
    d.metric("營收[[42.1億元]]", "42.1e8", "元", "exact", "")
    d.org("。[[聯電]]表示")
    d.date("表示，[[第4季]]晶圓", Q4, SG)
    d.metric("季減[[2%]]至3%", 2, "%", "exact", SG)
    d.metric("2%至[[3%]]，產能", 3, "%", "exact", SG)
    d.metric("維持在[[7成左右]]", 70, "%", "approx", SG)
    d.city("，[[新加坡]]新廠")
    d.date("新廠[[明年第1季]]起", "2027-Q1", SG)
    # packaging and testing
    d.org("。[[日月光投控]]10月")
    d.date("日月光投控[[10月]]合併", OCT, "")
    d.metric("合併營收[[602.3億元]]", "602.3e8", "元", "exact", "")
    d.metric("年增[[15.1%]]", "15.1", "%", "exact", "")
    d.org("；[[京元電]]10月")
    d.date("京元電[[10月]]營收", OCT, "")
    d.metric("營收[[37.9億元]]", "37.9e8", "元", "exact", "")
    d.date("較[[去年同期]]成長", "2025-10", "")
    d.metric("成長[[21.6%]]", "21.6", "%", "exact", "")
    d.org("；[[力成]]營收")
    d.metric("營收[[68.2億元]]", "68.2e8", "元", "exact", "")
    d.org("。[[日月光投控]]表示")
    d.date("表示，[[今年]]先進封裝", "2026", KH)
    d.date("可望較[[去年]]增加", "2025", KH)
    d.metric("增加[[超過16億美元]]", "16e8", "美元", "over", KH)
    d.city("位於[[高雄]]楠梓")
    d.date("預計[[明年上半年]]完工", "2027", KH)
    d.metric("擴充[[約6成]]", 60, "%", "approx", KH)
    # chip designers
    d.org("方面，[[聯發科]]10月")
    d.date("聯發科[[10月]]營收", OCT, "")
    d.metric("營收[[562.7億元]]", "562.7e8", "元", "exact", "")
    d.metric("月增[[8.9%]]", "8.9", "%", "exact", "")
    d.metric("年增[[18.3%]]", "18.3", "%", "exact", "")
    d.org("；[[瑞昱]]營收")
    d.metric("營收[[102.4億元]]", "102.4e8", "元", "exact", "")
    d.metric("年減[[3.2%]]", "3.2", "%", "exact", "")
    d.org("；[[聯詠]]營收")
    d.metric("營收[[89.6億元]]", "89.6e8", "元", "exact", "")
    d.city("位於[[新竹市]]的")
    d.org("的[[聯發科]]表示")
    d.date("業務[[明年]]營收", "2027", HC)
    d.metric("可望[[突破10億美元]]", "10e8", "美元", "over", HC)
    d.org("；[[瑞昱]]則預期")
    d.date("預期，[[第4季]]受", Q4, "")
    d.metric("季減[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]。", 8, "%", "exact", "")
    # server and assembly makers
    d.org("。[[鴻海]]10月")
    d.date("鴻海[[10月]]營收", OCT, "")
    d.metric("營收[[8,215.6億元]]", "8215.6e8", "元", "exact", "")
    d.metric("年增[[22.7%]]", "22.7", "%", "exact", "")
    d.date("新高，[[前10月]]營收", "2026", "")
    d.metric("營收[[6兆9,862億元]]", "69862e8", "元", "exact", "")
    d.date("較[[114年同期]]成長", "2025", "")
    d.metric("成長[[18.4%]]；", "18.4", "%", "exact", "")
    d.org("；[[廣達]]營收")
    d.metric("營收[[1,892.3億元]]", "1892.3e8", "元", "exact", "")
    d.metric("年增[[41.5%]]", "41.5", "%", "exact", "")
    d.metric("占比[[逾7成]]", 70, "%", "over", "")
    d.org("；[[緯創]]營收")
    d.metric("營收[[1,506.8億元]]", "1506.8e8", "元", "exact", "")
    d.metric("年增[[58.9%]]", "58.9", "%", "exact", "")
    d.org("；[[緯穎]]10月")
    d.date("緯穎[[10月]]營收", OCT, "")
    d.metric("營收[[862.4億元]]", "862.4e8", "元", "exact", "")
    d.date("較[[上月]]減少", "2026-09", "")
    d.metric("減少[[6.7%]]", "6.7", "%", "exact", "")
    d.metric("年增[[1.2倍]]", "1.2", "倍", "exact", "")
    d.org("；[[英業達]]則為")
    d.metric("則為[[602.1億元]]", "602.1e8", "元", "exact", "")
    d.org("。[[鴻海]]訂")
    d.date("鴻海訂[[今（11）日]]召開", "2026-11-11", HOU)
    d.city("美國[[休士頓]]與")
    d.date("網路產品[[第4季]]營收", Q4, HOU)
    d.metric("季增[[逾1成]]", 10, "%", "over", HOU)
    d.org("；[[廣達]]在")
    d.city("廣達在[[桃園]]的")
    d.org("廠區與[[緯創]]美國")
    d.city("美國[[達拉斯]]新廠")
    d.date("在[[明年第2季]]擴大", "2027-Q2", DAL)
    # assemblers and PC brands
    d.org("\n[[和碩]]營收")
    d.metric("營收[[1,103.5億元]]", "1103.5e8", "元", "exact", "")
    d.org("受惠[[蘋果]]新機組裝")
    d.org("；[[仁寶]]營收")
    d.metric("營收[[918.7億元]]", "918.7e8", "元", "exact", "")
    d.metric("年減[[2.6%]]", "2.6", "%", "exact", "")
    d.org("方面，[[華碩]]營收")
    d.metric("營收[[512.3億元]]", "512.3e8", "元", "exact", "")
    d.org("，[[宏碁]]合併")
    d.metric("合併營收[[208.9億元]]", "208.9e8", "元", "exact", "")
    d.org("，[[技嘉]]營收")
    d.metric("營收[[326.7億元]]", "326.7e8", "元", "exact", "")
    d.metric("年增[[2.1倍]]", "2.1", "倍", "exact", "")
    d.org("。[[華碩]]表示")
    d.metric("季減[[約5%]]", 5, "%", "approx", TP)
    d.metric("提升至[[3成以上]]", 30, "%", "over", TP)
    d.date("在[[明年6月]]台北", "2027-06", TP)
    d.city("明年6月[[台北]]國際電腦展")
    d.city("代工廠在[[重慶]]、成都")
    d.city("重慶、[[成都]]及昆山")
    d.city("及[[昆山]]的產線")
    d.date("因應[[聖誕]]與明年", "2026-12-25", KS)
    d.date("與[[明年農曆年]]前", "2027-02-06", KS)
    # market (no CITY)
    d.org("據[[臺灣證券交易所]]（")
    d.org("（[[證交所]]）統計")
    d.date("截至[[昨日]]，上市", "2026-11-10", "")
    d.date("上市公司[[10月]]合併", OCT, "")
    d.metric("合計[[4兆3,286億元]]", "43286e8", "元", "exact", "")
    d.metric("年增[[19.8%]]", "19.8", "%", "exact", "")
    d.metric("占比達[[71.3%]]", "71.3", "%", "exact", "")
    d.org("；[[櫃買中心]]統計")
    d.metric("合計[[3,826億元]]", "3826e8", "元", "exact", "")
    d.metric("年增[[14.5%]]。", "14.5", "%", "exact", "")
    d.org("在[[台積電]]領漲")
    d.date("加權指數[[昨日]]收在", "2026-11-10", "")
    d.metric("收在[[28,416點]]", 28416, "点", "exact", "")
    d.metric("上漲[[312點]]", 312, "点", "exact", "")
    d.metric("新台幣[[6,125億元]]", "6125e8", "元", "exact", "",
             outer="新台幣")
    d.metric("賣超[[86.3億元]]", "86.3e8", "元", "exact", "")
    d.date("，[[上週]]累計", "2026-W45", "")
    d.metric("賣超[[逾300億元]]", "300e8", "元", "over", "")
    # exports, analysts (no CITY)
    d.org("\n[[財政部]]9日")
    d.date("財政部[[9日]]公布", "2026-11-09", "")
    d.date("公布，[[10月]]出口值", OCT, "")
    d.metric("出口值達[[586.3億美元]]", "586.3e8", "美元", "exact", "")
    d.org("；[[經濟部統計處]]預估")
    d.date("預估，[[10月]]外銷", OCT, "")
    d.metric("介於[[620億]]至640億美元", "620e8", "美元", "exact", "",
             shared="美元")
    d.metric("620億至[[640億美元]]", "640e8", "美元", "exact", "")
    d.org("。[[摩根士丹利證券]]最新")
    d.date("延伸至[[2027年]]", "2027", "")
    d.org("將[[台積電]]今年")
    d.date("台積電[[今年]]美元", "2026", "")
    d.metric("上修至[[36%]]", 36, "%", "exact", "")
    d.org("。[[凱基投顧]]、")
    d.org("、[[元大投顧]]也認為")
    d.date("價格自[[上月]]以來", "2026-10", "")
    d.org("研調機構[[TrendForce]]預估")
    d.date("預估，[[明年]]全球", "2027", "")
    d.metric("年增[[約17%]]", 17, "%", "approx", "")
    d.org("，[[台積電]]市占率")
    d.metric("有望[[突破7成]]", 70, "%", "over", "")
    # outlook (no CITY; 台灣 no city)
    d.date("受惠於[[感恩節]]與", str(thanks), "")
    d.date("與[[聖誕節]]拉貨", "2026-12-25", "")
    d.date("權值股[[本月]]營收", "2026-11", "")
    d.metric("維持年增[[2成以上]]", 20, "%", "over", "")
    d.org("；[[工研院產科國際所]]則")
    d.date("預估，[[115年]]台灣", "2026", "")
    d.metric("產值將達[[6兆8,460億元]]", "68460e8", "元", "exact", "")
    d.date("，[[116年]]可望", "2027", "")
    d.metric("再成長[[15%]]。", 15, "%", "exact", "")
    audit = {
        "cities": ["台北", "臺北", "台中", "臺中", "台南", "臺南", "高雄",
                   "新竹", "桃園", "基隆", "嘉義", "鳳凰城", "熊本",
                   "德勒斯登", "新加坡", "休士頓", "達拉斯", "重慶",
                   "成都", "昆山", "美國", "日本", "德國", "墨西哥",
                   "台灣", "臺灣", "亞利桑那", "楠梓", "全球", "國際"],
        "excluded": [
            # countries, a US state, a district, Taiwan
            "位於[[美國]]亞利桑那州", "美國[[亞利桑那州]]鳳凰城",
            "，[[日本]]熊本", "、[[德國]]德勒斯登", "高雄[[楠梓]]",
            "位於[[美國]]休士頓", "與[[墨西哥]]的", "緯創[[美國]]達拉斯",
            "留意[[美國]]關稅", "115年[[台灣]]半導體",
        ],
        # 連續3個月, 連續12個月 (durations)
        "numbers_excluded": ["連續[[3個月]]走高", "連續[[12個月]]正成長"],
        # 新一代 (x2), 第二座, 第二廠 (ordinals), 半導體
        "cn_excluded": ["NVIDIA）新[[一]]代", "興建的新[[一]]代",
                        "的第[[二]]座", "熊本第[[二]]廠", "台灣[[半]]導體"],
        # CoWoS (a packaging technology)
        "latin_excluded": ["[[CoWoS]]類"],
        "words_excluded": {"AI": 7, "PC": 5, "IC": 2, "ASIC": 1,
                           "年增": 16, "月增": 2, "年減": 2,
                           "月減": 1,      # 較上月減少: across the DATE 上月
                           "季增": 2, "季減": 3, "單月": 1, "日前": 1,
                           "歷年同月": 1, "歷年同期": 1, "旺季": 1,
                           "全球": 1, "國際": 1, "季度": 1},
        # generic: 法人 (x2), 外資, 上市公司, 上櫃公司, 研調機構, 組裝廠,
        # 品牌廠, 代工廠 (x2), 權值股; 公司指出 (a back-reference)
        "orgwords_excluded": {"法人": 2, "外資": 1, "上市公司": 1,
                              "上櫃公司": 1, "機構": 1, "公司": 4,
                              "代工廠": 2, "品牌廠": 1, "組裝廠": 1},
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
    m = re.fullmatch(r"(\d(?:\.\d)?)折", span)     # 9折 -> 90 %, 8.5折
    if m:                                           # -> 85 % (GUIDELINES:
        return Decimal(m.group(1)) * 10, q, "%"     # below 10, times 10)
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
