#!/usr/bin/env python3
"""Gold annotation for the held-out articles g115_new_tea_coffee_chains and
g116_hk_stock_connect_brokers (annotator WB).

Adapted from the precedent set's tools/annotate_zc.py (now dev/tools/annotate_g111_g112.py; copied and the data
changed; it keeps the checks of annotate_zc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span, ROC
years only in a Taiwan text, relative words resolved from the reference
date, 当天/同日 repeating the latest day, the bare-day month rule, the
hand-declared organizations, the Big5-HKSCS check, the 约占 check), with
annotate_zb.py's UTF-16 checks (turned to big-endian), its check that a
non-Taiwan text writes no bare 2-3 digit year and its check that a
bracketed day after a DATE carries the same date, and a new check that
去年同期 is the period its sentence states a year earlier.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into the
article as decoded:

- g115 is simplified (mainland, 北京商报, 2026-11-19), stored as UTF-16
  BIG-ENDIAN WITH a BOM (FE FF), which is removed before offsets are
  counted.  Every character is in the BMP (no surrogate pairs), so code
  units = code points; no byte codec (GB18030, GBK, Big5, cp950,
  Big5-HKSCS, UTF-8) reads the file as the same text, and the little-endian
  reading differs.  OpenCC t2s leaves the article unchanged.
- g116 is traditional (Hong Kong, 信報, 2026-11-24), stored as Big5-HKSCS
  (Python codec 'big5hkscs') without a BOM: 着 (隨着) and 綫 (新一綫), as
  Hong Kong writes them, are outside Big5 and outside cp950, and 恒 (恒指)
  is outside plain Big5 (cp950 has it), so a Big5 or cp950 reader fails and
  only HKSCS reads it (GB18030 reads gibberish).  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong
  and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the precedent held-out set (/tmp/ho21/precedent: README, NOTES_za/zb/zc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g115_g116.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_zc.py: a UTF-16 BE article (annotate_zb.py's LE
checks mirrored); a declared HKSCS character that cp950 has (恒); units 杯
(cups), 单 (orders), 点 (index points after 恒指…累跌), 只 (隻, stocks), 名,
个 (個, accounts), 港元, 美元; 今年双11 as a holiday span; bracketed days
after 昨日, 上周四, 上周五 (check_gloss).  Re-run (from anywhere):

    python3 dev/tools/annotate_g115_g116.py
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
    "g115_new_tea_coffee_chains": ("utf-16-be", BOM16BE, False,
                                   "2026-11-19", "北京商报"),
    "g116_hk_stock_connect_brokers": ("big5hkscs", b"", True,
                                      "2026-11-24", "信報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g115_new_tea_coffee_chains": [],
               "g116_hk_stock_connect_brokers": []}
# characters of a Big5-HKSCS article that plain Big5 lacks (着 and 綫 are
# outside cp950 too; 恒 is in cp950)
OUTSIDE_BIG5 = {"g116_hk_stock_connect_brokers": ["恒", "着", "綫"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协轨线铁际轮务辆笔张条岁广汉尔"
                   "丰汇亚联储证劳议楼买卖亿万观览卫录约调产内开积战兴庆续变权结"
                   "娱乐稳宾厅预测庄艺视游铺杂")
# Holidays the articles name, by their exact span (2026-2027): 今年双11
# 2026-11-11 (the day before is no holiday: 11月11日 is written too);
# 国庆 2026-10-01 (the golden week of the sentence's October); 元旦
# 2027-01-01 and 春节 2027-02-06 (the coming ones, nearest the reference
# date); 聖誕 2026-12-25; 明年農曆新年 2027-02-06 (正月初一 of 2027).
HOLIDAY = {
    "今年双11": "2026-11-11", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g115 (2026: municipalities and prefecture-level cities; foreign cities
    # by their common names)
    "郑州": "郑州市", "重庆": "重庆市", "成都": "成都市", "西安": "西安市",
    "长沙": "长沙市", "台州": "台州市", "温州": "温州市", "济南": "济南市",
    "青岛": "青岛市", "吉隆坡": "吉隆坡", "新加坡": "新加坡", "曼谷": "曼谷",
    "昆明": "昆明市", "上海": "上海市", "北京": "北京市", "深圳": "深圳市",
    "天津": "天津市", "沈阳": "沈阳市", "武汉": "武汉市", "常德": "常德市",
    # g116 (traditional spans; mainland cities with 市, Hong Kong and
    # foreign cities by their common mainland names)
    "香港": "香港", "悉尼": "悉尼", "杭州": "杭州市", "廣州": "广州市",
    "武漢": "武汉市", "南京": "南京市", "重慶": "重庆市", "佛山": "佛山市",
    "東莞": "东莞市", "紐約": "纽约", "孟買": "孟买",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "吉隆坡", "曼谷", "悉尼", "纽约", "孟买"}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "信報": "信报", "香港交易及結算所有限公司": "香港交易及结算所有限公司",
    "港交所": "港交所", "高盛": "高盛", "騰訊": "腾讯", "美團": "美团",
    "阿里巴巴": "阿里巴巴", "小米集團": "小米集团", "中國移動": "中国移动",
    "建設銀行": "建设银行", "富途控股": "富途控股", "富途": "富途",
    "耀才證券": "耀才证券", "輝立證券": "辉立证券", "老虎證券": "老虎证券",
    "長橋證券": "长桥证券", "中國證監會": "中国证监会",
    "華泰國際": "华泰国际", "招銀國際": "招银国际",
    "中國證券登記結算有限責任公司": "中国证券登记结算有限责任公司",
    "中國結算": "中国结算", "國家外匯管理局": "国家外汇管理局",
    "外匯局": "外汇局", "香港金融管理局": "香港金融管理局",
    "金管局": "金管局",
    "證券及期貨事務監察委員會": "证券及期货事务监察委员会",
    "證監會": "证监会", "財經事務及庫務局": "财经事务及库务局",
    "財庫局": "财库局", "特區政府": "特区政府", "中金公司": "中金公司",
    "招商證券國際": "招商证券国际", "上交所": "上交所", "深交所": "深交所",
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
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # a big-endian BOM: the bytes open FE FF, then the first
            # character's high byte
            assert full[:2] == BOM16BE and full[2:4] == \
                self.text[0].encode("utf-16-be"), doc_id
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
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:            # Taiwan marker and no bare
                assert w not in self.text, (doc_id, w)   # 2-3 digit year
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


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g115 new-style tea and coffee chains: 蜜雪集团's store count (蜜雪冰城,
# 幸运咖), 窄门餐眼's national count, 蜜雪冰城 by city (郑州 its home), its
# listing and half-year results, 古茗, 茶百道, 沪上阿姨 by city, 霸王茶姬
# abroad, 喜茶 and 奈雪的茶, the coffee chains (瑞幸, 库迪, 星巴克中国 with
# 博裕资本), the delivery platforms' subsidies and a franchisee in 郑州,
# closures and franchise fees, 茶颜悦色, the statistics bureau, the chain
# association's report, 艾媒咨询, 商务部, the outlook.  Simplified, UTF-16
# BE with BOM, 2026-11-19 (a Thursday, ISO week 2026-W47), 北京商报; the
# opening line 北京商报讯（记者 韩露 王思远）.  蜜雪集团 published 昨日（11月18日）;
# 上周 2026-W46; 双11 2026-11-11 (瑞幸's results that day too); 国庆
# 2026-10-01; 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g115():
    d = Doc("g115_new_tea_coffee_chains")
    Y, LY, NY = "2026", "2025", "2027"
    ZZ, CQ, CD, XA, CS, WZ, QD, KL, CY, SZ, TJ, SY = (
        "郑州市", "重庆市", "成都市", "西安市", "长沙市", "温州市", "青岛市",
        "吉隆坡", "昆明市", "深圳市", "天津市", "沈阳市")
    # title (a heading that opens with 新茶饮: no section, no city)
    d.metric("总数[[约46.7万家]] 蜜雪", "46.7e4", "家", "approx", "")
    d.org("万家 [[蜜雪冰城]]、瑞幸")
    d.org("蜜雪冰城、[[瑞幸]]加速")
    # P1 the opening line, 蜜雪集团's and 窄门餐眼's counts (no CITY)
    d.org("\n[[北京商报]]讯（记者")
    d.org("。[[蜜雪集团]]昨日（")
    d.date("蜜雪集团[[昨日]]（11月18日）", "2026-11-18", "")
    d.date("昨日（[[11月18日]]）", "2026-11-18", "")
    d.date("截至[[9月底]]，旗下", "2026-09", "")
    d.org("旗下[[蜜雪冰城]]全球门店")
    d.metric("门店达[[6.38万家]]", "6.38e4", "家", "exact", "")
    d.date("较[[去年同期]]净增约8200家", "2025-09", "")
    d.metric("净增[[约8200家]]", 8200, "家", "approx", "")
    d.org("品牌[[幸运咖]]门店")
    d.metric("门店[[突破8000家]]", 8000, "家", "over", "")
    d.org("。[[窄门餐眼]]同日")
    d.date("窄门餐眼[[同日]]发布", "2026-11-18", "")
    d.date("截至[[11月中旬]]，全国", "2026-11", "")
    d.metric("总量[[约46.7万家]]", "46.7e4", "家", "approx", "")
    d.date("较[[年初]]增长6.3%", Y, "")
    d.metric("增长[[6.3%]]", "6.3", "%", "exact", "")
    d.metric("升至[[57.4%]]", "57.4", "%", "exact", "")
    # P2 蜜雪冰城 by city, the listing and the half-year results
    d.city("，[[郑州]]仍是蜜雪冰城")
    d.org("郑州仍是[[蜜雪冰城]]门店最密集")
    d.org("。[[北京商报]]记者梳理")
    d.org("梳理发现，[[蜜雪冰城]]在郑州")
    d.city("蜜雪冰城在[[郑州]]的门店")
    d.metric("已[[超过1600家]]", 1600, "家", "over", ZZ)
    d.city("在[[重庆]]、成都、西安")
    d.city("重庆、[[成都]]、西安")
    d.city("成都、[[西安]]、长沙")
    d.city("西安、[[长沙]]等城市")
    d.metric("均[[超过800家]]", 800, "家", "over", CS)
    d.org("。[[蜜雪集团]]于去年")
    d.date("于[[去年3月3日]]在港交所", "2025-03-03", "")
    d.org("在[[港交所]]挂牌")
    d.metric("大涨[[43%]]", 43, "%", "exact", "")
    d.metric("市值[[约1650亿港元]]", "1650e8", "港元", "approx", "")
    d.date("集团[[今年上半年]]实现", Y, "")
    d.metric("营收[[176.2亿元]]", "176.2e8", "元", "exact", "")
    d.metric("增长[[18.5%]]", "18.5", "%", "exact", "")
    d.metric("净利润[[31.8亿元]]", "31.8e8", "元", "exact", "")
    d.metric("增长[[16.9%]]", "16.9", "%", "exact", "")
    d.metric("出杯量[[约520杯]]", 520, "杯", "approx", "")
    # P3 古茗, 茶百道, 沪上阿姨
    d.org("上市的[[古茗]]、茶百道")
    d.org("古茗、[[茶百道]]和沪上阿姨")
    d.org("茶百道和[[沪上阿姨]]也在")
    d.org("扩张。[[古茗]]三季度")
    d.date("古茗[[三季度]]新开", "2026-Q3", "")
    d.metric("新开门店[[约1300家]]", 1300, "家", "approx", "")
    d.metric("总数达[[1.36万家]]", "1.36e4", "家", "exact", "")
    d.metric("，[[约八成]]位于", 80, "%", "approx", "")
    d.city("发源地[[台州]]及邻近")
    d.city("邻近的[[温州]]，古茗")
    d.org("温州，[[古茗]]门店合计")
    d.metric("合计[[超过1500家]]", 1500, "家", "over", WZ)
    d.org("。[[茶百道]]截至10月底")
    d.date("截至[[10月底]]门店", "2026-10", CD)
    d.metric("门店[[约8900家]]", 8900, "家", "approx", CD)
    d.date("较[[年初]]净增", Y, CD)
    d.metric("净增[[约600家]]", 600, "家", "approx", CD)
    d.city("大本营[[成都]]的门店")
    d.metric("门店[[超过950家]]", 950, "家", "over", CD)
    d.org("。[[沪上阿姨]]则在北方")
    d.city("布局，[[济南]]、青岛")
    d.city("济南、[[青岛]]的门店")
    d.metric("已[[超过700家]]", 700, "家", "over", QD)
    d.date("，[[今年1月]]至10月", "2026-01", QD)
    d.date("今年1月至[[10月]]新开", "2026-10", QD)
    d.metric("门店中[[约45%]]位于", 45, "%", "approx", QD)
    # P4 霸王茶姬 abroad, 喜茶, 奈雪的茶
    d.org("中高端的[[霸王茶姬]]则在")
    d.org("。[[霸王茶姬]]上周公布")
    d.date("霸王茶姬[[上周]]公布", "2026-W46", KL)
    d.date("公布的[[三季度]]财报", "2026-Q3", KL)
    d.date("截至[[9月30日]]，其全球", "2026-09-30", KL)
    d.metric("门店达[[7680家]]", 7680, "家", "exact", KL)
    d.metric("海外门店[[超过280家]]", 280, "家", "over", KL)
    d.city("分布在[[吉隆坡]]、新加坡")
    d.city("吉隆坡、[[新加坡]]、曼谷")
    d.city("新加坡、[[曼谷]]等城市")
    d.date("；[[三季度]]GMV为", "2026-Q3", "")
    d.metric("GMV为[[82.3亿元]]", "82.3e8", "元", "exact", "")
    d.metric("增长[[12.6%]]", "12.6", "%", "exact", "")
    d.metric("降至[[约41万元]]", "41e4", "元", "approx", "")
    d.city("发源于[[昆明]]的品牌")
    d.date("的品牌[[去年4月]]登陆", "2025-04", CY)
    d.org("登陆[[纳斯达克]]，目前")
    d.city("目前在[[昆明]]、成都、上海")
    d.city("昆明、[[成都]]、上海三地")
    d.city("成都、[[上海]]三地")
    d.org("。[[喜茶]]上月表示")
    d.date("喜茶[[上月]]表示", "2026-10", "")
    d.metric("维持在[[4200家左右]]", 4200, "家", "approx", "")
    d.org("；[[奈雪的茶]]截至")
    d.date("截至[[6月30日]]门店", "2026-06-30", "")
    d.metric("门店为[[1280家]]", 1280, "家", "exact", "")
    d.date("较[[年初]]减少", Y, "")
    d.metric("减少[[约7%]]", 7, "%", "approx", "")
    # P5 the coffee chains
    d.org("。[[瑞幸咖啡]]（以下简称")
    d.org("以下简称“[[瑞幸]]”）11月")
    d.date("”）[[11月11日]]发布", "2026-11-11", "")
    d.date("显示，[[三季度]]总净收入", "2026-Q3", "")
    d.metric("总净收入[[186.4亿元]]", "186.4e8", "元", "exact", "")
    d.metric("增长[[22%]]，期内", 22, "%", "exact", "")
    d.metric("净增门店[[2410家]]", 2410, "家", "exact", "")
    d.metric("门店总数达[[3.42万家]]", "3.42e4", "家", "exact", "")
    d.date("；[[三季度]]月均交易", "2026-Q3", "")
    d.metric("客户数[[约1.26亿]]", "1.26e8", "", "approx", "")
    d.metric("增长[[约13%]]", 13, "%", "approx", "")
    d.org("。[[瑞幸]]在上海")
    d.city("瑞幸在[[上海]]、北京、深圳")
    d.city("上海、[[北京]]、深圳的")
    d.city("北京、[[深圳]]的门店")
    d.metric("门店均[[超过1500家]]", 1500, "家", "over", SZ)
    d.org("。[[库迪咖啡]]（以下简称")
    d.org("以下简称“[[库迪]]”）相关")
    d.org("对[[北京商报]]记者表示")
    d.org("表示，[[库迪]]门店已")
    d.metric("门店已[[超过1.9万家]]", "1.9e4", "家", "over", TJ)
    d.city("在[[天津]]、沈阳等")
    d.city("天津、[[沈阳]]等北方")
    d.date("，[[今年双11]]当天", "2026-11-11", SY)
    d.date("今年双11[[当天]]单日", "2026-11-11", SY)
    d.metric("咖啡[[超过600万杯]]", "600e4", "杯", "over", SY)
    d.org("。[[星巴克中国]]则在")
    d.org("与[[博裕资本]]成立")
    d.date("计划在[[2030年]]前", "2030", "")
    d.metric("扩展至[[2万家]]", "2e4", "家", "exact", "")
    # P6 the delivery platforms, a franchisee in 郑州
    d.date("。[[去年7月]]以来", "2025-07", "")
    d.org("以来，[[美团]]、淘宝闪购")
    d.org("美团、[[淘宝闪购]]和京东外卖")
    d.org("淘宝闪购和[[京东外卖]]围绕")
    d.org("。[[美团]]数据显示")
    d.date("数据显示，[[10月]]平台", "2026-10", "")
    d.metric("订单量[[约3200万单]]", "3200e4", "单", "approx", "")
    d.date("环比[[9月]]增长", "2026-09", "")
    d.metric("增长[[约9%]]；淘宝", 9, "%", "approx", "")
    d.org("；[[淘宝闪购]]称")
    d.date("称，[[国庆]]假期", "2026-10-01", "")
    d.metric("增长[[超过120%]]", 120, "%", "over", "")
    d.city("一位在[[郑州]]经营")
    d.metric("经营[[两家]]蜜雪冰城", 2, "家", "exact", ZZ)
    d.org("两家[[蜜雪冰城]]门店")
    d.org("告诉[[北京商报]]记者，外卖")
    d.metric("升至[[近六成]]", 60, "%", "approx", ZZ)
    d.metric("毛利[[不足1元]]", 1, "元", "under", ZZ)
    # P7 closures, franchise fees, 茶颜悦色 (cities in the last sentence)
    d.org("。[[窄门餐眼]]数据显示")
    d.date("显示，[[今年前三季度]]新茶饮", Y, "")
    d.metric("闭店[[约9.6万家]]", "9.6e4", "家", "approx", "")
    d.metric("闭店率[[约21%]]", 21, "%", "approx", "")
    d.metric("占比[[超过六成]]", 60, "%", "over", "")
    d.date("多个品牌[[今年]]以来", Y, "")
    d.org("，[[茶百道]]将单店")
    d.metric("降至[[约28万元]]", "28e4", "元", "approx", "")
    d.city("在[[长沙]]起家")
    d.org("起家的[[茶颜悦色]]则")
    d.city("集中在[[长沙]]、武汉")
    d.city("长沙、[[武汉]]、常德")
    d.city("武汉、[[常德]]等地")
    # P8 the statistics bureau, the association's report, 艾媒咨询, 商务部
    # (no CITY)
    d.org("，[[国家统计局]]数据显示")
    d.date("显示，[[10月]]全国餐饮", "2026-10", "")
    d.metric("收入[[5518亿元]]", "5518e8", "元", "exact", "")
    d.metric("增长[[3.8%]]", "3.8", "%", "exact", "")
    d.date("；[[1月]]至10月", "2026-01", "")
    d.date("1月至[[10月]]餐饮", "2026-10", "")
    d.metric("收入[[4.76万亿元]]", "4.76e12", "元", "exact", "")
    d.metric("增长[[4.6%]]", "4.6", "%", "exact", "")
    d.org("。[[中国连锁经营协会]]发布")
    d.date("《[[2026]]中国新茶饮", Y, "")
    d.date("预计，[[2026年]]新茶饮", Y, "")
    d.metric("规模[[约3850亿元]]", "3850e8", "元", "approx", "")
    d.metric("增长[[约9%]]，增速", 9, "%", "approx", "")
    d.date("增速较[[去年]]回落", LY, "")
    d.metric("回落[[近5个百分点]]", 5, "百分点", "approx", "")
    d.org("。[[艾媒咨询]]则预测")
    d.date("到[[2028年]]国内", "2028", "")
    d.metric("有望[[突破2800亿元]]", "2800e8", "元", "over", "")
    d.org("。[[商务部]]上周")
    d.date("商务部[[上周]]召开", "2026-W46", "")
    # P9 the researcher, the outlook (no CITY)
    d.org("\n[[北京工商大学商业经济研究所]]一位")
    d.date("，[[明年]]头部品牌", NY, "")
    d.date("筹备[[元旦]]及春节", "2027-01-01", "")
    d.date("元旦及[[春节]]营销", "2027-02-06", "")
    d.date("计划在[[12月]]推出", "2026-12", "")
    d.date("，[[年底]]前还将", Y, "")
    d.metric("新开[[约500家]]门店", 500, "家", "approx", "")
    audit = {
        "cities": ["郑州", "重庆", "成都", "西安", "长沙", "台州", "温州",
                   "济南", "青岛", "吉隆坡", "新加坡", "曼谷", "昆明", "上海",
                   "北京", "深圳", "天津", "沈阳", "武汉", "常德", "山东",
                   "河南", "浙江", "东南亚", "中国", "全国", "城市", "县城",
                   "国内", "北方"],
        "excluded": [
            # provinces, a region, 中国 in the report's title, 全国 (x2),
            # 城市 (x6 and 县城市场: 县城 + 市场), 县城 (x2), 国内 (x2),
            # 北方 (x2)
            "位于[[山东]]、河南", "山东、[[河南]]等省份", "在[[东南亚]]新开",
            "2026[[中国]]新茶饮", "，[[全国]]新茶饮门店", "10月[[全国]]餐饮",
            "三线及以下[[城市]]门店", "最密集的[[城市]]", "长沙等[[城市]]的门店",
            "二线及以下[[城市]]；", "曼谷等[[城市]]；", "北方[[城市]]增速",
            "抢占[[县城市]]场", "进入更多[[县城]]", "但[[国内]]单店",
            "到2028年[[国内]]现制", "在[[北方]]市场", "沈阳等[[北方]]城市",
        ],
        "numbers_excluded": [],
        # tier labels (三线, 二线), a collective label (三地), 一位 (x2)
        "cn_excluded": ["[[三]]线及以下", "[[二]]线及以下", "上海[[三地]]",
                        "[[一位]]研究员", "[[一位]]在郑州"],
        # GMV, a label separated from its figure by 为 (x1) or a verb
        "latin_excluded": ["[[GMV]]为82.3亿元", "月均[[GMV]]降至"],
        # 日均 (x2), 月均 (x2), 首日, 单日, 冬季 (a season without a year
        # word), 节奏 (节 of 节奏), 期内
        "words_excluded": {"日均": 2, "月均": 2, "首日": 1, "单日": 1,
                           "冬季": 1, "节奏": 1},
        # generic heads outside ORG rows (集团 as a back-reference, 合资公司)
        "orgwords_excluded": {"集团": 1, "公司": 1, "协会": 0, "研究所": 0,
                              "咨询": 0, "资本": 0, "商报": 0, "咖啡": 7},
        "orgstring_excluded": [],
        "orgs": ["北京商报", "蜜雪集团", "蜜雪冰城", "瑞幸", "幸运咖",
                 "窄门餐眼", "港交所", "古茗", "茶百道", "沪上阿姨",
                 "霸王茶姬", "纳斯达克", "喜茶", "奈雪的茶", "瑞幸咖啡",
                 "库迪咖啡", "库迪", "星巴克中国", "博裕资本", "美团",
                 "淘宝闪购", "京东外卖", "茶颜悦色", "国家统计局",
                 "中国连锁经营协会", "艾媒咨询", "商务部",
                 "北京工商大学商业经济研究所"],
    }
    return d, audit


# ===========================================================================
# g116 southbound Stock Connect: 港交所's October turnover and the net
# buying of the first ten months, daily turnover and 恒指, the stocks
# bought, the brokers (富途's third quarter, 耀才, 輝立, 老虎, 長橋, the
# mainland regulator's rectification, the Chinese brokers' arms), mainland
# investors by city (中國結算's accounts), QDII and the Wealth Management
# Connect (外匯局, 金管局), the SFC's figures and the Connect's reform (財庫局,
# 特區政府), new listings and 港交所's results, the outlook.  Traditional as
# Hong Kong writes it (按年, 佔, 首10個月, 第三季, 首三季, 上周, 隨着, 新一綫,
# 孖展, 「」), Big5-HKSCS, 2026-11-24 (a Tuesday, ISO week 2026-W48), 信報;
# the byline line 信報記者 蔡穎欣.  港交所 published 昨日（23日）; 上周
# 2026-W47 (上周四 = 19日, 上周五 = 20日); 聖誕 2026-12-25, 元旦 2027-01-01,
# 明年農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g116():
    d = Doc("g116_hk_stock_connect_brokers")
    Y, LY, NY, OCT, NOV = "2026", "2025", "2027", "2026-10", "2026-11"
    HK, GZ, XA, SZ, NYC = "香港", "广州市", "西安市", "深圳市", "纽约"
    # title (a heading that opens with 南下: no city)
    d.date("[[首10個月]]淨買入", Y, "")
    d.metric("淨買入[[逾1.5萬億]] 港股通", "1.5e12", "", "over", "")
    d.date("港股通[[上月]]成交額創新高", OCT, "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[信報]]記者 ")
    # P1 港交所's October figures (香港 only inside the ORG)
    d.org("。[[香港交易及結算所有限公司]]（")
    d.org("（[[港交所]]）昨日")
    d.date("（港交所）[[昨日]]（23日）", "2026-11-23", "")
    d.date("昨日（[[23日]]）公布", "2026-11-23", "")
    d.date("公布，[[10月]]港股通成交額", OCT, "")
    d.metric("成交額達[[2.87萬億港元]]", "2.87e12", "港元", "exact", "")
    d.metric("按年增加[[46.2%]]", "46.2", "%", "exact", "")
    d.metric("總成交額[[約35.6%]]", "35.6", "%", "approx", "")
    d.date("滬港通[[2014年11月]]開通", "2014-11", "")
    d.date("。[[今年首10個月]]，南下", Y, "")
    d.metric("淨買入[[約1.52萬億港元]]", "1.52e12", "港元", "approx", "")
    d.date("已超過[[去年]]全年", LY, "")
    d.metric("全年[[約1.40萬億港元]]", "1.4e12", "港元", "approx", "")
    # P2 daily turnover, 恒指, 高盛 (no CITY: 美國 is a country)
    d.org("\n[[港交所]]數據顯示，10月")
    d.date("數據顯示，[[10月]]港股主板", OCT, "")
    d.metric("主板日均成交額[[約2,890億港元]]", "2890e8", "港元", "approx", "")
    d.metric("按年上升[[31.4%]]", "31.4", "%", "exact", "")
    d.metric("按月增加[[8.7%]]", "8.7", "%", "exact", "")
    d.metric("港股通日均成交額[[約1,370億港元]]", "1370e8", "港元", "approx",
             "")
    d.date("，[[11月]]以來", NOV, "")
    d.date("截至[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    d.date("，[[本月]]港股通", NOV, "")
    d.metric("日均成交額[[約1,180億港元]]", "1180e8", "港元", "approx", "")
    d.date("恒指[[上月]]累跌", OCT, "")
    d.metric("累跌[[約820點]]", 820, "点", "approx", "")
    d.metric("跌幅[[約3.1%]]", "3.1", "%", "approx", "")
    d.metric("逆市淨買入[[約1,420億港元]]", "1420e8", "港元", "approx", "")
    d.org("。[[高盛]]估計")
    d.metric("市值[[約16%]]", 16, "%", "approx", "")
    # P3 the stocks bought (no CITY)
    d.org("，[[騰訊]]、美團、阿里巴巴")
    d.org("騰訊、[[美團]]、阿里巴巴")
    d.org("美團、[[阿里巴巴]]及小米集團")
    d.org("阿里巴巴及[[小米集團]]為上月")
    d.date("小米集團為[[上月]]南下", OCT, "")
    d.metric("淨買入額[[約四成]]", 40, "%", "approx", "")
    d.org("；[[中國移動]]、建設銀行")
    d.org("中國移動、[[建設銀行]]等")
    d.org("。其中[[騰訊]]上月獲")
    d.date("其中騰訊[[上月]]獲", OCT, "")
    d.metric("淨買入[[約310億港元]]", "310e8", "港元", "approx", "")
    d.date("截至[[10月底]]，港股通持股", OCT, "")
    d.metric("持股市值[[約5.9萬億港元]]", "5.9e12", "港元", "approx", "")
    d.metric("總市值[[約12.8%]]", "12.8", "%", "approx", "")
    d.date("較[[去年同期]]上升2.4", "2025-10", "")
    d.metric("上升[[2.4個百分點]]", "2.4", "百分点", "exact", "")
    # P4 the brokers (香港 and three foreign cities in one clause)
    d.org("，[[富途控股]]（富途）")
    d.org("（[[富途]]）上周四")
    d.date("（富途）[[上周四]]（19日）", "2026-11-19", "")
    d.date("上周四（[[19日]]）", "2026-11-19", "")
    d.date("公布[[第三季]]業績，總收入", "2026-Q3", "")
    d.metric("按年增加[[38.5%]]至", "38.5", "%", "exact", "")
    d.metric("至[[約62.4億港元]]", "62.4e8", "港元", "approx", "")
    d.metric("客戶數達[[356萬名]]", "356e4", "名", "exact", "")
    d.metric("按年增加[[約21%]]", 21, "%", "approx", "")
    d.metric("總值[[約1.02萬億港元]]", "1.02e12", "港元", "approx", "")
    d.metric("付費客戶中[[約四成]]", 40, "%", "approx", HK)
    d.city("來自[[香港]]以外市場")
    d.city("分佈在[[新加坡]]、吉隆坡")
    d.city("新加坡、[[吉隆坡]]及悉尼")
    d.city("吉隆坡及[[悉尼]]。")
    d.org("。[[耀才證券]]表示")
    d.date("表示，[[今年]]以來旗下", Y, "")
    d.metric("開戶數增加[[逾五成]]", 50, "%", "over", "")
    d.date("，[[10月]]孖展", OCT, "")
    d.date("結餘較[[9月底]]上升", "2026-09", "")
    d.metric("上升[[約12%]]", 12, "%", "approx", "")
    d.org("。[[輝立證券]]、老虎證券")
    d.org("輝立證券、[[老虎證券]]及長橋證券")
    d.org("老虎證券及[[長橋證券]]亦指")
    d.org("受[[中國證監會]]2022年底")
    d.date("中國證監會[[2022年底]]發布", "2022", "")
    d.org("，[[富途]]及老虎證券自")
    d.org("富途及[[老虎證券]]自2023年")
    d.date("自[[2023年5月]]起", "2023-05", "")
    d.org("，[[華泰國際]]及招銀國際")
    d.org("華泰國際及[[招銀國際]]第三季")
    d.date("招銀國際[[第三季]]經紀", "2026-Q3", "")
    d.metric("按年增加[[45%]]和37%", 45, "%", "exact", "")
    d.metric("45%和[[37%]]。", 37, "%", "exact", "")
    # P5 mainland investors by city
    d.org("。[[中國證券登記結算有限責任公司]]（")
    d.org("（[[中國結算]]）數據")
    d.date("截至[[9月底]]，持有", "2026-09", "")
    d.metric("賬戶[[約1,120萬個]]", "1120e4", "个", "approx", "")
    d.date("較[[年初]]增加約18%", Y, "")
    d.metric("增加[[約18%]]。一家", 18, "%", "approx", "")
    d.city("來自[[深圳]]、上海、北京")
    d.city("深圳、[[上海]]、北京")
    d.city("上海、[[北京]]、杭州")
    d.city("北京、[[杭州]]及廣州")
    d.city("杭州及[[廣州]]五地")
    d.metric("交易額[[約58%]]", 58, "%", "approx", GZ)
    d.city("；[[成都]]、武漢")
    d.city("成都、[[武漢]]、南京")
    d.city("武漢、[[南京]]、重慶")
    d.city("南京、[[重慶]]及西安")
    d.city("重慶及[[西安]]等新")
    d.metric("增長[[逾70%]]", 70, "%", "over", XA)
    d.city("一名[[深圳]]投資者")
    d.date("，[[今年]]持倉回報", Y, SZ)
    d.metric("回報[[約兩成]]", 20, "%", "approx", SZ)
    # P6 QDII, the Wealth Management Connect, the dividend tax
    d.org("。[[國家外匯管理局]]（外匯局）")
    d.org("（[[外匯局]]）資料")
    d.date("截至[[10月底]]累計", OCT, "")
    d.metric("額度[[約1,780億美元]]", "1780e8", "美元", "approx", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約190億美元]]", "190e8", "美元", "approx", "")
    d.org("。[[香港金融管理局]]（金管局）")
    d.org("（[[金管局]]）數據")
    d.date("，[[今年首三季]]大灣區", Y, GZ)
    d.metric("資金[[約1,260億元]]人民幣", "1260e8", "元", "approx", GZ)
    d.metric("增長[[約45%]]，當中", 45, "%", "approx", GZ)
    d.city("以[[廣州]]、深圳、佛山")
    d.city("廣州、[[深圳]]、佛山")
    d.city("深圳、[[佛山]]及東莞")
    d.city("佛山及[[東莞]]的投資者")
    d.metric("按[[20%]]稅率", 20, "%", "exact", "")
    # P7 the SFC's figures, the Connect's reform (no CITY)
    d.org("，[[證券及期貨事務監察委員會]]（證監會）")
    d.org("（[[證監會]]）上周")
    d.date("（證監會）[[上周]]發表", "2026-W47", "")
    d.date("，[[今年上半年]]證券業", Y, "")
    d.metric("佣金收入[[約283億港元]]", "283e8", "港元", "approx", "")
    d.metric("按年增加[[51%]]", 51, "%", "exact", "")
    d.date("截至[[6月底]]，持牌", "2026-06", "")
    d.metric("證券商共[[1,428家]]", 1428, "家", "exact", "")
    d.metric("其中[[約三成]]有中資", 30, "%", "approx", "")
    d.org("。[[證監會]]表示，將與")
    d.org("將與[[中國證監會]]及港交所研究")
    d.org("中國證監會及[[港交所]]研究")
    d.org("。[[財經事務及庫務局]]（財庫局）")
    d.org("（[[財庫局]]）早前")
    d.org("亦指，[[特區政府]]正與")
    d.date("爭取[[明年上半年]]把", NY, "")
    # P8 new listings (紐約, 孟買), 港交所's results
    d.org("新股市場方面，[[港交所]]資料顯示")
    d.date("資料顯示，[[今年首10個月]]本港", Y, NYC)
    d.metric("共有[[86隻]]新股", 86, "只", "exact", NYC)
    d.metric("集資額[[約2,360億港元]]", "2360e8", "港元", "approx", NYC)
    d.metric("按年增加[[逾1倍]]", 1, "倍", "over", NYC)
    d.city("領先[[紐約]]及孟買")
    d.city("紐約及[[孟買]]等市場")
    d.metric("；其中[[約六成]]集資額", 60, "%", "approx", "")
    d.org("。[[港交所]]早前公布第三季")
    d.date("早前公布[[第三季]]業績，收入", "2026-Q3", "")
    d.metric("其他收益[[約73.2億港元]]", "73.2e8", "港元", "approx", "")
    d.metric("按年增加[[29%]]", 29, "%", "exact", "")
    d.metric("溢利[[約45.6億港元]]", "45.6e8", "港元", "approx", "")
    # P9 the outlook (no CITY; 兩地 is a collective label)
    d.date("展望[[年底]]，多家", Y, "")
    d.date("預期[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.org("。[[中金公司]]預測")
    d.date("預測，[[明年]]南下資金全年", NY, "")
    d.metric("維持在[[1萬億港元以上]]", "1e12", "港元", "over", "")
    d.org("；[[招商證券國際]]則認為")
    d.date("，[[明年農曆新年]]前後", "2027-02-06", "")
    d.org("。[[港交所]]表示，將於12月7日")
    d.date("將於[[12月7日]]起", "2026-12-07", "")
    d.org("與[[上交所]]及深交所")
    d.org("上交所及[[深交所]]測試")
    d.date("目標在[[明年第二季]]正式", "2027-Q2", "")
    audit = {
        "cities": ["香港", "新加坡", "吉隆坡", "悉尼", "深圳", "上海", "北京",
                   "杭州", "廣州", "成都", "武漢", "南京", "重慶", "西安",
                   "佛山", "東莞", "紐約", "孟買", "美國", "大灣區", "本港",
                   "中國", "城市"],
        "excluded": [
            # a country, the Greater Bay Area, 本港 (x2), 城市 (新一綫城市)
            "隨着[[美國]]減息", "首三季[[大灣區]]內地", "購買[[本港]]理財產品",
            "首10個月[[本港]]共有", "新一綫[[城市]]的投資者",
        ],
        # an ordinal (連續第9個月)
        "numbers_excluded": ["連續第[[9個月]]"],
        # 一家 and 一名 (indefinite), 五地 and 兩地 (collective labels), the
        # tier label 新一綫, 一直 (always)
        "cn_excluded": ["[[一家]]中資券商", "廣州[[五地]]", "新[[一]]綫城市",
                        "[[一名]]深圳", "屆時[[兩地]]", "業界[[一直]]"],
        # QDII (x2), H股, A股 (share classes)
        "latin_excluded": ["[[QDII]]基金", "的[[QDII]]額度", "[[H]]股股息",
                           "[[A]]股公司"],
        # 按年 (x10), 按月, 日均 (x3), 全年 (x2: after 去年 and 明年…), 近年,
        # 交易日 (日 of the trading day), 明顯 (明 of 明顯), 恒指 (index)
        "words_excluded": {"按年": 10, "按月": 1, "日均": 3, "全年": 2,
                           "近年": 1, "交易日": 1, "明顯": 1},
        # generic heads and kinds outside ORG rows (國際公司, A股公司)
        "orgwords_excluded": {"公司": 2, "集團": 0, "銀行": 0, "證券商": 1,
                              "交易所": 0, "管理局": 0, "政府": 0},
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


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）, 昨日（23日）, 上周五（20日）,
    上周四（19日）) is its own mention and must carry the same date (SPEC:
    今日(15日) is 今日 and 15日, both resolved to the same day; from
    annotate_zb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_last_year_period(d, r):
    """去年同期 follows the period its sentence states (SPEC, GUIDELINES): the
    last DATE written before it in the sentence, a year earlier at the same
    precision; a holiday or a period with no ISO form gives the year."""
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
            check_gloss(d, r)
            check_last_year_period(d, r)
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
