#!/usr/bin/env python3
"""Gold annotation for the held-out articles g185_graduate_jobs_city_talent_fairs
and g186_taiwan_water_prices_reservoirs (annotator KA).

Adapted from the precedent set's tools/annotate_la.py (now dev/tools/annotate_g179_g180.py) (/tmp/ho33/precedent:
copied and the data changed; it keeps the checks of annotate_la.py and its
predecessors: strict decoding, offsets, overlaps, span edges, formats,
calendar-valid DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule computed and asserted against my hand value on every
DATE/METRIC row, the month and day a DATE span writes, the holiday table by
exact span and the holidays recomputed without it, ROC years only in a
Taiwan text and between 40 and 199, 今（N）年/明（N）年/去（N）年 carrying
the ROC year of the reference year, relative words resolved from the
reference date (上周六, 本周日, 上週五, 本週三 to the day of their week,
本周 to its ISO week, 今（23）日 to its day), 上月 as a baseline after a
comparison word, the bare-day month rule, a bare month, day or quarter in
the reference year, 去年同期 a year before its sentence's period, the
bracketed gloss, the 约占 check, markers before, touching and after a span,
the declared organizations of each article, the narrowest codec, the OpenCC
round trip of the traditional article).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded (the BOM of g185 removed, nothing else):

- g185 is simplified (mainland, 中国青年报, 2026-11-21), stored as UTF-8
  WITH a BOM (EF BB BF, then the title's 明 = E6 98 8E); offsets count from
  the first character after the BOM.  Every non-ASCII character is three
  bytes (the curly quotes “ ” too), every character is also GBK; the GB and
  Big5 codecs and UTF-16 fail on the bytes or read another text.  OpenCC t2s
  leaves the article unchanged.  Its dateline 本报北京11月20日电（记者
  周启航） opens the first paragraph (本报 names no outlet; 北京 and the day
  are mentions).
- g186 is traditional (Taiwan, 經濟日報, 2026-11-23), stored as cp950
  (Taiwan's Big5, Microsoft's code page) without a BOM: every character is
  in cp950, which reads and round-trips the file; exactly one character is
  outside plain Big5, 嫺 (U+5AFA, cp950 F9 DC, one of the seven ETEN
  characters cp950 adds: 碁銹裏墻恒粧嫺) of the reporter's given name on the
  byline line 記者吳靜嫺／台北報導, in no span; plain big5 fails on the file
  (the narrowest codec that reads it is cp950); Big5-HKSCS reads it alike.
  Every non-ASCII character is two bytes.  UTF-8, UTF-16 and the GB codecs
  fail or read another text.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市, foreign cities by their common
  mainland names).  A Taiwan text: 2-3 digit years before 年 are ROC years
  (民國113年 = 113年 = 2024, 去（114）年 = 2025, 今（115）年 = 2026,
  明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho33/precedent: README,
NOTES_la/lb/lc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g185_g186.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

Changes from annotate_la.py: a UTF-8 mainland article WITH a BOM in place
of the one without (exactly one BOM, utf-8-sig reads the text, plain utf-8
reads U+FEFF before it, the title's 明 right after the BOM; the block of
annotate_lc.py); a cp950 Taiwan article in place of the strict-Big5 one
(cp950 reads and round-trips it; the declared 嫺 is the only character
outside plain Big5, which fails on the file; Big5-HKSCS reads it alike; two
bytes a non-ASCII character); the holiday table as these articles name them
(国庆, 元旦, 春节, 明年春节; 元旦, 春節, 明年春節); a shared unit after a
figure written with thousands separators (1,001至3,000度); 去年同期 after
the second end of a range of one year (今年1月至10月…较去年同期) gives the
year (GUIDELINES: a range of months states the year); 去（N）年 checked like
今（N）年; units 人, 个, 条, 场, 家, 人次, 岁, 名, 元, 套, 百分点, %;
度, 户, 元, 立方公尺, 座, 毫米, 吨, 家, 公里, 百分点, %.
Re-run (from anywhere):

    python3 dev/tools/annotate_g185_g186.py
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
G185 = "g185_graduate_jobs_city_talent_fairs"
G186 = "g186_taiwan_water_prices_reservoirs"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G185: ("utf-8", BOM8, False, "2026-11-21", "中国青年报"),
    G186: ("cp950", b"", True, "2026-11-23", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G185: [], G186: []}
# characters of the cp950 article that plain Big5 lacks, with their cp950
# bytes: 嫺 of the reporter's given name (the ETEN extension F9 D6-F9 FE
# that cp950 holds and Python's plain big5 does not).  Only on the byline
# line (the third line), in no span.
CP950_ONLY = {G186: {"嫺": b"\xf9\xdc"}}
# the first character of each file after its BOM, with its bytes
FIRST_CHAR = {G185: ("明", b"\xe6\x98\x8e"), G186: ("水", b"\xa4\xf4")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G186}
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
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕"
                   "库减压灯览厂级吨积涨缴办换规应调")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 布 of 布局 (佈), and 嫺, the cp950 form of the reporter's
# given name (s2tw writes 嫻; annotate_ma.py's reporter had it too)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃"),
                ("嫺", "嫻")}
# Holidays the articles name, by their exact span (2025-2027).
# g185 (mainland, 2026-11-21): 国庆 2026-10-01, the one just past (国庆假期
# 以来); 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027), the coming
# ones; 明年春节 2027-02-06 (明年 in the span).
# g186 (Taiwan, 2026-11-23): 元旦 2027-01-01 and 春節 2027-02-06, the coming
# ones; 明年春節 2027-02-06 (明年 in the span).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "明年春节": "2027-02-06",
    "春節": "2027-02-06", "明年春節": "2027-02-06",
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
    # g185 (2026: municipalities 北京, 上海, 天津, 重庆; sub-provincial and
    # prefecture-level 深圳, 广州, 杭州, 南京, 长沙, 成都, 厦门, 青岛, 西安,
    # 郑州, 济南, 合肥, 苏州, 宁波, 武汉)
    "北京": "北京市", "上海": "上海市", "天津": "天津市", "重庆": "重庆市",
    "深圳": "深圳市", "广州": "广州市", "杭州": "杭州市", "南京": "南京市",
    "长沙": "长沙市", "成都": "成都市", "厦门": "厦门市", "青岛": "青岛市",
    "西安": "西安市", "郑州": "郑州市", "济南": "济南市", "合肥": "合肥市",
    "苏州": "苏州市", "宁波": "宁波市", "武汉": "武汉市",
    # g186 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市 by their
    # full names; 香港 and the foreign cities 東京, 新加坡 by their common
    # (mainland) names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台南": "台南市",
    "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "東京": "东京", "新加坡": "新加坡", "香港": "香港",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"香港", "东京", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟部": "经济部", "台灣自來水公司": "台湾自来水公司", "台水": "台水",
    "立法院經濟委員會": "立法院经济委员会", "消基會": "消基会",
    "經濟部水利署": "经济部水利署",
    "經濟部水利署南區水資源分署": "经济部水利署南区水资源分署",
    "台南市政府水利局": "台南市政府水利局",
    "國科會南部科學園區管理局": "国科会南部科学园区管理局",
    "台積電": "台积电",
    "國科會新竹科學園區管理局": "国科会新竹科学园区管理局",
    "新竹市政府": "新竹市政府",
    "國科會中部科學園區管理局": "国科会中部科学园区管理局",
    "台中市政府水利局": "台中市政府水利局", "聯電": "联电",
    "力積電": "力积电", "美光": "美光", "友達": "友达", "群創": "群创",
    "工業技術研究院": "工业技术研究院", "工研院": "工研院",
    "日月光投控": "日月光投控",
    "中華民國全國工業總會": "中华民国全国工业总会", "工總": "工总",
    "台灣區電機電子工業同業公會": "台湾区电机电子工业同业公会",
    "電電公會": "电电公会", "中華經濟研究院": "中华经济研究院",
    "主計總處": "主计总处", "台灣經濟研究院": "台湾经济研究院",
    "台經院": "台经院", "台北自來水事業處": "台北自来水事业处",
    "北水處": "北水处", "新北市政府水利局": "新北市政府水利局",
    "桃園市政府水務局": "桃园市政府水务局",
    "高雄市政府水利局": "高雄市政府水利局", "中鋼": "中钢", "中油": "中油",
    "中央氣象署": "中央气象署", "環境部": "环境部",
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
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):             # a legacy codec fails on
                for b in (raw, full):               # it or reads another text
                    assert not decodes(b, other) or b.decode(other) != \
                        self.text, (doc_id, other)
            # WITH a BOM (annotate_lc.py's block, after annotate_la.py's block
            # without one): exactly one BOM, the BOM-aware codec reads the
            # same text, and the plain utf-8 reading keeps U+FEFF in front,
            # one code point that would shift every offset by one
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert not raw.startswith(BOM8) and BOM8 not in raw, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g185: 明 = E6 98 8E)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:3] == ch.encode("utf-8") == \
                code, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the curly
            # quotes too; no four-byte character), so a count in bytes would
            # shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) > len(self.text) + 1000, doc_id
        if enc == "cp950":      # cp950 with a character plain Big5 lacks
            # (new in annotate_ka.py, after annotate_ma.py's cp950 article
            # and annotate_la.py's strict-Big5 block): the declared
            # characters are exactly those plain big5 cannot write; cp950
            # writes them with the declared bytes, which plain big5 cannot
            # read, so big5 fails on the file (checked above: the narrowest
            # codec); Big5-HKSCS reads the declared bytes and the whole file
            # alike
            declared = CP950_ONLY[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, code in declared.items():
                assert c.encode("cp950") == code and code in raw, c
                assert not decodes(code, "big5"), c
                assert code.decode("big5hkscs") == c, c
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every line without a declared character is plain Big5 byte for
            # byte (so cp950 and big5 part only at the declared characters)
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert line.encode("big5") == line.encode("cp950"), line
            # every non-ASCII character is two bytes
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            self.no_span_chars = outside
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16",
                          "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the first bytes are the title's first character (水 = A4 F4)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and full[:2] == ch.encode("cp950") == \
                code, doc_id
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
# g185 mainland graduates' job season, November 2026: the dateline (本报北京
# 11月20日电) and 人力资源和社会保障部 昨日 (明年's graduates against 今年;
# 教育部, 国务院国资委, 共青团中央; 本月下旬 to 明年3月); 人社部's figures
# (今年7月至10月; 截至10月底 against 去年同期; 国家统计局 10月 against
# 上月, the 16至24岁 rate); the talent fairs (上海市人力资源和社会保障局 本月,
# 上海市学生事务中心 11月16日至18日 at 复旦大学 and 上海交通大学; 北京市
# 人力资源和社会保障局 上周六（14日）in 北京; 深圳 今年前10个月 with 华为,
# 比亚迪, 大疆; 广州市人力资源和社会保障局 本周日（22日）); subsidies (杭州市
# 人社局 今年, 南京, 长沙, 武汉市招才局, 成都市人力资源和社会保障局 国庆,
# 厦门, 青岛); settlement (西安市公安局 今年1月至10月 against 去年同期, 天津
# 今年, 郑州, 济南, 合肥, 苏州, 宁波); universities (北京大学学生就业指导服务
# 中心, 清华大学学生职业发展指导中心 11月15日, 华中科技大学学生就业指导中心
# 今年 in 武汉 against 去年, 成都, 重庆); platforms (智联招聘 and 中国人民
# 大学中国就业研究所 三季度, 二季度; BOSS直聘 10月; 猎聘 今年; 前程无忧,
# 58同城); employers (国家电网有限公司 明年; 比亚迪 明年; 宁德时代, 小米,
# 京东 against 去年; 招商银行, 中国建筑 12月中旬); 麦可思研究院 今年 against
# 两年前, 中国就业促进会; the outlook (人社部 元旦, 春节, 明年春节 in 北京,
# 上海, 广州, 深圳; 教育部 本周, 年底).  Simplified, UTF-8 with BOM,
# 2026-11-21 (a Saturday, ISO week 2026-W47), 中国青年报.  昨日 2026-11-20;
# 上周六 2026-11-14; 本周日 2026-11-22; 本周 2026-W47; 本月 2026-11; 上月
# 2026-09 (the baseline of 10月); 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g185():
    d = Doc(G185)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ, SH, SZ, HZ, NJ = "北京市", "上海市", "深圳市", "杭州市", "南京市"
    CS, CD, QD, XA, TJ = "长沙市", "成都市", "青岛市", "西安市", "天津市"
    WH, CQ = "武汉市", "重庆市"
    # title (a heading that opens with no city)
    d.date("[[明年]]高校毕业生预计达1290万人 多地", NY, "")
    d.metric("预计达[[1290万人]] 多地", "1290e4", "人", "exact", "")
    # P1 the dateline and the ministry
    d.city("本报[[北京]]11月20日电")
    d.date("本报北京[[11月20日]]电", "2026-11-20", BJ)
    d.date("周启航）[[明年]]高校", NY, BJ)
    d.metric("规模预计达[[1290万人]]", "1290e4", "人", "exact", BJ)
    d.date("较[[今年]]增加约20万人", Y, BJ)
    d.metric("增加[[约20万人]]", "20e4", "人", "approx", BJ)
    d.org("。[[人力资源和社会保障部]]昨日")
    d.date("保障部[[昨日]]召开", "2026-11-20", "")
    d.org("联合[[教育部]]、")
    d.org("、[[国务院国资委]]、")
    d.org("、[[共青团中央]]等部门")
    d.date("自[[本月下旬]]至明年3月", "2026-11", "")
    d.date("至[[明年3月]]开展", "2027-03", "")
    d.metric("岗位[[超过1000万个]]", "1000e4", "个", "over", "")
    # P2 national figures (no city)
    d.org("\n\n[[人社部]]相关")
    d.date("介绍，[[今年7月]]至10月", "2026-07", "")
    d.date("今年7月至[[10月]]，全国", OCT, "")
    d.metric("招聘活动[[4.6万场]]", "4.6e4", "场", "exact", "")
    d.metric("岗位信息[[1860万条]]", "1860e4", "条", "exact", "")
    d.date("截至[[10月底]]，应届", OCT, "")
    d.metric("落实率为[[87.4%]]", "87.4", "%", "exact", "")
    d.date("较[[去年同期]]提高1.2", "2025-10", "")
    d.metric("提高[[1.2个百分点]]", "1.2", "百分点", "exact", "")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[10月]]全国城镇", OCT, "")
    d.metric("不在校的[[16]]至24岁", 16, "岁", "exact", "", shared="岁")
    d.metric("16至[[24岁]]", 24, "岁", "exact", "")
    d.metric("失业率为[[16.8%]]", "16.8", "%", "exact", "")
    d.date("较[[上月]]下降0.9", "2026-09", "")
    d.metric("下降[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    # P3 上海, 北京
    d.org("。[[上海市人力资源和社会保障局]]统计")
    d.date("统计，[[本月]]以来上海", "2026-11", SH)
    d.city("以来[[上海]]已举办")
    d.metric("招聘会[[126场]]", 126, "场", "exact", SH)
    d.metric("用人单位[[超过9800家]]", 9800, "家", "over", SH)
    d.metric("提供岗位[[约15.6万个]]；", "15.6e4", "个", "approx", SH)
    d.org("；[[上海市学生事务中心]]介绍")
    d.date("介绍，[[11月16日]]至18日", "2026-11-16", "")
    d.date("11月16日至[[18日]]在", "2026-11-18", "")
    d.org("在[[复旦大学]]、")
    d.org("、[[上海交通大学]]举办")
    d.metric("吸引[[约3.2万人次]]", "3.2e4", "人次", "approx", "")
    d.metric("其中[[近四成]]求职者", 40, "%", "approx", "")
    d.org("。[[北京市人力资源和社会保障局]]则")
    d.date("表示，[[上周六]]（14日）", "2026-11-14", BJ)
    d.date("上周六（[[14日]]）", "2026-11-14", BJ)
    d.city("在[[北京]]举办的")
    d.metric("双选会有[[1200余家]]", 1200, "家", "over", BJ)
    d.metric("提供岗位[[2.8万个]]", "2.8e4", "个", "exact", BJ)
    d.metric("意向[[约6400人]]", 6400, "人", "approx", BJ)
    # P4 深圳, 广州 (广州 only inside its bureau's name)
    d.org("\n\n[[深圳市人力资源和社会保障局]]数据")
    d.date("显示，[[今年前10个月]]深圳", Y, SZ)
    d.city("前10个月[[深圳]]新引进")
    d.metric("毕业生[[约18.7万人]]", "18.7e4", "人", "approx", SZ)
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact", SZ)
    d.org("进入[[华为]]、")
    d.org("、[[比亚迪]]、大疆")
    d.org("、[[大疆]]等企业")
    d.metric("等企业的[[超过2.1万人]]", "2.1e4", "人", "over", SZ)
    d.org("。[[广州市人力资源和社会保障局]]透露")
    d.date("将于[[本周日]]（22日）", "2026-11-22", "")
    d.date("本周日（[[22日]]）", "2026-11-22", "")
    d.metric("全市[[11个]]区", 11, "个", "exact", "")
    d.metric("提供岗位[[5万个以上]]", "5e4", "个", "over", "")
    # P5 subsidies
    d.org("。[[杭州市人社局]]介绍")
    d.date("介绍，[[今年]]以来杭州", Y, HZ)
    d.city("以来[[杭州]]已向")
    d.metric("已向[[约9.2万名]]", "9.2e4", "名", "approx", HZ)
    d.metric("每人[[1万元]]、3万元", "1e4", "元", "exact", HZ)
    d.metric("1万元、[[3万元]]和5万元", "3e4", "元", "exact", HZ)
    d.metric("3万元和[[5万元]]，发放", "5e4", "元", "exact", HZ)
    d.metric("总额[[超过13亿元]]", "13e8", "元", "over", HZ)
    d.city("。[[南京]]对符合")
    d.metric("本科每月[[800元]]", 800, "元", "exact", NJ)
    d.metric("硕士每月[[1000元]]发放", 1000, "元", "exact", NJ)
    d.city("；[[长沙]]则对")
    d.metric("每年发放[[1万元]]生活补贴", "1e4", "元", "exact", CS)
    d.metric("还可获得[[3万元]]至10万元", "3e4", "元", "exact", CS)
    d.metric("3万元至[[10万元]]不等", "10e4", "元", "exact", CS)
    d.org("。[[武汉市招才局]]表示")
    d.metric("筹集[[约2.6万套]]", "2.6e4", "套", "approx", "")
    d.metric("价格低[[约20%]]", 20, "%", "approx", "")
    d.org("。[[成都市人力资源和社会保障局]]介绍")
    d.date("介绍，[[国庆]]假期以来", "2026-10-01", CD)
    d.city("以来，[[成都]]在火车站")
    d.metric("毕业生[[约4.5万人次]]", "4.5e4", "人次", "approx", CD)
    d.metric("其中[[六成以上]]来自", 60, "%", "over", CD)
    d.city("；[[厦门]]、青岛")
    d.city("厦门、[[青岛]]等城市")
    d.metric("每人最高[[1000元]]的", 1000, "元", "exact", QD)
    # P6 settlement
    d.org("。[[西安市公安局]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", XA)
    d.date("今年1月至[[10月]]，西安", OCT, XA)
    d.city("10月，[[西安]]通过")
    d.metric("毕业生[[约7.8万人]]，较去年", "7.8e4", "人", "approx", XA)
    d.date("较[[去年同期]]增长约9%", LY, XA)
    d.metric("增长[[约9%]]", 9, "%", "approx", XA)
    d.city("；[[天津]]今年")
    d.date("天津[[今年]]以来", Y, TJ)
    d.metric("毕业生[[约6.1万人]]。", "6.1e4", "人", "approx", TJ)
    d.city("。[[郑州]]、济南")
    d.city("郑州、[[济南]]、合肥")
    d.city("、[[合肥]]等城市")
    d.city("，[[苏州]]、宁波")
    d.city("苏州、[[宁波]]则将")
    # P7 universities
    d.org("。[[北京大学学生就业指导服务中心]]介绍")
    d.metric("宣讲会[[430余场]]", 430, "场", "over", "")
    d.org("；[[清华大学学生职业发展指导中心]]统计")
    d.date("截至[[11月15日]]，进校", "2026-11-15", "")
    d.metric("用人单位达[[1630家]]", 1630, "家", "exact", "")
    d.metric("同比增加[[约11%]]", 11, "%", "approx", "")
    d.org("。[[华中科技大学学生就业指导中心]]相关")
    d.date("该校[[今年]]毕业生", Y, WH)
    d.metric("毕业生中[[约三成]]留在", 30, "%", "approx", WH)
    d.city("留在[[武汉]]就业")
    d.city("选择到[[成都]]、重庆")
    d.city("成都、[[重庆]]等西部")
    d.date("比例较[[去年]]提高", LY, CQ)
    d.metric("提高[[2.4个百分点]]", "2.4", "百分点", "exact", CQ)
    # P8 platforms (no city)
    d.org("。[[智联招聘]]与")
    d.org("与[[中国人民大学中国就业研究所]]联合")
    d.date("显示，[[三季度]]高校", "2026-Q3", "")
    d.metric("景气指数为[[1.42]]", "1.42", "", "exact", "")
    d.date("较[[二季度]]明显", "2026-Q2", "")
    d.org("。[[BOSS直聘]]数据")
    d.date("显示，[[10月]]平台上", OCT, "")
    d.metric("同比增长[[12.5%]]", "12.5", "%", "exact", "")
    d.metric("均[[超过两成]]", 20, "%", "over", "")
    d.org("；[[猎聘]]发布")
    d.date("显示，[[今年]]秋招", Y, "")
    d.metric("月薪为[[9860元]]", 9860, "元", "exact", "")
    d.metric("本科毕业生为[[7420元]]", 7420, "元", "exact", "")
    d.org("。[[前程无忧]]、")
    d.org("、[[58同城]]等平台")
    d.metric("观看人数[[超过50万人次]]", "50e4", "人次", "over", "")
    # P9 employers (no city)
    d.org("，[[国家电网有限公司]]明年")
    d.date("有限公司[[明年]]计划", NY, "")
    d.metric("毕业生[[约4.3万人]]；", "4.3e4", "人", "approx", "")
    d.org("；[[比亚迪]]面向")
    d.date("面向[[明年]]毕业生", NY, "")
    d.metric("开放岗位[[超过3万个]]", "3e4", "个", "over", "")
    d.org("，[[宁德时代]]、")
    d.org("、[[小米]]、")
    d.org("、[[京东]]等企业")
    d.date("均较[[去年]]扩大", LY, "")
    d.metric("扩大[[一成以上]]", 10, "%", "over", "")
    d.org("。[[招商银行]]、")
    d.org("、[[中国建筑]]等单位")
    d.date("将在[[12月中旬]]启动", "2026-12", "")
    # P10 慢就业 (no city)
    d.org("。[[麦可思研究院]]的")
    d.date("显示，[[今年]]本科", Y, "")
    d.metric("毕业生中[[约12%]]选择", 12, "%", "approx", "")
    d.date("较[[两年前]]提高", "2024", "")
    d.metric("提高[[约3个百分点]]", 3, "百分点", "approx", "")
    d.org("。[[中国就业促进会]]相关")
    # P11 the outlook
    d.org("\n\n[[人社部]]表示")
    d.date("将在[[元旦]]、春节期间", "2027-01-01", BJ)
    d.date("元旦、[[春节]]期间", "2027-02-06", BJ)
    d.date("并于[[明年春节]]后", "2027-02-06", BJ)
    d.city("后在[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等20个")
    d.metric("等[[20个]]城市", 20, "个", "exact", SZ)
    d.org("。[[教育部]]本周")
    d.date("教育部[[本周]]也", "2026-W47", "")
    d.date("在[[年底]]前完成", Y, "")
    d.metric("提供[[3个以上]]岗位", 3, "个", "over", "")
    audit = {
        "orgs": ["人力资源和社会保障部", "教育部", "国务院国资委", "共青团中央",
                 "人社部", "国家统计局", "上海市人力资源和社会保障局",
                 "上海市学生事务中心", "复旦大学", "上海交通大学",
                 "北京市人力资源和社会保障局", "深圳市人力资源和社会保障局",
                 "华为", "比亚迪", "大疆", "广州市人力资源和社会保障局",
                 "杭州市人社局", "武汉市招才局", "成都市人力资源和社会保障局",
                 "西安市公安局", "北京大学学生就业指导服务中心",
                 "清华大学学生职业发展指导中心", "华中科技大学学生就业指导中心",
                 "智联招聘", "中国人民大学中国就业研究所", "BOSS直聘", "猎聘",
                 "前程无忧", "58同城", "国家电网有限公司", "宁德时代", "小米",
                 "京东", "招商银行", "中国建筑", "麦可思研究院",
                 "中国就业促进会"],
        "cities": ["北京", "上海", "天津", "重庆", "深圳", "广州", "杭州",
                   "南京", "长沙", "成都", "厦门", "青岛", "西安", "郑州",
                   "济南", "合肥", "苏州", "宁波", "武汉", "香港", "澳门",
                   "东莞", "佛山", "无锡", "大连", "沈阳", "中国"],
        # 中国 only inside ORGs (中国人民大学中国就业研究所, 中国建筑, 中国就业
        # 促进会); 长 of 在长工作 and 蓉 of 来蓉 are one-character names (SPEC),
        # outside the list
        "excluded": [],
        # 3年 (连续发放3年: the duration of a subsidy), 5年 (毕业5年内: a
        # period since graduation), durations (SPEC)
        "numbers_excluded": ["连续发放[[3年]]", "毕业[[5年]]内"],
        # 两个月 (连续两个月: a duration, GUIDELINES 连续11个季度), 双 (双选会,
        # a job fair's name: no figure), 一 (新一轮, 一次性: a word)
        "cn_excluded": ["已连续[[两个月]]回落", "高校毕业生[[双]]选会",
                        "新[[一]]轮招聘", "“[[一]]次性发放”"],
        # BOSS is inside an ORG row
        "latin_excluded": [],
        # time words that are no DATE: 周 of the reporter's surname, 明显
        # (clearly), 每月 (x2) and 每年 (recurring), 青年 (x2, young people),
        # 年限 (years of service), 初步 (preliminary), 秋招 (autumn hiring, a
        # season without a year word), 月薪 (monthly pay), 摸底 (a survey),
        # 全日制 (full-time study)
        "words_excluded": {"周启航": 1, "明显": 1, "每月": 2, "每年": 1,
                           "青年": 2, "年限": 1, "初步": 1, "秋招": 1,
                           "月薪": 1, "摸底": 1, "全日制": 1},
        # generic words outside ORG rows: 部 (部门, 西部), 局, 中心, 研究院,
        # 研究所, 大学, 公司, 促进会, 银行 (none)
        "orgwords_excluded": {"部": 2, "局": 0, "中心": 0, "研究院": 0,
                              "研究所": 0, "大学": 0, "公司": 0, "促进会": 0,
                              "银行": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g186 Taiwan's water prices and reservoirs, November 2026: 經濟部's approval
# of 上週五（20日） (台灣自來水公司（台水）, 明（116）年1月1日, the price
# steps, 東京, 新加坡, 香港); the tiers and the 耗水費 (台水 明年; 立法院經濟
# 委員會 本週三（25日）, 經濟部, 消基會); 經濟部水利署 今（23）日 (今年, 截至
# 22日 against 去年同期, 10月, 上月 against 9月); the south (經濟部水利署南區
# 水資源分署, 台南, 高雄 12月, 明年春節; 台南市政府水利局); the science parks
# (國科會南部科學園區管理局 今（115）年前10月; 台積電 in 台南, 今年前3季, 113年,
# 明年第2季; 國科會新竹科學園區管理局 今年前10月; 新竹市政府 明（116）年度;
# 國科會中部科學園區管理局; 台中市政府水利局 今年); the companies (聯電 上月;
# 力積電, 美光, 友達, 群創 今年前3季 against 去年同期; 工業技術研究院（工研院）
# 今年; 日月光投控 in 高雄, 今年, 明年); costs (中華民國全國工業總會（工總）,
# 台灣區電機電子工業同業公會（電電公會）, 中華經濟研究院, 主計總處 10月, 台灣
# 經濟研究院（台經院）明（116）年); the cities (台北自來水事業處（北水處）, 台北,
# 新北 明年, 去（114）年; 新北市政府水利局 今年; 桃園市政府水務局 今年前10月;
# 高雄市政府水利局 今年前3季 against 去年同期 with 中鋼, 中油; 基隆, 新竹市,
# 嘉義市 9月底, 10月中旬, 本月初); the outlook (中央氣象署 12月 to 明年1月;
# 環境部 上月; 經濟部水利署 元旦, 春節, 民國113年, 明年底).  Traditional as
# Taiwan writes it (台, 布局, 年增, 前10月, 前3季, 上週五, 本週三, 新台幣, ROC
# years), cp950 (嫺 of the byline outside plain Big5), 2026-11-23 (a Monday,
# ISO week 2026-W48), 經濟日報; the byline 記者吳靜嫺／台北報導 stands on its
# own line.  今（23）日 2026-11-23; 上週五 2026-11-20; 本週三 2026-11-25; 上月
# 2026-10; 本月 2026-11; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g186():
    d = Doc(G186)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TKY, TN, KHH, NTPC = "东京", "台南市", "高雄市", "新北市"
    TY, CY = "桃园市", "嘉义市"
    # title (a heading that opens with no city)
    d.date("水價[[明年]]起分級", NY, "")
    d.date("用量[[前10月]]年增", Y, "")
    d.metric("年增[[逾三成]]\n", 30, "%", "over", "")
    # byline line (a heading that opens with no city)
    d.city("／[[台北]]報導")
    # P1 the approval
    d.org("\n\n[[經濟部]]上週五")
    d.date("經濟部[[上週五]]（20日）", "2026-11-20", "")
    d.date("上週五（[[20日]]）", "2026-11-20", "")
    d.org("核定[[台灣自來水公司]]（")
    d.org("（[[台水]]）水價")
    d.date("自[[明（116）年1月1日]]起", "2027-01-01", "")
    d.metric("每月用水[[超過1,000度]]的", 1000, "度", "over", "")
    d.metric("水價調漲[[約15%]]", 15, "%", "approx", "")
    d.metric("受影響用戶[[約1萬2,600戶]]", 12600, "户", "approx", "")
    d.org("。[[台水]]推估")
    d.metric("每度[[約11.2元]]", "11.2", "元", "approx", TKY)
    d.metric("升至[[約11.9元]]", "11.9", "元", "approx", TKY)
    d.city("低於[[東京]]、")
    d.city("、[[新加坡]]與")
    d.city("與[[香港]]等亞洲")
    # P2 the tiers and the 耗水費 (no city)
    d.metric("每月用水[[1,001]]至3,000度", 1001, "度", "exact", "",
             shared="度")
    d.metric("1,001至[[3,000度]]部分", 3000, "度", "exact", "")
    d.metric("加收[[約1.5元]]", "1.5", "元", "approx", "")
    d.metric("，[[超過3,000度]]部分", 3000, "度", "over", "")
    d.metric("加收[[約2.5元]]", "2.5", "元", "approx", "")
    d.metric("用水[[超過9,000度]]的事業", 9000, "度", "over", "")
    d.metric("每度[[3元]]的耗水費", 3, "元", "exact", "")
    d.org("。[[台水]]估計")
    d.date("估計，[[明年]]水費", NY, "")
    d.metric("約新台幣[[24億元]]", "24e8", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[立法院經濟委員會]]本週三")
    d.date("委員會[[本週三]]（25日）", "2026-11-25", "")
    d.date("本週三（[[25日]]）", "2026-11-25", "")
    d.org("將邀[[經濟部]]專案")
    d.org("，[[消基會]]則")
    d.org("呼籲[[台水]]同步")
    # P3 the reservoirs (no city)
    d.org("\n\n[[經濟部水利署]]今（23）日")
    d.date("水利署[[今（23）日]]公布", "2026-11-23", "")
    d.date("受[[今年]]秋季", Y, "")
    d.date("截至[[22日]]，全台", "2026-11-22", "")
    d.metric("全台[[20座]]主要", 20, "座", "exact", "")
    d.metric("蓄水量[[約10.6億立方公尺]]", "10.6e8", "立方公尺", "approx", "")
    d.metric("蓄水率[[約54%]]", 54, "%", "approx", "")
    d.date("較[[去年同期]]低約9", "2025-11-22", "")
    d.metric("低[[約9個百分點]]", 9, "百分点", "approx", "")
    d.metric("石門水庫蓄水率[[約48%]]", 48, "%", "approx", "")
    d.metric("曾文水庫僅[[約31%]]", 31, "%", "approx", "")
    d.metric("南化水庫[[約42%]]", 42, "%", "approx", "")
    d.metric("則仍有[[88%]]", 88, "%", "exact", "")
    d.date("表示，[[10月]]全台", OCT, "")
    d.metric("降雨量僅[[約86毫米]]", 86, "毫米", "approx", "")
    d.metric("的[[四成左右]]。", 40, "%", "approx", "")
    d.date("統計，[[上月]]全台", OCT, "")
    d.metric("售水量[[約2.7億度]]", "2.7e8", "度", "approx", "")
    d.date("較[[9月]]減少", "2026-09", "")
    d.metric("減少[[1.6%]]", "1.6", "%", "exact", "")
    # P4 the south (台南 only inside 台南市政府水利局 in the last sentence)
    d.org("。[[經濟部水利署南區水資源分署]]指出")
    d.city("偏低，[[台南]]、高雄")
    d.city("台南、[[高雄]]自12月")
    d.date("高雄自[[12月]]起", "2026-12", KHH)
    d.date("若[[明年春節]]前", "2027-02-06", "")
    d.org("。[[台南市政府水利局]]表示")
    d.metric("再生水[[約4.2萬噸]]", "4.2e4", "吨", "approx", "")
    # P5 南科 and 台積電
    d.org("。[[國科會南部科學園區管理局]]統計")
    d.date("統計，[[今（115）年前10月]]南科", Y, "")
    d.metric("用水量[[約22.6萬噸]]", "22.6e4", "吨", "approx", "")
    d.metric("年增[[7.4%]]", "7.4", "%", "exact", "")
    d.metric("使用量[[約3.1萬噸]]", "3.1e4", "吨", "approx", "")
    d.metric("年增[[逾三成]]，園區", 30, "%", "over", "")
    d.metric("已達[[87.5%]]", "87.5", "%", "exact", "")
    d.org("。[[台積電]]表示")
    d.city("位於[[台南]]的晶圓廠")
    d.date("晶圓廠[[今年前3季]]單位", Y, TN)
    d.date("較[[113年]]下降", "2024", TN)
    d.metric("下降[[約6%]]", 6, "%", "approx", TN)
    d.date("預計[[明年第2季]]啟用", "2027-Q2", TN)
    d.metric("供水[[約2萬噸]]。", "2e4", "吨", "approx", TN)
    # P6 竹科 and 中科 (no city: 新竹, 台中 only inside ORGs)
    d.org("，[[國科會新竹科學園區管理局]]指出")
    d.date("竹科[[今年前10月]]每日", Y, "")
    d.metric("平均用水[[約17.8萬噸]]", "17.8e4", "吨", "approx", "")
    d.metric("年增[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("合計[[約67%]]", 67, "%", "approx", "")
    d.org("；[[新竹市政府]]則")
    d.org("與[[台水]]合作")
    d.date("預計[[明（116）年度]]完工", NY, "")
    d.metric("可供水[[1萬噸]]。", "1e4", "吨", "exact", "")
    d.org("。[[國科會中部科學園區管理局]]表示")
    d.metric("比重[[約12%]]；", 12, "%", "approx", "")
    d.org("；[[台中市政府水利局]]指出")
    d.date("再生水廠[[今年]]以來", Y, "")
    d.metric("再生水[[約380萬噸]]", "380e4", "吨", "approx", "")
    # P7 the companies
    d.org("。[[聯電]]指出")
    d.date("廠區[[上月]]新增", OCT, "")
    d.metric("可回收[[約1.2萬噸]]", "1.2e4", "吨", "approx", "")
    d.org("；[[力積電]]、")
    d.org("、[[美光]]、")
    d.org("、[[友達]]、")
    d.org("、[[群創]]等業者")
    d.date("業者[[今年前3季]]的", Y, "")
    d.metric("合計[[約1,460萬噸]]", "1460e4", "吨", "approx", "")
    d.date("較[[去年同期]]增加18.6%", LY, "")
    d.metric("增加[[18.6%]]", "18.6", "%", "exact", "")
    d.org("。[[工業技術研究院]]（")
    d.org("（[[工研院]]）")
    d.date("）[[今年]]已協助", Y, "")
    d.metric("協助[[19家]]廠商", 19, "家", "exact", "")
    d.metric("減少用水[[約5,800噸]]", 5800, "吨", "approx", "")
    d.org("。[[日月光投控]]表示")
    d.city("位於[[高雄]]的廠區")
    d.date("廠區[[今年]]再生水", Y, KHH)
    d.metric("已[[超過四成]]", 40, "%", "over", KHH)
    d.date("，[[明年]]目標", NY, KHH)
    d.metric("提高至[[五成]]。", 50, "%", "exact", KHH)
    # P8 costs (no city)
    d.org("。[[中華民國全國工業總會]]（")
    d.org("（[[工總]]）")
    d.metric("大戶中[[約七成]]為", 70, "%", "approx", "")
    d.metric("約新台幣[[18億元]]", "18e8", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[台灣區電機電子工業同業公會]]（")
    d.org("（[[電電公會]]）")
    d.org("。[[中華經濟研究院]]預估")
    d.metric("影響[[約0.02個百分點]]", "0.02", "百分点", "approx", "")
    d.org("；[[主計總處]]統計")
    d.date("統計，[[10月]]水費類", OCT, "")
    d.metric("物價年增[[1.3%]]", "1.3", "%", "exact", "")
    d.org("。[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）")
    d.date("預估，[[明（116）年]]工業", NY, "")
    d.metric("年增[[約3%]]", 3, "%", "approx", "")
    # P9 the cities
    d.org("。[[台北自來水事業處]]（")
    d.org("（[[北水處]]）")
    d.city("充足，[[台北]]、新北")
    d.city("台北、[[新北]]明年")
    d.date("新北[[明年]]水價", NY, NTPC)
    d.org("，[[北水處]]去（114）年")
    d.date("北水處[[去（114）年]]售水量", LY, NTPC)
    d.metric("售水量[[約8.9億度]]", "8.9e8", "度", "approx", NTPC)
    d.metric("降至[[11.6%]]", "11.6", "%", "exact", NTPC)
    d.org("；[[新北市政府水利局]]指出")
    d.city("指出，[[新北]]今年")
    d.date("新北[[今年]]已完成", Y, NTPC)
    d.metric("完成[[約6,800戶]]", 6800, "户", "approx", NTPC)
    d.metric("提高至[[97.3%]]", "97.3", "%", "exact", NTPC)
    d.org("；[[桃園市政府水務局]]則")
    d.city("表示，[[桃園]]今年")
    d.date("桃園[[今年前10月]]工業", Y, TY)
    d.metric("年增[[4.6%]]", "4.6", "%", "exact", TY)
    d.org("。[[高雄市政府水利局]]統計")
    d.date("再生水廠[[今年前3季]]供應", Y, "")
    d.org("供應[[中鋼]]、")
    d.org("、[[中油]]等業者")
    d.metric("再生水[[約2,350萬噸]]", "2350e4", "吨", "approx", "")
    d.date("較[[去年同期]]成長9.1%", LY, "")
    d.metric("成長[[9.1%]]", "9.1", "%", "exact", "")
    d.city("；[[基隆]]、新竹市")
    d.city("、[[新竹市]]與嘉義市")
    d.city("與[[嘉義市]]則")
    d.date("分別在[[9月底]]、", "2026-09", CY)
    d.date("、[[10月中旬]]、", OCT, CY)
    d.date("、[[本月初]]完成", "2026-11", CY)
    d.metric("汰換[[42公里]]、", 42, "公里", "exact", CY)
    d.metric("、[[28公里]]、", 28, "公里", "exact", CY)
    d.metric("、[[36公里]]。", 36, "公里", "exact", CY)
    # P10 the outlook (no city)
    d.org("，[[中央氣象署]]預測")
    d.date("預測，[[12月]]至明年1月", "2026-12", "")
    d.date("12月至[[明年1月]]北部", "2027-01", "")
    d.org("。[[環境部]]上月")
    d.date("環境部[[上月]]已公告", OCT, "")
    d.org("；[[經濟部水利署]]表示")
    d.date("將在[[元旦]]、春節", "2027-01-01", "")
    d.date("元旦、[[春節]]連假", "2027-02-06", "")
    d.date("自[[民國113年]]起", "2024", "")
    d.metric("新台幣[[約320億元]]", "320e8", "元", "approx", "")
    d.date("目標在[[明年底]]前", NY, "")
    d.metric("提高至[[約40萬噸]]。", "40e4", "吨", "approx", "")
    audit = {
        "orgs": ["經濟部", "台灣自來水公司", "台水", "立法院經濟委員會",
                 "消基會", "經濟部水利署", "經濟部水利署南區水資源分署",
                 "台南市政府水利局", "國科會南部科學園區管理局", "台積電",
                 "國科會新竹科學園區管理局", "新竹市政府",
                 "國科會中部科學園區管理局", "台中市政府水利局", "聯電",
                 "力積電", "美光", "友達", "群創", "工業技術研究院", "工研院",
                 "日月光投控", "中華民國全國工業總會", "工總",
                 "台灣區電機電子工業同業公會", "電電公會", "中華經濟研究院",
                 "主計總處", "台灣經濟研究院", "台經院", "台北自來水事業處",
                 "北水處", "新北市政府水利局", "桃園市政府水務局",
                 "高雄市政府水利局", "中鋼", "中油", "中央氣象署", "環境部"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮", "苗栗",
                   "東京", "新加坡", "香港", "上海", "永康", "安平", "鳳山",
                   "福田", "寶山", "台灣"],
        # 永康, 安平 (districts of 台南: the reclaimed-water plants there; 永康
        # is no 永康市 here), 鳳山 (a district of 高雄 since 2010, in the name
        # of the 鳳山溪 plant), 福田 (a district of 台中, in the plant's
        # name), 寶山 (x2, a township of 新竹縣 and its reservoirs); 台灣,
        # 新竹, 台中 and 台南 also inside ORGs
        "excluded": ["表示，[[永康]]、安平", "永康、[[安平]]兩座",
                     "統計，[[鳳山]]溪", "指出，[[福田]]、水湳",
                     "5.2%，[[寶山]]、寶山", "、[[寶山]]第二水庫"],
        "numbers_excluded": [],
        # 一 (一般, 進一步: words), 兩座 (永康、安平兩座: the collective label
        # of a two-item list, GUIDELINES), 第二座 and 第二水庫 (ordinals), 半
        # (半導體, a word)
        "cn_excluded": ["[[一]]般家庭", "進[[一]]步減量", "安平[[兩座]]再生",
                        "規劃中的[[第二座]]", "寶山[[第二]]水庫",
                        "七成為[[半]]導體"],
        "latin_excluded": [],
        # time words that are no DATE: 年增 (year on year), 每月 (x3), 每日
        # and 每年 (recurring), 秋季 (a season after its DATE 今年), 常年
        # (x2, normal years), 節水 (x2, saving water)
        "words_excluded": {"年增": 8, "每月": 3, "每日": 8, "每年": 1,
                           "秋季": 1, "常年": 2, "節水": 2},
        # generic words outside ORG rows: 署 (該署 x2, read back), 處 (各區處,
        # the utility's district offices), 局 (布局, a layout), 公司, 公會,
        # 研究院, 總會, 委員會 (none)
        "orgwords_excluded": {"署": 2, "處": 1, "局": 1, "公司": 0, "公會": 0,
                              "研究院": 0, "總會": 0, "委員會": 0},
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
