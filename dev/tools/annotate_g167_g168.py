#!/usr/bin/env python3
"""Gold annotation for the held-out articles g167_city_night_economy_consumption
and g168_taiwan_electric_scooters_battery_swap (annotator NA).

Adapted from the precedent set's tools/annotate_oa.py (now dev/tools/annotate_g161_g162.py; copied and the data
changed; it keeps the checks of annotate_oa.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date (上周六 and
本周一 to the day of their week), 上月 as a baseline after a comparison
word, 上季度 from the quarter its sentence states, the bare-day month rule,
the first number of a range with a shared 月, 去年同期 a year before its
sentence's period, 当晚 taking the holiday of its sentence, the bracketed
gloss, the 约占 check, markers before, touching and after a span, the
declared organizations of each article, the narrowest codec).  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded:

- g167 is simplified (mainland, 南方日报, 2026-11-21), stored as UTF-8
  WITHOUT a BOM; every non-ASCII character is three bytes, every character
  is also GBK; the GB and Big5 codecs fail on the bytes or read another
  text.  OpenCC t2s leaves the article unchanged.  Its dateline 南方日报讯
  （记者/林晓雯 陈嘉铭） opens the first paragraph, as the paper prints it.
- g168 is traditional (Taiwan, 自由時報, 2026-11-24), stored as STRICT Big5
  without a BOM: Python's big5 codec reads it, every character is in plain
  Big5 and every non-ASCII character is two bytes.  One character has other
  bytes in cp950 than in plain Big5: ／ of the byline 〔記者陳怡萱／台北報導〕,
  written A2 41 as plain Big5 writes it (Big5-HKSCS reads it alike; cp950
  reads A2 41 as ∕, one character too, so offsets do not move); it stands
  only there and in no span, and every other line has the same bytes in
  big5 and cp950.  UTF-8, UTF-16 and the GB codecs fail or read another
  text.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; Taiwan cities by their full names with
  市).  A Taiwan text: 2-3 digit years before 年 are ROC years (民國96年 =
  2007, 113年 = 2024, 114年 = 2025, 今（115）年 = 2026, 明（116）年 and
  116年底 = 2027, 民國119年 = 2030).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho30/precedent: README, NOTES_oa/ob/oc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g167_g168.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_oa.py: a UTF-8 mainland article without a BOM in
place of the one with it, and a strict-Big5 Taiwan article in place of the
cp950 one (the declared character whose cp950 bytes differ, its bytes, its
line and no span over it; Big5-HKSCS reads the file alike; two bytes a
character); the holiday table as these articles name it (十一, 去年国庆,
双11, 圣诞, 元旦, 春节; Taiwan's 國慶 of 10-10, 明年元旦, 春節); 当晚 in the
same-day check; units 人次, 个, 家, 条, 站, 颗, 次, 件, 岁, 美元, 度, 户.
Re-run (from anywhere):

    python3 dev/tools/annotate_g167_g168.py
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
G167 = "g167_city_night_economy_consumption"
G168 = "g168_taiwan_electric_scooters_battery_swap"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G167: ("utf-8", b"", False, "2026-11-21", "南方日报"),
    G168: ("big5", b"", True, "2026-11-24", "自由時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G167: [], G168: []}
# characters of a strict-Big5 article that cp950 writes with other bytes
# (and reads otherwise): ／ of the byline, plain Big5 A2 41 (cp950 writes
# ／ A1 FE and reads A2 41 as ∕).  Only in the byline 〔…〕 that opens the
# first paragraph (the third line), in no span.
BIG5_BYTES = {G168: {"／": (b"\xa2\x41", b"\xa1\xfe", "\u2215")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G168}
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
                   "镇县乡导体圆测储亚弹备电脑"
                   "运输览机厦关务舱视闸拥奖载货"
                   "门营业额鲜统计处调饮创历动态协连锁龙头乐尔仅显"
                   "并营净资团缔结计传无态点试贩卖机药妆复圣诞节预购礼"
                   "凯观顾产业资讯规带赖会员经济过劳动涨补乡导节"
                   "辆颗换环阳腾华叶铃陆车东罗达义桥边层领")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g167 (mainland, 2026-11-21): 十一 (before 黄金周: National Day) 2026-10-01,
# the one just past (no year in its sentence); 去年国庆 2025-10-01 (去年 in
# the span); 双11 2026-11-11 (ten days before the reference date); 圣诞
# 2026-12-25, 元旦 2027-01-01 and 春节 2027-02-06, the coming ones (正月初一
# of 2027).
# g168 (Taiwan, 2026-11-24): 國慶 2026-10-10 (Taiwan's National Day, the
# occurrence nearest the reference date, no year in its sentence); 明年元旦 2027-01-01 (明年 counts from the
# reference year); 春節 2027-02-06, the coming one.
HOLIDAY = {
    "十一": "2026-10-01", "去年国庆": "2025-10-01", "双11": "2026-11-11",
    "圣诞": "2026-12-25", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-10", "明年元旦": "2027-01-01", "春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "除夕": _EVE}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g167 (2026: municipalities 重庆; prefecture-level 广州, 深圳, 佛山,
    # 东莞, 珠海, 中山, 江门, 惠州, 汕头, 湛江, 长沙, 成都, 西安)
    "广州": "广州市", "深圳": "深圳市", "佛山": "佛山市", "东莞": "东莞市",
    "珠海": "珠海市", "中山": "中山市", "江门": "江门市", "惠州": "惠州市",
    "汕头": "汕头市", "湛江": "湛江市", "长沙": "长沙市", "重庆": "重庆市",
    "成都": "成都市", "西安": "西安市",
    # g168 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市
    # by their full names; foreign cities by their common (mainland) names)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "桃園": "桃园市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "基隆": "基隆市", "新竹市": "新竹市", "嘉義市": "嘉义市",
    "雅加達": "雅加达", "馬尼拉": "马尼拉",
}
# cities normalized without 市: foreign cities by their common names (SPEC);
# every other (mainland or Taiwan) city ends with 市
NO_SHI = {"雅加达", "马尼拉"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "交通部公路局": "交通部公路局", "環境部": "环境部", "經濟部": "经济部",
    "Gogoro": "Gogoro", "光陽": "光阳", "宏佳騰": "宏佳腾",
    "中華汽車": "中华汽车", "山葉": "山叶", "台鈴": "台铃", "三陽": "三阳",
    "Gogoro Network": "Gogoro Network", "台灣中油": "台湾中油",
    "全家": "全家", "台塑石化": "台塑石化", "中油": "中油",
    "經濟部產業發展署": "经济部产业发展署", "產發署": "产发署",
    "台北市環保局": "台北市环保局", "新北市環保局": "新北市环保局",
    "台中市環保局": "台中市环保局", "高雄市環保局": "高雄市环保局",
    "台灣區車輛工業同業公會": "台湾区车辆工业同业公会",
    "車輛公會": "车辆公会", "台電": "台电", "工研院": "工研院",
    "車輛研究測試中心": "车辆研究测试中心",
    "經濟部標準檢驗局": "经济部标准检验局",
    "台灣經濟研究院": "台湾经济研究院", "台經院": "台经院",
    "消基會": "消基会",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 0x7F for c in self.text)   # (annotate_pc.py):
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16"):   # a legacy codec fails on
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)      # it or reads another text
            # no BOM: the first bytes are the title's first character (夜 =
            # E5 A4 9C), and the BOM-aware codec reads the same text
            assert not bom and full.decode("utf-8-sig") == self.text, doc_id
            assert full[:3] == self.text[0].encode("utf-8"), doc_id
            assert "\ufeff" not in full.decode("utf-8"), doc_id
            # every non-ASCII character is three bytes in UTF-8, so a count
            # in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) > len(self.text) + 1000, doc_id
        if enc == "big5":       # strict (plain) Big5 (new in annotate_na.py)
            declared = BIG5_BYTES[doc_id]
            # every character is plain Big5 (the strict decode above); the
            # characters whose cp950 bytes differ are exactly the declared
            # ones, written with plain Big5's bytes
            differ = sorted({c for c in self.text if ord(c) > 0x7F and
                             c.encode("big5") != c.encode("cp950")})
            assert differ == sorted(declared), (doc_id, differ)
            for c, (b5, cp, cp_reads) in declared.items():
                assert c.encode("big5") == b5 and c.encode("cp950") == cp, c
                assert b5 in raw and cp not in raw, c
                assert b5.decode("big5") == c == b5.decode("big5hkscs"), c
                assert b5.decode("cp950") == cp_reads != c, c
            # every non-ASCII character is two bytes: offsets do not depend
            # on which Big5 reader is used
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            # Big5-HKSCS reads the file alike; cp950 reads it too, with the
            # declared characters read otherwise (one character each, so
            # every offset stays)
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            cp_text = raw.decode("cp950")
            assert len(cp_text) == len(self.text), doc_id
            assert [i for i in range(len(cp_text)) if cp_text[i] !=
                    self.text[i]] == [self.text.index(c) for c in declared]
            # every line without a declared character has the same bytes in
            # big5 and cp950 (no reader can misread it)
            for line in self.text.split("\n"):
                if not any(c in line for c in declared):
                    assert line.encode("big5") == line.encode("cp950"), line
            self.no_span_chars = sorted(declared)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the first bytes are the title's first character (電 = B9 71)
            assert full[:2] == self.text[0].encode("big5"), doc_id
        if self.traditional:    # a Taiwan text: every character is in
            assert all(enc_ok(c, "big5")        # plain Big5 (no HKSCS,
                       for c in self.text), doc_id     # no mainland form)
        else:                   # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert "民國" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text)
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
# g167 cities' night-time economy, November 2026: 广东省商务厅's figures of
# 昨日 (今年前10个月 against 去年同期; the evening of 11月20日晚 in 广州);
# 广州's “十一” golden week (广州市商务局, 广州地铁 10月1日至7日, 珠江夜游,
# 广州塔 against 去年国庆; 广州市文化广电旅游局's food festival 12月中旬);
# 深圳 (深圳市商务局 三季度 with 上季度, 美团 今年前三季度, 饿了么 10月,
# 深圳地铁 上月, 华润万象生活, 天虹股份); the other cities (佛山市商务局
# 今年, 10月 with 上月 as a baseline; 东莞市商务局 上月; 珠海, 中山, 江门;
# 惠州, 汕头, 湛江); the chains (广州酒家 今年5月, 点都德, 陶陶居, 海底捞,
# 百胜中国's 肯德基, 喜茶, 瑞幸咖啡, 蜜雪冰城); payments and platforms
# (中国银联广东分公司 10月, 支付宝 “双11”当晚, 微信支付 本周一, 抖音生活服务
# 今年前三季度, 携程 上周六（11月14日） against 去年同期, 滴滴出行 10月,
# 同程旅行 本月); policy (商务部 今年, 广东省商务厅 12月1日至明年2月底 with
# 圣诞, 元旦, 春节; 广东省财政厅; 国家统计局广东调查总队); research (中国
# 旅游研究院 今年, 艾媒咨询, 中山大学旅游学院, 暨南大学, 广东省社会科学院
# 明年; 广州市市场监督管理局 11月16日 and 昨日); the outlook (2025年, 今年,
# 2027年底).  Simplified, UTF-8 without BOM, 2026-11-21 (a Saturday, ISO
# week 2026-W47), 南方日报; the dateline 南方日报讯 （记者/林晓雯 陈嘉铭）
# opens the first paragraph.  昨日 2026-11-20; 本周一 2026-11-16; 上周六
# 2026-11-14; 上月 2026-10 (as a baseline after 10月: 2026-09); 本月
# 2026-11; 明年 2027.
# ===========================================================================
@doc
def g167():
    d = Doc(G167)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    GZ, SZ, FS, DG = "广州市", "深圳市", "佛山市", "东莞市"
    JM, ST, ZH, HZ, CS = "江门市", "汕头市", "珠海市", "惠州市", "长沙市"
    # title (a heading that opens with no city: 广东 is a province)
    d.date("广东[[前10个月]]夜间", Y, "")
    d.metric("同比增长[[12.6%]]\n", "12.6", "%", "exact", "")
    # P1 the dateline and 广东省商务厅's figures
    d.org("\n\n[[南方日报]]讯 （")
    d.date("）[[11月20日晚]]，广州", "2026-11-20", GZ)
    d.city("，[[广州]]北京路")
    d.org("。[[广东省商务厅]]昨日")
    d.date("商务厅[[昨日]]发布", "2026-11-20", "")
    d.date("显示，[[今年前10个月]]，全省", Y, "")
    d.metric("监测的[[156个]]", 156, "个", "exact", "")
    d.metric("客流[[约18.6亿人次]]", "18.6e8", "人次", "approx", "")
    d.metric("同比增长[[21.4%]]", "21.4", "%", "exact", "")
    d.metric("消费额[[约4860亿元]]", "4860e8", "元", "approx", "")
    d.metric("同比增长[[12.6%]]，增速", "12.6", "%", "exact", "")
    d.date("比[[去年同期]]高出", LY, "")
    d.metric("高出[[3.2个百分点]]", "3.2", "百分点", "exact", "")
    d.metric("升至[[约37%]]", 37, "%", "approx", "")
    d.metric("夜间消费[[约86元]]", 86, "元", "approx", "")
    d.metric("贡献[[近七成]]", 70, "%", "approx", "")
    # P2 广州's golden week
    d.city("，[[广州]]在“十一”")
    d.date("“[[十一]]”黄金周", "2026-10-01", GZ)
    d.metric("期间，[[12个]]重点", 12, "个", "exact", GZ)
    d.metric("客流达[[236万人次]]", "236e4", "人次", "exact", GZ)
    d.metric("同比增长[[18.5%]]", "18.5", "%", "exact", GZ)
    d.org("。[[广州市商务局]]介绍")
    d.org("介绍，[[广州地铁]]在")
    d.date("在[[10月1日]]至7日", "2026-10-01", "")
    d.date("10月1日至[[7日]]每晚", "2026-10-07", "")
    d.metric("客运量[[约1420万人次]]", "1420e4", "人次", "approx", "")
    d.metric("游客[[约52万人次]]", "52e4", "人次", "approx", GZ)
    d.metric("同比增长[[27%]]", 27, "%", "exact", GZ)
    d.city("，[[广州]]塔夜间")
    d.date("较[[去年国庆]]增长", "2025-10-01", GZ)
    d.metric("增长[[约三成]]。", 30, "%", "approx", GZ)
    d.org("。[[广州市文化广电旅游局]]相关")
    d.city("届[[广州]]国际美食节")
    d.date("将于[[12月中旬]]开幕", "2026-12", GZ)
    d.metric("预计[[超过300家]]", 300, "家", "over", GZ)
    d.metric("占比[[约25%]]", 25, "%", "approx", GZ)
    # P3 深圳
    d.city("\n\n[[深圳]]的夜间")
    d.org("。[[深圳市商务局]]数据")
    d.date("显示，[[三季度]]深圳", "2026-Q3", SZ)
    d.city("三季度[[深圳]]夜间")
    d.metric("消费额[[约620亿元]]", "620e8", "元", "approx", SZ)
    d.metric("同比增长[[10.8%]]", "10.8", "%", "exact", SZ)
    d.date("较[[上季度]]加快", "2026-Q2", SZ)
    d.metric("加快[[1.6个百分点]]", "1.6", "百分点", "exact", SZ)
    d.org("。[[美团]]数据")
    d.date("显示，[[今年前三季度]]深圳", Y, SZ)
    d.city("前三季度[[深圳]]夜宵")
    d.metric("同比增长[[26%]]", 26, "%", "exact", SZ)
    d.metric("比重达[[31%]]", 31, "%", "exact", SZ)
    d.org("；[[饿了么]]则称")
    d.date("则称，[[10月]]其平台", OCT, "")
    d.metric("同比增长[[19%]]", 19, "%", "exact", "")
    d.org("。[[深圳地铁]]上月")
    d.date("深圳地铁[[上月]]起", OCT, SZ)
    d.org("，[[华润万象生活]]旗下")
    d.city("在[[深圳]]的夜间")
    d.metric("同比增长[[约15%]]", 15, "%", "approx", SZ)
    d.org("，[[天虹股份]]也")
    d.metric("也将[[12家]]门店", 12, "家", "exact", SZ)
    # P4 the other cities of the delta
    d.org("。[[佛山市商务局]]称")
    d.city("称，[[佛山]]今年")
    d.date("佛山[[今年]]已认定", Y, FS)
    d.metric("认定[[8个]]市级", 8, "个", "exact", FS)
    d.date("集聚区，[[10月]]夜间客流", OCT, FS)
    d.metric("客流[[约2860万人次]]", "2860e4", "人次", "approx", FS)
    d.date("较[[上月]]增长", SEP, FS)
    d.metric("增长[[9.4%]]", "9.4", "%", "exact", FS)
    d.org("。[[东莞市商务局]]介绍")
    d.city("介绍，[[东莞]]上月")
    d.date("东莞[[上月]]发放", OCT, DG)
    d.metric("消费[[约21亿元]]", "21e8", "元", "approx", DG)
    d.metric("核销率[[超过90%]]", 90, "%", "over", DG)
    d.city("。[[珠海]]、中山")
    d.city("珠海、[[中山]]、江门")
    d.city("、[[江门]]三市")
    d.metric("推出[[12条]]", 12, "条", "exact", JM)
    d.city("；[[惠州]]、汕头")
    d.city("惠州、[[汕头]]、湛江")
    d.city("、[[湛江]]等地")
    d.city("，[[汕头]]小公园")
    d.metric("最高[[突破5万人次]]", "5e4", "人次", "over", ST)
    # P5 the chains
    d.org("。[[广州酒家]]表示")
    d.date("门店[[今年5月]]以来", "2026-05", "")
    d.metric("同比增长[[约22%]]", 22, "%", "approx", "")
    d.org("；[[点都德]]、陶陶居")
    d.org("、[[陶陶居]]等老字号")
    d.org("。[[海底捞]]在广东")
    d.metric("已有[[超过四成]]", 40, "%", "over", GZ)
    d.org("，[[百胜中国]]旗下")
    d.org("旗下[[肯德基]]在")
    d.city("在[[广州]]、深圳的24")
    d.city("、[[深圳]]的24小时")
    d.metric("达到[[160家]]", 160, "家", "exact", SZ)
    d.org("。[[喜茶]]、瑞幸")
    d.org("、[[瑞幸咖啡]]、")
    d.org("、[[蜜雪冰城]]等")
    d.metric("普遍[[超过两成]]", 20, "%", "over", "")
    # P6 payments and platforms
    d.org("。[[中国银联广东分公司]]统计")
    d.date("统计，[[10月]]全省夜间银行卡", OCT, "")
    d.metric("金额[[约1380亿元]]", "1380e8", "元", "approx", "")
    d.metric("同比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.org("。[[支付宝]]数据")
    d.date("“[[双11]]”当晚", "2026-11-11", "")
    d.date("”[[当晚]]广东", "2026-11-11", "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.org("；[[微信支付]]则表示")
    d.date("表示，[[本周一]]以来", "2026-11-16", GZ)
    d.city("以来[[广州]]、深圳")
    d.city("广州、[[深圳]]、佛山三地")
    d.city("、[[佛山]]三地")
    d.metric("环比增长[[约12%]]", 12, "%", "approx", FS)
    d.org("。[[抖音生活服务]]数据")
    d.date("显示，[[今年前三季度]]广东", Y, ZH)
    d.metric("同比增长[[34%]]", 34, "%", "exact", ZH)
    d.city("，[[珠海]]、惠州的")
    d.city("珠海、[[惠州]]的增速")
    d.metric("均[[超过50%]]", 50, "%", "over", HZ)
    d.org("。[[携程]]数据")
    d.date("显示，[[上周六]]（", "2026-11-14", "")
    d.date("（[[11月14日]]）", "2026-11-14", "")
    d.date("较[[去年同期]]增长41%", "2025-11-14", "")
    d.metric("增长[[41%]]", 41, "%", "exact", "")
    d.org("。[[滴滴出行]]称")
    d.date("称，[[10月]]全省夜间打车", OCT, "")
    d.metric("同比增长[[约11%]]", 11, "%", "approx", "")
    d.org("；[[同程旅行]]的数据")
    d.date("显示，[[本月]]以来", NOV, "")
    d.metric("中，[[约六成]]来自", 60, "%", "approx", "")
    # P7 policy (no CITY)
    d.org("。[[商务部]]等部门")
    d.date("等部门[[今年]]印发", Y, "")
    d.org("。[[广东省商务厅]]表示")
    d.date("将于[[12月1日]]至明年", "2026-12-01", "")
    d.date("至[[明年2月底]]开展", "2027-02", "")
    d.date("覆盖[[圣诞]]、元旦", "2026-12-25", "")
    d.date("、[[元旦]]和春节", "2027-01-01", "")
    d.date("和[[春节]]等消费", "2027-02-06", "")
    d.org("；[[广东省财政厅]]已")
    d.metric("专项资金[[约2亿元]]", "2e8", "元", "approx", "")
    d.org("。[[国家统计局广东调查总队]]的")
    d.metric("显示，[[约58%]]的", 58, "%", "approx", "")
    d.metric("在[[500元以上]]的", 500, "元", "over", "")
    d.metric("的占[[23%]]", 23, "%", "exact", "")
    # P8 research
    d.org("。[[中国旅游研究院]]发布")
    d.date("预计，[[今年]]全国夜间", Y, CS)
    d.metric("规模将[[突破1.8万亿元]]", "1.8e12", "元", "over", CS)
    d.city("，[[长沙]]、重庆")
    d.city("、[[重庆]]、成都")
    d.city("、[[成都]]、西安")
    d.city("、[[西安]]等城市")
    d.org("。[[艾媒咨询]]的")
    d.metric("显示，[[约46%]]的", 46, "%", "approx", "")
    d.org("。[[中山大学旅游学院]]一位")
    d.org("。[[暨南大学]]和")
    d.org("和[[广东省社会科学院]]的")
    d.date("建议，[[明年]]各地", NY, "")
    d.org("。[[广州市市场监督管理局]]已于")
    d.date("已于[[11月16日]]起", "2026-11-16", "")
    d.date("截至[[昨日]]已检查", "2026-11-20", "")
    d.metric("摊位[[超过3200个]]", 3200, "个", "over", "")
    # P9 the outlook (no CITY)
    d.org("\n\n[[广东省商务厅]]测算")
    d.date("测算，[[2025年]]全省", "2025", "")
    d.metric("消费额[[约5280亿元]]", "5280e8", "元", "approx", "")
    d.date("，[[今年]]有望", Y, "")
    d.metric("有望[[突破5900亿元]]", "5900e8", "元", "over", "")
    d.date("到[[2027年底]]", NY, "")
    d.metric("建成[[超过200个]]", 200, "个", "over", "")
    audit = {
        "orgs": ["南方日报", "广东省商务厅", "广州市商务局", "广州地铁",
                 "广州市文化广电旅游局", "深圳市商务局", "美团", "饿了么",
                 "深圳地铁", "华润万象生活", "天虹股份", "佛山市商务局",
                 "东莞市商务局", "广州酒家", "点都德", "陶陶居", "海底捞",
                 "百胜中国", "肯德基", "喜茶", "瑞幸咖啡", "蜜雪冰城",
                 "中国银联广东分公司", "支付宝", "微信支付", "抖音生活服务",
                 "携程", "滴滴出行", "同程旅行", "商务部", "广东省财政厅",
                 "国家统计局广东调查总队", "中国旅游研究院", "艾媒咨询",
                 "中山大学旅游学院", "暨南大学", "广东省社会科学院",
                 "广州市市场监督管理局"],
        "cities": ["广州", "深圳", "佛山", "东莞", "珠海", "中山", "江门",
                   "惠州", "汕头", "湛江", "长沙", "重庆", "成都", "西安",
                   "北京", "上海", "天津", "肇庆", "清远", "韶关", "河源",
                   "梅州", "潮州", "揭阳", "茂名", "阳江", "云浮", "汕尾",
                   "番禺", "天河", "南山", "香港", "澳门", "杭州", "武汉",
                   "珠江"],
        # 北京 of 北京路 (a street in 广州: GUIDELINES, a city followed by 路
        # is no CITY); 珠江 (the river, 珠江夜游 a cruise service)
        "excluded": ["广州[[北京]]路", "[[珠江]]夜游"],
        # 24小时 (round-the-clock stores: a label of opening hours, no
        # statistic)
        "numbers_excluded": ["的[[24小时]]门店"],
        # 三类 (a collective label after its list, SPEC 两地), 第二十届 (an
        # edition: an ordinal), 三市 and 三地 (collective labels after their
        # lists), 一位 (a professor)
        "cn_excluded": ["文旅[[三]]类", "第[[二十]]届", "江门[[三]]市",
                        "佛山[[三]]地", "学院[[一]]位", "珠[[三]]角",
                        "的[[半]]径"],
        "latin_excluded": [],
        # time words that are no DATE: 全天 (x2, the whole day), 日均 (a
        # daily average), 同期 (珠江夜游同期: at the same time, no year word),
        # 周末 (x2, weekends: recurring), 夜宵 (x4, late-night snacks), 每月
        # (recurring), 冬季 (a season without a year word) and 消费季 (a
        # campaign), 节点 (occasions), 明确 (clearly), 末班车 (the last
        # train), 黄金周 (after 十一: outside the span, SPEC 期间/假期),
        # 美食节 (the festival's name, no holiday), 每晚 (every evening:
        # recurring), 单晚 (a single evening), 晚市 (the evening service)
        "words_excluded": {"全天": 2, "日均": 1, "同期": 1, "周末": 2,
                           "夜宵": 3, "每晚": 1, "单晚": 1, "晚市": 1,
                           "每月": 1, "冬季": 1, "消费季": 1,
                           "节点": 1, "明确": 1, "末班车": 1, "黄金周": 1,
                           "美食节": 1},
        # generic words outside ORG rows: 公司 (none: 分公司 inside its
        # ORG), 商务局 (none), 集团, 研究院, 大学, 银联, 地铁 (接驳 with
        # 地铁: the service, no operator named)
        "orgwords_excluded": {"公司": 0, "商务局": 0, "集团": 0, "研究院": 0,
                              "大学": 0, "银联": 0, "地铁": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g168 Taiwan's electric scooters and battery swapping, November 2026:
# 交通部公路局's registrations of 昨（23）日 (今（115）年前10月 against 去年
# 同期, 10月, 今年); the makers (Gogoro 前10月, 光陽, 宏佳騰, 中華汽車's
# eMOVING, 山葉 and 台鈴 on Gogoro's network, 三陽 今年 and 9月); the cities
# (新北市 前10月, 台北市, 桃園, 台中, 高雄, 台南; shares in 台北市, 新竹市,
# 嘉義市, 基隆, the counties 花蓮縣, 台東縣); the swap networks (Gogoro
# Network 10月底 against 去年底, 今年前3季; 光陽's Ionex 明年第2季; 台灣中油,
# 全家, 台塑石化, 中油 年底); the ministries' subsidies (環境部 今年, 民國96年,
# 今年1至10月; 經濟部產業發展署（產發署） 明（116）年, 今年, 116年底); the
# cities' subsidies (台北市環保局, 新北市環保局 今年前10月, 台中市環保局 今年,
# 10月, 12月, 高雄市環保局 9月; 桃園, 台南, 新竹市, 嘉義市, 基隆); results
# (Gogoro 第3季 with 雅加達 and 馬尼拉, 宏佳騰 第3季, 光陽 今年, 中華汽車 in
# 台南, 高雄); industry and energy (台灣區車輛工業同業公會（車輛公會） 今年
# 前3季, 台電 今年, 工研院, 車輛研究測試中心, 經濟部標準檢驗局 明年); targets
# (環境部 民國119年, 2040年; 114年, 台灣經濟研究院（台經院） 113年, 今年);
# the outlook (年底, 今年, 12月31日, 國慶, 明年元旦, 春節, 山葉 11月 with
# 上月 as a baseline, 消基會).  Traditional as Taiwan writes it (台, 占, 公布,
# 年增, 年減, 前10月, 前3季, 第3季, 新台幣, ROC years), strict Big5,
# 2026-11-24 (a Tuesday, ISO week 2026-W48), 自由時報; the byline
# 〔記者陳怡萱／台北報導〕 opens the first paragraph, as the paper prints it.
# 昨（23）日 2026-11-23; 上月 after 較 in a sentence of 11月 -> 2026-10;
# 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g168():
    d = Doc(G168)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV, DEC = "2026-09", "2026-10", "2026-11", "2026-12"
    XB, TPE, TY, TC, KHH = "新北市", "台北市", "桃园市", "台中市", "高雄市"
    TN, HC, KL, JKT = "台南市", "新竹市", "基隆市", "雅加达"
    # title (a heading that opens with no city)
    d.date("回溫 [[今年前10月]]掛牌", Y, "")
    d.metric("年增[[12.3%]]\n", "12.3", "%", "exact", "")
    # P1 the byline and 交通部公路局's registrations (no figure beside a
    # city)
    d.city("／[[台北]]報導")
    d.org("。[[交通部公路局]]昨")
    d.date("公路局[[昨（23）日]]公布", "2026-11-23", "")
    d.date("統計，[[今（115）年前10月]]電動", Y, "")
    d.metric("新掛牌[[約4.86萬輛]]", "4.86e4", "辆", "approx", "")
    d.metric("年增[[12.3%]]，占", "12.3", "%", "exact", "")
    d.metric("比重[[約7.1%]]", "7.1", "%", "approx", "")
    d.date("較[[去年同期]]提高", LY, "")
    d.metric("提高[[0.8個百分點]]", "0.8", "百分点", "exact", "")
    d.date("其中[[10月]]單月", OCT, "")
    d.metric("掛牌[[6,214輛]]", 6214, "辆", "exact", "")
    d.metric("年增[[18.6%]]", "18.6", "%", "exact", "")
    d.date("創[[今年]]以來", Y, "")
    d.org("，[[環境部]]與經濟部")
    d.org("與[[經濟部]]的補助")
    # P2 the makers (no CITY)
    d.org("方面，[[Gogoro]]前10月")
    d.date("Gogoro[[前10月]]掛牌", Y, "")
    d.metric("掛牌[[約2.71萬輛]]", "2.71e4", "辆", "approx", "")
    d.metric("市占率[[約55.8%]]", "55.8", "%", "approx", "")
    d.org("；[[光陽]]以約")
    d.metric("以[[約9,380輛]]居次", 9380, "辆", "approx", "")
    d.metric("市占率[[約19.3%]]", "19.3", "%", "approx", "")
    d.org("；[[宏佳騰]]約5,460輛")
    d.metric("宏佳騰[[約5,460輛]]", 5460, "辆", "approx", "")
    d.org("，[[中華汽車]]eMOVING")
    d.metric("eMOVING[[約2,150輛]]", 2150, "辆", "approx", "")
    d.org("，[[山葉]]、台鈴")
    d.org("、[[台鈴]]等採用")
    d.org("採用[[Gogoro]]換電系統")
    d.metric("合計[[約3,100輛]]", 3100, "辆", "approx", "")
    d.org("。[[三陽]]今年")
    d.date("三陽[[今年]]重返", Y, "")
    d.date("，[[9月]]推出首款", SEP, "")
    d.metric("累計銷售[[約1,200輛]]", 1200, "辆", "approx", "")
    # P3 the cities
    d.city("來看，[[新北市]]前10月")
    d.date("新北市[[前10月]]電動", Y, XB)
    d.metric("掛牌[[約8,900輛]]居冠", 8900, "辆", "approx", XB)
    d.city("，[[台北市]]約6,200輛")
    d.metric("台北市[[約6,200輛]]", 6200, "辆", "approx", TPE)
    d.city("，[[桃園]]約5,600輛")
    d.metric("桃園[[約5,600輛]]", 5600, "辆", "approx", TY)
    d.city("，[[台中]]約5,100輛")
    d.metric("台中[[約5,100輛]]", 5100, "辆", "approx", TC)
    d.city("，[[高雄]]約4,800輛")
    d.metric("高雄[[約4,800輛]]", 4800, "辆", "approx", KHH)
    d.city("，[[台南]]約3,900輛")
    d.metric("台南[[約3,900輛]]", 3900, "辆", "approx", TN)
    d.city("，[[台北市]]約13.5%")
    d.metric("台北市[[約13.5%]]", "13.5", "%", "approx", TPE)
    d.city("，[[新竹市]]約11.2%")
    d.metric("新竹市[[約11.2%]]", "11.2", "%", "approx", HC)
    d.city("，[[嘉義市]]、基隆也都")
    d.city("嘉義市、[[基隆]]也都")
    d.metric("也都[[超過8%]]", 8, "%", "over", KL)
    d.metric("則[[不到3%]]", 3, "%", "under", KL)
    # P4 the swap networks (no CITY)
    d.org("。[[Gogoro Network]]表示")
    d.date("截至[[10月底]]，全台", OCT, "")
    d.metric("換電站達[[2,812站]]", 2812, "站", "exact", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約190站]]", 190, "站", "approx", "")
    d.metric("流通量[[約142萬顆]]", "142e4", "颗", "approx", "")
    d.metric("次數[[突破46萬次]]", "46e4", "次", "over", "")
    d.date("；[[今年前3季]]累計換電", Y, "")
    d.metric("換電[[約1.19億次]]", "1.19e8", "次", "approx", "")
    d.metric("年增[[約9%]]", 9, "%", "approx", "")
    d.metric("，[[約68%]]的車主", 68, "%", "approx", "")
    d.metric("換電[[約7.4次]]", "7.4", "次", "approx", "")
    d.org("。[[光陽]]旗下")
    d.metric("則[[約1,050站]]", 1050, "站", "approx", "")
    d.org("，[[光陽]]預計")
    d.date("預計[[明年第2季]]前", "2027-Q2", "")
    d.metric("增設[[300站]]", 300, "站", "exact", "")
    d.org("。[[台灣中油]]、全家")
    d.org("、[[全家]]、台塑石化")
    d.org("、[[台塑石化]]等通路")
    d.metric("設置[[超過1,600座]]", 1600, "座", "over", "")
    d.org("，[[中油]]並表示")
    d.date("，[[年底]]前將在", Y, "")
    d.metric("增設[[約80座]]", 80, "座", "approx", "")
    # P5 the ministries' subsidies (no CITY)
    d.org("，[[環境部]]今年延續")
    d.date("環境部[[今年]]延續", Y, "")
    d.date("淘汰[[民國96年]]以前", "2007", "")
    d.metric("補助新台幣[[5,000元]]。", 5000, "元", "exact", "",
             outer="新台幣")
    d.org("。[[環境部]]統計")
    d.date("統計，[[今年1]]至10月", "2026-01", "")
    d.date("今年1至[[10月]]受理", OCT, "")
    d.metric("申請[[約3.2萬件]]", "3.2e4", "件", "approx", "")
    d.metric("補助[[約1.6億元]]", "1.6e8", "元", "approx", "")
    d.org("。[[經濟部產業發展署]]（")
    d.org("（[[產發署]]）的")
    d.metric("每輛[[7,000元]]為上限", 7000, "元", "exact", "")
    d.org("；[[產發署]]表示")
    d.date("表示，[[明（116）年]]相關", NY, "")
    d.metric("預算約新台幣[[8.5億元]]", "8.5e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[今年]]增加約1.2億元", Y, "")
    d.metric("增加[[約1.2億元]]", "1.2e8", "元", "approx", "")
    d.date("補助至[[116年底]]", NY, "")
    # P6 the cities' subsidies
    d.org("。[[台北市環保局]]對")
    d.city("設籍[[台北市]]的")
    d.metric("最高[[1萬元]]", "1e4", "元", "exact", TPE)
    d.org("；[[新北市環保局]]補助")
    d.metric("每輛[[8,000元]]", 8000, "元", "exact", "")
    d.date("，[[今年前10月]]已核發", Y, "")
    d.metric("核發[[約1.05萬件]]", "1.05e4", "件", "approx", "")
    d.org("。[[台中市環保局]]表示")
    d.city("表示，[[台中]]今年")
    d.date("台中[[今年]]約6,000個", Y, TC)
    d.metric("今年[[約6,000個]]", 6000, "个", "approx", TC)
    d.date("已於[[10月]]用罄", OCT, TC)
    d.date("將於[[12月]]追加", DEC, TC)
    d.org("；[[高雄市環保局]]自")
    d.date("自[[9月]]起對", SEP, "")
    d.metric("對[[65歲以上]]長者", 65, "岁", "over", "")
    d.metric("再加碼[[2,000元]]", 2000, "元", "exact", "")
    d.city("。[[桃園]]、台南分別")
    d.city("桃園、[[台南]]分別")
    d.metric("提供[[5,000元]]至", 5000, "元", "exact", TN)
    d.metric("至[[7,000元]]不等", 7000, "元", "exact", TN)
    d.city("，[[新竹市]]則推出")
    d.city("，[[嘉義市]]、基隆也在")
    d.city("嘉義市、[[基隆]]也在")
    # P7 results
    d.org("，[[Gogoro]]日前")
    d.date("公布[[第3季]]財報", "2026-Q3", "")
    d.metric("營收[[約7,860萬美元]]", "7860e4", "美元", "approx", "")
    d.metric("年減[[約4%]]", 4, "%", "approx", "")
    d.metric("回升至[[約16.5%]]", "16.5", "%", "approx", "")
    d.metric("營收[[逾九成]]", 90, "%", "over", JKT)
    d.city("印尼[[雅加達]]與")
    d.city("菲律賓[[馬尼拉]]的")
    d.org("。[[宏佳騰]]第3季")
    d.date("宏佳騰[[第3季]]營收", "2026-Q3", "")
    d.metric("營收約新台幣[[21.6億元]]", "21.6e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約7%]]", 7, "%", "approx", "")
    d.org("；[[光陽]]則指出")
    d.date("指出，[[今年]]電動機車外銷", Y, "")
    d.metric("東南亞[[約1.8萬輛]]", "1.8e4", "辆", "approx", "")
    d.metric("年增[[約25%]]。中華", 25, "%", "approx", "")
    d.org("。[[中華汽車]]表示")
    d.date("eMOVING[[今年]]在", Y, TN)
    d.city("在[[台南]]、高雄的企業")
    d.city("台南、[[高雄]]的企業")
    d.metric("增加[[約600輛]]", 600, "辆", "approx", KHH)
    # P8 industry and energy (no CITY)
    d.org("\n\n[[台灣區車輛工業同業公會]]（")
    d.org("（[[車輛公會]]）統計")
    d.date("統計，[[今年前3季]]電動機車產值", Y, "")
    d.metric("產值約新台幣[[138億元]]", "138e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約11%]]", 11, "%", "approx", "")
    d.metric("已[[超過八成]]", 80, "%", "over", "")
    d.org("。[[台電]]指出")
    d.date("換電站[[今年]]夏季", Y, "")
    d.metric("釋出[[約35萬度]]電", "35e4", "度", "approx", "")
    d.metric("相當於[[約1.2萬戶]]", "1.2e4", "户", "approx", "")
    d.org("。[[工研院]]與")
    d.org("與[[車輛研究測試中心]]正")
    d.date("盼[[明年]]送交", NY, "")
    d.org("送交[[經濟部標準檢驗局]]審議")
    # P9 targets (no CITY)
    d.org("\n\n[[環境部]]規劃")
    d.date("規劃，[[民國119年]]電動", "2030", "")
    d.metric("比重達[[35%]]", 35, "%", "exact", "")
    d.date("，[[2040年]]全面", "2040", "")
    d.date("不過[[114年]]全年", LY, "")
    d.metric("掛牌[[約5.32萬輛]]", "5.32e4", "辆", "approx", "")
    d.metric("僅[[約6.4%]]", "6.4", "%", "approx", "")
    d.org("。[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）研究員")
    d.date("分析，[[113年]]起", "2024", "")
    d.date("，[[今年]]全年掛牌", Y, "")
    d.metric("可望[[突破5.9萬輛]]", "5.9e4", "辆", "over", "")
    # P10 the outlook (no CITY)
    d.date("展望[[年底]]，業者", Y, "")
    d.org("。[[環境部]]今年的")
    d.date("環境部[[今年]]的汰舊", Y, "")
    d.date("將於[[12月31日]]截止", "2026-12-31", "")
    d.org("，[[Gogoro]]、光陽與")
    d.org("Gogoro、[[光陽]]與宏佳騰")
    d.org("與[[宏佳騰]]均推出")
    d.metric("折抵[[1.5萬元]]", "1.5e4", "元", "exact", "")
    d.date("；[[國慶]]連假", "2026-10-10", "")
    d.org("，[[Gogoro]]門市")
    d.metric("來客數年增[[約25%]]", 25, "%", "approx", "")
    d.date("預期[[明年元旦]]至", "2027-01-01", "")
    d.date("至[[春節]]前", "2027-02-06", "")
    d.org("；[[山葉]]則表示")
    d.date("表示，[[11月]]以來", NOV, "")
    d.date("較[[上月]]增加", OCT, "")
    d.metric("增加[[約三成]]", 30, "%", "approx", "")
    d.org("。[[消基會]]則提醒")
    audit = {
        "orgs": ["交通部公路局", "環境部", "經濟部", "Gogoro", "光陽",
                 "宏佳騰", "中華汽車", "山葉", "台鈴", "三陽",
                 "Gogoro Network", "台灣中油", "全家", "台塑石化", "中油",
                 "經濟部產業發展署", "產發署", "台北市環保局",
                 "新北市環保局", "台中市環保局", "高雄市環保局",
                 "台灣區車輛工業同業公會", "車輛公會", "台電", "工研院",
                 "車輛研究測試中心", "經濟部標準檢驗局", "台灣經濟研究院",
                 "台經院", "消基會"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮", "台東",
                   "宜蘭", "屏東", "彰化", "苗栗", "雲林", "南投", "澎湖",
                   "金門", "雅加達", "馬尼拉", "東京", "上海", "香港",
                   "印尼", "菲律賓"],
        # counties (花蓮縣, 台東縣: GUIDELINES, counties never match); the
        # countries before their capitals
        "excluded": ["[[花蓮]]縣", "[[台東]]縣", "[[印尼]]雅加達",
                     "[[菲律賓]]馬尼拉"],
        "numbers_excluded": [],
        # 一度 (once: 一度拖累, no unit 度), 一個月 (a month's use: a
        # duration), 新一代 (a new generation), 另一波 (another wave); the
        # 三 of 三陽 is inside its ORG row
        "cn_excluded": ["[[一]]度拖累", "[[一個月]]的用電", "新[[一]]代",
                        "另[[一]]波"],
        # eMOVING (x2: 中華汽車's product line, GUIDELINES), GoStation (the
        # network's stations), Ionex (光陽's swap brand: a product)
        "latin_excluded": ["汽車[[eMOVING]]約", "，[[eMOVING]]今年",
                           "全台[[GoStation]]", "旗下[[Ionex]]"],
        # time words that are no DATE: 年增 (x9, year on year), 年減, 單月
        # (x2), 每日, 每月, 夏季 (after 今年: only the year is a DATE,
        # GUIDELINES), 全年 (x2, after 114年 and 今年: outside the span),
        # 月費 (monthly fees), 年終 (year-end offers), 日前 (vague), 日後,
        # 如今 (nowadays)
        "words_excluded": {"年增": 9, "年減": 1, "單月": 2, "每日": 1,
                           "每月": 1, "夏季": 1, "全年": 2, "月費": 1,
                           "年終": 1, "日前": 1, "日後": 1, "如今": 1},
        # generic words outside ORG rows: 公司 (該公司 read back), 環保局,
        # 公會, 研究院 (none outside), 部 (x2: 東部縣份, 部分縣市; every
        # ministry is inside an ORG row)
        "orgwords_excluded": {"公司": 1, "環保局": 0, "公會": 0, "研究院": 0,
                              "部": 2},
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
               ("近", "approx"), ("逾", "over"), ("超", "over"),
               ("上", "over")]     # SPEC: 上 (上千亿) is over
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕晚"   # 晚 (当晚)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a figure in Chinese numerals with 十/百/千
        v = Decimal(CN_DIGIT[m.group(1)] *  # (逾七千家 -> 7000; SPEC:
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # either
        if m.group(3):                      # script; from annotate_pc.py)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a Chinese digit with a bare magnitude
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种)
        assert q != "exact", span
        return Decimal({"百": 100, "千": 1000}[m.group(1)]), q, m.group(2)
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


def t2s_all(strings, config="t2s"):
    """OpenCC t2s (or `config`) of each string, or None when OpenCC is not
    reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC(config).convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC(%r).convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))"
            % config)
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
    assert prev, ("a bracketed day after no DATE", r)   # (annotate_pc.py)
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
    """当天/當天/同日/當日/当日/当晚 take the latest day-precision DATE
    before them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py; 当晚 added in annotate_na.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月",
                         "当晚", "當晚"):
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
    # each declared character of the cp950 article (嫺 outside plain Big5,
    # ／ written with cp950's own bytes) stands once, on the byline line
    # (the third line), and in no span (checked per row below)
    for ch in d.no_span_chars:
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == 1, (d.doc_id, ch, places)
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
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, 約新台幣221億元, GUIDELINES), must be
            # declared (outer or sep) and set the qualifier; a suffix marker
            # right after the span belongs inside it (annotate_pc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|新台幣|新台币|港币|港幣|美元|欧元|"
                          r"歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
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
        # a traditional article is traditional as Taiwan writes it: OpenCC
        # t2s and back with s2tw gives the text again, but for the forms
        # Taiwan news writes where s2tw writes others (台/臺, 占/佔, 公布/
        # 公佈; new in annotate_na.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2tw")
        for d, tw in zip(trad, back):
            assert len(tw) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, tw) if a != b}
            assert pairs <= TAIWAN_FORMS, (d.doc_id, pairs - TAIWAN_FORMS)
        print("OpenCC s2tw round trip passed (%d traditional)" % len(trad))
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
