#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g335_commercial_space_satellite_makers and
g336_taiwan_cpbl_baseball_clubs_sponsors (annotator ZA).

Adapted from the precedent set's tools/annotate_ya.py (now dev/tools/annotate_g329_g330.py) (/tmp/ho58/precedent:
a simplified mainland article and a traditional Taiwan article, the pair
closest to mine in script and region; copied and the data changed).  Both
of its storages differ from mine (UTF-8 WITHOUT a BOM for its simplified
g329 and UTF-16 LE WITH a BOM for its Taiwan g330; here UTF-8 WITH A BOM
for my simplified g335 and Big5 as Taiwan writes it, cp950, for my Taiwan
g336), so both storage blocks are rebuilt:
- UTF-8 WITH A BOM for g335: annotate_ya.py's UTF-8 block (its mainland
  checks: the characters GB2312 cannot write are exactly the declared ones,
  each with its UTF-8, GBK and GB18030 bytes and its kinds, GBK and GB18030
  write them, plain Big5 does not) with annotate_yc.py's BOM checks of its
  UTF-8-with-a-BOM block (exactly one BOM EF BB BF, in front; utf-8-sig
  reads the text, plain utf-8 reads U+FEFF and the text; the first
  character after the BOM is the title's 今 = E4 BB 8A; the offsets count
  from the first byte after the BOM).  科技日报's articles open with a
  dateline, not a byline line: 科技日报北京11月23日电（记者叶玙） opens the
  first paragraph (the third line) and holds three rows, the outlet (ORG
  科技日报, GUIDELINES: an outlet before its dateline at the start of a line),
  the city filed from (CITY 北京) and the day (DATE 11月23日, SPEC's
  新华社北京3月5日电 -> 3月5日); annotate_ya.py's byline block (BYLINE,
  BYLINE_ORG, GB_FORMS for its name dot) becomes a dateline block (DATELINE;
  GB_FORMS declared empty), and its OPENER branch of check_line3, unused
  there, is used.  DECLARED_MAINLAND holds 玙 (U+7399, UTF-8 E7 8E 99,
  GBK/4 AB 5F), the reporter's given name, once, in no span.
- BIG5 AS TAIWAN WRITES IT (cp950) for g336: annotate_yb.py's Big5-HKSCS
  block (the file walked character by character, one byte an ASCII
  character and two any other; plain big5 fails on the file first at the
  first declared character's bytes; every line the same in plain Big5,
  cp950 and Big5-HKSCS between its declared characters; gb18030's reading
  of the file another text with a far smaller share of common characters)
  turned to cp950, with annotate_ya.py's Taiwan checks (the ／ of the byline
  記者許書瑋／台北報導 a Big5/cp950 form, BIG5_FORMS, CP950_READS,
  DECLARED_WORD; a character outside plain Big5 confined to its ORG rows,
  IN_ORG).  The one character outside plain Big5 is 碁 (U+7881) of 宏碁
  (Acer), the ETEN character cp950 writes F9 D6 (GUIDELINES: Big5 is tried
  plain, then as Taiwan writes it, cp950: 碁 of 宏碁), once, inside the ORG
  row 宏碁; its ／ is written A1 FE (cp950's code; plain Big5's is A2 41).
It keeps every other check of annotate_ya.py: strict decoding, offsets,
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
199; 今（N）年/明（N）年 (kept, unused); relative words (上月, 上周五, 上周,
本月, 明年, 去年, 去年底, 两年前 in g335; 昨（22）日, 上週五, 上月, 本月中旬,
兩年前 in g336); 上月 as a baseline, 上季 and 本季 (kept, unused); 去年同期
(used twice in each article) and 上年同期 (kept); 同日 (kept); the bare-day
rule (used: 23日 in g335), the range check and the bracketed gloss (kept);
check_forward and check_holiday_period (kept); the 约占 check (kept);
markers before, touching and after a span; 约为 (kept); a marker before a
currency written before the number (used: 突破新台幣 in g336); the declared
shared unit (kept); the collective label (used: 武汉、成都、合肥三市 in
g335), check_not_collective and check_no_collective_metric; check_time_metric
(used: 约45天 after 平均 and 缩短 in g335); check_per_before (kept: no 每吨);
the SHI_NEXT, 市-inside, CITY_STOPS, CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI,
TAIWAN_SHI_ONLY (used: 嘉義市) and TW_HK_FOREIGN checks; LINE3 (g335's
dateline with its three rows; g336's byline with the CITY 台北); JOINERS,
JOINED_NAMES (used: 工业和信息化部, 上海市经济和信息化委员会), JOINER_CHAR_NAMES
(kept, none) and LISTED_PAIRS (used: 愛爾達電視及中華電信, 全家便利商店與
味全龍); CODE_LABELS (kept, none); every 旬 inside a DATE row (used:
本月中旬, 3月下旬); the bare ROC year before 來; a bare 前N个月/前N月/前N季/
前三季度 never opening a clause; check_shiyi, check_bare_period and
check_within_year.
Changed or added here: the two storage blocks above; DATELINE for the
UTF-8 article; check_line3's OPENER branch reads a dateline's rows (an
outlet, a city and a day) and the no-span check a declared character after
several declared rows of the third line (BEFORE_DECLARED holds (type, text)
pairs); the data, the declarations and the audits; the calendar asserts of
my reference dates (2026-11-24 and 2026-11-23); the comments that named
annotate_ya.py's articles now name mine, or its articles as its own.  No
check was loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM of g335 removed, nothing else
changed):

- g335 is simplified (mainland, 科技日报, 2026-11-24, a Tuesday of ISO
  week 2026-W48), stored as UTF-8 WITH a BOM (EF BB BF, then the title's
  今 = E4 BB 8A).  Every character is GB2312 but 玙 of the dateline's
  （记者叶玙）, and OpenCC t2s leaves the article unchanged.
- g336 is traditional (Taiwan, 中國時報, 2026-11-23, a Monday of ISO week
  2026-W48), stored as Big5 as Taiwan writes it (cp950; the title's 職 = C2
  BE opens the file).  Its byline 記者許書瑋／台北報導 names no outlet and
  the city filed from (a CITY).  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市).  A Taiwan text: 2-3 digit years
  before 年 are ROC years (114年 = 2025, 115年 = 2026, 116年 = 2027,
  118年 = 2029, 民國116年3月下旬 = 2027-03).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho58/precedent:
README, NOTES_ya/yb/yc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g335_g336.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g335_g336.py
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
G335 = "g335_commercial_space_satellite_makers"
G336 = "g336_taiwan_cpbl_baseball_clubs_sponsors"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G335: ("utf-8", BOM8, False, "2026-11-24", "科技日报"),
    G336: ("cp950", b"", True, "2026-11-23", "中國時報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_ya.py kept it: a codec without one would skip every
# byte check)
STORAGE_BLOCKS = ("utf-8", "cp950")
# characters outside the BMP each article declares, in text order: none
# (the per-row UTF-16 check stays, switched off: ASTRAL_BEFORE_BODY is
# empty)
OUTSIDE_BMP = {G335: [], G336: []}
# characters of the mainland UTF-8 article that GB2312 cannot write, with
# their UTF-8 bytes (annotate_ya.py's DECLARED_MAINLAND, for its 祎): 玙
# (U+7399, yú, a character of given names, the simplified form of 璵), the
# reporter's given name in the dateline's （记者叶玙） (the third line), once,
# in no span; GBK and GB18030 write it (GBK/4 AB 5F), plain Big5 does not
# (Big5 writes 璵), so a converter to GBK or GB18030 loses nothing and only
# one to GB2312 fails at it
DECLARED_MAINLAND = {G335: {"玙": b"\xe7\x8e\x99"}}
# ... their GBK bytes
DECLARED_GBK = {"玙": b"\xab\x5f"}
# ... their UTF-8 kinds, "utf8-four-byte" or "utf8-three-byte" (annotate_va
# .py's DECLARED_KINDS, as annotate_ya.py kept it): one three-byte
# character, so no offset or UTF-16 count moves after it
DECLARED_KINDS = {G335: Counter({"utf8-three-byte": 1})}
# ... and their GBK kinds (annotate_xb.py's GBK_KINDS, as annotate_ya.py
# read them on the decoded text): "gbk3" (lead 81-A0), "gbk4" (lead AA-FE,
# trail 40-A0: 玙 AB 5F) or "gbk5" (symbols A8-A9)
GBK_KINDS = {G335: Counter({"gbk4": 1})}
# the GB forms the UTF-8 article writes (annotate_ya.py's GB_FORMS, for its
# name dot ·): none here (科技日报's dateline joins no outlets; the block
# stays, declared empty)
GB_FORMS = {G335: {}}
# the dateline of the UTF-8 article (new here, in place of annotate_ya.py's
# BYLINE of outlets): 科技日报's form 科技日报北京11月23日电（记者叶玙） opens the
# first paragraph: the outlet, the city filed from, the month and day, the
# dateline word 电, and in brackets the role 记者 and the reporter's name;
# GUIDELINES: an outlet before its dateline at the start of a line is an ORG
# (中国消费者报北京讯), and SPEC counts the dateline's day (新华社北京3月5日电
# -> 3月5日); the city filed from is a CITY (precedents XA, YA, YC)
DATELINE = {G335: ("科技日报", "北京", "11月23日", "电", "记者", "叶玙")}
# articles whose declared astral character stands on the third line before
# every row but the title's (annotate_sb.py's ASTRAL_BEFORE_BODY, as
# annotate_ya.py kept it switched off): none here
ASTRAL_BEFORE_BODY = set()
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 holds it: 碁 (U+7881) of 宏碁, an ETEN character of the F9 row that
# cp950 holds (F9 D6) and plain Big5 lacks (GUIDELINES: cp950, 碁 of 宏碁)
OUTSIDE_BIG5 = {G336: {"碁": True}}
# ... with their cp950 bytes (Big5-HKSCS writes them alike)
BIG5_CODE = {"碁": b"\xf9\xd6"}
# ... and the kinds they are of: "cp950" (a lead byte F9 that cp950 reads
# and plain Big5 does not; annotate_yb.py's kinds, read on a cp950 file)
BIG5_KINDS = {G336: Counter({"cp950": 1})}
# the word each character outside plain Big5 stands in outside rows (none:
# 碁 stands only inside its ORG row, IN_ORG)
OUTSIDE_BIG5_WORD = {G336: {}}
# the ORG rows each declared character must stand in (annotate_ya.py's
# IN_ORG, kept empty there; annotate_wa.py's g318 and annotate_qa.py used it
# for 宏碁): 碁 in 宏碁, its one occurrence
IN_ORG = {G336: {"碁": ("宏碁",)}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_ya.py's ／ of its byline): the full-width solidus ／
# (U+FF0F) of 中國時報's byline 記者許書瑋／台北報導, plain Big5 A2 41, cp950
# A1 FE (the file, written in cp950, holds A1 FE, which plain Big5 also
# reads as ／); cp950 reads the plain-Big5 bytes A2 41 as ∕ (U+2215,
# DIVISION SLASH)
BIG5_FORMS = {G336: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each such character stands in, with its count: the byline, once
DECLARED_WORD = {G336: {"／": ("記者許書瑋／台北報導", 1)}}
# the rows allowed before the declared characters on the third line, as
# (type, text): g335's dateline rows stand before the reporter's 玙; g336's
# byline opens with 記者 (no row before its ／)
BEFORE_DECLARED = {G335: {("ORG", "科技日报"), ("CITY", "北京"),
                          ("DATE", "11月23日")},
                   G336: set()}
# the third line of each article and the rows it holds, exactly: g335's
# dateline (an opener: the first paragraph runs on after it) names its
# outlet, the city filed from and the day; g336's byline 記者許書瑋／台北報導
# (中國時報's form: 記者, the reporter's name, a full-width solidus, the city
# filed from and 報導, on a line of its own under the title) names no
# outlet, and its 台北, the city filed from, is a special municipality
# (SPEC; precedent YA's 記者沈佩瑤／台北報導)
LINE3 = {G335: ("科技日报北京11月23日电（记者叶玙）",
                [("ORG", "科技日报"), ("CITY", "北京"), ("DATE", "11月23日")]),
         G336: ("記者許書瑋／台北報導", [("CITY", "台北")])}
# the articles whose third line opens with a dateline and runs on as the
# first paragraph (annotate_xa.py's OPENER, kept empty by annotate_ya.py):
# g335
OPENER = {G335}
# the first character of each file, with its bytes after the BOM (if any):
# g335's title opens with 今 (UTF-8 E4 BB 8A, after the BOM EF BB BF),
# g336's with 職 (cp950 C2 BE, no BOM)
FIRST_CHAR = {G335: ("今", b"\xe4\xbb\x8a"), G336: ("職", b"\xc2\xbe")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves;
# each half is its own sentence for dates, the whole headline one sentence
# for the city column): g335 two (after 58次), g336 two (after 創新高)
TITLE_HALVES = {G335: 2, G336: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G336}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_ya.py's list, itself annotate_xa.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters, and mine adds
# those of g336's that the list lacked, from OpenCC t2s of each character
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
                   # annotate_ya.py's line for its g330 (瑤 of 沈佩瑤, 駕
                   # and 駛 of 駕駛)
                   "瑶驾驶"
                   # g336's words (their t2s forms, none written in it: 獨
                   # of 獨家, 瑋 of the reporter's name 許書瑋, 贊 of 贊助,
                   # 願 of 意願, 鷹 of 台鋼雄鷹 and 福岡軟銀鷹)
                   "独玮赞愿鹰")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count (annotate_xa.py's 制度, annotate_wa.py's 獲准 …): g336's 周邊 (the
# surroundings: 周 is the Taiwan standard form of the word, which s2tw's
# round trip keeps; the list holds 周 for 週 of the precedents' weeks), once
TRADITIONAL_WORDS = {G336: {"周邊": 1}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台灣, 新台幣, 台中, 台南, 台鋼
# … (s2tw 臺), 占 of 占全聯盟營收比重 (佔), 布 of 公布 (佈) (annotate_ya.py's
# three pairs, the fourth, 併/並, being unused here); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g335 (mainland, 2026-11-24, a Tuesday): 国庆 2026-10-01 (国庆假期期间:
# yearless, the nearest occurrence, 54 days before; 假期 and 期间 outside);
# 明年春节 2027-02-06 (a year word written before a holiday is inside its
# span, SPEC 2024年春节; 明年 from the reference year; 前 outside).
# g336 (Taiwan, 2026-11-23, a Monday): 聖誕節 2026-12-25 and 元旦
# 2027-01-01 (聖誕節及元旦假期期間: yearless, the coming ones, 32 and 39
# days after; 假期 and 期間 outside); 農曆春節 2027-02-06 (GUIDELINES: 农历
# 春节 is 春节; yearless, the coming one, 75 days after; 前後 outside).
HOLIDAY = {
    "国庆": "2026-10-01", "明年春节": "2027-02-06",
    "聖誕節": "2026-12-25", "元旦": "2027-01-01", "農曆春節": "2027-02-06",
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
# the reference dates: g335's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47, 上周五 11-20; its dateline day 11月23日 and its bare 23日 the
# Monday before); g336's 2026-11-23 the Monday opening W48 (its 昨（22）日 a
# Sunday, its 上週五 W47's Friday 11-20); 国庆 of 2026 54 days before g335's
# date, that of 2027 311 days after it; 春节 of 2027 74 days after it;
# 聖誕節 of 2026 and 元旦 of 2027 32 and 39 days after g336's date (those of
# 2025 and 2026 333 and 326 days before); 春節 of 2027 75 days after it,
# that of 2026 279 days before
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date(2026, 11, 22).isoweekday() == 7
assert (datetime.date(2026, 11, 24) - datetime.date(2026, 10, 1)).days == 54
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 24)).days == 311
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 23)).days == 32
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (datetime.date(2026, 11, 23) - datetime.date(2025, 12, 25)).days == 333
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 1, 1)).days == 326
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
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
    # g335 (2026: the municipalities 北京 (the dateline's, and written 北京市
    # once) and 上海 (x2); the sub-provincial 武汉 (x2), 广州, 西安, 成都 and
    # 长春; the provincial capital 合肥; the prefecture-level 台州; the
    # county-level 海阳 (under 烟台, after its province: 山东海阳, GUIDELINES
    # 云南昆明) and 文昌 (Hainan); each + 市; the foreign 阿布扎比 (Abu Dhabi)
    # by its common name; 北京 inside 北京星河动力航天科技股份有限公司, 北京
    # 国电高科科技有限公司 and 北京经济技术开发区管委会, 上海 inside 上海垣信
    # 卫星科技有限公司, 上海市经济和信息化委员会 and 上海证券交易所, 文昌 inside
    # 文昌国际航天城管理局 and 西安 inside 西安航天基地管委会 hold no CITY
    # (SPEC: a city inside an organization name))
    "北京": "北京市", "北京市": "北京市", "海阳": "海阳市", "武汉": "武汉市",
    "广州": "广州市", "文昌": "文昌市", "上海": "上海市", "长春": "长春市",
    "台州": "台州市", "阿布扎比": "阿布扎比", "西安": "西安市",
    "成都": "成都市", "合肥": "合肥市",
    # g336 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南 and 高雄 by their full names (SPEC; GUIDELINES: Taiwan
    # cities normalize to the full name), the provincial city 嘉義市 (only
    # with its 市, GUIDELINES; TAIWAN_SHI_ONLY); 新竹 stands only inside the
    # ORG 新竹市政府, 福岡 also inside the club's name 福岡軟銀鷹 (GUIDELINES:
    # a professional club's name with its city is one ORG, no CITY); the
    # foreign 福岡 and 東京 by their common names)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市", "嘉義市": "嘉义市", "福岡": "福冈",
    "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"阿布扎比", "福冈", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; annotate_qa.py's 胡志明市): none here
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 嘉義市也爭取; 新竹 stands only inside 新竹市政府); the set
# is GUIDELINES' rule, fixed and asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: g336's 福岡 and 東京 are the
# mainland's names in traditional characters)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# short city forms that are also ordinary words (GUIDELINES' examples of
# rules/city_ambiguous.txt, which I may not read), each with its province in
# both scripts: they count only with 市 or after their province
# (annotate_qa.py's check; none written here)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g335's 工业和
# 信息化部 (a ministry of two fields joined by 和, GUIDELINES 上海市文化和
# 旅游局) and 上海市经济和信息化委员会 (a city's commission of two fields);
# any other ORG row holding a joiner stops (check())
JOINED_NAMES = {G335: ("工业和信息化部", "上海市经济和信息化委员会"),
                G336: ()}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车; annotate_ya.py's
# 和欣客運), with their counts: none here
JOINER_CHAR_NAMES = {G335: {}, G336: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): none in g335 (its lists use 、); g336's 緯來電視網、
# 愛爾達電視及中華電信 (three broadcasters, the last two joined by 及) and
# 全家便利商店與味全龍 (a chain and a club that sell goods together)
LISTED_PAIRS = {G335: (),
                G336: (("愛爾達電視", "中華電信"), ("全家便利商店", "味全龍"))}
# rates with a slash denominator the articles write: none (the check and
# the slash-rate audit stay)
PER_UNITS = {G335: (), G336: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here; the check stays
CODE_LABELS = {G335: {}, G336: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "中華職業棒球大聯盟": "中华职业棒球大联盟",
    "中職": "中职",
    "中信兄弟": "中信兄弟",
    "中信金": "中信金",
    "富邦金控": "富邦金控",
    "富邦悍將": "富邦悍将",
    "富邦育樂股份有限公司": "富邦育乐股份有限公司",
    "味全龍": "味全龙",
    "統一獅": "统一狮",
    "統一企業": "统一企业",
    "統一棒球隊股份有限公司": "统一棒球队股份有限公司",
    "樂天集團": "乐天集团",
    "樂天桃猿": "乐天桃猿",
    "台鋼集團": "台钢集团",
    "台鋼雄鷹": "台钢雄鹰",
    "統一超商": "统一超商",
    "全家便利商店": "全家便利商店",
    "台北市政府體育局": "台北市政府体育局",
    "遠雄巨蛋事業股份有限公司": "远雄巨蛋事业股份有限公司",
    "新北市政府體育處": "新北市政府体育处",
    "台中市政府運動局": "台中市政府运动局",
    "高雄市政府運動發展局": "高雄市政府运动发展局",
    "台南市政府體育局": "台南市政府体育局",
    "桃園市政府體育局": "桃园市政府体育局",
    "新竹市政府": "新竹市政府",
    "緯來電視網": "纬来电视网",
    "愛爾達電視": "爱尔达电视",
    "中華電信": "中华电信",
    "台灣大哥大": "台湾大哥大",
    "台灣菸酒股份有限公司": "台湾烟酒股份有限公司",
    "宏碁": "宏碁",
    "福岡軟銀鷹": "福冈软银鹰",
    "讀賣巨人": "读卖巨人",
    "中華民國棒球協會": "中华民国棒球协会",
    "運動部": "运动部",
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
        # is cp950 (annotate_ic.py): here g336's cp950 file must fail in
        # plain Big5 (it does, at 碁 F9 D6); UTF-8 is tried for nothing
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
        if enc == "utf-8":      # UTF-8 WITH A BOM, THE SIMPLIFIED MAINLAND
            # ARTICLE (annotate_ya.py's UTF-8 block for its g329, itself
            # annotate_xa.py's UTF-8-with-a-BOM block with the BOM taken out,
            # turned back to a file with a BOM by annotate_yc.py's BOM checks
            # of its UTF-8-with-a-BOM block for its g334; annotate_ya.py's
            # byline of outlets becomes a dateline that opens the first
            # paragraph): exactly one BOM EF BB BF, in front; the BOM-aware
            # utf-8-sig reads the text, plain utf-8 reads U+FEFF and the text
            # (one code point that would shift every offset by one); the
            # offsets count from the first byte after the BOM
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.count(BOM8) == 1 and BOM8 not in raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == raw.decode("utf-8") == \
                self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert full.decode("utf-8").count("\ufeff") == 1, doc_id
            # the first character after the BOM is the title's (今 = E4 BB
            # 8A), so the BOM is three bytes and no more
            assert full[3:6] == code and len(code) == 3, doc_id
            declared = DECLARED_MAINLAND[doc_id]
            forms = GB_FORMS.get(doc_id, {})
            assert not (set(declared) & set(forms)), doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, “” and （） included, 玙 too; no
            # four-byte character) but the declared GB forms (none here;
            # annotate_ya.py's name dot · was two bytes C2 B7), so a count in
            # bytes runs two ahead after every Han character, and the file
            # is the BOM's three bytes longer than the text's UTF-8
            for c in self.text:
                if ord(c) > 0x7F:
                    want = len(forms[c][0]) if c in forms else 3
                    assert len(c.encode("utf-8")) == want, (doc_id, c)
            assert all(len(forms[c][0]) == 2 and ord(c) < 0x800
                       for c in forms), forms
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   (2 if c in forms else 3)
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points) and no character outside the BMP (a UTF-16 count
            # equals the code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the file walked character by character after the BOM: each
            # character's UTF-8 bytes at its own place (annotate_ra.py's
            # byte walk, as annotate_ya.py and annotate_yc.py kept it), the
            # declared characters and forms with their declared bytes
            pos, places = 3, Counter()
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
            # text, with the BOM and without it (annotate_ta.py's list, as
            # annotate_yc.py kept it for its file with a BOM)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a simplified mainland text: the characters GB2312 cannot write
            # are exactly the declared ones (DECLARED_MAINLAND: 玙) and the
            # declared GB forms (none), each with its UTF-8 bytes and kind
            # (annotate_va.py's checks); GBK and GB18030 write each declared
            # character with its declared GBK bytes (so a converter to GBK
            # or GB18030 loses nothing), plain Big5 cannot; and the file is
            # no GB file: its GB18030 bytes differ from the file's
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
            # each declared GB form (none here; annotate_ya.py's GB_FORMS
            # check kept): GBK and GB18030 write it with its declared bytes,
            # which gb2312 reads as another character, as often as declared
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
            # character or form, on the dateline: here 玙 of the reporter's
            # name (annotate_va.py's measure; annotate_ya.py's failed first
            # at its name dot)
            first = min(self.text.index(c)
                        for c in list(declared) + list(forms))
            try:
                self.text.encode("gb2312")
                raise AssertionError((doc_id, "gb2312", "encodes"))
            except UnicodeEncodeError as ex:
                assert ex.start == first, (doc_id, "gb2312", ex.start)
            assert self.text[first] in declared, (doc_id, self.text[first])
            # every line without a declared character or form is GB2312
            # byte for byte in GBK and GB18030; the declared characters and
            # forms stand on the dateline (the third line) only, in no span
            # (check())
            for line in lines:
                if not any(c in declared or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode("gbk") == \
                        line.encode("gb18030"), line
            for c in list(declared) + list(forms):
                assert c in lines[2] and all(
                    c not in x for i, x in enumerate(lines) if i != 2), c
            self.no_span_chars = sorted(set(declared) | set(forms))
            # the dateline (new here, in place of annotate_ya.py's byline
            # block): the outlet, the city filed from, the month and day,
            # 电, and （记者 + the reporter's name + ） open the third line,
            # which runs on as the first paragraph (OPENER), between a blank
            # line and a blank line; GUIDELINES: an outlet before its
            # dateline at the start of a line is an ORG, and 本报 names none;
            # the reporter's name holds the declared character, after the
            # outlet, the city and the day; LINE3 spells the same opening and
            # check_line3 checks its rows
            outlet, city, day, word, role, name = DATELINE[doc_id]
            opening = outlet + city + day + word + "（" + role + name + "）"
            assert opening == LINE3[doc_id][0], (doc_id, opening)
            assert doc_id in OPENER and lines[2].startswith(opening) and \
                len(lines[2]) > len(opening) + 100, (doc_id, lines[2][:30])
            assert outlet.endswith("日报") and outlet != "本报", outlet
            assert word == "电" and role == "记者", (word, role)
            assert re.fullmatch(r"\d{1,2}月\d{1,2}日", day), day
            assert LINE3[doc_id][1] == [("ORG", outlet), ("CITY", city),
                                        ("DATE", day)], doc_id
            assert BEFORE_DECLARED[doc_id] == set(LINE3[doc_id][1]), doc_id
            for c in declared:
                assert c in name and lines[2].index(c) > len(
                    outlet + city + day), c
            assert sum(c in name for c in declared) == 1, name
            assert 2 <= len(name) <= 3 and self.text.count(name) == 1, name
            assert self.text.count(opening) == 1, doc_id
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith(("【", "〔")) for x in lines), doc_id
        elif enc == "cp950":    # BIG5 AS TAIWAN WRITES IT (cp950), WITHOUT A
            # BOM, THE TAIWAN ARTICLE (new here: annotate_yb.py's Big5-HKSCS
            # block for its Macao g332, itself annotate_wb.py's, turned to
            # cp950, with annotate_ya.py's Taiwan checks of its UTF-16 block
            # read on the file's own codec): no BOM and no U+FEFF; the
            # offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones: 碁 of 宏碁, which cp950 writes F9 D6 (an ETEN
            # character of the F9 row); Big5-HKSCS writes it alike
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            kinds = Counter()
            for c in decl:
                code = BIG5_CODE[c]
                assert decl[c] and c.encode("cp950") == code, (doc_id, c)
                assert code.decode("cp950") == c, (doc_id, c)
                assert c.encode("big5hkscs") == code, (doc_id, c)
                assert code.decode("big5hkscs") == c, (doc_id, c)
                assert not decodes(code, "big5"), (doc_id, c)
                # the kind by the lead byte (annotate_yb.py's kinds): cp950's
                # ETEN row F9, which plain Big5 stops before (its last
                # characters end at F9 D5)
                assert code[0] == 0xF9 and 0xD6 <= code[1] <= 0xFE, c
                kinds["cp950"] += 1
            assert kinds == BIG5_KINDS[doc_id], kinds
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: the ／ of 中國時報's
            # byline, as annotate_ya.py's ／ of 聯合報's), each with its
            # declared bytes in both codecs; cp950 reads the plain-Big5
            # bytes as another character (CP950_READS: ∕ U+2215), plain Big5
            # reads the cp950 bytes as the same character, and Big5-HKSCS
            # reads the plain-Big5 bytes as plain Big5 does; each stands only
            # in its declared word, as often as declared (DECLARED_WORD)
            forms = BIG5_FORMS[doc_id]
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c not in decl and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert b5.decode("big5hkscs") == c == b5.decode("big5"), (
                    doc_id, c)
                assert c950.decode("big5") == c, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
                # and in the cp950 file its cp950 bytes at each of its
                # places (the walk below), never plain Big5's
                assert raw.count(c950) == k and b5 not in raw, c
            # the declared forms stand in no span (check()); the declared
            # characters outside plain Big5 stand in their ORG rows (IN_ORG,
            # checked by position in check())
            self.no_span_chars = sorted(forms)
            self.in_org_span = IN_ORG[doc_id]
            assert sorted(self.in_org_span) == outside, doc_id
            assert not OUTSIDE_BIG5_WORD[doc_id], doc_id
            for c, names in self.in_org_span.items():
                assert names and all(c in n and n in self.text
                                     for n in names), (doc_id, c, names)
            # the file walked character by character: each character's
            # cp950 bytes at its own place, one byte an ASCII character and
            # two any other; a declared character with its declared bytes,
            # every other non-ASCII character with a lead byte in plain
            # Big5's rows A1-F9 and its plain-Big5 bytes, but the declared
            # forms (annotate_yb.py's walk, after annotate_wb.py's)
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode("cp950")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if c in decl:
                    assert b == BIG5_CODE[c], (doc_id, c)
                    places[c] += 1
                elif c in forms:
                    assert b == forms[c][1], (doc_id, c)
                    places[c] += 1
                elif len(b) == 2:
                    assert 0xA1 <= b[0] <= 0xF9, (doc_id, c, b)
                    assert b == c.encode("big5"), (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in list(decl) + list(forms)), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP and no combining mark: a UTF-16
            # count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # plain Big5 (GUIDELINES' first try) fails on the file first at
            # the first declared character's bytes, so a reader falls
            # through to cp950 there (annotate_yb.py's measure, for plain
            # Big5 and cp950 before Big5-HKSCS); a converter to plain Big5
            # fails first at the same character (here 碁 of 宏碁); cp950 and
            # Big5-HKSCS read the file as the same text
            first = min(self.text.index(c) for c in decl)
            first_byte = len(self.text[:first].encode("cp950"))
            try:
                raw.decode("big5")
                raise AssertionError((doc_id, "big5", "decodes"))
            except UnicodeDecodeError as ex:
                assert ex.start == first_byte, (doc_id, "big5", ex.start)
            try:
                self.text.encode("big5")
                raise AssertionError((doc_id, "big5", "encodes"))
            except UnicodeEncodeError as ex:
                assert ex.start == first, (doc_id, "big5", ex.start)
            assert raw.decode("big5hkscs") == self.text, doc_id
            # UTF-8 and UTF-16 fail on the file or read another text
            # (annotate_ya.py's list for its UTF-16 file, turned round)
            for other in ("utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # the text written in plain Big5 with the declared characters
            # left out is another file only at the declared forms: plain
            # Big5 writes A2 41 for ／ where the file holds A1 FE; cp950
            # reads that rendering with ∕ there, Big5-HKSCS and plain Big5
            # as the text (annotate_ya.py's measure)
            rest = "".join(c for c in self.text if c not in decl)
            b5 = rest.encode("big5")
            assert b5 != rest.encode("cp950") and len(b5) == len(
                rest.encode("cp950")), doc_id
            want = rest
            for c in forms:
                want = want.replace(c, CP950_READS[c])
            assert b5.decode("cp950") == want != rest, doc_id
            assert b5.decode("big5hkscs") == rest == b5.decode("big5"), doc_id
            # every line without a declared character or form is the same
            # in plain Big5, cp950 and Big5-HKSCS, byte for byte, and reads
            # back alike in all three (annotate_ra.py's line check, as
            # annotate_ya.py and annotate_yb.py kept it); a line with one is
            # so between them
            for line in lines:
                parts = re.split("|".join(map(re.escape, list(decl) +
                                              list(forms))), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        b.decode("big5") == part
            # gb18030 reads Big5 bytes too, as another text: GUIDELINES'
            # reader then keeps the codec whose result has the larger share
            # of common characters; on the file the Big5 reading is the
            # natural one by far (annotate_ya.py's measure: Big5's 常用字
            # A440-C67E against GB2312's level 1 B0A1-D7F9)
            assert decodes(raw, "gb18030"), doc_id
            gbtext = raw.decode("gb18030")
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
            # the byline: 中國時報's 記者 + the reporter's name + ／ + the city
            # filed from + 報導, a line of its own between blank lines; no
            # line opens with 【 or 〔 and the text holds no such brackets
            # (no opener); LINE3 declares it and check_line3 checks its rows
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
            # but the declared ones (碁 of 宏碁), and cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # and the declared characters are cp950's, none of them a HKSCS
            # one that cp950 lacks (碁 F9 D6)
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
            # the mainland article opens its first paragraph with its
            # dateline (annotate_ya.py asserted no mainland opener: its
            # opener branch served a Taiwan dateline there, none here)
            assert doc_id in OPENER and doc_id in DATELINE, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ua.py's 下游 and 管制; annotate_wa.py's 獲准;
            # annotate_xa.py's 制度; here g336's 周邊)
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
# g335 Commercial space in November 2026: the dateline (科技日报, 北京, 11月
# 23日) and the national figures (国家航天局商业航天司 23日: 今年前10个月,
# 去年同期; 三季度; 国家航天局 10月底, 今年前三季度); launchers (航天科技集团,
# 中国运载火箭技术研究院, 中国长征火箭有限公司 今年, 上月, 海阳; 中国航天科工
# 集团有限公司, 航天科工火箭技术有限公司 武汉 今年, 明年; 蓝箭航天 上周五, 11月
# 18日, 两年前; 北京星河动力航天科技股份有限公司 今年; 中科宇航 广州 本月);
# the launch site (海南国际商业航天发射有限公司 文昌 今年, 去年, 明年一季度;
# 国家开发银行海南省分行 今年; 国庆; 文昌国际航天城管理局 今年1月至10月, 去年
# 同期); satellite makers (中国空间技术研究院 今年前三季度; 中国科学院微小卫星
# 创新研究院 上海; 长光卫星 长春 今年, 2028年; 吉利, 时空道宇 台州 上月; 银河
# 航天 本月, 阿布扎比); constellations (中国星网 今年; 垣信卫星 去年底, 2027年
# 底; 中国卫通 今年前三季度; 国电高科 明年春节; 工业和信息化部 上周, 今年1月至
# 10月); parks (北京经济技术开发区管委会 今年前10个月, 北京市; 上海市经济和
# 信息化委员会 上海 今年; 西安航天基地管委会 西安 今年; 武汉、成都、合肥三市
# 今年上半年; 今年); finance (今年; 国家制造业转型升级基金 上月, 蓝箭航天 9月
# 底, 上海证券交易所; 中国人民财产保险股份有限公司 今年, 两年前); the outlook
# (明年, 国家发展改革委, 国家国防科技工业局, 明年上半年, 2030年).
# Simplified, UTF-8 with a BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 科技日报; its dateline 科技日报北京11月23日电（记者叶玙） opens the first
# paragraph; 玙 is outside GB2312 (declared).  上周五 2026-11-20; 上周
# 2026-W47; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g335():
    d = Doc(G335)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section; it names none,
    # so the title's rows take no city); 今年 attached to 前10个月 (SPEC),
    # several months of a year: the year
    d.date("[[今年前10个月]]商业航天发射58次", Y, "")
    d.metric("航天发射[[58次]] 多地", "58", "次", "exact", "")
    # 超 an over-marker inside the span (SPEC: 超 is over)
    d.metric("新签投资[[超600亿元]]\n", "600e8", "元", "over", "")
    # P1 the dateline and the national figures.  The dateline opens the
    # first paragraph (GUIDELINES: an outlet before its dateline at the
    # start of a line is an ORG; SPEC: the dateline's day counts, 新华社北京
    # 3月5日电 -> 3月5日; the city filed from is a CITY); its first sentence
    # runs to the first 。, so 北京 gives its city to every DATE and METRIC
    # of that sentence (the nearest city before): the rule as written
    d.org("\n\n[[科技日报]]北京")
    d.city("科技日报[[北京]]11月")
    d.date("北京[[11月23日]]电", "2026-11-23", "北京市")
    # a bare day takes the month written earlier in its sentence (the
    # dateline's 11月; GUIDELINES; check_bare_day)
    d.date("记者[[23日]]从", "2026-11-23", "北京市")
    # a ministry's department written after its body belongs to it (SPEC
    # 蚂蚁金服集团银行服务部; the department set up in 2025): one ORG
    d.org("从[[国家航天局商业航天司]]获悉")
    d.date("获悉，[[今年前10个月]]我国", Y, "北京市")
    d.metric("发射[[58次]]，同比", "58", "次", "exact", "北京市")
    d.metric("同比增长[[约41%]]", "41", "%", "approx", "北京市")
    # 以上 inside the span (SPEC 6成以上 -> 60, over)
    d.metric("总数的[[六成以上]]", "60", "%", "over", "北京市")
    d.metric("入轨[[312颗]]", "312", "颗", "exact", "北京市")
    # 去年同期 after 今年前10个月, a period with no ISO form: the year
    # before (SPEC; check_last_year_period)
    d.date("较[[去年同期]]增加约1.4倍", LY, "北京市")
    d.metric("增加[[约1.4倍]]", "1.4", "倍", "approx", "北京市")
    # a bare quarter of the reference year (check_bare_year); 其中 owns its
    # 中 (GUIDELINES)
    d.date("其中[[三季度]]发射", "2026-Q3", "")
    d.metric("发射[[23次]]，创", "23", "次", "exact", "")
    d.org("。[[国家航天局]]相关")
    # 截至 outside (SPEC); an end of a month is the month (SPEC 6月底)
    d.date("截至[[10月底]]", "2026-10", "")
    # 超过 inside the span (SPEC 超过95%)
    d.metric("已[[超过680家]]", "680", "家", "over", "")
    d.date("全行业[[今年前三季度]]营业", Y, "")
    d.metric("营业收入[[约2860亿元]]", "2860e8", "元", "approx", "")
    d.metric("同比增长[[约23%]]", "23", "%", "approx", "")
    # P2 launchers (海阳, 武汉, 广州 in their sentences)
    # a group and its bracketed short form (航…天…科…技…集…团 in order,
    # quotes outside, GUIDELINES); an academy across 所属 and a company
    # across 旗下: three ORGs (GUIDELINES: 所属, 旗下 stand between names)
    d.org("加快。[[中国航天科技集团有限公司]]（")
    d.org("以下简称“[[航天科技集团]]”）所属")
    d.org("所属[[中国运载火箭技术研究院]]旗下")
    d.org("旗下[[中国长征火箭有限公司]]今年")
    # the rule: the first city after in the sentence (海阳), though the
    # launches are the company's: the rule as written
    d.date("长征火箭有限公司[[今年]]已执行", Y, "海阳市")
    d.metric("商业发射[[9次]]", "9", "次", "exact", "海阳市")
    d.date("，[[上月]]在山东", "2026-10", "海阳市")
    # a county-level city (under 烟台) after its province (GUIDELINES: a
    # province glued to its city leaves the city a CITY, 云南昆明)
    d.city("山东[[海阳]]附近")
    d.metric("一次将[[12颗]]卫星", "12", "颗", "exact", "海阳市")
    d.org("。[[中国航天科工集团有限公司]]旗下")
    d.org("旗下[[航天科工火箭技术有限公司]]表示")
    d.city("其在[[武汉]]的总装")
    d.date("总装基地[[今年]]交付", Y, "武汉市")
    d.metric("火箭[[11枚]]", "11", "枚", "exact", "武汉市")
    # 明年 before 年产能 (an annual capacity): the year word alone
    d.date("，[[明年]]年产能", NY, "武汉市")
    # 左右 inside the span (SPEC)
    d.metric("提升至[[20枚左右]]", "20", "枚", "approx", "武汉市")
    d.org("。[[蓝箭航天空间科技股份有限公司]]（")
    d.org("以下简称“[[蓝箭航天]]”）上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("蓝箭航天”）[[上周五]]发布", "2026-11-20", "")
    d.date("火箭[[11月18日]]完成", "2026-11-18", "")
    d.metric("运载能力[[约17吨]]", "17", "吨", "approx", "")
    # N年前 a relative DATE (SPEC 两年前), from the reference year
    d.date("较[[两年前]]下降近三成", "2024", "")
    d.metric("下降[[近三成]]", "30", "%", "approx", "")
    d.org("。[[北京星河动力航天科技股份有限公司]]今年")
    d.date("股份有限公司[[今年]]完成海上", Y, "")
    d.metric("海上发射[[4次]]", "4", "次", "exact", "")
    # a company by its news short name, before its site in a place
    # (GUIDELINES 西部矿业在西宁的锌冶炼项目)
    d.org("；[[中科宇航]]在广州")
    # a city before its district (广州南沙, precedent YC's 大连长兴岛)
    d.city("在[[广州]]南沙")
    d.date("总装基地[[本月]]已具备", "2026-11", "广州市")
    d.metric("年产[[30枚]]", "30", "枚", "exact", "广州市")
    # P3 the launch site (文昌 in the first sentence)
    d.org("\n\n[[海南国际商业航天发射有限公司]]相关")
    # a county-level city of Hainan (SPEC)
    d.city("位于[[文昌]]的海南")
    d.date("发射场[[今年]]已执行", Y, "文昌市")
    d.metric("执行发射[[21次]]", "21", "次", "exact", "文昌市")
    # 全年 after a year is outside the span (GUIDELINES 去年全年 -> 去年)
    d.date("比[[去年]]全年", LY, "文昌市")
    d.metric("全年多[[14次]]", "14", "次", "exact", "文昌市")
    # two pads: a count in a Chinese numeral with its measure word (no list
    # before it; 二期, a phase's label, is no figure, GUIDELINES)
    d.metric("新建的[[两个]]工位", "2", "个", "exact", "")
    # 明年 attached (SPEC), from the reference year (GUIDELINES)
    d.date("预计[[明年一季度]]投入", "2027-Q1", "")
    # 突破 an over-marker inside the span (SPEC)
    d.metric("将[[突破60次]]", "60", "次", "over", "")
    # a bank's branch with its province: one ORG
    d.org("。[[国家开发银行海南省分行]]今年")
    d.date("海南省分行[[今年]]已为", Y, "")
    d.metric("发放贷款[[约18亿元]]", "18e8", "元", "approx", "")
    # a yearless holiday: the occurrence nearest the reference date
    # (GUIDELINES), 54 days before; 假期 and 期间 outside (SPEC)
    d.date("。[[国庆]]假期", "2026-10-01", "")
    # 人次 after a number is a unit (SPEC)
    d.metric("观礼游客[[约3.2万人次]]", "3.2e4", "人次", "approx", "")
    d.org("。[[文昌国际航天城管理局]]数据")
    # a range of months: two mentions (SPEC 2024年3月至5月); 10月 in the
    # reference year (check_bare_year)
    d.date("显示，[[今年1月]]至10月航天城", "2026-01", "")
    d.date("今年1月至[[10月]]航天城", "2026-10", "")
    d.metric("注册企业[[约430家]]", "430", "家", "approx", "")
    d.metric("完成投资[[约126亿元]]", "126e8", "元", "approx", "")
    # 去年同期 after a range of months of one year: the year before
    # (GUIDELINES: a range states the year; check_last_year_period)
    d.date("较[[去年同期]]增长约35%", LY, "")
    d.metric("增长[[约35%]]", "35", "%", "approx", "")
    # P4 satellite makers (上海, 长春, 台州, 阿布扎比 in their sentences)
    d.org("批量化。[[中国空间技术研究院]]今年")
    d.date("空间技术研究院[[今年前三季度]]交付", Y, "")
    d.metric("各类卫星[[约96颗]]", "96", "颗", "approx", "")
    d.org("；[[中国科学院微小卫星创新研究院]]表示")
    d.city("其在[[上海]]的卫星")
    d.metric("已达[[120颗]]", "120", "颗", "exact", "上海市")
    d.org("。[[长光卫星技术股份有限公司]]（")
    d.org("以下简称“[[长光卫星]]”）在长春")
    d.city("在[[长春]]的卫星工厂")
    d.date("卫星工厂[[今年]]交付", Y, "长春市")
    d.metric("交付卫星[[超过70颗]]", "70", "颗", "over", "长春市")
    # a time statistic after the cues 平均 and 缩短 (GUIDELINES;
    # check_time_metric)
    d.metric("缩短至[[约45天]]", "45", "天", "approx", "长春市")
    # a bare four-digit year (GUIDELINES); 排至 outside
    d.date("已排至[[2028年]]", "2028", "长春市")
    # a group and its subsidiary: two ORGs across 旗下
    d.org("。[[浙江吉利控股集团有限公司]]旗下")
    d.org("旗下[[浙江时空道宇科技有限公司]]位于")
    d.city("位于[[台州]]的卫星")
    d.date("卫星工厂[[上月]]单月", "2026-10", "台州市")
    d.metric("下线[[16颗]]", "16", "颗", "exact", "台州市")
    # a company by its news name, acting (签署)
    d.org("；[[银河航天]]本月")
    # the rule: the first city after in the sentence (阿布扎比)
    d.date("银河航天[[本月]]与", "2026-11", "阿布扎比")
    # a foreign city by its common name (SPEC)
    d.city("与[[阿布扎比]]一家")
    d.metric("签署[[约2.6亿美元]]", "2.6e8", "美元", "approx", "阿布扎比")
    # P5 constellations (no CITY)
    d.org("提速。[[中国卫星网络集团有限公司]]（")
    d.org("以下简称“[[中国星网]]”）今年")
    # 以来 outside: 今年 the DATE
    d.date("中国星网”）[[今年]]以来", Y, "")
    d.metric("组网发射[[17次]]", "17", "次", "exact", "")
    d.org("；[[上海垣信卫星科技有限公司]]（")
    d.org("以下简称“[[垣信卫星]]”）运营")
    d.metric("增至[[324颗]]", "324", "颗", "exact", "")
    # 去年底: the year (SPEC 年底), from the reference year
    d.date("较[[去年底]]增加", LY, "")
    d.metric("增加[[约190颗]]", "190", "颗", "approx", "")
    # a year and its end (GUIDELINES 2025年底); 前 outside
    d.date("计划[[2027年底]]前", NY, "")
    d.metric("前[[突破600颗]]", "600", "颗", "over", "")
    d.org("。[[中国卫通集团股份有限公司]]今年")
    d.date("卫通集团股份有限公司[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约21.7亿元]]", "21.7e8", "元", "approx", "")
    d.metric("同比下降[[约6.8%]]", "6.8", "%", "approx", "")
    d.metric("升至[[约38%]]", "38", "%", "approx", "")
    d.org("。[[北京国电高科科技有限公司]]计划")
    # a year word written before a holiday is inside its span (SPEC 2024年
    # 春节); 明年 from the reference year: 2027-02-06; 前 outside
    d.date("计划在[[明年春节]]前", "2027-02-06", "")
    d.metric("再发射[[24颗]]", "24", "颗", "exact", "")
    # a ministry of two fields joined by 和 (JOINED_NAMES)
    d.org("。[[工业和信息化部]]上周")
    # the ISO week before W48
    d.date("信息化部[[上周]]发布", "2026-W47", "")
    d.date("显示，[[今年1月]]至10月国内", "2026-01", "")
    d.date("今年1月至[[10月]]国内", "2026-10", "")
    d.metric("出货量[[约1260万台]]", "1260e4", "台", "approx", "")
    d.metric("同比增长[[约57%]]", "57", "%", "approx", "")
    # P6 parks (北京市, 上海, 西安, 武汉、成都、合肥 in their sentences)
    # a zone's management committee with its city inside: one ORG, no CITY
    # (SPEC: a city inside an organization name)
    d.org("扩容。[[北京经济技术开发区管委会]]表示")
    # the rule: the first city after in the sentence (北京市)
    d.date("表示，[[今年前10个月]]区内", Y, "北京市")
    d.metric("营收[[约410亿元]]", "410e8", "元", "approx", "北京市")
    # written with its 市 (SPEC 杭州市)
    d.city("占[[北京市]]行业")
    # SPEC: 近一半 -> 50 %, approx
    d.metric("总量的[[近一半]]", "50", "%", "approx", "北京市")
    # a city's commission of two fields joined by 和 (JOINED_NAMES), its
    # city inside
    d.org("；[[上海市经济和信息化委员会]]数据")
    d.city("显示，[[上海]]今年")
    d.date("上海[[今年]]新落地", Y, "上海市")
    d.metric("应用项目[[38个]]", "38", "个", "exact", "上海市")
    d.metric("总投资[[约185亿元]]", "185e8", "元", "approx", "上海市")
    d.org("。[[西安航天基地管委会]]称")
    d.city("称，[[西安]]今年")
    d.date("西安[[今年]]新增", Y, "西安市")
    d.metric("航天企业[[约260家]]", "260", "家", "approx", "西安市")
    d.metric("从业人员[[超过4.2万人]]", "4.2e4", "人", "over", "西安市")
    # three cities opening their clause before their collective label 三市
    # (SPEC 五市; check_collective)
    d.city("；[[武汉]]、成都")
    d.city("、[[成都]]、合肥")
    d.city("、[[合肥]]三市")
    # the rule: the nearest city before (合肥, the list's last), though the
    # figures are one city's each: the rule as written
    d.date("三市[[今年上半年]]分别", Y, "合肥市")
    d.metric("航天项目[[15个]]", "15", "个", "exact", "合肥市")
    d.metric("、[[12个]]和", "12", "个", "exact", "合肥市")
    d.metric("和[[9个]]。", "9", "个", "exact", "合肥市")
    d.date("统计，[[今年]]以来全国", Y, "")
    d.metric("投资[[超过600亿元]]", "600e8", "元", "over", "")
    # P7 finance (no CITY: 上海 only inside 上海证券交易所)
    d.date("加码。[[今年]]以来", Y, "")
    d.metric("融资[[约140笔]]", "140", "笔", "approx", "")
    d.metric("披露金额[[超过520亿元]]", "520e8", "元", "over", "")
    d.metric("单笔[[超过10亿元]]", "10e8", "元", "over", "")
    d.metric("的有[[11笔]]", "11", "笔", "exact", "")
    # a national fund with its proper name (GUIDELINES: an industrial
    # investment fund needs a place, a level or a proper name)
    d.org("。[[国家制造业转型升级基金]]上月")
    d.date("升级基金[[上月]]领投", "2026-10", "")
    d.org("领投[[蓝箭航天]]新一轮")
    d.metric("金额[[约30亿元]]", "30e8", "元", "approx", "")
    d.org("；[[蓝箭航天]]已于")
    d.date("已于[[9月底]]向", "2026-09", "")
    # the exchange, its city inside (no CITY); 科创板 a board, outside
    # (GUIDELINES 上海证券交易所科创板上市公司 -> 上海证券交易所)
    d.org("向[[上海证券交易所]]提交")
    d.org("。[[中国人民财产保险股份有限公司]]相关")
    d.date("该公司[[今年]]承保", Y, "")
    d.metric("保额[[约96亿元]]", "96e8", "元", "approx", "")
    d.date("较[[两年前]]下降约2", "2024", "")
    # 个百分点 -> 百分点 (SPEC)
    d.metric("下降[[约2个百分点]]", "2", "百分点", "approx", "")
    # P8 the outlook (no CITY)
    d.date("展望[[明年]]，一位", NY, "")
    d.date("预计，[[明年]]我国", NY, "")
    d.metric("达到[[80次左右]]", "80", "次", "approx", "")
    d.metric("入轨量或[[超过500颗]]", "500", "颗", "over", "")
    d.metric("首次[[突破4000亿元]]", "4000e8", "元", "over", "")
    # GUIDELINES' own form 国家发展改革委; 会同 outside both names
    d.org("了解到，[[国家发展改革委]]等")
    d.org("会同[[国家国防科技工业局]]研究")
    # several months of a year (SPEC): the year; 明年 attached
    d.date("有望于[[明年上半年]]出台", NY, "")
    # a bare four-digit year; 到 outside
    d.date("到[[2030年]]我国", "2030", "")
    d.metric("达到[[200次以上]]", "200", "次", "over", "")
    audit = {
        "orgs": ["科技日报", "国家航天局商业航天司", "国家航天局",
                 "中国航天科技集团有限公司", "航天科技集团",
                 "中国运载火箭技术研究院", "中国长征火箭有限公司",
                 "中国航天科工集团有限公司", "航天科工火箭技术有限公司",
                 "蓝箭航天空间科技股份有限公司", "蓝箭航天",
                 "北京星河动力航天科技股份有限公司", "中科宇航",
                 "海南国际商业航天发射有限公司", "国家开发银行海南省分行",
                 "文昌国际航天城管理局", "中国空间技术研究院",
                 "中国科学院微小卫星创新研究院", "长光卫星技术股份有限公司",
                 "长光卫星", "浙江吉利控股集团有限公司",
                 "浙江时空道宇科技有限公司", "银河航天",
                 "中国卫星网络集团有限公司", "中国星网",
                 "上海垣信卫星科技有限公司", "垣信卫星",
                 "中国卫通集团股份有限公司", "北京国电高科科技有限公司",
                 "工业和信息化部", "北京经济技术开发区管委会",
                 "上海市经济和信息化委员会", "西安航天基地管委会",
                 "国家制造业转型升级基金", "上海证券交易所",
                 "中国人民财产保险股份有限公司", "国家发展改革委",
                 "国家国防科技工业局"],
        "cities": ["北京", "北京市", "海阳", "武汉", "广州", "文昌", "上海",
                   "长春", "台州", "阿布扎比", "西安", "成都", "合肥",
                   # absent cities as guards: none written
                   "酒泉", "烟台", "南通", "湖州", "嘉兴", "海口", "深圳",
                   "杭州", "南京", "天津", "重庆", "日照", "东方"],
        "excluded": [],
        "numbers_excluded": [],
        # 一 of 一次 and 一家 and 一位 (GUIDELINES: 一 before a measure word is
        # the indefinite article), 二 of 第二次 (an ordinal, SPEC), 一 of 一级
        # (a rocket's first stage) and 新一轮 (a new round), 二 of 二期 (x2, a
        # phase's label, GUIDELINES 二期工程), 千 of 千帆星座 (a
        # constellation's name)
        "cn_excluded": ["海域[[一]]次将", "第[[二]]次一级", "次[[一]]级回收",
                        "；[[二]]期工程", "为[[二]]期工程", "阿布扎比[[一]]家",
                        "新[[一]]轮", "，[[一]]位业内", "[[千]]帆星座"],
        "collectives": [("合肥[[三]]市", 3)],
        "latin_excluded": [],
        # words that are no DATE or figure: 航天 (its 天), 节奏 (a pace),
        # 明显 (clearly), 年产 (x3, annual output or capacity), 年发射 (x2, an
        # annual launch capacity), 单季 (a single quarter, a record's
        # measure), 周期 (a cycle), 周边 (the surroundings), 全年 of 去年全年
        # (GUIDELINES: outside the span), 单月 (in a single month); 同期 only
        # inside 去年同期, 以来 x3 after 今年 rows (no time character); 每年,
        # 近年 (none written)
        "words_excluded": {"航天": 15, "节奏": 1, "明显": 1, "年产": 3,
                           "年发射": 2, "单季": 1, "周期": 1, "周边": 1,
                           "全年": 1, "单月": 1, "以来": 3, "每年": 0,
                           "近年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and trade names a cut ORG would leave outside
        "orgwords_excluded": {"公司": 1, "集团": 0, "研究院": 0, "管委会": 0,
                              "基金": 0, "银行": 0, "交易所": 0, "委员会": 0,
                              "管理局": 0, "航天局": 0, "发展改革委": 0,
                              "科工局": 0, "有限公司": 0, "日报": 0,
                              "蓝箭": 0, "星河": 0, "中科宇航": 0,
                              "长光": 0, "时空道宇": 0, "吉利": 0, "垣信": 0,
                              "星网": 0, "卫通": 0, "国电高科": 0,
                              "银河航天": 0},
        "orgstring_excluded": [],
    }
    return d, audit
# ===========================================================================
# g336 Taiwan's professional baseball in November 2026: the byline (台北)
# and the league's figures (中華職業棒球大聯盟 昨（22）日: 115年, 114年; 上月;
# 7月至8月, 去年同期); the clubs (中信兄弟 台中, 中信金 明年; 富邦金控, 富邦悍將
# 新北, 富邦育樂股份有限公司 今年; 味全龍 台北, 統一獅; 統一企業, 統一棒球隊股份
# 有限公司, 台南; 樂天集團, 樂天桃猿 桃園 今年, 去年; 台鋼集團, 台鋼雄鷹 高雄;
# 今年); tickets (中職 今年, 去年, 明年, 本月中旬; 統一超商 今年, 去年;
# 全家便利商店與味全龍); stadiums (大巨蛋 今年; 台北市政府體育局, 遠雄巨蛋事業
# 股份有限公司 116年3月; 新北市政府體育處; 台中市政府運動局 116年底; 高雄市政府
# 運動發展局, 台鋼集團; 台南市政府體育局 明年, 統一獅; 桃園市政府體育局, 樂天
# 桃猿 今年; 嘉義市 明年, 新竹市政府 明年, 味全龍); broadcasts and sponsors
# (中職 上週五: 緯來電視網、愛爾達電視及中華電信 116年至118年; 台灣大哥大;
# 緯來電視網 今年, 去年; 台灣菸酒股份有限公司; 中職, 宏碁; 10月底, 114年同期);
# abroad (味全龍 明年, 福岡軟銀鷹, 福岡; 中信兄弟 明年2月, 東京, 讀賣巨人);
# salaries (中職 今年, 去年); rookies (中職 11月12日; 中華民國棒球協會 今年,
# 兩年前); the outlook (明年, 中職 民國116年3月下旬; 運動部 116年度; 12月1日;
# 聖誕節, 元旦, 農曆春節).  Traditional as Taiwan writes it (台, 占, 公布,
# 年增, 新台幣, 億, 萬, 1萬1,454-style figures, ROC years), stored as Big5
# as Taiwan writes it (cp950), 2026-11-23 (a Monday, ISO week 2026-W48),
# 中國時報; its byline 記者許書瑋／台北報導 names no outlet and the city filed
# from (台北; ／ is a Big5/cp950 form, declared); 碁 of 宏碁 is cp950's
# (declared, in its ORG row).  昨（22）日 2026-11-22; 上週五 2026-11-20;
# 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g336():
    d = Doc(G336)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section; it names none);
    # 職棒 (professional baseball) names no body
    d.date("職棒[[今年]]進場", Y, "")
    # 逾 inside the span (SPEC 逾): over
    d.metric("進場[[逾412萬人次]]", "412e4", "人次", "over", "")
    d.date("球團[[明年]]擬", NY, "")
    d.metric("票價[[約一成]]\n", "10", "%", "approx", "")
    # the byline 記者許書瑋／台北報導: 台北, the city filed from, a CITY (SPEC;
    # precedent YA's 記者沈佩瑤／台北報導); a line of its own, so no sentence
    # of the body shares it
    d.city("／[[台北]]報導")
    # P1 the league's figures (no CITY)
    # the league's body by its registered name and its bracketed short form
    # (中…職 in order, GUIDELINES), acting (公布)
    d.org("\n\n[[中華職業棒球大聯盟]]（")
    d.org("（[[中職]]）昨")
    # 昨（22）日: one span, the bracketed day agreeing with the word (SPEC
    # 今（5）日; GUIDELINES 昨（2）日)
    d.date("中職）[[昨（22）日]]公布", "2026-11-22", "")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023)
    d.date("公布[[115年]]球季", "2026", "")
    # 場 counts games (a measure word)
    d.metric("例行賽[[360場]]共", "360", "场", "exact", "")
    # a magnitude and a last section of three or four digits are one figure
    # (GUIDELINES 2萬6,512棟): 4123600
    d.metric("吸引[[約412萬3,600人次]]", "4123600", "人次", "approx", "")
    d.metric("場均[[約1萬1,454人]]", "11454", "人", "approx", "")
    d.date("較[[114年]]成長", "2025", "")
    d.metric("成長[[約10.4%]]", "10.4", "%", "approx", "")
    d.metric("票房收入[[約19.8億元]]", "19.8e8", "元", "approx", "")
    d.date("加計[[上月]]舉行", "2026-10", "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside with the currency (GUIDELINES 约人民币100亿元;
    # SPEC 突破 is over)
    d.metric("突破新台幣[[23億元]]", "23e8", "元", "over", "",
             outer="突破新台幣")
    d.org("。[[中職]]指出，台灣大賽")
    d.metric("台灣大賽[[7場]]比賽", "7", "场", "exact", "")
    d.metric("共湧入[[約21萬人次]]", "21e4", "人次", "approx", "")
    # a range of months: two mentions (SPEC 2024年3月至5月), the reference
    # year (check_bare_year)
    d.date("來看，[[7月]]至8月", "2026-07", "")
    d.date("7月至[[8月]]暑假", "2026-08", "")
    d.metric("場均[[約1萬3,200人]]", "13200", "人", "approx", "")
    d.metric("場均[[約8,900人]]", "8900", "人", "approx", "")
    # 去年同期 after a range of months of one year: the year before
    # (GUIDELINES; check_last_year_period)
    d.date("較[[去年同期]]增加約12%", LY, "")
    d.metric("增加[[約12%]]", "12", "%", "approx", "")
    # P2 the clubs (台中, 新北, 台北, 台南 in their sentences)
    # a professional club acts as a company (GUIDELINES): an ORG by its name
    d.org("以[[中信兄弟]]最為")
    d.city("在[[台中]]與大巨蛋")
    d.metric("主場[[60場]]湧入", "60", "场", "exact", "台中市")
    d.metric("湧入[[約92萬人次]]", "92e4", "人次", "approx", "台中市")
    d.metric("場均[[逾1萬5,300人]]", "15300", "人", "over", "台中市")
    d.metric("收入合計[[約12.6億元]]", "12.6e8", "元", "approx", "台中市")
    # Taiwan's financial holding companies by their short names
    # (GUIDELINES: 中信金); 母企業 a descriptor, outside
    d.org("母企業[[中信金]]表示")
    d.date("表示，[[明年]]將再", NY, "")
    d.metric("投入[[約3億元]]", "3e8", "元", "approx", "")
    # a holding company and its club: two ORGs across 旗下
    d.org("。[[富邦金控]]旗下")
    d.org("旗下[[富邦悍將]]在新北")
    # a special municipality by its short form (SPEC: 新北 is CITY)
    d.city("在[[新北]]的主場")
    d.metric("場均[[約1萬1,800人]]", "11800", "人", "approx", "新北市")
    d.org("，[[富邦育樂股份有限公司]]指出")
    d.date("新莊棒球場[[今年]]有", Y, "新北市")
    d.metric("今年有[[9場]]", "9", "场", "exact", "新北市")
    d.metric("單場[[突破1萬2,000人]]", "12000", "人", "over", "新北市")
    d.org("。[[味全龍]]在台北")
    d.city("味全龍在[[台北]]的主場")
    d.metric("場均[[約1萬0960人]]", "10960", "人", "approx", "台北市")
    d.org("，[[統一獅]]約9,870人")
    d.metric("統一獅[[約9,870人]]", "9870", "人", "approx", "台北市")
    d.org("；[[統一企業]]旗下")
    d.org("旗下[[統一棒球隊股份有限公司]]透露")
    d.org("透露，[[統一獅]]在台南")
    d.city("統一獅在[[台南]]的主場")
    d.metric("商品營收[[約2.4億元]]", "2.4e8", "元", "approx", "台南市")
    d.metric("年增[[約18%]]", "18", "%", "approx", "台南市")
    # the rule: the nearest city before (台南) wins over the first after
    # (高雄), here what the share is about
    d.metric("其中[[約三成]]來自", "30", "%", "approx", "台南市")
    # a city before 等地 (a list sharing one head, SPEC 广州、深圳等机场)
    d.city("來自[[高雄]]等地")
    # P3 (桃園, 高雄 in their sentences)
    d.org("\n\n[[樂天集團]]旗下")
    d.org("旗下[[樂天桃猿]]今年")
    # the rule: the first city after in the sentence (桃園)
    d.date("樂天桃猿[[今年]]在桃園", Y, "桃园市")
    d.city("今年在[[桃園]]的主場")
    d.metric("場均[[約8,450人]]", "8450", "人", "approx", "桃园市")
    d.date("較[[去年]]減少", LY, "桃园市")
    d.metric("減少[[約4%]]", "4", "%", "approx", "桃园市")
    d.org("；[[台鋼集團]]旗下台鋼雄鷹")
    d.org("旗下[[台鋼雄鷹]]在高雄")
    d.city("台鋼雄鷹在[[高雄]]的主場")
    d.metric("成長[[約21%]]", "21", "%", "approx", "高雄市")
    d.metric("場均[[約7,900人]]", "7900", "人", "approx", "高雄市")
    d.date("各隊[[今年]]商品", Y, "")
    d.metric("合計[[約8.9億元]]", "8.9e8", "元", "approx", "")
    # P4 tickets (no CITY)
    d.org("方面，[[中職]]統計今年")
    d.date("中職統計[[今年]]例行賽", Y, "")
    d.metric("平均票價[[約430元]]", "430", "元", "approx", "")
    d.date("較[[去年]]上漲", LY, "")
    d.metric("上漲[[約6%]]", "6", "%", "approx", "")
    d.date("提出[[明年]]票價", NY, "")
    # SPEC 4成 -> 40 %: 一成 -> 10 % (GUIDELINES: a figure in 一成)
    d.metric("調漲[[約一成]]，", "10", "%", "approx", "")
    d.org("，[[中職]]本月中旬")
    # a part of a month is the month (SPEC 9月上旬)
    d.date("中職[[本月中旬]]將", "2026-11", "")
    d.org("。[[統一超商]]表示")
    d.date("表示，[[今年]]透過門市", Y, "")
    d.metric("職棒門票[[約186萬張]]", "186e4", "张", "approx", "")
    d.date("較[[去年]]增加約23%", LY, "")
    d.metric("增加[[約23%]]", "23", "%", "approx", "")
    # a chain and a club joined by 與 (LISTED_PAIRS)
    d.org("；[[全家便利商店]]與")
    d.org("與[[味全龍]]推出")
    d.metric("銷售額[[約6,200萬元]]", "6200e4", "元", "approx", "")
    # P5 stadiums (嘉義市 in the last sentence; the other cities only inside
    # ORG rows: the city governments' bureaus, no CITY)
    d.date("大巨蛋[[今年]]共排定", Y, "")
    d.metric("例行賽[[74場]]", "74", "场", "exact", "")
    # 每場 before the number stays outside the span and the unit
    # (GUIDELINES 每平方米16712元)
    d.metric("湧入[[約2萬6,800人]]", "26800", "人", "approx", "")
    # a bureau written right after its city government: one ORG
    # (GUIDELINES 新北市政府地政局), no CITY inside
    d.org("。[[台北市政府體育局]]表示")
    d.org("，[[遠雄巨蛋事業股份有限公司]]向")
    d.metric("每場[[55萬元]]", "55e4", "元", "exact", "")
    d.metric("票房[[10%]]", "10", "%", "exact", "")
    d.metric("編列[[約1.2億元]]翻修", "1.2e8", "元", "approx", "")
    # a ROC year and its month (SPEC 112年5月20日 -> 2023-05-20)
    d.date("預計[[116年3月]]完工", "2027-03", "")
    d.org("。[[新北市政府體育處]]將")
    d.metric("投入[[約8,600萬元]]", "8600e4", "元", "approx", "")
    d.org("；[[台中市政府運動局]]表示")
    # 席 counts seats (GUIDELINES)
    d.metric("增建[[約3,000席]]", "3000", "席", "approx", "")
    # a ROC year and its end: the year (SPEC 112年, 年底)
    d.date("，[[116年底]]完工", "2027", "")
    d.metric("容納[[約2萬3,000人]]", "23000", "人", "approx", "")
    d.org("。[[高雄市政府運動發展局]]表示")
    d.org("表示，[[台鋼集團]]已完成")
    d.metric("每年[[約1,200萬元]]", "1200e4", "元", "approx", "")
    d.org("；[[台南市政府體育局]]指出")
    d.date("訓練中心[[明年]]將承辦", NY, "")
    d.org("承辦[[統一獅]]約20場")
    d.metric("統一獅[[約20場]]", "20", "场", "approx", "")
    d.org("。[[桃園市政府體育局]]表示")
    d.org("，[[樂天桃猿]]主場")
    d.date("主場[[今年]]繳交", Y, "")
    d.metric("場租[[約3,100萬元]]", "3100e4", "元", "approx", "")
    # 嘉義 counts only as 嘉義市 (GUIDELINES; TAIWAN_SHI_ONLY); the rule:
    # the nearest city before for every figure of its sentence, 新竹市政府
    # being an ORG with no CITY inside: the rule as written
    d.city("；[[嘉義市]]也")
    d.date("爭取[[明年]]6場", NY, "嘉义市")
    d.metric("明年[[6場]]例行賽", "6", "场", "exact", "嘉义市")
    d.org("，[[新竹市政府]]則")
    d.date("棒球場[[明年]]將為", NY, "嘉义市")
    d.org("將為[[味全龍]]保留")
    d.metric("保留[[約12場]]", "12", "场", "approx", "嘉义市")
    # P6 broadcasts and sponsors (no CITY)
    d.org("升溫。[[中職]]上週五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("中職[[上週五]]宣布", "2026-11-20", "")
    # three broadcasters, the last two joined by 及 (LISTED_PAIRS)
    d.org("宣布，[[緯來電視網]]、")
    d.org("、[[愛爾達電視]]及")
    d.org("及[[中華電信]]取得")
    # a range of ROC years: two mentions (SPEC: a date range is two
    # mentions; GUIDELINES 115年至116年间)
    d.date("取得[[116年]]至118年", "2027", "")
    d.date("116年至[[118年]]轉播權", "2029", "")
    d.metric("總金額[[約15.6億元]]", "15.6e8", "元", "approx", "")
    d.metric("成長[[約三成]]", "30", "%", "approx", "")
    d.org("；[[台灣大哥大]]則")
    d.metric("每年權利金[[約1.8億元]]", "1.8e8", "元", "approx", "")
    d.org("。[[緯來電視網]]指出")
    d.date("指出，[[今年]]轉播場次", Y, "")
    d.metric("收視率[[約0.92%]]", "0.92", "%", "approx", "")
    d.date("較[[去年]]提升", LY, "")
    # 個百分點 -> 百分点 (SPEC)
    d.metric("提升[[約0.1個百分點]]", "0.1", "百分点", "approx", "")
    d.org("。[[台灣菸酒股份有限公司]]續簽")
    d.metric("金額[[約4,500萬元]]", "4500e4", "元", "approx", "")
    d.org("；[[中職]]也攜手")
    # 宏碁 (Acer), the company, acting: its 碁 is cp950's (IN_ORG)
    d.org("攜手[[宏碁]]建置")
    d.metric("首期投入[[約5,000萬元]]", "5000e4", "元", "approx", "")
    d.date("截至[[10月底]]", "2026-10", "")
    # an organization named in a product counts (SPEC 百度地图 -> 百度)
    d.org("，[[中職]]官方網站")
    d.metric("付費會員[[約38萬人]]", "38e4", "人", "approx", "")
    # 同期 written after a year is part of its span and gives the year
    # (GUIDELINES 2019年同期): a ROC year, 2025
    d.date("較[[114年同期]]增加", "2025", "")
    d.metric("增加[[約9萬人]]", "9e4", "人", "approx", "")
    # 最高 sets no qualifier; the adjacent 約 does (GUIDELINES); the noun
    # before the figure names it, no unit after it
    d.metric("觀看人次[[約126萬]]", "126e4", "", "approx", "")
    # P7 abroad (福岡, 東京 in their sentences)
    d.org("方面，[[味全龍]]明年")
    # the rule: the first city after in the sentence (福岡, the CITY after
    # the club's name), though the plan is the club's: the rule as written
    d.date("味全龍[[明年]]將攜手", NY, "福冈")
    # a professional club's name with its city is one ORG, no CITY inside
    # (GUIDELINES 上海申花)
    d.org("攜手[[福岡軟銀鷹]]，")
    d.metric("派出[[約8名]]", "8", "名", "approx", "福冈")
    # a foreign city by its common Chinese name (SPEC)
    d.city("赴[[福岡]]移地")
    d.org("；[[中信兄弟]]預計")
    d.date("預計[[明年2月]]赴", "2027-02", "东京")
    d.city("赴[[東京]]挑戰")
    d.org("挑戰[[讀賣巨人]]，")
    d.metric("進行[[2場]]交流賽", "2", "场", "exact", "东京")
    # P8 salaries (no CITY)
    d.org("方面，[[中職]]統計，今年")
    d.date("統計，[[今年]]一軍", Y, "")
    d.metric("平均月薪[[約31.5萬元]]", "31.5e4", "元", "approx", "")
    d.date("較[[去年]]增加約2.6萬元", LY, "")
    d.metric("增加[[約2.6萬元]]", "2.6e4", "元", "approx", "")
    # 超過 inside the span (SPEC)
    d.metric("月薪[[超過100萬元]]", "100e4", "元", "over", "")
    d.metric("增至[[5人]]", "5", "人", "exact", "")
    d.date("各隊[[今年]]薪資", Y, "")
    d.metric("合計[[約16.2億元]]", "16.2e8", "元", "approx", "")
    d.metric("比重[[約37%]]", "37", "%", "approx", "")
    # P9 rookies (no CITY)
    d.org("方面，[[中職]]11月12日")
    d.date("中職[[11月12日]]舉行", "2026-11-12", "")
    d.metric("共有[[58名]]", "58", "名", "exact", "")
    d.metric("總額[[約1.1億元]]", "1.1e8", "元", "approx", "")
    # 最高 sets no qualifier (GUIDELINES); 為 a value word: exact
    d.metric("簽約金為[[650萬元]]", "650e4", "元", "exact", "")
    d.org("；[[中華民國棒球協會]]指出")
    d.date("指出，[[今年]]高中", Y, "")
    d.metric("登錄選手[[約4,200人]]", "4200", "人", "approx", "")
    # N年前 a relative DATE (SPEC 两年前)
    d.date("較[[兩年前]]增加", "2024", "")
    d.metric("增加[[約15%]]", "15", "%", "approx", "")
    # P10 the outlook (no CITY)
    d.date("展望[[明年]]，中職", NY, "")
    d.org("明年，[[中職]]預計")
    # 民國 inside the span (SPEC); a part of a month is the month (SPEC
    # 9月上旬)
    d.date("預計[[民國116年3月下旬]]開季", "2027-03", "")
    d.metric("維持[[360場]]", "360", "场", "exact", "")
    d.metric("安排[[約80場]]", "80", "场", "approx", "")
    d.org("。[[運動部]]也在")
    # 年度 inside the span (GUIDELINES 2022年度)
    d.date("也在[[116年度]]預算", "2027", "")
    d.metric("編列[[約2.8億元]]", "2.8e8", "元", "approx", "")
    # a bare month and day of the reference year (check_bare_year); 起
    # outside
    d.date("將於[[12月1日]]起", "2026-12-01", "")
    # yearless holidays, the coming ones (GUIDELINES), in a sentence with
    # no year word; Taiwan's 聖誕節 12-25; 假期 and 期間 outside
    d.date("；[[聖誕節]]及", "2026-12-25", "")
    d.date("及[[元旦]]假期", "2027-01-01", "")
    # GUIDELINES: 农历春节 is 春节; yearless, the coming one; 前後 outside
    d.date("預料[[農曆春節]]前後", "2027-02-06", "")
    audit = {
        "orgs": ["中華職業棒球大聯盟", "中職", "中信兄弟", "中信金", "富邦金控",
                 "富邦悍將", "富邦育樂股份有限公司", "味全龍", "統一獅",
                 "統一企業", "統一棒球隊股份有限公司", "樂天集團", "樂天桃猿",
                 "台鋼集團", "台鋼雄鷹", "統一超商", "全家便利商店",
                 "台北市政府體育局", "遠雄巨蛋事業股份有限公司",
                 "新北市政府體育處", "台中市政府運動局", "高雄市政府運動發展局",
                 "台南市政府體育局", "桃園市政府體育局", "新竹市政府",
                 "緯來電視網", "愛爾達電視", "中華電信", "台灣大哥大",
                 "台灣菸酒股份有限公司", "宏碁", "福岡軟銀鷹", "讀賣巨人",
                 "中華民國棒球協會", "運動部"],
        "cities": ["台北", "台中", "新北", "台南", "桃園", "高雄", "嘉義市",
                   "福岡", "東京",
                   # cities written only inside ORG rows (SPEC: no CITY):
                   # 新竹 (新竹市政府), 嘉義 only inside 嘉義市
                   "新竹", "嘉義",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "花蓮", "屏東", "宜蘭", "雲林", "斗六",
                   "台東", "基隆", "首爾", "大阪", "上海", "香港"],
        "excluded": [],
        "numbers_excluded": [],
        # 一 of 一位球團高層 (GUIDELINES: 一 before a measure word is the
        # indefinite article); 一軍, 上一期 and 雙雙 below (words)
        "cn_excluded": ["。[[一]]位球團"],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE or figure: 球季 (x2, a season), 季後 (the
        # post-season's 季), 季票 (a season ticket), 開季 (the season's
        # opening), 每年 (x2, recurring, SPEC 每月5日), 年增 (year on year;
        # twice more across the end of a 去年 row: 較去年增加),
        # 年輕 (young), 月薪 (x2, a monthly salary), 月份 (months in
        # general), 平日 (weekdays), 天母 (a district), 明星賽 (the all-star
        # game), 周邊 (the surroundings), 照明 (lighting); 一軍 (the first
        # team), 上一期 (the
        # previous term) and 雙雙 (both) hold no figure; 同期 only inside
        # 去年同期 and 114年同期; 以來, 全年, 近年 (none written)
        "words_excluded": {"球季": 2, "季後": 1, "季票": 1, "開季": 1,
                           "每年": 2, "年增": 3, "年輕": 1, "月薪": 2,
                           "月份": 1, "平日": 1, "天母": 1, "明星賽": 1,
                           "周邊": 1, "照明": 1, "一軍": 1, "上一期": 1,
                           "雙雙": 1,
                           "以來": 0, "全年": 0, "近年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and trade names a cut ORG would leave outside
        "orgwords_excluded": {"政府": 2, "理事會": 1, "聯盟": 3, "公司": 0,
                              "集團": 0, "股份有限公司": 0, "體育局": 0,
                              "運動局": 0, "體育處": 0, "協會": 0,
                              "電視": 0, "電信": 0, "中信": 0, "富邦": 0,
                              "統一": 0, "樂天": 0, "台鋼": 0, "味全": 0,
                              "遠雄": 0, "緯來": 0, "愛爾達": 0, "宏碁": 0,
                              "讀賣": 0, "軟銀": 0, "大哥大": 0, "菸酒": 0},
        "orgstring_excluded": [],
    }
    return d, audit
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
    halves each title declares (TITLE_HALVES: g335's space after 58次,
    g336's after 創新高; annotate_qa.py's; annotate_ya.py's g329 and g330
    had theirs after 约6% and 約6%)."""
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
    so their rows take none (as in annotate_ya.py's pair); annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading.  g336's byline
    記者許書瑋／台北報導 stands on a line of its own (a line break ends a
    sentence), so its 台北 gives no city to the body; g335's dateline opens
    its first paragraph, so its 北京 gives its city to every DATE and
    METRIC of the first sentence (科技日报北京11月23日电（记者叶玙）记者23日
    …增加约1.4倍。), as annotate_xa.py's opener did."""
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
    for its g318's 明年1月16日至18日; used here: g335's 记者23日 after the
    dateline's 11月 in the same sentence -> 2026-11-23; check_gloss asserts
    a bracketed day's date as the word's, kept, unused)."""
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
    it; annotate_ya.py used it for its g329's 随着元旦、春节临近，…，12月
    计划投放量… -> 2026-12; kept, unused here: neither article writes a bare
    month or quarter in a sentence with a yearless holiday).  The holiday is the first such one of the sentence; its date
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
    cues, annotate_pa.py's addition: GUIDELINES name it).  Used here:
    g335's 约45天 (单星平均研制周期缩短至约45天: the cues 平均 and 缩短 in its
    clause)."""
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
    annotate_wa.py used it for its g318's 兩所; kept here: g335's 六成以上,
    近三成 and 两个 and g336's 約一成 (x2), 約三成 (x2) stand after no 、-list
    in their clause, and the list before g335's 三市 opens its clause,
    NOTES_za.md)."""
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
    annotate_ya.py used it for its g329's 每吨 figures; kept here: g336's
    每場 (每場55萬元, 平均每場湧入約2萬6,800人) and 每年 (權利金每年約1,200萬
    元, 每年權利金約1.8億元) stand before figures with a measure word not in
    the list or with words between, 每 outside the span and the unit).
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
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_ya.py
    kept it; annotate_wa.py's opener branch, unused by annotate_ya.py, used
    here): g335's dateline 科技日报北京11月23日电（记者叶玙） opens the third
    line, which runs on as the first paragraph, and holds its outlet (ORG
    科技日报: GUIDELINES, an outlet before its dateline at the start of a
    line), the city filed from (CITY 北京) and the day (DATE 11月23日, SPEC
    新华社北京3月5日电 -> 3月5日), the reporter's name no row; g336's byline
    記者許書瑋／台北報導 is the whole line, naming no outlet (中國時報's
    form), and its 台北, the city filed from, is a CITY; the rows stand in
    the declared order and none straddles the opening's ends
    (annotate_wa.py's).  An opening that opens with an outlet is a dateline:
    the outlet, the city and the day touch one another, in that order, and
    电 follows the day (new here; annotate_ya.py read outlets joined by the
    name dot right before 记者)."""
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
    if want and want[0][0] == "ORG":        # a dateline opens the line
        assert d.doc_id in OPENER, d.doc_id
        assert [typ for typ, _ in want] == ["ORG", "CITY", "DATE"], want
        mine = sorted((r for r in rows if s3 <= r["start"] and
                       r["end"] <= e3), key=lambda r: r["start"])
        assert mine[0]["start"] == s3, mine[0]
        assert all(a["end"] == b["start"] for a, b in zip(mine, mine[1:])), \
            mine
        assert d.text[mine[-1]["end"]:mine[-1]["end"] + 2] == "电（", mine
        assert line3.startswith("".join(t for _, t in want) + "电（记者"), \
            line3


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
    # each declared no-span character (玙 of g335's dateline, outside
    # GB2312; the ／ of g336's byline, a Big5/cp950 form) stands once, on
    # the byline or dateline (the third line), and in no span (checked per
    # row below)
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
            # line) before every span but the title's and the declared rows
            # at the start of that line (annotate_fb.py's ASTRAL_BEFORE_BODY:
            # annotate_ua.py's g305, annotate_vb.py's g313 and annotate_wa
            # .py's g317 opened with their outlets; annotate_ya.py allowed
            # declared outlets starting the line; here g335's dateline rows,
            # the outlet, the city and the day, stand before 玙, and g336's
            # ／ stands before every row but the title's): a row before a
            # declared character is the title's or a declared row on the
            # third line ending before it (BEFORE_DECLARED holds (type,
            # text) pairs here, annotate_ya.py's outlets' texts there)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                line3 <= s and e <= d.text.index(c) and
                (r["type"], tx) in BEFORE_DECLARED.get(d.doc_id, ())), r
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
            # annotate_na.py; annotate_va.py's 民國108年以來; g336's bare
            # 115年, 114年, 116年 and 118年 stand before 球季, 成長, 至 and
            # 轉播權)
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
            # read too; here g335's 工业和信息化部 and 上海市经济和信息化委员会
            # are declared; annotate_ya.py's 和欣客運 was declared in
            # JOINER_CHAR_NAMES): two listed names merged into one row stop
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
    # it for its g318's 宏碁; annotate_ya.py kept it unused; used here: 碁
    # of g336's 宏碁, cp950's F9 D6, once, inside its ORG row)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬, the
    # end of a ten-day period and the period before, are left open by SPEC
    # and GUIDELINES and were rewritten (new in annotate_na.py; used here:
    # g336's 本月中旬 and 民國116年3月下旬); no exclusion may cover one
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



