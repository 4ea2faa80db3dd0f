#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g319_water_conservancy_projects_contracts and
g320_hk_construction_contractors_public_works (annotator WB).

Adapted from the precedent set's tools/annotate_vb.py (now dev/tools/annotate_g313_g314.py) (/tmp/ho55/precedent:
a simplified mainland article and a traditional Hong Kong article, one of
them stored as UTF-8 with a BOM, the pair closest to mine in script and
region; copied and the data changed).  My storages differ from
annotate_vb.py's (GB18030 for its simplified article, UTF-8 with a BOM for
its Hong Kong one; here UTF-8 WITH A BOM for the simplified mainland
article and BIG5-HKSCS for the Hong Kong one), so both storage blocks are
rebuilt from the precedent set's parts:
- the UTF-8-WITH-A-BOM block for the simplified article g319: annotate_vb
  .py's BOM checks (exactly one BOM EF BB BF, in front; utf-8-sig reads the
  text, plain utf-8 reads U+FEFF and the text; the file walked character by
  character after the BOM; the other codecs fail or read another text, with
  the BOM and without it) joined to annotate_va.py's declarations for a
  simplified mainland UTF-8 text (DECLARED_MAINLAND: 堃, U+5803, UTF-8 E5 A0
  83, GBK 88 D2, the reporter's given name on the byline 本报记者 鲁堃 北京报道,
  the only character GB2312 cannot write; a converter to GB2312 fails first
  at it; every other line is GB2312 byte for byte in GBK and GB18030);
- the BIG5-HKSCS block for the Hong Kong article g320 (new: annotate_va.py's
  plain-Big5 byte walk and GB18030 share measure turned to Big5-HKSCS, with
  annotate_vb.py's declarations of the HKSCS characters that neither plain
  Big5 nor cp950 holds, here read on the file's own bytes): 綫 (8E A8, the
  hkscs-low kind) of 屯門南延綫 and 着 (FE D3, the hkscs-udf kind) of 隨着,
  each in its declared word and in no span (NO_SPAN_WORD); plain Big5 and
  cp950 fail on the file first at the byte of 綫; every line without a
  declared character is the same in plain Big5, cp950 and Big5-HKSCS;
  GB18030 reads the file as another text whose share of common characters
  is far below the Big5-HKSCS reading's; BIG5_FORMS (characters whose
  plain-Big5 and cp950 codes differ) is declared empty and asserted so.
The region checks are annotate_vb.py's Hong Kong ones (HONGKONG and
REGION_NAMES; Big5-HKSCS holds every character, two bytes each; no Taiwan
marker and no bare 2-3 digit year; the t2s-then-s2hk round trip with
S2HK_KEPT; the S2T_ALLOWED check, here with annotate_vc.py's
S2T_ALLOWED_WORD confinement for 伙, Hong Kong's measure word for flats;
FIXED_HONGKONG; LINE3 None for an article without a byline), and the
mainland byline block is annotate_va.py's (本报 names no outlet; the city
filed from is a CITY).
It keeps every other check of annotate_vb.py: strict decoding, offsets,
overlaps, no two touching ORG rows, a bare 今年/明年/去年 never touching the
DATE after it, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
the OpenCC t2s of the whole simplified article, the SIMPLIFIED_ONLY
coverage and TRADITIONAL_WORDS (here Hong Kong's 上周, 本周四 and 伙), audits
of digits, magnitude characters, Latin words, Chinese numerals, time
characters, holiday words, city strings (every CITY_NORM form the article
writes besides the declared list, absent cities as guards), ORG words and
ORG strings; the declared organizations; the independent `city` rule (a
headline one sentence for the city column, GUIDELINES) asserted against
my hand value on every DATE/METRIC row; the month and day a DATE span
writes; its precision; the holidays by exact span and recomputed without
the table, by region; ROC years only in a Taiwan text (none here);
relative words; 上月 as a baseline (kept, unused); 上季 and 本季 (kept,
unused); 去年同期 (used: after 今年 in g319); 同日 (used in g320), 同月,
上年/前年 (kept, unused); N年前 (kept, unused); the bare-day rule, the range
check and the bracketed gloss (kept, unused); check_forward (kept: g319's
明年一季度 and 明年3月底 carry their year); check_holiday_period (used: 12月
in g319 and 12月中旬 in g320); the 约占 check (used: 约占全国的三分之一 and 约占
六成 in g319, 約佔四成 x2 in g320); markers before, touching and after a
span; 约为 (kept, unused); a marker before a currency written before the
number (kept, unused); the declared shared unit (kept, unused); the
collective label (used: 昆明、玉溪两地 and 杭州、宁波、温州三市 in g319),
check_not_collective and check_no_collective_metric (兩份 of g320 passes
them); check_time_metric (used: 平均回收期 约210天, 约260天 in g319);
check_per_before (used: 约86万吨/日 in g319); the SHI_NEXT, 市-inside,
CITY_STOPS, CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI, TAIWAN_SHI_ONLY and
TW_HK_FOREIGN checks; LINE3 (g319's byline with the CITY 北京); JOINERS
with 暨, JOINED_NAMES (used: g320's two mainland housing bureaus),
JOINER_CHAR_NAMES (none) and LISTED_PAIRS (used in both); CODE_LABELS
(none, kept); every 旬 inside a DATE row (used: 12月中旬); check_shiyi,
check_bare_period (used: 前10个月 after a noun in g319) and
check_within_year (kept, unused).
Changed or added here: the data, the declarations and the audits; the
calendar asserts of my reference dates; the two storage blocks above;
S2T_ALLOWED_WORD (annotate_vc.py's) and a check that every 伙 ends a
METRIC row whose unit is 伙; a check that no bare 多 (the verb "more
by", a case SPEC leaves open) stands right before a METRIC span; the
comments and docstrings that named annotate_vb.py's articles now name
mine, or its articles as its own.  No check was loosened.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM removed, nothing else):

- g319 is simplified (mainland, 中国水利报, 2026-11-20, a Friday of ISO
  week 2026-W47), stored as UTF-8 WITH a BOM (EF BB BF, then the title's
  今 = E4 BB 8A).  Every character is GB2312 but 堃 of the byline, and
  OpenCC t2s leaves the article unchanged.  Its byline 本报记者 鲁堃 北京报道
  stands on a line of its own under the title: 本报 names no outlet
  (GUIDELINES), 北京 is the city filed from (a CITY).
- g320 is traditional (Hong Kong, 明報, 2026-11-24, a Tuesday of ISO week
  2026-W48), stored as Big5-HKSCS without a BOM (the title's 今 = A4 B5),
  with no byline or opener.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; 香港 and
  澳门 by their common names, without 市).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho55/precedent:
README, NOTES_va/vb/vc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g319_g320.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g319_g320.py
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
G319 = "g319_water_conservancy_projects_contracts"
G320 = "g320_hk_construction_contractors_public_works"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G319: ("utf-8", BOM8, False, "2026-11-20", "中国水利报"),
    G320: ("big5hkscs", b"", True, "2026-11-24", "明報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_vb.py kept it: a codec without one would skip every
# byte check)
STORAGE_BLOCKS = ("utf-8", "big5hkscs")
# characters outside the BMP each article declares, in text order: none
# (annotate_vb.py's 𬸘 stood on its GB18030 byline; the check stays)
OUTSIDE_BMP = {G319: [], G320: []}
# characters of the mainland UTF-8 article that GB2312 cannot write, with
# their UTF-8 bytes (annotate_va.py's DECLARED_MAINLAND, for its 喆): 堃
# (U+5803), the reporter's given name on the byline 本报记者 鲁堃 北京报道
# (the third line), once, in no span; GBK and GB18030 write it (GBK/3
# 88 D2), so a converter to GBK or GB18030 loses nothing and only one to
# GB2312 fails, at it
DECLARED_MAINLAND = {G319: {"堃": b"\xe5\xa0\x83"}}
# ... their GBK bytes
DECLARED_GBK = {"堃": b"\x88\xd2"}
# ... and their kinds, "utf8-four-byte" or "utf8-three-byte" (annotate_va
# .py's DECLARED_KINDS): one three-byte character, so no offset or UTF-16
# count moves after it
DECLARED_KINDS = {G319: Counter({"utf8-three-byte": 1})}
# the byline of the UTF-8 article, in its parts: 本报 (no outlet named,
# GUIDELINES: not 本报记者), the reporter's name holding the declared
# character, the city filed from before 报道; it must spell LINE3's line
# (annotate_va.py's BYLINE_PARTS)
BYLINE_PARTS = {G319: ("本报", ["鲁堃"], "北京")}
# characters of the Hong Kong article outside plain Big5, each with whether
# cp950 (Taiwan's Big5) holds it: 綫 (U+7DAB) of 屯門南延綫 (the MTR's own
# spelling of its lines, which Hong Kong's press follows) and 着 (U+7740) of
# 隨着 (Hong Kong's press writes 着 for the particle; annotate_vb.py's 着),
# both HKSCS characters that neither plain Big5 nor cp950 holds.  The file
# is Big5-HKSCS: here the declaration says what the file's own bytes hold
# (annotate_vb.py read it on a UTF-8 text)
OUTSIDE_BIG5 = {G320: {"綫": False, "着": False}}
# ... with their Big5-HKSCS bytes
BIG5_CODE = {"綫": b"\x8e\xa8", "着": b"\xfe\xd3"}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): one "hkscs-low" (a lead byte below A1, 87-A0, outside
# Big5's rows: 綫 8E A8; annotate_vc.py's 氹 9C AE) and one "hkscs-udf" (a
# lead byte of Big5's user-defined area, FA-FE, which HKSCS fills: 着 FE
# D3); the "hkscs-c6c8" and "cp950" kinds are kept in the block, unused
BIG5_KINDS = {G320: Counter({"hkscs-low": 1, "hkscs-udf": 1})}
# the word each character outside plain Big5 stands in, with its count
# (annotate_tc.py's OUTSIDE_BIG5_WORD, as annotate_vb.py kept it): 綫 in
# 屯門南延綫 (once), 着 in 隨着 (once); both in no span (NO_SPAN_WORD)
OUTSIDE_BIG5_WORD = {G320: {"綫": ("屯門南延綫", 1), "着": ("隨着", 1)}}
# the ORG rows each declared character must stand in (annotate_qa.py's
# IN_ORG for 碁 of 宏碁; annotate_vb.py's 滙 of 滙豐): none here
IN_ORG = {G320: {}}
# the declared characters that stand in no span (annotate_vb.py's
# NO_SPAN_WORD): both (a railway project's name and a particle)
NO_SPAN_WORD = {G320: {"綫", "着"}}
# characters whose plain-Big5 and cp950 codes differ that the traditional
# article writes (annotate_va.py's ／ of its dateline): none here (a Hong
# Kong text without a dateline; annotate_vb.py's g314 held none either);
# the block stays and asserts that none is written
BIG5_FORMS = {G320: {}}
CP950_READS = {}
# the word each such character stands in, with its count (none)
DECLARED_WORD = {G320: {}}
# the spans allowed before the declared characters on the third line: none
# (g319's byline opens with 本报; g320 has no byline)
BEFORE_DECLARED = {G319: set(), G320: set()}
# the third line of each article (a byline under the title) and the rows it
# holds, exactly: g319's byline 本报记者 鲁堃 北京报道 names no outlet
# (GUIDELINES: a byline's outlet, "not 本报记者"; precedents VA, VC) and the
# city filed from, 北京 (a municipality, SPEC; precedent VA's 北京报道); g320
# has no byline, dateline or opener (明報's online form: precedent VB's
# g314 of 星島日報): its third line is the first paragraph, which must not
# open like a byline, a dateline or an opener (annotate_vb.py's check),
# None here
LINE3 = {G319: ("本报记者 鲁堃 北京报道", [("CITY", "北京")]),
         G320: None}
# the first character of each file, with its bytes after the BOM (if any):
# g319's title opens with 今 (UTF-8 E4 BB 8A, after the BOM EF BB BF),
# g320's with 今 (Big5-HKSCS A4 B5, no BOM)
FIRST_CHAR = {G319: ("今", b"\xe4\xbb\x8a"), G320: ("今", b"\xa4\xb5")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g319 two (after 约1.12万亿元), g320 two (after 約684億元)
TITLE_HALVES = {G319: 2, G320: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here;
# the checks stay)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Hong Kong articles (annotate_vb.py's HONGKONG): the region is named at
# least twice and more often than Macao (GUIDELINES: Hong Kong bodies whose
# official names carry no place, 统计处, 发展局 …, are ORGs standing alone in
# a text of their region)
HONGKONG = {G320}
REGION_NAMES = {"hongkong": ("香港", "本港"), "macao": ("澳門", "本澳")}
# common simplified-only characters a traditional article must not hold
# (annotate_vb.py's list, itself annotate_ua.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters, and mine adds
# those of g320's that the list lacked, from OpenCC t2s of each character of
# the article, none of them written in it (the check in main() asserts that
# the list covers them all); TRADITIONAL_WORDS below declares the words the
# Hong Kong article writes with a character of the list
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
                   "占征织绍虑访责还郑"
                   # g320's (their t2s forms, none written in it: 冊 of
                   # 註冊, 牆 of 幕牆, 種 of 工種, 闊 of 擴闊)
                   "册墙种阔")
# words the Hong Kong article writes with a character of SIMPLIFIED_ONLY,
# each with its count; the list's characters stand nowhere else
# (annotate_vb.py's TRADITIONAL_WORDS, after annotate_oa.py's 上游): 上周
# (x4: 上周五 x2, 上周 x2) and 本周四 (x1), where Hong Kong's press writes 周
# (annotate_vb.py's 上周五, 本周一; s2hk writes 週, S2HK_KEPT below), and 伙
# (x4), Hong Kong's measure word for flats (GUIDELINES: Hong Kong's 伙 is a
# unit; the list holds 伙 as the t2s form of 夥), each at the end of a
# METRIC row whose unit is 伙 (S2T_ALLOWED_WORD and a check in check()), and
# 控制 (x1, 成本控制: the list holds 制 as the t2s form of 製; annotate_qa.py's
# 控制)
TRADITIONAL_WORDS = {G320: {"上周": 4, "本周四": 1, "伙": 4, "控制": 1}}
# the forms Hong Kong's press writes where OpenCC's t2s-then-s2hk round trip
# writes others (text, round trip; annotate_vb.py's S2HK_KEPT): 周 of
# 上周五, 上周, 本周四 (s2hk 週) and 布 of 公布 (s2hk 佈) (annotate_vb.py's
# pairs), and new here 啟 of 啟德 (s2hk 啓; the government and the press
# write 啟德), 簽 of 簽署, 新簽 (s2hk 籤; Hong Kong writes 簽 for signing),
# 綫 of 屯門南延綫 (s2hk 線; the MTR's spelling, declared outside Big5
# above) and 伙 of 萬伙 … (s2hk 夥; Hong Kong's measure word for flats,
# S2T_ALLOWED below); each must occur
S2HK_KEPT = {G320: {("周", "週"), ("布", "佈"), ("啟", "啓"), ("簽", "籤"),
                    ("綫", "線"), ("伙", "夥")}}
# the forms Taiwan news writes where the t2s-then-s2tw round trip writes
# others (annotate_va.py's TAIWAN_FORMS, for a Taiwan article): none here
# (no Taiwan article; the code path stays)
TAIWAN_FORMS = set()
# characters OpenCC t2s leaves alone while s2t changes them, which the Hong
# Kong article may write (annotate_vb.py's S2T_ALLOWED): 伙 (s2t 夥), Hong
# Kong's measure word for flats (GUIDELINES: Hong Kong's 伙 (flats) is a
# unit), confined to its words by S2T_ALLOWED_WORD (annotate_vc.py's, for
# its 游 and 里): 萬伙 (約2.3萬伙), 200伙 (約1,200伙), 800伙 (約9,800伙),
# 100伙 (約3,100伙), once each
S2T_ALLOWED = {G320: ("伙",)}
S2T_ALLOWED_WORD = {G320: {"伙": {"萬伙": 1, "200伙": 1, "800伙": 1,
                                  "100伙": 1}}}
# Holidays the articles name, by their exact span (2025-2027).
# g319 (mainland, 2026-11-20, a Friday): 元旦 2027-01-01 and 春节 2027-02-06
# (随着元旦、春节临近: yearless, the coming ones, 42 and 78 days after).
# g320 (Hong Kong, 2026-11-24, a Tuesday): 聖誕 2026-12-25 and 農曆新年
# 2027-02-06 (隨着聖誕及農曆新年臨近: yearless, the coming ones, 31 and 74
# days after; GUIDELINES: 农历新年 is 春节).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, annotate_qa.py's
# table, checked against lunardate where it is installed, annotate_qb.py's
# check); 感恩节 and 黑色星期五 computed from the calendar.  Hong Kong keeps
# the mainland's 国庆 (10-01) and writes it 國慶 (FIXED_HONGKONG,
# annotate_vb.py's)
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "圣诞节": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
FIXED_HONGKONG = {"國慶": (10, 1), "元旦": (1, 1), "聖誕節": (12, 25),
                  "聖誕": (12, 25), "雙11": (11, 11)}
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
# the reference dates: g319's 2026-11-20 a Friday of ISO W47 (so its 上周 is
# W46, 上周五 11-13, 本周三 11-18, 昨日 11-19), g320's 2026-11-24 a Tuesday
# of W48 (so its 上周 is W47, 上周五 11-20, 本周四 11-26, 昨日 11-23); 元旦
# and 春节 of 2027 42 and 78 days after g319's date, 春节 of 2026 276 days
# before it (so the nearest 春节 is 2027's); 聖誕 and 農曆新年 31 and 74 days
# after g320's, 農曆新年 of 2026 280 days before it
assert datetime.date(2026, 11, 20).isocalendar()[1:] == (47, 5)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date.fromisocalendar(2026, 46, 5) == datetime.date(2026, 11,
                                                                   13)
assert datetime.date.fromisocalendar(2026, 47, 3) == datetime.date(2026, 11,
                                                                   18)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date.fromisocalendar(2026, 48, 4) == datetime.date(2026, 11,
                                                                   26)
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 20)).days == 42
assert (_SPRING[2027] - datetime.date(2026, 11, 20)).days == 78
assert (datetime.date(2026, 11, 20) - _SPRING[2026]).days == 276
assert (datetime.date(2026, 12, 25) - datetime.date(2026, 11, 24)).days == 31
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280


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

# (農曆新年 and 农历新年: GUIDELINES read 农历新年 as 春节; annotate_vb.py's
# table had them)
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "農曆新年": _SPRING, "农历新年": _SPRING,
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
    # g319 (2026: the municipality 北京; the sub-provincial 武汉, 广州, 深圳,
    # 宁波, 杭州, 成都, 西安, 南京; the provincial capitals 郑州, 长沙, 昆明,
    # 兰州; the prefecture-level 玉溪, 东莞, 宜昌, 襄阳, 温州; each + 市, none
    # written with its 市 outside an ORG row: 深圳 inside 深圳市水务局 and
    # 重庆 inside 重庆水务集团股份有限公司 and 重庆水务 hold no CITY (SPEC: a
    # city inside an organization name; 重庆 is audited as a guard))
    "北京": "北京市", "武汉": "武汉市", "郑州": "郑州市", "长沙": "长沙市",
    "昆明": "昆明市", "玉溪": "玉溪市", "广州": "广州市", "深圳": "深圳市",
    "东莞": "东莞市", "宜昌": "宜昌市", "襄阳": "襄阳市", "杭州": "杭州市",
    "宁波": "宁波市", "温州": "温州市", "成都": "成都市", "西安": "西安市",
    "兰州": "兰州市", "南京": "南京市",
    # g320 (traditional spans: 香港 and 澳門 (t2s 澳门) by their common
    # names, no 市 (SPEC); the mainland cities 深圳 (shared with g319), 東莞
    # (东莞), 佛山, 中山, 珠海 + 市; 深圳 and 廣州 inside 深圳市住房和建設局 and
    # 廣州市住房和城鄉建設局, and 香港 inside the bodies' names, hold no CITY)
    "香港": "香港", "澳門": "澳门", "東莞": "东莞市", "佛山": "佛山市",
    "中山": "中山市", "珠海": "珠海市",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC): 香港, 澳门 (g320)
NO_SHI = {"香港", "澳门"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI): none here (the check stays)
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (none written here); the set is GUIDELINES' rule, fixed and asserted
# so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here (the
# check stays)
CITY_ALIAS = {}
# short city forms that are also ordinary words (GUIDELINES' examples of
# rules/city_ambiguous.txt, which I may not read), each with its province in
# both scripts: they count only with 市 or after their province
# (annotate_qa.py's check; none written here; g320's 中山 stands in a list
# of three cities, NOTES_wb.md)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): none in g319;
# g320's 深圳市住房和建設局 and 廣州市住房和城鄉建設局 (a city's bureau of two
# fields joined by 和, GUIDELINES 上海市文化和旅游局; precedent VA's
# 深圳市住房和建设局); any other ORG row holding a joiner stops (check())
JOINED_NAMES = {G319: (), G320: ("深圳市住房和建設局", "廣州市住房和城鄉建設局")}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车), with their counts: none
# here (the check stays)
JOINER_CHAR_NAMES = {G319: {}, G320: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra.py's
# LISTED_PAIRS): g319's 中国农业发展银行和中国农业银行 (the last two of the
# three lenders); g320's 建築署及路政署 (two departments' shares)
LISTED_PAIRS = {G319: (("中国农业发展银行", "中国农业银行"),),
                G320: (("建築署", "路政署"),)}
# rates with a slash denominator the articles write (GUIDELINES: a rate
# keeps its denominator in the unit and in the span, 45万人次/日 -> 人次/日):
# g319's 约86万吨/日 (a water plant's capacity per day); none in g320
PER_UNITS = {G319: ("吨/日",), G320: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (neither article writes a stock
# code or a Latin word); the check stays, and the digit, Latin and numeral
# audits read every figure
CODE_LABELS = {G319: {}, G320: {}}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "發展局": "发展局", "土木工程拓展署": "土木工程拓展署", "土拓署": "土拓署",
    "建築署": "建筑署", "路政署": "路政署",
    "立法會財務委員會": "立法会财务委员会", "財委會": "财委会",
    "中國建築國際集團有限公司": "中国建筑国际集团有限公司",
    "中國建築國際": "中国建筑国际", "金門建築有限公司": "金门建筑有限公司",
    "渠務署": "渠务署", "惠記集團有限公司": "惠记集团有限公司",
    "惠記": "惠记", "水務署": "水务署",
    "中國建築興業集團有限公司": "中国建筑兴业集团有限公司",
    "中國建築股份有限公司": "中国建筑股份有限公司", "中國建築": "中国建筑",
    "房屋署": "房屋署", "香港房屋委員會": "香港房屋委员会",
    "房委會": "房委会", "有利集團有限公司": "有利集团有限公司",
    "有利集團": "有利集团",
    "亞洲聯合基建控股有限公司": "亚洲联合基建控股有限公司",
    "亞洲聯合基建": "亚洲联合基建", "市區重建局": "市区重建局",
    "市建局": "市建局", "屋宇署": "屋宇署", "港鐵公司": "港铁公司",
    "機場管理局": "机场管理局", "機管局": "机管局",
    "建造業議會": "建造业议会", "香港建造商會": "香港建造商会",
    "勞工處": "劳工处", "香港建造業總工會": "香港建造业总工会",
    "香港建造學院": "香港建造学院", "香港工程師學會": "香港工程师学会",
    "政府統計處": "政府统计处", "香港測量師學會": "香港测量师学会",
    "深圳市住房和建設局": "深圳市住房和建设局",
    "廣州市住房和城鄉建設局": "广州市住房和城乡建设局",
    "瑞安建業有限公司": "瑞安建业有限公司", "瑞安建業": "瑞安建业",
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
        # no astral character in either article (annotate_vb.py's per-row
        # UTF-16 check for its GB18030 byline stays, switched off)
        self.astral_before_body = False
        self.no_span_word = {}
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312
        # (annotate_tb.py's pair), a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py): here plain Big5 and cp950 must fail on
        # g320's file
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
            # ARTICLE (annotate_vb.py's UTF-8-with-BOM block, written there
            # for a traditional Hong Kong text, turned to a simplified
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
            assert not any(x.startswith("【") for x in lines), doc_id
        elif enc == "big5hkscs":    # BIG5-HKSCS WITHOUT A BOM, THE HONG
            # KONG ARTICLE (new here: annotate_va.py's plain-Big5 block for
            # its Taiwan g312, itself annotate_ub.py's Big5-HKSCS walk turned
            # to plain Big5, turned back to Big5-HKSCS, with annotate_vb.py's
            # declarations of the HKSCS characters that neither plain Big5
            # nor cp950 holds, here read on the file's own bytes): no BOM
            # and no U+FEFF; the offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones (annotate_vb.py's kinds, after annotate_rc.py):
            # 綫 and 着, two HKSCS characters that neither plain Big5 nor
            # cp950 holds; every one stands in its declared word
            # (OUTSIDE_BIG5_WORD)
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            kinds = Counter()
            for c, in_cp950 in decl.items():
                code = BIG5_CODE[c]
                assert enc_ok(c, "cp950") == in_cp950, (doc_id, c)
                assert c.encode("big5hkscs") == code, (doc_id, c)
                assert code.decode("big5hkscs") == c, (doc_id, c)
                assert not decodes(code, "big5"), (doc_id, c)
                if in_cp950:
                    assert c.encode("cp950") == code, (doc_id, c)
                    # the ETEN extension row cp950 adds (F9 D6-F9 FE)
                    assert code[0] == 0xF9 and 0xD6 <= code[1] <= 0xFE, c
                    kinds["cp950"] += 1
                elif code[0] < 0xA1:
                    # a lead byte below Big5's rows (87-A0), which HKSCS
                    # adds and cp950 cannot read (綫 8E A8; annotate_vc.py's
                    # 氹 9C AE)
                    assert 0x87 <= code[0] <= 0xA0, c
                    assert not decodes(code, "cp950"), (doc_id, c)
                    kinds["hkscs-low"] += 1
                elif (code[0], code[1]) >= (0xC6, 0xA1) and \
                        (code[0], code[1]) <= (0xC8, 0xFE):
                    kinds["hkscs-c6c8"] += 1
                else:
                    # a lead byte of Big5's user-defined area (FA-FE), which
                    # HKSCS fills and cp950 cannot read (annotate_vb.py's 滙
                    # FA C0 and 着 FE D3)
                    assert 0xFA <= code[0] <= 0xFE, c
                    assert not decodes(code, "cp950"), (doc_id, c)
                    kinds["hkscs-udf"] += 1
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert c in word, (doc_id, c)
                assert self.text.count(c) == self.text.count(word) == k, c
            assert kinds == BIG5_KINDS[doc_id], kinds
            self.in_org_span = IN_ORG[doc_id]
            assert set(self.in_org_span) <= set(decl), doc_id
            # every declared character stands either in declared ORG rows
            # (IN_ORG: none here) or in no span (NO_SPAN_WORD: 綫 of
            # 屯門南延綫, 着 of 隨着; checked per row in check()), not both
            # (annotate_vb.py's)
            self.no_span_word = {c: OUTSIDE_BIG5_WORD[doc_id][c][0]
                                 for c in NO_SPAN_WORD.get(doc_id, set())}
            assert set(self.in_org_span) | set(self.no_span_word) == \
                set(decl), doc_id
            assert not set(self.in_org_span) & set(self.no_span_word), doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: annotate_va.py's ／ of
            # its dateline; none here, and a Hong Kong text without a
            # dateline may declare none: annotate_vb.py's g314 held none),
            # each with its declared bytes in both codecs (the block stays)
            forms = BIG5_FORMS[doc_id]
            assert forms or doc_id in HONGKONG, (
                f"{doc_id}: declare the Big5/cp950 forms")
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c not in decl and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            for c, (b5, c950) in forms.items():     # (none here)
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            self.no_span_chars = sorted(forms)
            # the file walked character by character: each character's
            # Big5-HKSCS bytes at its own place, one byte an ASCII character
            # and two any other; a declared character with its declared
            # bytes, every other non-ASCII character with a lead byte in
            # plain Big5's rows A1-F9 (annotate_va.py's walk, after
            # annotate_ub.py's)
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode("big5hkscs")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if c in decl:
                    assert b == BIG5_CODE[c], (doc_id, c)
                    places[c] += 1
                elif len(b) == 2:
                    assert 0xA1 <= b[0] <= 0xF9, (doc_id, c, b)
                    assert b == c.encode("big5"), (doc_id, c)
                pos += len(b)
            assert pos == len(raw), doc_id
            assert all(places[c] == self.text.count(c) >= 1
                       for c in decl), places
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP and no combining mark: a UTF-16
            # count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # plain Big5 and cp950 (GUIDELINES' first two tries) fail on the
            # file first at the first declared character's bytes, so a
            # reader falls through to Big5-HKSCS there (annotate_vb.py's
            # measure, on its text's Big5-HKSCS rendering; here on the
            # file); a converter to plain Big5 or cp950 fails first at the
            # same character
            first = min(self.text.index(c) for c in decl)
            first_byte = len(self.text[:first].encode("big5hkscs"))
            for narrow in ("big5", "cp950"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
                try:
                    self.text.encode(narrow)
                    raise AssertionError((doc_id, narrow, "encodes"))
                except UnicodeEncodeError as ex:
                    assert ex.start == first, (doc_id, narrow, ex.start)
            # every line without a declared character is the same in plain
            # Big5, cp950 and Big5-HKSCS, byte for byte, and reads back
            # alike in all three (annotate_ra.py's line check); a line with
            # a declared character is so between its declared characters
            # (annotate_dc.py's reading, as annotate_vb.py kept it)
            for line in lines:
                parts = re.split("|".join(decl), line)
                for part in parts:
                    b = part.encode("big5")
                    assert b == part.encode("cp950") == part.encode(
                        "big5hkscs"), part
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        part
            # gb18030 reads Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5-HKSCS reading, GB2312's
            # level 1 B0A1-D7F9 for the GB18030 one), the Big5-HKSCS reading
            # is the natural one by far (annotate_va.py's proxy: the
            # project's rules/encoding/common_hanzi.txt is not mine to read)
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
            share_mine = sum(tier(c, "big5hkscs", 0xA440, 0xC67E)
                             for c in mine) / len(mine)
            share_theirs = sum(tier(c, "gb2312", 0xB0A1, 0xD7F9)
                               for c in theirs) / len(theirs)
            assert share_mine > 0.95 and share_theirs < 0.6, (
                doc_id, share_mine, share_theirs, len(theirs))
            # the other GB codecs, UTF-8 and UTF-16 fail or read another
            # text (annotate_va.py's list)
            for o in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                      "utf-16-le", "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != self.text, (
                    doc_id, o)
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # no byline, dateline or opener: the title, a blank line, then
            # the first paragraph (check_line3 checks it)
            assert lines[1] == "" and lines[2] != "", doc_id
            assert not any(x.startswith("【") for x in lines), doc_id
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region, Hong Kong here, and a
        # simplified one is mainland (annotate_lb.py's region check, after
        # annotate_ec.py, as annotate_vb.py kept it with HONGKONG: an empty
        # HONGKONG would otherwise skip the Hong Kong block and the s2hk
        # round trip without a failure)
        assert self.traditional == (doc_id in TAIWAN or
                                    doc_id in HONGKONG), (doc_id, "region")
        assert not (TAIWAN & HONGKONG), "one region per article"
        if doc_id in TAIWAN:    # a Taiwan text: every character plain Big5
            # but the declared ones, and cp950 (none here; kept)
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in OUTSIDE_BIG5[doc_id])
        elif doc_id in HONGKONG:
            # a Hong Kong text (annotate_vb.py's Hong Kong block): Big5-HKSCS
            # holds every character, the declared ones alone are outside
            # plain Big5 (checked above), each two bytes
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Hong Kong
            # bodies without a place, 發展局, 政府統計處 …, stand alone as
            # ORGs; annotate_eb.py's check), and more often than Macao
            # (annotate_bc.py's REGION_NAMES)
            n_hk = sum(self.text.count(w) for w in REGION_NAMES["hongkong"])
            n_mo = sum(self.text.count(w) for w in REGION_NAMES["macao"])
            assert n_hk >= 2 and n_hk > n_mo, (doc_id, n_hk, n_mo)
            # a character declared in S2T_ALLOWED (伙) stands only in its
            # declared words, each as often as declared, and every
            # occurrence of the character is inside one of them
            # (annotate_vc.py's S2T_ALLOWED_WORD block, ported)
            for c, words in S2T_ALLOWED_WORD.get(doc_id, {}).items():
                assert c in S2T_ALLOWED.get(doc_id, ()) and words, c
                for w, k in words.items():
                    assert c in w and self.text.count(w) == k, (doc_id, w, k)
                assert self.text.count(c) == sum(
                    k * w.count(c) for w, k in words.items()), (doc_id, c)
                hits = sorted(m.start() + i for w in words
                              for m in re.finditer(re.escape(w), self.text)
                              for i, x in enumerate(w) if x == c)
                assert len(hits) == len(set(hits)) == self.text.count(c), c
            assert set(S2T_ALLOWED_WORD.get(doc_id, {})) == set(
                S2T_ALLOWED.get(doc_id, ())), doc_id
        else:
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones (annotate_va.py's mainland check, with
            # DECLARED_MAINLAND)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in DECLARED_MAINLAND.get(
                doc_id, {}) for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # the region writes with it (TRADITIONAL_WORDS, each with its
            # count; annotate_oa.py's 上游 and 核准; annotate_ua.py's 下游 and
            # 管制; annotate_vb.py's 上周五 and 本周一; here 上周, 本周四 and 伙)
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
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:    # Taiwan marker and no bare 2-3
                assert w not in self.text, (doc_id, w)       # digit year
            assert not re.search(r"(?<![\d,.])\d{2,3}年", self.text), (
                doc_id, "a bare 2-3 digit year in a non-Taiwan text")
            assert not re.search(r"(?<![\d,])\d{2,3}[）)]年", self.text), (
                doc_id, "a bracketed 2-3 digit year in a non-Taiwan text")
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
# g319 water conservancy construction in November 2026: the ministry's
# figures (水利部 昨日 in 北京: 今年前10个月, 今年, 去年同期); funding (今年前10个月,
# 2023年; 国家开发银行, 中国农业发展银行, 中国农业银行; 财政部 今年, 去年; 国家
# 发展改革委); the river basin commissions (长江委 本周三, 武汉, 今年; 黄委 上周,
# 郑州, 前10个月; 珠江委 今年); canal and tunnel contracts (安徽省引江济淮集团
# 有限公司 上月, 水电八局; 长沙, 水电八局 今年; 云南省滇中引水工程有限公司 上周五,
# 今年, 水电十四局, 昆明, 玉溪); 广东 (广东粤海控股集团有限公司, 广东粤海珠三角
# 供水有限公司 今年, 广州, 深圳, 东莞; 广东省水利厅 前10个月; 深圳市水务局, 深圳
# 今年); rural water supply (水利部, 去年; 湖北省水利厅, 宜昌, 襄阳 今年);
# reservoirs (江西水投 今年; 江西省水利厅 前10个月; 浙江省水利厅 今年, 杭州,
# 宁波, 温州); water affairs companies (重庆水务 今年前三季度; 北控水务集团有限
# 公司 今年); builders (中国电建 今年前10个月; 中国能建, 中国葛洲坝集团有限公司
# 今年; 中国安能 今年, 成都, 中国水利水电第七工程局有限公司); designers
# (长江设计集团有限公司 今年; 黄河勘测规划设计研究院有限公司, 郑州, 西安, 兰州;
# 中国南水北调集团有限公司 本月, 今年; 中国水科院, 南京, 河海大学); receivables
# (中国水利企业协会 今年, 去年; 12月); the outlook (明年, 水利部, 明年一季度,
# 明年3月底, 今年; 元旦, 春节, 12月).  Simplified, UTF-8 WITH a BOM,
# 2026-11-20 (a Friday, ISO week 2026-W47), 中国水利报; its byline 本报记者
# 鲁堃 北京报道 names no outlet (本报) and the city filed from; 堃 is outside
# GB2312 (declared).  昨日 2026-11-19; 本周三 2026-11-18; 上周五 2026-11-13;
# 上周 2026-W46; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g319():
    d = Doc(G319)
    Y, NY, LY = "2026", "2027", "2025"
    BJ, WH, ZZ, CS, KM = "北京市", "武汉市", "郑州市", "长沙市", "昆明市"
    # title (a heading that opens with no city: no section, and it names
    # none, so the title's rows take no city); 今年 attached (SPEC), the
    # first months of a year normalize to the year (SPEC 首9个月)
    d.date("[[今年前10个月]]全国水利建设完成", Y, "")
    d.metric("完成投资[[约1.12万亿元]] 重大", "1.12e12", "元", "approx", "")
    # the byline: 本报 names no outlet (GUIDELINES: not 本报记者), 北京 the
    # city filed from (SPEC; precedent VA's 北京报道); the reporter's name in
    # no span
    d.city("鲁堃 [[北京]]报道")
    # P1 the ministry's figures (北京 in its first sentence)
    d.org("\n\n[[水利部]]昨日")
    # the rule gives the first city after (北京) to 昨日 and the nearest
    # before (北京) to the rows after it
    d.date("水利部[[昨日]]在北京", "2026-11-19", BJ)
    d.city("昨日在[[北京]]召开")
    d.date("通报，[[今年前10个月]]全国完成", Y, BJ)
    d.metric("水利建设投资[[约1.12万亿元]]，同比", "1.12e12", "元", "approx",
             BJ)
    d.metric("同比增长[[约4.6%]]；新开工", "4.6", "%", "approx", BJ)
    d.metric("水利项目[[约2.6万个]]", "2.6e4", "个", "approx", "")
    # 人 a unit (SPEC 300人)
    d.metric("吸纳就业[[约268万人]]", "268e4", "人", "approx", "")
    d.metric("农村劳动力[[约196万人]]", "196e4", "人", "approx", "")
    d.date("。[[今年]]新开工重大水利工程38项", Y, "")
    d.metric("水利工程[[38项]]", 38, "项", "exact", "")
    # 去年同期 follows its sentence's period, 今年 (a year): the year before
    # (SPEC; the draft's 今年以来, a span up to now that states no period
    # by GUIDELINES, was rewritten: NOTES_wb.md)
    d.date("比[[去年同期]]增加", LY, "")
    # 增加 a verb of change, no marker (the draft's 多5项 was rewritten:
    # 多 before a figure is a case SPEC leaves open, NOTES_wb.md)
    d.metric("同期增加[[5项]]", 5, "项", "exact", "")
    # 超过 inside the span, over (SPEC)
    d.metric("总投资[[超过1.9万亿元]]", "1.9e12", "元", "over", "")
    # P2 funding (no CITY)
    d.date("资金保障方面，[[今年前10个月]]", Y, "")
    d.metric("建设资金[[约1.36万亿元]]", "1.36e12", "元", "approx", "")
    d.metric("专项债券[[约3120亿元]]", "3120e8", "元", "approx", "")
    d.date("是[[2023年]]的", "2023", "")
    d.metric("的[[1.6倍]]；", "1.6", "倍", "exact", "")
    d.metric("中长期贷款[[约3470亿元]]", "3470e8", "元", "approx", "")
    d.org("，[[国家开发银行]]、")
    d.org("、[[中国农业发展银行]]和")
    # 和 joins the list's last two items (LISTED_PAIRS)
    d.org("和[[中国农业银行]]合计")
    d.metric("合计投放[[约2680亿元]]", "2680e8", "元", "approx", "")
    # 近八成 -> 80 %, approx (SPEC 近6成)
    d.metric("占比[[近八成]]。", 80, "%", "approx", "")
    d.org("。[[财政部]]相关")
    # 中央财政 is a level of government, no ORG (SPEC: 中央 and 地方)
    d.date("中央财政[[今年]]已下达", Y, "")
    d.metric("发展资金[[约620亿元]]", "620e8", "元", "approx", "")
    # 去年 after a relative 今年 counts from the reference year (GUIDELINES)
    d.date("较[[去年]]增加约45", LY, "")
    d.metric("增加[[约45亿元]]；", "45e8", "元", "approx", "")
    # GUIDELINES' own form of the national planning agency
    d.org("；[[国家发展改革委]]安排")
    d.metric("预算内投资[[约890亿元]]", "890e8", "元", "approx", "")
    # P3 the river basin commissions (武汉, 郑州)
    # a bracketed short form made of the name's characters in order
    # (长…江…委, 黄…委, 珠…江…委; GUIDELINES)
    d.org("推进。[[长江水利委员会]]（")
    d.org("（[[长江委]]）本周三")
    # a weekday inside the span (GUIDELINES 上周五): W47's Wednesday
    d.date("长江委）[[本周三]]在武汉", "2026-11-18", WH)
    d.city("本周三在[[武汉]]通报")
    d.date("长江流域[[今年]]已开工", Y, WH)
    d.metric("重大水利工程[[14项]]", 14, "项", "exact", WH)
    d.metric("完成投资[[约3860亿元]]", "3860e8", "元", "approx", WH)
    # 约 before 占 sets approx across the verb and the whole (GUIDELINES
    # 约占全国的四成; declared sep); a fraction is a percentage (SPEC
    # 三分之一 -> 33.3333333333)
    d.metric("约占全国的[[三分之一]]", "33.3333333333", "%", "approx", WH,
             sep="约")
    d.org("；[[黄河水利委员会]]（")
    d.org("（[[黄委]]）上周")
    # 上周 the ISO week before the reference date's W47
    d.date("黄委）[[上周]]在郑州", "2026-W46", ZZ)
    d.city("上周在[[郑州]]召开")
    # 前N个月 right after the noun it is about (GUIDELINES 全市前10个月)
    d.date("黄河流域[[前10个月]]完成", Y, ZZ)
    d.metric("完成投资[[约1420亿元]]", "1420e8", "元", "approx", ZZ)
    d.metric("同比增长[[约7.3%]]", "7.3", "%", "approx", ZZ)
    d.org("。[[珠江水利委员会]]（")
    d.org("（[[珠江委]]）相关")
    d.date("配置工程[[今年]]完成", Y, "")
    d.metric("完成投资[[约156亿元]]", "156e8", "元", "approx", "")
    d.metric("累计掘进[[约210公里]]", 210, "公里", "approx", "")
    # P4 canal and tunnel contracts (长沙; 昆明, 玉溪)
    d.org("高峰。[[安徽省引江济淮集团有限公司]]上月")
    # 上月 with no comparison word: the month before the reference month
    d.date("有限公司[[上月]]同中国", "2026-10", "")
    # 同 a preposition before the bureau; the numeral 八 inside the name
    d.org("同[[中国水利水电第八工程局有限公司]]（")
    d.org("（[[水电八局]]）签订")
    d.metric("合同额[[约27.6亿元]]", "27.6e8", "元", "approx", "")
    # a name right after where its seat is (GUIDELINES 总部位于日内瓦的…)
    d.city("总部位于[[长沙]]的")
    d.org("长沙的[[水电八局]]今年")
    d.date("水电八局[[今年]]新签", Y, CS)
    d.metric("水利合同[[约318亿元]]", "318e8", "元", "approx", CS)
    d.metric("同比增长[[约21%]]", 21, "%", "approx", CS)
    d.org("。[[云南省滇中引水工程有限公司]]上周五")
    # W46's Friday; the rule gives the first city after (昆明) to the rows
    # before the list
    d.date("有限公司[[上周五]]公布", "2026-11-13", KM)
    d.date("公布，[[今年]]新签施工", Y, KM)
    d.metric("施工合同[[约46亿元]]", "46e8", "元", "approx", KM)
    # 其中 owns its 中 (GUIDELINES 其中秋粮); 十四 inside the name
    d.org("其中[[中国水利水电第十四工程局有限公司]]（")
    d.org("（[[水电十四局]]）承接")
    d.metric("承接[[约17亿元]]", "17e8", "元", "approx", KM)
    # two cities before their collective label 两地 (no METRIC, SPEC 两地;
    # the list opens its clause: NOTES_wb.md)
    d.city("，[[昆明]]、玉溪")
    d.city("昆明、[[玉溪]]两地")
    # P5 广东 (广州, 深圳, 东莞 in its first sentence; 深圳 in its last)
    # 旗下 between two names: two ORGs (GUIDELINES 富邦金控子公司富邦人寿)
    d.org("在广东，[[广东粤海控股集团有限公司]]旗下")
    d.org("旗下[[广东粤海珠三角供水有限公司]]表示")
    d.date("引水线路[[今年]]向", Y, "广州市")
    d.city("向[[广州]]、深圳")
    d.city("广州、[[深圳]]、东莞")
    d.city("深圳、[[东莞]]供水")
    # 亿立方米: the magnitude in the value, 立方米 the unit
    d.metric("供水[[约14.2亿立方米]]", "14.2e8", "立方米", "approx", "东莞市")
    d.metric("同比增长[[约23%]]", 23, "%", "approx", "东莞市")
    d.org("。[[广东省水利厅]]数据")
    d.date("全省[[前10个月]]完成水利建设投资约798", Y, "")
    d.metric("投资[[约798亿元]]", "798e8", "元", "approx", "")
    d.org("；[[深圳市水务局]]则")
    d.city("表示，[[深圳]]今年")
    d.date("深圳[[今年]]新开工", Y, "深圳市")
    d.metric("项目[[约140个]]", 140, "个", "approx", "深圳市")
    # P6 rural water supply (宜昌, 襄阳 in its last sentence)
    d.org("。[[水利部]]数据显示")
    d.metric("已达[[约94%]]", 94, "%", "approx", "")
    d.date("较[[去年]]提高", LY, "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("提高[[1.2个百分点]]", "1.2", "百分点", "exact", "")
    d.org("；[[湖北省水利厅]]介绍")
    # a list sharing one head (SPEC 广州、深圳等机场)
    d.city("介绍，[[宜昌]]、襄阳")
    d.city("宜昌、[[襄阳]]等地")
    d.date("等地[[今年]]完成", Y, "襄阳市")
    d.metric("供水工程投资[[约46亿元]]", "46e8", "元", "approx", "襄阳市")
    d.metric("受益人口[[超过80万人]]", "80e4", "人", "over", "襄阳市")
    # P7 reservoirs (杭州, 宁波, 温州 in its last sentence)
    d.org("提速。[[江西省水利投资集团有限公司]]（")
    # a bracketed short form (江…西…水…投)
    d.org("（[[江西水投]]）今年")
    d.date("江西水投）[[今年]]新开工", Y, "")
    # 座 the measure word as written
    d.metric("中型水库[[6座]]", 6, "座", "exact", "")
    d.metric("总库容[[约3.8亿立方米]]", "3.8e8", "立方米", "approx", "")
    d.org("；[[江西省水利厅]]数据")
    d.date("全省[[前10个月]]完成水利建设投资约412", Y, "")
    d.metric("投资[[约412亿元]]", "412e8", "元", "approx", "")
    d.metric("同比增长[[约9.6%]]", "9.6", "%", "approx", "")
    d.org("。[[浙江省水利厅]]介绍")
    # the rule gives the first city after (杭州) to the rows before the
    # list, though they are the province's: the rule as written
    d.date("浙江[[今年]]新建", Y, "杭州市")
    d.metric("扩建水库[[11座]]", 11, "座", "exact", "杭州市")
    d.metric("新增库容[[约2.1亿立方米]]", "2.1e8", "立方米", "approx", "杭州市")
    # three cities before their collective label 三市 (SPEC 五市)
    d.city("其中[[杭州]]、宁波")
    d.city("杭州、[[宁波]]、温州")
    d.city("宁波、[[温州]]三市")
    # 约 before 占 sets approx (GUIDELINES 约占全国的四成; declared sep); the
    # nearest city before (温州) though the share is the three cities'
    d.metric("约占[[六成]]", 60, "%", "approx", "温州市", sep="约")
    # P8 water affairs companies (no CITY: 重庆 inside ORG rows)
    d.org("平稳。[[重庆水务集团股份有限公司]]（")
    d.org("（[[重庆水务]]）今年")
    # 今年 attached (a bare 前三季度 right after a bracket was avoided,
    # precedent VA's rewrite); several quarters of a year: the year (SPEC)
    d.date("重庆水务）[[今年前三季度]]实现", Y, "")
    d.metric("营业收入[[约58.6亿元]]", "58.6e8", "元", "approx", "")
    d.metric("同比增长[[约2.4%]]", "2.4", "%", "approx", "")
    d.org("；[[北控水务集团有限公司]]表示")
    d.date("旗下水厂[[今年]]新增", Y, "")
    # a rate keeps its denominator in the unit and in the span (GUIDELINES
    # 45万人次/日; PER_UNITS)
    d.metric("供水能力[[约86万吨/日]]", "86e4", "吨/日", "approx", "")
    d.metric("项目合同[[约37亿元]]", "37e8", "元", "approx", "")
    # P9 builders (成都 in its last sentence)
    d.org("较快。[[中国电力建设集团有限公司]]（")
    d.org("（[[中国电建]]）今年")
    d.date("中国电建）[[今年前10个月]]新签", Y, "")
    d.metric("业务合同[[约2140亿元]]", "2140e8", "元", "approx", "")
    d.metric("同比增长[[约15%]]", 15, "%", "approx", "")
    d.org("；[[中国能源建设股份有限公司]]（")
    d.org("（[[中国能建]]）旗下")
    d.org("旗下[[中国葛洲坝集团有限公司]]今年")
    d.date("葛洲坝集团有限公司[[今年]]新签水利水务", Y, "")
    d.metric("水务合同[[约640亿元]]", "640e8", "元", "approx", "")
    d.org("。[[中国安能建设集团有限公司]]（")
    d.org("（[[中国安能]]）今年")
    # the rule gives the first city after (成都) to the rows before it
    d.date("中国安能）[[今年]]承接", Y, "成都市")
    d.metric("工程合同[[约180亿元]]", "180e8", "元", "approx", "成都市")
    d.city("总部位于[[成都]]的")
    d.org("成都的[[中国水利水电第七工程局有限公司]]在建")
    d.metric("合同余额[[约260亿元]]", "260e8", "元", "approx", "成都市")
    # P10 designers (郑州, 西安, 兰州; 南京)
    d.org("上升。[[长江设计集团有限公司]]今年")
    d.date("长江设计集团有限公司[[今年]]承接", Y, "")
    d.metric("设计项目[[约230项]]", 230, "项", "approx", "")
    d.org("；[[黄河勘测规划设计研究院有限公司]]在")
    d.city("在[[郑州]]、西安")
    d.city("郑州、[[西安]]、兰州")
    d.city("西安、[[兰州]]等地")
    d.metric("设计合同[[约19亿元]]", "19e8", "元", "approx", "兰州市")
    d.org("。[[中国南水北调集团有限公司]]本月")
    d.date("集团有限公司[[本月]]表示", "2026-11", "")
    d.date("引江补汉工程[[今年]]完成", Y, "")
    d.metric("完成投资[[约92亿元]]", "92e8", "元", "approx", "")
    d.metric("累计开挖[[约76公里]]", 76, "公里", "approx", "")
    d.org("。[[中国水利水电科学研究院]]（")
    # a bracketed short form (中…国…水…科…院)
    d.org("（[[中国水科院]]）同")
    # a city before 的 and a university: a CITY and an ORG
    d.city("同[[南京]]的")
    d.org("南京的[[河海大学]]联合")
    # 9成 -> 90 % (SPEC 4成), 超过 inside: over
    d.metric("大中型水库[[超过9成]]", 90, "%", "over", "南京市")
    # P11 receivables (no CITY)
    d.org("仍存。[[中国水利企业协会]]调查")
    d.metric("受访的[[约520家]]", 520, "家", "approx", "")
    d.metric("企业中，[[近四成]]表示", 40, "%", "approx", "")
    d.date("表示[[今年]]水利业务", Y, "")
    d.metric("收入增长[[超过10%]]", 10, "%", "over", "")
    # a change's baseline (由去年的): counted from the reference year
    d.date("由[[去年]]的约210天", LY, "")
    # time figures after the statistic cue 平均, and the figure the verb of
    # change leads to (GUIDELINES 平均库存天数…约180天降至约120天)
    d.metric("去年的[[约210天]]", 210, "天", "approx", "")
    d.metric("延长至[[约260天]]", 260, "天", "approx", "")
    # 不足 inside the span, under (SPEC)
    d.metric("利润率[[不足3%]]", 3, "%", "under", "")
    # a bare month in the reference year (前 outside)
    d.date("各地在[[12月]]前集中清理", "2026-12", "")
    # P12 the outlook (no CITY)
    d.date("展望[[明年]]，水利部", NY, "")
    d.org("明年，[[水利部]]相关")
    # 明年 attached to the quarter (one span); 明年 counts from the
    # reference year (GUIDELINES)
    d.date("表示，[[明年一季度]]将", "2027-Q1", "")
    d.metric("重大水利工程[[约20项]]", 20, "项", "approx", "")
    # an end of a month is the month (SPEC 6月底); 前 outside
    d.date("力争[[明年3月底]]前", "2027-03", "")
    d.date("预计[[今年]]全国", Y, "")
    d.metric("将[[超过1.3万亿元]]", "1.3e12", "元", "over", "")
    # yearless holidays: the coming ones (GUIDELINES)
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    # a month with no year in a sentence whose period is a yearless holiday
    # takes the year that puts it nearest that holiday (GUIDELINES 元旦假期…
    # 12月31日 -> 2026-12-31): 2026-12; a range of months is two mentions
    # (SPEC 2024年3月至5月), its second end with 明年 attached
    d.date("将在[[12月]]至明年", "2026-12", "")
    d.date("至[[明年1月]]集中开展", "2027-01", "")
    audit = {
        "orgs": ["水利部", "国家开发银行", "中国农业发展银行", "中国农业银行",
                 "财政部", "国家发展改革委", "长江水利委员会", "长江委",
                 "黄河水利委员会", "黄委", "珠江水利委员会", "珠江委",
                 "安徽省引江济淮集团有限公司",
                 "中国水利水电第八工程局有限公司", "水电八局",
                 "云南省滇中引水工程有限公司",
                 "中国水利水电第十四工程局有限公司", "水电十四局",
                 "广东粤海控股集团有限公司", "广东粤海珠三角供水有限公司",
                 "广东省水利厅", "深圳市水务局", "湖北省水利厅",
                 "江西省水利投资集团有限公司", "江西水投", "江西省水利厅",
                 "浙江省水利厅", "重庆水务集团股份有限公司", "重庆水务",
                 "北控水务集团有限公司", "中国电力建设集团有限公司",
                 "中国电建", "中国能源建设股份有限公司", "中国能建",
                 "中国葛洲坝集团有限公司", "中国安能建设集团有限公司",
                 "中国安能", "中国水利水电第七工程局有限公司",
                 "长江设计集团有限公司", "黄河勘测规划设计研究院有限公司",
                 "中国南水北调集团有限公司", "中国水利水电科学研究院",
                 "中国水科院", "河海大学", "中国水利企业协会"],
        "cities": ["北京", "武汉", "郑州", "长沙", "昆明", "玉溪", "广州",
                   "深圳", "东莞", "宜昌", "襄阳", "杭州", "宁波", "温州",
                   "成都", "西安", "兰州", "南京",
                   # 重庆 only inside ORG rows; absent cities as guards:
                   # none written outside rows
                   "重庆", "合肥", "南昌", "上海", "天津", "贵阳", "荆州",
                   "十堰", "丹江口", "洛阳", "佛山", "珠海", "香港", "澳门"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        # collective labels of the lists just given (GUIDELINES; SPEC 两地,
        # 五市): no METRIC
        "collectives": [("玉溪[[两]]地", 2), ("温州[[三]]市", 3)],
        "latin_excluded": [],
        # words that are no DATE: none written outside rows (同期 only inside
        # 去年同期; 全年, 年内, 日均, 每年, 年度, 近期, 以来, 同年 none)
        "words_excluded": {"同期": 0, "全年": 0, "年内": 0, "日均": 0,
                           "每年": 0, "年度": 0, "近期": 0, "以来": 0,
                           "同年": 0},
        # generic words outside ORG rows: 协会 (x1, 该协会: a read-back, SPEC
        # 公交集团), 政府 (x1, 地方政府: a level, SPEC 地方), 中央 (x2, 中央财政,
        # 中央预算内投资: a level of government, SPEC 中央), 长江, 黄河 (x1 each:
        # 长江流域, 黄河流域, river basins); the heads a cut ORG would leave
        # outside (公司, 有限公司, 集团, 委员会, 局, 厅, 银行, 大学, 研究院,
        # 发展改革委) and the names and stems before each head (水利部, 珠江,
        # 水投, 电建, 能建, 安能, 葛洲坝, 粤海, 北控, 南水北调, 引江济淮, 滇中
        # 引水, 水科院, 河海, 水利水电), none outside rows
        "orgwords_excluded": {"协会": 1, "政府": 1, "中央": 2, "长江": 1,
                              "黄河": 1, "公司": 0, "有限公司": 0,
                              "集团": 0, "委员会": 0, "局": 0, "厅": 0,
                              "银行": 0, "大学": 0, "研究院": 0,
                              "发展改革委": 0, "水利部": 0, "珠江": 0,
                              "水投": 0, "电建": 0, "能建": 0, "安能": 0,
                              "葛洲坝": 0, "粤海": 0, "北控": 0,
                              "南水北调": 0, "引江济淮": 0, "滇中引水": 0,
                              "水科院": 0, "河海": 0, "水利水电": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g320 Hong Kong's public works and contractors in November 2026: the
# contracts awarded (發展局 昨日: 今年首三季; 土拓署, 建築署, 路政署; 發展局 今年,
# 明年); funding (財委會 今年, 上周五, 下月); the Northern Metropolis
# (土拓署 上月, 中國建築國際; 路政署 本月初, 金門建築有限公司; 渠務署, 惠記;
# 水務署 今年首三季); the contractors (中國建築國際 今年首三季, 香港, 澳門;
# 中國建築興業集團有限公司 上周; 今年, 深圳, 東莞, 佛山; 中國建築 今年首10個月);
# housing (房屋署 上周, 房委會 今年首10個月; 有利集團 上月; 亞洲聯合基建; 市建局
# 本周四); private works (屋宇署 今年首10個月, 2025年同期; 去年); rail and
# airport (港鐵公司 今年, 2030年; 機管局 明年首季); labour (建造業議會 10月底;
# 香港建造商會 上周五; 勞工處 同日; 香港建造業總工會; 香港建造學院 今年首三季,
# 去年; 香港工程師學會); prices and output (建築署 第三季, 第二季; 政府統計處
# 第三季; 勞工處 今年首三季; 香港測量師學會 明年); the mainland (香港建造商會
# 上月, 深圳, 中山, 珠海; 深圳市住房和建設局 今年, 香港, 深圳; 廣州市住房和城鄉
# 建設局 明年, 香港); the outlook (惠記 今年首三季; 瑞安建業; 香港建造商會 聖誕,
# 農曆新年, 12月中旬; 發展局 明年首季; 明年).  Traditional as Hong Kong writes
# it (本港, 按年, 首三季, 首10個月, 第三季, 明年首季, 上周五, 上周, 本周四, 公布,
# 佔, 隨着, 啟德, 簽署, 屯門南延綫, 萬伙, figures with thousands separators),
# stored as Big5-HKSCS without a BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 明報; no byline, dateline or opener.  昨日 2026-11-23; 上周五
# 2026-11-20; 上周 2026-W47; 本周四 2026-11-26; 本月 2026-11; 上月 2026-10;
# 下月 2026-12; 明年 2027.
# ===========================================================================
@doc
def g320():
    d = Doc(G320)
    Y, NY, LY = "2026", "2027", "2025"
    HK, SZ = "香港", "深圳市"
    # title (a heading that opens with no city: no section, and it names
    # none); Hong Kong's first three quarters without 度 (GUIDELINES 首三季),
    # 今年 attached: the year (SPEC: several quarters of a year)
    d.date("[[今年首三季]]工務合約總值", Y, "")
    d.metric("合約總值[[約684億元]] 承建商", "684e8", "元", "approx", "")
    # P1 the contracts awarded (no CITY)
    # Hong Kong departments standing alone in a Hong Kong text (GUIDELINES:
    # Hong Kong's 发展局 …)
    d.org("\n\n[[發展局]]昨日")
    d.date("發展局[[昨日]]公布", "2026-11-23", "")
    d.date("公布，[[今年首三季]]政府", Y, "")
    # 份 the measure word as written; 共 no marker
    # the figure before its noun (the draft's 合約156份, where 約 of 合約
    # touched the figure, was rewritten: NOTES_wb.md)
    d.metric("共批出[[156份]]工務", 156, "份", "exact", "")
    d.metric("總值[[約684億元]]，按年", "684e8", "元", "approx", "")
    d.metric("按年增加[[約18%]]。按部門", 18, "%", "approx", "")
    # a bracketed short form made of the name's characters in order
    # (土…拓…署; GUIDELINES)
    d.org("按部門計，[[土木工程拓展署]]（")
    d.org("（[[土拓署]]）所批")
    # 約 before 佔 sets approx (GUIDELINES 约占全国的四成; declared sep)
    d.metric("總值約佔[[四成]]", 40, "%", "approx", "", sep="約")
    d.org("四成，[[建築署]]及")
    # 及 joins two departments (LISTED_PAIRS)
    d.org("及[[路政署]]分別")
    # 佔約: 約 touching each figure, inside its span (the draft's 分別約佔
    # before two figures was rewritten: NOTES_wb.md)
    d.metric("分別佔[[約22%]]", 22, "%", "approx", "")
    d.metric("和[[約14%]]。", 14, "%", "approx", "")
    d.org("。[[發展局]]預計")
    d.date("預計，[[今年]]基本工程", Y, "")
    d.metric("開支[[約1,050億元]]", "1050e8", "元", "approx", "")
    d.date("億元，[[明年]]將增至", NY, "")
    d.metric("增至[[約1,180億元]]", "1180e8", "元", "approx", "")
    # P2 funding (no CITY)
    # a legislature's committee is one ORG with it (GUIDELINES 立法會第二常設
    # 委員會), and its bracketed short form (財…委…會)
    d.org("\n\n[[立法會財務委員會]]（")
    d.org("（[[財委會]]）今年")
    d.date("財委會）[[今年]]已批出", Y, "")
    d.metric("工程撥款[[約820億元]]", "820e8", "元", "approx", "")
    d.metric("涉及項目[[約45項]]", 45, "项", "approx", "")
    d.org("；[[財委會]]上周五")
    # W47's Friday
    d.date("財委會[[上周五]]通過", "2026-11-20", "")
    d.metric("通過[[約96億元]]撥款", "96e8", "元", "approx", "")
    d.org("。[[財委會]]下月")
    # the month after the reference month (GUIDELINES 下月)
    d.date("財委會[[下月]]將審議", "2026-12", "")
    d.metric("審議[[約250億元]]的", "250e8", "元", "approx", "")
    # P3 the Northern Metropolis (no CITY: 屯門, 元朗, 古洞北 are districts)
    d.org("上馬。[[土拓署]]上月")
    d.date("土拓署[[上月]]同", "2026-10", "")
    # 同 a preposition before the company (a 與 there would stand as a
    # joiner right before an ORG)
    d.org("同[[中國建築國際集團有限公司]]（")
    d.org("（[[中國建築國際]]）簽署")
    d.metric("合約價值[[約58.6億元]]", "58.6e8", "元", "approx", "")
    d.org("；[[路政署]]本月初")
    # a part of a month is the month (SPEC 9月上旬)
    d.date("路政署[[本月初]]把", "2026-11", "")
    d.org("批予[[金門建築有限公司]]，")
    d.metric("合約價[[約23.8億元]]", "23.8e8", "元", "approx", "")
    d.org("。[[渠務署]]則")
    d.org("批予[[惠記集團有限公司]]（")
    d.org("（[[惠記]]），")
    d.metric("合約價[[約9.4億元]]", "9.4e8", "元", "approx", "")
    d.org("；[[水務署]]今年")
    d.date("水務署[[今年首三季]]批出", Y, "")
    d.metric("總值[[約37億元]]", "37e8", "元", "approx", "")
    # P4 the contractors (香港, 澳門 in its first sentence; 深圳, 東莞, 佛山 in
    # its third)
    d.org("\n\n[[中國建築國際]]表示")
    # the rule gives the first city after (香港) to the rows before it and
    # the nearest before (澳門) to 約45%
    d.date("表示，[[今年首三季]]新簽", Y, HK)
    d.metric("合約額[[約1,268億元]]", "1268e8", "元", "approx", HK)
    d.metric("按年增長[[約8%]]，其中", 8, "%", "approx", HK)
    # cities used as modifiers (SPEC 杭州特色): 香港及澳門業務
    d.city("其中[[香港]]及澳門")
    d.city("香港及[[澳門]]業務")
    d.metric("業務佔[[約45%]]", 45, "%", "approx", "澳门")
    # 旗下 opens a clause before the subsidiary (GUIDELINES 旗下兴福村镇银行)
    d.org("旗下[[中國建築興業集團有限公司]]上周")
    # 上周 the ISO week before the reference date's W48
    d.date("有限公司[[上周]]再獲授", "2026-W47", "")
    # 兩 before its measure word: a count (no list before it)
    d.metric("再獲授[[兩份]]幕牆", 2, "份", "exact", "")
    d.metric("總值[[約12億元]]。", "12e8", "元", "approx", "")
    d.org("在內地，[[中國建築國際]]今年")
    d.date("中國建築國際[[今年]]在深圳", Y, SZ)
    d.city("今年在[[深圳]]、東莞")
    d.city("深圳、[[東莞]]及佛山")
    d.city("東莞及[[佛山]]的")
    d.metric("合約額[[約210億元]]", "210e8", "元", "approx", "佛山市")
    d.metric("按年增長[[約12%]]。其母公司", 12, "%", "approx", "佛山市")
    # 母公司 a role, outside (GUIDELINES 母公司美高梅)
    d.org("母公司[[中國建築股份有限公司]]（")
    d.org("（[[中國建築]]）今年")
    # Hong Kong's first months with 首 (GUIDELINES; SPEC 首9个月)
    d.date("中國建築）[[今年首10個月]]新簽", Y, "")
    d.metric("合同額[[約3.6萬億元]]", "3.6e12", "元", "approx", "")
    d.metric("按年增長[[約3.1%]]", "3.1", "%", "approx", "")
    # P5 housing (no CITY: 香港 inside 香港房屋委員會; 啟德, 大角咀 districts)
    d.org("方面，[[房屋署]]上周")
    d.date("房屋署[[上周]]表示", "2026-W47", "")
    d.org("表示，[[香港房屋委員會]]（")
    d.org("（[[房委會]]）今年")
    d.date("房委會）[[今年首10個月]]批出", Y, "")
    d.metric("批出[[21份]]建築合約", 21, "份", "exact", "")
    # 伙 (flats) a unit as Hong Kong writes it (GUIDELINES)
    d.metric("涉及單位[[約2.3萬伙]]", "2.3e4", "伙", "approx", "")
    # a bracketed short form confirms the name (有利 is also a word)
    d.org("；[[有利集團有限公司]]（")
    d.org("（[[有利集團]]）上月")
    d.date("有利集團）[[上月]]投得", "2026-10", "")
    d.metric("合約價[[約31億元]]", "31e8", "元", "approx", "")
    d.org("。[[亞洲聯合基建控股有限公司]]（")
    d.org("（[[亞洲聯合基建]]）指出")
    d.metric("手頭合約的[[約九成]]", 90, "%", "approx", "")
    d.metric("總值[[約367億元]]", "367e8", "元", "approx", "")
    d.org("。[[市區重建局]]（")
    d.org("（[[市建局]]）則")
    # W48's Thursday (a weekday inside the span, GUIDELINES 上周五)
    d.date("將於[[本周四]]為", "2026-11-26", "")
    d.metric("可提供[[約1,200伙]]", 1200, "伙", "approx", "")
    # P6 private works (no CITY)
    d.org("放緩。[[屋宇署]]數據")
    d.date("顯示，[[今年首10個月]]私人", Y, "")
    d.metric("動工量[[約9,800伙]]", 9800, "伙", "approx", "")
    d.metric("按年減少[[約24%]]", 24, "%", "approx", "")
    # 同期 written after a year is part of its span and gives the year
    # (GUIDELINES 2019年同期)
    d.date("較[[2025年同期]]少", LY, "")
    d.metric("同期少[[約3,100伙]]", 3100, "伙", "approx", "")
    d.date("已較[[去年]]高位", LY, "")
    # 一成 is a figure (GUIDELINES: 一 is a figure in 一成)
    d.metric("回落[[約一成]]", 10, "%", "approx", "")
    # 不足 inside the span, under (SPEC)
    d.metric("毛利率已[[不足3%]]", 3, "%", "under", "")
    # P7 rail and airport (no CITY)
    d.org("加快。[[港鐵公司]]表示")
    # 綫 of 屯門南延綫 (a railway project's name, no span) is declared
    # outside Big5
    d.date("南延綫[[今年]]批出", Y, "")
    d.metric("總值[[約68億元]]", "68e8", "元", "approx", "")
    d.date("預計[[2030年]]完工", "2030", "")
    d.org("。[[機場管理局]]（")
    d.org("（[[機管局]]）則")
    # Hong Kong's first quarter 首季, 明年 attached (GUIDELINES)
    d.date("將於[[明年首季]]批出", "2027-Q1", "")
    d.metric("價值[[約150億元]]", "150e8", "元", "approx", "")
    # P8 labour (no CITY: 香港 inside the bodies' names; 本港 deictic)
    d.org("人手方面，[[建造業議會]]數據")
    # an end of a month is the month (SPEC 6月底); 截至 outside
    d.date("截至[[10月底]]，", "2026-10", "")
    d.metric("建造業工人[[約52.6萬人]]", "52.6e4", "人", "approx", "")
    d.metric("在職工人[[約31萬人]]", "31e4", "人", "approx", "")
    # ages are METRIC (SPEC 60岁以上), 岁 the unit in simplified form
    d.metric("平均年齡[[約47.8歲]]", "47.8", "岁", "approx", "")
    d.metric("，[[50歲以上]]工人", 50, "岁", "over", "")
    d.metric("工人約佔[[四成]]", 40, "%", "approx", "", sep="約")
    d.org("。[[香港建造商會]]上周五")
    d.date("商會[[上周五]]表示", "2026-11-20", "")
    # 名 the measure word after the number (GUIDELINES 6.3万名)
    d.metric("仍欠[[約1.1萬名]]", "1.1e4", "名", "approx", "")
    d.org("。[[發展局]]同日")
    # 同日 takes the latest day-precision date earlier in the text, 上周五
    # (GUIDELINES)
    d.date("發展局[[同日]]公布", "2026-11-20", "")
    d.metric("獲批名額[[約1.2萬個]]", "1.2e4", "个", "approx", "")
    d.metric("按年減少[[約6%]]；", 6, "%", "approx", "")
    d.org("；[[香港建造業總工會]]則")
    # 轄下 between two names: two ORGs (as 旗下)
    d.org("。[[建造業議會]]轄下")
    d.org("轄下[[香港建造學院]]今年")
    d.date("建造學院[[今年首三季]]培訓", Y, "")
    d.metric("工人[[約4,600人]]", 4600, "人", "approx", "")
    d.metric("就業率[[約87%]]", 87, "%", "approx", "")
    d.date("較[[去年]]提高2", LY, "")
    # 個百分點 is the unit 百分点 (SPEC)
    d.metric("提高[[2個百分點]]", 2, "百分点", "exact", "")
    d.org("；[[香港工程師學會]]亦")
    d.metric("空缺率[[約8%]]", 8, "%", "approx", "")
    # P9 prices and output (no CITY)
    d.org("\n\n[[建築署]]公布")
    # a bare quarter of the reference year (Hong Kong's 第三季 without 度,
    # GUIDELINES)
    d.date("顯示，[[第三季]]指數", "2026-Q3", "")
    d.metric("按年上升[[約3.2%]]", "3.2", "%", "approx", "")
    d.date("升幅較[[第二季]]收窄", "2026-Q2", "")
    d.org("。[[政府統計處]]數據")
    d.date("亦顯示，[[第三季]]建造業", "2026-Q3", "")
    d.metric("總工程量[[約658億元]]", "658e8", "元", "approx", "")
    d.metric("按年增加[[約5.1%]]", "5.1", "%", "approx", "")
    d.metric("工程量佔[[約57%]]", 57, "%", "approx", "")
    d.org("。[[勞工處]]數據")
    d.date("則顯示，[[今年首三季]]建造業工業", Y, "")
    d.metric("工業意外[[約2,180宗]]", 2180, "宗", "approx", "")
    d.metric("按年下降[[約7%]]", 7, "%", "approx", "")
    d.org("。[[香港測量師學會]]估計")
    d.date("估計，[[明年]]本港建築", NY, "")
    # a range of two figures, each with its own unit (SPEC 30至80笔); 介乎
    # no marker
    d.metric("介乎[[2%]]至", 2, "%", "exact", "")
    d.metric("至[[3%]]。", 3, "%", "exact", "")
    # P10 the mainland (深圳, 中山, 珠海, 香港, 深圳 in its second sentence;
    # 香港 in its third)
    d.org("北上。[[香港建造商會]]上月")
    d.date("建造商會[[上月]]組織", "2026-10", SZ)
    d.metric("組織[[約30家]]會員", 30, "家", "approx", SZ)
    # 中山 in a 、-list with two other cities (GUIDELINES: an ambiguous form
    # counts there)
    d.city("赴[[深圳]]、中山")
    d.city("深圳、[[中山]]及珠海")
    d.city("中山及[[珠海]]考察")
    # a city's bureau of two fields joined by 和 (JOINED_NAMES), its city
    # inside (SPEC 天津市网信办)
    d.org("考察，[[深圳市住房和建設局]]介紹")
    # the nearest city before (珠海; 深圳 inside the ORG row is no CITY)
    d.date("介紹，[[今年]]已有", Y, "珠海市")
    d.metric("已有[[約18家]]香港", 18, "家", "approx", "珠海市")
    # the city as a modifier (SPEC 杭州特色): 香港工程及顧問企業
    d.city("約18家[[香港]]工程")
    d.city("在[[深圳]]完成")
    d.org("；[[廣州市住房和城鄉建設局]]則")
    d.date("表示，[[明年]]將在南沙", NY, HK)
    d.metric("推出[[約20個]]項目", 20, "个", "approx", HK)
    d.city("以[[香港]]標準")
    # P11 the outlook (no CITY)
    # the short form the article gave in brackets acts as the company
    d.org("分化。[[惠記]]今年")
    d.date("惠記[[今年首三季]]建築業務", Y, "")
    d.metric("業務收入[[約42億元]]", "42e8", "元", "approx", "")
    d.metric("按年增加[[約11%]]", 11, "%", "approx", "")
    d.org("；[[瑞安建業有限公司]]（")
    d.org("（[[瑞安建業]]）則")
    d.metric("按年減少[[約15%]]", 15, "%", "approx", "")
    d.org("。[[香港建造商會]]預計")
    # yearless holidays: the coming ones (GUIDELINES: 农历新年 is 春节)
    d.date("隨着[[聖誕]]及", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]臨近", "2027-02-06", "")
    # a part of a month (中旬) is the month (SPEC 9月上旬), in a sentence
    # whose period is a yearless holiday: the year that puts it nearest
    # that holiday (GUIDELINES): 2026-12
    d.date("須在[[12月中旬]]前", "2026-12", "")
    d.org("；[[發展局]]亦")
    d.date("計劃在[[明年首季]]推出", "2027-Q1", "")
    d.metric("推出[[約20份]]新工程", 20, "份", "approx", "")
    d.date("估計，[[明年]]本港建造業", NY, "")
    d.metric("可望增加[[約6%]]", 6, "%", "approx", "")
    audit = {
        "orgs": ["發展局", "土木工程拓展署", "土拓署", "建築署", "路政署",
                 "立法會財務委員會", "財委會", "中國建築國際集團有限公司",
                 "中國建築國際", "金門建築有限公司", "渠務署",
                 "惠記集團有限公司", "惠記", "水務署",
                 "中國建築興業集團有限公司", "中國建築股份有限公司",
                 "中國建築", "房屋署", "香港房屋委員會", "房委會",
                 "有利集團有限公司", "有利集團", "亞洲聯合基建控股有限公司",
                 "亞洲聯合基建", "市區重建局", "市建局", "屋宇署",
                 "港鐵公司", "機場管理局", "機管局", "建造業議會",
                 "香港建造商會", "勞工處", "香港建造業總工會",
                 "香港建造學院", "香港工程師學會", "政府統計處",
                 "香港測量師學會", "深圳市住房和建設局",
                 "廣州市住房和城鄉建設局", "瑞安建業有限公司", "瑞安建業"],
        "cities": ["香港", "澳門", "深圳", "東莞", "佛山", "中山", "珠海",
                   # 廣州 only inside an ORG row; absent cities as guards:
                   # none written outside rows
                   "廣州", "北京", "上海", "武漢", "成都", "重慶", "惠州",
                   "江門", "肇慶", "台北", "新加坡", "東京", "南寧"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE: 按年 (x11, year on year: a rate of
        # change), 年齡 (平均年齡: an age's word, the age itself a METRIC);
        # 同期 only inside 2025年同期; 全年, 年內, 每年, 年度, 近期, 日均,
        # 單月 none written
        "words_excluded": {"按年": 11, "年齡": 1, "同期": 0, "全年": 0,
                           "年內": 0, "每年": 0, "年度": 0, "近期": 0,
                           "日均": 0, "單月": 0},
        # generic words outside ORG rows: 公司 (x1, 其母公司: a role,
        # GUIDELINES 母公司美高梅), 署 (x1, 簽署: a verb), 政府 (x2, 政府共批出,
        # 政府須: the government as a level, SPEC 政府); the heads a cut ORG
        # would leave outside (有限公司, 集團, 控股, 委員會, 局, 處, 學會, 商會,
        # 工會, 議會, 學院) and the names and stems before each head (中國建築,
        # 惠記, 有利, 瑞安, 金門, 亞洲聯合, 港鐵, 機管局, 財委會, 房委會, 市建局,
        # 土拓署, 發展局, 立法會, 統計處), none outside rows
        "orgwords_excluded": {"公司": 1, "署": 1, "政府": 2, "有限公司": 0,
                              "集團": 0, "控股": 0, "委員會": 0, "局": 0,
                              "處": 0, "學會": 0, "商會": 0, "工會": 0,
                              "議會": 0, "學院": 0, "中國建築": 0, "惠記": 0,
                              "有利": 0, "瑞安": 0, "金門": 0, "亞洲聯合": 0,
                              "港鐵": 0, "機管局": 0, "財委會": 0,
                              "房委會": 0, "市建局": 0, "土拓署": 0,
                              "發展局": 0, "立法會": 0, "統計處": 0},
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
    halves each title declares (TITLE_HALVES: g319's space after 约1.12万亿元,
    g320's after 約684億元; annotate_qa.py's)."""
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
    half_break(), against that line).  Neither of my titles names a city
    (annotate_vb.py's g314 title took 成都 of its second half for its first
    half's rows); a probe of mine (NOTES_wb.md) writes 香港 into g320's
    second half."""
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
    00919於12月18日除息…，並將於本週四（26日）公告; kept, unused here: neither
    article writes a bare day; check_gloss then asserts the same date as
    the word's)."""
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
    own mention: it carries the month it writes (GUIDELINES 3月5-7日).  Its
    number has one or two digits: a bare 4-digit year (GUIDELINES: 2026赛季
    -> 2026, new in annotate_vb.py's g313) ends with digits too and is no
    range's first end (annotate_vb.py's lookbehind, kept)."""
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])
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
    # (Hong Kong's table, FIXED_HONGKONG, new here: 聖誕 and 元旦 written in
    # traditional characters, 國慶 the mainland's 10-01)
    fixed = (FIXED_TAIWAN if d.doc_id in TAIWAN else FIXED_HONGKONG
             if d.doc_id in HONGKONG else FIXED_MAINLAND)
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
    annotate_ra.py, annotate_ta.py and annotate_vb.py kept it; used here:
    g319's 随着元旦、春节临近，各地将在12月 -> 2026-12 and g320's 隨着聖誕及
    農曆新年臨近，…12月中旬 -> 2026-12; annotate_vb.py's g313 had 随着元旦、
    春节临近，各俱乐部将在1月 -> 2027-01).  The holiday is the first such
    one of the sentence; its date is the table's, recomputed by
    check_holiday()."""
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
    annotate_sa.py's g293 and annotate_ua.py's g305, 年内将新建; kept,
    unused here: neither article writes 年内)."""
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
    g319's 平均回收期由去年的约210天延长至约260天 (the cue 平均; a mutation
    that drops it and writes 增至 for 延长 stops here)."""
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
    METRIC); the complement of check_collective (annotate_ba.py's; kept:
    here g320's 兩份 follows no 、-list; g319's collective labels 两地 and
    三市 are declared and written as no row)."""
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
    PER_UNITS (here g319's 约86万吨/日, GUIDELINES 45万人次/日), and no
    undeclared slash rate stands in the text (annotate_pb.py's check, as
    annotate_ra.py kept it; 公噸 and 公吨 added to its measure words by
    annotate_ua.py, for its g306's 每公噸2,950元; no 每 before a figure
    here)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
        # the denominator stands in the span too (GUIDELINES: 16712元/平方米)
        assert r["text"].endswith(r["unit"].split("/", 1)[1]), r
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](公噸|公吨|吨|噸|筆|笔|艘|公斤|平方米|立方米|平方呎|呎|宗)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check_line3(d, rows):
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_oa.py
    and annotate_vb.py kept it: g319's byline 本报记者 鲁堃 北京报道, whose
    本报 names no outlet (GUIDELINES: not 本报记者; precedent VA's g311) and
    whose 北京, the city filed from, is a CITY (precedent VA's 北京报道); the
    rows stand in the declared order).  An article declared without one
    (LINE3 None: g320, as annotate_vb.py's g314) has its first
    paragraph on the third line, which opens like no byline, dateline or
    opener (记者, 記者, 本报, 本報, 【; annotate_ub.py's check, ported)."""
    lines = d.text.split("\n")
    if LINE3[d.doc_id] is None:
        assert lines[1] == "" and lines[2] != "", d.doc_id
        assert not lines[2].startswith(("记者", "記者", "本报", "本報",
                                        "【")), (d.doc_id, lines[2][:8])
        assert not any(x.startswith("【") for x in lines), d.doc_id
        # the paragraph is no heading by the GUIDELINES definition (a
        # byline line is one)
        assert len(lines[2]) > 40 and set(lines[2]) & HEAD_PUNCT, d.doc_id
        return
    line3, want = LINE3[d.doc_id]
    assert lines[1] == "" and lines[3] == "" and lines[2] == line3, (
        d.doc_id, lines[2])
    s3 = len(lines[0]) + len(lines[1]) + 2
    e3 = s3 + len(line3)
    got = [(r["type"], r["text"]) for r in rows
           if s3 <= r["start"] and r["end"] <= e3]
    assert got == want, (d.doc_id, got)
    for r in rows:                          # no row straddles the line
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
    # each declared no-span character of the third line (堃 of g319's
    # byline; annotate_va.py's ／ of its dateline) stands once, on that
    # line, and in no span (checked per row below)
    for ch in d.no_span_chars:
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == 1, (d.doc_id, ch, places)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        # a declared character of the body that stands in no span (綫 of
        # 屯門南延綫 and 着 of 隨着 in g320: NO_SPAN_WORD, annotate_vb.py's)
        # is inside no row
        assert not any(c in tx for c in d.no_span_word), (
            "a no-span character inside a row", r)
        lines = d.text.split("\n")
        line3 = len(lines[0]) + len(lines[1]) + 2
        for c in d.no_span_chars:       # the declared characters stand in
            assert c in lines[2], c     # the byline or dateline (the third
            # line) before every span but the title's and an outlet's at
            # the start of that line (annotate_fb.py's ASTRAL_BEFORE_BODY:
            # none here: g319's byline opens with 本报; g320 has none)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
        # an astral character of a byline (annotate_vb.py's 𬸘 of its g313;
        # none here, the check kept) stands before every row but
        # the title's and the outlet's (ASTRAL_BEFORE_BODY, annotate_sb.py's
        # reading; a per-row check since annotate_ua.py): a count in UTF-16 units runs
        # one unit ahead of the code points at every body row and agrees
        # with them before it, and a count in bytes runs ahead everywhere
        # after the title's first character
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
            # 多 right before a figure (比去年同期多5项: the verb "more by")
            # is a case SPEC leaves open: it lists 多 among the over-markers
            # with the example 400多万 only, after the number, and GUIDELINES
            # settle 多于 (no marker) and 最多 (no qualifier) but not a bare
            # 多 before the figure; my draft's was rewritten (增加5项,
            # NOTES_wb.md) and none may stand (new here; 最多 allowed)
            assert not (head.endswith(("多", "多達", "多达")) and
                        not head.endswith("最多")), ("多 before the span", r)
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
            # ones, and so did I; Hong Kong's 首 read too, annotate_ub.py's
            # addition, ported: g319 writes 前10个月 bare after 流域 and 全省,
            # g320 writes no bare 首N period)
            if re.fullmatch(r"[前首](\d+[个個]?月|[三3一二四1-4]季度?)", tx):
                assert s > 0 and d.text[s - 1] not in (
                    HEAD_PUNCT | set("：:、（）() \n\u3000")), (
                    "前N个月 opening a clause", r)
                assert not d.text[:s].endswith(
                    ("提", "上市", "离职", "離職")), ("前N个月 after a verb", r)
            # a bare ROC year right before 來 or 以來 (112年来) reads "in the
            # last 112 years" (GUIDELINES), so such a year is written with
            # 民國 or a part of the year (民國89年以來, 113年底以來; new in
            # annotate_na.py; here 民國111年以來)
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
            # JOINED_NAMES, ported: here 中華民國證券投資信託暨顧問商業同業
            # 公會, GUIDELINES 台湾工具机暨零组件工业同业公会; 暨 read too, new
            # here): two listed names merged into one row stop
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
            # (SPEC 福建师范大学行政管理学院; annotate_oc.py's check, kept:
            # g319's 河海大学 has none after it)
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
    # annotate_ia.py's and annotate_ja.py's checks; annotate_vb.py's 滙 of
    # 滙豐; none here: g320's 綫 and 着 stand in no row, NO_SPAN_WORD, checked
    # per row above)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
    # every 旬 stands inside a DATE row (11月上旬): 旬末 and 上一旬, the
    # end of a ten-day period and the period before, are left open by SPEC
    # and GUIDELINES and were rewritten (new in annotate_na.py; used:
    # g320's 12月中旬); no exclusion may cover one
    for m in re.finditer("旬", d.text):
        assert any(r["type"] == "DATE" and r["start"] <= m.start() < r["end"]
                   for r in rows), (d.doc_id, "旬 outside a DATE", m.start())
    # every 伙 (Hong Kong's measure word for flats, declared in S2T_ALLOWED
    # and TRADITIONAL_WORDS) ends a METRIC row whose unit is 伙 (new here:
    # S2T_ALLOWED_WORD confines it to its words, this to its rows)
    for m in re.finditer("伙", d.text):
        assert any(r["type"] == "METRIC" and r["end"] == m.end() and
                   r["unit"] == "伙" for r in rows), (
            d.doc_id, "伙 outside a METRIC row", m.start())
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
        # a traditional article is traditional as its region writes it:
        # OpenCC t2s and back with the region's variant (s2hk for Hong Kong,
        # annotate_ub.py's; s2tw for Taiwan, annotate_ua.py's, kept unused)
        # gives the text again, but for the forms the region's press writes
        # where the round trip writes others (S2HK_KEPT: 周/週, 布/佈, 戶/户,
        # 稅/税; TAIWAN_FORMS: none here; new in annotate_na.py)
        trad = [d for d in built if d.traditional]
        for d in trad:
            variant, kept = (("s2hk", S2HK_KEPT[d.doc_id])
                             if d.doc_id in HONGKONG else
                             ("s2tw", TAIWAN_FORMS))
            back, = t2s_all(t2s_all([d.text]), variant)
            assert len(back) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, back) if a != b}
            assert pairs <= kept, (d.doc_id, pairs - kept)
            # and every declared form occurs (annotate_hb.py's check)
            assert pairs == kept, (d.doc_id, kept - pairs)
            print("OpenCC t2s-%s round trip of %s: only %s differ" % (
                variant, d.doc_id, " ".join(a + "/" + b for a, b in
                                            sorted(pairs))))
        # a character OpenCC t2s leaves alone while s2t changes it is a
        # character of both scripts that the region writes otherwise; none
        # may stand in the text but the declared ones (annotate_ub.py's
        # S2T_ALLOWED check, ported; none here)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            same = [c for c, s in zip(chars, t2s_all(chars)) if s == c]
            fwd = t2s_all(same, "s2t")
            bad = sorted(c for c, x in zip(same, fwd) if x != c)
            assert bad == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                d.doc_id, bad)
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

