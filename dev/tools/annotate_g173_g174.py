#!/usr/bin/env python3
"""Gold annotation for the held-out articles g173_hotel_chains_occupancy_cities
and g174_taiwan_department_store_anniversary_sales (annotator MA).

Adapted from the precedent set's tools/annotate_na.py (now dev/tools/annotate_g167_g168.py; copied and the data
changed; it keeps the checks of annotate_na.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date (本周三,
上週五 and 本週六 to the day of their week), 上月 as a baseline after a
comparison word, the bare-day month rule, 去年同期 a year before its
sentence's period, the bracketed gloss, the 约占 check, markers before,
touching and after a span, the declared organizations of each article, the
narrowest codec, the OpenCC round trip of the traditional article).  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM removed, nothing else):

- g173 is simplified (mainland, 经济观察报, 2026-11-20), stored as UTF-8
  WITH A BOM (EF BB BF, then the title's 酒 = E9 85 92); every non-ASCII
  character after the BOM is three bytes, every character is also GBK; the
  GB and Big5 codecs and UTF-16 fail on the bytes or read another text.
  OpenCC t2s leaves the article unchanged.  Its byline 经济观察报 记者 陈思远
  上海报道 stands on its own line under the title.
- g174 is traditional (Taiwan, 經濟日報, 2026-11-23), stored as cp950
  (Microsoft's Big5) without a BOM.  One character is outside plain Big5:
  嫺 (U+5AFA, cp950 F9 DC, an ETEN extension) of the reporter's given name
  on the byline line 記者陳宜嫺／台北報導, so Python's plain big5 fails on
  the file while cp950 and Big5-HKSCS read it alike; it lies in no span.
  ／ of the byline is written A1 FE as cp950 writes it (plain Big5 writes
  A2 41; every Big5 reader reads A1 FE as ／).  Every other character has
  the same bytes in big5 and cp950; every non-ASCII character is two bytes.
  UTF-8, UTF-16 and the GB codecs fail or read another text.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; Taiwan cities by their full names with 市, foreign cities by
  their common mainland names).  A Taiwan text: 2-3 digit years before 年
  are ROC years (114年 = 2025, 今（115）年 = 2026, 明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho31/precedent: README, NOTES_na/nb/nc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g173_g174.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_na.py: a UTF-8 mainland article WITH a BOM in place
of the one without (the BOM exactly once, at the start; the BOM-less UTF-8
reading starts with U+FEFF); a cp950 Taiwan article in place of the
strict-Big5 one (the declared character outside plain Big5, its bytes, its
line and no span over it; plain big5 fails exactly there; Big5-HKSCS reads
the file alike; the one character whose cp950 bytes differ from plain
Big5's, ／, read alike by every Big5 reader); the holiday table as these
articles name them (国庆, 今年中秋, 元旦, 春节; Taiwan's 雙11, 中秋, 國慶 of
10-10, 黑色星期五 computed as the day after the fourth Thursday of November,
聖誕, 元旦, 明年農曆年); 去年同期 exempted from the reference-year check of
去年 (it follows its sentence's period, checked by check_last_year_period);
N年前 checked against the reference year; the Taiwan check no longer wants
民國 (this article writes its ROC years without it); units 个, 元,
百分点, 家, 人次, 倍, 间, 间夜, 馆, 人, 件.
Re-run (from anywhere):

    python3 dev/tools/annotate_g173_g174.py
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
G173 = "g173_hotel_chains_occupancy_cities"
G174 = "g174_taiwan_department_store_anniversary_sales"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G173: ("utf-8", BOM8, False, "2026-11-20", "经济观察报"),
    G174: ("cp950", b"", True, "2026-11-23", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G173: [], G174: []}
# characters of a cp950 article outside plain Big5: 嫺 of the reporter's
# given name (cp950 F9 DC; plain big5 cannot read or write it; Big5-HKSCS
# reads F9 DC as 嫺 too).  Only on the byline line (the third line), in no
# span.
CP950_ONLY = {G174: {"嫺": b"\xf9\xdc"}}
# characters whose cp950 bytes differ from plain Big5's: ／ (cp950 A1 FE,
# big5 A2 41); every Big5 reader reads A1 FE as ／, so nothing moves.
CP950_BYTES = {G174: {"／": (b"\xa1\xfe", b"\xa2\x41")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G174}
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
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("嫺", "嫻"),
                ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g173 (mainland, 2026-11-20): 国庆 2026-10-01 (the one just past, no year
# in its sentences); 今年中秋 2026-09-25 (今年 in the span; 八月十五 of
# 2026); 元旦 2027-01-01 and 春节 2027-02-06, the coming ones (正月初一 of
# 2027).
# g174 (Taiwan, 2026-11-23): 雙11 2026-11-11 (twelve days before); 中秋
# 2026-09-25 and 國慶 2026-10-10 (Taiwan's National Day), the ones just
# past; 黑色星期五 2026-11-27 (the day after the fourth Thursday of
# November, 感恩節 2026-11-26; GUIDELINES); 聖誕 2026-12-25 and 元旦
# 2027-01-01, the coming ones; 明年農曆年 2027-02-06 (农历年 is 春节,
# GUIDELINES; 明年 in the span).
HOLIDAY = {
    "国庆": "2026-10-01", "今年中秋": "2026-09-25", "元旦": "2027-01-01",
    "春节": "2027-02-06",
    "雙11": "2026-11-11", "中秋": "2026-09-25", "國慶": "2026-10-10",
    "黑色星期五": "2026-11-27", "聖誕": "2026-12-25",
    "明年農曆年": "2027-02-06",
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
         "除夕": _EVE,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g173 (2026: municipalities 上海, 北京, 重庆; prefecture-level 杭州,
    # 成都, 西安, 广州, 深圳, 哈尔滨, 三亚, 长沙, 南京, 苏州, 厦门)
    "上海": "上海市", "北京": "北京市", "重庆": "重庆市", "杭州": "杭州市",
    "成都": "成都市", "西安": "西安市", "广州": "广州市", "深圳": "深圳市",
    "哈尔滨": "哈尔滨市", "三亚": "三亚市", "长沙": "长沙市",
    "南京": "南京市", "苏州": "苏州市", "厦门": "厦门市",
    # g174 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 by their full names; foreign cities by their
    # common (mainland) names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市",
    "東京": "东京", "大阪": "大阪", "首爾": "首尔",
}
# cities normalized without 市: foreign cities by their common names (SPEC);
# every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "大阪", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟部統計處": "经济部统计处", "新光三越": "新光三越",
    "遠東SOGO": "远东SOGO", "遠東百貨": "远东百货", "遠百": "远百",
    "微風集團": "微风集团", "漢神百貨": "汉神百货", "中友百貨": "中友百货",
    "廣三SOGO": "广三SOGO", "大江購物中心": "大江购物中心",
    "台茂購物中心": "台茂购物中心", "南紡購物中心": "南纺购物中心",
    "台北市商業處": "台北市商业处", "高雄市經濟發展局": "高雄市经济发展局",
    "夢時代購物中心": "梦时代购物中心",
    "台中市政府經濟發展局": "台中市政府经济发展局",
    "國泰世華銀行": "国泰世华银行", "中國信託商業銀行": "中国信托商业银行",
    "中信銀行": "中信银行", "台新銀行": "台新银行", "玉山銀行": "玉山银行",
    "台北富邦銀行": "台北富邦银行", "永豐銀行": "永丰银行",
    "LINE Pay": "LINE Pay", "全聯": "全联", "全支付": "全支付",
    "街口支付": "街口支付", "金管會": "金管会", "悠遊卡公司": "悠游卡公司",
    "交通部觀光署": "交通部观光署", "資生堂": "资生堂",
    "雅詩蘭黛": "雅诗兰黛", "行政院消保處": "行政院消保处",
    "台灣經濟研究院": "台湾经济研究院", "台經院": "台经院",
    "主計總處": "主计总处",
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
            # WITH a BOM (new in annotate_ma.py): EF BB BF exactly once, at
            # the start, then the title's first character (酒 = E9 85 92);
            # the BOM-aware codec reads the text, the plain one reads U+FEFF
            # first, so offsets count from the character after the BOM
            assert bom == BOM8 and full.startswith(BOM8), doc_id
            assert full.count(BOM8) == 1, doc_id
            assert full[3:6] == self.text[0].encode("utf-8"), doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8, so a count
            # in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) > len(self.text) + 1000, doc_id
        if enc == "cp950":      # Microsoft's Big5 (new in annotate_ma.py)
            only = CP950_ONLY[doc_id]
            differ = CP950_BYTES[doc_id]
            # the characters plain Big5 lacks are exactly the declared ones,
            # at their cp950 bytes, and Big5-HKSCS reads those bytes alike
            lacking = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert lacking == sorted(only), (doc_id, lacking)
            for c, b in only.items():
                assert c.encode("cp950") == b and b in raw, c
                assert b.decode("big5hkscs") == c, c
                assert not decodes(b, "big5"), c
            # plain big5 fails on the file, first at the declared character
            try:
                raw.decode("big5")
                raise AssertionError((doc_id, "plain big5 reads the file"))
            except UnicodeDecodeError as err:
                first = min(raw.index(b) for b in only.values())
                assert err.start == first, (doc_id, err.start, first)
            # the characters whose cp950 bytes differ from plain Big5's are
            # exactly the declared ones, written with cp950's bytes, and every
            # Big5 reader reads those bytes alike
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           enc_ok(c, "big5") and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(differ), (doc_id, diff)
            for c, (cp, b5) in differ.items():
                assert c.encode("cp950") == cp and c.encode("big5") == b5, c
                assert cp in raw, c
                for reader in ("big5", "cp950", "big5hkscs"):
                    assert cp.decode(reader) == c, (c, reader)
            # Big5-HKSCS reads the whole file alike (the reader a Hong Kong
            # fallback would use)
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes: offsets do not depend
            # on which Big5 reader is used
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            # every line without a declared character reads in plain big5
            # (the failure is confined to the byline)
            for line in self.text.split("\n"):
                if not any(c in line for c in only):
                    assert line.encode("cp950").decode("big5") == line, line
            self.no_span_chars = sorted(only) + sorted(differ)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the first bytes are the title's first character (週 = B6 67)
            assert full[:2] == self.text[0].encode("cp950"), doc_id
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
# g173 mainland hotel chains and occupancy by city, November 2026: the
# lead (a 华住 hotel near 上海静安寺 in 11月中旬, against 国庆 and 两年前);
# 中国饭店协会's report of 昨日 (《2026年三季度…报告》, 今年前三季度, 三季度
# against 去年同期); the groups' results (华住集团 11月18日, 三季度, 9月底,
# 全季, 汉庭, 桔子水晶; 上海锦江国际酒店股份有限公司（锦江酒店）, 维也纳酒店,
# 丽枫, 锦江之星; 首旅酒店 with 如家, 和颐; 亚朵集团); the cities (携程's
# 国庆 week 10月1日至7日 in 杭州, 成都, 西安, 重庆 and the four first-tier
# cities; 杭州市文化广电旅游局 今年前10个月 against 去年同期; 哈尔滨市文化
# 广电和旅游局 本月, 12月下旬, 10月; 三亚市旅游和文化广电体育局 10月, 本周三,
# 元旦 against 去年同期; 同程旅行 上周 in 长沙, 南京, 苏州, 厦门); supply
# (浩华管理顾问公司 10月底 against 2019年底; 万豪国际集团 今年, 希尔顿,
# 洲际酒店集团, 雅高 with 华住 and 宜必思); channels (美团 今年前三季度, 抖音,
# 飞猪 本月1日至15日, 去哪儿 and 途家 今年中秋); policy (文化和旅游部 上月
# with 元旦, 春节; 国家移民管理局 今年前三季度 with 北京, 上海; 北京市文化和
# 旅游局 三季度; 上海市文化和旅游局 10月); outlook (中国旅游研究院 今年,
# 北京第二外国语学院 明年, 迈点研究院 11月 with 成都, 重庆; 元旦, 春节, 四季度,
# 去年; 东呈集团, 尚美生活集团 12月, 德胧集团 明年).  Simplified, UTF-8 with
# BOM, 2026-11-20 (a Friday, ISO week 2026-W47), 经济观察报; the byline
# 经济观察报 记者 陈思远 上海报道 stands on its own line.  昨日 2026-11-19;
# 本周三 2026-11-18; 上周 2026-W46; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g173():
    d = Doc(G173)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV, DEC, Q3 = "2026-10", "2026-11", "2026-12", "2026-Q3"
    SH, BJ, HZ, XA, SZ = "上海市", "北京市", "杭州市", "西安市", "深圳市"
    HRB, SY, CS, XM, CD = "哈尔滨市", "三亚市", "长沙市", "厦门市", "成都市"
    # title (a heading that opens with no city)
    d.date("以价换量 [[前三季度]]重点", Y, "")
    d.metric("升至[[67.4%]]\n", "67.4", "%", "exact", "")
    # byline line (a heading that opens with the outlet: no city section)
    d.org("\n\n[[经济观察报]] 记者")
    d.city("陈思远 [[上海]]报道")
    # P1 the lead
    d.date("\n\n[[11月中旬]]的", NOV, SH)
    d.city("晚上，[[上海]]静安寺")
    d.org("附近，[[华住]]旗下")
    d.metric("标价[[458元]]", 458, "元", "exact", SH)
    d.date("比[[国庆]]假期的高点", "2026-10-01", SH)
    d.metric("回落[[近三成]]", 30, "%", "approx", SH)
    d.metric("仍在[[九成左右]]", 90, "%", "approx", SH)
    d.date("回到了[[两年前]]的水平", "2024", "")
    # P2 中国饭店协会's report (no city)
    d.org("。[[中国饭店协会]]昨日")
    d.date("协会[[昨日]]发布", "2026-11-19", "")
    d.date("《[[2026年三季度]]中国", Q3, "")
    d.date("显示，[[今年前三季度]]，全国", Y, "")
    d.metric("全国[[50个]]重点", 50, "个", "exact", "")
    d.metric("入住率为[[67.4%]]，同比", "67.4", "%", "exact", "")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact", "")
    d.metric("房价为[[286元]]", 286, "元", "exact", "")
    d.metric("下降[[3.2%]]；", "3.2", "%", "exact", "")
    d.metric("为[[193元]]", 193, "元", "exact", "")
    d.metric("微降[[0.6%]]", "0.6", "%", "exact", "")
    d.date("。[[三季度]]单季", Q3, "")
    d.metric("达到[[71.2%]]", "71.2", "%", "exact", "")
    d.metric("环比提高[[5.6个百分点]]", "5.6", "百分点", "exact", "")
    d.date("比[[去年同期]]低", "2025-Q3", "")
    d.metric("低[[2.7%]]", "2.7", "%", "exact", "")
    # P3 华住, 锦江, 首旅, 亚朵 (no city: 上海 only inside the company name)
    d.org("。[[华住集团]]11月18日")
    d.date("华住集团[[11月18日]]公布", "2026-11-18", "")
    d.date("显示，[[三季度]]其营业收入", Q3, "")
    d.metric("收入为[[68.6亿元]]", "68.6e8", "元", "exact", "")
    d.metric("增长[[5.1%]]", "5.1", "%", "exact", "")
    d.date("截至[[9月底]]，华住", "2026-09", "")
    d.org("，[[华住]]在中国")
    d.metric("达到[[12386家]]", 12386, "家", "exact", "")
    d.metric("开业[[496家]]", 496, "家", "exact", "")
    d.org("其中[[全季]]、")
    d.org("、[[汉庭]]、")
    d.org("、[[桔子水晶]]等品牌")
    d.metric("门店的[[六成以上]]", 60, "%", "over", "")
    d.org("，[[华住]]国内")
    d.metric("下降[[2.3%]]至", "2.3", "%", "exact", "")
    d.metric("至[[265元]]", 265, "元", "exact", "")
    d.metric("提高[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    d.metric("至[[86.1%]]", "86.1", "%", "exact", "")
    d.org("\n\n[[上海锦江国际酒店股份有限公司]]（")
    d.org("“[[锦江酒店]]”）")
    d.date("）[[三季度]]实现", Q3, "")
    d.metric("收入[[36.9亿元]]", "36.9e8", "元", "exact", "")
    d.metric("下降[[4.6%]]", "4.6", "%", "exact", "")
    d.org("；[[锦江酒店]]境内")
    d.metric("在营酒店[[13124家]]", 13124, "家", "exact", "")
    d.org("，[[维也纳酒店]]、")
    d.org("、[[丽枫]]和")
    d.org("和[[锦江之星]]仍是")
    d.org("。[[首旅酒店]]称")
    d.date("称，[[三季度]]旗下", Q3, "")
    d.org("旗下[[如家]]、")
    d.org("、[[和颐]]等品牌")
    d.metric("入住率为[[72.8%]]", "72.8", "%", "exact", "")
    d.metric("提高[[1.5个百分点]]", "1.5", "百分点", "exact", "")
    d.metric("下降[[4.1%]]", "4.1", "%", "exact", "")
    d.org("。[[亚朵集团]]三季度")
    d.date("亚朵集团[[三季度]]净收入", Q3, "")
    d.metric("增长[[31.4%]]", "31.4", "%", "exact", "")
    d.metric("收入[[约8.6亿元]]", "8.6e8", "元", "approx", "")
    d.metric("占比[[近三成]]", 30, "%", "approx", "")
    # P4 the cities
    d.org("。[[携程]]数据")
    d.date("显示，[[国庆]]假期（", "2026-10-01", HZ)
    d.date("（[[10月1日]]至7日）", "2026-10-01", HZ)
    d.date("10月1日至[[7日]]）", "2026-10-07", HZ)
    d.city("），[[杭州]]、成都")
    d.city("杭州、[[成都]]、西安")
    d.city("成都、[[西安]]、重庆")
    d.city("西安、[[重庆]]等城市")
    d.city("其中[[杭州]]同比")
    d.metric("增长[[18%]]", 18, "%", "exact", HZ)
    d.city("，[[西安]]增长15%")
    d.metric("增长[[15%]]；", 15, "%", "exact", XA)
    d.city("；[[北京]]、上海、广州")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]四个")
    d.metric("下降[[4%]]至7%", 4, "%", "exact", SZ)
    d.metric("至[[7%]]。", 7, "%", "exact", SZ)
    d.org("。[[杭州市文化广电旅游局]]统计")
    d.date("统计，[[今年前10个月]]杭州", Y, HZ)
    d.city("个月[[杭州]]接待")
    d.metric("游客[[约5860万人次]]", "5860e4", "人次", "approx", HZ)
    d.metric("入住率为[[73.5%]]", "73.5", "%", "exact", HZ)
    d.date("较[[去年同期]]提高2.4", LY, HZ)
    d.metric("提高[[2.4个百分点]]", "2.4", "百分点", "exact", HZ)
    # P5 winter cities
    d.org("。[[哈尔滨市文化广电和旅游局]]表示")
    d.date("表示，[[本月]]以来", NOV, HRB)
    d.city("以来[[哈尔滨]]酒店")
    d.metric("增长[[约35%]]", 35, "%", "approx", HRB)
    d.date("酒店[[12月下旬]]的", DEC, HRB)
    d.date("已比[[10月]]上涨", OCT, HRB)
    d.metric("上涨[[一倍以上]]", 1, "倍", "over", HRB)
    d.org("。[[三亚市旅游和文化广电体育局]]数据")
    d.date("显示，[[10月]]三亚", OCT, SY)
    d.city("10月[[三亚]]旅游")
    d.metric("入住率为[[58.9%]]", "58.9", "%", "exact", SY)
    d.metric("提高[[3.6个百分点]]", "3.6", "百分点", "exact", SY)
    d.date("截至[[本周三]]", "2026-11-18", SY)
    d.city("本周三，[[三亚]]高星级")
    d.date("酒店[[元旦]]期间", "2027-01-01", SY)
    d.date("已是[[去年同期]]的", Y, SY)
    d.metric("的[[1.3倍]]", "1.3", "倍", "exact", SY)
    d.org("。[[同程旅行]]称")
    d.date("称，[[上周]]平台上", "2026-W46", CS)
    d.city("平台上[[长沙]]、")
    d.city("长沙、[[南京]]、")
    d.city("南京、[[苏州]]、")
    d.city("苏州、[[厦门]]的")
    d.metric("均增长[[两成以上]]", 20, "%", "over", XM)
    # P6 supply (no city)
    d.org("。[[浩华管理顾问公司]]统计")
    d.date("截至[[10月底]]，全国", OCT, "")
    d.metric("客房数[[约232万间]]", "232e4", "间", "approx", "")
    d.date("较[[2019年底]]增长", "2019", "")
    d.metric("增长[[近80%]]", 80, "%", "approx", "")
    d.org("。[[万豪国际集团]]今年")
    d.date("万豪国际集团[[今年]]以来", Y, "")
    d.metric("新开业酒店[[18家]]", 18, "家", "exact", "")
    d.org("，[[希尔顿]]在中国")
    d.org("，[[洲际酒店集团]]也有")
    d.metric("酒店[[超过100家]]", 100, "家", "over", "")
    d.metric("也有[[约90家]]", 90, "家", "approx", "")
    d.org("；[[雅高]]则")
    d.org("与[[华住]]的合作")
    d.org("推进[[宜必思]]品牌")
    # P7 channels (no city)
    d.org("。[[美团]]数据")
    d.date("显示，[[今年前三季度]]平台上", Y, "")
    d.metric("增长[[42%]]", 42, "%", "exact", "")
    d.org("，[[抖音]]上")
    d.metric("核销量[[超过1.2亿间夜]]", "1.2e8", "间夜", "over", "")
    d.org("；[[飞猪]]称")
    d.date("称，[[本月1日]]至", "2026-11-01", "")
    d.date("至[[15日]]，", "2026-11-15", "")
    d.metric("增长[[约56%]]", 56, "%", "approx", "")
    d.org("。[[去哪儿]]和")
    d.org("和[[途家]]的数据")
    d.date("显示，[[今年中秋]]假期", "2026-09-25", "")
    d.metric("增长[[27%]]", 27, "%", "exact", "")
    # P8 policy
    d.org("，[[文化和旅游部]]上月")
    d.date("旅游部[[上月]]印发", OCT, "")
    d.date("在[[元旦]]、春节前后", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.org("；[[国家移民管理局]]数据")
    d.date("显示，[[今年前三季度]]入境", Y, BJ)
    d.metric("增长[[约30%]]", 30, "%", "approx", BJ)
    d.city("带动[[北京]]、上海")
    d.city("北京、[[上海]]等地")
    d.org("。[[北京市文化和旅游局]]介绍")
    d.date("介绍，[[三季度]]北京", Q3, BJ)
    d.city("三季度[[北京]]五星级")
    d.metric("入住率为[[69.7%]]", "69.7", "%", "exact", BJ)
    d.metric("房价为[[1126元]]", 1126, "元", "exact", BJ)
    d.org("；[[上海市文化和旅游局]]的")
    d.date("显示，[[10月]]上海", OCT, SH)
    d.city("10月[[上海]]星级")
    d.metric("收入[[约18.5亿元]]", "18.5e8", "元", "approx", SH)
    d.metric("增长[[6.2%]]", "6.2", "%", "exact", SH)
    # P9 research
    d.org("\n\n[[中国旅游研究院]]预计")
    d.date("预计，[[今年]]国内", Y, "")
    d.metric("有望[[超过68亿]]", "68e8", "", "over", "")
    d.org("。[[北京第二外国语学院]]一位")
    d.date("不大，[[明年]]行业", NY, "")
    d.org("。[[迈点研究院]]的")
    d.date("显示，[[11月]]以来", NOV, CD)
    d.metric("收窄至[[1.1%]]", "1.1", "%", "exact", CD)
    d.city("，[[成都]]、重庆的")
    d.city("成都、[[重庆]]的房价")
    # P10 outlook (no city)
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[四季度]]酒店业", "2026-Q4", "")
    d.date("低于[[去年]]。", LY, "")
    d.org("。[[东呈集团]]、")
    d.org("、[[尚美生活集团]]等")
    d.date("将在[[12月]]推出", DEC, "")
    d.org("，[[德胧集团]]则")
    d.date("计划[[明年]]在", NY, "")
    d.metric("开业[[超过40家]]", 40, "家", "over", "")
    audit = {
        "orgs": ["经济观察报", "华住", "中国饭店协会", "华住集团", "全季",
                 "汉庭", "桔子水晶", "上海锦江国际酒店股份有限公司",
                 "锦江酒店", "维也纳酒店", "丽枫", "锦江之星", "首旅酒店",
                 "如家", "和颐", "亚朵集团", "携程", "杭州市文化广电旅游局",
                 "哈尔滨市文化广电和旅游局", "三亚市旅游和文化广电体育局",
                 "同程旅行", "浩华管理顾问公司", "万豪国际集团", "希尔顿",
                 "洲际酒店集团", "雅高", "宜必思", "美团", "抖音", "飞猪",
                 "去哪儿", "途家", "文化和旅游部", "国家移民管理局",
                 "北京市文化和旅游局", "上海市文化和旅游局", "中国旅游研究院",
                 "北京第二外国语学院", "迈点研究院", "东呈集团",
                 "尚美生活集团", "德胧集团"],
        "cities": ["上海", "北京", "天津", "重庆", "杭州", "成都", "西安",
                   "广州", "深圳", "哈尔滨", "三亚", "长沙", "南京", "苏州",
                   "厦门", "青岛", "武汉", "昆明", "大连", "丽江", "维也纳",
                   "静安", "香港", "澳门", "中国"],
        # 静安 of 静安寺 (a temple and its quarter, a district of 上海);
        # 中国 (x3, the country: 在中国, 中国的在营酒店; the rest inside ORGs
        # and the report's title)
        "excluded": ["[[静安]]寺", "华住在[[中国]]的", "希尔顿在[[中国]]新签约",
                     "三季度[[中国]]酒店业"],
        "numbers_excluded": [],
        # 一个 (x2, indefinite), 一家 (a hotel), 四个 (the collective label
        # of the list 北京、上海、广州、深圳 just given) and 一线 (a tier
        # label), 二三线 (tier labels), 一批 (a batch), 五星级 (a grade),
        # 一位 (a professor), 两周 (连续两周: a duration), 长三角 (a region)
        "cn_excluded": ["的[[一]]个工作日", "旗下[[一]]家", "的[[一]]个缩影",
                        "深圳[[四]]个", "四个[[一]]线", "在[[二三]]线城市",
                        "推出[[一]]批", "北京[[五]]星级", "学院[[一]]位",
                        "连续[[两周]]", "长[[三]]角", "这[[一]]趋势"],
        # RevPAR (x2: revenue per available room, a statistic's name)
        "latin_excluded": ["（[[RevPAR]]）", "的[[RevPAR]]同比"],
        # time words that are no DATE: 工作日 (a working day, not fixed),
        # 晚上 (the evening of 11月中旬: no day), 单季 (a quarter alone, after
        # its DATE), 周边 (surroundings), 周末 (weekends: recurring), 冬季
        # (a season without a year word), 全年 (the whole year, no year of
        # its own)
        "words_excluded": {"工作日": 1, "晚上": 1, "单季": 1, "周边": 1,
                           "周末": 1, "冬季": 1, "全年": 1},
        # generic words outside ORG rows: 集团 (x2: 上市酒店集团, 中端酒店
        # 集团), 公司, 协会, 研究院, 学院, 文化和旅游 (none outside)
        "orgwords_excluded": {"集团": 2, "公司": 0, "协会": 0, "研究院": 0,
                              "学院": 0, "文化和旅游": 0, "管理局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g174 Taiwan's department stores' anniversary sales, November 2026:
# 經濟部統計處's retail statistics of 上週五（20日） (10月 against the
# history of the month, 今（115）年前10月, the estimate for 11月 with 雙11);
# 新光三越 (10月24日, its stores in 台北, 台中, 台南, 高雄; 今年 against 去年,
# 昨日); 遠東SOGO's 台北店 (11月13日 to 本週六（28日）), 遠東百貨（遠百） in
# 新北, 台中, 高雄 (今年, 去年); the other groups (微風集團, 漢神百貨 in 高雄,
# 中友百貨 and 廣三SOGO in 台中, 大江購物中心 and 台茂購物中心 in 桃園,
# 南紡購物中心 in 台南); the cities' bodies (台北市商業處, 高雄市經濟發展局
# with 漢神百貨 and 夢時代購物中心 11月, 台中市政府經濟發展局 10月); the banks
# (國泰世華銀行 11月, 中國信託商業銀行（中信銀行） 11月20日, 台新銀行, 玉山
# 銀行, 台北富邦銀行, 永豐銀行); payments (LINE Pay, 全聯's 全支付, 街口支付
# 今年前3季, 金管會 9月底 and 9月, 悠遊卡公司); the year's course (經濟部
# 統計處 今年, 上半年; 交通部觀光署 今年前10月 with 東京, 大阪, 首爾; 第3季,
# 中秋, 國慶, 10月); categories (新光三越, 資生堂, 雅詩蘭黛, 遠東SOGO; 行政院
# 消保處 今年 against 去年同期); the outlook (台灣經濟研究院（台經院） 今年,
# 去年11月, 本月, 10月; 主計總處 明（116）年; 黑色星期五, 聖誕, 元旦, 明年
# 農曆年); other cities (遠東SOGO新竹店, 新光三越嘉義垂楊店; 今年, 114年).
# Traditional as Taiwan writes it (台, 占, 公布, 年增, 前10月, 前3季, 第3季,
# 上週五, 本週六, 新台幣, ROC years), cp950, 2026-11-23 (a Monday, ISO week
# 2026-W48), 經濟日報; the byline 記者陳宜嫺／台北報導 stands on its own
# line.  昨日 2026-11-22; 上週五 2026-11-20; 本週六 2026-11-28; 本月
# 2026-11; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g174():
    d = Doc(G174)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    TPE, TC, TN, KHH = "台北市", "台中市", "台南市", "高雄市"
    TY, TYO = "桃园市", "东京"
    # title (a heading that opens with no city)
    d.date("百貨業[[10月]]營業額年增6.2%\n", OCT, "")
    d.metric("年增[[6.2%]]\n", "6.2", "%", "exact", "")
    # byline line (a heading that opens with no city)
    d.city("／[[台北]]報導")
    # P1 經濟部統計處 (no city)
    d.org("。[[經濟部統計處]]上週五")
    d.date("統計處[[上週五]]（", "2026-11-20", "")
    d.date("（[[20日]]）公布", "2026-11-20", "")
    d.date("公布，[[10月]]百貨", OCT, "")
    d.metric("新台幣[[386億元]]", "386e8", "元", "exact", "", outer="新台幣")
    d.metric("年增[[6.2%]]，創", "6.2", "%", "exact", "")
    d.date("；[[今（115）年前10月]]累計", Y, "")
    d.metric("累計[[3,512億元]]", "3512e8", "元", "exact", "")
    d.metric("年增[[3.4%]]", "3.4", "%", "exact", "")
    d.date("預估，[[11月]]在", NOV, "")
    d.date("、[[雙11]]促銷", "2026-11-11", "")
    d.metric("新台幣[[435億元]]至", "435e8", "元", "exact", "",
             outer="新台幣")
    d.metric("至[[455億元]]", "455e8", "元", "exact", "")
    d.metric("年增[[4.1%]]至", "4.1", "%", "exact", "")
    d.metric("至[[8.9%]]", "8.9", "%", "exact", "")
    # P2 新光三越
    d.org("\n\n[[新光三越]]週年慶自")
    d.date("自[[10月24日]]起", "2026-10-24", TPE)
    d.city("，[[台北]]信義新天地")
    d.metric("約新台幣[[12.6億元]]", "12.6e8", "元", "approx", TPE,
             outer="約新台幣")
    d.metric("年增[[5%]]；台中", 5, "%", "exact", TPE)
    d.city("；[[台中]]中港店")
    d.metric("業績[[約7.2億元]]", "7.2e8", "元", "approx", TC)
    d.city("，[[台南]]西門")
    d.metric("首日[[約3.8億元]]", "3.8e8", "元", "approx", TN)
    d.city("，[[高雄]]左營店")
    d.metric("左營店[[約2.9億元]]", "2.9e8", "元", "approx", KHH)
    d.org("。[[新光三越]]表示")
    d.date("表示，[[今年]]全台", Y, "")
    d.metric("全台[[19館]]", 19, "馆", "exact", "")
    d.metric("為新台幣[[285億元]]", "285e8", "元", "exact", "",
             outer="新台幣")
    d.date("較[[去年]]實績", LY, "")
    d.metric("成長[[約4%]]", 4, "%", "approx", "")
    d.date("截至[[昨日]]", "2026-11-22", "")
    d.metric("達成[[約八成]]", 80, "%", "approx", "")
    # P3 遠東SOGO and 遠東百貨
    d.org("\n\n[[遠東SOGO]]台北店")
    d.city("SOGO[[台北]]店週年慶於")
    d.date("於[[11月13日]]登場", "2026-11-13", TPE)
    d.metric("約新台幣[[13.8億元]]", "13.8e8", "元", "approx", TPE,
             outer="約新台幣")
    d.metric("年增[[2.2%]]", "2.2", "%", "exact", TPE)
    d.metric("單日[[約8.1億元]]", "8.1e8", "元", "approx", TPE)
    d.org("；[[遠東SOGO]]表示")
    d.city("表示，[[台北]]店")
    d.metric("目標新台幣[[62億元]]", "62e8", "元", "exact", TPE,
             outer="新台幣")
    d.date("延續至[[本週六]]（", "2026-11-28", TPE)
    d.date("（[[28日]]）", "2026-11-28", TPE)
    d.org("。[[遠東百貨]]（遠百）")
    d.org("（[[遠百]]）旗下")
    d.city("旗下[[新北]]板橋")
    d.city("板橋、[[台中]]、高雄")
    d.city("台中、[[高雄]]等分店")
    d.metric("業績[[約20.5億元]]", "20.5e8", "元", "approx", KHH)
    d.metric("年增[[3.5%]]", "3.5", "%", "exact", KHH)
    d.org("。[[遠百]]並指出")
    d.date("指出，[[今年]]週年慶", Y, "")
    d.metric("占比[[約72%]]", 72, "%", "approx", "")
    d.date("較[[去年]]提高", LY, "")
    d.metric("提高[[3個百分點]]", 3, "百分点", "exact", "")
    # P4 the other groups
    d.org("。[[微風集團]]旗下")
    d.metric("旗下[[6館]]", 6, "馆", "exact", "")
    d.metric("業績[[約9.6億元]]", "9.6e8", "元", "approx", "")
    d.org("；[[漢神百貨]]表示")
    d.city("，[[高雄]]兩館")
    d.metric("業績[[約5.3億元]]", "5.3e8", "元", "approx", KHH)
    d.metric("年增[[6%]]", 6, "%", "exact", KHH)
    d.city("。[[台中]]的中友")
    d.org("的[[中友百貨]]首日")
    d.metric("年增[[4%]]，廣三", 4, "%", "exact", TC)
    d.org("，[[廣三SOGO]]年增")
    d.metric("年增[[3%]]；", 3, "%", "exact", TC)
    d.city("；[[桃園]]的大江")
    d.org("的[[大江購物中心]]首日")
    d.metric("業績[[約1.9億元]]", "1.9e8", "元", "approx", TY)
    d.org("，[[台茂購物中心]]約")
    d.metric("中心[[約1.2億元]]", "1.2e8", "元", "approx", TY)
    d.city("。[[台南]]的南紡")
    d.org("的[[南紡購物中心]]則")
    d.metric("年增[[逾15%]]", 15, "%", "over", TN)
    # P5 the cities' bodies
    d.org("。[[台北市商業處]]指出")
    d.metric("增加[[約四成]]", 40, "%", "approx", "")
    d.org("；[[高雄市經濟發展局]]與")
    d.org("與[[漢神百貨]]、夢時代")
    d.org("、[[夢時代購物中心]]合辦")
    d.city("「[[高雄]]好購」")
    d.date("活動，[[11月]]以來", NOV, KHH)
    d.metric("消費[[約3.5億元]]", "3.5e8", "元", "approx", KHH)
    d.org("；[[台中市政府經濟發展局]]統計")
    d.city("統計，[[台中]]七期")
    d.date("商圈[[10月]]百貨", OCT, TC)
    d.metric("年增[[5.5%]]", "5.5", "%", "exact", TC)
    # P6 the banks (no city: 台北 only inside 台北富邦銀行)
    d.org("。[[國泰世華銀行]]表示")
    d.date("表示，[[11月]]以來該行", NOV, "")
    d.metric("年增[[約12%]]", 12, "%", "approx", "")
    d.org("與[[新光三越]]、遠東SOGO")
    d.org("、[[遠東SOGO]]合作")
    d.metric("最高達[[11%]]", 11, "%", "exact", "")
    d.org("；[[中國信託商業銀行]]（")
    d.org("（[[中信銀行]]）")
    d.date("截至[[11月20日]]", "2026-11-20", "")
    d.date("，[[今年]]百貨週年慶刷卡", Y, "")
    d.metric("約新台幣[[98億元]]", "98e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[7.5%]]", "7.5", "%", "exact", "")
    d.org("。[[台新銀行]]、")
    d.org("、[[玉山銀行]]與")
    d.org("與[[台北富邦銀行]]也")
    d.org("其中[[玉山銀行]]百貨")
    d.metric("年增[[逾兩成]]", 20, "%", "over", "")
    d.org("；[[永豐銀行]]則")
    d.metric("客單價[[約1萬2,800元]]", 12800, "元", "approx", "")
    d.metric("年增[[4%]]。\n", 4, "%", "exact", "")
    # P7 payments (no city)
    d.org("。[[LINE Pay]]表示")
    d.metric("年增[[約18%]]", 18, "%", "approx", "")
    d.org("；[[全聯]]旗下")
    d.org("旗下[[全支付]]與")
    d.org("與[[遠東百貨]]合作")
    d.metric("最高[[10%]]回饋", 10, "%", "exact", "")
    d.metric("用戶[[超過12萬人]]", "12e4", "人", "over", "")
    d.org("；[[街口支付]]指出")
    d.date("指出，[[今年前3季]]百貨", Y, "")
    d.metric("年增[[26%]]", 26, "%", "exact", "")
    d.org("。[[金管會]]統計")
    d.date("截至[[9月底]]", SEP, "")
    d.metric("已達[[3,420萬人]]", "3420e4", "人", "exact", "")
    d.date("；[[9月]]信用卡", SEP, "")
    d.metric("約新台幣[[4,380億元]]", "4380e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[6.8%]]", "6.8", "%", "exact", "")
    d.org("。[[悠遊卡公司]]則")
    d.metric("年增[[約30%]]", 30, "%", "approx", "")
    # P8 the year's course
    d.org("從[[經濟部統計處]]數據")
    d.date("來看，[[今年]]百貨業", Y, "")
    d.date("。[[上半年]]百貨", Y, "")
    d.metric("僅年增[[1.2%]]", "1.2", "%", "exact", "")
    d.org("；[[交通部觀光署]]統計")
    d.date("統計，[[今年前10月]]國人", Y, TYO)
    d.metric("達[[1,620萬人次]]", "1620e4", "人次", "exact", TYO)
    d.city("以[[東京]]、")
    d.city("、[[大阪]]、")
    d.city("、[[首爾]]等城市")
    d.date("。[[第3季]]起", "2026-Q3", "")
    d.date("加上[[中秋]]、", "2026-09-25", "")
    d.date("、[[國慶]]連假", "2026-10-10", "")
    d.metric("單季年增[[4.6%]]", "4.6", "%", "exact", "")
    d.date("；[[10月]]零售業", OCT, "")
    d.metric("營業額[[4,218億元]]", "4218e8", "元", "exact", "")
    d.metric("年增[[2.9%]]", "2.9", "%", "exact", "")
    d.metric("年增[[3.6%]]", "3.6", "%", "exact", "")
    d.metric("年增[[2.1%]]", "2.1", "%", "exact", "")
    # P9 categories (no city)
    d.org("。[[新光三越]]統計")
    d.metric("年增[[9%]]", 9, "%", "exact", "")
    d.org("，[[資生堂]]、")
    d.org("、[[雅詩蘭黛]]等品牌")
    d.org("；[[遠東SOGO]]則指出")
    d.metric("年增[[逾一成]]", 10, "%", "over", "")
    d.org("。[[行政院消保處]]提醒")
    d.date("提醒，[[今年]]以來", Y, "")
    d.metric("已達[[1,260件]]", 1260, "件", "exact", "")
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[約8%]]", 8, "%", "approx", "")
    # P10 the outlook (no city)
    d.org("\n\n[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）")
    d.date("分析，[[今年]]週年慶", Y, "")
    d.date("且[[去年11月]]有", "2025-11", "")
    d.date("，[[本月]]百貨", NOV, "")
    d.date("恐較[[10月]]收斂", OCT, "")
    d.org("；[[主計總處]]日前")
    d.date("預測，[[明（116）年]]民間", NY, "")
    d.metric("成長[[2.3%]]", "2.3", "%", "exact", "")
    d.date("看好[[黑色星期五]]、", "2026-11-27", "")
    d.date("、[[聖誕]]及", "2026-12-25", "")
    d.date("及[[元旦]]檔期", "2027-01-01", "")
    d.date("規劃[[明年農曆年]]前", "2027-02-06", "")
    # P11 other cities (新竹 and 嘉義 without 市: no CITY, GUIDELINES)
    d.org("。[[遠東SOGO]]新竹店")
    d.metric("業績[[約2.7億元]]", "2.7e8", "元", "approx", "")
    d.metric("年增[[7%]]", 7, "%", "exact", "")
    d.org("；[[新光三越]]嘉義")
    d.metric("年增[[5%]]。業界", 5, "%", "exact", "")
    d.date("預估，[[今年]]百貨公司", Y, "")
    d.metric("可望[[突破4,100億元]]", "4100e8", "元", "over", "")
    d.date("優於[[114年]]全年", LY, "")
    d.metric("的[[3,958億元]]", "3958e8", "元", "exact", "")
    audit = {
        "orgs": ["經濟部統計處", "新光三越", "遠東SOGO", "遠東百貨", "遠百",
                 "微風集團", "漢神百貨", "中友百貨", "廣三SOGO",
                 "大江購物中心", "台茂購物中心", "南紡購物中心",
                 "台北市商業處", "高雄市經濟發展局", "夢時代購物中心",
                 "台中市政府經濟發展局", "國泰世華銀行", "中國信託商業銀行",
                 "中信銀行", "台新銀行", "玉山銀行", "台北富邦銀行",
                 "永豐銀行", "LINE Pay", "全聯", "全支付", "街口支付",
                 "金管會", "悠遊卡公司", "交通部觀光署", "資生堂",
                 "雅詩蘭黛", "行政院消保處", "台灣經濟研究院", "台經院",
                 "主計總處"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮", "宜蘭",
                   "屏東", "彰化", "東京", "大阪", "首爾", "香港", "上海",
                   "板橋", "信義", "左營", "台灣"],
        # districts written after or without their cities (板橋 of 新北,
        # 信義 of 台北 (x2: the store and the planning district), 左營 of
        # 高雄); 新竹 and 嘉義 without 市 (GUIDELINES: they count only as
        # 新竹市, 嘉義市): the stores 遠東SOGO新竹店 and 新光三越嘉義垂楊店
        "excluded": ["新北[[板橋]]", "台北[[信義]]新天地", "[[信義]]計畫區",
                     "高雄[[左營]]店", "SOGO[[新竹]]店", "三越[[嘉義]]垂楊"],
        # 16天 (為期16天: the length of the sale, a duration)
        "numbers_excluded": ["為期[[16天]]"],
        # 兩館 (a collective: GUIDELINES, 馆 counts after Arabic digits
        # only), 七期 (台中七期: the seventh land readjustment zone, a
        # district's label), 一週 (上線一週: a duration)
        "cn_excluded": ["高雄[[兩]]館", "台中[[七]]期", "上線[[一週]]"],
        "latin_excluded": [],
        # time words that are no DATE: 週年慶 (the anniversary sale, an
        # event), 年增 (year on year), 首日 (the first day of each store's
        # sale: no calendar day of its own), 歷年同月 (GUIDELINES: no DATE),
        # 新天地 (x2, the stores 信義新天地, 西門新天地: no 天),
        # 單日, 單季 (after 第3季: the quarter alone), 假日 and 平日
        # (recurring), 日前 (vague), 年貨 (New Year goods), 全年 (after
        # 114年: outside the span, GUIDELINES)
        "words_excluded": {"週年慶": 19, "年增": 30, "首日": 13,
                           "新天地": 2,
                           "歷年同月": 1, "單日": 1, "單季": 1, "假日": 1,
                           "平日": 1, "日前": 1, "年貨": 1, "全年": 1,
                           "百貨": 21},
        # generic words outside ORG rows: 銀行 (信用卡銀行), 公司 (百貨公司
        # x5: the trade), 集團, 研究院, 購物中心, 部, 處, 局 (none)
        "orgwords_excluded": {"銀行": 1, "公司": 5, "集團": 0, "研究院": 0,
                              "購物中心": 0, "部": 0, "局": 0},
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
