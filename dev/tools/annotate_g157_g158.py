#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g157_local_government_special_bonds and g158_hk_stored_value_fps_payments
(annotator PB).

Adapted from the precedent set's tools/annotate_qb.py (now dev/tools/annotate_g151_g152.py; copied and the data
changed; it keeps the checks of annotate_qb.py and its predecessors: strict
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
inside its span, the Hong Kong checks of annotate_rb.py applied to the
decoded text), with annotate_qc.py's precision check and its check that a
traditional article holds no simplified character (t2s leaves it, s2t
changes it), and annotate_qc.py's UTF-16 block turned big-endian.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g157 is simplified (mainland, 证券日报, 2026-11-20), stored as GB18030
  without a BOM.  Its byline 本报记者 刘䶮 stands on line 3; the reporter's
  given name 䶮 (U+4DAE, CJK Extension A; GB18030 FE 9F) is outside GBK, so
  Python's gbk, cp936 and gb2312 fail on the file while gb18030 reads it;
  every other character is GBK and encodes alike in GBK and GB18030 (every
  non-ASCII character is two bytes).  䶮 lies in no span.  OpenCC t2s
  leaves the article unchanged.
- g158 is traditional (Hong Kong, 香港經濟日報, 2026-11-25), stored as
  UTF-16 BIG-ENDIAN WITH A BOM (FE FF, then the title's 轉 = 8F 49).  Every
  character is in the BMP and in Big5-HKSCS; two are outside plain Big5:
  恒 (U+6052, in the ORG 恒生銀行; cp950 holds it at the same bytes F9 DA)
  and 滙 (U+6ED9, in the ORG 滙豐; cp950 lacks it).  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho28/precedent: README, NOTES_qa/qb/qc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g157_g158.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_qb.py: a GB18030 article (the declared character
outside GBK, GBK byte for byte elsewhere, gbk/cp936/gb2312 failing) in
place of the GBK one; a UTF-16 BE article with BOM in place of the UTF-8
one (the BOM names the order, the little-endian reading fails or reads
another text, code units = code points); tenor labels (30年期) declared as
the only 2-digit figures before 年 in the mainland text; 年末 checked like
年底; units 元, %, 百分点, 年, 套, 个, 倍, 宗, 间, 张, 人次, 部.
Re-run (from anywhere):

    python3 dev/tools/annotate_g157_g158.py
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
G157 = "g157_local_government_special_bonds"
G158 = "g158_hk_stored_value_fps_payments"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G157: ("gb18030", b"", False, "2026-11-20", "证券日报"),
    G158: ("utf-16-be", BOM16BE, True, "2026-11-25", "香港經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G157: [], G158: []}
# characters of the mainland GB18030 article that GBK lacks, with their
# GB18030 bytes: 䶮 of the reporter's name (in no span; on the byline line)
OUTSIDE_GBK = {G157: {"䶮": b"\xfe\x9f"}}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS has
# them): 恒 (cp950 holds it at the same bytes) and 滙 (cp950 lacks it)
OUTSIDE_BIG5 = {G158: ["恒", "滙"]}
CP950_ALIKE = {G158: ["恒"]}
# the declared characters that stand inside an ORG row (every occurrence
# inside a row whose text is declared); the others lie in no span
IN_ORG_SPAN = {G158: {"恒": ("恒生銀行",), "滙": ("滙豐",)}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names are ORGs in a text that names the region
# twice)
HONGKONG = {G158}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write, with their
# counts: the bonds' tenor label 30年期 (x2), no year and no METRIC
TWO_DIGIT_NIAN_ALLOWED = {G157: {"30年期": 2}}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them (平台: 台; 恒生銀行: 恒)
S2T_ALLOWED = {G158: {"台", "恒"}}
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
                   "钱转账码宝腾讯蚂蚁联达过记录费骗损盗争议")
# Holidays the articles name, by their exact span (2025-2027): g157
# (mainland, 2026-11-20): 国庆 2026-10-01 (in a sentence about October
# 2026, the one just past), 明年春节 2027-02-06 (明年 inside the span,
# GUIDELINES 2024年春节; 正月初一 of 2027); g158 (Hong Kong, 2026-11-25):
# 雙11 2026-11-11 (written with 本月11日 in its sentence), 黑色星期五
# 2026-11-27 (the day after the fourth Thursday of November, GUIDELINES;
# written with 本周五), 國慶 2026-10-01 (in a sentence about October 2026),
# 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming ones), 明年農曆新年
# 2027-02-06 (明年 inside the span; 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "明年春节": "2027-02-06",
    "雙11": "2026-11-11", "黑色星期五": "2026-11-27", "國慶": "2026-10-01",
    "聖誕": "2026-12-25", "元旦": "2027-01-01", "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一, as the precedents checked
# them with lunardate for 2025-2027) and days computed from the calendar
# (黑色星期五)
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
    # g157 (2026: municipalities 北京, 上海; prefecture-level cities 广州,
    # 佛山, 东莞, 惠州 (广东), 青岛, 烟台, 济南, 潍坊 (山东), 成都, 绵阳, 宜宾
    # (四川), 武汉, 宜昌, 襄阳 (湖北; 襄樊 until 2010), 杭州, 温州, 金华 (浙江))
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "佛山": "佛山市",
    "东莞": "东莞市", "惠州": "惠州市", "青岛": "青岛市", "烟台": "烟台市",
    "济南": "济南市", "潍坊": "潍坊市", "成都": "成都市", "绵阳": "绵阳市",
    "宜宾": "宜宾市", "武汉": "武汉市", "宜昌": "宜昌市", "襄阳": "襄阳市",
    "杭州": "杭州市", "温州": "温州市", "金华": "金华市",
    # g158 (traditional spans; 香港 and 澳門 by their common names; mainland
    # cities by their full simplified names (深圳, 珠海 and 佛山 are written
    # alike); 新加坡, 吉隆坡, 曼谷, 東京, 首爾 foreign, by their mainland names)
    "香港": "香港", "澳門": "澳门", "深圳": "深圳市", "廣州": "广州市",
    "珠海": "珠海市", "東莞": "东莞市",
    "新加坡": "新加坡", "吉隆坡": "吉隆坡", "曼谷": "曼谷", "東京": "东京",
    "首爾": "首尔",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "吉隆坡", "曼谷", "东京", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟日報": "经济日报", "香港金融管理局": "香港金融管理局",
    "金管局": "金管局", "香港銀行同業結算有限公司": "香港银行同业结算有限公司",
    "HKICL": "HKICL", "中國人民銀行": "中国人民银行",
    "八達通卡有限公司": "八达通卡有限公司", "八達通": "八达通",
    "港鐵": "港铁", "九巴": "九巴",
    "支付寶香港": "支付宝香港", "AlipayHK": "AlipayHK",
    "微信支付香港": "微信支付香港", "WeChat Pay HK": "WeChat Pay HK",
    "滙豐": "汇丰", "中銀香港": "中银香港",
    "螞蟻國際": "蚂蚁国际", "騰訊": "腾讯", "恒生銀行": "恒生银行",
    "渣打香港": "渣打香港", "東亞銀行": "东亚银行", "眾安銀行": "众安银行",
    "匯立銀行": "汇立银行",
    "香港零售管理協會": "香港零售管理协会", "惠康": "惠康", "百佳": "百佳",
    "萬寧": "万宁", "屈臣氏": "屈臣氏", "香港旅遊發展局": "香港旅游发展局",
    "支付寶": "支付宝", "微信支付": "微信支付", "Visa": "Visa",
    "萬事達卡": "万事达卡", "銀聯國際": "银联国际", "銀聯": "银联",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "香港警務處": "香港警务处", "財經事務及庫務局": "财经事务及库务局",
    "立法會": "立法会", "特區政府": "特区政府",
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
        # Big5 (new in annotate_rc.py; g147 is declared GBK, which GB2312
        # fails on, below)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (after annotate_qb.py's
            outside = sorted({c for c in self.text   # GBK block): the
                              if not enc_ok(c, "gbk")})   # declared
            declared = OUTSIDE_GBK[doc_id]           # characters are the
            assert outside == sorted(declared), (doc_id, outside)  # only
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
            assert bom == BOM16BE and enc == "utf-16-be", doc_id  # qc's LE
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
            # high byte (g158: 轉 is U+8F49, bytes 8F 49)
            assert full[:2] == BOM16BE, doc_id
            assert full[2] == ord(self.text[0]) >> 8, doc_id
            assert full[3] == ord(self.text[0]) & 0xFF, doc_id
            assert not full[2:].startswith(BOM16BE), doc_id  # one BOM only
            # offsets count from the first character after the BOM: the
            # BOM is no character of the text
            assert self.text[0] != "\ufeff", doc_id
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
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
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
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
                r"(?<![\d.])\d{2,3}年.?", self.text))   # declared tenor
            assert found == Counter(TWO_DIGIT_NIAN_ALLOWED.get(   # labels)
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
# g157 Local government special bonds, November 2026: 财政部's figures to
# October (new bonds, general and special, refinancing bonds, the debt
# balance), the quota and the issuance pace (October, the first weeks of
# November; Wind), the uses of the money, the provinces (广东, 山东, 四川,
# 湖北, 浙江: their finance departments and the cities their bonds go to),
# the separately listed cities (深圳, 青岛, 宁波, 厦门: their finance bureaus;
# 深交所, 上交所), the underwriters (the large state banks, joint-stock and
# local banks, brokers), the rating firms (中诚信国际, 联合资信, 东方金诚),
# policy (财政部 and 国家发展改革委, the pilot of self-review, 中国人民银行's
# outright reverse repos) and the outlook (粤开证券研究院, 财政部).
# Simplified, GB18030 without BOM, 2026-11-20 (a Friday, ISO week
# 2026-W47), 证券日报; the byline 本报记者 刘䶮 on line 3.  昨日 2026-11-19;
# 本周二 2026-11-17; 上周 2026-W46; 本月 2026-11; 本月13日 2026-11-13;
# 国庆 2026-10-01; 年底, 年末 2026; 明年 2027; 明年春节 2027-02-06;
# 明年一季度 2027-Q1; 去年 2025.
# ===========================================================================
@doc
def g157():
    d = Doc(G157)
    Y, LY, NY = "2026", "2025", "2027"
    # title (a heading that opens with 前10个月: no city section, no CITY)
    d.date("[[前10个月]]新增专项债券发行逾", Y, "")
    d.metric("发行[[逾4.3万亿元]] ", "4.3e12", "元", "over", "")
    d.date("多地抢抓[[四季度]]发行窗口", "2026-Q4", "")
    # byline 本报记者 刘䶮 (本报 names no outlet; 䶮 in no span)
    # P1 财政部's figures
    d.org("\n\n[[财政部]]11月18日公布")
    d.date("财政部[[11月18日]]公布", "2026-11-18", "")
    d.date("显示，[[今年1月份]]至10月份", "2026-01", "")
    d.date("1月份至[[10月份]]，全国", "2026-10", "")
    d.metric("地方政府债券[[50312亿元]]", "50312e8", "元", "exact", "")
    d.metric("一般债券[[6836亿元]]", "6836e8", "元", "exact", "")
    d.metric("、专项债券[[43476亿元]]", "43476e8", "元", "exact", "")
    d.metric("再融资债券[[21580亿元]]", "21580e8", "元", "exact", "")
    d.metric("特殊再融资债券[[约1.6万亿元]]", "1.6e12", "元", "approx", "")
    d.date("截至[[10月末]]，全国", "2026-10", "")
    d.metric("债务余额[[约55.9万亿元]]", "55.9e12", "元", "approx", "")
    d.org("控制在[[全国人大]]批准", n=1)
    # P2 the quota and the pace
    d.date("按照[[今年]]全国人大", Y, "")
    d.org("按照今年[[全国人大]]批准")
    d.metric("债务限额[[4.6万亿元]]计算", "4.6e12", "元", "exact", "")
    d.date("计算，[[今年前10个月]]新增", Y, "")
    d.metric("进度已达[[94.5%]]", "94.5", "%", "exact", "")
    d.date("较[[去年同期]]加快", LY, "")
    d.metric("加快[[3.2个百分点]]", "3.2", "百分点", "exact", "")
    d.date("。[[10月份]]，全国发行", "2026-10", "")
    d.metric("新增专项债券[[5218亿元]]", "5218e8", "元", "exact", "")
    d.metric("环比下降[[18.4%]]", "18.4", "%", "exact", "")
    d.date("主要受[[国庆]]假期", "2026-10-01", "")
    d.date("进入[[11月]]以来发行", "2026-11", "")
    d.org("，[[Wind]]数据显示")
    d.date("显示，[[11月1日]]至19日", "2026-11-01", "")
    d.date("11月1日至[[19日]]各地", "2026-11-19", "")
    d.metric("新增专项债券[[1693亿元]]", "1693e8", "元", "exact", "")
    d.metric("发行利率为[[1.96%]]", "1.96", "%", "exact", "")
    d.metric("发行期限为[[17.3年]]", "17.3", "年", "exact", "")
    # P3 the uses
    d.date("投向看，[[今年前10个月]]发行", Y, "")
    d.metric("分别为[[31.2%]]、", "31.2", "%", "exact", "")
    d.metric("、[[22.5%]]和", "22.5", "%", "exact", "")
    d.metric("和[[14.8%]]；", "14.8", "%", "exact", "")
    d.metric("资本金的规模[[约3920亿元]]", "3920e8", "元", "approx", "")
    d.metric("同比增长[[12.6%]]。", "12.6", "%", "exact", "")
    d.metric("的专项债券[[约5480亿元]]", "5480e8", "元", "approx", "")
    d.date("，占[[今年]]已发行", Y, "")
    d.metric("的比重[[约13%]]", 13, "%", "approx", "")
    # P4 the provinces
    GZ, QD, WF, CD, WH, HZ, JH = ("广州市", "青岛市", "潍坊市", "成都市",
                                  "武汉市", "杭州市", "金华市")
    d.org("。[[广东省财政厅]]披露")
    d.date("该省[[今年]]已发行", Y, GZ)
    d.metric("新增专项债券[[3856亿元]]", "3856e8", "元", "exact", GZ)
    d.city("投向[[广州]]、佛山")
    d.city("广州、[[佛山]]、东莞")
    d.city("佛山、[[东莞]]、惠州")
    d.city("东莞、[[惠州]]等地")
    d.org("其中[[广州地铁]]22号线")
    d.metric("专项债资金[[约186亿元]]", "186e8", "元", "approx", "惠州市")
    d.org("。[[山东省财政厅]]数据")
    d.date("显示，[[今年前三季度]]山东", Y, QD)
    d.city("不含[[青岛]]）")
    d.metric("新增专项债券[[3120亿元]]", "3120e8", "元", "exact", QD)
    d.metric("其中[[约680亿元]]用于", "680e8", "元", "approx", QD)
    d.city("，[[烟台]]、济南")
    d.city("烟台、[[济南]]、潍坊")
    d.city("济南、[[潍坊]]等地")
    d.metric("存量商品房[[约1.2万套]]", "1.2e4", "套", "approx", WF)
    d.org("。[[四川省财政厅]]相关")
    d.date("该省[[今年]]新增专项债券中", Y, CD)
    d.metric("中[[约520亿元]]投向", "520e8", "元", "approx", CD)
    d.city("投向[[成都]]、绵阳")
    d.city("成都、[[绵阳]]、宜宾")
    d.city("绵阳、[[宜宾]]等地")
    d.org("。[[湖北省财政厅]]数据")
    d.date("该省[[前10个月]]发行", Y, WH)
    d.metric("债券中[[约41%]]投向", 41, "%", "approx", WH)
    d.city("投向[[武汉]]、宜昌")
    d.city("武汉、[[宜昌]]、襄阳")
    d.city("宜昌、[[襄阳]]等地")
    d.org("。[[浙江省财政厅]]则在")
    d.date("则在[[本月13日]]发行", "2026-11-13", HZ)
    d.date("发行[[今年]]最后一批", Y, HZ)
    d.metric("规模[[216亿元]]，涉及", "216e8", "元", "exact", HZ)
    d.city("涉及[[杭州]]、温州")
    d.city("杭州、[[温州]]、金华")
    d.city("温州、[[金华]]等地")
    d.metric("等地项目[[147个]]", 147, "个", "exact", JH)
    # P5 the separately listed cities, the exchanges
    d.org("方面，[[深圳市财政局]]本周二")
    d.date("深圳市财政局[[本周二]]在", "2026-11-17", "")
    d.org("在[[深交所]]招标")
    d.metric("新增专项债券[[128亿元]]", "128e8", "元", "exact", "")
    d.metric("中标利率为[[2.05%]]", "2.05", "%", "exact", "")
    d.metric("认购倍数达[[23.6倍]]", "23.6", "倍", "exact", "")
    d.org("；[[青岛市财政局]]、宁波")
    d.org("、[[宁波市财政局]]和")
    d.org("和[[厦门市财政局]]11月")
    d.date("厦门市财政局[[11月]]以来", "2026-11", "")
    d.metric("合计规模[[约265亿元]]", "265e8", "元", "approx", "")
    d.org("。[[上海证券交易所]]昨日")
    d.date("上海证券交易所[[昨日]]披露", "2026-11-19", "")
    d.date("披露，[[今年]]以来已有", Y, "")
    d.metric("已有[[28个]]省份", 28, "个", "exact", "")
    d.org("通过[[上交所]]政府债券")
    d.metric("累计规模[[约3.8万亿元]]", "3.8e12", "元", "approx", "")
    d.metric("的比重约为[[52%]]", 52, "%", "approx", "", sep="约")
    # P6 the underwriters
    d.date("以广东省[[本月]]发行", "2026-11", "")
    d.org("为例，[[中国工商银行]]、")
    d.org("、[[中国建设银行]]、")
    d.org("、[[中国农业银行]]、")
    d.org("、[[中国银行]]、交通银行")
    d.org("、[[交通银行]]和国家开发银行")
    d.org("和[[国家开发银行]]合计")
    d.metric("合计承销[[约62%]]", 62, "%", "approx", "")
    d.org("；[[招商银行]]、兴业银行")
    d.org("、[[兴业银行]]、浦发银行")
    d.org("、[[浦发银行]]等股份制")
    d.metric("股份制银行承销[[约21%]]", 21, "%", "approx", "")
    d.org("；[[广发银行]]、广州银行")
    d.org("、[[广州银行]]、东莞银行")
    d.org("、[[东莞银行]]等地方法人")
    d.metric("地方法人银行承销[[约9%]]", 9, "%", "approx", "")
    d.org("。[[中信证券]]、中信建投证券")
    d.org("、[[中信建投证券]]、华泰证券")
    d.org("、[[华泰证券]]等券商")
    d.date("力度，[[今年前10个月]]券商", Y, "")
    d.metric("地方债规模[[约1.36万亿元]]", "1.36e12", "元", "approx", "")
    d.metric("同比增长[[约18%]]", 18, "%", "approx", "")
    d.metric("认购倍数[[超过30倍]]", 30, "倍", "over", "")
    # P7 the rating firms
    d.org("方面，[[中诚信国际]]、联合资信")
    d.org("、[[联合资信]]、东方金诚")
    d.org("、[[东方金诚国际信用评估有限公司]]（")
    d.org("简称“[[东方金诚]]”")
    d.date("评级机构对[[今年]]发行", Y, "")
    d.org("评级。[[东方金诚]]统计")
    d.date("统计，[[今年前10个月]]其参与", Y, "")
    d.metric("覆盖倍数[[约1.58倍]]", "1.58", "倍", "approx", "")
    d.date("较[[去年]]的1.71倍", LY, "")
    d.metric("去年的[[1.71倍]]", "1.71", "倍", "exact", "")
    d.metric("已降至[[1.2倍以下]]", "1.2", "倍", "under", "")
    d.org("。[[中诚信国际研究院]]则提示")
    d.date("提示，[[明年]]地方债", NY, "")
    d.metric("预计达到[[约4.2万亿元]]", "4.2e12", "元", "approx", "")
    d.metric("到期[[约1.9万亿元]]", "1.9e12", "元", "approx", "")
    # P8 policy
    d.org("政策层面，[[财政部]]、国家发展改革委")
    d.org("、[[国家发展改革委]]10月")
    d.date("国家发展改革委[[10月]]联合", "2026-10", "")
    d.date("各地在[[2027年6月底]]前", "2027-06", "")
    d.date("。[[今年]]以来，北京", Y, "北京市")
    d.city("以来，[[北京]]、上海")
    d.city("北京、[[上海]]、江苏")
    d.metric("通过项目[[约1.1万个]]", "1.1e4", "个", "approx", "上海市")
    d.metric("债券需求[[约1.4万亿元]]", "1.4e12", "元", "approx", "上海市")
    d.org("。[[中国人民银行]]上周")
    d.date("中国人民银行[[上周]]开展", "2026-W46", "")
    d.metric("开展[[8000亿元]]买断式", "8000e8", "元", "exact", "")
    d.date("为[[年末]]地方债", Y, "")
    # P9 the outlook
    d.date("展望[[明年]]，粤开", NY, "")
    d.org("，[[粤开证券研究院]]预计")
    d.date("预计，[[2027年]]新增", "2027", "")
    d.metric("有望在[[4.6万亿元]]至", "4.6e12", "元", "exact", "")
    d.metric("至[[5万亿元]]之间", "5e12", "元", "exact", "")
    d.org("发力。[[财政部]]有关负责人")
    d.date("各地在[[年底]]前用好", Y, "")
    d.date("力争在[[明年春节]]前", "2027-02-06", "")
    d.date("提前下达[[2027年]]部分", "2027", "")
    d.date("资金在[[明年一季度]]及早", "2027-Q1", "")
    audit = {
        "orgs": ["财政部", "全国人大", "Wind", "广东省财政厅", "广州地铁",
                 "山东省财政厅", "四川省财政厅", "湖北省财政厅", "浙江省财政厅",
                 "深圳市财政局", "深交所", "青岛市财政局", "宁波市财政局",
                 "厦门市财政局", "上海证券交易所", "上交所", "中国工商银行",
                 "中国建设银行", "中国农业银行", "中国银行", "交通银行",
                 "国家开发银行", "招商银行", "兴业银行", "浦发银行", "广发银行",
                 "广州银行", "东莞银行", "中信证券", "中信建投证券", "华泰证券",
                 "中诚信国际", "联合资信", "东方金诚国际信用评估有限公司",
                 "东方金诚", "中诚信国际研究院", "国家发展改革委",
                 "中国人民银行", "粤开证券研究院"],
        "cities": ["北京", "上海", "广州", "佛山", "东莞", "惠州", "青岛",
                   "烟台", "济南", "潍坊", "成都", "绵阳", "宜宾", "武汉",
                   "宜昌", "襄阳", "杭州", "温州", "金华", "深圳", "宁波",
                   "厦门", "广东", "山东", "四川", "湖北", "浙江", "江苏",
                   "全国", "城市", "各地", "多地", "单列市"],
        "excluded": [
            # provinces (广东, 山东, 四川, 浙江, 江苏 in the lists of P4 and
            # P8; 山东 and 广东省 as subjects); 深圳, 宁波, 厦门 stand only
            # inside their finance bureaus; 全国 (x4 outside 全国人大), 各地
            # (x3), 多地, 城市 (城市更新) and 计划单列市 (x2: the separately
            # listed cities as a kind) are generic
            "，[[广东]]、山东、四川", "广东、[[山东]]、四川", "山东、[[四川]]、浙江",
            "四川、[[浙江]]、江苏等省份", "浙江、[[江苏]]等省份",
            "三季度[[山东]]（", "以[[广东省]]本月",
            "上海、[[江苏]]、浙江、广东", "江苏、[[浙江]]、广东、四川",
            "浙江、[[广东]]、四川等地", "广东、[[四川]]等地开展",
            "，[[全国]]发行新增地方", "，[[全国]]地方政府债务", "，[[全国]]发行新增专项",
            "占[[全国]]地方债", "[[多地]]抢抓",
            "19日[[各地]]发行", "允许[[各地]]在", "指导[[各地]]在年底",
            "、[[城市]]更新", "\n\n[[计划单列市]]方面", "省份和[[计划单列市]]通过",
        ],
        # 22号线 (a line number, SPEC 1路), 30年期 (x2: the bonds' tenor,
        # a label; no statistic cue, GUIDELINES)
        "numbers_excluded": ["广州地铁[[22号线]]", "其中[[30年期]]品种",
                             "对[[30年期]]专项债券"],
        # 一般债券 (general bonds), 一批 (最后一批: indefinite, GUIDELINES
        # 一 before a measure word)
        "cn_excluded": ["其中[[一]]般债券", "最后[[一]]批"],
        # AAA级 (a rating, no figure)
        "latin_excluded": ["给予[[AAA]]级"],
        # time words that are no DATE: 节奏 (pace), 近年来 (vague), 明显
        "words_excluded": {"节奏": 1, "近年来": 1, "明显": 1, "全年": 0,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 银行 (x4: 国有大型商业银行, 股份制
        # 银行, 地方法人银行, 部分银行), 研究院 and 财政厅 only inside ORGs
        "orgwords_excluded": {"银行": 4, "财政厅": 0, "财政局": 0,
                              "研究院": 0, "交易所": 0, "公司": 0,
                              "证券": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g158 Hong Kong's stored-value cards, e-wallets and the Faster Payment
# System, November 2026: 金管局's FPS figures to October (registrations,
# daily transactions, the first ten months, the 雙11 record), the system's
# operator and links (HKICL; PromptPay; 「跨境支付通」 with 中國人民銀行), the
# stored-value facilities' third quarter, 八達通 (cards, its app, the fare
# rebate with 港鐵 and 九巴), cross-border travel (港鐵's high-speed rail
# tickets to 深圳 and 廣州; 九巴's contactless fares), the e-wallets
# (支付寶香港, 微信支付香港, 滙豐's PayMe, 中銀香港's BoC Pay; 螞蟻國際,
# 騰訊), banks and merchants (fees; virtual banks; the
# retail association and the chains; 黑色星期五), visitors' payments
# (旅發局; card schemes; 銀聯國際), complaints and fraud (消委會, 警務處),
# regulation (財庫局, 立法會, 特區政府) and the outlook.  Traditional as Hong
# Kong writes it (按年, 按季, 按月, 首三季, 第三季, 首10個月, 明年首季, 上周,
# 本周五, 公布, 宣布, 「」 quotes, 港元, 滙豐, 恒生), UTF-16 BE with BOM,
# 2026-11-25 (a Wednesday, ISO week 2026-W48), 香港經濟日報; the byline
# 經濟日報記者 梁凱琳 on line 3.  昨日 2026-11-24; 本月11日, 雙11 and 當天
# 2026-11-11; 上周 2026-W47; 本周五 and 黑色星期五 2026-11-27; 上月 2026-10;
# 下月1日 2026-12-01; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦 2027-01-01;
# 明年農曆新年 2027-02-06; 明年 2027; 去年 2025.
# ===========================================================================
@doc
def g158():
    d = Doc(G158)
    Y, LY, NY = "2026", "2025", "2027"
    HK = "香港"
    # title (a heading that opens with 轉數快: no city section, no CITY)
    d.metric("登記數[[突破1800萬]] ", "1800e4", "", "over", "")
    d.date("儲值支付[[首三季]]交易額", Y, "")
    d.metric("交易額增[[逾兩成]]", 20, "%", "over", "")
    # byline (an outlet ending in 日報 before 記者 at the start of a line)
    d.org("\n\n[[經濟日報]]記者")
    # P1 the FPS figures
    d.org("\n\n[[香港金融管理局]]（")
    d.org("管理局（[[金管局]]）昨日")
    d.date("金管局）[[昨日]]公布", "2026-11-24", HK)
    d.date("截至[[10月底]]，「轉數快」", "2026-10", HK)
    d.metric("登記數目[[突破1,800萬個]]", "1800e4", "个", "over", HK)
    d.metric("按年增加[[11.4%]]", "11.4", "%", "exact", HK)
    d.metric("其中[[約六成]]以手機", 60, "%", "approx", HK)
    d.city("或[[香港]]身份證")
    d.date("；[[10月份]]轉數快", "2026-10", "")
    d.metric("港元交易[[約186萬宗]]", "186e4", "宗", "approx", "")
    d.metric("涉及金額[[約98億元]]", "98e8", "元", "approx", "")
    d.metric("按年增長[[23.5%]]及", "23.5", "%", "exact", "")
    d.metric("及[[15.2%]]。", "15.2", "%", "exact", "")
    d.date("。[[今年首10個月]]，轉數快", Y, "")
    d.metric("處理交易[[約5.4億宗]]", "5.4e8", "宗", "approx", "")
    d.date("較[[去年同期]]增加約22%", LY, "")
    d.metric("增加[[約22%]]。", 22, "%", "approx", "")
    d.date("。[[本月11日]]「雙11」", "2026-11-11", "")
    d.date("本月11日「[[雙11]]」當天", "2026-11-11", "")
    d.date("「雙11」[[當天]]，", "2026-11-11", "")
    d.metric("處理交易達[[312萬宗]]", "312e4", "宗", "exact", "")
    # P2 the operator and the links
    d.org("由[[香港銀行同業結算有限公司]]（")
    d.org("（[[HKICL]]）營運")
    d.date("營運，[[2018年9月]]推出", "2018-09", "")
    d.metric("共有[[44間]]銀行", 44, "间", "exact", "")
    d.metric("及[[28間]]儲值", 28, "间", "exact", "")
    d.date("轉數快亦於[[2024年12月]]與泰國", "2024-12", "")
    d.metric("累計交易[[約126萬宗]]", "126e4", "宗", "approx", "")
    d.org("由[[金管局]]與中國")
    d.org("與[[中國人民銀行]]推出")
    d.date("」自[[去年6月]]啟用", "2025-06", "")
    d.metric("平均增長[[約8%]]。", 8, "%", "approx", "")
    d.date("計劃[[明年首季]]把", "2027-Q1", "")
    # P3 the stored-value facilities
    d.org("方面，[[金管局]]數據顯示，今年第三季")
    d.date("顯示，[[今年第三季]]本港", "2026-Q3", "")
    d.metric("賬戶總數[[約8,120萬個]]", "8120e4", "个", "approx", "")
    d.metric("按季增加[[2.6%]]", "2.6", "%", "exact", "")
    d.metric("活躍賬戶[[約2,450萬個]]", "2450e4", "个", "approx", "")
    d.date("；[[第三季]]交易總額", "2026-Q3", "")
    d.metric("交易總額[[約2,380億元]]", "2380e8", "元", "approx", "")
    d.metric("按年增長[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("交易宗數[[約22.6億宗]]", "22.6e8", "宗", "approx", "")
    d.date("。[[今年首三季]]，儲值", Y, "")
    d.metric("累計[[約6,720億元]]", "6720e8", "元", "approx", "")
    d.metric("按年增長[[逾兩成]]，其中", 20, "%", "over", "")
    d.metric("佔比[[約三成]]", 30, "%", "approx", "")
    d.date("指，[[第三季]]活躍", "2026-Q3", "")
    d.metric("每月交易[[約31宗]]", 31, "宗", "approx", "")
    d.date("較[[去年同期]]增加4宗", "2025-Q3", "")
    d.metric("增加[[4宗]]", 4, "宗", "exact", "")
    # P4 八達通
    d.org("\n\n[[八達通卡有限公司]]（")
    d.org("有限公司（[[八達通]]）")
    d.org("流通的[[八達通]]卡")
    d.metric("八達通卡[[約2,150萬張]]", "2150e4", "张", "approx", "")
    d.metric("零售點[[約12.8萬個]]", "12.8e4", "个", "approx", "")
    d.metric("交易宗數[[約1,650萬宗]]", "1650e4", "宗", "approx", "")
    d.metric("交易額[[約2.6億元]]", "2.6e8", "元", "approx", "")
    d.org("；[[八達通]]App用戶")
    d.metric("已[[突破650萬]]", "650e4", "", "over", "")
    d.metric("按年增加[[約16%]]", 16, "%", "approx", "")
    d.date("該公司[[上月]]起", "2026-10", "")
    d.org("與[[港鐵]]及九巴")
    d.org("及[[九巴]]合作")
    d.metric("每程[[2元]]車資", 2, "元", "exact", "")
    d.metric("錄得[[逾120萬人次]]", "120e4", "人次", "over", "")
    # P5 cross-border travel
    d.org("方面，[[港鐵]]表示")
    d.date("站自[[今年3月]]起", "2026-03", HK)
    d.org("接受[[支付寶香港]]及")
    d.org("及[[微信支付香港]]的二維碼")
    d.date("截至[[9月底]]，往來", "2026-09", HK)
    d.city("往來[[香港]]與深圳")
    d.city("與[[深圳]]、廣州等地的乘客")
    d.city("深圳、[[廣州]]等地的乘客")
    d.metric("購票[[約860萬人次]]", "860e4", "人次", "approx", "广州市")
    d.org("；[[九巴]]則指")
    d.metric("旗下[[約4,100部]]巴士", 4100, "部",
             "approx", "")
    d.date("，[[10月]]以電子錢包", "2026-10", "")
    d.metric("按月增加[[約9%]]", 9, "%", "approx", "")
    # P6 the e-wallets
    d.org("方面，[[支付寶香港]]（")
    d.org("（[[AlipayHK]]）")
    d.metric("已[[超過420萬]]", "420e4", "", "over", "")
    d.metric("本地商戶[[約12萬個]]", "12e4", "个", "approx", "")
    d.date("，[[今年首10個月]]本地", Y, "")
    d.metric("按年增長[[約25%]]", 25, "%", "approx", "")
    d.org("；[[微信支付香港]]（")
    d.org("（[[WeChat Pay HK]]）")
    d.city("北上[[深圳]]、廣州、珠海")
    d.city("深圳、[[廣州]]、珠海")
    d.city("廣州、[[珠海]]、東莞")
    d.city("珠海、[[東莞]]及佛山")
    d.city("東莞及[[佛山]]等地")
    d.date("付款，[[上月]]跨境", "2026-10", "佛山市")
    d.metric("按年增加[[約35%]]", 35, "%", "approx", "佛山市")
    d.org("。[[滙豐]]旗下")
    d.org("及[[中銀香港]]的BoC")
    d.org("。[[螞蟻國際]]及騰訊")
    d.org("及[[騰訊]]均表示")
    d.date("表示，[[明年]]將把", NY, HK)
    d.city("接入[[香港]]的電子錢包")
    # P7 banks and merchants
    d.org("方面，[[恒生銀行]]、渣打香港")
    d.org("、[[渣打香港]]及東亞銀行")
    d.org("及[[東亞銀行]]上周")
    d.date("東亞銀行[[上周]]相繼", "2026-W47", "")
    d.date("，[[下月1日]]起豁免", "2026-12-01", "")
    d.metric("交易額的[[0.5%]]至", "0.5", "%", "exact", "")
    d.metric("至[[1%]]；", 1, "%", "exact", "")
    d.org("；[[眾安銀行]]及匯立銀行")
    d.org("及[[匯立銀行]]等虛擬")
    d.date("宗數，[[今年首三季]]按年", Y, "")
    d.metric("按年增長[[約41%]]", 41, "%", "approx", "")
    d.org("方面，[[香港零售管理協會]]調查")
    d.metric("顯示，[[逾七成]]會員", 70, "%", "over", "")
    d.org("，[[惠康]]、百佳")
    d.org("、[[百佳]]、萬寧")
    d.org("、[[萬寧]]及屈臣氏")
    d.org("及[[屈臣氏]]等連鎖店")
    d.metric("已升至[[約65%]]", 65, "%", "approx", "")
    d.date("趁[[本周五]]「黑色", "2026-11-27", "")
    d.date("「[[黑色星期五]]」推出", "2026-11-27", "")
    d.metric("付款享[[8折]]的優惠", 80, "%", "exact", "")
    # P8 visitors' payments
    d.org("方面，[[香港旅遊發展局]]數據")
    d.date("顯示，[[今年首三季]]訪港", Y, "")
    d.metric("的比例約為[[58%]]", 58, "%", "approx", "", sep="約")
    d.date("較[[2019年同期]]上升", "2019", "")
    d.metric("上升[[逾30個百分點]]", 30, "百分点", "over", "")
    d.org("多使用[[支付寶]]及微信支付")
    d.org("支付寶及[[微信支付]]，而")
    d.city("來自[[新加坡]]、吉隆坡")
    d.city("新加坡、[[吉隆坡]]、曼谷")
    d.city("吉隆坡、[[曼谷]]、東京")
    d.city("曼谷、[[東京]]及首爾")
    d.city("東京及[[首爾]]的旅客")
    d.org("多以[[Visa]]、萬事達卡等")
    d.org("Visa、[[萬事達卡]]等國際")
    d.org("。[[銀聯國際]]表示")
    d.date("表示，[[10月1日]]至7日", "2026-10-01", HK)
    d.date("10月1日至[[7日]]內地", "2026-10-07", HK)
    d.date("內地[[國慶]]黃金周", "2026-10-01", HK)
    d.city("期間，[[香港]]的銀聯卡")
    d.org("香港的[[銀聯]]卡交易額")
    d.metric("按年增長[[約12%]]。", 12, "%", "approx", HK)
    # P9 complaints, fraud and regulation
    d.org("\n\n[[消費者委員會]]（")
    d.org("委員會（[[消委會]]）")
    d.date("消委會）[[上月]]接獲", "2026-10", "")
    d.metric("投訴[[約320宗]]", 320, "宗", "approx", "")
    d.metric("按年增加[[約19%]]", 19, "%", "approx", "")
    d.metric("涉款[[約1,860萬元]]", "1860e4", "元", "approx", "")
    d.org("；[[香港警務處]]數據")
    d.date("顯示，[[今年首三季]]涉及", Y, "")
    d.metric("騙案[[約2,300宗]]", 2300, "宗", "approx", "")
    d.metric("損失金額[[約1.9億元]]", "1.9e8", "元", "approx", "")
    d.metric("按年減少[[約7%]]", 7, "%", "approx", "")
    d.org("。[[財經事務及庫務局]]局長")
    d.org("在[[立法會]]表示")
    d.org("，[[特區政府]]將檢視")
    d.date("研究在[[明年上半年]]推出", NY, "")
    # P10 the outlook
    d.date("展望[[年底]]，金管局", Y, "")
    d.org("，[[金管局]]預計")
    d.date("預計[[聖誕]]、元旦", "2026-12-25", "")
    d.date("、[[元旦]]及明年", "2027-01-01", "")
    d.date("及[[明年農曆新年]]的", "2027-02-06", "")
    d.metric("有望[[突破6.5億宗]]", "6.5e8", "宗", "over", "")
    d.city("本港與[[深圳]]、澳門")
    d.city("深圳、[[澳門]]等地")
    d.date("或於[[2027年]]升至", "2027", "澳门")
    d.metric("升至[[約75%]]", 75, "%", "approx", "澳门")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "深圳", "廣州", "珠海", "東莞", "佛山",
                   "澳門", "新加坡", "吉隆坡", "曼谷", "東京", "首爾", "泰國",
                   "內地", "東盟", "東南亞", "西九龍", "城市", "全港"],
        "excluded": [
            # deictic 本港 (x4); countries and regions (泰國 x2, 東盟,
            # 東南亞, 內地 x3); the station 高鐵西九龍站 (a facility);
            # 香港 stands elsewhere only inside ORGs (香港金融管理局,
            # 香港銀行同業結算有限公司, 支付寶香港 x2, 微信支付香港 x2,
            # 中銀香港, 香港電訊, 渣打香港, 香港零售管理協會,
            # 香港旅遊發展局, 香港警務處)
            "，[[本港]]居民", "第三季[[本港]]儲值", "隨著[[本港]]與", "在[[本港]]零售",
            "與[[泰國]]的", "在[[泰國]]商戶", "更多[[東盟]]市場",
            "內地及[[東南亞]]商戶", "更多[[內地]]及", "。[[內地]]旅客",
            "7日[[內地]]國慶", "高鐵[[西九龍]]站",
        ],
        "numbers_excluded": [],
        # 二維碼 (x2, QR codes), 一般 (usually), 進一步 (further)
        "cn_excluded": ["掃描[[二]]維碼", "香港的[[二]]維碼", "費[[一]]般為",
                        "進[[一]]步"],
        # FPS (the system's Latin name, a service), PromptPay (Thailand's
        # system), App (x2: 八達通's app), PayMe (滙豐's wallet, a
        # product), BoC Pay (中銀香港's wallet, a product)
        "latin_excluded": ["（[[FPS]]）", "的[[PromptPay]]", "八達通[[App]]用戶",
                           "手機[[App]]乘車", "的[[PayMe]]", "的[[BoC]] Pay",
                           "BoC [[Pay]]亦"],
        # time words that are no DATE: 按年 (year-on-year), 按季, 按月, 日均
        # (x3, daily averages), 單日 (a single day), 每月 (x2, recurring),
        # 至今 (x2), 日前 (vague), 旺季 (a season without a year word), 全年
        # (with no year), 黃金周 (after 國慶, outside the span), 明顯
        "words_excluded": {"按年": 11, "按季": 1, "按月": 1, "日均": 3,
                           "單日": 1, "每月": 2, "至今": 2, "日前": 1,
                           "旺季": 1, "全年": 1, "黃金周": 1, "同期": 0,
                           "當日": 0},
        # generic heads outside ORG rows: 銀行 (44間銀行, 虛擬銀行, 銀行方面), 局 (當局: the authority read back; 局長
        # after 財經事務及庫務局), 公司 (該公司: 八達通 read back), 協會
        # and 政府 only inside ORGs
        "orgwords_excluded": {"銀行": 3, "局": 2, "協會": 0, "政府": 0,
                              "公司": 1, "委員會": 0, "立法會": 0},
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
