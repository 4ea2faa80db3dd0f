#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g141_consumption_vouchers_mobile_pay and g142_macao_hengqin_cooperation_zone
(annotator SC).

Adapted from the precedent set's tools/annotate_ta.py (now dev/tools/annotate_g131_g132.py; copied and the data
changed; it keeps the checks of annotate_ta.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date, the bare-day month rule,
当天/同日 repeating the latest day, 去年同期 a year before its sentence's
period, 上月 as a baseline after a comparison word, the 上季 check, the
range check that reads no year's last digits as a range's first day, the
约占 check, the declared shared unit, the hand-declared organizations of
each article, the bracketed-day check, the Big5-HKSCS checks), with
annotate_tb.py's GB18030 checks (the declared character outside GBK, its
four-byte code, GBK byte for byte elsewhere) and annotate_tc.py's Macao
checks (Big5-HKSCS holds every character, the region named at least twice,
昨（二十）日 with the bracketed day in Chinese numerals agreeing with the
word).  Each mention is located by a short context string in which the
span is marked with [[ ]]; the context must occur exactly `n` times in the
article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded:

- g141 is simplified (mainland, 杭州日报, 2026-11-14), stored as GB18030
  without a BOM.  Its dateline 本报讯（记者 沈𬭎 通讯员 孙晓岚） opens the
  first paragraph; the reporter's given name 𬭎 (U+2CB4E, CJK Extension E,
  outside the BMP) has GB18030's four-byte code 99 33 A9 32 and no GBK
  code, so Python's gbk, cp936 and gb2312 fail on the file and gb18030
  reads it; every other character is GBK.  𬭎 is one code point (two UTF-16
  code units) and stands before every span but the title's, so an offset
  counted in UTF-16 units would be one too high for every row of the body;
  it lies in no span.  OpenCC t2s leaves the article unchanged.
- g142 is traditional (Macao, 澳門日報, 2026-11-21), stored as Big5-HKSCS
  without a BOM.  It holds two characters that Macao writes and plain Big5
  and cp950 lack: 氹 (U+6C39, of 氹仔, the island) and 綫 (U+7DAB, of
  輕軌橫琴綫, the light rail's Hengqin line as Macao writes it).  Python's
  big5 and cp950 fail on the file; big5hkscs reads it; every line without
  them is plain Big5 byte for byte; every non-ASCII character is two bytes,
  so offsets do not depend on the codec; the GB codecs and UTF-8 fail or
  read another text.  Both lie in no span (a place and a line are no
  mention).  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho25/precedent: README, NOTES_ta/tb/tc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g141_g142.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ta.py: a GB18030 mainland article (annotate_tb.py's
checks; the declared character stands in the first paragraph's dateline
and before every span but the title's) and a Big5-HKSCS Macao article with
two declared characters (annotate_tc.py's Macao checks added); a headline
figure in Chinese numerals with 千 (七千家 -> 7000, unit 家); 下周 +
weekday and 本周 + weekday; 双11 (11-11) in the holiday tables; a marker
right before a METRIC span, or before a currency written before it
(約人民幣36億元), must be declared (outer/sep) and set the qualifier, and a
suffix marker (以上, 左右 ...) right after a span must be inside it; units
元, %, 倍, 家, 轮, 人次, 户, 笔, 次, 个, 百分点, 名, 套, 人, 辆, 辆次, 项, 支.
Re-run (from anywhere):

    python3 dev/tools/annotate_g141_g142.py
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
G141 = "g141_consumption_vouchers_mobile_pay"
G142 = "g142_macao_hengqin_cooperation_zone"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G141: ("gb18030", b"", False, "2026-11-14", "杭州日报"),
    G142: ("big5hkscs", b"", True, "2026-11-21", "澳門日報"),
}
# characters outside the BMP each article declares (𬭎 U+2CB4E in g141's
# dateline, the reporter's given name)
OUTSIDE_BMP = {G141: ["\U0002CB4E"], G142: []}
# characters of a GB18030 article that GBK lacks, with their GB18030 bytes
# (𬭎: a four-byte code, first byte 0x90-0xE3 for a supplementary plane)
OUTSIDE_GBK = {G141: {"\U0002CB4E": b"\x99\x33\xa9\x32"}}
# characters of a Big5-HKSCS article that plain Big5 (and cp950) lack:
# 氹 (U+6C39, HKSCS) of 氹仔 and 綫 (U+7DAB, HKSCS) of 輕軌橫琴綫
OUTSIDE_BIG5_HK = {G142: ["氹", "綫"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names are ORGs in a text that names the region twice)
MACAO = {G142}
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
# Holidays the articles name, by their exact span (2026-2027): g141
# (mainland, 2026-11-14): 双11 2026-11-11 (the shopping festival of this
# month, the occurrence nearest the reference date), 国庆 2026-10-01 (国庆假期
# 以来, the one just past), 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of
# 2027; the coming ones, no year written in their sentences); g142 (Macao,
# 2026-11-21): 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming ones),
# 明年農曆新年 2027-02-06 (明年 inside the span; 农历新年 is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "国庆": "2026-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
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
    # g141 (2026: municipality 上海; prefecture-level cities 杭州, 南京, 苏州,
    # 宁波, 温州, 绍兴, 嘉兴, 合肥, 成都; county-level cities 建德 (杭州) and
    # 义乌 (金华))
    "杭州": "杭州市", "上海": "上海市", "南京": "南京市", "苏州": "苏州市",
    "建德": "建德市", "宁波": "宁波市", "温州": "温州市", "绍兴": "绍兴市",
    "嘉兴": "嘉兴市", "义乌": "义乌市", "合肥": "合肥市", "成都": "成都市",
    # g142 (traditional spans; 澳門 by its common name; mainland cities by
    # their full simplified names (北京, 上海, 成都, 中山 are written alike);
    # 里斯本 and 聖保羅 foreign, by their mainland names)
    "澳門": "澳门", "珠海": "珠海市", "深圳": "深圳市", "廣州": "广州市",
    "北京": "北京市", "中山": "中山市", "江門": "江门市",
    "里斯本": "里斯本", "聖保羅": "圣保罗",
}
# cities normalized without 市: Macao and foreign cities by their common
# Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "里斯本", "圣保罗"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "執委會": "执委会", "執委會經濟發展局": "执委会经济发展局",
    "珠海華發集團": "珠海华发集团", "大橫琴集團": "大横琴集团",
    "澳門都市更新股份有限公司": "澳门都市更新股份有限公司",
    "橫琴金融投資集團": "横琴金融投资集团", "長隆集團": "长隆集团",
    "合作區民生事務局": "合作区民生事务局", "珠海邊檢總站": "珠海边检总站",
    "拱北海關": "拱北海关",
    "中國人民銀行廣東省分行": "中国人民银行广东省分行",
    "中銀澳門": "中银澳门", "工銀澳門": "工银澳门", "大豐銀行": "大丰银行",
    "中國銀行橫琴粵澳深度合作區分行": "中国银行横琴粤澳深度合作区分行",
    "澳門國際銀行": "澳门国际银行", "大西洋銀行": "大西洋银行",
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "合作區金融發展局": "合作区金融发展局",
    "澳門特區政府": "澳门特区政府", "經濟財政司": "经济财政司",
    "立法會": "立法会", "特區政府": "特区政府",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "貿易投資促進局": "贸易投资促进局", "貿促局": "贸促局",
    "勞工事務局": "劳工事务局", "勞工局": "劳工局",
    "社會保障基金": "社会保障基金", "澳門大學": "澳门大学",
    "澳門科技大學": "澳门科技大学", "澳門城市大學": "澳门城市大学",
    "澳門中華總商會": "澳门中华总商会", "中總": "中总",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "珠海市商務局": "珠海市商务局",
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
            # Hong Kong's and Macao's, not Taiwan's: cp950 lacks them too
            assert not any(enc_ok(c, "cp950") for c in outside), doc_id
            # each is written in Big5-HKSCS as two bytes, like every other
            # non-ASCII character: offsets do not depend on the codec
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 and cp950 fail on the file
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert not decodes(raw, "cp950"), (doc_id, "cp950")
            # every line without a declared character is plain Big5 byte
            # for byte, and cp950 reads it alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("big5") == line.encode(enc), line
                    assert line.encode(enc).decode("cp950") == line, line
            # the GB codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters lie in no span (a place, a line)
            self.no_span_chars = outside
        if doc_id in MACAO:     # a Macao text (annotate_tc.py): the region
            # is named at least twice (GUIDELINES: Macao bodies without a
            # place stand alone as ORGs), every character is Big5-HKSCS
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
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
# g141 Hangzhou's third round of consumption vouchers, November 2026: the
# commerce bureau's redemption figures, the round's funding and face values,
# the history since 2020, visitors from other cities, the third batch, the
# payment platforms (支付宝, 蚂蚁集团, 微信支付, 腾讯, 财付通; 云闪付 a
# product of 中国银联), the banks (杭州银行 and its card centre, 浙商银行,
# the big banks' branches, 中国银联浙江分公司, the central bank's provincial
# branch), merchants (银泰百货, 杭州大厦, 杭州解百, 知味观, 楼外楼, 外婆家,
# 盒马, 联华华商, 物美, 苏宁易购), districts and 建德, the province (浙江省
# 商务厅, 宁波, 温州, 绍兴, 嘉兴, 义乌) and other provinces' cities (上海,
# 南京, 合肥, 成都), 商务部, the statistics bureau's retail sales, a survey,
# a professor, a research firm's report, the fourth round.  Simplified,
# GB18030 without BOM, 2026-11-14 (a Saturday, ISO week 2026-W46), 杭州日报;
# the dateline 本报讯（记者 沈𬭎 通讯员 孙晓岚） opens the first paragraph.
# 昨日 2026-11-13; 上周 2026-W45; 本周 2026-W46; 下周五 2026-11-20; 本月
# 2026-11; 上月 after 比 in a sentence about October 2026-09; 双11
# 2026-11-11; 国庆 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06; 明年 2027.
# ===========================================================================
@doc
def g141():
    d = Doc(G141)
    Y, LY = "2026", "2025"
    NOV = "2026-11"
    HZ = "杭州市"
    # title (a heading that opens with 杭州 followed by 冬: no city section;
    # its figures take 杭州 by the sentence rule)
    d.city("[[杭州]]冬季消费券")
    d.metric("核销率[[超九成]] ", 90, "%", "over", HZ)
    d.metric("带动消费[[逾40亿元]]", "40e8", "元", "over", HZ)
    # P1 the dateline (本报: no outlet named) and the bureau's figures
    d.date("记者[[昨日]]从", "2026-11-13", HZ)
    d.org("从[[杭州市商务局]]获悉")
    d.date("获悉，[[今年]]第三轮", Y, HZ)
    d.city("“[[杭州]]消费券”自11月1日")
    d.date("”自[[11月1日]]起", "2026-11-01", HZ)
    d.org("通过[[支付宝]]、微信支付和云闪付")
    d.org("、[[微信支付]]和云闪付")
    d.date("截至[[11月12日]]，累计", "2026-11-12", HZ)
    d.metric("核销金额[[约6.8亿元]]", "6.8e8", "元", "approx", HZ)
    d.metric("核销率达到[[91.3%]]", "91.3", "%", "exact", HZ)
    d.metric("带动消费[[42.6亿元]]，", "42.6e8", "元", "exact", HZ)
    d.metric("杠杆效应[[约6.3倍]]", "6.3", "倍", "approx", HZ)
    # P2 the round's funding, face values, merchants, history, visitors
    d.org("据[[市商务局]]介绍")
    d.metric("消费券总额[[5亿元]]", "5e8", "元", "exact", "")
    d.metric("出资[[3.2亿元]]", "3.2e8", "元", "exact", "")
    d.metric("配套[[1.8亿元]]", "1.8e8", "元", "exact", "")
    d.metric("包括满[[100元]]减", 100, "元", "exact", "")
    d.metric("满100元减[[20元]]", 20, "元", "exact", "")
    d.metric("、满[[300元]]减", 300, "元", "exact", "")
    d.metric("满300元减[[60元]]", 60, "元", "exact", "")
    d.metric("和满[[1000元]]减", 1000, "元", "exact", "")
    d.metric("满1000元减[[150元]]", 150, "元", "exact", "")
    d.metric("商户[[超过12.6万家]]", "12.6e4", "家", "over", "")
    d.date("较[[今年5月]]的第二轮", "2026-05", "")
    d.metric("增加[[约1.9万家]]", "1.9e4", "家", "approx", "")
    d.city("。[[杭州]]自2020年3月")
    d.date("杭州自[[2020年3月]]首次", "2020-03", HZ)
    d.org("首次通过[[支付宝]]发放")
    d.metric("累计发放[[19轮]]", 19, "轮", "exact", HZ)
    d.metric("总额[[超过60亿元]]", "60e8", "元", "over", HZ)
    d.org("。[[市商务局]]相关负责人")
    d.date("开放领取，截至[[昨日]]，外地", "2026-11-13", "上海市")
    d.metric("占比达到[[17.4%]]", "17.4", "%", "exact", "上海市")
    d.city("来自[[上海]]、南京、苏州")
    d.city("上海、[[南京]]、苏州")
    d.city("南京、[[苏州]]的游客")
    d.date("将于[[下周五]]（11月20日）", "2026-11-20", "")
    d.date("下周五（[[11月20日]]）", "2026-11-20", "")
    d.metric("额度[[约1.2亿元]]", "1.2e8", "元", "approx", "")
    # P3 the payment platforms
    d.org("\n\n[[支付宝]]上周发布")
    d.date("支付宝[[上周]]发布", "2026-W45", "")
    d.metric("即有[[超过380万人次]]", "380e4", "人次", "over", "")
    d.metric("占比达到[[27%]]", 27, "%", "exact", "")
    d.org("。[[蚂蚁集团]]相关负责人")
    d.city("介绍，[[杭州]]消费券核销笔数")
    d.metric("核销笔数中[[约四成]]", 40, "%", "approx", HZ)
    d.metric("消费金额为[[186元]]", 186, "元", "exact", HZ)
    d.metric("提高[[11.5%]]", "11.5", "%", "exact", HZ)
    d.org("。[[微信支付]]方面")
    d.org("方面，[[腾讯]]发布")
    d.date("显示，[[11月1日]]至12日", "2026-11-01", HZ)
    d.date("11月1日至[[12日]]，", "2026-11-12", HZ)
    d.city("，[[杭州]]地区通过")
    d.org("通过[[微信支付]]核销")
    d.metric("金额同比增长[[34%]]", 34, "%", "exact", HZ)
    d.metric("占比[[近一半]]", 50, "%", "approx", HZ)
    d.org("；[[财付通]]表示")
    d.date("将在[[本月下旬]]联合", NOV, "")
    d.org("联合[[杭州银行]]推出")
    # P4 the banks and the central bank's provincial branch
    d.org("行列。[[杭州银行]]、浙商银行")
    d.org("、[[浙商银行]]、中国工商银行")
    d.org("、[[中国工商银行浙江省分行]]、")
    d.org("、[[中国建设银行杭州分行]]等机构")
    d.org("。[[杭州银行信用卡中心]]数据")
    d.date("显示，[[10月]]以来其持卡人", "2026-10", "")
    d.metric("交易额同比增长[[18.6%]]", "18.6", "%", "exact", "")
    d.org("。[[中国银联浙江分公司]]介绍")
    d.metric("绑卡用户[[约46万户]]", "46e4", "户", "approx", "")
    d.org("。[[中国人民银行浙江省分行]]的统计")
    d.date("统计显示，[[今年前三季度]]全省", Y, HZ)
    d.metric("笔数达到[[312.5亿笔]]", "312.5e8", "笔", "exact", HZ)
    d.metric("同比增长[[15.2%]]，金额", "15.2", "%", "exact", HZ)
    d.metric("金额[[约26.7万亿元]]", "26.7e12", "元", "approx", HZ)
    d.city("其中[[杭州]]约占全省")
    d.metric("约占全省的[[38%]]", 38, "%", "approx", HZ, sep="约")
    # P5 merchants
    d.org("明显。[[银泰百货]]数据")
    d.city("活动期间其[[杭州]]7家门店")
    d.metric("其杭州[[7家]]门店", 7, "家", "exact", HZ)
    d.metric("客流同比增长[[22%]]", 22, "%", "exact", HZ)
    d.metric("销售额增长[[约19%]]", 19, "%", "approx", HZ)
    d.org("；[[杭州大厦]]、杭州解百")
    d.org("、[[杭州解百]]的化妆品")
    d.metric("分别增长[[31%]]和26%", 31, "%", "exact", "")
    d.metric("分别增长31%和[[26%]]", 26, "%", "exact", "")
    d.org("方面，[[知味观]]、楼外楼")
    d.org("、[[楼外楼]]、外婆家")
    d.org("、[[外婆家]]等本地")
    d.metric("普遍增长[[两成以上]]", 20, "%", "over", "")
    d.org("，[[外婆家]]湖滨店")
    d.date("湖滨店在[[双11]]当天", "2026-11-11", "")
    d.date("在双11[[当天]]接待", "2026-11-11", "")
    d.metric("接待顾客[[超过2300人次]]", 2300, "人次", "over", "")
    d.org("。[[盒马]]、联华华商")
    d.org("、[[联华华商]]、物美")
    d.org("、[[物美]]等商超")
    d.metric("环比增长[[约15%]]", 15, "%", "approx", HZ)
    d.org("，[[苏宁易购]]在杭州")
    d.city("苏宁易购在[[杭州]]的门店")
    d.metric("同比增长[[1.2倍]]", "1.2", "倍", "exact", HZ)
    # P6 districts (no CITY) and 建德 (a county-level city of 杭州)
    d.metric("合计占全市的[[46%]]", 46, "%", "exact", "")
    d.metric("核销率均[[超过95%]]", 95, "%", "over", "")
    d.city("。[[建德]]、桐庐")
    d.org("，[[建德市商务局]]数据")
    d.metric("预订量增长[[约1.4倍]]", "1.4", "倍", "approx", "建德市")
    d.date("，[[国庆]]假期以来", "2026-10-01", "建德市")
    d.metric("保持在[[八成左右]]", 80, "%", "approx", "建德市")
    # P7 the province and other cities
    d.org("在省内，[[浙江省商务厅]]牵头")
    d.metric("已覆盖[[11个]]设区市", 11, "个", "exact", "")
    d.org("。[[宁波市商务局]]表示")
    d.city("表示，[[宁波]]第二批")
    d.date("已于[[11月8日]]发放", "2026-11-08", "宁波市")
    d.metric("首日核销率[[超过60%]]", 60, "%", "over", "宁波市")
    d.city("；[[温州]]、绍兴")
    d.city("温州、[[绍兴]]、嘉兴")
    d.city("绍兴、[[嘉兴]]也将")
    d.date("也将在[[本月下旬]]陆续", NOV, "嘉兴市")
    d.city("，[[义乌]]则向")
    d.metric("发放了[[约300万元]]", "300e4", "元", "approx", "义乌市")
    d.city("省外，[[上海]]、南京")
    d.city("上海、[[南京]]、合肥")
    d.city("南京、[[合肥]]、成都")
    d.city("合肥、[[成都]]等城市")
    d.date("等城市[[今年]]以来", Y, "成都市")
    d.org("也通过[[支付宝]]、微信支付等")
    d.org("支付宝、[[微信支付]]等平台")
    d.org("。[[商务部]]本周")
    d.date("商务部[[本周]]召开", "2026-W46", "")
    d.date("围绕[[元旦]]、春节消费", "2027-01-01", "")
    d.date("元旦、[[春节]]消费旺季", "2027-02-06", "")
    # P8 the statistics bureau, a survey, a professor, a research firm
    d.org("。[[杭州市统计局]]昨日")
    d.date("杭州市统计局[[昨日]]发布", "2026-11-13", HZ)
    d.date("显示，[[10月]]杭州实现", "2026-10", HZ)
    d.city("10月[[杭州]]实现")
    d.metric("零售总额[[786.4亿元]]", "786.4e8", "元", "exact", HZ)
    d.metric("同比增长[[6.8%]]", "6.8", "%", "exact", HZ)
    # 上月 after 比 in a sentence about October: a baseline, September
    d.date("增速比[[上月]]加快", "2026-09", HZ)
    d.metric("加快[[1.9个百分点]]", "1.9", "百分点", "exact", HZ)
    d.date("；[[今年前10个月]]，全市", Y, "")
    d.metric("累计达到[[7315亿元]]", "7315e8", "元", "exact", "")
    d.metric("同比增长[[5.2%]]", "5.2", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[0.7个百分点]]", "0.7", "百分点", "exact", "")
    d.org("。[[国家统计局杭州调查队]]的抽样")
    d.metric("显示，[[约72%]]的受访", 72, "%", "approx", "")
    d.metric("其中[[近三成]]家庭", 30, "%", "approx", "")
    d.metric("用券[[5次以上]]", 5, "次", "over", "")
    d.org("。[[浙江大学经济学院]]一位")
    d.org("。[[易观分析]]发布")
    d.date("《[[2026年第三季度]]中国移动", "2026-Q3", HZ)
    d.city("显示，[[杭州]]移动支付普及率")
    d.metric("普及率已达[[98.6%]]", "98.6", "%", "exact", HZ)
    # P9 the fourth round and the bureau's goal
    d.date("计划于[[12月下旬]]发放", "2026-12", "")
    d.metric("总额[[约3亿元]]", "3e8", "元", "approx", "")
    d.date("重点支持[[元旦]]、春节期间", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.date("；[[明年1月]]起", "2027-01", "")
    d.org("。[[市商务局]]表示，将联合")
    d.org("将联合[[支付宝]]、微信支付以及")
    d.org("支付宝、[[微信支付]]以及")
    d.org("以及[[杭州银行]]、浙商银行等")
    d.org("杭州银行、[[浙商银行]]等机构进一步")
    d.metric("增速达到[[5.5%左右]]", "5.5", "%", "approx", "")
    audit = {
        "orgs": ["杭州市商务局", "支付宝", "微信支付", "市商务局",
                 "蚂蚁集团", "腾讯", "财付通", "杭州银行", "浙商银行",
                 "中国工商银行浙江省分行", "中国建设银行杭州分行",
                 "杭州银行信用卡中心", "中国银联浙江分公司",
                 "中国人民银行浙江省分行", "银泰百货", "杭州大厦",
                 "杭州解百", "知味观", "楼外楼", "外婆家", "盒马",
                 "联华华商", "物美", "苏宁易购", "建德市商务局",
                 "浙江省商务厅", "宁波市商务局", "商务部", "杭州市统计局",
                 "国家统计局杭州调查队", "浙江大学经济学院", "易观分析"],
        "cities": ["杭州", "杭", "上海", "南京", "苏州", "建德", "宁波",
                   "温州", "绍兴", "嘉兴", "义乌", "合肥", "成都", "浙江",
                   "桐庐", "淳安", "上城", "西湖", "拱墅", "临平", "余杭",
                   "湖滨", "全市", "全省", "全国", "本地", "当地", "省内",
                   "省外", "中国", "城市", "商贸城"],
        "excluded": [
            # 杭 (来杭游客: a one-character abbreviation), districts of 杭州
            # (上城区, 西湖区, 拱墅区, 临平区, 余杭区) and its counties (桐庐,
            # 淳安), a lakeside quarter in a restaurant's name (湖滨店), a
            # market (国际商贸城), deictic 全市 (x2), 全省 (x2), 全国, 本地
            # (x2), 当地, 省内, 省外; 中国 in a report's title (中国移动支付:
            # no ORG 中国移动, SPEC), 城市 (等城市, 主要城市)
            "来[[杭]]游客", "[[上城]]区", "[[西湖]]区", "[[拱墅]]区",
            "[[临平]]区", "[[余杭]]区", "建德、[[桐庐]]", "、[[淳安]]联合",
            "外婆家[[湖滨]]店", "国际[[商贸城]]", "占[[全市]]的46%",
            "，[[全市]]社零", "今年前三季度[[全省]]", "约占[[全省]]的38%",
            "在[[全国]]主要", "在[[本地]]商圈", "等[[本地]]老字号",
            "带动[[当地]]民宿", "在[[省内]]", "[[省外]]，", 
            "第三季度[[中国]]移动支付", "成都等[[城市]]", "主要[[城市]]中",
        ],
        "numbers_excluded": [],
        # ordinals of rounds and batches (第三轮, 第二轮, 第三批, 第二批,
        # 第四轮, 上一轮), 两周 (a duration in the title), 一位 (a person),
        # 碰一下 (a feature's name), 进一步 (further)
        "cn_excluded": ["今年第[[三]]轮", "的第[[二]]轮", "第[[三]]批消费券",
                        "上[[一]]轮", "碰[[一]]下", "宁波第[[二]]批",
                        "[[两]]周带动", "学院[[一]]位", "第[[四]]轮",
                        "进[[一]]步"],
        "latin_excluded": ["云闪付[[APP]]"],
        # time words that are no DATE: 冬季 (the title's season, no year
        # word: SPEC 今冬), 两周 (a duration), 首日 (x2: a
        # round's or a batch's first day, relative to an event), 周边
        # (nearby), 周末 (weekends, recurring), 明显, 旺季, 年货 (New Year
        # goods), 全年 (the year's goal, no DATE alone)
        "words_excluded": {"冬季": 1, "两周": 1, "首日": 2, "周边": 1, "周末": 1,
                           "明显": 1, "旺季": 1, "年货": 1, "全年": 1,
                           "同期": 0, "当月": 0, "年底": 0, "日前": 0},
        # generic heads outside ORG rows: 银行 (银行也纷纷: banks as a kind),
        # 机构 (x2: 等机构), 平台 (等平台), 商超 (等商超), 门店 (x2: stores),
        # 品牌 (连锁品牌), 商户 (x3); 集团, 公司, 局, 厅, 大学 only inside
        # ORGs
        "orgwords_excluded": {"银行": 1, "机构": 2, "平台": 1, "商超": 1,
                              "门店": 2, "品牌": 1, "商户": 3, "集团": 0,
                              "公司": 0, "局": 0, "厅": 0, "大学": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g142 Macao firms and residents in the Hengqin cooperation zone, November
# 2026: the zone's executive committee (執委會) on Macao-funded firms for the
# first three quarters, the zone's founding and the plan's 2029 goal, tax
# caps, investment (the gaming concessionaires; 珠海華發集團, 大橫琴集團 and
# 澳門都市更新股份有限公司's 「澳門新街坊」; 橫琴金融投資集團; 長隆集團),
# residents and commuters (合作區民生事務局, 珠海邊檢總站, the Hengqin port,
# Macao-plated cars, the light rail's Hengqin line, 拱北海關), banks (中國人民
# 銀行廣東省分行, 中銀澳門, 工銀澳門, 大豐銀行, 中國銀行's zone branch, 澳門
# 國際銀行, 大西洋銀行; 金管局 and the zone's 金融發展局), the Macao government
# (經濟財政司, 立法會, 特區政府, 經科局, 貿促局 in 氹仔, 勞工局, 社會保障基金),
# universities and associations (澳門大學, 澳門科技大學, 澳門城市大學, 中總,
# 街總), other platforms and cities (深圳前海, 廣州南沙; 北京, 上海, 成都;
# 里斯本, 聖保羅; 珠海市商務局 with 中山, 江門), the year-end outlook.
# Traditional as Macao writes it (按年, 按月, 首三季, 首10個月, 第一季, 佔,
# 發佈, 公佈, 上周, 本周, 昨（二十）日, 元 for patacas and 億元人民幣,
# 氹仔, 橫琴綫), Big5-HKSCS without BOM, 2026-11-21 (a Saturday, ISO week
# 2026-W47), 澳門日報; the dateline 【本報消息】 opens the first paragraph.
# 昨（二十）日 and 昨日 2026-11-20; 上周 2026-W46; 上周五 2026-11-13; 本周
# 2026-W47; 上月 2026-10; 聖誕 2026-12-25; 元旦 2027-01-01; 明年第一季
# 2027-Q1; 明年農曆新年 2027-02-06.
# ===========================================================================
@doc
def g142():
    d = Doc(G142)
    Y, LY, NY = "2026", "2025", "2027"
    MO = "澳门"
    # title (a heading that opens with 合作區: no city section, no CITY)
    d.metric("澳資企業[[逾七千家]]", 7000, "家", "over", "")
    d.date(" [[首三季]]新設", Y, "")
    d.metric("按年增[[兩成]]", 20, "%", "exact", "")
    # P1 the dateline (本報: no outlet named) and the committee's figures
    d.org("【本報消息】[[橫琴粵澳深度合作區執行委員會]]（")
    d.org("執行委員會（[[執委會]]）")
    d.date("（執委會）[[昨（二十）日]]舉行", "2026-11-20", "")
    d.date("公佈[[今年首三季]]合作區", Y, "")
    d.date("截至[[10月底]]，合作區", "2026-10", "")
    d.metric("澳資企業[[7,126家]]", 7126, "家", "exact", "")
    d.metric("按年增加[[14.2%]]", "14.2", "%", "exact", "")
    d.metric("合計[[約1,586億元]]人民幣", "1586e8", "元", "approx", "")
    d.date("；[[今年首三季]]新設", Y, "")
    d.metric("澳資企業[[946家]]", 946, "家", "exact", "")
    d.metric("按年增長[[20.3%]]", "20.3", "%", "exact", "")
    d.metric("總數的[[三成以上]]", 30, "%", "over", "")
    d.org("。[[執委會經濟發展局]]局長")
    d.date("預計[[今年]]新設", Y, "")
    d.metric("將[[突破1,200家]]", 1200, "家", "over", "")
    # P2 the zone's founding, the plan's goal, the tax caps
    d.date("合作區於[[2021年9月17日]]正式", "2021-09-17", "")
    d.date("，[[2024年3月1日]]起", "2024-03-01", "")
    d.date("》，到[[2029年]]，", "2029", MO)
    d.city("合作區與[[澳門]]經濟")
    d.org("。[[執委會]]副主任")
    d.metric("減按[[15%]]的稅率", 15, "%", "exact", "")
    d.metric("稅負以[[15%]]為上限", 15, "%", "exact", "")
    d.date("；[[今年]]已有約1.8萬名", Y, MO)
    d.metric("已有[[約1.8萬名]]澳門", "1.8e4", "名", "approx", MO)
    d.city("約1.8萬名[[澳門]]居民")
    d.metric("減免稅額[[約4.3億元]]", "4.3e8", "元", "approx", MO)
    # P3 investment
    d.date("方面，[[今年首10個月]]合作區新簽約", Y, MO)
    d.city("新簽約[[澳門]]投資項目")
    d.metric("投資項目[[68個]]", 68, "个", "exact", MO)
    d.metric("協議投資額[[約412億元]]", "412e8", "元", "approx", MO)
    d.metric("按年增長[[21%]]", 21, "%", "exact", MO)
    d.city("。[[澳門]]六家博彩")
    d.metric("澳門[[六家]]博彩", 6, "家", "exact", MO)
    d.metric("已有[[四家]]在合作區", 4, "家", "exact", MO)
    d.metric("累計投資[[超過300億元]]", "300e8", "元", "over", MO)
    d.org("。[[珠海華發集團]]、")
    d.org("、[[大橫琴集團]]與")
    d.org("與[[澳門都市更新股份有限公司]]合作")
    d.city("「[[澳門]]新街坊」")
    d.metric("交付住宅[[約4,000套]]", 4000, "套", "approx", MO)
    d.city("入住[[澳門]]居民逾2,600戶")
    d.metric("澳門居民[[逾2,600戶]]", 2600, "户", "over", MO)
    d.org("；[[橫琴金融投資集團]]牽頭")
    d.metric("基金規模達[[50億元]]人民幣", "50e8", "元", "exact", "")
    d.org("。[[長隆集團]]則計劃")
    d.date("則計劃[[明年]]在合作區", NY, "")
    d.metric("新增投資[[約120億元]]人民幣", "120e8", "元", "approx", "")
    # P4 residents, commuters, the port, the light rail, customs
    d.org("方面，[[合作區民生事務局]]數據")
    d.date("截至[[9月底]]，在合作區", "2026-09", MO)
    d.city("居住的[[澳門]]居民")
    d.metric("居民達[[1.72萬人]]", "1.72e4", "人", "exact", MO)
    d.city("就業的[[澳門]]居民約6,100人")
    d.metric("澳門居民[[約6,100人]]", 6100, "人", "approx", MO)
    d.date("分別比[[去年底]]增加", LY, MO)
    d.metric("增加[[18%]]和23%", 18, "%", "exact", MO)
    d.metric("增加18%和[[23%]]", 23, "%", "exact", MO)
    d.org("。[[珠海邊檢總站]]昨日")
    d.date("珠海邊檢總站[[昨日]]表示", "2026-11-20", MO)
    d.date("表示，[[今年]]以來經橫琴口岸", Y, MO)
    d.metric("出入境旅客達[[1,865萬人次]]", "1865e4", "人次", "exact", MO)
    d.metric("按年增加[[12.7%]]", "12.7", "%", "exact", MO)
    d.city("其中[[澳門]]居民約佔六成")
    d.metric("居民約佔[[六成]]", 60, "%", "approx", MO, sep="約")
    d.city("的[[澳門]]單牌車累計")
    d.metric("累計[[超過9.6萬輛]]", "9.6e4", "辆", "over", MO)
    d.metric("日均通關[[約2,300輛次]]", 2300, "辆次", "approx", MO)
    d.date("橫琴綫[[去年12月]]通車", "2025-12", "")
    d.metric("日均客流[[約1.9萬人次]]", "1.9e4", "人次", "approx", "")
    d.date("，[[上周五]]單日客流", "2026-11-13", "")
    d.metric("創下[[2.7萬人次]]", "2.7e4", "人次", "exact", "")
    d.org("。[[拱北海關]]數據")
    d.date("亦顯示，[[上月]]橫琴口岸", "2026-10", "")
    d.metric("貨值[[約58億元]]人民幣", "58e8", "元", "approx", "")
    d.metric("按月增長[[9.4%]]", "9.4", "%", "exact", "")
    # P5 banks and the monetary authority
    d.org("方面，[[中國人民銀行廣東省分行]]表示")
    d.date("截至[[10月末]]，已有", "2026-10", MO)
    d.metric("已有[[9家]]澳資銀行", 9, "家", "exact", MO)
    d.org("，[[中銀澳門]]、工銀澳門")
    d.org("、[[工銀澳門]]、大豐銀行")
    d.org("、[[大豐銀行]]等為")
    d.city("等為[[澳門]]居民在合作區購房")
    d.metric("貸款約人民幣[[36億元]]", "36e8", "元", "approx", MO, sep="約")
    d.metric("惠及[[逾1,900戶]]", 1900, "户", "over", MO)
    d.org("。[[中國銀行橫琴粵澳深度合作區分行]]數據")
    d.date("顯示，[[今年首三季]]該行", Y, "")
    d.metric("結算[[1,240億元]]", "1240e8", "元", "exact", "")
    d.metric("按年增長[[28%]]", 28, "%", "exact", "")
    d.org("。[[澳門國際銀行]]、")
    d.org("、[[大西洋銀行]]亦分別")
    d.date("分別於[[今年6月]]和8月", "2026-06", "")
    d.date("今年6月和[[8月]]在合作區", "2026-08", "")
    d.org("。[[澳門金融管理局]]（")
    d.org("管理局（[[金管局]]）")
    d.org("與[[合作區金融發展局]]上周")
    d.date("金融發展局[[上周]]簽署", "2026-W46", "")
    # P6 the Macao government
    d.org("\n\n[[澳門特區政府]]方面")
    d.org("，[[經濟財政司]]司長")
    d.org("日前在[[立法會]]表示")
    d.org("，[[特區政府]]將在明年")
    d.date("將在[[明年]]施政方針", NY, "")
    d.org("。[[經濟及科技發展局]]（")
    d.org("發展局（[[經科局]]）資料")
    d.date("顯示，[[今年首10個月]]共有", Y, MO)
    d.metric("共有[[逾150家]]澳門", 150, "家", "over", MO)
    d.city("逾150家[[澳門]]中小企")
    d.org("透過[[經科局]]的")
    d.org("；[[貿易投資促進局]]（")
    d.org("促進局（[[貿促局]]）")
    d.date("（貿促局）[[上月]]在氹仔", "2026-10", "")
    d.metric("合作意向[[42項]]", 42, "项", "exact", "")
    d.org("。[[勞工事務局]]（")
    d.org("事務局（[[勞工局]]）")
    d.org("與[[合作區民生事務局]]本周")
    d.date("民生事務局[[本周]]合辦", "2026-W47", "")
    d.metric("提供職位[[約1,300個]]", 1300, "个", "approx", "")
    d.metric("吸引[[約2,800名]]求職者", 2800, "名", "approx", "")
    d.org("。[[社會保障基金]]表示")
    d.metric("已有[[約4,800名]]在合作區", 4800, "名", "approx", MO)
    d.city("就業的[[澳門]]居民選擇")
    # P7 universities and associations (澳門 only inside ORGs)
    d.org("\n\n[[澳門大學]]、")
    d.org("、[[澳門科技大學]]、")
    d.org("、[[澳門城市大學]]等高校")
    d.date("等高校[[今年]]在合作區", Y, "")
    d.metric("產學研平台[[11個]]", 11, "个", "exact", "")
    d.metric("科研團隊[[逾60支]]", 60, "支", "over", "")
    d.org("。[[澳門中華總商會]]（")
    d.org("總商會（[[中總]]）")
    d.date("（中總）[[上周]]發佈", "2026-W46", "")
    d.metric("企業中[[約六成]]表示", 60, "%", "approx", "")
    d.date("表示[[今年]]營業額", Y, "")
    d.metric("但[[約35%]]認為", 35, "%", "approx", "")
    d.org("。[[澳門街坊會聯合總會]]（")
    d.org("聯合總會（[[街總]]）")
    d.date("，[[今年]]以來服務居民", Y, "")
    d.metric("服務居民[[逾3.2萬人次]]", "3.2e4", "人次", "over", "")
    # P8 other platforms and cities
    d.city("高於[[深圳]]前海")
    d.city("、[[廣州]]南沙")
    d.date("合作區[[今年]]還組織", Y, "北京市")
    d.city("赴[[北京]]、上海")
    d.city("北京、[[上海]]、成都")
    d.city("上海、[[成都]]參展")
    d.city("在[[里斯本]]、聖保羅")
    d.city("里斯本、[[聖保羅]]舉辦")
    d.metric("簽約項目共[[23個]]", 23, "个", "exact", "圣保罗")
    d.metric("意向投資額[[約85億元]]", "85e8", "元", "approx", "圣保罗")
    d.org("；[[珠海市商務局]]表示")
    d.city("表示，[[珠海]]正與")
    d.city("正與[[中山]]、江門")
    d.city("中山、[[江門]]合力")
    d.city("為[[澳門]]企業提供")
    # P9 the year-end outlook
    d.date("展望[[年底]]，", Y, MO)
    d.org("，[[執委會]]預計")
    d.date("預計[[聖誕]]及元旦", "2026-12-25", MO)
    d.date("聖誕及[[元旦]]假期", "2027-01-01", MO)
    d.metric("日均將[[超過8萬人次]]", "8e4", "人次", "over", MO)
    d.date("將於[[12月20日]]前", "2026-12-20", MO)
    d.city("便利[[澳門]]居民在合作區生活")
    d.date("措施，[[明年第一季]]啟用", "2027-Q1", MO)
    d.city("面向[[澳門]]學生")
    d.date("隨著[[2029年]]目標", "2029", MO)
    d.date("應在[[明年農曆新年]]前後", "2027-02-06", MO)
    d.city("吸引更多[[澳門]]青年")
    audit = {
        "orgs": ["橫琴粵澳深度合作區執行委員會", "執委會", "執委會經濟發展局",
                 "珠海華發集團", "大橫琴集團", "澳門都市更新股份有限公司",
                 "橫琴金融投資集團", "長隆集團", "合作區民生事務局",
                 "珠海邊檢總站", "拱北海關", "中國人民銀行廣東省分行",
                 "中銀澳門", "工銀澳門", "大豐銀行",
                 "中國銀行橫琴粵澳深度合作區分行", "澳門國際銀行",
                 "大西洋銀行", "澳門金融管理局", "金管局",
                 "合作區金融發展局", "澳門特區政府", "經濟財政司", "立法會",
                 "特區政府", "經濟及科技發展局", "經科局", "貿易投資促進局",
                 "貿促局", "勞工事務局", "勞工局", "社會保障基金", "澳門大學",
                 "澳門科技大學", "澳門城市大學", "澳門中華總商會", "中總",
                 "澳門街坊會聯合總會", "街總", "珠海市商務局"],
        "cities": ["澳門", "在澳", "珠海", "深圳", "廣州", "北京", "上海",
                   "成都", "中山", "江門", "里斯本", "聖保羅", "橫琴", "前海",
                   "南沙", "氹仔", "大灣區", "廣東", "香港", "內地", "本澳",
                   "城市"],
        "excluded": [
            # 在澳 (a one-character abbreviation), the zone's island and its
            # facilities (橫琴 in the plan's title, 橫琴口岸 x4, 入出橫琴,
            # 輕軌橫琴綫), districts of 深圳 and 廣州 (前海, 南沙), Macao's
            # island 氹仔, the region 大灣區
            "[[在澳]]供款", "《[[橫琴]]粵澳", "經[[橫琴]]口岸出入境",
            "經[[橫琴]]口岸入出", "上月[[橫琴]]口岸", "經[[橫琴]]口岸往來",
            "入出[[橫琴]]政策", "輕軌[[橫琴]]綫", "深圳[[前海]]",
            "廣州[[南沙]]", "在[[氹仔]]舉辦", "位居[[大灣區]]",
        ],
        "numbers_excluded": [],
        # 新一批 (a new batch), 雙方 (both sides)
        "cn_excluded": ["新[[一]]批", "[[雙]]方將"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x7, year-on-year), 按月, 日均
        # (x3), 單日 (a single day's record), 日前 (x2: 日前 vague, and the
        # 日 of 12月20日 before 前, outside the span), 青年 (x2, young
        # people), 新年 inside 明年農曆新年 only
        "words_excluded": {"按年": 7, "按月": 1, "日均": 3, "單日": 1,
                           "日前": 2, "青年": 2, "同期": 0, "當天": 0,
                           "當日": 0, "當月": 0, "全年": 0},
        # generic heads outside ORG rows: 銀行 (澳資銀行), 公司 (博彩承批公司),
        # 基金 (跨境股權投資基金), 平台 (x3), 高校, 學校, 機構 (分支機構), 局
        # (局長, a title after 執委會經濟發展局), 商會 (招商會, an event);
        # 集團, 委員會, 政府, 大學, 海關 only inside ORGs
        "orgwords_excluded": {"銀行": 1, "公司": 1, "基金": 1, "平台": 3,
                              "高校": 1, "學校": 1, "機構": 1, "局": 1,
                              "商會": 1, "集團": 0, "委員會": 0, "政府": 0,
                              "大學": 0, "海關": 0},
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
