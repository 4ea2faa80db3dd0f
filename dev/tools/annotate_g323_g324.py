#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g323_elevator_makers_installation_inspections and
g324_taiwan_tourism_factories_leisure_farms (annotator XA).

Adapted from the precedent set's tools/annotate_wa.py (now dev/tools/annotate_g317_g318.py) (/tmp/ho56/precedent:
a simplified mainland article with a byline on the third line and a
traditional Taiwan article whose first paragraph opens with a dateline, the
pair closest to mine in script, region and layout; copied and the data
changed).  My storages differ from both of annotate_wa.py's (GB18030 for
its simplified g317 and UTF-16 LE with a BOM for its Taiwan g318; here
UTF-8 WITH A BOM for my simplified g323 and PLAIN BIG5 for my Taiwan g324),
so its two storage blocks are replaced by the other precedent script's:
- the UTF-8-with-a-BOM block of annotate_wb.py (its g319, a simplified
  mainland article whose 本报 byline holds a character outside GB2312),
  unchanged but its data: exactly one BOM EF BB BF, in front; utf-8-sig
  reads the text, plain utf-8 reads U+FEFF and the text; the title's 今 =
  E4 BB 8A after the BOM; the file walked character by character, three
  bytes every non-ASCII character; the GB and Big5 codecs and UTF-16 fail
  or read another text, with and without the BOM; DECLARED_MAINLAND holds
  赟 (U+8D5F, UTF-8 E8 B5 9F, GBK/4 DA 53), the reporter's given name on
  the byline 本报记者 邵赟 杭州报道, the only character GB2312 cannot
  write; a converter to GB2312 fails first at it; every other line is
  GB2312 byte for byte in GBK and GB18030;
- the Big5-HKSCS block of annotate_wb.py (its g320), itself annotate_va
  .py's plain-Big5 block turned to Big5-HKSCS, turned back to PLAIN BIG5:
  Python's big5 codec reads the whole file (no character outside plain Big5
  is declared, and the block asserts none is written); the file walked
  character by character, two bytes every non-ASCII character, lead bytes
  A1-F9; the one character whose plain-Big5 and cp950 codes differ is the
  full-width solidus ／ of 自由時報's dateline 〔記者林宜萱／台北報導〕 (plain
  Big5 A2 41, cp950 A1 FE; BIG5_FORMS, the block the precedents kept for
  annotate_va.py's ／, used again): cp950 reads the file too, as another
  text holding ∕ (U+2215) there (CP950_READS), Big5-HKSCS reads it as plain
  Big5 does, and plain Big5 reads the cp950 rendering as the same text;
  gb18030 reads the bytes as another text whose share of GB2312's common
  characters is far below the Big5 reading's share of Big5's common tier;
  the opener block is annotate_wa.py's, turned to 〔記者…／…報導〕.
It keeps every other check of annotate_wa.py: strict decoding, offsets,
overlaps, no two touching ORG rows, a bare 今年/明年/去年 never touching the
DATE after it, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article and the t2s-then-s2tw round
trip of the traditional one (TAIWAN_FORMS), the SIMPLIFIED_ONLY coverage and
TRADITIONAL_WORDS, audits of digits, magnitude characters, Latin words,
Chinese numerals, time characters, holiday words, city strings (every
CITY_NORM form the article writes besides the declared list, absent cities
as guards), ORG words and ORG strings; the declared organizations; the
independent `city` rule (a headline one sentence for the city column,
GUIDELINES) asserted against my hand value on every DATE/METRIC row; the
month and day a DATE span writes; its precision; the holidays by exact span
and recomputed without the table, by region (国庆 10-01 in g323, 國慶 10-10
in g324); ROC years only in a Taiwan text and between 40 and 199;
今（N）年/明（N）年 with the ROC year of the reference year (used:
今（115）年, 明（116）年度 in g324); relative words (昨日, 上周五, 本周一,
上周, 本月, 上月, 两年前 in g323; 昨（22）日, 今（23）日, 上週五, 上週, 上月
in g324); 上月 as a baseline (kept, unused); 上季 and 本季 (kept, unused);
去年同期 (used: after 9月 and after 今年 in g323, after 今年 in g324); 同日
(used: after 昨（22）日 in g324); N年前 (used: 两年前 in g323); the bare-day
rule, the range check and the bracketed gloss (kept, unused);
check_forward (kept); check_holiday_period (used: 12月 after 元旦、春节 in
g323); the 约占 check (used: 约占三成, 约占15%, 约占一半, 约占四成 in g323;
約占1成, 約占總數的四成, 約占三成, 約占四成 in g324); markers before,
touching and after a span; 约为 (used: 约为每台12.8万元 in g323); a marker
before a currency written before the number (used: 約新台幣 x2 in g324);
the declared shared unit (kept, unused); the collective label (used:
宜蘭縣、彰化縣及桃園市三地 in g324), check_not_collective and
check_no_collective_metric (g323's 两条 passes them); check_time_metric
(used: 平均梯龄约13.5年 in g323; 平均停留時間由約50分鐘延長至約70分鐘 in
g324); check_per_before (kept; 每台, 每家, 每人, 每堂 and 每筆 stand apart
from their figures); the SHI_NEXT, 市-inside, CITY_STOPS, CITY_AMBIGUOUS,
NO_SHI, FOREIGN_SHI (kept, empty), TAIWAN_SHI_ONLY (used: 新竹市) and
TW_HK_FOREIGN checks; LINE3 (g323's byline with the CITY 杭州; g324's
opener with the CITY 台北); JOINERS with 暨, JOINED_NAMES (used: g323's
housing bodies, g324's 農業部農村發展及水土保持署), JOINER_CHAR_NAMES and
LISTED_PAIRS (used: 奇美食品與黑橋牌企業, 彰化縣政府與嘉義市政府 in g324);
CODE_LABELS (none here, kept); every 旬 inside a DATE row (kept); the bare
ROC year before 來 (kept: g324 writes 民國92年推動); a bare 前N个月/前N月/
前N季/前三季度 never opening a clause (used: 广州前10个月 in g323, the
title's 觀光工廠前10月 in g324); check_shiyi, check_bare_period (used) and
check_within_year (kept).
Changed or added here: the two storage blocks above; the data, the
declarations and the audits; the calendar asserts of my reference dates
(2026-11-25 and 2026-11-23); the opener check reads 自由時報's 〔記者…／…報導〕
form; the comments and docstrings that named annotate_wa.py's articles now
name mine, or its articles as its own.  No check was loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM of g323 removed, nothing else
changed):

- g323 is simplified (mainland, 中国质量报, 2026-11-25, a Wednesday of ISO
  week 2026-W48), stored as UTF-8 WITH a BOM (EF BB BF, then the title's
  今 = E4 BB 8A).  Every character is GB2312 but 赟 of the byline, and
  OpenCC t2s leaves the article unchanged.  Its byline 本报记者 邵赟 杭州报道
  stands on a line of its own under the title: 本报 names no outlet
  (GUIDELINES), 杭州 is the city filed from (a CITY).
- g324 is traditional (Taiwan, 自由時報, 2026-11-23, a Monday of ISO week
  2026-W48), stored as plain Big5 without a BOM (the title's 觀 = C6 5B).
  `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
  are simplified (OpenCC t2s; Taiwan cities by their full names with 市,
  foreign cities by the mainland's common names).  A Taiwan text: 2-3
  digit years before 年 are ROC years (113年 = 2024, 114年 = 2025,
  今（115）年 = 2026, 明（116）年度 and 116年 = 2027, 112年同期 = 2023,
  民國92年 = 2003).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho56/precedent:
README, NOTES_wa/wb/wc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g323_g324.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g323_g324.py
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
G323 = "g323_elevator_makers_installation_inspections"
G324 = "g324_taiwan_tourism_factories_leisure_farms"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G323: ("utf-8", BOM8, False, "2026-11-25", "中国质量报"),
    G324: ("big5", b"", True, "2026-11-23", "自由時報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_wa.py and annotate_wb.py kept it: a codec without one
# would skip every byte check)
STORAGE_BLOCKS = ("utf-8", "big5")
# characters outside the BMP each article declares, in text order: none
# (annotate_wa.py's 𫖮 of its GB18030 byline has no counterpart here; the
# per-row UTF-16 check stays, switched off: ASTRAL_BEFORE_BODY is empty)
OUTSIDE_BMP = {G323: [], G324: []}
# characters of the mainland UTF-8 article that GB2312 cannot write, with
# their UTF-8 bytes (annotate_wb.py's DECLARED_MAINLAND, for its 堃, after
# annotate_va.py's 喆): 赟 (U+8D5F, yūn, a character of given names), the
# reporter's given name on the byline 本报记者 邵赟 杭州报道 (the third line),
# once, in no span; GBK and GB18030 write it (GBK/4 DA 53), so a converter
# to GBK or GB18030 loses nothing and only one to GB2312 fails, at it
DECLARED_MAINLAND = {G323: {"赟": b"\xe8\xb5\x9f"}}
# ... their GBK bytes
DECLARED_GBK = {"赟": b"\xda\x53"}
# ... and their kinds, "utf8-four-byte" or "utf8-three-byte" (annotate_va
# .py's DECLARED_KINDS, as annotate_wb.py kept it): one three-byte
# character, so no offset or UTF-16 count moves after it
DECLARED_KINDS = {G323: Counter({"utf8-three-byte": 1})}
# the byline of the UTF-8 article, in its parts: 本报 (no outlet named,
# GUIDELINES: not 本报记者), the reporter's name holding the declared
# character, the city filed from before 报道; it must spell LINE3's line
# (annotate_wb.py's BYLINE_PARTS)
BYLINE_PARTS = {G323: ("本报", ["邵赟"], "杭州")}
# articles whose declared astral character stands on the third line before
# every row but the title's (annotate_sb.py's ASTRAL_BEFORE_BODY, as
# annotate_wa.py used it for its g317): none here
ASTRAL_BEFORE_BODY = set()
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 holds it: none (the file is plain Big5: Python's big5 codec reads
# every byte of it; annotate_wa.py's 碁 of 宏碁 and annotate_wb.py's HKSCS
# 綫 and 着 have no counterpart here, and the block asserts that none is
# written)
OUTSIDE_BIG5 = {G324: {}}
# ... with their cp950 (and Big5-HKSCS) bytes (none)
BIG5_CODE = {}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): none; the "cp950", "hkscs-low", "hkscs-c6c8" and "hkscs-udf"
# kinds stay in the block, unused
BIG5_KINDS = {G324: Counter()}
# the word each character outside plain Big5 stands in (none)
OUTSIDE_BIG5_WORD = {G324: {}}
# the ORG rows each declared character must stand in (annotate_qa.py's
# IN_ORG for 碁 of 宏碁): none here
IN_ORG = {G324: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_va.py's ／ of its dateline, whose block annotate_wa.py and
# annotate_wb.py kept with none declared): the full-width solidus ／ (U+FF0F)
# of 自由時報's dateline 〔記者林宜萱／台北報導〕, plain Big5 A2 41, cp950 A1 FE;
# cp950 reads the plain-Big5 bytes A2 41 as ∕ (U+2215, DIVISION SLASH), so a
# reader that tried cp950 first would read another character there (and
# the file would still decode); Big5-HKSCS writes ／ as plain Big5 does
BIG5_FORMS = {G324: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each such character stands in, with its count: the opener, once
DECLARED_WORD = {G324: {"／": ("〔記者林宜萱／台北報導〕", 1)}}
# the spans allowed before the declared characters on the third line: none
# (g323's byline opens with 本报, g324's opener with 〔記者)
BEFORE_DECLARED = {G323: set(), G324: set()}
# the third line of each article and the rows it holds, exactly: g323's
# byline 本报记者 邵赟 杭州报道 names no outlet (GUIDELINES: a byline's
# outlet, "not 本报记者"; precedents WB, WC) and the city filed from, 杭州
# (a sub-provincial city, SPEC; precedent WB's 北京报道); g324's third line
# is its first paragraph, opened by 自由時報's dateline in tortoise-shell
# brackets, 〔記者林宜萱／台北報導〕 (the paper's form: 記者, the reporter's
# name, a full-width solidus, the city filed from and 報導), whose 台北 is
# the city filed from, a special municipality (SPEC; precedent WA's
# 【許庭瑄╱台北報導】): the declared text is then that opener, and its rows
# the rows inside it (OPENER marks the form)
LINE3 = {G323: ("本报记者 邵赟 杭州报道", [("CITY", "杭州")]),
         G324: ("〔記者林宜萱／台北報導〕", [("CITY", "台北")])}
# the articles whose third line opens with a bracketed dateline and runs on
# as the first paragraph (annotate_wa.py's OPENER)
OPENER = {G324}
# the first character of each file, with its bytes after the BOM (if any):
# g323's title opens with 今 (UTF-8 E4 BB 8A, after the BOM EF BB BF),
# g324's with 觀 (plain Big5 C6 5B, no BOM)
FIRST_CHAR = {G323: ("今", b"\xe4\xbb\x8a"), G324: ("觀", b"\xc6\x5b")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g323 two (after 约112万台), g324 two (after
# 逾1400萬人次)
TITLE_HALVES = {G323: 2, G324: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G324}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_wa.py's list, itself annotate_ta.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters (annotate_va
# .py's line those of its g312, annotate_wa.py's those of its g318), and
# mine adds those of g324's that the list lacked, from OpenCC t2s of each
# character of the article, none of them written in it (the check in main()
# asserts that the list covers them all); TRADITIONAL_WORDS below declares
# the Taiwan words that write a character of the list
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
                   # g324's words (their t2s forms, none written in it: 災
                   # of 防災, 礙 of 無障礙, 號 of 老字號, 親 of 親子, 訪 of
                   # 到訪, 軍 of 國軍, 鐘 of 分鐘)
                   "灾碍号亲访军钟")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count; the list's characters stand nowhere else (annotate_oa.py's 上游 and
# 核准, annotate_ua.py's 下游 and 管制, annotate_wa.py's 獲准, annotate_wb.py's
# 控制): 制度 (a system: 制 is traditional too, and the list holds it as the
# t2s form of 製), once (觀光工廠制度)
TRADITIONAL_WORDS = {G324: {"制度": 1}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台灣, 新台幣, 台中, 台南, 全台
# … (s2tw 臺), 占 of 約占1成, 約占總數的四成, 約占四成, 約占三成 (佔) and 布 of
# 公布 (佈) (annotate_ua.py's three pairs, as annotate_wa.py kept them; its
# 畫/劃 pair of 計畫 is not written here: g324 writes no 計畫); each must
# occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g323 (mainland, 2026-11-25, a Wednesday): 国庆 2026-10-01 (国庆假期前后:
# yearless, the occurrence nearest the reference date, 55 days before;
# 假期 and 前后 outside); 元旦 2027-01-01 and 春节 2027-02-06 (随着元旦、春节
# 临近: yearless, the coming ones, 37 and 73 days after).
# g324 (Taiwan, 2026-11-23, a Monday): 國慶 2026-10-10 (Taiwan's National
# Day, GUIDELINES; 國慶假期: yearless, the nearest, 44 days before; 假期
# outside); 農曆春節 2027-02-06 (GUIDELINES: 农历春节 is 春节; 實施至農曆
# 春節前: yearless, the coming one, 75 days after; 前 outside); 聖誕節
# 2026-12-25 and 元旦 2027-01-01 (聖誕節及元旦期間: yearless, the coming
# ones, 32 and 39 days after; 期間 outside).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "國慶": "2026-10-10", "農曆春節": "2027-02-06", "聖誕節": "2026-12-25",
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
# the reference dates: g323's 2026-11-25 a Wednesday of ISO W48 (so its
# 上周 is W47, 上周五 11-20, 本周一 11-23, 昨日 11-24), g324's 2026-11-23 a
# Monday of W48 (so its 上週 is W47, 上週五 11-20, 昨（22）日 11-22, a Sunday,
# 今（23）日 the reference day); 国庆 of 2026 55 days before g323's date and
# that of 2027 310 days after (so the nearest is 2026's); 元旦 and 春节 of
# 2027 37 and 73 days after it, 春节 of 2026 281 days before it; 國慶 of
# 2026 44 days before g324's date, that of 2027 321 days after; 聖誕節 of
# 2026 and 元旦 of 2027 32 and 39 days after it (those of 2025 333 and 326
# days before); 農曆春節 of 2027 75 days after it, that of 2026 279 days
# before it
assert datetime.date(2026, 11, 25).isocalendar()[1:] == (48, 3)
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date.fromisocalendar(2026, 48, 1) == datetime.date(2026, 11,
                                                                   23)
assert datetime.date(2026, 11, 22).isoweekday() == 7
assert (datetime.date(2026, 11, 25) - datetime.date(2026, 10, 1)).days == 55
assert (datetime.date(2027, 10, 1) - datetime.date(2026, 11, 25)).days == 310
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 25)).days == 37
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73
assert (datetime.date(2026, 11, 25) - _SPRING[2026]).days == 281
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 10, 10)).days == 44
assert (datetime.date(2027, 10, 10) - datetime.date(2026, 11, 23)).days == 321
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 23)).days == 32
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (datetime.date(2026, 11, 23) - datetime.date(2025, 12, 25)).days == 333
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
    # g323 (2026: the municipalities 北京, 上海; the sub-provincial 杭州,
    # 广州, 南京, 成都; the prefecture-level 廊坊, 苏州, 东莞, 绍兴; the
    # county-level 昆山 (under 苏州); each + 市; none written with its 市
    # outside an ORG row: 上海 inside 上海机电股份有限公司, 上海机电, 上海三菱
    # 电梯有限公司, 上海市特种设备监督检验技术研究院 and 上海市住房和城乡建设
    # 管理委员会, 广州 inside 广州广日股份有限公司, 广州广日电梯工业有限公司,
    # 广州地铁 (a transit operator, SPEC) and 广州市住房和城乡建设局, 杭州
    # inside 杭州市市场监督管理局, 杭州市住房保障和房产管理局, 中国建设银行
    # 杭州分行 and 杭州西奥电梯有限公司, 北京 inside 北京市住房和城乡建设委员会
    # and 北京市住建委, 深圳 inside 深圳市市场监督管理局, 南京 and 成都 inside
    # their housing bureaus, 佛山 inside 广东省特种设备检测研究院佛山检测院
    # hold no CITY (SPEC: a city inside an organization name); the foreign
    # 利雅得, 迪拜, 雅加达 (after their countries, GUIDELINES 法国巴黎) by
    # their common names)
    "杭州": "杭州市", "廊坊": "廊坊市", "利雅得": "利雅得", "迪拜": "迪拜",
    "雅加达": "雅加达", "苏州": "苏州市", "东莞": "东莞市", "昆山": "昆山市",
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "南京": "南京市",
    "成都": "成都市", "绍兴": "绍兴市",
    # g324 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中 and 高雄 by their full names (SPEC; GUIDELINES: Taiwan
    # cities normalize to the full name), 桃園市 written with its 市 and
    # 桃園 declared as its short form (written only inside 桃園市 and
    # 桃園市政府經濟發展局), the provincial city 新竹市, only with its 市
    # (GUIDELINES; TAIWAN_SHI_ONLY); 香港 by its common name (SPEC); the
    # foreign 新加坡 (a city, GUIDELINES), 東京 -> 东京 and 首爾 -> 首尔; 台南
    # stands only inside ORG rows (台南市政府經濟發展局, 台南市農會), 嘉義
    # only inside 嘉義市政府, and the counties 宜蘭縣, 彰化縣, 苗栗縣, 南投縣
    # are no CITY (SPEC: counties)
    "台北": "台北市", "桃園市": "桃园市", "桃園": "桃园市", "高雄": "高雄市",
    "台中": "台中市", "新北": "新北市", "新竹市": "新竹市", "香港": "香港",
    "新加坡": "新加坡", "東京": "东京", "首爾": "首尔",
}
# cities normalized without 市: Hong Kong and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"利雅得", "迪拜", "雅加达", "香港", "新加坡", "东京", "首尔"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; annotate_wa.py's 胡志明市): none here
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 新竹市則有2家); the set is GUIDELINES' rule, fixed and
# asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: 新加坡, 東京 and 首爾 are
# spelled alike on both sides, 東京 -> 东京 and 首爾 -> 首尔 by t2s)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g323's housing
# bodies 北京市住房和城乡建设委员会, 上海市住房和城乡建设管理委员会,
# 杭州市住房保障和房产管理局, 广州市住房和城乡建设局, 南京市住房保障和房产局,
# 成都市住房和城乡建设局 and the ministry 住房和城乡建设部 (GUIDELINES
# 上海市文化和旅游局: two fields joined by 和 inside one government body;
# 文化广播电视和旅游局: three); g324's 農業部農村發展及水土保持署 (a ministry's
# agency of two fields joined by 及, one ORG with its ministry, GUIDELINES:
# a government body written right after another is its department); any
# other ORG row holding a joiner stops (check())
JOINED_NAMES = {G323: ("北京市住房和城乡建设委员会", "上海市住房和城乡建设管理委员会",
                       "杭州市住房保障和房产管理局", "广州市住房和城乡建设局",
                       "南京市住房保障和房产局", "成都市住房和城乡建设局",
                       "住房和城乡建设部"),
                G324: ("農業部農村發展及水土保持署",)}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车), with their counts: none
# here (the check stays)
JOINER_CHAR_NAMES = {G323: {}, G324: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): none in g323 (its lists of bodies use 、); g324's
# 奇美食品與黑橋牌企業 (two food makers) and 彰化縣政府與嘉義市政府 (two
# local governments that held a fair together)
LISTED_PAIRS = {G323: (),
                G324: (("奇美食品", "黑橋牌企業"), ("彰化縣政府", "嘉義市政府"))}
# rates with a slash denominator the articles write: none (the check and
# the slash-rate audit stay)
PER_UNITS = {G323: (), G324: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (neither article writes a stock
# code or a model name; KKday is an ORG row); the check stays, and the
# digit, Latin and numeral audits read every figure
CODE_LABELS = {G323: {}, G324: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "經濟部產業發展署": "经济部产业发展署",
    "產發署": "产发署",
    "交通部觀光署": "交通部观光署",
    "觀光署": "观光署",
    "桃園市政府經濟發展局": "桃园市政府经济发展局",
    "宏亞食品": "宏亚食品",
    "市府": "市府",
    "新北市政府經濟發展局": "新北市政府经济发展局",
    "高雄市政府觀光局": "高雄市政府观光局",
    "台南市政府經濟發展局": "台南市政府经济发展局",
    "奇美食品": "奇美食品",
    "黑橋牌企業": "黑桥牌企业",
    "台中市政府經濟發展局": "台中市政府经济发展局",
    "宜蘭縣政府": "宜兰县政府",
    "郭元益食品": "郭元益食品",
    "金蘭食品": "金兰食品",
    "台灣菸酒股份有限公司": "台湾烟酒股份有限公司",
    "台酒": "台酒",
    "街口支付": "街口支付",
    "農業部農村發展及水土保持署": "农业部农村发展及水土保持署",
    "農村水保署": "农村水保署",
    "台灣糖業股份有限公司": "台湾糖业股份有限公司",
    "台糖": "台糖",
    "台南市農會": "台南市农会",
    "國軍退除役官兵輔導委員會": "国军退除役官兵辅导委员会",
    "退輔會": "退辅会",
    "雄獅旅遊": "雄狮旅游",
    "KKday": "KKday",
    "彰化縣政府": "彰化县政府",
    "嘉義市政府": "嘉义市政府",
    "經濟部": "经济部",
    "中小企業信用保證基金": "中小企业信用保证基金",
    "信保基金": "信保基金",
    "中華民國觀光工廠促進協會": "中华民国观光工厂促进协会",
    "台灣休閒農業發展協會": "台湾休闲农业发展协会",
    "工業技術研究院": "工业技术研究院",
    "工研院": "工研院",
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
        # is cp950 (annotate_ic.py): g324 is declared plain Big5, the
        # narrowest of the family, so nothing is narrower to try
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
            # ARTICLE (annotate_wb.py's block for its g319, unchanged but its
            # data: itself annotate_vb.py's UTF-8-with-BOM block, written
            # there for a traditional Hong Kong text, turned to a simplified
            # mainland one with annotate_va.py's GB2312 declarations of its
            # UTF-8-without-BOM block): exactly one BOM EF BB BF, in front;
            # the BOM-aware utf-8-sig reads the text, plain utf-8 reads
            # U+FEFF and the text (one code point that would shift every
            # offset by one); the offsets count from the first byte after
            # the BOM
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
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, “” and （） included, 堃 too; no
            # four-byte character), so a count in bytes would run two
            # ahead after every Han character, and the file is the BOM's
            # three bytes longer than the text's UTF-8
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
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
            # byte walk, as annotate_vb.py kept it), the declared characters
            # with their declared bytes (annotate_va.py's)
            declared = DECLARED_MAINLAND[doc_id]
            pos, places = 3, Counter()
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                if c in declared:
                    assert b == declared[c], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(full), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in declared), places
            # a legacy codec or UTF-16 fails on the file or reads another
            # text, with the BOM and without it (annotate_ta.py's list)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a simplified mainland text: the characters GB2312 cannot write
            # are exactly the declared ones (DECLARED_MAINLAND: 堃), each
            # with its UTF-8 bytes and kind (annotate_va.py's checks); GBK
            # and GB18030 write each declared character with its declared
            # GBK bytes (so a converter to GBK or GB18030 loses nothing),
            # plain Big5 cannot; and the file is no GB file: its GB18030
            # bytes differ from the file's
            assert not self.traditional, doc_id
            kinds = Counter()
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare the character outside GB2312"
            for c, code8 in declared.items():
                assert c.encode("utf-8") == code8, (doc_id, c)
                assert c.encode("gbk") == c.encode("gb18030") == \
                    DECLARED_GBK[c], (doc_id, c)
                assert DECLARED_GBK[c].decode("gbk") == c, (doc_id, c)
                assert not decodes(DECLARED_GBK[c], "gb2312"), (doc_id, c)
                assert not enc_ok(c, "big5"), (doc_id, c)
                kinds["utf8-four-byte" if len(code8) == 4 else
                      "utf8-three-byte"] += 1
            assert kinds == DECLARED_KINDS[doc_id], kinds
            assert self.text.encode("gb18030") != raw, doc_id
            assert all(enc_ok(c, "gb2312") or c in declared
                       for c in self.text), doc_id
            # a converter to GB2312 fails first at the first declared
            # character, on the byline (annotate_va.py's measure)
            first = min(self.text.index(c) for c in declared)
            try:
                self.text.encode("gb2312")
                raise AssertionError((doc_id, "gb2312", "encodes"))
            except UnicodeEncodeError as ex:
                assert ex.start == first, (doc_id, "gb2312", ex.start)
            # every line without a declared character is GB2312 byte for
            # byte in GBK and GB18030; the declared characters stand on the
            # byline (the third line) only, in no span (check())
            for line in lines:
                if not any(c in declared for c in line):
                    assert line.encode("gb2312") == line.encode("gbk") == \
                        line.encode("gb18030"), line
            for c in declared:
                assert c in lines[2] and all(
                    c not in x for i, x in enumerate(lines) if i != 2), c
            self.no_span_chars = sorted(declared)
            # the byline: 本报, 记者, a space, the reporter's name, a space,
            # the city filed from and 报道, between blank lines
            # (annotate_va.py's byline block, without an outlet: 本报 names
            # none, GUIDELINES); the name holds the declared character;
            # LINE3 spells the same line and check_line3 checks its rows
            outlet, names, city = BYLINE_PARTS[doc_id]
            assert lines[2] == outlet + "记者 " + " ".join(names) + " " + \
                city + "报道" == LINE3[doc_id][0], (doc_id, lines[2])
            assert outlet == "本报", doc_id
            assert lines[1] == lines[3] == "", doc_id
            for c in declared:
                assert sum(c in n for n in names) == 1, c
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            assert not any(x.startswith(("【", "〔")) for x in lines), doc_id
        elif enc == "big5":     # PLAIN BIG5 WITHOUT A BOM, THE TAIWAN
            # ARTICLE (new here: annotate_wb.py's Big5-HKSCS block for its
            # g320, itself annotate_va.py's plain-Big5 block for its Taiwan
            # g312 turned to Big5-HKSCS, turned back to plain Big5, with
            # annotate_wa.py's cp950 declarations and its opener block, and
            # the Big5/cp950 forms block the precedents kept for annotate_va
            # .py's ／, used again here): no BOM and no U+FEFF; the offsets
            # count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones: none here, so Python's plain big5 codec (the
            # reader's first try, GUIDELINES) reads the whole file; the
            # declaration blocks of annotate_wb.py stay, and assert that
            # nothing is declared for a plain-Big5 file
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl) == [], (doc_id, outside)
            assert not BIG5_KINDS[doc_id] and not OUTSIDE_BIG5_WORD[doc_id], \
                doc_id
            self.in_org_span = IN_ORG[doc_id]
            assert not self.in_org_span, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: the ／ of 自由時報's
            # dateline, as annotate_va.py's ／ of its g312), each with its
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
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            # the declared forms stand in no span (check())
            self.no_span_chars = sorted(forms)
            # the file walked character by character: each character's
            # plain-Big5 bytes at its own place, one byte an ASCII character
            # and two any other, every non-ASCII character with a lead byte
            # in plain Big5's rows A1-F9 (annotate_wb.py's walk, after
            # annotate_va.py's and annotate_ub.py's); a declared form with
            # its declared plain-Big5 bytes
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode("big5")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if len(b) == 2:
                    assert 0xA1 <= b[0] <= 0xF9, (doc_id, c, b)
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in forms), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP and no combining mark: a UTF-16
            # count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # cp950 (GUIDELINES' second try) reads the file too, as another
            # text: the same but for each declared form, which it reads as
            # CP950_READS's character (so a reader that tried cp950 first
            # would keep ∕ in the dateline; the offsets would not move);
            # Big5-HKSCS (the third try) reads the same text as plain Big5
            c950 = raw.decode("cp950")
            assert c950 != self.text and len(c950) == len(self.text), doc_id
            want = self.text
            for c in forms:
                want = want.replace(c, CP950_READS[c])
            assert c950 == want, doc_id
            assert raw.decode("big5hkscs") == self.text, doc_id
            # the cp950 rendering of the text is another file (A1 FE where
            # the file holds A2 41), which plain Big5 reads as the same text
            # (Python's big5 reads both A1 FE and A2 41 as ／ and writes A2
            # 41): the difference runs one way only, so only the order of
            # GUIDELINES' tries (plain Big5 first) keeps ／ in the dateline
            b950 = self.text.encode("cp950")
            assert b950 != raw and len(b950) == len(raw), doc_id
            assert b950.decode("big5") == self.text, doc_id
            for c, (b5, c950) in forms.items():
                assert c950.decode("big5") == c, (doc_id, c)
            # every line without a declared form is the same in plain Big5,
            # cp950 and Big5-HKSCS, byte for byte, and reads back alike in
            # all three (annotate_ra.py's line check, as annotate_wb.py kept
            # it); a line with a declared form is so between its forms
            for line in lines:
                parts = re.split("|".join(map(re.escape, forms)), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        b.decode("big5") == part
            # gb18030 reads Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5 reading, GB2312's level 1
            # B0A1-D7F9 for the GB18030 one), the Big5 reading is the
            # natural one by far (annotate_wb.py's measure, after annotate_va
            # .py's proxy: the project's rules/encoding/common_hanzi.txt is
            # not mine to read)
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
            # the other GB codecs, UTF-8 and UTF-16 fail or read another
            # text (annotate_wb.py's list)
            for o in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                      "utf-16-le", "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != self.text, (
                    doc_id, o)
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # the opener (annotate_wa.py's OPENER block, after annotate_vc
            # .py's and annotate_sc.py's): 自由時報's dateline
            # 〔記者…／台北報導〕 opens line 3, the first paragraph, once; no
            # other line opens with 〔 or 【; LINE3 declares it and
            # check_line3 checks its rows
            assert lines[1] == "" and lines[2] != "", doc_id
            assert doc_id in OPENER, doc_id
            opener = LINE3[doc_id][0]
            assert lines[2].startswith(opener) and len(lines[2]) > \
                len(opener), doc_id
            assert self.text.count(opener) == 1, doc_id
            assert opener[0] == "〔" and opener[-1] == "〕", opener
            assert re.fullmatch(r"〔記者[\u4e00-\u9fff]{2,3}／[\u4e00-\u9fff]{2,3}"
                                r"報導〕", opener), opener
            assert sum(x.startswith(("〔", "【")) for x in lines) == 1, doc_id
            assert self.text.count("〔") == self.text.count("〕") == 1
            assert "【" not in self.text and "】" not in self.text, doc_id
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
            # the declared ones (annotate_wb.py's mainland check, with
            # DECLARED_MAINLAND)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in DECLARED_MAINLAND.get(
                doc_id, {}) for c in self.text), doc_id
            assert doc_id not in OPENER, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ua.py's 下游 and 管制; annotate_wa.py's 獲准; here
            # 制度)
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
# g323 Lifts in November 2026: the national figures (市场监管总局特种设备
# 安全监察局 昨日: 10月底, 去年底, 今年前10个月; 国家统计局 今年前三季度, 9月,
# 去年同期); the association (中国电梯协会 in 廊坊: 今年, 今年前10个月;
# 利雅得, 迪拜, 雅加达); listed makers (上海机电 and 上海三菱电梯有限公司 今年前
# 三季度, 上半年; 康力电梯 今年前三季度, 三季度, 苏州 本月; 广州广日股份有限公司
# and 广州广日电梯工业有限公司 上月, 广州地铁; 快意电梯, 东莞 今年前10个月);
# foreign brands (通力电梯, 日立电梯, 迅达电梯; 昆山 今年; 汇川技术 今年前三
# 季度); inspection (中国特检院 今年, 去年; 上海市特种设备监督检验技术研究院
# 上周五; 广东省特种设备检测研究院佛山检测院 本周一); regulators and
# maintenance (杭州市市场监督管理局 今年; 深圳市市场监督管理局, 人保财险, 平安
# 产险 今年; 中国电梯协会 2023年, 国庆); retrofits (北京市住建委: 北京 今年,
# 去年; 上海市住房和城乡建设管理委员会: 上海 今年1月至10月; 杭州市住房保障和
# 房产管理局: 杭州 今年; 中国建设银行杭州分行 今年; 广州, 南京, 成都: 广州
# 前10个月, 南京、成都 今年); renewal and prices (国家发展改革委, 财政部 今年;
# 住房和城乡建设部 今年, 去年同期; 两年前); 浙江 (西子联合控股有限公司 and
# 杭州西奥电梯有限公司 今年; 梅轮电梯, 绍兴 明年一季度; 浙江省特种设备科学
# 研究院); the outlook (明年, 中国电梯协会 上周; 市场监管总局: 元旦, 春节,
# 12月).  Simplified, UTF-8 with a BOM, 2026-11-25 (a Wednesday, ISO week
# 2026-W48), 中国质量报; its byline 本报记者 邵赟 杭州报道 names no outlet and
# the city filed from; 赟 is outside GB2312 (declared).  昨日 2026-11-24;
# 上周五 2026-11-20; 本周一 2026-11-23; 上周 2026-W47; 本月 2026-11; 上月
# 2026-10; 明年 2027.
# ===========================================================================
@doc
def g323():
    d = Doc(G323)
    Y, NY, LY = "2026", "2027", "2025"
    # title (a heading that opens with no city: no section, and it names
    # none, so the title's rows take no city); 今年 attached to 前三季度
    # (SPEC), several quarters of a year: the year
    d.date("[[今年前三季度]]全国电梯产量", Y, "")
    d.metric("电梯产量[[约112万台]] 多地", "112e4", "台", "approx", "")
    # the byline: 本报 names no outlet (GUIDELINES), the city filed from
    # before 报道 (a CITY; precedent WB's 北京报道)
    d.city("邵赟 [[杭州]]报道")
    # P1 the national figures (no CITY)
    # a bureau written right after its administration belongs to it
    # (GUIDELINES 内政部反毒局, 新北市政府地政局): one ORG
    d.org("\n\n[[市场监管总局特种设备安全监察局]]昨日")
    d.date("监察局[[昨日]]通报", "2026-11-24", "")
    # 截至 outside (SPEC); an end of a month is the month (SPEC 6月底)
    d.date("截至[[10月底]]", "2026-10", "")
    d.metric("在用电梯[[约1190万台]]", "1190e4", "台", "approx", "")
    # 去年底: one span, the year (SPEC 年底); its sentence states 10月底, a
    # month of the reference year, so 去年 is 2025 either way (GUIDELINES)
    d.date("较[[去年底]]增加", LY, "")
    d.metric("增加[[约6.8%]]", "6.8", "%", "approx", "")
    d.date("；[[今年前10个月]]全国完成", Y, "")
    d.metric("定期检验[[约860万台]]", "860e4", "台", "approx", "")
    d.metric("合格率[[约99.2%]]", "99.2", "%", "approx", "")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[今年前三季度]]全国电梯", Y, "")
    d.metric("升降机产量[[约112万台]]", "112e4", "台", "approx", "")
    d.metric("同比增长[[约4.5%]]", "4.5", "%", "approx", "")
    d.date("其中[[9月]]产量", "2026-09", "")
    d.metric("9月产量[[约14.3万台]]", "14.3e4", "台", "approx", "")
    # 去年同期 after 9月: that month a year earlier (SPEC; check_last_year
    # _period)
    d.date("较[[去年同期]]下降约2.1%", "2025-09", "")
    d.metric("下降[[约2.1%]]", "2.1", "%", "approx", "")
    # P2 the association (廊坊 in its first sentence; the foreign cities in
    # a sentence of their own, after ；)
    # a name right after where its seat is (GUIDELINES 总部位于日内瓦的地中海
    # 航运): 廊坊 a CITY, the association an ORG
    d.city("总部位于[[廊坊]]的")
    d.org("廊坊的[[中国电梯协会]]相关负责人")
    # the rule: the nearest city before in the sentence (廊坊), though the
    # demand is the country's: the rule as written
    d.date("影响，[[今年]]国内新梯", Y, "廊坊市")
    d.date("协会统计显示，[[今年前10个月]]国内企业", Y, "")
    d.metric("出口整梯[[约12.6万台]]", "12.6e4", "台", "approx", "")
    d.metric("同比增长[[约11%]]", "11", "%", "approx", "")
    # 美元 the currency as written (SPEC)
    d.metric("出口额[[约29.4亿美元]]", "29.4e8", "美元", "approx", "")
    # foreign cities after their countries (GUIDELINES: a country glued to
    # its foreign city leaves the city, 法国巴黎; a list of three cities
    # confirms its items), by their common names
    d.city("沙特[[利雅得]]、")
    d.city("阿联酋[[迪拜]]、")
    d.city("印尼[[雅加达]]等地")
    # P3 listed makers (苏州 in the last sentence)
    # a registered name keeps its city in front (GUIDELINES: names found by
    # suffix keep any place in front), and its bracketed short form (上…海…
    # 机…电 in order), quotes outside, is an ORG there (GUIDELINES); 旗下
    # between two names: two ORGs
    d.org("企业中，[[上海机电股份有限公司]]（")
    d.org("以下简称“[[上海机电]]”）最新")
    d.org("旗下[[上海三菱电梯有限公司]]今年")
    d.date("电梯有限公司[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约186亿元]]", "186e8", "元", "approx", "")
    d.metric("同比下降[[约3.2%]]", "3.2", "%", "approx", "")
    # several months of a year: the year (SPEC 上半年); 较 outside
    d.date("降幅较[[上半年]]收窄", Y, "")
    # 升至 a value word: exact
    d.metric("占比升至[[41.5%]]", "41.5", "%", "exact", "")
    d.org("。[[康力电梯股份有限公司]]（")
    d.org("以下简称“[[康力电梯]]”）今年")
    d.date("康力电梯”）[[今年前三季度]]营业收入", Y, "")
    d.metric("营业收入[[约31.7亿元]]", "31.7e8", "元", "approx", "")
    d.metric("新签订单[[约35.2亿元]]", "35.2e8", "元", "approx", "")
    d.metric("同比增长[[约7%]]", "7", "%", "approx", "")
    # a bare quarter of the reference year (check_bare_year)
    d.date("其中[[三季度]]约12.1亿元", "2026-Q3", "")
    d.metric("三季度[[约12.1亿元]]", "12.1e8", "元", "approx", "")
    d.org("；[[康力电梯]]相关负责人")
    d.city("公司位于[[苏州]]的")
    d.date("制造基地[[本月]]投产", "2026-11", "苏州市")
    d.metric("整梯产能[[约1.5万台]]", "1.5e4", "台", "approx", "苏州市")
    # P4 广东 (a province: no CITY; 广州 only inside ORG rows in the first
    # sentence; 东莞 in the second)
    d.org("在广东，[[广州广日股份有限公司]]旗下")
    d.org("旗下[[广州广日电梯工业有限公司]]上月")
    d.date("工业有限公司[[上月]]中标", "2026-10", "")
    # a named transit operator (SPEC 广州地铁), no CITY inside; jieba's
    # 地铁新线 leaves the operator's name (GUIDELINES 广州地铁线网)
    d.org("中标[[广州地铁]]新线")
    d.metric("电梯订单[[约2.3亿元]]", "2.3e8", "元", "approx", "")
    d.org("；[[快意电梯股份有限公司]]（")
    d.org("以下简称“[[快意电梯]]”）表示")
    d.city("其[[东莞]]生产基地")
    d.date("生产基地[[今年前10个月]]发货", Y, "东莞市")
    d.metric("发货[[约7800台]]", "7800", "台", "approx", "东莞市")
    d.metric("同比增长[[约9%]]，其中加装", "9", "%", "approx", "东莞市")
    # 约 before 占 qualifies the share across the verb (GUIDELINES 约占全国
    # 的四成)
    d.metric("专用机型约占[[三成]]", "30", "%", "approx", "东莞市", sep="约")
    # P5 foreign brands (昆山 in the first sentence)
    # items listed before 等企业 are ORGs (GUIDELINES)
    d.org("外资品牌中，[[通力电梯]]、")
    d.org("通力电梯、[[日立电梯]]、")
    d.org("日立电梯、[[迅达电梯]]等企业")
    d.org("投入，[[通力电梯]]在昆山")
    # a county-level city (under 苏州), SPEC: county-level cities
    d.city("通力电梯在[[昆山]]的工厂")
    d.date("的工厂[[今年]]新增", Y, "昆山市")
    # a count in Chinese numerals with its measure word and no list before
    # it (precedent WA's 两条): 2 条
    d.metric("用梯产线[[两条]]", "2", "条", "exact", "昆山市")
    # the rule: the nearest city before (昆山) wins over the first after
    # (上海), here what the share is about
    d.metric("所产电梯[[约四成]]", "40", "%", "approx", "昆山市")
    d.city("供应[[上海]]。")
    # a descriptor in front of a name stays outside (SPEC 美国咨询公司麦肯锡)
    d.org("供应商[[汇川技术]]表示")
    d.date("表示，[[今年前三季度]]其电梯", Y, "")
    d.metric("业务收入[[约43亿元]]", "43e8", "元", "approx", "")
    d.metric("海外收入约占[[15%]]", "15", "%", "approx", "", sep="约")
    # P6 inspection (no CITY: 上海 and 佛山 inside ORG rows, 全市 deictic)
    d.org("扩容。[[中国特种设备检测研究院]]（")
    # its short form, 中…国…特…检…院 in order (GUIDELINES)
    d.org("以下简称“[[中国特检院]]”）今年")
    d.date("中国特检院”）[[今年]]承担", Y, "")
    d.metric("型式试验[[约1.1万项]]", "1.1e4", "项", "approx", "")
    # 去年 with no non-relative period stated before it in its sentence:
    # from the reference year (GUIDELINES)
    d.date("较[[去年]]增长约18%", LY, "")
    d.metric("增长[[约18%]]", "18", "%", "approx", "")
    d.org("；[[上海市特种设备监督检验技术研究院]]上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("技术研究院[[上周五]]发布", "2026-11-20", "")
    d.metric("抽查的[[约2400台]]", "2400", "台", "approx", "")
    d.metric("占比[[约27%]]", "27", "%", "approx", "")
    # a branch written after a body with its place belongs to it
    # (GUIDELINES 中国欧盟商会上海分会): one ORG, no CITY 佛山
    d.org("。[[广东省特种设备检测研究院佛山检测院]]本周一")
    d.date("检测院[[本周一]]启用", "2026-11-23", "")
    d.metric("检测能力[[约3000件]]", "3000", "件", "approx", "")
    # P7 regulators and maintenance (no CITY: 杭州 and 深圳 inside ORG
    # rows, 全市 deictic, 部分城市 generic)
    d.org("监管层面，[[杭州市市场监督管理局]]今年")
    d.date("监督管理局[[今年]]在全市", Y, "")
    d.metric("试点的电梯[[约1.8万台]]", "1.8e4", "台", "approx", "")
    d.metric("故障率下降[[约21%]]", "21", "%", "approx", "")
    d.org("；[[深圳市市场监督管理局]]联合")
    # insurers' property companies are ORGs by their short names
    # (GUIDELINES 平安产险); items before 等机构 (GUIDELINES)
    d.org("联合[[人保财险]]、")
    d.org("、[[平安产险]]等机构")
    d.date("保险，[[今年]]参保", Y, "")
    # 超过 inside the span (SPEC 超过95%): over
    d.metric("参保电梯[[超过6万台]]", "6e4", "台", "over", "")
    d.metric("年保费[[约680元]]", "680", "元", "approx", "")
    d.org("。[[中国电梯协会]]调查")
    d.metric("维保费用[[约4200元]]", "4200", "元", "approx", "")
    # a bare four-digit year (GUIDELINES); 较 outside
    d.date("较[[2023年]]下降", "2023", "")
    d.metric("下降[[约12%]]", "12", "%", "approx", "")
    d.metric("，[[约七成]]维保企业", "70", "%", "approx", "")
    # 不足 inside the span (SPEC): under
    d.metric("员工[[不足50人]]", "50", "人", "under", "")
    # a named holiday (SPEC 国庆 -> YYYY-10-01), yearless: the occurrence
    # nearest the reference date (GUIDELINES), 2026-10-01; 假期 and 前后
    # outside
    d.date("；[[国庆]]假期前后", "2026-10-01", "")
    d.metric("报修量增加[[约三成]]", "30", "%", "approx", "")
    # P8 retrofits in 北京 and 上海
    # a city's committee of two fields joined by 和 (JOINED_NAMES;
    # GUIDELINES 上海市文化和旅游局), its city inside; its bracketed short
    # form, 北…京…市…住…建…委 in order
    d.org("施工期。[[北京市住房和城乡建设委员会]]（")
    d.org("以下简称“[[北京市住建委]]”）数据")
    d.city("显示，[[北京]]今年")
    d.date("北京[[今年]]已开工", Y, "北京市")
    # 部: the measure word as written (SPEC)
    d.metric("加装电梯[[约1260部]]", "1260", "部", "approx", "北京市")
    d.metric("完工[[约980部]]", "980", "部", "approx", "北京市")
    # 超过去年 is 超过 + DATE 去年 (GUIDELINES); 全年 outside (GUIDELINES
    # 去年全年 -> 去年)
    d.date("均超过[[去年]]全年", LY, "北京市")
    d.org("；[[上海市住房和城乡建设管理委员会]]表示")
    d.city("表示，[[上海]]今年1月")
    # a range of months: two mentions (SPEC 2024年3月至5月); 10月 in the
    # reference year (check_bare_year)
    d.date("上海[[今年1月]]至10月", "2026-01", "上海市")
    d.date("今年1月至[[10月]]新增", "2026-10", "上海市")
    d.metric("新增完工加装电梯[[约3100台]]", "3100", "台", "approx", "上海市")
    # 突破 an over-marker inside the span (SPEC 突破百万)
    d.metric("已[[突破1.5万台]]", "1.5e4", "台", "over", "上海市")
    # P9 retrofits in 杭州, 广州, 南京, 成都
    d.org("\n\n[[杭州市住房保障和房产管理局]]介绍")
    d.city("介绍，[[杭州]]今年新开工")
    d.date("杭州[[今年]]新开工", Y, "杭州市")
    d.metric("加装电梯[[约1650台]]", "1650", "台", "approx", "杭州市")
    # 最高 sets no qualifier (GUIDELINES): exact; 每台 outside
    d.metric("最高补助[[20万元]]", "20e4", "元", "exact", "杭州市")
    # a bank's branch in a city is one ORG with it (GUIDELINES 我爱我家杭州
    # 公司, 中国银行横琴粤澳深度合作区分行): no CITY 杭州
    d.org("；[[中国建设银行杭州分行]]推出")
    d.date("专项贷款[[今年]]已发放", Y, "")
    d.metric("已发放[[约3.2亿元]]", "3.2e8", "元", "approx", "")
    # a list of cities sharing one head (SPEC 广州、深圳等机场): each a CITY
    d.city("。[[广州]]、南京、成都等地")
    d.city("广州、[[南京]]、成都等地")
    d.city("南京、[[成都]]等地")
    d.org("提速，[[广州市住房和城乡建设局]]表示")
    d.city("表示，[[广州]]前10个月")
    # 前10个月 right after the place it is about (GUIDELINES 河南前10个月):
    # the calendar period of the reference year (check_bare_period)
    d.date("广州[[前10个月]]完成", Y, "广州市")
    d.metric("完成加装电梯[[约1400台]]", "1400", "台", "approx", "广州市")
    d.metric("同比增长[[约16%]]", "16", "%", "approx", "广州市")
    # two bodies listed with 、 (no joiner between them)
    d.org("；[[南京市住房保障和房产局]]、")
    d.org("、[[成都市住房和城乡建设局]]分别")
    d.city("披露，[[南京]]、成都今年")
    d.city("南京、[[成都]]今年完工")
    # the rule: the nearest city before (成都, the pair's last), though the
    # figures are one each: the rule as written
    d.date("成都[[今年]]完工", Y, "成都市")
    d.metric("加装电梯[[约820台]]和", "820", "台", "approx", "成都市")
    d.metric("和[[约1130台]]", "1130", "台", "approx", "成都市")
    # P10 renewal and prices (no CITY)
    # two bodies listed with 、; GUIDELINES' own form 国家发展改革委
    d.org("方面，[[国家发展改革委]]、")
    d.org("、[[财政部]]今年")
    d.date("财政部[[今年]]安排", Y, "")
    # the ministry of two fields joined by 和 (JOINED_NAMES)
    d.org("。[[住房和城乡建设部]]统计")
    d.date("全国[[今年]]已完成", Y, "")
    d.metric("电梯更新[[约9.6万台]]", "9.6e4", "台", "approx", "")
    # 去年同期 after 今年: the year before (SPEC)
    d.date("是[[去年同期]]的", LY, "")
    d.metric("的[[1.7倍]]", "1.7", "倍", "exact", "")
    # 约为 before 每台: a marker separated by the verb 为 (GUIDELINES 约为每吨
    # 7050元 -> approx); 每台 outside the span and the unit
    d.metric("每台[[12.8万元]]", "12.8e4", "元", "approx", "", sep="约")
    # N年前 a relative DATE (SPEC 两年前), from the reference year; 较 outside
    d.date("较[[两年前]]下降", "2024", "")
    d.metric("下降[[约8%]]", "8", "%", "approx", "")
    # a range: two mentions, each with its own 元 (SPEC)
    d.metric("多在[[45万元]]至", "45e4", "元", "exact", "")
    d.metric("至[[60万元]]之间", "60e4", "元", "exact", "")
    # 一半 is 50 % (GUIDELINES), 约占 across the verb
    d.metric("约占[[一半]]", "50", "%", "approx", "", sep="约")
    # P11 浙江 (a province: no CITY; 绍兴 in the second sentence)
    d.org("方面，[[西子联合控股有限公司]]旗下")
    d.org("旗下[[杭州西奥电梯有限公司]]今年")
    d.date("西奥电梯有限公司[[今年]]承接", Y, "")
    d.metric("项目[[约2600台]]", "2600", "台", "approx", "")
    d.org("；[[浙江梅轮电梯股份有限公司]]（")
    d.org("以下简称“[[梅轮电梯]]”）表示")
    d.city("位于[[绍兴]]的新厂房")
    # 明年 attached (SPEC), from the reference year (GUIDELINES)
    d.date("预计[[明年一季度]]投产", "2027-Q1", "绍兴市")
    d.org("。[[浙江省特种设备科学研究院]]抽样")
    # a time figure after the cue 平均 (GUIDELINES: 天 年 个月 count only
    # after a statistic cue)
    d.metric("平均梯龄[[约13.5年]]", "13.5", "年", "approx", "")
    d.metric("老旧电梯约占[[四成]]", "40", "%", "approx", "", sep="约")
    # P12 the outlook (no CITY)
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[中国电梯协会]]上周")
    d.date("中国电梯协会[[上周]]发布", "2026-W47", "")
    d.metric("更新需求[[约12万台]]", "12e4", "台", "approx", "")
    d.org("。[[市场监管总局]]相关负责人")
    # yearless holidays, the coming ones (GUIDELINES)
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    # a month in a sentence whose period is a yearless holiday: the year
    # that puts it nearest 元旦 (GUIDELINES; check_holiday_period)
    d.date("将于[[12月]]集中", "2026-12", "")
    audit = {
        "orgs": ["市场监管总局特种设备安全监察局", "国家统计局", "中国电梯协会",
                 "上海机电股份有限公司", "上海机电", "上海三菱电梯有限公司",
                 "康力电梯股份有限公司", "康力电梯", "广州广日股份有限公司",
                 "广州广日电梯工业有限公司", "广州地铁", "快意电梯股份有限公司",
                 "快意电梯", "通力电梯", "日立电梯", "迅达电梯", "汇川技术",
                 "中国特种设备检测研究院", "中国特检院",
                 "上海市特种设备监督检验技术研究院",
                 "广东省特种设备检测研究院佛山检测院", "杭州市市场监督管理局",
                 "深圳市市场监督管理局", "人保财险", "平安产险",
                 "北京市住房和城乡建设委员会", "北京市住建委",
                 "上海市住房和城乡建设管理委员会", "杭州市住房保障和房产管理局",
                 "中国建设银行杭州分行", "广州市住房和城乡建设局",
                 "南京市住房保障和房产局", "成都市住房和城乡建设局",
                 "国家发展改革委", "财政部", "住房和城乡建设部",
                 "西子联合控股有限公司", "杭州西奥电梯有限公司",
                 "浙江梅轮电梯股份有限公司", "梅轮电梯", "浙江省特种设备科学研究院",
                 "市场监管总局"],
        "cities": ["杭州", "廊坊", "利雅得", "迪拜", "雅加达", "苏州", "东莞",
                   "昆山", "北京", "上海", "广州", "南京", "成都", "绍兴",
                   # cities written only inside ORG rows (SPEC: no CITY):
                   # 深圳 (深圳市市场监督管理局), 佛山 (广东省特种设备检测
                   # 研究院佛山检测院)
                   "深圳", "佛山",
                   # absent cities as guards: none written
                   "天津", "重庆", "武汉", "西安", "无锡", "宁波", "合肥",
                   "长沙", "郑州", "沙特阿拉伯", "阿布扎比", "曼谷"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE: 全年 (after 去年, outside its row,
        # GUIDELINES), 年保费 (a yearly premium); 同期, 近年, 以来, 每年, 年产
        # (none written)
        "words_excluded": {"全年": 1, "年保费": 1, "同期": 0, "近年": 0,
                           "以来": 0, "每年": 0, "年产": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and names a cut ORG would leave outside
        "orgwords_excluded": {"协会": 1, "公司": 2, "企业": 4, "机构": 2,
                              "研究院": 0, "监督管理局": 0, "委员会": 0,
                              "住建委": 0, "房产局": 0, "建设局": 0,
                              "管理局": 0, "监察局": 0, "检测院": 0,
                              "杭州分行": 0, "建设银行": 0, "统计局": 0,
                              "有限公司": 0, "控股": 0, "发展改革委": 0,
                              "总局": 0, "三菱": 0, "广日": 0, "康力": 0,
                              "快意": 0, "西奥": 0, "梅轮": 0, "汇川": 0,
                              "通力": 0, "日立": 0, "迅达": 0,
                              "人保": 0, "平安": 0, "地铁": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g324 Taiwan's tourism factories and leisure farms in November 2026: the
# opener (台北) and the national figures (產發署 昨（22）日: 今年前10月, 114年,
# 今（115）年; 觀光署 同日: 今年前3季; 產發署 第3季, 第2季); factories by
# region (產發署; 桃園市 三地; 桃園市政府經濟發展局 今年前3季, 宏亞食品; 市府
# 上月; 新北市政府經濟發展局 今年; 高雄市政府觀光局, 高雄 今年前10月, 112年
# 同期; 台南市政府經濟發展局, 奇美食品與黑橋牌企業 今年, 去年同期; 台中市政府
# 經濟發展局, 台中 今年前3季; 宜蘭縣政府 今年前10月, 郭元益食品, 金蘭食品 今年);
# 台酒 (今年前10月, 10月, 9月) and 街口支付 (今年); leisure farms (農村水保署
# 今年前10月, 明（116）年度, 今年; 台糖 今年前10月; 台南市農會 上週五, 農曆
# 春節; 退輔會 今年, 國慶); travel (雄獅旅遊 今年; KKday 今年: 台北, 新北,
# 高雄; 彰化縣政府與嘉義市政府 上週; 新竹市 今年); foreign visitors (觀光署
# 今年前3季: 香港, 新加坡, 東京, 首爾; 產發署 今（23）日, 明年1月); funding
# (經濟部 明年; 信保基金 今年, 113年); associations (中華民國觀光工廠促進協會
# 今年; 台灣休閒農業發展協會: 今年4月, 明年底); the outlook (年底; 觀光署:
# 聖誕節, 元旦; 產發署 12月, 明（116）年度, 工研院; 民國92年; 116年).
# Traditional as Taiwan writes it (台, 占, 公布, 上週, 年增, 新台幣, 億, 萬,
# 3萬2,600-style figures, ROC years), stored as plain Big5 without a BOM,
# 2026-11-23 (a Monday, ISO week 2026-W48), 自由時報; its first paragraph
# opens with the dateline 〔記者林宜萱／台北報導〕 (no outlet; the CITY 台北;
# ／ is a Big5/cp950 form, declared).  昨（22）日 2026-11-22; 今（23）日
# 2026-11-23; 上週五 2026-11-20; 上週 2026-W47; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g324():
    d = Doc(G324)
    Y, NY, LY = "2026", "2027", "2025"
    TP = "台北市"
    # title (a heading that opens with no city: no section; it names none);
    # 前10月 right after the noun it is about (GUIDELINES: Taiwan writes the
    # first months without 个, 前10月; 全市前10个月): the reference year
    d.date("觀光工廠[[前10月]]入園", Y, "")
    # 逾 inside the span (SPEC 逾): over
    d.metric("入園[[逾1400萬人次]] 休閒", "1400e4", "人次", "over", "")
    d.date("補助[[明年]]擬增", NY, "")
    # 擬增至 a value word: exact
    d.metric("擬增至[[3.2億元]]\n", "3.2e8", "元", "exact", "")
    # P1 the opener 〔記者林宜萱／台北報導〕: 台北, the city filed from, a CITY
    # (SPEC; precedent WA's 【…╱台北報導】); the rule gives it to every DATE
    # and METRIC of the paragraph's first sentence (the rule as written,
    # though the figures are Taiwan's)
    d.city("／[[台北]]報導〕")
    # a ministry's agency written right after it: one ORG (GUIDELINES: a
    # government body written right after another is its department), and
    # its bracketed short form, 產…發…署 in order (GUIDELINES)
    d.org("〕[[經濟部產業發展署]]（")
    d.org("（[[產發署]]）昨")
    # 昨（22）日: one span, the bracketed day agreeing with the word (SPEC
    # 今（5）日; GUIDELINES 昨（2）日)
    d.date("產發署）[[昨（22）日]]公布", "2026-11-22", TP)
    d.metric("觀光工廠目前共[[158家]]", "158", "家", "exact", TP)
    d.date("，[[今年前10月]]入園約1,432", Y, TP)
    d.metric("入園[[約1,432萬人次]]", "1432e4", "人次", "approx", TP)
    d.metric("年增[[約6.4%]]", "6.4", "%", "approx", TP)
    # a marker before a currency written before the number stays outside
    # with it and sets the qualifier (GUIDELINES 约人民币100亿元)
    d.metric("約新台幣[[53.6億元]]", "53.6e8", "元", "approx", TP,
             outer="約新台幣")
    # a bare ROC year (SPEC 112年 -> 2023); 全年 outside (GUIDELINES)
    d.date("超越[[114年]]全年", LY, TP)
    # 今（115）年: the bracketed ROC year of 今, one span (GUIDELINES); 全年
    # outside
    d.date("預估[[今（115）年]]全年", Y, TP)
    d.metric("可望[[突破1,700萬人次]]", "1700e4", "人次", "over", TP)
    d.org("。[[交通部觀光署]]同日")
    # 同日: the latest day-precision date earlier in the text (SPEC,
    # GUIDELINES): 昨（22）日
    d.date("觀光署[[同日]]表示", "2026-11-22", "")
    # Taiwan's first three quarters without 度 (GUIDELINES 前3季), 今年
    # attached: the year
    d.date("表示，[[今年前3季]]國人", Y, "")
    d.metric("國內旅遊[[約1.43億人次]]", "1.43e8", "人次", "approx", "")
    # 約占: 約 before 占 qualifies the share (GUIDELINES 约占全国的四成);
    # 1成 -> 10 % (SPEC 4成)
    d.metric("比重約占[[1成]]", "10", "%", "approx", "", sep="約")
    d.org("。[[產發署]]指出，觀光工廠第3季")
    # Taiwan's quarters without 度 (GUIDELINES 第3季), bare: the reference
    # year (check_bare_year)
    d.date("觀光工廠[[第3季]]入園", "2026-Q3", "")
    d.metric("入園[[約452萬人次]]", "452e4", "人次", "approx", "")
    d.date("較[[第2季]]增加", "2026-Q2", "")
    d.metric("增加[[約7%]]，暑假", "7", "%", "approx", "")
    # P2 factories by region
    d.org("\n\n[[產發署]]統計")
    d.metric("約占總數的[[四成]]", "40", "%", "approx", "", sep="約")
    # 三 of 三地 is the collective label of the three places just listed
    # (SPEC 两地, 五市; the list opens its clause), no METRIC; the counties
    # are no CITY (SPEC), 桃園市 a special municipality written with its 市
    d.city("彰化縣及[[桃園市]]三地")
    d.metric("合計[[約64家]]", "64", "家", "approx", "桃园市")
    # a city government's bureau: one ORG with its government (GUIDELINES
    # 新北市政府地政局), no CITY inside
    d.org("。[[桃園市政府經濟發展局]]表示")
    d.date("轄內觀光工廠[[今年前3季]]入園約296", Y, "")
    d.metric("入園[[約296萬人次]]", "296e4", "人次", "approx", "")
    # a trade name and an industry word acting as a company (GUIDELINES:
    # trade heads; 位於 after it); 八德 a district, no CITY
    d.org("其中[[宏亞食品]]位於")
    d.metric("觀光工廠年增[[約15%]]", "15", "%", "approx", "")
    # an agency's own short name (SPEC 市府): an ORG
    d.org("；[[市府]]也於")
    d.date("也於[[上月]]起", "2026-10", "")
    # 最高 sets no qualifier (GUIDELINES): exact; 每家 outside
    d.metric("每家最高[[50萬元]]", "50e4", "元", "exact", "")
    d.org("。[[新北市政府經濟發展局]]表示")
    d.date("觀光工廠[[今年]]新增2家", Y, "")
    d.metric("新增[[2家]]、", "2", "家", "exact", "")
    d.metric("退場[[1家]]", "1", "家", "exact", "")
    d.metric("目前共[[19家]]", "19", "家", "exact", "")
    d.org("；[[高雄市政府觀光局]]統計")
    d.city("統計，[[高雄]]今年前10月")
    d.date("高雄[[今年前10月]]觀光工廠", Y, "高雄市")
    d.metric("合計[[約156萬人次]]", "156e4", "人次", "approx", "高雄市")
    # 同期 written after a year is part of its span and gives the year
    # (GUIDELINES 2019年同期), here a ROC year: 112年 -> 2023
    d.date("較[[112年同期]]增加", "2023", "高雄市")
    d.metric("增加[[約24%]]", "24", "%", "approx", "高雄市")
    # P3 台南, 台中, 宜蘭縣 and the makers
    d.org("\n\n[[台南市政府經濟發展局]]指出")
    # two companies joined by 與 (LISTED_PAIRS)
    d.org("指出，[[奇美食品]]與")
    d.org("與[[黑橋牌企業]]的")
    d.date("觀光工廠[[今年]]入園人次", Y, "")
    # 去年同期 after 今年: the year before (SPEC)
    d.date("均較[[去年同期]]成長", LY, "")
    d.metric("成長[[逾1成]]", "10", "%", "over", "")
    # a range: two mentions, each with its own 元 (SPEC)
    d.metric("門票多在[[100元]]至", "100", "元", "exact", "")
    d.metric("至[[200元]]之間", "200", "元", "exact", "")
    d.org("；[[台中市政府經濟發展局]]則表示")
    d.city("則表示，[[台中]]今年前3季")
    d.date("台中[[今年前3季]]觀光工廠", Y, "台中市")
    d.metric("入園[[約205萬人次]]", "205e4", "人次", "approx", "台中市")
    # 每人 before the figure stays outside (GUIDELINES 每平方米16712元)
    d.metric("每人消費[[約420元]]", "420", "元", "approx", "台中市")
    # a county government: an ORG (宜蘭縣 a county, no CITY)
    d.org("。[[宜蘭縣政府]]統計")
    d.date("縣內觀光工廠[[今年前10月]]入園", Y, "")
    d.metric("入園[[約188萬人次]]", "188e4", "人次", "approx", "")
    # items before 等…企業 are ORGs (GUIDELINES)
    d.org("，[[郭元益食品]]、")
    d.org("、[[金蘭食品]]等")
    # 左右 inside the span (SPEC): approx; 每堂 outside
    d.metric("每堂[[350元左右]]", "350", "元", "approx", "")
    d.metric("團體客約占[[三成]]", "30", "%", "approx", "", sep="約")
    d.org("；[[金蘭食品]]表示")
    d.date("表示，[[今年]]調整導覽", Y, "")
    # statistics in time after the cue 平均 (and 停留), GUIDELINES: 天 年
    # 个月 … count only after a statistic cue; the figure the verb of change
    # leads to is the same statistic (GUIDELINES 约180天降至约120天); 分鐘
    # -> 分钟
    d.metric("停留時間由[[約50分鐘]]", "50", "分钟", "approx", "")
    d.metric("延長至[[約70分鐘]]", "70", "分钟", "approx", "")
    d.metric("客單價提高[[約18%]]", "18", "%", "approx", "")
    # P4 台酒 and 街口支付 (no CITY)
    # a registered name and its bracketed short form (台…酒 in order)
    d.org("\n\n[[台灣菸酒股份有限公司]]（")
    d.org("（[[台酒]]）指出")
    d.date("觀光酒廠[[今年前10月]]遊客", Y, "")
    d.metric("遊客[[約172萬人次]]", "172e4", "人次", "approx", "")
    d.date("其中[[10月]]約21萬", "2026-10", "")
    d.metric("10月[[約21萬人次]]", "21e4", "人次", "approx", "")
    d.date("較[[9月]]增加", "2026-09", "")
    d.metric("增加[[約9%]]。", "9", "%", "approx", "")
    # a payment brand that is its operator's name is an ORG (SPEC 支付宝,
    # 微信支付)
    d.org("方面，[[街口支付]]統計")
    d.date("休閒農場[[今年]]經其平台", Y, "")
    d.metric("筆數年增[[約31%]]", "31", "%", "approx", "")
    d.metric("每筆消費[[約680元]]", "680", "元", "approx", "")
    # P5 leisure farms (no CITY: the counties are none)
    # the ministry's agency of two fields joined by 及: one ORG
    # (JOINED_NAMES), and its short form (農…村…水…保…署 in order)
    d.org("方面，[[農業部農村發展及水土保持署]]（")
    d.org("（[[農村水保署]]）統計")
    d.metric("休閒農場共[[約498家]]", "498", "家", "approx", "")
    d.date("家，[[今年前10月]]農遊", Y, "")
    d.metric("農遊人次[[約2,135萬人次]]", "2135e4", "人次", "approx", "")
    d.metric("年增[[約3.8%]]；", "3.8", "%", "approx", "")
    d.metric("合計約占[[四成]]", "40", "%", "approx", "", sep="約")
    d.metric("客房[[約3,600間]]", "3600", "间", "approx", "")
    d.org("。[[農村水保署]]表示")
    # 明（116）年度: the bracketed ROC year of 明, 年度 inside, one span
    # (GUIDELINES)
    d.date("表示，[[明（116）年度]]休閒農業", NY, "")
    d.metric("擬增至[[3.2億元]]，", "3.2e8", "元", "exact", "")
    d.date("較[[今年]]增加約4,000", Y, "")
    d.metric("增加[[約4,000萬元]]", "4000e4", "元", "approx", "")
    # P6 台糖, 台南市農會, 退輔會 (no CITY: 台南 inside its ORG row)
    d.org("\n\n[[台灣糖業股份有限公司]]（")
    d.org("（[[台糖]]）表示")
    d.date("休閒園區[[今年前10月]]遊客", Y, "")
    d.metric("遊客[[約265萬人次]]", "265e4", "人次", "approx", "")
    d.metric("約新台幣[[9.8億元]]", "9.8e8", "元", "approx", "",
             outer="約新台幣")
    # a farmers' association named by its place (GUIDELINES 台南市玉井区农会):
    # one ORG, no CITY 台南
    d.org("；[[台南市農會]]經營")
    # 8折 -> 80 % (GUIDELINES: 折 below 10, times 10)
    d.metric("平日門票[[8折]]優惠", "80", "%", "exact", "")
    d.date("優惠，[[上週五]]起", "2026-11-20", "")
    # GUIDELINES: 农历春节 is 春节; yearless, the coming one; 前 outside
    d.date("實施至[[農曆春節]]前", "2027-02-06", "")
    d.org("。[[國軍退除役官兵輔導委員會]]（")
    d.org("（[[退輔會]]）所屬")
    d.metric("所屬[[3座]]高山", "3", "座", "exact", "")
    d.date("高山農場[[今年]]住宿率", Y, "")
    d.metric("住宿率[[約82%]]", "82", "%", "approx", "")
    # Taiwan's National Day (GUIDELINES: Taiwan texts name Taiwan's days,
    # 国庆 10-10), yearless: the nearest; 假期 outside (SPEC)
    d.date("，[[國慶]]假期", "2026-10-10", "")
    d.metric("假期更[[逾95%]]", "95", "%", "over", "")
    # P7 travel and platforms
    d.org("方面，[[雄獅旅遊]]表示")
    d.date("表示，[[今年]]推出的產業觀光", Y, "")
    # 團 counts tour groups (GUIDELINES 团)
    d.metric("出團[[約1,150團]]", "1150", "团", "approx", "")
    # a magnitude and a last section of three or four digits are one figure
    # (GUIDELINES 2萬6,512棟)
    d.metric("參加人數[[約3萬2,600人]]", "32600", "人", "approx", "")
    # a Latin name right before 數據顯示 (GUIDELINES SNE Research數據顯示)
    d.org("；[[KKday]]數據")
    # the rule: the first city after in the sentence (台北, the list's
    # first), though the orders are the platform's: the rule as written
    d.date("體驗票[[今年]]訂單", Y, TP)
    d.metric("訂單年增[[約27%]]", "27", "%", "approx", TP)
    # a list of three cities (special municipalities)
    d.city("多來自[[台北]]、新北")
    d.city("台北、[[新北]]及高雄")
    d.city("新北及[[高雄]]。")
    # two local governments joined by 與 (LISTED_PAIRS); 嘉義 inside its
    # ORG row (GUIDELINES: 嘉义 counts only as 嘉义市), 彰化縣 a county
    d.org("。[[彰化縣政府]]與")
    d.org("與[[嘉義市政府]]上週")
    d.date("嘉義市政府[[上週]]聯合", "2026-W47", "")
    d.metric("吸引[[約11萬人次]]", "11e4", "人次", "approx", "")
    # a provincial city written with its 市 (GUIDELINES: 新竹 counts only
    # as 新竹市); 市內 deictic (SPEC 市区)
    d.city("；[[新竹市]]則有")
    d.metric("則有[[2家]]觀光工廠", "2", "家", "exact", "新竹市")
    d.date("觀光工廠[[今年]]通過評鑑", Y, "新竹市")
    d.metric("增至[[8家]]", "8", "家", "exact", "新竹市")
    # P8 foreign visitors
    d.org("方面，[[觀光署]]統計，今年前3季")
    # the rule: the first city after (香港), though the visitors come from
    # four cities: the rule as written
    d.date("統計，[[今年前3季]]到訪", Y, "香港")
    d.metric("外籍旅客[[約48萬人次]]", "48e4", "人次", "approx", "香港")
    # a list of four cities (GUIDELINES: 新加坡 is a city; a list confirms
    # its foreign items)
    d.city("多來自[[香港]]、")
    d.city("香港、[[新加坡]]、")
    d.city("新加坡、[[東京]]及")
    d.city("東京及[[首爾]]；")
    d.org("；[[產發署]]表示，今")
    # 今（23）日: the publication day, one span (GUIDELINES 今（21）日); 起
    # outside
    d.date("表示，[[今（23）日]]起", "2026-11-23", "")
    d.date("申請，[[明年1月]]公布", "2027-01", "")
    d.metric("預計[[約30家]]", "30", "家", "approx", "")
    # P9 funding (no CITY)
    d.org("\n\n[[經濟部]]表示")
    d.date("經濟部表示，[[明年]]將編列", NY, "")
    d.metric("編列約新台幣[[1.5億元]]", "1.5e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("最高補助[[200萬元]]", "200e4", "元", "exact", "")
    # a fund's head before its bracketed short form (GUIDELINES 科学技术
    # 发展基金（科技基金）): 信…保…基金 in order
    d.org("；[[中小企業信用保證基金]]（")
    d.org("（[[信保基金]]）今年")
    d.date("信保基金）[[今年]]為", Y, "")
    d.metric("融資保證[[約36億元]]", "36e8", "元", "approx", "")
    d.date("較[[113年]]增加", "2024", "")
    d.metric("增加[[約2成]]", "20", "%", "approx", "")
    # P10 associations (no CITY)
    d.org("\n\n[[中華民國觀光工廠促進協會]]指出")
    d.metric("，[[約3成]]會員", "30", "%", "approx", "")
    d.date("會員[[今年]]調漲", Y, "")
    d.metric("調幅[[約12%]]", "12", "%", "approx", "")
    d.metric("缺工率[[約8.5%]]", "8.5", "%", "approx", "")
    d.org("；[[台灣休閒農業發展協會]]則表示")
    # 一半 is 50 % (GUIDELINES); 左右 inside (SPEC)
    d.metric("假日的[[一半左右]]", "50", "%", "approx", "")
    d.org("盼[[觀光署]]今年4月")
    d.date("觀光署[[今年4月]]起", "2026-04", "")
    # 明年底: the year (SPEC 年底), 明年 from the reference year
    d.date("延長至[[明年底]]", NY, "")
    # P11 the outlook (no CITY)
    # 年底: the reference year (SPEC 年底); 旺季 no DATE
    d.date("展望[[年底]]旺季", Y, "")
    d.org("，[[觀光署]]預估")
    # yearless holidays, the coming ones (GUIDELINES); Taiwan's 聖誕節
    # 12-25; 期間 outside
    d.date("預估[[聖誕節]]及", "2026-12-25", "")
    d.date("聖誕節及[[元旦]]期間", "2027-01-01", "")
    d.metric("可望年增[[約8%]]", "8", "%", "approx", "")
    d.org("；[[產發署]]也將")
    d.date("也將於[[12月]]公布", "2026-12", "")
    d.date("公布[[明（116）年度]]優良", NY, "")
    # an institute and its bracketed short form (工…研…院 in order)
    d.org("並委託[[工業技術研究院]]（")
    d.org("（[[工研院]]）推動")
    # 民國 inside the span (SPEC): 民國92年 -> 2003; 自 outside
    d.date("自[[民國92年]]推動", "2003", "")
    d.metric("業者已[[逾200家]]", "200", "家", "over", "")
    d.org("；[[觀光署]]也規劃")
    d.date("規劃在[[116年]]將", NY, "")
    d.metric("提高至[[約2.4億元]]", "2.4e8", "元", "approx", "")
    audit = {
        "orgs": ["經濟部產業發展署", "產發署", "交通部觀光署", "觀光署",
                 "桃園市政府經濟發展局", "宏亞食品", "市府",
                 "新北市政府經濟發展局", "高雄市政府觀光局",
                 "台南市政府經濟發展局", "奇美食品", "黑橋牌企業",
                 "台中市政府經濟發展局", "宜蘭縣政府", "郭元益食品", "金蘭食品",
                 "台灣菸酒股份有限公司", "台酒", "街口支付",
                 "農業部農村發展及水土保持署", "農村水保署",
                 "台灣糖業股份有限公司", "台糖", "台南市農會",
                 "國軍退除役官兵輔導委員會", "退輔會", "雄獅旅遊", "KKday",
                 "彰化縣政府", "嘉義市政府", "經濟部", "中小企業信用保證基金",
                 "信保基金", "中華民國觀光工廠促進協會", "台灣休閒農業發展協會",
                 "工業技術研究院", "工研院"],
        "cities": ["台北", "桃園市", "高雄", "台中", "新北", "新竹市", "香港",
                   "新加坡", "東京", "首爾",
                   # cities and counties written only inside ORG rows or as
                   # counties (SPEC: no CITY): 台南 (台南市政府經濟發展局,
                   # 台南市農會), 嘉義 (嘉義市政府), 新竹 only inside 新竹市
                   "台南", "嘉義", "新竹",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "基隆", "大阪", "澳門", "吉隆坡",
                   "曼谷", "上海", "廈門"],
        "excluded": [],
        "numbers_excluded": [],
        # 八 of 八德 (a district of 桃園: a place's name); 一 of 一日遊 (a
        # one-day tour: a product's label, GUIDELINES 兩日一夜團 is none
        # without a cue) is excluded with the word below
        "cn_excluded": ["位於[[八]]德"],
        # 三 of 宜蘭縣、彰化縣及桃園市三地: the collective label of the places
        # just listed (SPEC 两地, 五市), no METRIC (check_collective)
        "collectives": [("桃園市[[三]]地", 3)],
        "latin_excluded": [],
        # words that are no DATE: 年增 (x6, year on year, and x2 across the
        # end of a DATE row, 今年增加 and 今年新增, whose 年 is the row's), 全年
        # (x2, after a year, outside its row, GUIDELINES), 平日 (x5, weekdays), 假日
        # (holidays in general), 一日遊 (a one-day tour), 旺季 (a peak
        # season), 至今 (up to now); 同期 only inside 去年同期 and 112年同期,
        # 以來, 近年, 每年 (none written)
        "words_excluded": {"年增": 8, "全年": 2, "平日": 5, "假日": 1,
                           "一日遊": 1, "旺季": 1, "至今": 1, "以來": 0,
                           "近年": 0, "每年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and names a cut ORG would leave outside
        "orgwords_excluded": {"企業": 1, "協會": 0, "業者": 6, "政府": 0,
                              "經濟發展局": 0, "觀光局": 0, "觀光署": 0,
                              "發展署": 0, "水保署": 0, "農會": 0,
                              "委員會": 0, "基金": 0, "研究院": 0,
                              "股份有限公司": 0, "食品": 1, "支付": 2,
                              "旅遊": 1, "宏亞": 0, "奇美": 0, "黑橋": 0,
                              "郭元益": 0, "金蘭": 0, "台糖": 0, "台酒": 0,
                              "雄獅": 0, "街口": 0},
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
    halves each title declares (TITLE_HALVES: g323's space after
    约112万台, g324's after 逾1400萬人次; annotate_qa.py's)."""
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
    so their rows take none (as in annotate_wa.py's pair); annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading, and a probe of
    mine (NOTES_xa.md) does.  g324's opener 〔記者林宜萱／台北報導〕 stands in
    the first sentence of its paragraph, so its 台北 is the nearest city
    before the dates and figures of that sentence (the rule as written, as
    for annotate_wa.py's 【許庭瑄╱台北報導】)."""
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
    it; used here: g323's 随着元旦、春节临近，各地将于12月集中开展… ->
    2026-12; g324's 12月 stands in a sentence of its own after ；, with no
    holiday).  The holiday is the first such one of the sentence; its date
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
    g323's 全省住宅电梯平均梯龄约13.5年 (after the cue 平均) and g324's
    遊客平均停留時間由約50分鐘延長至約70分鐘 (both after the cues 平均 and
    停留 in their clause; 分鐘 -> 分钟)."""
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
    annotate_wa.py used it for its g318's 兩所; kept here: g323's 两条 and
    g324's 三成, 一半左右 … stand after no 、-list in their clause, and the
    list before g324's 三地 opens its clause, NOTES_xa.md)."""
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
    kept here: g323's 约为每台12.8万元 and 每台最高补助20万元, g324's 每家
    最高, 每人消費, 每堂 and 每筆消費 (every one with a word or a verb
    between it and the figure, or a measure word not in the list; the
    figure's unit is 元 each time, 每… outside).
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
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_va.py
    kept it, and annotate_wa.py extended it to an opener): g323's byline
    本报记者 邵赟 杭州报道 is the whole line, 本报 naming no outlet
    (GUIDELINES: not 本报记者; precedent WB's 本报记者 鲁堃 北京报道) and its
    杭州, the city filed from, a CITY; g324's third line is its first
    paragraph, opened by 自由時報's dateline 〔記者林宜萱／台北報導〕 (OPENER;
    annotate_wa.py's opener block, for its 【許庭瑄╱台北報導】), whose 台北 is
    a CITY: the declared text is the opener and the rows counted are those
    inside it; the rows stand in the declared order and none straddles the
    declared text's ends (annotate_wa.py's)."""
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
    if want and want[0][0] == "ORG":        # an outlet opens the line
        assert line3.startswith(want[0][1] + "记者"), line3


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
    # each declared no-span character (赟 of g323's byline, outside GB2312;
    # the ／ of g324's dateline, a Big5/cp950 form) stands once, on the
    # byline or dateline (the third line), and in no span (checked per row
    # below)
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
            # line) before every span but the title's and an outlet's at
            # the start of that line (annotate_fb.py's ASTRAL_BEFORE_BODY:
            # annotate_ua.py's g305, annotate_vb.py's g313 and annotate_wa
            # .py's g317 opened with their outlets; here g323's 赟 and g324's
            # ／ stand before every row but the title's, the byline's 本报
            # and the opener's 記者 naming no outlet)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
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
            # annotate_na.py; annotate_va.py's 民國108年以來; g324 writes
            # 民國92年推動, and its bare 113年, 114年 and 116年 stand before
            # 增加, 全年 and 將)
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
            # read too; here g323's housing bodies and ministry, 北京市住房
            # 和城乡建设委员会 …, 住房和城乡建设部, and g324's 農業部農村發展
            # 及水土保持署): two listed names merged into one row stop
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
    # it for its g318's 宏碁; kept, unused here: g324 is plain Big5)
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


