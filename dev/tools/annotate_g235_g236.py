#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g235_intercity_railways_commuting and g236_hk_jewellery_chains_gold_prices
(annotator CB).

Adapted from the precedent set's tools/annotate_dc.py (now dev/tools/annotate_g231_g232.py) (/tmp/ho41/precedent:
a GBK mainland article and a traditional article of a special
administrative region, the pair closest to mine; copied and the data
changed).  annotate_dc.py's GBK block stays; its UTF-8-WITH-BOM block for a
Macao article becomes a BIG5-HKSCS block for a Hong Kong article (the
storage of annotate_eb.py, which annotate_dc.py names but the precedent
folder does not hold, rebuilt from annotate_dc.py's description and from
annotate_da.py's plain-Big5 block), and its Macao block becomes
annotate_db.py's Hong Kong block (the region named twice; every character
Big5-HKSCS; the characters outside plain Big5 declared with their
Big5-HKSCS bytes and confined to declared ORG rows, IN_ORG, with the check
in check()).  It keeps every check of annotate_dc.py: strict decoding,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article, the OpenCC t2s-then-s2hk
round trip and the s2t check of the traditional article, audits of digits,
Latin words, Chinese numerals, time characters, holiday words, city
strings, ORG words and ORG strings, the independent `city` rule computed
and asserted against my hand value on every DATE/METRIC row, the month and
day a DATE span writes, the holiday table by exact span and the holidays
recomputed without it, ROC years only in a Taiwan text, relative words
resolved from the reference date (上周 and 上周四 by ISO week, 昨日, 本月,
上月, 明年, 去年, 两年前/兩年前), 上月 as a baseline after a comparison word,
the bare-day month rule, a bare month, day or quarter in the reference
year, 去年同期 a year before its sentence's period, the bracketed gloss,
同日, the 上季 check, the range check, the precision check, check_forward,
check_holiday_period, the 约占/約佔 check, markers before, touching and after
a span, 约为/约有 as separated markers, the declared shared unit, the
collective label, the time unit, a 市 right after a CITY, the declared
organizations of each article, the narrowest codec.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded (no BOM here; nothing changed):

- g235 is simplified (mainland, 人民铁道, 2026-11-22), stored as GBK without
  a BOM (the title's 今 = BD F1 opens the file).  One character is outside
  GB2312: 翀 (U+7FC0, GBK C1 88: a lead byte in GB2312's range and a trail
  byte below A1, GBK/4) of the reporter's name on the byline line
  本报记者 周翀 通讯员 沈立航, once, in no span, so Python's gb2312 fails on
  the file while gbk, cp936 and gb18030 read it alike.  The byline names no
  outlet (本报) and holds no row.  Every other line is GB2312 byte for
  byte; every non-ASCII character is two bytes.  OpenCC t2s leaves the
  article unchanged.
- g236 is traditional (Hong Kong, 香港經濟日報, 2026-11-25), stored as
  Big5-HKSCS without a BOM (the title's 金 = AA F7 opens the file).  Every
  non-ASCII character is two bytes.  One character is outside plain Big5
  and cp950: 滙 (U+6ED9, Big5-HKSCS FA C0) of 滙豐 (HSBC's own spelling),
  once, inside its ORG row, so plain big5 and cp950 both fail on the file.
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; mainland cities by their official name with
  市, Hong Kong and Macao by their common names).  A Hong Kong text (香港
  and 本港 written at least twice): Hong Kong bodies without a place in
  their names (政府統計處, 入境事務處, 差餉物業估價署) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho41/precedent:
README, NOTES_da/db/dc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g235_g236.md.
Reference dates: corpus/manifest.csv;
the script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_dc.py: the GBK block declares 翀 of 周翀 (GBK C1 88,
a trail byte below A1, GBK/4, like annotate_dc.py's 祎) and no
GB2312_READS_OTHER character (the mechanism kept, empty), and checks that
the declared character stands on the byline line, which opens with
本报记者 between blank lines and holds no row (annotate_db.py's
BYLINE_ORG False, made a check here).  The UTF-8-WITH-BOM block becomes a
BIG5-HKSCS block (no BOM; two bytes a non-ASCII character; no combining
mark and none of Big5-HKSCS's two-code-point pairs; the declared
characters with their bytes, which neither plain Big5 nor cp950 reads;
every other line plain Big5 and cp950 byte for byte; the GB codecs, UTF-8
and UTF-16 fail or read another text).  The Macao block becomes
annotate_db.py's Hong Kong block with IN_ORG (滙 in 滙豐) and its check in
check(); every traditional article must declare its region (HONGKONG,
MACAO or TAIWAN).  The s2hk round trip's Hong Kong forms: 周/週 (上周四,
周大福, 周生生, 周大生), 布/佈 (公布), 戶/户 (租戶), 佔/占 (佔比, 約佔, 佔整體);
each occurs.  S2T_ALLOWED: none.  SIMPLIFIED_ONLY drops 布 (the Hong Kong
article writes 公布) and adds the t2s forms of g236's characters.  The
holiday table: 国庆, 元旦, 春节 (g235); 國慶, 雙11, 聖誕, 農曆新年 (g236;
雙11 added to the fixed mainland days).  New here: a bare day range of the
reference month (本月1日至20日), 上月底 as a baseline after 較, a line's
name holding its city (广州东环城际), 深圳水貝 and 香港居民 (cities as
modifiers), a city inside an event's name (香港國際珠寶展), a Macao bureau
with its place in a Hong Kong text, the units 公里, 座, 对, 列, 列次, 条,
分钟, 两 (兩), 安士, 宗, 间 (間), 吨 (噸), 澳门元 and 港元.
Re-run (from anywhere):

    python3 dev/tools/annotate_g235_g236.py
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
G235 = "g235_intercity_railways_commuting"
G236 = "g236_hk_jewellery_chains_gold_prices"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G235: ("gbk", b"", False, "2026-11-22", "人民铁道"),
    G236: ("big5hkscs", b"", True, "2026-11-25", "香港經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G235: [], G236: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 翀 of
# the reporter's name 周翀 on the byline line, once, in no span
OUTSIDE_GB2312 = {G235: {"翀": b"\xc1\x88"}}
OUTSIDE_GB2312_WORD = {G235: {"翀": ("周翀", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_dc.py's byline dot ·): none here (the byline
# 本报记者 周翀 通讯员 沈立航 separates its names by spaces)
GB2312_READS_OTHER = {G235: {}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# the character set of Hong Kong and Macao, has them), each with whether
# cp950 (Taiwan's Big5) holds it: 滙 of 滙豐 (HSBC's own spelling, which
# Hong Kong's press keeps; 匯 elsewhere); cp950 lacks it
OUTSIDE_BIG5 = {G236: {"滙": False}}
# ... with its Big5-HKSCS bytes (FA C0: in the area FA40-FEFE that plain
# Big5 leaves to user-defined characters and HKSCS fills; neither plain
# Big5 nor cp950 reads the pair)
BIG5_CODE = {"滙": b"\xfa\xc0"}
# ... the ORG rows a declared character may stand in (every occurrence
# inside one of them; annotate_db.py's IN_ORG, after annotate_ec.py's 滙 in
# 滙業銀行): 滙 in 滙豐, once
IN_ORG = {G236: {"滙": ["滙豐"]}}
# ... and the words it stands in outside every span, with their counts
# (annotate_ec.py's OUTSIDE_BIG5_WORD): none here
OUTSIDE_BIG5_WORD = {G236: {}}
# the first character of each file (no BOM), with its bytes in the file's
# encoding (g235: 今 of the title in GBK; g236: 金 of the title in
# Big5-HKSCS, plain Big5's code too)
FIRST_CHAR = {G235: ("今", b"\xbd\xf1"), G236: ("金", b"\xaa\xf7")}
# Hong Kong articles: the region is named (GUIDELINES: Hong Kong bodies
# without a place in their names, 政府統計處, 入境事務處, 差餉物業估價署 …,
# are ORGs in a text that names the region at least twice)
HONGKONG = {G236}
# Macao articles (none here; annotate_dc.py's g232 was one)
MACAO = set()
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_dc.py's list, with the simplified forms of g236's traditional
# characters added: OpenCC t2s of each, within the BMP; not 表, which t2s
# writes for 錶 of 鐘錶 and which the text writes in 表示; and without 布,
# which annotate_dc.py's Macao article never wrote and mine writes in 公布,
# the form of Hong Kong's press, annotate_db.py's 布/佈)
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
                   "纸胀记趋齐"
                   "为咸学届极炉纾维讨访该责轻较辩随顶"
                   "双号屡游猫舰谢贝贵选钟铜铺锣饰饷")
# the forms Hong Kong's papers write where OpenCC s2hk writes others, as
# (written, s2hk) pairs (annotate_db.py's S2HK_KEPT): 周 (上周四, and the
# 周 of 周大福, 周生生, 周大生; s2hk 週), 布 (公布; s2hk 佈), 戶 (租戶, the
# Big5 form; s2hk 户) and 佔 (佔比, 約佔, 佔整體: Hong Kong's form of
# "to account for"; s2hk 占; new here)
S2HK_KEPT = {G236: {("周", "週"), ("布", "佈"), ("戶", "户"), ("佔", "占")}}
# characters a Hong Kong text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): none here
S2T_ALLOWED = {G236: set()}
# Holidays the articles name, by their exact span (2025-2027).
# g235 (mainland, 2026-11-22): 国庆 2026-10-01 (国庆黄金周期间: the past
# National Day, the occurrence nearest the reference date, 52 days before;
# 黄金周期间 outside); 元旦 2027-01-01 and 春节 2027-02-06 (正月初一 of
# 2027; in a sentence about 明年, the coming ones either way; 期间, 前后
# outside).
# g236 (Hong Kong, 2026-11-25): 國慶 2026-10-01 (國慶黃金周帶動: the PRC's
# National Day, the nearest one; 黃金周 outside); 雙11 2026-11-11 (the
# shopping festival, fourteen days before; 期間 outside); 聖誕 2026-12-25
# and 農曆新年 2027-02-06 (農曆新年 is 春节), the coming ones (前後
# outside).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-01", "雙11": "2026-11-11", "聖誕": "2026-12-25",
    "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland, Hong Kong and Macao keep the
# PRC's National Day (10-01).
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "國慶": (10, 1),
                  "聖誕": (12, 25), "聖誕節": (12, 25),
                  # g236: a Hong Kong text naming the mainland's shopping
                  # festival in traditional characters (new here)
                  "雙11": (11, 11)}
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


# 2026: 11-01 is a Sunday, the fourth Thursday 11-26, 黑色星期五 11-27
# (kept from annotate_eb.py, unused here)
assert _black_friday(2026) == datetime.date(2026, 11, 27)
assert _black_friday(2026).isocalendar()[1:] == (48, 5)
# the lunar table against the calendar (annotate_dc.py's check): 正月初一
# of 2027 is a Saturday, 354 days after that of 2026 (a common lunar year
# of twelve months), and 春节 of 2027 lies 73 days after g236's reference
# date and 76 days after g235's, nearer than 2026's (281 and 278 days
# before); 国庆 of 2026 lies 52 days before g235's reference date
assert _SPRING[2027].isoweekday() == 6
assert (_SPRING[2027] - _SPRING[2026]).days == 354
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (datetime.date(2026, 11, 22) - _SPRING[2026]).days == 278
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 10, 1)).days == 52

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "農曆新年": _SPRING, "农历新年": _SPRING,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "冬至", "重阳", "重陽", "丰收节",
                 "豐收節")


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g235 (2026: the municipalities 上海, 北京, 重庆; the provincial
    # capitals 南京 (江苏), 广州 (广东), 成都 (四川); the prefecture-level
    # 苏州, 扬州 (江苏), 嘉兴 (浙江), 廊坊, 唐山 (河北), 深圳 (广东), 德阳,
    # 眉山, 资阳 (四川))
    "上海": "上海市", "苏州": "苏州市", "嘉兴": "嘉兴市", "南京": "南京市",
    "扬州": "扬州市", "广州": "广州市", "廊坊": "廊坊市", "北京": "北京市",
    "成都": "成都市", "德阳": "德阳市", "眉山": "眉山市", "资阳": "资阳市",
    "重庆": "重庆市", "唐山": "唐山市", "深圳": "深圳市",
    # g236 (traditional spans; 香港 and 澳門 by their common names; 深圳,
    # 廣州, 東莞 (广东) with 市)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "東莞": "东莞市",
}
# cities normalized without 市: Hong Kong and Macao by their common Chinese
# names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text; t2s keeps 舖 of
# 美聯工商舖)
ORG_NORM = {
    "香港金銀業貿易場": "香港金银业贸易场", "政府統計處": "政府统计处",
    "入境事務處": "入境事务处", "香港旅遊發展局": "香港旅游发展局",
    "旅發局": "旅发局", "周大福珠寶集團": "周大福珠宝集团",
    "周大福": "周大福", "六福集團": "六福集团", "六福": "六福",
    "周生生": "周生生", "謝瑞麟": "谢瑞麟", "英皇鐘錶珠寶": "英皇钟表珠宝",
    "金至尊": "金至尊", "澳門統計暨普查局": "澳门统计暨普查局",
    "老鋪黃金": "老铺黄金", "港交所": "港交所", "周大生": "周大生",
    "潮宏基": "潮宏基", "美聯工商舖": "美联工商舖",
    "差餉物業估價署": "差饷物业估价署", "九龍倉置業": "九龙仓置业",
    "香港珠石玉器金銀首飾業商會": "香港珠石玉器金银首饰业商会",
    "香港珠寶玉石廠商會": "香港珠宝玉石厂商会",
    "香港貿易發展局": "香港贸易发展局", "貿發局": "贸发局",
    "世界黃金協會": "世界黄金协会", "上海黃金交易所": "上海黄金交易所",
    "天貓": "天猫", "京東": "京东", "中國人民銀行": "中国人民银行",
    "中銀香港": "中银香港", "滙豐": "汇丰", "高盛": "高盛",
    "聯儲局": "联储局", "消費者委員會": "消费者委员会", "消委會": "消委会",
    "香港零售管理協會": "香港零售管理协会",
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
        self.no_span_chars = {}    # declared character -> {word: count}
        self.in_org_span = {}      # declared character -> its ORG names
        self.byline = None         # (start, length) of the byline line
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
                # had the lead byte below A1, GBK/3; here 翀 C1 88 has the
                # trail byte below A1, GBK/4, like annotate_dc.py's 祎 B5 74;
                # the range check follows GBK: lead 81-FE, trail 40-FE but 7F)
                assert len(code) == 2 and 0x81 <= code[0] <= 0xFE and \
                    0x40 <= code[1] <= 0xFE and code[1] != 0x7F, c
                assert (code[0] < 0xA1 or code[1] < 0xA1) and \
                    not decodes(code, "gb2312"), c
                word, k = OUTSIDE_GB2312_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = {word: k}
            for c, (code, seen, word, k) in other.items():
                # GBK writes the character with GB2312 bytes that Python's
                # gb2312 reads as another character (· A1 A4 -> ・)
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert code.decode("gb2312") == seen != c, (doc_id, c)
                assert code.decode("gb18030") == code.decode("cp936") == c
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = {word: k}
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
            # the declared characters stand on the byline line (line 3,
            # under the title and a blank line; new here): 本报记者 and the
            # names separated by spaces (本报 names no outlet, GUIDELINES:
            # not 本报记者; the line holds no row, checked in check())
            assert lines[1] == lines[3] == "", doc_id
            assert lines[2].startswith("本报记者 "), (doc_id, lines[2])
            for c in declared:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.byline = (len(lines[0]) + 1 + len(lines[1]) + 1,
                           len(lines[2]))
        if enc == "big5hkscs":  # BIG5-HKSCS, A TRADITIONAL HONG KONG
            # ARTICLE (annotate_eb.py's storage, which annotate_dc.py turned
            # into UTF-8; rebuilt here from its description and from
            # annotate_da.py's plain-Big5 block): no BOM of any kind
            # (checked above); every non-ASCII character two bytes; the
            # declared HKSCS characters alone keep plain Big5 and cp950 from
            # reading the file (the narrowest-codec check above: both fail
            # on it); every other line is plain Big5 and cp950 byte for byte
            assert bom == b"" and full == raw, doc_id
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # no combining mark and no character that Big5-HKSCS reads as
            # two code points (its Ê̄-type pairs 88 62, 88 64, 88 A3, 88 A5
            # would make a code-point count differ from a character count)
            assert not any(unicodedata.combining(c) for c in self.text)
            for pair in (b"\x88\x62", b"\x88\x64", b"\x88\xa3",
                         b"\x88\xa5"):
                assert pair not in raw, (doc_id, pair)
            # the declared characters are written with their declared bytes,
            # in the HKSCS area that neither plain Big5 nor cp950 reads (滙
            # FA C0: a lead byte of Big5's user-defined area FA-FE)
            for c in OUTSIDE_BIG5[doc_id]:
                code = BIG5_CODE[c]
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert not decodes(code, "big5") and \
                    not decodes(code, "cp950"), (doc_id, c)
            assert not decodes(raw, "big5") and not decodes(raw, "cp950")
            # every line without a declared character is plain Big5 and
            # cp950 byte for byte (annotate_da.py's plain-Big5 check), and
            # the line holding one is plain Big5 elsewhere
            for line in self.text.split("\n"):
                b = line.encode(enc)
                if not any(c in OUTSIDE_BIG5[doc_id] for c in line):
                    assert b == line.encode("big5") == \
                        line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(OUTSIDE_BIG5[doc_id]),
                                         line):
                        assert part.encode("big5") == part.encode(enc)
            # a GB codec, UTF-8 or UTF-16 fails on it or reads another text
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
        # a traditional article declares its region (annotate_ec.py: an
        # empty MACAO would otherwise skip the Macao block and the s2hk
        # round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in HONGKONG or doc_id in MACAO or
                                    doc_id in TAIWAN), \
            (doc_id, "region")
        if doc_id in HONGKONG:  # a Hong Kong text (annotate_db.py's block,
            # applied to the decoded text of a Big5-HKSCS file): Big5-HKSCS
            # holds every character; the declared ones alone are outside
            # plain Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                code = c.encode("big5hkscs")
                assert code == BIG5_CODE[c] and len(code) == 2, c
                assert not decodes(code, "big5"), c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 政府統計處, 入境事務處 …, stand alone as
            # ORGs; annotate_eb.py's check)
            assert self.text.count("香港") + self.text.count("本港") >= 2
            # every declared character is either confined to ORG rows
            # (IN_ORG, checked in check(): 滙 in 滙豐) or to declared words
            # in no span (OUTSIDE_BIG5_WORD, each word with its count; none
            # here)
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
                hits = sorted(m.start() + w.index(c) for w in words
                              for m in re.finditer(re.escape(w), self.text))
                assert len(hits) == len(set(hits)) == self.text.count(c), c
                self.no_span_chars[c] = dict(words)
            for c, names in in_org.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
                # every occurrence of the character stands inside one of its
                # declared names (the rows themselves: check())
                hits = sorted({m.start() + n.index(c) for n in names
                               for m in re.finditer(re.escape(n),
                                                    self.text)})
                assert hits == [m.start() for m in
                                re.finditer(re.escape(c), self.text)], c
            self.in_org_span = {c: list(in_org[c]) for c in in_org}
        assert not MACAO, "no Macao article here"
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
# g235 Intercity and suburban railways, November 2026: the byline 本报记者
# 周翀 通讯员 沈立航 (no outlet; the declared 翀); 中国国家铁路集团有限公司
# (国铁集团) on passengers 今年前10个月, 10月 and 国庆, mileage 截至10月底
# against 去年底, the first twenty days of 本月 (昨日); the new timetable of
# 12月下旬 and five new lines 年底前 (中国铁路上海局集团有限公司 (上海局集团):
# 沪苏嘉城际 with 上海, 苏州, 嘉兴); the Yangtze delta (上海局集团 今年 against
# 去年同期, 上海 to 苏州; 上海市交通委员会 上月 against 去年同期, 明年一季度;
# 江苏省铁路集团有限公司 12月底, 南京 to 扬州; 浙江省交通投资集团有限公司
# 今年, 杭州地铁); the Greater Bay Area (中国铁路广州局集团有限公司 (广州局集团)
# and 广东城际铁路运营有限公司 (广东城际) 今年前三季度; 广州局集团 上周 in 广州,
# 广州东环城际 上月); cross-city metros (广州地铁 今年1月至10月; 深圳市地铁集团
# 有限公司 and 东莞市轨道交通局, 2027年底); 京津冀 (中国铁路北京局集团有限公司
# 今年; 北京市基础设施投资有限公司 (京投公司) 今年前10个月, 廊坊, 北京); 成渝
# (中国铁路成都局集团有限公司 with 成都, 德阳, 眉山, 资阳; 成都轨道交通集团有限
# 公司 今年; 重庆 今年); fares (国铁集团 2020年12月; 北京 to 唐山; 广东城际
# 上月; 支付宝, 微信支付, 银联); commuting (中国城市规划设计研究院 and 百度
# 上月, 北京, 上海, 广州, 深圳, 两年前, 2021年); investment (国家发展改革委
# 今年, 国铁集团 今年前三季度, 中国中铁, 中国铁建, 中车长春轨道客车股份有限
# 公司, 中车青岛四方机车车辆股份有限公司 今年, 国家开发银行 今年前10个月); the
# outlook (明年, 元旦, 春节, 2027年底, 2030年; 中国城市轨道交通协会).
# Simplified, GBK without BOM, 2026-11-22 (a Sunday, ISO week 2026-W47),
# 人民铁道.  20日 2026-11-20; 昨日 2026-11-21; 本月 2026-11; 上周
# 2026-W46; 上月 2026-10; 明年 2027; 去年 2025; 两年前 2024; 去年同期 2025
# (after 今年) and 2025-10 (after 上月).
# ===========================================================================
@doc
def g235():
    d = Doc(G235)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    SH, SU, JX, NJ, YZ = "上海市", "苏州市", "嘉兴市", "南京市", "扬州市"
    GZ, LF, BJ, ZY, CQ = "广州市", "廊坊市", "北京市", "资阳市", "重庆市"
    TS, SZ = "唐山市", "深圳市"
    # title (a heading that opens with no city: no city section; 今年 before
    # 前10个月, one span; its halves around the space are sentences of their
    # own, GUIDELINES)
    d.date("[[今年前10个月]]全国城际铁路发送", Y, "")
    d.metric("增长[[12.4%]] 年底", "12.4", "%", "exact", "")
    # 年底 normalizes to the year (SPEC); 前 outside
    d.date("% [[年底]]前再有", Y, "")
    d.metric("再有[[5条]]新线", 5, "条", "exact", "")
    # the byline 本报记者 周翀 通讯员 沈立航: no row (本报 names no outlet,
    # GUIDELINES); 翀 (declared) in no span
    # P1 the national figures (a bare day takes the reference month,
    # GUIDELINES; a short form in brackets is an ORG too, the quotes outside)
    d.date("记者[[20日]]从中国", "2026-11-20", "")
    d.org("从[[中国国家铁路集团有限公司]]（")
    d.org("简称“[[国铁集团]]”）获悉")
    d.date("获悉，[[今年前10个月]]，全国", Y, "")
    d.metric("发送旅客[[约5.86亿人次]]", "5.86e8", "人次", "approx", "")
    d.metric("同比增长[[12.4%]]，日均", "12.4", "%", "exact", "")
    d.metric("日均发送[[约193万人次]]；", "193e4", "人次", "approx", "")
    d.date("其中[[10月]]单月", OCT, "")
    d.metric("单月发送[[约6240万人次]]", "6240e4", "人次", "approx", "")
    # a named holiday with no year: the occurrence nearest the reference
    # date (GUIDELINES); 黄金周期间 outside
    d.date("，[[国庆]]黄金周", "2026-10-01", "")
    # 最高 sets no qualifier (GUIDELINES); 约 does
    d.metric("单日最高发送[[约278万人次]]。", "278e4", "人次", "approx", "")
    d.date("截至[[10月底]]，全国城际", OCT, "")
    d.metric("运营里程[[约1.32万公里]]，较", "1.32e4", "公里", "approx", "")
    # an end of a period is the period (SPEC); 去年 from the reference year
    d.date("较[[去年底]]增加", LY, "")
    d.metric("增加[[约860公里]]。", 860, "公里", "approx", "")
    d.org("。[[国铁集团]]昨日发布")
    d.date("国铁集团[[昨日]]发布", "2026-11-21", "")
    # a range of days: two mentions (SPEC); 本月 from the reference month
    d.date("显示，[[本月1日]]至20日", "2026-11-01", "")
    d.date("本月1日至[[20日]]，", "2026-11-20", "")
    d.metric("城际旅客[[约196万人次]]。", "196e4", "人次", "approx", "")
    # P2 the new timetable and the new lines (a part of a month is the
    # month, SPEC; a railway bureau group named by its city: ORG, no CITY,
    # GUIDELINES 成都局集团)
    d.org("根据[[国铁集团]]部署")
    d.date("部署，[[12月下旬]]全国", "2026-12", "")
    d.date("，[[年底]]前还将有", Y, "")
    d.metric("还将有[[5条]]城际", 5, "条", "exact", "")
    d.metric("新增运营里程[[约410公里]]。", 410, "公里", "approx", "")
    d.org("，[[中国铁路上海局集团有限公司]]（")
    d.org("简称“[[上海局集团]]”）管内")
    d.metric("全长[[约63公里]]，连接", 63, "公里", "approx", SH)
    d.city("连接[[上海]]、苏州")
    d.city("上海、[[苏州]]、嘉兴")
    d.city("苏州、[[嘉兴]]三地")
    d.metric("设车站[[9座]]，", 9, "座", "exact", JX)
    # 对 (pairs of trains) is a measure word after a number (GUIDELINES
    # 列车46对)
    d.metric("开行列车[[46对]]，", 46, "对", "exact", JX)
    d.metric("最高时速[[160公里]]。", 160, "公里", "exact", JX)
    # P3 the Yangtze delta (去年同期 after 今年: the year before; after 上月:
    # that month a year earlier, SPEC)
    d.org("\n[[上海局集团]]相关负责人")
    d.date("沪苏湖铁路[[今年]]开行", Y, "")
    d.metric("日均发送旅客[[约4.2万人次]]", "4.2e4", "人次", "approx", "")
    d.date("较[[去年同期]]增长约31%", LY, "")
    d.metric("增长[[约31%]]；", 31, "%", "approx", "")
    d.city("；[[上海]]至苏州间")
    d.city("上海至[[苏州]]间")
    # a travel time after 缩短 (a statistic cue, GUIDELINES): a METRIC
    d.metric("缩短至[[23分钟]]，", 23, "分钟", "exact", SU)
    d.metric("旅客占比[[约17%]]。", 17, "%", "approx", SU)
    d.org("。[[上海市交通委员会]]数据")
    d.date("机场联络线[[上月]]日均", OCT, "")
    d.metric("日均客流[[约11.6万人次]]", "11.6e4", "人次", "approx", "")
    d.date("较[[去年同期]]增长约38%", "2025-10", "")
    d.metric("增长[[约38%]]，嘉闵线", 38, "%", "approx", "")
    d.date("计划于[[明年一季度]]开通", "2027-Q1", "")
    d.org("。[[江苏省铁路集团有限公司]]表示")
    d.date("计划于[[12月底]]开通", "2026-12", NJ)
    d.city("开通，[[南京]]至扬州")
    d.city("南京至[[扬州]]的")
    # the baseline right before 压缩 and the figure after it (GUIDELINES:
    # a time figure before a verb of change is a METRIC like the change)
    d.metric("目前的[[约70分钟]]压缩", 70, "分钟", "approx", YZ)
    d.metric("压缩至[[约38分钟]]；", 38, "分钟", "approx", YZ)
    d.org("；[[浙江省交通投资集团有限公司]]投资")
    d.date("杭德城际铁路[[今年]]已完成", Y, "")
    d.metric("完成投资[[约38亿元]]", "38e8", "元", "approx", "")
    # a city's metro: a transit ORG, no CITY; its 线网 the operator's
    # (GUIDELINES 广州地铁线网)
    d.org("可与[[杭州地铁]]线网")
    # P4 the Greater Bay Area (粤港澳 one-character abbreviations, no CITY)
    d.org("，[[中国铁路广州局集团有限公司]]（")
    d.org("简称“[[广州局集团]]”）与")
    d.org("与[[广东城际铁路运营有限公司]]（")
    d.org("简称“[[广东城际]]”）今年")
    d.date("广东城际”）[[今年前三季度]]共开行", Y, "")
    d.metric("城际列车[[约14.8万列次]]", "14.8e4", "列次", "approx", "")
    d.metric("发送旅客[[约1.07亿人次]]", "1.07e8", "人次", "approx", "")
    d.metric("同比增长[[15.6%]]。", "15.6", "%", "exact", "")
    d.org("。[[广州局集团]]上周")
    d.date("广州局集团[[上周]]在广州", "2026-W46", GZ)
    d.city("上周在[[广州]]举行")
    # a city inside a line's name counts (SPEC 武汉电子公交卡): 广州东环城际
    d.city("广清城际、[[广州]]东环城际和")
    d.date("佛肇城际[[上月]]客流", OCT, GZ)
    d.city("其中[[广州]]东环城际日均")
    d.metric("日均发送旅客[[约9.3万人次]]。", "9.3e4", "人次", "approx", GZ)
    # P5 cross-city metros (约 before 占 qualifies the share, GUIDELINES
    # 约占全国的四成; 约 outside)
    d.org("。[[广州地铁]]运营的")
    d.date("广佛线[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]日均", OCT, "")
    d.metric("日均客运量[[约58万人次]]", "58e4", "人次", "approx", "")
    d.metric("跨市客流约占[[三成]]；", 30, "%", "approx", "", sep="约")
    d.org("；[[深圳市地铁集团有限公司]]与")
    d.org("与[[东莞市轨道交通局]]共同")
    d.metric("共同推进的[[3条]]跨市", 3, "条", "exact", "")
    d.date("预计[[2027年底]]前建成", NY, "")
    # P6 京津冀 (京, 津, 唐, 滨 of the lines: abbreviations, no CITY)
    d.org("，[[中国铁路北京局集团有限公司]]今年")
    d.date("北京局集团有限公司[[今年]]在京津", Y, "")
    d.metric("日均发送旅客[[约12.5万人次]]。", "12.5e4", "人次", "approx",
             "")
    d.org("。[[北京市基础设施投资有限公司]]（")
    d.org("简称“[[京投公司]]”）介绍")
    d.date("城市副中心线[[今年前10个月]]客流", Y, LF)
    d.metric("同比增长[[约26%]]，其中往返", 26, "%", "approx", LF)
    d.city("往返[[廊坊]]与北京")
    d.city("廊坊与[[北京]]的通勤")
    d.metric("通勤乘客约占[[四成]]。", 40, "%", "approx", BJ, sep="约")
    # P7 成渝 (成, 渝, 资 of the names: abbreviations)
    d.org("，[[中国铁路成都局集团有限公司]]在成都")
    d.city("集团有限公司在[[成都]]至德阳")
    d.city("成都至[[德阳]]、眉山")
    d.city("德阳、[[眉山]]、资阳")
    d.city("眉山、[[资阳]]等方向")
    d.metric("日均发送旅客[[约8.6万人次]]；", "8.6e4", "人次", "approx", ZY)
    d.org("；[[成都轨道交通集团有限公司]]运营")
    d.date("成资市域铁路[[今年]]日均", Y, "")
    d.metric("日均客流[[约6.8万人次]]。", "6.8e4", "人次", "approx", "")
    d.city("。[[重庆]]方面")
    d.date("璧铜线[[今年]]累计", Y, CQ)
    d.metric("发送乘客[[超过2100万人次]]。", "2100e4", "人次", "over", CQ)
    # P8 fares (自…起 outside; 折 below 10 times 10, GUIDELINES 8折)
    d.org("票价方面，[[国铁集团]]自")
    d.date("自[[2020年12月]]起", "2020-12", "")
    d.metric("已覆盖[[68条]]线路", 68, "条", "exact", "")
    d.city("为例，[[北京]]至唐山")
    d.city("北京至[[唐山]]的普通")
    d.metric("普通票价为[[62元]]，", 62, "元", "exact", TS)
    d.metric("按[[9折]]计价", 90, "%", "exact", TS)
    d.org("。[[广东城际]]上月起")
    d.date("广东城际[[上月]]起在", OCT, "")
    d.metric("可享[[7.5折]]；", 75, "%", "exact", "")
    # payment brands that are their operators' names (SPEC 支付宝, 微信支付);
    # the organization named in a product (GUIDELINES 银联卡 -> 银联)
    d.org("使用[[支付宝]]、")
    d.org("、[[微信支付]]或")
    d.org("或[[银联]]闪付")
    # P9 commuting (an organization named inside a product counts, the
    # product does not: SPEC 百度地图 -> 百度; 平均 the statistic cue)
    d.org("。[[中国城市规划设计研究院]]联合")
    d.org("联合[[百度]]地图")
    d.date("地图[[上月]]发布", OCT, BJ)
    d.city("显示，[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等超大")
    d.metric("通勤时间为[[43分钟]]，", 43, "分钟", "exact", SZ)
    # N年前 counts back from the reference year (SPEC 两年前)
    d.date("较[[两年前]]缩短", "2024", SZ)
    d.metric("缩短[[约2分钟]]；", 2, "分钟", "approx", SZ)
    d.date("由[[2021年]]的约3.2%", "2021", "")
    d.metric("的[[约3.2%]]提高", "3.2", "%", "approx", "")
    d.metric("提高到[[约4.6%]]，", "4.6", "%", "approx", "")
    d.metric("其中[[约六成]]依靠", 60, "%", "approx", "")
    # P10 investment (items before 等企业 are ORGs, GUIDELINES; cities
    # inside the carmakers' names are no CITY)
    d.org("。[[国家发展改革委]]今年")
    d.date("发展改革委[[今年]]已批复", Y, "")
    d.metric("铁路项目[[11个]]，", 11, "个", "exact", "")
    d.metric("总投资[[约2860亿元]]。", "2860e8", "元", "approx", "")
    d.org("。[[国铁集团]]数据显示，今年前三季度")
    d.date("数据显示，[[今年前三季度]]全国铁路", Y, "")
    d.metric("固定资产投资[[约5890亿元]]", "5890e8", "元", "approx", "")
    d.metric("同比增长[[约6%]]，", 6, "%", "approx", "")
    d.org("其中[[中国中铁]]、")
    d.org("、[[中国铁建]]等企业")
    d.metric("投资占比[[约三成]]。", 30, "%", "approx", "")
    d.org("。[[中车长春轨道客车股份有限公司]]和")
    d.org("和[[中车青岛四方机车车辆股份有限公司]]今年")
    d.date("车辆股份有限公司[[今年]]共交付", Y, "")
    d.metric("动车组[[约120列]]，", 120, "列", "approx", "")
    d.org("，[[国家开发银行]]今年")
    d.date("开发银行[[今年前10个月]]向", Y, "")
    d.metric("发放贷款[[约420亿元]]。", "420e8", "元", "approx", "")
    # P11 the outlook (yearless holidays: the coming ones, GUIDELINES;
    # 期间, 前后 outside)
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[国铁集团]]表示，元旦")
    d.date("表示，[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.date("预计[[春节]]前后", "2027-02-06", "")
    d.metric("城际列车[[约2600列]]。", 2600, "列", "approx", "")
    d.date("到[[2027年底]]，全国", NY, "")
    d.metric("将[[超过1.5万公里]]，", "1.5e4", "公里", "over", "")
    d.date("，[[2030年]]力争", "2030", "")
    d.metric("达到[[2万公里]]。", "2e4", "公里", "exact", "")
    d.org("。[[中国城市轨道交通协会]]相关")
    audit = {
        "orgs": ["中国国家铁路集团有限公司", "国铁集团",
                 "中国铁路上海局集团有限公司", "上海局集团",
                 "上海市交通委员会", "江苏省铁路集团有限公司",
                 "浙江省交通投资集团有限公司", "杭州地铁",
                 "中国铁路广州局集团有限公司", "广州局集团",
                 "广东城际铁路运营有限公司", "广东城际", "广州地铁",
                 "深圳市地铁集团有限公司", "东莞市轨道交通局",
                 "中国铁路北京局集团有限公司", "北京市基础设施投资有限公司",
                 "京投公司", "中国铁路成都局集团有限公司",
                 "成都轨道交通集团有限公司", "支付宝", "微信支付", "银联",
                 "中国城市规划设计研究院", "百度", "国家发展改革委",
                 "中国中铁", "中国铁建", "中车长春轨道客车股份有限公司",
                 "中车青岛四方机车车辆股份有限公司", "国家开发银行",
                 "中国城市轨道交通协会"],
        "cities": ["上海", "苏州", "嘉兴", "南京", "扬州", "广州", "廊坊",
                   "北京", "成都", "德阳", "眉山", "资阳", "重庆", "唐山",
                   "深圳", "东莞", "杭州", "长春", "青岛", "江苏", "浙江",
                   "广东", "中国", "全国"],
        # 全国 (x7: the nation, no place name); 广东 only inside ORG rows
        "excluded": ["[[全国]]城际铁路发送", "，[[全国]]铁路城际",
                     "，[[全国]]城际铁路和市域", "，[[全国]]铁路日均",
                     "下旬[[全国]]铁路", "三季度[[全国]]铁路",
                     "，[[全国]]城际和市域"],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 上海、苏州、嘉兴三地: the collective label of the list just given
        # (GUIDELINES; SPEC 两地, 五市)
        "collectives": [("嘉兴[[三]]地", 3)],
        "latin_excluded": [],
        # time words that are no DATE: 日均 (daily averages), 单月, 单日 (a
        # single month's, a single day's figure after its DATE), 黄金周 (after
        # its DATE 国庆), 初期 (the first phase), 工作日 (working days), 周翀
        # (the reporter's name); 同期 only inside 去年同期
        "words_excluded": {"日均": 11, "单月": 1, "单日": 1, "黄金周": 1,
                           "初期": 1, "工作日": 1, "周翀": 1, "同期": 0,
                           "当天": 0, "日前": 0, "同日": 0, "全年": 0,
                           "年度": 0},
        # generic heads outside ORG rows: 地铁 (跨市地铁, a kind of railway);
        # the other heads only inside ORG rows
        "orgwords_excluded": {"地铁": 1, "公司": 0, "集团": 0, "局": 0,
                              "协会": 0, "银行": 0, "委员会": 0,
                              "研究院": 0, "发展改革委": 0},
        "orgstring_excluded": [],
    }
    return d, audit




# ===========================================================================
# g236 Jewellery chains and gold prices in Hong Kong, November 2026:
# 香港金銀業貿易場 昨日（24日） on the price of 九九金 against 上月底 and since
# 今年, its turnover 今年首10個月, the world price 昨日; 政府統計處 上周四（19日）
# on jewellery sales 10月 and 今年首10個月 against 2019年; visitors (入境事務處
# 今年首10個月 with 深圳, 廣州, 東莞; 香港旅遊發展局 (旅發局) 上月, 兩年前;
# 深圳水貝; 香港居民 今年首10個月); 周大福珠寶集團's interim results 昨日 (to
# 9月底; 4月至6月; 10月1日至11月20日 and 國慶; stores 截至9月底; dividend and
# share price 昨日); 六福集團 同日 (9月底; 六福 今年 in 澳門, 明年首季), 周生生
# 10月 and 今年首10個月, 謝瑞麟, 英皇鐘錶珠寶, 金至尊; 澳門統計暨普查局 第三季;
# mainland brands (老鋪黃金 since 2024年6月 on 港交所, 今年; 周大生, 潮宏基
# 明年); rents (美聯工商舖 第三季 against 2019年; 差餉物業估價署 去年底,
# 2005年; 九龍倉置業 2023年底); the trade (香港珠石玉器金銀首飾業商會 10月;
# 香港珠寶玉石廠商會, 香港貿易發展局 (貿發局) 明年3月, 香港國際珠寶展); the
# mainland (世界黃金協會 上月, 今年首三季; 上海黃金交易所 10月; 天貓, 京東,
# 雙11; 中國人民銀行 10月底, 年初; 中銀香港 上月); forecasts (滙豐 明年,
# 高盛 明年底, 聯儲局 12月); the outlook (消費者委員會 (消委會) 今年首10個月;
# 香港零售管理協會, 聖誕, 農曆新年, 明年首季).  Traditional as Hong Kong
# writes it (按年, 按季, 首10個月, 首三季, 第三季, 首季, 上周四（19日）,
# 昨日（24日）, 佔, 公布, 租戶, 港元, 本港, 「」 quotes), stored as
# Big5-HKSCS without BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48),
# 香港經濟日報; no dateline.  昨日 2026-11-24; 上周四 2026-11-19; 上月
# 2026-10; 明年 2027; 去年 2025; 兩年前 2024.
# ===========================================================================
@doc
def g236():
    d = Doc(G236)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    HK, MO = "香港", "澳门"
    SZ, DG = "深圳市", "东莞市"
    # title (a heading that opens with no city; 首10個月 after the noun it
    # is about, GUIDELINES 前N个月; Hong Kong writes the first months with
    # 首; three halves around the spaces, each a sentence, GUIDELINES)
    d.date("銷貨值[[首10個月]]跌", Y, "")
    d.metric("跌[[6.3%]] 連鎖店", "6.3", "%", "exact", "")
    # P1 gold prices (a Hong Kong body with its place: one ORG, no CITY;
    # 昨日（24日） is two mentions, SPEC 今日(15日); 每兩, 每安士 before a
    # price outside, GUIDELINES 每平方米16712元)
    d.org("\n[[香港金銀業貿易場]]昨日（")
    d.date("貿易場[[昨日]]（24日）", "2026-11-24", "")
    d.date("昨日（[[24日]]）公布", "2026-11-24", "")
    d.metric("每兩[[53,960港元]]", 53960, "港元", "exact", "")
    # 上月 as a baseline after 較 counts from the month its sentence states
    # (GUIDELINES: 11月 of 昨日（24日）): October; its 底 the month (SPEC)
    d.date("較[[上月底]]上升", OCT, "")
    d.metric("上升[[約3.1%]]，", "3.1", "%", "approx", "")
    d.date("，[[今年]]以來累計", Y, "")
    d.metric("升幅[[約32%]]；", 32, "%", "approx", "")
    d.org("；[[香港金銀業貿易場]]同時")
    d.date("指出，[[今年首10個月]]場內", Y, "")
    # 兩 (taels) is the measure word as written, simplified 两
    d.metric("成交量[[約186萬兩]]", "186e4", "两", "approx", "")
    d.metric("按年增加[[約21%]]。", 21, "%", "approx", "")
    d.date("金價[[昨日]]一度", "2026-11-24", "")
    d.metric("每安士[[5,820美元]]", 5820, "美元", "exact", "")
    # P2 retail sales (a Hong Kong body standing alone in a Hong Kong text,
    # GUIDELINES; 上周四（19日）: the weekday inside the span, the gloss its
    # own mention)
    d.org("\n[[政府統計處]]上周四")
    d.date("統計處[[上周四]]（", "2026-11-19", "")
    d.date("上周四（[[19日]]）", "2026-11-19", "")
    d.date("顯示，[[10月]]「珠寶", OCT, "")
    d.metric("銷貨價值[[約48.6億港元]]", "48.6e8", "港元", "approx", "")
    d.metric("按年下跌[[約4.2%]]；", "4.2", "%", "approx", "")
    d.date("；[[今年首10個月]]累計", Y, "")
    d.metric("累計[[約452億港元]]", "452e8", "港元", "approx", "")
    d.metric("按年跌[[6.3%]]，佔", "6.3", "%", "exact", "")
    d.metric("銷貨價值[[約14.8%]]", "14.8", "%", "approx", "")
    d.date("較[[2019年]]的約20.5%", "2019", "")
    d.metric("的[[約20.5%]]大幅", "20.5", "%", "approx", "")
    # P3 visitors (cities listed with 及: CITY each; 約 before 佔 qualifies
    # the share, GUIDELINES, 約 outside)
    d.org("\n[[入境事務處]]資料")
    d.date("資料顯示，[[今年首10個月]]訪港", Y, SZ)
    d.metric("內地旅客[[約3,420萬人次]]", "3420e4", "人次", "approx", SZ)
    d.metric("按年增加[[約9%]]，其中", 9, "%", "approx", SZ)
    d.city("來自[[深圳]]、廣州")
    d.city("深圳、[[廣州]]及東莞")
    d.city("廣州及[[東莞]]的旅客")
    d.metric("的旅客約佔[[四成]]。", 40, "%", "approx", DG, sep="約")
    d.org("。[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）上月")
    d.date("旅發局）[[上月]]發表", OCT, "")
    d.metric("購物消費[[約2,150港元]]", 2150, "港元", "approx", "")
    d.metric("按年減少[[約7%]]，購買", 7, "%", "approx", "")
    # N年前 counts back from the reference year (SPEC 两年前)
    d.date("由[[兩年前]]的約27%", "2024", "")
    d.metric("的[[約27%]]降至", 27, "%", "approx", "")
    d.metric("降至[[約19%]]。", 19, "%", "approx", "")
    # 深圳水貝 (Shenzhen's jewellery wholesale quarter): the city as a
    # modifier (SPEC 杭州特色); 一半 -> 50 %, approx (SPEC 近一半)
    d.city("估計[[深圳]]水貝")
    d.metric("零售店[[約一半]]；", 50, "%", "approx", SZ)
    d.date("；[[今年首10個月]]經陸路", Y, HK)
    # a demonym-like modifier (SPEC 成都人): 香港居民 -> 香港
    d.city("北上的[[香港]]居民")
    d.metric("居民[[約6,380萬人次]]。", "6380e4", "人次", "approx", HK)
    # P4 周大福 (a range of months: two mentions, SPEC; 國慶 of the PRC,
    # the nearest one, GUIDELINES; 黃金周 outside)
    d.org("\n[[周大福珠寶集團]]昨日")
    d.date("珠寶集團[[昨日]]公布", "2026-11-24", "")
    d.date("截至[[9月底]]止的", "2026-09", "")
    d.metric("營業額[[約412億港元]]", "412e8", "港元", "approx", "")
    d.metric("按年增長[[約5.7%]]，", "5.7", "%", "approx", "")
    d.metric("應佔溢利[[約28.6億港元]]。", "28.6e8", "港元", "approx", "")
    d.metric("按年下跌[[8.6%]]，跌幅", "8.6", "%", "exact", "")
    d.date("跌幅較[[4月]]至6月", "2026-04", "")
    d.date("4月至[[6月]]收窄", "2026-06", "")
    d.metric("則上升[[2.1%]]。", "2.1", "%", "exact", "")
    d.date("又指，[[10月1日]]至", "2026-10-01", "")
    d.date("至[[11月20日]]期間", "2026-11-20", "")
    d.metric("按年上升[[約12%]]，主要", 12, "%", "approx", "")
    d.date("主要受[[國慶]]黃金周", "2026-10-01", "")
    d.date("。截至[[9月底]]，周大福", "2026-09", "")
    # the group's brand and short name (SPEC: a brand that acts as one)
    d.org("，[[周大福]]在內地")
    d.metric("共有[[約5,830個]]零售點", 5830, "个", "approx", "")
    d.metric("淨關閉[[約160個]]，", 160, "个", "approx", "")
    d.metric("淨減少[[6個]]至", 6, "个", "exact", "")
    d.metric("至[[82個]]。", 82, "个", "exact", "")
    d.org("。[[周大福]]宣派")
    d.metric("每股[[0.25港元]]", "0.25", "港元", "exact", "")
    d.date("股價[[昨日]]收報", "2026-11-24", "")
    d.metric("收報[[15.2港元]]", "15.2", "港元", "exact", "")
    d.metric("升[[約2.4%]]。", "2.4", "%", "approx", "")
    # P5 the other chains (同日 takes the last day the text gave, 昨日's;
    # items listed before 等…連鎖店 are ORGs)
    d.org("\n[[六福集團]]同日")
    d.date("六福集團[[同日]]公布", "2026-11-24", "")
    d.metric("期內收入[[約68.5億港元]]", "68.5e8", "港元", "approx", "")
    d.metric("按年下跌[[約3%]]，截至", 3, "%", "approx", "")
    d.date("，截至[[9月底]]全球", "2026-09", "")
    d.metric("全球共有[[約3,050間]]", 3050, "间", "approx", "")
    d.org("。[[六福]]今年")
    d.date("六福[[今年]]已在", Y, MO)
    d.city("本港及[[澳門]]關閉")
    d.metric("關閉[[9間]]分店", 9, "间", "exact", MO)
    d.date("計劃[[明年首季]]再關閉", "2027-Q1", MO)
    d.metric("再關閉[[約5間]]。", 5, "间", "approx", MO)
    d.org("。[[周生生]]則表示")
    d.date("零售業務[[10月]]同店", OCT, "")
    d.metric("按年跌[[約11%]]，今年", 11, "%", "approx", "")
    d.date("，[[今年首10個月]]在內地淨關閉", Y, "")
    d.metric("淨關閉[[約40間]]門店", 40, "间", "approx", "")
    d.org("；[[謝瑞麟]]、")
    d.org("、[[英皇鐘錶珠寶]]及")
    d.org("及[[金至尊]]等中小型")
    # a Macao bureau with its place in front: one ORG (SPEC: a place in
    # front belongs to the name); 澳門元 inside the METRIC, no CITY
    d.org("。[[澳門統計暨普查局]]數字")
    d.date("顯示，[[第三季]]澳門", "2026-Q3", MO)
    d.city("第三季[[澳門]]珠寶")
    d.metric("零售銷售額[[約29.6億澳門元]]", "29.6e8", "澳门元", "approx", MO)
    d.metric("按年下跌[[約9%]]。", 9, "%", "approx", MO)
    # P6 mainland brands (自…以來 outside; 逾 is over, SPEC)
    d.org("。[[老鋪黃金]]自")
    d.date("自[[2024年6月]]在港交所", "2024-06", "")
    d.org("在[[港交所]]上市")
    d.metric("上升[[逾4倍]]，", 4, "倍", "over", "")
    d.date("，[[今年]]在本港新開", Y, "")
    d.metric("新開[[3間]]店舖", 3, "间", "exact", "")
    d.metric("營業額[[逾8,000萬港元]]；", "8000e4", "港元", "over", "")
    d.org("；[[周大生]]及")
    d.org("及[[潮宏基]]亦計劃")
    d.date("亦計劃[[明年]]在尖沙咀", NY, "")
    # P7 rents (an end of a year is the year, SPEC; 以來 outside)
    d.org("，[[美聯工商舖]]資料")
    d.date("街舖租金[[第三季]]按季", "2026-Q3", "")
    d.metric("按季下跌[[約2.5%]]，", "2.5", "%", "approx", "")
    d.date("較[[2019年]]高位", "2019", "")
    d.metric("累計下跌[[約45%]]，", 45, "%", "approx", "")
    d.org("。[[差餉物業估價署]]數字")
    d.date("空置率[[去年底]]升至", LY, "")
    d.metric("升至[[約11.2%]]，", "11.2", "%", "approx", "")
    d.date("創[[2005年]]以來", "2005", "")
    d.org("。[[九龍倉置業]]則表示")
    d.date("已由[[2023年底]]的約三成", "2023", "")
    d.metric("的[[約三成]]降至", 30, "%", "approx", "")
    d.metric("降至[[約兩成]]。", 20, "%", "approx", "")
    # P8 the trade (a city inside an event's name counts, SPEC 贵阳数博会)
    d.org("\n[[香港珠石玉器金銀首飾業商會]]表示")
    d.date("會員商號[[10月]]黃金", OCT, "")
    d.metric("按年減少[[約三成]]，銷售", 30, "%", "approx", "")
    d.metric("僅跌[[約5%]]。", 5, "%", "approx", "")
    d.org("。[[香港珠寶玉石廠商會]]指")
    d.org("寄望[[香港貿易發展局]]（")
    d.org("（[[貿發局]]）明年")
    d.date("貿發局）[[明年3月]]舉辦", "2027-03", HK)
    d.city("舉辦的[[香港]]國際珠寶展")
    d.metric("吸引[[超過5萬名]]海外", "5e4", "名", "over", HK)
    # P9 the mainland (中國 a country; 雙11 the shopping festival, the
    # nearest one; 期間 outside)
    d.org("，[[世界黃金協會]]上月")
    d.date("協會[[上月]]發表", OCT, "")
    d.date("報告指，[[今年首三季]]中國", Y, "")
    d.metric("需求量[[約236噸]]", 236, "吨", "approx", "")
    d.metric("按年減少[[約18%]]，金條", 18, "%", "approx", "")
    d.metric("則增加[[約24%]]。", 24, "%", "approx", "")
    d.org("。[[上海黃金交易所]]數據")
    d.date("顯示，[[10月]]黃金交割量", OCT, "")
    d.metric("按年上升[[約15%]]；", 15, "%", "approx", "")
    d.org("；[[天貓]]及")
    d.org("及[[京東]]在")
    d.date("在[[雙11]]期間", "2026-11-11", "")
    d.metric("按年增長[[約40%]]。", 40, "%", "approx", "")
    d.org("。[[中國人民銀行]]截至")
    d.date("截至[[10月底]]的黃金", OCT, "")
    # 安士 (ounces, Hong Kong's word) is the unit as written
    d.metric("黃金儲備[[約7,480萬安士]]", "7480e4", "安士", "approx", "")
    d.date("較[[年初]]增加", Y, "")
    d.metric("增加[[約65萬安士]]。", "65e4", "安士", "approx", "")
    d.org("，[[中銀香港]]上月")
    d.date("中銀香港[[上月]]實金條", OCT, "")
    d.metric("按年增加[[約35%]]，反映", 35, "%", "approx", "")
    # P10 forecasts (滙豐: the declared HKSCS 滙, inside its ORG row; 約
    # touching the figure after 每安士, inside the span)
    d.org("\n[[滙豐]]最新")
    d.date("預期，[[明年]]金價", NY, "")
    d.metric("每安士[[約6,000美元]]；", 6000, "美元", "approx", "")
    d.org("；[[高盛]]則將")
    d.date("則將[[明年底]]目標價", NY, "")
    d.metric("上調至[[6,500美元]]。", 6500, "美元", "exact", "")
    d.org("，[[聯儲局]]12月")
    d.date("聯儲局[[12月]]議息", "2026-12", "")
    # P11 the outlook (yearless holidays: the coming ones; 前後 outside)
    d.org("\n[[消費者委員會]]（")
    d.org("（[[消委會]]）提醒")
    d.org("；[[消委會]]今年")
    d.date("消委會[[今年首10個月]]共接獲", Y, "")
    d.metric("投訴[[約320宗]]，", 320, "宗", "approx", "")
    d.metric("按年增加[[約12%]]。香港", 12, "%", "approx", "")
    d.org("。[[香港零售管理協會]]預計")
    d.date("預計，[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]前後", "2027-02-06", "")
    d.metric("收窄至[[約3%]]，但", 3, "%", "approx", "")
    d.date("對[[明年首季]]前景", "2027-Q1", "")
    audit = {
        "orgs": ["香港金銀業貿易場", "政府統計處", "入境事務處",
                 "香港旅遊發展局", "旅發局", "周大福珠寶集團", "周大福",
                 "六福集團", "六福", "周生生", "謝瑞麟", "英皇鐘錶珠寶",
                 "金至尊", "澳門統計暨普查局", "老鋪黃金", "港交所",
                 "周大生", "潮宏基", "美聯工商舖", "差餉物業估價署",
                 "九龍倉置業", "香港珠石玉器金銀首飾業商會",
                 "香港珠寶玉石廠商會", "香港貿易發展局", "貿發局",
                 "世界黃金協會", "上海黃金交易所", "天貓", "京東",
                 "中國人民銀行", "中銀香港", "滙豐", "高盛", "聯儲局",
                 "消費者委員會", "消委會", "香港零售管理協會"],
        "cities": ["香港", "深圳", "廣州", "東莞", "澳門", "上海", "中國",
                   "北京"],
        # 中國 (a country: 中國金飾需求量)
        "excluded": ["首三季[[中國]]金飾"],
        "numbers_excluded": [],
        # 九九金 (the exchange's 99 gold: a name, and adjacent Chinese
        # digits are vague, GUIDELINES); 每兩 (per tael, no figure); 一度
        # (at one point), 另一方面, 一帶 (words)
        "cn_excluded": ["[[九九]]金收市價", "每[[兩]]53,960",
                        "昨日[[一]]度", "另[[一]]方面", "水貝[[一]]帶"],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year on year), 按季 (quarter on
        # quarter), 黃金周 (after its DATE 國慶); 同期 nowhere
        "words_excluded": {"按年": 17, "按季": 1, "黃金周": 1, "同期": 0,
                           "當日": 0, "全年": 0, "年度": 0, "近年": 0},
        # generic heads outside ORG rows: 集團 (x2: 集團指, 集團又指, read
        # back); the other heads only inside ORG rows
        "orgwords_excluded": {"集團": 2, "公司": 0, "銀行": 0, "協會": 0,
                              "商會": 0, "委員會": 0, "交易所": 0, "局": 0,
                              "署": 0, "處": 0},
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


# the characters after which a 市 following a city starts the next word
# (SPEC 市级, 市场, 市区, 市民; GUIDELINES 市外, 市内, 市政)
SHI_NEXT = set("级級场場区區民内內外政郊")
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
    # each declared no-span character (翀 of the GBK article, outside
    # GB2312; annotate_eb.py's 餸 and 邨 of a Big5-HKSCS article) stands as
    # often as declared, each time inside its declared word, and in no span
    # (checked per row below; annotate_jb.py's byline-only rule widened to
    # declared words in annotate_ic.py)
    # (several words per character since annotate_dc.py: 氹 of 路氹 and of
    # 氹仔, annotate_ec.py's OUTSIDE_BIG5_WORD)
    for ch, words in d.no_span_chars.items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == sum(words.values()), (d.doc_id, ch, places)
        spots = sorted(m.start() + word.index(ch) for word in words
                       for m in re.finditer(re.escape(word), d.text))
        assert spots == places, (d.doc_id, ch, words)
        for word, k in words.items():
            assert d.text.count(word) == k, (d.doc_id, ch, word)
    # a declared Big5-HKSCS character stands only inside the ORG rows whose
    # text is declared for it (here 滙 in 滙豐; annotate_db.py's 衞 in its
    # six names, annotate_ec.py's 滙 in 滙業銀行)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    # the byline line (本报记者 and the names) holds no row (GUIDELINES: 本报
    # names no outlet; annotate_db.py's BYLINE_ORG False)
    if d.byline:
        bstart, blen = d.byline
        assert not [r for r in rows if bstart <= r["start"] <= bstart + blen]
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
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; new here: 张掖市 cut to 张掖 passed before)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
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
        # forms Hong Kong's papers write where s2hk writes others (here
        # 周/週, 布/佈, 戶/户, 佔/占; annotate_jb.py's s2tw round trip, made a
        # Macao one in annotate_ic.py and annotate_dc.py, a Hong Kong one in
        # annotate_eb.py and annotate_db.py and here); every declared form
        # must be written
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            kept = S2HK_KEPT[d.doc_id]
            assert pairs <= kept, (d.doc_id, pairs - kept)
            # every declared form is written (annotate_hb.py's check, as
            # annotate_ga.py kept it)
            assert pairs == kept, (d.doc_id, kept - pairs)
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Hong Kong forms (none here; annotate_jc.py's check,
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
