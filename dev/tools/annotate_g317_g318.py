#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g317_auto_parts_suppliers_oem_contracts and
g318_taiwan_universities_enrollment_tuition (annotator WA).

Adapted from the precedent set's tools/annotate_va.py (now dev/tools/annotate_g311_g312.py) (/tmp/ho55/precedent:
a simplified mainland article with a byline on the third line and a
traditional Taiwan article with a dateline on the third line, the pair
closest to mine in script, region and layout; copied and the data changed).
My storages differ from both of annotate_va.py's (UTF-8 without a BOM for
its simplified g311 and plain Big5 for its Taiwan g312; GB18030 with a
character outside GBK for my simplified g317 and UTF-16 LITTLE-ENDIAN with a
BOM for my Taiwan g318), so its two storage blocks are replaced by the other
precedent scripts' blocks:
- the GB18030 block of annotate_vb.py (its g313, a mainland article whose
  byline names its outlet, 体坛周报记者 …, and holds characters GBK lacks),
  unchanged but its data: OUTSIDE_GBK declares 𫖮 (U+2B5AE, CJK Extension C,
  GB18030 98 38 F5 36, the gb18030-four-byte-astral kind), the reporter's
  given name on the byline 中国汽车报记者 沈𫖮 宁波报道, in no span; gbk and
  cp936 fail first at its first byte; every line without it is GB2312 byte
  for byte; the byline's outlet 中国汽车报 is an ORG (GUIDELINES' byline rule,
  whose own example is this paper's) and stands before 𫖮, every other row
  but the title's after it, so a count in UTF-16 units runs one unit ahead
  at every body row (ASTRAL_BEFORE_BODY, asserted per row);
- the UTF-16 block of annotate_vc.py (its g316, UTF-16 BIG-endian with a
  BOM, a Macao text with an opener), turned LITTLE-endian (annotate_uc.py's
  order, which annotate_vc.py had turned back) and turned to a Taiwan text:
  exactly one BOM FF FE; utf-16 reads the text, utf-16-le reads U+FEFF and
  the text, utf-16-be another text; the title's 今 = CA 4E after the BOM;
  the file walked code unit by code unit, every ASCII character with its NUL
  byte AFTER it; the legacy codecs and UTF-8 fail or read another text, with
  and without the BOM; its Big5 measure, read on the decoded text, is
  annotate_vb.py's for its UTF-8 Hong Kong text with the cp950 kind that
  annotate_vb.py kept unused: the one character plain Big5 lacks is 碁
  (cp950 F9 D6, Taiwan's ETEN row) of 宏碁, confined to that ORG row
  (IN_ORG; GUIDELINES' own cp950 example, 碁 of 宏碁); cp950 writes the
  whole text, plain big5 fails first at 碁; no character's plain-Big5 and
  cp950 codes differ (BIG5_FORMS declared empty: the opener's ╱ is A2 AC in
  all three codecs, asserted); the opener 【許庭瑄╱台北報導】 (中國時報's
  dateline, written at the head of the first paragraph, annotate_vc.py's
  OPENER block) opens line 3 once and holds the CITY 台北.
It keeps every other check of annotate_va.py: strict decoding, offsets,
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
and recomputed without the table, by region; ROC years only in a Taiwan text
and between 40 and 199; 今（N）年/明（N）年 with the ROC year of the
reference year (used: 今（115）年, 明（116）年, 明（116）年度 in g318);
relative words; 上月 as a baseline (used: 较上月 after 10月 in g317); 上季
and 本季 (kept, unused); 去年同期 (used: after 今年前10个月 and after 10月 in
g317); 同日 (used: 同日 after 昨（21）日 in g318); N年前 (kept, unused); the
bare-day rule (used: 明年1月16日至18日 in g318), the range check and the
bracketed gloss (kept, unused); check_forward (kept, unused);
check_holiday_period (used: 12月 after 元旦、春节 in g317); the 约占 check
(used: 约占22.6% in g317; 約占三成, 約占總收入六成, 約占…的52% in g318);
markers before, touching and after a span; 约为 (used: 约为18%, 约为48.2%
in g317); a marker before a currency written before the number (約新台幣 in
g318); the declared shared unit (used: 1至2个百分点 in g317); the
collective label (used: 合肥、南京两地, 广州、佛山两地 in g317; 高雄、台中兩地
in g318), check_not_collective (used: 兩所 after a list whose items hold 由
and 的 in g318) and check_no_collective_metric; check_time_metric (used:
平均账期约64天, 缩短约29天 in g317); the SHI_NEXT, 市-inside, CITY_STOPS,
CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI (used: 胡志明市), TAIWAN_SHI_ONLY (used:
新竹市) and TW_HK_FOREIGN checks; LINE3 (g317's byline with the ORG
中国汽车报 and the CITY 宁波; g318's opener with the CITY 台北); JOINERS with
暨, JOINED_NAMES, JOINER_CHAR_NAMES and LISTED_PAIRS (used: 宁波市经济和信息化局
与宁波市汽车零部件产业协会 in g317); CODE_LABELS (none here, kept);
check_per_before (kept; no rate and no 每 + measure word here); every 旬
inside a DATE row (kept); the bare ROC year before 來 (kept: g318 writes
民國105年的); a bare 前N个月/前N月/前N季/前三季度 never opening a clause
(used: 企业前10个月 in g317); check_shiyi, check_bare_period and
check_within_year (kept).
Changed or added here: the two storage blocks above; the data, the
declarations and the audits; the calendar asserts of my reference dates
(2026-11-24 and 2026-11-22); check_line3 reads an opener at the head of the
third line (g318's dateline, written as 中國時報 prints it, 【…╱台北報導】,
with the paragraph running on after it) besides a byline line of its own
(g317); a declared character outside plain Big5 stands only in its declared
word with its count (OUTSIDE_BIG5_WORD, checked here as annotate_vb.py
checked it); the comments and docstrings that named annotate_va.py's
articles now name mine, or its articles as its own.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM of g318 removed, nothing else
changed):

- g317 is simplified (mainland, 中国汽车报, 2026-11-24, a Tuesday of ISO
  week 2026-W48), stored as GB18030 without a BOM (the title's 今 = BD F1
  opens the file).  Every character is GB2312 but 𫖮 of the byline (GB18030
  four bytes, outside the BMP), and OpenCC t2s leaves the article unchanged.
  Its byline 中国汽车报记者 沈𫖮 宁波报道 stands on a line of its own under
  the title: the outlet before 记者 is an ORG (GUIDELINES), the city filed
  from (宁波) a CITY.
- g318 is traditional (Taiwan, 中國時報, 2026-11-22, a Sunday, the last day
  of ISO week 2026-W47), stored as UTF-16 LE with a BOM (FF FE, then the
  title's 今 = CA 4E).  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市, foreign cities by the mainland's common names).  A
  Taiwan text: 2-3 digit years before 年 are ROC years (113年 = 2024,
  114年 = 2025, 今（115）年 = 2026, 明（116）年 = 2027, 117年 = 2028,
  民國105年 = 2016).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho55/precedent:
README, NOTES_va/vb/vc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g317_g318.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g317_g318.py
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
G317 = "g317_auto_parts_suppliers_oem_contracts"
G318 = "g318_taiwan_universities_enrollment_tuition"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G317: ("gb18030", b"", False, "2026-11-24", "中国汽车报"),
    G318: ("utf-16-le", BOM16LE, True, "2026-11-22", "中國時報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_va.py kept it: a codec without one would skip every
# byte check)
STORAGE_BLOCKS = ("gb18030", "utf-16-le")
# characters outside the BMP each article declares, in text order: 𫖮
# (U+2B5AE, CJK Extension C) of the reporter's given name on g317's byline;
# none in g318
OUTSIDE_BMP = {G317: ["𫖮"], G318: []}
# characters of the mainland GB18030 article that GBK lacks (GB18030 has
# them), with their GB18030 bytes: 𫖮 (U+2B5AE; yǐ, the simplified form of
# 顗, a character of given names) of the reporter's given name on the byline
# (the third line), in no span (annotate_vb.py's OUTSIDE_GBK, whose 𬸘 and
# 㮾 stood there)
OUTSIDE_GBK = {G317: {"𫖮": b"\x98\x38\xf5\x36"}}
# ... and the kinds they are of (annotate_tb.py's GB18030_KINDS, as
# annotate_vb.py kept it): one "gb18030-four-byte-astral" (four bytes, first
# 90-E3, a character outside the BMP: one code point, two UTF-16 units); the
# "gb18030-four-byte-bmp" and "gb18030-fe-two-byte" kinds are kept in the
# block, unused here
GB18030_KINDS = {G317: Counter({"gb18030-four-byte-astral": 1})}
# characters of the mainland article that GBK and GB18030 write with
# bytes that GB2312 reads as another character (annotate_pc.py's name dot
# of 农民日报·中国农网): none here; the block stays
GB_FORMS = {G317: {}}
# the byline of the GB18030 article, in its parts (annotate_sb.py's byline
# block, as annotate_vb.py kept it): the outlet before 记者, the reporter's
# name holding the declared character, the city filed from before 报道; it
# must spell LINE3's line
BYLINE_PARTS = {G317: ("中国汽车报", ["沈𫖮"], "宁波")}
# articles whose declared astral character stands on the third line before
# every row but the title's and the byline's outlet (annotate_sb.py's
# ASTRAL_BEFORE_BODY, as annotate_vb.py kept it): a count in UTF-16 units
# runs one unit ahead of the code points at every body row
ASTRAL_BEFORE_BODY = {G317}
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 (Taiwan's Big5) holds it: 碁 (U+7881) of 宏碁 (Acer writes its name
# so; GUIDELINES: "Big5 is tried plain, then as Taiwan writes it (cp950: 碁 of
# 宏碁)"), in the ETEN row cp950 adds (F9 D6).  The file is UTF-16: the
# declaration says what a reader that converts the text to a Big5 codec
# meets (annotate_vb.py's reading for its UTF-8 file, annotate_vc.py's for
# its UTF-16 one)
OUTSIDE_BIG5 = {G318: {"碁": True}}
# ... with their cp950 (and Big5-HKSCS) bytes
BIG5_CODE = {"碁": b"\xf9\xd6"}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): one "cp950" (annotate_vb.py kept the kind, unused); the
# "hkscs-low", "hkscs-c6c8" and "hkscs-udf" kinds stay in the block, unused
BIG5_KINDS = {G318: Counter({"cp950": 1})}
# the word each character outside plain Big5 stands in, with its count
# (annotate_tc.py's OUTSIDE_BIG5_WORD, as annotate_vb.py checked it): 碁 in
# 宏碁, once (the ORG row: IN_ORG below)
OUTSIDE_BIG5_WORD = {G318: {"碁": ("宏碁", 1)}}
# the ORG rows each declared character must stand in (annotate_qa.py's
# IN_ORG for 碁 of 宏碁, the same name)
IN_ORG = {G318: {"碁": ("宏碁",)}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes (annotate_va.py's ／ of its dateline): none here (the opener writes
# ╱ U+2571, A2 AC in plain Big5, cp950 and Big5-HKSCS alike, asserted in the
# block); the block stays and asserts that none is written
BIG5_FORMS = {G318: {}}
CP950_READS = {}
# the word each such character stands in, with its count (none)
DECLARED_WORD = {G318: {}}
# code units of the UTF-16 article declared with their bytes (annotate_sa
# .py's DECLARED_UTF16, as annotate_vc.py kept it): none here, every
# character of g318 is one BMP code unit; the surrogate branch stays
DECLARED_UTF16 = {G318: {}}
DECLARED_UTF16_KINDS = {G318: Counter()}
# the spans allowed before the declared characters on the third line: g317's
# outlet (中国汽车报, at the start of the byline)
BEFORE_DECLARED = {G317: {"中国汽车报"}, G318: set()}
# the third line of each article and the rows it holds, exactly: g317's
# byline names its outlet, 中国汽车报, right before 记者 at the start of the
# line (SPEC: news outlets in bylines are ORG; GUIDELINES: a byline at the
# start of a line names its outlet, 中国汽车报记者 周喆 its own example) and
# the city filed from, 宁波 (a sub-provincial city, SPEC; precedent VB's
# 上海报道); g318's third line is its first paragraph, opened by 中國時報's
# dateline in lenticular brackets, 【許庭瑄╱台北報導】 (the paper prints the
# reporter's name without 記者), whose 台北 is the city filed from, a special
# municipality (SPEC; precedent VA's 台南報導): the declared text is then
# that opener, and its rows the rows inside it (OPENER marks the form)
LINE3 = {G317: ("中国汽车报记者 沈𫖮 宁波报道",
                [("ORG", "中国汽车报"), ("CITY", "宁波")]),
         G318: ("【許庭瑄╱台北報導】", [("CITY", "台北")])}
# the articles whose third line opens with a bracketed dateline and runs on
# as the first paragraph (annotate_vc.py's OPENER, whose 【特訊】 held no row)
OPENER = {G318}
# the first character of each file, with its bytes after the BOM (if any):
# g317's title opens with 今 (GB18030 BD F1, no BOM), g318's with 今 (UTF-16
# LE CA 4E, after the BOM FF FE)
FIRST_CHAR = {G317: ("今", b"\xbd\xf1"), G318: ("今", b"\xca\x4e")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g317 two (after 约11%), g318 two (after 逾2.4萬個)
TITLE_HALVES = {G317: 2, G318: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G318}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ta.py's list, itself annotate_sa.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters (annotate_va
# .py's last line those of its g312), and mine adds those of g318's that the
# list lacked, from OpenCC t2s of each character of the article, none of
# them written in it (the check in main() asserts that the list covers them
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
                   # g318's words (their t2s forms, none written in it: 冊
                   # and 註 of 註冊率 (t2s 注册; Taiwan writes 註 for
                   # registration), 薦 of 繁星推薦, 讀 of 就讀, 還 of 還有, 銘
                   # of 銘傳大學)
                   "册荐注读还铭")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count; the list's characters stand nowhere else (annotate_oa.py's 上游 and
# 核准, annotate_ua.py's 下游 and 管制): 獲准 (permitted: Taiwan writes 准
# for permission, as in annotate_oa.py's 核准; t2s keeps it, and the list
# holds 准 as the t2s form of 準), once
TRADITIONAL_WORDS = {G318: {"獲准": 1}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台北, 台灣, 新台幣, 台中, 台南, 台東
# … (s2tw 臺), 占 of 占整體, 約占三成, 約占總收入, 占約四成, 約占學士班名額 (佔),
# 布 of 公布 (佈) (annotate_ua.py's three pairs) and 畫 of 計畫 (s2tw 劃:
# annotate_va.py's pair; here 高教深耕計畫, the ministry's programme, whose
# name Taiwan's government writes with 畫); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g317 (mainland, 2026-11-24, a Tuesday): 元旦 2027-01-01 and 春节 2027-02-06
# (元旦、春节前后: yearless, the coming ones, 38 and 74 days after; 前后
# outside).
# g318 (Taiwan, 2026-11-22, a Sunday): 農曆春節 2027-02-06 (GUIDELINES:
# 农历春节 is 春节; 明年分發入學簡章將於農曆春節前公告: the sentence states
# 明年, and the occurrence nearest the reference date is the same day, 76
# days after; 前 outside).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "農曆春節": "2027-02-06",
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
# the reference dates: g317's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47, 上周五 11-20, 本周一 11-23, 昨日 11-23), g318's 2026-11-22 a Sunday,
# the last day of W47 (so its 上週 is W46, 昨（21）日 11-21, a Saturday);
# 元旦 and 春节 of 2027 38 and 74 days after g317's date, 春节 of 2026 280
# days before it (so the nearest 春节 is 2027's); 農曆春節 of 2027 76 days
# after g318's, that of 2026 278 days before it
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 22).isocalendar()[1:] == (47, 7)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date.fromisocalendar(2026, 48, 1) == datetime.date(2026, 11,
                                                                   23)
assert datetime.date(2026, 11, 21).isoweekday() == 6
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 24)).days == 38
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
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
    # g317 (2026: the municipalities 上海, 重庆; the sub-provincial 宁波,
    # 南京, 武汉, 长春, 广州; the provincial capital 合肥; the prefecture-level
    # 常州, 芜湖, 佛山; the county-level 溧阳 (under 常州, a city since 1990);
    # each + 市; none written with its 市 outside an ORG row: 宁波 inside
    # 宁波继峰汽车零部件股份有限公司, 宁波市经济和信息化局, 宁波市汽车零部件
    # 产业协会 and 宁波海关, 常州 inside 常州星宇车灯股份有限公司 and
    # 常州市工业和信息化局, 芜湖 inside 芜湖市经济和信息化局, 重庆 inside
    # 重庆市经济和信息化委员会, 广州 inside 广州市工业和信息化局, 宁德 inside
    # 宁德时代新能源科技股份有限公司 and 宁德时代 hold no CITY (SPEC: a city
    # inside an organization name); 宁波 and 舟山 of 宁波舟山港 name a port
    # (GUIDELINES: two cities before 港 name one port, no CITY); the foreign
    # 代顿 (Dayton, after its country and state) by its common name)
    "宁波": "宁波市", "溧阳": "溧阳市", "合肥": "合肥市", "南京": "南京市",
    "上海": "上海市", "武汉": "武汉市", "长春": "长春市", "常州": "常州市",
    "代顿": "代顿", "芜湖": "芜湖市", "重庆": "重庆市", "广州": "广州市",
    "佛山": "佛山市",
    # g318 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南 and 高雄 by their full names (SPEC; GUIDELINES: Taiwan
    # cities normalize to the full name) and the provincial city 新竹市, only
    # with its 市 (GUIDELINES; TAIWAN_SHI_ONLY); 香港 and 澳門 by their
    # common names (SPEC); the foreign 吉隆坡, 胡志明市 (its common name ends
    # with 市: FOREIGN_SHI) and 雅加達 -> 雅加达; 台東 is a county, written only
    # inside ORG rows (國立台東大學, 國立台東專科學校), nor is 高雄 inside
    # 國立高雄科技大學, 國立高雄大學 and 高雄市政府青年局 a CITY; 崑山 (the t2s
    # form 昆山 is a county-level city of Jiangsu) stands only inside
    # 崑山科技大學, 中山 only inside 國立中山大學)
    "台北": "台北市", "吉隆坡": "吉隆坡", "胡志明市": "胡志明市",
    "雅加達": "雅加达", "新北": "新北市", "桃園": "桃园市", "香港": "香港",
    "澳門": "澳门", "台南": "台南市", "高雄": "高雄市", "台中": "台中市",
    "新竹市": "新竹市",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"代顿", "吉隆坡", "雅加达", "香港", "澳门"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; annotate_qa.py's 胡志明市): 胡志明市
FOREIGN_SHI = {"胡志明市"}
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 位於新竹市的); the set is GUIDELINES' rule, fixed and
# asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: 吉隆坡, 胡志明市 and 雅加達 are
# spelled alike on both sides, 雅加達 -> 雅加达 by t2s)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g317's ministry
# 工业和信息化部 and the cities' bureaus 芜湖市经济和信息化局, 重庆市经济和
# 信息化委员会, 广州市工业和信息化局, 常州市工业和信息化局, 宁波市经济和信息化局
# (GUIDELINES 上海市文化和旅游局: two fields joined by 和 inside one
# government body); g318's 國家科學及技術委員會 (two fields joined by 及, the
# council's own name) and 教育部技術及職業教育司 (GUIDELINES: a ministry's
# department ends at 司 and keeps every field, 和 too); any other ORG row
# holding a joiner stops (check())
JOINED_NAMES = {G317: ("工业和信息化部", "芜湖市经济和信息化局",
                       "重庆市经济和信息化委员会", "广州市工业和信息化局",
                       "常州市工业和信息化局", "宁波市经济和信息化局"),
                G318: ("國家科學及技術委員會", "教育部技術及職業教育司")}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车), with their counts: none
# here (the check stays)
JOINER_CHAR_NAMES = {G317: {}, G318: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): g317's 宁波市经济和信息化局与宁波市汽车零部件产业协会
# (a bureau and an association that surveyed together); none in g318
LISTED_PAIRS = {G317: (("宁波市经济和信息化局", "宁波市汽车零部件产业协会"),),
                G318: ()}
# rates with a slash denominator the articles write: none (the check and
# the slash-rate audit stay)
PER_UNITS = {G317: (), G318: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (neither article writes a stock
# code or a model name; GWh is a unit, inside its rows); the check stays,
# and the digit, Latin and numeral audits read every figure
CODE_LABELS = {G317: {}, G318: {}}
# ORG span (traditional) -> simplified (written from OpenCC t2s and read
# over by hand; main() checks each against OpenCC t2s again)
ORG_NORM = {
    "大學招生委員會聯合會": "大学招生委员会联合会",
    "招聯會": "招联会",
    "教育部統計處": "教育部统计处",
    "教育部高等教育司": "教育部高等教育司",
    "高教司": "高教司",
    "國立台東大學": "国立台东大学",
    "國立東華大學": "国立东华大学",
    "技專校院招生委員會聯合會": "技专校院招生委员会联合会",
    "技專招聯會": "技专招联会",
    "教育部": "教育部",
    "行政院": "行政院",
    "國家科學及技術委員會": "国家科学及技术委员会",
    "國科會": "国科会",
    "國立成功大學": "国立成功大学",
    "國立中興大學": "国立中兴大学",
    "國立台東專科學校": "国立台东专科学校",
    "國立陽明交通大學": "国立阳明交通大学",
    "國立高雄科技大學": "国立高雄科技大学",
    "教育部技術及職業教育司": "教育部技术及职业教育司",
    "技職司": "技职司",
    "台灣高等教育產業工會": "台湾高等教育产业工会",
    "高教工會": "高教工会",
    "中華民國私立大學校院協進會": "中华民国私立大学校院协进会",
    "私校協進會": "私校协进会",
    "淡江大學": "淡江大学",
    "中國文化大學": "中国文化大学",
    "銘傳大學": "铭传大学",
    "國立政治大學": "国立政治大学",
    "國立台灣科技大學": "国立台湾科技大学",
    "台科大": "台科大",
    "國立台北科技大學": "国立台北科技大学",
    "北科大": "北科大",
    "台積電": "台积电",
    "宏碁": "宏碁",
    "南臺科技大學": "南台科技大学",
    "崑山科技大學": "昆山科技大学",
    "國立中山大學": "国立中山大学",
    "國立高雄大學": "国立高雄大学",
    "台鋼科技大學": "台钢科技大学",
    "高雄市政府青年局": "高雄市政府青年局",
    "國立台灣大學": "国立台湾大学",
    "國立清華大學": "国立清华大学",
    "逢甲大學": "逢甲大学",
    "東海大學": "东海大学",
    "大學甄選入學委員會": "大学甄选入学委员会",
    "甄選會": "甄选会",
    "台大教務處": "台大教务处",
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
        self.astral_before_body = False
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a GBK file that GB2312 reads is GB2312
        # (annotate_tb.py's pair), a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py)
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
        if enc == "gb18030":    # GB18030, THE SIMPLIFIED MAINLAND ARTICLE
            # (annotate_vb.py's block for its g313, itself annotate_ua.py's,
            # annotate_tb.py's after annotate_ob.py's and annotate_nc.py's,
            # with its declared characters on the byline on the third line,
            # where annotate_sb.py had them): the declared characters are
            # the only ones GBK lacks, each written with its declared
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
                    # character GBK left to a private-use code: annotate_ob
                    # .py's 䶮 FE 9F = U+4DAE, CJK Extension A, annotate_tb
                    # .py's; kept, unused here): one BMP code point, one
                    # UTF-16 unit, two bytes like any GB2312 character, so a
                    # count in bytes does not move either
                    assert code[0] == 0xFE and 0x40 <= code[1] <= 0xFE and \
                        code[1] != 0x7F, c
                    assert 0x3400 <= ord(c) <= 0x4DBF, c
                    assert len(c.encode("utf-16-le")) == 2, c
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
                        # (here 𫖮 98 38 F5 36 = U+2B5AE, Extension C): one
                        # code point, two UTF-16 units (annotate_mb.py's
                        # kind)
                        assert ord(c) > 0xFFFF, c
                        assert len(c.encode("utf-16-le")) == 4, c
                        kinds["gb18030-four-byte-astral"] += 1
                    else:
                        # 81-84: a character inside the BMP that GBK lacks
                        # (annotate_vb.py's 㮾 82 31 B7 39 = U+3BBE, Extension
                        # A; annotate_nc.py's kind; none here): one code
                        # point, one UTF-16 unit, four bytes, so a count in
                        # bytes runs two ahead after it
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
            # declared ones (annotate_nc.py's length check, by declaration),
            # so a count in bytes would shift every row after the title's
            # first character
            assert all(len(c.encode(enc)) == len(declared.get(c, "ab"))
                       for c in self.text if ord(c) > 0x7F), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else
                                   len(declared.get(c, "ab"))
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a UTF-16 count runs one unit ahead of the code points for
            # every astral character before a place
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text) + len(OUTSIDE_BMP[doc_id]), doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every line without a declared character is GB2312 (so GBK),
            # byte for byte; the declared characters stand on the byline
            # (the third line) only (annotate_sb.py's place, which
            # annotate_tb.py had moved to the last line)
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
            # not elsewhere)
            first = min(self.text.index(c) for c in outside)
            first_byte = len(self.text[:first].encode(enc))
            for narrow in ("gbk", "cp936"):
                try:
                    raw.decode(narrow)
                    raise AssertionError((doc_id, narrow, "decodes"))
                except UnicodeDecodeError as ex:
                    assert ex.start == first_byte, (doc_id, narrow, ex.start)
            # the Big5 family and the Unicode codecs fail or read another
            # text
            for other in ("big5", "cp950", "big5hkscs", "utf-8",
                          "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            assert not self.traditional, doc_id
            # the declared characters and GB forms stand in no span
            self.no_span_chars = sorted(set(outside) | set(forms))
            # the byline: the outlet, 记者, a space, the reporter's name, a
            # space, the city filed from and 报道, between blank lines
            # (annotate_sb.py's byline block, as annotate_vb.py kept it for
            # its outlet-named byline); the name holds the declared
            # character, after the outlet; LINE3 spells the same line and
            # check_line3 checks its rows
            outlet, names, city = BYLINE_PARTS[doc_id]
            assert lines[2] == outlet + "记者 " + " ".join(names) + " " + \
                city + "报道" == LINE3[doc_id][0], (doc_id, lines[2])
            assert lines[1] == lines[3] == "", doc_id
            for c in outside:
                assert sum(c in n for n in names) == 1 and \
                    lines[2].index(c) > len(outlet), c
            assert all(sum(c in n for c in outside) == 1 for n in names)
            assert all(2 <= len(n) <= 3 for n in names), names
            assert all(self.text.count(n) == 1 for n in names), names
            assert not any(x.startswith("【") for x in lines), doc_id
            # the astral character stands before every row but the title's
            # and the outlet's (ASTRAL_BEFORE_BODY, checked per row in
            # check())
            self.astral_before_body = doc_id in ASTRAL_BEFORE_BODY
            assert self.astral_before_body == any(
                ord(c) > 0xFFFF for c in outside), doc_id
        elif enc == "utf-16-le":    # UTF-16 LITTLE-ENDIAN WITH A BOM, THE
            # TAIWAN ARTICLE (annotate_vc.py's UTF-16 BE block for its Macao
            # g316 turned little-endian, annotate_uc.py's order; its Big5
            # measure read on the decoded text turned to a Taiwan text with
            # annotate_vb.py's cp950 kind, and its opener check kept for
            # 中國時報's dateline): exactly one BOM FF FE, the BOM-aware codec
            # reads the same text, the plain little-endian reading keeps
            # U+FEFF in front (one code point that would shift every offset
            # by one), the big-endian reading is another text
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
            # in little-endian order (今 = U+4ECA, written CA 4E, the low
            # byte first; checked above), not its big-endian 4E CA
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
            # annotate_vc.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # a traditional text: GB2312 cannot write it
            assert self.traditional, doc_id
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # what a converter to a Big5 codec meets (annotate_vb.py's
            # measure for its UTF-8 Hong Kong text, read on the decoded
            # text as annotate_vc.py read its UTF-16 one, with the cp950
            # kind annotate_vb.py kept unused): the characters plain Big5
            # cannot write are exactly the declared ones (碁 of 宏碁, cp950
            # F9 D6), each in its declared word (OUTSIDE_BIG5_WORD)
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
                    assert code.decode("cp950") == c, (doc_id, c)
                    # the ETEN extension row cp950 adds (F9 D6-F9 FE)
                    assert code[0] == 0xF9 and 0xD6 <= code[1] <= 0xFE, c
                    kinds["cp950"] += 1
                elif code[0] < 0xA1:
                    kinds["hkscs-low"] += 1
                elif (code[0], code[1]) >= (0xC6, 0xA1) and \
                        (code[0], code[1]) <= (0xC8, 0xFE):
                    kinds["hkscs-c6c8"] += 1
                else:
                    assert 0xFA <= code[0] <= 0xFE, c
                    assert not decodes(code, "cp950"), (doc_id, c)
                    kinds["hkscs-udf"] += 1
                word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                assert c in word, (doc_id, c)
                assert self.text.count(c) == self.text.count(word) == k, c
            assert kinds == BIG5_KINDS[doc_id], kinds
            self.in_org_span = IN_ORG[doc_id]
            assert set(self.in_org_span) == set(decl), doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones, checked before the renderings below
            # (BIG5_FORMS: annotate_va.py's ／ of its dateline; none here: the
            # opener's ╱, U+2571, is A2 AC in plain Big5, cp950 and
            # Big5-HKSCS alike)
            forms = BIG5_FORMS[doc_id]
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c not in decl and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            assert not forms, (doc_id, "no Big5/cp950 form declared here")
            assert "╱".encode("big5") == "╱".encode("cp950") == \
                "╱".encode("big5hkscs") == b"\xa2\xac"
            # a converter to plain Big5 fails first at the first declared
            # character (annotate_tc.py's measure); cp950 and Big5-HKSCS
            # write the whole text, with the same bytes
            first = min(self.text.index(c) for c in decl)
            try:
                self.text.encode("big5")
                raise AssertionError((doc_id, "big5", "encodes"))
            except UnicodeEncodeError as ex:
                assert ex.start == first, (doc_id, "big5", ex.start)
            b5 = self.text.encode("cp950")
            assert b5 == self.text.encode("big5hkscs"), doc_id
            assert b5 != raw and len(b5) == sum(
                1 if ord(c) < 0x80 else 2 for c in self.text), doc_id
            assert b5.decode("cp950") == b5.decode("big5hkscs") == \
                self.text, doc_id
            # ... and plain big5 fails on those bytes first at the declared
            # character's (annotate_vb.py's measure on the rendering)
            first_byte = len(self.text[:first].encode("cp950"))
            try:
                b5.decode("big5")
                raise AssertionError((doc_id, "big5", "decodes"))
            except UnicodeDecodeError as ex:
                assert ex.start == first_byte, (doc_id, "big5", ex.start)
            # every line without a declared character is the same in plain
            # Big5, cp950 and Big5-HKSCS, byte for byte, and reads back
            # alike in all three; a line with one is plain Big5 and cp950
            # alike between its declared characters (annotate_vb.py's
            # reading)
            for line in lines:
                if not any(c in decl for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950") == line.encode(
                        "big5hkscs"), line
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        line
                else:
                    for part in re.split("|".join(decl), line):
                        b = part.encode("big5")
                        assert b == part.encode("cp950") == part.encode(
                            "big5hkscs"), part
                        assert b.decode("big5") == part
            # the opener (annotate_vc.py's OPENER block, after annotate_sc
            # .py's and annotate_tc.py's 【本報消息】): 中國時報's dateline
            # 【…╱台北報導】 opens line 3, the first paragraph, once; no other
            # line opens with 【; LINE3 declares it and check_line3 checks
            # its rows
            assert lines[1] == "" and lines[2] != "", doc_id
            assert doc_id in OPENER, doc_id
            opener = LINE3[doc_id][0]
            assert lines[2].startswith(opener) and len(lines[2]) > \
                len(opener), doc_id
            assert self.text.count(opener) == 1, doc_id
            assert opener[0] == "【" and opener[-1] == "】", opener
            assert re.fullmatch(r"【[\u4e00-\u9fff]{2,3}╱[\u4e00-\u9fff]{2,3}"
                                r"報導】", opener), opener
            assert sum(x.startswith("【") for x in lines) == 1, doc_id
            assert self.text.count("【") == self.text.count("】") == 1
        else:
            raise AssertionError((doc_id, "no storage block for", enc))
        # a traditional article declares its region, Taiwan here, and a
        # simplified one is mainland (annotate_lb.py's region check, after
        # annotate_ec.py, as annotate_ma.py ported it: a simplified article
        # declared traditional stopped only with a KeyError in ORG_NORM
        # before it)
        assert self.traditional == (doc_id in TAIWAN), (doc_id, "region")
        if self.traditional:    # a Taiwan text: every character plain Big5
            # but the declared ones (碁), and cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # and the declared characters are cp950's, none of them a HKSCS
            # one that cp950 lacks
            assert all(enc_ok(c, "cp950") for c in OUTSIDE_BIG5[doc_id])
        else:
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones (annotate_vb.py's mainland check)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in OUTSIDE_GBK.get(
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
            # annotate_ua.py's 下游 and 管制; none here)
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
# g317 Auto parts suppliers in November 2026: the national figures (中汽协
# 昨日: 今年前10个月, 上半年, 10月; 国家统计局 今年前10个月); batteries (中国
# 汽车动力电池产业创新联盟 10月, 今年前10个月; 宁德时代, 比亚迪 and 弗迪电池有限
# 公司, 中创新航, 国轩高科: 合肥、南京两地 四季度; 宁德时代 上周五, 奇瑞汽车,
# 溧阳 本月); seats (继峰股份 本周一, 2027年二季度, 今年前三季度; 上汽集团 and
# 华域汽车系统股份有限公司: 上海, 武汉, 长春); lamps (星宇股份 今年前三季度;
# 常州 三季度; 明年); glass (福耀玻璃 今年前三季度; 代顿 上月; 信义玻璃, 芜湖
# 明年一季度); chips (地平线机器人 上周; 芯驰科技, 南京; 工信部 今年前10个月,
# 去年同期); carmakers and city bureaus (奇瑞汽车股份有限公司 10月, 芜湖;
# 芜湖市经济和信息化局 前10个月; 重庆: 赛力斯, 长安汽车 今年, 重庆市经济和
# 信息化委员会 年底; 广州市工业和信息化局, 广州、佛山两地 今年, 广汽集团);
# clusters (常州: 常州市工业和信息化局 今年前10个月, 理想汽车, 比亚迪; 宁波:
# 宁波市经济和信息化局与宁波市汽车零部件产业协会 上周, 四季度, 拓普集团,
# 均胜电子); payment terms and price cuts (中汽协 10月, 去年同期, 今年);
# exports (宁波海关 今年前10个月, 宁波舟山港; 海关总署 10月, 上月); the
# outlook (明年, 中汽协; 元旦, 春节, 12月).  Simplified, GB18030 without a
# BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 中国汽车报; its byline
# 中国汽车报记者 沈𫖮 宁波报道 names the outlet and the city filed from; 𫖮
# is outside GBK and the BMP (declared).  昨日 2026-11-23; 本周一 2026-11-23;
# 上周五 2026-11-20; 上周 2026-W47; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g317():
    d = Doc(G317)
    Y, NY, OCT, NOV = "2026", "2027", "2026-10", "2026-11"
    # title (a heading that opens with no city: no section, and it names
    # none, so the title's rows take no city); 今年 attached to 前10个月
    # (SPEC), several months of a year: the year
    d.date("[[今年前10个月]]汽车零部件出口增", Y, "")
    d.metric("出口增[[约11%]] 座椅", 11, "%", "approx", "")
    # a bare magnitude with a marker (GUIDELINES: 近百, 上千, 过万; SPEC 超
    # is over): 超百亿元 -> 10000000000 元, over
    d.metric("定点[[超百亿元]]", "1e10", "元", "over", "")
    # the byline: the outlet before 记者 (SPEC: news outlets in bylines;
    # GUIDELINES: 中国汽车报记者 周喆), the city filed from before 报道
    d.org("[[中国汽车报]]记者")
    d.city("沈𫖮 [[宁波]]报道")
    # P1 the national figures (no CITY)
    d.org("\n\n[[中国汽车工业协会]]（")
    # a bracketed short form made of the name's characters in order
    # (中…汽…协), quotes outside (GUIDELINES)
    d.org("以下简称“[[中汽协]]”）昨日")
    d.date("中汽协”）[[昨日]]发布", "2026-11-23", "")
    d.date("显示，[[今年前10个月]]我国", Y, "")
    # 亿美元: 美元 the currency as written (SPEC)
    d.metric("出口额[[约742亿美元]]", "742e8", "美元", "approx", "")
    d.metric("同比增长[[约11.3%]]", "11.3", "%", "approx", "")
    # several months of a year: the year (SPEC 上半年); 较 outside
    d.date("增速较[[上半年]]加快", Y, "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("加快[[1.6个百分点]]", "1.6", "百分点", "exact", "")
    d.date("其中[[10月]]出口", OCT, "")
    d.metric("出口[[约79亿美元]]", "79e8", "美元", "approx", "")
    d.metric("环比增长[[约4%]]。中汽协", 4, "%", "approx", "")
    d.org("。[[中汽协]]相关负责人表示，全国")
    # 今年 attached; 前10个月 right after the noun it is about
    # (GUIDELINES 全市前10个月)
    d.date("全国汽车[[今年前10个月]]销量", Y, "")
    # 辆 the measure word as written (SPEC)
    d.metric("销量[[约2795万辆]]", "2795e4", "辆", "approx", "")
    d.metric("新能源汽车[[约1410万辆]]", "1410e4", "辆", "approx", "")
    # 升至 a value word: exact
    d.metric("占比升至[[50.4%]]", "50.4", "%", "exact", "")
    d.org("。[[国家统计局]]数据")
    d.date("汽车制造业[[今年前10个月]]增加值", Y, "")
    d.metric("同比增长[[约9.8%]]", "9.8", "%", "approx", "")
    # P2 batteries (合肥, 南京 in the third sentence; 溧阳 in the fourth)
    d.org("电池领域，[[中国汽车动力电池产业创新联盟]]统计")
    d.date("统计，[[10月]]国内", OCT, "")
    # GWh a unit as written (GUIDELINES: units 股, 标准箱, GWh, MW)
    d.metric("装车量[[约78.6GWh]]", "78.6", "GWh", "approx", "")
    d.metric("同比增长[[约39%]]", 39, "%", "approx", "")
    d.date("，[[今年前10个月]]累计", Y, "")
    d.metric("累计[[约612GWh]]", 612, "GWh", "approx", "")
    d.org("。[[宁德时代新能源科技股份有限公司]]（")
    # a bracketed short form (宁…德…时…代), its city inside the name: no
    # CITY (SPEC)
    d.org("以下简称“[[宁德时代]]”）以")
    d.metric("以[[约43.5%]]的份额", "43.5", "%", "approx", "")
    # 旗下 between two names: two ORGs (GUIDELINES 富邦金控子公司富邦人寿;
    # precedents)
    d.org("，[[比亚迪]]旗下弗迪")
    d.org("旗下[[弗迪电池有限公司]]约占")
    # 约 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("约占[[22.6%]]", "22.6", "%", "approx", "", sep="约")
    # two companies listed with 、 (names by their news short forms)
    d.org("，[[中创新航]]、国轩")
    d.org("中创新航、[[国轩高科]]分列")
    d.org("。[[国轩高科]]相关负责人")
    # two cities before their collective label 两地 (SPEC 两地: no METRIC;
    # GUIDELINES; the list opens its clause; audited below)
    d.city("表示，[[合肥]]、南京两地")
    d.city("合肥、[[南京]]两地")
    # a bare quarter of the reference year; the rule gives the nearest city
    # before (南京, the list's last), though the plans are both cities':
    # the rule as written
    d.date("两地基地[[四季度]]排产", "2026-Q4", "南京市")
    d.metric("环比增加[[约15%]]", 15, "%", "approx", "南京市")
    d.org("。[[宁德时代]]上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday; 同 "with"
    # after a weekday (GUIDELINES 上周六同黄山旅游签约); the rule gives the
    # first city after (溧阳)
    d.date("宁德时代[[上周五]]同奇瑞", "2026-11-20", "溧阳市")
    d.org("同[[奇瑞汽车]]签署")
    # a county-level city (溧阳市, under 常州) as the place of a plant
    d.city("位于[[溧阳]]的")
    d.date("新产线[[本月]]投产", NOV, "溧阳市")
    d.metric("新增产能[[约40GWh]]", 40, "GWh", "approx", "溧阳市")
    # P3 seats (上海, 武汉, 长春 at the end of the third sentence)
    # a registered name keeps its city in front (GUIDELINES: names found by
    # suffix keep any place in front): no CITY
    d.org("座椅领域，[[宁波继峰汽车零部件股份有限公司]]（")
    # a bracketed short form (继…峰…股份)
    d.org("以下简称“[[继峰股份]]”）本周一")
    # a weekday inside the span: W48's Monday, the day before the reference
    # date
    d.date("继峰股份”）[[本周一]]公告", "2026-11-23", "")
    # 两 before a measure word, no list before it: a count (SPEC: Chinese
    # numerals; check_not_collective)
    d.metric("获得[[两个]]乘用车", 2, "个", "exact", "")
    d.metric("总金额[[约168亿元]]", "168e8", "元", "approx", "")
    # a quarter of a written year, one span; 起 outside
    d.date("将于[[2027年二季度]]起", "2027-Q2", "")
    # several quarters of a year: the year (SPEC); 今年 attached
    d.date("量产。[[今年前三季度]]，继峰", Y, "")
    d.org("，[[继峰股份]]乘用车")
    d.metric("业务收入[[约46.8亿元]]", "46.8e8", "元", "approx", "")
    # 倍 a multiple (SPEC 10倍)
    d.metric("同比增长[[约1.2倍]]", "1.2", "倍", "approx", "")
    d.metric("订单[[超过30个]]", 30, "个", "over", "")
    d.org("。[[上汽集团]]旗下华域")
    d.org("旗下[[华域汽车系统股份有限公司]]则")
    d.org("来自[[上汽集团]]以外")
    # the rule gives the first city after (上海) to the figures before it
    # and the nearest before (长春, the list's last) to the utilization,
    # though they are the company's: the rule as written
    d.metric("提高至[[约58%]]", 58, "%", "approx", "上海市")
    d.metric("配套价值[[约4600元]]", 4600, "元", "approx", "上海市")
    # a list sharing one head (SPEC 广州、深圳等机场): each a CITY
    d.city("在[[上海]]、武汉")
    d.city("上海、[[武汉]]、长春")
    d.city("武汉、[[长春]]等地")
    d.metric("利用率[[超过85%]]", 85, "%", "over", "长春市")
    # P4 lamps (常州 in the second sentence; the clause after ； names none)
    d.org("车灯领域，[[常州星宇车灯股份有限公司]]（")
    # a bracketed short form (星…宇…股份)
    d.org("以下简称“[[星宇股份]]”）今年")
    # 今年 attached (a bare 前三季度 right after a bracket would open its
    # clause: the precedent check)
    d.date("星宇股份”）[[今年前三季度]]营业", Y, "")
    d.metric("营业收入[[约119亿元]]", "119e8", "元", "approx", "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.metric("占比升至[[约21%]]", 21, "%", "approx", "")
    d.city("公司在[[常州]]的新工厂")
    # a bare quarter of the reference year
    d.date("新工厂[[三季度]]产量", "2026-Q3", "常州市")
    # 套 the measure word as written (SPEC)
    d.metric("产量[[约185万套]]", "185e4", "套", "approx", "常州市")
    d.metric("环比增长[[约9%]]；", 9, "%", "approx", "常州市")
    # 明年 from the reference year (GUIDELINES)
    d.date("塞尔维亚工厂[[明年]]将", NY, "")
    # 两 before its measure word 条, no list before it: a count
    d.metric("新增[[两条]]产线", 2, "条", "exact", "")
    # P5 glass (代顿 in the second sentence, 芜湖 in the third)
    d.org("玻璃领域，[[福耀玻璃工业集团股份有限公司]]（")
    # a bracketed short form (福…耀…玻璃)
    d.org("以下简称“[[福耀玻璃]]”）今年")
    d.date("福耀玻璃”）[[今年前三季度]]营业", Y, "")
    d.metric("营业收入[[约352亿元]]", "352e8", "元", "approx", "")
    d.metric("同比增长[[约16%]]", 16, "%", "approx", "")
    d.metric("海外收入占比[[约44%]]", 44, "%", "approx", "")
    # a foreign city after its country and state (GUIDELINES: 美国亚利桑那州
    # 凤凰城), by its common Chinese name (SPEC)
    d.city("俄亥俄州[[代顿]]的工厂")
    d.date("工厂[[上月]]完成扩产", OCT, "代顿")
    d.metric("提升至[[约650万套]]", "650e4", "套", "approx", "代顿")
    # a company acting (相关负责人表示: GUIDELINES' context word 负责人)
    d.org("。[[信义玻璃]]相关负责人")
    d.city("公司在[[芜湖]]的生产基地")
    # 明年 attached to a quarter, one span (GUIDELINES 明年一季度)
    d.date("排至[[明年一季度]]", "2027-Q1", "芜湖市")
    # P6 chips (南京 after the ；; the 工信部 sentence names none)
    d.org("提速。[[地平线机器人]]上周")
    # 上周 the ISO week before the reference date's W48
    d.date("地平线机器人[[上周]]公布", "2026-W47", "")
    # 突破 an over-marker inside the span (SPEC 突破百万); 片 as written
    d.metric("出货量[[突破1000万片]]", "1000e4", "片", "over", "")
    d.org("；[[芯驰科技]]在南京")
    d.city("芯驰科技在[[南京]]新建")
    # 颗 the measure word as written
    d.metric("年测试能力[[约2400万颗]]", "2400e4", "颗", "approx", "南京市")
    # a ministry of two fields joined by 和, one ORG (JOINED_NAMES) and its
    # bracketed short form (工…信…部)
    d.org("。[[工业和信息化部]]（")
    d.org("以下简称“[[工信部]]”）相关")
    d.date("透露，[[今年前10个月]]国产", Y, "")
    # 约为: a marker separated by the verb 为, outside, approx (GUIDELINES
    # 约为19% -> 19%)
    d.metric("比例约为[[18%]]", 18, "%", "approx", "", sep="约")
    # 去年同期 follows its sentence's period, 今年前10个月, a period with no
    # ISO form: the year a year earlier (SPEC)
    d.date("较[[去年同期]]提高", "2025", "")
    d.metric("提高[[约5个百分点]]。", 5, "百分点", "approx", "")
    # P7 carmakers and the cities' bureaus (芜湖 in the first sentence; 重庆
    # in the second; 广州, 佛山 in the third)
    d.org("本地化。[[奇瑞汽车股份有限公司]]10月")
    # the rule gives the first city after (芜湖)
    d.date("有限公司[[10月]]在芜湖", OCT, "芜湖市")
    d.city("10月在[[芜湖]]新增")
    d.metric("供应商[[约60家]]", 60, "家", "approx", "芜湖市")
    # a city's bureau of two fields joined by 和 (GUIDELINES 上海市文化和
    # 旅游局), its city inside: no CITY
    d.org("，[[芜湖市经济和信息化局]]数据")
    # 前10个月 right after the noun it is about (GUIDELINES 全市前10个月),
    # not opening a clause
    d.date("规模以上企业[[前10个月]]产值", Y, "芜湖市")
    d.metric("产值[[约2150亿元]]", "2150e8", "元", "approx", "芜湖市")
    d.metric("同比增长[[约12.5%]]", "12.5", "%", "approx", "芜湖市")
    d.city("。[[重庆]]方面")
    d.org("，[[赛力斯]]、长安")
    d.org("赛力斯、[[长安汽车]]今年")
    d.date("长安汽车[[今年]]新引入", Y, "重庆市")
    d.metric("配套企业[[约90家]]", 90, "家", "approx", "重庆市")
    d.org("，[[重庆市经济和信息化委员会]]预计")
    # 年底 the reference year (SPEC)
    d.date("配套率[[年底]]将", Y, "重庆市")
    d.metric("达到[[约75%]]", 75, "%", "approx", "重庆市")
    d.org("。[[广州市工业和信息化局]]则表示")
    # two cities before their collective label 两地, the list opening its
    # clause (GUIDELINES; audited below)
    d.city("表示，[[广州]]、佛山两地")
    d.city("广州、[[佛山]]两地")
    # the rule gives the nearest city before (佛山, the list's last)
    d.date("两地[[今年]]为广汽", Y, "佛山市")
    d.org("为[[广汽集团]]新增")
    d.metric("配套项目[[约140个]]", 140, "个", "approx", "佛山市")
    # P8 clusters (常州 in the first sentence, 宁波 in the second)
    d.city("在[[常州]]，常州市")
    d.org("，[[常州市工业和信息化局]]统计")
    d.date("产业集群[[今年前10个月]]产值", Y, "常州市")
    d.metric("产值[[约4960亿元]]", "4960e8", "元", "approx", "常州市")
    d.metric("同比增长[[约14%]]", 14, "%", "approx", "常州市")
    d.org("，[[理想汽车]]、比亚迪")
    d.org("理想汽车、[[比亚迪]]在常州")
    d.city("比亚迪在[[常州]]的整车")
    d.metric("配套企业[[超过1200家]]", 1200, "家", "over", "常州市")
    d.city("。[[宁波]]方面")
    # a bureau and an association joined by 与: two ORGs (LISTED_PAIRS)
    d.org("，[[宁波市经济和信息化局]]与")
    d.org("与[[宁波市汽车零部件产业协会]]上周")
    d.date("产业协会[[上周]]联合", "2026-W47", "宁波市")
    # 七成 -> 70 %, 约 touching, inside (SPEC 近6成)
    d.metric("当地[[约七成]]受访", 70, "%", "approx", "宁波市")
    d.date("零部件企业[[四季度]]订单", "2026-Q4", "宁波市")
    # items before 等企业 are ORGs (GUIDELINES)
    d.org("，[[拓普集团]]、均胜")
    d.org("拓普集团、[[均胜电子]]等企业")
    # 均 a distributive, no marker; 超过 inside, over
    d.metric("均[[超过三成]]", 30, "%", "over", "宁波市")
    # P9 payment terms and price cuts (no CITY)
    d.org("。[[中汽协]]抽样调查")
    d.date("样本零部件企业[[10月]]平均", OCT, "")
    # time figures after the statistic cue 平均, and after 缩短 (GUIDELINES:
    # 天 counts only after a statistic cue; 缩短 is one): METRICs, unit 天
    d.metric("账期[[约64天]]", 64, "天", "approx", "")
    # 去年同期 follows its sentence's period, 10月: that month a year
    # earlier (SPEC)
    d.date("较[[去年同期]]缩短", "2025-10", "")
    d.metric("缩短[[约29天]]", 29, "天", "approx", "")
    d.date("部分车企[[今年]]提出", Y, "")
    d.metric("幅度由[[约4%]]收窄", 4, "%", "approx", "")
    d.metric("收窄至[[约2.5%]]", "2.5", "%", "approx", "")
    # P10 exports (宁波 inside its customs and inside the port's name: no
    # CITY; 墨西哥, 巴西 countries)
    # a customs district (GUIDELINES: 南通海关), its city inside
    d.org("出口方面，[[宁波海关]]统计")
    d.date("统计，[[今年前10个月]]通过", Y, "")
    d.metric("货值[[约1180亿元]]", "1180e8", "元", "approx", "")
    d.metric("同比增长[[约9.6%]]", "9.6", "%", "approx", "")
    # two figures, each with its own 约 and %
    d.metric("分别增长[[约23%]]和", 23, "%", "approx", "")
    d.metric("23%和[[约18%]]。", 18, "%", "approx", "")
    d.org("。[[海关总署]]数据")
    d.date("显示，[[10月]]全国", OCT, "")
    d.metric("占比约为[[48.2%]]", "48.2", "%", "approx", "", sep="约")
    # 上月 as a baseline after 较: the month before the last month its
    # sentence states, 10月 (GUIDELINES 10月营收…较上月 -> 09)
    d.date("较[[上月]]提高", "2026-09", "")
    d.metric("提高[[0.7个百分点]]", "0.7", "百分点", "exact", "")
    # P11 the outlook (no CITY)
    d.date("展望[[明年]]，中汽协", NY, "")
    d.org("，[[中汽协]]预计")
    # 左右 inside the span (SPEC 3.6万户左右)
    d.metric("保持在[[8%左右]]", 8, "%", "approx", "")
    # yearless holidays: the coming ones (GUIDELINES); 前后 outside
    d.date("提醒，[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    # a month with no year in a sentence whose period is a yearless holiday
    # takes the year that puts it nearest that holiday (GUIDELINES 元旦假期…
    # 12月31日 -> 2026-12-31): 2026-12
    d.date("备货期，[[12月]]零部件", "2026-12", "")
    # a range is two mentions sharing the unit written once after the last
    # (SPEC 30至80笔): 1 declared with the shared 个百分点 (unit 百分点)
    d.metric("挤压[[1]]至2个百分点", 1, "百分点", "exact", "",
             shared="个百分点")
    d.metric("1至[[2个百分点]]", 2, "百分点", "exact", "")
    audit = {
        "orgs": ["中国汽车报", "中国汽车工业协会", "中汽协", "国家统计局",
                 "中国汽车动力电池产业创新联盟",
                 "宁德时代新能源科技股份有限公司", "宁德时代", "比亚迪",
                 "弗迪电池有限公司", "中创新航", "国轩高科", "奇瑞汽车",
                 "宁波继峰汽车零部件股份有限公司", "继峰股份", "上汽集团",
                 "华域汽车系统股份有限公司", "常州星宇车灯股份有限公司",
                 "星宇股份", "福耀玻璃工业集团股份有限公司", "福耀玻璃",
                 "信义玻璃", "地平线机器人", "芯驰科技", "工业和信息化部",
                 "工信部", "奇瑞汽车股份有限公司", "芜湖市经济和信息化局",
                 "赛力斯", "长安汽车", "重庆市经济和信息化委员会",
                 "广州市工业和信息化局", "广汽集团", "常州市工业和信息化局",
                 "理想汽车", "宁波市经济和信息化局",
                 "宁波市汽车零部件产业协会", "拓普集团", "均胜电子",
                 "宁波海关", "海关总署"],
        "cities": ["宁波", "溧阳", "合肥", "南京", "上海", "武汉", "长春",
                   "常州", "代顿", "芜湖", "重庆", "广州", "佛山",
                   # cities written only inside ORG rows or the port's name
                   # (SPEC: no CITY; GUIDELINES: 宁波舟山港 no CITY)
                   "宁德", "舟山",
                   # absent cities as guards: none written
                   "北京", "天津", "深圳", "杭州", "苏州", "无锡", "西安",
                   "长沙", "柳州", "台州", "温州", "嘉兴", "福清", "香港",
                   "底特律"],
        # the port: 宁波舟山港 (GUIDELINES: two cities before 港 name one
        # port, neither CITY nor ORG)
        "excluded": ["[[宁波舟山港]]"],
        "numbers_excluded": [],
        # 三 and 四 of 分列第三、第四 (ranks after 分列: no figures,
        # GUIDELINES; ordinals, SPEC), 一 of 一级供应商 (a tier of suppliers:
        # a tier label, SPEC 一线城市)
        "cn_excluded": ["分列第[[三]]、", "第三、第[[四]]。", "本地[[一]]级"],
        # 两 of 合肥、南京两地 and of 广州、佛山两地: the collective labels of
        # the cities just listed (SPEC 两地; GUIDELINES), no METRIC
        # (check_collective)
        "collectives": [("南京[[两]]地", 2), ("佛山[[两]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE: 生命周期 (a product's life cycle: 周 of a
        # word), 年产能 and 年测试能力 (yearly capacities: 年 of a word, no
        # year), 天幕 (a glass roof: 天 of a word), 年降 (carmakers' yearly
        # price cuts); 同期 only inside 去年同期; 全年, 每年, 年度, 近期, 日均
        # (none written)
        "words_excluded": {"生命周期": 1, "年产能": 1, "天幕": 1, "年测试": 1,
                           "年降": 1, "同期": 0, "全年": 0, "每年": 0,
                           "年度": 0, "近期": 1, "日均": 0},
        # generic words outside ORG rows (read-backs and kinds), then the
        # heads and names a cut ORG would leave outside, none outside rows
        "orgwords_excluded": {"公司": 3, "集团": 0, "协会": 0, "联盟": 0,
                              "股份有限公司": 0, "有限公司": 0,
                              "信息化局": 0, "委员会": 0, "海关": 0,
                              "总署": 0, "统计局": 0, "工业协会": 0,
                              "继峰": 0, "星宇": 0, "福耀": 0, "华域": 0,
                              "弗迪": 0, "宁德时代": 0, "奇瑞": 0, "信义": 0,
                              "地平线": 0, "芯驰": 0, "赛力斯": 0, "长安": 0,
                              "广汽": 0, "理想": 0, "拓普": 0, "均胜": 0,
                              "中创": 0, "国轩": 0, "上汽": 0, "中汽协": 0,
                              "工信部": 0, "汽车报": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g318 Taiwan's universities in November 2026: the opener (台北) and the
# national figures (招聯會 昨（21）日; 教育部統計處 同日: 今（115）年, 114年;
# 高教司 去年); vacancies (招聯會 今年: 國立台東大學, 國立東華大學; 技專招聯會
# 去年); tuition (教育部 上月, 明（116）年; 行政院 113年; 明年, 明（116）年度);
# funding (教育部 明年, 今年; 國科會 with 國立成功大學, 國立中興大學 明年;
# teachers 114年); mergers (國立台東專科學校 into 國立台東大學: 上週, 117年8月;
# 國立陽明交通大學, 國立高雄科技大學; 技職司 民國105年, 明年); private schools
# (教育部 去年底; 高教工會; 私校協進會; 淡江大學, 中國文化大學 今年, 明年);
# international students (今年: 吉隆坡, 胡志明市, 雅加達; 台北, 新北, 桃園;
# 香港, 澳門 去年; 銘傳大學, 國立政治大學 今年, 明年); technical universities
# (台科大, 北科大 今年 with 台積電, 宏碁; 南臺科技大學, 崑山科技大學, 台南
# 今年); regions (高雄、台中兩地 今年; 國立中山大學, 國立高雄大學, 台鋼科技大學;
# 高雄市政府青年局 今年; 國立台灣大學, 國立清華大學, 新竹市 and 國立陽明交通
# 大學; 逢甲大學, 東海大學, 台中); the outlook (明年: 甄選會 明年, 今年;
# 明年1月16日至18日; 教育部 明（116）年, 117年; 招聯會 明年, 農曆春節; 台大
# 教務處 明年).  Traditional as Taiwan writes it (台, 占, 公布, 計畫, 上週,
# 年增, 新台幣, 億, 萬, 2萬4,300-style figures, ROC years), stored as
# UTF-16 LE with a BOM, 2026-11-22 (a Sunday, the last day of ISO week
# 2026-W47), 中國時報; its first paragraph opens with the dateline
# 【許庭瑄╱台北報導】 (no outlet; the CITY 台北).  昨（21）日 2026-11-21;
# 上週 2026-W46; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g318():
    d = Doc(G318)
    Y, NY, LY, OCT = "2026", "2027", "2025", "2026-10"
    TN, TC, NC = "台南市", "台中市", "新竹市"
    # title (a heading that opens with no city and names none); the
    # bracketed ROC year of 今, one span (GUIDELINES 今（115）年)
    d.date("[[今（115）年]]大專新生", Y, "")
    # 逾 over; 萬 the magnitude, 個 -> 个 (t2s)
    d.metric("缺額[[逾2.4萬個]]", "2.4e4", "个", "over", "")
    d.date("補助[[明年]]擬增", NY, "")
    d.metric("擬增至[[4萬元]]", "4e4", "元", "exact", "")
    # P1 (the opener: 台北 the city filed from, a special municipality,
    # SPEC; precedent VA's 台南報導)
    d.city("╱[[台北]]報導")
    # the rule gives the opener's 台北 (nearest before, in the paragraph's
    # first sentence) to the dates and figures of that sentence, though they
    # are the country's: the rule as written
    d.org("】[[大學招生委員會聯合會]]（")
    # a bracketed short form (招…聯…會)
    d.org("（[[招聯會]]）昨")
    # 昨（21）日 one span (SPEC 今（5）日; GUIDELINES 昨（2）日)
    d.date("招聯會）[[昨（21）日]]召開", "2026-11-21", "台北市")
    # a ministry's department written right after it, one ORG (GUIDELINES:
    # unlike a bare 统计处, 经济部统计处 is the ministry's)
    d.org("，[[教育部統計處]]同日")
    # 同日 takes the latest day-precision date earlier in the text (SPEC,
    # GUIDELINES): 昨（21）日
    d.date("教育部統計處[[同日]]公布", "2026-11-21", "台北市")
    d.date("公布，[[今（115）年]]大專", Y, "台北市")
    d.metric("註冊率[[約87.6%]]", "87.6", "%", "approx", "台北市")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023); 較 outside
    d.date("較[[114年]]下滑", LY, "台北市")
    # 個百分點 is the unit 百分点 (SPEC)
    d.metric("下滑[[1.9個百分點]]", "1.9", "百分点", "exact", "台北市")
    # a magnitude and a last section of three or four digits are one
    # figure (GUIDELINES 2萬6,512棟)
    d.metric("新生缺額[[約2萬4,300個]]", 24300, "个", "approx", "")
    d.metric("，[[逾七成]]集中", 70, "%", "over", "")
    # a ministry's department written right after it, one ORG, and its
    # bracketed short form (高…教…司)
    d.org("。[[教育部高等教育司]]（")
    d.org("（[[高教司]]）表示")
    # 低於 compares with a threshold: no marker, exact (GUIDELINES)
    d.metric("低於[[6成]]的學校", 60, "%", "exact", "")
    # 去年 from the reference year (a baseline states no period)
    d.date("由[[去年]]的6校", LY, "")
    # 校 the measure word as written (SPEC: the measure word is the unit)
    d.metric("去年的[[6校]]", 6, "校", "exact", "")
    d.metric("增至[[9校]]", 9, "校", "exact", "")
    d.metric("其中[[8校]]為私校", 8, "校", "exact", "")
    # P2 vacancies (no CITY; 台東 a county, inside its university's name)
    d.org("\n\n[[招聯會]]指出")
    d.date("指出，[[今年]]大學", Y, "")
    d.metric("分發入學缺額[[約3,120個]]", 3120, "个", "approx", "")
    d.metric("缺額率[[約8.1%]]", "8.1", "%", "approx", "")
    d.metric("私立大學缺額[[約2,860個]]", 2860, "个", "approx", "")
    # 以上 inside the span, over (SPEC 6成以上)
    d.metric("占整體[[九成以上]]", 90, "%", "over", "")
    # 國立 before a university is part of its name (GUIDELINES 国立清华大学)
    d.org("集中在[[國立台東大學]]、")
    d.org("國立台東大學、[[國立東華大學]]等")
    d.org("。[[技專校院招生委員會聯合會]]（")
    # a bracketed short form (技…專…招…聯…會)
    d.org("（[[技專招聯會]]）統計")
    d.metric("缺額率[[約24.5%]]", "24.5", "%", "approx", "")
    # 去年 from the reference year (no period stated before it)
    d.date("較[[去年]]增加約3", LY, "")
    d.metric("增加[[約3個百分點]]", 3, "百分点", "approx", "")
    # P3 tuition (no CITY)
    d.org("學雜費方面，[[教育部]]上月")
    d.date("教育部[[上月]]公布", OCT, "")
    # the bracketed ROC year of 明, one span (GUIDELINES 明（116）年)
    d.date("公布[[明（116）年]]學雜費", NY, "")
    d.metric("學校共[[23校]]", 23, "校", "exact", "")
    d.metric("平均調幅[[約2.9%]]", "2.9", "%", "approx", "")
    # two figures, each with its own 元 (SPEC: a range is two mentions);
    # 每學期 stands apart (no rate)
    d.metric("學雜費[[約2萬9,000元]]至", 29000, "元", "approx", "")
    d.metric("至[[3萬2,000元]]，", 32000, "元", "exact", "")
    # 左右 inside the span (SPEC 3.6万户左右)
    d.metric("多在[[5萬元左右]]", "5e4", "元", "approx", "")
    d.org("。[[行政院]]自")
    # a bare ROC year; 自 and 起 outside
    d.date("自[[113年]]起", "2024", "")
    # 每人每年 stands apart from the figure (每年 recurring, SPEC)
    d.metric("每人每年[[3萬5,000元]]", 35000, "元", "exact", "")
    d.org("差額，[[教育部]]表示")
    d.date("表示，[[明年]]擬將", NY, "")
    d.metric("提高至[[4萬元]]", "4e4", "元", "exact", "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside with the currency (GUIDELINES 约人民币100亿元;
    # precedent VA's 約新台幣)
    d.metric("經費約新台幣[[86億元]]", "86e8", "元", "approx", "",
             outer="約新台幣")
    # 明（116）年度 one span, 年度 inside (GUIDELINES)
    d.date("編入[[明（116）年度]]預算", NY, "")
    # P4 funding and teachers (no CITY)
    d.org("經費方面，[[教育部]]明年")
    d.date("教育部[[明年]]編列", NY, "")
    d.metric("經費約新台幣[[208億元]]", "208e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[今年]]增加約4%", Y, "")
    d.metric("增加[[約4%]]，其中", 4, "%", "approx", "")
    d.metric("其中[[約26億元]]", "26e8", "元", "approx", "")
    # a council of two fields joined by 及, one ORG (JOINED_NAMES), and its
    # bracketed short form (國…科…會)
    d.org("；[[國家科學及技術委員會]]（")
    d.org("（[[國科會]]）則")
    # 會同 (together with) stays outside (GUIDELINES)
    d.org("會同[[教育部]]，補助")
    d.org("補助[[國立成功大學]]、")
    d.org("、[[國立中興大學]]等校")
    d.date("半導體人才，[[明年]]招收", NY, "")
    d.metric("碩博士生[[約600人]]", 600, "人", "approx", "")
    d.metric("專任教師[[約4萬3,800人]]", 43800, "人", "approx", "")
    d.date("較[[114年]]減少", LY, "")
    d.metric("減少[[約1.2%]]", "1.2", "%", "approx", "")
    # an age is a METRIC (SPEC 60岁以上: unit 岁, over)
    d.metric("其中[[55歲以上]]者", 55, "岁", "over", "")
    # 約 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("約占[[三成]]。", 30, "%", "approx", "", sep="約")
    # P5 mergers (no CITY: 台東, 高雄 inside ORG rows)
    d.org("合併方面，[[國立台東專科學校]]併入")
    d.org("併入[[國立台東大學]]的申請")
    d.org("申請，[[教育部]]上週")
    # 上週 the ISO week before the reference date's W47
    d.date("教育部[[上週]]已原則", "2026-W46", "")
    # a bare ROC year and its month, one span (SPEC 112年5月20日)
    d.date("預計[[117年8月]]正式", "2028-08", "")
    d.org("此前[[國立陽明交通大學]]、")
    d.org("、[[國立高雄科技大學]]也是")
    # 兩 before a measure word after a 、-list whose items hold 由 and 的: a
    # figure, not the list's collective label (GUIDELINES: an "item" with a
    # particle or a preposition is part of a sentence; check_not_collective)
    d.metric("原本的[[兩所]]學校", 2, "所", "exact", "")
    # a ministry's department of two fields joined by 及, one ORG
    # (GUIDELINES: a ministry's department ends at 司 and keeps every
    # field; JOINED_NAMES), and its bracketed short form (技…職…司)
    d.org("。[[教育部技術及職業教育司]]（")
    d.org("（[[技職司]]）指出")
    # 民國 inside the span (SPEC); a 民國 year is a year (GUIDELINES)
    d.date("已由[[民國105年]]的", "2016", "")
    d.metric("105年的[[51校]]", 51, "校", "exact", "")
    d.metric("減為[[46校]]", 46, "校", "exact", "")
    d.date("，[[明年]]還有", NY, "")
    # 組 (sets) a count unit (GUIDELINES 组 (sets: 超过9万组换电柜))
    d.metric("還有[[2組]]學校", 2, "组", "exact", "")
    # P6 private schools (no CITY)
    d.org("私校退場方面，[[教育部]]依")
    # 所 the measure word as written
    d.metric("目前有[[7所]]", 7, "所", "exact", "")
    # 去年底 one span, the year (SPEC: an end of a period is the period)
    d.date("較[[去年底]]減少", LY, "")
    d.metric("減少[[2所]]。", 2, "所", "exact", "")
    # a union with a place before it (GUIDELINES: a union needs a place or
    # a name before it) and its bracketed short form (高…教…工會)
    d.org("。[[台灣高等教育產業工會]]（")
    d.org("（[[高教工會]]）呼籲")
    # 名 a count unit of people
    d.metric("停辦學校[[約1,400名]]", 1400, "名", "approx", "")
    # 協進會 an association head (GUIDELINES), its short form (私…校…協進會)
    d.org("；[[中華民國私立大學校院協進會]]（")
    d.org("（[[私校協進會]]）則")
    # 約占 reaches over a short whole (GUIDELINES 约占总车位三成 -> approx)
    d.metric("約占總收入[[六成]]", 60, "%", "approx", "", sep="約")
    d.org("調整。[[淡江大學]]、")
    d.org("、[[中國文化大學]]等")
    d.date("表示，[[今年]]新生", Y, "")
    d.metric("仍在[[九成以上]]", 90, "%", "over", "")
    d.date("但[[明年]]起", NY, "")
    d.metric("減招[[約5%]]", 5, "%", "approx", "")
    # P7 international students (吉隆坡, 胡志明市, 雅加達, 台北, 新北, 桃園 in
    # the first sentence; 香港, 澳門 after the ；)
    d.org("境外生方面，[[教育部]]統計")
    # the rule gives the first city after (吉隆坡) to the figures before the
    # list and the nearest before (雅加達) to the share: the rule as written
    d.date("統計，[[今年]]大專校院境外", Y, "吉隆坡")
    d.metric("境外新生[[約3萬1,200人]]", 31200, "人", "approx", "吉隆坡")
    d.metric("年增[[約18%]]", 18, "%", "approx", "吉隆坡")
    # a country glued to its foreign city leaves the city a CITY
    # (GUIDELINES 法国巴黎 -> 巴黎); 胡志明市 ends with 市 (FOREIGN_SHI)
    d.city("馬來西亞[[吉隆坡]]、")
    d.city("越南[[胡志明市]]及")
    d.city("印尼[[雅加達]]的學生")
    # 約 touching the share, inside (占 before it, no 約占)
    d.metric("合計占[[約四成]]", 40, "%", "approx", "雅加达")
    # a list sharing one head (SPEC 广州、深圳等机场): each a CITY
    d.city("就讀[[台北]]、新北")
    d.city("台北、[[新北]]、桃園")
    d.city("新北、[[桃園]]等地")
    d.city("；[[香港]]、澳門")
    d.city("香港、[[澳門]]學生")
    d.metric("學生[[約4,600人]]", 4600, "人", "approx", "澳门")
    d.date("與[[去年]]大致持平", LY, "澳门")
    d.org("。[[銘傳大學]]、")
    d.org("、[[國立政治大學]]等校")
    d.date("等校[[今年]]增設", Y, "")
    d.metric("床位[[約850個]]", 850, "个", "approx", "")
    d.org("，[[教育部]]明年也")
    d.date("教育部[[明年]]也將", NY, "")
    d.metric("聘用[[約120名]]", 120, "名", "approx", "")
    # P8 technical universities (台北 inside 國立台北科技大學: no CITY; 台南
    # after the ；)
    d.org("技職體系方面，[[國立台灣科技大學]]（")
    # bracketed short forms (台…科…大, 北…科…大)
    d.org("（[[台科大]]）、")
    d.org("、[[國立台北科技大學]]（")
    d.org("（[[北科大]]）今年")
    d.date("北科大）[[今年]]同台積電", Y, "")
    # items before 等企業 are ORGs (GUIDELINES); 同 a preposition outside
    d.org("同[[台積電]]、宏碁")
    # 碁 of 宏碁 (cp950 only; OUTSIDE_BIG5, IN_ORG)
    d.org("台積電、[[宏碁]]等企業")
    d.metric("專班招生[[約1,050人]]", 1050, "人", "approx", "")
    d.metric("報到率[[逾95%]]", 95, "%", "over", "")
    d.org("；[[南臺科技大學]]、")
    d.org("、[[崑山科技大學]]等")
    # a city used as a modifier (SPEC 杭州特色)
    d.city("等[[台南]]私立科大")
    d.date("擴廠，[[今年]]新生", Y, TN)
    d.metric("分別年增[[約6%]]和", 6, "%", "approx", TN)
    d.metric("6%和[[約4%]]。", 4, "%", "approx", TN)
    # P9 regions (高雄, 台中 in the first sentence; the 青年局 sentence names
    # none; 新竹市 after the ；; 台中 in the last sentence)
    # two cities before their collective label 兩地 (SPEC 两地; GUIDELINES;
    # the list opens its sentence; audited below)
    d.city("。[[高雄]]、台中兩地")
    d.city("高雄、[[台中]]兩地")
    # the rule gives the nearest city before (台中, the list's last) though
    # the rates are both cities': the rule as written
    d.date("兩地大學[[今年]]註冊率", Y, TC)
    d.metric("分別[[約90.2%]]及", "90.2", "%", "approx", TC)
    d.metric("及[[約88.5%]]，", "88.5", "%", "approx", TC)
    d.org("，[[國立中山大學]]、")
    d.org("、[[國立高雄大學]]維持")
    d.org("，[[台鋼科技大學]]則")
    d.metric("僅[[約58.5%]]", "58.5", "%", "approx", TC)
    # a city's government and its bureau, one ORG (GUIDELINES: a body
    # written right after a government is its department)
    d.org("。[[高雄市政府青年局]]今年")
    d.date("青年局[[今年]]起", Y, "")
    # 最高 sets no qualifier (GUIDELINES): exact; 每月 stands apart
    d.metric("每月最高[[5,000元]]", 5000, "元", "exact", "")
    d.metric("已有[[約3,200人]]", 3200, "人", "approx", "")
    d.org("；[[國立台灣大學]]、")
    d.org("、[[國立清華大學]]等頂尖")
    # the rule gives the first city after (新竹市) and the nearest before
    d.metric("維持[[100%]]", 100, "%", "exact", NC)
    # 新竹 counts only as 新竹市 (GUIDELINES; TAIWAN_SHI_ONLY)
    d.city("位於[[新竹市]]的")
    d.org("新竹市的[[國立陽明交通大學]]也有")
    d.metric("也有[[99.6%]]", "99.6", "%", "exact", NC)
    d.org("。[[逢甲大學]]、")
    d.org("、[[東海大學]]等台中")
    d.city("等[[台中]]私校")
    d.metric("分別年增[[約12%]]和", 12, "%", "approx", TC)
    d.metric("12%和[[約9%]]。", 9, "%", "approx", TC)
    # P10 the outlook (no CITY)
    d.date("展望[[明年]]，大學", NY, "")
    d.org("，[[大學甄選入學委員會]]（")
    # a bracketed short form (甄…選…會)
    d.org("（[[甄選會]]）公布")
    d.date("公布，[[明年]]繁星", NY, "")
    d.metric("共提供[[約6.3萬個]]", "6.3e4", "个", "approx", "")
    d.date("較[[今年]]減少約2,100", Y, "")
    d.metric("減少[[約2,100個]]", 2100, "个", "approx", "")
    # a date range is two mentions (SPEC): the second end's month from the
    # first (GUIDELINES: a bare day takes its month from a month earlier in
    # the sentence), its year from 明年
    d.date("；[[明年1月16日]]至", "2027-01-16", "")
    d.date("16日至[[18日]]舉行", "2027-01-18", "")
    d.metric("報名人數[[約12.4萬人]]", "12.4e4", "人", "approx", "")
    d.org("。[[教育部]]預估")
    d.date("預估，[[明（116）年]]大學", NY, "")
    d.metric("減少[[約1萬人]]", "1e4", "人", "approx", "")
    # a bare ROC year; 起 outside
    d.date("，[[117年]]起降幅", "2028", "")
    d.org("。[[招聯會]]則表示")
    d.date("表示，[[明年]]分發", NY, "")
    # 农历春节 is 春节 (GUIDELINES); the sentence states 明年, and the
    # occurrence nearest the reference date is the same: 2027-02-06; 前
    # outside
    d.date("於[[農曆春節]]前", "2027-02-06", "")
    # a department written after its university belongs to it (SPEC
    # 蚂蚁金服集团银行服务部; GUIDELINES: departments belong to the
    # organization): one ORG
    d.org("；[[台大教務處]]也指出")
    d.date("該校[[明年]]申請", NY, "")
    # 約占…的 (GUIDELINES 约占全国的四成 -> approx)
    d.metric("名額的[[52%]]", 52, "%", "approx", "", sep="約")
    audit = {
        "orgs": ["大學招生委員會聯合會", "招聯會", "教育部統計處",
                 "教育部高等教育司", "高教司", "國立台東大學", "國立東華大學",
                 "技專校院招生委員會聯合會", "技專招聯會", "教育部", "行政院",
                 "國家科學及技術委員會", "國科會", "國立成功大學",
                 "國立中興大學", "國立台東專科學校", "國立陽明交通大學",
                 "國立高雄科技大學", "教育部技術及職業教育司", "技職司",
                 "台灣高等教育產業工會", "高教工會",
                 "中華民國私立大學校院協進會", "私校協進會", "淡江大學",
                 "中國文化大學", "銘傳大學", "國立政治大學",
                 "國立台灣科技大學", "台科大", "國立台北科技大學", "北科大",
                 "台積電", "宏碁", "南臺科技大學", "崑山科技大學",
                 "國立中山大學", "國立高雄大學", "台鋼科技大學",
                 "高雄市政府青年局", "國立台灣大學", "國立清華大學",
                 "逢甲大學", "東海大學", "大學甄選入學委員會", "甄選會",
                 "台大教務處"],
        "cities": ["台北", "吉隆坡", "胡志明市", "雅加達", "新北", "桃園",
                   "香港", "澳門", "台南", "高雄", "台中", "新竹市",
                   # a county and cities written only inside ORG rows (SPEC:
                   # no CITY): 台東 (國立台東大學, 國立台東專科學校), 崑山
                   # (t2s 昆山, a county-level city of Jiangsu: 崑山科技大學),
                   # 中山 (國立中山大學); 新竹 only inside 新竹市
                   "台東", "崑山", "中山", "新竹",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "基隆", "嘉義", "花蓮", "宜蘭",
                   "屏東", "金門", "東京", "首爾", "曼谷", "新加坡", "檳城"],
        "excluded": [],
        "numbers_excluded": [],
        # 四 and 二 of 四技二專 (the four-year and two-year technical
        # programmes: the name of a channel, no figure), 半 of 半導體 (a
        # semiconductor: 半 of a word)
        "cn_excluded": ["統計，[[四]]技", "四技[[二]]專", "培育[[半]]導體"],
        # 兩 of 高雄、台中兩地: the collective label of the cities just
        # listed (SPEC 两地; GUIDELINES), no METRIC (check_collective)
        "collectives": [("台中[[兩]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE: 日間 (日間學士班, 日間部: day classes), 年增
        # (x3: year on year, a rate of change; and x3 across the end of a
        # DATE row, 今年增設, 今年增加, 去年增加, whose 年 is the row's), 每年,
        # 每月 (recurring, SPEC); 同期, 學年, 近年, 全年 (none written)
        "words_excluded": {"日間": 2, "年增": 6, "每年": 1, "每月": 1,
                           "同期": 0, "學年": 0, "近年": 0, "全年": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and names a cut ORG would leave outside
        "orgwords_excluded": {"大學": 9, "學校": 13, "科大": 1, "學院": 0,
                              "私校": 5, "教育部": 0, "委員會": 0,
                              "聯合會": 0, "協進會": 0, "工會": 0,
                              "專科學校": 0, "青年局": 0, "政府": 0,
                              "教務處": 0, "統計處": 0, "行政院": 0,
                              "國科會": 0, "聯會": 0, "甄選": 0, "台積": 0,
                              "宏碁": 0, "陽明": 0, "清華": 0, "中興": 0,
                              "逢甲": 0, "東海": 0, "銘傳": 0, "淡江": 0,
                              "台鋼": 0, "南臺": 0, "崑山": 0, "成功大學": 0},
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
    halves each title declares (TITLE_HALVES: g317's space after 约11%,
    g318's after 逾2.4萬個; annotate_qa.py's)."""
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
    so their rows take none (as in annotate_va.py's pair); annotate_sa.py's
    g293 and annotate_vb.py's g314 titles used the reading, and a probe of
    mine (NOTES_wa.md) does.  g318's opener 【許庭瑄╱台北報導】 stands in the
    first sentence of its paragraph, so its 台北 is the nearest city before
    the dates and figures of that sentence (the rule as written)."""
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
    00919於12月18日除息…，並將於本週四（26日）公告; used here for the month
    of g318's 明年1月16日至18日, whose 18日 takes the 1 written before it in
    its sentence (its year, 明年's, is the hand value); check_gloss asserts
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
    it; used here: g317's 元旦、春节前后是车企集中备货期，12月零部件企业 ->
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
    cues, annotate_pa.py's addition: GUIDELINES name it).  Used here:
    g317's 样本零部件企业10月平均账期约64天，较去年同期缩短约29天 (the first
    after the cue 平均 in its clause, the second after 缩短 in its own;
    GUIDELINES name both among the cues); g318 writes no time figure
    (its 55歲以上 is an age, 岁, no time unit)."""
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
    METRIC); the complement of check_collective (annotate_ba.py's; used
    here: g318's 此前國立陽明交通大學、國立高雄科技大學也是由原本的兩所學校
    合併而成, whose second item holds 由 and 的, so 兩所 is a figure, each
    university made of two schools; the lists before 兩地 open their
    clauses, NOTES_wa.md)."""
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
    kept, unused here: neither article writes a rate or 每 + one of these
    measure words before a figure; g318's 每學期, 每人每年 and 每月 stand
    apart from their figures, none of them a measure word of the list).
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
    kept it): g317's byline 中国汽车报记者 沈𫖮 宁波报道 is the whole line,
    its outlet an ORG (GUIDELINES: a byline at the start of a line names its
    outlet, a name ending in 报 before 记者; precedent VB's 体坛周报记者) and
    its 宁波, the city filed from, a CITY (precedent VB's 上海报道); g318's
    third line is its first paragraph, opened by 中國時報's dateline
    【許庭瑄╱台北報導】 (OPENER; annotate_vc.py's opener block, whose
    【特訊】 held no row), whose 台北 is a CITY (precedent VA's 台南報導): the
    declared text is the opener and the rows counted are those inside it;
    the rows stand in the declared order and none straddles the declared
    text's ends (new here: annotate_va.py's lines were whole)."""
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
    # each declared no-span character (𫖮 of g317's byline, outside GBK
    # and the BMP; none in g318, whose 碁 stands in its ORG row, IN_ORG)
    # stands once, on the byline line (the third line), and in no span
    # (checked per row below)
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
            # annotate_ua.py's g305 and annotate_vb.py's g313 opened with
            # their outlets, and so does g317's byline here: 𫖮 stands
            # before every row but the title's and the outlet's)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
        # the astral character of g317's byline (𫖮) stands before every row
        # but the title's and the outlet's (ASTRAL_BEFORE_BODY, annotate_sb
        # .py's reading; annotate_ua.py's per-row check, as annotate_vb.py
        # used it for its g313 and annotate_va.py kept it switched off; on
        # here for g317): a count in UTF-16 units runs one unit ahead of the
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
            # annotate_na.py; annotate_va.py's 民國108年以來; g318 writes
            # 民國105年的, and its bare 113年, 114年 and 117年 stand before
            # 起, 下滑, 減少 and 8月)
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
            # read too; here g317's 工业和信息化部 and the cities' bureaus,
            # g318's 國家科學及技術委員會 and 教育部技術及職業教育司): two
            # listed names merged into one row stop
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
            # g318's 台大教務處 is one row, its office written after the
            # university's short name; no 學院 or 學系 follows any of g318's
            # universities within eight characters (the draft's 國立中興大學
            # 等校設立的半導體學院, which this check read as a department, was
            # rewritten, NOTES_wa.md); the 大學 outside ORG rows are kinds,
            # counted by the org-word audit)
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
    # annotate_ia.py's and annotate_ja.py's checks; used here: 碁 of g318's
    # 宏碁, the one character plain Big5 lacks)
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

