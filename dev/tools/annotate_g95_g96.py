#!/usr/bin/env python3
"""Gold annotation for the held-out articles g95_bank_wealth_management and
g96_hk_airport_cargo_logistics (annotator XA).

Adapted from the previous set's tools/annotate_x.py (now dev/tools/annotate_g89_g90.py; copied here and the
data changed; it keeps the checks of annotate_x.py through annotate_w.py:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the holiday table by exact span, the written year/month/day of a DATE
span, and the hand-declared organizations of each article), with
annotate_z.py's UTF-16-with-BOM checks turned to big-endian.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded:

- g95 is simplified (mainland, 证券日报, 2026-11-17), stored as GBK without
  a BOM.  Its byline holds one character outside GB2312 (玥: GBK AB 68, in
  GBK's extension area GBK/3; byte 67, offset 39): GB2312 and the Big5
  family fail on the bytes,
  GBK and GB18030 read them identically, every non-ASCII character is two
  bytes and every character is in GBK (none needs GB18030's four-byte
  forms).
- g96 is traditional (Hong Kong, 香港文匯報, 2026-11-25), stored as UTF-16
  BIG-ENDIAN WITH a BOM (FE FF), which is removed before offsets are
  counted.  Every character is in the BMP (no surrogate pairs), so UTF-16
  code units = code points.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official name with 市, Hong Kong, Macao and foreign cities
  by their mainland standard name: 杜拜 -> 迪拜).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho18/precedent: README, NOTES_x/y/z, tools,
corpus, gold) as precedent.  Decisions: dev/NOTES_g95_g96.md.
Reference dates: corpus/manifest.csv; the script checks only its own two
rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_x.py: a GBK article (the declared characters are the
only ones GB2312 lacks; GB18030 agrees; GB2312, Big5, cp950 and Big5-HKSCS
fail) instead of GB18030; a UTF-16 BE article with BOM (the BOM-aware codec
agrees, the little-endian reading differs, no byte codec reads the file)
instead of UTF-8 with BOM; no Taiwan text (a 2-3 digit year before 年 may
not be written in any DATE span); 个基点 gives the unit 基点 (GUIDELINES
basis points) and 不到 is an under-marker; 末 joins the audited time
characters (9月末, 年末, 上半年末).  Re-run (from anywhere):

    python3 dev/tools/annotate_g95_g96.py
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
    "g95_bank_wealth_management": ("gbk", b"", False, "2026-11-17",
                                   "证券日报"),
    "g96_hk_airport_cargo_logistics": ("utf-16-be", BOM16BE, True,
                                       "2026-11-25", "香港文匯報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g95_bank_wealth_management": [],
               "g96_hk_airport_cargo_logistics": []}
# characters of a GBK article that GB2312 lacks (two bytes each in GBK)
OUTSIDE_GB2312 = {"g95_bank_wealth_management": ["玥"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫运货关际边营贸岛机")
# Holidays the articles name, by their exact span (2026-2027): mainland
# 国庆 10-01 (g95, 今年国庆); 春节 2027 = 正月初一 = 2027-02-06 (the
# coming one; g95 春节, g96 農曆新年); 雙11 2026-11-11 (just past); 感恩節
# (the United States' Thanksgiving, the fourth Thursday of November) 2026 =
# 2026-11-26; 聖誕 / 聖誕節 2026-12-25 (the coming one).
HOLIDAY = {
    "今年国庆": "2026-10-01", "春节": "2027-02-06",
    "雙11": "2026-11-11", "感恩節": "2026-11-26", "聖誕": "2026-12-25",
    "聖誕節": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "感恩")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g95 (2026: municipalities and prefecture-level cities with 市; Hong
    # Kong and Macao by their common names)
    "深圳": "深圳市", "上海": "上海市", "杭州": "杭州市", "南京": "南京市",
    "苏州": "苏州市", "宁波": "宁波市", "温州": "温州市", "绍兴": "绍兴市",
    "北京": "北京市", "成都": "成都市", "武汉": "武汉市", "西安": "西安市",
    "重庆": "重庆市", "广州": "广州市", "香港": "香港", "澳门": "澳门",
    # g96 (traditional spans; mainland cities with 市; Hong Kong, Macao and
    # foreign cities by their mainland standard names)
    "洛杉磯": "洛杉矶", "芝加哥": "芝加哥", "利雅得": "利雅得",
    "杜拜": "迪拜", "東莞": "东莞市", "廣州": "广州市", "倫敦": "伦敦",
    "法蘭克福": "法兰克福", "墨西哥城": "墨西哥城", "新加坡": "新加坡",
    "首爾": "首尔", "東京": "东京", "鄭州": "郑州市", "珠海": "珠海市",
    "澳門": "澳门", "曼谷": "曼谷", "胡志明市": "胡志明市",
    "吉隆坡": "吉隆坡", "布達佩斯": "布达佩斯",
}
# spans whose normalized name is not their t2s form (+ 市): Hong Kong's 杜拜
# is the mainland's 迪拜 (SPEC: 雪梨 -> 悉尼)
CITY_ALIAS = {"杜拜": "迪拜"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "香港文匯報": "香港文汇报", "香港國際機場": "香港国际机场",
    "機場管理局": "机场管理局", "機管局": "机管局",
    "國際機場協會": "国际机场协会", "ACI": "ACI",
    "國泰航空": "国泰航空", "國泰": "国泰", "順豐航空": "顺丰航空",
    "中國貨運航空": "中国货运航空", "阿聯酋航空": "阿联酋航空",
    "香港空運貨站": "香港空运货站", "Hactl": "Hactl",
    "亞洲空運中心": "亚洲空运中心", "AAT": "AAT", "DHL": "DHL",
    "聯邦快遞": "联邦快递", "UPS": "UPS", "香港海關": "香港海关",
    "菜鳥集團": "菜鸟集团", "菜鳥": "菜鸟", "京東物流": "京东物流",
    "順豐控股": "顺丰控股", "Temu": "Temu", "SHEIN": "SHEIN",
    "唯品會": "唯品会", "政府統計處": "政府统计处",
    "運輸及物流局": "运输及物流局", "特區政府": "特区政府",
    "珠海機場": "珠海机场", "香港貿易發展局": "香港贸易发展局",
    "貿發局": "贸发局", "廣州白雲國際機場": "广州白云国际机场",
    "深圳寶安國際機場": "深圳宝安国际机场",
    "香港貨運物流業協會": "香港货运物流业协会",
    "香港付貨人委員會": "香港付货人委员会", "嘉里物流": "嘉里物流",
}
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}


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
        if enc == "gbk":        # GBK proper: the declared characters are the
            outside = sorted({c for c in self.text   # only ones GB2312 lacks;
                              if not enc_ok(c, "gb2312")})   # every non-ASCII
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GB18030 (a superset) reads the bytes identically; GB2312 and
            # the Big5 family fail on them
            assert raw.decode("gb18030") == self.text, doc_id
            for other in ("gb2312", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other), (doc_id, other)
            # GB2312 reads every line without a declared character alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("gb2312") == line, line
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "big5", "cp950"):  # no byte codec reads
                assert not decodes(full, other), (doc_id, other)  # the file
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
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
# g95 banks' wealth-management companies at the end of the third quarter of
# 2026: the registry's quarterly report, product mix, the regulator and the
# banking association, the companies' sizes, yields and deposit rates, fund
# companies, bank branches and city-commercial banks by city, cross-border
# wealth connect, outlook.  Simplified, GBK without BOM, 2026-11-17 (a
# Tuesday, ISO week 2026-W47), 证券日报; byline line 本报记者 周玥彤 (玥
# outside GB2312).  The registry published 昨日 (2026-11-16); 金融监管总局's
# press conference and 华宝证券's count on 11月13日.  今年国庆 2026-10-01,
# 春节 2027-02-06 (the coming one).  去年同期 follows the last period its
# sentence states; 较上月 after 10月 is 2026-09 (GUIDELINES baseline).
# ===========================================================================
@doc
def g95():
    d = Doc("g95_bank_wealth_management")
    Y, LY, NY = "2026", "2025", "2027"
    Q3, OCT, SEP = "2026-Q3", "2026-10", "2026-09"
    SZ, SH, SUZ, SX, BJ, CD, GZ, MO = (
        "深圳市", "上海市", "苏州市", "绍兴市", "北京市", "成都市", "广州市",
        "澳门")
    # title (a heading that opens with no city)
    d.metric("存续规模[[突破22万亿元]] 三季度", "22e12", "元", "over", "")
    d.date("万亿元 [[三季度]]平均", Q3, "")
    d.metric("平均收益率降至[[2.61%]]\n", "2.61", "%", "exact", "")
    # P1 the registry's quarterly report (no CITY)
    d.org("。[[银行业理财登记托管中心]]昨日")
    d.date("托管中心[[昨日]]发布", "2026-11-16", "")
    d.date("季度报告（[[2026年三季度]]）", Q3, "")
    d.date("截至[[今年9月末]]，全市场", SEP, "")
    d.metric("存续规模达[[32.6万亿元]]", "32.6e12", "元", "exact", "")
    d.date("，较[[年初]]增长9.4%", Y, "")
    d.metric("较年初增长[[9.4%]]", "9.4", "%", "exact", "")
    d.metric("同比增长[[11.2%]]；", "11.2", "%", "exact", "")
    d.metric("存续规模[[22.8万亿元]]", "22.8e12", "元", "exact", "")
    d.metric("占比升至[[约70%]]", 70, "%", "approx", "")
    d.date("。[[今年前三季度]]，理财产品", Y, "")
    d.metric("创造收益[[5830亿元]]", "5830e8", "元", "exact", "")
    d.date("收益5830亿元，较[[去年同期]]减少", LY, "")
    d.metric("减少[[约4%]]", 4, "%", "approx", "")
    d.date("；[[9月末]]持有", SEP, "")
    d.metric("投资者数量达[[1.36亿个]]", "1.36e8", "个", "exact", "")
    d.date("较[[6月末]]增加", "2026-06", "")
    d.metric("增加[[620万个]]", "620e4", "个", "exact", "")
    # P2 product mix (no CITY)
    d.date("产品结构上，[[9月末]]现金管理类", SEP, "")
    d.metric("存续规模为[[7.2万亿元]]", "7.2e12", "元", "exact", "")
    d.metric("占比降至[[22.1%]]", "22.1", "%", "exact", "")
    d.date("22.1%，较[[去年同期]]下降", "2025-09", "")
    d.metric("下降[[2.4个百分点]]", "2.4", "百分点", "exact", "")
    d.metric("产品占比[[约97%]]", 97, "%", "approx", "")
    d.metric("合计[[不足3%]]", 3, "%", "under", "")
    d.metric("存续产品[[51只]]", 51, "只", "exact", "")
    d.metric("规模[[约1260亿元]]", "1260e8", "元", "approx", "")
    d.metric("投资者[[超过110万人]]", "110e4", "人", "over", "")
    # P3 the regulator and the banking association (no CITY)
    d.org("\n[[国家金融监督管理总局]]（")
    d.org("以下简称“[[金融监管总局]]”）")
    d.metric("理财公司共[[32家]]", 32, "家", "exact", "")
    d.metric("银行系理财公司[[26家]]", 26, "家", "exact", "")
    d.metric("合资理财公司[[6家]]", 6, "家", "exact", "")
    d.org("。[[金融监管总局]]有关司局")
    d.date("负责人在[[11月13日]]举行", "2026-11-13", "")
    d.org("。[[中国银行业协会]]此前")
    d.metric("从业人员已[[超过1.1万人]]", "1.1e4", "人", "over", "")
    d.metric("投研人员占比[[约28%]]", 28, "%", "approx", "")
    # P4 the companies' sizes (no CITY)
    d.org("从机构看，[[招银理财]]以")
    d.metric("招银理财以[[2.68万亿元]]", "2.68e12", "元", "exact", "")
    d.org("继续居首，[[兴银理财]]、")
    d.org("、[[信银理财]]、")
    d.org("、[[农银理财]]和")
    d.org("和[[工银理财]]分别")
    d.metric("分别以[[2.31万亿元]]、", "2.31e12", "元", "exact", "")
    d.metric("、[[2.05万亿元]]、", "2.05e12", "元", "exact", "")
    d.metric("、[[1.97万亿元]]和", "1.97e12", "元", "exact", "")
    d.metric("和[[1.86万亿元]]位列", "1.86e12", "元", "exact", "")
    d.org("位列其后。[[建信理财]]三季度末")
    d.date("建信理财[[三季度末]]管理", Q3, "")
    d.metric("管理规模[[约1.52万亿元]]", "1.52e12", "元", "approx", "")
    d.date("万亿元，较[[年初]]增加", Y, "")
    d.metric("增加[[约1800亿元]]", "1800e8", "元", "approx", "")
    d.org("；[[中邮理财]]、")
    d.org("、[[光大理财]]规模")
    d.metric("均[[突破1.3万亿元]]", "1.3e12", "元", "over", "")
    d.org("合资机构中，[[贝莱德建信理财]]、")
    d.org("、[[汇华理财]]的规模")
    d.metric("均[[超过1000亿元]]", "1000e8", "元", "over", "")
    d.org("，[[施罗德交银理财]]三季度")
    d.date("施罗德交银理财[[三季度]]新发", Q3, "")
    d.metric("新发产品[[23只]]", 23, "只", "exact", "")
    # P5 yields and deposit rates (no CITY)
    d.org("收益率方面，[[普益标准]]数据")
    d.date("数据显示，[[三季度]]理财产品", Q3, "")
    d.metric("年化收益率为[[2.61%]]", "2.61", "%", "exact", "")
    d.date("较[[二季度]]下降", "2026-Q2", "")
    d.metric("下降[[18个基点]]", 18, "基点", "exact", "")
    d.date("基点；[[10月]]新发", OCT, "")
    d.metric("基准降至[[2.35%]]", "2.35", "%", "exact", "")
    d.date("较[[上月]]下行", SEP, "")
    d.metric("下行[[6个基点]]", 6, "基点", "exact", "")
    d.org("。[[华宝证券]]研报")
    d.date("截至[[11月13日]]，全市场", "2026-11-13", "")
    d.metric("破净率为[[1.7%]]", "1.7", "%", "exact", "")
    d.date("较[[去年末]]的3.9%", LY, "")
    d.metric("去年末的[[3.9%]]", "3.9", "%", "exact", "")
    d.org("继续走低，[[工商银行]]、")
    d.org("、[[建设银行]]等国有大行")
    d.date("国有大行[[5月]]已将", "2026-05", "")
    d.metric("挂牌利率降至[[0.95%]]", "0.95", "%", "exact", "")
    # P6 fund companies (no CITY)
    d.org("竞合也在加深。[[中国证券投资基金业协会]]（")
    d.org("以下简称“[[中基协]]”）")
    d.date("截至[[10月末]]，公募基金", OCT, "")
    d.metric("管理规模达[[36.8万亿元]]", "36.8e12", "元", "exact", "")
    d.date("较[[去年末]]增长约13%", LY, "")
    d.metric("增长[[约13%]]", 13, "%", "approx", "")
    d.metric("基金规模[[14.9万亿元]]", "14.9e12", "元", "exact", "")
    d.org("万亿元。[[易方达基金]]、")
    d.org("、[[华夏基金]]、")
    d.org("、[[广发基金]]、")
    d.org("、[[南方基金]]的管理")
    d.metric("均[[超过2万亿元]]", "2e12", "元", "over", "")
    d.org("；[[天弘基金]]旗下")
    d.metric("已降至[[1.12%左右]]", "1.12", "%", "approx", "")
    d.org("左右。[[普益标准]]测算")
    d.metric("公募基金[[约1.1万亿元]]", "1.1e12", "元", "approx", "")
    d.date("较[[上半年末]]增加", Y, "")
    d.metric("增加[[近2000亿元]]", "2000e8", "元", "approx", "")
    # P7 branches and city-commercial banks (the cities' sentences)
    d.org("主阵地。[[招商银行深圳分行]]相关")
    d.org("对《[[证券日报]]》记者")
    d.date("该行[[今年前10个月]]在深圳", Y, SZ)
    d.city("前10个月在[[深圳]]地区")
    d.metric("代销理财产品[[超过4200亿元]]", "4200e8", "元", "over", SZ)
    d.metric("同比增长[[约15%]]", 15, "%", "approx", SZ)
    d.org("；[[工商银行上海市分行]]介绍")
    d.date("介绍，[[10月]]以来上海", OCT, SH)
    d.city("10月以来[[上海]]地区")
    d.metric("环比增长[[21%]]", 21, "%", "exact", SH)
    d.city("。在[[杭州]]、南京")
    d.city("杭州、[[南京]]、苏州")
    d.city("南京、[[苏州]]等长三角")
    d.org("活跃，[[杭银理财]]、")
    d.org("、[[南银理财]]、")
    d.org("、[[苏银理财]]三季度末")
    d.date("苏银理财[[三季度末]]规模", Q3, SUZ)
    d.metric("分别为[[5680亿元]]、", "5680e8", "元", "exact", SUZ)
    d.metric("、[[4920亿元]]和", "4920e8", "元", "exact", SUZ)
    d.metric("和[[3260亿元]]；", "3260e8", "元", "exact", SUZ)
    d.org("；[[宁银理财]]依托")
    d.org("依托[[宁波银行]]在")
    d.city("宁波银行在[[宁波]]、温州")
    d.city("宁波、[[温州]]、绍兴")
    d.city("温州、[[绍兴]]的网点")
    d.date("网点，[[前三季度]]新增", Y, SX)
    d.metric("新增客户[[约46万户]]", "46e4", "户", "approx", SX)
    d.org("。[[北银理财]]则联合")
    d.org("联合[[北京银行]]在北京")
    d.city("北京银行在[[北京]]推出")
    d.date("专区，[[今年]]以来累计", Y, BJ)
    d.metric("累计销售[[约310亿元]]", "310e8", "元", "approx", BJ)
    # P8 mid-west and cross-border
    d.org("同样升温。[[建设银行四川省分行]]数据")
    d.city("数据显示，[[成都]]地区")
    d.date("较[[年初]]增长17%", Y, CD)
    d.metric("较年初增长[[17%]]", 17, "%", "exact", CD)
    d.org("；[[农业银行]]在武汉")
    d.city("农业银行在[[武汉]]、西安")
    d.city("武汉、[[西安]]、重庆")
    d.city("西安、[[重庆]]等地")
    d.org("跨境理财方面，[[中国人民银行广东省分行]]披露")
    d.date("披露，截至[[10月末]]，粤港澳", OCT, GZ)
    d.metric("个人投资者达[[18.6万人]]", "18.6e4", "人", "exact", GZ)
    d.city("其中[[广州]]、深圳两地")
    d.city("广州、[[深圳]]两地")
    d.metric("投资者占比[[超过六成]]", 60, "%", "over", SZ)
    d.city("投资者购买[[香港]]、澳门")
    d.city("香港、[[澳门]]银行")
    d.metric("同比增长[[约35%]]。", 35, "%", "approx", MO)
    # P9 outlook (no CITY)
    d.date("展望[[年末]]，多家", Y, "")
    d.org("波动。[[光大证券]]预计")
    d.date("预计，[[12月末]]理财规模", "2026-12", "")
    d.metric("环比回落[[5000亿元]]至", "5000e8", "元", "exact", "")
    d.metric("至[[8000亿元]]，明年", "8000e8", "元", "exact", "")
    d.date("8000亿元，[[明年一季度]]有望", "2027-Q1", "")
    d.date("；[[今年国庆]]假期前后", "2026-10-01", "")
    d.metric("单周减少[[约3400亿元]]", "3400e8", "元", "approx", "")
    d.org("。[[金融监管总局]]此前发布")
    d.date("将于[[明年1月1日]]起施行", "2027-01-01", "")
    d.date("理财公司在[[春节]]前完成", "2027-02-06", "")
    d.org("更新。[[中信证券]]则预计")
    d.date("预计，[[2027年]]理财市场", NY, "")
    d.metric("有望[[突破35万亿元]]", "35e12", "元", "over", "")
    d.metric("提升至[[三成左右]]", 30, "%", "approx", "")
    audit = {
        "orgs": ["银行业理财登记托管中心", "国家金融监督管理总局",
                 "金融监管总局", "中国银行业协会", "招银理财", "兴银理财",
                 "信银理财", "农银理财", "工银理财", "建信理财", "中邮理财",
                 "光大理财", "贝莱德建信理财", "汇华理财", "施罗德交银理财",
                 "普益标准", "华宝证券", "工商银行", "建设银行",
                 "中国证券投资基金业协会", "中基协", "易方达基金", "华夏基金",
                 "广发基金", "南方基金", "天弘基金", "招商银行深圳分行",
                 "证券日报", "工商银行上海市分行", "杭银理财", "南银理财",
                 "苏银理财", "宁银理财", "宁波银行", "北银理财", "北京银行",
                 "建设银行四川省分行", "农业银行", "中国人民银行广东省分行",
                 "光大证券", "中信证券"],
        "cities": ["深圳", "上海", "杭州", "南京", "苏州", "宁波", "温州",
                   "绍兴", "北京", "成都", "武汉", "西安", "重庆", "广州",
                   "香港", "澳门", "四川", "广东", "中国", "长三角", "粤港澳",
                   "大湾区", "城市", "全国", "全市场", "内地", "中西部"],
        "excluded": [
            # 中国 at the start of a report's title (中国银行业…: no ORG, no
            # CITY), the region 粤港澳大湾区, 内地 (the mainland)
            "《[[中国]]银行业理财市场",
            "10月末，[[粤港澳大湾区]]参与", "项下[[内地]]投资者",
        ],
        "numbers_excluded": [],
        # 长三角 (a region; GUIDELINES: no figure), 两地 (a collective label
        # for 广州、深圳), 一年期 (a deposit's term), 七日年化 (the name of a
        # statistic: seven-day annualized yield)
        "cn_excluded": ["苏州等[[长三角]]城市", "深圳[[两地]]投资者",
                        "将[[一年期]]定期", "余额宝的[[七日年化]]收益率"],
        "latin_excluded": [],
        # time words that are no DATE: 年化 (annualized, x2: one inside
        # 七日年化), 季节性, 单周 (a week's change, no calendar week), 季度报告
        # (the report's name; its period is the DATE in brackets), the
        # reporter's surname 周 (周玥彤),
        # 明显; 以来, 假期前后, 前完成 outside the spans; 同比, 环比; 全国,
        # 全市场 (deictic), 城市 (generic)
        "words_excluded": {"年化": 2, "季节性": 1, "单周": 1, "明显": 1,
                           "以来": 2, "假期": 1, "同比": 3, "环比": 2,
                           "全国": 1, "全市场": 2, "城市": 2,
                           "中西部": 1, "周玥彤": 1, "季度报告": 1},
        # generic heads outside ORG rows: 理财公司 (generic, many), 银行
        # (generic), 基金 (generic), 大行, 机构
        "orgwords_excluded": {"国有大行": 1, "合资理财公司": 1,
                              "银行系理财公司": 1, "城商行": 1, "该行": 1,
                              "协会": 0, "分行": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g96 air cargo through Hong Kong's airport in October and the first ten
# months of 2026: the airport authority's figures, airlines, cargo
# terminals and express carriers, cross-border e-commerce out to foreign
# and in to mainland cities, trade by air, the other Greater Bay Area
# airports, outlook.  Traditional (Hong Kong forms 佔, 按年, 周, 公噸,
# 「」), UTF-16 BE WITH BOM (FE FF), 2026-11-25 (a Wednesday, ISO week
# 2026-W48), 香港文匯報; dateline 香港文匯報訊（記者 鄭凱琳） opens the
# first paragraph (GUIDELINES: the outlet before 訊, no CITY).  機管局
# published 昨日（24日）; 上周 = 2026-W47; 本周四（26日） = 2026-11-26.
# 雙11 2026-11-11 (just past); 感恩節 (US) 2026-11-26; 聖誕 2026-12-25;
# 農曆新年 2027-02-06 (the coming ones).  同月 takes the month just given
# (GUIDELINES 同年/同月/当月).
# ===========================================================================
@doc
def g96():
    d = Doc("g96_hk_airport_cargo_logistics")
    Y, NY, OCT = "2026", "2027", "2026-10"
    HK, CHI, DXB, SZ, DG, SH, CD, MO, BKK, GZ, BUD = (
        "香港", "芝加哥", "迪拜", "深圳市", "东莞市", "上海市", "成都市",
        "澳门", "曼谷", "广州市", "布达佩斯")
    # title (a heading that opens with no city)
    d.date("機場[[首10個月]]貨運量", Y, "")
    d.metric("貨運量升[[6.8%]] 跨境", "6.8", "%", "exact", "")
    d.metric("包裹佔比[[逾三成]]\n", 30, "%", "over", "")
    # P1 the dateline and the airport authority (no CITY outside ORGs)
    d.org("\n[[香港文匯報]]訊")
    d.org("）[[香港國際機場]]貨運持續")
    d.org("暢旺。[[機場管理局]]（")
    d.org("（[[機管局]]）昨日")
    d.date("（機管局）[[昨日]]（24日）", "2026-11-24", "")
    d.date("昨日（[[24日]]）", "2026-11-24", "")
    d.date("公布，[[10月]]機場貨運量", OCT, "")
    d.metric("貨運量達[[45.2萬公噸]]", "45.2e4", "公吨", "exact", "")
    d.metric("按年上升[[7.4%]]", "7.4", "%", "exact", "")
    d.date("創[[2021年10月]]以來", "2021-10", "")
    d.metric("出口貨運量[[約25.9萬公噸]]", "25.9e4", "公吨", "approx", "")
    d.metric("按年增長[[9.8%]]", "9.8", "%", "exact", "")
    d.date("；[[今年首10個月]]累計貨運量", Y, "")
    d.metric("累計貨運量[[約428萬公噸]]", "428e4", "公吨", "approx", "")
    d.metric("公噸，按年增長[[6.8%]]。", "6.8", "%", "exact", "")
    d.metric("起降量[[約32.6萬架次]]", "32.6e4", "架次", "approx", "")
    d.metric("按年增加[[9.1%]]", "9.1", "%", "exact", "")
    d.metric("貨機航班[[約6.1萬架次]]", "6.1e4", "架次", "approx", "")
    d.org("。[[機管局]]指，出口")
    d.org("需求。[[國際機場協會]]（")
    d.org("（[[ACI]]）數據")
    d.org("顯示，[[香港國際機場]]2025年")
    d.date("香港國際機場[[2025年]]全年", "2025", "")
    d.metric("全年貨運量[[約490萬公噸]]", "490e4", "公吨", "approx", "")
    # P2 airlines (the 國泰 sentence names 香港, 洛杉磯, 芝加哥, 利雅得)
    d.org("\n[[國泰航空]]（")
    d.org("（[[國泰]]）上周")
    d.date("（國泰）[[上周]]公布", "2026-W47", "")
    d.date("公布，[[10月]]共運載", OCT, "")
    d.metric("運載貨物[[約14.3萬公噸]]", "14.3e4", "公吨", "approx", "")
    d.metric("按年增長[[5.6%]]", "5.6", "%", "exact", "")
    d.metric("運力增加[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("載運率為[[63.2%]]", "63.2", "%", "exact", "")
    d.date("；[[首10個月]]累計運載量", Y, "")
    d.metric("累計運載量[[約131萬公噸]]", "131e4", "公吨", "approx", "")
    d.org("。[[國泰]]表示")
    d.date("表示，[[聖誕節]]前的旺季", "2026-12-25", HK)
    d.date("公司[[11月]]起把", "2026-11", HK)
    d.city("來往[[香港]]與洛杉磯")
    d.city("香港與[[洛杉磯]]、芝加哥")
    d.city("洛杉磯、[[芝加哥]]的貨機")
    d.metric("增至每周[[12班]]", 12, "班", "exact", CHI)
    d.date("並於[[本月]]新增", "2026-11", CHI)
    d.city("往返[[利雅得]]的貨機")
    d.org("航線。[[順豐航空]]、")
    d.org("、[[中國貨運航空]]及")
    d.org("及[[阿聯酋航空]]等亦")
    d.date("等亦於[[第四季]]增加", "2026-Q4", DXB)
    d.org("其中[[阿聯酋航空]]往返")
    d.city("往返[[杜拜]]的貨機")
    d.metric("每周增至[[7班]]", 7, "班", "exact", DXB)
    # P3 cargo terminals and express carriers
    d.org("貨站方面，[[香港空運貨站]]（")
    d.org("（[[Hactl]]）10月")
    d.date("（Hactl）[[10月]]處理", OCT, "")
    d.metric("處理貨量[[約17.9萬公噸]]", "17.9e4", "公吨", "approx", "")
    d.metric("按年增長[[6.1%]]", "6.1", "%", "exact", "")
    d.metric("轉口貨佔[[約46%]]", 46, "%", "approx", "")
    d.org("；[[亞洲空運中心]]（")
    d.org("（[[AAT]]）同月")
    d.date("（AAT）[[同月]]處理量", OCT, "")
    d.metric("按年上升[[9.3%]]", "9.3", "%", "exact", "")
    d.org("。[[DHL]]表示")
    d.date("中亞區樞紐[[10月]]日均", OCT, "")
    d.metric("處理快件[[約41萬件]]", "41e4", "件", "approx", "")
    d.date("較[[9月]]增加約8%", "2026-09", "")
    d.metric("增加[[約8%]]，並計劃", 8, "%", "approx", "")
    d.date("計劃於[[明年第二季]]完成", "2027-Q2", "")
    d.metric("每小時[[7.2萬件]]", "7.2e4", "件", "exact", "")
    d.org("。[[聯邦快遞]]及UPS")
    d.org("聯邦快遞及[[UPS]]亦指")
    d.date("受美國[[感恩節]]及", "2026-11-26", HK)
    d.date("感恩節及[[聖誕]]旺季", "2026-12-25", HK)
    d.date("帶動，[[本月]]來往香港", "2026-11", HK)
    d.city("本月來往[[香港]]與北美")
    d.metric("按年增加[[逾一成]]", 10, "%", "over", HK)
    # P4 e-commerce exports (the 菜鳥 and 京東物流 sentences name cities)
    d.date("跨境電商是[[今年]]貨運", Y, "")
    d.org("動力。[[香港海關]]數據")
    d.date("顯示，[[今年首三季]]經機場出口", Y, "")
    d.metric("電商包裹[[約2.1億件]]", "2.1e8", "件", "approx", "")
    d.metric("按年增長[[34%]]", 34, "%", "exact", "")
    d.metric("比例升至[[約32%]]", 32, "%", "approx", "")
    d.org("。[[菜鳥集團]]表示")
    d.date("物流中心[[雙11]]期間", "2026-11-11", SZ)
    d.metric("跨境包裹[[約380萬件]]", "380e4", "件", "approx", SZ)
    d.city("主要來自[[深圳]]、東莞")
    d.city("深圳、[[東莞]]、廣州等地")
    d.city("東莞、[[廣州]]等地的商家")
    d.city("發往[[倫敦]]、法蘭克福")
    d.city("倫敦、[[法蘭克福]]、墨西哥城")
    d.city("法蘭克福、[[墨西哥城]]等海外")
    d.org("；[[菜鳥]]計劃")
    d.date("菜鳥計劃[[明年]]把中心", NY, "")
    d.metric("擴大至[[約3.8萬平方米]]", "3.8e4", "平方米", "approx", "")
    d.org("平方米。[[京東物流]]及順豐控股")
    d.org("京東物流及[[順豐控股]]亦分別")
    d.city("加密[[香港]]至新加坡")
    d.city("香港至[[新加坡]]、首爾")
    d.city("新加坡、[[首爾]]及東京")
    d.city("首爾及[[東京]]的電商")
    d.org("專線，[[Temu]]和SHEIN")
    d.org("Temu和[[SHEIN]]的合作")
    d.org("透過[[機管局]]位於東莞")
    d.city("機管局位於[[東莞]]的空港")
    d.metric("平均縮短至[[約4小時]]", 4, "小时", "approx", DG)
    # P5 e-commerce imports (the 京東物流 sentence names four cities)
    d.org("增長。[[京東物流]]表示")
    d.date("表示，[[今年首10個月]]經機場轉運", Y, SH)
    d.city("轉運至[[上海]]、杭州")
    d.city("上海、[[杭州]]、鄭州")
    d.city("杭州、[[鄭州]]及成都")
    d.city("鄭州及[[成都]]等內地")
    d.metric("包裹[[約1,650萬件]]", "1650e4", "件", "approx", CD)
    d.metric("按年增加[[27%]]", 27, "%", "exact", CD)
    d.date("其中[[11月上旬]]的單日", "2026-11", CD)
    d.metric("最高[[突破22萬件]]", "22e4", "件", "over", CD)
    d.org("；[[唯品會]]的跨境")
    d.metric("按年上升[[約19%]]", 19, "%", "approx", "")
    # P6 trade by air, the government (no CITY outside ORGs)
    d.org("\n[[政府統計處]]上周")
    d.date("政府統計處[[上周]]公布", "2026-W47", "")
    d.date("公布，[[今年首三季]]經空運", Y, "")
    d.metric("貨值[[約3.58萬億港元]]", "3.58e12", "港元", "approx", "")
    d.metric("按年增長[[12.3%]]", "12.3", "%", "exact", "")
    d.metric("總值[[約44%]]", 44, "%", "approx", "")
    d.date("其中[[10月份]]空運貨值", OCT, "")
    d.metric("空運貨值[[約4,460億港元]]", "4460e8", "港元", "approx", "")
    d.org("。[[運輸及物流局]]發言人")
    d.org("表示，[[特區政府]]正推動")
    d.org("機場與[[珠海機場]]協同")
    d.date("並會於[[明年]]推出", NY, "")
    d.date("目標在[[2030年]]前", "2030", "")
    d.metric("提升至[[約600萬公噸]]", "600e4", "公吨", "approx", "")
    d.org("。[[香港貿易發展局]]（")
    d.org("（[[貿發局]]）的調查")
    d.metric("顯示，[[約六成]]受訪", 60, "%", "approx", "")
    d.date("預期[[明年]]貨量", NY, "")
    # P7 the other Greater Bay Area airports (an airport's name is an ORG
    # with no CITY inside); the bridge sentence names 珠海, 澳門
    d.org("增長。[[廣州白雲國際機場]]今年")
    d.date("白雲國際機場[[今年首10個月]]貨郵", Y, "")
    d.metric("吞吐量[[約215萬公噸]]", "215e4", "公吨", "approx", "")
    d.metric("按年增長[[8.7%]]", "8.7", "%", "exact", "")
    d.org("；[[深圳寶安國際機場]]約163萬")
    d.metric("寶安國際機場[[約163萬公噸]]", "163e4", "公吨", "approx", "")
    d.metric("按年增長[[11.4%]]", "11.4", "%", "exact", "")
    d.org("。[[珠海機場]]今年首10個月")
    d.date("珠海機場[[今年首10個月]]貨郵", Y, "")
    d.metric("吞吐量[[約6.8萬公噸]]", "6.8e4", "公吨", "approx", "")
    d.metric("按年增長[[15.2%]]", "15.2", "%", "exact", "")
    d.city("往來機場與[[珠海]]、澳門")
    d.city("珠海、[[澳門]]的跨境")
    d.date("跨境貨車[[10月]]約1.2萬", OCT, MO)
    d.metric("貨車10月[[約1.2萬輛次]]", "1.2e4", "辆次", "approx", MO)
    d.metric("按年增加[[約18%]]", 18, "%", "approx", MO)
    d.org("。[[機管局]]早前表示")
    d.metric("目前聘用[[約1.8萬人]]", "1.8e4", "人", "approx", "")
    d.date("預計[[2030年]]將增至", "2030", "")
    d.metric("將增至[[約2.5萬人]]", "2.5e4", "人", "approx", "")
    d.org("；[[機管局]]亦已批出")
    d.metric("面積[[約5.3萬平方米]]", "5.3e4", "平方米", "approx", "")
    d.metric("投資額[[逾80億港元]]", "80e8", "港元", "over", "")
    # P8 outlook (the 付貨人委員會, 嘉里物流 and 機管局 sentences name cities)
    d.date("業界對[[年底]]旺季", Y, "")
    d.org("樂觀。[[香港貨運物流業協會]]指")
    d.date("已於[[9月]]至10月", "2026-09", "")
    d.date("9月至[[10月]]提前", OCT, "")
    d.date("預期[[12月]]貨量", "2026-12", "")
    d.metric("放緩至[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]。", 5, "%", "exact", "")
    d.org("。[[香港付貨人委員會]]則指")
    d.date("則指，[[10月]]香港往北美", OCT, HK)
    d.city("10月[[香港]]往北美")
    d.metric("按月下跌[[約4%]]", 4, "%", "approx", HK)
    d.date("仍較[[去年同期]]高出", "2025-10", HK)
    d.metric("高出[[12%]]；", 12, "%", "exact", HK)
    d.org("；[[嘉里物流]]則預計")
    d.date("預計，[[農曆新年]]前發往", "2027-02-06", BKK)
    d.metric("將增加[[約兩成]]", 20, "%", "approx", BKK)
    d.city("兩成，[[曼谷]]、胡志明市")
    d.city("曼谷、[[胡志明市]]及吉隆坡")
    d.city("胡志明市及[[吉隆坡]]航線")
    d.org("殷切。[[機管局]]表示")
    d.date("將於[[本周四]]（26日）", "2026-11-26", SZ)
    d.date("本周四（[[26日]]）", "2026-11-26", SZ)
    d.city("）與[[深圳]]、廣州多個")
    d.city("深圳、[[廣州]]多個物流")
    d.date("計劃在[[明年初]]開通", NY, GZ)
    d.city("往返[[布達佩斯]]的新貨運")
    d.metric("增至[[約130個]]", 130, "个", "approx", BUD)
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["香港", "洛杉磯", "芝加哥", "利雅得", "杜拜", "深圳",
                   "東莞", "廣州", "倫敦", "法蘭克福", "墨西哥", "新加坡",
                   "首爾", "東京", "上海", "杭州", "鄭州", "成都", "珠海",
                   "澳門", "曼谷", "胡志明", "吉隆坡", "布達佩斯", "美國",
                   "北美", "日本", "韓國", "澳洲", "東南亞", "大灣區",
                   "本港", "內地", "城市", "來港", "港珠澳", "阿聯酋", "中國",
                   "白雲", "寶安", "中亞", "全球"],
        "excluded": [
            # countries and regions: 美國 (x2), 北美 (x2), 日本, 韓國, 澳洲,
            # 東南亞, 大灣區 (the Greater Bay Area), 中亞區 (inside DHL's hub's
            # name, a facility), 全球 (x2)
            "受[[美國]]關稅", "受[[美國]]感恩節", "香港與[[北美]]的",
            "香港往[[北美]]的", "來自[[日本]]、韓國", "日本、[[韓國]]及",
            "韓國及[[澳洲]]的", "發往[[東南亞]]的", "[[大灣區]]其他機場",
            "機場的[[中亞區]]樞紐", "位列[[全球]]貨運",
            # 本港 (x2), 內地 (x2: deictic, the mainland), 來港 (港 alone is
            # no CITY), 港珠澳大橋 (a bridge: one-character abbreviations)
            "經[[本港]]轉運", "佔[[本港]]對外", "轉運至[[內地]]的",
            "成都等[[內地]]城市", "增加[[來港]]貨機", "經[[港珠澳大橋]]往來",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year on year, x16), 按月, 單月,
        # 單日, 日均 (x2), 每周 (x2), 旺季 (x3), 年貨運量 (x2: annual, and
        # inside 全年貨運量), 期內
        # (the period just given), 全年 (after 2025年, outside the span);
        # 以來, 期間, 前 outside the spans; 城市 (generic, x2)
        "words_excluded": {"按年": 16, "按月": 1, "單月": 1, "單日": 1,
                           "日均": 2, "每周": 2, "旺季": 3, "年貨運量": 2,
                           "期內": 1, "全年": 1, "以來": 1, "期間": 1,
                           "城市": 2, "每小時": 1},
        # generic heads outside ORG rows: 航空 (航空貨運數碼化平台), 協會,
        # 海關 and 機管局 only inside ORG rows
        "orgwords_excluded": {"航空貨運數碼化": 1, "協會": 0, "海關": 0,
                              "貨站": 1, "物流企業": 2},
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
    unit = re.sub(r"^[个個](百分[点點]|基[点點])$", r"\1", unit)
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
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2})[）)]?日", tx)
    if day:
        assert norm[8:10] == "%02d" % int(day.group(1)), (tx, norm)


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
            check_written_date(tx, r["normalized"])
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
