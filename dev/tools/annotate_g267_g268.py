#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g267_construction_machinery_excavators_cities and
g268_macao_airport_airlines_routes (annotator NC).

Adapted from the precedent set's tools/annotate_mc.py (now dev/tools/annotate_g261_g262.py) (/tmp/ho46/precedent:
a simplified mainland article and a traditional article of 澳門日報, Macao,
with its opener 【本報消息】 and its Macao block; the pair closest to mine in
sources and regions; copied and the data changed).  My storages differ from
both of annotate_mc.py's, so its two storage blocks are rebuilt:

- its UTF-16 BIG-ENDIAN block for the simplified article becomes a GB18030
  block, taken from annotate_mb.py (the precedent whose mainland article was
  stored as GB18030 with characters outside GBK on its byline): the declared
  characters are the only ones GBK lacks, each written with its declared
  GB18030 bytes at its own place, of the kinds declared per article
  (GB18030_KINDS); gbk, cp936 and gb2312 fail on the file, gb18030 reads it
  (the narrowest-codec pair gb18030/gbk); every other character is GB2312,
  two bytes a non-ASCII character but the four-byte ones; the Big5 family
  and the Unicode codecs fail or read another text.  New kind here: a
  four-byte code of a character INSIDE the BMP (㛃, U+36C3, CJK Extension
  A, 82 30 B7 31: one code point and one UTF-16 unit, but four bytes), beside
  annotate_mb.py's astral kind (𬱖, U+2CC56, 99 33 C3 36: one code point,
  two UTF-16 units).  Both stand in the reporters' given names on the byline
  本报记者 张㛃 刘𬱖, in no span; the astral one stands before every span of
  the body (ASTRAL_BEFORE_BODY).  The byline is 本报记者: 本报 names no
  outlet (GUIDELINES), so the line holds no row (annotate_mb.py's
  BYLINE_ORG False, kept from annotate_lb.py's block).
- its UTF-8 WITHOUT-BOM block for the Macao article becomes a UTF-8
  WITH-BOM block (annotate_ma.py's block for a simplified UTF-8 text with a
  BOM, turned to a Macao one): exactly one EF BB BF in front, no second BOM
  of any kind; utf-8-sig reads the text, plain utf-8 reads U+FEFF and the
  text (one code point more, which would shift every offset by one); three
  bytes a non-ASCII character, no four-byte one; the declared character
  outside plain Big5 (氹 of 氹仔) written with its UTF-8 bytes and its
  Big5-HKSCS code nowhere in the file; the legacy codecs and UTF-16 fail or
  read another text, with and without the BOM; GB2312 cannot write it; the
  opener 【本報消息】 holds no row.

It keeps every check of annotate_mc.py: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, the OpenCC t2s
of the whole simplified article, the OpenCC t2s-then-s2hk round trip, the
s2t check and the SIMPLIFIED_ONLY check of the traditional article, audits
of digits, Latin words, Chinese numerals, time characters, holiday words,
city strings (absent cities as guards), ORG words and ORG strings, the
declared organizations of each article, the independent `city` rule
computed and asserted against my hand value on every DATE/METRIC row, the
month and day a DATE span writes, the holiday table by exact span and the
holidays recomputed without it, ROC years only in a Taiwan text, relative
words resolved from the reference date, 上月 as a baseline, the bare-day
rule, a bare month, day or quarter in the reference year, 去年同期 a year
before its sentence's period, the bracketed gloss, 同日, the 上季 check, the
range check, the precision check, check_forward, check_holiday_period, the
约占/約佔 check, markers before, touching and after a span, 约为/約為 as
separated markers, the declared shared unit, the collective label,
check_no_collective_metric and check_not_collective, the time unit, a 市
right after a CITY, the NO_SHI and FOREIGN_SHI checks, the region block
(Macao named at least twice; the character outside plain Big5 declared
with its kind and confined to its declared word), the byline rows, the
opener, the narrowest codec, no Taiwan marker and no bare 2-3 digit year
in either text.  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n`
times in the article and one row is written per occurrence.  Offsets are
Python str indices (code points) into the article as decoded (a BOM
removed, nothing else changed):

- g267 is simplified (mainland, 证券日报, 2026-11-21), stored as GB18030
  WITHOUT a BOM (the title's 挖 = CD DA opens the file); its
  byline 本报记者 张㛃 刘𬱖 (line 3) holds no row.  OpenCC t2s leaves the
  article unchanged.
- g268 is traditional (Macao, 澳門日報, 2026-11-25), stored as UTF-8 WITH
  A BOM (EF BB BF, then the title's 機 = E6 A9 9F); offsets count from the
  first character after the BOM.  One character is outside plain Big5 and
  cp950: 氹 (U+6C39, UTF-8 E6 B0 B9; Big5-HKSCS 9C AE, nowhere in the file)
  of 氹仔 (an island of Macao, no city), once, in no span.  The first
  paragraph opens with 【本報消息】, which names no outlet.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao, Hong
  Kong and foreign cities by their common names).  A Macao text (澳門
  written at least twice): Macao bodies without a place in their names
  (民航局, 旅遊局, 統計暨普查局, 治安警察局, 運輸工務司) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho46/precedent:
README, NOTES_ma/mb/mc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g267_g268.md.
Reference dates: corpus/manifest.csv;
the script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_mc.py besides the two storage blocks: the byline
declaration and its checks are annotate_mb.py's (a prefix, the outlet, the
role and the names; BYLINE_ORG; ASTRAL_BEFORE_BODY), since the declared
characters stand on the byline; GB18030_KINDS gains the four-byte BMP kind;
the Macao block declares 氹 in one word; the s2hk pairs are Macao's 周/週
(上周, 每周), 啟/啓 (啟用) and 溫/温 (溫州); the holiday table and its calendar
asserts for the two reference dates; FOREIGN_SHI used (胡志明市).  Checks
added after mutations passed (NOTES_nc.md): FOREIGN declares every foreign
city, and NO_SHI and FOREIGN_SHI are derived from it (FOREIGN_SHI emptied
passed); an ORG row holds no 旗下, 的 or 、 and does not start after 国家 or
中国 (远东宏信旗下的宏信建发 as one row, and 國家民航局 cut to 民航局, passed);
a CITY does not stand right before 机场, 国际机场, 地铁, 站, 路, 区, 县, 州 or 港
(香港國際機場 cut to a CITY 香港 and an ORG 國際機場 passed); every declared
FOREIGN_SHI name is a CITY row's normalization.
Re-run (from anywhere):

    python3 dev/tools/annotate_g267_g268.py
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
G267 = "g267_construction_machinery_excavators_cities"
G268 = "g268_macao_airport_airlines_routes"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G267: ("gb18030", b"", False, "2026-11-21", "证券日报"),
    G268: ("utf-8", BOM8, True, "2026-11-25", "澳門日報"),
}
# characters outside the BMP each article declares, in text order: 𬱖
# (U+2CC56) of the second reporter's given name on g267's byline
OUTSIDE_BMP = {G267: ["𬱖"], G268: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 㛃 (U+36C3, CJK Extension A) of the first
# reporter's given name and 𬱖 (U+2CC56, Extension E) of the second's (both
# in no span, on the byline line; annotate_mb.py's OUTSIDE_GBK)
OUTSIDE_GBK = {G267: {"㛃": b"\x82\x30\xb7\x31",
                      "𬱖": b"\x99\x33\xc3\x36"}}
# ... and the kinds they are of, one each (annotate_mb.py's GB18030_KINDS,
# with a kind new here): "gb18030-four-byte-bmp" (four bytes, first 81-84, a
# character inside the BMP that GBK lacks: one code point and one UTF-16
# unit, so only a count in bytes moves) and "gb18030-four-byte-astral" (four
# bytes, first 90-E3, a character outside the BMP: one code point, two
# UTF-16 units); annotate_mb.py's "gb18030-fe-two-byte" kind is kept in the
# block, unused here
GB18030_KINDS = {G267: Counter({"gb18030-four-byte-bmp": 1,
                                "gb18030-four-byte-astral": 1})}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, then the reporters' names separated by a
# space (证券日报's house form 本报记者 + names); GUIDELINES: 本报 names no
# outlet, so the line holds no row (annotate_mb.py's BYLINE_ORG False)
BYLINE = {G267: ("", "本报", "记者 ", ["张㛃", "刘𬱖"])}
BYLINE_ORG = {G267: False}
# articles whose declared characters stand before every span of the body
# and include one outside the BMP (annotate_mb.py's check): g267's 𬱖 on
# the byline
ASTRAL_BEFORE_BODY = {G267}
# the paragraph opener of the Macao article (澳門日報's 【本報消息】): 本報
# names no outlet (GUIDELINES), so the opener holds no row
OPENER = {G268: "【本報消息】"}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# the character set of Hong Kong and Macao, has them), each with whether
# cp950 (Taiwan's Big5) holds it: 氹 of 氹仔 (Macao's own character, the
# island where the airport's terminal stands); cp950 does not hold it
OUTSIDE_BIG5 = {G268: {"氹": False}}
# ... with their Big5-HKSCS bytes (氹 9C AE: a lead byte below A1, in the
# area that HKSCS fills and neither plain Big5 nor cp950 reads), which must
# stand nowhere in the UTF-8 file
BIG5_CODE = {"氹": b"\x9c\xae"}
# ... and their UTF-8 bytes, as the file writes them (annotate_mc.py's
# UTF8_CODE)
UTF8_CODE = {"氹": b"\xe6\xb0\xb9"}
# ... and the kinds they are of: one below A1 ("hkscs-low")
BIG5_KINDS = {G268: Counter({"hkscs-low": 1})}
# ... the ORG rows a declared character may stand in: none here
IN_ORG = {}
# ... and the words it stands in outside every span, with their counts: 氹
# in 氹仔 (位於氹仔的候機樓南面擴建部分), once
OUTSIDE_BIG5_WORD = {G268: {"氹": {"氹仔": 1}}}
# the first character of each file after its BOM, with its bytes in the
# file's encoding (g267: 挖 of the title in GB18030; g268: 機 of the title
# in UTF-8, after the BOM)
FIRST_CHAR = {G267: ("挖", b"\xcd\xda"), G268: ("機", b"\xe6\xa9\x9f")}
# Hong Kong articles (none here)
HONGKONG = set()
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 民航局, 旅遊局, 統計暨普查局 …, are ORGs in a text
# that names the region at least twice)
MACAO = {G268}
# the words that name each region (GUIDELINES' cues), at least twice
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_mc.py's list, none of whose characters g268 writes, with the
# simplified forms of g268's traditional characters added: OpenCC t2s of
# each, within the BMP, none of them written in it; checked in main())
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
                   "双号屡游猫舰谢贝贵选钟铜铺锣饰饷"
                   "布厅进侧驳雇扰碍课莲扫"
                   "妈扬摊暂热墙尽众织缮赏赞遗郑阁韵驻"
                   # annotate_lc.py's g256 words (their t2s forms)
                   "习几围惯构档范讲误闪"
                   # g262's words (their t2s forms, none written in it: 愛
                   # of 明愛, 擬, 疇, 種, 籲, 緊, 腫, 註 of 註冊, 贈, 躍, 針, 鏡)
                   "爱拟畴种吁紧肿注赠跃针镜"
                   # g268's words (their t2s forms, none written in it:
                   # 劇 of 加劇, 勵 of 激勵, 啟 of 啟用, 峴 of 峴港, 溫 of 溫州,
                   # 爭 of 競爭, 許 of 特許, 飛 of 飛機, 題 of 問題, 諾 of
                   # 承諾)
                   "剧励启岘温争许飞题诺")
# the OpenCC t2s-then-s2hk round trip of the Macao article: the only
# characters that come back otherwise, as (written, s2hk) pairs, each a
# form Macao's press writes: 周 (上周, 每周; s2hk 週; annotate_mc.py's), 啟
# (啟用: Macao's press and government write 啟, Hong Kong's s2hk 啓) and 溫
# (溫州: Macao writes 溫, Hong Kong's s2hk 温)
S2HK_KEPT = {G268: {("周", "週"), ("啟", "啓"), ("溫", "温")}}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone (none here: 批准 and 高峰 rewritten, see NOTES)
S2T_ALLOWED = {G268: set()}
# Holidays the articles name, by their exact span (2025-2027).
# g267 (mainland, 2026-11-21): 春节 2027-02-06 (春节前后: no year written,
# the coming one, 77 days after; 前后 outside).
# g268 (Macao, 2026-11-25): 國慶 2026-10-01 (國慶假期期間: Macao keeps the
# PRC's National Day; no year written, the nearest one, 55 days before;
# 假期期間 outside); 聖誕 2026-12-25 and 元旦 2027-01-01 (在聖誕和元旦期間:
# the coming ones, 30 and 37 days after; 期間 outside); 農曆新年 2027-02-06
# (GUIDELINES: 农历新年 is 春节; 農曆新年將至: the coming one, 73 days
# after).
HOLIDAY = {
    "春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25", "元旦": "2027-01-01",
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
                  # a Hong Kong text naming the mainland's shopping
                  # festival in traditional characters (annotate_cb.py)
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
# (kept from annotate_mc.py, unused here)
assert _black_friday(2026) == datetime.date(2026, 11, 27)
# the lunar table against the calendar (annotate_mc.py's check): 正月初一
# of 2027 is a Saturday, 354 days after that of 2026 (a common lunar year
# of twelve months), and 春节 of 2027 lies 77 days after g267's reference
# date and 73 days after g268's, nearer than 2026's (277 and 281 days
# before); 國慶 of 2026 lies 55 days before g268's reference date, nearer
# than 2027's (310 days after); 聖誕 of 2026 lies 30 days after g268's, 元旦
# of 2027 37 days after; the reference dates are a Saturday of ISO week
# 2026-W47 (g267: 本周一 is Monday 11-16, 上周 is W46) and a Wednesday of
# W48 (g268: 上周 is W47, whose Friday is 11-20)
assert _SPRING[2027].isoweekday() == 6
assert (_SPRING[2027] - _SPRING[2026]).days == 354
assert (_SPRING[2027] - datetime.date(2026, 11, 21)).days == 77
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73
assert (datetime.date(2026, 11, 21) - _SPRING[2026]).days == 277
assert (datetime.date(2026, 11, 25) - _SPRING[2026]).days == 281
assert (datetime.date(2026, 11, 25) - datetime.date(2026, 10, 1)).days == 55
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 25)).days == 310
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 25)).days == 30
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 25)).days == 37
assert datetime.date(2026, 11, 21).isocalendar()[1:] == (47, 6)
assert datetime.date(2026, 11, 25).isocalendar()[1:] == (48, 3)
assert datetime.date.fromisocalendar(2026, 47, 1) == datetime.date(2026, 11, 16)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11, 20)

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
    # g267 (2026: the municipalities 上海, 天津; the provincial and
    # sub-provincial capitals 长沙 (湖南), 成都 (四川), 西安 (陕西), 青岛
    # (山东); the prefecture-level 徐州, 常州 (江苏), 临沂, 济宁, 烟台 (山东);
    # the county-level 昆山 (江苏, under 苏州, a city since 1989); the foreign
    # 印多尔 (印度), 雅加达 (印度尼西亚), 利雅得 (沙特阿拉伯) by their common
    # Chinese names)
    "长沙": "长沙市", "成都": "成都市", "西安": "西安市", "昆山": "昆山市",
    "徐州": "徐州市", "临沂": "临沂市", "济宁": "济宁市", "常州": "常州市",
    "烟台": "烟台市", "天津": "天津市", "青岛": "青岛市", "上海": "上海市",
    "印多尔": "印多尔", "雅加达": "雅加达", "利雅得": "利雅得",
    # g268 (traditional spans; 澳門 and 香港 by their common names; the
    # mainland cities with 市: 北京, 上海 (municipalities), 廣州, 深圳, 杭州,
    # 南京, 成都, 武漢, 長沙, 鄭州, 南寧, 濟南 (capitals and sub-provincial
    # cities), 溫州, 珠海 (prefecture-level); the foreign 曼谷, 東京, 吉隆坡,
    # 峴港, 馬尼拉, 新加坡, 首爾, 河內 by their common Chinese names, and
    # 胡志明市, whose common name itself ends with 市)
    "澳門": "澳门", "香港": "香港", "珠海": "珠海市", "鄭州": "郑州市",
    "南寧": "南宁市", "溫州": "温州市", "濟南": "济南市", "深圳": "深圳市",
    "北京": "北京市", "杭州": "杭州市", "南京": "南京市", "廣州": "广州市",
    "武漢": "武汉市", "長沙": "长沙市", "曼谷": "曼谷", "東京": "东京",
    "吉隆坡": "吉隆坡", "峴港": "岘港", "馬尼拉": "马尼拉", "新加坡": "新加坡",
    "首爾": "首尔", "河內": "河内", "胡志明市": "胡志明市",
}
# cities normalized without 市: Hong Kong and Macao by their common Chinese
# names (SPEC), and the foreign cities; every other (mainland) city ends
# with 市
NO_SHI = {"澳门", "香港", "印多尔", "雅加达", "利雅得", "曼谷", "东京",
          "吉隆坡", "岘港", "马尼拉", "新加坡", "首尔", "河内"}
# foreign cities whose common Chinese name itself ends with 市 (胡志明市:
# the 市 is part of the name, not the mainland suffix)
FOREIGN_SHI = {"胡志明市"}
# every foreign city the articles name, by its normalized name (new here,
# after a mutation that emptied FOREIGN_SHI passed): NO_SHI holds the ones
# without 市 besides Hong Kong and Macao, FOREIGN_SHI the ones with it
FOREIGN = {"印多尔", "雅加达", "利雅得", "曼谷", "东京", "吉隆坡", "岘港",
           "马尼拉", "新加坡", "首尔", "河内", "胡志明市"}
assert FOREIGN_SHI == {c for c in FOREIGN if c.endswith("市")}
assert NO_SHI == (FOREIGN - FOREIGN_SHI) | {"澳门", "香港"}
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text); g267's spans are
# simplified and normalize to themselves
ORG_NORM = {
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "澳門國際機場": "澳门国际机场", "民航局": "民航局",
    "國家民航局": "国家民航局", "澳門航空": "澳门航空", "澳航": "澳航",
    "中國國際航空": "中国国际航空", "國航": "国航",
    "澳門旅遊娛樂股份有限公司": "澳门旅游娱乐股份有限公司",
    "山東航空": "山东航空", "深圳航空": "深圳航空",
    "中國東方航空": "中国东方航空", "廈門航空": "厦门航空",
    "春秋航空": "春秋航空", "吉祥航空": "吉祥航空", "長龍航空": "长龙航空",
    "中國南方航空": "中国南方航空", "四川航空": "四川航空",
    "亞洲航空": "亚洲航空", "亞航": "亚航", "濟州航空": "济州航空",
    "真航空": "真航空", "越捷航空": "越捷航空",
    "統計暨普查局": "统计暨普查局", "治安警察局": "治安警察局",
    "順豐航空": "顺丰航空", "卡塔爾航空": "卡塔尔航空",
    "香港國際機場": "香港国际机场", "珠海金灣機場": "珠海金湾机场",
    "國際機場協會": "国际机场协会", "ACI": "ACI",
    "運輸工務司": "运输工务司", "旅遊局": "旅游局",
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
        # line ends are LF alone, checked before the line checks of the
        # codec blocks below read the byline or the opener (new here: a
        # CRLF file stopped at those line checks before)
        assert "\r" not in self.text, f"{doc_id}: CR line ends"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = {}    # declared character -> {word: count}
        self.in_org_span = {}      # declared character -> its ORG names
        self.astral_before_body = False
        # (outlet, outlet start, is an ORG, line start, line length) of the
        # byline line (annotate_mb.py's tuple)
        self.byline = None
        self.opener = None         # (start, length) of the opener
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (new in annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("gbk", "gb2312"),
                             ("big5hkscs", "big5"), ("cp950", "big5"),
                             ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gb18030":    # GB18030, A SIMPLIFIED MAINLAND ARTICLE
            # (annotate_mb.py's block, which turned annotate_lb.py's GBK
            # block into a GB18030 one; here it replaces annotate_mc.py's
            # UTF-16 BE block): the declared characters are the only ones
            # GBK lacks, each written with its declared GB18030 bytes at its
            # own place
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            # every other character is GB2312 (asserted here, before the
            # line checks below would raise on a GBK-only or traditional
            # one; annotate_lc.py's order for its Big5-HKSCS block)
            assert [c for c in self.text if not enc_ok(c, "gb2312") and
                    c not in declared] == [], (doc_id, "outside GB2312")
            pos, places = 0, Counter()
            for c in self.text:         # the bytes of each character
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            kinds = Counter()
            for c, code in declared.items():
                assert code.decode("gb18030") == c, (doc_id, c)
                # GBK and cp936 cannot write the character, and fail on its
                # bytes
                assert not enc_ok(c, "gbk") and not enc_ok(c, "cp936"), c
                assert not decodes(code, "gbk") and \
                    not decodes(code, "cp936"), (doc_id, c)
                if len(code) == 2:
                    # a two-byte code of the FE row (GB18030's mapping of a
                    # character GBK left to a private-use code, annotate_mb.py's
                    # 䶮 FE 9F = U+4DAE, CJK Extension A): one BMP code point
                    # (kept, unused here)
                    assert code[0] == 0xFE and 0x40 <= code[1] <= 0xFE and \
                        code[1] != 0x7F, c
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
                    kinds["gb18030-fe-two-byte"] += 1
                else:
                    # a four-byte code (byte 1 and 3 from 81-FE, byte 2 and 4
                    # digits 30-39)
                    assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                        0x30 <= code[1] <= 0x39 and \
                        0x81 <= code[2] <= 0xFE and \
                        0x30 <= code[3] <= 0x39, c
                    if code[0] >= 0x90:
                        # from 90 30 81 30 on, a character outside the BMP
                        # (here 𬱖 99 33 C3 36 = U+2CC56): one code point,
                        # two UTF-16 units (annotate_mb.py's kind)
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (here 㛃 82 30 B7 31 = U+36C3, CJK Extension A,
                        # which GBK's FE row does not map): one code point
                        # and one UTF-16 unit, four bytes (new here)
                        assert 0x81 <= code[0] <= 0x84, c
                        assert 0x3400 <= ord(c) <= 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 2, c
                        kinds["gb18030-four-byte-bmp"] += 1
            # the declared kinds, one each (declared per article, as
            # annotate_lb.py declared GB2312_KINDS)
            assert kinds == GB18030_KINDS[doc_id], kinds
            # the narrowest codec: gbk (checked above), cp936 and gb2312
            # fail on the file; gb18030 reads it
            assert not decodes(raw, "cp936") and \
                not decodes(raw, "gb2312"), doc_id
            # every non-ASCII character is two bytes but the declared ones
            # (four each, the BMP one too: new here), so a count in bytes would shift every row after the
            # title's first character
            assert all(len(c.encode(enc)) == (4 if c in declared else 2)
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else 4 if
                                   c in declared else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # every line without a declared character is GB2312 (so GBK),
            # byte for byte; the declared characters stand on the byline
            # line (line 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # each declared character stands in its reporter's name, once
            # (annotate_mc.py's check() reads no_span_chars as character ->
            # {word: count}; annotate_mb.py's was a list)
            self.no_span_chars = {c: {n: 1 for n in BYLINE[doc_id][3]
                                      if c in n} for c in outside}
            # an astral declared character stands on the byline before every
            # span of the body (checked in check(); annotate_lb.py's
            # ASTRAL_BEFORE_BODY, here used)
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line: the outlet + 记者 + a space, then the
            # reporters' names separated by a space (g267: 本报记者 张㛃
            # 刘𬱖); each name holds one declared character, after the
            # outlet; GUIDELINES: a byline at the start of a line names its
            # outlet (a name ending in 报 right before 记者), so the line
            # holds exactly that ORG row, and none where the outlet is 本报
            # (BYLINE_ORG False; checked in check(); annotate_lb.py's block,
            # as annotate_mb.py kept it)
            prefix, outlet, role, names = BYLINE[doc_id]
            is_org = BYLINE_ORG.get(doc_id, True)
            assert lines[2] == prefix + outlet + role + " ".join(names), (
                doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlet.endswith("报") and role.startswith("记者")
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(prefix) + len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            line_start = len(lines[0]) + 1 + len(lines[1]) + 1
            self.byline = (outlet, line_start + len(prefix), is_org,
                           line_start, len(lines[2]))
            assert lines[1] == lines[3] == "", doc_id
        if enc == "utf-8":      # UTF-8 WITH A BOM, A TRADITIONAL MACAO
            # ARTICLE (annotate_mc.py's UTF-8-without-BOM block for its Macao
            # text, with the BOM checks of annotate_ma.py's UTF-8-with-BOM
            # block): exactly one BOM, EF BB BF, in front (checked above: no
            # second BOM of any kind); the BOM-aware utf-8-sig reading is
            # the text, the plain utf-8 reading is the text with U+FEFF in
            # front (one code point more, which would shift every offset by
            # one), so offsets count from the first character after the BOM
            assert bom == BOM8 and full == BOM8 + raw, doc_id
            assert full.count(BOM8) == 1, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert raw.decode("utf-8-sig") == raw.decode("utf-8"), doc_id
            assert "\ufeff" not in self.text, doc_id
            assert len(full.decode("utf-8")) == len(self.text) + 1, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the corner brackets 【】 too; no
            # four-byte character), so a count in bytes would shift every
            # row after the title's first character, and a count that keeps
            # the BOM three more
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # the characters plain Big5 cannot write are exactly the
            # declared ones (annotate_lc.py asserted it at the head of its
            # Big5-HKSCS block; kept here for the text)
            assert sorted({c for c in self.text if not enc_ok(c, "big5")}) \
                == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, "outside Big5")
            # the declared characters outside plain Big5 (氹) are written as
            # UTF-8 like every other character, with their declared UTF-8
            # bytes, and their Big5-HKSCS codes stand nowhere in the file
            # (annotate_lb.py's check, after annotate_ac.py's)
            for c in OUTSIDE_BIG5.get(doc_id, {}):
                code8 = UTF8_CODE[c]
                assert c.encode("utf-8") == code8, (doc_id, c)
                assert raw.count(code8) == self.text.count(c), (doc_id, c)
                assert BIG5_CODE[c] not in raw, (doc_id, c)
            # a legacy codec or UTF-16 fails on the file or reads another
            # text (annotate_la.py's)
            # (with and without the BOM, annotate_ma.py's)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
            # and GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # 澳門日報 opens the first paragraph with its opener (【本報消息】,
            # line 3, between blank lines under the title); 本報 names no
            # outlet (GUIDELINES), so no row stands on the opener (check())
            lines = self.text.split("\n")
            assert lines[1] == "" and lines[2].startswith(OPENER[doc_id])
            assert self.text.count(OPENER[doc_id]) == 1, doc_id
            assert OPENER[doc_id][0] == "【" and OPENER[doc_id][-1] == "】"
            self.opener = (len(lines[0]) + 1 + len(lines[1]) + 1,
                           len(OPENER[doc_id]))
        # a traditional article declares its region (annotate_ec.py: an
        # empty MACAO would otherwise skip the Macao block and the s2hk
        # round trip without a failure); a simplified one is mainland
        assert self.traditional == (doc_id in HONGKONG or doc_id in MACAO or
                                    doc_id in TAIWAN), \
            (doc_id, "region")
        assert not (MACAO & HONGKONG), "one region per article"
        region = ("hongkong" if doc_id in HONGKONG else
                  "macao" if doc_id in MACAO else None)
        if region:  # a Hong Kong or Macao text (annotate_cb.py's Hong Kong
            # block and annotate_cc.py's Macao block, made one in
            # annotate_lc.py and applied there to the decoded text of a
            # Big5-HKSCS file, here to the decoded text of a UTF-8 file, as
            # annotate_lb.py did for its Hong Kong one): Big5-HKSCS holds
            # every character; the declared ones alone are outside plain
            # Big5, each inside or outside cp950 as declared
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            kinds = Counter()
            for c in outside:
                assert enc_ok(c, "cp950") == OUTSIDE_BIG5[doc_id][c], c
                code2 = c.encode("big5hkscs")
                assert code2 == BIG5_CODE[c] and len(code2) == 2, c
                assert not decodes(code2, "big5"), c
                assert code2.decode("big5hkscs") == c, c
                if OUTSIDE_BIG5[doc_id][c]:
                    assert c.encode("cp950") == BIG5_CODE[c], c
                    assert code2[0] == 0xF9, c
                    kinds["cp950"] += 1
                else:
                    # the lead byte tells the kinds apart (annotate_ab.py):
                    # below A1 HKSCS's added area, FA-FE the user-defined
                    # area that HKSCS fills
                    assert not decodes(code2, "cp950"), c
                    if code2[0] < 0xA1:
                        kinds["hkscs-low"] += 1
                    else:
                        assert 0xFA <= code2[0] <= 0xFE, c
                        kinds["hkscs-udf"] += 1
            # the declared kinds (annotate_ab.py's BIG5_KINDS)
            assert kinds == BIG5_KINDS[doc_id], kinds
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text, and Big5-HKSCS writes the
            # whole text back as itself (a Macao text as Macao's legacy
            # codec would have held it; annotate_lb.py's check)
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert self.text.encode("big5hkscs").decode("big5hkscs") == \
                self.text, doc_id
            # every line without a declared character is plain Big5 and
            # cp950 alike (annotate_fc.py), and a line holding one is plain
            # Big5 elsewhere (annotate_dc.py; annotate_lc.py checked the
            # file's bytes, here the text's lines as Big5 would write them)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    b5 = line.encode("big5")
                    assert b5 == line.encode("cp950"), line
                    assert b5.decode("big5") == b5.decode("cp950") == line
                else:
                    for part in re.split("|".join(outside), line):
                        assert part.encode("big5").decode("big5") == part
            # the region is named at least twice (GUIDELINES: Hong Kong
            # and Macao bodies without a place, 政府統計處 …, 治安警察局,
            # 交通事務局 …, stand alone as ORGs in a text of their region)
            assert sum(self.text.count(w) for w in REGION_NAMES[region]) \
                >= 2, (doc_id, region)
            # and no other region's cue stands in for it (one region per
            # article: a Macao text is not read as a Hong Kong one)
            other = {"hongkong": "macao", "macao": "hongkong"}[region]
            assert sum(self.text.count(w) for w in REGION_NAMES[region]) > \
                sum(self.text.count(w) for w in REGION_NAMES[other]), doc_id
            # every declared character is either confined to ORG rows
            # (IN_ORG, checked in check(); none here) or to declared words
            # in no span (OUTSIDE_BIG5_WORD, each word with its count,
            # together holding every occurrence: 氹 in 氹仔 and 路氹)
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
                # the character is counted once; annotate_cc.py)
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
        if self.traditional:    # every character Big5-HKSCS
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
        else:                   # a mainland text: every character is
            # GB18030, and GB2312 but the declared ones (annotate_mb.py's)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GBK.get(
                doc_id, {}) for c in self.text), doc_id
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
# g267 Construction machinery, November 2026: the byline 本报记者 张㛃 刘𬱖
# (本报: no outlet, no row); 中国工程机械工业协会 on October's excavator sales
# (11月10日, 10月, 今年前10个月, 去年); hours (小松中国 10月; 三一重工's index, 9月, 长沙, 成都, 西安); the listed makers (三一重工 前三季度, 三季度,
# 三一重机 in 昆山, 明年1月; 徐工机械, 中联重科, 柳工 昨日, 印多尔, 上月); the city
# clusters (长沙市工业和信息化局, 今年前三季度, 长沙; 徐工集团, 徐州, 今年前10个月;
# 临沂, 济宁, 常州, 烟台; 山河智能 本周一; 中联重科 上周 in 长沙); exports (海关
# 总署, 今年前10个月; 雅加达, 利雅得; 上月, 天津, 青岛, 上海); leasing (远东宏信,
# 宏信建发, 三季度, 二季度; 华铁应急 9月底; rents, 年初; 卡特彼勒, 利星行机械,
# 信昌机器, 上周, 10月, 二季度末); parts and finance (恒立液压, 潍柴动力, 艾迪精密
# 12月下旬; 中国进出口银行 今年, 中国银行, 中国建设银行); the outlook (东吴证券,
# 卡特彼勒, 小松, 日立建机; 今年, 明年; 春节, 12月, 明年2月; 徐工机械, 2028年).
# Simplified, GB18030 without a BOM, 2026-11-21 (a Saturday, ISO week
# 2026-W47), 证券日报.  昨日 2026-11-20; 本周一 2026-11-16; 上周 2026-W46; 上月,
# 10月 2026-10; 去年 2025; 明年 2027.
# ===========================================================================
@doc
def g267():
    d = Doc(G267)
    Y, LY, NY = "2026", "2025", "2027"
    CS, XA, KS, YDE, XZ, YT, TJ = ("长沙市", "西安市", "昆山市", "印多尔",
                                   "徐州市", "烟台市", "天津市")
    # title (a heading that opens with no city: no city section; the space
    # splits it into two sentences, GUIDELINES; 10月 a bare month of the
    # reference year after the noun it is about; 约六成 60 %, approx)
    d.date("挖掘机[[10月]]销量", "2026-10", "")
    d.metric("增长[[14.2%]] 工程", "14.2", "%", "exact", "")
    d.metric("升至[[约六成]]\n", 60, "%", "approx", "")
    # byline 本报记者 张㛃 刘𬱖: 本报 names no outlet (GUIDELINES), no row; the
    # reporters' names no row (checked by the byline block)
    # P1 the association's October figures (11月10日 a full day of the
    # reference year; 10月 the month; 26家 the measure word 家; 台 the
    # measure word of machines; 今年前10个月 the year, SPEC: several months
    # of a year, 今年 attached; 去年全年 -> 去年, GUIDELINES: 全年 after a
    # year is outside the span)
    d.org("\n\n[[中国工程机械工业协会]]11月10日")
    d.date("工业协会[[11月10日]]发布", "2026-11-10", "")
    d.date("显示，[[10月]]纳入统计", "2026-10", "")
    d.metric("统计的[[26家]]挖掘机", 26, "家", "exact", "")
    d.metric("各类挖掘机[[19862台]]", 19862, "台", "exact", "")
    d.metric("同比增长[[14.2%]]；", "14.2", "%", "exact", "")
    d.metric("国内销量[[9436台]]", 9436, "台", "exact", "")
    d.metric("同比增长[[8.7%]]，出口", "8.7", "%", "exact", "")
    d.metric("出口[[10426台]]", 10426, "台", "exact", "")
    d.metric("同比增长[[19.6%]]。", "19.6", "%", "exact", "")
    d.date("。[[今年前10个月]]，挖掘机累计", Y, "")
    d.metric("累计销量[[约20.4万台]]", "20.4e4", "台", "approx", "")
    d.metric("同比增长[[约16%]]，已接近", 16, "%", "approx", "")
    d.date("接近[[去年]]全年", LY, "")
    d.metric("全年[[约21.7万台]]", "21.7e4", "台", "approx", "")
    # P2 hours (小松中国: X中国 after a listed company names its arm, one
    # ORG, GUIDELINES 毕马威中国; 平均开工小时数为98.6小时: a statistic
    # measured in time after 平均, SPEC 平均停留2.5天, 为 a value word;
    # 连续5个月 a duration, no METRIC (GUIDELINES 连续11个季度); 约为 a
    # separated marker, GUIDELINES 约为19%; 三一重工 before what it
    # publishes; 较9月 a bare month of the reference year; 个百分点 the
    # unit 百分点, SPEC; 长沙、成都、西安等城市 a list sharing one head, SPEC)
    d.org("。[[小松中国]]披露")
    d.date("显示，[[10月]]其在华", "2026-10", "")
    d.metric("小时数为[[98.6小时]]", "98.6", "小时", "exact", "")
    d.metric("同比增长[[4.3%]]，已连续", "4.3", "%", "exact", "")
    d.date("则显示，[[10月]]主要", "2026-10", "")
    d.metric("时长约为[[91.2小时]]", "91.2", "小时", "approx", "", sep="约")
    d.metric("环比增长[[6.1%]]，华东", "6.1", "%", "exact", "")
    d.org("。[[三一重工]]基于")
    d.date("显示，[[10月]]全国", "2026-10", CS)
    d.metric("开工率约为[[62.5%]]", "62.5", "%", "approx", CS, sep="约")
    d.date("较[[9月]]提升", "2026-09", CS)
    d.metric("提升[[约3.8个百分点]]", "3.8", "百分点", "approx", CS)
    d.city("其中[[长沙]]、成都")
    d.city("长沙、[[成都]]、西安")
    d.city("成都、[[西安]]等城市")
    d.metric("均[[超过七成]]。", 70, "%", "over", XA)
    # P3 三一重工 (前三季度 after the name it is about: the year, SPEC,
    # GUIDELINES 前N个月 after a name; 三季度 a bare quarter of the
    # reference year; 三一重机 the group's excavator company, its 三 and 一
    # inside the ORG; 昆山 a county-level city of 苏州, SPEC; 明年1月 one
    # span; 排至 outside)
    d.org("。[[三一重工]]前三季度")
    d.date("三一重工[[前三季度]]实现", Y, "")
    d.metric("营业收入[[约682.5亿元]]", "682.5e8", "元", "approx", "")
    d.metric("同比增长[[12.6%]]；", "12.6", "%", "exact", "")
    d.metric("净利润[[约71.3亿元]]", "71.3e8", "元", "approx", "")
    d.metric("同比增长[[38.4%]]，其中", "38.4", "%", "exact", "")
    d.metric("业务收入[[约412.8亿元]]", "412.8e8", "元", "approx", "")
    d.metric("占比升至[[约62%]]。", 62, "%", "approx", "")
    d.date("表示，[[三季度]]挖掘机", "2026-Q3", KS)
    d.metric("同比增长[[约27%]]，三一重机", 27, "%", "approx", KS)
    d.org("，[[三一重机]]位于")
    d.city("位于[[昆山]]的")
    d.date("排至[[明年1月]]。", "2027-01", KS)
    # P4 徐工机械, 中联重科, 柳工 (约为 separated; 分别增长约40%和约35%: each
    # its own marker and %; 昨日 the day before the reference date; 印度印多尔:
    # a country glued to its city leaves the city a CITY, GUIDELINES 法国巴黎;
    # 上月 with no comparison word; 年产能 a word, no DATE)
    d.org("\n\n[[徐工机械]]前三季度")
    d.date("徐工机械[[前三季度]]营业", Y, "")
    d.metric("营业收入[[约748.2亿元]]", "748.2e8", "元", "approx", "")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("国际化收入[[约339.6亿元]]", "339.6e8", "元", "approx", "")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", "")
    d.metric("占比约为[[45%]]。", 45, "%", "approx", "", sep="约")
    d.org("。[[中联重科]]前三季度")
    d.date("中联重科[[前三季度]]海外", Y, "")
    d.metric("海外收入同比增长[[约31%]]", 31, "%", "approx", "")
    d.metric("分别增长[[约40%]]和", 40, "%", "approx", "")
    d.metric("和[[约35%]]。", 35, "%", "approx", "")
    d.org("。[[柳工]]昨日")
    d.date("柳工[[昨日]]公告", "2026-11-20", YDE)
    d.metric("海外收入[[约172.4亿元]]", "172.4e8", "元", "approx", YDE)
    d.metric("占比[[约49%]]，其在", 49, "%", "approx", YDE)
    d.city("印度[[印多尔]]的工厂")
    d.date("工厂[[上月]]完成", "2026-10", YDE)
    d.metric("提升至[[约5000台]]", 5000, "台", "approx", YDE)
    # P5 the city clusters (长沙市工业和信息化局 a city's bureau, its city
    # inside, SPEC 天津市网信办; 长沙工程机械产业集群: the city as a modifier,
    # SPEC 杭州特色; the four companies before 等企业 are ORGs, GUIDELINES;
    # 徐工集团所在的徐州; 临沂的山东临工 …: a city before 的 and a company,
    # CITY + ORG; 山东临工 holds its province; 分别增长约18%、约12%、约15%和
    # 约21%: each its own marker; 本周一 the Monday of the reference date's
    # ISO week, GUIDELINES; 一家 an indefinite, no METRIC; 上周 the ISO week
    # before; 约占四成: 约 before 占 sets approx across the share,
    # GUIDELINES 约占全国的四成)
    d.org("。[[长沙市工业和信息化局]]数据")
    d.date("显示，[[今年前三季度]]长沙", Y, CS)
    d.city("今年前三季度[[长沙]]工程机械")
    d.metric("营业收入[[约2860亿元]]", "2860e8", "元", "approx", CS)
    d.metric("同比增长[[约11%]]，三一集团", 11, "%", "approx", CS)
    d.org("，[[三一集团]]、中联重科")
    d.org("三一集团、[[中联重科]]、山河智能")
    d.org("中联重科、[[山河智能]]、铁建重工")
    d.org("山河智能、[[铁建重工]]等企业")
    d.metric("合计增长[[约24%]]。", 24, "%", "approx", CS)
    d.org("。[[徐工集团]]所在")
    d.city("所在的[[徐州]]，")
    d.date("徐州，[[今年前10个月]]工程", Y, XZ)
    d.metric("产值[[约1450亿元]]", "1450e8", "元", "approx", XZ)
    d.city("；[[临沂]]的山东临工")
    d.org("临沂的[[山东临工]]、")
    d.city("、[[济宁]]的山推股份")
    d.org("济宁的[[山推股份]]、")
    d.city("、[[常州]]的恒立液压")
    d.org("常州的[[恒立液压]]和")
    d.city("和[[烟台]]的艾迪精密")
    d.org("烟台的[[艾迪精密]]，")
    d.date("艾迪精密，[[三季度]]营业", "2026-Q3", YT)
    d.metric("分别增长[[约18%]]、", 18, "%", "approx", YT)
    d.metric("约18%、[[约12%]]、", 12, "%", "approx", YT)
    d.metric("约12%、[[约15%]]和", 15, "%", "approx", YT)
    d.metric("约15%和[[约21%]]。", 21, "%", "approx", YT)
    d.org("。[[山河智能]]本周一")
    d.date("山河智能[[本周一]]披露", "2026-11-16", "")
    d.metric("签订了[[超过300台]]", 300, "台", "over", "")
    d.date("协议。[[上周]]，中联重科", "2026-W46", CS)
    d.org("上周，[[中联重科]]在长沙")
    d.city("中联重科在[[长沙]]举行")
    d.metric("签约金额[[超过120亿元]]", "120e8", "元", "over", CS)
    d.metric("订单约占[[四成]]。", 40, "%", "approx", CS, sep="约")
    # P6 exports (海关总署 the customs administration; 美元 the unit as
    # written; 雅加达、利雅得等城市 foreign cities by their common names, a
    # list sharing one head; 二手 a word, no figure (GUIDELINES: 手 counts
    # after Arabic digits, not 二手); 上月 the month before the reference
    # month; 近3000台 approx; 天津、青岛、上海等口岸: a list sharing one head,
    # SPEC 广州、深圳等机场, the items' cities are CITY)
    d.org("\n\n[[海关总署]]数据")
    d.date("显示，[[今年前10个月]]我国", Y, "")
    d.metric("出口额[[约452.6亿美元]]", "452.6e8", "美元", "approx", "")
    d.metric("同比增长[[约13%]]，其中", 13, "%", "approx", "")
    d.metric("出口额[[约118.3亿美元]]", "118.3e8", "美元", "approx", "")
    d.metric("同比增长[[约22%]]。", 22, "%", "approx", "")
    d.city("表示，[[雅加达]]、利雅得")
    d.city("雅加达、[[利雅得]]等城市")
    d.date("仅[[上月]]就有", "2026-10", TJ)
    d.metric("就有[[近3000台]]", 3000, "台", "approx", TJ)
    d.city("经[[天津]]、青岛")
    d.city("天津、[[青岛]]、上海")
    d.city("青岛、[[上海]]等口岸")
    # P7 leasing and rents (远东宏信旗下的宏信建发: parent and subsidiary, two
    # ORGs; 三季度, 二季度 bare quarters of the reference year; 平均出租率
    # 约为81%: 约为 separated; 华铁应急 9月底 (an end of a month is the month,
    # SPEC); 突破 an over-marker inside the span, SPEC; 一位 an indefinite; 月
    # 租金 a word, no DATE; 较年初: the year, SPEC, 较 outside; 卡特彼勒在华
    # 代理商利星行机械和信昌机器: a descriptor before the names, outside,
    # SPEC 美国咨询公司麦肯锡; 三成左右 30 %, approx; 湖南、广东 provinces; 平均
    # 库存周转天数约为45天 a statistic measured in time (GUIDELINES' cues
    # 平均, 天数) and 缩短约12天 its change (GUIDELINES: a verb of change);
    # 二季度末 an end of a quarter is the quarter, GUIDELINES)
    d.org("。[[远东宏信]]旗下")
    d.org("旗下的[[宏信建发]]披露")
    d.date("披露，[[三季度]]其高空", "2026-Q3", "")
    d.metric("出租率约为[[81%]]", 81, "%", "approx", "", sep="约")
    d.date("较[[二季度]]提升", "2026-Q2", "")
    d.metric("提升[[约4个百分点]]", 4, "百分点", "approx", "")
    d.org("；[[华铁应急]]9月底")
    d.date("华铁应急[[9月底]]在管", "2026-09", "")
    d.metric("规模[[突破22万台]]", "22e4", "台", "over", "")
    d.metric("月租金约为[[2.6万元]]", "2.6e4", "元", "approx", "", sep="约")
    d.date("较[[年初]]上涨", Y, "")
    d.metric("上涨[[约8%]]，部分", 8, "%", "approx", "")
    d.metric("月租金[[超过10万元]]", "10e4", "元", "over", "")
    d.org("。[[卡特彼勒]]在华代理商")
    d.org("代理商[[利星行机械]]和")
    d.org("和[[信昌机器]]亦")
    d.date("表示，[[上周]]询价量", "2026-W46", "")
    d.metric("环比增长[[三成左右]]", 30, "%", "approx", "")
    d.date("代理商[[10月]]平均", "2026-10", "")
    d.metric("天数约为[[45天]]", 45, "天", "approx", "", sep="约")
    d.date("较[[二季度末]]缩短", "2026-Q2", "")
    d.metric("缩短[[约12天]]。", 12, "天", "approx", "")
    # P8 parts and finance (恒立液压, 潍柴动力, 艾迪精密 companies before what
    # they did or said; 12月下旬 a part of a month, the month, SPEC;
    # 中国进出口银行, 中国银行 and 中国建设银行 banks; 部分银行 a kind;
    # 下调至两成 20 %, exact)
    d.org("。[[恒立液压]]前三季度")
    d.date("恒立液压[[前三季度]]营业", Y, "")
    d.metric("营业收入[[约78.6亿元]]", "78.6e8", "元", "approx", "")
    d.metric("同比增长[[约17%]]，挖掘机", 17, "%", "approx", "")
    d.metric("同比增长[[约20%]]；", 20, "%", "approx", "")
    d.org("；[[潍柴动力]]相关")
    d.date("表示，[[三季度]]其配套", "2026-Q3", "")
    d.metric("销量[[约4.6万台]]", "4.6e4", "台", "approx", "")
    d.metric("同比增长[[约19%]]；", 19, "%", "approx", "")
    d.org("；[[艾迪精密]]的液压")
    d.date("排至[[12月下旬]]。", "2026-12", "")
    d.org("，[[中国进出口银行]]今年")
    d.date("进出口银行[[今年]]已向", Y, "")
    d.metric("买方信贷[[约86亿元]]", "86e8", "元", "approx", "")
    d.org("，[[中国银行]]、中国建设银行")
    d.org("、[[中国建设银行]]等亦")
    d.metric("下调至[[两成]]。", 20, "%", "exact", "")
    # P9 the outlook (东吴证券 a broker, 研报 outside; 卡特彼勒、小松、日立
    # 建机等外资品牌: brands acting as their companies, listed with a
    # company, GUIDELINES; 一成左右 10 %, approx; 今年, 明年 from the
    # reference year; 24万台左右 approx; 5%至8%: a range, two mentions,
    # each with its own %; 春节 with no year: the coming one, GUIDELINES;
    # 前后 outside; 12月至明年2月: a range, two mentions, SPEC; 12月 in a
    # sentence whose period is a yearless holiday: the year that puts it
    # nearest the holiday, GUIDELINES; 季节性 a word, no DATE; 到2028年:
    # 到 outside)
    d.org("。[[东吴证券]]研报")
    d.metric("份额已升至[[约85%]]", 85, "%", "approx", "")
    d.org("，[[卡特彼勒]]、小松")
    d.org("卡特彼勒、[[小松]]、日立建机")
    d.org("小松、[[日立建机]]等外资")
    d.metric("降至[[一成左右]]。", 10, "%", "approx", "")
    d.date("预计，[[今年]]挖掘机", Y, "")
    d.metric("达到[[24万台左右]]", "24e4", "台", "approx", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("放缓至[[5%]]至8%", 5, "%", "exact", "")
    d.metric("5%至[[8%]]。", 8, "%", "exact", "")
    d.date("由于[[春节]]前后", "2027-02-06", "")
    d.date("，[[12月]]至明年2月", "2026-12", "")
    d.date("12月至[[明年2月]]通常", "2027-02", "")
    d.org("。[[徐工机械]]提出")
    d.date("到[[2028年]]海外", "2028", "")
    d.metric("将[[超过50%]]。", 50, "%", "over", "")
    audit = {
        "orgs": ["中国工程机械工业协会", "小松中国", "三一重工",
                 "三一重机", "徐工机械", "中联重科", "柳工",
                 "长沙市工业和信息化局", "三一集团", "山河智能", "铁建重工",
                 "徐工集团", "山东临工", "山推股份", "恒立液压", "艾迪精密",
                 "海关总署", "远东宏信", "宏信建发", "华铁应急", "卡特彼勒",
                 "利星行机械", "信昌机器", "潍柴动力", "中国进出口银行",
                 "中国银行", "中国建设银行", "东吴证券", "小松", "日立建机"],
        "cities": ["长沙", "成都", "西安", "昆山", "印多尔", "徐州", "临沂",
                   "济宁", "常州", "烟台", "雅加达", "利雅得", "天津", "青岛",
                   "上海", "中国", "我国", "全国", "城市", "印度", "华东",
                   "西南", "中东", "拉美", "沙特", "阿联酋", "湖南", "广东",
                   "山东",
                   # absent cities as guards (annotate_mc.py's): a city
                   # written once outside a row would pass without them
                   "北京", "广州", "深圳", "杭州", "武汉", "南京", "苏州",
                   "柳州", "郑州", "重庆", "厦门", "合肥", "潍坊", "济南"],
        "excluded": [
            # the country, a false word made by segmentation (其中国内: 中国
            # across 其中 and 国内, SPEC), countries, regions, provinces and
            # the generic 城市: SPEC, not CITY
            "其[[中国]]内销量", "个月[[我国]]工程机械", "10月[[全国]]挖掘机",
            "等[[城市]]的开工率", "从[[城市]]看", "等[[城市]]周边",
            "其在[[印度]]印多尔", "一家[[印度尼西亚]]矿业", "，[[华东]]和",
            "和[[西南]]地区", "在[[中东]]、拉美", "中东、[[拉美]]市场",
            "来自[[沙特]]、阿联酋", "沙特、[[阿联酋]]等", "等[[中东]]国家",
            "，[[湖南]]、广东", "湖南、[[广东]]等地",
        ],
        # 连续5个月: a duration, no METRIC (SPEC: durations; GUIDELINES
        # 连续11个季度)
        "numbers_excluded": ["连续[[5个月]]同比"],
        # numerals in words: 一位, 一家 (indefinites, GUIDELINES), 进一步 (a
        # word), 二手 (second-hand, GUIDELINES: not 二手)
        "cn_excluded": ["[[一]]位经销商", "[[一]]家印度尼西亚", "进[[一]]步",
                        "[[二]]手挖掘机"],
        "collectives": [],
        "latin_excluded": [],
        # time characters in words that are no DATE: 全年 (after 去年,
        # outside its span, GUIDELINES), 年产能 (annual capacity), 月租金 (a
        # monthly rent, x2), 季节性 (seasonal), 周转天数 (turnover days, a
        # statistic whose figure is a METRIC), 周边 (around), 淡季 (the slack
        # season, no year word, SPEC); 同期, 明显, 日前, 近年 not written
        "words_excluded": {"全年": 1, "年产能": 1, "月租金": 2, "季节性": 1,
                           "周转天数": 1, "周边": 1, "淡季": 1, "同期": 0,
                           "明显": 0, "日前": 0, "近年": 0},
        # generic heads outside ORG rows: 公司 (上市公司, 公司相关负责人, 公司
        # 海外收入, 公司与: a kind and read-backs), 企业 (制造企业, 头部企业, 等
        # 企业, 矿业企业, 零部件企业, 出口企业: kinds), 协会 (协会监测的数据:
        # read back, SPEC 公交集团), 银行 (部分银行: a kind), 局 (格局, a
        # word), 机构 (该机构: read back); 集团, 证券, 海关 and 股份 only
        # inside ORGs
        "orgwords_excluded": {"公司": 4, "企业": 6, "协会": 1, "银行": 1,
                              "局": 1, "机构": 1, "集团": 0, "证券": 0,
                              "海关": 0, "股份": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g268 Macao's airport, airlines and routes, November 2026: the opener
# 【本報消息】 (no outlet); CAM 昨（24）日 on traffic (今年首10個月, 2019年同期,
# 10月); the winter schedule and the expansion (10月25日, 去年11月, 第三季,
# 氹仔, 今年首三季); 民航局 on flights (第三季, 澳門; 國家民航局 上周, 鄭州, 南寧,
# 溫州, 本月); 澳門航空 (澳航) and its shareholders (今年首10個月, 第三季; 明年,
# 曼谷, 東京, 吉隆坡, 峴港, 明年第二季; 國航, 中國國際航空, 澳門旅遊娛樂股份有限
# 公司; 山東航空, 深圳航空 上月, 濟南, 深圳); mainland routes (今年首10個月,
# 北京, 上海, 杭州, 南京, 成都; 中國東方航空 上周五（20日）, 上海, 澳門; 廈門航空,
# 春秋航空, 吉祥航空, 長龍航空 第三季; 中國南方航空 聖誕, 元旦, 廣州, 武漢, 長沙;
# 四川航空 12月中旬, 成都); Asian routes (亞洲航空 (亞航), 曼谷, 吉隆坡, 馬尼拉,
# 新加坡; 濟州航空, 真航空, 首爾, 本月; 越捷航空, 河內, 胡志明市); arrivals (統計暨普查局 今年首三季; 治安警察局 今年首10個
# 月); cargo (順豐航空, 卡塔爾航空, 第三季; 今年首10個月; 橫琴, 明年底, 珠海);
# neighbouring airports (香港國際機場, 珠海金灣機場, 香港, 珠海, 澳門); ground
# handling and staff (去年9月, 今年, 明年第二季; 國際機場協會 (ACI); 今年); the
# outlook (運輸工務司, 明年; 旅遊局, 曼谷, 首爾; 國慶; 農曆新年, 12月, 明年1月,
# 東京; 明年, 2019年).  Traditional as Macao writes it (按年, 首10個月, 首三季,
# 第三季, 明年第二季, 上周, 上周五（20日）, 昨（24）日, 公佈, 佔, 啟用, 每周, 公噸,
# 澳門元, 氹), UTF-8 with a BOM, 2026-11-25 (a Wednesday, ISO week
# 2026-W48), 澳門日報.  昨（24）日 2026-11-24; 上周五 2026-11-20; 上周
# 2026-W47; 本月 2026-11; 上月, 10月 2026-10; 去年 2025; 明年 2027.
# ===========================================================================
@doc
def g268():
    d = Doc(G268)
    Y, LY, NY = "2026", "2025", "2027"
    MO, ZZ, WZ, BK, DN, JN, BJ, CD_ = ("澳门", "郑州市", "温州市", "曼谷",
                                       "岘港", "济南市", "北京市", "成都市")
    SH, GZ, SE, HCM, MNL, TK, ZH = ("上海市", "广州市", "首尔", "胡志明市",
                                    "马尼拉", "东京", "珠海市")
    # title (a heading that opens with no city; 首10個月 after the noun it is
    # about, 機場: the calendar period, the year, GUIDELINES (Macao writes
    # the first months with 首); 按年 a word, no DATE; 澳航 Air Macau's short
    # name, an ORG; 明年 next year; 東南亞航線 holds no 亞航: 亞 ends 東南亞
    # and 航 starts 航線, a false word, SPEC 中国移动)
    d.date("機場[[首10個月]]客運量", Y, "")
    d.metric("按年增[[約12%]] 澳航", 12, "%", "approx", "")
    d.org("12% [[澳航]]明年")
    d.date("澳航[[明年]]加密", NY, "")
    # P1 CAM's figures (【本報消息】 names no outlet; 澳門國際機場專營股份有限公司
    # and its Latin short form in brackets, two ORGs, GUIDELINES (CAM);
    # 昨（24）日 one span, SPEC 今（5）日; 澳門國際機場 the airport, an ORG with
    # no CITY inside, SPEC; 2019年同期: 同期 written after a year is part of
    # its span and gives the year, GUIDELINES; 人次, 架次 units as written;
    # 公噸 -> 公吨, GUIDELINES; 10月 a bare month; 日均 before the figure
    # outside, a word, no DATE)
    d.org("】[[澳門國際機場專營股份有限公司]]（CAM）")
    d.org("（[[CAM]]）昨")
    d.date("（CAM）[[昨（24）日]]公佈", "2026-11-24", "")
    d.date("公佈，[[今年首10個月]]澳門", Y, "")
    d.org("首10個月[[澳門國際機場]]旅客量")
    d.metric("旅客量[[約728萬人次]]", "728e4", "人次", "approx", "")
    d.metric("按年增長[[約12%]]，恢復", 12, "%", "approx", "")
    d.date("恢復至[[2019年同期]]的", "2019", "")
    d.metric("同期的[[約91%]]", 91, "%", "approx", "")
    d.metric("起降[[約5.63萬架次]]", "5.63e4", "架次", "approx", "")
    d.metric("按年增長[[約9%]]；貨運量", 9, "%", "approx", "")
    d.metric("貨運量[[約6.3萬公噸]]", "6.3e4", "公吨", "approx", "")
    d.metric("按年增長[[約15%]]。", 15, "%", "approx", "")
    d.date("其中[[10月]]旅客量", "2026-10", "")
    d.metric("旅客量[[約76.3萬人次]]", "76.3e4", "人次", "approx", "")
    d.metric("按年增長[[約14%]]。\n", 14, "%", "approx", "")
    # P2 the schedule and the expansion (10月25日 a full day of the
    # reference year, 自 and 起 outside; 冬春航季 a season with no year word,
    # no DATE, SPEC; 家, 個 -> 个 the measure words as written; 去年11月 one
    # span, 自 and 以來 outside; 首階段 no numeral; 氹仔 an island of Macao,
    # no city, in no span; 第三季 a bare quarter of the reference year,
    # Macao's form without 度, GUIDELINES; 每小時 before the figure outside;
    # 今年首三季 the year; 澳門元 the unit as written, its 澳門 no CITY (the
    # METRIC wins, GUIDELINES); 佔比約為38%: 約為 separated)
    d.org("\n\n[[CAM]]表示")
    d.date("自[[10月25日]]起", "2026-10-25", "")
    d.metric("共有[[31家]]航空公司", 31, "家", "exact", "")
    d.org("在[[澳門國際機場]]營運")
    d.metric("連接[[約62個]]航點", 62, "个", "approx", "")
    d.date("自[[去年11月]]動工", "2025-11", "")
    d.metric("提升至[[約1200萬人次]]", "1200e4", "人次", "approx", "")
    d.date("擴建部分[[第三季]]全面", "2026-Q3", "")
    d.metric("增至[[約30個]]", 30, "个", "approx", "")
    d.metric("可處理[[約4000名]]", 4000, "名", "approx", "")
    d.org("。[[CAM]]今年首三季")
    d.date("CAM[[今年首三季]]營業", Y, "")
    d.metric("營業收入[[約14.2億澳門元]]", "14.2e8", "澳门元", "approx", "")
    d.metric("按年增長[[約11%]]，其中", 11, "%", "approx", "")
    d.metric("佔比約為[[38%]]", 38, "%", "approx", "", sep="約")
    # P3 民航局 (a Macao body standing alone in a Macao text, GUIDELINES;
    # 經澳門: the city, SPEC; 內地 a region; 國家民航局 the mainland's civil
    # aviation administration, one ORG, its 民航局 inside; 上周 the ISO week
    # before the Wednesday's W48; 鄭州、南寧及溫州 cities (溫 as Macao writes
    # it); 本月 with 起 outside; 三家 a count, no list before it)
    d.org("\n\n[[民航局]]資料")
    d.date("顯示，[[第三季]]經澳門", "2026-Q3", MO)
    d.city("第三季經[[澳門]]往來")
    d.metric("航班[[約1.12萬架次]]", "1.12e4", "架次", "approx", MO)
    d.metric("按年增長[[約8%]]；", 8, "%", "approx", MO)
    d.metric("地區航班[[約5400架次]]", 5400, "架次", "approx", "")
    d.metric("按年增長[[約17%]]。", 17, "%", "approx", "")
    d.org("。[[民航局]]相關負責人")
    d.org("，[[國家民航局]]上周")
    d.date("國家民航局[[上周]]批覆", "2026-W47", ZZ)
    d.city("新增往[[鄭州]]、南寧")
    d.city("鄭州、[[南寧]]及溫州")
    d.city("南寧及[[溫州]]的")
    d.date("，[[本月]]起已有", "2026-11", WZ)
    d.metric("已有[[三家]]內地", 3, "家", "exact", WZ)
    # P4 澳門航空 (澳門航空（澳航）: two ORGs, GUIDELINES' own example; 澳航
    # repeated; 平均客座率約為83%: 約為 separated; 架 the measure word of
    # aircraft; 明年夏季: a season with a year word, only the year is a DATE,
    # GUIDELINES; 曼谷、東京及吉隆坡, 峴港 foreign cities by their common
    # names; 明年第二季 one span, 前 outside; 國航 the short form of 中國國際
    # 航空 in brackets, GUIDELINES; 澳門旅遊娛樂股份有限公司 a shareholder,
    # its 澳門 inside; 國航旗下的山東航空及深圳航空: parent and subsidiaries;
    # 上月 with 起 outside; 濟南和深圳 cities, 深圳 no CITY inside 深圳航空)
    d.org("，[[澳門航空]]（澳航）")
    d.org("（[[澳航]]）今年")
    d.date("（澳航）[[今年首10個月]]載客", Y, "")
    d.metric("載客[[約241萬人次]]", "241e4", "人次", "approx", "")
    d.metric("按年增長[[約10%]]，平均", 10, "%", "approx", "")
    d.metric("客座率約為[[83%]]", 83, "%", "approx", "", sep="約")
    d.metric("增至[[24架]]", 24, "架", "exact", "")
    d.date("24架，[[第三季]]營業", "2026-Q3", "")
    d.metric("營業收入[[約15.6億澳門元]]", "15.6e8", "澳门元", "approx", "")
    d.org("。[[澳航]]相關負責人")
    d.date("表示，[[明年]]夏季", NY, BK)
    d.city("加密往[[曼谷]]、東京")
    d.city("曼谷、[[東京]]及吉隆坡")
    d.city("東京及[[吉隆坡]]的")
    d.city("開通往[[峴港]]的")
    d.date("航線，[[明年第二季]]前", "2027-Q2", DN)
    d.metric("再引進[[4架]]新飛機", 4, "架", "exact", DN)
    d.org("；[[澳航]]亦將與國航")
    d.org("與[[國航]]擴大")
    d.org("。[[澳航]]的控股")
    d.org("股東[[中國國際航空]]（國航）")
    d.org("（[[國航]]）持股")
    d.metric("（國航）持股[[約68.2%]]", "68.2", "%", "approx", "")
    d.org("，[[澳門旅遊娛樂股份有限公司]]持股")
    d.metric("有限公司持股[[約12.6%]]", "12.6", "%", "approx", "")
    d.org("；[[國航]]旗下")
    d.org("旗下的[[山東航空]]及")
    d.org("及[[深圳航空]]亦")
    d.date("亦於[[上月]]起", "2026-10", JN)
    d.city("加開往[[濟南]]和深圳")
    d.city("濟南和[[深圳]]的航班")
    # P5 mainland routes (北京、上海、杭州、南京、成都等城市 a list sharing one
    # head, SPEC; 約佔總量的四成: 約 before 佔 sets approx across the share,
    # GUIDELINES 约占全国的四成; 上周五（20日）: W47's Friday, a weekday inside
    # the span, GUIDELINES, and the bracketed day its own mention, SPEC; 上海
    # 至澳門航線: two cities of a route; 每日 before the figure outside, 班
    # the unit after Arabic digits, GUIDELINES; 春秋航空 an airline, its 春
    # and 秋 inside the ORG; 在澳門的: the city; 聖誕和元旦 with no year: the
    # coming ones, GUIDELINES, 期間 outside; 12月中旬 the month, SPEC; 每周
    # before the figure outside)
    d.date("。[[今年首10個月]]往來", Y, BJ)
    d.city("往來[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]、南京")
    d.city("杭州、[[南京]]、成都")
    d.city("南京、[[成都]]等城市")
    d.metric("總量的[[四成]]。", 40, "%", "approx", CD_, sep="約")
    d.org("。[[中國東方航空]]上周五")
    d.date("東方航空[[上周五]]（20日）", "2026-11-20", SH)
    d.date("上周五（[[20日]]）", "2026-11-20", SH)
    d.city("起把[[上海]]至澳門")
    d.city("上海至[[澳門]]航線")
    d.metric("每日[[6班]]", 6, "班", "exact", MO)
    d.org("；[[廈門航空]]、")
    d.org("、[[春秋航空]]、")
    d.org("、[[吉祥航空]]及")
    d.org("及[[長龍航空]]第三季")
    d.date("長龍航空[[第三季]]在澳門", "2026-Q3", MO)
    d.city("第三季在[[澳門]]的")
    d.metric("合共[[約38萬人次]]", "38e4", "人次", "approx", MO)
    d.org("。[[中國南方航空]]則")
    d.date("在[[聖誕]]和元旦", "2026-12-25", GZ)
    d.date("聖誕和[[元旦]]期間", "2027-01-01", GZ)
    d.city("於[[廣州]]、武漢")
    d.city("廣州、[[武漢]]及長沙")
    d.city("武漢及[[長沙]]航線")
    d.org("；[[四川航空]]亦")
    d.date("亦將於[[12月中旬]]起", "2026-12", CD_)
    d.city("起把[[成都]]航線")
    d.metric("每周[[10班]]。", 10, "班", "exact", CD_)
    # P6 Asian routes (亞洲航空（亞航）: two ORGs, the short form of the
    # name's characters in order, GUIDELINES; 東北亞航線 holds no 亞航, as in
    # the title; 每周 outside; 曼谷、吉隆坡、馬尼拉及新加坡 foreign cities,
    # 新加坡 a city, GUIDELINES; 濟州航空 holds the Korean city 濟州, no CITY
    # inside, SPEC; 本月 the reference month; 超過九成 90 %, over; 胡志明市
    # the city's common name, 市 inside it (FOREIGN_SHI); 由…增至…: each
    # figure with its own 班; 菲律賓, 越南 countries)
    d.org("。[[亞洲航空]]（亞航）")
    d.org("（[[亞航]]）目前")
    d.metric("營運[[約58班]]", 58, "班", "approx", BK)
    d.city("往來[[曼谷]]、吉隆坡")
    d.city("曼谷、[[吉隆坡]]、馬尼拉")
    d.city("吉隆坡、[[馬尼拉]]及新加坡")
    d.city("馬尼拉及[[新加坡]]的")
    d.org("；[[濟州航空]]及")
    d.org("及[[真航空]]首爾")
    d.city("真航空[[首爾]]航線")
    d.date("航線[[本月]]客座率", "2026-11", SE)
    d.metric("客座率[[超過九成]]", 90, "%", "over", SE)
    d.org("；[[越捷航空]]往")
    d.city("往[[河內]]、胡志明市")
    d.city("河內、[[胡志明市]]的")
    d.metric("每周[[14班]]增至", 14, "班", "exact", HCM)
    d.metric("增至[[21班]]，", 21, "班", "exact", HCM)
    # P7 arrivals (統計暨普查局 and 治安警察局 Macao bodies standing alone;
    # 韓國、日本及東南亞 countries and a region; 日均 outside)
    d.org("\n\n[[統計暨普查局]]數據")
    d.date("顯示，[[今年首三季]]經機場", Y, "")
    d.metric("旅客[[約298萬人次]]", "298e4", "人次", "approx", "")
    d.metric("按年增長[[約26%]]。", 26, "%", "approx", "")
    d.org("。[[治安警察局]]資料")
    d.date("顯示，[[今年首10個月]]經機場", Y, "")
    d.metric("旅客[[約652萬人次]]", "652e4", "人次", "approx", "")
    d.metric("日均[[約2.1萬人次]]", "2.1e4", "人次", "approx", "")
    # P8 cargo (約佔總貨量的六成: approx across 佔, GUIDELINES; 順豐航空、卡塔爾
    # 航空等: airlines before 等, ORGs; 第三季 a bare quarter; 公噸 -> 公吨;
    # 今年首10個月 after 按年增長約19%；: its own clause; 約三成 30 %; 橫琴 a
    # zone of 珠海, no city; 明年底 the year, SPEC, 前 outside; 年處理能力 a
    # word, no DATE; 珠海的物流企業: the city)
    d.metric("總貨量的[[六成]]。", 60, "%", "approx", "", sep="約")
    d.org("。[[順豐航空]]、")
    d.org("、[[卡塔爾航空]]等")
    d.date("航班[[第三季]]共運載", "2026-Q3", "")
    d.metric("貨物[[約1.7萬公噸]]", "1.7e4", "公吨", "approx", "")
    d.metric("按年增長[[約19%]]；", 19, "%", "approx", "")
    d.date("；[[今年首10個月]]經機場轉運", Y, "")
    d.metric("冷鏈貨物[[約2400公噸]]", 2400, "公吨", "approx", "")
    d.metric("按年增長[[約三成]]。", 30, "%", "approx", "")
    d.org("。[[CAM]]指出")
    d.date("預計[[明年底]]前", NY, ZH)
    d.metric("可達[[約10萬公噸]]", "10e4", "公吨", "approx", ZH)
    d.city("將與[[珠海]]的物流")
    # P9 neighbouring airports (香港國際機場, 珠海金灣機場 airports, ORGs with
    # no CITY inside, SPEC; 突破 an over-marker inside the span; 香港及珠海
    # 旅客: the cities as modifiers, SPEC 成都人; 港珠澳大橋 a bridge named by
    # one-character abbreviations, no CITY; 澳門需以: the city)
    d.org("。[[香港國際機場]]今年")
    d.date("香港國際機場[[今年首10個月]]客運量", Y, "")
    d.metric("按年增長[[約9%]]，珠海", 9, "%", "approx", "")
    d.org("，[[珠海金灣機場]]旅客量")
    d.metric("則[[突破1000萬人次]]", "1000e4", "人次", "over", "")
    d.org("。[[CAM]]相關負責人")
    d.city("部分[[香港]]及珠海")
    d.city("香港及[[珠海]]旅客")
    d.org("往來[[香港國際機場]]，")
    d.city("，[[澳門]]需以")
    # P10 ground handling and staff (去年9月 one span; 今年 from the
    # reference year; 兩家 a count of two, no list before it; 明年第二季 with
    # 起 outside; 國際機場協會（ACI）: the association and its Latin short
    # form in brackets, two ORGs, GUIDELINES; 滿意度評分升至4.9分: 分 a unit
    # after 評分 and 滿意度, GUIDELINES; 名 the measure word; 來澳 a
    # one-character abbreviation, no CITY)
    d.org("，[[CAM]]去年9月")
    d.date("CAM[[去年9月]]就", "2025-09", "")
    d.date("招標，[[今年]]已選出", Y, "")
    d.metric("選出[[兩家]]營運商", 2, "家", "exact", "")
    d.date("預計[[明年第二季]]起", "2027-Q2", "")
    d.org("。[[國際機場協會]]（ACI）")
    d.org("（[[ACI]]）早前")
    d.org("，[[澳門國際機場]]旅客滿意度")
    d.metric("升至[[4.9分]]", "4.9", "分", "exact", "")
    # P11 the outlook (運輸工務司, one of Macao's five secretariats,
    # GUIDELINES; CAM repeated; 明年; 旅遊局 a Macao body standing alone;
    # 曼谷、首爾等客源城市 a list sharing one head; 國慶 Macao's National Day,
    # 10-01, with no year: the nearest one, GUIDELINES; 假期期間 outside; 抵澳
    # no CITY; 農曆新年 is 春節, GUIDELINES, the coming one; 12月至明年1月 a
    # range, two mentions; 12月 in a sentence whose period is a yearless
    # holiday: the year nearest it, GUIDELINES; 約兩成 20 %; 平均約為2800澳門
    # 元: 約為 separated; 2019年 a bare year; 低於 before the year, not the
    # figure)
    d.org("\n\n[[運輸工務司]]表示")
    d.org("配合[[CAM]]在明年")
    d.date("CAM在[[明年]]推出", NY, "")
    d.org("，[[旅遊局]]亦會")
    d.org("。[[旅遊局]]估計")
    d.date("估計，[[國慶]]假期", "2026-10-01", "")
    d.metric("旅客[[約12.6萬人次]]", "12.6e4", "人次", "approx", "")
    d.metric("按年增長[[約16%]]。", 16, "%", "approx", "")
    d.date("。[[農曆新年]]將至", "2027-02-06", TK)
    d.date("反映[[12月]]至明年1月", "2026-12", TK)
    d.date("12月至[[明年1月]]的", "2027-01", TK)
    d.metric("上升[[約兩成]]", 20, "%", "approx", TK)
    d.city("往[[東京]]的經濟艙")
    d.metric("平均約為[[2800澳門元]]", 2800, "澳门元", "approx", TK,
             sep="約")
    d.date("預計，[[明年]]澳門國際機場", NY, "")
    d.org("明年[[澳門國際機場]]旅客量")
    d.metric("有望[[突破900萬人次]]", "900e4", "人次", "over", "")
    d.date("低於[[2019年]]約950萬", "2019", "")
    d.metric("2019年[[約950萬人次]]", "950e4", "人次", "approx", "")
    audit = {
        "orgs": ["澳門國際機場專營股份有限公司", "CAM", "澳門國際機場",
                 "民航局", "國家民航局", "澳門航空", "澳航", "中國國際航空",
                 "國航", "澳門旅遊娛樂股份有限公司", "山東航空", "深圳航空",
                 "中國東方航空", "廈門航空", "春秋航空", "吉祥航空",
                 "長龍航空", "中國南方航空", "四川航空", "亞洲航空", "亞航",
                 "濟州航空", "真航空", "越捷航空", "統計暨普查局", "治安警察局", "順豐航空",
                 "卡塔爾航空", "香港國際機場", "珠海金灣機場", "國際機場協會",
                 "ACI", "運輸工務司", "旅遊局"],
        "cities": ["澳門", "香港", "珠海", "鄭州", "南寧", "溫州", "濟南",
                   "深圳", "北京", "上海", "杭州", "南京", "成都", "廣州",
                   "武漢", "長沙", "曼谷", "東京", "吉隆坡", "峴港", "馬尼拉",
                   "新加坡", "首爾", "河內", "胡志明", "廈門", "濟州", "宿霧",
                   "內地", "日本", "韓國", "東南亞", "東北亞", "大灣區", "橫琴",
                   "氹仔", "城市", "中國", "山東", "四川",
                   # absent cities as guards (annotate_mc.py's)
                   "天津", "重慶", "西安", "昆明", "福州", "寧波", "大阪",
                   "釜山", "金邊", "中山"],
        "excluded": [
            # regions, countries, a zone and an island of Macao, and the
            # generic 城市: SPEC, not CITY (內地 the mainland; 大灣區 the
            # Greater Bay Area; 橫琴 a zone of 珠海; 氹仔 the island)
            "往來[[內地]]的航班", "三家[[內地]]航空",
            "\n\n[[內地]]航線", "[[東南亞]]航線\n", "\n\n[[東南亞]]及東北亞",
            "東南亞及[[東北亞]]航線", "來自[[韓國]]、日本", "韓國、[[日本]]及",
            "日本及[[東南亞]]的", "拓展[[大灣區]]貨源", "吸引[[大灣區]]客源",
            "位於[[橫琴]]的", "位於[[氹仔]]的", "等[[城市]]的旅客",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # time characters in words that are no DATE: 按年 (year on year,
        # x15), 日均 (a daily average), 每周 (weekly, x3) and 每日 (daily)
        # before a figure, 夏季 (after 明年, outside its span, GUIDELINES: a
        # season with a year word, only the year), 冬春航季 (a schedule season
        # with no year word, SPEC), 年處理 (annual handling), 日本 (the
        # country); 同期 only inside 2019年同期; 近年, 目前 hold none
        "words_excluded": {"按年": 15, "日均": 1, "每周": 3, "每日": 1,
                           "夏季": 1, "冬春航季": 1, "年處理": 1, "日本": 1,
                           "同期": 0, "近年": 0, "今日": 0},
        # generic heads outside ORG rows: 公司 and its 司 (航空公司 x3:
        # 31家航空公司, 三家內地航空公司, 本地航空公司: kinds), 航空 (the three
        # 航空公司, 非航空業務, 航空貨運, 航空客源: kinds and trades), 機場
        # (the title's
        # 機場首10個月, 經機場入境, 經機場口岸, 經機場轉運, 機場前置貨站, 鄰近
        # 機場, 機場的優勢, 同類規模機場, 機場各營運單位: the airport read back
        # or a kind), 企業 (物流企業: a kind); 局, 協會, 集團 and 股份 only
        # inside ORGs
        "orgwords_excluded": {"公司": 3, "司": 3, "航空": 6, "機場": 9,
                              "企業": 1, "局": 0, "協會": 0, "集團": 0,
                              "股份": 0},
        # 亞航 of 東南亞航線 and 東北亞航線: 亞 ends the region, 航 starts 航線,
        # a false word made by segmentation (SPEC 中国移动), no ORG
        "orgstring_excluded": ["東南[[亞航]]線\n", "東北[[亞航]]線"],
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
    # (the parts of a month, 初, 末, 上旬, 中旬, 下旬, as annotate_bb.py's
    # version had them, and a day in Chinese numerals after a month, 十二月
    # 六日: new here, after 12月下旬 as 2027-12 passed)
    if not re.fullmatch(r"((\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}日|[一二三四五六七八九十廿卅]{1,3}日|底|份|末|"
                        r"初|[上中下]旬)?|\d{1,2}日|"
                        r"[十廿卅][一二三四五六七八九]?日|"
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
    # (a part of a month too, 12月下旬: new here)
    m = re.fullmatch(r"(\d{1,2})月(?:底|初|末|[上中下]旬)?|"
                     r"第?([一二三四1-4])季度?", tx)
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
# what a city may not stand right before (GUIDELINES' list: 路, 区, 县, 州,
# 港, 站, 机场, 地铁, 捷运; with 國際機場, 国际机场, an airport's name)
CITY_STOPS = ("机场", "機場", "国际机场", "國際機場", "地铁", "地鐵", "捷运",
              "捷運", "站", "路", "区", "區", "县", "縣", "州", "港")
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


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (new here: 五家 of 科沃斯、
    石头科技、追觅科技、云鲸智能和小米五家 annotated as a METRIC passed the
    checks when it was dropped from the declared collectives)."""
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(\D{0,2})", r["text"])
    if not m:
        return
    n = CN_DIGIT[m.group(1)]
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    if "、" not in clause:
        return
    items = re.split("、|和|及|與|与", clause)
    listed = items[-n:]
    assert not (len(items) >= n and all(
        1 <= len(x) <= 8 and not re.search(r"\d|的|在|向|由|从|從", x)
        for x in listed) and len(items) - n <= 1), (
        "a collective label annotated as a METRIC", r)


# what makes a 、-list item part of a sentence (GUIDELINES: an "item" with
# a particle, a preposition or a digit in it; their file
# rules/metrics/list_item_stops.txt was not read: these are the particles
# and prepositions GUIDELINES' own examples and annotate_ca.py's
# check_collective use)
LIST_ITEM_STOPS = "的地得了在向由从從于於对對把被"


def check_not_collective(d, r):
    """A METRIC whose span is a count in Chinese numerals (两座, 三家) right
    after a 、-list is a figure only where one of the listed items holds a
    particle, a preposition or a digit (GUIDELINES: 南宁、柳州举办的两场 is a
    figure; 重庆、武汉、长沙三地 is a collective label for the list, no
    METRIC); the complement of check_collective (new here: g239's
    郑州、武汉新建的两座)."""
    if r["type"] != "METRIC":
        return
    tx = r["text"]
    for p, _ in QUAL_PREFIX:
        if tx.startswith(p):
            tx = tx[len(p):]
            break
    if not re.fullmatch("[一二两兩三四五六七八九十][^成折倍分之]+", tx):
        return
    clause = re.split("[，,。；;！？\n（）]", d.text[:r["start"]])[-1]
    items = re.split("、|和|及|與|与", clause)
    n = CN_DIGIT[tx[0]]
    if "、" not in clause or len(items) < n:
        return
    # the last n items, as check_collective reads them: one holds a stop
    assert any(re.search("[%s]|\\d" % LIST_ITEM_STOPS, x)
               for x in items[-n:]), (
        "a count after a list with no stop in its items is a collective", r)


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared no-span character (玥 of the GBK article, outside
    # GB2312; 氹 of the Big5-HKSCS article, in 氹仔 and 路氹) stands as
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
    # text is declared for it (none here; annotate_cb.py's 滙 in 滙豐,
    # annotate_db.py's 衞 in its six names)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
    # the byline line (a prefix, the outlet + 记者 + the names) holds one
    # row, the outlet's ORG after the prefix (GUIDELINES), or none when the
    # byline is 本报记者 (annotate_mb.py's check, after annotate_bb.py's):
    # every other row is on the title or after the byline; the declared
    # characters stand on it, after the title and before every span of the
    # body, so offsets counted in UTF-16 units would be one too high for
    # every row of the body (annotate_mb.py's ASTRAL_BEFORE_BODY)
    lines = d.text.split("\n")
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        if d.byline:
            outlet, bstart, is_org, lstart, llen = d.byline
            if lstart <= s <= lstart + llen:
                assert is_org and r["type"] == "ORG" and s == bstart and \
                    tx == outlet, r
        if d.astral_before_body:
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                k = d.text.index(c)
                assert k < s or e <= len(lines[0]) or (
                    d.byline and d.byline[2] and r["type"] == "ORG" and
                    s == d.byline[1] and tx == d.byline[0]), r
    if d.byline and not d.byline[2]:
        outlet, bstart, is_org, lstart, llen = d.byline
        assert not [r for r in rows if lstart <= r["start"] <= lstart + llen
                    or lstart < r["end"] <= lstart + llen], d.doc_id
    # the opener 【本報消息】 of the Macao article holds no row (GUIDELINES:
    # 本報 names no outlet; precedent BC's g244 opened the same way)
    if d.opener:
        ostart, olen = d.opener
        assert not [r for r in rows if ostart <= r["start"] < ostart + olen
                    or ostart < r["end"] <= ostart + olen], d.doc_id
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
            check_no_collective_metric(d, r)
            check_not_collective(d, r)
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
            # a city right before 机场, 地铁, 站, 路, 区, 县, 州 or 港 is no
            # CITY (GUIDELINES: 南京路, 天津港, 广州地铁; SPEC: an airport's
            # name is ORG with no CITY inside); new here, after a mutation
            # that cut 香港國際機場 to a CITY 香港 and an ORG 國際機場 passed
            assert not d.text[e:].startswith(CITY_STOPS), ("city before", r)
        if r["type"] == "ORG":
            # an ORG row holds no 旗下, 的 or 、 (parent and subsidiary joined
            # by 旗下 are two ORGs, precedents MA, MB, MC; a list's items are
            # one ORG each) and does not start after 国家/中国 (a national
            # body's or a country's name starts there: GUIDELINES 中国蚂蚁
            # 金服; new here, after mutations that merged 远东宏信旗下的宏信建发
            # into one row and cut 國家民航局 to 民航局 passed)
            assert not re.search("旗下|的|、", tx), r
            assert d.text[max(0, s - 2):s] not in ("国家", "國家", "中国",
                                                  "中國"), r
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
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (annotate_bb.py's audit, after annotate_ea.py's, which
    # annotate_bc.py's check() had lost: without it a dropped 元旦 row
    # passed)
    need("|".join(re.escape(w) for w in HOLIDAY_WORDS), "holiday word",
         covered + all_excl)
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
            elif s in NO_SHI:
                # Macao, Hong Kong or a foreign city keeps its common
                # Chinese name, no 市 added (annotate_ca.py's and
                # annotate_cc.py's check, missing from annotate_cb.py: 澳門
                # normalized 澳门市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        # (annotate_ca.py)
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        # and every declared FOREIGN_SHI name too (annotate_ma.py's)
        assert FOREIGN_SHI <= used, FOREIGN_SHI - used
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
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (new here: the list's
        # additions for g244 were a declaration no check used; emptied,
        # they passed)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            for c, sc in zip(chars, t2s_all(chars)):
                if sc != c and len(sc) == 1 and sc not in d.text:
                    assert sc in SIMPLIFIED_ONLY, (d.doc_id, c, sc)
        print("SIMPLIFIED_ONLY covers the t2s forms (%d traditional)" %
              len(trad))
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
