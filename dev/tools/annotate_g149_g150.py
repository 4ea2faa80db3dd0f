#!/usr/bin/env python3
"""Gold annotation for the held-out articles g149_pork_prices_supermarkets
and g150_taiwan_semiconductor_capex_science_parks (annotator QA).

Adapted from the precedent set's tools/annotate_ra.py (now dev/tools/annotate_g143_g144.py; copied and the data
changed; it keeps the checks of annotate_ra.py and its predecessors: strict
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
declared organizations of each article), with a cp950 block in place of
annotate_ra.py's UTF-16 checks and annotate_rb.py's check that a declared
character outside plain Big5 stands only inside its ORG row.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded:

- g149 is simplified (mainland, 农民日报, 2026-11-16), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.  The
  GB and Big5 codecs fail on the bytes (with or without the BOM); every
  character is also GBK.  OpenCC t2s leaves the article unchanged.  Its
  byline 农民日报·中国农网记者 孙宏远 stands on its own line after the title.
- g150 is traditional (Taiwan, 經濟日報, 2026-11-19), stored as cp950
  (Taiwan's Big5) without a BOM.  碁 (U+7881, cp950 F9 D6, in the ETEN
  extension) of 宏碁 is the one character plain Big5 lacks: Python's big5
  fails on the file, cp950 reads it (and big5hkscs, which holds 碁 at the
  same bytes, reads it alike); UTF-8, GBK and GB2312 fail, GB18030 reads
  another text.  Every other line is plain Big5 byte for byte; every
  non-ASCII character is two bytes.  碁 stands only inside the ORG row 宏碁.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市,
  foreign cities by their mainland names: 鳳凰城 -> 凤凰城, 德勒斯登 ->
  德累斯顿).  A Taiwan text: 2-3 digit years before 年 are ROC years
  (115年 = 2026, 明（116）年 = 2027, 民國69年 = 1980).  Its byline
  經濟日報記者林宜萱／台北報導 stands on its own line after the title.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho27/precedent: README, NOTES_ra/rb/rc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g149_g150.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_ra.py: a UTF-8-with-BOM mainland article (the BOM
checks of the precedents' annotate_sa.py line, kept in annotate_ra.py) and
a cp950 Taiwan article (declared characters outside plain Big5, plain Big5
failing, every other line plain Big5, two bytes a character, the declared
character inside its ORG row); the holiday table as these articles name it
(元旦, 春节, 双11; 農曆年 = 春节); units 元/公斤, 头, 吨, 点, 种, 片, 座, 度,
瓩, 公顷, 美元; CITY_ALIAS for 德勒斯登 (t2s keeps the Taiwan spelling).
Re-run (from anywhere):

    python3 dev/tools/annotate_g149_g150.py
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
G149 = "g149_pork_prices_supermarkets"
G150 = "g150_taiwan_semiconductor_capex_science_parks"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G149: ("utf-8", BOM8, False, "2026-11-16", "农民日报"),
    G150: ("cp950", b"", True, "2026-11-19", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G149: [], G150: []}
# characters of a cp950 article that plain Big5 lacks, with their cp950
# bytes (ETEN extension), and the ORG row each must stand in
CP950_ONLY = {G150: {"碁": b"\xf9\xd6"}}
IN_ORG_SPAN = {G150: {"碁": "宏碁"}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G150}
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
                   "镇县乡导体圆测储亚弹备电脑")
# Holidays the articles name, by their exact span (2025-2027).
# g149 (mainland, 2026-11-16): 元旦 2027-01-01 and 春节 2027-02-06 (the
# coming ones, no year in their sentences; 正月初一 of 2027); 双11
# 2026-11-11 (five days before the reference date).
# g150 (Taiwan, 2026-11-19): 農曆年 2027-02-06 (GUIDELINES: 农历年 is 春节;
# the coming one).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "双11": "2026-11-11",
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
    # g149 (2026: municipalities 北京, 上海, 重庆; prefecture-level 哈尔滨,
    # 长春, 福州, 杭州, 深圳, 广州, 漯河, 佳木斯, 绥化, 成都, 西安, 郑州,
    # 济南; the county-level city 寿光 of 潍坊)
    "北京": "北京市", "寿光": "寿光市", "哈尔滨": "哈尔滨市", "长春": "长春市",
    "福州": "福州市", "重庆": "重庆市", "上海": "上海市", "杭州": "杭州市",
    "深圳": "深圳市", "广州": "广州市", "漯河": "漯河市", "佳木斯": "佳木斯市",
    "绥化": "绥化市", "成都": "成都市", "西安": "西安市", "郑州": "郑州市",
    "济南": "济南市",
    # g150 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 台中, 台南, 高雄 and the provincial city 新竹市 by their full names;
    # foreign cities by their mainland names)
    "台北": "台北市", "新北": "新北市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "新竹市": "新竹市", "新加坡": "新加坡",
    "鳳凰城": "凤凰城", "德勒斯登": "德累斯顿",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"新加坡", "凤凰城", "德累斯顿"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): Taiwan's
# spelling of Dresden (GUIDELINES: foreign cities normalize to the
# mainland standard name, 雪梨 -> 悉尼)
CITY_ALIAS = {"德勒斯登": "德累斯顿"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台積電": "台积电", "經濟日報": "经济日报", "聯電": "联电",
    "力晶積成電子製造股份有限公司": "力晶积成电子制造股份有限公司",
    "力積電": "力积电", "美光": "美光", "南亞科": "南亚科", "華邦電": "华邦电",
    "世界先進": "世界先进",
    "國家科學及技術委員會": "国家科学及技术委员会", "國科會": "国科会",
    "南部科學園區管理局": "南部科学园区管理局", "南科管理局": "南科管理局",
    "中部科學園區管理局": "中部科学园区管理局", "中科管理局": "中科管理局",
    "新竹科學園區管理局": "新竹科学园区管理局",
    "經濟部水利署": "经济部水利署", "台灣自來水公司": "台湾自来水公司",
    "台水": "台水", "水利署": "水利署", "台灣電力公司": "台湾电力公司",
    "台電": "台电", "經濟部能源署": "经济部能源署",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "台南市政府": "台南市政府", "市府": "市府", "新竹市政府": "新竹市政府",
    "竹科管理局": "竹科管理局", "桃園市政府": "桃园市政府",
    "國際半導體產業協會": "国际半导体产业协会", "SEMI": "SEMI",
    "艾司摩爾": "艾司摩尔", "應用材料": "应用材料", "日月光投控": "日月光投控",
    "工研院產業科技國際策略發展所": "工研院产业科技国际策略发展所",
    "工研院產科國際所": "工研院产科国际所", "輝達": "辉达", "超微": "超微",
    "宏碁": "宏碁", "金管會": "金管会", "台灣證券交易所": "台湾证券交易所",
    "主計總處": "主计总处", "行政院": "行政院",
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
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
            # after the BOM, the first bytes are the title's first character
            first = self.text[0].encode("utf-8")    # (g149: the digit 1)
            assert full[3:3 + len(first)] == first, doc_id
        elif enc == "utf-8":            # no BOM: the first bytes are the
            assert full[:3] == self.text[0].encode("utf-8"), doc_id  # title
        if enc == "cp950":      # Taiwan's Big5 (ETEN extension of Big5)
            declared = CP950_ONLY[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            # the declared characters are exactly those plain Big5 lacks
            assert outside == sorted(declared), (doc_id, outside)
            for c, b in declared.items():     # at their ETEN bytes
                assert c.encode("cp950") == b, (c, b)
                assert c.encode("big5hkscs") == b, (c, "hkscs bytes")
                assert b in raw, (c, b)
            # so Python's plain big5 fails on the file, cp950 reads it, and
            # Big5-HKSCS (which holds the same bytes) reads it alike
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every line without a declared character is plain Big5: its
            # cp950 bytes read alike in Python's big5 (which maps a few
            # characters both ways, e.g. ／ U+FF0F: cp950 writes A1 FE,
            # which big5 reads back as ／, though it would write A2 41)
            for line in self.text.split("\n"):
                if not any(c in line for c in declared):
                    assert line.encode("cp950").decode("big5") == line, line
            # two bytes for every non-ASCII character: offsets do not
            # depend on the codec
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            assert not decodes(full, "gbk"), (doc_id, "gbk")
            # the first bytes are the title's first character (台 = A5 78)
            assert full[:2] == self.text[0].encode("cp950"), doc_id
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
# g149 pork, vegetable and grain prices and supply, November 2026: 国家统计局's
# October CPI (released 11月10日; 上月 as a baseline after 比 the month
# before 10月), 农业农村部's wholesale prices of 上周（11月9日至15日）, 卓创资讯's
# outlook (元旦, 春节, 12月上旬), a wholesale market in 北京 昨日, the 寿光
# vegetable index, the cold wave in 哈尔滨 and 长春, reserve releases
# (北京市商务局 本周 with 物美, 超市发, 京客隆; 上海市商务委 上周 with
# 光明食品集团; 重庆市商务委 12月至明年1月; 国家发展改革委价格司), chains
# and fresh-food platforms (永辉超市, 盒马, 大润发, 华润万家, 钱大妈, 叮咚买菜
# and “双11”), pig farmers (牧原股份 11月5日, 温氏股份, 新希望, 双汇发展 in
# 漯河), 大连商品交易所's hog futures 上周五, grain (国家粮食和物资储备局,
# 中储粮 and its 黑龙江 branch, 中国农业发展银行, 中粮集团, 北大荒集团,
# 益海嘉里), city price bureaus (广州市发展改革委, 武汉市发改委; 郑州, 济南)
# and 商务部, the outlook (中国农业科学院农业信息研究所, 中国人民大学农业与农村
# 发展学院, 国家统计局 12月9日).  Simplified, UTF-8 with BOM, 2026-11-16 (a
# Monday, ISO week 2026-W47), 农民日报; the byline 农民日报·中国农网记者 孙宏远
# stands on its own line.  昨日 2026-11-15; 上周 2026-W46; 上周五 2026-11-13;
# 本周 2026-W47; 本月 2026-11; 明年 2027.
# ===========================================================================
@doc
def g149():
    d = Doc(G149)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV, DEC = "2026-09", "2026-10", "2026-11", "2026-12"
    LW, TW = "2026-W46", "2026-W47"
    BJ, SG, CC, FZ, CQ = "北京市", "寿光市", "长春市", "福州市", "重庆市"
    HZ, SZ, GZ, SH, LH = "杭州市", "深圳市", "广州市", "上海市", "漯河市"
    SHH, XA = "绥化市", "西安市"
    # title (a heading that opens with 10月份: no city section)
    d.date("[[10月份]]猪肉价格环比", OCT, "")
    d.metric("环比上涨[[3.2%]] 多地", "3.2", "%", "exact", "")
    # byline (its own line: a heading that opens with no city)
    d.org("\n\n[[农民日报]]·中国农网")
    d.org("农民日报·[[中国农网]]记者")
    # P1 the CPI (no CITY)
    d.org("\n\n[[国家统计局]]11月10日")
    d.date("国家统计局[[11月10日]]发布", "2026-11-10", "")
    d.date("显示，[[10月份]]全国居民", OCT, "")
    d.metric("同比上涨[[0.4%]]", "0.4", "%", "exact", "")
    d.metric("环比上涨[[0.1%]]", "0.1", "%", "exact", "")
    d.date("其中，[[10月]]猪肉价格", OCT, "")
    d.metric("同比下降[[6.8%]]", "6.8", "%", "exact", "")
    d.date("降幅比[[上月]]收窄", SEP, "")
    d.metric("收窄[[4.5个百分点]]", "4.5", "百分点", "exact", "")
    d.metric("上涨[[3.2%]]，影响", "3.2", "%", "exact", "")
    d.metric("上涨[[约0.04个百分点]]", "0.04", "百分点", "approx", "")
    d.metric("环比上涨[[5.6%]]", "5.6", "%", "exact", "")
    d.metric("价格下降[[1.3%]]", "1.3", "%", "exact", "")
    d.date("\u3002[[今年前10个月]]，全国CPI", Y, "")
    d.date("平均比[[去年同期]]上涨", LY, "")
    d.metric("上涨[[0.2%]]。", "0.2", "%", "exact", "")
    # P2 wholesale prices and the outlook (no CITY)
    d.org("\n\n[[农业农村部]]监测")
    d.date("显示，[[上周]]（11月9日", LW, "")
    d.date("（[[11月9日]]至15日）", "2026-11-09", "")
    d.date("至[[15日]]）", "2026-11-15", "")
    d.metric("每公斤[[25.86元]]", "25.86", "元", "exact", "")
    d.metric("环比上涨[[1.8%]]", "1.8", "%", "exact", "")
    d.metric("同比下降[[9.4%]]", "9.4", "%", "exact", "")
    d.metric("出栏均价[[14.2元/公斤]]", "14.2", "元/公斤", "exact", "")
    d.date("较[[10月初]]回升", OCT, "")
    d.metric("回升[[近一成]]", 10, "%", "approx", "")
    d.org("\u3002[[卓创资讯]]分析")
    d.date("叠加[[元旦]]、春节备货", "2027-01-01", "")
    d.date("元旦、[[春节]]备货", "2027-02-06", "")
    d.date("猪价在[[12月上旬]]前后", DEC, "")
    d.date("；但[[9月末]]全国", SEP, "")
    d.metric("仍有[[4035万头]]", "4035e4", "头", "exact", "")
    d.metric("保有量的[[103.5%]]", "103.5", "%", "exact", "")
    # P3 a wholesale market in 北京 (a city inside a market's name), the
    # 寿光 index (a city inside an index's name), the cold wave
    d.date("\n\n[[昨日]]，记者", "2026-11-15", BJ)
    d.city("在[[北京]]新发地市场")
    d.metric("每公斤[[22元]]至24元", 22, "元", "exact", BJ)
    d.metric("22元至[[24元]]", 24, "元", "exact", BJ)
    d.metric("每斤[[13]]至16元", 13, "元", "exact", BJ, shared="元")
    d.metric("13至[[16元]]", 16, "元", "exact", BJ)
    d.date("较[[上月初]]每斤", OCT, BJ)
    d.metric("上涨[[1元左右]]", 1, "元", "approx", BJ)
    d.metric("普遍在每公斤[[1.5元以下]]", "1.5", "元", "under", "")
    d.city("\u3002[[寿光]]蔬菜价格指数")
    d.date("指数[[上周]]收于", LW, SG)
    d.metric("收于[[128.6点]]", "128.6", "点", "exact", SG)
    d.metric("环比上涨[[4.1%]]", "4.1", "%", "exact", SG)
    d.city("影响，[[哈尔滨]]、长春")
    d.city("、[[长春]]等北方城市")
    d.date("价格比[[上周]]高出", LW, CC)
    d.metric("高出[[三成以上]]", 30, "%", "over", CC)
    # P4 reserve releases (the cities stand only inside ORGs)
    d.date("为保障[[元旦]]、春节期间", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.org("\u3002[[北京市商务局]]表示")
    d.date("表示，[[本周]]起", TW, "")
    d.metric("冻猪肉[[约1000吨]]", 1000, "吨", "approx", "")
    d.org("通过[[物美]]、超市发")
    d.org("物美、[[超市发]]、京客隆")
    d.org("、[[京客隆]]等连锁超市")
    d.metric("连锁超市的[[200余家]]门店", 200, "家", "over", "")
    d.metric("低[[10%左右]]", 10, "%", "approx", "")
    d.org("；[[上海市商务委]]上周")
    d.date("上海市商务委[[上周]]已会同", LW, "")
    d.org("会同[[光明食品集团]]投放")
    d.metric("储备猪肉[[500吨]]", 500, "吨", "exact", "")
    d.org("；[[重庆市商务委]]计划")
    d.date("计划于[[12月]]至明年1月", DEC, "")
    d.date("至[[明年1月]]投放", "2027-01", "")
    d.metric("储备猪肉[[2000吨]]", 2000, "吨", "exact", "")
    d.org("\u3002[[国家发展改革委价格司]]有关负责人")
    # P5 chains and fresh-food platforms
    d.org("\u3002[[永辉超市]]相关负责人")
    d.date("介绍，[[10月]]其门店", OCT, FZ)
    d.metric("环比增长[[12%]]", 12, "%", "exact", FZ)
    d.date("，[[前三季度]]生鲜业务", Y, FZ)
    d.metric("占比达[[52.3%]]", "52.3", "%", "exact", FZ)
    d.city("已在[[福州]]、重庆等地")
    d.city("福州、[[重庆]]等地")
    d.org("与[[牧原股份]]、温氏股份签订")
    d.org("、[[温氏股份]]签订")
    d.date("签订[[年底]]前的", Y, CQ)
    d.org("\u3002[[盒马]]、大润发")
    d.org("、[[大润发]]在上海")
    d.city("大润发在[[上海]]、杭州")
    d.city("、[[杭州]]的门店")
    d.metric("低至[[12.9元]]", "12.9", "元", "exact", HZ)
    d.org("；[[华润万家]]在深圳")
    d.city("华润万家在[[深圳]]的")
    d.metric("的[[100多家]]门店", 100, "家", "over", SZ)
    d.date("门店[[上周]]起", LW, SZ)
    d.metric("控制在[[3%以内]]", 3, "%", "under", SZ)
    d.city("在[[广州]]，钱大妈")
    d.org("，[[钱大妈]]旗下")
    d.metric("旗下[[近3000家]]", 3000, "家", "approx", GZ)
    d.metric("低[[一成左右]]", 10, "%", "approx", GZ)
    d.org("\u3002[[叮咚买菜]]数据")
    d.date("“[[双11]]”期间", "2026-11-11", SH)
    d.metric("同比增长[[27%]]", 27, "%", "exact", SH)
    d.city("其中[[上海]]用户")
    d.metric("占比[[近四成]]", 40, "%", "approx", SH)
    # P6 pig farmers and hog futures
    d.org("\u3002[[牧原股份]]11月5日")
    d.date("牧原股份[[11月5日]]公告", "2026-11-05", "")
    d.date("公司[[10月]]销售商品猪", OCT, "")
    d.metric("商品猪[[712.6万头]]", "712.6e4", "头", "exact", "")
    d.metric("销售收入[[103.5亿元]]", "103.5e8", "元", "exact", "")
    d.metric("销售均价[[13.68元/公斤]]", "13.68", "元/公斤", "exact", "")
    d.metric("环比上涨[[2.9%]]", "2.9", "%", "exact", "")
    d.org("；[[温氏股份]]10月")
    d.date("温氏股份[[10月]]销售", OCT, "")
    d.metric("肉猪[[331.2万头]]", "331.2e4", "头", "exact", "")
    d.metric("同比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.org("；[[新希望]]10月")
    d.date("新希望[[10月]]销售", OCT, "")
    d.metric("生猪[[约150万头]]", "150e4", "头", "approx", "")
    d.org("\u3002[[双汇发展]]表示")
    d.city("河南[[漯河]]的")
    d.date("屠宰基地[[本月]]日均", NOV, LH)
    d.metric("恢复至[[2.3万头左右]]", "2.3e4", "头", "approx", LH)
    d.org("\u3002[[大连商品交易所]]生猪期货")
    d.date("主力合约[[上周五]]收于", "2026-11-13", "")
    d.metric("每吨[[14890元]]", 14890, "元", "exact", "")
    d.date("较[[11月初]]上涨", NOV, "")
    d.metric("上涨[[约6%]]", 6, "%", "approx", "")
    d.org("\u3002[[中国畜牧业协会]]有关专家")
    d.date("在[[春节]]前后", "2027-02-06", "")
    # P7 grain
    d.org("\u3002[[国家粮食和物资储备局]]数据")
    d.date("截至[[11月10日]]，主产区", "2026-11-10", "")
    d.metric("秋粮[[5120万吨]]", "5120e4", "吨", "exact", "")
    d.metric("同比增加[[约380万吨]]", "380e4", "吨", "approx", "")
    d.org("\u3002[[中国储备粮管理集团有限公司]]（")
    d.org("简称“[[中储粮]]”）")
    d.org("，[[中储粮黑龙江分公司]]在")
    d.city("在[[佳木斯]]、绥化")
    d.city("、[[绥化]]等地")
    d.metric("库点[[160个]]", 160, "个", "exact", SHH)
    d.org("\u3002[[中国农业发展银行]]今年")
    d.date("中国农业发展银行[[今年前三季度]]累计", Y, "")
    d.metric("收购贷款[[2260亿元]]", "2260e8", "元", "exact", "")
    d.metric("收购贷款[[超过1100亿元]]", "1100e8", "元", "over", "")
    d.org("\u3002[[中粮集团]]、北大荒集团")
    d.org("、[[北大荒集团]]加大")
    d.org("，[[益海嘉里]]旗下")
    d.city("在[[成都]]、西安等地")
    d.city("、[[西安]]等地商超")
    d.metric("每公斤[[6元]]至8元", 6, "元", "exact", XA)
    d.metric("6元至[[8元]]", 8, "元", "exact", XA)
    d.date("显示，[[10月份]]全国粳米", OCT, "")
    d.metric("分别下降[[1.2%]]", "1.2", "%", "exact", "")
    d.metric("1.2%和[[0.8%]]", "0.8", "%", "exact", "")
    # P8 city price bureaus (武汉 only inside its bureau's name)
    d.org("\u3002[[广州市发展改革委]]监测")
    d.date("显示，[[上周]]广州猪肉", LW, GZ)
    d.city("上周[[广州]]猪肉")
    d.metric("每斤[[15.8元]]", "15.8", "元", "exact", GZ)
    d.metric("环比上涨[[2.6%]]", "2.6", "%", "exact", GZ)
    d.metric("每斤[[4.2元]]", "4.2", "元", "exact", GZ)
    d.org("；[[武汉市发改委]]将")
    d.metric("等[[21种]]重要", 21, "种", "exact", "")
    d.date("并在[[12月]]启动", DEC, "")
    d.city("\u3002[[郑州]]、济南两市")
    d.city("郑州、[[济南]]两市")
    d.org("\u3002[[商务部]]市场运行")
    d.date("显示，[[上周]]全国36个", LW, "")
    d.metric("全国[[36个]]大中城市", 36, "个", "exact", "")
    d.metric("环比下降[[0.9%]]", "0.9", "%", "exact", "")
    # P9 the outlook (no CITY)
    d.org("，[[中国农业科学院农业信息研究所]]一位")
    d.date("预计，[[四季度]]猪肉", "2026-Q4", "")
    d.date("或较[[2025年]]下降", "2025", "")
    d.metric("下降[[约12%]]", 12, "%", "approx", "")
    d.date("；[[明年一季度]]，随着", "2027-Q1", "")
    d.date("随着[[春节]]消费高峰", "2027-02-06", "")
    d.org("\u3002[[中国人民大学农业与农村发展学院]]一位")
    d.org("\u3002[[国家统计局]]将于")
    d.date("将于[[12月9日]]发布", "2026-12-09", "")
    d.date("发布[[11月份]]CPI", NOV, "")
    audit = {
        "orgs": ["农民日报", "中国农网", "国家统计局", "农业农村部", "卓创资讯",
                 "北京市商务局", "物美", "超市发", "京客隆", "上海市商务委",
                 "光明食品集团", "重庆市商务委", "国家发展改革委价格司",
                 "永辉超市", "牧原股份", "温氏股份", "盒马", "大润发",
                 "华润万家", "钱大妈", "叮咚买菜", "新希望", "双汇发展",
                 "大连商品交易所", "中国畜牧业协会", "国家粮食和物资储备局",
                 "中国储备粮管理集团有限公司", "中储粮", "中储粮黑龙江分公司",
                 "中国农业发展银行", "中粮集团", "北大荒集团", "益海嘉里",
                 "广州市发展改革委", "武汉市发改委", "商务部",
                 "中国农业科学院农业信息研究所",
                 "中国人民大学农业与农村发展学院"],
        "cities": ["北京", "上海", "广州", "深圳", "重庆", "杭州", "成都",
                   "武汉", "郑州", "济南", "西安", "哈尔滨", "长春", "福州",
                   "寿光", "漯河", "佳木斯", "绥化", "大连", "天津", "南京",
                   "潍坊", "吉林", "黑龙江", "河南", "安徽", "山东"],
        # provinces (黑龙江 also inside the ORG 中储粮黑龙江分公司; 吉林 counts
        # only as 吉林市 or after its province, GUIDELINES)
        "excluded": ["[[河南]]漯河", "在[[黑龙江]]、吉林", "黑龙江、[[吉林]]、安徽",
                     "、[[安徽]]等主产省"],
        "numbers_excluded": [],
        # 下一步, 一位 (x2), 两市 (a collective label after its list, SPEC)
        "cn_excluded": ["下[[一]]步", "研究所[[一]]位", "学院[[一]]位",
                        "济南[[两]]市"],
        "latin_excluded": ["（[[CPI]]）", "全国[[CPI]]平均", "11月份[[CPI]]",
                           "影响[[CPI]]环比"],
        # time words that are no DATE: 日清 (a store's model), 日均 (a daily
        # average), 每日 (recurring), 季节性 (x2, seasonal), 节奏 (rhythm),
        # 全年 (a year's average, no year of its own), 按月 (monthly),
        # 秋粮 (x2, autumn grain); 五花肉 (x2, pork belly: 五 is no figure)
        "words_excluded": {"日清": 1, "日均": 1, "每日": 1, "季节性": 2,
                           "节奏": 1, "全年": 1, "按月": 1, "秋粮": 2,
                           "五花肉": 2},
        # generic words outside ORG rows: 公司 (公司10月销售: the company
        # read back), 超市 (连锁超市, a kind), 集团, 银行, 协会, 大学, 研究所,
        # 商务局, 发改委, 统计局 (none outside)
        "orgwords_excluded": {"公司": 1, "超市": 1, "集团": 0, "银行": 0,
                              "协会": 0, "大学": 0, "研究所": 0, "商务局": 0,
                              "发改委": 0, "统计局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g150 chipmakers' capital spending and new fabs in Taiwan's science parks,
# November 2026: 台積電's board (今（19）日) and its spending (今年,
# 明（116）年; 上月's results call: 今年前3季 against 去年同期, 第3季 against
# 上季), its new fabs (明年: 高雄, 台中; 鳳凰城 2027年, 德勒斯登 明年下半年),
# the other makers (聯電 in 新加坡, 力積電, 美光 in 台中, 南亞科, 華邦電 in
# 高雄, 世界先進 in 新加坡), the parks (國科會 今年前3季; 南科管理局 with
# 台南 and 高雄, 中科管理局 with 台中, 新竹科學園區管理局), water (經濟部水利署
# 2028年, 今年上半年, 台水; 新竹市 明年底, 台南, 台中 明年第2季), power
# (台電, 台積電 去年 and 2030年, 經濟部能源署 昨（18）日 with 115年至116年 and
# 台中), the city governments (高雄市政府經濟發展局, 台南市政府, 台中's mayor
# 上週 and 市府, 新竹市政府 with 竹科管理局, 桃園市政府), suppliers (SEMI,
# 艾司摩爾 in 新北, 應用材料, 日月光投控, 工研院產科國際所, 輝達, 超微, 宏碁)
# and the outlook (金管會 前3季, 台灣證券交易所, 主計總處 上週, 國科會 農曆年
# and 明年上半年, 行政院, 民國69年).  Traditional as Taiwan writes it
# (台/臺, 占, 計畫, 年增, 前10月, 前3季, 第3季, 上季, 上週, 新台幣, 兆, 瓩,
# ROC years), cp950, 2026-11-19 (a Thursday, ISO week 2026-W47), 經濟日報;
# the byline 經濟日報記者林宜萱／台北報導 stands on its own line.
# 今（19）日 2026-11-19; 昨（18）日 2026-11-18; 上週 2026-W46; 上月 2026-10;
# 上季 after 第3季 2026-Q2.
# ===========================================================================
@doc
def g150():
    d = Doc(G150)
    Y, LY, NY = "2026", "2025", "2027"
    TP, TC, TN, KH, HC = "台北市", "台中市", "台南市", "高雄市", "新竹市"
    NTP, SG, PHX, DRS = "新北市", "新加坡", "凤凰城", "德累斯顿"
    # title (a heading that opens with 台積電: no city section); 三大 before
    # a noun is the numeral alone (SPEC 9大出行场景)
    d.org("[[台積電]]明年資本支出估")
    d.date("台積電[[明年]]資本支出估", NY, "")
    d.metric("估[[逾480億美元]]", "480e8", "美元", "over", "")
    d.metric("美元 [[三]]大科學園區", 3, "", "exact", "")
    # byline (its own line: a heading that opens with no city)
    d.org("\n\n[[經濟日報]]記者")
    d.city("林宜萱／[[台北]]報導")
    # P1 台積電's board and its results call (no CITY)
    d.org("\n\n[[台積電]]今（19）日")
    d.date("台積電[[今（19）日]]召開", "2026-11-19", "")
    d.metric("核准約新台幣[[1.52兆元]]", "1.52e12", "元", "approx", "",
             outer="約新台幣")
    d.metric("其中[[約七成]]將", 70, "%", "approx", "")
    d.date("法人預估，[[今年]]資本支出", Y, "")
    d.metric("資本支出[[約420億美元]]", "420e8", "美元", "approx", "")
    d.date("，[[明（116）年]]可望", NY, "")
    d.metric("增至[[480億]]至500億美元", "480e8", "美元", "exact", "",
             shared="美元")
    d.metric("480億至[[500億美元]]", "500e8", "美元", "exact", "")
    d.metric("年增[[逾14%]]", 14, "%", "over", "")
    d.date("財務長在[[上月]]法說會", "2026-10", "")
    d.date("表示，[[今年前3季]]營收", Y, "")
    d.metric("營收達新台幣[[3.58兆元]]", "3.58e12", "元", "exact", "",
             outer="新台幣")
    d.date("較[[去年同期]]成長", LY, "")
    d.metric("成長[[約30%]]", 30, "%", "approx", "")
    d.date("；[[第3季]]毛利率", "2026-Q3", "")
    d.metric("毛利率[[59.5%]]", "59.5", "%", "exact", "")
    d.date("較[[上季]]提高", "2026-Q2", "")
    d.metric("提高[[0.9個百分點]]", "0.9", "百分点", "exact", "")
    # P2 台積電's new fabs (cities before a park's or a plant's name count)
    d.org("\n\n[[台積電]]規劃")
    d.date("規劃[[明年]]在台灣", NY, KH)
    d.city("寶山二期、[[高雄]]楠梓園區")
    d.city("以及[[台中]]中科")
    d.city("亞利桑那州[[鳳凰城]]第二座")
    d.date("預計[[2027年]]量產，德國", "2027", PHX)
    d.city("德國[[德勒斯登]]廠")
    d.date("按計畫於[[明年下半年]]裝機", NY, DRS)
    d.metric("逾新台幣[[6,000億元]]", "6000e8", "元", "over", "",
             outer="逾新台幣")
    d.metric("月產能[[約5萬片]]", "5e4", "片", "approx", "")
    d.metric("創造[[約2,500個]]", 2500, "个", "approx", "")
    # P3 the other makers
    d.org("。[[聯電]]新加坡")
    d.city("聯電[[新加坡]]12吋")
    d.date("已於[[今年第2季]]量產", "2026-Q2", SG)
    d.date("量產，[[明年]]資本支出預估", NY, SG)
    d.metric("維持在[[18億美元左右]]", "18e8", "美元", "approx", SG)
    d.org("；[[力晶積成電子製造股份有限公司]]（")
    d.org("（[[力積電]]）")
    d.date("調整，[[明年]]資本支出將", NY, "")
    d.metric("降至約新台幣[[120億元]]", "120e8", "元", "approx", "",
             outer="約新台幣")
    d.org("方面，[[美光]]台中")
    d.city("美光[[台中]]後段廠")
    d.date("預計[[明年第1季]]完工", "2027-Q1", TC)
    d.org("，[[南亞科]]新廠")
    d.metric("斥資約新台幣[[3,000億元]]", "3000e8", "元", "approx", TC,
             outer="約新台幣")
    d.date("預計[[明年]]動工", NY, TC)
    d.org("；[[華邦電]]高雄廠")
    d.city("華邦電[[高雄]]廠")
    d.date("將在[[今年底]]前", Y, KH)
    d.org("。[[世界先進]]新加坡廠")
    d.city("世界先進[[新加坡]]廠")
    d.date("則預計[[2027年]]量產", "2027", SG)
    d.metric("產能規劃[[5.5萬片]]", "5.5e4", "片", "exact", SG)
    # P4 the science parks (竹科, 中科, 南科 are parks, places: no ORG)
    d.org("\n\n[[國家科學及技術委員會]]（")
    d.org("（[[國科會]]）統計")
    d.date("南科[[今年前3季]]營業額", Y, "")
    d.metric("合計約新台幣[[4.12兆元]]", "4.12e12", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[21.6%]]", "21.6", "%", "exact", "")
    d.metric("占比[[逾八成]]", 80, "%", "over", "")
    d.org("。[[南部科學園區管理局]]（")
    d.org("（[[南科管理局]]）")
    d.city("南科[[台南]]園區")
    d.city("及[[高雄]]園區")
    d.date("園區[[今年前10月]]營業額", Y, KH)
    d.metric("營業額[[約1.68兆元]]", "1.68e12", "元", "approx", KH)
    d.org("；[[中部科學園區管理局]]（")
    d.org("（[[中科管理局]]）")
    d.date("中科[[前10月]]營業額", Y, TC)
    d.metric("年增[[18.3%]]", "18.3", "%", "exact", TC)
    d.city("，[[台中]]園區")
    d.metric("就業人數[[突破4萬人]]", "4e4", "人", "over", TC)
    d.org("。[[新竹科學園區管理局]]則")
    d.metric("首度[[突破1.8兆元]]", "1.8e12", "元", "over", "")
    # P5 water
    d.org("。[[經濟部水利署]]統計")
    d.metric("用水量合計[[約52萬噸]]", "52e4", "吨", "approx", "")
    d.date("預估[[2028年]]將", "2028", "")
    d.metric("增至[[約68萬噸]]", "68e4", "吨", "approx", "")
    d.date("；[[今年上半年]]雨量", Y, "")
    d.metric("降至[[3成以下]]", 30, "%", "under", "")
    d.org("，[[台灣自來水公司]]（")
    d.org("（[[台水]]）")
    d.org("。[[水利署]]表示")
    d.city("位於[[新竹市]]香山")
    d.date("預計[[明年底]]完工", NY, HC)
    d.metric("每日供水[[10萬噸]]", "10e4", "吨", "exact", HC)
    d.city("；[[台南]]永康")
    d.date("再生水廠[[今年]]每日", Y, TN)
    d.metric("合計[[約7.5萬噸]]", "7.5e4", "吨", "approx", TN)
    d.city("；[[台中]]福田")
    d.date("再生水廠[[明年第2季]]起", "2027-Q2", TC)
    d.metric("可供水[[1.3萬噸]]", "1.3e4", "吨", "exact", TC)
    # P6 power
    d.org("，[[台灣電力公司]]（")
    d.org("（[[台電]]）預估")
    d.date("用電量[[今年]]將達", Y, "")
    d.metric("將達[[約480億度]]", "480e8", "度", "approx", "")
    d.metric("用電[[約17%]]", 17, "%", "approx", "")
    d.date("，[[明年]]可望再增", NY, "")
    d.metric("再增[[一成]]", 10, "%", "exact", "")
    d.org("；[[台電]]規劃")
    d.metric("新建[[4座]]超高壓", 4, "座", "exact", "")
    d.metric("總投資約新台幣[[860億元]]", "860e8", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[台積電]]去年")
    d.date("台積電[[去年]]用電量", LY, "")
    d.metric("用電量[[約270億度]]", "270e8", "度", "approx", "")
    d.date("目標[[2030年]]再生", "2030", "")
    d.metric("比率達[[60%]]", 60, "%", "exact", "")
    d.org("。[[經濟部能源署]]昨")
    d.date("能源署[[昨（18）日]]表示", "2026-11-18", TC)
    d.date("表示，[[115年]]至116年", Y, TC)
    d.date("115年至[[116年]]間", NY, TC)
    d.metric("將有[[約260萬瓩]]", "260e4", "瓩", "approx", TC)
    d.city("興達、[[台中]]電廠")
    d.date("可望在[[明年]]夏季", NY, TC)
    d.metric("維持在[[10%以上]]", 10, "%", "over", TC)
    # P7 the city governments (台中市長: the title leaves the city, SPEC)
    d.org("。[[高雄市政府經濟發展局]]指出")
    d.org("，[[台積電]]高雄廠")
    d.city("台積電[[高雄]]廠")
    d.date("供應鏈[[今年]]已帶動", Y, KH)
    d.metric("帶動[[逾1.2萬個]]", "1.2e4", "个", "over", KH)
    d.metric("上漲[[約25%]]", 25, "%", "approx", KH)
    d.org("；[[台南市政府]]表示")
    d.metric("吸引[[8家]]半導體", 8, "家", "exact", "")
    d.city("。[[台中]]市長")
    d.metric("用地[[約90公頃]]", 90, "公顷", "approx", TC)
    d.date("已於[[上週]]通過", "2026-W46", TC)
    d.org("，[[市府]]將配合")
    d.org("。[[新竹市政府]]則與")
    d.org("與[[竹科管理局]]簽署")
    d.metric("新增[[2,000戶]]", 2000, "户", "exact", "")
    d.org("；[[桃園市政府]]則爭取")
    d.metric("投資約新台幣[[2,000億元]]", "2000e8", "元", "approx", "",
             outer="約新台幣")
    # P8 suppliers and the outlook of the industry
    d.org("。[[國際半導體產業協會]]（")
    d.org("（[[SEMI]]）")
    d.date("台灣[[今年]]半導體設備", Y, "")
    d.metric("將達[[約310億美元]]", "310e8", "美元", "approx", "")
    d.org("；[[艾司摩爾]]、應用材料")
    d.org("艾司摩爾、[[應用材料]]等")
    d.org("，[[艾司摩爾]]位於")
    d.city("位於[[新北]]林口")
    d.date("預計[[明年]]啟用", NY, NTP)
    d.org("封測廠[[日月光投控]]今年")
    d.date("日月光投控[[今年]]資本支出", Y, "")
    d.metric("上修至[[約35億美元]]", "35e8", "美元", "approx", "")
    d.org("。[[工研院產業科技國際策略發展所]]（")
    d.org("（[[工研院產科國際所]]）")
    d.org("，[[輝達]]、超微")
    d.org("、[[超微]]等客戶")
    d.org("帶動[[宏碁]]等品牌廠")
    d.date("預估[[明年]]台灣半導體", NY, "")
    d.metric("突破新台幣[[6.5兆元]]", "6.5e12", "元", "over", "",
             outer="突破新台幣")
    d.metric("年增[[約15%]]", 15, "%", "approx", "")
    # P9 profits, the market and the plans (no CITY)
    d.org("。[[金管會]]統計")
    d.date("半導體公司[[前3季]]合計", Y, "")
    d.metric("獲利約新台幣[[2.35兆元]]", "2.35e12", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[32%]]", 32, "%", "exact", "")
    d.org("；[[台灣證券交易所]]資料")
    d.metric("比重已[[逾六成]]", 60, "%", "over", "")
    d.org("。[[主計總處]]上週")
    d.date("主計總處[[上週]]上修", "2026-W46", "")
    d.date("上修[[今年]]經濟成長率", Y, "")
    d.metric("預測至[[4.8%]]", "4.8", "%", "exact", "")
    d.date("並預估[[明年]]成長", NY, "")
    d.metric("成長[[2.9%]]", "2.9", "%", "exact", "")
    d.org("。[[國科會]]表示")
    d.date("將在[[農曆年]]前", "2027-02-06", "")
    d.date("並於[[明年上半年]]向", NY, "")
    d.org("向[[行政院]]提報")
    d.date("自[[民國69年]]竹科", "1980", "")
    d.metric("已[[逾1,100家]]", 1100, "家", "over", "")
    audit = {
        "orgs": ["台積電", "經濟日報", "聯電", "力晶積成電子製造股份有限公司",
                 "力積電", "美光", "南亞科", "華邦電", "世界先進",
                 "國家科學及技術委員會", "國科會", "南部科學園區管理局",
                 "南科管理局", "中部科學園區管理局", "中科管理局",
                 "新竹科學園區管理局", "經濟部水利署", "台灣自來水公司", "台水",
                 "水利署", "台灣電力公司", "台電", "經濟部能源署",
                 "高雄市政府經濟發展局", "台南市政府", "市府", "新竹市政府",
                 "竹科管理局", "桃園市政府", "國際半導體產業協會", "SEMI",
                 "艾司摩爾", "應用材料", "日月光投控",
                 "工研院產業科技國際策略發展所", "工研院產科國際所", "輝達",
                 "超微", "宏碁", "金管會", "台灣證券交易所", "主計總處",
                 "行政院"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "嘉義", "基隆", "新加坡", "鳳凰城",
                   "德勒斯登", "東京", "苗栗", "屏東", "雲林"],
        # 新竹 counts only as 新竹市 (GUIDELINES): 新竹科學園區 (a park);
        # 桃園 only inside 桃園市政府; 台南, 台中, 高雄, 新竹市 inside ORGs
        "excluded": ["包括[[新竹]]科學園區"],
        # 2奈米 (x3) and 12吋 are technology names, A14 a process name
        "numbers_excluded": ["擴充[[2]]奈米", "園區的[[2]]奈米廠",
                             "每座[[2]]奈米", "新加坡[[12]]吋", "A[[14]]新廠"],
        # 寶山二期 and 擴建二期 (phases), 第二座, 第二階段 (x2), 連續第二年
        # (ordinals), 一度 (at one point), 兩年來 (a span), 新一期 (a
        # phase), 一帶 (an area); 半導體 (x6) in words_excluded
        "cn_excluded": ["寶山[[二]]期", "擴建[[二]]期", "第[[二]]座",
                        "華邦電高雄廠第[[二]]階段", "方案」第[[二]]階段",
                        "連續第[[二]]年", "蓄水率[[一]]度", "房價[[兩]]年來",
                        "新[[一]]期", "橋頭[[一]]帶"],
        "latin_excluded": ["的[[A]]14新廠", "，[[AI]]伺服器", "推出[[AI]] PC",
                           "AI [[PC]]"],
        # time words that are no DATE: 年增 (x5, year-on-year), 歷年 (創歷年
        # 新高), 月產能 (x2, monthly capacity), 每日 (x4, daily), 全年 (竹科
        # 全年: the year's total, no year of its own), 周邊 (x2, nearby),
        # 夏季 (a season after 明年: only the year is a DATE), 日前, 兩年來,
        # 第二年 (連續第二年, an ordinal count), 半導體 (x6, semiconductor:
        # 半 is no figure)
        "words_excluded": {"年增": 5, "歷年": 1, "月產能": 2, "每日": 4,
                           "全年": 1, "周邊": 2, "夏季": 1, "日前": 1,
                           "兩年來": 1, "第二年": 1, "半導體": 6},
        # generic words outside ORG rows: 公司 (上市櫃半導體公司, a kind),
        # 政府 (地方政府), 管理局, 協會, 交易所, 總處 (none outside)
        "orgwords_excluded": {"公司": 1, "政府": 1, "管理局": 0, "協會": 0,
                              "交易所": 0, "總處": 0},
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
    # a declared character outside plain Big5 stands only inside the ORG
    # row declared for it (from annotate_rb.py's IN_ORG_SPAN)
    for ch, name in IN_ORG_SPAN.get(d.doc_id, {}).items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert places, (d.doc_id, ch)
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] == name and
                       r["start"] <= p < r["end"] for r in rows), (ch, p)
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
