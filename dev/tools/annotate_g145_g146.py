#!/usr/bin/env python3
"""Gold annotation for the held-out articles g145_concert_economy_cities
and g146_hk_mpf_pensions (annotator RB).

Adapted from the precedent set's tools/annotate_sc.py (now dev/tools/annotate_g141_g142.py; copied and the data
changed).  It keeps every check of annotate_sc.py and its predecessors:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s (and the whole simplified article), audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule asserted against a hand value on
every DATE/METRIC row, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date, the
bare-day month rule, 当天/同日 repeating the latest day, 去年同期 a year
before its sentence's period, 上月 as a baseline after a comparison word,
the 上季 check, the range check, the 约占 check, the declared shared unit,
a marker before a span declared and setting the qualifier, a suffix marker
inside its span, the hand-declared organizations of each article, the
bracketed-day check, annotate_tb.py's GB18030 checks and the Big5-HKSCS
checks.  Each mention is located by a short context string in which the
span is marked with [[ ]]; the context must occur exactly `n` times in the
article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded:

- g145 is simplified (mainland, 新京报, 2026-11-19), stored as GB18030
  without a BOM.  Its dateline 新京报讯（记者 王𫖯） opens the first
  paragraph; the reporter's given name 𫖯 (U+2B5AF, CJK Extension C, the
  simplified form of 頫, outside the BMP) has GB18030's four-byte code
  98 38 F5 37 and no GBK code, so Python's gbk, cp936 and gb2312 fail on the
  file and gb18030 reads it; every other character is GBK.  𫖯 is one code
  point (two UTF-16 code units) and stands before every span but the
  title's and the dateline's outlet 新京报, so an offset counted in UTF-16
  units would be one too high for every later row; it lies in no span.
  OpenCC t2s leaves the article unchanged.
- g146 is traditional (Hong Kong, 信報, 2026-11-22), stored as Big5-HKSCS
  without a BOM.  It holds two characters plain Big5 lacks, both as Hong
  Kong writes the banks' names: 滙 (U+6ED9, HKSCS FA C0) of 滙豐, which
  cp950 lacks too, and 恒 (U+6052, HKSCS F9 DA) of 恒生銀行, which cp950
  holds at the same bytes (its ETEN extension).  Python's big5 and cp950
  fail on the file (cp950 on 滙); big5hkscs reads it; every line without
  them is plain Big5 byte for byte; every non-ASCII character is two bytes,
  so offsets do not depend on the codec; the GB codecs and UTF-8 fail or
  read another text.  Unlike the precedent's, they stand inside ORG spans
  (滙豐 x1, 恒生銀行 x1), which the script checks.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho26/precedent: README, NOTES_sa/sb/sc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g145_g146.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_sc.py: the GB18030 article's declared character may
follow a span of its own line that is declared (BEFORE_ASTRAL: the
dateline's outlet 新京报); the Big5-HKSCS article is Hong Kong's (the
region named at least twice), with a declared character cp950 holds alike
(CP950_ALIKE: 恒) beside one it lacks (滙), and each declared character
must stand inside the ORG span declared for it (IN_ORG_SPAN); units 元, %,
人, 场, 个, 百分点, 倍, 岁, 列次, 人次, 列, 班次, 件, 起, 张, 名, 宗.
Re-run (from anywhere):

    python3 dev/tools/annotate_g145_g146.py
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
G145 = "g145_concert_economy_cities"
G146 = "g146_hk_mpf_pensions"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G145: ("gb18030", b"", False, "2026-11-19", "新京报"),
    G146: ("big5hkscs", b"", True, "2026-11-22", "信報"),
}
# characters outside the BMP each article declares (𫖯 U+2B5AF, CJK
# Extension C, in g145's dateline: the reporter's given name, the
# simplified form of 頫)
OUTSIDE_BMP = {G145: ["\U0002B5AF"], G146: []}
# characters of a GB18030 article that GBK lacks, with their GB18030 bytes
# (𫖯: a four-byte code, first byte 0x90-0xE3 for a supplementary plane)
OUTSIDE_GBK = {G145: {"\U0002B5AF": b"\x98\x38\xf5\x37"}}
# spans of the body that stand before the declared character (the
# dateline's outlet, 新京报讯（记者 王𫖯）): their offsets would not shift
BEFORE_ASTRAL = {G145: ["新京报"]}
# characters of a Big5-HKSCS article that plain Big5 lacks: 滙 (U+6ED9,
# HKSCS FA C0) of 滙豐 and 恒 (U+6052, HKSCS F9 DA) of 恒生銀行, both as
# Hong Kong writes the banks' names (Taiwan writes 匯豐, 恆生)
OUTSIDE_BIG5_HK = {G146: ["恒", "滙"]}
# of those, the ones cp950 (Taiwan's Big5) also holds, with the same two
# bytes (恒 is in cp950's ETEN extension at F9 DA); 滙 is Hong Kong's alone
CP950_ALIKE = {G146: ["恒"]}
# each declared character stands only inside the ORG span named here
# (unlike the precedent's places and lines, the banks' names are mentions)
IN_ORG_SPAN = {G146: {"恒": "恒生銀行", "滙": "滙豐"}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 稅務局, 統計處, 消費者委員會, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G146}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "游馈档抢宝钟礼货药妆购饰类闭捞马间较数据领"
                   "荐审议监会伦纽约买举签备录盖势级认购额冻场规"
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "横粤区执设简闻运统签协综渐圣罗诞语层")
# Holidays the articles name, by their exact span (2026-2027): g145
# (mainland, 2026-11-19): 国庆 2026-10-01 (x3: 国庆假期, the one just
# past), 双11 2026-11-11 (the shopping festival of this month, the
# occurrence nearest the reference date), 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027; the coming ones, no year written in their
# sentence); g146 (Hong Kong, 2026-11-22): 聖誕 2026-12-25 and 元旦
# 2027-01-01 (the coming ones).
HOLIDAY = {
    "双11": "2026-11-11", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一")
# Independent holiday dates for check_holiday() (from annotate_uc.py): fixed
# days of the mainland, Hong Kong and Macao, and a table of lunar days
# (正月初一, as the precedents checked them with lunardate for 2025-2027)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g145 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 长沙, 成都, 武汉, 南京, 西安, 郑州, 济南, 合肥, 厦门, 广州, 深圳;
    # 香港 and 澳门 by their common names)
    "北京": "北京市", "长沙": "长沙市", "成都": "成都市", "武汉": "武汉市",
    "南京": "南京市", "西安": "西安市", "郑州": "郑州市", "济南": "济南市",
    "合肥": "合肥市", "厦门": "厦门市", "上海": "上海市", "广州": "广州市",
    "深圳": "深圳市", "重庆": "重庆市", "香港": "香港", "澳门": "澳门",
    # g146 (traditional spans; 香港 and 澳門 by their common names; mainland
    # cities by their full simplified names (上海, 深圳 written alike, 廣州,
    # 東莞, 珠海); foreign cities by their mainland names (倫敦, 多倫多, 悉尼,
    # 新加坡, 紐約, 東京))
    "澳門": "澳门", "廣州": "广州市", "東莞": "东莞市", "珠海": "珠海市",
    "倫敦": "伦敦", "多倫多": "多伦多", "悉尼": "悉尼", "新加坡": "新加坡",
    "紐約": "纽约", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "伦敦", "多伦多", "悉尼", "新加坡", "纽约", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "積金易": "积金易", "信報": "信报", "積金評級": "积金评级",
    "強制性公積金計劃管理局": "强制性公积金计划管理局", "積金局": "积金局",
    "宏利": "宏利", "滙豐": "汇丰", "恒生銀行": "恒生银行", "友邦": "友邦",
    "中銀國際英國保誠信託": "中银国际英国保诚信托", "中銀保誠": "中银保诚",
    "信安": "信安", "永明": "永明", "東亞銀行": "东亚银行",
    "積金易平台有限公司": "积金易平台有限公司",
    "勞工及福利局": "劳工及福利局", "勞福局": "劳福局", "立法會": "立法会",
    "工聯會": "工联会", "香港僱主聯合會": "香港雇主联合会",
    "稅務局": "税务局",
    "廣東省人力資源和社會保障廳": "广东省人力资源和社会保障厅",
    "政府統計處": "政府统计处", "消費者委員會": "消费者委员会",
    "消委會": "消委会", "香港退休計劃協會": "香港退休计划协会",
    "嶺南大學": "岭南大学", "貝萊德": "贝莱德", "富達": "富达",
    "景順": "景顺", "證監會": "证监会", "保監局": "保监局",
    "美國聯儲局": "美国联储局", "理柏": "理柏",
}
# Chinese-numeral days and years (for the written-date checks)
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
        if enc == "gb18030":    # GB18030 proper (annotate_tb.py): the
            declared = OUTSIDE_GBK[doc_id]  # declared characters are the
            outside = sorted({c for c in self.text     # only ones GBK
                              if not enc_ok(c, "gbk")})          # lacks
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code, (c, c.encode(enc))
                assert code in raw, (doc_id, c)
                if ord(c) > 0xFFFF:     # a supplementary-plane ideograph:
                    assert 0x20000 <= ord(c) <= 0x323AF, c   # CJK Ext B-H,
                    assert len(code) == 4 and 0x90 <= code[0] <= 0xE3, c
                    assert c in OUTSIDE_BMP[doc_id], c  # a four-byte code
                    # one code point, two UTF-16 code units
                    assert len(c.encode("utf-16-le")) == 4, c
                else:                   # CJK Extension A
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
            # GBK, cp936 and GB2312 fail on the file (the declared bytes are
            # undefined there); GB18030 alone reads it
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every line without a declared character is GBK, byte for byte
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            # the Big5 family fails or reads another text
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters lie in no span and stand before every
            # span but the title's (checked in check()): a count in UTF-16
            # code units would shift the body's offsets
            self.no_span_chars = outside
            self.astral_before_body = True
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5 (annotate_ta.py)
            outside = sorted({c for c in self.text  # the declared characters
                              if not enc_ok(c, "big5")})  # are the only ones
            assert outside == sorted(OUTSIDE_BIG5_HK[doc_id]), (  # plain Big5
                doc_id, outside)                                   # lacks
            assert outside, f"{doc_id}: declare a character outside Big5"
            # Hong Kong's, not Taiwan's: at least one declared character
            # is outside cp950 too; those cp950 holds are declared and have
            # the same two bytes there (恒: ETEN F9 DA), the rest it lacks
            alike = CP950_ALIKE.get(doc_id, [])
            assert any(not enc_ok(c, "cp950") for c in outside), doc_id
            for c in outside:
                if c in alike:
                    assert c.encode("cp950") == c.encode(enc), c
                else:
                    assert not enc_ok(c, "cp950"), c
            # each is written in Big5-HKSCS as two bytes, like every other
            # non-ASCII character: offsets do not depend on the codec
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 and cp950 fail on the file
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert not decodes(raw, "cp950"), (doc_id, "cp950")
            # every line without a declared character is plain Big5 byte
            # for byte, and cp950 reads it alike; a line whose declared
            # characters cp950 holds also reads alike in cp950
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("big5") == line.encode(enc), line
                    assert line.encode(enc).decode("cp950") == line, line
                elif all(c in alike for c in line if c in outside):
                    assert line.encode(enc).decode("cp950") == line, line
            # the GB codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters stand only inside the ORG spans
            # declared for them (checked in check())
            self.in_org_span = IN_ORG_SPAN[doc_id]
            assert sorted(self.in_org_span) == outside, doc_id
        if doc_id in HONGKONG:  # a Hong Kong text: the region is named at
            # least twice (GUIDELINES: Hong Kong bodies without a place
            # stand alone as ORGs), every character is Big5-HKSCS
            assert self.text.count("香港") + self.text.count("本港") >= 2
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland or Macao text writes no
            for w in TAIWAN_MARKERS:    # Taiwan marker and no bare 2-3
                assert w not in self.text, (doc_id, w)     # digit year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
# g145 the concert economy in cities, November 2026: 中国演出行业协会's
# report on the first three quarters (large concerts and festivals, box
# office, audiences travelling between cities), ticketing platforms (大麦,
# 猫眼娱乐, 纷玩岛, 票星球) and promoters (摩登天空, 太合音乐, 腾讯音乐娱乐
# 集团), 北京 (its culture and tourism bureau, 北京地铁, 滴滴出行), 长沙,
# 成都 and 杭州's bureaus, travel platforms (携程, 飞猪, 去哪儿, 同程旅行),
# 美团, hotel groups (华住集团, 锦江酒店, 亚朵), rail and airlines (国铁集团,
# 东航, 南航), 北京市交通委 and 北京公交集团, the 2023 notice of 文化和旅游部
# and 公安部, complaints (北京市消费者协会) and scalping (上海市文化和旅游局),
# card spending (中国银联, 招商银行信用卡中心), other cities' policies, a
# researcher and a professor, the year-end shows, 艾媒咨询's forecast, 香港
# and 澳门 (澳门特区政府旅游局).  Simplified, GB18030 without BOM,
# 2026-11-19 (a Thursday, ISO week 2026-W47), 新京报; the dateline
# 新京报讯（记者 王𫖯） opens the first paragraph.
# 11月18日 and 昨日 2026-11-18; 上周 2026-W46; 上月 2026-10; 国庆
# 2026-10-01; 双11 2026-11-11; 元旦 2027-01-01; 春节 2027-02-06; 明年 2027.
# ===========================================================================
@doc
def g145():
    d = Doc(G145)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, CS, CD = "北京市", "长沙市", "成都市"
    # title (a heading that opens with 前三季度: no city section, no CITY)
    d.date("[[前三季度]]大型演唱会", Y, "")
    d.metric("票房[[约268亿元]] ", "268e8", "元", "approx", "")
    # P1 the dateline (新京报讯: the outlet) and the association's report
    d.org("[[新京报]]讯（记者")
    d.date("）[[11月18日]]，中国演出", "2026-11-18", "")
    d.org("11月18日，[[中国演出行业协会]]发布")
    d.date("《[[2026年前三季度]]全国演出", Y, "")
    d.date("简报显示，[[今年前三季度]]，全国", Y, "")
    d.metric("全国[[5000人以上]]的大型演唱会和音乐节", 5000, "人", "over", "")
    d.metric("共举办[[约2860场]]", 2860, "场", "approx", "")
    d.metric("票房收入[[约268.4亿元]]", "268.4e8", "元", "approx", "")
    d.metric("同比增长[[21.6%]]", "21.6", "%", "exact", "")
    d.metric("观演人次[[超过3100万]]", "3100e4", "", "over", "")
    d.metric("观众占比[[68%]]", 68, "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[7个百分点]]", 7, "百分点", "exact", "")
    d.org("。[[中国演出行业协会]]相关负责人")
    d.metric("票房收入的[[4.2倍]]", "4.2", "倍", "exact", "")
    # P2 ticketing platforms and promoters
    d.org("。[[大麦]]数据显示")
    d.date("大麦数据显示，[[今年]]以来平台", Y, "")
    d.metric("演唱会项目[[超过1.2万个]]", "1.2e4", "个", "over", "")
    d.metric("项目数同比增长[[约45%]]", 45, "%", "approx", "")
    d.metric("；[[约35%]]的购票用户", 35, "%", "approx", "")
    d.metric("，[[30岁以下]]用户", 30, "岁", "under", "")
    d.metric("用户占比[[超过六成]]", 60, "%", "over", "")
    d.org("。[[猫眼娱乐]]发布")
    d.date("显示，[[10月]]全国演唱会票房", "2026-10", "")
    d.metric("演唱会票房[[约32.6亿元]]", "32.6e8", "元", "approx", "")
    d.metric("环比增长[[18.3%]]", "18.3", "%", "exact", "")
    d.date("，[[国庆]]假期的演出场次", "2026-10-01", "")
    d.metric("占全月的[[近四成]]", 40, "%", "approx", "")
    d.org("。[[纷玩岛]]、票星球")
    d.org("纷玩岛、[[票星球]]等平台")
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.metric("销量同比增长[[1.5倍]]", "1.5", "倍", "exact", "")
    d.org("方面，[[摩登天空]]今年")
    d.date("摩登天空[[今年]]在全国", Y, "")
    d.metric("音乐节[[21场]]", 21, "场", "exact", "")
    d.org("，[[太合音乐]]、腾讯音乐")
    d.org("、[[腾讯音乐娱乐集团]]等")
    # P3 北京
    d.city("的城市，[[北京]]今年已举办")
    d.date("北京[[今年]]已举办", Y, BJ)
    d.metric("大型演唱会[[126场]]", 126, "场", "exact", BJ)
    d.org("。[[北京市文化和旅游局]]数据")
    d.city("显示，[[北京]]前三季度")
    d.date("北京[[前三季度]]营业性", Y, BJ)
    d.metric("演出场次同比增长[[12.4%]]", "12.4", "%", "exact", BJ)
    d.metric("票房收入[[约86.7亿元]]", "86.7e8", "元", "approx", BJ)
    d.metric("贡献了[[超过一半]]的票房", 50, "%", "over", BJ)
    d.org("，[[北京地铁]]都会延长")
    d.date("运营时间，[[10月]]共为", "2026-10", "")
    d.metric("临时列车[[42列次]]", 42, "列次", "exact", "")
    d.org("。[[滴滴出行]]数据")
    d.metric("同时段的[[6倍]]", 6, "倍", "exact", "")
    # P4 长沙, 成都, 杭州
    d.date("明显。[[上月]]，长沙", "2026-10", CS)
    d.city("上月，[[长沙]]贺龙体育场")
    d.metric("连续举办[[3场]]演唱会", 3, "场", "exact", CS)
    d.metric("吸引观众[[约15万人次]]", "15e4", "人次", "approx", CS)
    d.metric("其中[[约78%]]来自", 78, "%", "approx", CS)
    d.city("来自[[长沙]]以外")
    d.org("。[[长沙市文化旅游广电局]]测算")
    d.metric("这[[3场]]演出", 3, "场", "exact", "")
    d.metric("综合收入[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.org("。[[成都市文化广电旅游局]]数据")
    d.date("显示，[[今年1月]]至10月成都", "2026-01", CD)
    d.date("今年1月至[[10月]]成都", "2026-10", CD)
    d.city("至10月[[成都]]共举办")
    d.metric("音乐节[[73场]]", 73, "场", "exact", CD)
    d.metric("带动消费[[超过120亿元]]", "120e8", "元", "over", CD)
    d.org("；[[杭州市文化广电旅游局]]则表示")
    d.date("奥体中心[[今年]]以来", Y, "")
    d.metric("共接待观众[[约210万人次]]", "210e4", "人次", "approx", "")
    # P5 travel platforms, hotels, catering
    d.org("。[[携程]]数据显示")
    d.date("携程数据显示，[[今年]]以来", Y, "")
    d.metric("搜索量同比增长[[约1.3倍]]", "1.3", "倍", "approx", "")
    d.metric("预订量平均增长[[约2.6倍]]", "2.6", "倍", "approx", "")
    d.metric("价格上涨[[超过3倍]]", 3, "倍", "over", "")
    d.org("；[[飞猪]]、去哪儿")
    d.org("飞猪、[[去哪儿]]等平台")
    d.metric("普遍上涨[[两成以上]]", 20, "%", "over", "")
    d.org("。[[同程旅行]]发布")
    d.date("显示，[[国庆]]假期因观演", "2026-10-01", "武汉市")
    d.metric("订单同比增长[[57%]]", 57, "%", "exact", "武汉市")
    d.city("，[[武汉]]、南京、西安、郑州")
    d.city("武汉、[[南京]]、西安、郑州")
    d.city("武汉、南京、[[西安]]、郑州")
    d.city("南京、西安、[[郑州]]是增长")
    d.org("。[[美团]]数据显示")
    d.metric("平均增长[[约40%]]", 40, "%", "approx", "")
    d.org("。[[华住集团]]、锦江酒店")
    d.org("华住集团、[[锦江酒店]]、亚朵")
    d.org("锦江酒店、[[亚朵]]等酒店集团")
    d.org("，[[华住集团]]相关负责人")
    d.metric("高出[[约25个百分点]]", 25, "百分点", "approx", "")
    # P6 rail and airlines, 北京's transport commission
    d.org("。[[国铁集团]]数据显示")
    d.date("国铁集团数据显示，[[今年]]以来", Y, "")
    d.metric("动车组列车[[超过1800列]]", 1800, "列", "over", "")
    d.date("其中[[10月]]单月", "2026-10", "")
    d.metric("单月加开[[326列]]", 326, "列", "exact", "")
    d.org("。[[东航]]、南航在")
    d.org("东航、[[南航]]在成都")
    d.city("南航在[[成都]]、长沙、西安")
    d.city("在成都、[[长沙]]、西安等")
    d.city("成都、长沙、[[西安]]等热门")
    d.org("增开航班，[[东航]]今年")
    d.date("东航[[今年第四季度]]计划", "2026-Q4", "西安市")
    d.metric("航班[[约2400班次]]", 2400, "班次", "approx", "西安市")
    d.date("。[[昨日]]，北京市交通委", "2026-11-18", "")
    d.org("昨日，[[北京市交通委]]表示")
    d.org("联合[[北京地铁]]、北京公交集团")
    d.org("北京地铁、[[北京公交集团]]在")
    d.date("北京公交集团在[[12月31日]]为", "2026-12-31", "")
    # P7 the 2023 notice, complaints and scalping
    d.org("。[[文化和旅游部]]、公安部")
    d.org("文化和旅游部、[[公安部]]2023年")
    d.date("公安部[[2023年9月]]联合", "2023-09", "")
    d.metric("要求，[[5000人以上]]的大型营业性", 5000, "人", "over", "")
    d.metric("观众数量的[[85%以上]]", 85, "%", "over", "")
    d.org("。[[北京市消费者协会]]数据")
    d.date("数据显示，[[今年前10个月]]共受理", Y, "")
    d.metric("投诉[[4127件]]", 4127, "件", "exact", "")
    d.metric("同比下降[[约16%]]", 16, "%", "approx", "")
    d.org("。[[上海市文化和旅游局]]上周")
    d.date("旅游局[[上周]]通报", "2026-W46", "")
    d.metric("倒票案件[[23起]]", 23, "起", "exact", "")
    d.metric("涉案门票[[约5600张]]", 5600, "张", "approx", "")
    # P8 card spending, other cities' policies, a researcher, a professor
    d.org("。[[中国银联]]数据显示")
    d.date("数据显示，[[国庆]]假期演唱会", "2026-10-01", "")
    d.metric("交易金额同比增长[[19.7%]]", "19.7", "%", "exact", "")
    d.org("；[[招商银行信用卡中心]]统计")
    d.date("统计，[[今年]]以来持卡人", Y, "")
    d.metric("消费笔数增长[[约34%]]", 34, "%", "approx", "")
    d.date("的抓手，[[今年]]已有", Y, "济南市")
    d.metric("已有[[超过30个]]城市", 30, "个", "over", "济南市")
    d.city("其中[[济南]]、合肥、厦门")
    d.city("济南、[[合肥]]、厦门")
    d.city("合肥、[[厦门]]等地")
    d.org("。[[中国旅游研究院]]一位")
    d.org("；[[中央财经大学]]一位")
    # P9 the year-end shows, the forecast, 香港 and 澳门
    d.date("了解到，[[元旦]]前后", "2027-01-01", "上海市")
    d.metric("大型演唱会[[超过180场]]", 180, "场", "over", "上海市")
    d.city("，[[上海]]、广州、深圳、重庆")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]、重庆")
    d.city("深圳、[[重庆]]的场次")
    d.date("位居前列，[[春节]]期间", "2027-02-06", "重庆市")
    d.date("将在[[12月上旬]]启动", "2026-12", "重庆市")
    d.org("。[[艾媒咨询]]预计")
    d.date("预计，[[2026年]]全国", Y, "")
    d.metric("有望[[突破600亿元]]", "600e8", "元", "over", "")
    d.date("，[[明年]]还将保持", NY, "")
    d.metric("保持[[10%以上]]的增速", 10, "%", "over", "")
    d.city("增速。[[香港]]、澳门")
    d.city("香港、[[澳门]]的演唱会")
    d.org("，[[澳门特区政府旅游局]]数据")
    d.date("数据显示，[[今年前10个月]]，经拱北", Y, "澳门")
    d.metric("旅客[[约86万人次]]", "86e4", "人次", "approx", "澳门")
    audit = {
        "orgs": ["新京报", "中国演出行业协会", "大麦", "猫眼娱乐", "纷玩岛",
                 "票星球", "摩登天空", "太合音乐", "腾讯音乐娱乐集团",
                 "北京市文化和旅游局", "北京地铁", "滴滴出行",
                 "长沙市文化旅游广电局", "成都市文化广电旅游局",
                 "杭州市文化广电旅游局", "携程", "飞猪", "去哪儿", "同程旅行",
                 "美团", "华住集团", "锦江酒店", "亚朵", "国铁集团", "东航",
                 "南航", "北京市交通委", "北京公交集团", "文化和旅游部",
                 "公安部", "北京市消费者协会", "上海市文化和旅游局",
                 "中国银联", "招商银行信用卡中心", "中国旅游研究院",
                 "中央财经大学", "艾媒咨询", "澳门特区政府旅游局"],
        "cities": ["北京", "京", "长沙", "成都", "杭州", "武汉", "南京",
                   "西安", "郑州", "济南", "合肥", "厦门", "上海", "广州",
                   "深圳", "重庆", "香港", "澳门", "澳", "珠海", "拱北",
                   "全国", "内地", "城市", "多地", "异地", "外地", "跨省",
                   "跨城", "贺龙", "黄龙", "鸟巢", "工人体育场", "奥体中心"],
        "excluded": [
            # venues (鸟巢 x2, 工人体育场, 贺龙体育场 after 长沙, 黄龙体育中心,
            # 奥体中心): facilities, no CITY or ORG; 拱北口岸 (a port of entry)
            # and 赴澳 (a one-character abbreviation); 全国 (x7), 内地, 多地,
            # 异地, 外地, 跨省, 跨城 (x2): deictic or generic; 城市 (x13) and
            # the tier labels 一线, 二线, 二三线, 新一线 (checked below)
            "每逢[[鸟巢]]", "为[[鸟巢]]等", "[[工人体育场]]有", "长沙[[贺龙]]体育场",
            "[[黄龙]]体育中心", "和[[奥体中心]]", "经[[拱北]]口岸", "赴[[澳]]观演",
            "，[[全国]]5000人", "《2026年前三季度[[全国]]演出", "10月[[全国]]演唱会",
            "在[[全国]]举办", "以来[[全国]]铁路", "前后[[全国]]已官宣", "2026年[[全国]]演出",
            "大量[[内地]]观众", "[[多地]]正把", "对[[异地]]观众", "其中[[外地]]观众",
            "曾[[跨省]]观演", "其中[[跨城]]观演", "产生的[[跨城]]火车票",
            "多座[[城市]]", "越来越多[[城市]]的", "其中二三线[[城市]]的", "快于一线[[城市]]",
            "最集中的[[城市]]", "和二线[[城市]]更为", "举办[[城市]]的酒店",
            "举办[[城市]]的机票", "在演出[[城市]]的平均", "热门演出[[城市]]增开",
            "举办[[城市]]的文旅", "超过30个[[城市]]出台", "部分[[城市]]场馆",
        ],
        "numbers_excluded": [],
        # tier labels (二三线, 一线, 新一线, 二线), indefinite 一 (一张, 一座,
        # 一位 x2), 这一趋势 (this)
        "cn_excluded": ["其中[[二三]]线城市", "快于[[一]]线城市", "“新[[一]]线”",
                        "和[[二]]线城市", "[[一]]张门票", "带火[[一]]座城",
                        "研究院[[一]]位", "大学[[一]]位", "这[[一]]趋势"],
        "latin_excluded": [],
        # time words that are no DATE: 音乐节 (x3, music festivals), 全月 (a
        # whole month, no date of its own), 平日 (x2, ordinary days), 举办日
        # (a show's day, recurring), 明显 (x2), 周边 (x3, nearby), 单月
        # (10月单月: the month is the DATE); 当天, 当晚, 同期 alone, 日前,
        # 年底 and 年轻 are not written
        "words_excluded": {"音乐节": 3, "全月": 1, "平日": 2, "举办日": 1,
                           "明显": 2, "周边": 3, "单月": 1, "年轻": 0,
                           "当天": 0, "当晚": 0, "同期": 0, "日前": 0,
                           "年底": 0},
        # generic heads outside ORG rows: 平台 (x5: 票务平台 x2, 等平台 x2,
        # 平台上线), 集团 (酒店集团), 中心 (黄龙体育中心, 奥体中心: venues),
        # 部门 (公安部门: generic, its 公安部 is no ORG there), 协会 only in
        # ORGs, 局 only in ORGs, 银行 only in ORGs
        "orgwords_excluded": {"平台": 5, "集团": 1, "中心": 2, "部门": 1,
                              "协会": 0, "局": 0, "银行": 0, "大学": 0},
        # 公安部门 (police departments in general): 公安部 is no ORG there
        "orgstring_excluded": ["联合[[公安部]]门"],
    }
    return d, audit


# ===========================================================================
# g146 Hong Kong's Mandatory Provident Fund, November 2026: 積金評級's
# October and year-to-date returns, 積金局's assets, fund categories (香港,
# 上海 and 深圳 markets), members' balances and ages, trustees' market
# shares (宏利, 滙豐, 恒生銀行, 友邦, 中銀保誠, 信安), inflows and fee cuts
# (永明, 東亞銀行), the 積金易 platform and its operator, fund expense
# ratios, the abolished offsetting (勞福局, 立法會, 工聯會, 香港僱主聯合會),
# tax-deductible voluntary contributions (稅務局), withdrawals on leaving
# 香港 (倫敦, 多倫多, 悉尼), the Greater Bay Area memorandum (廣東省人力資源和
# 社會保障廳; 深圳, 廣州, 東莞, 珠海; 政府統計處), fees (消委會, 香港退休計劃
# 協會 with 新加坡 and 澳門, 嶺南大學, 貝萊德, 富達, 景順, 證監會, 保監局),
# the outlook (美國聯儲局; 紐約, 東京, 倫敦; 理柏, 積金評級, 積金局).
# Traditional as Hong Kong writes it (按年, 首10個月, 首三季, 第三季末, 上周,
# 本月初, 公布, 市佔率, 介乎, 賬戶, 「」 quotes, 滙豐, 恒生銀行), Big5-HKSCS
# without BOM, 2026-11-22 (a Sunday, ISO week 2026-W47), 信報; the byline
# 【信報記者 周穎嵐】 opens the first paragraph.
# 昨日 (x2) 2026-11-21; 上周 2026-W46; 上月 2026-10; 本月
# 2026-11; 聖誕 2026-12-25; 元旦 2027-01-01; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g146():
    d = Doc(G146)
    Y, LY, NY = "2026", "2025", "2027"
    HK = "香港"
    # title (a heading that opens with 強積金: no city section, no CITY)
    d.date("強積金[[首10個月]]人均", Y, "")
    d.metric("人均賺[[2.8萬元]] ", "2.8e4", "元", "exact", "")
    d.org(" [[積金易]]全面運作收費")
    # P1 the byline (信報 before 記者) and the returns
    d.org("【[[信報]]記者")
    d.date("環球股市[[上月]]回調", "2026-10", "")
    d.org("。[[積金評級]]昨日公布")
    d.date("積金評級[[昨日]]公布", "2026-11-21", "")
    d.date("公布，[[10月]]強積金", "2026-10", "")
    d.metric("綜合指數下跌[[1.24%]]", "1.24", "%", "exact", "")
    d.metric("以[[約470萬名]]成員", "470e4", "名", "approx", "")
    d.metric("人均蝕[[約3,960元]]", 3960, "元", "approx", "")
    d.date("不過[[今年首10個月]]累計", Y, "")
    d.metric("回報仍達[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("人均賺[[約2.8萬元]]", "2.8e4", "元", "approx", "")
    d.date("為[[2021年]]以來", "2021", "")
    d.org("。[[強制性公積金計劃管理局]]（積金局）")
    d.org("管理局（[[積金局]]）數據")
    d.date("截至[[9月底]]，強積金資產淨值", "2026-09", "")
    d.metric("資產淨值[[約1.62萬億元]]", "1.62e12", "元", "approx", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約14%]]", 14, "%", "approx", "")
    # P2 fund categories
    d.date("股票基金[[上月]]平均", "2026-10", "")
    d.metric("平均下跌[[約2.1%]]", "2.1", "%", "approx", "")
    d.metric("跌幅最大，達[[3.4%]]", "3.4", "%", "exact", "")
    d.metric("微升[[0.3%]]和0.1%", "0.3", "%", "exact", "")
    d.metric("微升0.3%和[[0.1%]]", "0.1", "%", "exact", "")
    d.date("港股[[今年]]以來累升", Y, HK)
    d.metric("累升[[約22%]]", 22, "%", "approx", HK)
    d.city("，[[香港]]股票基金")
    d.date("香港股票基金[[首10個月]]平均", Y, HK)
    d.metric("回報達[[18.6%]]", "18.6", "%", "exact", HK)
    d.metric("分別賺[[12.4%]]及", "12.4", "%", "exact", "上海市")
    d.metric("12.4%及[[10.9%]]", "10.9", "%", "exact", "上海市")
    d.city("受[[上海]]、深圳股市")
    d.city("上海、[[深圳]]股市回升")
    d.metric("亦賺[[約15.3%]]", "15.3", "%", "approx", "深圳市")
    d.date("核心累積基金[[今年]]以來", Y, "")
    d.metric("回報[[約8.7%]]", "8.7", "%", "approx", "")
    d.metric("基金則[[約4.2%]]", "4.2", "%", "approx", "")
    # P3 members' balances
    d.org("。[[積金局]]數據顯示，截至9月底，強積金權益")
    d.date("顯示，截至[[9月底]]，強積金權益", "2026-09", "")
    d.metric("權益[[超過100萬元]]", "100e4", "元", "over", "")
    d.metric("成員[[約31.5萬名]]", "31.5e4", "名", "approx", "")
    d.metric("按年增加[[約17%]]", 17, "%", "approx", "")
    d.metric("平均年齡[[約53歲]]", 53, "岁", "approx", "")
    d.metric("；[[65歲以上]]成員", 65, "岁", "over", "")
    d.date("65歲以上成員[[今年首三季]]提取", Y, "")
    d.metric("提取權益[[約168億元]]", "168e8", "元", "approx", "")
    # P4 trustees
    d.org("受託人方面，[[積金局]]資料")
    d.date("截至[[第三季末]]，宏利", "2026-Q3", "")
    d.org("第三季末，[[宏利]]以約")
    d.metric("宏利以[[約26.8%]]的資產", "26.8", "%", "approx", "")
    d.org("，[[滙豐]]及恒生銀行")
    d.org("滙豐及[[恒生銀行]]合共")
    d.metric("合共約佔[[19%]]", 19, "%", "approx", "", sep="約")
    d.org("，[[友邦]]、中銀國際")
    d.org("、[[中銀國際英國保誠信託]]（")
    d.org("信託（[[中銀保誠]]）及")
    d.org("）及[[信安]]的市佔率")
    d.metric("分別為[[11.5%]]、", "11.5", "%", "exact", "")
    d.metric("11.5%、[[7.9%]]及", "7.9", "%", "exact", "")
    d.metric("7.9%及[[6.2%]]。", "6.2", "%", "exact", "")
    d.org("。[[宏利]]昨日表示")
    d.date("宏利[[昨日]]表示", "2026-11-21", "")
    d.date("旗下強積金計劃[[今年首10個月]]錄得", Y, "")
    d.metric("流入[[約86億元]]", "86e8", "元", "approx", "")
    d.metric("按年增加[[近三成]]", 30, "%", "approx", "")
    d.org("；[[永明]]及東亞銀行")
    d.org("永明及[[東亞銀行]]亦於")
    d.date("亦於[[上周]]先後", "2026-W46", "")
    d.metric("介乎[[0.05]]至0.2個百分點", "0.05", "百分点", "exact", "",
             shared="個百分點")
    d.metric("至[[0.2個百分點]]。", "0.2", "百分点", "exact", "")
    d.org("。[[信安]]則表示")
    d.date("旗下計劃[[今年]]以來新增", Y, "")
    d.metric("新增成員[[約6.8萬名]]", "6.8e4", "名", "approx", "")
    # P5 the 積金易 platform and fees
    d.org("\n\n[[積金易]]全面運作後，收費")
    d.org("。[[積金局]]全資附屬")
    d.org("附屬的[[積金易平台有限公司]]表示")
    d.date("自[[2024年6月26日]]首批", "2024-06-26", "")
    d.date("已於[[去年底]]前完成", LY, "")
    d.metric("目前[[超過310萬名]]", "310e4", "名", "over", "")
    d.date("，[[今年]]以來處理", Y, "")
    d.metric("轉移指示[[約4,800萬宗]]", "4800e4", "宗", "approx", "")
    d.metric("比例達[[87%]]", 87, "%", "exact", "")
    d.org("。[[積金局]]指出")
    d.date("已由[[2019年]]的1.55%", "2019", "")
    d.metric("2019年的[[1.55%]]", "1.55", "%", "exact", "")
    d.date("降至[[10月]]的1.28%", "2026-10", "")
    d.metric("10月的[[1.28%]]", "1.28", "%", "exact", "")
    d.date("預計[[明年]]可再降至", NY, "")
    d.metric("再降至[[1.2%以下]]", "1.2", "%", "under", "")
    d.metric("累積權益[[約30萬元]]", "30e4", "元", "approx", "")
    d.metric("可節省[[約810元]]", 810, "元", "approx", "")
    # P6 offsetting, subsidies, TVC
    d.date("安排已於[[2025年5月1日]]生效", "2025-05-01", "")
    d.org("。[[勞工及福利局]]（")
    d.org("福利局（[[勞福局]]）上周")
    d.date("（勞福局）[[上周]]向", "2026-W46", "")
    d.org("向[[立法會]]提交")
    d.date("截至[[今年9月底]]，政府", "2026-09", "")
    d.metric("已向[[約4.6萬名]]僱主", "4.6e4", "名", "approx", "")
    d.metric("發放資助[[約5.8億元]]", "5.8e8", "元", "approx", "")
    d.metric("個案[[約2.9萬宗]]", "2.9e4", "宗", "approx", "")
    d.org("。[[工聯會]]認為")
    d.org("，[[香港僱主聯合會]]則指")
    d.date("自[[2019年4月1日]]推出", "2019-04-01", "")
    d.org("，[[稅務局]]數據")
    d.date("顯示，[[去年]]共有", LY, "")
    d.metric("共有[[約18.6萬名]]", "18.6e4", "名", "approx", "")
    d.metric("扣除總額[[約92億元]]", "92e8", "元", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.date("；截至[[9月底]]，TVC", "2026-09", "")
    d.metric("賬戶[[約14.5萬個]]", "14.5e4", "个", "approx", "")
    d.metric("資產[[約246億元]]", "246e8", "元", "approx", "")
    # P7 withdrawals on leaving 香港, the Greater Bay Area
    d.org("提取。[[積金局]]數據顯示")
    d.date("數據顯示，[[今年首三季]]以「", Y, HK)
    d.city("「永久離開[[香港]]」")
    d.metric("申索[[約2.3萬宗]]", "2.3e4", "宗", "approx", HK)
    d.metric("涉及金額[[約98億元]]", "98e8", "元", "approx", HK)
    d.metric("按年增加[[約9%]]", 9, "%", "approx", HK)
    d.metric("當中[[約七成]]成員", 70, "%", "approx", HK)
    d.city("以[[倫敦]]、多倫多")
    d.city("倫敦、[[多倫多]]及悉尼")
    d.city("多倫多及[[悉尼]]最多")
    d.org("，[[積金局]]本月初")
    d.date("積金局[[本月初]]與", "2026-11", "深圳市")
    d.org("與[[廣東省人力資源和社會保障廳]]簽署")
    d.city("居於[[深圳]]、廣州")
    d.city("深圳、[[廣州]]、東莞")
    d.city("廣州、[[東莞]]及珠海")
    d.city("東莞及[[珠海]]等大灣區")
    d.date("的成員，[[明年]]起", NY, "珠海市")
    d.org("透過[[積金易]]以電子方式")
    d.org("；[[政府統計處]]數據")
    d.date("數據顯示，[[去年]]約5.6萬名", LY, HK)
    d.metric("去年[[約5.6萬名]]香港", "5.6e4", "名", "approx", HK)
    d.city("萬名[[香港]]居民")
    # P8 fees: 消委會, an association, a professor, fund houses, regulators
    d.org("。[[消費者委員會]]（")
    d.org("委員會（[[消委會]]）")
    d.date("（消委會）[[本月]]發表", "2026-11", "")
    d.metric("仍有[[約三成]]的", 30, "%", "approx", "")
    d.metric("高於[[1.5%]]", "1.5", "%", "exact", "")
    d.metric("最高的達[[2.1%]]", "2.1", "%", "exact", "")
    d.metric("則僅[[約0.2%]]", "0.2", "%", "approx", "")
    d.org("。[[香港退休計劃協會]]一位")
    d.city("與[[新加坡]]的中央公積金")
    d.city("及[[澳門]]的公積金制度")
    d.org("；[[嶺南大學]]一位")
    d.org("認為，[[積金易]]全面運作後，受託人")
    d.org("，[[貝萊德]]、富達")
    d.org("、[[富達]]、景順")
    d.org("、[[景順]]等均")
    d.org("，[[證監會]]及保監局")
    d.org("及[[保監局]]亦正")
    # P9 the outlook
    d.date("展望[[年底]]，", Y, "纽约")
    d.org("，[[美國聯儲局]]將於")
    d.date("將於[[12月中旬]]議息", "2026-12", "纽约")
    d.city("加上[[紐約]]、東京")
    d.city("紐約、[[東京]]及倫敦")
    d.city("東京及[[倫敦]]股市")
    d.org("，[[理柏]]分析")
    d.org("。[[積金評級]]估計")
    d.date("若[[11月]]及12月", "2026-11", "")
    d.date("11月及[[12月]]股市", "2026-12", "")
    d.date("強積金[[今年]]全年", Y, "")
    d.metric("可達[[9%左右]]", 9, "%", "approx", "")
    d.date("趁[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.org("；[[積金局]]亦將")
    d.date("亦將於[[明年第一季]]推出", "2027-Q1", "")
    audit = {
        "orgs": ["積金易", "信報", "積金評級", "強制性公積金計劃管理局",
                 "積金局", "宏利", "滙豐", "恒生銀行", "友邦",
                 "中銀國際英國保誠信託", "中銀保誠", "信安", "永明",
                 "東亞銀行", "積金易平台有限公司", "勞工及福利局", "勞福局",
                 "立法會", "工聯會", "香港僱主聯合會", "稅務局",
                 "廣東省人力資源和社會保障廳", "政府統計處", "消費者委員會",
                 "消委會", "香港退休計劃協會", "嶺南大學", "貝萊德", "富達",
                 "景順", "證監會", "保監局", "美國聯儲局", "理柏"],
        "cities": ["香港", "港", "上海", "深圳", "倫敦", "多倫多", "悉尼",
                   "廣州", "東莞", "珠海", "新加坡", "澳門", "紐約", "東京",
                   "大灣區", "廣東", "英國", "加拿大", "澳洲", "日本", "美國",
                   "中國", "大中華", "環球", "本港", "城市"],
        "excluded": [
            # 港股 and 港人 (one-character abbreviations), the region 大灣區
            # with its generic 城市, the province 廣東 (廣東省工作), countries
            # (英國, 加拿大, 澳洲; 日本, 美國 and 中國 in fund categories) and
            # regions (大中華, 環球): no CITY
            "受惠[[港]]股", "更多[[港]]人", "等[[大灣區]]城市", "大灣區[[城市]]的成員",
            "在[[廣東]]省工作", "移居[[英國]]", "、[[加拿大]]及澳洲", "加拿大及[[澳洲]]",
            "其中[[日本]]股票", "及[[美國]]股票", "，[[中國]]股票", "[[大中華]]股票",
            "[[環球]]股市",
        ],
        # 65歲後基金 (the default strategy's Age 65 Plus Fund: a fund's name,
        # no age figure)
        "numbers_excluded": ["[[65]]歲後基金"],
        # ordinal and indefinite 一 (一位 x2, 第一季 inside a DATE, 新一輪),
        # 連續第三年 (an ordinal)
        "cn_excluded": ["協會[[一]]位", "大學[[一]]位", "新[[一]]輪", "連續第[[三]]年"],
        "latin_excluded": ["（[[TVC]]）", "，[[TVC]]賬戶"],
        # time words that are no DATE: 按年 (x4, year-on-year), 全年 (今年
        # 全年: outside the span), 每年 (recurring), 連續第三年 (an ordinal
        # count), 年齡 (age), 節省 (to save), the reporter 周穎嵐 (a
        # surname); 日 of 日本 is excluded with the country above
        "words_excluded": {"按年": 4, "全年": 1, "每年": 1, "第三年": 1,
                           "年齡": 1, "節省": 1, "周穎嵐": 1, "當天": 0,
                           "同期": 0, "本年": 0, "年內": 0, "日前": 0},
        # generic heads outside ORG rows: 政府 (政府資助計劃), 基金 (fund
        # categories: 股票基金 x2, 日本股票基金 ...), 平台 (平台登記), 協會
        # only in ORGs, 局 only in ORGs, 公司 (基金公司)
        "orgwords_excluded": {"政府": 1, "平台": 1, "公司": 1, "銀行": 0,
                              "協會": 0, "局": 0, "委員會": 0, "大學": 0},
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
               ("近", "approx"), ("逾", "over"), ("超", "over")]
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


def t2s_all(strings):
    """OpenCC t2s of each string, or None when OpenCC is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC("t2s").convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
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
    if tx in FIXED_DAYS:
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
                # (the title's, and the dateline's outlet 新京报 right
                # before the reporter's name: declared in BEFORE_ASTRAL)
                assert d.text.index(c) < s or e <= len(lines[0]) or (
                    tx in BEFORE_ASTRAL[d.doc_id] and
                    s >= len(lines[0]) + len(lines[1]) + 2), r
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
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
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
    # whose text is declared for it (滙 in 滙豐, 恒 in 恒生銀行)
    for c, name in d.in_org_span.items():
        assert c in name, (c, name)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] == name and
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
