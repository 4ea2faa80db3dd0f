#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g223_china_europe_rail_freight_cities and g224_hk_supermarkets_food_prices
(annotator EB).

Adapted from the precedent set's tools/annotate_fc.py (now dev/tools/annotate_g219_g220.py) (/tmp/ho39/precedent:
a GBK mainland article and a Macao traditional article, the pair closest to
mine; copied and the data changed), with annotate_fb.py's Hong Kong
declarations (the Big5-HKSCS bytes of the characters outside plain Big5,
the s2hk forms of a Hong Kong text).  It keeps every check of
annotate_fc.py: strict decoding, offsets, overlaps, span edges, formats,
calendar-valid DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, the OpenCC t2s of the whole simplified
article, the OpenCC t2s-then-s2hk round trip and the s2t check of the
traditional article, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent
`city` rule computed and asserted against my hand value on every
DATE/METRIC row, the month and day a DATE span writes, the holiday table by
exact span and the holidays recomputed without it, ROC years only in a
Taiwan text, relative words resolved from the reference date (上周 and
上周四/上周五/本周五 by ISO week, 昨日, 本月, 上月, 明年, 去年, 五年前,
两年前), 上月 as a baseline after a comparison word, the bare-day month
rule, a bare month, day or quarter in the reference year, 去年同期 a year
before its sentence's period, the bracketed gloss, 同日/當日, the 上季
check, the range check, the precision check (and annotate_fa.py's
check_forward: a month or quarter after 明年 is its next occurrence), the
约占 check, markers before,
touching and after a span, 约为/约有 as separated markers, the declared
shared unit, the collective label, the time unit, the declared
organizations of each article, the narrowest codec.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded (no BOM in either file):

- g223 is simplified (mainland, 经济日报, 2026-11-21), stored as GBK
  without a BOM (the title's 中 = D6 D0 opens the file).  One character is
  outside GB2312: 赟 (U+8D5F, GBK DA 53: a lead byte in GB2312's range and
  a trail byte below A1, GBK/4) of the reporter's name in the dateline
  本报西安11月20日讯（记者王赟）, once, in no span, so Python's gb2312
  fails on the file while gbk, cp936 and gb18030 read it alike.  Every
  other line is GB2312 byte for byte; every non-ASCII character is two
  bytes.  OpenCC t2s leaves the article unchanged.
- g224 is traditional (Hong Kong, 東方日報, 2026-11-23), stored as
  BIG5-HKSCS without a BOM (the title's 消 = AE F8 opens the file).  Two
  characters are outside plain Big5 and cp950, each with a lead byte below
  A1 in HKSCS's added area: 餸 (U+9938, Big5-HKSCS 96 52) of 買餸 (buying
  the day's groceries) and 邨 (U+90A8, 90 68) of 屋邨 (a public housing
  estate), once each, in no span, so big5 and cp950 fail on the file and
  big5hkscs is the narrowest codec that reads it.  Every other line is
  plain Big5 and cp950 byte for byte; every non-ASCII character is two
  bytes.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official name
  with 市, Hong Kong by its common name).  A Hong Kong text (香港 and 本港
  written at least twice): Hong Kong bodies without a place in their names
  (入境事務處, 政府統計處, 統計處, 工業貿易署, 漁農自然護理署 …) stand
  alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho39/precedent:
README, NOTES_fa/fb/fc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g223_g224.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_fc.py: the GBK block declares 赟 of 王赟 (GBK DA 53,
a trail byte below A1, GBK/4, as annotate_gc.py's 玥; annotate_fc.py's 堃
had the lead byte below A1).  annotate_fc.py's UTF-8-WITH-BOM block for the
Macao article becomes a BIG5-HKSCS block for a Hong Kong article: no BOM,
big5hkscs reads and round-trips the file, big5 and cp950 fail on it (the
narrowest-codec check), the characters outside plain Big5 are exactly the
declared ones with their declared Big5-HKSCS bytes (annotate_fb.py's
BIG5_CODE), each outside cp950 as declared, each only in its declared word
with its count and in no span, every line without them is plain Big5 and
cp950 byte for byte (the same bytes as big5hkscs writes), two bytes a
non-ASCII character, the GB codecs, UTF-8 and UTF-16 fail or read another
text.  annotate_fc.py's Macao check (澳門 named twice) becomes the Hong Kong
one (香港/本港 named twice).  The Hong Kong forms of the s2hk round trip:
周/週 (上周, 上周四, 上周五, 本周五, 黃金周), 布/佈 (公布), 沖/衝 (即沖飲品,
as the consumer council writes it); each occurs.  S2T_ALLOWED: 台 (平台).
The holiday table: 元旦, 春节 (g223); 今年國慶, 聖誕, 農曆新年, 黑色星期五
(g224).  New check: check_holiday_period (a yearless month or quarter in
a sentence whose period is a yearless holiday takes the year nearest the
holiday, GUIDELINES).  New here: a dateline of the 本报X月X日讯 form with a
bare day right after it (20日 takes the dateline's month), 約有 before a
figure (約 a separated marker), 當日 after 本周五（27日）「黑色星期五」 in
its sentence, 本月上旬, 8折, two HKSCS characters in no span, the units
列, 标箱, 条, 辆, 件, 处, 小时, 天 (after 平均 and 缩短), 头 (頭), 公吨
(公噸), 款, 宗 and 间 (間).
Re-run (from anywhere):

    python3 dev/tools/annotate_g223_g224.py
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
G223 = "g223_china_europe_rail_freight_cities"
G224 = "g224_hk_supermarkets_food_prices"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G223: ("gbk", b"", False, "2026-11-21", "经济日报"),
    G224: ("big5hkscs", b"", True, "2026-11-23", "東方日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G223: [], G224: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 赟 of
# the reporter's name 王赟 in the dateline, once, in no span
OUTSIDE_GB2312 = {G223: {"赟": b"\xda\x53"}}
OUTSIDE_GB2312_WORD = {G223: {"赟": ("王赟", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_ic.py's byline dot): none here
GB2312_READS_OTHER = {G223: {}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# Hong Kong's character set, has them), the word each stands in and its
# count: 餸 of 買餸 (buying the day's groceries) and 邨 of 屋邨 (a public
# housing estate), once each, in no span.  The value says whether cp950
# has the character (it has neither)
OUTSIDE_BIG5 = {G224: {"餸": False, "邨": False}}
OUTSIDE_BIG5_WORD = {G224: {"餸": ("買餸", 1), "邨": ("屋邨", 1)}}
# ... with their Big5-HKSCS bytes (annotate_fb.py's BIG5_CODE): 餸 96 52
# and 邨 90 68, lead bytes below A1 that neither big5 nor cp950 reads
BIG5_CODE = {"餸": b"\x96\x52", "邨": b"\x90\x68"}
# the first character of each file (no BOM), with its bytes
FIRST_CHAR = {G223: ("中", b"\xd6\xd0"), G224: ("消", b"\xae\xf8")}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 統計處, 入境事務處 …, are ORGs in a text
# that names the region at least twice)
HONGKONG = {G224}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_fc.py's list, with the simplified forms of g224's traditional
# characters added: OpenCC t2s of each, within the BMP)
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
                   "讯络频骗诈柜云节录备径户营运"
                   "劳务职训练娱监协宾携签证满宁层晋岗认历缓综旧纳"
                   "劝帮濒离举"
                   "两于仓优况冻击划则别占后响夹将强当抢担据杂渔猪玛现稳竞类"
                   "纸胀记趋齐")
# the forms Hong Kong's papers write where OpenCC s2hk writes others (text,
# s2hk): 周 (上周, 上周四, 上周五, 本周五, 黃金周; s2hk 週), 布 (公布, as the
# government and the consumer council write it; s2hk 佈), 沖 (即沖飲品, the
# consumer council's category; s2hk 衝), annotate_fb.py's first two
HK_FORMS = {("周", "週"), ("布", "佈"), ("沖", "衝")}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): 台 of 平台 (s2t writes 臺;
# annotate_fb.py declared it for 台灣)
S2T_ALLOWED = {G224: {"台"}}
# Holidays the articles name, by their exact span (2025-2027).
# g223 (mainland, 2026-11-21): 元旦 2027-01-01 and 春节 2027-02-06 (正月初一
# of 2027), the coming ones (元旦、春节前后: 前后 outside).
# g224 (Hong Kong, 2026-11-23): 今年國慶 2026-10-01 (Hong Kong keeps the
# PRC's National Day; 黃金周期間 outside); 聖誕 2026-12-25 and 農曆新年
# 2027-02-06 (農曆新年 is 春节), the coming ones (前後 outside); 黑色星期五
# 2026-11-27 (the day after 感恩节, the fourth Thursday of November 2026,
# 11-26; GUIDELINES), the Friday the article's 本周五（27日） names.
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "今年國慶": "2026-10-01", "聖誕": "2026-12-25",
    "農曆新年": "2027-02-06", "黑色星期五": "2026-11-27",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland and Hong Kong keep the PRC's
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


# 2026: 11-01 is a Sunday, the fourth Thursday 11-26, 黑色星期五 11-27, a
# Friday in the article's ISO week 2026-W48 (new here)
assert _black_friday(2026) == datetime.date(2026, 11, 27)
assert _black_friday(2026).isocalendar()[1:] == (48, 5)

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
    # g223 (2026: the municipality 重庆; the provincial capitals 西安
    # (陕西), 成都 (四川), 郑州 (河南), 武汉 (湖北), 长沙 (湖南), 乌鲁木齐
    # (新疆); the county-level 阿拉山口 (博尔塔拉, since 2012), 霍尔果斯 (伊犁,
    # since 2014), 满洲里, 二连浩特 (内蒙古), 绥芬河, 同江 (黑龙江), 义乌
    # (金华, 浙江); the foreign 巴库, 布达佩斯, 贝尔格莱德, 马德里, 阿拉木图,
    # 塔什干, 比什凯克, 阿斯塔纳, 杜伊斯堡, 汉堡, 华沙 by their common names)
    "西安": "西安市", "重庆": "重庆市", "成都": "成都市", "郑州": "郑州市",
    "武汉": "武汉市", "长沙": "长沙市", "乌鲁木齐": "乌鲁木齐市",
    "阿拉山口": "阿拉山口市", "霍尔果斯": "霍尔果斯市",
    "满洲里": "满洲里市", "二连浩特": "二连浩特市", "绥芬河": "绥芬河市",
    "同江": "同江市", "义乌": "义乌市",
    "巴库": "巴库", "布达佩斯": "布达佩斯", "贝尔格莱德": "贝尔格莱德",
    "马德里": "马德里", "阿拉木图": "阿拉木图", "塔什干": "塔什干",
    "比什凯克": "比什凯克", "阿斯塔纳": "阿斯塔纳", "杜伊斯堡": "杜伊斯堡",
    "汉堡": "汉堡", "华沙": "华沙",
    # g224 (traditional spans; 香港 by its common name; 深圳, 東莞, 惠州,
    # 韶關, 湛江 (广东) with 市)
    "香港": "香港", "深圳": "深圳市", "東莞": "东莞市", "惠州": "惠州市",
    "韶關": "韶关市", "湛江": "湛江市",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "巴库", "布达佩斯", "贝尔格莱德", "马德里", "阿拉木图",
          "塔什干", "比什凯克", "阿斯塔纳", "杜伊斯堡", "汉堡", "华沙"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "怡和集團": "怡和集团", "DFI零售集團": "DFI零售集团", "惠康": "惠康",
    "屈臣氏集團": "屈臣氏集团", "百佳": "百佳", "AEON": "AEON",
    "萬寧": "万宁", "長江和記實業": "长江和记实业", "長和": "长和",
    "入境事務處": "入境事务处", "政府統計處": "政府统计处",
    "統計處": "统计处", "中銀香港": "中银香港",
    "山姆會員商店": "山姆会员商店", "Costco": "Costco", "沃爾瑪": "沃尔玛",
    "盒馬": "盒马", "深圳市市場監督管理局": "深圳市市场监督管理局",
    "新鴻基地產": "新鸿基地产", "一田": "一田",
    "香港科技探索": "香港科技探索", "HKTVmall": "HKTVmall", "京東": "京东",
    "佳寶食品超級市場": "佳宝食品超级市场", "佳寶": "佳宝", "美團": "美团",
    "Keeta": "Keeta", "淘寶": "淘宝", "拼多多": "拼多多",
    "四洲集團": "四洲集团", "五豐行": "五丰行", "蔬菜統營處": "蔬菜统营处",
    "漁農自然護理署": "渔农自然护理署", "工業貿易署": "工业贸易署",
    "香港零售管理協會": "香港零售管理协会",
    "競爭事務委員會": "竞争事务委员会",
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
                # which no GB2312 decoder reads (annotate_fc.py's 堃 88 D2
                # had the lead byte below A1, GBK/3; here 赟 DA 53 has the
                # trail byte below A1, GBK/4, like annotate_gc.py's 玥; the
                # range check follows GBK: lead 81-FE, trail 40-FE but 7F)
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
        if enc == "big5hkscs":  # BIG5-HKSCS, A HONG KONG ARTICLE (new here:
            # annotate_fc.py's UTF-8 block for a Macao article made a
            # Big5-HKSCS one, with annotate_fb.py's BIG5_CODE): no BOM
            # (checked above); big5hkscs reads and round-trips the file
            # (above) and big5 and cp950 fail on it (the narrowest-codec
            # check above), only at the declared characters
            assert not bom and not decodes(raw, "big5") and \
                not decodes(raw, "cp950"), doc_id
            # the characters outside plain Big5 are exactly the declared
            # ones, each outside cp950 too (as declared), with its declared
            # Big5-HKSCS bytes (a lead byte below A1, in HKSCS's added area,
            # which no plain Big5 reader takes), and only in its declared
            # word with its declared count (in no span: checked per row)
            declared = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c in outside:
                assert enc_ok(c, "cp950") == declared[c], (doc_id, c)
                code = c.encode(enc)
                assert code == BIG5_CODE[c] and code in raw, (doc_id, c)
                assert len(code) == 2 and code[0] < 0xA1, (doc_id, c)
                assert not decodes(code, "big5"), (doc_id, c)
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the first one
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is plain Big5 and
            # cp950 byte for byte (the bytes big5hkscs writes), and the line
            # holding one is plain Big5 elsewhere
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    b = line.encode(enc)
                    assert b == line.encode("big5") == line.encode("cp950")
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(declared), line):
                        assert part.encode("big5").decode("big5") == part
            # a GB codec, UTF-8 or UTF-16 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_fb.py): the
            # region is named at least twice (GUIDELINES: Hong Kong bodies
            # without a place, 統計處, 入境事務處 …, stand alone as ORGs)
            assert self.text.count("香港") + self.text.count("本港") >= 2
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
        else:                   # a mainland or Hong Kong text writes no Taiwan
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
# g223 China-Europe rail freight, November 2026: the dateline 本报西安11月
# 20日讯（记者王赟） (本报 names no outlet; the declared 赟) and 20日, the
# meeting of 中欧班列运输协调委员会 in 西安; 国铁集团 (中国国家铁路集团有限
# 公司) on trains and TEU 今年前10个月, 10月 against 去年同期; its 货运部 on
# the three corridors (西、中、东三条通道) and the land ports (阿拉山口,
# 霍尔果斯; 满洲里, 二连浩特, 绥芬河), new routes 今年; the western gateway
# (乌鲁木齐局集团: 阿拉山口、霍尔果斯两地 今年1月至10月, 霍尔果斯站 against
# 去年; 阿拉山口海关 今年, 五年前); the eastern and central ones (哈尔滨局
# 集团 上月; 满洲里海关 10月 against 去年同期; 二连浩特 上月, 二连海关); the
# hub cities and their platform companies (西安自贸港建设运营有限公司 今年前
# 10个月, 上月 西安至巴库; 渝新欧（重庆）物流有限公司 and 重庆; 成都局集团 with
# 成都、重庆两地; 中豫港务集团 and 郑州国际陆港开发建设有限公司 to 布达佩斯,
# 贝尔格莱德; 湖北港口集团 and 武汉汉欧国际物流有限公司 (汉欧国际) against
# 去年; 义乌天盟实业投资有限公司 义乌至马德里; 湖南中南国际陆港有限公司 长沙
# via 满洲里, 同江 本月); cargo value (海关总署 今年前三季度; 比亚迪 今年
# against 去年); Central Asia (国铁集团 今年前10个月 with 阿拉木图, 塔什干,
# 比什凯克; 哈萨克斯坦国家铁路公司 上周 in 阿斯塔纳, 明年一季度; 中铁集装箱
# 运输有限责任公司 (中铁集装箱) 12月 in 阿拉木图); logistics and finance
# (中国外运股份有限公司 三季度; 京东物流, 菜鸟集团 今年前10个月 to 杜伊斯堡,
# 汉堡, 华沙; 中国出口信用保险公司 上月; 中国银行陕西省分行); the outlook
# (国家发展改革委, 商务部 明年 with 西安, 郑州, 乌鲁木齐; 中国物流与采购
# 联合会 明年; 国铁集团 年底, 元旦、春节, 12月至明年1月, 四季度).
# Simplified, GBK without BOM, 2026-11-21 (a Saturday, ISO week 2026-W47),
# 经济日报.  20日 2026-11-20; 上周 2026-W46; 上月 2026-10; 本月 2026-11;
# 明年 2027; 去年 2025; 五年前 2021; 去年同期 2025-10 (after 10月).
# ===========================================================================
@doc
def g223():
    d = Doc(G223)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    XA, CQ, ALSK, HEGS = "西安市", "重庆市", "阿拉山口市", "霍尔果斯市"
    SFH, ELHT, BAKU, BLGL = "绥芬河市", "二连浩特市", "巴库", "贝尔格莱德"
    MAD, TJ, ALMT, AST, DSBG = "马德里", "同江市", "阿拉木图", "阿斯塔纳", \
        "杜伊斯堡"
    # title (a heading that opens with no city: no city section; 前10个月
    # after the name it is about, GUIDELINES; its halves around the space
    # are sentences of their own)
    d.date("中欧班列[[前10个月]]开行", Y, "")
    d.metric("开行[[1.62万列]] 枢纽", "1.62e4", "列", "exact", "")
    # P1 the dateline: 本报 names no outlet (GUIDELINES); 西安 the place
    # filed from; the dateline's date is a DATE (SPEC 新华社北京3月5日电);
    # 20日 takes the dateline's month, earlier in its sentence (GUIDELINES)
    d.city("本报[[西安]]11月")
    d.date("西安[[11月20日]]讯", "2026-11-20", XA)
    d.date("）[[20日]]在西安", "2026-11-20", XA)
    d.city("20日在[[西安]]召开")
    d.org("召开的[[中欧班列运输协调委员会]]年度")
    # a short form in brackets (GUIDELINES 以下简称“中天科技”): two ORGs,
    # the quotes outside
    d.org("，[[中国国家铁路集团有限公司]]（")
    d.org("简称“[[国铁集团]]”）通报")
    d.date("通报，[[今年前10个月]]中欧", Y, XA)
    d.metric("累计开行[[1.62万列]]、", "1.62e4", "列", "exact", XA)
    d.metric("发送货物[[176.3万标箱]]", "176.3e4", "标箱", "exact", XA)
    d.metric("增长[[8.7%]]和", "8.7", "%", "exact", XA)
    d.metric("和[[10.2%]]，综合", "10.2", "%", "exact", XA)
    d.metric("保持在[[99%以上]]。", 99, "%", "over", XA)
    d.date("。[[10月]]单月", OCT, "")
    d.metric("单月开行[[1742列]]", 1742, "列", "exact", "")
    d.metric("环比增长[[约6%]]", 6, "%", "approx", "")
    # after 10月 in its sentence: that month a year earlier (SPEC)
    d.date("比[[去年同期]]增加182列", "2025-10", "")
    d.metric("增加[[182列]]。", 182, "列", "exact", "")
    # P2 the corridors (a department after its body: one ORG, SPEC
    # 蚂蚁金服集团银行服务部; 西、中、东三条: the collective label of the
    # list just given, GUIDELINES)
    d.org("[[国铁集团货运部]]相关")
    d.date("通道[[今年前10个月]]分别", Y, "")
    d.metric("中欧班列[[8630列]]、", 8630, "列", "exact", "")
    d.metric("、[[3120列]]和", 3120, "列", "exact", "")
    d.metric("和[[4450列]]。", 4450, "列", "exact", "")
    d.city("其中经[[阿拉山口]]、")
    d.city("阿拉山口、[[霍尔果斯]]出入境的")
    d.metric("占比[[超过五成]]", 50, "%", "over", HEGS)
    # cities listed before 等口岸 (a list sharing one head: the items are
    # cities, SPEC 广州、深圳等机场)
    d.city("经[[满洲里]]、二连浩特、绥芬河等")
    d.city("满洲里、[[二连浩特]]、绥芬河等")
    d.city("二连浩特、[[绥芬河]]等口岸")
    # 约 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("约占[[四成]]。", 40, "%", "approx", SFH, sep="约")
    d.date("。[[今年]]以来，国铁集团新开", Y, "")
    d.org("以来，[[国铁集团]]新开")
    d.metric("线路[[11条]]", 11, "条", "exact", "")
    d.metric("欧洲[[26个]]国家", 26, "个", "exact", "")
    d.metric("国家[[230个]]城市", 230, "个", "exact", "")
    d.metric("亚洲[[11个]]国家", 11, "个", "exact", "")
    d.metric("国家[[100多个]]城市", 100, "个", "over", "")
    # P3 the western gateway (a city before 局集团 names the railway bureau
    # group, no CITY, GUIDELINES 成都局集团; 阿拉山口、霍尔果斯两地 at the head
    # of its clause: 两 the collective label; 霍尔果斯站: a city before 站 is
    # no CITY, GUIDELINES)
    d.org("。[[中国铁路乌鲁木齐局集团有限公司]]数据")
    d.city("显示，[[阿拉山口]]、霍尔果斯两地")
    d.city("阿拉山口、[[霍尔果斯]]两地")
    # a range of months, each with its own 月, 今年 attached to the first
    d.date("两地[[今年1月]]至10月", "2026-01", HEGS)
    d.date("今年1月至[[10月]]进出境", OCT, HEGS)
    d.metric("班列达[[1.28万列]]", "1.28e4", "列", "exact", HEGS)
    d.metric("同比增长[[约9%]]；", 9, "%", "approx", HEGS)
    # 去年 with no stated period in its sentence: from the reference year
    d.date("由[[去年]]的18列", LY, "")
    d.metric("的[[18列]]提高", 18, "列", "exact", "")
    d.metric("提高到[[22列左右]]", 22, "列", "approx", "")
    d.metric("提升[[约两成]]。", 20, "%", "approx", "")
    d.org("。[[阿拉山口海关]]相关")
    d.date("表示，[[今年]]以来该关", Y, "")
    # a time figure after the statistic cue 平均 (GUIDELINES); 以内 is
    # under (GUIDELINES)
    d.metric("压缩至[[2.5小时以内]]", "2.5", "小时", "under", "")
    d.date("较[[五年前]]缩短", "2021", "")
    d.metric("缩短[[约70%]]。", 70, "%", "approx", "")
    # P4 the eastern and central corridors
    d.org("，[[中国铁路哈尔滨局集团有限公司]]表示")
    d.city("经[[满洲里]]、绥芬河进出境")
    d.city("满洲里、[[绥芬河]]进出境")
    d.date("班列[[上月]]合计", OCT, SFH)
    d.metric("合计开行[[468列]]", 468, "列", "exact", SFH)
    # 海关 is a government head (GUIDELINES 南通海关): ORG, no CITY
    d.org("；[[满洲里海关]]统计")
    d.date("统计，[[10月]]回程", OCT, "")
    d.date("由[[去年同期]]的39%", "2025-10", "")
    d.metric("的[[39%]]提升", 39, "%", "exact", "")
    d.metric("提升至[[46%]]。", 46, "%", "exact", "")
    d.city("经[[二连浩特]]进出境")
    d.date("中欧班列[[上月]]达到", OCT, ELHT)
    d.metric("达到[[356列]]", 356, "列", "exact", ELHT)
    d.org("，[[二连海关]]对班列")
    d.metric("缩短[[约6小时]]。", 6, "小时", "approx", ELHT)
    # P5 the hub cities (a list before 等枢纽城市: cities)
    d.city("看，[[西安]]、重庆")
    d.city("西安、[[重庆]]、成都")
    d.city("重庆、[[成都]]、郑州")
    d.city("成都、[[郑州]]、武汉")
    d.city("郑州、[[武汉]]等枢纽")
    # a place in front of a registered name belongs to it (SPEC): no CITY
    d.org("。[[西安自贸港建设运营有限公司]]介绍")
    d.date("介绍，[[今年前10个月]]从西安", Y, XA)
    d.city("从[[西安]]始发")
    d.metric("班列达[[4716列]]", 4716, "列", "exact", XA)
    d.metric("同比增长[[约7%]]；上月", 7, "%", "approx", XA)
    d.date("；[[上月]]该公司", OCT, XA)
    # a route confirms its cities (GUIDELINES 义乌至马德里)
    d.city("新开[[西安]]至巴库")
    d.city("西安至[[巴库]]的")
    # time figures after 平均 and with 缩短 in their clause (GUIDELINES)
    d.metric("运行时间[[约12天]]", 12, "天", "approx", BAKU)
    d.metric("缩短[[5天左右]]。", 5, "天", "approx", BAKU)
    # a registered name with its city in brackets inside: one ORG, no CITY
    # (precedent GC's 中國電信（澳門）有限公司, FA's 中国光大环境（集团）有限公司)
    d.org("。[[渝新欧（重庆）物流有限公司]]数据")
    d.city("显示，[[重庆]]今年前10个月")
    d.date("重庆[[今年前10个月]]开行", Y, CQ)
    d.metric("中欧班列[[2860列]]", 2860, "列", "exact", CQ)
    d.metric("货值[[约586亿元]]", "586e8", "元", "approx", CQ)
    d.org("；[[中国铁路成都局集团有限公司]]统计")
    d.city("统计，[[成都]]、重庆两地")
    d.city("成都、[[重庆]]两地")
    d.metric("共开行[[5310列]]", 5310, "列", "exact", CQ)
    d.metric("货值[[超过1100亿元]]", "1100e8", "元", "over", CQ)
    d.metric("占比[[约三成]]。", 30, "%", "approx", CQ)
    # P6 the platform companies (旗下 between two names: two ORGs,
    # GUIDELINES 全联旗下全支付)
    d.org("[[中豫港务集团]]旗下")
    d.org("旗下[[郑州国际陆港开发建设有限公司]]表示")
    d.city("开往[[布达佩斯]]、")
    d.city("、[[贝尔格莱德]]的线路")
    d.date("线路[[今年前10个月]]开行量", Y, BLGL)
    d.metric("增长[[1.1倍]]。", "1.1", "倍", "exact", BLGL)
    d.org("。[[湖北港口集团]]旗下")
    d.org("旗下的[[武汉汉欧国际物流有限公司]]（")
    d.org("简称“[[汉欧国际]]”）")
    d.date("介绍，[[今年前10个月]]汉欧国际", Y, "")
    d.org("10个月[[汉欧国际]]发运")
    d.metric("班列[[约1010列]]", 1010, "列", "approx", "")
    # 超过去年: the verb owns its 过 (GUIDELINES); 全年 outside
    d.date("已超过[[去年]]全年", LY, "")
    d.org("。[[义乌天盟实业投资有限公司]]数据")
    d.city("显示，[[义乌]]至马德里")
    d.city("义乌至[[马德里]]线路")
    d.date("线路[[今年]]已开行", Y, MAD)
    d.metric("已开行[[约260列]]", 260, "列", "approx", MAD)
    d.metric("货值[[约1500万元]]", "1500e4", "元", "approx", MAD)
    d.org("；[[湖南中南国际陆港有限公司]]介绍")
    d.city("介绍，[[长沙]]经满洲里")
    d.city("长沙经[[满洲里]]、同江")
    d.city("满洲里、[[同江]]出境")
    d.date("班列[[本月]]以来", NOV, TJ)
    d.metric("发运[[1.5列]]。", "1.5", "列", "exact", TJ)
    # P7 cargo value (“新三样”: no figure, GUIDELINES)
    d.org("，[[海关总署]]数据")
    d.date("显示，[[今年前三季度]]中欧", Y, "")
    d.metric("进出口货值[[约3870亿元]]", "3870e8", "元", "approx", "")
    d.metric("同比增长[[12.4%]]。", "12.4", "%", "exact", "")
    d.metric("出口货值[[约2410亿元]]", "2410e8", "元", "approx", "")
    d.metric("出口增长[[约35%]]", 35, "%", "approx", "")
    d.metric("提高至[[18.6%]]；", "18.6", "%", "exact", "")
    d.metric("进口货值增长[[约8%]]。", 8, "%", "approx", "")
    # a brand acting as a company before 相关负责人 (GUIDELINES)
    d.org("。[[比亚迪]]相关")
    d.date("公司[[今年]]通过", Y, "")
    d.metric("新能源汽车[[约4.8万辆]]", "4.8e4", "辆", "approx", "")
    d.date("较[[去年]]增长逾六成", LY, "")
    d.metric("增长[[逾六成]]。", 60, "%", "over", "")
    # P8 Central Asia
    d.org("。[[国铁集团]]数据显示，今年前10个月中亚")
    d.date("显示，[[今年前10个月]]中亚", Y, ALMT)
    d.metric("开行[[约4200列]]", 4200, "列", "approx", ALMT)
    d.metric("同比增长[[14.6%]]，", "14.6", "%", "exact", ALMT)
    d.city("开往[[阿拉木图]]、塔什干")
    d.city("、[[塔什干]]、比什凯克")
    d.city("、[[比什凯克]]等城市")
    d.org("。[[哈萨克斯坦国家铁路公司]]上周")
    d.date("铁路公司[[上周]]在", "2026-W46", AST)
    d.city("在[[阿斯塔纳]]表示")
    d.date("将在[[明年一季度]]前", "2027-Q1", AST)
    # a count in Chinese numerals with its measure word, no list before it
    # (precedent FC's 六家)
    d.metric("新增[[两处]]换装", 2, "处", "exact", AST)
    d.metric("提高[[约25%]]；", 25, "%", "approx", AST)
    d.org("；[[中铁集装箱运输有限责任公司]]（")
    d.org("简称“[[中铁集装箱]]”）")
    d.date("计划于[[12月]]在", "2026-12", ALMT)
    d.city("在[[阿拉木图]]增设")
    d.metric("满足[[约3000标箱]]", 3000, "标箱", "approx", ALMT)
    # P9 logistics and finance (京东物流: a business line after a listed
    # company names its unit, GUIDELINES 东航物流)
    d.org("。[[中国外运股份有限公司]]三季度")
    d.date("有限公司[[三季度]]报告", "2026-Q3", "")
    d.metric("收入[[约46亿元]]", "46e8", "元", "approx", "")
    d.metric("同比增长[[约15%]]；", 15, "%", "approx", "")
    d.org("；[[京东物流]]、")
    d.org("、[[菜鸟集团]]等企业")
    d.date("专线，[[今年前10个月]]承运", Y, DSBG)
    d.metric("包裹[[约2100万件]]", "2100e4", "件", "approx", DSBG)
    # three cities before 等分拨中心所在城市 (a list sharing one head; a list
    # of three confirms 汉堡, GUIDELINES)
    d.city("发往[[杜伊斯堡]]、")
    d.city("、[[汉堡]]、华沙")
    d.city("、[[华沙]]等分拨")
    d.org("，[[中国出口信用保险公司]]上月")
    d.date("保险公司[[上月]]为", OCT, "")
    d.metric("承保[[约62亿美元]]", "62e8", "美元", "approx", "")
    # a bank's branch in its province: one ORG (GUIDELINES)
    d.org("，[[中国银行陕西省分行]]推出")
    d.metric("投放[[约14亿元]]。", "14e8", "元", "approx", "")
    # P10 the outlook
    d.date("展望[[明年]]，", NY, XA)
    d.org("，[[国家发展改革委]]、")
    d.org("、[[商务部]]有关")
    d.city("支持[[西安]]、郑州")
    d.city("西安、[[郑州]]、乌鲁木齐")
    d.city("、[[乌鲁木齐]]等城市")
    d.org("。[[中国物流与采购联合会]]调查")
    d.metric("显示，[[约七成]]受访", 70, "%", "approx", "")
    d.date("计划[[明年]]增加", NY, "")
    d.org("。[[国铁集团]]预计")
    # 年底 (到 outside) -> the year; 全年 outside every span
    d.date("到[[年底]]全年", Y, "")
    d.metric("将[[突破1.9万列]]；", "1.9e4", "列", "over", "")
    # yearless holidays: the coming ones; 12月 beside them nearest them,
    # 四季度 in their sentence this year's (GUIDELINES)
    d.date("针对[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]前后", "2027-02-06", "")
    d.date("，[[12月]]至明年1月", "2026-12", "")
    d.date("至[[明年1月]]计划", "2027-01", "")
    d.metric("加开班列[[约600列]]", 600, "列", "approx", "")
    d.date("，[[四季度]]日均", "2026-Q4", "")
    d.metric("保持在[[60列以上]]。", 60, "列", "over", "")
    audit = {
        "orgs": ["中欧班列运输协调委员会", "中国国家铁路集团有限公司",
                 "国铁集团", "国铁集团货运部",
                 "中国铁路乌鲁木齐局集团有限公司", "阿拉山口海关",
                 "中国铁路哈尔滨局集团有限公司", "满洲里海关", "二连海关",
                 "西安自贸港建设运营有限公司", "渝新欧（重庆）物流有限公司",
                 "中国铁路成都局集团有限公司", "中豫港务集团",
                 "郑州国际陆港开发建设有限公司", "湖北港口集团",
                 "武汉汉欧国际物流有限公司", "汉欧国际",
                 "义乌天盟实业投资有限公司", "湖南中南国际陆港有限公司",
                 "海关总署", "比亚迪", "哈萨克斯坦国家铁路公司",
                 "中铁集装箱运输有限责任公司", "中铁集装箱",
                 "中国外运股份有限公司", "京东物流", "菜鸟集团",
                 "中国出口信用保险公司", "中国银行陕西省分行",
                 "国家发展改革委", "商务部", "中国物流与采购联合会"],
        "cities": ["西安", "重庆", "成都", "郑州", "武汉", "长沙", "乌鲁木齐",
                   "哈尔滨", "阿拉山口", "霍尔果斯", "满洲里", "二连浩特",
                   "二连", "绥芬河", "同江", "义乌", "巴库", "布达佩斯",
                   "贝尔格莱德", "马德里", "阿拉木图", "塔什干", "比什凯克",
                   "阿斯塔纳", "杜伊斯堡", "汉堡", "华沙", "湖北", "湖南",
                   "陕西", "中国", "欧洲", "中亚", "亚洲", "哈萨克斯坦",
                   "里海", "全国", "城市"],
        # 霍尔果斯站 (a city before 站: a station, no CITY, GUIDELINES);
        # 欧洲 (x4), 中亚 (x5, the title's included), 亚洲, 里海 (regions and
        # a sea: 跨里海班列, 中欧 is no place); 城市 (x8: the generic word);
        # 哈萨克斯坦 only inside its ORG; 二连 only inside 二连海关 and 二连浩特
        "excluded": ["[[霍尔果斯]]站日均", "通达[[欧洲]]26个",
                     "[[欧洲]]专线", "向[[欧洲]]和中亚", "回程方向，[[欧洲]]的",
                     "加密[[中亚]]和", "欧洲和[[中亚]]发运", "[[中亚]]方向",
                     "月[[中亚]]班列", "、[[中亚]]班列达", "[[亚洲]]11个", "跨[[里海]]班列",
                     "枢纽[[城市]]加密", "230个[[城市]]，", "100多个[[城市]]。",
                     "开行[[城市]]看", "等枢纽[[城市]]继续", "比什凯克等[[城市]]",
                     "所在[[城市]]。", "乌鲁木齐等[[城市]]"],
        "numbers_excluded": [],
        # “新三样”: a label of three kinds of goods, no figure (GUIDELINES)
        "cn_excluded": ["“新[[三]]样”"],
        # collective labels of the lists just given (GUIDELINES: 重庆、武汉、
        # 长沙三地 -> no METRIC; checked by check_collective)
        "collectives": [("西、中、东[[三]]条", 3), ("霍尔果斯[[两]]地", 2),
                        ("成都、重庆[[两]]地", 2)],
        "latin_excluded": [],
        # time words that are no DATE: 年度 (年度会议, an annual meeting, no
        # year before it), 全年 (x2: after 去年 and 年底, outside their spans,
        # GUIDELINES), 单月 (x2: a single month, after 10月 and in 创单月新高),
        # 日均 (x3: a daily average), 周转 (turnover); 同期 only inside
        # 去年同期
        "words_excluded": {"年度": 1, "全年": 2, "单月": 2, "日均": 3,
                           "周转": 1, "同期": 0, "当天": 0, "日前": 0,
                           "同日": 0},
        # generic heads outside ORG rows: 公司 (x2: 该公司 and 比亚迪's 公司,
        # read back), 中心 (x2: 集结中心, 分拨中心, facilities), 局 (布局, a
        # verb); 集团, 海关, 总署, 委员会, 联合会, 银行 only inside ORG rows
        "orgwords_excluded": {"公司": 2, "中心": 2, "局": 1, "集团": 0,
                              "海关": 0, "总署": 0, "委员会": 0, "联合会": 0,
                              "银行": 0, "协会": 0, "政府": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g224 Supermarkets and food prices in Hong Kong, November 2026: 消費者委員會
# (消委會) 上周五（20日） on the supermarket price watch of 今年第三季 (320
# items of 3 chains), 深圳 against 本港; the chains and their parents (怡和
# 集團, DFI零售集團 and 惠康; 屈臣氏集團 and 百佳; AEON; DFI零售集團 上周四 on
# 第三季 in 香港, 萬寧; 惠康 年底; 長江和記實業 (長和) on 百佳 今年上半年;
# 百佳 昨日, 明年); shoppers heading north (入境事務處 今年首10個月 to 深圳,
# 上月 against 去年同期; 政府統計處 9月 against 8月; 統計處 上周, 10月;
# 中銀香港 今年首三季); 深圳, 東莞, 山姆會員商店, Costco (the declared 餸 of
# 買餸), a tour 上月; 沃爾瑪 and 山姆會員商店 明年首季; 盒馬 in 東莞; 深圳市
# 市場監督管理局 上月, 今年); price cuts (惠康 上周; 百佳 本月; 新鴻基地產 and
# 一田, AEON; 今年第四季 against 去年同期); online platforms (香港科技探索
# and HKTVmall 今年首三季; 京東 去年8月 and 佳寶食品超級市場, 佳寶; 美團 and
# Keeta; 淘寶, 拼多多); importers and wholesalers (四洲集團 明年1月; 五豐行
# 上月; 蔬菜統營處 本月上旬 against 去年同期); frozen-meat shops (五年前; 佳寶
# 明年首季); supply (漁農自然護理署 今年首10個月 with 惠州, 韶關, 湛江;
# 工業貿易署 今年首三季, 兩年前); the outlook (香港零售管理協會 今年國慶, 聖誕,
# 農曆新年; HKTVmall 本周五（27日） 黑色星期五, 當日; 競爭事務委員會 上月,
# 明年, 香港).  Traditional as Hong Kong writes it (按年, 按月, 首10個月,
# 首三季, 第三季, 第四季, 首季, 上周, 上周四, 上周五（20日）, 本周五（27日）,
# 公布, 即沖, 佔, 元 for Hong Kong dollars, 「」 quotes, 本港, 全港), BIG5-HKSCS
# without BOM, 2026-11-23 (a Monday, ISO week 2026-W48), 東方日報; no
# dateline.  昨日 2026-11-22; 上周 2026-W47; 上周四 2026-11-19; 上周五
# 2026-11-20; 本周五 2026-11-27; 上月 2026-10; 本月 2026-11; 明年 2027;
# 去年同期 2025-10 (after 上月), 2025-Q4 (after 今年第四季) and 2025-11
# (after 本月上旬).
# ===========================================================================
@doc
def g224():
    d = Doc(G224)
    Y, NY = "2026", "2027"
    OCT, NOV = "2026-10", "2026-11"
    SZ, HK, HZ = "深圳市", "香港", "惠州市"
    # title: a heading that opens with an ORG, no city (no city section);
    # its halves around the space are sentences of their own
    d.org("[[消委會]]監察顯示")
    d.metric("按年升[[2.6%]] 北上", "2.6", "%", "exact", "")
    # P1 the consumer council's price watch (a short form in brackets:
    # two ORGs; the bracketed day is its own mention, SPEC 今日(15日); a
    # weekday inside the span gives the day, GUIDELINES 上周五)
    d.org("[[消費者委員會]]（消委會）")
    d.org("（[[消委會]]）上周五")
    d.date("）[[上周五]]（20日）", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    # Hong Kong writes quarters without 度 (GUIDELINES); 今年 attached
    d.date("公布[[今年第三季]]超市", "2026-Q3", "")
    d.metric("結果，[[3間]]大型", 3, "间", "exact", "")
    d.metric("超市共[[320項]]貨品", 320, "项", "exact", "")
    d.metric("按年上升[[2.6%]]，升幅", "2.6", "%", "exact", "")
    # 高於 is no marker (GUIDELINES); the 約 touching the figure is
    d.metric("高於[[約1.8%]]的", "1.8", "%", "approx", "")
    d.metric("分別上升[[4.9%]]、", "4.9", "%", "exact", "")
    d.metric("、[[6.2%]]及", "6.2", "%", "exact", "")
    d.metric("及[[5.7%]]；", "5.7", "%", "exact", "")
    d.metric("下跌[[約1.5%]]。", "1.5", "%", "approx", "")
    d.org("。[[消委會]]同時")
    d.city("比較[[深圳]]與本港")
    d.metric("超市[[30款]]常見", 30, "款", "exact", SZ)
    # a city used as a modifier counts (SPEC 杭州特色)
    d.city("發現[[深圳]]售價")
    d.metric("本港低[[約38%]]", 38, "%", "approx", SZ)
    d.metric("差價更[[逾五成]]。", 50, "%", "over", SZ)
    # P2 the chains and their parents (旗下 between two names: two ORGs,
    # GUIDELINES 全联旗下全支付; a Latin-letter name is an ORG as written)
    d.org("，[[怡和集團]]旗下")
    d.org("旗下[[DFI零售集團]]經營")
    d.org("經營的[[惠康]]，")
    d.metric("售價按年升[[2.1%]]；", "2.1", "%", "exact", "")
    d.org("；[[屈臣氏集團]]旗下")
    d.org("旗下[[百佳]]升")
    d.metric("百佳升[[2.8%]]，", "2.8", "%", "exact", "")
    d.org("，[[AEON]]升3.2%")
    d.metric("AEON升[[3.2%]]。", "3.2", "%", "exact", "")
    d.org("。[[DFI零售集團]]上周四")
    d.date("零售集團[[上周四]]公布", "2026-11-19", HK)
    d.date("公布[[第三季]]營運", "2026-Q3", HK)
    d.city("，[[香港]]食品業務")
    d.metric("下跌[[約3%]]，", 3, "%", "approx", HK)
    # a descriptor in front of a name stays outside (SPEC 美国咨询公司麦肯锡)
    d.org("業務[[萬寧]]則")
    d.metric("上升[[約4%]]；", 4, "%", "approx", HK)
    d.org("；[[惠康]]期內")
    d.metric("關閉[[6間]]分店", 6, "间", "exact", "")
    # 約有: the marker separated by the verb 有 stays outside and sets
    # approx (GUIDELINES 约为19%; precedent KB's 約有152萬人)
    d.metric("約有[[270間]]門市", 270, "间", "approx", "", sep="約")
    d.date("在[[年底]]前", Y, "")
    d.metric("再關閉[[約5間]]。", 5, "间", "approx", "")
    d.org("。[[長江和記實業]]（")
    d.org("（[[長和]]）")
    d.org("則指，[[百佳]]今年")
    # several months of a year give the year (SPEC 上半年)
    d.date("百佳[[今年上半年]]收益", Y, "")
    d.metric("收益[[約95億元]]", "95e8", "元", "approx", "")
    d.metric("減少[[4.1%]]。", "4.1", "%", "exact", "")
    d.org("。[[百佳]]昨日")
    d.date("百佳[[昨日]]回應", "2026-11-22", "")
    d.date("表示，[[明年]]將再", NY, "")
    d.metric("再把[[約300款]]貨品", 300, "款", "approx", "")
    # P3 shoppers heading north (Hong Kong writes the first months with 首,
    # GUIDELINES; 港人 holds the one-character 港, no CITY)
    d.org("。[[入境事務處]]數字")
    d.date("顯示，[[今年首10個月]]經", Y, SZ)
    d.city("前往[[深圳]]等地")
    d.metric("港人[[約6,480萬人次]]", "6480e4", "人次", "approx", SZ)
    d.metric("增加[[約12%]]；", 12, "%", "approx", SZ)
    d.date("；[[上月]]單月", OCT, "")
    d.metric("錄得[[約720萬人次]]", "720e4", "人次", "approx", "")
    # after 上月 in its sentence: that month a year earlier (SPEC)
    d.date("較[[去年同期]]增加逾兩成", "2025-10", "")
    d.metric("增加[[逾兩成]]。", 20, "%", "over", "")
    d.org("。[[政府統計處]]較早前")
    d.date("公布，[[9月]]超級市場", "2026-09", "")
    d.metric("價值[[約61.3億元]]", "61.3e8", "元", "approx", "")
    d.metric("下跌[[4.6%]]，", "4.6", "%", "exact", "")
    # a baseline month of the reference year (GUIDELINES)
    d.date("較[[8月]]的", "2026-08", "")
    d.metric("8月的[[3.1%]]擴大", "3.1", "%", "exact", "")
    # its own short name in a Hong Kong text (GUIDELINES 统计处)
    d.org("。[[統計處]]上周")
    d.date("統計處[[上周]]亦", "2026-W47", "")
    d.date("公布，[[10月]]基本", OCT, "")
    d.metric("上升[[1.6%]]，當中", "1.6", "%", "exact", "")
    d.metric("食品升[[1.4%]]，", "1.4", "%", "exact", "")
    d.metric("下跌[[約6%]]。", 6, "%", "approx", "")
    # a bank's arm in Hong Kong: one ORG, no CITY (GUIDELINES 星展香港)
    d.org("。[[中銀香港]]信用卡")
    d.date("港人[[今年首三季]]在", Y, "")
    d.metric("增長[[約27%]]，", 27, "%", "approx", "")
    d.metric("下跌[[約5%]]。", 5, "%", "approx", "")
    # P4 across the border (the declared 餸 of 買餸 in no span)
    d.city("結伴到[[深圳]]、東莞")
    d.city("深圳、[[東莞]]的")
    d.org("的[[山姆會員商店]]及Costco")
    d.org("及[[Costco]]入貨")
    d.city("推出的[[深圳]]購物團")
    d.metric("由[[99元]]起", 99, "元", "exact", SZ)
    d.date("起，[[上月]]參團", OCT, SZ)
    d.metric("增加[[約35%]]。", 35, "%", "approx", SZ)
    d.org("。[[沃爾瑪]]旗下")
    d.org("旗下[[山姆會員商店]]早前")
    d.date("表示，[[明年首季]]將在深圳", "2027-Q1", SZ)
    d.city("將在[[深圳]]再開設")
    d.metric("再開設[[2間]]面向", 2, "间", "exact", SZ)
    d.org("；[[盒馬]]則")
    d.city("在[[東莞]]增設")
    # a city inside a government body's name: ORG, no CITY (SPEC)
    d.org("。[[深圳市市場監督管理局]]上月")
    d.date("管理局[[上月]]亦", OCT, "")
    d.date("，[[今年]]以來處理", Y, "")
    d.metric("投訴[[約1,300宗]]。", 1300, "宗", "approx", "")
    # P5 price cuts
    d.org("。[[惠康]]上周起")
    d.date("惠康[[上周]]起", "2026-W47", "")
    d.metric("推出[[逾800款]]貨品", 800, "款", "over", "")
    d.metric("減幅達[[15%]]；", 15, "%", "exact", "")
    d.org("；[[百佳]]由本月起")
    d.date("由[[本月]]起", NOV, "")
    d.metric("增至[[約1,200款]]", 1200, "款", "approx", "")
    d.metric("低[[約兩成]]。", 20, "%", "approx", "")
    d.org("。[[新鴻基地產]]旗下")
    d.org("旗下[[一田]]及")
    d.org("一田及[[AEON]]亦")
    # 折 below 10 times 10 (GUIDELINES 8折 -> 80 %)
    d.metric("會員[[8折]]優惠", 80, "%", "exact", "")
    d.date("估計[[今年第四季]]超市", "2026-Q4", "")
    # after a quarter: that quarter a year earlier (SPEC)
    d.date("較[[去年同期]]增加近三成", "2025-Q4", "")
    d.metric("增加[[近三成]]。", 30, "%", "approx", "")
    # P6 online platforms (a company's trade name recurs, GUIDELINES:
    # 佳寶食品超級市場 -> 佳寶)
    d.org("。[[香港科技探索]]旗下")
    d.org("旗下[[HKTVmall]]表示")
    d.date("表示，[[今年首三季]]超市", Y, "")
    d.metric("增長[[約18%]]，", 18, "%", "approx", "")
    d.metric("金額[[約480元]]；", 480, "元", "approx", "")
    d.org("；[[京東]]去年")
    d.date("京東[[去年8月]]完成", "2025-08", "")
    d.org("收購[[佳寶食品超級市場]]後")
    d.org("後，[[佳寶]]現時")
    d.metric("約有[[90間]]分店", 90, "间", "approx", "", sep="約")
    d.org("接入[[京東]]平台")
    d.org("。[[美團]]旗下")
    d.org("平台[[Keeta]]亦")
    d.metric("由[[約2萬款]]增至", "2e4", "款", "approx", "")
    d.metric("增至[[逾5萬款]]。", "5e4", "款", "over", "")
    d.org("。[[淘寶]]、")
    d.org("、[[拼多多]]等")
    d.metric("合共[[超過三成]]。", 30, "%", "over", "")
    # P7 importers and wholesalers (日本, 泰國: countries)
    d.org("。[[四洲集團]]表示")
    d.metric("上升[[約8%]]，明年", 8, "%", "approx", "")
    d.date("，[[明年1月]]起", "2027-01", "")
    # a range whose figures each carry their unit
    d.metric("加價[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]。", 5, "%", "exact", "")
    d.org("。[[五豐行]]指")
    d.date("指，[[上月]]經該行", OCT, "")
    d.metric("活豬[[約3.6萬頭]]", "3.6e4", "头", "approx", "")
    # 每擔, 每斤 before the figure stay outside (GUIDELINES 每平方米)
    d.metric("每擔[[約1,980元]]", 1980, "元", "approx", "")
    d.metric("回落[[2.4%]]；", "2.4", "%", "exact", "")
    d.org("；[[蔬菜統營處]]數字")
    # a part of a month gives the month (SPEC 9月上旬)
    d.date("顯示，[[本月上旬]]菜心", NOV, "")
    d.metric("每斤[[約9.8元]]", "9.8", "元", "approx", "")
    d.date("較[[去年同期]]下跌近一成", "2025-11", "")
    d.metric("下跌[[近一成]]。", 10, "%", "approx", "")
    # P8 frozen-meat shops (新界 a region, no CITY)
    d.date("由[[五年前]]約1,100間", "2021", "")
    d.metric("五年前[[約1,100間]]", 1100, "间", "approx", "")
    d.metric("現時[[約850間]]", 850, "间", "approx", "")
    d.org("；[[佳寶]]則表示")
    d.date("表示，[[明年首季]]仍會", "2027-Q1", "")
    d.metric("增設[[2間]]分店", 2, "间", "exact", "")
    # P9 supply (a list of three cities before 等地: cities)
    d.org("[[漁農自然護理署]]數字")
    d.date("顯示，[[今年首10個月]]內地", Y, HZ)
    d.metric("新鮮蔬菜[[約49.5萬公噸]]", "49.5e4", "公吨", "approx", HZ)
    d.metric("供應[[約九成]]，", 90, "%", "approx", HZ)
    d.city("來自[[惠州]]、")
    d.city("、[[韶關]]及")
    d.city("及[[湛江]]等地")
    d.org("。[[工業貿易署]]則指")
    d.date("則指，[[今年首三季]]食米", Y, "")
    d.metric("進口量[[約24.6萬公噸]]", "24.6e4", "公吨", "approx", "")
    d.metric("增加[[3.8%]]，", "3.8", "%", "exact", "")
    # 約 before 佔 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("約佔[[53%]]，", 53, "%", "approx", "", sep="約")
    d.date("由[[兩年前]]的6%", "2024", "")
    d.metric("的[[6%]]升至", 6, "%", "exact", "")
    d.metric("升至[[約9%]]。", 9, "%", "approx", "")
    # P10 the outlook (協會 read back, no ORG)
    d.org("[[香港零售管理協會]]指")
    # a year word before a holiday is inside the span (GUIDELINES 2024年
    # 春节); Hong Kong keeps the PRC's National Day
    d.date("指，[[今年國慶]]黃金周", "2026-10-01", "")
    d.metric("增加[[約9%]]，但", 9, "%", "approx", "")
    d.date("，[[聖誕]]及農曆新年", "2026-12-25", "")
    d.date("及[[農曆新年]]前後", "2027-02-06", "")
    d.metric("下跌[[3%]]至4%", 3, "%", "exact", "")
    d.metric("3%至[[4%]]。", 4, "%", "exact", "")
    d.org("[[HKTVmall]]及多間")
    d.date("將於[[本周五]]（27日）", "2026-11-27", "")
    d.date("本周五（[[27日]]）", "2026-11-27", "")
    # the day after 感恩节 (GUIDELINES), the quotes outside
    d.date("「[[黑色星期五]]」", "2026-11-27", "")
    d.org("，[[HKTVmall]]預計")
    # 當日: the latest day the text gave, a holiday of its sentence
    # included (GUIDELINES)
    d.date("預計[[當日]]訂單", "2026-11-27", "")
    # a figure in 一倍 (GUIDELINES)
    d.metric("增加[[約一倍]]。", 1, "倍", "approx", "")
    d.org("。[[競爭事務委員會]]上月")
    d.date("委員會[[上月]]表示", OCT, HK)
    d.date("，[[明年]]將就", NY, HK)
    d.city("就[[香港]]超市")
    audit = {
        "orgs": ["消費者委員會", "消委會", "怡和集團", "DFI零售集團", "惠康",
                 "屈臣氏集團", "百佳", "AEON", "萬寧", "長江和記實業", "長和",
                 "入境事務處", "政府統計處", "統計處", "中銀香港",
                 "山姆會員商店", "Costco", "沃爾瑪", "盒馬",
                 "深圳市市場監督管理局", "新鴻基地產", "一田", "香港科技探索",
                 "HKTVmall", "京東", "佳寶食品超級市場", "佳寶", "美團",
                 "Keeta", "淘寶", "拼多多", "四洲集團", "五豐行",
                 "蔬菜統營處", "漁農自然護理署", "工業貿易署",
                 "香港零售管理協會", "競爭事務委員會"],
        "cities": ["香港", "本港", "全港", "深圳", "東莞", "惠州", "韶關",
                   "湛江", "內地", "新界", "廣東", "城市"],
        # 本港 (x6) and 全港 (x2): deictic (SPEC 全港); 內地 (x4): a region;
        # 新界: a region of Hong Kong; 香港 and 深圳 stand elsewhere only in
        # CITY rows or inside ORG rows (中銀香港, 香港科技探索, 香港零售管理
        # 協會, 深圳市市場監督管理局)
        "excluded": ["與[[本港]]超市", "較[[本港]]低", "在[[本港]]超市的消費則",
                     "在[[本港]]網購", "佔[[本港]]蔬菜", "在[[本港]]超市的消費按年",
                     "現時[[全港]]約有", "，[[全港]]凍肉店", "在[[內地]]超市",
                     "等[[內地]]平台", "個月[[內地]]供港", "期間[[內地]]旅客",
                     "在[[新界]]增設"],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x16, the title's included: year
        # on year), 按月 (month on month), 單月 (a single month, after 上月),
        # 日用品 (daily goods), 日本 (x2: Japan), 明碼 (marked prices), 黃金周
        # (after the DATE 今年國慶), 全年 (a whole year, no year before it)
        "words_excluded": {"按年": 16, "按月": 1, "單月": 1, "日用品": 1,
                           "日本": 2, "明碼": 1, "黃金周": 1, "全年": 1,
                           "同期": 0, "當天": 0, "日前": 0, "同日": 0},
        # generic heads outside ORG rows: 協會 (協會預計, read back), 處
        # (處理, to handle); 該行 (五豐行 read back) holds no audited head;
        # 集團, 委員會, 署, 局, 公司 and 商店 only inside ORG rows
        "orgwords_excluded": {"協會": 1, "處": 1, "集團": 0, "委員會": 0,
                              "署": 0, "局": 0, "公司": 0, "商店": 0,
                              "政府": 0},
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



def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; precedent
    annotate_fa.py's check, from annotate_ga.py)."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:\d{1,2}日|底|初|份)?|第?([一二三四1-4])季度?|"
                     r"(年底)", tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    before = d.text[s:r["start"]]
    if not re.search(r"明年|后年|後年|明（\d{2,3}）年", before):
        return
    ref = datetime.date.fromisoformat(d.published)
    if m.group(1):
        mon = int(m.group(1))
        assert mon != ref.month, ("the reference month itself", r)
        y = ref.year + (1 if mon < ref.month else 0)
        assert r["normalized"][:7] == "%d-%02d" % (y, mon), r
    elif m.group(2):
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        y = ref.year + (1 if q < (ref.month - 1) // 3 + 1 else 0)
        assert r["normalized"] == "%d-Q%d" % (y, q), r
    else:
        assert r["normalized"] == str(ref.year), r


def check_holiday_period(d, r):
    """A month or a quarter written without a year, in a sentence whose
    period is a holiday written with no year (one of the HOLIDAY spans
    without 今年/明年/去年, earlier in the sentence), takes the year that
    puts the month, or the quarter's middle month, nearest that holiday
    (GUIDELINES: 元旦假期…，12月31日入住 -> 2026-12-31; 随着元旦、春节临近，
    四季度 -> 2026-Q4 in November 2026; new here).  The holiday is the
    first such one of the sentence; its date is the table's, recomputed by
    check_holiday()."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月|第?([一二三四1-4])季度?", tx)
    if not m:
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hols = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"] and
                   x["text"] in HOLIDAY and
                   not x["text"].startswith(("今年", "明年", "去年"))),
                  key=lambda x: x["start"])
    if not hols:
        return
    hol = datetime.date.fromisoformat(hols[0]["normalized"])
    if m.group(1):
        mon = int(m.group(1))
    else:
        q = m.group(2)
        q = int(q) if q.isdigit() else CN_DIGIT[q]
        mon = 3 * q - 1                     # the quarter's middle month
    y = min(range(hol.year - 1, hol.year + 2), key=lambda yy: abs(
        (datetime.date(yy, mon, 15) - hol).days))
    if m.group(1):
        assert r["normalized"] == "%d-%02d" % (y, mon), (r, y)
    else:
        assert r["normalized"] == "%d-Q%d" % (y, q), (r, y)


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
    # an end or start of a quarter is the quarter (GUIDELINES 第三季度末 ->
    # YYYY-Q3; new in annotate_fc.py: 第三季末)
    m = re.search(r"第?([一二三四1-4])季度?(末|底|初)$", tx)
    if m:
        q = m.group(1)
        q = int(q) if q.isdigit() else "一二三四".index(q) + 1
        assert norm[4:] == "-Q%d" % q, r
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
    # each declared character (赟 of the GBK article, outside GB2312; 餸 and
    # 邨 of the Big5-HKSCS article, outside plain Big5 and cp950) stands as
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
            check_forward(d, r)
            check_holiday_period(d, r)
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
        # a traditional article is traditional as Hong Kong writes it:
        # OpenCC t2s and back with s2hk gives the text again, but for the
        # forms Hong Kong's papers write where s2hk writes others (here 周/週,
        # 布/佈, 沖/衝; annotate_jb.py's s2tw round trip, made a Macao one in
        # annotate_ic.py and a Hong Kong one here, as annotate_fb.py had
        # it); every declared form must be written
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            assert pairs <= HK_FORMS, (d.doc_id, pairs - HK_FORMS)
            # every declared form is written (annotate_hb.py's check, as
            # annotate_ga.py kept it)
            assert pairs == HK_FORMS, (d.doc_id, HK_FORMS - pairs)
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Hong Kong forms (台 of 平台; annotate_jc.py's check,
        # after annotate_qc.py)
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
