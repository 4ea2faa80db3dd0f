#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g159_pharmacy_chains_drug_prices and g160_macao_public_finance_budget
(annotator PC).

Adapted from the precedent set's tools/annotate_qb.py (now dev/tools/annotate_g151_g152.py; copied and the data
changed; it keeps the checks of annotate_qb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s (and the whole simplified article), audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule asserted against my hand value on
every DATE/METRIC row, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date (本周一
included), the bare-day month rule, 当天/同日 repeating the latest day,
去年同期/上年同期 a year before its sentence's period, 上月 as a baseline
after a comparison word, the 上季 check, the range check, the 约占 check,
the declared shared unit, the hand-declared organizations of each article,
the bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a marker touching a span inside it, a suffix marker
inside its span, the narrowest codec), with annotate_qb.py's GBK checks
(the declared character outside GB2312, GB2312 byte for byte elsewhere,
gbk/cp936/gb18030 reading the file alike, the Big5 family failing or
reading another text), its UTF-8-with-BOM checks (one BOM, utf-8-sig, the
title's first bytes right after the BOM, the legacy codecs failing or
reading another text with or without the BOM) and annotate_qc.py's Macao
checks turned to a UTF-8 file (every character in Big5-HKSCS, the declared
one alone outside plain Big5 and cp950, in no span; the region named at
least twice).  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded:

- g159 is simplified (mainland, 医药经济报, 2026-11-14), stored as GBK
  without a BOM.  Its byline 医药经济报记者 陈思玥 stands on its own line
  under the title; the reporter's given name 玥 (U+73A5, GBK AB 68) is
  outside GB2312, so Python's gb2312 fails on the file while gbk, cp936 and
  gb18030 read it alike; every other character is GB2312.  玥 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g160 is traditional (Macao, 澳門日報, 2026-11-21), stored as UTF-8 WITH a
  BOM (EF BB BF, then the title's 明 = E6 98 8E); offsets count from the
  first character after the BOM.  Every character is in Big5-HKSCS; one is
  outside plain Big5 and cp950: 氹 (U+6C39) of 氹仔 (Taipa, an island; in no
  span).  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official name
  with 市, Macao, Hong Kong and foreign cities by their common mainland
  name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho28/precedent: README, NOTES_qa/qb/qc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g159_g160.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_qb.py: a UTF-8 article with a BOM in place of the one
without, a Macao text in place of the Hong Kong one (the declared character
in no span; every non-ASCII character three bytes in UTF-8, two in
Big5-HKSCS); 本周一 resolved to the day of the reference week; 上年同期 like
去年同期; holidays 双11, 国庆, 圣诞, 元旦, 春节, 农历新年; units 家, 个,
家次, %, 元, 百分点, 人次, 条, 分钟, 倍, 人, 间.
Re-run (from anywhere):

    python3 dev/tools/annotate_g159_g160.py
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
G159 = "g159_pharmacy_chains_drug_prices"
G160 = "g160_macao_public_finance_budget"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G159: ("gbk", b"", False, "2026-11-14", "医药经济报"),
    G160: ("utf-8", BOM8, True, "2026-11-21", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G159: [], G160: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 玥 of the reporter's name (in no span)
OUTSIDE_GB2312 = {G159: {"玥": b"\xab\x68"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 氹 of 氹仔 (in no span)
OUTSIDE_BIG5 = {G160: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 财政局, 旅游局, 房屋局 …, are ORGs in a text that
# names the region at least twice)
MACAO = {G160}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
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
                   "检视赖较")
# Holidays the articles name, by their exact span (2025-2027): g159
# (mainland, 2026-11-14): 双11 2026-11-11 (the shopping festival three days
# before, the occurrence nearest the reference date), 元旦 2027-01-01 and
# 春节 2027-02-06 (正月初一 of 2027; the coming ones, no year written in
# their sentence); g160 (Macao, 2026-11-21): 國慶 2026-10-01 (國慶黃金周 in
# a sentence about October 2026; 黃金周 outside), 聖誕 2026-12-25 and 元旦
# 2027-01-01 (the coming ones), 明年農曆新年 2027-02-06 (明年 inside the
# span; 农历新年 is 春节; 黃金周 outside).
HOLIDAY = {
    "双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, and a table of lunar days (正月初一, as the precedents checked
# them with lunardate for 2025-2027)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}
COMPUTED_DAYS = {}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g159 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 广州, 深圳, 成都, 长沙, 昆明, 济南, 杭州, 宁波, 温州, 武汉, 郑州)
    "北京": "北京市", "上海": "上海市", "重庆": "重庆市", "广州": "广州市",
    "深圳": "深圳市", "成都": "成都市", "长沙": "长沙市", "昆明": "昆明市",
    "济南": "济南市", "杭州": "杭州市", "宁波": "宁波市", "温州": "温州市",
    "武汉": "武汉市", "郑州": "郑州市",
    # g160 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (廣州, 深圳, 珠海, 中山, 北京,
    # 上海, 成都); foreign cities by their mainland names (拉斯維加斯,
    # 新加坡, 里斯本))
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "珠海": "珠海市",
    "中山": "中山市", "拉斯維加斯": "拉斯维加斯", "新加坡": "新加坡",
    "里斯本": "里斯本",
}
# cities normalized without 市: Macao, Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "拉斯维加斯", "新加坡", "里斯本"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "特區政府": "特区政府", "立法會": "立法会", "經濟財政司": "经济财政司",
    "財政局": "财政局", "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "金沙中國": "金沙中国", "銀河娛樂集團": "银河娱乐集团",
    "永利澳門": "永利澳门", "美高梅中國": "美高梅中国",
    "新濠博亞娛樂": "新濠博亚娱乐", "澳娛綜合": "澳娱综合",
    "澳門基金會": "澳门基金会", "統計暨普查局": "统计暨普查局",
    "統計局": "统计局", "旅遊局": "旅游局",
    "經濟及科技發展局": "经济及科技发展局",
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "社會保障基金": "社会保障基金", "社保基金": "社保基金",
    "衛生局": "卫生局", "教育及青年發展局": "教育及青年发展局",
    "教青局": "教青局", "社會工作局": "社会工作局", "社工局": "社工局",
    "建設發展辦公室": "建设发展办公室", "房屋局": "房屋局",
    "土地工務局": "土地工务局", "立法會第二常設委員會": "立法会第二常设委员会",
    "審計署": "审计署", "澳門大學": "澳门大学", "澳門經濟學會": "澳门经济学会",
    "澳門理工大學": "澳门理工大学", "澳門中華總商會": "澳门中华总商会",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联", "惠譽": "惠誉",
    "穆迪": "穆迪", "中國銀行澳門分行": "中国银行澳门分行",
    "大西洋銀行": "大西洋银行",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (new in annotate_rc.py; g147 is declared GBK, which GB2312
        # fails on, below)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 0x7F for c in self.text)   # (annotate_sa.py):
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # a legacy codec fails on it or
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)      # reads another text,
                assert not decodes(full, other) or full.decode(other) != \
                    self.text, (doc_id, other)      # with or without BOM
        if enc == "utf-8" and not bom:  # no BOM (annotate_ra.py): the first
            assert full[:3] == self.text[0].encode("utf-8"), doc_id  # bytes
            assert len(self.text[0].encode("utf-8")) == 3, doc_id  # are the
            assert full.decode("utf-8-sig") == self.text, doc_id  # title's
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
            # a count in bytes or with the BOM kept would shift every row:
            # the first character after the BOM is offset 0
            assert full[3:3 + len(self.text[0].encode("utf-8"))] == \
                self.text[0].encode("utf-8"), doc_id
        if enc == "gbk":        # GBK proper (annotate_sb.py): the declared
            outside = sorted({c for c in self.text   # characters are the
                              if not enc_ok(c, "gb2312")})   # only ones
            declared = OUTSIDE_GB2312[doc_id]                # GB2312 lacks
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code and code in raw, (doc_id, c)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):      # the GB family reads it
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # every line without a declared character is GB2312, byte for
            # byte
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            self.no_span_chars = outside
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id   # GBK
        if doc_id in MACAO:     # a Macao text (annotate_rb.py's and
            # annotate_qc.py's checks, applied to the decoded text of a UTF-8
            # file): Big5-HKSCS holds every character; the declared ones
            # alone are outside plain Big5, and outside cp950 too (Macao's,
            # not Taiwan's)
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
            # without a place, 財政局, 旅遊局, 房屋局 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # a UTF-8 file: every non-ASCII character here is three bytes,
            # so a count in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
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
# g159 Retail pharmacy chains and drug prices, November 2026: 国家医保局's
# briefing on price governance of the “四同药品” in designated pharmacies
# (北京), the trade's figures to September (中康科技, 国家药监局, 商务部;
# store density in 成都, 重庆, 长沙), the listed chains (大参林 of 广州,
# 老百姓大药房 of 长沙, 益丰药房, 一心堂 of 昆明 in 成都 and 重庆, 漱玉平民
# of 济南, 国药控股's 国大药房, 高济健康), online pharmacies (米内网, 京东
# 健康, 阿里健康, 美团, 叮当快药 in 北京, 上海, 广州, 深圳, 饿了么), the
# cities' medical security bureaus (上海, 广州, 深圳, 浙江 with 杭州, 宁波,
# 温州; 武汉, 长沙, 郑州), prices in 广州's pharmacies and the centrally
# procured drugs (联采办), the outlook of the trade (中国医药商业协会, 中国
# 非处方药物协会, 九州通, 华润医药, 中信证券, 中国药科大学) and of the
# bureau (2027's drug list, 国家卫生健康委, 元旦, 春节, 国家统计局's CPI).
# Simplified, GBK without BOM, 2026-11-14 (a Saturday, ISO week 2026-W46),
# 医药经济报; the byline 医药经济报记者 陈思玥 stands on line 3.  昨日
# 2026-11-13; 本周 2026-W46; 本周一 2026-11-09; 本月 2026-11; 上月
# 2026-10; 双11 2026-11-11; 元旦 2027-01-01; 春节 2027-02-06; 明年 2027;
# 去年 2025; 三年前 2023.
# ===========================================================================
@doc
def g159():
    d = Doc(G159)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, GZ, CS = "北京市", "广州市", "长沙市"
    # title (a heading that opens with 前三季度: no city section, no CITY)
    d.date("[[前三季度]]药店零售额", Y, "")
    d.metric("零售额增长[[3.2%]] ", "3.2", "%", "exact", "")
    # byline (a heading that opens with no city)
    d.org("[[医药经济报]]记者")
    # P1 国家医保局's briefing
    d.date("[[昨日]]（11月13日）", "2026-11-13", BJ)
    d.date("昨日（[[11月13日]]）", "2026-11-13", BJ)
    d.org("，[[国家医疗保障局]]（")
    d.org("简称“[[国家医保局]]”")
    d.city("在[[北京]]召开")
    d.date("截至[[10月底]]，全国已有", "2026-10", "")
    d.metric("已有[[超过46万家]]定点", "46e4", "家", "over", "")
    d.metric("覆盖全国[[337个]]地级", 337, "个", "exact", "")
    d.date("。[[今年]]以来，各地", Y, "")
    d.metric("药店[[1.8万余家次]]", "1.8e4", "家次", "over", "")
    d.metric("推动[[约2.3万个]]药品", "2.3e4", "个", "approx", "")
    d.metric("平均降幅[[约12%]]", 12, "%", "approx", "")
    d.metric("降幅[[超过60%]]", 60, "%", "over", "")
    # P2 the trade's figures
    d.org("。[[中康科技]]监测")
    d.date("显示，[[今年前三季度]]全国零售", Y, "")
    d.metric("销售额[[约4120亿元]]", "4120e8", "元", "approx", "")
    d.metric("同比增长[[3.2%]]，增速", "3.2", "%", "exact", "")
    d.date("增速较[[去年同期]]回落", LY, "")
    d.metric("回落[[1.6个百分点]]", "1.6", "百分点", "exact", "")
    d.metric("占比升至[[52.7%]]", "52.7", "%", "exact", "")
    d.org("。[[国家药品监督管理局]]统计")
    d.date("截至[[三季度末]]，全国", "2026-Q3", "")
    d.metric("零售药店[[69.8万家]]", "69.8e4", "家", "exact", "")
    d.date("较[[2025年底]]减少", LY, "")
    d.metric("减少[[约1.2万家]]", "1.2e4", "家", "approx", "")
    d.metric("门店[[约41.5万家]]", "41.5e4", "家", "approx", "")
    d.metric("连锁化率升至[[59.5%]]", "59.5", "%", "exact", "")
    d.org("。[[商务部]]数据")
    d.date("显示，[[2025年]]全国药品", LY, "")
    d.metric("总额为[[6280亿元]]", "6280e8", "元", "exact", "")
    d.date("增速自[[2024年]]起", "2024", "")
    d.metric("拥有药店[[约4.9家]]", "4.9", "家", "approx", "成都市")
    d.city("，[[成都]]、重庆、长沙等城市")
    d.city("成都、[[重庆]]、长沙等城市")
    d.city("、[[长沙]]等城市已超过")
    d.metric("城市已[[超过6家]]", 6, "家", "over", CS)
    d.metric("客流[[不足80人次]]", 80, "人次", "under", CS)
    # P3 the listed chains
    d.city("位于[[广州]]的大参林")
    d.org("的[[大参林]]公告")
    d.date("公司[[前三季度]]营业收入", Y, GZ)
    d.metric("营业收入[[约201.6亿元]]", "201.6e8", "元", "approx", GZ)
    d.metric("同比增长[[4.1%]]", "4.1", "%", "exact", GZ)
    d.date("截至[[9月30日]]门店", "2026-09-30", GZ)
    d.metric("门店总数达[[16860家]]", 16860, "家", "exact", GZ)
    d.metric("加盟店[[约5900家]]", 5900, "家", "approx", GZ)
    d.city("；[[长沙]]的老百姓大药房")
    d.org("长沙的[[老百姓大药房]]前三季度")
    d.date("老百姓大药房[[前三季度]]新增", Y, CS)
    d.metric("新增门店[[1248家]]", 1248, "家", "exact", CS)
    d.metric("关闭门店[[612家]]", 612, "家", "exact", CS)
    d.date("较[[上年同期]]减少", LY, CS)
    d.metric("减少[[近四成]]", 40, "%", "approx", CS)
    d.org("；[[益丰药房]]三季度末")
    d.date("益丰药房[[三季度末]]门店", "2026-Q3", "")
    d.metric("门店数为[[15320家]]", 15320, "家", "exact", "")
    d.date("家，[[前三季度]]归母", Y, "")
    d.metric("净利润[[约12.6亿元]]", "12.6e8", "元", "approx", "")
    d.city("位于[[昆明]]的一心堂")
    d.org("的[[一心堂]]表示")
    d.date("表示，[[今年]]在成都", Y, "昆明市")
    d.city("在[[成都]]、重庆两地")
    d.city("成都、[[重庆]]两地")
    d.metric("新开门店[[约320家]]", 320, "家", "approx", "重庆市")
    d.city("；[[济南]]的漱玉平民")
    d.org("的[[漱玉平民]]上半年")
    d.date("漱玉平民[[上半年]]在", Y, "济南市")
    d.metric("单体药店[[约180家]]", 180, "家", "approx", "济南市")
    d.org("。[[国药控股]]旗下")
    d.org("旗下的[[国大药房]]和")
    d.org("和[[高济健康]]则在")
    # P4 online pharmacies
    d.org("。[[米内网]]测算")
    d.date("测算，[[前三季度]]网上药店", Y, "")
    d.metric("销售额[[约780亿元]]", "780e8", "元", "approx", "")
    d.metric("比重升至[[15.9%]]", "15.9", "%", "exact", "")
    d.date("比[[去年]]提高", LY, "")
    d.metric("提高[[2.4个百分点]]", "2.4", "百分点", "exact", "")
    d.org("。[[京东健康]]本月")
    d.date("京东健康[[本月]]公布", "2026-11", "")
    d.date("公布的[[三季度]]业绩", "2026-Q3", "")
    d.metric("同比增长[[14.8%]]", "14.8", "%", "exact", "")
    d.org("；[[阿里健康]]表示")
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.metric("订单量同比增长[[约35%]]", 35, "%", "approx", "")
    d.org("。[[美团]]数据")
    d.date("显示，[[今年前10个月]]平台", Y, "")
    d.metric("占比[[超过三成]]", 30, "%", "over", "")
    d.metric("覆盖全国[[2800多个]]县区", 2800, "个", "over", "")
    d.org("。[[叮当快药]]在北京")
    d.city("在[[北京]]、上海、广州、深圳的")
    d.city("、[[上海]]、广州、深圳的")
    d.city("、[[广州]]、深圳的")
    d.city("、[[深圳]]的平均")
    d.metric("缩短至[[约28分钟]]", 28, "分钟", "approx", "深圳市")
    d.org("，[[饿了么]]也与")
    d.org("与[[大参林]]、老百姓大药房等")
    d.org("、[[老百姓大药房]]等连锁")
    # P5 the cities' medical security bureaus
    d.org("。[[上海市医疗保障局]]上月")
    d.date("医疗保障局[[上月]]在", "2026-10", "")
    d.metric("价格信息[[超过120万条]]", "120e4", "条", "over", "")
    d.org("；[[广州市医保局]]表示")
    d.metric("全市[[3800余家]]定点", 3800, "家", "over", "")
    d.metric("其中[[约460家]]门店", 460, "家", "approx", "")
    d.org("；[[深圳市医疗保障局]]9月")
    d.date("医疗保障局[[9月]]对价格", "2026-09", "")
    d.metric("中位价[[30%以上]]的", 30, "%", "over", "")
    d.metric("的[[1260个]]品规", 1260, "个", "exact", "")
    d.metric("目前[[约87%]]已", 87, "%", "approx", "")
    d.org("。[[浙江省医疗保障局]]本周")
    d.date("医疗保障局[[本周]]通报", "2026-W46", "杭州市")
    d.city("，[[杭州]]、宁波、温州三市")
    d.city("、[[宁波]]、温州三市")
    d.city("、[[温州]]三市")
    d.city("。[[武汉]]、长沙、郑州等城市")
    d.city("武汉、[[长沙]]、郑州等城市")
    d.city("、[[郑州]]等城市也于")
    d.date("也于[[本周]]起", "2026-W46", "郑州市")
    # P6 prices in 广州 and the procured drugs
    d.date("记者[[本周]]在广州", "2026-W46", GZ)
    d.city("在[[广州]]多家药店")
    d.metric("最低挂网价为[[19.8元]]", "19.8", "元", "exact", GZ)
    d.metric("最高为[[31.5元]]", "31.5", "元", "exact", GZ)
    d.metric("相差[[约59%]]", 59, "%", "approx", GZ)
    d.date("由[[三年前]]的", "2023", "")
    d.metric("三年前的[[约35%]]", 35, "%", "approx", "")
    d.metric("降至[[约28%]]", 28, "%", "approx", "")
    d.org("。[[国家组织药品联合采购办公室]]（")
    d.org("（[[联采办]]）")
    d.metric("全国[[约15万家]]定点", "15e4", "家", "approx", "")
    d.metric("平均下降[[约55%]]", 55, "%", "approx", "")
    # P7 the trade's outlook
    d.org("。[[中国医药商业协会]]预计")
    d.date("到[[明年底]]全国", NY, "")
    d.metric("回落至[[67万家左右]]", "67e4", "家", "approx", "")
    d.org("；[[中国非处方药物协会]]建议")
    d.org("。[[九州通]]、华润医药")
    d.org("、[[华润医药]]等医药流通")
    d.org("，[[华润医药]]旗下")
    d.date("专业药房[[今年]]已增至", Y, "")
    d.metric("增至[[约280家]]", 280, "家", "approx", "")
    d.org("。[[中信证券]]研报")
    d.date("有望在[[2027年]]提升", NY, "")
    d.metric("提升至[[35%以上]]", 35, "%", "over", "")
    d.org("。[[中国药科大学]]一位")
    # P8 the bureau's plans, the season, the CPI
    d.org("[[国家医保局]]表示，新版")
    d.date("将于[[2027年1月1日]]起", "2027-01-01", "")
    d.date("，[[明年]]还将", NY, "")
    d.org("会同[[国家卫生健康委]]把")
    d.date("临近[[年底]]，元旦", Y, "")
    d.date("，[[元旦]]、春节", "2027-01-01", "")
    d.date("、[[春节]]前后", "2027-02-06", "")
    d.date("于[[11月中旬]]开始", "2026-11", "")
    d.date("在[[年底]]前对", Y, "")
    d.org("。[[国家统计局]]本周一")
    d.date("国家统计局[[本周一]]公布", "2026-11-09", "")
    d.date("显示，[[10月份]]西药", "2026-10", "")
    d.metric("同比下降[[0.8%]]", "0.8", "%", "exact", "")
    d.metric("同比上涨[[1.1%]]", "1.1", "%", "exact", "")
    audit = {
        "orgs": ["医药经济报", "国家医疗保障局", "国家医保局", "中康科技",
                 "国家药品监督管理局", "商务部", "大参林", "老百姓大药房",
                 "益丰药房", "一心堂", "漱玉平民", "国药控股", "国大药房",
                 "高济健康", "米内网", "京东健康", "阿里健康", "美团",
                 "叮当快药", "饿了么", "上海市医疗保障局", "广州市医保局",
                 "深圳市医疗保障局", "浙江省医疗保障局",
                 "国家组织药品联合采购办公室", "联采办", "中国医药商业协会",
                 "中国非处方药物协会", "九州通", "华润医药", "中信证券",
                 "中国药科大学", "国家卫生健康委", "国家统计局"],
        "cities": ["北京", "上海", "重庆", "广州", "深圳", "成都", "长沙",
                   "昆明", "济南", "杭州", "宁波", "温州", "武汉", "郑州",
                   "山东", "浙江", "华东", "华南", "全国", "全市", "城市",
                   "地级", "县区"],
        "excluded": [
            # the province 山东 (山东省内), the regions 华东 and 华南, deictic
            # or generic words (全国 x9, 全市 x2, 城市 x3: 长沙等城市, 郑州等
            # 城市, 一些城市), 地级行政区 and 县区 (kinds of divisions)
            "在[[山东]]省内", "在[[华东]]、华南", "华东、[[华南]]关停",
            "覆盖[[全国]]337个", "，[[全国]]已有", "今年前三季度[[全国]]零售",
            "，[[全国]]持证", "：[[全国]]平均", "年[[全国]]药品零售",
            "覆盖[[全国]]2800多个", "在[[全国]]约15万家", "明年底[[全国]]药店",
            "，[[全市]]3800余家", "高于[[全市]]中位价",
            "长沙等[[城市]]已超过", "郑州等[[城市]]也于", "一些[[城市]]的",
            "337个[[地级]]行政区", "2800多个[[县区]]",
        ],
        "numbers_excluded": [],
        # “四同药品” x2 (a label of the policy, no figure), 三个季度 (a run
        # of quarters: a duration, GUIDELINES 连续11个季度), 两地 and 三市
        # (collective labels after their lists, SPEC), 第十一批 (an
        # ordinal), 同一 x2, indefinite 一 (一家, 一位), 一些 (vague)
        "cn_excluded": ["推动“[[四]]同药品”", "，“[[四]]同药品”（",
                        "连续[[三]]个季度", "重庆[[两]]地", "温州[[三]]市",
                        "第[[十一]]批", "，同[[一]]厂牌", "、同[[一]]规格",
                        "。[[一]]家连锁", "大学[[一]]位", "，[[一]]些城市"],
        "latin_excluded": [],
        # time words that are no DATE: 季度 (连续三个季度: a run of
        # quarters), 明显 x4 and 透明化 (no time), 节奏 (pace), 日均 (a daily
        # average), 旺季 (a season without a year word)
        "words_excluded": {"季度": 1, "明显": 4, "透明": 1, "节奏": 1,
                           "日均": 1, "旺季": 1, "同期": 0, "当天": 0,
                           "年底": 0},
        # generic heads outside ORG rows: 医保局 (多地医保局 x2: title and
        # P5), 部门 (各地医保部门, 城市的医保部门), 公司 (公司前三季度: a
        # back-reference), 协会 (行业协会), 企业 (医药流通企业), 药房 (专业
        # 药房 x2: a kind of pharmacy), 平台 (医保信息平台, 比价平台, 平台
        # x2), 机构 (行业协会和机构)
        "orgwords_excluded": {"医保局": 2, "部门": 2, "公司": 1, "协会": 1,
                              "企业": 1, "药房": 2, "平台": 4, "机构": 1,
                              "大学": 0, "健康": 0, "控股": 0, "证券": 0,
                              "办公室": 0, "统计局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g160 Macao's public finances and next year's budget, November 2026: the
# budget bill tabled in 立法會 (revenue, gaming tax, spending, surplus, the
# gross gaming revenue assumed), the year's execution to October (財政局,
# 博監局; 國慶 and the month's record; 拉斯維加斯), the concessionaires'
# gaming tax and the contributions to 澳門基金會, the economy (統計局's
# third-quarter GDP, 旅遊局's visitors from 廣州, 深圳, 珠海, 中山 and
# 香港, 經科局's new companies), the reserves (金管局), welfare spending
# (cash handouts, 社保基金's pension, 衛生局, 教青局, 社工局), public
# investment (建設發展辦公室's light-rail line, 房屋局, 土地工務局), the
# assembly's procedure (its second standing committee, 審計署), views
# (澳門大學, 澳門經濟學會, 澳門理工大學, 中總, 工聯, 惠譽, 穆迪, 中銀澳門
# 分行, 大西洋銀行) and the outlook (香港, 新加坡; 聖誕, 元旦, 明年農曆新年;
# promotions in 北京, 上海, 成都, 里斯本).  Traditional as Macao writes it
# (按年, 按月, 佔, 公佈, 首10個月, 首三季, 前三季, 第三季, 本澳, 「」
# quotes, 稅, 元 for patacas), UTF-8 with BOM, 2026-11-21 (a Saturday, ISO
# week 2026-W47), 澳門日報; 【本報消息】 opens the first paragraph (本報
# names no outlet).  昨日 and 20日 2026-11-20; 本月初 2026-11; 下月初
# 2026-12; 上月 2026-10; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦
# 2027-01-01; 明年農曆新年 2027-02-06; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g160():
    d = Doc(G160)
    Y, LY, NY = "2026", "2025", "2027"
    MO, LV = "澳门", "拉斯维加斯"
    # title (a heading that opens with 明年: no city section, no CITY)
    d.date("[[明年]]預算總收入", NY, "")
    d.metric("總收入增[[5.8%]] ", "5.8", "%", "exact", "")
    d.metric("博彩稅佔[[逾七成]]", 70, "%", "over", "")
    # P1 the budget bill (【本報消息】: no outlet named)
    d.org("】[[特區政府]]昨日")
    d.date("特區政府[[昨日]]（20日）", "2026-11-20", "")
    d.date("昨日（[[20日]]）", "2026-11-20", "")
    d.org("向[[立法會]]提交")
    d.date("提交[[明年]]財政預算案", NY, "")
    d.org("。[[經濟財政司]]司長")
    d.org("在[[立法會]]全體會議")
    d.date("表示，[[2027年度]]政府", NY, "")
    d.metric("總收入預計[[約1,186億元]]", "1186e8", "元", "approx", "")
    d.date("較[[今年]]預算增加", Y, "")
    d.metric("預算增加[[約5.8%]]", "5.8", "%", "approx", "")
    d.metric("直接稅[[約910億元]]，佔", "910e8", "元", "approx", "")
    d.metric("總收入的[[76.7%]]", "76.7", "%", "exact", "")
    d.metric("總開支預計[[約1,058億元]]", "1058e8", "元", "approx", "")
    d.metric("按年增加[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("盈餘[[約128億元]]", "128e8", "元", "approx", "")
    d.date("預算案以[[明年]]博彩", NY, "")
    d.metric("毛收入[[2,600億元]]作為", "2600e8", "元", "exact", "")
    d.metric("每月[[約217億元]]", "217e8", "元", "approx", "")
    # P2 the year's execution to October
    d.org("[[財政局]]昨日")
    d.date("財政局[[昨日]]同時", "2026-11-20", "")
    d.date("公佈，[[今年首10個月]]政府", Y, "")
    d.metric("財政收入[[約952億元]]", "952e8", "元", "approx", "")
    d.metric("按年增長[[7.4%]]", "7.4", "%", "exact", "")
    d.metric("直接稅[[約748億元]]", "748e8", "元", "approx", "")
    d.metric("按年上升[[6.9%]]", "6.9", "%", "exact", "")
    d.metric("財政開支[[約786億元]]", "786e8", "元", "approx", "")
    d.metric("全年預算的[[76.2%]]", "76.2", "%", "exact", "")
    d.metric("財政結餘[[約166億元]]", "166e8", "元", "approx", "")
    d.org("。[[博彩監察協調局]]（")
    d.org("（[[博監局]]）")
    d.date("顯示，[[10月]]澳門", "2026-10", MO)
    d.city("10月[[澳門]]博彩")
    d.metric("毛收入[[約239億元]]", "239e8", "元", "approx", MO)
    d.date("受[[國慶]]黃金周", "2026-10-01", MO)
    d.metric("按月上升[[約12%]]", 12, "%", "approx", MO)
    d.date("創[[2020年]]以來", "2020", MO)
    d.date("；[[今年首10個月]]累計", Y, LV)
    d.metric("累計[[約2,186億元]]", "2186e8", "元", "approx", LV)
    d.metric("按年增長[[約7%]]", 7, "%", "approx", LV)
    d.city("相當於[[拉斯維加斯]]全年")
    d.metric("博彩收入的[[約3倍]]", 3, "倍", "approx", LV)
    # P3 the concessionaires' gaming tax, 澳門基金會
    d.org("，[[金沙中國]]、銀河")
    d.org("、[[銀河娛樂集團]]、")
    d.org("、[[永利澳門]]、")
    d.org("、[[美高梅中國]]、")
    d.org("、[[新濠博亞娛樂]]及")
    d.org("及[[澳娛綜合]]今年")
    d.date("澳娛綜合[[今年首三季]]合共", Y, "")
    d.metric("博彩稅[[約652億元]]", "652e8", "元", "approx", "")
    d.metric("，[[六家]]承批公司", 6, "家", "exact", "")
    d.metric("繳納[[35%]]的", 35, "%", "exact", "")
    d.metric("毛收入的[[2%]]撥予", 2, "%", "exact", "")
    d.org("撥予[[澳門基金會]]、")
    d.metric("、[[3%]]用於", 3, "%", "exact", "")
    d.org("。[[澳門基金會]]表示")
    d.date("表示，[[明年]]預計可獲", NY, "")
    d.metric("撥款[[約52億元]]", "52e8", "元", "approx", "")
    # P4 the economy
    d.org("，[[統計暨普查局]]（")
    d.org("（[[統計局]]）")
    d.date("）[[本月初]]公佈", "2026-11", MO)
    d.date("公佈，[[第三季]]澳門", "2026-Q3", MO)
    d.city("第三季[[澳門]]本地")
    d.metric("實質增長[[4.6%]]", "4.6", "%", "exact", MO)
    d.date("，[[今年首三季]]累計", Y, MO)
    d.metric("累計增長[[約5.1%]]", "5.1", "%", "approx", MO)
    d.org("。[[旅遊局]]資料")
    d.date("顯示，[[今年首10個月]]入境", Y, "广州市")
    d.metric("入境旅客[[約3,350萬人次]]", "3350e4", "人次", "approx",
             "广州市")
    d.metric("按年增長[[約8%]]", 8, "%", "approx", "广州市")
    d.city("來自[[廣州]]、深圳")
    d.city("、[[深圳]]、珠海")
    d.city("、[[珠海]]、中山")
    d.city("、[[中山]]等大灣區")
    d.metric("內地旅客的[[近六成]]", 60, "%", "approx", "中山市")
    d.city("；[[香港]]旅客")
    d.metric("香港旅客[[約620萬人次]]", "620e4", "人次", "approx", "香港")
    d.metric("國際旅客[[約260萬人次]]", "260e4", "人次", "approx", "香港")
    d.org("。[[經濟及科技發展局]]表示")
    d.date("表示，[[今年前三季]]新設立", Y, "")
    d.metric("公司[[約5,800間]]", 5800, "间", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    # P5 the reserves
    d.org("，[[澳門金融管理局]]（")
    d.org("（[[金管局]]）")
    d.date("截至[[9月底]]", "2026-09", "")
    d.metric("資產總額[[約6,028億元]]", "6028e8", "元", "approx", "")
    d.date("比[[去年底]]增加", LY, "")
    d.metric("增加[[約212億元]]", "212e8", "元", "approx", "")
    d.metric("基本儲備[[約1,574億元]]", "1574e8", "元", "approx", "")
    d.metric("超額儲備[[約4,454億元]]", "4454e8", "元", "approx", "")
    d.date("；[[今年首三季]]財政", Y, "")
    d.metric("投資收益[[約188億元]]", "188e8", "元", "approx", "")
    d.metric("回報率[[約4.2%]]", "4.2", "%", "approx", "")
    d.org("。[[金管局]]表示")
    d.metric("目前[[約三成]]超額", 30, "%", "approx", "")
    d.date("項目，[[明年]]將把", NY, "")
    d.metric("提高至[[約35%]]", 35, "%", "approx", "")
    # P6 welfare spending
    d.date("方面，[[明年]]現金分享", NY, "")
    d.metric("每人獲發[[10,000元]]", 10000, "元", "exact", "")
    d.metric("每人[[6,000元]]", 6000, "元", "exact", "")
    d.metric("預算[[約74億元]]", "74e8", "元", "approx", "")
    d.org("。[[社會保障基金]]（")
    d.org("（[[社保基金]]）")
    d.date("將由[[明年1月]]起", "2027-01", "")
    d.metric("每月[[3,900元]]", 3900, "元", "exact", "")
    d.metric("長者[[約13.5萬人]]", "13.5e4", "人", "approx", "")
    d.org("。[[衛生局]]、教育")
    d.org("、[[教育及青年發展局]]（")
    d.org("（[[教青局]]）")
    d.org("及[[社會工作局]]（")
    d.org("（[[社工局]]）")
    d.date("社工局）[[明年]]的預算", NY, "")
    d.metric("分別[[約112億元]]", "112e8", "元", "approx", "")
    d.metric("、[[約96億元]]及", "96e8", "元", "approx", "")
    d.metric("及[[約58億元]]", "58e8", "元", "approx", "")
    d.metric("分別增加[[4.3%]]", "4.3", "%", "exact", "")
    d.metric("、[[2.8%]]及", "2.8", "%", "exact", "")
    d.metric("及[[6.1%]]。", "6.1", "%", "exact", "")
    # P7 public investment
    d.date("方面，[[明年]]投資與發展", NY, "")
    d.metric("撥款[[約215億元]]", "215e8", "元", "approx", "")
    d.metric("按年增加[[約9%]]", 9, "%", "approx", "")
    d.org("。[[建設發展辦公室]]表示")
    d.metric("已完成[[約六成]]", 60, "%", "approx", "")
    d.date("目標[[2028年]]通車", "2028", "")
    d.org("；[[房屋局]]計劃")
    d.date("房屋局計劃[[明年]]推出", NY, "")
    d.metric("推出[[約5,000個]]經濟", 5000, "个", "approx", "")
    d.org("；[[土地工務局]]則")
    d.date("預計，[[明年上半年]]可完成", NY, "")
    d.metric("填海區[[兩個]]公共", 2, "个", "exact", "")
    # P8 the assembly's procedure
    d.org("，[[立法會]]將於")
    d.date("將於[[下月初]]舉行", "2026-12", "")
    d.org("交由[[立法會第二常設委員會]]細則性")
    d.date("預算法於[[明年1月1日]]生效", "2027-01-01", "")
    d.org("。[[審計署]]早前")
    # P9 views
    d.date("認為，[[明年]]預算較為", NY, "")
    d.org("。[[澳門大學]]一位")
    d.date("相當於[[2019年]]水平", "2019", "")
    d.metric("水平的[[約88%]]", 88, "%", "approx", "")
    d.metric("下跌[[10%]]", 10, "%", "exact", "")
    d.date("，[[明年]]的財政盈餘", NY, "")
    d.org("；[[澳門經濟學會]]則")
    d.org("。[[澳門理工大學]]的研究")
    d.org("。[[澳門中華總商會]]及")
    d.org("及[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）")
    d.org("，[[惠譽]]上月")
    d.date("惠譽[[上月]]確認", "2026-10", MO)
    d.city("確認[[澳門]]的信貸")
    d.org("，[[穆迪]]亦")
    d.org("。[[中國銀行澳門分行]]及")
    d.org("及[[大西洋銀行]]預計")
    d.date("預計，[[明年]]本澳", NY, "")
    d.metric("增長[[約4.5%]]", "4.5", "%", "approx", "")
    # P10 the outlook
    d.city("與[[香港]]、新加坡")
    d.city("、[[新加坡]]等")
    d.city("，[[澳門]]的財政儲備相當於")
    d.date("相當於[[明年]]總開支", NY, MO)
    d.metric("總開支的[[約5.7倍]]", "5.7", "倍", "approx", MO)
    d.date("展望[[年底]]", Y, "")
    d.org("，[[旅遊局]]預計")
    d.date("預計[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("將[[超過120萬人次]]", "120e4", "人次", "over", "")
    d.date("，[[明年農曆新年]]黃金周", "2027-02-06", "")
    d.metric("按年增長[[約6%]]", 6, "%", "approx", "")
    d.org("；[[特區政府]]亦")
    d.date("亦計劃[[明年]]在北京", NY, "北京市")
    d.city("在[[北京]]、上海")
    d.city("、[[上海]]、成都")
    d.city("、[[成都]]及")
    d.city("葡萄牙[[里斯本]]舉辦")
    audit = {
        "orgs": ["特區政府", "立法會", "經濟財政司", "財政局", "博彩監察協調局",
                 "博監局", "金沙中國", "銀河娛樂集團", "永利澳門", "美高梅中國",
                 "新濠博亞娛樂", "澳娛綜合", "澳門基金會", "統計暨普查局",
                 "統計局", "旅遊局", "經濟及科技發展局", "澳門金融管理局",
                 "金管局", "社會保障基金", "社保基金", "衛生局",
                 "教育及青年發展局", "教青局", "社會工作局", "社工局",
                 "建設發展辦公室", "房屋局", "土地工務局",
                 "立法會第二常設委員會", "審計署", "澳門大學", "澳門經濟學會",
                 "澳門理工大學", "澳門中華總商會", "澳門工會聯合總會", "工聯",
                 "惠譽", "穆迪", "中國銀行澳門分行", "大西洋銀行"],
        "cities": ["澳門", "香港", "廣州", "深圳", "珠海", "中山", "北京",
                   "上海", "成都", "里斯本", "新加坡", "拉斯維加斯", "本澳",
                   "大灣區", "內地", "城市", "葡萄牙", "關閘", "氹仔", "特區",
                   "國際", "新城"],
        "excluded": [
            # 本澳 x2 (deictic), 大灣區 x2 (a region; 粵港澳 abbreviations),
            # 內地 x2, 城市 x2 (城市建設, 大灣區城市), the country 葡萄牙, 關閘
            # (the border gate) and 氹仔 (an island), 特區 before 財政儲備
            # (the SAR, no body), 國際旅客 (international), 新城填海區 (new
            # reclaimed land)
            "對[[本澳]]中小企", "明年[[本澳]]經濟", "中山等[[大灣區]]城市",
            "內地及[[粵港澳大灣區]]的", "佔[[內地]]旅客", "投放於[[內地]]及",
            "用於[[城市]]建設", "大灣區[[城市]]的旅客", "及[[葡萄牙]]里斯本",
            "連接[[關閘]]與", "與[[氹仔]]的", "，[[特區]]財政儲備",
            "，[[國際]]旅客", "[[新城]]填海區",
        ],
        "numbers_excluded": [],
        # 一般性 (general), 一位 (a person), 一定 (some), 這一比例 (this),
        # 第二 inside the committee's ORG row (no exclusion needed)
        "cn_excluded": ["進行[[一]]般性", "大學[[一]]位", "留有[[一]]定",
                        "這[[一]]比例"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 x10 and 按月 (year-on-year,
        # month-on-month), 全年 x2 (全年預算, 全年博彩收入: a whole year, no
        # calendar span), 每月 x2 (recurring), 單月 (a single month's
        # figure), 黃金周 x2 (after 國慶 and 農曆新年, outside the spans),
        # 年化 (annualized)
        "words_excluded": {"按年": 10, "按月": 1, "全年": 2, "每月": 2,
                           "單月": 1, "黃金周": 2, "年化": 1, "同期": 0,
                           "當天": 0, "當日": 0},
        # generic heads outside ORG rows: 政府 (x5: 政府總收入, 政府財政收入,
        # 建議政府, 政府應檢視, 政府可考慮: back-references, SPEC), 公司 (x3:
        # 承批公司方面, 六家承批公司, 新設立公司), 機構 (評級機構), 基金
        # (專項基金), 委員會, 大學, 銀行, 學會, 總會 only inside ORG rows
        "orgwords_excluded": {"政府": 5, "公司": 3, "機構": 1, "基金": 1,
                              "委員會": 0, "大學": 0, "銀行": 0, "學會": 0,
                              "總會": 0, "辦公室": 0},
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
    # whose text is declared for it (恒 in 恒基地產, 衞 in 食物環境衞生署;
    # annotate_rb.py)
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
