#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g213_baijiu_makers_city_economies and g214_macao_telecom_5g_digital
(annotator GC).

Adapted from the precedent set's tools/annotate_hc.py (now dev/tools/annotate_g207_g208.py) (/tmp/ho37/precedent:
a GBK mainland article and a Macao traditional article, the pair closest to
mine; copied and the data changed), with annotate_ha.py's check_collective
and annotate_hb.py's check_time_metric.  It keeps the checks of
annotate_hc.py and its predecessors: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, the OpenCC t2s-then-s2hk round trip and the s2t
check of the Macao article, audits of digits, Latin words, Chinese numerals,
time characters, city strings, ORG words and ORG strings, the independent
`city` rule computed and asserted against my hand value on every DATE/METRIC
row, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date (本周四 to the day of its
week, 上周 to its ISO week, 昨日, 昨（廿二）日), 上月 as a baseline after a
comparison word, the bare-day month rule, a bare month, day or quarter in
the reference year, 去年同期 a year before its sentence's period, the
bracketed gloss, the 上季 check, the range check, the precision check, the
约占 check, markers before, touching and after a span, 约为/约有 as
separated markers, the declared shared unit, the collective label, the time
unit, the declared organizations of each article, the narrowest codec.  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded (no BOM in either file):

- g213 is simplified (mainland, 华夏时报, 2026-11-22), stored as GBK
  without a BOM (the title's 白 = B0 D7 opens the file).  One character is
  outside GB2312: 玥 (U+73A5, GBK AB 68: a trail byte below A1, GBK/4) of
  the reporter's name 孟玥 on the byline 华夏时报（www.chinatimes.net.cn）记者
  孟玥 北京报道, once, in no span, so Python's gb2312 fails on the file while
  gbk, cp936 and gb18030 read it alike.  Every other line is GB2312 byte for
  byte; every non-ASCII character is two bytes.  OpenCC t2s leaves the
  article unchanged.
- g214 is traditional (Macao, 澳門日報, 2026-11-23), stored as Big5-HKSCS
  without a BOM (the title's 澳 = BF 44 opens the file).  Two characters
  are outside plain Big5 and cp950, in Big5-HKSCS only: 着 (U+7740, FE D3)
  of 意味着 and 氹 (U+6C39, 9C AE) of 氹仔 (the Macao island), once each,
  in no span; big5 and cp950 fail on the file, big5hkscs reads it, and
  every other line is plain Big5 (and cp950) byte for byte.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao, Hong
  Kong and foreign cities by their common mainland name: 巴塞隆拿 ->
  巴塞罗那).  A Macao text (Macao named at least twice): Macao bodies
  without a place in their names (郵電局, 行政公職局, 旅遊局 …) stand alone
  as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho37/precedent:
README, NOTES_ha/hb/hc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g213_g214.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_hc.py: the GBK block declares 玥 of 孟玥 (a trail
byte below A1, as annotate_ic.py's 鲀; annotate_hc.py's 喆 had the lead
byte below A1).  annotate_hc.py's UTF-8-WITH-BOM block for the Macao
article becomes a BIG5-HKSCS block (no BOM): two bytes a non-ASCII
character, the declared characters outside plain Big5 each with its
Big5-HKSCS bytes (a lead byte outside plain Big5's A1-F9), only in its
declared word with its declared count and in no span, no character that
big5hkscs decodes to two code points, every other line plain Big5 and cp950
byte for byte, and the GB codecs, UTF-8 and UTF-16 fail or read another
text.  The Macao forms of the s2hk round trip: 周/週 (上周, 本周四, 黃金周)
and 戶/户 (用戶, 商戶, 賬戶, 每戶); the s2t check allows 里 of 阿里巴巴 and
台 of 平台.  The holiday table: 今年国庆, 元旦, 春节; 今年國慶, 聖誕, 元旦,
明年農曆新年.  Units 元, %, 百分点, 家, 个月, 人次, 吨, 美元, 件 and 户, %,
TB, GB, 百分点, 个, 澳门元, 次, 项, 笔, 间, 人次, 宗, 人, 名, PFLOPS, Mbps.
New here: a range sharing its unit (100至300元, 148至298澳門元) and a
registered name with its city in front and the short form the article gives
(宜宾五粮液股份有限公司（以下简称“五粮液”）).
Re-run (from anywhere):

    python3 dev/tools/annotate_g213_g214.py
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
G213 = "g213_baijiu_makers_city_economies"
G214 = "g214_macao_telecom_5g_digital"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G213: ("gbk", b"", False, "2026-11-22", "华夏时报"),
    G214: ("big5hkscs", b"", True, "2026-11-23", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G213: [], G214: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 玥 of
# the reporter's name 孟玥 on the byline, once, in no span
OUTSIDE_GB2312 = {G213: {"玥": b"\xab\x68"}}
OUTSIDE_GB2312_WORD = {G213: {"玥": ("孟玥", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_ic.py's byline dot): none here
GB2312_READS_OTHER = {G213: {}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# Macao's character set, has them), with their Big5-HKSCS bytes, the word
# each stands in and its count: 着 of 意味着 (as Macao's papers write it)
# and 氹 of 氹仔 (the island of Macao), once each, in no span
OUTSIDE_BIG5 = {G214: {"着": False, "氹": False}}   # False: cp950 lacks it
OUTSIDE_BIG5_BYTES = {G214: {"着": b"\xfe\xd3", "氹": b"\x9c\xae"}}
OUTSIDE_BIG5_WORD = {G214: {"着": ("意味着", 1), "氹": ("氹仔", 1)}}
# the first character of each file (no BOM), with its bytes
FIRST_CHAR = {G213: ("白", b"\xb0\xd7"), G214: ("澳", b"\xbf\x44")}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 郵電局, 行政公職局 …, are ORGs in a text that
# names the region at least twice)
MACAO = {G214}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_hc.py's list, with the telecom words of g214 added)
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈审预议编质询职补规桥绿蓝黄红枢纽缩办险债"
                   "础获亏损扩须户艺术动绩项间树赛钱码终费宝丰储汇转账诈骗执粤横"
                   "宪节师复纪购换凭阶级样厢舱吗气钢积厂风负载组装网检应"
                   "费标补贴询问鉴继证监筹闭盘涨势额权龄兑汇润"
                   "贴东补处设筑营纠纷诉请审签宁乐荣兴苏盖联块规邻"
                   "镇县乡导体圆测储亚弹备电脑"
                   "运输览机厦关务舱视闸拥奖载货"
                   "门营业额鲜统计处调饮创历动态协连锁龙头乐尔仅显"
                   "并营净资团缔结计传无态点试贩卖机药妆复圣诞节预购礼"
                   "凯观顾产业资讯规带赖会员经济过劳动涨补乡导节"
                   "辆颗换环阳腾华叶铃陆车东罗达义桥边层领"
                   "远丰纺梦风汉广诗兰图鉴凤娇宽毕"
                   "库减压灯览厂级吨积涨缴办换规应调"
                   "医疗护诊给险剂寿监纪设属辖"
                   "药剂册监临贸论坛济术颗劳验检测硕养补胶参归缩压"
                   "农历圣诞预计门诊馆壮顺达续实验队专"
                   "债托结挂认购数发销场币欧卢亚评级审议统筹联网贸账户试点见证"
                   "额净内资产总贷蓝订员"
                   "讯络频骗诈柜云节录备径户营运")
# the forms Macao's papers write where OpenCC s2hk writes others (text,
# s2hk): 周 of 上周/本周四/黃金周 (s2hk 週) and 戶 of 用戶, 商戶, 賬戶,
# 每戶 (s2hk 户), as annotate_hc.py declared them
MACAO_FORMS = {("周", "週"), ("戶", "户")}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): 里 (阿里巴巴), 台 (平台,
# which s2hk keeps too; annotate_hb.py's 平台)
S2T_ALLOWED = {G214: {"里", "台"}}
# Holidays the articles name, by their exact span (2025-2027).
# g213 (mainland, 2026-11-22): 今年国庆 2026-10-01 (a year word before a
# holiday is inside the span; 假期 outside); 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027), the coming ones (随着…临近).
# g214 (Macao, 2026-11-23): 今年國慶 2026-10-01 (Macao keeps the PRC's
# National Day; 黃金周期間 outside); 聖誕 2026-12-25 and 元旦 2027-01-01,
# the coming ones (將至); 明年農曆新年 2027-02-06 (農曆新年 is 春节; 明年
# inside the span, 前 outside).
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland and Macao keep the PRC's
# National Day (10-01).
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "國慶": (10, 1),
                  "聖誕": (12, 25), "聖誕節": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3, days=1)


LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "農曆新年": _SPRING, "农历新年": _SPRING,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "冬至", "重阳", "重陽")


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g213 (2026: the municipality 北京; the prefecture-level 遵义 (贵州),
    # 宜宾, 泸州 (四川), 宿迁, 淮安 (江苏), 亳州 (安徽); the county-level
    # 仁怀 (遵义, 贵州), 汾阳 (吕梁, 山西), 吉首 (湘西州, 湖南), 射洪 (遂宁,
    # 四川, a city since 2019); 香港 and the foreign 新加坡, 吉隆坡, 迪拜,
    # 东京 by their common names)
    "北京": "北京市", "仁怀": "仁怀市", "遵义": "遵义市", "宜宾": "宜宾市",
    "泸州": "泸州市", "汾阳": "汾阳市", "宿迁": "宿迁市", "淮安": "淮安市",
    "亳州": "亳州市", "吉首": "吉首市", "射洪": "射洪市", "香港": "香港",
    "新加坡": "新加坡", "吉隆坡": "吉隆坡", "迪拜": "迪拜", "东京": "东京",
    # g214 (traditional spans; 澳門, 香港 by their common names; 杭州
    # (浙江), 珠海, 中山, 江門 (广东) with 市; 巴塞隆拿, Hong Kong's and
    # Macao's spelling, by the mainland standard name 巴塞罗那 (SPEC))
    "澳門": "澳门", "杭州": "杭州市", "珠海": "珠海市", "中山": "中山市",
    "江門": "江门市", "巴塞隆拿": "巴塞罗那",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "吉隆坡", "迪拜", "东京", "澳门", "巴塞罗那"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): Hong Kong's and
# Macao's 巴塞隆拿 is the mainland's 巴塞罗那 (SPEC: 雪梨 -> 悉尼)
CITY_ALIAS = {"巴塞隆拿": "巴塞罗那"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "郵電局": "邮电局", "中信國際電訊": "中信国际电讯",
    "澳門電訊": "澳门电讯", "CTM": "CTM",
    "中國電信（澳門）有限公司": "中国电信（澳门）有限公司",
    "和記電話（澳門）有限公司": "和记电话（澳门）有限公司",
    "MTel電信有限公司": "MTel电信有限公司",
    "經濟及科技發展局": "经济及科技发展局", "特區政府": "特区政府",
    "阿里巴巴集團": "阿里巴巴集团", "行政公職局": "行政公职局",
    "華為": "华为", "騰訊": "腾讯", "個人資料保護局": "个人资料保护局",
    "澳門大學": "澳门大学", "行政法務司": "行政法务司", "金管局": "金管局",
    "澳門通股份有限公司": "澳门通股份有限公司",
    "中國銀行澳門分行": "中国银行澳门分行", "工銀澳門": "工银澳门",
    "大豐銀行": "大丰银行", "澳門國際銀行": "澳门国际银行",
    "旅遊局": "旅游局", "支付寶": "支付宝", "微信支付": "微信支付",
    "司法警察局": "司法警察局", "消費者委員會": "消费者委员会",
    "廣東省通信管理局": "广东省通信管理局", "統計暨普查局": "统计暨普查局",
    "澳門科技大學": "澳门科技大学", "科學技術發展基金": "科学技术发展基金",
    "科技基金": "科技基金", "澳門理工大學": "澳门理工大学",
    "經濟財政司": "经济财政司",
}


CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}      # ISO weekday numbers (datetime.fromisocalendar)



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


def cn_whole(s):
    """1-9999 in Chinese numerals with 千/百/十 (一百二十六, 三十八, 三十一;
    new in annotate_ic.py): each digit before its place character, 十 alone
    at the head standing for 一十; a 零 between places is allowed.  Two
    digits side by side (两三, 七八) are vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:([一二两兩三四五六七八九])千)?零?"
                     r"(?:([一二两兩三四五六七八九])百)?零?"
                     r"(?:([一二两兩三四五六七八九]?)十)?"
                     r"([一二三四五六七八九]?)", s)
    assert m and s and not re.search("[一二三四五六七八九]{2}", s), s
    dg = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
    v = 0
    if m.group(1):
        v += dg[m.group(1)] * 1000
    if m.group(2):
        v += dg[m.group(2)] * 100
    if "十" in s:
        v += (dg[m.group(3)] if m.group(3) else 1) * 10
    if m.group(4):
        v += dg[m.group(4)]
    assert v > 0, s
    return v


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
            for b in (BOM8, BOM16LE, BOM16BE):     # one BOM only
                assert not raw.startswith(b), f"{doc_id}: second BOM"
        else:
            for b in (BOM8, BOM16LE, BOM16BE):
                assert not raw.startswith(b), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = {}         # declared character -> (word, count)
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (new in annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gbk":        # GBK proper (annotate_jb.py's block, after
            # annotate_kc.py's): the characters Python's gb2312 cannot write
            # are exactly the declared ones: those outside GB2312, and the
            # GB2312 bytes gb2312 reads as another character (new here)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            declared = OUTSIDE_GB2312[doc_id]
            other = GB2312_READS_OTHER.get(doc_id, {})
            assert outside == sorted(set(declared) | set(other)), (
                doc_id, outside)
            assert declared, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared,
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                # in GBK's extension area: a lead or a trail byte below A1,
                # which no GB2312 decoder reads (annotate_hc.py's 喆 86 B4
                # had the lead byte below A1, GBK/3; here 玥 AB 68 has a
                # trail byte below A1 and below 80 too, GBK/4, so the range
                # check follows GBK: lead 81-FE, trail 40-FE but 7F; the
                # precedent's "both bytes from 81 up" would refuse it)
                assert len(code) == 2 and 0x81 <= code[0] <= 0xFE and \
                    0x40 <= code[1] <= 0xFE and code[1] != 0x7F, c
                assert (code[0] < 0xA1 or code[1] < 0xA1) and \
                    not decodes(code, "gb2312"), c
                word, k = OUTSIDE_GB2312_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            for c, (code, seen, word, k) in other.items():
                # GBK writes the character with GB2312 bytes that Python's
                # gb2312 reads as another character (· A1 A4 -> ・)
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert code.decode("gb2312") == seen != c, (doc_id, c)
                assert code.decode("gb18030") == code.decode("cp936") == c
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for o in ("cp936", "gb18030"):          # the GB family reads it
                assert raw.decode(o) == self.text, (doc_id, o)
            for o in ("big5", "cp950", "big5hkscs", "utf-16", "utf-16-le",
                      "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != \
                    self.text, (doc_id, o)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a character outside GB2312 is GB2312 byte
            # for byte, read back by gb2312 as the text but for the declared
            # readings (· -> ・ on the byline line, line 3)
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in declared for c in line):
                    back = line.encode(enc).decode("gb2312")
                    want = "".join(other[c][1] if c in other else c
                                   for c in line)
                    assert back == want, line
            for c in other:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
        if enc == "big5hkscs":  # BIG5-HKSCS WITHOUT A BOM (new here, after
            # annotate_hc.py's UTF-8 block for a Macao article and
            # annotate_ic.py's Big5 declarations): no BOM (checked above),
            # two bytes a non-ASCII character, so a count in code points and
            # one in bytes differ after the title's first character
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # Python's big5hkscs reads a few byte pairs as two code points
            # (a letter and a combining mark): none here
            assert not any(unicodedata.combining(c) for c in self.text)
            # the GB codecs, UTF-8 and UTF-16 fail on it or read another
            # text (annotate_ka.py's check)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # the characters outside plain Big5 are exactly the declared
            # ones, each outside (or inside) cp950 as declared, inside
            # Big5-HKSCS with its declared bytes (a lead byte outside plain
            # Big5's A1-F9: HKSCS's own area), and only in its declared word
            # with its declared count (in no span: checked per row)
            declared = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c in outside:
                assert enc_ok(c, "cp950") == declared[c], (doc_id, c)
                code = OUTSIDE_BIG5_BYTES[doc_id][c]
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert not 0xA1 <= code[0] <= 0xF9, (doc_id, c)
                assert not decodes(code, "big5") and \
                    not decodes(code, "cp950"), (doc_id, c)
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            # every line without a declared character is plain Big5 and
            # cp950 byte for byte (the file would be a Big5 file but for
            # them), and the line holding one is plain Big5 elsewhere
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    b = line.encode(enc)
                    assert b == line.encode("big5") == line.encode("cp950"), \
                        line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(declared), line):
                        assert part.encode(enc) == part.encode("big5"), part
        if doc_id in MACAO:     # a Macao text (annotate_jc.py): the region
            # is named at least twice (GUIDELINES: Macao bodies without a
            # place, 統計暨普查局, 經濟財政司 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
        if self.traditional:    # every character Big5-HKSCS
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
        else:                   # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: Taiwan markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d[）)]?年", self.text), doc_id
        else:                   # a mainland or Macao text writes no Taiwan
            for w in TAIWAN_MARKERS:                # marker and no bare 2-3
                assert w not in self.text, (doc_id, w)       # digit year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), doc_id
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
                assert re.match(r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*"
                                r"(\.\d+)?[万萬亿億]?"
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
# g213 Baijiu makers and the cities that live on them, November 2026: the
# byline 华夏时报（www.chinatimes.net.cn）记者 孟玥 北京报道 (the outlet, the
# declared 玥, the CITY 北京); the listed distillers' 三季度 reports (今年前
# 三季度 against 上半年), 国家统计局 (今年1月至10月 against 去年同期),
# 中国酒业协会 昨日; the leaders (贵州茅台, 五粮液, 山西汾酒, 泸州老窖, 洋河
# 股份, 今世缘, 古井贡酒, 舍得酒业, 酒鬼酒, 帝亚吉欧 and 水井坊); prices
# (本月中旬 against 年初; 中国酒类流通协会 上月, 两年前); channels (华致酒行
# 9月底, 年初; 酒仙网 今年; 美团闪购 10月; 京东 上周, 11月1日至15日); the
# cities: 仁怀 (仁怀市统计局, 上半年), 遵义 (遵义市商务局, 今年国庆), 宜宾
# (宜宾市酒业发展局, 宁德时代), 泸州 (泸州市商务和会展局 明年3月, 泸州老窖,
# 郎酒, 泸州银行), 汾阳, 宿迁 and 淮安 (两市), 亳州 (两年前), 吉首 (中粮集团
# and 酒鬼酒), 射洪 (舍得酒业), 四川轻化工大学; exports (海关总署 今年前10个
# 月 with 香港; 贵阳海关, 成都海关; 贵州茅台 上月 in 新加坡, 吉隆坡, 迪拜;
# 五粮液 明年一季度 in 东京; 珍酒李渡 上周 at 港交所); policy (四川省经济和
# 信息化厅 本月初, 2030年; 仁怀市人民政府 上周; 市场监管总局 上月); the
# outlook (明年, 华创证券, 元旦, 春节, 明年下半年; 中国酒业协会 今年, 明年一
# 季度).  Simplified, GBK without BOM, 2026-11-22 (a Sunday, ISO week
# 2026-W47), 华夏时报.  昨日 2026-11-21; 上周 2026-W46; 上月 2026-10;
# 明年 2027; 两年前 2024; 去年同期 2025 (after 今年1月至10月).
# ===========================================================================
@doc
def g213():
    d = Doc(G213)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    Q3 = "2026-Q3"
    RH, ZY, YB, LZ, FY = "仁怀市", "遵义市", "宜宾市", "泸州市", "汾阳市"
    HA, BZ, HK = "淮安市", "亳州市", "香港"
    SG, DB, TK = "新加坡", "迪拜", "东京"
    # title (a heading that opens with no city: no city section; its second
    # half after the space holds no DATE or METRIC)
    d.date("公司[[前三季度]]营收", Y, "")
    d.metric("营收下降[[2.6%]] 产酒", "2.6", "%", "exact", "")
    # byline line: the outlet (SPEC: news outlets in bylines are ORG), its
    # web address in brackets (no ORG), the declared 玥 in no span, and the
    # CITY the report was filed from (precedent IA's 記者…／台北報導); a
    # heading that opens with an ORG: no city section
    d.org("[[华夏时报]]（www")
    d.city("孟玥 [[北京]]报道")
    # P1 the listed distillers, the statistics bureau, the association
    d.metric("梳理[[20家]]白酒", 20, "家", "exact", "")
    d.date("披露的[[三季度]]报告", Q3, "")
    d.date("发现，[[今年前三季度]]上述", Y, "")
    d.metric("营业收入[[约3256亿元]]", "3256e8", "元", "approx", "")
    d.metric("同比下降[[2.6%]]；", "2.6", "%", "exact", "")
    d.metric("净利润[[约1171亿元]]", "1171e8", "元", "approx", "")
    d.metric("同比下降[[4.3%]]", "4.3", "%", "exact", "")
    d.date("降幅较[[上半年]]扩大", Y, "")
    # 扩大约: 约 belongs to the figure, not to 扩大 (GUIDELINES: 大约 never
    # starts inside a word, 扩大约18% -> 约18%)
    d.metric("扩大[[约2个百分点]]", 2, "百分点", "approx", "")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]全国", OCT, "")
    # after a range of months of one year: the year (GUIDELINES)
    d.date("较[[去年同期]]减少", LY, "")
    d.metric("减少[[6.8%]]。", "6.8", "%", "exact", "")
    d.org("。[[中国酒业协会]]昨日")
    d.date("协会[[昨日]]发布", "2026-11-21", "")
    d.metric("升至[[约78%]]。", 78, "%", "approx", "")
    # P2 the leaders
    d.org("。[[贵州茅台]]前三季度")
    d.date("茅台[[前三季度]]实现", Y, "")
    d.metric("总收入[[约1356亿元]]", "1356e8", "元", "approx", "")
    d.metric("同比增长[[3.6%]]", "3.6", "%", "exact", "")
    # the registered name with its city in front (SPEC 常州江南农村商业银行:
    # no CITY 宜宾) and the short form the article gives (GUIDELINES 以下简称)
    d.org("；[[宜宾五粮液股份有限公司]]（")
    d.org("简称“[[五粮液]]”）")
    d.metric("”）营收[[约571亿元]]", "571e8", "元", "approx", "")
    d.metric("同比下降[[6.2%]]", "6.2", "%", "exact", "")
    d.org("。[[山西汾酒]]、")
    d.org("、[[泸州老窖]]营收")
    d.metric("分别[[约338亿元]]、", "338e8", "元", "approx", "")
    d.metric("、[[约214亿元]]，", "214e8", "元", "approx", "")
    d.metric("分别增长[[2.7%]]、", "2.7", "%", "exact", "")
    d.metric("、下降[[7.4%]]。", "7.4", "%", "exact", "")
    d.org("。[[洋河股份]]、")
    d.org("、[[今世缘]]、")
    d.org("、[[古井贡酒]]三季度")
    d.date("贡酒[[三季度]]单季", Q3, "")
    d.metric("均[[超过两成]]，", 20, "%", "over", "")
    d.org("，[[舍得酒业]]、")
    d.org("、[[酒鬼酒]]三季度")
    d.date("酒鬼酒[[三季度]]出现", Q3, "")
    # 旗下 between: two ORGs (GUIDELINES 全联旗下全支付)
    d.org("，[[帝亚吉欧]]旗下")
    d.org("旗下的[[水井坊]]则")
    # P3 prices (每瓶 before a figure is outside it, GUIDELINES 每平方米)
    d.org("，[[贵州茅台]]主力")
    d.date("批发价[[本月中旬]]为", NOV, "")
    d.metric("每瓶[[约1680元]]", 1680, "元", "approx", "")
    d.date("较[[年初]]下跌", Y, "")
    d.metric("下跌[[约16%]]", 16, "%", "approx", "")
    d.org("；[[五粮液]]核心")
    d.metric("每瓶[[790元左右]]", 790, "元", "approx", "")
    d.metric("倒挂[[超过100元]]", 100, "元", "over", "")
    d.org("。[[中国酒类流通协会]]上月")
    d.date("协会[[上月]]发布", OCT, "")
    # 平均 is the statistic cue for a time unit; 约为 a separated marker
    d.metric("周期约为[[5.6个月]]", "5.6", "个月", "approx", "", sep="约")
    d.date("长于[[两年前]]，", "2024", "")
    d.metric("，[[近四成]]经销商", 40, "%", "approx", "")
    # P4 channels
    d.org("。[[华致酒行]]前三季度")
    d.date("酒行[[前三季度]]营收", Y, "")
    d.metric("营收[[约61亿元]]", "61e8", "元", "approx", "")
    d.date("截至[[9月底]]门店", "2026-09", "")
    d.date("数量较[[年初]]减少", Y, "")
    d.metric("减少[[约300家]]", 300, "家", "approx", "")
    d.org("；[[酒仙网]]相关")
    d.date("表示，[[今年]]以来公司", Y, "")
    d.metric("已将[[约三成]]营销", 30, "%", "approx", "")
    # 美团闪购: 闪购 after a platform names its business (GUIDELINES)
    d.org("。[[美团闪购]]数据")
    d.date("显示，[[10月]]白酒", OCT, "")
    d.metric("同比增长[[约45%]]", 45, "%", "approx", "")
    # a range: the first figure shares the unit written after the second
    # (SPEC 30至80笔)
    d.metric("单价[[100]]至300元", 100, "元", "exact", "", shared="元")
    d.metric("100至[[300元]]的", 300, "元", "exact", "")
    d.metric("占比[[约四成]]；", 40, "%", "approx", "")
    d.org("；[[京东]]上周")
    d.date("京东[[上周]]发布", "2026-W46", "")
    d.date("显示，[[11月1日]]至15日", "2026-11-01", "")
    d.date("11月1日至[[15日]]平台", "2026-11-15", "")
    d.metric("同比增长[[约7%]]，但", 7, "%", "approx", "")
    # a bare magnitude with a unit and a marker after it (GUIDELINES
    # 万亿元以上, 百亿元左右)
    d.metric("但[[千元以上]]产品", 1000, "元", "over", "")
    d.metric("同比下降[[约9%]]。", 9, "%", "approx", "")
    # P5 仁怀 and 遵义
    d.org("。[[仁怀市统计局]]数据")
    d.city("贵州[[仁怀]]今年")
    d.date("仁怀[[今年前三季度]]地区", Y, RH)
    d.metric("生产总值[[约1524亿元]]", "1524e8", "元", "approx", RH)
    d.metric("同比增长[[3.1%]]", "3.1", "%", "exact", RH)
    d.date("增速较[[上半年]]回落", Y, RH)
    d.metric("回落[[约1.5个百分点]]", "1.5", "百分点", "approx", RH)
    d.metric("产值[[约1290亿元]]", "1290e8", "元", "approx", "")
    d.metric("比重[[超过九成]]，", 90, "%", "over", "")
    d.date("，[[今年]]基酒", Y, "")
    d.metric("预计[[约41万吨]]。", "41e4", "吨", "approx", "")
    d.org("除[[贵州茅台]]外")
    d.city("，[[仁怀]]约1600家")
    d.metric("仁怀[[约1600家]]", 1600, "家", "approx", RH)
    d.date("中，[[今年]]已有", Y, RH)
    d.metric("已有[[近两成]]停产", 20, "%", "approx", RH)
    d.org("。[[遵义市商务局]]则")
    d.date("表示，[[今年国庆]]假期", "2026-10-01", ZY)
    d.city("假期[[遵义]]接待")
    d.metric("游客[[约860万人次]]", "860e4", "人次", "approx", ZY)
    d.metric("同比增长[[约5%]]", 5, "%", "approx", ZY)
    d.metric("占比[[约18%]]。", 18, "%", "approx", ZY)
    # P6 宜宾 and 泸州
    d.city("四川的[[宜宾]]、")
    d.city("宜宾、[[泸州]]同样")
    d.org("。[[宜宾市酒业发展局]]介绍")
    d.city("介绍，[[宜宾]]白酒")
    d.date("宜宾白酒产业[[前三季度]]", Y, YB)
    d.metric("营收[[约1187亿元]]", "1187e8", "元", "approx", YB)
    d.metric("同比下降[[5.2%]]", "5.2", "%", "exact", YB)
    d.org("以[[宁德时代]]为")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", YB)
    d.city("。[[泸州]]方面")
    d.org("，[[泸州市商务和会展局]]相关")
    d.date("表示，[[明年3月]]将", "2027-03", LZ)
    d.city("将在[[泸州]]举办")
    d.metric("已有[[约1100家]]企业", 1100, "家", "approx", LZ)
    d.org("，[[泸州老窖]]、郎酒")
    d.org("、[[郎酒]]等企业")
    d.org("；[[泸州银行]]前三季度")
    d.date("银行[[前三季度]]向", Y, "")
    d.metric("贷款[[约46亿元]]", "46e8", "元", "approx", "")
    d.metric("贷款率为[[1.32%]]", "1.32", "%", "exact", "")
    # P7 the other regions
    d.org("。[[山西汾酒]]所在")
    d.city("所在的[[汾阳]]今年")
    d.date("汾阳[[今年前三季度]]白酒", Y, FY)
    d.metric("产值[[约412亿元]]", "412e8", "元", "approx", FY)
    d.metric("同比增长[[约4%]]", 4, "%", "approx", FY)
    d.city("江苏[[宿迁]]、")
    d.city("宿迁、[[淮安]]两市")
    d.metric("下降[[约11%]]、", 11, "%", "approx", HA)
    d.metric("、[[约7%]]，洋河", 7, "%", "approx", HA)
    d.org("，[[洋河股份]]和")
    d.org("和[[今世缘]]贡献")
    d.org("。[[古井贡酒]]所在")
    d.city("安徽[[亳州]]，")
    d.date("由[[两年前]]的", "2024", BZ)
    d.metric("的[[约45%]]降至", 45, "%", "approx", BZ)
    d.metric("降至[[约38%]]。", 38, "%", "approx", BZ)
    d.org("。[[中粮集团]]旗下")
    d.org("旗下[[酒鬼酒]]所在")
    d.city("湖南[[吉首]]、")
    d.org("、[[舍得酒业]]所在")
    d.city("四川[[射洪]]，")
    d.org("。[[四川轻化工大学]]一位")
    # P8 exports
    d.org("。[[海关总署]]数据")
    d.date("显示，[[今年前10个月]]我国", Y, HK)
    d.metric("出口额[[约7.8亿美元]]", "7.8e8", "美元", "approx", HK)
    d.metric("同比增长[[约12%]]，其中", 12, "%", "approx", HK)
    d.city("经[[香港]]转口")
    # 约占: the marker before 占 qualifies the share (GUIDELINES 约占)
    d.metric("约占[[四成]]。", 40, "%", "approx", HK, sep="约")
    d.org("。[[贵阳海关]]统计")
    d.date("贵州[[前三季度]]出口", Y, "")
    d.metric("货值[[约36亿元]]", "36e8", "元", "approx", "")
    d.metric("同比增长[[约15%]]；", 15, "%", "approx", "")
    d.org("；[[成都海关]]监管")
    d.metric("则增长[[约9%]]。", 9, "%", "approx", "")
    d.org("。[[贵州茅台]]上月")
    d.date("茅台[[上月]]在", OCT, SG)
    d.city("在[[新加坡]]、")
    d.city("、[[吉隆坡]]、")
    d.city("、[[迪拜]]举办")
    d.org("，[[五粮液]]计划")
    d.date("计划于[[明年一季度]]在东京", "2027-Q1", DB)
    d.city("在[[东京]]开设")
    d.org("，[[珍酒李渡]]也")
    d.date("也于[[上周]]在", "2026-W46", TK)
    d.org("在[[港交所]]公告")
    # P9 policy
    d.org("。[[四川省经济和信息化厅]]本月初")
    d.date("信息化厅[[本月初]]印发", NOV, "")
    d.date("提出到[[2030年]]全省", "2030", "")
    d.metric("营收[[突破5000亿元]]；", "5000e8", "元", "over", "")
    d.org("；[[仁怀市人民政府]]上周")
    d.date("人民政府[[上周]]宣布", "2026-W46", "")
    d.date("基金，[[今年]]以来当地", Y, "")
    # a bare magnitude with a marker (GUIDELINES 近百, 上千)
    d.metric("酒厂[[逾百家]]。", 100, "家", "over", "")
    d.org("。[[市场监管总局]]上月")
    d.date("总局[[上月]]通报", OCT, "")
    d.date("通报，[[今年]]以来各地", Y, "")
    d.metric("案件[[约2300件]]", 2300, "件", "approx", "")
    d.metric("金额[[约4.6亿元]]。", "4.6e8", "元", "approx", "")
    # P10 the outlook
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[华创证券]]一位")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    # several months of a year give the year (SPEC 上半年); 明年 attached
    d.date("有望在[[明年下半年]]逐步", NY, "")
    d.org("。[[中国酒业协会]]预计")
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("收窄至[[3%以内]]", 3, "%", "under", "")
    d.date("，[[明年一季度]]头部", "2027-Q1", "")
    audit = {
        "orgs": ["华夏时报", "国家统计局", "中国酒业协会", "贵州茅台", "五粮液",
                 "宜宾五粮液股份有限公司",
                 "山西汾酒", "泸州老窖", "洋河股份", "今世缘", "古井贡酒",
                 "舍得酒业", "酒鬼酒", "帝亚吉欧", "水井坊", "中国酒类流通协会",
                 "华致酒行", "酒仙网", "美团闪购", "京东", "仁怀市统计局",
                 "遵义市商务局", "宜宾市酒业发展局", "宁德时代",
                 "泸州市商务和会展局", "郎酒", "泸州银行", "中粮集团",
                 "四川轻化工大学", "海关总署", "贵阳海关", "成都海关",
                 "珍酒李渡", "港交所", "四川省经济和信息化厅", "仁怀市人民政府",
                 "市场监管总局", "华创证券"],
        "cities": ["北京", "贵州", "仁怀", "遵义", "四川", "宜宾", "泸州",
                   "汾阳", "山西", "江苏", "宿迁", "淮安", "安徽", "亳州",
                   "湖南", "吉首", "射洪", "香港", "贵阳", "成都", "新加坡",
                   "吉隆坡", "迪拜", "东京", "宁德", "中国", "我国", "全国",
                   "全市", "全省", "当地", "各地", "多地", "城市", "东南亚",
                   "海外"],
        # 贵州 (a province: 贵州仁怀, 贵州前三季度; elsewhere inside 贵州茅台),
        # 四川 (a province: 四川的宜宾, 四川射洪; elsewhere inside ORGs), 江苏,
        # 安徽, 湖南 (provinces before their cities), 中国 of 中国国际酒业博览会
        # (an event: the country), 我国, 全国, 全市 (x2), 全省 (deictic or
        # generic), 当地 (x2), 各地, 多地, 城市 (x3: 产酒城市), 东南亚, 海外;
        # 北京 (but the byline's), 山西, 泸州 (but three), 仁怀 (but two),
        # 遵义 (but one), 宜宾 (but two), 贵阳, 成都, 宁德 stand elsewhere only
        # inside ORG rows
        "excluded": ["10月[[全国]]规模", "[[贵州]]仁怀今年",
                     "，[[贵州]]前三季度", "[[四川]]的宜宾", "的[[四川]]射洪",
                     "；[[江苏]]宿迁", "的[[安徽]]亳州", "的[[湖南]]吉首",
                     "届[[中国]]国际", "个月[[我国]]白酒", "；[[全市]]规模",
                     "占[[全市]]规模", "年[[全省]]优质", "。[[当地]]一位",
                     "以来[[当地]]已", "以来[[各地]]共", "[[多地]]也在出台",
                     "产酒[[城市]]加快", "传导至产酒[[城市]]", "，产酒[[城市]]需要",
                     "设立[[东南亚]]分销", "开设[[海外]]体验"],
        "numbers_excluded": [],
        # 一位 (x3: indefinites), 第二 and 第二十五 (ordinals: SPEC 第二个);
        # 两 of 两市 is the collective label (below)
        "cn_excluded": ["当地[[一]]位", "大学[[一]]位", "证券[[一]]位",
                        "第[[二]]增长", "第[[二十五]]届"],
        # the collective label of a list just given (GUIDELINES: 宿迁、淮安
        # 两市 -> no METRIC; checked by check_collective)
        "collectives": [("宿迁、淮安[[两]]市", 2)],
        # the outlet's web address on the byline
        "latin_excluded": ["（[[www]].", "www.[[chinatimes]].",
                           "chinatimes.[[net]].", ".net.[[cn]]）"],
        # time words that are no DATE: 单季 (a single quarter's, after the
        # DATE 三季度), 周转 (turnover), 旺季 (a peak season), 全年 (今年全年:
        # outside the span, GUIDELINES); 同期 only inside 去年同期
        "words_excluded": {"单季": 1, "周转": 1, "周期": 1, "旺季": 1, "全年": 1,
                           "同期": 0, "当天": 0, "日前": 0, "同日": 0},
        # generic words outside ORG rows: 公司 (x4: 上市公司 x2, 上述公司,
        # 公司已将 read back, 分销公司), 企业 (kinds: 龙头企业, 白酒企业 x3, 酒类
        # 企业, 酱香酒企业, 等企业 …), 协会, 集团, 海关, 银行, 大学, 政府 and 局
        # only inside ORG rows
        "orgwords_excluded": {"公司": 5, "企业": 9, "协会": 0, "集团": 0,
                              "海关": 0, "银行": 0, "大学": 0, "政府": 0,
                              "局": 0, "厅": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g214 Telecoms and 5G in Macao, November 2026: 郵電局 昨（廿二）日 on
# mobile users (10月底), 5G users (今年首10個月 against 去年同期), data and
# 香港; the operators (中信國際電訊 and 澳門電訊 (CTM) 今年; 中國電信（澳門）
# 有限公司 第三季 against 上季; 和記電話（澳門）有限公司 明年首季; MTel電信有限
# 公司 上周, 明年); fixed broadband (9月底, 兩年前; 去年6月; 年初); data
# centres and cloud (經濟及科技發展局; 澳門電訊 in 氹仔 明年第二季; 特區政府
# and 阿里巴巴集團 of 杭州; 行政公職局; 華為, 騰訊, 個人資料保護局 上月;
# 澳門大學 本月初); digital government (「澳門公共服務一戶通」 since
# 2019年1月1日, 今年首10個月; 行政法務司, 行政公職局 明年, 明年1月); mobile
# payments (金管局 今年首三季; 澳門通股份有限公司 上月; 中國銀行澳門分行,
# 工銀澳門, 大豐銀行, 澳門國際銀行); tourists (旅遊局 今年首10個月 with
# 香港; 支付寶, 微信支付 今年國慶); fraud and complaints (司法警察局 上月,
# 今年首三季; 消費者委員會 第三季 against 去年同期); cross-border (郵電局 and
# 廣東省通信管理局 上月 with 澳門, 珠海, 中山, 江門, 本周四（廿六日）; 澳門
# 電訊 in 橫琴; 珠海 明年; 統計暨普查局 第三季); talent (澳門科技大學; 科學
# 技術發展基金 (科技基金) 今年; 澳門電訊 明年3月 in 巴塞隆拿; 澳門理工大學
# 明年); the outlook (聖誕, 元旦, 12月; 經濟財政司, 特區政府, 明年農曆新年;
# 2030年).  Traditional as Macao writes it (佔, 公佈, 宣佈, 周, 戶, 首10個月,
# 首三季, 第三季, 上季, 首季, 按年, 昨（廿二）日, 本周四（廿六日）, 意味着,
# 氹仔, 「」 quotes), Big5-HKSCS, 2026-11-23 (a Monday, ISO week 2026-W48),
# 澳門日報; 【本報消息】 opens the first paragraph (no outlet named).
# 昨（廿二）日 2026-11-22; 本周四 2026-11-26; 上周 2026-W47; 上月 2026-10;
# 上季 2026-Q2 (after 第三季); 明年 2027; 兩年前 2024; 去年同期 2025 (after
# 今年首10個月) and 2025-Q3 (after 第三季).
# ===========================================================================
@doc
def g214():
    d = Doc(G214)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    Q3 = "2026-Q3"
    MO, HK, HZ, ZH, JM, BCN = ("澳门", "香港", "杭州市", "珠海市", "江门市",
                               "巴塞罗那")
    # title: a heading that opens with the city 澳門 followed by 5 (no ：,
    # space or dash): no city section; the line is its sentence, and its
    # second half holds no mention
    d.city("[[澳門]]5G用戶首")
    d.date("用戶[[首10個月]]淨增逾", Y, MO)
    # a figure with no unit (SPEC 近900万)
    d.metric("淨增[[逾17萬]] 電子", "17e4", "", "over", MO)
    # P1 the regulator's figures (【本報消息】 names no outlet; 本澳 deictic)
    d.org("】[[郵電局]]昨")
    d.date("郵電局[[昨（廿二）日]]公佈", "2026-11-22", "")
    d.date("截至[[10月底]]，本澳", OCT, "")
    d.metric("用戶[[約218.6萬戶]]", "218.6e4", "户", "approx", "")
    d.metric("按年增長[[約3.2%]]；", "3.2", "%", "approx", "")
    d.metric("5G用戶[[約63.4萬戶]]", "63.4e4", "户", "approx", "")
    d.metric("升至[[約29%]]。", 29, "%", "approx", "")
    d.date("5G用戶[[今年首10個月]]淨增", Y, "")
    d.metric("淨增[[約17.5萬戶]]", "17.5e4", "户", "approx", "")
    d.date("較[[去年同期]]增加近四成", LY, "")
    d.metric("增加[[近四成]]；", 40, "%", "approx", "")
    d.metric("總用量[[約41.2萬TB]]", "41.2e4", "TB", "approx", "")
    d.metric("按年增長[[約33%]]", 33, "%", "approx", "")
    d.metric("用量約為[[18.6GB]]", "18.6", "GB", "approx", "", sep="約")
    d.city("與[[香港]]相比")
    d.metric("仍低[[約10個百分點]]", 10, "百分点", "approx", HK)
    # P2 the operators (澳門 only inside ORG and METRIC rows)
    d.org("，[[中信國際電訊]]旗下")
    d.org("旗下的[[澳門電訊]]（")
    d.org("（[[CTM]]）")
    d.metric("已[[超過99%]]", 99, "%", "over", "")
    d.date("，[[今年]]新增5G", Y, "")
    d.metric("基站[[約320個]]", 320, "个", "approx", "")
    d.metric("增至[[約1,850個]]", 1850, "个", "approx", "")
    d.org("。[[中國電信（澳門）有限公司]]第三季")
    d.date("有限公司[[第三季]]新增", Q3, "")
    d.metric("5G用戶[[約4.2萬戶]]", "4.2e4", "户", "approx", "")
    # 上季 counts from the quarter its sentence states (GUIDELINES)
    d.date("較[[上季]]增加", "2026-Q2", "")
    d.metric("較上季增加[[約12%]]", 12, "%", "approx", "")
    d.org("；[[和記電話（澳門）有限公司]]則")
    d.date("於[[明年首季]]推出", "2027-Q1", "")
    d.org("的[[MTel電信有限公司]]上周")
    d.date("有限公司[[上周]]宣佈", "2026-W47", "")
    d.date("宣佈，[[明年]]將投資", NY, "")
    d.metric("投資[[約1.5億澳門元]]", "1.5e8", "澳门元", "approx", "")
    d.metric("覆蓋[[約九成]]住宅", 90, "%", "approx", "")
    # P3 fixed broadband and prices (每月 before a figure is outside it)
    d.date("截至[[9月底]]本澳", "2026-09", "")
    d.metric("用戶[[約19.6萬戶]]", "19.6e4", "户", "approx", "")
    d.date("較[[兩年前]]增加", "2024", "")
    d.metric("增加[[約8%]]。", 8, "%", "approx", "")
    d.date("。[[去年6月]]本澳", "2025-06", "")
    d.metric("比例已達[[99.6%]]；", "99.6", "%", "exact", "")
    d.date("由[[年初]]的", Y, "")
    d.metric("每月[[128澳門元]]", 128, "澳门元", "exact", "")
    d.metric("每月[[88澳門元]]", 88, "澳门元", "exact", "")
    d.metric("降幅[[逾三成]]；", 30, "%", "over", "")
    # a range sharing the currency written once after it (SPEC 30至80笔)
    d.metric("介乎[[148]]至", 148, "澳门元", "exact", "", shared="澳門元")
    d.metric("148至[[298澳門元]]", 298, "澳门元", "exact", "")
    # P4 data centres and cloud (氹仔 is an island of Macao, no CITY;
    # computing centres are facilities, GUIDELINES)
    d.org("。[[經濟及科技發展局]]資料")
    d.metric("數據中心[[7個]]，", 7, "个", "exact", "")
    d.metric("總數[[約4,600個]]", 4600, "个", "approx", "")
    d.metric("上架率約為[[76%]]", 76, "%", "approx", "", sep="約")
    d.org("；[[澳門電訊]]位於")
    d.date("預計[[明年第二季]]投入", "2027-Q2", "")
    d.metric("機櫃[[約1,200個]]。", 1200, "个", "approx", "")
    d.org("。[[特區政府]]與總部")
    d.city("位於[[杭州]]的")
    d.org("的[[阿里巴巴集團]]合作")
    d.metric("承載[[約220個]]", 220, "个", "approx", HZ)
    d.org("。[[行政公職局]]表示，已有")
    d.metric("已有[[約九成]]公共", 90, "%", "approx", "")
    d.org("；[[華為]]、")
    d.org("、[[騰訊]]等企業")
    d.org("，[[個人資料保護局]]上月")
    d.date("保護局[[上月]]則", OCT, "")
    d.org("。此外，[[澳門大學]]與")
    d.org("與[[澳門電訊]]合建")
    d.date("平台[[本月初]]投入", NOV, "")
    d.metric("算力[[約200PFLOPS]]。", 200, "PFLOPS", "approx", "")
    # P5 digital government: a city inside a quoted service's name counts
    # (GUIDELINES “丽水山耕”; SPEC 贵阳数博会)
    d.city("「[[澳門]]公共服務")
    d.date("自[[2019年1月1日]]推出", "2019-01-01", MO)
    d.metric("增至[[約61.8萬個]]", "61.8e4", "个", "approx", MO)
    d.metric("覆蓋[[約九成]]澳門", 90, "%", "approx", MO)
    d.city("九成[[澳門]]居民")
    d.date("；[[今年首10個月]]經", Y, "")
    d.metric("服務[[約1,460萬次]]", "1460e4", "次", "approx", "")
    d.metric("按年增長[[約26%]]。", 26, "%", "approx", "")
    d.org("。[[行政法務司]]表示")
    d.org("，[[行政公職局]]明年")
    d.date("公職局[[明年]]將再", NY, "")
    d.metric("推出[[約80項]]全流程", 80, "项", "approx", "")
    d.date("於[[明年1月]]推出", "2027-01", "")
    # P6 mobile payments (MPay, 「聚易用」: products)
    d.org("，[[金管局]]數據")
    d.date("顯示，[[今年首三季]]本地", Y, "")
    d.metric("交易[[約4.86億筆]]", "4.86e8", "笔", "approx", "")
    d.metric("金額[[約582億澳門元]]", "582e8", "澳门元", "approx", "")
    d.metric("增長[[約19%]]、", 19, "%", "approx", "")
    d.metric("、[[約24%]]；", 24, "%", "approx", "")
    d.metric("已[[超過5.2萬間]]", "5.2e4", "间", "over", "")
    # 約佔: the marker before 佔 qualifies the share (GUIDELINES 约占);
    # a fraction is a percentage (SPEC 三分之一)
    d.metric("支付的[[三分之一]]。", "33.3333333333", "%", "approx", "",
             sep="約")
    d.org("。[[澳門通股份有限公司]]表示")
    d.metric("已[[突破60萬戶]]", "60e4", "户", "over", "")
    d.date("，[[上月]]交易", OCT, "")
    d.org("。[[中國銀行澳門分行]]、")
    d.org("、[[工銀澳門]]、")
    d.org("、[[大豐銀行]]、")
    d.org("、[[澳門國際銀行]]等")
    d.metric("等[[9間]]銀行", 9, "间", "exact", "")
    # P7 tourists
    d.org("[[旅遊局]]資料")
    d.date("顯示，[[今年首10個月]]入境", Y, HK)
    d.metric("旅客[[約3,420萬人次]]", "3420e4", "人次", "approx", HK)
    d.metric("增長[[約9%]]，其中", 9, "%", "approx", HK)
    d.metric("其中[[約七成]]旅客", 70, "%", "approx", HK)
    d.city("或[[香港]]電訊商")
    d.org("；[[支付寶]]、")
    d.org("、[[微信支付]]等")
    d.date("錢包[[今年國慶]]黃金周", "2026-10-01", "")
    d.metric("增長[[約31%]]。", 31, "%", "approx", "")
    # P8 fraud and complaints
    d.org("[[司法警察局]]上月")
    d.date("警察局[[上月]]指出", OCT, "")
    d.date("指出，[[今年首三季]]電訊", Y, "")
    d.metric("詐騙案[[約280宗]]", 280, "宗", "approx", "")
    d.metric("涉款[[約1.1億澳門元]]", "1.1e8", "澳门元", "approx", "")
    d.metric("減少[[約15%]]。", 15, "%", "approx", "")
    d.org("。[[消費者委員會]]資料")
    d.date("顯示，[[第三季]]涉及", Q3, "")
    d.metric("投訴共[[126宗]]", 126, "宗", "exact", "")
    d.date("較[[去年同期]]減少約12%", "2025-Q3", "")
    d.metric("減少[[約12%]]，主要", 12, "%", "approx", "")
    # P9 cross-border (橫琴 and the zone are no city)
    d.org("，[[郵電局]]與廣東")
    d.org("與[[廣東省通信管理局]]上月")
    d.date("管理局[[上月]]簽署", OCT, MO)
    d.city("推動[[澳門]]與")
    d.city("與[[珠海]]、")
    d.city("、[[中山]]、")
    d.city("、[[江門]]之間")
    d.metric("下調[[約35%]]", 35, "%", "approx", JM)
    d.date("於[[本周四]]（", "2026-11-26", JM)
    d.date("本周四（[[廿六日]]）", "2026-11-26", JM)
    d.org("。[[澳門電訊]]亦計劃")
    d.metric("增建[[約60個]]5G", 60, "个", "approx", "")
    d.city("。[[珠海]]方面")
    d.date("計劃[[明年]]在拱北", NY, ZH)
    d.metric("覆蓋點[[約150個]]。", 150, "个", "approx", ZH)
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]本澳資訊", Q3, "")
    d.metric("人數[[約1.02萬人]]", "1.02e4", "人", "approx", "")
    d.metric("增加[[約4%]]。", 4, "%", "approx", "")
    # P10 talent, funding, the congress in Barcelona
    d.org("[[澳門科技大學]]一位")
    # a short form in brackets after a body's head (GUIDELINES 科学技术发展
    # 基金（科技基金）): two ORGs
    d.org("。[[科學技術發展基金]]（")
    d.org("（[[科技基金]]）")
    d.date("）[[今年]]已資助", Y, "")
    d.metric("項目[[18個]]，", 18, "个", "exact", "")
    d.metric("總額[[約3,600萬澳門元]]", "3600e4", "澳门元", "approx", "")
    d.org("；[[澳門電訊]]表示")
    d.date("表示，[[明年3月]]將組團", "2027-03", BCN)
    d.city("赴[[巴塞隆拿]]參加")
    d.org("。[[澳門理工大學]]亦")
    d.org("與[[郵電局]]合作")
    d.date("計劃[[明年]]培訓", NY, "")
    d.metric("培訓[[約300名]]網絡", 300, "名", "approx", "")
    # P11 the outlook (聖誕, 元旦: the coming ones; 12月 nearest them)
    d.date("[[聖誕]]及元旦", "2026-12-25", "")
    d.date("及[[元旦]]將至", "2027-01-01", "")
    d.org("，[[郵電局]]預計12月")
    d.date("預計[[12月]]旅客", "2026-12", "")
    d.metric("增長[[約兩成]]。", 20, "%", "approx", "")
    d.org("。[[經濟財政司]]表示")
    d.org("，[[特區政府]]計劃在")
    d.date("在[[明年農曆新年]]前", "2027-02-06", "")
    d.org("；[[郵電局]]亦預計")
    d.date("到[[2030年]]本澳", "2030", "")
    d.metric("升至[[約六成]]，", 60, "%", "approx", "")
    d.metric("可達[[約600Mbps]]。", 600, "Mbps", "approx", "")
    audit = {
        "orgs": ["郵電局", "中信國際電訊", "澳門電訊", "CTM",
                 "中國電信（澳門）有限公司", "和記電話（澳門）有限公司",
                 "MTel電信有限公司", "經濟及科技發展局", "特區政府",
                 "阿里巴巴集團", "行政公職局", "華為", "騰訊", "個人資料保護局",
                 "澳門大學", "行政法務司", "金管局", "澳門通股份有限公司",
                 "中國銀行澳門分行", "工銀澳門", "大豐銀行", "澳門國際銀行",
                 "旅遊局", "支付寶", "微信支付", "司法警察局", "消費者委員會",
                 "廣東省通信管理局", "統計暨普查局", "澳門科技大學",
                 "科學技術發展基金", "科技基金", "澳門理工大學", "經濟財政司"],
        "cities": ["澳門", "本澳", "全澳", "在澳", "香港", "杭州", "珠海",
                   "中山", "江門", "巴塞隆拿", "廣東", "橫琴", "氹仔", "拱北",
                   "內地", "本地", "城市"],
        # 本澳 (x7, deictic), 全澳, 在澳 (x2: 澳 one character), 內地 (a
        # region), 橫琴 (the zone, a part of 珠海), 氹仔 (an island of
        # Macao), 拱北 (a district of 珠海, before 口岸), 本地 (x3); 澳門
        # stands elsewhere inside ORG and METRIC rows (澳門電訊, 約1.5億澳門元
        # …), 廣東 only inside an ORG
        "excluded": ["，[[本澳]]流動", "與香港相比，[[本澳]]5G",
                     "截至9月底[[本澳]]住宅", "去年6月[[本澳]]3G",
                     "，[[本澳]]現有", "第三季[[本澳]]資訊", "2030年[[本澳]]5G",
                     "，[[全澳]]5G", "約佔[[本地]]流動", "亦[[在澳]]設立",
                     "期間[[在澳]]交易", "使用[[內地]]或", "在[[橫琴]]粵澳",
                     "位於[[氹仔]]的", "在[[拱北]]口岸", "增長意味着[[本地]]應用",
                     "今年首三季[[本地]]流動"],
        "numbers_excluded": [],
        # 一位 (indefinite), 一戶通 (x3, a service's name), 一帶 (an area)
        "cn_excluded": ["大學[[一]]位學者", "公共服務[[一]]戶通", "經「[[一]]戶通",
                        "企業版「[[一]]戶通", "口岸[[一]]帶"],
        "collectives": [],
        # MPay: 澳門通's e-wallet, a product (GUIDELINES: 滙豐旗下的PayMe)
        "latin_excluded": ["錢包[[MPay]]的"],
        # technology names that hold a digit (SPEC: 3纳米), counted outside
        # rows: 5G (x17), 4G, 3G; time words that are no DATE: 按年 (x9,
        # year on year), 每月 (x3) and 月費 (x2: monthly), 黃金周 (after the
        # DATE 今年國慶), 節點 (nodes); 同期 only inside 去年同期
        "words_excluded": {"5G": 17, "4G": 1, "3G": 1, "按年": 9, "每月": 3,
                           "月費": 2,
                           "黃金周": 1, "節點": 1, "同期": 0, "當天": 0,
                           "日前": 0},
        # generic heads outside ORG rows: 銀行 (9間銀行: a kind), 政府 (x2:
        # 政府雲計算中心, 政府資訊系統), 企業 (x2: 等企業, 企業版); 公司, 局,
        # 大學, 基金, 委員會, 集團 only inside ORG rows
        "orgwords_excluded": {"銀行": 1, "政府": 2, "企業": 2, "公司": 0,
                              "局": 0,
                              "大學": 0, "基金": 0, "委員會": 0, "集團": 0},
        "orgstring_excluded": [],
    }
    return d, audit
# ===========================================================================
# checks, audits, output
# ===========================================================================
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
               ("上", "over")]     # SPEC: 上 (上千亿) is over
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕晚"   # 晚 (当晚)
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)[點点]"
                     r"([〇零一二三四五六七八九]+)", span)
    if m:                       # 百分之四十二點九 -> 42.9 % (new in
        frac = "".join(CN_YEAR_DIGIT[c] for c in m.group(2))   # annotate_
        return Decimal("%d.%s" % (cn_int(m.group(1)), frac)), q, "%"  # ic)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十][一二两兩三四五六七八九十百千零]*)"
                     r"([万萬亿億]?)([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)",
                     span)
    if m and re.search("[十百千]", m.group(1)) and not re.fullmatch(
            "[一二两兩三四五六七八九][十百千]", m.group(1)):
        # a whole number in Chinese numerals with places inside
        # (一百二十六個 -> 126, 三十八個 -> 38; new in annotate_ic.py)
        v = Decimal(cn_whole(m.group(1)))
        if m.group(2):
            v *= MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([十百千])([万萬亿億]?)(\D+)",
                     span)
    if m:                       # a figure in Chinese numerals with 十/百/千
        v = Decimal(CN_DIGIT[m.group(1)] *  # (逾七千家 -> 7000; SPEC:
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # either
        if m.group(3):                      # script; from annotate_pc.py)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a Chinese digit with a bare magnitude
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种)
        assert q != "exact", span
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
    # 个百分点 -> 百分点; 个基点 -> 基点 (GUIDELINES: basis points are a
    # unit like 百分点, 20个基点 -> 20, unit 基点)
    unit = re.sub(r"^[个個]((?:百分|基)[点點])$", r"\1", unit)
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
    """OpenCC t2s (or `config`) of each string, or None when OpenCC is not
    reachable."""
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
        # 去年同期 follows its sentence's period, not the reference year
        # (SPEC; check_last_year_period; new in annotate_ma.py)
        if tx.startswith(w) and tx not in ("去年同期", "上年同期"):
            assert norm[:4] == str(ref.year + k), r
    # N年前 counts back from the reference year (SPEC 两年前; new in
    # annotate_ma.py)
    m = re.fullmatch(r"([一二两兩三四五六七八九十]|\d+)年前", tx)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else \
            CN_DIGIT[m.group(1)]
        assert norm == str(ref.year - n), r
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
        # the month a DATE of the sentence states, at month or day
        # precision (10月20日公布…与上月持平 -> 09)
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d(-\d\d)?", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"][:7].split("-"))
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
    # day before (above); the bracketed day must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:                       # 昨（廿三）日, 今（廿四）日 (Chinese numerals,
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]    # GUIDELINES 廿, 卅;
        day = ref + datetime.timedelta(days=k)          # new in annotate_ic)
        g = m.group(2)
        assert norm == day.isoformat() and day.day == (
            int(g) if g.isdigit() else cn_number(g)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"(\d{1,2}|[十廿卅][一二三四五六七八九]?|"
                        r"[一二三四五六七八九])日", r["text"]):
        return                  # 廿六日 too (new in annotate_ic.py)
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


def check_range_first(d, r):
    """The first number of a range with one shared 月 (今年1至10月) is its
    own mention: it carries the month it writes (GUIDELINES 3月5-7日)."""
    m = re.search(r"(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # 双11 is a holiday, no range
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）) is its own mention and
    must carry the same date (SPEC: 今日(15日) is 今日 and 15日, both
    resolved to the same day; from annotate_vc.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)   # (annotate_pc.py)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter."""
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


def check_same(d, r):
    """当天/當天/同日/當日/当日/当晚 take the latest day-precision DATE
    before them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py; 当晚 added in annotate_na.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月",
                         "当晚", "當晚"):
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table: a
    fixed day by the article's region (GUIDELINES: Taiwan texts name
    Taiwan's days, 國慶 10-10, 教師節 09-28; the mainland's 国庆 is 10-01),
    a lunar one from the table of 正月初一 and 八月十五; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_MAINLAND)
    years = range(ref.year - 1, ref.year + 2)
    if tx in fixed:
        cands = {y: datetime.date(y, *fixed[tx]) for y in years}
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
    # the second end of a range of one year (今年1月至10月) states the year
    # (GUIDELINES: a range of months, quarters or days of one year states
    # the year, as a holiday week does; new in annotate_ka.py)
    if len(prev) > 1 and re.fullmatch(
            "[至到~～\\-－]", d.text[prev[-2]["end"]:prev[-1]["start"]]):
        assert prev[-2]["normalized"][:4] == p[:4], (prev[-2], prev[-1])
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_bare_year(d, r):
    """A month, a day or a quarter written without a year (10月, 12月31日,
    9月底, 三季度, 四季度, 第3季) is in the reference year when no year is
    stated before it in its sentence (GUIDELINES: 今年 counts from the
    reference date; a sentence that names a year or counts one (明年, 去年,
    2025年) is left to the hand value; new in annotate_la.py)."""
    tx = r["text"]
    if not re.fullmatch(r"((\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}日|底|份)?|\d{1,2}日|[十廿卅][一二三四五六七八九]?日|"
                        r"第?[一二三四1-4]季度?)", tx):    # 九月底, 廿六日 (ic)
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



def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首(?:\d+|[一二三四五六七八九十]+)[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r
    m = re.fullmatch(r"(?:民國|民国)?(\d{2,3})年(底|度)?", tx)
    if m and d.doc_id in TAIWAN:    # a bare ROC year (117年底, 116年度)
        assert norm == str(int(m.group(1)) + 1911), r


TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日", "晚"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 个月, 天 …) needs a statistic cue
    earlier in its clause (平均库存周期约为5.6个月) or a verb of change
    right after it; otherwise it is a duration, no METRIC (GUIDELINES; from
    annotate_hb.py, after annotate_ib.py)."""
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
    eight characters with no digit, particle or preposition (from
    annotate_ha.py, after annotate_ib.py)."""
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
    # each declared character (玥 of the GBK article, outside GB2312; 着
    # and 氹 of the Big5-HKSCS Macao article, outside plain Big5 and cp950)
    # stands as
    # often as declared, each time inside its declared word, and in no span
    # (checked per row below; annotate_jb.py's byline-only rule widened to
    # declared words in annotate_ic.py)
    for ch, (word, k) in d.no_span_chars.items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == k, (d.doc_id, ch, places)
        spots = [m.start() + word.index(ch)
                 for m in re.finditer(re.escape(word), d.text)]
        assert spots == places, (d.doc_id, ch, word)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
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
                    r"[至到~\-－和及、]\d{1,3}(,\d{3})*\d*(\.\d+)?[万萬亿億]?"
                    r"[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, 約新台幣221億元, GUIDELINES), must be
            # declared (outer or sep) and set the qualifier; a suffix marker
            # right after the span belongs inside it (annotate_pc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|新台幣|新台币|港币|港幣|美元|欧元|"
                          r"歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (annotate_kc.py, after
            # annotate_pb.py); so is 约有/約有, separated by the verb 有
            # (precedent KB's 約有152萬人; new in annotate_jb.py)
            if re.search(r"(约|約)(为|為|有)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为/约有 before", r)
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
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_last_year_period(d, r)
            check_holiday(d, r)
            check_bare_year(d, r)
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

    # collective labels of lists (GUIDELINES): verified, then excluded
    excl["collectives"] = [check_collective(d, ctx, n)
                           for ctx, n in audit.get("collectives", [])]

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
        # a traditional article is traditional as Macao writes it: OpenCC
        # t2s and back with s2hk gives the text again, but for the forms
        # Macao's papers write where s2hk writes others (here 隻/只, 周/週,
        # 戶/户, and 發/髮 of 華發, OpenCC's phrase error; annotate_jb.py's
        # s2tw round trip, made a Macao one in annotate_ic.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            assert pairs <= MACAO_FORMS, (d.doc_id, pairs - MACAO_FORMS)
            assert pairs, d.doc_id          # the declared forms are written
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Macao forms (annotate_jc.py's check, after
        # annotate_qc.py)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
        print("OpenCC s2t check passed (%d traditional)" % len(trad))
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
