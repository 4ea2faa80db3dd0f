#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g165_smartphone_makers_shipments and g166_macao_mice_conventions_exhibitions
(annotator OC).

Adapted from the precedent set's tools/annotate_pb.py (now dev/tools/annotate_g157_g158.py; copied and the data
changed; it keeps the checks of annotate_pb.py and its predecessors: strict
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
the check that a traditional article holds no simplified character), with
annotate_pc.py's Macao block in place of the Hong Kong one and the UTF-16
block turned little-endian.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g165 is simplified (mainland, 第一财经日报, 2026-11-17), stored as GB18030
  without a BOM.  Its byline 本报记者 陈䜣 发自深圳 stands on line 3; the
  reporter's given name 䜣 (U+4723, CJK Extension A; GB18030 FE 80) is
  outside GBK, so Python's gbk, cp936 and gb2312 fail on the file while
  gb18030 reads it; every other character is GBK and encodes alike in GBK
  and GB18030 (every non-ASCII character is two bytes).  䜣 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g166 is traditional (Macao, 澳門日報, 2026-11-20), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 首 = U+9996 as 96 99).
  Every character is in the BMP and in Big5-HKSCS; one is outside plain
  Big5 and cp950: 氹 (U+6C39) of 路氹 (Cotai), in no span.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho29/precedent: README, NOTES_pa/pb/pc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g165_g166.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_pb.py: the declared GB18030 character is 䜣 (FE 80);
the UTF-16 article is little-endian (FF FE; the big-endian reading fails or
reads another text); the Hong Kong block is annotate_pc.py's Macao block
(氹 the only character outside plain Big5 and cp950, in no span; every
non-ASCII character two bytes in Big5-HKSCS and in UTF-16; 澳門/本澳 named
at least twice); 峰 (高峰論壇) and 里 (里斯本) are declared as forms a Macao
text writes though OpenCC s2t would change them; units 部, %, 款, 台, 美元,
百分点, 个, 元, 名, 件, 副, 片; 项, 人次, 间, 平方米, 家, 场, 倍, 人.
Re-run (from anywhere):

    python3 dev/tools/annotate_g165_g166.py
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
G165 = "g165_smartphone_makers_shipments"
G166 = "g166_macao_mice_conventions_exhibitions"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G165: ("gb18030", b"", False, "2026-11-17", "第一财经日报"),
    G166: ("utf-16-le", BOM16LE, True, "2026-11-20", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G165: [], G166: []}
# characters of the mainland GB18030 article that GBK lacks, with their
# GB18030 bytes: 䜣 of the reporter's name (in no span; on the byline line)
OUTSIDE_GBK = {G165: {"䜣": b"\xfe\x80"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 氹 of 路氹 (in no span)
OUTSIDE_BIG5 = {G166: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 旅游局 …, are ORGs in a text that names the region
# at least twice)
MACAO = {G166}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them (高峰論壇: 峰, not 峯; 里斯本: 里, not 裏)
S2T_ALLOWED = {G166: {"峰", "里"}}
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
                   "检缓紧训课员")
# Holidays the articles name, by their exact span (2025-2027): g165
# (mainland, 2026-11-17): 双11 2026-11-11 (the shopping festival six days
# before, the occurrence nearest the reference date; x3), 元旦 2027-01-01
# and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no year written in
# their sentence); g166 (Macao, 2026-11-20): 國慶 2026-10-01 (國慶黃金周 in
# a sentence about October 2026; 黃金周 outside), 聖誕 2026-12-25 and 元旦
# 2027-01-01 (the coming ones), 明年農曆新年 2027-02-06 (明年 inside the
# span; 农历新年 is 春节).
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
    # g165 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 深圳, 东莞, 广州 (广东), 成都 (四川), 武汉 (湖北), 西安 (陕西), 郑州
    # (河南), 长沙 (湖南), 杭州 (浙江); 拉各斯 (Nigeria) and 内罗毕 (Kenya)
    # foreign, by their common Chinese names)
    "深圳": "深圳市", "东莞": "东莞市", "北京": "北京市", "上海": "上海市",
    "广州": "广州市", "成都": "成都市", "武汉": "武汉市", "重庆": "重庆市",
    "西安": "西安市", "郑州": "郑州市", "长沙": "长沙市", "杭州": "杭州市",
    "拉各斯": "拉各斯", "内罗毕": "内罗毕",
    # g166 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (深圳, 珠海, 中山, 北京, 上海,
    # 成都, 杭州 are written alike; 廣州, 江門 and 福州 -> 广州市, 江门市,
    # 福州市); 里斯本, 聖保羅, 羅安達, 新加坡, 吉隆坡, 曼谷 foreign, by their
    # mainland names)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "珠海": "珠海市",
    "中山": "中山市", "江門": "江门市", "福州": "福州市",
    "里斯本": "里斯本", "聖保羅": "圣保罗", "羅安達": "罗安达",
    "新加坡": "新加坡", "吉隆坡": "吉隆坡", "曼谷": "曼谷",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "拉各斯", "内罗毕", "里斯本", "圣保罗", "罗安达",
          "新加坡", "吉隆坡", "曼谷"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "澳門招商投資促進局": "澳门招商投资促进局", "投促局": "投促局",
    "金沙中國": "金沙中国", "銀河娛樂集團": "银河娱乐集团",
    "新濠博亞娛樂": "新濠博亚娱乐", "永利澳門": "永利澳门",
    "美高梅中國": "美高梅中国", "澳娛綜合": "澳娱综合",
    "國際大會及會議協會": "国际大会及会议协会", "ICCA": "ICCA",
    "國際展覽業協會": "国际展览业协会", "UFI": "UFI",
    "英富曼": "英富曼", "勵展博覽集團": "励展博览集团",
    "經濟財政司": "经济财政司", "特區政府": "特区政府", "商務部": "商务部",
    "中國國際貿易促進委員會": "中国国际贸易促进委员会",
    "中國貿促會": "中国贸促会", "廣東省商務廳": "广东省商务厅",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "澳門國際機場": "澳门国际机场", "澳門航空": "澳门航空",
    "澳航": "澳航", "旅遊局": "旅游局",
    "澳門會議展覽業協會": "澳门会议展览业协会", "澳門旅遊大學": "澳门旅游大学",
    "澳門城市大學": "澳门城市大学", "澳門大學": "澳门大学",
    "澳門中華總商會": "澳门中华总商会", "澳門廠商聯合會": "澳门厂商联合会",
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
            # (FE 80, GB18030's two-byte code for U+4723): no four-byte
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
            # low byte (g166: 首 is U+9996, bytes 96 99)
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
# g165 Smartphone makers' shipments in China, November 2026: 中国信通院's
# October and ten-month shipments, the third quarter by brand (IDC; the
# premium segment, Counterpoint), the autumn launches (苹果, 华为; OPPO and
# vivo of 东莞; 小米, 荣耀) and 群智咨询's activations, the 双11 sales on the
# platforms (京东, 天猫, 美团闪购 with 北京, 上海, 广州, 拼多多, 抖音, 苏宁易购),
# the national subsidy for digital products (商务部, 国家发展改革委, 财政部),
# the cities' top-ups (上海市商务委 and 上海, 深圳市商务局, 广州, 成都, 武汉,
# 重庆, 西安, 郑州, 长沙, 杭州市商务局 and 杭州), the makers (小米集团, 荣耀,
# 传音控股 with 拉各斯 and 内罗毕), costs (集邦咨询, 高通, 联发科, 京东方),
# retail and exports (国家统计局, 海关总署, 爱施德 and prices in 深圳) and the
# outlook (元旦, 春节; IDC中国).  Simplified, GB18030 without BOM,
# 2026-11-17 (a Tuesday, ISO week 2026-W47), 第一财经日报; the byline
# 本报记者 陈䜣 发自深圳 on line 3.  昨日 2026-11-16; 上周五 2026-11-13;
# 本月 and 本月下旬 2026-11; 上月 2026-10; 双11 2026-11-11; 元旦
# 2027-01-01; 春节 2027-02-06; 年末 2026; 明年 2027; 去年同期 2025-10.
# ===========================================================================
@doc
def g165():
    d = Doc(G165)
    Y, LY, NY = "2026", "2025", "2027"
    SH, GZ, WH, CS, HZ, SZ, DG, BJ = ("上海市", "广州市", "武汉市", "长沙市",
                                      "杭州市", "深圳市", "东莞市", "北京市")
    # title (a heading that opens with 前10个月: no city section, no CITY)
    d.date("[[前10个月]]国内手机出货量", Y, "")
    d.metric("出货量[[2.46亿部]] 多地", "2.46e8", "部", "exact", "")
    # byline 本报记者 陈䜣 发自深圳 (本报 names no outlet; 䜣 in no span; the
    # place filed from is a CITY; a heading that opens with no city)
    d.city("发自[[深圳]]\n")
    # P1 中国信通院's shipments
    d.org("\n\n[[中国信息通信研究院]]（")
    d.org("简称“[[中国信通院]]”")
    d.date("”）[[昨日]]发布", "2026-11-16", "")
    d.date("显示，[[今年10月]]国内", "2026-10", "")
    d.metric("手机出货量[[3086.5万部]]", "3086.5e4", "部", "exact", "")
    d.metric("同比增长[[7.8%]]", "7.8", "%", "exact", "")
    d.metric("5G手机[[2712.3万部]]", "2712.3e4", "部", "exact", "")
    d.metric("占比[[87.9%]]", "87.9", "%", "exact", "")
    d.date("。[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，国内", "2026-10", "")
    d.metric("累计出货量[[2.46亿部]]", "2.46e8", "部", "exact", "")
    d.metric("同比增长[[4.3%]]", "4.3", "%", "exact", "")
    d.metric("手机出货量[[2.13亿部]]", "2.13e8", "部", "exact", "")
    d.metric("占比[[约86.6%]]", "86.6", "%", "approx", "")
    d.org("。[[中国信通院]]同时")
    d.date("统计，[[今年前10个月]]国内上市", Y, "")
    d.metric("新机型[[389款]]", 389, "款", "exact", "")
    d.metric("同比增加[[26款]]", 26, "款", "exact", "")
    # P2 the third quarter by brand
    d.org("，[[IDC]]的统计")
    d.date("显示，[[今年第三季度]]中国", "2026-Q3", "")
    d.metric("出货量[[约7180万台]]", "7180e4", "台", "approx", "")
    d.metric("同比增长[[3.1%]]", "3.1", "%", "exact", "")
    d.org("。[[华为]]以约")
    d.metric("华为以[[约18.2%]]", "18.2", "%", "approx", "")
    d.org("，[[vivo]]和苹果")
    d.org("vivo和[[苹果]]的份额")
    d.metric("分别为[[17.1%]]和", "17.1", "%", "exact", "")
    d.metric("和[[15.4%]]，小米", "15.4", "%", "exact", "")
    d.org("，[[小米]]、OPPO、荣耀分别")
    d.org("小米、[[OPPO]]、荣耀分别")
    d.org("OPPO、[[荣耀]]分别为")
    d.metric("分别为[[14.6%]]、", "14.6", "%", "exact", "")
    d.metric("、[[13.9%]]和", "13.9", "%", "exact", "")
    d.metric("和[[12.7%]]。", "12.7", "%", "exact", "")
    d.org("。[[Counterpoint]]的报告")
    d.date("显示，[[今年前三季度]]中国市场", Y, "")
    d.metric("售价[[600美元以上]]", 600, "美元", "over", "")
    d.metric("同比增长[[约11%]]", 11, "%", "approx", "")
    d.org("，[[苹果]]和华为合计")
    d.org("苹果和[[华为]]合计")
    d.metric("高端市场[[近八成]]份额", 80, "%", "approx", "")
    # P3 the launches, 群智咨询's activations
    d.org("。[[苹果]]新款iPhone")
    d.date("iPhone于[[9月中旬]]开售", "2026-09", DG)
    d.org("，[[华为]]Mate系列")
    d.date("新机在[[10月下旬]]上市", "2026-10", DG)
    d.city("同在[[东莞]]的OPPO")
    d.org("东莞的[[OPPO]]和vivo")
    d.org("OPPO和[[vivo]]以及")
    d.org("以及[[小米]]、荣耀也在")
    d.org("小米、[[荣耀]]也在")
    d.date("也在[[9月]]至10月", "2026-09", DG)
    d.date("9月至[[10月]]密集", "2026-10", DG)
    d.org("。[[群智咨询]]的数据")
    d.date("显示，[[10月]]国内手机激活量", "2026-10", "")
    d.metric("激活量[[约2560万台]]", "2560e4", "台", "approx", "")
    d.metric("环比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("售价[[4000元以上]]", 4000, "元", "over", "")
    d.metric("升至[[约38%]]", 38, "%", "approx", "")
    d.date("较[[去年同期]]提高", "2025-10", "")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact", "")
    # P4 双11
    d.date("过去的“[[双11]]”是", "2026-11-11", "")
    d.date("各品牌[[四季度]]冲量", "2026-Q4", "")
    d.org("。[[京东]]数据显示")
    d.date("显示，“[[双11]]”期间", "2026-11-11", "")
    d.metric("增长[[超过40%]]", 40, "%", "over", "")
    d.metric("订单占比[[约六成]]", 60, "%", "approx", "")
    d.org("。[[天猫]]方面")
    d.date("截至[[11月11日]]，", "2026-11-11", "")
    d.metric("共有[[18个]]手机", 18, "个", "exact", "")
    d.metric("成交额[[超过1亿元]]", "1e8", "元", "over", "")
    d.org("。[[美团闪购]]数据")
    d.date("显示，“[[双11]]”当天", "2026-11-11", BJ)
    d.date("“双11”[[当天]]平台", "2026-11-11", BJ)
    d.metric("同比增长[[约70%]]", 70, "%", "approx", BJ)
    d.city("，[[北京]]、上海、广州三地")
    d.city("北京、[[上海]]、广州三地")
    d.city("北京、上海、[[广州]]三地")
    d.metric("合计[[约22%]]", 22, "%", "approx", GZ)
    d.org("。[[拼多多]]和抖音")
    d.org("拼多多和[[抖音]]也")
    d.org("，[[抖音]]平台手机直播")
    d.metric("同比增长[[约56%]]", 56, "%", "approx", "")
    d.org("。[[苏宁易购]]则表示")
    d.date("门店[[11月1日]]至11日", "2026-11-01", "")
    d.date("11月1日至[[11日]]的", "2026-11-11", "")
    d.metric("同比增长[[32%]]", 32, "%", "exact", "")
    d.metric("订单占比[[超过三成]]", 30, "%", "over", "")
    # P5 the national subsidy
    d.org("，[[商务部]]、国家发展改革委")
    d.org("、[[国家发展改革委]]、财政部")
    d.org("、[[财政部]]今年")
    d.date("财政部[[今年]]继续", Y, "")
    d.metric("售价[[6000元以下]]", 6000, "元", "under", "")
    d.metric("售价的[[15%]]给予", 15, "%", "exact", "")
    d.metric("最高补贴[[500元]]", 500, "元", "exact", "")
    d.org("。[[商务部]]数据显示")
    d.date("截至[[10月31日]]，全国", "2026-10-31", "")
    d.metric("已有[[约7800万名]]", "7800e4", "名", "approx", "")
    d.metric("销售额[[约2780亿元]]", "2780e8", "元", "approx", "")
    # P6 the cities' top-ups
    d.org("。[[上海市商务委]]本月")
    d.date("商务委[[本月]]宣布", "2026-11", SH)
    d.date("宣布，[[11月15日]]至12月31日", "2026-11-15", SH)
    d.date("至[[12月31日]]，消费者", "2026-12-31", SH)
    d.city("消费者在[[上海]]购买")
    d.metric("最高[[300元]]的补贴", 300, "元", "exact", SH)
    d.metric("首批资金[[2亿元]]", "2e8", "元", "exact", SH)
    d.org("；[[深圳市商务局]]联合")
    d.date("消费券，[[10月]]全市", "2026-10", "")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", "")
    d.city("。[[广州]]、成都和武汉")
    d.city("广州、[[成都]]和武汉")
    d.city("成都和[[武汉]]上月")
    d.date("武汉[[上月]]的手机", "2026-10", WH)
    d.metric("分别为[[86万件]]", "86e4", "件", "exact", WH)
    d.metric("、[[72万件]]和", "72e4", "件", "exact", WH)
    d.metric("和[[65万件]]，重庆", "65e4", "件", "exact", WH)
    d.city("，[[重庆]]、西安")
    d.city("重庆、[[西安]]、郑州")
    d.city("西安、[[郑州]]、长沙")
    d.city("郑州、[[长沙]]等地")
    d.date("也将在[[12月]]追加", "2026-12", CS)
    d.org("。[[杭州市商务局]]表示")
    d.city("表示，[[杭州]]自今年")
    d.date("杭州自[[今年3月]]起", "2026-03", HZ)
    d.date("截至[[上周五]]已", "2026-11-13", HZ)
    d.metric("销售[[约4.3万副]]", "4.3e4", "副", "approx", HZ)
    # P7 the makers
    d.org("，[[小米集团]]将于")
    d.date("将于[[本月下旬]]发布", "2026-11", "")
    d.date("发布[[第三季度]]业绩", "2026-Q3", "")
    d.org("。[[群智咨询]]测算")
    d.org("测算，[[小米]]三季度")
    d.date("小米[[三季度]]全球", "2026-Q3", "")
    d.metric("出货量[[约4320万台]]", "4320e4", "台", "approx", "")
    d.metric("同比增长[[约3%]]", 3, "%", "approx", "")
    d.metric("大陆市场[[约1150万台]]", "1150e4", "台", "approx", "")
    d.org("。[[荣耀]]日前")
    d.date("表示，[[今年前三季度]]其", Y, "")
    d.metric("同比增长[[约9%]]", 9, "%", "approx", "")
    d.metric("首次[[超过五成]]", 50, "%", "over", "")
    d.org("。[[深圳传音控股股份有限公司]]（")
    d.org("简称“[[传音控股]]”")
    d.date("”）[[10月底]]披露", "2026-10", "")
    d.date("公司[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约486.2亿元]]", "486.2e8", "元", "approx", "")
    d.metric("同比下降[[2.4%]]", "2.4", "%", "exact", "")
    d.city("尼日利亚[[拉各斯]]")
    d.city("肯尼亚[[内罗毕]]")
    d.metric("已[[超过120个]]", 120, "个", "over", "内罗毕")
    # P8 costs
    d.org("。[[集邦咨询]]预计")
    d.date("预计，[[四季度]]移动", "2026-Q4", "")
    d.metric("环比上涨[[13%]]至", 13, "%", "exact", "")
    d.metric("13%至[[18%]]", 18, "%", "exact", "")
    d.metric("涨幅在[[100元]]至", 100, "元", "exact", "")
    d.metric("100元至[[300元]]之间", 300, "元", "exact", "")
    d.org("。[[高通]]和联发科")
    d.org("高通和[[联发科]]的")
    d.org("；[[京东方]]等面板")
    d.date("其[[前三季度]]柔性", Y, "")
    d.metric("出货量[[约1.1亿片]]", "1.1e8", "片", "approx", "")
    d.metric("同比增长[[约15%]]", 15, "%", "approx", "")
    # P9 retail, exports, channels
    d.org("，[[国家统计局]]数据")
    d.date("显示，[[10月]]全国通讯", "2026-10", "")
    d.metric("同比增长[[16.3%]]", "16.3", "%", "exact", "")
    d.date("，[[今年前10个月]]累计增长", Y, "")
    d.metric("累计增长[[19.1%]]", "19.1", "%", "exact", "")
    d.org("。[[海关总署]]数据")
    d.date("显示，[[今年前10个月]]我国", Y, "")
    d.metric("出口手机[[约6.3亿台]]", "6.3e8", "台", "approx", "")
    d.metric("同比下降[[1.8%]]", "1.8", "%", "exact", "")
    d.org("分销商[[爱施德]]相关")
    d.date("表示，[[11月]]以来", "2026-11", SZ)
    d.city("机型在[[深圳]]的批发价")
    d.metric("下降了[[200元左右]]", 200, "元", "approx", SZ)
    # P10 the outlook
    d.date("展望[[年末]]，", Y, "")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[四季度]]国内", "2026-Q4", "")
    d.metric("有望达到[[7900万台左右]]", "7900e4", "台", "approx", "")
    d.metric("同比增长[[3%]]至4%", 3, "%", "exact", "")
    d.metric("3%至[[4%]]。", 4, "%", "exact", "")
    d.org("。[[IDC中国]]研究经理")
    d.date("表示，[[明年]]国补", NY, "")
    d.date("影响[[2027年一季度]]市场", "2027-Q1", "")
    audit = {
        "orgs": ["中国信息通信研究院", "中国信通院", "IDC", "华为", "vivo",
                 "苹果", "小米", "OPPO", "荣耀", "Counterpoint", "群智咨询",
                 "京东", "天猫", "美团闪购", "拼多多", "抖音", "苏宁易购",
                 "商务部", "国家发展改革委", "财政部", "上海市商务委",
                 "深圳市商务局", "杭州市商务局", "小米集团",
                 "深圳传音控股股份有限公司", "传音控股", "集邦咨询", "高通",
                 "联发科", "京东方", "国家统计局", "海关总署", "爱施德",
                 "IDC中国"],
        "cities": ["深圳", "东莞", "北京", "上海", "广州", "成都", "武汉",
                   "重庆", "西安", "郑州", "长沙", "杭州", "拉各斯", "内罗毕",
                   "全国", "全市", "多地", "各地", "城市", "本市", "国内",
                   "尼日利亚", "肯尼亚", "大陆", "我国"],
        "excluded": [
            # 全国 (x2), 全市 (deictic), 多地 (x2), 国内 (x7), the countries
            # 尼日利亚 and 肯尼亚 before their cities, 中国大陆, 我国;
            # 深圳, 上海, 杭州 stand elsewhere only inside ORGs
            # (深圳市商务局, 深圳传音控股股份有限公司, 上海市商务委,
            # 杭州市商务局)
            "，[[全国]]已有", "10月[[全国]]通讯", "10月[[全市]]手机",
            " [[多地]]加码", "\n\n[[多地]]还在",
            "月[[国内]]手机出货量2", "年10月[[国内]]市场", "，[[国内]]市场手机累计",
            "前10个月[[国内]]上市", "10月[[国内]]手机激活量", "其[[国内]]出货量",
            "，四季度[[国内]]手机",
            "在[[尼日利亚]]拉各斯", "、[[肯尼亚]]内罗毕", "中国[[大陆]]市场",
            "10个月[[我国]]出口",
        ],
        # 5G (x1: a technology name, SPEC)
        "numbers_excluded": ["[[5G]]手机"],
        # 新一代 (a new generation, no figure), 三地 (a collective label
        # after its list, SPEC 两地)
        "cn_excluded": ["新[[一]]代", "广州[[三]]地"],
        # iPhone and Mate (products after their makers), DRAM and OLED (x2:
        # technologies)
        "latin_excluded": ["新款[[iPhone]]", "华为[[Mate]]系列", "移动[[DRAM]]合约",
                           "受益于[[OLED]]屏幕", "柔性[[OLED]]出货"],
        # time words that are no DATE: 年度 (年度旗舰: a yearly flagship),
        # 节点 (a node), 日前 (vague), 全年 (with no year of its own), 同期
        # and 当天 only inside rows
        "words_excluded": {"年度": 1, "节点": 1, "日前": 1, "全年": 1,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 公司 (公司前三季度: 传音控股 read
        # back); 商务局, 商务委, 总署, 集团, 咨询 and 研究院 only inside ORGs
        "orgwords_excluded": {"公司": 1, "商务局": 0, "商务委": 0, "总署": 0,
                              "集团": 0, "咨询": 0, "研究院": 0,
                              "统计局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g166 Macao's convention and exhibition (MICE) industry, November 2026:
# 統計局's third-quarter MICE statistics (meetings, exhibitions, incentives;
# the first three quarters; October's hotel occupancy and 國慶), 經科局's
# new companies, 投促局's MIF of October with its sister fairs (venue,
# exhibitors, visitors, deals), the buyers' cities (廣州, 深圳, 珠海, 中山,
# 江門, 北京, 上海, 成都, 杭州; 里斯本, 聖保羅, 羅安達, 新加坡, 吉隆坡,
# 曼谷) and 投促局's subsidies, the integrated resorts' venues (金沙中國,
# 銀河娛樂集團, 新濠博亞娛樂, 永利澳門, 美高梅中國, 澳娛綜合), ICCA's ranking
# (香港, 新加坡, 曼谷) and UFI, the organisers (英富曼, 勵展博覽集團),
# policy (經濟財政司, 特區政府, 商務部's summit, 中國貿促會, 廣東省商務廳),
# the calendar (the motor show, MIECF; CAM, 澳門國際機場, 澳航's routes to
# 杭州 and 福州; 旅遊局's holiday forecast) and the trade's views (the MICE
# association, universities, 中總, 廠商會) and the outlook.  Traditional as
# Macao writes it (按年, 公佈, 首三季, 第三季, 首10個月, 明年首季, 本澳,
# 項, 元 for patacas), UTF-16 LE with BOM, 2026-11-20 (a Friday, ISO week
# 2026-W47), 澳門日報; 【本報消息】 opens the first paragraph (本報 names no
# outlet).  昨日 2026-11-19; 上周 2026-W46; 上月 2026-10; 下月 2026-12;
# 本月下旬 2026-11; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦 2027-01-01;
# 明年農曆新年 2027-02-06; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g166():
    d = Doc(G166)
    Y, LY, NY = "2026", "2025", "2027"
    MO, GZ, BKK, HZ = "澳门", "广州市", "曼谷", "杭州市"
    # title (a heading that opens with 首三季: no city section, no CITY)
    d.date("[[首三季]]會展活動", Y, "")
    d.metric("會展活動[[逾千項]] ", 1000, "项", "over", "")
    d.metric("按年增[[兩成]]\n", 20, "%", "exact", "")
    # P1 統計局's MICE statistics (【本報消息】: no outlet named)
    d.org("】[[統計暨普查局]]（")
    d.org("普查局（[[統計局]]）")
    d.date("）[[昨日]]公佈", "2026-11-19", "")
    d.date("公佈，[[今年第三季]]本澳", "2026-Q3", "")
    d.metric("會展活動[[386項]]", 386, "项", "exact", "")
    d.metric("按年增加[[41項]]", 41, "项", "exact", "")
    d.metric("觀眾[[約58.6萬人次]]", "58.6e4", "人次", "approx", "")
    d.metric("按年上升[[14.2%]]", "14.2", "%", "exact", "")
    d.metric("會議[[342項]]", 342, "项", "exact", "")
    d.metric("與會者[[約6.9萬人次]]", "6.9e4", "人次", "approx", "")
    d.metric("展覽[[29項]]", 29, "项", "exact", "")
    d.metric("觀眾[[約47.3萬人次]]", "47.3e4", "人次", "approx", "")
    d.metric("獎勵活動[[15項]]", 15, "项", "exact", "")
    d.metric("參加者[[約4.4萬人次]]", "4.4e4", "人次", "approx", "")
    d.date("。[[今年首三季]]累計", Y, "")
    d.metric("會展活動[[1,072項]]", 1072, "项", "exact", "")
    d.metric("按年增加[[約9%]]，與會者", 9, "%", "approx", "")
    d.metric("觀眾[[約156萬人次]]", "156e4", "人次", "approx", "")
    d.metric("國際會議[[128項]]", 128, "项", "exact", "")
    d.metric("按年增加[[約20%]]", 20, "%", "approx", "")
    d.org("。[[統計局]]同時")
    d.date("指出，[[10月]]本澳", "2026-10", "")
    d.metric("入住率為[[91.3%]]", "91.3", "%", "exact", "")
    d.metric("按年上升[[2.6個百分點]]", "2.6", "百分点", "exact", "")
    d.date("，[[國慶]]黃金周", "2026-10-01", "")
    d.org("。[[經濟及科技發展局]]（")
    d.org("發展局（[[經科局]]）")
    d.date("表示，[[今年首10個月]]新成立", Y, "")
    d.metric("服務公司[[約160間]]", 160, "间", "approx", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    # P2 投促局's MIF and its sister fairs
    d.org("\n\n[[澳門招商投資促進局]]（")
    d.org("促進局（[[投促局]]）")
    d.date("表示，[[10月22日]]至24日", "2026-10-22", MO)
    d.date("10月22日至[[24日]]舉行", "2026-10-24", MO)
    d.city("第31屆[[澳門]]國際貿易")
    d.city("、[[澳門]]國際品牌")
    d.metric("總面積[[約5.2萬平方米]]", "5.2e4", "平方米", "approx", MO)
    d.metric("設展位[[約2,600個]]", 2600, "个", "approx", MO)
    d.metric("來自[[56個]]國家", 56, "个", "exact", MO)
    d.metric("地區的[[約1,700家]]", 1700, "家", "approx", MO)
    d.metric("觀眾[[約18.3萬人次]]", "18.3e4", "人次", "approx", MO)
    d.metric("按年增長[[約7%]]", 7, "%", "approx", MO)
    d.metric("配對活動[[逾4,100場]]", 4100, "场", "over", "")
    d.metric("合作項目[[92個]]", 92, "个", "exact", "")
    d.metric("涉及金額[[約168億元]]", "168e8", "元", "approx", "")
    d.date("較[[去年]]增加", LY, "")
    d.metric("增加[[約1.2倍]]", "1.2", "倍", "approx", "")
    # P3 the buyers' cities, 投促局's subsidies
    d.org("\n\n[[投促局]]數據顯示")
    d.date("顯示，[[今年]]MIF", Y, GZ)
    d.metric("專業買家[[約1.2萬人次]]", "1.2e4", "人次", "approx", GZ)
    d.metric("其中[[約六成]]來自", 60, "%", "approx", GZ)
    d.city("主要為[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("中山、[[江門]]等大灣區")
    d.city("以及[[北京]]、上海、成都")
    d.city("北京、[[上海]]、成都")
    d.city("上海、[[成都]]、杭州")
    d.city("成都、[[杭州]]；")
    d.city("葡萄牙[[里斯本]]")
    d.city("巴西[[聖保羅]]")
    d.city("安哥拉[[羅安達]]")
    d.city("以及[[新加坡]]、吉隆坡")
    d.city("新加坡、[[吉隆坡]]、曼谷等地")
    d.city("吉隆坡、[[曼谷]]等地")
    d.org("。[[投促局]]今年首10個月")
    d.date("投促局[[今年首10個月]]共資助", Y, "")
    d.metric("會展項目[[213個]]", 213, "个", "exact", "")
    d.metric("資助金額[[約1.08億元]]", "1.08e8", "元", "approx", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    # P4 the integrated resorts
    d.org("，[[金沙中國]]表示")
    d.date("設施[[今年首三季]]接待", Y, "")
    d.metric("會展活動[[約210項]]", 210, "项", "approx", "")
    d.metric("按年增加[[18%]]", 18, "%", "exact", "")
    d.org("；[[銀河娛樂集團]]旗下")
    d.date("會議中心[[今年]]以來", Y, "")
    d.metric("宴會[[逾380場]]", 380, "场", "over", "")
    d.org("；[[新濠博亞娛樂]]旗下")
    d.date("新濠天地[[上月]]接待", "2026-10", "")
    d.metric("接待[[約6,000人]]", 6000, "人", "approx", "")
    d.org("。[[金沙中國]]並透露")
    d.date("酒店[[明年首季]]的", "2027-Q1", "")
    d.metric("按年增長[[約25%]]", 25, "%", "approx", "")
    d.org("。[[永利澳門]]、")
    d.org("、[[美高梅中國]]及")
    d.org("及[[澳娛綜合]]亦")
    d.date("企業[[明年]]計劃", NY, "")
    d.metric("投入[[約25億元]]", "25e8", "元", "approx", "")
    # P5 ICCA's ranking, UFI
    d.org("，[[國際大會及會議協會]]（")
    d.org("（[[ICCA]]）")
    d.date("）[[今年5月]]公佈", "2026-05", MO)
    d.city("顯示，[[澳門]]2025年")
    d.date("澳門[[2025年]]共舉辦", "2025", MO)
    d.metric("協會會議[[48個]]", 48, "个", "exact", MO)
    d.date("較[[2024年]]增加", "2024", MO)
    d.metric("增加[[11個]]", 11, "个", "exact", MO)
    d.city("；[[香港]]、新加坡及曼谷")
    d.city("香港、[[新加坡]]及曼谷")
    d.city("新加坡及[[曼谷]]分別")
    d.metric("分別為[[102個]]", 102, "个", "exact", BKK)
    d.metric("、[[139個]]及", 139, "个", "exact", BKK)
    d.metric("及[[95個]]。", 95, "个", "exact", BKK)
    d.org("。[[國際展覽業協會]]（")
    d.org("（[[UFI]]）")
    d.metric("增至[[12個]]", 12, "个", "exact", "")
    # P6 the organisers
    d.org("，[[英富曼]]及勵展")
    d.org("及[[勵展博覽集團]]等")
    d.city("引入[[澳門]]。")
    d.org("。[[英富曼]]上周")
    d.date("英富曼[[上周]]在本澳", "2026-W46", "")
    d.metric("吸引買家[[約3,500名]]", 3500, "名", "approx", "")
    d.org("，[[勵展博覽集團]]則計劃")
    d.date("計劃[[明年3月]]在本澳", "2027-03", "")
    # P7 policy
    d.org("，[[經濟財政司]]司長")
    d.date("司長[[昨日]]出席", "2026-11-19", "")
    d.org("，[[特區政府]]明年將")
    d.date("特區政府[[明年]]將優化", NY, "")
    d.date("會展業[[今年]]為本澳", Y, "")
    d.metric("經濟效益[[約45億元]]", "45e8", "元", "approx", "")
    d.org("。[[商務部]]與特區政府")
    d.org("商務部與[[特區政府]]今年")
    d.date("特區政府[[今年6月]]在澳門", "2026-06", MO)
    d.city("今年6月在[[澳門]]合辦")
    d.metric("吸引[[約3,200名]]", 3200, "名", "approx", MO)
    d.org("；[[中國國際貿易促進委員會]]（")
    d.org("委員會（[[中國貿促會]]）")
    d.org("亦與[[投促局]]簽署")
    d.date("協議，[[明年]]起組織", NY, "")
    d.metric("組織[[逾20個]]", 20, "个", "over", "")
    d.org("。[[廣東省商務廳]]亦表示")
    d.date("亦表示，[[明年]]將與投促局", NY, GZ)
    d.org("將與[[投促局]]在廣州")
    d.city("在[[廣州]]、深圳輪流")
    d.city("廣州、[[深圳]]輪流")
    # P8 the calendar, air links, holidays
    d.date("方面，[[12月3日]]至6日", "2026-12-03", MO)
    d.date("12月3日至[[6日]]，", "2026-12-06", MO)
    d.city("至6日，[[澳門]]國際汽車")
    d.metric("入場觀眾[[約20萬人次]]", "20e4", "人次", "approx", MO)
    d.date("；[[明年4月]]舉行", "2027-04", MO)
    d.city("舉行的[[澳門]]國際環保")
    d.org("。[[澳門國際機場專營股份有限公司]]（")
    d.org("（[[CAM]]）")
    d.date("表示，[[10月]]澳門國際機場", "2026-10", "")
    d.org("10月[[澳門國際機場]]旅客量")
    d.metric("旅客量[[約78萬人次]]", "78e4", "人次", "approx", "")
    d.metric("按年增長[[約9%]]", 9, "%", "approx", "")
    d.org("；[[澳門航空]]（")
    d.org("（[[澳航]]）")
    d.date("將於[[下月]]起", "2026-12", HZ)
    d.city("往返[[杭州]]、福州")
    d.city("杭州、[[福州]]的航班")
    d.org("。[[旅遊局]]預計")
    d.date("預計，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("按年增加[[約10%]]", 10, "%", "approx", "")
    d.date("酒店[[本月下旬]]至", "2026-11", "")
    d.date("至[[明年1月]]的", "2027-01", "")
    # P9 the trade's views, the outlook
    d.org("，[[澳門會議展覽業協會]]表示")
    d.metric("從業員[[約1.1萬人]]", "1.1e4", "人", "approx", "")
    d.date("，[[明年]]或需", NY, "")
    d.metric("增聘[[約800人]]", 800, "人", "approx", "")
    d.org("。[[澳門旅遊大學]]及")
    d.org("及[[澳門城市大學]]今年")
    d.date("城市大學[[今年]]共開辦", Y, "")
    d.metric("相關課程[[12個]]", 12, "个", "exact", "")
    d.metric("培訓學員[[逾900人次]]", 900, "人次", "over", "")
    d.org("；[[澳門大學]]一項")
    d.metric("旅客的[[約2.3倍]]", "2.3", "倍", "approx", "")
    d.org("。[[澳門中華總商會]]及")
    d.org("及[[澳門廠商聯合會]]則")
    d.org("，[[投促局]]可在")
    d.date("可在[[明年農曆新年]]後", "2027-02-06", "")
    d.date("展望[[明年]]，業界", NY, "")
    d.date("恢復至[[2019年]]約", "2019", "")
    d.metric("2019年[[約1,500項]]", 1500, "项", "approx", "")
    d.metric("有望[[突破200萬人次]]", "200e4", "人次", "over", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "香港", "廣州", "深圳", "珠海", "中山",
                   "江門", "北京", "上海", "成都", "杭州", "福州", "里斯本",
                   "聖保羅", "羅安達", "新加坡", "吉隆坡", "曼谷", "內地",
                   "大灣區", "亞太", "亞洲", "路氹", "葡萄牙", "巴西",
                   "安哥拉", "東亞", "城市", "粵澳"],
        "excluded": [
            # 本澳 (x10, deictic); 內地 (x4), 大灣區 (x2), 亞太區, 亞洲區,
            # 東亞 (regions); 路氹 (Cotai, reclaimed land between islands);
            # the countries 葡萄牙, 巴西, 安哥拉 before their cities; 城市
            # (大灣區城市, 亞太區城市); 粵澳 (abbreviations in an event's
            # name); 澳門 stands elsewhere only inside ORGs
            "第三季[[本澳]]共", "10月[[本澳]]酒店", "認證的[[本澳]]展會",
            "上周在[[本澳]]舉辦", "明年3月在[[本澳]]新辦", "今年為[[本澳]]帶來",
            "參加[[本澳]]展會", "，[[本澳]]會展業人手", "組織[[本澳]]企業",
            "預計[[本澳]]會展活動",
            "來自[[內地]]，", "方便[[內地]]商務", "赴[[內地]]及",
            "江門等[[大灣區]]城市", "更多[[大灣區]]企業", "在[[亞太]]區",
            "把[[亞洲]]區展會", "在[[東亞]]運動會", "同期在[[路氹]]金光",
            "來自[[葡萄牙]]里斯本", "、[[巴西]]聖保羅", "、[[安哥拉]]羅安達",
            "大灣區[[城市]]，", "亞太區[[城市]]中", "舉辦[[粵澳]]名優",
            "逾20個[[內地]]企業",
        ],
        # 第31屆 (an edition, an ordinal), 第14位 (a rank, an ordinal)
        "numbers_excluded": ["第[[31]]屆", "排名第[[14]]位"],
        # 三展 (the three fairs: a collective label), 一項 (一 before a
        # measure word: indefinite), 一般 (ordinary)
        "cn_excluded": ["[[三]]展期間", "大學[[一]]項", "相當於[[一]]般"],
        # MIF (x2) and MIECF: the fairs' Latin names (events)
        "latin_excluded": ["（[[MIF]]）", "今年[[MIF]]的", "（[[MIECF]]）"],
        # time words that are no DATE: 按年 (x13, year-on-year), 黃金周
        # (after 國慶, outside the span), 近年 (vague), 同期 (同期在路氹:
        # at the same time, no period), 新濠天地 (a resort: no DATE, and no
        # ORG, GUIDELINES)
        "words_excluded": {"按年": 13, "黃金周": 1, "近年": 1, "同期": 1,
                           "新濠天地": 1, "當天": 0, "全年": 0},
        # generic heads outside ORG rows: 公司 (相關服務公司: a kind), 機構
        # (x2: 主辦機構方面, 國際主辦機構), 協會 (國際協會會議: a kind of
        # meeting); 大學, 政府, 委員會, 商會 and 聯合會 only inside ORGs
        "orgwords_excluded": {"公司": 1, "機構": 2, "協會": 1, "大學": 0,
                              "政府": 0, "委員會": 0, "商會": 0,
                              "聯合會": 0},
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
