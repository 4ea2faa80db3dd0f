#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g329_fertilizer_agrochemical_makers_prices and
g330_taiwan_intercity_bus_operators (annotator YA).

Adapted from the precedent set's tools/annotate_xa.py (now dev/tools/annotate_g323_g324.py) (/tmp/ho57/precedent:
a simplified mainland article with a byline on the third line and a
traditional Taiwan article, the pair closest to mine in script and region;
copied and the data changed).  My storages differ from both of
annotate_xa.py's (UTF-8 WITH a BOM for its simplified g323 and plain Big5
for its Taiwan g324; here UTF-8 WITHOUT a BOM for my simplified g329 and
UTF-16 LITTLE-ENDIAN WITH A BOM for my Taiwan g330), so both storage blocks
are rebuilt:
- UTF-8 WITHOUT A BOM for g329: annotate_xa.py's UTF-8-with-a-BOM block
  with the BOM taken out (no BOM, no U+FEFF; utf-8 and utf-8-sig read the
  same text; the offsets count from the file's first byte; the title's 今 =
  E4 BB 8A at byte 0), and with annotate_xb.py's byline of outlets joined by
  the name dot: 农民日报's byline 农民日报·中国农网记者 韩祎 names two outlets
  (GUIDELINES: outlets joined by a name dot in a byline are two ORGs, its
  own example 农民日报·中国农网), so annotate_xb.py's BYLINE and BYLINE_ORG
  replace annotate_xa.py's BYLINE_PARTS, and annotate_xb.py's GB_FORMS
  (declared empty there) declares the name dot · (U+00B7: UTF-8 C2 B7, the
  one non-ASCII character of two bytes; GBK and GB18030 A1 A4, which gb2312
  reads as ・ U+30FB, so GB2312 cannot write it); DECLARED_MAINLAND holds
  祎 (U+794E, UTF-8 E7 A5 8E, GBK/4 B5 74), the reporter's given name;
  every other character is GB2312; a converter to GB2312 fails first at
  the dot, on the byline;
- UTF-16 LE WITH A BOM for g330: annotate_xb.py's UTF-16 BE block for its
  Hong Kong g326 turned back little-endian (the order of annotate_wa.py's
  block for its Taiwan g318, from which annotate_xb.py had turned it):
  exactly one BOM FF FE, utf-16 reads the text, utf-16-le reads U+FEFF and
  the text, utf-16-be another text; 國 = 0B 57 after the BOM; the file
  walked code unit by code unit, every ASCII character with its NUL byte
  AFTER it; with annotate_xa.py's Taiwan checks of its plain-Big5 block
  read on the decoded text (what a converter to Big5 meets): nothing
  outside plain Big5, and the one character whose plain-Big5 and cp950
  codes differ, the full-width solidus ／ of 聯合報's byline 記者沈佩瑤／台北
  報導 (BIG5_FORMS, CP950_READS, DECLARED_WORD, the block annotate_xa.py
  used for its dateline's ／), declared and in no span.
It keeps every other check of annotate_xa.py: strict decoding, offsets,
overlaps, no two touching ORG rows, a bare 今年/明年/去年 never touching the
DATE after it, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article and the t2s-then-s2tw round
trip of the traditional one (TAIWAN_FORMS), the SIMPLIFIED_ONLY coverage and
TRADITIONAL_WORDS, audits of digits, magnitude characters, Latin words,
Chinese numerals, time characters, holiday words, city strings, ORG words
and ORG strings; the declared organizations; the independent `city` rule
(a headline one sentence for the city column, GUIDELINES) asserted against
my hand value on every DATE/METRIC row; the month and day a DATE span
writes; its precision; the holidays by exact span and recomputed without
the table, by region; ROC years only in a Taiwan text and between 40 and
199; 今（N）年/明（N）年 (used: 明（116）年度 in g330); relative words (昨日,
上周五, 上周, 本月, 上月, 上年, 两年前 in g329; 昨（21）日, 本月中旬, 明年元旦
in g330); 上月 as a baseline, 上季 and 本季 (kept, unused); 去年同期 (used
once in g329, twice in g330) and 上年同期 (used in g329); 同日 (kept); the
bare-day rule (used: 20日 in g330), the range check and the bracketed gloss
(kept); check_forward (kept); check_holiday_period (used: 12月 after
元旦、春节 in g329); the 约占 check (used: 约占冬储总量的三成); markers before,
touching and after a span; 约为 (kept); a marker before a currency written
before the number (used: 約新台幣 x3 in g330); the declared shared unit
(kept); the collective label (used: 潍坊、临沂、菏泽三市 in g329),
check_not_collective and check_no_collective_metric; check_time_metric
(kept: no time figure); check_per_before (every 每吨 figure of g329 reads
it); the SHI_NEXT, 市-inside, CITY_STOPS, CITY_AMBIGUOUS (used: 德州市),
NO_SHI, FOREIGN_SHI, TAIWAN_SHI_ONLY (used: 嘉義市) and TW_HK_FOREIGN
checks; LINE3 (g329's byline with its two outlets; g330's byline with the
CITY 台北); JOINERS, JOINED_NAMES (kept, none declared), JOINER_CHAR_NAMES
(used: 和欣客運) and LISTED_PAIRS (used: 統聯客運與和欣客運, 環境部與經濟部
產業發展署); CODE_LABELS (kept, none); every 旬 inside a DATE row (used:
本月中旬); the bare ROC year before 來; a bare 前N个月/前N月/前N季/前三季度
never opening a clause (used: the title's 國道客運前10月); check_shiyi,
check_bare_period and check_within_year.
Changed or added here: the two storage blocks above; GB_FORMS, BYLINE and
BYLINE_ORG (annotate_xb.py's) for the UTF-8 article; check_line3 and the
no-span check read a byline of several outlets before the declared
characters (BEFORE_DECLARED); the data, the declarations and the audits;
the calendar asserts of my reference dates (2026-11-24 and 2026-11-22);
the comments that named annotate_xa.py's articles now name mine, or its
articles as its own.  No check was loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM of g330 removed, nothing else
changed):

- g329 is simplified (mainland, 农民日报, 2026-11-24, a Tuesday of ISO
  week 2026-W48), stored as UTF-8 WITHOUT a BOM (the title's 今 = E4 BB 8A
  at byte 0).  Every character is GB2312 but the name dot · and 祎 of the
  byline 农民日报·中国农网记者 韩祎, which names two outlets (two ORGs), and
  OpenCC t2s leaves the article unchanged.
- g330 is traditional (Taiwan, 聯合報, 2026-11-22, a Sunday, the last day
  of ISO week 2026-W47), stored as UTF-16 LE with a BOM (FF FE, then the
  title's 國 = 0B 57).  Its byline 記者沈佩瑤／台北報導 names no outlet and
  the city filed from (a CITY).  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市).  A Taiwan text: 2-3 digit years
  before 年 are ROC years (113年 = 2024, 114年底 = 2025, 明（116）年度 =
  2027, 119年 = 2030).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho57/precedent:
README, NOTES_xa/xb/xc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g329_g330.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g329_g330.py
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
G329 = "g329_fertilizer_agrochemical_makers_prices"
G330 = "g330_taiwan_intercity_bus_operators"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G329: ("utf-8", b"", False, "2026-11-24", "农民日报"),
    G330: ("utf-16-le", BOM16LE, True, "2026-11-22", "聯合報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_xa.py and annotate_xb.py kept it: a codec without one
# would skip every byte check)
STORAGE_BLOCKS = ("utf-8", "utf-16-le")
# characters outside the BMP each article declares, in text order: none
# (the per-row UTF-16 check stays, switched off: ASTRAL_BEFORE_BODY is
# empty)
OUTSIDE_BMP = {G329: [], G330: []}
# characters of the mainland UTF-8 article that GB2312 cannot write, with
# their UTF-8 bytes (annotate_xa.py's DECLARED_MAINLAND, for its 赟, after
# annotate_wb.py's 堃): 祎 (U+794E, yī, a character of given names), the
# reporter's given name on the byline 农民日报·中国农网记者 韩祎 (the third
# line), once, in no span; GBK and GB18030 write it (GBK/4 B5 74), plain
# Big5 does not (it is a simplified form: Big5 writes 禕), so a converter to
# GBK or GB18030 loses nothing and only one to GB2312 fails at it
DECLARED_MAINLAND = {G329: {"祎": b"\xe7\xa5\x8e"}}
# ... their GBK bytes
DECLARED_GBK = {"祎": b"\xb5\x74"}
# ... their UTF-8 kinds, "utf8-four-byte" or "utf8-three-byte" (annotate_va
# .py's DECLARED_KINDS, as annotate_xa.py kept it): one three-byte
# character, so no offset or UTF-16 count moves after it
DECLARED_KINDS = {G329: Counter({"utf8-three-byte": 1})}
# ... and their GBK kinds (annotate_xb.py's GBK_KINDS of its GBK block,
# read here on the decoded text): "gbk3" (lead 81-A0), "gbk4" (lead AA-FE,
# trail 40-A0: 祎 B5 74) or "gbk5" (symbols A8-A9)
GBK_KINDS = {G329: Counter({"gbk4": 1})}
# the GB forms the UTF-8 article writes (annotate_xb.py's GB_FORMS, declared
# empty there): the name dot · (U+00B7, MIDDLE DOT) of the byline
# 农民日报·中国农网, which joins two outlets (GUIDELINES' own form): UTF-8
# C2 B7 (the one non-ASCII character of two bytes), GBK and GB18030 A1 A4,
# which gb2312 reads as ・ (U+30FB, KATAKANA MIDDLE DOT), so GB2312 cannot
# write it; (UTF-8 bytes, GBK bytes, gb2312's reading of them, count)
GB_FORMS = {G329: {"·": (b"\xc2\xb7", b"\xa1\xa4", "\u30fb", 1)}}
# the byline of the UTF-8 article (annotate_xb.py's BYLINE, for its
# 经济观察报记者 许旻 程瑀): a prefix (none), the outlets joined by the name
# dot, the role 记者 and a space, the reporters' names; GUIDELINES: a byline
# at the start of a line names its outlet, and outlets joined by a name dot
# are two ORGs (农民日报·中国农网, its own example), so BYLINE_ORG is True
# and LINE3 declares both outlets
BYLINE = {G329: ("", ["农民日报", "中国农网"], "记者 ", ["韩祎"])}
BYLINE_ORG = {G329: True}
# articles whose declared astral character stands on the third line before
# every row but the title's (annotate_sb.py's ASTRAL_BEFORE_BODY, as
# annotate_xa.py kept it switched off): none here
ASTRAL_BEFORE_BODY = set()
# the astral and BMP characters the UTF-16 article declares with their
# little-endian code units (annotate_xb.py's DECLARED_UTF16, empty there):
# none, and their kinds none
DECLARED_UTF16 = {G330: {}}
DECLARED_UTF16_KINDS = {G330: Counter()}
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 holds it: none (every character is plain Big5: a converter of the
# UTF-16 text to Big5 loses nothing; annotate_xa.py's block asserts that
# none is written)
OUTSIDE_BIG5 = {G330: {}}
# ... with their cp950 (and Big5-HKSCS) bytes (none)
BIG5_CODE = {}
# ... and the kinds they are of (none)
BIG5_KINDS = {G330: Counter()}
# the word each character outside plain Big5 stands in (none)
OUTSIDE_BIG5_WORD = {G330: {}}
# the ORG rows each declared character must stand in (none)
IN_ORG = {G330: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_xa.py's ／ of its dateline): the full-width solidus ／
# (U+FF0F) of 聯合報's byline 記者沈佩瑤／台北報導, plain Big5 A2 41, cp950 A1
# FE; cp950 reads the plain-Big5 bytes A2 41 as ∕ (U+2215, DIVISION SLASH);
# Big5-HKSCS writes ／ as plain Big5 does.  The file is UTF-16, so this
# matters only to a converter of the text to a Big5 codec
BIG5_FORMS = {G330: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each such character stands in, with its count: the byline, once
DECLARED_WORD = {G330: {"／": ("記者沈佩瑤／台北報導", 1)}}
# the rows allowed before the declared characters on the third line: g329's
# two outlets stand before the dot and the reporter's name (the dot between
# them); g330's byline opens with 記者 (no outlet)
BEFORE_DECLARED = {G329: {"农民日报", "中国农网"}, G330: set()}
# the third line of each article and the rows it holds, exactly: g329's
# byline names its two outlets (GUIDELINES: 农民日报·中国农网, two ORGs) and
# no city; g330's byline 記者沈佩瑤／台北報導 (聯合報's form: 記者, the
# reporter's name, a full-width solidus, the city filed from and 報導, on a
# line of its own under the title) names no outlet, and its 台北, the city
# filed from, is a special municipality (SPEC; precedent XA's
# 〔記者林宜萱／台北報導〕)
LINE3 = {G329: ("农民日报·中国农网记者 韩祎",
                [("ORG", "农民日报"), ("ORG", "中国农网")]),
         G330: ("記者沈佩瑤／台北報導", [("CITY", "台北")])}
# the articles whose third line opens with a bracketed dateline and runs on
# as the first paragraph (annotate_xa.py's OPENER): none here, both
# bylines stand on lines of their own
OPENER = set()
# the first character of each file, with its bytes after the BOM (if any):
# g329's title opens with 今 (UTF-8 E4 BB 8A, no BOM), g330's with 國
# (UTF-16 LE 0B 57, after the BOM FF FE)
FIRST_CHAR = {G329: ("今", b"\xe4\xbb\x8a"), G330: ("國", b"\x0b\x57")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves;
# each half is its own sentence for dates, the whole headline one sentence
# for the city column): g329 two (after 约6%), g330 two (after 約6%)
TITLE_HALVES = {G329: 2, G330: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G330}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_xa.py's list, itself annotate_wa.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters, and mine adds
# those of g330's that the list lacked, from OpenCC t2s of each character
# of the article, none of them written in it (the check in main() asserts
# that the list covers them all); TRADITIONAL_WORDS below declares the
# Taiwan words that write a character of the list
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
                   "骑罚锾赔偿补贴测试获额点轮骤辅"
                   "摊验录饮鲜冻肠杆罚违饼卫厨监"
                   "选离码头装积级纪吨顷训练课预绿买签约团额范协调"
                   "优两别则励启将届忧怀拨担据拟数于构没准为现吁纾举莲记许贸宾较"
                   "周进衔队双养驻"
                   "严临余农划后声娴托揽撑旧柜欧炉税稳纯认谈陈骅"
                   "从伤伦垫实强择敛杰温热确维虽讨论评诚该贬适采销"
                   "专争伙冲击参响当抢挟摇汤画矶竞脚舰趋轻铢顿"
                   "乔俪儿咨婴学径摄极档状狮笺类紧胶虾语诺贝跃释铺锭顺颖"
                   "仓侬昆爱玛纤迹驰驱"
                   "帐扫拦异简纳绑莱游随杂"
                   "妈栋决庄让韦松丽"
                   "劲吕滚缓蚀轴锋键"
                   "写涌硕细制软辉邬针铜锡钻阴云频鹏"
                   "侨剧畅暂矿烟猪颂饺麦"
                   "仪咏纸苹触闲"
                   "扬携渗缘谱韧顶饱齐"
                   "挂牵荡睐踪"
                   "胜峡满辟飞驳"
                   "倾废彦卷弃烨献窑贡贵赶轧锈锌镀镍难"
                   # annotate_va.py's line for its g312 (乾, 濃, 糧, 頒)
                   "干浓粮颁"
                   # annotate_wa.py's line for its g318 (冊, 註, 薦, 讀, 還,
                   # 銘)
                   "册荐注读还铭"
                   # annotate_xa.py's line for its g324 (the t2s forms of 災
                   # of 防災, 礙 of 無障礙, 號 of 老字號, 親 of 親子, 訪 of
                   # 到訪, 軍 of 國軍, 鐘 of 分鐘)
                   "灾碍号亲访军钟"
                   # g330's words (their t2s forms, none written in it: 瑤
                   # of the reporter's name 沈佩瑤, 駕 and 駛 of 駕駛)
                   "瑶驾驶")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count (annotate_xa.py's 制度, annotate_wa.py's 獲准 …): none in g330 (its
# 製 of 成運汽車製造 is the traditional form; the check stays)
TRADITIONAL_WORDS = {G330: {}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台灣, 新台幣, 台中, 台南, 全台
# … (s2tw 臺), 占 of 占新北市, 占比, 占公路客運 (佔), 布 of 公布 (佈)
# (annotate_xa.py's three pairs) and, new here, 併 of 整併 (路網整併: s2tw
# writes 整並; Taiwan's news and its highway bureau write 整併); each must
# occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("併", "並")}
# Holidays the articles name, by their exact span (2025-2027).
# g329 (mainland, 2026-11-24, a Tuesday): 元旦 2027-01-01 and 春节
# 2027-02-06 (随着元旦、春节临近: yearless, the coming ones, 38 and 74 days
# after).
# g330 (Taiwan, 2026-11-22, a Sunday): 明年元旦 2027-01-01 (a year word
# written before a holiday is inside its span, SPEC 2024年春节; 明年 from
# the reference year); 春節 2027-02-06 (春節疏運: yearless, the coming one,
# 76 days after); 聖誕節 2026-12-25 and 元旦 2027-01-01 (聖誕節及元旦假期:
# yearless, the coming ones, 33 and 40 days after; 假期 outside); 農曆春節
# 2027-02-06 (GUIDELINES: 农历春节 is 春节; 農曆春節假期: yearless, the
# coming one; 假期 outside).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "明年元旦": "2027-01-01", "春節": "2027-02-06", "聖誕節": "2026-12-25",
    "農曆春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, annotate_qa.py's
# table, checked against lunardate where it is installed, annotate_qb.py's
# check); 感恩节 and 黑色星期五 computed from the calendar
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "圣诞节": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
_DOUBLE_NINTH = {2025: datetime.date(2025, 10, 29),
                 2026: datetime.date(2026, 10, 18),
                 2027: datetime.date(2027, 10, 8)}
assert _DOUBLE_NINTH[2026] - _MOON[2026] == datetime.timedelta(days=23)
assert _DOUBLE_NINTH[2026].isoweekday() == 7
# 2027's 正月初一 is a Saturday, 2026's a Tuesday (annotate_gb.py's table)
assert _SPRING[2027].isoweekday() == 6 and _SPRING[2026].isoweekday() == 2
try:                    # the lunar table against lunardate, where installed
    import lunardate    # (the project venv has it; annotate_qb.py's check)
    for _y in (2025, 2026, 2027):
        def _solar(m, dd):
            ld = lunardate.LunarDate(_y, m, dd)
            return (ld.to_solar_date() if hasattr(ld, "to_solar_date")
                    else ld.toSolarDate())
        assert _solar(1, 1) == _SPRING[_y]
        assert _solar(8, 15) == _MOON[_y]
        assert _solar(9, 9) == _DOUBLE_NINTH[_y]
except ImportError:
    pass
# the reference dates: g329's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47, 上周五 11-20, 昨日 11-23), g330's 2026-11-22 the Sunday ending
# W47 (its 昨（21）日 a Saturday; its bare 20日 a Friday of the reference
# month; it writes no week word); 元旦 and 春节 of 2027 38 and 74 days
# after g329's date, 春节 of 2026 280 days before it; 聖誕節 of 2026 and
# 元旦 of 2027 33 and 40 days after g330's date (those of 2025 332 and 325
# days before); 春節 of 2027 76 days after it, that of 2026 278 days before
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date(2026, 11, 21).isoweekday() == 6
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 24)).days == 38
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 22)).days == 33
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 22)).days == 40
assert (datetime.date(2026, 11, 22) - datetime.date(2025, 12, 25)).days == 332
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 1, 1)).days == 325
assert (_SPRING[2027] - datetime.date(2026, 11, 22)).days == 76
assert (datetime.date(2026, 11, 22) - _SPRING[2026]).days == 278
def _thanksgiving(y):
    """The fourth Thursday of November (GUIDELINES: 黑色星期五 is the day
    after 感恩节)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3)


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    return _thanksgiving(y) + datetime.timedelta(days=1)


assert _thanksgiving(2026) == datetime.date(2026, 11, 26)
assert _black_friday(2026).isoweekday() == 5
assert _black_friday(2026) == datetime.date(2026, 11, 27)

LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "重阳节": _DOUBLE_NINTH, "重陽節": _DOUBLE_NINTH,
         "重阳": _DOUBLE_NINTH, "重陽": _DOUBLE_NINTH,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)},
         "感恩節": {y: _thanksgiving(y) for y in (2025, 2026, 2027)},
         "感恩节": {y: _thanksgiving(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "重阳", "重陽")
# the words after which 十一 is National Day (GUIDELINES: 黄金周, 长假,
# 小长假, 假期, 期间 or 国庆, a closing quote allowed between; annotate_qc.py's
# SHIYI_CUES, ported with check_shiyi)
SHIYI_CUES = ("黃金周", "黄金周", "長假", "长假", "小長假", "小长假", "假期",
              "期間", "期间", "國慶", "国庆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g329 (2026: the prefecture-level 新乡, 贵阳 (a provincial capital),
    # 宜昌, 荆门, 潍坊, 临沂, 菏泽, 周口, 商丘, 驻马店 and 德州 (written 德州市:
    # GUIDELINES make 德州 an ordinary word that counts only with 市 or its
    # province; its short form declared for the table only, written nowhere
    # alone); the county-level 格尔木 (Qinghai's 海西州) and 建德 (under
    # 杭州); each + 市; the foreign 万象 (Vientiane, after its country 老挝,
    # GUIDELINES 法国巴黎) by its common name; 郑州 inside 郑州商品交易所,
    # 哈尔滨 inside 哈尔滨市农业农村局 and 周口 inside 周口市农业农村局 hold no
    # CITY (SPEC: a city inside an organization name))
    "格尔木": "格尔木市", "万象": "万象", "德州市": "德州市", "德州": "德州市",
    "新乡": "新乡市", "贵阳": "贵阳市", "宜昌": "宜昌市", "荆门": "荆门市",
    "建德": "建德市", "潍坊": "潍坊市", "临沂": "临沂市", "菏泽": "菏泽市",
    "周口": "周口市", "商丘": "商丘市", "驻马店": "驻马店市",
    # g330 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 台中, 台南 and 高雄 by their full names (SPEC; GUIDELINES: Taiwan cities
    # normalize to the full name), 台北市 and 新北市 also written with their
    # 市 (新北 declared as 新北市's short form, written only inside 新北市 and
    # 新北市政府交通局), the provincial city 基隆 (SPEC: 基隆 is CITY) and
    # 嘉義市 (only with its 市, GUIDELINES; TAIWAN_SHI_ONLY); 桃園 stands only
    # inside ORG rows (桃園市政府交通局, 桃園機場: an airport's name is an ORG
    # with no CITY inside, SPEC), and the county
    # 宜蘭縣 is no CITY (SPEC: counties))
    "台北": "台北市", "台北市": "台北市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "新北市": "新北市", "新北": "新北市", "基隆": "基隆市",
    "嘉義市": "嘉义市",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"万象"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; annotate_qa.py's 胡志明市): none here
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 嘉義市則有; 新竹 is not written); the set is
# GUIDELINES' rule, fixed and asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: g330 names no foreign city)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# short city forms that are also ordinary words (GUIDELINES' examples of
# rules/city_ambiguous.txt, which I may not read), each with its province in
# both scripts: they count only with 市 or after their province
# (annotate_qa.py's check; used here: g329's 德州市, with its 市)
CITY_AMBIGUOUS = {"东方": ("海南",), "安宁": ("云南", "雲南"),
                  "合作": ("甘肃", "甘肅"), "日照": ("山东", "山東"),
                  "黄山": ("安徽",), "德州": ("山东", "山東"),
                  "白银": ("甘肃", "甘肅"), "朝阳": ("辽宁", "遼寧"),
                  "敦化": ("吉林",), "安寧": ("云南", "雲南"),
                  "黃山": ("安徽",), "白銀": ("甘肃", "甘肅"),
                  "朝陽": ("辽宁", "遼寧")}
# the characters that join two fields or two names (及, 和, 與, 与, and 暨,
# annotate_sa.py's addition: GUIDELINES make two trades joined by 暨 after a
# place one guild, and 暨 before a body a joiner outside it)
JOINERS = "及和與与暨"
# ORG names that join two fields with a joiner inside one body
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): none here (no
# government body of two joined fields is named); any ORG row holding a
# joiner stops unless declared here or below (check())
JOINED_NAMES = {G329: (), G330: ()}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车), with their counts:
# g330's 和欣客運 (a coach operator's name: 和 is its first character), once
JOINER_CHAR_NAMES = {G329: {}, G330: {"和欣客運": 1}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): none in g329 (its lists use 、); g330's 統聯客運與
# 和欣客運 (two operators that run one route together) and 環境部與經濟部
# 產業發展署 (a ministry and another ministry's agency)
LISTED_PAIRS = {G329: (),
                G330: (("統聯客運", "和欣客運"), ("環境部", "經濟部產業發展署"))}
# rates with a slash denominator the articles write: none (g329 writes its
# prices per tonne as 每吨…元, GUIDELINES' own 约为每吨7050元 form; the check
# and the slash-rate audit stay)
PER_UNITS = {G329: (), G330: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (TPASS, a ticket's name, holds
# no digit: the Latin audit excludes it); the check stays
CODE_LABELS = {G329: {}, G330: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "交通部公路局": "交通部公路局",
    "公路局": "公路局",
    "中華民國公共汽車客運公會全聯會": "中华民国公共汽车客运公会全联会",
    "公路客運審議委員會": "公路客运审议委员会",
    "交通部": "交通部",
    "立法院交通委員會": "立法院交通委员会",
    "勞動部": "劳动部",
    "國光汽車客運股份有限公司": "国光汽车客运股份有限公司",
    "國光客運": "国光客运",
    "統聯客運": "统联客运",
    "和欣客運": "和欣客运",
    "葛瑪蘭客運": "葛玛兰客运",
    "交通部高速公路局": "交通部高速公路局",
    "阿羅哈客運": "阿罗哈客运",
    "台北市公共運輸處": "台北市公共运输处",
    "新北市政府交通局": "新北市政府交通局",
    "首都客運": "首都客运",
    "大都會客運": "大都会客运",
    "欣欣客運": "欣欣客运",
    "台中市政府交通局": "台中市政府交通局",
    "高雄市政府交通局": "高雄市政府交通局",
    "華德動能科技股份有限公司": "华德动能科技股份有限公司",
    "華德動能": "华德动能",
    "成運汽車製造股份有限公司": "成运汽车制造股份有限公司",
    "成運": "成运",
    "鴻華先進科技股份有限公司": "鸿华先进科技股份有限公司",
    "鴻華先進": "鸿华先进",
    "府城客運": "府城客运",
    "新營客運": "新营客运",
    "台灣電力公司": "台湾电力公司",
    "台電": "台电",
    "悠遊卡股份有限公司": "悠游卡股份有限公司",
    "一卡通票證股份有限公司": "一卡通票证股份有限公司",
    "淡江大學運輸管理學系": "淡江大学运输管理学系",
    "台灣高鐵": "台湾高铁",
    "桃園市政府交通局": "桃园市政府交通局",
    "桃園機場": "桃园机场",
    "基隆市政府": "基隆市政府",
    "台南市政府交通局": "台南市政府交通局",
    "台鐵公司": "台铁公司",
    "環境部": "环境部",
    "經濟部產業發展署": "经济部产业发展署",
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
        # every declared codec has its storage block below (annotate_rb.py's
        # check, asserted before decoding as annotate_tb.py does: a codec
        # without one would skip every byte check)
        assert enc in STORAGE_BLOCKS, (doc_id, enc, "no storage block")
        self.text = raw.decode(enc)                 # strict: must decode
        # no CR anywhere, asserted before the blocks below read the lines
        # (annotate_mc.py's early check: a CRLF file stopped at a line
        # check before the named one there)
        assert "\r" not in self.text, f"{doc_id}: CR in the text"
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # not UTF-8 in disguise
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        self.in_org_span = {}
        # no astral character in either article (annotate_wa.py's per-row
        # UTF-16 check for its GB18030 byline stays, switched off)
        self.astral_before_body = False
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312
        # (annotate_tb.py's pair), a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py): no GB or Big5 codec is declared here
        # (UTF-8 and UTF-16), so the loop tries nothing
        for wide, narrow in (("gb18030", "gbk"), ("gbk", "gb2312"),
                             ("big5hkscs", "big5"), ("cp950", "big5"),
                             ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        lines = self.text.split("\n")
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM, THE SIMPLIFIED
            # MAINLAND ARTICLE (annotate_xa.py's UTF-8-with-a-BOM block for
            # its g323, itself annotate_wb.py's, with the BOM taken out, as
            # annotate_va.py stored its g311; with annotate_xb.py's byline of
            # outlets joined by the name dot and its GB_FORMS for the dot):
            # no BOM and no U+FEFF; utf-8 and the BOM-aware utf-8-sig read
            # the same text; the offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert not raw.startswith(BOM8), f"{doc_id}: no BOM"
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == raw.decode("utf-8") == \
                self.text, doc_id
            # the first character is the title's (今 = E4 BB 8A) at byte 0:
            # no BOM stands before it
            assert raw[:3] == code and len(code) == 3, doc_id
            declared = DECLARED_MAINLAND[doc_id]
            forms = GB_FORMS.get(doc_id, {})
            assert not (set(declared) & set(forms)), doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, “” and （） included, 祎 too; no
            # four-byte character) but the declared GB forms (the name dot
            # ·, two bytes C2 B7), so a count in bytes runs two ahead after
            # every Han character and one after the dot, and the file is as
            # long as the text's UTF-8
            for c in self.text:
                if ord(c) > 0x7F:
                    want = len(forms[c][0]) if c in forms else 3
                    assert len(c.encode("utf-8")) == want, (doc_id, c)
            assert all(len(forms[c][0]) == 2 and ord(c) < 0x800
                       for c in forms), forms
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   (2 if c in forms else 3)
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points) and no character outside the BMP (a UTF-16 count
            # equals the code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the file walked character by character from byte 0: each
            # character's UTF-8 bytes at its own place (annotate_ra.py's
            # byte walk, as annotate_xa.py kept it), the declared characters
            # and forms with their declared bytes
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(full), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in list(declared) + list(forms)), places
            # a legacy codec or UTF-16 fails on the file or reads another
            # text (annotate_ta.py's list, as annotate_xa.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # a simplified mainland text: the characters GB2312 cannot write
            # are exactly the declared ones (DECLARED_MAINLAND: 祎) and the
            # declared GB forms (GB_FORMS: ·), each with its UTF-8 bytes and
            # kind (annotate_va.py's checks); GBK and GB18030 write each
            # declared character with its declared GBK bytes (so a converter
            # to GBK or GB18030 loses nothing), plain Big5 cannot; and the
            # file is no GB file: its GB18030 bytes differ from the file's
            assert not self.traditional, doc_id
            kinds, gkinds = Counter(), Counter()
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312") and c not in forms})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare the character outside GB2312"
            for c, code8 in declared.items():
                assert unicodedata.name(c).startswith(
                    "CJK UNIFIED IDEOGRAPH-"), c
                assert c.encode("utf-8") == code8, (doc_id, c)
                assert c.encode("gbk") == c.encode("gb18030") == \
                    DECLARED_GBK[c], (doc_id, c)
                assert DECLARED_GBK[c].decode("gbk") == c, (doc_id, c)
                assert not decodes(DECLARED_GBK[c], "gb2312"), (doc_id, c)
                assert not enc_ok(c, "big5"), (doc_id, c)
                kinds["utf8-four-byte" if len(code8) == 4 else
                      "utf8-three-byte"] += 1
                # the GBK kind by the lead and trail bytes (annotate_xb.py's)
                lead, trail = DECLARED_GBK[c][0], DECLARED_GBK[c][1]
                if 0x81 <= lead <= 0xA0:
                    assert 0x40 <= trail <= 0xFE, c
                    gkinds["gbk3"] += 1
                elif 0xAA <= lead <= 0xFE:
                    assert 0x40 <= trail <= 0xA0, c
                    gkinds["gbk4"] += 1
                else:
                    assert lead in (0xA8, 0xA9) and 0x40 <= trail <= 0xA0, c
                    gkinds["gbk5"] += 1
            assert kinds == DECLARED_KINDS[doc_id], kinds
            assert gkinds == GBK_KINDS[doc_id], gkinds
            # each declared GB form: GBK and GB18030 write it with its
            # declared bytes, which gb2312 reads as another character (the
            # name dot · A1 A4, read by gb2312 as ・ U+30FB), as often as
            # declared, in no span (check()); annotate_xb.py's GB_FORMS check
            for c, (code8, gbk, other, k) in forms.items():
                assert c.encode("utf-8") == code8, c
                assert c.encode("gbk") == c.encode("gb18030") == gbk, c
                assert gbk.decode("gb2312") == other != c, c
                assert gbk.decode("gbk") == c, c
                assert not enc_ok(c, "gb2312"), c
                assert self.text.count(c) == k, (doc_id, c)
            assert self.text.encode("gb18030") != raw, doc_id
            assert all(enc_ok(c, "gb2312") or c in declared or c in forms
                       for c in self.text), doc_id
            # a converter to GB2312 fails first at the first declared
            # character or form, on the byline: here the name dot between
            # the two outlets (annotate_va.py's measure)
            first = min(self.text.index(c)
                        for c in list(declared) + list(forms))
            try:
                self.text.encode("gb2312")
                raise AssertionError((doc_id, "gb2312", "encodes"))
            except UnicodeEncodeError as ex:
                assert ex.start == first, (doc_id, "gb2312", ex.start)
            assert self.text[first] in forms, (doc_id, self.text[first])
            # every line without a declared character or form is GB2312
            # byte for byte in GBK and GB18030; the declared characters and
            # forms stand on the byline (the third line) only, in no span
            # (check())
            for line in lines:
                if not any(c in declared or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode("gbk") == \
                        line.encode("gb18030"), line
            for c in list(declared) + list(forms):
                assert c in lines[2] and all(
                    c not in x for i, x in enumerate(lines) if i != 2), c
            self.no_span_chars = sorted(set(declared) | set(forms))
            # the byline (annotate_xb.py's block): the prefix, the outlets
            # joined by the name dot, 记者 and a space, the reporters' names
            # separated by a space, between blank lines; GUIDELINES: a
            # byline at the start of a line names its outlet, outlets joined
            # by a name dot are two ORGs, and 本报 names none; each name
            # holds one declared character, after the outlets; LINE3 spells
            # the same line and check_line3 checks its rows
            prefix, outlets, role, names = BYLINE[doc_id]
            outlet = "·".join(outlets)
            is_org = BYLINE_ORG.get(doc_id, True)
            assert lines[2] == prefix + outlet + role + " ".join(names) == \
                LINE3[doc_id][0], (doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlets[0].endswith("报") and role == "记者 ", role
            assert len(outlets) == 1 or outlet.count("·") == \
                len(outlets) - 1 == forms["·"][3], outlets
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            assert LINE3[doc_id][1] == ([("ORG", o) for o in outlets]
                                        if is_org else []), doc_id
            assert set(outlets) == BEFORE_DECLARED[doc_id] or not is_org
            for c in declared:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(prefix) + len(outlet), c
            assert all(sum(c in n for c in declared) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith(("【", "〔")) for x in lines), doc_id
        elif enc == "utf-16-le":  # UTF-16 LITTLE-ENDIAN WITH A BOM, THE
            # TAIWAN ARTICLE (annotate_xb.py's UTF-16 BE block for its Hong
            # Kong g326 turned back little-endian, the order of
            # annotate_wa.py's block for its Taiwan g318, from which
            # annotate_xb.py had turned it; the Big5 checks are
            # annotate_xa.py's Taiwan checks of its plain-Big5 block, read
            # on the decoded text): exactly one BOM FF FE, the BOM-aware
            # codec reads the same text, the plain little-endian reading
            # keeps U+FEFF in front (one code point that would shift every
            # offset by one), the big-endian reading is another text
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
            # in little-endian order (國 = U+570B, written 0B 57, the low
            # byte first; checked above), not its big-endian 57 0B
            assert code == ch.encode("utf-16-le") != ch.encode(
                "utf-16-be"), doc_id
            # no lone surrogate in the decoded text (a strict decoder pairs
            # them), and the astral characters are exactly the declared ones
            declared = DECLARED_UTF16[doc_id]
            assert all(not 0xD800 <= ord(c) <= 0xDFFF for c in self.text)
            assert sorted(c for c in declared if ord(c) > 0xFFFF) == \
                sorted(set(OUTSIDE_BMP[doc_id])), doc_id
            # the file walked code unit by code unit: each character's
            # little-endian units at its own place; every ASCII character
            # has its NUL byte AFTER it (little-endian), so a reader that
            # ignores the BOM reads a binary file; every character one unit
            # but a declared astral one, a surrogate pair (high D800-DBFF
            # then low DC00-DFFF, each written low byte first; none here)
            pos, places, kinds = 0, Counter(), Counter()
            for c in self.text:
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if ord(c) < 0x80:
                    assert b == bytes([ord(c), 0]), (doc_id, c)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if ord(c) > 0xFFFF:
                    assert len(b) == 4 and 0xD8 <= b[1] <= 0xDB and \
                        0xDC <= b[3] <= 0xDF, (doc_id, c)
                    assert c in declared, (doc_id, c)
                else:
                    assert len(b) == 2, (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            for c, unit in declared.items():
                assert unit.decode("utf-16-le") == c, (doc_id, c)
                if ord(c) > 0xFFFF:
                    assert len(unit) == 4 and 0x20000 <= ord(c) <= 0x2EBEF
                    kinds["utf16-surrogate-pair"] += 1
                else:
                    assert len(unit) == 2, c
                    kinds["utf16-bmp"] += 1
            assert kinds == DECLARED_UTF16_KINDS[doc_id], kinds
            # two bytes a code unit: the file is twice the text's length
            # plus two more bytes for each astral character, and the BOM two
            # bytes more
            assert len(raw) == 2 * (len(self.text) +
                                    len(OUTSIDE_BMP[doc_id])), doc_id
            assert len(full) == len(raw) + 2, doc_id
            # a UTF-16 count equals the code points here (no astral
            # character): only the BOM, if a reader kept it, would shift
            # every offset, by one
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # the BOM is no part of the text and stands once, in front
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-16-le").count("\ufeff") == 1, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points; annotate_nb.py's)
            assert not any(unicodedata.combining(c) for c in self.text)
            # a legacy codec or UTF-8 fails on the file or reads another
            # text, with and without the BOM (annotate_nb.py's, as
            # annotate_xb.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a traditional text: GB2312 cannot write it
            assert self.traditional, doc_id
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # what a converter to a Big5 codec meets (annotate_xa.py's
            # Taiwan checks of its plain-Big5 block, read on the decoded
            # text as annotate_xb.py read its Hong Kong ones): the characters
            # plain Big5 cannot write are exactly the declared ones, none
            # here (every character of the Taiwan text is plain Big5)
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl) == [], (doc_id, outside)
            assert not BIG5_KINDS[doc_id] and not OUTSIDE_BIG5_WORD[doc_id], \
                doc_id
            self.in_org_span = IN_ORG[doc_id]
            assert not self.in_org_span, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: the ／ of 聯合報's
            # byline, as annotate_xa.py's ／ of its dateline), each with its
            # declared bytes in both codecs; cp950 reads the plain-Big5
            # bytes as another character (CP950_READS: ∕ U+2215), and
            # Big5-HKSCS reads them as plain Big5 does; each stands only in
            # its declared word, as often as declared (DECLARED_WORD)
            forms = BIG5_FORMS[doc_id]
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert b5.decode("big5hkscs") == c == b5.decode("big5"), (
                    doc_id, c)
                assert c.encode("big5hkscs") == b5, (doc_id, c)
                assert c950.decode("big5") == c, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
                # and in UTF-16 LE one code unit at each of its places
                # (annotate_xb.py's count for its declared characters): 0F FF
                u = c.encode("utf-16-le")
                assert len(u) == 2 and sum(
                    1 for j in range(0, len(raw), 2)
                    if raw[j:j + 2] == u) == k, c
            # the declared forms stand in no span (check())
            self.no_span_chars = sorted(forms)
            # the text written in plain Big5 is another file, two bytes a
            # non-ASCII character with a lead byte in plain Big5's rows
            # A1-F9, which plain Big5 reads back as the text; the UTF-16
            # bytes read in a Big5 codec fail or give another text
            # (annotate_xb.py's, for Big5-HKSCS)
            b5 = self.text.encode("big5")
            assert b5 != raw and b5.decode("big5") == self.text, doc_id
            assert len(b5) == sum(1 if ord(c) < 0x80 else 2
                                  for c in self.text), doc_id
            for c in set(self.text):
                if ord(c) > 0x7F:
                    assert 0xA1 <= c.encode("big5")[0] <= 0xF9, c
            # cp950 writes the text too, as another file (A1 FE where plain
            # Big5 writes A2 41), which plain Big5 reads as the same text;
            # cp950 reads the plain-Big5 rendering as another text (∕ in the
            # byline), Big5-HKSCS as the same (annotate_xa.py's measure)
            b950 = self.text.encode("cp950")
            assert b950 != b5 and len(b950) == len(b5), doc_id
            assert b950.decode("big5") == self.text, doc_id
            want = self.text
            for c in forms:
                want = want.replace(c, CP950_READS[c])
            assert b5.decode("cp950") == want != self.text, doc_id
            assert b5.decode("big5hkscs") == self.text, doc_id
            # every line without a declared form is the same in plain Big5,
            # cp950 and Big5-HKSCS, byte for byte, and reads back alike in
            # all three (annotate_ra.py's line check, as annotate_xa.py kept
            # it); a line with a declared form is so between its forms
            for line in lines:
                parts = re.split("|".join(map(re.escape, forms)), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        b.decode("big5") == part
            # gb18030 reads Big5 bytes too, as another text: GUIDELINES'
            # reader then keeps the codec whose result has the larger share
            # of common characters; on the Big5 rendering of the text the
            # Big5 reading is the natural one by far (annotate_xa.py's
            # measure: Big5's 常用字 A440-C67E against GB2312's level 1
            # B0A1-D7F9)
            assert decodes(b5, "gb18030"), doc_id
            gbtext = b5.decode("gb18030")
            assert gbtext != self.text, doc_id

            def han(s):
                return [c for c in s if 0x3400 <= ord(c) <= 0x9FFF or
                        ord(c) > 0xFFFF]

            def tier(c, codec, lo, hi):
                try:
                    b = c.encode(codec)
                except UnicodeEncodeError:
                    return False
                return len(b) == 2 and lo <= int.from_bytes(b, "big") <= hi
            mine, theirs = han(self.text), han(gbtext)
            share_mine = sum(tier(c, "big5", 0xA440, 0xC67E)
                             for c in mine) / len(mine)
            share_theirs = sum(tier(c, "gb2312", 0xB0A1, 0xD7F9)
                               for c in theirs) / len(theirs)
            assert share_mine > 0.95 and share_theirs < 0.6, (
                doc_id, share_mine, share_theirs, len(theirs))
            # the byline: 聯合報's 記者 + the reporter's name + ／ + the city
            # filed from + 報導, a line of its own between blank lines; no
            # line opens with 【 or 〔 and the text holds no such brackets
            # (no opener: OPENER is empty); LINE3 declares it and
            # check_line3 checks its rows
            assert doc_id not in OPENER, doc_id
            byline = LINE3[doc_id][0]
            assert lines[2] == byline and lines[1] == lines[3] == "", doc_id
            assert re.fullmatch(r"記者[\u4e00-\u9fff]{2,3}／[\u4e00-\u9fff]{2,3}"
                                r"報導", byline), byline
            assert DECLARED_WORD[doc_id]["／"][0] == byline, doc_id
            assert not any(x.startswith(("〔", "【")) for x in lines), doc_id
            assert not any(b in self.text for b in "〔〕【】"), doc_id
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region, Taiwan here, and a
        # simplified one is mainland (annotate_lb.py's region check, after
        # annotate_ec.py, as annotate_ma.py ported it: a simplified article
        # declared traditional stopped only with a KeyError in ORG_NORM
        # before it)
        assert self.traditional == (doc_id in TAIWAN), (doc_id, "region")
        if self.traditional:    # a Taiwan text: every character plain Big5
            # but the declared ones (none here), and cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # and the declared characters are cp950's, none of them a HKSCS
            # one that cp950 lacks
            assert all(enc_ok(c, "cp950") for c in OUTSIDE_BIG5[doc_id])
        else:
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones and the declared GB forms (annotate_wb.py's
            # mainland check, with DECLARED_MAINLAND, and annotate_xb.py's
            # GB_FORMS)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in DECLARED_MAINLAND.get(
                doc_id, {}) or c in GB_FORMS.get(doc_id, {})
                for c in self.text), doc_id
            assert doc_id not in OPENER, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ua.py's 下游 and 管制; annotate_wa.py's 獲准;
            # annotate_xa.py's 制度; none here)
            allowed = set()
            for w, k in TRADITIONAL_WORDS.get(doc_id, {}).items():
                hits = [m.start() for m in re.finditer(re.escape(w),
                                                       self.text)]
                assert len(hits) == k, (doc_id, w, k)
                assert any(c in SIMPLIFIED_ONLY for c in w), (doc_id, w)
                allowed.update(h + i for h in hits for i in range(len(w)))
            bad = [c for i, c in enumerate(self.text)
                   if c in SIMPLIFIED_ONLY and i not in allowed]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: Taiwan markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d[）)]?年", self.text), doc_id
            # written in Taiwan (GUIDELINES: two different markers, 臺/台
            # spellings counting once), so its 國慶 would be Taiwan's 10-10
            # (new in annotate_fa.py)
            found = {w.replace("臺", "台") for w in TAIWAN_MARKERS
                     if w in self.text}
            assert len(found) >= 2, (doc_id, found)
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), (
                doc_id, "a bare 2-3 digit year in a mainland text")
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text), (
                doc_id, "a bracketed 2-3 digit year in a mainland text")
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
            # (a holiday missing from the table is named, not a KeyError;
            # new in annotate_na.py's line)
            assert span in HOLIDAY, (ctx, "holiday not in HOLIDAY")
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
# g329 Farm inputs in November 2026: the national figures (农业农村部种植业
# 管理司 昨日: 11月20日; 国家统计局 今年前10个月, 去年同期); potash (盐湖股份
# 上月, 格尔木: 今年前三季度, 三季度末, 6月底; 国投罗钾 今年; 海关总署 今年1月
# 至10月; 中国无机盐工业协会钾盐钾肥行业分会 今年6月, 2026年, 上年; 亚钾国际
# 本月, 万象); nitrogen (郑州商品交易所 上周五, 10月底; 中国氮肥工业协会 今年
# 前10个月; 华鲁恒升, 德州市 明年1月; 心连心, 新乡 本月, 周口、商丘; 海关总署 今年前10个
# 月, 10月份); phosphate (中国磷复肥工业协会 今年前三季度; 云天化 今年三季度;
# 贵州磷化集团 贵阳, 湖北宜化 宜昌; 新洋丰 荆门); pesticides (中国农药工业
# 协会 10月份; 新安股份 建德 年初; 兴发集团 and 湖北泰盛化工; 扬农化工, 利尔
# 化学 今年前三季度); supply-and-marketing cooperatives and reserves (供销
# 总社 今年, 中农集团; 山东省供销合作社 今年: 潍坊、临沂、菏泽三市; 河南省
# 供销合作社: 周口、商丘、驻马店); agriculture bureaus (黑龙江省农业农村厅
# 明年, 去年; 哈尔滨市农业农村局 今年, 上年同期; 周口市农业农村局 两年前);
# prices and finance (中国农业生产资料流通协会 上周; 中国农业发展银行 今年,
# 去年); the outlook (明年, 农业农村部, 国家发展改革委, 明年一季度; 元旦,
# 春节, 12月).  Simplified, UTF-8 without a BOM, 2026-11-24 (a Tuesday, ISO
# week 2026-W48), 农民日报; its byline 农民日报·中国农网记者 韩祎 names two
# outlets (two ORGs); · and 祎 are outside GB2312 (declared).  昨日
# 2026-11-23; 上周五 2026-11-20; 上周 2026-W47; 本月 2026-11; 上月 2026-10;
# 明年 2027.
# ===========================================================================
@doc
def g329():
    d = Doc(G329)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section; it names none,
    # so the title's rows take no city); 今年 attached to 前10个月 (SPEC),
    # several months of a year: the year
    d.date("[[今年前10个月]]钾肥产量", Y, "")
    d.metric("产量增[[约6%]] 多地", "6", "%", "approx", "")
    # 超 an over-marker inside the span (SPEC: 超 is over)
    d.metric("投放[[超900万吨]]\n", "900e4", "吨", "over", "")
    # the byline: outlets joined by a name dot are two ORGs (GUIDELINES'
    # own example 农民日报·中国农网); the dot and the reporter's name are in
    # no span
    d.org("\n\n[[农民日报]]·")
    d.org("·[[中国农网]]记者")
    # P1 the national figures (no CITY)
    # a ministry's department written after it belongs to it (SPEC 蚂蚁金服
    # 集团银行服务部): one ORG
    d.org("\n\n[[农业农村部种植业管理司]]昨日")
    d.date("管理司[[昨日]]发布", "2026-11-23", "")
    # 截至 outside (SPEC); a day of the reference year
    d.date("截至[[11月20日]]，", "2026-11-20", "")
    d.metric("累计投放[[约925万吨]]", "925e4", "吨", "approx", "")
    d.metric("尿素[[约412万吨]]", "412e4", "吨", "approx", "")
    d.metric("磷酸二铵[[约186万吨]]", "186e4", "吨", "approx", "")
    d.metric("氯化钾[[约97万吨]]", "97e4", "吨", "approx", "")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[今年前10个月]]全国化肥", Y, "")
    d.metric("（折纯）[[约4860万吨]]", "4860e4", "吨", "approx", "")
    d.metric("同比增长[[约3.1%]]", "3.1", "%", "approx", "")
    d.metric("其中钾肥[[约526万吨]]", "526e4", "吨", "approx", "")
    d.metric("增长[[约6.2%]]", "6.2", "%", "approx", "")
    # 去年同期 after 今年前10个月, a period with no ISO form: the year
    # before (SPEC; check_last_year_period)
    d.date("增速较[[去年同期]]加快", LY, "")
    # 个百分点 -> 百分点 (SPEC)
    d.metric("加快[[1.4个百分点]]", "1.4", "百分点", "exact", "")
    # P2 potash (格尔木 in the first sentence, 万象 in the last)
    # a registered name keeps its province in front (GUIDELINES: names found
    # by suffix keep any place in front), and its bracketed short form (盐…
    # 湖…股…份 in order), quotes outside, is an ORG there (GUIDELINES)
    d.org("宽松。[[青海盐湖工业股份有限公司]]（")
    d.org("以下简称“[[盐湖股份]]”）上月")
    # the rule: the first city after in the sentence (格尔木)
    d.date("盐湖股份”）[[上月]]公告", "2026-10", "格尔木市")
    # a county-level city (SPEC), under 海西州
    d.city("位于[[格尔木]]的察尔汗")
    d.date("盐湖基地[[今年前三季度]]生产", Y, "格尔木市")
    d.metric("生产氯化钾[[约372万吨]]", "372e4", "吨", "approx", "格尔木市")
    d.metric("销售[[约351万吨]]", "351e4", "吨", "approx", "格尔木市")
    # an end of a quarter is the quarter (GUIDELINES 第三季度末); an end of
    # a month the month (SPEC 6月底); both of the reference year
    d.date("，[[三季度末]]库存", "2026-Q3", "格尔木市")
    d.date("库存较[[6月底]]减少", "2026-06", "格尔木市")
    d.metric("减少[[约18万吨]]", "18e4", "吨", "approx", "格尔木市")
    d.org("；[[国投新疆罗布泊钾盐有限责任公司]]（")
    # 国…投…罗…钾 in order (GUIDELINES: a bracketed short form)
    d.org("以下简称“[[国投罗钾]]”）预计")
    d.date("预计[[今年]]硫酸钾", Y, "")
    # 超过 inside the span (SPEC 超过95%)
    d.metric("产量[[超过160万吨]]", "160e4", "吨", "over", "")
    d.org("进口方面，[[海关总署]]数据显示，今年1月")
    # a range of months: two mentions (SPEC 2024年3月至5月); 10月 in the
    # reference year (check_bare_year)
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]我国", "2026-10", "")
    d.metric("进口钾肥[[约1085万吨]]", "1085e4", "吨", "approx", "")
    d.metric("同比增长[[约7.8%]]", "7.8", "%", "approx", "")
    # an association's branch for a trade is its unit (GUIDELINES 中国有色
    # 金属工业协会硅业分会): one ORG
    d.org("。[[中国无机盐工业协会钾盐钾肥行业分会]]相关")
    d.date("介绍，[[今年6月]]签订", "2026-06", "")
    # a bare four-digit year (GUIDELINES), the contract's year
    d.date("签订的[[2026年]]海运", "2026", "")
    # 每吨 before the number stays outside the span and the unit
    # (GUIDELINES 每平方米16712元; check_per_before); 为 a value word
    d.metric("每吨[[358美元]]", "358", "美元", "exact", "")
    # 上年 counts from the non-relative period stated earlier in its
    # sentence (GUIDELINES: 2026年): 2025
    d.date("比[[上年]]上涨", "2025", "")
    d.metric("上涨[[12美元]]", "12", "美元", "exact", "")
    # a listed company by its news short name, acting (在老挝的钾肥项目);
    # 老挝 a country
    d.org("；[[亚钾国际]]在老挝")
    # the rule: the first city after in the sentence (万象), though the
    # shipments are the company's: the rule as written
    d.date("钾肥项目[[本月]]发往", "2026-11", "万象")
    # 突破 an over-marker inside the span (SPEC)
    d.metric("货量[[突破30万吨]]", "30e4", "吨", "over", "万象")
    # a foreign city after its country (GUIDELINES: a foreign city whose
    # form is ambiguous counts after its country; 法国巴黎), by its common
    # name
    d.city("老挝[[万象]]转运")
    # P3 nitrogen (德州市 and 新乡 in the 华鲁恒升 and 心连心 clauses)
    # an exchange named with its city inside: one ORG, no CITY 郑州
    d.org("氮肥方面，[[郑州商品交易所]]尿素")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("主力合约[[上周五]]收于", "2026-11-20", "")
    d.metric("收于每吨[[1682元]]", "1682", "元", "exact", "")
    d.date("较[[10月底]]下跌", "2026-10", "")
    d.metric("下跌[[约3.4%]]", "3.4", "%", "approx", "")
    d.org("。[[中国氮肥工业协会]]统计")
    d.date("统计，[[今年前10个月]]全国尿素", Y, "")
    d.metric("尿素产量[[约5890万吨]]", "5890e4", "吨", "approx", "")
    d.metric("同比增长[[约6.9%]]", "6.9", "%", "approx", "")
    # 以上 inside the span (SPEC 6成以上 -> 60, over)
    d.metric("开工率在[[八成以上]]", "80", "%", "over", "")
    d.org("。[[山东华鲁恒升化工股份有限公司]]（")
    d.org("以下简称“[[华鲁恒升]]”）表示")
    # 德州 counts only with 市 or its province (GUIDELINES' ordinary words):
    # written with its 市, a CITY (CITY_AMBIGUOUS)
    d.city("其[[德州市]]生产基地")
    # 左右 inside the span (SPEC); 每吨 outside
    d.metric("出厂价每吨[[1720元左右]]", "1720", "元", "approx", "德州市")
    # 明年 attached (SPEC), from the reference year (GUIDELINES)
    d.date("排至[[明年1月]]；", "2027-01", "德州市")
    d.org("；[[河南心连心化学工业集团股份有限公司]]（")
    d.org("以下简称“[[心连心]]”）位于")
    d.city("位于[[新乡]]的新建")
    d.date("新建装置[[本月]]投料", "2026-11", "新乡市")
    # the rule: the nearest city before (新乡) wins over the first after
    # (周口), here what the capacity is about
    d.metric("尿素产能[[约60万吨]]", "60e4", "吨", "approx", "新乡市")
    # a list of cities sharing one head (SPEC 广州、深圳等机场)
    d.city("销往[[周口]]、")
    d.city("周口、[[商丘]]等地")
    d.org("。[[海关总署]]数据还显示")
    d.date("还显示，[[今年前10个月]]我国出口", Y, "")
    d.metric("出口尿素[[约318万吨]]", "318e4", "吨", "approx", "")
    # 份 inside the span (SPEC 2019年7月份); the reference year
    d.date("其中[[10月份]]出口", "2026-10", "")
    d.metric("出口[[约46万吨]]", "46e4", "吨", "approx", "")
    d.metric("环比增长[[约1.2倍]]", "1.2", "倍", "approx", "")
    # P4 phosphate (贵阳 and 宜昌 in the third sentence, 荆门 in the last)
    d.org("磷肥方面，[[中国磷复肥工业协会]]数据")
    d.date("显示，[[今年前三季度]]全国磷酸一铵", Y, "")
    # each figure with its own 约 (precedents XB, XC: no marker shared)
    d.metric("分别[[约980万吨]]和", "980e4", "吨", "approx", "")
    d.metric("和[[约1160万吨]]。", "1160e4", "吨", "approx", "")
    # a group and its listed company: two ORGs across 旗下
    d.org("。[[云天化集团有限责任公司]]旗下")
    d.org("旗下[[云南云天化股份有限公司]]（")
    d.org("以下简称“[[云天化]]”）今年")
    # 今年 attached to the quarter (SPEC): 2026-Q3
    d.date("云天化”）[[今年三季度]]磷肥", "2026-Q3", "")
    d.metric("磷肥销量[[约152万吨]]", "152e4", "吨", "approx", "")
    d.metric("环比增长[[约9%]]", "9", "%", "approx", "")
    # a group by the name news writes, acting (在贵阳…的装置)
    d.org("；[[贵州磷化集团]]在贵阳")
    d.city("磷化集团在[[贵阳]]、")
    d.org("、[[湖北宜化化工股份有限公司]]在宜昌")
    d.city("股份有限公司在[[宜昌]]的")
    # the rule: the nearest city before (宜昌, the pair's last), though
    # both plants run so: the rule as written
    d.metric("开工负荷均在[[九成左右]]", "90", "%", "approx", "宜昌市")
    d.org("。[[新洋丰农业科技股份有限公司]]（")
    d.org("以下简称“[[新洋丰]]”）表示")
    d.city("其[[荆门]]基地")
    d.metric("同比增加[[约两成]]", "20", "%", "approx", "荆门市")
    d.metric("出厂价每吨[[约3750元]]", "3750", "元", "approx", "荆门市")
    # P5 pesticides (建德 in the 新安股份 clause)
    d.org("。[[中国农药工业协会]]发布")
    d.date("显示，[[10月份]]中国农药", "2026-10", "")
    # 点 counts the points of an index after a cue (GUIDELINES: 报)
    d.metric("价格指数报[[76.3点]]", "76.3", "点", "exact", "")
    d.metric("同比下降[[约4.1%]]", "4.1", "%", "approx", "")
    d.org("。[[浙江新安化工集团股份有限公司]]（")
    d.org("以下简称“[[新安股份]]”）表示")
    # a county-level city (under 杭州), SPEC
    d.city("位于[[建德]]的草甘膦")
    d.metric("开工率[[约75%]]", "75", "%", "approx", "建德市")
    d.metric("报价每吨[[约2.35万元]]", "2.35e4", "元", "approx", "建德市")
    # a start of the year is the year (SPEC), the reference year
    d.date("较[[年初]]上涨", Y, "建德市")
    d.metric("上涨[[约6%]]；", "6", "%", "approx", "建德市")
    # a listed group and its subsidiary: two ORGs across 旗下
    d.org("；[[湖北兴发化工集团股份有限公司]]旗下")
    d.org("旗下[[湖北泰盛化工有限公司]]的")
    d.org("。[[江苏扬农化工股份有限公司]]（")
    d.org("以下简称“[[扬农化工]]”）今年")
    d.date("扬农化工”）[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约82亿元]]", "82e8", "元", "approx", "")
    d.org("；[[利尔化学股份有限公司]]今年")
    d.date("利尔化学股份有限公司[[今年前三季度]]营业", Y, "")
    d.metric("营业收入[[约61亿元]]", "61e8", "元", "approx", "")
    # P6 cooperatives and reserves (潍坊、临沂、菏泽 and 周口、商丘、驻马店
    # in their sentences)
    # GUIDELINES: 供销社, 供销合作社 and 联合社 are heads; 总社 with its
    # proper stem; its short form 供…销…总…社 in order
    d.org("主渠道，[[中华全国供销合作总社]]（")
    d.org("以下简称“[[供销总社]]”）相关")
    d.date("介绍，[[今年]]系统承担", Y, "")
    d.metric("储备任务[[约620万吨]]", "620e4", "吨", "approx", "")
    d.metric("储备总量的[[六成以上]]", "60", "%", "over", "")
    d.org("其中[[中国农业生产资料集团有限公司]]（")
    d.org("以下简称“[[中农集团]]”）承储")
    d.metric("承储[[约145万吨]]", "145e4", "吨", "approx", "")
    # a province's cooperative: an ORG with its place (GUIDELINES 省供销社)
    d.org("。[[山东省供销合作社]]表示")
    d.date("全省[[今年]]冬储", Y, "")
    d.metric("冬储化肥计划[[约215万吨]]", "215e4", "吨", "approx", "")
    # three cities opening their clause before their collective label 三市
    # (SPEC 五市; check_collective)
    d.city("；[[潍坊]]、")
    d.city("潍坊、[[临沂]]、")
    d.city("临沂、[[菏泽]]三市")
    # the rule: the nearest city before (菏泽, the list's last), though the
    # three figures are one each: the rule as written
    d.metric("分别落实[[约38万吨]]", "38e4", "吨", "approx", "菏泽市")
    d.metric("、[[约33万吨]]和", "33e4", "吨", "approx", "菏泽市")
    d.metric("和[[约29万吨]]。", "29e4", "吨", "approx", "菏泽市")
    d.org("。[[河南省供销合作社]]则在")
    # a list of cities sharing one head (SPEC 广州、深圳等机场)
    d.city("则在[[周口]]、")
    d.city("周口、[[商丘]]、")
    d.city("商丘、[[驻马店]]等")
    d.metric("前置仓[[约260个]]", "260", "个", "approx", "驻马店市")
    # 以上 inside (SPEC); 多在 no marker (precedent XA)
    d.metric("多在[[500吨以上]]", "500", "吨", "over", "驻马店市")
    # P7 agriculture bureaus (黑龙江 a province; 哈尔滨 and 周口 only inside
    # ORG rows: no CITY)
    d.org("黑龙江，[[黑龙江省农业农村厅]]数据")
    # 明年 before 春耕 (no season word): the year (GUIDELINES: a season
    # with a year word gives only the year)
    d.date("全省[[明年]]春耕", NY, "")
    d.metric("需求[[约790万吨]]", "790e4", "吨", "approx", "")
    d.metric("已到位[[约486万吨]]", "486e4", "吨", "approx", "")
    d.metric("到位率[[约62%]]", "62", "%", "approx", "")
    # 去年 with no non-relative period stated before it in its sentence
    # (明年 is relative): from the reference year (GUIDELINES)
    d.date("较[[去年]]提高", LY, "")
    d.metric("提高[[约5个百分点]]", "5", "百分点", "approx", "")
    d.org("；[[哈尔滨市农业农村局]]表示")
    d.date("全市[[今年]]组织", Y, "")
    d.metric("到户价每吨[[约1980元]]", "1980", "元", "approx", "")
    # 上年同期 after 今年: the year before (SPEC; check_last_year_period)
    d.date("比[[上年同期]]低", LY, "")
    d.metric("低[[约150元]]", "150", "元", "approx", "")
    d.org("。[[周口市农业农村局]]测算")
    d.metric("化肥成本[[约198元]]", "198", "元", "approx", "")
    # N年前 a relative DATE (SPEC 两年前), from the reference year
    d.date("较[[两年前]]下降", "2024", "")
    d.metric("下降[[约12%]]", "12", "%", "approx", "")
    # P8 prices and finance (no CITY)
    d.org("\n\n[[中国农业生产资料流通协会]]上周")
    # the ISO week before W48
    d.date("流通协会[[上周]]发布", "2026-W47", "")
    d.metric("价格指数报[[2618点]]", "2618", "点", "exact", "")
    d.metric("环比下降[[约0.6%]]", "0.6", "%", "approx", "")
    d.metric("综合指数报[[1.04点]]", "1.04", "点", "exact", "")
    d.org("。[[中国农业发展银行]]表示")
    d.date("表示，[[今年]]已累计", Y, "")
    d.metric("流通贷款[[约186亿元]]", "186e8", "元", "approx", "")
    d.date("较[[去年]]增长", LY, "")
    d.metric("增长[[约11%]]", "11", "%", "approx", "")
    d.metric("储备企业[[约430家]]", "430", "家", "approx", "")
    # P9 the outlook (no CITY)
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[农业农村部]]有关")
    # GUIDELINES' own form 国家发展改革委
    d.org("会同[[国家发展改革委]]等")
    # 明年 attached (SPEC), from the reference year
    d.date("确保[[明年一季度]]春耕", "2027-Q1", "")
    # yearless holidays, the coming ones (GUIDELINES), in a sentence with
    # no year word
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    # a month in a sentence whose period is a yearless holiday: the year
    # that puts it nearest 元旦 (GUIDELINES; check_holiday_period)
    d.date("，[[12月]]计划", "2026-12", "")
    # 约 before 占 qualifies the share across the verb (GUIDELINES 约占全国
    # 的四成)
    d.metric("冬储总量的[[三成]]", "30", "%", "approx", "", sep="约")
    # a range: two mentions, each with its own 元 (SPEC); 每吨 outside
    d.metric("每吨[[1650元]]至", "1650", "元", "exact", "")
    d.metric("至[[1800元]]之间", "1800", "元", "exact", "")
    audit = {
        "orgs": ["农民日报", "中国农网", "农业农村部种植业管理司", "国家统计局",
                 "青海盐湖工业股份有限公司", "盐湖股份",
                 "国投新疆罗布泊钾盐有限责任公司", "国投罗钾", "海关总署",
                 "中国无机盐工业协会钾盐钾肥行业分会", "亚钾国际",
                 "郑州商品交易所", "中国氮肥工业协会",
                 "山东华鲁恒升化工股份有限公司", "华鲁恒升",
                 "河南心连心化学工业集团股份有限公司", "心连心",
                 "中国磷复肥工业协会", "云天化集团有限责任公司",
                 "云南云天化股份有限公司", "云天化", "贵州磷化集团",
                 "湖北宜化化工股份有限公司", "新洋丰农业科技股份有限公司",
                 "新洋丰", "中国农药工业协会", "浙江新安化工集团股份有限公司",
                 "新安股份", "湖北兴发化工集团股份有限公司",
                 "湖北泰盛化工有限公司", "江苏扬农化工股份有限公司", "扬农化工",
                 "利尔化学股份有限公司", "中华全国供销合作总社", "供销总社",
                 "中国农业生产资料集团有限公司", "中农集团", "山东省供销合作社",
                 "河南省供销合作社", "黑龙江省农业农村厅", "哈尔滨市农业农村局",
                 "周口市农业农村局", "中国农业生产资料流通协会",
                 "中国农业发展银行", "农业农村部", "国家发展改革委"],
        "cities": ["格尔木", "万象", "德州市", "新乡", "贵阳", "宜昌", "荆门",
                   "建德", "潍坊", "临沂", "菏泽", "周口", "商丘", "驻马店",
                   # cities written only inside ORG rows (SPEC: no CITY):
                   # 郑州 (郑州商品交易所), 哈尔滨 (哈尔滨市农业农村局)
                   "郑州", "哈尔滨",
                   # absent cities as guards: none written
                   "北京", "上海", "西宁", "昆明", "武汉", "扬州", "绵阳",
                   "温哥华", "明斯克", "济南", "石家庄"],
        "excluded": [],
        "numbers_excluded": [],
        # 一 of 一位行业分析师 (GUIDELINES: 一 before a measure word is the
        # indefinite article)
        "cn_excluded": ["。[[一]]位行业分析师"],
        "collectives": [("菏泽[[三]]市", 3)],
        "latin_excluded": [],
        # words that are no DATE or figure: 二铵 (x4) and 一铵 (磷酸二铵 and
        # 磷酸一铵, the fertilizers' names: DAP and MAP, no count); 同期,
        # 以来, 每年, 近年, 全年, 日均, 目前 ... (none written but 目前 x3: no
        # time character, no row)
        "words_excluded": {"二铵": 4, "一铵": 1, "同期": 0, "以来": 0,
                           "每年": 0, "近年": 0, "全年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and trade names a cut ORG would leave outside
        "orgwords_excluded": {"企业": 3, "协会": 0, "公司": 0, "集团": 0,
                              "股份": 0, "交易所": 0, "总署": 0, "统计局": 0,
                              "分会": 0, "供销": 0, "合作社": 0, "农业农村": 0,
                              "银行": 0, "发展改革委": 0, "管理司": 0,
                              "盐湖": 1, "国投": 0, "罗钾": 0, "亚钾": 0,
                              "华鲁": 0, "心连心": 0, "云天化": 0, "磷化": 0,
                              "宜化": 0, "洋丰": 0, "新安": 0, "兴发": 0,
                              "泰盛": 0, "扬农": 0, "利尔": 0, "中农": 0,
                              "农网": 0, "日报": 0},
        "orgstring_excluded": [],
    }
    return d, audit
# ===========================================================================
# g330 Taiwan's coaches and buses in November 2026: the byline (台北) and
# the national figures (交通部公路局 20日: 今年1月至10月; 今年前3季, 114年底);
# fares and subsidies (中華民國公共汽車客運公會全聯會 本月中旬; 公路客運審議
# 委員會, 明年元旦; 交通部 今年, 113年, 明（116）年度; 立法院交通委員會 明年
# 3月); drivers (公路局 今年, 勞動部); operators (國光客運 今年第3季, 第2季:
# 台北－台中、台北－台南; 統聯客運與和欣客運 台北－高雄 今年前10月; 葛瑪蘭
# 客運: 台北; 交通部高速公路局 今年3月: 阿羅哈客運; 國光客運 今年前3季, 去年
# 同期); city buses (台北市公共運輸處: 台北市 今年前10月; 新北市政府交通局:
# 首都客運, 大都會客運, 欣欣客運, 新北市; 台中市政府交通局: 台中 年底; 高雄市
# 政府交通局: 高雄 今年前3季, 去年同期); electric buses (公路局 今年, 明年;
# 華德動能 昨（21）日, 大都會客運; 成運 今年前3季, 第4季; 鴻華先進, 府城客運,
# 新營客運; 台電 今年); tickets (悠遊卡股份有限公司 10月; 一卡通票證股份有限
# 公司: 高雄、台南 10月; 淡江大學運輸管理學系, 台灣高鐵 今年前10月); local
# governments (桃園市政府交通局, 桃園機場 今年前10月; 基隆市政府 明年1月,
# 基隆; 台南市政府交通局: 台南 今年, 去年; 嘉義市); the
# outlook (年底, 春節; 公路局: 聖誕節, 元旦, 農曆春節; 台灣高鐵, 台鐵公司;
# 環境部與經濟部產業發展署 119年).  Traditional as Taiwan writes it (台, 占,
# 公布, 整併, 年增, 新台幣, 億, 萬, 2億6,150萬-style figures, ROC years),
# stored as UTF-16 LE with a BOM, 2026-11-22 (a Sunday, the last day of ISO
# week 2026-W47), 聯合報; its byline 記者沈佩瑤／台北報導 names no outlet and
# the city filed from (台北; ／ is a Big5/cp950 form, declared).  20日
# 2026-11-20; 昨（21）日 2026-11-21; 本月 2026-11; 明年 2027.
# ===========================================================================
@doc
def g330():
    d = Doc(G330)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section; it names none);
    # 前10月 right after the noun it is about (GUIDELINES: Taiwan writes the
    # first months without 个, 前10月; 全市前10个月): the reference year
    d.date("國道客運[[前10月]]運量", Y, "")
    d.metric("運量年增[[約6%]] 電巴", "6", "%", "approx", "")
    d.date("電巴[[明年]]擬再", NY, "")
    # 逾 inside the span (SPEC 逾): over; 輛 -> 辆
    d.metric("再補助[[逾800輛]]\n", "800", "辆", "over", "")
    # the byline 記者沈佩瑤／台北報導: 台北, the city filed from, a CITY (SPEC;
    # precedent XA's 〔…／台北報導〕); a line of its own, so no sentence of
    # the body shares it
    d.city("／[[台北]]報導")
    # P1 the national figures (no CITY: 全台 deictic)
    # the ministry's bureau written right after it: one ORG (GUIDELINES: a
    # government body written right after another is its department)
    d.org("\n\n[[交通部公路局]]20日")
    # a bare day takes the reference month when no month stands before it
    # in its sentence (GUIDELINES; check_bare_day)
    d.date("公路局[[20日]]公布", "2026-11-20", "")
    # a range of months: two mentions (SPEC 2024年3月至5月)
    d.date("公布，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]全台", "2026-10", "")
    # digits split by 億 before a smaller section are one figure
    # (GUIDELINES 1亿2000万元): 261500000
    d.metric("載客[[約2億6,150萬人次]]", "261500000", "人次", "approx", "")
    d.metric("年增[[約5.4%]]", "5.4", "%", "approx", "")
    d.metric("國道客運[[約9,820萬人次]]", "9820e4", "人次", "approx", "")
    d.metric("年增[[約6.1%]]", "6.1", "%", "approx", "")
    d.metric("一般公路客運[[約1億6,330萬人次]]", "163300000", "人次", "approx",
             "")
    d.metric("年增[[約5.0%]]", "5.0", "%", "approx", "")
    d.metric("疫情前的[[約七成]]", "70", "%", "approx", "")
    d.org("。[[公路局]]表示，今年前3季")
    # Taiwan's first three quarters without 度 (GUIDELINES 前3季), 今年
    # attached: the year
    d.date("表示，[[今年前3季]]客運業者", Y, "")
    # a marker before a currency written before the number stays outside
    # with it and sets the qualifier (GUIDELINES 约人民币100亿元)
    d.metric("約新台幣[[218億元]]", "218e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[約7.3%]]", "7.3", "%", "approx", "")
    # 條 -> 条 (routes counted: a measure word, not a route's number)
    d.metric("路線共[[約489條]]", "489", "条", "approx", "")
    # a bare ROC year and its end (SPEC 112年; an end of a year is the year)
    d.date("較[[114年底]]減少", LY, "")
    d.metric("減少[[12條]]", "12", "条", "exact", "")
    d.metric("國道客運[[139條]]", "139", "条", "exact", "")
    # P2 fares and subsidies (no CITY)
    # the bus operators' national federation by the name CNA and 聯合報
    # write (GUIDELINES: 全国联合会 after a trade association's name makes
    # its national federation's; 全聯會 its short form): one ORG
    d.org("運價方面，[[中華民國公共汽車客運公會全聯會]]本月")
    # a part of a month is the month (SPEC 9月上旬); 本月 from the
    # reference date
    d.date("全聯會[[本月中旬]]向", "2026-11", "")
    d.org("向[[公路局]]提出")
    d.metric("調漲[[約15%]]", "15", "%", "approx", "")
    # a range: two mentions, each with its own % (SPEC 30至80笔)
    d.metric("調漲[[8%]]至", "8", "%", "exact", "")
    d.metric("至[[12%]]。", "12", "%", "exact", "")
    d.org("。[[公路局]]表示，將送")
    # a named committee of the bureau: a government body (SPEC)
    d.org("將送[[公路客運審議委員會]]審議")
    # a year word written before a holiday is inside its span (SPEC 2024年
    # 春节); 明年 from the reference year (GUIDELINES): 2027-01-01
    d.date("最快[[明年元旦]]實施", "2027-01-01", "")
    d.org("旅客，[[交通部]]今年")
    d.date("交通部[[今年]]編列", Y, "")
    d.metric("約新台幣[[31.5億元]]", "31.5e8", "元", "approx", "",
             outer="約新台幣")
    # a bare ROC year (SPEC 112年 -> 2023); 較 outside
    d.date("較[[113年]]增加", "2024", "")
    d.metric("增加[[約4.2億元]]", "4.2e8", "元", "approx", "")
    # 明（116）年度: the bracketed ROC year of 明, 年度 inside, one span
    # (GUIDELINES)
    d.date("，[[明（116）年度]]預算", NY, "")
    d.metric("增至[[約34億元]]", "34e8", "元", "approx", "")
    # a legislature's standing committee is one ORG with it (GUIDELINES
    # 立法会第二常设委员会)
    d.org("。[[立法院交通委員會]]也要求")
    d.org("要求[[公路局]]在明年3月")
    d.date("在[[明年3月]]前", "2027-03", "")
    # P3 drivers (no CITY)
    d.org("人力方面，[[公路局]]統計")
    # a magnitude and a last section of three or four digits are one figure
    # (GUIDELINES 2萬6,512棟): 18700
    d.metric("駕駛[[約1萬8,700人]]", "18700", "人", "approx", "")
    d.metric("缺額[[約1,600人]]", "1600", "人", "approx", "")
    # an age statistic (SPEC: ages are METRIC; GUIDELINES: 岁 always
    # counts); 歲 -> 岁
    d.metric("平均年齡[[約52.6歲]]", "52.6", "岁", "approx", "")
    d.date("客運業者[[今年]]起", Y, "")
    # 最高 sets no qualifier (GUIDELINES): exact; 每月 outside
    d.metric("每月最高[[1萬元]]", "1e4", "元", "exact", "")
    d.org("獎金，[[公路局]]另補助")
    d.metric("每人每月[[5,000元]]", "5000", "元", "exact", "")
    d.metric("已補助[[約2,300人次]]", "2300", "人次", "approx", "")
    d.org("；[[公路局]]也會同")
    # 會同 (together with) stands between names, outside both (GUIDELINES)
    d.org("會同[[勞動部]]辦理")
    d.date("訓練，[[今年]]已結訓", Y, "")
    d.metric("結訓[[約420人]]", "420", "人", "approx", "")
    # P4 operators (the routes' cities in their sentences)
    # a registered name and its bracketed short form (國…光…客…運 in order)
    d.org("業者方面，[[國光汽車客運股份有限公司]]（")
    d.org("（[[國光客運]]）表示")
    # cities of routes (GUIDELINES: a route confirms its cities), special
    # municipalities
    d.city("表示，[[台北]]－台中")
    d.city("台北－[[台中]]、")
    d.city("、[[台北]]－台南")
    d.city("台北－[[台南]]等路線")
    # the rule: the nearest city before (台南, the last route's end), though
    # the rates are the company's: the rule as written
    d.date("等路線[[今年第3季]]載客率", "2026-Q3", "台南市")
    d.metric("載客率[[約62%]]", "62", "%", "approx", "台南市")
    # Taiwan's quarter without 度 (GUIDELINES 第3季), bare: the reference
    # year (check_bare_year)
    d.date("較[[第2季]]提高", "2026-Q2", "台南市")
    d.metric("提高[[約4個百分點]]", "4", "百分点", "approx", "台南市")
    # two operators joined by 與 (LISTED_PAIRS); 和 opens 和欣客運's name
    # (JOINER_CHAR_NAMES)
    d.org("；[[統聯客運]]與")
    d.org("與[[和欣客運]]共同")
    d.city("經營的[[台北]]往返")
    # 高雄 before 的 (a city right before 路 is no CITY, GUIDELINES; the
    # draft's 台北－高雄路線 was rewritten)
    d.city("往返[[高雄]]的路線")
    d.date("路線，[[今年前10月]]載客約286", Y, "高雄市")
    d.metric("載客[[約286萬人次]]", "286e4", "人次", "approx", "高雄市")
    d.metric("年增[[約9%]]。", "9", "%", "approx", "高雄市")
    d.org("。[[葛瑪蘭客運]]則指出")
    # 宜蘭縣 a county (SPEC), no CITY
    d.city("則指出，[[台北]]往返")
    # 班 counts runs after Arabic digits (GUIDELINES); 每日 outside
    d.metric("每日[[約180班]]", "180", "班", "approx", "台北市")
    d.metric("假日[[約230班]]", "230", "班", "approx", "台北市")
    # P5 double-deckers and 國光客運's loss (no CITY)
    d.org("\n\n[[交通部]]今年開放")
    d.date("交通部[[今年]]開放雙層", Y, "")
    # the ministry's bureau written right after it: one ORG
    d.org("國道，[[交通部高速公路局]]統計")
    # 自…以來 outside: a date that opens a span up to now (GUIDELINES)
    d.date("自[[今年3月]]開放", "2026-03", "")
    d.org("已有[[葛瑪蘭客運]]、")
    d.org("、[[阿羅哈客運]]等")
    # a count in Arabic digits with its measure word (not a collective
    # label: 等 closes an open list)
    d.metric("等[[4家]]業者", "4", "家", "exact", "")
    d.metric("投入[[約36輛]]", "36", "辆", "approx", "")
    # 班次 a count unit (GUIDELINES 航班3900余班次)
    d.metric("行駛[[約8,600班次]]", "8600", "班次", "approx", "")
    d.org("。[[國光客運]]則坦言")
    d.date("坦言，[[今年前3季]]稅後", Y, "")
    d.metric("虧損[[約1.8億元]]", "1.8e8", "元", "approx", "")
    # 去年同期 after 今年前3季: the year before (SPEC)
    d.date("較[[去年同期]]擴大", LY, "")
    d.metric("擴大[[約2,100萬元]]", "2100e4", "元", "approx", "")
    # P6 city buses (a city in each sentence)
    d.org("市區公車方面，[[台北市公共運輸處]]表示")
    # 台北市 with its 市 written (SPEC 杭州市), the subject
    d.city("表示，[[台北市]]今年前10月")
    d.date("台北市[[今年前10月]]公車", Y, "台北市")
    # 3億2,400萬: one figure (GUIDELINES 1亿2000万元)
    d.metric("運量[[約3億2,400萬人次]]", "324000000", "人次", "approx",
             "台北市")
    d.metric("年增[[約3.6%]]", "3.6", "%", "approx", "台北市")
    d.org("；[[新北市政府交通局]]指出")
    # items before 等業者 acting as companies (GUIDELINES: items listed
    # before 等企业/机构/单位; names ending in their trade)
    d.org("指出，[[首都客運]]、")
    d.org("、[[大都會客運]]、")
    d.org("、[[欣欣客運]]等業者")
    # the rule: the first city after in the sentence (新北市)
    d.date("等業者[[今年]]已有", Y, "新北市")
    d.metric("已有[[約1,150輛]]", "1150", "辆", "approx", "新北市")
    # 新北 and the 市 jieba glues to 公車 (GUIDELINES 新北|市公车 -> 新北市)
    d.city("占[[新北市]]公車")
    d.metric("總數[[約四成]]", "40", "%", "approx", "新北市")
    d.org("。[[台中市政府交通局]]表示")
    d.city("表示，[[台中]]目前")
    d.metric("電動公車[[約640輛]]", "640", "辆", "approx", "台中市")
    d.metric("占比[[約49%]]", "49", "%", "approx", "台中市")
    # 年底: the reference year (SPEC 年底); 前 outside
    d.date("，[[年底]]前將", Y, "台中市")
    d.metric("再增加[[約90輛]]", "90", "辆", "approx", "台中市")
    d.org("；[[高雄市政府交通局]]則指出")
    d.city("則指出，[[高雄]]今年前3季")
    d.date("高雄[[今年前3季]]市區", Y, "高雄市")
    d.metric("運量[[約5,980萬人次]]", "5980e4", "人次", "approx", "高雄市")
    d.date("較[[去年同期]]成長", LY, "高雄市")
    d.metric("成長[[約8.5%]]", "8.5", "%", "approx", "高雄市")
    # P7 electric buses (no CITY: 台中 of 台中港廠 is a port's, GUIDELINES:
    # a city before 港 is no CITY)
    d.org("方面，[[公路局]]表示，今年已")
    d.date("表示，[[今年]]已核定", Y, "")
    d.metric("電動大客車[[約1,420輛]]", "1420", "辆", "approx", "")
    d.metric("公路客運[[約260輛]]", "260", "辆", "approx", "")
    d.date("；[[明年]]擬再", NY, "")
    d.metric("擬再補助[[逾800輛]]，", "800", "辆", "over", "")
    # 最高 sets no qualifier, but 約 before the currency does (GUIDELINES:
    # an adjacent 约 still does; a marker before a currency)
    d.metric("約新台幣[[1,000萬元]]", "1000e4", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[華德動能科技股份有限公司]]（")
    d.org("（[[華德動能]]）昨")
    # 昨（21）日: one span, the bracketed day agreeing with the word (SPEC
    # 今（5）日; GUIDELINES 昨（2）日)
    d.date("華德動能）[[昨（21）日]]在", "2026-11-21", "")
    d.metric("將[[18輛]]電動巴士", "18", "辆", "exact", "")
    d.org("交付[[大都會客運]]，")
    d.date("，[[今年]]累計交車", Y, "")
    d.metric("已[[突破300輛]]", "300", "辆", "over", "")
    d.org("；[[成運汽車製造股份有限公司]]（")
    # 成…運 in order (GUIDELINES: a bracketed short form)
    d.org("（[[成運]]）表示")
    d.date("成運）表示，[[今年前3季]]電動", Y, "")
    d.metric("出貨[[約210輛]]", "210", "辆", "approx", "")
    d.date("，[[第4季]]訂單", "2026-Q4", "")
    d.metric("訂單[[約120輛]]", "120", "辆", "approx", "")
    d.org("；[[鴻華先進科技股份有限公司]]（")
    d.org("（[[鴻華先進]]）則")
    # items before 等業者, two Tainan operators by their names (新營 a
    # district of 台南, no CITY)
    d.org("已獲[[府城客運]]、")
    d.org("、[[新營客運]]等業者")
    d.org("。[[台灣電力公司]]（")
    # 台…電 in order
    d.org("（[[台電]]）也表示")
    d.date("也表示，[[今年]]已完成", Y, "")
    # 處 -> 处 (sites counted)
    d.metric("建置[[約95處]]", "95", "处", "approx", "")
    # 瓩 (Taiwan's kilowatt) a unit as written (GUIDELINES 4,210万瓩)
    d.metric("總容量[[約21萬瓩]]", "21e4", "瓩", "approx", "")
    # P8 tickets and competition
    d.org("票證方面，[[悠遊卡股份有限公司]]統計")
    d.date("統計，[[10月]]使用", "2026-10", "")
    d.metric("公路客運[[約1,930萬人次]]", "1930e4", "人次", "approx", "")
    d.metric("總運量[[約三成]]", "30", "%", "approx", "")
    d.org("；[[一卡通票證股份有限公司]]則")
    # cities before 地區 (GUIDELINES: a city before 地区 counts), a list
    d.city("表示，[[高雄]]、台南地區")
    d.city("高雄、[[台南]]地區")
    # the rule: the nearest city before (台南, the list's last), though the
    # volume is both cities': the rule as written
    d.date("地區[[10月]]客運", "2026-10", "台南市")
    d.metric("刷卡量年增[[約12%]]", "12", "%", "approx", "台南市")
    # a department after a university is part of it (GUIDELINES 淡江大學
    # 運輸管理學系): one ORG
    d.org("。[[淡江大學運輸管理學系]]一位")
    # Taiwan High Speed Rail by the name news writes, acting
    d.org("指出，[[台灣高鐵]]今年")
    d.date("台灣高鐵[[今年前10月]]運量", Y, "")
    d.metric("已[[突破6,000萬人次]]", "6000e4", "人次", "over", "")
    # P9 local governments (基隆, 台南, 嘉義市 in their sentences)
    d.org("方面，[[桃園市政府交通局]]表示")
    # an airport's name is an ORG with no CITY inside (SPEC)
    d.org("往返[[桃園機場]]的")
    d.date("國道客運[[今年前10月]]載客約410", Y, "")
    d.metric("載客[[約410萬人次]]", "410e4", "人次", "approx", "")
    d.metric("疫情前的[[約九成]]", "90", "%", "approx", "")
    d.org("；[[基隆市政府]]則自")
    # the rule: the first city after in the sentence (基隆 of 基隆公車)
    d.date("則自[[明年1月]]起", "2027-01", "基隆市")
    d.metric("全票由[[15元]]調為", "15", "元", "exact", "基隆市")
    d.metric("調為[[18元]]，", "18", "元", "exact", "基隆市")
    # a provincial city as a modifier (SPEC 杭州特色; 基隆 is CITY)
    d.city("這是[[基隆]]公車")
    d.org("。[[台南市政府交通局]]也指出")
    d.city("也指出，[[台南]]今年")
    d.date("台南[[今年]]市區", Y, "台南市")
    d.metric("虧損補貼[[約3.6億元]]", "3.6e8", "元", "approx", "台南市")
    d.date("較[[去年]]增加約一成", LY, "台南市")
    d.metric("增加[[約一成]]", "10", "%", "approx", "台南市")
    # 嘉義 counts only as 嘉義市 (GUIDELINES; TAIWAN_SHI_ONLY)
    d.city("。[[嘉義市]]則有")
    d.metric("則有[[約42%]]的", "42", "%", "approx", "嘉义市")
    # P10 the outlook (no CITY)
    # 年底: the reference year (SPEC), nearest the yearless 春節 too
    # (GUIDELINES: a part of the year that points at a month in a sentence
    # whose period is a yearless holiday); 春節 yearless, the coming one
    d.date("展望[[年底]]及", Y, "")
    d.date("年底及[[春節]]疏運", "2027-02-06", "")
    d.org("，[[公路局]]預估")
    # yearless holidays, the coming ones (GUIDELINES); Taiwan's 聖誕節 12-25;
    # 假期 outside
    d.date("預估，[[聖誕節]]及", "2026-12-25", "")
    d.date("聖誕節及[[元旦]]假期", "2027-01-01", "")
    d.metric("日均運量可達[[約38萬人次]]", "38e4", "人次", "approx", "")
    # GUIDELINES: 农历春节 is 春节; yearless, the coming one; 假期 outside
    d.date("；[[農曆春節]]假期", "2027-02-06", "")
    d.metric("班次[[約1.2萬班]]", "1.2e4", "班", "approx", "")
    d.org("協調[[台灣高鐵]]、")
    # 台灣鐵路's company since 2024 by the short name news writes
    d.org("、[[台鐵公司]]與")
    # a ministry and another ministry's agency joined by 與 (LISTED_PAIRS)
    d.org("。[[環境部]]與")
    d.org("與[[經濟部產業發展署]]也")
    # bare ROC years (SPEC 112年 -> 2023): 119年 -> 2030; 至 outside
    d.date("補助至[[119年]]，", "2030", "")
    d.date("目標在[[119年]]讓", "2030", "")
    audit = {
        "orgs": ["交通部公路局", "公路局", "中華民國公共汽車客運公會全聯會",
                 "公路客運審議委員會", "交通部", "立法院交通委員會", "勞動部",
                 "國光汽車客運股份有限公司", "國光客運", "統聯客運", "和欣客運",
                 "葛瑪蘭客運", "交通部高速公路局", "阿羅哈客運",
                 "台北市公共運輸處", "新北市政府交通局", "首都客運", "大都會客運",
                 "欣欣客運", "台中市政府交通局", "高雄市政府交通局",
                 "華德動能科技股份有限公司", "華德動能",
                 "成運汽車製造股份有限公司", "成運", "鴻華先進科技股份有限公司",
                 "鴻華先進", "府城客運", "新營客運", "台灣電力公司", "台電",
                 "悠遊卡股份有限公司", "一卡通票證股份有限公司",
                 "淡江大學運輸管理學系", "台灣高鐵", "桃園市政府交通局",
                 "桃園機場", "基隆市政府", "台南市政府交通局",
                 "台鐵公司", "環境部", "經濟部產業發展署"],
        "cities": ["台北", "台北市", "台中", "台南", "高雄", "新北市", "基隆",
                   "嘉義市",
                   # cities written only inside ORG rows (SPEC: no CITY),
                   # or before 港 (台中港廠): 桃園 (桃園市政府交通局, 桃園
                   # 機場), 嘉義 only inside 嘉義市
                   "桃園", "嘉義",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "新竹", "花蓮", "屏東", "苗栗", "香港",
                   "東京", "上海", "廈門"],
        # 台中 of 台中港廠 (a plant at the port of 台中: a city right before
        # 港 is no CITY, GUIDELINES 天津港)
        "excluded": ["在[[台中港]]廠"],
        "numbers_excluded": [],
        # 一 of 一位教授 (GUIDELINES: 一 before a measure word is the
        # indefinite article); 一般 and 雙層 below (words)
        "cn_excluded": ["學系[[一]]位"],
        "collectives": [],
        # TPASS, the government's commuter pass (a product, no ORG and no
        # figure)
        "latin_excluded": ["[[TPASS]]月票"],
        # words that are no DATE or figure: 年增 (x10, year on year), 年齡 (an
        # age's word: the age itself is a METRIC row), 每月 (x2, recurring,
        # SPEC 每月5日), 每日 (daily), 平日 and 假日 (weekdays, holidays in
        # general), 月票 (a monthly pass), 多年來 (for years), 日均 (daily
        # average); 一般 (一般公路客運, ordinary highway coaches) and 雙層
        # (x2, double-decker) hold no figure; 同期 only inside 去年同期,
        # 以來 once (自今年3月開放以來, outside its row), 全年, 近年, 每年
        # (none written)
        "words_excluded": {"年增": 10, "年齡": 1, "每月": 2, "每日": 1,
                           "平日": 1, "假日": 1, "月票": 1, "多年來": 1,
                           "日均": 1, "一般": 1, "雙層": 2, "以來": 1,
                           "全年": 0, "近年": 0, "每年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and trade names a cut ORG would leave outside
        "orgwords_excluded": {"業者": 8, "政府": 1, "公司": 0, "交通局": 0,
                              "公路局": 0, "委員會": 0, "股份有限公司": 0,
                              "運輸處": 0, "全聯會": 0, "公會": 0, "高鐵": 0,
                              "台鐵": 0, "台電": 0, "悠遊卡": 0, "一卡通": 0,
                              "華德": 0, "鴻華": 0, "首都": 0, "大都會": 0,
                              "欣欣": 0, "統聯": 0, "和欣": 0, "國光": 0,
                              "葛瑪蘭": 0, "阿羅哈": 0, "淡江": 0, "機場": 0,
                              "環境部": 0, "勞動部": 0, "立法院": 0,
                              "經濟部": 0, "高速公路局": 0, "審議": 1},
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


def half_break(text, i):
    """A space between Han characters, or after a figure's %, stands
    between a headline's halves: each half is its own sentence for dates
    (GUIDELINES; annotate_mb.py's, ported in annotate_na.py), but not for
    the city column (GUIDELINES: for the city column a headline is one
    sentence; rule_city no longer uses it, see there).  Here it counts the
    halves each title declares (TITLE_HALVES: g329's space after 约6%,
    g330's after 約6%; annotate_qa.py's)."""
    if text[i] not in (" ", "\u3000") or i == 0 or i + 1 >= len(text):
        return False
    han = re.compile("[\u3400-\u9fff\U00020000-\U0003ffff]")
    return bool((han.match(text[i - 1]) or text[i - 1] in "%％") and
                han.match(text[i + 1]))


def rule_city(text, rows, r):
    """GUIDELINES `city` rule for a DATE/METRIC row: a city section (a
    non-empty line of <= 40 characters with no clause punctuation 。，,；;！？
    that opens with a CITY mention, alone or followed by ：, :, a space or a
    dash) gives its city to every DATE/METRIC from its heading line up to
    the next heading; any other heading ends it.  Outside a section: the
    nearest CITY before the row in its sentence (ends at 。！？；!?; or a
    line break), else the first after it; else empty.  A headline is one
    sentence here: its spaces do not end it (GUIDELINES: "For the city
    column a headline is one sentence: the space between its halves, which
    separates two sentences for dates, does not end it here, so a figure in
    the first half takes a city of the second half when the first half
    names none"; annotate_qa.py's reading, kept: annotate_pa.py split it at
    half_break(), against that line).  Neither title here names a city,
    so their rows take none (as in annotate_xa.py's pair); annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading.  g330's byline
    記者沈佩瑤／台北報導 stands on a line of its own (a line break ends a
    sentence), so its 台北 gives no city to the body, unlike annotate_xa
    .py's opener at the head of its first paragraph."""
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
    # 上年 and 前年 count like 去年 (GUIDELINES: 去年, 上年, 前年 count from
    # a non-relative period stated earlier in the same sentence, else from
    # the reference; new in annotate_na.py; kept, unused here: neither
    # article writes 上年 or 前年)
    if tx in ("上年", "前年"):
        s = r["start"]
        while s > 0 and d.text[s - 1] not in SENT_END:
            s -= 1
        stated = sorted((x for x in d.rows if x["type"] == "DATE" and
                         s <= x["start"] and x["end"] <= r["start"] and
                         not re.match("[今明去上本下昨前]", x["text"]) and
                         x["text"] not in HOLIDAY),
                        key=lambda x: x["start"])
        base = int(stated[-1]["normalized"][:4]) if stated else ref.year
        assert norm == str(base - (1 if tx == "上年" else 2)), r
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
    m = re.fullmatch(r"([昨今明])（(\d{1,2})）日", tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        assert norm == day.isoformat() and day.day == int(m.group(2)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES); but a
    day alone in brackets right after a day word whose day it repeats is
    that word's own day, whatever month the sentence named before
    (GUIDELINES: 随着圣诞及农历新年临近，…本周四（26日） -> 2026-11-26, not
    February's 26th; annotate_sa.py's addition, for its g294's
    00919於12月18日除息…，並將於本週四（26日）公告; annotate_wa.py used it
    for its g318's 明年1月16日至18日; kept, unused here: neither article
    writes a bare day; check_gloss asserts a bracketed day's date as the
    word's, kept, unused)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    if d.text[r["start"] - 1:r["start"]] == "（" and \
            d.text[r["end"]:r["end"] + 1] == "）":
        word = [x for x in d.rows if x["type"] == "DATE" and
                x["end"] == r["start"] - 1 and
                re.fullmatch(r"\d{4}-\d\d-\d\d", x["normalized"]) and
                not re.search(r"\d", x["text"])]
        if word and int(word[0]["normalized"][8:]) == int(r["text"][:-1]):
            assert r["normalized"] == word[0]["normalized"], (word[0], r)
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



def check_forward(d, r):
    """After a period counted forward (明年, 后年, 明（N）年) earlier in the
    same sentence, a month, quarter or 年底 written without a year is its
    next occurrence from the reference date (GUIDELINES: 明年3月开工，6月竣工
    -> next year's June; 明年一季度…，四季度 -> this year's Q4; new in
    annotate_ga.py)."""
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
    四季度 -> 2026-Q4 in November 2026; annotate_oc.py's check, as
    annotate_ra.py, annotate_ta.py, annotate_ua.py and annotate_va.py kept
    it; used here: g329's 随着元旦、春节临近，…，12月计划投放量… ->
    2026-12).  The holiday is the first such one of the sentence; its date
    is the table's, recomputed by check_holiday()."""
    tx = r["text"]
    m = re.fullmatch(r"(\d{1,2})月(?:底|初|末|[上中下]{1,2}旬)?|"
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


def check_bare_period(d, r):
    """Several months or quarters written without a year (前三季度, 前10个月,
    前10月, 前3季, 上半年) are the reference year's when no year is stated or
    counted before them in their sentence (SPEC: several months or quarters
    of a year normalize to the year; GUIDELINES: 今年 counts from the
    reference date; annotate_qc.py's check, ported: annotate_qa.py's
    check_precision asserted a year, not which)."""
    tx = r["text"]
    if not re.fullmatch(r"(前|首)(\d+|[一二三四五六七八九十]+)[个個]?月|"
                        r"(前|首)[三3]季度?|[上下]半年", tx):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    if re.search(r"\d{2,4}[）)]?年|[〇零一二三四五六七八九]{4}年|"
                 r"[明去前后後]年|来年|來年", d.text[s:r["start"]]):
        return
    ref = datetime.date.fromisoformat(d.published)
    assert r["normalized"] == str(ref.year), ("year of a bare period", r)


def check_shiyi(d, r):
    """十一 is National Day (10-01) only before 黄金周, 长假, 小长假, 假期,
    期间 or 国庆, a closing quote allowed between; the number eleven
    elsewhere (GUIDELINES; annotate_qc.py's check, as annotate_ra.py kept
    it; unused here: neither article writes 十一).  A 十一 DATE row must
    stand before such a cue (the audit in check() reads every 十一 outside a
    row)."""
    if r["type"] != "DATE" or r["text"] != "十一":
        return
    after = d.text[r["end"]:r["end"] + 4].lstrip("”」’』\"'")
    assert after.startswith(SHIYI_CUES), ("十一 without a holiday cue", r)


def check_within_year(d, r):
    """年内 alone is the year the sentence is about (GUIDELINES: like 年底 and
    SPEC's 今年年内): the year of the last DATE written before it in its
    sentence, else the reference year (annotate_ra.py's check, used by
    annotate_sa.py's g293 and annotate_ua.py's g305; kept, unused here:
    neither article writes 年内/年內)."""
    if r["text"] not in ("年内", "年內"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    year = prev[-1]["normalized"][:4] if prev else d.published[:4]
    assert r["normalized"] == year, ("year of 年内", r)


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底), and in annotate_ia.py
    to two parts of a month (1月中下旬)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    # (同期 after a year written in 2-3 digits, a ROC year, 114年同期, and
    # after 今年: GUIDELINES' 2019年同期, 今年同期 give the year; new in an
    # earlier line, after the mutation 114年同期 as 2025-Q3 passed the
    # 4-digit form)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|(?<!\d)\d{2,3}"
                 r"[）)]?年同期|今年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    # (中下旬 and 上中旬, GUIDELINES 11月中下旬, added in annotate_ia.py)
    if re.search(r"月(上旬|中旬|下旬|中下旬|上中旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    # (a quarter's end or start, 三季度末, is the quarter: GUIDELINES
    # 第三季度末; annotate_fc.py's addition, new in this script's line)
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?(?:末|初|底)?$", tx)
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


# time units (GUIDELINES: 天 年 个月 小时 … count only after a statistic cue;
# a time figure right before a verb of change is the baseline of a measured
# time) and the cues that make a time figure a statistic (annotate_ib.py)
# what may follow a 市 that starts the next word after a city (SPEC
# 杭州市级, 常州市场, 常州市区, 成都市民; annotate_dc.py's list)
SHI_NEXT = set("级級场場区區民内內外政郊")
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮", "天数", "天數")     # 天数: GUIDELINES' cue list
# a city right before these is a street, a district, a port or a station,
# no CITY (GUIDELINES: 南京路, 天津港, 广州地铁; annotate_oc.py's CITY_STOPS)
CITY_STOPS = ("机场", "機場", "国际机场", "國際機場", "地铁", "地鐵", "捷运",
              "捷運", "站", "路", "区", "區", "县", "縣", "州", "港")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py; 天数 among the
    cues, annotate_pa.py's addition: GUIDELINES name it).  Kept, unused
    here: neither article writes a figure in a time unit (g330's 約52.6歲
    is an age, which always counts)."""
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
    annotate_ib.py)."""
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
    METRIC); the complement of check_collective (annotate_ba.py's, as
    annotate_wa.py used it for its g318's 兩所; kept here: g329's 八成以上,
    九成左右, 约两成, 六成以上 and 三成 and g330's 約七成, 約四成, 約三成,
    約九成 and 約一成 stand after no 、-list in their clause, and the list
    before g329's 三市 opens its clause, NOTES_ya.md)."""
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


def check_no_collective_metric(d, r):
    """A METRIC that is a small count in Chinese numerals right after a list
    of as many items (、, and 和/及/与 before the last) is the list's
    collective label, no METRIC (GUIDELINES: 隆基绿能 … 晶澳科技五家; SPEC
    两地, 五市): such a row must not be written (annotate_bc.py's check,
    ported here: annotate_ba.py let a collective written as a METRIC pass
    once its declaration was dropped)."""
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


def check_per_before(d, r):
    """A METRIC right after 每 + a measure word (每吨11.35万元) keeps 每 and
    the measure word outside its span and its unit (GUIDELINES: 每平方米16712
    元 -> unit 元); a unit with a slash denominator must be declared in
    PER_UNITS (none here), and no undeclared slash rate stands in the text
    (annotate_pb.py's check, as annotate_ra.py kept it; 公噸 and 公吨 added
    to its measure words by annotate_ua.py, for its g306's 每公噸2,950元;
    used here: g329's 每吨 before 358美元, 1682元, 1720元左右, 约3750元,
    约2.35万元, 约1980元 and 1650元 (each right before its figure, the unit
    元 or 美元, 每吨 outside); g330's 每月最高, 每人每月, 每日 and 每輛最高
    stand before figures with words between or with measure words not in
    the list).
    The denominator ends the span but for a suffix marker after it
    (annotate_va.py's reading, for its g311's 18元/平方米左右)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
        # the denominator stands in the span too (GUIDELINES: 16712元/平方米),
        # before a suffix marker if one closes the span (18元/平方米左右)
        body = r["text"]
        for suffix, _ in QUAL_SUFFIX:
            if body.endswith(suffix):
                body = body[:-len(suffix)]
                break
        assert body.endswith(r["unit"].split("/", 1)[1]), r
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](公噸|公吨|吨|噸|筆|笔|艘|公斤|平方米|立方米|平方呎|呎|宗)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check_line3(d, rows):
    """The third line of each article holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_xa.py
    kept it; annotate_wa.py's opener branch kept, unused): g329's byline
    农民日报·中国农网记者 韩祎 is the whole line, its two outlets joined by
    the name dot two ORGs (GUIDELINES: a byline at the start of a line names
    its outlet; outlets joined by a name dot in a byline are two ORGs,
    农民日报·中国农网), the reporter's name no row; g330's byline
    記者沈佩瑤／台北報導 is the whole line, naming no outlet (聯合報's form),
    and its 台北, the city filed from, is a CITY; the rows stand in the
    declared order and none straddles the line's ends (annotate_wa.py's).
    Outlets that open the line are the declared ORGs, joined by the dot,
    right before 记者 (annotate_xa.py read one outlet; here several)."""
    lines = d.text.split("\n")
    line3, want = LINE3[d.doc_id]
    s3 = len(lines[0]) + len(lines[1]) + 2
    if d.doc_id in OPENER:
        assert lines[1] == "" and lines[2].startswith(line3) and \
            len(lines[2]) > len(line3), (d.doc_id, lines[2][:20])
    else:
        assert lines[1] == "" and lines[3] == "" and lines[2] == line3, (
            d.doc_id, lines[2])
    e3 = s3 + len(line3)
    got = [(r["type"], r["text"]) for r in rows
           if s3 <= r["start"] and r["end"] <= e3]
    assert got == want, (d.doc_id, got)
    for r in rows:                          # no row straddles the text
        assert r["end"] <= s3 or r["start"] >= e3 or (
            s3 <= r["start"] and r["end"] <= e3), r
    if want and want[0][0] == "ORG":        # outlets open the line
        outlets = [t for typ, t in want if typ == "ORG"]
        assert [typ for typ, _ in want] == ["ORG"] * len(outlets), want
        assert line3.startswith("·".join(outlets) + "记者"), line3


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
        # two ORG rows never touch: a department or unit written right after
        # a body belongs to it (SPEC 蚂蚁金服集团银行服务部; GUIDELINES), so a
        # body cut from its department would leave two touching rows
        # (annotate_ob.py's check, ported here)
        assert not (prev["type"] == cur["type"] == "ORG" and
                    prev["end"] == cur["start"]), ("touching ORGs", prev, cur)
        # an attached 今年/明年/去年 belongs to the date after it (SPEC: the
        # span includes an attached 今年/去年, 今年4月18日): no DATE row of a
        # bare year word touches a DATE row after it (annotate_pc.py's check,
        # ported: annotate_pa.py lacked it)
        assert not (prev["type"] == cur["type"] == "DATE" and
                    prev["end"] == cur["start"] and
                    prev["text"] in ("今年", "明年", "去年")), (
            "a year word cut from its date", prev, cur)
    check_line3(d, rows)
    # each title's spaces make the declared number of halves (half_break:
    # a sentence break for dates only; TITLE_HALVES)
    title = d.text.split("\n", 1)[0]
    assert 1 + sum(half_break(d.text, i) for i in range(len(title))) == \
        TITLE_HALVES[d.doc_id], (d.doc_id, "title halves")
    # each declared no-span character (the name dot · and 祎 of g329's
    # byline, outside GB2312; the ／ of g330's byline, a Big5/cp950 form)
    # stands once, on the byline (the third line), and in no span (checked
    # per row below)
    for ch in d.no_span_chars:
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == 1, (d.doc_id, ch, places)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        lines = d.text.split("\n")
        line3 = len(lines[0]) + len(lines[1]) + 2
        for c in d.no_span_chars:       # the declared characters stand in
            assert c in lines[2], c     # the byline or dateline (the third
            # line) before every span but the title's and the outlets' at
            # the start of that line (annotate_fb.py's ASTRAL_BEFORE_BODY:
            # annotate_ua.py's g305, annotate_vb.py's g313 and annotate_wa
            # .py's g317 opened with their outlets; annotate_xa.py allowed
            # one outlet starting the line; here g329's two outlets stand on
            # the byline before 祎, the first also before the dot that
            # follows it, and g330's ／ stands before every row but the
            # title's): a row before a declared character is the title's or
            # a declared outlet on the third line ending before it
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and line3 <= s and
                e <= d.text.index(c) and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
        # an astral character of a byline stands before every row but the
        # title's and the outlet's (ASTRAL_BEFORE_BODY, annotate_sb.py's
        # reading; annotate_ua.py's per-row check, as annotate_vb.py used it
        # for its g313 and annotate_wa.py for its g317; switched off here:
        # neither article writes an astral character): a count in UTF-16
        # units runs one unit ahead of the
        # code points at every body row and agrees with them before it, and
        # a count in bytes runs ahead everywhere after the title's first
        # character
        if d.astral_before_body:
            u16 = len(d.text[:s].encode("utf-16-le")) // 2
            if e <= len(lines[0]) or (r["type"] == "ORG" and s == line3):
                assert u16 == s, r
            else:
                assert u16 == s + len(OUTSIDE_BMP[d.doc_id]) == s + 1, r
            assert len(d.text[:s].encode("gb18030")) > s or s == 0, r
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
            # 余/餘/多 right after the number belong inside the span (SPEC
            # 1.2万余家, 400多万; annotate_pc.py's check, ported)
            assert not d.text[e:].startswith(("余", "餘", "多")), (
                "余/多 after the span", r)
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
            check_per_before(d, r)
            check_time_metric(d, r)
            check_not_collective(d, r)
            check_no_collective_metric(d, r)
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
            check_forward(d, r)
            check_holiday_period(d, r)
            check_precision(d, r)
            check_bare_period(d, r)
            check_shiyi(d, r)
            check_within_year(d, r)
            # a bare 前N个月 / 前N月 / 前N季 / 前三季度 (no year word attached)
            # is the calendar period only right after the noun, name, place
            # or pronoun it is about (GUIDELINES: 全市前10个月, 该行前9个月;
            # after a verb, 提前3个月, 上市前3个月, it is a duration): it never
            # opens a clause or a headline and never follows those verbs
            # (annotate_ra.py's check: the precedents rewrote clause-initial
            # ones, and so did I)
            if re.fullmatch(r"前(\d+[个個]?月|[三3一二四1-4]季度?)", tx):
                assert s > 0 and d.text[s - 1] not in (
                    HEAD_PUNCT | set("：:、（）() \n\u3000")), (
                    "前N个月 opening a clause", r)
                assert not d.text[:s].endswith(
                    ("提", "上市", "离职", "離職")), ("前N个月 after a verb", r)
            # a bare ROC year right before 來 or 以來 (112年来) reads "in the
            # last 112 years" (GUIDELINES), so such a year is written with
            # 民國 or a part of the year (民國89年以來, 113年底以來; new in
            # annotate_na.py; annotate_va.py's 民國108年以來; g330's bare
            # 113年, 114年底 and 119年 stand before 增加, 減少, ， and 讓)
            if d.doc_id in TAIWAN and re.fullmatch(r"\d{2,3}年", tx):
                assert not d.text[e:].startswith(
                    ("來", "来", "以來", "以来")), ("a bare ROC year before 來", r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "ORG":
            # an ORG row holds no 旗下, 的, 、 or comma (a parent and its
            # subsidiary are two ORGs, GUIDELINES 富邦金控子公司富邦人寿;
            # precedent NC's check, ported here after the mutation 金光集团旗下
            # 博汇纸业 as one ORG passed), and a national body's name is not
            # cut after 国家/國家 or 中国/中國 (precedent NC's check: 国家统计局
            # cut to 统计局 would leave 国家 outside every row unaudited)
            assert not re.search("旗下|的|、|，|,", tx), ("ORG across", r)
            assert not d.text[max(0, s - 2):s] in ("国家", "國家", "中国",
                                                   "中國"), ("ORG cut", r)
            # an ORG right after 及/和/與/与/暨 is the next item of a list only
            # after another ORG row; otherwise the joiner stands inside one
            # body's name (GUIDELINES: 上海市文化和旅游局, 运输及物流局;
            # annotate_oc.py's check, ported here)
            if s > 0 and d.text[s - 1] in JOINERS:
                assert any(x["type"] == "ORG" and x["end"] == s - 1
                           for x in rows), ("joiner inside a name", r)
                # ... and the two rows are a declared pair of listed names
                # (LISTED_PAIRS; annotate_ra.py's)
                prev_org = [x["text"] for x in rows
                            if x["type"] == "ORG" and x["end"] == s - 1]
                assert (prev_org[0], tx) in LISTED_PAIRS.get(d.doc_id, ()), (
                    "an undeclared pair of ORGs across a joiner", r)
            # ... and a joiner inside an ORG row stands only in a name
            # declared as one body of joined fields (annotate_pb.py's
            # JOINED_NAMES, ported: annotate_pb.py's 中華民國證券投資信託暨
            # 顧問商業同業公會, GUIDELINES 台湾工具机暨零组件工业同业公会; 暨
            # read too; none declared here, and g330's 和欣客運 is declared
            # in JOINER_CHAR_NAMES): two listed names merged into one row
            # stop
            if re.search("[%s]" % JOINERS, tx):
                assert tx in JOINED_NAMES.get(d.doc_id, ()) or \
                    tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                    "a joiner inside an ORG row", r)
            # ... and a name declared with a joiner's character in its trade
            # name stands as often as declared (JOINER_CHAR_NAMES;
            # annotate_ra.py's, kept: none here)
            if tx in JOINER_CHAR_NAMES.get(d.doc_id, {}):
                assert d.text.count(tx) == \
                    JOINER_CHAR_NAMES[d.doc_id][tx], ("joiner name", r)
            # a department written right after a university belongs to it
            # (SPEC 福建师范大学行政管理学院; annotate_oc.py's check, kept
            # as annotate_wa.py used it for its g318; neither article here
            # names a university)
            if tx.endswith(("大學", "大学")):
                assert not re.match(r"[\u4e00-\u9fff]{1,8}?(學院|学院|學系|"
                                    r"学系|研究院|研究所)", d.text[e:]), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's SHI_NEXT check, ported after
            # 无锡市 cut to 无锡 passed here)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            # ... and a 市 that starts the next word stays outside the span
            # (SPEC 常州市场 -> 常州; annotate_pc.py's check, ported)
            if tx.endswith("市"):
                assert d.text[e:e + 1] not in SHI_NEXT, ("市 inside", r)
            # a short form that is also an ordinary word (GUIDELINES' list:
            # 东方, 安宁, 合作, 日照, 黄山, 德州, 白银, 朝阳, 敦化) counts only
            # with 市 or with its own province right before it
            # (annotate_pc.py's CITY_AMBIGUOUS check, ported; none here)
            base = tx[:-1] if tx.endswith("市") else tx
            if base in CITY_AMBIGUOUS:
                assert tx.endswith("市") or d.text[:s].endswith(
                    CITY_AMBIGUOUS[base]), ("an ordinary word alone", r)
            # a city right before 机场, 地铁, 站, 路, 区, 县, 州 or 港 is no CITY
            # (GUIDELINES; annotate_oc.py's CITY_STOPS, ported here)
            assert not d.text[e:].startswith(CITY_STOPS), ("city before", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
            # a name ending with 市 that is no foreign city is a mainland or
            # Taiwan city whose short form is declared too (无锡 beside
            # 无锡市): a foreign 市-name must be declared in FOREIGN_SHI (a
            # precedent's addition: FOREIGN_SHI emptied passed before; used
            # by annotate_qa.py's 胡志明市 and annotate_ta.py's g300; none
            # here)
            if r["normalized"].endswith("市") and \
                    r["normalized"] not in FOREIGN_SHI and \
                    r["normalized"] not in TAIWAN_SHI_ONLY:
                assert any(v == r["normalized"] and not k.endswith("市")
                           for k, v in CITY_NORM.items()), r
            # 新竹市 and 嘉义市 count only with their 市 written (GUIDELINES:
            # 新竹 and 嘉义 count only as 新竹市, 嘉义市): the span ends with
            # 市, no short form of theirs is declared, and they are Taiwan's
            # (annotate_ba.py's; the set is fixed here)
            if r["normalized"] in TAIWAN_SHI_ONLY:
                assert tx.endswith("市") and d.doc_id in TAIWAN, r
                assert not any(v == r["normalized"] and not k.endswith("市")
                               for k, v in CITY_NORM.items()), r
            # a Taiwan or Hong Kong spelling of a foreign city takes the
            # mainland name (the fixed table above; new in annotate_na.py)
            if tx in TW_HK_FOREIGN:
                assert r["normalized"] == TW_HK_FOREIGN[tx], r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (annotate_qa.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks, as annotate_wa.py used
    # it for its g318's 宏碁; kept, unused here: g330 writes nothing
    # outside plain Big5)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬, the
    # end of a ten-day period and the period before, are left open by SPEC
    # and GUIDELINES and were rewritten (new in annotate_na.py; kept,
    # neither article writes 旬); no exclusion may cover one
    for m in re.finditer("旬", d.text):
        assert any(r["type"] == "DATE" and r["start"] <= m.start() < r["end"]
                   for r in rows), (d.doc_id, "旬 outside a DATE", m.start())
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

    # codes and model names (CODE_LABELS, annotate_sa.py's; none declared
    # here, the check kept): each declared label
    # stands exactly as often as declared, bounded by no letter or digit (so
    # 0050 is no part of 00500, nor A320neo of A320neos), inside no row and
    # overlapping none; the audits below then read their digits and letters
    # as excluded
    excl["codes"] = []
    for label, k in CODE_LABELS.get(d.doc_id, {}).items():
        places = [(m.start(), m.end()) for m in re.finditer(
            r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(label), d.text)]
        assert len(places) == k, (d.doc_id, label, len(places), k)
        assert d.text.count(label) == k, (d.doc_id, label, "inside a word")
        assert re.search(r"\d", label), label
        for s, e in places:
            assert not any(s < re_ and rs < e for rs, re_ in covered), (
                "a code inside a row", label)
        excl["codes"].extend(places)
    # collective labels of lists (GUIDELINES): verified, then excluded
    # (annotate_ib.py)
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

    # every 十一 outside a DATE row is no National Day: no holiday cue
    # follows it (GUIDELINES; annotate_qc.py's audit, ported with
    # check_shiyi)
    for m in re.finditer("十一", d.text):
        if not inside(m.start(), m.end(), covered):
            after = d.text[m.end():m.end() + 4].lstrip("”」’』\"'")
            if after.startswith(SHIYI_CUES):
                problems.append("十一 before a holiday cue at %d" % m.start())
    # the audited city strings: the declared ones and every CITY_NORM form
    # the article writes (new in annotate_na.py's line: a CITY row dropped
    # with its audit entry passed)
    for name in sorted(set(audit["cities"]) |
                       {k for k in CITY_NORM if k in d.text}):
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    # a magnitude character outside every row and exclusion (annotate_ob.py's
    # audit, ported here: neither the digit nor the Chinese-numeral audit
    # reads 万, 萬, 亿, 億 or 兆)
    need("[万萬亿億兆]", "magnitude", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (a precedent's addition: without it a dropped 元旦 row
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
    # no slash rate stands in the text but the declared ones inside their
    # rows (check_per_before; annotate_pb.py's audit, ported)
    for m in re.finditer(r"[元吨噸艘]／|[元吨噸艘]/", d.text):
        if not any(r["type"] == "METRIC" and r["start"] <= m.start() < r["end"]
                   and r["unit"] in PER_UNITS.get(d.doc_id, ())
                   for r in rows):
            problems.append("an undeclared slash rate at %d" % m.start())
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
                # a foreign city (or Hong Kong, Macao) keeps its common
                # Chinese name, no 市 added (a precedent's addition: 新加坡 normalized
                # 新加坡市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
        # and so is every declared FOREIGN_SHI name (annotate_ba.py's)
        assert FOREIGN_SHI <= used, FOREIGN_SHI - used
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Taiwan writes it: OpenCC
        # t2s and back with s2tw gives the text again, but for the forms
        # Taiwan news writes where s2tw writes others (台/臺, 占/佔, 公布/
        # 公佈; new in annotate_na.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2tw")
        for d, tw in zip(trad, back):
            assert len(tw) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, tw) if a != b}
            assert pairs <= TAIWAN_FORMS, (d.doc_id, pairs - TAIWAN_FORMS)
            # and every declared form occurs (annotate_hb.py's check)
            assert pairs == TAIWAN_FORMS, (d.doc_id, TAIWAN_FORMS - pairs)
        print("OpenCC s2tw round trip passed (%d traditional)" % len(trad))
        # SIMPLIFIED_ONLY holds the simplified form (OpenCC t2s) of every
        # traditional character of each traditional article, where the
        # article does not write that form itself (annotate_bc.py's check,
        # ported here)
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



