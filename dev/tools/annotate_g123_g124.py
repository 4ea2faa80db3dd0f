#!/usr/bin/env python3
"""Gold annotation for the held-out articles g123_home_appliance_trade_in
and g124_macao_property_market (annotator VC).

Adapted from the precedent set's tools/annotate_wc.py (now dev/tools/annotate_g117_g118.py; copied and the data
changed; it keeps the checks of annotate_wc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, relative words resolved from the reference date (上周/本周 with a
weekday resolved to the day, 上月 as a baseline after 较/較/比), the
bare-day month rule, the same-day words, the bracketed-day check, the
约占 check, the UTF-8 BOM checks and the hand-declared organizations of
each article), with annotate_wb.py's Big5-HKSCS checks (the declared
characters outside plain Big5 are the only ones; Big5 and cp950 fail) and
its check that 去年同期 is the last DATE of its sentence a year earlier.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g123 is simplified (mainland, 21世纪经济报道, 2026-11-21), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.
  GB18030, GBK, Big5, cp950 and Big5-HKSCS fail on the bytes; OpenCC t2s
  leaves the article unchanged.
- g124 is traditional (Macao, 澳門日報, 2026-11-20), stored as Big5-HKSCS
  (Python codec 'big5hkscs') without a BOM: 氹 (氹仔), 着 (隨着) and 綫
  (氹仔綫, 橫琴綫), as Macao papers write them, are outside plain Big5 and
  outside cp950, so big5 and cp950 fail and only big5hkscs reads the file
  as written (GB18030 reads gibberish; GBK, GB2312 and UTF-8 fail).  `text`
  is the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; mainland cities by their official name with 市,
  澳門 -> 澳门, 香港, 新加坡).  Neither article is a Taiwan text (no Taiwan
  marker, no 2-3 digit year).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho22/precedent: README, NOTES_wa/wb/wc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g123_g124.md.  Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_wc.py: a Big5-HKSCS article instead of a plain Big5
one (annotate_wb.py's checks); 去年同期 checked against the last DATE of its
sentence (annotate_wb.py); 本月初 (a start of the month) and the shopping
festival 双11 with and without 今年; a bare magnitude with a marker after
it (千萬元以上) or before it (超千亿元).  Re-run (from anywhere):

    python3 dev/tools/annotate_g123_g124.py
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
    "g123_home_appliance_trade_in": ("utf-8", BOM8, False, "2026-11-21",
                                     "21世纪经济报道"),
    "g124_macao_property_market": ("big5hkscs", b"", True, "2026-11-20",
                                   "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g123_home_appliance_trade_in": [],
               "g124_macao_property_market": []}
# characters of the Big5-HKSCS article that plain Big5 lacks (all three are
# outside cp950 too)
OUTSIDE_BIG5 = {"g124_macao_property_market": ["氹", "着", "綫"]}
# Taiwan articles (bare 2-3 digit years are ROC years): none here
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈艺术动绩项间预树桥赛议"
                   "钱码户终费宝丰储汇转账诈骗执粤横签构层邻学优稳")
# Holidays the articles name, by their exact span (2026-2027): 国庆
# 2026-10-01; 双11 and 今年双11 Singles' Day 2026-11-11; 元旦 2027-01-01
# and 春节 / 明年農曆新年 2027 = 正月初一 = 2027-02-06 (the coming ones);
# 聖誕 2026-12-25.
HOLIDAY = {
    "国庆": "2026-10-01", "双11": "2026-11-11", "今年双11": "2026-11-11",
    "元旦": "2027-01-01", "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "十一", "618")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g123 (2026: municipalities and prefecture-level cities, with 市)
    "广州": "广州市", "深圳": "深圳市", "佛山": "佛山市", "珠海": "珠海市",
    "青岛": "青岛市", "上海": "上海市", "北京": "北京市", "南京": "南京市",
    "苏州": "苏州市", "无锡": "无锡市", "杭州": "杭州市", "宁波": "宁波市",
    "温州": "温州市", "成都": "成都市", "绵阳": "绵阳市", "重庆": "重庆市",
    "武汉": "武汉市", "西安": "西安市", "合肥": "合肥市",
    # g124 (traditional spans; 澳門 and 香港 by their common names, 新加坡
    # a foreign city, mainland cities with 市; 深圳, 上海, 杭州, 北京 are
    # written alike in both scripts)
    "澳門": "澳门", "香港": "香港", "新加坡": "新加坡", "中山": "中山市",
    "江門": "江门市", "廣州": "广州市",
}
# cities normalized without 市: Hong Kong and Macao (SPEC) and the foreign
# city 新加坡; every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "財政局": "财政局", "統計暨普查局": "统计暨普查局", "中原地產": "中原地产",
    "利嘉閣地產": "利嘉阁地产", "美聯物業": "美联物业",
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "特區政府": "特区政府", "澳門銀行公會": "澳门银行公会",
    "中國銀行澳門分行": "中国银行澳门分行", "中銀澳門": "中银澳门",
    "大西洋銀行": "大西洋银行", "大豐銀行": "大丰银行",
    "澳門商業銀行": "澳门商业银行", "澳門國際銀行": "澳门国际银行",
    "工銀澳門": "工银澳门", "華僑永亨銀行": "华侨永亨银行",
    "新鴻基地產": "新鸿基地产", "信德集團": "信德集团",
    "澳門地產業總商會": "澳门地产业总商会",
    "澳門地產聯合商會": "澳门地产联合商会",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "合作區執委會": "合作区执委会",
    "中山市住房和城鄉建設局": "中山市住房和城乡建设局",
    "經濟財政司": "经济财政司", "立法會": "立法会", "房屋局": "房屋局",
    "土地工務局": "土地工务局", "香港差餉物業估價署": "香港差饷物业估价署",
    "珠海市住房和城鄉建設局": "珠海市住房和城乡建设局",
    "澳門科技大學": "澳门科技大学", "美國聯儲局": "美国联储局",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
}
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}
def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


def cn_int(s):
    """1-99 in Chinese numerals (十五, 三十, 四十二) for 百分之N."""
    m = re.fullmatch(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)", s)
    assert m and s, s
    if m.group(2):
        tens = CN_DAY[m.group(1)] if m.group(1) else 1
        return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)
    assert not m.group(3), s
    return CN_DAY[m.group(1)]


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def decodes(raw, enc):
    try:
        raw.decode(enc)
        return True
    except UnicodeDecodeError:
        return False


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
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 127 for c in self.text)    # legacy codec
            for other in ("gb18030", "gbk", "big5", "cp950",    # fails or
                          "big5hkscs"):             # reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
                assert not decodes(full, other) or full.decode(other) != \
                    self.text, (doc_id, other)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5: the declared
            outside = sorted({c for c in self.text   # HKSCS characters are
                              if not enc_ok(c, "big5")})  # the only ones
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare an HKSCS character"
            for other in ("big5", "cp950"):         # so Big5 and Taiwan's
                assert not all(enc_ok(c, other)     # cp950 cannot read it
                               for c in outside), (doc_id, other)
                assert not decodes(raw, other), (doc_id, other)
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
            # GB18030 decodes the bytes, but to other characters
            assert not decodes(raw, "gb18030") or \
                raw.decode("gb18030") != self.text, doc_id
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # each declared character is really written (隨着, 氹仔, 氹仔綫)
            for c in OUTSIDE_BIG5[doc_id]:
                assert c in self.text, (doc_id, c)
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Macao text writes no
            for w in TAIWAN_MARKERS:                # Taiwan marker
                assert w not in self.text, (doc_id, w)
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        if any(w in span for w in HOLIDAY_WORDS):   # holidays as tabulated
            assert HOLIDAY[span] == normalized, (ctx, normalized)
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
            assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
            assert 40 <= int(m.group(1)) <= 199, ctx       # GUIDELINES
        m = re.search("([〇零一二三四五六七八九]{4})年", span)
        if m:                                   # a year in Chinese numerals
            y = "".join(CN_YEAR_DIGIT[c] for c in m.group(1))
            assert normalized[:4] == y, (ctx, normalized)
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
# g123 the home-appliance trade-in subsidies in November 2026: 商务部's
# national totals for January-October and October, 财政部's special bonds,
# 广东 (深圳, 广州, a consumer in 广州, 美的 in 佛山), 格力 in 珠海, 青岛
# (海尔智家, 海信, 海信家电), the subsidy rates, 上海 and 北京, 江苏 (苏宁易购
# in 南京, 苏州, 无锡; 五星电器, 国美), 浙江 (杭州, 宁波, 温州; 老板电器, 方太),
# the platforms (京东家电, 京东, 天猫, 拼多多, 抖音), the central and western
# cities (成都, 绵阳 with 四川长虹, 重庆, 武汉, 西安, 合肥; 中国银联, 支付宝,
# 微信支付), national data (国家统计局, 国家税务总局, 奥维云网, 中国家用电器协会)
# and the outlook.  Simplified, UTF-8 WITH BOM, 2026-11-21 (a Saturday, ISO
# week 2026-W47), 21世纪经济报道; the byline line 21世纪经济报道记者 林思远 广州报道.
# 商务部 published 昨日（11月20日）; 上周 is 2026-W46; 上月 is 2026-10
# (较上月 after 10月 is 2026-09); 本月初 2026-11; 国庆 2026-10-01; 双11
# 2026-11-11; 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g123():
    d = Doc("g123_home_appliance_trade_in")
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    (GZ, SZ, FS, ZH, QD, SH, BJ, NJ, WX, HZ, WZ, CD, MY, XA, HF) = (
        "广州市", "深圳市", "佛山市", "珠海市", "青岛市", "上海市", "北京市",
        "南京市", "无锡市", "杭州市", "温州市", "成都市", "绵阳市", "西安市",
        "合肥市")
    # title (a heading that opens with 家电: no city section, no CITY)
    d.date("多地[[前10个月]]带动", Y, "")
    d.metric("带动销售[[超千亿元]]\n", "1000e8", "元", "over", "")
    # byline line (a heading that opens with an ORG: no section)
    d.org("\n\n[[21世纪经济报道]]记者")
    d.city("林思远 [[广州]]报道")
    # P1 商务部's national totals, 财政部's funds (no CITY)
    d.date("\n\n[[今年]]的家电", Y, "")
    d.org("。[[商务部]]昨日（")
    d.date("商务部[[昨日]]（", "2026-11-20", "")
    d.date("昨日（[[11月20日]]）", "2026-11-20", "")
    d.date("显示，[[今年1月]]至10月，全国", "2026-01", "")
    d.date("今年1月至[[10月]]，全国", OCT, "")
    d.metric("全国[[约6100万名]]消费者", "6100e4", "名", "approx", "")
    d.metric("购买[[12类]]家电", 12, "类", "exact", "")
    d.metric("家电产品[[约1.36亿台]]", "1.36e8", "台", "approx", "")
    d.metric("销售额[[约5820亿元]]", "5820e8", "元", "approx", "")
    d.metric("同比增长[[8.7%]]；", "8.7", "%", "exact", "")
    d.date("其中[[10月]]单月", OCT, "")
    d.metric("销售额[[约710亿元]]", "710e8", "元", "approx", "")
    d.date("较[[上月]]增长16.4%", SEP, "")
    d.metric("较上月增长[[16.4%]]", "16.4", "%", "exact", "")
    d.date("，[[国庆]]假期", "2026-10-01", "")
    d.date("和“[[双11]]”预售", "2026-11-11", "")
    d.org("。[[财政部]]此前")
    d.date("表示，[[今年]]中央财政", Y, "")
    d.metric("国债资金[[2500亿元]]", "2500e8", "元", "exact", "")
    d.date("已于[[10月下旬]]全部", OCT, "")
    # P2 广东 (深圳, 广州, a consumer of 广州, 美的 in 佛山)
    d.org("。[[广东省商务厅]]数据显示")
    d.date("显示，[[今年前三季度]]全省", Y, SZ)
    d.metric("以旧换新补贴[[约86亿元]]", "86e8", "元", "approx", SZ)
    d.metric("带动销售[[约620亿元]]，惠及", "620e8", "元", "approx", SZ)
    d.metric("消费者[[超过1100万人次]]", "1100e4", "人次", "over", SZ)
    d.city("其中[[深圳]]、广州两市")
    d.city("深圳、[[广州]]两市")
    d.metric("全省[[近一半]]。", 50, "%", "approx", GZ)
    d.city("。[[广州]]市民陈女士")
    d.date("她[[本月初]]以旧换新", NOV, GZ)
    d.metric("标价[[5999元]]", 5999, "元", "exact", GZ)
    d.metric("实付[[不到4800元]]", 4800, "元", "under", GZ)
    d.city("“家电之都”[[佛山]]")
    d.org("佛山，[[美的集团]]（")
    d.org("以下简称“[[美的]]”）发布")
    d.date("发布的[[三季度]]报告显示", "2026-Q3", FS)
    d.date("显示，[[前三季度]]公司营业", Y, FS)
    d.metric("营业总收入[[约3650亿元]]", "3650e8", "元", "approx", FS)
    d.metric("同比增长[[10.2%]]", "10.2", "%", "exact", FS)
    d.metric("业务收入增长[[约9%]]。", 9, "%", "approx", FS)
    d.metric("占比已[[超过八成]]", 80, "%", "over", "")
    d.date("，[[10月]]以来顺德", OCT, "")
    d.metric("排产同比增加[[约15%]]。", 15, "%", "approx", "")
    # P3 格力 in 珠海; 青岛 (海尔智家, 海信, 海信家电)
    d.org("\n\n[[格力电器]]同样受益")
    d.city("总部位于[[珠海]]的空调")
    d.date("表示，[[今年]]以来参与", Y, ZH)
    d.org("的[[格力]]门店")
    d.metric("门店[[超过3万家]]", "3e4", "家", "over", ZH)
    d.date("，[[10月]]空调内销", OCT, ZH)
    d.metric("出货量同比增长[[约12%]]", 12, "%", "approx", ZH)
    d.org("，[[青岛市商务局]]上周")
    d.date("青岛市商务局[[上周]]披露", "2026-W46", QD)
    d.date("披露，[[1月]]至10月青岛", "2026-01", QD)
    d.date("1月至[[10月]]青岛", OCT, QD)
    d.city("至10月[[青岛]]发放")
    d.metric("家电补贴[[约21.5亿元]]", "21.5e8", "元", "approx", QD)
    d.org("，[[海尔智家]]、海信等")
    d.org("海尔智家、[[海信]]等本地")
    d.metric("销售占比[[近四成]]", 40, "%", "approx", QD)
    d.org("。[[海尔智家]]最新财报")
    d.date("公司[[前三季度]]归母", Y, "")
    d.metric("归母净利润[[约172亿元]]", "172e8", "元", "approx", "")
    d.metric("同比增长[[11.6%]]；", "11.6", "%", "exact", "")
    d.org("；[[海信家电]]前三季度")
    d.date("海信家电[[前三季度]]营业", Y, "")
    d.metric("营业收入[[约760亿元]]", "760e8", "元", "approx", "")
    d.metric("同比增长[[6.3%]]。", "6.3", "%", "exact", "")
    # P4 the subsidy rates; 上海 and 北京
    d.metric("售价的[[20%]]、", 20, "%", "exact", "")
    d.metric("售价的[[15%]]给予", 15, "%", "exact", "")
    d.metric("每件最高[[2000元]]", 2000, "元", "exact", "")
    d.org("。[[上海市商务委员会]]（")
    d.org("以下简称“[[上海市商务委]]”）数据")
    d.date("截至[[10月底]]，上海今年", OCT, SH)
    d.city("10月底，[[上海]]今年")
    d.date("上海[[今年]]累计", Y, SH)
    d.metric("核销家电补贴[[约38亿元]]", "38e8", "元", "approx", SH)
    d.metric("带动销售[[约260亿元]]；", "260e8", "元", "approx", SH)
    d.org("；[[北京市商务局]]则表示")
    d.city("表示，[[北京]]自9月起")
    d.date("北京自[[9月]]起", SEP, BJ)
    d.metric("补贴券[[约420万张]]", "420e4", "张", "approx", BJ)
    d.org("。[[上海市商务委]]提醒")
    d.date("预计在[[12月中旬]]前", "2026-12", "")
    # P5 江苏 (苏宁易购 in 南京, 苏州, 无锡; 五星电器, 国美) and 浙江
    d.city("总部位于[[南京]]的苏宁易购")
    d.org("南京的[[苏宁易购]]表示")
    d.date("表示，“[[双11]]”期间", "2026-11-11", NJ)
    d.metric("订单同比增长[[约35%]]", 35, "%", "approx", NJ)
    d.city("，[[南京]]、苏州、无锡三地")
    d.city("南京、[[苏州]]、无锡三地")
    d.city("苏州、[[无锡]]三地")
    d.metric("回收量[[超过18万台]]", "18e4", "台", "over", WX)
    d.org("。[[五星电器]]、国美等")
    d.org("五星电器、[[国美]]等连锁")
    d.org("。[[浙江省商务厅]]数据显示")
    d.date("截至[[10月底]]，浙江", OCT, HZ)
    d.metric("家电补贴[[约52亿元]]", "52e8", "元", "approx", HZ)
    d.date("规模与[[去年同期]]基本", "2025-10", HZ)
    d.city("持平，[[杭州]]、宁波")
    d.city("杭州、[[宁波]]、温州")
    d.city("宁波、[[温州]]三市")
    d.metric("合计占比[[超过六成]]", 60, "%", "over", WZ)
    d.org("；[[老板电器]]、方太")
    d.org("老板电器、[[方太]]等厨电")
    d.metric("销量增长[[超过两成]]。", 20, "%", "over", "")
    # P6 the platforms (no CITY)
    d.org("。[[京东家电]]相关负责人")
    d.date("介绍，[[10月14日]]至11月11日", "2026-10-14", "")
    d.date("至[[11月11日]]，京东平台", "2026-11-11", "")
    d.org("，[[京东]]平台以旧换新")
    d.metric("成交额同比增长[[约41%]]", 41, "%", "approx", "")
    d.metric("分别增长[[58%]]、46%", 58, "%", "exact", "")
    d.metric("58%、[[46%]]和39%", 46, "%", "exact", "")
    d.metric("46%和[[39%]]。", 39, "%", "exact", "")
    d.org("。[[天猫]]数据显示")
    d.date("显示，[[今年双11]]期间", "2026-11-11", "")
    d.org("期间，[[美的]]、海尔")
    d.org("美的、[[海尔]]、格力")
    d.org("海尔、[[格力]]、小米等品牌")
    d.org("格力、[[小米]]等品牌")
    d.metric("均[[突破10亿元]]", "10e8", "元", "over", "")
    d.org("；[[拼多多]]和抖音")
    d.org("拼多多和[[抖音]]则把")
    d.org("市场，[[拼多多]]“百亿补贴”")
    d.metric("订单占比[[约57%]]。", 57, "%", "approx", "")
    # P7 central and western cities; the payment institutions
    d.org("。[[四川省商务厅]]数据显示")
    d.date("显示，[[1月]]至10月成都", "2026-01", CD)
    d.date("1月至[[10月]]成都", OCT, CD)
    d.city("至10月[[成都]]家电")
    d.metric("同比增长[[约19%]]，四川长虹", 19, "%", "approx", CD)
    d.org("，[[四川长虹]]所在的")
    d.city("所在的[[绵阳]]增长")
    d.metric("绵阳增长[[约23%]]", 23, "%", "approx", MY)
    d.city("；[[重庆]]、武汉")
    d.city("重庆、[[武汉]]、西安")
    d.city("武汉、[[西安]]等城市")
    d.metric("增幅均[[超过15%]]", 15, "%", "over", XA)
    d.org("。[[安徽省商务厅]]则表示")
    d.city("表示，[[合肥]]自今年8月起")
    d.date("合肥自[[今年8月]]起", "2026-08", HF)
    d.date("截至[[11月15日]]已带动", "2026-11-15", HF)
    d.metric("带动消费[[约46亿元]]", "46e8", "元", "approx", HF)
    d.org("联合[[中国银联]]、支付宝")
    d.org("中国银联、[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]等机构")
    d.metric("缩短至[[3天]]。", 3, "天", "exact", "")
    # P8 national data (no CITY)
    d.org("，[[国家统计局]]近日公布")
    d.date("公布，[[10月]]全国社会", OCT, "")
    d.metric("零售总额同比增长[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("零售额增长[[9.4%]]", "9.4", "%", "exact", "")
    d.date("增速较[[9月]]加快", SEP, "")
    d.metric("加快[[2.6个百分点]]", "2.6", "百分点", "exact", "")
    d.org("。[[国家税务总局]]增值税")
    d.date("显示，[[今年前10个月]]家用电器", Y, "")
    d.metric("销售收入同比增长[[11.2%]]", "11.2", "%", "exact", "")
    d.org("。[[奥维云网]]（AVC）")
    d.org("奥维云网（[[AVC]]）监测")
    d.date("显示，[[10月]]空调、冰箱", OCT, "")
    d.metric("分别增长[[27%]]、18%", 27, "%", "exact", "")
    d.metric("27%、[[18%]]和14%", 18, "%", "exact", "")
    d.metric("18%和[[14%]]，彩电", 14, "%", "exact", "")
    d.metric("同比下降[[约4.5%]]", "4.5", "%", "approx", "")
    d.org("。[[中国家用电器协会]]认为")
    d.date("认为，[[去年]]政策", LY, "")
    d.date("使[[今年四季度]]增速", "2026-Q4", "")
    # P9 outlook (no CITY)
    d.date("展望[[明年]]，商务部", NY, "")
    d.org("明年，[[商务部]]有关")
    d.org("会同[[国家发展改革委]]、财政部")
    d.org("国家发展改革委、[[财政部]]抓紧")
    d.date("研究[[2027年]]消费品", NY, "")
    d.date("做好[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]等消费", "2027-02-06", "")
    d.org("。[[TCL]]、小米等企业")
    d.org("TCL、[[小米]]等企业")
    d.date("为[[明年一季度]]备货", "2027-Q1", "")
    audit = {
        "orgs": ["21世纪经济报道", "商务部", "财政部", "广东省商务厅",
                 "美的集团", "美的", "格力电器", "格力", "青岛市商务局",
                 "海尔智家", "海信", "海信家电", "上海市商务委员会",
                 "上海市商务委", "北京市商务局", "苏宁易购", "五星电器", "国美",
                 "浙江省商务厅", "老板电器", "方太", "京东家电", "京东", "天猫",
                 "海尔", "小米", "拼多多", "抖音", "四川省商务厅", "四川长虹",
                 "安徽省商务厅", "中国银联", "支付宝", "微信支付", "国家统计局",
                 "国家税务总局", "奥维云网", "AVC", "中国家用电器协会",
                 "国家发展改革委", "TCL"],
        "cities": ["广州", "深圳", "佛山", "珠海", "青岛", "上海", "北京",
                   "南京", "苏州", "无锡", "杭州", "宁波", "温州", "成都",
                   "绵阳", "重庆", "武汉", "西安", "合肥", "顺德", "广东",
                   "山东", "江苏", "浙江", "四川", "安徽", "城市", "中国"],
        "excluded": [
            # provinces outside ORGs; 顺德 (a district of 佛山); 城市 (x4,
            # the word)
            "，[[广东]]的补贴", "在[[山东]]，", "在[[江苏]]，", "，[[浙江]]累计",
            "以来[[顺德]]工厂", "中西部[[城市]]增速", "西安等[[城市]]增幅",
            "部分[[城市]]的补贴", "以下[[城市]]的订单",
        ],
        "numbers_excluded": [],
        # 一台 (an indefinite article), 一级/二级 (x5, energy-label tiers),
        # 两市, 三地, 三市 (collective labels for the lists just given), 百亿
        # (拼多多's channel name: a bare magnitude without a marker), 三线 (a
        # tier label), 一键 (a service's name), 一定 (a word)
        "cn_excluded": ["购入[[一]]台", "购入一台[[一]]级", "订单中[[一]]级",
                        "按照[[一]]级", "、[[二]]级能效", "，[[一]]级能效空调",
                        "广州[[两]]市", "无锡[[三]]地", "温州[[三]]市",
                        "“[[百]]亿补贴”", "来自[[三]]线", "“[[一]]键领补”",
                        "面临[[一]]定"],
        "latin_excluded": [],
        # time words that are no DATE: 单月 (outside 10月), 日前, 近日, 此前,
        # 目前, 旺季 (消费旺季), 以来 (x2 outside 今年 and 10月), 期间 (x2
        # outside 双11 and 今年双11), 假期 (outside 国庆), 同期 only inside
        # 去年同期
        "words_excluded": {"单月": 1, "日前": 1, "近日": 1, "此前": 1,
                           "目前": 1, "旺季": 1, "以来": 2, "期间": 2,
                           "假期": 1, "同期": 0, "前后": 0, "全年": 0,
                           "当天": 0, "当日": 0, "同日": 0},
        # generic heads outside ORG rows: 公司 (x3: 前三季度公司, 公司相关,
        # 公司前三季度), 企业 (x3: 空调企业, 厨电企业, 等企业), 平台 (x4:
        # 投资者互动平台, 平台优惠, 京东平台, 电商平台), 机构 (等机构), 集团,
        # 协会, 商务厅, 商务局 only inside ORGs
        "orgwords_excluded": {"公司": 3, "企业": 3, "平台": 4, "机构": 1,
                              "集团": 0, "协会": 0, "商务厅": 0, "商务局": 0,
                              "商务委": 0, "总局": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g124 Macao's housing market in November 2026: the financial services
# bureau's stamp-duty data for the first ten months and October, the
# districts (北區, 黑沙環, 氹仔, 路環, 新口岸, 南灣: no CITY), buyers (the
# statistics bureau, 中原地產, 利嘉閣地產, 美聯物業; 香港 and mainland
# cities), rents, mortgages (金管局, 澳門銀行公會) and banks (中國銀行澳門分行,
# 中銀澳門, 大西洋銀行, 大豐銀行, 澳門商業銀行, 澳門國際銀行, 工銀澳門, 華僑永亨
# 銀行), developers (新鴻基地產, 信德集團) and the trade's associations,
# Macao residents buying in 橫琴 and 中山, policy (經濟財政司, 立法會, 房屋局,
# 土地工務局), 香港 and 珠海, the outlook.  Traditional as Macao writes it
# (公佈, 佔, 按年, 按月, 首十個月, 首三季, 第三季, 明年首季, 十月份, 九月份,
# 本澳, 隨着, 氹仔綫), Big5-HKSCS, 2026-11-20 (a Friday, ISO week 2026-W47),
# 澳門日報; the first paragraph opens with 【本報訊】 (本報 names no outlet).
# 財政局 published 昨日 (2026-11-19); 本周三（18日） is 2026-11-18; 上周 is
# 2026-W46; 上月 is 2026-10; 聖誕 2026-12-25, 元旦 2027-01-01, 明年農曆新年
# 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g124():
    d = Doc("g124_macao_property_market")
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    MO, HK, ZH = "澳门", "香港", "珠海市"
    # title (a heading that opens with 首十個月: no city section)
    d.date("[[首十個月]]住宅成交按年升", Y, "")
    d.metric("按年升[[逾兩成]] ", 20, "%", "over", "")
    # P1 the financial services bureau's totals (no CITY: 本澳 is deictic)
    d.org("【本報訊】[[財政局]]昨日")
    d.date("財政局[[昨日]]公佈", "2026-11-19", "")
    d.date("顯示，[[今年首十個月]]本澳共有", Y, "")
    d.metric("共有[[4,286個]]住宅", 4286, "个", "exact", "")
    d.metric("按年增加[[23.5%]]", "23.5", "%", "exact", "")
    d.metric("總額[[約261.8億元]]", "261.8e8", "元", "approx", "")
    d.metric("按年上升[[18.2%]]。", "18.2", "%", "exact", "")
    d.date("。[[十月份]]單月住宅", OCT, "")
    d.metric("成交達[[512個]]", 512, "个", "exact", "")
    d.date("較[[九月份]]增加", SEP, "")
    d.metric("增加[[約14%]]，創", 14, "%", "approx", "")
    d.date("創[[今年]]單月新高", Y, "")
    d.date("。[[十月份]]住宅實用", OCT, "")
    d.metric("每平方米[[約9.46萬元]]", "9.46e4", "元", "approx", "")
    d.metric("微升[[0.8%]]", "0.8", "%", "exact", "")
    d.date("較[[去年同期]]仍低", "2025-10", "")
    d.metric("仍低[[約3.2%]]。", "3.2", "%", "approx", "")
    d.org("。[[財政局]]數據亦顯示")
    d.date("亦顯示，[[首十個月]]不動產", Y, "")
    d.metric("印花稅收入[[約7.86億元]]", "7.86e8", "元", "approx", "")
    d.metric("按年增加[[約21%]]。", 21, "%", "approx", "")
    # P2 districts (no CITY)
    d.date("最活躍，[[首十個月]]錄得", Y, "")
    d.metric("錄得[[1,120宗]]", 1120, "宗", "exact", "")
    d.metric("升至[[1,068宗]]", 1068, "宗", "exact", "")
    d.metric("每平方米[[約10.2萬元]]", "10.2e4", "元", "approx", "")
    d.metric("按年上升[[約4%]]；", 4, "%", "approx", "")
    d.metric("成交[[約390宗]]", 390, "宗", "approx", "")
    d.date("放緩，[[首十個月]]僅錄得", Y, "")
    d.metric("僅錄得[[46宗]]逾", 46, "宗", "exact", "")
    d.metric("46宗[[逾3,000萬元]]的交易", "3000e4", "元", "over", "")
    d.metric("減少[[近兩成]]。", 20, "%", "approx", "")
    # P3 buyers (香港; 珠海、中山、江門、廣州、深圳; 上海、杭州、北京; 澳門)
    d.org("方面，[[統計暨普查局]]上周")
    d.date("普查局[[上周]]公佈", "2026-W46", "")
    d.date("公佈的[[第三季]]房地產", "2026-Q3", "")
    d.metric("佔比升至[[約17%]]", 17, "%", "approx", "")
    d.date("較[[去年同期]]提高", "2025-Q3", "")
    d.metric("提高[[5.6個百分點]]。", "5.6", "百分点", "exact", "")
    d.org("。[[中原地產]]表示，今年")
    d.date("表示，[[今年]]以來經其", Y, HK)
    d.city("來自[[香港]]的約佔四成")
    d.metric("約佔[[四成]]", 40, "%", "approx", HK, sep="約")
    d.city("來自[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]、廣州")
    d.city("江門、[[廣州]]及深圳")
    d.city("廣州及[[深圳]]；")
    d.org("；[[利嘉閣地產]]亦指")
    d.city("工作的[[珠海]]居民")
    d.date("置業，[[十月份]]該行", OCT, ZH)
    d.metric("按月增加[[逾三成]]。", 30, "%", "over", ZH)
    d.org("。[[美聯物業]]則觀察到")
    d.city("來自[[上海]]、杭州及北京")
    d.city("上海、[[杭州]]及北京")
    d.city("杭州及[[北京]]的買家")
    d.city("看中[[澳門]]的自由港")
    d.metric("購入[[千萬元以上]]的", "1000e4", "元", "over", MO)
    # P4 rents; Hong Kong buyers (港人, 在澳: abbreviations, no CITY)
    d.org("方面，[[財政局]]資料顯示")
    d.date("顯示，[[首十個月]]住宅租賃", Y, "")
    d.metric("申報[[約1.42萬宗]]", "1.42e4", "宗", "approx", "")
    d.metric("按年增加[[6.8%]]。", "6.8", "%", "exact", "")
    d.org("。[[中原地產]]指")
    d.metric("實用面積[[約600平方呎]]", 600, "平方呎", "approx", "")
    d.metric("月租[[約1.1萬元]]", "1.1e4", "元", "approx", "")
    d.metric("按年上升[[約5%]]，主要", 5, "%", "approx", "")
    d.date("增加，[[首十個月]]約420個", Y, "")
    d.metric("首十個月[[約420個]]", 420, "个", "approx", "")
    d.metric("按年增加[[約三成]]，其中", 30, "%", "approx", "")
    d.metric("其中[[近一半]]集中", 50, "%", "approx", "")
    # P5 mortgages (no CITY: 澳門 only inside ORGs)
    d.org("方面，[[澳門金融管理局]]（")
    d.org("（[[金管局]]）本周三")
    d.date("金管局）[[本周三]]（", "2026-11-18", "")
    d.date("本周三（[[18日]]）", "2026-11-18", "")
    d.date("公佈，[[九月份]]本澳銀行", SEP, "")
    d.metric("按揭貸款[[約18.6億元]]", "18.6e8", "元", "approx", "")
    d.metric("按月增加[[9.7%]]，其中", "9.7", "%", "exact", "")
    d.metric("約佔[[一成]]，樓花", 10, "%", "approx", "", sep="約")
    d.metric("則佔[[約27%]]。", 27, "%", "approx", "")
    d.date("截至[[9月底]]，住宅", SEP, "")
    d.metric("餘額[[約2,164億元]]", "2164e8", "元", "approx", "")
    d.metric("按年減少[[2.1%]]，拖欠", "2.1", "%", "exact", "")
    d.metric("升至[[3.82%]]。", "3.82", "%", "exact", "")
    d.org("。[[特區政府]]自2024年4月")
    d.date("自[[2024年4月]]全面", "2024-04", "")
    d.org("後，[[金管局]]亦放寬")
    d.metric("承造[[九成]]按揭", 90, "%", "exact", "")
    d.org("。[[澳門銀行公會]]表示")
    d.date("拆息自[[第三季]]起", "2026-Q3", "")
    d.date("由[[6月底]]的約4.1%", "2026-06", "")
    d.metric("的[[約4.1%]]降至", "4.1", "%", "approx", "")
    d.metric("近期[[約3.3%]]，", "3.3", "%", "approx", "")
    # P6 banks (no CITY)
    d.org("方面，[[中國銀行澳門分行]]表示")
    d.date("表示，[[今年首三季]]中銀澳門", Y, "")
    d.org("今年首三季[[中銀澳門]]新批")
    d.metric("住宅按揭[[約62億元]]", "62e8", "元", "approx", "")
    d.metric("按年增長[[約15%]]，並", 15, "%", "approx", "")
    d.date("並自[[本月]]起把", NOV, "")
    d.metric("減[[2.25厘]]；", "2.25", "厘", "exact", "")
    d.org("；[[大西洋銀行]]則推出")
    d.metric("提供[[3.1厘]]的定息", "3.1", "厘", "exact", "")
    d.org("。[[大豐銀行]]、澳門商業銀行")
    d.org("、[[澳門商業銀行]]、")
    d.org("、[[澳門國際銀行]]及")
    d.org("及[[工銀澳門]]等亦")
    d.org("，[[華僑永亨銀行]]表示")
    d.date("表示，[[十月份]]該行按揭", OCT, "")
    d.metric("按月增加[[約20%]]。", 20, "%", "approx", "")
    # P7 developers and the trade's associations
    d.org("方面，[[新鴻基地產]]旗下")
    d.date("項目[[上月]]推出", OCT, "")
    d.metric("共[[226伙]]", 226, "伙", "exact", "")
    d.metric("售出[[約八成]]；", 80, "%", "approx", "")
    d.org("；[[信德集團]]亦表示")
    d.date("將於[[年底]]前", Y, "")
    d.metric("再推[[約150個]]單位", 150, "个", "approx", "")
    d.metric("每平方米[[約7.8萬元]]起", "7.8e4", "元", "approx", "")
    d.org("。[[澳門地產業總商會]]會長")
    d.date("回流，[[明年]]本澳樓價", NY, "")
    d.date("預計[[明年]]落成", NY, "")
    d.metric("單位[[不足2,000個]]", 2000, "个", "under", "")
    d.date("較[[今年]]減少約三成", Y, "")
    d.metric("減少[[約三成]]。澳門", 30, "%", "approx", "")
    d.org("。[[澳門地產聯合商會]]則建議")
    d.org("建議[[特區政府]]研究")
    d.city("向[[香港]]買家")
    # P8 Macao residents buying in 橫琴 and 中山
    d.city("另一方面，[[澳門]]居民北上")
    d.org("。[[橫琴粵澳深度合作區執行委員會]]（")
    d.org("（[[合作區執委會]]）表示")
    d.date("表示，[[今年首三季]]澳門居民", Y, MO)
    d.city("今年首三季[[澳門]]居民在")
    d.metric("住宅[[約2,300套]]", 2300, "套", "approx", MO)
    d.metric("按年增加[[約18%]]；", 18, "%", "approx", MO)
    d.org("；[[中山市住房和城鄉建設局]]亦指")
    d.date("一帶[[十月份]]約有", OCT, "")
    d.metric("約有[[三成]]新房", 30, "%", "approx", "", sep="約")
    # P9 policy; 香港 and 珠海
    d.org("層面，[[經濟財政司]]司長")
    d.org("在[[立法會]]答問")
    d.org("表示，[[特區政府]]暫無")
    d.org("。[[房屋局]]上月公佈")
    d.date("房屋局[[上月]]公佈", OCT, "")
    d.metric("接獲[[約9,800份]]申請", 9800, "份", "approx", "")
    d.org("；[[土地工務局]]預計")
    d.date("預計[[明年首季]]批出", "2027-Q1", "")
    d.metric("批出[[兩幅]]位於", 2, "幅", "exact", "")
    d.org("方面，[[香港差餉物業估價署]]數據")
    d.city("顯示，[[香港]]私人住宅")
    d.date("售價指數[[上月]]按月", OCT, HK)
    d.metric("回升[[0.6%]]；", "0.6", "%", "exact", HK)
    d.org("；[[珠海市住房和城鄉建設局]]則指")
    d.city("則指，[[珠海]]今年首十個月")
    d.date("珠海[[今年首十個月]]新建", Y, ZH)
    d.metric("網簽量[[約1.9萬套]]", "1.9e4", "套", "approx", ZH)
    d.metric("按年下降[[8.3%]]。", "8.3", "%", "exact", ZH)
    # P10 outlook (香港、新加坡, 澳門)
    d.org("\n\n[[澳門科技大學]]一名")
    d.org("認為，[[美國聯儲局]]今年")
    d.date("聯儲局[[今年]]以來", Y, HK)
    d.city("與[[香港]]、新加坡")
    d.city("香港、[[新加坡]]相比")
    d.city("相比[[澳門]]樓價")
    d.date("吸引力，[[明年上半年]]成交", NY, MO)
    d.org("；[[澳門大學工商管理學院]]一名")
    d.date("預計，[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及明年", "2027-01-01", "")
    d.date("元旦及[[明年農曆新年]]前後", "2027-02-06", "")
    d.date("高峰，[[今年]]全年", Y, "")
    d.metric("有望[[突破5,000個]]", 5000, "个", "over", "")
    d.date("為[[2021年]]以來", "2021", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["澳門", "香港", "珠海", "中山", "江門", "廣州", "深圳",
                   "上海", "杭州", "北京", "新加坡", "氹仔", "路環", "橫琴",
                   "本澳", "北區", "黑沙環", "新口岸", "南灣", "石排灣", "路氹城",
                   "坦洲", "新城", "大灣區", "城市", "美國"],
        "excluded": [
            # districts and areas of Macao (氹仔 x7, 路環 x2, 北區, 黑沙環,
            # 新口岸 x2, 南灣, 石排灣, 路氹城, 新城), 橫琴 (x2: an area of 珠海;
            # 橫琴綫 is a line), 坦洲 (a town of 中山), 本澳 (x4, deictic)
            "住宅成交按年升逾兩成 [[氹仔]]新盤", "輕軌[[氹仔]]綫",
            "，[[氹仔]]成交", "在[[氹仔]]置業", "，[[氹仔]]實用面積",
            "集中在[[氹仔]]及", "旗下[[氹仔]]項目",
            "；[[路環]]石排灣", "；[[路環]]一個", "，[[北區]]及黑沙環",
            "北區及[[黑沙環]]", "。[[新口岸]]及南灣", "位於[[新口岸]]的",
            "新口岸及[[南灣]]", "路環[[石排灣]]", "及[[路氹城]]一帶",
            "位於[[新城]]A區", "及[[橫琴]]綫", "在[[橫琴]]工作",
            "，[[坦洲]]一帶", "首十個月[[本澳]]共有", "九月份[[本澳]]銀行",
            "明年[[本澳]]樓價", "，[[本澳]]人口",
        ],
        "numbers_excluded": [],
        # 第二期 (an ordinal), 一個 (x2: 一個月拆息, 路環一個: indefinite),
        # 一方面, 一期 (新一期), 一帶 (x4), 一名 (x2), 進一步 (words)
        "cn_excluded": ["第[[二]]期", "，[[一]]個月拆息", "路環[[一]]個",
                        "另[[一]]方面", "新[[一]]期", "黑沙環[[一]]帶",
                        "石排灣[[一]]帶", "路氹城[[一]]帶", "坦洲[[一]]帶",
                        "澳門科技大學[[一名]]", "工商管理學院[[一名]]", "進[[一]]步回升"],
        # A (新城A區, a zone's letter)
        "latin_excluded": ["新城[[A]]區"],
        # time words that are no DATE: 按年 (x13), 按月 (x5), 個月 (一個月拆息, a tenor), 單月 (x2),
        # 月租, 年輕, 明顯 (x2), 周末 (首個周末), 日前, 以來 (x3 outside
        # 今年 and 2021年), 全年 (outside 今年), 前後 (outside 明年農曆新年)
        "words_excluded": {"按年": 13, "按月": 5, "個月": 1, "單月": 2, "月租": 1,
                           "年輕": 1, "明顯": 2, "周末": 1, "日前": 1,
                           "以來": 3, "全年": 1, "前後": 1, "同期": 0,
                           "當日": 0, "當天": 0, "當月": 0},
        # generic heads outside ORG rows: 銀行 (x2: 本澳銀行, 銀行方面;
        # 銀行同業 x1), 發展商 (x2), 政府 only inside 特區政府, 局, 商會,
        # 學院, 委員會 only inside ORGs
        "orgwords_excluded": {"銀行": 3, "發展商": 2, "政府": 0, "商會": 0,
                              "學院": 0, "委員會": 0, "公會": 0, "大學": 0,
                              "建設局": 0},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇廿卅"
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8,
             "兆": 10 ** 12}      # GUIDELINES: 兆 is 10^12 (Taiwan, HK)
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("约为", "approx"), ("約為", "approx"),
               ("不足", "under"), ("不到", "under"),
               ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)", span)
    if m:                       # 百分之十五 -> 15 % (SPEC: N分之M)
        return Decimal(cn_int(m.group(1))), q, "%"
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
    m = re.fullmatch(r"([一二三四五六七八九])折", span)  # 五折 -> 50 %
    if m:                                           # (GUIDELINES: 折 below
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"   # 10, times 10)
    m = re.fullmatch(r"(\d(?:\.\d)?)折", span)     # 9折 -> 90 %, 8.5折
    if m:                                           # -> 85 % (GUIDELINES:
        return Decimal(m.group(1)) * 10, q, "%"     # below 10, times 10)
    m = re.fullmatch(r"([1-9]\d)折", span)          # 79折 -> 79 % (GUIDELINES:
    if m:                                           # two digits are the
        return Decimal(m.group(1)), q, "%"          # percentage, 85折)
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
    m = re.fullmatch(r"(\d+)([億亿])(\d,\d{3}|\d{1,4})([萬万])(\D+)", span)
    if m:                 # 1億2,000萬件 -> 120000000 (GUIDELINES: digits
        low = Decimal(m.group(3).replace(",", ""))  # split by 亿 before a
        assert low < 10 ** 4, span                  # smaller section are
        v = (Decimal(m.group(1)) * MAGNITUDE[m.group(2)]   # one figure)
             + low * MAGNITUDE[m.group(4)])
        return v, q, m.group(5)
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D+)", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
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


def check_written_date(tx, norm):
    """The month and day a DATE span writes (Arabic or Chinese numerals,
    Macao's 廿) must be those of its normalization."""
    if tx.startswith(("今年前", "今年首", "首", "前")):
        return                                  # the first N months
    mon = re.search(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", tx)
    if mon:
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


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


def check_relative(d, r):
    """Words that count from the reference date (GUIDELINES): 今年/明年/去年
    at the start of a span give the reference year, +1, -1; 本月/下月/上月
    the reference month, +1, -1 (except 上月 as a baseline after 较/比,
    which counts from the month its sentence states); 本周/上周 the ISO
    week, -1; 昨日 and 昨（N）日 the day before."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    for w, k in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            assert norm[:4] == str(ref.year + k), r
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in ("较", "較", "比"):
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx == "上月" and before in ("较", "較", "比"):
        # a baseline: the month before the last month its sentence states
        # (GUIDELINES: 10月营收…较上月 -> 09)
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"].split("-"))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        assert norm == "%d-%02d" % (y, m), r
    for w, k in (("本周", 0), ("上周", -1), ("本週", 0), ("上週", -1)):
        if tx.startswith(w):
            iy, iw, _ = (ref + datetime.timedelta(weeks=k)).isocalendar()
            if tx == w:
                assert norm == "%d-W%02d" % (iy, iw), r
            else:               # a weekday inside the span gives the day
                wd = WEEKDAY[tx[len(w):]]           # (GUIDELINES 上周五)
                day = datetime.date.fromisocalendar(iy, iw, wd)
                assert norm == day.isoformat(), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r
    if tx in ("今天", "今日"):
        assert norm == ref.isoformat(), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


def check_range_first(d, r):
    """The first number of a range with one shared 月 (今年1至10月) is its
    own mention: it carries the month it writes (GUIDELINES 3月5-7日)."""
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # a bare year (2026) or a
        return                             # holiday is no range's first
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_gloss(d, r):
    """A bracketed day after a DATE (本周一（9日）, 本周四（12日）) is its own
    mention and must carry the same date (SPEC: 今日(15日) is 今日 and 15日,
    both resolved to the same day; from annotate_zb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    if prev:
        assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_same(d, r):
    """当天/當天/同日/當日/当日 take the latest day-precision DATE before
    them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月"):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hol = [x for x in d.rows if x["type"] == "DATE" and
           s <= x["start"] and x["end"] <= r["start"] and
           x["text"] in HOLIDAY]
    days = [x for x in prev if len(x["normalized"]) == 10]
    cand = sorted(hol + days, key=lambda x: x["start"])
    assert cand and cand[-1]["normalized"] == r["normalized"], r


def check_last_year_period(d, r):
    """去年同期 follows the period its sentence states (SPEC, GUIDELINES): the
    last DATE written before it in the sentence, a year earlier at the same
    precision; a holiday or a period with no ISO form gives the year (from
    annotate_wb.py)."""
    if r["text"] not in ("去年同期", "上年同期"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    assert prev, ("去年同期 with no period in its sentence", r)
    p = prev[-1]["normalized"]
    if prev[-1]["text"] in HOLIDAY:
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


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
        assert not any(c in tx for c in d.no_span_chars), r
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
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py)
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_last_year_period(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
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
    # the organizations I name by hand: exactly the ORG rows' texts, and
    # every occurrence of each is inside an ORG row (a dropped row shows)
    names = {r["text"] for r in rows if r["type"] == "ORG"}
    if names != set(audit["orgs"]):
        problems.append("ORG rows %r, declared %r" % (
            sorted(names - set(audit["orgs"])),
            sorted(set(audit["orgs"]) - names)))
    for name in audit["orgs"]:
        need(re.escape(name), "declared ORG", org_spans + orgstr_excl)
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
    simp = [d for d in built if not d.traditional]
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units] + [d.text for d in simp])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for d, s in zip(simp, conv[len(names) + len(units):]):
            assert s == d.text, f"{d.doc_id}: not simplified throughout"
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
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
        print("%-32s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-32s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
