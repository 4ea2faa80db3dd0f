#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g177_regional_agricultural_brands and
g178_macao_elderly_welfare_pensions (annotator MC).

Adapted from the precedent set's tools/annotate_nc.py (now dev/tools/annotate_g171_g172.py; copied and the data
changed; it keeps the checks of annotate_nc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date, the bare-day month rule,
当天/同日 repeating the latest day, 去年同期 a year before its sentence's
period, 上月 as a baseline after a comparison word, the 上季 check, the
range check, the 约占 check, the declared shared unit, the hand-declared
organizations of each article, the bracketed-day check, a marker right
before a METRIC span declared and setting its qualifier, a suffix marker
inside its span, 约为 declared as a separated marker, the precision check,
the check that a traditional article holds no simplified character, the
Macao block), with annotate_na.py's UTF-8-without-BOM block in place of the
GBK one and a Big5-HKSCS block in place of the UTF-16 one.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g177 is simplified (mainland, 农民日报, 2026-11-19), stored as UTF-8
  WITHOUT a BOM; every non-ASCII character is three bytes, every character
  is also GBK; the GB, Big5 and UTF-16 codecs fail on the bytes or read
  another text.  OpenCC t2s leaves the article unchanged.  Its byline
  农民日报·中国农网记者 周静怡 stands on line 3.
- g178 is traditional (Macao, 澳門日報, 2026-11-21), stored as BIG5-HKSCS
  without a BOM.  Two characters are outside plain Big5 and cp950, so
  Python's big5 and cp950 fail on the file and big5hkscs reads it: 氹
  (U+6C39, 9C AE) of 氹仔 (Taipa), in no span, and 衞 (U+885E, 8F C0) of
  衞生局, Macao's official spelling of the Health Bureau, only inside its
  ORG rows.  Every character is in the BMP and two bytes in Big5-HKSCS;
  every line without a declared character has the same bytes in plain
  Big5.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s, which keeps 衞 as it is; mainland
  cities by their official name with 市, Macao, Hong Kong and foreign
  cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho31/precedent: README, NOTES_na/nb/nc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g177_g178.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_nc.py: a UTF-8 article without BOM (annotate_na.py's
block: no BOM, the title's 区 = E5 8C BA first, three bytes a non-ASCII
character, the GB, Big5 and UTF-16 codecs fail or read another text); a
Big5-HKSCS article (new block: big5 and cp950 fail, big5hkscs reads the file
and round-trips it, two bytes a non-ASCII character, the declared characters
at their bytes, every other line plain Big5 byte for byte, UTF-8, UTF-16 and
the GB codecs fail or read another text, the first bytes are the title's 養);
the declared character 衞 allowed only inside the ORG rows 衞生局 (the
in_org_span check of annotate_nc.py, now used); holidays 中国农民丰收节 (the
autumn equinox, by a table of 秋分 days) and 重陽節 (九月初九, by a table of
lunar days checked with the lunardate package for 2025-2027); S2T_ALLOWED
holds 里 of 里斯本 (Lisbon: OpenCC s2t writes 裏); units 个, 亩, 吨, 单, 件,
条, 天, 家, 人次, 户, 倍, 元, %, 百分点; 人, 个, 间, 名, 剂, 岁, 个月.
Re-run (from anywhere):

    python3 dev/tools/annotate_g177_g178.py
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
G177 = "g177_regional_agricultural_brands"
G178 = "g178_macao_elderly_welfare_pensions"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G177: ("utf-8", b"", False, "2026-11-19", "农民日报"),
    G178: ("big5hkscs", b"", True, "2026-11-21", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G177: [], G178: []}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them), with their Big5-HKSCS bytes: 氹 of 氹仔 (in no
# span) and 衞 of 衞生局 (only inside its ORG rows)
OUTSIDE_BIG5 = {G178: {"氹": b"\x9c\xae", "衞": b"\x8f\xc0"}}
# declared characters that stand only inside the ORG rows named here
IN_ORG_SPAN = {G178: {"衞": ["衞生局"]}}
# non-ASCII characters of a UTF-8 article that are two bytes, not three
# (the name dot U+00B7 of the byline 农民日报·中国农网; in no span)
UTF8_TWO_BYTE = {G177: ["·"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 财政局, 旅游局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G178}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them: 里 of 里斯本 (Lisbon; s2t writes 裏, the word for inside)
S2T_ALLOWED = {G178: {"里"}}
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
                   "龄护终极厦灵观残众问户剂钱疗")
# Holidays the articles name, by their exact span (2025-2027): g177
# (mainland, 2026-11-19): 中国农民丰收节 2026-09-23 (the autumn equinox,
# GUIDELINES; the occurrence nearest the reference date, no year in its
# sentence), 双11 2026-11-11 (eight days before), 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027; the coming ones, no year written in their
# sentence); g178 (Macao, 2026-11-21): 重陽節 2026-10-18 (九月初九 of 2026,
# the one just past: 34 days before, the 2027 one 321 days after), 聖誕
# 2026-12-25 (the coming one), 明年農曆新年 2027-02-06 (明年 inside the
# span; 农历新年 is 春节).
HOLIDAY = {
    "中国农民丰收节": "2026-09-23", "双11": "2026-11-11",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "重陽節": "2026-10-18", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "丰收节", "豐收節", "重阳", "重陽")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, tables of lunar days (正月初一 as the precedents checked them;
# 九月初九 checked with the lunardate package for 2025-2027), the autumn
# equinox (秋分, Beijing time: 2025-09-23 02:19, 2026-09-23 08:05,
# 2027-09-23 14:02) for 中国农民丰收节, and days computed from the calendar
# (黑色星期五; none here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
_EQUINOX = {2025: datetime.date(2025, 9, 23), 2026: datetime.date(2026, 9, 23),
            2027: datetime.date(2027, 9, 23)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽節": _DOUBLE_NINTH, "重阳节": _DOUBLE_NINTH,
         "中国农民丰收节": _EQUINOX}


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


COMPUTED_DAYS = {"黑色星期五": _black_friday}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g177 (2026: municipalities 北京, 上海; prefecture-level cities 赣州
    # (江西), 广州, 深圳 (广东), 烟台 (山东), 信阳 (河南), 丽水 (浙江);
    # county-level cities 寿光 (潍坊, 山东), 潜江 (湖北, directly under the
    # province), 库尔勒 (巴音郭楞, 新疆))
    "赣州": "赣州市", "北京": "北京市", "上海": "上海市", "广州": "广州市",
    "深圳": "深圳市", "寿光": "寿光市", "烟台": "烟台市", "潜江": "潜江市",
    "库尔勒": "库尔勒市", "信阳": "信阳市", "丽水": "丽水市",
    # g178 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (珠海, 中山, 深圳 are written
    # alike; 江門 and 廣州 -> 江门市, 广州市); 新加坡 and 里斯本 foreign)
    "澳門": "澳门", "珠海": "珠海市", "中山": "中山市", "江門": "江门市",
    "廣州": "广州市", "香港": "香港", "新加坡": "新加坡", "里斯本": "里斯本",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "里斯本"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s,
# which keeps 衞 of 衞生局 as it is)
ORG_NORM = {
    "特區政府": "特区政府", "社會保障基金": "社会保障基金",
    "社保基金": "社保基金", "立法會": "立法会",
    "社會工作局": "社会工作局", "社工局": "社工局", "衞生局": "衞生局",
    "鏡湖醫院": "镜湖医院", "澳門明愛": "澳门明爱", "仁慈堂": "仁慈堂",
    "同善堂": "同善堂", "鏡湖醫院慈善會": "镜湖医院慈善会",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "聖公會澳門社會服務處": "圣公会澳门社会服务处",
    "珠海市民政局": "珠海市民政局",
    "橫琴粵澳深度合作區民生事務局": "横琴粤澳深度合作区民生事务局",
    "中國銀行澳門分行": "中国银行澳门分行", "大豐銀行": "大丰银行",
    "工銀澳門": "工银澳门", "退休基金會": "退休基金会", "澳門通": "澳门通",
    "大西洋銀行": "大西洋银行", "統計暨普查局": "统计暨普查局",
    "統計局": "统计局", "澳門大學社會科學學院": "澳门大学社会科学学院",
    "澳門理工大學": "澳门理工大学", "澳門工會聯合總會": "澳门工会联合总会",
    "工聯": "工联", "澳門婦女聯合總會": "澳门妇女联合总会",
    "社會文化司": "社会文化司", "財政局": "财政局",
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
        self.in_org_span = IN_ORG_SPAN.get(doc_id, {})
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 0x7F for c in self.text)   # (annotate_na.py's
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",  # block)
                          "big5hkscs", "utf-16"):   # a legacy codec fails on
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)      # it or reads another text
            # no BOM: the first bytes are the title's first character (区 =
            # E5 8C BA), and the BOM-aware codec reads the same text
            assert not bom and full.decode("utf-8-sig") == self.text, doc_id
            assert full[:3] == self.text[0].encode("utf-8") == \
                b"\xe5\x8c\xba", doc_id
            assert "\ufeff" not in full.decode("utf-8"), doc_id
            # every non-ASCII character is three bytes in UTF-8, so a count
            # in bytes would shift every row after the title; the declared
            # two-byte ones (the name dot · of the byline) stand only on the
            # byline line (line 3), in no span (new in annotate_mc.py)
            two = sorted({c for c in self.text if ord(c) > 0x7F and
                          len(c.encode("utf-8")) != 3})
            assert two == sorted(UTF8_TWO_BYTE.get(doc_id, [])), (doc_id, two)
            for c in two:
                assert len(c.encode("utf-8")) == 2, c
                lines = self.text.split("\n")
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = list(two)
            assert len(raw) > len(self.text) + 1000, doc_id
        if enc == "big5hkscs":  # Big5-HKSCS proper (new in annotate_mc.py)
            declared = OUTSIDE_BIG5[doc_id]
            # the declared characters are the only ones plain Big5 lacks,
            # and cp950 lacks them too; they are written with their
            # Big5-HKSCS bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            for c, code in declared.items():
                assert not enc_ok(c, "cp950"), c
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert code.decode(enc) == c, c
            # big5 and cp950 fail on the file (checked above); every
            # non-ASCII character is two bytes, so offsets do not depend on
            # the reader's byte counting
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is plain Big5 byte for
            # byte (a Big5 reader goes wrong only on the declared lines)
            for line in self.text.split("\n"):
                if not any(c in line for c in declared):
                    assert line.encode("big5") == line.encode(enc), line
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the first bytes are the title's first character (養 = BE69)
            assert full[:2] == self.text[0].encode(enc) == b"\xbe\x69", doc_id
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id  # GBK
        if doc_id in MACAO:     # a Macao text (annotate_pc.py's block):
            # Big5-HKSCS holds every character; the declared ones alone are
            # outside plain Big5, and outside cp950 too (Macao's, not
            # Taiwan's)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert not enc_ok(c, "cp950"), c
                assert len(c.encode("big5hkscs")) == 2, c
            # each is two bytes in Big5-HKSCS, like every other non-ASCII
            # character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 財政局, 社會工作局 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # the declared characters outside ORG rows lie in no span; those
            # of IN_ORG_SPAN only inside their ORG rows (checked in check())
            self.no_span_chars = [c for c in outside
                                  if c not in self.in_org_span]
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Macao text writes no Taiwan
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
# g177 Regional public agricultural brands of counties and cities, November
# 2026: 农业农村部市场与信息化司's figures of 昨日（11月18日） (今年前三季度
# against 去年同期); prices (中国农业科学院农业信息研究所, 10月 against 上月
# as a baseline); 赣州's navel oranges (赣州市果业发展中心 今年, 11月1日;
# 拼多多 上周 with 北京, 上海, 广州, 深圳; 京东物流; 赣州市供销合作社 and
# 中国邮政); 寿光 (寿光市农业农村局 今年前10个月; 寿光蔬菜产业控股集团 with
# 盒马, 叮咚买菜, 百果园); 烟台 (今年前三季度; 烟台市农业农村局 10月 with
# 抖音); 潜江 (今年, 潜江市农业农村局 今年前三季度); 库尔勒 (库尔勒香梨协会
# 今年); 信阳 (中国茶叶流通协会 今年); 安溪铁观音集团, 八马茶业; 丽水
# (丽水市农业投资发展有限公司 今年1至10月); supply and marketing (浙江省
# 供销社, 中华全国供销合作总社 今年前三季度); finance (截至10月底 农业银行
# against 年初, 邮储银行, 中国农业发展银行 今年, 中国建设银行赣州分行 今年,
# 人保财险 今年); e-commerce (中国农民丰收节 with 淘宝, 京东, 拼多多; 双11
# with 京东, 阿里巴巴's 盒马; 百果园 本月1日至17日; 抖音 今年前三季度);
# quality and outlook (中国农业大学经济管理学院, 浙江大学中国农村发展研究院
# 2025年 against 2024年; 农业农村部 明年, 2027年底, 元旦, 春节, 年底).
# Simplified, UTF-8 without BOM, 2026-11-19 (a Thursday, ISO week
# 2026-W47), 农民日报; the byline 农民日报·中国农网记者 周静怡 on line 3.
# 昨日 2026-11-18; 上周 2026-W46; 上月 (a baseline after 10月) 2026-09;
# 本月 2026-11; 中国农民丰收节 2026-09-23; 双11 2026-11-11; 元旦
# 2027-01-01; 春节 2027-02-06; 年初, 年底 2026; 明年 2027; 去年同期 2025.
# ===========================================================================
@doc
def g177():
    d = Doc(G177)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    GZ, BJ, SZ = "赣州市", "北京市", "深圳市"
    SG, YT, QJ, KEL = "寿光市", "烟台市", "潜江市", "库尔勒市"
    XY, LS = "信阳市", "丽水市"
    # title (a heading of 40 characters that opens with no city)
    d.date("提质增效 [[前三季度]]品牌", Y, "")
    d.metric("同比增长[[14.8%]]\n", "14.8", "%", "exact", "")
    # byline (line 3): two outlets joined by a name dot (GUIDELINES
    # 农民日报·中国农网)
    d.org("\n\n[[农民日报]]·中国农网")
    d.org("·[[中国农网]]记者")
    # P1 农业农村部市场与信息化司's figures
    d.org("\n\n[[农业农村部市场与信息化司]]昨日")
    d.date("信息化司[[昨日]]（", "2026-11-18", "")
    d.date("（[[11月18日]]）", "2026-11-18", "")
    d.date("显示，[[今年前三季度]]，纳入", Y, "")
    d.metric("计划的[[203个]]", 203, "个", "exact", "")
    d.metric("销售额[[约4260亿元]]", "4260e8", "元", "approx", "")
    d.metric("同比增长[[14.8%]]，增速", "14.8", "%", "exact", "")
    d.date("比[[去年同期]]提高", LY, "")
    d.metric("提高[[2.6个百分点]]", "2.6", "百分点", "exact", "")
    d.metric("达到[[23.5%]]", "23.5", "%", "exact", "")
    d.metric("带动[[约1380万户]]", "1380e4", "户", "approx", "")
    d.metric("户均增收[[约3200元]]", 3200, "元", "approx", "")
    d.org("。[[农业农村部]]有关负责人")
    # P2 prices
    d.org("，[[中国农业科学院农业信息研究所]]的")
    d.date("显示，[[10月]]全国重点", OCT, "")
    d.date("较[[上月]]上涨", SEP, "")
    d.metric("上涨[[1.9%]]", "1.9", "%", "exact", "")
    d.metric("上涨[[4.3%]]", "4.3", "%", "exact", "")
    d.metric("分别为[[6.1%]]", "6.1", "%", "exact", "")
    d.metric("和[[5.4%]]。", "5.4", "%", "exact", "")
    d.metric("多卖[[0.5元]]", "0.5", "元", "exact", "")
    d.metric("0.5元到[[1元]]", 1, "元", "exact", "")
    # P3 赣州's navel oranges
    d.city("在江西[[赣州]]，")
    d.org("。[[赣州市果业发展中心]]介绍")
    d.date("介绍，[[今年]]全市", Y, "")
    d.metric("面积[[约189万亩]]", "189e4", "亩", "approx", "")
    d.metric("产量[[约175万吨]]", "175e4", "吨", "approx", "")
    d.metric("同比增长[[约6%]]", 6, "%", "approx", "")
    d.date("；[[11月1日]]开秤", "2026-11-01", "")
    d.metric("每斤[[约3.2元]]", "3.2", "元", "approx", "")
    d.metric("同比上涨[[约8%]]", 8, "%", "approx", "")
    d.org("。[[拼多多]]数据")
    d.date("显示，[[上周]]赣南", "2026-W46", BJ)
    d.metric("订单量[[突破120万单]]", "120e4", "单", "over", BJ)
    d.city("来自[[北京]]、上海")
    d.city("、[[上海]]、广州")
    d.city("、[[广州]]、深圳")
    d.city("、[[深圳]]等城市")
    d.metric("占比[[超过四成]]", 40, "%", "over", SZ)
    d.org("；[[京东物流]]在")
    d.city("京东物流在[[赣州]]设立")
    d.metric("发货[[约35万件]]", "35e4", "件", "approx", GZ)
    d.org("。[[赣州市供销合作社]]联合")
    d.org("联合[[中国邮政]]开通")
    d.metric("开通了[[12条]]", 12, "条", "exact", "")
    d.metric("缩短[[近1天]]", 1, "天", "approx", "")
    # P4 寿光 and 烟台
    d.city("山东[[寿光]]是")
    d.org("。[[寿光市农业农村局]]介绍")
    d.date("介绍，[[今年前10个月]]，", Y, SG)
    d.city("“[[寿光]]蔬菜”")
    d.metric("达到[[326家]]", 326, "家", "exact", SG)
    d.metric("交易量[[约452万吨]]", "452e4", "吨", "approx", SG)
    d.metric("交易额[[约138亿元]]", "138e8", "元", "approx", SG)
    d.org("。[[寿光蔬菜产业控股集团]]已")
    d.org("已与[[盒马]]、")
    d.org("、[[叮咚买菜]]、")
    d.org("、[[百果园]]等零售")
    d.metric("品种[[超过80个]]", 80, "个", "over", "")
    d.city("同省的[[烟台]]，")
    d.city("，[[烟台]]苹果今年")
    d.date("苹果[[今年前三季度]]线上", Y, YT)
    d.metric("增长[[21%]]", 21, "%", "exact", YT)
    d.org("；[[烟台市农业农村局]]10月")
    d.date("农业农村局[[10月]]联合", OCT, YT)
    d.org("联合[[抖音]]举办")
    d.city("“[[烟台]]苹果丰收季”")
    d.metric("观看[[超过2.6亿人次]]", "2.6e8", "人次", "over", YT)
    # P5 潜江, 库尔勒, 信阳, tea companies
    d.city("湖北[[潜江]]，")
    d.city("，[[潜江]]龙虾全产业链")
    d.date("综合产值[[今年]]预计", Y, QJ)
    d.metric("预计[[突破700亿元]]", "700e8", "元", "over", QJ)
    d.org("。[[潜江市农业农村局]]数据")
    d.date("显示，[[今年前三季度]]潜江", Y, QJ)
    d.city("前三季度[[潜江]]龙虾加工")
    d.metric("出口额[[约4.6亿元]]", "4.6e8", "元", "approx", QJ)
    d.metric("同比增长[[约17%]]", 17, "%", "approx", QJ)
    d.city("新疆[[库尔勒]]的香梨")
    d.date("香梨[[今年]]迎来", Y, KEL)
    d.org("，[[库尔勒香梨协会]]预计")
    d.date("预计，[[今年]]库尔勒", Y, KEL)
    d.city("今年[[库尔勒]]香梨产量")
    d.metric("产量[[约62万吨]]", "62e4", "吨", "approx", KEL)
    d.metric("其中[[约三成]]", 30, "%", "approx", KEL)
    d.org("，[[中国茶叶流通协会]]的")
    d.city("显示，[[信阳]]毛尖")
    d.date("毛尖[[今年]]产值", Y, XY)
    d.metric("产值[[约165亿元]]", "165e8", "元", "approx", XY)
    d.metric("增长[[9.2%]]", "9.2", "%", "exact", XY)
    d.org("福建的[[安溪铁观音集团]]和")
    d.org("和[[八马茶业]]则")
    # P6 丽水山耕 and supply and marketing cooperatives
    d.city("浙江[[丽水]]的")
    d.city("的“[[丽水]]山耕”是")
    d.org("的[[丽水市农业投资发展有限公司]]介绍")
    d.date("介绍，[[今年1]]至10月", "2026-01", LS)
    d.date("今年1至[[10月]]，", OCT, LS)
    d.city("，“[[丽水]]山耕”品牌")
    d.metric("销售额[[约128亿元]]", "128e8", "元", "approx", LS)
    d.metric("溢价率[[超过30%]]", 30, "%", "over", LS)
    d.metric("主体[[1263家]]", 1263, "家", "exact", LS)
    d.org("。[[浙江省供销社]]相关")
    d.metric("集配中心[[96个]]", 96, "个", "exact", "")
    d.org("。[[中华全国供销合作总社]]数据")
    d.date("系统[[今年前三季度]]农产品", Y, "")
    d.metric("销售额[[约1.96万亿元]]", "1.96e12", "元", "approx", "")
    d.metric("增长[[7.5%]]", "7.5", "%", "exact", "")
    # P7 finance
    d.date("截至[[10月底]]，", OCT, "")
    d.org("，[[农业银行]]面向")
    d.metric("余额[[约2860亿元]]", "2860e8", "元", "approx", "")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[约410亿元]]", "410e8", "元", "approx", "")
    d.org("；[[邮储银行]]发放")
    d.metric("惠及[[约42万户]]", "42e4", "户", "approx", "")
    d.org("；[[中国农业发展银行]]今年")
    d.date("发展银行[[今年]]已投放", Y, "")
    d.metric("贷款[[约356亿元]]", "356e8", "元", "approx", "")
    d.city("。在[[赣州]]，")
    d.org("，[[中国建设银行赣州分行]]推出")
    d.date("产业贷款[[今年]]已向", Y, GZ)
    d.metric("发放[[约18亿元]]", "18e8", "元", "approx", GZ)
    d.org("。[[人保财险]]在")
    d.metric("在[[12个]]省份", 12, "个", "exact", "")
    d.date("保险，[[今年]]累计", Y, "")
    d.metric("保障[[约87亿元]]", "87e8", "元", "approx", "")
    # P8 e-commerce platforms
    d.date("。[[中国农民丰收节]]期间", "2026-09-23", "")
    d.org("，[[淘宝]]、京东")
    d.org("、[[京东]]和拼多多")
    d.org("和[[拼多多]]纷纷")
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.org("，[[京东]]平台上")
    d.metric("成交额同比增长[[约27%]]", 27, "%", "approx", "")
    d.org("，[[阿里巴巴]]旗下")
    d.org("旗下[[盒马]]的")
    d.metric("增长[[近1倍]]", 1, "倍", "approx", "")
    d.org("。[[百果园]]表示")
    d.date("表示，[[本月1日]]至17日", "2026-11-01", "")
    d.date("至[[17日]]其门店", "2026-11-17", "")
    d.metric("同比增长[[约12%]]", 12, "%", "approx", "")
    d.org("。[[抖音]]数据")
    d.date("显示，[[今年前三季度]]，平台上", Y, "")
    d.metric("增长[[46%]]", 46, "%", "exact", "")
    d.metric("销售额[[超过10万元]]", "10e4", "元", "over", "")
    d.metric("达到[[1.8万家]]", "1.8e4", "家", "exact", "")
    # P9 quality and outlook (no CITY)
    d.org("。[[中国农业大学经济管理学院]]一位")
    d.org("。[[浙江大学中国农村发展研究院]]发布")
    d.date("显示，[[2025年]]全国", "2025", "")
    d.metric("合格率为[[97.6%]]", "97.6", "%", "exact", "")
    d.date("较[[2024年]]提高", "2024", "")
    d.metric("提高[[0.8个百分点]]", "0.8", "百分点", "exact", "")
    d.org("。[[农业农村部]]表示")
    d.date("表示，[[明年]]将修订", NY, "")
    d.date("到[[2027年底]]力争", NY, "")
    d.metric("培育[[300个左右]]", 300, "个", "approx", "")
    d.date("；[[元旦]]、春节", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("，[[年底]]前完成", Y, "")
    audit = {
        "orgs": ["农民日报", "中国农网", "农业农村部市场与信息化司",
                 "农业农村部", "中国农业科学院农业信息研究所",
                 "赣州市果业发展中心", "拼多多", "京东物流",
                 "赣州市供销合作社", "中国邮政", "寿光市农业农村局",
                 "寿光蔬菜产业控股集团", "盒马", "叮咚买菜", "百果园",
                 "烟台市农业农村局", "抖音", "潜江市农业农村局",
                 "库尔勒香梨协会", "中国茶叶流通协会", "安溪铁观音集团",
                 "八马茶业", "丽水市农业投资发展有限公司", "浙江省供销社",
                 "中华全国供销合作总社", "农业银行", "邮储银行",
                 "中国农业发展银行", "中国建设银行赣州分行", "人保财险",
                 "淘宝", "京东", "阿里巴巴", "中国农业大学经济管理学院",
                 "浙江大学中国农村发展研究院"],
        "cities": ["赣州", "北京", "上海", "广州", "深圳", "寿光", "烟台",
                   "潜江", "库尔勒", "信阳", "丽水", "赣南", "安溪",
                   "潍坊", "淮安", "盱眙", "洛川", "五常", "哈尔滨",
                   "杭州", "南昌", "济南", "武汉", "郑州", "福州", "泉州",
                   "乌鲁木齐", "天津", "重庆", "成都", "西安", "南京",
                   "苏州", "宁波", "温州", "长沙"],
        # 赣南 (x2, 赣南脐橙: the region of southern Jiangxi, no city)
        "excluded": ["，[[赣南]]脐橙已", "上周[[赣南]]脐橙"],
        "numbers_excluded": [],
        # 一位 (x2: a researcher, a professor)
        "cn_excluded": ["该所[[一]]位", "学院[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 采摘季 (the picking season), 丰收季
        # (the name of a live-stream campaign; 烟台 inside it is a CITY),
        # 日均 (x2, daily averages), 秋茶 (autumn tea: a season without a
        # year word), 明显 (clearly), 年度 (年度复核: the annual review, no
        # year of its own)
        # 周静怡 (the reporter's name: 周 a surname)
        "words_excluded": {"周静怡": 1, "采摘季": 1, "丰收季": 1, "日均": 2, "秋茶": 1,
                           "明显": 1, "年度": 1},
        # generic words outside ORG rows: 供销合作社 (供销合作社系统: the
        # cooperative system, a kind), 供销系统 (全省供销系统), 公司, 集团,
        # 协会, 银行, 农业农村局, 大学, 研究院, 研究所 (none outside ORG rows;
        # 该所 is a back-reference)
        "orgwords_excluded": {"供销合作社": 1, "供销系统": 1, "公司": 0,
                              "集团": 0, "协会": 0, "银行": 0,
                              "农业农村局": 0, "大学": 0, "研究院": 0,
                              "研究所": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g178 Macao's elderly welfare and pensions, November 2026: the policy
# address of 本月17日 (特區政府: 養老金 and 敬老金 raised from 明年1月1日;
# 社會保障基金（社保基金） 昨日, 立法會, 明年's budget); 社保基金's figures
# (10月底, 今年首10個月 against 去年同期, 今年首三季, 特區政府's 今年4月
# injection); 社會工作局（社工局） 昨日 (今年's 敬老金 from 7月, 本月15日,
# 12月31日), 衞生局 (今年, 2025年, 本月; 鏡湖醫院), 重陽節; care homes
# (社工局, 10月底 against 去年底, 澳門明愛's home in 氹仔 上月 and 明年第一季,
# 仁慈堂, 同善堂, 鏡湖醫院慈善會, 澳門街坊會聯合總會（街總）, 聖公會澳門社會
# 服務處 今年前三季); fees (社工局 上月); living on the mainland (珠海, 中山,
# 江門, 澳門; 珠海市民政局 今年; 橫琴粵澳深度合作區民生事務局 今年; 街總 in
# 珠海 上月; 社保基金 with 中國銀行澳門分行, 大豐銀行, 工銀澳門 in 珠海,
# 中山, 廣州, 深圳; 里斯本); civil servants' pensions (退休基金會 9月底,
# 今年首三季); digital help (社工局 with 澳門通 今年, 大西洋銀行 上月);
# ageing (統計暨普查局（統計局） 今年第三季 against 去年同期, 2036年; 香港,
# 新加坡; 澳門大學社會科學學院, 澳門理工大學); the outlook (澳門工會聯合
# 總會（工聯）, 澳門婦女聯合總會 上周, 社會文化司; 財政局 今年; 社工局 聖誕,
# 明年農曆新年, 年底).  Traditional (Macao), Big5-HKSCS without BOM,
# 2026-11-21 (a Saturday, ISO week 2026-W47), 澳門日報; 【本報消息】 opens
# the first paragraph (本報 names no outlet).  昨日 2026-11-20; 本月17日
# 2026-11-17; 上周 2026-W46; 上月 2026-10; 重陽節 2026-10-18; 聖誕
# 2026-12-25; 明年農曆新年 2027-02-06; 年底 2026; 明年 2027; 去年同期 2025
# and 2025-Q3.
# ===========================================================================
@doc
def g178():
    d = Doc(G178)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    MO, ZH, HK, SG = "澳门", "珠海市", "香港", "新加坡"
    # title (a heading that opens with no city)
    d.date("敬老金[[明年]]起上調", NY, "")
    d.date("上調 [[今年首10個月]]養老金", Y, "")
    d.metric("按年增[[7.8%]]\n", "7.8", "%", "exact", "")
    # P1 the policy address (no CITY)
    d.org("】[[特區政府]]本月17日")
    d.date("特區政府[[本月17日]]公佈", "2026-11-17", "")
    d.date("，[[明年1月1日]]起", "2027-01-01", "")
    d.metric("每月[[3,740元]]", 3740, "元", "exact", "")
    d.metric("調升至[[3,900元]]", 3900, "元", "exact", "")
    d.metric("每年[[9,000元]]", 9000, "元", "exact", "")
    d.metric("調升至[[9,500元]]", 9500, "元", "exact", "")
    d.metric("受惠長者[[約13.8萬人]]", "13.8e4", "人", "approx", "")
    d.metric("開支[[約4.6億元]]", "4.6e8", "元", "approx", "")
    d.org("。[[社會保障基金]]（")
    d.org("（[[社保基金]]）昨日")
    d.date("）[[昨日]]表示", "2026-11-20", "")
    d.org("須待[[立法會]]通過")
    d.date("通過[[明年]]財政", NY, "")
    # P2 社保基金's figures (no CITY)
    d.org("\n\n[[社保基金]]資料")
    d.date("截至[[10月底]]，養老金", OCT, "")
    d.metric("受益人[[約13.6萬人]]", "13.6e4", "人", "approx", "")
    d.metric("增加[[6.2%]]", "6.2", "%", "exact", "")
    d.date("；[[今年首10個月]]養老金", Y, "")
    d.metric("支出[[約52.4億元]]", "52.4e8", "元", "approx", "")
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[7.8%]]。", "7.8", "%", "exact", "")
    d.org("。[[社保基金]]今年首三季")
    d.date("社保基金[[今年首三季]]的", Y, "")
    d.metric("回報率約為[[4.1%]]", "4.1", "%", "approx", "", sep="約")
    d.metric("總值[[約1,186億元]]", "1186e8", "元", "approx", "")
    d.org("，[[特區政府]]今年4月")
    d.date("特區政府[[今年4月]]透過", "2026-04", "")
    d.metric("向[[約41.2萬個]]", "41.2e4", "个", "approx", "")
    d.metric("注資[[7,000元]]", 7000, "元", "exact", "")
    d.metric("其中[[65歲以上]]帳戶", 65, "岁", "over", "")
    d.metric("擁有人[[約11.3萬名]]", "11.3e4", "名", "approx", "")
    # P3 社工局's 敬老金, 衞生局, 重陽節 (no CITY)
    d.org("\n\n[[社會工作局]]（")
    d.org("（[[社工局]]）昨日")
    d.date("）[[昨日]]公佈", "2026-11-20", "")
    d.date("公佈，[[今年]]敬老金", Y, "")
    d.date("自[[7月]]起", "2026-07", "")
    d.date("截至[[本月15日]]已向", "2026-11-15", "")
    d.metric("已向[[約13.1萬名]]", "13.1e4", "名", "approx", "")
    d.metric("發放[[約11.8億元]]", "11.8e8", "元", "approx", "")
    d.metric("發放率達[[97.3%]]", "97.3", "%", "exact", "")
    d.date("可於[[12月31日]]前", "2026-12-31", "")
    d.org("。[[衞生局]]數據")
    d.date("顯示，[[今年]]已有", Y, "")
    d.metric("已有[[約10.6萬名]]", "10.6e4", "名", "approx", "")
    d.date("較[[2025年]]提高", "2025", "")
    d.metric("提高[[3.5個百分點]]", "3.5", "百分点", "exact", "")
    d.org("；[[衞生局]]本月以來")
    d.date("衞生局[[本月]]以來", NOV, "")
    d.metric("疫苗[[約4.3萬劑]]", "4.3e4", "剂", "approx", "")
    d.org("，[[鏡湖醫院]]亦為")
    d.org("。[[社工局]]又指")
    d.date("，[[重陽節]]期間", "2026-10-18", "")
    d.metric("向[[約3,600名]]", 3600, "名", "approx", "")
    d.metric("其中[[逾800名]]", 800, "名", "over", "")
    # P4 care homes (no CITY: 氹仔 is a district, 澳門 only inside ORGs)
    d.org("，[[社工局]]資助的安老院舍")
    d.metric("現有[[24間]]", 24, "间", "exact", "")
    d.metric("宿位[[約2,860個]]", 2860, "个", "approx", "")
    d.date("截至[[10月底]]，輪候", OCT, "")
    d.metric("長者[[約1,150人]]", 1150, "人", "approx", "")
    d.metric("輪候時間[[約6.8個月]]", "6.8", "个月", "approx", "")
    d.date("較[[去年底]]縮短", LY, "")
    d.metric("縮短[[約2.1個月]]", "2.1", "个月", "approx", "")
    d.org("由[[澳門明愛]]營運")
    d.date("已於[[上月]]試業", OCT, "")
    d.date("，[[明年第一季]]全面", "2027-Q1", "")
    d.metric("宿位[[約210個]]", 210, "个", "approx", "")
    d.org("。[[仁慈堂]]、")
    d.org("、[[同善堂]]、")
    d.org("、[[鏡湖醫院慈善會]]及")
    d.org("及[[澳門街坊會聯合總會]]（")
    d.org("（[[街總]]）等機構")
    d.metric("普遍[[超過九成]]", 90, "%", "over", "")
    d.org("；[[聖公會澳門社會服務處]]則")
    d.date("日間中心[[今年前三季]]共", Y, "")
    d.metric("服務[[約4.7萬人次]]", "4.7e4", "人次", "approx", "")
    d.metric("增長[[約12%]]", 12, "%", "approx", "")
    # P5 fees (no CITY)
    d.metric("繳付[[2,400元]]至", 2400, "元", "exact", "")
    d.metric("至[[3,600元]]", 3600, "元", "exact", "")
    d.metric("介乎[[8,000元]]至", 8000, "元", "exact", "")
    d.metric("至[[1.5萬元]]", "1.5e4", "元", "exact", "")
    d.org("。[[社工局]]上月起")
    d.date("社工局[[上月]]起", OCT, "")
    d.metric("每月[[1.2萬元]]", "1.2e4", "元", "exact", "")
    d.metric("參與的[[5間]]", 5, "间", "exact", "")
    d.metric("宿位[[約180個]]", 180, "个", "approx", "")
    # P6 living on the mainland
    d.org("。[[社工局]]資料")
    d.city("現時在[[珠海]]、中山")
    d.city("、[[中山]]、江門")
    d.city("、[[江門]]等地")
    d.city("的[[澳門]]長者約1.9萬人")
    d.metric("長者[[約1.9萬人]]", "1.9e4", "人", "approx", MO)
    d.metric("其中[[約六成]]", 60, "%", "approx", MO)
    d.city("居於[[珠海]]。")
    d.org("。[[珠海市民政局]]表示")
    d.metric("已有[[7間]]", 7, "间", "exact", MO)
    d.city("接收[[澳門]]長者")
    d.date("，[[今年]]新入住", Y, MO)
    d.metric("入住的[[約260人]]", 260, "人", "approx", MO)
    d.org("；[[橫琴粵澳深度合作區民生事務局]]則稱")
    d.city("合作區內的[[澳門]]長者")
    d.date("長者[[今年]]以來", Y, MO)
    d.metric("增加[[約15%]]", 15, "%", "approx", MO)
    d.org("。[[街總]]在珠海")
    d.city("街總在[[珠海]]營運")
    d.date("，[[上月]]服務量", OCT, ZH)
    d.metric("增長[[9.4%]]", "9.4", "%", "exact", ZH)
    d.org("。[[社保基金]]提醒")
    d.org("到[[中國銀行澳門分行]]、")
    d.org("、[[大豐銀行]]或")
    d.org("或[[工銀澳門]]在")
    d.city("工銀澳門在[[珠海]]、")
    d.city("珠海、[[中山]]、廣州")
    d.city("、[[廣州]]及深圳")
    d.city("及[[深圳]]的合作")
    d.city("葡萄牙[[里斯本]]等地")
    # P7 civil servants' pensions and digital help (no CITY)
    d.org("，[[退休基金會]]資料")
    d.date("截至[[9月底]]，", "2026-09", "")
    d.metric("人數[[約9,400人]]", 9400, "人", "approx", "")
    d.date("，[[今年首三季]]相關", Y, "")
    d.metric("支出[[約21.7億元]]", "21.7e8", "元", "approx", "")
    d.metric("增加[[5.1%]]", "5.1", "%", "exact", "")
    d.org("。[[退休基金會]]又指")
    d.metric("供款人[[約2.9萬名]]", "2.9e4", "名", "approx", "")
    d.date("制度[[今年首三季]]錄得", Y, "")
    d.metric("收益[[約6.3億元]]", "6.3e8", "元", "approx", "")
    d.org("，[[社工局]]與澳門通")
    d.org("與[[澳門通]]合作")
    d.date("培訓，[[今年]]已有", Y, "")
    d.metric("已有[[約5,200人次]]", 5200, "人次", "approx", "")
    d.org("；[[大西洋銀行]]亦於")
    d.date("亦於[[上月]]在各分行", OCT, "")
    # P8 ageing, comparisons, research
    d.org("。[[統計暨普查局]]（")
    d.org("（[[統計局]]）數據")
    d.date("顯示，[[今年第三季]]澳門", "2026-Q3", MO)
    d.city("今年第三季[[澳門]]65歲")
    d.metric("澳門[[65歲以上]]人口", 65, "岁", "over", MO)
    d.metric("人口[[約11.6萬人]]", "11.6e4", "人", "approx", MO)
    d.metric("總人口的[[16.4%]]", "16.4", "%", "exact", MO)
    d.date("較[[去年同期]]上升", "2025-Q3", MO)
    d.metric("上升[[0.7個百分點]]", "0.7", "百分点", "exact", MO)
    d.org("；[[統計局]]推算")
    d.date("到[[2036年]]有關", "2036", "")
    d.metric("升至[[約25%]]", 25, "%", "approx", "")
    d.city("，[[香港]]65歲")
    d.metric("香港[[65歲以上]]人口", 65, "岁", "over", HK)
    d.metric("已[[超過兩成]]", 20, "%", "over", HK)
    d.city("，[[新加坡]]約為")
    d.metric("新加坡約為[[19%]]", 19, "%", "approx", SG, sep="約")
    d.org("。[[澳門大學社會科學學院]]一項")
    d.metric("顯示，[[約四成]]受訪", 40, "%", "approx", "")
    d.metric("開支[[超過2,000元]]", 2000, "元", "over", "")
    d.metric("，[[近三成]]長者", 30, "%", "approx", "")
    d.org("。[[澳門理工大學]]一位")
    d.city("認為，[[澳門]]的退休保障")
    # P9 the outlook (no CITY)
    d.org("\n\n[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）及")
    d.org("及[[澳門婦女聯合總會]]上周")
    d.date("聯合總會[[上周]]與", "2026-W46", "")
    d.org("與[[社會文化司]]司長")
    d.metric("每年[[10,000元]]", 10000, "元", "exact", "")
    d.org("。[[財政局]]資料")
    d.org("，[[特區政府]]今年社會福利")
    d.date("特區政府[[今年]]社會福利", Y, "")
    d.metric("預算開支[[約88.5億元]]", "88.5e8", "元", "approx", "")
    d.metric("比例約為[[8%]]", 8, "%", "approx", "", sep="約")
    d.org("。[[社工局]]表示")
    d.date("表示，[[聖誕]]及", "2026-12-25", "")
    d.date("及[[明年農曆新年]]前", "2027-02-06", "")
    d.date("，[[年底]]前完成", Y, "")
    audit = {
        "orgs": ["特區政府", "社會保障基金", "社保基金", "立法會",
                 "社會工作局", "社工局", "衞生局", "鏡湖醫院", "澳門明愛",
                 "仁慈堂", "同善堂", "鏡湖醫院慈善會", "澳門街坊會聯合總會",
                 "街總", "聖公會澳門社會服務處", "珠海市民政局",
                 "橫琴粵澳深度合作區民生事務局", "中國銀行澳門分行",
                 "大豐銀行", "工銀澳門", "退休基金會", "澳門通",
                 "大西洋銀行", "統計暨普查局", "統計局",
                 "澳門大學社會科學學院", "澳門理工大學",
                 "澳門工會聯合總會", "工聯", "澳門婦女聯合總會",
                 "社會文化司", "財政局"],
        "cities": ["澳門", "珠海", "中山", "江門", "廣州", "深圳", "香港",
                   "新加坡", "里斯本", "氹仔", "橫琴", "葡萄牙", "東京",
                   "北京", "上海", "佛山", "東莞", "台北", "倫敦",
                   "波爾圖", "路環"],
        # 氹仔 (Taipa, a district of Macao), 葡萄牙 (the country before its
        # capital); 橫琴 only inside its ORG row
        "excluded": ["位於[[氹仔]]的", "[[葡萄牙]]里斯本"],
        "numbers_excluded": [],
        # 一次 (once a year), 一項 (a survey), 一位 (a scholar), 雙層式
        # (the two-tier system), 雙老家庭 (households of two elderly
        # people: a kind of household), 第二期 (an ordinal), 十年行動計劃
        # (the plan's name: a duration in a title)
        "cn_excluded": ["辦理[[一]]次", "學院[[一]]項", "大學[[一]]位",
                        "[[雙]]層式", "[[雙]]老家庭", "第[[二]]期",
                        "長者服務[[十年]]行動"],
        "latin_excluded": [],
        # time words that are no DATE: 每月 (x4) and 每年 (x4) (recurring),
        # 按年 (x4, year on year), 按月 (month on month), 月費 (monthly
        # fees), 近年 (vague), 日間 (a day centre), 證明 (a certificate)
        "words_excluded": {"每月": 4, "每年": 4, "按年": 4, "按月": 1,
                           "月費": 1, "近年": 1, "日間": 1, "證明": 1},
        # generic words outside ORG rows: 基金 (x2: 基金已完成, 基金資產
        # 總值, read back), 銀行, 大學, 總會, 政府 (none outside ORG rows)
        "orgwords_excluded": {"基金": 2, "銀行": 0, "大學": 0, "總會": 0,
                              "政府": 0},
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
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r


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
    # whose text is declared for it (恒 in 恒生銀行, 滙 in 滙豐;
    # annotate_rb.py)
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
