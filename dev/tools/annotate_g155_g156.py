#!/usr/bin/env python3
"""Gold annotation for the held-out articles g155_ebike_trade_in_batteries
and g156_taiwan_airlines_taoyuan_airport (annotator PA).

Adapted from the precedent set's tools/annotate_qa.py (now dev/tools/annotate_g149_g150.py; copied and the data
changed; it keeps the checks of annotate_qa.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date, 上月 as a
baseline after a comparison word, the bare-day month rule, 去年同期 a year
before its sentence's period, the bracketed gloss, the 约占 check, the
declared organizations of each article), with a strict-Big5 block in place
of annotate_qa.py's cp950 block.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g155 is simplified (mainland, 中国消费者报, 2026-11-18), stored as UTF-8
  WITHOUT a BOM (the file opens with the title's bytes).  The GB and Big5
  codecs fail on the bytes or read another text; every character is also
  GBK.  OpenCC t2s leaves the article unchanged.  Its dateline
  中国消费者报北京讯（记者 刘雨桐） opens the first paragraph.
- g156 is traditional (Taiwan, 聯合報, 2026-11-22), stored as strict Big5
  (Python's big5 codec) without a BOM: every character is plain Big5, two
  bytes a non-ASCII character.  One character reads differently in Taiwan's
  cp950: ／ (U+FF0F) of the byline, which plain Big5 writes A2 41 and cp950
  reads back as ∕ (U+2215); Big5-HKSCS reads it as ／.  It stands in no span
  (the byline line only); every other line has the same bytes in big5 and
  cp950.  UTF-8, GBK and GB2312 fail, GB18030 reads another text.  `text`
  is the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; Taiwan cities by their full names with 市, foreign
  cities by their mainland names: 雪梨 -> 悉尼, 休士頓 -> 休斯敦, 布里斯本 ->
  布里斯班, 杜拜 -> 迪拜).  A Taiwan text: 2-3 digit years before 年 are ROC
  years (108年 = 2019, 今（115）年 = 2026, 116年 = 2027, 民國122年 = 2033).
  Its byline 聯合報記者林佩萱／桃園報導 stands on its own line after the
  title.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho28/precedent: README, NOTES_qa/qb/qc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g155_g156.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_qa.py: a UTF-8 mainland article without a BOM (the
first bytes are the title's) and a strict-Big5 Taiwan article (big5 reads
it strictly; the declared character that cp950 reads otherwise, its bytes,
its line and no span over it; every other line the same bytes in cp950;
two bytes a character); the holiday table as these articles name it
(国庆, 双11, 元旦, 春节; Taiwan's 中秋, 教師節, 國慶, 光復節, 聖誕節, 除夕,
春節, 明年春節), with 除夕 recomputed as the day before 春节 and 聖誕節 as
a fixed day; units 辆, 款, 批次, 起, 宗, 组, 只, 件, 班, 架次, 架, 公吨, 处,
名, 座; CITY_ALIAS for the Taiwan spellings of four foreign cities.
Re-run (from anywhere):

    python3 dev/tools/annotate_g155_g156.py
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
G155 = "g155_ebike_trade_in_batteries"
G156 = "g156_taiwan_airlines_taoyuan_airport"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G155: ("utf-8", b"", False, "2026-11-18", "中国消费者报"),
    G156: ("big5", b"", True, "2026-11-22", "聯合報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G155: [], G156: []}
# characters of a strict-Big5 article whose plain-Big5 bytes cp950 reads as
# another character: char -> (big5 bytes, cp950's reading of them).  Each
# stands only on the byline line (the third line) and in no span.
BIG5_CP950_DIFF = {G156: {"／": (b"\xa2\x41", "\u2215")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G156}
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
                   "运输览机厦关务舱视闸拥奖载货")
# Holidays the articles name, by their exact span (2025-2027).
# g155 (mainland, 2026-11-18): 国庆 2026-10-01 (a sentence about October
# 2026); 双11 2026-11-11 (a week before the reference date); 元旦
# 2027-01-01 and 春节 2027-02-06 (the coming ones, no year in their
# sentence; 正月初一 of 2027).
# g156 (Taiwan, 2026-11-22): 中秋 2026-09-25 (八月十五) and 教師節 2026-09-28
# (Taiwan's day, GUIDELINES), 國慶 2026-10-10 (Taiwan's National Day), 光復節
# 2026-10-25, the ones just past; 聖誕節 2026-12-25, 元旦 2027-01-01, 除夕
# 2027-02-05 (the day before 春节, GUIDELINES) and 春節 2027-02-06, the
# coming ones; 明年春節 2027-02-06 (明年 counts from the reference year).
HOLIDAY = {
    "国庆": "2026-10-01", "双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06",
    "中秋": "2026-09-25", "教師節": "2026-09-28", "國慶": "2026-10-10",
    "光復節": "2026-10-25", "聖誕節": "2026-12-25", "除夕": "2027-02-05",
    "春節": "2027-02-06", "明年春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "元旦": (1, 1), "双11": (11, 11)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25)}
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
                 "纪念日", "双十一", "雙十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g155 (2026: municipalities 北京, 上海, 天津, 重庆; prefecture-level
    # 杭州, 南京, 成都, 无锡, 台州, 金华, 宁波, 苏州, 郑州, 西安, 济南, 武汉,
    # 长沙)
    "北京": "北京市", "上海": "上海市", "杭州": "杭州市", "南京": "南京市",
    "成都": "成都市", "无锡": "无锡市", "天津": "天津市", "台州": "台州市",
    "金华": "金华市", "宁波": "宁波市", "苏州": "苏州市", "郑州": "郑州市",
    "西安": "西安市", "济南": "济南市", "重庆": "重庆市", "武汉": "武汉市",
    "长沙": "长沙市",
    # g156 (traditional spans; Taiwan's special municipalities 桃園, 台北,
    # 台中, 高雄 by their full names; 廈門 a mainland prefecture-level city;
    # 香港, 澳門 and foreign cities by their common (mainland) names)
    "桃園": "桃园市", "台北": "台北市", "台中": "台中市", "高雄": "高雄市",
    "廈門": "厦门市", "香港": "香港", "澳門": "澳门",
    "布拉格": "布拉格", "西雅圖": "西雅图", "休士頓": "休斯敦",
    "維也納": "维也纳", "鳳凰城": "凤凰城", "布里斯本": "布里斯班",
    "雪梨": "悉尼", "杜拜": "迪拜", "福岡": "福冈", "札幌": "札幌",
    "峴港": "岘港", "東京": "东京", "大阪": "大阪", "曼谷": "曼谷",
    "首爾": "首尔",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"香港", "澳门", "布拉格", "西雅图", "休斯敦", "维也纳", "凤凰城",
          "布里斯班", "悉尼", "迪拜", "福冈", "札幌", "岘港", "东京", "大阪",
          "曼谷", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): Taiwan's
# spellings of foreign cities (GUIDELINES: foreign cities normalize to the
# mainland standard name, 雪梨 -> 悉尼; t2s keeps the Taiwan spelling)
CITY_ALIAS = {"雪梨": "悉尼", "休士頓": "休斯敦", "布里斯本": "布里斯班",
              "杜拜": "迪拜"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "桃園機場": "桃园机场", "聯合報": "联合报",
    "桃園國際機場股份有限公司": "桃园国际机场股份有限公司",
    "桃園機場公司": "桃园机场公司", "中華航空": "中华航空", "華航": "华航",
    "長榮航空": "长荣航空", "長榮航": "长荣航", "星宇航空": "星宇航空",
    "台灣虎航": "台湾虎航", "波音": "波音", "空中巴士": "空中巴士",
    "樂桃航空": "乐桃航空", "交通部民用航空局": "交通部民用航空局",
    "民航局": "民航局", "高雄國際機場": "高雄国际机场",
    "台中國際機場": "台中国际机场",
    "財政部關務署台北關": "财政部关务署台北关", "立榮航空": "立荣航空",
    "華信航空": "华信航空", "雄獅旅遊": "雄狮旅游", "可樂旅遊": "可乐旅游",
    "易遊網": "易游网", "國際航空運輸協會": "国际航空运输协会",
    "IATA": "IATA", "國泰航空": "国泰航空", "日本航空": "日本航空",
    "阿聯酋航空": "阿联酋航空", "交通部觀光署": "交通部观光署",
    "內政部移民署": "内政部移民署", "桃園捷運公司": "桃园捷运公司",
    "市府": "市府", "元大投顧": "元大投顾",
    "中華經濟研究院": "中华经济研究院",
    "開南大學航空運輸學系": "开南大学航空运输学系",
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
            # no BOM: the first bytes are the title's first character
            assert full[:3] == self.text[0].encode("utf-8"), doc_id
            assert not full.startswith(BOM8), doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
        if enc == "big5":       # strict Big5 (Python's plain big5 codec)
            declared = BIG5_CP950_DIFF[doc_id]
            # every character is plain Big5 (no ETEN/cp950 or HKSCS
            # extension), two bytes a non-ASCII character: offsets do not
            # depend on the codec
            assert all(enc_ok(c, "big5") for c in self.text), doc_id
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            # Big5-HKSCS reads the file alike
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # cp950 reads the file too, but the declared characters as
            # another character (／ U+FF0F: big5 writes A2 41, which cp950
            # reads as ∕ U+2215); everything else alike
            cp = raw.decode("cp950")
            assert len(cp) == len(self.text), doc_id
            diff = {(a, b) for a, b in zip(self.text, cp) if a != b}
            assert diff == {(c, v[1]) for c, v in declared.items()}, diff
            for c, (b, other) in declared.items():
                assert c.encode("big5") == b and b.decode("cp950") == other
                assert b.decode("big5hkscs") == c, c
                assert c.encode("cp950") != b, c       # cp950 writes others
            # every line without a declared character has the same bytes in
            # big5 and cp950 (plain Big5 throughout)
            for line in self.text.split("\n"):
                if not any(c in line for c in declared):
                    assert line.encode("big5") == line.encode("cp950"), line
            self.no_span_chars = list(declared)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            assert not decodes(full, "gbk"), (doc_id, "gbk")
            # the first bytes are the title's first character (桃 = AE E7)
            assert full[:2] == self.text[0].encode("big5"), doc_id
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
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
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
# g155 the electric-bike trade-in programme and battery safety, November
# 2026: 商务部's figures of 11月17日 (今年1月至10月, 10月, 国庆, 今年前10个月
# against 去年同期), the subsidies (国家发展改革委, 财政部 今年3月; 支付宝,
# 美团, 京东), the new national standard (2025年9月1日, 去年12月1日;
# 工业和信息化部 9月底, 年初), the cities (上海市商务委, 杭州市商务局 with
# 上月 as a baseline, 南京 with 苏宁易购, 天猫 and 双11, 成都市商务局 10月
# and 9月, 北京市商务局 本周 and 12月31日), the makers (无锡 and 天津, 台州,
# 金华, 宁波; 雅迪控股, 爱玛科技, 台铃, 小牛电动, 九号公司, 新日股份, 绿源,
# 星恒电源 in 苏州), the regulators (国家市场监督管理总局 上周 and 今年三季度,
# 国家消防救援局), city enforcement (深圳市市场监督管理局 本月 and 上周五,
# 广州市消防救援支队 with 广州供电局, 天津市市场监管委 昨日; 郑州, 西安, 成都,
# 济南 and 去年底), swapping, recycling and insurance (铁塔能源, 哈啰 in 重庆,
# 武汉, 长沙 and 今年初, 天能股份, 超威集团, 人保财险, 平安产险), complaints
# (中国消费者协会 / 中消协, 上海市消费者权益保护委员会 10月) and the outlook
# (中国自行车协会, 明年, 商务部 with 元旦, 春节 and 2027年, 清华大学车辆与运载
# 学院).  Simplified, UTF-8 without BOM, 2026-11-18 (a Wednesday, ISO week
# 2026-W47), 中国消费者报; the dateline 中国消费者报北京讯（记者 刘雨桐）
# opens the first paragraph.  昨日 2026-11-17; 上周 2026-W46; 上周五
# 2026-11-13; 本周 2026-W47; 本月 2026-11; 明年 2027.
# ===========================================================================
@doc
def g155():
    d = Doc(G155)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    LW, TW = "2026-W46", "2026-W47"
    BJ, SH, HZ, NJ, CD = "北京市", "上海市", "杭州市", "南京市", "成都市"
    WX, SZ, TJ, JN, CS = "无锡市", "苏州市", "天津市", "济南市", "长沙市"
    # title (a heading that opens with the DATE 今年: no city section)
    d.date("[[今年]]以来电动", Y, "")
    d.metric("以旧换新[[超1100万辆]]", "1100e4", "辆", "over", "")
    # P1 the dateline (北京: the place filed from) and 商务部's figures; the
    # dateline's sentence runs to the first ；, so its rows take 北京市
    d.org("\n\n[[中国消费者报]]北京讯")
    d.city("中国消费者报[[北京]]讯")
    d.org("）[[商务部]]11月17日")
    d.date("商务部[[11月17日]]发布", "2026-11-17", BJ)
    d.date("显示，[[今年1月]]至10月", "2026-01", BJ)
    d.date("今年1月至[[10月]]，全国", OCT, BJ)
    d.metric("新车[[1136.8万辆]]", "1136.8e4", "辆", "exact", BJ)
    d.metric("同比增长[[42.5%]]", "42.5", "%", "exact", BJ)
    d.metric("带动消费[[约352亿元]]", "352e8", "元", "approx", BJ)
    d.metric("旧车中，[[超过六成]]为", 60, "%", "over", "")
    d.date("其中，[[10月]]单月换新", OCT, "")
    d.metric("单月换新[[126.4万辆]]", "126.4e4", "辆", "exact", "")
    d.metric("环比增长[[9.3%]]", "9.3", "%", "exact", "")
    d.date("，[[国庆]]假期", "2026-10-01", "")
    d.metric("平日的[[1.6倍]]", "1.6", "倍", "exact", "")
    d.date("从价格看，[[今年前10个月]]以旧换新", Y, "")
    d.metric("平均成交价[[约2960元]]", 2960, "元", "approx", "")
    d.date("较[[去年同期]]上涨", LY, "")
    d.metric("上涨[[4.2%]]。", "4.2", "%", "exact", "")
    # P2 the subsidies and the standard (no CITY)
    d.date("以旧换新自[[2024年]]启动", "2024", "")
    d.date("启动，[[今年]]继续纳入", Y, "")
    d.org("\u3002[[国家发展改革委]]、财政部")
    d.org("国家发展改革委、[[财政部]]今年3月")
    d.date("财政部[[今年3月]]下达", "2026-03", "")
    d.metric("最高补贴[[500元]]", 500, "元", "exact", "")
    d.metric("再加补[[100元]]", 100, "元", "exact", "")
    d.org("通过[[支付宝]]、美团")
    d.org("支付宝、[[美团]]、京东")
    d.org("美团、[[京东]]等平台")
    d.date("强制性国家标准自[[2025年9月1日]]起", "2025-09-01", "")
    d.date("\u3002[[去年12月1日]]起", "2025-12-01", "")
    d.org("\u3002[[工业和信息化部]]数据")
    d.date("截至[[9月底]]，全国", SEP, "")
    d.metric("已有[[1428款]]车型", 1428, "款", "exact", "")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[近400款]]", 400, "款", "approx", "")
    # P3 the cities' subsidies
    d.org("\u3002[[上海市商务委]]相关负责人")
    d.city("介绍，[[上海]]今年已发放")
    d.date("上海[[今年]]已发放", Y, SH)
    d.metric("补贴[[4.6亿元]]", "4.6e8", "元", "exact", SH)
    d.metric("消费者[[约92万人次]]", "92e4", "人次", "approx", SH)
    d.org("；[[杭州市商务局]]数据")
    d.city("显示，[[杭州]]10月")
    d.date("杭州[[10月]]换新量", OCT, HZ)
    d.metric("同比增长[[58%]]", 58, "%", "exact", HZ)
    d.metric("占比达[[71.2%]]", "71.2", "%", "exact", HZ)
    d.date("较[[上月]]提高", SEP, HZ)
    d.metric("提高[[3.5个百分点]]", "3.5", "百分点", "exact", HZ)
    d.city("在[[南京]]，市场监管部门")
    d.org("联合[[苏宁易购]]、天猫")
    d.org("苏宁易购、[[天猫]]开设")
    d.date("“[[双11]]”期间", "2026-11-11", NJ)
    d.metric("环比增长[[2.3倍]]", "2.3", "倍", "exact", NJ)
    d.org("\u3002[[成都市商务局]]称")
    d.city("称，[[成都]]10月")
    d.date("成都[[10月]]以旧换新", OCT, CD)
    d.metric("销量[[突破6万辆]]", "6e4", "辆", "over", CD)
    d.date("较[[9月]]增长", SEP, CD)
    d.metric("增长[[11%]]。", 11, "%", "exact", CD)
    d.org("\u3002[[北京市商务局]]表示")
    d.city("表示，[[北京]]本周起")
    d.date("北京[[本周]]起", TW, BJ)
    d.date("延长至[[12月31日]]", "2026-12-31", BJ)
    # P4 the makers (无锡 and the list of producing cities)
    d.city("生产基地，[[无锡]]前三季度")
    d.date("无锡[[前三季度]]整车", Y, WX)
    d.metric("整车产量[[约1150万辆]]", "1150e4", "辆", "approx", WX)
    d.metric("占全国的[[三成左右]]", 30, "%", "approx", WX)
    d.city("，[[天津]]、台州")
    d.city("、[[台州]]、金华")
    d.city("、[[金华]]、宁波")
    d.city("、[[宁波]]等地产量")
    d.org("\u3002[[雅迪控股]]发布")
    d.date("显示，[[今年前三季度]]其电动车", Y, "")
    d.metric("销量[[1106万辆]]", "1106e4", "辆", "exact", "")
    d.metric("同比增长[[21%]]", 21, "%", "exact", "")
    d.metric("贡献[[约35%]]", 35, "%", "approx", "")
    d.org("；[[爱玛科技]]、台铃")
    d.org("、[[台铃]]、小牛电动")
    d.org("、[[小牛电动]]等品牌")
    d.metric("全国[[超过5万家]]门店", "5e4", "家", "over", "")
    d.org("\u3002[[九号公司]]相关负责人")
    d.date("公司[[10月]]国内销量", OCT, "")
    d.metric("国内销量[[突破52万辆]]", "52e4", "辆", "over", "")
    d.org("\u3002[[新日股份]]、绿源")
    d.org("新日股份、[[绿源]]也推出")
    d.metric("最高[[800元]]", 800, "元", "exact", "")
    d.org("\u3002[[星恒电源]]相关负责人")
    d.city("其[[苏州]]基地")
    d.date("苏州基地[[今年]]锂电池", Y, SZ)
    d.metric("预计[[超过2800万只]]", "2800e4", "只", "over", SZ)
    # P5 the regulators (no CITY)
    d.org("\u3002[[国家市场监督管理总局]]（")
    d.org("简称“[[市场监管总局]]”）")
    d.date("）[[上周]]通报", LW, "")
    d.date("通报，[[今年三季度]]共抽查", "2026-Q3", "")
    d.metric("共抽查[[312家]]", 312, "家", "exact", "")
    d.metric("生产的[[420批次]]", 420, "批次", "exact", "")
    d.metric("不合格[[37批次]]", 37, "批次", "exact", "")
    d.metric("发现率为[[8.8%]]", "8.8", "%", "exact", "")
    d.org("\u3002[[市场监管总局]]提醒")
    d.org("\u3002[[国家消防救援局]]数据")
    d.date("显示，[[今年前三季度]]全国共接报", Y, "")
    d.metric("火灾[[1.6万起]]", "1.6e4", "起", "exact", "")
    d.metric("同比下降[[17.4%]]", "17.4", "%", "exact", "")
    d.metric("其中[[超过八成]]发生", 80, "%", "over", "")
    # P6 city enforcement (深圳 and 广州 stand only inside ORGs)
    d.org("\u3002[[深圳市市场监督管理局]]本月")
    d.date("监督管理局[[本月]]起", NOV, "")
    d.date("截至[[上周五]]已立案", "2026-11-13", "")
    d.metric("案件[[126宗]]", 126, "宗", "exact", "")
    d.org("；[[广州市消防救援支队]]联合")
    d.org("联合[[广州供电局]]在")
    d.metric("在[[238个]]城中村", 238, "个", "exact", "")
    d.metric("租住人口[[约310万人]]", "310e4", "人", "approx", "")
    d.org("\u3002[[天津市市场监管委]]昨日")
    d.date("市场监管委[[昨日]]通报", "2026-11-17", TJ)
    d.city("对[[天津]]35家")
    d.metric("天津[[35家]]整车", 35, "家", "exact", TJ)
    d.metric("责令[[9家]]限期", 9, "家", "exact", TJ)
    d.city("\u3002[[郑州]]、西安")
    d.city("郑州、[[西安]]、成都")
    d.city("西安、[[成都]]、济南")
    d.city("成都、[[济南]]等城市")
    d.metric("充电端口[[约46万个]]", "46e4", "个", "approx", JN)
    d.date("较[[去年底]]增长", LY, JN)
    d.metric("增长[[近三成]]", 30, "%", "approx", JN)
    # P7 swapping, recycling, insurance
    d.org("\u3002[[铁塔能源]]已在")
    d.metric("全国[[300多个]]城市", 300, "个", "over", "")
    d.metric("换电柜[[超过9万组]]", "9e4", "组", "over", "")
    d.metric("骑手[[约120万人]]", "120e4", "人", "approx", "")
    d.org("；[[哈啰]]在重庆")
    d.city("哈啰在[[重庆]]、武汉")
    d.city("重庆、[[武汉]]、长沙")
    d.city("武汉、[[长沙]]三地")
    d.date("较[[今年初]]增长", Y, CS)
    d.metric("增长[[1.2倍]]", "1.2", "倍", "exact", CS)
    d.org("\u3002[[天能股份]]、超威集团")
    d.org("、[[超威集团]]等电池企业")
    d.date("电池企业[[今年前10个月]]回收", Y, "")
    d.metric("铅蓄电池[[约38万吨]]", "38e4", "吨", "approx", "")
    d.metric("同比增长[[14%]]", 14, "%", "exact", "")
    d.metric("保持在[[98%以上]]", 98, "%", "over", "")
    d.org("，[[人保财险]]、平安产险")
    d.org("、[[平安产险]]推出")
    d.metric("最低[[39元]]", 39, "元", "exact", "")
    d.date("，[[今年]]已承保", Y, "")
    d.metric("承保[[超过820万辆]]", "820e4", "辆", "over", "")
    # P8 complaints (上海 only inside the council's name)
    d.org("，[[中国消费者协会]]（")
    d.org("（[[中消协]]）统计")
    d.date("统计，[[今年前三季度]]全国消协", Y, "")
    d.metric("投诉[[2.1万件]]", "2.1e4", "件", "exact", "")
    d.metric("同比增长[[12.6%]]", "12.6", "%", "exact", "")
    d.org("\u3002[[上海市消费者权益保护委员会]]10月")
    d.date("保护委员会[[10月]]对", OCT, "")
    d.metric("对[[20款]]新国标", 20, "款", "exact", "")
    d.metric("其中[[6款]]实际", 6, "款", "exact", "")
    d.metric("低[[15%以上]]", 15, "%", "over", "")
    d.org("\u3002[[中消协]]提醒")
    # P9 the outlook (no CITY)
    d.org("\n\n[[中国自行车协会]]预计")
    d.metric("将[[突破1300万辆]]", "1300e4", "辆", "over", "")
    d.date("，[[明年]]新车销量", NY, "")
    d.metric("有望[[超过45%]]", 45, "%", "over", "")
    d.org("\u3002[[商务部]]表示")
    d.date("在[[元旦]]、春节前后", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.date("研究[[2027年]]政策", NY, "")
    d.org("\u3002[[清华大学车辆与运载学院]]一位")
    audit = {
        "orgs": ["中国消费者报", "商务部", "国家发展改革委", "财政部", "支付宝",
                 "美团", "京东", "工业和信息化部", "上海市商务委",
                 "杭州市商务局", "苏宁易购", "天猫", "成都市商务局",
                 "北京市商务局", "雅迪控股", "爱玛科技", "台铃", "小牛电动",
                 "九号公司", "新日股份", "绿源", "星恒电源",
                 "国家市场监督管理总局", "市场监管总局", "国家消防救援局",
                 "深圳市市场监督管理局", "广州市消防救援支队", "广州供电局",
                 "天津市市场监管委", "铁塔能源", "哈啰", "天能股份",
                 "超威集团", "人保财险", "平安产险", "中国消费者协会",
                 "中消协", "上海市消费者权益保护委员会", "中国自行车协会",
                 "清华大学车辆与运载学院"],
        "cities": ["北京", "上海", "杭州", "南京", "成都", "无锡", "天津",
                   "台州", "金华", "宁波", "苏州", "郑州", "西安", "济南",
                   "重庆", "武汉", "长沙", "深圳", "广州", "江苏", "浙江",
                   "常州", "合肥", "福州", "厦门", "青岛"],
        # provinces and regions: none written
        "excluded": [],
        "numbers_excluded": [],
        # 第三者 (third-party insurance: an ordinal word), 三地 (a collective
        # label after its list, SPEC 两地), 一位
        "cn_excluded": ["第[[三]]者责任险", "长沙[[三]]地", "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 单月 (10月单月: the month is the
        # DATE), 日均 (a daily average), 平日 (weekdays), 明确 (clear),
        # 每年 (recurring), 全年 (the year's total, no year of its own)
        "words_excluded": {"单月": 1, "日均": 1, "平日": 1, "明确": 1,
                           "每年": 1, "全年": 1},
        # generic words outside ORG rows: 公司 (公司10月国内销量: 九号公司
        # read back), 消协 (全国消协组织, the consumer councils as a kind),
        # 协会, 商务局, 集团, 大学, 监管局 (none outside)
        "orgwords_excluded": {"公司": 1, "消协": 1, "协会": 0, "商务局": 0,
                              "集团": 0, "大学": 0, "监管局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g156 Taiwan's airlines and Taoyuan airport, November 2026: 桃園機場公司's
# traffic (昨（21）日; 今（115）年前10月 against 108年同期; 10月 against 上月 as
# a baseline; 民國108年's record), the holiday peaks (中秋 and 教師節, 國慶
# 10月9日至11日, 光復節 against 去年同期, 明年春節), the carriers (華航,
# 長榮航, 星宇航空, 台灣虎航: 10月 revenue, 今年前10月, 今年前3季; 華航's
# spending 明年 with 波音), the routes (布拉格 明年3月, 西雅圖, 休士頓 and
# 維也納 明（116）年1月, 鳳凰城, 布里斯本, 雪梨 and 杜拜 明年 with 空中巴士;
# 福岡, 札幌, 峴港; 樂桃航空 in 東京, 大阪, 曼谷), 民航局 (今年前3季, 高雄
# and 台中 airports, 去年, 116年底, 民國122年; 上海, 北京, 廈門), cargo
# (前10月, 台北關, 華航's share, 長榮航 with 波音; 立榮航空, 華信航空 with 台北,
# 台中, 高雄), the winter demand (聖誕節, 元旦, 明年春節 2月4日至10日,
# 今年同期; 雄獅旅遊, 可樂旅遊 with 除夕 and 東京, 大阪, 首爾; 易遊網 with
# 元旦 and 香港, 澳門, 曼谷), foreign carriers (IATA, 國泰航空, 日本航空
# 今年第4季, 阿聯酋航空 明年2月 to 杜拜; 觀光署 今年前10月), the airport's
# capacity (移民署, 桃園捷運公司 10月 against 去年同期) and the outlook
# (桃園市長 and 市府 明年, 元大投顧, 中華經濟研究院 明年, 開南大學航空運輸學系
# 116年).  Traditional as Taiwan writes it (台, 占, 年增, 前10月, 前3季,
# 第4季, 新台幣, 兆, 公噸, 連假, ROC years), strict Big5, 2026-11-22 (a
# Sunday, ISO week 2026-W47), 聯合報; the byline 聯合報記者林佩萱／桃園報導
# stands on its own line.  昨（21）日 2026-11-21; 上月 after 較 in a
# sentence of 10月 -> 2026-09; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g156():
    d = Doc(G156)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    TY, KHH, XM, TPE = "桃园市", "高雄市", "厦门市", "台北市"
    PRG, SEA, HOU, VIE = "布拉格", "西雅图", "休斯敦", "维也纳"
    BNE, DXB, TYO, SEL, HK = "布里斯班", "迪拜", "东京", "首尔", "香港"
    # title (a heading that opens with an ORG: no city section)
    d.org("[[桃園機場]]前10月旅運量")
    d.date("桃園機場[[前10月]]旅運量", Y, "")
    d.metric("旅運量[[逾4100萬人次]]", "4100e4", "人次", "over", "")
    d.date("人次 [[春節]]連假", "2027-02-06", "")
    # byline (its own line: a heading that opens with no city)
    d.org("\n\n[[聯合報]]記者")
    d.city("林佩萱／[[桃園]]報導")
    # P1 the airport company's figures (no CITY)
    d.org("\n\n[[桃園國際機場股份有限公司]]（")
    d.org("（[[桃園機場公司]]）昨")
    d.date("）[[昨（21）日]]公布", "2026-11-21", "")
    d.date("統計，[[今（115）年前10月]]客運量", Y, "")
    d.metric("客運量達[[4,136萬人次]]", "4136e4", "人次", "exact", "")
    d.metric("年增[[11.8%]]", "11.8", "%", "exact", "")
    d.date("恢復至[[108年同期]]的", "2019", "")
    d.metric("同期的[[97%]]", 97, "%", "exact", "")
    d.date("其中[[10月]]單月", OCT, "")
    d.metric("旅客[[約432萬人次]]", "432e4", "人次", "approx", "")
    d.date("較[[上月]]增加", SEP, "")
    d.metric("增加[[5.6%]]", "5.6", "%", "exact", "")
    d.org("\u3002[[桃園機場公司]]預估")
    d.metric("可望[[突破4,900萬人次]]", "4900e4", "人次", "over", "")
    d.date("超越[[民國108年]]創下", "2019", "")
    d.metric("創下的[[4,869萬人次]]", "4869e4", "人次", "exact", "")
    # P2 the holiday peaks (no CITY)
    d.date("\u3002[[中秋]]及教師節", "2026-09-25", "")
    d.date("中秋及[[教師節]]連假", "2026-09-28", "")
    d.metric("合計[[約61萬人次]]", "61e4", "人次", "approx", "")
    d.date("；[[國慶]]連假", "2026-10-10", "")
    d.date("（[[10月9日]]至11日）", "2026-10-09", "")
    d.date("10月9日至[[11日]]）", "2026-10-11", "")
    d.metric("最高達[[16萬2,105人次]]", "162105", "人次", "exact", "")
    d.date("；[[光復節]]連假", "2026-10-25", "")
    d.date("也較[[去年同期]]成長", LY, "")
    d.metric("成長[[約9%]]", 9, "%", "approx", "")
    d.org("\u3002[[桃園機場公司]]表示")
    d.date("表示，[[明年春節]]連假", "2027-02-06", "")
    # P3 the carriers' results (no CITY)
    d.org("\u3002[[中華航空]]（")
    d.org("（[[華航]]）10月")
    d.date("）[[10月]]自結營收", OCT, "")
    d.metric("營收新台幣[[198.6億元]]", "198.6e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[7.2%]]", "7.2", "%", "exact", "")
    d.metric("載客率[[86.4%]]", "86.4", "%", "exact", "")
    d.org("；[[長榮航空]]（")
    d.org("（[[長榮航]]）10月")
    d.date("）[[10月]]合併營收", OCT, "")
    d.metric("營收約新台幣[[221億元]]", "221e8", "元", "approx", "",
             outer="約新台幣")
    d.date("，[[今年前10月]]累計營收", Y, "")
    d.metric("突破新台幣[[2,100億元]]", "2100e8", "元", "over", "",
             outer="突破新台幣")
    d.org("\u3002[[星宇航空]]今年前3季")
    d.date("星宇航空[[今年前3季]]稅後", Y, "")
    d.metric("純益約新台幣[[38.5億元]]", "38.5e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("每股純益[[1.12元]]", "1.12", "元", "exact", "")
    d.org("；[[台灣虎航]]10月")
    d.date("台灣虎航[[10月]]載客量", OCT, "")
    d.metric("載客量[[約33萬人次]]", "33e4", "人次", "approx", "")
    d.metric("年增[[逾兩成]]", 20, "%", "over", "")
    d.metric("載客率[[逾九成]]", 90, "%", "over", "")
    d.org("\u3002[[華航]]董事會")
    d.date("通過[[明年]]資本支出", NY, "")
    d.metric("支出約新台幣[[420億元]]", "420e8", "元", "approx", "",
             outer="約新台幣")
    d.org("客機及[[波音]]787")
    # P4 the routes (cities as route ends; 鳳凰城 after its country)
    d.org("\u3002[[華航]]明年3月")
    d.date("華航[[明年3月]]起", "2027-03", PRG)
    d.city("開航[[布拉格]]每週")
    d.metric("每週[[3班]]", 3, "班", "exact", PRG)
    d.city("並將[[西雅圖]]航線")
    d.metric("每日[[1班]]", 1, "班", "exact", SEA)
    d.org("；[[長榮航]]明（116）年")
    d.date("長榮航[[明（116）年1月]]起", "2027-01", HOU)
    d.city("增開[[休士頓]]、維也納")
    d.city("、[[維也納]]航班")
    d.metric("全球[[逾70個]]航點", 70, "个", "over", VIE)
    d.org("\u3002[[星宇航空]]新增")
    d.city("美國[[鳳凰城]]及")
    d.city("澳洲[[布里斯本]]航點")
    d.date("，[[明年]]將以空中巴士", NY, BNE)
    d.org("以[[空中巴士]]A350")
    d.city("加開[[雪梨]]、杜拜")
    d.city("雪梨、[[杜拜]]航線")
    d.org("，[[台灣虎航]]也新增")
    d.city("新增[[福岡]]、札幌")
    d.city("、[[札幌]]、峴港")
    d.city("、[[峴港]]等航點")
    d.org("與[[樂桃航空]]等業者")
    d.city("在[[東京]]、大阪、曼谷等熱門")
    d.city("東京、[[大阪]]、曼谷等熱門")
    d.city("大阪、[[曼谷]]等熱門")
    # P5 民航局 (the airports are ORGs with no CITY inside)
    d.org("\n\n[[交通部民用航空局]]（")
    d.org("（[[民航局]]）統計")
    d.date("統計，[[今年前3季]]國際", Y, "")
    d.metric("旅客[[約5,380萬人次]]", "5380e4", "人次", "approx", "")
    d.metric("年增[[9.6%]]", "9.6", "%", "exact", "")
    d.org("其中[[桃園機場]]占比")
    d.metric("占比[[約78%]]", 78, "%", "approx", "")
    d.org("，[[高雄國際機場]]、台中")
    d.org("、[[台中國際機場]]則分別")
    d.metric("分別占[[11.5%]]與", "11.5", "%", "exact", "")
    d.metric("與[[4.2%]]。", "4.2", "%", "exact", "")
    d.org("\u3002[[民航局]]表示")
    d.date("已於[[去年]]啟用", LY, "")
    d.date("預計[[116年底]]完工", NY, "")
    d.date("規劃於[[民國122年]]啟用", "2033", "")
    d.metric("可由[[52架次]]", 52, "架次", "exact", "")
    d.metric("提升至[[60架次]]", 60, "架次", "exact", "")
    d.city("往返[[上海]]、北京")
    d.city("上海、[[北京]]、廈門")
    d.city("、[[廈門]]等地")
    d.metric("航班[[約310班]]", 310, "班", "approx", XM)
    d.metric("恢復率[[約四成]]", 40, "%", "approx", XM)
    # P6 cargo and domestic routes
    d.org("\u3002[[桃園機場]]前10月貨運量")
    d.date("桃園機場[[前10月]]貨運量", Y, "")
    d.metric("貨運量[[約214萬公噸]]", "214e4", "公吨", "approx", "")
    d.metric("年增[[6.3%]]", "6.3", "%", "exact", "")
    d.org("；[[財政部關務署台北關]]統計")
    d.date("伺服器[[前10月]]總值", Y, "")
    d.metric("總值約新台幣[[1.86兆元]]", "1.86e12", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[逾1.5倍]]", "1.5", "倍", "over", "")
    d.org("\u3002[[華航]]指出")
    d.metric("比重[[約35%]]", 35, "%", "approx", "")
    d.org("；[[長榮航]]則計畫")
    d.metric("再引進[[4架]]", 4, "架", "exact", "")
    d.org("4架[[波音]]777")
    d.org("，[[立榮航空]]、華信航空")
    d.org("、[[華信航空]]今年")
    d.date("華信航空[[今年前10月]]國內", Y, TPE)
    d.metric("載客[[約298萬人次]]", "298e4", "人次", "approx", TPE)
    d.metric("年增[[3.1%]]", "3.1", "%", "exact", TPE)
    d.city("往返[[台北]]、台中")
    d.city("台北、[[台中]]、高雄")
    d.city("、[[高雄]]與金門")
    d.metric("占比[[近八成]]", 80, "%", "approx", KHH)
    # P7 the winter peak
    d.date("將至，[[聖誕節]]、元旦", "2026-12-25", "")
    d.date("聖誕節、[[元旦]]連假及", "2027-01-01", "")
    d.date("連假及[[明年春節]]的", "2027-02-06", "")
    d.org("\u3002[[雄獅旅遊]]統計")
    d.date("統計，[[明年春節]]連假", "2027-02-06", "")
    d.date("（[[2月4日]]至10日）", "2027-02-04", "")
    d.date("2月4日至[[10日]]）", "2027-02-10", "")
    d.date("較[[今年同期]]成長", Y, "")
    d.metric("成長[[約18%]]", 18, "%", "approx", "")
    d.metric("占比[[逾七成]]", 70, "%", "over", "")
    d.org("；[[可樂旅遊]]指出")
    d.date("指出，[[除夕]]前後", "2027-02-05", TYO)
    d.city("出發的[[東京]]、大阪、首爾")
    d.city("東京、[[大阪]]、首爾")
    d.city("、[[首爾]]機位")
    d.metric("上漲[[5%]]至8%", 5, "%", "exact", SEL)
    d.metric("5%至[[8%]]", 8, "%", "exact", SEL)
    d.org("\u3002[[易遊網]]表示")
    d.date("表示，[[元旦]]連假機加酒", "2027-01-01", HK)
    d.metric("年增[[約25%]]", 25, "%", "approx", HK)
    d.city("，[[香港]]、澳門")
    d.city("、[[澳門]]、曼谷")
    d.city("澳門、[[曼谷]]最熱門")
    # P8 foreign carriers and inbound visitors
    d.org("\u3002[[國際航空運輸協會]]（")
    d.org("（[[IATA]]）")
    d.metric("年增[[約8.5%]]", "8.5", "%", "approx", "")
    d.org("；[[國泰航空]]、日本航空")
    d.org("、[[日本航空]]等業者")
    d.date("等業者[[今年第4季]]來台", "2026-Q4", DXB)
    d.metric("增加[[約120班]]", 120, "班", "approx", DXB)
    d.org("其中[[阿聯酋航空]]明年")
    d.date("阿聯酋航空[[明年2月]]起", "2027-02", DXB)
    d.city("將[[杜拜]]航線增至")
    d.metric("每日[[2班]]", 2, "班", "exact", DXB)
    d.org("\u3002[[交通部觀光署]]統計")
    d.date("統計，[[今年前10月]]來台", Y, "")
    d.metric("來台旅客[[約682萬人次]]", "682e4", "人次", "approx", "")
    d.metric("年增[[14.3%]]", "14.3", "%", "exact", "")
    d.metric("日本旅客[[約148萬人次]]", "148e4", "人次", "approx", "")
    d.metric("出國旅客則[[約1,520萬人次]]", "1520e4", "人次", "approx", "")
    # P9 the airport's capacity (no CITY)
    d.org("，[[內政部移民署]]表示")
    d.metric("閘門[[112座]]", 112, "座", "exact", "")
    d.date("，[[今年前10月]]使用量", Y, "")
    d.metric("使用量[[約1,620萬人次]]", "1620e4", "人次", "approx", "")
    d.metric("旅客[[逾四成]]", 40, "%", "over", "")
    d.org("\u3002[[桃園捷運公司]]統計")
    d.date("機場線[[10月]]日均", OCT, "")
    d.metric("運量[[約9.8萬人次]]", "9.8e4", "人次", "approx", "")
    d.date("較[[去年同期]]成長12%", "2025-10", "")
    d.metric("成長[[12%]]；", 12, "%", "exact", "")
    d.metric("新進人員[[逾1,300人]]", 1300, "人", "over", "")
    d.metric("空服員[[約1,100名]]", 1100, "名", "approx", "")
    # P10 the city and the outlook (桃園市長: the title leaves the city)
    d.city("\n\n[[桃園]]市長")
    d.org("，[[市府]]將與")
    d.org("與[[桃園機場公司]]合作")
    d.date("合作，[[明年]]起", NY, TY)
    d.metric("增設[[3處]]", 3, "处", "exact", TY)
    d.metric("車位[[約2,400個]]", 2400, "个", "approx", TY)
    d.org("\u3002[[元大投顧]]分析")
    d.metric("再成長[[5%]]至10%", 5, "%", "exact", "")
    d.metric("5%至[[10%]]", 10, "%", "exact", "")
    d.org("；[[中華經濟研究院]]則預估")
    d.date("預估，[[明年]]來台旅客", NY, "")
    d.metric("可望[[突破900萬人次]]", "900e4", "人次", "over", "")
    d.org("\u3002[[開南大學航空運輸學系]]一位")
    d.org("指出，[[桃園機場]]116年")
    d.date("桃園機場[[116年]]旅運量", NY, "")
    d.metric("挑戰[[5,200萬人次]]", "5200e4", "人次", "exact", "")
    audit = {
        "orgs": ["桃園機場", "聯合報", "桃園國際機場股份有限公司",
                 "桃園機場公司", "中華航空", "華航", "長榮航空", "長榮航",
                 "星宇航空", "台灣虎航", "波音", "空中巴士", "樂桃航空",
                 "交通部民用航空局", "民航局", "高雄國際機場", "台中國際機場",
                 "財政部關務署台北關", "立榮航空", "華信航空", "雄獅旅遊",
                 "可樂旅遊", "易遊網", "國際航空運輸協會", "IATA",
                 "國泰航空", "日本航空", "阿聯酋航空", "交通部觀光署",
                 "內政部移民署", "桃園捷運公司", "市府",
                 "元大投顧", "中華經濟研究院", "開南大學航空運輸學系"],
        "cities": ["桃園", "台北", "臺北", "新北", "台中", "臺中", "台南",
                   "高雄", "新竹", "嘉義", "基隆", "金門", "澎湖", "花蓮",
                   "東京", "大阪", "首爾", "曼谷", "香港", "澳門", "上海",
                   "北京", "廈門", "布拉格", "西雅圖", "休士頓", "維也納",
                   "鳳凰城", "布里斯本", "雪梨", "杜拜", "福岡", "札幌",
                   "峴港", "洛杉磯", "舊金山", "沖繩"],
        # counties (金門, 澎湖: GUIDELINES, counties never match)
        "excluded": ["高雄與[[金門]]", "、[[澎湖]]的航線"],
        # aircraft types (A350-1000, A321neo, 787, 777: codes, SPEC)
        "numbers_excluded": ["A[[350]]-1000", "A350-[[1000]]新機",
                             "A[[321]]neo", "波音[[787]]", "波音[[777]]"],
        # 兩岸 (x2, cross-strait), 雙雙 (both), 第三航廈 (x2) and 第三跑道
        # (ordinals), 一位
        "cn_excluded": ["及[[兩]]岸航線", "[[兩]]岸航線方面", "[[雙雙]]創",
                        "，第[[三]]航廈北", "；第[[三]]跑道",
                        "但第[[三]]航廈", "系[[一]]位"],
        "latin_excluded": ["空中巴士[[A]]350", "引進[[A]]321",
                           "321[[neo]]", "的[[AI]]伺服器"],
        # time words that are no DATE: 年增 (year-on-year), 單月 (x2),
        # 單日, 日均, 每週 (x3) and 每日 (x2) (recurring), 同期 (創同期新高,
        # no year word), 全年 (the year's total, no year of its own), 旺季
        # (a season), 日前 (x2), 周邊 (nearby), 翻天 (搶翻天), 日本 (x2: the
        # country)
        "words_excluded": {"年增": 10, "單月": 2, "單日": 1, "日均": 1,
                           "每週": 3, "每日": 2, "同期": 1, "全年": 1,
                           "旺季": 1, "日前": 2, "周邊": 1, "翻天": 1,
                           "日本": 2},
        # generic words outside ORG rows: 公司 (各航空公司, a kind), 機場
        # (x4: 機場出入境旅客, 在機場設置, 機場線, 機場周邊: the airport read
        # back), 協會, 研究院, 大學, 投顧 (none outside)
        "orgwords_excluded": {"公司": 1, "機場": 4, "協會": 0, "研究院": 0,
                              "大學": 0, "投顧": 0},
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
    # a declared character that cp950 reads otherwise stands on the byline
    # line (the third line) and in no span (checked per row below)
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
