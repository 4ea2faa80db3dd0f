#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g231_seed_industry_grain_companies and g232_macao_utilities_power_water
(annotator DC).

Adapted from the precedent set's tools/annotate_eb.py (now dev/tools/annotate_g223_g224.py) (/tmp/ho40/precedent:
a GBK mainland article and a traditional article of a special
administrative region; copied and the data changed), itself adapted from
annotate_fc.py, which paired a GBK mainland article with a Macao article in
UTF-8 WITH a BOM, as mine does.  annotate_eb.py's Big5-HKSCS block for a
Hong Kong article becomes a UTF-8-WITH-BOM block for a Macao article
(annotate_ea.py's UTF-8-with-BOM assertions, made for a traditional text),
with annotate_ec.py's Macao block (the region named twice; every character
Big5-HKSCS; the characters outside plain Big5 declared with their
Big5-HKSCS bytes and the words they stand in; every line without them plain
Big5 and cp950 alike; the region declared for every traditional article).
It keeps every check of annotate_eb.py: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s of the
whole simplified article, the OpenCC t2s-then-s2hk round trip and the s2t
check of the traditional article, audits of digits, Latin words, Chinese
numerals, time characters, city strings, ORG words and ORG strings, the
independent `city` rule computed and asserted against my hand value on
every DATE/METRIC row, the month and day a DATE span writes, the holiday
table by exact span and the holidays recomputed without it, ROC years only
in a Taiwan text, relative words resolved from the reference date (上周 and
本周二/上周五/本周一 by ISO week, 昨日, 昨（N）日, 本月, 上月, 明年, 去年,
两年前/兩年前), 上月 as a baseline after a comparison word, the bare-day
month rule, a bare month, day or quarter in the reference year, 去年同期 a
year before its sentence's period, the bracketed gloss, 同日/當日, the 上季
check, the range check, the precision check, check_forward (a month or
quarter after 明年 is its next occurrence), check_holiday_period, the 约占
check, markers before, touching and after a span, 约为/约有 as separated
markers, the declared shared unit, the collective label, the time unit, the
declared organizations of each article, the narrowest codec.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded (a BOM removed, nothing else changed):

- g231 is simplified (mainland, 农民日报, 2026-11-19), stored as GBK without
  a BOM (the title's 种 = D6 D6 opens the file).  One character is outside
  GB2312: 祎 (U+794E, GBK B5 74: a lead byte in GB2312's range and a trail
  byte below A1, GBK/4) of the reporter's name on the byline line
  农民日报·中国农网记者 何祎, once, in no span, so Python's gb2312 fails on
  the file while gbk, cp936 and gb18030 read it alike.  The byline's name
  dot · (U+00B7) is GBK A1 A4, which Python's gb2312 reads as ・ (U+30FB):
  declared as a character gb2312 reads as another (annotate_eb.py's
  GB2312_READS_OTHER, there empty), once, on the byline line, in no span.
  Every other line is GB2312 byte for byte; every non-ASCII character is
  two bytes.  OpenCC t2s leaves the article unchanged.
- g232 is traditional (Macao, 市民日報, 2026-11-25), stored as UTF-8 WITH a
  BOM (EF BB BF, then the title's 本 = E6 9C AC).  Every non-ASCII
  character is three bytes (no four-byte one); offsets count from the first
  character after the BOM.  One character is outside plain Big5 and cp950:
  氹 (U+6C39, Big5-HKSCS 9C AE) of 路氹 and 氹仔 (Cotai, Taipa), once each,
  in no span.  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Macao and Hong Kong by their common names).  A Macao text
  (澳門 and 本澳 written at least twice): Macao bodies without a place in
  their names (能源業發展辦公室, 海事及水務局, 財政局, 房屋局 …) stand alone
  as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho40/precedent:
README, NOTES_ea/eb/ec, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g231_g232.md.
Reference dates: corpus/manifest.csv;
the script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_eb.py: the GBK block declares 祎 of 何祎 (GBK B5 74,
a trail byte below A1, GBK/4, like annotate_eb.py's 赟) and a
GB2312_READS_OTHER character (annotate_ic.py's mechanism, which
annotate_eb.py kept with none declared): the byline's name dot · (A1 A4,
gb2312 ・), confined to the byline line.  annotate_eb.py's BIG5-HKSCS
block becomes a UTF-8-WITH-BOM block for a traditional Macao article
(exactly one BOM; utf-8-sig reads the text, plain utf-8 keeps U+FEFF in
front; three bytes a non-ASCII character; no combining mark; the GB and
Big5 codecs and UTF-16 fail or read another text, with the BOM and without
it; the title's 本 right after the BOM).  annotate_eb.py's Hong Kong check
becomes annotate_ec.py's Macao block (every character Big5-HKSCS; the
declared characters outside plain Big5 with their Big5-HKSCS bytes,
outside cp950 as declared, in declared words with their counts; every line
without them plain Big5 and cp950 alike; 澳門/本澳 named twice) and every
traditional article must declare its region.  The no-span characters may
now stand in several declared words (氹 in 路氹 and in 氹仔).  The s2hk
round trip's Macao forms: 周/週 (上周, 上周五, 本周一), 戶/户 (住戶, 用戶,
萬戶, 每戶), 系/係 (收費調整系數); each occurs.  S2T_ALLOWED: none.  The
holiday table: 双11, 春节 (g231); 聖誕, 元旦, 農曆新年 (g232).  New check
(after a mutation passed): a 市 written right after a CITY span must start
the next word (SPEC 市级, 市场, 市区, 市民), so 张掖市 cut to 张掖 fails.
New here: a byline of two outlets joined by a name dot (农民日报·中国农网:
two ORGs, GUIDELINES), 今年 before a season (今年夏季, 今年冬季: the year
alone, GUIDELINES), a quarter after 明年 in its sentence (第三季 ->
2027-Q3), 本月初, 上月底, 最多 (no qualifier), product names with digits
(中麦578, 京科968: codes, no METRIC), the units 亩, 公斤, 件, 户, 度, 兆瓦,
立方米, 公升, 块, 吨, 名, 港元 and 澳门元.
Re-run (from anywhere):

    python3 dev/tools/annotate_g231_g232.py
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
G231 = "g231_seed_industry_grain_companies"
G232 = "g232_macao_utilities_power_water"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G231: ("gbk", b"", False, "2026-11-19", "农民日报"),
    G232: ("utf-8", BOM8, True, "2026-11-25", "市民日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G231: [], G232: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 祎 of
# the reporter's name 何祎 on the byline line, once, in no span
OUTSIDE_GB2312 = {G231: {"祎": b"\xb5\x74"}}
OUTSIDE_GB2312_WORD = {G231: {"祎": ("何祎", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_ic.py's byline dot): the name dot · between
# the two outlets of the byline (GBK A1 A4; gb2312 reads ・, U+30FB), in
# the word 农民日报·中国农网, once, on the byline line (line 3), in no span
GB2312_READS_OTHER = {G231: {"·": (b"\xa1\xa4", "\u30fb", "农民日报·中国农网",
                                   1)}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# the character set of Hong Kong and Macao, has them), each with whether
# cp950 (Taiwan's Big5) holds it: 氹 of 路氹 (Cotai) and 氹仔 (Taipa); cp950
# lacks it
OUTSIDE_BIG5 = {G232: {"氹": False}}
# ... with its Big5-HKSCS bytes (9C AE: a lead byte below A1, in HKSCS's
# added area, which plain Big5 does not read)
BIG5_CODE = {"氹": b"\x9c\xae"}
# ... the ORG rows a declared character may stand in (annotate_ec.py's
# IN_ORG): none here
IN_ORG = {G232: {}}
# ... and the words it stands in outside every span, with their counts
# (annotate_ec.py's OUTSIDE_BIG5_WORD): 氹 in 路氹 (路氹區, the Cotai area)
# once and in 氹仔 (Taipa) once
OUTSIDE_BIG5_WORD = {G232: {"氹": {"路氹": 1, "氹仔": 1}}}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g231: 种 of the title in GBK; g232: 本 of the title in
# UTF-8)
FIRST_CHAR = {G231: ("种", b"\xd6\xd6"), G232: ("本", b"\xe6\x9c\xac")}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 財政局, 房屋局 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G232}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_eb.py's list, with the simplified forms of g232's traditional
# characters added: OpenCC t2s of each, within the BMP; not 表, which t2s
# writes for 錶 of 水錶 and which the text writes in 表示)
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
                   "为咸学届布极炉纾维讨访该责轻较辩随顶")
# the forms Macao's papers write where OpenCC s2hk writes others, as
# (written, s2hk) pairs (annotate_ec.py's S2HK_KEPT): 周 (上周, 上周五,
# 本周一; s2hk 週), 戶 (住戶, 用戶, 萬戶, 每戶, the Big5 form; s2hk 户) and
# 系 (收費調整系數, the tariff term as Macao's Boletim Oficial and 澳電
# write it; s2hk 係數)
S2HK_KEPT = {G232: {("周", "週"), ("戶", "户"), ("系", "係")}}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): none here
S2T_ALLOWED = {G232: set()}
# Holidays the articles name, by their exact span (2025-2027).
# g231 (mainland, 2026-11-19): 双11 2026-11-11 (the shopping festival, no
# year written: the occurrence nearest the reference date, eight days
# before; the quotes outside); 春节 2027-02-06 (正月初一 of 2027; in a
# sentence about 明年: the coming one either way; 前后 outside).
# g232 (Macao, 2026-11-25): 聖誕 2026-12-25, 元旦 2027-01-01 and 農曆新年
# 2027-02-06 (農曆新年 is 春节), the coming ones (隨著…臨近; 農曆新年前:
# 前 outside).
HOLIDAY = {
    "双11": "2026-11-11", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "元旦": "2027-01-01", "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland, Hong Kong and Macao keep the
# PRC's National Day (10-01).
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


# 2026: 11-01 is a Sunday, the fourth Thursday 11-26, 黑色星期五 11-27
# (kept from annotate_eb.py, unused here)
assert _black_friday(2026) == datetime.date(2026, 11, 27)
assert _black_friday(2026).isocalendar()[1:] == (48, 5)
# the lunar table against the calendar (new here): 正月初一 of 2027 is a
# Saturday, 354 days after that of 2026 (a common lunar year of twelve
# months), and 春节 of 2027 lies 73 days after g232's reference date and
# 79 days after g231's, nearer than 2026's (275 and 281 days before)
assert _SPRING[2027].isoweekday() == 6
assert (_SPRING[2027] - _SPRING[2026]).days == 354
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73

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
    # g231 (2026: the municipality 北京; the provincial capitals 长沙 (湖南),
    # 郑州 (河南), 哈尔滨 (黑龙江), 合肥 (安徽), 武汉 (湖北), 成都 (四川); the
    # prefecture-level 新乡, 驻马店 (河南), 张掖, 酒泉, 武威 (甘肃), 三亚
    # (海南); the county-level 寿光 (潍坊, 山东))
    "北京": "北京市", "长沙": "长沙市", "郑州": "郑州市", "新乡": "新乡市",
    "驻马店": "驻马店市", "张掖": "张掖市", "张掖市": "张掖市",
    "酒泉": "酒泉市", "武威": "武威市", "三亚": "三亚市",
    "哈尔滨": "哈尔滨市", "寿光": "寿光市", "合肥": "合肥市",
    "武汉": "武汉市", "成都": "成都市",
    # g232 (traditional spans; 澳門 and 香港 by their common names; 珠海,
    # 中山, 廣州, 深圳 (广东) with 市)
    "澳門": "澳门", "香港": "香港", "珠海": "珠海市", "中山": "中山市",
    "廣州": "广州市", "深圳": "深圳市",
}
# cities normalized without 市: Macao and Hong Kong by their common Chinese
# names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "能源業發展辦公室": "能源业发展办公室", "能源辦": "能源办",
    "中國南方電網有限責任公司": "中国南方电网有限责任公司",
    "南方電網": "南方电网",
    "澳門電力股份有限公司": "澳门电力股份有限公司", "澳電": "澳电",
    "統計暨普查局": "统计暨普查局", "特區政府": "特区政府",
    "財政局": "财政局", "社會工作局": "社会工作局", "社工局": "社工局",
    "房屋局": "房屋局", "海事及水務局": "海事及水务局",
    "珠海市水務局": "珠海市水务局",
    "澳門自來水股份有限公司": "澳门自来水股份有限公司",
    "澳門自來水": "澳门自来水", "珠海水務集團": "珠海水务集团",
    "水利部珠江水利委員會": "水利部珠江水利委员会", "珠江委": "珠江委",
    "消費者委員會": "消费者委员会", "消委會": "消委会",
    "澳門街坊會聯合總會": "澳门街坊会联合总会", "街總": "街总",
    "澳門工會聯合總會": "澳门工会联合总会", "工聯": "工联",
    "澳門中華總商會": "澳门中华总商会",
    "金沙中國有限公司": "金沙中国有限公司", "銀河娛樂集團": "银河娱乐集团",
    "新濠博亞娛樂": "新濠博亚娱乐",
    "澳門輕軌股份有限公司": "澳门轻轨股份有限公司",
    "澳門公共汽車股份有限公司": "澳门公共汽车股份有限公司",
    "澳門新福利公共汽車有限公司": "澳门新福利公共汽车有限公司",
    "中國銀行澳門分行": "中国银行澳门分行", "大西洋銀行": "大西洋银行",
    "工銀澳門": "工银澳门", "環境保護局": "环境保护局", "環保局": "环保局",
    "澳門大學": "澳门大学", "廣東電網珠海供電局": "广东电网珠海供电局",
    "廣東省能源局": "广东省能源局", "立法會": "立法会",
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
                # had the lead byte below A1, GBK/3; here 祎 B5 74 has the
                # trail byte below A1, GBK/4, like annotate_gc.py's 玥; the
                # range check follows GBK: lead 81-FE, trail 40-FE but 7F)
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
        if enc == "utf-8":      # UTF-8 WITH A BOM, A TRADITIONAL MACAO
            # ARTICLE (annotate_ea.py's block for a simplified one, after
            # annotate_fc.py's for a Macao one): exactly one BOM EF BB BF
            # (checked above); the BOM-aware utf-8-sig reading is the text,
            # the plain utf-8 reading keeps U+FEFF in front of it (one code
            # point that would shift every offset by one)
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the declared 氹 too; no four-byte
            # character), so a count in bytes would shift every row after
            # the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ea.py, annotate_fc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
        # a traditional article declares its region (annotate_ec.py: an
        # empty MACAO would otherwise skip the Macao block and the s2hk
        # round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in MACAO or doc_id in TAIWAN), \
            (doc_id, "region")
        if doc_id in MACAO:     # a Macao text (annotate_ec.py's block,
            # applied to the decoded text of a UTF-8 file): Big5-HKSCS holds
            # every character; the declared ones alone are outside plain
            # Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                # with its declared Big5-HKSCS bytes (氹 9C AE: a lead byte
                # below A1, in HKSCS's added area, which plain Big5 does not
                # read); the same in cp950 where cp950 holds it
                code = c.encode("big5hkscs")
                assert code == BIG5_CODE[c], c
                assert len(code) == 2 and code[0] < 0xA1, c
                assert not decodes(code, "big5"), c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_fc.py), and the line holding one is
            # plain Big5 elsewhere (annotate_eb.py)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950"), line
                    assert b.decode("big5") == b.decode("cp950") == line
                else:
                    for part in re.split("|".join(outside), line):
                        assert part.encode("big5").decode("big5") == part
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 財政局, 房屋局 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # every declared character is either confined to ORG rows
            # (IN_ORG, checked in check(); none here) or to declared words
            # in no span (OUTSIDE_BIG5_WORD, each word with its count,
            # together holding every occurrence: 氹 in 路氹 and in 氹仔)
            in_org = IN_ORG.get(doc_id, {})
            in_word = OUTSIDE_BIG5_WORD.get(doc_id, {})
            assert sorted(set(in_org) | set(in_word)) == outside, doc_id
            assert not set(in_org) & set(in_word), doc_id
            assert not in_org, (doc_id, "IN_ORG is not used here")
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
                self.no_span_chars[c] = dict(words)
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
# g231 The seed industry, November 2026: the byline 农民日报·中国农网记者 何祎
# (two outlets joined by a name dot; the declared · and 祎); 农业农村部种业
# 管理司's meeting in 北京 本周二 on the seed companies' sales 今年前三季度,
# their number 截至10月底 against 年初; the national variety approvals
# (国家农作物品种审定委员会 上月, 今年, 两年前) and plant variety rights
# (农业农村部科技发展中心 今年1月至10月); research (中国农业科学院作物科学
# 研究所 and 中麦578, 北京市农林科学院 and 京科968, 湖南杂交水稻研究中心 上周
# in 长沙, 中国水稻研究所 and 隆平高科 昨日, 河南省农业科学院 and 秋乐种业 with
# 郑州, 新乡, 驻马店); the listed seed companies' results (三季度 reports:
# 隆平高科, 山东登海种业股份有限公司 (登海种业), 北京大北农科技集团股份有限
# 公司 (大北农), 荃银高科, 秋乐种业, 康农种业); the corn seed bases of 甘肃
# (甘肃省农业农村厅 with 张掖, 酒泉, 武威; 张掖市; 张掖市农业农村局); 南繁
# (中国农业科学院国家南繁研究院 and 三亚, 中国农业大学, 华中农业大学, 三亚市
# 农业农村局 上月); the agricultural groups (北大荒农垦集团有限公司 and 北大荒
# 垦丰种业股份有限公司 (垦丰种业) in 哈尔滨; 先正达集团 and 中国种子集团有限
# 公司 (中种集团) 10月 in 寿光; 江苏省农垦农业发展股份有限公司 and 江苏省大华
# 种业集团有限公司 今年 against 去年同期); finance and markets (中国农业发展
# 银行 今年前10个月, 人保财险, 海关总署 今年前三季度, 拼多多 “双11”, seed
# prices against 去年); the outlook (中国种子协会 明年, 春节; 农业农村部种业
# 管理司 12月中旬 in 合肥, 中国农业科学院 with 郑州, 武汉, 成都, 2030年).
# Simplified, GBK without BOM, 2026-11-19 (a Thursday, ISO week 2026-W47),
# 农民日报.  本周二 2026-11-17; 昨日 2026-11-18; 上周 2026-W46; 上月
# 2026-10; 明年 2027; 去年 2025; 两年前 2024; 去年同期 2025 (after 今年).
# ===========================================================================
@doc
def g231():
    d = Doc(G231)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ, CS, ZZ, ZMD = "北京市", "长沙市", "郑州市", "驻马店市"
    ZY, WW, SY, HEB = "张掖市", "武威市", "三亚市", "哈尔滨市"
    SG, HF, CD = "寿光市", "合肥市", "成都市"
    # title (a heading that opens with no city: no city section; 前三季度
    # after the noun it is about, GUIDELINES 前N个月; its halves around the
    # space are sentences of their own)
    d.date("种业企业[[前三季度]]种子", Y, "")
    d.metric("增长[[9.6%]] 今年", "9.6", "%", "exact", "")
    d.date("9.6% [[今年]]国审", Y, "")
    d.metric("品种达[[1126个]]\n", 1126, "个", "exact", "")
    # the byline: two outlets joined by a name dot are two ORGs (GUIDELINES
    # 农民日报·中国农网); the reporter's name (the declared 祎) in no span
    d.org("\n[[农民日报]]·中国农网")
    d.org("·[[中国农网]]记者")
    # P1 the meeting (a department written after its ministry: one ORG,
    # SPEC 蚂蚁金服集团银行服务部)
    d.date("\n[[本周二]]，农业", "2026-11-17", BJ)
    d.org("，[[农业农村部种业管理司]]在北京")
    d.city("管理司在[[北京]]召开")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("销售收入[[约812亿元]]", "812e8", "元", "approx", "")
    d.metric("同比增长[[9.6%]]；", "9.6", "%", "exact", "")
    d.metric("销售收入[[超过10亿元]]的", "10e8", "元", "over", "")
    d.metric("达到[[23家]]", 23, "家", "exact", "")
    # 去年 with no stated period in its sentence: from the reference year
    d.date("较[[去年]]增加4家", LY, "")
    d.metric("增加[[4家]]。", 4, "家", "exact", "")
    d.date("截至[[10月底]]，", OCT, "")
    d.metric("企业共[[7358家]]", 7358, "家", "exact", "")
    # a start of a period normalizes to the period (SPEC): the year
    d.date("较[[年初]]减少", Y, "")
    d.metric("减少[[约3%]]，", 3, "%", "approx", "")
    d.metric("居前的[[50家]]企业", 50, "家", "exact", "")
    d.metric("全国的[[四成以上]]，", 40, "%", "over", "")
    # P2 the approvals and the variety rights
    d.org("\n[[农业农村部种业管理司]]相关负责人介绍")
    d.org("介绍，[[国家农作物品种审定委员会]]上月")
    d.date("委员会[[上月]]发布", OCT, "")
    d.date("公告，[[今年]]通过", Y, "")
    d.metric("棉花品种共[[1126个]]", 1126, "个", "exact", "")
    d.metric("玉米[[418个]]", 418, "个", "exact", "")
    d.metric("水稻[[302个]]", 302, "个", "exact", "")
    d.metric("大豆[[87个]]", 87, "个", "exact", "")
    d.metric("达到[[62.5%]]", "62.5", "%", "exact", "")
    # N年前 counts back from the reference year (SPEC 两年前)
    d.date("比[[两年前]]提高", "2024", "")
    d.metric("提高[[11.8个百分点]]", "11.8", "百分点", "exact", "")
    # a range of months, each with its own 月, 今年 attached to the first
    d.date("。[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]，", OCT, "")
    d.org("，[[农业农村部科技发展中心]]受理")
    d.metric("申请[[约1.05万件]]", "1.05e4", "件", "approx", "")
    d.metric("授权[[约5600件]]", 5600, "件", "approx", "")
    d.metric("增长[[17%]]和", 17, "%", "exact", "")
    d.metric("和[[22%]]。", 22, "%", "exact", "")
    # P3 research (the varieties 中麦578 and 京科968 are names with a code:
    # no METRIC, SPEC; the academies' institutes are one ORG each)
    d.org("。[[中国农业科学院作物科学研究所]]选育")
    d.date("中麦578[[今年]]在", Y, "")
    d.metric("推广[[超过1500万亩]]", "1500e4", "亩", "over", "")
    d.metric("高出[[约6%]]；", 6, "%", "approx", "")
    d.org("；[[北京市农林科学院]]选育")
    # 突破 is an over-marker inside the span (SPEC)
    d.metric("面积[[突破1.2亿亩]]。", "1.2e8", "亩", "over", "")
    d.org("。[[湖南杂交水稻研究中心]]上周")
    d.date("研究中心[[上周]]在长沙", "2026-W46", CS)
    d.city("上周在[[长沙]]发布")
    d.metric("亩产达到[[1120公斤]]。", 1120, "公斤", "exact", CS)
    d.org("。[[中国水稻研究所]]与")
    d.org("与[[隆平高科]]昨日")
    d.date("隆平高科[[昨日]]签署", "2026-11-18", "")
    d.metric("以[[5600万元]]转让", "5600e4", "元", "exact", "")
    d.metric("转让[[3个]]杂交", 3, "个", "exact", "")
    d.org("；[[河南省农业科学院]]与")
    d.org("与[[秋乐种业]]联合")
    d.date("新品种[[今年]]在郑州", Y, ZZ)
    # cities listed before 等地 (a list sharing one head: cities, SPEC)
    d.city("今年在[[郑州]]、新乡")
    d.city("郑州、[[新乡]]、驻马店")
    d.city("新乡、[[驻马店]]等地")
    d.metric("推广[[约420万亩]]。", "420e4", "亩", "approx", ZMD)
    # P4 the listed companies (三季度报告: the quarter, as precedent EB's
    # 三季度报告; 前三季度 after the name or noun it is about)
    d.date("发布的[[三季度]]报告", "2026-Q3", "")
    d.org("。[[隆平高科]]前三季度")
    d.date("隆平高科[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约61.3亿元]]", "61.3e8", "元", "approx", "")
    d.metric("增长[[12.4%]]，", "12.4", "%", "exact", "")
    d.metric("种子收入[[约21.6亿元]]", "21.6e8", "元", "approx", "")
    d.metric("增长[[逾两成]]；", 20, "%", "over", "")
    # a short form in brackets (GUIDELINES 以下简称“中天科技”): two ORGs,
    # the quotes outside
    d.org("；[[山东登海种业股份有限公司]]（")
    d.org("简称“[[登海种业]]”）")
    d.date("公司[[前三季度]]营业收入", Y, "")
    d.metric("营业收入[[约9.8亿元]]", "9.8e8", "元", "approx", "")
    d.metric("下降[[4.2%]]。", "4.2", "%", "exact", "")
    d.org("。[[北京大北农科技集团股份有限公司]]（")
    d.org("简称“[[大北农]]”）")
    d.date("玉米品种[[今年]]推广", Y, "")
    d.metric("推广面积[[约1200万亩]]", "1200e4", "亩", "approx", "")
    d.date("是[[去年]]的2.4倍", LY, "")
    d.metric("的[[2.4倍]]。", "2.4", "倍", "exact", "")
    # items listed before 等企业 are ORGs (GUIDELINES)
    d.org("。[[荃银高科]]、")
    d.org("、[[秋乐种业]]和")
    d.org("和[[康农种业]]等企业")
    d.metric("增幅均[[超过10%]]。", 10, "%", "over", "")
    # P5 the corn seed bases of 甘肃 (a province's department: one ORG)
    d.org("。[[甘肃省农业农村厅]]数据")
    d.date("显示，[[今年]]张掖", Y, ZY)
    d.city("今年[[张掖]]、酒泉")
    d.city("张掖、[[酒泉]]、武威")
    d.city("酒泉、[[武威]]等地")
    d.metric("制种面积[[约180万亩]]", "180e4", "亩", "approx", WW)
    # 近一半 -> 50 %, approx (SPEC)
    d.metric("全国的[[近一半]]，", 50, "%", "approx", WW)
    d.metric("制种产量[[约7.2亿公斤]]", "7.2e8", "公斤", "approx", WW)
    # 市 written after the city belongs to it (SPEC 杭州市)
    d.city("其中[[张掖市]]制种")
    d.metric("达到[[112万亩]]", "112e4", "亩", "exact", ZY)
    d.metric("亩产[[约430公斤]]", 430, "公斤", "approx", ZY)
    d.date("较[[去年]]增加约15公斤", LY, ZY)
    d.metric("增加[[约15公斤]]。", 15, "公斤", "approx", ZY)
    # a city's bureau: one ORG, its city inside (SPEC 天津市网信办)
    d.org("。[[张掖市农业农村局]]相关")
    d.date("该市[[今年]]新建", Y, "")
    d.metric("制种田[[约8万亩]]", "8e4", "亩", "approx", "")
    d.metric("财政资金[[约2.3亿元]]", "2.3e8", "元", "approx", "")
    d.metric("农户[[约3.6万户]]", "3.6e4", "户", "approx", "")
    d.metric("增收[[超过1.1万元]]。", "1.1e4", "元", "over", "")
    # P6 南繁 (an institute written after its academy: one ORG)
    d.org("。[[中国农业科学院国家南繁研究院]]介绍")
    d.date("介绍，[[今年]]共有", Y, SY)
    d.metric("共有[[约800家]]", 800, "家", "approx", SY)
    d.city("企业在[[三亚]]等地")
    d.metric("稳定在[[约26万亩]]", "26e4", "亩", "approx", SY)
    d.metric("核心区[[约5.3万亩]]", "5.3e4", "亩", "approx", SY)
    d.org("；[[中国农业大学]]、")
    d.org("、[[华中农业大学]]等高校")
    d.city("高校在[[三亚]]新建")
    d.metric("团队[[超过60个]]。", 60, "个", "over", SY)
    d.org("。[[三亚市农业农村局]]表示")
    d.date("表示，[[上月]]全市", OCT, "")
    d.metric("检疫量[[约2100万公斤]]", "2100e4", "公斤", "approx", "")
    d.metric("增长[[约9%]]。", 9, "%", "approx", "")
    # P7 the agricultural groups (旗下 between two names: two ORGs,
    # GUIDELINES 全联旗下全支付)
    d.org("。[[北大荒农垦集团有限公司]]旗下")
    d.org("旗下[[北大荒垦丰种业股份有限公司]]（")
    d.org("简称“[[垦丰种业]]”）")
    d.city("在[[哈尔滨]]新建")
    d.date("加工中心[[上月]]投产", OCT, HEB)
    d.metric("加工能力[[约1.5亿公斤]]", "1.5e8", "公斤", "approx", HEB)
    d.date("公斤，[[今年]]大豆", Y, HEB)
    d.metric("增长[[约26%]]；", 26, "%", "approx", HEB)
    d.org("；[[先正达集团]]旗下")
    d.org("旗下[[中国种子集团有限公司]]（")
    d.org("简称“[[中种集团]]”）")
    d.date("中种集团”）[[10月]]在寿光", OCT, SG)
    d.city("10月在[[寿光]]投用")
    d.date("该集团[[前三季度]]蔬菜", Y, SG)
    d.metric("增长[[约18%]]。", 18, "%", "approx", SG)
    d.org("。[[江苏省农垦农业发展股份有限公司]]旗下")
    d.org("旗下[[江苏省大华种业集团有限公司]]表示")
    d.date("表示，[[今年]]冬小麦", Y, "")
    d.metric("供应量[[约3.1亿公斤]]", "3.1e8", "公斤", "approx", "")
    # after 今年 in its sentence: a year earlier at the year's precision
    d.date("较[[去年同期]]增长8.5%", LY, "")
    d.metric("增长[[8.5%]]。", "8.5", "%", "exact", "")
    # P8 finance and markets (前10个月 after the name it is about, with
    # 今年 attached; 人保财险: an insurer's property company by its short
    # name, GUIDELINES 平安产险)
    d.org("。[[中国农业发展银行]]今年")
    d.date("发展银行[[今年前10个月]]发放", Y, "")
    d.metric("种业贷款[[约286亿元]]", "286e8", "元", "approx", "")
    d.metric("增长[[21%]]；", 21, "%", "exact", "")
    d.org("；[[人保财险]]今年")
    d.date("人保财险[[今年]]在甘肃", Y, "")
    d.metric("制种保险[[约96万亩]]", "96e4", "亩", "approx", "")
    d.metric("风险保障[[约19.6亿元]]", "19.6e8", "元", "approx", "")
    d.org("。[[海关总署]]数据")
    d.date("显示，[[今年前三季度]]我国", Y, "")
    d.metric("出口额[[约1.9亿美元]]", "1.9e8", "美元", "approx", "")
    d.metric("增长[[约7%]]。", 7, "%", "approx", "")
    d.org("。[[拼多多]]数据")
    # a named shopping festival with no year: the occurrence nearest the
    # reference date (GUIDELINES); the quotes and 期间 outside
    d.date("“[[双11]]”期间", "2026-11-11", "")
    d.metric("增长[[约45%]]，", 45, "%", "approx", "")
    d.metric("占比[[近六成]]。", 60, "%", "approx", "")
    # 每公斤 before the price outside (GUIDELINES 每平方米16712元)
    d.metric("玉米种子每公斤零售均价[[约38元]]", 38, "元", "approx", "")
    d.date("较[[去年]]下降约5%", LY, "")
    d.metric("下降[[约5%]]；", 5, "%", "approx", "")
    d.metric("水稻种子每公斤零售均价[[约62元]]", 62, "元", "approx", "")
    d.date("与[[去年]]基本持平", LY, "")
    # P9 the outlook (明年 before a season: the year alone, GUIDELINES
    # 2019年夏天; 春节 in a sentence about 明年: 2027's, the coming one too)
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[中国种子协会]]预计")
    d.date("预计，[[明年]]春播", NY, "")
    d.metric("供给量[[约14亿公斤]]", "14e8", "公斤", "approx", "")
    d.metric("需求量的[[1.35倍左右]]", "1.35", "倍", "approx", "")
    d.date("，[[春节]]前后", "2027-02-06", "")
    d.org("。[[农业农村部种业管理司]]相关负责人表示")
    d.date("将于[[12月中旬]]在合肥", "2026-12", HF)
    d.city("中旬在[[合肥]]召开")
    d.org("联合[[中国农业科学院]]在郑州")
    d.city("科学院在[[郑州]]、武汉")
    d.city("郑州、[[武汉]]、成都")
    d.city("武汉、[[成都]]等地")
    d.date("到[[2030年]]力争", "2030", CD)
    d.metric("销售收入[[超过100亿元]]的种业", "100e8", "元", "over", CD)
    d.metric("种业企业[[5家以上]]。", 5, "家", "over", CD)
    audit = {
        "orgs": ["农民日报", "中国农网", "农业农村部种业管理司",
                 "国家农作物品种审定委员会", "农业农村部科技发展中心",
                 "中国农业科学院作物科学研究所", "北京市农林科学院",
                 "湖南杂交水稻研究中心", "中国水稻研究所", "隆平高科",
                 "河南省农业科学院", "秋乐种业", "山东登海种业股份有限公司",
                 "登海种业", "北京大北农科技集团股份有限公司", "大北农",
                 "荃银高科", "康农种业", "甘肃省农业农村厅",
                 "张掖市农业农村局", "中国农业科学院国家南繁研究院",
                 "中国农业大学", "华中农业大学", "三亚市农业农村局",
                 "北大荒农垦集团有限公司", "北大荒垦丰种业股份有限公司",
                 "垦丰种业", "先正达集团", "中国种子集团有限公司",
                 "中种集团", "江苏省农垦农业发展股份有限公司",
                 "江苏省大华种业集团有限公司", "中国农业发展银行",
                 "人保财险", "海关总署", "拼多多", "中国种子协会",
                 "中国农业科学院"],
        "cities": ["北京", "长沙", "郑州", "新乡", "驻马店", "张掖", "酒泉",
                   "武威", "三亚", "哈尔滨", "寿光", "合肥", "武汉", "成都",
                   "湖南", "河南", "山东", "甘肃", "江苏", "海南", "中国",
                   "全国", "全市", "黄淮"],
        # 甘肃 (a province: 在甘肃承保); 全国 (x3) and 全市 (deictic, SPEC);
        # 黄淮麦区 (a region); 我国 is no place name
        "excluded": ["在[[甘肃]]承保", "[[全国]]持证", "[[全国]]持有效",
                     "占[[全国]]的四成", "占[[全国]]的近一半",
                     "上月[[全市]]", "[[黄淮]]麦区",
                     "召开[[全国]]种业"],
        # the varieties' names hold a code (SPEC: names and codes are no
        # METRIC; GUIDELINES: iPhone15 stays a code)
        "numbers_excluded": ["中麦[[578]]", "京科[[968]]"],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 冬季 (南繁冬季育种: a season with no
        # year word, SPEC); 同期 only inside 去年同期
        "words_excluded": {"冬季": 1, "同期": 0, "当天": 0, "日前": 0,
                           "同日": 0, "全年": 0, "年度": 0},
        # generic heads outside ORG rows: 公司 (公司前三季度, read back), 集团
        # (x2: 农业企业集团, a kind; 该集团, read back), 中心 (x2: 种子加工
        # 中心, 蔬菜育种中心, facilities), 局 (布局, a verb); the other heads
        # only inside ORG rows
        "orgwords_excluded": {"公司": 1, "集团": 2, "中心": 2, "局": 1,
                              "协会": 0, "银行": 0, "委员会": 0,
                              "研究院": 0, "研究所": 0, "科学院": 0,
                              "大学": 0, "农业农村部": 0, "总署": 0,
                              "政府": 0, "日报": 0},
        "orgstring_excluded": [],
    }
    return d, audit




# ===========================================================================
# g232 Power and water in Macao, November 2026: 能源業發展辦公室 (能源辦)
# 昨（24）日 on consumption 今年首10個月 (澳門; the import by 中國南方電網有限
# 責任公司 (南方電網) via 珠海), 10月, the peak of 今年夏季 on 8月12日 against
# 去年; consumption by class (首10個月; 澳門電力股份有限公司 (澳電) 截至10月
# 底 against 年初; 統計暨普查局 上月 on 第三季); tariffs (澳電 昨日: 明年1月1日,
# 明年首季); subsidies (特區政府 今年, 財政局 上月, 社會工作局 (社工局),
# 房屋局); water (海事及水務局 今年首三季; 珠海市水務局 今年1月至10月 with
# 珠海, 澳門; 澳門自來水股份有限公司 (澳門自來水) and 珠海水務集團, 10月底;
# 去年; 水利部珠江水利委員會 (珠江委) 本月初, 明年2月底 with 珠海, 中山, 澳門);
# bills (消費者委員會 (消委會) 上周, 兩年前; 澳門街坊會聯合總會 (街總), 澳門
# 工會聯合總會 (工聯), 特區政府, 澳門中華總商會); large users and green
# finance (金沙中國有限公司, 銀河娛樂集團, 新濠博亞娛樂 今年; 澳門輕軌股份有限
# 公司, 澳門公共汽車股份有限公司, 澳門新福利公共汽車有限公司 今年首10個月;
# 中國銀行澳門分行 今年, 大西洋銀行, 工銀澳門; 環境保護局 (環保局) 去年, 2019
# 年; 澳門大學 2030年); cross-border supply (廣東電網珠海供電局 上周五（20
# 日）, 明年第三季; 廣東省能源局 上月, 今年冬季; 香港, 廣州, 深圳; 立法會 本周
# 一（23日）, 能源辦 上月底); the outlook (聖誕, 元旦, 農曆新年, 12月; 澳門
# 自來水 明年, 第三季; 能源辦).  Traditional as Macao writes it (按年,
# 首10個月, 首三季, 第三季, 首季, 上周, 上周五（20日）, 本周一（23日）,
# 昨（24）日, 佔, 公佈, 澳門元, 本澳, 全澳, 戶), UTF-8 WITH BOM,
# 2026-11-25 (a Wednesday, ISO week 2026-W48), 市民日報; no dateline.
# 昨（24）日 and 昨日 2026-11-24; 上周 2026-W47; 上周五 2026-11-20; 本周一
# 2026-11-23; 上月 2026-10; 本月 2026-11; 明年 2027; 去年 2025; 兩年前 2024.
# ===========================================================================
@doc
def g232():
    d = Doc(G232)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    MO, ZH, HK = "澳门", "珠海市", "香港"
    # title (a heading that opens with no city; 首10個月 after 本澳, the
    # place it is about, GUIDELINES 前N个月; Macao writes the first months
    # with 首)
    d.date("本澳[[首10個月]]用電量", Y, "")
    d.metric("按年增[[3.8%]] ", "3.8", "%", "exact", "")
    d.org("% [[澳電]]明年")
    d.date("澳電[[明年]]基本", NY, "")
    # P1 (a Macao body without a place stands alone in a Macao text,
    # GUIDELINES; its bracketed short form is an ORG too)
    d.org("\n[[能源業發展辦公室]]（")
    d.org("（[[能源辦]]）昨")
    # 昨（24）日 is one span (SPEC 今（5）日)
    d.date("能源辦）[[昨（24）日]]公佈", "2026-11-24", MO)
    d.date("公佈，[[今年首10個月]]澳門", Y, MO)
    d.city("首10個月[[澳門]]總用電量")
    d.metric("總用電量[[約52.6億度]]", "52.6e8", "度", "approx", MO)
    d.metric("按年增加[[3.8%]]，其中", "3.8", "%", "exact", MO)
    d.org("由[[中國南方電網有限責任公司]]（")
    d.org("（[[南方電網]]）經珠海")
    d.city("經[[珠海]]輸入")
    d.metric("電量[[約46.1億度]]", "46.1e8", "度", "approx", ZH)
    d.metric("總用電量[[約87.6%]]", "87.6", "%", "approx", ZH)
    d.metric("本地發電量[[約6.5億度]]", "6.5e8", "度", "approx", ZH)
    d.date("。[[10月]]單月", OCT, "")
    d.metric("單月用電量[[約4.9億度]]", "4.9e8", "度", "approx", "")
    d.metric("按年增加[[2.1%]]。", "2.1", "%", "exact", "")
    # 今年 before a season: the year alone is a DATE (GUIDELINES 2019年夏天)
    d.date("。[[今年]]夏季", Y, "")
    d.date("負荷於[[8月12日]]錄得", "2026-08-12", "")
    # 兆瓦 is a unit, not the magnitude 兆 (GUIDELINES)
    d.metric("錄得[[約1,218兆瓦]]", 1218, "兆瓦", "approx", "")
    d.date("較[[去年]]最高負荷", LY, "")
    d.metric("高出[[約4.5%]]。", "4.5", "%", "approx", "")
    # P2 consumption by class
    d.date("酒店業[[首10個月]]用電量", Y, "")
    d.metric("用電量[[約18.3億度]]", "18.3e8", "度", "approx", "")
    d.metric("佔總量[[約34.8%]]", "34.8", "%", "approx", "")
    d.metric("住宅用電[[約14.2億度]]", "14.2e8", "度", "approx", "")
    d.metric("按年增加[[5.6%]]；", "5.6", "%", "exact", "")
    d.metric("設施用電[[約6.1億度]]", "6.1e8", "度", "approx", "")
    d.org("。[[澳門電力股份有限公司]]（")
    d.org("（[[澳電]]）數據")
    d.date("截至[[10月底]]，", OCT, "")
    d.metric("電力用戶[[約29.8萬戶]]", "29.8e4", "户", "approx", "")
    d.date("較[[年初]]增加", Y, "")
    d.metric("增加[[約4,600戶]]", 4600, "户", "approx", "")
    d.metric("住宅用戶[[約26.1萬戶]]", "26.1e4", "户", "approx", "")
    d.org("。[[統計暨普查局]]上月")
    d.date("普查局[[上月]]公佈", OCT, "")
    d.date("顯示，[[第三季]]住戶", "2026-Q3", "")
    d.metric("上升[[約2.7%]]。", "2.7", "%", "approx", "")
    # P3 tariffs (每度 before a price outside, GUIDELINES 每平方米16712元)
    d.org("\n[[澳電]]昨日")
    d.date("澳電[[昨日]]表示", "2026-11-24", "")
    d.org("經與[[能源辦]]商討")
    d.date("商討，[[明年1月1日]]起", "2027-01-01", "")
    d.metric("平均收費[[約1.18澳門元]]", "1.18", "澳门元", "approx", "")
    d.date("影響，[[明年首季]]收費", "2027-Q1", "")
    d.metric("每度[[0.152澳門元]]", "0.152", "澳门元", "exact", "")
    d.metric("下調至[[0.128澳門元]]", "0.128", "澳门元", "exact", "")
    d.metric("降幅[[約15.8%]]。", "15.8", "%", "approx", "")
    d.metric("每月用電[[400度]]的", 400, "度", "exact", "")
    d.metric("可減少[[約9.6澳門元]]。", "9.6", "澳门元", "approx", "")
    # P4 subsidies (特區政府: SPEC; 最多 sets no qualifier, GUIDELINES)
    d.org("，[[特區政府]]今年繼續")
    d.date("特區政府[[今年]]繼續", Y, "")
    d.metric("每月補貼[[220澳門元]]", 220, "澳门元", "exact", "")
    d.date("預計[[今年]]相關", Y, "")
    d.metric("開支[[約6.2億澳門元]]", "6.2e8", "澳门元", "approx", "")
    d.org("。[[財政局]]數據")
    d.date("顯示，[[上月]]共向", OCT, "")
    d.metric("共向[[約23.6萬個]]", "23.6e4", "个", "approx", "")
    d.org("。[[社會工作局]]（")
    d.org("（[[社工局]]）表示")
    d.metric("援助的[[約3,200個]]", 3200, "个", "approx", "")
    d.metric("每月最多[[300澳門元]]", 300, "澳门元", "exact", "")
    d.org("；[[房屋局]]亦為")
    d.metric("公共房屋[[約1.9萬名]]", "1.9e4", "名", "approx", "")
    # P5 water
    d.org("，[[海事及水務局]]數據")
    d.date("顯示，[[今年首三季]]本澳", Y, "")
    d.metric("用水量[[約7,920萬立方米]]", "7920e4", "立方米", "approx", "")
    d.metric("按年增加[[2.4%]]，", "2.4", "%", "exact", "")
    d.metric("供水量[[約29萬立方米]]", "29e4", "立方米", "approx", "")
    # a city's bureau: one ORG, its city inside (SPEC 天津市网信办)
    d.org("。[[珠海市水務局]]表示")
    d.date("表示，[[今年1月]]至10月", "2026-01", ZH)
    d.date("今年1月至[[10月]]珠海", OCT, ZH)
    d.city("至10月[[珠海]]向澳門")
    d.city("珠海向[[澳門]]供應")
    d.metric("原水[[約8,650萬立方米]]", "8650e4", "立方米", "approx", MO)
    d.metric("按年增加[[約3.1%]]。", "3.1", "%", "approx", MO)
    d.org("。[[澳門自來水股份有限公司]]（")
    d.org("（[[澳門自來水]]）指出")
    d.org("，[[澳門自來水]]已與")
    # a city before the water group: part of the name (SPEC: a place in
    # front belongs to it), no CITY
    d.org("已與[[珠海水務集團]]加強")
    d.metric("蓄水[[約4,300萬立方米]]", "4300e4", "立方米", "approx", "")
    d.date("較[[10月底]]增加", OCT, "")
    d.metric("增加[[約12%]]。", 12, "%", "approx", "")
    d.metric("用水量[[約162公升]]", 162, "公升", "approx", "")
    d.date("較[[去年]]下降約1.5%", LY, "")
    d.metric("下降[[約1.5%]]。", "1.5", "%", "approx", "")
    # a commission written after its ministry: one ORG (GUIDELINES 交通部
    # 航港局); its bracketed short form
    d.org("。[[水利部珠江水利委員會]]（")
    d.org("（[[珠江委]]）本月初")
    # 本月初: a start of a month is the month (SPEC)
    d.date("珠江委）[[本月初]]展開", "2026-11", ZH)
    d.date("至[[明年2月底]]向珠海", "2027-02", ZH)
    d.city("2月底向[[珠海]]、中山")
    d.city("珠海、[[中山]]、澳門")
    d.city("中山、[[澳門]]等地")
    d.metric("補水[[約9億立方米]]", "9e8", "立方米", "approx", MO)
    # P6 bills
    d.org("。[[消費者委員會]]（")
    d.org("（[[消委會]]）上周")
    d.date("消委會）[[上周]]公佈", "2026-W47", "")
    d.metric("水電費[[約620澳門元]]", 620, "澳门元", "approx", "")
    d.date("較[[兩年前]]上升", "2024", "")
    d.metric("上升[[約11%]]，", 11, "%", "approx", "")
    d.metric("，[[約三成]]受訪者", 30, "%", "approx", "")
    d.org("。[[澳門街坊會聯合總會]]（")
    d.org("（[[街總]]）及")
    d.org("及[[澳門工會聯合總會]]（")
    d.org("（[[工聯]]）建議")
    d.org("建議[[特區政府]]將")
    d.org("；[[澳門中華總商會]]指出")
    # a range with a unit on each figure: two mentions, each its own %
    d.metric("介乎[[8%]]至12%", 8, "%", "exact", "")
    d.metric("8%至[[12%]]。", 12, "%", "exact", "")
    # P7 large users and green finance (items listed before 等營運商, each a
    # company)
    d.org("。[[金沙中國有限公司]]、")
    d.org("、[[銀河娛樂集團]]和")
    d.org("和[[新濠博亞娛樂]]等")
    d.date("營運商[[今年]]合共", Y, "")
    d.metric("光伏板[[約2.6萬塊]]", "2.6e4", "块", "approx", "")
    d.metric("裝機容量[[約12兆瓦]]", 12, "兆瓦", "approx", "")
    d.org("；[[澳門輕軌股份有限公司]]表示")
    d.date("輕軌系統[[今年首10個月]]用電量", Y, "")
    d.metric("用電量[[約3,860萬度]]", "3860e4", "度", "approx", "")
    d.metric("增加[[約19%]]。", 19, "%", "approx", "")
    d.org("。[[澳門公共汽車股份有限公司]]和")
    d.org("和[[澳門新福利公共汽車有限公司]]的")
    d.date("電動巴士[[今年首10個月]]充電", Y, "")
    d.metric("合共[[約1,420萬度]]", "1420e4", "度", "approx", "")
    d.metric("增加[[約27%]]。", 27, "%", "approx", "")
    # a bank's branch with its place: one ORG (GUIDELINES)
    d.org("。[[中國銀行澳門分行]]今年")
    d.date("澳門分行[[今年]]已向", Y, "")
    d.metric("綠色貸款[[約3.2億澳門元]]", "3.2e8", "澳门元", "approx", "")
    d.org("，[[大西洋銀行]]及")
    d.org("及[[工銀澳門]]亦")
    d.org("。[[環境保護局]]（")
    d.org("（[[環保局]]）資料")
    d.date("顯示，[[去年]]本澳", LY, "")
    d.metric("碳排放[[約162萬噸]]", "162e4", "吨", "approx", "")
    d.date("較[[2019年]]下降", "2019", "")
    d.metric("下降[[約21%]]；", 21, "%", "approx", "")
    d.org("；[[澳門大學]]研究")
    d.date("到[[2030年]]本澳", "2030", "")
    d.metric("滿足[[約6%]]的", 6, "%", "approx", "")
    # P8 cross-border supply (a bureau written after a body belongs to it:
    # one ORG, GUIDELINES 新北市政府地政局; 珠海 inside, no CITY)
    d.org("，[[廣東電網珠海供電局]]上周五")
    d.date("供電局[[上周五]]（", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    d.metric("已完成[[約七成]]工程量", 70, "%", "approx", "")
    d.date("預計[[明年第三季]]投運", "2027-Q3", "")
    d.metric("將提升[[約30%]]。", 30, "%", "approx", "")
    d.org("。[[廣東省能源局]]上月")
    d.date("能源局[[上月]]已將", OCT, "")
    d.date("列入[[今年]]冬季", Y, "")
    d.city("低於[[香港]]，")
    d.city("，[[香港]]住宅平均")
    d.metric("每度[[約1.6港元]]", "1.6", "港元", "approx", HK)
    # cities listed before 等內地城市 (a list sharing one head: cities)
    d.city("高於[[廣州]]、深圳")
    d.city("、[[深圳]]等內地")
    d.org("。[[立法會]]本周一")
    d.date("立法會[[本周一]]（", "2026-11-23", "")
    d.date("本周一（[[23日]]）", "2026-11-23", "")
    d.org("建議[[能源辦]]研究")
    d.org("，[[能源辦]]表示截至")
    d.date("截至[[上月底]]全澳", OCT, "")
    d.metric("增至[[約3,100個]]。", 3100, "个", "approx", "")
    # P9 the outlook (yearless holidays: the coming ones; 12月 beside them
    # nearest them, GUIDELINES)
    d.date("隨著[[聖誕]]、", "2026-12-25", "")
    d.date("、[[元旦]]及", "2027-01-01", "")
    d.date("及[[農曆新年]]臨近", "2027-02-06", "")
    d.org("，[[澳電]]預計")
    d.date("預計[[12月]]用電量", "2026-12", "")
    d.metric("增加[[約3%]]，", 3, "%", "approx", "")
    d.date("在[[農曆新年]]前完成", "2027-02-06", "")
    d.org("。[[澳門自來水]]則表示")
    d.date("水價[[明年]]維持", NY, "")
    d.metric("每立方米[[4.18澳門元]]", "4.18", "澳门元", "exact", "")
    # after 明年 in its sentence, a yearless quarter is its next occurrence
    # from the reference date (GUIDELINES): 2027's third quarter
    d.date("，[[第三季]]起將在氹仔", "2027-Q3", "")
    d.metric("水錶[[約1.2萬個]]。", "1.2e4", "个", "approx", "")
    d.org("。[[能源辦]]提醒")
    d.metric("高出[[約一成]]。", 10, "%", "approx", "")
    audit = {
        "orgs": ["能源業發展辦公室", "能源辦", "中國南方電網有限責任公司",
                 "南方電網", "澳電", "澳門電力股份有限公司",
                 "統計暨普查局", "特區政府", "財政局", "社會工作局",
                 "社工局", "房屋局", "海事及水務局", "珠海市水務局",
                 "澳門自來水股份有限公司", "澳門自來水", "珠海水務集團",
                 "水利部珠江水利委員會", "珠江委", "消費者委員會", "消委會",
                 "澳門街坊會聯合總會", "街總", "澳門工會聯合總會", "工聯",
                 "澳門中華總商會", "金沙中國有限公司", "銀河娛樂集團",
                 "新濠博亞娛樂", "澳門輕軌股份有限公司",
                 "澳門公共汽車股份有限公司", "澳門新福利公共汽車有限公司",
                 "中國銀行澳門分行", "大西洋銀行", "工銀澳門",
                 "環境保護局", "環保局", "澳門大學", "廣東電網珠海供電局",
                 "廣東省能源局", "立法會"],
        "cities": ["澳門", "珠海", "中山", "香港", "廣州", "深圳", "廣東",
                   "中國", "城市", "西江"],
        # 城市 (x2: 鄰近城市, 內地城市, the generic word); 西江 (a river)
        "excluded": ["鄰近[[城市]]", "內地[[城市]]", "[[西江]]鹹潮"],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # time words that are no DATE: 按年 (year on year), 單月 (a single
        # month), 夏季 (x2: 今年夏季 after its DATE 今年, and 夏季電費 with
        # no year word), 冬季 (今年冬季, after its DATE 今年), 每月 (x5: a
        # recurring month), 日均 (a daily average), 每日, 單日, 平日
        # (recurring or vague days), 節能 (x3: energy saving); 同期 nowhere
        "words_excluded": {"按年": 10, "單月": 1, "夏季": 2, "冬季": 1,
                           "每月": 5, "日均": 1, "每日": 1, "單日": 1,
                           "平日": 1, "節能": 3, "同期": 0, "當日": 0,
                           "全年": 0, "年度": 0},
        # generic heads outside ORG rows: 公司 (該公司, read back), 政府
        # (政府部門, a kind); the other heads only inside ORG rows
        "orgwords_excluded": {"公司": 1, "政府": 1, "集團": 0, "銀行": 0,
                              "委員會": 0, "總會": 0, "商會": 0, "大學": 0,
                              "辦公室": 0, "水務局": 0, "能源局": 0,
                              "分行": 0},
        # 本澳電力 (Macao's power) holds 澳電 across two words (本澳|電力):
        # no ORG
        "orgstring_excluded": ["本[[澳電]]力用戶", "本[[澳電]]力相關"],
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
    # each declared character (赟 of the GBK article, outside GB2312; 餸 and
    # 邨 of the Big5-HKSCS article, outside plain Big5 and cp950) stands as
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
        # a traditional article is traditional as Macao writes it: OpenCC
        # t2s and back with s2hk gives the text again, but for the forms
        # Macao's papers write where s2hk writes others (here 周/週, 戶/户;
        # annotate_jb.py's s2tw round trip, made a Macao one in
        # annotate_ic.py, a Hong Kong one in annotate_eb.py and a Macao one
        # again here, as annotate_ec.py had it); every declared form must
        # be written
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
        # the declared Macao forms (none here; annotate_jc.py's check,
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
