#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g163_city_gdp_first_three_quarters and g164_hk_public_housing_waiting_list
(annotator OB).

Adapted from the precedent set's tools/annotate_pb.py (now dev/tools/annotate_g157_g158.py; copied and the data
changed; it keeps the checks of annotate_pb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s (and the whole simplified article), audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule asserted against my hand value on
every DATE/METRIC row, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date (上周五
and 本周四 to the day of their week), the bare-day month rule, 当天/同日
repeating the latest day, 去年同期 a year before its sentence's period,
上月 as a baseline after a comparison word, the 上季 check, the range
check, the 约占 check, the declared shared unit, the hand-declared
organizations of each article, the bracketed-day check, a marker right
before a METRIC span declared and setting its qualifier, 约为 before a span
declared as a separated marker, a suffix marker inside its span, the
precision a DATE span writes, the narrowest codec, the Hong Kong checks on
the decoded text, and the OpenCC check that a traditional article holds no
simplified character), with annotate_pc.py's GBK block (the declared
character outside GB2312, GB2312 byte for byte elsewhere, gbk/cp936/gb18030
reading the file alike, the Big5 family failing or reading another text)
in place of annotate_pb.py's GB18030 block, and a Big5-HKSCS block in place
of its UTF-16 block.  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded:

- g163 is simplified (mainland, 21世纪经济报道, 2026-11-16), stored as GBK
  without a BOM.  Its byline 21世纪经济报道记者 赵喆 广州报道 stands on
  its own line under the title; the reporter's given name 喆 (U+5586, GBK
  86 B4) is outside GB2312, so Python's gb2312 fails on the file while gbk,
  cp936 and gb18030 read it alike; every other character is GB2312.  喆
  lies in no span.  OpenCC t2s leaves the article unchanged.
- g164 is traditional (Hong Kong, 星島日報, 2026-11-24), stored as
  Big5-HKSCS without a BOM.  Every non-ASCII character is two bytes; four
  are outside plain Big5: 恒 (U+6052, in the ORGs 恒基地產 and 恒生銀行;
  cp950 holds it at the same bytes F9 DA), 滙 (U+6ED9, in the ORG 滙豐),
  劏 (U+528F, of 劏房, in no span) and 邨 (U+90A8, of the estates 華富邨
  and 石硤尾邨, in no span); cp950 lacks the last three, so Python's big5
  and cp950 fail on the file and big5hkscs reads it.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho29/precedent: README, NOTES_pa/pb/pc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g163_g164.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_pb.py: a GBK article (annotate_pc.py's block) in
place of the GB18030 one; a Big5-HKSCS file in place of the UTF-16 BE one
(plain Big5 and cp950 fail on it, the GB codecs, UTF-8 and UTF-16 fail or
read another text, every line without a declared character is plain Big5
byte for byte, no code point comes from a two-code-point HKSCS sequence);
Latin words counted like time words (GDP); holidays 国庆, 双11, 聖誕,
元旦, 明年農曆新年; units 座, 席, 元, %, 辆, 百分点, 人次 (g163) and 宗,
年, 伙, 个, 元, %, 公顷, 幅, 倍, 份, 方呎, 套, 户, 人 (g164).
Re-run (from anywhere):

    python3 dev/tools/annotate_g163_g164.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata
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
G163 = "g163_city_gdp_first_three_quarters"
G164 = "g164_hk_public_housing_waiting_list"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G163: ("gbk", b"", False, "2026-11-16", "21世纪经济报道"),
    G164: ("big5hkscs", b"", True, "2026-11-24", "星島日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G163: [], G164: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 喆 of the reporter's name (in no span; on the
# byline line)
OUTSIDE_GB2312 = {G163: {"喆": b"\x86\xb4"}}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS has
# them), with their Big5-HKSCS bytes: 恒 (cp950 holds it at the same
# bytes), 滙, 劏 and 邨 (cp950 lacks them)
OUTSIDE_BIG5 = {G164: {"恒": b"\xf9\xda", "滙": b"\xfa\xc0",
                       "劏": b"\x9b\xd3", "邨": b"\x90\x68"}}
CP950_ALIKE = {G164: ["恒"]}
# the declared characters that stand inside an ORG row (every occurrence
# inside a row whose text is declared); the others lie in no span
IN_ORG_SPAN = {G164: {"恒": ("恒基地產", "恒生銀行"), "滙": ("滙豐",)}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 房屋局, 房屋署, 發展局, 立法會 …, are ORGs
# in a text that names the region at least twice)
HONGKONG = {G164}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them (伙 of 萬伙, Hong Kong's word for flats; 恒 of 恒基地產 and
# 恒生銀行; 涌 of 東涌)
S2T_ALLOWED = {G164: {"伙", "恒", "涌"}}
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
                   "钱转账码宝腾讯蚂蚁联达过记录费骗损盗争议"
                   "单认购偿聪")
# Holidays the articles name, by their exact span (2025-2027): g163
# (mainland, 2026-11-16): 国庆 2026-10-01 (国庆假期, the one just past; the
# sentence states no year), 双11 2026-11-11 (five days before, the
# occurrence nearest the reference date); g164 (Hong Kong, 2026-11-24):
# 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming ones), 明年農曆新年
# 2027-02-06 (明年 inside the span; 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "双11": "2026-11-11",
    "聖誕": "2026-12-25", "元旦": "2027-01-01", "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, and a table of lunar days (正月初一, as the precedents
# checked them with lunardate for 2025-2027)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}
COMPUTED_DAYS = {}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g163 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 广州, 深圳 (广东), 苏州, 南京, 徐州 (江苏), 成都 (四川), 杭州, 温州
    # (浙江), 武汉 (湖北), 大连 (辽宁), 合肥 (安徽), 西安 (陕西), 长沙
    # (湖南), 郑州 (河南))
    "广州": "广州市", "上海": "上海市", "北京": "北京市", "深圳": "深圳市",
    "重庆": "重庆市", "苏州": "苏州市", "成都": "成都市", "杭州": "杭州市",
    "武汉": "武汉市", "南京": "南京市", "徐州": "徐州市", "大连": "大连市",
    "温州": "温州市", "合肥": "合肥市", "西安": "西安市", "长沙": "长沙市",
    "郑州": "郑州市",
    # g164 (traditional spans; 香港 and 澳門 by their common names; mainland
    # cities by their full simplified names (深圳, 珠海, 中山, 惠州 and 佛山
    # are written alike; 東莞 -> 东莞市, 廣州 -> 广州市); 新加坡, 東京,
    # 倫敦 foreign, by their mainland names)
    "香港": "香港", "澳門": "澳门", "東莞": "东莞市", "中山": "中山市",
    "珠海": "珠海市", "惠州": "惠州市", "佛山": "佛山市", "廣州": "广州市",
    "新加坡": "新加坡", "東京": "东京", "倫敦": "伦敦",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "东京", "伦敦"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "房屋委員會": "房屋委员会", "房委會": "房委会", "房屋局": "房屋局",
    "特區政府": "特区政府", "香港房屋協會": "香港房屋协会", "房協": "房协",
    "房屋署": "房屋署", "立法會房屋事務委員會": "立法会房屋事务委员会",
    "中國建築國際": "中国建筑国际", "有利建築": "有利建筑",
    "新福港": "新福港", "瑞安建業": "瑞安建业", "建造業議會": "建造业议会",
    "新鴻基地產": "新鸿基地产", "新地": "新地", "恒基地產": "恒基地产",
    "長實集團": "长实集团", "新世界發展": "新世界发展",
    "信和置業": "信和置业", "發展局": "发展局", "地政總署": "地政总署",
    "規劃署": "规划署", "土木工程拓展署": "土木工程拓展署",
    "香港社會服務聯會": "香港社会服务联会", "社聯": "社联",
    "滙豐": "汇丰", "中銀香港": "中银香港", "恒生銀行": "恒生银行",
    "中原地產": "中原地产", "美聯物業": "美联物业",
    "深圳市住房和建設局": "深圳市住房和建设局",
    "建屋發展局": "建屋发展局", "香港社區組織協會": "香港社区组织协会",
    "社協": "社协", "政府統計處": "政府统计处",
    "香港大學房地產及建設系": "香港大学房地产及建设系",
    "民建聯": "民建联", "工聯會": "工联会", "團結香港基金": "团结香港基金",
    "房委會資助房屋小組委員會": "房委会资助房屋小组委员会",
    "利嘉閣": "利嘉阁", "差餉物業估價署": "差饷物业估价署",
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
        # Big5 (new in annotate_rc.py; g163 is declared GBK, which GB2312
        # fails on, below)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gbk":        # GBK proper (annotate_pc.py's block): the
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
        if enc == "big5hkscs":  # Big5-HKSCS proper (new here): plain Big5
            # fails on the file (above) and so does cp950, Taiwan's Big5,
            # which lacks the declared 滙, 劏 and 邨
            assert not decodes(raw, "cp950"), (doc_id, "cp950")
            declared = OUTSIDE_BIG5[doc_id]
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code and code in raw, (doc_id, c)
            # every non-ASCII character is two bytes, and none comes from
            # one of the HKSCS codes that decode to two code points (a
            # letter and a combining mark): code points = characters
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not any(unicodedata.combining(c) for c in self.text)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # the GB codecs, UTF-8 and UTF-16 fail or read another text
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # every line without a declared character is plain Big5, byte
            # for byte (and cp950 alike)
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert line.encode("big5") == line.encode(enc), line
                    assert line.encode("cp950") == line.encode(enc), line
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id  # GBK
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_rb.py's checks,
            # applied to the decoded text): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            # Hong Kong's, not Taiwan's: at least one declared character is
            # outside cp950 too; those cp950 holds are declared and have the
            # same two bytes there (恒: ETEN F9 DA)
            alike = CP950_ALIKE.get(doc_id, [])
            assert any(not enc_ok(c, "cp950") for c in outside), doc_id
            for c in outside:
                if c in alike:
                    assert c.encode("cp950") == c.encode("big5hkscs"), c
                else:
                    assert not enc_ok(c, "cp950"), c
            # each is two bytes in Big5-HKSCS, like every other non-ASCII
            # character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # the declared characters stand inside the ORG rows declared
            # for them (checked in check()) or in no span
            self.in_org_span = IN_ORG_SPAN[doc_id]
            assert set(self.in_org_span) <= set(outside), doc_id
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
        else:                   # a mainland or HK text writes no Taiwan
            allowed = MARKER_ALLOWED.get(doc_id, {})  # marker but the
            for w in TAIWAN_MARKERS:                  # declared ones, and
                assert self.text.count(w) == allowed.get(w, 0), (  # no bare
                    doc_id, w)                        # 2-3 digit year
            found = Counter(m.group() for m in re.finditer(   # (except the
                r"(?<![\d.])\d{2,3}年.?", self.text))   # declared labels)
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
# g163 Major cities' GDP in the first three quarters of 2026: 21世纪经济研究院's
# ranking of the ten largest city economies (unchanged from a year before),
# 国家统计局's national figures, the cities one by one with their statistics
# bureaus and the companies behind their industries (上海: 中芯国际, 上汽集团,
# 特斯拉; 北京: 小米集团, 理想汽车, 百度; 深圳: 华为, 比亚迪, 腾讯, 大疆, 深圳
# 海关's October exports; 重庆: 赛力斯, 长安汽车; 广州: 广汽集团, 小鹏汽车;
# 苏州: 亨通集团, 恒力集团; 成都: 京东方, 通威股份; 杭州: 阿里巴巴, 宇树科技,
# 深度求索, 双11; 武汉: 东风汽车, 长江存储; 南京), the trillion-yuan club and
# its candidates (徐州: 徐工集团; 大连; 温州: 正泰集团), the fast central and
# western cities (合肥: 蔚来, 长鑫存储; 西安, 长沙, 郑州; 国庆 visitors in
# 成都 and 西安), analysts (中金公司, 粤开证券研究院, 中国社会科学院工业
# 经济研究所) and the year-end push (广州市人民政府, 深圳市发展和改革委员会,
# 国家统计局's release dates).  Simplified, GBK without BOM, 2026-11-16 (a
# Monday, ISO week 2026-W47), 21世纪经济报道; the byline 21世纪经济报道记者
# 赵喆 广州报道 stands on line 3.  上周五 and 11月13日 2026-11-13; 本月初
# 2026-11; 上月 after 较 in a sentence of 10月 -> 2026-09; 国庆
# 2026-10-01; 双11 2026-11-11; 明年 2027; 去年同期 2025.
# ===========================================================================
@doc
def g163():
    d = Doc(G163)
    Y, LY, NY = "2026", "2025", "2027"
    SH, BJ, SZ, CQ, GZ = "上海市", "北京市", "深圳市", "重庆市", "广州市"
    SUZ, CD, HZ, NJ = "苏州市", "成都市", "杭州市", "南京市"
    WZ, HF, ZZ, XA = "温州市", "合肥市", "郑州市", "西安市"
    # title (a heading that opens with a DATE: no city section, no CITY)
    d.date("[[前三季度]]城市GDP榜单", Y, "")
    d.metric("有望增至[[30座]]\n", 30, "座", "exact", "")
    # byline (a heading that opens with an ORG: no city section)
    d.org("[[21世纪经济报道]]记者 赵喆")
    d.city("赵喆 [[广州]]报道")
    # P1 the ranking
    d.date("陆续发布[[三季度]]经济数据", "2026-Q3", "")
    d.date("，[[2026年前三季度]]城市GDP", Y, "")
    d.org("。[[21世纪经济研究院]]根据")
    d.date("发现，[[今年前三季度]]GDP排名", Y, "")
    d.date("与[[去年同期]]相比没有变化", LY, "")
    d.metric("生产总值[[约23.85万亿元]]", "23.85e12", "元", "approx", "")
    d.metric("比重约为[[22.5%]]", "22.5", "%", "approx", "", sep="约")
    # P2 the national figures
    d.org("，[[国家统计局]]10月20日")
    d.date("国家统计局[[10月20日]]发布", "2026-10-20", "")
    d.date("初步核算，[[前三季度]]国内", Y, "")
    d.metric("国内生产总值为[[1061520亿元]]", "1061520e8", "元", "exact",
             "")
    d.metric("同比增长[[5.0%]]，其中", "5.0", "%", "exact", "")
    d.date("其中[[三季度]]增长4.8%", "2026-Q3", "")
    d.metric("三季度增长[[4.8%]]", "4.8", "%", "exact", "")
    d.metric("已公布数据的[[27座]]万亿元", 27, "座", "exact", "")
    d.metric("有[[16座]]前三季度", 16, "座", "exact", "")
    d.date("16座[[前三季度]]增速", Y, "")
    d.metric("占据其中[[9席]]", 9, "席", "exact", "")
    # P3 上海 and 北京
    d.city("[[上海]]前三季度实现")
    d.date("上海[[前三季度]]实现", Y, SH)
    d.metric("生产总值[[37860.4亿元]]", "37860.4e8", "元", "exact", SH)
    d.metric("同比增长[[5.3%]]，总量", "5.3", "%", "exact", SH)
    d.org("。[[上海市统计局]]数据显示")
    d.date("显示，[[三季度]]全市工业", "2026-Q3", "")
    d.metric("同比增长[[9.6%]]", "9.6", "%", "exact", "")
    d.metric("规模合计[[超过1.3万亿元]]", "1.3e12", "元", "over", "")
    d.org("。[[中芯国际]]、上汽集团")
    d.org("、[[上汽集团]]等龙头")
    d.org("，[[特斯拉]]超级工厂")
    d.date("超级工厂[[前三季度]]交付", Y, "")
    d.metric("交付整车[[约68万辆]]", "68e4", "辆", "approx", "")
    d.metric("出口占比[[约四成]]", 40, "%", "approx", "")
    d.city("。[[北京]]以36124.6亿元")
    d.metric("北京以[[36124.6亿元]]", "36124.6e8", "元", "exact", BJ)
    d.metric("同比增长[[5.4%]]，与上海", "5.4", "%", "exact", BJ)
    d.city("与[[上海]]的差距缩小")
    d.metric("缩小至[[1735.8亿元]]", "1735.8e8", "元", "exact", SH)
    d.org("。[[北京市统计局]]表示")
    d.metric("同比增长[[10.2%]]", "10.2", "%", "exact", "")
    d.org("，[[小米集团]]、理想汽车")
    d.org("、[[理想汽车]]和百度")
    d.org("和[[百度]]等企业")
    # P4 深圳
    d.city("[[深圳]]前三季度GDP为")
    d.date("深圳[[前三季度]]GDP为", Y, SZ)
    d.metric("GDP为[[28953.7亿元]]", "28953.7e8", "元", "exact", SZ)
    d.metric("同比增长[[5.6%]]。深圳", "5.6", "%", "exact", SZ)
    d.org("。[[深圳市统计局]]数据显示")
    d.metric("同比增长[[7.8%]]", "7.8", "%", "exact", "")
    d.metric("产量增长[[21.5%]]", "21.5", "%", "exact", "")
    d.metric("制造业增长[[9.1%]]", "9.1", "%", "exact", "")
    d.org("。[[华为]]、比亚迪")
    d.org("华为、[[比亚迪]]、腾讯")
    d.org("、[[腾讯]]、大疆")
    d.org("、[[大疆]]等企业")
    d.org("，[[比亚迪]]前三季度新能源")
    d.date("比亚迪[[前三季度]]新能源", Y, "")
    d.metric("销量[[约342万辆]]", "342e4", "辆", "approx", "")
    d.metric("同比增长[[约8%]]", 8, "%", "approx", "")
    d.org("。[[深圳海关]]统计")
    d.date("统计，[[10月]]深圳外贸", "2026-10", SZ)
    d.city("10月[[深圳]]外贸")
    d.metric("出口同比增长[[4.6%]]", "4.6", "%", "exact", SZ)
    d.date("增速较[[上月]]回升", "2026-09", SZ)
    d.metric("回升[[2.1个百分点]]", "2.1", "百分点", "exact", SZ)
    # P5 重庆 and 广州
    d.city("[[重庆]]以25183.2亿元")
    d.metric("重庆以[[25183.2亿元]]", "25183.2e8", "元", "exact", CQ)
    d.metric("同比增长[[5.9%]]，增速在", "5.9", "%", "exact", CQ)
    d.metric("GDP[[超过2万亿元]]的城市", "2e12", "元", "over", CQ)
    d.org("。[[重庆市统计局]]上周五")
    d.date("重庆市统计局[[上周五]]（", "2026-11-13", "")
    d.date("（[[11月13日]]）", "2026-11-13", "")
    d.date("显示，[[10月]]全市规模", "2026-10", "")
    d.metric("增加值同比增长[[7.2%]]", "7.2", "%", "exact", "")
    d.org("，[[赛力斯]]、长安汽车")
    d.org("、[[长安汽车]]前10个月")
    d.date("长安汽车[[前10个月]]新能源", Y, "")
    d.metric("合计[[超过120万辆]]", "120e4", "辆", "over", "")
    d.city("。[[广州]]前三季度实现")
    d.date("广州[[前三季度]]实现", Y, GZ)
    d.metric("生产总值[[23740.5亿元]]", "23740.5e8", "元", "exact", GZ)
    d.metric("同比增长[[4.2%]]，与重庆", "4.2", "%", "exact", GZ)
    d.city("与[[重庆]]的差距扩大")
    d.metric("扩大至[[1442.7亿元]]", "1442.7e8", "元", "exact", CQ)
    d.org("。[[广州市统计局]]数据显示")
    d.org("，[[广汽集团]]与小鹏汽车")
    d.org("与[[小鹏汽车]]产销")
    d.metric("制造业增加值增长[[6.3%]]", "6.3", "%", "exact", "")
    d.metric("零售业增加值增长[[5.1%]]", "5.1", "%", "exact", "")
    # P6 苏州 and 成都
    d.city("，[[苏州]]前三季度GDP")
    d.date("苏州[[前三季度]]GDP", Y, SUZ)
    d.metric("GDP为[[19862.1亿元]]", "19862.1e8", "元", "exact", SUZ)
    d.metric("同比增长[[5.5%]]，规模", "5.5", "%", "exact", SUZ)
    d.org("。[[苏州市统计局]]称")
    d.org("，[[亨通集团]]、恒力集团")
    d.org("、[[恒力集团]]等企业")
    d.metric("产值增长[[8.7%]]", "8.7", "%", "exact", "")
    d.city("。[[成都]]前三季度以")
    d.date("成都[[前三季度]]以", Y, CD)
    d.metric("以[[19318.4亿元]]紧随", "19318.4e8", "元", "exact", CD)
    d.metric("增速达[[6.0%]]", "6.0", "%", "exact", CD)
    d.date("由[[去年同期]]的约920亿元", LY, CD)
    d.metric("的[[约920亿元]]", "920e8", "元", "approx", CD)
    d.metric("缩小至[[543.7亿元]]", "543.7e8", "元", "exact", CD)
    d.org("。[[成都市统计局]]认为")
    d.org("，[[京东方]]、通威股份")
    d.org("、[[通威股份]]等企业")
    d.metric("增加值增长[[11.4%]]", "11.4", "%", "exact", "")
    # P7 杭州, 武汉, 南京
    d.city("[[杭州]]前三季度GDP为")
    d.date("杭州[[前三季度]]GDP为", Y, HZ)
    d.metric("GDP为[[17046.9亿元]]", "17046.9e8", "元", "exact", HZ)
    d.metric("，增长[[5.8%]]。杭州", "5.8", "%", "exact", HZ)
    d.org("。[[杭州市统计局]]数据显示")
    d.metric("增加值增长[[8.9%]]", "8.9", "%", "exact", HZ)
    d.org("，[[阿里巴巴]]、宇树科技")
    d.org("、[[宇树科技]]、深度求索")
    d.org("、[[深度求索]]等企业")
    d.city("让“[[杭州]]六小龙”")
    d.date("“[[双11]]”期间", "2026-11-11", HZ)
    d.metric("同比增长[[约17%]]", 17, "%", "approx", HZ)
    d.city("。[[武汉]]、南京分列")
    d.city("武汉、[[南京]]分列")
    d.date("第十位，[[前三季度]]GDP分别为", Y, NJ)
    d.metric("分别为[[16231.7亿元]]和", "16231.7e8", "元", "exact", NJ)
    d.metric("和[[14208.6亿元]]", "14208.6e8", "元", "exact", NJ)
    d.metric("分别为[[5.7%]]和", "5.7", "%", "exact", NJ)
    d.metric("和[[4.9%]]。武汉", "4.9", "%", "exact", NJ)
    d.org("。[[武汉市统计局]]表示")
    d.org("，[[东风汽车]]、长江存储")
    d.org("、[[长江存储]]等企业")
    d.metric("营收[[超过6000亿元]]", "6000e8", "元", "over", "")
    # P8 the trillion-yuan club
    d.date("。[[2025年]]，全国GDP", LY, "")
    d.metric("GDP[[超过万亿元]]的城市共有", "1e12", "元", "over", "")
    d.metric("共有[[27座]]。", 27, "座", "exact", "")
    d.date("。[[今年前三季度]]，徐州", Y, "徐州市")
    d.city("，[[徐州]]、大连、温州GDP")
    d.city("徐州、[[大连]]、温州GDP")
    d.city("、[[温州]]GDP分别为")
    d.metric("分别为[[7482.3亿元]]、", "7482.3e8", "元", "exact", WZ)
    d.metric("、[[7395.6亿元]]和", "7395.6e8", "元", "exact", WZ)
    d.metric("和[[7311.8亿元]]", "7311.8e8", "元", "exact", WZ)
    d.metric("分别为[[6.2%]]、", "6.2", "%", "exact", WZ)
    d.metric("、[[5.8%]]和6.5%", "5.8", "%", "exact", WZ)
    d.metric("和[[6.5%]]。", "6.5", "%", "exact", WZ)
    d.date("若[[四季度]]保持", "2026-Q4", "")
    d.date("保持[[前三季度]]的增速", Y, "")
    d.metric("均将[[突破1万亿元]]", "1e12", "元", "over", "")
    d.metric("将增至[[30座]]", 30, "座", "exact", "")
    d.org("。[[徐州市统计局]]表示")
    d.org("，[[徐工集团]]前三季度")
    d.date("徐工集团[[前三季度]]营业收入", Y, "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.org("；[[温州市统计局]]则称")
    d.org("，[[正泰集团]]等龙头")
    d.metric("电气产业增加值增长[[9.8%]]", "9.8", "%", "exact", "")
    # P9 central and western cities
    d.city("。[[合肥]]前三季度GDP增长")
    d.date("合肥[[前三季度]]GDP增长", Y, HF)
    d.metric("GDP增长[[6.4%]]", "6.4", "%", "exact", HF)
    d.metric("在GDP[[超过1万亿元]]的城市中居首", "1e12", "元", "over", HF)
    d.org("，[[蔚来]]、长鑫存储")
    d.org("、[[长鑫存储]]等企业")
    d.metric("工业投资增长[[15.2%]]", "15.2", "%", "exact", HF)
    d.city("；[[西安]]、长沙、郑州增速")
    d.city("西安、[[长沙]]、郑州增速")
    d.city("、[[郑州]]增速分别为")
    d.metric("分别为[[5.9%]]、5.6%", "5.9", "%", "exact", ZZ)
    d.metric("、[[5.6%]]和5.2%", "5.6", "%", "exact", ZZ)
    d.metric("和[[5.2%]]。国庆", "5.2", "%", "exact", ZZ)
    d.date("。[[国庆]]假期期间", "2026-10-01", CD)
    d.city("，[[成都]]、西安分别接待")
    d.city("成都、[[西安]]分别接待")
    d.metric("接待游客[[2310万人次]]", "2310e4", "人次", "exact", XA)
    d.metric("和[[1690万人次]]", "1690e4", "人次", "exact", XA)
    # P10 analysts
    d.org("[[中金公司]]研报指出")
    d.date("指出，[[四季度]]基数走低", "2026-Q4", SZ)
    d.date("预计[[今年]]全国GDP增长", Y, SZ)
    d.metric("GDP增长[[5.0%左右]]", "5.0", "%", "approx", SZ)
    d.city("，[[深圳]]、北京全年增速")
    d.city("深圳、[[北京]]全年增速")
    d.metric("保持在[[5.5%以上]]", "5.5", "%", "over", BJ)
    d.org("。[[粤开证券研究院]]一位")
    d.org("对[[21世纪经济报道]]记者表示")
    d.org("。[[中国社会科学院工业经济研究所]]一位")
    d.date("，[[明年一季度]]前后", "2027-Q1", "")
    # P11 the year-end push and the release dates
    d.date("着眼[[年底]]冲刺", Y, "")
    d.org("。[[广州市人民政府]]本月初")
    d.date("人民政府[[本月初]]召开", "2026-11", "")
    d.metric("全年增长[[4.5%以上]]", "4.5", "%", "over", "")
    d.org("；[[深圳市发展和改革委员会]]表示")
    d.date("将在[[12月底]]前推出", "2026-12", "")
    d.org("。[[国家统计局]]将于明年")
    d.date("将于[[明年1月中旬]]发布", "2027-01", "")
    d.date("发布[[2026年]]全年", Y, "")
    d.date("预计在[[明年1月下旬]]至", "2027-01", "")
    d.date("至[[2月上旬]]陆续", "2027-02", "")
    audit = {
        "orgs": ["21世纪经济报道", "21世纪经济研究院", "国家统计局",
                 "上海市统计局", "中芯国际", "上汽集团", "特斯拉",
                 "北京市统计局", "小米集团", "理想汽车", "百度",
                 "深圳市统计局", "华为", "比亚迪", "腾讯", "大疆", "深圳海关",
                 "重庆市统计局", "赛力斯", "长安汽车", "广州市统计局",
                 "广汽集团", "小鹏汽车", "苏州市统计局", "亨通集团",
                 "恒力集团", "成都市统计局", "京东方", "通威股份",
                 "杭州市统计局", "阿里巴巴", "宇树科技", "深度求索",
                 "武汉市统计局", "东风汽车", "长江存储", "徐州市统计局",
                 "徐工集团", "温州市统计局", "正泰集团", "蔚来", "长鑫存储",
                 "中金公司", "粤开证券研究院",
                 "中国社会科学院工业经济研究所", "广州市人民政府",
                 "深圳市发展和改革委员会"],
        "cities": ["广州", "上海", "北京", "深圳", "重庆", "苏州", "成都",
                   "杭州", "武汉", "南京", "徐州", "大连", "温州", "合肥",
                   "西安", "长沙", "郑州", "全国", "全市", "城市", "中西部",
                   "东部", "各地", "多地"],
        "excluded": [
            # the regions 中西部 (x2); deictic or generic words (各地 x2,
            # 多地); 全国 (x6), 全市 (x6) and 城市 (x20) are counted in
            # words_excluded
            "，[[中西部]]城市占据", "[[中西部]]城市增速表现", "随着[[各地]]统计",
            "根据[[各地]]统计局", "\n[[多地]]已着眼",
        ],
        "numbers_excluded": [],
        # ranks and ordinals: 排名前十, 十强 (a rank label like SPEC's
        # 一线城市), 位居第二, 居第四, 第二梯队, 第九、第十位; collective
        # labels after their lists (两市, 三市: SPEC 五市); 六小龙 inside
        # the quoted nickname “杭州六小龙” (a name, SPEC 新四大发明);
        # indefinite 一 (一位 x2, 新一批)
        "cn_excluded": ["排名前[[十]]的", "，[[十]]强城市", "位居第[[二]]",
                        "居第[[四]]，", "第[[二]]梯队", "分列第[[九]]、",
                        "、第[[十]]位", "，[[两]]市差距", "，[[三]]市全年",
                        "杭州[[六]]小龙", "研究院[[一]]位", "研究所[[一]]位",
                        "新[[一]]批"],
        "latin_excluded": [],
        # Latin and time words that are no mention: GDP (x15, the
        # statistic's name, never glued to a figure), 全年 (x5: a year
        # with no year word, and 2026年全年 where it stays outside the
        # span, GUIDELINES), 至今 (延续至今), 明显 (贡献明显), 初步 (初步
        # 核算)
        "words_excluded": {"GDP": 15, "全年": 5, "至今": 1, "明显": 1,
                           "初步": 1, "全国": 6, "全市": 6, "城市": 20,
                           "同期": 0, "当天": 0, "日均": 0},
        # generic heads outside ORG rows: 统计局 (各地统计局), 部门 (统计
        # 部门), 企业 (x9: 龙头企业 x2, 等企业 x7), 集团 and 公司 only inside
        # ORG rows, 海关 likewise, 研究院 inside ORGs, 政府 and 委员会 too;
        # 汽车 x5 outside ORGs (新能源汽车 x3, 汽车制造业, 汽车 in the
        # analyst's list)
        "orgwords_excluded": {"统计局": 1, "部门": 1, "企业": 9, "集团": 0,
                              "公司": 0, "海关": 0, "研究院": 0,
                              "政府": 0, "委员会": 0, "汽车": 5},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g164 Hong Kong's public housing supply and waiting time, November 2026:
# 房委會's quarterly figures to the end of September (applications, the
# average waiting time of general and elderly one-person applicants; 房屋局
# and 特區政府's target), supply (房委會 and 房協's completions, 房屋署's
# five-year forecast), light public housing (房屋局's report to 立法會房屋
# 事務委員會; contractors 中國建築國際, 有利建築, 新福港, 瑞安建業;
# 建造業議會 on modular building), developers' land (新地, 恒基地產, 長實
# 集團, 新世界發展, 信和置業; 發展局, 地政總署, 規劃署, 土木工程拓展署),
# redevelopment (華富邨, 石硤尾邨), transitional housing (房屋局, 社聯),
# subsidised sale flats (房委會's ballot; 滙豐, 中銀香港, 恒生銀行's
# mortgages), buying across the border (中原地產, 美聯物業; 深圳, 東莞,
# 中山, 珠海, 惠州, 佛山) and neighbours' public housing (深圳市住房和建設局,
# 廣州, 澳門, 新加坡's 建屋發展局), subdivided flats (社協, 政府統計處,
# 香港大學房地產及建設系 comparing 東京, 倫敦, 新加坡), the parties (民建聯,
# 工聯會), 團結香港基金, 房委會資助房屋小組委員會's income limits, the
# holiday pause of allocations, rents (中原地產, 利嘉閣, 差餉物業估價署).
# Traditional as Hong Kong writes it (公布, 首三季, 明年首季, 明年第三季,
# 首10個月, 按年, 按月, 伙, 方呎, 公頃, 「」 quotes, 元 for HK dollars,
# 滙豐, 恒生, 劏房, 屋邨's 邨), Big5-HKSCS without BOM, 2026-11-24 (a
# Tuesday, ISO week 2026-W48), 星島日報; the byline 本報記者 李嘉敏 stands
# on line 3 (本報 names no outlet).  昨日 2026-11-23; 上周 2026-W47;
# 本周四 2026-11-26; 本月初 2026-11; 上月 2026-10; 下月3日 2026-12-03;
# 聖誕 2026-12-25; 元旦 2027-01-01; 明年農曆新年 2027-02-06; 明年 2027;
# 去年 2025.
# ===========================================================================
@doc
def g164():
    d = Doc(G164)
    Y, LY, NY = "2026", "2025", "2027"
    HK, GZ, MO, SG = "香港", "广州市", "澳门", "新加坡"
    # title (a heading that opens with no city)
    d.metric("降至[[4.9年]] 簡約", "4.9", "年", "exact", "")
    d.date("簡約公屋[[明年]]再落成", NY, "")
    d.metric("再落成[[逾萬伙]]", "1e4", "伙", "over", "")
    # P1 the waiting list
    d.org("[[房屋委員會]]（房委會）")
    d.org("房屋委員會（[[房委會]]）昨日")
    d.date("（房委會）[[昨日]]公布", "2026-11-23", "")
    d.date("截至[[今年9月底]]，公屋", "2026-09", "")
    d.metric("一般申請[[約11.2萬宗]]", "11.2e4", "宗", "approx", "")
    d.date("，較[[6月底]]減少", "2026-06", "")
    d.metric("減少[[約3,400宗]]", 3400, "宗", "approx", "")
    d.metric("一人申請[[約9.6萬宗]]", "9.6e4", "宗", "approx", "")
    d.metric("平均輪候時間為[[4.9年]]", "4.9", "年", "exact", "")
    d.date("較[[6月底]]的5.1年", "2026-06", "")
    d.metric("6月底的[[5.1年]]", "5.1", "年", "exact", "")
    d.metric("縮短[[0.2年]]", "0.2", "年", "exact", "")
    d.date("是[[2019年]]以來", "2019", "")
    d.metric("平均輪候時間為[[3.8年]]", "3.8", "年", "exact", "")
    d.org("。[[房屋局]]局長表示")
    d.org("表示，[[特區政府]]有信心")
    d.date("在[[明年]]把一般申請者", NY, "")
    d.metric("縮短至[[約4.5年]]", "4.5", "年", "approx", "")
    # P2 supply
    d.org("，[[房委會]]及香港房屋協會")
    d.org("及[[香港房屋協會]]（房協）")
    d.org("（[[房協]]）今年")
    d.date("（房協）[[今年首三季]]合共", Y, "")
    d.metric("公營房屋[[約1.36萬伙]]", "1.36e4", "伙", "approx", "")
    d.metric("另有[[約4,200個]]", 4200, "个", "approx", "")
    d.org("。[[房屋署]]數據顯示")
    d.metric("建屋量約為[[18.9萬伙]]", "18.9e4", "伙", "approx", "",
             sep="約")
    d.date("較[[去年]]的估算", LY, "")
    d.metric("增加[[約8%]]", 8, "%", "approx", "")
    d.metric("當中[[約七成]]位於", 70, "%", "approx", "")
    d.date("在[[2030年]]前可提供", "2030", "")
    d.metric("可提供[[約21萬個]]", "21e4", "个", "approx", "")
    # P3 light public housing
    d.date("已於[[去年3月]]入伙", "2025-03", "")
    d.metric("共有[[8個]]項目", 8, "个", "exact", "")
    d.metric("合共提供[[約1.76萬個]]單位", "1.76e4", "个", "approx", "")
    d.org("。[[房屋局]]上月向")
    d.date("房屋局[[上月]]向", "2026-10", "")
    d.org("向[[立法會房屋事務委員會]]匯報")
    d.date("將於[[明年首季]]落成", "2027-Q1", "")
    d.metric("涉及[[約5,300伙]]", 5300, "伙", "approx", "")
    d.org("由[[中國建築國際]]承建")
    d.date("延至[[明年第三季]]交付", "2027-Q3", "")
    d.org("。[[有利建築]]、新福港")
    d.org("、[[新福港]]及瑞安建業")
    d.org("及[[瑞安建業]]等承建商")
    d.metric("建築成本[[約75萬元]]", "75e4", "元", "approx", "")
    d.date("較[[去年]]下跌", LY, "")
    d.metric("下跌[[約6%]]", 6, "%", "approx", "")
    d.org("。[[建造業議會]]指出")
    d.metric("縮短[[約40%]]", 40, "%", "approx", "")
    # P4 developers' land
    d.org("。[[新鴻基地產]]（新地）")
    d.org("（[[新地]]）及")
    d.org("及[[恒基地產]]早前")
    d.metric("合共[[約62公頃]]", 62, "公顷", "approx", "")
    d.org("；[[長實集團]]、新世界")
    d.org("、[[新世界發展]]及信和置業")
    d.org("及[[信和置業]]則透過")
    d.org("，[[發展局]]預計")
    d.date("可在[[2031年]]前提供", "2031", "")
    d.metric("提供[[約1.1萬個]]資助", "1.1e4", "个", "approx", "")
    d.org("。[[地政總署]]及規劃署")
    d.org("及[[規劃署]]表示")
    d.date("表示，[[今年]]已為", Y, "")
    d.metric("批出[[28幅]]土地", 28, "幅", "exact", "")
    d.org("，[[土木工程拓展署]]則預計")
    d.date("則預計[[明年]]可再交付", NY, "")
    d.metric("再交付[[約40公頃]]", 40, "公顷", "approx", "")
    # P5 redevelopment
    d.org("重建方面，[[房委會]]本月初")
    d.date("房委會[[本月初]]公布", "2026-11", "")
    d.date("將於[[2027年]]分期動工", NY, "")
    d.metric("可提供[[約8,700個]]單位", 8700, "个", "approx", "")
    d.metric("多出[[約1.4倍]]", "1.4", "倍", "approx", "")
    d.org("；[[房屋署]]亦會")
    d.date("亦會於[[明年上半年]]諮詢", NY, "")
    # P6 transitional housing
    d.org("過渡性房屋方面，[[房屋局]]表示")
    d.metric("已落成[[約2.1萬個]]", "2.1e4", "个", "approx", "")
    d.metric("入住率[[約93%]]", 93, "%", "approx", "")
    d.org("；[[香港社會服務聯會]]（社聯）")
    d.org("（[[社聯]]）本周四")
    d.date("（社聯）[[本周四]]將", "2026-11-26", "")
    d.date("在[[2029年]]後的去向", "2029", "")
    # P7 subsidised sale flats and mortgages
    d.org("資助出售房屋方面，[[房委會]]上周")
    d.date("房委會[[上周]]公布", "2026-W47", "")
    d.metric("接獲[[約18.5萬份]]申請", "18.5e4", "份", "approx", "")
    d.metric("超額認購[[約21倍]]", 21, "倍", "approx", "")
    d.metric("以市價[[七折]]計算", 70, "%", "exact", "")
    d.metric("實用面積平均[[約430方呎]]", 430, "方呎", "approx", "")
    d.org("。[[滙豐]]、中銀香港")
    d.org("、[[中銀香港]]及恒生銀行")
    d.org("及[[恒生銀行]]表示")
    d.date("表示，[[10月]]居屋按揭", "2026-10", "")
    d.metric("按月增加[[約15%]]", 15, "%", "approx", "")
    d.metric("多為[[九成]]", 90, "%", "exact", "")
    # P8 across the border and the neighbours
    d.org("。[[中原地產]]指")
    d.date("指，[[今年首10個月]]經香港", Y, HK)
    d.city("經[[香港]]代理")
    d.city("購買[[深圳]]、東莞")
    d.city("深圳、[[東莞]]、中山")
    d.city("東莞、[[中山]]及珠海")
    d.city("中山及[[珠海]]新盤")
    d.city("新盤的[[香港]]買家")
    d.metric("買家[[約1.2萬宗]]", "1.2e4", "宗", "approx", HK)
    d.metric("按年增加[[約23%]]", 23, "%", "approx", HK)
    d.org("；[[美聯物業]]則估計")
    d.city("估計，[[惠州]]及佛山")
    d.city("惠州及[[佛山]]的港人")
    d.metric("按年升[[約兩成]]", 20, "%", "approx", "佛山市")
    d.org("，[[深圳市住房和建設局]]計劃")
    d.date("計劃[[今年]]籌建", Y, GZ)
    d.metric("保障性住房[[約8萬套]]", "8e4", "套", "approx", GZ)
    d.city("，[[廣州]]今年則已")
    d.date("廣州[[今年]]則已", Y, GZ)
    d.metric("租賃住房[[逾5.2萬套]]", "5.2e4", "套", "over", GZ)
    d.city("，[[澳門]]今年亦推出")
    d.date("澳門[[今年]]亦推出", Y, MO)
    d.metric("亦推出[[約3,000個]]", 3000, "个", "approx", MO)
    d.city("，[[新加坡]]的建屋發展局")
    d.org("的[[建屋發展局]]則預計")
    d.date("則預計[[今年]]推出約1.9萬個", Y, SG)
    d.metric("推出[[約1.9萬個]]", "1.9e4", "个", "approx", SG)
    # P9 subdivided flats
    d.org("。[[香港社區組織協會]]（社協）")
    d.org("（[[社協]]）上月")
    d.date("（社協）[[上月]]訪問", "2026-10", "")
    d.metric("訪問[[約300戶]]", 300, "户", "approx", "")
    d.metric("已輪候[[5.6年]]", "5.6", "年", "exact", "")
    d.metric("，[[約六成]]家庭", 60, "%", "approx", "")
    d.metric("月入[[不足2萬元]]", "2e4", "元", "under", "")
    d.metric("僅[[約58方呎]]", 58, "方呎", "approx", "")
    d.org("。[[政府統計處]]早前")
    d.metric("約有[[10.8萬人]]", "10.8e4", "人", "approx", "", sep="約")
    d.date("較[[2021年]]減少", "2021", "")
    d.metric("減少[[約12%]]", 12, "%", "approx", "")
    d.org("。[[香港大學房地產及建設系]]一位")
    d.city("與[[東京]]、倫敦")
    d.city("、[[倫敦]]及新加坡")
    d.city("及[[新加坡]]相比")
    d.city("，[[香港]]的公營房屋比例")
    # P10 the parties, the think tank, the income limits
    d.org("，[[民建聯]]及工聯會")
    d.org("及[[工聯會]]促請")
    d.date("在[[2027年]]前把", NY, "")
    d.metric("限額的[[3倍]]", 3, "倍", "exact", "")
    d.org("；[[團結香港基金]]則建議")
    d.metric("把[[約20%]]的", 20, "%", "approx", "")
    d.org("。[[房委會資助房屋小組委員會]]將於")
    d.date("將於[[下月3日]]開會", "2026-12-03", "")
    d.date("預計[[明年4月1日]]起生效", "2027-04-01", "")
    d.metric("平均上調[[約2.8%]]", "2.8", "%", "approx", "")
    # P11 the holiday pause and rents
    d.date("受[[聖誕]]及元旦", "2026-12-25", "")
    d.date("及[[元旦]]假期", "2027-01-01", "")
    d.org("，[[房屋署]]將於12月21日")
    d.date("將於[[12月21日]]至", "2026-12-21", "")
    d.date("至[[明年1月2日]]暫停", "2027-01-02", "")
    d.date("並於[[明年農曆新年]]前", "2027-02-06", "")
    d.date("完成[[今年]]最後", Y, "")
    d.metric("預計[[約2,600個]]家庭", 2600, "个", "approx", "")
    d.org("。[[中原地產]]及利嘉閣")
    d.org("及[[利嘉閣]]均預計")
    d.city("落成，[[香港]]私人住宅")
    d.date("或於[[明年上半年]]放緩", NY, HK)
    d.org("；[[差餉物業估價署]]數據顯示")
    d.date("顯示，[[10月]]私人住宅租金指數", "2026-10", "")
    d.metric("按月微升[[0.4%]]", "0.4", "%", "exact", "")
    d.metric("按年升[[約3.1%]]", "3.1", "%", "approx", "")
    d.date("，[[2028年]]後的建屋量", "2028", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "全港", "深圳", "東莞", "中山", "珠海",
                   "惠州", "佛山", "廣州", "澳門", "新加坡", "東京", "倫敦",
                   "元朗", "屯門", "上水", "粉嶺", "東涌", "啟德", "新界",
                   "牛潭尾", "攸田西", "華富", "石硤尾", "港人", "城市",
                   "內地"],
        "excluded": [
            # districts and places (SPEC: districts, towns are no CITY):
            # 新界北, 東涌, 啟德 (new development areas), 元朗 (x2), 攸田西,
            # 屯門, 上水, 牛潭尾, 粉嶺 (project sites), 華富邨 and 石硤尾邨
            # (estates); 全港 (deictic), 港人 (港 a one-character
            # abbreviation), 鄰近城市 (generic); 香港 stands elsewhere only
            # inside ORGs (香港房屋協會, 香港社會服務聯會, 中銀香港,
            # 香港社區組織協會, 香港大學房地產及建設系, 團結香港基金)
            "於[[新界]]北", "、[[東涌]]及", "及[[啟德]]等",
            "項目[[元朗]]攸田西", "元朗[[攸田西]]", "位於[[元朗]]及粉嶺",
            "元朗及[[粉嶺]]", "，[[屯門]]及上水", "屯門及[[上水]]的",
            "的[[牛潭尾]]項目", "，[[華富]]邨", "諮詢[[石硤尾]]邨",
            "，[[全港]]約有", "的[[港人]]二手", "與鄰近[[城市]]比較",
        ],
        "numbers_excluded": [],
        # 一般 (x3: general applications), 一人 (x2: one-person
        # applicants, a category: 一 before a measure word is the
        # indefinite article), 新一期 (a new batch), 一位, 最後一輪
        # (indefinite); 二手 (second-hand); 未來五年 (a span) is counted in
        # words_excluded
        "cn_excluded": ["公屋[[一]]般申請", "；[[一]]般申請者", "把[[一]]般申請者",
                        "非長者[[一]]人申請", "其中長者[[一]]人申請者",
                        "新[[一]]期居屋", "建設系[[一]]位", "最後[[一]]輪",
                        "港人[[二]]手"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x3, year-on-year), 按月 (x2),
        # 至今 (x2, and once across 截至|今年9月底), 月入 (monthly income,
        # and once across 去年3月|入伙), 未來五年 (a span of years, no
        # calendar year)
        "words_excluded": {"按年": 3, "按月": 2, "至今": 3, "月入": 2,
                           "未來五年": 1, "同期": 0, "當天": 0, "全年": 0},
        # generic heads outside ORG rows: 政府 (政府預計: the government
        # read back; 非政府機構), 局 (局長 after 房屋局, 當局: read back),
        # 機構 (私營機構 inside the scheme's name, 非政府機構), 承建商 (等
        # 承建商), 發展商 (私人發展商); 協會, 委員會, 大學, 基金, 銀行 and
        # 地產 only inside ORG rows
        "orgwords_excluded": {"政府": 2, "局": 2, "機構": 2, "承建商": 1,
                              "發展商": 1, "協會": 0, "委員會": 0, "大學": 0,
                              "基金": 0, "銀行": 0, "地產": 0},
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
