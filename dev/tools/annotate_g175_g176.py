#!/usr/bin/env python3
"""Gold annotation for the held-out articles g175_used_car_trade_cities and
g176_hk_startups_innovation_funding (annotator MB).

Adapted from the precedent set's tools/annotate_nc.py (now dev/tools/annotate_g171_g172.py; copied and the data
changed; it keeps the checks of annotate_nc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date (本周一/本周四 to the day of
their week), the bare-day month rule, 当天/同日 repeating the latest day,
去年同期 a year before its sentence's period, 上月 as a baseline after a
comparison word, the 上季 check, the range check, the 约占 check, the
declared shared unit, the hand-declared organizations of each article, the
bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为 declared as a
separated marker, the precision check, the check that a traditional article
holds no simplified character, the GBK block), with annotate_nb.py's Hong
Kong block (Big5-HKSCS) applied to a UTF-8 file and a new UTF-8-with-BOM
block in place of the UTF-16 one.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g175 is simplified (mainland, 中国汽车报, 2026-11-18), stored as GBK
  without a BOM.  Its byline 中国汽车报记者 罗赟 北京报道 stands on line 3;
  the reporter's given name 赟 (U+8D5F, GBK DA 53: a trail byte in the
  ASCII range, the letter S) is outside GB2312, so Python's gb2312 fails on
  the file while gbk, cp936 and gb18030 read it alike; every other
  character is GB2312 (every non-ASCII character two bytes).  赟 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g176 is traditional (Hong Kong, 信報, 2026-11-24), stored as UTF-8 WITH A
  BOM (EF BB BF, then the title's 本 = E6 9C AC); offsets count from the
  first character after the BOM.  Every non-ASCII character is three bytes.
  Every character is in Big5-HKSCS; one is outside plain Big5 and cp950:
  滙 (U+6ED9) of 滙豐 (HSBC), which stands only inside the two ORG rows
  滙豐.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Hong Kong and foreign cities by their common mainland name:
  三藩市 -> 旧金山, 杜拜 -> 迪拜, SPEC's 雪梨 -> 悉尼).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho31/precedent: README, NOTES_na/nb/nc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g175_g176.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_nc.py: the GBK block keeps its checks with 赟 (DA 53)
as the declared character; the UTF-16 big-endian block is replaced by a
UTF-8-with-BOM block (exactly one BOM; utf-8-sig reads the same text; the
plain utf-8 reading keeps U+FEFF in front, one code point that would shift
every offset; three bytes a non-ASCII character; the GB, Big5 and UTF-16
codecs fail or read another text); the Macao block is replaced by
annotate_nb.py's Hong Kong block with a declared character that stands
inside ORG rows (滙 only in 滙豐, the in_org_span check); CITY_ALIAS holds
the Hong Kong spellings of foreign cities; units 辆, %, 元, 百分点, 家, 个,
人次, 美元 and 间, 人, 平方米, 宗, 倍, 名, and 0.61 without a unit.
Re-run (from anywhere):

    python3 dev/tools/annotate_g175_g176.py
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
G175 = "g175_used_car_trade_cities"
G176 = "g176_hk_startups_innovation_funding"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G175: ("gbk", b"", False, "2026-11-18", "中国汽车报"),
    G176: ("utf-8", BOM8, True, "2026-11-24", "信報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G175: [], G176: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 赟 of the reporter's name (in no span; on the
# byline line)
OUTSIDE_GB2312 = {G175: {"赟": b"\xda\x53"}}
# characters of the Hong Kong article that plain Big5 and cp950 lack
# (Big5-HKSCS has them): 滙 of 滙豐
OUTSIDE_BIG5 = {G176: ["滙"]}
# ... and the ORG rows they may stand in (every occurrence inside one)
IN_ORG = {G176: {"滙": ["滙豐"]}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 统计处, 税务局 …, are ORGs in a text that
# names the region at least twice)
HONGKONG = {G176}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them: 台 (平台; s2t 臺), 群 (社群; s2t 羣), as Hong Kong
# news writes them
S2T_ALLOWED = {G176: {"台", "群"}}
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
                   "产业园协议备录诉验实访")
# Holidays the articles name, by their exact span (2025-2027): g175
# (mainland, 2026-11-18): 双11 2026-11-11 (a week before), 元旦
# 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming ones, no
# year written in their sentence); g176 (Hong Kong, 2026-11-24): 聖誕
# 2026-12-25 and 農曆新年 2027-02-06 (the coming ones; 农历新年 is 春节).
HOLIDAY = {
    "双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
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
    # g175 (2026: municipalities 北京, 上海, 重庆, 天津; prefecture-level
    # cities 成都 (四川), 郑州 (河南), 临沂 (山东), 深圳, 广州 (广东), 杭州
    # (浙江), 南京, 苏州 (江苏), 西安 (陕西), 武汉 (湖北), 合肥 (安徽), 贵阳
    # (贵州); 阿拉木图 (Kazakhstan), 塔什干 (Uzbekistan), 迪拜 (UAE) foreign,
    # by their common Chinese names)
    "北京": "北京市", "成都": "成都市", "郑州": "郑州市", "郑州市": "郑州市",
    "临沂": "临沂市", "深圳": "深圳市", "杭州": "杭州市", "重庆": "重庆市",
    "南京": "南京市", "西安": "西安市", "武汉": "武汉市", "上海": "上海市",
    "苏州": "苏州市", "合肥": "合肥市", "贵阳": "贵阳市", "广州": "广州市",
    "天津": "天津市", "阿拉木图": "阿拉木图", "塔什干": "塔什干",
    "迪拜": "迪拜",
    # g176 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names (深圳, 珠海, 杭州 written alike; 廣州 and
    # 東莞 -> 广州市, 东莞市); foreign cities by their mainland names:
    # 三藩市 (Hong Kong's San Francisco) -> 旧金山, 倫敦 -> 伦敦, 杜拜 (Hong
    # Kong's Dubai) -> 迪拜, 東京 -> 东京, 首爾 -> 首尔, 新加坡)
    "香港": "香港", "三藩市": "旧金山", "倫敦": "伦敦", "杜拜": "迪拜",
    "廣州": "广州市", "東莞": "东莞市", "珠海": "珠海市", "新加坡": "新加坡",
    "東京": "东京", "首爾": "首尔",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "阿拉木图", "塔什干", "迪拜", "旧金山", "伦敦", "新加坡",
          "东京", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): the Hong Kong
# spellings of foreign cities (SPEC: 雪梨 -> 悉尼)
CITY_ALIAS = {"三藩市": "旧金山", "杜拜": "迪拜"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "信報": "信报", "投資推廣署": "投资推广署",
    "香港科技園公司": "香港科技园公司", "科技園公司": "科技园公司",
    "數碼港": "数码港", "創新科技及工業局": "创新科技及工业局",
    "創科及工業局": "创科及工业局",
    "立法會資訊科技及廣播事務委員會": "立法会资讯科技及广播事务委员会",
    "特區政府": "特区政府", "創新科技署": "创新科技署",
    "政府統計處": "政府统计处",
    "香港投資管理有限公司": "香港投资管理有限公司", "港投公司": "港投公司",
    "畢馬威中國": "毕马威中国", "滙豐": "汇丰", "紅杉中國": "红杉中国",
    "維港投資": "维港投资", "啟明創投": "启明创投", "英矽智能": "英矽智能",
    "淡馬錫": "淡马锡", "高瓴": "高瓴", "思謀科技": "思谋科技",
    "騰訊": "腾讯", "中銀香港": "中银香港", "港交所": "港交所",
    "證監會": "证监会", "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "入境事務處": "入境事务处", "香港人才服務辦公室": "香港人才服务办公室",
    "香港創業及私募投資協會": "香港创业及私募投资协会", "Klook": "Klook",
    "香港科技大學": "香港科技大学", "科大": "科大", "香港大學": "香港大学",
    "港大": "港大", "香港中文大學": "香港中文大学", "中大": "中大",
    "香港理工大學": "香港理工大学", "香港生產力促進局": "香港生产力促进局",
    "生產力局": "生产力局", "香港浸會大學": "香港浸会大学",
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
            # 赟 is DA 53: its trail byte is the ASCII letter S, so a reader
            # that splits the bytes as ASCII would read a stray S; the byte
            # count is still two per non-ASCII character (annotate_nc.py)
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
            # (g176: 本 = E6 9C AC)
            assert raw[:3] == self.text[0].encode("utf-8") == \
                b"\xe6\x9c\xac", doc_id
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
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_nb.py's
            # block, applied to the decoded text of a UTF-8 file):
            # Big5-HKSCS holds every character; the declared ones alone are
            # outside plain Big5, and outside cp950 too (Hong Kong's, not
            # Taiwan's)
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
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 投資推廣署, 入境事務處 …, stand alone
            # as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # the declared characters stand only inside the ORG rows
            # declared for them (滙 in 滙豐; annotate_rb.py's check, run in
            # check()), so they are no span-less characters here
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
# g175 The used-car market in cities, November 2026: 中国汽车流通协会's
# January-October figures (transactions, value, October, prices; the ratio
# to new cars with 中国汽车工业协会's figures; 双11), cross-city transfers
# (公安部交通管理局; the lifting of transfer limits on 2022-08-01; 成都,
# 郑州, 临沂 and 临沂市商务局; 深圳, 杭州), the platforms (瓜子二手车 with
# 重庆, 南京; 优信 with 西安, 武汉; 58同城, 天天拍车, 汽车之家, 人人车), the
# dealer groups (广汇汽车, 中升集团, 永达汽车 with 上海, 苏州), the carmakers'
# certified programmes (比亚迪, 特斯拉, 宝马, 奔驰, 奥迪, 上汽通用汽车, 吉利汽车,
# 长安汽车, 蔚来 with 杭州, 合肥), policy (商务部, 公安部, 国家税务总局;
# 成都市商务局 with 成都, 杭州市商务局, 郑州市), the regions (流通协会 with
# 西安, 贵阳, 北京, 广州; 北京市商务局), exports (商务部; 天津, 西安 to
# 阿拉木图, 塔什干, 迪拜), finance and prices (平安银行, 招商银行信用卡中心,
# 精真估) and the outlook (乘联分会, 罗兰贝格, 对外经济贸易大学).
# Simplified, GBK without BOM, 2026-11-18 (a Wednesday, ISO week 2026-W47),
# 中国汽车报; the byline 中国汽车报记者 罗赟 北京报道 on line 3.  昨日
# 2026-11-17; 本周一 2026-11-16; 上周 2026-W46; 上月 (a baseline after 较 in
# a sentence of 10月) 2026-09; 双11 2026-11-11; 元旦 2027-01-01; 春节
# 2027-02-06; 年初, 年底 2026; 明年 2027; 去年同期 2025-10 and 2025.
# ===========================================================================
@doc
def g175():
    d = Doc(G175)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, CD, ZZ, SZ, NJ, XA, WH, SUZ, HF, GY, GZ, DB = (
        "北京市", "成都市", "郑州市", "深圳市", "南京市", "西安市", "武汉市",
        "苏州市", "合肥市", "贵阳市", "广州市", "迪拜")
    # title (a heading that opens with 前10个月: no city section, no CITY)
    d.date("[[前10个月]]二手车交易1693", Y, "")
    d.metric("交易[[1693.5万辆]] 异地", "1693.5e4", "辆", "exact", "")
    d.metric("升至[[31.2%]]\n", "31.2", "%", "exact", "")
    # byline 中国汽车报记者 罗赟 北京报道 (the outlet before 记者 at the start
    # of a line is an ORG; 赟 in no span; the place filed from is a CITY;
    # a heading that opens with an ORG, no city section)
    d.org("[[中国汽车报]]记者")
    d.city("罗赟 [[北京]]报道")
    # P1 流通协会's January-October figures
    d.org("\n\n[[中国汽车流通协会]]（")
    d.org("简称“[[流通协会]]”")
    d.date("”）[[昨日]]发布", "2026-11-17", "")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，全国", "2026-10", "")
    d.metric("累计交易[[1693.5万辆]]，", "1693.5e4", "辆", "exact", "")
    d.metric("同比增长[[8.6%]]", "8.6", "%", "exact", "")
    d.metric("交易金额[[约1.12万亿元]]", "1.12e12", "元", "approx", "")
    d.metric("同比增长[[5.1%]]。", "5.1", "%", "exact", "")
    d.date("其中，[[10月份]]全国", "2026-10", "")
    d.metric("二手车[[182.4万辆]]", "182.4e4", "辆", "exact", "")
    d.metric("同比增长[[9.3%]]", "9.3", "%", "exact", "")
    d.metric("价格为[[6.38万元]]", "6.38e4", "元", "exact", "")
    d.date("较[[去年同期]]下降约3.2%", "2025-10", "")
    d.metric("下降[[约3.2%]]", "3.2", "%", "approx", "")
    d.date("从环比看，[[10月]]交易量", "2026-10", "")
    d.date("交易量较[[上月]]增长", "2026-09", "")
    d.metric("上月增长[[4.7%]]", "4.7", "%", "exact", "")
    d.org("结合[[中国汽车工业协会]]数据")
    d.date("测算，[[今年前10个月]]二手车与新车", Y, "")
    d.metric("之比升至[[0.61]]", "0.61", "", "exact", "")
    d.org("。[[流通协会]]相关负责人")
    d.date("进入[[11月]]后", "2026-11", "")
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.metric("同比增长[[超过两成]]", 20, "%", "over", "")
    # P2 cross-city transfers
    d.org("活跃。[[公安部交通管理局]]统计")
    d.date("统计显示，[[今年前10个月]]全国", Y, "")
    d.metric("转籍量达到[[525.3万辆]]", "525.3e4", "辆", "exact", "")
    d.metric("交易总量的[[31.2%]]", "31.2", "%", "exact", "")
    d.date("，较[[去年同期]]提高2.4", LY, "")
    d.metric("提高[[2.4个百分点]]", "2.4", "百分点", "exact", "")
    d.date("自[[2022年8月1日]]全面", "2022-08-01", CD)
    d.city("以来，[[成都]]、郑州")
    d.city("成都、[[郑州]]、临沂")
    d.city("郑州、[[临沂]]等城市")
    d.city("以[[成都]]为例")
    d.date("为例，[[今年前三季度]]迁往", Y, CD)
    d.metric("二手车[[约38.6万辆]]", "38.6e4", "辆", "approx", CD)
    d.metric("其中[[近四成]]流向", 40, "%", "approx", CD)
    d.city("；[[郑州]]前三季度")
    d.date("郑州[[前三季度]]迁出", Y, ZZ)
    d.metric("迁出[[约27.1万辆]]", "27.1e4", "辆", "approx", ZZ)
    d.metric("同比增长[[12.5%]]", "12.5", "%", "exact", ZZ)
    d.org("。[[临沂市商务局]]介绍")
    d.date("市场[[今年前10个月]]交易量", Y, "")
    d.metric("交易量[[约21.4万辆]]", "21.4e4", "辆", "approx", "")
    d.metric("占比[[超过45%]]", 45, "%", "over", "")
    d.city("与此同时，[[深圳]]、杭州")
    d.city("深圳、[[杭州]]等城市")
    d.city("，[[深圳]]10月迁入")
    d.date("深圳[[10月]]迁入量", "2026-10", SZ)
    d.metric("同比增长[[近60%]]", 60, "%", "approx", SZ)
    # P3 the platforms
    d.org("渗透。[[瓜子二手车]]发布")
    d.date("显示，[[今年前10个月]]平台成交量", Y, "")
    d.metric("同比增长[[15.8%]]", "15.8", "%", "exact", "")
    d.metric("占比升至[[27.6%]]", "27.6", "%", "exact", "")
    d.city("分城市看，[[重庆]]、南京")
    d.city("重庆、[[南京]]的成交量")
    d.metric("均[[超过20%]]", 20, "%", "over", NJ)
    d.org("。[[优信]]今年")
    d.date("优信[[今年]]在西安", Y, XA)
    d.city("在[[西安]]、武汉新开")
    d.city("西安、[[武汉]]新开")
    d.metric("在售车辆[[超过3.2万辆]]", "3.2e4", "辆", "over", WH)
    d.org("；[[58同城]]数据")
    d.date("显示，[[10月]]二手车信息", "2026-10", "")
    d.metric("发布量同比增长[[11.4%]]", "11.4", "%", "exact", "")
    d.org("；[[天天拍车]]10月")
    d.date("天天拍车[[10月]]拍卖", "2026-10", "")
    d.metric("成交[[约9.6万辆]]", "9.6e4", "辆", "approx", "")
    d.metric("同比增长[[8.1%]]", "8.1", "%", "exact", "")
    d.org("。[[汽车之家]]和")
    d.org("和[[人人车]]也在")
    d.date("也在[[上周]]先后", "2026-W46", "")
    # P4 the dealer groups
    d.org("。[[广汇汽车]]表示")
    d.date("表示，[[今年前三季度]]其二手车", Y, "")
    d.metric("代理交易量[[约18.5万辆]]", "18.5e4", "辆", "approx", "")
    d.metric("同比增长[[7.2%]]", "7.2", "%", "exact", "")
    d.org("；[[中升集团]]三季度")
    d.date("中升集团[[三季度]]二手车", "2026-Q3", "")
    d.metric("同比增长[[约11%]]", 11, "%", "approx", "")
    d.metric("维持在[[6.5%左右]]", "6.5", "%", "approx", "")
    d.org("；[[永达汽车]]在")
    d.city("在[[上海]]、苏州等地")
    d.city("上海、[[苏州]]等地")
    d.metric("已达到[[14家]]", 14, "家", "exact", SUZ)
    # P5 the carmakers' certified programmes
    d.org("扩容。[[比亚迪]]今年")
    d.date("比亚迪[[今年]]以来", Y, "")
    d.metric("门店[[62家]]", 62, "家", "exact", "")
    d.metric("累计达到[[318家]]", 318, "家", "exact", "")
    d.metric("覆盖[[约190个]]城市", 190, "个", "approx", "")
    d.org("；[[特斯拉]]官方")
    d.date("二手车[[10月]]交付量", "2026-10", "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    d.org("；[[宝马]]、奔驰")
    d.org("、[[奔驰]]和奥迪")
    d.org("和[[奥迪]]的认证")
    d.date("认证二手车[[前三季度]]销量", Y, "")
    d.metric("分别增长[[9.4%]]、", "9.4", "%", "exact", "")
    d.metric("、[[6.8%]]和", "6.8", "%", "exact", "")
    d.metric("和[[5.1%]]。", "5.1", "%", "exact", "")
    d.org("。[[上汽通用汽车]]旗下")
    d.date("”[[10月]]置换订单", "2026-10", "")
    d.metric("同比增长[[16.3%]]", "16.3", "%", "exact", "")
    d.org("，[[吉利汽车]]、")
    d.org("、[[长安汽车]]则于")
    d.date("则于[[今年9月]]先后", "2026-09", "")
    d.org("。[[蔚来]]方面")
    d.org("“[[蔚来]]认证二手车”")
    d.city("已在[[杭州]]、合肥")
    d.city("杭州、[[合肥]]建成")
    d.date("并于[[本周一]]开放", "2026-11-16", HF)
    # P6 policy
    d.org("发力。[[商务部]]会同")
    d.org("会同[[公安部]]、")
    d.org("、[[国家税务总局]]今年")
    d.date("国家税务总局[[今年4月]]印发", "2026-04", "")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("经销企业[[超过2.6万家]]", "2.6e4", "家", "over", "")
    d.date("较[[年初]]增加", Y, "")
    d.metric("增加[[约4800家]]", 4800, "家", "approx", "")
    d.org("。[[成都市商务局]]上周")
    d.date("成都市商务局[[上周]]发布", "2026-W46", CD)
    d.city("显示，[[成都]]今年前10个月")
    d.date("成都[[今年前10个月]]二手车", Y, CD)
    d.metric("交易额[[约612亿元]]", "612e8", "元", "approx", CD)
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", CD)
    d.org("；[[杭州市商务局]]则计划")
    d.date("计划在[[明年3月]]前", "2027-03", "")
    d.city("。[[郑州市]]则从")
    d.date("则从[[今年7月]]起", "2026-07", ZZ)
    d.metric("最高[[3000元]]", 3000, "元", "exact", ZZ)
    # P7 the regions
    d.org("领先。[[流通协会]]统计")
    d.date("显示，[[10月]]西安、贵阳", "2026-10", XA)
    d.city("10月[[西安]]、贵阳")
    d.city("西安、[[贵阳]]二手车")
    d.metric("分别增长[[13.6%]]和", "13.6", "%", "exact", GY)
    d.metric("和[[15.4%]]，", "15.4", "%", "exact", GY)
    d.city("而[[北京]]、广州")
    d.city("北京、[[广州]]的同比")
    d.metric("分别为[[3.8%]]和", "3.8", "%", "exact", GZ)
    d.metric("和[[4.5%]]。", "4.5", "%", "exact", GZ)
    d.org("。[[北京市商务局]]相关")
    d.date("表示，[[今年]]北京已", Y, BJ)
    d.city("今年[[北京]]已累计")
    d.metric("置换补贴[[约3.1亿元]]", "3.1e8", "元", "approx", BJ)
    d.metric("车主[[约6.2万人次]]", "6.2e4", "人次", "approx", BJ)
    # P8 exports
    d.org("。[[商务部]]数据显示")
    d.date("显示，[[今年前10个月]]全国二手车出口", Y, "")
    d.metric("出口[[约46.3万辆]]", "46.3e4", "辆", "approx", "")
    d.metric("同比增长[[21.7%]]", "21.7", "%", "exact", "")
    d.metric("出口额[[约68.5亿美元]]", "68.5e8", "美元", "approx", "")
    d.city("。[[天津]]、西安")
    d.city("天津、[[西安]]等地")
    d.city("销往[[阿拉木图]]、")
    d.city("、[[塔什干]]、")
    d.city("、[[迪拜]]等城市")
    d.metric("出口总量的[[18.9%]]", "18.9", "%", "exact", DB)
    # P9 finance and prices
    d.org("跟进。[[平安银行]]数据")
    d.date("该行[[今年前10个月]]二手车贷款", Y, "")
    d.metric("投放额约为[[426亿元]]", "426e8", "元", "approx", "", sep="约")
    d.metric("同比增长[[14.3%]]", "14.3", "%", "exact", "")
    d.org("；[[招商银行信用卡中心]]表示")
    d.date("业务[[10月]]交易额", "2026-10", "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.org("。[[精真估]]发布")
    d.date("显示，[[10月]]主流燃油", "2026-10", "")
    d.metric("保值率为[[58.3%]]", "58.3", "%", "exact", "")
    d.metric("车型为[[49.6%]]", "49.6", "%", "exact", "")
    d.date("较[[上月]]回落", "2026-09", "")
    d.metric("回落[[0.8个百分点]]", "0.8", "百分点", "exact", "")
    # P10 the outlook
    d.date("展望[[年底]]，", Y, "")
    d.org("，[[乘联分会]]相关")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.metric("有望[[突破2000万辆]]", "2000e4", "辆", "over", "")
    d.org("。[[罗兰贝格]]预计")
    d.date("预计，[[2030年]]国内", "2030", "")
    d.metric("达到[[约3000万辆]]", "3000e4", "辆", "approx", "")
    d.org("。[[对外经济贸易大学]]一位")
    d.date("认为，[[明年]]跨区域", NY, "")
    audit = {
        "orgs": ["中国汽车报", "中国汽车流通协会", "流通协会", "中国汽车工业协会",
                 "公安部交通管理局", "临沂市商务局", "瓜子二手车", "优信",
                 "58同城", "天天拍车", "汽车之家", "人人车", "广汇汽车",
                 "中升集团", "永达汽车", "比亚迪", "特斯拉", "宝马", "奔驰",
                 "奥迪", "上汽通用汽车", "吉利汽车", "长安汽车", "蔚来",
                 "商务部", "公安部", "国家税务总局", "成都市商务局",
                 "杭州市商务局", "北京市商务局", "平安银行",
                 "招商银行信用卡中心", "精真估", "乘联分会", "罗兰贝格",
                 "对外经济贸易大学"],
        "cities": ["北京", "成都", "郑州", "临沂", "深圳", "杭州", "重庆",
                   "南京", "西安", "武汉", "上海", "苏州", "合肥", "贵阳",
                   "广州", "天津", "阿拉木图", "塔什干", "迪拜", "全国",
                   "城市", "西北", "中西部", "外地", "当地", "国内", "中国",
                   "区域", "全市"],
        "excluded": [
            # 全国 (x6), 城市 (x6: 等城市 x3, 分城市看, 约190个城市, 中西部城市),
            # 西北地区 and 中西部 (regions), 外地 (x3), 当地, 国内,
            # 区域 (x3: 区域性, 从区域看, 跨区域) are no CITY; 中国 stands
            # only inside ORGs
            "，[[全国]]二手车累计", "10月份[[全国]]交易", "10个月[[全国]]二手车转籍",
            "，[[全国]]在售", "，[[全国]]完成", "10个月[[全国]]二手车出口",
            "临沂等[[城市]]", "分[[城市]]看", "190个[[城市]]", "杭州等[[城市]]",
            "中西部[[城市]]", "迪拜等[[城市]]",
            "[[西北]]地区", "[[中西部]]", "迁往[[外地]]", "，[[外地]]买家",
            "对[[外地]]迁入", "，[[当地]]二手车", "年[[国内]]二手车",
            "成为[[区域]]性", "从[[区域]]看", "跨[[区域]]流通",
        ],
        "numbers_excluded": [],
        # 一位 (x1: 一 before a measure word, indefinite), 进一步 (a word)
        "cn_excluded": ["学[[一]]位", "进[[一]]步"],
        "latin_excluded": [],
        # time words that are no DATE: 明显 (明), 旺季 (季: a season), 全年
        # (全年交易量: no year of its own); 二手 (x40: 二手车, the second-hand
        # trade, not a figure; besides the two inside ORG rows 瓜子二手车 and
        # none else); 同期 and 当天 only inside rows or absent
        "words_excluded": {"明显": 1, "旺季": 1, "全年": 1, "二手": 36,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 集团 (经销商集团), 中心 (x2:
        # 二手车中心, 集中整备中心); 协会, 银行, 商务局, 汽车, 大学, 分会 and
        # 总局 only inside ORGs
        "orgwords_excluded": {"集团": 1, "中心": 2, "协会": 0, "银行": 0,
                              "商务局": 0, "汽车": 0, "大学": 0, "分会": 0,
                              "总局": 0, "之家": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g176 Hong Kong's start-ups and innovation funding, November 2026:
# 投資推廣署's yearly start-up survey (start-ups, employees, founders, the
# sectors; promotions in 三藩市, 倫敦, 杜拜), 香港科技園公司 and 數碼港 (their
# start-ups, funding, the science park's extension), the government (創新
# 科技及工業局 at 立法會資訊科技及廣播事務委員會, 特區政府, 創新科技署's
# grants, 政府統計處's R&D spending), 港投公司 (深圳, 廣州), the venture
# funding (畢馬威中國 and 滙豐's report; 紅杉中國, 維港投資, 啟明創投; 英矽
# 智能 with 淡馬錫 and 高瓴; 思謀科技 with 騰訊 and 中銀香港; 滙豐's credit),
# listings (港交所, 證監會, 香港金融管理局's sandbox), talent (入境事務處,
# 香港人才服務辦公室), the industry (香港創業及私募投資協會, Klook), the
# universities (科大, 港大, 中大, 香港理工大學), the Greater Bay Area
# (數碼港 with 深圳, 東莞, 珠海; 生產力局; 數碼港's forum, 投資推廣署's
# festival) and the comparison and outlook (新加坡, 東京, 首爾, 深圳, 杭州;
# 香港浸會大學; 聖誕, 農曆新年).  Traditional as Hong Kong writes it (按年,
# 首三季, 第三季, 上季, 首10個月, 明年首季, 間 for companies, 宗 for deals,
# 元 for HK dollars, 佔, 公布, 上周, 本周四, 本港), UTF-8 with BOM,
# 2026-11-24 (a Tuesday, ISO week 2026-W48), 信報; the byline 信報記者 梁凱晴
# on line 3.  昨日 2026-11-23; 上周 2026-W47; 本周四 2026-11-26; 上月
# 2026-10; 本月初 2026-11; 上季 (after 第三季) 2026-Q2; 聖誕 2026-12-25;
# 農曆新年 2027-02-06; 年底 2026; 明年 2027; 去年 2025; 去年同期 2025.
# ===========================================================================
@doc
def g176():
    d = Doc(G176)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SF, DB, SZ, GZ, ZH, SG, SE, HZ = (
        "香港", "旧金山", "迪拜", "深圳市", "广州市", "珠海市", "新加坡",
        "首尔", "杭州市")
    # title (a heading that opens with 本港: no city section, no CITY)
    d.date("[[首三季]]創投融資額", Y, "")
    d.metric("按年升[[近四成]]\n", 40, "%", "approx", "")
    # byline 信報記者 梁凱晴 (the outlet before 記者 at the start of a line is
    # an ORG; a heading that opens with an ORG, no city section)
    d.org("[[信報]]記者")
    # P1 投資推廣署's start-up survey
    d.org("\n\n[[投資推廣署]]昨日")
    d.date("投資推廣署[[昨日]]公布", "2026-11-23", "")
    d.date("截至[[今年10月]]，", "2026-10", "")
    d.metric("共有[[5,236間]]", 5236, "间", "exact", "")
    d.metric("按年增加[[約9.5%]]", "9.5", "%", "approx", "")
    d.metric("人數[[約1.86萬人]]", "1.86e4", "人", "approx", "")
    d.metric("按年增加[[12.1%]]", "12.1", "%", "exact", "")
    d.metric("顯示，[[約28%]]的", 28, "%", "approx", "")
    d.date("佔比由[[去年]]的", LY, "")
    d.metric("去年的[[13.6%]]", "13.6", "%", "exact", "")
    d.metric("升至[[17.2%]]", "17.2", "%", "exact", "")
    d.metric("分別有[[約1,020間]]", 1020, "间", "approx", "")
    d.metric("、[[約860間]]及", 860, "间", "approx", "")
    d.metric("及[[約610間]]。", 610, "间", "approx", "")
    d.org("。[[投資推廣署]]表示")
    d.date("表示，[[上月]]已在", "2026-10", SF)
    d.city("已在[[三藩市]]、")
    d.city("、[[倫敦]]及杜拜")
    d.city("及[[杜拜]]舉辦")
    d.metric("吸引[[約120間]]", 120, "间", "approx", DB)
    d.city("有意落戶[[香港]]")
    # P2 the science park and Cyberport
    d.org("\n\n[[香港科技園公司]]（")
    d.org("（[[科技園公司]]）")
    d.date("表示，[[今年首三季]]共有約180間", Y, "")
    d.metric("共有[[約180間]]", 180, "间", "approx", "")
    d.metric("按年增加[[15%]]", 15, "%", "exact", "")
    d.metric("增至[[約2,100間]]", 2100, "间", "approx", "")
    d.org("；[[數碼港]]則指")
    d.metric("數目[[逾2,200間]]", 2200, "间", "over", "")
    d.date("，[[今年首10個月]]社群", Y, "")
    d.metric("融資額[[逾126億元]]", "126e8", "元", "over", "")
    d.metric("按年上升[[約38%]]", 38, "%", "approx", "")
    d.org("。[[科技園公司]]並透露")
    d.date("將於[[明年首季]]落成", "2027-Q1", "")
    d.metric("提供[[約4.8萬平方米]]", "4.8e4", "平方米", "approx", "")
    # P3 the government
    d.org("\n\n[[創新科技及工業局]]（")
    d.org("（[[創科及工業局]]）")
    d.date("局長[[上周]]出席", "2026-W47", "")
    d.org("出席[[立法會資訊科技及廣播事務委員會]]會議")
    d.org("，[[特區政府]]會繼續")
    d.org("。[[創新科技署]]數據")
    d.date("顯示，[[今年首三季]]署方", Y, "")
    d.metric("批出[[約1,350個]]", 1350, "个", "approx", "")
    d.metric("資助額[[約28.6億元]]", "28.6e8", "元", "approx", "")
    d.date("較[[去年同期]]增加約12%", LY, "")
    d.metric("增加[[約12%]]", 12, "%", "approx", "")
    d.org("據[[政府統計處]]資料")
    d.date("資料，[[2025年]]香港", "2025", HK)
    d.city("2025年[[香港]]本地")
    d.metric("開支約為[[384億元]]", "384e8", "元", "approx", HK, sep="約")
    d.metric("總值的[[1.16%]]", "1.16", "%", "exact", HK)
    d.date("目標在[[2030年]]前", "2030", HK)
    d.metric("提升至[[1.5%]]", "1.5", "%", "exact", HK)
    # P4 港投公司
    d.org("\n\n[[香港投資管理有限公司]]（")
    d.org("（[[港投公司]]）")
    d.org("表示，[[港投公司]]自")
    d.date("自[[2024年]]開始", "2024", HK)
    d.metric("參與[[逾100個]]", 100, "个", "over", HK)
    d.metric("其中[[約七成]]為", 70, "%", "approx", HK)
    d.city("或落戶[[香港]]的科技")
    d.date("該公司[[今年9月]]與", "2026-09", SZ)
    d.city("與[[深圳]]、廣州")
    d.city("深圳、[[廣州]]的創投")
    d.date("，[[明年]]將再", NY, GZ)
    d.metric("預留[[約50億元]]", "50e8", "元", "approx", GZ)
    # P5 venture funding
    d.org("\n\n[[畢馬威中國]]與")
    d.org("與[[滙豐]]昨日")
    d.date("滙豐[[昨日]]聯合", "2026-11-23", HK)
    d.date("顯示，[[今年首三季]]香港", Y, HK)
    d.city("今年首三季[[香港]]初創")
    d.metric("完成[[約420宗]]", 420, "宗", "approx", HK)
    d.metric("總額[[約39.5億美元]]", "39.5e8", "美元", "approx", HK)
    d.metric("按年上升[[近四成]]；", 40, "%", "approx", HK)
    d.date("其中[[第三季]]融資額", "2026-Q3", "")
    d.metric("融資額[[約15.2億美元]]", "15.2e8", "美元", "approx", "")
    d.date("較[[上季]]增加", "2026-Q2", "")
    d.metric("增加[[21%]]", 21, "%", "exact", "")
    d.metric("融資總額[[逾六成]]", 60, "%", "over", "")
    d.org("，[[紅杉中國]]、")
    d.org("、[[維港投資]]、")
    d.org("、[[啟明創投]]等")
    d.org("的[[英矽智能]]上月")
    d.date("英矽智能[[上月]]完成", "2026-10", "")
    d.metric("完成[[約1.2億美元]]", "1.2e8", "美元", "approx", "")
    d.org("由[[淡馬錫]]及")
    d.org("及[[高瓴]]領投")
    d.org("的[[思謀科技]]亦")
    d.org("獲[[騰訊]]及")
    d.org("及[[中銀香港]]注資")
    d.org("。[[滙豐]]表示")
    d.date("表示，[[今年]]已為", Y, "")
    d.metric("提供[[逾35億元]]", "35e8", "元", "over", "")
    # P6 listings
    d.org("，[[港交所]]數據")
    d.date("顯示，[[今年]]以來共有", Y, "")
    d.metric("共有[[9間]]特專", 9, "间", "exact", "")
    d.metric("集資總額[[約186億元]]", "186e8", "元", "approx", "")
    d.date("較[[去年]]全年", LY, "")
    d.metric("增加[[逾一倍]]", 1, "倍", "over", "")
    d.org("。[[證監會]]上月")
    d.date("證監會[[上月]]亦", "2026-10", "")
    d.date("將於[[明年上半年]]就", NY, "")
    d.org("。[[香港金融管理局]]（")
    d.org("（[[金管局]]）")
    d.date("則指，[[今年首三季]]共有約48間", Y, "")
    d.metric("共有[[約48間]]", 48, "间", "approx", "")
    # P7 talent
    d.org("，[[入境事務處]]資料")
    d.date("顯示，[[今年首10個月]]共批出", Y, "")
    d.metric("批出[[約1.38萬宗]]", "1.38e4", "宗", "approx", "")
    d.metric("按年增加[[約22%]]", 22, "%", "approx", "")
    d.org("；[[香港人才服務辦公室]]則指")
    d.metric("人士中[[約三成]]", 30, "%", "approx", "")
    # P8 the industry
    d.org("，[[香港創業及私募投資協會]]指出")
    d.date("指出，[[今年首三季]]本港早期", Y, "")
    d.metric("融資額約為[[860萬美元]]", "860e4", "美元", "approx", "",
             sep="約")
    d.date("較[[去年同期]]下降約6%", LY, "")
    d.metric("下降[[約6%]]", 6, "%", "approx", "")
    d.org("平台[[Klook]]則")
    d.date("將於[[12月]]在港", "2026-12", "")
    d.date("，[[明年]]再把", NY, "")
    d.metric("擴充[[約三成]]", 30, "%", "approx", "")
    # P9 the universities
    d.org("，[[香港科技大學]]（")
    d.org("（[[科大]]）")
    d.org("、[[香港大學]]（")
    d.org("（[[港大]]）")
    d.org("及[[香港中文大學]]（")
    d.org("（[[中大]]）")
    d.date("（中大）[[今年首三季]]新成立", Y, "")
    d.metric("分別有[[46間]]、", 46, "间", "exact", "")
    d.metric("、[[38間]]及", 38, "间", "exact", "")
    d.metric("及[[35間]]。", 35, "间", "exact", "")
    d.org("。[[科大]]表示")
    d.metric("累計已[[逾1,800間]]", 1800, "间", "over", "")
    d.metric("當中[[9間]]估值", 9, "间", "exact", "")
    d.metric("估值[[超過10億美元]]", "10e8", "美元", "over", "")
    d.org("；[[香港理工大學]]則計劃")
    d.date("計劃在[[明年4月]]推出", "2027-04", "")
    d.metric("總額[[約3億元]]", "3e8", "元", "approx", "")
    # P10 the Greater Bay Area, events
    d.org("，[[數碼港]]本月初")
    d.date("數碼港[[本月初]]在深圳", "2026-11", SZ)
    d.city("在[[深圳]]設立")
    d.city("與[[東莞]]、珠海")
    d.city("東莞、[[珠海]]的產業")
    d.metric("首批[[約20間]]", 20, "间", "approx", ZH)
    d.date("將於[[明年3月]]進駐", "2027-03", ZH)
    d.org("。[[香港生產力促進局]]（")
    d.org("（[[生產力局]]）")
    d.date("表示，[[今年]]已協助", Y, "")
    d.metric("協助[[約260間]]", 260, "间", "approx", "")
    d.date("較[[去年]]增加約三成", LY, "")
    d.metric("增加[[約三成]]。", 30, "%", "approx", "")
    d.org("。[[數碼港]]將於")
    d.date("將於[[本周四]]舉行", "2026-11-26", "")
    d.metric("吸引[[約8,000名]]", 8000, "名", "approx", "")
    d.org("由[[投資推廣署]]主辦")
    d.date("則將於[[明年1月]]舉行", "2027-01", "")
    # P11 the comparison, the outlook
    d.city("相比，[[新加坡]]今年")
    d.date("新加坡[[今年首三季]]初創", Y, SG)
    d.metric("融資額[[約52億美元]]", "52e8", "美元", "approx", SG)
    d.metric("上升[[約9%]]", 9, "%", "approx", SG)
    d.city("，[[東京]]及首爾")
    d.city("東京及[[首爾]]則")
    d.metric("錄得[[約31億美元]]及", "31e8", "美元", "approx", SE)
    d.metric("及[[約27億美元]]；", "27e8", "美元", "approx", SE)
    d.city("，[[深圳]]、杭州今年")
    d.city("深圳、[[杭州]]今年")
    d.date("杭州[[今年首三季]]的早期", Y, HZ)
    d.metric("增長[[約15%]]及", 15, "%", "approx", HZ)
    d.metric("及[[約11%]]。", 11, "%", "approx", HZ)
    d.org("。[[香港浸會大學]]一位")
    d.date("隨著[[聖誕]]及", "2026-12-25", HK)
    d.date("及[[農曆新年]]臨近", "2027-02-06", HK)
    d.date("臨近，[[年底]]前", Y, HK)
    d.date("但[[明年首季]]香港", "2027-Q1", HK)
    d.city("明年首季[[香港]]初創")
    d.metric("增長[[約兩成]]", 20, "%", "approx", HK)
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "本港", "三藩市", "倫敦", "杜拜", "深圳", "廣州",
                   "東莞", "珠海", "新加坡", "東京", "首爾", "杭州", "內地",
                   "海外", "大灣區", "區內", "城市", "科學園", "在港", "全港"],
        "excluded": [
            # 本港 (x5, deictic: the title's, 本港共有, 為本港, 本港早期,
            # 約260間本港); 內地 (x4, a region); 海外 (x2); 大灣區 (a region);
            # 區內 (x2: the region, 園區內 inside the park); 城市 (x2: 內地城市, 其他城市, generic); 科學園
            # (x2, the park: a facility, no ORG and no CITY); 在港 (港, a
            # one-character abbreviation); 香港 stands elsewhere only inside
            # ORGs
            "[[本港]]初創企業數目", "，[[本港]]共有", "為[[本港]]初創",
            "[[本港]]早期", "260間[[本港]]", "來自[[海外]]", "間[[海外]]初創",
            "海外或[[內地]]", "來自[[內地]]的", "在[[內地]]城市", "；[[內地]]方面",
            "[[大灣區]]方面", "與[[區內]]其他", "內地[[城市]]", "其他[[城市]]",
            "，[[科學園]]擴建", "園[[區內]]的", "位於[[科學園]]", "將於12月[[在港]]",
        ],
        "numbers_excluded": [],
        # 一位 (一 before a measure word, indefinite), 新一輪 (a new round)
        "cn_excluded": ["大學[[一]]位", "新[[一]]輪"],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x10, year-on-year), 歷年
        # (創歷年新高), 年度 (x2: 年度初創企業調查, 年度創業投資論壇: yearly),
        # 全年 (去年全年: outside the span, GUIDELINES), 初創 (x21: start-ups,
        # 初 of 本月初 is a DATE), 創業節 (節: a festival, an event), 首座
        # (an ordinal), 首批 (an ordinal); 同期 only inside rows
        "words_excluded": {"按年": 10, "歷年": 1, "年度": 2, "全年": 1,
                           "初創": 21, "創業節": 1, "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 公司 (x5: 科技公司, 社群公司, 特專
        # 科技公司 x2, 該公司: read back), 大學 (大學方面), 政府 (x2: 「政府引導, 政府目標), 機構
        # (x2: 等機構, 創投機構), 基金 (創業基金), 署 (x3: 署方, read back;
        # 簽署 x2, to sign), 處 (聯絡處: a liaison office, a facility), 局
        # (局長: the title after its bureau); 協會, 委員會 and 辦公室 only
        # inside ORGs
        "orgwords_excluded": {"公司": 5, "大學": 1, "政府": 2, "機構": 2,
                              "基金": 1, "署": 3, "協會": 0, "委員會": 0,
                              "辦公室": 0, "處": 1, "局": 1},
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
