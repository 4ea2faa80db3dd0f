#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g221_urban_renewal_old_residential_compounds and
g222_taiwan_container_shipping_lines (annotator EA).

Adapted from the precedent set's tools/annotate_fa.py (now dev/tools/annotate_g215_g216.py) (/tmp/ho39/precedent:
a mainland UTF-8 article and a Taiwan Big5-family article, the pair closest
to mine; copied and the data changed), with annotate_fc.py's UTF-8-WITH-BOM
assertions (there for a traditional article, here for a simplified one) and
annotate_fb.py's exception for a byline outlet written before a declared
character on the byline line.  It keeps every check of annotate_fa.py:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, the OpenCC t2s of the whole simplified
article and the OpenCC t2s-then-s2tw round trip of the traditional one,
audits of digits, Latin words, Chinese numerals, time characters, city
strings, ORG words and ORG strings, the independent `city` rule computed
and asserted against my hand value on every DATE/METRIC row (city sections
under headings included), the month and day a DATE span writes, the
precision a DATE span writes, the holiday table by exact span and the
holidays recomputed without it (by region), ROC years only in a Taiwan text
and between 40 and 199, 今（N）年/明（N）年/去（N）年 carrying the ROC year of
the reference year, relative words resolved from the reference date
(上周五, 上週五, 本周二, 本週五 to the day of their week, 上周/上週 to its ISO
week, 今（24）日, 明（25）日, 本月9日, 两年前), 上月 as a baseline after a
comparison word, the bare-day month rule, the range check (1至10月), a bare
month, day or quarter in the reference year, 去年同期 a year before its
sentence's period, 同月 repeating the latest month, the bracketed gloss, the
约占/約占 check, markers before, touching and after a span, 约为/约有 as
separated markers, the declared shared unit, the declared organizations of
each article, the narrowest codec, check_time_metric, check_collective and
check_forward.  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded (the BOM of g221
removed, nothing else changed):

- g221 is simplified (mainland, 中国建设报, 2026-11-19), stored as UTF-8
  WITH a BOM (EF BB BF, then the title's 今 = E4 BB 8A).  utf-8-sig reads
  the text; plain utf-8 keeps U+FEFF in front of it.  Every non-ASCII
  character is three bytes (no four-byte one), every character is GB2312,
  and OpenCC t2s leaves the article unchanged.  Its 本报讯（记者 俞晓岚）
  opens the first paragraph (本报 is no ORG).  Four subheads stand on lines
  of their own: 北京：…, 上海：…, 广州：… open city sections (GUIDELINES:
  every DATE and METRIC down to the next heading takes that city), and
  国企加速进场 … (no city) ends them.
- g222 is traditional (Taiwan, 工商時報, 2026-11-24), stored as cp950
  (Taiwan's Big5) without a BOM; the title's 貨 (B3 66) opens the file.
  One character is outside plain Big5 and inside cp950: 嫺 (U+5AFA, cp950
  F9 DC, one of the ETEN additions) of the reporter's name on the dateline
  line 工商時報【記者陳嫺文╱台北報導】 (the third line), once, in no span,
  after the outlet 工商時報 (an ORG) and before every other span but the
  title's.  So plain big5 fails on the file and cp950 is the narrowest
  codec that reads it (GUIDELINES: Big5 is tried plain, then as Taiwan
  writes it); Big5-HKSCS reads it alike.  No character whose plain-Big5
  and cp950 codes differ (／, ＼) is written: the dateline's separator is
  ╱ (U+2571, A2 AC in both), as 工商時報 writes it.  Every line but the
  dateline is plain Big5 byte for byte; every non-ASCII character is two
  bytes.  UTF-8, UTF-16 and the GB codecs fail or read another text.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市).
  A Taiwan text: 2-3 digit years before 年 are ROC years (民國113年 = 2024,
  去（114）年 = 2025, 今（115）年 = 2026, 116年度 and 明（116）年 = 2027,
  民國117年第2季 = 2028-Q2).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho39/precedent:
README, NOTES_fa/fb/fc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g221_g222.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_fa.py: a UTF-8 mainland article WITH a BOM in place
of the one without it (exactly one BOM; utf-8-sig reads the text and plain
utf-8 reads U+FEFF before it; three bytes a non-ASCII character; every
character GB2312; the GB and Big5 codecs and UTF-16 fail or read another
text, with the BOM and without it: annotate_fc.py's block made a simplified
article's); a cp950 Taiwan article in place of the plain-Big5 one (cp950
reads and round-trips it; the characters outside plain Big5 are exactly
the declared ones, inside cp950 and Big5-HKSCS with their declared bytes,
each only in its declared word with its count, on the dateline line, in no
span; no character whose plain-Big5 and cp950 codes differ; every other
line plain Big5 byte for byte; big5 fails on the file; Big5-HKSCS reads it
alike; two bytes a non-ASCII character; the GB codecs, UTF-8 and UTF-16
fail or read another text); the byline outlet (工商時報) may stand before
the declared character on its line (annotate_fb.py's ASTRAL_BEFORE_BODY);
the holiday table as these articles name them (元旦, 春节; 感恩節, 黑色星期
五, 農曆春節) with 感恩节 computed (the fourth Thursday of November) for
check_holiday; the Taiwan forms of the round trip are 台, 占, 布 and the
name character 嫺 (s2tw 嫻), each asserted to occur; the collective label
两 of 荔湾、白云两区 (g221); units 个, 户, %, 部, 公里, 套, 元, 百分点, 岁, 台,
倍, 天, 处, 平方米, 元/平方米 and 元, %, 点, 美元, TEU, 百分点, 艘 and the
figures of N大 with no unit.  New checks, each added after a mutation
passed: every holiday word (元旦, 感恩, 星期五 … hold no time character)
stands inside a row or an exclusion; check_precision reads a quarter's end
or start (三季度末) as the quarter; a CITY whose t2s form is a NO_SHI name
keeps that name, and every NO_SHI name is used.  Re-run (from anywhere):

    python3 dev/tools/annotate_g221_g222.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata
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
G221 = "g221_urban_renewal_old_residential_compounds"
G222 = "g222_taiwan_container_shipping_lines"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G221: ("utf-8", BOM8, False, "2026-11-19", "中国建设报"),
    G222: ("cp950", b"", True, "2026-11-24", "工商時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G221: [], G222: []}
# characters of the cp950 article outside plain Big5, with their cp950
# bytes (the same in Big5-HKSCS) and the word each stands in with its count:
# 嫺 of the reporter's name 陳嫺文 on the dateline line, once, in no span
# (annotate_ga.py's cp950 article declared 碁 of 宏碁 here, inside an ORG)
OUTSIDE_BIG5 = {G222: {"嫺": b"\xf9\xdc"}}
OUTSIDE_BIG5_WORD = {G222: {"嫺": ("陳嫺文", 1)}}
# characters whose plain-Big5 and cp950 codes differ (／ A2 41 / A1 FE, ＼)
# that the cp950 article writes: none (its dateline separator is ╱, the
# same two bytes A2 AC in every Big5 codec; annotate_fa.py declared ／ in
# its plain-Big5 file)
CP950_FORMS = {G222: {}}
# the spans allowed before the declared character on the dateline line:
# the outlet at the line's start (annotate_fb.py's ASTRAL_BEFORE_BODY)
BEFORE_DECLARED = {G222: {"工商時報"}}
# the first character of each file (after the BOM), with its bytes
FIRST_CHAR = {G221: ("今", b"\xe4\xbb\x8a"), G222: ("貨", b"\xb3\x66")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G222}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_fa.py's list, with the simplified forms of g222's traditional
# words added: the last line, from OpenCC t2s of each character of the
# article, none of them written in it)
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
                   "摊验录饮鲜冻肠杆罚违饼卫厨监"
                   "选离码头装积级纪吨顷训练课预绿买签约团额范协调"
                   "优两别则励启将届忧怀拨担据拟数于构没准为现吁纾举莲记许贸宾较"
                   "周进衔队双养驻"
                   "严临余农划后声娴托揽撑旧柜欧炉税稳纯认谈陈骅")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 約占/占比 (佔), 布 of 公布/宣布/發布 (佈), and 嫺 of the
# reporter's name (cp950's name character; t2s 娴, s2tw 嫻); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("嫺", "嫻")}
# Holidays the articles name, by their exact span (2025-2027).
# g221 (mainland, 2026-11-19): 元旦 2027-01-01 and 春节 2027-02-06 (正月初一
# of 2027), the coming ones (随着元旦、春节临近).
# g222 (Taiwan, 2026-11-24): 感恩節 2026-11-26 (the fourth Thursday of
# November, two days on) and 黑色星期五 2026-11-27 (the day after it,
# GUIDELINES), the coming ones; 農曆春節 2027-02-06 (GUIDELINES: 农历春节 is
# 春节; the occurrence nearest the reference date; 前 outside).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "感恩節": "2026-11-26", "黑色星期五": "2026-11-27",
    "農曆春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, precedent
# annotate_fa.py's table); 感恩节 and 黑色星期五 computed from the calendar
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
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
assert _DOUBLE_NINTH[2026] - _MOON[2026] == datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
# 2027's 正月初一 is a Saturday, 2026's a Tuesday (annotate_gb.py's table)
assert _SPRING[2027].isoweekday() == 6 and _SPRING[2026].isoweekday() == 2


def _thanksgiving(y):
    """The fourth Thursday of November (GUIDELINES: 黑色星期五 is the day
    after 感恩节)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3)


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    return _thanksgiving(y) + datetime.timedelta(days=1)


assert _thanksgiving(2026) == datetime.date(2026, 11, 26)
assert _black_friday(2026).isoweekday() == 5

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "重阳": _DOUBLE_NINTH, "重陽": _DOUBLE_NINTH,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)},
         "感恩節": {y: _thanksgiving(y) for y in (2025, 2026, 2027)},
         "感恩节": {y: _thanksgiving(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "重阳", "重陽")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g221 (2026: the municipalities 北京, 上海, 重庆; the prefecture-level
    # cities 广州, 深圳 (广东), 杭州, 宁波 (浙江), 武汉 (湖北), 成都 (四川),
    # 西安 (陕西), 苏州 (江苏))
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "杭州": "杭州市", "武汉": "武汉市", "成都": "成都市", "西安": "西安市",
    "重庆": "重庆市", "苏州": "苏州市", "宁波": "宁波市",
    # g222 (traditional spans; Taiwan's special municipalities 台北, 高雄 by
    # their full names; 上海 and 深圳 as above; 寧波, 廈門 (福建) t2s + 市;
    # 新加坡 by its common Chinese name, GUIDELINES: 新加坡 is a city)
    "台北": "台北市", "高雄": "高雄市", "寧波": "宁波市", "廈門": "厦门市",
    "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# Chinese names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "台灣港務公司": "台湾港务公司", "工商時報": "工商时报", "長榮": "长荣",
    "陽明": "阳明", "萬海": "万海", "上海航運交易所": "上海航运交易所",
    "高雄港務分公司": "高雄港务分公司", "基隆港務分公司": "基隆港务分公司",
    "台中港務分公司": "台中港务分公司", "長榮海運": "长荣海运",
    "三星重工": "三星重工", "韓華海洋": "韩华海洋", "陽明海運": "阳明海运",
    "台灣國際造船": "台湾国际造船", "台船": "台船", "萬海航運": "万海航运",
    "今治造船": "今治造船", "地中海航運": "地中海航运", "MSC": "MSC",
    "馬士基": "马士基", "中遠海運": "中远海运", "財政部": "财政部",
    "台驊投控": "台骅投控", "中菲行": "中菲行", "裕民航運": "裕民航运",
    "台灣航業": "台湾航业", "台航": "台航", "交通部航港局": "交通部航港局",
    "台北市輪船商業同業公會": "台北市轮船商业同业公会",
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
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "utf-8":      # UTF-8 WITH A BOM, A SIMPLIFIED MAINLAND
            # ARTICLE (annotate_fc.py's block for a traditional one, after
            # annotate_ga.py's for a simplified one): exactly one BOM
            # EF BB BF (checked above); the BOM-aware utf-8-sig reading is
            # the text, the plain utf-8 reading keeps U+FEFF in front of it
            # (one code point that would shift every offset)
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation too; no four-byte character), so a count
            # in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every character is GB2312 (so GBK and GB18030 too): a reader
            # that wrongly tries a GB codec first gets another text or fails
            assert all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ka.py, annotate_fc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
        if enc == "cp950":      # CP950, TAIWAN'S BIG5 (annotate_ga.py's
            # block as annotate_fa.py describes it, mirrored from
            # annotate_fa.py's plain-Big5 one): cp950 reads and round-trips
            # the file (above); no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            # the characters outside plain Big5 are exactly the declared
            # ones, each inside cp950 with its declared bytes (the same in
            # Big5-HKSCS), and only in its declared word with its declared
            # count (in no span: checked per row)
            declared = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            assert declared, f"{doc_id}: declare a character outside Big5"
            for c, code in declared.items():
                assert c.encode("cp950") == code and code in raw, (doc_id, c)
                assert c.encode("big5hkscs") == code, (doc_id, c)
                # in the ETEN area F9 D6-F9 FE, which plain Big5 lacks
                assert code[0] == 0xF9 and 0xD6 <= code[1] <= 0xFE, c
                assert not decodes(code, "big5"), c
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
            # no character whose plain-Big5 and cp950 codes differ (／, ＼):
            # exactly the declared ones, none here
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           enc_ok(c, "big5") and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(CP950_FORMS[doc_id]), (doc_id, diff)
            # plain big5 fails on the file (the narrowest-codec loop above
            # asserts it too); Big5-HKSCS reads it alike
            assert not decodes(raw, "big5"), doc_id
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title's first character
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the declared characters stand on the dateline line (the third
            # line, 工商時報【記者…╱台北報導】) inside its brackets; every other
            # line is plain Big5 byte for byte (big5 reads it back as the
            # text)
            lines = self.text.split("\n")
            for c in declared:
                assert c in lines[2] and lines[2].startswith(
                    tuple(BEFORE_DECLARED[doc_id])), c
                assert lines[2].index("【") < lines[2].index(c) < \
                    lines[2].index("】"), c
            for i, line in enumerate(lines):
                b = line.encode("cp950")
                if i == 2:
                    assert not decodes(b, "big5"), line
                    continue
                assert b == line.encode("big5") and \
                    b.decode("big5") == line, line
            self.no_span_chars = sorted(declared)
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if self.traditional:    # a Taiwan text: every character cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
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
            # written in Taiwan (GUIDELINES: two different markers, 臺/台
            # spellings counting once), so its 國慶 is Taiwan's 10-10 (new
            # in annotate_fa.py)
            found = {w.replace("臺", "台") for w in TAIWAN_MARKERS
                     if w in self.text}
            assert len(found) >= 2, (doc_id, found)
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), doc_id
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
# g221 Urban renewal in November 2026: 住房和城乡建设部 18日 on the national
# figures (今年前10个月; 截至10月底 against 去年同期); the money (国家发展改革委
# 今年; 财政部 on 今年1月至9月 against 上半年; 自然资源部 10月; 国家开发银行
# 今年前三季度, 中国农业发展银行, 国开行 到年底); elevators (60岁以上; 中国电梯
# 协会 三季度; 日立电梯（中国）有限公司 今年 against 两年前; 康力电梯, 通力
# 电梯, 上海三菱电梯); three city sections under headings that open with the
# city (北京： 北京市住房和城乡建设委员会 本周二, 市住建委, 首开集团, 北京市
# 民政局 今年; 上海： 上海市住房和城乡建设管理委员会 上周, 截至10月, 上海地产
# （集团）有限公司, 上海城投 明年一季度; 广州： 广州市住房和城乡建设局, 荔湾、
# 白云两区, 广州城投集团, 越秀地产 明年3月, 今年前10个月); a heading with no
# city that ends the sections (国企加速进场 …): 中国建筑集团有限公司 in 武汉、
# 成都、西安, 中建三局 in 武汉; 中国铁建, 中国中铁; 深圳市住房和建设局 上月 on
# 深圳; 深圳市人才安居集团; 杭州市民, 杭州市住房保障和房产管理局 上周五 on
# 杭州; 成都市住房和城乡建设局 on 成都; 重庆市住房和城乡建设委员会 on 重庆
# 前三季度; 中国建设银行 三季度末 against 年初; 中国工商银行 上月 in 苏州、
# 宁波; 武汉市住房和城市更新局 and 国家开发银行湖北省分行 上月, 到2027年;
# the outlook (中国房地产业协会 on 元旦, 春节, 12月, 明年2月; 中国城市规划
# 设计研究院 明年; 住建部 on 12月中旬, 2027年).  Simplified, UTF-8 WITH a
# BOM, 2026-11-19 (a Thursday, ISO week 2026-W47), 中国建设报; its 本报讯
# （记者 俞晓岚） opens the first paragraph (本报 is no ORG).  18日 2026-11-18;
# 本周二 2026-11-17; 上周五 2026-11-13; 上周 2026-W46; 上月 2026-10; 明年
# 2027; 去年同期 2025-10 (after 截至10月底).
# ===========================================================================
@doc
def g221():
    d = Doc(G221)
    Y, NY = "2026", "2027"
    OCT = "2026-10"
    BJ, SH, GZ, SZ, HZ = "北京市", "上海市", "广州市", "深圳市", "杭州市"
    WH, XA, CD, CQ, SU = "武汉市", "西安市", "成都市", "重庆市", "苏州市"
    # title (a heading that opens with no city: no section)
    d.date("[[今年前10个月]]全国新开工", Y, "")
    d.metric("老旧小区[[2.36万个]] 城中村", "2.36e4", "个", "exact", "")
    # P1 本报讯（记者 俞晓岚） (本报: no ORG, GUIDELINES) and 住房和城乡建设部's
    # figures; no CITY in the paragraph
    d.org("）[[住房和城乡建设部]]18日")
    # a bare day takes the reference month (GUIDELINES)
    d.date("建设部[[18日]]发布", "2026-11-18", "")
    d.date("数据，[[今年前10个月]]，全国", Y, "")
    d.metric("老旧小区[[2.36万个]]，惠及", "2.36e4", "个", "exact", "")
    d.metric("居民[[约412万户]]", "412e4", "户", "approx", "")
    d.metric("任务的[[94.4%]]", "94.4", "%", "exact", "")
    d.metric("电梯[[1.87万部]]", "1.87e4", "部", "exact", "")
    d.metric("停车位[[约46万个]]", "46e4", "个", "approx", "")
    d.metric("管线[[约3.1万公里]]", "3.1e4", "公里", "approx", "")
    d.org("。[[住建部]]相关负责人介绍")
    d.date("截至[[10月底]]，全国", OCT, "")
    d.metric("项目[[超过2100个]]", 2100, "个", "over", "")
    d.metric("安置住房[[约128万套]]", "128e4", "套", "approx", "")
    # 去年同期 after 截至10月底: the month a year earlier (SPEC)
    d.date("较[[去年同期]]增长近三成", "2025-10", "")
    d.metric("增长[[近三成]]", 30, "%", "approx", "")
    # P2 money: no CITY
    d.org("。[[国家发展改革委]]今年")
    d.date("发展改革委[[今年]]已下达", Y, "")
    d.metric("投资[[约410亿元]]", "410e8", "元", "approx", "")
    d.org("；[[财政部]]数据")
    # a range of months: two mentions (SPEC 2024年3月至5月)
    d.date("显示，[[今年1月]]至9月", "2026-01", "")
    d.date("今年1月至[[9月]]，各地", "2026-09", "")
    d.metric("资金[[约3260亿元]]", "3260e8", "元", "approx", "")
    d.metric("增长[[15.8%]]", "15.8", "%", "exact", "")
    # several months of a year give the year (SPEC), a baseline too
    d.date("增速比[[上半年]]提高", Y, "")
    d.metric("提高[[3.2个百分点]]", "3.2", "百分点", "exact", "")
    d.org("。[[自然资源部]]10月")
    d.date("资源部[[10月]]印发", OCT, "")
    d.org("。[[国家开发银行]]今年")
    d.date("开发银行[[今年前三季度]]发放", Y, "")
    d.metric("专项借款[[约1460亿元]]", "1460e8", "元", "approx", "")
    d.org("，[[中国农业发展银行]]发放")
    d.metric("发放[[约620亿元]]", "620e8", "元", "approx", "")
    # 国开行: the bank's own short name (SPEC 央行)
    d.org("；[[国开行]]相关")
    d.date("到[[年底]]该行", Y, "")
    # 突破 is an over-marker inside the span (SPEC)
    d.metric("有望[[突破4000亿元]]", "4000e8", "元", "over", "")
    # P3 elevators: no CITY (上海 only inside the ORG 上海三菱电梯)
    # an age is a METRIC (SPEC 60岁以上)
    d.metric("中，[[60岁以上]]居民", 60, "岁", "over", "")
    d.metric("占比[[超过三成]]", 30, "%", "over", "")
    d.org("。[[中国电梯协会]]统计")
    d.date("统计，[[三季度]]全国", "2026-Q3", "")
    d.metric("新签合同[[约1.1万台]]", "1.1e4", "台", "approx", "")
    d.metric("增长[[8.7%]]", "8.7", "%", "exact", "")
    d.metric("造价在[[35万元]]至", "35e4", "元", "exact", "")
    d.metric("至[[48万元]]之间", "48e4", "元", "exact", "")
    # a registered name with a bracketed country inside: one ORG (precedent
    # GC's 中國電信（澳門）有限公司, FA's 中国光大环境（集团）有限公司)
    d.org("。[[日立电梯（中国）有限公司]]相关")
    d.date("该公司[[今年]]老旧", Y, "")
    d.metric("订单量[[超过3200台]]", 3200, "台", "over", "")
    d.date("较[[两年前]]增长", "2024", "")
    d.metric("增长[[1.6倍]]", "1.6", "倍", "exact", "")
    d.org("；[[康力电梯]]、")
    d.org("、[[通力电梯]]、")
    d.org("、[[上海三菱电梯]]等企业")
    # 平均 is the statistic cue; the baseline before 缩短 is a METRIC too
    # (GUIDELINES 较6月底的5.5年缩短0.2年)
    d.metric("工期由[[45天]]缩短", 45, "天", "exact", "")
    d.metric("缩短至[[28天]]。", 28, "天", "exact", "")
    # H1 北京： a heading that opens with a city: every DATE/METRIC down to
    # the next heading takes 北京市 (GUIDELINES)
    d.city("\n\n[[北京]]：老楼")
    d.org("\n\n[[北京市住房和城乡建设委员会]]本周二")
    d.date("委员会[[本周二]]公布", "2026-11-17", BJ)
    d.date("公布，[[今年]]北京", Y, BJ)
    d.city("今年[[北京]]已完成")
    d.metric("项目[[约290个]]", 290, "个", "approx", BJ)
    d.metric("居民[[约6.8万户]]，其中", "6.8e4", "户", "approx", BJ)
    d.metric("加装电梯[[1120部]]", 1120, "部", "exact", BJ)
    d.metric("投用[[860部]]", 860, "部", "exact", BJ)
    # 市住建委: a level before an abbreviated field and a head (GUIDELINES
    # 市住建局)
    d.org("。[[市住建委]]相关")
    d.city("介绍，[[北京]]对符合")
    # 最高 sets no qualifier (GUIDELINES); 每部 before it stays outside
    d.metric("最高补贴[[30万元]]", "30e4", "元", "exact", BJ)
    d.org("；[[首开集团]]在东城区")
    d.metric("实施的[[12个]]项目", 12, "个", "exact", BJ)
    d.metric("费用[[约7.5万元]]", "7.5e4", "元", "approx", BJ)
    # 北京市民政局: the ORG is the outermost name (SPEC); no CITY 北京 of
    # 北京市民 inside it
    d.org("。[[北京市民政局]]今年")
    d.date("民政局[[今年]]在改造", Y, BJ)
    d.metric("驿站[[40余个]]", 40, "个", "over", BJ)
    # H2 上海：
    d.city("\n\n[[上海]]：旧住房")
    d.org("\n\n[[上海市住房和城乡建设管理委员会]]上周")
    d.date("委员会[[上周]]披露", "2026-W46", SH)
    d.city("披露，[[上海]]今年")
    d.date("上海[[今年]]计划", Y, SH)
    d.metric("成套改造[[约28万平方米]]", "28e4", "平方米", "approx", SH)
    d.date("截至[[10月]]已开工", OCT, SH)
    d.metric("已开工[[约24.5万平方米]]", "24.5e4", "平方米", "approx", SH)
    d.metric("完成率[[近九成]]", 90, "%", "approx", SH)
    # a rate keeps its denominator (GUIDELINES 16712元/平方米)
    d.metric("成本[[约6800元/平方米]]", 6800, "元/平方米", "approx", SH)
    d.org("，[[上海地产（集团）有限公司]]今年")
    d.date("有限公司[[今年]]在浦东", Y, SH)
    d.metric("项目达[[9个]]", 9, "个", "exact", SH)
    d.metric("总投资[[约520亿元]]", "520e8", "元", "approx", SH)
    d.org("；[[上海城投]]相关")
    d.date("表示，[[明年一季度]]还将", "2027-Q1", SH)
    d.metric("还将有[[3个]]项目", 3, "个", "exact", SH)
    d.metric("居民[[约1.2万户]]。", "1.2e4", "户", "approx", SH)
    # H3 广州：
    d.city("\n\n[[广州]]：城中村")
    d.org("\n\n[[广州市住房和城乡建设局]]数据")
    d.city("显示，[[广州]]今年")
    d.date("广州[[今年]]已有", Y, GZ)
    d.metric("已有[[46个]]城中村", 46, "个", "exact", GZ)
    d.metric("授信总额[[约2870亿元]]", "2870e8", "元", "approx", GZ)
    d.metric("投放[[约960亿元]]", "960e8", "元", "approx", GZ)
    # 两 of 荔湾、白云两区: the collective label of the pair (GUIDELINES
    # 两地; check_collective); 6个 is a count
    d.metric("两区的[[6个]]项目", 6, "个", "exact", GZ)
    d.org("由[[广州城投集团]]、")
    d.org("、[[越秀地产]]等国有企业")
    d.date("计划[[明年3月]]起", "2027-03", GZ)
    d.metric("交付[[约1.9万套]]", "1.9e4", "套", "approx", GZ)
    d.org("。[[广州市住房和城乡建设局]]相关")
    d.date("表示，[[今年前10个月]]，全市", Y, GZ)
    d.metric("投资[[逾900亿元]]", "900e8", "元", "over", GZ)
    d.metric("增长[[约22%]]", 22, "%", "approx", GZ)
    # H4 国企加速进场 …: a heading that opens with no city ends the 广州
    # section; from here the sentence rule
    d.org("\n\n[[中国建筑集团有限公司]]今年")
    d.date("有限公司[[今年]]以来", Y, WH)
    d.city("以来在[[武汉]]、成都")
    d.city("武汉、[[成都]]、西安")
    d.city("成都、[[西安]]等地")
    d.metric("合同额[[约1380亿元]]", "1380e8", "元", "approx", XA)
    d.org("其中[[中建三局]]在武汉")
    d.city("中建三局在[[武汉]]实施")
    d.metric("居民[[近两万户]]", "2e4", "户", "approx", WH)
    d.org("。[[中国铁建]]、")
    d.org("、[[中国中铁]]等央企")
    d.org("。[[深圳市住房和建设局]]上月")
    d.date("建设局[[上月]]发布", OCT, SZ)
    d.city("发布，[[深圳]]今年")
    d.date("深圳[[今年]]新开工", Y, SZ)
    d.metric("保障性住房[[约2.2万套]]", "2.2e4", "套", "approx", SZ)
    d.org("；[[深圳市人才安居集团]]表示")
    d.metric("保障房[[逾8000套]]", 8000, "套", "over", "")
    # 杭州市民: 市 before a single character stays outside (SPEC 成都市民)
    d.city("。[[杭州]]市民对")
    d.org("，[[杭州市住房保障和房产管理局]]上周五")
    d.date("管理局[[上周五]]称", "2026-11-13", HZ)
    d.city("称，[[杭州]]首批")
    d.metric("首批[[7个]]原拆原建", 7, "个", "exact", HZ)
    d.metric("已有[[4个]]完成", 4, "个", "exact", HZ)
    d.metric("均在[[95%以上]]", 95, "%", "over", HZ)
    # P8 成都, 重庆, banks
    d.org("\n\n[[成都市住房和城乡建设局]]介绍")
    d.city("介绍，[[成都]]今年")
    d.date("成都[[今年]]已改造", Y, CD)
    d.metric("老旧小区[[约560个]]", 560, "个", "approx", CD)
    d.metric("服务设施[[逾300处]]", 300, "处", "over", CD)
    d.org("；[[重庆市住房和城乡建设委员会]]表示")
    d.city("表示，[[重庆]]前三季度")
    # 前三季度 after the place it is about: the calendar period (GUIDELINES)
    d.date("重庆[[前三季度]]完成", Y, CQ)
    d.metric("投资[[约86亿元]]", "86e8", "元", "approx", CQ)
    d.org("。[[中国建设银行]]截至")
    # an end of a quarter is the quarter (GUIDELINES 第三季度末)
    d.date("截至[[三季度末]]投向", "2026-Q3", "")
    d.metric("贷款余额[[约2150亿元]]", "2150e8", "元", "approx", "")
    d.date("较[[年初]]增长", Y, "")
    d.metric("增长[[17.4%]]", "17.4", "%", "exact", "")
    d.org("；[[中国工商银行]]上月")
    d.date("工商银行[[上月]]推出", OCT, SU)
    d.city("已在[[苏州]]、宁波")
    d.city("苏州、[[宁波]]等地")
    d.org("。[[武汉市住房和城市更新局]]与")
    # a branch written after a body with its place belongs to it (GUIDELINES
    # 中国欧盟商会上海分会)
    d.org("与[[国家开发银行湖北省分行]]上月")
    d.date("分行[[上月]]签署", OCT, "")
    d.date("计划到[[2027年]]提供", NY, "")
    d.metric("融资支持[[600亿元以上]]", "600e8", "元", "over", "")
    # P9 the outlook: no CITY
    d.org("\n\n[[中国房地产业协会]]预计")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    # a month with no year beside yearless holidays: nearest them
    # (GUIDELINES 元旦假期…，12月31日 -> 2026-12-31)
    d.date("临近，[[12月]]至明年2月", "2026-12", "")
    d.date("12月至[[明年2月]]将迎来", "2027-02", "")
    d.metric("交付[[约23万套]]", "23e4", "套", "approx", "")
    d.org("。[[中国城市规划设计研究院]]一位")
    # a fraction is a percentage (SPEC 三分之一 -> 33.3333333333)
    d.metric("目前[[约三分之一]]的", "33.3333333333", "%", "approx", "")
    d.date("方式，[[明年]]应继续", NY, "")
    # 以内 is under (GUIDELINES)
    d.metric("控制在[[20%以内]]", 20, "%", "under", "")
    d.org("。[[住建部]]表示，将于")
    d.date("将于[[12月中旬]]召开", "2026-12", "")
    d.date("推进会，[[2027年]]全国", NY, "")
    d.metric("老旧小区[[2.2万个左右]]", "2.2e4", "个", "approx", "")
    audit = {
        "orgs": ["住房和城乡建设部", "住建部", "国家发展改革委", "财政部",
                 "自然资源部", "国家开发银行", "中国农业发展银行", "国开行",
                 "中国电梯协会", "日立电梯（中国）有限公司", "康力电梯",
                 "通力电梯", "上海三菱电梯", "北京市住房和城乡建设委员会",
                 "市住建委", "首开集团", "北京市民政局",
                 "上海市住房和城乡建设管理委员会", "上海地产（集团）有限公司",
                 "上海城投", "广州市住房和城乡建设局", "广州城投集团",
                 "越秀地产", "中国建筑集团有限公司", "中建三局", "中国铁建",
                 "中国中铁", "深圳市住房和建设局", "深圳市人才安居集团",
                 "杭州市住房保障和房产管理局", "成都市住房和城乡建设局",
                 "重庆市住房和城乡建设委员会", "中国建设银行", "中国工商银行",
                 "武汉市住房和城市更新局", "国家开发银行湖北省分行",
                 "中国房地产业协会", "中国城市规划设计研究院"],
        "cities": ["北京", "上海", "广州", "深圳", "杭州", "武汉", "成都",
                   "西安", "重庆", "苏州", "宁波", "湖北", "中国", "东城",
                   "西城", "浦东", "闵行", "荔湾", "白云", "龙岗", "宝安",
                   "全国", "全市", "各地", "城市", "城镇", "城中村"],
        # 东城区, 西城区 (districts of 北京), 浦东, 闵行 (of 上海), 荔湾, 白云
        # (of 广州), 龙岗, 宝安 (of 深圳): districts, no CITY (SPEC); 湖北
        # and 中国 stand only inside ORG rows; 全国, 全市, 各地 are deictic;
        # 城市, 城镇, 城中村 are generic words (counted in words_excluded)
        "excluded": ["在[[东城]]区", "、[[西城]]区", "在[[浦东]]、",
                     "、[[闵行]]等区", "。[[荔湾]]、", "、[[白云]]两区",
                     "在[[龙岗]]、", "、[[宝安]]等区"],
        "numbers_excluded": [],
        # 一位 (an indefinite, GUIDELINES: 一 before a measure word)
        "cn_excluded": ["[[一]]位专家"],
        # collective labels of lists just given (GUIDELINES: 五市)
        "collectives": [("白云[[两]]区", 2)],
        "latin_excluded": [],
        # words that are no DATE (年度 of 年度目标任务: no year named) and the
        # generic and deictic place words of the city audit
        "words_excluded": {"年度": 1, "同期": 0, "全年": 0, "当天": 0,
                           "全国": 6, "全市": 1, "各地": 2, "城市": 7,
                           "城镇": 4, "城中村": 11},
        # generic words outside ORG rows (央企, 国有企业, 金融机构: kinds)
        "orgwords_excluded": {"协会": 0, "集团": 0, "公司": 1, "银行": 0,
                              "委员会": 0, "住建局": 0, "企业": 2,
                              "机构": 1, "央企": 1, "平台": 1},
        "orgstring_excluded": [],
    }
    return d, audit




# ===========================================================================
# g222 Container shipping in Taiwan, November 2026: the three container
# lines' October revenue (長榮（2603）, 陽明（2609）, 萬海（2615）; 10月, 今年前
# 10月, 1至10月, against 去年同期); third-quarter profits (第3季, 今年前3季,
# 第4季, 明（116）年上半年); freight rates (上海航運交易所 上週五（20日）, the
# 上海出口貨櫃運價指數 in points, 美西/美東/歐洲/地中海/新加坡; 感恩節, 黑色星期
# 五, 11月下旬, 農曆春節, 明年1月中旬; 本週五（27日）); the ports (台灣港務公司
# 今（24）日 on 今年前10月; 高雄港務分公司 and the 高雄港 前10月, against 去年同
# 期, 寧波、廈門、深圳; 基隆港務分公司; 台中港務分公司 10月, 民國113年; 今年 and
# 去（114）年); new ships (長榮海運 上週 with 三星重工, 韓華海洋, 2028年至2029
# 年; 陽明海運 with 台灣國際造船（台船）, 民國117年第2季; 萬海航運 上月 with 今治
# 造船); the world fleet (地中海航運（MSC）, 馬士基, 中遠海運 今年; 截至10月底,
# 明（116）年); exports and forwarders (財政部 本月9日 on 10月; 台驊投控 10月,
# 中菲行 同月; 裕民航運; 台灣航業（台航） 上月, 第4季, 第3季, 明年); the port
# company's budget (116年度 against 今（115）年; 高雄港務分公司 明年第1季;
# 交通部航港局 明（25）日 in 高雄, 台北市輪船商業同業公會); the outlook (陽明海
# 運, 長榮海運, 萬海航運 12月中旬, 明（116）年).  Traditional as Taiwan writes it
# (台, 占, 公布, 宣布, 上週, 本週五, 前10月, 第3季, 年增, 月增, 新台幣, 萬, 億,
# ROC years), cp950 without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 工商時報; its dateline line 工商時報【記者陳嫺文╱台北報導】 (the outlet an
# ORG, 台北 a CITY, 嫺 of the reporter's name cp950's F9 DC, in no span).
# 今（24）日 2026-11-24; 上週五 2026-11-20; 本週五 2026-11-27; 上週 2026-W47;
# 上月 2026-10; 明年 2027; 去年同期 2025 (after 今年前10月 and 前10月).
# ===========================================================================
@doc
def g222():
    d = Doc(G222)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    SH, SG, NB, KH = "上海市", "新加坡", "宁波市", "高雄市"
    # title (a heading that opens with no city; 前10月 after the noun it is
    # about, GUIDELINES; the title writes 1380 without a separator, so the
    # manifest's title field holds no comma)
    d.date("航商[[前10月]]營收", Y, "")
    d.metric("年減[[近1成]] 台灣", 10, "%", "approx", "")
    d.org(" [[台灣港務公司]]今年櫃量")
    d.date("港務公司[[今年]]櫃量拚", Y, "")
    d.metric("拚[[1380萬TEU]]\n", "1380e4", "TEU", "exact", "")
    # the dateline line 工商時報【記者陳嫺文╱台北報導】 (SPEC: news outlets in
    # bylines are ORGs; precedent FB's 【明報專訊】; 台北 the place filed from,
    # precedent FA's 台北報導); a heading that opens with an ORG: no section
    d.org("\n\n[[工商時報]]【記者")
    d.city("╱[[台北]]報導")
    # P1 October revenue (no CITY in the paragraph); N大 before a noun is a
    # count of the numeral alone (SPEC 9大出行场景)
    d.metric("國內[[三]]大貨櫃航商", 3, "", "exact", "")
    d.date("航商[[10月]]營收全數", OCT, "")
    d.org("出爐。[[長榮]]（2603）")
    d.date("（2603）[[10月]]合併", OCT, "")
    # a currency written before the number stays outside (SPEC 港币50元)
    d.metric("新台幣[[287.4億元]]", "287.4e8", "元", "exact", "")
    d.metric("月增[[2.9%]]、", "2.9", "%", "exact", "")
    d.metric("年減[[6.3%]]，", "6.3", "%", "exact", "")
    d.date("，[[今年前10月]]累計合併", Y, "")
    d.metric("營收[[2,908.5億元]]", "2908.5e8", "元", "exact", "")
    d.metric("年減[[10.1%]]", "10.1", "%", "exact", "")
    d.org("；[[陽明]]（2609）")
    d.date("（2609）[[10月]]營收", OCT, "")
    d.metric("營收[[112.6億元]]", "112.6e8", "元", "exact", "")
    d.metric("月減[[2.1%]]", "2.1", "%", "exact", "")
    d.metric("年減[[12.4%]]", "12.4", "%", "exact", "")
    # a range with one shared 月: the first number is its own mention
    # (GUIDELINES 3月5-7日; precedent FC's 今年1至10月)
    d.date("，[[1]]至10月累計", "2026-01", "")
    d.date("1至[[10月]]累計", OCT, "")
    d.metric("營收[[1,226.3億元]]", "1226.3e8", "元", "exact", "")
    d.metric("年減[[11.8%]]", "11.8", "%", "exact", "")
    d.org("；[[萬海]]（2615）")
    d.date("（2615）[[10月]]合併", OCT, "")
    d.metric("營收[[103.9億元]]", "103.9e8", "元", "exact", "")
    d.metric("月增[[4.6%]]", "4.6", "%", "exact", "")
    d.metric("年減[[3.8%]]", "3.8", "%", "exact", "")
    d.date("新高，[[今年前10月]]營收", Y, "")
    d.metric("營收[[1,096.2億元]]", "1096.2e8", "元", "exact", "")
    d.metric("年減[[約7%]]", 7, "%", "approx", "")
    d.org("。[[長榮]]、陽明")
    d.org("長榮、[[陽明]]、萬海")
    d.org("陽明、[[萬海]]今年")
    d.date("萬海[[今年前10月]]營收合計", Y, "")
    d.metric("合計[[約5,231億元]]", "5231e8", "元", "approx", "")
    # 去年同期 after 今年前10月 (a period with no ISO form): the year (SPEC)
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[約9.8%]]", "9.8", "%", "approx", "")
    # P2 third-quarter profits (no CITY)
    d.org("方面，[[長榮]]第3季")
    # Taiwan writes quarters without 度 (GUIDELINES)
    d.date("長榮[[第3季]]稅後", "2026-Q3", "")
    d.metric("純益[[約152.6億元]]", "152.6e8", "元", "approx", "")
    d.metric("盈餘[[7.05元]]", "7.05", "元", "exact", "")
    d.date("，[[今年前3季]]每股", Y, "")
    d.metric("盈餘[[21.38元]]", "21.38", "元", "exact", "")
    d.org("；[[陽明]]第3季")
    d.date("陽明[[第3季]]稅後", "2026-Q3", "")
    d.metric("純益[[約41.2億元]]", "41.2e8", "元", "approx", "")
    d.metric("盈餘[[1.18元]]", "1.18", "元", "exact", "")
    d.date("航商[[第4季]]獲利", "2026-Q4", "")
    # a bracketed year takes the part of the year written after it, one
    # span (GUIDELINES 今（115）年第3季, 明（116）年1月)
    d.date("但[[明（116）年上半年]]恐", NY, "")
    # P3 freight rates
    d.org("方面，[[上海航運交易所]]上週五")
    # a weekday inside the span gives the day; the bracketed gloss is its
    # own mention (SPEC 今日(15日); GUIDELINES 上周五)
    d.date("交易所[[上週五]]（20日）", "2026-11-20", SH)
    d.date("上週五（[[20日]]）", "2026-11-20", SH)
    # a city inside a product's (the index's) name is a CITY (SPEC 贵阳数博会)
    d.city("公布的[[上海]]出口")
    # an index's level after 收在, and its change after 下跌 (GUIDELINES)
    d.metric("收在[[1,462.35點]]", "1462.35", "点", "exact", SH)
    d.metric("下跌[[38.62點]]", "38.62", "点", "exact", SH)
    d.metric("跌幅[[2.57%]]", "2.57", "%", "exact", SH)
    d.metric("，[[四]]大航線", 4, "", "exact", SH)
    # 每FEU, 每TEU before the figure stay outside (GUIDELINES 每平方米)
    d.metric("運價[[1,986美元]]", 1986, "美元", "exact", "")
    d.metric("為[[2,874美元]]", 2874, "美元", "exact", "")
    d.metric("運價[[1,415美元]]", 1415, "美元", "exact", SG)
    d.metric("為[[2,268美元]]", 2268, "美元", "exact", SG)
    d.city("到[[新加坡]]每TEU")
    d.metric("則為[[436美元]]", 436, "美元", "exact", SG)
    # 感恩節 (the fourth Thursday of November) and 黑色星期五 (the day after,
    # GUIDELINES), the coming ones; 購物季 outside
    d.date("美國[[感恩節]]、", "2026-11-26", "")
    d.date("、[[黑色星期五]]購物季", "2026-11-27", "")
    d.date("美國線[[11月下旬]]起", "2026-11", "")
    # 農曆春節 is 春节 (GUIDELINES), the coming one; 前 outside
    d.date("，[[農曆春節]]前", "2027-02-06", "")
    d.date("預料在[[明年1月中旬]]啟動", "2027-01", "")
    d.org("。[[上海航運交易所]]將於")
    d.date("將於[[本週五]]（27日）", "2026-11-27", "")
    d.date("本週五（[[27日]]）", "2026-11-27", "")
    # P4 the ports (台灣港務公司 and its branches: one ORG each, the place
    # inside; 高雄港, 基隆港, 台北港, 台中港 are ports, facilities: no CITY,
    # no ORG, GUIDELINES)
    d.org("\n\n[[台灣港務公司]]今（24）日")
    d.date("港務公司[[今（24）日]]公布", "2026-11-24", "")
    d.date("公布，[[今年前10月]]全台", Y, "")
    d.metric("裝卸量為[[1,146.2萬TEU]]", "1146.2e4", "TEU", "exact", "")
    d.metric("年增[[2.6%]]；", "2.6", "%", "exact", "")
    d.org("其中[[高雄港務分公司]]轄管")
    # 前10月 after the port it is about: the calendar period (GUIDELINES)
    d.date("的高雄港[[前10月]]櫃量", Y, "")
    d.metric("櫃量[[752.4萬TEU]]", "752.4e4", "TEU", "exact", "")
    d.metric("年增[[3.1%]]，", "3.1", "%", "exact", "")
    # 約 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("全台的[[66%]]", 66, "%", "approx", "", sep="約")
    d.date("；高雄港[[前10月]]轉口櫃", Y, NB)
    d.metric("占比[[約48%]]", 48, "%", "approx", NB)
    d.date("較[[去年同期]]提高", LY, NB)
    d.metric("提高[[1.6個百分點]]", "1.6", "百分点", "exact", NB)
    # a list sharing one head (寧波、廈門、深圳等港口): its items are cities
    # (SPEC 广州、深圳等机场)
    d.city("來自[[寧波]]、")
    d.city("、[[廈門]]、")
    d.city("、[[深圳]]等港口")
    d.org("。[[基隆港務分公司]]表示")
    d.date("台北港[[前10月]]合計", Y, "")
    d.metric("貨櫃[[約208萬TEU]]", "208e4", "TEU", "approx", "")
    d.metric("年減[[1.4%]]", "1.4", "%", "exact", "")
    d.org("；[[台中港務分公司]]指出")
    d.date("加密，[[10月]]單月", OCT, "")
    d.metric("櫃量[[約13.6萬TEU]]", "13.6e4", "TEU", "approx", "")
    # 民國 is inside the span (SPEC); a 民國 year is a year before 以來
    # (GUIDELINES 民國113年來台旅客)
    d.date("創[[民國113年]]以來", "2024", "")
    d.org("。[[台灣港務公司]]預估")
    # 全年 after a year is outside the span (GUIDELINES 去年全年 -> 去年)
    d.date("預估，[[今年]]全年", Y, "")
    d.metric("可望達[[1,380萬TEU]]", "1380e4", "TEU", "exact", "")
    d.date("較[[去（114）年]]成長", LY, "")
    d.metric("成長[[約2%]]", 2, "%", "approx", "")
    # P5 new ships (no CITY)
    d.org("。[[長榮海運]]上週")
    d.date("長榮海運[[上週]]董事會", "2026-W47", "")
    d.org("將向[[三星重工]]、")
    d.org("、[[韓華海洋]]等韓國")
    d.metric("訂造[[10艘]]LNG", 10, "艘", "exact", "")
    # Taiwan writes 1萬5,000: one figure (GUIDELINES 2萬6,512棟)
    d.metric("載運量[[1萬5,000TEU]]", 15000, "TEU", "exact", "")
    d.metric("總金額[[約21.6億美元]]", "21.6e8", "美元", "approx", "")
    # a range of years: two mentions (SPEC)
    d.date("預計[[2028年]]至", "2028", "")
    d.date("至[[2029年]]陸續", "2029", "")
    d.org("。[[陽明海運]]則委託")
    # a bracketed short form made of the name's characters in order
    # (GUIDELINES 澳门航空（澳航）): two ORGs
    d.org("委託[[台灣國際造船]]（")
    d.org("（[[台船]]）建造")
    d.metric("建造[[4艘]]新船", 4, "艘", "exact", "")
    d.metric("載運量[[約8,000TEU]]", 8000, "TEU", "approx", "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside with it (GUIDELINES 约人民币100亿元)
    d.metric("約新台幣[[198億元]]", "198e8", "元", "approx", "",
             outer="約新台幣")
    # a ROC year with its quarter: one span (SPEC 2019年三季度)
    d.date("預定[[民國117年第2季]]交付", "2028-Q2", "")
    d.org("；[[萬海航運]]上月")
    d.date("萬海航運[[上月]]也宣布", OCT, "")
    d.org("向[[今治造船]]訂造")
    d.metric("訂造[[6艘]]近洋", 6, "艘", "exact", "")
    d.metric("裝載[[約3,000TEU]]", 3000, "TEU", "approx", "")
    d.metric("合計[[約2.9億美元]]", "2.9e8", "美元", "approx", "")
    # P6 the world fleet (no CITY)
    d.org("方面，[[地中海航運]]（MSC）")
    # a name's Latin form in brackets after it is an ORG too (GUIDELINES
    # 匯立銀行（WeLab Bank）)
    d.org("（[[MSC]]）")
    d.metric("運能已[[逾720萬TEU]]", "720e4", "TEU", "over", "")
    d.org("；[[馬士基]]、")
    d.org("、[[中遠海運]]等航商")
    d.date("航商[[今年]]以來", Y, "")
    d.date("截至[[10月底]]全球", OCT, "")
    d.metric("訂單[[約1,080萬TEU]]", "1080e4", "TEU", "approx", "")
    d.metric("船隊的[[32%]]", 32, "%", "approx", "", sep="約")
    d.date("，[[明（116）年]]預計", NY, "")
    d.metric("交付[[約230萬TEU]]", "230e4", "TEU", "approx", "")
    # P7 exports, forwarders, bulk carriers (no CITY)
    d.org("。[[財政部]]本月9日")
    d.date("財政部[[本月9日]]公布", "2026-11-09", "")
    d.date("公布，[[10月]]出口值", OCT, "")
    d.metric("出口值達[[478.3億美元]]", "478.3e8", "美元", "exact", "")
    d.metric("年增[[18.6%]]。", "18.6", "%", "exact", "")
    d.org("，[[台驊投控]]10月")
    d.date("台驊投控[[10月]]營收", OCT, "")
    d.metric("營收[[約22.4億元]]", "22.4e8", "元", "approx", "")
    d.metric("年增[[6.1%]]", "6.1", "%", "exact", "")
    d.org("；[[中菲行]]同月")
    # 同月 takes the latest month the text gave (GUIDELINES)
    d.date("中菲行[[同月]]營收", OCT, "")
    d.metric("營收[[16.9億元]]", "16.9e8", "元", "exact", "")
    d.metric("月增[[3.5%]]", "3.5", "%", "exact", "")
    d.org("，[[裕民航運]]10月")
    d.date("裕民航運[[10月]]營收", OCT, "")
    d.metric("營收[[約11.8億元]]", "11.8e8", "元", "approx", "")
    d.org("；[[台灣航業]]（台航）")
    d.org("（[[台航]]）上月")
    d.date("（台航）[[上月]]營收", OCT, "")
    d.metric("營收[[約7.6億元]]", "7.6e8", "元", "approx", "")
    d.metric("年增[[逾2成]]", 20, "%", "over", "")
    d.org("，[[台航]]表示")
    d.date("表示，[[第4季]]營運", "2026-Q4", "")
    d.date("優於[[第3季]]，", "2026-Q3", "")
    d.date("，[[明年]]將再引進", NY, "")
    d.metric("引進[[2艘]]新造", 2, "艘", "exact", "")
    # P8 the port company's budget
    d.org("\n\n[[台灣港務公司]]規劃")
    # a ROC year with 年度 inside (GUIDELINES 2022年度)
    d.date("規劃[[116年度]]投資", NY, "")
    d.metric("約新台幣[[142億元]]", "142e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[今（115）年]]增加", Y, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.org("；[[高雄港務分公司]]表示")
    d.date("碼頭[[明年第1季]]起", "2027-Q1", "")
    d.metric("增加[[約120萬TEU]]", "120e4", "TEU", "approx", "")
    # a body written right after another body is its department, one ORG
    # (GUIDELINES 内政部反毒局)
    d.org("。[[交通部航港局]]將於")
    d.date("將於[[明（25）日]]在高雄", "2026-11-25", KH)
    d.city("在[[高雄]]舉辦")
    # a trade between a place and an association's head belongs to the name
    # (GUIDELINES 深圳市无人机行业协会): one ORG, no CITY
    d.org("邀集[[台北市輪船商業同業公會]]等")
    # P9 the outlook (no CITY)
    d.org("後市，[[陽明海運]]預期")
    d.date("預期，[[明年第1季]]美國線", "2027-Q1", "")
    d.metric("增加[[約7%]]。", 7, "%", "approx", "")
    d.date("航商[[明年]]合計", NY, "")
    d.metric("新船[[約35艘]]", 35, "艘", "approx", "")
    d.org("，[[長榮海運]]明年")
    d.date("長榮海運[[明年]]資本", NY, "")
    d.metric("約新台幣[[620億元]]", "620e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年減[[近2成]]", 20, "%", "approx", "")
    d.org("；[[萬海航運]]則將")
    d.date("將在[[12月中旬]]召開", "2026-12", "")
    d.date("並就[[明（116）年]]船隊", NY, "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "新北", "高雄", "台中", "臺中", "台南",
                   "基隆", "上海", "新加坡", "寧波", "廈門", "深圳", "台灣",
                   "全台", "美國", "韓國", "歐洲", "美西", "美東", "遠東",
                   "地中海", "紅海"],
        # 高雄港, 基隆港, 台北港, 台中港 (ports, facilities: GUIDELINES, a city
        # before 港 is no CITY; 台北港 lies in 新北), 全台 (deictic), 美國,
        # 韓國 (countries), 歐洲, 美西, 美東, 遠東 (regions), 地中海 of
        # 地中海線 and 紅海 (seas); 台灣, 上海, 高雄, 台中, 基隆, 台北 stand
        # inside ORG rows otherwise
        "excluded": ["轄管的[[高雄港]]前10月", "；[[高雄港]]前10月轉口",
                     "推動[[高雄港]]、", "，[[基隆港]]與", "與[[台北港]]前",
                     "、[[台中港]]碼頭", "，[[台中港]]受惠", "[[全台]]國際",
                     "約占[[全台]]的", "[[美國]]感恩節", "，[[美國]]線11月", "，[[美國]]關稅",
                     "季[[美國]]線運價", "等[[韓國]]船廠", "到[[歐洲]]每",
                     "到[[美西]]每", "，[[美東]]線", "其中[[遠東]]到美西",
                     "；[[遠東]]到歐洲", "，[[遠東]]到新加坡", "，[[地中海]]線",
                     "若[[紅海]]航道"],
        # stock codes in brackets (SPEC: codes are no METRIC) and 近5個月 (a
        # time figure with no statistic cue, GUIDELINES: no METRIC; a
        # duration, SPEC: no DATE)
        "numbers_excluded": ["（[[2603]]）", "（[[2609]]）", "（[[2615]]）",
                             "近[[5]]個月"],
        # 雙燃料 (dual-fuel: no figure), 一位 (an indefinite, GUIDELINES),
        # 新一期 (the next issue of the index: a label, no figure)
        "cn_excluded": ["LNG[[雙]]燃料", "[[一]]位航運", "新[[一]]期"],
        "collectives": [],
        # Latin words outside rows: the index's abbreviation, the container
        # units after 每 (outside the span, GUIDELINES 每平方米), the fuel
        "latin_excluded": ["（[[SCFI]]）", "美西每[[FEU]]", "線每[[FEU]]",
                           "歐洲每[[TEU]]", "線每[[TEU]]", "新加坡每[[TEU]]",
                           "[[LNG]]雙"],
        # time words that are no DATE: 年增, 年減, 月增, 月減 (year or month on
        # year), 近5個月 (a duration), 單月 (after the DATE 10月), 淡季, 旺季
        # (seasons), 全年 (after the DATE 今年, outside its span), 年處理
        # (annual capacity), 前 and 期 of 新一期 are none
        "words_excluded": {"年增": 6, "年減": 9, "月增": 3, "月減": 1,
                           "個月": 1, "單月": 1, "淡季": 1, "旺季": 1,
                           "購物季": 1,
                           "全年": 1, "年處理": 1, "同期": 0},
        # generic words outside ORG rows: 航商 (x10: 貨櫃航商, 散裝航商 …),
        # 船廠 of 韓國船廠 and 航運 of 航運分析師 (kinds and a field)
        "orgwords_excluded": {"公司": 0, "分公司": 0, "公會": 0, "航運": 1,
                              "海運": 0, "造船": 0, "船廠": 1, "交易所": 0,
                              "航商": 10},
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



def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; new in
    annotate_ga.py)."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:\d{1,2}日|底|初|份)?|第?([一二三四1-4])季度?|"
                     r"(年底)", tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    before = d.text[s:r["start"]]
    if not re.search(r"明年|后年|後年|明（\d{2,3}）年", before):
        return
    ref = datetime.date.fromisoformat(d.published)
    if m.group(1):
        mon = int(m.group(1))
        assert mon != ref.month, ("the reference month itself", r)
        y = ref.year + (1 if mon < ref.month else 0)
        assert r["normalized"][:7] == "%d-%02d" % (y, mon), r
    elif m.group(2):
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        y = ref.year + (1 if q < (ref.month - 1) // 3 + 1 else 0)
        assert r["normalized"] == "%d-Q%d" % (y, q), r
    else:
        assert r["normalized"] == str(ref.year), r


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
    # (a quarter's end or start, 三季度末, is the quarter: GUIDELINES
    # 第三季度末; annotate_fc.py's addition, new in this script's line)
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?(?:末|初|底)?$", tx)
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
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  g221's 45天 and
    28天 have the cue 平均 in their clause (平均工期由45天缩短至28天); g222
    holds none (its 近5個月 is a duration, audited as no figure)."""
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
    # each declared no-span character (嫺 of the cp950 article's dateline,
    # outside plain Big5) stands once, on the dateline line (the third
    # line), and in no span (checked per row below)
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
            lines = d.text.split("\n")     # the dateline (the third line)
            assert c in lines[2], c         # before every span but the
            # title's and the outlet's at the start of the dateline line
            # (annotate_fb.py's ASTRAL_BEFORE_BODY: 工商時報 an ORG there)
            line3 = len(lines[0]) + len(lines[1]) + 2
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
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
            check_forward(d, r)
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
    # rows whose text is declared for it (annotate_ga.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks; kept, though the cp950
    # article's 嫺 stands in no span, so the loop is empty here)
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
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (new here: without it a dropped 元旦 row passed)
    need("|".join(re.escape(w) for w in HOLIDAY_WORDS), "holiday word",
         covered + all_excl)
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
            elif s in NO_SHI:
                # a foreign city (or Hong Kong, Macao) keeps its common
                # Chinese name, no 市 added (new here: 新加坡 normalized
                # 新加坡市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Taiwan writes it: OpenCC
        # t2s and back with s2tw gives the text again, but for the forms
        # Taiwan news writes where s2tw writes others (台/臺, 占/佔, 公布/
        # 公佈; new in annotate_na.py) and the reporter's name character
        # 嫺 (s2tw 嫻)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2tw")
        for d, tw in zip(trad, back):
            assert len(tw) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, tw) if a != b}
            assert pairs <= TAIWAN_FORMS, (d.doc_id, pairs - TAIWAN_FORMS)
            # and every declared form occurs (annotate_hb.py's check)
            assert pairs == TAIWAN_FORMS, (d.doc_id, TAIWAN_FORMS - pairs)
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
