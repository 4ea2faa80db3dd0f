#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g171_scenic_spots_ticket_revenue and
g172_macao_consumer_prices_household_spending (annotator NC).

Adapted from the precedent set's tools/annotate_oc.py (now dev/tools/annotate_g165_g166.py; copied and the data
changed; it keeps the checks of annotate_oc.py and its predecessors: strict
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
Macao block), with annotate_ob.py's GBK block in place of the GB18030 one
and the UTF-16 block turned big-endian.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g171 is simplified (mainland, 中国旅游报, 2026-11-19), stored as GBK
  without a BOM.  Its byline 中国旅游报记者 刘珺 北京报道 stands on line 3;
  the reporter's given name 珺 (U+73FA, GBK AC 42: a trail byte in the
  ASCII range) is outside GB2312, so Python's gb2312 fails on the file
  while gbk, cp936 and gb18030 read it alike; every other character is
  GB2312 (every non-ASCII character two bytes).  珺 lies in no span.
  OpenCC t2s leaves the article unchanged.
- g172 is traditional (Macao, 澳門日報, 2026-11-22), stored as UTF-16
  BIG-ENDIAN WITH A BOM (FE FF, then the title's first character, the digit
  1 = U+0031, as 00 31).  Every character is in the BMP and in Big5-HKSCS;
  one is outside plain Big5 and cp950: 氹 (U+6C39) of 氹仔 (Taipa), in no
  span.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official name
  with 市, Hong Kong, Macao and foreign cities by their common mainland
  name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho30/precedent: README, NOTES_oa/ob/oc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g171_g172.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_oc.py: a GBK article (annotate_ob.py's block: the
declared 珺 the only character outside GB2312, at its bytes AC 42, only on
the byline line; gb2312 fails, gbk/cp936/gb18030 read the file alike; every
other line GB2312 byte for byte; the Big5 family and UTF-16 fail or read
another text); the UTF-16 article is big-endian (FE FF; the little-endian
reading fails or reads another text); the Macao block keeps 氹 as the only
character outside plain Big5 and cp950, in no span; new: 上周六 (a weekday
of last week) and 本月N日 (the reference month) checked by the relative
rules; units 人次, %, 元, 百分点, 公里, 天, 家, 场, 个, 倍, 次, 单, 张, 班;
项, 间, 份, 款, 宗.
Re-run (from anywhere):

    python3 dev/tools/annotate_g171_g172.py
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
G171 = "g171_scenic_spots_ticket_revenue"
G172 = "g172_macao_consumer_prices_household_spending"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G171: ("gbk", b"", False, "2026-11-19", "中国旅游报"),
    G172: ("utf-16-be", BOM16BE, True, "2026-11-22", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G171: [], G172: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 珺 of the reporter's name (in no span; on the
# byline line)
OUTSIDE_GB2312 = {G171: {"珺": b"\xac\x42"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 氹 of 氹仔 (in no span)
OUTSIDE_BIG5 = {G172: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 财政局, 旅游局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G172}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them (none)
S2T_ALLOWED = {G172: set()}
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
                   "猪鲜饮类涨电门调规标监辅场岛闭")
# Holidays the articles name, by their exact span (2025-2027): g171
# (mainland, 2026-11-19): 国庆 2026-10-01 (国庆假期（10月1日至7日）, 国庆期间
# of the golden week; the occurrence nearest the reference date), 双11
# 2026-11-11 (eight days before), 元旦 2027-01-01 and 春节 2027-02-06
# (正月初一 of 2027; the coming ones, no year written in their sentence),
# 明年春节 2027-02-06 (明年 inside the span); g172 (Macao, 2026-11-22):
# 國慶 2026-10-01 (國慶黃金周; 黃金周 outside), 聖誕 2026-12-25 and 元旦
# 2027-01-01 (the coming ones), 明年農曆新年 2027-02-06 (明年 inside the
# span; 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06", "明年春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一, as the precedents checked
# them with lunardate for 2025-2027) and days computed from the calendar
# (黑色星期五; none here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


COMPUTED_DAYS = {"黑色星期五": _black_friday}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g171 (2026: municipalities 北京, 上海; prefecture-level cities 张家界
    # (湖南), 杭州 (浙江), 苏州, 南京 (江苏), 哈尔滨 (黑龙江), 西安 (陕西),
    # 景德镇 (江西); county-level cities 曲阜 (济宁, 山东), 桐乡 (嘉兴, 浙江),
    # 溧阳 (常州, 江苏), 延吉 (延边, 吉林); 首尔 and 釜山 (South Korea)
    # foreign, by their common Chinese names)
    "北京": "北京市", "张家界市": "张家界市", "张家界": "张家界市",
    "曲阜": "曲阜市", "桐乡市": "桐乡市", "杭州": "杭州市", "溧阳": "溧阳市",
    "上海": "上海市", "苏州": "苏州市", "南京": "南京市",
    "哈尔滨": "哈尔滨市", "西安": "西安市", "景德镇": "景德镇市",
    "延吉": "延吉市", "延吉市": "延吉市", "首尔": "首尔", "釜山": "釜山",
    # g172 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (珠海, 中山, 湛江, 茂名, 深圳 are
    # written alike; 江門 and 廣州 -> 江门市, 广州市); 新加坡 foreign)
    "澳門": "澳门", "香港": "香港", "珠海": "珠海市", "中山": "中山市",
    "江門": "江门市", "湛江": "湛江市", "茂名": "茂名市", "深圳": "深圳市",
    "廣州": "广州市", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "首尔", "釜山", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "澳門經濟學會": "澳门经济学会",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "新苗超市": "新苗超市", "來來超市": "来来超市", "百佳": "百佳",
    "新花城超市": "新花城超市", "萬寧": "万宁", "屈臣氏": "屈臣氏",
    "市政署": "市政署", "南光集團": "南光集团", "財政局": "财政局",
    "中原地產": "中原地产", "利嘉閣": "利嘉阁", "美聯物業": "美联物业",
    "房屋局": "房屋局", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "南光石油": "南光石油", "蜆殼": "蚬壳",
    "加德士": "加德士", "澳門電力股份有限公司": "澳门电力股份有限公司",
    "澳電": "澳电", "澳門自來水股份有限公司": "澳门自来水股份有限公司",
    "治安警察局": "治安警察局", "澳門通": "澳门通",
    "支付寶澳門": "支付宝澳门", "中國銀行澳門分行": "中国银行澳门分行",
    "山姆會員店": "山姆会员店", "盒馬": "盒马",
    "澳門街坊會聯合總會": "澳门街坊会联合总会",
    "澳門工會聯合總會": "澳门工会联合总会", "特區政府": "特区政府",
    "國家統計局": "国家统计局", "澳門科技大學": "澳门科技大学",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (new in annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gbk":        # GBK proper (annotate_ob.py's block): the
            outside = sorted({c for c in self.text   # declared characters
                              if not enc_ok(c, "gb2312")})   # are the only
            declared = OUTSIDE_GB2312[doc_id]        # ones GB2312 lacks
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code and code in raw, (doc_id, c)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):      # the GB family reads it
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # 珺 is AC 42: its trail byte is the ASCII letter B, so a reader
            # that splits the bytes as ASCII would read a stray B; the byte
            # count is still two per non-ASCII character (new here)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GB2312, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = outside
        if enc.startswith("utf-16"):    # the BOM names the order (after
            assert bom == BOM16BE and enc == "utf-16-be", doc_id  # oc's LE
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"  # one)
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            # the little-endian reading fails or reads another text
            assert not decodes(raw, "utf-16-le") or \
                raw.decode("utf-16-le") != self.text, doc_id
            # code units = code points + one per surrogate pair (none)
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a big-endian file opens FE FF, then the first character's
            # high byte (g172: the title's digit 1 is U+0031, bytes 00 31)
            assert full[:2] == BOM16BE, doc_id
            assert full[2] == ord(self.text[0]) >> 8, doc_id
            assert full[3] == ord(self.text[0]) & 0xFF, doc_id
            assert not full[2:].startswith(BOM16BE), doc_id  # one BOM only
            assert not full[2:].startswith(BOM16LE), doc_id
            # offsets count from the first character after the BOM: the
            # BOM is no character of the text
            assert self.text[0] != "\ufeff", doc_id
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id  # GBK
        if doc_id in MACAO:     # a Macao text (annotate_pc.py's block,
            # applied to the decoded text of a UTF-16 file): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, and outside cp950 too (Macao's, not Taiwan's)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert not enc_ok(c, "cp950"), c
                assert len(c.encode("big5hkscs")) == 2, c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 旅遊局 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # a UTF-16 file: every character here is one code unit (two
            # bytes), so a count in bytes would double every offset
            assert all(len(c.encode("utf-16-be")) == 2 for c in self.text)
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = list(outside)
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
# g171 Scenic spots' visitors and ticket revenue in counties and cities,
# November 2026: 文化和旅游部数据中心's first-three-quarters figures for
# county scenic spots (visitors, ticket revenue, the third quarter), the
# National Day holiday (中国旅游研究院, 携程, 美团, 高德; hotel chains), free
# and cheaper tickets (河南省文化和旅游厅's winter free entry, 江西省文化和
# 旅游厅, 张家界 and its bureau, 曲阜), the operators (黄山旅游, 中青旅's
# 乌镇 with 桐乡市, 宋城演艺 with 杭州, 江苏天目湖旅游股份有限公司 with 溧阳,
# 华侨城集团, 中国旅游集团), the platforms (同程旅行, with 上海, 杭州, 苏州,
# 南京 as source cities; 飞猪's 双11, 抖音生活服务, 小红书), ticket prices
# (国家发展改革委, 中国旅游景区协会, 财政部, 中国农业银行), cities (哈尔滨,
# 西安, 景德镇, 延吉, 曲阜), inbound travel (国家移民管理局, 张家界 with 首尔
# and 釜山, 携程, 支付宝, 中国银联) and the outlook (中国旅游研究院, 元旦,
# 明年春节; 北京第二外国语学院).  Simplified, GBK without BOM, 2026-11-19
# (a Thursday, ISO week 2026-W47), 中国旅游报; the byline 中国旅游报记者 刘珺
# 北京报道 on line 3.  昨日 2026-11-18; 上周六 2026-11-14; 上月 2026-10;
# 国庆 2026-10-01; 双11 2026-11-11; 元旦 2027-01-01; 春节 and 明年春节
# 2027-02-06; 年底 2026; 明年 2027; 去年 2025; 去年同期 2025.
# ===========================================================================
@doc
def g171():
    d = Doc(G171)
    Y, LY, NY = "2026", "2025", "2027"
    ZJJ, QF, TX, HZ, LY_, HRB, XA, JDZ, YJ = (
        "张家界市", "曲阜市", "桐乡市", "杭州市", "溧阳市", "哈尔滨市",
        "西安市", "景德镇市", "延吉市")
    # title (a heading that opens with 前三季度: no city section, no CITY)
    d.date("[[前三季度]]县域景区", Y, "")
    d.metric("同比增长[[近两成]] ", 20, "%", "approx", "")
    # byline 中国旅游报记者 刘珺 北京报道 (the outlet before 记者 at the start
    # of a line is an ORG; 珺 in no span; the place filed from is a CITY;
    # a heading that opens with an ORG, no city section)
    d.org("[[中国旅游报]]记者")
    d.city("刘珺 [[北京]]报道")
    # P1 文化和旅游部数据中心's figures
    d.org("\n\n[[文化和旅游部数据中心]]昨日")
    d.date("数据中心[[昨日]]（", "2026-11-18", "")
    d.date("昨日（[[11月18日]]）", "2026-11-18", "")
    d.date("显示，[[今年前三季度]]，全国纳入", Y, "")
    d.metric("累计接待游客[[18.6亿人次]]", "18.6e8", "人次", "exact", "")
    d.metric("同比增长[[9.4%]]", "9.4", "%", "exact", "")
    d.metric("门票收入[[约412亿元]]", "412e8", "元", "approx", "")
    d.metric("同比增长[[17.8%]]", "17.8", "%", "exact", "")
    d.date("增速较[[去年同期]]提高", LY, "")
    d.metric("提高[[3.2个百分点]]", "3.2", "百分点", "exact", "")
    d.date("其中，[[第三季度]]县域", "2026-Q3", "")
    d.metric("接待游客[[7.1亿人次]]", "7.1e8", "人次", "exact", "")
    d.metric("接待总量的[[近六成]]", 60, "%", "approx", "")
    d.metric("首次[[突破160亿元]]", "160e8", "元", "over", "")
    d.org("。[[文化和旅游部资源开发司]]有关")
    # P2 the National Day holiday
    d.date("。[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("接待游客[[2.36亿人次]]", "2.36e8", "人次", "exact", "")
    d.date("较[[2019年同期]]增长", "2019", "")
    d.metric("增长[[24.5%]]", "24.5", "%", "exact", "")
    d.metric("门票收入[[约58.3亿元]]", "58.3e8", "元", "approx", "")
    d.org("。[[中国旅游研究院]]发布的报告")
    d.metric("出游距离为[[187公里]]", 187, "公里", "exact", "")
    d.metric("平均停留[[2.4天]]", "2.4", "天", "exact", "")
    d.metric("订单占比[[超过七成]]", 70, "%", "over", "")
    d.org("。[[携程]]数据显示，国庆")
    d.date("显示，[[国庆]]期间县域酒店", "2026-10-01", "")
    d.metric("预订量同比增长[[31%]]", 31, "%", "exact", "")
    d.org("；[[美团]]数据则显示")
    d.metric("销量同比增长[[46%]]", 46, "%", "exact", "")
    d.org("，[[高德]]地图上")
    d.metric("导航量同比增长[[28%]]", 28, "%", "exact", "")
    d.org("。[[华住集团]]、")
    d.org("、[[锦江酒店]]、")
    d.org("、[[亚朵]]等连锁")
    d.date("品牌[[今年]]以来在县城", Y, "")
    d.metric("新开门店[[超过600家]]", 600, "家", "over", "")
    # P3 free and cheaper tickets
    d.org("。[[河南省文化和旅游厅]]日前")
    d.date("宣布，[[12月1日]]至明年", "2026-12-01", "")
    d.date("12月1日至[[明年2月28日]]，", "2027-02-28", "")
    d.metric("全省[[200余家]]A级", 200, "家", "over", "")
    d.org("；[[江西省文化和旅游厅]]也将")
    d.date("也将在[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]期间推出", "2027-02-06", "")
    d.date("为例，[[去年12月]]至今年2月", "2025-12", "")
    d.date("去年12月至[[今年2月]]，", "2026-02", "")
    d.metric("共接待游客[[1.2亿人次]]", "1.2e8", "人次", "exact", "")
    d.metric("综合收入[[约690亿元]]", "690e8", "元", "approx", "")
    d.metric("提高到[[92%]]", 92, "%", "exact", "")
    d.city("湖南[[张家界市]]今年起")
    d.date("张家界市[[今年]]起对", Y, ZJJ)
    d.org("，[[张家界市文化旅游广电体育局]]称")
    d.date("体育局称，[[今年前10个月]]全市", Y, ZJJ)
    d.metric("研学游客同比增长[[41%]]", 41, "%", "exact", ZJJ)
    d.city("山东[[曲阜]]三孔")
    d.metric("联票则由[[140元]]", 140, "元", "exact", QF)
    d.metric("降至[[100元]]，", 100, "元", "exact", QF)
    d.date("，[[10月]]以来客流", "2026-10", QF)
    d.metric("客流同比增长[[近三成]]", 30, "%", "approx", QF)
    # P4 the operators
    d.org("。[[黄山旅游发展股份有限公司]]（")
    d.org("简称“[[黄山旅游]]”")
    d.date("公司[[前三季度]]实现", Y, "")
    d.metric("营业收入[[16.8亿元]]，", "16.8e8", "元", "exact", "")
    d.metric("同比增长[[11.2%]]", "11.2", "%", "exact", "")
    d.metric("进山游客[[约392万人次]]", "392e4", "人次", "approx", "")
    d.org("。[[中青旅]]旗下")
    d.date("乌镇景区[[前三季度]]接待", Y, "")
    d.metric("接待游客[[约716万人次]]", "716e4", "人次", "approx", "")
    d.metric("同比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.city("所在的[[桐乡市]]今年")
    d.date("桐乡市[[今年]]还将", Y, TX)
    d.metric("下调至[[80元]]", 80, "元", "exact", TX)
    d.org("。[[宋城演艺]]前三季度")
    d.date("宋城演艺[[前三季度]]实现", Y, HZ)
    d.metric("营业收入[[19.4亿元]]", "19.4e8", "元", "exact", HZ)
    d.city("旗下[[杭州]]宋城景区")
    d.date("宋城景区[[国庆]]期间", "2026-10-01", HZ)
    d.metric("最多达到[[18场]]", 18, "场", "exact", HZ)
    d.org("。[[江苏天目湖旅游股份有限公司]]表示")
    d.city("表示，[[溧阳]]天目湖")
    d.date("天目湖景区[[国庆]]期间", "2026-10-01", LY_)
    d.metric("客流同比增长[[16%]]", 16, "%", "exact", LY_)
    d.metric("销售额[[超过8000万元]]", "8000e4", "元", "over", LY_)
    d.org("。[[华侨城集团]]和")
    d.org("和[[中国旅游集团]]也在")
    d.date("项目，[[今年]]以来分别", Y, "")
    d.metric("签约项目[[12个]]和", 12, "个", "exact", "")
    d.metric("12个和[[9个]]。", 9, "个", "exact", "")
    # P5 the platforms
    d.org("。[[同程旅行]]发布")
    d.date("显示，[[今年前10个月]]，三线", Y, "")
    d.metric("订单量同比增长[[38%]]", 38, "%", "exact", "")
    d.metric("比重升至[[约54%]]", 54, "%", "approx", "")
    d.city("，[[上海]]、杭州、苏州")
    d.city("上海、[[杭州]]、苏州")
    d.city("杭州、[[苏州]]、南京")
    d.city("苏州、[[南京]]等城市")
    d.org("。[[飞猪]]数据显示")
    d.date("显示，“[[双11]]”期间", "2026-11-11", "")
    d.metric("成交额同比增长[[27%]]", 27, "%", "exact", "")
    d.metric("成交额增长[[超过1倍]]", 1, "倍", "over", "")
    d.org("。[[抖音生活服务]]相关")
    d.date("表示，[[今年]]以来平台上", Y, "")
    d.metric("播放量[[超过2000亿次]]", "2000e8", "次", "over", "")
    d.metric("团购订单[[约1.3亿单]]", "1.3e8", "单", "approx", "")
    d.org("；[[小红书]]今年")
    d.date("小红书[[今年]]以来", Y, "")
    d.date("较[[去年同期]]增长近3倍", LY, "")
    d.metric("增长[[近3倍]]", 3, "倍", "approx", "")
    # P6 ticket prices, money
    d.org("。[[国家发展改革委]]有关")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("已有[[超过1300家]]", 1300, "家", "over", "")
    d.metric("价格为[[112元]]", 112, "元", "exact", "")
    d.date("较[[2018年]]下降", "2018", "")
    d.metric("下降[[约17%]]", 17, "%", "approx", "")
    d.org("。[[中国旅游景区协会]]的调查")
    d.date("显示，[[今年前三季度]]，县域", Y, "")
    d.metric("比重降至[[31.5%]]", "31.5", "%", "exact", "")
    d.date("较[[2019年]]下降", "2019", "")
    d.metric("下降[[近12个百分点]]", 12, "百分点", "approx", "")
    d.org("。[[财政部]]下达")
    d.metric("资金中，[[约28亿元]]", "28e8", "元", "approx", "")
    d.org("；[[中国农业银行]]相关")
    d.date("该行[[今年]]已向", Y, "")
    d.metric("发放贷款[[约380亿元]]", "380e8", "元", "approx", "")
    # P7 cities
    d.city("。[[哈尔滨]]冰雪大世界")
    d.date("将于[[12月中旬]]开园", "2026-12", HRB)
    d.metric("预售量已[[超过35万张]]", "35e4", "张", "over", HRB)
    d.city("；[[西安]]大唐不夜城")
    d.date("不夜城[[上周六]]单日", "2026-11-14", XA)
    d.metric("客流达到[[42万人次]]", "42e4", "人次", "exact", XA)
    d.city("；[[景德镇]]陶溪川")
    d.date("文创街区[[上月]]接待", "2026-10", JDZ)
    d.metric("接待游客[[约86万人次]]", "86e4", "人次", "approx", JDZ)
    d.metric("同比增长[[22%]]。", 22, "%", "exact", JDZ)
    d.city("，[[延吉]]、曲阜等地")
    d.city("延吉、[[曲阜]]等地")
    d.city("走红，[[延吉市]]10月")
    d.date("延吉市[[10月]]接待", "2026-10", YJ)
    d.metric("接待游客[[约180万人次]]", "180e4", "人次", "approx", YJ)
    d.metric("同比增长[[19.6%]]", "19.6", "%", "exact", YJ)
    d.metric("门票收入同比增长[[约35%]]", 35, "%", "approx", YJ)
    # P8 inbound travel, payments
    d.org("。[[国家移民管理局]]数据")
    d.date("显示，[[今年前三季度]]全国各口岸", Y, "")
    d.metric("外国人同比增长[[36.5%]]", "36.5", "%", "exact", "")
    d.org("。[[张家界市文化旅游广电体育局]]介绍")
    d.date("介绍，[[今年]]以来张家界", Y, ZJJ)
    d.city("今年以来[[张家界]]接待")
    d.metric("入境游客[[约68万人次]]", "68e4", "人次", "approx", ZJJ)
    d.metric("其中[[约七成]]来自", 70, "%", "approx", ZJJ)
    d.city("，[[首尔]]、釜山")
    d.city("首尔、[[釜山]]至张家界")
    d.city("釜山至[[张家界]]的直航")
    d.metric("每周达到[[46班]]", 46, "班", "exact", ZJJ)
    d.org("。[[携程]]数据显示，今年")
    d.date("显示，[[今年]]以来县域景区的入境", Y, "")
    d.metric("订单同比增长[[约80%]]", 80, "%", "approx", "")
    d.org("。[[支付宝]]数据显示")
    d.date("显示，[[10月]]境外游客", "2026-10", "")
    d.org("使用[[支付宝]]的交易")
    d.metric("笔数同比增长[[1.4倍]]", "1.4", "倍", "exact", "")
    d.org("；[[中国银联]]数据")
    d.date("显示，[[国庆]]假期县域", "2026-10-01", "")
    d.metric("消费金额同比增长[[14.3%]]", "14.3", "%", "exact", "")
    d.metric("分别增长[[18.1%]]和", "18.1", "%", "exact", "")
    d.metric("和[[12.6%]]。", "12.6", "%", "exact", "")
    # P9 the outlook
    d.date("展望[[年底]]，", Y, "")
    d.org("，[[中国旅游研究院]]预计")
    d.date("预计，[[元旦]]假期", "2027-01-01", "")
    d.metric("有望达到[[1.5亿人次]]", "1.5e8", "人次", "exact", "")
    d.date("，[[明年春节]]假期", "2027-02-06", "")
    d.org("。[[北京第二外国语学院]]一位")
    audit = {
        "orgs": ["中国旅游报", "文化和旅游部数据中心", "文化和旅游部资源开发司",
                 "中国旅游研究院", "携程", "美团", "高德", "华住集团",
                 "锦江酒店", "亚朵", "河南省文化和旅游厅", "江西省文化和旅游厅",
                 "张家界市文化旅游广电体育局", "黄山旅游发展股份有限公司",
                 "黄山旅游", "中青旅", "宋城演艺", "江苏天目湖旅游股份有限公司",
                 "华侨城集团", "中国旅游集团", "同程旅行", "飞猪",
                 "抖音生活服务", "小红书", "国家发展改革委", "中国旅游景区协会",
                 "财政部", "中国农业银行", "国家移民管理局", "支付宝", "中国银联",
                 "北京第二外国语学院"],
        "cities": ["北京", "张家界", "曲阜", "桐乡", "杭州", "溧阳", "上海",
                   "苏州", "南京", "哈尔滨", "西安", "景德镇", "延吉", "首尔",
                   "釜山", "黄山", "乌镇", "安吉", "婺源", "阳朔", "河南",
                   "江西", "湖南", "山东", "浙江", "江苏", "广西", "全国",
                   "全省", "全市", "城市", "县城", "县级市", "韩国", "中国",
                   "武陵源", "天目湖", "宋城"],
        "excluded": [
            # 全国 (x7), 全省 (x2), 全市 (deictic); 城市 (x3: 三线及以下城市,
            # 等城市, 不少城市), 县城 (x2), 县级市 (generic); the provinces before
            # their counties or cities (浙江, 江西 x2 outside ORGs, 广西,
            # 湖南, 山东), 河南 (x2 outside ORGs); the counties 安吉, 婺源,
            # 阳朔; 黄山 (黄山风景区: the mountain; GUIDELINES: 黄山 counts
            # only with 市), 乌镇 (x2, a town of 桐乡市), 武陵源 (a district),
            # 天目湖 (the lake of 溧阳) and 宋城 (x2, a theme park) are
            # places inside scenic spots' names; 韩国 (a country); 中国
            # stands elsewhere only inside ORGs
            "，[[全国]]纳入", "占[[全国]]重点", "，[[全国]]县域景区",
            "对[[全国]]中小学生", "，[[全国]]已有", "前三季度[[全国]]各口岸",
            "元旦假期[[全国]]国内",
            "，[[全省]]200余家", "，[[全省]]A级", "个月[[全市]]研学",
            "三线及以下[[城市]]用户", "南京等[[城市]]的游客", "不少[[城市]]也把",
            "在[[县城]]新开", "“小众[[县城]]游”", "在[[县级市]]中",
            "，[[浙江]]安吉", "浙江[[安吉]]、", "、[[江西]]婺源",
            "江西[[婺源]]、", "、[[广西]]阳朔", "广西[[阳朔]]等地",
            "[[湖南]]张家界市", "[[山东]]曲阜", "以[[河南]]为例",
            "，[[黄山]]风景区", "中青旅旗下[[乌镇]]景区", "；[[乌镇]]所在",
            "免收[[武陵源]]核心", "杭州[[宋城]]景区",
            "来自[[韩国]]",
        ],
        # 5A级 (a tier label, SPEC 一线城市)
        "numbers_excluded": ["[[5]]A级"],
        # 三孔 (the scenic area's name), 三线 (a tier label, SPEC 一线城市),
        # 一位 (x1: 一 before a measure word, indefinite), 一阵风 (a saying)
        "cn_excluded": ["曲阜[[三]]孔", "，[[三]]线及以下", "学院[[一]]位",
                        "“[[一]]阵风”"],
        # A级 (x2) and 5A级: grades of scenic spots
        "latin_excluded": ["家[[A]]级旅游", "全省[[A]]级景区", "5[[A]]级景区"],
        # time words that are no DATE: 假日 (holidays in general), 日前
        # (vague), 周边 (x3, "surrounding"), 单日 (x2, a single day), 每周
        # (recurring), 天目湖 (x2: the lake's name, also inside an ORG row),
        # 全年, 同期 and 当天 only inside rows or absent
        "words_excluded": {"假日": 1, "日前": 1, "周边": 3, "单日": 2,
                           "每周": 1, "天目湖": 1, "全年": 0, "当天": 0},
        # generic heads outside ORG rows: 公司 (公司前三季度: 黄山旅游 read
        # back), 集团 only inside ORGs, 协会, 研究院, 银行 (银行卡) and
        # 管理局 only inside ORGs
        "orgwords_excluded": {"公司": 1, "集团": 0, "协会": 0, "研究院": 0,
                              "银行": 1, "管理局": 0, "旅游厅": 0,
                              "数据中心": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g172 Macao's consumer prices and household spending, November 2026:
# 統計局's October CPI (composite, A and B; the first ten months; the
# sections: food, housing and fuel, transport; month on month), the
# household budget survey's shares, 消委會's November supermarket survey
# (新苗超市, 來來超市, 百佳, 新花城超市) and the chains' offers (萬寧,
# 屈臣氏), 市政署's market prices and the supply from 珠海, 中山, 江門 (南光
# 集團's pigs from 湛江, 茂名), rents (財政局, 中原地產, 利嘉閣, 美聯物業 with
# 珠海; 房屋局's queues), fuel and utilities (經科局, 南光石油, 蜆殼, 加德士,
# 澳電, 澳門自來水股份有限公司), northbound spending (統計局, 治安警察局,
# 經科局's e-discounts with 澳門通, 支付寶澳門, 中國銀行澳門分行; 珠海,
# 中山, 深圳, 廣州; 山姆會員店, 盒馬; 街總, 工聯, 特區政府) and the
# neighbours and outlook (香港, 新加坡, 國家統計局; 澳門科技大學; 聖誕, 元旦,
# 明年農曆新年; 經濟財政司).  Traditional as Macao writes it (按年, 按月,
# 公佈, 佔, 首10個月, 第三季, 本澳, 內地, 元 for patacas), UTF-16 BE with
# BOM, 2026-11-22 (a Sunday, ISO week 2026-W47), 澳門日報; 【本報消息】
# opens the first paragraph (本報 names no outlet).  20日 and 本月20日
# 2026-11-20; 昨日 2026-11-21; 本月18日 2026-11-18; 上周 2026-W46; 上月
# (a baseline after 較 in a sentence of 10月) 2026-09; 國慶 2026-10-01;
# 聖誕 2026-12-25; 元旦 2027-01-01; 明年農曆新年 2027-02-06; 年初, 年底
# 2026; 明年 2027; 去年 2025; 去年同期 2025, 2025-11, 2025-10.
# ===========================================================================
@doc
def g172():
    d = Doc(G172)
    Y, LY, NY = "2026", "2025", "2027"
    MO, ZH, HK, SG = "澳门", "珠海市", "香港", "新加坡"
    # title (a heading that opens with 10月: no city section, no CITY)
    d.date("[[10月]]綜合消費物價指數按年升", "2026-10", "")
    d.metric("按年升[[1.52%]] ", "1.52", "%", "exact", "")
    # P1 統計局's October CPI (【本報消息】: no outlet named)
    d.org("】[[統計暨普查局]]（")
    d.org("普查局（[[統計局]]）")
    d.date("）[[20日]]公佈", "2026-11-20", MO)
    d.city("公佈，[[澳門]]10月")
    d.date("澳門[[10月]]綜合", "2026-10", MO)
    d.metric("指數為[[105.36]]", "105.36", "", "exact", MO)
    d.metric("按年上升[[1.52%]]，升幅", "1.52", "%", "exact", MO)
    d.date("升幅較[[9月]]擴大", "2026-09", MO)
    d.metric("擴大[[0.18個百分點]]", "0.18", "百分点", "exact", MO)
    d.metric("分別按年上升[[1.47%]]及", "1.47", "%", "exact", "")
    d.metric("及[[1.61%]]。", "1.61", "%", "exact", "")
    d.date("。[[今年首10個月]]綜合", Y, "")
    d.metric("平均按年上升[[1.21%]]", "1.21", "%", "exact", "")
    d.date("較[[去年同期]]的0.87%", LY, "")
    d.metric("去年同期的[[0.87%]]", "0.87", "%", "exact", "")
    # P2 the sections, month on month
    d.org("\n\n[[統計局]]指出")
    d.metric("按年上升[[3.08%]]", "3.08", "%", "exact", "")
    d.metric("分別上升[[11.4%]]、", "11.4", "%", "exact", "")
    d.metric("、[[6.7%]]及", "6.7", "%", "exact", "")
    d.metric("及[[5.2%]]；", "5.2", "%", "exact", "")
    d.metric("價格上升[[1.96%]]", "1.96", "%", "exact", "")
    d.metric("而下跌[[2.35%]]", "2.35", "%", "exact", "")
    d.date("按月比較，[[10月]]綜合", "2026-10", "")
    d.date("指數較[[上月]]上升", "2026-09", "")
    d.metric("上月上升[[0.26%]]", "0.26", "%", "exact", "")
    d.metric("在[[12個]]大類中", 12, "个", "exact", "")
    d.metric("大類中有[[7個]]按月", 7, "个", "exact", "")
    # P3 the household budget survey
    d.org("根據[[統計局]]去年")
    d.date("統計局[[去年]]公佈", LY, MO)
    d.city("調查結果，[[澳門]]住戶")
    d.metric("消費開支為[[3.64萬元]]", "3.64e4", "元", "exact", MO)
    d.metric("開支佔[[27.8%]]", "27.8", "%", "exact", MO)
    d.metric("燃料佔[[23.5%]]", "23.5", "%", "exact", MO)
    d.metric("交通佔[[9.6%]]", "9.6", "%", "exact", MO)
    d.date("推算，[[10月]]食品價格", "2026-10", "")
    d.metric("多支出[[約300元]]", 300, "元", "approx", "")
    d.org("。[[澳門經濟學會]]有理事")
    # P4 消委會's supermarket survey
    d.org("\n\n[[消費者委員會]]（")
    d.org("委員會（[[消委會]]）")
    d.date("）[[昨日]]公佈", "2026-11-21", "")
    d.date("公佈的[[11月]]超市", "2026-11", "")
    d.metric("顯示，[[86項]]民生", 86, "项", "exact", "")
    d.date("較[[去年同期]]上升3.4%", "2025-11", "")
    d.metric("同期上升[[3.4%]]", "3.4", "%", "exact", "")
    d.date("較[[10月中旬]]的調查", "2026-10", "")
    d.metric("調查上升[[1.8%]]", "1.8", "%", "exact", "")
    d.date("調查於[[本月18日]]進行", "2026-11-18", "")
    d.metric("氹仔的[[28間]]超市", 28, "间", "exact", "")
    d.org("包括[[新苗超市]]、")
    d.org("、[[來來超市]]、百佳")
    d.org("、[[百佳]]、")
    d.org("、[[新花城超市]]等")
    d.metric("可達[[47%]]", 47, "%", "exact", "")
    d.org("。[[消委會]]提醒")
    # P5 the chains' offers
    d.org("，[[新苗超市]]表示")
    d.metric("採購成本上升[[約8%]]", 8, "%", "approx", "")
    d.metric("旗下[[24間]]分店", 24, "间", "exact", "")
    d.date("將於[[12月1日]]至31日", "2026-12-01", "")
    d.date("12月1日至[[31日]]推出", "2026-12-31", "")
    d.metric("推出[[逾500款]]", 500, "款", "over", "")
    d.org("；[[來來超市]]則將")
    d.date("凍結至[[明年3月底]]", "2027-03", "")
    d.org("。[[萬寧]]及屈臣氏")
    d.org("萬寧及[[屈臣氏]]亦")
    d.date("價格[[今年]]大致", Y, "")
    # P6 market prices, supply
    d.org("\n\n[[市政署]]的街市")
    d.date("顯示，[[10月]]本澳街市", "2026-10", "")
    d.metric("每斤[[82元]]", 82, "元", "exact", "")
    d.metric("按年上升[[6.5%]]", "6.5", "%", "exact", "")
    d.metric("每斤[[約18元]]", 18, "元", "approx", "")
    d.date("較[[9月]]上升約12%", "2026-09", "")
    d.metric("較9月上升[[約12%]]", 12, "%", "approx", "")
    d.org("。[[市政署]]表示")
    d.city("多來自[[珠海]]、")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]等地")
    d.org("由[[南光集團]]從")
    d.city("從[[湛江]]、茂名")
    d.city("湛江、[[茂名]]等地")
    d.date("影響，[[9月下旬]]至10月上旬", "2026-09", "")
    d.date("9月下旬至[[10月上旬]]供澳", "2026-10", "")
    d.metric("數量減少[[約15%]]", 15, "%", "approx", "")
    # P7 rents
    d.org("，[[財政局]]資料")
    d.date("顯示，[[今年第三季]]本澳住宅", "2026-Q3", "")
    d.metric("每平方米[[143元]]", 143, "元", "exact", "")
    d.metric("按年上升[[2.1%]]", "2.1", "%", "exact", "")
    d.org("。[[中原地產]]及")
    d.org("及[[利嘉閣]]的統計")
    d.date("指出，[[10月]]本澳中小型", "2026-10", "")
    d.metric("平均租金[[約1.1萬元]]", "1.1e4", "元", "approx", "")
    d.date("較[[去年同期]]上升約4%", "2025-10", "")
    d.metric("上升[[約4%]]；", 4, "%", "approx", "")
    d.org("；[[美聯物業]]則表示")
    d.city("橫琴及[[珠海]]拱北")
    d.org("。[[房屋局]]數據")
    d.date("截至[[10月底]]，經濟", "2026-10", "")
    d.metric("申請共[[9,847份]]", 9847, "份", "exact", "")
    d.metric("家團[[約4,300個]]", 4300, "个", "approx", "")
    # P8 fuel and utilities
    d.org("，[[經濟及科技發展局]]（")
    d.org("發展局（[[經科局]]）")
    d.date("截至[[本月20日]]，", "2026-11-20", ZH)
    d.metric("每公升[[14.86元]]", "14.86", "元", "exact", ZH)
    d.date("較[[年初]]下降", Y, ZH)
    d.metric("下降[[約6%]]", 6, "%", "approx", ZH)
    d.city("仍比[[珠海]]同類")
    d.metric("高出[[約三成]]", 30, "%", "approx", ZH)
    d.org("。[[南光石油]]、")
    d.org("、[[蜆殼]]及")
    d.org("及[[加德士]]等")
    d.date("公司[[上周]]先後", "2026-W46", "")
    d.metric("每公升[[0.3元]]", "0.3", "元", "exact", "")
    d.org("。[[澳門電力股份有限公司]]（")
    d.org("（[[澳電]]）")
    d.date("）[[今年1月]]起", "2026-01", "")
    d.metric("平均上升[[約3.5%]]", "3.5", "%", "approx", "")
    d.org("；[[澳門自來水股份有限公司]]亦")
    d.date("表示，[[明年]]水費", NY, "")
    # P9 northbound spending, e-discounts
    d.org("。[[統計局]]資料顯示")
    d.date("顯示，[[今年第三季]]本澳居民", "2026-Q3", ZH)
    d.metric("出境消費[[約42.6億元]]", "42.6e8", "元", "approx", ZH)
    d.metric("按年增長[[18.3%]]", "18.3", "%", "exact", ZH)
    d.metric("其中[[逾六成]]在", 60, "%", "over", ZH)
    d.city("在[[珠海]]、中山、深圳")
    d.city("珠海、[[中山]]、深圳")
    d.city("中山、[[深圳]]及廣州")
    d.city("深圳及[[廣州]]等內地")
    d.org("。[[治安警察局]]數據")
    d.date("顯示，[[國慶]]黃金周", "2026-10-01", "")
    d.metric("本澳居民[[約96萬人次]]", "96e4", "人次", "approx", "")
    d.org("，[[經科局]]今年")
    d.date("經科局[[今年5月]]至7月", "2026-05", "")
    d.date("今年5月至[[7月]]推出", "2026-07", "")
    d.metric("帶動消費[[約12.8億元]]", "12.8e8", "元", "approx", "")
    d.metric("參與商戶[[逾1.6萬間]]", "1.6e4", "间", "over", "")
    d.org("，[[澳門通]]、")
    d.org("、[[支付寶澳門]]及")
    d.org("及[[中國銀行澳門分行]]等")
    d.city("表示，[[珠海]]的超市")
    d.metric("本澳低[[約兩成]]", 20, "%", "approx", ZH)
    d.org("，[[山姆會員店]]、")
    d.org("、[[盒馬]]等大型")
    d.org("。[[澳門街坊會聯合總會]]及")
    d.org("及[[澳門工會聯合總會]]早前")
    d.metric("收到[[逾200宗]]", 200, "宗", "over", "")
    d.org("促請[[特區政府]]加強")
    # P10 the neighbours, the outlook
    d.city("比較，[[香港]]10月")
    d.date("香港[[10月]]綜合", "2026-10", HK)
    d.metric("按年上升[[1.6%]]", "1.6", "%", "exact", HK)
    d.city("，[[新加坡]]10月")
    d.date("新加坡[[10月]]整體", "2026-10", SG)
    d.metric("通脹率[[約1.2%]]", "1.2", "%", "approx", SG)
    d.org("；[[國家統計局]]數據")
    d.date("內地[[10月]]居民", "2026-10", "")
    d.metric("按年上漲[[0.4%]]", "0.4", "%", "exact", "")
    d.org("。[[澳門科技大學]]有")
    d.date("認為，[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及明年", "2027-01-01", "")
    d.date("元旦及[[明年農曆新年]]臨近", "2027-02-06", "")
    d.date("臨近，[[年底]]前", Y, "")
    d.metric("通脹率約為[[1.3%]]", "1.3", "%", "approx", "", sep="約")
    d.org("。[[經濟財政司]]司長")
    d.org("，[[特區政府]]將繼續")
    d.date("壓力，[[明年]]亦會", NY, "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "香港", "珠海", "中山", "江門", "湛江",
                   "茂名", "深圳", "廣州", "新加坡", "內地", "氹仔", "橫琴",
                   "拱北", "半島", "日本", "泰國", "城市", "鄰近地區"],
        "excluded": [
            # 本澳 (x11, deictic); 內地 (x4: 由內地供應, 內地專才, 內地城市,
            # 內地10月; regions); 氹仔 (x2, an island district), 半島 (the
            # peninsula, a district), 橫琴 (a district of 珠海) and 拱北 (a
            # district after its city); the countries 日本, 泰國; 城市
            # (內地城市, generic), 鄰近地區 (neighbouring places); 澳門 stands
            # elsewhere only inside ORGs
            "涵蓋[[本澳]]半島", "，[[本澳]]鮮活", "10月[[本澳]]街市",
            "第三季[[本澳]]住宅", "10月[[本澳]]中小型", "，[[本澳]]無鉛",
            "，[[本澳]]居民北上", "第三季[[本澳]]居民", "出境的[[本澳]]居民",
            "比[[本澳]]低", "年底前[[本澳]]食品", "由[[內地]]供應",
            "不少[[內地]]專才", "廣州等[[內地]]城市", "，[[內地]]10月",
            "本澳[[半島]]及", "及[[氹仔]]的", "，其中[[氹仔]]區",
            "帶動[[橫琴]]及", "珠海[[拱北]]的", "從[[日本]]及",
            "及[[泰國]]進口", "內地[[城市]]。", "從[[鄰近地區]]比較",
        ],
        "numbers_excluded": [],
        # 同一貨品 (一 before a noun: "the same"), 半島 (the peninsula)
        "cn_excluded": ["，[[同一]]貨品"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x10, year-on-year), 按月 (x2,
        # month-on-month), 每月 (x2: monthly spending), 全年 (全年綜合通脹
        # 率: no year of its own), 黃金周 (after 國慶, outside the span),
        # 日本 (the country); 同期 only inside rows
        "words_excluded": {"按年": 10, "按月": 2, "每月": 2, "全年": 1,
                           "黃金周": 1, "日本": 1, "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 公司 (燃油公司: a kind), 機構
        # (支付機構: a kind), 超市 (x6: 11月超市物價, 28間超市, 不同超市,
        # 連鎖超市, 超市業界, 珠海的超市); 大學, 政府, 委員會, 學會 and 總會 only
        # inside ORGs
        "orgwords_excluded": {"公司": 1, "機構": 1, "超市": 6, "大學": 0,
                              "政府": 0, "委員會": 0, "學會": 0, "總會": 0,
                              "統計局": 0},
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
