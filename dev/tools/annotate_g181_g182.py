#!/usr/bin/env python3
"""Gold annotation for the held-out articles g181_bank_deposit_rate_cuts and
g182_hk_office_rents_vacancy (annotator LB).

Adapted from the precedent set's tools/annotate_mb.py (now dev/tools/annotate_g175_g176.py; copied and the data
changed; it keeps the checks of annotate_mb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date (本周一/上周五/本周五 to the
day of their week, 昨晚 to the day before), the bare-day month rule,
当日/同日 repeating the latest day, 去年同期 a year before its sentence's
period, 上月 as a baseline after a comparison word, the 上季 check, the
range check, the 约占 check, the declared shared unit, the hand-declared
organizations of each article, the bracketed-day check, a marker right
before a METRIC span declared and setting its qualifier, a suffix marker
inside its span, 约为 declared as a separated marker, the precision check
(季度末 added), the check that a traditional article holds no simplified
character, the Hong Kong block with its declared characters inside ORG
rows), with a new GB18030 block in place of the GBK one and a new UTF-16 LE
with BOM block in place of the UTF-8-with-BOM one.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g181 is simplified (mainland, 金融时报, 2026-11-18), stored as GB18030
  without a BOM.  Its byline 金融时报记者 王䶮 stands on line 3; the
  reporter's given name 䶮 (U+4DAE, CJK Extension A; GB18030 FE 9F) is
  outside GBK, so Python's gbk, cp936 and gb2312 fail on the file while
  gb18030 reads it; every other character is GBK (every non-ASCII character
  two bytes, 䶮 too).  䶮 lies in no span.  OpenCC t2s leaves the article
  unchanged.
- g182 is traditional (Hong Kong, 香港經濟日報, 2026-11-25), stored as
  UTF-16 LITTLE-ENDIAN WITH A BOM (FF FE, then the title's 甲 = 32 75);
  offsets count from the first character after the BOM.  Every character
  is in the Basic Multilingual Plane (two bytes each, no surrogate pair),
  and in Big5-HKSCS; two are outside plain Big5: 恒 (U+6052, in cp950) of
  恒基地產 and 滙 (U+6ED9, HKSCS only) of 滙豐, each standing only inside
  its ORG row.  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland cities by
  their official name with 市, Hong Kong and foreign cities by their common
  mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho32/precedent: README, NOTES_ma/mb/mc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g181_g182.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_mb.py: the GBK block becomes a GB18030 block (the
declared 䶮 = FE 9F is the only character outside GBK; gbk, cp936 and
gb2312 fail on the file; every other line is GBK byte for byte; two bytes a
non-ASCII character; the Big5, UTF-8 and UTF-16 codecs fail or read another
text); the UTF-8-with-BOM block becomes a UTF-16 LE block (exactly one BOM
FF FE; the BOM-aware utf-16 codec reads the same text; plain utf-16-le
keeps U+FEFF in front, one code point that would shift every offset;
utf-16-be reads another text; two bytes a character, no surrogate pair, so
UTF-16 code units and code points agree; the legacy codecs and UTF-8 fail
or read another text); the Hong Kong block declares, per character, whether
cp950 holds it (恒 yes, 滙 no); 个基点 gives the unit 基点 (GUIDELINES
20个基点); units %, 元, 基点, 百分点, 家 and %, 元, 平方呎, 宗, 间, 港元,
厘, 倍, 百分点.
Re-run (from anywhere):

    python3 dev/tools/annotate_g181_g182.py
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
G181 = "g181_bank_deposit_rate_cuts"
G182 = "g182_hk_office_rents_vacancy"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G181: ("gb18030", b"", False, "2026-11-18", "金融时报"),
    G182: ("utf-16-le", BOM16LE, True, "2026-11-25", "香港經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G181: [], G182: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 䶮 of the reporter's name (in no span; on
# the byline line)
OUTSIDE_GBK = {G181: {"䶮": b"\xfe\x9f"}}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 恒 of
# 恒基地產 (cp950 has it), 滙 of 滙豐 (Hong Kong's only)
OUTSIDE_BIG5 = {G182: {"恒": True, "滙": False}}
# ... and the ORG rows they may stand in (every occurrence inside one)
IN_ORG = {G182: {"恒": ["恒基地產"], "滙": ["滙豐"]}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 发展局, 投资推广署 …, are ORGs in a text
# that names the region at least twice)
HONGKONG = {G182}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them: 厘 (0.125厘, Hong Kong's per cent of a mortgage rate;
# s2t 釐), 峰 (高峰期; s2t 峯), 恒 (恒基地產, the company's own spelling;
# s2t 恆), 里 (嘉里建設, the company's own spelling; s2t 裏)
S2T_ALLOWED = {G182: {"厘", "峰", "恒", "里"}}
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
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "写楼级净纳积续让扩业报亿")
# Holidays the articles name, by their exact span (2025-2027): g181
# (mainland, 2026-11-18): 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of
# 2027; the coming ones, no year written in their sentence); g182 (Hong
# Kong, 2026-11-25): 聖誕 2026-12-25 and 農曆新年 2027-02-06 (the coming
# ones; 农历新年 is 春节).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
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
    # g181 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 广州, 深圳 (广东), 成都 (四川), 西安 (陕西), 杭州 (浙江), 南京, 苏州
    # (江苏), 武汉 (湖北), 合肥 (安徽), 郑州 (河南, written with 市);
    # county-level cities 常熟 and 张家港 (江苏, under 苏州))
    "北京": "北京市", "广州": "广州市", "成都": "成都市", "重庆": "重庆市",
    "西安": "西安市", "常熟": "常熟市", "张家港": "张家港市",
    "上海": "上海市", "深圳": "深圳市", "杭州": "杭州市", "南京": "南京市",
    "苏州": "苏州市", "武汉": "武汉市", "合肥": "合肥市", "郑州市": "郑州市",
    # g182 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names (北京, 上海, 深圳, 杭州 written alike;
    # 廣州 and 東莞 -> 广州市, 东莞市); foreign cities by their mainland
    # names: 新加坡, 東京 -> 东京, 倫敦 -> 伦敦, 紐約 -> 纽约)
    "香港": "香港", "新加坡": "新加坡", "東京": "东京", "廣州": "广州市",
    "倫敦": "伦敦", "紐約": "纽约", "東莞": "东莞市",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "东京", "伦敦", "纽约"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "香港經濟日報": "香港经济日报", "仲量聯行": "仲量联行",
    "世邦魏理仕": "世邦魏理仕", "CBRE": "CBRE",
    "差餉物業估價署": "差饷物业估价署", "差估署": "差估署",
    "第一太平戴維斯": "第一太平戴维斯", "戴德梁行": "戴德梁行",
    "美聯工商舖": "美联工商舖", "招商證券國際": "招商证券国际",
    "小紅書": "小红书", "美團": "美团", "螞蟻集團": "蚂蚁集团",
    "中金公司": "中金公司", "騰訊": "腾讯", "德意志銀行": "德意志银行",
    "瑞銀": "瑞银", "鷹君": "鹰君", "新鴻基地產": "新鸿基地产",
    "新地": "新地", "長實集團": "长实集团", "嘉里建設": "嘉里建设",
    "希慎興業": "希慎兴业", "太古地產": "太古地产", "置地公司": "置地公司",
    "九龍倉": "九龙仓", "會德豐地產": "会德丰地产", "恒基地產": "恒基地产",
    "信和置業": "信和置业", "投資推廣署": "投资推广署", "發展局": "发展局",
    "滙豐": "汇丰", "中銀香港": "中银香港", "渣打": "渣打", "高力": "高力",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "萊坊": "莱坊", "中原工商舖": "中原工商舖", "領展": "领展",
    "香港大學房地產及建設系": "香港大学房地产及建设系",
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
        if enc == "gb18030":    # GB18030 proper (new here, after the GBK
            # block of annotate_mb.py): the declared characters are the
            # only ones GBK lacks, each written with its declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character is two bytes (䶮 = FE 9F too; no
            # four-byte GB18030 sequence), so a reader that counts two
            # bytes a character stays aligned, and one that drops the
            # unknown pair loses exactly one code point on line 3
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GBK, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gbk") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            self.no_span_chars = outside
        if enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM (new here,
            # after annotate_mb.py's UTF-8-with-BOM block): exactly one BOM,
            # the BOM-aware codec reads the same text, the plain
            # little-endian reading keeps U+FEFF in front (one code point
            # that would shift every offset by one), the big-endian reading
            # is another text
            assert bom == BOM16LE and full[:2] == BOM16LE, doc_id
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-le") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-be") or \
                full.decode("utf-16-be") != "\ufeff" + self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g182: 甲 = U+7532, written 32 75)
            assert raw[:2] == self.text[0].encode("utf-16-le") == \
                b"\x32\x75", doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character leaves a NUL byte: the file reads as
            # binary to a reader that ignores the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
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
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_mb.py's block,
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
            # bodies without a place, 投資推廣署, 發展局 …, stand alone as
            # ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # the declared characters stand only inside the ORG rows
            # declared for them (恒 in 恒基地產, 滙 in 滙豐; annotate_rb.py's
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


def doc(fn):
    DOCS.append(fn)
    return fn






# ===========================================================================
# g181 Banks cut deposit rates, November 2026: the six state-owned banks'
# cut of 2026-11-17 (the new board rates; an example of lost interest; a
# branch visit in 北京 and 广州), the policy background (中国人民银行's cut
# of the 7-day reverse repo rate on 2026-10-20 and the LPR that day; 央行's
# monetary policy report for the third quarter; 东方金诚), banks' margins
# (国家金融监督管理总局's third-quarter figures by bank type), the
# joint-stock banks (招商银行, 中信银行, 兴业银行, 平安银行; 浦发银行,
# 光大银行, 民生银行, 华夏银行), the city commercial banks (南京银行,
# 杭州银行, 宁波银行; 北京银行, 上海银行, 江苏银行; 成都银行, 重庆银行,
# 西安银行, 长沙银行 with 成都, 重庆, 西安), the rural banks (重庆农村商业
# 银行 (渝农商行), 广州农村商业银行 (广州农商银行), 上海农商银行, 北京农商
# 银行; 常熟农商银行 and 张家港农商银行 with 常熟, 张家港), deposits (中国
# 人民银行's October figures; 中国人民银行上海总部 with 上海, 中国人民银行
# 深圳市分行 with 深圳; 杭州, 南京, 苏州, 武汉, 合肥), the shift to wealth
# products (普益标准, 融360数字科技研究院; 深圳 and 杭州 savers), the outlook
# (中金公司, 光大证券, 中国银行研究院), supervision (金融监管总局, 浙江金融
# 监管局; a branch in 郑州市) and the benchmark rate (上海财经大学金融学院).
# Simplified, GB18030 without BOM, 2026-11-18 (a Wednesday, ISO week
# 2026-W47), 金融时报; the byline 金融时报记者 王䶮 on line 3.  昨日 and 昨晚
# 2026-11-17; 今日 2026-11-18; 本周一 2026-11-16; 本周 2026-W47; 上周
# 2026-W46; 本月 2026-11; 上月 2026-10 (also as a baseline after 较 in a
# sentence of 本月); 当日 2026-10-20; 元旦 2027-01-01; 春节 2027-02-06;
# 年初, 年底 2026; 明年 2027; 去年同期 2025.
# ===========================================================================
@doc
def g181():
    d = Doc(G181)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, XA, ZJG, SH, SZ, HF, ZZ = (
        "北京市", "西安市", "张家港市", "上海市", "深圳市", "合肥市",
        "郑州市")
    # title (a heading that opens with no city: no city section)
    d.metric("挂牌利率降至[[1.1%]]\n", "1.1", "%", "exact", "")
    # byline 金融时报记者 王䶮 (the outlet before 记者 at the start of a
    # line is an ORG; 䶮 in no span; a heading that opens with an ORG, no
    # city section)
    d.org("[[金融时报]]记者")
    # P1 the state-owned banks' cut
    d.date("\n\n[[昨日]]（11月17日）", "2026-11-17", "")
    d.date("昨日（[[11月17日]]）", "2026-11-17", "")
    d.org("，[[工商银行]]、")
    d.org("、[[农业银行]]、")
    d.org("、[[中国银行]]、")
    d.org("、[[建设银行]]、")
    d.org("、[[交通银行]]和")
    d.org("和[[邮储银行]]同步")
    d.date("继[[2025年5月]]之后", "2025-05", "")
    d.metric("维持[[0.05%]]不变", "0.05", "%", "exact", "")
    d.metric("由[[0.95%]]降至0.85%", "0.95", "%", "exact", "")
    d.metric("降至[[0.85%]]，", "0.85", "%", "exact", "")
    d.metric("分别由[[1.05%]]、", "1.05", "%", "exact", "")
    d.metric("、[[1.25%]]和1.3%", "1.25", "%", "exact", "")
    d.metric("和[[1.3%]]降至0.95%", "1.3", "%", "exact", "")
    d.metric("1.3%降至[[0.95%]]、", "0.95", "%", "exact", "")
    d.metric("0.95%、[[1.1%]]和", "1.1", "%", "exact", "")
    d.metric("和[[1.15%]]。", "1.15", "%", "exact", "")
    d.metric("以[[10万元]]三年期", "10e4", "元", "exact", "")
    d.metric("减少[[450元]]", 450, "元", "exact", "")
    d.date("记者[[昨日]]走访", "2026-11-17", BJ)
    d.city("走访[[北京]]、")
    d.city("、[[广州]]多家")
    # P2 the policy rates
    d.org("。[[中国人民银行]]10月20日")
    d.date("中国人民银行[[10月20日]]宣布", "2026-10-20", "")
    d.metric("下调[[10个基点]]至", 10, "基点", "exact", "")
    d.metric("个基点至[[1.3%]]；", "1.3", "%", "exact", "")
    d.date("；[[当日]]，", "2026-10-20", "")
    d.metric("分别降至[[2.9%]]和", "2.9", "%", "exact", "")
    d.metric("和[[3.4%]]。", "3.4", "%", "exact", "")
    d.org("。[[央行]]上周")
    d.date("央行[[上周]]发布", "2026-W46", "")
    d.date("《[[2026年第三季度]]中国", "2026-Q3", "")
    d.org("。[[东方金诚]]首席")
    d.date("预计[[本月20日]]公布", "2026-11-20", "")
    # P3 margins
    d.org("。[[国家金融监督管理总局]]（")
    d.org("（[[金融监管总局]]）")
    d.date("显示，[[三季度末]]商业银行", "2026-Q3", "")
    d.metric("净息差为[[1.39%]]", "1.39", "%", "exact", "")
    d.metric("同比下降[[0.13个百分点]]", "0.13", "百分点", "exact", "")
    d.date("较[[二季度末]]下降", "2026-Q2", "")
    d.metric("下降[[3个基点]]", 3, "基点", "exact", "")
    d.metric("净息差为[[1.31%]]", "1.31", "%", "exact", "")
    d.metric("商业银行为[[1.52%]]", "1.52", "%", "exact", "")
    d.metric("商业银行为[[1.36%]]", "1.36", "%", "exact", "")
    d.metric("商业银行为[[1.58%]]", "1.58", "%", "exact", "")
    d.metric("均低于[[1.8%]]", "1.8", "%", "exact", "")
    # P4 the joint-stock banks
    d.org("。[[招商银行]]、")
    d.org("、[[中信银行]]昨日")
    d.date("中信银行[[昨日]]宣布", "2026-11-17", "")
    d.date("自[[今日]]起", "2026-11-18", "")
    d.metric("下调至[[0.9%]]", "0.9", "%", "exact", "")
    d.metric("三年期下调至[[1.2%]]", "1.2", "%", "exact", "")
    d.metric("也下调至[[1.3%]]", "1.3", "%", "exact", "")
    d.metric("起存金额为[[20万元]]", "20e4", "元", "exact", "")
    d.org("；[[兴业银行]]、")
    d.org("、[[平安银行]]也于")
    d.date("也于[[昨晚]]发布", "2026-11-17", "")
    d.org("。[[浦发银行]]、")
    d.org("、[[光大银行]]、")
    d.org("、[[民生银行]]和")
    d.org("和[[华夏银行]]相关")
    d.date("将在[[本周]]完成", "2026-W47", "")
    # P5 the city commercial banks
    d.date("，[[11月]]以来", "2026-11", "")
    d.org("，[[南京银行]]、")
    d.org("、[[杭州银行]]、")
    d.org("、[[宁波银行]]等")
    d.metric("普遍降至[[1.4%左右]]", "1.4", "%", "approx", "")
    d.org("；[[北京银行]]、")
    d.org("、[[上海银行]]和")
    d.org("和[[江苏银行]]则")
    d.date("则在[[上周]]下调", "2026-W46", "")
    d.metric("利率降至[[1.45%]]", "1.45", "%", "exact", "")
    d.city("在[[成都]]、")
    d.city("、[[重庆]]、西安")
    d.city("、[[西安]]等")
    d.org("，[[成都银行]]、")
    d.org("、[[重庆银行]]、")
    d.org("、[[西安银行]]和")
    d.org("和[[长沙银行]]于")
    d.date("于[[本月中旬]]调整", "2026-11", XA)
    d.metric("幅度在[[10]]至", 10, "基点", "exact", XA, shared="个基点")
    d.metric("至[[20个基点]]之间", 20, "基点", "exact", XA)
    # P6 the rural banks
    d.org("。[[重庆农村商业银行]]（")
    d.org("（[[渝农商行]]）")
    d.date("）[[本周一]]宣布", "2026-11-16", "")
    d.metric("下调[[10]]至25", 10, "基点", "exact", "", shared="个基点")
    d.metric("至[[25个基点]]；", 25, "基点", "exact", "")
    d.org("；[[广州农村商业银行]]（")
    d.org("（[[广州农商银行]]）")
    d.org("、[[上海农商银行]]和")
    d.org("和[[北京农商银行]]也")
    d.date("也于[[本月]]先后", "2026-11", "")
    d.city("江苏[[常熟]]、")
    d.city("、[[张家港]]等地")
    d.org("，[[常熟农商银行]]、")
    d.org("、[[张家港农商银行]]的")
    d.metric("已降至[[1.35%]]", "1.35", "%", "exact", ZJG)
    d.date("较[[年初]]累计", Y, ZJG)
    d.metric("累计下调[[约30个基点]]", 30, "基点", "approx", ZJG)
    # P7 deposits
    d.org("。[[中国人民银行]]11月13日")
    d.date("中国人民银行[[11月13日]]发布", "2026-11-13", "")
    d.date("显示，[[10月末]]人民币", "2026-10", "")
    d.metric("余额为[[338.6万亿元]]", "338.6e12", "元", "exact", "")
    d.metric("同比增长[[7.1%]]", "7.1", "%", "exact", "")
    d.date("；[[今年前10个月]]人民币", Y, "")
    d.metric("存款增加[[21.4万亿元]]", "21.4e12", "元", "exact", "")
    d.metric("存款增加[[12.8万亿元]]", "12.8e12", "元", "exact", "")
    d.date("较[[去年同期]]少增", LY, "")
    d.metric("少增[[1.6万亿元]]", "1.6e12", "元", "exact", "")
    d.org("。[[中国人民银行上海总部]]数据")
    d.date("显示，[[10月末]]上海", "2026-10", SH)
    d.city("10月末[[上海]]本外币")
    d.metric("余额为[[23.6万亿元]]", "23.6e12", "元", "exact", SH)
    d.metric("同比增长[[6.2%]]", "6.2", "%", "exact", SH)
    d.org("；[[中国人民银行深圳市分行]]数据")
    d.city("显示，[[深圳]]住户")
    d.metric("已[[突破6万亿元]]", "6e12", "元", "over", SZ)
    d.city("在[[杭州]]、南京")
    d.city("、[[南京]]、苏州")
    d.city("、[[苏州]]、武汉")
    d.city("、[[武汉]]、合肥")
    d.city("、[[合肥]]等城市")
    d.date("，[[10月末]]住户存款增速", "2026-10", HF)
    d.metric("均[[超过8%]]", 8, "%", "over", HF)
    # P8 the shift to wealth products
    d.org("。[[普益标准]]数据")
    d.date("截至[[10月末]]，银行理财", "2026-10", "")
    d.metric("规模约为[[32.5万亿元]]", "32.5e12", "元", "approx", "",
             sep="约")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[约2.6万亿元]]", "2.6e12", "元", "approx", "")
    d.metric("普遍降至[[1.1%左右]]", "1.1", "%", "approx", "")
    d.org("。[[融360数字科技研究院]]监测")
    d.date("显示，[[今年]]以来", Y, "")
    d.metric("已有[[超过120家]]", 120, "家", "over", "")
    d.metric("其中[[约七成]]为", 70, "%", "approx", "")
    d.city("不少[[深圳]]市民")
    d.city("和[[杭州]]储户")
    # P9 the outlook
    d.date("将在[[明年]]逐步", NY, "")
    d.org("。[[中金公司]]测算")
    d.date("上市银行[[明年]]净息差", NY, "")
    d.metric("提升[[约4个基点]]", 4, "基点", "approx", "")
    d.metric("影响约为[[2%]]", 2, "%", "approx", "", sep="约")
    d.org("。[[光大证券]]则")
    d.date("，[[明年一季度]]是", "2027-Q1", "")
    d.org("。[[中国银行研究院]]预计")
    d.date("，[[年底]]前", Y, "")
    # P10 supervision
    d.org("。[[金融监管总局]]此前")
    d.org("。[[浙江金融监管局]]上月")
    d.date("浙江金融监管局[[上月]]通报", "2026-10", "")
    d.metric("辖内[[3家]]", 3, "家", "exact", "")
    d.city("；[[郑州市]]一家")
    d.date("支行[[本月]]新增", "2026-11", ZZ)
    d.date("较[[上月]]明显", "2026-10", ZZ)
    # P11 the benchmark rate
    d.org("\n\n[[上海财经大学金融学院]]一位")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[明年一季度]]银行", "2027-Q1", "")
    d.date("自[[2015年10月]]以来", "2015-10", "")
    d.metric("保持在[[1.5%]]", "1.5", "%", "exact", "")
    d.metric("基准利率的[[六成以下]]", 60, "%", "under", "")
    audit = {
        "orgs": ["金融时报", "工商银行", "农业银行", "中国银行", "建设银行",
                 "交通银行", "邮储银行", "中国人民银行", "央行", "东方金诚",
                 "国家金融监督管理总局", "金融监管总局", "招商银行",
                 "中信银行", "兴业银行", "平安银行", "浦发银行", "光大银行",
                 "民生银行", "华夏银行", "南京银行", "杭州银行", "宁波银行",
                 "北京银行", "上海银行", "江苏银行", "成都银行", "重庆银行",
                 "西安银行", "长沙银行", "重庆农村商业银行", "渝农商行",
                 "广州农村商业银行", "广州农商银行", "上海农商银行",
                 "北京农商银行", "常熟农商银行", "张家港农商银行",
                 "中国人民银行上海总部", "中国人民银行深圳市分行", "普益标准",
                 "融360数字科技研究院", "中金公司", "光大证券",
                 "中国银行研究院", "浙江金融监管局", "上海财经大学金融学院"],
        "cities": ["北京", "广州", "成都", "重庆", "西安", "常熟", "张家港",
                   "上海", "深圳", "杭州", "南京", "苏州", "武汉", "合肥",
                   "郑州", "宁波", "长沙", "江苏", "浙江", "江浙", "中西部",
                   "全国", "城市", "中国", "地区", "等地"],
        "excluded": [
            # 江浙地区 (a region), 中西部 (a region), 江苏 (the province
            # before 常熟), 城市 (x4: 城市商业银行, 中西部城市, 大城市, 等城市:
            # generic), 全国 (全国平均水平), 中国 (a country, in the
            # report's title), 等地 (a collective)
            "[[江浙]]地区", "江浙[[地区]]", "等[[中西部]]城市",
            "中西部[[城市]]", "在[[江苏]]常熟", "，[[城市]]商业银行",
            "向大[[城市]]", "合肥等[[城市]]", "高于[[全国]]", "度[[中国]]货币",
            "张家港[[等地]]",
        ],
        # 7天期 (the tenor of the reverse repo), 1年期 and 5年期以上 (the
        # LPR's tenors), 7日年化 (a yield's seven-day window): labels, no
        # figure and no date
        "numbers_excluded": ["将[[7]]天期", "，[[1]]年期和", "和[[5]]年期以上",
                             "的[[7]]日年化"],
        # the deposit tenors 一年期, 两年期, 三年期, 五年期 (x many: the
        # term of the product, a duration; no METRIC), 新一轮, 这一, 一致,
        # 一家, 一位, 一直 (words and indefinites)
        "cn_excluded": [
            "新[[一]]轮", " [[三]]年期定存", "，[[一]]年期定期存款利率由",
            "，[[两]]年期、", "、[[三]]年期和", "和[[五]]年期定期", "元[[三]]年期",
            "这[[一]]业内", "将[[一]]年期定期存款利率下调", "，[[三]]年期下调",
            "，[[三]]年期大额存单利率也", "基本[[一]]致", "，[[三]]年期产品",
            "，[[三]]年期大额存单利率降", "，[[一]]年期至", "至[[五]]年期",
            "的[[三]]年期定期", "市[[一]]家", "学院[[一]]位",
            "，[[一]]年期存款基准", "[[一]]直保持", "行[[一]]年期定期存款挂牌",
        ],
        "latin_excluded": ["（[[LPR]]）", "的[[LPR]]将"],
        # time words that are no DATE: 年期 (x many, the tenors), 天期 (7天期),
        # 日年化 (7日年化), 节奏, 旺季 (a season), 明确, 明显; 同期 and 当天
        # only inside rows or absent
        "words_excluded": {"年期": 18, "天期": 1, "日年化": 1, "节奏": 1,
                           "旺季": 1, "明确": 1, "明显": 1, "同期": 0,
                           "当天": 0},
        # generic heads outside ORG rows: 银行 (上述银行, 多家银行 …: kinds
        # and the trade), 商行 (城商行, 农商行: kinds), 研究院, 总局, 证券,
        # 公司, 大学, 监管局 and 分行 only inside ORGs
        "orgwords_excluded": {"银行": 21, "商行": 4, "研究院": 0, "总局": 0,
                              "证券": 0, "公司": 0, "大学": 0, "监管局": 0,
                              "分行": 0, "总部": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g182 Hong Kong's office rents and vacancy, November 2026: 仲量聯行's
# October figures (vacancy, rents, net take-up, completions; 香港), the
# districts (中環, 金鐘, 灣仔, 銅鑼灣, 九龍東, 港島東, 尖沙咀), 世邦魏理仕
# (CBRE)'s third-quarter leasing, 第一太平戴維斯's and 戴德梁行's forecasts,
# 差餉物業估價署 (差估署)'s rental index, leasing deals (美聯工商舖; 招商證券
# 國際, 小紅書, 美團, 螞蟻集團, 中金公司, 騰訊; 德意志銀行 and 瑞銀 with
# 新加坡), 九龍東 (美聯工商舖, 鷹君), landlords and sales (新鴻基地產 (新地),
# 長實集團, 嘉里建設, 希慎興業, 太古地產, 置地公司, 九龍倉, 會德豐地產,
# 恒基地產, 信和置業), the government (投資推廣署 with 北京, 上海, 深圳,
# 杭州; 發展局; 差估署), rates (滙豐, 中銀香港, 渣打; 高力; 香港金融管理局
# (金管局)), the comparison (新加坡, 東京, 上海, 北京, 深圳, 廣州; 萊坊 with
# 香港, 倫敦, 紐約), the Greater Bay Area (戴德梁行 with 深圳, 廣州; 香港,
# 深圳, 東莞) and the outlook (中原工商舖; 領展; 香港大學房地產及建設系).
# Traditional as Hong Kong writes it (寫字樓, 呎租, 平方呎, 按年, 按月,
# 首10個月, 首三季, 第三季, 上季, 上周, 本周五, 宗 for deals, 間 for firms,
# 元 for HK dollars, 港元, 厘, 佔, 公布), UTF-16 LE with BOM, 2026-11-25 (a
# Wednesday, ISO week 2026-W48), 香港經濟日報; the byline 香港經濟日報記者
# 何家欣 on line 3.  昨日 and 24日 2026-11-24; 同日 2026-11-24; 上周五 and
# 20日 2026-11-20; 本周五 and 27日 2026-11-27; 上周 2026-W47; 上月 2026-10;
# 本月, 本月初 2026-11; 上季 (after 第三季) 2026-Q2; 聖誕 2026-12-25; 農曆
# 新年 2027-02-06; 年底 2026; 明年 2027; 去年同期 2025.
# ===========================================================================
@doc
def g182():
    d = Doc(G182)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SG, BJ, HZ, TK, GZ, NYC, SZ, DG = (
        "香港", "新加坡", "北京市", "杭州市", "东京", "广州市", "纽约",
        "深圳市", "东莞市")
    # title (a heading that opens with no city: no city section)
    d.metric("空置率升至[[16.8%]] ", "16.8", "%", "exact", "")
    d.metric("累跌[[逾四成]]\n", 40, "%", "over", "")
    # byline 香港經濟日報記者 何家欣 (the outlet before 記者 at the start of a
    # line is an ORG, 香港 inside it; a heading that opens with an ORG, no
    # city section)
    d.org("[[香港經濟日報]]記者")
    # P1 仲量聯行's October figures
    d.org("\n\n[[仲量聯行]]昨日")
    d.date("仲量聯行[[昨日]]（24日）", "2026-11-24", "")
    d.date("昨日（[[24日]]）", "2026-11-24", "")
    d.date("顯示，[[10月]]全港", "2026-10", "")
    d.metric("空置率升至[[16.8%]]，", "16.8", "%", "exact", "")
    d.date("較[[9月]]上升", "2026-09", "")
    d.metric("上升[[0.2個百分點]]", "0.2", "百分点", "exact", "")
    d.metric("按月下跌[[0.5%]]", "0.5", "%", "exact", "")
    d.metric("每平方呎[[52.6元]]", "52.6", "元", "exact", "")
    d.metric("按年下跌[[4.2%]]。", "4.2", "%", "exact", "")
    d.date("指出，[[今年首10個月]]甲級", Y, HK)
    d.metric("吸納量約為[[62萬平方呎]]", "62e4", "平方呎", "approx", HK,
             sep="約")
    d.date("較[[去年同期]]減少", LY, HK)
    d.metric("減少[[約18%]]", 18, "%", "approx", HK)
    d.metric("樓面[[約280萬平方呎]]", "280e4", "平方呎", "approx", HK)
    d.city("令[[香港]]寫字樓")
    # P2 the districts
    d.metric("呎租約為[[98.5元]]", "98.5", "元", "approx", "", sep="約")
    d.metric("按年跌[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("空置率為[[10.9%]]", "10.9", "%", "exact", "")
    d.metric("分別為[[12.6%]]、", "12.6", "%", "exact", "")
    d.metric("、[[13.4%]]及", "13.4", "%", "exact", "")
    d.metric("及[[14.1%]]。", "14.1", "%", "exact", "")
    d.metric("高達[[22.4%]]", "22.4", "%", "exact", "")
    d.metric("跌至[[約26.8元]]", "26.8", "元", "approx", "")
    d.date("較[[2019年]]高位", "2019", "")
    d.metric("累跌[[逾四成]]；", 40, "%", "over", "")
    d.metric("下跌[[5%]]至6%", 5, "%", "exact", "")
    d.metric("5%至[[6%]]。", 6, "%", "exact", "")
    # P3 CBRE and the forecasts
    d.org("\n\n[[世邦魏理仕]]（")
    d.org("（[[CBRE]]）")
    d.date("）[[同日]]發表", "2026-11-24", "")
    d.date("則指，[[第三季]]全港", "2026-Q3", "")
    d.metric("成交約為[[120萬平方呎]]", "120e4", "平方呎", "approx", "",
             sep="約")
    d.date("較[[上季]]增加", "2026-Q2", "")
    d.metric("增加[[8.5%]]", "8.5", "%", "exact", "")
    d.metric("其中[[約四成]]來自", 40, "%", "approx", "")
    d.org("。[[第一太平戴維斯]]預計")
    d.date("預計，[[今年]]甲級", Y, "")
    d.metric("下跌[[4%]]至5%", 4, "%", "exact", "")
    d.metric("4%至[[5%]]，", 5, "%", "exact", "")
    d.date("，[[明年]]跌幅", NY, "")
    d.metric("收窄至[[2%以內]]", 2, "%", "under", "")
    d.org("；[[戴德梁行]]則估計")
    d.date("估計，[[明年]]全港", NY, "")
    d.metric("將有[[約310萬平方呎]]", "310e4", "平方呎", "approx", "")
    d.date("或於[[2027年]]升穿", NY, "")
    d.metric("升穿[[18%]]", 18, "%", "exact", "")
    # P4 the rating office's index
    d.org("。[[差餉物業估價署]]（")
    d.org("（[[差估署]]）上周五")
    d.date("）[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    d.date("顯示，[[10月]]甲級寫字樓租金指數", "2026-10", "")
    d.metric("按月跌[[0.4%]]", "0.4", "%", "exact", "")
    d.metric("按年跌[[3.8%]]", "3.8", "%", "exact", "")
    d.date("較[[2019年5月]]的高位", "2019-05", "")
    d.metric("累跌[[約34%]]", 34, "%", "approx", "")
    d.date("租金[[今年首10個月]]則", Y, "")
    d.metric("累跌[[2.6%]]", "2.6", "%", "exact", "")
    # P5 leasing deals
    d.org("，[[美聯工商舖]]資料")
    d.date("顯示，[[上月]]全港", "2026-10", "")
    d.metric("錄得[[約45宗]]", 45, "宗", "approx", "")
    d.metric("涉及[[1萬平方呎以上]]", "1e4", "平方呎", "over", "")
    d.metric("按月增加[[約一成]]", 10, "%", "approx", "")
    d.org("券商[[招商證券國際]]以")
    d.metric("每平方呎[[約85元]]承租", 85, "元", "approx", "")
    d.metric("交易廣場[[約2.8萬平方呎]]", "2.8e4", "平方呎", "approx", "")
    d.date("為[[今年]]以來", Y, "")
    d.org("；[[小紅書]]亦")
    d.metric("商廈[[約1.5萬平方呎]]", "1.5e4", "平方呎", "approx", "")
    d.metric("月租[[約120萬元]]", "120e4", "元", "approx", "")
    d.org("。[[美團]]、")
    d.org("、[[螞蟻集團]]、")
    d.org("、[[中金公司]]及")
    d.org("及[[騰訊]]今年")
    d.date("騰訊[[今年]]亦", Y, "")
    d.org("，[[德意志銀行]]及")
    d.org("及[[瑞銀]]本月")
    d.date("瑞銀[[本月]]合共", "2026-11", SG)
    d.metric("中環[[約5萬平方呎]]", "5e4", "平方呎", "approx", SG)
    d.city("轉移至[[新加坡]]")
    # P6 九龍東
    d.org("。[[美聯工商舖]]統計")
    d.date("九龍灣[[今年首10個月]]共", Y, "")
    d.metric("錄得[[約38宗]]", 38, "宗", "approx", "")
    d.metric("金額[[約21.5億元]]", "21.5e8", "元", "approx", "")
    d.metric("按年減少[[約30%]]", 30, "%", "approx", "")
    d.org("由[[鷹君]]持有")
    d.metric("每平方呎[[約22元]]出租", 22, "元", "approx", "")
    d.date("較[[2023年同期]]的", "2023", "")
    d.metric("租金低[[約三成]]", 30, "%", "approx", "")
    # P7 the landlords and a sale
    d.org("，[[新鴻基地產]]（")
    d.org("（[[新地]]）")
    d.metric("維持[[約92%]]", 92, "%", "approx", "")
    d.date("於[[12月]]起", "2026-12", "")
    d.org("；[[長實集團]]旗下")
    d.metric("回落至[[約88%]]", 88, "%", "approx", "")
    d.org("，[[嘉里建設]]及")
    d.org("及[[希慎興業]]則")
    d.metric("分別為[[85%]]及", 85, "%", "exact", "")
    d.metric("及[[90%]]。", 90, "%", "exact", "")
    d.org("。[[太古地產]]、")
    d.org("、[[置地公司]]、")
    d.org("、[[九龍倉]]及")
    d.org("及[[會德豐地產]]亦")
    d.org("而[[恒基地產]]於")
    d.metric("已達[[約五成]]", 50, "%", "approx", "")
    d.org("，[[信和置業]]上周")
    d.date("信和置業[[上周]]以", "2026-W47", "")
    d.metric("以[[約12.8億港元]]出售", "12.8e8", "港元", "approx", "")
    d.metric("呎價[[約1.9萬元]]", "1.9e4", "元", "approx", "")
    d.date("較[[2019年]]高峰期", "2019", "")
    d.metric("低[[約六成]]。", 60, "%", "approx", "")
    # P8 the government
    d.org("，[[投資推廣署]]資料")
    d.date("顯示，[[今年首三季]]共協助", Y, BJ)
    d.metric("協助[[約520間]]", 520, "间", "approx", BJ)
    d.metric("按年增加[[約11%]]", 11, "%", "approx", BJ)
    d.city("來自[[北京]]、")
    d.city("、[[上海]]、深圳及")
    d.city("、[[深圳]]及杭州")
    d.city("及[[杭州]]的企業")
    d.metric("佔[[約三成]]", 30, "%", "approx", HZ)
    d.org("。[[發展局]]早前")
    d.date("截至[[10月底]]已", "2026-10", "")
    d.metric("接獲[[約14宗]]", 14, "宗", "approx", "")
    d.org("；[[差估署]]則預測")
    d.date("預測，[[明年]]私人", NY, "")
    d.metric("落成量約為[[190萬平方呎]]", "190e4", "平方呎", "approx", "",
             sep="約")
    d.date("較[[今年]]減少", Y, "")
    d.metric("減少[[約25%]]", 25, "%", "approx", "")
    # P9 rates
    d.org("，[[滙豐]]、")
    d.org("、[[中銀香港]]及")
    d.org("及[[渣打]]本月初")
    d.date("渣打[[本月初]]把", "2026-11", "")
    d.metric("下調[[0.125厘]]至", "0.125", "厘", "exact", "")
    d.metric("至[[5.125厘]]，", "5.125", "厘", "exact", "")
    d.date("為[[今年]]第二度", Y, "")
    d.org("。[[高力]]認為")
    d.org("。[[香港金融管理局]]（")
    d.org("（[[金管局]]）")
    d.date("）[[上月]]亦", "2026-10", "")
    # P10 the region's cities
    d.city("，[[新加坡]]甲級")
    d.metric("空置率約為[[5.8%]]", "5.8", "%", "approx", SG, sep="約")
    d.city("，[[東京]]約為")
    d.metric("東京約為[[4.1%]]", "4.1", "%", "approx", TK, sep="約")
    d.city("而[[上海]]、")
    d.city("、[[北京]]的空置率")
    d.metric("高達[[24.6%]]及", "24.6", "%", "exact", BJ)
    d.metric("及[[21.3%]]；", "21.3", "%", "exact", BJ)
    d.city("；[[深圳]]、")
    d.city("、[[廣州]]的甲級")
    d.date("租金[[今年首三季]]按年", Y, GZ)
    d.metric("下跌[[逾一成]]", 10, "%", "over", GZ)
    d.org("。[[萊坊]]指出")
    d.city("指出，[[香港]]中環")
    d.city("為[[倫敦]]西區")
    d.city("及[[紐約]]曼哈頓")
    d.metric("的[[1.1倍]]及", "1.1", "倍", "exact", NYC)
    d.metric("及[[1.3倍]]。", "1.3", "倍", "exact", NYC)
    # P11 the Greater Bay Area
    d.org("，[[戴德梁行]]資料")
    d.city("顯示，[[深圳]]前海")
    d.metric("空置率約為[[26%]]", 26, "%", "approx", SZ, sep="約")
    d.city("，[[廣州]]天河")
    d.metric("則為[[22%]]", 22, "%", "exact", GZ)
    d.metric("中環的[[兩成左右]]", 20, "%", "approx", GZ)
    d.city("由[[香港]]遷往")
    d.city("遷往[[深圳]]、")
    d.city("、[[東莞]]等城市")
    d.metric("節省[[逾六成]]", 60, "%", "over", DG)
    # P12 the outlook
    d.org("，[[中原工商舖]]預計")
    d.date("隨著[[聖誕]]及", "2026-12-25", HK)
    d.date("及[[農曆新年]]臨近", "2027-02-06", HK)
    d.date("臨近，[[年底]]前", Y, HK)
    d.date("，[[明年上半年]]香港", NY, HK)
    d.city("明年上半年[[香港]]甲級")
    d.metric("仍有[[3%]]至5%", 3, "%", "exact", HK)
    d.metric("3%至[[5%]]的", 5, "%", "exact", HK)
    d.org("。[[領展]]將於")
    d.date("將於[[本周五]]（27日）", "2026-11-27", "")
    d.date("本周五（[[27日]]）", "2026-11-27", "")
    d.date("截至[[9月底]]的", "2026-09", "")
    d.org("。[[香港大學房地產及建設系]]一位")
    d.date("要到[[2028年]]才", "2028", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "全港", "新加坡", "北京", "上海", "深圳",
                   "杭州", "東京", "廣州", "倫敦", "紐約", "東莞", "內地",
                   "海外", "大灣區", "區內", "城市", "在港", "兩地", "九龍",
                   "港島", "中環", "前海", "天河"],
        "excluded": [
            # 全港 (x5, deictic, SPEC), 在港 (港, a one-character
            # abbreviation), 內地 (x3, a region), 海外, 大灣區 (a region),
            # 區內 (x2: the region, a district), 城市 (x2: 區內城市, 等城市),
            # 兩地 (the collective of 深圳前海 and 廣州天河), 九龍東 (x4),
            # 九龍灣, 港島東 (regions and districts), 中環 (x7), 前海, 天河
            # (districts); 香港 stands elsewhere only inside ORGs
            "10月[[全港]]甲級", "第三季[[全港]]寫字樓", "明年[[全港]]將有",
            "上月[[全港]]共錄得", "相繼[[在港]]擴充", "企業[[在港]]開設", "來自[[內地]]企業", "，[[內地]]券商", "約520間[[內地]]及",
            "內地及[[海外]]企業", "[[大灣區]]方面", "與[[區內]]城市",
            "區內[[城市]]", "[[區內]]一幢", "東莞等[[城市]]", "，[[兩地]]租金",
            " [[九龍]]東呎租", "。[[九龍]]東空置率",
            "\n[[九龍]]東的壓力", "觀塘及[[九龍]]灣", "；[[港島]]東及",
            "，[[中環]]甲級", "承租[[中環]]交易廣場", "為今年以來[[中環]]最大手",
            "金鐘及[[中環]]約5萬", "於[[中環]]的新", "香港[[中環]]仍是",
            "為[[中環]]的兩成", "深圳[[前海]]的", "廣州[[天河]]則",
        ],
        "numbers_excluded": [],
        # 一幢 (x3, indefinite), 進一步, 之一, 一位 (words and
        # indefinites), 第二度 (an ordinal), 九龍 (九龍東 x3, 九龍灣: a
        # region's name; 九龍倉 is an ORG), 兩地 (a collective)
        "cn_excluded": ["銅鑼灣[[一]]幢", "區內[[一]]幢", "灣仔[[一]]幢",
                        "進[[一]]步", "之[[一]]，", "系[[一]]位", "第[[二]]度",
                        "[[九]]龍東呎租", "。[[九]]龍東空置率", "[[九]]龍東的壓力",
                        "及[[九]]龍灣", "，[[兩]]地租金"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year-on-year), 按月
        # (month-on-month), 月租 (a monthly rent), 年度 (年度佔用成本: a
        # yearly cost), 天河 (a district), 節省 (to save), 明顯; 同期 only
        # inside rows
        "words_excluded": {"按年": 7, "按月": 3, "近日": 1, "月租": 1, "年度": 1,
                           "天河": 1, "節省": 1, "明顯": 1, "同期": 0,
                           "當天": 0},
        # generic heads outside ORG rows: 銀行 (銀行須密切), 地產 (商業地產
        # 貸款), 機構 (外資機構), 券商 (內地券商: a descriptor), 公司, 集團,
        # 署, 局, 大學, 置業 and 日報 only inside ORGs
        "orgwords_excluded": {"銀行": 1, "地產": 1, "機構": 1, "券商": 1,
                              "公司": 0, "集團": 0, "署": 0, "局": 0,
                              "大學": 0, "置業": 0, "日報": 0},
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
