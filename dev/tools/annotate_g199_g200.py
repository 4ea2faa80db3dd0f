#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g199_ai_models_compute_vouchers_cities and
g200_hk_northern_metropolis_railways (annotator IB).

Adapted from the precedent set's tools/annotate_ja.py (now dev/tools/annotate_g191_g192.py) (/tmp/ho35/precedent:
a mainland article and a UTF-16 Hong Kong one, the pair closest to mine;
copied and the data changed), with the GB18030 block of the precedent's
tools/annotate_jc.py (a GB18030 mainland article with a character outside
the BMP).  It keeps the checks of annotate_ja.py and its predecessors:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, the OpenCC t2s of the whole simplified article, audits
of digits, Latin words, Chinese numerals, time characters, city strings,
ORG words and ORG strings, the independent `city` rule, the month and day a
DATE span writes, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text, relative words
resolved from the reference date (上周五/本周一/本周五 to the day of their
week, 上周 to its ISO week, 昨日/今日 to their day), the bare-day month
rule, 当日/同日 repeating the latest day, 去年同期 a year before its
sentence's period, 上月 as a baseline after a comparison word, the 上季
check, the range check, the 约占 check, the declared shared unit, the
hand-declared organizations of each article, the bracketed-day check, a
marker right before a METRIC span declared and setting its qualifier, a
suffix marker inside its span, 约为/約為 declared as a separated marker,
the precision check, the bare-year check, the check that a traditional
article holds no simplified character, the Hong Kong block with its
declared characters, the narrowest codec.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded:

- g199 is simplified (mainland, 证券时报, 2026-11-18), stored as GB18030
  WITHOUT a BOM.  Its byline 证券时报记者 韩𫖮 stands on line 3.  One
  character is outside GBK: 𫖮 (U+2B5AE, CJK Extension C, outside the
  BMP; GB18030 98 38 F5 36, a four-byte sequence) of the reporter's given
  name, in no span; gbk, cp936 and gb2312 fail on the file.  Every other
  non-ASCII character is two bytes.  Being astral, 𫖮 is one code point
  in Python and two UTF-16 code units: a reader that counts UTF-16 units
  puts every row of the body one place too far.  OpenCC t2s leaves the
  article unchanged.
- g200 is traditional (Hong Kong, 信報, 2026-11-25), stored as UTF-16
  BIG-ENDIAN WITH A BOM (FE FF, then the title's 北 = U+5317, written
  53 17); offsets count from the first character after the BOM.  Every
  character is in the Basic Multilingual Plane (two bytes each, no
  surrogate pair) and in Big5-HKSCS; two are outside plain Big5: 綫
  (U+7DAB, the MTR's and the government's spelling of a railway line,
  outside cp950 too), standing only in the declared line words and in no
  span, and 恒 (U+6052, cp950 holds it) of 恒基兆業地產, standing only
  inside that ORG row.  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland cities by
  their official name with 市, Hong Kong and foreign cities by their
  common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ was read or
run), with the previous held-out set (/tmp/ho35/precedent: README,
NOTES_ja/jb/jc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g199_g200.md.
Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_ja.py: its UTF-8-WITHOUT-BOM block becomes
annotate_jc.py's GB18030 block (the declared 𫖮 the only character GBK
lacks, four bytes 98 38 F5 36, the first byte 90-E3 as for every astral
character; gbk, cp936 and gb2312 fail on it and on the file; every other
line GBK byte for byte; the byte count 1 for ASCII, 4 for 𫖮, 2 for every
other character; the title's 大 = B4 F3 opens the file; the UTF-16 length
one more than the length in code points; 𫖮 on line 3 before every span
but the title's and the byline's outlet 证券时报); its UTF-16 LE block becomes a UTF-16 BE block (exactly
one BOM FE FF; the BOM-aware utf-16 codec reads the same text; plain
utf-16-be keeps U+FEFF in front; utf-16-le reads another text; the title's
北 = 53 17 right after the BOM; two bytes a character, no surrogate pair;
the NUL byte BEFORE every ASCII character); the Hong Kong block declares
two characters outside Big5, 恒 inside one ORG name (annotate_ja.py's
IN_ORG) and 綫 in declared words only and in no span (annotate_jc.py's
OUTSIDE_BIG5_WORD, extended to several words with their counts).  New
here: Western Easter computed by the Gregorian computus for 明年復活節
(GUIDELINES: 复活节 follows Western Easter), cross-checked with
dateutil.easter where it is installed; a time figure (年, 分钟/分鐘, 天,
个月) is a METRIC only with a statistic cue or a verb of change in its
clause (GUIDELINES); a small Chinese-numeral count right after a list of
as many items must be declared as a collective label, not a METRIC
(GUIDELINES); the t2s check of the simplified article allows a declared
character in its declared word (昇 of 昇腾, which t2s writes 升); units
款, %, 百分点, 元, 美元, 倍, 个, EFLOPS, 家, 片, 起 and 份, 元, 倍,
公顷, 分钟, 人次, 幅, 平方呎, 伙, %, 间, 个, 宗, 年, 百分点, 座, 名, 人.
Re-run (from anywhere):

    python3 dev/tools/annotate_g199_g200.py
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
G199 = "g199_ai_models_compute_vouchers_cities"
G200 = "g200_hk_northern_metropolis_railways"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G199: ("gb18030", b"", False, "2026-11-18", "证券时报"),
    G200: ("utf-16-be", BOM16BE, True, "2026-11-25", "信報"),
}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g199: 大 of the title in GB18030; g200: 北 of the title
# in UTF-16 BE)
FIRST_CHAR = {G199: ("大", b"\xb4\xf3"), G200: ("北", b"\x53\x17")}
# characters outside the BMP each article declares: 𫖮 of g199's byline
OUTSIDE_BMP = {G199: ["𫖮"], G200: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𫖮 of the reporter's name (in no span;
# on the byline line), a four-byte sequence
OUTSIDE_GBK = {G199: {"𫖮": b"\x98\x38\xf5\x36"}}
# articles whose declared characters stand before every span of the body
# (the byline on line 3): offsets counted in UTF-16 units would be one too
# high for every row after the title
ASTRAL_BEFORE_BODY = {G199}
# characters of the Hong Kong article that plain Big5 lacks (Big5-HKSCS
# has them), each with whether cp950 (Taiwan's Big5) holds it: 綫 of the
# railway lines (Hong Kong's spelling; cp950 lacks it) and 恒 of 恒基
# (the company's own character; cp950 holds it)
OUTSIDE_BIG5 = {G200: {"綫": False, "恒": True}}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one): 恒 only in 恒基兆業地產
IN_ORG = {G200: {"恒": ["恒基兆業地產"]}}
# ... and the words a declared character may stand in outside every span,
# with their counts (every occurrence in one of them): 綫 of the lines
OUTSIDE_BIG5_WORD = {G200: {"綫": {"北環綫": 4, "主綫": 3, "支綫": 2,
                                    "沿綫": 1, "東鐵綫": 2, "屯馬綫": 1}}}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 發展局, 房屋局, 規劃署 …, are ORGs in a
# text that names the region at least twice)
HONGKONG = {G200}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Hong Kong text writes as traditional though OpenCC s2t
# would change them: 伙 (flats: 約1.6萬伙; GUIDELINES, Hong Kong's 伙), 准
# (批准, written so in Hong Kong), 恒 (恒基, the company's own character)
S2T_ALLOWED = {G200: {"伙", "准", "恒"}}
# characters of a simplified article that OpenCC t2s would change though
# the mainland writes them so, each with the one word it stands in and its
# count: 昇 of 昇腾 (华为's chip brand; t2s writes 升)
T2S_KEPT = {G199: {"昇": ("昇腾", 1)}}
# common simplified-only characters a traditional article must not hold
# (annotate_kb.py's list, with annotate_jc.py's additions and mine: 线 of
# the lines, 铁 of 港铁, 规 of 规划, 筑 of 建筑, 亿)
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
                   "龄护陆鉴础钟骤扬纲"
                   "请审评线购设税资际仅荐阶层劳务区总联会夹经筑妇简构贸环疗绝备"
                   "铁规筑亿划测础尽")
# Holidays the articles name, by their exact span (2025-2027): g199
# (mainland, 2026-11-18): 国庆 2026-10-01 (the one just past; 假期期间
# outside), 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of 2027; the coming
# ones, no year written in their sentence); g200 (Hong Kong, 2026-11-25):
# 明年農曆新年 2027-02-06 (a year word before a holiday is inside the span;
# 农历新年 is 春节; 後 outside), 明年復活節 2027-03-28 (Western Easter,
# GUIDELINES; 前 outside), 聖誕 2026-12-25 (the coming one; 前 outside).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "明年農曆新年": "2027-02-06", "明年復活節": "2027-03-28",
    "聖誕": "2026-12-25",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期", "重阳", "重陽", "复活", "復活")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Hong Kong, a table of lunar days (正月初一 and 九月初九, as the
# precedent annotator KB checked them with lunardate 0.3.0 for 2025-2027)
# and days computed from the calendar (黑色星期五; Western Easter, new here)
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


def _easter(y):
    """Western (Gregorian) Easter Sunday by the anonymous Gregorian
    computus (Meeus/Jones/Butcher); GUIDELINES: 复活节 and 耶稣受难节
    follow Western Easter (new here)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return datetime.date(y, month, day)


# the computus against known Easter Sundays (2025-04-20, 2026-04-05,
# 2027-03-28) and, where it is installed, against dateutil
assert [_easter(y) for y in (2025, 2026, 2027)] == [
    datetime.date(2025, 4, 20), datetime.date(2026, 4, 5),
    datetime.date(2027, 3, 28)]
try:
    from dateutil.easter import easter as _du_easter
    assert all(_easter(y) == _du_easter(y) for y in range(1990, 2060))
except ImportError:
    pass

COMPUTED_DAYS = {"黑色星期五": _black_friday, "復活節": _easter,
                 "复活节": _easter}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g199 (2026: municipalities 北京, 上海; prefecture-level cities 杭州
    # (浙江), 深圳, 广州 (广东), 庆阳 (甘肃), 中卫 (宁夏), 乌兰察布 (内蒙古),
    # 成都 (四川), 合肥 (安徽); foreign cities by their common names:
    # 新加坡, 东京)
    "北京": "北京市", "上海": "上海市", "杭州": "杭州市", "深圳": "深圳市",
    "广州": "广州市", "新加坡": "新加坡", "东京": "东京", "庆阳": "庆阳市",
    "中卫": "中卫市", "乌兰察布": "乌兰察布市", "成都": "成都市",
    "合肥": "合肥市",
    # g200 (traditional spans; 香港 by its common name; mainland cities by
    # their full simplified names (深圳, 上海, 北京 written alike; 東莞 ->
    # 东莞市, 廣州 -> 广州市); foreign cities by their mainland names: 東京
    # -> 东京, 新加坡)
    "香港": "香港", "東莞": "东莞市", "廣州": "广州市", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text.  OpenCC t2s keeps 恒
# (恒基兆業地產 -> 恒基兆业地产).
ORG_NORM = {
    "港鐵公司": "港铁公司", "港鐵": "港铁",
    "中國建築國際": "中国建筑国际", "金門建築": "金门建筑",
    "俊和建築": "俊和建筑", "運輸及物流局": "运输及物流局",
    "深圳市人民政府": "深圳市人民政府", "特區政府": "特区政府",
    "深圳地鐵": "深圳地铁",
    "深圳市前海深港現代服務業合作區管理局":
        "深圳市前海深港现代服务业合作区管理局",
    "發展局": "发展局", "新鴻基地產": "新鸿基地产",
    "信和置業": "信和置业", "會德豐地產": "会德丰地产",
    "華潤置地": "华润置地", "房屋局": "房屋局",
    "香港房屋委員會": "香港房屋委员会", "房委會": "房委会",
    "香港房屋協會": "香港房屋协会", "房協": "房协",
    "恒基兆業地產": "恒基兆业地产", "新世界發展": "新世界发展",
    "長實集團": "长实集团", "招商局蛇口": "招商局蛇口",
    "洪水橋產業園有限公司": "洪水桥产业园有限公司",
    "立法會財務委員會": "立法会财务委员会",
    "土木工程拓展署": "土木工程拓展署",
    "路政署鐵路拓展處": "路政署铁路拓展处",
    "規劃署": "规划署", "城市規劃委員會": "城市规划委员会",
    "城規會": "城规会", "地政總署": "地政总署",
    "創新科技及工業局": "创新科技及工业局",
    "港深創新及科技園有限公司": "港深创新及科技园有限公司",
    "建造業議會": "建造业议会", "香港建造業總商會": "香港建造业总商会",
    "中銀香港": "中银香港", "東亞銀行": "东亚银行",
    "中原地產研究部": "中原地产研究部",
    "香港測量師學會": "香港测量师学会",
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
        self.astral_before_body = False
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (from annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gb18030":    # GB18030 proper (annotate_jc.py's block,
            # after annotate_kb.py's, with a FOUR-byte character outside the
            # BMP declared here): the declared characters are the only ones
            # GBK lacks, each written with its declared bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            for c, code in declared.items():
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert raw.count(code) == self.text.count(c), (doc_id, c)
                # a four-byte sequence: 81-FE, 30-39, 81-FE, 30-39; outside
                # the BMP the first byte is 90-E3
                assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                    0x30 <= code[1] <= 0x39 and 0x81 <= code[2] <= 0xFE \
                    and 0x30 <= code[3] <= 0x39, (doc_id, c, code)
                if ord(c) > 0xFFFF:
                    assert 0x90 <= code[0] <= 0xE3, (doc_id, c, code)
                # not a GBK character read another way: GBK and its
                # relatives fail on the bytes themselves
                for other in ("gbk", "cp936", "gb2312"):
                    assert not decodes(code, other), (doc_id, c, other)
            # the GBK family fails on the whole file
            for other in ("gbk", "cp936", "gb2312"):
                assert not decodes(raw, other), (doc_id, other)
            # every non-ASCII character but the declared ones is two bytes;
            # the declared ones are four, so a reader that counts two
            # bytes a character loses its alignment after them
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F and c not in declared), \
                f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   4 if c in declared else 2
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
            # the file opens with the title's first character (g199: 大 =
            # B4 F3)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(enc) == \
                code, doc_id
            # a character outside the BMP is one code point in Python and
            # two UTF-16 code units: the UTF-16 length is one more per such
            # character, and the character stands before every span of the
            # body (ASTRAL_BEFORE_BODY: checked for each row in check())
            astral_n = sum(1 for c in self.text if ord(c) > 0xFFFF)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + astral_n, doc_id
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == bool(astral_n), doc_id
        if enc == "utf-16-be":  # UTF-16 BIG-ENDIAN WITH A BOM (annotate_ja.py's
            # UTF-16 LE block turned round, after annotate_kb.py's BE
            # block): exactly one BOM FE FF, the BOM-aware codec reads the
            # same text, the plain big-endian reading keeps U+FEFF in front
            # (one code point that would shift every offset by one), the
            # little-endian reading is another text
            assert bom == BOM16BE and full[:2] == BOM16BE, doc_id
            assert not raw.startswith(BOM16BE), f"{doc_id}: one BOM only"
            assert not raw.startswith(BOM16LE), f"{doc_id}: one BOM only"
            assert full.decode("utf-16") == self.text, doc_id
            assert full.decode("utf-16-be") == "\ufeff" + self.text, doc_id
            assert not decodes(full, "utf-16-le") or \
                full.decode("utf-16-le") != "\ufeff" + self.text, doc_id
            assert not decodes(raw, "utf-16-le") or \
                raw.decode("utf-16-le") != self.text, doc_id
            # the first bytes after the BOM are the title's first character
            # (g200: 北 = U+5317, written 53 17)
            ch, code = FIRST_CHAR[doc_id]
            assert self.text[0] == ch and raw[:2] == ch.encode(
                "utf-16-be") == code, doc_id
            # two bytes a character and no surrogate pair: UTF-16 code units
            # and Python's code points count alike
            assert all(0xD800 > ord(c) or ord(c) > 0xDFFF
                       for c in self.text), doc_id
            assert len(raw) == 2 * len(self.text), doc_id
            # every ASCII character leaves a NUL byte BEFORE it (big-
            # endian): the file reads as binary to a reader that ignores
            # the BOM
            assert raw.count(b"\x00") >= sum(1 for c in self.text
                                             if ord(c) < 0x80), doc_id
            assert all(raw[2 * i] == 0 and raw[2 * i + 1] == ord(c)
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
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_ja.py's block,
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
            # bodies without a place, 發展局, 房屋局, 規劃署 …, stand alone
            # as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (恒 of 恒基兆業地產; annotate_ja.py's IN_ORG, checked in
            # check()) or to declared words in no span (綫 of the lines;
            # annotate_jc.py's OUTSIDE_BIG5_WORD, several words here, each
            # with its count, together holding every occurrence)
            in_org = IN_ORG.get(doc_id, {})
            in_word = OUTSIDE_BIG5_WORD.get(doc_id, {})
            assert sorted(set(in_org) | set(in_word)) == outside, doc_id
            assert not set(in_org) & set(in_word), doc_id
            for c, words in in_word.items():
                assert all(c in w for w in words), (c, words)
                for w, k in words.items():
                    assert self.text.count(w) == k, (doc_id, w, k)
                    assert w.count(c) == 1, w
                assert self.text.count(c) == sum(words.values()), (doc_id, c)
                # no declared word hides inside another (each occurrence of
                # the character is counted once)
                hits = sorted(m.start() + w.index(c) for w in words
                              for m in re.finditer(re.escape(w), self.text))
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            self.in_org_span = {c: in_org[c] for c in in_org}
            self.no_span_chars = sorted(in_word)
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
# g199 Large models, compute vouchers and AI parks, November 2026: the
# cyberspace regulator's filings (国家互联网信息办公室, 国家网信办), model
# companies' revenue (科大讯飞, 商汤科技; 智谱 and MiniMax on 港交所, users in
# 新加坡 and 东京), the clouds (阿里巴巴 and 阿里云, 百度智能云, 字节跳动's
# 火山引擎, 腾讯), cities' compute vouchers (工业和信息化部, 国家数据局;
# 上海市经济和信息化委员会 (上海市经信委), 深圳市工业和信息化局, 北京市经济和
# 信息化局; 庆阳, 中卫, 乌兰察布 and 庆阳市工业和信息化局 with 中国电信,
# 中国联通), the parks (苏州工业园区管委会; 杭州未来科技城 and 深度求索;
# 成都市新经济发展委员会 and 成都; 合肥市数据资源局 and 合肥), the chips and
# servers (寒武纪, 海光信息, 摩尔线程, 沐曦股份, 华为, 浪潮信息, 中科曙光),
# the rounds (清科研究中心, 阶跃星辰, 上海国有资本投资有限公司, 启明创投,
# 君联资本, 月之暗面) and the outlook (中国信息通信研究院 (中国信通院),
# 中信证券).
# Simplified, GB18030 with 𫖮 (outside the BMP) on the byline, 2026-11-18
# (a Wednesday, ISO week 2026-W47), 证券时报; the byline 证券时报记者 韩𫖮
# on line 3.  昨日 and 11月17日 2026-11-17; 上周 2026-W46; 上周五 and 同日
# 2026-11-13; 本周一 2026-11-16; 上月 2026-10; 本月, 本月初 2026-11; 国庆
# 2026-10-01; 元旦 2027-01-01; 春节 2027-02-06; 12月 2026-12; 年初 2026;
# 明年一季度 2027-Q1; 明年第二季度 2027-Q2; 明年上半年 2027; 2027年; 两年前
# 2024; 去年底 2025; 去年同期 2025-10 (after 截至10月底) and 2025 (after
# 国庆 and after 今年前10个月).
# ===========================================================================
@doc
def g199():
    d = Doc(G199)
    Y, LY, NY = "2026", "2025", "2027"
    BJ, SH, SG, WL, QY, HZ, CD, HF = (
        "北京市", "上海市", "新加坡", "乌兰察布市", "庆阳市", "杭州市",
        "成都市", "合肥市")
    # title (a heading that opens with no city: no city section; 超 is
    # over, inside the span, SPEC 上, 超; 多城 names no city)
    d.metric("备案服务[[超800款]] 多城", 800, "款", "over", "")
    d.metric("加码[[超40亿元]]\n", "40e8", "元", "over", "")
    # byline 证券时报记者 韩𫖮 (GUIDELINES: a name ending in 时报 right
    # before 记者 at the start of a line names the outlet; 𫖮 of the
    # reporter's name in no span)
    d.org("\n\n[[证券时报]]记者")
    # P1 the filings (国家网信办: a short form in brackets after 以下简称,
    # its characters in the name's order; the quotes outside)
    d.org("\n\n[[国家互联网信息办公室]]（以下简称")
    d.org("以下简称“[[国家网信办]]”）")
    d.date("”）[[昨日]]（11月17日）", "2026-11-17", "")
    d.date("昨日（[[11月17日]]）", "2026-11-17", "")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("累计已有[[812款]]", 812, "款", "exact", "")
    d.date("备案，较[[去年同期]]增加", "2025-10", "")
    d.metric("增加[[约350款]]", 350, "款", "approx", "")
    d.metric("另有[[超过620款]]", 620, "款", "over", "")
    d.date("登记。[[上月]]新增", "2026-10", BJ)
    d.metric("新增备案[[46款]]", 46, "款", "exact", BJ)
    d.city("其中[[北京]]、上海两地")
    d.city("北京、[[上海]]两地")
    d.metric("合计占比[[近六成]]", 60, "%", "approx", SH)
    d.city("，[[杭州]]、深圳、广州分列")
    d.city("杭州、[[深圳]]、广州分列")
    d.city("深圳、[[广州]]分列")
    # P2 the kinds of services (约为 and 约占 before the figure: separated
    # markers, outside the span, GUIDELINES)
    d.org("据[[国家网信办]]相关负责人")
    d.date("介绍，[[今年]]以来备案", Y, "")
    d.metric("占比约为[[45%]]", 45, "%", "approx", "", sep="约")
    d.date("较[[两年前]]提高", "2024", "")
    d.metric("提高[[约20个百分点]]", 20, "百分点", "approx", "")
    d.metric("服务[[超过260款]]", 260, "款", "over", "")
    d.metric("约占总数的[[三分之一]]", "33.3333333333", "%", "approx", "",
             sep="约")
    # P3 the model companies (前三季度 after the name it is about)
    d.org("体现。[[科大讯飞]]前三季度")
    d.date("科大讯飞[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约186.4亿元]]", "186.4e8", "元", "approx", "")
    d.metric("同比增长[[14.2%]]", "14.2", "%", "exact", "")
    d.metric("相关收入[[突破23亿元]]", "23e8", "元", "over", "")
    d.org("；[[商汤科技]]披露")
    d.date("披露，[[今年上半年]]生成式", Y, "")
    d.metric("业务收入约为[[31.6亿元]]", "31.6e8", "元", "approx", "",
             sep="约")
    d.metric("比重升至[[约七成]]", 70, "%", "approx", "")
    d.org("在[[港交所]]上市")
    d.org("上市的[[智谱]]和")
    d.org("智谱和[[MiniMax]]三季度")
    d.date("MiniMax[[三季度]]分别", "2026-Q3", SG)
    d.metric("实现收入[[约9.8亿元]]", "9.8e8", "元", "approx", SG)
    d.metric("和[[约1.45亿美元]]", "1.45e8", "美元", "approx", SG)
    d.metric("收入占比[[超过七成]]", 70, "%", "over", SG)
    d.city("集中在[[新加坡]]、东京")
    d.city("新加坡、[[东京]]等城市")
    # P4 the clouds (百度智能云: GUIDELINES, 智能云 after a company names its
    # business; 字节跳动旗下火山引擎: two ORGs, GUIDELINES 全联旗下全支付)
    d.org("受益。[[阿里巴巴]]上周")
    d.date("阿里巴巴[[上周]]公布", "2026-W46", "")
    d.org("显示，[[阿里云]]收入")
    d.metric("同比增长[[31%]]至", 31, "%", "exact", "")
    d.metric("31%至[[约522亿元]]", "522e8", "元", "approx", "")
    d.metric("比重已[[超过两成]]", 20, "%", "over", "")
    d.org("；[[百度智能云]]三季度")
    d.date("百度智能云[[三季度]]收入", "2026-Q3", "")
    d.metric("收入约为[[62亿元]]", "62e8", "元", "approx", "", sep="约")
    d.metric("同比增长[[21%]]。", 21, "%", "exact", "")
    d.org("。[[字节跳动]]旗下")
    d.org("旗下[[火山引擎]]相关")
    d.date("截至[[9月底]]，其大模型", "2026-09", "")
    d.metric("已[[突破120万亿个]]", "120e12", "个", "over", "")
    d.date("较[[去年底]]增长", LY, "")
    d.metric("增长[[约1.4倍]]", "1.4", "倍", "approx", "")
    d.date("；[[国庆]]假期期间", "2026-10-01", "")
    d.date("日活跃用户较[[去年同期]]增长", LY, "")
    d.metric("增长[[约55%]]。", 55, "%", "approx", "")
    d.org("。[[腾讯]]本周一")
    d.date("腾讯[[本周一]]表示", "2026-11-16", "")
    d.date("将在[[明年一季度]]前", "2027-Q1", "")
    d.metric("下调[[30%]]至50%", 30, "%", "exact", "")
    d.metric("30%至[[50%]]。", 50, "%", "exact", "")
    # P5 the vouchers (上海市经信委: a bracketed short form, its characters
    # in the name's order; 最高 sets no qualifier, GUIDELINES)
    d.org("在[[工业和信息化部]]、国家数据局")
    d.org("、[[国家数据局]]推动")
    d.date("统计，[[今年]]以来已有", Y, "")
    d.metric("已有[[超过30个]]城市", 30, "个", "over", "")
    d.metric("合计[[逾40亿元]]。", "40e8", "元", "over", "")
    d.org("\u3002[[上海市经济和信息化委员会]]（")
    d.org("（[[上海市经信委]]）")
    d.date("）[[本月]]将单家", "2026-11", "")
    d.metric("上限由[[600万元]]提高", "600e4", "元", "exact", "")
    d.metric("提高至[[1000万元]]", "1000e4", "元", "exact", "")
    d.metric("合同金额的[[50%]]；", 50, "%", "exact", "")
    d.org("；[[深圳市工业和信息化局]]10月底")
    d.date("信息化局[[10月底]]发布", "2026-10", "")
    d.metric("每年安排[[5亿元]]", "5e8", "元", "exact", "")
    d.metric("额度在[[800万元以内]]", "800e4", "元", "under", "")
    d.org("。[[北京市经济和信息化局]]则将")
    d.metric("额外获得[[10%]]的", 10, "%", "exact", "")
    # P6 the western cities (a province before its city leaves the city a
    # CITY, GUIDELINES 云南昆明; 三地 closes a list of three: a collective
    # label, no METRIC; 每千瓦时 before the figure is no part of its unit)
    d.city("甘肃[[庆阳]]、宁夏")
    d.city("宁夏[[中卫]]和内蒙古")
    d.city("内蒙古[[乌兰察布]]三地")
    d.date("三地[[今年]]新增", Y, WL)
    d.metric("合计[[超过15EFLOPS]]", 15, "EFLOPS", "over", WL)
    d.metric("电价[[约0.28元]]", "0.28", "元", "approx", WL)
    d.metric("东部城市低[[约四成]]", 40, "%", "approx", WL)
    d.org("\u3002[[庆阳市工业和信息化局]]相关")
    d.city("表示，[[庆阳]]按合同")
    d.metric("合同金额的[[30%]]发放", 30, "%", "exact", QY)
    d.date("算力券，[[今年前10个月]]已兑付", Y, QY)
    d.metric("已兑付[[约1.2亿元]]", "1.2e8", "元", "approx", QY)
    d.org("，[[中国电信]]、中国联通")
    d.org("、[[中国联通]]等运营商")
    d.metric("上架率[[超过85%]]", 85, "%", "over", QY)
    # P7 the parks (苏州工业园区管委会: one ORG with its city inside; 杭州
    # inside a park's name is a CITY, SPEC 上海迪士尼乐园; 深度求索 before
    # 等模型企业, GUIDELINES; 同日 the latest day, 上周五)
    d.org("集聚。[[苏州工业园区管委会]]数据")
    d.metric("已达[[1860家]]", 1860, "家", "exact", "")
    d.date("，[[今年前三季度]]相关产业", Y, "")
    d.metric("产业规模约为[[1120亿元]]", "1120e8", "元", "approx", "",
             sep="约")
    d.metric("同比增长[[18.5%]]", "18.5", "%", "exact", "")
    d.city("；[[杭州]]未来科技城")
    d.org("聚集了[[深度求索]]等")
    d.date("企业，[[今年]]新增人工智能企业超过", Y, HZ)
    d.metric("人工智能企业[[超过400家]]", 400, "家", "over", HZ)
    d.org("。[[成都市新经济发展委员会]]上周五")
    d.date("委员会[[上周五]]透露", "2026-11-13", CD)
    d.city("透露，[[成都]]今年")
    d.date("成都[[今年]]已向", Y, CD)
    d.metric("已向[[112家]]企业", 112, "家", "exact", CD)
    d.metric("算力券[[约8600万元]]", "8600e4", "元", "approx", CD)
    d.date("计划在[[12月]]再发放", "2026-12", CD)
    d.date("一批。[[同日]]，合肥", "2026-11-13", HF)
    d.org("，[[合肥市数据资源局]]公布")
    d.city("公布，[[合肥]]已建成")
    d.metric("达到[[12.6EFLOPS]]", "12.6", "EFLOPS", "exact", HF)
    d.date("较[[年初]]增长", Y, HF)
    d.metric("增长[[近一倍]]。", 1, "倍", "approx", HF)
    # P8 the chips (华为 inside a product's name is an ORG, SPEC 百度地图;
    # 约为一半: a separated marker, 一半 50 %, GUIDELINES)
    d.org("明显。[[寒武纪]]前三季度")
    d.date("寒武纪[[前三季度]]营业收入", Y, "")
    d.metric("营业收入约为[[118.6亿元]]", "118.6e8", "元", "approx", "",
             sep="约")
    d.metric("同比增长[[约1.6倍]]", "1.6", "倍", "approx", "")
    d.metric("净利润[[约31.5亿元]]", "31.5e8", "元", "approx", "")
    d.org("；[[海光信息]]前三季度")
    d.date("海光信息[[前三季度]]营收", Y, "")
    d.metric("营收增长[[42.6%]]", "42.6", "%", "exact", "")
    d.date("。[[去年底]]登陆", LY, "")
    d.org("科创板的[[摩尔线程]]和")
    d.org("和[[沐曦股份]]今年")
    d.date("沐曦股份[[今年前三季度]]收入", Y, "")
    d.metric("分别增长[[158%]]和", 158, "%", "exact", "")
    d.metric("158%和[[203%]]", 203, "%", "exact", "")
    d.date("估算，[[今年]]国产", Y, "")
    d.metric("有望达到[[180万片]]", "180e4", "片", "exact", "")
    d.org("其中[[华为]]昇腾")
    d.metric("占比约为[[一半]]", 50, "%", "approx", "", sep="约")
    d.org("；[[浪潮信息]]、中科曙光")
    d.org("、[[中科曙光]]等服务器厂商")
    d.date("已排至[[明年第二季度]]", "2027-Q2", "")
    # P9 the rounds (启明创投, 君联资本 before 等机构; the city inside
    # 上海国有资本投资有限公司 is no CITY)
    d.org("回升。[[清科研究中心]]数据")
    d.date("显示，[[今年前10个月]]国内", Y, "")
    d.metric("融资事件[[约1460起]]", 1460, "起", "approx", "")
    d.metric("披露金额[[约1380亿元]]", "1380e8", "元", "approx", "")
    d.date("较[[去年同期]]增长27.4%", LY, "")
    d.metric("增长[[27.4%]]", "27.4", "%", "exact", "")
    d.org("\u3002[[阶跃星辰]]上月")
    d.date("阶跃星辰[[上月]]完成", "2026-10", "")
    d.metric("完成[[超过50亿元]]的", "50e8", "元", "over", "")
    d.org("由[[上海国有资本投资有限公司]]领投")
    d.org("，[[启明创投]]、君联资本")
    d.org("、[[君联资本]]等机构")
    d.org("；[[月之暗面]]本月初")
    d.date("月之暗面[[本月初]]也完成", "2026-11", "")
    d.metric("完成[[约6亿美元]]融资", "6e8", "美元", "approx", "")
    d.metric("估值[[超过90亿美元]]", "90e8", "美元", "over", "")
    # P10 the outlook (中国信通院 in brackets, its characters in order; 到
    # outside 2027年; 元旦, 春节 the coming ones)
    d.org("，[[中国信息通信研究院]]（中国信通院）")
    d.org("（[[中国信通院]]）预计")
    d.date("到[[2027年]]我国", NY, "")
    d.metric("将[[超过1800EFLOPS]]", 1800, "EFLOPS", "over", "")
    d.metric("有望[[突破3000亿元]]", "3000e8", "元", "over", "")
    d.org("。[[中信证券]]一位")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("企业[[明年上半年]]的", NY, "")
    audit = {
        "orgs": ["证券时报", "国家互联网信息办公室", "国家网信办", "科大讯飞",
                 "商汤科技", "港交所", "智谱", "MiniMax", "阿里巴巴", "阿里云",
                 "百度智能云", "字节跳动", "火山引擎", "腾讯", "工业和信息化部",
                 "国家数据局", "上海市经济和信息化委员会", "上海市经信委",
                 "深圳市工业和信息化局", "北京市经济和信息化局",
                 "庆阳市工业和信息化局", "中国电信", "中国联通",
                 "苏州工业园区管委会", "深度求索", "成都市新经济发展委员会",
                 "合肥市数据资源局", "寒武纪", "海光信息", "摩尔线程",
                 "沐曦股份", "华为", "浪潮信息", "中科曙光", "清科研究中心",
                 "阶跃星辰", "上海国有资本投资有限公司", "启明创投", "君联资本",
                 "月之暗面", "中国信息通信研究院", "中国信通院", "中信证券"],
        "cities": ["北京", "上海", "杭州", "深圳", "广州", "新加坡", "东京",
                   "庆阳", "中卫", "乌兰察布", "成都", "合肥", "苏州", "城市",
                   "甘肃", "宁夏", "内蒙古", "全国", "我国", "中国", "中西部",
                   "东部", "当地", "各地", "多城", "国内", "海外"],
        "excluded": [
            # 城市 (x3: 等城市, 30个城市, 东部城市: generic), 多城 (the title:
            # several cities, no name), 全国, 我国 (x2), 国内, 海外, 各地,
            # 当地 (x2), 中西部, 东部 (regions), 甘肃, 宁夏, 内蒙古
            # (provinces and a region before their cities); 中国 stands only
            # inside ORGs (中国电信, 中国联通, 中国信息通信研究院, 中国信通院)
            "东京等[[城市]]", "30个[[城市]]出台", "东部[[城市]]低", "[[多城]]算力券",
            "，[[全国]]累计", "到2027年[[我国]]", "[[国内]]人工智能领域",
            "来自[[海外]]的", "[[各地]]吸引",
            "，[[当地]]每千瓦时", "在[[当地]]的智算中心", "在[[中西部]]，",
            "较[[东部]]城市", "[[甘肃]]庆阳", "[[宁夏]]中卫", "[[内蒙古]]乌兰察布",
        ],
        "numbers_excluded": [],
        # 三地 (the collective label of the three-city list, GUIDELINES), 两地
        # (of the pair 北京、上海: two items, a collective as SPEC's 两地),
        # 一级市场 (the primary market), 一批 and 一位 (indefinites), 新一轮
        # (the next round), 每千瓦时 (a denominator's unit: 千瓦)
        "cn_excluded": ["乌兰察布[[三]]地", "上海[[两]]地", "[[一]]级市场",
                        "再发放[[一]]批", "中信证券[[一]]位", "新[[一]]轮",
                        "每[[千]]瓦时"],
        "collectives": [("甘肃庆阳、宁夏中卫和内蒙古乌兰察布[[三]]地", 3),
                        ("北京、上海[[两]]地", 2)],
        "latin_excluded": [],
        # time words that are no DATE: 年度 (x2, the annual quota), 每年
        # (yearly), 日均 (daily average), 日活跃 (daily active users), 季度
        # (季度业绩: the quarterly results, no quarter named), 明显 (x2),
        # 明确, 节奏; 同比 and 期间 are no time words
        "words_excluded": {"年度": 2, "每年": 1, "日均": 1, "日活跃": 1,
                           "季度业绩": 1, "明显": 2, "明确": 1, "节奏": 1,
                           "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 部门 (地方网信部门), 中心 (智算中心
        # x2: computing centres are places, GUIDELINES), 厂商 (x3: 模型厂商,
        # 云厂商, 服务器厂商 x2 -> x4 with 芯片和服务器厂商), 机构 (等机构),
        # 运营商 (等运营商); 委员会, 局, 公司 only inside ORGs
        "orgwords_excluded": {"部门": 1, "中心": 2, "厂商": 4, "机构": 1,
                              "运营商": 1, "委员会": 0, "公司": 0, "银行": 0,
                              "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g200 The Northern Metropolis and its railways, November 2026: the MTR's
# contracts (港鐵公司 with 中國建築國際, 金門建築, 俊和建築), the Northern
# Link's project agreement (運輸及物流局; 港鐵), the cross-boundary railway
# (深圳市人民政府, 特區政府, 深圳地鐵, 深圳市前海深港現代服務業合作區管理局;
# 香港, 深圳), land (發展局; 新鴻基地產, 信和置業, 會德豐地產, 華潤置地),
# housing (房屋局; 香港房屋委員會 (房委會), 香港房屋協會 (房協)), developers'
# farmland (恒基兆業地產, 新世界發展, 長實集團, 招商局蛇口; 洪水橋產業園有限
# 公司), ridership (港鐵公司, 港鐵), funding and land resumption (立法會財務
# 委員會, 土木工程拓展署, 路政署鐵路拓展處), planning (規劃署, 城市規劃委員會
# (城規會), 地政總署), innovation land (創新科技及工業局, 港深創新及科技園有限
# 公司; 深圳, 上海, 北京), labour and loans (建造業議會, 香港建造業總商會,
# 中銀香港, 東亞銀行) and the outlook (東京, 新加坡, 深圳, 東莞, 廣州;
# 中原地產研究部, 香港測量師學會).
# Traditional as Hong Kong writes it (首三季, 首季, 第三季, 首10個月, 按年,
# 上周, 本周一, 本周五, 今日（25日）, 伙 for flats, 幅 for sites, 宗 for
# applications, 間 for companies, 公頃, 平方呎, 綫 for the lines, 佔, 公布),
# UTF-16 BE with BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48), 信報 (no
# byline or dateline line).  昨日 and 24日 2026-11-24; 今日 and 25日
# 2026-11-25; 上周 2026-W47; 上周五 and 同日 2026-11-20; 本周一 2026-11-23;
# 本周五 and 27日 2026-11-27; 上月 2026-10; 本月, 本月初 2026-11; 聖誕
# 2026-12-25; 明年農曆新年 2027-02-06; 明年復活節 2027-03-28; 明年首季
# 2027-Q1; 明年第三季 2027-Q3; 明年 2027; 2027年底; 2030年; 2034年;
# 去年12月 2025-12; 去年 2025; 去年同期 2025-09 (after 截至9月底) and 2025
# (after 首10個月).
# ===========================================================================
@doc
def g200():
    d = Doc(G200)
    Y, LY, NY = "2026", "2025", "2027"
    HK, SZ, BJ = "香港", "深圳市", "北京市"
    # title (a heading that opens with no city: no city section; 首三季
    # after the noun it is about, Hong Kong's quarters without 度,
    # GUIDELINES; 明年首季 the first quarter of 2027)
    d.date("北都鐵路[[首三季]]批出", Y, "")
    d.metric("總值[[逾420億元]] 北環", "420e8", "元", "over", "")
    d.date("北環綫[[明年首季]]全面動工\n", "2027-Q1", "")
    # P1 the MTR's contracts (港鐵公司 the MTR Corporation; three
    # contractors before 牽頭的合營公司, each by its name; 三份 a count
    # before its measure word, no list before it)
    d.org("\n\n[[港鐵公司]]昨日")
    d.date("港鐵公司[[昨日]]（24日）", "2026-11-24", "")
    d.date("昨日（[[24日]]）公布", "2026-11-24", "")
    d.metric("首批[[三份]]土木", 3, "份", "exact", "")
    d.date("已於[[上周]]批出", "2026-W47", "")
    d.metric("總值[[約186億元]]", "186e8", "元", "approx", "")
    d.org("分別由[[中國建築國際]]、")
    d.org("、[[金門建築]]及")
    d.org("及[[俊和建築]]牽頭")
    d.date("工程將於[[明年首季]]全面展開", "2027-Q1", "")
    d.date("在建工程，[[今年首三季]]北部", Y, "")
    d.metric("合約總額[[逾420億元]]，", "420e8", "元", "over", "")
    d.metric("按年增加[[約1.6倍]]", "1.6", "倍", "approx", "")
    # P2 the Northern Link (三個 closes a list of three stops: a collective
    # label, GUIDELINES; 約為 a separated marker; 前 outside 2027年底)
    d.org("根據[[港鐵公司]]與運輸及物流局")
    d.org("港鐵公司與[[運輸及物流局]]上月")
    d.date("物流局[[上月]]簽訂", "2026-10", "")
    d.date("目標於[[2034年]]同步", "2034", "")
    d.org("。[[運輸及物流局]]相關負責人")
    d.metric("估算約為[[1,020億元]]", "1020e8", "元", "approx", "", sep="約")
    d.metric("沿綫[[約12公頃]]", 12, "公顷", "approx", "")
    d.org("資助，[[港鐵]]須於")
    d.date("須於[[2027年底]]前", NY, "")
    d.metric("預留[[約30億元]]", "30e8", "元", "approx", "")
    # P3 the cross-boundary railway (港深 and 前海 name no city; 深圳市人民
    # 政府, 深圳地鐵 and the 前海 authority hold their city; a time figure
    # before 縮短 is the baseline of a measured time, the one after it the
    # measured time, GUIDELINES: both METRICs)
    d.date("（洪水橋至前海）[[上月]]就招標", "2026-10", "")
    d.metric("共收到[[11份]]書面意見", 11, "份", "exact", "")
    d.metric("其中[[7份]]來自", 7, "份", "exact", "")
    d.org("\u3002[[深圳市人民政府]]與")
    d.org("與[[特區政府]]本月初")
    d.date("特區政府[[本月初]]成立", "2026-11", "")
    d.org("，[[深圳地鐵]]已就")
    d.org("\u3002[[深圳市前海深港現代服務業合作區管理局]]估計")
    d.metric("目前[[約70分鐘]]縮短", 70, "分钟", "approx", HK)
    d.metric("縮短至[[約20分鐘]]", 20, "分钟", "approx", HK)
    d.metric("可達[[15萬人次]]", "15e4", "人次", "exact", HK)
    d.city("，[[香港]]與深圳之間")
    d.city("香港與[[深圳]]之間")
    # P4 land (發展局 a Hong Kong body standing alone in a Hong Kong text;
    # 每平方呎 before the figure no part of its unit; 等6間發展商: the list
    # holds three items, so 6間 is a figure, not its collective label)
    d.org("\n\n[[發展局]]上周五")
    d.date("發展局[[上周五]]公布", "2026-11-20", "")
    d.date("北部都會區[[今年首三季]]共推出", Y, "")
    d.metric("共推出[[7幅]]住宅", 7, "幅", "exact", "")
    d.metric("及[[2幅]]產業", 2, "幅", "exact", "")
    d.metric("樓面面積[[約1,150萬平方呎]]", "1150e4", "平方呎", "approx", "")
    d.metric("可提供[[約1.6萬伙]]", "1.6e4", "伙", "approx", "")
    d.org("由[[新鴻基地產]]以")
    d.metric("以[[約58.6億元]]投得", "58.6e8", "元", "approx", "")
    d.metric("樓面地價[[約3,420元]]", 3420, "元", "approx", "")
    d.metric("估值高[[約一成]]", 10, "%", "approx", "")
    d.org("；[[信和置業]]、")
    d.org("、[[會德豐地產]]及")
    d.org("及[[華潤置地]]等")
    d.metric("等[[6間]]發展商", 6, "间", "exact", "")
    # P5 housing (同日 the latest day, 上周五; 約有 a separated marker; 平均
    # and 縮短 cues for the waiting times; 去年同期 after 截至9月底 at its
    # month, SPEC)
    d.org("\n\n[[房屋局]]同日")
    d.date("房屋局[[同日]]表示", "2026-11-20", "")
    d.metric("提供[[約18萬個]]公營", "18e4", "个", "approx", "")
    d.metric("古洞北的[[2,800個]]簡約", 2800, "个", "exact", "")
    d.date("已於[[10月底]]落成", "2026-10", "")
    d.org("。[[香港房屋委員會]]（房委會）")
    d.org("（[[房委會]]）")
    d.date("截至[[9月底]]，一般", "2026-09", "")
    d.metric("約有[[13.2萬宗]]", "13.2e4", "宗", "approx", "", sep="約")
    d.metric("輪候時間為[[5.1年]]", "5.1", "年", "exact", "")
    d.date("較[[去年同期]]縮短", "2025-09", "")
    d.metric("縮短[[0.4年]]", "0.4", "年", "exact", "")
    d.org("。[[香港房屋協會]]（房協）")
    d.org("（[[房協]]）")
    d.date("亦計劃[[明年]]在粉嶺", NY, "")
    d.metric("推出[[約1,200個]]", 1200, "个", "approx", "")
    d.metric("市價的[[約七成]]", 70, "%", "approx", "")
    # P6 the developers (新世界發展, 招商局蛇口: companies; a year word
    # before a holiday is inside the span, GUIDELINES 2024年春节; 3幅 the
    # count of sites with its measure word)
    d.org("，[[恒基兆業地產]]、新世界")
    d.org("、[[新世界發展]]及長實")
    d.org("及[[長實集團]]在北都")
    d.metric("合共[[約4,500萬平方呎]]", "4500e4", "平方呎", "approx", "")
    d.org("。[[新世界發展]]本周一")
    d.date("新世界發展[[本周一]]表示", "2026-11-23", "")
    d.org("與[[招商局蛇口]]合作")
    d.metric("可提供[[約2,100伙]]", 2100, "伙", "approx", "")
    d.date("計劃於[[明年農曆新年]]後", "2027-02-06", "")
    d.org("；[[恒基兆業地產]]則透露")
    d.date("透露，[[今年]]已就", Y, "")
    d.metric("洪水橋的[[5幅]]農地", 5, "幅", "exact", "")
    d.metric("合共[[約72億元]]", "72e8", "元", "approx", "")
    d.date("預期[[明年]]再有", NY, "")
    d.metric("再有[[3幅]]完成", 3, "幅", "exact", "")
    d.date("。[[去年12月]]成立", "2025-12", "")
    d.org("成立的[[洪水橋產業園有限公司]]亦")
    d.metric("首期[[約9公頃]]", 9, "公顷", "approx", "")
    d.date("將於[[明年]]招標", NY, "")
    # P7 ridership (首10個月 after the name it is about, GUIDELINES;
    # 去年同期 after it the year; 個百分點 -> 百分点)
    d.org("客量方面，[[港鐵公司]]首10個月")
    d.date("港鐵公司[[首10個月]]本地", Y, "")
    d.metric("乘客量[[約15.8億人次]]", "15.8e8", "人次", "approx", "")
    d.metric("按年增長[[約3.2%]]", "3.2", "%", "approx", "")
    d.metric("過境服務乘客量[[約1.1億人次]]", "1.1e8", "人次", "approx", "")
    d.date("較[[去年同期]]上升", LY, "")
    d.metric("上升[[約9%]]", 9, "%", "approx", "")
    d.org("\u3002[[港鐵]]預期")
    d.date("古洞站於[[明年第三季]]啟用", "2027-Q3", "")
    d.metric("下降[[約6個百分點]]", 6, "百分点", "approx", "")
    d.date("則在[[2030年]]落成", "2030", "")
    d.metric("造價[[約74億元]]", "74e8", "元", "approx", "")
    # P8 funding (a legislature's committee with it, one ORG; a department
    # written after its body belongs to it, SPEC: 路政署鐵路拓展處)
    d.org("\n\n[[立法會財務委員會]]上周")
    d.date("財務委員會[[上周]]批准", "2026-W47", "")
    d.metric("撥款[[約89億元]]", "89e8", "元", "approx", "")
    d.org("。[[土木工程拓展署]]相關")
    d.date("指出，[[今年]]新田", Y, "")
    d.metric("已收回[[約38公頃]]", 38, "公顷", "approx", "")
    d.metric("補償[[約26億元]]", "26e8", "元", "approx", "")
    d.org("；[[路政署鐵路拓展處]]則已")
    d.metric("已向[[8間]]承建商", 8, "间", "exact", "")
    d.date("預計[[明年復活節]]前", "2027-03-28", "")
    d.metric("估值[[約350億元]]", "350e8", "元", "approx", "")
    # P9 planning (今日（25日）: the gloss is its own mention, SPEC; 兩幅 a
    # count before its measure word; 去年全年 -> 去年, 全年 outside,
    # GUIDELINES)
    d.org("\n\n[[規劃署]]今日")
    d.date("規劃署[[今日]]（25日）", "2026-11-25", "")
    d.date("今日（[[25日]]）表示", "2026-11-25", "")
    d.org("表示，[[城市規劃委員會]]（城規會）")
    d.org("（[[城規會]]）本月")
    d.date("（城規會）[[本月]]已通過", "2026-11", "")
    d.metric("比率由[[5倍]]提高", 5, "倍", "exact", "")
    d.metric("提高至[[6.5倍]]", "6.5", "倍", "exact", "")
    d.org("，[[城規會]]並將於")
    d.date("並將於[[本周五]]（27日）", "2026-11-27", "")
    d.date("本周五（[[27日]]）審議", "2026-11-27", "")
    d.metric("古洞北[[兩幅]]用地", 2, "幅", "exact", "")
    d.org("\u3002[[地政總署]]數據")
    d.date("顯示，[[今年首10個月]]北都", Y, "")
    d.metric("共有[[46宗]]", 46, "宗", "exact", "")
    d.date("較[[去年]]全年", LY, "")
    d.metric("全年的[[31宗]]", 31, "宗", "exact", "")
    d.metric("增加[[近五成]]", 50, "%", "approx", "")
    # P10 innovation land (two fields joined by 及 inside a bureau, one ORG;
    # 佔 then 約 touching the figure: approx inside the span)
    d.org("，[[創新科技及工業局]]表示")
    d.metric("首批[[約20公頃]]", 20, "公顷", "approx", "")
    d.metric("已完成[[約四成]]", 40, "%", "approx", "")
    d.org("；[[港深創新及科技園有限公司]]已落成")
    d.metric("已落成的[[3座]]大樓", 3, "座", "exact", SZ)
    d.metric("出租率達到[[78%]]", 78, "%", "exact", SZ)
    d.city("來自[[深圳]]、上海及北京")
    d.city("深圳、[[上海]]及北京")
    d.city("上海及[[北京]]的企業")
    d.metric("佔租戶[[約三成]]", 30, "%", "approx", BJ)
    # P11 labour and loans (名 and 人 units as written)
    d.org("受關注。[[建造業議會]]預計")
    d.metric("需要[[約1.8萬名]]工人", "1.8e4", "名", "approx", "")
    d.metric("缺口[[約4,600人]]", 4600, "人", "approx", "")
    d.org("；[[香港建造業總商會]]則指")
    d.date("鋼筋價格[[今年]]已上升", Y, "")
    d.metric("已上升[[約6%]]", 6, "%", "approx", "")
    d.org("\u3002[[中銀香港]]及東亞銀行")
    d.org("中銀香港及[[東亞銀行]]上月")
    d.date("東亞銀行[[上月]]牽頭", "2026-10", "")
    d.metric("安排[[約45億元]]", "45e8", "元", "approx", "")
    d.org("，[[東亞銀行]]相關負責人")
    d.date("貸款需求[[今年]]按年", Y, "")
    d.metric("增加[[約兩成]]。", 20, "%", "approx", "")
    # P12 the outlook (中原地產研究部: a department after its company, one
    # ORG; 全港 deictic; 聖誕 the coming one)
    d.city("與[[東京]]、新加坡")
    d.city("東京、[[新加坡]]的新市鎮")
    d.city("與[[深圳]]、東莞")
    d.city("深圳、[[東莞]]及廣州")
    d.city("東莞及[[廣州]]的產業")
    d.org("\u3002[[中原地產研究部]]預計")
    d.date("預計，[[明年]]北都新盤", NY, "")
    d.metric("供應[[約7,800伙]]", 7800, "伙", "approx", "")
    d.metric("一手供應[[約兩成]]", 20, "%", "approx", "")
    d.org("；[[香港測量師學會]]則提醒")
    d.date("建築成本[[今年]]已上升", Y, "")
    d.metric("已上升[[約4%]]", 4, "%", "approx", "")
    d.date("若[[聖誕]]前", "2026-12-25", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["香港", "全港", "深圳", "上海", "北京", "東京", "新加坡",
                   "東莞", "廣州", "內地", "城市", "前海", "洪水橋", "新田",
                   "古洞", "粉嶺", "凹頭", "牛潭尾", "皇崗", "蛇口", "北都",
                   "北部都會區", "港深", "本地"],
        "excluded": [
            # 全港 (deictic, SPEC), 內地 (a region), 城市 only inside the
            # ORG 城市規劃委員會; 前海 (x3: a zone of 深圳, inside the route
            # name and the station), 洪水橋 (x5: the station and the area),
            # 新田 (x2), 古洞 / 古洞北 (x4), 粉嶺 (x2), 凹頭, 牛潭尾 (x2),
            # 皇崗, 北都 (x9) and 北部都會區 (x2): districts, stations and
            # the region, no CITY; 港深 (x2, one-character abbreviations of
            # the route name; a third 港深 stands inside an ORG); 蛇口 only
            # inside 招商局蛇口; 本地 (本地鐵路服務: local)
            "佔[[全港]]一手", "來自[[內地]]企業", "至[[前海]]）", "往返[[前海]]的",
            "就[[前海]]段", "連同古洞站及[[洪水橋]]站", "（[[洪水橋]]至前海",
            "，[[洪水橋]]往返", "古洞北及[[洪水橋]]的", "屯馬綫[[洪水橋]]站",
            "通過[[洪水橋]]站", "及[[新田]]三個", "今年[[新田]]及", "連同[[古洞]]站",
            "位於[[古洞]]北的", "就[[古洞]]北及", "，[[古洞]]站於", "審議[[古洞]]北",
            "明年在[[粉嶺]]推出", "合作的[[粉嶺]]住宅", "設[[凹頭]]、",
            "、[[牛潭尾]]及新田", "新田及[[牛潭尾]]一帶", "新[[皇崗]]口岸",
            "[[北都]]鐵路首三季", "，[[北都]]將提供", "在[[北都]]持有",
            "用於[[北都]]首階段", "月[[北都]]私人土地", "，[[北都]]鐵路及",
            "為[[北都]]產業", "，[[北都]]項目", "，[[北都]]「軌道", "，明年[[北都]]新盤",
            "今年首三季[[北部都會區]]鐵路", "，[[北部都會區]]今年", "，[[港深]]西部鐵路",
            "發出[[港深]]西部鐵路", "[[本地]]鐵路服務",
            "其中[[新田]]科技城", "，[[新田]]科技城首批",
        ],
        "numbers_excluded": [],
        # 第二部分 (the second part of an agreement: an ordinal), 三個 (the
        # collective label of three listed stops, GUIDELINES), 一般, 一帶 (words),
        # 一位 (an indefinite), 一手 (first-hand sales)
        "cn_excluded": ["北環綫第[[二]]部分", "新田[[三]]個中途站",
                        "，[[一]]般公屋", "[[一]]位學者", "全港[[一]]手",
                        "牛潭尾[[一]]帶"],
        "collectives": [("凹頭、牛潭尾及新田[[三]]個中途站", 3)],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x3, year-on-year), 每日 (daily),
        # 全年 (after 去年, outside the span, GUIDELINES); 目前 is no time
        # character
        "words_excluded": {"按年": 3, "每日": 1, "全年": 1, "同期": 0,
                           "當天": 0},
        # generic heads outside ORG rows: 公司 (合營公司: a kind), 政府
        # (政府會以批出: read back), 財團 (consortia), 發展商 (x2, a kind),
        # 承建商 (x2); 局, 署, 委員會, 協會, 學會, 商會, 議會, 銀行, 集團
        # only inside ORGs
        "orgwords_excluded": {"公司": 1, "政府": 1, "財團": 1, "發展商": 2,
                              "承建商": 2, "局": 0, "署": 0, "委員會": 0,
                              "協會": 0, "學會": 0, "商會": 0, "銀行": 0,
                              "集團": 0, "議會": 0},
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
    元旦, 圣诞), a lunar one from the table of 正月初一, Western Easter
    computed (复活节, GUIDELINES; new here); 今年/明年/去年 in
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


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (new here)
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause (平均轮候时间为5.1年, 缩短0.4年, 缩短至约25分钟) or a verb
    of change right after it (约70分钟缩短至: the baseline); otherwise it is
    a duration, no METRIC (GUIDELINES; new here)."""
    if r["type"] != "METRIC" or r["unit"] not in TIME_UNITS:
        return
    clause = re.split("[，,。；;！？\n]", d.text[:r["start"]])[-1]
    after = d.text[r["end"]:r["end"] + 2]
    assert any(c in clause for c in STAT_CUES) or after in CHANGE_VERBS, (
        "a time figure without a statistic cue", r)


def check_collective(d, ctx, n):
    """A small count in Chinese numerals right after a list of as many items
    (、, and 和/及/与 before the last) is a collective label for the list, no
    METRIC (GUIDELINES; SPEC 两地, 五市): the declared span is that numeral,
    the clause before it ends with a list of exactly n items, each of one to
    eight characters with no digit, particle or preposition (new here)."""
    span, places = d._locate(ctx, 1)
    (s, e), = places
    assert CN_DIGIT.get(span) == n, (ctx, n)
    clause = re.split("[，,。；;！？\n（）]", d.text[:s])[-1]
    items = re.split("、|和|及|與|与", clause)
    assert len(items) >= n, (ctx, items)
    listed = items[-n:]
    assert all(1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
               for x in listed), (ctx, listed)
    # the list is the whole clause tail: what stands before the first item
    # (if anything) ends the list with no joiner
    rest = items[:-n]
    assert not rest or len(rest) == 1, (ctx, items)
    assert not any(r["start"] < e and s < r["end"] for r in d.rows
                   if r["type"] == "METRIC"), ctx
    return s, e


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
            # the declared characters stand on the byline (line 3), after
            # its outlet and before every span of the body (annotate_tb.py,
            # annotate_jc.py; the byline's ORG 证券时报 before the name is
            # allowed here): offsets counted in UTF-16 units would be one
            # too high for every row of the body
            lines = d.text.split("\n")
            byline = len(lines[0]) + 1 + len(lines[1]) + 1
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    byline <= s and e <= k and r["type"] == "ORG"), r
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
            check_time_metric(d, r)
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
    # whose text is declared for it (here 恒 in 恒基兆業地產;
    # annotate_ja.py, annotate_lb.py, annotate_kb.py)
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

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]
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
            # t2s leaves the simplified article alone but at the declared
            # characters, each standing only in its declared word (昇 of
            # 华为's 昇腾, the brand's own mainland spelling, which t2s
            # turns into 升; new here)
            assert len(s) == len(d.text), d.doc_id
            diff = {i for i, (a, b) in enumerate(zip(d.text, s)) if a != b}
            allowed = T2S_KEPT.get(d.doc_id, {})
            for i in diff:
                c = d.text[i]
                assert c in allowed, (f"{d.doc_id}: not simplified "
                                      "throughout", c, i)
            for c, (word, k) in allowed.items():
                places = [m.start() + word.index(c) for m in
                          re.finditer(re.escape(word), d.text)]
                assert len(places) == k == d.text.count(c), (d.doc_id, c)
                assert set(places) == {i for i in diff
                                       if d.text[i] == c}, (d.doc_id, c)
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
