#!/usr/bin/env python3
"""Gold annotation for the held-out articles g137_container_ports_shipping
and g138_taiwan_stock_market_brokers (annotator SA).

Adapted from the precedent set's tools/annotate_tb.py (now dev/tools/annotate_g133_g134.py; copied and the data
changed; it keeps the checks of annotate_tb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年 / 明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date, 上月 (and
上月底) as a baseline after a comparison word, the bare-day month rule,
当天/同日 repeating the latest day, 去年同期 a year before its sentence's
period, the bracketed gloss, 上季 counted from its sentence's quarter, the
约占 check, the declared shared unit, the hand-declared organizations of
each article), with annotate_ta.py's cp950 checks (made stricter: the
declared character's code is asserted).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g137 is simplified (mainland, 中国水运报, 2026-11-18), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.  The
  GB and Big5 codecs fail on the bytes or read another text.  OpenCC t2s
  leaves the article unchanged.
- g138 is traditional (Taiwan, 工商時報, 2026-11-25), stored as cp950
  (Taiwan's Big5, Microsoft code page 950) without a BOM.  It holds one
  character that cp950 has and plain Big5 lacks: 碁 (U+7881, cp950 F9 D6)
  of 宏碁 (Acer), inside an ORG span.  Python's big5 codec fails on the
  file; cp950 reads it (and Big5-HKSCS, which has 碁 at the same code,
  reads it alike); every other character is plain Big5, two bytes each.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市,
  foreign cities by their mainland names).  A Taiwan text: bare 2-3 digit
  years before 年 are ROC years (113年 = 2024, 今（115）年 = 2026,
  明（116）年 = 2027, 民國118年 = 2029).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho25/precedent: README, NOTES_ta/tb/tc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g137_g138.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_tb.py: a UTF-8-with-BOM mainland article (the BOM
checks of annotate_tb.py's Taiwan article) and a cp950 Taiwan article (the
cp950 block of annotate_ta.py, with the declared character's bytes) instead
of GB18030 and UTF-8-with-BOM; the holiday table of 2026-2027 as these
articles name it (双11 from the mainland table); the 上月底 baseline.
Re-run (from anywhere):

    python3 dev/tools/annotate_g137_g138.py
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
G137 = "g137_container_ports_shipping"
G138 = "g138_taiwan_stock_market_brokers"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G137: ("utf-8", BOM8, False, "2026-11-18", "中国水运报"),
    G138: ("cp950", b"", True, "2026-11-25", "工商時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G137: [], G138: []}
# characters of a cp950 article that plain Big5 lacks, with their cp950
# bytes: 碁 (U+7881) of 宏碁, as Taiwan writes Acer's name
OUTSIDE_BIG5 = {G138: {"碁": b"\xf9\xd6"}}
# characters both Big5 codecs read from the same cp950 bytes but plain Big5
# writes with another code (the full-width slash of the byline: cp950 A1 FE,
# plain Big5 A2 41, which cp950 reads as U+2215)
CP950_OWN_CODE = {G138: {"／": b"\xa1\xfe"}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G138}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继证监筹闭盘涨势额权龄兑汇润")
# Holidays the articles name, by their exact span (2026-2027).
# g137 (mainland, 2026-11-18): 双11 2026-11-11 (the shopping festival a
# week before the reference date, no year in its sentence: the occurrence
# nearest the reference date); 元旦 2027-01-01 and 春节 2027-02-06 (the
# coming ones, nearest the reference date; 正月初一 of 2027).
# g138 (Taiwan, 2026-11-25): 元旦 2027-01-01; 春節 2027-02-06 (the coming
# ones, nearest the reference date).
HOLIDAY = {
    "双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "春節": "2027-02-06",
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
LUNAR = {"春节": _SPRING, "春節": _SPRING, "中秋節": _MOON, "中秋节": _MOON}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g137 (2026: municipalities 上海, 重庆; prefecture-level cities; foreign
    # cities by their mainland names)
    "上海": "上海市", "宁波": "宁波市", "舟山": "舟山市", "深圳": "深圳市",
    "厦门": "厦门市", "青岛": "青岛市", "大连": "大连市", "营口": "营口市",
    "南京": "南京市", "苏州": "苏州市", "钦州": "钦州市", "重庆": "重庆市",
    "成都": "成都市",
    "雅加达": "雅加达", "胡志明市": "胡志明市", "达曼": "达曼", "吉达": "吉达",
    "蒙巴萨": "蒙巴萨", "鹿特丹": "鹿特丹", "釜山": "釜山", "洛杉矶": "洛杉矶",
    "曼谷": "曼谷",
    # g138 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; foreign cities by their mainland names; 香港)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市",
    "東京": "东京", "首爾": "首尔", "紐約": "纽约", "香港": "香港",
    "新加坡": "新加坡",
}
# cities normalized without 市: foreign cities by their common mainland
# names and Hong Kong (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"雅加达", "达曼", "吉达", "蒙巴萨", "鹿特丹", "釜山", "洛杉矶",
          "曼谷", "东京", "首尔", "纽约", "香港", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市
FOREIGN_SHI = {"胡志明市"}
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "臺灣證券交易所": "台湾证券交易所", "證交所": "证交所",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "證券櫃檯買賣中心": "证券柜台买卖中心", "櫃買中心": "柜买中心",
    "摩根士丹利證券": "摩根士丹利证券", "高盛": "高盛",
    "摩根大通": "摩根大通", "美國聯準會": "美国联准会",
    "中華民國證券商業同業公會": "中华民国证券商业同业公会",
    "券商公會": "券商公会", "元大證券": "元大证券", "凱基證券": "凯基证券",
    "富邦證券": "富邦证券", "永豐金證券": "永丰金证券",
    "群益金鼎證券": "群益金鼎证券", "國泰證券": "国泰证券",
    "元大金": "元大金", "富邦金": "富邦金", "國泰金": "国泰金",
    "凱基金": "凯基金",
    "臺灣集中保管結算所": "台湾集中保管结算所", "集保結算所": "集保结算所",
    "投信投顧公會": "投信投顾公会", "統一證券": "统一证券",
    "元富證券": "元富证券", "臺灣期貨交易所": "台湾期货交易所",
    "期交所": "期交所", "台積電": "台积电", "鴻海": "鸿海",
    "聯發科": "联发科", "廣達": "广达", "緯創": "纬创", "宏碁": "宏碁",
    "華碩": "华硕", "長榮": "长荣", "陽明": "阳明", "財政部": "财政部",
    "金管會證券期貨局": "金管会证券期货局", "證期局": "证期局",
    "主計總處": "主计总处", "中華經濟研究院": "中华经济研究院",
    "台灣經濟研究院": "台湾经济研究院", "中央銀行": "中央银行",
    "政治大學": "政治大学",
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
        if enc == "cp950":      # Taiwan's Big5 (from annotate_ta.py): the
            outside = sorted({c for c in self.text  # declared characters are
                              if not enc_ok(c, "big5")})   # the only ones
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (  # plain Big5
                doc_id, outside)                                # lacks
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, code in OUTSIDE_BIG5[doc_id].items():    # written with
                assert c.encode(enc) == code, (c, c.encode(enc))   # the
                assert code in raw, (doc_id, c)         # declared cp950 code
            # Taiwan's, not only Hong Kong's: Big5-HKSCS has them at the
            # same code and reads the whole file alike
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes: offsets do not depend
            # on which Big5 codec reads the text
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 fails on the file
            assert not decodes(raw, "big5"), (doc_id, "big5")
            # every line without a declared character reads alike in plain
            # Big5; the bytes are plain Big5's too, except for the
            # characters both codecs map differently (CP950_OWN_CODE: the
            # full-width slash ／ of the byline, cp950 A1 FE, which plain
            # Big5 writes A2 41 and also reads from A1 FE)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("big5") == line, line
                    for c in line:
                        if c.encode("big5") != c.encode(enc):
                            assert CP950_OWN_CODE[doc_id][c] == \
                                c.encode(enc), (doc_id, c)
            for c, code in CP950_OWN_CODE[doc_id].items():
                assert c in self.text and c.encode(enc) == code, c
                assert code.decode("big5") == c, c      # Big5 reads it
                assert c.encode("big5") != code, c      # but writes another
            # the GB codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
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
# g137 container ports and shipping lines, November 2026: 交通运输部's
# figures for the first ten months and for October (released 昨日, glossed
# 11月17日), the main ports (上海港 of 上港集团, 宁波舟山港 of its group,
# 宁波海关), south China (招商局港口, 盐田国际, 深圳海关 and cross-border
# e-commerce around 双11, 广州港集团, 厦门港务控股集团's new routes), north
# China (天津港集团, 山东省港口集团 and 青岛港, 马士基, 辽港集团), the
# Yangtze and the western land-sea corridor (江苏省港口集团, 武汉港航发展
# 集团, 重庆港务物流集团 with 国铁集团 via 钦州), the carriers (中远海运
# 集运, 马士基, 地中海航运, 达飞轮船, 赫伯罗特, 长荣海运, 海洋网联船务,
# 中谷物流, 安通控股, 海丰国际, 德鲁里's schedule reliability), freight
# rates (上海航运交易所's SCFI of 上周五, 克拉克森研究's order book), trade
# (海关总署, 上海海关, 青岛海关), the outlook (中国港口协会, 上海国际航运
# 研究中心, 交通运输部水运科学研究院, 上海海事大学).  Simplified, UTF-8
# WITH BOM, 2026-11-18 (a Wednesday, ISO week 2026-W47), 中国水运报; the
# dateline 本报讯（记者 孙立航） opens the first paragraph (本报 names no
# outlet).  昨日 2026-11-17; 上周 2026-W46; 本周 2026-W47; 上周五
# 2026-11-13; 上月 as a baseline after 较 the month before its sentence's
# month (10月 -> 2026-09); 双11 2026-11-11; 元旦 2027-01-01; 春节
# 2027-02-06.
# ===========================================================================
@doc
def g137():
    d = Doc(G137)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    SH = "上海市"
    # title (a heading that opens with 港口: no city section)
    d.date("港口[[前10个月]]集装箱", Y, "")
    d.metric("同比增长[[5.8%]] 班轮", "5.8", "%", "exact", "")
    # P1 the ministry's national figures (no CITY)
    d.org("孙立航）[[交通运输部]]昨日")
    d.date("交通运输部[[昨日]]（", "2026-11-17", "")
    d.date("（[[11月17日]]）发布", "2026-11-17", "")
    d.date("显示，[[今年前10个月]]，全国港口完成", Y, "")
    d.metric("吞吐量[[2.86亿标准箱]]", "2.86e8", "标准箱", "exact", "")
    d.metric("，同比增长[[5.8%]]，增速", "5.8", "%", "exact", "")
    d.date("较[[去年同期]]加快", LY, "")
    d.metric("加快[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    d.metric("货物吞吐量[[148.6亿吨]]", "148.6e8", "吨", "exact", "")
    d.metric("增长[[3.9%]]。", "3.9", "%", "exact", "")
    d.date("其中，[[10月份]]全国", OCT, "")
    d.metric("吞吐量[[2930万标准箱]]", "2930e4", "标准箱", "exact", "")
    d.metric("增长[[6.2%]]", "6.2", "%", "exact", "")
    d.date("增速较[[上月]]加快", SEP, "")
    d.metric("加快[[1.1个百分点]]", "1.1", "百分点", "exact", "")
    d.metric("吞吐量[[约1760万标准箱]]", "1760e4", "标准箱", "approx", "")
    d.metric("占比[[近六成]]", 60, "%", "approx", "")
    # P2 the main ports and 上海 (ports are facilities: no CITY, no ORG)
    d.date("天津港[[前10个月]]集装箱", Y, "")
    d.metric("均[[超过1500万标准箱]]", "1500e4", "标准箱", "over", "")
    d.org("。[[上港集团]]数据显示")
    d.date("上海港[[今年前10个月]]完成", Y, "")
    d.metric("吞吐量[[4380万标准箱]]", "4380e4", "标准箱", "exact", "")
    d.metric("增长[[4.6%]]", "4.6", "%", "exact", "")
    d.metric("港区完成[[2080万标准箱]]", "2080e4", "标准箱", "exact", "")
    d.metric("占比[[约47.5%]]", "47.5", "%", "approx", "")
    d.date("；[[10月]]单月吞吐量", OCT, "")
    d.metric("达[[458.2万标准箱]]", "458.2e4", "标准箱", "exact", "")
    d.org("新高。[[上港集团]]表示")
    d.city("围绕[[上海]]国际航运中心")
    d.date("；[[2025年]]上海港全年", "2025", "")
    d.metric("吞吐量[[5150万标准箱]]", "5150e4", "标准箱", "exact", "")
    d.date("，[[今年]]有望再创", Y, "")
    # P3 宁波舟山港
    d.org("\n\n[[宁波舟山港集团]]透露")
    d.date("宁波舟山港[[今年前10个月]]集装箱", Y, "")
    d.metric("吞吐量[[约3490万标准箱]]", "3490e4", "标准箱", "approx", "")
    d.metric("增长[[7.3%]]", "7.3", "%", "exact", "")
    d.metric("吞吐量[[约11.2亿吨]]", "11.2e8", "吨", "approx", "")
    d.city("服务[[宁波]]、舟山")
    d.city("宁波、[[舟山]]两地")
    d.date("该港[[今年]]新开", Y, "舟山市")
    d.metric("新开航线[[21条]]", 21, "条", "exact", "舟山市")
    d.metric("达到[[310条]]", 310, "条", "exact", "舟山市")
    d.metric("沿线航线[[132条]]", 132, "条", "exact", "舟山市")
    d.org("。[[宁波海关]]同步")
    d.metric("压缩至[[28.6小时]]", "28.6", "小时", "exact", "")
    # P4 south China
    d.org("。[[招商局港口]]披露")
    d.date("西部港区[[前10个月]]完成", Y, "")
    d.metric("吞吐量[[1210万标准箱]]", "1210e4", "标准箱", "exact", "")
    d.metric("增长[[8.1%]]", "8.1", "%", "exact", "")
    d.org("；[[盐田国际]]10月份")
    d.date("盐田国际[[10月份]]作业量", OCT, "")
    d.metric("作业量[[约142万标准箱]]", "142e4", "标准箱", "approx", "")
    d.metric("均在[[九成以上]]", 90, "%", "over", "")
    d.org("。[[深圳海关]]数据显示")
    d.date("显示，[[今年前10个月]]深圳", Y, "深圳市")
    d.city("10个月[[深圳]]跨境")
    d.metric("货值[[约1860亿元]]", "1860e8", "元", "approx", "深圳市")
    d.metric("增长[[21.4%]]", "21.4", "%", "exact", "深圳市")
    d.date("“[[双11]]”前后", "2026-11-11", "深圳市")
    d.metric("日均[[超过350万件]]", "350e4", "件", "over", "深圳市")
    d.org("。[[广州港集团]]表示")
    d.metric("集装箱航线[[18条]]", 18, "条", "exact", "")
    d.date("广州港[[今年]]有望", Y, "")
    d.metric("吞吐量[[2650万标准箱左右]]", "2650e4", "标准箱", "approx", "")
    d.org("。[[厦门港务控股集团]]则于")
    d.date("则于[[11月1日]]开通", "2026-11-01", "厦门市")
    d.city("开通[[厦门]]至雅加达")
    d.city("至[[雅加达]]、胡志明市")
    d.city("雅加达、[[胡志明市]]的直航")
    d.metric("每周各[[3班]]", 3, "班", "exact", "胡志明市")
    # P5 north China
    d.org("方面，[[天津港集团]]前10个月")
    d.date("天津港集团[[前10个月]]完成", Y, "")
    d.metric("吞吐量[[约1960万标准箱]]", "1960e4", "标准箱", "approx", "")
    d.metric("增长[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("联运量[[128万标准箱]]", "128e4", "标准箱", "exact", "")
    d.metric("增长[[15.6%]]", "15.6", "%", "exact", "")
    d.org("。[[山东省港口集团]]旗下")
    d.metric("吞吐量[[约2680万标准箱]]", "2680e4", "标准箱", "approx",
             "青岛市")
    d.org("与[[马士基]]合作")
    d.city("开通的[[青岛]]至达曼")
    d.city("至[[达曼]]航线")
    d.date("已于[[上周]]首航", "2026-W46", "达曼")
    d.org("。[[辽港集团]]表示")
    d.city("旗下[[大连]]、营口")
    d.city("大连、[[营口]]等港区")
    d.date("港区[[10月]]冷链", OCT, "营口市")
    d.metric("增长[[近三成]]", 30, "%", "approx", "营口市")
    # P6 the Yangtze and the western corridor
    d.org("。[[江苏省港口集团]]数据显示")
    d.city("显示，[[南京]]、苏州")
    d.city("南京、[[苏州]]等地")
    d.date("等地港口[[前10个月]]完成", Y, "苏州市")
    d.metric("合计[[约1120万标准箱]]", "1120e4", "标准箱", "approx", "苏州市")
    d.org("；[[武汉港航发展集团]]旗下")
    d.date("阳逻港区[[10月]]集装箱", OCT, "")
    d.metric("吞吐量[[约28.5万标准箱]]", "28.5e4", "标准箱", "approx", "")
    d.metric("增长[[12%]]。", 12, "%", "exact", "")
    d.org("，[[重庆港务物流集团]]与")
    d.org("与[[国铁集团]]合作")
    d.date("，[[今年]]以来经钦州", Y, "钦州市")
    d.city("经[[钦州]]中转")
    d.metric("开行[[约8600列]]", 8600, "列", "approx", "钦州市")
    d.date("较[[去年同期]]增长约18%", LY, "钦州市")
    d.metric("增长[[约18%]]", 18, "%", "approx", "钦州市")
    d.city("，[[重庆]]、成都方向")
    d.city("重庆、[[成都]]方向")
    d.metric("占比[[超过七成]]", 70, "%", "over", "成都市")
    # P7 the carriers
    d.org("。[[中远海运集装箱运输有限公司]]（")
    d.org("以下简称“[[中远海运集运]]”）")
    d.date("”）[[本周]]宣布", "2026-W47", SH)
    d.date("将于[[12月上旬]]开通", "2026-12", SH)
    d.city("开通[[上海]]至吉达")
    d.city("至[[吉达]]、蒙巴萨")
    d.city("吉达、[[蒙巴萨]]的")
    d.metric("投入[[8艘]]", 8, "艘", "exact", "蒙巴萨")
    d.metric("每周[[1班]]", 1, "班", "exact", "蒙巴萨")
    d.date("；[[今年]]以来中远海运集运", Y, "")
    d.org("以来[[中远海运集运]]已新开")
    d.metric("新开航线[[26条]]", 26, "条", "exact", "")
    d.metric("占比[[约七成]]", 70, "%", "approx", "")
    d.org("。[[马士基]]、地中海航运")
    d.org("、[[地中海航运]]、")
    d.org("、[[达飞轮船]]、")
    d.org("、[[赫伯罗特]]等")
    d.date("公司[[今年]]以来在华", Y, "宁波市")
    d.metric("航线[[超过40条]]", 40, "条", "over", "宁波市")
    d.org("，[[马士基]]还将")
    d.date("自[[明年1月]]起", "2027-01", "宁波市")
    d.city("把[[宁波]]至鹿特丹")
    d.city("至[[鹿特丹]]航线")
    d.metric("每周[[2班]]", 2, "班", "exact", "鹿特丹")
    d.org("。[[长荣海运]]与")
    d.org("与[[海洋网联船务]]（")
    d.org("（[[ONE]]）计划")
    d.date("计划于[[12月20日]]推出", "2026-12-20", "釜山")
    d.city("经[[釜山]]至洛杉矶")
    d.city("至[[洛杉矶]]的")
    d.org("，[[中谷物流]]、安通控股")
    d.org("、[[安通控股]]10月")
    d.date("安通控股[[10月]]内贸", OCT, "")
    d.metric("增长[[9.2%]]和", "9.2", "%", "exact", "")
    d.metric("和[[7.5%]]；", "7.5", "%", "exact", "")
    d.org("；[[海丰国际]]新开")
    d.city("新开[[青岛]]至胡志明市")
    d.city("至[[胡志明市]]、曼谷")
    d.city("、[[曼谷]]的近洋")
    d.metric("近洋航线[[3条]]", 3, "条", "exact", "曼谷")
    d.org("。[[德鲁里]]数据显示")
    d.date("显示，[[10月]]全球主要", OCT, "")
    d.metric("准班率为[[68.4%]]", "68.4", "%", "exact", "")
    d.date("较[[上月]]回升", SEP, "")
    d.metric("回升[[2.3个百分点]]", "2.3", "百分点", "exact", "")
    # P8 freight rates (上海 inside the index's name is a CITY)
    d.date("，[[上周五]]（11月13日）", "2026-11-13", SH)
    d.date("（[[11月13日]]）上海", "2026-11-13", SH)
    d.org("）[[上海航运交易所]]发布")
    d.city("发布的[[上海]]出口")
    d.metric("报[[1386.5点]]", "1386.5", "点", "exact", SH)
    d.metric("下跌[[3.2%]]", "3.2", "%", "exact", SH)
    d.date("较[[年初]]下跌", Y, SH)
    d.metric("下跌[[约35%]]", 35, "%", "approx", SH)
    d.city("其中，[[上海]]至欧洲")
    d.metric("每标准箱[[1320美元]]", 1320, "美元", "exact", SH)
    d.metric("每大箱[[2150美元]]", 2150, "美元", "exact", SH)
    d.org("。[[克拉克森研究]]统计")
    d.date("截至[[10月底]]，全球", OCT, "")
    d.metric("运力[[约930万标准箱]]", "930e4", "标准箱", "approx", "")
    d.metric("运力的[[29%]]", 29, "%", "approx", "", sep="约")
    # P9 trade and customs (no CITY: 上海, 青岛 only inside the customs)
    d.org("\n\n[[海关总署]]数据显示")
    d.date("显示，[[今年前10个月]]，我国", Y, "")
    d.metric("总值[[37.8万亿元]]", "37.8e12", "元", "exact", "")
    d.metric("增长[[3.6%]]", "3.6", "%", "exact", "")
    d.metric("出口[[21.6万亿元]]", "21.6e12", "元", "exact", "")
    d.metric("增长[[6.1%]]。", "6.1", "%", "exact", "")
    d.org("。[[上海海关]]、青岛海关")
    d.org("、[[青岛海关]]等")
    d.date("建设，[[10月]]上海海关", OCT, "")
    d.org("10月[[上海海关]]监管")
    d.date("较[[去年同期]]缩短", "2025-10", "")
    d.metric("缩短[[约1.5小时]]", "1.5", "小时", "approx", "")
    # P10 the outlook (no CITY)
    d.org("，[[中国港口协会]]预计")
    d.date("预计，[[四季度]]受", "2026-Q4", "")
    d.date("受[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前出口", "2027-02-06", "")
    d.metric("保持[[4%]]至6%", 4, "%", "exact", "")
    d.metric("至[[6%]]的增长", 6, "%", "exact", "")
    d.metric("[[3.45亿标准箱左右]]", "3.45e8", "标准箱", "approx", "")
    d.org("。[[上海国际航运研究中心]]认为")
    d.date("认为，[[明年一季度]]集装箱", "2027-Q1", "")
    d.org("。[[交通运输部水运科学研究院]]一位")
    d.date("到[[2030年]]，我国", "2030", "")
    d.metric("有望[[超过80个]]", 80, "个", "over", "")
    d.org("；[[上海海事大学]]一位")
    audit = {
        "orgs": ["交通运输部", "上港集团", "宁波舟山港集团", "宁波海关",
                 "招商局港口", "盐田国际", "深圳海关", "广州港集团",
                 "厦门港务控股集团", "天津港集团", "山东省港口集团",
                 "马士基", "辽港集团", "江苏省港口集团", "武汉港航发展集团",
                 "重庆港务物流集团", "国铁集团",
                 "中远海运集装箱运输有限公司", "中远海运集运", "地中海航运",
                 "达飞轮船", "赫伯罗特", "长荣海运", "海洋网联船务", "ONE",
                 "中谷物流", "安通控股", "海丰国际", "德鲁里",
                 "上海航运交易所", "克拉克森研究", "海关总署", "上海海关",
                 "青岛海关", "中国港口协会", "上海国际航运研究中心",
                 "交通运输部水运科学研究院", "上海海事大学"],
        "cities": ["上海", "宁波", "舟山", "深圳", "广州", "天津", "青岛",
                   "厦门", "大连", "营口", "南京", "苏州", "武汉", "重庆",
                   "成都", "钦州", "雅加达", "胡志明", "达曼", "吉达",
                   "蒙巴萨", "鹿特丹", "釜山", "洛杉矶", "曼谷", "连云港",
                   "北京", "杭州", "中国"],
        "excluded": [
            # ports are facilities, neither CITY nor ORG (GUIDELINES 天津港,
            # 宁波舟山港, 上海港): the P2 list (x6), 上海港 (x2 more),
            # 宁波舟山港 (once more), 青岛港 (once more), 广州港 (once
            # more)
            "[[上海港]]、宁波舟山港", "上海港、[[宁波舟山港]]、深圳港",
            "、[[深圳港]]、", "、[[青岛港]]、广州港", "、[[广州港]]、天津港",
            "、[[天津港]]前10个月", "显示，[[上海港]]今年",
            "2025年[[上海港]]全年", "透露，[[宁波舟山港]]今年",
            "旗下[[青岛港]]集装箱", "，[[广州港]]今年有望",
        ],
        "numbers_excluded": [],
        # “一带一路” (an initiative's name), 南沙港区四期 (a phase), 两地
        # (a collective label for the two cities just listed), 一位 (x2)
        "cn_excluded": ["“[[一]]带一路”", "“一带[[一]]路”", "港区[[四]]期",
                        "舟山[[两]]地", "研究院[[一]]位", "大学[[一]]位"],
        # SCFI (the index's Latin short name, no ORG)
        "latin_excluded": ["（[[SCFI]]）"],
        # time words that are no DATE: 单月 (10月单月: the single month,
        # inside the DATE's sentence), 全年 (x2: 上海港全年 after 2025年,
        # 全年全国港口 with no year), 每周 (x3, recurring), 日均
        "words_excluded": {"单月": 1, "全年": 2, "每周": 3, "日均": 1},
        # generic words outside ORG rows: 公司 (班轮公司 x3, 外资班轮公司),
        # 海关, 集团, 协会, 研究院, 大学, 交易所 (none outside)
        "orgwords_excluded": {"公司": 4, "海关": 0, "集团": 0, "协会": 0,
                              "研究院": 0, "大学": 0, "交易所": 0,
                              "研究中心": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g138 the Taiwan stock market and its brokers, November 2026: 證交所's
# October turnover (a monthly record) and the first ten months, 金管會's
# brokers' profits, the indices (加權指數 and 櫃買指數 of 昨（24）日, the
# record of 11月12日), foreign investors (net selling since November, 上週五
# （11月20日）, their share of market value, 摩根士丹利證券's target, 高盛,
# 摩根大通, 美國聯準會), the market's size and turnover against 東京 and
# 首爾, the brokers (券商公會's count of firms and branches by city, 元大,
# 凱基, 富邦, 永豐金, 群益金鼎, 國泰 and the financial holding companies),
# retail investors (集保結算所's accounts by city), trading (day trading,
# margin, ETF holders, fee discounts, 期交所), the listed companies (台積電,
# 鴻海, 聯發科, 廣達, 緯創, 宏碁, 華碩, 長榮, 陽明), 財政部's securities
# transaction tax, policy (證期局, 主計總處, the research institutes), the
# outlook (聯準會 12月15日至16日, 中央銀行 12月17日, the regional markets,
# 政治大學, 封關 12月31日, 元旦, 春節, 明（116）年第1季).  Traditional as
# Taiwan writes it (台, 占, 年增, 季增, 前10月, 第3季, 上季, 上週, 新台幣,
# 兆, 碼, 折, ROC years), cp950 without BOM, 2026-11-25 (a Wednesday,
# ISO week 2026-W48), 工商時報; the byline 【記者林志遠／台北報導】 opens
# the first paragraph.  昨（24）日 and 昨日 2026-11-24; 今（25）日
# 2026-11-25; 上週 2026-W47; 上週五 2026-11-20; 上月底 as a baseline after
# 較 the month before its sentence's month (11月24日 -> 2026-10); 上季 after
# 第3季 2026-Q2; 元旦 2027-01-01; 春節 2027-02-06.
# ===========================================================================
@doc
def g138():
    d = Doc(G138)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP = "台北市"
    # title (a heading that opens with 台股: no city section)
    d.date("台股[[10月]]成交值創新高", OCT, "")
    d.date("券商[[前10月]]獲利", Y, "")
    d.metric("年增[[逾5成]]", 50, "%", "over", "")
    # P1 with the byline: 台北 is the place the report is filed from; the
    # first sentence holds it, so its DATE/METRIC rows take 台北市 (rule)
    d.city("／[[台北]]報導")
    d.org("】[[臺灣證券交易所]]（")
    d.org("（[[證交所]]）昨")
    d.date("）[[昨（24）日]]公布統計", "2026-11-24", TP)
    d.date("台股[[10月]]成交值達", OCT, TP)
    d.metric("成交值達[[7兆8,560億元]]", "7856e9", "元", "exact", TP)
    d.metric("日均成交值[[約3,741億元]]", "3741e8", "元", "approx", TP)
    d.metric("年增[[約46%]]", 46, "%", "approx", TP)
    d.date("；[[今年前10月]]累計成交值", Y, "")
    d.metric("累計成交值[[約62.3兆元]]", "62.3e12", "元", "approx", "")
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[約38%]]", 38, "%", "approx", "")
    d.org("。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）今")
    d.date("）[[今（25）日]]表示", "2026-11-25", "")
    d.date("證券商[[前10月]]稅前", Y, "")
    d.metric("合計[[約1,286億元]]", "1286e8", "元", "approx", "")
    d.metric("年增[[52.3%]]", "52.3", "%", "exact", "")
    d.date("超越[[113年]]全年", "2024", "")
    # P2 the indices (no CITY)
    d.date("加權指數[[昨（24）日]]收在", "2026-11-24", "")
    d.metric("收在[[27,356.18點]]", "27356.18", "点", "exact", "")
    d.metric("上漲[[215.42點]]", "215.42", "点", "exact", "")
    d.metric("漲幅[[0.79%]]", "0.79", "%", "exact", "")
    d.metric("成交值[[約4,126億元]]", "4126e8", "元", "approx", "")
    d.org("；[[證券櫃檯買賣中心]]（")
    d.org("（[[櫃買中心]]）的")
    d.metric("收在[[318.46點]]", "318.46", "点", "exact", "")
    d.metric("上漲[[2.87點]]", "2.87", "点", "exact", "")
    d.date("加權指數[[11月12日]]盤中", "2026-11-12", "")
    d.metric("觸及[[28,012點]]", 28012, "点", "exact", "")
    d.date("，[[今（115）年]]以來", Y, "")
    d.metric("漲幅[[約18.6%]]", "18.6", "%", "approx", "")
    # P3 foreign investors (no CITY)
    d.org("，[[證交所]]統計，外資")
    d.date("外資[[11月]]以來", "2026-11", "")
    d.metric("賣超[[約2,180億元]]", "2180e8", "元", "approx", "")
    d.date("其中[[上週五]]（", "2026-11-20", "")
    d.date("（[[11月20日]]）單日", "2026-11-20", "")
    d.metric("賣超[[386億元]]", "386e8", "元", "exact", "")
    d.date("為[[今年]]第三大", Y, "")
    d.date("截至[[11月24日]]，外資", "2026-11-24", "")
    d.metric("比重[[約44.6%]]", "44.6", "%", "approx", "")
    d.date("較[[上月底]]減少", OCT, "")
    d.metric("減少[[0.8個百分點]]", "0.8", "百分点", "exact", "")
    d.org("。[[摩根士丹利證券]]最新")
    d.metric("上調至[[30,000點]]", 30000, "点", "exact", "")
    d.org("，[[高盛]]、摩根大通")
    d.org("、[[摩根大通]]則提醒")
    d.org("，[[美國聯準會]]利率路徑")
    # P4 the market's size and turnover
    d.metric("約新台幣[[98.6兆元]]", "98.6e12", "元", "approx", "",
             outer="約新台幣")
    d.metric("GDP的[[3.8倍]]", "3.8", "倍", "exact", "")
    d.date("集中市場[[今年前10月]]週轉率", Y, "东京")
    d.metric("週轉率[[約118%]]", 118, "%", "approx", "东京")
    d.city("高於[[東京]]的")
    d.metric("東京的[[約96%]]", 96, "%", "approx", "东京")
    d.city("僅次於[[首爾]]的")
    d.metric("首爾的[[約165%]]", 165, "%", "approx", "首尔")
    d.city("坐鎮[[香港]]、新加坡")
    d.city("、[[新加坡]]下單")
    # P5 the brokers
    d.org("。[[中華民國證券商業同業公會]]（")
    d.org("（[[券商公會]]）統計")
    d.date("截至[[10月底]]，國內證券商", OCT, TP)
    d.metric("共[[62家]]", 62, "家", "exact", TP)
    d.metric("分公司[[逾850家]]", 850, "家", "over", TP)
    d.city("以[[台北市]]的")
    d.metric("的[[約290家]]", 290, "家", "approx", TP)
    d.city("，[[新北]]約112家")
    d.metric("新北[[約112家]]", 112, "家", "approx", "新北市")
    d.city("、[[台中]]約96家")
    d.metric("台中[[約96家]]", 96, "家", "approx", "台中市")
    d.city("、[[高雄]]約88家")
    d.metric("高雄[[約88家]]", 88, "家", "approx", "高雄市")
    d.org("，[[元大證券]]前10月")
    d.date("元大證券[[前10月]]稅後", Y, "")
    d.metric("純益[[約152億元]]", "152e8", "元", "approx", "")
    d.org("；[[凱基證券]]、")
    d.org("、[[富邦證券]]分別")
    d.metric("獲利[[約78億元]]", "78e8", "元", "approx", "")
    d.metric("、[[約65億元]]，", "65e8", "元", "approx", "")
    d.org("，[[永豐金證券]]、")
    d.org("、[[群益金鼎證券]]、")
    d.org("、[[國泰證券]]也都")
    d.metric("賺[[逾30億元]]", "30e8", "元", "over", "")
    d.org("，[[元大金]]前10月")
    d.date("元大金[[前10月]]每股", Y, "")
    d.metric("（EPS）[[2.36元]]", "2.36", "元", "exact", "")
    d.org("，[[富邦金]]、國泰金")
    d.org("、[[國泰金]]前10月")
    d.date("國泰金[[前10月]]稅後", Y, "")
    d.metric("均[[突破千億元]]", "1e11", "元", "over", "")
    d.org("，[[凱基金]]則")
    d.metric("年增[[約61%]]", 61, "%", "approx", "")
    # P6 retail investors by city
    d.org("。[[臺灣集中保管結算所]]（")
    d.org("（[[集保結算所]]）統計")
    d.date("截至[[10月底]]，證券集保", OCT, "")
    d.metric("達[[1,386萬人]]", "1386e4", "人", "exact", "")
    d.metric("年增[[約6.8%]]", "6.8", "%", "approx", "")
    d.metric("其中[[30歲以下]]", 30, "岁", "under", "")
    d.metric("新開戶[[約42%]]", 42, "%", "approx", "")
    d.city("，[[新北市]]開戶")
    d.metric("人數[[約238萬人]]", "238e4", "人", "approx", "新北市")
    d.city("，[[台北]]約205萬人")
    d.metric("台北[[約205萬人]]", "205e4", "人", "approx", TP)
    d.city("、[[台中]]約172萬人")
    d.metric("台中[[約172萬人]]", "172e4", "人", "approx", "台中市")
    d.city("、[[高雄]]約154萬人")
    d.metric("高雄[[約154萬人]]", "154e4", "人", "approx", "高雄市")
    d.city("、[[桃園]]約131萬人")
    d.metric("桃園[[約131萬人]]", "131e4", "人", "approx", "桃园市")
    d.city("；[[台南]]、基隆")
    d.city("、[[基隆]]、嘉義市")
    d.city("、[[嘉義市]]開戶")
    d.metric("年增[[7.9%]]、", "7.9", "%", "exact", "嘉义市")
    d.metric("、[[8.4%]]及", "8.4", "%", "exact", "嘉义市")
    d.metric("及[[9.1%]]。", "9.1", "%", "exact", "嘉义市")
    d.city("所在的[[新竹市]]")
    d.metric("市值[[約486萬元]]", "486e4", "元", "approx", "新竹市")
    # P7 trading
    d.metric("比重[[約38.6%]]", "38.6", "%", "approx", "")
    d.metric("增至[[3,512億元]]", "3512e8", "元", "exact", "")
    d.date("創[[113年7月]]以來", "2024-07", "")
    d.org("。[[投信投顧公會]]統計")
    d.metric("人數[[突破1,120萬人]]", "1120e4", "人", "over", "")
    d.metric("戶數[[約245萬戶]]", "245e4", "户", "approx", "")
    d.metric("普遍打[[2.8折]]", 28, "%", "exact", "桃园市")
    d.org("，[[統一證券]]、")
    d.org("、[[元富證券]]等")
    d.org("，[[富邦證券]]今年")
    d.date("富邦證券[[今年]]也在", Y, "桃园市")
    d.city("也在[[桃園]]、台南")
    d.city("桃園、[[台南]]新設")
    d.metric("新設[[5家]]", 5, "家", "exact", "台南市")
    d.org("。[[臺灣期貨交易所]]（")
    d.org("（[[期交所]]）10月")
    d.date("期交所）[[10月]]期貨", OCT, "")
    d.metric("成交量[[約156萬口]]", "156e4", "口", "approx", "")
    d.metric("年增[[約22%]]", 22, "%", "approx", "")
    # P8 the listed companies (no CITY)
    d.org("。[[台積電]]市值")
    d.metric("升至[[約42%]]，外資", 42, "%", "approx", "")
    d.metric("比率[[約72.5%]]", "72.5", "%", "approx", "")
    d.org("；[[鴻海]]、聯發科")
    d.org("、[[聯發科]]、")
    d.org("、[[廣達]]、")
    d.org("、[[緯創]]等AI")
    d.date("概念股[[10月]]成交值", OCT, "")
    d.metric("占比[[逾2成]]", 20, "%", "over", "")
    d.org("；[[宏碁]]、華碩")
    d.org("、[[華碩]]受惠")
    d.date("換機潮，[[第3季]]營收", "2026-Q3", "")
    d.metric("季增[[11.3%]]及", "11.3", "%", "exact", "")
    d.metric("及[[9.6%]]。", "9.6", "%", "exact", "")
    d.org("，[[長榮]]、陽明")
    d.org("、[[陽明]]等航運股")
    d.date("航運股[[第3季]]獲利", "2026-Q3", "")
    d.date("較[[上季]]衰退", "2026-Q2", "")
    d.metric("衰退[[約3成]]", 30, "%", "approx", "")
    d.org("。[[財政部]]統計")
    d.date("統計，[[今年前10月]]證券交易稅", Y, "")
    d.metric("收入[[約2,486億元]]", "2486e8", "元", "approx", "")
    d.metric("年增[[約41%]]", 41, "%", "approx", "")
    d.metric("預算數的[[1.2倍]]", "1.2", "倍", "exact", "")
    # P9 policy (no CITY)
    d.org("，[[金管會證券期貨局]]（")
    d.org("（[[證期局]]）上週")
    d.date("）[[上週]]宣布", "2026-W47", "")
    d.date("宣布，[[明（116）年1月1日]]起", "2027-01-01", "")
    d.date("延長至[[民國118年底]]", "2029", "")
    d.org("。[[主計總處]]日前")
    d.date("上修[[今年]]經濟", Y, "")
    d.metric("成長率至[[5.12%]]", "5.12", "%", "exact", "")
    d.org("，[[中華經濟研究院]]、")
    d.org("、[[台灣經濟研究院]]也")
    d.date("也看好[[明年]]出口", NY, "")
    # P10 the outlook
    d.org("，[[美國聯準會]]將於")
    d.date("將於[[12月15日]]至", "2026-12-15", "")
    d.date("至[[16日]]召開", "2026-12-16", "")
    d.metric("降息[[1碼]]", 1, "码", "exact", "")
    d.org("；[[中央銀行]]則於")
    d.date("則於[[12月17日]]召開", "2026-12-17", "")
    d.date("召開[[第4季]]理監事會", "2026-Q4", "")
    d.date("。[[昨日]]東京", "2026-11-24", "东京")
    d.city("昨日[[東京]]、首爾")
    d.city("、[[首爾]]股市")
    d.city("，[[紐約]]股市")
    d.city("，[[香港]]、上海股市")
    d.city("、[[上海]]股市")
    d.org("。[[政治大學]]一位")
    d.date("台股[[12月31日]]封關", "2026-12-31", "")
    d.date("仍有[[年底]]作帳", Y, "")
    d.date("，[[元旦]]過後", "2027-01-01", "")
    d.date("至[[春節]]前", "2027-02-06", "")
    d.date("左右[[明（116）年第1季]]走勢", "2027-Q1", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "首爾",
                   "香港", "新加坡", "紐約", "上海", "倫敦", "台灣", "臺灣",
                   "美國", "縣市", "竹科"],
        "excluded": [
            # 縣市 (a kind of place), 竹科 (the Hsinchu science park, no
            # city)
            "從[[縣市]]來看", "[[竹科]]所在",
        ],
        "numbers_excluded": [],
        # 第三大 (an ordinal rank), 一度 (once), 單一 (single), 雙升 (both
        # rising), 減半 (halved: a policy's name, no figure), 一位
        "cn_excluded": ["第[[三]]大", "盤中[[一]]度", "單[[一]]個股",
                        "[[雙]]升", "減[[半]]優惠", "大學[[一]]位"],
        # GDP, EPS, ETF, AI, PC (labels, no ORG)
        "latin_excluded": ["[[GDP]]的", "（[[EPS]]）", "國內[[ETF]]",
                           "等[[AI]]伺服器", "受惠[[PC]]換機"],
        # time words that are no DATE: 年增 (x8, year-on-year), 季增
        # (quarter-on-quarter), 日均 (x2), 單日, 單月, 週轉率, 全年 (x2:
        # 113年全年 with 全年 outside, 全年預算數), 日前, 近期, 年輕 (x2)
        "words_excluded": {"年增": 8, "季增": 1, "日均": 2, "單日": 1,
                           "單月": 1, "週轉率": 1, "全年": 2, "日前": 1,
                           "近期": 1, "年輕": 2},
        # generic words outside ORG rows: 券商 (x8: the title, 券商獲利,
        # 個別券商, 各券商, 券商與壽險, and inside 證券商 x3: 證券商前10月,
        # 國內證券商, 放寬證券商), 金控 (金控方面), 公會, 交易所, 研究院,
        # 大學, 中心, 銀行 (none outside)
        "orgwords_excluded": {"券商": 8, "金控": 1, "公會": 0, "交易所": 0,
                              "研究院": 0, "大學": 0, "中心": 0, "銀行": 0,
                              "結算所": 0},
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
