#!/usr/bin/env python3
"""Gold annotation for the held-out articles g111_county_economy_industrial_parks
and g112_macao_gaming_revenue_visitors (annotator ZC).

Adapted from the precedent set's tools/annotate_yb.py (now dev/tools/annotate_g103_g104.py; copied and the data
changed; it keeps the checks of annotate_yb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations against
OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span, ROC
years only in a Taiwan text, relative words resolved from the reference
date, 即日/当天 repeating the latest day, the hand-declared organizations,
the Big5-HKSCS check), with annotate_yc.py's bare-day check, its
同日/當日/同月 check, its check that no article writes a Taiwan marker, its
check that a share after 约占/約佔 is approx, and its softer UTF-8 check (a
legacy codec may read the bytes only as another text).  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g111 is simplified (mainland, 经济日报, 2026-11-21), stored as UTF-8
  WITHOUT a BOM; GBK, GB18030, Big5, cp950 and Big5-HKSCS all fail on its
  bytes.  OpenCC t2s must leave the article unchanged.
- g112 is traditional (Macao, 澳門日報, 2026-11-02), stored as Big5-HKSCS
  (Python codec 'big5hkscs'): 氹 (路氹), 着 (隨着) and 綫 (航綫), as Macao
  writes them, are outside Big5 and outside cp950, so a Big5 or cp950
  reader fails and only HKSCS reads it (GB18030 reads gibberish).  `text`
  is the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; mainland cities by their official name with 市,
  Hong Kong, Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the precedent held-out set (README, NOTES_ya/yb/yc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g111_g112.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

Changes from annotate_yb.py: Macao's amounts written in Chinese numerals
with place and magnitude characters (二百四十一億六千萬元) are parsed by
cn_big(); Macao's months in Chinese numerals (十月份, 九月份, 十一月份) are
checked against their normalization; 「十一」 before 黃金周 is National Day
(GUIDELINES) and checked by exact span; development zones named after
their city (昆山开发区, 张家港保税区) give a CITY and no ORG, while a zone's
管委会 is an ORG (declared facilities: their city strings are audited);
the units 辆, 美元, 港元, 晚 (nights after 平均).  Re-run (from anywhere):

    python3 dev/tools/annotate_g111_g112.py
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
    "g111_county_economy_industrial_parks": ("utf-8", b"", False,
                                             "2026-11-21", "经济日报"),
    "g112_macao_gaming_revenue_visitors": ("big5hkscs", b"", True,
                                           "2026-11-02", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g111_county_economy_industrial_parks": [],
               "g112_macao_gaming_revenue_visitors": []}
# characters of a Big5-HKSCS article that Big5 lacks (none of them is in
# cp950 either)
OUTSIDE_BIG5 = {"g112_macao_gaming_revenue_visitors": ["氹", "着", "綫"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协轨线铁际轮务辆笔张条岁广汉尔"
                   "丰汇亚联储证劳议楼买卖亿万观览卫录约调产内开积战兴庆续变权结"
                   "娱乐稳宾厅预测庄艺视游铺杂")
# Holidays the articles name, by their exact span (2026-2027): 元旦
# 2027-01-01 (the coming one, nearest the reference date); 聖誕 2026-12-25
# (the coming one); 明年農曆新年 2027-02-06 (正月初一 of 2027); 「十一」
# before 黃金周 2026-10-01 (National Day, GUIDELINES).
HOLIDAY = {
    "元旦": "2027-01-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06", "十一": "2026-10-01",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g111 (2026: county-level cities 昆山, 江阴, 张家港, 常熟, 太仓 of
    # 苏州/无锡, 晋江, 石狮, 南安 of 泉州, 慈溪 of 宁波, 义乌 of 金华; the
    # prefecture-level cities 苏州 and 泉州)
    "昆山": "昆山市", "江阴": "江阴市", "张家港": "张家港市",
    "常熟": "常熟市", "太仓": "太仓市", "晋江": "晋江市", "石狮": "石狮市",
    "南安": "南安市", "慈溪": "慈溪市", "义乌": "义乌市",
    "义乌市": "义乌市", "苏州": "苏州市", "泉州": "泉州市",
    # g112 (traditional spans; mainland cities with 市, Hong Kong, Macao and
    # foreign cities by their common mainland names)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "深圳": "深圳市",
    "珠海": "珠海市", "中山": "中山市", "佛山": "佛山市", "上海": "上海市",
    "杭州": "杭州市", "南京": "南京市", "成都": "成都市", "重慶": "重庆市",
    "武漢": "武汉市", "拉斯維加斯": "拉斯维加斯", "曼谷": "曼谷",
    "首爾": "首尔",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "拉斯维加斯", "曼谷", "首尔"}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "銀河娛樂": "银河娱乐", "金沙中國": "金沙中国",
    "美高梅中國": "美高梅中国", "新濠博亞娛樂": "新濠博亚娱乐",
    "永利澳門": "永利澳门", "澳博控股": "澳博控股", "摩根大通": "摩根大通",
    "花旗": "花旗", "瑞銀": "瑞银", "富瑞": "富瑞",
    "澳門旅遊局": "澳门旅游局", "治安警察局": "治安警察局",
    "國家移民管理局": "国家移民管理局", "統計暨普查局": "统计暨普查局",
    "統計局": "统计局", "澳門酒店協會": "澳门酒店协会",
    "經濟財政司": "经济财政司", "立法會": "立法会", "特區政府": "特区政府",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "澳門中華總商會": "澳门中华总商会",
    "澳門理工大學博彩教學暨研究中心": "澳门理工大学博彩教学暨研究中心",
    "澳門國際機場": "澳门国际机场", "澳門航空": "澳门航空",
    "金光飛航": "金光飞航", "澳門大學博彩研究所": "澳门大学博彩研究所",
    "澳門經濟學會": "澳门经济学会", "澳門旅遊業議會": "澳门旅游业议会",
}
# Chinese-numeral days (none written here; kept for the day check)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6,
           "天": 6}


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


def cn_big(s):
    """An integer in Chinese numerals with place characters (十百千) and
    magnitudes (萬/万, 億/亿), as Macao's papers write amounts:
    二百四十一億六千萬 -> 24160000000.  Digits must be separated by a place
    or magnitude character (adjacent digits are vague, GUIDELINES)."""
    digits = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "零": 0, "〇": 0}
    places = {"十": 10, "百": 100, "千": 1000}
    total, section, num = Decimal(0), Decimal(0), None
    prev_digit = False
    for ch in s:
        if ch in digits:
            assert not prev_digit, s            # 二三 would be vague
            num, prev_digit = Decimal(digits[ch]), True
            continue
        prev_digit = False
        if ch in places:
            section += (num if num is not None else 1) * places[ch]
        elif ch in "萬万":
            section = (section + (num or 0)) * 10 ** 4
        elif ch in "億亿":
            total = (total + section + (num or 0)) * 10 ** 8
            section = Decimal(0)
        else:
            raise AssertionError(s)
        num = None
    return total + section + (num or 0)


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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "big5", "cp950",    # fails or
                          "big5hkscs"):             # reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5: the declared
            outside = sorted({c for c in self.text   # HKSCS characters are
                              if not enc_ok(c, "big5")})  # the only ones
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            assert outside, f"{doc_id}: declare an HKSCS character"
            for other in ("big5", "cp950"):         # so Big5 and Taiwan's
                assert not all(enc_ok(c, other)     # cp950 cannot read it
                               for c in outside), (doc_id, other)
                assert not decodes(raw, other), (doc_id, other)
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Macao text writes no
            for w in TAIWAN_MARKERS:            # Taiwan marker
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
        if any(w in span for w in HOLIDAY_WORDS) or span == "十一":
            assert HOLIDAY[span] == normalized, (ctx, normalized)
            if span == "十一":          # National Day only before 黃金周
                m = re.search(r"\[\[十一\]\](.*)", ctx)   # (GUIDELINES), a
                assert re.match("[」”』]?(黄金周|黃金周)", m.group(1)), ctx
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
            assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
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
# g111 the economies of strong counties and county-level cities in the
# first three quarters: 昆山 (its development zone, the city's statistics
# bureau and development and reform commission, display and electronics
# companies, projects), 江阴 (listed companies, the high-tech zone's
# management committee), 张家港, 常熟, 太仓 (苏州), 晋江, 石狮, 南安 (泉州),
# 慈溪, 义乌, the county ranking of 赛迪顾问, the academy's view, the
# provincial statistics bureaus, local banks, the outlook.  Simplified,
# UTF-8 without BOM, 2026-11-21 (a Saturday, ISO week 2026-W47), 经济日报;
# the byline line 经济日报记者 陶碧云 顾晓川 follows the title.  昆山市统计局
# published 昨日 (2026-11-20); 上周 2026-W46; 元旦 2027-01-01 (the coming
# one).  Development zones named after their city (昆山开发区, 张家港保税区,
# 晋江经济开发区) are areas like districts: no ORG, and their city is a
# CITY used as a modifier (SPEC: 常州市区 -> 常州; a city inside a park's
# name counts); a zone's 管委会 is a government body, one ORG with the place
# inside (江阴高新区管委会).
# ===========================================================================
@doc
def g111():
    d = Doc("g111_county_economy_industrial_parks")
    Y, LY, NY = "2026", "2025", "2027"
    KS, JY, ZJG, CS, TC, JJ, NA, QZ, CX, YW = (
        "昆山市", "江阴市", "张家港市", "常熟市", "太仓市", "晋江市", "南安市",
        "泉州市", "慈溪市", "义乌市")
    # title (a heading that opens with a DATE; the title line's 昆山 is the
    # first city after its figures)
    d.date("[[前三季度]]经济强县", Y, KS)
    d.city("出炉 [[昆山]]地区")
    d.metric("[[突破4100亿元]]", "4100e8", "元", "over", KS)
    # byline line (opens with an ORG: no section)
    d.org("\n[[经济日报]]记者 ")
    # P1 the national figure, the strong counties (cities in the last
    # sentence)
    d.date("的[[前三季度]]“成绩单”", Y, "")
    d.org("。[[国家统计局]]此前")
    d.date("显示，[[前三季度]]全国国内", Y, "")
    d.metric("同比增长[[5.1%]]", "5.1", "%", "exact", "")
    d.date("了解到，[[今年前三季度]]，昆山", Y, KS)
    d.city("今年前三季度，[[昆山]]、江阴")
    d.city("，昆山、[[江阴]]、张家港、晋江")
    d.city("，昆山、江阴、[[张家港]]、晋江")
    d.city("张家港、[[晋江]]、慈溪等")
    d.city("晋江、[[慈溪]]等县级市")
    # P2 昆山: GDP, industrial output, the development zone, companies
    d.org("\n[[昆山市统计局]]昨日")
    d.date("昆山市统计局[[昨日]]发布", "2026-11-20", KS)
    d.date("显示，[[前三季度]]昆山实现", Y, KS)
    d.city("前三季度[[昆山]]实现")
    d.metric("生产总值[[4126.8亿元]]", "4126.8e8", "元", "exact", KS)
    d.metric("同比增长[[6.1%]]", "6.1", "%", "exact", KS)
    d.date("增速比[[上半年]]加快", Y, KS)
    d.metric("加快[[0.3个百分点]]", "0.3", "百分点", "exact", KS)
    d.metric("总产值[[约8950亿元]]", "8950e8", "元", "approx", "")
    d.metric("同比增长[[7.4%]]", "7.4", "%", "exact", "")
    d.city("其中，[[昆山]]开发区规上")
    d.metric("总产值[[约4380亿元]]", "4380e8", "元", "approx", KS)
    d.metric("全市的[[近一半]]", 50, "%", "approx", KS)
    d.org("。[[昆山市发展和改革委员会]]（")
    d.org("以下简称“[[昆山市发改委]]”）相关")
    d.org("补链，[[维信诺]]、龙腾光电")
    d.org("维信诺、[[龙腾光电]]三季度")
    d.date("龙腾光电[[三季度]]产值", "2026-Q3", "")
    d.metric("分别增长[[18.5%]]和", "18.5", "%", "exact", "")
    d.metric("18.5%和[[11.2%]]，", "11.2", "%", "exact", "")
    d.org("，[[仁宝]]、立讯精密")
    d.org("仁宝、[[立讯精密]]等电子")
    # P3 昆山: projects
    d.date("提速。[[11月18日]]，", "2026-11-18", KS)
    d.city("11月18日，[[昆山]]开发区举行")
    d.date("举行[[四季度]]重大", "2026-Q4", KS)
    d.metric("签约活动，[[32个]]项目", 32, "个", "exact", KS)
    d.metric("总投资[[约426亿元]]", "426e8", "元", "approx", KS)
    d.org("。[[昆山市发改委]]数据显示")
    d.date("截至[[10月底]]，昆山", "2026-10", KS)
    d.city("10月底，[[昆山]]今年")
    d.date("10月底，昆山[[今年]]新签约", Y, KS)
    d.metric("新签约[[亿元以上]]项目", "1e8", "元", "over", KS)
    d.metric("项目[[216个]]", 216, "个", "exact", KS)
    d.metric("总投资[[超过1300亿元]]", "1300e8", "元", "over", KS)
    d.metric("占比[[约三成]]", 30, "%", "approx", KS)
    d.org("。[[好孩子集团]]、沪电股份")
    d.org("好孩子集团、[[沪电股份]]等")
    d.date("智能制造，[[今年]]以来", Y, "")
    d.metric("同比增长[[24.3%]]", "24.3", "%", "exact", "")
    # P4 江阴
    d.city("\n在[[江阴]]，前三季度")
    d.date("在江阴，[[前三季度]]地区", Y, JY)
    d.metric("生产总值达[[3806.5亿元]]", "3806.5e8", "元", "exact", JY)
    d.metric("同比增长[[5.8%]]", "5.8", "%", "exact", JY)
    d.org("。[[江阴市统计局]]数据")
    d.date("数据显示，[[前三季度]]全市规上", Y, "")
    d.metric("增加值增长[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("比重达[[52.6%]]", "52.6", "%", "exact", "")
    d.date("比[[去年同期]]提高", LY, "")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact", "")
    d.city("第一县”的[[江阴]]，目前")
    d.metric("上市公司[[63家]]", 63, "家", "exact", JY)
    d.org("。[[长电科技]]三季度")
    d.date("长电科技[[三季度]]营业", "2026-Q3", "")
    d.metric("同比增长[[约21%]]", 21, "%", "approx", "")
    d.org("，[[兴澄特钢]]、海澜集团")
    d.org("兴澄特钢、[[海澜集团]]、阳光集团")
    d.org("海澜集团、[[阳光集团]]等龙头")
    d.org("。[[江阴高新区管委会]]负责人")
    d.date("园区[[今年前10个月]]实际", Y, "")
    d.metric("使用外资[[2.4亿美元]]", "2.4e8", "美元", "exact", "")
    d.date("已超过[[去年]]全年", LY, "")
    # P5 张家港, 常熟, 太仓 (苏州)
    d.city("\n[[苏州]]其他县级市")
    d.city("答卷。[[张家港]]前三季度")
    d.date("张家港[[前三季度]]实现", Y, ZJG)
    d.metric("生产总值[[2785.3亿元]]", "2785.3e8", "元", "exact", ZJG)
    d.metric("增长[[5.6%]]", "5.6", "%", "exact", ZJG)
    d.org("，[[沙钢集团]]和永钢集团")
    d.org("和[[永钢集团]]前三季度")
    d.date("永钢集团[[前三季度]]合计", Y, ZJG)
    d.metric("营业收入[[约2200亿元]]", "2200e8", "元", "approx", ZJG)
    d.city("；[[张家港]]保税区")
    d.metric("同比增长[[9.7%]]", "9.7", "%", "exact", ZJG)
    d.city("。[[常熟]]前三季度")
    d.date("常熟[[前三季度]]地区", Y, CS)
    d.metric("生产总值[[突破2200亿元]]", "2200e8", "元", "over", CS)
    d.org("，[[波司登]]最新")
    d.metric("同比增长[[超过一成]]", 10, "%", "over", CS)
    d.city("。[[太仓]]则依托")
    d.metric("德资企业[[超过560家]]", 560, "家", "over", TC)
    d.org("，[[舍弗勒]]、通快")
    d.org("舍弗勒、[[通快]]等企业")
    d.date("等企业[[今年]]相继", Y, TC)
    # P6 晋江, 石狮, 南安 (泉州)
    d.city("福建方面，[[晋江]]前三季度")
    d.date("晋江[[前三季度]]地区生产总值达2690.4", Y, JJ)
    d.metric("生产总值达[[2690.4亿元]]", "2690.4e8", "元", "exact", JJ)
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact", JJ)
    d.org("。[[晋江市统计局]]数据")
    d.metric("产值增长[[7.1%]]", "7.1", "%", "exact", "")
    d.date("7.1%，[[1月]]至9月", "2026-01", "")
    d.date("1月至[[9月]]全市", "2026-09", "")
    d.metric("出口额[[约980亿元]]", "980e8", "元", "approx", "")
    d.org("。[[安踏体育]]上月")
    d.date("安踏体育[[上月]]发布", "2026-10", "")
    d.date("发布的[[三季度]]运营", "2026-Q3", "")
    d.org("数据显示，[[安踏]]品牌")
    d.org("；[[特步]]、恒安集团")
    d.org("特步、[[恒安集团]]、九牧王")
    d.org("恒安集团、[[九牧王]]等")
    d.city("九牧王等[[晋江]]企业")
    d.city("。[[晋江]]经济开发区")
    d.date("经济开发区[[今年]]新增", Y, JJ)
    d.metric("规上企业[[48家]]", 48, "家", "exact", JJ)
    d.org("。[[泉州市统计局]]相关")
    d.city("分析，[[晋江]]、石狮")
    d.city("晋江、[[石狮]]、南安")
    d.city("石狮、[[南安]]三地")
    d.date("三地[[前三季度]]经济", Y, NA)
    d.city("约占[[泉州]]全市")
    d.metric("全市的[[五成]]", 50, "%", "approx", QZ, sep="约")
    # P7 慈溪, 义乌
    d.city("韧性。[[慈溪]]前三季度")
    d.date("慈溪[[前三季度]]地区", Y, CX)
    d.metric("生产总值[[约1985亿元]]", "1985e8", "元", "approx", CX)
    d.metric("增长[[5.9%]]", "5.9", "%", "exact", CX)
    d.org("；[[公牛集团]]、方太")
    d.org("公牛集团、[[方太]]等家电")
    d.date("家电企业[[前三季度]]出口", Y, "")
    d.metric("同比增长[[12.6%]]", "12.6", "%", "exact", "")
    d.org("。[[慈溪市发展和改革局]]表示")
    d.org("前湾新区[[吉利汽车]]生产")
    d.date("生产基地[[四季度]]排产", "2026-Q4", "")
    d.metric("产量将[[突破30万辆]]", "30e4", "辆", "over", "")
    d.city("。[[义乌]]则凭借")
    d.org("。[[义乌海关]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", YW)
    d.date("今年1月至[[10月]]义乌市", "2026-10", YW)
    d.city("10月[[义乌市]]进出口")
    d.metric("总值达[[5866.2亿元]]", "5866.2e8", "元", "exact", YW)
    d.metric("同比增长[[14.8%]]", "14.8", "%", "exact", YW)
    d.metric("占比[[超过六成]]", 60, "%", "over", YW)
    # P8 the county ranking, the research institute's count
    d.org("延续。[[赛迪顾问县域经济研究中心]]日前")
    d.date("《[[2026]]中国", Y, KS)
    d.city("显示，[[昆山]]连续22年")
    d.city("首位，[[江阴]]、张家港")
    d.city("江阴、[[张家港]]紧随")
    d.metric("以全国[[不到2%]]的土地", 2, "%", "under", "")
    d.metric("土地、[[约7%]]的人口", 7, "%", "approx", "")
    d.metric("全国[[约10%]]的经济", 10, "%", "approx", "")
    d.org("。[[中国信息通信研究院]]（")
    d.org("以下简称“[[中国信通院]]”）测算")
    d.date("显示，[[2025年]]全国", LY, "")
    d.metric("生产总值[[超过千亿元]]的县", "1e11", "元", "over", "")
    d.metric("已达[[62个]]", 62, "个", "exact", "")
    d.date("较[[2024年]]增加", "2024", "")
    d.metric("增加[[3个]]。", 3, "个", "exact", "")
    # P9 pressures, the academy, the provincial statistics bureaus (no CITY)
    d.org("。[[中国社会科学院财经战略研究院]]一位")
    d.org("。[[江苏省统计局]]上周")
    d.date("江苏省统计局[[上周]]发布", "2026-W46", "")
    d.date("全省县域[[前三季度]]规上", Y, "")
    d.metric("增加值增长[[7.6%]]", "7.6", "%", "exact", "")
    d.metric("全省平均[[0.4个百分点]]", "0.4", "百分点", "exact", "")
    d.org("；[[福建省统计局]]则预计")
    d.date("预计，[[四季度]]全省", "2026-Q4", "")
    d.metric("保持在[[5.5%左右]]", "5.5", "%", "approx", "")
    # P10 local banks, the outlook (no CITY: 苏南 is a region)
    d.org("加力。[[江阴银行]]、常熟银行")
    d.org("江阴银行、[[常熟银行]]、张家港")
    d.org("常熟银行、[[张家港农商银行]]等")
    d.date("截至[[9月末]]，常熟", "2026-09", "")
    d.org("9月末，[[常熟银行]]制造业")
    d.metric("贷款余额[[约386亿元]]", "386e8", "元", "approx", "")
    d.date("较[[年初]]增长", Y, "")
    d.metric("较年初增长[[11.3%]]", "11.3", "%", "exact", "")
    d.date("项目在[[年底]]前", Y, "")
    d.date("前和[[元旦]]前后", "2027-01-01", "")
    d.date("强县[[明年一季度]]有望", "2027-Q1", "")
    audit = {
        "cities": ["昆山", "江阴", "张家港", "常熟", "太仓", "晋江", "石狮",
                   "南安", "泉州", "慈溪", "义乌", "苏州", "宁波", "无锡",
                   "金华", "江苏", "福建", "浙江", "中国", "全国", "苏南"],
        "excluded": [
            # provinces (江苏 also inside 江苏省统计局, an ORG), the country
            # in a nickname and in a report's title, 全国 (x7), 苏南 (a
            # region)
            "从[[江苏]]、福建", "江苏、[[福建]]、浙江", "福建、[[浙江]]等地",
            "[[福建]]方面", "[[浙江]]县域经济", "“[[中国]]资本",
            "2026[[中国]]县域", "前三季度[[全国]]国内", "高于[[全国]]和",
            "位居[[全国]]百强县", "以[[全国]]不到2%", "创造了[[全国]]约10%",
            "2025年[[全国]]地区", "从[[全国]]看", "[[苏南]]强县",
        ],
        # a duration (连续22年)
        "numbers_excluded": ["连续[[22年]]"],
        # indefinite words, an ordinal in a nickname, a collective label
        # (三地), a programme's name, the ranking's label (百强), the next
        # stage
        "cn_excluded": ["[[一批]]经济强县",
                        "随着[[一批]]重大", "资本[[第一]]县", "南安[[三地]]",
                        "“[[一带一路]]”", "县域经济[[百]]强研究",
                        "全国[[百]]强县首位", "；[[百]]强县以",
                        "[[一位]]研究员", "下[[一]]阶段"],
        "latin_excluded": [],
        # 近日, 日前, 全年 (x2: 去年全年 with 全年 outside the DATE, and
        # 预计全年), 明显 (明 of 明显)
        "words_excluded": {"近日": 1, "日前": 1, "全年": 2, "明显": 1},
        # generic heads and kinds outside ORG rows (地方法人银行, 上市公司)
        "orgwords_excluded": {"集团": 0, "银行": 1, "统计局": 0, "公司": 1,
                              "管委会": 0, "研究院": 0},
        "orgstring_excluded": [],
        "orgs": ["经济日报", "国家统计局", "昆山市统计局",
                 "昆山市发展和改革委员会", "昆山市发改委", "维信诺", "龙腾光电",
                 "仁宝", "立讯精密", "好孩子集团", "沪电股份", "江阴市统计局",
                 "长电科技", "兴澄特钢", "海澜集团", "阳光集团",
                 "江阴高新区管委会", "沙钢集团", "永钢集团", "波司登", "舍弗勒",
                 "通快", "晋江市统计局", "安踏体育", "安踏", "特步", "恒安集团",
                 "九牧王", "泉州市统计局", "公牛集团", "方太",
                 "慈溪市发展和改革局", "吉利汽车", "义乌海关",
                 "赛迪顾问县域经济研究中心", "中国信息通信研究院", "中国信通院",
                 "中国社会科学院财经战略研究院", "江苏省统计局", "福建省统计局",
                 "江阴银行", "常熟银行", "张家港农商银行"],
    }
    return d, audit


# ===========================================================================
# g112 Macao's gross gaming revenue in October and the visitors: the
# inspection bureau's figures (written in Chinese numerals, as Macao's
# papers do), the concessionaires' market shares and analysts' forecasts,
# visitor arrivals in October and in the 「十一」 golden week, the individual
# visit scheme's cities and border crossings, hotel occupancy (the
# statistics bureau, the tourism office, the hotel association, the Grand
# Prix), the concessionaires' third-quarter results, the concession
# contracts and the budget, community events, air and sea links, the
# outlook.  Traditional as Macao writes it (公佈, 佔, 按年, 首十個月, 第三季,
# 十月份, 「」, 隨着, 航綫, 路氹), Big5-HKSCS, 2026-11-02 (a Monday, ISO week
# 2026-W45), 澳門日報; the first paragraph opens with 【本報消息】 (本報 names
# no outlet).  博監局 published 昨日 (2026-11-01); 上周 2026-W44; 「十一」黃金周
# 2026-10-01 (the holiday 10月1日至7日); 聖誕 2026-12-25, 元旦 2027-01-01,
# 明年農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g112():
    d = Doc("g112_macao_gaming_revenue_visitors")
    Y, LY, NY, OCT, NOV = "2026", "2025", "2027", "2026-10", "2026-11"
    MO, HK, ZH, FS, SH, LV = ("澳门", "香港", "珠海市", "佛山市", "上海市",
                              "拉斯维加斯")
    NAT = "2026-10-01"
    # title (a heading that opens with a DATE; no city)
    d.date("[[十月]]賭收", OCT, "")
    d.metric("賭收[[逾二百四十一億]]", "241e8", "", "over", "")
    d.metric("按年升[[8.2%]]", "8.2", "%", "exact", "")
    # P1 the inspection bureau's revenue figures (no CITY)
    d.org("【本報消息】[[博彩監察協調局]]（")
    d.org("（[[博監局]]）昨日")
    d.date("（博監局）[[昨日]]公佈", "2026-11-01", "")
    d.date("公佈，[[十月份]]幸運博彩", OCT, "")
    d.metric("毛收入為[[二百四十一億六千萬元]]", "24160e6", "元", "exact", "")
    d.metric("按年上升[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("大增[[32.5%]]", "32.5", "%", "exact", "")
    d.date("，為[[今年]]以來", Y, "")
    d.date("；[[今年首十個月]]累計", Y, "")
    d.metric("毛收入為[[2,196.8億元]]", "2196.8e8", "元", "exact", "")
    d.metric("按年上升[[7.4%]]", "7.4", "%", "exact", "")
    d.date("推算，[[上月]]日均", OCT, "")
    d.metric("日均毛收入[[約7.79億元]]", "7.79e8", "元", "approx", "")
    d.date("認為，「[[十一]]」黃金周旅客量", NAT, "")
    # P2 market shares, analysts (澳門 and 拉斯維加斯 in the last sentence)
    d.org("估算，[[銀河娛樂]]上月")
    d.date("銀河娛樂[[上月]]市佔率", OCT, "")
    d.metric("市佔率[[約24.1%]]", "24.1", "%", "approx", "")
    d.org("之首；[[金沙中國]]以")
    d.metric("金沙中國以[[約23.5%]]", "23.5", "%", "approx", "")
    d.org("其後，[[美高梅中國]]、新濠")
    d.org("美高梅中國、[[新濠博亞娛樂]]、永利")
    d.org("新濠博亞娛樂、[[永利澳門]]及")
    d.org("永利澳門及[[澳博控股]]的")
    d.metric("介乎[[9%]]至16%", 9, "%", "exact", "")
    d.metric("9%至[[16%]]。", 16, "%", "exact", "")
    d.org("。[[摩根大通]]發表")
    d.metric("已升至[[約77%]]", 77, "%", "approx", "")
    d.org("。[[花旗]]預期")
    d.date("花旗預期[[十一月份]]賭收", NOV, "")
    d.metric("介乎[[215億]]至225億元", "215e8", "元", "exact", "",
             shared="元")
    d.metric("215億至[[225億元]]", "225e8", "元", "exact", "")
    d.metric("按年增長[[約6%]]；", 6, "%", "approx", "")
    d.org("；[[瑞銀]]則將")
    d.date("則將[[今年]]全年賭收", Y, "")
    d.metric("上調至[[2,630億元]]", "2630e8", "元", "exact", "")
    d.org("。[[富瑞]]指出")
    d.city("指出，[[澳門]]上月")
    d.date("澳門[[上月]]賭收相當", OCT, MO)
    d.city("美國[[拉斯維加斯]]全市")
    d.metric("賭收的[[約4倍]]", 4, "倍", "approx", LV)
    # P3 visitor arrivals (香港 in one sentence)
    d.org("旅客方面，[[澳門旅遊局]]初步")
    d.date("顯示，[[十月份]]入境旅客", OCT, "")
    d.metric("入境旅客[[約392萬人次]]", "392e4", "人次", "approx", "")
    d.metric("按年上升[[11.6%]]", "11.6", "%", "exact", "")
    d.metric("留宿旅客[[約176萬人次]]", "176e4", "人次", "approx", "")
    d.date("其中，「[[十一]]」黃金周（", NAT, "")
    d.date("黃金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("入境旅客[[逾128萬人次]]", "128e4", "人次", "over", "")
    d.metric("日均[[約18萬人次]]", "18e4", "人次", "approx", "")
    d.date("人次，[[10月3日]]單日", "2026-10-03", "")
    d.metric("入境達[[21.4萬人次]]", "21.4e4", "人次", "exact", "")
    d.metric("內地旅客[[約298萬人次]]", "298e4", "人次", "approx", "")
    d.metric("佔整體[[約76%]]", 76, "%", "approx", "")
    d.metric("個人遊旅客[[約142萬人次]]", "142e4", "人次", "approx", "")
    d.city("；[[香港]]旅客約63萬")
    d.metric("香港旅客[[約63萬人次]]", "63e4", "人次", "approx", HK)
    d.metric("國際旅客[[約21萬人次]]", "21e4", "人次", "approx", "")
    d.metric("按年增加[[約三成]]", 30, "%", "approx", "")
    d.org("。[[治安警察局]]數據")
    d.metric("旅客佔[[約42%]]", 42, "%", "approx", "")
    # P4 the individual visit scheme's cities, border crossings
    d.city("廣東省，[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]、中山")
    d.city("珠海、[[中山]]及佛山")
    d.city("中山及[[佛山]]五市")
    d.metric("合共佔[[約58%]]", 58, "%", "approx", FS)
    d.org("。[[國家移民管理局]]自")
    d.date("自[[今年5月]]起", "2026-05", SH)
    d.city("起在[[上海]]、杭州")
    d.city("上海、[[杭州]]、南京")
    d.city("杭州、[[南京]]、成都")
    d.city("南京、[[成都]]、重慶")
    d.city("成都、[[重慶]]及武漢")
    d.city("重慶及[[武漢]]等城市")
    d.city("試行赴[[澳門]]個人遊")
    d.date("明顯，[[十月份]]按年", OCT, MO)
    d.metric("按年上升[[約45%]]", 45, "%", "approx", MO)
    d.date("口岸[[上月]]入境", OCT, "")
    d.metric("入境旅客[[逾86萬人次]]", "86e4", "人次", "over", "")
    d.metric("按年增長[[18.2%]]", "18.2", "%", "exact", "")
    d.city("受惠於[[珠海]]居民")
    d.metric("按月增加[[約9%]]", 9, "%", "approx", ZH)
    # P5 hotels (the statistics bureau, the tourism office, the Grand Prix)
    d.org("酒店方面，[[統計暨普查局]]（")
    d.org("（[[統計局]]）早前")
    d.date("公佈，[[九月份]]酒店", "2026-09", "")
    d.metric("入住率為[[86.9%]]", "86.9", "%", "exact", "")
    d.metric("按年上升[[3.1個百分點]]", "3.1", "百分点", "exact", "")
    d.metric("住客[[約131萬人次]]", "131e4", "人次", "approx", "")
    d.metric("按年增加[[6.8%]]", "6.8", "%", "exact", "")
    d.metric("時間為[[1.6晚]]", "1.6", "晚", "exact", "")
    d.org("。[[澳門旅遊局]]上周")
    d.date("澳門旅遊局[[上周]]公佈", "2026-W44", "")
    d.date("顯示，「[[十一]]」黃金周期間全澳", NAT, "")
    d.metric("入住率達[[95.7%]]", "95.7", "%", "exact", "")
    d.metric("房價[[約1,920元]]", 1920, "元", "approx", "")
    d.date("1,920元，較[[去年同期]]上升", LY, "")
    d.metric("較去年同期上升[[約7%]]。澳門", 7, "%", "approx", "")
    d.org("。[[澳門酒店協會]]預計")
    d.city("屆[[澳門]]格蘭披治")
    d.date("大賽車（[[11月12日]]至15日）", "2026-11-12", MO)
    d.date("11月12日至[[15日]]）", "2026-11-15", MO)
    d.date("帶動，[[本月中旬]]酒店", NOV, MO)
    d.metric("維持在[[九成以上]]", 90, "%", "over", MO)
    # P6 the concessionaires' results (no CITY; 路氹 is an area)
    d.org("方面，[[金沙中國]]上月公佈")
    d.date("金沙中國[[上月]]公佈", OCT, "")
    d.date("上月公佈[[第三季]]經調整", "2026-Q3", "")
    d.metric("EBITDA為[[6.12億美元]]", "6.12e8", "美元", "exact", "")
    d.metric("按年上升[[9.4%]]", "9.4", "%", "exact", "")
    d.org("；[[銀河娛樂]]第三季")
    d.date("銀河娛樂[[第三季]]經調整", "2026-Q3", "")
    d.metric("EBITDA為[[38.6億港元]]", "38.6e8", "港元", "exact", "")
    d.metric("按年增加[[12%]]，旗下", 12, "%", "exact", "")
    d.date("預計[[明年上半年]]全面", NY, "")
    d.org("。[[澳博控股]]第三季")
    d.date("澳博控股[[第三季]]經調整", "2026-Q3", "")
    d.metric("EBITDA[[約9.8億港元]]", "9.8e8", "港元", "approx", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    d.org("；[[新濠博亞娛樂]]表示")
    d.date("表示，[[第四季]]以來", "2026-Q4", "")
    d.metric("按年增長[[約一成]]", 10, "%", "approx", "")
    d.org("；[[永利澳門]]及美高梅中國則")
    d.org("永利澳門及[[美高梅中國]]則將")
    d.date("則將於[[本月中旬]]公佈", NOV, "")
    d.date("公佈[[第三季]]業績", "2026-Q3", "")
    # P7 the concession contracts, the budget, public finance (no CITY)
    d.date("按照[[2023年]]生效", "2023", "")
    d.metric("須在十年內投資[[逾1,188億元]]", "1188e8", "元", "over", "")
    d.metric("投資佔[[約九成]]", 90, "%", "approx", "")
    d.org("。[[經濟財政司]]司長")
    d.org("早前在[[立法會]]表示")
    d.org("表示，[[特區政府]]在")
    d.date("特區政府在[[2026年]]財政預算", Y, "")
    d.metric("毛收入為[[2,360億元]]", "2360e8", "元", "exact", "")
    d.date("，[[今年首九個月]]博彩", Y, "")
    d.metric("稅收入[[約684億元]]", "684e8", "元", "approx", "")
    d.metric("按年增加[[約7%]]，佔政府", 7, "%", "approx", "")
    d.metric("總收入[[約八成]]", 80, "%", "approx", "")
    # P8 community events, the chamber, a survey (no CITY)
    d.org("方面，[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）資料")
    d.date("顯示，[[十月份]]各承批公司", OCT, "")
    d.metric("吸引[[逾35萬人次]]", "35e4", "人次", "over", "")
    d.metric("平均增加[[約12%]]", 12, "%", "approx", "")
    d.org("。[[澳門中華總商會]]表示")
    d.org("。[[澳門理工大學博彩教學暨研究中心]]上月")
    d.date("研究中心[[上月]]發表", OCT, "")
    d.metric("顯示，[[約62%]]受訪", 62, "%", "approx", "")
    d.date("比例較[[去年同期]]上升", "2025-10", "")
    d.metric("上升[[5.3個百分點]]", "5.3", "百分点", "exact", "")
    # P9 air and sea links
    d.org("交通方面，[[澳門國際機場]]上月")
    d.date("澳門國際機場[[上月]]旅客量", OCT, "")
    d.metric("旅客量[[約72萬人次]]", "72e4", "人次", "approx", "")
    d.metric("按年增加[[15.3%]]", "15.3", "%", "exact", "")
    d.org("。[[澳門航空]]表示")
    d.date("將於[[12月]]起", "2026-12", MO)
    d.city("往返[[澳門]]與杭州")
    d.city("澳門與[[杭州]]、成都")
    d.city("杭州、[[成都]]的航綫")
    d.city("直飛[[曼谷]]及首爾")
    d.city("曼谷及[[首爾]]航班")
    d.org("；[[金光飛航]]亦計劃")
    d.date("計劃在[[聖誕]]及元旦", "2026-12-25", HK)
    d.date("聖誕及[[元旦]]期間", "2027-01-01", HK)
    d.city("往返[[香港]]的船班")
    # P10 the university institute, the economists, the travel trade
    # council, the outlook (no CITY)
    d.org("\n[[澳門大學博彩研究所]]一名")
    d.org("。[[澳門經濟學會]]預測")
    d.date("預測，[[今年]]全年本地", Y, "")
    d.metric("實質增長[[約6%]]，旅遊", 6, "%", "approx", "")
    d.org("。[[澳門旅遊業議會]]則指")
    d.date("預計[[本月]]入境", NOV, "")
    d.metric("有望[[突破380萬人次]]", "380e4", "人次", "over", "")
    d.date("，[[明年農曆新年]]前後", "2027-02-06", "")
    d.org("建議[[特區政府]]爭取")
    audit = {
        "cities": ["澳門", "香港", "廣州", "深圳", "珠海", "中山", "佛山",
                   "上海", "杭州", "南京", "成都", "重慶", "武漢",
                   "拉斯維加斯", "曼谷", "首爾", "廣東", "美國", "韓國",
                   "菲律賓", "日本", "橫琴", "路氹", "氹仔", "本澳", "全澳",
                   "內地", "城市", "大灣區"],
        "excluded": [
            # a province, countries, an island's border crossing and
            # Cotai (areas), 全澳, 內地 (x2), 城市 (x3), 美國
            "來自[[廣東]]省", "以[[韓國]]、菲律賓", "韓國、[[菲律賓]]及",
            "菲律賓及[[日本]]旅客", "[[美國]]拉斯維加斯", "；[[橫琴]]口岸",
            "旗下[[路氹]]項目", "期間[[全澳]]酒店", "[[內地]]旅客約298",
            "更多[[內地]]城市", "武漢等[[城市]]", "上述[[城市]]",
            "內地[[城市]]納入",
        ],
        "numbers_excluded": [],
        # ordinals, a visa's and a measure's names, durations, 五市 (a
        # collective label), 一名
        "cn_excluded": ["[[第七十三]]屆", "項目[[第四]]期",
                        "在[[十年]]內", "在[[一年]]內", "佛山[[五市]]",
                        "「[[一]]簽多行」以來", "「[[一]]簽多行」範圍",
                        "「[[一周一行]]」", "[[一名]]學者"],
        "latin_excluded": ["物業[[EBITDA]]為", "經調整[[EBITDA]]為38.6",
                           "經調整[[EBITDA]]約"],
        # 按年 (x17), 按月 (x2), 單月, 日均 (x2), 單日 (x2), 黃金周 (x4: 周 a
        # time character; 「十一」 is the DATE), 全年 (x3), 初步, 多月, 明顯
        "words_excluded": {"按年": 17, "按月": 2, "單月": 1, "日均": 2,
                           "單日": 2, "黃金周": 4, "全年": 3, "初步": 1,
                           "多月": 1, "明顯": 1},
        # generic heads outside ORG rows (承批公司 x3, 公司 inside them)
        "orgwords_excluded": {"承批公司": 3, "政府": 1, "協會": 0,
                              "局": 0},
        "orgstring_excluded": [],
        "orgs": list(ORG_NORM),
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十百千万萬亿億〇零]+)"
                     r"([^一二两兩三四五六七八九十百千万萬亿億〇零]*)", span)
    if m and re.search("[十百千]", m.group(1)) and len(m.group(1)) > 1:
        return cn_big(m.group(1)), q, m.group(2)    # 二百四十一億六千萬元
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
    """The year, month and day a DATE span writes must be those of its
    normalization: a 4-digit year, a month not counted by 前/首 (前10月,
    前10个月 are the year), a day also in brackets (昨（23）日)."""
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", tx)
    if m:
        assert norm[:4] == m.group(1), (tx, norm)
    mon = re.search(r"(?<![\d前首])(\d{1,2}|十[一二]?|[一二三四五六七八九])月",
                    tx)
    if mon and not re.search(r"[前首]" + re.escape(mon.group(0)), tx):
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
                    r"[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


def check_bare_day(d, r):
    """A bare day (27日, 13日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


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
    which counts from the month its sentence states); 本周/上周/下周 the
    ISO week, -1, +1, and with a weekday (上周六, 下周一) that day; 昨日,
    昨晚 and 昨（N）日 the day before."""
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
    for w, k in (("本周", 0), ("上周", -1), ("下周", 1)):
        if tx.startswith(w):
            day = ref + datetime.timedelta(weeks=k)
            if tx[2:] and tx[2:] in WEEKDAY:   # a weekday gives the day
                day += datetime.timedelta(
                    days=WEEKDAY[tx[2:]] - day.weekday())
                assert norm == day.isoformat(), r
            else:
                iy, iw, _ = day.isocalendar()
                assert tx == w and norm == "%d-W%02d" % (iy, iw), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r


def check_same(d, r):
    """同日/當日 take the latest day-precision DATE before them, 同月 the
    latest month (GUIDELINES)."""
    if r["text"] not in ("同日", "當日", "当日", "同月"):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    # a holiday counts only in the same sentence (GUIDELINES)
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
    last_day = None     # 当天/即日 repeat the latest day-precision DATE
    for r in rows:      # written before them (GUIDELINES)
        if r["type"] != "DATE":
            continue
        if r["text"] in ("当天", "當天", "即日", "当日", "當日", "同日"):
            assert last_day and r["normalized"] == last_day, (r, last_day)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", r["normalized"]):
            last_day = r["normalized"]
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
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成): it must have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_same(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市"), r
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
