#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g219_sports_consumption_lottery_cities and g220_macao_hotels_imported_workers
(annotator FC).

Adapted from the precedent set's tools/annotate_gc.py (now dev/tools/annotate_g213_g214.py) (/tmp/ho38/precedent:
a GBK mainland article and a Macao traditional article, the pair closest to
mine; copied and the data changed), with annotate_ga.py's UTF-8-WITH-BOM
block (made a traditional Macao article's).  It keeps every check of
annotate_gc.py: strict decoding, offsets, overlaps, span edges, formats,
calendar-valid DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, the OpenCC t2s of the whole simplified
article, the OpenCC t2s-then-s2hk round trip and the s2t check of the Macao
article, audits of digits, Latin words, Chinese numerals, time characters,
city strings, ORG words and ORG strings, the independent `city` rule
computed and asserted against my hand value on every DATE/METRIC row, the
month and day a DATE span writes, the holiday table by exact span and the
holidays recomputed without it, ROC years only in a Taiwan text, relative
words resolved from the reference date (上周 to its ISO week, 昨日,
昨（廿一）日, 本月18日), 上月 as a baseline after a comparison word, the
bare-day month rule, a bare month, day or quarter in the reference year,
去年同期 a year before its sentence's period, the bracketed gloss, the 上季
check, the range check, the precision check, the 约占 check, markers
before, touching and after a span, 约为/约有 as separated markers, the
declared shared unit, the collective label, the time unit, the declared
organizations of each article, the narrowest codec.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded (the BOM of g220 removed, nothing else changed):

- g219 is simplified (mainland, 中国体育报, 2026-11-21), stored as GBK
  without a BOM (the title's 体 = CC E5 opens the file).  One character is
  outside GB2312: 堃 (U+5803, GBK 88 D2: a lead byte below A1, GBK/3) of
  the reporter's name 李堃 on the byline 本报记者 李堃, once, in no span, so
  Python's gb2312 fails on the file while gbk, cp936 and gb18030 read it
  alike.  Every other line is GB2312 byte for byte; every non-ASCII
  character is two bytes.  OpenCC t2s leaves the article unchanged.
- g220 is traditional (Macao, 澳門日報, 2026-11-22), stored as UTF-8 WITH a
  BOM (EF BB BF, then the title's 酒 = E9 85 92).  utf-8-sig reads the
  text; plain utf-8 keeps U+FEFF in front of it.  Every non-ASCII character
  is three bytes.  Every character is in Big5-HKSCS (Macao's character
  set); one is outside plain Big5 and cp950: 氹 (U+6C39) of 路氹 (the Cotai
  reclamation between 氹仔 and 路環), once, in no span.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao and
  Hong Kong by their common names).  A Macao text (Macao named at least
  twice): Macao bodies without a place in their names (勞工事務局, 統計暨
  普查局, 旅遊局, 治安警察局 …) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho38/precedent:
README, NOTES_ga/gb/gc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g219_g220.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_gc.py: the GBK block declares 堃 of 李堃 (a lead
byte below A1, as annotate_hc.py's 喆; annotate_gc.py's 玥 had a trail byte
below A1).  annotate_gc.py's BIG5-HKSCS block for the Macao article becomes
a UTF-8-WITH-BOM block for a traditional article (annotate_ga.py's block
for a simplified one, with annotate_gc.py's Big5 declarations kept as
character-set checks): exactly one BOM, utf-8-sig reads the text and plain
utf-8 reads U+FEFF before it, three bytes a non-ASCII character and no four-
byte one, every character Big5-HKSCS, the characters outside plain Big5
exactly the declared ones (each only in its declared word with its count,
in no span), every line without them plain Big5 and cp950, and the GB and
Big5 codecs and UTF-16 fail or read another text, with the BOM and without
it.  The Macao form of the s2hk round trip: 周/週 (黃金周).  The holiday
table: 今年国庆, 元旦, 春节; 今年國慶, 聖誕, 元旦, 農曆新年.  Units 元, %,
百分点, 家, 场, 个, 人次, 人, 项, 片 and 人, %, 澳门元, 人次, 百分点, 晚, 间,
家, 名, 宗, 个, 项 and the figures with no unit.  New here: a range of months
sharing 月 with 今年 attached to its first number (今年1至10月 -> 今年1 and
10月), a Taiwan-style count with a magnitude and a last section in a Macao
text (18萬6,420人), 本月N日 and 本月中旬, a city inside a race's name in a
Macao text (澳門格蘭披治大賽車), the unit 晚 (住客平均留宿1.6晚) and 片.
Re-run (from anywhere):

    python3 dev/tools/annotate_g219_g220.py
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
G219 = "g219_sports_consumption_lottery_cities"
G220 = "g220_macao_hotels_imported_workers"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G219: ("gbk", b"", False, "2026-11-21", "中国体育报"),
    G220: ("utf-8", BOM8, True, "2026-11-22", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G219: [], G220: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 堃 of
# the reporter's name 李堃 on the byline, once, in no span
OUTSIDE_GB2312 = {G219: {"堃": b"\x88\xd2"}}
OUTSIDE_GB2312_WORD = {G219: {"堃": ("李堃", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_ic.py's byline dot): none here
GB2312_READS_OTHER = {G219: {}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# Macao's character set, has them), the word each stands in and its count:
# 氹 of 路氹 (the Cotai strip of land), once, in no span.  The file is
# UTF-8, so these are a character-set check, not bytes: the value says
# whether cp950 has the character (it does not)
OUTSIDE_BIG5 = {G220: {"氹": False}}
OUTSIDE_BIG5_WORD = {G220: {"氹": ("路氹", 1)}}
# the first character of each file (after the BOM), with its bytes
FIRST_CHAR = {G219: ("体", b"\xcc\xe5"), G220: ("酒", b"\xe9\x85\x92")}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 勞工事務局, 統計暨普查局 …, are ORGs in a text that
# names the region at least twice)
MACAO = {G220}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_gc.py's list, with the hotel and labour words of g220 added)
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
                   "药剂册监临贸论坛济术颗劳验检测硕养补胶参归缩压"
                   "农历圣诞预计门诊馆壮顺达续实验队专"
                   "债托结挂认购数发销场币欧卢亚评级审议统筹联网贸账户试点见证"
                   "额净内资产总贷蓝订员"
                   "讯络频骗诈柜云节录备径户营运"
                   "劳务职训练娱监协宾携签证满宁层晋岗认历缓综旧纳"
                   "劝帮濒离举")
# the forms Macao's papers write where OpenCC s2hk writes others (text,
# s2hk): 周 of 黃金周 (s2hk 週), as annotate_gc.py declared it
MACAO_FORMS = {("周", "週")}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): see S2T_ALLOWED below, filled
# from the text's own words
S2T_ALLOWED = {G220: set()}
# Holidays the articles name, by their exact span (2025-2027).
# g219 (mainland, 2026-11-21): 今年国庆 2026-10-01 (a year word before a
# holiday is inside the span; 假期 outside); 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027), the coming ones (元旦、春节期间: 期间
# outside).
# g220 (Macao, 2026-11-22): 今年國慶 2026-10-01 (Macao keeps the PRC's
# National Day; 黃金周期間 outside); 聖誕 2026-12-25 and 元旦 2027-01-01,
# the coming ones (臨近); 農曆新年 2027-02-06 (農曆新年 is 春节, the
# occurrence nearest the reference date; 前 outside).
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年國慶": "2026-10-01", "聖誕": "2026-12-25",
    "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland and Macao keep the PRC's
# National Day (10-01).
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "國慶": (10, 1),
                  "聖誕": (12, 25), "聖誕節": (12, 25)}
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
         "農曆新年": _SPRING, "农历新年": _SPRING,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "冬至", "重阳", "重陽")


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g219 (2026: the municipality 上海; the prefecture-level 广州, 深圳
    # (广东), 杭州 (浙江), 成都 (四川), 武汉 (湖北), 青岛 (山东), 莆田,
    # 厦门 (福建), 南京, 常州, 扬州 (江苏), 哈尔滨 (黑龙江), 张家口 (河北);
    # the county-level 晋江 (泉州, 福建); the foreign 纽约 and 米兰 by their
    # common names)
    "广州": "广州市", "深圳": "深圳市", "杭州": "杭州市", "纽约": "纽约",
    "成都": "成都市", "武汉": "武汉市", "青岛": "青岛市", "晋江": "晋江市",
    "莆田": "莆田市", "南京": "南京市", "常州": "常州市", "扬州": "扬州市",
    "上海": "上海市", "厦门": "厦门市", "哈尔滨": "哈尔滨市",
    "张家口": "张家口市", "米兰": "米兰",
    # g220 (traditional spans; 澳門, 香港 by their common names; 珠海,
    # 中山, 廣州, 深圳 (广东), 上海, 北京, 杭州, 成都, 武漢 (湖北), 南寧
    # (广西) with 市)
    "澳門": "澳门", "珠海": "珠海市", "中山": "中山市", "廣州": "广州市",
    "北京": "北京市", "香港": "香港", "武漢": "武汉市", "南寧": "南宁市",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "纽约", "米兰"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "勞工事務局": "劳工事务局", "勞工局": "劳工局",
    "社會保障基金": "社会保障基金", "統計暨普查局": "统计暨普查局",
    "旅遊局": "旅游局", "博彩監察協調局": "博彩监察协调局",
    "銀河娛樂集團": "银河娱乐集团", "銀娛": "银娱", "金沙中國": "金沙中国",
    "永利澳門": "永利澳门", "美高梅中國": "美高梅中国",
    "新濠博亞娛樂": "新濠博亚娱乐",
    "澳娛綜合度假股份有限公司": "澳娱综合度假股份有限公司",
    "萬豪國際集團": "万豪国际集团", "澳門工會聯合總會": "澳门工会联合总会",
    "工聯": "工联", "澳門酒店旅業商會": "澳门酒店旅业商会",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "立法會": "立法会",
    "澳門旅遊大學": "澳门旅游大学", "澳門城市大學": "澳门城市大学",
    "人才發展委員會": "人才发展委员会", "治安警察局": "治安警察局",
    "攜程": "携程", "澳門航空": "澳门航空",
    "國家移民管理局": "国家移民管理局", "澳門酒店協會": "澳门酒店协会",
    "經濟財政司": "经济财政司", "特區政府": "特区政府",
    "澳門大學": "澳门大学",
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


def cn_whole(s):
    """1-9999 in Chinese numerals with 千/百/十 (一百二十六, 三十八, 三十一;
    new in annotate_ic.py): each digit before its place character, 十 alone
    at the head standing for 一十; a 零 between places is allowed.  Two
    digits side by side (两三, 七八) are vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:([一二两兩三四五六七八九])千)?零?"
                     r"(?:([一二两兩三四五六七八九])百)?零?"
                     r"(?:([一二两兩三四五六七八九]?)十)?"
                     r"([一二三四五六七八九]?)", s)
    assert m and s and not re.search("[一二三四五六七八九]{2}", s), s
    dg = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
    v = 0
    if m.group(1):
        v += dg[m.group(1)] * 1000
    if m.group(2):
        v += dg[m.group(2)] * 100
    if "十" in s:
        v += (dg[m.group(3)] if m.group(3) else 1) * 10
    if m.group(4):
        v += dg[m.group(4)]
    assert v > 0, s
    return v


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
        self.no_span_chars = {}         # declared character -> (word, count)
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (new in annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gbk":        # GBK proper (annotate_jb.py's block, after
            # annotate_kc.py's): the characters Python's gb2312 cannot write
            # are exactly the declared ones: those outside GB2312, and the
            # GB2312 bytes gb2312 reads as another character (new here)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            declared = OUTSIDE_GB2312[doc_id]
            other = GB2312_READS_OTHER.get(doc_id, {})
            assert outside == sorted(set(declared) | set(other)), (
                doc_id, outside)
            assert declared, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared,
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                # in GBK's extension area: a lead or a trail byte below A1,
                # which no GB2312 decoder reads (annotate_gc.py's 玥 AB 68
                # had a trail byte below A1, GBK/4; here 堃 88 D2 has the
                # lead byte below A1, GBK/3, like annotate_hc.py's 喆; the
                # range check follows GBK: lead 81-FE, trail 40-FE but 7F)
                assert len(code) == 2 and 0x81 <= code[0] <= 0xFE and \
                    0x40 <= code[1] <= 0xFE and code[1] != 0x7F, c
                assert (code[0] < 0xA1 or code[1] < 0xA1) and \
                    not decodes(code, "gb2312"), c
                word, k = OUTSIDE_GB2312_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            for c, (code, seen, word, k) in other.items():
                # GBK writes the character with GB2312 bytes that Python's
                # gb2312 reads as another character (· A1 A4 -> ・)
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert code.decode("gb2312") == seen != c, (doc_id, c)
                assert code.decode("gb18030") == code.decode("cp936") == c
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for o in ("cp936", "gb18030"):          # the GB family reads it
                assert raw.decode(o) == self.text, (doc_id, o)
            for o in ("big5", "cp950", "big5hkscs", "utf-16", "utf-16-le",
                      "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != \
                    self.text, (doc_id, o)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a character outside GB2312 is GB2312 byte
            # for byte, read back by gb2312 as the text but for the declared
            # readings (· -> ・ on the byline line, line 3)
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in declared for c in line):
                    back = line.encode(enc).decode("gb2312")
                    want = "".join(other[c][1] if c in other else c
                                   for c in line)
                    assert back == want, line
            for c in other:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
        if enc == "utf-8":      # UTF-8 WITH A BOM, A TRADITIONAL MACAO
            # ARTICLE (new here: annotate_ga.py's block for a simplified
            # article, after annotate_hc.py's for a Macao one, with
            # annotate_gc.py's Big5 declarations kept as character-set
            # checks): exactly one BOM EF BB BF (checked above); the
            # BOM-aware utf-8-sig reading is the text, the plain utf-8
            # reading keeps U+FEFF in front of it (one code point that would
            # shift every offset)
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
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ka.py, annotate_ga.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
            # the characters outside plain Big5 are exactly the declared
            # ones, each outside cp950 too (as declared), inside Big5-HKSCS
            # (Macao's character set: checked below for every character),
            # and only in its declared word with its declared count (in no
            # span: checked per row); a reader that tried Big5 first would
            # fail on them (annotate_gc.py's declarations, kept though the
            # file is UTF-8)
            declared = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c in outside:
                assert enc_ok(c, "cp950") == declared[c], (doc_id, c)
                assert enc_ok(c, "big5hkscs"), (doc_id, c)
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            # every line without a declared character is plain Big5 and
            # cp950 alike (the text would fit a Big5 file but for them), and
            # the line holding one is plain Big5 elsewhere
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(declared), line):
                        assert part.encode("big5").decode("big5") == part
            # and GB2312 cannot write it (a traditional text: GBK could read
            # it back only as another encoding's bytes)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
        if doc_id in MACAO:     # a Macao text (annotate_jc.py): the region
            # is named at least twice (GUIDELINES: Macao bodies without a
            # place, 統計暨普查局, 經濟財政司 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
        if self.traditional:    # every character Big5-HKSCS
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
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
        else:                   # a mainland or Macao text writes no Taiwan
            for w in TAIWAN_MARKERS:                # marker and no bare 2-3
                assert w not in self.text, (doc_id, w)       # digit year
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
# g219 Sports consumption, November 2026: the byline 本报记者 李堃 (本报
# names no outlet; the declared 堃); lottery sales (财政部 昨日: 今年1至10月
# against 去年同期; 国家体育总局体育彩票管理中心: 10月 against 9月, 今年前
# 三季度); the provinces' lottery centres (广东: 广州、深圳两市 今年前10个月;
# 浙江: 杭州亚运会 venues, 今年); retail (国家统计局 10月 against 上月;
# 中国体育用品业联合会 上周, 今年 against 去年; 商务部 今年国庆); sportswear
# (安踏体育 and 安踏, 斐乐; 特步国际 and 索康尼; 鸿星尔克, 匹克体育, 抖音 10月;
# 亚玛芬体育 本月18日 in 纽约; 迪卡侬, 耐克, 阿迪达斯 in 成都, 武汉);
# equipment and exports (舒华体育, 英派斯 of 青岛, 金陵体育; 厦门海关 今年前
# 10个月 with 晋江、莆田两地; 晋江市商务局 明年); vouchers (北京市体育局 with
# 美团, 京东; 上海市体育局 with 支付宝 本月; 成都市体育局; 广州市体育局 12月;
# 深圳市文化广电旅游体育局 and 深圳); events (江苏省体育局: the city football
# league's second season closing in 南京 本月初; 江苏省体育彩票管理中心;
# 常州, 扬州; 南京市体育局 明年); running (中国田径协会 今年前10个月; the
# 上海马拉松 本月29日; 厦门市体育局 and the 厦门马拉松 明年1月); ice and snow
# (哈尔滨市体育局 and 哈尔滨; 张家口 上周; the 米兰 Winter Olympics 今年初;
# 携程 元旦、春节 with 广州, 深圳, 杭州); the outlook (北京体育大学 明年;
# 国家体育总局体育经济司 明年一季度, 2030年).  Simplified, GBK without BOM,
# 2026-11-21 (a Saturday, ISO week 2026-W47), 中国体育报.  昨日 2026-11-20;
# 上周 2026-W46; 上月 (after 较) 2026-09; 明年 2027; 去年 2025; 去年同期
# 2025 (after 今年1至10月).
# ===========================================================================
@doc
def g219():
    d = Doc(G219)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    Q3 = "2026-Q3"
    GZ, SZ, HZ, NYC, CD = "广州市", "深圳市", "杭州市", "纽约", "成都市"
    QD, JJ, PT, NJ, YZ = "青岛市", "晋江市", "莆田市", "南京市", "扬州市"
    SH, XM, HRB, ZJK, MI = "上海市", "厦门市", "哈尔滨市", "张家口市", "米兰"
    # title (a heading that opens with no city: no city section; 前10个月
    # after the noun it is about, GUIDELINES; its second half after the
    # space holds no mention)
    d.date("体育彩票[[前10个月]]销量", Y, "")
    d.metric("销量增长[[9.4%]] 多地", "9.4", "%", "exact", "")
    # byline line: 本报记者 + the name (本报 names no outlet, GUIDELINES);
    # the declared 堃 in no span; a heading with no city: no city section
    # P1 lottery sales
    d.org("[[财政部]]昨日")
    d.date("财政部[[昨日]]公布", "2026-11-20", "")
    # a range with one shared 月: the first number is its own mention, 今年
    # attached (GUIDELINES 3月5-7日; SPEC: 今年 inside the span)
    d.date("显示，[[今年1]]至10月", "2026-01", "")
    d.date("今年1至[[10月]]全国", OCT, "")
    d.metric("彩票[[约5286亿元]]", "5286e8", "元", "approx", "")
    # after a range of months of one year: the year (GUIDELINES)
    d.date("比[[去年同期]]增长", LY, "")
    d.metric("增长[[7.1%]]。", "7.1", "%", "exact", "")
    d.metric("销售[[约3024亿元]]", "3024e8", "元", "approx", "")
    d.metric("同比增长[[9.4%]]，占", "9.4", "%", "exact", "")
    d.metric("升至[[约57.2%]]。", "57.2", "%", "approx", "")
    # a centre written after its administration: one ORG (SPEC: a
    # department written after the name belongs to it)
    d.org("。[[国家体育总局体育彩票管理中心]]相关")
    d.date("介绍，[[10月]]单月", OCT, "")
    d.metric("销售[[约326亿元]]", "326e8", "元", "approx", "")
    d.date("较[[9月]]增长", "2026-09", "")
    d.metric("增长[[约8%]]，竞猜", 8, "%", "approx", "")
    d.metric("占比[[超过四成]]；", 40, "%", "over", "")
    d.date("；[[今年前三季度]]，", Y, "")
    d.metric("公益金[[约738亿元]]", "738e8", "元", "approx", "")
    # P2 the provinces' lottery centres (广东, 江苏, 浙江: provinces)
    d.org("。[[广东省体育彩票管理中心]]介绍")
    d.city("介绍，[[广州]]、深圳两市")
    d.city("广州、[[深圳]]两市")
    d.date("两市[[今年前10个月]]体育", Y, SZ)
    d.metric("合计[[约186亿元]]", "186e8", "元", "approx", SZ)
    d.metric("增长[[约11%]]；浙江", 11, "%", "approx", SZ)
    d.org("；[[浙江省体育彩票管理中心]]数据")
    # a city inside an event's name (SPEC 贵阳数博会)
    d.city("显示，[[杭州]]亚运会")
    d.date("周边[[今年]]新增", Y, HZ)
    d.metric("实体店[[约260家]]", 260, "家", "approx", HZ)
    # P3 retail
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[10月]]全国限额", OCT, "")
    d.metric("零售额同比增长[[约12.6%]]", "12.6", "%", "approx", "")
    # 上月 after 较: a baseline counted from the month the sentence states
    # (GUIDELINES 10月CPI…比上月)
    d.date("增速较[[上月]]加快", "2026-09", "")
    d.metric("加快[[约3.1个百分点]]", "3.1", "百分点", "approx", "")
    d.org("。[[中国体育用品业联合会]]上周")
    d.date("联合会[[上周]]发布", "2026-W46", "")
    d.metric("受访的[[1200家]]体育", 1200, "家", "exact", "")
    d.metric("，[[近六成]]预计", 60, "%", "approx", "")
    d.date("预计[[今年]]销售额", Y, "")
    # 超过去年: the verb owns its 过 (GUIDELINES), 去年 a DATE
    d.date("将超过[[去年]]，", LY, "")
    d.metric("，[[约三成]]企业", 30, "%", "approx", "")
    d.org("。[[商务部]]监测")
    d.date("显示，[[今年国庆]]假期", "2026-10-01", "")
    d.metric("同比增长[[约18%]]。", 18, "%", "approx", "")
    # P4 sportswear (a brand before 品牌 is in an organization context; a
    # company's trade name recurs as an ORG, GUIDELINES)
    d.org("。[[安踏体育]]三季度")
    d.date("安踏体育[[三季度]]运营", Q3, "")
    d.org("显示，[[安踏]]品牌")
    d.metric("零售额同比增长[[约6%]]", 6, "%", "approx", "")
    d.org("旗下[[斐乐]]品牌")
    d.metric("品牌增长[[约9%]]；", 9, "%", "approx", "")
    d.org("；[[特步国际]]主品牌")
    d.metric("零售额增长[[约5%]]", 5, "%", "approx", "")
    d.org("品牌[[索康尼]]增长")
    d.metric("增长[[超过30%]]。", 30, "%", "over", "")
    d.org("。[[鸿星尔克]]、")
    d.org("、[[匹克体育]]等企业")
    d.org("，[[抖音]]数据")
    d.date("显示，[[10月]]平台", OCT, "")
    d.metric("成交额同比增长[[约21%]]", 21, "%", "approx", "")
    d.date("。[[本月18日]]，", "2026-11-18", NYC)
    d.org("，[[亚玛芬体育]]在")
    d.city("在[[纽约]]公布")
    d.date("公布的[[三季度]]财报", Q3, NYC)
    d.metric("同比增长[[约35%]]。", 35, "%", "approx", NYC)
    d.org("，[[迪卡侬]]今年")
    d.date("迪卡侬[[今年]]在华", Y, CD)
    d.metric("门店[[约40家]]", 40, "家", "approx", CD)
    d.org("，[[耐克]]、")
    d.org("、[[阿迪达斯]]则")
    d.city("在[[成都]]、武汉")
    d.city("成都、[[武汉]]等城市")
    # P5 equipment and exports
    d.org("。[[舒华体育]]前三季度")
    d.date("舒华体育[[前三季度]]营业", Y, "")
    d.metric("收入[[约12.8亿元]]", "12.8e8", "元", "approx", "")
    d.metric("同比增长[[约11%]]；总部", 11, "%", "approx", "")
    d.city("位于[[青岛]]的")
    d.org("的[[英派斯]]和")
    d.org("和[[金陵体育]]等")
    d.org("。[[厦门海关]]统计")
    d.date("统计，[[今年前10个月]]福建", Y, JJ)
    d.metric("出口[[约146亿元]]", "146e8", "元", "approx", JJ)
    d.metric("同比增长[[约7.5%]]", "7.5", "%", "approx", JJ)
    d.city("其中[[晋江]]、")
    d.city("、[[莆田]]两地")
    d.metric("占比[[近七成]]。", 70, "%", "approx", PT)
    d.org("。[[晋江市商务局]]相关")
    d.metric("已[[超过1300家]]", 1300, "家", "over", "")
    d.date("，[[明年]]将新建", NY, "")
    d.metric("新建[[约20片]]社区", 20, "片", "approx", "")
    # P6 vouchers (全市 deictic)
    d.org("。[[北京市体育局]]今年")
    d.date("体育局[[今年]]以来", Y, "")
    d.metric("消费券[[约6800万元]]", "6800e4", "元", "approx", "")
    d.org("通过[[美团]]、")
    d.org("、[[京东]]等平台")
    d.metric("场馆消费[[约4.2亿元]]", "4.2e8", "元", "approx", "")
    d.org("；[[上海市体育局]]与")
    d.org("与[[支付宝]]合作")
    d.date("，[[本月]]首批", NOV, "")
    d.metric("首批[[1500万元]]已", "1500e4", "元", "exact", "")
    d.org("。[[成都市体育局]]数据")
    d.date("全市[[今年]]已举办", Y, "")
    d.metric("活动[[超过1800场]]", 1800, "场", "over", "")
    d.metric("综合消费[[约96亿元]]", "96e8", "元", "approx", "")
    d.org("；[[广州市体育局]]则")
    d.date("计划于[[12月]]再", "2026-12", "")
    d.metric("再发放[[500万元]]羽毛球", "500e4", "元", "exact", "")
    # 最高 sets no qualifier (GUIDELINES)
    d.metric("抵扣[[80元]]。", 80, "元", "exact", "")
    d.org("。[[深圳市文化广电旅游体育局]]表示")
    d.city("表示，[[深圳]]今年")
    d.date("深圳[[今年]]累计", Y, SZ)
    d.metric("消费券[[约2300万元]]", "2300e4", "元", "approx", SZ)
    d.metric("拉动消费[[约3.1亿元]]", "3.1e8", "元", "approx", SZ)
    # P7 events (the league is an event: no ORG; 江苏 a province; 第二届 an
    # ordinal; the stadium unnamed)
    d.org("。[[江苏省体育局]]统计")
    d.date("联赛[[本月初]]在", NOV, NJ)
    d.city("在[[南京]]落幕")
    d.metric("进行[[89场]]比赛", 89, "场", "exact", NJ)
    d.metric("累计[[约286万人次]]", "286e4", "人次", "approx", NJ)
    d.metric("场均[[约3.2万人次]]", "3.2e4", "人次", "approx", NJ)
    d.org("；[[江苏省体育彩票管理中心]]数据")
    d.metric("全省[[13个]]设区市", 13, "个", "exact", "")
    d.metric("同比增长[[约15%]]。", 15, "%", "approx", "")
    d.city("。[[常州]]、")
    d.city("、[[扬州]]等地")
    d.metric("增长[[约两成]]。", 20, "%", "approx", YZ)
    d.org("。[[南京市体育局]]相关")
    d.date("体育场[[明年]]将承接", NY, "")
    d.metric("承接[[约60场]]大型", 60, "场", "approx", "")
    # P8 running
    d.org("。[[中国田径协会]]数据")
    d.date("显示，[[今年前10个月]]全国", Y, "")
    d.metric("赛事[[约590场]]", 590, "场", "approx", "")
    # a figure whose noun stands before it: no unit (SPEC 近900万)
    d.metric("人次[[超过610万]]；", "610e4", "", "over", "")
    d.date("将于[[本月29日]]鸣枪", "2026-11-29", SH)
    d.city("鸣枪的[[上海]]马拉松")
    d.metric("人数[[突破32万]]", "32e4", "", "over", SH)
    d.metric("中签率[[不足10%]]", 10, "%", "under", SH)
    d.org("。[[厦门市体育局]]预计")
    d.date("预计，[[明年1月]]举行", "2027-01", XM)
    d.city("举行的[[厦门]]马拉松")
    d.metric("跑者[[约2.1万人]]。", "2.1e4", "人", "approx", XM)
    d.metric("一场[[3万人]]规模", "3e4", "人", "exact", "")
    d.metric("举办地消费[[约1.5亿元]]", "1.5e8", "元", "approx", "")
    d.metric("人均花费[[约2600元]]", 2600, "元", "approx", "")
    # P9 ice and snow (本雪季: a season, no DATE)
    d.org("。[[哈尔滨市体育局]]表示")
    d.city("表示，[[哈尔滨]]计划")
    d.metric("活动[[约120项]]", 120, "项", "approx", HRB)
    d.metric("冰雪消费[[超过200亿元]]", "200e8", "元", "over", HRB)
    d.city("；[[张家口]]多家")
    d.date("已于[[上周]]开板", "2026-W46", ZJK)
    d.metric("滑雪者[[约4.6万人次]]", "4.6e4", "人次", "approx", ZJK)
    # 今年初: a part of the year with 今年 attached (SPEC: 年初 -> the year)
    d.date("。[[今年初]]的", Y, MI)
    d.city("的[[米兰]]冬奥会")
    d.org("。[[携程]]数据")
    d.date("显示，[[元旦]]、", "2027-01-01", GZ)
    d.date("、[[春节]]期间", "2027-02-06", GZ)
    d.metric("预订量同比增长[[约40%]]", 40, "%", "approx", GZ)
    d.city("来自[[广州]]、深圳、杭州")
    d.city("广州、[[深圳]]、杭州")
    d.city("深圳、[[杭州]]等城市")
    d.metric("占比[[约45%]]。", 45, "%", "approx", HZ)
    # P10 the outlook
    d.org("[[北京体育大学]]一位")
    d.date("，[[明年]]体育彩票", NY, "")
    d.metric("保持[[5%左右]]的", 5, "%", "approx", "")
    d.org("。[[国家体育总局体育经济司]]相关")
    d.date("表示，[[明年一季度]]将", "2027-Q1", "")
    d.metric("将在[[约30个]]城市", 30, "个", "approx", "")
    d.date("到[[2030年]]全国", "2030", "")
    d.metric("力争[[超过7万亿元]]。", "7e12", "元", "over", "")
    audit = {
        "orgs": ["财政部", "国家体育总局体育彩票管理中心",
                 "广东省体育彩票管理中心", "浙江省体育彩票管理中心",
                 "国家统计局", "中国体育用品业联合会", "商务部", "安踏体育",
                 "安踏", "斐乐", "特步国际", "索康尼", "鸿星尔克", "匹克体育",
                 "抖音", "亚玛芬体育", "迪卡侬", "耐克", "阿迪达斯", "舒华体育",
                 "英派斯", "金陵体育", "厦门海关", "晋江市商务局",
                 "北京市体育局", "美团", "京东", "上海市体育局", "支付宝",
                 "成都市体育局", "广州市体育局", "深圳市文化广电旅游体育局",
                 "江苏省体育局", "江苏省体育彩票管理中心", "南京市体育局",
                 "中国田径协会", "厦门市体育局", "哈尔滨市体育局", "携程",
                 "北京体育大学", "国家体育总局体育经济司"],
        "cities": ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉",
                   "青岛", "厦门", "晋江", "莆田", "南京", "常州", "扬州",
                   "哈尔滨", "张家口", "纽约", "米兰", "广东", "江苏", "浙江",
                   "福建", "中国", "全国", "全市", "全省", "当地", "各地",
                   "多地", "城市", "在华", "中华"],
        # 广东 (x1 outside ORGs: 广东、江苏、浙江), 江苏 (x2: the list and the
        # league's name), 浙江, 福建 (provinces), 中华 of 大中华区 (a region),
        # 在华 (China), 全国 (x6), 全市, 全省, 当地 (x2), 各地, 多地 (title)
        # (deictic or generic), 城市 (x5: 等城市 x2, 城市足球联赛, 城市马拉
        # 松, 30个城市); 北京 (both inside ORGs), 厦门 (but one), 晋江 (but
        # one), 南京 (but one), 上海 (but one), 成都 (but one), 哈尔滨 (but
        # one), 深圳 (but three), 广州 (but two), 中国 stand elsewhere only
        # inside ORG rows
        "excluded": ["从地方看，[[广东]]、江苏", "广东、[[江苏]]、浙江",
                     "江苏、[[浙江]]的", "月[[福建]]体育", "第二届[[江苏]]省",
                     "大[[中华]]区", "今年[[在华]]新开", "今年1至10月[[全国]]累计",
                     "占[[全国]]彩票", "10月[[全国]]限额", "假期[[全国]]重点",
                     "[[全国]]共举办", "2030年[[全国]]体育",
                     "，[[全市]]今年", "赛事期间[[全省]]", "，[[当地]]规模",
                     "，[[当地]]最大", "[[各地]]体育消费券", "[[多地]]消费券",
                     "等[[城市]]加快", "江苏省[[城市]]足球",
                     "的[[城市]]马拉松", "约30个[[城市]]", "等[[城市]]的游客"],
        "numbers_excluded": [],
        # 一位 and 一场 (indefinites), 第二届 (an ordinal: SPEC 第二个)
        "cn_excluded": ["大学[[一]]位", "[[一]]场3万人", "第[[二]]届"],
        # collective labels of the lists just given (GUIDELINES: 广州、深圳
        # 两市, 晋江、莆田两地 -> no METRIC; checked by check_collective)
        "collectives": [("广州、深圳[[两]]市", 2), ("晋江、莆田[[两]]地", 2)],
        "latin_excluded": [],
        # time words that are no DATE: 单月 (after the DATE 10月), 日均 (a
        # daily average), 明显, 周边, 赛季 (全赛季), 雪季 (本雪季: a season
        # with no year word), 旺季, 首周 (the first week of a season); 期间
        # holds no time character; 同期 only inside 去年同期
        "words_excluded": {"单月": 1, "日均": 1, "明显": 1, "周边": 1,
                           "赛季": 1, "雪季": 1, "旺季": 1, "首周": 1,
                           "同期": 0, "当天": 0, "日前": 0, "同日": 0},
        # generic words outside ORG rows: 企业 (kinds: 体育用品企业 x2, 约三成
        # 企业, 运动鞋服企业 x2, 等企业, 健身器材企业, 器材企业, 企业出口额),
        # 平台 (等平台, 平台运动鞋服), 局 (布局, a verb); 中心, 协会, 联合会,
        # 海关 and 大学 only inside ORG rows
        "orgwords_excluded": {"企业": 8, "平台": 2, "公司": 0, "协会": 0,
                              "集团": 0, "海关": 0, "银行": 0, "大学": 0,
                              "政府": 0, "局": 1, "中心": 0, "联合会": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g220 Hotels and imported workers in Macao, November 2026: 勞工事務局
# 本月20日 on imported workers (10月底; 珠海 as home of the cross-border
# ones); 社會保障基金 (今年首三季); hotels (統計暨普查局 10月, 今年首10個月;
# 旅遊局 10月 room rates, 今年, 明年; 本月中旬 the 澳門 Grand Prix);
# gaming and the concessionaires (博彩監察協調局 10月, 今年首10個月; 銀河娛樂
# 集團 (銀娛), 金沙中國, 永利澳門, 美高梅中國 第三季; 新濠博亞娛樂 and its
# 澳門 properties; 澳娛綜合度假股份有限公司 上月, 明年第二季, 路氹);
# staffing (勞工局 第三季末, 上月 against 去年同期; 萬豪國際集團 今年);
# pay (統計暨普查局 第三季; 銀娛, 永利澳門 今年); the unions (澳門工會聯合
# 總會 (工聯) 昨（廿一）日, 今年; 澳門酒店旅業商會; 澳門街坊會聯合總會;
# 立法會); training (勞工局 今年; 澳門旅遊大學, 澳門城市大學 with 銀娛 and
# 金沙中國 明年; 人才發展委員會 明年上半年); visitors (治安警察局 今年首10
# 個月 with 珠海, 中山, 廣州, 深圳, 上海, 北京, 杭州, 香港; 今年國慶; 攜程
# 11月 with 成都, 武漢, 澳門; 澳門航空 明年1月 to 南寧; 國家移民管理局 上月,
# 明年); the outlook (聖誕, 元旦, 澳門酒店協會 12月; 旅遊局 今年; 經濟財政
# 司, 特區政府, 農曆新年; 澳門大學, 2030年).  Traditional as Macao writes
# it (佔, 公佈, 宣佈, 黃金周, 按年, 首10個月, 首三季, 第三季, 第三季末, 昨
# （廿一）日, 18萬6,420人, 「」 quotes, 本澳, 全澳, 在澳), UTF-8 with BOM,
# 2026-11-22 (a Sunday, ISO week 2026-W47), 澳門日報; 【本報消息】 opens the
# first paragraph (no outlet named).  昨（廿一）日 2026-11-21; 上月
# 2026-10; 明年 2027; 去年同期 2025-10 (after 上月).
# ===========================================================================
@doc
def g220():
    d = Doc(G220)
    Y, NY = "2026", "2027"
    OCT, NOV = "2026-10", "2026-11"
    Q3 = "2026-Q3"
    MO, ZH, HZ, HK, CD, NN = ("澳门", "珠海市", "杭州市", "香港", "成都市",
                              "南宁市")
    # title: a heading that opens with no city (no city section); 首10個月
    # after the noun it is about (GUIDELINES); its second half is its own
    # sentence
    d.date("入住率[[首10個月]]逾九成", Y, "")
    d.metric("個月[[逾九成]] 酒店", 90, "%", "over", "")
    d.metric("按年增[[約4%]]\n", 4, "%", "approx", "")
    # P1 imported workers (【本報消息】 names no outlet; 本澳 deictic)
    d.org("】[[勞工事務局]]本月")
    d.date("事務局[[本月20日]]公佈", "2026-11-20", "")
    d.date("截至[[10月底]]，", OCT, "")
    # a magnitude and a last section of four digits are one figure
    # (GUIDELINES 2萬6,512棟); 共 is no marker
    d.metric("外地僱員共[[18萬6,420人]]", 186420, "人", "exact", "")
    d.metric("按年增加[[約4.1%]]", "4.1", "%", "approx", "")
    d.metric("外僱[[約5.38萬人]]", "5.38e4", "人", "approx", "")
    d.metric("佔整體[[約29%]]", 29, "%", "approx", "")
    d.metric("外僱[[約11.9萬人]]", "11.9e4", "人", "approx", "")
    d.metric("分別[[約2.9萬人]]、", "2.9e4", "人", "approx", "")
    d.metric("、[[約1.4萬人]]；", "1.4e4", "人", "approx", "")
    d.metric("外僱[[約9.6萬人]]，", "9.6e4", "人", "approx", ZH)
    d.city("往返[[珠海]]。")
    d.org("。[[社會保障基金]]資料")
    d.date("顯示，[[今年首三季]]僱主", Y, "")
    d.metric("聘用費[[約3.3億澳門元]]", "3.3e8", "澳门元", "approx", "")
    d.metric("按年增加[[約5%]]。", 5, "%", "approx", "")
    # P2 hotels (為, 達: no marker; 五星級 a grade)
    d.org("[[統計暨普查局]]資料顯示，10月")
    d.date("資料顯示，[[10月]]酒店及公寓", OCT, "")
    d.metric("住客[[約142.6萬人次]]", "142.6e4", "人次", "approx", "")
    d.metric("上升[[6.3%]]；", "6.3", "%", "exact", "")
    d.metric("入住率為[[92.4%]]", "92.4", "%", "exact", "")
    d.metric("上升[[1.8個百分點]]", "1.8", "百分点", "exact", "")
    d.metric("入住率達[[93.1%]]", "93.1", "%", "exact", "")
    d.date("。[[今年首10個月]]客房", Y, "")
    d.metric("入住率[[約90.6%]]", "90.6", "%", "approx", "")
    # 晚 (nights) after the statistic cue 平均 (GUIDELINES)
    d.metric("留宿[[1.6晚]]", "1.6", "晚", "exact", "")
    d.org("。[[旅遊局]]數據")
    d.date("則顯示，[[10月]]酒店平均", OCT, "")
    d.metric("房價[[約1,486澳門元]]", 1486, "澳门元", "approx", "")
    d.metric("上升[[約5%]]；", 5, "%", "approx", "")
    d.metric("公寓共[[148間]]", 148, "间", "exact", "")
    d.metric("客房[[約4.62萬間]]", "4.62e4", "间", "approx", "")
    # a city inside an event's name (SPEC 贵阳数博会)
    d.date("。[[本月中旬]]澳門", NOV, MO)
    d.city("中旬[[澳門]]格蘭披治")
    d.metric("升至[[約96%]]。", 96, "%", "approx", MO)
    d.org("。[[旅遊局]]指出")
    d.date("指出，[[今年]]已有", Y, "")
    d.metric("已有[[5間]]新酒店", 5, "间", "exact", "")
    d.metric("客房[[約1,800間]]", 1800, "间", "approx", "")
    d.date("，[[明年]]預計再有", NY, "")
    d.metric("再有[[4間]]酒店", 4, "间", "exact", "")
    # P3 gaming and the concessionaires
    d.org("[[博彩監察協調局]]數據")
    d.date("顯示，[[10月]]博彩", OCT, "")
    d.metric("毛收入[[約228億澳門元]]", "228e8", "澳门元", "approx", "")
    d.metric("增長[[約9%]]；今年", 9, "%", "approx", "")
    d.date("；[[今年首10個月]]累計", Y, "")
    d.metric("累計[[約2,190億澳門元]]", "2190e8", "澳门元", "approx", "")
    # a count in Chinese numerals with its measure word, no list before it
    d.metric("[[六家]]綜合旅遊", 6, "家", "exact", "")
    d.date("公佈[[第三季]]業績", Q3, "")
    # a short form in brackets made of the name's characters in order
    # (GUIDELINES 澳门航空（澳航）): two ORGs
    d.org("。[[銀河娛樂集團]]（")
    d.org("（[[銀娛]]）")
    d.date("酒店[[第三季]]平均入住率", Q3, "")
    d.metric("入住率[[約98%]]", 98, "%", "approx", "")
    d.metric("住客[[約87萬人次]]", "87e4", "人次", "approx", "")
    # X中國 after a listed company names its arm, 永利澳門 its arm in Macao
    # (GUIDELINES 毕马威中国, 支付宝澳门): ORGs with no CITY
    d.org("；[[金沙中國]]旗下")
    d.metric("客房[[約1.2萬間]]，", "1.2e4", "间", "approx", "")
    d.date("，[[第三季]]入住率", Q3, "")
    d.metric("入住率[[約96%]]；", 96, "%", "approx", "")
    d.org("；[[永利澳門]]、美高梅")
    d.org("、[[美高梅中國]]的")
    d.metric("維持在[[九成以上]]", 90, "%", "over", "")
    d.org("。[[新濠博亞娛樂]]表示")
    d.city("其[[澳門]]物業")
    d.date("物業[[第三季]]平均房價", Q3, MO)
    d.metric("上升[[約7%]]。", 7, "%", "approx", MO)
    d.org("。[[澳娛綜合度假股份有限公司]]上月")
    d.date("有限公司[[上月]]宣佈", OCT, "")
    d.date("將於[[明年第二季]]開業", "2027-Q2", "")
    d.metric("客房[[約650間]]", 650, "间", "approx", "")
    # P4 staffing (上述企業 read back)
    d.org("，[[勞工局]]資料顯示，截至")
    d.date("截至[[第三季末]]，", Q3, "")
    d.metric("僱員[[約8.3萬人]]", "8.3e4", "人", "approx", "")
    d.metric("本地僱員[[約6.2萬人]]", "6.2e4", "人", "approx", "")
    d.metric("佔比[[約74.7%]]", "74.7", "%", "approx", "")
    d.metric("外僱[[約1.9萬人]]", "1.9e4", "人", "approx", "")
    d.org("。[[勞工局]]上月")
    d.date("勞工局[[上月]]對", OCT, "")
    d.metric("對[[約320間]]酒店", 320, "间", "approx", "")
    d.metric("個案[[37宗]]", 37, "宗", "exact", "")
    # 去年同期 after 上月 in its sentence: that month a year earlier (SPEC)
    d.date("較[[去年同期]]減少", "2025-10", "")
    d.metric("減少[[約18%]]。", 18, "%", "approx", "")
    d.org("。[[萬豪國際集團]]表示")
    d.date("酒店[[今年]]已將", Y, "")
    d.metric("已將[[約120名]]本地", 120, "名", "approx", "")
    # P5 pay (為: no marker; 月工作收入: monthly, no DATE)
    d.org("，[[統計暨普查局]]第三季")
    d.date("普查局[[第三季]]就業", Q3, "")
    d.metric("中位數為[[1.82萬澳門元]]", "1.82e4", "澳门元", "exact", "")
    d.metric("上升[[約3.4%]]", "3.4", "%", "approx", "")
    d.metric("本地僱員為[[2.15萬澳門元]]", "2.15e4", "澳门元", "exact", "")
    d.metric("外地僱員[[約1.2萬澳門元]]", "1.2e4", "澳门元", "approx", "")
    d.org("。[[銀娛]]、永利")
    d.org("、[[永利澳門]]等企業")
    d.date("企業[[今年]]已先後", Y, "")
    # a range whose figures each carry their unit
    d.metric("加薪[[3%]]至", 3, "%", "exact", "")
    d.metric("至[[5%]]，", 5, "%", "exact", "")
    # P6 the unions (a short form in brackets; 工聯 repeated)
    d.org("[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）")
    # 昨（廿一）日: one span (SPEC 今（5）日; GUIDELINES 廿)
    d.date("）[[昨（廿一）日]]公佈", "2026-11-21", "")
    d.metric("受訪的[[1,260名]]", 1260, "名", "exact", "")
    d.metric("，[[約四成]]表示", 40, "%", "approx", "")
    d.date("表示[[今年]]以來", Y, "")
    d.metric("，[[近三成]]認為", 30, "%", "approx", "")
    d.org("。[[工聯]]促請")
    d.org("。[[澳門酒店旅業商會]]則")
    d.metric("仍有[[約3,500個]]前線", 3500, "个", "approx", "")
    d.org("。[[澳門街坊會聯合總會]]亦")
    # a body before a title (SPEC 县委书记 -> 县委): 議員 outside
    d.org("多名[[立法會]]議員")
    # P7 training (「帶津培訓」 a programme, no mention)
    d.org("，[[勞工局]]今年")
    d.date("勞工局[[今年]]推出", Y, "")
    d.metric("開辦[[約40項]]", 40, "项", "approx", "")
    d.metric("居民[[約2,300人次]]", 2300, "人次", "approx", "")
    d.metric("結業後[[約七成]]", 70, "%", "approx", "")
    d.org("。[[澳門旅遊大學]]、")
    d.org("、[[澳門城市大學]]亦")
    d.org("與[[銀娛]]、金沙")
    d.org("、[[金沙中國]]合辦")
    d.date("，[[明年]]將招收", NY, "")
    d.metric("招收[[約500名]]本地", 500, "名", "approx", "")
    d.org("。[[人才發展委員會]]表示")
    # several months of a year give the year (SPEC 上半年); 明年 attached
    d.date("表示，[[明年上半年]]將", NY, "")
    # 最高 sets no qualifier (GUIDELINES)
    d.metric("資助[[2萬澳門元]]。", "2e4", "澳门元", "exact", "")
    # P8 visitors (廣東 a province; 內地 a region; 個人遊 a scheme)
    d.org("，[[治安警察局]]數據")
    d.date("顯示，[[今年首10個月]]入境", Y, "")
    d.metric("旅客[[約3,380萬人次]]", "3380e4", "人次", "approx", "")
    d.metric("增長[[約8%]]，其中", 8, "%", "approx", "")
    d.metric("內地旅客[[約2,430萬人次]]", "2430e4", "人次", "approx", "")
    d.metric("旅客中[[約六成]]來自", 60, "%", "approx", ZH)
    # four cities in a 、-list (GUIDELINES: 中山 counts in a list of three
    # or more cities)
    d.city("，[[珠海]]、中山")
    d.city("珠海、[[中山]]、")
    d.city("中山、[[廣州]]、")
    d.city("廣州、[[深圳]]為")
    d.city("來自[[上海]]、")
    d.city("上海、[[北京]]、")
    d.city("北京、[[杭州]]的")
    d.metric("分別增長[[約12%]]、", 12, "%", "approx", HZ)
    d.metric("、[[約9%]]、", 9, "%", "approx", HZ)
    d.metric("、[[約15%]]；", 15, "%", "approx", HZ)
    d.city("；[[香港]]旅客")
    d.metric("則[[約560萬人次]]", "560e4", "人次", "approx", HK)
    d.metric("減少[[約3%]]。", 3, "%", "approx", HK)
    d.date("。[[今年國慶]]黃金周", "2026-10-01", "")
    d.metric("入住率達[[97.5%]]。", "97.5", "%", "exact", "")
    d.org("。[[攜程]]數據")
    d.date("顯示，[[11月]]以來", NOV, CD)
    d.city("以來[[成都]]、")
    d.city("成都、[[武漢]]旅客")
    # a city glued to 酒店 is a modifier (GUIDELINES 成都酒店预订量)
    d.city("預訂[[澳門]]酒店")
    d.metric("增長[[逾兩成]]；", 20, "%", "over", MO)
    d.org("；[[澳門航空]]明年")
    d.date("航空[[明年1月]]起", "2027-01", NN)
    d.city("往返[[南寧]]的")
    d.org("。[[國家移民管理局]]上月")
    d.date("管理局[[上月]]宣佈", OCT, "")
    d.date("，[[明年]]起再有", NY, "")
    d.metric("再有[[8個]]內地", 8, "个", "exact", "")
    # P9 the outlook (聖誕, 元旦: the coming ones; 12月 nearest them)
    d.date("[[聖誕]]及元旦", "2026-12-25", "")
    d.date("及[[元旦]]臨近", "2027-01-01", "")
    d.org("，[[澳門酒店協會]]預計")
    d.date("預計[[12月]]酒店", "2026-12", "")
    d.metric("可達[[約95%]]", 95, "%", "approx", "")
    d.metric("上升[[約一成]]。", 10, "%", "approx", "")
    d.org("。[[旅遊局]]預計")
    # 今年全年: 全年 outside the span (GUIDELINES)
    d.date("預計[[今年]]全年", Y, "")
    d.metric("將[[超過4,000萬人次]]", "4000e4", "人次", "over", "")
    d.org("。[[經濟財政司]]表示")
    d.org("，[[特區政府]]將於")
    # 農曆新年 is 春节, the occurrence nearest the reference date; 前
    # outside (GUIDELINES)
    d.date("將於[[農曆新年]]前", "2027-02-06", "")
    d.org("；[[澳門大學]]一位")
    d.date("到[[2030年]]本澳", "2030", "")
    d.metric("增至[[約5萬間]]", "5e4", "间", "approx", "")
    audit = {
        "orgs": ["勞工事務局", "社會保障基金", "統計暨普查局", "旅遊局",
                 "博彩監察協調局", "銀河娛樂集團", "銀娛", "金沙中國",
                 "永利澳門", "美高梅中國", "新濠博亞娛樂",
                 "澳娛綜合度假股份有限公司", "勞工局", "萬豪國際集團",
                 "澳門工會聯合總會", "工聯", "澳門酒店旅業商會",
                 "澳門街坊會聯合總會", "立法會", "澳門旅遊大學",
                 "澳門城市大學", "人才發展委員會", "治安警察局", "攜程",
                 "澳門航空", "國家移民管理局", "澳門酒店協會", "經濟財政司",
                 "特區政府", "澳門大學"],
        "cities": ["澳門", "本澳", "全澳", "在澳", "珠海", "中山", "廣州",
                   "深圳", "上海", "北京", "杭州", "香港", "成都", "武漢",
                   "南寧", "廣東", "內地", "橫琴", "路氹", "菲律賓", "越南",
                   "境外", "城市"],
        # 本澳 (x3, deictic), 全澳, 在澳 (澳 one character), 內地 (x3, a
        # region), 廣東 (a province), 橫琴 (the zone's port, 橫琴口岸),
        # 路氹 (the Cotai strip), 菲律賓, 越南 (countries), 境外, 城市 (x2:
        # 客源城市, 內地城市); 澳門 stands elsewhere
        # inside ORG rows (澳門工會聯合總會 …) and METRICs in 澳門元
        "excluded": ["，[[本澳]]外地", "，[[本澳]]酒店平均", "年[[本澳]]酒店客房",
                     "；[[全澳]]營運", "旗下[[在澳]]酒店", "來自[[內地]]的",
                     "其中[[內地]]旅客", "個[[內地]]城市", "來自[[廣東]]",
                     "及[[橫琴]]口岸", "位於[[路氹]]的", "[[菲律賓]]及越南",
                     "及[[越南]]外僱", "居於[[境外]]", "主要客源[[城市]]",
                     "內地[[城市]]納入"],
        "numbers_excluded": [],
        # 五星級 (x2: a hotel grade, no figure), 一位 (an indefinite)
        "cn_excluded": ["其中[[五]]星級酒店入住率", "，[[五]]星級酒店房價",
                        "大學[[一]]位"],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year on year), 每日 (daily),
        # 月工作 (monthly earnings), 年終 (a year-end bonus), 按季 (each
        # quarter), 黃金周 (after the DATE 今年國慶), 全年 (今年全年: outside
        # the span, GUIDELINES); 同期 only inside 去年同期
        "words_excluded": {"按年": 14, "每日": 1, "月工作": 1, "年終": 1,
                           "按季": 1, "黃金周": 1, "全年": 1, "同期": 0,
                           "當天": 0, "日前": 0},
        # generic heads outside ORG rows: 企業 (x5: 六家綜合旅遊休閒企業 …
        # kinds and read-backs), 局 (當局, the authorities: a read-back);
        # 大學, 集團, 協會, 商會, 總會, 委員會, 基金, 政府, 公司 and 航空 only
        # inside ORG rows
        "orgwords_excluded": {"企業": 5, "公司": 0, "局": 1, "大學": 0,
                              "集團": 0, "協會": 0, "商會": 0, "總會": 0,
                              "委員會": 0, "基金": 0, "政府": 0, "航空": 0},
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)[點点]"
                     r"([〇零一二三四五六七八九]+)", span)
    if m:                       # 百分之四十二點九 -> 42.9 % (new in
        frac = "".join(CN_YEAR_DIGIT[c] for c in m.group(2))   # annotate_
        return Decimal("%d.%s" % (cn_int(m.group(1)), frac)), q, "%"  # ic)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十][一二两兩三四五六七八九十百千零]*)"
                     r"([万萬亿億]?)([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)",
                     span)
    if m and re.search("[十百千]", m.group(1)) and not re.fullmatch(
            "[一二两兩三四五六七八九][十百千]", m.group(1)):
        # a whole number in Chinese numerals with places inside
        # (一百二十六個 -> 126, 三十八個 -> 38; new in annotate_ic.py)
        v = Decimal(cn_whole(m.group(1)))
        if m.group(2):
            v *= MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
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
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:                       # 昨（廿三）日, 今（廿四）日 (Chinese numerals,
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]    # GUIDELINES 廿, 卅;
        day = ref + datetime.timedelta(days=k)          # new in annotate_ic)
        g = m.group(2)
        assert norm == day.isoformat() and day.day == (
            int(g) if g.isdigit() else cn_number(g)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"(\d{1,2}|[十廿卅][一二三四五六七八九]?|"
                        r"[一二三四五六七八九])日", r["text"]):
        return                  # 廿六日 too (new in annotate_ic.py)
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
    if not re.fullmatch(r"((\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}日|底|份)?|\d{1,2}日|[十廿卅][一二三四五六七八九]?日|"
                        r"第?[一二三四1-4]季度?)", tx):    # 九月底, 廿六日 (ic)
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
    written after a ROC year (117年底, 明（116）年底)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首(?:\d+|[一二三四五六七八九十]+)[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    # an end or start of a quarter is the quarter (GUIDELINES 第三季度末 ->
    # YYYY-Q3; new in annotate_fc.py: 第三季末)
    m = re.search(r"第?([一二三四1-4])季度?(末|底|初)$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日", "晚"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 个月, 天 …) needs a statistic cue
    earlier in its clause (平均库存周期约为5.6个月) or a verb of change
    right after it; otherwise it is a duration, no METRIC (GUIDELINES; from
    annotate_hb.py, after annotate_ib.py)."""
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
    annotate_ha.py, after annotate_ib.py)."""
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
    # each declared character (堃 of the GBK article, outside GB2312; 氹 of
    # the UTF-8 Macao article, outside plain Big5 and cp950) stands as
    # often as declared, each time inside its declared word, and in no span
    # (checked per row below; annotate_jb.py's byline-only rule widened to
    # declared words in annotate_ic.py)
    for ch, (word, k) in d.no_span_chars.items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == k, (d.doc_id, ch, places)
        spots = [m.start() + word.index(ch)
                 for m in re.finditer(re.escape(word), d.text)]
        assert spots == places, (d.doc_id, ch, word)
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

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]

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
        # a traditional article is traditional as Macao writes it: OpenCC
        # t2s and back with s2hk gives the text again, but for the forms
        # Macao's papers write where s2hk writes others (here 周/週 of 黃金
        # 周; annotate_jb.py's s2tw round trip, made a Macao one in
        # annotate_ic.py); every declared form must be written
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            assert pairs <= MACAO_FORMS, (d.doc_id, pairs - MACAO_FORMS)
            # every declared form is written (annotate_hb.py's check, as
            # annotate_ga.py kept it)
            assert pairs == MACAO_FORMS, (d.doc_id, MACAO_FORMS - pairs)
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Macao forms (annotate_jc.py's check, after
        # annotate_qc.py)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
        print("OpenCC s2t check passed (%d traditional)" % len(trad))
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
