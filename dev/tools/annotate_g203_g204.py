#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g203_tea_industry_brands_cities and g204_taiwan_food_safety_night_markets
(annotator HA).

Adapted from the precedent set's tools/annotate_ia.py (now dev/tools/annotate_g197_g198.py) (/tmp/ho36/precedent:
copied and the data changed; a mainland article and a Taiwan Big5-family
article, the pair closest to mine).  It keeps the checks of annotate_ia.py
and its predecessors: strict decoding, offsets, overlaps, span edges,
formats, calendar-valid DATEs, METRIC values re-derived from the span,
ORG/CITY/unit normalizations against OpenCC t2s, audits of digits, Latin
words, Chinese numerals, time characters, city strings, ORG words and ORG
strings, the independent `city` rule computed and asserted against my hand
value on every DATE/METRIC row, the month and day a DATE span writes, the
precision a DATE span writes, the holiday table by exact span and the
holidays recomputed without it (by region: Taiwan's 國慶 is 10-10), ROC
years only in a Taiwan text and between 40 and 199, 今（N）年/明（N）年
carrying the ROC year of the reference year, relative words resolved from
the reference date (本周一, 上週五, 本週四 to the day of their week, 上周/上週
to its ISO week, 昨日, 昨（23）日, 今（24）日, 两年前/兩年前), 上月 as a
baseline after a comparison word, the bare-day month rule, a bare month, day
or quarter in the reference year, 去年同期 a year before its sentence's
period, the bracketed gloss, the 约占 check, markers before, touching and
after a span, 约为/约有 as separated markers, the declared shared unit, the
declared organizations of each article, the narrowest codec, the OpenCC
t2s-then-s2tw round trip of the traditional article.  From the precedent's
tools/annotate_ib.py it adds check_time_metric (a figure in a time unit
needs a statistic cue) and check_collective (a Chinese-numeral count right
after a list of as many items is its collective label, no METRIC).  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (nothing removed: neither file has a
BOM):

- g203 is simplified (mainland, 中华工商时报, 2026-11-18), stored as UTF-8
  WITHOUT a BOM (the title's 产 = E4 BA A7 opens the file).  utf-8 and
  utf-8-sig read the same text (no U+FEFF anywhere).  Every non-ASCII
  character is three bytes (no four-byte one), every character is GB2312
  (so GBK and GB18030 too), and OpenCC t2s leaves the article unchanged.
  Its byline 中华工商时报记者 邵清禾 stands on line 3 (中华工商时报 is an ORG
  by GUIDELINES' byline rule; the line names no place).
- g204 is traditional (Taiwan, 聯合報, 2026-11-24), stored as PLAIN Big5
  without a BOM; the title's 夜 (A9 5D) opens the file.  Every character is
  in plain Big5 (Python's big5 codec reads and round-trips the file), so
  the narrowest Big5 codec is the declared one.  One character is written
  in a code where plain Big5 and cp950 differ: the byline's ／ (plain Big5
  A2 41, which cp950 reads as ∕; cp950's own code for ／ is A1 FE, absent):
  it stands once, on the byline line, in no span; plain Big5 and
  Big5-HKSCS read the file alike, cp950 reads it alike but for that one
  character.  Every non-ASCII character is two bytes.  UTF-8, UTF-16 and
  the GB codecs fail or read another text.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  Taiwan cities by their full names with 市).  A Taiwan text: 2-3 digit
  years before 年 are ROC years (114年 = 2025, 115年度 = 2026, 今（115）年
  = 2026, 明（116）年度 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho36/precedent:
README, NOTES_ia/ib/ic, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g203_g204.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ia.py: a UTF-8 mainland article WITHOUT a BOM in place
of the one with a BOM (no BOM of any kind; utf-8 and utf-8-sig read the same
text; three bytes a non-ASCII character; the title's 产 = E4 BA A7 first;
the GB and Big5 codecs and UTF-16 fail or read another text; every
character GB2312); a plain-Big5 Taiwan article in place of the cp950 one
(big5 reads and round-trips it; no character outside plain Big5; the
characters whose plain-Big5 and cp950 codes differ are declared with the
bytes written (／ as A2 41) and stand only on the byline line, in no span;
cp950 reads every other line alike; Big5-HKSCS reads the file alike; two
bytes a non-ASCII character; the GB codecs, UTF-8 and UTF-16 fail or read
another text); the holiday table as these articles name them (今年中秋,
国庆, 春节, 元旦; 今年國慶 (Taiwan: 10-10), 今年中秋, 春節, 元旦); the
Taiwan forms of the round trip gain 複 (複查, 複抽: s2tw 復) and 濕 (濕製品:
s2tw 溼); check_collective and check_time_metric from annotate_ib.py; units
%, 亩, 吨, 元, 美元, 个, 枚, 家, 场, 批次, 件, and %, 家, 件, 人次, 百分点, 处,
元, 摊, 个, 项, 人.  Re-run (from anywhere):

    python3 dev/tools/annotate_g203_g204.py
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
G203 = "g203_tea_industry_brands_cities"
G204 = "g204_taiwan_food_safety_night_markets"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G203: ("utf-8", b"", False, "2026-11-18", "中华工商时报"),
    G204: ("big5", b"", True, "2026-11-24", "聯合報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G203: [], G204: []}
# characters of the Big5 article outside plain Big5 (none: the file is
# plain Big5 throughout)
OUTSIDE_BIG5 = {G204: {}}
# characters whose plain-Big5 and cp950 codes differ that the plain-Big5
# article writes, with the bytes it writes them in (plain Big5's, which cp950
# reads as another character) and cp950's own code (absent from the file):
# ／ of the byline (big5 A2 41, cp950 reads ∕; cp950 writes ／ as A1 FE); on
# the byline line (the third line) only, once, in no span
BIG5_FORMS = {G204: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
# the first character of each file (no BOM), with its bytes
FIRST_CHAR = {G203: ("产", b"\xe4\xba\xa7"), G204: ("夜", b"\xa9\x5d")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G204}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ia.py's list, with the food-safety words of g204 added)
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
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕"
                   "库减压灯览厂级吨积涨缴办换规应调"
                   "医疗护诊给险剂寿监纪设属辖"
                   "骑罚锾赔偿补贴测试获额点轮骤辅"
                   "摊验录饮鲜冻肠杆罚违饼卫厨监")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 占該 (佔), 布 of 公布 (佈), 複 of 複查/複抽 (復), 濕 of
# 濕製品 (溼)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("複", "復"),
                ("濕", "溼")}
# Holidays the articles name, by their exact span (2025-2027).
# g203 (mainland, 2026-11-18): 今年中秋 2026-09-25 (八月十五 of 2026; a year
# word before a holiday is inside the span) and 国庆 2026-10-01, the ones
# just past (假期期间 outside); 元旦 2027-01-01 and 春节 2027-02-06 (正月初一
# of 2027), the coming ones (随着元旦、春节临近; 春节前).
# g204 (Taiwan, 2026-11-24): 今年國慶 2026-10-10 (GUIDELINES: Taiwan texts
# name Taiwan's days, 国庆 10-10; 連假期間 outside); 今年中秋 2026-09-25;
# 春節 2027-02-06 and 元旦 2027-01-01, the coming ones (春節前, 元旦連假前).
HOLIDAY = {
    "今年中秋": "2026-09-25", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "今年國慶": "2026-10-10", "春節": "2027-02-06",
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
    # g203 (2026: the prefecture-level cities 杭州 (浙江), 信阳 (河南), 六安
    # (安徽), 郑州 (河南), 武汉 (湖北), 深圳, 广州 (广东), 成都, 雅安, 宜宾
    # (四川), 厦门, 漳州 (福建), 普洱, 临沧 (云南), 遵义, 铜仁 (贵州), 长沙
    # (湖南); the county-level cities 福鼎 (福建宁德) and 英德 (广东清远); the
    # municipalities 北京, 上海)
    "杭州": "杭州市", "信阳": "信阳市", "福鼎": "福鼎市", "六安": "六安市",
    "郑州": "郑州市", "武汉": "武汉市", "深圳": "深圳市", "成都": "成都市",
    "厦门": "厦门市", "漳州": "漳州市", "普洱市": "普洱市", "遵义": "遵义市",
    "铜仁": "铜仁市", "雅安": "雅安市", "宜宾": "宜宾市", "临沧": "临沧市",
    "英德": "英德市", "长沙": "长沙市", "北京": "北京市", "上海": "上海市",
    "广州": "广州市",
    # g204 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市 by
    # their full names; 東京, 首爾, 香港, 新加坡 by their common Chinese names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "東京": "东京", "首爾": "首尔", "香港": "香港",
    "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# Chinese names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "首尔", "香港", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "衛生福利部食品藥物管理署": "卫生福利部食品药物管理署",
    "食藥署": "食药署", "台北市衛生局": "台北市卫生局",
    "新北市衛生局": "新北市卫生局", "台中市衛生局": "台中市卫生局",
    "高雄市衛生局": "高雄市卫生局", "台南市衛生局": "台南市卫生局",
    "基隆市衛生局": "基隆市卫生局", "桃園市衛生局": "桃园市卫生局",
    "經濟部商業發展署": "经济部商业发展署",
    "台北市寧夏夜市觀光協會": "台北市宁夏夜市观光协会",
    "六合觀光夜市發展促進會": "六合观光夜市发展促进会",
    "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会",
    "食藥署北區管理中心": "食药署北区管理中心",
    "foodpanda": "foodpanda", "UberEats": "UberEats", "王品": "王品",
    "瓦城": "瓦城", "八方雲集": "八方云集", "全家便利商店": "全家便利商店",
    "統一超商": "统一超商", "衛福部疾病管制署": "卫福部疾病管制署",
    "衛福部": "卫福部", "行政院主計總處": "行政院主计总处",
    "台北市議會": "台北市议会", "市府": "市府",
    "台北市市場處": "台北市市场处", "交通部觀光署": "交通部观光署",
    "觀光署": "观光署", "中華民國消費者文教基金會": "中华民国消费者文教基金会",
    "消基會": "消基会", "台灣大學食品科技研究所": "台湾大学食品科技研究所",
    "立法院社會福利及衛生環境委員會": "立法院社会福利及卫生环境委员会",
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
        self.in_org_span = {}
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes of the file are the title's first character (no
        # BOM in either file)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM (annotate_ia.py's UTF-8
            # block, adapted in annotate_ha.py): no BOM of any kind (checked
            # above), no U+FEFF anywhere, so utf-8 and utf-8-sig read the same
            # text and no reader drops or keeps a first character
            assert bom == b"" and full == raw, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the curly quotes too; no four-byte
            # character), so a count in bytes would shift every row after
            # the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # every character is GB2312 (so GBK and GB18030 too): a reader
            # that wrongly tries a GB codec first gets another text or fails
            assert all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # a legacy codec or UTF-16 fails on it or reads another text
            # (annotate_ka.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if enc == "big5":       # PLAIN BIG5 (new in annotate_ha.py, after
            # annotate_ia.py's cp950 block and precedent JB's plain-Big5
            # one): big5 reads and round-trips the file (above); no BOM, no
            # U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            # no character outside plain Big5 (none declared)
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]) == [], outside
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones, written in plain Big5's code (／ as
            # A2 41); cp950's own code for them is absent; cp950 reads the
            # written bytes as another character
            diff = sorted({c for c in self.text if enc_ok(c, "cp950") and
                           c.encode("big5") != c.encode("cp950")})
            forms = BIG5_FORMS[doc_id]
            assert diff == sorted(forms), (doc_id, diff)
            for c, (code, cp950_code) in forms.items():
                assert c.encode("big5") == code and code in raw, c
                assert c.encode("cp950") == cp950_code and \
                    cp950_code not in raw, c
                assert code.decode("cp950") != c, c
            # cp950 (Taiwan's Big5) reads the file too, alike but for the
            # declared characters, and every line without one of them is
            # cp950 byte for byte
            as950 = raw.decode("cp950")
            assert len(as950) == len(self.text), doc_id
            assert {a for a, b in zip(self.text, as950) if a != b} == \
                set(forms), doc_id
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in forms for c in line):
                    assert line.encode("big5").decode("cp950") == line, line
            # the declared characters stand on the byline line (line 3),
            # once each (and in no span: check())
            for c in forms:
                assert self.text.count(c) == 1 and c in lines[2], c
            self.no_span_chars = sorted(forms)
            # Big5-HKSCS (a superset) reads the file alike
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if self.traditional:    # a Taiwan text: every character plain Big5
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
        else:
            # a mainland text: every character is GBK
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
                assert re.match(r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*"
                                r"(\.\d+)?[万萬亿億]?"
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
# g203 The tea industry, November 2026: 中国茶叶流通协会 昨日（11月17日） in
# 杭州 on output and sales (今年, 去年, 今年前三季度 against 去年同期); exports
# (海关总署 今年1月至10月, 中国食品土畜进出口商会, 杭州海关 今年前10个月, 昆明
# 海关 against 两年前); regional public brands (中国农业科学院茶叶研究所 今年5月
# on “信阳毛尖”“福鼎白茶”“六安瓜片”; 信阳市茶产业发展中心 on 信阳, 郑州, 武汉;
# 杭州市西湖区龙井茶产业协会 on “西湖龙井”); 福建 (福鼎市农业农村局 on 福鼎;
# 八马茶业 前三季度 and 上月 in 深圳, 成都; 华祥苑, 天福茗茶 in 厦门、漳州两地);
# the south-west (普洱市茶叶和咖啡产业发展中心 on 普洱市; 澜沧古茶 三季度 and
# 春节; 遵义、铜仁两地; 雅安、宜宾两市); new-style tea chains (中国连锁经营协会
# 新茶饮委员会 本周一, 9月底, 今年前三季度; 蜜雪集团, 古茗, 茶百道, 沪上阿姨,
# 霸王茶姬 in 临沧 and 普洱市; 喜茶 in 英德; 美团 上周 on 杭州, 长沙, 成都);
# e-commerce (天猫, 京东, 拼多多 on 今年中秋 and 国庆, 11月上旬; 抖音 上月;
# 中华全国供销合作总社杭州茶叶研究院 上月); prices and finance (农业农村部 10月
# against 上月 as a baseline, 10月 against 去年同期; 市场监管总局 今年; 农行普洱
# 市分行, 中国银行信阳分行; 英德市茶业行业协会); the outlook (中粮集团 and its
# 中国茶叶股份有限公司 (“中茶”) 明年 in 信阳, 福鼎, 临沧; 中国茶叶学会 on 元旦,
# 春节, 12月, 年底; 明年3月中旬 in 信阳, 六安; 商务部 明年一季度 in 北京, 上海,
# 广州; 中国国际茶文化研究会).  Simplified, UTF-8 without BOM, 2026-11-18 (a
# Wednesday, ISO week 2026-W47), 中华工商时报; the byline 中华工商时报记者
# 邵清禾 on line 3.  昨日 2026-11-17; 本周一 2026-11-16; 上周 2026-W46; 上月
# 2026-10, and 2026-09 as a baseline after 较 in a sentence of 10月; 明年
# 2027; 去年 2025; 去年同期 2025 (after 今年前三季度) and 2025-10 (after 10月).
# 秋茶, 旺季 (seasons with no year word, SPEC) are no DATE.
# ===========================================================================
@doc
def g203():
    d = Doc(G203)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    HZ, XY, FD, LA, WH = "杭州市", "信阳市", "福鼎市", "六安市", "武汉市"
    SZ, CD, ZZ, PE, TR, YB = ("深圳市", "成都市", "漳州市", "普洱市",
                              "铜仁市", "宜宾市")
    LC, YD, BJ = "临沧市", "英德市", "北京市"
    # title (a heading that opens with no city: no city section)
    d.date("出口量[[前10个月]]增长", Y, "")
    d.metric("个月增长[[4.3%]]\n", "4.3", "%", "exact", "")
    # byline 中华工商时报记者 邵清禾 (GUIDELINES: a name ending in 时报 right
    # before 记者 at the start of a line is the outlet; a heading that opens
    # with an ORG, no city section)
    d.org("\n\n[[中华工商时报]]记者")
    # P1 中国茶叶流通协会's report
    d.org("。[[中国茶叶流通协会]]昨日")
    d.date("流通协会[[昨日]]（11月17日）", "2026-11-17", HZ)
    d.date("昨日（[[11月17日]]）", "2026-11-17", HZ)
    d.city("在[[杭州]]发布")
    d.date("显示，[[今年]]全国茶园", Y, HZ)
    d.metric("茶园面积[[约5320万亩]]", "5320e4", "亩", "approx", HZ)
    d.metric("预计[[约368万吨]]", "368e4", "吨", "approx", HZ)
    d.date("比[[去年]]增加", LY, HZ)
    d.metric("增加[[约12万吨]]；", "12e4", "吨", "approx", HZ)
    d.date("；[[今年前三季度]]国内", Y, "")
    d.metric("销售额[[约2870亿元]]", "2870e8", "元", "approx", "")
    d.date("较[[去年同期]]增长5.2%", LY, "")
    d.metric("同期增长[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("合计占比[[超过三成]]", 30, "%", "over", "")
    # P2 exports
    d.org("，[[海关总署]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]我国", OCT, "")
    d.metric("出口量[[约31.6万吨]]", "31.6e4", "吨", "approx", "")
    d.metric("同比增长[[4.3%]]，出口额", "4.3", "%", "exact", "")
    d.metric("出口额[[约12.9亿美元]]", "12.9e8", "美元", "approx", "")
    d.metric("同比下降[[1.8%]]", "1.8", "%", "exact", "")
    d.metric("每公斤[[4.08美元]]", "4.08", "美元", "exact", "")
    d.org("。[[中国食品土畜进出口商会]]相关")
    d.metric("出口增长[[近两成]]", 20, "%", "approx", "")
    d.org("。[[杭州海关]]统计")
    d.date("浙江省[[今年前10个月]]茶叶", Y, "")
    d.metric("茶叶出口[[约11.2万吨]]", "11.2e4", "吨", "approx", "")
    d.metric("占全国的[[三分之一以上]]", "33.3333333333", "%", "over", "")
    d.org("；[[昆明海关]]则称")
    d.metric("出口额[[突破2.6亿元]]", "2.6e8", "元", "over", "")
    d.date("较[[两年前]]增长", "2024", "")
    d.metric("增长[[约七成]]。", 70, "%", "approx", "")
    # P3 regional public brands
    d.org("。[[中国农业科学院茶叶研究所]]等机构")
    d.date("等机构[[今年5月]]发布", "2026-05", XY)
    d.city("“[[信阳]]毛尖”")
    d.city("“[[福鼎]]白茶”“六安")
    d.city("“[[六安]]瓜片”")
    d.metric("达到[[约86.4亿元]]", "86.4e8", "元", "approx", LA)
    d.metric("、[[约63.7亿元]]", "63.7e8", "元", "approx", LA)
    d.metric("和[[约52.1亿元]]", "52.1e8", "元", "approx", LA)
    d.org("。[[信阳市茶产业发展中心]]相关")
    d.city("表示，[[信阳]]今年")
    d.date("信阳[[今年]]茶园", Y, XY)
    d.metric("稳定在[[218万亩左右]]", "218e4", "亩", "approx", XY)
    d.metric("茶叶产量[[约8.3万吨]]", "8.3e4", "吨", "approx", XY)
    d.metric("综合产值[[突破320亿元]]", "320e8", "元", "over", XY)
    d.city("还在[[郑州]]、")
    d.city("、[[武汉]]的商超")
    d.metric("专柜[[140余个]]", 140, "个", "over", WH)
    d.org("。[[杭州市西湖区龙井茶产业协会]]则称")
    d.date("则称，[[今年]]“西湖龙井”", Y, "")
    d.metric("收购价上涨[[约8%]]", 8, "%", "approx", "")
    d.metric("集中在[[3000]]至5000元", 3000, "元", "exact", "", shared="元")
    d.metric("3000至[[5000元]]", 5000, "元", "exact", "")
    d.metric("发放量[[超过2100万枚]]", "2100e4", "枚", "over", "")
    # P4 福建
    d.org("。[[福鼎市农业农村局]]统计")
    d.city("统计，[[福鼎]]今年")
    d.date("福鼎[[今年]]白茶", Y, FD)
    d.metric("白茶产量[[约3.1万吨]]", "3.1e4", "吨", "approx", FD)
    d.metric("同比增长[[6.5%]]", "6.5", "%", "exact", FD)
    d.metric("提高到[[41%]]", 41, "%", "exact", FD)
    d.metric("出口占比则[[不足5%]]", 5, "%", "under", FD)
    d.org("。[[八马茶业]]相关")
    d.date("公司[[前三季度]]营收", Y, SZ)
    d.metric("营收[[约15.8亿元]]", "15.8e8", "元", "approx", SZ)
    d.metric("同比增长[[8.9%]]", "8.9", "%", "exact", SZ)
    d.metric("门店[[超过3800家]]", 3800, "家", "over", SZ)
    d.date("，[[上月]]又在", OCT, SZ)
    d.city("又在[[深圳]]、")
    d.city("、[[成都]]新开")
    d.metric("新开门店[[26家]]", 26, "家", "exact", CD)
    d.org("。[[华祥苑]]、")
    d.org("、[[天福茗茶]]等茶企")
    d.city("，[[厦门]]、漳州")
    d.city("厦门、[[漳州]]两地")
    d.metric("客流增长[[超过25%]]", 25, "%", "over", ZZ)
    # P5 the south-west
    d.org("。[[普洱市茶叶和咖啡产业发展中心]]数据")
    d.city("显示，[[普洱市]]今年")
    d.date("普洱市[[今年]]茶叶", Y, PE)
    d.metric("预计[[突破480亿元]]", "480e8", "元", "over", PE)
    d.metric("认证面积[[约68万亩]]", "68e4", "亩", "approx", PE)
    d.org("。[[澜沧古茶]]相关")
    d.date("说，[[三季度]]公司", "2026-Q3", "")
    d.metric("同比上涨[[约12%]]", 12, "%", "approx", "")
    d.date("，[[春节]]前还将", "2027-02-06", "")
    d.metric("备货[[约1800吨]]", 1800, "吨", "approx", "")
    d.city("贵州[[遵义]]、")
    d.city("、[[铜仁]]两地")
    d.metric("合计[[超过400万亩]]", "400e4", "亩", "over", TR)
    d.city("四川[[雅安]]、")
    d.city("、[[宜宾]]两市")
    d.date("两市[[今年]]向", Y, YB)
    d.metric("供应茶叶[[约2.4万吨]]", "2.4e4", "吨", "approx", YB)
    d.metric("同比增长[[近三成]]", 30, "%", "approx", YB)
    # P6 new-style tea chains
    d.org("。[[中国连锁经营协会新茶饮委员会]]本周一")
    d.date("委员会[[本周一]]发布", "2026-11-16", "")
    d.date("截至[[9月底]]全国", "2026-09", "")
    d.metric("门店[[约63.5万家]]", "63.5e4", "家", "approx", "")
    d.date("，[[今年前三季度]]市场规模", Y, "")
    d.metric("市场规模[[约1890亿元]]", "1890e8", "元", "approx", "")
    d.metric("同比增长[[11.4%]]", "11.4", "%", "exact", "")
    d.metric("采购量[[超过12万吨]]", "12e4", "吨", "over", "")
    d.org("。[[蜜雪集团]]、")
    d.org("、[[古茗]]、")
    d.org("、[[茶百道]]、")
    d.org("、[[沪上阿姨]]、")
    d.org("、[[霸王茶姬]]等头部")
    d.metric("合计[[超过11万家]]", "11e4", "家", "over", "")
    d.org("。[[霸王茶姬]]相关")
    d.date("品牌[[今年]]在云南", Y, LC)
    d.city("云南[[临沧]]、")
    d.city("、[[普洱市]]等地")
    d.metric("扩大到[[约5.6万亩]]", "5.6e4", "亩", "approx", PE)
    d.org("；[[喜茶]]则与")
    d.city("广东[[英德]]签约")
    d.metric("首期规模[[3000亩]]", 3000, "亩", "exact", YD)
    d.org("。[[美团]]数据")
    d.date("显示，[[上周]]全国", "2026-W46", HZ)
    d.metric("环比增长[[7.3%]]", "7.3", "%", "exact", HZ)
    d.city("其中[[杭州]]、长沙")
    d.city("、[[长沙]]、成都")
    d.city("长沙、[[成都]]增幅")
    # P7 e-commerce
    d.org("。[[天猫]]、")
    d.org("、[[京东]]、")
    d.org("、[[拼多多]]等平台")
    d.date("显示，[[今年中秋]]、", "2026-09-25", "")
    d.date("、[[国庆]]假期", "2026-10-01", "")
    d.metric("成交额同比增长[[约15%]]", 15, "%", "approx", "")
    d.date("；[[11月上旬]]“", "2026-11", FD)
    d.city("“[[福鼎]]白茶”“英德")
    d.city("“[[英德]]红茶”")
    d.metric("销量增长[[超过20%]]", 20, "%", "over", YD)
    d.org("。[[抖音]]上月")
    d.date("抖音[[上月]]茶叶", OCT, "")
    d.metric("直播场次[[超过46万场]]", "46e4", "场", "over", "")
    d.metric("销售额[[约37亿元]]", "37e8", "元", "approx", "")
    d.org("。[[中华全国供销合作总社杭州茶叶研究院]]上月")
    d.date("研究院[[上月]]抽检", OCT, "")
    d.metric("样品[[318批次]]", 318, "批次", "exact", "")
    d.metric("合格率为[[97.6%]]", "97.6", "%", "exact", "")
    # P8 prices and finance
    d.org("。[[农业农村部]]监测")
    d.date("显示，[[10月]]全国大宗", OCT, "")
    d.metric("每公斤[[96.5元]]", "96.5", "元", "exact", "")
    d.date("较[[上月]]上涨", "2026-09", "")
    d.metric("上月上涨[[2.4%]]", "2.4", "%", "exact", "")
    d.date("名优绿茶[[10月]]批发价", OCT, "")
    d.date("较[[去年同期]]回落", "2025-10", "")
    d.metric("回落[[约5%]]", 5, "%", "approx", "")
    d.org("。[[市场监管总局]]今年")
    d.date("监管总局[[今年]]以来", Y, "")
    d.metric("茶叶案件[[1260余件]]", 1260, "件", "over", "")
    d.metric("涉案金额[[约4800万元]]", "4800e4", "元", "approx", "")
    d.org("，[[农行普洱市分行]]、")
    d.org("、[[中国银行信阳分行]]今年")
    d.date("信阳分行[[今年]]分别", Y, "")
    d.metric("贷款[[约23.6亿元]]", "23.6e8", "元", "approx", "")
    d.metric("、[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.org("，[[英德市茶业行业协会]]也")
    d.metric("户均授信[[约18万元]]", "18e4", "元", "approx", "")
    # P9 the outlook
    d.org("\n\n[[中粮集团]]旗下")
    d.org("旗下的[[中国茶叶股份有限公司]]（")
    d.org("简称“[[中茶]]”")
    d.org("表示，[[中茶]]明年")
    d.date("中茶[[明年]]将在", NY, XY)
    d.city("将在[[信阳]]、福鼎")
    d.city("信阳、[[福鼎]]、临沧")
    d.city("福鼎、[[临沧]]新建")
    d.metric("新建[[3个]]初制", 3, "个", "exact", LC)
    d.metric("总投资[[约5.5亿元]]", "5.5e8", "元", "approx", LC)
    d.org("。[[中国茶叶学会]]一位")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("将在[[12月]]迎来", "2026-12", "")
    d.date("预计[[年底]]全国", Y, "")
    d.metric("有望[[突破3400亿元]]", "3400e8", "元", "over", "")
    d.city("；[[信阳]]、六安")
    d.city("信阳、[[六安]]等地")
    d.date("计划在[[明年3月中旬]]开园", "2027-03", LA)
    d.org("。[[商务部]]等部门")
    d.date("等部门[[明年一季度]]将在", "2027-Q1", BJ)
    d.city("将在[[北京]]、")
    d.city("、[[上海]]、")
    d.city("、[[广州]]开展")
    d.org("，[[中国国际茶文化研究会]]一位")
    audit = {
        "orgs": ["中华工商时报", "中国茶叶流通协会", "海关总署",
                 "中国食品土畜进出口商会", "杭州海关", "昆明海关",
                 "中国农业科学院茶叶研究所", "信阳市茶产业发展中心",
                 "杭州市西湖区龙井茶产业协会", "福鼎市农业农村局", "八马茶业",
                 "华祥苑", "天福茗茶", "普洱市茶叶和咖啡产业发展中心",
                 "澜沧古茶", "中国连锁经营协会新茶饮委员会", "蜜雪集团",
                 "古茗", "茶百道", "沪上阿姨", "霸王茶姬", "喜茶", "美团",
                 "天猫", "京东", "拼多多", "抖音",
                 "中华全国供销合作总社杭州茶叶研究院", "农业农村部",
                 "市场监管总局", "农行普洱市分行", "中国银行信阳分行",
                 "英德市茶业行业协会", "中粮集团", "中国茶叶股份有限公司",
                 "中茶", "中国茶叶学会", "商务部", "中国国际茶文化研究会"],
        "cities": ["杭州", "信阳", "福鼎", "六安", "郑州", "武汉", "深圳",
                   "成都", "厦门", "漳州", "普洱", "遵义", "铜仁", "雅安",
                   "宜宾", "临沧", "英德", "长沙", "北京", "上海", "广州",
                   "宁德", "清远", "西湖", "浙江", "云南", "贵州", "四川",
                   "广东", "福建", "中东", "全国", "我国", "当地", "城市",
                   "中国", "各地"],
        # 西湖 (“西湖龙井”: the lake in a brand's name, no city; inside an ORG
        # row once more), 浙江省, 云南 (x2), 贵州, 四川, 广东, 福建
        # (provinces, SPEC), 中东 (a region), 全国 (x6: deictic, once more
        # inside an ORG row), 我国 (the country), 当地 (x2: deictic), 城市
        # (x3: 产茶城市, generic), 各地 none; 两地 (x2) and 两市 are the
        # collective labels (below); 中国 stands only inside ORG rows
        "excluded": ["“[[西湖]]龙井”", "，[[浙江省]]今年",
                     "，[[云南]]红茶", "在[[云南]]临沧", "[[贵州]]遵义",
                     "[[四川]]雅安", "[[广东]]英德", "\n\n[[福建]]产区",
                     "对[[中东]]国家", "今年[[全国]]茶园", "占[[全国]]的",
                     "9月底[[全国]]新茶饮", "上周[[全国]]新茶饮",
                     "10月[[全国]]大宗", "年底[[全国]]茶叶",
                     "10月[[我国]]茶叶", "[[当地]]茶企", "[[当地]]银行",
                     "[[产茶城市]]区域", "成为[[产茶城市]]竞争",
                     "，[[产茶城市]]应把"],
        "numbers_excluded": [],
        # 一位 (x2, indefinite)
        "cn_excluded": ["学会[[一]]位", "研究会[[一]]位"],
        # collective labels of lists just given (GUIDELINES: 两地, 五市)
        "collectives": [("厦门、漳州[[两]]地", 2), ("遵义、铜仁[[两]]地", 2),
                        ("雅安、宜宾[[两]]市", 2)],
        "latin_excluded": [],
        # time words that are no DATE: 秋茶 (autumn tea: a season without a
        # year word, SPEC), 旺季 (peak season), 初制 (primary processing),
        # 同期 only inside 去年同期, 同月/当月 none
        "words_excluded": {"秋茶": 1, "旺季": 1, "初制": 1, "同期": 0,
                           "同月": 0, "当天": 0},
        # generic words outside ORG rows: 公司 (x2, 公司前三季度 and 三季度
        # 公司: read back), 银行 (当地银行, a kind), 中心 (初制加工中心, a
        # facility), 局 (布局, a word), 部门 (等部门, a kind), 机构 (等机构,
        # a kind), 平台 (x2: 等平台, 电商平台: kinds); 协会, 学会, 商会,
        # 集团, 海关, 研究院, 研究所, 委员会 only inside ORG rows
        "orgwords_excluded": {"公司": 2, "银行": 1, "中心": 1, "局": 1,
                              "部门": 1, "机构": 1, "平台": 2, "协会": 0,
                              "学会": 0, "商会": 0, "集团": 0, "海关": 0,
                              "研究院": 0, "研究所": 0, "委员会": 0},
        "orgstring_excluded": [],
    }
    return d, audit



# ===========================================================================
# g204 Food safety in Taiwan's night markets and restaurants, November 2026:
# 衛生福利部食品藥物管理署 (食藥署) 昨（23）日 on its 「115年度…專案」 (今年7月
# 至10月 against 去年同期); the cities' health bureaus (台北市衛生局 on 台北,
# 新北市衛生局 on 新北, 台中 今年前10月 against 去年同期 and 台中市衛生局,
# 高雄市衛生局 上週五（20日） on 高雄, 台南市衛生局 on 台南, 基隆市衛生局 on
# 基隆; 桃園, 新竹市, 嘉義市 上月; 經濟部商業發展署 上月 on 台中, 台南, 高雄);
# vendors' associations (台北市寧夏夜市觀光協會, 六合觀光夜市發展促進會 上月,
# 台灣連鎖暨加盟協會); delivery platforms (食藥署北區管理中心 今（115）年第3季;
# foodpanda 上月 and 12月; UberEats 今年前10月 against 去年同期 and 兩年前);
# chains and restaurants (王品, 瓦城, 八方雲集 本月; 全家便利商店, 統一超商;
# 食藥署; 新北市衛生局 上週; 桃園市衛生局); food poisoning (食藥署 and 衛福部
# 疾病管制署: 114年, 今年前9月); prices (行政院主計總處 10月; 台北 against
# 去年; 台北市議會 上週,
# 市府 明（116）年度, 台北市衛生局 明年, 台北市市場處 明年1月); tourists
# (交通部觀光署 今年前9月; 東京, 首爾, 香港, 新加坡; 今年國慶 against 去年同
# 期); 消基會 今（24）日, 台灣大學食品科技研究所, 立法院社會福利及衛生環境委員
# 會 本週四（26日）; the outlook (明年, 春節, 元旦; 衛福部 明（116）年度; 今年
# 中秋).  Traditional as Taiwan writes it (台, 占, 公布, 複查, 濕製品, 前10月,
# 第3季, 上週, 本週四, 年增, 年減, 新台幣, 萬 with a four-digit tail, 個百分點,
# ROC years), plain Big5 without BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 聯合報; the byline 記者許雅婷／台北報導 on line 3 (no outlet
# named; ／ in no span).  昨（23）日 2026-11-23; 今（24）日 2026-11-24; 上週五
# 2026-11-20; 本週四 2026-11-26; 上週 2026-W47; 上月 2026-10; 明年 2027;
# 去年 2025; 去年同期 2025 (after a range of months of one year, after 今年前10月 and
# after 今年國慶).
# ===========================================================================
@doc
def g204():
    d = Doc(G204)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP, NTP, TC, KH, TN, KL = ("台北市", "新北市", "台中市", "高雄市",
                               "台南市", "基隆市")
    CY, SG = "嘉义市", "新加坡"
    # title (a heading that opens with no city: no city section)
    d.metric("降至[[3.1%]] 外送", "3.1", "%", "exact", "")
    d.metric("下架[[逾百家]]未登錄", 100, "家", "over", "")
    # byline 記者許雅婷／台北報導 (no outlet named; ／ in no span; a heading
    # that opens with no city)
    d.city("／[[台北]]報導")
    # P1 食藥署's project
    d.org("。[[衛生福利部食品藥物管理署]]（")
    d.org("（[[食藥署]]）昨")
    d.date("）[[昨（23）日]]公布", "2026-11-23", "")
    d.date("「[[115年度]]夜市", Y, "")
    d.date("結果，[[今年7月]]至10月", "2026-07", "")
    d.date("今年7月至[[10月]]會同", OCT, "")
    d.metric("人力[[約1萬3,200人次]]", 13200, "人次", "approx", "")
    d.metric("小吃店共[[5,126家]]", 5126, "家", "exact", "")
    d.metric("不符規定[[約412家]]", 412, "家", "approx", "")
    d.metric("仍有[[38家]]", 38, "家", "exact", "")
    d.metric("飲料共[[1,864件]]", 1864, "件", "exact", "")
    d.metric("不合格[[58件]]", 58, "件", "exact", "")
    d.metric("不合格率[[3.1%]]，較", "3.1", "%", "exact", "")
    d.date("較[[去年同期]]的4.3%", LY, "")
    d.metric("同期的[[4.3%]]", "4.3", "%", "exact", "")
    d.metric("下降[[1.2個百分點]]", "1.2", "百分点", "exact", "")
    # P2 the cities
    d.org("各縣市中，[[台北市衛生局]]指出")
    d.city("指出，[[台北]]今年")
    d.date("台北[[今年]]在士林", Y, TP)
    d.metric("等[[14處]]夜市", 14, "处", "exact", TP)
    d.metric("飲料共[[286件]]", 286, "件", "exact", TP)
    d.metric("不合格[[9件]]", 9, "件", "exact", TP)
    d.metric("新台幣[[27萬元]]", "27e4", "元", "exact", TP)
    d.org("；[[新北市衛生局]]表示")
    d.city("表示，[[新北]]今年")
    d.date("新北[[今年]]輔導", Y, NTP)
    d.metric("登錄[[約2,350家]]", 2350, "家", "approx", NTP)
    d.metric("登錄率達[[96%]]", 96, "%", "exact", NTP)
    d.city("。[[台中]]今年前10月")
    d.date("台中[[今年前10月]]夜市", Y, TC)
    d.metric("不合格率為[[2.7%]]", "2.7", "%", "exact", TC)
    d.date("較[[去年同期]]下降0.9", LY, TC)
    d.metric("下降[[0.9個百分點]]", "0.9", "百分点", "exact", TC)
    d.org("，[[台中市衛生局]]並在")
    d.org("。[[高雄市衛生局]]則說")
    d.date("則說，[[上週五]]（20日）", "2026-11-20", KH)
    d.date("上週五（[[20日]]）", "2026-11-20", KH)
    d.metric("稽查攤商[[62攤]]", 62, "摊", "exact", KH)
    d.metric("其中[[7攤]]未依", 7, "摊", "exact", KH)
    d.city("，[[高雄]]今年累計")
    d.date("高雄[[今年]]累計", Y, KH)
    d.metric("攤商[[逾1,100攤]]", 1100, "摊", "over", KH)
    # P3 台南, 基隆, 桃園, 新竹市, 嘉義市; 經濟部商業發展署
    d.org("\n\n[[台南市衛生局]]表示")
    d.city("表示，[[台南]]今年")
    d.date("台南[[今年]]已在", Y, TN)
    d.metric("攤商食品[[104件]]", 104, "件", "exact", TN)
    d.org("；[[基隆市衛生局]]則在")
    d.city("，[[基隆]]目前")
    d.metric("參與攤商[[約80攤]]", 80, "摊", "approx", KL)
    d.metric("攤商的[[六成以上]]", 60, "%", "over", KL)
    d.city("此外，[[桃園]]、")
    d.city("、[[新竹市]]及")
    d.city("及[[嘉義市]]上月")
    d.date("嘉義市[[上月]]也", OCT, CY)
    d.metric("夜市攤商[[約540家]]", 540, "家", "approx", CY)
    d.org("。[[經濟部商業發展署]]上月")
    d.date("發展署[[上月]]公布", OCT, TC)
    d.metric("共有[[42處]]夜市", 42, "处", "exact", TC)
    d.city("其中[[台中]]11處")
    d.metric("台中[[11處]]居冠", 11, "处", "exact", TC)
    d.city("，[[台南]]、高雄各有")
    d.city("台南、[[高雄]]各有")
    d.metric("各有[[7處]]", 7, "处", "exact", KH)
    # P4 vendors' associations
    d.org("。[[台北市寧夏夜市觀光協會]]表示")
    d.metric("寧夏夜市[[約160個]]攤位", 160, "个", "approx", "")
    d.date("攤位[[今年]]已全數", Y, "")
    d.metric("自籌[[約120萬元]]", "120e4", "元", "approx", "")
    d.org("；[[六合觀光夜市發展促進會]]則指出")
    d.date("指出，[[上月]]起要求", OCT, "")
    d.metric("已有[[逾九成]]攤商", 90, "%", "over", "")
    d.org("。[[台灣連鎖暨加盟協會]]統計")
    d.metric("品牌[[超過210個]]", 210, "个", "over", "")
    # P5 delivery platforms
    d.org("，[[食藥署北區管理中心]]指出")
    d.date("指出，[[今（115）年第3季]]會同", "2026-Q3", "")
    d.org("查核[[foodpanda]]、")
    d.org("、[[UberEats]]等6家")
    d.metric("等[[6家]]外送", 6, "家", "exact", "")
    d.metric("業者共[[428家]]", 428, "家", "exact", "")
    d.metric("其中[[112家]]因", 112, "家", "exact", "")
    d.org("。[[foodpanda]]表示")
    d.date("表示，[[上月]]已下架", OCT, "")
    d.metric("店家[[逾百家]]，並", 100, "家", "over", "")
    d.date("將在[[12月]]起", "2026-12", "")
    d.org("；[[UberEats]]則說")
    d.date("平台[[今年前10月]]處理", Y, "")
    d.metric("申訴[[約3,400件]]", 3400, "件", "approx", "")
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[約15%]]", 15, "%", "approx", "")
    d.date("低於[[兩年前]]水準", "2024", "")
    # P6 chains and restaurants
    d.org("，[[王品]]、")
    d.org("、[[瓦城]]、")
    d.org("、[[八方雲集]]等16家")
    d.metric("等[[16家]]業者", 16, "家", "exact", "")
    d.date("業者[[本月]]已在", "2026-11", "")
    d.metric("公開[[逾1,500項]]", 1500, "项", "over", "")
    d.org("；[[全家便利商店]]、")
    d.org("、[[統一超商]]則表示")
    d.date("鮮食產品[[今年]]起", Y, "")
    d.metric("維持在[[99%以上]]", 99, "%", "over", "")
    d.org("，[[食藥署]]今年另")
    d.date("食藥署[[今年]]另會同", Y, "")
    d.metric("米麵濕製品[[312件]]", 312, "件", "exact", "")
    d.org("；[[新北市衛生局]]上週")
    d.date("衛生局[[上週]]稽查", "2026-W47", "")
    d.metric("餐廳[[48家]]", 48, "家", "exact", "")
    d.metric("，[[5家]]因", 5, "家", "exact", "")
    d.org("，[[桃園市衛生局]]則在")
    d.metric("餐盒[[36件]]", 36, "件", "exact", "")
    d.metric("，[[1件]]大腸", 1, "件", "exact", "")
    # P7 food poisoning
    d.org("，[[食藥署]]與衛福部")
    d.org("與[[衛福部疾病管制署]]統計")
    d.date("統計，[[114年]]全國", LY, "")
    d.metric("案件共[[612件]]", 612, "件", "exact", "")
    d.metric("中毒人數[[約7,800人]]", 7800, "人", "approx", "")
    d.metric("其中[[約三成]]發生", 30, "%", "approx", "")
    d.date("；[[今年前9月]]通報", Y, "")
    d.metric("通報案件[[約430件]]", 430, "件", "approx", "")
    d.metric("年減[[約8%]]", 8, "%", "approx", "")
    d.metric("其中[[不到一成]]發生", 10, "%", "under", "")
    # P8 prices and budgets
    d.org("。[[行政院主計總處]]日前")
    d.date("公布，[[10月]]外食費", OCT, "")
    d.metric("年增[[3.6%]]", "3.6", "%", "exact", "")
    d.metric("成本上漲[[約15%]]", 15, "%", "approx", "")
    d.city("。[[台北]]夜市一碗")
    d.metric("落在[[40]]至60元", 40, "元", "exact", TP, shared="元")
    d.metric("40至[[60元]]", 60, "元", "exact", TP)
    d.date("較[[去年]]上漲", LY, TP)
    d.metric("上漲[[約一成]]", 10, "%", "approx", TP)
    d.org("。[[台北市議會]]上週")
    d.date("議會[[上週]]審查", "2026-W47", "")
    d.org("審查[[市府]]明")
    d.date("市府[[明（116）年度]]預算", NY, "")
    d.org("，[[台北市衛生局]]回應")
    d.date("回應[[明年]]將增聘", NY, "")
    d.metric("稽查員[[12人]]", 12, "人", "exact", "")
    d.org("，[[台北市市場處]]也將")
    d.date("將在[[明年1月]]起", "2027-01", "")
    # P9 tourists
    d.org("。[[交通部觀光署]]統計")
    d.date("統計，[[今年前9月]]來台", Y, "")
    d.metric("旅客[[約690萬人次]]", "690e4", "人次", "approx", "")
    d.metric("年增[[約11%]]", 11, "%", "approx", "")
    d.metric("其中[[超過六成]]曾", 60, "%", "over", "")
    d.org("；[[觀光署]]並與")
    d.city("並與[[東京]]、")
    d.city("、[[首爾]]、")
    d.city("首爾、[[香港]]、")
    d.city("、[[新加坡]]等地")
    d.date("；[[今年國慶]]連假", "2026-10-10", "")
    d.date("較[[去年同期]]增加約9%", LY, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    # P10 consumers, academics, legislators
    d.org("\n\n[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）今")
    d.date("）[[今（24）日]]則呼籲", "2026-11-24", "")
    d.org("；[[台灣大學食品科技研究所]]一位")
    d.org("。[[立法院社會福利及衛生環境委員會]]本週四")
    d.date("委員會[[本週四]]（26日）", "2026-11-26", "")
    d.date("本週四（[[26日]]）", "2026-11-26", "")
    d.org("將邀[[食藥署]]報告")
    # P11 the outlook
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[食藥署]]表示，春節")
    d.date("表示，[[春節]]前將", "2027-02-06", "")
    d.date("，[[元旦]]連假前", "2027-01-01", "")
    d.org("；[[衛福部]]明（116）")
    d.date("衛福部[[明（116）年度]]並編列", NY, "")
    d.metric("約新台幣[[1.2億元]]", "1.2e8", "元", "approx", "",
             outer="約新台幣")
    d.date("。[[今年中秋]]連假", "2026-09-25", "")
    d.metric("食材[[約2,600件]]", 2600, "件", "approx", "")
    d.metric("不合格率僅[[1.2%]]", "1.2", "%", "exact", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "首爾",
                   "香港", "新加坡", "台灣", "臺灣", "全台", "全國", "士林",
                   "中壢", "縣市", "城市", "屏東", "花蓮", "宜蘭"],
        # 全台 (deictic), 全國 (deictic), 士林 (a district of 台北), 中壢
        # (a district of 桃園), 縣市 (x3: 各縣市, generic); 台灣 stands only
        # inside ORG rows
        "excluded": ["，[[全台]]共有", "114年[[全國]]食品",
                     "在[[士林]]、", "稽查[[中壢]]、",
                     "各[[縣市]]中", "10月會同各[[縣市]]衛生局",
                     "將會同各[[縣市]]衛生局"],
        "numbers_excluded": [],
        # 三和, 一中街, 六合 (night markets and a street named with numerals,
        # no figure), 統一 (unified), 一位 (indefinite), 百貨 (x2, department
        # stores)
        "cn_excluded": ["夜市[[一]]碗", "樂華、[[三]]和", "逢甲、[[一]]中街", "在[[六]]合、",
                        "使用統[[一]]的", "研究所[[一]]位",
                        "稽查[[百]]貨",
                        "加強[[百]]貨"],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 秋冬 (seasons without a year word,
        # SPEC), 初查 (x2, first inspection), 年增 (x2) and 年減 (year on
        # year), 日前 (vague, SPEC), 月餅 (mooncakes), 年貨 (New Year goods),
        # 透明 (transparent), 周邊 (x2, nearby); 同期 only inside 去年同期
        # rows
        "words_excluded": {"秋冬": 1, "初查": 2, "年增": 2, "年減": 1,
                           "日前": 1, "月餅": 1, "年貨": 1, "透明": 1,
                           "周邊": 2, "同期": 0,
                           "當天": 0, "同日": 0},
        # generic words outside ORG rows: 衛生局 (x5: 各縣市衛生局 x2, 地方
        # 衛生局, 會同衛生局, 各地衛生局: kinds, read back), 業者 (many, not
        # audited), 協會 (協會並自籌: read back), 平台 (not audited); 基金會,
        # 委員會, 研究所, 議會, 總處, 管理中心, 同業公會 only inside ORG rows
        "orgwords_excluded": {"衛生局": 5, "協會": 1, "基金會": 0,
                              "委員會": 0, "研究所": 0, "議會": 0,
                              "總處": 0, "管理中心": 0, "公會": 0,
                              "發展署": 0, "觀光署": 0, "市場處": 0},
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
    # the second end of a range of one year (今年1月至10月) states the year
    # (GUIDELINES: a range of months, quarters or days of one year states
    # the year, as a holiday week does; new in annotate_ka.py)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
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



def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底), and in annotate_ia.py
    to two parts of a month (1月中下旬)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    # (中下旬 and 上中旬, GUIDELINES 11月中下旬, added in annotate_ia.py)
    if re.search(r"月(上旬|中旬|下旬|中下旬|上中旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (annotate_ib.py)
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  Neither article
    holds one: the check guards against a time figure slipping in."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (from
    annotate_ib.py)."""
    span, places = d._locate(ctx, 1)
    (s, e), = places
    assert CN_DIGIT.get(span) == n, (ctx, n)
    clause = re.split("[，,。；;！？\n（）]", d.text[:s])[-1]
    items = re.split("、|和|及|與|与", clause)
    assert len(items) >= n, (ctx, items)
    listed = items[-n:]
    assert all(1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
               for x in listed), (ctx, listed)
    # the list is the whole clause tail: what stands before the first item
    # (if anything) ends the list with no joiner
    rest = items[:-n]
    assert not rest or len(rest) == 1, (ctx, items)
    assert not any(r["start"] < e and s < r["end"] for r in d.rows
                   if r["type"] == "METRIC"), ctx
    return s, e


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared no-span character (／ of the plain-Big5 article's
    # byline, whose plain-Big5 and cp950 codes differ) stands once, on the
    # byline line (the third line), and in no span (checked per row below)
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
                    r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*(\.\d+)?[万萬亿億]?"
                    r"[^\d，。；、]",
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
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (annotate_kc.py, after
            # annotate_pb.py); so is 约有/約有, separated by the verb 有
            # (precedent KB's 約有152萬人; new in annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
            check_time_metric(d, r)
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
            check_precision(d, r)
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

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (none here: the Big5 article is
    # plain Big5 throughout; annotate_ia.py's check for 碁 in 宏碁, after
    # annotate_ja.py's 衞, kept for a later article)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
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

    # collective labels of lists (GUIDELINES): verified, then excluded
    # (annotate_ib.py)
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
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
