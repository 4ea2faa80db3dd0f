#!/usr/bin/env python3
"""Gold annotation for the held-out articles g135_ride_hailing_bike_sharing
and g136_macao_banks_sme_loans (annotator TC).

Adapted from the precedent set's tools/annotate_uc.py (now dev/tools/annotate_g129_g130.py; copied and the data
changed; it keeps the checks of annotate_uc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
every holiday recomputed without it, relative words resolved from the
reference date, 上月 as a baseline after a comparison word, the bare-day
month rule, 当天/同日 repeating the latest day, 去年同期 a year before its
sentence's period, the 约占 check, the declared shared unit, the
hand-declared organizations of each article), with annotate_uc.py's UTF-16
checks turned to the big-endian order and annotate_ub.py's UTF-8 checks
(a UTF-8 article is no GB or Big5 file) and its bracketed-day check (a day
in brackets after a DATE carries its date) and 下周 + weekday.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded:

- g135 is simplified (mainland, 南方日报, 2026-11-13), stored as UTF-16
  BIG-ENDIAN WITH a BOM (FE FF), which is removed before offsets are
  counted.  Every character is in the BMP (code units = code points) and
  in GBK (a mainland text; 啰 of 哈啰 is outside GB2312); the
  little-endian reading differs and no byte codec reads the file as the
  same text.  OpenCC t2s leaves the article unchanged.
- g136 is traditional (Macao, 市民日報, 2026-11-19), stored as UTF-8
  without a BOM.  Every character is in Big5-HKSCS (氹 of 氹仔 is outside
  plain Big5 and cp950), no character is simplified-only, and the GB and
  Big5 codecs fail on the bytes or read another text.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their full names with 市, 澳門 and 香港
  and foreign cities by their common names).  The text names its region
  (澳門, 本澳) far more than twice, so Macao bodies whose official names
  carry no place (財政局, 立法會) stand alone as ORGs (GUIDELINES).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho24/precedent: README, NOTES_ua/ub/uc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g135_g136.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_uc.py: a UTF-16 BE mainland article instead of
GB18030 and UTF-16 LE Taiwan; a UTF-8 Macao article (checks from
annotate_ub.py) instead of the Taiwan one; no ROC years (neither article is
a Taiwan text); Macao's 國慶 is 10-01 (the mainland table); 今/昨（N）日
with N in Chinese numerals (昨（十八）日); 下周 + weekday and the
bracketed-day check (from annotate_ub.py); 農曆新年 is 春节.  New checks:
the Macao article is Big5-HKSCS throughout and names its region; the
mainland article is GBK throughout with the declared character outside
GB2312.  Re-run (from anywhere):

    python3 dev/tools/annotate_g135_g136.py
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
G135 = "g135_ride_hailing_bike_sharing"
G136 = "g136_macao_banks_sme_loans"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G135: ("utf-16-be", BOM16BE, False, "2026-11-13", "南方日报"),
    G136: ("utf-8", b"", True, "2026-11-19", "市民日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G135: [], G136: []}
# characters of the mainland article that GB2312 lacks (GBK has them)
OUTSIDE_GB2312 = {G135: ["啰"]}
# characters of the Macao article that plain Big5 lacks (HKSCS has them)
OUTSIDE_BIG5 = {G136: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names are ORGs in a text that names the region twice)
MACAO = {G136}
# Taiwan articles: none (no ROC years)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审宪节师复纪购换凭阶级样厢舱吗"
                   "还务贸进监协调组织计划补贴额实际预测据显")
# Holidays the articles name, by their exact span (2026-2027).
# g135 (mainland, 2026-11-13): 今年国庆 and 国庆 2026-10-01; 中秋节
# 2026-09-25 (八月十五 of 2026, the occurrence nearest the reference date);
# 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones; 正月初一 of 2027).
# g136 (Macao, 2026-11-19): 國慶 2026-10-01 (the national day of the
# People's Republic, as on the mainland); 聖誕 2026-12-25 (the coming one);
# 元旦 2027-01-01; 明年農曆新年 2027-02-06 (农历新年 is 春节).
HOLIDAY = {
    "今年国庆": "2026-10-01", "国庆": "2026-10-01", "中秋节": "2026-09-25",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days (month, day)
# and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "聖誕": (12, 25), "圣诞": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "中秋節": _MOON, "中秋节": _MOON}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g135 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # of 广东 and elsewhere; 阿布扎比, a foreign city)
    "广州": "广州市", "深圳": "深圳市", "佛山": "佛山市", "东莞": "东莞市",
    "中山": "中山市", "江门": "江门市", "北京": "北京市", "上海": "上海市",
    "武汉": "武汉市", "重庆": "重庆市", "阿布扎比": "阿布扎比",
    # g136 (traditional spans; 澳門 and 香港 by their common names;
    # mainland cities by their full simplified names; 新加坡 and 里斯本
    # foreign)
    "澳門": "澳门", "香港": "香港", "新加坡": "新加坡", "珠海": "珠海市",
    "廣州": "广州市", "江門": "江门市", "里斯本": "里斯本",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"阿布扎比", "澳门", "香港", "新加坡", "里斯本"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "美國聯儲局": "美国联储局",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "經濟財政司": "经济财政司", "立法會": "立法会", "特區政府": "特区政府",
    "工商業發展基金": "工商业发展基金", "財政局": "财政局",
    "中國銀行澳門分行": "中国银行澳门分行", "中銀澳門": "中银澳门",
    "大西洋銀行": "大西洋银行", "大豐銀行": "大丰银行",
    "工銀澳門": "工银澳门", "澳門國際銀行": "澳门国际银行",
    "澳門商業銀行": "澳门商业银行", "華僑永亨銀行": "华侨永亨银行",
    "澳門中華總商會": "澳门中华总商会", "中總": "中总",
    "澳門中小型企業聯合商會": "澳门中小型企业联合商会",
    "澳門餐飲業聯合商會": "澳门餐饮业联合商会",
    "澳門工商聯會": "澳门工商联会",
    "貿易投資促進局": "贸易投资促进局", "貿促局": "贸促局",
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "支付寶澳門": "支付宝澳门",
    "國際貨幣基金組織": "国际货币基金组织", "IMF": "IMF",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
    "澳門銀行公會": "澳门银行公会",
}
# Chinese-numeral days and weekdays (from annotate_uc.py)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}      # ISO weekday numbers (datetime.fromisocalendar)


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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
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
            # a big-endian file opens FE FF, then the first character's
            # high byte (g135: 网 is U+7F51, bytes 7F 51)
            assert full[:2] == bom and full[2:4] == \
                self.text[0].encode(enc), doc_id
            assert full[:2] == (BOM16LE if enc == "utf-16-le"
                                else BOM16BE), doc_id
            assert full[2] == ord(self.text[0]) >> 8, doc_id
        if not self.traditional:    # a mainland text: every character is
            outside = sorted({c for c in self.text    # GBK; the declared
                              if not enc_ok(c, "gb2312")})   # ones alone
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        if doc_id in MACAO:         # a Macao text: Hong Kong's and Macao's
            outside = sorted({c for c in self.text    # Big5-HKSCS holds
                              if not enc_ok(c, "big5")})    # every char;
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id,
                                                              outside)
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # the region is named at least twice (GUIDELINES: Macao
            # bodies without a place stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Macao text writes no Taiwan
            for w in TAIWAN_MARKERS:        # marker and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
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
# g135 ride-hailing and bike-sharing, November 2026: the transport
# ministry's monthly figures (platform licences, driver and vehicle
# permits, orders in October and the first ten months), the platforms and
# their compliance rates (滴滴出行, the carmakers' platforms, the
# aggregators), holiday demand (国庆, 中秋节) and 曹操出行's third quarter,
# saturation warnings in 广州 (the city's transport bureau), 深圳, 佛山,
# 东莞 and 珠海, 广东's cap on platform commissions from 11月1日 and fares,
# robotaxis (小马智行, 文远知行 with 如祺出行, 百度), bike sharing in 广州
# (quotas of 美团, 哈啰, 青桔; fares) and 深圳, the outlook (交通运输部科学
# 研究院, 中山大学, 元旦, 春节).  Simplified, UTF-16 BE WITH BOM (FE FF),
# 2026-11-13 (a Friday, ISO week 2026-W46), 南方日报; the dateline 南方日报讯
# with the byline in brackets opens the first paragraph.  昨日 2026-11-12;
# 上周 2026-W45; 今年国庆 and 国庆 2026-10-01; 中秋节 and its 当天
# 2026-09-25; 元旦 2027-01-01; 春节 2027-02-06.
# ===========================================================================
@doc
def g135():
    d = Doc(G135)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    GZ, SZ, FS, DG = "广州市", "深圳市", "佛山市", "东莞市"
    # title (a heading that opens with 网约车: no city section)
    d.date("网约车[[前10个月]]订单量", Y, "")
    d.metric("同比增[[近一成]] 多城", 10, "%", "approx", "")
    # P1 the ministry's national figures; the dateline 南方日报讯 (GUIDELINES:
    # an outlet before 讯 is the outlet)
    d.org("[[南方日报]]讯 （")
    d.org("林雯）[[交通运输部]]昨日")
    d.date("交通运输部[[昨日]]发布", "2026-11-12", "")
    d.date("截至[[10月31日]]，全国", "2026-10-31", "")
    d.metric("全国共有[[386家]]", 386, "家", "exact", "")
    d.metric("驾驶员证[[约812.4万本]]", "812.4e4", "本", "approx", "")
    d.metric("运输证[[约336.7万本]]", "336.7e4", "本", "approx", "")
    d.date("。[[10月份]]，交通运输部", OCT, "")
    d.org("10月份，[[交通运输部]]网约车监管")
    d.metric("订单信息[[10.26亿单]]", "10.26e8", "单", "exact", "")
    d.metric("环比上升[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("同比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.date("；[[今年前10个月]]累计", Y, "")
    d.metric("订单[[约95.3亿单]]", "95.3e8", "单", "approx", "")
    d.metric("同比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.date("增速，[[今年]]以来已有", Y, GZ)
    d.metric("已有[[超过30个]]城市", 30, "个", "over", GZ)
    d.city("广东省内的[[广州]]、深圳")
    d.city("的广州、[[深圳]]、佛山、东莞、中山、江门等地均")
    d.city("、深圳、[[佛山]]、东莞、中山、江门等地均")
    d.city("、佛山、[[东莞]]、中山、江门等地均")
    d.city("、东莞、[[中山]]、江门等地均")
    d.city("、中山、[[江门]]等地均")
    # P2 platforms, compliance, the ministry's talks (no CITY)
    d.org("从平台看，[[滴滴出行]]10月")
    d.date("滴滴出行[[10月]]订单量", OCT, "")
    d.metric("订单合规率为[[96.8%]]", "96.8", "%", "exact", "")
    d.org("；[[T3出行]]、")
    d.org("T3出行、[[曹操出行]]、如祺出行和")
    d.org("曹操出行、[[如祺出行]]和享道出行")
    d.org("和[[享道出行]]等车企")
    d.metric("合规率均[[超过90%]]", 90, "%", "over", "")
    d.org("其中[[如祺出行]]以")
    d.metric("以[[99.1%]]排名", "99.1", "%", "exact", "")
    d.org("。[[高德]]、美团等聚合")
    d.org("高德、[[美团]]等聚合")
    d.metric("升至[[约35%]]", 35, "%", "approx", "")
    d.metric("合规率[[不足50%]]", 50, "%", "under", "")
    d.org("。[[交通运输部]]有关负责人")
    d.date("表示，[[上周]]已约谈", "2026-W45", "")
    d.metric("约谈[[8家]]合规率", 8, "家", "exact", "")
    d.date("在[[年底]]前完成", Y, "")
    d.org("。[[滴滴]]方面回应")
    d.date("回应称，[[今年]]已累计", Y, "")
    d.metric("服务费[[超过20亿元]]", "20e8", "元", "over", "")
    # P3 holiday demand, 曹操出行's third quarter
    d.org("。[[滴滴出行]]数据显示，今年国庆")
    d.date("数据显示，[[今年国庆]]假期", "2026-10-01", "")
    d.metric("同比增长[[约7%]]，其中", 7, "%", "approx", "")
    d.date("其中[[10月1日]]订单量", "2026-10-01", "")
    d.date("创[[今年]]单日新高", Y, "")
    d.date("；[[中秋节]]当天", "2026-09-25", GZ)
    d.date("中秋节[[当天]]，广州", "2026-09-25", GZ)
    d.city("当天，[[广州]]、深圳两地")
    d.city("当天，广州、[[深圳]]两地")
    d.metric("较平日增长[[超过50%]]", 50, "%", "over", SZ)
    d.org("。[[曹操出行]]10月29日")
    d.date("曹操出行[[10月29日]]发布", "2026-10-29", "")
    d.date("发布的[[三季度]]业绩", "2026-Q3", "")
    d.date("其[[三季度]]营收", "2026-Q3", "")
    d.metric("营收[[约53.6亿元]]", "53.6e8", "元", "approx", "")
    d.metric("同比增长[[约21%]]", 21, "%", "approx", "")
    d.metric("占比升至[[约45%]]", 45, "%", "approx", "")
    # P4 广州: the city's transport bureau
    d.city("在[[广州]]，网约车市场")
    d.org("。[[广州市交通运输局]]11月10日")
    d.date("交通运输局[[11月10日]]发布", "2026-11-10", GZ)
    d.date("截至[[10月底]]，广州持证", OCT, GZ)
    d.city("10月底，[[广州]]持证")
    d.metric("驾驶员[[约38.6万人]]", "38.6e4", "人", "approx", GZ)
    d.metric("车辆[[约17.2万辆]]", "17.2e4", "辆", "approx", GZ)
    d.date("较[[去年底]]分别", LY, GZ)
    d.metric("分别增长[[11.2%]]和", "11.2", "%", "exact", GZ)
    d.metric("11.2%和[[9.5%]]；", "9.5", "%", "exact", GZ)
    d.date("；而[[10月]]全市", OCT, "")
    d.metric("日均订单[[约152万单]]", "152e4", "单", "approx", "")
    d.metric("仅[[8.8单]]", "8.8", "单", "exact", "")
    d.date("较[[去年同期]]下降", "2025-10", "")
    d.metric("下降[[约12%]]", 12, "%", "approx", "")
    d.org("。[[市交通运输局]]提醒")
    d.metric("在线时长[[超过10小时]]", 10, "小时", "over", "")
    d.metric("月收入[[不足6000元]]", 6000, "元", "under", "")
    d.metric("司机已[[近四成]]", 40, "%", "approx", "")
    # P5 深圳, 佛山, 东莞, 珠海
    d.city("\n\n[[深圳]]的情况与")
    d.city("情况与[[广州]]相似")
    d.org("。[[深圳市交通运输局]]数据显示")
    d.city("数据显示，[[深圳]]网约车车辆")
    d.metric("车辆已[[超过15万辆]]", "15e4", "辆", "over", SZ)
    d.date("，[[10月]]单车日均订单约11.5单", OCT, SZ)
    d.metric("日均订单[[约11.5单]]", "11.5", "单", "approx", SZ)
    d.metric("抽成比例约为[[22%]]", 22, "%", "approx", SZ, outer="约为")
    d.org("。[[佛山市交通运输局]]数据显示")
    d.date("截至[[9月底]]，佛山", "2026-09", FS)
    d.city("9月底，[[佛山]]网约车")
    d.metric("驾驶员[[约9.3万人]]", "9.3e4", "人", "approx", FS)
    d.date("较[[年初]]增加", Y, FS)
    d.metric("增加[[约1.6万人]]", "1.6e4", "人", "approx", FS)
    d.date("也于[[今年]]先后", Y, DG)
    d.city("其中[[东莞]]自12月1日")
    d.date("东莞自[[12月1日]]起", "2026-12-01", DG)
    d.org("。[[珠海市交通运输局]]则表示")
    d.metric("同比增长[[超过两成]]", 20, "%", "over", "")
    d.metric("仅增长[[约6%]]", 6, "%", "approx", "")
    # P6 the province's rule on commissions, fares in 广州
    d.org("，[[广东省交通运输厅]]今年9月")
    d.date("交通运输厅[[今年9月]]联合", "2026-09", "")
    d.org("联合[[省发展改革委]]、")
    d.org("、[[省市场监管局]]印发")
    d.metric("上限为[[30%]]", 30, "%", "exact", "")
    d.date("并自[[11月1日]]起施行", "2026-11-01", "")
    d.date("这是自[[2016年]]网约车", "2016", "")
    d.city("发现，[[广州]]主要平台")
    d.metric("普遍为[[8元]]至", 8, "元", "exact", GZ)
    d.metric("8元至[[10元]]", 10, "元", "exact", GZ)
    d.metric("每公里[[约1.9元]]", "1.9", "元", "approx", GZ)
    d.date("较[[2023年]]下降", "2023", GZ)
    d.metric("下降[[约一成]]。", 10, "%", "approx", GZ)
    # P7 robotaxis
    d.org("落地。[[小马智行]]三季度")
    d.date("小马智行[[三季度]]财报", "2026-Q3", "北京市")
    d.metric("同比增长[[约1.8倍]]", "1.8", "倍", "approx", "北京市")
    d.city("在[[北京]]、上海、广州、深圳四地")
    d.city("北京、[[上海]]、广州、深圳四地")
    d.city("北京、上海、[[广州]]、深圳四地")
    d.city("上海、广州、[[深圳]]四地")
    d.metric("已[[突破1200辆]]", 1200, "辆", "over", SZ)
    d.org("；[[文远知行]]与如祺出行")
    d.org("文远知行与[[如祺出行]]合作")
    d.city("覆盖[[广州]]、深圳和阿布扎比")
    d.city("覆盖广州、[[深圳]]和阿布扎比")
    d.city("深圳和[[阿布扎比]]")
    d.metric("乘客[[超过85万人次]]", "85e4", "人次", "over", "阿布扎比")
    d.org("。[[百度]]方面称")
    d.city("服务在[[武汉]]、重庆")
    d.city("武汉、[[重庆]]等城市")
    d.metric("占比已[[超过七成]]", 70, "%", "over", "重庆市")
    d.org("。[[广汽集团]]、吉利控股集团")
    d.org("、[[吉利控股集团]]等车企")
    d.org("，[[如祺出行]]和曹操出行分别")
    d.org("如祺出行和[[曹操出行]]分别")
    # P8 bike sharing: 广州's quotas and fares, 深圳, the national count
    d.org("共享单车方面，[[广州市交通运输局]]数据显示")
    d.date("数据显示，[[今年前三季度]]广州", Y, GZ)
    d.city("今年前三季度[[广州]]共享单车")
    d.metric("骑行量[[约186万人次]]", "186e4", "人次", "approx", GZ)
    d.metric("同比增长[[6.4%]]", "6.4", "%", "exact", GZ)
    d.date("，[[国庆]]假期（10月1日至7日）日均骑行", "2026-10-01", GZ)
    d.date("假期（[[10月1日]]至7日）日均骑行", "2026-10-01", GZ)
    d.date("10月1日至[[7日]]）日均骑行", "2026-10-07", GZ)
    d.metric("更是[[突破240万人次]]", "240e4", "人次", "over", GZ)
    d.city("目前[[广州]]共享单车投放")
    d.metric("控制在[[68万辆以内]]", "68e4", "辆", "under", GZ)
    d.org("，[[美团]]、哈啰和青桔的配额")
    d.org("美团、[[哈啰]]和青桔的配额")
    d.org("哈啰和[[青桔]]的配额")
    d.metric("分别为[[27.2万辆]]", "27.2e4", "辆", "exact", GZ)
    d.metric("、[[23.8万辆]]和", "23.8e4", "辆", "exact", GZ)
    d.metric("和[[17万辆]]。", "17e4", "辆", "exact", GZ)
    d.date("。[[今年3月]]起", "2026-03", GZ)
    d.org("3月起，[[美团]]、哈啰")
    d.org("起，美团、[[哈啰]]和青桔在广州")
    d.org("哈啰和[[青桔]]在广州")
    d.city("青桔在[[广州]]的骑行")
    d.metric("由[[1.5元]]上调", "1.5", "元", "exact", GZ)
    d.metric("上调至[[2元]]", 2, "元", "exact", GZ)
    d.metric("维持在[[25元左右]]", 25, "元", "approx", GZ)
    d.city("。[[深圳]]则在")
    d.date("则在[[今年6月]]启动", "2026-06", SZ)
    d.metric("由[[约55万辆]]", "55e4", "辆", "approx", SZ)
    d.metric("压减至[[48万辆]]", "48e4", "辆", "exact", SZ)
    d.metric("旧车[[约7万辆]]", "7e4", "辆", "approx", SZ)
    d.org("。[[中国自行车协会]]数据显示")
    d.metric("订单量[[约4600万单]]", "4600e4", "单", "approx", "")
    d.metric("覆盖[[超过460个]]城市", 460, "个", "over", "")
    # P9 the outlook (no CITY: 广州 only inside ORGs and 广州南站)
    d.org("\n\n[[交通运输部科学研究院]]一位")
    d.date("表示，[[明年]]网约车", NY, "")
    d.org("。[[中山大学智能工程学院]]一位")
    d.metric("提高[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]，", 8, "%", "exact", "")
    d.date("，[[元旦]]和春节期间", "2027-01-01", "")
    d.date("元旦和[[春节]]期间", "2027-02-06", "")
    d.org("，[[广州白云国际机场]]、")
    d.org("，[[广州地铁]]也将")
    d.date("在[[春节]]前夕", "2027-02-06", "")
    audit = {
        "orgs": ["南方日报", "交通运输部", "滴滴出行", "T3出行", "曹操出行",
                 "如祺出行", "享道出行", "高德", "美团", "滴滴",
                 "广州市交通运输局", "市交通运输局", "深圳市交通运输局",
                 "佛山市交通运输局", "珠海市交通运输局", "广东省交通运输厅",
                 "省发展改革委", "省市场监管局", "小马智行", "文远知行",
                 "百度", "广汽集团", "吉利控股集团", "哈啰", "青桔",
                 "中国自行车协会", "交通运输部科学研究院",
                 "中山大学智能工程学院", "广州白云国际机场", "广州地铁"],
        "cities": ["广州", "深圳", "佛山", "东莞", "中山", "江门", "珠海",
                   "北京", "上海", "武汉", "重庆", "阿布扎比", "广东",
                   "省内", "全国", "城市", "各地", "多地", "当地", "全市",
                   "中国", "两地", "四地", "多城"],
        "excluded": [
            # 广东 (x2: the province, 广东省内 and 广东首次), 广州南站 (a
            # station: a city before a station's name is no CITY), 全国
            # (x3), 城市 (x3: 超过30个城市, 等城市, 超过460个城市), 各地
            # (x2), 省内, 多地, 当地, 全市 (deictic or generic), 多城 (the
            # title: several cities, no figure), 两地 and 四地 (collective
            # labels for the cities just listed: no METRIC, SPEC)
            "[[广东省内]]的广州", "，[[广东]]首次", "[[广州]]南站",
            "，[[全国]]共有", "，[[全国]]共享单车", "[[省内]]多地",
            "省内[[多地]]", "[[当地]]网约车", "[[全市]]网约车",
            "个[[城市]]发布", "等[[城市]]的", "个[[城市]]。",
            "[[各地]]共发放", "[[各地]]有望", "[[多城]]发布",
            "深圳[[两地]]", "深圳[[四地]]",
        ],
        "numbers_excluded": [],
        # 第一 (a rank), 二者 (the two groups just named), 新一轮 (a new
        # round), 一位 (x2, the indefinite article), 进一步 (further)
        "cn_excluded": ["排名第[[一]]", "[[二]]者", "新[[一]]轮",
                        "[[一]]位研究员", "[[一]]位教授", "进[[一]]步"],
        # Robotaxi (the business line's English name, no ORG)
        "latin_excluded": ["Robotaxi"],
        # time words that are no DATE: 日均 (x8: daily average), 单日 (a
        # single day's record), 平日 (ordinary days), 节假日 (holidays in
        # general), 月收入 (monthly income), 月卡 (a monthly pass), 明显
        # (clearly), 前夕 (outside the span of 春节, SPEC)
        "words_excluded": {"日均": 8, "单日": 1, "平日": 1, "节假日": 1,
                           "月收入": 1, "月卡": 1, "明显": 1, "前夕": 1},
        # generic heads outside ORG rows: 平台公司 (x3: 386家网约车平台公司,
        # 8家…的平台公司, 要求平台公司: a kind of company, GUIDELINES
        # 网约车平台公司), 局 (x1: 加码布局, a layout), 协会, 集团, 学院,
        # 地铁, 机场, 委 (none outside)
        "orgwords_excluded": {"公司": 3, "局": 1, "协会": 0, "集团": 0,
                              "学院": 0, "研究院": 0, "地铁": 0, "机场": 0,
                              "委": 0},
        # 交通运输部门 (省内多地交通运输部门: the cities' transport
        # departments in general; 交通运输部 is a false word across 部门,
        # like SPEC's 中国移动 in 中国移动支付)
        "orgstring_excluded": ["多地[[交通运输部]]门"],
    }
    return d, audit


# ===========================================================================
# g136 Macao banks and loans to small and medium enterprises, November
# 2026: the monetary authority's statistics (deposits, loans to the local
# private sector falling for the eleventh month, non-performing loans, the
# third quarter's SME loans, the Fed's cuts and the prime rate, capital
# adequacy compared with 香港 and 新加坡, loans to firms in the Greater Bay
# Area), the government's SME schemes (經科局: the aid scheme, the credit
# guarantee schemes; the secretary's injection into the fund and the
# interest subsidy; 財政局's new firms), the banks (中銀澳門, 大西洋銀行,
# 大豐銀行, 工銀澳門, 澳門國際銀行, 澳門商業銀行, 華僑永亨銀行), the
# chambers of commerce and 貿促局, gaming revenue and visitors (博監局,
# 統計局), northbound spending, 支付寶澳門, the outlook (IMF, 澳門大學, the
# banks' association).  Traditional as Macao writes it (本澳, 按年, 按月,
# 按季, 首10個月, 首三季, 第三季, 佔, 黃金周, 中小企, 元 for patacas), UTF-8
# without BOM, 2026-11-19 (a Thursday, ISO week 2026-W47), 市民日報; the
# dateline 【本報訊】 opens the first paragraph (本報 names no outlet).
# 昨（十八）日 and 同日 2026-11-18; 下周二 2026-11-24; 上周 2026-W46; 上月
# 2026-10; 本月初 2026-11; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦
# 2027-01-01; 明年農曆新年 2027-02-06.
# ===========================================================================
@doc
def g136():
    d = Doc(G136)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    MO, HK, ZH = "澳门", "香港", "珠海市"
    # title (a heading that opens with 本澳: no city section)
    d.date("本澳[[9月]]私人貸款", SEP, "")
    d.metric("按年跌[[3.1%]] 中小企", "3.1", "%", "exact", "")
    # P1 the monetary authority's monthly statistics (澳門 only inside the
    # ORG)
    d.org("【本報訊】[[澳門金融管理局]]（")
    d.org("（[[金管局]]）昨")
    d.date("）[[昨（十八）日]]公布", "2026-11-18", "")
    d.date("截至[[9月底]]，居民", SEP, "")
    d.metric("按月上升[[0.8%]]至", "0.8", "%", "exact", "")
    d.metric("至[[7,236億元]]", "7236e8", "元", "exact", "")
    d.metric("按年增加[[4.2%]]；", "4.2", "%", "exact", "")
    d.metric("按月下跌[[1.5%]]至", "1.5", "%", "exact", "")
    d.metric("至[[2,918億元]]", "2918e8", "元", "exact", "")
    d.metric("按月減少[[0.6%]]至", "0.6", "%", "exact", "")
    d.metric("至[[4,652億元]]", "4652e8", "元", "exact", "")
    d.metric("按年下跌[[3.1%]]，已連續", "3.1", "%", "exact", "")
    d.metric("按年增加[[5.6%]]至", "5.6", "%", "exact", "")
    d.metric("至[[3,874億元]]", "3874e8", "元", "exact", "")
    d.date("由[[6月底]]的", "2026-06", "")
    d.metric("6月底的[[5.1%]]升至", "5.1", "%", "exact", "")
    d.metric("升至[[5.4%]]，", "5.4", "%", "exact", "")
    d.metric("貸存比率約為[[64.3%]]", "64.3", "%", "approx", "", outer="約為")
    # P2 the third quarter's SME loans, rates, capital, the Greater Bay Area
    d.org("\n\n[[金管局]]同日")
    d.date("金管局[[同日]]公布", "2026-11-18", "")
    d.date("公布的[[第三季]]數據", "2026-Q3", "")
    d.metric("貸款餘額約為[[1,186億元]]", "1186e8", "元", "approx", "", outer="約為")
    d.metric("按季減少[[2.3%]]", "2.3", "%", "exact", "")
    d.metric("企業貸款[[約三成]]", 30, "%", "approx", "")
    d.metric("不良貸款比率約為[[8.7%]]", "8.7", "%", "approx", "", outer="約為")
    d.date("較[[去年同期]]上升", "2025-Q3", "")
    d.metric("上升[[1.9個百分點]]", "1.9", "百分点", "exact", "")
    d.org("。[[金管局]]表示，美國")
    d.org("表示，[[美國聯儲局]]今年9月")
    d.date("聯儲局[[今年9月]]以來", SEP, "")
    d.metric("減息[[0.75個百分點]]", "0.75", "百分点", "exact", "")
    d.metric("下調至[[5.25%]]至", "5.25", "%", "exact", "")
    d.metric("5.25%至[[5.5%]]，", "5.5", "%", "exact", "")
    d.org("。[[金管局]]又指")
    d.metric("資本充足率約為[[14.6%]]", "14.6", "%", "approx", HK, outer="約為")
    d.city("高於[[香港]]及新加坡")
    d.city("香港及[[新加坡]]的同業")
    d.metric("貸款餘額[[約1,540億元]]", "1540e8", "元", "approx", ZH)
    d.metric("按年增加[[6.9%]]，主要", "6.9", "%", "exact", ZH)
    d.city("分布在[[珠海]]、廣州")
    d.city("分布在珠海、[[廣州]]、深圳")
    d.city("珠海、廣州、[[深圳]]、江門")
    d.city("、[[江門]]及佛山")
    d.city("江門及[[佛山]]。")
    d.org("。[[金管局]]將於")
    d.date("將於[[下周二]]（", "2026-11-24", "")
    d.date("下周二（[[11月24日]]）", "2026-11-24", "")
    d.date("公布[[10月]]的貨幣", OCT, "")
    # P3 the economic bureau's schemes (no CITY)
    d.org("\n\n[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）資料")
    d.date("資料顯示，[[今年首10個月]]「", Y, "")
    d.metric("共收到[[1,432宗]]申請", 1432, "宗", "exact", "")
    d.metric("批出[[1,105宗]]", 1105, "宗", "exact", "")
    d.metric("援助款項[[約3.9億元]]", "3.9e8", "元", "approx", "")
    d.metric("分別增加[[18%]]及", 18, "%", "exact", "")
    d.metric("18%及[[22%]]；", 22, "%", "exact", "")
    d.metric("合計[[約6.2億元]]", "6.2e8", "元", "approx", "")
    d.metric("銀行貸款[[約9.1億元]]", "9.1e8", "元", "approx", "")
    d.org("。[[經科局]]指出")
    d.metric("援助上限為[[60萬元]]", "60e4", "元", "exact", "")
    d.metric("貸款金額[[70%]]的擔保", 70, "%", "exact", "")
    d.date("計劃自[[2003年]]推出", "2003", "")
    d.metric("批出[[逾3,200宗]]申請", 3200, "宗", "over", "")
    # P4 the secretary, the legislature, the fund, new firms (no CITY)
    d.org("\n\n[[經濟財政司]]司長")
    d.org("日前在[[立法會]]回應")
    d.org("表示，[[特區政府]]將在明年")
    d.date("將在[[明年]]財政預算", NY, "")
    d.org("向[[工商業發展基金]]注資")
    d.metric("注資[[20億元]]", "20e8", "元", "exact", "")
    d.date("延長至[[2027年底]]", "2027", "")
    d.metric("維持[[4個百分點]]", 4, "百分点", "exact", "")
    d.org("據[[財政局]]統計")
    d.date("統計，[[今年首三季]]本澳", Y, "")
    d.metric("商業企業[[約4,860家]]", 4860, "家", "approx", "")
    d.metric("按年減少[[約7%]]，而結業", 7, "%", "approx", "")
    d.metric("則增加[[約11%]]", 11, "%", "approx", "")
    # P5 the banks
    d.org("銀行方面，[[中國銀行澳門分行]]（")
    d.org("（[[中銀澳門]]）表示")
    d.date("表示，[[今年首三季]]向中小企", Y, "")
    d.metric("新批貸款[[約86億元]]", "86e8", "元", "approx", "")
    d.metric("按年增加[[9%]]，惠及", 9, "%", "exact", "")
    d.metric("惠及[[逾2,300家]]企業", 2300, "家", "over", "")
    d.org("；[[中銀澳門]]並於上月")
    d.date("並於[[上月]]推出", OCT, ZH)
    d.city("為在[[珠海]]、中山設有業務")
    d.city("為在珠海、[[中山]]設有業務")
    d.city("設有業務的[[澳門]]中小企")
    d.metric("最高[[1,000萬元]]的融資", "1000e4", "元", "exact", MO)
    d.org("。[[大西洋銀行]]指")
    d.metric("按年上升[[約15%]]，其中", 15, "%", "approx", "")
    d.metric("其中[[約六成]]來自", 60, "%", "approx", "")
    d.org("；[[大豐銀行]]、工銀澳門")
    d.org("、[[工銀澳門]]、澳門國際銀行")
    d.org("、[[澳門國際銀行]]及澳門商業銀行")
    d.org("及[[澳門商業銀行]]亦先後")
    d.metric("貸款利率[[0.25]]至", "0.25", "百分点", "exact", "",
             shared="個百分點")
    d.metric("0.25至[[0.5個百分點]]", "0.5", "百分点", "exact", "")
    d.org("。[[華僑永亨銀行]]首席")
    d.date("本地貸款[[明年第二季]]前", "2027-Q2", "")
    # P6 chambers of commerce, the trade promotion institute
    d.org("商界方面，[[澳門中華總商會]]（")
    d.org("（[[中總]]）上周")
    d.date("中總）[[上周]]發表", "2026-W46", "")
    d.metric("中小企中[[約四成]]表示", 40, "%", "approx", "")
    d.date("表示[[今年]]營業額", Y, "")
    d.metric("下跌[[逾一成]]", 10, "%", "over", "")
    d.metric("，[[約28%]]表示", 28, "%", "approx", "")
    d.org("。[[澳門中小型企業聯合商會]]會長")
    d.org("。[[澳門餐飲業聯合商會]]指")
    d.date("影響，[[10月]]本澳餐飲業", OCT, "")
    d.metric("按年減少[[約12%]]", 12, "%", "approx", "")
    d.metric("空置率升至[[約15%]]", 15, "%", "approx", "")
    d.org("。[[澳門工商聯會]]則建議")
    d.org("則建議[[特區政府]]把")
    d.metric("上限提高至[[100萬元]]。", "100e4", "元", "exact", "")
    d.org("。[[貿易投資促進局]]（")
    d.org("（[[貿促局]]）亦表示")
    d.date("亦表示，[[今年首10個月]]共協助", Y, HK)
    d.metric("共協助[[逾420家]]本澳", 420, "家", "over", HK)
    d.city("中小企在[[香港]]、北京")
    d.city("在香港、[[北京]]、上海")
    d.city("北京、[[上海]]及里斯本")
    d.city("上海及[[里斯本]]等地")
    d.metric("合作意向[[約1,350項]]", 1350, "项", "approx", "里斯本")
    # P7 gaming revenue, visitors, northbound spending, e-payments
    d.org("\n\n[[博彩監察協調局]]（")
    d.org("（[[博監局]]）數據")
    d.date("數據顯示，[[10月]]博彩", OCT, "")
    d.metric("毛收入[[約221億元]]", "221e8", "元", "approx", "")
    d.metric("按年增加[[8.4%]]", "8.4", "%", "exact", "")
    d.date("；[[今年首10個月]]累計", Y, "")
    d.metric("累計[[約2,148億元]]", "2148e8", "元", "approx", "")
    d.org("。[[統計暨普查局]]（")
    d.org("（[[統計局]]）資料")
    d.date("顯示，[[國慶]]黃金周", "2026-10-01", "")
    d.date("黃金周（[[10月1日]]至", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("訪澳旅客[[約113萬人次]]", "113e4", "人次", "approx", "")
    d.metric("日均[[約16.1萬人次]]", "16.1e4", "人次", "approx", "")
    d.metric("按年減少[[約6%]]", 6, "%", "approx", "")
    d.city("前往[[珠海]]、中山、廣州")
    d.city("前往珠海、[[中山]]、廣州")
    d.city("中山、[[廣州]]、深圳等地")
    d.city("廣州、[[深圳]]等地消費")
    d.city("消費的[[澳門]]居民")
    d.metric("增加[[約一成]]。", 10, "%", "approx", MO)
    d.org("方面，[[支付寶澳門]]表示")
    d.date("表示，[[10月]]本澳中小商戶", OCT, "")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", "")
    d.metric("維持在[[0.6%]]至", "0.6", "%", "exact", "")
    d.metric("0.6%至[[1%]]。", 1, "%", "exact", "")
    # P8 the outlook
    d.org("\n\n[[國際貨幣基金組織]]（")
    d.org("（[[IMF]]）本月初")
    d.date("IMF）[[本月初]]預測", "2026-11", MO)
    d.city("預測，[[澳門]]明年")
    d.date("澳門[[明年]]本地生產總值", NY, MO)
    d.metric("實質增長[[約4.5%]]", "4.5", "%", "approx", MO)
    d.org("。[[澳門大學工商管理學院]]一名")
    d.metric("上限由[[100萬元]]提高", "100e4", "元", "exact", "")
    d.metric("提高至[[150萬元]]", "150e4", "元", "exact", "")
    d.date("寄望[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及", "2027-01-01", "")
    d.date("元旦及[[明年農曆新年]]的", "2027-02-06", "")
    d.org("，[[澳門銀行公會]]則表示")
    d.date("將於[[12月]]起", "2026-12", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["澳門", "香港", "新加坡", "珠海", "廣州", "深圳", "江門",
                   "佛山", "中山", "北京", "上海", "里斯本", "氹仔", "路環",
                   "港珠澳", "大灣區", "內地", "關閘", "美國", "中國"],
        "excluded": [
            # 氹仔 and 路環 (Macao's islands, districts: no CITY), 港珠澳
            # (three one-character abbreviations in the bridge's name),
            # 大灣區 (x2: a region), 內地 (the mainland), 關閘 (a border
            # gate); 本澳 (x8) is deictic and holds no city string
            "氹仔", "路環", "港珠澳", "對[[大灣區]]內地", "「[[大灣區]]跨境貸」",
            "大灣區[[內地]]", "關閘",
        ],
        "numbers_excluded": [],
        # 連續第十一個月 (an ordinal count of months), 另一方面 (on the
        # other hand), 一名 (the indefinite article), 未來半年 (a duration)
        "cn_excluded": ["連續[[第十一個月]]", "另[[一]]方面", "[[一]]名教授",
                        "未來[[半年]]"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x16, year-on-year), 按月
        # (x3, month-on-month), 按季 (quarter-on-quarter), 日前 (vague),
        # 日均 (daily average), 週末 (weekends in general), 黃金周 (outside
        # the span of 國慶, like 假期), 周轉 (turnover), 旺季 (a season)
        "words_excluded": {"按年": 16, "按月": 3, "按季": 1, "日前": 1,
                           "日均": 1, "週末": 1, "黃金周": 1, "周轉": 1,
                           "旺季": 1},
        # generic heads outside ORG rows: 銀行 (x9: 銀行業 x2, 本澳銀行 x2,
        # 銀行貸款 x2 (one inside a scheme's name), 銀行方面, 銀行審批,
        # 會員銀行), 政府
        # (x3: 政府擔保 in the title and x2), 商會, 局, 基金, 公會, 學院
        # (none outside)
        "orgwords_excluded": {"銀行": 9, "政府": 3, "商會": 0, "局": 0,
                              "基金": 0, "公會": 0, "學院": 0, "聯會": 0},
        "orgstring_excluded": [],
    }
    return d, audit


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
# comparison words before 上月 that make it a baseline counted from the
# sentence's month (GUIDELINES: 比, 较, 与, 和, 同, 由, 从)
BASELINE = ("较", "較", "比", "与", "與", "和", "同", "由", "从", "從")
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
    if tx.startswith(("今年前", "今年首", "首", "前")) or re.search(
            r"年[前首]\d+[个個]?月", tx):
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
    # 今（115）年, 明（116）年: the bracketed ROC year is the reference year
    # (+1), and so is the normalization (GUIDELINES)
    m = re.match(r"([今明去])（(\d{2,3})）年", tx)
    if m:
        k = {"今": 0, "明": 1, "去": -1}[m.group(1)]
        assert int(m.group(2)) + 1911 == ref.year + k, r
        assert norm[:4] == str(ref.year + k), r
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in BASELINE:
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx in ("上月", "上月底") and before in BASELINE:
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
    for w, k in (("本周", 0), ("上周", -1), ("下周", 1), ("本週", 0),
                 ("上週", -1), ("下週", 1)):
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
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day, in Arabic or Chinese numerals
    # (Macao's 昨（十八）日), must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        g = m.group(2)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm == day.isoformat() and day.day == num, r


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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table: a
    fixed day by the article's region (GUIDELINES: Taiwan texts name
    Taiwan's days, 國慶 10-10, 教師節 09-28; the mainland's 国庆 is 10-01),
    a lunar one from the table of 正月初一 and 八月十五; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_MAINLAND)
    years = range(ref.year - 1, ref.year + 2)
    if tx in fixed:
        cands = {y: datetime.date(y, *fixed[tx]) for y in years}
    else:
        cands = {y: LUNAR[tx][y] for y in years}
    if k is not None:
        want = cands[ref.year + k]
    else:
        want = min(cands.values(), key=lambda x: abs((x - ref).days))
    assert r["normalized"] == want.isoformat(), (r, want)


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（11月24日）) is its own mention
    and must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_ub.py)."""
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
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
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
            check_range_first(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_last_year_period(d, r)
            check_holiday(d, r)
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
