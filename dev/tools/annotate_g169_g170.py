#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g169_airport_passenger_throughput_cities and g170_hk_electric_vehicles_charging
(annotator NB).

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
the narrowest codec, the check that a traditional article holds no
simplified character), with a Hong Kong block (annotate_ob.py's checks on
the decoded text of a UTF-16 file) in place of annotate_oc.py's Macao one.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g169 is simplified (mainland, 中国民航报, 2026-11-18), stored as GB18030
  without a BOM.  Its byline 本报记者 李䶮 北京报道 stands on line 3; the
  reporter's given name 䶮 (U+4DAE, CJK Extension A; GB18030 FE 9F) is
  outside GBK, so Python's gbk, cp936 and gb2312 fail on the file while
  gb18030 reads it; every other character is GBK and encodes alike in GBK
  and GB18030 (every non-ASCII character is two bytes).  䶮 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g170 is traditional (Hong Kong, 明報, 2026-11-25), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 電 = U+96FB as FB 96).
  Every character is in the BMP and in Big5-HKSCS; one is outside plain
  Big5 and cp950: 邨 (U+90A8) of 公共屋邨 (public housing estates), in no
  span.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Hong Kong, Macao and foreign cities by their common
  mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho30/precedent: README, NOTES_oa/ob/oc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g169_g170.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_oc.py: the declared GB18030 character is 䶮 (FE 9F);
the UTF-16 article is a Hong Kong one (邨 the only character outside plain
Big5 and cp950, in no span; every non-ASCII character two bytes in
Big5-HKSCS and in UTF-16; 香港/本港 named at least twice); holidays 双11,
国庆, 元旦, 春节, 聖誕, 明年農曆新年; units 人次, %, 吨, 架次, 个, 条, 架,
元, 班, 百分点, 座; 辆, 百分点, 元, 个, 宗, 千瓦, 间, 部, 座, 名, 款.
Re-run (from anywhere):

    python3 dev/tools/annotate_g169_g170.py
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
G169 = "g169_airport_passenger_throughput_cities"
G170 = "g170_hk_electric_vehicles_charging"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G169: ("gb18030", b"", False, "2026-11-18", "中国民航报"),
    G170: ("utf-16-le", BOM16LE, True, "2026-11-25", "明報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G169: [], G170: []}
# characters of the mainland GB18030 article that GBK lacks, with their
# GB18030 bytes: 䶮 of the reporter's name (in no span; on the byline line)
OUTSIDE_GBK = {G169: {"䶮": b"\xfe\x9f"}}
# characters of the Hong Kong article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 邨 of 公共屋邨 (in no span)
OUTSIDE_BIG5 = {G170: ["邨"]}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 運輸署, 環保署, 政府產業署, 機電署 …, are
# ORGs in a text that names the region at least twice)
HONGKONG = {G170}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them (none: every character of g170 is one that s2t leaves alone
# or one that t2s changes)
S2T_ALLOWED = {G170: set()}
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
                   "电动车辆桩气态护产业厂鹏极宝马铁灯壳蚬领码维")
# Holidays the articles name, by their exact span (2025-2027): g169
# (mainland, 2026-11-18): 双11 2026-11-11 (the shopping festival a week
# before, the occurrence nearest the reference date), 国庆 2026-10-01 (x2:
# 国庆黄金周 and 国庆当天 in a sentence about October 2026; 黄金周 outside),
# 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentence); g170 (Hong Kong, 2026-11-25): 聖誕
# 2026-12-25 and 元旦 2027-01-01 (the coming ones), 明年農曆新年 2027-02-06
# (明年 inside the span; 农历新年 is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一, as the precedents checked
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
    # g169 (2026: municipalities 北京, 上海; prefecture-level cities 成都
    # (四川), 广州 and 深圳 (广东), 郑州 (河南); foreign cities by their
    # common Chinese names: 列日 (Belgium), 布达佩斯 (Hungary), 布宜诺斯艾利斯
    # (Argentina), 阿拉木图 (Kazakhstan), 伊斯坦布尔 (Turkey), 米兰 (Italy))
    "北京": "北京市", "上海": "上海市", "成都": "成都市", "广州": "广州市",
    "深圳": "深圳市", "郑州": "郑州市", "列日": "列日",
    "布达佩斯": "布达佩斯", "布宜诺斯艾利斯": "布宜诺斯艾利斯",
    "阿拉木图": "阿拉木图", "伊斯坦布尔": "伊斯坦布尔", "米兰": "米兰",
    # g170 (traditional spans; 香港 and 澳門 by their common names; mainland
    # cities by their full simplified names (深圳, 上海 are written alike;
    # 廣州 -> 广州市); 新加坡, 奧斯陸, 倫敦, 東京, 首爾 foreign, by their
    # mainland names)
    "香港": "香港", "廣州": "广州市", "澳門": "澳门", "新加坡": "新加坡",
    "奧斯陸": "奥斯陆", "倫敦": "伦敦", "東京": "东京", "首爾": "首尔",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"列日", "布达佩斯", "布宜诺斯艾利斯", "阿拉木图", "伊斯坦布尔",
          "米兰", "香港", "澳门", "新加坡", "奥斯陆", "伦敦", "东京", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "明報": "明报", "運輸署": "运输署", "環境及生態局": "环境及生态局",
    "立法會環境事務委員會": "立法会环境事务委员会", "特區政府": "特区政府",
    "環境保護署": "环境保护署", "環保署": "环保署",
    "政府產業署": "政府产业署", "房屋委員會": "房屋委员会", "房委會": "房委会",
    "中華電力": "中华电力", "中電": "中电", "香港電燈": "香港电灯",
    "港燈": "港灯", "領展": "领展", "新鴻基地產": "新鸿基地产", "新地": "新地",
    "特斯拉": "特斯拉", "蜆殼": "蚬壳", "中石化": "中石化", "港鐵": "港铁",
    "比亞迪": "比亚迪", "小鵬": "小鹏", "極氪": "极氪", "寶馬": "宝马",
    "平治": "平治", "九巴": "九巴", "城巴": "城巴", "香港大學": "香港大学",
    "香港生產力促進局": "香港生产力促进局", "生產力局": "生产力局",
    "中銀香港": "中银香港", "渣打香港": "渣打香港",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "機電工程署": "机电工程署", "機電署": "机电署",
    "香港理工大學": "香港理工大学",
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
        if enc == "gb18030":    # GB18030 proper (annotate_pb.py's block):
            outside = sorted({c for c in self.text   # the declared
                              if not enc_ok(c, "gbk")})   # characters are
            declared = OUTSIDE_GBK[doc_id]           # the only ones GBK
            assert outside == sorted(declared), (doc_id, outside)  # lacks
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():        # written as declared,
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert ord(c) <= 0xFFFF, c          # in the BMP
            # every non-ASCII character is two bytes, the declared one too
            # (FE 9F, GB18030's two-byte code for U+4DAE): no four-byte
            # sequence, so a byte count cannot be mistaken for offsets
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GBK, cp936 and GB2312 fail on the file (the narrowest codec
            # that reads it is GB18030)
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # the Big5 family and UTF-16 fail or read another text
            for other in ("big5", "cp950", "big5hkscs", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # every line without a declared character is GBK, byte for byte
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            # the declared character stands on the byline line (line 3)
            # only, after the title
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = outside
        if enc.startswith("utf-16"):    # the BOM names the order (after
            assert bom == BOM16LE and enc == "utf-16-le", doc_id  # pb's BE
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"  # one)
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            # the big-endian reading fails or reads another text
            assert not decodes(raw, "utf-16-be") or \
                raw.decode("utf-16-be") != self.text, doc_id
            # code units = code points + one per surrogate pair (none)
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a little-endian file opens FF FE, then the first character's
            # low byte (g170: 電 is U+96FB, bytes FB 96)
            assert full[:2] == BOM16LE, doc_id
            assert full[2] == ord(self.text[0]) & 0xFF, doc_id
            assert full[3] == ord(self.text[0]) >> 8, doc_id
            assert not full[2:].startswith(BOM16LE), doc_id  # one BOM only
            # offsets count from the first character after the BOM: the
            # BOM is no character of the text
            assert self.text[0] != "\ufeff", doc_id
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_ob.py's
            # checks, applied like annotate_oc.py's Macao block to the
            # decoded text of a UTF-16 file): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5,
            # and outside cp950 too (Hong Kong's, not Taiwan's)
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
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 運輸署, 環保署 …, stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # a UTF-16 file: every character here is one code unit (two
            # bytes), so a count in bytes would double every offset
            assert all(len(c.encode("utf-16-le")) == 2 for c in self.text)
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
# g169 Mainland airports' throughput by city, November 2026: 民航局's
# January-October figures (passengers, cargo and mail, movements; October;
# the certified airports), the cities' ranking (上海, 北京, 成都, 广州, 深圳)
# and their airports (浦东, 虹桥, 首都, 大兴, 天府, 双流, 白云, 宝安), other
# hubs (重庆, 昆明, 西安, 杭州 airports; foreign passengers with 上海 and
# 北京; Hainan's airports since the island-wide customs operation of
# 2025-12-18), cargo (浦东, 白云, 宝安; 顺丰集团's 鄂州花湖国际机场 and
# 顺丰航空; 郑州新郑国际机场 and 中州航空's routes 郑州 to 列日 and 布达佩斯;
# 双11 with 郑州, 深圳, 广州; 京东物流), the airlines (国航, 东航, 南航, 海航,
# 川航, 厦航, 春秋航空, 吉祥航空; the winter-spring season from 10月25日 and
# routes to 布宜诺斯艾利斯 and 布达佩斯), the airport groups (首都机场集团,
# 上海机场集团), the National Day week (携程 with 阿拉木图, 伊斯坦布尔, 米兰;
# 同程旅行), 国家移民管理局 (北京, 上海, 广州) and IATA, and the outlook
# (民航局发展计划司, 中航协, 中国民航大学).  Simplified, GB18030 without BOM,
# 2026-11-18 (a Wednesday, ISO week 2026-W47), 中国民航报; the byline
# 本报记者 李䶮 北京报道 on line 3.  昨日 2026-11-17; 上周 2026-W46; 本月下旬
# 2026-11; 上月 after 较 in a sentence of 10月份 2026-09; 双11 2026-11-11;
# 国庆 and 当天 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06; 年底 2026;
# 明年 2027; 去年同期 after 前10个月 2025; 去年12月18日 2025-12-18.
# ===========================================================================
@doc
def g169():
    d = Doc(G169)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, SH, GZ, ZZ = "北京市", "上海市", "广州市", "郑州市"
    # title (a heading that opens with 前10个月: no city section, no CITY)
    d.date("[[前10个月]]全国机场", Y, "")
    d.metric("吞吐量[[13.9亿人次]] 货邮", "13.9e8", "人次", "exact", "")
    d.metric("同比增长[[11.2%]]\n", "11.2", "%", "exact", "")
    # byline (line 3: 本报 names no outlet; the place filed from is a CITY)
    d.city("李䶮 [[北京]]报道")
    # P1 民航局's January-October figures
    d.org("\n\n[[民航局]]昨日")
    d.date("民航局[[昨日]]发布", "2026-11-17", "")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，全国", "2026-10", "")
    d.metric("旅客吞吐量[[13.9亿人次]]，", "13.9e8", "人次", "exact", "")
    d.metric("同比增长[[6.8%]]；", "6.8", "%", "exact", "")
    d.metric("货邮吞吐量[[1926.5万吨]]", "1926.5e4", "吨", "exact", "")
    d.metric("同比增长[[11.2%]]；", "11.2", "%", "exact", "")
    d.metric("飞机起降[[1093.4万架次]]", "1093.4e4", "架次", "exact", "")
    d.metric("同比增长[[4.6%]]。", "4.6", "%", "exact", "")
    d.date("其中，[[10月份]]全国", "2026-10", "")
    d.metric("旅客吞吐量[[1.52亿人次]]", "1.52e8", "人次", "exact", "")
    d.metric("同比增长[[7.4%]]，", "7.4", "%", "exact", "")
    d.date("较[[上月]]增长", "2026-09", "")
    d.metric("较上月增长[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("旅客吞吐量[[约1260万人次]]", "1260e4", "人次", "approx", "")
    d.date("恢复至[[2019年同期]]的", "2019", "")
    d.metric("同期的[[112%]]", 112, "%", "exact", "")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("达到[[268个]]", 268, "个", "exact", "")
    d.date("，[[今年]]以来新增", Y, "")
    d.metric("新增[[5个]]。", 5, "个", "exact", "")
    # P2 the cities' ranking and their airports
    d.city("分城市看，[[上海]]、北京")
    d.city("上海、[[北京]]、成都")
    d.city("北京、[[成都]]、广州")
    d.city("成都、[[广州]]、深圳")
    d.city("广州、[[深圳]]继续")
    d.org("。[[上海浦东国际机场]]和上海虹桥")
    d.org("和[[上海虹桥国际机场]]前10个月")
    d.date("上海虹桥国际机场[[前10个月]]合计", Y, "")
    d.metric("旅客吞吐量[[1.09亿人次]]", "1.09e8", "人次", "exact", "")
    d.metric("同比增长[[8.3%]]", "8.3", "%", "exact", "")
    d.org("其中[[浦东机场]]国际及地区")
    d.metric("地区旅客[[约2860万人次]]", "2860e4", "人次", "approx", "")
    d.metric("同比增长[[21.3%]]", "21.3", "%", "exact", "")
    d.org("；[[首都机场]]和大兴机场")
    d.org("首都机场和[[大兴机场]]合计")
    d.metric("合计完成[[1.02亿人次]]", "1.02e8", "人次", "exact", "")
    d.metric("同比增长[[5.2%]]", "5.2", "%", "exact", "")
    d.org("，[[大兴机场]]旅客吞吐量")
    d.metric("首次[[突破4500万人次]]", "4500e4", "人次", "over", "")
    d.org("。[[成都天府国际机场]]与")
    d.org("与[[成都双流国际机场]]合计")
    d.metric("合计完成[[8130万人次]]", "8130e4", "人次", "exact", "")
    d.metric("同比增长[[9.7%]]", "9.7", "%", "exact", "")
    d.org("；[[广州白云国际机场]]完成")
    d.metric("完成[[6810万人次]]", "6810e4", "人次", "exact", "")
    d.metric("同比增长[[6.5%]]", "6.5", "%", "exact", "")
    d.org("；[[深圳宝安国际机场]]完成")
    d.metric("完成[[5640万人次]]", "5640e4", "人次", "exact", "")
    d.metric("同比增长[[7.9%]]", "7.9", "%", "exact", "")
    d.metric("同比增长[[逾三成]]", 30, "%", "over", "")
    # P3 other hubs, foreign passengers, Hainan
    d.org("\n\n[[重庆江北国际机场]]前10个月")
    d.date("重庆江北国际机场[[前10个月]]完成", Y, "")
    d.metric("旅客吞吐量[[4380万人次]]", "4380e4", "人次", "exact", "")
    d.metric("同比增长[[6.1%]]", "6.1", "%", "exact", "")
    d.org("；[[昆明长水国际机场]]、")
    d.org("、[[西安咸阳国际机场]]和")
    d.org("和[[杭州萧山国际机场]]分别")
    d.metric("分别完成[[4020万人次]]", "4020e4", "人次", "exact", "")
    d.metric("、[[3890万人次]]和", "3890e4", "人次", "exact", "")
    d.metric("和[[3760万人次]]。", "3760e4", "人次", "exact", "")
    d.org("，[[萧山机场]]三季度")
    d.date("萧山机场[[三季度]]入境", "2026-Q3", SH)
    d.metric("同比增长[[46.5%]]", "46.5", "%", "exact", SH)
    d.city("，[[上海]]、北京两地")
    d.city("上海、[[北京]]两地")
    d.metric("提高至[[18.6%]]和", "18.6", "%", "exact", BJ)
    d.metric("和[[15.2%]]。", "15.2", "%", "exact", BJ)
    d.date("。[[去年12月18日]]海南", "2025-12-18", "")
    d.org("，[[海口美兰国际机场]]和")
    d.org("和[[三亚凤凰国际机场]]国际航线")
    d.metric("分别增长[[57.3%]]和", "57.3", "%", "exact", "")
    d.metric("和[[43.8%]]，", "43.8", "%", "exact", "")
    d.metric("合计[[24条]]", 24, "条", "exact", "")
    # P4 cargo
    d.org("货运方面，[[上海浦东国际机场]]前10个月")
    d.date("上海浦东国际机场[[前10个月]]完成货邮", Y, "")
    d.metric("货邮吞吐量[[318.7万吨]]", "318.7e4", "吨", "exact", "")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", "")
    d.org("；[[白云机场]]、宝安机场")
    d.org("、[[宝安机场]]分别")
    d.metric("分别完成[[209.3万吨]]和", "209.3e4", "吨", "exact", "")
    d.metric("和[[172.6万吨]]。", "172.6e4", "吨", "exact", "")
    d.org("作为[[顺丰集团]]投资")
    d.org("，[[鄂州花湖国际机场]]完成")
    d.metric("货邮吞吐量[[约151万吨]]", "151e4", "吨", "approx", "")
    d.metric("同比增长[[38.4%]]", "38.4", "%", "exact", "")
    d.org("，[[顺丰航空]]在该机场")
    d.metric("已[[超过90架]]", 90, "架", "over", "")
    d.metric("增至[[28条]]", 28, "条", "exact", "")
    d.org("。[[郑州新郑国际机场]]完成")
    d.metric("货邮吞吐量[[约96.5万吨]]", "96.5e4", "吨", "approx", "")
    d.metric("同比增长[[15.2%]]，", "15.2", "%", "exact", "")
    d.metric("占比[[超过四成]]", 40, "%", "over", "")
    d.org("；[[中州航空]]已开通")
    d.city("开通[[郑州]]至列日")
    d.city("郑州至[[列日]]、")
    d.city("列日、[[布达佩斯]]等")
    d.metric("等[[6条]]国际", 6, "条", "exact", "布达佩斯")
    d.date("“[[双11]]”期间", "2026-11-11", ZZ)
    d.date("（[[11月1日]]至11日）", "2026-11-01", ZZ)
    d.date("11月1日至[[11日]]）", "2026-11-11", ZZ)
    d.city("，[[郑州]]、深圳、广州等机场")
    d.city("郑州、[[深圳]]、广州等机场")
    d.city("深圳、[[广州]]等机场")
    d.metric("同比增长[[23.7%]]", "23.7", "%", "exact", GZ)
    d.org("，[[京东物流]]等企业")
    # P5 the airlines, the winter-spring season
    d.org("航空公司方面，[[国航]]、")
    d.org("国航、[[东航]]、南航")
    d.org("东航、[[南航]]前10个月")
    d.date("南航[[前10个月]]合计", Y, "")
    d.metric("运输旅客[[约3.42亿人次]]", "3.42e8", "人次", "approx", "")
    d.metric("同比增长[[5.6%]]", "5.6", "%", "exact", "")
    d.metric("平均客座率[[83.9%]]", "83.9", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact", "")
    d.org("。[[海航]]、川航")
    d.org("海航、[[川航]]、厦航")
    d.org("川航、[[厦航]]10月")
    d.date("厦航[[10月]]客座率", "2026-10", "")
    d.metric("均[[超过85%]]", 85, "%", "over", "")
    d.org("；[[春秋航空]]10月")
    d.date("春秋航空[[10月]]客座率", "2026-10", "")
    d.metric("达到[[92.1%]]", "92.1", "%", "exact", "")
    d.org("，[[吉祥航空]]前三季度")
    d.date("吉祥航空[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约187.6亿元]]", "187.6e8", "元", "approx", "")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact", "")
    d.date("。[[10月25日]]起执行", "2026-10-25", "")
    d.metric("客运航班[[约7400班]]", 7400, "班", "approx", "")
    d.metric("增长[[12%]]，新开", 12, "%", "exact", "")
    d.metric("国际航线[[68条]]", 68, "条", "exact", "")
    d.org("其中，[[东航]]新开")
    d.city("新开[[上海]]至布宜诺斯艾利斯")
    d.city("上海至[[布宜诺斯艾利斯]]航线")
    d.org("，[[南航]]开通")
    d.city("开通[[广州]]至布达佩斯")
    d.city("广州至[[布达佩斯]]航线")
    # P6 the airport groups
    d.org("机场集团方面，[[首都机场集团]]旗下")
    d.date("成员机场[[前10个月]]完成", Y, "")
    d.metric("旅客吞吐量[[约2.96亿人次]]", "2.96e8", "人次", "approx", "")
    d.org("；[[上海机场集团]]预计")
    d.date("预计，[[今年]]其旅客", Y, "")
    d.metric("将[[突破1.3亿人次]]", "1.3e8", "人次", "over", "")
    # P7 the National Day week, the travel platforms
    d.date("。[[国庆]]黄金周（", "2026-10-01", "")
    d.date("黄金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("保障旅客[[约235万人次]]", "235e4", "人次", "approx", "")
    d.metric("同比增长[[4.2%]]", "4.2", "%", "exact", "")
    d.date("其中，[[国庆]]当天", "2026-10-01", "")
    d.date("国庆[[当天]]保障", "2026-10-01", "")
    d.metric("保障旅客[[约262万人次]]", "262e4", "人次", "approx", "")
    d.org("。[[携程]]数据显示")
    d.metric("同比增长[[约32%]]", 32, "%", "approx", "阿拉木图")
    d.city("，[[阿拉木图]]、")
    d.city("、[[伊斯坦布尔]]、")
    d.city("、[[米兰]]等目的地")
    d.org("；[[同程旅行]]的数据")
    d.date("显示，[[10月]]以来", "2026-10", "")
    d.metric("同比增长[[约19%]]", 19, "%", "approx", "")
    # P8 immigration, IATA
    d.org("\n\n[[国家移民管理局]]数据")
    d.date("显示，[[今年前三季度]]经空港", Y, BJ)
    d.metric("外国人[[约1930万人次]]", "1930e4", "人次", "approx", BJ)
    d.metric("同比增长[[31.7%]]", "31.7", "%", "exact", BJ)
    d.city("其中[[北京]]、上海、广州三地")
    d.city("北京、[[上海]]、广州三地")
    d.city("上海、[[广州]]三地")
    d.metric("占比[[近六成]]", 60, "%", "approx", GZ)
    d.org("。[[国际航空运输协会]]（IATA）")
    d.org("（[[IATA]]）")
    d.date("）[[上周]]发布", "2026-W46", "")
    d.date("预计，[[明年]]中国市场", NY, "")
    d.date("将较[[今年]]增长", Y, "")
    d.metric("增长[[约15%]]", 15, "%", "approx", "")
    # P9 the outlook
    d.org("\n\n[[民航局发展计划司]]相关")
    d.date("预计[[四季度]]全国", "2026-Q4", "")
    d.metric("运输量[[约1.86亿人次]]", "1.86e8", "人次", "approx", "")
    d.metric("同比增长[[约5%]]", 5, "%", "approx", "")
    d.metric("达到[[7.9亿人次左右]]", "7.9e8", "人次", "approx", "")
    d.date("；[[年底]]前还将", Y, "")
    d.metric("还将有[[3座]]新建", 3, "座", "exact", "")
    d.metric("其中[[2座]]将于", 2, "座", "exact", "")
    d.date("将于[[本月下旬]]通航", "2026-11", "")
    d.org("。[[中国航空运输协会]]（中航协）")
    d.org("（[[中航协]]）")
    d.date("做好[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.org("。[[中国民航大学]]一位")
    d.date("认为，[[明年]]中西部", NY, "")
    d.date("，[[明年3月28日]]起执行", "2027-03-28", "")
    audit = {
        "orgs": ["民航局", "上海浦东国际机场", "上海虹桥国际机场", "浦东机场",
                 "首都机场", "大兴机场", "成都天府国际机场",
                 "成都双流国际机场", "广州白云国际机场", "深圳宝安国际机场",
                 "重庆江北国际机场", "昆明长水国际机场", "西安咸阳国际机场",
                 "杭州萧山国际机场", "萧山机场", "海口美兰国际机场",
                 "三亚凤凰国际机场", "白云机场", "宝安机场", "顺丰集团",
                 "鄂州花湖国际机场", "顺丰航空", "郑州新郑国际机场",
                 "中州航空", "京东物流", "国航", "东航", "南航", "海航",
                 "川航", "厦航", "春秋航空", "吉祥航空", "首都机场集团",
                 "上海机场集团", "携程", "同程旅行", "国家移民管理局",
                 "国际航空运输协会", "IATA", "民航局发展计划司",
                 "中国航空运输协会", "中航协", "中国民航大学"],
        "cities": ["北京", "上海", "成都", "广州", "深圳", "重庆", "昆明",
                   "西安", "杭州", "海口", "三亚", "鄂州", "郑州", "列日",
                   "布达佩斯", "布宜诺斯艾利斯", "阿拉木图", "伊斯坦布尔",
                   "米兰", "全国", "城市", "中西部", "海南", "中国", "欧美",
                   "国内", "首都", "浦东", "虹桥", "大兴", "白云", "宝安",
                   "双流", "天府", "萧山", "花湖", "新郑", "江北", "长水",
                   "咸阳", "美兰", "凤凰"],
        "excluded": [
            # 全国 (x8: the national totals, 全国首位, 全国民航, 全国平均),
            # 城市 (分城市看, 中小城市: generic), 中西部 (a region), 海南 (a
            # province, in 海南自由贸易港), 中国 (中国市场: the country),
            # 国内 (国内外航空公司); the cities' names stand elsewhere only
            # inside airport ORGs (SPEC: an airport's name is ORG with no
            # CITY inside)
            "[[全国]]机场旅客", "，[[全国]]民用", "10月份[[全国]]机场",
            "，[[全国]]颁证", "位居[[全国]]首位", "7日），[[全国]]民航",
            "四季度[[全国]]民航", "高于[[全国]]平均",
            "分[[城市]]看", "中小[[城市]]出发", "明年[[中西部]]枢纽",
            "12月18日[[海南]]自由", "明年[[中国]]市场", "，[[国内]]外航空",
        ],
        "numbers_excluded": [],
        # 前五 (a rank), 两地 and 三地 (collective labels after their
        # lists, SPEC 两地), 上一航季 (the previous season), 一位 (一 before
        # a measure word: indefinite)
        "cn_excluded": ["前[[五]]。", "北京[[两]]地", "较上[[一]]航季",
                        "广州[[三]]地", "大学[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 明显 (x2), 航季 (x3: 冬春航季,
        # 上一航季, 夏秋航季 are seasons without a year word; 夏秋 its
        # 秋), 每周
        # (recurring), 节假日 (holidays in general), 黄金周 (x2: after 国庆
        # outside its span, and 黄金周期间 alone: the week just named),
        # 日均 (a daily average), 单日 (a single day), 全年 (no year of its
        # own)
        "words_excluded": {"明显": 2, "航季": 3, "夏秋": 1, "每周": 1, "节假日": 1,
                           "黄金周": 2, "日均": 1, "单日": 1, "全年": 1,
                           "当天": 0, "同期": 0},
        # generic heads outside ORG rows: 机场 (x12: 全国机场, 民用运输机场,
        # 颁证运输机场, 两地机场, 该机场, 等机场, 机场集团方面, 成员机场,
        # 新建机场, 各机场, 枢纽机场), 集团 (机场集团方面), 航空 (x3:
        # 航空公司方面, 国内外航空公司, 国际航空客运量), 公司 (x2: 航空公司
        # twice); 协会, 大学, 管理局 only inside ORGs
        "orgwords_excluded": {"机场": 12, "集团": 1, "协会": 0, "大学": 0,
                              "管理局": 0, "航空": 3, "公司": 2},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g170 Hong Kong's electric vehicles and charging network, November 2026:
# 運輸署's registrations (the first ten months, October, the stock at the
# end of October), policy (環境及生態局 before 立法會環境事務委員會,
# 特區政府's 2035 target, the first registration tax concession from
# 今年4月1日, 環保署's trials), chargers (環保署's counts and targets,
# 政府產業署's car parks, 房委會's estates, the home charging subsidy
# scheme), the power companies (中電 and 港燈; fees, usage, the holidays),
# car park and fuel station operators (領展, 新地, 特斯拉 in 香港, 蜆殼,
# 中石化, 港鐵), the brands (特斯拉, 比亞迪 of 深圳, 小鵬 of 廣州, 極氪,
# 寶馬, 平治), public transport (九巴, 城巴, the taxis), comparisons (深圳,
# 廣州, 上海, 澳門; 新加坡, 奧斯陸, 倫敦; 香港大學 with 香港, 東京, 首爾),
# training and loans (生產力局, 中銀香港, 渣打香港), safety (消委會, 機電署),
# research (香港理工大學) and the outlook.  Traditional as Hong Kong writes it
# (按年, 公布, 首10個月, 首三季, 第三季, 明年首季, 明年第一季, 本港, 全港,
# 佔, 的士, 元 for HK dollars, 部 for buses, 間 for showrooms, 屋邨), UTF-16
# LE with BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48), 明報;
# 【明報專訊】 opens the first paragraph (明報 is the outlet before its
# dateline word).  昨日 (x2) 2026-11-24; 上周 2026-W47; 本月初 2026-11;
# 上月 2026-10 (x2), after 較 in a sentence of 10月 2026-09; 聖誕
# 2026-12-25; 元旦 2027-01-01; 明年農曆新年 2027-02-06; 明年 2027; 去年
# 2025; 去年同期 after 今年首10個月 2025.
# ===========================================================================
@doc
def g170():
    d = Doc(G170)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SZ, GZ, SH, MO, SG = ("香港", "深圳市", "广州市", "上海市", "澳门",
                              "新加坡")
    # title (a heading that opens with no city: no section, no CITY)
    d.metric("新登記[[逾七成]] ", 70, "%", "over", "")
    d.date("公共充電器[[明年]]增至", NY, "")
    d.metric("增至[[1.6萬個]]\n", "1.6e4", "个", "exact", "")
    # P1 運輸署's registrations (【明報專訊】: the outlet before its dateline)
    d.org("【[[明報]]專訊】")
    d.org("】[[運輸署]]昨日")
    d.date("運輸署[[昨日]]公布", "2026-11-24", HK)
    d.date("，[[今年首10個月]]香港", Y, HK)
    d.city("今年首10個月[[香港]]共有")
    d.metric("共有[[約3.62萬輛]]", "3.62e4", "辆", "approx", HK)
    d.metric("電動私家車[[約2.55萬輛]]", "2.55e4", "辆", "approx", HK)
    d.metric("佔比[[約70.4%]]", "70.4", "%", "approx", HK)
    d.date("較[[去年同期]]的", LY, HK)
    d.metric("的[[64.8%]]上升", "64.8", "%", "exact", HK)
    d.metric("上升[[5.6個百分點]]", "5.6", "百分点", "exact", HK)
    d.date("。[[10月]]單月", "2026-10", "")
    d.metric("新登記[[約2,980輛]]", 2980, "辆", "approx", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    d.date("較[[上月]]增加", "2026-09", "")
    d.metric("較上月增加[[約8%]]", 8, "%", "approx", "")
    d.date("截至[[10月底]]", "2026-10", "")
    d.metric("登記電動車[[約15.8萬輛]]", "15.8e4", "辆", "approx", "")
    d.metric("當中電動私家車[[約14.9萬輛]]", "14.9e4", "辆", "approx", "")
    d.metric("總數[[約20.3%]]", "20.3", "%", "approx", "")
    d.metric("商用車[[約6,200輛]]", 6200, "辆", "approx", "")
    d.metric("電單車則[[約1,150輛]]", 1150, "辆", "approx", "")
    # P2 policy
    d.org("\n\n[[環境及生態局]]局長")
    d.date("局長[[昨日]]出席", "2026-11-24", HK)
    d.org("出席[[立法會環境事務委員會]]會議")
    d.org("，[[特區政府]]會繼續")
    d.city("推動[[香港]]車輛")
    d.date("在[[2035年]]或之前", "2035", HK)
    d.date("上限[[今年4月1日]]起", "2026-04-01", "")
    d.metric("由[[5.85萬元]]下調", "5.85e4", "元", "exact", "")
    d.metric("下調至[[4萬元]]後", "4e4", "元", "exact", "")
    d.date("將於[[明年第一季]]檢討", "2027-Q1", "")
    d.org("。[[環境保護署]]（環保署）")
    d.org("（[[環保署]]）補充")
    d.date("補充，[[今年]]以來", Y, "")
    d.metric("已資助[[約190個]]", 190, "个", "approx", "")
    d.metric("資助總額[[約1.86億元]]", "1.86e8", "元", "approx", "")
    # P3 chargers
    d.org("充電設施方面，[[環保署]]數據")
    d.date("截至[[今年9月底]]", "2026-09", "")
    d.metric("公共充電器[[約1.02萬個]]", "1.02e4", "个", "approx", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約2,400個]]", 2400, "个", "approx", "")
    d.metric("快速充電器[[約2,650個]]", 2650, "个", "approx", "")
    d.org("。[[環保署]]目標")
    d.date("目標在[[明年底]]前", NY, "")
    d.metric("增至[[約1.6萬個]]", "1.6e4", "个", "approx", "")
    d.date("並在[[2028年]]前", "2028", "")
    d.metric("增至[[逾4,000個]]", 4000, "个", "over", "")
    d.org("。[[政府產業署]]表示")
    d.date("停車場[[今年]]已新增", Y, "")
    d.metric("已新增[[約1,300個]]", 1300, "个", "approx", "")
    d.date("充電器，[[明年]]將再增設", NY, "")
    d.metric("再增設[[約1,500個]]", 1500, "个", "approx", "")
    d.org("；[[房屋委員會]]（房委會）")
    d.org("（[[房委會]]）亦")
    d.date("計劃在[[明年首季]]完成", "2027-Q1", "")
    d.metric("完成[[12個]]公共屋邨", 12, "个", "exact", "")
    d.metric("共接獲[[約1,050宗]]", 1050, "宗", "approx", "")
    d.metric("涉及[[約18.6萬個]]", "18.6e4", "个", "approx", "")
    d.metric("當中[[約7.4萬個]]", "7.4e4", "个", "approx", "")
    d.metric("按年增加[[約45%]]", 45, "%", "approx", "")
    # P4 the power companies
    d.org("電力公司方面，[[中華電力]]（中電）")
    d.org("（[[中電]]）表示")
    d.date("表示，[[今年首三季]]其供電區", Y, "")
    d.metric("按年增加[[約38%]]", 38, "%", "approx", "")
    d.org("，[[中電]]轄下")
    d.date("收費[[上月]]起", "2026-10", "")
    d.metric("每千瓦時[[4.2元]]", "4.2", "元", "exact", "")
    d.metric("下調至[[3.9元]]", "3.9", "元", "exact", "")
    d.org("；[[香港電燈]]（港燈）")
    d.org("（[[港燈]]）則指")
    d.date("公共充電器[[第三季]]平均", "2026-Q3", "")
    d.metric("使用率[[約46%]]", 46, "%", "approx", "")
    d.org("，[[港燈]]計劃")
    d.date("港燈計劃[[明年]]在港島", NY, "")
    d.metric("再增設[[約300個]]", 300, "个", "approx", "")
    d.date("會在[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及", "2027-01-01", "")
    d.date("及[[明年農曆新年]]等", "2027-02-06", "")
    # P5 car park, fuel station and railway operators
    d.org("加快部署。[[領展]]表示")
    d.metric("已安裝[[約1.7萬個]]", "1.7e4", "个", "approx", "")
    d.metric("總車位[[三成]]", 30, "%", "approx", "", sep="約")
    d.date("，計劃[[明年]]再增設", NY, "")
    d.metric("再增設[[約600個]]", 600, "个", "approx", "")
    d.org("；[[新鴻基地產]]（新地）")
    d.org("（[[新地]]）旗下")
    d.date("停車場[[今年]]新增", Y, "")
    d.metric("新增[[約800個]]", 800, "个", "approx", "")
    d.org("。[[特斯拉]]表示，其在")
    d.city("其在[[香港]]的超級")
    d.metric("增至[[28座]]", 28, "座", "exact", HK)
    d.metric("達[[250千瓦]]", 250, "千瓦", "exact", HK)
    d.org("；[[蜆殼]]及中石化")
    d.org("及[[中石化]]亦在")
    d.org("，[[蜆殼]]計劃")
    d.date("蜆殼計劃[[明年]]把", NY, "")
    d.metric("增至[[20個]]", 20, "个", "exact", "")
    d.org("。[[港鐵]]亦表示")
    d.date("停車場[[明年]]起", NY, "")
    # P6 the brands
    d.date("顯示，[[今年首10個月]]特斯拉", Y, "")
    d.org("今年首10個月[[特斯拉]]、")
    d.org("、[[比亞迪]]及小鵬")
    d.org("及[[小鵬]]分別")
    d.metric("新登記[[約23%]]", 23, "%", "approx", "")
    d.metric("、[[約18%]]及", 18, "%", "approx", "")
    d.metric("及[[約9%]]，", 9, "%", "approx", "")
    d.org("，[[極氪]]、寶馬")
    d.org("、[[寶馬]]及平治")
    d.org("及[[平治]]緊隨")
    d.city("總部位於[[深圳]]的比亞迪")
    d.org("深圳的[[比亞迪]]上月")
    d.date("比亞迪[[上月]]在港", "2026-10", SZ)
    d.metric("售價[[約23萬元]]起", "23e4", "元", "approx", SZ)
    d.metric("平均低[[約15%]]", 15, "%", "approx", SZ)
    d.city("來自[[廣州]]的小鵬")
    d.org("廣州的[[小鵬]]今年")
    d.date("小鵬[[今年]]在港", Y, GZ)
    d.metric("陳列室[[5間]]", 5, "间", "exact", GZ)
    d.org("，[[極氪]]則新增")
    d.metric("則新增[[3間]]", 3, "间", "exact", GZ)
    # P7 public transport
    d.org("公共交通方面，[[九巴]]表示")
    d.metric("已有[[約520部]]", 520, "部", "approx", "")
    d.metric("佔車隊[[約13%]]", 13, "%", "approx", "")
    d.date("計劃在[[2027年底]]前", "2027", "")
    d.metric("增至[[約1,200部]]", 1200, "部", "approx", "")
    d.org("；[[城巴]]上周")
    d.date("城巴[[上周]]接收", "2026-W47", "")
    d.date("將於[[12月]]投入", "2026-12", "")
    d.org("。[[運輸署]]數據顯示")
    d.metric("全港[[約1.8萬輛]]", "1.8e4", "辆", "approx", "")
    d.metric("電動的士[[約3,100輛]]", 3100, "辆", "approx", "")
    d.date("較[[去年]]增加", LY, "")
    d.metric("較去年增加[[約1,200輛]]", 1200, "辆", "approx", "")
    # P8 comparisons
    d.city("比較，[[深圳]]已建成")
    d.metric("充電站[[逾1,000座]]", 1000, "座", "over", SZ)
    d.city("，[[廣州]]的公共充電樁")
    d.metric("充電樁[[超過20萬個]]", "20e4", "个", "over", GZ)
    d.city("，[[上海]]則超過")
    d.metric("則[[超過30萬個]]", "30e4", "个", "over", SH)
    d.city("；[[澳門]]今年")
    d.date("澳門[[今年]]新登記", Y, MO)
    d.metric("佔比[[約41%]]", 41, "%", "approx", MO)
    d.city("海外方面，[[新加坡]]計劃")
    d.date("計劃在[[2030年]]前", "2030", SG)
    d.metric("設置[[6萬個]]", "6e4", "个", "exact", SG)
    d.city("挪威首都[[奧斯陸]]")
    d.metric("已[[超過95%]]", 95, "%", "over", "奥斯陆")
    d.city("，[[倫敦]]的公共充電器")
    d.metric("則[[逾2.5萬個]]", "2.5e4", "个", "over", "伦敦")
    d.org("。[[香港大學]]一位")
    d.city("，[[香港]]的公共充電器密度")
    d.city("高於[[東京]]及首爾")
    d.city("東京及[[首爾]]等城市")
    # P9 training and loans
    d.org("配套方面，[[香港生產力促進局]]（生產力局）")
    d.org("（[[生產力局]]）")
    d.date("）[[今年]]已為", Y, "")
    d.metric("已為[[約1,600名]]", 1600, "名", "approx", "")
    d.org("；[[中銀香港]]及渣打香港")
    d.org("及[[渣打香港]]則表示")
    d.date("表示，[[今年首三季]]電動車貸款", Y, "")
    d.metric("按年增加[[約26%]]", 26, "%", "approx", "")
    d.metric("貸款額[[約28萬元]]", "28e4", "元", "approx", "")
    # P10 safety, research, the outlook
    d.org("\n\n[[消費者委員會]]（消委會）")
    d.org("（[[消委會]]）本月初")
    d.date("）[[本月初]]公布", "2026-11", "")
    d.metric("市面[[10款]]家用", 10, "款", "exact", "")
    d.metric("中有[[3款]]的", 3, "款", "exact", "")
    d.org("；[[機電工程署]]（機電署）")
    d.org("（[[機電署]]）則表示")
    d.date("表示，[[今年首三季]]共接獲", Y, "")
    d.metric("共接獲[[約40宗]]", 40, "宗", "approx", "")
    d.metric("按年減少[[約17%]]", 17, "%", "approx", "")
    d.org("。[[香港理工大學]]一項")
    d.metric("新增[[約2,000個]]", 2000, "个", "approx", "")
    d.metric("縮短[[約三成]]", 30, "%", "approx", "")
    d.date("，[[明年]]香港電動", NY, HK)
    d.city("明年[[香港]]電動私家車")
    d.metric("升至[[約八成]]", 80, "%", "approx", HK)
    d.metric("或[[突破3.5萬輛]]", "3.5e4", "辆", "over", HK)
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "全港", "深圳", "廣州", "上海", "澳門",
                   "新加坡", "奧斯陸", "倫敦", "東京", "首爾", "內地", "港島",
                   "挪威", "城市", "在港", "來港"],
        "excluded": [
            # 本港, 全港 (x3) (deictic, SPEC 全港); 內地 (the mainland: a
            # region); 港島 (x2: Hong Kong Island, a district); 在港 (x3)
            # and 來港 (港 a one-character abbreviation); 挪威 (a country
            # before its capital); 城市 (x2: generic); 香港 stands
            # elsewhere only inside ORGs (香港電燈, 香港大學,
            # 香港生產力促進局, 中銀香港, 渣打香港, 香港理工大學)
            "，[[本港]]的充電", "，[[全港]]登記", "，[[全港]]公共",
            "，[[全港]]約1.8萬輛", "更多[[內地]]品牌", "，[[港島]]區",
            "在[[港島]]再增設", "明年[[在港]]島", "上月[[在港]]推出",
            "今年[[在港]]新增", "品牌[[來港]]", "，[[挪威]]首都",
            "與鄰近[[城市]]比較", "首爾等[[城市]]",
        ],
        "numbers_excluded": [],
        # 每千瓦時 (a denominator: per kilowatt-hour, no figure), 兩電 (the
        # two power companies: a collective word, SPEC 双方), 一位 and 一項
        # (一 before a measure word: indefinite)
        "cn_excluded": ["每[[千]]瓦時", "[[兩]]電均", "大學[[一]]位",
                        "大學[[一]]項"],
        # EV (in the subsidy scheme's name 「EV屋苑充電易資助計劃」: a
        # programme, no ORG)
        "latin_excluded": ["「[[EV]]屋苑"],
        # time words that are no DATE: 按年 (x5, year-on-year), 單月 (a
        # single month, after 10月), 明顯, 至今 (up to now; and 截至|今年
        # read across), 每年
        # (recurring), 全年 (no year of its own)
        "words_excluded": {"按年": 5, "單月": 1, "明顯": 1, "至今": 2,
                           "每年": 1, "全年": 1, "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 政府 (x2: 政府將於, read back;
        # 政府停車場, a kind of car park), 公司 (電力公司方面: a kind), 署
        # (部署: a verb), 局 (局長: the title after 環境及生態局); 大學 and
        # 委員會 only inside ORGs
        "orgwords_excluded": {"政府": 2, "公司": 1, "大學": 0, "委員會": 0,
                              "署": 1, "局": 1},
        # 中電 inside 其中電動, 當中電動 and 私家車中電動車 (中 ends the word
        # before, 電 starts 電動: no ORG)
        "orgstring_excluded": ["其[[中電]]動", "當[[中電]]動", "車[[中電]]動"],
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
