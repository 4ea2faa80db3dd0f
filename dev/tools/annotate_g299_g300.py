#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g299_rural_commercial_banks_county_lending and
g300_taiwan_ports_harbor_shipping (annotator TA).

Adapted from the precedent set's tools/annotate_sa.py (now dev/tools/annotate_g293_g294.py) (/tmp/ho52/precedent:
a simplified mainland article with its outlet on the byline and a
traditional Taiwan article with a dateline 記者…／台北報導 on the third line,
the pair closest to mine in script, region and layout; copied and the data
changed).  My storage differs from both of annotate_sa.py's articles (UTF-8
without a BOM and UTF-16 LE with a BOM there), so its two storage blocks
are rebuilt:
- a UTF-8-WITH-BOM block for the simplified article g299 (annotate_sb.py's
  block for its traditional g296, itself annotate_ra.py's for a simplified
  article, turned back to a simplified mainland text, with annotate_sa.py's
  GB2312 declarations): exactly one BOM EF BB BF, in front; utf-8-sig reads
  the text and plain utf-8 reads U+FEFF and the text; the file walked
  character by character after the BOM, three bytes every non-ASCII
  character, the file three bytes longer than the text's UTF-8; the GB and
  Big5 codecs and UTF-16 fail on the file or read another text, with the
  BOM and without it; every character GB2312 (DECLARED_MAINLAND declared
  empty, the checks kept);
- a PLAIN-BIG5 block for the Taiwan article g300 (annotate_ra.py stored its
  Taiwan article so, and annotate_sa.py replaced that block; built again
  from annotate_sc.py's Big5-HKSCS block: its byte walk, codec checks and
  GB18030 measure, with annotate_sa.py's Big5 declarations now read on the
  file's own bytes): no BOM; every character plain Big5 (OUTSIDE_BIG5
  declared empty), one byte an ASCII character and two any other, lead
  bytes in A1-F9; the characters whose plain-Big5 and cp950 codes differ
  are exactly the declared ones (BIG5_FORMS: ／ of the dateline
  記者林育萱／高雄報導, A2 41 in the file, which cp950 reads as ∕ U+2215),
  once, in no span; every line without it is the same in plain Big5, cp950
  and Big5-HKSCS byte for byte; the file reads in Big5-HKSCS as the text and
  in cp950 as another text of the same length; gb18030 reads it as another
  text whose share of common characters is far lower; the other GB codecs,
  UTF-8 and UTF-16 fail or read another text.
It keeps every other check of annotate_sa.py: strict decoding, offsets,
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
reference year (used: 今（115）年, 明（116）年, 明（116）年度, 明（116）年第2季
in g300); relative words; 上月 as a baseline (used: 較上月 after 10月 and
較上月底 after 上週五 in g300); 上季 and 本季 (kept, unused); 去年同期 (used:
after 10月末 in g299, after 今年 and after 10月 in g300); 同月, 上年/前年
(kept, unused); N年前 (used: 三年前, 两年前 in g299); the bare-day rule, the
range check and the bracketed gloss (kept, unused); check_forward (used:
年底 after 明年上半年 in g300); check_holiday_period (kept, unused); the
约占 check (used: 約占七成, 約占五成, 約占三成 in g300); markers before,
touching and after a span; 约为 (used: 约为142%, 约为71.5%, 约为1.72% in
g299); a marker before a currency written before the number (約新台幣 in
g300); the declared shared unit (used: 5至15个基点 in g299); the collective
label, check_not_collective and check_no_collective_metric (kept, unused);
check_time_metric (kept, unused); the SHI_NEXT, 市-inside, CITY_STOPS,
CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI (used: 胡志明市 in g300),
TAIWAN_SHI_ONLY and TW_HK_FOREIGN checks; LINE3 (g299's byline 金融时报记者
管晓雯 杭州报道 with the ORG 金融时报 and the CITY 杭州; g300's dateline
記者林育萱／高雄報導 with the CITY 高雄); JOINERS with 暨, JOINED_NAMES and
JOINER_CHAR_NAMES (none here, kept) and LISTED_PAIRS (one pair in g300);
CODE_LABELS (none here, kept); check_per_before (kept); every 旬 inside a
DATE row (used: 本月中旬 in g299); the bare ROC year before 來 (g300 writes
民國110年以來, with 民國); a bare 前N个月/前N月/前N季/前三季度 never opening
a clause (its rewrites are in NOTES_ta.md); check_shiyi, check_bare_period
(used: 前三季度, 前10个月, 前10月, 前3季) and check_within_year (kept).
Changed or added here: the two storage blocks above; the data, the
declarations and the audits; the calendar asserts of my reference dates;
the comments and docstrings that named annotate_sa.py's articles now name
mine, or its articles as its own.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM removed, nothing else):

- g299 is simplified (mainland, 金融时报, 2026-11-24, a Tuesday of ISO week
  2026-W48), stored as UTF-8 WITH a BOM (EF BB BF, then the title's 今 = E4
  BB 8A).  Every character is GB2312, and OpenCC t2s leaves the article
  unchanged.  Its byline 金融时报记者 管晓雯 杭州报道 stands on a line of its
  own under the title: the outlet before 记者 (SPEC: news outlets in bylines
  are ORG) and the city filed from (杭州, a CITY).
- g300 is traditional (Taiwan, 工商時報, 2026-11-25, a Wednesday of ISO week
  2026-W48), stored as PLAIN BIG5 without a BOM (the title's 高 = B0 AA
  opens the file).  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市).  A Taiwan text: 2-3 digit years before 年 are ROC
  years (114年 = 2025, 今（115）年 = 2026, 明（116）年 = 2027, 民國110年 =
  2021).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho52/precedent:
README, NOTES_sa/sb/sc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g299_g300.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g299_g300.py
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
G299 = "g299_rural_commercial_banks_county_lending"
G300 = "g300_taiwan_ports_harbor_shipping"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G299: ("utf-8", BOM8, False, "2026-11-24", "金融时报"),
    G300: ("big5", b"", True, "2026-11-25", "工商時報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_sa.py kept it: a codec without one would skip every
# byte check)
STORAGE_BLOCKS = ("utf-8", "big5")
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G299: [], G300: []}
# characters of the mainland article that GB2312 lacks, with their UTF-8
# bytes as the file writes them (annotate_ra.py's DECLARED_MAINLAND, as
# annotate_sa.py kept it): none here, every character of g299 is GB2312,
# 鄄 and 朐 of the counties' village banks and 雯 of the reporter's name
# included (declared empty; the checks stay)
DECLARED_MAINLAND = {G299: {}}
# ... and their kinds, "utf8-four-byte" or "utf8-three-byte" (none here)
DECLARED_KINDS = {G299: Counter()}
# characters of the Taiwan article outside plain Big5: none (碁 of 宏碁,
# 裏, 綫 and the like are not written); the Big5 file holds every character
# in plain Big5
OUTSIDE_BIG5 = {G300: {}}
# the cp950 code of each declared character and its kind (none here; the
# checks stay, as annotate_ra.py and annotate_sa.py kept them)
BIG5_CODE = {}
BIG5_KINDS = {G300: Counter()}
# the ORG rows each declared character may stand in (none here)
IN_ORG = {G300: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes, with (plain Big5 bytes, cp950 bytes): ／ (U+FF0F) of the dateline
# 記者林育萱／高雄報導, once, in no span; the file is plain Big5 and writes it
# A2 41, which cp950 reads as ∕ (U+2215, DIVISION SLASH) and Big5-HKSCS as
# ／ (the declared reading of each, CP950_READS): a reader that tries plain
# Big5 first (GUIDELINES) reads the dateline as written, one that reads the
# file as cp950 gets another text of the same length
BIG5_FORMS = {G300: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each declared character stands in, with its count
DECLARED_WORD = {G300: {"／": ("記者林育萱／高雄報導", 1)}}
# the spans allowed before the declared characters on the dateline line:
# none (the line opens with 記者, no outlet)
BEFORE_DECLARED = {G300: set()}
# the third line of each article (a byline or a dateline under the title)
# and the rows it holds, exactly: g299's byline names its outlet, 金融时报,
# right before 记者 at the start of the line (SPEC: news outlets in bylines
# are ORG, 新华社, 澎湃新闻; GUIDELINES: a byline at the start of a line names
# its outlet, a name ending in 时报 before 记者), and the city filed from,
# 杭州 (a sub-provincial city, SPEC; precedent SA's 天津报道); g300's
# dateline names no outlet and the city filed from, 高雄, a special
# municipality (precedent SA's g294 form, 工商時報's house form too)
LINE3 = {G299: ("金融时报记者 管晓雯 杭州报道",
                [("ORG", "金融时报"), ("CITY", "杭州")]),
         G300: ("記者林育萱／高雄報導", [("CITY", "高雄")])}
# the first character of each file, with its bytes after the BOM (if any):
# g299's title opens with 今 (UTF-8 E4 BB 8A, after the BOM EF BB BF),
# g300's with 高 (plain Big5 B0 AA, no BOM)
FIRST_CHAR = {G299: ("今", b"\xe4\xbb\x8a"), G300: ("高", b"\xb0\xaa")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g299 two (after 约9%), g300 two (after 約5%)
TITLE_HALVES = {G299: 2, G300: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G300}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_sa.py's list, itself annotate_ra.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last line added the
# simplified forms of g294's traditional characters, and mine adds those of
# g300's that the list lacked, from OpenCC t2s of each character of the
# article, none of them written in it (the check in main() asserts that the
# list covers them all); TRADITIONAL_WORDS below declares the Taiwan words
# that write a character of the list
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
                   "胜峡满辟飞驳")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count; the list's characters stand nowhere else: none here (annotate_ra.py's
# 核准 was gone in annotate_sa.py too; g300 writes 核定, and 並, 於, 後 in
# their traditional forms; the check stays)
TRADITIONAL_WORDS = {G300: {}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台中港, 台北港, 台灣, 新台幣, 台南 …
# (s2tw 臺), 占 of 占整體比重, 約占 (佔), 布 of 公布 (佈); each must occur
# (annotate_sa.py's three pairs, all written in g300; no 合併 is written)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g299 (mainland, 2026-11-24, a Tuesday): 元旦 2027-01-01 and 春节 2027-02-06
# (随着元旦、春节临近: yearless, the coming ones, 38 and 74 days after).
# g300 (Taiwan, 2026-11-25, a Wednesday): 明年元旦 2027-01-01 (明年 attached,
# SPEC; Taiwan's 元旦 is 1-1 too; 起 outside) and 農曆春節 2027-02-06
# (GUIDELINES: 农历春节 is 春节; yearless, the coming one, 73 days after; 前
# outside).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "明年元旦": "2027-01-01",
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
# the reference dates: g299's 2026-11-24 a Tuesday of ISO W48 (so its 上周
# is W47, 上周五 11-20, 昨日 11-23), g300's 2026-11-25 a Wednesday of W48 (so
# its 上週五 is 11-20, 昨（24）日 11-24); 元旦 and 春节 of 2027 38 and 74 days
# after g299's date, 春节 of 2026 280 days before it; 元旦 and 農曆春節 of 2027
# 37 and 73 days after g300's
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date(2026, 11, 25).isocalendar()[1:] == (48, 3)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 24)).days == 38
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74
assert (datetime.date(2026, 11, 24) - _SPRING[2026]).days == 280
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 25)).days == 37
assert (_SPRING[2027] - datetime.date(2026, 11, 25)).days == 73


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
    # g299 (2026: the sub-provincial 杭州 (Zhejiang's capital); the
    # prefecture-level 湖州, 宿迁, 鞍山, 锦州, 丹东, 嘉兴, 丽水,
    # 佛山, 清远 and the county-level 寿光 (潍坊); each + 市, none written with
    # its 市 outside an ORG row: 湖州 inside 国家金融监督管理总局湖州监管分局
    # and 湖州金融监管分局, 寿光 inside 山东寿光农村商业银行, 寿光农商行 and
    # 寿光市政府, 苏州 inside 苏州银行, 常熟 inside 江苏常熟农村商业银行 and
    # 常熟农商行, 菏泽 inside 菏泽农商行, 临沂 inside 山东临沂兰山农村商业银行,
    # 沈阳 inside 沈阳农商行, 广州 inside 广州农村商业银行 and 广州农商行, 无锡
    # inside 无锡农村商业银行 and 无锡农商行, 上海 inside 上海农商银行 hold no
    # CITY (SPEC: a city inside an organization name))
    "杭州": "杭州市", "湖州": "湖州市", "宿迁": "宿迁市", "寿光": "寿光市",
    "鞍山": "鞍山市", "锦州": "锦州市", "丹东": "丹东市", "嘉兴": "嘉兴市",
    "丽水": "丽水市", "佛山": "佛山市", "清远": "清远市",
    # g300 (traditional spans; Taiwan's special municipalities 高雄, 台中,
    # 台南 and the provincial city 基隆 by their full names (SPEC;
    # GUIDELINES: Taiwan cities normalize to the full name), written without
    # 市; the special municipality 新北 written with its 市 before a district
    # (新北市八里區), its short form declared for the check below; the
    # mainland 寧波 (t2s 宁波) and 廈門 (t2s 厦门) + 市; the foreign 胡志明市
    # (its common name ends with 市: FOREIGN_SHI), 馬尼拉 (t2s 马尼拉), 洛杉磯
    # (t2s 洛杉矶), 鹿特丹, 那霸 (Naha), 東京 (t2s 东京) and 香港, by their
    # common Chinese names, no 市; 高雄 inside 高雄港務分公司, 高雄港區土地開發
    # 公司, 高雄市政府海洋局 and 財政部關務署高雄關, 基隆 inside 基隆港務分公司
    # and 基隆市政府, 台中 inside 台中港務分公司 and 台中市政府, 臺北 inside
    # 臺北港貨櫃碼頭股份有限公司 hold no CITY (SPEC), nor does a city before 港
    # (GUIDELINES: 天津港: 高雄港, 基隆港, 台中港, 台北港, 高雄港區))
    "高雄": "高雄市", "台中": "台中市", "台南": "台南市", "基隆": "基隆市",
    "新北市": "新北市", "新北": "新北市", "寧波": "宁波市", "廈門": "厦门市",
    "胡志明市": "胡志明市", "馬尼拉": "马尼拉", "洛杉磯": "洛杉矶",
    "鹿特丹": "鹿特丹", "那霸": "那霸", "東京": "东京", "香港": "香港",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"马尼拉", "洛杉矶", "鹿特丹", "那霸", "东京", "香港"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; used here: 胡志明市 of g300, as in annotate_qa.py and
# precedent SB's g295)
FOREIGN_SHI = {"胡志明市"}
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (none written here: g300 names neither); the set is GUIDELINES'
# rule, fixed and asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: 馬尼拉, 洛杉磯, 鹿特丹, 那霸 and
# 東京 are the mainland names in traditional characters)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here (the
# check stays)
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): none here (no ORG
# row holds 及, 和, 與, 与 or 暨); any ORG row holding a joiner stops (check())
JOINED_NAMES = {G299: (), G300: ()}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车): none here, the check
# stays
JOINER_CHAR_NAMES = {G299: {}, G300: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra.py's
# LISTED_PAIRS): g300's 公主郵輪及皇家加勒比國際郵輪 (the last of
# 麗星郵輪、公主郵輪及…); g299 joins no two ORG rows by a joiner
LISTED_PAIRS = {G299: (),
                G300: (("公主郵輪", "皇家加勒比國際郵輪"),)}
# rates with a slash denominator the articles write: none (the check and the
# audit of undeclared slash rates stay)
PER_UNITS = {G299: (), G300: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (TEU, the only Latin word, is a
# unit inside METRIC rows); the check stays, and the digit, Latin and numeral
# audits read every figure
CODE_LABELS = {G299: {}, G300: {}}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "臺灣港務股份有限公司": "台湾港务股份有限公司", "臺灣港務公司": "台湾港务公司",
    "高雄港務分公司": "高雄港务分公司", "長榮海運": "长荣海运",
    "陽明海運": "阳明海运", "高明貨櫃碼頭": "高明货柜码头",
    "臺灣港務港勤公司": "台湾港务港勤公司", "萬海航運": "万海航运",
    "裕民航運": "裕民航运", "慧洋海運": "慧洋海运", "中鋼運通": "中钢运通",
    "台灣國際造船公司": "台湾国际造船公司", "台船": "台船",
    "台灣中油": "台湾中油", "地中海航運": "地中海航运", "馬士基": "马士基",
    "達飛": "达飞", "交通部航港局": "交通部航港局", "航港局": "航港局",
    "基隆港務分公司": "基隆港务分公司", "麗星郵輪": "丽星邮轮",
    "公主郵輪": "公主邮轮", "皇家加勒比國際郵輪": "皇家加勒比国际邮轮",
    "基隆市政府": "基隆市政府", "交通部觀光署": "交通部观光署",
    "台中港務分公司": "台中港务分公司", "台中市政府": "台中市政府",
    "高雄港區土地開發公司": "高雄港区土地开发公司",
    "臺灣港務國際物流公司": "台湾港务国际物流公司",
    "臺北港貨櫃碼頭股份有限公司": "台北港货柜码头股份有限公司",
    "行政院": "行政院", "高雄市政府海洋局": "高雄市政府海洋局",
    "財政部關務署高雄關": "财政部关务署高雄关",
    "上海航運交易所": "上海航运交易所",
    "中華民國輪船商業同業公會全國聯合會": "中华民国轮船商业同业公会全国联合会",
    "交通部運輸研究所": "交通部运输研究所",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM (if any) are the title's first
        # character (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        lines = self.text.split("\n")
        # every declared codec has its storage block below (annotate_rb.py's
        # check, ported: a codec without one would skip every byte check)
        assert enc in STORAGE_BLOCKS, (doc_id, enc, "no storage block")
        if enc == "utf-8":      # UTF-8 WITH A BOM, THE MAINLAND ARTICLE
            # (annotate_sb.py's UTF-8-with-BOM block for its traditional
            # g296, itself annotate_ra.py's block for its simplified g287,
            # turned back to a simplified mainland text, with
            # annotate_sa.py's GB2312 declarations): exactly one BOM EF BB
            # BF, in front; the BOM-aware utf-8-sig reads the text, plain
            # utf-8 reads U+FEFF and the text (one code point that would
            # shift every offset by one); the offsets count from the first
            # byte after the BOM
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
            # full-width punctuation; no four-byte character), so a count in
            # bytes would run two ahead after every Han character, and the
            # file is the BOM's three bytes longer than the text's UTF-8
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
            # byte walk, as annotate_sb.py kept it)
            pos = 3
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                pos += len(b)
            assert pos == len(full), doc_id
            # a legacy codec or UTF-16 fails on the file or reads another
            # text, with the BOM and without it (annotate_sb.py's list)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            assert not self.traditional, doc_id
            # the characters GB2312 cannot write are exactly the declared
            # ones (annotate_qa.py's DECLARED_MAINLAND, none here: 鄄, 朐
            # and 雯 are GB2312's), so a converter to GB2312, GBK or GB18030
            # loses nothing; and the file is no GB file: its GB18030 bytes
            # differ from the file's (annotate_sa.py's checks)
            declared = DECLARED_MAINLAND[doc_id]
            kinds = Counter()
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            assert outside == sorted(declared), (doc_id, outside)
            for c, code8 in declared.items():
                assert c.encode("utf-8") == code8, (doc_id, c)
                kinds["utf8-four-byte" if len(code8) == 4 else
                      "utf8-three-byte"] += 1
            assert kinds == DECLARED_KINDS[doc_id], kinds
            assert self.text.encode("gb18030") != raw, doc_id
            assert all(enc_ok(c, "gb2312") or c in declared
                       for c in self.text), doc_id
            # the byline stands on the third line, between blank lines
            # (check_line3 checks its rows)
            assert lines[1] == lines[3] == "", doc_id
        elif enc == "big5":     # PLAIN BIG5 WITHOUT A BOM, THE TAIWAN ARTICLE
            # (annotate_ra.py stored its Taiwan article so, and
            # annotate_sa.py replaced that block by a UTF-16 one; built
            # again here from annotate_sc.py's Big5-HKSCS block, its byte
            # walk, codec checks and GB18030 measure, with annotate_sa.py's
            # Big5 declarations now read on the file's own bytes): no BOM
            # and no U+FEFF; the offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones, none here (asserted before the byte walk)
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl) == [], (doc_id, outside)
            assert BIG5_CODE == {} and BIG5_KINDS[doc_id] == Counter()
            self.in_org_span = IN_ORG[doc_id]
            assert sorted(self.in_org_span) == sorted(decl), doc_id
            # the file walked character by character: each character's
            # plain-Big5 bytes at its own place, one byte an ASCII character
            # and two any other, the lead byte in plain Big5's rows A1-F9
            # (annotate_sc.py's walk, after annotate_na.py's plain-Big5
            # walk); the declared forms counted at their places
            forms = BIG5_FORMS[doc_id]
            pos, places = 0, Counter()
            for c in self.text:
                b = c.encode(enc)
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                assert len(b) == (1 if ord(c) < 0x80 else 2), (doc_id, c)
                if len(b) == 2:
                    assert 0xA1 <= b[0] <= 0xF9, (doc_id, c, b)
                if c in forms:
                    assert b == forms[c][0], (doc_id, c)
                    places[c] += 1
                pos += len(b)
            assert pos == len(raw), doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no character outside the BMP and no combining mark: a UTF-16
            # count equals the code points
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            assert not any(unicodedata.combining(c) for c in self.text)
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: ／ of the dateline),
            # each with its declared bytes in both codecs; the file's bytes
            # (plain Big5's) read in cp950 as another character
            # (CP950_READS) and in Big5-HKSCS as the same one
            # (annotate_sa.py's checks, now on the file itself)
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert c950.decode("big5") == c, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                assert places[c] == self.text.count(c) >= 1, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
                # on the dateline line (the third line), after 記者
                assert c in lines[2] and lines[2].startswith("記者"), c
                assert all(c not in x for i, x in enumerate(lines)
                           if i != 2), c
                assert BEFORE_DECLARED[doc_id] == set(), c
            self.no_span_chars = sorted(forms)
            # every line without a declared character is the same in plain
            # Big5, cp950 and Big5-HKSCS, byte for byte, and reads back
            # alike in all three (annotate_ra.py's line check)
            for line in lines:
                if not any(c in forms for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950") == line.encode(
                        "big5hkscs"), line
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        line
            # so the file reads in Big5-HKSCS as the same text, and in
            # cp950 as another text that differs only at the declared
            # characters (∕ in the dateline), with the same length (no
            # offset would move): a reader that tries plain Big5 first
            # (GUIDELINES) gets the text as written
            assert raw.decode("big5hkscs") == self.text, doc_id
            other = raw.decode("cp950")
            assert other != self.text and len(other) == len(self.text)
            assert {(a, b) for a, b in zip(self.text, other) if a != b} == \
                {(c, CP950_READS[c]) for c in forms}, doc_id
            # gb18030 reads plain-Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5 reading, GB2312's level 1
            # B0A1-D7F9 for the GB18030 one), the Big5 reading is the
            # natural one by far (annotate_sc.py's proxy, ported: the
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
            share_mine = sum(tier(c, "big5", 0xA440, 0xC67E)
                             for c in mine) / len(mine)
            share_theirs = sum(tier(c, "gb2312", 0xB0A1, 0xD7F9)
                               for c in theirs) / len(theirs)
            assert share_mine > 0.95 and share_theirs < 0.6, (
                doc_id, share_mine, share_theirs, len(theirs))
            # the other GB codecs, UTF-8 and UTF-16 fail or read another
            # text (annotate_sc.py's list)
            for o in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                      "utf-16-le", "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != self.text, (
                    doc_id, o)
            # GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            assert self.traditional, doc_id
            # the dateline stands on the third line, between blank lines
            # (check_line3 checks its rows)
            assert lines[1] == lines[3] == "", doc_id
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
            # and the declared characters (none here) are cp950's, none of
            # them a HKSCS one that cp950 lacks
            assert all(enc_ok(c, "cp950") for c in OUTSIDE_BIG5[doc_id])
        else:
            # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith(
            "\n\n"), (doc_id, "one final newline")
        if self.traditional:
            # a character of the list stands only inside a declared word
            # Taiwan writes with it (TRADITIONAL_WORDS, each with its count;
            # annotate_oa.py's 上游 and 核准; annotate_qa.py's 控制;
            # annotate_ra.py's 核准; none here)
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
            # spellings counting once), so its 國慶 is Taiwan's 10-10 (new
            # in annotate_fa.py)
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
# g299 Rural finance in November 2026: the national figures (金融监管总局 昨日:
# 9月末, 年初, 6月末; 人民银行 前三季度); 浙江 (浙江农商联合银行 10月末, 去年同期;
# 湖州's 安吉农商银行 今年, 去年; 湖州金融监管分局 10月); the village banks (江苏
# 监管局 上月, 常熟农商行 and 兴福村镇银行 前三季度; 苏州银行 in 宿迁; 今年前10个月,
# 去年, 10月末); 山东 (山东金融监管局 上周五, 10月末, 2025年末; 寿光农商行 今年;
# 寿光市政府; 菏泽农商行, 山东临沂兰山农村商业银行 去年, 今年); the provincial
# banks (辽宁农商银行 本月中旬, 鞍山, 锦州, 丹东; 三年前, 沈阳农商行; 广西农商联合
# 银行, 四川农商联合银行 今年); policy tools (人民银行 上月; 中国人民银行浙江省分行 10月;
# 国家农担 前10个月; 浙江省农业融资担保有限公司 今年, 杭州, 嘉兴, 丽水); the large
# banks (农业银行 9月末, 前三季度; 邮储银行; 广州农商行, 佛山, 清远, 两年前); funding
# costs (上周; 无锡农商行 三季度末, 年初; 上海农商银行 前三季度); asset quality
# (今年, 金融监管总局 年底); the outlook (明年, 元旦, 春节, 明年一季度; 2027年末,
# 2025年末).  Simplified, UTF-8 WITH a BOM, 2026-11-24 (a Tuesday, ISO week
# 2026-W48), 金融时报; its byline 金融时报记者 管晓雯 杭州报道 names the outlet
# (SPEC: outlets in bylines) and the city filed from.  昨日 2026-11-23; 上周五
# 2026-11-20; 上周 2026-W47; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g299():
    d = Doc(G299)
    Y, NY, OCT, SEP = "2026", "2027", "2026-10", "2026-09"
    HZ, SQ, SG = "湖州市", "宿迁市", "寿光市"
    # title (a heading that opens with no city: no section; 浙江, 山东 are
    # provinces, so the title's rows take no city); 今年 attached to
    # 前三季度 (SPEC), several quarters of a year: the year
    d.date("[[今年前三季度]]农村", Y, "")
    d.metric("增长[[约9%]] ", 9, "%", "approx", "")
    # the byline: 金融时报 right before 记者 at the start of the line is
    # the outlet (SPEC: news outlets in bylines are ORG; GUIDELINES: a
    # name ending in 时报 before 记者), 杭州 the city filed from (SPEC;
    # precedents SA's 天津报道, QC's 盐城报道)
    d.org("\n\n[[金融时报]]记者 管晓雯")
    d.city("管晓雯 [[杭州]]报道")
    # P1 the national figures (no CITY)
    d.org("\n\n[[国家金融监督管理总局]]（")
    # a bracketed short form made of the name's characters in order,
    # quotes outside (GUIDELINES)
    d.org("以下简称“[[金融监管总局]]”）昨日")
    d.date("金融监管总局”）[[昨日]]发布", "2026-11-23", "")
    # an end of a month is the month (SPEC); 截至 outside
    d.date("截至[[9月末]]，全国农村", SEP, "")
    d.metric("涉农贷款余额[[约18.6万亿元]]", "18.6e12", "元", "approx", "")
    d.metric("同比增长[[约9.1%]]", "9.1", "%", "approx", "")
    # 个百分点 is the unit 百分点 (SPEC); 约 adjacent: approx (高于 is
    # separated from the figure by its subject, no marker)
    d.metric("各项贷款[[约2.3个百分点]]", "2.3", "百分点", "approx", "")
    d.metric("小微企业贷款余额[[约9.4万亿元]]", "9.4e12", "元", "approx", "")
    # a start of a period is the period (SPEC): 年初 the reference year
    d.date("较[[年初]]增加约8600亿元", Y, "")
    d.metric("增加[[约8600亿元]]", "8600e8", "元", "approx", "")
    d.date("农村商业银行[[9月末]]不良", SEP, "")
    d.metric("不良贷款率为[[2.86%]]", "2.86", "%", "exact", "")
    d.date("较[[6月末]]下降", "2026-06", "")
    d.metric("下降[[0.11个百分点]]", "0.11", "百分点", "exact", "")
    # 约为: the marker separated by the verb 为 stays outside and sets
    # approx (GUIDELINES 约为19%; declared sep)
    d.metric("拨备覆盖率约为[[142%]]", 142, "%", "approx", "", sep="约")
    d.org("。[[中国人民银行]]（")
    d.org("以下简称“[[人民银行]]”）统计")
    # 前三季度 right after the noun it is about (GUIDELINES 该行前9个月):
    # the year
    d.date("金融机构[[前三季度]]各项存款", Y, "")
    d.metric("各项存款增加[[约4.2万亿元]]", "4.2e12", "元", "approx", "")
    # 七成 -> 70 %, 超过 over (SPEC 6成以上)
    d.metric("占比[[超过七成]]", 70, "%", "over", "")
    # P2 浙江 (a province, no CITY; 湖州 in two sentences)
    d.org("地区。[[浙江农商联合银行]]相关负责人")
    d.date("截至[[10月末]]，全省农商银行", OCT, "")
    d.metric("各项贷款余额[[约3.6万亿元]]", "3.6e12", "元", "approx", "")
    d.metric("其中涉农贷款[[约1.6万亿元]]", "1.6e12", "元", "approx", "")
    # 去年同期 follows its sentence's period, 10月末 (SPEC): 2025-10
    d.date("较[[去年同期]]增长约10.4%", "2025-10", "")
    d.metric("增长[[约10.4%]]", "10.4", "%", "approx", "")
    # 突破 inside the span, over (SPEC 突破百万)
    d.metric("授信户数[[突破760万户]]", "760e4", "户", "over", "")
    d.metric("户均授信[[约18万元]]", "18e4", "元", "approx", "")
    d.city("。在[[湖州]]，浙江安吉")
    # a registered name with its place in front (安吉, a county: no CITY)
    # and its bracketed short form
    d.org("在湖州，[[浙江安吉农村商业银行]]（")
    d.org("以下简称“[[安吉农商银行]]”）今年")
    d.date("安吉农商银行”）[[今年]]以来", Y, HZ)
    d.metric("发放贷款[[约126亿元]]", "126e8", "元", "approx", HZ)
    d.metric("利率降至[[约3.85%]]", "3.85", "%", "approx", HZ)
    # 去年 counts from the reference year (its sentence states no
    # non-relative period); 全年 outside (GUIDELINES)
    d.date("较[[去年]]全年下降", "2025", HZ)
    # 个基点 is the unit 基点 (GUIDELINES: basis points like 百分点)
    d.metric("下降[[约40个基点]]", 40, "基点", "approx", HZ)
    # a bureau of the regulator named by its city after the regulator (one
    # ORG, no CITY: SPEC 天津市网信办; GUIDELINES: a government body right
    # after another is its department) and its own short name (SPEC: an
    # agency's own short name, 市商务局; GUIDELINES 香港金管局)
    d.org("。[[国家金融监督管理总局湖州监管分局]]（")
    d.org("以下简称“[[湖州金融监管分局]]”）数据")
    # the city as a modifier (SPEC 杭州特色)
    d.city("显示，[[湖州]]辖内")
    d.date("农商银行[[10月]]新增", OCT, HZ)
    d.metric("新增贷款[[约58亿元]]", "58e8", "元", "approx", HZ)
    # 以下 inside the span, under (SPEC)
    d.metric("控制在[[0.9%以下]]", "0.9", "%", "under", HZ)
    # P3 the village banks
    d.org("。[[国家金融监督管理总局江苏监管局]]上月")
    d.date("江苏监管局[[上月]]批复", OCT, "")
    d.org("同意[[江苏常熟农村商业银行]]（")
    d.org("以下简称“[[常熟农商行]]”）吸收")
    d.metric("吸收合并[[3家]]村镇银行", 3, "家", "exact", "")
    # 旗下 between two names: two ORGs (precedents)
    d.org("分支机构。[[常熟农商行]]旗下")
    d.org("旗下[[兴福村镇银行]]目前")
    d.metric("仍控股[[约28家]]", 28, "家", "approx", "")
    # after the noun phrase it is about (这些机构), the year
    d.date("这些机构[[前三季度]]合计", Y, "")
    d.metric("净利润[[约3.6亿元]]", "3.6e8", "元", "approx", "")
    d.metric("同比增长[[约6%]]。", 6, "%", "approx", "")
    # 苏州银行: a city commercial bank, its 苏州 inside (no CITY)
    d.org("。[[苏州银行]]此前")
    d.city("已在[[宿迁]]完成")
    d.metric("完成[[4家]]同体系", 4, "家", "exact", SQ)
    d.metric("存款规模[[约96亿元]]", "96e8", "元", "approx", SQ)
    d.date("统计，[[今年前10个月]]全国", Y, "")
    d.metric("全国共有[[约168家]]", 168, "家", "approx", "")
    # 超过去年: the verb owns its 过, 去年 is the DATE (GUIDELINES); 全年
    # outside
    d.date("已超过[[去年]]全年", "2025", "")
    d.metric("全年的[[约150家]]", 150, "家", "approx", "")
    d.date("；截至[[10月末]]，全国村镇银行", OCT, "")
    d.metric("降至[[约1360家]]", 1360, "家", "approx", "")
    # P4 山东 (a province; 寿光 in one sentence)
    d.org("增长。[[国家金融监督管理总局山东监管局]]（")
    d.org("以下简称“[[山东金融监管局]]”）上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("山东金融监管局”）[[上周五]]通报", "2026-11-20", "")
    d.date("通报，截至[[10月末]]，全省110家", OCT, "")
    d.metric("全省[[110家]]农商银行", 110, "家", "exact", "")
    d.metric("存贷比约为[[71.5%]]", "71.5", "%", "approx", "", sep="约")
    # a bare four-digit year and its end: the year (SPEC 年底)
    d.date("较[[2025年末]]提高", "2025", "")
    d.metric("提高[[约2.6个百分点]]", "2.6", "百分点", "approx", "")
    d.city("。在[[寿光]]，山东寿光")
    d.org("在寿光，[[山东寿光农村商业银行]]（")
    d.org("以下简称“[[寿光农商行]]”）围绕")
    d.date("“菜棚贷”，[[今年]]已累计", Y, SG)
    d.metric("累计投放[[约41亿元]]", "41e8", "元", "approx", SG)
    d.metric("惠及菜农[[约2.6万户]]", "2.6e4", "户", "approx", SG)
    d.metric("户均贷款[[约15.8万元]]", "15.8e4", "元", "approx", SG)
    # a county-level city's government with its place in front (GUIDELINES:
    # a place before a government body belongs to it): one ORG, no CITY
    d.org("；[[寿光市政府]]出资")
    # 达到 a value word: exact
    d.metric("规模达到[[2亿元]]", "2e8", "元", "exact", "")
    d.org("。[[菏泽农商行]]、山东临沂")
    d.org("、[[山东临沂兰山农村商业银行]]去年")
    d.date("兰山农村商业银行[[去年]]分别", "2025", "")
    # village banks named by their counties (鄄城, 临朐: counties, no CITY)
    d.org("吸收合并[[鄄城牡丹村镇银行]]、")
    d.org("、[[临朐聚丰村镇银行]]，")
    d.date("聚丰村镇银行，[[今年]]新增", Y, "")
    d.metric("分别[[约1.9万户]]", "1.9e4", "户", "approx", "")
    d.metric("、[[约1.3万户]]。", "1.3e4", "户", "approx", "")
    # P5 the provincial banks
    d.org("深化。[[辽宁农村商业银行]]（")
    d.org("以下简称“[[辽宁农商银行]]”）本月")
    # a part of a month is the month (SPEC 9月上旬); the rule gives the
    # first city after (鞍山) to the date, the nearest before (丹东, the
    # list's last) to the figures: the rule as written
    d.date("辽宁农商银行”）[[本月中旬]]完成", "2026-11", "鞍山市")
    # three cities listed before 等地 (SPEC: a list sharing one head)
    d.city("将[[鞍山]]、锦州")
    d.city("鞍山、[[锦州]]、丹东")
    d.city("锦州、[[丹东]]等地")
    d.metric("等地的[[14家]]农信", 14, "家", "exact", "丹东市")
    d.metric("资产规模[[约5200亿元]]", "5200e8", "元", "approx", "丹东市")
    d.metric("营业网点[[超过1900个]]", 1900, "个", "over", "丹东市")
    # N年前 is a relative DATE (SPEC 两年前), counted from the reference
    # year in a sentence that states no other period: 2023
    d.date("。[[三年前]]组建时", "2023", "")
    d.org("该行由[[沈阳农商行]]牵头")
    d.metric("牵头合并[[30家]]农信", 30, "家", "exact", "")
    d.org("。[[广西农商联合银行]]、四川")
    d.org("、[[四川农商联合银行]]今年")
    d.date("四川农商联合银行[[今年]]分别", Y, "")
    d.metric("注资[[约60亿元]]", "60e8", "元", "approx", "")
    d.metric("、[[约85亿元]]，用于", "85e8", "元", "approx", "")
    # P6 policy tools (杭州, 嘉兴, 丽水 in the last sentence)
    d.org("加力。[[人民银行]]上月")
    d.date("人民银行[[上月]]新增", OCT, "")
    d.metric("额度[[1000亿元]]", "1000e8", "元", "exact", "")
    d.metric("下调[[0.25个百分点]]", "0.25", "百分点", "exact", "")
    d.metric("百分点至[[约1.25%]]", "1.25", "%", "approx", "")
    # a provincial branch written after its body with its place belongs to
    # it (GUIDELINES 中国欧盟商会上海分会): one ORG
    d.org("。[[中国人民银行浙江省分行]]介绍")
    d.date("介绍，[[10月]]浙江辖内", OCT, "")
    d.metric("加权平均利率[[约3.6%]]", "3.6", "%", "approx", "")
    d.metric("涉农贷款低[[约0.5个百分点]]", "0.5", "百分点", "approx", "")
    d.org("。[[国家农业信贷担保联盟有限责任公司]]数据")
    # 前10个月 right after the noun it is about (GUIDELINES 全市前10个月)
    d.date("农担体系[[前10个月]]新增", Y, "")
    d.metric("担保金额[[约3280亿元]]", "3280e8", "元", "approx", "")
    d.metric("同比增长[[约12%]]", 12, "%", "approx", "")
    d.metric("单户[[300万元以下]]", "300e4", "元", "under", "")
    d.metric("业务占比[[约92%]]", 92, "%", "approx", "")
    d.org("；[[浙江省农业融资担保有限公司]]今年")
    # the rule gives the first city after (杭州) to the date and the
    # nearest before (丽水, the list's last) to the figure: the rule as
    # written
    d.date("担保有限公司[[今年]]在杭州", Y, "杭州市")
    d.city("今年在[[杭州]]、嘉兴")
    d.city("杭州、[[嘉兴]]、丽水")
    d.city("嘉兴、[[丽水]]等地")
    d.metric("新增担保[[约110亿元]]", "110e8", "元", "approx", "丽水市")
    # P7 the large banks (佛山, 清远 in the last sentence)
    d.org("激烈。[[中国农业银行]]（")
    d.org("以下简称“[[农业银行]]”）9月末")
    d.date("农业银行”）[[9月末]]县域", SEP, "")
    d.metric("县域贷款余额[[约9.6万亿元]]", "9.6e12", "元", "approx", "")
    d.date("该行[[前三季度]]新增", Y, "")
    d.metric("县域贷款[[约8300亿元]]", "8300e8", "元", "approx", "")
    d.org("；[[中国邮政储蓄银行]]（")
    d.org("以下简称“[[邮储银行]]”）涉农")
    d.metric("贷款余额[[突破2.4万亿元]]", "2.4e12", "元", "over", "")
    d.org("。[[广州农村商业银行]]（")
    d.org("以下简称“[[广州农商行]]”）相关")
    d.city("在[[佛山]]、清远")
    d.city("佛山、[[清远]]等地")
    d.metric("压低至[[3%以下]]", 3, "%", "under", "清远市")
    d.date("较[[两年前]]下降", "2024", "清远市")
    d.metric("下降[[近0.8个百分点]]", "0.8", "百分点", "approx", "清远市")
    # P8 funding costs (江苏, 浙江 are provinces: no CITY)
    d.date("下行。[[上周]]，江苏", "2026-W47", "")
    # a range, two mentions sharing the unit written once after the last
    # (SPEC 30至80笔 -> 30 and 80笔; declared shared)
    d.metric("挂牌利率[[5]]至15个基点", 5, "基点", "exact", "",
             shared="个基点")
    d.metric("5至[[15个基点]]", 15, "基点", "exact", "")
    d.org("；[[无锡农村商业银行]]（")
    d.org("以下简称“[[无锡农商行]]”）披露")
    # an end of a quarter is the quarter (GUIDELINES 第三季度末)
    d.date("其[[三季度末]]存款", "2026-Q3", "")
    d.metric("付息率约为[[1.72%]]", "1.72", "%", "approx", "", sep="约")
    d.date("1.72%，较[[年初]]下降", Y, "")
    d.metric("下降[[约0.21个百分点]]", "0.21", "百分点", "approx", "")
    # 上海农商银行: the bank's usual short name, its 上海 inside (no CITY)
    d.org("；[[上海农商银行]]前三季度")
    d.date("上海农商银行[[前三季度]]个人", Y, "")
    d.metric("个人存款增加[[约560亿元]]", "560e8", "元", "approx", "")
    d.metric("多增[[约14%]]", 14, "%", "approx", "")
    # P9 asset quality (no CITY)
    d.metric("仍在[[4%以上]]", 4, "%", "over", "")
    d.metric("个别机构[[超过8%]]", 8, "%", "over", "")
    d.date("；[[今年]]以来多地", Y, "")
    d.metric("补充资本[[约1200亿元]]", "1200e8", "元", "approx", "")
    d.org("。[[金融监管总局]]相关负责人")
    # 年底 the reference year (SPEC); 前 outside
    d.date("在[[年底]]前完成", Y, "")
    d.metric("较高的[[约200家]]", 200, "家", "approx", "")
    # P10 the outlook (no CITY)
    # 明年 always counts from the reference year (GUIDELINES)
    d.date("展望[[明年]]，中国", NY, "")
    # an institute after an academy is one ORG (GUIDELINES
    # 中国社会科学院社会学所)
    d.org("，[[中国社会科学院农村发展研究所]]研究人员")
    # yearless holidays: the coming ones (GUIDELINES)
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("带动[[明年一季度]]贷款", "2027-Q1", "")
    # a range, each figure with its own % (SPEC)
    d.metric("保持在[[8%]]至9%", 8, "%", "exact", "")
    d.metric("8%至[[9%]]之间", 9, "%", "exact", "")
    # a committee of the association written right after it belongs to it
    # (SPEC: a department written after the name; GUIDELINES: an
    # association's branch ends at 分会 or 专业委员会): one ORG
    d.org("。[[中国银行业协会农村合作金融工作委员会]]预计")
    d.date("到[[2027年末]]全国", NY, "")
    d.metric("降至[[约1500家]]", 1500, "家", "approx", "")
    d.date("较[[2025年末]]减少", "2025", "")
    d.metric("减少[[约90家]]", 90, "家", "approx", "")
    audit = {
        "orgs": ["金融时报", "国家金融监督管理总局", "金融监管总局",
                 "中国人民银行", "人民银行", "浙江农商联合银行",
                 "浙江安吉农村商业银行", "安吉农商银行",
                 "国家金融监督管理总局湖州监管分局", "湖州金融监管分局",
                 "国家金融监督管理总局江苏监管局", "江苏常熟农村商业银行",
                 "常熟农商行", "兴福村镇银行", "苏州银行",
                 "国家金融监督管理总局山东监管局", "山东金融监管局",
                 "山东寿光农村商业银行", "寿光农商行", "寿光市政府",
                 "菏泽农商行", "山东临沂兰山农村商业银行", "鄄城牡丹村镇银行",
                 "临朐聚丰村镇银行", "辽宁农村商业银行", "辽宁农商银行",
                 "沈阳农商行", "广西农商联合银行", "四川农商联合银行",
                 "中国人民银行浙江省分行", "国家农业信贷担保联盟有限责任公司",
                 "浙江省农业融资担保有限公司", "中国农业银行", "农业银行",
                 "中国邮政储蓄银行", "邮储银行", "广州农村商业银行",
                 "广州农商行", "无锡农村商业银行", "无锡农商行", "上海农商银行",
                 "中国社会科学院农村发展研究所",
                 "中国银行业协会农村合作金融工作委员会"],
        "cities": ["杭州", "湖州", "宿迁", "寿光", "鞍山", "锦州", "丹东",
                   "嘉兴", "丽水", "佛山", "清远",
                   # cities that stand only inside ORG rows (SPEC: a city
                   # inside an organization name is no CITY)
                   "苏州", "常熟", "菏泽", "临沂", "沈阳", "广州", "无锡",
                   "上海",
                   # provinces (SPEC: no CITY)
                   "浙江", "山东", "江苏",
                   # absent cities as guards: none written
                   "南京", "济南", "青岛", "潍坊", "温州", "宁波", "绍兴",
                   "金华", "北京", "深圳", "成都", "重庆", "天津", "大连",
                   "义乌", "昆山", "长沙"],
        # 浙江 (x4), 山东 (x2), 江苏 (a province each, SPEC: no CITY; 山东
        # and 江苏 otherwise inside ORG rows)
        "excluded": ["约9% [[浙江]]、山东", "浙江、[[山东]]县域",
                     "[[山东]]的县域信贷", "[[浙江]]是农信改革",
                     "10月[[浙江]]辖内", "上周，[[江苏]]、浙江",
                     "江苏、[[浙江]]等地"],
        # 8 of 已连续8个季度: a duration (GUIDELINES: 个季度 is a time unit,
        # 连续11个季度 a duration), no METRIC and no DATE
        "numbers_excluded": ["已连续[[8]]个季度"],
        # 一 of 统一法人 (a single legal person: a word, no figure)
        "cn_excluded": ["纳入统[[一]]法人"],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE: 全年 (x2, after 去年: outside, GUIDELINES),
        # 季度 (8个季度: a duration, above); 同期 only inside 去年同期; 日均,
        # 每年, 年度, 近期 (none written)
        "words_excluded": {"全年": 2, "季度": 1, "同期": 0, "日均": 0,
                           "每年": 0, "年度": 0, "近期": 0},
        # generic words outside ORG rows: 银行 (x21: 中小银行 x5, 农商银行
        # x8, 村镇银行 x6, 农村商业银行 (the kind, 农村商业银行9月末不良贷款率),
        # 大型银行: kinds), 农信 (x3: 农信改革, 农信机构 x2), 政府 (地方政府:
        # SPEC, 地方 a level, 政府 a back-reference), 机构 (x10), 农担 (全国
        # 农担体系: the guarantee system), 担保 (x2, guarantees), 农业
        # (农业企业); the heads and names a cut ORG would leave outside
        # (公司, 有限公司, 协会, 研究所, 总局, 监管局, 分局, 分行, 联合银行,
        # 委员会, 人民银行) and the trade names and places before each head
        # (常熟, 安吉, 苏州, 菏泽, 临沂, 兰山, 牡丹, 聚丰, 兴福, 沈阳, 辽宁,
        # 广西, 四川, 广州, 无锡, 上海, 邮政储蓄, 国家, 中国), none outside
        # rows; 寿光 (x1), 湖州 (x2) and 杭州 (x2) outside ORG rows only as
        # CITY rows
        "orgwords_excluded": {"银行": 21, "中小银行": 5, "农商银行": 8,
                              "村镇银行": 6, "农村商业银行": 1,
                              "大型银行": 1, "农信": 3, "政府": 1,
                              "机构": 10, "农担": 1, "担保": 2, "农业": 1,
                              "公司": 0, "有限公司": 0, "协会": 0,
                              "研究所": 0, "总局": 0, "监管局": 0,
                              "分局": 0, "分行": 0, "联合银行": 0,
                              "委员会": 0, "人民银行": 0, "常熟": 0,
                              "安吉": 0, "苏州": 0, "菏泽": 0, "临沂": 0,
                              "兰山": 0, "牡丹": 0, "聚丰": 0, "兴福": 0,
                              "沈阳": 0, "辽宁": 0, "广西": 0, "四川": 0,
                              "广州": 0, "无锡": 0, "上海": 0,
                              "邮政储蓄": 0, "国家": 0, "中国": 0,
                              "寿光": 1, "湖州": 2, "杭州": 2},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g300 Taiwan's ports in November 2026: container volumes (臺灣港務公司 昨（24）日:
# 今年前10月, 民國110年; 高雄港, 台中港, 台北港, 基隆港); 高雄港 (高雄港務分公司 10月,
# 上月, 今年; 長榮海運's 第七貨櫃中心 and 陽明海運's 高明貨櫃碼頭 今年前10月;
# 臺灣港務港勤公司 今年); the carriers' results (長榮海運 上週五, 前3季; 陽明海運,
# 萬海航運 前3季, 第4季; 裕民航運, 慧洋海運 前3季; 中鋼運通 今年); green shipping
# (台船 上月, 今年; 台灣中油 明年; 高雄港務分公司 今年); foreign carriers
# (地中海航運, 馬士基, 達飛 今年; 寧波, 廈門, 胡志明市, 馬尼拉, 洛杉磯, 鹿特丹;
# 航港局 上月, 明年元旦); cruises (基隆港務分公司 今年, 去年同期; 麗星郵輪,
# 公主郵輪, 皇家加勒比國際郵輪; 本月, 那霸, 東京, 香港; 基隆市政府 今年, 基隆;
# 交通部觀光署); 台中港 (台中港務分公司 今年前10月; 台灣中油 今年, 114年; 台中市政府
# 明（116）年, 台中; 今年); logistics (臺灣港務國際物流公司 今年, 高雄, 台南;
# 高雄港區土地開發公司 上月, 明（116）年第2季; 新北市, 臺北港貨櫃碼頭股份有限公司
# 今年前10月); ship calls (航港局 10月, 去年同期, 今年); investment (行政院 上月,
# 明（116）年度, 今（115）年; 2030年底; 高雄市政府海洋局 明年第1季; 財政部關務署高雄關
# 10月, 9月); rates and the outlook (上海航運交易所 上週五, 上月底; 中華民國輪船
# 商業同業公會全國聯合會 明年上半年, 年底, 農曆春節; 交通部運輸研究所 今年; 明年第2季).
# Traditional as Taiwan writes it (台, 占, 公布, 上週, 本週, 前3季, 第4季,
# 前10月, 年增, 新台幣, 億, 萬, 艘次, 公噸, 坪, ROC years), stored as PLAIN
# BIG5 without a BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48), 工商時報;
# its dateline line 記者林育萱／高雄報導 (no outlet; the CITY 高雄; ／ declared).
# 昨（24）日 2026-11-24; 上週五 2026-11-20; 本月 2026-11; 上月 2026-10;
# 明年 2027.
# ===========================================================================
@doc
def g300():
    d = Doc(G300)
    Y, NY, OCT = "2026", "2027", "2026-10"
    # title (a heading that opens with no city: no section; 高雄港, a port,
    # holds no CITY, GUIDELINES: a city before 港 is no CITY, a port is a
    # facility); 前10月 (Taiwan's first months without 個, GUIDELINES) right
    # after the port it is about, in the reference year; 年增 (year on year)
    # no DATE
    d.date("高雄港[[前10月]]貨櫃量", Y, "")
    d.metric("年增[[約5%]] ", 5, "%", "approx", "")
    # the company by its short form before the bracket that gives it
    # (precedents RB's 領展, SC's 澳廣視)
    d.org(" [[臺灣港務公司]]明年擬")
    d.date("臺灣港務公司[[明年]]擬投資", NY, "")
    d.metric("擬投資[[逾200億元]]", "200e8", "元", "over", "")
    # the dateline 記者林育萱／高雄報導: no outlet; 高雄, the city filed from,
    # a special municipality by its full name (SPEC; GUIDELINES)
    d.city("／[[高雄]]報導")
    # P1 container volumes (no CITY: the ports are facilities)
    d.org("\n\n[[臺灣港務股份有限公司]]（")
    # a bracketed short form made of the name's characters in order
    # (GUIDELINES), an ORG there and where it recurs
    d.org("（[[臺灣港務公司]]）昨")
    # 昨（24）日 one span (SPEC 今（5）日), the bracketed day agreeing
    d.date("）[[昨（24）日]]公布", "2026-11-24", "")
    d.date("統計，[[今年前10月]]高雄港", Y, "")
    # TEU a count unit (GUIDELINES); a Taiwan thousands separator
    d.metric("合計[[約1,284萬TEU]]", "1284e4", "TEU", "approx", "")
    d.metric("年增[[約4.2%]]，創", "4.2", "%", "approx", "")
    # 民國 inside the span (SPEC), a year even before 來 (GUIDELINES
    # 民國113年來台旅客): 110 + 1911 = 2021; 以來 outside
    d.date("創[[民國110年]]以來", "2021", "")
    d.metric("其中高雄港[[約772萬TEU]]", "772e4", "TEU", "approx", "")
    d.metric("年增[[約5.1%]]，占", "5.1", "%", "approx", "")
    d.metric("比重[[約60%]]。", 60, "%", "approx", "")
    d.metric("分別[[約181萬TEU]]", "181e4", "TEU", "approx", "")
    d.metric("、[[約137萬TEU]]，", "137e4", "TEU", "approx", "")
    d.metric("年增[[約3.4%]]、", "3.4", "%", "approx", "")
    d.metric("、[[約8.7%]]；", "8.7", "%", "approx", "")
    d.metric("基隆港[[約130萬TEU]]", "130e4", "TEU", "approx", "")
    d.metric("年減[[約2.6%]]。", "2.6", "%", "approx", "")
    # P2 高雄港 (no CITY)
    # the port corporation's branch by its own name (its 高雄 inside, no
    # CITY: SPEC, a city inside an organization name)
    d.org("\n\n[[高雄港務分公司]]指出")
    d.date("指出，[[10月]]高雄港", OCT, "")
    d.metric("貨櫃量[[約81.6萬TEU]]", "81.6e4", "TEU", "approx", "")
    # 上月 as a baseline after 較: the month before the last month its
    # sentence states, 10月 (GUIDELINES: 10月营收…较上月 -> 09)
    d.date("較[[上月]]增加約3%", "2026-09", "")
    d.metric("增加[[約3%]]，創", 3, "%", "approx", "")
    # 單月 (a single month) no DATE
    d.date("創[[今年]]單月新高", Y, "")
    d.org("方面，[[長榮海運]]經營")
    d.date("第七貨櫃中心[[今年前10月]]裝卸量", Y, "")
    d.metric("裝卸量[[約196萬TEU]]", "196e4", "TEU", "approx", "")
    # 兩成 -> 20 %, 逾 over
    d.metric("年增[[逾兩成]]", 20, "%", "over", "")
    # 旗下 between two names: two ORGs (precedents)
    d.org("；[[陽明海運]]旗下高明")
    d.org("旗下[[高明貨櫃碼頭]]營運")
    d.metric("第六貨櫃中心[[約252萬TEU]]", "252e4", "TEU", "approx", "")
    d.metric("年增[[約4%]]。", 4, "%", "approx", "")
    d.org("。[[臺灣港務港勤公司]]今年")
    d.date("港勤公司[[今年]]新增", Y, "")
    # 艘 a measure word after Arabic digits
    d.metric("新增[[4艘]]拖船", 4, "艘", "exact", "")
    # 艘次 (ship visits) a unit as written (GUIDELINES)
    d.metric("作業量[[約4.6萬艘次]]", "4.6e4", "艘次", "approx", "")
    # P3 the carriers' results (no CITY)
    d.org("回落。[[長榮海運]]上週五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("長榮海運[[上週五]]公布", "2026-11-20", "")
    # Taiwan's quarters without 度 (GUIDELINES 前3季), right after the
    # noun it is about (該公司): the year
    d.date("該公司[[前3季]]稅後", Y, "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside the span with the currency (GUIDELINES
    # 约人民币100亿元; precedent SA's 約新台幣; declared outer)
    d.metric("約新台幣[[412億元]]；陽明", "412e8", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[陽明海運]]、萬海航運")
    d.org("、[[萬海航運]]前3季")
    d.date("萬海航運[[前3季]]稅後", Y, "")
    d.metric("約新台幣[[219億元]]", "219e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("約新台幣[[136億元]]", "136e8", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[萬海航運]]表示")
    # a quarter without a year in the reference year (GUIDELINES: Taiwan's
    # 第N季); 起 outside
    d.date("表示，[[第4季]]起", "2026-Q4", "")
    # 條 the measure word (t2s 条)
    d.metric("新增[[2條]]東南亞", 2, "条", "exact", "")
    # a kind (散裝航商) in front of a list of names: a descriptor outside
    # (SPEC 美国咨询公司麦肯锡)
    d.org("散裝航商[[裕民航運]]、慧洋")
    d.org("、[[慧洋海運]]前3季")
    d.date("慧洋海運[[前3季]]分別", Y, "")
    d.metric("約新台幣[[21億元]]", "21e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("約新台幣[[18億元]]", "18e8", "元", "approx", "",
             outer="約新台幣")
    d.org("，[[中鋼運通]]今年")
    d.date("中鋼運通[[今年]]則接收", Y, "")
    d.metric("接收[[2艘]]新造", 2, "艘", "exact", "")
    # P4 green shipping (no CITY)
    d.org("焦點。[[台灣國際造船公司]]（")
    # a bracketed short form whose characters stand in the name in order
    # (GUIDELINES)
    d.org("（[[台船]]）上月")
    d.date("（台船）[[上月]]為", OCT, "")
    d.org("上月為[[陽明海運]]交付")
    d.metric("交付[[2艘]]甲醇", 2, "艘", "exact", "")
    d.date("貨櫃輪，[[今年]]累計", Y, "")
    d.metric("交船[[約7艘]]", 7, "艘", "approx", "")
    d.org("；[[台灣中油]]則規劃")
    d.date("則規劃[[明年]]在高雄港", NY, "")
    # 公噸 a unit as written (GUIDELINES; t2s 公吨)
    d.metric("初期供應量[[約10萬公噸]]", "10e4", "公吨", "approx", "")
    d.org("。[[高雄港務分公司]]統計")
    d.date("統計，[[今年]]以來已有", Y, "")
    d.metric("已有[[約320艘次]]", 320, "艘次", "approx", "")
    d.metric("減碳[[約1.2萬公噸]]", "1.2e4", "公吨", "approx", "")
    # P5 foreign carriers
    # a list closed by a kind (等歐洲航商: GUIDELINES' list rule)
    d.org("。[[地中海航運]]、馬士基")
    d.org("、[[馬士基]]、達飛")
    d.org("、[[達飛]]等歐洲航商")
    d.date("歐洲航商[[今年]]在高雄港", Y, "")
    d.metric("新增航線[[約9條]]", 9, "条", "approx", "")
    d.metric("升至[[約53%]]", 53, "%", "approx", "")
    # four cities listed before 等地, then two more (SPEC: a list sharing one
    # head; 胡志明市, a foreign city whose common name ends with 市)
    d.city("來自[[寧波]]、廈門")
    d.city("寧波、[[廈門]]、胡志明市")
    d.city("廈門、[[胡志明市]]及馬尼拉")
    d.city("胡志明市及[[馬尼拉]]等地")
    d.city("轉運至[[洛杉磯]]、鹿特丹")
    d.city("洛杉磯、[[鹿特丹]]。")
    d.org("。[[交通部航港局]]（")
    d.org("（[[航港局]]）上月")
    d.date("（航港局）[[上月]]公告", OCT, "")
    # 明年 attached to the holiday (SPEC: an attached 今年/去年 is inside):
    # Taiwan's 元旦 of 2027; 起 outside
    d.date("公告，[[明年元旦]]起", "2027-01-01", "")
    d.metric("調漲[[約5%]]。", 5, "%", "approx", "")
    # P6 cruises (那霸, 東京, 香港, 基隆)
    d.org("方面，[[基隆港務分公司]]統計")
    d.date("統計，[[今年]]以來基隆港", Y, "")
    d.metric("郵輪靠泊[[約186艘次]]", 186, "艘次", "approx", "")
    # 人次 a unit (SPEC)
    d.metric("旅客[[約71萬人次]]", "71e4", "人次", "approx", "")
    # 去年同期 after 今年 (a year): the year (SPEC; precedent SC)
    d.date("分別較[[去年同期]]增加", "2025", "")
    d.metric("增加[[約12%]]、", 12, "%", "approx", "")
    d.metric("、[[約15%]]，其中", 15, "%", "approx", "")
    d.org("其中[[麗星郵輪]]、公主")
    d.org("、[[公主郵輪]]及皇家")
    # 及 between two listed names (LISTED_PAIRS)
    d.org("公主郵輪及[[皇家加勒比國際郵輪]]合計")
    # 約 before 占 sets approx across the verb (GUIDELINES 约占全国的四成;
    # declared sep)
    d.metric("合計約占[[七成]]", 70, "%", "approx", "", sep="約")
    # 本月 the reference month; 起 outside; the rule gives the first city
    # after (那霸) to the date and the count
    d.date("。[[本月]]起基隆港", "2026-11", "那霸")
    # 以上 inside, over (SPEC 60岁以上); 每週 (every week) recurring, no
    # DATE (SPEC 每月5日)
    d.metric("均有[[2艘以上]]郵輪", 2, "艘", "over", "那霸")
    d.city("航線以[[那霸]]、東京")
    d.city("那霸、[[東京]]及香港")
    d.city("東京及[[香港]]為主")
    # a city's government (GUIDELINES: a place before a government body
    # belongs to it): one ORG, no CITY
    d.org("；[[基隆市政府]]預估")
    d.date("郵輪旅客[[今年]]在基隆", Y, "基隆市")
    # 市 that starts the next word (市區) stays outside (SPEC 常州市区)
    d.city("今年在[[基隆]]市區")
    d.metric("約新台幣[[14億元]]", "14e8", "元", "approx", "基隆市",
             outer="約新台幣")
    d.org("。[[交通部觀光署]]則對")
    # 最高 sets no qualifier (GUIDELINES); the currency before the number
    # outside (SPEC 港币50元); 每航次 a basis outside (GUIDELINES 每平方米)
    d.metric("最高新台幣[[50萬元]]", "50e4", "元", "exact", "")
    # P7 台中港 (台中 once, in the city government's sentence)
    d.org("\n\n[[台中港務分公司]]表示")
    d.date("台中港[[今年前10月]]散雜貨", Y, "")
    d.metric("裝卸量[[約7,860萬公噸]]", "7860e4", "公吨", "approx", "")
    d.metric("年增[[約2.1%]]；", "2.1", "%", "approx", "")
    d.org("；[[台灣中油]]在港區")
    d.date("接收站[[今年]]卸收", Y, "")
    d.metric("卸收[[約620萬公噸]]", "620e4", "公吨", "approx", "")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023): 114 + 1911
    d.date("較[[114年]]增加", "2025", "")
    d.metric("增加[[約9%]]。", 9, "%", "approx", "")
    d.org("。[[台中市政府]]規劃")
    # the bracketed ROC year of 明 (GUIDELINES 明（116）年), one span; the
    # rule gives the first city after (台中)
    d.date("規劃於[[明（116）年]]在港區", NY, "台中市")
    # 公頃 a unit as written (t2s 公顷)
    d.metric("新增[[約45公頃]]", 45, "公顷", "approx", "台中市")
    d.city("業者在[[台中]]設置")
    d.org("。[[台中港務分公司]]並指出")
    d.date("重件碼頭[[今年]]已裝卸", Y, "")
    # 組 (sets) a count unit (GUIDELINES: 组; t2s 组)
    d.metric("風機基礎[[約120組]]", 120, "组", "approx", "")
    # P8 logistics (高雄, 台南, 新北市)
    d.org("延伸。[[臺灣港務國際物流公司]]今年")
    # the rule gives the first city after (高雄) to the date and the
    # nearest before (台南, the pair's last) to the figures: the rule as
    # written
    d.date("國際物流公司[[今年]]在高雄", Y, "高雄市")
    d.city("今年在[[高雄]]、台南")
    d.city("高雄、[[台南]]新增")
    # 坪 a unit as written (GUIDELINES)
    d.metric("冷鏈倉儲[[約3.2萬坪]]", "3.2e4", "坪", "approx", "台南市")
    d.metric("出租率[[約九成]]", 90, "%", "approx", "台南市")
    # a company of the port area (高雄港區: a port area, no CITY, GUIDELINES
    # 龙口港区), its 高雄 inside (no CITY)
    d.org("；[[高雄港區土地開發公司]]上月")
    d.date("土地開發公司[[上月]]在高雄港區", OCT, "")
    d.metric("樓地板面積[[約1.8萬坪]]", "1.8e4", "坪", "approx", "")
    # a bracketed year takes the quarter after it, one span (GUIDELINES
    # 今（115）年第3季 -> 2026-Q3): the ROC 116 = 2027
    d.date("預計[[明（116）年第2季]]滿租", "2027-Q2", "")
    # 新北市 with its 市 before a district's name (SPEC: 市 that ends the
    # name is inside, 福州市和蚂蚁金服); 台北港 (a port) no CITY
    d.city("位於[[新北市]]八里區")
    d.org("，[[長榮海運]]主導")
    # its 臺北 inside the company's name, no CITY (SPEC)
    d.org("主導的[[臺北港貨櫃碼頭股份有限公司]]今年")
    d.date("股份有限公司[[今年前10月]]裝卸量", Y, "新北市")
    d.metric("裝卸量[[約118萬TEU]]", "118e4", "TEU", "approx", "新北市")
    # P9 ship calls (no CITY)
    d.org("\n\n[[航港局]]統計")
    d.date("統計，[[10月]]全台", OCT, "")
    d.metric("進出港船舶[[約3,980艘次]]", 3980, "艘次", "approx", "")
    # 去年同期 after 10月: 2025-10 (SPEC)
    d.date("船舶約3,980艘次，較[[去年同期]]增加", "2025-10", "")
    d.metric("增加[[約3.3%]]", "3.3", "%", "approx", "")
    d.metric("吞吐量[[約6,450萬公噸]]", "6450e4", "公吨", "approx", "")
    d.org("；[[航港局]]並指出")
    d.date("指出，[[今年]]通過", Y, "")
    d.metric("貨櫃船[[約1.9萬艘次]]", "1.9e4", "艘次", "approx", "")
    # P10 investment (no CITY: 高雄 inside names and ports)
    d.org("投資面，[[行政院]]上月")
    d.date("行政院[[上月]]核定", OCT, "")
    d.org("核定[[臺灣港務公司]]明（116）年度")
    # 明（116）年度 one span, 年度 inside (GUIDELINES)
    d.date("臺灣港務公司[[明（116）年度]]預算", NY, "")
    d.metric("約新台幣[[218億元]]", "218e8", "元", "approx", "",
             outer="約新台幣")
    d.date("較[[今（115）年]]增加", Y, "")
    d.metric("增加[[約17%]]", 17, "%", "approx", "")
    d.metric("高雄港約占[[五成]]", 50, "%", "approx", "", sep="約")
    d.org("。[[臺灣港務公司]]並規劃")
    # a four-digit year and its end: the year (SPEC 年底); 前 outside
    d.date("規劃在[[2030年底]]前", "2030", "")
    # 提升至 a value: exact
    d.metric("提升至[[1,200萬TEU]]", "1200e4", "TEU", "exact", "")
    # a city government's bureau written right after it (GUIDELINES
    # 新北市政府地政局): one ORG, no CITY
    d.org("。[[高雄市政府海洋局]]表示")
    d.date("表示，[[明年第1季]]將在", "2027-Q1", "")
    d.metric("服務旅客[[約20萬人次]]", "20e4", "人次", "approx", "")
    # a customs office named by its city after its administration, one ORG
    # (GUIDELINES 财政部关务署台北关)
    d.org("。[[財政部關務署高雄關]]統計")
    d.date("統計，[[10月]]經高雄港", OCT, "")
    d.metric("約新台幣[[3,920億元]]", "3920e8", "元", "approx", "",
             outer="約新台幣")
    # a bare month as the baseline, in the reference year
    d.date("較[[9月]]增加", "2026-09", "")
    d.metric("增加[[約6%]]", 6, "%", "approx", "")
    d.metric("出口約占[[三成]]", 30, "%", "approx", "", sep="約")
    # P11 rates and the outlook (no CITY: 上海 inside the exchange's name)
    d.org("方面，[[上海航運交易所]]公布")
    d.date("運價指數[[上週五]]收在", "2026-11-20", "")
    # 點 the points of an index after 收在 (GUIDELINES; t2s 点)
    d.metric("收在[[1,386點]]", 1386, "点", "exact", "")
    # 上月底 as a baseline after 較: the month before the last month its
    # sentence states (上週五, 2026-11-20): 2026-10
    d.date("較[[上月底]]下跌", OCT, "")
    d.metric("下跌[[約11%]]", 11, "%", "approx", "")
    # 全國聯合會 after a trade association's name makes its national
    # federation's, one ORG (GUIDELINES 中华民国旅馆商业同业公会全国联合会)
    d.org("。[[中華民國輪船商業同業公會全國聯合會]]預估")
    # several months of a year: the year (SPEC 上半年), 明年 attached
    d.date("預估，[[明年上半年]]全球", NY, "")
    d.metric("仍將[[超過250萬TEU]]", "250e4", "TEU", "over", "")
    # a range, two mentions (SPEC); 年底 after 明年 in its sentence is its
    # next occurrence, this year's (GUIDELINES 明年春节前夕开幕，年底前);
    # 农历春节 is 春节 (GUIDELINES), yearless, the coming one; 前 outside
    d.date("，[[年底]]至農曆春節", Y, "")
    d.date("年底至[[農曆春節]]前", "2027-02-06", "")
    d.org("；[[交通部運輸研究所]]則預期")
    d.org("預期，[[臺灣港務公司]]今年")
    # 全年 after 今年 outside (GUIDELINES)
    d.date("臺灣港務公司[[今年]]全年", Y, "")
    d.metric("達到[[約1,540萬TEU]]", "1540e4", "TEU", "approx", "")
    d.date("若於[[明年第2季]]生效", "2027-Q2", "")
    # 一成 a figure (GUIDELINES: 一成 is no indefinite article)
    d.metric("減少[[約一成]]", 10, "%", "approx", "")
    audit = {
        "orgs": ["臺灣港務公司", "臺灣港務股份有限公司", "高雄港務分公司",
                 "長榮海運", "陽明海運", "高明貨櫃碼頭", "臺灣港務港勤公司",
                 "萬海航運", "裕民航運", "慧洋海運", "中鋼運通",
                 "台灣國際造船公司", "台船", "台灣中油", "地中海航運", "馬士基",
                 "達飛", "交通部航港局", "航港局", "基隆港務分公司",
                 "麗星郵輪", "公主郵輪", "皇家加勒比國際郵輪", "基隆市政府",
                 "交通部觀光署", "台中港務分公司", "台中市政府",
                 "高雄港區土地開發公司", "臺灣港務國際物流公司",
                 "臺北港貨櫃碼頭股份有限公司", "行政院", "高雄市政府海洋局",
                 "財政部關務署高雄關", "上海航運交易所",
                 "中華民國輪船商業同業公會全國聯合會",
                 "交通部運輸研究所"],
        "cities": ["高雄", "台中", "台南", "基隆", "新北", "新北市", "寧波",
                   "廈門", "胡志明市", "馬尼拉", "洛杉磯", "鹿特丹", "那霸",
                   "東京", "香港",
                   # cities that stand only before 港 (ports, below) or inside
                   # ORG rows (SPEC: a city inside an organization name is no
                   # CITY), and the island
                   "台北", "臺北", "上海", "台灣",
                   # absent cities as guards: none written
                   "桃園", "新竹", "嘉義", "屏東", "宜蘭", "花蓮", "台東",
                   "彰化", "臺中", "臺南", "釜山", "新加坡", "深圳", "青島",
                   "橫濱", "神戶"],
        # 台灣 (台灣海峽: a strait's name; the island, no city)
        "excluded": ["通過[[台灣]]海峽"],
        "numbers_excluded": [],
        # 七 and 六 of 第七貨櫃中心, 第六貨櫃中心 (ordinals in facilities'
        # names, SPEC: ordinals are no METRIC); 八 of 八里區 (a district's
        # name)
        "cn_excluded": ["第[[七]]貨櫃中心", "第[[六]]貨櫃中心",
                        "新北市[[八]]里區"],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE and no place: 年增 (x9: year on year seven
        # times, and where the DATE rows 114年 and 今（115）年 meet 增加), 年減
        # (year on year), 單月 (x2, a single month), 天然氣 (x2, natural
        # gas), 初期 (the initial phase), 每週 (every week: recurring, SPEC
        # 每月5日), 全年 (x2: after 今年, outside, GUIDELINES; 高雄港全年貨櫃量,
        # a year's volume); the ports (GUIDELINES: a port is a facility,
        # neither CITY nor ORG; a city before 港 is no CITY): 高雄港 (x13, the
        # title's included; 高雄港旅運中心 a facility, 高雄港區 the port area,
        # GUIDELINES 龙口港区), 基隆港 (x4), 台中港 (x3), 台北港 (x3); 同期 only inside 去年同期; 年度 only inside
        # 明（116）年度; 日均, 每年 (none written)
        "words_excluded": {"年增": 9, "年減": 1, "單月": 2, "天然氣": 2,
                           "初期": 1, "每週": 1, "全年": 2, "高雄港": 13,
                           "基隆港": 4, "台中港": 3, "台北港": 3,
                           "同期": 0, "年度": 0, "日均": 0, "每年": 0},
        # generic words outside ORG rows: 航商 (x4, carriers: a kind), 郵輪
        # (x6, cruise ships), 公司 (該公司: a back-reference), 碼頭 (重件碼頭,
        # a wharf), 航運 (綠色航運: shipping), 港勤
        # (港勤作業量: harbour services), 貨櫃中心 (x3: 洲際貨櫃中心, the
        # terminals 第七貨櫃中心 and 第六貨櫃中心, facilities), 物流中心 and
        # 旅運中心 (facilities), 業者 (x3, operators); the heads and names a
        # cut ORG would leave outside (海運, 政府, 交通部, 分公司, 有限公司,
        # 公會, 聯合會, 全國, 研究所, 交易所, 港務, 行政院, 財政部, 關務署,
        # 海洋局, 觀光署, 土地開發, 國際物流) and the trade names before each head (中油, 造船,
        # 長榮, 陽明, 萬海, 裕民, 慧洋, 中鋼, 地中海, 麗星, 皇家, 公主, 輪船), none
        # outside rows
        "orgwords_excluded": {"航商": 4, "郵輪": 6, "公司": 1, "碼頭": 1,
                              "航運": 1, "港勤": 1, "貨櫃中心": 3,
                              "物流中心": 1, "旅運中心": 1, "業者": 3,
                              "海運": 0, "政府": 0, "交通部": 0,
                              "分公司": 0, "有限公司": 0, "公會": 0,
                              "研究所": 0, "交易所": 0, "港務": 0,
                              "行政院": 0, "財政部": 0, "關務署": 0,
                              "海洋局": 0, "觀光署": 0, "土地開發": 0,
                              "國際物流": 0, "中油": 0, "造船": 0,
                              "長榮": 0, "陽明": 0, "萬海": 0, "裕民": 0,
                              "慧洋": 0, "中鋼": 0, "地中海": 0, "麗星": 0, "輪船": 0,
                              "皇家": 0, "公主": 0, "聯合會": 0,
                              "全國": 0},
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
    halves each title declares (TITLE_HALVES: g299's space after 约9%,
    g300's after 約5%; annotate_qa.py's)."""
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
    half_break(), against that line).  Neither title here names a city
    (浙江, 山东 are provinces; 高雄港 is a port), so their rows take none;
    annotate_sa.py's g293 title used the reading."""
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
    annotate_ra.py and annotate_sa.py kept it; unused here: no bare month
    or quarter follows 元旦, 春节, 明年元旦 or 農曆春節 in their sentences:
    g299's 随着元旦、春节临近…明年一季度 writes its year word).  The holiday is the first such one of
    the sentence; its date is the table's, recomputed by check_holiday()."""
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
    annotate_sa.py's g293; kept, unused here: neither article writes 年内)."""
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
    here: no METRIC row has a time unit; g299's 已连续8个季度回升 is a
    duration with no cue (GUIDELINES 连续11个季度), no METRIC (excluded in
    the audit)."""
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
    METRIC); the complement of check_collective (annotate_ba.py's; kept,
    unused here: no count in Chinese numerals follows a 、-list; the
    collectives of a draft, 四港, 兩行, were rewritten)."""
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
    PER_UNITS (none here: neither article writes a rate), and no undeclared
    slash rate stands in the text (annotate_pb.py's check, as annotate_ra.py
    kept it; g300's 每航次補助最高新台幣50萬元 puts a verb, 最高 and the
    currency between 每航次 and the figure, which the check does not read:
    50萬元 has the unit 元 as written)."""
    if r["type"] != "METRIC":
        return
    if "/" in r["unit"]:
        assert r["unit"] in PER_UNITS.get(d.doc_id, ()), ("rate", r)
        # the denominator stands in the span too (GUIDELINES: 16712元/平方米)
        assert r["text"].endswith(r["unit"].split("/", 1)[1]), r
    head = d.text[max(0, r["start"] - 6):r["start"]]
    m = re.search("[每](吨|噸|筆|笔|艘|公斤|平方米|立方米|平方呎|呎|宗)"
                  "(手續費)?$", head)
    if m:
        assert "/" not in r["unit"] and m.group(1) not in r["unit"], r
        assert r["unit"] in ("元", "港元", "美元"), r


def check_line3(d, rows):
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_oa.py
    kept it: g299's byline 金融时报记者 管晓雯 杭州报道, whose outlet before
    记者 is an ORG (SPEC: news outlets in bylines; GUIDELINES: a byline at
    the start of a line names its outlet) and whose 杭州, the city filed
    from, is a CITY (precedents SA's 天津报道, QC's 盐城报道), and g300's
    dateline 記者林育萱／高雄報導, whose 高雄 is a CITY (precedent SA's g294
    form); the rows stand in the declared order)."""
    lines = d.text.split("\n")
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
    # each declared no-span character (／ of the plain-Big5 article's
    # dateline, whose plain-Big5 and cp950 codes differ) stands once, on
    # the dateline line (the third line), and in no span
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
        for c in d.no_span_chars:       # the declared characters stand in
            lines = d.text.split("\n")     # the dateline (the third line)
            assert c in lines[2], c         # before every span but the
            # title's and an outlet's at the start of the dateline line
            # (annotate_fb.py's ASTRAL_BEFORE_BODY; none here: 記者 opens it)
            line3 = len(lines[0]) + len(lines[1]) + 2
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
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
            # neither article names a university)
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
            # by annotate_qa.py's 胡志明市, and here by g300's)
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
    # annotate_ia.py's and annotate_ja.py's checks; kept, unused here: g300
    # writes no character outside plain Big5, IN_ORG is empty)
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

