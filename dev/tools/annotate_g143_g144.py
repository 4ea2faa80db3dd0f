#!/usr/bin/env python3
"""Gold annotation for the held-out articles g143_hainan_duty_free_shopping
and g144_taiwan_rent_subsidies_social_housing (annotator RA).

Adapted from the precedent set's tools/annotate_sa.py (now dev/tools/annotate_g137_g138.py; copied and the data
changed; it keeps the checks of annotate_sa.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 明（N）年 carrying the ROC year of the reference year,
relative words resolved from the reference date, 上月 as a baseline after
a comparison word, the bare-day month rule, 当天 repeating the holiday of
its sentence, 去年同期 a year before its sentence's period, the bracketed
gloss, 上季 counted from its sentence's quarter, the 约占 check, the
declared organizations of each article), with annotate_sb.py's UTF-16 LE
checks in place of the cp950 block.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g143 is simplified (mainland, 海南日报, 2026-11-17), stored as UTF-8
  WITHOUT a BOM.  The GB and Big5 codecs fail on the bytes or read another
  text; every character is also GBK.  OpenCC t2s leaves the article
  unchanged.  Its dateline 本报海口11月16日讯 opens the first paragraph.
- g144 is traditional (Taiwan, 中央社, 2026-11-24), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (code units = code points) and in
  cp950 (Taiwan's Big5); no character is simplified-only; the big-endian
  reading differs and no byte codec reads the file as the same text.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市,
  foreign cities by their mainland names).  A Taiwan text: 2-3 digit years
  before 年 are ROC years (112年 = 2023, 115年度 = 2026, 明（116）年度 =
  2027, 民國121年 = 2032).  Its byline （中央社記者曾詠晴台北24日電） opens
  the first paragraph.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho26/precedent: README, NOTES_sa/sb/sc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g143_g144.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_sa.py: a UTF-8 mainland article without BOM and a
UTF-16 LE Taiwan article (annotate_sb.py's checks, the Taiwan markers and
cp950 repertoire of annotate_sa.py) instead of UTF-8 with BOM and cp950;
the holiday table of 2025-2027 as these articles name it (今年国庆, 去年国庆,
中秋节 and its 当天, 今年春节, 双11, 元旦, 春节; 今年中秋節, 明年元旦,
農曆年 = 春节); units 人次, 类, 起, 分钟, 平方米, 班, 岁, 户, 件, 案, 处.
Re-run (from anywhere):

    python3 dev/tools/annotate_g143_g144.py
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
G143 = "g143_hainan_duty_free_shopping"
G144 = "g144_taiwan_rent_subsidies_social_housing"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G143: ("utf-8", b"", False, "2026-11-17", "海南日报"),
    G144: ("utf-16-le", BOM16LE, True, "2026-11-24", "中央社"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G143: [], G144: []}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G144}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继证监筹闭盘涨势额权龄兑汇润"
                   "贴东补处设筑营纠纷诉请审签宁乐荣兴苏盖联块规邻"
                   "镇县乡")
# Holidays the articles name, by their exact span (2025-2027).
# g143 (mainland, 2026-11-17): 今年国庆 2026-10-01 and 去年国庆 2025-10-01
# (a year written before a holiday is inside the span); 中秋节 2026-09-25
# (八月十五 of 2026, the occurrence nearest the reference date; its 当天
# too); 今年春节 2026-02-17; 双11 2026-11-11 (six days before the
# reference date); 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones,
# no year in their sentences; 正月初一 of 2027).
# g144 (Taiwan, 2026-11-24): 今年中秋節 2026-09-25; 明年元旦 2027-01-01;
# 農曆年 2027-02-06 (GUIDELINES: 农历年 is 春节; the coming one).
HOLIDAY = {
    "今年国庆": "2026-10-01", "去年国庆": "2025-10-01",
    "中秋节": "2026-09-25", "今年春节": "2026-02-17",
    "双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年中秋節": "2026-09-25", "明年元旦": "2027-01-01",
    "農曆年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "元旦": (1, 1), "双11": (11, 11)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g143 (2026: Hainan's prefecture-level cities 海口, 三亚, 儋州 and
    # county-level cities 琼海, 万宁, 文昌; municipalities 北京, 上海;
    # prefecture-level 广州, 深圳, 成都, 杭州; 香港; foreign cities by their
    # common names)
    "海口": "海口市", "三亚": "三亚市", "琼海": "琼海市", "万宁": "万宁市",
    "儋州": "儋州市", "文昌": "文昌市", "北京": "北京市", "上海": "上海市",
    "广州": "广州市", "深圳": "深圳市", "成都": "成都市", "杭州": "杭州市",
    "香港": "香港", "首尔": "首尔", "曼谷": "曼谷", "新加坡": "新加坡",
    # g144 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; foreign cities by their mainland names)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "東京": "东京", "首爾": "首尔",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"香港", "首尔", "曼谷", "新加坡", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "中央社": "中央社", "內政部": "内政部", "國土管理署": "国土管理署",
    "國家住宅及都市更新中心": "国家住宅及都市更新中心",
    "住都中心": "住都中心",
    "台北市政府都市發展局": "台北市政府都市发展局",
    "新北市政府城鄉發展局": "新北市政府城乡发展局",
    "高雄市政府": "高雄市政府", "遠雄建設": "远雄建设", "興富發": "兴富发",
    "桃園市政府住宅發展處": "桃园市政府住宅发展处",
    "台中市政府": "台中市政府", "主計總處": "主计总处",
    "潤弘精密": "润弘精密", "皇昌營造": "皇昌营造", "大陸工程": "大陆工程",
    "財政部": "财政部", "臺灣銀行": "台湾银行", "土地銀行": "土地银行",
    "合作金庫": "合作金库", "中央銀行": "中央银行", "金管會": "金管会",
    "央行": "央行", "住商不動產": "住商不动产",
    "崔媽媽基金會": "崔妈妈基金会", "社會住宅推動聯盟": "社会住宅推动联盟",
    "住盟": "住盟", "行政院": "行政院", "立法院": "立法院",
}
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
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 127 for c in self.text)    # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
                assert not decodes(full, other) or full.decode(other) != \
                    self.text, (doc_id, other)
            if self.traditional:    # a Taiwan text: every character is in
                assert all(enc_ok(c, "cp950")   # Taiwan's Big5 (no HKSCS
                           for c in self.text), doc_id   # or mainland form)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
        if enc.startswith("utf-16"):    # the BOM names the order (from
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"  # sb)
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # a little-endian file opens FF FE, then the first character's
            # low byte (g144: 租 is U+79DF, bytes DF 79)
            assert full[:2] == bom == BOM16LE, doc_id
            assert full[2] == ord(self.text[0]) & 0xFF, doc_id
            assert full[3] == ord(self.text[0]) >> 8, doc_id
            assert not full[2:].startswith(BOM16LE), doc_id  # one BOM only
        if enc == "utf-8":              # no BOM: the first bytes are the
            assert full[:3] == self.text[0].encode("utf-8"), doc_id  # title
        if self.traditional:    # a Taiwan text: every character is in
            assert all(enc_ok(c, "cp950")       # Taiwan's Big5 (no HKSCS
                       for c in self.text), doc_id     # or mainland form)
        else:                   # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
            assert "民國" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
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
# g143 offshore duty-free shopping in Hainan, November 2026: 海口海关's
# figures for the first ten months and for October (given on the dateline's
# day 11月16日), the policy (the 2020年7月1日 quota of 10万元, the
# categories of 财政部, 海关总署 and 税务总局, the island-wide special
# customs operations of 去年12月18日, “即购即提”), the holiday peaks
# (海南省商务厅: 今年国庆 with its days 10月1日至7日, 去年国庆, 中秋节 and its
# 当天, 今年春节, 双11 and 11月9日至15日), the operators (中国中免, 海南控股,
# 海旅免税, 深免集团, 中服免税, 王府井集团), domestic and foreign brands,
# 支付宝, 海口海关's anti-smuggling cases (海南省公安厅), airports and
# airlines (海口美兰国际机场, 三亚凤凰国际机场, 海南航空, 南方航空), travel
# platforms (携程, 飞猪, 同程旅行), city measures (三亚市政府 上周 with
# 中国银行海南省分行 and 中国银联; 海口市商务局 本周五), the statistics and
# the outlook (海南省旅游和文化广电体育厅, 海南省统计局, 中国旅游研究院,
# 中国中免, 海南大学旅游学院).  Simplified, UTF-8 without BOM, 2026-11-17
# (a Tuesday, ISO week 2026-W47), 海南日报; the dateline 本报海口11月16日讯
# （记者 符晓岚 通讯员 陈海鹏） opens the first paragraph (本报 names no
# outlet).  上月 as a baseline after 较 the month before 10月份 (2026-09);
# 上周 2026-W46; 本周五 2026-11-20 (glossed （11月20日））; 本月 and 本月底
# 2026-11; 明年 2027.
# ===========================================================================
@doc
def g143():
    d = Doc(G143)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    HK, SY, WN, QH = "海口市", "三亚市", "万宁市", "琼海市"
    # title (a heading that opens with 我省: no city section)
    d.date("我省[[前10个月]]离岛", Y, "")
    d.metric("金额[[313.6亿元]] 同比", "313.6e8", "元", "exact", "")
    d.metric("同比增长[[9.4%]]\n", "9.4", "%", "exact", "")
    # P1 the dateline: 海口 is the place the report is filed from; the first
    # sentence (up to ；) holds it, so its DATE/METRIC rows take 海口市
    d.city("本报[[海口]]11月16日讯")
    d.date("海口[[11月16日]]讯", "2026-11-16", HK)
    d.date("记者[[11月16日]]从", "2026-11-16", HK)
    d.org("从[[海口海关]]获悉")
    d.date("获悉，[[今年前10个月]]，海口海关", Y, HK)
    d.org("，[[海口海关]]共监管")
    d.metric("购物金额[[313.6亿元]]，", "313.6e8", "元", "exact", HK)
    d.metric("同比增长[[9.4%]]；", "9.4", "%", "exact", HK)
    d.metric("购物人数[[486.2万人次]]", "486.2e4", "人次", "exact", "")
    d.metric("增长[[6.8%]]；", "6.8", "%", "exact", "")
    d.metric("人均购物金额[[约6450元]]", 6450, "元", "approx", "")
    d.date("其中，[[10月份]]监管", OCT, "")
    d.metric("购物金额[[41.2亿元]]", "41.2e8", "元", "exact", "")
    d.metric("增长[[17.3%]]，较上月", "17.3", "%", "exact", "")
    d.date("较[[上月]]增长", SEP, "")
    d.metric("增长[[22.6%]]，创", "22.6", "%", "exact", "")
    d.date("创[[今年]]以来单月", Y, "")
    # P2 the policy (no CITY)
    d.date("\n\n[[2020年7月1日]]离岛", "2020-07-01", "")
    d.metric("由[[3万元]]提高", "3e4", "元", "exact", "")
    d.metric("提高至[[10万元]]。", "10e4", "元", "exact", "")
    d.org("。[[财政部]]、海关总署")
    d.org("、[[海关总署]]、税务总局")
    d.org("、[[税务总局]]今年6月")
    d.date("税务总局[[今年6月]]联合", "2026-06", "")
    d.date("自[[7月1日]]起", "2026-07-01", "")
    d.metric("增至[[47类]]", 47, "类", "exact", "")
    d.date("。[[去年12月18日]]海南", "2025-12-18", "")
    d.date("，[[今年前10个月]]以“即购即提”", Y, "")
    d.metric("占比达[[31.5%]]", "31.5", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact", "")
    d.org("。[[海口海关]]相关负责人")
    d.org("会同[[海南省商务厅]]、")
    d.org("、[[海南省财政厅]]优化")
    d.date("确保[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]旺季", "2027-02-06", "")
    # P3 the holiday peaks
    d.org("据[[海南省商务厅]]统计")
    d.date("统计，[[今年国庆]]假期", "2026-10-01", SY)
    d.date("（[[10月1日]]至7日）", "2026-10-01", SY)
    d.date("至[[7日]]）", "2026-10-07", SY)
    d.metric("全省[[12家]]离岛", 12, "家", "exact", SY)
    d.metric("销售额[[19.8亿元]]，其中", "19.8e8", "元", "exact", SY)
    d.city("其中[[三亚]]约占")
    d.metric("约占[[55%]]", 55, "%", "approx", SY, sep="约")
    d.metric("日均[[超过2.8亿元]]", "2.8e8", "元", "over", SY)
    d.date("较[[去年国庆]]假期", "2025-10-01", SY)
    d.metric("增长[[15.2%]]；", "15.2", "%", "exact", SY)
    d.date("；[[中秋节]]当天", "2026-09-25", SY)
    d.date("中秋节[[当天]]，", "2026-09-25", SY)
    d.city("，[[三亚]]国际免税城进店")
    d.metric("客流[[突破6万人次]]", "6e4", "人次", "over", SY)
    d.date("。[[今年春节]]假期", "2026-02-17", "")
    d.metric("销售额[[约3.1亿元]]", "3.1e8", "元", "approx", "")
    d.date("进入[[11月]]，", "2026-11", "")
    d.date("“[[双11]]”与", "2026-11-11", "")
    d.date("，[[11月9日]]至15日", "2026-11-09", "")
    d.date("至[[15日]]全省", "2026-11-15", "")
    d.metric("销售额[[11.6亿元]]", "11.6e8", "元", "exact", "")
    d.metric("增长[[24.3%]]", "24.3", "%", "exact", "")
    # P4 the operators (stores named after their city: CITY, no ORG)
    d.org("看，[[中国旅游集团中免股份有限公司]]（")
    d.org("简称“[[中国中免]]”）")
    d.city("旗下[[三亚]]国际免税城、")
    d.city("、[[海口]]国际免税城等")
    d.metric("等[[5家]]门店", 5, "家", "exact", HK)
    d.metric("全省[[约六成]]的", 60, "%", "approx", HK)
    d.org("。[[中国中免]]披露")
    d.date("门店[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约186.4亿元]]", "186.4e8", "元", "approx", "")
    d.date("，[[第三季度]]客单价", "2026-Q3", "")
    d.metric("客单价[[约8200元]]", 8200, "元", "approx", "")
    d.metric("提升[[5.1%]]", "5.1", "%", "exact", "")
    d.org("。[[海南发展控股有限公司]]（")
    d.org("简称“[[海南控股]]”）")
    d.city("位于[[海口]]的")
    d.date("免税城[[10月]]销售额", OCT, HK)
    d.metric("增长[[近三成]]", 30, "%", "approx", HK)
    d.org("；[[海旅免税]]、")
    d.org("、[[深免集团]]、")
    d.org("、[[中服免税]]分别")
    d.city("分别在[[三亚]]、海口")
    d.city("三亚、[[海口]]新增")
    d.metric("专柜[[120余个]]", 120, "个", "over", HK)
    d.org("；[[王府井集团]]在")
    d.city("在[[万宁]]的")
    d.date("免税港[[今年]]以来", Y, WN)
    d.metric("顾客[[超过150万人次]]", "150e4", "人次", "over", WN)
    d.date("截至[[10月底]]，全省", OCT, QH)
    d.metric("面积[[约46万平方米]]", "46e4", "平方米", "approx", QH)
    d.city("，[[琼海]]、儋州")
    d.city("、[[儋州]]、文昌")
    d.city("、[[文昌]]等地")
    # P5 brands and 支付宝 (no CITY)
    d.date("入驻。[[今年]]以来", Y, "")
    d.org("，[[百雀羚]]、")
    d.org("、[[珀莱雅]]、")
    d.org("、[[李宁]]等")
    d.metric("等[[30余个]]国货", 30, "个", "over", "")
    d.org("，[[欧莱雅集团]]、")
    d.org("、[[雅诗兰黛集团]]则")
    d.org("。[[支付宝]]数据显示")
    d.date("显示，[[10月]]境外", OCT, "")
    d.org("使用[[支付宝]]购物")
    d.metric("增长[[1.6倍]]", "1.6", "倍", "exact", "")
    # P6 supervision and service
    d.org("升级。[[海口海关]]今年")
    d.date("海口海关[[今年]]以来立案", Y, HK)
    d.metric("案件[[36起]]", 36, "起", "exact", HK)
    d.metric("案值[[约2.3亿元]]", "2.3e8", "元", "approx", HK)
    d.org("会同[[海南省公安厅]]在")
    d.city("在[[海口]]、三亚等地")
    d.city("海口、[[三亚]]等地")
    d.metric("缩短至[[15分钟]]", 15, "分钟", "exact", "")
    # P7 airports, airlines and platforms (airports are ORGs, no CITY)
    d.org("加码。[[海口美兰国际机场]]前10个月")
    d.date("机场[[前10个月]]旅客", Y, "")
    d.metric("吞吐量[[约2260万人次]]", "2260e4", "人次", "approx", "")
    d.metric("增长[[7.6%]]；", "7.6", "%", "exact", "")
    d.org("；[[三亚凤凰国际机场]]自")
    d.date("自[[10月25日]]起", "2026-10-25", "首尔")
    d.metric("增至[[31条]]", 31, "条", "exact", "首尔")
    d.city("通达[[首尔]]、")
    d.city("、[[曼谷]]、")
    d.city("、[[新加坡]]、香港")
    d.city("、[[香港]]等城市")
    d.org("。[[海南航空]]、")
    d.org("、[[南方航空]]等")
    d.date("航空公司[[本月]]起", "2026-11", "北京市")
    d.city("加密[[北京]]、")
    d.city("、[[上海]]、广州")
    d.city("、[[广州]]、深圳")
    d.city("、[[深圳]]、成都")
    d.city("、[[成都]]、杭州")
    d.city("、[[杭州]]至海口")
    d.city("至[[海口]]、三亚的")
    d.city("海口、[[三亚]]的航班")
    d.metric("新增航班[[约420班]]", 420, "班", "approx", SY)
    d.org("。[[携程]]数据显示")
    d.date("显示，[[今年前10个月]]通过", Y, "")
    d.metric("增长[[38%]]", 38, "%", "exact", "")
    d.metric("其中[[35岁以下]]", 35, "岁", "under", "")
    d.metric("占比[[约46%]]", 46, "%", "approx", "")
    d.org("；[[飞猪]]、")
    d.org("、[[同程旅行]]的")
    d.date("显示，[[元旦]]假期", "2027-01-01", "")
    d.metric("增长[[两成以上]]", 20, "%", "over", "")
    # P8 city measures
    d.date("\n\n[[上周]]，三亚", "2026-W46", "")
    d.org("，[[三亚市政府]]出台")
    d.date("将于[[12月]]至", "2026-12", "")
    d.date("至[[明年2月]]联合", "2027-02", "")
    d.org("联合[[中国银行海南省分行]]、")
    d.org("、[[中国银联]]发放")
    d.metric("总额[[5000万元]]", "5000e4", "元", "exact", "")
    d.org("。[[海口市商务局]]表示")
    d.date("表示，[[本周五]]（", "2026-11-20", HK)
    d.date("（[[11月20日]]）起", "2026-11-20", HK)
    d.city("在[[海口]]国际免税城举办")
    d.date("持续至[[本月底]]", "2026-11", HK)
    d.metric("游客[[超过20万人次]]", "20e4", "人次", "over", HK)
    # P9 statistics and outlook
    d.org("\n\n[[海南省旅游和文化广电体育厅]]数据")
    d.date("显示，[[今年前10个月]]全省接待", Y, "")
    d.metric("接待游客[[8960.5万人次]]", "8960.5e4", "人次", "exact", "")
    d.metric("增长[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("总收入[[约1786亿元]]", "1786e8", "元", "approx", "")
    d.org("。[[海南省统计局]]数据")
    d.date("显示，[[前三季度]]全省社会", Y, "")
    d.metric("总额[[1850.3亿元]]", "1850.3e8", "元", "exact", "")
    d.metric("增长[[5.6%]]", "5.6", "%", "exact", "")
    d.org("。[[中国旅游研究院]]预计")
    d.date("预计，[[四季度]]我省", "2026-Q4", "")
    d.metric("达到[[115亿元左右]]", "115e8", "元", "approx", "")
    d.metric("有望[[突破420亿元]]", "420e8", "元", "over", "")
    d.org("。[[中国中免]]表示")
    d.date("表示，[[明年]]将在海口", NY, HK)
    d.city("将在[[海口]]新开")
    d.metric("新开[[1家]]市内", 1, "家", "exact", HK)
    d.city("，[[三亚]]国际免税城二期")
    d.date("于[[2027年底]]前", "2027", SY)
    d.org("。[[海南大学旅游学院]]一位")
    audit = {
        "orgs": ["海口海关", "财政部", "海关总署", "税务总局", "海南省商务厅",
                 "海南省财政厅", "中国旅游集团中免股份有限公司", "中国中免",
                 "海南发展控股有限公司", "海南控股", "海旅免税", "深免集团",
                 "中服免税", "王府井集团", "百雀羚", "珀莱雅", "李宁",
                 "欧莱雅集团", "雅诗兰黛集团", "支付宝", "海南省公安厅",
                 "海口美兰国际机场", "三亚凤凰国际机场", "海南航空",
                 "南方航空", "携程", "飞猪", "同程旅行", "三亚市政府",
                 "中国银行海南省分行", "中国银联", "海口市商务局",
                 "海南省旅游和文化广电体育厅", "海南省统计局",
                 "中国旅游研究院", "海南大学旅游学院"],
        "cities": ["海口", "三亚", "琼海", "万宁", "儋州", "文昌", "陵水",
                   "博鳌", "五指山", "东方", "首尔", "曼谷", "新加坡", "香港",
                   "北京", "上海", "广州", "深圳", "成都", "杭州", "澳门",
                   "台北"],
        "excluded": [],
        "numbers_excluded": [],
        # 进一步 (further), 二期 (a project's second phase), 一位
        "cn_excluded": ["进[[一]]步", "免税城[[二]]期", "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 每年 (每人每年, recurring), 日均 (x2),
        # 单月, 全年, 假日, 冬季 (a season without a year word), 旺季 (x2),
        # 航季 (冬春航季, an airline season), 美妆节 (an event), 每周
        "words_excluded": {"每年": 1, "日均": 2, "单月": 1, "全年": 1,
                           "假日": 1, "冬季": 1, "旺季": 2, "航季": 1,
                           "美妆节": 1, "每周": 1},
        # generic words outside ORG rows: 公司 (航空公司), 机场 (由机场、
        # 港口和火车站), 集团, 海关, 银行, 大学, 研究院, 政府, 商务局
        "orgwords_excluded": {"公司": 1, "机场": 1, "集团": 0, "海关": 0,
                              "银行": 0, "大学": 0, "研究院": 0, "政府": 0,
                              "商务局": 0, "统计局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g144 rent subsidies and social housing in Taiwan, November 2026: 內政部's
# figures (今天上午) for the 115年度 rent subsidy programme up to 11月20日
# and for the first ten months, the 明（116）年度 budget, the programme's
# history since 民國111年8月 (112年, 113年, 114年), 國土管理署's breakdown,
# the cities (新北市, 台北市, 桃園, 台中, 高雄, 台南, 新竹市, 嘉義市, 基隆),
# social housing (to 10月底; the goal of 民國121年; 住都中心's tenders, 第3季
# against 上季, 明年第1季), the city governments (台北市政府都市發展局,
# 新北市政府城鄉發展局, 高雄市政府 昨天 with 遠雄建設 and 興富發 from
# 12月1日, 桃園市政府住宅發展處, 台中市政府 to 116年底, 今年中秋節),
# building costs (主計總處, the builders 潤弘精密, 皇昌營造, 大陸工程, 3年前),
# banks (財政部, 臺灣銀行, 土地銀行, 合作金庫, 中央銀行 9月, 金管會, 央行
# 12月), rents (主計總處, 住商不動產, 崔媽媽基金會, 住盟, 明年元旦, 東京,
# 首爾, 新加坡), landlords (財政部, 內政部), the outlook (農曆年, 116年度,
# 本週四, 行政院, 立法院 上週, 明年).  Traditional as Taiwan writes it (台/臺,
# 占, 年增, 前10月, 前3季, 第3季, 上季, 本週, 上週, 新台幣, 兆, ROC years),
# UTF-16 LE with BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 中央社;
# the byline （中央社記者曾詠晴台北24日電） opens the first paragraph.
# 今天上午 2026-11-24; 昨天 2026-11-23; 上週 2026-W47; 本週四 2026-11-26;
# 上季 after 第3季 2026-Q2.
# ===========================================================================
@doc
def g144():
    d = Doc(G144)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP, NT, TY, TC, KH, TN = ("台北市", "新北市", "桃园市", "台中市", "高雄市",
                              "台南市")
    # title (a heading that opens with 租金: no city section)
    d.metric("核定[[逾85萬戶]]", "85e4", "户", "over", "")
    d.org("創新高 [[內政部]]拚")
    d.date("拚[[明年]]社宅", NY, "")
    d.metric("再開工[[1.2萬戶]]\n", "1.2e4", "户", "exact", "")
    # P1 with the byline: 台北 is the place the report is filed from; the
    # first sentence (up to ；) holds it, so its DATE/METRIC rows take 台北市
    d.org("（[[中央社]]記者")
    d.city("曾詠晴[[台北]]24日電")
    d.date("台北[[24日]]電", "2026-11-24", TP)
    d.org("）[[內政部]]今天上午")
    d.date("內政部[[今天上午]]公布", "2026-11-24", TP)
    d.date("統計，[[115年度]]中央", Y, TP)
    d.date("截至[[11月20日]]已受理", "2026-11-20", TP)
    d.metric("申請[[約112.6萬件]]", "112.6e4", "件", "approx", TP)
    d.metric("核定[[85.3萬戶]]", "85.3e4", "户", "exact", TP)
    d.date("；[[今年前10月]]撥付", Y, "")
    d.metric("金額約新台幣[[286億元]]", "286e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[去年同期]]增加18.4%", LY, "")
    d.metric("增加[[18.4%]]", "18.4", "%", "exact", "")
    d.org("。[[內政部]]長表示")
    d.date("表示，[[明（116）年度]]租金", NY, "")
    d.metric("新台幣[[360億元]]，目標", "360e8", "元", "exact", "")
    d.metric("照顧[[90萬戶]]", "90e4", "户", "exact", "")
    # P2 the programme's years and 國土管理署's breakdown (no CITY)
    d.date("自[[民國111年8月]]開辦", "2022-08", "")
    d.metric("首年核定[[約34.5萬戶]]", "34.5e4", "户", "approx", "")
    d.date("，[[112年]]、113年", "2023", "")
    d.date("、[[113年]]分別", "2024", "")
    d.metric("增至[[約50.3萬戶]]", "50.3e4", "户", "approx", "")
    d.metric("、[[約67.8萬戶]]", "67.8e4", "户", "approx", "")
    d.date("，[[114年]]更達", "2025", "")
    d.metric("更達[[78.2萬戶]]", "78.2e4", "户", "exact", "")
    d.org("。[[國土管理署]]分析")
    d.date("分析，[[今年]]核定戶中", Y, "")
    d.metric("單身青年約占[[38%]]", 38, "%", "approx", "", sep="約")
    d.metric("家庭約占[[27%]]", 27, "%", "approx", "", sep="約")
    d.metric("，[[65歲以上]]長者", 65, "岁", "over", "")
    d.metric("長者約占[[11%]]", 11, "%", "approx", "", sep="約")
    d.metric("；[[18歲]]至40歲", 18, "岁", "exact", "")
    d.metric("至[[40歲]]青年", 40, "岁", "exact", "")
    d.metric("共[[約41.7萬戶]]", "41.7e4", "户", "approx", "")
    d.date("較[[去年]]增加約6.2萬戶", LY, "")
    d.metric("增加[[約6.2萬戶]]", "6.2e4", "户", "approx", "")
    d.org("。[[國土管理署]]並指出")
    d.date("指出，[[今年]]透過", Y, "")
    d.metric("比率達[[82.4%]]", "82.4", "%", "exact", "")
    d.date("較[[去年]]提高", LY, "")
    d.metric("提高[[9.6個百分點]]", "9.6", "百分点", "exact", "")
    d.metric("補貼約新台幣[[3,350元]]", 3350, "元", "approx", "",
             outer="約新台幣")
    # P3 the cities
    d.city("，[[新北市]]核定")
    d.metric("戶數[[約19.8萬戶]]", "19.8e4", "户", "approx", NT)
    d.city("，[[台北市]]約13.6萬戶")
    d.metric("台北市[[約13.6萬戶]]", "13.6e4", "户", "approx", TP)
    d.city("，[[桃園]]約11.2萬戶")
    d.metric("桃園[[約11.2萬戶]]", "11.2e4", "户", "approx", TY)
    d.city("、[[台中]]約10.9萬戶")
    d.metric("台中[[約10.9萬戶]]", "10.9e4", "户", "approx", TC)
    d.city("、[[高雄]]約9.4萬戶")
    d.metric("高雄[[約9.4萬戶]]", "9.4e4", "户", "approx", KH)
    d.city("；[[台南]]、新竹市")
    d.city("、[[新竹市]]、嘉義市")
    d.city("、[[嘉義市]]、基隆")
    d.city("、[[基隆]]核定")
    d.metric("都[[超過2成]]", 20, "%", "over", "基隆市")
    d.metric("介於新台幣[[2,000元]]至", 2000, "元", "exact", TP)
    d.metric("至[[8,000元]]，", 8000, "元", "exact", TP)
    d.city("，[[台北市]]單身")
    d.metric("可領[[5,000元]]", 5000, "元", "exact", TP)
    d.metric("加碼[[1.8倍]]", "1.8", "倍", "exact", TP)
    # P4 social housing
    d.org("社會住宅方面，[[內政部]]統計")
    d.date("截至[[10月底]]，全國直接", OCT, "")
    d.metric("已完工[[約6.8萬戶]]", "6.8e4", "户", "approx", "")
    d.metric("興建中[[約5.1萬戶]]", "5.1e4", "户", "approx", "")
    d.metric("媒合戶數[[約12.4萬戶]]", "12.4e4", "户", "approx", "")
    d.metric("合計[[約24.3萬戶]]", "24.3e4", "户", "approx", "")
    d.date("至[[民國121年]]累計", "2032", "")
    d.metric("社會住宅[[100萬戶]]", "100e4", "户", "exact", "")
    d.org("。[[國家住宅及都市更新中心]]（")
    d.org("（[[住都中心]]）今年")
    d.date("住都中心）[[今年]]已發包", Y, "")
    d.metric("發包[[18案]]", 18, "案", "exact", "")
    d.metric("、[[約7,600戶]]，第3季", 7600, "户", "approx", "")
    d.date("，[[第3季]]新增", "2026-Q3", "")
    d.metric("開工[[4,200戶]]", 4200, "户", "exact", "")
    d.date("較[[上季]]增加", "2026-Q2", "")
    d.metric("增加[[35%]]", 35, "%", "exact", "")
    d.org("；[[住都中心]]董事長")
    d.date("說，[[明年第1季]]將在", "2027-Q1", TC)
    d.city("將在[[台中]]、高雄再推出")
    d.city("台中、[[高雄]]再推出")
    d.metric("推出[[5處]]", 5, "处", "exact", KH)
    d.date("預計[[明年]]全年", NY, KH)
    d.metric("開工[[1.2萬戶]]。", "1.2e4", "户", "exact", KH)
    # P5 the city governments
    d.org("腳步。[[台北市政府都市發展局]]指出")
    d.city("指出，[[台北市]]已完工")
    d.metric("社宅[[約2.4萬戶]]", "2.4e4", "户", "approx", TP)
    d.date("，[[10月]]啟用", OCT, TP)
    d.metric("共[[1,020戶]]", 1020, "户", "exact", TP)
    d.metric("人數達[[3.6萬人]]", "3.6e4", "人", "exact", TP)
    d.metric("中籤率[[不到3%]]", 3, "%", "under", TP)
    d.org("；[[新北市政府城鄉發展局]]表示")
    d.city("表示，[[新北]]今年")
    d.date("新北[[今年]]新增", Y, NT)
    d.metric("社宅[[2,850戶]]", 2850, "户", "exact", NT)
    d.org("。[[高雄市政府]]昨天")
    d.date("高雄市政府[[昨天]]宣布", "2026-11-23", "")
    d.org("與[[遠雄建設]]、")
    d.org("、[[興富發]]等建商")
    d.date("在[[12月1日]]起", "2026-12-01", "")
    d.metric("共[[620戶]]", 620, "户", "exact", "")
    d.org("。[[桃園市政府住宅發展處]]統計")
    d.city("統計，[[桃園]]已完工")
    d.metric("社宅[[約2.1萬戶]]", "2.1e4", "户", "approx", TY)
    d.date("，[[今年]]申請租金補貼戶中", Y, TY)
    d.metric("約占[[三成]]", 30, "%", "approx", TY, sep="約")
    d.org("；[[台中市政府]]則規劃")
    d.date("在[[116年底]]前", NY, TC)
    d.metric("動工[[3處]]", 3, "处", "exact", TC)
    d.metric("、[[約2,400戶]]，住都", 2400, "户", "approx", TC)
    d.org("，[[住都中心]]興建")
    d.city("興建的[[台中]]豐原")
    d.date("在[[今年中秋節]]前", "2026-09-25", TC)
    # P6 building costs (no CITY)
    d.org("隱憂。[[主計總處]]統計")
    d.date("統計，[[10月]]營造", OCT, "")
    d.metric("年增[[3.1%]]", "3.1", "%", "exact", "")
    d.org("，[[住都中心]]今年有")
    d.date("住都中心[[今年]]有4案", Y, "")
    d.metric("今年有[[4案]]", 4, "案", "exact", "")
    d.org("包括[[潤弘精密]]、")
    d.org("、[[皇昌營造]]、")
    d.org("、[[大陸工程]]等")
    d.date("由[[3年前]]的", "2023", "")
    d.metric("的約新台幣[[18萬元]]", "18e4", "元", "approx", "",
             outer="約新台幣")
    d.metric("升至[[約26萬元]]", "26e4", "元", "approx", "")
    # P7 banks (no CITY)
    d.org("金融面，[[財政部]]統計")
    d.date("貸款截至[[10月底]]累計", OCT, "")
    d.metric("撥貸[[約17.3萬戶]]", "17.3e4", "户", "approx", "")
    d.metric("金額約新台幣[[1.28兆元]]", "1.28e12", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[臺灣銀行]]、")
    d.org("、[[土地銀行]]、合作金庫")
    d.org("、[[合作金庫]]也與")
    d.org("也與[[住都中心]]合作")
    d.metric("額度合計約新台幣[[420億元]]", "420e8", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[土地銀行]]今年前3季")
    d.date("土地銀行[[今年前3季]]社宅", Y, "")
    d.metric("餘額約新台幣[[156億元]]", "156e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約27%]]", 27, "%", "approx", "")
    d.org("。[[中央銀行]]9月")
    d.date("中央銀行[[9月]]理監事會", "2026-09", "")
    d.org("，[[金管會]]則提醒")
    d.org("關注[[央行]]12月")
    d.date("央行[[12月]]理監事會", "2026-12", "")
    # P8 rents
    d.org("方面，[[主計總處]]日前")
    d.date("公布，[[10月]]房租類", OCT, "")
    d.metric("年增[[2.28%]]", "2.28", "%", "exact", "")
    d.org("。[[住商不動產]]統計")
    d.date("住宅租金[[今年第3季]]平均", "2026-Q3", TP)
    d.metric("每坪約新台幣[[870元]]", 870, "元", "approx", TP,
             outer="約新台幣")
    d.date("較[[去年同期]]上漲", "2025-Q3", TP)
    d.metric("上漲[[約4.5%]]", "4.5", "%", "approx", TP)
    d.city("其中[[台北市]]每坪")
    d.metric("每坪[[約1,350元]]", 1350, "元", "approx", TP)
    d.city("，[[台南]]約530元")
    d.metric("台南[[約530元]]", 530, "元", "approx", TN)
    d.org("。[[崔媽媽基金會]]表示")
    d.date("表示，[[今年前3季]]受理", Y, "")
    d.metric("諮詢[[約1.1萬件]]", "1.1e4", "件", "approx", "")
    d.org("；[[社會住宅推動聯盟]]（")
    d.org("（[[住盟]]）則")
    d.date("呼籲，[[明年元旦]]上路", "2027-01-01", "东京")
    d.city("參考[[東京]]、")
    d.city("、[[首爾]]、")
    d.city("、[[新加坡]]的公共")
    # P9 landlords (no CITY)
    d.org("變化。[[財政部]]統計")
    d.date("統計，[[今年前10月]]申報", Y, "")
    d.metric("房東[[約42.3萬人]]", "42.3e4", "人", "approx", "")
    d.date("較[[去年同期]]增加11.6%", LY, "")
    d.metric("增加[[11.6%]]", "11.6", "%", "exact", "")
    d.org("；[[內政部]]估算")
    d.metric("租金約新台幣[[1萬2,300元]]", 12300, "元", "approx", "",
             outer="約新台幣")
    d.metric("租金的[[三分之一]]", "33.3333333333", "%", "approx", "",
             sep="約")
    # P10 the outlook (no CITY)
    d.org("\n\n[[內政部]]表示，將在")
    d.date("在[[農曆年]]前", "2027-02-06", "")
    d.date("完成[[116年度]]租金", NY, "")
    d.date("於[[本週四]]將", "2026-11-26", "")
    d.org("送[[行政院]]審查")
    d.org("；[[立法院]]上週")
    d.date("立法院[[上週]]已完成", "2026-W47", "")
    d.date("三讀，[[明年]]起", NY, "")
    d.metric("新台幣[[1萬5,000元]]", 15000, "元", "exact", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "首爾",
                   "新加坡", "香港", "豐原", "南港", "縣市", "六都", "台灣",
                   "臺灣"],
        "excluded": [
            # 縣市 (x3: a kind of place), 南港區 (a district of 台北),
            # 豐原 (a district of 台中, in a housing estate's name)
            "從[[縣市]]來看", "依[[縣市]]及", "由外[[縣市]]移入",
            "的[[南港區]]公宅", "台中[[豐原]]社宅",
        ],
        "numbers_excluded": [],
        # 雙雙 (both), 六都 (the six special municipalities, a collective),
        # 三讀 (the third reading)
        "cn_excluded": ["[[雙雙]]創下", "[[六都]]住宅", "修正[[三]]讀"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (x4, year-on-year, and once
        # across 去年|增加), 首年 (the programme's first year), 每月 (x5,
        # recurring), 歷年 (創歷年新高), 全年 (明年全年, outside the span),
        # 日前, 青年 (x3, young people), 未成年 (x2, minors)
        "words_excluded": {"年增": 5, "首年": 1, "每月": 5, "歷年": 1,
                           "全年": 1, "日前": 1, "青年": 3, "未成年": 2},
        # generic words outside ORG rows: 銀行 (公股銀行, 提醒銀行), 政府
        # (地方政府, 政府規劃), 中心, 聯盟, 基金會, 總處 (none outside)
        "orgwords_excluded": {"銀行": 2, "政府": 2, "中心": 0, "聯盟": 0,
                              "基金會": 0, "總處": 0},
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
    # 个百分点 -> 百分点; 个基点 -> 基点 (GUIDELINES: basis points are a
    # unit like 百分点, 20个基点 -> 20, unit 基点)
    unit = re.sub(r"^[个個]((?:百分|基)[点點])$", r"\1", unit)
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
        # the month a DATE of the sentence states, at month or day
        # precision (10月20日公布…与上月持平 -> 09)
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d(-\d\d)?", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"][:7].split("-"))
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
    # 今（N）日 is the reference day, 明（N）日 the day after, 昨（N）日 the
    # day before (above); the bracketed day must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2})）日", tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        assert norm == day.isoformat() and day.day == int(m.group(2)), r


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


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）) is its own mention and
    must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_vc.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    if prev:
        assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter."""
    m = re.fullmatch(r"([上本下])季度?", r["text"])
    if not m:
        return
    k = {"上": -1, "本": 0, "下": 1}[m.group(1)]
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    qs = [x for x in d.rows if x["type"] == "DATE" and
          s <= x["start"] and x["end"] <= r["start"] and
          re.fullmatch(r"\d{4}-Q[1-4]", x["normalized"])]
    if qs:
        y, q = int(qs[-1]["normalized"][:4]), int(qs[-1]["normalized"][-1])
    else:
        ref = datetime.date.fromisoformat(d.published)
        y, q = ref.year, (ref.month - 1) // 3 + 1
    q += k
    y, q = y + (q - 1) // 4, (q - 1) % 4 + 1
    assert r["normalized"] == "%d-Q%d" % (y, q), r


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
        for c in d.no_span_chars:       # the declared characters stand in
            lines = d.text.split("\n")     # the byline (the third line) and
            assert c in lines[2], c         # before every span but the
            assert d.text.index(c) < s or \
                e <= len(lines[0]) + 2 + len(lines[2]), r   # title's and
                                                # the byline's
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
            check_quarter(d, r)
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
