#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g341_pharma_wholesale_distributors and
g342_taiwan_cram_schools_education_bureaus (annotator AA).

Adapted from the precedent set's tools/annotate_za.py (now dev/tools/annotate_g335_g336.py) (/tmp/ho59/precedent:
a simplified mainland article and a traditional Taiwan article, the pair
closest to mine in script and region; copied and the data changed).  Both
of its storages differ from mine (UTF-8 WITH a BOM for its simplified g335
and Big5 as Taiwan writes it, cp950, for its Taiwan g336; here GB18030
WITHOUT a BOM, with a character outside GBK, for my simplified g341 and
UTF-8 WITH A BOM for my Taiwan g342), so both storage blocks are rebuilt:
- GB18030 WITHOUT A BOM for g341: annotate_zb.py's GB18030 block (its
  g337; the declared characters are the only ones GBK lacks, each written
  with its declared GB18030 bytes at its own place and of its declared
  kind; gbk, cp936 and gb2312 fail on the file first at the first declared
  character; every other line is GB2312 byte for byte; the Big5 family and
  the Unicode codecs fail or read another text), with its byline part
  (BYLINE: 本报记者 + the reporter's name + the city filed from + 报道, a
  line of its own; 本报 names no outlet, so no ORG row there, and the city
  filed from is a CITY row).  OUTSIDE_GBK holds 䶮 (U+4DAE, CJK Extension
  A), the reporter's given name on the byline 本报记者 梁䶮 广州报道, which
  GB18030 writes with the two bytes FE 9F (its mapping of a character GBK
  left to a private-use code: the "gb18030-fe-two-byte" kind that
  annotate_zb.py kept unused), once, in no span.  annotate_za.py's check_line3
  reads the byline's rows (LINE3), as it read g336's.
- UTF-8 WITH A BOM for g342: annotate_za.py's UTF-8-with-a-BOM block (its
  g335's; exactly one BOM EF BB BF, in front; utf-8-sig reads the text,
  plain utf-8 reads U+FEFF and the text; the file walked character by
  character after the BOM; the legacy codecs and UTF-16 fail or read
  another text, with the BOM and without it), turned to a traditional
  Taiwan text: its mainland checks (the characters GB2312 cannot write are
  the declared ones) become what a converter to a Big5 codec meets, read on
  the decoded text as annotate_zb.py read them for its UTF-16 Hong Kong
  text, with annotate_za.py's cp950 checks: every character plain Big5
  (OUTSIDE_BIG5 declared empty, IN_ORG empty), the ／ of 聯合報's byline
  記者蕭韻芩／台北報導 the one character whose plain-Big5 (A2 41) and cp950
  (A1 FE) codes differ (BIG5_FORMS, CP950_READS, DECLARED_WORD), so the text
  written in plain Big5 and in cp950 differs there only; gb18030 reads the
  Big5 rendering as another text with a far smaller share of common
  characters; the byline checks of annotate_za.py (記者, 2-3 Han, ／, 2-3
  Han, 報導; no 【】〔〕).
It keeps every other check of annotate_za.py: strict decoding, offsets,
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
199; 今（N）年/明（N）年 (used: 今（115）年1月, 明（116）年6月 in g342);
relative words (上月, 本月, 上周, 明年, 去年, 去年底, 两年前 in g341; 昨（21）日,
今（22）日, 上月, 明年, 去年, 兩年前 in g342); 上月 as a baseline, 上季 and
本季 (kept, unused); 去年同期 (used: twice in g341, twice in g342) and
上年同期 (kept); 同日 (used: g342's 同日 after 昨（21）日); the bare-day rule
(used: g342's 20日), the range check and the bracketed gloss (kept);
check_forward and check_holiday_period (kept); the 约占 check (used: g342's
約佔六成 and 約佔教育支出的27%); markers before, touching and after a span;
约为 (used: g341's 平均约为118天); a marker before a currency written before
the number (used: g342's 超過新台幣3萬元); the declared shared unit (kept);
the collective label (used: g341's 四家, 三地, 三市, 两地; g342's 兩市),
check_not_collective (used: g341's 合肥、南昌的两个) and
check_no_collective_metric; check_time_metric (used: g341's 112天, 5天,
约27天, 118天, 约10天); check_per_before (kept: g342's 每學期 and 每月 stand
outside their figures); the SHI_NEXT, 市-inside, CITY_STOPS, CITY_AMBIGUOUS,
NO_SHI, FOREIGN_SHI, TAIWAN_SHI_ONLY (used: 新竹市, 嘉義市) and TW_HK_FOREIGN
checks; LINE3 (both bylines, each with its CITY); JOINERS, JOINED_NAMES
(used: 中国物流与采购联合会医药物流分会, 立法院教育及文化委員會,
台中市補習教育暨品保協會), JOINER_CHAR_NAMES (kept, none) and LISTED_PAIRS
(used: 上药控股和九州通; 長頸鹿美語及吉的堡, 翰林…及南一…, 台灣大哥大與
中華電信); CODE_LABELS (kept, none); every 旬 inside a DATE row (none
written); the bare ROC year before 來; a bare 前N个月/前N月/前N季/前三季度
never opening a clause (g341's 上药控股有限公司前三季度); check_shiyi,
check_bare_period (used) and check_within_year (used: g341's 年内).
Changed or added here: the two storage blocks above; BYLINE for the GB18030
article in place of annotate_za.py's DATELINE (its dateline branch of
check_line3 stays, unused: no article here opens with a dateline); the
region check of the mainland article reads OUTSIDE_GBK (annotate_za.py's
read DECLARED_MAINLAND) and asserts its byline (annotate_za.py's asserted
its dateline); three ORG-row checks annotate_za.py lacked, ported from
annotate_zb.py and annotate_zc.py (no title at a row's end, no descriptor
in front, no preposition or verb of company opening a row; 子公司 and 屬下
join 旗下 among the words no row holds) after a mutation that spanned
g341's 控股股东中国医药集团有限公司 as one ORG passed; PARTICLE_CHAR_NAMES
(new, on the model of JOINER_CHAR_NAMES: a name that writes 的 as a
character of its trade name, g342's 吉的堡, declared with its count, is the
one ORG row the 的 of the ORG-row check lets through); the data, the
declarations and the audits; the calendar asserts of my reference dates
(2026-11-24 and 2026-11-22); the comments that named annotate_za.py's
articles now name mine, or its articles as its own.  No check was
loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM of g342 removed, nothing else
changed):

- g341 is simplified (mainland, 医药经济报, 2026-11-24, a Tuesday of ISO
  week 2026-W48), stored as GB18030 WITHOUT a BOM (the title's 今 = BD F1
  opens the file).  Every character is GB2312 but 䶮 of the byline's
  梁䶮 (GB18030 FE 9F, outside GBK), and OpenCC t2s leaves the article
  unchanged.  Its byline 本报记者 梁䶮 广州报道 names no outlet (本报) and
  the city filed from (a CITY).
- g342 is traditional (Taiwan, 聯合報, 2026-11-22, a Sunday, the last day
  of ISO week 2026-W47), stored as UTF-8 WITH a BOM (EF BB BF, then the
  title's 全 = E5 85 A8).  Its byline 記者蕭韻芩／台北報導 names no outlet
  and the city filed from (a CITY).  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan
  cities by their full names with 市).  A Taiwan text: 2-3 digit years
  before 年 are ROC years (112年 = 2023, 113年 = 2024, 114年 = 2025,
  115年 = 2026, 116年度 = 2027, 117年 = 2028, 民國101年 = 2012).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho59/precedent:
README, NOTES_za/zb/zc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g341_g342.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g341_g342.py
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
G341 = "g341_pharma_wholesale_distributors"
G342 = "g342_taiwan_cram_schools_education_bureaus"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G341: ("gb18030", b"", False, "2026-11-24", "医药经济报"),
    G342: ("utf-8", BOM8, True, "2026-11-22", "聯合報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_za.py kept it: a codec without one would skip every
# byte check); the GB18030 block is annotate_zb.py's, the UTF-8 block
# annotate_za.py's turned to a traditional Taiwan text
STORAGE_BLOCKS = ("gb18030", "utf-8")
# characters outside the BMP each article declares, in text order: none
# (g341's declared character is a BMP one of Extension A; the per-row
# UTF-16 check stays, switched off: ASTRAL_BEFORE_BODY is empty)
OUTSIDE_BMP = {G341: [], G342: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes (annotate_zb.py's OUTSIDE_GBK, whose 䂮
# stood on its byline): 䶮 (U+4DAE, CJK Extension A; yǎn, a character of
# given names) of the reporter's given name on the byline 本报记者 梁䶮 广州
# 报道 (the third line), once, in no span
OUTSIDE_GBK = {G341: {"䶮": b"\xfe\x9f"}}
# ... and the kinds they are of (annotate_tb.py's GB18030_KINDS, as
# annotate_zb.py kept it): one "gb18030-fe-two-byte" (FE 9F: GB18030's
# two-byte code of the FE row for a character GBK had left to a private-use
# code; annotate_ob.py's and annotate_tb.py's 䶮, annotate_yb.py's 䜣 FE 80
# were of this kind): one code point, one UTF-16 unit, two bytes like any
# GB2312 character, so no count moves after it; the "gb18030-four-byte-bmp"
# (annotate_zb.py's 䂮) and "gb18030-four-byte-astral" kinds are kept in the
# block, unused here
GB18030_KINDS = {G341: Counter({"gb18030-fe-two-byte": 1})}
# characters of the mainland article that GBK and GB18030 write with bytes
# that GB2312 reads as another character (annotate_pc.py's name dot of
# 农民日报·中国农网): none here; the block stays
GB_FORMS = {G341: {}}
# the byline line that holds the declared characters: a prefix (none here),
# the outlet + 记者 + a space, the reporters' names separated by a space,
# and the city filed from before 报道 after a space (annotate_zb.py's
# five-item BYLINE, itself annotate_yc.py's); 医药经济报 writes 本报记者 (the
# paper is edited in 广州), and GUIDELINES: a byline names its outlet, 本报
# none (not 本报记者), so the line holds no ORG row (precedents ZB, YB, XC,
# WC, WB); 广州 before 报道 is the city filed from, a CITY row at its place
# (precedents ZB, YC, XA, WB)
BYLINE = {G341: ("", ["本报"], "记者 ", ["梁䶮"], "广州")}
BYLINE_ORG = {G341: False}
# articles whose declared astral character stands on the third line before
# every row but the title's (annotate_sb.py's ASTRAL_BEFORE_BODY, as
# annotate_za.py kept it switched off): none here
ASTRAL_BEFORE_BODY = set()
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 holds it: none (every character of g342 is plain Big5, so a
# converter to Big5 or cp950 loses nothing; annotate_za.py's 碁 of 宏碁 is
# not written); the block stays, declared empty, and the UTF-8 block asserts
# the emptiness
OUTSIDE_BIG5 = {G342: {}}
# ... with their cp950 bytes (none)
BIG5_CODE = {}
# ... and the kinds they are of (none)
BIG5_KINDS = {G342: Counter()}
# the word each character outside plain Big5 stands in outside rows (none)
OUTSIDE_BIG5_WORD = {G342: {}}
# the ORG rows each declared character must stand in (annotate_za.py's
# IN_ORG for 碁 of 宏碁): none here
IN_ORG = {G342: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_za.py's ／ of 中國時報's byline): the full-width solidus ／
# (U+FF0F) of 聯合報's byline 記者蕭韻芩／台北報導, plain Big5 A2 41, cp950
# A1 FE; cp950 reads the plain-Big5 bytes A2 41 as ∕ (U+2215, DIVISION
# SLASH); the file is UTF-8, so they matter only to a converter of the text
# to a Big5 codec
BIG5_FORMS = {G342: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each such character stands in, with its count: the byline, once
DECLARED_WORD = {G342: {"／": ("記者蕭韻芩／台北報導", 1)}}
# the rows allowed before the declared characters on the third line, as
# (type, text): none (g341's byline opens with 本报记者, its 䶮 before its
# CITY 广州; g342's opens with 記者, its ／ before its CITY 台北)
BEFORE_DECLARED = {G341: set(), G342: set()}
# the third line of each article and the rows it holds, exactly: g341's
# byline 本报记者 梁䶮 广州报道 names no outlet and the city filed from;
# g342's byline 記者蕭韻芩／台北報導 (聯合報's form: 記者, the reporter's
# name, a full-width solidus, the city filed from and 報導, on a line of its
# own under the title) names no outlet, and its 台北, the city filed from,
# is a special municipality (SPEC; precedents ZA, YA)
LINE3 = {G341: ("本报记者 梁䶮 广州报道", [("CITY", "广州")]),
         G342: ("記者蕭韻芩／台北報導", [("CITY", "台北")])}
# the articles whose third line opens with a dateline and runs on as the
# first paragraph (annotate_za.py's OPENER, for its g335): none here
OPENER = set()
# a dateline's parts (annotate_za.py's DATELINE): none here
DATELINE = {}
# the first character of each file, with its bytes after the BOM (if any):
# g341's title opens with 今 (GB18030 BD F1, no BOM), g342's with 全 (UTF-8
# E5 85 A8, after the BOM EF BB BF)
FIRST_CHAR = {G341: ("今", b"\xbd\xf1"), G342: ("全", b"\xe5\x85\xa8")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves;
# each half is its own sentence for dates, the whole headline one sentence
# for the city column): g341 two (after 约4.6%), g342 two (after 1萬6842家)
TITLE_HALVES = {G341: 2, G342: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G342}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_za.py's list, itself annotate_ya.py's, annotate_xa.py's and
# their precedents'; 台, t2s of 臺, is left out: Taiwan writes 台); its last
# lines added the simplified forms of the precedents' traditional
# characters, and mine adds those of g342's that the list lacked (its last
# line), from OpenCC t2s of each character of the article, none of them
# written in it (the check in main() asserts that the list covers them
# all); TRADITIONAL_WORDS below declares the Taiwan words that write a
# character of the list
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
                   # annotate_za.py's line for its g336 (獨
                   # of 獨家, 瑋 of the reporter's name 許書瑋, 贊 of 贊助,
                   # 願 of 意願, 鷹 of 台鋼雄鷹 and 福岡軟銀鷹)
                   "独玮赞愿鹰"
                   # g342's words (their t2s forms, none written in it: 佔 of
                   # 約佔, 稱 of 簡稱, 習 of 補習, 蕭 and 韻 of the reporter's
                   # name 蕭韻芩, 軒 of 康軒, 輒 of 動輒, 頸 of 長頸鹿美語)
                   "占称习萧轩辄韵颈")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count (annotate_za.py's 周邊, annotate_xa.py's 制度, annotate_wa.py's 獲准
# …): none in g342 (the check stays and reads the whole article)
TRADITIONAL_WORDS = {G342: {}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台中, 台南, 台灣, 新台幣, 全台
# … (s2tw 臺), 布 of 公布 (佈) (annotate_za.py's pairs but 占/佔: g342 writes
# 佔 of 約佔, which the round trip keeps); each must occur
TAIWAN_FORMS = {("台", "臺"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g341 (mainland, 2026-11-24, a Tuesday): 双11 2026-11-11 (双11期间, twice:
# yearless, the nearest occurrence, 13 days before; 期间 outside); 春节
# 2027-02-06 (提前为春节备货: yearless, the nearest occurrence, 74 days
# after; the sentence, after a ；, states no year).
# g342 (Taiwan, 2026-11-22, a Sunday): 國慶 2026-10-10 (國慶連假期間:
# Taiwan's National Day, GUIDELINES; yearless, the nearest occurrence, 43
# days before; 連假 and 期間 outside); 元旦 2027-01-01 (元旦前後: yearless,
# the coming one, 40 days after; its sentence, after a ；, states no year;
# 前後 outside).
HOLIDAY = {
    "双11": "2026-11-11", "春节": "2027-02-06",
    "國慶": "2026-10-10", "元旦": "2027-01-01",
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
# the reference dates: g341's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47); g342's 2026-11-22 the Sunday that ends W47 (its 昨（21）日 a
# Saturday, its 今（22）日 the reference day; no week word is written in it:
# 上週 on a Sunday reads two ways, precedent ZB); 双11 of 2026 13 days before
# g341's date (that of 2025 378 days before, that of 2027 352 after); 春节
# of 2027 74 days after it (that of 2026 280 days before); 國慶 of 2026 43
# days before g342's date (that of 2027 322 after); 元旦 of 2027 40 days
# after it (that of 2026 325 days before)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date(2026, 11, 21).isoweekday() == 6
assert (datetime.date(2026, 11, 24) - datetime.date(2026, 11, 11)).days == 13
assert (datetime.date(2026, 11, 24) - datetime.date(2025, 11, 11)).days == 378
assert (datetime.date(2027, 11, 11) - datetime.date(2026, 11, 24)).days == 352
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 10, 10)).days == 43
assert (datetime.date(2027, 10, 10) - datetime.date(2026, 11, 22)).days == 322
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 22)).days == 40
assert (datetime.date(2026, 11, 22) - datetime.date(2026, 1, 1)).days == 325


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
    # g341 (2026: the municipalities 北京, 天津, 上海 and 重庆; the
    # sub-provincial 广州 (the byline's), 武汉 (x3), 沈阳, 西安, 厦门; the
    # provincial capitals 郑州, 合肥, 南昌, 南宁, 福州; the prefecture-level
    # 柳州, 桂林, 泉州, 温州, 嘉兴, 宜昌 and 襄阳 (a city of that name since
    # 2010, formerly 襄樊); each + 市; 南京 inside 南京医药股份有限公司 and
    # 南京医药, 上海 inside 上海医药集团股份有限公司 and 上海医药, 武汉 inside
    # 武汉市医疗保障局 hold no CITY (SPEC: a city inside an organization
    # name))
    "广州": "广州市", "武汉": "武汉市", "郑州": "郑州市", "西安": "西安市",
    "北京": "北京市", "天津": "天津市", "沈阳": "沈阳市", "合肥": "合肥市",
    "南昌": "南昌市", "南宁": "南宁市", "柳州": "柳州市", "桂林": "桂林市",
    "厦门": "厦门市", "福州": "福州市", "泉州": "泉州市", "温州": "温州市",
    "嘉兴": "嘉兴市", "上海": "上海市", "重庆": "重庆市", "宜昌": "宜昌市",
    "襄阳": "襄阳市",
    # g342 (traditional spans; Taiwan's special municipalities 台北 (the
    # byline's), 新北, 桃園, 台中, 台南 and 高雄, written with their 市 but
    # the byline's 台北 and the modifier 台中 of 台中升學補習班, by their full
    # names (SPEC; GUIDELINES: Taiwan cities normalize to the full name); the
    # provincial cities 新竹市 and 嘉義市 (only with their 市, GUIDELINES;
    # TAIWAN_SHI_ONLY) and 基隆市 (SPEC: a provincial city); the short forms
    # of the cities written with 市 are declared too (the check of a 市-name
    # reads them); the foreign 首爾 and 東京 by their common names; the
    # cities inside the city governments' bureaus and 台中市補習教育暨品保
    # 協會 hold no CITY)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "台中": "台中市", "台中市": "台中市",
    "高雄": "高雄市", "高雄市": "高雄市", "桃園": "桃园市",
    "桃園市": "桃园市", "台南": "台南市", "台南市": "台南市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "基隆": "基隆市",
    "基隆市": "基隆市", "首爾": "首尔", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"首尔", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; annotate_qa.py's 胡志明市): none here
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 新竹市、嘉義市兩市); the set is GUIDELINES' rule, fixed and
# asserted so (annotate_aa.py's of an earlier set, as annotate_za.py kept it)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (none written here: g342's 首爾 and 東京 are the mainland's names in
# traditional characters)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g341's 中国物流与
# 采购联合会医药物流分会 (a federation of two fields joined by 与 and its
# branch, which ends at 分会: GUIDELINES 中国汽车流通协会乘用车市场信息联席分会,
# 中国仓储与配送协会); g342's 立法院教育及文化委員會 (a legislature's
# committee of two fields joined by 及, GUIDELINES 立法会第二常设委员会,
# 运输及物流局) and 台中市補習教育暨品保協會 (two trades joined by 暨 after a
# place, one association: GUIDELINES 台湾连锁暨加盟协会); any other ORG row
# holding a joiner stops (check())
JOINED_NAMES = {G341: ("中国物流与采购联合会医药物流分会",),
                G342: ("立法院教育及文化委員會", "台中市補習教育暨品保協會")}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车; annotate_ya.py's
# 和欣客運), with their counts: none here
JOINER_CHAR_NAMES = {G341: {}, G342: {}}
# ORG names that write the particle 的 as a character of their trade name
# (new here, on the model of JOINER_CHAR_NAMES: the ORG-row check stops on a
# 的 inside a row, which would join a descriptor or an owner to a name),
# with their counts: g342's 吉的堡 (Kid Castle, the children's English
# chain), once
PARTICLE_CHAR_NAMES = {G341: {}, G342: {"吉的堡": 1}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): g341's 国药控股、华润医药商业、上药控股和九州通 (four
# national distributors before their collective label 四家); g342's 何嘉仁、
# 長頸鹿美語及吉的堡 (three chains), 康軒…、翰林出版事業股份有限公司及南一書局
# 企業股份有限公司 (three publishers) and 台灣大哥大與中華電信 (two
# telecoms)
LISTED_PAIRS = {G341: (("上药控股", "九州通"),),
                G342: (("長頸鹿美語", "吉的堡"),
                       ("翰林出版事業股份有限公司", "南一書局企業股份有限公司"),
                       ("台灣大哥大", "中華電信"))}
# rates with a slash denominator the articles write: none (the check and
# the slash-rate audit stay)
PER_UNITS = {G341: (), G342: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here; the check stays
CODE_LABELS = {G341: {}, G342: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "教育部": "教育部",
    "教育部終身教育司": "教育部终身教育司",
    "台北市教育局": "台北市教育局",
    "台北市政府消防局": "台北市政府消防局",
    "台北市建築管理工程處": "台北市建筑管理工程处",
    "新北市教育局": "新北市教育局",
    "台中市教育局": "台中市教育局",
    "台南市教育局": "台南市教育局",
    "高雄市教育局": "高雄市教育局",
    "桃園市教育局": "桃园市教育局",
    "何嘉仁": "何嘉仁",
    "長頸鹿美語": "长颈鹿美语",
    "吉的堡": "吉的堡",
    "勞動部": "劳动部",
    "佳音事業股份有限公司": "佳音事业股份有限公司",
    "佳音": "佳音",
    "巨匠美語": "巨匠美语",
    "志光教育科技股份有限公司": "志光教育科技股份有限公司",
    "康軒文教事業股份有限公司": "康轩文教事业股份有限公司",
    "翰林出版事業股份有限公司": "翰林出版事业股份有限公司",
    "南一書局企業股份有限公司": "南一书局企业股份有限公司",
    "順天儒林": "顺天儒林",
    "台灣大哥大": "台湾大哥大",
    "中華電信": "中华电信",
    "行政院消費者保護處": "行政院消费者保护处",
    "中華民國消費者文教基金會": "中华民国消费者文教基金会",
    "消基會": "消基会",
    "內政部戶政司": "内政部户政司",
    "行政院主計總處": "行政院主计总处",
    "立法院教育及文化委員會": "立法院教育及文化委员会",
    "台中市補習教育暨品保協會": "台中市补习教育暨品保协会",
    "全國家長團體聯盟": "全国家长团体联盟",
    "人本教育文教基金會": "人本教育文教基金会",
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
        # is cp950 (annotate_ic.py): here g341's GB18030 file must fail in
        # GBK (it does, at 䶮 FE 9F); UTF-8 is tried for nothing
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
        if enc == "gb18030":    # GB18030 WITHOUT A BOM, THE SIMPLIFIED
            # MAINLAND ARTICLE (annotate_zb.py's block for its g337, itself
            # annotate_yb.py's, annotate_wa.py's, annotate_vb.py's,
            # annotate_ua.py's and annotate_tb.py's after annotate_ob.py's and
            # annotate_nc.py's, with its declared characters on the byline on
            # the third line; its byline part is annotate_zb.py's, for a 本报
            # 记者 byline with the city filed from): the declared characters
            # are the only ones GBK lacks, each written with its declared
            # GB18030 bytes at its own place; the declared GB forms
            # (GB_FORMS: a byline's name dot; none here) are the only other
            # characters outside GB2312
            assert bom == b"" and full == raw, doc_id
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gbk")})
            declared = OUTSIDE_GBK[doc_id]
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            # every other character is GB2312 but the declared GB forms
            # (asserted here, before the line checks below would raise on a
            # GBK-only or traditional one; annotate_nc.py's order)
            forms = GB_FORMS.get(doc_id, {})
            assert sorted({c for c in self.text if not enc_ok(c, "gb2312")
                           and c not in declared}) == sorted(forms), (
                doc_id, "outside GB2312")
            # each declared GB form: GBK and GB18030 write it with its
            # declared bytes, which gb2312 reads as another character (the
            # name dot · A1 A4, read by gb2312 as ・ U+30FB), once per
            # declared count, in no span (check()); none here
            for c, (code, other, k) in forms.items():
                assert c.encode("gbk") == c.encode(enc) == code, c
                assert code.decode("gb2312") == other != c, c
                assert not enc_ok(c, "gb2312"), c
                assert self.text.count(c) == k, (doc_id, c)
            pos, places = 0, Counter()
            for c in self.text:         # the bytes of each character
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
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
                    # character GBK left to a private-use code: here 䶮 FE
                    # 9F = U+4DAE, CJK Extension A, as annotate_ob.py's and
                    # annotate_tb.py's; annotate_yb.py's 䜣 FE 80): one BMP
                    # code point, one UTF-16 unit, two bytes like any GB2312
                    # character, so a count in bytes does not move either
                    assert code[0] == 0xFE and 0x40 <= code[1] <= 0xFE and \
                        code[1] != 0x7F, c
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
                    assert len(c.encode("utf-16-le")) == 2, c
                    kinds["gb18030-fe-two-byte"] += 1
                else:
                    # a four-byte code (byte 1 and 3 from 81-FE, byte 2 and 4
                    # digits 30-39; kept, unused here)
                    assert len(code) == 4 and 0x81 <= code[0] <= 0xFE and \
                        0x30 <= code[1] <= 0x39 and \
                        0x81 <= code[2] <= 0xFE and \
                        0x30 <= code[3] <= 0x39, c
                    if code[0] >= 0x90:
                        # from 90 30 81 30 on, a character outside the BMP
                        # (annotate_wa.py's 𫖮 98 38 F5 36 = U+2B5AE,
                        # Extension C): one code point, two UTF-16 units
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (annotate_zb.py's 䂮 82 32 B8 30 = U+40AE): one
                        # code point, one UTF-16 unit, four bytes
                        assert 0x81 <= code[0] <= 0x84, c
                        assert 0x3400 <= ord(c) <= 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 2, c
                        kinds["gb18030-four-byte-bmp"] += 1
            # the declared kinds (declared per article)
            assert kinds == GB18030_KINDS[doc_id], kinds
            # the narrowest codec: gbk (checked above), cp936 and gb2312
            # fail on the file; gb18030 reads it
            assert not decodes(raw, "cp936") and \
                not decodes(raw, "gb2312"), doc_id
            # every non-ASCII character is two bytes but the four-byte
            # declared ones (annotate_nc.py's length check, by declaration;
            # here none: 䶮 is two bytes too), so the file is the text's
            # length plus one byte per non-ASCII character
            assert all(len(c.encode(enc)) == len(declared.get(c, "ab"))
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   len(declared.get(c, "ab"))
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place (none here: the counts
            # agree)
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every line without a declared character is GB2312 (so GBK),
            # byte for byte; the declared characters stand on the byline
            # (the third line) only (annotate_sb.py's place)
            for line in lines:
                if not any(c in outside or c in forms for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in list(outside) + list(forms):
                assert c in lines[2] and all(
                    c not in x for i, x in enumerate(lines) if i != 2), c
            # read with gb2312, the byline would break at its first
            # declared character; cut before it, a line would read a name
            # dot as ・ (none here; the byte walk above holds the bytes)
            head = lines[2][:min(lines[2].index(c) for c in outside)]
            for c, (code, other, k) in forms.items():
                assert c in head and head.encode(enc).decode(
                    "gb2312") == head.replace(c, other), (doc_id, c)
            # gbk and cp936 fail first at the first declared character of
            # the byline (the file's first byte GBK cannot read;
            # annotate_sb.py's: the failure stands at the declared place,
            # not elsewhere), and so does gb2312 (the file holds no other
            # character outside GB2312; annotate_zb.py's)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            for narrow in ("gbk", "cp936", "gb2312"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
            # a converter to GB2312 or GBK fails first at the same
            # character (the text's offset; the encoders' measure)
            for narrow in ("gbk", "gb2312"):
                try:
                    self.text.encode(narrow)
                    raise AssertionError((doc_id, narrow, "encodes"))
                except UnicodeEncodeError as ex:
                    assert ex.start == first, (doc_id, narrow, ex.start)
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            assert not self.traditional, doc_id
            # the declared characters and GB forms stand in no span
            self.no_span_chars = sorted(set(outside) | set(forms))
            # an astral declared character would stand on the byline before
            # every span of the body (ASTRAL_BEFORE_BODY, checked per row in
            # check()): none here
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
            # the byline line (annotate_zb.py's byline block, after
            # annotate_wc.py's and annotate_qb.py's): the outlets joined by
            # the name dot + 记者 + a space, then the reporters' names
            # separated by a space, a space, the city filed from and 报道
            # (g341: 本报记者 梁䶮 广州报道); each name holds one declared
            # character, after the outlets; GUIDELINES: a byline at the start
            # of a line names its outlet, and 本报 names none, so the line
            # holds no ORG row here; the city filed from is a CITY row at its
            # own place before 报道 (LINE3, checked in check_line3)
            prefix, outlets, role, names, bcity = BYLINE[doc_id]
            outlet = "·".join(outlets)
            is_org = BYLINE_ORG.get(doc_id, True)
            tail = (" " + bcity + "报道") if bcity else ""
            assert lines[2] == prefix + outlet + role + " ".join(names) + \
                tail, (doc_id, lines[2])
            assert prefix in ("", "文/"), prefix
            assert outlets[0].endswith(("报", "报道")) and \
                role.startswith("记者")
            assert not outlets[0].endswith("报道") or \
                outlets == [self.source], (doc_id, outlets)
            assert not bcity or bcity in CITY_NORM, bcity
            assert len(outlets) == 1 or outlet.count("·") == len(outlets) - 1
            assert is_org == (outlet != "本报"), (doc_id, outlet, is_org)
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(prefix) + len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            # LINE3 spells the same line and its rows: the outlet's ORG row
            # where it is one (none here), then the city filed from
            want = ([("ORG", outlet)] if is_org else []) + (
                [("CITY", bcity)] if bcity else [])
            assert LINE3[doc_id] == (lines[2], want), (doc_id, LINE3[doc_id])
            assert doc_id not in OPENER, doc_id
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith(("【", "〔")) for x in lines), doc_id
        elif enc == "utf-8":    # UTF-8 WITH A BOM, THE TAIWAN ARTICLE
            # (annotate_za.py's UTF-8-with-a-BOM block for its simplified
            # g335, itself annotate_ya.py's UTF-8 block with annotate_yc.py's
            # BOM checks, turned to a traditional Taiwan text: its mainland
            # checks become what a converter to a Big5 codec meets, as
            # annotate_zb.py read them on its UTF-16 Hong Kong text, with
            # annotate_za.py's cp950 checks of its Taiwan g336): exactly one
            # BOM EF BB BF, in front; the BOM-aware utf-8-sig reads the text,
            # plain utf-8 reads U+FEFF and the text (one code point that
            # would shift every offset by one); the offsets count from the
            # first byte after the BOM
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.count(BOM8) == 1 and BOM8 not in raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == raw.decode("utf-8") == \
                self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert full.decode("utf-8").count("\ufeff") == 1, doc_id
            # the first character after the BOM is the title's (全 = E5 85
            # A8), so the BOM is three bytes and no more
            assert full[3:6] == code and len(code) == 3, doc_id
            assert self.traditional, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, 「」, （） and the byline's ／ included;
            # no two-byte and no four-byte character), so a count in bytes
            # runs two ahead after every Han character, and the file is the
            # BOM's three bytes longer than the text's UTF-8
            for c in self.text:
                if ord(c) > 0x7F:
                    assert len(c.encode("utf-8")) == 3, (doc_id, c)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            # no combining mark and no character outside the BMP (a UTF-16
            # count equals the code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the declared Big5/cp950 forms (BIG5_FORMS: the ／ of the
            # byline) and the characters outside plain Big5 (none)
            decl = OUTSIDE_BIG5[doc_id]
            forms = BIG5_FORMS[doc_id]
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            # the file walked character by character after the BOM: each
            # character's UTF-8 bytes at its own place (annotate_ra.py's
            # byte walk, as annotate_za.py kept it), the declared forms
            # counted at their places
            pos, places = 3, Counter()
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in forms or c in decl:
                    places[c] += 1
                pos += len(b)
            assert pos == len(full), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in list(decl) + list(forms)), places
            # a legacy codec or UTF-16 fails on the file or reads another
            # text, with the BOM and without it (annotate_ta.py's list, as
            # annotate_za.py kept it for its file with a BOM)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # WHAT A CONVERTER TO A BIG5 CODEC MEETS (annotate_zb.py's reading
            # for a Unicode file, with annotate_za.py's cp950 checks): the
            # characters plain Big5 cannot write are exactly the declared
            # ones (none here: OUTSIDE_BIG5 is declared empty, so a
            # converter to Big5, cp950 or Big5-HKSCS loses nothing), of the
            # declared kinds
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            kinds = Counter()
            for c in decl:
                code = BIG5_CODE[c]
                assert decl[c] and c.encode("cp950") == code, (doc_id, c)
                assert code.decode("cp950") == c, (doc_id, c)
                assert not decodes(code, "big5"), (doc_id, c)
                assert code[0] == 0xF9 and 0xD6 <= code[1] <= 0xFE, c
                kinds["cp950"] += 1
            assert kinds == BIG5_KINDS[doc_id], kinds
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: the ／ of 聯合報's
            # byline, as annotate_za.py's ／ of 中國時報's), each with its
            # declared bytes in both codecs; cp950 reads the plain-Big5
            # bytes as another character (CP950_READS: ∕ U+2215), plain Big5
            # reads the cp950 bytes as the same character, and Big5-HKSCS
            # reads the plain-Big5 bytes as plain Big5 does; each stands only
            # in its declared word, as often as declared (DECLARED_WORD)
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
                # in the UTF-8 file its UTF-8 bytes, never a Big5 code
                assert raw.count(c.encode("utf-8")) == k and \
                    b5 not in raw and c950 not in raw, c
            # the declared forms stand in no span (check()); the declared
            # characters outside plain Big5 (none) would stand in their ORG
            # rows (IN_ORG, checked by position in check())
            self.no_span_chars = sorted(forms)
            self.in_org_span = IN_ORG[doc_id]
            assert sorted(self.in_org_span) == outside, doc_id
            assert not OUTSIDE_BIG5_WORD[doc_id], doc_id
            # the text written in plain Big5 and in cp950 (a converter's two
            # renderings) differs only at the declared forms: plain Big5
            # writes A2 41 for ／ where cp950 writes A1 FE; cp950 reads the
            # plain-Big5 rendering with ∕ there, Big5-HKSCS and plain Big5
            # as the text, and all three read the cp950 rendering as the
            # text (annotate_za.py's measure on its cp950 file)
            b5 = self.text.encode("big5")
            c950 = self.text.encode("cp950")
            assert b5 != c950 and len(b5) == len(c950), doc_id
            want = self.text
            for c in forms:
                want = want.replace(c, CP950_READS[c])
            assert b5.decode("cp950") == want != self.text, doc_id
            assert b5.decode("big5hkscs") == self.text == \
                b5.decode("big5"), doc_id
            assert c950.decode("big5") == c950.decode("cp950") == \
                c950.decode("big5hkscs") == self.text, doc_id
            assert len(c950) == sum(1 if ord(c) < 0x80 else 2
                                    for c in self.text), doc_id
            # every line without a declared form is the same in plain Big5,
            # cp950 and Big5-HKSCS, byte for byte (annotate_ra.py's line
            # check, as annotate_za.py kept it); a line with one is so
            # between them; every non-ASCII character of the rendering has a
            # lead byte in plain Big5's rows A1-F9
            for line in lines:
                parts = re.split("|".join(map(re.escape, list(decl) +
                                              list(forms))), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        b.decode("big5") == part
            for c in set(self.text):
                if ord(c) > 0x7F:
                    assert 0xA1 <= c.encode("cp950")[0] <= 0xF9, (doc_id, c)
            # gb18030 reads Big5 bytes too, as another text: GUIDELINES'
            # reader would keep the codec whose result has the larger share
            # of common characters; on the Big5 rendering the Big5 reading is
            # the natural one by far (annotate_za.py's measure: Big5's 常用字
            # A440-C67E against GB2312's level 1 B0A1-D7F9)
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
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # the byline: 聯合報's 記者 + the reporter's name + ／ + the city
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
            # mainland check, read here on OUTSIDE_GBK as annotate_zb.py
            # read it; annotate_za.py read its DECLARED_MAINLAND)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GBK.get(
                doc_id, {}) or c in GB_FORMS.get(doc_id, {})
                for c in self.text), doc_id
            # the mainland article opens with a byline line, no dateline
            # (annotate_za.py's mainland article opened with its dateline)
            assert doc_id in BYLINE and doc_id not in OPENER and \
                doc_id not in DATELINE, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ua.py's 下游 and 管制; annotate_wa.py's 獲准;
            # annotate_xa.py's 制度; annotate_za.py's 周邊; none in g342)
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
            # (new in annotate_fa.py; g342 writes 新台幣, 台灣, 台北, 台中, 高雄)
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
# g341 Medicine distribution in November 2026: the byline (广州) and the
# national figures (中国医药商业协会 11月20日: 今年前三季度, 去年同期; 9月底,
# 去年底; 国药控股、华润医药商业、上药控股和九州通四家, 两年前); the national
# groups (国药控股 今年前三季度, 9月末, 去年同期; 国药物流有限责任公司 上月,
# 武汉、郑州、西安三地; 中国医药集团有限公司; 华润医药商业集团有限公司 今年
# 前三季度, 北京、天津和沈阳 本月; 上海医药, 上药控股有限公司 前三季度; 九州通
# 10月, 武汉); regional groups (南京医药股份有限公司 今年前三季度, 合肥、南昌;
# 柳药集团 南宁、柳州、桂林三市; 鹭燕医药股份有限公司 厦门、福州和泉州; 温州、
# 嘉兴两地 上月, 浙江英特集团股份有限公司; 瑞康医药集团股份有限公司 年内);
# cold chain and hospital logistics (中国物流与采购联合会医药物流分会 10月底,
# 去年底; 顺丰医药 今年; 京东物流 上海、重庆 今年); medical insurance payments
# (国家医保局 上周, 10月底, 今年1月至10月; 广东省药品交易中心; 浙江省药械采购
# 中心 11月; 湖北省医疗保障局 武汉、宜昌、襄阳, 武汉市医疗保障局 年底);
# receivables (中国医药商业协会 今年前三季度; 中国工商银行、中国建设银行 今年;
# 九州通 10月; 国家医保局); acquisitions (华润医药商业 本月; 南京医药 上月;
# 国药控股 今年); retail (京东健康 双11; 阿里健康 双11); the outlook (明年,
# 中国医药商业协会; 国家药品监督管理局 明年一季度; 春节; 商务部 2030年).
# Simplified, GB18030 without a BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 医药经济报; its byline 本报记者 梁䶮 广州报道 names no outlet
# and the city filed from; 䶮 is outside GBK (declared).  上周 2026-W47; 本月
# 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g341():
    d = Doc(G341)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section; it names none,
    # so the title's rows take no city); 今年 attached to 前三季度 (SPEC),
    # several quarters of a year: the year
    d.date("[[今年前三季度]]药品批发", Y, "")
    d.metric("销售额增[[约4.6%]] 龙头", "4.6", "%", "approx", "")
    # the byline 本报记者 梁䶮 广州报道: 广州, the city filed from, a CITY
    # (precedents ZB, YC, XA, WB); 本报 names no outlet (GUIDELINES); a line
    # of its own, so no sentence of the body shares it
    d.city("[[广州]]报道")
    # P1 the national figures (no CITY)
    # an association with its proper name, acting (发布)
    d.org("\n\n[[中国医药商业协会]]11月20日")
    d.date("商业协会[[11月20日]]发布", "2026-11-20", "")
    d.date("数据显示，[[今年前三季度]]，全国", Y, "")
    # 万亿 10^12 (SPEC 157.55万亿元)
    d.metric("销售额[[约1.79万亿元]]", "1.79e12", "元", "approx", "")
    d.metric("同比增长[[约4.6%]]，增速", "4.6", "%", "approx", "")
    # 去年同期 after 今年前三季度, a period with no ISO form: the year
    # before (SPEC; check_last_year_period)
    d.date("增速较[[去年同期]]回落", LY, "")
    # 个百分点 -> 百分点 (SPEC)
    d.metric("回落[[0.8个百分点]]", "0.8", "百分点", "exact", "")
    # 截至 outside (SPEC); an end of a month is the month (SPEC 6月底)
    d.date("截至[[9月底]]，全国持证", "2026-09", "")
    d.metric("批发企业[[约1.36万家]]", "1.36e4", "家", "approx", "")
    # 去年底: the year (SPEC 年底), from the reference year
    d.date("较[[去年底]]减少约310家", LY, "")
    d.metric("减少[[约310家]]", "310", "家", "approx", "")
    # four distributors by their news names, the last two joined by 和
    # (LISTED_PAIRS), opening their clause before their collective label
    # 四家 (SPEC 五市; GUIDELINES: 隆基绿能 … 晶澳科技五家; check_collective)
    d.org("；[[国药控股]]、华润")
    d.org("、[[华润医药商业]]、上药")
    d.org("、[[上药控股]]和九州通")
    d.org("和[[九州通]]四家")
    d.metric("总额的[[约41%]]", "41", "%", "approx", "")
    # N年前 a relative DATE (SPEC 两年前), from the reference year
    d.date("比[[两年前]]提高", "2024", "")
    d.metric("提高[[约3个百分点]]", "3", "百分点", "approx", "")
    # P2 国药控股 (武汉、郑州、西安 in the third sentence)
    # a group and its bracketed short form (国…药…控…股 in order, quotes
    # outside, GUIDELINES)
    d.org("\n\n[[国药控股股份有限公司]]（")
    d.org("以下简称“[[国药控股]]”）披露")
    d.date("披露，[[今年前三季度]]该公司", Y, "")
    d.metric("营业收入[[约4380亿元]]", "4380e8", "元", "approx", "")
    d.metric("同比增长[[约2.1%]]", "2.1", "%", "approx", "")
    # 截至 outside; a month's end is the month (SPEC 6月底: 末 likewise)
    d.date("截至[[9月末]]，国药控股", "2026-09", "")
    d.org("9月末，[[国药控股]]应收")
    d.metric("余额[[约1870亿元]]", "1870e8", "元", "approx", "")
    # a statistic measured in time after the cue 天数 (GUIDELINES: 平均库存
    # 天数; check_time_metric); 为 a value word: exact
    d.metric("周转天数为[[112天]]", "112", "天", "exact", "")
    # 去年同期 after 9月末, the period its sentence states: that month a
    # year before (SPEC: in a sentence about October 2025, 去年同期 is
    # 2024-10; check_last_year_period)
    d.date("，较[[去年同期]]缩短5天", "2025-09", "")
    # the change of a time statistic after the verb of change 缩短
    # (GUIDELINES; check_time_metric)
    d.metric("缩短[[5天]]", "5", "天", "exact", "")
    # a subsidiary across 旗下: two ORGs
    d.org("其旗下[[国药物流有限责任公司]]新建")
    # the rule: the first city after in the sentence (武汉), though the
    # centres are the company's: the rule as written
    d.date("已于[[上月]]陆续", "2026-10", "武汉市")
    # three cities opening their clause before their collective label 三地
    # (SPEC 两地, 五市; check_collective)
    d.city("，[[武汉]]、郑州")
    d.city("、[[郑州]]、西安")
    d.city("、[[西安]]三地")
    # the rule: the nearest city before (西安, the list's last), though the
    # area is the three cities': the rule as written
    d.metric("合计[[约28万平方米]]", "28e4", "平方米", "approx", "西安市")
    # the controlling shareholder (控股股东 a descriptor, outside)
    d.org("股东[[中国医药集团有限公司]]相关")
    # a count with its measure word (31 provincial-level regions)
    d.metric("全国[[31个]]省份", "31", "个", "exact", "")
    d.metric("省份的[[约2.3万家]]", "2.3e4", "家", "approx", "")
    # P3 华润医药商业, 上海医药, 九州通 (北京、天津和沈阳, 武汉 in their
    # sentences)
    d.org("\n\n[[华润医药商业集团有限公司]]今年")
    d.date("有限公司[[今年前三季度]]分销", Y, "")
    d.metric("分销收入[[约1520亿元]]", "1520e8", "元", "approx", "")
    d.metric("同比增长[[约3.4%]]", "3.4", "%", "approx", "")
    d.city("位于[[北京]]、天津")
    d.city("北京、[[天津]]和")
    d.city("和[[沈阳]]的3个")
    # a count in Arabic digits after a list whose last item holds 的: a
    # figure (GUIDELINES: 南宁、柳州举办的两场); the rule: the nearest city
    # before (沈阳, the list's last) for the rows of its sentence
    d.metric("沈阳的[[3个]]区域", "3", "个", "exact", "沈阳市")
    d.date("配送中心[[本月]]完成", "2026-11", "沈阳市")
    d.metric("出库能力提升[[约35%]]", "35", "%", "approx", "沈阳市")
    # a group and its bracketed short form, and its subsidiary across 旗下
    # (three ORGs); 上海 inside them (SPEC: a city inside an organization
    # name)
    d.org("。[[上海医药集团股份有限公司]]（")
    d.org("以下简称“[[上海医药]]”）旗下")
    d.org("旗下[[上药控股有限公司]]前三季度")
    # a bare 前三季度 right after the name it is about (GUIDELINES 该行前9
    # 个月): the calendar period, the reference year (check_bare_period)
    d.date("有限公司[[前三季度]]分销", Y, "")
    d.metric("分销收入[[约1460亿元]]", "1460e8", "元", "approx", "")
    # 逾 inside the span (SPEC); 两成 -> 20 % (SPEC 4成)
    d.metric("同比增长[[逾两成]]", "20", "%", "over", "")
    d.org("。[[九州通医药集团股份有限公司]]（")
    d.org("以下简称“[[九州通]]”）加快")
    # a bare month of the reference year (check_bare_year); the rule: the
    # first city after in the sentence (武汉)
    d.date("其[[10月]]在武汉", "2026-10", "武汉市")
    d.city("在[[武汉]]启用")
    # 超过 inside the span (SPEC); 单 (orders) as written
    d.metric("能力[[超过6万单]]", "6e4", "单", "over", "武汉市")
    d.metric("订单占比[[约58%]]", "58", "%", "approx", "武汉市")
    # P4 regional groups (合肥、南昌; 南宁、柳州、桂林; 厦门、福州和泉州;
    # 温州、嘉兴 in their sentences)
    d.org("扩张。[[南京医药股份有限公司]]今年")
    # the rule: the first city after in the sentence (合肥), though the
    # revenue is the company's: the rule as written
    d.date("股份有限公司[[今年前三季度]]营业收入", Y, "合肥市")
    d.metric("营业收入[[约428亿元]]", "428e8", "元", "approx", "合肥市")
    d.city("其在[[合肥]]、南昌")
    d.city("、[[南昌]]的两个")
    # a count in Chinese numerals after a list whose items hold 在 and 的:
    # part of a sentence, a figure (GUIDELINES: 南宁、柳州举办的两场;
    # check_not_collective)
    d.metric("南昌的[[两个]]物流", "2", "个", "exact", "南昌市")
    d.metric("新增库容[[约9万立方米]]", "9e4", "立方米", "approx", "南昌市")
    d.org("；[[广西柳药集团股份有限公司]]（")
    d.org("以下简称“[[柳药集团]]”）表示")
    # three cities opening their clause before their collective label 三市
    # (check_collective)
    d.city("表示，[[南宁]]、柳州")
    d.city("、[[柳州]]、桂林")
    d.city("、[[桂林]]三市")
    d.metric("同比增长[[约7.5%]]", "7.5", "%", "approx", "桂林市")
    d.org("。[[鹭燕医药股份有限公司]]在")
    d.city("在[[厦门]]、福州")
    d.city("厦门、[[福州]]和")
    d.city("和[[泉州]]的冷库")
    d.metric("已[[超过3.2万立方米]]", "3.2e4", "立方米", "over", "泉州市")
    # two cities opening their clause before their collective label 两地
    # (SPEC 两地; check_collective)
    d.city("；[[温州]]、嘉兴")
    d.city("温州、[[嘉兴]]两地")
    # 余 inside the span (SPEC 1.2万余家): over
    d.metric("两地的[[20余家]]", "20", "家", "over", "嘉兴市")
    d.date("公立医院[[上月]]同", "2026-10", "嘉兴市")
    # 同 "with" outside the name (precedents ZB, ZC: 同 for 与 before an
    # ORG with no ORG before it)
    d.org("同[[浙江英特集团股份有限公司]]签订")
    d.org("。[[瑞康医药集团股份有限公司]]则")
    # 年内 alone is the year the sentence is about (GUIDELINES), here the
    # reference year (check_within_year)
    d.date("，[[年内]]已出售", Y, "")
    # 7家子公司: 家 the unit, 子公司 the subject (GUIDELINES 5家门店)
    d.metric("出售[[7家]]子公司", "7", "家", "exact", "")
    d.metric("回笼资金[[约6.8亿元]]", "6.8e8", "元", "approx", "")
    # P5 cold chain and hospital logistics (上海、重庆 in the third sentence)
    # a federation of two fields joined by 与 and its branch ending at 分会:
    # one ORG (GUIDELINES; JOINED_NAMES)
    d.org("焦点。[[中国物流与采购联合会医药物流分会]]统计")
    d.date("统计，截至[[10月底]]，全国医药", "2026-10", "")
    d.metric("保有量[[约4.6万辆]]", "4.6e4", "辆", "approx", "")
    d.metric("总容积[[约1320万立方米]]", "1320e4", "立方米", "approx", "")
    d.date("分别较[[去年底]]增长", LY, "")
    # each figure with its own marker and unit
    d.metric("增长[[约9%]]和", "9", "%", "approx", "")
    d.metric("和[[约11%]]。", "11", "%", "approx", "")
    d.org("。[[顺丰医药供应链有限公司]]（")
    d.org("以下简称“[[顺丰医药]]”）今年")
    d.date("顺丰医药”）[[今年]]新开通", Y, "")
    d.metric("干线[[约120条]]", "120", "条", "approx", "")
    # 个 the unit, 城市 the subject (SPEC: the noun after a measure word)
    d.metric("覆盖[[约290个]]城市", "290", "个", "approx", "")
    # a listed company's business line names its unit (GUIDELINES: 东航
    # 物流, 京东金融): one ORG
    d.org("；[[京东物流]]在")
    # two cities before 等地 (a list sharing one head, SPEC 广州、深圳等机场)
    d.city("在[[上海]]、重庆")
    d.city("、[[重庆]]等地")
    d.date("医药仓[[今年]]新增", Y, "重庆市")
    d.metric("库位[[逾4000个]]", "4000", "个", "over", "重庆市")
    d.metric("全国[[约1900家]]公立", "1900", "家", "approx", "")
    # a range: two mentions, each with its own % (SPEC 30至80笔)
    d.metric("采购额的[[1.5%]]至", "1.5", "%", "exact", "")
    d.metric("1.5%至[[3%]]之间", "3", "%", "exact", "")
    # P6 medical insurance payments (武汉、宜昌、襄阳 in the last sentence)
    d.org("压力。[[国家医疗保障局]]（")
    d.org("以下简称“[[国家医保局]]”）上周")
    # the ISO week before W48
    d.date("国家医保局”）[[上周]]通报", "2026-W47", "")
    d.date("通报，截至[[10月底]]，全国已有", "2026-10", "")
    d.metric("全国已有[[28个]]省份", "28", "个", "exact", "")
    # a range of months: two mentions (SPEC 2024年3月至5月); 今年 attached
    d.date("结算，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]累计", "2026-10", "")
    d.metric("货款[[约2640亿元]]", "2640e8", "元", "approx", "")
    d.org("。[[广东省药品交易中心]]数据")
    # a time statistic after the cues 平均 and 缩短 (GUIDELINES)
    d.metric("缩短至[[约27天]]", "27", "天", "approx", "")
    # a provincial purchasing centre (GUIDELINES' own example)
    d.org("；[[浙江省药械采购中心]]11月起")
    # a bare month of the reference year; 起 outside
    d.date("采购中心[[11月]]起", "2026-11", "")
    d.metric("扩大至[[约3100个]]", "3100", "个", "approx", "")
    d.org("。[[湖北省医疗保障局]]介绍")
    # three cities before 等地 (a list sharing one head)
    d.city("介绍，[[武汉]]、宜昌")
    d.city("、[[宜昌]]、襄阳")
    d.city("、[[襄阳]]等地")
    d.metric("等地的[[约1450家]]", "1450", "家", "approx", "襄阳市")
    # a city's bureau, its city inside (SPEC 天津市网信办): no CITY
    d.org("，[[武汉市医疗保障局]]预计")
    # 年底: the year (SPEC); the rule: the nearest city before (襄阳), 武汉
    # being inside an ORG row: the rule as written
    d.date("预计[[年底]]前", Y, "襄阳市")
    # P7 receivables (no CITY)
    d.org("痛点。[[中国医药商业协会]]测算")
    d.date("测算，[[今年前三季度]]全国", Y, "")
    # a marker separated by the verb 为 (GUIDELINES 约为19%): outside the
    # span, approx (declared sep); 天数 and 平均 the cues
    d.metric("平均约为[[118天]]", "118", "天", "approx", "", sep="约")
    d.metric("占比[[约14%]]", "14", "%", "approx", "")
    # banks listed before 等银行 (GUIDELINES: items listed before 等企业/机构)
    d.org("。[[中国工商银行]]、")
    d.org("、[[中国建设银行]]等银行")
    d.date("等银行[[今年]]加大", Y, "")
    d.org("；[[九州通]]10月")
    d.date("九州通[[10月]]在银行", "2026-10", "")
    d.metric("票据[[10亿元]]", "10e8", "元", "exact", "")
    d.org("，[[国家医保局]]也要求")
    # P8 acquisitions (no CITY: 江苏 a province, 西南地区 a region)
    # the trade name of 华润医药商业集团有限公司 (GUIDELINES: a trade name
    # is an ORG wherever it recurs)
    d.org("推进。[[华润医药商业]]本月")
    d.date("华润医药商业[[本月]]完成", "2026-11", "")
    d.metric("交易金额[[约15.6亿元]]", "15.6e8", "元", "approx", "")
    d.org("；[[南京医药]]上月")
    d.date("南京医药[[上月]]公告", "2026-10", "")
    d.metric("拟以[[约3.2亿元]]", "3.2e8", "元", "approx", "")
    d.metric("配送企业[[51%]]的", "51", "%", "exact", "")
    d.org("。[[国药控股]]今年以来")
    # 以来 outside: 今年 the DATE
    d.date("国药控股[[今年]]以来", Y, "")
    d.metric("并购项目[[9个]]", "9", "个", "exact", "")
    d.metric("销售规模[[约210亿元]]", "210e8", "元", "approx", "")
    # P9 retail (no CITY)
    d.org("，[[京东健康股份有限公司]]（")
    d.org("以下简称“[[京东健康]]”）表示")
    # a yearless holiday: the occurrence nearest the reference date
    # (GUIDELINES), 13 days before; 期间 outside (SPEC)
    d.date("表示，[[双11]]期间其平台", "2026-11-11", "")
    d.metric("订单量同比增长[[约38%]]", "38", "%", "approx", "")
    d.metric("升至[[约46%]]", "46", "%", "approx", "")
    d.org("；[[阿里健康]]称")
    d.date("其[[双11]]期间医药", "2026-11-11", "")
    d.metric("成交额同比增长[[约27%]]", "27", "%", "approx", "")
    # P10 the outlook (no CITY)
    d.date("对于[[明年]]走势", NY, "")
    d.org("走势，[[中国医药商业协会]]预计")
    # a range: two mentions, each with its own %
    d.metric("保持在[[4%]]至", "4", "%", "exact", "")
    d.metric("4%至[[5%]]之间", "5", "%", "exact", "")
    d.org("。[[国家药品监督管理局]]相关")
    # 明年 attached (SPEC), from the reference year (GUIDELINES)
    d.date("有望于[[明年一季度]]出台", "2027-Q1", "")
    # a yearless holiday in a sentence (after ；) that states no year: the
    # coming one, 74 days after (GUIDELINES)
    d.date("提前为[[春节]]备货", "2027-02-06", "")
    d.metric("增加[[约10天]]", "10", "天", "approx", "")
    d.org("按照[[商务部]]此前")
    # a bare four-digit year; 到 outside
    d.date("到[[2030年]]，", "2030", "")
    # 突破 an over-marker inside the span (SPEC)
    d.metric("有望[[突破3万亿元]]", "3e12", "元", "over", "")
    audit = {
        "orgs": ["中国医药商业协会", "国药控股", "华润医药商业", "上药控股",
                 "九州通", "国药控股股份有限公司", "国药物流有限责任公司",
                 "中国医药集团有限公司", "华润医药商业集团有限公司",
                 "上海医药集团股份有限公司", "上海医药", "上药控股有限公司",
                 "九州通医药集团股份有限公司", "南京医药股份有限公司",
                 "广西柳药集团股份有限公司", "柳药集团", "鹭燕医药股份有限公司",
                 "浙江英特集团股份有限公司", "瑞康医药集团股份有限公司",
                 "中国物流与采购联合会医药物流分会", "顺丰医药供应链有限公司",
                 "顺丰医药", "京东物流", "国家医疗保障局", "国家医保局",
                 "广东省药品交易中心", "浙江省药械采购中心", "湖北省医疗保障局",
                 "武汉市医疗保障局", "中国工商银行", "中国建设银行", "南京医药",
                 "京东健康股份有限公司", "京东健康", "阿里健康",
                 "国家药品监督管理局", "商务部"],
        "cities": ["广州", "武汉", "郑州", "西安", "北京", "天津", "沈阳", "合肥",
                   "南昌", "南宁", "柳州", "桂林", "厦门", "福州", "泉州", "温州",
                   "嘉兴", "上海", "重庆", "宜昌", "襄阳",
                   # cities written only inside ORG rows (SPEC: no CITY):
                   # 南京 (南京医药股份有限公司, 南京医药)
                   "南京",
                   # absent cities as guards: none written
                   "深圳", "杭州", "成都", "长沙", "济南", "昆明", "烟台",
                   "鄂州", "襄樊", "台州", "宁波", "兰州"],
        "excluded": [],
        "numbers_excluded": [],
        # 两 of “两票制” (a policy's name, no figure: SPEC 新四大发明), 一 of
        # 一家 (x2, GUIDELINES: 一 before a measure word is the indefinite
        # article)
        "cn_excluded": ["“[[两]]票制”", "西南地区[[一]]家", "江苏[[一]]家"],
        "collectives": [("九州通[[四]]家", 4), ("西安[[三]]地", 3),
                        ("桂林[[三]]市", 3), ("嘉兴[[两]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE or figure: 周转 and 天数 (x3 each: a turnover
        # and its days, the statistic's name before its figure), 周期 (a
        # cycle: 平均回款周期, the statistic's name); 以来 after a
        # 今年 row (no time character); 同期 only inside 去年同期; 每年, 全年,
        # 近年 (none written)
        "words_excluded": {"周转": 3, "天数": 3, "周期": 1, "以来": 1,
                           "每年": 0, "全年": 0, "近年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and trade names a cut ORG would leave outside (国药 stands
        # outside them only across 全国药品, x4: no name)
        "orgwords_excluded": {"公司": 2, "集团": 1, "协会": 1, "银行": 2,
                              "有限公司": 0, "股份有限公司": 0,
                              "医疗保障局": 0, "交易中心": 0, "采购中心": 0,
                              "联合会": 0, "分会": 0, "监督管理局": 0,
                              "医保局": 0, "商务部": 0, "国药": 4, "华润": 0,
                              "上药": 0, "九州通": 0, "柳药": 0, "鹭燕": 0,
                              "英特": 0, "瑞康": 0, "顺丰": 0, "京东": 0,
                              "阿里": 0, "工商银行": 0, "建设银行": 0},
        "orgstring_excluded": [],
    }
    return d, audit
# ===========================================================================
# g342 Taiwan's cram schools in November 2026: the title (台北市 今年) and
# the byline (台北); the national figures (教育部 20日: 10月底, 去年同期;
# 教育部終身教育司 今（115）年1月至10月, 114年底); the municipalities and
# provincial cities (新北市, 台北市 114年底, 台中市, 高雄市, 桃園市, 台南市,
# 新竹市、嘉義市兩市, 基隆市); inspections (台北市教育局 今年, 台北市政府消防局,
# 台北市建築管理工程處, 1月至10月; 新北市教育局 今年, 去年; 台中市教育局;
# 台南市教育局 國慶); fees (台北市教育局, 台北市 兩年前; 何嘉仁、長頸鹿美語及
# 吉的堡 今年; 台北市, 新北市; 勞動部 今年, 去年); the chains and companies
# (佳音 今年; 巨匠美語 上月; 志光教育科技股份有限公司 今年, 去年; 康軒, 翰林,
# 南一; 台中 順天儒林; 台灣大哥大與中華電信 今年); consumer disputes
# (行政院消費者保護處 今年1月至9月, 去年同期; 消基會, 教育部); students (內政部
# 戶政司 114年; 教育部 115年, 117年; 行政院主計總處 113年; 首爾, 東京; 台北市
# 教育局, 台北市 112年, 今年); legislation and groups (立法院教育及文化委員會
# 11月19日; 台中市補習教育暨品保協會 明年; 全國家長團體聯盟 昨（21）日; 同日,
# 人本教育文教基金會, 教育部); the outlook (教育部 民國101年, 今（22）日,
# 明（116）年6月, 116年度; 高雄市教育局, 桃園市教育局 元旦).  Traditional as
# Taiwan writes it (台, 公布, 佔, 新台幣, 萬, 1萬6,842-style figures, ROC
# years), stored as UTF-8 with a BOM, 2026-11-22 (a Sunday, the last day of
# ISO week 2026-W47), 聯合報; its byline 記者蕭韻芩／台北報導 names no outlet
# and the city filed from (台北; ／ is a Big5/cp950 form, declared).
# 昨（21）日 2026-11-21; 今（22）日 2026-11-22; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g342():
    d = Doc(G342)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city, 全台: no section); the
    # headline is one sentence for the city column (GUIDELINES), so every
    # row of it takes its one city, 台北市: 1萬6842家 the first city after,
    # though it is the country's figure: the rule as written
    # a magnitude and a last section of three or four digits are one figure
    # (GUIDELINES 2萬6,512棟): 16842
    d.metric("減至[[1萬6842家]] 台北市", "16842", "家", "exact", "台北市")
    # a special municipality written with its 市 (SPEC 杭州市)
    d.city("家 [[台北市]]今年")
    d.date("台北市[[今年]]開罰", Y, "台北市")
    # 逾 inside the span (SPEC): over
    d.metric("開罰[[逾120件]]\n", "120", "件", "over", "台北市")
    # the byline 記者蕭韻芩／台北報導: 台北, the city filed from, a CITY (SPEC;
    # precedents ZA, YA); a line of its own
    d.city("／[[台北]]報導")
    # P1 the national figures (no CITY)
    d.org("補教業。[[教育部]]20日")
    # a bare day takes the reference month when its sentence names none
    # (GUIDELINES; check_bare_day)
    d.date("教育部[[20日]]公布", "2026-11-20", "")
    # 截至 outside; an end of a month is the month (SPEC 6月底)
    d.date("截至[[10月底]]，全國立案", "2026-10", "")
    d.metric("補習班共[[1萬6,842家]]", "16842", "家", "exact", "")
    # 去年同期 after 10月底, the period its sentence states: that month a
    # year before (SPEC; GUIDELINES: its last dated mention;
    # check_last_year_period)
    d.date("較[[去年同期]]減少約3.8%", "2025-10", "")
    d.metric("減少[[約3.8%]]", "3.8", "%", "approx", "")
    d.metric("文理類[[約1萬2,310家]]", "12310", "家", "approx", "")
    d.metric("技藝類[[約4,530家]]", "4530", "家", "approx", "")
    d.metric("增至[[約830家]]", "830", "家", "approx", "")
    # a ministry's department written after its body belongs to it (SPEC
    # 蚂蚁金服集团银行服务部): one ORG
    d.org("。[[教育部終身教育司]]指出")
    # 今（115）年 takes the month written after it, one span (GUIDELINES 明
    # （116）年1月); a range of months: two mentions (SPEC 2024年3月至5月)
    d.date("指出，[[今（115）年1月]]至10月", "2026-01", "")
    d.date("年1月至[[10月]]全國", "2026-10", "")
    d.metric("新立案補習班[[約1,060家]]", "1060", "家", "approx", "")
    d.metric("停業者[[約1,690家]]", "1690", "家", "approx", "")
    d.metric("教職員[[約8萬6,000人]]", "86000", "人", "approx", "")
    # a ROC year and its end: the year (SPEC 112年, 年底)
    d.date("較[[114年底]]減少約4,200人", "2025", "")
    d.metric("減少[[約4,200人]]", "4200", "人", "approx", "")
    # P2 the municipalities and provincial cities (each figure after its
    # city: the nearest city before)
    d.city("，[[新北市]]補習班最多")
    d.metric("最多，[[約3,360家]]", "3360", "家", "approx", "新北市")
    d.city("；[[台北市]]約2,290家")
    d.metric("台北市[[約2,290家]]", "2290", "家", "approx", "台北市")
    d.date("較[[114年底]]減少約90家", "2025", "台北市")
    d.metric("減少[[約90家]]", "90", "家", "approx", "台北市")
    d.city("；[[台中市]]約2,210家")
    d.metric("台中市[[約2,210家]]", "2210", "家", "approx", "台中市")
    d.city("、[[高雄市]]約1,950家")
    d.metric("高雄市[[約1,950家]]", "1950", "家", "approx", "高雄市")
    d.city("、[[桃園市]]約1,780家")
    d.metric("桃園市[[約1,780家]]", "1780", "家", "approx", "桃园市")
    d.city("、[[台南市]]約1,240家")
    d.metric("台南市[[約1,240家]]", "1240", "家", "approx", "台南市")
    # the provincial cities count only with their 市 (GUIDELINES;
    # TAIWAN_SHI_ONLY), opening their clause before their collective label
    # 兩市 (SPEC 两地, 五市; check_collective)
    d.city("。[[新竹市]]、嘉義市")
    d.city("、[[嘉義市]]兩市")
    # the rule: the nearest city before (嘉義市, the list's last), though
    # the figure is the two cities': the rule as written
    d.metric("合計[[約760家]]", "760", "家", "approx", "嘉义市")
    # a provincial city (SPEC: 基隆)
    d.city("，[[基隆市]]則")
    d.metric("減至[[約310家]]", "310", "家", "approx", "基隆市")
    # P3 inspections (no CITY: the cities stand inside ORG rows)
    # a city's bureau by the name the news writes, its city inside (SPEC
    # 天津市网信办; GUIDELINES 成都市发改委)
    d.org("加強。[[台北市教育局]]今年")
    d.date("台北市教育局[[今年]]會同", Y, "")
    # 會同 outside both names (GUIDELINES); a bureau written right after its
    # city government (GUIDELINES 新北市政府地政局) and a place and a field
    # before 工程處 (GUIDELINES 臺北市公共運輸處): ORGs, no CITY
    d.org("會同[[台北市政府消防局]]、")
    d.org("、[[台北市建築管理工程處]]進行")
    # a range of bare months of the reference year (check_bare_year)
    d.date("稽查，[[1月]]至10月共", "2026-01", "")
    d.date("1月至[[10月]]共查核", "2026-10", "")
    # 家次 a count unit (GUIDELINES)
    d.metric("查核[[約1,430家次]]", "1430", "家次", "approx", "")
    d.metric("缺失[[約260家]]", "260", "家", "approx", "")
    d.metric("開罰[[逾120件]]、", "120", "件", "over", "")
    d.metric("合計[[約1,350萬元]]", "1350e4", "元", "approx", "")
    d.metric("招生者[[約40件]]", "40", "件", "approx", "")
    # a legal range: two mentions, 以上 over and 以下 under inside their
    # spans (SPEC); the currency written before the number stays outside
    # (SPEC 港币50元)
    d.metric("新台幣[[6萬元以上]]", "6e4", "元", "over", "")
    d.metric("以上[[30萬元以下]]罰鍰", "30e4", "元", "under", "")
    d.org("。[[新北市教育局]]統計")
    d.date("統計，[[今年]]已對", Y, "")
    d.metric("已對[[約95家]]", "95", "家", "approx", "")
    d.date("，較[[去年]]增加約兩成", LY, "")
    # 兩成 -> 20 % (SPEC 4成)
    d.metric("增加[[約兩成]]", "20", "%", "approx", "")
    d.org("；[[台中市教育局]]暑假")
    d.metric("抽查[[約620家]]", "620", "家", "approx", "")
    d.metric("有[[7家]]因", "7", "家", "exact", "")
    d.org("。[[台南市教育局]]則")
    # Taiwan's National Day in a Taiwan text (GUIDELINES: 国庆 10-10);
    # yearless, the nearest occurrence, 43 days before; 連假 and 期間
    # outside (SPEC)
    d.date("則在[[國慶]]連假", "2026-10-10", "")
    d.metric("發現[[約18%]]的", "18", "%", "approx", "")
    # P4 fees (台北市, 新北市 in their sentences)
    d.org("學費方面，[[台北市教育局]]調查")
    # a city as a modifier (SPEC 杭州特色)
    d.city("顯示，[[台北市]]國中全科")
    # 每學期 outside the span and the unit (GUIDELINES: 每 before the
    # number is not part of the unit)
    d.metric("中位數[[約2萬4,000元]]", "24000", "元", "approx", "台北市")
    d.date("較[[兩年前]]上漲", "2024", "台北市")
    d.metric("上漲[[約12%]]", "12", "%", "approx", "台北市")
    d.metric("單科每學期[[約1萬8,500元]]", "18500", "元", "approx", "")
    # brands acting as companies after 品牌 (GUIDELINES: 咖啡连锁品牌路易莎),
    # the last two joined by 及 (LISTED_PAIRS)
    d.org("品牌[[何嘉仁]]、")
    d.org("、[[長頸鹿美語]]及")
    d.org("及[[吉的堡]]今年")
    d.date("吉的堡[[今年]]學費", Y, "")
    # a range with no marker: two exact mentions, each with its own %
    d.metric("調漲[[5%]]至8%", "5", "%", "exact", "")
    d.metric("5%至[[8%]]，業者", "8", "%", "exact", "")
    d.metric("時薪已[[逾800元]]", "800", "元", "over", "")
    d.city("，[[台北市]]平均每月")
    # 每月 outside the span and the unit
    d.metric("每月[[約7,200元]]", "7200", "元", "approx", "台北市")
    d.city("，[[新北市]]約6,300元")
    d.metric("新北市[[約6,300元]]", "6300", "元", "approx", "新北市")
    d.org("。[[勞動部]]統計")
    d.date("教職員[[今年]]平均月薪", Y, "")
    d.metric("月薪[[約3萬8,900元]]", "38900", "元", "approx", "")
    d.date("較[[去年]]增加約2.6%", LY, "")
    d.metric("增加[[約2.6%]]", "2.6", "%", "approx", "")
    # P5 the chains and companies (台中 in the fifth sentence)
    # a company and its bracketed short form (佳…音 in order, quotes
    # outside, GUIDELINES)
    d.org("轉型。[[佳音事業股份有限公司]]（")
    d.org("以下簡稱「[[佳音]]」）今年")
    d.date("佳音」）[[今年]]新增", Y, "")
    d.metric("新增[[12家]]加盟", "12", "家", "exact", "")
    d.metric("增至[[約310家]]；", "310", "家", "approx", "")
    # a chain acting as a company (推出)
    d.org("；[[巨匠美語]]上月")
    d.date("巨匠美語[[上月]]推出", "2026-10", "")
    # 突破 an over-marker inside the span (SPEC)
    d.metric("已[[突破2萬人]]", "2e4", "人", "over", "")
    # 龍頭 a descriptor, outside
    d.org("龍頭[[志光教育科技股份有限公司]]表示")
    d.date("表示，[[今年]]實體班", Y, "")
    d.date("人數較[[去年]]減少約9%", LY, "")
    d.metric("減少[[約9%]]", "9", "%", "approx", "")
    d.metric("營收成長[[約15%]]", "15", "%", "approx", "")
    # three publishers, the last two joined by 及 (LISTED_PAIRS)
    d.org("業者[[康軒文教事業股份有限公司]]、")
    d.org("、[[翰林出版事業股份有限公司]]及")
    d.org("及[[南一書局企業股份有限公司]]也")
    # a city as a modifier (SPEC 杭州特色), by its short form
    d.city("；[[台中]]升學")
    d.org("補習班[[順天儒林]]則")
    # 1成 -> 10 % (SPEC 4成)
    d.metric("調降[[約1成]]", "10", "%", "approx", "台中市")
    # two telecoms joined by 與 (LISTED_PAIRS)
    d.org("業者[[台灣大哥大]]與")
    d.org("與[[中華電信]]今年")
    d.date("中華電信[[今年]]也推出", Y, "")
    d.metric("月費[[約500元]]", "500", "元", "approx", "")
    d.metric("吸引[[約4萬名]]", "4e4", "名", "approx", "")
    # P6 consumer disputes (no CITY)
    d.org("增加。[[行政院消費者保護處]]統計")
    d.date("統計，[[今年1月]]至9月", "2026-01", "")
    d.date("今年1月至[[9月]]各", "2026-09", "")
    d.metric("申訴[[約1,180件]]", "1180", "件", "approx", "")
    # 去年同期 after a range of months of one year: the year before
    # (GUIDELINES: a range states the year; check_last_year_period)
    d.date("較[[去年同期]]增加約14%", LY, "")
    d.metric("增加[[約14%]]", "14", "%", "approx", "")
    # 約 before 佔 qualifies the share across the verb (GUIDELINES 约占全国
    # 的四成): outside the span, approx (declared sep)
    d.metric("約佔[[六成]]", "60", "%", "approx", "", sep="約")
    # a foundation and its bracketed short form (消…基…會 in order,
    # GUIDELINES), which the article repeats
    d.org("。[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）指出")
    d.metric("動輒[[逾10萬元]]", "10e4", "元", "over", "")
    d.org("。[[消基會]]建議")
    d.org("建議[[教育部]]比照")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside with the currency (GUIDELINES 约人民币100亿元;
    # SPEC 超过): over (declared outer)
    d.metric("超過新台幣[[3萬元]]", "3e4", "元", "over", "",
             outer="超過新台幣")
    # P7 students (首爾, 東京; 台北市 in the last sentence)
    # a ministry's department written after it: one ORG
    d.org("萎縮。[[內政部戶政司]]資料")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023)
    d.date("顯示，[[114年]]全國", "2025", "")
    d.metric("出生數[[約10.7萬人]]", "10.7e4", "人", "approx", "")
    d.org("；[[教育部]]推估")
    d.date("推估，[[115年]]國小", "2026", "")
    d.metric("降至[[約12.3萬人]]", "12.3e4", "人", "approx", "")
    d.date("，[[117年]]國中新生", "2028", "")
    # 不到 an under-marker inside the span (SPEC)
    d.metric("將[[不到18萬人]]", "18e4", "人", "under", "")
    d.org("。[[行政院主計總處]]家庭")
    d.date("顯示，[[113年]]有子女", "2024", "")
    d.metric("平均[[約2萬1,600元]]", "21600", "元", "approx", "")
    # 約 before 佔 (declared sep, as above)
    d.metric("教育支出的[[27%]]", "27", "%", "approx", "", sep="約")
    # foreign cities by their common Chinese names (SPEC)
    d.city("與[[首爾]]、東京")
    d.city("首爾、[[東京]]相比")
    d.org("仍低。[[台北市教育局]]也指出")
    d.city("指出，[[台北市]]國中生")
    # a baseline after 由 (GUIDELINES 由2019年的1.55%降至…): the ROC year
    # 112年 and 今年, each a DATE
    d.date("已由[[112年]]的", "2023", "台北市")
    d.metric("112年的[[約68%]]", "68", "%", "approx", "台北市")
    d.date("降至[[今年]]的約61%", Y, "台北市")
    d.metric("今年的[[約61%]]", "61", "%", "approx", "台北市")
    # P8 legislation and groups (no CITY: 台中市 inside an ORG row)
    # a legislature's committee of two fields joined by 及 (GUIDELINES
    # 立法会第二常设委员会; JOINED_NAMES)
    d.org("推進。[[立法院教育及文化委員會]]11月19日")
    d.date("委員會[[11月19日]]初審", "2026-11-19", "")
    # 上限 names the figure's role; the currency before stays outside; 為 no
    # marker: exact
    d.metric("新台幣[[50萬元]]。", "50e4", "元", "exact", "")
    # two trades joined by 暨 after a place: one association (GUIDELINES
    # 台湾连锁暨加盟协会; JOINED_NAMES), its city inside
    d.org("。[[台中市補習教育暨品保協會]]表示")
    d.metric("高峰時的[[逾900家]]", "900", "家", "over", "")
    d.metric("降至[[約690家]]", "690", "家", "approx", "")
    d.date("，[[明年]]恐再", NY, "")
    d.metric("再減少[[約5%]]", "5", "%", "approx", "")
    d.org("。[[全國家長團體聯盟]]昨")
    # 昨（21）日: one span, the bracketed day agreeing with the word (SPEC
    # 今（5）日; GUIDELINES 昨（2）日)
    d.date("聯盟[[昨（21）日]]召開", "2026-11-21", "")
    # 同日 takes the latest day-precision date written before it (SPEC,
    # GUIDELINES; check_same)
    d.date("；[[同日]]，人本", "2026-11-21", "")
    d.org("，[[人本教育文教基金會]]也")
    d.org("要求[[教育部]]建立")
    # P9 the outlook (no CITY)
    d.org("\n\n[[教育部]]表示，自民國")
    # 民國 inside the span (SPEC); 自 and 起 outside
    d.date("自[[民國101年]]起", "2012", "")
    # 今（22）日: one span, the publication day (GUIDELINES 今（21）日); 起
    # outside
    d.date("管理系統[[今（22）日]]起", "2026-11-22", "")
    # 明（116）年 takes the month written after it, one span (GUIDELINES
    # 明（116）年1月); 前 outside
    d.date("在[[明（116）年6月]]前", "2027-06", "")
    # 年度 inside the span (GUIDELINES 2022年度); 自 and 起 outside
    d.date("自[[116年度]]起", "2027", "")
    d.metric("人力[[約150名]]", "150", "名", "approx", "")
    d.org("；[[高雄市教育局]]、")
    d.org("、[[桃園市教育局]]也")
    # a yearless holiday in a sentence (after ；) that states no year: the
    # coming one, 40 days after (GUIDELINES); 前後 outside
    d.date("在[[元旦]]前後", "2027-01-01", "")
    audit = {
        "orgs": ["教育部", "教育部終身教育司", "台北市教育局", "台北市政府消防局",
                 "台北市建築管理工程處", "新北市教育局", "台中市教育局",
                 "台南市教育局", "何嘉仁", "長頸鹿美語", "吉的堡", "勞動部",
                 "佳音事業股份有限公司", "佳音", "巨匠美語",
                 "志光教育科技股份有限公司", "康軒文教事業股份有限公司",
                 "翰林出版事業股份有限公司", "南一書局企業股份有限公司",
                 "順天儒林", "台灣大哥大", "中華電信", "行政院消費者保護處",
                 "中華民國消費者文教基金會", "消基會", "內政部戶政司",
                 "行政院主計總處", "立法院教育及文化委員會",
                 "台中市補習教育暨品保協會", "全國家長團體聯盟",
                 "人本教育文教基金會", "高雄市教育局", "桃園市教育局"],
        "cities": ["台北", "台北市", "新北市", "台中市", "台中", "高雄市",
                   "桃園市", "台南市", "新竹市", "嘉義市", "基隆市", "首爾",
                   "東京",
                   # cities written only inside ORG rows or CITY rows with
                   # their 市 (SPEC: no CITY inside an organization name):
                   # 新竹 and 嘉義 only inside 新竹市, 嘉義市
                   "新竹", "嘉義",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "花蓮", "屏東", "宜蘭", "彰化",
                   "苗栗", "雲林", "南投", "台東", "香港", "上海", "新加坡"],
        "excluded": [],
        "numbers_excluded": [],
        # 三 of 高三 (a school year's label), 一 of 一次 and 一旦 (once,
        # once that: no figure, GUIDELINES 一 before a measure word)
        "cn_excluded": ["高[[三]]衝刺", "家長[[一]]次預繳", "，[[一]]旦停業"],
        "collectives": [("嘉義市[[兩]]市", 2)],
        "latin_excluded": [],
        # words that are no DATE or figure: 明顯 (clearly), 聲明 (a
        # statement), 每月 (recurring,
        # SPEC 每月5日), 月薪 (a monthly salary), 月費 (a monthly fee), 學年 (a
        # school year, 整學年 the whole of one: no calendar period), 初審 (a
        # first reading); 暑假 and 寒假 hold no time character (seasons
        # without a year word, SPEC 暑期); 同期 only inside 去年同期; 以來,
        # 全年, 近年 (none written)
        "words_excluded": {"明顯": 1, "聲明": 1, "每月": 1, "月薪": 1,
                           "月費": 1, "學年": 1, "初審": 1,
                           "以來": 0, "全年": 0, "近年": 0},
        # generic words outside ORG rows (kinds and read-backs: 地方政府 x3,
        # 兒童美語 a kind of course, 電信業者 a kind of company), then the
        # heads and trade names a cut ORG would leave outside
        "orgwords_excluded": {"政府": 3, "教育局": 0, "消防局": 0,
                              "工程處": 0, "協會": 0, "基金會": 0,
                              "委員會": 0, "股份有限公司": 0, "公司": 0,
                              "教育部": 0, "勞動部": 0, "保護處": 0,
                              "主計總處": 0, "戶政司": 0, "聯盟": 0,
                              "美語": 1, "何嘉仁": 0, "吉的堡": 0, "巨匠": 0,
                              "志光": 0, "康軒": 0, "翰林": 0, "南一": 0,
                              "順天": 0, "大哥大": 0, "電信": 1},
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
    halves each title declares (TITLE_HALVES: g341's space after 约4.6%,
    g342's after 1萬6842家; annotate_qa.py's; annotate_za.py's g335 and
    g336 had theirs after 58次 and 創新高)."""
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
    half_break(), against that line).  g341's title names no city, so its
    rows take none (as in annotate_za.py's pair); g342's title names 台北市
    in its second half, so every row of it takes 台北市, its first figure
    (1萬6842家, the first half's) the first city after (annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading too).  Both
    bylines (本报记者 梁䶮 广州报道, 記者蕭韻芩／台北報導) stand on lines of
    their own (a line break ends a sentence), so their cities give no city
    to the body (annotate_za.py's g335 dateline, which opened its first
    paragraph, gave its 北京 to its first sentence)."""
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
    for its g318's 明年1月16日至18日; annotate_za.py for its g335's 记者23日
    after its dateline's 11月; used here: g342's 教育部20日公布 in a sentence
    that names no month before it -> the reference month, 2026-11-20;
    check_gloss asserts a bracketed day's date as the word's, kept,
    unused)."""
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
    month or quarter in a sentence with a yearless holiday: g341's 双11 and
    春节 and g342's 國慶 and 元旦 stand in sentences with no bare month).  The holiday is the first such one of the sentence; its date
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
    annotate_sa.py's g293 and annotate_ua.py's g305; used here: g341's
    瑞康医药集团股份有限公司则继续收缩省外业务，年内已出售7家子公司股权,
    whose sentence states no other period: the reference year)."""
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
    g341's 112天 (周转天数为112天: the cue 天数), 5天 (较去年同期缩短5天: 缩短),
    约27天 (平均回款周期已缩短至约27天: 平均, 缩短), 118天 (周转天数平均约为
    118天: 天数, 平均) and 约10天 (库存周转天数较平时增加约10天: 天数);
    annotate_za.py's g335 约45天."""
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
    annotate_wa.py used it for its g318's 兩所; used here: g341's 其在合肥、
    南昌的两个物流中心, whose items hold 在 and 的, is a figure; g341's 逾两成
    and g342's 約兩成, 六成 and 約1成 stand after no 、-list in their clause,
    and the lists before g341's 四家, 三地, 三市, 两地 and g342's 兩市 open
    their clauses, NOTES_aa.md)."""
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
    annotate_ya.py used it for its g329's 每吨 figures; annotate_za.py kept
    it for its g336's 每場 and 每年; kept here: g342's 每學期 (每學期學費中位數
    約2萬4,000元, 每學期約1萬8,500元) and 每月 (平均每月約7,200元) stand
    before figures with a measure word not in the list or with words
    between, 每 outside the span and the unit).
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
    (precedent BC's BYLINE_ROWS, an earlier annotate_aa.py's form, as
    annotate_za.py kept it): g341's byline 本报记者 梁䶮 广州报道 is the whole
    line, naming no outlet (本报, GUIDELINES), and its 广州, the city filed
    from, is a CITY; g342's byline 記者蕭韻芩／台北報導 is the whole line,
    naming no outlet (聯合報's form), and its 台北, the city filed from, is
    a CITY; the rows stand in the declared order and none straddles the
    line's ends (annotate_wa.py's).  annotate_za.py's opener branch (its
    g335's dateline 科技日报北京11月23日电（记者叶玙） opened the third line and
    ran on as the first paragraph: the outlet, the city and the day touch
    one another, in that order, and 电 follows the day) is kept, unused
    here (OPENER is empty)."""
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
    # each declared no-span character (䶮 of g341's byline, outside GBK;
    # the ／ of g342's byline, a Big5/cp950 form) stands once, on the byline
    # (the third line), and in no span (checked per row below)
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
            # declared outlets starting the line; annotate_za.py's g335
            # dateline rows stood before its 玙; here g341's 䶮 and g342's
            # ／ stand before every row but the title's): a row before a
            # declared character is the title's or a declared row on the
            # third line ending before it (BEFORE_DECLARED holds (type,
            # text) pairs, as annotate_za.py declared them; empty here)
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
            # annotate_na.py; annotate_va.py's 民國108年以來; g342's bare
            # 114年, 115年, 117年, 113年 and 112年 stand before 全國, 國小,
            # 國中, 有 and 的)
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
            # ... but for a name declared with 的 as a character of its
            # trade name (PARTICLE_CHAR_NAMES, new here, after
            # JOINER_CHAR_NAMES: g342's 吉的堡, Kid Castle), which stands as
            # often as declared and holds no other of these
            body = tx
            if tx in PARTICLE_CHAR_NAMES.get(d.doc_id, {}):
                assert d.text.count(tx) == \
                    PARTICLE_CHAR_NAMES[d.doc_id][tx], ("particle name", r)
                assert tx.count("的") == 1, r
                body = tx.replace("的", "")
            assert not re.search("旗下|的|、|，|,|子公司|屬下|属下", body), (
                "ORG across", r)     # (子公司, 屬下: annotate_zb.py's)
            # a title after a body stays outside it (SPEC: 江南农村商业银行行长
            # -> the bank; 县委书记 -> 县委): no ORG row ends with a title or a
            # spokesman (annotate_yb.py's check, as annotate_zb.py and
            # annotate_zc.py kept it; annotate_za.py lacked it, ported here
            # for g341's …相关负责人 and g342's none)
            assert not re.search("(署長|署长|局長|局长|司長|司长|處長|处长|"
                                 "主席|會長|会长|行長|行长|院長|院长|總裁|总裁|"
                                 "主任|書記|书记|發言人|发言人|負責人|负责人)$",
                                 tx), ("a title inside an ORG row", r)
            # a role or descriptor in front of a name stays outside it (SPEC:
            # 美国咨询公司麦肯锡 -> 麦肯锡; GUIDELINES: 零售商, 开发商, 营运商 …
            # in front are descriptors; annotate_tb.py's check as annotate_zb
            # .py kept it, which annotate_za.py lacked, ported after a
            # mutation that spanned g341's 控股股东中国医药集团有限公司 as one
            # ORG, declared along, passed every inherited check; my
            # descriptors added: 控股股东, 母公司, 母企业, 龙头, 业者 and
            # 连锁 in both scripts, g342's 兒童美語 and 公職)
            assert not re.match("上市平台|上市公司|平台|品牌|车队|車隊|"
                                "运营商|營運商|营运商|开发商|開發商|零售商|"
                                "营办商|營辦商|业主|業主|企业|企業|"
                                "航空公司|職業籃球隊|职业篮球队|籃球隊|"
                                "篮球队|控股股东|控股股東|母公司|母企业|"
                                "母企業|龙头|龍頭|业者|業者|连锁|連鎖|"
                                "兒童美語|儿童美语|公職|公职", tx), (
                "descriptor in front", r)
            # a preposition or a verb of company before a body stays outside
            # it (GUIDELINES: 会同 and 暨 before a body; one-character adverbs
            # end a name read leftwards; g341's 同浙江英特集团股份有限公司):
            # no ORG row opens with one, but a name that writes the character
            # as its own (JOINER_CHAR_NAMES; annotate_zc.py's check, ported)
            assert not re.match("会同|會同|联同|聯同|同|与|與|和|及|向|在|由|"
                                "从|從|对|對|把|被|将|將|于|於|为|為|仅|僅|却|"
                                "卻|曾|亦", tx) or \
                tx in JOINER_CHAR_NAMES.get(d.doc_id, {}), (
                "a preposition opening an ORG row", r)
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
            # read too; here g341's 中国物流与采购联合会医药物流分会 and g342's
            # 立法院教育及文化委員會 and 台中市補習教育暨品保協會 are declared;
            # annotate_ya.py's 和欣客運 was declared in
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
    # it for its g318's 宏碁; annotate_za.py used it for its g336's 宏碁;
    # kept, unused here: g342 writes no character outside plain Big5)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬, the
    # end of a ten-day period and the period before, are left open by SPEC
    # and GUIDELINES and were rewritten (new in annotate_na.py; annotate_za
    # .py's g336 used it; neither article here writes 旬); no exclusion may
    # cover one
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
        # Taiwan news writes where s2tw writes others (台/臺 and 公布/公佈
        # here, TAIWAN_FORMS; new in annotate_na.py)
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



