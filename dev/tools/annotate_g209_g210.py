#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g209_home_renovation_furnishing_subsidies and g210_taiwan_offshore_wind_ports
(annotator GA).

Adapted from the precedent set's tools/annotate_ha.py (now dev/tools/annotate_g203_g204.py) (/tmp/ho37/precedent:
copied and the data changed; a mainland UTF-8 article and a Taiwan
Big5-family article, the pair closest to mine).  It keeps the checks of
annotate_ha.py and its predecessors: strict decoding, offsets, overlaps, span
edges, formats, calendar-valid DATEs, METRIC values re-derived from the span,
ORG/CITY/unit normalizations against OpenCC t2s, audits of digits, Latin
words, Chinese numerals, time characters, city strings, ORG words and ORG
strings, the independent `city` rule computed and asserted against my hand
value on every DATE/METRIC row, the month and day a DATE span writes, the
precision a DATE span writes, the holiday table by exact span and the
holidays recomputed without it (by region), ROC years only in a Taiwan text
and between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date (上周五,
上週五, 本週四 to the day of their week, 上周/上週 to its ISO week, 昨日,
昨（23）日, 两年前/兩年前), 上月 as a baseline after a comparison word, the
bare-day month rule, a bare month, day or quarter in the reference year,
去年同期 a year before its sentence's period, the bracketed gloss, the 约占
check, markers before, touching and after a span, 约为/约有 as separated
markers, the declared shared unit, the declared organizations of each
article, the narrowest codec, the OpenCC t2s-then-s2tw round trip of the
traditional article, check_time_metric (a figure in a time unit needs a
statistic cue) and check_collective (a Chinese-numeral count right after a
list of as many items is its collective label, no METRIC).  New here:
check_forward (after 明年 in a sentence, a month, quarter or 年底 written
without a year is its next occurrence from the reference date, GUIDELINES).  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded (the BOM of g209 removed, nothing else changed):

- g209 is simplified (mainland, 中国经济导报, 2026-11-17), stored as UTF-8
  WITH a BOM (EF BB BF, then the title's 厨 = E5 8E A8).  utf-8-sig reads
  the text; plain utf-8 keeps U+FEFF in front of it (one code point that
  would shift every offset).  Every non-ASCII character is three bytes (no
  four-byte one), every character is GB2312 (so GBK and GB18030 too), and
  OpenCC t2s leaves the article unchanged.  Its byline 中国经济导报记者 方静怡
  stands on line 3 (中国经济导报 is an ORG by GUIDELINES' byline rule; the
  line names no place).
- g210 is traditional (Taiwan, 經濟日報, 2026-11-24), stored as cp950 (Big5
  as Taiwan writes it) without a BOM; the title's 離 (C2 F7) opens the
  file.  One character is outside plain Big5: 碁 (cp950 F9 D6, one of the
  ETEN extensions) of 宏碁, once, inside its ORG row; so plain big5 fails on
  the file and cp950 is the narrowest codec that reads it (GUIDELINES: Big5
  is tried plain, then as Taiwan writes it).  One character is written in a
  code where plain Big5 and cp950 differ: the byline's ／ (cp950 A1 FE;
  plain Big5's own code A2 41 is absent; plain Big5 reads A1 FE as ／ too
  but would write it A2 41): it stands once, on the byline line, in no
  span.  Big5-HKSCS reads the file alike.  Every non-ASCII character is two
  bytes.  UTF-8, UTF-16 and the GB codecs fail or read another text.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市).
  A Taiwan text: 2-3 digit years before 年 are ROC years (民國119年 = 2030,
  120年 = 2031, 民國124年 = 2035, 114年 = 2025, 今（115）年 = 2026,
  明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho37/precedent:
README, NOTES_ha/hb/hc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g209_g210.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ha.py: a UTF-8 mainland article WITH a BOM in place
of the one without (exactly one BOM EF BB BF; utf-8-sig reads the text,
plain utf-8 keeps U+FEFF in front; three bytes a non-ASCII character; the
title's 厨 right after the BOM; every character GB2312; the GB and Big5
codecs and UTF-16 fail or read another text, with the BOM and without it:
precedent annotate_hc.py's block, made a simplified one again); a cp950
Taiwan article in place of the plain-Big5 one (cp950 reads and round-trips
it; plain big5 fails on it; the characters outside plain Big5 are exactly
the declared ones (碁), each only in its declared word (宏碁), inside that
word's ORG rows; the characters whose plain-Big5 and cp950 codes differ are
declared with the bytes written (／ as cp950's A1 FE) and stand only on the
byline line, in no span; plain big5 reads every line without a declared
outside character alike; Big5-HKSCS reads the file alike; two bytes a
non-ASCII character; the GB codecs, UTF-8 and UTF-16 fail or read another
text); the holiday table as these articles name them (今年国庆, 元旦, 春节;
春節); the Taiwan forms of the round trip are 台, 占, 布 and 畫 (計畫: s2tw
劃), each asserted to occur; the collective labels 四类, 两地 (g209) and
兩地, 三地 (g210); check_forward (new); units %, 元, 人次, 个, 家, 户, 笔,
台, 单, 倍, 天, 件, 批次, and GW, 家, 元, 度, %, 座, 平方公里, 百分点, 艘,
公吨, 吨, 倍, 公顷, 人, 组, 人次.  Re-run (from anywhere):

    python3 dev/tools/annotate_g209_g210.py
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
G209 = "g209_home_renovation_furnishing_subsidies"
G210 = "g210_taiwan_offshore_wind_ports"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G209: ("utf-8", BOM8, False, "2026-11-17", "中国经济导报"),
    G210: ("cp950", b"", True, "2026-11-24", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G209: [], G210: []}
# characters of the cp950 article outside plain Big5, with their cp950
# bytes, the one word each stands in and how often: 碁 of 宏碁 (an ETEN
# extension, F9 D6), once; every occurrence inside an ORG row of that word
OUTSIDE_BIG5 = {G210: {"碁": (b"\xf9\xd6", "宏碁", 1)}}
# characters whose plain-Big5 and cp950 codes differ that the cp950 article
# writes, with the bytes it writes them in (cp950's) and plain Big5's own
# code (absent from the file): ／ of the byline (cp950 A1 FE, which plain
# big5 reads as ／ too; big5 writes ／ as A2 41, which cp950 reads as ∕); on
# the byline line (the third line) only, once, in no span
CP950_FORMS = {G210: {"／": (b"\xa1\xfe", b"\xa2\x41")}}
# the first character of each file (after the BOM), with its bytes
FIRST_CHAR = {G209: ("厨", b"\xe5\x8e\xa8"), G210: ("離", b"\xc2\xf7")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G210}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ha.py's list, with the wind-power and finance words of g210
# added)
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
                   "选离码头装积级纪吨顷训练课预绿买签约团额范协调")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 (s2tw 臺), 占 of 占全國/占比/已占 (佔), 布 of 公布/布局 (佈), 畫 of 計畫
# (劃); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g209 (mainland, 2026-11-17): 今年国庆 2026-10-01, the one just past (a year
# word before a holiday is inside the span; 假期 outside); 元旦 2027-01-01
# and 春节 2027-02-06 (正月初一 of 2027), the coming ones (随着元旦、春节临近).
# g210 (Taiwan, 2026-11-24): 春節 2027-02-06, the coming one (春節前).
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "春節": "2027-02-06",
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
    # g209 (2026: the municipalities 北京, 上海, 重庆; the prefecture-level
    # cities 广州, 深圳, 佛山, 东莞, 潮州 (广东), 杭州 (浙江), 成都 (四川),
    # 武汉 (湖北), 西安 (陕西), 郑州 (河南), 长沙 (湖南); the county-level
    # cities 南安 (福建泉州) and 开平 (广东江门), each written after its
    # province)
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "深圳": "深圳市",
    "杭州": "杭州市", "成都": "成都市", "武汉": "武汉市", "重庆": "重庆市",
    "佛山": "佛山市", "东莞": "东莞市", "潮州": "潮州市", "南安": "南安市",
    "开平": "开平市", "西安": "西安市", "郑州": "郑州市", "长沙": "长沙市",
    # g210 (traditional spans; Taiwan's special municipalities 台北, 台中,
    # 台南, 高雄 by their full names)
    "台北": "台北市", "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# Chinese names (SPEC); every other (mainland or Taiwan) city ends with 市
# (none here)
NO_SHI = set()
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟部能源署": "经济部能源署", "能源署": "能源署", "沃旭能源": "沃旭能源",
    "哥本哈根基礎建設基金": "哥本哈根基础建设基金", "CIP": "CIP",
    "達德能源": "达德能源", "允能風力發電公司": "允能风力发电公司",
    "環境部": "环境部", "交通部航港局": "交通部航港局",
    "台灣電力公司": "台湾电力公司", "台電": "台电",
    "台灣港務公司": "台湾港务公司", "台中港務分公司": "台中港务分公司",
    "高雄港務分公司": "高雄港务分公司", "基隆港務分公司": "基隆港务分公司",
    "台中市政府經濟發展局": "台中市政府经济发展局",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "台南市政府": "台南市政府", "中鋼": "中钢",
    "興達海洋基礎": "兴达海洋基础", "天力離岸風電科技": "天力离岸风电科技",
    "世紀鋼": "世纪钢", "世紀風電": "世纪风电",
    "台船環海風電工程": "台船环海风电工程", "華城電機": "华城电机",
    "士林電機": "士林电机", "大亞電線電纜": "大亚电线电缆",
    "西門子歌美颯": "西门子歌美飒", "維斯塔斯": "维斯塔斯",
    "勞動部勞動力發展署": "劳动部劳动力发展署",
    "台灣風能訓練公司": "台湾风能训练公司", "台積電": "台积电",
    "聯電": "联电", "宏碁": "宏碁", "國泰人壽": "国泰人寿",
    "國泰電業": "国泰电业", "兆豐銀行": "兆丰银行", "台灣銀行": "台湾银行",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "台灣離岸風電產業協會": "台湾离岸风电产业协会",
    "歐洲在台商務協會": "欧洲在台商务协会",
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
        if enc == "utf-8":      # UTF-8 WITH A BOM (precedent annotate_hc.py's
            # block, after annotate_ia.py's, made a simplified article's
            # again, with annotate_ha.py's GB2312 check): exactly one BOM
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
            # every character is GB2312 (so GBK and GB18030 too): a reader
            # that wrongly tries a GB codec first gets another text or fails
            assert all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ka.py, annotate_hc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
        if enc == "cp950":      # BIG5 AS TAIWAN WRITES IT (cp950; new in
            # annotate_ga.py, after annotate_ha.py's plain-Big5 block and
            # precedent IA's cp950 file): cp950 reads and round-trips the
            # file (above), plain big5 does not (the narrowest-codec check
            # above); no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            assert not decodes(raw, "big5"), (doc_id, "plain big5")
            # the characters outside plain Big5 are exactly the declared
            # ones, written in cp950 with the declared bytes, inside
            # Big5-HKSCS too, and each only in its declared word with its
            # declared count; every occurrence lies inside an ORG row of
            # that word (check())
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            declared = OUTSIDE_BIG5[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, (code, word, k) in declared.items():
                assert c.encode("cp950") == code and code in raw, (doc_id, c)
                assert enc_ok(c, "big5hkscs"), (doc_id, c)
                assert c in word and \
                    self.text.count(c) == self.text.count(word) == k, c
                self.in_org_span[c] = [word]
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones, written in cp950's code (／ as
            # A1 FE); plain Big5's own code for them is absent; plain big5
            # reads the written bytes as the same character but writes it
            # with its own code (no round trip)
            diff = sorted({c for c in self.text if enc_ok(c, "big5") and
                           c.encode("big5") != c.encode("cp950")})
            forms = CP950_FORMS[doc_id]
            assert diff == sorted(forms), (doc_id, diff)
            for c, (code, big5_code) in forms.items():
                assert c.encode("cp950") == code and code in raw, c
                assert c.encode("big5") == big5_code and \
                    big5_code not in raw, c
                assert code.decode("big5") == c, c
                assert big5_code.decode("cp950") != c, c
            # plain big5 reads every line without a declared outside
            # character alike (the file would be a plain-Big5 file but for
            # 碁); the line holding ／ too
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in declared for c in line):
                    assert line.encode("cp950").decode("big5") == line, line
            # the declared cp950 forms stand on the byline line (line 3),
            # once each (and in no span: check())
            for c in forms:
                assert self.text.count(c) == 1 and c in lines[2], c
            self.no_span_chars = sorted(forms)
            # Big5-HKSCS (a superset holding the ETEN extensions) reads the
            # file alike
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
# g209 Home renovation and furnishing, November 2026: 商务部 昨日（11月16日）
# on the kitchen-and-bathroom trade-in subsidies (今年1月至10月; 10月 against
# 上月 as a baseline); 中国建筑材料流通协会 同日 (10月; 今年前10个月 against
# 去年同期); the policy (国家发展改革委, 财政部 今年3月; 商务部 10月底); the
# cities (北京市商务局 on 北京, 上海市商务委员会 on 上海, 广州市商务局 上周 on
# 广州 今年6月, 深圳市商务局 on 深圳 本月, 杭州市商务局 on 杭州 前三季度;
# 成都, 武汉, 重庆 10月); furniture and building-material companies (欧派家居
# 三季度; 索菲亚, 顾家家居, 志邦家居; 箭牌家居 上月 in 佛山; 九牧, 恒洁, 惠达
# 卫浴; 东鹏控股, 蒙娜丽莎集团 against 去年); platforms and stores (京东 上周;
# 天猫, 拼多多, 抖音 10月; 红星美凯龙, 居然之家 今年国庆; 土巴兔, 齐家网 上月;
# 贝壳 and its 圣都家装 in 北京, 上海, 杭州); kitchen appliances (奥维云网 10月
# against 两年前; 方太 上周五 in 杭州; 华帝); the producing cities (佛山海关
# 今年前10个月 on 佛山; 广东省家具协会 on 佛山、东莞两地 四季度; 潮州市陶瓷行业
# 协会 on 潮州; 泉州海关 on 南安 10月 against 去年同期; 开平); finance and
# quality (中国建设银行, 招商银行; 中国银联 上月; 市场监管总局 本月; 中国消费者
# 协会 前三季度); the outlook (中国建筑装饰协会 on 元旦, 春节, 12月, 年底,
# 2025年, 明年一季度; 中国家具协会 and 全国工商联家具装饰业商会 明年 in 西安,
# 郑州, 长沙; 奥维云网 明年).  Simplified, UTF-8 with BOM, 2026-11-17 (a
# Tuesday, ISO week 2026-W47), 中国经济导报; the byline 中国经济导报记者 方静怡
# on line 3.  昨日 2026-11-16; 上周五 2026-11-13; 上周 2026-W46; 上月
# 2026-10, and 2026-09 as a baseline after 较 in a sentence of 10月; 明年
# 2027; 去年 2025; 去年同期 2025 (after 今年前10个月) and 2025-10 (after 10月).
# ===========================================================================
@doc
def g209():
    d = Doc(G209)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ, SH, GZ, SZ, HZ = "北京市", "上海市", "广州市", "深圳市", "杭州市"
    CQ, FS, DG, CZ, NA, XA = ("重庆市", "佛山市", "东莞市", "潮州市", "南安市",
                              "西安市")
    # title (a heading that opens with no city: no city section)
    d.date("卖场[[前10个月]]销售额", Y, "")
    d.metric("销售额增长[[6.8%]]\n", "6.8", "%", "exact", "")
    # byline 中国经济导报记者 方静怡 (GUIDELINES: a name ending in 报 right
    # before 记者 at the start of a line is the outlet; a heading that opens
    # with an ORG, no city section)
    d.org("\n\n[[中国经济导报]]记者")
    # P1 商务部 and 中国建筑材料流通协会
    d.date("家装消费在[[四季度]]延续", "2026-Q4", "")
    d.org("。[[商务部]]昨日")
    d.date("商务部[[昨日]]（11月16日）", "2026-11-16", "")
    d.date("昨日（[[11月16日]]）", "2026-11-16", "")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，家装", OCT, "")
    d.metric("商品销售额[[约1860亿元]]", "1860e8", "元", "approx", "")
    d.metric("同比增长[[约23%]]", 23, "%", "approx", "")
    d.metric("消费者[[超过860万人次]]", "860e4", "人次", "over", "")
    d.date("；其中[[10月]]销售额", OCT, "")
    d.metric("销售额[[约238亿元]]", "238e8", "元", "approx", "")
    d.date("较[[上月]]增长7.4%", "2026-09", "")
    d.metric("上月增长[[7.4%]]", "7.4", "%", "exact", "")
    d.org("。[[中国建筑材料流通协会]]同日")
    d.date("流通协会[[同日]]公布", "2026-11-16", "")
    d.date("公布，[[10月]]全国规模", OCT, "")
    d.metric("销售额为[[1362.5亿元]]", "1362.5e8", "元", "exact", "")
    d.metric("同比增长[[8.3%]]", "8.3", "%", "exact", "")
    d.date("，[[今年前10个月]]累计", Y, "")
    d.metric("累计销售额[[约1.21万亿元]]", "1.21e12", "元", "approx", "")
    d.date("较[[去年同期]]增长6.8%", LY, "")
    d.metric("同期增长[[6.8%]]。", "6.8", "%", "exact", "")
    # P2 the policy
    d.org("\n\n[[国家发展改革委]]、")
    d.org("、[[财政部]]今年3月")
    d.date("财政部[[今年3月]]印发", "2026-03", "")
    d.metric("按售价的[[15%]]给予", 15, "%", "exact", "")
    # 最高 sets no qualifier (GUIDELINES: 最多 and 最高 leave the figure exact)
    d.metric("每件最高补贴[[2000元]]", 2000, "元", "exact", "")
    d.org("。[[商务部]]相关")
    d.date("截至[[10月底]]，", OCT, "")
    d.metric("已有[[超过260个]]城市", 260, "个", "over", "")
    d.metric("门店[[约4.6万家]]", "4.6e4", "家", "approx", "")
    d.metric("补贴资金[[约142亿元]]", "142e8", "元", "approx", "")
    d.metric("商品占比[[近六成]]", 60, "%", "approx", "")
    # P3 the cities
    d.org("。[[北京市商务局]]数据")
    d.city("显示，[[北京]]今年")
    d.date("北京[[今年]]以来", Y, BJ)
    d.metric("带动销售额[[约96亿元]]", "96e8", "元", "approx", BJ)
    d.metric("惠及[[约41万户]]家庭", "41e4", "户", "approx", BJ)
    d.org("；[[上海市商务委员会]]表示")
    d.city("表示，[[上海]]10月")
    d.date("上海[[10月]]厨卫", OCT, SH)
    d.metric("同比增长[[约35%]]", 35, "%", "approx", SH)
    d.metric("平均补贴[[约1380元]]", 1380, "元", "approx", SH)
    d.org("。[[广州市商务局]]上周")
    d.date("商务局[[上周]]发布", "2026-W46", GZ)
    d.city("发布，[[广州]]自今年")
    d.date("广州自[[今年6月]]启动", "2026-06", GZ)
    d.metric("申请[[超过18万笔]]", "18e4", "笔", "over", GZ)
    d.org("；[[深圳市商务局]]则表示")
    d.city("则表示，[[深圳]]已将")
    d.metric("提高到[[20%]]", 20, "%", "exact", SZ)
    d.date("，[[本月]]以来", "2026-11", SZ)
    d.metric("以来[[约3200户]]老人", 3200, "户", "approx", SZ)
    d.org("。[[杭州市商务局]]统计")
    d.city("统计，[[杭州]]前三季度")
    d.date("杭州[[前三季度]]发放", Y, HZ)
    d.metric("家装补贴[[约7.8亿元]]", "7.8e8", "元", "approx", HZ)
    d.city("，[[成都]]、武汉")
    d.city("成都、[[武汉]]、重庆")
    d.city("武汉、[[重庆]]等城市")
    d.date("也在[[10月]]追加", OCT, CQ)
    d.metric("合计[[约15亿元]]", "15e8", "元", "approx", CQ)
    # P4 furniture and building-material companies
    d.org("。[[欧派家居]]三季度")
    d.date("欧派家居[[三季度]]营业", "2026-Q3", "")
    d.metric("营业收入[[约52.6亿元]]", "52.6e8", "元", "approx", "")
    d.metric("同比增长[[4.1%]]", "4.1", "%", "exact", "")
    d.metric("厨柜业务增长[[约9%]]", 9, "%", "approx", "")
    d.org("；[[索菲亚]]、")
    d.org("、[[顾家家居]]、")
    d.org("、[[志邦家居]]等企业")
    d.date("等企业[[前三季度]]在补贴", Y, "")
    d.metric("客流增长[[超过25%]]", 25, "%", "over", "")
    d.org("，[[箭牌家居]]相关")
    d.date("坐便器[[前三季度]]销量", Y, FS)
    d.metric("销量[[超过120万台]]", "120e4", "台", "over", FS)
    d.metric("同比增长[[约28%]]", 28, "%", "approx", FS)
    d.date("，[[上月]]在佛山", OCT, FS)
    d.city("上月在[[佛山]]新增")
    d.metric("年产[[50万台]]的", "50e4", "台", "exact", FS)
    d.org("；[[九牧]]、")
    d.org("、[[恒洁]]、")
    d.org("、[[惠达卫浴]]等企业")
    d.metric("集中在[[3000]]至8000元", 3000, "元", "exact", "", shared="元")
    d.metric("3000至[[8000元]]", 8000, "元", "exact", "")
    d.org("瓷砖企业[[东鹏控股]]、")
    d.org("、[[蒙娜丽莎集团]]称")
    d.date("从[[去年]]的约18%", LY, "")
    d.metric("去年的[[约18%]]", 18, "%", "approx", "")
    d.metric("升至[[约31%]]", 31, "%", "approx", "")
    # P5 platforms and stores
    d.org("。[[京东]]数据")
    d.date("显示，[[上周]]平台", "2026-W46", "")
    d.metric("环比增长[[约42%]]", 42, "%", "approx", "")
    d.metric("增长[[超过1倍]]", 1, "倍", "over", "")
    d.org("；[[天猫]]、")
    d.org("、[[拼多多]]、")
    d.org("、[[抖音]]等平台")
    d.date("等平台[[10月]]家装", OCT, "")
    d.metric("均在[[15%以上]]", 15, "%", "over", "")
    d.org("。[[红星美凯龙]]、")
    d.org("、[[居然之家]]旗下")
    d.date("卖场[[今年国庆]]假期", "2026-10-01", "")
    d.metric("同比增长[[约19%]]", 19, "%", "approx", "")
    d.metric("成交额[[约63亿元]]", "63e8", "元", "approx", "")
    d.org("，[[土巴兔]]、")
    d.org("、[[齐家网]]等平台")
    d.date("等平台[[上月]]新增", OCT, BJ)
    d.metric("改造订单[[约12.6万单]]", "12.6e4", "单", "approx", BJ)
    d.org("，[[贝壳]]旗下")
    d.org("旗下的[[圣都家装]]在")
    d.city("在[[北京]]、上海、杭州等")
    d.city("北京、[[上海]]、杭州等")
    d.city("上海、[[杭州]]等12个")
    d.metric("等[[12个]]城市", 12, "个", "exact", HZ)
    # 平均 is the statistic cue that makes 7天 a METRIC (GUIDELINES)
    d.metric("缩短至[[7天]]", 7, "天", "exact", HZ)
    # P6 kitchen appliances
    d.org("。[[奥维云网]]监测")
    d.date("显示，[[10月]]洗碗机", OCT, "")
    d.metric("零售额同比增长[[约31%]]", 31, "%", "approx", "")
    d.metric("零售量[[约18.5万台]]", "18.5e4", "台", "approx", "")
    d.date("较[[两年前]]增长", "2024", "")
    d.metric("增长[[近五成]]", 50, "%", "approx", "")
    d.org("。[[方太]]相关")
    d.date("公司[[上周五]]在杭州", "2026-11-13", HZ)
    d.city("上周五在[[杭州]]启动")
    d.metric("订单[[突破1.2万单]]", "1.2e4", "单", "over", HZ)
    d.org("；[[华帝]]则称")
    d.date("套餐[[前三季度]]销量", Y, "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    # P7 the producing cities
    d.org("。[[佛山海关]]统计")
    d.date("统计，[[今年前10个月]]佛山", Y, FS)
    d.city("今年前10个月[[佛山]]出口")
    d.metric("出口家具[[约286亿元]]", "286e8", "元", "approx", FS)
    d.metric("同比增长[[5.6%]]", "5.6", "%", "exact", FS)
    d.org("；[[广东省家具协会]]预计")
    d.city("预计，[[佛山]]、东莞")
    d.city("佛山、[[东莞]]两地")
    d.date("家具企业[[四季度]]内销", "2026-Q4", DG)
    d.metric("将增长[[一成以上]]", 10, "%", "over", DG)
    d.org("。[[潮州市陶瓷行业协会]]数据")
    d.city("显示，[[潮州]]卫生陶瓷")
    d.date("陶瓷企业[[前三季度]]内销量", Y, CZ)
    d.metric("内销量增长[[约14%]]", 14, "%", "approx", CZ)
    d.metric("产量[[突破800万件]]", "800e4", "件", "over", CZ)
    d.org("。[[泉州海关]]数据")
    d.city("福建[[南安]]10月")
    d.date("南安[[10月]]水暖", OCT, NA)
    d.metric("出口额[[约4.1亿元]]", "4.1e8", "元", "approx", NA)
    d.date("较[[去年同期]]增长3.2%", "2025-10", NA)
    d.metric("同期增长[[3.2%]]", "3.2", "%", "exact", NA)
    d.city("广东[[开平]]的水暖")
    # P8 finance and quality
    d.org("。[[中国建设银行]]、")
    d.org("、[[招商银行]]等推出")
    d.org("，[[建设银行]]今年")
    d.date("建设银行[[今年]]已投放", Y, "")
    d.metric("消费贷款[[约312亿元]]", "312e8", "元", "approx", "")
    d.org("，[[招商银行]]单户")
    d.metric("额度最高[[20万元]]", "20e4", "元", "exact", "")
    d.org("；[[中国银联]]上月")
    d.date("中国银联[[上月]]联合", OCT, "")
    d.metric("立减[[300元]]", 300, "元", "exact", "")
    d.org("，[[市场监管总局]]本月")
    d.date("监管总局[[本月]]通报", "2026-11", "")
    d.metric("坐便器[[126批次]]", 126, "批次", "exact", "")
    d.metric("不合格[[9批次]]", 9, "批次", "exact", "")
    d.org("；[[中国消费者协会]]前三季度")
    d.date("消费者协会[[前三季度]]受理", Y, "")
    d.metric("投诉[[约2.3万件]]", "2.3e4", "件", "approx", "")
    d.metric("同比下降[[约11%]]", 11, "%", "approx", "")
    # P9 the outlook
    d.org("，[[中国建筑装饰协会]]预计")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[12月]]家装", "2026-12", "")
    d.date("，[[年底]]全国", Y, "")
    d.metric("有望[[突破2.8万亿元]]", "2.8e12", "元", "over", "")
    d.date("高于[[2025年]]的", LY, "")
    d.metric("2025年的[[约2.6万亿元]]", "2.6e12", "元", "approx", "")
    d.date("；[[明年一季度]]局部", "2027-Q1", "")
    d.metric("保持[[约10%]]的增长", 10, "%", "approx", "")
    d.org("。[[中国家具协会]]相关")
    d.date("表示，[[明年]]将联合", NY, XA)
    d.org("联合[[全国工商联家具装饰业商会]]在")
    d.city("在[[西安]]、")
    d.city("、[[郑州]]、")
    d.city("、[[长沙]]等地")
    d.org("；[[奥维云网]]则预计")
    d.date("预计，[[明年]]厨卫", NY, "")
    d.metric("将增长[[约12%]]", 12, "%", "approx", "")
    audit = {
        "orgs": ["中国经济导报", "商务部", "中国建筑材料流通协会",
                 "国家发展改革委", "财政部", "北京市商务局", "上海市商务委员会",
                 "广州市商务局", "深圳市商务局", "杭州市商务局", "欧派家居",
                 "索菲亚", "顾家家居", "志邦家居", "箭牌家居", "九牧", "恒洁",
                 "惠达卫浴", "东鹏控股", "蒙娜丽莎集团", "京东", "天猫",
                 "拼多多", "抖音", "红星美凯龙", "居然之家", "土巴兔", "齐家网",
                 "贝壳", "圣都家装", "奥维云网", "方太", "华帝", "佛山海关",
                 "广东省家具协会", "潮州市陶瓷行业协会", "泉州海关",
                 "中国建设银行", "招商银行", "建设银行", "中国银联",
                 "市场监管总局", "中国消费者协会", "中国建筑装饰协会",
                 "中国家具协会", "全国工商联家具装饰业商会"],
        "cities": ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉",
                   "重庆", "佛山", "东莞", "潮州", "南安", "开平", "泉州",
                   "江门", "西安", "郑州", "长沙", "广东", "福建", "全国",
                   "各地", "多地", "城市", "中国", "当地", "国内"],
        # 广东 (x2 outside ORG rows: 广东开平 before its county-level city;
        # once more inside 广东省家具协会), 福建 (福建南安): provinces, SPEC;
        # 全国 (x3: deictic; once more inside 全国工商联家具装饰业商会), 多地
        # (x2), 各地 (deictic), 城市 (x4: generic); 泉州 stands only inside
        # its customs ORG; 中国 only inside ORG rows; 两地 is the collective
        # label below
        "excluded": ["[[广东]]开平", "[[福建]]南安", "10月[[全国]]规模",
                     "，[[全国]]已有", "年底[[全国]]家装",
                     "随着[[多地]]家装", "联合[[多地]]商务",
                     "[[各地]]补贴", "260个[[城市]]", "补贴[[城市]]的",
                     "重庆等[[城市]]", "12个[[城市]]"],
        "numbers_excluded": [],
        "cn_excluded": [],
        # collective labels of lists just given (GUIDELINES: 两地, 五市; a
        # small count after a list of as many items, whatever its measure
        # word: 餐饮、休闲娱乐和夜间文旅三类)
        "collectives": [("橱柜和瓷砖[[四]]类", 4), ("东莞[[两]]地", 2)],
        "latin_excluded": [],
        # time words that are no DATE: 年产 (annual capacity), 首日 (the
        # first day of a sale), 明显 (clearly), 同期 only inside 去年同期
        # rows; 当天, 同月 none
        "words_excluded": {"年产": 1, "首日": 1, "明显": 1, "同期": 0,
                           "当天": 0, "同月": 0},
        # generic words outside ORG rows: 协会 (none outside rows), 部门 (x1:
        # 商务主管部门, a kind), 银行 (none outside rows), 平台 (x4: 等平台
        # x2, 平台厨卫, 家装平台: kinds), 企业 (not audited), 集团 (only
        # inside 蒙娜丽莎集团), 海关 and 商务局 only inside ORG rows; 商务部
        # only inside ORG rows (商务主管部门 holds no 商务部); 机构 (x1: 金融
        # 机构, a kind)
        "orgwords_excluded": {"协会": 0, "部门": 1, "银行": 0, "平台": 4,
                              "集团": 0, "海关": 0, "商务局": 0, "商会": 0,
                              "商务部": 0, "机构": 1},
        "orgstring_excluded": [],
    }
    return d, audit



# ===========================================================================
# g210 Offshore wind power and Taiwan's ports, November 2026: 經濟部能源署
# 昨（23）日 on the selection of the zonal development's third round (沃旭能源,
# 哥本哈根基礎建設基金 (CIP), 達德能源; 民國119年至120年間, 民國124年); the
# round's commitments (達德能源 and its 允能風力發電公司, 明（116）年第2季;
# 環境部 上週五（20日）; 交通部航港局 上月); generation (台灣電力公司 (台電)
# 今年前10月 against 去年同期, 明年第1季; 沃旭能源 今（115）年第3季, 上月); the
# ports (台灣港務公司 今年3月; 台中港務分公司 今年前10月 against 兩年前, 9月;
# 高雄港務分公司; 基隆港務分公司 明年); the harbour cities (台中市政府經濟發展局
# on 台中; 高雄市政府經濟發展局 on 高雄 今年前3季 against 去年同期; 台南市政府
# on 台南 明年上半年; 台中、高雄兩地 今年); local suppliers (中鋼 and its 興達
# 海洋基礎, 天力離岸風電科技, 世紀鋼 昨日 and its 世紀風電, 台船環海風電工程
# 第4季, 華城電機, 士林電機, 大亞電線電纜 前3季); turbine makers and training
# (西門子歌美颯 今年前3季 against 去年同期; 維斯塔斯 明年; 勞動部勞動力發展署,
# 台灣風能訓練公司, 台中、高雄、台南三地); buyers and finance (台積電, 聯電,
# 宏碁; 能源署 10月底; 國泰人壽 and its 國泰電業 上週 in 台北; 兆豐銀行, 台灣
# 銀行; 金融監督管理委員會 (金管會) 今年前3季 against 去年底); the outlook
# (台灣離岸風電產業協會 114年; 歐洲在台商務協會 明年; 今年11月至明年2月, 明年4月
# 至9月; 能源署 本週四（26日）, 12月底; 春節).  Traditional as Taiwan writes it
# (台, 占, 公布, 布局, 計畫, 前10月, 前3季, 第3季, 上週, 本週四, 年增, 新台幣,
# 個百分點, 公噸, 公頃, ROC years), cp950 without BOM (碁 of 宏碁 outside plain
# Big5), 2026-11-24 (a Tuesday, ISO week 2026-W48), 經濟日報; the byline
# 記者陳怡安／台北報導 on line 3 (no outlet named; ／ in no span).  昨（23）日
# and 昨日 2026-11-23; 上週五 2026-11-20; 本週四 2026-11-26; 上週 2026-W47;
# 上月 2026-10; 明年 2027; 去年底 2025; 去年同期 2025 (after 今年前10月 and
# 今年前3季, periods with no ISO form).
# ===========================================================================
@doc
def g210():
    d = Doc(G210)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    TP, TC, KH, TN = "台北市", "台中市", "高雄市", "台南市"
    # title (a heading that opens with no city: 台中港 is a port, no city)
    d.date("碼頭[[前10月]]裝卸量", Y, "")
    d.metric("裝卸量增[[逾三成]]\n", 30, "%", "over", "")
    # byline 記者陳怡安／台北報導 (no outlet named; ／ in no span; a heading
    # that opens with no city)
    d.city("／[[台北]]報導")
    # P1 能源署's selection
    d.org("\n\n[[經濟部能源署]]昨")
    d.date("能源署[[昨（23）日]]公布", "2026-11-23", "")
    d.metric("核配容量[[約3.2GW]]", "3.2", "GW", "approx", "")
    d.org("由[[沃旭能源]]、")
    d.org("、[[哥本哈根基礎建設基金]]（")
    d.org("（[[CIP]]）")
    d.org("、[[達德能源]]等6家")
    d.metric("等[[6家]]開發商", 6, "家", "exact", "")
    d.date("預計於[[民國119年]]至", "2030", "")
    d.date("至[[120年]]間", "2031", "")
    d.metric("約新台幣[[4,800億元]]", "4800e8", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[能源署]]表示，加上")
    d.date("可望在[[民國124年]]達到", "2035", "")
    d.metric("達到[[13.1GW]]", "13.1", "GW", "exact", "")
    d.metric("可提供[[約480億度]]綠電", "480e8", "度", "approx", "")
    # P2 the round's commitments
    d.metric("，[[6家]]得標", 6, "家", "exact", "")
    d.metric("合計[[約1,260億元]]", "1260e8", "元", "approx", "")
    d.metric("增加[[約18%]]", 18, "%", "approx", "")
    d.org("。[[能源署]]官員")
    d.org("，[[沃旭能源]]取得")
    d.metric("取得的[[兩座]]風場", 2, "座", "exact", "")
    d.metric("合計[[約1.1GW]]", "1.1", "GW", "approx", "")
    d.org("；[[達德能源]]則表示")
    d.org("旗下[[允能風力發電公司]]的")
    d.date("預計[[明（116）年第2季]]啟動", "2027-Q2", "")
    d.org("。[[環境部]]上週五")
    d.date("環境部[[上週五]]（20日）", "2026-11-20", "")
    d.date("上週五（[[20日]]）", "2026-11-20", "")
    d.metric("其中[[兩座]]風場", 2, "座", "exact", "")
    d.org("，[[交通部航港局]]上月")
    d.date("航港局[[上月]]也", OCT, "")
    d.metric("釋出[[約180平方公里]]", 180, "平方公里", "approx", "")
    # P3 generation
    d.org("。[[台灣電力公司]]（")
    d.org("（[[台電]]）統計")
    d.date("統計，[[今年前10月]]離岸", Y, "")
    d.metric("發電量[[約118億度]]", "118e8", "度", "approx", "")
    d.metric("年增[[約34%]]", 34, "%", "approx", "")
    d.metric("總發電量[[約5.2%]]", "5.2", "%", "approx", "")
    d.date("較[[去年同期]]提高", LY, "")
    d.metric("提高[[1.3個百分點]]", "1.3", "百分点", "exact", "")
    d.org("，[[台電]]並預計")
    d.date("並預計[[明年第1季]]完成", "2027-Q1", "")
    d.metric("併網容量[[約1.5GW]]", "1.5", "GW", "approx", "")
    d.org("。[[沃旭能源]]表示，旗下")
    d.date("已於[[今（115）年第3季]]全面", "2026-Q3", "")
    d.date("，[[上月]]起由", OCT, "")
    d.metric("派出[[約15艘]]", 15, "艘", "approx", "")
    d.metric("減碳[[約260萬公噸]]", "260e4", "公吨", "approx", "")
    # P4 the ports
    d.org("。[[台灣港務公司]]表示，台中港")
    d.date("重件碼頭[[今年3月]]完工", "2026-03", "")
    d.metric("提供[[3座]]風場", 3, "座", "exact", "")
    d.org("。[[台中港務分公司]]統計")
    d.date("統計，[[今年前10月]]港區", Y, "")
    d.metric("裝卸量[[約68萬噸]]", "68e4", "吨", "approx", "")
    d.metric("年增[[逾三成]]，較", 30, "%", "over", "")
    d.date("較[[兩年前]]成長", "2024", "")
    d.metric("成長[[約1.6倍]]", "1.6", "倍", "approx", "")
    d.date("其中[[9月]]裝卸量", "2026-09", "")
    d.metric("裝卸量達[[9.2萬噸]]", "9.2e4", "吨", "exact", "")
    d.org("。[[高雄港務分公司]]則")
    d.metric("開發[[約45公頃]]", 45, "公顷", "approx", "")
    d.org("，[[基隆港務分公司]]轄下")
    d.date("將於[[明年]]擴建", NY, "")
    d.metric("約新台幣[[52億元]]。", "52e8", "元", "approx", "",
             outer="約新台幣")
    # P5 the harbour cities
    d.org("。[[台中市政府經濟發展局]]指出")
    d.city("指出，[[台中]]目前")
    d.metric("已有[[約120家]]", 120, "家", "approx", TC)
    d.metric("從業人員[[約4,600人]]", 4600, "人", "approx", TC)
    d.org("；[[高雄市政府經濟發展局]]表示")
    d.city("表示，[[高雄]]今年")
    d.date("高雄[[今年前3季]]吸引", Y, KH)
    d.metric("投資達新台幣[[186億元]]", "186e8", "元", "exact", KH)
    d.date("較[[去年同期]]成長約22%", LY, KH)
    d.metric("成長[[約22%]]", 22, "%", "approx", KH)
    d.org("。[[台南市政府]]則表示")
    d.city("則表示，[[台南]]已與")
    d.org("已與[[台灣港務公司]]洽談")
    d.date("預計[[明年上半年]]完成", NY, TN)
    d.city("估計，[[台中]]、高雄兩地")
    d.city("台中、[[高雄]]兩地")
    d.date("風電產業[[今年]]產值", Y, KH)
    d.metric("約新台幣[[1,520億元]]", "1520e8", "元", "approx", KH,
             outer="約新台幣")
    # P6 local suppliers
    d.org("。[[中鋼]]旗下")
    d.org("旗下的[[興達海洋基礎]]今年")
    d.date("興達海洋基礎[[今年前10月]]已交付", Y, "")
    d.metric("套管[[約84座]]", 84, "座", "approx", "")
    d.org("，[[天力離岸風電科技]]在")
    d.metric("提升至[[約85%]]", 85, "%", "approx", "")
    d.org("；[[世紀鋼]]昨日")
    d.date("世紀鋼[[昨日]]宣布", "2026-11-23", "")
    d.org("子公司[[世紀風電]]取得")
    d.metric("新風場[[約12萬噸]]", "12e4", "吨", "approx", "")
    d.metric("約新台幣[[210億元]]，並", "210e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("增聘[[約300人]]", 300, "人", "approx", "")
    d.org("。[[台船環海風電工程]]表示")
    d.date("安裝船[[第4季]]已完成", "2026-Q4", "")
    d.metric("已完成[[2座]]風場", 2, "座", "exact", "")
    d.date("，[[明年]]檔期", NY, "")
    d.org("；[[華城電機]]、")
    d.org("、[[士林電機]]、")
    d.org("、[[大亞電線電纜]]等業者")
    d.date("等業者[[前3季]]來自", Y, "")
    d.metric("約新台幣[[95億元]]，年增", "95e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約27%]]", 27, "%", "approx", "")
    # P7 turbine makers and training
    d.org("。[[西門子歌美颯]]位於")
    d.date("組裝廠[[今年前3季]]出貨", Y, "")
    d.metric("出貨[[約112組]]", 112, "组", "approx", "")
    d.date("較[[去年同期]]增加約四成", LY, "")
    d.metric("增加[[約四成]]", 40, "%", "approx", "")
    d.metric("其中[[近兩成]]外銷", 20, "%", "approx", "")
    d.org("；[[維斯塔斯]]則計畫")
    d.date("計畫[[明年]]在台中港", NY, "")
    d.metric("約新台幣[[18億元]]。", "18e8", "元", "approx", "",
             outer="約新台幣")
    d.org("，[[勞動部勞動力發展署]]與")
    d.org("與[[台灣風能訓練公司]]合作")
    d.city("合作，[[台中]]、高雄、台南三地")
    d.city("台中、[[高雄]]、台南三地")
    d.city("高雄、[[台南]]三地")
    d.date("訓練中心[[今年]]已開設", Y, TN)
    d.metric("培訓[[約2,300人次]]", 2300, "人次", "approx", TN)
    d.date("，[[明年]]相關預算", NY, TN)
    d.metric("增加[[約35%]]", 35, "%", "approx", TN)
    # P8 buyers and finance
    d.org("，[[台積電]]、聯電")
    d.org("、[[聯電]]、")
    d.org("、[[宏碁]]等企業")
    d.org("，[[能源署]]統計")
    d.date("截至[[10月底]]全台", OCT, "")
    d.metric("累計[[約5.4GW]]", "5.4", "GW", "approx", "")
    d.org("其中[[台積電]]占比")
    d.metric("占比[[超過六成]]", 60, "%", "over", "")
    d.org("，[[國泰人壽]]及")
    d.org("旗下[[國泰電業]]上週")
    d.date("國泰電業[[上週]]在台北", "2026-W47", TP)
    d.city("上週在[[台北]]宣布")
    d.metric("約新台幣[[310億元]]", "310e8", "元", "approx", TP,
             outer="約新台幣")
    d.org("；[[兆豐銀行]]、")
    d.org("、[[台灣銀行]]等12家")
    d.metric("等[[12家]]銀行", 12, "家", "exact", "")
    d.metric("約新台幣[[1,080億元]]", "1080e8", "元", "approx", "",
             outer="約新台幣")
    d.org("，[[兆豐銀行]]相關")
    d.date("聯貸[[今年]]已占", Y, "")
    d.metric("綠色授信[[約四成]]", 40, "%", "approx", "")
    d.org("。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）指出")
    d.date("指出，[[今年前3季]]本國", Y, "")
    d.metric("約新台幣[[3,250億元]]", "3250e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    # P9 the outlook
    d.org("\n\n[[台灣離岸風電產業協會]]指出")
    d.date("指出，[[114年]]國內", LY, "")
    d.metric("併網容量[[約1.2GW]]", "1.2", "GW", "approx", "")
    d.date("，[[今年]]可望", Y, "")
    d.metric("達到[[約1.8GW]]", "1.8", "GW", "approx", "")
    d.org("呼籲[[台灣港務公司]]加速")
    d.org("；[[歐洲在台商務協會]]則")
    d.date("建議政府[[明年]]公布", NY, "")
    d.date("影響，[[今年11月]]至明年2月", "2026-11", "")
    d.date("今年11月至[[明年2月]]海上", "2027-02", "")
    d.date("集中在[[明年4月]]至9月", "2027-04", "")
    # after 明年 in the sentence a bare month is its next occurrence from the
    # reference date (GUIDELINES 明年3月开工，6月竣工 -> next year's June)
    d.date("明年4月至[[9月]]進行", "2027-09", "")
    d.org("。[[能源署]]表示，將於")
    d.date("將於[[本週四]]（26日）", "2026-11-26", "")
    d.date("本週四（[[26日]]）", "2026-11-26", "")
    d.org("開發商與[[台電]]召開")
    d.date("預計在[[12月底]]前", "2026-12", "")
    d.date("，[[春節]]前將有", "2027-02-06", "")
    d.metric("將有[[4家以上]]開發商", 4, "家", "over", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "台中", "臺中", "高雄", "台南", "臺南",
                   "基隆", "新北", "桃園", "新竹", "彰化", "雲林", "台灣",
                   "臺灣", "全台", "全國", "國內", "哥本哈根", "丹麥", "日本",
                   "安平", "城市"],
        # 台中港 (x6 outside ORG rows: the title's 台中港風電碼頭, 台中港運維
        # 中心, 台中港37、38號, 台中港的塔架廠, 台中港的機艙組裝廠, 在台中港
        # 設立: a port is a facility, GUIDELINES, neither CITY nor ORG), 台北
        # 港 (x2: a port, under 基隆港務分公司), 高雄港 (x1: a port, like
        # 天津港), 彰化 (x1: 彰化外海, a county; SPEC: counties are no CITY),
        # 全台 and 全國 (deictic), 國內 (x1), 日本 (a country), 安平 (安平港,
        # a port in a district of 台南), 城市 (港口城市, generic), 台灣 (x1
        # outside ORG rows: the island); 哥本哈根 and 基隆 stand only inside
        # ORG rows
        "excluded": ["[[台中港]]風電碼頭", "由[[台中港]]運維",
                     "，[[台中港]]37", "在[[台中港]]的塔架",
                     "位於[[台中港]]的機艙", "在[[台中港]]設立",
                     "的[[台北港]]也", "在[[台北港]]廠區",
                     "[[彰化]]外海", "截至10月底[[全台]]",
                     "占[[全國]]總發電量", "114年[[國內]]離岸",
                     "外銷[[日本]]", "在[[高雄港]]南側", "洽談[[安平]]港",
                     "港口[[城市]]", "，[[台灣]]離岸風電累計"],
        # 37, 38 (berth numbers: labels like SPEC's route numbers, no figure)
        "numbers_excluded": ["[[37]]、38號", "37、[[38]]號"],
        # 新一期 (a new round: a label, no figure; precedent HB's 新一期),
        # 第三階段第三期 and 第二期 (ordinals, SPEC); 三地 is the collective
        # label below
        "cn_excluded": ["新[[一]]期", "第[[三]]階段", "階段第[[三]]期",
                        "較第[[二]]期"],
        "collectives": [("台中、高雄[[兩]]地", 2), ("台南[[三]]地", 3)],
        # ESG (a label of the selection criteria, no ORG)
        "latin_excluded": ["以[[ESG]]承諾"],
        # time words that are no DATE: 年增 (x3, year on year), 每年 and 每日
        # (recurring), 全年 (the year's whole, no period written), 季風 (the
        # monsoon), 日本 (the country, excluded above), 單月
        # (a single month, no period); 同期 only inside 去年同期 rows
        "words_excluded": {"年增": 3, "每年": 1, "每日": 1, "全年": 1,
                           "季風": 1, "單月": 1, "同期": 0,
                           "當天": 0, "同日": 0},
        # generic words outside ORG rows: 公司 (子公司, a role), 協會 (none
        # outside rows), 銀行 (x2: 12家銀行, 本國銀行: kinds), 政府 (建議政府,
        # the government in general), 中心 (x3: 運維中心, 維修中心, 訓練中心:
        # facilities), 委員會, 基金 and 分公司 only inside ORG rows
        "orgwords_excluded": {"公司": 1, "協會": 0, "銀行": 2, "政府": 1,
                              "中心": 3, "委員會": 0, "基金": 0, "分公司": 0,
                              "港務": 0, "署": 0},
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
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  g209's 7天
    (平均工期缩短至7天) has the cue 平均; g210 holds none."""
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
    # each declared no-span character (／ of the cp950 article's byline,
    # whose plain-Big5 and cp950 codes differ) stands once, on the byline
    # line (the third line), and in no span (checked per row below)
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
    # rows whose text is declared for it (碁 of 宏碁: annotate_ia.py's check,
    # after annotate_ja.py's 衞, kept in annotate_ha.py and used again here)
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
