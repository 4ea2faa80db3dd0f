#!/usr/bin/env python3
"""Gold annotation for the held-out articles g183_battery_exports_port_cities
and g184_macao_grand_prix_events_tourism (annotator LC).

Adapted from the precedent set's tools/annotate_mb.py (now dev/tools/annotate_g175_g176.py; copied and the data
changed; it keeps the checks of annotate_mb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date (本周一, 上周六, 上周日 to
the day of their week), the bare-day month rule, 当天/同日 repeating the
latest day, 去年同期 a year before its sentence's period, 上月 as a baseline
after a comparison word, the 上季 check, the range check, the 约占 check,
the declared shared unit, the hand-declared organizations of each article,
the bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为 declared as a
separated marker, the precision check, the check that a traditional article
holds no simplified character, the GBK block and the UTF-8-with-BOM block),
with annotate_mc.py's Macao reading (a character outside plain Big5 and
cp950 that stands in no span) applied to the decoded text of a UTF-8 file.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g183 is simplified (mainland, 经济日报, 2026-11-19), stored as GBK
  without a BOM.  Its byline 经济日报记者 郑昀 许堃 stands on line 3; the
  reporter's given name 堃 (U+5803, GBK 88 D2: a lead byte below A1, outside
  the GB2312 rows) is outside GB2312, so Python's gb2312 fails on the file
  while gbk, cp936 and gb18030 read it alike; every other character is
  GB2312 (every non-ASCII character two bytes).  堃 lies in no span.  OpenCC
  t2s leaves the article unchanged.
- g184 is traditional (Macao, 澳門日報, 2026-11-22), stored as UTF-8 WITH A
  BOM (EF BB BF, then the title's 大 = E5 A4 A7); offsets count from the
  first character after the BOM.  Every non-ASCII character is three bytes.
  Every character is in Big5-HKSCS; one is outside plain Big5 and cp950:
  氹 (U+6C39) of 路氹 (Cotai, a reclaimed zone, no CITY), which stands in no
  span.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Macao and Hong Kong by their common names 澳门, 香港).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho32/precedent: README, NOTES_ma/mb/mc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g183_g184.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_mb.py: the GBK block keeps its checks with 堃 (88 D2)
as the declared character; the UTF-8-with-BOM block checks the title's 大;
the Hong Kong block is replaced by a Macao block (the region named at least
twice, 澳門/本澳; the declared 氹 outside Big5 and cp950, two bytes in
Big5-HKSCS, in no span, as annotate_mc.py's 氹); S2T_ALLOWED holds 托 of
摩托車 (OpenCC s2t turns a lone 托 into 託); the holiday table holds 国庆/國慶,
元旦, 春节, 聖誕 and 農曆新年; units 亿元/元, %, 只, GWh, 标准箱, 辆, 艘, 百分点,
票, 小时, 美元 and 张, 人次, 架次, 班次, 个, 名, 间, 宗, 班, 倍.  Re-run (from
anywhere):

    python3 dev/tools/annotate_g183_g184.py
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
G183 = "g183_battery_exports_port_cities"
G184 = "g184_macao_grand_prix_events_tourism"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G183: ("gbk", b"", False, "2026-11-19", "经济日报"),
    G184: ("utf-8", BOM8, True, "2026-11-22", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G183: [], G184: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 堃 of the reporter's name (in no span; on the
# byline line)
OUTSIDE_GB2312 = {G183: {"堃": b"\x88\xd2"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 氹 of 路氹 (in no span)
OUTSIDE_BIG5 = {G184: ["氹"]}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 旅游局, 体育局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G184}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone: 托 of 摩托車 (s2t turns a lone 托 into 託; the word
# 摩托車 keeps 托 in every traditional standard)
S2T_ALLOWED = {G184: {"托"}}
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
                   "赛营罗览众终际飞喷湾乐归")
# Holidays the articles name, by their exact span (2025-2027): g183
# (mainland, 2026-11-19): 国庆 2026-10-01 (the one just past, 国庆假期过后),
# 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentence); g184 (Macao, 2026-11-22): 國慶 2026-10-01
# (Macao keeps the PRC's National Day; the golden week of 10月 in its
# sentence), 聖誕 2026-12-25, 元旦 2027-01-01 and 農曆新年 2027-02-06 (the
# coming ones; 农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一, as the precedents checked them
# with lunardate for 2025-2027) and days computed from the calendar
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
    # g183 (2026: municipalities 天津, 上海, 重庆; prefecture-level cities
    # 宁波 (浙江), 深圳, 广州 (广东), 厦门, 宁德 (福建), 青岛, 烟台 (山东),
    # 钦州 (广西), 连云港, 常州 (江苏), 宜宾 (四川); the county-level city
    # 溧阳 (江苏, under 常州); foreign cities by their common Chinese names:
    # 德布勒森 and 塞格德 (Hungary), 萨拉戈萨 (Spain), 哥廷根 (Germany),
    # 凯尼特拉 (Morocco), 锡尼什 (Portugal), 杜埃 (France), 利雅得 (Saudi
    # Arabia))
    "宁波": "宁波市", "深圳": "深圳市", "厦门": "厦门市", "青岛": "青岛市",
    "天津": "天津市", "广州": "广州市", "钦州": "钦州市",
    "连云港": "连云港市", "上海": "上海市", "烟台": "烟台市",
    "常州": "常州市", "溧阳": "溧阳市", "宁德": "宁德市", "宜宾": "宜宾市",
    "重庆": "重庆市", "德布勒森": "德布勒森", "萨拉戈萨": "萨拉戈萨",
    "哥廷根": "哥廷根", "凯尼特拉": "凯尼特拉", "锡尼什": "锡尼什",
    "杜埃": "杜埃", "塞格德": "塞格德", "利雅得": "利雅得",
    # g184 (traditional spans; 澳門 and 香港 by their common names; mainland
    # cities by their full simplified names (深圳, 北京, 上海, 杭州, 珠海,
    # 中山 written alike; 廣州 -> 广州市))
    "澳門": "澳门", "香港": "香港", "北京": "北京市", "杭州": "杭州市",
    "珠海": "珠海市", "廣州": "广州市", "中山": "中山市",
}
# cities normalized without 市: Macao, Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "德布勒森", "萨拉戈萨", "哥廷根", "凯尼特拉", "锡尼什",
          "杜埃", "塞格德", "利雅得"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "體育局": "体育局", "旅遊局": "旅游局", "治安警察局": "治安警察局",
    "澳門國際機場": "澳门国际机场", "噴射飛航": "喷射飞航",
    "金光飛航": "金光飞航", "統計暨普查局": "统计暨普查局",
    "統計局": "统计局", "攜程": "携程", "銀河娛樂集團": "银河娱乐集团",
    "銀娛": "银娱", "金沙中國": "金沙中国", "新濠博亞娛樂": "新濠博亚娱乐",
    "永利澳門": "永利澳门", "美高梅中國": "美高梅中国", "澳娛綜合": "澳娱综合",
    "澳門格蘭披治大賽車委員會": "澳门格兰披治大赛车委员会",
    "澳門電訊": "澳门电讯", "CTM": "CTM",
    "國際汽車聯合會": "国际汽车联合会", "國際汽聯": "国际汽联",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
    "澳門酒店協會": "澳门酒店协会", "澳門旅遊業議會": "澳门旅游业议会",
    "澳門通": "澳门通", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "消費者委員會": "消费者委员会",
    "珠海市文化廣電旅遊體育局": "珠海市文化广电旅游体育局",
    "廣東省文化和旅遊廳": "广东省文化和旅游厅", "交通事務局": "交通事务局",
    "澳門航空": "澳门航空", "經濟財政司": "经济财政司", "立法會": "立法会",
    "社會文化司": "社会文化司", "特區政府": "特区政府",
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
        if enc == "gbk":        # GBK proper (annotate_ob.py's block): the
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
            # 堃 is 88 D2: its lead byte lies below A1, outside the GB2312
            # rows (GBK's extension area); the byte count is still two per
            # non-ASCII character (annotate_nc.py)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
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
        if enc == "utf-8":      # UTF-8 WITH A BOM (new here, after
            # annotate_na.py's block without one): exactly one BOM, the
            # BOM-aware codec reads the same text, and the plain utf-8
            # reading keeps U+FEFF in front, one code point that would
            # shift every offset by one
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert not raw.startswith(BOM8), f"{doc_id}: one BOM only"
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g184: 大 = E5 A4 A7)
            assert raw[:3] == self.text[0].encode("utf-8") == \
                b"\xe5\xa4\xa7", doc_id
            # every non-ASCII character is three bytes in UTF-8 (no four-
            # byte character), so a count in bytes would shift every row
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) > len(self.text) + 1000, doc_id
            # a legacy or UTF-16 codec fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id  # GBK
        if doc_id in MACAO:     # a Macao text (annotate_mb.py's Hong Kong
            # block with annotate_mc.py's Macao character, applied to the
            # decoded text of a UTF-8 file): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5, and
            # outside cp950 too (Hong Kong's and Macao's, not Taiwan's)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert not enc_ok(c, "cp950"), c
                assert len(c.encode("big5hkscs")) == 2, c
            assert "氹".encode("big5hkscs") == b"\x9c\xae"
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 旅遊局, 體育局, 交通事務局 …, stand alone as
            # ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # the declared character stands in no span (氹 of 路氹, once,
            # in the body; checked in check())
            self.no_span_chars = outside
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
# g183 Lithium-battery exports through the port cities, November 2026:
# 海关总署's January-October figures (value, quantity, October, the baseline
# month) and 电池联盟's GWh figures; the ports (宁波海关 with 宁波口岸 and
# 宁波舟山港, 上海海关 with 上海港, 深圳海关, 厦门海关; 青岛, 天津, 广州, 钦州,
# 连云港); the overseas plants (宁德时代 in 德布勒森 and with 斯特兰蒂斯 in
# 萨拉戈萨, 国轩高科 in 哥廷根 and 凯尼特拉, 亿纬锂能 in 德布勒森, 中创新航 in
# 锡尼什, 远景动力 in 杜埃; 高工产业研究院's count); vehicles (中国汽车工业协会,
# 比亚迪's car carriers from 深圳 and its 塞格德 plant, 奇瑞, 吉利汽车, 长城汽车
# through 上海, 广州, 烟台, 上汽集团); storage (电池联盟, 阳光电源, 海辰储能 with
# 沙特电力公司 in 厦门, 利雅得); logistics (宁波海事局, 宁波舟山港集团, 中远海运
# 集运 from 宁波, 上海, 中国信保); local policy (宁波市商务局, 深圳市工业和信息化
# 局, 常州 and 江苏时代 in 溧阳, 福建省商务厅 with 宁德, 四川时代 in 宜宾 via
# 重庆); trade barriers (SNE Research, 工业和信息化部's standard of 2024, 商务部)
# and the outlook (高工产业研究院, 厦门大学中国能源政策研究院).
# Simplified, GBK without BOM, 2026-11-19 (a Thursday, ISO week 2026-W47),
# 经济日报; the byline 经济日报记者 郑昀 许堃 on line 3.  本月9日 2026-11-09;
# 昨日 2026-11-18; 本周一 2026-11-16; 上周 2026-W46; 上月 (a baseline after
# 较 in a sentence of 10月份) 2026-09; 国庆 2026-10-01; 元旦 2027-01-01; 春节
# 2027-02-06; 年底 2026; 明年 2027; 明年底 2027; 两年前 2024; 去年 2025;
# 去年同期 2025 (after 今年前10个月) and 2025-10 (after 10月).
# ===========================================================================
@doc
def g183():
    d = Doc(G183)
    Y, LY, NY = "2026", "2025", "2027"
    NB, SZ, XM, SH, CZ, LY_, ND, YB = (
        "宁波市", "深圳市", "厦门市", "上海市", "常州市", "溧阳市", "宁德市",
        "宜宾市")
    DBL, ZRG, GTG, KNT, SGD = ("德布勒森", "萨拉戈萨", "哥廷根", "凯尼特拉",
                               "塞格德")
    # title (a heading that opens with the DATE 前10个月: no city section)
    d.date("[[前10个月]]锂电池出口额同比", Y, "")
    d.metric("同比增长[[18.6%]] 港口", "18.6", "%", "exact", "")
    # byline 经济日报记者 郑昀 许堃 (the outlet before 记者 at the start of a
    # line is an ORG; 堃 in no span; a heading that opens with an ORG, no
    # city section; no place filed from)
    d.org("[[经济日报]]记者")
    # P1 海关总署's and 电池联盟's January-October figures
    d.org("\n\n[[海关总署]]本月9日")
    d.date("海关总署[[本月9日]]发布", "2026-11-09", "")
    d.date("显示，[[今年前10个月]]我国锂离子", Y, "")
    d.metric("出口额达[[5416.8亿元]]", "5416.8e8", "元", "exact", "")
    d.metric("同比增长[[18.6%]]；", "18.6", "%", "exact", "")
    d.metric("出口数量[[约42.7亿只]]", "42.7e8", "只", "approx", "")
    d.metric("同比增长[[11.3%]]", "11.3", "%", "exact", "")
    d.date("其中，[[10月份]]出口额", "2026-10", "")
    d.metric("出口额为[[582.4亿元]]", "582.4e8", "元", "exact", "")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", "")
    d.date("较[[上月]]增长4.2%", "2026-09", "")
    d.metric("上月增长[[4.2%]]", "4.2", "%", "exact", "")
    d.org("[[中国汽车动力电池产业创新联盟]]（")
    d.org("简称“[[电池联盟]]”")
    d.date("”）[[昨日]]公布", "2026-11-18", "")
    d.date("公布，[[10月]]我国动力电池", "2026-10", "")
    d.metric("合计出口[[26.8GWh]]", "26.8", "GWh", "exact", "")
    d.metric("环比增长[[7.1%]]", "7.1", "%", "exact", "")
    d.date("；[[今年1月]]至10月累计", "2026-01", "")
    d.date("今年1月至[[10月]]累计", "2026-10", "")
    d.metric("累计出口[[约232.6GWh]]", "232.6", "GWh", "approx", "")
    d.date("已超过[[去年]]全年", LY, "")
    # P2 the ports
    d.org("主通道。[[宁波海关]]统计")
    d.date("统计，[[今年前10个月]]宁波口岸", Y, NB)
    d.city("今年前10个月[[宁波]]口岸")
    d.metric("货值[[1286.3亿元]]", "1286.3e8", "元", "exact", NB)
    d.metric("同比增长[[23.4%]]", "23.4", "%", "exact", NB)
    d.metric("约占全国的[[四分之一]]", 25, "%", "approx", NB, sep="约")
    d.metric("集装箱[[超过21万标准箱]]", "21e4", "标准箱", "over", NB)
    d.date("，较[[去年同期]]增加约3.6万", LY, NB)
    d.metric("增加[[约3.6万标准箱]]", "3.6e4", "标准箱", "approx", NB)
    d.org("。[[上海海关]]介绍")
    d.date("上海港[[10月]]锂电池", "2026-10", "")
    d.metric("货值[[约168亿元]]", "168e8", "元", "approx", "")
    d.date("较[[去年同期]]增长15.2%", "2025-10", "")
    d.metric("增长[[15.2%]]", "15.2", "%", "exact", "")
    d.org("，[[特斯拉]]、上汽集团")
    d.org("特斯拉、[[上汽集团]]等车企")
    d.org("。[[深圳海关]]数据")
    d.city("显示，[[深圳]]前三季度")
    d.date("深圳[[前三季度]]锂电池", Y, SZ)
    d.metric("出口额[[约792亿元]]", "792e8", "元", "approx", SZ)
    d.org("，[[比亚迪]]、欣旺达")
    d.org("比亚迪、[[欣旺达]]两家")
    d.metric("贡献[[超过六成]]", 60, "%", "over", SZ)
    d.org("。[[厦门海关]]表示")
    d.city("表示，[[厦门]]锂电池")
    d.date("出口额[[今年]]以来", Y, XM)
    d.metric("保持[[30%以上]]的增速", 30, "%", "over", XM)
    d.date("截至[[10月底]]累计", "2026-10", XM)
    d.metric("累计出口[[约356亿元]]", "356e8", "元", "approx", XM)
    d.city("此外，[[青岛]]、")
    d.city("、[[天津]]、")
    d.city("、[[广州]]、钦州")
    d.city("、[[钦州]]、")
    d.city("、[[连云港]]等港口城市")
    # P3 the overseas plants
    d.org("步伐。[[宁德时代]]位于")
    d.city("匈牙利[[德布勒森]]的工厂")
    d.date("已于[[今年6月]]投产", "2026-06", DBL)
    d.metric("规划产能[[100GWh]]", 100, "GWh", "exact", DBL)
    d.org("其与[[斯特兰蒂斯]]在")
    d.city("西班牙[[萨拉戈萨]]合资")
    d.date("预计[[明年底]]投产", NY, ZRG)
    d.org("。[[国轩高科]]在")
    d.city("德国[[哥廷根]]的基地")
    d.date("基地[[今年前三季度]]出货", Y, GTG)
    d.metric("出货[[约2.1GWh]]", "2.1", "GWh", "approx", GTG)
    d.city("摩洛哥[[凯尼特拉]]的超级")
    d.date("计划于[[2027年一季度]]量产", "2027-Q1", KNT)
    d.org("；[[亿纬锂能]]在")
    d.city("亿纬锂能在[[德布勒森]]的圆柱")
    d.date("工厂[[上周]]完成", "2026-W46", DBL)
    d.org("。[[中创新航]]葡萄牙")
    d.city("葡萄牙[[锡尼什]]项目")
    d.org("、[[远景动力]]法国")
    d.city("法国[[杜埃]]工厂")
    d.org("据[[高工产业研究院]]（")
    d.org("（[[GGII]]）")
    d.date("截至[[9月底]]，中国", "2026-09", "")
    d.metric("规划产能[[超过560GWh]]", 560, "GWh", "over", "")
    d.metric("欧洲约占[[58%]]", 58, "%", "approx", "", sep="约")
    # P4 vehicles
    d.org("[[中国汽车工业协会]]数据")
    d.date("显示，[[今年前10个月]]我国新能源汽车", Y, "")
    d.metric("出口[[约218.5万辆]]", "218.5e4", "辆", "approx", "")
    d.metric("同比增长[[36.2%]]", "36.2", "%", "exact", "")
    d.org("。[[比亚迪]]已有")
    d.metric("已有[[8艘]]自有", 8, "艘", "exact", "")
    d.metric("最多可装载[[7000辆]]", 7000, "辆", "exact", "")
    d.date("；[[本周一]]从深圳", "2026-11-16", SZ)
    d.city("本周一从[[深圳]]启航")
    d.metric("载有[[约5600辆]]", 5600, "辆", "approx", SZ)
    d.org("。[[比亚迪]]位于")
    d.city("匈牙利[[塞格德]]的乘用车")
    d.date("预计[[12月]]启动", "2026-12", SGD)
    d.org("。[[奇瑞]]、")
    d.org("、[[吉利汽车]]、")
    d.org("、[[长城汽车]]等企业")
    d.city("通过[[上海]]、广州")
    d.city("上海、[[广州]]、烟台")
    d.city("、[[烟台]]等港口")
    d.org("。[[上汽集团]]相关")
    d.date("集团[[前三季度]]海外", Y, "")
    d.metric("海外销量[[约83万辆]]", "83e4", "辆", "approx", "")
    d.metric("占比[[超过三成]]", 30, "%", "over", "")
    # P5 storage batteries
    d.org("增长点。[[电池联盟]]数据")
    d.date("显示，[[今年前10个月]]储能电池", Y, "")
    d.metric("比重升至[[27.4%]]", "27.4", "%", "exact", "")
    d.date("，较[[去年同期]]提高6.8", LY, "")
    d.metric("提高[[6.8个百分点]]", "6.8", "百分点", "exact", "")
    d.org("。[[阳光电源]]前三季度")
    d.date("阳光电源[[前三季度]]储能", Y, "")
    d.metric("发货量[[约28GWh]]", 28, "GWh", "approx", "")
    d.metric("同比增长[[近五成]]", 50, "%", "approx", "")
    d.org("；[[海辰储能]]昨日")
    d.date("海辰储能[[昨日]]在厦门", "2026-11-18", XM)
    d.city("昨日在[[厦门]]与")
    d.org("与[[沙特电力公司]]签署")
    d.metric("签署[[3.2GWh]]储能", "3.2", "GWh", "exact", XM)
    d.city("位于[[利雅得]]以东")
    d.org("。[[宁德时代]]等企业近期")
    d.date("表示，[[四季度]]通常", "2026-Q4", "")
    # P6 logistics
    d.org("提升。[[宁波海事局]]介绍")
    d.metric("申报[[约1.8万票]]", "1.8e4", "票", "approx", "")
    d.metric("缩短至[[2小时以内]]", 2, "小时", "under", "")
    d.org("。[[宁波舟山港集团]]表示")
    d.date("表示，[[国庆]]假期", "2026-10-01", "")
    d.date("已于[[11月1日]]起", "2026-11-01", "")
    d.metric("堆存[[约4500标准箱]]", 4500, "标准箱", "approx", "")
    d.org("。[[中远海运集运]]相关")
    d.date("介绍，[[10月]]从宁波", "2026-10", NB)
    d.city("10月从[[宁波]]、上海")
    d.city("从宁波、[[上海]]始发")
    d.metric("占比达[[12%左右]]", 12, "%", "approx", SH)
    d.date("较[[两年前]]提高", "2024", SH)
    d.metric("提高[[约5个百分点]]", 5, "百分点", "approx", SH)
    d.org("。[[中国出口信用保险公司]]（")
    d.org("（[[中国信保]]）")
    d.date("显示，[[今年前三季度]]其为", Y, "")
    d.metric("承保金额[[约126亿美元]]", "126e8", "美元", "approx", "")
    d.metric("同比增长[[14.8%]]", "14.8", "%", "exact", "")
    # P7 local policy
    d.org("出海。[[宁波市商务局]]上周")
    d.date("宁波市商务局[[上周]]发布", "2026-W46", "")
    d.metric("出口额[[超过1亿美元]]", "1e8", "美元", "over", "")
    d.metric("最高[[500万元]]", "500e4", "元", "exact", "")
    d.org("。[[深圳市工业和信息化局]]表示")
    d.date("将于[[明年一季度]]前", "2027-Q1", "")
    d.city("”，[[常州]]今年")
    d.date("常州[[今年前三季度]]锂电池", Y, CZ)
    d.metric("出口额[[约218亿元]]", "218e8", "元", "approx", CZ)
    d.metric("同比增长[[19.8%]]", "19.8", "%", "exact", CZ)
    d.org("，[[宁德时代]]旗下")
    d.org("旗下[[江苏时代]]在")
    d.city("在[[溧阳]]的基地")
    d.date("排产至[[明年3月]]", "2027-03", LY_)
    d.org("。[[福建省商务厅]]数据")
    d.city("显示，[[宁德]]今年")
    d.date("宁德[[今年前10个月]]锂电池", Y, ND)
    d.metric("出口额[[约463亿元]]", "463e8", "元", "approx", ND)
    d.metric("同比增长[[16.5%]]", "16.5", "%", "exact", ND)
    d.city("。[[宜宾]]是")
    d.org("是[[四川时代]]的")
    d.metric("当地[[约62%]]", 62, "%", "approx", YB)
    d.city("经[[重庆]]搭乘")
    # P8 trade barriers
    d.org("研究机构[[SNE Research]]数据")
    d.date("显示，[[今年1月]]至9月全球", "2026-01", "")
    d.date("今年1月至[[9月]]全球", "2026-09", "")
    d.org("中，[[宁德时代]]和比亚迪")
    d.org("宁德时代和[[比亚迪]]的市场")
    d.metric("分别为[[37.8%]]和", "37.8", "%", "exact", "")
    d.metric("和[[17.2%]]，", "17.2", "%", "exact", "")
    d.metric("合计[[超过一半]]", 50, "%", "over", "")
    d.org("[[工业和信息化部]]此前")
    d.date("规范条件（[[2024年]]本）", "2024", "")
    d.org("；[[商务部]]相关")
    # P9 the outlook
    d.org("。[[高工产业研究院]]预计")
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("有望[[突破6500亿元]]", "6500e8", "元", "over", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("回落至[[10%左右]]", 10, "%", "approx", "")
    d.org("[[厦门大学中国能源政策研究院]]一位")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("将在[[年底]]前", Y, "")
    audit = {
        "orgs": ["经济日报", "海关总署", "中国汽车动力电池产业创新联盟", "电池联盟",
                 "宁波海关", "上海海关", "特斯拉", "上汽集团", "深圳海关",
                 "比亚迪", "欣旺达", "厦门海关", "宁德时代", "斯特兰蒂斯",
                 "国轩高科", "亿纬锂能", "中创新航", "远景动力", "高工产业研究院",
                 "GGII", "中国汽车工业协会", "奇瑞", "吉利汽车", "长城汽车",
                 "阳光电源", "海辰储能", "沙特电力公司", "宁波海事局",
                 "宁波舟山港集团", "中远海运集运", "中国出口信用保险公司",
                 "中国信保", "宁波市商务局", "深圳市工业和信息化局", "江苏时代",
                 "福建省商务厅", "四川时代", "SNE Research", "工业和信息化部",
                 "商务部", "厦门大学中国能源政策研究院"],
        "cities": ["宁波", "深圳", "厦门", "青岛", "天津", "广州", "钦州",
                   "连云港", "上海", "烟台", "常州", "溧阳", "宁德", "宜宾",
                   "重庆", "德布勒森", "萨拉戈萨", "哥廷根", "凯尼特拉", "锡尼什",
                   "杜埃", "塞格德", "利雅得", "舟山", "梅山", "全国", "城市",
                   "中国", "我国", "当地", "多地", "江苏", "四川",
                   "福建", "匈牙利", "西班牙", "德国", "摩洛哥", "葡萄牙", "法国",
                   "巴西", "沙特", "澳大利亚", "欧洲", "中东", "东盟", "拉美",
                   "韩国"],
        "excluded": [
            # 宁波舟山港 (x2: a port, GUIDELINES: two cities before 港 name
            # one port, no CITY; no ORG, a facility) and 上海港 (a city before
            # 港: the port, no CITY); 舟山 elsewhere only inside 宁波舟山港集团;
            # 梅山 (梅山港区, a port area of 宁波); 全国 (x1), 城市 (x4:
            # 港口城市 x4: the title's, 依然, 等港口城市, 各港口城市), 中国
            # (中国锂电企业; elsewhere inside ORGs), 我国 (x3), 当地, 多地;
            # provinces (江苏, 四川, 福建 only inside ORGs), countries and
            # regions (欧洲 x4, 中东 x3, 东盟 beside regions, 拉美) are no CITY
            "经[[宁波舟山港]]出运", "，[[上海港]]10月", "[[梅山]]港区",
            "约占[[全国]]的", "[[港口城市]]竞相", "[[港口城市]]依然",
            "连云港等[[港口城市]]", "各[[港口城市]]应", "[[中国]]锂电企业",
            "，今年前10个月[[我国]]锂离子",
            "，10月[[我国]]动力", "10个月[[我国]]新能源", "目前[[当地]]约",
            "[[多地]]出台", "[[匈牙利]]德布勒森",
            "[[西班牙]]萨拉戈萨", "[[德国]]哥廷根", "[[摩洛哥]]凯尼特拉",
            "中创新航[[葡萄牙]]", "远景动力[[法国]]", "驶往[[巴西]]",
            "位于[[匈牙利]]塞格德", "加密[[欧洲]]和中东航线",
            "加密欧洲和[[中东]]航线",
            "也在[[中东]]和", "[[澳大利亚]]拿下", "其中[[欧洲]]约占",
            "始发的[[欧洲]]航线", "运往[[欧洲]]", "[[韩国]]市场", "拓展[[东盟]]、",
            "、[[中东]]和拉美", "和[[拉美]]市场",
        ],
        "numbers_excluded": [],
        # 一期 (a plant's first phase: a label), 一艘 (一 before a measure
        # word, indefinite), 两家 (the collective label of the list 比亚迪、
        # 欣旺达 just given, GUIDELINES), 一位 (indefinite), 四川 (a
        # province, inside the ORG 四川时代 only: covered), 首批 (an ordinal)
        "cn_excluded": ["工厂[[一]]期", "的[[一]]艘", "欣旺达[[两]]家",
                        "研究院[[一]]位"],
        # GWh is a unit inside METRIC rows; SNE Research and GGII are ORGs
        "latin_excluded": [],
        # time words that are no DATE: 全年 (x2: 去年全年, 今年全年; outside
        # the spans, GUIDELINES), 年出口额 (an annual threshold), 旺季 (a
        # season), 明显 (x2), 明确 (明), 天津 (a CITY row), 日前 (vague,
        # SPEC), 近期 (vague), 季 of 旺季; 同期 only inside rows
        "words_excluded": {"全年": 2, "年出口额": 1, "旺季": 1, "明显": 2,
                           "明确": 1, "日前": 1, "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 集团 (集团前三季度: read back), 企业
        # (锂电企业, 出口企业 …: kinds), 公司 only inside ORGs; 海关, 协会,
        # 联盟, 研究院, 商务局, 大学 only inside ORGs
        "orgwords_excluded": {"集团": 1, "海关": 0, "协会": 0, "联盟": 0,
                              "研究院": 0, "商务局": 0, "大学": 0, "公司": 0,
                              "商务厅": 0, "海事局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g184 The Macau Grand Prix and event tourism, November 2026: the 73rd race
# (12-15 November) with 體育局's tickets and spectators and 旅遊局's arrivals
# (compared with 2019); 治安警察局's arrivals by origin (香港), the bridge, the
# busiest day, 澳門國際機場's flights and the ferries of 噴射飛航 and 金光飛航
# (香港, 深圳蛇口); hotels (統計暨普查局's October and third-quarter
# occupancy, 旅遊局's race weekend, 攜程's searches from 北京, 上海, 杭州); the
# integrated resorts (銀娛, 金沙中國, 新濠博亞娛樂, 永利澳門, 美高梅中國, 澳娛
# 綜合); sponsors and organizers (澳門格蘭披治大賽車委員會, 澳門電訊 (CTM),
# 體育局's budget and drivers, 國際汽聯 and the 74th race); spending (澳門大學
# 工商管理學院, 澳門酒店協會, 澳門旅遊業議會, 澳門通); the community (經科局,
# 消費者委員會); the neighbours (珠海市文化廣電旅遊體育局 with 珠海, 廣東省
# 文化和旅遊廳 with 廣州, 深圳, 中山); transport (交通事務局, 澳門航空 to 北京,
# 上海, 治安警察局) and the calendar and outlook (經濟財政司 at 立法會, 社會
# 文化司, 特區政府; the fireworks, 美食節 and marathon, 旅遊局's year).
# Traditional as Macao writes it (按年, 佔, 公佈, 發佈, 今屆, 首10個月, 首三季,
# 第三季, 明年首季, 上周, 本周, 周末, 元 for patacas, 間 for shops, 宗 for
# complaints, 個百分點), UTF-8 with BOM, 2026-11-22 (a Sunday, ISO week
# 2026-W47), 澳門日報; 【本報消息】 opens the first paragraph (本報 names no
# outlet).  昨日 2026-11-21; 同日 (after 昨日) 2026-11-21; 本周 2026-W47;
# 上周 2026-W46; 上周六 2026-11-14; 上周日 2026-11-15; 本月12日 2026-11-12,
# 本月13日 2026-11-13; 上月 (a baseline after 較 in a sentence of 10月)
# 2026-09; 國慶 2026-10-01; 聖誕 2026-12-25; 元旦 2027-01-01; 農曆新年
# 2027-02-06; 明年 2027; 去年 2025; 去年同期 2025-Q3 (after 今年第三季).
# ===========================================================================
@doc
def g184():
    d = Doc(G184)
    Y, LY, NY = "2026", "2025", "2027"
    MO, HK, SZ, SH, ZH, GZ, ZS = ("澳门", "香港", "深圳市", "上海市",
                                  "珠海市", "广州市", "中山市")
    # title (a heading that opens with no city: no city section, no CITY)
    d.metric("旅客[[逾56萬人次]]", "56e4", "人次", "over", "")
    d.metric("按年升[[8.7%]]\n", "8.7", "%", "exact", "")
    # P1 the race, tickets and arrivals (【本報消息】 names no outlet)
    d.city("第73屆[[澳門]]格蘭披治大賽車已於")
    d.date("已於[[本月12日]]至15日", "2026-11-12", MO)
    d.date("本月12日至[[15日]]順利", "2026-11-15", MO)
    d.org("。[[體育局]]昨日")
    d.date("體育局[[昨日]]公佈", "2026-11-21", "")
    d.metric("門票[[約8.6萬張]]", "8.6e4", "张", "approx", "")
    d.metric("按年增加[[6.4%]]", "6.4", "%", "exact", "")
    d.metric("觀眾[[約10.3萬人次]]", "10.3e4", "人次", "approx", "")
    d.org("；[[旅遊局]]同日")
    d.date("旅遊局[[同日]]發佈", "2026-11-21", "")
    d.date("期間（[[12日]]至15日）", "2026-11-12", "")
    d.date("（12日至[[15日]]）入境", "2026-11-15", "")
    d.metric("入境旅客[[約56.4萬人次]]", "56.4e4", "人次", "approx", "")
    d.metric("按年上升[[8.7%]]，較", "8.7", "%", "exact", "")
    d.date("較[[2019年同期]]增長", "2019", "")
    d.metric("增長[[約4%]]", 4, "%", "approx", "")
    # P2 arrivals by origin, the bridge, the busiest day, flights, ferries
    d.org("\n\n[[治安警察局]]數據")
    d.metric("內地旅客[[約40.6萬人次]]", "40.6e4", "人次", "approx", "")
    d.metric("按年增加[[9.2%]]", "9.2", "%", "exact", "")
    d.metric("個人遊旅客[[約22.8萬人次]]", "22.8e4", "人次", "approx", "")
    d.city("；[[香港]]旅客")
    d.metric("香港旅客[[約11.2萬人次]]", "11.2e4", "人次", "approx", HK)
    d.metric("國際旅客[[約2.9萬人次]]", "2.9e4", "人次", "approx", HK)
    d.metric("入境的旅客[[約17.5萬人次]]", "17.5e4", "人次", "approx", "")
    d.metric("佔整體[[約三成]]", 30, "%", "approx", "")
    d.date("。[[上周六]]（14日）", "2026-11-14", "")
    d.date("上周六（[[14日]]）", "2026-11-14", "")
    d.metric("旅客達[[16.2萬人次]]", "16.2e4", "人次", "exact", "")
    d.date("創[[今年]]單日", Y, "")
    d.org("[[澳門國際機場]]賽事期間")
    d.metric("航班[[約1,260架次]]", 1260, "架次", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.org("；[[噴射飛航]]及")
    d.org("及[[金光飛航]]則")
    d.city("往來[[香港]]及深圳")
    d.city("香港及[[深圳]]蛇口")
    d.metric("船班共[[約220班次]]", 220, "班次", "approx", SZ)
    # P3 hotels
    d.org("，[[統計暨普查局]]（")
    d.org("（[[統計局]]）本周")
    d.date("（統計局）[[本周]]公佈", "2026-W47", "")
    d.date("公佈，[[10月]]本澳", "2026-10", "")
    d.metric("入住率為[[91.2%]]", "91.2", "%", "exact", "")
    d.date("較[[上月]]上升", "2026-09", "")
    d.metric("上升[[3.5個百分點]]", "3.5", "百分点", "exact", "")
    d.date("；[[今年第三季]]平均", "2026-Q3", "")
    d.metric("入住率為[[86.4%]]", "86.4", "%", "exact", "")
    d.date("較[[去年同期]]上升2.1", "2025-Q3", "")
    d.metric("上升[[2.1個百分點]]", "2.1", "百分点", "exact", "")
    d.org("。[[旅遊局]]數據則指")
    d.date("周末（[[14日]]至15日）", "2026-11-14", "")
    d.date("（14日至[[15日]]）全澳", "2026-11-15", "")
    d.metric("入住率達[[96.8%]]", "96.8", "%", "exact", "")
    d.metric("房價[[約2,860元]]", 2860, "元", "approx", "")
    d.metric("按年上升[[12%]]。", 12, "%", "exact", "")
    d.org("。[[攜程]]數據")
    d.city("期間[[澳門]]酒店搜索量")
    d.metric("搜索量按年增長[[約45%]]", 45, "%", "approx", MO)
    d.city("來自[[北京]]、上海、杭州的預訂")
    d.city("北京、[[上海]]、杭州的預訂")
    d.city("上海、[[杭州]]的預訂")
    # P4 the integrated resorts
    d.org("。[[銀河娛樂集團]]（")
    d.org("（[[銀娛]]）")
    d.metric("收入按年增長[[約15%]]", 15, "%", "approx", "")
    d.org("；[[金沙中國]]指")
    d.metric("入住率達[[98%]]", 98, "%", "exact", "")
    d.metric("客流按年增加[[約20%]]", 20, "%", "approx", "")
    d.org("。[[新濠博亞娛樂]]在")
    d.metric("吸引[[約3.2萬人次]]參觀", "3.2e4", "人次", "approx", "")
    d.org("；[[永利澳門]]、")
    d.org("、[[美高梅中國]]及")
    d.org("及[[澳娛綜合]]亦推出")
    d.org("其中[[澳娛綜合]]的套票")
    d.date("預訂量較[[去年]]增加", LY, "")
    d.metric("增加[[一倍]]", 1, "倍", "exact", "")
    # P5 sponsors and organizers
    d.metric("共有[[12個]]冠名", 12, "个", "exact", "")
    d.metric("贊助總額[[約1.1億元]]", "1.1e8", "元", "approx", "")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", "")
    d.org("[[澳門格蘭披治大賽車委員會]]表示")
    d.org("，[[銀娛]]、金沙中國及")
    d.org("銀娛、[[金沙中國]]及澳娛綜合分別")
    d.org("金沙中國及[[澳娛綜合]]分別")
    d.org("，[[澳門電訊]]（")
    d.org("（[[CTM]]）")
    d.metric("用量按年增長[[約35%]]", 35, "%", "approx", "")
    d.org("。[[體育局]]指出")
    d.metric("總預算[[約2.7億元]]", "2.7e8", "元", "approx", "")
    d.metric("來自全球[[約30個]]國家", 30, "个", "approx", "")
    d.metric("的[[逾200名]]車手", 200, "名", "over", "")
    d.metric("本地車手[[逾60名]]", 60, "名", "over", "")
    d.org("[[國際汽車聯合會]]（")
    d.org("（[[國際汽聯]]）")
    d.date("已確認[[明年]]繼續", NY, MO)
    d.city("繼續在[[澳門]]舉辦")
    d.date("暫定於[[明年11月中旬]]舉行", "2027-11", MO)
    # P6 spending
    d.org("，[[澳門大學工商管理學院]]的調查")
    d.metric("非博彩消費[[約14.8億元]]", "14.8e8", "元", "approx", "")
    d.metric("人均消費[[約2,620元]]", 2620, "元", "approx", "")
    d.metric("按年增加[[約7%]]", 7, "%", "approx", "")
    d.org("。[[澳門酒店協會]]表示")
    d.metric("按年上升[[約10%]]", 10, "%", "approx", "")
    d.org("；[[澳門旅遊業議會]]則指")
    d.metric("團客[[約4.1萬人次]]", "4.1e4", "人次", "approx", "")
    d.org("。[[澳門通]]數據")
    d.metric("交易額[[約3,800萬元]]", "3800e4", "元", "approx", "")
    d.metric("按年增長[[約26%]]", 26, "%", "approx", "")
    # P7 the community
    d.org("，[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）")
    d.metric("共有[[約1,150間]]商戶", 1150, "间", "approx", "")
    d.metric("帶動消費[[約9,600萬元]]", "9600e4", "元", "approx", "")
    d.org("；[[消費者委員會]]則指")
    d.metric("投訴[[18宗]]", 18, "宗", "exact", "")
    d.date("較[[去年]]減少", LY, "")
    d.metric("減少[[5宗]]", 5, "宗", "exact", "")
    # P8 the neighbours
    d.org("。[[珠海市文化廣電旅遊體育局]]表示")
    d.metric("入住率[[約88%]]", 88, "%", "approx", ZH)
    d.metric("上升[[約6個百分點]]", 6, "百分点", "approx", ZH)
    d.city("入住[[珠海]]，")
    d.org("。[[廣東省文化和旅遊廳]]資料")
    d.date("顯示，[[今年首三季]]經廣州", Y, GZ)
    d.city("經[[廣州]]、深圳、中山")
    d.city("廣州、[[深圳]]、中山")
    d.city("深圳、[[中山]]三地")
    d.metric("旅行團[[約1.9萬個]]", "1.9e4", "个", "approx", ZS)
    d.metric("按年增加[[約14%]]", 14, "%", "approx", ZS)
    # P9 transport
    d.org("，[[交通事務局]]表示")
    d.metric("載客[[約38萬人次]]", "38e4", "人次", "approx", "")
    d.org("。[[澳門航空]]則於")
    d.city("往返[[北京]]、上海的")
    d.city("北京、[[上海]]的航班")
    d.metric("航班[[12班]]", 12, "班", "exact", SH)
    d.metric("客座率達[[91%]]", 91, "%", "exact", SH)
    d.org("。[[治安警察局]]提醒")
    d.date("已於[[上周日]]（15日）", "2026-11-15", "")
    d.date("上周日（[[15日]]）恢復", "2026-11-15", "")
    # P10 the government, the calendar, the outlook
    d.org("\n\n[[經濟財政司]]司長")
    d.date("司長[[上周]]在", "2026-W46", "")
    d.org("在[[立法會]]表示")
    d.date("表示，[[明年]]財政預算", NY, "")
    d.org("；[[社會文化司]]司長")
    d.date("司長[[昨日]]出席", "2026-11-21", "")
    d.org("，[[特區政府]]將以")
    d.date("盛事。[[今年9月]]至10月", "2026-09", MO)
    d.date("今年9月至[[10月]]舉行", "2026-10", MO)
    d.city("第34屆[[澳門]]國際煙花")
    d.metric("吸引[[逾35萬人次]]", "35e4", "人次", "over", MO)
    d.date("，[[本月13日]]開幕", "2026-11-13", MO)
    d.city("第26屆[[澳門]]美食節")
    d.org("；[[體育局]]主辦")
    d.city("主辦的[[澳門]]國際馬拉松")
    d.date("將於[[12月6日]]舉行", "2026-12-06", MO)
    d.metric("預計[[約1.2萬名]]", "1.2e4", "名", "approx", MO)
    d.org("。[[旅遊局]]資料")
    d.date("顯示，[[今年首10個月]]入境", Y, "")
    d.metric("入境旅客[[約3,310萬人次]]", "3310e4", "人次", "approx", "")
    d.metric("按年上升[[約9.6%]]", "9.6", "%", "approx", "")
    d.date("；[[10月]]受國慶", "2026-10", "")
    d.date("10月受[[國慶]]黃金周", "2026-10-01", "")
    d.metric("入境旅客[[約386萬人次]]", "386e4", "人次", "approx", "")
    d.org("。[[旅遊局]]預計")
    d.date("隨著[[聖誕]]、", "2026-12-25", "")
    d.date("、[[元旦]]及農曆新年", "2027-01-01", "")
    d.date("及[[農曆新年]]臨近", "2027-02-06", "")
    d.date("臨近，[[今年]]全年", Y, "")
    d.metric("有望[[突破4,000萬人次]]", "4000e4", "人次", "over", "")
    d.date("，[[明年首季]]酒店", "2027-Q1", "")
    d.metric("維持在[[九成左右]]", 90, "%", "approx", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "全澳", "香港", "深圳", "北京", "上海",
                   "杭州", "珠海", "廣州", "中山", "橫琴", "拱北", "蛇口",
                   "路氹", "內地", "城市", "新濠天地", "東望洋", "關閘", "外港",
                   "韓國", "菲律賓", "泰國", "港珠澳", "廣東", "全球", "本地"],
        "excluded": [
            # 本澳 and 全澳 (deictic, SPEC 本市/全港), 來澳 and 赴澳 (澳, a
            # one-character abbreviation) are no CITY; 內地 (a region), 城市
            # (鄰近城市, generic), 橫琴 (x2) and 拱北 (districts of 珠海), 蛇口
            # (a district of 深圳, after its CITY), 路氹 (Cotai, a reclaimed
            # zone), 港珠澳大橋 (a bridge, its 口岸 a facility: no CITY, no
            # ORG), 新濠天地 (a resort named after its operator: no ORG,
            # GUIDELINES), 東望洋 (a hill, inside the race's name 東望洋大賽),
            # 關閘 and 外港 (a border gate and a ferry terminal); countries;
            # 澳門 elsewhere only inside ORG rows
            "10月[[本澳]]酒店", "[[全澳]]酒店", "期間[[內地]]旅客",
            "鄰近[[城市]]", "期間[[橫琴]]及", "橫琴及[[拱北]]", "經[[橫琴]]口岸",
            "深圳[[蛇口]]", "[[路氹]]一帶", "經[[港珠澳]]大橋", "在[[新濠天地]]",
            "及[[東望洋]]大賽", "往來[[關閘]]", "、[[外港]]碼頭",
            "來自[[韓國]]", "、[[菲律賓]]及", "及[[泰國]]", "來自[[全球]]",
            "[[本地]]車手",
        ],
        # 第73屆, 第74屆, 第34屆 and 第26屆 (ordinals of editions)
        "numbers_excluded": ["第[[73]]屆", "第[[74]]屆", "第[[34]]屆",
                             "第[[26]]屆"],
        # 三地 (the collective label of the list 廣州、深圳、中山 just given,
        # GUIDELINES), 五星級 (a grade), 第十年 (an ordinal), 一帶 (x2: an
        # area, 路氹一帶, 拱北一帶)
        "cn_excluded": ["中山[[三]]地", "[[五]]星級", "第[[十]]年",
                        "路氹[[一]]帶", "拱北[[一]]帶"],
        # GT (x2) of GT世界盃, a race's name (an event, no ORG)
        "latin_excluded": ["冠名[[GT]]世界盃", "舉辦[[GT]]世界盃"],
        # time words that are no DATE: 按年 (x17, year-on-year), 第十年 (an
        # ordinal of years: the tenth year running), 今屆 (x3:
        # this edition of the race), 單日 (x2) and 單月 (a day's and the
        # month's figure), 周末 (x2: the race weekend, bracketed days after
        # it), 周邊 (x3: around the circuit), 全年 (x2: 全年盛事, 今年全年,
        # outside the span), 美食節 (an event, no holiday), 新濠天地 (天:
        # a resort), 明年 only inside rows; 同期 only inside 2019年同期 and
        # 去年同期; 黃金周 (after 國慶: outside the span, SPEC 假期)
        "words_excluded": {"按年": 17, "第十年": 1, "今屆": 3, "單日": 2, "單月": 1,
                           "周末": 2, "周邊": 3, "全年": 2, "美食節": 1,
                           "黃金周": 1, "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 司長 (x2: the titles after
        # 經濟財政司 and 社會文化司, outside their ORGs); 集團, 協會, 議會,
        # 大學, 政府, 委員會, 機場 and 航空 only inside ORGs
        "orgwords_excluded": {"集團": 0, "協會": 0, "議會": 0, "大學": 0,
                              "政府": 0, "委員會": 0, "司長": 2, "機場": 0,
                              "航空": 0},
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
    # whose text is declared for it (恒 in 恒生銀行, 滙 in 滙豐; none here:
    # 氹 stands in no span;
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
