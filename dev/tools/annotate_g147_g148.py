#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g147_medical_insurance_hospitals and g148_macao_higher_education
(annotator RC).

Adapted from the precedent set's tools/annotate_sc.py (now dev/tools/annotate_g141_g142.py; copied and the data
changed; it keeps the checks of annotate_sc.py and its predecessors: strict
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
inside its span), with annotate_sb.py's GBK checks (the declared character
outside GB2312, GB2312 byte for byte elsewhere, gbk/cp936/gb18030 reading
the file alike) and annotate_sa.py's UTF-8-with-BOM checks (one BOM, the
BOM-aware codec, legacy codecs failing or reading another text), turned to
a traditional Macao text (every character in Big5-HKSCS, the declared one
alone outside plain Big5 and cp950, the region named at least twice).
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g147 is simplified (mainland, 健康报, 2026-11-15), stored as GBK without a
  BOM.  Its dateline 本报讯（记者 张堃 通讯员 李婧） opens the first
  paragraph; the reporter's given name 堃 (U+5803, GBK 88 D2) is outside
  GB2312, so Python's gb2312 fails on the file while gbk, cp936 and gb18030
  read it alike; every other character is GB2312.  堃 lies in no span.
  OpenCC t2s leaves the article unchanged.
- g148 is traditional (Macao, 澳門日報, 2026-11-20), stored as UTF-8 WITH a
  BOM (EF BB BF); offsets count from the first character after the BOM.
  Every character is in Big5-HKSCS; 氹 (U+6C39, of 氹仔, the island) alone
  is outside plain Big5 and cp950, and lies in no span.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao, Hong
  Kong and foreign cities by their common mainland name).  It names 台灣
  once (a place students go to), so it must hold no bare 2-3 digit year.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho26/precedent: README, NOTES_sa/sb/sc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g147_g148.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_sc.py: a GBK mainland article (annotate_sb.py's
checks) and a UTF-8-with-BOM Macao article (annotate_sa.py's checks, with
Big5-HKSCS in place of cp950); a year word before a holiday inside its span
(去年国庆); headline figures in Chinese numerals with a bare magnitude
(逾四萬人 -> 40000) and a bare 百 after a marker (逾百名 -> 100); one
allowed Taiwan marker (台灣) in a Macao text with no bare 2-3 digit year;
units 人, 人次, %, 元, 家, 岁, 天, 台, 个, 款, 种, 百分点, 所, 名, 场.
Re-run (from anywhere):

    python3 dev/tools/annotate_g147_g148.py
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
G147 = "g147_medical_insurance_hospitals"
G148 = "g148_macao_higher_education"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G147: ("gbk", b"", False, "2026-11-15", "健康报"),
    G148: ("utf-8", BOM8, True, "2026-11-20", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G147: [], G148: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 堃 of the reporter's name (in no span)
OUTSIDE_GB2312 = {G147: {"堃": b"\x88\xd2"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 氹 (U+6C39) of 氹仔, the island (in no span)
OUTSIDE_BIG5 = {G148: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names are ORGs in a text that names the region twice)
MACAO = {G148}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# Taiwan markers a non-Taiwan article may write, with their counts: g148
# names 台灣 once, as a place Macao's school leavers go to (GUIDELINES: one
# marker only makes bare 2-3 digit years ROC years; the article has none)
MARKER_ALLOWED = {G148: {"台灣": 1}}
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
                   "历业论课础读选优奖贷职荐锦韩兰")
# Holidays the articles name, by their exact span (2025-2027): g147
# (mainland, 2026-11-15): 国庆 2026-10-01 (国庆假期期间, the one just past),
# 去年国庆 2025-10-01 (the year word inside the span, GUIDELINES 2024年春节),
# 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentences); g148 (Macao, 2026-11-20): 聖誕
# 2026-12-25 and 元旦 2027-01-01 (the coming ones), 明年農曆新年 2027-02-06
# (明年 inside the span; 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "去年国庆": "2025-10-01", "元旦": "2027-01-01",
    "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, and a table of lunar days (正月初一, as the precedents checked
# them with lunardate for 2025-2027)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g147 (2026: municipalities 北京, 上海, 天津, 重庆; prefecture-level
    # cities 哈尔滨, 沈阳, 长春, 三亚, 海口, 苏州, 嘉兴, 广州, 深圳, 成都,
    # 杭州)
    "哈尔滨": "哈尔滨市", "沈阳": "沈阳市", "长春": "长春市", "三亚": "三亚市",
    "海口": "海口市", "上海": "上海市", "苏州": "苏州市", "嘉兴": "嘉兴市",
    "北京": "北京市", "天津": "天津市", "广州": "广州市", "深圳": "深圳市",
    "成都": "成都市", "重庆": "重庆市", "杭州": "杭州市",
    # g148 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (深圳, 珠海, 佛山, 北京, 上海,
    # 杭州, 成都 are written alike); 里斯本, 聖保羅, 羅安達 foreign, by their
    # mainland names)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "珠海": "珠海市",
    "佛山": "佛山市", "東莞": "东莞市", "武漢": "武汉市",
    "里斯本": "里斯本", "聖保羅": "圣保罗", "羅安達": "罗安达",
}
# cities normalized without 市: Macao, Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "里斯本", "圣保罗", "罗安达"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "教育及青年發展局": "教育及青年发展局", "教青局": "教青局",
    "澳門大學": "澳门大学", "澳大": "澳大",
    "澳門科技大學": "澳门科技大学", "澳科大": "澳科大",
    "澳門理工大學": "澳门理工大学", "澳門城市大學": "澳门城市大学",
    "城大": "城大", "澳門旅遊大學": "澳门旅游大学",
    "聖若瑟大學": "圣若瑟大学", "澳門鏡湖護理學院": "澳门镜湖护理学院",
    "教育部": "教育部", "澳科大招生處": "澳科大招生处",
    "科英布拉大學": "科英布拉大学", "里斯本大學": "里斯本大学",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "執委會": "执委会", "執委會民生事務局": "执委会民生事务局",
    "科學技術發展基金": "科学技术发展基金", "科技基金": "科技基金",
    "國家自然科學基金委員會": "国家自然科学基金委员会",
    "澳門基金會": "澳门基金会",
    "中國銀行澳門分行": "中国银行澳门分行", "大豐銀行": "大丰银行",
    "澳門國際銀行": "澳门国际银行", "工銀澳門": "工银澳门",
    "銀河娛樂集團": "银河娱乐集团", "金沙中國": "金沙中国",
    "永利澳門": "永利澳门", "澳門航空": "澳门航空", "澳航": "澳航",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "勞工事務局": "劳工事务局", "勞工局": "劳工局",
    "社會文化司": "社会文化司", "立法會": "立法会", "特區政府": "特区政府",
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
        if doc_id in MACAO:     # a Macao text: Big5-HKSCS holds every
            outside = sorted({c for c in self.text   # character; the
                              if not enc_ok(c, "big5")})    # declared ones
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (  # alone are
                doc_id, outside)                      # outside plain Big5
            assert outside, f"{doc_id}: declare a character outside Big5"
            # Hong Kong's and Macao's, not Taiwan's: cp950 lacks them too
            assert not any(enc_ok(c, "cp950") for c in outside), doc_id
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # the declared characters lie in no span (an island)
            self.no_span_chars = outside
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



# ===========================================================================
# g147 Basic medical insurance and hospitals, November 2026: the national
# medical security administration's figures to October (insured people,
# cross-province direct settlement, the 国庆 week), the fund's income and
# spending in the first three quarters, retirees wintering in 海南 (三亚,
# 海口; from 哈尔滨, 沈阳, 长春), the Yangtze delta (上海's bureau, its
# hospitals, the demonstration zone of 上海青浦, 苏州吴江, 嘉兴嘉善), 北京
# and 京津冀 (天津), the Greater Bay Area (广州, 深圳), 成都 and 重庆, the
# payment reform (DRG/DIP; 杭州's bureau and hospitals, 华西医院, 郑大一附院,
# 湘雅医院; 支付宝, 微信 a product), digital services (banks, platforms,
# pharmacy chains), commercial health insurance (惠民保 products, insurers)
# and the 2026 drug list with the outlook (元旦, 春节).  Simplified, GBK
# without BOM, 2026-11-15 (a Sunday, ISO week 2026-W46), 健康报; the
# dateline 本报讯（记者 张堃 通讯员 李婧） opens the first paragraph.
# 昨日 2026-11-14; 上周 2026-W45; 本周 2026-W46; 上月 2026-10; 国庆
# 2026-10-01; 去年国庆 2025-10-01; 元旦 2027-01-01; 春节 2027-02-06; 明年
# 2027; 去年 2025.
# ===========================================================================
@doc
def g147():
    d = Doc(G147)
    Y, LY, NY = "2026", "2025", "2027"
    # title (a heading that opens with 今年: no city section, no CITY)
    d.date("[[今年前10个月]]跨省直接结算超", Y, "")
    d.metric("直接结算[[超2亿人次]] ", "2e8", "人次", "over", "")
    # P1 the dateline (本报: no outlet named) and the national figures
    d.date("记者[[昨日]]从", "2026-11-14", "")
    d.org("从[[国家医疗保障局]]获悉")
    d.date("截至[[10月底]]，全国基本", "2026-10", "")
    d.metric("参保人数达[[13.26亿人]]", "13.26e8", "人", "exact", "")
    d.metric("稳定在[[95%以上]]", 95, "%", "over", "")
    d.date("。[[今年前10个月]]，全国跨省", Y, "")
    d.metric("直接结算[[2.18亿人次]]", "2.18e8", "人次", "exact", "")
    d.metric("同比增长[[31.6%]]", "31.6", "%", "exact", "")
    d.metric("垫付资金[[约1860亿元]]", "1860e8", "元", "approx", "")
    d.metric("住院费用直接结算[[约1320万人次]]", "1320e4", "人次", "approx",
             "")
    d.metric("门诊费用直接结算[[约2.05亿人次]]", "2.05e8", "人次", "approx",
             "")
    d.date("。[[国庆]]假期期间", "2026-10-01", "")
    d.metric("日均[[约96万人次]]", "96e4", "人次", "approx", "")
    d.date("较[[去年国庆]]增长", "2025-10-01", "")
    d.metric("增长[[约24%]]。", 24, "%", "approx", "")
    d.org("。[[国家医保局]]有关负责人介绍，全国超过")
    d.metric("全国[[超过59万家]]", "59e4", "家", "over", "")
    # P2 the fund
    d.date("看，[[今年前三季度]]，全国基本", Y, "")
    d.metric("总收入[[2.16万亿元]]", "2.16e12", "元", "exact", "")
    d.metric("同比增长[[4.2%]]", "4.2", "%", "exact", "")
    d.metric("总支出[[1.78万亿元]]", "1.78e12", "元", "exact", "")
    d.metric("同比增长[[5.7%]]", "5.7", "%", "exact", "")
    d.date("增速比[[去年同期]]回落", LY, "")
    d.metric("回落[[1.3个百分点]]", "1.3", "百分点", "exact", "")
    d.metric("统筹基金支出[[约9860亿元]]", "9860e8", "元", "approx", "")
    d.metric("居民医保基金支出[[约7940亿元]]", "7940e8", "元", "approx", "")
    d.org("。[[国家医保局]]在上周")
    d.date("国家医保局在[[上周]]召开", "2026-W45", "")
    d.date("。[[今年]]城乡居民", Y, "")
    d.metric("提高至[[730元]]", 730, "元", "exact", "")
    d.metric("缴费标准为[[410元]]", 410, "元", "exact", "")
    # P3 retirees wintering in 海南
    d.org("。[[海南省医疗保障局]]数据")
    d.date("显示，[[10月]]以来，来自", "2026-10", "哈尔滨市")
    d.city("来自[[哈尔滨]]、沈阳")
    d.city("哈尔滨、[[沈阳]]、长春")
    d.city("沈阳、[[长春]]等地")
    d.city("陆续抵达[[三亚]]、海口")
    d.city("三亚、[[海口]]过冬")
    d.metric("环比增长[[约42%]]", 42, "%", "approx", "海口市")
    d.org("。[[海南省人民医院]]、三亚市")
    d.org("、[[三亚市人民医院]]等医院")
    d.org("。[[三亚市医疗保障局]]有关")
    d.city("今冬在[[三亚]]过冬")
    d.metric("将[[超过45万人]]", "45e4", "人", "over", "三亚市")
    d.metric("其中[[60岁以上]]老年人", 60, "岁", "over", "三亚市")
    d.metric("占比[[近八成]]", 80, "%", "approx", "三亚市")
    d.city("，在[[三亚]]住院")
    d.date("预计比[[去年]]增加", LY, "三亚市")
    d.metric("增加[[约15%]]", 15, "%", "approx", "三亚市")
    # P4 the Yangtze delta
    d.org("。[[上海市医疗保障局]]日前")
    d.date("数据，[[今年前10个月]]，上海", Y, "上海市")
    d.city("今年前10个月，[[上海]]参保人")
    d.metric("门诊直接结算[[约1260万人次]]", "1260e4", "人次", "approx",
             "上海市")
    d.metric("同比增长[[约18%]]", 18, "%", "approx", "上海市")
    d.metric("结算金额[[约386亿元]]", "386e8", "元", "approx", "上海市")
    d.date("较[[去年同期]]增加", LY, "上海市")
    d.metric("增加[[约41亿元]]", "41e8", "元", "approx", "上海市")
    d.org("。[[复旦大学附属中山医院]]、")
    d.org("、[[上海交通大学医学院附属瑞金医院]]的")
    d.city("示范区，[[上海]]青浦")
    d.city("青浦、[[苏州]]吴江")
    d.city("吴江、[[嘉兴]]嘉善")
    # P5 北京 and 京津冀, the Greater Bay Area, 成都 and 重庆
    d.org("\n\n[[北京市医保局]]介绍")
    d.date("介绍，截至[[10月底]]，北京", "2026-10", "北京市")
    d.city("10月底，[[北京]]已有")
    d.metric("已有[[超过1.2万家]]", "1.2e4", "家", "over", "北京市")
    d.city("结算，[[天津]]、河北")
    d.date("参保人[[今年]]在京", Y, "天津市")
    d.metric("住院直接结算[[约28.6万人次]]", "28.6e4", "人次", "approx",
             "天津市")
    d.org("。[[北京协和医院]]、")
    d.org("、[[首都医科大学附属北京天坛医院]]等")
    d.metric("保持在[[四成左右]]", 40, "%", "approx", "")
    d.city("大湾区，[[广州]]、深圳持续")
    d.city("广州、[[深圳]]持续")
    d.metric("已有[[39家]]指定", 39, "家", "exact", "深圳市")
    d.org("。[[深圳市医疗保障局]]数据")
    d.date("显示，[[今年]]以来深圳", Y, "深圳市")
    d.city("今年以来[[深圳]]职工")
    d.metric("门诊统筹报销[[约1520万人次]]", "1520e4", "人次", "approx",
             "深圳市")
    d.metric("药店[[突破5000家]]", 5000, "家", "over", "深圳市")
    d.city("。[[成都]]、重庆两地")
    d.city("成都、[[重庆]]两地")
    d.date("医保部门[[9月上旬]]实现", "2026-09", "重庆市")
    d.metric("互认备案[[约36万人次]]", "36e4", "人次", "approx", "重庆市")
    # P6 the payment reform
    d.org("。[[国家医保局]]统计显示")
    d.metric("比例[[超过85%]]", 85, "%", "over", "")
    d.org("。[[杭州市医疗保障局]]相关")
    d.city("介绍，在[[杭州]]，浙江大学")
    d.org("，[[浙江大学医学院附属第一医院]]等医院")
    d.date("付费后，[[今年前三季度]]平均", Y, "杭州市")
    d.metric("缩短至[[6.8天]]", "6.8", "天", "exact", "杭州市")
    d.metric("下降[[约5.3%]]", "5.3", "%", "approx", "杭州市")
    d.org("。[[四川大学华西医院]]日前")
    d.date("该院[[今年]]日间手术", Y, "")
    d.metric("日间手术[[约11.6万台]]", "11.6e4", "台", "approx", "")
    d.metric("提高到[[32.5%]]", "32.5", "%", "exact", "")
    d.org("。[[郑州大学第一附属医院]]、")
    d.org("、[[中南大学湘雅医院]]也已")
    d.org("通过[[支付宝]]或微信")
    # P7 digital services
    d.date("。截至[[9月底]]，全国医保", "2026-09", "")
    d.metric("激活用户[[超过10.2亿人]]", "10.2e8", "人", "over", "")
    d.metric("已在[[280多个]]城市", 280, "个", "over", "")
    d.org("，[[建设银行]]、招商银行")
    d.org("、[[招商银行]]等也支持")
    d.org("。[[京东健康]]、阿里健康")
    d.org("、[[阿里健康]]和美团")
    d.org("和[[美团]]等平台")
    d.city("扩展至[[北京]]、上海、广州")
    d.city("北京、[[上海]]、广州、成都")
    d.city("上海、[[广州]]、成都等城市")
    d.city("广州、[[成都]]等城市")
    d.org("；[[老百姓大药房]]、")
    d.org("、[[益丰药房]]、")
    d.org("、[[大参林]]等连锁")
    d.metric("同比增长[[约26%]]", 26, "%", "approx", "")
    # P8 commercial health insurance
    d.org("。[[国家金融监督管理总局]]数据")
    d.date("显示，[[今年前9个月]]健康险", Y, "")
    d.metric("保费收入[[约8120亿元]]", "8120e8", "元", "approx", "")
    d.metric("同比增长[[6.4%]]", "6.4", "%", "exact", "")
    d.metric("已有[[超过200款]]产品", 200, "款", "over", "")
    d.date("。[[11月1日]]，北京", "2026-11-01", "北京市")
    d.city("11月1日，[[北京]]普惠健康保")
    d.date("健康保[[2027年度]]投保", NY, "北京市")
    d.org("由[[中国人寿]]牵头")
    d.org("，[[中国人保健康]]、平安养老险")
    d.org("、[[平安养老险]]等共同")
    d.metric("仍为[[195元]]", 195, "元", "exact", "北京市")
    d.city("；[[上海]]“沪惠保”")
    d.date("”[[上月]]参保人数", "2026-10", "上海市")
    d.metric("参保人数[[突破780万人]]", "780e4", "人", "over", "上海市")
    d.city("；[[广州]]“穗岁康”")
    d.date("”[[今年]]参保率", Y, "广州市")
    d.metric("参保率[[约39%]]", 39, "%", "approx", "广州市")
    d.org("。[[中国太保寿险]]、")
    d.org("、[[泰康人寿]]也在")
    d.city("也在[[深圳]]、苏州等地")
    d.city("深圳、[[苏州]]等地推出")
    # P9 the drug list and the outlook
    d.org("方面，[[国家医保局]]、人力")
    d.org("、[[人力资源社会保障部]]本周")
    d.date("保障部[[本周]]联合", "2026-W46", "")
    d.date("印发[[2026年]]版", Y, "")
    d.metric("新增药品[[114种]]", 114, "种", "exact", "")
    d.metric("肿瘤用药[[28种]]", 28, "种", "exact", "")
    d.metric("罕见病用药[[16种]]", 16, "种", "exact", "")
    d.date("将于[[明年1月1日]]起", "2027-01-01", "")
    d.date("。自[[2018年]]国家医保局", "2018", "")
    d.org("自2018年[[国家医保局]]组建")
    d.metric("已有[[近1100种]]药品", 1100, "种", "approx", "")
    d.org("。[[国家卫生健康委]]有关")
    d.date("确保[[元旦]]后", "2027-01-01", "")
    d.metric("平均降价[[约63%]]", 63, "%", "approx", "")
    d.date("预计[[明年]]可为", NY, "")
    d.metric("减负[[超过500亿元]]", "500e8", "元", "over", "")
    d.org("。[[北京大学中国卫生发展研究中心]]一位")
    d.date("随着[[春节]]前后", "2027-02-06", "")
    audit = {
        "orgs": ["国家医疗保障局", "国家医保局", "海南省医疗保障局",
                 "海南省人民医院", "三亚市人民医院", "三亚市医疗保障局",
                 "上海市医疗保障局", "复旦大学附属中山医院",
                 "上海交通大学医学院附属瑞金医院", "北京市医保局",
                 "北京协和医院", "首都医科大学附属北京天坛医院",
                 "深圳市医疗保障局", "杭州市医疗保障局",
                 "浙江大学医学院附属第一医院", "四川大学华西医院",
                 "郑州大学第一附属医院", "中南大学湘雅医院", "支付宝",
                 "建设银行", "招商银行", "京东健康", "阿里健康", "美团",
                 "老百姓大药房", "益丰药房", "大参林", "国家金融监督管理总局",
                 "中国人寿", "中国人保健康", "平安养老险", "中国太保寿险",
                 "泰康人寿", "人力资源社会保障部", "国家卫生健康委",
                 "北京大学中国卫生发展研究中心"],
        "cities": ["哈尔滨", "沈阳", "长春", "三亚", "海口", "上海", "苏州",
                   "嘉兴", "北京", "天津", "广州", "深圳", "成都", "重庆",
                   "杭州", "郑州", "中山", "首都", "沪", "京", "穗", "港澳",
                   "海南", "江苏", "浙江", "安徽", "河北", "四川", "青浦",
                   "吴江", "嘉善", "长三角", "大湾区", "全国", "全省", "全市",
                   "外省市", "各地", "城市", "中国"],
        "excluded": [
            # one-character abbreviations (在沪, 在京, 京津冀, 沪惠保, 穗岁康,
            # 港澳 x3 with 粤港澳), provinces (江苏, 浙江 and 安徽 before 三省,
            # 河北; 海南 and 四川 stand only inside ORGs), districts and a county of
            # the demonstration zone (青浦, 吴江, 嘉善), regions (长三角 x2,
            # 大湾区), deictic or generic words (全国 x6, 全省, 全市, 外省市,
            # 各地 x2, 城市 x3); 中国, 郑州, 中山 and 首都 stand only inside
            # ORGs (中国人寿 …, 郑州大学…, 复旦大学附属中山医院, 首都医科大学…)
            "在[[沪]]就医", "在[[京]]住院", "[[京]]津冀", "“[[沪]]惠保",
            "“[[穗]]岁康", "粤[[港澳]]大湾区", "“[[港澳]]药械通",
            "使用[[港澳]]已上市", "，[[全省]]异地", "位居[[全市]]前列",
            "[[外省市]]参保人", "在[[江苏]]、浙江", "江苏、[[浙江]]、安徽",
            "浙江、[[安徽]]三省", "天津、[[河北]]参保人", "上海[[青浦]]",
            "苏州[[吴江]]", "嘉兴[[嘉善]]", "在[[长三角]]，",
            "在[[长三角]]生态", "粤港澳[[大湾区]]",
            "覆盖[[全国]]所有", "截至10月底，[[全国]]基本",
            "个月，[[全国]]跨省", "介绍，[[全国]]超过", "，[[全国]]基本医疗保险统筹",
            "，[[全国]]医保电子", "多个[[城市]]落地", "成都等[[城市]]；",
            "[[城市]]定制型",
            "指导[[各地]]做好", "，[[各地]]应提前",
        ],
        "numbers_excluded": [],
        # tier labels (二级及以上, 三级医院), collective labels after their
        # lists (三省, 三地, 两地), 一体化 (x2), 一位 (a person)
        "cn_excluded": ["[[二]]级及以上", "[[三]]级医院", "安徽[[三]]省",
                        "嘉善[[三]]地", "重庆[[两]]地", "[[一]]体化持续",
                        "绿色[[一]]体化", "研究中心[[一]]位"],
        "latin_excluded": ["（[[DRG]]）", "（[[DIP]]）", "实施[[DRG]]付费"],
        # time words that are no DATE: 日均 (a daily average), 明显,
        # 今冬 (a season, SPEC), 日前 (x2, vague), 可支付月数 (months of
        # spending a balance covers: a measure, no date), 住院日 (a length of
        # stay), 日间 (day surgery), 年保费 (the yearly premium), 年度 only
        # inside 2027年度
        "words_excluded": {"日均": 1, "明显": 1, "今冬": 1, "日前": 2, "老年": 2,
                           "月数": 1, "住院日": 1, "日间": 1, "年保费": 1,
                           "同期": 0, "当天": 0, "全年": 0, "年底": 0},
        # generic heads outside ORG rows: 医院 (等医院 x2, 定点医院, 三级医院),
        # 银行 (手机银行, a bank's product, generic here), 平台 (等平台), 药店
        # (零售药店, 连锁药店), 部门 (医保部门), 保险公司 (none), 中心 only
        # inside an ORG
        "orgwords_excluded": {"医院": 4, "银行": 1, "平台": 1, "药店": 2,
                              "部门": 1, "保险公司": 0, "中心": 0,
                              "大学": 0, "局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g148 Macao's universities and students, November 2026: the education and
# youth bureau's count of registered students for the new academic year
# (mainland, local and foreign students, teaching staff), the universities'
# figures (澳大, 澳科大, 澳門理工大學, 城大, 澳門旅遊大學, 聖若瑟大學, 澳門鏡湖
# 護理學院), mainland recruitment (教育部; 廣東's cities; 澳科大招生處 and the
# cities it admits from), Lusophone and other foreign students (科英布拉大學,
# 里斯本大學; 里斯本, 聖保羅, 羅安達), Macao's school leavers, Hengqin (澳大's
# campus, the zone's executive committee and its livelihood bureau), research
# funding (科技基金, 國家自然科學基金委員會, 澳門基金會), scholarships (banks,
# resort operators, 澳航), graduates' employment (統計局, 勞工局) and the
# outlook (澳門高等教育展, 社會文化司, 立法會, 特區政府).  Traditional as Macao
# writes it (按年, 佔, 公佈, 宣佈, 上周, 本月, 首10個月, 第三季, 「」 quotes,
# 元 for patacas), UTF-8 with BOM, 2026-11-20 (a Friday, ISO week
# 2026-W47), 澳門日報; the dateline 【本報消息】 opens the first paragraph.
# 昨日 2026-11-19; 上周 2026-W46; 上周三 2026-11-11; 本月 2026-11; 上月
# 2026-10; 聖誕 2026-12-25; 元旦 2027-01-01; 明年 2027; 明年農曆新年
# 2027-02-06.
# ===========================================================================
@doc
def g148():
    d = Doc(G148)
    Y, LY, NY = "2026", "2025", "2027"
    MO = "澳门"
    # title (a heading that opens with 本澳: no city section, no CITY)
    d.metric("註冊學生[[逾四萬人]]", "4e4", "人", "over", "")
    d.metric("內地生佔[[近六成]]", 60, "%", "approx", "")
    # P1 the dateline (本報: no outlet named) and the bureau's count
    d.org("【本報消息】[[教育及青年發展局]]（")
    d.org("發展局（[[教青局]]）")
    d.date("（教青局）[[昨日]]公佈", "2026-11-19", "")
    d.date("公佈，[[今年9月]]新學年", "2026-09", "")
    d.metric("本澳[[12所]]高等院校", 12, "所", "exact", "")
    d.metric("註冊學生共[[41,286人]]", 41286, "人", "exact", "")
    d.metric("按年增加[[6.8%]]", "6.8", "%", "exact", "")
    d.metric("內地學生[[23,950人]]", 23950, "人", "exact", "")
    d.metric("佔總數的[[58%]]", 58, "%", "exact", "")
    d.metric("本地學生[[約14,600人]]", 14600, "人", "approx", "")
    d.metric("外地生[[約2,700人]]", 2700, "人", "approx", "")
    d.metric("按年增長[[15.3%]]", "15.3", "%", "exact", "")
    d.metric("教學人員[[約2,950人]]", 2950, "人", "approx", "")
    d.metric("按年增加[[4.6%]]", "4.6", "%", "exact", "")
    d.metric("博士學位的佔[[82%]]", 82, "%", "exact", "")
    # P2 the universities
    d.org("各院校中，[[澳門大學]]（")
    d.org("澳門大學（[[澳大]]）")
    d.date("（澳大）[[今年]]招收", Y, "")
    d.metric("本科新生[[約2,350名]]", 2350, "名", "approx", "")
    d.metric("研究生[[約3,100名]]", 3100, "名", "approx", "")
    d.metric("總數達[[1.52萬人]]", "1.52e4", "人", "exact", "")
    d.org("；[[澳門科技大學]]（")
    d.org("科技大學（[[澳科大]]）")
    d.metric("在學學生[[突破1.9萬人]]", "1.9e4", "人", "over", "")
    d.date("教學大樓[[本月]]投入", "2026-11", "")
    d.org("。[[澳門理工大學]]、澳門城市")
    d.org("、[[澳門城市大學]]（")
    d.org("城市大學（[[城大]]）")
    d.org("和[[澳門旅遊大學]]的新生")
    d.metric("按年增加[[9%]]、", 9, "%", "exact", "")
    d.metric("、[[12%]]和7%", 12, "%", "exact", "")
    d.metric("12%和[[7%]]", 7, "%", "exact", "")
    d.org("；[[聖若瑟大學]]、")
    d.org("、[[澳門鏡湖護理學院]]亦")
    # P3 mainland recruitment
    d.org("方面，[[教育部]]今年")
    d.date("教育部[[今年]]批准", Y, "")
    d.metric("批准本澳[[6所]]高校", 6, "所", "exact", "")
    d.metric("在內地[[31個]]省", 31, "个", "exact", "")
    d.metric("本科新生[[約6,800名]]", 6800, "名", "approx", "")
    d.metric("按年增加[[約9%]]", 9, "%", "approx", "")
    d.metric("生源約佔[[四成]]", 40, "%", "approx", "广州市", sep="約")
    d.city("主要來自[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海、佛山")
    d.city("深圳、[[珠海]]、佛山")
    d.city("珠海、[[佛山]]、東莞")
    d.city("佛山、[[東莞]]等地")
    d.org("。[[澳科大招生處]]表示")
    d.date("該校[[今年]]在北京", Y, "北京市")
    d.city("今年在[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]、武漢")
    d.city("杭州、[[武漢]]、成都")
    d.city("武漢、[[成都]]等城市")
    d.metric("按年增加[[約21%]]", 21, "%", "approx", "成都市")
    d.date("錄取分數較[[去年]]明顯", LY, "成都市")
    # P4 Lusophone and other foreign students
    d.date("本澳高校[[今年]]錄取", Y, "")
    d.metric("葡語國家學生[[約460名]]", 460, "名", "approx", "")
    d.org("。[[澳大]]與科英布拉")
    d.org("與[[科英布拉大學]]、")
    d.org("、[[里斯本大學]]續簽")
    d.metric("互派學生[[逾百名]]", 100, "名", "over", "")
    d.org("；[[澳門理工大學]]上周三")
    d.date("理工大學[[上周三]]在", "2026-11-11", "里斯本")
    d.city("上周三在[[里斯本]]舉辦")
    d.metric("吸引[[逾300名]]當地", 300, "名", "over", "里斯本")
    d.date("並計劃[[明年3月]]赴", "2027-03", "里斯本")
    d.city("赴[[聖保羅]]、羅安達")
    d.city("聖保羅、[[羅安達]]招生")
    d.metric("亦按年增加[[約18%]]", 18, "%", "approx", "")
    # P5 Macao's school leavers
    d.date("據統計，[[今年]]本澳", Y, "")
    d.metric("高中畢業生[[約5,300人]]", 5300, "人", "approx", "")
    d.metric("比例達[[96.2%]]", "96.2", "%", "exact", "")
    d.metric("其中[[約45%]]留澳", 45, "%", "approx", "")
    d.metric("按年提高[[2.4個百分點]]", "2.4", "百分点", "exact", "")
    d.metric("升學的[[約1,600人]]", 1600, "人", "approx", "广州市")
    d.city("以[[廣州]]、北京、上海的高校")
    d.city("廣州、[[北京]]、上海的高校")
    d.city("北京、[[上海]]的高校")
    # P6 Hengqin
    d.org("方面，[[澳大]]橫琴校區")
    d.date("學生宿舍[[今年]]啟用", Y, "")
    d.metric("容納[[約1,800名]]學生", 1800, "名", "approx", "")
    d.org("；[[澳科大]]、澳門理工大學在")
    d.org("澳科大、[[澳門理工大學]]在橫琴")
    d.metric("企業[[逾40家]]進駐", 40, "家", "over", "")
    d.org("。[[橫琴粵澳深度合作區執行委員會]]（")
    d.org("執行委員會（[[執委會]]）與")
    d.org("）與[[教青局]]本月18日")
    d.date("教青局[[本月18日]]簽署", "2026-11-18", MO)
    d.date("協議，[[明年]]起", NY, MO)
    d.city("實習的[[澳門]]大專學生提供")
    d.metric("每月[[3,000元]]的", 3000, "元", "exact", MO)
    d.org("。[[執委會民生事務局]]數據")
    d.date("截至[[10月底]]，在合作區", "2026-10", MO)
    d.city("居住的[[澳門]]大專學生約")
    d.metric("大專學生[[約3,400人]]", 3400, "人", "approx", MO)
    d.date("比[[去年底]]增加", LY, MO)
    d.metric("增加[[約26%]]", 26, "%", "approx", MO)
    # P7 research funding
    d.org("。[[科學技術發展基金]]（")
    d.org("發展基金（[[科技基金]]）")
    d.date("（科技基金）[[今年首10個月]]共", Y, "")
    d.metric("科研項目[[412個]]", 412, "个", "exact", "")
    d.metric("資助金額[[約3.86億元]]", "3.86e8", "元", "approx", "")
    d.metric("按年增長[[11.2%]]", "11.2", "%", "exact", "")
    d.date("為[[2019年]]以來", "2019", "")
    d.metric("其中[[約四成]]投向", 40, "%", "approx", "")
    d.org("。[[科技基金]]與國家")
    d.org("與[[國家自然科學基金委員會]]的")
    d.date("資助計劃[[今年]]獲批", Y, "")
    d.metric("獲批項目[[28個]]", 28, "个", "exact", "")
    d.metric("各投入[[約2,000萬元]]", "2000e4", "元", "approx", "")
    d.org("。[[澳門基金會]]上月")
    d.date("基金會[[上月]]宣佈", "2026-10", "")
    d.metric("撥款[[1.5億元]]", "1.5e8", "元", "exact", "")
    d.metric("高校的[[四個]]國家", 4, "个", "exact", "")
    d.date("實驗室[[去年]]共獲", LY, "")
    d.metric("科研經費[[約4.2億元]]", "4.2e8", "元", "approx", "")
    # P8 scholarships, banks, resort operators, the airline
    d.org("方面，[[教青局]]今年")
    d.date("教青局[[今年]]發放", Y, "")
    d.metric("惠及[[約1.1萬名]]學生", "1.1e4", "名", "approx", "")
    d.metric("總額[[約2.3億元]]", "2.3e8", "元", "approx", "")
    d.org("。[[中國銀行澳門分行]]、")
    d.org("、[[大豐銀行]]、")
    d.org("、[[澳門國際銀行]]上周")
    d.date("國際銀行[[上周]]分別", "2026-W46", "")
    d.metric("合共[[約1,500萬元]]", "1500e4", "元", "approx", "")
    d.org("；[[工銀澳門]]則推出")
    d.metric("額度為[[10萬元]]", "10e4", "元", "exact", "")
    d.org("。[[銀河娛樂集團]]、")
    d.org("、[[金沙中國]]、")
    d.org("、[[永利澳門]]等綜合")
    d.date("企業[[今年]]亦向", Y, "")
    d.metric("捐款[[逾8,000萬元]]", "8000e4", "元", "over", "")
    d.org("；[[澳門航空]]（")
    d.org("航空（[[澳航]]）")
    d.metric("已有[[約600名]]學生", 600, "名", "approx", "")
    # P9 graduates' employment
    d.org("方面，[[統計暨普查局]]（")
    d.org("普查局（[[統計局]]）")
    d.date("顯示，[[今年第三季]]本澳", "2026-Q3", "")
    d.metric("就業人口[[約14.8萬人]]", "14.8e4", "人", "approx", "")
    d.metric("按年增加[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("中位數為[[2.2萬元]]", "2.2e4", "元", "exact", "")
    d.metric("失業率為[[1.9%]]", "1.9", "%", "exact", "")
    d.org("。[[勞工事務局]]（")
    d.org("事務局（[[勞工局]]）")
    d.date("表示，[[今年]]已舉辦", Y, "")
    d.metric("招聘會[[7場]]", 7, "场", "exact", "")
    d.metric("職位[[逾5,200個]]", 5200, "个", "over", "")
    d.metric("當中[[約三成]]來自", 30, "%", "approx", "")
    d.metric("另有[[約900名]]畢業生", 900, "名", "approx", "广州市")
    d.city("到[[廣州]]、深圳、珠海等內地")
    d.city("廣州、[[深圳]]、珠海等內地")
    d.city("深圳、[[珠海]]等內地")
    # P10 the outlook
    d.date("展望[[年底]]，", Y, MO)
    d.org("，[[教青局]]將於")
    d.date("將於[[12月中旬]]舉辦", "2026-12", MO)
    d.city("「[[澳門]]高等教育展」")
    d.date("並在[[聖誕]]及元旦", "2026-12-25", MO)
    d.date("聖誕及[[元旦]]假期", "2027-01-01", MO)
    d.date("公佈[[明年]]的招生", NY, MO)
    d.org("。[[社會文化司]]司長")
    d.org("日前在[[立法會]]表示")
    d.org("，[[特區政府]]明年")
    d.date("特區政府[[明年]]將", NY, "")
    d.metric("投入[[約45億元]]", "45e8", "元", "approx", "")
    d.metric("按年增加[[5%]]，力爭", 5, "%", "exact", "")
    d.date("力爭到[[2030年]]外地生", "2030", "")
    d.metric("提升至[[一成]]", 10, "%", "exact", "")
    d.date("隨著[[明年農曆新年]]後", "2027-02-06", "香港")
    d.city("加強與[[香港]]及大灣區")
    audit = {
        "orgs": ["教育及青年發展局", "教青局", "澳門大學", "澳大",
                 "澳門科技大學", "澳科大", "澳門理工大學", "澳門城市大學",
                 "城大", "澳門旅遊大學", "聖若瑟大學", "澳門鏡湖護理學院",
                 "教育部", "澳科大招生處", "科英布拉大學", "里斯本大學",
                 "橫琴粵澳深度合作區執行委員會", "執委會", "執委會民生事務局",
                 "科學技術發展基金", "科技基金", "國家自然科學基金委員會",
                 "澳門基金會", "中國銀行澳門分行", "大豐銀行", "澳門國際銀行",
                 "工銀澳門", "銀河娛樂集團", "金沙中國", "永利澳門",
                 "澳門航空", "澳航", "統計暨普查局", "統計局", "勞工事務局",
                 "勞工局", "社會文化司", "立法會", "特區政府"],
        "cities": ["澳門", "本澳", "留澳", "橫琴", "氹仔", "廣州", "深圳",
                   "珠海", "佛山", "東莞", "北京", "上海", "杭州", "武漢",
                   "成都", "里斯本", "聖保羅", "羅安達", "香港", "科英布拉",
                   "廣東", "大灣區", "葡萄牙", "巴西", "安哥拉", "莫桑比克",
                   "韓國", "越南", "印尼", "台灣", "英國", "澳洲", "東南亞",
                   "內地", "城市", "合作區", "中國"],
        "excluded": [
            # deictic 本澳 (x9), 留澳 (a one-character abbreviation), the
            # island 橫琴 outside ORG rows (橫琴方面, 澳大橫琴校區, 在橫琴粵澳
            # 深度合作區 with the zone, a place), 氹仔 (an island of Macao),
            # the province 廣東, the region 大灣區 (x2), countries and regions
            # (葡萄牙 x2, 巴西, 安哥拉, 莫桑比克, 韓國, 越南, 印尼, 台灣, 英國,
            # 澳洲, 東南亞), 內地 (x7: the mainland), 城市 (x2), 合作區 (x3
            # standing alone)
            "[[本澳]]高校註冊", "，[[本澳]]12所", "仍是[[本澳]]規模",
            "批准[[本澳]]6所", "，[[本澳]]高校今年", "今年[[本澳]]高中",
            "。[[本澳]]高校的四個", "向[[本澳]]高校捐款", "第三季[[本澳]]擁有",
            "，[[本澳]]高校應", "[[留澳]]升讀", "\n\n[[橫琴]]方面",
            "澳大[[橫琴]]校區", "在[[橫琴粵澳深度合作區]]設立", "其[[氹仔]]校園",
            "其中[[廣東]]生源", "與香港及[[大灣區]]", "來自[[葡萄牙]]、巴西",
            "葡萄牙、[[巴西]]", "、[[安哥拉]]和", "和[[莫桑比克]]。",
            "來自[[韓國]]", "、[[越南]]、", "、[[印尼]]等地", "前往[[台灣]]",
            "台灣、[[葡萄牙]]", "、[[英國]]和", "和[[澳洲]]等地",
            "、[[東南亞]]及", "[[內地]]生佔", "其中[[內地]]學生",
            "[[內地]]招生方面", "在[[內地]]31個", "錄取[[內地]]本科",
            "赴[[內地]]升學", "珠海等[[內地]]城市", "後[[內地]]招生宣傳",
            "等[[城市]]的錄取", "內地[[城市]]就業", "其他[[城市]]的錯位",
            "在[[合作區]]實習", "在[[合作區]]居住",
        ],
        "numbers_excluded": [],
        # 雙方 (both sides)
        "cn_excluded": ["[[雙]]方各投入"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year), 歷年 (a record
        # across past years), 新學年 (x2, the academic year, no calendar
        # date), 每年 and 每月 (recurring), 明顯, 月工作收入 (monthly
        # earnings), 日前 (vague)
        "words_excluded": {"按年": 11, "歷年": 1, "學年": 2, "每年": 1,
                           "每月": 1, "明顯": 1, "月工作": 1, "日前": 1,
                           "同期": 0, "全年": 0, "當日": 0},
        # generic heads outside ORG rows: 高校 (x10), 院校 (x3), 大學 only
        # inside ORGs, 基金 only inside ORGs, 銀行 only inside ORGs, 局 (局長:
        # 該局局長, a back-reference), 實驗室 (國家重點實驗室, a facility), 企業
        # (x2: 吸引企業, 綜合度假村企業)
        "orgwords_excluded": {"高校": 10, "院校": 3, "大學": 0, "基金": 0,
                              "銀行": 0, "實驗室": 1, "企業": 2},
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
