#!/usr/bin/env python3
"""Gold annotation for the held-out articles g107_city_parking_smart_transport
and g108_taiwan_semiconductor_exports_orders (annotator ZA).

Adapted from the precedent set's tools/annotate_ya.py (now dev/tools/annotate_g101_g102.py; copied and the data
changed; it keeps the checks of annotate_ya.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text and between 40 and 199, relative
words resolved from the reference date, 上周/上週 with a weekday resolved to
the day, the bare-day month rule, the hand-declared organizations of each
article), with annotate_yc.py's plain-Big5 checks (big5, cp950 and
Big5-HKSCS read alike; GBK, GB2312 and UTF-8 fail) and its check of
同日/當日/同月, extended to 当天/當天.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g107 is simplified (mainland, 深圳特区报, 2026-11-12), stored as GBK
  without a BOM.  Its byline holds one character that GBK has and GB2312
  lacks (堃 U+5803, GBK 88 D2 at byte 84, offset 46, in the
  reporter's given name): Python's gbk codec reads
  the file, gb2312 fails, gb18030 reads it identically (GBK is a subset);
  every non-ASCII character is two bytes; UTF-8 and the Big5 family fail.
- g108 is traditional (Taiwan, 中央社, 2026-11-20), stored as plain Big5
  (Python's 'big5' codec: every character encodes in it; no cp950-only
  character such as 碁, no HKSCS one).  cp950 and Big5-HKSCS read the
  bytes identically; GBK, GB2312 and UTF-8 fail (GB18030 reads
  gibberish).  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; Taiwan and mainland cities by
  their official name with 市, foreign cities by their mainland standard
  name: 休士頓 -> 休斯敦, 德勒斯登 -> 德累斯顿).  A Taiwan text: bare 2-3
  digit years before 年 are ROC years (115年 = 2026).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho20/precedent: README, NOTES_ya/yb/yc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g107_g108.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ya.py: a GBK article (the declared characters are the
only ones GB2312 lacks; GB18030 reads it alike) instead of GB18030; a plain
Big5 Taiwan article instead of UTF-16; foreign cities whose Chinese name
ends with 市 (胡志明市) declared; 今天/今日 must be the reference date;
当天/當日/同月 repeat the latest date before them (a holiday only in the same
sentence); 上月 as a baseline after 较/較/比 is the month before the last
month its sentence states; 兆 followed by a comma-grouped section
(4兆1,260億元) is one figure; a marker before 新台幣 qualifies the figure
outside the span; 双11 ends with digits but is no range's first number.
Re-run (from anywhere):

    python3 dev/tools/annotate_g107_g108.py
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
    "g107_city_parking_smart_transport": ("gbk", b"", False, "2026-11-12",
                                          "深圳特区报"),
    "g108_taiwan_semiconductor_exports_orders": ("big5", b"", True,
                                                 "2026-11-20", "中央社"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g107_city_parking_smart_transport": [],
               "g108_taiwan_semiconductor_exports_orders": []}
# characters of a GBK article that GB2312 lacks (堃: GBK 88 D2)
OUTSIDE_GB2312 = {"g107_city_parking_smart_transport": ["堃"]}
# characters of a plain Big5 article that cp950 reads otherwise (none)
CP950_DIFF = {"g108_taiwan_semiconductor_exports_orders": []}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g108_taiwan_semiconductor_exports_orders"}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈")
# Holidays the articles name, by their exact span (2025-2027): 双11
# 2026-11-11 (the day before g107's publication, 昨日（11月11日）); 国庆
# 2026-10-01 (今年国庆) and 2025-10-01 (去年国庆); 元旦 / 明年元旦 2027-01-01
# and 春节 2027 = 正月初一 = 2027-02-06 (the coming ones); g108 (Taiwan):
# 聖誕節 2026-12-25 and 農曆春節 2027-02-06 (GUIDELINES 农历春节 is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "今年国庆": "2026-10-01", "去年国庆": "2025-10-01",
    "元旦": "2027-01-01", "明年元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕節": "2026-12-25", "農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g107 (2026: municipalities and prefecture-level cities, with 市)
    "深圳": "深圳市", "北京": "北京市", "上海": "上海市", "广州": "广州市",
    "成都": "成都市", "杭州": "杭州市", "武汉市": "武汉市", "南京": "南京市",
    "苏州": "苏州市", "长沙": "长沙市", "厦门": "厦门市",
    # g108 (traditional spans; Taiwan's special municipalities with 市,
    # 香港 and foreign cities by their mainland names, 昆山 a county-level
    # city of 江苏)
    "台北": "台北市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "香港": "香港", "新加坡": "新加坡", "休士頓": "休斯敦",
    "瓜達拉哈拉": "瓜达拉哈拉", "海防": "海防", "重慶": "重庆市",
    "昆山": "昆山市", "鳳凰城": "凤凰城", "德勒斯登": "德累斯顿",
    "曼谷": "曼谷", "胡志明市": "胡志明市", "吉隆坡": "吉隆坡", "河內": "河内",
    "雅加達": "雅加达",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common mainland names (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"香港", "新加坡", "休斯敦", "瓜达拉哈拉", "海防", "凤凰城",
          "德累斯顿", "曼谷", "吉隆坡", "河内", "雅加达"}
# foreign cities whose common Chinese name itself ends with 市
FOREIGN_SHI = {"胡志明市"}
# spans whose normalized name is not their t2s form (+ 市): Taiwan's
# spellings of foreign cities take the mainland standard name (SPEC)
CITY_ALIAS = {"休士頓": "休斯敦", "德勒斯登": "德累斯顿"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "中央社": "中央社", "經濟部統計處": "经济部统计处", "統計處": "统计处",
    "台積電": "台积电", "鴻海": "鸿海", "廣達": "广达", "緯創": "纬创",
    "英業達": "英业达", "聯發科": "联发科", "聯電": "联电",
    "日月光投控": "日月光投控", "財政部": "财政部",
    "財政部關務署": "财政部关务署", "桃園國際機場": "桃园国际机场",
    "國家科學及技術委員會": "国家科学及技术委员会", "國科會": "国科会",
    "和碩": "和硕",
    "中華民國對外貿易發展協會": "中华民国对外贸易发展协会",
    "外貿協會": "外贸协会", "微軟": "微软", "亞馬遜": "亚马逊",
    "Google": "Google", "Meta": "Meta", "輝達": "辉达", "超微": "超微",
    "集邦科技": "集邦科技", "台灣半導體產業協會": "台湾半导体产业协会",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC",
    "台灣經濟研究院": "台湾经济研究院", "台經院": "台经院",
    "中華經濟研究院": "中华经济研究院",
    "台灣區電機電子工業同業公會": "台湾区电机电子工业同业公会",
    "電電公會": "电电公会", "國家發展委員會": "国家发展委员会",
    "國發會": "国发会", "行政院主計總處": "行政院主计总处",
    "主計總處": "主计总处", "中央銀行": "中央银行",
}
# Chinese-numeral days (none written here; kept for the day check)
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
        self.cp950_diff = []
        if enc == "gbk":        # GBK proper: the declared characters are the
            outside = sorted({c for c in self.text  # only ones GB2312 lacks
                              if not enc_ok(c, "gb2312")})
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            # every non-ASCII character is two bytes
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GB18030 (a superset) reads the bytes alike; GB2312 and the
            # Big5 family fail on them
            assert raw.decode("gb18030") == self.text, doc_id
            for other in ("gb2312", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other), (doc_id, other)
            # GB2312 reads every line without a declared character alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("gb2312") == line, line
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        if enc == "big5":       # plain Big5: every character is in it
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # Big5-HKSCS reads every byte alike
            assert raw.decode("big5hkscs") == self.text, doc_id
            # cp950 reads the same number of characters and differs only
            # on the declared ones
            cp = raw.decode("cp950")
            assert len(cp) == len(self.text), doc_id
            diff = sorted({a for a, b in zip(self.text, cp) if a != b})
            assert diff == CP950_DIFF[doc_id], (doc_id, diff)
            self.cp950_diff = diff
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
            # GB18030 decodes the bytes, but to other characters
            assert not decodes(raw, "gb18030") or \
                raw.decode("gb18030") != self.text, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:
                assert w not in self.text, (doc_id, w)
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
            assert not any(c in span for c in self.cp950_diff), ctx
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
# g107 smart parking and ride-hailing in November 2026: 深圳's parking
# platform and new kerbside fees (市交通运输局, 市发展改革委), parking
# operators (捷顺科技, ETCP), 杭州's pay-after-leaving parking, 北京's shared
# parking and 上海's parking app, the ministry's monthly ride-hailing data and
# the platforms' compliance rates, the regulators' talks with platforms, new
# city rules (广州, 成都, 武汉, saturation warnings, 西安), the platforms'
# results and robotaxis, research and outlook.  Simplified, GBK without BOM,
# 2026-11-12 (a Thursday, ISO week 2026-W46), 深圳特区报; the first
# paragraph opens with 深圳特区报讯（记者 刘思堃 通讯员 林禾）.  市交通运输局
# published 昨日（11月11日）, the day of 双11; 上周 is 2026-W45; 上月 is
# 2026-10; 今年国庆 2026-10-01, 去年国庆 2025-10-01, 元旦 / 明年元旦
# 2027-01-01, 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g107():
    d = Doc("g107_city_parking_smart_transport")
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    SZ, HZ, SH, CD, WH, NJ, XM = ("深圳市", "杭州市", "上海市", "成都市",
                                  "武汉市", "南京市", "厦门市")
    # title (a heading that opens with 深圳 followed by 智: no city section;
    # the title line is its own sentence)
    d.city("[[深圳]]智慧停车平台")
    d.metric("泊位[[突破60万个]] 多地", "60e4", "个", "over", SZ)
    d.date("新规[[12月]]起施行\n", "2026-12", SZ)
    # P1 深圳's parking platform (深圳 only inside ORGs: no city)
    d.org("\n\n[[深圳特区报]]讯（")
    d.date("）[[昨日]]（11月11日）", "2026-11-11", "")
    d.date("昨日（[[11月11日]]），", "2026-11-11", "")
    d.org("），[[深圳市交通运输局]]（")
    d.org("以下简称“[[市交通运输局]]”）发布")
    d.date("发布[[今年前三季度]]全市", Y, "")
    d.date("截至[[9月底]]，接入", "2026-09", "")
    d.metric("泊位达到[[61.8万个]]", "61.8e4", "个", "exact", "")
    d.date("较[[去年同期]]增加12.4万个", "2025-09", "")
    d.metric("增加[[12.4万个]]；", "12.4e4", "个", "exact", "")
    d.metric("日均周转[[5.6次]]", "5.6", "次", "exact", "")
    d.metric("同比提升[[18.7%]]", "18.7", "%", "exact", "")
    d.org("。[[市交通运输局]]表示")
    d.date("自[[明年1月1日]]起", "2027-01-01", "")
    d.metric("全市将有[[超过3000个]]公共", 3000, "个", "over", "")
    d.org("通过[[支付宝]]、")
    d.org("支付宝、[[微信支付]]或")
    d.org("或[[中国银联]]云闪付")
    # P2 深圳's new kerbside fees
    d.org("根据[[市交通运输局]]与")
    d.org("与[[市发展改革委]]联合")
    d.city("收费标准，[[深圳]]福田")
    d.metric("收费将由[[6元]]调整", 6, "元", "exact", SZ)
    d.metric("调整为[[8元]]，", 8, "元", "exact", SZ)
    d.metric("分钟收费[[4元]]；", 4, "元", "exact", SZ)
    d.metric("首小时仍为[[4元]]。", 4, "元", "exact", "")
    d.date("新标准自[[12月1日]]起", "2026-12-01", "")
    d.metric("减少支出[[约1.2亿元]]", "1.2e8", "元", "approx", "")
    d.org("。[[市交通运输局]]相关负责人")
    d.metric("有望从[[95%以上]]降至", 95, "%", "over", "")
    d.metric("降至[[85%左右]]。", 85, "%", "approx", "")
    # P3 parking operators (北京、上海、广州、成都、杭州)
    d.org("转型。[[深圳市捷顺科技实业股份有限公司]]（")
    d.org("以下简称“[[捷顺科技]]”）披露")
    d.date("截至[[10月底]]，其云托管", OCT, "")
    d.metric("车场达到[[2.36万个]]", "2.36e4", "个", "exact", "")
    d.date("万个，[[今年前三季度]]智慧", Y, "")
    d.metric("业务收入[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.metric("同比增长[[23.5%]]", "23.5", "%", "exact", "")
    d.org("停车平台[[ETCP]]相关")
    d.city("已在[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、成都")
    d.city("广州、[[成都]]、杭州")
    d.city("成都、[[杭州]]等46个")
    d.metric("杭州等[[46个]]城市", 46, "个", "exact", HZ)
    d.metric("运营[[超过1.5万个]]停车场", "1.5e4", "个", "over", HZ)
    d.date("\u3002[[双11]]当天", "2026-11-11", "")
    d.date("双11[[当天]]，ETCP", "2026-11-11", "")
    d.org("当天，[[ETCP]]线上")
    d.metric("线上缴费[[超过420万笔]]", "420e4", "笔", "over", "")
    d.metric("平日的[[1.6倍]]", "1.6", "倍", "exact", "")
    # P4 杭州's pay-after-leaving parking
    d.city("\n\n在[[杭州]]，")
    d.org("。[[杭州市城市管理局]]（")
    d.org("以下简称“[[杭州市城管局]]”）数据")
    d.date("数据显示，截至[[10月底]]，杭州", OCT, HZ)
    d.city("10月底，[[杭州]]主城区")
    d.metric("已有[[4860个]]停车场", 4860, "个", "exact", HZ)
    d.metric("停车场、[[约62万个]]泊位", "62e4", "个", "approx", HZ)
    d.metric("累计服务车辆[[超过4.1亿辆次]]", "4.1e8", "辆次", "over", HZ)
    d.date("。[[今年国庆]]假期", "2026-10-01", "")
    d.metric("停放车辆[[约3.8万辆次]]", "3.8e4", "辆次", "approx", "")
    d.date("较[[去年国庆]]增长", "2025-10-01", "")
    d.metric("增长[[9.2%]]；", "9.2", "%", "exact", "")
    d.org("；[[杭州市城管局]]预计")
    d.date("预计，[[元旦]]、春节前后景区", "2027-01-01", "")
    d.date("元旦、[[春节]]前后景区", "2027-02-06", "")
    d.metric("再增[[两成左右]]", 20, "%", "approx", "")
    # P5 北京's shared parking, 上海's parking app
    d.org("\n\n[[北京市交通委员会]]（")
    d.org("以下简称“[[北京市交通委]]”）上周")
    d.date("北京市交通委”）[[上周]]发布", "2026-W45", "")
    d.date("提出到[[2027年底]]全市", NY, "")
    d.metric("达到[[10万个以上]]", "10e4", "个", "over", "")
    d.org("。[[北京静态交通投资运营有限公司]]透露")
    d.date("透露，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，该公司", OCT, "")
    d.metric("共享泊位[[4120个]]", 4120, "个", "exact", "")
    d.metric("每月[[350元]]", 350, "元", "exact", "")
    d.metric("停车场的[[五折]]", 50, "%", "exact", "")
    d.city("。[[上海]]方面")
    d.org("，[[上海市道路运输管理局]]称")
    d.city("称，“[[上海]]停车”App")
    d.metric("注册用户已[[突破1100万]]", "1100e4", "", "over", SH)
    d.date("万，[[上月]]日均预约", OCT, SH)
    d.metric("预约停车[[约9.6万单]]", "9.6e4", "单", "approx", SH)
    d.date("单，比[[9月]]增加", "2026-09", SH)
    d.metric("增加[[6.1%]]。", "6.1", "%", "exact", SH)
    # P6 the ministry's ride-hailing data (no CITY)
    d.org("网约车方面，[[交通运输部]]昨日")
    d.date("交通运输部[[昨日]]发布", "2026-11-11", "")
    d.date("显示，[[10月份]]全国", OCT, "")
    d.metric("订单信息[[9.86亿单]]", "9.86e8", "单", "exact", "")
    d.metric("环比增长[[3.4%]]。", "3.4", "%", "exact", "")
    d.date("截至[[10月31日]]，全国", "2026-10-31", "")
    d.metric("全国共有[[372家]]", 372, "家", "exact", "")
    d.metric("驾驶员证[[889.6万本]]", "889.6e4", "本", "exact", "")
    d.metric("运输证[[376.2万本]]。", "376.2e4", "本", "exact", "")
    d.org("看，[[滴滴出行]]为86.4%")
    d.metric("滴滴出行为[[86.4%]]", "86.4", "%", "exact", "")
    d.org("，[[高德]]打车聚合平台")
    d.metric("聚合平台为[[71.2%]]", "71.2", "%", "exact", "")
    d.org("，[[曹操出行]]、如祺出行、T3")
    d.org("曹操出行、[[如祺出行]]、T3")
    d.org("如祺出行、[[T3出行]]均")
    d.metric("均[[超过90%]]。", 90, "%", "over", "")
    # P7 the regulators' talks with platforms (no CITY)
    d.org("等投诉，[[国家市场监督管理总局]]（")
    d.org("以下简称“[[市场监管总局]]”）上月")
    d.date("市场监管总局”）[[上月]]会同", OCT, "")
    d.org("会同[[交通运输部]]约谈")
    d.org("约谈了[[滴滴出行]]、美团")
    d.org("滴滴出行、[[美团]]、首汽")
    d.org("美团、[[首汽约车]]等")
    d.metric("首汽约车等[[11家]]", 11, "家", "exact", "")
    d.date("要求在[[11月30日]]前", "2026-11-30", "")
    d.date("据统计，[[今年前三季度]]全国", Y, "")
    d.metric("相关投诉[[约8.7万件]]", "8.7e4", "件", "approx", "")
    d.metric("同比下降[[12.3%]]。", "12.3", "%", "exact", "")
    # P8 new city rules (成都, 武汉市; 南京、苏州、长沙、厦门)
    d.org("落地。[[广州市交通运输局]]修订")
    d.date("将于[[12月1日]]起施行，要求", "2026-12-01", "")
    d.metric("轴距须达[[2650毫米以上]]", 2650, "毫米", "over", "")
    d.city("；[[成都]]自明年")
    d.date("成都自[[明年3月1日]]起", "2027-03-01", CD)
    d.city("；[[武汉市]]则要求")
    d.metric("控制在[[27%以内]]", 27, "%", "under", WH)
    d.date("。[[今年]]以来，南京", Y, NJ)
    d.city("以来，[[南京]]、苏州")
    d.city("南京、[[苏州]]、长沙")
    d.city("苏州、[[长沙]]、厦门")
    d.city("长沙、[[厦门]]等20余个")
    d.metric("厦门等[[20余个]]城市", 20, "个", "over", XM)
    d.org("；[[西安市交通运输局]]表示")
    d.date("将于[[11月16日]]起开展", "2026-11-16", "")
    # P9 the platforms' results and robotaxis (杭州、苏州; 广州、深圳; 上海)
    d.org("企业层面，[[曹操出行]]日前")
    d.date("显示，其[[三季度]]总交易额", "2026-Q3", HZ)
    d.metric("交易额达到[[52.3亿元]]", "52.3e8", "元", "exact", HZ)
    d.metric("同比增长[[31.6%]]，定制车", "31.6", "%", "exact", HZ)
    d.metric("提升至[[38%]]", 38, "%", "exact", HZ)
    d.org("母公司[[吉利控股集团]]表示")
    d.city("将在[[杭州]]、苏州投放")
    d.city("杭州、[[苏州]]投放")
    d.org("。[[如祺出行]]与小马智行")
    d.org("如祺出行与[[小马智行]]在")
    d.city("小马智行在[[广州]]、深圳两地")
    d.city("广州、[[深圳]]两地")
    d.metric("车辆已[[超过600辆]]", 600, "辆", "over", SZ)
    d.date("辆，[[10月]]单车", OCT, SZ)
    d.metric("日均订单[[约21单]]", 21, "单", "approx", SZ)
    d.org("；[[享道出行]]则依托")
    d.org("依托[[上汽集团]]在")
    d.city("上汽集团在[[上海]]推出")
    # P10 research and outlook (no CITY)
    d.org("\n\n[[艾瑞咨询]]预计")
    d.date("预计，[[2026年]]我国", Y, "")
    d.metric("将达到[[4180亿元]]", "4180e8", "元", "exact", "")
    d.metric("同比增长[[约8%]]。", 8, "%", "approx", "")
    d.org("。[[中国城市规划设计研究院]]近日")
    d.metric("全国[[36个]]重点城市", 36, "个", "exact", "")
    d.metric("找车位时间为[[11.5分钟]]", "11.5", "分钟", "exact", "")
    d.date("较[[两年前]]缩短", "2024", "")
    d.metric("缩短[[约3分钟]]", 3, "分钟", "approx", "")
    d.metric("缺口仍[[超过8000万个]]", "8000e4", "个", "over", "")
    d.org("。[[同济大学]]一位")
    d.date("表示，[[明年元旦]]、春节", "2027-01-01", "")
    d.date("明年元旦、[[春节]]前后，热门", "2027-02-06", "")
    audit = {
        "orgs": ["深圳特区报", "深圳市交通运输局", "市交通运输局", "支付宝",
                 "微信支付", "中国银联", "市发展改革委",
                 "深圳市捷顺科技实业股份有限公司", "捷顺科技", "ETCP",
                 "杭州市城市管理局", "杭州市城管局", "北京市交通委员会",
                 "北京市交通委", "北京静态交通投资运营有限公司",
                 "上海市道路运输管理局", "交通运输部", "滴滴出行", "高德",
                 "曹操出行", "如祺出行", "T3出行", "国家市场监督管理总局",
                 "市场监管总局", "美团", "首汽约车", "广州市交通运输局",
                 "西安市交通运输局", "吉利控股集团", "小马智行", "享道出行",
                 "上汽集团", "艾瑞咨询", "中国城市规划设计研究院",
                 "同济大学"],
        "cities": ["深圳", "北京", "上海", "广州", "成都", "杭州", "武汉",
                   "南京", "苏州", "长沙", "厦门", "西安", "中国", "朝阳",
                   "海淀", "福田", "罗湖", "南山", "西湖", "天津", "重庆"],
        "excluded": [
            # districts of 深圳 and 北京, a lake and scenic area of 杭州
            "深圳[[福田]]、", "、[[罗湖]]、南山", "、[[南山]]等中心区",
            "在[[朝阳]]、海淀", "、[[海淀]]等区", "，[[西湖]]周边",
        ],
        # 30分钟 (a billing interval, no statistic cue), 12315 (the
        # complaint hotline's number)
        "numbers_excluded": ["每[[30分钟]]收费", "全国[[12315]]平台"],
        # 一类 (a road class), 七年 (a duration), 一口价 (a fare's name),
        # 一个月 (a duration), 两地 (a collective label for 广州、深圳),
        # 一体化, 一位 (words)
        "cn_excluded": ["中心区[[一类]]路段", "推行[[七年]]", "“[[一]]口价”",
                        "为期[[一个月]]", "深圳[[两地]]", "“停车+出行”[[一]]体化",
                        "同济大学[[一位]]"],
        # App (the app's label), ETCP and T3 only inside ORG rows
        "latin_excluded": ["”[[App]]注册"],
        # time words that are no DATE: 日均 (x4), 周转, 周边 (x3), 白天,
        # 工作日, 全年 (预计全年: no year written), 平日, 每月, 日前 (x2:
        # 曹操出行日前, and 日 of 11月30日 with 前 outside the span), 近日,
        # 假期 (outside 今年国庆), 前后 (x2), 以来 (outside 今年), 首小时 (x3,
        # the first hour of a fee), 前三季度 only inside DATE spans
        "words_excluded": {"日均": 4, "周转": 1, "周边": 3, "白天": 1,
                           "工作日": 1, "全年": 1, "平日": 1, "每月": 1,
                           "日前": 2, "近日": 1, "假期": 1, "前后": 2,
                           "以来": 1, "当日": 0, "同期": 0, "首小时": 3},
        # generic heads outside ORG rows: 平台 (x9: 智慧停车平台 x2 with the
        # title, 停车平台, 交互平台, 聚合平台, 平台公司, 平台企业, 12315平台,
        # 平台单笔), 公司 (x4: 该公司, 公司已在, 平台公司, 母公司), 企业 (x3:
        # 停车运营企业, 平台企业, 企业层面), 集团 and 研究院 only inside ORGs
        "orgwords_excluded": {"平台": 9, "公司": 4, "企业": 3, "集团": 0,
                              "研究院": 0, "大学": 0, "交通运输局": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g108 Taiwan's export orders and exports in October 2026: the economy
# ministry's export orders by product and by region (經濟部統計處), chip and
# server makers' revenue, the finance ministry's exports by destination, the
# customs' airport exports and the science parks, overseas production and
# new plants abroad, trade missions in Southeast Asia, outlook (clients,
# research firms, associations, think tanks) and the coming releases.
# Traditional as Taiwan writes it (台, 占, 布局, 年增, 新台幣, ROC years),
# plain Big5, 2026-11-20 (a Friday, ISO week 2026-W47), 中央社; the first
# paragraph opens with the dateline （中央社記者林家禾台北20日電） and the
# article ends with the editor's line （編輯：陳文賢）1151120 (CNA's date
# code, no figure).  經濟部統計處 published 今天 (2026-11-20); 財政部
# published 上週一（9日） = 2026-11-09.  A Taiwan text: 115年 = 2026,
# 明（116）年 = 2027, 117年 = 2028.  聖誕節 2026-12-25 and 農曆春節
# 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g108():
    d = Doc("g108_taiwan_semiconductor_exports_orders")
    Y, LY, NY, OCT, NOV = "2026", "2025", "2027", "2026-10", "2026-11"
    TPE, HKG, SIN, TNN, HPH, PHX, DRS, KUL, JKT = (
        "台北市", "香港", "新加坡", "台南市", "海防", "凤凰城", "德累斯顿",
        "吉隆坡", "雅加达")
    NTD = "新台幣"
    # title (a heading that opens with AI: no city section)
    d.date("拉貨 [[10月]]外銷訂單", OCT, "")
    d.metric("外銷訂單[[832.4億美元]] 年增", "832.4e8", "美元", "exact", "")
    d.metric("美元 年增[[18.6%]]\n", "18.6", "%", "exact", "")
    # P1 the dateline and the totals (the first sentence takes 台北市)
    d.org("（[[中央社]]記者")
    d.city("記者林家禾[[台北]]20日電")
    d.date("台北[[20日]]電", "2026-11-20", TPE)
    d.org("電）[[經濟部統計處]]今天")
    d.date("統計處[[今天]]公布", "2026-11-20", TPE)
    d.date("公布[[115年10月]]外銷", OCT, TPE)
    d.metric("金額為[[832.4億美元]]", "832.4e8", "美元", "exact", TPE)
    d.date("，較[[上月]]增加", "2026-09", TPE)
    d.metric("上月增加[[3.2%]]", "3.2", "%", "exact", TPE)
    d.date("，較[[去年同期]]增加18.6%", "2025-10", TPE)
    d.metric("去年同期增加[[18.6%]]", "18.6", "%", "exact", TPE)
    d.date("；[[今年前10月]]累計", Y, "")
    d.metric("累計[[7,538.7億美元]]", "7538.7e8", "美元", "exact", "")
    d.metric("年增[[21.3%]]，創", "21.3", "%", "exact", "")
    # P2 by product (no CITY)
    d.org("\n\n[[統計處]]指出，受惠")
    d.date("強勁，[[10月]]資訊通信", OCT, "")
    d.metric("產品接單[[333.0億美元]]", "333e8", "美元", "exact", "")
    d.metric("年增[[35.2%]]，占總額", "35.2", "%", "exact", "")
    d.metric("占總額[[40.0%]]", 40, "%", "exact", "")
    d.metric("電子產品接單[[258.6億美元]]", "258.6e8", "美元", "exact", "")
    d.metric("年增[[17.8%]]，其中", "17.8", "%", "exact", "")
    d.metric("年增[[逾2成]]，光學", 20, "%", "over", "")
    d.metric("年減[[6.8%]]。", "6.8", "%", "exact", "")
    d.metric("分別年減[[3.1%]]、", "3.1", "%", "exact", "")
    d.metric("3.1%、[[5.4%]]及", "5.4", "%", "exact", "")
    d.metric("5.4%及[[2.7%]]，", "2.7", "%", "exact", "")
    d.metric("則年增[[1.9%]]，為", "1.9", "%", "exact", "")
    # P3 by region (香港 in 中國大陸及香港)
    d.date("觀察，[[10月]]自美國", OCT, "")
    d.metric("自美國接單[[298.0億美元]]", "298e8", "美元", "exact", "")
    d.metric("年增[[28.4%]]，占比", "28.4", "%", "exact", "")
    d.metric("占比[[35.8%]]，續居", "35.8", "%", "exact", "")
    d.city("自中國大陸及[[香港]]接單")
    d.metric("香港接單[[167.3億美元]]", "167.3e8", "美元", "exact", HKG)
    d.metric("年增[[5.1%]]；", "5.1", "%", "exact", HKG)
    d.metric("分別年增[[6.3%]]、", "6.3", "%", "exact", "")
    d.metric("6.3%、[[4.8%]]；", "4.8", "%", "exact", "")
    d.metric("東南亞接單[[81.2億美元]]", "81.2e8", "美元", "exact", "")
    d.metric("年增[[14.6%]]。", "14.6", "%", "exact", "")
    d.org("。[[統計處]]預估，11月")
    d.date("預估，[[11月]]外銷訂單", NOV, "")
    d.metric("可達[[810億]]至840億", "810e8", "美元", "exact", "",
             shared="美元")
    d.metric("810億至[[840億美元]]", "840e8", "美元", "exact", "")
    d.metric("年增[[14.2%]]至19.3%", "14.2", "%", "exact", "")
    d.metric("14.2%至[[19.3%]]。", "19.3", "%", "exact", "")
    # P4 chip and server makers' revenue (no CITY)
    d.org("供應鏈方面，[[台積電]]10月")
    d.date("台積電[[10月]]合併營收", OCT, "")
    d.metric("合併營收約新台幣[[4,520億元]]", "4520e8", "元", "approx", "",
             outer="約" + NTD)
    d.metric("年增[[23.0%]]，今年", "23", "%", "exact", "")
    d.date("23.0%，[[今年前10月]]營收", Y, "")
    d.metric("營收[[約4兆1,260億元]]", "4.126e12", "元", "approx", "")
    d.metric("年增[[31.8%]]；", "31.8", "%", "exact", "")
    d.org("；[[鴻海]]10月營收")
    d.date("鴻海[[10月]]營收", OCT, "")
    d.metric("營收[[約9,860億元]]", "9860e8", "元", "approx", "")
    d.metric("營收年增[[逾5成]]", 50, "%", "over", "")
    d.org("。[[廣達]]、緯創")
    d.org("廣達、[[緯創]]、英業達")
    d.org("緯創、[[英業達]]10月")
    d.date("英業達[[10月]]營收", OCT, "")
    d.metric("分別年增[[42.3%]]、", "42.3", "%", "exact", "")
    d.metric("42.3%、[[61.5%]]及", "61.5", "%", "exact", "")
    d.metric("61.5%及[[18.2%]]，", "18.2", "%", "exact", "")
    d.org("其中[[緯創]]今年")
    d.date("緯創[[今年前10月]]營收", Y, "")
    d.metric("營收約新台幣[[2兆4,630億元]]", "2.463e12", "元", "approx", "",
             outer="約" + NTD)
    d.date("已超越[[去年]]全年", LY, "")
    d.org("；[[聯發科]]、聯電")
    d.org("聯發科、[[聯電]]及")
    d.org("聯電及[[日月光投控]]10月")
    d.date("日月光投控[[10月]]營收", OCT, "")
    d.metric("分別年增[[8.7%]]、", "8.7", "%", "exact", "")
    d.metric("8.7%、[[3.4%]]及", "3.4", "%", "exact", "")
    d.metric("3.4%及[[12.6%]]。", "12.6", "%", "exact", "")
    # P5 the finance ministry's exports (香港; 新加坡)
    d.org("\n\n[[財政部]]上週一")
    d.date("財政部[[上週一]]（9日）", "2026-11-09", "")
    d.date("上週一（[[9日]]）公布", "2026-11-09", "")
    d.date("公布，[[10月]]出口值", OCT, "")
    d.metric("出口值[[768.4億美元]]", "768.4e8", "美元", "exact", "")
    d.metric("年增[[24.3%]]，創", "24.3", "%", "exact", "")
    d.date("；[[今年前10月]]出口", Y, "")
    d.metric("出口[[6,912.5億美元]]", "6912.5e8", "美元", "exact", "")
    d.metric("年增[[27.9%]]。", "27.9", "%", "exact", "")
    d.metric("對美國出口[[272.6億美元]]", "272.6e8", "美元", "exact", HKG)
    d.metric("年增[[41.3%]]，占比", "41.3", "%", "exact", HKG)
    d.metric("占比[[35.5%]]，連續", "35.5", "%", "exact", HKG)
    d.city("對中國大陸及[[香港]]出口")
    d.metric("東南亞出口[[126.4億美元]]", "126.4e8", "美元", "exact", SIN)
    d.metric("年增[[24.6%]]，對新加坡", "24.6", "%", "exact", SIN)
    d.city("，對[[新加坡]]、越南")
    d.metric("分別年增[[19.8%]]及", "19.8", "%", "exact", SIN)
    d.metric("19.8%及[[37.2%]]。", "37.2", "%", "exact", SIN)
    # P6 the customs' airport exports and the science parks (台中、台南)
    d.org("觀察，[[財政部關務署]]統計")
    d.date("統計，[[10月]]經桃園", OCT, "")
    d.org("經[[桃園國際機場]]出口")
    d.metric("空運貨值達[[443.4億美元]]", "443.4e8", "美元", "exact", "")
    d.metric("年增[[45.8%]]，占全台", "45.8", "%", "exact", "")
    d.metric("出口比重[[57.7%]]", "57.7", "%", "exact", "")
    d.city("；[[台中]]、台南的工具機")
    d.city("台中、[[台南]]的工具機")
    d.date("表示，[[11月]]以來歐洲", NOV, TNN)
    d.org("。[[國家科學及技術委員會]]（")
    d.org("（[[國科會]]）指出")
    d.date("指出，[[今年前3季]]竹科", Y, "")
    d.metric("合計約新台幣[[5兆3,460億元]]", "5.346e12", "元", "approx",
             "", outer="約" + NTD)
    d.metric("年增[[24.1%]]，其中", "24.1", "%", "exact", "")
    d.org("受惠[[台積電]]先進製程")
    d.metric("年增幅達[[31.5%]]。", "31.5", "%", "exact", "")
    # P7 overseas production and new plants abroad
    d.date("布局上，[[10月]]外銷訂單", OCT, "")
    d.metric("生產比重為[[47.3%]]", "47.3", "%", "exact", "")
    d.date("，較[[去年同期]]下降", "2025-10", "")
    d.metric("下降[[2.6個百分點]]", "2.6", "百分点", "exact", "")
    d.org("。[[鴻海]]位於美國")
    d.city("美國德州[[休士頓]]、")
    d.city("墨西哥[[瓜達拉哈拉]]的")
    d.org("；[[和碩]]越南海防廠")
    d.city("和碩越南[[海防]]廠")
    d.org("廠與[[緯創]]墨西哥新廠")
    d.date("則於[[第3季]]投產", "2026-Q3", HPH)
    d.city("產線自[[重慶]]、昆山")
    d.city("重慶、[[昆山]]移往")
    d.org("。[[台積電]]美國亞利桑那州")
    d.city("亞利桑那州[[鳳凰城]]第二座")
    d.date("預計[[明（116）年]]量產", NY, PHX)
    d.city("德國[[德勒斯登]]廠")
    d.date("按計畫於[[117年]]投產", "2028", DRS)
    d.city("投產，[[高雄]]、台南的")
    d.city("高雄、[[台南]]的2奈米")
    # P8 trade missions in Southeast Asia
    d.org("方面，[[中華民國對外貿易發展協會]]（")
    d.org("（[[外貿協會]]）指出")
    d.city("指出，[[曼谷]]、胡志明市")
    d.city("曼谷、[[胡志明市]]、吉隆坡")
    d.city("胡志明市、[[吉隆坡]]等地")
    d.date("該會[[11月]]在河內", NOV, KUL)
    d.city("11月在[[河內]]、雅加達")
    d.city("河內、[[雅加達]]舉辦")
    d.metric("促成訂單[[約3.2億美元]]", "3.2e8", "美元", "approx", JKT)
    d.date("較[[去年同期]]成長約4成", "2025-11", JKT)
    d.metric("成長[[約4成]]。", 40, "%", "approx", JKT)
    # P9 outlook: clients, research firms, associations (no CITY)
    d.org("展望後市，[[統計處]]表示")
    d.date("表示，[[年底]]前美國", Y, "")
    d.date("旺季與[[聖誕節]]備貨", "2026-12-25", "")
    d.org("加上[[微軟]]、亞馬遜")
    d.org("微軟、[[亞馬遜]]、Google")
    d.org("亞馬遜、[[Google]]及Meta")
    d.org("Google及[[Meta]]持續")
    d.org("，[[輝達]]、超微")
    d.org("輝達、[[超微]]新一代")
    d.date("支撐[[第4季]]接單", "2026-Q4", "")
    d.org("變數。[[集邦科技]]預估")
    d.date("預估，[[明年]]全球AI", NY, "")
    d.metric("將年增[[逾2成]]，達到", 20, "%", "over", "")
    d.metric("達到[[約280萬台]]", "280e4", "台", "approx", "")
    d.org("。[[台灣半導體產業協會]]預估")
    d.date("預估，[[今年]]台灣IC", Y, "")
    d.metric("首度突破新台幣[[7兆元]]", "7e12", "元", "over", "",
             outer="突破" + NTD)
    d.org("，[[資策會產業情報研究所]]（MIC）")
    d.org("研究所（[[MIC]]）也將")
    d.date("也將[[今年]]資通訊", Y, "")
    d.metric("上修至新台幣[[2兆1,800億元]]", "2.18e12", "元", "exact", "",
             outer=NTD)
    # P10 think tanks and the coming releases (no CITY)
    d.org("\n\n[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）預估")
    d.date("預估，[[今年]]經濟成長率", Y, "")
    d.metric("可達[[5.8%]]，明年", "5.8", "%", "exact", "")
    d.date("5.8%，[[明年]]放緩", NY, "")
    d.metric("放緩至[[2.9%]]；", "2.9", "%", "exact", "")
    d.org("；[[中華經濟研究院]]則指出")
    d.date("指出，[[明年第1季]]適逢", "2027-Q1", "")
    d.date("適逢[[農曆春節]]，", "2027-02-06", "")
    d.org("；[[台灣區電機電子工業同業公會]]（")
    d.org("（[[電電公會]]）也提醒")
    d.date("關稅，[[明年上半年]]出口", NY, "")
    d.org("。[[國家發展委員會]]（")
    d.org("（[[國發會]]）將於")
    d.date("將於[[25日]]公布", "2026-11-25", "")
    d.date("公布[[10月]]景氣", OCT, "")
    d.org("；[[行政院主計總處]]（")
    d.org("（[[主計總處]]）則訂於")
    d.date("則訂於[[27日]]發布", "2026-11-27", "")
    d.org("，[[中央銀行]]也將")
    d.date("也將於[[12月17日]]召開", "2026-12-17", "")
    d.date("召開[[第4季]]理監事會", "2026-Q4", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "基隆", "嘉義", "香港", "新加坡",
                   "休士頓", "瓜達拉哈拉", "海防", "重慶", "昆山", "鳳凰城",
                   "德勒斯登", "曼谷", "胡志明", "吉隆坡", "河內", "雅加達",
                   "台灣", "全台", "竹科", "中科", "南科", "德州",
                   "亞利桑那", "上海", "深圳", "東京", "城市"],
        "excluded": [
            # Taiwan (the island as a place), 全台 (deictic), the science
            # parks by their short names (parks, no city: GUIDELINES
            # 新竹 counts only as 新竹市), a US state
            "移回[[台灣]]或", "今年[[台灣]]IC", "占[[全台]]出口",
            "前3季[[竹科]]、", "竹科、[[中科]]、", "中科、[[南科]]營業額",
            "其中[[南科]]受惠", "美國[[德州]]休士頓",
            "美國[[亞利桑那州]]鳳凰城",
        ],
        # 9個月, 3個月, 7個月 after 連續 (durations), 2奈米 (a technology
        # name, SPEC 3纳米), 1151120 (CNA's date code)
        "numbers_excluded": ["連續[[9個月]]", "連續[[3個月]]", "連續[[7個月]]",
                             "台南的[[2奈米]]", "）[[1151120]]"],
        # 半導體 (x2 outside ORG rows: 半 is no half), 三家 (a collective
        # label for 廣達、緯創、英業達), 第二座 (an ordinal), 新一代 (a word)
        "cn_excluded": ["其中[[半]]導體接單", "對[[半]]導體加徵",
                        "[[三家]]公司", "第[[二]]座晶圓廠", "新[[一]]代AI"],
        # AI (x6), IC (labels)
        "latin_excluded": ["[[AI]]伺服器拉貨", "受惠[[AI]]伺服器",
                           "公司的[[AI]]伺服器", "瓜達拉哈拉的[[AI]]伺服器",
                           "新一代[[AI]]晶片", "全球[[AI]]伺服器",
                           "台灣[[IC]]產業"],
        # time words that are no DATE: 年增 (x27, 年增率 and 年增幅 included),
        # 年減 (x2), 歷年同期, 歷年同月 (no period of their own; 同期 x1 is
        # that of 歷年同期), 單月, 逐月, 旺季, 全年 (outside 去年), 天數, 以來
        # (outside 11月), 日本 (the country)
        "words_excluded": {"年增": 27, "年減": 2, "歷年同期": 1,
                           "歷年同月": 1, "單月": 1, "逐月": 1, "旺季": 1,
                           "全年": 1, "天數": 1, "以來": 1, "日本": 1,
                           "同期": 1, "當天": 0, "當日": 0},
        # generic heads outside ORG rows: 公司 (三家公司), 業者, 法人, 廠商,
        # 代工廠; 協會, 公會, 研究院, 研究所, 委員會 only inside ORGs
        "orgwords_excluded": {"公司": 1, "業者": 1, "法人": 1, "廠商": 1,
                              "代工廠": 1, "協會": 0, "公會": 0,
                              "研究院": 0, "研究所": 0, "委員會": 0,
                              "銀行": 0},
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
    m = re.search(r"(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # 双11 is a holiday, no range
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


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
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
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
