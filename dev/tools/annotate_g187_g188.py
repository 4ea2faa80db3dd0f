#!/usr/bin/env python3
"""Gold annotation for the held-out articles g187_video_game_industry_city_hubs
and g188_hk_elderly_care_health_vouchers (annotator KB).

Adapted from the precedent set's tools/annotate_lb.py (now dev/tools/annotate_g181_g182.py) (/tmp/ho33/precedent:
a GB18030 mainland article and a UTF-16 LE Hong Kong one, the pair closest
to mine; copied and the data changed).  It keeps the checks of
annotate_lb.py and its predecessors: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date
(上周五/本周四 to the day of their week, 上周 to its ISO week, 昨日 to the
day before), the bare-day month rule, 当日/同日 repeating the latest day,
去年同期 a year before its sentence's period, 上月 as a baseline after a
comparison word, the 上季 check, the range check, the 约占 check, the
declared shared unit, the hand-declared organizations of each article, the
bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为/約為 declared
as a separated marker, the precision check, the check that a traditional
article holds no simplified character, the Hong Kong block with its
declared characters inside ORG rows, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g187 is simplified (mainland, 21世纪经济报道, 2026-11-17), stored as
  GB18030 without a BOM.  Its byline 21世纪经济报道记者 陈㛃 上海报道 stands
  on line 3; the reporter's given name 㛃 (U+36C3, CJK Extension A) is
  outside GBK and is written with a FOUR-byte GB18030 sequence (82 30 B7
  31), so Python's gbk, cp936 and gb2312 fail on the file while gb18030
  reads it, and a reader that counts two bytes a character loses its
  alignment after it; every other non-ASCII character is GBK, two bytes.
  㛃 lies in no span.  OpenCC t2s leaves the article unchanged.
- g188 is traditional (Hong Kong, 明報, 2026-11-24), stored as UTF-16
  BIG-ENDIAN WITH A BOM (FE FF, then the title's 醫 = 91 AB); offsets count
  from the first character after the BOM.  Every character is in the Basic
  Multilingual Plane (two bytes each, no surrogate pair) and in
  Big5-HKSCS; one is outside plain Big5 and cp950: 衞 (U+885E, the Hong
  Kong government's spelling, Big5-HKSCS 8F C0) of 衞生署, 醫務衞生局,
  立法會衞生事務委員會, 深圳市衞生健康委員會 and 香港中文大學賽馬會公共衞生及
  基層醫療學院, standing only inside those ORG rows.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho33/precedent: README, NOTES_la/lb/lc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g187_g188.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_lb.py: the GB18030 block declares a four-byte
character (㛃 = 82 30 B7 31) instead of a two-byte one (the byte count is
1 for ASCII, 4 for the declared character and 2 for every other one; a
reader that takes two bytes a character reads another text); the UTF-16 LE
block becomes a UTF-16 BE block (exactly one BOM FE FF; the BOM-aware
utf-16 codec reads the same text; plain utf-16-be keeps U+FEFF in front;
utf-16-le reads another text; the title's 醫 = 91 AB right after the BOM;
two bytes a character, no surrogate pair); the Hong Kong block declares 衞
(outside Big5 and cp950, in Big5-HKSCS) inside five ORG names; a range's
first figure may share the magnitude of the second (GUIDELINES 3至5万元 ->
30000 元: 50至300万元 -> 500000 元), checked; the lunar table holds 重陽
(the ninth day of the ninth month, lunardate: 2025-10-29, 2026-10-18,
2027-10-08); N年前 in Chinese numerals (两年前) is checked against the
reference year; annotate_la.py's check_bare_year (a month, day or quarter
without a year, in a sentence that states none, is in the reference year)
joins the DATE checks; units 元, 美元, %, 百分点, 人, 款, 个, 家, 项, 人次, 座, 支,
倍 and 元, %, 宗, 人, 岁, 人次, 名, 个, 倍, 个月, 间, 张, 份.
Re-run (from anywhere):

    python3 dev/tools/annotate_g187_g188.py
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
G187 = "g187_video_game_industry_city_hubs"
G188 = "g188_hk_elderly_care_health_vouchers"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G187: ("gb18030", b"", False, "2026-11-17", "21世纪经济报道"),
    G188: ("utf-16-be", BOM16BE, True, "2026-11-24", "明報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G187: [], G188: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 㛃 of the reporter's name (in no span;
# on the byline line), a four-byte sequence
OUTSIDE_GBK = {G187: {"㛃": b"\x82\x30\xb7\x31"}}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 衞 of the
# Hong Kong government's 衞生 (Hong Kong's only)
OUTSIDE_BIG5 = {G188: {"衞": False}}
# ... and the ORG rows they may stand in (every occurrence inside one)
IN_ORG = {G188: {"衞": ["衞生署", "醫務衞生局", "立法會衞生事務委員會",
                       "深圳市衞生健康委員會",
                       "香港中文大學賽馬會公共衞生及基層醫療學院"]}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 消费者委员会, 政府统计处 …, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G188}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them (none here)
S2T_ALLOWED = {G188: set()}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "横粤区执设简闻运统签协综渐圣罗诞语层"
                   "学医疗参费诊药级养寿术专谈头宁设门师将绩毕"
                   "历业论课础读选优奖贷职荐锦韩兰"
                   "馆类价变总数显报贴压业绩连锁减关闭结旧摊栏"
                   "图热诞农历节际联会鸿领东广尔"
                   "税预岁储备拨资审议综开闸轻线设卫养凭证评级维稳缓销"
                   "检视赖较"
                   "会议览贸进项获签举办观众设标认证厂联团组机场营专达馆径际环车队"
                   "检缓紧训课员"
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "写楼级净纳积续让扩业报亿"
                   "龄护陆鉴础钟骤扬纲")
# Holidays the articles name, by their exact span (2025-2027): g187
# (mainland, 2026-11-17): 今年国庆 2026-10-01 (the year word inside the
# span), 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming
# ones, no year written in their sentence); g188 (Hong Kong, 2026-11-24):
# 今年重陽 2026-10-18 (the ninth day of the ninth lunar month of 2026),
# 聖誕 2026-12-25 and 農曆新年 2027-02-06 (the coming ones; 农历新年 is 春节).
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年重陽": "2026-10-18", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as checked
# with lunardate 0.3.0 for 2025-2027) and days computed from the calendar
# (黑色星期五; none here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH}


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


COMPUTED_DAYS = {"黑色星期五": _black_friday}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g187 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 杭州 (浙江), 广州, 深圳, 珠海 (广东), 厦门 (福建), 成都 (四川), 武汉
    # (湖北), 南京, 苏州 (江苏), 西安 (陕西), 长沙 (湖南); foreign cities
    # by their common Chinese names: 利雅得 (Riyadh), 新加坡, 东京, 科隆
    # (Cologne))
    "上海": "上海市", "杭州": "杭州市", "广州": "广州市", "珠海": "珠海市",
    "厦门": "厦门市", "北京": "北京市", "武汉": "武汉市", "南京": "南京市",
    "西安": "西安市", "重庆": "重庆市", "长沙": "长沙市", "苏州": "苏州市",
    "成都": "成都市", "利雅得": "利雅得", "新加坡": "新加坡", "东京": "东京",
    "科隆": "科隆",
    # g188 (traditional spans; 香港, 澳門 by their common names; mainland
    # cities by their full simplified names (深圳, 珠海, 中山, 佛山, 惠州
    # written alike; 廣州, 江門, 東莞, 肇慶 -> 广州市, 江门市, 东莞市,
    # 肇庆市); foreign cities by their mainland names: 新加坡, 東京 -> 东京)
    "深圳": "深圳市", "廣州": "广州市", "中山": "中山市", "江門": "江门市",
    "東莞": "东莞市", "佛山": "佛山市", "肇慶": "肇庆市", "惠州": "惠州市",
    "香港": "香港", "澳門": "澳门", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "东京", "利雅得", "科隆"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text.  OpenCC t2s keeps the
# Hong Kong government's 衞 (it reads it as a variant, not a traditional
# form): 衞生署 -> 衞生署, 醫務衞生局 -> 医务衞生局; kept as t2s gives it, as
# precedent LB kept 舖 of 美聯工商舖)
ORG_NORM = {
    "明報": "明报", "衞生署": "衞生署", "醫務衞生局": "医务衞生局",
    "立法會衞生事務委員會": "立法会衞生事务委员会",
    "香港醫學會": "香港医学会",
    "香港大學深圳醫院": "香港大学深圳医院",
    "南方醫科大學深圳醫院": "南方医科大学深圳医院",
    "北京大學深圳醫院": "北京大学深圳医院",
    "中山大學附屬第一醫院": "中山大学附属第一医院",
    "廣東省中醫院": "广东省中医院", "東莞東華醫院": "东莞东华医院",
    "江門市中心醫院": "江门市中心医院",
    "惠州市中心人民醫院": "惠州市中心人民医院",
    "肇慶市第一人民醫院": "肇庆市第一人民医院",
    "社會福利署": "社会福利署", "社署": "社署",
    "香港社會服務聯會": "香港社会服务联会", "社聯": "社联",
    "東華三院": "东华三院", "保良局": "保良局",
    "香港聖公會福利協會": "香港圣公会福利协会",
    "香港耆康老人福利會": "香港耆康老人福利会",
    "醫院管理局": "医院管理局", "醫管局": "医管局",
    "醫思健康": "医思健康", "卓健醫療": "卓健医疗",
    "康健國際醫療": "康健国际医疗",
    "保險業監管局": "保险业监管局", "保監局": "保监局",
    "保誠": "保诚", "友邦": "友邦", "宏利": "宏利", "保柏": "保柏",
    "深圳市衞生健康委員會": "深圳市衞生健康委员会",
    "勞工及福利局": "劳工及福利局", "長者安居協會": "长者安居协会",
    "消費者委員會": "消费者委员会",
    "香港賽馬會慈善信託基金": "香港赛马会慈善信托基金",
    "政府統計處": "政府统计处",
    "香港中文大學賽馬會公共衞生及基層醫療學院":
        "香港中文大学赛马会公共衞生及基层医疗学院",
}

CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
# ISO weekday numbers (Monday 1), as datetime.date.fromisocalendar takes them
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}
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
        self.in_org_span = {}
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (annotate_lb.py's block,
            # with a FOUR-byte character declared here): the declared
            # characters are the only ones GBK lacks, each written with its
            # declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert raw.count(code) == self.text.count(c), (doc_id, c)
                # a four-byte sequence (new here): 81-FE, 30-39, 81-FE,
                # 30-39
                assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                    0x30 <= code[1] <= 0x39 and 0x81 <= code[2] <= 0xFE \
                    and 0x30 <= code[3] <= 0x39, (doc_id, c, code)
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character but the declared ones is two bytes;
            # the declared ones are four, so a reader that counts two
            # bytes a character loses its alignment after them (new here)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F and c not in declared), \
                f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   4 if c in declared else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GBK, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            self.no_span_chars = outside
        if enc == "utf-16-be":  # UTF-16 BIG-ENDIAN WITH A BOM (new here,
            # after annotate_lb.py's UTF-16 LE block): exactly one BOM FE
            # FF, the BOM-aware codec reads the same text, the plain
            # big-endian reading keeps U+FEFF in front (one code point that
            # would shift every offset by one), the little-endian reading
            # is another text
            assert bom == BOM16BE and full[:2] == BOM16BE, doc_id
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-be") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-le") or \
                full.decode("utf-16-le") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-le") or \
                raw.decode("utf-16-le") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g188: 醫 = U+91AB, written 91 AB)
            assert raw[:2] == self.text[0].encode("utf-16-be") == \
                b"\x91\xab", doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character leaves a NUL byte, in front of it: the
            # file reads as binary to a reader that ignores the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i] == 0 for i, c in enumerate(self.text)
                       if ord(c) < 0x80), doc_id
            # a legacy codec or UTF-8 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_lb.py's block,
            # applied to the decoded text of a UTF-16 file): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                assert len(c.encode("big5hkscs")) == 2, c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 消費者委員會, 政府統計處 …, stand alone
            # as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # the declared characters stand only inside the ORG rows
            # declared for them (衞 in 衞生署, 醫務衞生局 …; annotate_lb.py's
            # check, run in check()), so they are no span-less characters
            self.in_org_span = {c: IN_ORG[doc_id][c] for c in outside}
            assert sorted(self.in_org_span) == outside, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or HK text writes no Taiwan
            allowed = MARKER_ALLOWED.get(doc_id, {})  # marker but the
            for w in TAIWAN_MARKERS:                  # declared ones, and
                assert self.text.count(w) == allowed.get(w, 0), (  # no bare
                    doc_id, w)                        # 2-3 digit year
            found = Counter(m.group() for m in re.finditer(
                r"(?<![\d.,])\d{2,3}年.?", self.text))
            assert found == Counter(TWO_DIGIT_NIAN_ALLOWED.get(
                doc_id, {})), (doc_id, found)
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
# g187 The video game industry, November 2026: 音数协游戏工委's and 中国游戏
# 产业研究院's figures for the first three quarters (domestic revenue,
# exports, players), the licensing regulator (国家新闻出版署's approvals),
# the listed companies (腾讯控股, 网易; 完美世界, 巨人网络, 恺英网络), the
# cities' studios (上海: 米哈游, 莉莉丝, 鹰角网络, 叠纸, 上海市新闻出版局;
# 杭州: 游戏科学, 网易雷火, 电魂网络, 杭州市委宣传部, 杭州银行科技支行;
# 广州: 三七互娱, 库洛游戏, 灵犀互娱, 广州市商务局; 深圳市文化广电旅游体育局;
# 珠海: 金山软件's 西山居; 厦门: 吉比特 and its 雷霆游戏), e-sports
# (中国音数协电竞工委; 上海, 上海市经济和信息化委员会; 杭州 and the 2023
# Asian Games; 利雅得's Esports World Cup with 腾讯电竞, 英雄电竞 (VSPO)),
# overseas markets (Sensor Tower; 新加坡, 东京, 科隆), policy (商务部,
# 国家新闻出版署), other cities (北京市委宣传部 with 完美世界 and 搜狐畅游;
# 武汉, 南京, 西安, 重庆, 长沙, 苏州; 成都市新闻出版局, 腾讯天美工作室群),
# mini games (伽马数据, 抖音), the outlook (广东省游戏产业协会 in 广州;
# 中国传媒大学动画与数字艺术学院).
# Simplified, GB18030 without BOM, 2026-11-17 (a Tuesday, ISO week
# 2026-W47), 21世纪经济报道; the byline 21世纪经济报道记者 陈㛃 上海报道 on
# line 3.  昨日 2026-11-16; 上周五 2026-11-13; 上周 2026-W46; 本周四
# 2026-11-19; 上月 2026-10 (and 2026-09 as a baseline after 较 in a
# sentence of 10月份); 今年国庆 2026-10-01; 元旦 2027-01-01; 春节
# 2027-02-06; 年底 2026; 四季度 2026-Q4; 明年 2027; 两年前 2024; 去年同期
# 2025 (after 今年前三季度 and after 今年国庆).
# ===========================================================================
@doc
def g187():
    d = Doc(G187)
    Y, LY, NY = "2026", "2025", "2027"
    SH, HZ, GZ, BJ, SUZ, CD, RUH, COL = (
        "上海市", "杭州市", "广州市", "北京市", "苏州市", "成都市",
        "利雅得", "科隆")
    # title (a heading that opens with no city: no city section)
    d.date("[[前三季度]]国产游戏", Y, "")
    d.metric("海外收入增长[[9.2%]] 多城", "9.2", "%", "exact", "")
    # byline 21世纪经济报道记者 陈㛃 上海报道 (SPEC: a news outlet in a
    # byline is an ORG, its digits inside it; 上海, where the report is
    # filed, a CITY; 㛃 in no span; a heading that opens with an ORG, no
    # city section)
    d.org("[[21世纪经济报道]]记者")
    d.city("陈㛃 [[上海]]报道")
    # P1 the industry's figures for the first three quarters
    d.org("\n\n[[中国音像与数字出版协会游戏出版工作委员会]]（")
    d.org("“[[音数协游戏工委]]”")
    d.org("与[[中国游戏产业研究院]]昨日")
    d.date("研究院[[昨日]]（11月16日）", "2026-11-16", "")
    d.date("昨日（[[11月16日]]）", "2026-11-16", "")
    d.date("显示，[[今年前三季度]]，国内", Y, "")
    d.metric("收入达[[2487.6亿元]]", "2487.6e8", "元", "exact", "")
    d.metric("同比增长[[7.4%]]", "7.4", "%", "exact", "")
    d.metric("收入为[[148.3亿美元]]", "148.3e8", "美元", "exact", "")
    d.metric("同比增长[[9.2%]]，增速", "9.2", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[3.1个百分点]]", "3.1", "百分点", "exact", "")
    d.metric("规模[[约6.82亿人]]", "6.82e8", "人", "approx", "")
    # P2 the licensing regulator
    d.org("。[[国家新闻出版署]]上周五")
    d.date("出版署[[上周五]]公布", "2026-11-13", "")
    d.date("公布的[[11月]]网络游戏", "2026-11", "")
    d.metric("共有[[158款]]", 158, "款", "exact", "")
    d.metric("和[[7款]]进口", 7, "款", "exact", "")
    d.date("；[[今年1月]]至11月", "2026-01", "")
    d.date("今年1月至[[11月]]，", "2026-11", "")
    d.metric("累计发放[[1486个]]", 1486, "个", "exact", "")
    d.metric("累计发放[[103个]]", 103, "个", "exact", "")
    d.date("，[[今年]]版号总量", Y, "")
    d.date("超过[[去年]]。", LY, "")
    # P3 the listed companies
    d.org("。[[腾讯控股]]上周")
    d.date("腾讯控股[[上周]]公布", "2026-W46", "")
    d.date("公布的[[三季度]]财报", "2026-Q3", "")
    d.metric("收入为[[463亿元]]", "463e8", "元", "exact", "")
    d.metric("同比增长[[8%]]", 8, "%", "exact", "")
    d.metric("收入为[[236亿元]]", "236e8", "元", "exact", "")
    d.metric("同比增长[[13%]]", 13, "%", "exact", "")
    d.metric("总收入的[[三分之一]]", "33.3333333333", "%", "approx", "",
             sep="约")
    d.org("。[[网易]]三季度")
    d.date("网易[[三季度]]游戏", "2026-Q3", "")
    d.metric("净收入约为[[243亿元]]", "243e8", "元", "approx", "", sep="约")
    d.metric("同比增长[[11.2%]]", "11.2", "%", "exact", "")
    d.org("；[[完美世界]]、巨人")
    d.org("、[[巨人网络]]、")
    d.org("、[[恺英网络]]等")
    d.date("等企业[[前三季度]]净利润", Y, "")
    d.metric("均[[超过20%]]", 20, "%", "over", "")
    # P4 上海
    d.city("看，[[上海]]仍是")
    d.org("。[[米哈游]]、")
    d.org("、[[莉莉丝]]、")
    d.org("、[[鹰角网络]]、")
    d.org("、[[叠纸]]等企业")
    d.city("位于[[上海]]，")
    d.org("，[[上海市新闻出版局]]数据")
    d.date("显示，[[今年前三季度]]上海", Y, SH)
    d.city("今年前三季度[[上海]]网络游戏")
    d.metric("收入约为[[1105亿元]]", "1105e8", "元", "approx", SH, sep="约")
    d.metric("同比增长[[6.8%]]", "6.8", "%", "exact", SH)
    d.metric("占比[[近四成]]", 40, "%", "approx", SH)
    # P5 杭州
    d.city("\n\n[[杭州]]则依托")
    d.org("依托[[游戏科学]]、")
    d.org("、[[网易雷火]]、")
    d.org("、[[电魂网络]]等")
    d.date("。[[两年前]]上线", "2024", HZ)
    d.org("，[[杭州市委宣传部]]相关")
    d.date("介绍，[[今年前10个月]]杭州", Y, HZ)
    d.city("今年前10个月[[杭州]]游戏企业")
    d.metric("营收[[突破620亿元]]", "620e8", "元", "over", HZ)
    d.metric("企业[[超过180家]]", 180, "家", "over", HZ)
    d.metric("从业人员[[约3.6万人]]", "3.6e4", "人", "approx", HZ)
    d.org("。[[杭州银行科技支行]]已")
    d.metric("贷款[[约18.5亿元]]", "18.5e8", "元", "approx", "")
    # P6 South China
    d.metric("全国[[近一半]]的", 50, "%", "approx", "")
    d.city("。在[[广州]]，三七")
    d.org("，[[三七互娱]]、")
    d.org("、[[库洛游戏]]、")
    d.org("、[[灵犀互娱]]等")
    d.org("，[[广州市商务局]]今年")
    d.date("商务局[[今年8月]]将", "2026-08", GZ)
    d.metric("出口额[[超过1000万美元]]", "1000e4", "美元", "over", GZ)
    d.metric("最高给予[[200万元]]", "200e4", "元", "exact", GZ)
    d.org("；[[深圳市文化广电旅游体育局]]则")
    d.metric("可获[[50]]至300万元", "50e4", "元", "exact", "",
             shared="万元")
    d.metric("至[[300万元]]。", "300e4", "元", "exact", "")
    d.org("。[[金山软件]]旗下")
    d.org("旗下[[西山居]]总部")
    d.city("所在的[[珠海]]，")
    d.org("以及[[吉比特]]及其")
    d.org("旗下[[雷霆游戏]]扎根")
    d.city("扎根的[[厦门]]，")
    # P7 e-sports in the cities
    d.org("。[[中国音数协电竞工委]]发布")
    d.date("显示，[[2025年]]中国电子竞技", LY, "")
    d.metric("收入为[[298.6亿元]]", "298.6e8", "元", "exact", "")
    d.metric("规模[[约4.9亿人]]", "4.9e8", "人", "approx", "")
    d.city("。[[上海]]今年举办")
    d.date("上海[[今年]]举办", Y, SH)
    d.metric("赛事[[超过80项]]", 80, "项", "over", SH)
    d.metric("观众[[突破150万人次]]", "150e4", "人次", "over", SH)
    d.org("；[[上海市经济和信息化委员会]]上月")
    d.date("委员会[[上月]]印发", "2026-10", "")
    d.date("到[[2027年]]全市", NY, "")
    d.metric("建成[[10个以上]]专业", 10, "个", "over", "")
    d.date("自[[2023年]]杭州", "2023", HZ)
    d.city("2023年[[杭州]]亚运会")
    d.city("以来，[[杭州]]已建成")
    d.metric("场馆[[21座]]", 21, "座", "exact", HZ)
    d.date("，[[今年]]承办", Y, HZ)
    d.metric("国际赛事[[6项]]", 6, "项", "exact", HZ)
    # P8 e-sports abroad
    d.date("提速。[[今年]]在沙特", Y, RUH)
    d.city("沙特[[利雅得]]举行")
    d.org("，[[腾讯电竞]]、")
    d.org("、[[英雄电竞]]（")
    d.org("（[[VSPO]]）")
    d.metric("战队达[[12支]]", 12, "支", "exact", RUH)
    d.date("较[[去年]]增加", LY, RUH)
    d.metric("增加[[4支]]", 4, "支", "exact", RUH)
    # P9 overseas markets
    d.org("据[[Sensor Tower]]统计")
    d.date("统计，[[10月份]]中国", "2026-10", "")
    d.metric("收入为[[19.8亿美元]]", "19.8e8", "美元", "exact", "")
    d.date("较[[上月]]增长", "2026-09", "")
    d.metric("增长[[4.6%]]；", "4.6", "%", "exact", "")
    d.metric("分别贡献了[[31.2%]]", "31.2", "%", "exact", "")
    d.metric("、[[16.5%]]和", "16.5", "%", "exact", "")
    d.metric("和[[7.9%]]的收入", "7.9", "%", "exact", "")
    d.metric("占比[[不足5%]]", 5, "%", "under", "")
    d.city("。[[新加坡]]已成为")
    d.city("而[[东京]]电玩展")
    d.city("、[[科隆]]游戏展")
    d.date("数量[[今年]]均增长", Y, COL)
    d.metric("增长[[三成以上]]", 30, "%", "over", COL)
    # P10 national policy
    d.org("，[[商务部]]等部门")
    d.date("等部门[[今年8月]]公布", "2026-08", "")
    d.metric("游戏企业达[[47家]]", 47, "家", "exact", "")
    d.metric("增加[[9家]]。", 9, "家", "exact", "")
    d.org("。[[国家新闻出版署]]相关负责人")
    # P11 北京 and other cities
    d.org("\n\n[[北京市委宣传部]]数据")
    d.date("显示，[[今年前三季度]]北京", Y, BJ)
    d.city("今年前三季度[[北京]]游戏")
    d.metric("营收[[约690亿元]]", "690e8", "元", "approx", BJ)
    d.org("入驻[[完美世界]]、")
    d.org("、[[搜狐畅游]]等")
    d.metric("等企业[[超过60家]]", 60, "家", "over", BJ)
    d.city("。[[武汉]]、南京")
    d.city("、[[南京]]、西安")
    d.city("、[[西安]]、重庆")
    d.city("、[[重庆]]、长沙")
    d.city("、[[长沙]]、苏州")
    d.city("、[[苏州]]等城市")
    d.metric("最高[[100万元]]奖励", "100e4", "元", "exact", SUZ)
    d.org("。[[成都市新闻出版局]]数据")
    d.city("显示，[[成都]]现有")
    d.metric("企业[[近千家]]", 1000, "家", "approx", CD)
    d.org("，[[腾讯天美工作室群]]等")
    d.metric("员工[[超过3000人]]", 3000, "人", "over", CD)
    # P12 mini games
    d.org("，[[伽马数据]]预计")
    d.date("预计，[[今年]]小程序", Y, "")
    d.metric("规模将[[突破600亿元]]", "600e8", "元", "over", "")
    d.metric("占比[[超过七成]]", 70, "%", "over", "")
    d.org("，[[抖音]]小游戏")
    d.metric("增长[[1.5倍]]", "1.5", "倍", "exact", "")
    d.date("。[[今年国庆]]假期", "2026-10-01", "")
    d.date("较[[去年同期]]增长约35%", LY, "")
    d.metric("增长[[约35%]]", 35, "%", "approx", "")
    # P13 the outlook
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("定在[[年底]]前，", Y, "")
    d.org("。[[广东省游戏产业协会]]将于")
    d.date("将于[[本周四]]在", "2026-11-19", GZ)
    d.city("在[[广州]]举办")
    d.org("。[[中国传媒大学动画与数字艺术学院]]一位")
    d.date("认为，[[四季度]]国内", "2026-Q4", "")
    d.metric("保持[[5%]]至8%", 5, "%", "exact", "")
    d.metric("至[[8%]]的增长", 8, "%", "exact", "")
    d.date("，[[明年]]海外", NY, "")
    d.metric("或[[突破200亿美元]]", "200e8", "美元", "over", "")
    audit = {
        "orgs": ["21世纪经济报道", "中国音像与数字出版协会游戏出版工作委员会",
                 "音数协游戏工委", "中国游戏产业研究院", "国家新闻出版署",
                 "腾讯控股", "网易", "完美世界", "巨人网络", "恺英网络",
                 "米哈游", "莉莉丝", "鹰角网络", "叠纸", "上海市新闻出版局",
                 "游戏科学", "网易雷火", "电魂网络", "杭州市委宣传部",
                 "杭州银行科技支行", "三七互娱", "库洛游戏", "灵犀互娱",
                 "广州市商务局", "深圳市文化广电旅游体育局", "金山软件",
                 "西山居", "吉比特", "雷霆游戏", "中国音数协电竞工委",
                 "上海市经济和信息化委员会", "腾讯电竞", "英雄电竞", "VSPO",
                 "Sensor Tower", "商务部", "北京市委宣传部", "搜狐畅游",
                 "成都市新闻出版局", "腾讯天美工作室群", "伽马数据", "抖音",
                 "广东省游戏产业协会", "中国传媒大学动画与数字艺术学院"],
        "cities": ["上海", "杭州", "广州", "深圳", "珠海", "厦门", "北京",
                   "武汉", "南京", "西安", "重庆", "长沙", "苏州", "成都",
                   "利雅得", "新加坡", "东京", "科隆", "广东", "沙特", "中国",
                   "全国", "全市", "城市", "多城", "蓉", "天河", "石景山",
                   "华南", "中东", "美国", "日本", "韩国", "国内", "当地"],
        "excluded": [
            # 多城 (several cities, title), 城市 (x5: 城市竞争, 城市格局,
            # 集中的城市, 华南城市, 等城市: generic), 全国 (national), 全市
            # (deictic, SPEC), 在蓉 (蓉, Chengdu's one-character name, SPEC
            # 沪), 天河区 and 石景山区 (districts), 华南 and 中东 (regions),
            # 广东 (the province, x1 outside 广东省游戏产业协会), 沙特, 中国
            # (x6 outside ORGs), 美国, 日本, 韩国 (countries), 国内 (x3),
            # 当地 (x2); 深圳 stands only inside 深圳市文化广电旅游体育局
            "[[多城]]竞逐", "从[[城市]]格局", "集中的[[城市]]", "华南[[城市]]",
            "成为[[城市]]竞争", "苏州等[[城市]]", "贡献了[[全国]]",
            "年[[全市]]建成", "在[[蓉]]员工", "集聚[[天河]]区", "，[[石景山]]区",
            "[[华南]]城市", "，[[中东]]市场", "，[[广东]]游戏企业",
            "在[[沙特]]利雅得", "年[[中国]]电子竞技", "等[[中国]]企业",
            "的[[中国]]战队", "，10月份[[中国]]手游", "上的[[中国]]展商",
            "讲好[[中国]]故事", "；[[美国]]、", "、[[日本]]、", "、[[韩国]]市场",
            "，[[国内]]游戏市场实际", "。[[国内]]游戏用户", "，四季度[[国内]]",
            "带动[[当地]]美术", "向[[当地]]游戏企业",
        ],
        "numbers_excluded": [],
        # 一位 (x2), 新一批, 上一批 (indefinites and words), 燕云十六声 (a
        # game's name: no figure)
        "cn_excluded": ["[[一]]位接近", "新[[一]]批", "上[[一]]批",
                        "燕云[[十六]]声", "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 日均 (daily average), 年出口额 (an
        # annual threshold), 节奏, 环节, 明显 (x2), 天河 (a district); 日前 none,
        # 同期 and 当天 only inside rows or absent; 寒假 holds no time
        # character
        "words_excluded": {"日均": 1, "年出口额": 1, "节奏": 1, "环节": 1,
                           "明显": 2, "天河": 1, "同期": 0, "当天": 0,
                           "日前": 0},
        # generic heads outside ORG rows: 部门 (监管部门, 等部门), 局 (格局),
        # 协会, 银行, 大学, 学院, 研究院, 委员会, 公司, 集团 and 工作室 only
        # inside ORGs
        "orgwords_excluded": {"部门": 2, "局": 1, "协会": 0, "银行": 0,
                              "大学": 0, "学院": 0, "研究院": 0, "委员会": 0,
                              "公司": 0, "集团": 0, "工作室": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g188 Hong Kong's elderly health care vouchers and care homes, November
# 2026: 衞生署's figures for the first three quarters (claims, users, the
# split by service, the optometry cap, the 重陽 peak, the reward pilot, the
# third quarter; 香港醫學會), 醫務衞生局's proposal to 立法會衞生事務委員會,
# the Greater Bay Area pilot (香港大學深圳醫院 and eight mainland hospitals
# of the scheme; the split by city: 深圳, then 廣州, 東莞, 珠海, 中山, and
# 惠州, 江門, 肇慶), care homes
# (社會福利署 (社署): the waiting list, the Guangdong scheme's homes in 深圳,
# 肇慶, 廣州, 佛山, 惠州, the residential care vouchers), NGOs (香港社會服務
# 聯會 (社聯), 東華三院, 保良局, 香港聖公會福利協會, 香港耆康老人福利會),
# 醫院管理局 (醫管局), private groups and insurers (醫思健康, 卓健醫療,
# 康健國際醫療; 保險業監管局 (保監局), 保誠, 友邦, 宏利, 保柏), 深圳市衞生
# 健康委員會 with 深圳 and 香港, 澳門's own subsidy, 勞工及福利局, 長者安居
# 協會, 消費者委員會, 香港賽馬會慈善信託基金, 政府統計處 and the outlook
# (香港中文大學賽馬會公共衞生及基層醫療學院 with 新加坡 and 東京; 聖誕,
# 農曆新年).
# Traditional as Hong Kong writes it (衞生, 按年, 按季, 首三季, 首10個月,
# 第三季, 明年第一季, 上周, 本周四, 宗 for claims and complaints, 間 for
# homes, 名 for people, 張 for vouchers, 份 for policies, 元 for HK dollars,
# 佔, 公布), UTF-16 BE with BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 明報; 【明報專訊】 opens the first paragraph.  昨日 and 23日 2026-11-23;
# 上周 2026-W47; 本周四 and 26日 2026-11-26; 上月 2026-10; 本月 2026-11;
# 今年重陽 2026-10-18; 聖誕 2026-12-25; 農曆新年 2027-02-06; 年初 2026;
# 明年 2027, 明年1月 2027-01, 明年第一季 2027-Q1; 去年 2025; 去年同期
# 2025-10 (after 截至10月底) and 2025 (after 今年首三季).
# ===========================================================================
@doc
def g188():
    d = Doc(G188)
    Y, LY, NY = "2026", "2025", "2027"
    SZ, HZH, MO = ("深圳市", "惠州市", "澳门")
    # title (a heading that opens with no city: no city section)
    d.date("醫療券[[首三季]]申報額", Y, "")
    d.metric("申報額升[[8.5%]] 長者", "8.5", "%", "exact", "")
    d.metric("使用[[逾12萬人次]]\n", "12e4", "人次", "over", "")
    # P1 the vouchers' figures (【明報專訊】: the outlet's dateline, 明報 an
    # ORG)
    d.org("【[[明報]]專訊】")
    d.org("】[[衞生署]]昨日")
    d.date("衞生署[[昨日]]（23日）", "2026-11-23", "")
    d.date("昨日（[[23日]]）", "2026-11-23", "")
    d.date("顯示，[[今年首三季]]長者醫療券申報總額", Y, "")
    d.metric("申報總額約為[[31.6億元]]", "31.6e8", "元", "approx", "",
             sep="約")
    d.metric("按年上升[[8.5%]]，涉及", "8.5", "%", "exact", "")
    d.metric("涉及[[約186萬宗]]", "186e4", "宗", "approx", "")
    d.date("截至[[9月底]]，曾", "2026-09", "")
    d.metric("長者約有[[152萬人]]", "152e4", "人", "approx", "", sep="約")
    d.metric("長者的[[九成左右]]", 90, "%", "approx", "")
    d.org("。[[醫務衞生局]]昨日")
    d.date("醫務衞生局[[昨日]]向", "2026-11-23", "")
    d.org("向[[立法會衞生事務委員會]]提交")
    d.date("建議[[明年1月]]起", "2027-01", "")
    d.metric("由[[2,000元]]增至", 2000, "元", "exact", "")
    d.metric("增至[[2,500元]]", 2500, "元", "exact", "")
    d.metric("維持[[8,000元]]", 8000, "元", "exact", "")
    d.metric("維持[[65歲]]。", 65, "岁", "exact", "")
    # P2 the split by service
    d.metric("申報金額[[約45%]]", 45, "%", "approx", "")
    d.metric("分別佔[[約18%]]及", 18, "%", "approx", "")
    d.metric("及[[約14%]]，", 14, "%", "approx", "")
    d.metric("則佔[[約12%]]。", 12, "%", "approx", "")
    d.metric("每兩年[[2,000元]]的", 2000, "元", "exact", "")
    d.date("申報額[[今年首三季]]按年下降", Y, "")
    d.metric("下降[[約三成]]。", 30, "%", "approx", "")
    d.org("。[[衞生署]]指，今年重陽")
    d.date("指，[[今年重陽]]期間", "2026-10-18", "")
    d.metric("長者[[逾5.2萬人次]]", "5.2e4", "人次", "over", "")
    # P3 the reward pilot and the third quarter
    d.org("，[[衞生署]]推行")
    d.date("先導計劃[[今年首三季]]已", Y, "")
    d.metric("已向[[約38萬名]]長者", "38e4", "名", "approx", "")
    d.metric("金額[[約1.9億元]]", "1.9e8", "元", "approx", "")
    d.date("單計[[第三季]]，", "2026-Q3", "")
    d.metric("申報額約為[[11.2億元]]", "11.2e8", "元", "approx", "",
             sep="約")
    d.metric("按季上升[[4.1%]]", "4.1", "%", "exact", "")
    d.org("。[[香港醫學會]]則指")
    d.date("長者[[今年]]的醫療券餘額", Y, "")
    d.metric("已[[不足500元]]", 500, "元", "under", "")
    # P4 the Greater Bay Area pilot
    d.date("試點計劃[[去年]]擴展", LY, "")
    d.metric("擴展至[[九個]]內地", 9, "个", "exact", "")
    d.org("。[[衞生署]]數字顯示，今年首三季長者在")
    d.date("顯示，[[今年首三季]]長者在", Y, "")
    d.metric("醫療券[[逾12萬人次]]，", "12e4", "人次", "over", "")
    d.metric("按年增加[[約1.4倍]]", "1.4", "倍", "approx", "")
    d.metric("金額[[約1.86億元]]", "1.86e8", "元", "approx", "")
    d.metric("使用金額約為[[1,550元]]", 1550, "元", "approx", "", sep="約")
    # P5 the hospitals and cities
    d.org("\n\n[[香港大學深圳醫院]]仍是")
    d.metric("總額[[逾五成]]", 50, "%", "over", "")
    d.org("；[[南方醫科大學深圳醫院]]、")
    d.org("、[[北京大學深圳醫院]]、")
    d.org("、[[中山大學附屬第一醫院]]、")
    d.org("、[[廣東省中醫院]]、")
    d.org("、[[東莞東華醫院]]、")
    d.org("、[[江門市中心醫院]]、")
    d.org("、[[惠州市中心人民醫院]]及")
    d.org("及[[肇慶市第一人民醫院]]的")
    d.city("計，[[深圳]]佔約58%")
    d.metric("深圳佔[[約58%]]", 58, "%", "approx", SZ)
    d.city("其次為[[廣州]]、")
    d.city("、[[東莞]]、珠海")
    d.city("、[[珠海]]及中山")
    d.city("及[[中山]]，")
    d.city("，[[惠州]]、江門")
    d.city("、[[江門]]及肇慶")
    d.city("及[[肇慶]]的使用量")
    # P6 care homes
    d.org("，[[社會福利署]]（")
    d.org("（[[社署]]）資料")
    d.date("截至[[10月底]]，輪候", "2026-10", "")
    d.metric("長者約有[[1.86萬人]]", "1.86e4", "人", "approx", "", sep="約")
    d.metric("時間為[[17個月]]", 17, "个月", "exact", "")
    d.date("較[[去年同期]]縮短", "2025-10", "")
    d.metric("縮短[[2個月]]", 2, "个月", "exact", "")
    d.org("。[[社署]]上月")
    d.date("社署[[上月]]把", "2026-10", SZ)
    d.metric("增至[[十間]]", 10, "间", "exact", SZ)
    d.city("除[[深圳]]及肇慶")
    d.city("及[[肇慶]]外")
    d.city("新增[[廣州]]、")
    d.city("、[[佛山]]及惠州")
    d.city("及[[惠州]]的院舍")
    d.metric("提供[[約1,200個]]", 1200, "个", "approx", HZH)
    d.metric("入住率約為[[46%]]", 46, "%", "approx", HZH, sep="約")
    d.org("。[[社署]]亦會")
    d.date("由[[今年]]的4,000張", Y, "")
    d.metric("今年的[[4,000張]]", 4000, "张", "exact", "")
    d.date("增至[[明年]]的", NY, "")
    d.metric("明年的[[4,500張]]", 4500, "张", "exact", "")
    # P7 NGOs
    d.org("。[[香港社會服務聯會]]（")
    d.org("（[[社聯]]）")
    d.date("社聯）[[上周]]發表", "2026-W47", "")
    d.metric("受訪的[[68間]]", 68, "间", "exact", "")
    d.metric("院舍中，[[約四成]]的", 40, "%", "approx", "")
    d.metric("空缺率[[超過15%]]", 15, "%", "over", "")
    d.org("。[[東華三院]]、")
    d.org("、[[保良局]]及")
    d.org("及[[香港聖公會福利協會]]均")
    d.metric("仍達[[兩成左右]]", 20, "%", "approx", "")
    d.org("。[[香港耆康老人福利會]]則指")
    d.date("較[[年初]]增加", Y, "")
    d.metric("增加[[約25%]]", 25, "%", "approx", "")
    # P8 the Hospital Authority
    d.org("\n\n[[醫院管理局]]（")
    d.org("（[[醫管局]]）表示")
    d.date("表示，[[今年首10個月]]普通科", Y, "")
    d.metric("人次約為[[312萬]]", "312e4", "", "approx", "", sep="約")
    d.metric("下跌[[3.2%]]", "3.2", "%", "exact", "")
    d.org("。[[醫管局]]將於")
    d.date("將於[[明年第一季]]在", "2027-Q1", "")
    d.metric("在[[三個]]醫院", 3, "个", "exact", "")
    d.metric("服務[[約6,000名]]", 6000, "名", "approx", "")
    # P9 private groups and insurers
    d.org("。[[醫思健康]]上周")
    d.date("醫思健康[[上周]]公布", "2026-W47", "")
    d.date("截至[[9月底]]止", "2026-09", "")
    d.metric("按年增長[[11%]]", 11, "%", "exact", "")
    d.org("；[[卓健醫療]]及")
    d.org("及[[康健國際醫療]]亦")
    d.date("求診人次[[今年]]以來", Y, "")
    d.metric("上升[[一成以上]]", 10, "%", "over", "")
    d.org("。[[保險業監管局]]（")
    d.org("（[[保監局]]）")
    d.date("顯示，[[今年首三季]]自願醫保", Y, "")
    d.metric("保單約為[[8.6萬份]]", "8.6e4", "份", "approx", "", sep="約")
    d.metric("其中[[50歲以上]]", 50, "岁", "over", "")
    d.metric("投保人佔[[約三成]]", 30, "%", "approx", "")
    d.org("；[[保誠]]、")
    d.org("、[[友邦]]、")
    d.org("、[[宏利]]及")
    d.org("及[[保柏]]等")
    # P10 Shenzhen and Macao
    d.org("\n\n[[深圳市衞生健康委員會]]相關")
    d.city("表示，[[深圳]]目前")
    d.metric("目前約有[[3.2萬名]]", "3.2e4", "名", "approx", SZ, sep="約")
    d.city("萬名[[香港]]長者")
    d.org("正與[[衞生署]]研究")
    d.city("。[[澳門]]的醫療")
    d.date("補貼計劃[[今年]]向", Y, MO)
    d.metric("發放[[600元]]", 600, "元", "exact", MO)
    # P11 government and charities
    d.org("\n\n[[勞工及福利局]]則")
    d.date("表示，[[今年]]已新增", Y, "")
    d.metric("新增[[約850個]]", 850, "个", "approx", "")
    d.date("在[[2027年]]至", NY, "")
    d.date("至[[2028年]]再", "2028", "")
    d.metric("再增加[[約1,500個]]", 1500, "个", "approx", "")
    d.org("。[[長者安居協會]]指")
    d.date("指，[[今年首10個月]]新增", Y, "")
    d.metric("新增[[約1.1萬名]]", "1.1e4", "名", "approx", "")
    d.org("；[[消費者委員會]]今年")
    d.date("委員會[[今年首三季]]則", Y, "")
    d.metric("接獲[[46宗]]", 46, "宗", "exact", "")
    d.date("較[[去年同期]]增加9宗", LY, "")
    d.metric("增加[[9宗]]。", 9, "宗", "exact", "")
    d.org("。[[香港賽馬會慈善信託基金]]本月")
    d.date("基金[[本月]]宣布", "2026-11", "")
    d.metric("撥款[[約3.2億元]]", "3.2e8", "元", "approx", "")
    # P12 the outlook
    d.org("\n\n[[政府統計處]]推算")
    d.metric("本港[[65歲以上]]", 65, "岁", "over", "")
    d.date("將於[[2030年]]突破", "2030", "")
    d.metric("年[[突破200萬]]", "200e4", "", "over", "")
    d.metric("總人口[[約26%]]", 26, "%", "approx", "")
    d.org("。[[香港中文大學賽馬會公共衞生及基層醫療學院]]一位")
    d.city("，[[新加坡]]及東京")
    d.city("及[[東京]]等城市")
    d.date("隨著[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]臨近", "2027-02-06", "")
    d.org("，[[衞生署]]提醒")
    d.date("將於[[本周四]]（26日）", "2026-11-26", "")
    d.date("本周四（[[26日]]）", "2026-11-26", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "深圳", "廣州", "珠海", "中山", "江門",
                   "東莞", "佛山", "肇慶", "惠州", "澳門", "新加坡", "東京",
                   "大灣區", "內地", "城市", "廣東", "各區", "本地", "北上"],
        "excluded": [
            # 大灣區 (x4, a region), 內地 (a region), 城市 (x3: 內地城市,
            # 以城市計, 等城市: generic), 廣東 (the province, in the
            # scheme's quoted name), 各區 (districts), 本港 (x2, deictic
            # like 全港), 本地, 北上 (x2, a direction); 香港 stands elsewhere
            # only inside ORGs
            "[[大灣區]]方面", "醫療券[[大灣區]]試點", "長者在[[大灣區]]使用",
            "佔[[大灣區]]申報", "九個[[內地]]城市", "內地[[城市]]的",
            "以[[城市]]計", "東京等[[城市]]", "「[[廣東]]院舍", "在[[各區]]舉辦",
            "，[[本港]]65歲", "值得[[本港]]參考", "限在[[本地]]使用",
            "長者[[北上]]使用", "，[[北上]]使用醫療券的",
        ],
        "numbers_excluded": [],
        # 每兩年 (a recurring period, no figure and no date), 六個月 (the
        # interim period of 截至9月底止六個月: a duration), 一位 (an
        # indefinite); 第一 inside ORGs and 第三季, 第一季 inside DATEs
        "cn_excluded": ["每[[兩]]年", "止[[六]]個月", "學院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year, x6), 按季
        # (quarter-on-quarter), 每年 (x2), 每兩年 (兩 excluded above),
        # 年齡, 單日 (a single day), 日間 (day care), 個月 of 六個月 (a
        # duration); 同期 only inside rows
        "words_excluded": {"按年": 6, "按季": 1, "每年": 2, "兩年": 1,
                           "年齡": 1, "單日": 1, "日間": 1, "六個月": 1,
                           "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 機構 (醫療機構, 非政府機構,
        # 社福機構), 公司 (保險公司), 醫院 (醫院聯網), 局 (當局 x2, the
        # authorities read back), 中心 (社區健康服務中心, 日間護理中心:
        # kinds); 委員會, 協會, 大學, 學院 and 署 only inside ORGs
        "orgwords_excluded": {"機構": 3, "公司": 1, "醫院": 1, "委員會": 0,
                              "協會": 0, "大學": 0, "學院": 0, "局": 2,
                              "署": 0, "中心": 2},
        "orgstring_excluded": [],
    }
    return d, audit


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
               ("上", "over")]     # SPEC: 上 (上千亿) is over (上万列)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)] *  # 十/百/千 (逾七千家 -> 7000;
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # SPEC:
        if m.group(3):                      # magnitudes in either script)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]  # a bare
        return v, q, m.group(3)             # magnitude (逾四萬人 -> 40000)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种;
        assert q != "exact", span           # 逾百名 -> 100)
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
    unit = re.sub(r"^[个個](百分[点點])$", r"\1", unit)
    # 20个基点 -> 20, unit 基点 (GUIDELINES: basis points are a unit like
    # 百分点; new here)
    unit = re.sub(r"^[个個](基[点點])$", r"\1", unit)
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
    """OpenCC t2s (or another config) of each string, or None when OpenCC
    is not reachable."""
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
    # (Macao's 昨（二十）日; from annotate_tc.py), must agree with the word
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
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])   # (annotate_ua.py: no
    if not m or r["text"] in HOLIDAY:      # year's last digits, no holiday)
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


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（12月1日）, 上周六（11月21日）) is
    its own mention and must carry the same date (SPEC: 今日(15日) is 今日
    and 15日, both resolved to the same day; from annotate_vb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter (from annotate_ua.py)."""
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table (from
    annotate_uc.py): a fixed day (the mainland's and Hong Kong's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    assert d.doc_id not in TAIWAN, r        # no Taiwan text here
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    years = range(ref.year - 1, ref.year + 2)
    if tx in COMPUTED_DAYS:     # 黑色星期五: the day after the fourth
        cands = {y: COMPUTED_DAYS[tx](y) for y in years}   # Thursday of
    elif tx in FIXED_DAYS:                                 # November
        cands = {y: datetime.date(y, *FIXED_DAYS[tx]) for y in years}
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


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year; from
    annotate_qc.py, with 年末 and Hong Kong's 首季): parts of a year
    (上半年, 前三季度, 首三季, 首10個月, 前10个月, 年初, 年底, 年末,
    2019年同期) give the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末
    after 月) the month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d+[个個]月|首\d+[个個]月|"
                 r"年初|年底|年末|\d{4}年同期)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    if re.search(r"(?<![前首])(第?[一二三四]季度?)$", tx):
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r
    if re.search(r"[一二三四]季度?末$", tx):  # an end of a quarter is the
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r    # quarter (GUIDELINES; new here)
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九])年前", tx)   # 两年前 (SPEC:
    if m:                                                  # N年前; new here)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (11月, 10月底,
    9月底, 10月份, 23日, 三季度, 四季度, 第三季) is in the reference year
    when no year is stated before it in its sentence (GUIDELINES: 今年
    counts from the reference date; a sentence that names a year or counts
    one (明年, 去年, 2025年) is left to the hand value; from
    annotate_la.py)."""
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
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        if getattr(d, "astral_before_body", False):
            # the declared characters stand in the first paragraph's
            # dateline (line 3) and before every span but the title's
            # (annotate_tb.py): offsets counted in UTF-16 units would be
            # one too high for every row of the body
            lines = d.text.split("\n")
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                assert d.text.index(c) < s or e <= len(lines[0]), r
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
                # a range joiner shares the magnitude too when the first
                # figure has none and is smaller (GUIDELINES 3至5万元 ->
                # 30000 元; new here): 50至300万元 -> 500000 元; a list
                # joiner (和 、) shares only the unit
                if raw_unit[:1] in MAGNITUDE:
                    nxt = re.match(r"([至到~\-－])(\d+(?:\.\d+)?)",
                                   d.text[e:])
                    assert nxt, ("a magnitude shared across a list", r)
                    assert not re.search("[万萬亿億]", tx), r
                    assert v < Decimal(nxt.group(2)), r
                    v *= MAGNITUDE[raw_unit[0]]
                    raw_unit = raw_unit[1:]
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
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, GUIDELINES), must be declared (outer
            # or sep) and set the qualifier; a suffix marker right after the
            # span belongs inside it (new in annotate_sc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|港币|港幣|美元|欧元|歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside (new in annotate_rc.py)
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (new in annotate_pb.py)
            if re.search(r"(约|約)(为|為)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为 before", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_last_year_period(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_holiday(d, r)
            check_precision(d, r)
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

    # a declared Big5-HKSCS character stands only inside the ORG rows
    # whose text is declared for it (here 衞 in 衞生署, 醫務衞生局,
    # 立法會衞生事務委員會, 深圳市衞生健康委員會 and the CUHK school;
    # annotate_rb.py, annotate_lb.py)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
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
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間;
        # annotate_qc.py), but the declared Hong Kong forms (平台, 恒生)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
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
