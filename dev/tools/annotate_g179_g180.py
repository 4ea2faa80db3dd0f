#!/usr/bin/env python3
"""Gold annotation for the held-out articles g179_theme_parks_city_tourism
and g180_taiwan_taxis_ride_hailing (annotator LA).

Adapted from the precedent set's tools/annotate_ma.py (now dev/tools/annotate_g173_g174.py; copied and the data
changed; it keeps the checks of annotate_ma.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date (上週五 and
本週一 to the day of their week, 今（24）日 and 昨（23）日 to theirs), 上月 as
a baseline after a comparison word, the bare-day month rule, 当日 repeating
the latest day, 去年同期 a year before its sentence's period, the bracketed
gloss, the 约占 check, markers before, touching and after a span, the
declared organizations of each article, the narrowest codec, the OpenCC
round trip of the traditional article).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded (nothing removed: neither file has a BOM):

- g179 is simplified (mainland, 中国旅游报, 2026-11-20), stored as UTF-8
  WITHOUT a BOM (the title's 主 = E4 B8 BB first); every non-ASCII
  character is three bytes (the curly quotes “ ” too), every character is
  also GBK; the GB and Big5 codecs and UTF-16 fail on the bytes or read
  another text.  OpenCC t2s leaves the article unchanged.  Its byline
  本报记者 林晓岚 stands on its own line under the title (本报 names no
  outlet).
- g180 is traditional (Taiwan, 聯合報, 2026-11-24), stored as STRICT BIG5
  without a BOM: every character is in Python's plain big5 codec, which
  reads and round-trips the file.  cp950 reads the file too, to a text of
  the same length that differs in one character only: ／ of the byline
  記者林佩蓉／台北報導, written A2 41 as plain Big5 writes it, which cp950
  reads as ∕ (U+2215); Big5-HKSCS reads ／ like plain Big5.  It lies in no
  span, and no offset depends on the reader.  Every non-ASCII character is
  two bytes.  UTF-8, UTF-16 and the GB codecs fail or read another text.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市,
  foreign cities by their common mainland names).  A Taiwan text: 2-3 digit
  years before 年 are ROC years (民國107年 = 2018, 113年 = 2024,
  今（115）年 = 2026, 明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho32/precedent: README, NOTES_ma/mb/mc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g179_g180.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_ma.py: a UTF-8 mainland article WITHOUT a BOM in
place of the one with it (no BOM, the title's first character first, three
bytes a non-ASCII character); a strict-Big5 Taiwan article in place of the
cp950 one (plain big5 reads and round-trips it; cp950 reads a text of the
same length that differs exactly at the declared character ／, on the byline
line and in no span; Big5-HKSCS reads the file alike; two bytes a non-ASCII
character); the holiday table as these articles name them (国庆, 中秋, 双11,
元旦, 春节; Taiwan's 國慶 of 10-10, 聖誕, 元旦, 明年元旦, 明年農曆春節);
农历春节 added to the lunar table (GUIDELINES: 农历春节 is 春节);
check_bare_year (a month, day or quarter written without a year, in a
sentence that states no year, is in the reference year, and a bare quarter
is the quarter it writes); units 倍,
家, 人次, 元, %, 百分点, 单, 篇, 个; 辆, 趟, 人, 岁, 公里, 名, 小时, 座, 天,
件, %, 元, 人次.
Re-run (from anywhere):

    python3 dev/tools/annotate_g179_g180.py
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
G179 = "g179_theme_parks_city_tourism"
G180 = "g180_taiwan_taxis_ride_hailing"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G179: ("utf-8", b"", False, "2026-11-20", "中国旅游报"),
    G180: ("big5", b"", True, "2026-11-24", "聯合報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G179: [], G180: []}
# characters of a strict-Big5 article that cp950 reads otherwise, with
# their plain Big5 bytes and cp950's reading: ／ of the byline (plain Big5
# A2 41, which cp950 reads as U+2215 ∕; cp950 itself writes ／ as A1 FE).
# Only on the byline line (the third line), in no span.
BIG5_CP950_DIFF = {G180: {"／": (b"\xa2\x41", "\u2215")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G180}
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
                   "辆颗换环阳腾华叶铃陆车东罗达义桥边层领"
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw);
# 嫺 is the cp950 form of the reporter's given name (s2tw writes 嫻), 畫 of
# 信義計畫區 the district's official name (s2tw writes 計劃)
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 占比 (佔), 布 of 布建 (佈), 畫 of 計畫 (劃)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g179 (mainland, 2026-11-20): 国庆 2026-10-01 and 中秋 2026-09-25 (八月十五
# of 2026), the ones just past, no year in their sentences; 双11
# 2026-11-11 (nine days before); 元旦 2027-01-01 and 春节 2027-02-06 (正月
# 初一 of 2027), the coming ones.
# g180 (Taiwan, 2026-11-24): 國慶 2026-10-10 (Taiwan's National Day, the
# one just past); 聖誕 2026-12-25 and 元旦 2027-01-01, the coming ones;
# 明年元旦 2027-01-01 and 明年農曆春節 2027-02-06 (明年 in the span;
# 农历春节 is 春节, GUIDELINES).
HOLIDAY = {
    "国庆": "2026-10-01", "中秋": "2026-09-25", "双11": "2026-11-11",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-10", "聖誕": "2026-12-25", "明年元旦": "2027-01-01",
    "明年農曆春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15); 黑色星期五 computed from the calendar
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3, days=1)


LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g179 (2026: municipalities 上海, 北京, 重庆; prefecture-level 杭州,
    # 广州, 珠海, 深圳 (广东), 成都, 芜湖, 郑州, 厦门, 西安, 长沙, 常州, 三亚;
    # Hong Kong; foreign 东京, 大阪)
    "上海": "上海市", "北京": "北京市", "重庆": "重庆市", "杭州": "杭州市",
    "广州": "广州市", "珠海": "珠海市", "深圳": "深圳市", "成都": "成都市",
    "芜湖": "芜湖市", "郑州": "郑州市", "厦门": "厦门市", "西安": "西安市",
    "长沙": "长沙市", "常州": "常州市", "三亚": "三亚市", "香港": "香港",
    "东京": "东京", "大阪": "大阪",
    # g180 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市
    # by their full names; 香港 and the foreign cities 東京, 首爾, 新加坡 by
    # their common (mainland) names)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "桃園": "桃园市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "基隆": "基隆市", "新竹市": "新竹市", "嘉義市": "嘉义市",
    "東京": "东京", "首爾": "首尔", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"香港", "东京", "大阪", "首尔", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "交通部公路局": "交通部公路局", "台北市政府交通局": "台北市政府交通局",
    "台北市交通局": "台北市交通局", "台灣大車隊": "台湾大车队",
    "Uber": "Uber", "和泰汽車": "和泰汽车", "yoxi": "yoxi",
    "LINE GO": "LINE GO", "大都會衛星車隊": "大都会卫星车队",
    "皇冠大車隊": "皇冠大车队", "交通部": "交通部",
    "立法院交通委員會": "立法院交通委员会", "經濟部能源署": "经济部能源署",
    "台灣電力公司": "台湾电力公司", "台電": "台电", "桃園機場": "桃园机场",
    "台灣中油": "台湾中油", "主計總處": "主计总处",
    "桃園國際機場公司": "桃园国际机场公司", "台灣高鐵": "台湾高铁",
    "悠遊卡公司": "悠游卡公司", "一卡通票證公司": "一卡通票证公司",
    "街口支付": "街口支付", "LINE Pay": "LINE Pay", "勞動部": "劳动部",
    "中華民國計程車駕駛員職業工會全國聯合會":
        "中华民国计程车驾驶员职业工会全国联合会",
    "台北市計程車客運商業同業公會": "台北市计程车客运商业同业公会",
    "國泰產險": "国泰产险", "富邦產險": "富邦产险",
    "新北市政府交通局": "新北市政府交通局",
    "桃園市政府交通局": "桃园市政府交通局",
    "台中市政府交通局": "台中市政府交通局",
    "高雄市政府交通局": "高雄市政府交通局",
    "基隆市政府交通處": "基隆市政府交通处", "行政院消保處": "行政院消保处",
    "消基會": "消基会", "交通部運輸研究所": "交通部运输研究所",
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
            for b in (BOM8, BOM16LE, BOM16BE):     # one BOM only
                assert not raw.startswith(b), f"{doc_id}: second BOM"
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
                for b in (raw, full):               # it or reads another text
                    assert not decodes(b, other) or b.decode(other) != \
                        self.text, (doc_id, other)
            # WITHOUT a BOM (annotate_na.py's block, back in annotate_la.py):
            # no EF BB BF anywhere, the file opens with the title's first
            # character (主 = E4 B8 BB), and utf-8-sig reads the same text
            assert bom == b"" and BOM8 not in full, doc_id
            assert full[:3] == self.text[0].encode("utf-8"), doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the curly
            # quotes too), so a count in bytes would shift every row after
            # the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) > len(self.text) + 1000, doc_id
        if enc == "big5":       # strict Big5 (new in annotate_la.py)
            diff_decl = BIG5_CP950_DIFF[doc_id]
            # every character is plain Big5 (checked by the strict decode
            # and round trip above), and each is two bytes but ASCII
            assert all(enc_ok(c, "big5") for c in self.text), doc_id
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            # cp950 reads the file to a text of the same length that differs
            # exactly at the declared characters, read as declared; plain
            # Big5 writes them with the declared bytes, and Big5-HKSCS reads
            # those bytes (and the whole file) like plain Big5
            alt = raw.decode("cp950")
            assert len(alt) == len(self.text), doc_id
            diff = sorted({a for a, b in zip(self.text, alt) if a != b})
            assert diff == sorted(diff_decl), (doc_id, diff)
            for c, (b, other) in diff_decl.items():
                assert c.encode("big5") == b and b in raw, c
                assert b.decode("cp950") == other != c, c
                assert b.decode("big5hkscs") == c, c
                assert {x for a, x in zip(self.text, alt) if a == c} == \
                    {other}, c
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            self.no_span_chars = sorted(diff_decl)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the first bytes are the title's first character (計 = AD 70)
            assert full[:2] == self.text[0].encode("big5"), doc_id
        if self.traditional:    # a Taiwan text: every character is cp950
            assert all(enc_ok(c, "cp950")       # (no HKSCS, no mainland
                       for c in self.text), doc_id     # form)
        else:                   # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: Taiwan markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d[）)]?年", self.text), doc_id
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
# g179 mainland theme parks and city tourism, November 2026: the lead
# (上海迪士尼乐园 on 11月18日, 当日, a visitor from 杭州); 文化和旅游部数据中心's
# monitoring of 昨日 (今年前三季度 against 去年同期, 三季度); the holiday peaks
# (携程's 国庆 of 10月1日至7日 in 上海, 北京, 广州, 珠海, 成都; 中秋; 美团's
# 国庆 against 去年同期; 中国银联 and 国铁集团 for 国庆); 上海 (上海市文化和
# 旅游局 今年前10个月 with 上海迪士尼度假区, 上海乐高乐园度假区, 上海欢乐谷;
# 上海国际旅游度假区管委会 2025年7月; 上海申迪集团 明年); 北京 (北京市文化和
# 旅游局 三季度, 北京环球影城), 长隆集团 (国庆, 广州 and 珠海 resorts), 广州市
# 文化广电旅游局 10月, 珠海市文化广电旅游体育局 10月 against 上月; the listed
# operators (三季度; 华强方特 11月17日, 今年前三季度, 芜湖, 郑州, 厦门, 国庆;
# 宋城演艺 三季度 with 杭州宋城景区; 华侨城集团; 复星旅文 with 三亚亚特兰蒂斯);
# the platforms (飞猪 本月1日至17日, 同程旅行 上周 in 西安, 长沙, 重庆, 抖音
# 生活服务 今年前10个月, 小红书, 去哪儿 and 途牛 双11); new parks (默林娱乐
# 集团 and 华侨城集团 in 深圳 明年上半年, 常州 12月31日, 中国旅游研究院 10月底);
# the world ranking (主题娱乐协会（TEA）and AECOM, 2025年, 上海, 东京, 大阪,
# 香港); policy (文化和旅游部 上月 with 元旦, 春节; 国家统计局 10月; 中国游艺机
# 游乐园协会 今年); the outlook (中山大学旅游学院; 中国旅游研究院 元旦, 春节,
# 四季度, 今年; 锦江酒店, 华住 明年 in 上海, 成都).  Simplified, UTF-8
# without BOM, 2026-11-20 (a Friday, ISO week 2026-W47), 中国旅游报; the
# byline 本报记者 林晓岚 stands on its own line.  昨日 2026-11-19; 上周
# 2026-W46; 本月 2026-11; 上月 2026-10 (and 2026-09 as the baseline of
# 10月); 明年 2027.
# ===========================================================================
@doc
def g179():
    d = Doc(G179)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, Q3 = "2026-10", "2026-Q3"
    SH, BJ, GZ, ZH, CD = "上海市", "北京市", "广州市", "珠海市", "成都市"
    HZ, WH, XM, SY, XA = "杭州市", "芜湖市", "厦门市", "三亚市", "西安市"
    CQ, SZ, CZ = "重庆市", "深圳市", "常州市"
    # title (a heading that opens with no city)
    d.date("新引擎 [[前三季度]]重点", Y, "")
    d.metric("同比增长[[11.6%]]\n", "11.6", "%", "exact", "")
    # byline line 本报记者 林晓岚 (本报 names no outlet; no city)
    # P1 the lead
    d.date("\n\n[[11月18日]]，上海", "2026-11-18", SH)
    d.city("，[[上海]]迪士尼乐园的入口")
    d.date("园区[[当日]]入园", "2026-11-18", "")
    d.metric("平日的[[1.4倍]]", "1.4", "倍", "exact", "")
    d.city("一位从[[杭州]]赶来")
    # P2 文化和旅游部数据中心 (no city)
    d.org("。[[文化和旅游部数据中心]]昨日")
    d.date("数据中心[[昨日]]发布", "2026-11-19", "")
    d.date("显示，[[今年前三季度]]，全国", Y, "")
    d.metric("全国[[87家]]重点", 87, "家", "exact", "")
    d.metric("累计接待游客[[2.36亿人次]]", "2.36e8", "人次", "exact", "")
    d.metric("人次，同比增长[[11.6%]]，", "11.6", "%", "exact", "")
    d.metric("门票收入[[约486亿元]]", "486e8", "元", "approx", "")
    d.metric("增长[[8.9%]]，", "8.9", "%", "exact", "")
    d.metric("升至[[42.3%]]", "42.3", "%", "exact", "")
    d.date("较[[去年同期]]提高3.1", LY, "")
    d.metric("提高[[3.1个百分点]]", "3.1", "百分点", "exact", "")
    d.date("。[[三季度]]单季", Q3, "")
    d.metric("接待游客[[9680万人次]]", "9680e4", "人次", "exact", "")
    d.metric("环比增长[[34%]]", 34, "%", "exact", "")
    d.metric("其中的[[六成以上]]", 60, "%", "over", "")
    # P3 the holiday peaks
    d.org("。[[携程]]数据")
    d.date("显示，[[国庆]]假期（", "2026-10-01", SH)
    d.date("（[[10月1日]]至7日）", "2026-10-01", SH)
    d.date("10月1日至[[7日]]）", "2026-10-07", SH)
    d.metric("订单同比增长[[23%]]", 23, "%", "exact", SH)
    d.city("23%，[[上海]]、北京")
    d.city("上海、[[北京]]、广州")
    d.city("北京、[[广州]]、珠海")
    d.city("广州、[[珠海]]、成都")
    d.city("珠海、[[成都]]的订单量")
    d.date("；[[中秋]]假期", "2026-09-25", "")
    d.metric("预订量同比增长[[约31%]]", 31, "%", "approx", "")
    d.org("。[[美团]]称")
    d.date("称，[[国庆]]期间", "2026-10-01", "")
    d.date("是[[去年同期]]的1.6倍", LY, "")
    d.metric("的[[1.6倍]]", "1.6", "倍", "exact", "")
    d.metric("，[[三成以上]]订单", 30, "%", "over", "")
    d.org("。[[中国银联]]数据")
    d.date("显示，[[国庆]]假期主题公园类", "2026-10-01", "")
    d.metric("交易金额为[[58.7亿元]]", "58.7e8", "元", "exact", "")
    d.metric("增长[[17.2%]]", "17.2", "%", "exact", "")
    d.org("；[[国铁集团]]统计")
    d.date("统计，[[国庆]]假期全国铁路", "2026-10-01", "")
    d.metric("发送旅客[[约1.54亿人次]]", "1.54e8", "人次", "approx", "")
    # P4 上海 (上海 inside ORGs in the last two sentences)
    d.org("集中。[[上海市文化和旅游局]]统计")
    d.date("统计，[[今年前10个月]]，上海", Y, SH)
    d.city("，[[上海]]迪士尼度假区")
    d.city("、[[上海]]乐高乐园度假区")
    d.city("和[[上海]]欢乐谷")
    d.metric("接待游客[[约2150万人次]]", "2150e4", "人次", "approx", SH)
    d.metric("住宿收入[[逾68亿元]]", "68e8", "元", "over", SH)
    d.org("。[[上海国际旅游度假区管委会]]介绍")
    d.date("介绍，[[2025年7月]]开业", "2025-07", "")
    d.metric("已[[超过420万人次]]", "420e4", "人次", "over", "")
    d.metric("占比[[约65%]]", 65, "%", "approx", "")
    d.org("。[[上海申迪集团]]相关")
    d.date("计划于[[明年]]暑期前", NY, "")
    d.metric("将提升[[约15%]]", 15, "%", "approx", "")
    # P5 北京, 广州, 珠海
    d.org("\n\n[[北京市文化和旅游局]]数据")
    d.date("显示，[[三季度]]北京", Q3, BJ)
    d.city("三季度[[北京]]环球影城")
    d.metric("接待游客[[约410万人次]]", "410e4", "人次", "approx", BJ)
    d.metric("同比增长[[12%]]，周边", 12, "%", "exact", BJ)
    d.metric("入住率达[[81.5%]]", "81.5", "%", "exact", BJ)
    d.metric("房价为[[1260元]]", 1260, "元", "exact", BJ)
    d.org("。[[长隆集团]]表示")
    d.date("表示，[[国庆]]期间旗下", "2026-10-01", GZ)
    d.city("旗下[[广州]]长隆")
    d.city("和[[珠海]]长隆")
    d.metric("合计接待游客[[约196万人次]]", "196e4", "人次", "approx", ZH)
    d.metric("增长[[9.5%]]", "9.5", "%", "exact", ZH)
    d.org("。[[广州市文化广电旅游局]]的")
    d.date("显示，[[10月]]广州", OCT, GZ)
    d.city("10月[[广州]]A级")
    d.metric("接待游客[[1860万人次]]", "1860e4", "人次", "exact", GZ)
    d.metric("增长[[9.4%]]；", "9.4", "%", "exact", GZ)
    d.org("；[[珠海市文化广电旅游体育局]]称")
    d.date("片区酒店[[10月]]平均", OCT, "")
    d.metric("入住率为[[76.3%]]", "76.3", "%", "exact", "")
    d.date("较[[上月]]提高", "2026-09", "")
    d.metric("提高[[8.2个百分点]]", "8.2", "百分点", "exact", "")
    # P6 the listed operators
    d.date("企业[[三季度]]业绩", Q3, "")
    d.org("。[[华强方特文化科技集团股份有限公司]]（")
    d.org("“[[华强方特]]”）")
    d.date("）[[11月17日]]发布", "2026-11-17", WH)
    d.date("称，[[今年前三季度]]旗下方特", Y, WH)
    d.metric("接待游客[[约4120万人次]]", "4120e4", "人次", "approx", WH)
    d.metric("增长[[6.8%]]", "6.8", "%", "exact", WH)
    d.city("位于[[芜湖]]、")
    d.city("、[[郑州]]、")
    d.city("、[[厦门]]等城市")
    d.date("园区[[国庆]]期间客流", "2026-10-01", XM)
    d.org("。[[宋城演艺]]三季度")
    d.date("宋城演艺[[三季度]]实现", Q3, HZ)
    d.metric("营业收入[[约6.2亿元]]", "6.2e8", "元", "approx", HZ)
    d.metric("增长[[15.3%]]", "15.3", "%", "exact", HZ)
    d.city("，[[杭州]]宋城景区")
    d.metric("接待游客[[8.6万人次]]", "8.6e4", "人次", "exact", HZ)
    d.org("。[[华侨城集团]]称")
    d.date("称，[[今年前三季度]]旗下主题公园", Y, "")
    d.metric("游客[[3360万人次]]", "3360e4", "人次", "exact", "")
    d.metric("占比[[超过45%]]", 45, "%", "over", "")
    d.org("；[[复星旅文]]则")
    d.city("表示，[[三亚]]亚特兰蒂斯")
    d.date("亚特兰蒂斯[[前三季度]]营业", Y, SY)
    d.metric("下降[[4.2%]]", "4.2", "%", "exact", SY)
    # P7 the platforms
    d.org("。[[飞猪]]数据")
    d.date("显示，[[本月1日]]至17日", "2026-11-01", "")
    d.date("本月1日至[[17日]]，", "2026-11-17", "")
    d.metric("预订量同比增长[[约48%]]", 48, "%", "approx", "")
    d.org("；[[同程旅行]]称")
    d.date("称，[[上周]]平台上", "2026-W46", XA)
    d.city("平台上[[西安]]、")
    d.city("、[[长沙]]、")
    d.city("、[[重庆]]的")
    d.metric("环比增长[[两成以上]]", 20, "%", "over", CQ)
    d.org("。[[抖音生活服务]]发布")
    d.date("显示，[[今年前10个月]]，平台上", Y, "")
    d.metric("团购订单[[超过5600万单]]", "5600e4", "单", "over", "")
    d.org("；[[小红书]]上")
    d.metric("笔记[[超过120万篇]]", "120e4", "篇", "over", "")
    d.org("；[[去哪儿]]和")
    d.org("和[[途牛]]则称")
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.metric("同比增长[[约2.3倍]]", "2.3", "倍", "approx", "")
    # P8 new parks
    d.org("。[[默林娱乐集团]]与")
    d.org("与[[华侨城集团]]合作")
    d.city("合作的[[深圳]]乐高")
    d.date("计划[[明年上半年]]开业", NY, SZ)
    d.city("；[[常州]]中华恐龙园")
    d.date("将于[[12月31日]]试运营", "2026-12-31", CZ)
    d.org("据[[中国旅游研究院]]统计")
    d.date("截至[[10月底]]，全国", OCT, "")
    d.metric("项目[[约38个]]", 38, "个", "approx", "")
    d.metric("总投资[[超过2100亿元]]", "2100e8", "元", "over", "")
    d.metric("占比[[近四成]]", 40, "%", "approx", "")
    # P9 the world ranking
    d.org("。[[主题娱乐协会]]（")
    d.org("（[[TEA]]）")
    d.org("与[[AECOM]]联合")
    d.date("《[[2025年]]全球", LY, SH)
    d.date("显示，[[2025年]]上海", LY, SH)
    d.city("2025年[[上海]]迪士尼乐园接待")
    d.metric("接待游客[[约1410万人次]]", "1410e4", "人次", "approx", SH)
    d.city("，[[东京]]迪士尼")
    d.metric("迪士尼乐园[[约1520万人次]]", "1520e4", "人次", "approx", "东京")
    d.city("，[[大阪]]的")
    d.metric("环球影城[[约1600万人次]]", "1600e4", "人次", "approx", "大阪")
    d.city("，[[香港]]迪士尼")
    d.metric("迪士尼乐园[[约650万人次]]", "650e4", "人次", "approx", "香港")
    # P10 policy (no city)
    d.org("，[[文化和旅游部]]上月")
    d.date("旅游部[[上月]]印发", OCT, "")
    d.date("在[[元旦]]、春节期间", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.org("；[[国家统计局]]数据")
    d.date("显示，[[10月]]全国", OCT, "")
    d.metric("零售额同比增长[[5.3%]]", "5.3", "%", "exact", "")
    d.metric("零售额增长[[约11%]]", 11, "%", "approx", "")
    d.org("。[[中国游艺机游乐园协会]]预计")
    d.date("预计，[[今年]]全国", Y, "")
    d.metric("有望[[突破900亿元]]", "900e8", "元", "over", "")
    # P11 the outlook
    d.org("\n\n[[中山大学旅游学院]]一位")
    d.org("。[[中国旅游研究院]]预计")
    d.date("随着[[元旦]]、春节临近", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[四季度]]主题公园", "2026-Q4", "")
    d.metric("同比增长[[10%以上]]", 10, "%", "over", "")
    d.date("，[[今年]]全年", Y, "")
    d.metric("将[[突破3亿人次]]", "3e8", "人次", "over", "")
    d.org("。[[锦江酒店]]、")
    d.org("、[[华住]]等酒店集团")
    d.org("，[[华住]]计划")
    d.date("计划[[明年]]在", NY, SH)
    d.city("在[[上海]]、成都")
    d.city("上海、[[成都]]的乐园")
    d.metric("新开酒店[[超过60家]]", 60, "家", "over", CD)
    audit = {
        "orgs": ["文化和旅游部数据中心", "携程", "美团", "中国银联",
                 "国铁集团", "上海市文化和旅游局", "上海国际旅游度假区管委会",
                 "上海申迪集团", "北京市文化和旅游局", "长隆集团",
                 "广州市文化广电旅游局", "珠海市文化广电旅游体育局",
                 "华强方特文化科技集团股份有限公司", "华强方特", "宋城演艺",
                 "华侨城集团", "复星旅文", "飞猪", "同程旅行", "抖音生活服务",
                 "小红书", "去哪儿", "途牛", "默林娱乐集团", "中国旅游研究院",
                 "主题娱乐协会", "TEA", "AECOM", "文化和旅游部", "国家统计局",
                 "中国游艺机游乐园协会", "中山大学旅游学院", "锦江酒店",
                 "华住"],
        "cities": ["上海", "北京", "天津", "重庆", "杭州", "广州", "珠海",
                   "深圳", "成都", "芜湖", "郑州", "厦门", "西安", "长沙",
                   "常州", "三亚", "香港", "澳门", "东京", "大阪", "横琴",
                   "武汉", "南京", "苏州", "中山", "海南", "中国", "日本"],
        # 横琴 (a district of 珠海: 横琴片区); 日本 (a country, of 日本环球
        # 影城); 中国 only inside ORGs (中国银联, 中国旅游研究院 x2, 中国游艺机
        # 游乐园协会)
        "excluded": ["[[横琴]]片区", "大阪的[[日本]]环球影城"],
        "numbers_excluded": [],
        # 一周 (提前一周: a duration), 一位 (x2, a visitor, a professor), 一个
        # (a telling instance), 二次 (x2: 二次消费, secondary spending, a
        # term, no figure)
        "cn_excluded": ["提前[[一周]]", "[[一]]位从杭州", "学院[[一]]位",
                        "的[[一]]个缩影", "餐饮、住宿、购物等[[二]]次消费",
                        "，[[二]]次消费占比"],
        # A级 (a grade of scenic spots); TEA and AECOM are ORG rows
        "latin_excluded": ["广州[[A]]级"],
        # time words that are no DATE: 淡季 (the low season), 平日 (ordinary
        # days, recurring), 周末 (weekends), 单季 (the quarter alone after its
        # DATE), 节假日 (holidays in general), 周边 (x5, surroundings), 日均
        # (daily average), 单日 (a single day), 年卡 (annual passes), 全年
        # (after 今年, outside the span, GUIDELINES)
        "words_excluded": {"淡季": 1, "平日": 1, "周末": 1, "单季": 1,
                           "节假日": 1, "周边": 6, "日均": 1, "单日": 1,
                           "年卡": 1, "全年": 1},
        # generic words outside ORG rows: 集团 (酒店集团: a kind), 局 (布局,
        # a verb), 协会, 研究院, 学院, 公司, 管委会 (none)
        "orgwords_excluded": {"集团": 1, "协会": 0, "研究院": 0, "学院": 0,
                              "公司": 0, "局": 1, "管委会": 0,
                              "文化和旅游": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g180 Taiwan's taxis and ride-hailing, November 2026: 交通部公路局's
# statistics of 昨（23）日 (截至10月底 against 去年同期, 民國107年, 今（115）年
# 前10月 against 去年同期); the fare rise of 台北市政府交通局 (昨日, 明年元旦
# for 雙北 and 基隆, 今（24）日; 台北市交通局's fleet and drivers, 上月 against
# 9月); the platforms (台灣大車隊（2640）昨日, 10月, 今年前10月; Uber 今年
# 前3季; 和泰汽車's yoxi against 去年底; LINE GO, 大都會衛星車隊, 皇冠大車隊);
# the rules (交通部 上月, 明年7月); subsidies and energy (交通部公路局 今年,
# 9月底; 立法院交通委員會 上週五（20日）; 經濟部能源署 明（116）年; 台灣電力
# 公司（台電）, 桃園機場; 台灣中油 本週一; 主計總處 10月); airports, rail and
# payments (桃園國際機場公司 國慶; 台灣高鐵 上月 in 台中, 台南; 悠遊卡公司,
# 一卡通票證公司 今年前3季; 街口支付, LINE Pay); drivers (勞動部; 中華民國
# 計程車駕駛員職業工會全國聯合會 113年; 台北市計程車客運商業同業公會; 國泰
# 產險, 富邦產險); the cities (新北市政府交通局 今年, 桃園市政府交通局 10月,
# 台中市政府交通局 with 台灣大車隊, 高雄市政府交通局 今年前3季, 台南, 新竹市,
# 嘉義市 明年, 基隆市政府交通處 明年元旦); complaints and comparison (行政院
# 消保處 今年 against 去年同期, 消基會; 台北, 東京, 首爾, 新加坡, 香港); the
# outlook (交通部運輸研究所: 年底, 聖誕, 元旦, 12月, 11月, 明年農曆春節; 明年).
# Traditional as Taiwan writes it (台, 占, 布建, 計畫, 年增, 前10月, 前3季,
# 上週五, 本週一, 新台幣, ROC years), strict Big5, 2026-11-24 (a Tuesday,
# ISO week 2026-W48), 聯合報; the byline 記者林佩蓉／台北報導 stands on its
# own line.  昨日 2026-11-23; 今（24）日 2026-11-24; 上週五 2026-11-20;
# 本週一 2026-11-23; 上月 2026-10; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g180():
    d = Doc(G180)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, SEP = "2026-10", "2026-09"
    TPE, KEE, TN, NTPC = "台北市", "基隆市", "台南市", "新北市"
    TY, TC, KHH, CY, HK = "桃园市", "台中市", "高雄市", "嘉义市", "香港"
    # title (a heading that opens with no city)
    d.date("運價[[明年元旦]]起調漲", "2027-01-01", "")
    d.date("多元計程車[[前10月]]載客", Y, "")
    d.metric("趟次年增[[18.4%]]\n", "18.4", "%", "exact", "")
    # byline line (a heading that opens with no city)
    d.city("／[[台北]]報導")
    # P1 交通部公路局 (no city)
    d.org("\n\n[[交通部公路局]]昨（23）日")
    d.date("公路局[[昨（23）日]]公布", "2026-11-23", "")
    d.date("截至[[10月底]]，全台", OCT, "")
    d.metric("登記車輛為[[8萬6,412輛]]", 86412, "辆", "exact", "")
    d.date("較[[去年同期]]減少1.2%", "2025-10", "")
    d.metric("減少[[1.2%]]", "1.2", "%", "exact", "")
    d.date("其中自[[民國107年]]上路", "2018", "")
    d.metric("計程車達[[2萬3,580輛]]", 23580, "辆", "exact", "")
    d.metric("年增[[14.6%]]", "14.6", "%", "exact", "")
    d.metric("升至[[27.3%]]", "27.3", "%", "exact", "")
    d.date("指出，[[今（115）年前10月]]多元化", Y, "")
    d.metric("載客[[約1億2,600萬趟]]", "12600e4", "趟", "approx", "")
    d.metric("萬趟，年增[[18.4%]]", "18.4", "%", "exact", "")
    d.metric("約新台幣[[312元]]", 312, "元", "approx", "", outer="約新台幣")
    d.date("較[[去年同期]]增加約6%", LY, "")
    d.metric("增加[[約6%]]", 6, "%", "approx", "")
    # P2 the fare rise; 台北市交通局
    d.org("\n\n[[台北市政府交通局]]昨日")
    d.date("交通局[[昨日]]也宣布", "2026-11-23", KEE)
    d.city("雙北與[[基隆]]計程車")
    d.date("將自[[明年元旦]]起調整", "2027-01-01", KEE)
    d.metric("由新台幣[[85元]]調高", 85, "元", "exact", KEE, outer="新台幣")
    d.metric("調高至[[100元]]", 100, "元", "exact", KEE)
    d.metric("維持[[1.25公里]]", "1.25", "公里", "exact", KEE)
    d.metric("每趟[[20元]]則", 20, "元", "exact", KEE)
    d.date("可自[[今（24）日]]起", "2026-11-24", KEE)
    d.org("。[[台北市交通局]]統計")
    d.city("統計，[[台北市]]目前")
    d.metric("計程車[[約2萬8,900輛]]", 28900, "辆", "approx", TPE)
    d.metric("駕駛人[[約3萬1,200人]]", 31200, "人", "approx", TPE)
    d.metric("平均年齡[[58.6歲]]", "58.6", "岁", "exact", TPE)
    d.metric("，[[60歲以上]]者", 60, "岁", "over", TPE)
    d.metric("占比[[近四成]]；上月", 40, "%", "approx", TPE)
    d.date("；[[上月]]台北市", OCT, TPE)
    d.city("上月[[台北市]]計程車")
    d.metric("載客[[11.3趟]]", "11.3", "趟", "exact", TPE)
    d.date("較[[9月]]減少", SEP, TPE)
    d.metric("減少[[0.4趟]]", "0.4", "趟", "exact", TPE)
    # P3 the platforms (no city: 台 of 在台 is an abbreviation)
    d.org("。[[台灣大車隊]]（2640）")
    d.date("（2640）[[昨日]]公布", "2026-11-23", "")
    d.date("公布[[10月]]營收", OCT, "")
    d.metric("營收新台幣[[4.12億元]]", "4.12e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[9.8%]]", "9.8", "%", "exact", "")
    d.date("，[[今年前10月]]累計", Y, "")
    d.metric("累計營收[[41.6億元]]", "41.6e8", "元", "exact", "")
    d.metric("年增[[8.7%]]", "8.7", "%", "exact", "")
    d.metric("會員數[[突破520萬人]]", "520e4", "人", "over", "")
    d.date("，[[10月]]叫車趟次", OCT, "")
    d.metric("趟次[[約1,030萬趟]]", "1030e4", "趟", "approx", "")
    d.org("。[[Uber]]表示")
    d.date("表示，[[今年前3季]]平台", Y, "")
    d.metric("行程數年增[[約21%]]", 21, "%", "approx", "")
    d.metric("年增[[逾三成]]", 30, "%", "over", "")
    d.org("；[[和泰汽車]]旗下")
    d.org("旗下[[yoxi]]則")
    d.metric("已達[[4,200輛]]", 4200, "辆", "exact", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約1,100輛]]", 1100, "辆", "approx", "")
    d.org("。[[Uber]]並指出")
    d.metric("駕駛已[[超過3萬名]]", "3e4", "名", "over", "")
    d.metric("時數[[約28小時]]", 28, "小时", "approx", "")
    d.org("。[[LINE GO]]、")
    d.org("、[[大都會衛星車隊]]與")
    d.org("與[[皇冠大車隊]]也")
    # P4 the rules (no city)
    d.org("，[[交通部]]上月預告")
    d.date("交通部[[上月]]預告", OCT, "")
    d.date("擬自[[明年7月]]起", "2027-07", "")
    d.metric("可處新台幣[[90萬元]]", "90e4", "元", "exact", "",
             outer="新台幣")
    d.org("罰鍰，[[Uber]]與")
    d.org("與[[台灣大車隊]]均")
    # P5 subsidies and energy (no city: 桃園 only inside 桃園機場)
    d.org("，[[交通部公路局]]今年起")
    d.date("公路局[[今年]]起", Y, "")
    d.metric("補助新台幣[[50萬元]]", "50e4", "元", "exact", "",
             outer="新台幣")
    d.date("截至[[9月底]]已", SEP, "")
    d.metric("核定[[1,860輛]]", 1860, "辆", "exact", "")
    d.metric("補助金額[[約6.2億元]]", "6.2e8", "元", "approx", "")
    d.org("。[[立法院交通委員會]]上週五")
    d.date("委員會[[上週五]]（", "2026-11-20", "")
    d.date("（[[20日]]）審查", "2026-11-20", "")
    d.org("；[[經濟部能源署]]預計")
    d.date("預計，[[明（116）年]]計程車", NY, "")
    d.metric("增加[[約800座]]", 800, "座", "approx", "")
    d.org("，[[台灣電力公司]]（")
    d.org("（[[台電]]）")
    d.org("在[[桃園機場]]周邊")
    d.org("方面，[[台灣中油]]自")
    d.date("自[[本週一]]調降", "2026-11-23", "")
    d.metric("每公升[[0.2元]]", "0.2", "元", "exact", "")
    d.org("；[[主計總處]]統計")
    d.date("統計，[[10月]]消費者", OCT, "")
    d.metric("指數年增[[1.8%]]", "1.8", "%", "exact", "")
    d.metric("車資年增[[3.1%]]", "3.1", "%", "exact", "")
    # P6 airports, rail and payments
    d.org("。[[桃園國際機場公司]]統計")
    d.date("統計，[[國慶]]連假", "2026-10-10", "")
    d.metric("載客[[約9.6萬趟]]", "9.6e4", "趟", "approx", "")
    d.metric("年增[[7.5%]]", "7.5", "%", "exact", "")
    d.org("；[[台灣高鐵]]指出")
    d.city("指出，[[台中]]、台南、左營")
    d.city("台中、[[台南]]、左營")
    d.date("排班[[上月]]載客", OCT, TN)
    d.metric("載客年增[[約12%]]", 12, "%", "approx", TN)
    d.org("，[[悠遊卡公司]]與")
    d.org("與[[一卡通票證公司]]統計")
    d.date("統計，[[今年前3季]]計程車電子", Y, "")
    d.metric("交易筆數年增[[約27%]]", 27, "%", "approx", "")
    d.org("；[[街口支付]]、")
    d.org("、[[LINE Pay]]等")
    d.metric("比重已[[超過六成]]", 60, "%", "over", "")
    # P7 drivers (no city: 台北市 only inside its guild's name)
    d.org("。[[勞動部]]調查")
    d.metric("每月工作[[26.4天]]", "26.4", "天", "exact", "")
    d.metric("平均工時[[10.8小時]]", "10.8", "小时", "exact", "")
    d.metric("月平均收入[[約4萬6,500元]]", 46500, "元", "approx", "")
    d.org("；[[中華民國計程車駕駛員職業工會全國聯合會]]指出")
    d.date("所得較[[113年]]減少", "2024", "")
    d.metric("減少[[約5%]]", 5, "%", "approx", "")
    d.org("。[[台北市計程車客運商業同業公會]]則")
    d.org("；[[國泰產險]]、")
    d.org("、[[富邦產險]]已")
    d.metric("最多可減少[[15%]]", 15, "%", "exact", "")
    # P8 the cities
    d.org("。[[新北市政府交通局]]表示")
    d.city("表示，[[新北市]]今年")
    d.date("新北市[[今年]]已核發", Y, NTPC)
    d.metric("補貼[[約3,600萬元]]", "3600e4", "元", "approx", NTPC)
    d.metric("受惠趟次[[約18萬趟]]", "18e4", "趟", "approx", NTPC)
    d.org("；[[桃園市政府交通局]]指出")
    d.city("指出，[[桃園]]10月")
    d.date("桃園[[10月]]多元化", OCT, TY)
    d.metric("登記數年增[[21%]]", 21, "%", "exact", TY)
    d.org("。[[台中市政府交通局]]則")
    d.org("與[[台灣大車隊]]合作")
    d.city("在[[台中]]推出")
    d.metric("折抵[[85元]]", 85, "元", "exact", TC)
    d.metric("累計使用[[約42萬人次]]", "42e4", "人次", "approx", TC)
    d.org("。[[高雄市政府交通局]]統計")
    d.city("統計，[[高雄]]今年")
    d.date("高雄[[今年前3季]]計程車", Y, KHH)
    d.metric("叫車量年增[[6.3%]]", "6.3", "%", "exact", KHH)
    d.city("；[[台南]]、新竹市")
    d.city("台南、[[新竹市]]與")
    d.city("與[[嘉義市]]也")
    d.date("計畫[[明年]]檢討", NY, CY)
    d.org("。[[基隆市政府交通處]]則")
    d.date("於[[明年元旦]]同步", "2027-01-01", "")
    # P9 complaints and comparison
    d.org("\n\n[[行政院消保處]]統計")
    d.date("統計，[[今年]]以來", Y, "")
    d.metric("申訴達[[1,420件]]", 1420, "件", "exact", "")
    d.date("較[[去年同期]]增加約9%", LY, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.org("；[[消基會]]建議")
    d.city("調漲後的[[台北]]起跳價")
    d.city("低於[[東京]]、")
    d.city("、[[首爾]]與")
    d.city("與[[新加坡]]，")
    d.city("僅及[[香港]]的")
    d.metric("的[[八成左右]]", 80, "%", "approx", HK)
    # P10 the outlook (no city)
    d.org("\n\n[[交通部運輸研究所]]預估")
    d.date("隨著[[年底]]聖誕", Y, "")
    d.date("年底[[聖誕]]、", "2026-12-25", "")
    d.date("、[[元旦]]檔期", "2027-01-01", "")
    d.date("到來，[[12月]]計程車", "2026-12", "")
    d.date("較[[11月]]成長", "2026-11", "")
    d.metric("成長[[約15%]]", 15, "%", "approx", "")
    d.date("，[[明年農曆春節]]前", "2027-02-06", "")
    d.date("預期，[[明年]]全台", NY, "")
    d.metric("可望[[突破2萬6,000輛]]", 26000, "辆", "over", "")
    audit = {
        "orgs": ["交通部公路局", "台北市政府交通局", "台北市交通局",
                 "台灣大車隊", "Uber", "和泰汽車", "yoxi", "LINE GO",
                 "大都會衛星車隊", "皇冠大車隊", "交通部", "立法院交通委員會",
                 "經濟部能源署", "台灣電力公司", "台電", "桃園機場",
                 "台灣中油", "主計總處", "桃園國際機場公司", "台灣高鐵",
                 "悠遊卡公司", "一卡通票證公司", "街口支付", "LINE Pay",
                 "勞動部", "中華民國計程車駕駛員職業工會全國聯合會",
                 "台北市計程車客運商業同業公會", "國泰產險", "富邦產險",
                 "新北市政府交通局", "桃園市政府交通局", "台中市政府交通局",
                 "高雄市政府交通局", "基隆市政府交通處", "行政院消保處",
                 "消基會", "交通部運輸研究所"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮", "宜蘭",
                   "屏東", "彰化", "東京", "首爾", "新加坡", "香港", "大阪",
                   "上海", "左營", "板橋", "雙北", "台灣"],
        # 左營 (a district of 高雄, one of the listed 高鐵 stations); 雙北
        # (x3: the two northern cities together, like 沪 or 两地: no CITY);
        # 台灣 only inside ORGs
        "excluded": ["台南、[[左營]]等站", "[[雙北]]與基隆",
                     "這是[[雙北]]計程車", "比照[[雙北]]於"],
        # 2640 (台灣大車隊's stock code, SPEC), 55688 (the name of its app),
        # 12年 (睽違12年: for the first time in 12 years, a duration)
        "numbers_excluded": ["（[[2640]]）", "旗下[[55688]] App",
                             "睽違[[12年]]"],
        # 六 of 六都 (the six special municipalities: a collective label,
        # 六都之冠 the first among them)
        "cn_excluded": ["為[[六]]都之冠"],
        # App (of 55688 App, a product word)
        "latin_excluded": ["55688 [[App]]"],
        # time words that are no DATE: 年增 (year on year), 年齡 (age), 日均
        # (daily average), 每月 and 每日 and 每週 and 每季 (recurring), 月平均
        # (monthly average), 周邊 (surroundings)
        "words_excluded": {"年增": 14, "周邊": 1, "年齡": 1, "日均": 1, "每月": 1,
                           "每日": 1, "每週": 1, "每季": 1, "月平均": 1},
        # generic words outside ORG rows: 該局 and 交通局 (read back), 車隊
        # (車隊規模: yoxi's fleet), 公司, 公會, 研究所, 委員會 (none)
        "orgwords_excluded": {"局": 2, "車隊": 1, "公司": 0, "公會": 0,
                              "研究所": 0, "委員會": 0, "部": 0},
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
        # 去年同期 follows its sentence's period, not the reference year
        # (SPEC; check_last_year_period; new in annotate_ma.py)
        if tx.startswith(w) and tx not in ("去年同期", "上年同期"):
            assert norm[:4] == str(ref.year + k), r
    # N年前 counts back from the reference year (SPEC 两年前; new in
    # annotate_ma.py)
    m = re.fullmatch(r"([一二两兩三四五六七八九十]|\d+)年前", tx)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else \
            CN_DIGIT[m.group(1)]
        assert norm == str(ref.year - n), r
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


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (10月, 12月31日,
    9月底, 三季度, 四季度, 第3季) is in the reference year when no year is
    stated before it in its sentence (GUIDELINES: 今年 counts from the
    reference date; a sentence that names a year or counts one (明年, 去年,
    2025年) is left to the hand value; new in annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份)?|\d{1,2}日|"
                        r"第?[一二三四1-4]季度?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r


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
            check_bare_year(d, r)
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
