#!/usr/bin/env python3
"""Gold annotation for the held-out articles g191_pet_economy_city_consumption
and g192_hk_building_repairs_property_management (annotator JA).

Adapted from the precedent set's tools/annotate_kb.py (now dev/tools/annotate_g187_g188.py) (/tmp/ho34/precedent:
a GB18030 mainland article and a UTF-16 BE Hong Kong one, the pair closest
to mine; copied and the data changed).  It keeps the checks of
annotate_kb.py and its predecessors: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date
(上周五/本周一/本周五 to the day of their week, 上周 to its ISO week, 昨日 to
the day before), the bare-day month rule, 当日/同日 repeating the latest
day, 去年同期 a year before its sentence's period, 上月 as a baseline after
a comparison word, the 上季 check, the range check, the 约占 check, the
declared shared unit, the hand-declared organizations of each article, the
bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为/約為 declared
as a separated marker, the precision check, the bare-year check, the check
that a traditional article holds no simplified character, the Hong Kong
block with its declared character inside ORG rows, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g191 is simplified (mainland, 第一财经日报, 2026-11-18), stored as UTF-8
  WITHOUT a BOM.  Its byline 第一财经日报记者 周思琪 上海报道 stands on line
  3.  Every non-ASCII character is three bytes in UTF-8 (the full-width
  punctuation too), so a reader that counts bytes shifts every row after
  the title; every character is GBK (no GB18030-only character).  OpenCC
  t2s leaves the article unchanged.
- g192 is traditional (Hong Kong, 星島日報, 2026-11-25), stored as UTF-16
  LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 屋 = U+5C4B, written
  4B 5C); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; one is outside plain Big5 and cp950:
  衞 (U+885E, the Hong Kong government's spelling, Big5-HKSCS 8F C0) of
  食物環境衞生署, standing only inside that ORG row.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho34/precedent: README, NOTES_ka/kb/kc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g191_g192.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_kb.py: the GB18030 block becomes a UTF-8-WITHOUT-BOM
block (no BOM of any kind; strict utf-8 and utf-8-sig read the same text;
the title's 宠 = E5 AE A0 opens the file; three bytes a non-ASCII
character; the GB and Big5 codecs and UTF-16 fail on the file or read
another text; every character GBK); the UTF-16 BE block becomes a UTF-16
LE block (exactly one BOM FF FE; the BOM-aware utf-16 codec reads the same
text; plain utf-16-le keeps U+FEFF in front; utf-16-be reads another text;
the title's 屋 = 4B 5C right after the BOM; two bytes a character, no
surrogate pair; the NUL byte AFTER every ASCII character); the Hong Kong
block declares 衞 inside one ORG name (食物環境衞生署); annotate_ka.py's
range rule joins check_last_year_period (the second end of a range of one
year states the year: 10月20日至11月11日…较去年同期 -> 2025); the Hong
Kong article's forms that OpenCC s2t would change are declared (伙 of the
flats, 厘 of an interest rate, 准 of 批准, 里 of 嘉里); a fraction keeps
its marker (約三分之一); units 元, 美元, %, 百分点, 只, 吨, 个, 家, 倍, 人 and
张, 份, 幢, 宗, 个, 元, 名, 间, 部, 天, 厘, %.
Re-run (from anywhere):

    python3 dev/tools/annotate_g191_g192.py
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
G191 = "g191_pet_economy_city_consumption"
G192 = "g192_hk_building_repairs_property_management"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G191: ("utf-8", b"", False, "2026-11-18", "第一财经日报"),
    G192: ("utf-16-le", BOM16LE, True, "2026-11-25", "星島日報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g191: 宠 of the title in UTF-8; g192: 屋 of the title in
# UTF-16 LE)
FIRST_CHAR = {G191: ("宠", b"\xe5\xae\xa0"), G192: ("屋", b"\x4b\x5c")}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G191: [], G192: []}
# characters of a mainland article that GBK lacks (none: g191 is UTF-8 and
# every character of it is GBK)
OUTSIDE_GBK = {G191: {}}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 衞 of the
# Hong Kong government's 衞生 (Hong Kong's only)
OUTSIDE_BIG5 = {G192: {"衞": False}}
# ... and the ORG rows they may stand in (every occurrence inside one)
IN_ORG = {G192: {"衞": ["食物環境衞生署"]}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 屋宇署, 發展局, 消防處 …, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G192}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them: 伙 (flats: 每伙; GUIDELINES, Hong Kong's 伙), 厘 (the
# rate of a loan: 2.8厘; GUIDELINES 3.5厘), 准 (批准, written so in Hong
# Kong), 里 (嘉里, Kerry: the company's own characters)
S2T_ALLOWED = {G192: {"伙", "厘", "准", "里"}}
# common simplified-only characters a traditional article must not hold
# (annotate_kb.py's list)
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
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "写楼级净纳积续让扩业报亿"
                   "龄护陆鉴础钟骤扬纲")
# Holidays the articles name, by their exact span (2025-2027): g191
# (mainland, 2026-11-18): 国庆 2026-10-01 (the one just past; 假期期间
# outside), 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming
# ones, no year written in their sentence); g192 (Hong Kong, 2026-11-25):
# 聖誕 2026-12-25 and 農曆新年 2027-02-06 (the coming ones; 农历新年 is 春节;
# 假期前後 outside).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the
# precedent annotator KB checked them with lunardate 0.3.0 for 2025-2027)
# and days computed from the calendar (黑色星期五; none here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING, "重陽": _DOUBLE_NINTH, "重阳": _DOUBLE_NINTH}


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


COMPUTED_DAYS = {"黑色星期五": _black_friday}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g191 (2026: municipalities 北京, 上海; prefecture-level cities 聊城,
    # 烟台 (山东), 杭州, 温州 (浙江), 邢台 (河北), 成都 (四川), 深圳 (广东),
    # 南京 (江苏), 武汉 (湖北), 西安 (陕西))
    "上海": "上海市", "聊城": "聊城市", "烟台": "烟台市", "杭州": "杭州市",
    "温州": "温州市", "邢台": "邢台市", "成都": "成都市", "南京": "南京市",
    "武汉": "武汉市", "西安": "西安市", "北京": "北京市", "深圳": "深圳市",
    # g192 (traditional spans; 香港, 澳門 by their common names; mainland
    # cities by their full simplified names (深圳, 佛山 written alike; 東莞
    # -> 东莞市); foreign cities by their mainland names: 倫敦 -> 伦敦,
    # 新加坡, 東京 -> 东京)
    "香港": "香港", "澳門": "澳门", "東莞": "东莞市", "佛山": "佛山市",
    "倫敦": "伦敦", "新加坡": "新加坡", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "东京", "伦敦"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text.  OpenCC t2s keeps the
# Hong Kong government's 衞 (it reads it as a variant, not a traditional
# form): 食物環境衞生署 -> 食物环境衞生署, kept as t2s gives it, as the
# precedent annotator KB kept 衞生署)
ORG_NORM = {
    "屋宇署": "屋宇署", "市建局": "市建局",
    "立法會發展事務委員會": "立法会发展事务委员会",
    "發展局": "发展局", "市區重建局": "市区重建局",
    "廉政公署": "廉政公署", "廉署": "廉署",
    "競爭事務委員會": "竞争事务委员会", "競委會": "竞委会",
    "香港測量師學會": "香港测量师学会",
    "物業管理業監管局": "物业管理业监管局", "監管局": "监管局",
    "新鴻基地產": "新鸿基地产", "啟勝": "启胜", "康業": "康业",
    "信和物業管理": "信和物业管理",
    "嘉里物業管理服務": "嘉里物业管理服务",
    "香港物業管理公司協會": "香港物业管理公司协会",
    "第一太平戴維斯": "第一太平戴维斯", "仲量聯行": "仲量联行",
    "民政事務總署": "民政事务总署", "民政總署": "民政总署",
    "土地審裁處": "土地审裁处", "消防處": "消防处",
    "機電工程署": "机电工程署", "機電署": "机电署",
    "香港房屋協會": "香港房屋协会", "房協": "房协",
    "食物環境衞生署": "食物环境衞生署",
    "申訴專員公署": "申诉专员公署",
    "香港大學房地產及建設系": "香港大学房地产及建设系",
    "中銀香港": "中银香港", "東亞銀行": "东亚银行",
    "建造業議會": "建造业议会", "立法會": "立法会",
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
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM (new here, after
            # annotate_ka.py's block with one): no BOM of any kind (checked
            # above); the strict utf-8 reading and the BOM-aware utf-8-sig
            # reading give the same text, with no U+FEFF anywhere
            assert bom == b"" and full == raw, doc_id
            assert raw.decode("utf-8-sig") == self.text, doc_id
            assert "\ufeff" not in raw.decode("utf-8"), doc_id
            # the file opens with the title's first character (g191: 宠 =
            # E5 AE A0)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:3] == ch.encode("utf-8") == \
                code, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation too; no four-byte character), so a
            # count in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a legacy codec or UTF-16 fails on it or reads another text
            # (annotate_ka.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM (new here,
            # after annotate_kb.py's UTF-16 BE block): exactly one BOM FF
            # FE, the BOM-aware codec reads the same text, the plain
            # little-endian reading keeps U+FEFF in front (one code point
            # that would shift every offset by one), the big-endian reading
            # is another text
            assert bom == BOM16LE and full[:2] == BOM16LE, doc_id
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-le") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-be") or \
                full.decode("utf-16-be") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-be") or \
                raw.decode("utf-16-be") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g192: 屋 = U+5C4B, written 4B 5C)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-le") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character leaves a NUL byte AFTER it (little-
            # endian): the file reads as binary to a reader that ignores
            # the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i + 1] == 0 and raw[2 * i] == ord(c)
                       for i, c in enumerate(self.text)
                       if ord(c) < 0x80), doc_id
            # a legacy codec or UTF-8 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") or c in OUTSIDE_GBK.get(doc_id, {})
                       for c in self.text), doc_id   # GBK but the declared
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_kb.py's block,
            # applied to the decoded text of a UTF-16 file): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                assert len(c.encode("big5hkscs")) == 2, c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 屋宇署, 發展局, 消防處 …, stand alone
            # as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # the declared characters stand only inside the ORG rows
            # declared for them (衞 in 食物環境衞生署; annotate_lb.py's
            # check, run in check()), so they are no span-less characters
            self.in_org_span = {c: IN_ORG[doc_id][c] for c in outside}
            assert sorted(self.in_org_span) == outside, doc_id
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
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g191 The pet economy, November 2026: 中国畜牧业协会宠物产业分会's figures
# for the first three quarters (consumption, cats and dogs, spending per
# pet), the pet food makers (乖宝宠物 in 聊城, 中宠股份 in 烟台; 玛氏,
# 雀巢普瑞纳; 天元宠物 in 杭州, 福贝宠物 and 比瑞吉 in 上海; 佩蒂股份 and
# 源飞宠物 in 温州), exports (海关总署, 青岛海关, 邢台's cluster), the
# regulators (农业农村部, 国家市场监督管理总局), the platforms (京东, 天猫,
# 抖音, 拼多多; 美团闪购 and 美团, 淘宝闪购 in 上海, 杭州, 成都), the hospital
# chains and their investors (新瑞鹏宠物医疗集团 with 南京, 武汉, 西安; 瑞派宠物
# and 港交所; 高瓴资本, 红杉中国, 腾讯), pet insurance (众安保险, 平安产险 in
# 北京 and 深圳), dog licences (北京市公安局 and 北京; 上海市公安局;
# 广州市公安局 and 广州市农业农村局; 中国小动物保护协会), cities' plans
# (烟台市商务局; 聊城's park; 成都), vets (中国兽医协会, 中国农业大学动物
# 医学院, 中国畜牧兽医学会小动物医学分会) and the outlook (小佩宠物, 波奇宠物).
# Simplified, UTF-8 without BOM, 2026-11-18 (a Wednesday, ISO week
# 2026-W47), 第一财经日报; the byline 第一财经日报记者 周思琪 上海报道 on line
# 3.  昨日 2026-11-17; 上周 2026-W46; 上周五 2026-11-13; 本周一 2026-11-16;
# 上月 2026-10; 本月 2026-11; 国庆 2026-10-01; 元旦 2027-01-01; 春节
# 2027-02-06; 年初, 年底 2026; 明年 2027, 明年1月1日 2027-01-01, 明年上半年
# 2027; 两年前 2024; 去年同期 2025 (after 今年前三季度 and after the range
# 10月20日至11月11日) and 2025-09 (after 截至9月底).
# ===========================================================================
@doc
def g191():
    d = Doc(G191)
    Y, LY, NY = "2026", "2025", "2027"
    LC, YT, WZ, XT, HZ, SH, CD, NJ, BJ, SZ = (
        "聊城市", "烟台市", "温州市", "邢台市", "杭州市", "上海市", "成都市",
        "南京市", "北京市", "深圳市")
    # title (a heading that opens with no city: no city section; 前三季度
    # after the noun it is about, GUIDELINES)
    d.date("宠物消费[[前三季度]]增长", Y, "")
    d.metric("增长[[8.6%]] 多城", "8.6", "%", "exact", "")
    # byline 第一财经日报记者 周思琪 上海报道 (GUIDELINES: a name ending in
    # 日报 right before 记者 at the start of a line names the outlet; 上海,
    # where the report is filed, a CITY, as precedent KB's 上海报道; a
    # heading that opens with an ORG, no city section)
    d.org("[[第一财经日报]]记者")
    d.city("周思琪 [[上海]]报道")
    # P1 the association's figures
    d.org("\n\n[[中国畜牧业协会宠物产业分会]]昨日")
    d.date("分会[[昨日]]（11月17日）", "2026-11-17", "")
    d.date("昨日（[[11月17日]]）", "2026-11-17", "")
    d.date("显示，[[今年前三季度]]，全国", Y, "")
    d.metric("规模约为[[2380亿元]]", "2380e8", "元", "approx", "", sep="约")
    d.metric("同比增长[[8.6%]]，增速", "8.6", "%", "exact", "")
    d.date("增速较[[去年同期]]回落", LY, "")
    d.metric("回落[[1.3个百分点]]", "1.3", "百分点", "exact", "")
    d.date("截至[[9月底]]，城镇", "2026-09", "")
    d.metric("犬猫数量[[约1.31亿只]]", "1.31e8", "只", "approx", "")
    d.date("猫的数量较[[去年同期]]增加", "2025-09", "")
    d.metric("增加[[约6.4%]]", "6.4", "%", "approx", "")
    d.date("；[[今年前三季度]]单只", Y, "")
    d.metric("平均消费约为[[2950元]]", 2950, "元", "approx", "", sep="约")
    d.metric("升至[[28.5%]]", "28.5", "%", "exact", "")
    # P2 the food makers
    d.city("山东[[聊城]]的乖宝")
    d.org("聊城的[[乖宝宠物]]上周")
    d.date("乖宝宠物[[上周]]公布", "2026-W46", LC)
    d.date("公布的[[三季度]]报告", "2026-Q3", LC)
    d.metric("单季营收约为[[16.8亿元]]", "16.8e8", "元", "approx", LC,
             sep="约")
    d.metric("同比增长[[19.2%]]", "19.2", "%", "exact", LC)
    d.metric("占比[[超过七成]]", 70, "%", "over", LC)
    d.city("；[[烟台]]的中宠")
    d.org("烟台的[[中宠股份]]三季度")
    d.date("中宠股份[[三季度]]营收", "2026-Q3", YT)
    d.metric("营收为[[15.3亿元]]", "15.3e8", "元", "exact", YT)
    d.metric("降至[[约55%]]", 55, "%", "approx", YT)
    d.org("方面，[[玛氏]]、")
    d.org("、[[雀巢普瑞纳]]在国内")
    d.metric("份额已降至[[约22%]]", 22, "%", "approx", HZ)
    d.city("，[[杭州]]的天元")
    d.org("杭州的[[天元宠物]]、")
    d.city("、[[上海]]的福贝")
    d.org("上海的[[福贝宠物]]和")
    d.org("和[[比瑞吉]]均")
    # P3 exports
    d.city("在浙江[[温州]]，")
    d.org("，[[佩蒂股份]]、源飞")
    d.org("、[[源飞宠物]]等企业")
    d.org("，[[佩蒂股份]]相关负责人")
    d.date("表示，[[今年]]公司", Y, WZ)
    d.metric("有望[[突破6亿元]]", "6e8", "元", "over", WZ)
    d.org("。[[海关总署]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，我国", "2026-10", "")
    d.metric("出口量约为[[27.6万吨]]", "27.6e4", "吨", "approx", "",
             sep="约")
    d.metric("出口额为[[11.4亿美元]]", "11.4e8", "美元", "exact", "")
    d.metric("分别增长[[5.3%]]和", "5.3", "%", "exact", "")
    d.metric("和[[7.8%]]。", "7.8", "%", "exact", "")
    d.org("。[[青岛海关]]上月")
    d.date("青岛海关[[上月]]通报", "2026-10", "")
    d.metric("已增至[[126家]]", 126, "家", "exact", "")
    d.metric("销往[[50多个]]国家", 50, "个", "over", "")
    d.city("河北[[邢台]]的宠物")
    d.metric("聚集了[[超过300家]]", 300, "家", "over", XT)
    # P4 the regulators
    d.org("。[[农业农村部]]今年8月")
    d.date("农业农村部[[今年8月]]就", "2026-08", "")
    d.org("；[[国家市场监督管理总局]]上月")
    d.date("总局[[上月]]通报", "2026-10", "")
    d.metric("不合格率约为[[1.7%]]", "1.7", "%", "approx", "", sep="约")
    d.metric("下降[[0.6个百分点]]", "0.6", "百分点", "exact", "")
    # P5 the platforms (a range of days of one year states the year:
    # 去年同期 after it is 2025, GUIDELINES)
    d.date("。[[10月20日]]至11月11日", "2026-10-20", "")
    d.date("10月20日至[[11月11日]]的", "2026-11-11", "")
    d.org("期间，[[京东]]平台")
    d.date("成交额较[[去年同期]]增长约24%", LY, "")
    d.metric("增长[[约24%]]", 24, "%", "approx", "")
    d.metric("成交额增长[[1.6倍]]", "1.6", "倍", "exact", "")
    d.org("；[[天猫]]数据")
    d.metric("份额升至[[约58%]]", 58, "%", "approx", "")
    d.org("。[[抖音]]上")
    d.metric("同比增长[[三成以上]]", 30, "%", "over", "")
    d.org("，[[拼多多]]则表示")
    d.metric("订单占比约为[[45%]]", 45, "%", "approx", "", sep="约")
    # P6 instant retail
    d.org("。[[美团闪购]]相关负责人")
    d.date("介绍，[[今年]]以来", Y, "")
    d.metric("订单量同比增长[[约62%]]", 62, "%", "approx", "")
    d.metric("占比达到[[27%]]", 27, "%", "exact", "")
    d.date("；[[国庆]]假期期间", "2026-10-01", "")
    d.org("，[[美团]]平台")
    d.metric("喂养订单同比增长[[约75%]]", 75, "%", "approx", "")
    d.org("。[[淘宝闪购]]上月")
    d.date("淘宝闪购[[上月]]在", "2026-10", SH)
    d.city("在[[上海]]、杭州")
    d.city("上海、[[杭州]]、成都")
    d.city("、[[成都]]等城市")
    d.metric("药房[[超过2000家]]", 2000, "家", "over", CD)
    # P7 hospital chains and capital
    d.org("。[[新瑞鹏宠物医疗集团]]披露")
    d.metric("已[[超过1800家]]", 1800, "家", "over", NJ)
    d.date("，[[今年]]新开", Y, NJ)
    d.metric("医院中[[约四成]]位于", 40, "%", "approx", NJ)
    d.city("位于[[南京]]、")
    d.city("、[[武汉]]、")
    d.city("、[[西安]]等二线")
    d.org("推进[[港交所]]上市")
    d.org("上市的[[瑞派宠物]]上月")
    d.date("瑞派宠物[[上月]]发布", "2026-10", "")
    d.date("截至[[9月底]]其", "2026-09", "")
    d.metric("医院为[[576家]]", 576, "家", "exact", "")
    d.metric("覆盖[[约70个]]城市", 70, "个", "approx", "")
    d.org("，[[高瓴资本]]、")
    d.org("、[[红杉中国]]等机构")
    d.date("等机构[[今年]]在", Y, "")
    d.metric("已[[超过40亿元]]", "40e8", "元", "over", "")
    # 去年全年: GUIDELINES, 全年 after a year is outside the span
    d.date("较[[去年]]全年", LY, "")
    d.org("，[[腾讯]]也参与")
    d.metric("一笔[[约8亿元]]的", "8e8", "元", "approx", "")
    # P8 pet insurance
    d.org("。[[众安保险]]数据")
    d.date("显示，[[今年前10个月]]其", Y, "")
    d.metric("保费收入约为[[9.2亿元]]", "9.2e8", "元", "approx", "",
             sep="约")
    d.metric("同比增长[[41%]]", 41, "%", "exact", "")
    d.metric("总数的[[约3%]]", 3, "%", "approx", "")
    d.org("；[[平安产险]]本月")
    d.date("平安产险[[本月]]起", "2026-11", BJ)
    d.city("在[[北京]]、深圳")
    d.city("北京、[[深圳]]试点")
    d.metric("已有[[近600家]]", 600, "家", "approx", SZ)
    # P9 dog licences
    d.org("平衡。[[北京市公安局]]数据")
    d.date("截至[[10月底]]，北京", "2026-10", BJ)
    d.city("10月底，[[北京]]登记")
    d.metric("犬只约为[[78万只]]", "78e4", "只", "approx", BJ, sep="约")
    d.date("较[[年初]]增加", Y, BJ)
    d.metric("增加[[约4.6万只]]", "4.6e4", "只", "approx", BJ)
    d.org("；[[上海市公安局]]今年")
    d.date("上海市公安局[[今年]]起", Y, "")
    d.metric("已为[[约51万只]]", "51e4", "只", "approx", "")
    d.org("。[[广州市公安局]]与")
    d.org("与[[广州市农业农村局]]上周五")
    d.date("农业农村局[[上周五]]联合", "2026-11-13", "")
    d.date("自[[明年1月1日]]起", "2027-01-01", "")
    d.metric("每只[[500元]]不变", 500, "元", "exact", "")
    d.org("。[[中国小动物保护协会]]则建议")
    # P10 the cities' plans
    d.org("。[[烟台市商务局]]本周一")
    d.date("商务局[[本周一]]表示", "2026-11-16", "")
    d.date("企业[[前三季度]]出口", Y, "")
    d.metric("交货值约为[[38亿元]]", "38e8", "元", "approx", "", sep="约")
    d.city("；[[聊城]]依托")
    d.org("依托[[乖宝宠物]]建设")
    d.date("产业园[[今年]]已签约", Y, LC)
    d.metric("签约项目[[17个]]", 17, "个", "exact", LC)
    d.metric("总投资[[约65亿元]]", "65e8", "元", "approx", LC)
    d.city("。[[成都]]一家")
    d.date("当地[[三季度]]新开业", "2026-Q3", CD)
    d.metric("医院[[超过120家]]", 120, "家", "over", CD)
    d.metric("下降[[约6%]]", 6, "%", "approx", CD)
    # P11 vets
    d.org("。[[中国兽医协会]]统计")
    d.metric("约有[[11.8万人]]", "11.8e4", "人", "approx", "", sep="约")
    d.metric("约占[[六成]]", 60, "%", "approx", "", sep="约")
    d.org("；[[中国农业大学动物医学院]]今年")
    d.date("动物医学院[[今年]]扩招", Y, "")
    d.date("较[[两年前]]增加", "2024", "")
    d.metric("增加[[一倍]]", 1, "倍", "exact", "")
    d.org("。[[中国畜牧兽医学会小动物医学分会]]一位")
    d.metric("仍在[[15%左右]]", 15, "%", "approx", "")
    # P12 the outlook
    d.date("展望[[年底]]，", Y, "")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("预计，[[今年]]城镇", Y, "")
    d.metric("有望[[突破3200亿元]]", "3200e8", "元", "over", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("保持在[[6%]]至8%", 6, "%", "exact", "")
    d.metric("至[[8%]]；", 8, "%", "exact", "")
    d.org("；[[小佩宠物]]、")
    d.org("、[[波奇宠物]]等企业")
    d.date("计划在[[明年上半年]]推出", NY, "")
    audit = {
        "orgs": ["第一财经日报", "中国畜牧业协会宠物产业分会", "乖宝宠物",
                 "中宠股份", "玛氏", "雀巢普瑞纳", "天元宠物", "福贝宠物",
                 "比瑞吉", "佩蒂股份", "源飞宠物", "海关总署", "青岛海关",
                 "农业农村部", "国家市场监督管理总局", "京东", "天猫", "抖音",
                 "拼多多", "美团闪购", "美团", "淘宝闪购", "新瑞鹏宠物医疗集团",
                 "港交所", "瑞派宠物", "高瓴资本", "红杉中国", "腾讯",
                 "众安保险", "平安产险", "北京市公安局", "上海市公安局",
                 "广州市公安局", "广州市农业农村局", "中国小动物保护协会",
                 "烟台市商务局", "中国兽医协会", "中国农业大学动物医学院",
                 "中国畜牧兽医学会小动物医学分会", "小佩宠物", "波奇宠物"],
        "cities": ["上海", "聊城", "烟台", "杭州", "温州", "邢台", "成都",
                   "南京", "武汉", "西安", "北京", "深圳", "青岛", "广州",
                   "山东", "浙江", "河北", "中国", "全国", "全市", "城市",
                   "多城", "我国", "当地", "各地", "多地", "县域"],
        "excluded": [
            # 多城 (several cities, title), 城市 (x4: 等城市, 二线城市,
            # 约70个城市, 一线城市: generic or tier labels), 全国 (x2,
            # national), 全市 (x2, deictic, SPEC), 山东, 浙江, 河北 (the
            # provinces before their cities), 我国, 当地, 各地 (x2), 多地,
            # 县域 (generic); 青岛 and 广州 stand only inside ORGs (青岛海关,
            # 广州市公安局, 广州市农业农村局), 中国 only inside ORGs
            "[[多城]]优化", "等[[城市]]上线", "二线[[城市]]", "个[[城市]]。",
            "一线[[城市]]", "，[[全国]]城镇", "，[[全国]]执业", "在[[全市]]推广",
            "，[[全市]]宠物", "[[山东]]聊城", "在[[浙江]]温州", "[[河北]]邢台",
            "，[[我国]]宠物", "，[[当地]]三季度", "[[各地]]养犬", "，[[各地]]把",
            "[[多地]]正把", "来自[[县域]]",
        ],
        "numbers_excluded": [],
        # 连续三年 (a duration), 上一轮 (the previous round), 一位 (x3), 其中一笔,
        # 成都一家 (indefinites), 二线, 一线 (tier labels: SPEC, 一线城市)
        "cn_excluded": ["连续[[三]]年", "上[[一]]轮", "[[一]]位接近",
                        "[[一]]位专家", "[[一]]位券商", "其中[[一]]笔",
                        "成都[[一]]家", "[[二]]线城市", "[[一]]线城市"],
        "latin_excluded": [],
        # time words that are no DATE: 周 of the reporter's name, 单季 (a
        # single quarter, the company's), 年度大促 (the yearly sale), 连续三年
        # (a duration), 全年 (outside 去年, GUIDELINES), 年流失率 (an annual
        # rate), 老年 (old pets), 明显 (x3), 环节; 同期 only inside rows
        "words_excluded": {"周思琪": 1, "单季": 1, "年度大促": 1,
                           "连续三年": 1, "全年": 1, "年流失率": 1, "老年": 1,
                           "明显": 3, "环节": 1, "同期": 0, "当天": 0,
                           "日前": 0},
        # generic heads outside ORG rows: 公司 (公司单季, 今年公司: the company
        # read back), 机构 (等机构), 医院 (宠物医院 and 专科医院: kinds);
        # 协会, 学会, 分会, 海关, 集团, 大学 and 学院 only inside ORGs
        "orgwords_excluded": {"公司": 2, "机构": 1, "医院": 8, "协会": 0,
                              "学会": 0, "分会": 0, "海关": 0, "集团": 0,
                              "大学": 0, "学院": 0, "总局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g192 Old buildings' repairs and management in Hong Kong, November 2026:
# 屋宇署's orders and notices for the first three quarters (to
# 立法會發展事務委員會; mandatory building and window inspection), 發展局,
# 市區重建局 (市建局: the common-area subsidy, the needy owners' grant, the
# 「招標妥」 service, the preventive maintenance scheme), bid-rigging (廉政公署
# (廉署), 競爭事務委員會 (競委會), 香港測量師學會), repair costs, the property
# management regulator (物業管理業監管局 (監管局)), management companies
# (新鴻基地產's 啟勝 and 康業, 信和物業管理, 嘉里物業管理服務, 香港物業管理
# 公司協會, 第一太平戴維斯, 仲量聯行), owners' corporations (民政事務總署
# (民政總署), 土地審裁處), fire safety and lifts (消防處, 機電工程署 (機電署),
# 香港房屋協會 (房協)), water seepage (食物環境衞生署 with 屋宇署; 申訴專員
# 公署), other cities (香港大學房地產及建設系 with 倫敦, 新加坡, 東京, 上海,
# 深圳; 澳門; materials from 深圳, 東莞, 佛山), loans (屋宇署, 中銀香港,
# 東亞銀行, 建造業議會) and the outlook (發展局 and 立法會; 聖誕, 農曆新年;
# 屋宇署's briefing in 九龍城, a district).
# Traditional as Hong Kong writes it (首三季, 首10個月, 按年, 上周, 本周五,
# 明年第一季, 幢 for buildings, 宗 for cases, 張 for orders, 份 for notices,
# 伙 for flats, 間 for companies, 部 for lifts, 厘 for an interest rate, 元
# for HK dollars, 每平方呎, 佔, 公布), UTF-16 LE with BOM, 2026-11-25 (a
# Wednesday, ISO week 2026-W48), 星島日報 (no byline line).  昨日 and 24日
# 2026-11-24; 同日 2026-11-24; 上周 2026-W47; 上周五 2026-11-20; 本周五 and
# 27日 2026-11-27; 上月 2026-10; 本月 2026-11; 下月 2026-12; 聖誕
# 2026-12-25; 農曆新年 2027-02-06; 明年 2027, 明年第一季 2027-Q1, 明年3月
# 2027-03; 兩年前 2024; 去年同期 2025-09 (after 截至9月底) and 2025 (after
# 今年首三季 and 今年首10個月).
# ===========================================================================
@doc
def g192():
    d = Doc(G192)
    Y, LY, NY = "2026", "2025", "2027"
    HK, MO, FS = ("香港", "澳门", "佛山市")
    # title (a heading that opens with an ORG: no city section; 首三季 after
    # the body it is about, Hong Kong's quarters without 度, GUIDELINES)
    d.org("[[屋宇署]]首三季發")
    d.date("屋宇署[[首三季]]發", Y, "")
    d.metric("發[[逾1.2萬張]]命令", "1.2e4", "张", "over", "")
    d.org("命令 [[市建局]]維修")
    d.metric("按年增[[兩成]]\n", 20, "%", "exact", "")
    # P1 屋宇署's orders
    d.org("\n\n[[屋宇署]]昨日")
    d.date("屋宇署[[昨日]]（24日）", "2026-11-24", "")
    d.date("昨日（[[24日]]）", "2026-11-24", "")
    d.org("向[[立法會發展事務委員會]]提交")
    d.date("顯示，[[今年首三季]]共向", Y, "")
    d.metric("發出[[逾1.2萬張]]法定", "1.2e4", "张", "over", "")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", "")
    d.metric("通知約為[[7,300份]]", 7300, "份", "approx", "", sep="約")
    d.date("截至[[9月底]]，仍未", "2026-09", "")
    d.metric("通知約有[[2.1萬份]]", "2.1e4", "份", "approx", "", sep="約")
    d.date("較[[去年同期]]減少", "2025-09", "")
    d.metric("減少[[9%]]。", 9, "%", "exact", "")
    d.date("署方[[今年首三季]]發出", Y, "")
    d.metric("發出[[約2.4萬份]]通知", "2.4e4", "份", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.org("。[[發展局]]表示，香港")
    d.city("表示，[[香港]]約有")
    d.metric("香港約有[[4.3萬幢]]", "4.3e4", "幢", "approx", HK, sep="約")
    d.metric("當中[[約四成]]已", 40, "%", "approx", HK)
    # P2 the URA's subsidies
    d.org("\n\n[[市區重建局]]（")
    d.org("（[[市建局]]）同日")
    d.date("）[[同日]]公布", "2026-11-24", "")
    d.date("公布，[[今年首10個月]]共", Y, "")
    d.metric("接獲[[約1,480宗]]", 1480, "宗", "approx", "")
    d.metric("申請，按年增加[[兩成]]，", 20, "%", "exact", "")
    d.metric("涉及[[約3.6萬個]]單位", "3.6e4", "个", "approx", "")
    d.metric("批出[[約2,900宗]]", 2900, "宗", "approx", "")
    d.metric("最高可獲[[8萬元]]", "8e4", "元", "exact", "")
    d.org("。[[市建局]]上月起")
    d.date("市建局[[上月]]起", "2026-10", "")
    d.metric("增至[[約690個]]", 690, "个", "approx", "")
    d.metric("估算低[[約12%]]", 12, "%", "approx", "")
    # P3 the preventive maintenance scheme (launched in April 2024: two
    # years before the article's year, SPEC N年前)
    d.org("\n\n[[市建局]]兩年前")
    d.date("市建局[[兩年前]]自資", "2024", "")
    d.metric("已接獲[[約45宗]]", 45, "宗", "approx", "")
    d.metric("涉及[[逾1.8萬個]]單位", "1.8e4", "个", "over", "")
    d.metric("供款約為[[300元]]", 300, "元", "approx", "", sep="約")
    # P4 bid-rigging
    d.org("。[[廉政公署]]（")
    d.org("（[[廉署]]）表示")
    d.date("表示，[[今年首三季]]接獲", Y, "")
    d.metric("投訴約為[[110宗]]", 110, "宗", "approx", "", sep="約")
    d.metric("投訴[[約一成]]", 10, "%", "approx", "")
    d.org("；[[競爭事務委員會]]（")
    d.org("（[[競委會]]）上周五")
    d.date("）[[上周五]]則", "2026-11-20", "")
    d.metric("已就[[三宗]]涉嫌", 3, "宗", "exact", "")
    d.metric("總額[[逾2.6億元]]", "2.6e8", "元", "over", "")
    d.org("。[[香港測量師學會]]建議")
    # P5 repair costs
    d.org("。[[香港測量師學會]]上月")
    d.date("學會[[上月]]發表", "2026-10", "")
    d.date("顯示，[[今年首三季]]單幢", Y, "")
    d.metric("開支約為[[13.5萬元]]", "13.5e4", "元", "approx", "", sep="約")
    d.date("較[[去年同期]]上升約6%", LY, "")
    d.metric("上升[[約6%]]，其中", 6, "%", "approx", "")
    d.metric("總開支[[逾五成]]", 50, "%", "over", "")
    # P6 the property management regulator
    d.org("\n\n[[物業管理業監管局]]（")
    d.org("（[[監管局]]）數據")
    d.date("截至[[10月底]]，監管局", "2026-10", "")
    d.org("10月底，[[監管局]]已發出")
    d.metric("發出[[約850個]]", 850, "个", "approx", "")
    d.metric("及[[逾2.1萬個]]物管人", "2.1e4", "个", "over", "")
    d.metric("全港[[約250萬個]]", "250e4", "个", "approx", "")
    d.org("。[[監管局]]上月")
    d.date("監管局[[上月]]巡查", "2026-10", "")
    d.metric("巡查[[約120個]]", 120, "个", "approx", "")
    d.metric("發現[[約15%]]的", 15, "%", "approx", "")
    d.date("並於[[本月]]向", "2026-11", "")
    d.metric("其中[[9間]]公司", 9, "间", "exact", "")
    # P7 management companies
    d.org("。[[新鴻基地產]]旗下")
    d.org("旗下的[[啟勝]]及")
    d.org("及[[康業]]表示")
    d.date("表示，[[今年]]已新接手", Y, "")
    d.metric("接手[[約40幢]]", 40, "幢", "approx", "")
    d.org("；[[信和物業管理]]及")
    d.org("及[[嘉里物業管理服務]]亦")
    d.metric("增聘[[約200名]]及", 200, "名", "approx", "")
    d.metric("及[[約150名]]前線", 150, "名", "approx", "")
    d.org("。[[香港物業管理公司協會]]指出")
    d.metric("空缺率約為[[8%]]", 8, "%", "approx", "", sep="約")
    d.date("薪酬[[今年首三季]]平均", Y, "")
    d.metric("平均上升[[約5.5%]]", "5.5", "%", "approx", "")
    d.org("。[[第一太平戴維斯]]及")
    d.org("及[[仲量聯行]]的數據")
    d.metric("每平方呎約為[[4.6元]]", "4.6", "元", "approx", "", sep="約")
    d.metric("上調[[約3%]]", 3, "%", "approx", "")
    # P8 owners' corporations
    d.org("\n\n[[民政事務總署]]（")
    d.org("（[[民政總署]]）資料")
    d.metric("現有[[約1.2萬個]]", "1.2e4", "个", "approx", "")
    d.date("法團，[[今年首三季]]新成立", Y, "")
    d.metric("新成立[[約290個]]", 290, "个", "approx", "")
    d.org("。[[民政總署]]下月")
    d.date("民政總署[[下月]]將", "2026-12", "")
    d.metric("協助[[約600幢]]", 600, "幢", "approx", "")
    d.org("。[[土地審裁處]]今年")
    d.date("審裁處[[今年首10個月]]受理", Y, "")
    d.metric("案件約為[[340宗]]", 340, "宗", "approx", "", sep="約")
    d.date("較[[去年同期]]增加約7%", LY, "")
    d.metric("增加[[約7%]]", 7, "%", "approx", "")
    # P9 fire safety and lifts
    d.org("\n\n[[消防處]]表示")
    d.date("截至[[9月底]]，仍有", "2026-09", "")
    d.metric("仍有[[約4,100幢]]", 4100, "幢", "approx", "")
    d.org("；[[機電工程署]]（")
    d.org("（[[機電署]]）則指")
    d.metric("全港約有[[6.9萬部]]", "6.9e4", "部", "approx", "", sep="約")
    d.metric("其中[[約三分之一]]為", "33.3333333333", "%", "approx", "")
    d.metric("資助[[約5,300部]]", 5300, "部", "approx", "")
    d.org("。[[香港房屋協會]]（")
    d.org("（[[房協]]）上周")
    d.date("）[[上周]]表示", "2026-W47", "")
    d.date("中心[[今年]]已處理", Y, "")
    d.metric("處理[[約3,500宗]]", 3500, "宗", "approx", "")
    # P10 water seepage
    d.org("。[[食物環境衞生署]]與")
    d.org("與[[屋宇署]]合組")
    d.date("辦事處[[今年首10個月]]接獲", Y, "")
    d.metric("接獲[[約2.6萬宗]]", "2.6e4", "宗", "approx", "")
    d.metric("按年上升[[6%]]，但", 6, "%", "exact", "")
    d.metric("只有[[約四成]]。", 40, "%", "approx", "")
    d.org("。[[申訴專員公署]]今年8月")
    d.date("公署[[今年8月]]已", "2026-08", "")
    d.metric("時間約為[[95天]]", 95, "天", "approx", "", sep="約")
    # P11 other cities
    d.org("\n\n[[香港大學房地產及建設系]]一位")
    d.city("認為，[[倫敦]]、")
    d.city("、[[新加坡]]及東京")
    d.city("及[[東京]]等城市")
    d.city("，[[上海]]、深圳等")
    d.city("上海、[[深圳]]等內地")
    d.city("，[[香港]]可參考")
    d.city("鄰近的[[澳門]]今年")
    d.date("澳門[[今年]]亦擴大", Y, MO)
    d.metric("提高[[約三成]]", 30, "%", "approx", MO)
    d.city("來自[[深圳]]、東莞")
    d.city("、[[東莞]]及佛山")
    d.city("及[[佛山]]，物料")
    d.date("物料價格[[今年首三季]]按年", Y, FS)
    d.metric("上升[[約4%]]。", 4, "%", "approx", FS)
    # P12 loans
    d.org("，[[屋宇署]]的「樓宇安全")
    d.date("」[[今年首三季]]批出", Y, "")
    d.metric("批出[[約1.15億元]]", "1.15e8", "元", "approx", "")
    d.org("；[[中銀香港]]及")
    d.org("及[[東亞銀行]]上月")
    d.date("東亞銀行[[上月]]亦", "2026-10", "")
    d.metric("年利率約為[[2.8厘]]", "2.8", "厘", "approx", "", sep="約")
    d.org("。[[建造業議會]]預計")
    d.date("預計，[[明年]]維修", NY, "")
    d.metric("開支約為[[480億元]]", "480e8", "元", "approx", "", sep="約")
    d.metric("建造開支[[逾兩成]]", 20, "%", "over", "")
    # P13 the outlook
    d.org("\n\n[[發展局]]相關負責人")
    d.date("將於[[明年第一季]]向", "2027-Q1", "")
    d.org("向[[立法會]]提交")
    d.date("在[[2027年底]]前", NY, "")
    d.metric("減少[[一半]]。", 50, "%", "exact", "")
    d.date("，[[聖誕]]及農曆", "2026-12-25", "")
    d.date("及[[農曆新年]]假期", "2027-02-06", "")
    d.date("押後至[[明年3月]]才", "2027-03", "")
    d.org("；[[屋宇署]]則會")
    d.date("在[[本周五]]（27日）", "2026-11-27", "")
    d.date("本周五（[[27日]]）", "2026-11-27", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "全港", "澳門", "深圳", "東莞", "佛山", "上海",
                   "新加坡", "東京", "倫敦", "城市", "內地", "九龍城", "屯門",
                   "觀塘", "沙田", "本地", "廣州"],
        "excluded": [
            # 全港 (x3, deictic like SPEC's 全港), 內地 (a region), 城市 (x2:
            # 東京等城市, 內地城市: generic), 九龍城 (a district, where the
            # briefing is held), 屯門, 觀塘, 沙田 (districts, where the
            # estates stand); 香港 stands elsewhere only inside ORGs
            "為[[全港]]約", "，[[全港]]現有", "，[[全港]]約有", "等[[內地]]城市",
            "東京等[[城市]]", "內地[[城市]]", "於[[九龍城]]舉行", "，[[屯門]]、",
            "、[[觀塘]]及", "及[[沙田]]多個",
        ],
        "numbers_excluded": [],
        # 新一輪 (x2, the next round), 一位 (an indefinite); 第一 inside an
        # ORG (第一太平戴維斯) and a DATE (明年第一季)
        "cn_excluded": ["推出新[[一]]輪", "講解新[[一]]輪", "建設系[[一]]位"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year, x7), 每月
        # (monthly contributions), 至今 (x2, up to now), 近年 (vague), 年利率
        # (an annual rate); 同期 only inside rows
        "words_excluded": {"按年": 7, "每月": 1, "至今": 2, "近年": 1,
                           "年利率": 1, "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 公司 (物管公司, 持牌公司, 9間公司:
        # kinds), 局 (局方, 當局: read back), 署 (署方: read back), 機構
        # (私營機構), 中心 (物業管理諮詢中心: a kind, GUIDELINES' long head
        # after common words), 辦事處 (聯合辦事處, read back); 委員會, 協會,
        # 學會, 銀行, 大學 only inside ORGs
        "orgwords_excluded": {"公司": 6, "局": 2, "署": 1, "機構": 1,
                              "中心": 1, "辦事處": 1, "委員會": 0, "協會": 0,
                              "學會": 0, "銀行": 0, "大學": 0},
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
    # 20个基点 -> 20, unit 基点 (GUIDELINES: basis points are a unit like
    # 百分点; new here)
    unit = re.sub(r"^[个個](基[点點])$", r"\1", unit)
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
    # the second end of a range of one year (10月20日至11月11日) states the
    # year (GUIDELINES: a range of months, quarters or days of one year
    # states the year, as a holiday week does; annotate_ka.py's rule)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
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
    if re.search(r"[一二三四]季度?末$", tx):  # an end of a quarter is the
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r    # quarter (GUIDELINES; new here)
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九])年前", tx)   # 两年前 (SPEC:
    if m:                                                  # N年前; new here)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (11月, 10月底,
    9月底, 10月份, 23日, 三季度, 四季度, 第三季) is in the reference year
    when no year is stated before it in its sentence (GUIDELINES: 今年
    counts from the reference date; a sentence that names a year or counts
    one (明年, 去年, 2025年) is left to the hand value; from
    annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"(\d{1,2}月(\d{1,2}日|底|份)?|\d{1,2}日|"
                        r"第?[一二三四1-4]季度?)", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[明去前后後]年|来年|來年",
                 d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"][:4] == str(ref.year), ("year of a bare date", r)
    m = re.fullmatch(r"第?([一二三四1-4])季度?", tx)
    if m:                       # the quarter written is the quarter given
        q = m.group(1)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        assert r["normalized"] == "%d-Q%d" % (ref.year, q), r


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
                # a range joiner shares the magnitude too when the first
                # figure has none and is smaller (GUIDELINES 3至5万元 ->
                # 30000 元; new here): 50至300万元 -> 500000 元; a list
                # joiner (和 、) shares only the unit
                if raw_unit[:1] in MAGNITUDE:
                    nxt = re.match(r"([至到~\-－])(\d+(?:\.\d+)?)",
                                   d.text[e:])
                    assert nxt, ("a magnitude shared across a list", r)
                    assert not re.search("[万萬亿億]", tx), r
                    assert v < Decimal(nxt.group(2)), r
                    v *= MAGNITUDE[raw_unit[0]]
                    raw_unit = raw_unit[1:]
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
            check_bare_year(d, r)
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
    # whose text is declared for it (here 衞 in 食物環境衞生署;
    # annotate_rb.py, annotate_lb.py, annotate_kb.py)
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
