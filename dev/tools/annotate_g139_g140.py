#!/usr/bin/env python3
"""Gold annotation for the held-out articles g139_data_centers_computing_power
and g140_hk_developers_land_sales (annotator SB).

Adapted from the precedent set's tools/annotate_tc.py (now dev/tools/annotate_g135_g136.py; copied and the data
changed; it keeps the checks of annotate_tc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
every holiday recomputed without it, relative words resolved from the
reference date, 上月 as a baseline after a comparison word, the bare-day
month rule, 当天/同日 repeating the latest day, 去年同期 a year before its
sentence's period, the bracketed-day check, the 约占 check, the declared
shared unit, the hand-declared organizations of each article), with the
GBK checks of annotate_ta.py (the declared characters are the only ones
GB2312 lacks, every line without them is GB2312 byte for byte, and they lie
in no span) and annotate_tc.py's UTF-16 checks turned back to the
little-endian order.  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded:

- g139 is simplified (mainland, 科技日报, 2026-11-20), stored as GBK
  without a BOM.  It holds one character outside GB2312: 喆 (GBK 86 B4) in
  the reporter's name, in no span; Python's gb2312 fails on the file, gbk,
  cp936 and gb18030 read it alike, the Big5 codecs and UTF-8 fail or read
  another text.  OpenCC t2s leaves the article unchanged.  Its dateline
  科技日报北京11月19日电 opens the first paragraph, as the paper prints it.
- g140 is traditional (Hong Kong, 星島日報, 2026-11-23), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (code units = code points) and in
  Big5-HKSCS; 恒 (U+6052, of 恒基, 恒生, 恒隆 as Hong Kong writes them), 滙
  (U+6ED9, of 滙豐) and 埗 (U+57D7, of the district 深水埗) are the only
  ones plain Big5 lacks; no character is
  simplified-only; the big-endian reading differs and no byte codec reads
  the file as the same text.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their full names with 市, 香港 and foreign cities by their
  common names).  The text names its region (香港, 本港) more than twice, so
  Hong Kong bodies whose official names carry no place (地政總署, 發展局,
  差餉物業估價署, 金管局) stand alone as ORGs (GUIDELINES).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho25/precedent: README, NOTES_ta/tb/tc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g139_g140.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_tc.py: a GBK mainland article (checks from
annotate_ta.py) instead of the UTF-16 BE one; a UTF-16 LE Hong Kong article
instead of the UTF-8 Macao one (the Macao checks turned to Hong Kong: every
character in Big5-HKSCS, the declared ones alone outside plain Big5, the
region named); holidays 今年双11, 元旦, 春节, 聖誕, 明年農曆新年; 本周 +
weekday; units 架, EFLOPS, P, 千瓦时, 元/千瓦时, 千瓦, 兆瓦, 吨, 座, 台, 张, 幅,
份, 伙, 平方呎, 厘, 港仙, 宗.  Re-run (from anywhere):

    python3 dev/tools/annotate_g139_g140.py
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
G139 = "g139_data_centers_computing_power"
G140 = "g140_hk_developers_land_sales"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G139: ("gbk", b"", False, "2026-11-20", "科技日报"),
    G140: ("utf-16-le", BOM16LE, True, "2026-11-23", "星島日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G139: [], G140: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them):
# 喆 of the reporter's name (in no span)
OUTSIDE_GB2312 = {G139: ["喆"]}
# characters of the Hong Kong article that plain Big5 lacks (HKSCS has
# them): 恒 (U+6052; Big5 has only 恆), 滙 (U+6ED9) and 埗 (U+57D7, of the
# district 深水埗, in no span)
OUTSIDE_BIG5 = {G140: ["恒", "滙", "埗"]}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names are ORGs in a text that names the region
# twice)
HONGKONG = {G140}
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
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "标书组绩润证团态杂选盘测储亚赛丰汇滨锡伦"
                   "诞圣农历会积标载兰讯楼宁")
# Holidays the articles name, by their exact span (2026-2027).
# g139 (mainland, 2026-11-20): 今年双11 2026-11-11 (今年 inside the span,
# like 今年国庆); 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones; no
# year written in their sentence; 正月初一 of 2027).
# g140 (Hong Kong, 2026-11-23): 聖誕 2026-12-25 and 元旦 2027-01-01 (the
# coming ones); 明年農曆新年 2027-02-06 (农历新年 is 春节; 明年 inside the
# span, precedent TA/TC).
HOLIDAY = {
    "今年双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "明年農曆新年": "2027-02-06",
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
                 "纪念日", "双十一", "雙十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g139 (2026: municipalities 北京 (also written 北京市), 上海, 重庆;
    # prefecture-level cities 贵阳, 庆阳, 中卫, 呼和浩特, 乌兰察布, 广州,
    # 深圳, 杭州, 张家口, 成都)
    "北京": "北京市", "北京市": "北京市", "上海": "上海市", "重庆": "重庆市",
    "贵阳": "贵阳市", "庆阳": "庆阳市", "中卫": "中卫市",
    "呼和浩特": "呼和浩特市", "乌兰察布": "乌兰察布市", "广州": "广州市",
    "深圳": "深圳市", "杭州": "杭州市", "张家口": "张家口市",
    "成都": "成都市",
    # g140 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names (上海, 北京, 成都, 深圳, 杭州 are written
    # alike); 倫敦 and 悉尼 foreign)
    "香港": "香港", "廣州": "广州市", "無錫": "无锡市", "瀋陽": "沈阳市",
    "武漢": "武汉市", "倫敦": "伦敦", "悉尼": "悉尼",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "伦敦", "悉尼"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "星島日報": "星岛日报", "地政總署": "地政总署",
    "新鴻基地產": "新鸿基地产", "新地": "新地",
    "恒基兆業地產有限公司": "恒基兆业地产有限公司", "恒基地產": "恒基地产",
    "長江實業集團": "长江实业集团", "長實": "长实",
    "新世界發展": "新世界发展", "信和置業": "信和置业", "信置": "信置",
    "嘉里建設": "嘉里建设",
    "華潤置地": "华润置地", "第一太平戴維斯": "第一太平戴维斯",
    "發展局": "发展局", "特區政府": "特区政府",
    "市區重建局": "市区重建局", "市建局": "市建局",
    "中國海外發展": "中国海外发展", "中海外": "中海外",
    "金管局": "金管局", "經絡按揭轉介": "经络按揭转介",
    "中銀香港": "中银香港", "滙豐": "汇丰", "恒生銀行": "恒生银行",
    "差餉物業估價署": "差饷物业估价署", "差估署": "差估署",
    "中原地產研究部": "中原地产研究部", "美聯物業": "美联物业",
    "香港置業": "香港置业", "利嘉閣地產": "利嘉阁地产",
    "香港測量師學會": "香港测量师学会", "太古地產": "太古地产",
    "恒隆地產": "恒隆地产", "香港地產建設商會": "香港地产建设商会",
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
            # a little-endian file opens FF FE, then the first character's
            # low byte (g140: 發 is U+767C, bytes 7C 76)
            assert full[:2] == bom and full[2:4] == \
                self.text[0].encode(enc), doc_id
            assert full[:2] == (BOM16LE if enc == "utf-16-le"
                                else BOM16BE), doc_id
            if enc == "utf-16-le":
                assert full[2] == ord(self.text[0]) & 0xFF, doc_id
                assert full[3] == ord(self.text[0]) >> 8, doc_id
            else:
                assert full[2] == ord(self.text[0]) >> 8, doc_id
        if enc == "gbk":        # GBK proper (from annotate_ta.py): the
            outside = sorted({c for c in self.text  # declared characters
                              if not enc_ok(c, "gb2312")})  # are the only
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (  # ones GB2312
                doc_id, outside)                                   # lacks
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
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id   # GBK
        if doc_id in HONGKONG:      # a Hong Kong text: Big5-HKSCS holds
            outside = sorted({c for c in self.text    # every character;
                              if not enc_ok(c, "big5")})    # the declared
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (  # ones alone
                doc_id, outside)                       # are outside Big5
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
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
# g139 data centres and computing power, November 2026: the national data
# administration's figures (racks in use, total and intelligent computing
# power, power use in the first three quarters), the “东数西算” plan of
# 2022年2月 (eight hubs, ten clusters, the four bodies that issued it) and
# its progress, the western hubs (贵州 and 贵阳, 庆阳, 中卫, 呼和浩特,
# 乌兰察布), power prices and green power (中国信通院, 工业和信息化部,
# 国家能源局, the grids), the eastern cities (上海's commission, 北京,
# 深圳's commission), the cloud companies (阿里云 and 双11, 腾讯 in 重庆,
# 华为云, 百度智能云, 火山引擎, 京东云), the carriers and third-party
# operators (中国电信 and 天翼云, 中国移动, 中国联通, 润泽科技, 万国数据,
# 世纪互联), forecasts (中电联, 科智咨询, IDC, 清华大学's institute) and
# the outlook (元旦, 春节).  Simplified, GBK without BOM, 2026-11-20 (a
# Friday, ISO week 2026-W47), 科技日报; the dateline 科技日报北京11月19日电
# with the byline in brackets opens the first paragraph.  本周三 2026-11-18;
# 上周 2026-W46; 上月 2026-10; 今年双11 2026-11-11; 元旦 2027-01-01; 春节
# 2027-02-06.
# ===========================================================================
@doc
def g139():
    d = Doc(G139)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, SH, SZ, HZ = "北京市", "上海市", "深圳市", "杭州市"
    GY, QY, ZW, HH, WL = "贵阳市", "庆阳市", "中卫市", "呼和浩特市", "乌兰察布市"
    CQ, CD = "重庆市", "成都市"
    # title (a heading that opens with a quote mark: no city section)
    d.metric("总规模[[突破300EFLOPS]]\n", 300, "EFLOPS", "over", "")
    # P1 the dateline (科技日报 the outlet, 北京 the place filed from) and
    # the national figures; the first sentence runs from the dateline to
    # 。, so its DATE/METRIC rows take 北京市 by the rule
    d.org("[[科技日报]]北京11月19日电")
    d.city("科技日报[[北京]]11月19日电")
    d.date("北京[[11月19日]]电", "2026-11-19", BJ)
    d.date("记者[[19日]]从", "2026-11-19", BJ)
    d.org("从[[国家数据局]]获悉")
    d.date("截至[[10月底]]，全国在用", "2026-10", BJ)
    d.metric("总规模[[超过920万架]]", "920e4", "架", "over", BJ)
    d.metric("达到[[310EFLOPS]]", 310, "EFLOPS", "exact", BJ)
    d.metric("占比[[约65%]]", 65, "%", "approx", BJ)
    d.date("较[[去年底]]提高", LY, BJ)
    d.metric("提高[[11个百分点]]", 11, "百分点", "exact", BJ)
    d.date("。[[今年前三季度]]，全国数据中心", Y, "")
    d.metric("用电量[[约1260亿千瓦时]]", "1260e8", "千瓦时", "approx", "")
    d.metric("同比增长[[约18%]]", 18, "%", "approx", "")
    d.metric("比重升至[[约1.7%]]", "1.7", "%", "approx", "")
    # P2 the national plan and its progress (no CITY: provinces, regions
    # and one-character abbreviations only)
    d.date("\n\n[[2022年2月]]，", "2022-02", "")
    d.org("，[[国家发展改革委]]、")
    d.org("、[[中央网信办]]、")
    d.org("中央网信办、[[工业和信息化部]]、国家能源局")
    d.org("、[[国家能源局]]联合")
    d.metric("启动建设[[8个]]国家", 8, "个", "exact", "")
    d.metric("规划设立[[10个]]国家", 10, "个", "exact", "")
    d.org("。[[国家数据局]]有关负责人介绍")
    d.date("介绍，[[今年前三季度]]，8个", Y, "")
    d.metric("，[[8个]]枢纽节点新开工", 8, "个", "exact", "")
    d.metric("项目[[约180个]]", 180, "个", "approx", "")
    d.metric("总投资[[超过4300亿元]]", "4300e8", "元", "over", "")
    d.metric("同比增长[[约24%]]", 24, "%", "approx", "")
    d.date("由[[去年同期]]的", LY, "")
    d.metric("去年同期的[[约52%]]", 52, "%", "approx", "")
    d.metric("提升至[[约68%]]", 68, "%", "approx", "")
    d.org("。[[国家开发银行]]今年")
    d.date("国家开发银行[[今年]]已为", Y, "")
    d.metric("贷款[[约520亿元]]", "520e8", "元", "approx", "")
    # P3 the western hubs
    d.org("。[[贵州省大数据发展管理局]]数据显示")
    d.date("截至[[9月底]]，贵州", "2026-09", GY)
    d.metric("标准机架[[约32万架]]", "32e4", "架", "approx", GY)
    d.metric("其中[[近八成]]集中", 80, "%", "approx", GY)
    d.city("集中在[[贵阳]]和贵安")
    d.metric("；[[三]]大运营商", 3, "", "exact", "")
    d.org("以及[[华为云]]、腾讯均")
    d.org("华为云、[[腾讯]]均在当地")
    d.city("甘肃[[庆阳]]集群")
    d.date("庆阳集群[[今年]]新增", Y, QY)
    d.metric("智算规模[[约2.6万P]]", "2.6e4", "P", "approx", QY)
    d.org("已有[[秦淮数据]]、")
    d.org("、[[中科曙光]]、")
    d.org("、[[润泽智算科技集团股份有限公司]]（")
    d.org("简称“[[润泽科技]]”）")
    d.metric("等[[30余家]]企业", 30, "家", "over", QY)
    d.org("，[[庆阳市政府]]上月")
    d.date("庆阳市政府[[上月]]还与", "2026-10", QY)
    d.org("还与[[中国电信]]签署")
    d.city("宁夏[[中卫]]集群")
    d.metric("使用比例[[超过80%]]", 80, "%", "over", ZW)
    d.org("，[[亚马逊云科技]]、")
    d.org("、[[美利云]]等企业")
    d.metric("部署了[[约45万台]]服务器", "45e4", "台", "approx", ZW)
    d.city("所在的[[呼和浩特]]今年")
    d.date("呼和浩特[[今年]]引进", Y, HH)
    d.metric("智算项目[[17个]]", 17, "个", "exact", HH)
    d.city("。[[乌兰察布]]数据中心服务器")
    d.metric("已[[突破150万台]]", "150e4", "台", "over", WL)
    # P4 power prices, efficiency, green power (no CITY)
    d.org("。[[中国信息通信研究院]]（")
    d.org("（[[中国信通院]]）测算")
    d.metric("平均电价[[约0.35元/千瓦时]]", "0.35", "元/千瓦时", "approx", "")
    d.metric("低[[约三成]]", 30, "%", "approx", "")
    d.org("。[[工业和信息化部]]上周")
    d.date("工业和信息化部[[上周]]表示", "2026-W46", "")
    d.metric("要降至[[1.25以下]]", "1.25", "", "under", "")
    d.org("。[[国家能源局]]有关负责人")
    d.date("介绍，[[今年]]以来已批复", Y, "")
    d.metric("项目[[12个]]", 12, "个", "exact", "")
    d.metric("装机[[约860万千瓦]]", "860e4", "千瓦", "approx", "")
    d.org("；[[国家电网]]、")
    d.org("、[[南方电网]]正加快")
    d.date("预计到[[2027年]]西部", "2027", "")
    d.metric("绿电占比将[[超过70%]]", 70, "%", "over", "")
    # P5 the eastern cities
    d.city("在东部，[[北京]]、上海")
    d.city("北京、[[上海]]、广州、深圳、杭州等城市")
    d.city("上海、[[广州]]、深圳、杭州等城市")
    d.city("广州、[[深圳]]、杭州等城市")
    d.city("深圳、[[杭州]]等城市")
    d.org("。[[上海市经济和信息化委员会]]（")
    d.org("（[[上海市经信委]]）")
    d.date("上海市经信委）[[11月上旬]]发布", "2026-11", SH)
    d.city("显示，[[上海]]在用")
    d.metric("标准机架[[约26万架]]", "26e4", "架", "approx", SH)
    d.date("由[[2023年]]的", "2023", SH)
    d.metric("2023年的[[约6千瓦]]", 6, "千瓦", "approx", SH)
    d.metric("提升至[[约8.5千瓦]]", "8.5", "千瓦", "approx", SH)
    d.city("；[[北京市]]今年")
    d.date("北京市[[今年]]已投产", Y, BJ)
    d.metric("智算中心[[7个]]", 7, "个", "exact", BJ)
    d.metric("总算力[[超过1.5万P]]", "1.5e4", "P", "over", BJ)
    d.org("。[[深圳市发展和改革委员会]]有关")
    d.city("表示，[[深圳]]前三季度")
    d.date("深圳[[前三季度]]新增", Y, SZ)
    d.metric("能耗指标[[约15万吨]]标准煤", "15e4", "吨", "approx", SZ)
    # P6 the cloud companies
    d.org("。[[阿里云]]本周三")
    d.date("阿里云[[本周三]]宣布", "2026-11-18", WL)
    d.city("将在[[乌兰察布]]、张家口")
    d.city("、[[张家口]]和杭州")
    d.city("张家口和[[杭州]]新建")
    d.metric("新建[[3座]]智算中心", 3, "座", "exact", HZ)
    d.date("，[[明年]]起陆续", NY, HZ)
    d.date("；[[今年双11]]期间", "2026-11-11", "")
    d.org("期间，[[阿里云]]智算资源")
    d.metric("同比增长[[约2.3倍]]", "2.3", "倍", "approx", "")
    d.org("。[[腾讯]]上月")
    d.date("腾讯[[上月]]在重庆", "2026-10", CQ)
    d.city("上月在[[重庆]]启用")
    d.metric("服务器[[约30万台]]", "30e4", "台", "approx", CQ)
    d.org("；[[华为云]]贵安")
    d.metric("服务器[[约100万台]]", "100e4", "台", "approx", "")
    d.org("。[[百度智能云]]、")
    d.org("、[[火山引擎]]和")
    d.org("和[[京东云]]也")
    d.city("相继在[[庆阳]]、中卫")
    d.city("庆阳、[[中卫]]等地")
    # P7 the carriers and the third-party operators
    d.org("，[[中国电信]]今年前三季度")
    d.date("中国电信[[今年前三季度]]产业", Y, "")
    d.metric("数字化收入[[约1080亿元]]", "1080e8", "元", "approx", "")
    d.org("其中[[天翼云]]收入")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.org("；[[中国移动]]表示")
    d.date("截至[[9月底]]其智算", "2026-09", "")
    d.metric("达到[[约43EFLOPS]]", 43, "EFLOPS", "approx", "")
    d.date("较[[去年底]]增长", LY, "")
    d.metric("增长[[约1.4倍]]", "1.4", "倍", "approx", "")
    d.org("；[[中国联通]]则计划")
    d.date("计划[[年底]]前在上海", Y, SH)
    d.city("年底前在[[上海]]、广州、成都等地")
    d.city("在上海、[[广州]]、成都等地")
    d.city("、[[成都]]等地再部署")
    d.metric("再部署[[超过2万张]]", "2e4", "张", "over", CD)
    d.org("服务商中，[[润泽科技]]三季度")
    d.date("润泽科技[[三季度]]营收", "2026-Q3", "")
    d.metric("营收[[约13.2亿元]]", "13.2e8", "元", "approx", "")
    d.metric("同比增长[[约21%]]", 21, "%", "approx", "")
    d.org("；[[万国数据]]三季度")
    d.date("万国数据[[三季度]]营收", "2026-Q3", "")
    d.metric("营收[[约28.6亿元]]", "28.6e8", "元", "approx", "")
    d.metric("同比增长[[约9%]]", 9, "%", "approx", "")
    d.org("；[[世纪互联]]三季度")
    d.date("世纪互联[[三季度]]新增", "2026-Q3", "")
    d.metric("签约容量[[约120兆瓦]]", 120, "兆瓦", "approx", "")
    d.metric("其中[[近六成]]来自", 60, "%", "approx", "")
    # P8 forecasts (no CITY: 中国 is the country)
    d.org("。[[中国电力企业联合会]]（")
    d.org("（[[中电联]]）预计")
    d.date("到[[2030年]]全国", "2030", "")
    d.metric("用电量将[[超过4000亿千瓦时]]", "4000e8", "千瓦时", "over", "")
    d.date("相当于[[2025年]]的", "2025", "")
    d.metric("2025年的[[2倍左右]]", 2, "倍", "approx", "")
    d.org("。[[科智咨询]]的报告")
    d.date("显示，[[去年]]全国", LY, "")
    d.metric("市场规模[[约3050亿元]]", "3050e8", "元", "approx", "")
    d.date("，[[今年]]有望增长", Y, "")
    d.metric("增长至[[约3600亿元]]", "3600e8", "元", "approx", "")
    d.org("；[[国际数据公司]]（")
    d.org("（[[IDC]]）则")
    d.date("预计，[[明年]]中国", NY, "")
    d.metric("将达到[[约1460EFLOPS]]", 1460, "EFLOPS", "approx", "")
    d.org("。[[清华大学能源互联网创新研究院]]一位")
    d.metric("仍有[[约20%]]的", 20, "%", "approx", "")
    # P9 the outlook (no CITY)
    d.org("\n\n[[国家数据局]]表示")
    d.date("表示，[[年底]]前将出台", Y, "")
    d.date("，[[明年]]将重点", NY, "")
    d.metric("推动[[8个]]枢纽节点之间", 8, "个", "exact", "")
    d.date("力争到[[2027年底]]实现", "2027", "")
    d.metric("上架率[[超过75%]]", 75, "%", "over", "")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    audit = {
        "orgs": ["科技日报", "国家数据局", "国家发展改革委", "中央网信办",
                 "工业和信息化部", "国家能源局", "国家开发银行",
                 "贵州省大数据发展管理局", "华为云", "腾讯", "秦淮数据",
                 "中科曙光", "润泽智算科技集团股份有限公司", "润泽科技",
                 "庆阳市政府", "中国电信", "亚马逊云科技", "美利云",
                 "中国信息通信研究院", "中国信通院", "国家电网", "南方电网",
                 "上海市经济和信息化委员会", "上海市经信委",
                 "深圳市发展和改革委员会", "阿里云", "百度智能云",
                 "火山引擎", "京东云", "天翼云", "中国移动", "中国联通",
                 "万国数据", "世纪互联", "中国电力企业联合会", "中电联",
                 "科智咨询", "国际数据公司", "IDC",
                 "清华大学能源互联网创新研究院"],
        "cities": ["北京", "上海", "广州", "深圳", "杭州", "贵阳", "庆阳",
                   "中卫", "呼和浩特", "乌兰察布", "张家口", "重庆", "成都",
                   "贵州", "甘肃", "宁夏", "内蒙古", "京津冀", "长三角",
                   "粤港澳", "成渝", "贵安", "和林格尔", "全国", "中国",
                   "东部", "当地", "城市", "各地", "全市"],
        "excluded": [
            # provinces (贵州 x2 outside the ORG, 甘肃, 宁夏, 内蒙古 x2),
            # regions and abbreviations (京津冀, 长三角, 粤港澳大湾区, 成渝:
            # one-character abbreviations of cities, no CITY), 贵安 (x2:
            # 贵安新区, a state-level new area, no city), 和林格尔 (a
            # county), 全国 (x6), 中国 (the country, before 智能算力),
            # 东部 (x2), 当地 (x2), 城市 (等城市)
            "、[[贵州]]、甘肃", "，[[贵州]]在用", "[[甘肃]]庆阳", "[[宁夏]]中卫",
            "、[[宁夏]]启动", "、[[内蒙古]]、", "[[内蒙古]]和林格尔",
            "[[京津冀]]", "[[长三角]]", "[[粤港澳]]大湾区", "[[成渝]]",
            "[[贵安]]新区", "华为云[[贵安]]", "[[和林格尔]]",
            "明年[[中国]]智能", "、[[甘肃]]、宁夏", "提速 [[全国]]算力",
            "，[[全国]]在用", "，[[全国]]数据中心用电量约", "年[[全国]]数据中心用电量将",
            "去年[[全国]]数据中心", "出台[[全国]]一体化", "比[[东部]]地区",
            "在[[东部]]，", "均在[[当地]]", "，[[当地]]数据中心", "等[[城市]]受",
        ],
        "numbers_excluded": [],
        # 第二 (a rank: 位居全球第二), 长三角 (a region's name, no figure;
        # GUIDELINES), 二期 (a project's phase), 第三方 (third-party), 一位
        # (the indefinite article), 一体化 (integrated), 进一步 (further)
        "cn_excluded": ["全球第[[二]]", "长[[三]]角", "[[二]]期",
                        "第[[三]]方", "[[一]]位研究员", "[[一]]体化",
                        "进[[一]]步"],
        # PUE (the name of the efficiency ratio, glossed in brackets)
        "latin_excluded": ["PUE"],
        # time words that are no DATE: 节点 (x6: nodes of the network),
        # 明显 (clearly)
        "words_excluded": {"节点": 6, "明显": 1},
        # generic heads outside ORG rows: 局 (x2: 布局, a layout); 公司,
        # 委, 研究院, 集团, 银行, 电网, 政府, 联合会, 大学, 办 (none outside)
        "orgwords_excluded": {"公司": 0, "局": 2, "委": 0, "研究院": 0,
                              "集团": 0, "银行": 0, "电网": 0, "政府": 0,
                              "联合会": 0, "大学": 0, "办": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g140 Hong Kong developers' results and government land sales, November
# 2026: 地政總署's tender award (a 啟德 site to 新地 and 恒基地產), the bids
# (長實, 新世界發展, 信置, 嘉里建設, 華潤置地; 第一太平戴維斯's
# view), 發展局's fourth-quarter programme and the first ten months' sales,
# the 屯門 tender closing 本周三 and the 大埔 commercial site, land premiums
# and 市建局's tender, developers' results (新地, 長實, 恒基地產, 新世界發展,
# 信置, 中海外, 華潤置地), mortgages and valuations (金管局, 經絡按揭轉介,
# 中銀香港, 滙豐, 恒生銀行, 差估署), agents (中原地產研究部, 美聯物業, 香港置業,
# 利嘉閣地產, 香港測量師學會), mainland and overseas portfolios (太古地產,
# 恒隆地產, 長實, 嘉里建設) and the outlook (香港地產建設商會; 聖誕,
# 元旦, 明年農曆新年).  Traditional as Hong Kong writes it (本港, 按年, 按月,
# 首三季, 第四季, 首10個月, 上周, 公布, 伙, 厘, 呎, 港仙, 恒, 滙), UTF-16 LE
# WITH BOM, 2026-11-23 (a Monday, ISO week 2026-W48), 星島日報; the
# dateline 【星島日報報道】 opens the first paragraph.  上周五 2026-11-20;
# 上周 2026-W47; 本周三 2026-11-25; 上月 2026-10; 本月 and 本月初 2026-11;
# 聖誕 2026-12-25; 元旦 2027-01-01; 明年農曆新年 2027-02-06.
# ===========================================================================
@doc
def g140():
    d = Doc(G140)
    Y, NY = "2026", "2027"
    OCT, SEP = "2026-10", "2026-09"
    HK, SH, GZ, HZ = "香港", "上海市", "广州市", "杭州市"
    # title (a heading that opens with 發展商: no city section)
    d.date("發展商[[首三季]]賣樓", Y, "")
    d.metric("按年增[[逾一成]]", 10, "%", "over", "")
    d.date("政府[[第四季]]推兩幅", "2026-Q4", "")
    d.metric("季推[[兩幅]]住宅地", 2, "幅", "exact", "")
    # P1 the 啟德 award (no CITY: 本港 is deictic, 啟德 a district)
    d.org("【[[星島日報]]報道】")
    d.org("。[[地政總署]]上周五")
    d.date("地政總署[[上周五]]（", "2026-11-20", "")
    d.date("上周五（[[11月20日]]）", "2026-11-20", "")
    d.metric("以[[約48.6億元]]批出", "48.6e8", "元", "approx", "")
    d.org("由[[新鴻基地產]]（")
    d.org("（[[新地]]）與")
    d.org("與[[恒基兆業地產有限公司]]（")
    d.org("（[[恒基地產]]）合組")
    d.metric("樓面地價[[約6,350元]]", 6350, "元", "approx", "")
    d.metric("上限高[[約5%]]", 5, "%", "approx", "")
    d.metric("佔地[[約14.8萬平方呎]]", "14.8e4", "平方呎", "approx", "")
    d.metric("樓面面積[[約76.5萬平方呎]]", "76.5e4", "平方呎", "approx", "")
    d.metric("提供[[約1,100伙]]", 1100, "伙", "approx", "")
    # P2 the bids
    d.metric("接獲[[11份]]標書", 11, "份", "exact", "")
    d.org("包括[[長江實業集團]]（")
    d.org("（[[長實]]）、")
    d.org("、[[新世界發展]]、信和")
    d.org("、[[信和置業]]（")
    d.org("（[[信置]]）、")
    d.org("（信置）、[[嘉里建設]]及華潤")
    d.org("及[[華潤置地]]等")
    d.date("遠多於[[上月]]同區", OCT, "")
    d.metric("收到的[[6份]]", 6, "份", "exact", "")
    d.org("。[[第一太平戴維斯]]一位")
    d.date("預計[[第四季]]餘下", "2026-Q4", "")
    # P3 the programme and the first ten months
    d.org("\n\n[[發展局]]早前公布")
    d.date("早前公布，[[第四季]]賣地計劃", "2026-Q4", "")
    d.metric("推出[[兩幅]]住宅地", 2, "幅", "exact", "")
    d.metric("提供[[約2,300伙]]", 2300, "伙", "approx", "")
    d.date("較[[第三季]]的", "2026-Q3", "")
    d.metric("第三季的[[約3,100伙]]", 3100, "伙", "approx", "")
    d.metric("減少[[約26%]]", 26, "%", "approx", "")
    d.date("項目，[[第四季]]潛在", "2026-Q4", "")
    d.metric("土地供應[[約4,600伙]]", 4600, "伙", "approx", "")
    d.date("。[[今年首10個月]]，地政總署", Y, "")
    d.org("首10個月，[[地政總署]]共批出")
    d.metric("共批出[[7幅]]", 7, "幅", "exact", "")
    d.metric("賣地收入[[約286億元]]", "286e8", "元", "approx", "")
    d.metric("按年增加[[約18%]]。發展局", 18, "%", "approx", "")
    d.org("。[[發展局]]局長")
    d.org("，[[特區政府]]會按")
    d.city("未來[[香港]]土地")
    # P4 the 屯門 tender (no CITY: 屯門, 大埔 are districts)
    d.org("\n\n[[地政總署]]本周三")
    d.date("地政總署[[本周三]]（", "2026-11-25", "")
    d.date("本周三（[[11月25日]]）", "2026-11-25", "")
    d.metric("樓面面積[[約52萬平方呎]]", "52e4", "平方呎", "approx", "")
    d.metric("介乎[[9.2億]]至", "9.2e8", "元", "exact", "", shared="元")
    d.metric("9.2億至[[12.5億元]]", "12.5e8", "元", "exact", "")
    d.metric("介乎[[1,800元]]至", 1800, "元", "exact", "")
    d.metric("1,800元至[[2,400元]]", 2400, "元", "exact", "")
    d.date("將於[[12月初]]截標", "2026-12", "")
    # P5 land premiums, 市建局 (no CITY: 元朗, 深水埗 are districts)
    d.org("補地價方面，[[地政總署]]上月")
    d.date("地政總署[[上月]]與", OCT, "")
    d.metric("就[[5宗]]換地", 5, "宗", "exact", "")
    d.metric("合共[[約63億元]]", "63e8", "元", "approx", "")
    d.org("其中[[新世界發展]]位於")
    d.metric("補價[[約21.5億元]]", "21.5e8", "元", "approx", "")
    d.metric("樓面[[約2,900元]]", 2900, "元", "approx", "")
    d.org("。[[市區重建局]]（")
    d.org("（[[市建局]]）上周")
    d.date("市建局）[[上周]]亦", "2026-W47", "")
    d.metric("共收到[[8份]]", 8, "份", "exact", "")
    # P6 developers' results
    d.org("業績方面，[[新地]]9月")
    d.date("新地[[9月]]公布", SEP, "")
    d.date("截至[[今年6月30日]]止", "2026-06-30", "")
    d.metric("基礎溢利[[約216億元]]", "216e8", "元", "approx", "")
    d.metric("按年增加[[約3%]]", 3, "%", "approx", "")
    d.metric("每股派息[[4.95元]]", "4.95", "元", "exact", "")
    d.metric("銷售收入[[約352億元]]", "352e8", "元", "approx", HK)
    d.metric("其中[[約八成]]來自", 80, "%", "approx", HK)
    d.city("來自[[香港]]項目")
    d.org("。[[長實]]8月")
    d.date("長實[[8月]]公布", "2026-08", "")
    d.date("截至[[6月底]]止半年", "2026-06", "")
    d.metric("應佔溢利[[約51億元]]", "51e8", "元", "approx", "")
    d.metric("按年下跌[[約12%]]", 12, "%", "approx", "")
    d.org("。[[恒基地產]]則表示")
    d.date("表示，[[今年首三季]]已在香港", Y, HK)
    d.city("已在[[香港]]售出")
    d.metric("售出[[約2,150伙]]", 2150, "伙", "approx", HK)
    d.metric("套現[[約205億元]]", "205e8", "元", "approx", HK)
    d.metric("目標[[逾七成]]", 70, "%", "over", HK)
    d.metric("每股[[50港仙]]", 50, "港仙", "exact", HK)
    # P7 more developers
    d.org("\n\n[[新世界發展]]本月")
    d.date("新世界發展[[本月]]公布", "2026-11", "")
    d.date("顯示，[[今年首10個月]]於本港", Y, "")
    d.metric("合約銷售額[[約118億元]]", "118e8", "元", "approx", "")
    d.metric("按年增加[[約9%]]", 9, "%", "approx", "")
    d.org("；[[信置]]9月")
    d.date("信置[[9月]]公布", SEP, "")
    d.metric("基礎溢利[[約32億元]]", "32e8", "元", "approx", "")
    d.org("方面，[[中國海外發展]]（")
    d.org("（[[中海外]]）今年")
    d.date("中海外）[[今年首10個月]]於香港", Y, HK)
    d.city("今年首10個月於[[香港]]及內地")
    d.metric("合約銷售額[[約2,450億元]]人民幣", "2450e8", "元", "approx", HK)
    d.metric("按年減少[[約7%]]", 7, "%", "approx", HK)
    d.org("；[[華潤置地]]亦透露")
    d.city("正在[[香港]]及深圳")
    d.city("香港及[[深圳]]等地")
    # P8 mortgages and valuations (no CITY: 香港 only inside 中銀香港,
    # 新界 a region)
    d.org("回暖。[[金管局]]上月")
    d.date("金管局[[上月]]公布", OCT, "")
    d.date("公布，[[9月]]新批", SEP, "")
    d.metric("貸款額[[約382億元]]", "382e8", "元", "approx", "")
    d.metric("按月增加[[約8%]]", 8, "%", "approx", "")
    d.org("。[[經絡按揭轉介]]數據")
    d.date("數據顯示，[[10月]]按揭登記", OCT, "")
    d.metric("按揭登記[[約6,820宗]]", 6820, "宗", "approx", "")
    d.metric("按年增加[[約19%]]", 19, "%", "approx", "")
    d.org("其中[[中銀香港]]、滙豐")
    d.org("中銀香港、[[滙豐]]及恒生")
    d.org("及[[恒生銀行]]合共")
    d.metric("合共佔[[約六成]]", 60, "%", "approx", "")
    d.org("估價方面，[[滙豐]]上周")
    d.date("滙豐[[上周]]把", "2026-W47", "")
    d.metric("上調[[1%]]至2%", 1, "%", "exact", "")
    d.metric("1%至[[2%]]", 2, "%", "exact", "")
    d.org("；[[中銀香港]]本月初")
    d.date("中銀香港[[本月初]]宣布", "2026-11", "")
    d.metric("按息[[約3.5厘]]", "3.5", "厘", "approx", "")
    d.date("較[[年初]]回落", Y, "")
    d.metric("回落[[約0.6個百分點]]", "0.6", "百分点", "approx", "")
    d.org("。[[差餉物業估價署]]（")
    d.org("（[[差估署]]）最新")
    d.date("數據顯示，[[10月]]私人住宅", OCT, "")
    d.metric("按月上升[[0.8%]]", "0.8", "%", "exact", "")
    d.date("上升，[[今年首10個月]]累計", Y, "")
    d.metric("累計升[[約3.2%]]", "3.2", "%", "approx", "")
    # P9 the agents
    d.org("。[[中原地產研究部]]指出")
    d.date("截至[[11月20日]]，本月", "2026-11-20", "")
    d.date("11月20日，[[本月]]一手", "2026-11", "")
    d.metric("住宅成交[[約1,380伙]]", 1380, "伙", "approx", "")
    d.metric("有望[[突破2,000伙]]", 2000, "伙", "over", "")
    d.org("；[[美聯物業]]預計")
    d.date("預計，[[今年]]一手", Y, "")
    d.metric("將達[[約1.9萬伙]]", "1.9e4", "伙", "approx", "")
    d.date("為[[2021年]]以來", "2021", "")
    d.org("[[香港置業]]數據則顯示")
    d.date("顯示，[[10月]]二手", OCT, "")
    d.metric("買賣登記[[約3,950宗]]", 3950, "宗", "approx", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    d.org("。[[利嘉閣地產]]則認為")
    d.date("認為，[[明年]]香港", NY, HK)
    d.city("明年[[香港]]樓價")
    d.metric("有望上升[[約5%]]，但", 5, "%", "approx", HK)
    d.org("。[[香港測量師學會]]亦提醒")
    # P10 mainland and overseas portfolios
    d.org("。[[太古地產]]表示")
    d.date("表示，[[今年首三季]]在上海", Y, SH)
    d.city("首三季在[[上海]]、北京")
    d.city("上海、[[北京]]、成都及廣州")
    d.city("北京、[[成都]]及廣州")
    d.city("成都及[[廣州]]的零售")
    d.metric("按年增加[[約6%]]", 6, "%", "approx", GZ)
    d.org("；[[恒隆地產]]指")
    d.city("指，[[無錫]]、瀋陽")
    d.city("、[[瀋陽]]、武漢")
    d.city("、[[武漢]]及杭州")
    d.city("武漢及[[杭州]]的商場")
    d.metric("按年減少[[約2%]]", 2, "%", "approx", HZ)
    d.org("；[[長實]]則透過")
    d.city("在[[倫敦]]及悉尼")
    d.city("倫敦及[[悉尼]]增持")
    d.org("。[[嘉里建設]]亦計劃")
    d.date("亦計劃[[明年]]在上海", NY, SH)
    d.city("明年在[[上海]]前灘")
    d.metric("推出[[約800伙]]", 800, "伙", "approx", SH)
    # P11 the outlook (no CITY: 香港 only inside the association's name)
    d.org("展望後市，[[香港地產建設商會]]表示")
    d.date("表示，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.date("估計[[12月]]一手", "2026-12", "")
    d.metric("維持在[[約1,500伙]]", 1500, "伙", "approx", "")
    d.date("將於[[12月底]]前", "2026-12", "")
    d.date("公布[[明年首季]]賣地", "2027-Q1", "")
    d.date("預期，[[明年農曆新年]]後", "2027-02-06", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["香港", "深圳", "上海", "北京", "成都", "廣州", "無錫",
                   "瀋陽", "武漢", "杭州", "倫敦", "悉尼", "本港", "啟德",
                   "屯門", "大埔", "元朗", "深水埗", "新界", "北部都會區",
                   "內地", "前灘", "掃管笏", "白石角", "中國", "全港"],
        "excluded": [
            # 本港 (x2, deictic), districts and areas of Hong Kong (啟德,
            # 屯門 and its 掃管笏, 大埔 and its 白石角, 元朗, 深水埗, 新界,
            # 北部都會區 x2), 內地 (x2, the mainland), 前灘 (a district of
            # 上海's 浦東)
            "[[本港]]樓市", "於[[本港]]的", "[[啟德]]", "[[屯門]]", "[[掃管笏]]",
            "[[大埔]]", "[[白石角]]", "[[元朗]]", "[[深水埗]]", "[[新界]]",
            "，[[北部都會區]]將是", "推出[[北部都會區]]的",
            "香港及[[內地]]", "在[[內地]]及海外", "上海[[前灘]]",
        ],
        "numbers_excluded": [],
        # 一幅 and 另一幅 (x3: the indefinite article before a measure
        # word, GUIDELINES), 一位, 一個 (the indefinite article), 一手 (x3:
        # first-hand sales), 二手 (second-hand), 半年 (a half-year, the
        # period of interim results: a duration), 第五個月 (an ordinal
        # count of months), 進一步 (further), 第一 inside 第一太平戴維斯 (in
        # the ORG row)
        "cn_excluded": ["啟德跑道區[[一]]幅", "同區另[[一]]幅", "餘下的另[[一]]幅",
                        "。另[[一]]幅位於", "及[[一]]幅商業地", "[[一]]位董事",
                        "深水埗[[一]]個", "本月[[一]]手", "今年[[一]]手",
                        "12月[[一]]手", "[[二]]手住宅", "止[[半年]]股東",
                        "連續[[第五個月]]", "進[[一]]步"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x10, year-on-year), 按月 (x2,
        # month-on-month), 全年 (x3: 全年每股派息, 全年銷售目標, 全年業績 -
        # a company's financial year, no calendar year written), 全月 (the
        # whole month, after 本月), 年度 (止年度: the year ended), 調節
        # (to adjust)
        "words_excluded": {"按年": 10, "按月": 2, "全年": 3, "全月": 1,
                           "年度": 1, "調節": 1},
        # generic heads outside ORG rows: 局 (局長 after 發展局), 政府 (x3:
        # the title's 政府第四季, 政府賣地, 政府消息人士), 銀行 (銀行估價), 署 (部署, to
        # deploy); 公司, 集團 (財團 is no 集團), 商會, 學會, 地產, 置業
        # (none outside)
        "orgwords_excluded": {"局": 1, "政府": 3, "銀行": 1, "署": 1,
                              "公司": 0, "集團": 0, "商會": 0, "學會": 0,
                              "地產": 0, "置業": 0},
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
