#!/usr/bin/env python3
"""Gold annotation for the held-out articles g195_hydrogen_trucks_port_cities
and g196_macao_public_housing_applications (annotator JC).

Adapted from the precedent set's tools/annotate_kb.py (now dev/tools/annotate_g187_g188.py) (/tmp/ho34/precedent:
a GB18030 mainland article and a traditional article of a special
administrative region, the pair closest to mine; copied and the data
changed).  It keeps the checks of annotate_kb.py and its predecessors:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, the OpenCC t2s of the whole simplified article, audits
of digits, Latin words, Chinese numerals, time characters, city strings,
ORG words and ORG strings, the independent `city` rule, the month and day a
DATE span writes, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text, relative words
resolved from the reference date (上周五/本周三 to the day of their week,
上周 to its ISO week, 昨日, 昨（N）日 and 今（N）日 to their day), the
bare-day month rule, 当日/同日 repeating the latest day, 去年同期 a year
before its sentence's period, 上月 as a baseline after a comparison word,
the 上季 check, the range check, the 约占 check, the declared shared unit
(with a shared magnitude), the hand-declared organizations of each article,
the bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为/約為 declared
as a separated marker, the precision check, the bare-year check, the check
that a traditional article holds no simplified character, the narrowest
codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g195 is simplified (mainland, 中国能源报, 2026-11-16), stored as
  GB18030 without a BOM.  Its byline 本报记者 王𬀩 stands on line 3; the
  reporter's given name 𬀩 (U+2C029, CJK Extension E, outside the Basic
  Multilingual Plane) is outside GBK and is written with a FOUR-byte
  GB18030 sequence (99 31 87 39), so Python's gbk, cp936 and gb2312 fail on
  the file while gb18030 reads it; it is one code point in Python but two
  UTF-16 code units, so a reader that counts UTF-16 units (or two bytes a
  character) puts every row of the body one (or two) places too far; every
  other non-ASCII character is GBK, two bytes.  𬀩 lies in no span.  OpenCC
  t2s leaves the article unchanged.
- g196 is traditional (Macao, 市民日報, 2026-11-23), stored as UTF-8
  WITHOUT a BOM (the title's 經 = E7 B6 93 opens the file); every
  non-ASCII character is three bytes, none outside the Basic Multilingual
  Plane.  Every character is in Big5-HKSCS; one is outside plain Big5 and
  cp950: 氹 (U+6C39, Macao's 氹仔, Taipa), twice, in no span.  `text` is
  the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; mainland cities by their official name with 市,
  Hong Kong, Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho34/precedent: README,
NOTES_ka/kb/kc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g195_g196.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_kb.py: the GB18030 block declares a four-byte
character outside the Basic Multilingual Plane (𬀩 = 99 31 87 39, in
OUTSIDE_BMP too; the byte count is 1 for ASCII, 4 for the declared
character and 2 for every other one; the UTF-16 length of the text is one
more than its length in code points, and the character stands before every
span but the title's: annotate_kb.py's astral_before_body check, switched
on); the UTF-16 BE block becomes a UTF-8-WITHOUT-BOM block (no BOM, strict
UTF-8, utf-8-sig reads the same text, three bytes a non-ASCII character,
the title's 經 = E7 B6 93 first, the GB, Big5 and UTF-16 codecs fail or
read another text); the Hong Kong block becomes a Macao block (Big5-HKSCS
holds every character, 氹 alone is outside plain Big5 and cp950, written
only in 氹仔 and in no span; Macao named at least twice); S2T_ALLOWED holds
厘 (Macao's per-cent of a mortgage rate, 3.2厘: OpenCC s2t writes 釐); the
holiday table holds 国庆/國慶, 元旦, 春节, 聖誕 and 明年農曆新年; a declared
shared unit may be written after the last of a chain of figures (2.4万、
2.2万和1.9万辆: SPEC's figures joined by 和/、 share the unit written once
after the last); units 辆, %, 百分点, 元, 座, 辆次, 分钟, 千瓦时, 个, 吨, 兆瓦,
公斤, 公里, 台, 倍 and 份, %, 个, 元, 元/平方米, 个月, 名, 套, 人, 宗, 百分点,
厘.
Re-run (from anywhere):

    python3 dev/tools/annotate_g195_g196.py
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
G195 = "g195_hydrogen_trucks_port_cities"
G196 = "g196_macao_public_housing_applications"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G195: ("gb18030", b"", False, "2026-11-16", "中国能源报"),
    G196: ("utf-8", b"", True, "2026-11-23", "市民日報"),
}
# characters outside the BMP each article declares: 𬀩 of g195's byline
OUTSIDE_BMP = {G195: ["𬀩"], G196: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𬀩 of the reporter's name (in no span;
# on the byline line), a four-byte sequence
OUTSIDE_GBK = {G195: {"𬀩": b"\x99\x31\x87\x39"}}
# articles whose declared characters stand before every span of the body
# (the byline on line 3): offsets counted in UTF-16 units would be one too
# high for every row after the title
ASTRAL_BEFORE_BODY = {G195}
# characters of the Macao article that plain Big5 lacks (Big5-HKSCS has
# them), each with whether cp950 (Taiwan's Big5) holds it, and the word it
# stands in: 氹 of 氹仔 (Taipa; Hong Kong's and Macao's, not Taiwan's)
OUTSIDE_BIG5 = {G196: {"氹": False}}
OUTSIDE_BIG5_WORD = {G196: {"氹": ("氹仔", 2)}}
# the first character of each file and its bytes in the file's codec
FIRST_CHAR = {G195: ("新", b"\xd0\xc2"), G196: ("經", b"\xe7\xb6\x93")}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 财政局, 土地工务局 …, are ORGs in a text that names
# the region at least twice)
MACAO = {G196}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone: 厘 of 約3.2厘 (a mortgage rate in per cent, as Hong
# Kong and Macao write it; s2t turns a lone 厘 into 釐)
S2T_ALLOWED = {G196: {"厘"}}
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
                   "龄护陆鉴础钟骤扬纲"
                   "请审评线购设税资际仅荐阶层劳务区总联会夹经筑妇简构贸环疗绝备")
# Holidays the articles name, by their exact span (2025-2027): g195
# (mainland, 2026-11-16): 国庆 2026-10-01 (the one just past, no year in
# its sentence), 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the
# coming ones); g196 (Macao, 2026-11-23): 國慶 2026-10-01 (the PRC's
# National Day, which Macao keeps; the one just past), 聖誕 2026-12-25 (the
# coming one) and 明年農曆新年 2027-02-06 (the year word inside the span;
# 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "冬至")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一, as checked with lunardate
# 0.3.0 by precedent KB for 2025-2027) and days computed from the calendar
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
    # g195 (2026: municipalities 北京, 上海, 天津; prefecture-level cities
    # 唐山, 张家口 (河北), 包头, 鄂尔多斯 (内蒙古), 宜宾 (四川), 宁波 (浙江),
    # 徐州 (江苏), 青岛, 烟台 (山东), 佛山, 广州, 深圳 (广东), 郑州 (河南),
    # 西安 (陕西))
    "唐山": "唐山市", "包头": "包头市", "宜宾": "宜宾市",
    "鄂尔多斯": "鄂尔多斯市", "宁波": "宁波市", "徐州": "徐州市",
    "青岛": "青岛市", "烟台": "烟台市", "北京": "北京市", "上海": "上海市",
    "佛山": "佛山市", "郑州": "郑州市", "张家口": "张家口市",
    "西安": "西安市", "天津": "天津市", "广州": "广州市", "深圳": "深圳市",
    # g196 (traditional spans; 澳門, 香港 by their common names; mainland
    # cities by their full simplified names (珠海, 中山, 佛山, 深圳 written
    # alike; 廣州 -> 广州市); 新加坡 by its common name)
    "澳門": "澳门", "珠海": "珠海市", "中山": "中山市", "香港": "香港",
    "廣州": "广州市", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "房屋局": "房屋局", "社會工作局": "社会工作局", "社工局": "社工局",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "運輸工務司": "运输工务司",
    "立法會第二常設委員會": "立法会第二常设委员会",
    "澳門都市更新股份有限公司": "澳门都市更新股份有限公司",
    "都更公司": "都更公司",
    "橫琴粵澳深度合作區民生事務局": "横琴粤澳深度合作区民生事务局",
    "珠海市住房和城鄉建設局": "珠海市住房和城乡建设局",
    "財政局": "财政局", "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "中原地產": "中原地产", "美聯物業": "美联物业", "利嘉閣": "利嘉阁",
    "澳門地產業總商會": "澳门地产业总商会",
    "澳門建築置業商會": "澳门建筑置业商会", "特區政府": "特区政府",
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "大豐銀行": "大丰银行", "工銀澳門": "工银澳门",
    "大西洋銀行": "大西洋银行", "澳門國際銀行": "澳门国际银行",
    "中國銀行澳門分行": "中国银行澳门分行",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联",
    "澳門婦女聯合總會": "澳门妇女联合总会",
    "澳門中華新青年協會": "澳门中华新青年协会",
    "澳門大學": "澳门大学", "澳門城市大學": "澳门城市大学",
    "澳門理工大學": "澳门理工大学", "土地工務局": "土地工务局",
    "經濟財政司": "经济财政司",
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
        self.astral_before_body = False
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (annotate_kb.py's block,
            # with a FOUR-byte character outside the BMP declared here): the
            # declared characters are the only ones GBK lacks, each written
            # with its declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert raw.count(code) == self.text.count(c), (doc_id, c)
                # a four-byte sequence (annotate_kb.py): 81-FE, 30-39,
                # 81-FE, 30-39; outside the BMP the first byte is 90-E3
                # (new here)
                assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                    0x30 <= code[1] <= 0x39 and 0x81 <= code[2] <= 0xFE \
                    and 0x30 <= code[3] <= 0x39, (doc_id, c, code)
                if ord(c) > 0xFFFF:
                    assert 0x90 <= code[0] <= 0xE3, (doc_id, c, code)
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character but the declared ones is two bytes;
            # the declared ones are four, so a reader that counts two
            # bytes a character loses its alignment after them
            # (annotate_kb.py)
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
            # the file opens with the title's first character (g195: 新 =
            # D0 C2)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character, and the character stands before every span of the
            # body (ASTRAL_BEFORE_BODY: checked for each row in check())
            astral_n = sum(1 for c in self.text if ord(c) > 0xFFFF)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + astral_n, doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == bool(astral_n), doc_id
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM (new here, after
            # annotate_ka.py's UTF-8-with-BOM block): no BOM, the BOM-aware
            # codec reads the same text (so no U+FEFF hides in front), a
            # legacy codec fails on the file or reads another text
            assert bom == b"" and not full.startswith(BOM8), doc_id
            assert BOM8 not in raw, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert any(ord(c) > 0x7F for c in self.text), doc_id
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the first bytes are the title's first character (g196: 經 =
            # E7 B6 93)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:3] == ch.encode("utf-8") == \
                code, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and 「」 too; no four-byte character),
            # so a count in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in MACAO:     # a Macao text (annotate_kb.py's Hong Kong
            # block with annotate_kc.py's Macao character, applied to the
            # decoded text of a UTF-8 file): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5, each
            # inside or outside cp950 as declared, each only in its declared
            # word (氹 of 氹仔, twice)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                assert len(c.encode("big5hkscs")) == 2, c
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 房屋局, 財政局, 土地工務局 …, stand alone as
            # ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # the declared characters stand in no span (checked in check())
            self.no_span_chars = outside
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
                # or after the last of a chain of figures joined by 、/和/至
                # (SPEC 350万和420万人次; a chain of three, 2.4万、2.2万和
                # 1.9万辆, new here)
                assert re.match(r"(?:[至到~\-－和及、]\d+(\.\d+)?"
                                r"[万萬亿億]?)+" + re.escape(shared),
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
# g195 New-energy heavy trucks and hydrogen, November 2026: 中国汽车工业协会
# (中汽协)'s sales for the first ten months (penetration, October, swap and
# fuel-cell trucks), policy (工业和信息化部, 财政部, 交通运输部 on the
# purchase tax; 国家发展改革委 and 国家能源局's refuelling network; 交通运输部's
# scrappage subsidies), the battery-swap pilot cities (唐山, 包头, 宜宾;
# 唐山市发展和改革委员会; 鄂尔多斯市能源局), swap operators (国家电投's
# 启源芯动力 in 宁波, 宁德时代, 协鑫能科 and 玖行能源 in 唐山 and 徐州), the
# ports (天津港集团, 宁波舟山港集团, 山东省港口集团 with 国家电投 in 青岛 and
# 烟台, 上港集团), hydrogen (the five fuel-cell city clusters 北京, 上海,
# 佛山, 郑州, 张家口; 佛山市发展和改革局; 国鸿氢能, 重塑能源, 亿华通,
# 捷氢科技; 中国石化 in 鄂尔多斯), truck makers (一汽解放, 三一重卡, 徐工汽车,
# 中国重汽, 潍柴动力, 陕汽集团 in 西安, 福田汽车 with 北京, 天津, 唐山),
# costs and finance (中国氢能联盟, 中国汽车技术研究中心, 兴业银行, 平安租赁),
# the grids (国家电网, 南方电网 in 广州, 深圳, 佛山) and the outlook (中汽协,
# 中国电动汽车百人会; 元旦, 春节).
# Simplified, GB18030 without BOM, 2026-11-16 (a Monday, ISO week
# 2026-W47), 中国能源报; the byline 本报记者 王𬀩 on line 3 (本报 names no
# outlet).  上周五 and 11月13日 2026-11-13; 昨日 2026-11-15; 上周 2026-W46;
# 本周三 2026-11-18; 上月 (x2) 2026-10; 国庆 2026-10-01; 元旦 2027-01-01;
# 春节 2027-02-06; 12月 2026-12; 明年一季度 2027-Q1; 明年2月 2027-02; 明年,
# 明年底, 2027年底 2027; 两年前 2024; 去年同期 2025 (after 今年前10个月);
# 去年底 2025.
# ===========================================================================
@doc
def g195():
    d = Doc(G195)
    Y, LY, NY = "2026", "2025", "2027"
    TS, ORD, NB, XZ, QD, YT, FS, XA = (
        "唐山市", "鄂尔多斯市", "宁波市", "徐州市", "青岛市", "烟台市",
        "佛山市", "西安市")
    # title (a heading that opens with no city: no city section; 前10个月
    # after the noun it is about is the calendar period, GUIDELINES)
    d.date("重卡[[前10个月]]销量增长", Y, "")
    d.metric("销量增长[[68.5%]] 港口", "68.5", "%", "exact", "")
    # byline 本报记者 王𬀩 (本报 names no outlet; 𬀩 in no span; a heading
    # that opens with no city)
    # P1 the association's sales figures
    d.org("\n\n[[中国汽车工业协会]]（")
    d.org("（[[中汽协]]）上周五")
    d.date("中汽协）[[上周五]]（", "2026-11-13", "")
    d.date("上周五（[[11月13日]]）", "2026-11-13", "")
    d.date("显示，[[今年前10个月]]，我国", Y, "")
    d.metric("累计销售[[约16.8万辆]]", "16.8e4", "辆", "approx", "")
    d.metric("同比增长[[68.5%]]，渗透率", "68.5", "%", "exact", "")
    d.metric("达到[[27.3%]]", "27.3", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[11.2个百分点]]", "11.2", "百分点", "exact", "")
    d.date("其中，[[10月]]单月", "2026-10", "")
    d.metric("单月销售[[2.36万辆]]", "2.36e4", "辆", "exact", "")
    d.metric("环比增长[[9.4%]]", "9.4", "%", "exact", "")
    d.date("，[[国庆]]假期", "2026-10-01", "")
    d.metric("销量占比[[约四成]]", 40, "%", "approx", "")
    d.metric("重卡销售[[1260辆]]", 1260, "辆", "exact", "")
    d.metric("同比增长[[近一倍]]", 1, "倍", "approx", "")
    # P2 policy
    d.org("。[[工业和信息化部]]、")
    d.org("、[[财政部]]、")
    d.org("、[[交通运输部]]等部门")
    d.date("等部门[[今年7月]]联合", "2026-07", "")
    d.date("延续至[[2027年底]]；", NY, "")
    d.org("；[[国家发展改革委]]、")
    d.org("、[[国家能源局]]上月")
    d.date("能源局[[上月]]印发", "2026-10", "")
    d.date("提出到[[2028年]]基本", "2028", "")
    d.org("。[[交通运输部]]数据")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("全国已有[[约9.6万辆]]", "9.6e4", "辆", "approx", "")
    d.metric("其中[[超过4.1万辆]]", "4.1e4", "辆", "over", "")
    d.metric("补贴最高[[15万元]]", "15e4", "元", "exact", "")
    d.metric("补贴资金[[约86亿元]]", "86e8", "元", "approx", "")
    # P3 the battery-swap pilot cities
    d.city("城市中，[[唐山]]、包头")
    d.city("、[[包头]]、宜宾")
    d.city("、[[宜宾]]三地")
    d.org("。[[唐山市发展和改革委员会]]相关")
    d.date("介绍，[[今年]]以来唐山", Y, TS)
    d.city("今年以来[[唐山]]新增")
    d.metric("换电重卡[[约6800辆]]", 6800, "辆", "approx", TS)
    d.metric("换电站[[142座]]", 142, "座", "exact", TS)
    d.metric("已[[超过60%]]", 60, "%", "over", TS)
    d.org("。[[鄂尔多斯市能源局]]数据")
    d.date("截至[[9月底]]，鄂尔多斯", "2026-09", ORD)
    d.city("9月底，[[鄂尔多斯]]新能源")
    d.metric("保有量[[突破3.2万辆]]", "3.2e4", "辆", "over", ORD)
    d.date("较[[去年底]]增长", LY, ORD)
    d.metric("增长[[约75%]]", 75, "%", "approx", ORD)
    d.metric("柴油车低[[约四成]]", 40, "%", "approx", ORD)
    # P4 swap operators
    d.org("。[[国家电投]]旗下")
    d.org("旗下[[启源芯动力]]昨日")
    d.date("芯动力[[昨日]]在", "2026-11-15", NB)
    d.city("在[[宁波]]投运")
    d.metric("服务能力[[约360辆次]]", 360, "辆次", "approx", NB)
    d.metric("时间约为[[5分钟]]", 5, "分钟", "approx", NB, sep="约")
    d.date("该公司[[前三季度]]累计", Y, "")
    d.metric("换电量[[约7.4亿千瓦时]]", "7.4e8", "千瓦时", "approx", "")
    d.metric("同比增长[[逾50%]]", 50, "%", "over", "")
    d.org("。[[宁德时代]]表示")
    d.metric("全国[[20余个]]省份", 20, "个", "over", "")
    d.date("到[[明年底]]累计", NY, "")
    d.metric("换电站[[1200座]]", 1200, "座", "exact", "")
    d.org("。[[协鑫能科]]、")
    d.org("、[[玖行能源]]分别")
    d.city("分别在[[唐山]]、徐州")
    d.city("、[[徐州]]建成")
    d.metric("换电站[[73座]]和", 73, "座", "exact", XZ)
    d.metric("座和[[41座]]", 41, "座", "exact", XZ)
    # P5 the ports (天津港, 上海港区: port facilities, no CITY, no ORG)
    d.org("。[[天津港集团]]数据")
    d.date("截至[[10月底]]，天津港", "2026-10", "")
    d.metric("新能源集卡[[约1350辆]]", 1350, "辆", "approx", "")
    d.metric("总量的[[九成以上]]", 90, "%", "over", "")
    d.date("，[[今年]]累计减少", Y, "")
    d.metric("柴油消耗[[约2.1万吨]]", "2.1e4", "吨", "approx", "")
    d.org("。[[宁波舟山港集团]]计划")
    d.date("计划[[明年一季度]]再", "2027-Q1", "")
    d.metric("集卡[[200辆]]。", 200, "辆", "exact", "")
    d.org("。[[山东省港口集团]]与")
    d.org("与[[国家电投]]上周")
    d.date("国家电投[[上周]]签署", "2026-W46", QD)
    d.city("将在[[青岛]]、烟台")
    d.city("、[[烟台]]两地")
    d.metric("加氢站[[8座]]", 8, "座", "exact", YT)
    d.org("。[[上港集团]]相关")
    d.metric("已[[超过300辆]]", 300, "辆", "over", "")
    d.date("，[[今年]]以来减少碳排放", Y, "")
    d.metric("碳排放[[约3.6万吨]]", "3.6e4", "吨", "approx", "")
    # P6 hydrogen: the five city clusters (五个 after a list of five: a
    # collective label, no METRIC), 佛山, fuel-cell makers, 中国石化
    d.city("方面，[[北京]]、上海")
    d.city("、[[上海]]、佛山")
    d.city("、[[佛山]]、郑州")
    d.city("、[[郑州]]、张家口")
    d.city("、[[张家口]]五个")
    d.org("。[[佛山市发展和改革局]]表示")
    d.city("表示，[[佛山]]今年")
    d.date("佛山[[今年前三季度]]推广", Y, FS)
    d.metric("重卡[[约620辆]]", 620, "辆", "approx", FS)
    d.metric("增至[[48座]]", 48, "座", "exact", FS)
    d.metric("每公斤[[约30元]]", 30, "元", "approx", FS)
    d.date("较[[两年前]]下降", "2024", FS)
    d.metric("下降[[近四成]]", 40, "%", "approx", FS)
    d.org("。[[国鸿氢能]]、")
    d.org("、[[重塑能源]]、")
    d.org("、[[亿华通]]、")
    d.org("、[[捷氢科技]]等")
    d.date("系统企业[[三季度]]燃料电池", "2026-Q3", "")
    d.metric("合计[[约310兆瓦]]", 310, "兆瓦", "approx", "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    d.org("。[[中国石化]]已")
    d.metric("加氢站[[超过150座]]", 150, "座", "over", ORD)
    d.date("，[[上月]]在鄂尔多斯", "2026-10", ORD)
    d.city("在[[鄂尔多斯]]投运")
    d.metric("能力达[[2000公斤]]", 2000, "公斤", "exact", ORD)
    # P7 truck makers
    d.org("。[[一汽解放]]今年")
    d.date("一汽解放[[今年前10个月]]新能源", Y, "")
    d.metric("销量[[约2.9万辆]]", "2.9e4", "辆", "approx", "")
    d.org("；[[三一重卡]]、")
    d.org("、[[徐工汽车]]、")
    d.org("、[[中国重汽]]分别")
    d.metric("分别销售[[2.4万]]、", "2.4e4", "辆", "exact", "",
             shared="辆")
    d.metric("、[[2.2万]]和", "2.2e4", "辆", "exact", "", shared="辆")
    d.metric("和[[1.9万辆]]。", "1.9e4", "辆", "exact", "")
    d.org("。[[潍柴动力]]表示")
    d.date("表示，[[今年]]以来其氢", Y, "")
    d.metric("配套量[[超过1500台]]", 1500, "台", "over", "")
    d.org("。[[陕汽集团]]将于")
    d.date("将于[[本周三]]在", "2026-11-18", XA)
    d.city("在[[西安]]发布")
    d.metric("可达[[600公里]]", 600, "公里", "exact", XA)
    d.org("。[[福田汽车]]表示")
    d.city("其在[[北京]]、天津")
    d.city("、[[天津]]、唐山")
    d.city("、[[唐山]]的新能源")
    d.date("排至[[明年2月]]", "2027-02", TS)
    # P8 costs and finance
    d.org("。[[中国氢能联盟]]测算")
    d.metric("购置价格[[约120万元]]", "120e4", "元", "approx", "")
    d.metric("柴油重卡的[[3倍左右]]", 3, "倍", "approx", "")
    d.metric("每公斤[[25元以下]]", 25, "元", "under", "")
    d.org("。[[中国汽车技术研究中心]]数据")
    d.date("已由[[2021年]]的", "2021", "")
    d.metric("每千瓦[[约6000元]]", 6000, "元", "approx", "")
    d.metric("目前的[[1800元左右]]", 1800, "元", "approx", "")
    d.org("，[[兴业银行]]前三季度")
    d.date("兴业银行[[前三季度]]向", Y, "")
    d.metric("绿色贷款[[约215亿元]]", "215e8", "元", "approx", "")
    d.org("，[[平安租赁]]今年")
    d.date("平安租赁[[今年]]以来", Y, "")
    d.metric("融资租赁[[超过1.1万台]]", "1.1e4", "台", "over", "")
    # P9 the grids
    d.org("。[[国家电网]]今年")
    d.date("国家电网[[今年前10个月]]经营", Y, "")
    d.metric("充换电量[[约58亿千瓦时]]", "58e8", "千瓦时", "approx", "")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.org("；[[南方电网]]在")
    d.city("在[[广州]]、深圳")
    d.city("、[[深圳]]、佛山")
    d.city("、[[佛山]]等地")
    d.metric("充电站[[约210座]]", 210, "座", "approx", FS)
    d.metric("行驶[[约10万公里]]", "10e4", "公里", "approx", "")
    d.metric("燃料费用[[8]]至12万元", "8e4", "元", "exact", "",
             shared="万元")
    d.metric("至[[12万元]]。", "12e4", "元", "exact", "")
    # P10 the outlook
    d.org("，[[中汽协]]预计")
    d.date("预计[[今年]]新能源", Y, "")
    d.metric("有望[[突破20万辆]]", "20e4", "辆", "over", "")
    d.date("较[[2025年]]全年", LY, "")
    d.metric("增长[[逾六成]]", 60, "%", "over", "")
    d.date("，[[明年]]渗透率", NY, "")
    d.metric("升至[[35%左右]]", 35, "%", "approx", "")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("，[[12月]]重卡", "2026-12", "")
    d.metric("增长[[一成以上]]", 10, "%", "over", "")
    d.org("。[[中国电动汽车百人会]]一位")
    d.date("到[[2030年]]，", "2030", "")
    d.metric("占比将[[超过80%]]", 80, "%", "over", "")
    audit = {
        "orgs": ["中国汽车工业协会", "中汽协", "工业和信息化部", "财政部",
                 "交通运输部", "国家发展改革委", "国家能源局",
                 "唐山市发展和改革委员会", "鄂尔多斯市能源局", "国家电投",
                 "启源芯动力", "宁德时代", "协鑫能科", "玖行能源",
                 "天津港集团", "宁波舟山港集团", "山东省港口集团", "上港集团",
                 "佛山市发展和改革局", "国鸿氢能", "重塑能源", "亿华通",
                 "捷氢科技", "中国石化", "一汽解放", "三一重卡", "徐工汽车",
                 "中国重汽", "潍柴动力", "陕汽集团", "福田汽车",
                 "中国氢能联盟", "中国汽车技术研究中心", "兴业银行",
                 "平安租赁", "国家电网", "南方电网", "中国电动汽车百人会"],
        "cities": ["唐山", "包头", "宜宾", "鄂尔多斯", "宁波", "徐州", "青岛",
                   "烟台", "北京", "上海", "佛山", "郑州", "张家口", "西安",
                   "天津", "广州", "深圳", "宁德", "舟山", "山东", "城市",
                   "全国", "我国", "中国", "全市", "本市", "港区"],
        "excluded": [
            # 城市 (x3: 港口城市 of the title, 试点城市, 示范城市群: generic),
            # 全国 (x3), 我国 (national); 天津港 (a port: a facility, no CITY,
            # GUIDELINES); 上海港区 (a city before 港区 is a port area, no
            # CITY, GUIDELINES 龙口港区); 两地港区 (the two cities' port
            # areas); 宁德 (inside 宁德时代), 舟山 and 宁波 (inside
            # 宁波舟山港集团), 天津 (inside 天津港集团), 山东 (inside
            # 山东省港口集团) and 中国 (inside six ORGs) are covered by ORG
            # rows
            "港口[[城市]]氢能", "试点[[城市]]中", "示范[[城市]]群",
            "，[[全国]]已有", "覆盖[[全国]]20余个", "在[[全国]]建成",
            "，[[我国]]新能源", "，[[天津港]]在用", "，[[上海港区]]内",
            "两地[[港区]]建设",
        ],
        "numbers_excluded": [],
        # 三地 (唐山、包头、宜宾三地), 两地 (青岛、烟台两地) and 五个 (北京 …
        # 张家口五个): counts right after a list of as many items, collective
        # labels (GUIDELINES); 一座 (an indefinite), 一体站 (integrated), 第一
        # (a rank), 新一代, 一辆, 一位, 进一步 (words); 千瓦 of 每千瓦 (a
        # denominator: 每 before the figure is no part of the unit)
        "cn_excluded": ["宜宾[[三]]地", "烟台[[两]]地", "张家口[[五]]个",
                        "投运[[一]]座", "制加氢[[一]]体站", "行业第[[一]]",
                        "新[[一]]代", "[[一]]辆重卡", "[[一]]位专家",
                        "进[[一]]步", "每[[千]]瓦"],
        "latin_excluded": [],
        # time words that are no DATE: 明显 (x2), 单月 (a single month's
        # figure, after 10月), 日均 (daily average), 日加氢
        # (a daily capacity), 年均, 每年 (a recurring period), 全年 (after
        # 2025年: outside the span, GUIDELINES), 节省, 周期 (全生命周期); 同期,
        # 当天 and 日前 only inside rows or absent
        "words_excluded": {"明显": 2, "日均": 1, "日加氢": 1, "年均": 1,
                           "单月": 1,
                           "每年": 1, "全年": 1, "节省": 1, "周期": 1,
                           "同期": 0, "当天": 0, "日前": 0},
        # generic heads outside ORG rows: 部门 (等部门), 公司 (该公司), 企业
        # (整车企业, 系统企业, 电网企业), 机构 (金融机构), 电网 (电网企业, and
        # 换电网络: 换电 + 网络);
        # 集团, 协会, 联盟, 银行, 中心, 局, 委员会 only inside ORGs
        "orgwords_excluded": {"部门": 1, "公司": 1, "企业": 3, "机构": 1,
                              "电网": 2, "集团": 0, "协会": 0, "联盟": 0,
                              "银行": 0, "中心": 0, "局": 0, "委员会": 0},
        "orgstring_excluded": [],
    }
    return d, audit



# ===========================================================================
# g196 Macao's public housing, November 2026: 房屋局's economic housing
# (經屋) applications and prices, social housing (社屋) applications and
# allocation (社會工作局 (社工局) with 澳門街坊會聯合總會 (街總)), the first
# sandwich-class housing (夾心房; 運輸工務司, 房屋局, 立法會第二常設委員會),
# 橫琴 (澳門都市更新股份有限公司 (都更公司) and 「澳門新街坊」,
# 橫琴粵澳深度合作區民生事務局, 珠海市住房和城鄉建設局), the private market
# (財政局, 統計暨普查局 (統計局); rents; 中原地產, 美聯物業, 利嘉閣;
# 澳門地產業總商會 with 香港, 深圳, 廣州; 澳門建築置業商會, 特區政府),
# mortgages (澳門金融管理局 (金管局), 大豐銀行, 工銀澳門, 大西洋銀行,
# 澳門國際銀行, 中國銀行澳門分行), associations (澳門工會聯合總會 (工聯),
# 澳門婦女聯合總會, 澳門中華新青年協會; 社會工作局's elderly apartments),
# universities (澳門大學 with 香港 and 新加坡, 澳門城市大學, 澳門理工大學)
# and the outlook (房屋局, 土地工務局, 經濟財政司; 聖誕, 明年農曆新年).
# Traditional as Macao writes it (佔, 公佈, 上周五, 本周三, 昨（22）日,
# 今（23）日, 首三季, 首10個月, 第三季, 上季, 明年第二季, 按年, 按月, 宗 for
# sales, 份 for applications, 個 for flats, 元 for patacas, 厘 for a
# mortgage rate, 稅, 周), UTF-8 without BOM, 2026-11-23 (a Monday, ISO week
# 2026-W48), 市民日報; 【本報訊】 opens the first paragraph (本報 names no
# outlet).  上周五 and 20日 2026-11-20; 昨（22）日 2026-11-22; 今（23）日
# 2026-11-23; 本周三 and 25日 2026-11-25; 10月30日 2026-10-30; 上月 (x2)
# 2026-10; 本月 2026-11; 國慶 2026-10-01; 聖誕 2026-12-25; 明年農曆新年
# 2027-02-06; 上季 2026-Q2 (after 第三季); 年初 2026; 明年1月 2027-01;
# 明年第二季 2027-Q2; 去年同期 2025-09 (after 截至9月底) and 2025 (after
# 今年首三季); 去年, 去年底 2025.
# ===========================================================================
@doc
def g196():
    d = Doc(G196)
    Y, LY, NY = "2026", "2025", "2027"
    MO, ZH, FS, GZ, SG = ("澳门", "珠海市", "佛山市", "广州市", "新加坡")
    # title (a heading that opens with no city: no city section)
    d.metric("申請[[逾2.3萬份]] 夾心房", "2.3e4", "份", "over", "")
    d.date("單位[[明年第二季]]開售\n", "2027-Q2", "")
    # P1 economic housing applications (【本報訊】: 本報 names no outlet)
    d.org("】[[房屋局]]上周五")
    d.date("房屋局[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    d.date("公佈，[[今年]]經濟房屋", Y, "")
    d.date("已於[[10月30日]]截止", "2026-10-30", "")
    d.metric("有效申請[[23,416份]]", 23416, "份", "exact", "")
    d.date("較[[2023年]]上一輪", "2023", "")
    d.metric("申請增加[[約18%]]", 18, "%", "approx", "")
    d.metric("核心家庭申請佔[[約六成]]", 60, "%", "approx", "")
    d.metric("個人申請[[約4,100份]]", 4100, "份", "approx", "")
    d.metric("經屋單位[[約5,200個]]", 5200, "个", "approx", "")
    d.date("預計[[明年1月]]起", "2027-01", "")
    # P2 prices and limits (ranges with a unit on each figure)
    d.metric("售價介乎[[3.2萬元]]至", "3.2e4", "元", "exact", "")
    d.metric("至[[4.1萬元]]，", "4.1e4", "元", "exact", "")
    d.metric("平均售價[[約215萬元]]", "215e4", "元", "approx", "")
    d.metric("私樓低[[約六成]]", 60, "%", "approx", "")
    d.metric("收入上限介乎[[40,660元]]至", 40660, "元", "exact", "")
    d.metric("至[[96,370元]]，", 96370, "元", "exact", "")
    d.metric("淨值上限介乎[[117萬元]]至", "117e4", "元", "exact", "")
    d.metric("至[[235萬元]]。", "235e4", "元", "exact", "")
    # P3 social housing
    d.org("方面，[[房屋局]]數據顯示")
    d.date("截至[[9月底]]，社屋", "2026-09", "")
    d.metric("累計接獲[[約3,860份]]", 3860, "份", "approx", "")
    d.metric("合資格家團[[約2,950個]]", 2950, "个", "approx", "")
    d.date("較[[去年同期]]減少約兩成", "2025-09", "")
    d.metric("減少[[約兩成]]", 20, "%", "approx", "")
    d.date("。[[今年首三季]]共向", Y, "")
    d.metric("共向[[約1,120個]]", 1120, "个", "approx", "")
    d.date("由[[去年]]的約22個月", LY, "")
    d.metric("去年的[[約22個月]]", 22, "个月", "approx", "")
    d.metric("縮短至[[14個月]]", 14, "个月", "exact", "")
    d.org("。[[社會工作局]]（")
    d.org("（[[社工局]]）")
    d.metric("輪候總數[[約35%]]", 35, "%", "approx", "")
    d.org("與[[澳門街坊會聯合總會]]（")
    d.org("（[[街總]]）")
    d.metric("為[[約680名]]", 680, "名", "approx", "")
    # P4 sandwich-class housing
    d.org("，[[運輸工務司]]表示")
    d.metric("提供[[約1,800個]]", 1800, "个", "approx", "")
    d.date("預計[[明年第二季]]開售，", "2027-Q2", "")
    d.metric("市價的[[約七成]]", 70, "%", "approx", "")
    d.org("。[[房屋局]]將於")
    d.date("將於[[本周三]]（25日）", "2026-11-25", "")
    d.date("本周三（[[25日]]）", "2026-11-25", "")
    d.metric("估計[[約8,000個]]", 8000, "个", "approx", "")
    d.org("；[[立法會第二常設委員會]]今")
    d.date("委員會[[今（23）日]]亦", "2026-11-23", "")
    # P5 Hengqin (「澳門新街坊」: a city opening a short quoted name is a
    # CITY, GUIDELINES; 澳門居民, 澳門青年: the city as a modifier)
    d.org("，[[澳門都市更新股份有限公司]]（")
    d.org("（[[都更公司]]）")
    d.city("「[[澳門]]新街坊」")
    d.metric("」[[約4,000套]]", 4000, "套", "approx", MO)
    d.metric("已售出[[約3,300套]]", 3300, "套", "approx", MO)
    d.date("餘下單位[[明年]]起", NY, MO)
    d.metric("每平方米[[約50元]]人民幣", 50, "元", "approx", MO)
    d.org("。[[橫琴粵澳深度合作區民生事務局]]數據")
    d.date("截至[[10月底]]，在合作區", "2026-10", MO)
    d.city("居住的[[澳門]]居民")
    d.metric("居民[[約1.6萬人]]", "1.6e4", "人", "approx", MO)
    d.metric("按年增加[[約27%]]", 27, "%", "approx", MO)
    d.org("；[[珠海市住房和城鄉建設局]]上月")
    d.date("建設局[[上月]]亦", "2026-10", MO)
    d.city("條件的[[澳門]]青年")
    d.metric("可獲[[3,000元]]人民幣", 3000, "元", "exact", MO)
    # P6 the private market
    d.org("，[[財政局]]資料顯示")
    d.date("顯示，[[10月]]住宅", "2026-10", "")
    d.metric("買賣登記[[約310宗]]", 310, "宗", "approx", "")
    d.metric("按月增加[[12.7%]]", "12.7", "%", "exact", "")
    d.metric("按年則下跌[[約6%]]", 6, "%", "approx", "")
    d.org("。[[統計暨普查局]]（")
    d.org("（[[統計局]]）")
    d.date("公佈，[[第三季]]住宅", "2026-Q3", "")
    d.metric("成交價為[[86,512元/平方米]]", 86512, "元/平方米", "exact", "")
    d.date("較[[上季]]下跌", "2026-Q2", "")
    d.metric("上季下跌[[2.4%]]", "2.4", "%", "exact", "")
    d.date("較[[年初]]累計", Y, "")
    d.metric("累計下跌[[約5.6%]]", "5.6", "%", "approx", "")
    d.metric("跌幅[[約3.1%]]", "3.1", "%", "approx", "")
    d.date("；[[今年首三季]]住宅成交", Y, "")
    d.metric("住宅成交[[2,684個]]", 2684, "个", "exact", "")
    d.date("較[[去年同期]]減少約9%", LY, "")
    d.metric("減少[[約9%]]", 9, "%", "approx", "")
    # P7 rents
    d.org("。[[財政局]]數據顯示")
    d.date("顯示，[[今年首三季]]登記", Y, "")
    d.metric("租賃合同[[約1.86萬份]]", "1.86e4", "份", "approx", "")
    d.metric("按年增加[[約7%]]", 7, "%", "approx", "")
    d.metric("每平方米[[約170元]]", 170, "元", "approx", "")
    d.city("轉往[[珠海]]租屋")
    d.metric("升至[[12.8%]]", "12.8", "%", "exact", ZH)
    d.date("較[[去年底]]上升", LY, ZH)
    d.metric("上升[[1.1個百分點]]", "1.1", "百分点", "exact", ZH)
    # P8 agencies and chambers
    d.org("據[[中原地產]]統計")
    d.date("統計，[[今年首10個月]]澳門", Y, MO)
    d.city("今年首10個月[[澳門]]居民")
    d.city("在[[珠海]]、中山")
    d.city("、[[中山]]及佛山")
    d.city("及[[佛山]]購置")
    d.metric("購置住宅[[約2,100宗]]", 2100, "宗", "approx", FS)
    d.metric("按年增加[[約15%]]", 15, "%", "approx", FS)
    d.metric("橫琴佔[[約三成]]", 30, "%", "approx", FS)
    d.org("。[[美聯物業]]及")
    d.org("及[[利嘉閣]]的")
    d.date("佔[[上月]]本澳", "2026-10", "")
    d.metric("成交[[約五成]]", 50, "%", "approx", "")
    d.org("。[[澳門地產業總商會]]認為")
    d.city("認為，[[澳門]]樓價")
    d.date("樓價自[[2019年]]高位", "2019", MO)
    d.metric("回落[[約三成]]", 30, "%", "approx", MO)
    d.city("與[[香港]]、深圳")
    d.city("、[[深圳]]及廣州")
    d.city("及[[廣州]]等城市")
    d.metric("回升至[[3%左右]]", 3, "%", "approx", GZ)
    d.org("。[[澳門建築置業商會]]則指")
    d.date("則指，[[今年]]以來", Y, "")
    d.metric("供應[[不足600個]]", 600, "个", "under", "")
    d.date("，[[國慶]]黃金周", "2026-10-01", "")
    d.metric("成交僅[[約120個]]", 120, "个", "approx", "")
    d.org("建議[[特區政府]]適度")
    # P9 mortgages
    d.org("，[[澳門金融管理局]]（")
    d.org("（[[金管局]]）")
    d.date("顯示，[[9月]]新批", "2026-09", "")
    d.metric("按揭貸款[[約13.6億元]]", "13.6e8", "元", "approx", "")
    d.metric("按月上升[[約9%]]", 9, "%", "approx", "")
    d.metric("本地居民佔[[約九成]]", 90, "%", "approx", "")
    d.org("。[[大豐銀行]]、")
    d.org("、[[工銀澳門]]及")
    d.org("及[[大西洋銀行]]本月")
    d.date("大西洋銀行[[本月]]先後", "2026-11", "")
    d.metric("最低[[約3.2厘]]", "3.2", "厘", "approx", "")
    d.org("；[[澳門國際銀行]]則")
    d.metric("提供最高[[九成]]按揭", 90, "%", "exact", "")
    d.org("。[[中國銀行澳門分行]]表示")
    d.date("表示，[[今年首10個月]]經屋", Y, "")
    d.metric("按年增加[[逾四成]]", 40, "%", "over", "")
    # P10 associations
    d.org("，[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）")
    d.date("工聯）[[昨（22）日]]發表", "2026-11-22", ZH)
    d.metric("受訪的[[1,236名]]", 1236, "名", "exact", ZH)
    d.metric("中，[[約46%]]", 46, "%", "approx", ZH)
    d.metric("夾心房，[[逾兩成]]考慮", 20, "%", "over", ZH)
    d.city("或[[珠海]]置業")
    d.org("。[[澳門婦女聯合總會]]、")
    d.org("、[[澳門中華新青年協會]]亦")
    d.org("。[[社會工作局]]另指")
    d.metric("已達[[93%]]", 93, "%", "exact", "")
    d.metric("長者公寓[[約1,200個]]", 1200, "个", "approx", "")
    d.date("預計[[2027年]]落成", NY, "")
    # P11 universities
    d.org("方面，[[澳門大學]]一項")
    d.city("估算，[[澳門]]公共房屋")
    d.metric("存量[[約28%]]", 28, "%", "approx", MO)
    d.city("而[[香港]]及新加坡")
    d.city("及[[新加坡]]的比例")
    d.metric("分別[[約45%]]", 45, "%", "approx", SG)
    d.metric("及[[約78%]]。", 78, "%", "approx", SG)
    d.org("。[[澳門城市大學]]一位")
    d.metric("減少[[一成左右]]", 10, "%", "approx", "")
    d.org("；[[澳門理工大學]]則")
    d.city("參考[[新加坡]]組屋")
    # P12 the outlook
    d.org("\n\n[[房屋局]]表示，聖誕")
    d.date("表示，[[聖誕]]前", "2026-12-25", "")
    d.metric("完成[[約2,600個]]", 2600, "个", "approx", "")
    d.date("可於[[明年農曆新年]]後", "2027-02-06", "")
    d.org("。[[土地工務局]]補充")
    d.date("公共房屋[[今年]]已落成", Y, "")
    d.metric("落成[[約3,400個]]", 3400, "个", "approx", "")
    d.metric("另有[[約6,000個]]", 6000, "个", "approx", "")
    d.date("將於[[2027年]]至", NY, "")
    d.date("至[[2029年]]間", "2029", "")
    d.org("。[[經濟財政司]]亦")
    d.date("透露，[[明年]]公共房屋", NY, "")
    d.metric("預算[[約86億元]]", "86e8", "元", "approx", "")
    d.date("較[[今年]]增加", Y, "")
    d.metric("增加[[約12%]]。\n", 12, "%", "approx", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "全澳", "香港", "深圳", "廣州", "珠海",
                   "中山", "佛山", "新加坡", "橫琴", "氹仔", "黑沙環",
                   "新城", "合作區", "城市", "內地", "中國", "粵澳", "本地"],
        "excluded": [
            # 橫琴 (x3 outside its bureau: the zone, a part of 珠海), 氹仔
            # (x2, Taipa, with the declared 氹) and 黑沙環 (x2), 新城
            # (x3, 新城A區: districts and reclaimed zones), 合作區 (read back),
            # 本澳 (deictic), 城市 (等城市: generic); 澳門 stands elsewhere
            # only inside ORGs (and CITY rows)
            "[[橫琴]]方面", "其中[[橫琴]]佔", "考慮到[[橫琴]]或",
            "其中[[氹仔]]跌幅", "令[[氹仔]]及", "新城A區及[[黑沙環]]",
            "及[[黑沙環]]部分", "分佈於[[新城]]A區",
            "位於[[新城]]A區", "補充，[[新城]]A區", "在[[合作區]]居住",
            "佔上月[[本澳]]二手", "廣州等[[城市]]相比", "其中[[本地]]居民",
        ],
        "numbers_excluded": [],
        # 上一輪 (the previous round), 二手 (second-hand), 一項, 一位, 另一座
        # (indefinites); 第二 inside the committee's name, 首三季 and 第三季
        # inside DATEs
        "cn_excluded": ["上[[一]]輪", "[[二]]手住宅", "大學[[一]]項",
                        "城市大學[[一]]位", "另[[一]]座"],
        # A of 新城A區 (x3: a zone's name)
        "latin_excluded": ["新城[[A]]區及", "新城[[A]]區，提供",
                           "新城[[A]]區公共"],
        # time words that are no DATE: 按年 (x5), 按月 (x2), 每月 (x2), 月租
        # (x2), 青年 (x3 outside the association's name), 年期, 黃金周 (after
        # 國慶: outside the span); 同期 only inside rows
        "words_excluded": {"按年": 5, "按月": 2, "每月": 2, "月租": 2,
                           "青年": 3, "年期": 1, "黃金周": 1, "同期": 0,
                           "當天": 0, "日前": 0},
        # generic heads outside ORG rows: 局 (該局 x2, 當局), 政府 (聽取政府:
        # the government read back); 公司, 銀行, 大學, 委員會, 總會, 商會,
        # 協會 only inside ORGs
        "orgwords_excluded": {"局": 3, "政府": 1, "公司": 0, "銀行": 0,
                              "大學": 0, "委員會": 0, "總會": 0, "商會": 0,
                              "協會": 0},
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
    # whose text is declared for it (annotate_rb.py, annotate_lb.py,
    # annotate_kb.py's 衞; none here: g196's 氹 stands in no span and is
    # checked with the span-less characters above)
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
