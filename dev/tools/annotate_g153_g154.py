#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g153_county_ecommerce_live_streaming_agri and
g154_macao_gaming_concessionaires_nongaming (annotator QC).

Adapted from the precedent set's tools/annotate_rc.py (now dev/tools/annotate_g147_g148.py; copied and the data
changed; it keeps the checks of annotate_rc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s (and the whole simplified article), audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule asserted against my hand value on
every DATE/METRIC row, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date, the
bare-day month rule, 当天/同日 repeating the latest day, 去年同期 a year
before its sentence's period, 上月 as a baseline after a comparison word,
the 上季 check, the range check, the 约占 check, the declared shared unit,
the hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
marker touching a span inside it, a suffix marker inside its span, the
narrowest codec), with annotate_ra.py's UTF-16 LE checks (the BOM names
the order, one BOM only, code units = code points, the big-endian reading
and every byte codec failing or reading another text) and annotate_rb.py's
Big5-HKSCS checks (the declared characters the only ones plain Big5 lacks,
plain Big5 byte for byte elsewhere, big5 and cp950 failing on the file),
turned to a Macao text whose declared characters lie in no span (as
annotate_rc.py's 氹).  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded:

- g153 is simplified (mainland, 经济日报, 2026-11-12), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (code units = code points) and in
  GBK; OpenCC t2s leaves the article unchanged; the big-endian reading
  differs and no byte codec reads the file as the same text.  Its byline
  经济日报记者 林晓岚 stands on its own line under the title.
- g154 is traditional (Macao, 力報, 2026-11-24), stored as Big5-HKSCS
  without a BOM.  It holds two characters plain Big5 and cp950 lack, both
  as Macao writes its places: 氹 (U+6C39, HKSCS 9C AE) of 路氹 (Cotai, x2)
  and 氹仔 (Taipa), and 滙 (U+6ED9, HKSCS FA C0) of 新濠影滙 (Studio City, a
  resort).  They lie in no span (an area, an island, a resort).  Python's
  big5 and cp950 fail on the file; big5hkscs reads it; every line without
  them is plain Big5 byte for byte; every non-ASCII character is two bytes,
  so offsets do not depend on the codec.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  mainland cities by their official name with 市, Macao, Hong Kong and
  foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho27/precedent: README, NOTES_ra/rb/rc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g153_g154.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_rc.py: a UTF-16 LE mainland article (annotate_ra.py's
checks, turned to a simplified text: every character GBK) and a
Big5-HKSCS Macao article (annotate_rb.py's checks, with the declared
characters in no span instead of inside ORG spans); 中国农民丰收节 (the
autumn equinox, GUIDELINES) recomputed from a table of equinox days; a
year's 上半年 and a month's 下旬 or 初 checked; units 元, %, 百分点, 个,
家, 单, 名, 户, 吨, 人次, 件, 场, 间, 项, 人, 班.
Re-run (from anywhere):

    python3 dev/tools/annotate_g153_g154.py
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
G153 = "g153_county_ecommerce_live_streaming_agri"
G154 = "g154_macao_gaming_concessionaires_nongaming"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G153: ("utf-16-le", BOM16LE, False, "2026-11-12", "经济日报"),
    G154: ("big5hkscs", b"", True, "2026-11-24", "力報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G153: [], G154: []}
# characters of the Big5-HKSCS article that plain Big5 and cp950 lack, as
# Macao writes its places: 氹 (U+6C39, HKSCS 9C AE) of 路氹 and 氹仔, 滙
# (U+6ED9, HKSCS FA C0) of the resort 新濠影滙; each lies in no span
OUTSIDE_BIG5_HK = {G154: {"氹": b"\x9c\xae", "滙": b"\xfa\xc0"}}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 旅游局, 体育局, 文化局, are ORGs in a text that
# names the region at least twice)
MACAO = {G154}
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
                   "赛馆剧项间览众摄资观标样杆驾濒"
                   "骏赞跃绩宫狮滨钱陆续认围惊")
# Holidays the articles name, by their exact span (2025-2027):
# g153 (mainland, 2026-11-12): 双11 2026-11-11 (x2: the shopping festival
# that ended the day before, the occurrence nearest the reference date),
# 中国农民丰收节 2026-09-23 (the autumn equinox of 2026, GUIDELINES; the
# occurrence nearest the reference date), 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027; the coming ones, GUIDELINES 随着元旦、春节
# 临近); g154 (Macao, 2026-11-24): 國慶 2026-10-01 (国庆黄金周, the one just
# past; 黄金周 outside), 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming
# ones), 明年農曆新年 2027-02-06 (明年 inside; 农历新年 is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "中国农民丰收节": "2026-09-23",
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "丰收节", "豐收節")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一, as the precedents checked them
# with lunardate for 2025-2027) and of autumn equinoxes in Beijing time
# (中国农民丰收节, GUIDELINES: 2025-09-23 02:19, 2026-09-23 08:05,
# 2027-09-23 14:01)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EQUINOX = {2025: datetime.date(2025, 9, 23), 2026: datetime.date(2026, 9, 23),
            2027: datetime.date(2027, 9, 23)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "中国农民丰收节": _EQUINOX}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g153 (2026: municipalities 北京, 上海; prefecture-level cities 赣州,
    # 昆明, 百色, 杭州, 丽水, 衢州, 金华, 临沂, 广州, 深圳, 成都; county-level
    # cities 五常 (哈尔滨), 库尔勒 (巴音郭楞), 寿光 (潍坊), 义乌 (金华))
    "五常": "五常市", "五常市": "五常市", "赣州": "赣州市", "昆明": "昆明市",
    "百色": "百色市", "库尔勒": "库尔勒市", "寿光": "寿光市", "北京": "北京市",
    "上海": "上海市", "杭州": "杭州市", "丽水": "丽水市", "衢州": "衢州市",
    "金华": "金华市", "临沂": "临沂市", "义乌": "义乌市", "广州": "广州市",
    "深圳": "深圳市", "成都": "成都市",
    # g154 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (廣州, 深圳, 珠海, 中山, 北京, 上海,
    # 杭州, 成都); foreign cities by their mainland names (東京, 首爾, 曼谷,
    # 拉斯維加斯, 新加坡, 吉隆坡))
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "珠海": "珠海市",
    "中山": "中山市", "東京": "东京", "首爾": "首尔", "曼谷": "曼谷",
    "拉斯維加斯": "拉斯维加斯", "新加坡": "新加坡", "吉隆坡": "吉隆坡",
}
# cities normalized without 市: Macao, Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "东京", "首尔", "曼谷", "拉斯维加斯", "新加坡",
          "吉隆坡"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "博彩監察協調局": "博彩监察协调局", "博監局": "博监局",
    "旅遊局": "旅游局", "銀河娛樂集團": "银河娱乐集团", "銀娛": "银娱",
    "金沙中國": "金沙中国", "體育局": "体育局", "永利澳門": "永利澳门",
    "美高梅中國": "美高梅中国", "新濠博亞娛樂": "新濠博亚娱乐",
    "澳娛綜合度假股份有限公司": "澳娱综合度假股份有限公司",
    "澳娛綜合": "澳娱综合", "攜程": "携程",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "勞工事務局": "劳工事务局", "勞工局": "劳工局", "文化局": "文化局",
    "澳門貿易投資促進局": "澳门贸易投资促进局", "貿促局": "贸促局",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "澳門國際機場": "澳门国际机场", "澳門航空": "澳门航空", "澳航": "澳航",
    "中國銀聯": "中国银联", "摩根士丹利": "摩根士丹利", "惠譽": "惠誉",
    "澳門大學": "澳门大学", "澳門旅遊大學": "澳门旅游大学",
    "澳門中華總商會": "澳门中华总商会", "經濟財政司": "经济财政司",
    "立法會": "立法会", "特區政府": "特区政府",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc.startswith("utf-16"):    # the BOM names the order
            assert bom == BOM16LE and enc == "utf-16-le", doc_id  # (from
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"  # ra)
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
            # low byte (g153: 前 is U+524D, bytes 4D 52)
            assert full[:2] == BOM16LE, doc_id
            assert full[2] == ord(self.text[0]) & 0xFF, doc_id
            assert full[3] == ord(self.text[0]) >> 8, doc_id
            assert not full[2:].startswith(BOM16LE), doc_id  # one BOM only
            # offsets count from the first character after the BOM: the
            # BOM is no character of the text
            assert self.text[0] != "\ufeff", doc_id
        if enc == "big5hkscs":  # Macao's Big5 (annotate_rb.py's checks)
            declared = OUTSIDE_BIG5_HK[doc_id]
            outside = sorted({c for c in self.text  # the declared characters
                              if not enc_ok(c, "big5")})  # are the only ones
            assert outside == sorted(declared), (doc_id, outside)  # plain
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, code in declared.items():    # written as declared, and
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert not enc_ok(c, "cp950"), c    # Macao's, not Taiwan's
            # every non-ASCII character is two bytes: offsets do not depend
            # on the codec
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
            # the GB codecs and the UTF codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id   # GBK
        if doc_id in MACAO:     # a Macao text: Big5-HKSCS holds every
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
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



DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g153 Agricultural products sold online in counties, November 2026: 商务部's
# figures for the first three quarters (rural and agricultural online
# retail), 农业农村部信息中心's October estimate, county service and
# logistics centres; platforms (拼多多, 淘天集团 and 天猫, 抖音电商 around
# 中国农民丰收节, 快手, 京东); 赣州's navel oranges (赣州市商务局, a
# cooperative of 信丰县), 昆明, 百色, 库尔勒; 五常's rice (中国邮政, 京东物流,
# 五常市农业农村局) and 寿光's vegetables (寿光市政府, 顺丰; 北京, 上海,
# 杭州); live streaming in 浙江 (农业农村部, 浙江省农业农村厅, 丽水, 衢州,
# 金华, “丽水山耕”, 东方甄选, 交个朋友); rural parcels (国家邮政局, 中国邮政,
# 菜鸟集团, 极兔速递, 中通快递, 中国物流与采购联合会; 临沂, 义乌); credit and
# retail (邮储银行, 网商银行, 中华全国供销合作总社, 盒马, 叮咚买菜, 美团);
# returns and standards (中国农业科学院农业信息研究所, 中国农业大学, 艾瑞咨询);
# the New Year fair (元旦, 春节, 商务部; 广州, 深圳, 成都).  Simplified,
# UTF-16 LE with BOM, 2026-11-12 (a Thursday, ISO week 2026-W46), 经济日报;
# the byline 经济日报记者 林晓岚 stands on its own line under the title.
# 双11 and 昨日 2026-11-11; 中国农民丰收节 2026-09-23; 3年前 2023; 元旦
# 2027-01-01; 春节 2027-02-06; 本月下旬 2026-11; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g153():
    d = Doc(G153)
    Y, LY, NY = "2026", "2025", "2027"
    WC, SG, HZ = "五常市", "寿光市", "杭州市"
    LS, JH, CD = "丽水市", "金华市", "成都市"
    # title (a heading that opens with 前三季度: no city section, no CITY)
    d.date("[[前三季度]]全国农产品", Y, "")
    d.metric("零售额增长[[12.6%]] 直播间", "12.6", "%", "exact", "")
    # the byline (an outlet ending in 日报 before 记者, GUIDELINES)
    d.org("\n\n[[经济日报]]记者 林晓岚")
    # P1 the ministry's figures, county centres
    d.date("“[[双11]]”刚刚", "2026-11-11", "")
    d.org("。[[商务部]]昨日发布")
    d.date("商务部[[昨日]]发布", "2026-11-11", "")
    d.date("数据显示，[[今年前三季度]]，全国农村", Y, "")
    d.metric("农村网络零售额[[约1.96万亿元]]", "1.96e12", "元", "approx",
             "")
    d.metric("同比增长[[8.3%]]", "8.3", "%", "exact", "")
    d.metric("农产品网络零售额[[4987.6亿元]]", "4987.6e8", "元", "exact", "")
    d.metric("同比增长[[12.6%]]，增速", "12.6", "%", "exact", "")
    d.date("增速比[[上半年]]加快", Y, "")
    d.metric("加快[[1.9个百分点]]", "1.9", "百分点", "exact", "")
    d.org("。[[农业农村部信息中心]]测算")
    d.date("测算，[[10月]]全国农产品", "2026-10", "")
    d.metric("零售额[[约612亿元]]", "612e8", "元", "approx", "")
    d.metric("环比增长[[8.7%]]", "8.7", "%", "exact", "")
    d.date("截至[[9月底]]，全国已建成", "2026-09", "")
    d.metric("服务中心[[2870余个]]", 2870, "个", "over", "")
    d.metric("配送中心[[约2600个]]", 2600, "个", "approx", "")
    d.metric("服务站[[超过31万个]]", "31e4", "个", "over", "")
    # P2 platforms
    d.org("。[[拼多多]]披露")
    d.date("披露，[[今年]]以来平台", Y, "")
    d.metric("订单量同比增长[[约27%]]", 27, "%", "approx", "")
    d.metric("涉农商家[[突破190万家]]", "190e4", "家", "over", "")
    d.metric("商家占比[[近三成]]", 30, "%", "approx", "")
    d.org("。[[淘天集团]]表示")
    d.date("表示，“[[双11]]”期间", "2026-11-11", WC)
    d.org("期间[[天猫]]平台")
    d.metric("成交额同比增长[[31%]]", 31, "%", "exact", WC)
    d.city("黑龙江[[五常]]大米")
    d.org("。[[抖音电商]]数据显示")
    d.date("数据显示，[[9月23日]]中国农民丰收节", "2026-09-23", "")
    d.date("9月23日[[中国农民丰收节]]前后", "2026-09-23", "")
    d.metric("订单[[超过1.6亿单]]", "1.6e8", "单", "over", "")
    d.metric("同比增长[[42%]]", 42, "%", "exact", "")
    d.org("；[[快手]]10月上线")
    d.date("快手[[10月]]上线", "2026-10", "")
    d.metric("助农主播[[约8.5万名]]", "8.5e4", "名", "approx", "")
    d.org("。[[京东]]数据显示")
    d.date("京东数据显示，[[今年前10个月]]平台", Y, "")
    d.metric("成交额同比增长[[约19%]]", 19, "%", "approx", "")
    d.metric("订单占比达到[[62%]]", 62, "%", "exact", "")
    # P3 赣州's navel oranges, a cooperative, other counties
    d.city("在江西[[赣州]]，脐橙")
    d.org("。[[赣州市商务局]]介绍")
    d.date("进入[[11月]]以来", "2026-11", "")
    d.metric("脐橙直播间[[超过1.2万个]]", "1.2e4", "个", "over", "")
    d.metric("日均发货[[约310万单]]", "310e4", "单", "approx", "")
    d.date("较[[去年同期]]增长", "2025-11", "")
    d.metric("增长[[约18%]]，预计", 18, "%", "approx", "")
    d.date("预计[[今年]]赣南脐橙", Y, "")
    d.metric("将[[突破85亿元]]", "85e8", "元", "over", "")
    d.org("。[[信丰县橙乡脐橙种植专业合作社]]负责人")
    d.date("合作社[[今年]]带动", Y, "")
    d.metric("附近农户[[620户]]", 620, "户", "exact", "")
    d.metric("户均增收[[约1.4万元]]", "1.4e4", "元", "approx", "")
    d.date("占比从[[3年前]]的", "2023", "")
    d.metric("的[[不足两成]]提高到", 20, "%", "under", "")
    d.metric("提高到[[六成以上]]", 60, "%", "over", "")
    d.city("云南[[昆明]]的鲜花")
    d.city("广西[[百色]]的芒果")
    d.city("新疆[[库尔勒]]的香梨")
    # P4 五常's rice, 寿光's vegetables
    d.city("在黑龙江[[五常市]]，新米")
    d.org("联合[[中国邮政]]、京东物流")
    d.org("中国邮政、[[京东物流]]推出")
    d.org("。[[五常市农业农村局]]数据")
    d.date("数据显示，[[今年前10个月]]全市", Y, "")
    d.metric("线上销量达[[26.8万吨]]", "26.8e4", "吨", "exact", "")
    d.metric("同比增长[[14.5%]]", "14.5", "%", "exact", "")
    d.metric("线上销售额[[约32亿元]]", "32e8", "元", "approx", "")
    d.city("山东[[寿光]]的蔬菜")
    d.org("：[[寿光市政府]]与顺丰")
    d.org("寿光市政府与[[顺丰]]合作")
    d.date("集配中心[[10月]]投用", "2026-10", SG)
    d.metric("处理蔬菜[[约1500吨]]", 1500, "吨", "approx", SG)
    d.city("发往[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]等城市")
    d.metric("损耗率由[[约8%]]降至", 8, "%", "approx", HZ)
    d.metric("降至[[3%以下]]", 3, "%", "under", HZ)
    # P5 live streaming in 浙江
    d.org("。[[农业农村部]]今年以来")
    d.date("农业农村部[[今年]]以来", Y, "")
    d.metric("带头人[[约46万人次]]", "46e4", "人次", "approx", "")
    d.org("。[[浙江省农业农村厅]]数据")
    d.date("截至[[10月底]]，全省", "2026-10", LS)
    d.metric("电商主体[[约3.7万家]]", "3.7e4", "家", "approx", LS)
    d.city("万家，[[丽水]]、衢州")
    d.city("丽水、[[衢州]]、金华")
    d.city("衢州、[[金华]]等地")
    d.metric("“直播村”[[超过500个]]", 500, "个", "over", JH)
    d.city("“[[丽水]]山耕”")
    d.date("公用品牌[[今年前三季度]]线上", Y, LS)
    d.metric("线上销售额[[约41.6亿元]]", "41.6e8", "元", "approx", LS)
    d.metric("同比增长[[22.3%]]", "22.3", "%", "exact", LS)
    d.metric("渠道贡献[[约45%]]", 45, "%", "approx", LS)
    d.org("。[[东方甄选]]、交个朋友")
    d.org("东方甄选、[[交个朋友]]等直播机构")
    d.date("直播机构[[今年]]多次", Y, "")
    d.metric("最高[[超过3000万元]]", "3000e4", "元", "over", "")
    # P6 rural parcels and cold chain
    d.org("。[[国家邮政局]]数据")
    d.date("数据显示，[[今年前10个月]]，全国农村", Y, "")
    d.metric("快递包裹[[约486亿件]]", "486e8", "件", "approx", "")
    d.metric("同比增长[[15.2%]]", "15.2", "%", "exact", "")
    d.metric("比重[[近四成]]", 40, "%", "approx", "")
    d.org("。[[中国邮政]]已在")
    d.metric("配送中心[[约1100个]]", 1100, "个", "approx", "")
    d.org("，[[菜鸟集团]]的县域")
    d.metric("共配中心[[超过1200个]]", 1200, "个", "over", "")
    d.org("，[[极兔速递]]、中通快递")
    d.org("极兔速递、[[中通快递]]等企业")
    d.org("。[[中国物流与采购联合会]]测算")
    d.date("测算，[[今年]]全国农产品冷链", Y, "")
    d.metric("有望达到[[3.9亿吨]]", "3.9e8", "吨", "exact", "")
    d.date("比[[去年]]增长", LY, "")
    d.metric("增长[[约5%]]。", 5, "%", "approx", "")
    d.city("在山东[[临沂]]、浙江义乌")
    d.city("浙江[[义乌]]，不少")
    # P7 credit, supply and marketing, retailers
    d.org("。[[邮储银行]]数据")
    d.date("截至[[9月末]]，该行", "2026-09", "")
    d.metric("贷款余额[[约1860亿元]]", "1860e8", "元", "approx", "")
    d.date("较[[年初]]增长", Y, "")
    d.metric("增长[[16.8%]]", "16.8", "%", "exact", "")
    d.org("；[[网商银行]]面向")
    d.metric("已覆盖[[约1150个]]涉农县", 1150, "个", "approx", "")
    d.date("涉农县，[[今年]]以来", Y, "")
    d.metric("累计放贷[[超过900亿元]]", "900e8", "元", "over", "")
    d.org("。[[中华全国供销合作总社]]介绍")
    d.date("供销系统[[今年前三季度]]农产品", Y, "")
    d.metric("销售额达到[[2130亿元]]", "2130e8", "元", "exact", "")
    d.org("。[[盒马]]、叮咚买菜")
    d.org("盒马、[[叮咚买菜]]、美团")
    d.org("叮咚买菜、[[美团]]等零售企业")
    d.org("，[[盒马]]目前")
    d.metric("直采基地[[约220个]]", 220, "个", "approx", "")
    # P8 returns and standards, a professor, the forecast
    d.org("。[[中国农业科学院农业信息研究所]]的调研")
    d.metric("平均退货率[[约12%]]", 12, "%", "approx", "")
    d.metric("平均高出[[约4个百分点]]", 4, "百分点", "approx", "")
    d.org("。[[中国农业大学]]一位")
    d.org("。[[艾瑞咨询]]预计")
    d.date("预计，[[2026年]]全国", Y, "")
    d.metric("将[[突破6800亿元]]", "6800e8", "元", "over", "")
    d.date("，[[明年]]仍有望", NY, "")
    d.metric("保持[[10%以上]]的增速", 10, "%", "over", "")
    # P9 the New Year fair
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.org("。[[商务部]]相关负责人")
    d.date("将于[[12月中旬]]启动", "2026-12", "")
    d.date("启动[[2027年]]“网上年货节”", NY, "")
    d.city("；[[广州]]、深圳")
    d.city("广州、[[深圳]]、成都")
    d.city("深圳、[[成都]]等城市")
    d.date("也将在[[本月下旬]]陆续", "2026-11", CD)
    audit = {
        "orgs": ["经济日报", "商务部", "农业农村部信息中心", "拼多多",
                 "淘天集团", "天猫", "抖音电商", "快手", "京东",
                 "赣州市商务局", "信丰县橙乡脐橙种植专业合作社", "中国邮政",
                 "京东物流", "五常市农业农村局", "寿光市政府", "顺丰",
                 "农业农村部", "浙江省农业农村厅", "东方甄选", "交个朋友",
                 "国家邮政局", "菜鸟集团", "极兔速递", "中通快递",
                 "中国物流与采购联合会", "邮储银行", "网商银行",
                 "中华全国供销合作总社", "盒马", "叮咚买菜", "美团",
                 "中国农业科学院农业信息研究所", "中国农业大学", "艾瑞咨询"],
        "cities": ["五常", "赣州", "昆明", "百色", "库尔勒", "寿光", "北京",
                   "上海", "杭州", "丽水", "衢州", "金华", "临沂", "义乌",
                   "广州", "深圳", "成都", "京", "信丰", "砀山", "赣南",
                   "江西", "黑龙江", "安徽", "云南", "广西", "新疆", "山东",
                   "浙江", "东方", "全国", "全市", "全省", "城市", "当地",
                   "各地", "县域", "乡镇"],
        "excluded": [
            # provinces (黑龙江 x2, 安徽, 江西, 云南, 广西, 新疆, 山东 x2,
            # 浙江 x2 outside ORG rows), a county (砀山, 信丰 inside the
            # cooperative's ORG row), the region 赣南 (赣南脐橙: a fruit's
            # area name), 全国 (x12), 全市, 全省, 城市 (x2), 当地 (x2), 各地,
            # 县域 (x4), 乡镇: deictic or generic, no CITY; 东方 only inside
            # the ORG 东方甄选 (GUIDELINES: an ordinary word, no CITY)
            "[[黑龙江]]五常大米", "在[[黑龙江]]五常市", "[[安徽]]砀山", "安徽[[砀山]]",
            "在[[江西]]赣州", "[[云南]]昆明", "[[广西]]百色", "[[新疆]]库尔勒",
            "[[山东]]寿光", "在[[山东]]临沂", "[[浙江]]义乌", "走进[[浙江]]山区县",
            "预计今年[[赣南]]脐橙",
            "前三季度[[全国]]农产品", "，[[全国]]农村网络", "；[[全国]]农产品网络",
            "10月[[全国]]农产品",
            "，[[全国]]已建成", "走向[[全国]]", "，[[全国]]农村地区",
            "占[[全国]]快递", "已在[[全国]]建成", "今年[[全国]]农产品冷链",
            "已在[[全国]]签约", "2026年[[全国]]农产品",
            "[[全市]]大米", "[[全省]]共有", "杭州等[[城市]]", "成都等[[城市]]",
            "，[[当地]]已开设", "，[[当地]]联合", "，[[各地]]正在",
            "平台[[县域]]农产品", "[[县域]]是农产品", "的[[县域]]共配",
            "，[[县域]]农产品电商", "加密[[乡镇]]网点",
        ],
        "numbers_excluded": [],
        # 这一趋势 (this), 最初一公里 (an idiom: the first mile), 一位 (a),
        # 不统一 (not unified)
        "cn_excluded": ["这[[一]]趋势", "最初[[一]]公里", "大学[[一]]位",
                        "不统[[一]]等"],
        "latin_excluded": [],
        # time words that are no DATE: 年轻 (young), 采摘季 and 带货季
        # (seasons of work, no year), 日均 (a daily average), 次日 (next
        # day, GUIDELINES: no DATE), 每天 (recurring), 最初 (the first
        # mile), 年货节 (x2: the New Year fair, an event); 当天, 同期 alone,
        # 日前, 年底 and 每年 are not written
        "words_excluded": {"年轻": 1, "采摘季": 1, "带货季": 1, "日均": 1,
                           "次日": 1, "每天": 1, "最初": 1, "年货节": 2,
                           "当天": 0, "日前": 0, "每年": 0, "年底": 0},
        # generic heads outside ORG rows: 平台 (x6: 平台数据, 平台农产品,
        # 天猫平台's 平台, 平台农特产品, 平台县域, 电商平台), 合作社
        # (合作社今年: a back-reference), 中心 (x5: county service,
        # logistics and delivery centres, a cold-chain hub), 企业 (x3:
        # 等企业, 物流企业, 零售企业), 机构 (直播机构), 集团, 银行, 局,
        # 大学, 联合会 only inside ORGs
        "orgwords_excluded": {"平台": 6, "合作社": 1, "中心": 5, "企业": 3,
                              "机构": 1, "集团": 0, "银行": 0, "局": 0,
                              "大学": 0, "联合会": 0, "研究所": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g154 Macao's six gaming concessionaires and their non-gaming investment,
# November 2026: 博監局's figures for the first three quarters against the
# commitments of the concession contracts in force since 2023-01-01, gross
# gaming revenue (the 國慶 week) and visitors (旅遊局; 廣州, 深圳, 珠海, 中山,
# 香港), each concessionaire's spending and projects (銀娛, 金沙中國 with
# 體育局, 永利澳門, 美高梅中國, 新濠博亞娛樂, 澳娛綜合; resorts and venues in
# 路氹), events (the Grand Prix, 攜程's hotel bookings, 旅遊局, the marathon
# and the light festival), community tourism after the satellite casinos
# closed (經科局), jobs and culture (勞工局, 文化局), conventions and hotels
# (貿促局, 統計局), transport and spending (澳門國際機場, 澳航 to 東京, 首爾,
# 曼谷; the bridge; 中國銀聯), analysts and scholars (摩根士丹利 with
# 拉斯維加斯, 惠譽, 澳門大學, 澳門旅遊大學, 澳門中華總商會) and policy with
# the outlook (經濟財政司, 立法會, 特區政府, 旅遊局's promotions in 北京, 上海,
# 杭州, 成都, 新加坡, 曼谷, 吉隆坡; 聖誕, 元旦, 農曆新年).  Traditional as
# Macao writes it (按年, 按月, 佔, 公佈, 首三季, 首10個月, 前三季, 第三季,
# 上周, 本月, 「」 quotes, 元 for patacas, 路氹, 氹仔, 新濠影滙), Big5-HKSCS
# without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 力報; the
# dateline 【本報訊】 opens the first paragraph (本報 names no outlet).
# 昨日 (x2) 2026-11-23; 上周 2026-W47; 本月 2026-11; 本月12日 2026-11-12;
# 上月 2026-10; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦 2027-01-01; 明年
# 2027; 明年農曆新年 2027-02-06; 去年底 2025.
# ===========================================================================
@doc
def g154():
    d = Doc(G154)
    Y, LY, NY = "2026", "2025", "2027"
    MO, HK, GZ = "澳门", "香港", "广州市"
    # title (a heading that opens with 六家: no city section, no CITY)
    d.metric("[[六家]]博企首三季", 6, "家", "exact", "")
    d.date("六家博企[[首三季]]非博彩", Y, "")
    d.metric("非博彩投資[[逾128億元]]", "128e8", "元", "over", "")
    # P1 the bureau's figures and the concession contracts
    d.org("【本報訊】[[博彩監察協調局]]（")
    d.org("協調局（[[博監局]]）昨日")
    d.date("（博監局）[[昨日]]公佈", "2026-11-23", "")
    d.date("公佈，[[今年首三季]]六家", Y, "")
    d.metric("今年首三季[[六家]]博彩", 6, "家", "exact", "")
    d.metric("合共[[約128.6億元]]", "128.6e8", "元", "approx", "")
    d.metric("按年增長[[17.4%]]", "17.4", "%", "exact", "")
    d.metric("投資額的[[七成]]", 70, "%", "approx", "", sep="約")
    d.date("根據[[2023年1月1日]]生效", "2023-01-01", "")
    d.metric("合同，[[六家]]承批公司", 6, "家", "exact", "")
    d.metric("合共[[1,188億元]]", "1188e8", "元", "exact", "")
    d.metric("項目佔[[1,088億元]]", "1088e8", "元", "exact", "")
    d.org("。[[博監局]]表示")
    d.date("截至[[9月底]]，各承批", "2026-09", "")
    d.metric("非博彩投資[[約382億元]]", "382e8", "元", "approx", "")
    d.metric("完成率[[約35%]]", 35, "%", "approx", "")
    # P2 gaming revenue and visitors
    d.org("方面，[[博監局]]數據")
    d.date("數據顯示，[[10月]]博彩毛收入", "2026-10", "")
    d.metric("毛收入[[約228億元]]", "228e8", "元", "approx", "")
    d.date("受[[國慶]]黃金周", "2026-10-01", "")
    d.metric("按月上升[[約18%]]", 18, "%", "approx", "")
    d.date("；[[今年首10個月]]累計", Y, "")
    d.metric("累計[[約2,146億元]]", "2146e8", "元", "approx", "")
    d.metric("按年增加[[6.2%]]", "6.2", "%", "exact", "")
    d.org("。[[旅遊局]]統計")
    d.date("統計，[[今年首10個月]]入境", Y, GZ)
    d.metric("入境旅客[[約3,320萬人次]]", "3320e4", "人次", "approx", GZ)
    d.metric("按年增長[[約9%]]", 9, "%", "approx", GZ)
    d.metric("內地旅客[[約2,380萬人次]]", "2380e4", "人次", "approx", GZ)
    d.city("以[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]、中山")
    d.city("珠海、[[中山]]等大灣區")
    d.city("；[[香港]]旅客")
    d.metric("香港旅客[[約610萬人次]]", "610e4", "人次", "approx", HK)
    d.metric("國際旅客[[約240萬人次]]", "240e4", "人次", "approx", HK)
    d.date("恢復至[[2019年同期]]的", "2019", HK)
    d.metric("同期的[[八成以上]]", 80, "%", "over", HK)
    # P3 each concessionaire's spending and projects
    d.org("中，[[銀河娛樂集團]]（")
    d.org("集團（[[銀娛]]）首三季")
    d.date("（銀娛）[[首三季]]非博彩", Y, "")
    d.metric("非博彩投入[[約31.5億元]]", "31.5e8", "元", "approx", "")
    d.date("銀河綜藝館[[今年]]以來", Y, "")
    d.metric("體育賽事[[62場]]", 62, "场", "exact", "")
    d.metric("觀眾[[逾85萬人次]]", "85e4", "人次", "over", "")
    d.org("；[[銀娛]]第四期")
    d.date("預計[[明年上半年]]全面", NY, "")
    d.metric("新增[[約2,000間]]酒店", 2000, "间", "approx", "")
    d.org("。[[金沙中國]]投入")
    d.metric("金沙中國投入[[約27.8億元]]", "27.8e8", "元", "approx", "")
    d.metric("大型活動[[逾120場]]", 120, "场", "over", "")
    d.org("並與[[體育局]]合辦")
    d.org("。[[永利澳門]]投入")
    d.metric("永利澳門投入[[約18.2億元]]", "18.2e8", "元", "approx", "")
    d.date("藝術展覽[[今年]]接待", Y, "")
    d.metric("參觀者[[約460萬人次]]", "460e4", "人次", "approx", "")
    d.org("；[[美高梅中國]]投入")
    d.metric("美高梅中國投入[[約16.9億元]]", "16.9e8", "元", "approx", "")
    d.date("美獅美高梅[[今年]]共舉辦", Y, "")
    d.metric("文化活動[[48項]]", 48, "项", "exact", "")
    d.org("。[[新濠博亞娛樂]]則把")
    d.date("演藝項目，[[首三季]]投入", Y, "")
    d.metric("投入[[約20.4億元]]", "20.4e8", "元", "approx", "")
    d.org("；[[澳娛綜合度假股份有限公司]]（")
    d.org("有限公司（[[澳娛綜合]]）投入")
    d.metric("投入[[約13.8億元]]", "13.8e8", "元", "approx", "")
    # P4 events
    d.date("方面，[[本月12日]]至15日", "2026-11-12", MO)
    d.date("本月12日至[[15日]]舉行", "2026-11-15", MO)
    d.city("第73屆[[澳門]]格蘭披治")
    d.metric("吸引[[約13.6萬人次]]入場", "13.6e4", "人次", "approx", MO)
    d.metric("入場，[[六家]]承批公司", 6, "家", "exact", MO)
    d.metric("合共贊助[[約1.2億元]]", "1.2e8", "元", "approx", MO)
    d.org("。[[攜程]]數據")
    d.city("期間[[澳門]]酒店預訂量")
    d.metric("預訂量按年增長[[約35%]]", 35, "%", "approx", MO)
    d.metric("平均房價[[約2,150元]]", 2150, "元", "approx", MO)
    d.org("。[[旅遊局]]表示，今年")
    d.date("旅遊局表示，[[今年]]已舉辦", Y, "")
    d.metric("大型盛事[[超過300項]]", 300, "项", "over", "")
    d.metric("升至[[約2,260元]]", 2260, "元", "approx", "")
    d.metric("按年增加[[4.8%]]", "4.8", "%", "exact", "")
    d.date("；[[12月6日]]舉行", "2026-12-06", MO)
    d.city("舉行的[[澳門]]國際馬拉松")
    d.date("馬拉松及[[12月初]]開幕", "2026-12", MO)
    d.city("開幕的[[澳門]]光影節")
    # P5 community tourism
    d.city("方面，[[澳門]]的衛星娛樂場")
    d.date("已於[[去年底]]全部結業", LY, MO)
    d.org("。[[經濟及科技發展局]]（")
    d.org("發展局（[[經科局]]）數據")
    d.metric("顯示，[[六家]]承批公司與", 6, "家", "exact", "")
    d.org("承批公司與[[經科局]]合作")
    d.date("推廣計劃，[[今年首三季]]吸引", Y, "")
    d.metric("吸引[[約1,650家]]中小企", 1650, "家", "approx", "")
    d.metric("社區消費[[約9.6億元]]", "9.6e8", "元", "approx", "")
    d.org("；[[新濠博亞娛樂]]在")
    d.org("、[[澳娛綜合]]在下環")
    d.metric("人流[[逾2萬人次]]", "2e4", "人次", "over", "")
    # P6 jobs and culture
    d.org("方面，[[勞工事務局]]（")
    d.org("事務局（[[勞工局]]）資料")
    d.date("截至[[9月底]]，六家", "2026-09", "")
    d.metric("9月底，[[六家]]承批公司共聘用", 6, "家", "exact", "")
    d.metric("本地僱員[[約5.4萬人]]", "5.4e4", "人", "approx", "")
    d.metric("部門[[約2.2萬人]]", "2.2e4", "人", "approx", "")
    d.date("比[[去年底]]增加", LY, "")
    d.metric("增加[[約2,600人]]", 2600, "人", "approx", "")
    d.org("。[[文化局]]亦與")
    d.date("「藝文薈澳」，[[今年]]在", Y, "")
    d.metric("演出[[逾90場]]", 90, "场", "over", "")
    d.metric("觀眾[[約38萬人次]]", "38e4", "人次", "approx", "")
    # P7 conventions and hotels
    d.org("方面，[[澳門貿易投資促進局]]（")
    d.org("促進局（[[貿促局]]）資料")
    d.date("顯示，[[今年前三季]]全澳", Y, "")
    d.metric("會展活動[[約1,080項]]", 1080, "项", "approx", "")
    d.metric("入場人次[[約186萬]]", "186e4", "", "approx", "")
    d.metric("分別增長[[12.3%]]及", "12.3", "%", "exact", "")
    d.metric("12.3%及[[15.1%]]", "15.1", "%", "exact", "")
    d.org("。[[統計暨普查局]]（")
    d.org("普查局（[[統計局]]）昨日")
    d.date("（統計局）[[昨日]]公佈", "2026-11-23", "")
    d.date("公佈，[[第三季]]酒店業", "2026-Q3", "")
    d.metric("入住率為[[92.6%]]", "92.6", "%", "exact", "")
    d.metric("上升[[3.4個百分點]]", "3.4", "百分点", "exact", "")
    d.metric("客房[[約4.6萬間]]", "4.6e4", "间", "approx", "")
    d.metric("其中[[約八成]]由", 80, "%", "approx", "")
    # P8 transport and card spending
    d.org("方面，[[澳門國際機場]]今年")
    d.date("國際機場[[今年首10個月]]旅客量", Y, "")
    d.metric("旅客量[[約820萬人次]]", "820e4", "人次", "approx", "")
    d.metric("按年增長[[11.5%]]", "11.5", "%", "exact", "")
    d.org("；[[澳門航空]]（")
    d.org("航空（[[澳航]]）本月")
    d.date("（澳航）[[本月]]起", "2026-11", "东京")
    d.city("往返[[東京]]、首爾")
    d.city("東京、[[首爾]]、曼谷")
    d.city("首爾、[[曼谷]]的航班")
    d.metric("合共[[約46班]]", 46, "班", "approx", "曼谷")
    d.date("旅客[[上月]]約196萬人次", "2026-10", "")
    d.metric("上月[[約196萬人次]]", "196e4", "人次", "approx", "")
    d.metric("按月增加[[約7%]]", 7, "%", "approx", "")
    d.org("。[[中國銀聯]]數據")
    d.date("數據顯示，[[10月]]內地旅客", "2026-10", "")
    d.metric("按年增長[[約13%]]", 13, "%", "approx", "")
    # P9 analysts and scholars
    d.org("方面，[[摩根士丹利]]發表")
    d.date("預計[[明年]]六家", NY, "拉斯维加斯")
    d.metric("明年[[六家]]承批公司", 6, "家", "exact", "拉斯维加斯")
    d.metric("升至[[約22%]]", 22, "%", "approx", "拉斯维加斯")
    d.city("與[[拉斯維加斯]]相比")
    d.org("；[[惠譽]]則認為")
    d.date("博企[[明年]]的資本開支", NY, "")
    d.metric("總額[[約150億元]]", "150e8", "元", "approx", "")
    d.org("。[[澳門大學]]一位")
    d.org("；[[澳門旅遊大學]]及")
    d.org("及[[澳門中華總商會]]亦")
    # P10 policy and the outlook
    d.org("\n\n[[經濟財政司]]司長")
    d.date("司長[[上周]]在", "2026-W47", "")
    d.org("在[[立法會]]表示")
    d.org("，[[特區政府]]將與")
    d.date("執行情況，[[明年]]起", NY, "")
    d.org("。[[旅遊局]]亦計劃")
    d.date("亦計劃[[明年]]在北京", NY, "北京市")
    d.city("明年在[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]、成都")
    d.city("杭州、[[成都]]等城市")
    d.city("並在[[新加坡]]、曼谷")
    d.city("新加坡、[[曼谷]]、吉隆坡")
    d.city("曼谷、[[吉隆坡]]等地")
    d.date("展望[[年底]]，", Y, "")
    d.date("預計[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("維持在[[九成以上]]", 90, "%", "over", "")
    d.date("，[[明年農曆新年]]期間", "2027-02-06", "")
    d.metric("按年增長[[約8%]]。", 8, "%", "approx", "")
    audit = {
        "orgs": ["博彩監察協調局", "博監局", "旅遊局", "銀河娛樂集團", "銀娛",
                 "金沙中國", "體育局", "永利澳門", "美高梅中國", "新濠博亞娛樂",
                 "澳娛綜合度假股份有限公司", "澳娛綜合", "攜程",
                 "經濟及科技發展局", "經科局", "勞工事務局", "勞工局", "文化局",
                 "澳門貿易投資促進局", "貿促局", "統計暨普查局", "統計局",
                 "澳門國際機場", "澳門航空", "澳航", "中國銀聯", "摩根士丹利",
                 "惠譽", "澳門大學", "澳門旅遊大學", "澳門中華總商會",
                 "經濟財政司", "立法會", "特區政府"],
        "cities": ["澳門", "本澳", "全澳", "澳", "港", "珠", "路氹", "氹仔",
                   "下環", "香港", "廣州", "深圳", "珠海", "中山", "東京",
                   "首爾", "曼谷", "拉斯維加斯", "北京", "上海", "杭州", "成都",
                   "新加坡", "吉隆坡", "大灣區", "內地", "城市"],
        "excluded": [
            # 路氹 (x2: Cotai, reclaimed land between the islands), 氹仔
            # (Taipa, an island) and 下環 (a quarter): no CITY; 本澳 (a
            # deictic), 全澳 (x2, deictic), 在澳 and 藝文薈澳 (one-character
            # abbreviations), 港珠澳大橋 (a bridge: 港, 珠, 澳 are
            # one-character abbreviations), 大灣區 (a region), 內地 (x2: the
            # mainland), 城市 (x2)
            "帶旺[[路氹]]消費", "位於[[路氹]]的", "在[[氹仔]]舊城區", "在[[下環]]街區",
            "活化[[本澳]]的", "今年前三季[[全澳]]共", "；[[全澳]]酒店",
            "在[[澳]]刷卡", "藝文薈[[澳]]", "[[港珠澳]]大橋", "等[[大灣區]]城市",
            "當中[[內地]]旅客", "10月[[內地]]旅客", "大灣區[[城市]]為主",
            "成都等[[城市]]舉辦",
        ],
        # 第73屆 (an ordinal: the 73rd Grand Prix)
        "numbers_excluded": ["第[[73]]屆"],
        # 十年批給期 (a duration), 第四期 (an ordinal), 一位 (a)
        "cn_excluded": ["在[[十]]年批給期", "第[[四]]期", "大學[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x10, year-on-year), 按月 (x2,
        # month-on-month), 按季 (quarterly), 全年 (x2: 全年計劃, 全年預計), 十年
        # (a duration), 黃金周 (the week after 國慶, outside its span), 周末
        # and 每周 (recurring), 新濠天地 (a resort), 光影節 (an event),
        # 年度 (年度執行情況: yearly, no year of its own); 當天, 同期 alone
        # (only inside 2019年同期), 日前 and 每年 are not written
        "words_excluded": {"按年": 10, "按月": 2, "按季": 1, "全年": 2,
                           "十年": 1, "黃金周": 1, "周末": 1, "每周": 1,
                           "新濠天地": 1, "光影節": 1, "年度": 1, "當天": 0,
                           "日前": 0, "每年": 0, "當日": 0},
        # generic heads outside ORG rows: 公司 (承批公司 x11: the
        # concessionaires, a kind), 局 only inside ORGs, 集團 only inside
        # ORGs, 大學 only inside ORGs, 商會 only inside ORGs, 政府 only in
        # 特區政府, 機場 only in 澳門國際機場
        "orgwords_excluded": {"公司": 11, "局": 0, "集團": 0, "大學": 0,
                              "商會": 0, "政府": 0, "機場": 0},
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
    annotate_uc.py): a fixed day (the mainland's and Macao's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一, 中国农民丰收节 from
    the table of autumn equinoxes (annotate_qc.py); 今年/明年/去年 in
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


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year; new
    in annotate_qc.py): parts of a year (上半年, 前三季度, 首三季, 首10個月,
    前10个月, 年初, 年底, 去年底, 2019年同期) give the year, parts of a month
    (上旬, 中旬, 下旬, 初, 底, 末 after 月) the month, a single quarter the
    quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d+个月|首\d+個月|"
                 r"年初|年底|\d{4}年同期)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    if re.search(r"(?<![前首])(第?[一二三四]季度?)$", tx):
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r


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
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間; new in
        # annotate_qc.py, beside the fixed list SIMPLIFIED_ONLY)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert not bad, f"{d.doc_id}: simplified characters {bad}"
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
