#!/usr/bin/env python3
"""Gold annotation for the held-out articles g131_ice_snow_tourism_harbin and
g132_hk_ipo_market (annotator TA).

Adapted from the precedent set's tools/annotate_ub.py (now dev/tools/annotate_g127_g128.py; copied and the data
changed; it keeps the checks of annotate_ub.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text, relative words resolved from the
reference date, the bare-day month rule, 当天 repeating the latest day,
去年同期 a year before its sentence's period, 上月 as a baseline after a
comparison word, the 约占 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check),
with annotate_ua.py's 上季 check and its range check that reads no year as
a range's first day, and annotate_uc.py's independent holiday check (fixed
days by region, lunar days from a table, 今年/明年 in front, else the
occurrence nearest the reference date).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g131 is simplified (mainland, 黑龙江日报, 2026-11-22), stored as UTF-8
  WITHOUT a BOM; the GB and Big5 codecs fail on the bytes or read another
  text.  Its dateline 黑龙江日报11月21日讯（记者 孙思雨） opens the first
  paragraph, as the paper prints it.
- g132 is traditional (Hong Kong, 香港商報, 2026-11-24), stored as
  Big5-HKSCS without a BOM.  It holds one character that Hong Kong writes
  and plain Big5 lacks: 滙 (U+6ED9, HKSCS FA C0) in 滙豐, HSBC's Hong Kong
  name.  Python's big5 and cp950 fail on the file; big5hkscs reads it;
  every line without 滙 is plain Big5 byte for byte; every non-ASCII
  character is two bytes, so offsets do not depend on the codec; the GB
  codecs and UTF-8 fail or read another text.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  mainland cities by their official name with 市, Hong Kong and foreign
  cities by their common mainland name).  滙 lies inside ORG spans (滙豐 ->
  汇丰): the decoding, not the span, is what the character tests.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho24/precedent: README, NOTES_ua/ub/uc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g131_g132.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ub.py: a UTF-8 mainland article and a Big5-HKSCS
Hong Kong article (the Big5-HKSCS checks are new: the declared character
is the only one plain Big5 lacks, cp950 lacks it too, big5 and cp950 fail
on the file, the other lines are plain Big5 byte for byte); units 人次, 元,
%, 倍, 天, 平方米, 立方米, 条, 公里, 家, 列, 对, 架次, 班次, 次, 项, 类, 港元,
只 (隻), 个月 (個月), 宗, 股, 厘, 新元; holidays 元旦, 春节, 聖誕,
明年農曆新年.  Re-run (from anywhere):

    python3 dev/tools/annotate_g131_g132.py
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
G131 = "g131_ice_snow_tourism_harbin"
G132 = "g132_hk_ipo_market"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G131: ("utf-8", b"", False, "2026-11-22", "黑龙江日报"),
    G132: ("big5hkscs", b"", True, "2026-11-24", "香港商報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G131: [], G132: []}
# characters of a GBK article that GB2312 lacks (no GBK article)
OUTSIDE_GB2312 = {}
# characters of a cp950 article that plain Big5 lacks (no cp950 article)
OUTSIDE_BIG5 = {}
# characters of a Big5-HKSCS article that plain Big5 (and cp950) lack:
# 滙 (U+6ED9, HKSCS FA C0) of 滙豐, as Hong Kong writes HSBC's name
OUTSIDE_BIG5_HK = {G132: ["滙"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "游馈档抢宝钟礼货药妆购饰类闭捞马间较数据领"
                   "荐审议监会伦纽约买举签备录盖势级认购额冻场规")
# Holidays the articles name, by their exact span (2026-2027): g131
# (mainland, 2026-11-22): 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of
# 2027; the coming ones, no year written in their sentences); g132 (Hong
# Kong, 2026-11-24): 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming ones),
# 明年農曆新年 2027-02-06 (明年 inside the span).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一")
# Independent holiday dates for check_holiday() (from annotate_uc.py): fixed
# days of the mainland and Hong Kong, and a table of lunar days (正月初一,
# checked with lunardate for 2025-2027)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g131 (2026: municipalities 北京, 上海; prefecture-level cities 哈尔滨,
    # 广州, 深圳, 成都, 长春, 吉林市 (with 市, GUIDELINES), 张家口, 牡丹江,
    # 伊春, 齐齐哈尔; county-level cities 延吉 (延边州), 阿勒泰市 (written
    # with 市: 阿勒泰 alone is also the prefecture), 漠河 (a city since
    # 2018), 满洲里; foreign cities by their common Chinese names:
    # 符拉迪沃斯托克, 首尔)
    "哈尔滨": "哈尔滨市", "北京": "北京市", "上海": "上海市",
    "广州": "广州市", "深圳": "深圳市", "成都": "成都市", "长春": "长春市",
    "延吉": "延吉市", "吉林市": "吉林市", "张家口": "张家口市",
    "阿勒泰市": "阿勒泰市", "牡丹江": "牡丹江市", "漠河": "漠河市",
    "伊春": "伊春市", "齐齐哈尔": "齐齐哈尔市", "满洲里": "满洲里市",
    "符拉迪沃斯托克": "符拉迪沃斯托克", "首尔": "首尔",
    # g132 (traditional spans; mainland cities with 市 (北京, 上海, 深圳,
    # 杭州, 成都 are written alike), Hong Kong and foreign cities by their
    # common mainland names)
    "東莞": "东莞市", "南陽": "南阳市", "杭州": "杭州市", "蘇州": "苏州市",
    "廣州": "广州市", "香港": "香港", "紐約": "纽约", "倫敦": "伦敦",
    "新加坡": "新加坡", "孟買": "孟买", "利雅得": "利雅得",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"符拉迪沃斯托克", "首尔", "香港", "纽约", "伦敦", "新加坡", "孟买",
          "利雅得"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "香港商報": "香港商报", "香港交易所": "香港交易所", "港交所": "港交所",
    "納斯達克": "纳斯达克", "紐約證券交易所": "纽约证券交易所",
    "立訊精密": "立讯精密", "牧原股份": "牧原股份", "京東工業": "京东工业",
    "中國證監會": "中国证监会",
    "證券及期貨事務監察委員會": "证券及期货事务监察委员会",
    "證監會": "证监会", "上海證券交易所": "上海证券交易所",
    "深圳證券交易所": "深圳证券交易所",
    "倫敦證券交易所集團": "伦敦证券交易所集团", "LSEG": "LSEG",
    "中金公司": "中金公司", "中信証券": "中信证券", "華泰國際": "华泰国际",
    "摩根士丹利": "摩根士丹利", "高盛": "高盛", "摩根大通": "摩根大通",
    "瑞銀": "瑞银", "滙豐": "汇丰", "招銀國際": "招银国际",
    "建銀國際": "建银国际", "富途證券": "富途证券", "耀才證券": "耀才证券",
    "蜜雪集團": "蜜雪集团", "兆易創新": "兆易创新",
    "聯交所上市委員會": "联交所上市委员会", "金管局": "金管局",
    "德勤中國": "德勤中国", "畢馬威中國": "毕马威中国", "安永": "安永",
    "財經事務及庫務局": "财经事务及库务局", "財庫局": "财库局",
    "特區政府": "特区政府", "沙特交易所": "沙特交易所",
    "新加坡交易所": "新加坡交易所",
}
# Chinese-numeral days and years (for the written-date checks)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
# ISO weekday numbers (Monday 1), as datetime.date.fromisocalendar takes them
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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "gbk":        # GBK proper: the declared characters are
            outside = sorted({c for c in self.text  # the only ones GB2312
                              if not enc_ok(c, "gb2312")})      # lacks
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            self.no_span_chars = outside
        if enc == "cp950":      # Taiwan's Big5: the declared characters are
            outside = sorted({c for c in self.text  # the only ones plain
                              if not enc_ok(c, "big5")})    # Big5 lacks
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("big5") == line, line
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        if enc == "big5hkscs":  # Hong Kong's Big5 (new in annotate_ta.py):
            outside = sorted({c for c in self.text  # the declared characters
                              if not enc_ok(c, "big5")})  # are the only ones
            assert outside == sorted(OUTSIDE_BIG5_HK[doc_id]), (  # plain Big5
                doc_id, outside)                                   # lacks
            assert outside, f"{doc_id}: declare a character outside Big5"
            # Hong Kong's, not Taiwan's: cp950 lacks them too
            assert not any(enc_ok(c, "cp950") for c in outside), doc_id
            # each is written in Big5-HKSCS as two bytes, like every other
            # non-ASCII character: offsets do not depend on the codec
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 and cp950 fail on the file
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert not decodes(raw, "cp950"), (doc_id, "cp950")
            # every line without a declared character is plain Big5 byte
            # for byte, and cp950 reads it alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("big5") == line.encode(enc), line
                    assert line.encode(enc).decode("cp950") == line, line
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
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:    # Taiwan marker and no bare 2-3
                assert w not in self.text, (doc_id, w)     # digit year
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
# g131 ice-and-snow tourism in Heilongjiang, November 2026: the province's
# culture and tourism department (省文旅厅) on bookings and the season's
# forecast, 哈尔滨's first three quarters and the Ice and Snow World, ski
# resorts (亚布力; 吉林市, 张家口, 阿勒泰市 outside the province), travel
# platforms (携程, 同程旅行, 飞猪, 去哪儿), rail and air (哈尔滨局集团公司,
# 国铁集团, 哈尔滨太平国际机场, the airlines), hotels and spending (华住集团,
# 锦江酒店, 亚朵, 美团, 抖音, 支付宝, the local banks), other cities (牡丹江,
# 漠河, 伊春, 齐齐哈尔; 长春, 吉林市, 满洲里), the festival, vouchers, national
# routes and forecasts, the weather and a professor.  Simplified, UTF-8
# without BOM, 2026-11-22 (a Sunday, ISO week 2026-W47), 黑龙江日报; the
# dateline 黑龙江日报11月21日讯（记者 孙思雨） opens the first paragraph.  上周
# 2026-W46; 元旦 2027-01-01; 春节 2027-02-06; 明年 2027.
# ===========================================================================
@doc
def g131():
    d = Doc(G131)
    Y, LY, NY = "2026", "2025", "2027"
    NOV, DEC = "2026-11", "2026-12"
    HEB = "哈尔滨市"
    # title (a heading that opens with 冰雪游: no city section)
    d.metric("同比增长[[近五成]] ", 50, "%", "approx", "")
    # P1 the dateline (an outlet before its dateline day and 讯, GUIDELINES
    # 北京商报讯) and the province's department
    d.org("\n\n[[黑龙江日报]]11月21日讯")
    d.date("黑龙江日报[[11月21日]]讯", "2026-11-21", "")
    d.org("记者从[[黑龙江省文化和旅游厅]]（")
    d.org("以下简称“[[省文旅厅]]”")
    d.date("获悉，[[今年]]入冬以来", Y, "")
    d.date("。截至[[11月20日]]，全省冰雪旅游", "2026-11-20", HEB)
    d.metric("同比增长[[48.6%]]，其中", "48.6", "%", "exact", HEB)
    d.city("其中[[哈尔滨]]占比")
    d.metric("占比[[超过六成]]", 60, "%", "over", HEB)
    d.metric("订单同比增长[[1.5倍]]", "1.5", "倍", "exact", HEB)
    d.org("。[[省文旅厅]]预计，本雪季")
    d.metric("接待游客[[1.3亿人次左右]]", "1.3e8", "人次", "approx", "")
    d.metric("旅游收入[[约2100亿元]]", "2100e8", "元", "approx", "")
    # P2 哈尔滨 (its bureau, the Asian Winter Games, the Ice and Snow World)
    d.city("“顶流”，[[哈尔滨]]的热度")
    d.org("。[[哈尔滨市文化广电和旅游局]]数据")
    d.date("数据显示，[[今年前三季度]]全市", Y, "")
    d.metric("接待游客[[1.16亿人次]]", "1.16e8", "人次", "exact", "")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("旅游总收入[[1720.5亿元]]", "1720.5e8", "元", "exact", "")
    d.metric("同比增长[[13.2%]]", "13.2", "%", "exact", "")
    d.metric("人均停留[[2.8天]]", "2.8", "天", "exact", "")
    d.date("。[[去年2月]]第九届", "2025-02", "")
    d.city("第28届[[哈尔滨]]冰雪大世界")
    d.date("将于[[12月18日]]开园", "2026-12-18", HEB)
    d.metric("占地面积[[100万平方米]]", "100e4", "平方米", "exact", HEB)
    d.metric("总量[[约30万立方米]]", "30e4", "立方米", "approx", HEB)
    d.metric("增加[[近两成]]；", 20, "%", "approx", HEB)
    d.date("也将于[[12月中旬]]陆续", DEC, "")
    # P3 ski resorts (吉林市, 张家口, 阿勒泰市 in the last sentence)
    d.date("已于[[11月15日]]开板", "2026-11-15", "")
    d.metric("滑雪爱好者[[约2.6万人次]]", "2.6e4", "人次", "approx", "")
    d.metric("同比增长[[31%]]", 31, "%", "exact", "")
    d.metric("占比[[约七成]]", 70, "%", "approx", "")
    d.date("度假区[[今年]]新增", Y, "")
    d.metric("新增雪道[[8条]]", 8, "条", "exact", "")
    d.metric("总长度[[超过60公里]]", 60, "公里", "over", "")
    d.date("。截至[[11月20日]]，全省已有", "2026-11-20", "")
    d.metric("已有[[42家]]", 42, "家", "exact", "")
    d.date("较[[去年同期]]多出", "2025-11-20", "")
    d.metric("多出[[11家]]", 11, "家", "exact", "")
    d.org("省外，[[万科]]旗下")
    d.city("旗下的[[吉林市]]松花湖")
    d.city("、[[张家口]]崇礼")
    d.city("新疆[[阿勒泰市]]的")
    d.date("也在[[上周]]相继", "2026-W46", "阿勒泰市")
    # P4 travel platforms
    d.org("。[[携程]]数据显示")
    d.date("数据显示，[[今年]]冰雪季", Y, HEB)
    d.city("冰雪季[[哈尔滨]]酒店")
    d.metric("同比增长[[56%]]", 56, "%", "exact", HEB)
    d.metric("人均消费[[约3200元]]", 3200, "元", "approx", HEB)
    d.metric("全国的[[近四成]]", 40, "%", "approx", "")
    d.org("。[[同程旅行]]发布")
    d.date("《[[2026]]冰雪旅游", Y, "广州市")
    d.city("来自[[广州]]、深圳")
    d.city("广州、[[深圳]]的游客")
    d.metric("达到[[63%]]", 63, "%", "exact", "深圳市")
    d.org("。[[飞猪]]平台上")
    d.date("平台上，[[元旦]]假期前往", "2027-01-01", HEB)
    d.city("前往[[哈尔滨]]、长春")
    d.city("、[[长春]]、延吉")
    d.city("、[[延吉]]的机票")
    d.metric("增长[[超过70%]]", 70, "%", "over", "延吉市")
    d.org("；[[去哪儿]]数据显示")
    d.date("数据显示，[[11月]]以来北京", NOV, "北京市")
    d.city("以来[[北京]]、上海")
    d.city("北京、[[上海]]、成都")
    d.city("、[[成都]]至哈尔滨")
    d.city("至[[哈尔滨]]的往返")
    d.metric("均价[[约1580元]]", 1580, "元", "approx", HEB)
    d.date("较[[去年同期]]下降8.5%", "2025-11", HEB)
    d.metric("下降[[8.5%]]", "8.5", "%", "exact", HEB)
    # P5 rail and air
    d.org("扩容。[[中国铁路哈尔滨局集团有限公司]]（")
    d.org("以下简称“[[哈尔滨局集团公司]]”")
    d.date("自[[12月1日]]起将实行", "2026-12-01", "北京市")
    d.metric("旅客列车[[超过560列]]", 560, "列", "over", "北京市")
    d.city("增开[[北京]]、上海方向")
    d.city("北京、[[上海]]方向")
    d.metric("专列[[12对]]", 12, "对", "exact", "上海市")
    d.metric("运送旅客[[约25万人次]]", "25e4", "人次", "approx", "上海市")
    d.org("。[[国铁集团]]数据")
    d.date("数据显示，[[11月]]以来东北", NOV, "")
    d.metric("同比增长[[12.6%]]", "12.6", "%", "exact", "")
    d.org("。[[哈尔滨太平国际机场]]冬春")
    d.metric("恢复航线[[17条]]", 17, "条", "exact", "符拉迪沃斯托克")
    d.metric("航班量[[约3700架次]]", 3700, "架次", "approx",
             "符拉迪沃斯托克")
    d.metric("同比增加[[7.2%]]", "7.2", "%", "exact", "符拉迪沃斯托克")
    d.city("新开至[[符拉迪沃斯托克]]、")
    d.city("、[[首尔]]的国际航线")
    d.org("。[[南航]]、东航")
    d.org("南航、[[东航]]、")
    d.org("、[[海航]]、")
    d.org("、[[春秋航空]]等航空公司")
    d.org("其中[[南航黑龙江分公司]]计划")
    d.metric("执行航班[[1.1万班次]]", "1.1e4", "班次", "exact", "")
    # P6 hotels and spending
    d.org("火热。[[华住集团]]数据")
    d.date("数据显示，[[12月下旬]]至明年", DEC, HEB)
    d.date("至[[明年1月上旬]]，", "2027-01", HEB)
    d.city("旗下[[哈尔滨]]门店")
    d.metric("入住率已[[超过85%]]", 85, "%", "over", HEB)
    d.org("；[[锦江酒店]]、亚朵")
    d.org("、[[亚朵]]等连锁")
    d.date("门店数量较[[去年]]增加", LY, "")
    d.metric("增加[[约40家]]", 40, "家", "approx", "")
    d.metric("平均房价[[约420元]]", 420, "元", "approx", "")
    d.metric("同比上涨[[12%]]", 12, "%", "exact", "")
    d.org("。[[美团]]数据显示")
    d.date("数据显示，[[11月]]以来平台上", NOV, HEB)
    d.metric("环比增长[[1.3倍]]", "1.3", "倍", "exact", HEB)
    d.org("，[[抖音]]上“哈尔滨冰雪”")
    d.city("抖音上“[[哈尔滨]]冰雪”")
    d.metric("播放量[[突破80亿次]]", "80e8", "次", "over", HEB)
    d.org("。[[支付宝]]数据显示，今年以来")
    d.date("数据显示，[[今年]]以来入境", Y, "")
    d.org("使用[[支付宝]]消费")
    d.metric("同比增长[[2.1倍]]", "2.1", "倍", "exact", "")
    d.org("，[[哈尔滨银行]]、龙江银行")
    d.org("、[[龙江银行]]等地方")
    # P7 other cities of the province and outside it
    d.city("扩散。[[牡丹江]]雪乡")
    d.date("景区[[11月]]以来接待", NOV, "牡丹江市")
    d.metric("接待游客[[约18万人次]]", "18e4", "人次", "approx", "牡丹江市")
    d.metric("同比增长[[26%]]", 26, "%", "exact", "牡丹江市")
    d.city("；[[漠河]]北极村")
    d.date("预计[[元旦]]前后", "2027-01-01", "漠河市")
    d.city("；[[伊春]]、齐齐哈尔")
    d.city("伊春、[[齐齐哈尔]]等地")
    d.city("省外，[[长春]]冰雪节")
    d.city("、[[吉林市]]雾凇")
    d.date("将于[[12月下旬]]陆续开幕", DEC, "吉林市")
    d.city("，[[满洲里]]中俄蒙")
    d.date("定于[[明年1月]]举行", "2027-01", "满洲里市")
    # P8 the festival, vouchers, national routes, the season's forecast
    d.city("第43届[[哈尔滨]]国际冰雪节")
    d.date("将于[[明年1月5日]]开幕", "2027-01-05", HEB)
    d.metric("体育活动[[120余项]]", 120, "项", "over", HEB)
    d.org("。[[哈尔滨市人民政府]]近日")
    d.date("印发通知，[[12月1日]]至明年", "2026-12-01", "")
    d.date("至[[明年3月31日]]分批", "2027-03-31", "")
    d.metric("总额[[5000万元]]", "5000e4", "元", "exact", "")
    d.metric("最高面额[[200元]]", 200, "元", "exact", "")
    d.metric("滑雪场[[4类]]场景", 4, "类", "exact", "")
    d.org("。[[文化和旅游部]]、")
    d.org("、[[国家体育总局]]日前")
    d.metric("黑龙江有[[9条]]线路", 9, "条", "exact", "")
    d.org("。[[省文旅厅]]同时")
    d.org("同时在[[抖音]]、携程")
    d.org("、[[携程]]等平台")
    d.org("。[[中国旅游研究院]]预计")
    d.metric("有望达到[[5.6亿人次]]", "5.6e8", "人次", "exact", "")
    d.metric("收入[[超过7200亿元]]", "7200e8", "元", "over", "")
    # P9 the weather and a professor (no CITY outside ORGs)
    d.org("\n\n[[黑龙江省气象台]]预计")
    d.metric("偏多[[两成左右]]", 20, "%", "approx", "")
    d.org("。[[哈尔滨商业大学旅游烹饪学院]]一位")
    d.date("游客在[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]等旺季", "2027-02-06", "")
    audit = {
        "orgs": ["黑龙江日报", "黑龙江省文化和旅游厅", "省文旅厅",
                 "哈尔滨市文化广电和旅游局", "万科", "携程", "同程旅行",
                 "飞猪", "去哪儿", "中国铁路哈尔滨局集团有限公司",
                 "哈尔滨局集团公司", "国铁集团", "哈尔滨太平国际机场",
                 "南航", "东航", "海航", "春秋航空", "南航黑龙江分公司",
                 "华住集团", "锦江酒店", "亚朵", "美团", "抖音", "支付宝",
                 "哈尔滨银行", "龙江银行", "哈尔滨市人民政府",
                 "文化和旅游部", "国家体育总局", "中国旅游研究院",
                 "黑龙江省气象台", "哈尔滨商业大学旅游烹饪学院"],
        "cities": ["哈尔滨", "哈", "北京", "上海", "广州", "深圳", "成都",
                   "长春", "延吉", "吉林", "张家口", "阿勒泰", "牡丹江",
                   "漠河", "伊春", "齐齐哈尔", "满洲里", "符拉迪沃斯托克",
                   "首尔", "黑龙江", "龙江", "新疆", "崇礼", "亚布力", "雪乡",
                   "北极村", "松花湖", "太阳岛", "中央大街", "东北", "全省",
                   "全国", "全市", "省会", "当地", "中国", "城市"],
        "excluded": [
            # 哈 (来哈游客: a one-character abbreviation), provinces (黑龙江
            # x3, 吉林 and 新疆 as provinces, 龙江 of the title: 黑龙江's short
            # name), 崇礼 (a district of 张家口), resorts, villages, lakes,
            # islands and streets (亚布力, 雪乡, 北极村, 松花湖, 太阳岛,
            # 中央大街 x2), 东北 (a region), deictic 全省 (x5), 全国 (x2),
            # 全市, 省会, 当地
            "来[[哈]]游客", "黑龙江、[[吉林]]、新疆", "；[[黑龙江]]、吉林",
            "在[[黑龙江]]使用", "，[[黑龙江]]有9条", "近五成 [[龙江]]冰雪季",
            "和[[新疆]]阿勒泰市", "、[[新疆]]三地", "张家口[[崇礼]]",
            "[[亚布力]]滑雪旅游度假区", "牡丹江[[雪乡]]景区",
            "漠河[[北极村]]景区", "吉林市[[松花湖]]度假区",
            "[[太阳岛]]雪博会", "[[中央大街]]等景区", "[[中央大街]]周边",
            "以来[[东北]]地区", "，[[全省]]冰雪旅游产品", "本雪季[[全省]]",
            "，[[全省]]已有42家", "向[[全省]]扩散", "今冬[[全省]]",
            "占[[全国]]的近四成", "本冰雪季[[全国]]", "三季度[[全市]]累计",
            "从[[省会]]向全省", "在[[当地]]的门店",
        ],
        # ordinals of the Ice and Snow World's and the festival's editions
        "numbers_excluded": ["第[[28]]届", "第[[43]]届"],
        # 双双 (both: an adverb), 第九届 (an ordinal), 三地 (a collective
        # label for the three provinces just listed, SPEC 两地), 一位 (a
        # person)
        "cn_excluded": ["有望[[双双]]创", "第[[九]]届", "新疆[[三]]地",
                        "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 冰雪季 (x4: the title, 今年冰雪季 with
        # 冰雪季 outside the year, 在冰雪季, 本冰雪季) and 本雪季 (seasons
        # without a year word, SPEC 今冬), 冬季 (x2), 冬春航季 (an airline
        # season), 今冬, 旺季, 至今, 明显, 首周 (the resort's first week
        # open, relative to an event), 日均 (x2), 每周 and 周边 (recurring,
        # nearby), 冰雪节 (x4: festivals' names), 近日 and 日前 (vague),
        # 常年 (normal years), the slogans 一季火 and 四季热
        "words_excluded": {"冰雪季": 4, "本雪季": 1, "冬季": 2, "冬春航季": 1,
                           "今冬": 1, "旺季": 1, "至今": 1, "明显": 1,
                           "首周": 1, "日均": 2, "每周": 1, "周边": 1,
                           "冰雪节": 4, "近日": 1, "日前": 1, "常年": 1,
                           "一季火": 1, "四季热": 1, "同期": 0, "当天": 0,
                           "当日": 0, "当月": 0, "全年": 0, "年底": 0},
        # generic heads outside ORG rows: 航空公司 (等航空公司), 公司 (the
        # same), 银行 (地方法人银行), 度假区 (x3: resorts are places), 雪场
        # (x5: ski fields, 将军山滑雪场 a facility), 酒店 (x4: hotels as a
        # kind), 平台 (x4); 集团, 政府, 局, 厅, 研究院, 大学 only inside ORGs
        "orgwords_excluded": {"航空公司": 1, "公司": 1, "银行": 1,
                              "度假区": 3, "雪场": 5, "酒店": 4, "平台": 4,
                              "集团": 0, "政府": 0, "局": 0, "厅": 0,
                              "研究院": 0, "大学": 0, "气象台": 0,
                              "日报": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g132 the Hong Kong IPO market, November 2026: the exchange's figures for
# the first ten months and October, the largest listings (立訊精密 of 東莞,
# 牧原股份 of 南陽, 京東工業), A+H listings, the CSRC's filings and the SFC's
# and the exchange's reforms, the pipeline (深圳, 杭州, 蘇州), biotech (成都)
# against the Shanghai and Shenzhen exchanges, sponsors and banks (LSEG's
# league table: 中金公司, 中信証券, 華泰國際, 摩根士丹利; 高盛, 摩根大通, 瑞銀,
# 滙豐; 招銀國際, 建銀國際), retail demand (富途證券, 耀才證券, 蜜雪集團),
# this week's offers (兆易創新 of 北京; 上海, 廣州), the HKMA's interbank
# rate, the accountants' outlook (德勤中國, 畢馬威中國, 安永) and 滙豐's,
# competition (紐約, 倫敦, 新加坡, 孟買; 財庫局, 特區政府; 利雅得, 沙特交易所,
# 新加坡交易所).  Traditional as Hong Kong writes it (按年, 佔, 公布, 首10個月,
# 首季, 上周五, 本周, 隻, 宗, 孖展, 凍資, 介乎, 厘, 港元, 滙豐, 中信証券),
# Big5-HKSCS without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 香港商報; the dateline 【香港商報訊】記者 鄭嘉琪報道： opens the first
# paragraph.  昨日 2026-11-23; 上周 2026-W47; 上周五 2026-11-20; 本周
# 2026-W48; 上月 2026-10; 聖誕 2026-12-25; 元旦 2027-01-01; 明年農曆新年
# 2027-02-06; 明年首季 2027-Q1.
# ===========================================================================
@doc
def g132():
    d = Doc(G132)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ = "北京市"
    # title (a heading that opens with 港股: no city section)
    d.date("港股[[今年首10個月]]IPO", Y, "")
    d.date(" [[年底]]前料", Y, "")
    d.metric("再有[[逾20隻]]新股", 20, "只", "over", "")
    # P1 the dateline (an outlet before 訊, GUIDELINES 北京商报讯: no CITY)
    # and the exchange's figures (香港 only inside ORGs)
    d.org("【[[香港商報]]訊】")
    d.org("報道：[[香港交易所]]（")
    d.org("（[[港交所]]）昨日")
    d.date("港交所）[[昨日]]公布", "2026-11-23", "")
    d.date("數據顯示，[[今年首10個月]]共有", Y, "")
    d.metric("共有[[93家]]公司", 93, "家", "exact", "")
    d.metric("主板[[91家]]", 91, "家", "exact", "")
    d.metric("GEM [[2家]]", 2, "家", "exact", "")
    d.metric("集資總額[[約2,460億港元]]", "2460e8", "港元", "approx", "")
    d.metric("按年增長[[約38%]]", 38, "%", "approx", "")
    d.org("超越[[納斯達克]]及")
    d.org("及[[紐約證券交易所]]，")
    d.date("第一位。[[10月]]單月", OCT, "")
    d.metric("單月有[[14隻]]新股", 14, "只", "exact", "")
    d.metric("集資[[約412億港元]]", "412e8", "港元", "approx", "")
    d.date("創[[2021年7月]]以來", "2021-07", "")
    d.date("；[[10月]]港股日均", OCT, "")
    d.metric("成交額[[約2,680億港元]]", "2680e8", "港元", "approx", "")
    d.metric("按年上升[[約42%]]", 42, "%", "approx", "")
    d.date("截至[[10月底]]，港股", OCT, "")
    d.metric("總市值[[約49.6萬億港元]]", "49.6e12", "港元", "approx", "")
    d.date("較[[去年底]]上升", LY, "")
    d.metric("上升[[約27%]]", 27, "%", "approx", "")
    # P2 the largest listings (東莞, 南陽) and A+H listings
    d.date("主力。[[今年]]規模最大", Y, "东莞市")
    d.date("新股為[[5月]]掛牌", "2026-05", "东莞市")
    d.city("總部位於[[東莞]]的")
    d.org("的[[立訊精密]]，集資")
    d.metric("集資[[約218億港元]]", "218e8", "港元", "approx", "东莞市")
    d.metric("超額認購[[約380倍]]", 380, "倍", "approx", "东莞市")
    d.metric("認購佔比[[約45%]]", 45, "%", "approx", "东莞市")
    d.metric("上升[[約12%]]；", 12, "%", "approx", "东莞市")
    d.city("河南[[南陽]]的")
    d.org("的[[牧原股份]]集資")
    d.metric("集資[[約105億港元]]", "105e8", "港元", "approx", "南阳市")
    d.org("，[[京東工業]]集資")
    d.metric("集資[[62.4億港元]]", "62.4e8", "港元", "exact", "南阳市")
    d.date("截至[[上周五]]（", "2026-11-20", "")
    d.date("（[[11月20日]]）", "2026-11-20", "")
    d.date("），[[今年]]以A+H", Y, "")
    d.metric("達[[28家]]", 28, "家", "exact", "")
    d.metric("整體[[約六成]]", 60, "%", "approx", "")
    d.date("而[[去年同期]]僅有", LY, "")
    d.metric("僅有[[9家]]", 9, "家", "exact", "")
    # P3 mainland issuers and the regulators (深圳, 杭州, 蘇州)
    d.org("。[[中國證監會]]數據")
    d.date("顯示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]共有", OCT, "")
    d.metric("共有[[156家]]企業", 156, "家", "exact", "")
    d.metric("佔比[[超過九成]]", 90, "%", "over", "")
    d.org("。[[證券及期貨事務監察委員會]]（")
    d.org("（[[證監會]]）與")
    d.org("與[[港交所]]去年10月")
    d.date("港交所[[去年10月]]優化", "2025-10", "")
    d.metric("由[[約6個月]]縮短", 6, "个月", "approx", "")
    d.metric("縮短至[[約4.5個月]]", "4.5", "个月", "approx", "")
    d.org("。[[港交所]]行政總裁")
    d.metric("申請[[超過300宗]]", 300, "宗", "over", "深圳市")
    d.metric("，[[約八成]]來自", 80, "%", "approx", "深圳市")
    d.city("不少為[[深圳]]、")
    d.city("、[[杭州]]、蘇州")
    d.city("、[[蘇州]]等地")
    d.date("特專科技公司[[今年]]已有", Y, "")
    d.metric("已有[[11家]]", 11, "家", "exact", "")
    d.org("。[[港交所]]去年8月")
    d.date("港交所[[去年8月]]實施", "2025-08", "")
    d.date("，[[今年]]新股簿記", Y, "")
    d.metric("平均[[約82%]]", 82, "%", "approx", "")
    # P4 biotech (成都) and the mainland exchanges
    d.date("回暖。[[今年]]按第18A章", Y, "")
    d.metric("公司共[[12家]]", 12, "家", "exact", "")
    d.metric("集資[[約96億港元]]", "96e8", "港元", "approx", "")
    d.metric("按年增加[[約1.2倍]]", "1.2", "倍", "approx", "")
    d.city("來自[[成都]]的一家創新藥企")
    d.date("創新藥企[[上月]]掛牌", OCT, "成都市")
    d.metric("上升[[逾150%]]", 150, "%", "over", "成都市")
    d.org("相比之下，[[上海證券交易所]]及")
    d.org("及[[深圳證券交易所]]今年")
    d.date("證券交易所[[今年首10個月]]的", Y, "")
    d.metric("合共[[約1,180億元]]人民幣", "1180e8", "元", "approx", "")
    d.metric("按年減少[[約9%]]", 9, "%", "approx", "")
    # P5 sponsors and banks (no CITY: 倫敦 only inside an ORG)
    d.org("據[[倫敦證券交易所集團]]（")
    d.org("（[[LSEG]]）")
    d.org("數據，[[中金公司]]今年")
    d.date("中金公司[[今年首10個月]]共保薦", Y, "")
    d.metric("共保薦[[26宗]]", 26, "宗", "exact", "")
    d.org("；[[中信証券]]、")
    d.org("、[[華泰國際]]及")
    d.org("及[[摩根士丹利]]分列")
    d.org("計，[[中金公司]]市場份額")
    d.metric("市場份額[[約14.2%]]", "14.2", "%", "approx", "")
    d.org("。[[高盛]]、")
    d.org("、[[摩根大通]]、")
    d.org("、[[瑞銀]]及")
    d.org("及[[滙豐]]等外資")
    d.metric("總額[[約55%]]", 55, "%", "approx", "")
    d.org("，[[招銀國際]]、")
    d.org("、[[建銀國際]]等中資")
    # P6 retail demand (no CITY)
    d.org("。[[富途證券]]數據")
    d.date("數據顯示，[[今年]]新股孖展", Y, "")
    d.metric("認購總額[[逾6.8萬億港元]]", "6.8e12", "港元", "over", "")
    d.metric("按年增加[[約1.6倍]]", "1.6", "倍", "approx", "")
    d.org("；[[耀才證券]]指")
    d.date("指，[[今年]]上市新股", Y, "")
    d.metric("平均上升[[約21%]]", 21, "%", "approx", "")
    d.date("由[[去年]]的約35%", LY, "")
    d.metric("去年的[[約35%]]", 35, "%", "approx", "")
    d.metric("降至[[約24%]]", 24, "%", "approx", "")
    d.date("。[[去年3月]]上市", "2025-03", "")
    d.org("上市的[[蜜雪集團]]公開")
    d.metric("認購[[逾5,000倍]]", 5000, "倍", "over", "")
    # P7 this week's offers (北京, 上海, 廣州) and the interbank rate
    d.date("新股市場[[本周]]繼續", "2026-W48", "")
    d.org("據[[港交所]]披露")
    d.date("披露，[[本周]]共有", "2026-W48", BJ)
    d.metric("共有[[6隻]]新股", 6, "只", "exact", BJ)
    d.city("總部位於[[北京]]的")
    d.org("的[[兆易創新]]於")
    d.date("於[[11月24日]]至27日", "2026-11-24", BJ)
    d.date("11月24日至[[27日]]招股", "2026-11-27", BJ)
    d.metric("擬發行[[約7,240萬股]]", "7240e4", "股", "approx", BJ)
    d.metric("介乎[[23.5港元]]", "23.5", "港元", "exact", BJ)
    d.metric("至[[26.8港元]]", "26.8", "港元", "exact", BJ)
    d.metric("每手[[200股]]", 200, "股", "exact", BJ)
    d.metric("入場費[[約5,414港元]]", 5414, "港元", "approx", BJ)
    d.metric("最多集資[[約19.4億港元]]", "19.4e8", "港元", "approx", BJ)
    d.date("預計[[12月2日]]掛牌", "2026-12-02", BJ)
    d.org("保薦人為[[中金公司]]及")
    d.org("中金公司及[[摩根士丹利]]。")
    d.city("來自[[上海]]的一家人工智能")
    d.date("企業[[昨日]]已通過", "2026-11-23", "上海市")
    d.org("通過[[聯交所上市委員會]]聆訊")
    d.date("同樣於[[本周]]招股", "2026-W48", "广州市")
    d.city("來自[[廣州]]的一家新能源")
    d.metric("計劃集資[[約8億港元]]", "8e8", "港元", "approx", "广州市")
    d.org("。[[金管局]]數據")
    d.date("拆息[[上周]]曾升至", "2026-W47", "")
    d.metric("升至[[約4.8厘]]", "4.8", "厘", "approx", "")
    # P8 the outlook (no CITY)
    d.org("後市，[[德勤中國]]預計")
    d.date("預計，[[今年]]全年港股", Y, "")
    d.metric("將達[[2,850億港元]]", "2850e8", "港元", "exact", "")
    d.metric("至[[3,000億港元]]，", "3000e8", "港元", "exact", "")
    d.date("創[[2021年]]以來新高", "2021", "")
    d.metric("有望[[超過110家]]", 110, "家", "over", "")
    d.org("；[[畢馬威中國]]則")
    d.date("受[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.date("，[[12月中旬]]後", "2026-12", "")
    d.date("但[[明年農曆新年]]後", "2027-02-06", "")
    d.org("。[[安永]]預計")
    d.date("預計，[[明年首季]]將有", "2027-Q1", "")
    d.metric("將有[[逾40家]]", 40, "家", "over", "")
    d.metric("集資額[[約600億港元]]", "600e8", "港元", "approx", "")
    d.org("；[[滙豐]]亦預期")
    d.date("亦預期[[明年]]港股", NY, "")
    d.metric("可達[[3,200億港元]]", "3200e8", "港元", "exact", "")
    d.metric("其中[[約三成]]", 30, "%", "approx", "")
    # P9 competition (紐約, 倫敦, 新加坡, 孟買, 香港, 利雅得)
    d.city("面對[[紐約]]、")
    d.city("、[[倫敦]]、")
    d.city("、[[新加坡]]及孟買")
    d.city("及[[孟買]]等市場")
    d.org("競爭，[[財經事務及庫務局]]（")
    d.org("（[[財庫局]]）")
    d.org("，[[特區政府]]將")
    d.org("繼續與[[港交所]]及")
    d.org("港交所及[[證監會]]合作")
    d.city("鞏固[[香港]]國際")
    d.org("。[[港交所]]上月")
    d.date("港交所[[上月]]在利雅得", OCT, "利雅得")
    d.city("在[[利雅得]]舉辦")
    d.org("與[[沙特交易所]]簽署")
    d.org("，[[新加坡交易所]]今年")
    d.date("新加坡交易所[[今年首10個月]]的", Y, "")
    d.metric("集資額[[不足30億新元]]", "30e8", "新元", "under", "")
    d.city("，[[香港]]新股市場")
    d.date("新股市場[[明年]]有望", NY, "香港")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["香港", "東莞", "南陽", "深圳", "杭州", "蘇州", "成都",
                   "北京", "上海", "廣州", "紐約", "倫敦", "新加坡", "孟買",
                   "利雅得", "河南", "內地", "中東", "沙特", "中國", "本港",
                   "全港", "城市"],
        "excluded": [
            # 河南 (a province), 內地 (x3: the mainland), 中東 (a region);
            # 香港, 深圳, 上海, 紐約, 倫敦, 新加坡, 中國 and 沙特 elsewhere only
            # inside ORGs; 港 (港股, 在港, 來港, 港元) is a one-character
            # abbreviation, never audited as a string
            "來自[[河南]]南陽", "在港上市的[[內地]]企業", "\n\n[[內地]]企業仍是",
            "來自[[內地]]，當中", "更多[[中東]]企業",
        ],
        # chapter numbers of the Listing Rules (第18C章, 第18A章: names)
        "numbers_excluded": ["第[[18]]C章", "第[[18]]A章"],
        # 第一 (x2: ranks), 第二至第四位 (ranks after 分列), 一家 (x3: the
        # indefinite article), 之一, 新一輪 (a round)
        "cn_excluded": ["全球第[[一]] 年底", "第[[一]]位。", "成都的[[一]]家",
                        "分列第[[二]]至", "至第[[四]]位", "之[[一]]。",
                        "上海的[[一]]家", "廣州的[[一]]家", "新[[一]]輪"],
        # IPO (x6), GEM (the board), A+H, H股, A股-type labels, the Listing
        # Rules' chapter letters (18C, 18A)
        "latin_excluded": ["[[IPO]]集資額重奪", "[[GEM]] 2家",
                           "全球[[IPO]]集資額", "以[[A]]+H", "A+[[H]]形式",
                           "18[[C]]章", "18[[A]]章", "月的[[IPO]]集資額合共",
                           "萬股[[H]]股", "全年港股[[IPO]]", "明年港股[[IPO]]",
                           "月的[[IPO]]集資額不足"],
        # time words that are no DATE: 按年 (x5, year-on-year), 單月 (x2),
        # 日均, 首日 (x4: a listing's first day, relative to an event), 明顯,
        # 至今, 全年 (outside 今年, GUIDELINES)
        "words_excluded": {"按年": 5, "單月": 2, "日均": 1, "首日": 4,
                           "明顯": 1, "至今": 1, "全年": 1, "同期": 0,
                           "當日": 0, "當天": 0, "當月": 0, "同日": 0,
                           "今日": 0},
        # generic heads outside ORG rows: 公司 (x4: 93家公司, 特專科技公司,
        # 生物科技公司, 新上市公司), 投行 (外資投行), 券商 (中資券商);
        # 交易所, 證券, 集團, 政府, 委員會, 局, 銀行 only inside ORGs
        "orgwords_excluded": {"公司": 4, "投行": 1, "券商": 1, "交易所": 0,
                              "證券": 0, "集團": 0, "政府": 0, "委員會": 0,
                              "局": 0, "銀行": 0, "商報": 0},
        "orgstring_excluded": [],
    }
    return d, audit

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
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])   # (annotate_ua.py: no
    if not m or r["text"] in HOLIDAY:      # year's last digits, no holiday)
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


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（12月1日）, 上周六（11月21日）) is
    its own mention and must carry the same date (SPEC: 今日(15日) is 今日
    and 15日, both resolved to the same day; from annotate_vb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter (from annotate_ua.py)."""
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table (from
    annotate_uc.py): a fixed day (the mainland's and Hong Kong's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    assert d.doc_id not in TAIWAN, r        # no Taiwan text here
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    years = range(ref.year - 1, ref.year + 2)
    if tx in FIXED_DAYS:
        cands = {y: datetime.date(y, *FIXED_DAYS[tx]) for y in years}
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
            check_last_year_period(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
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
