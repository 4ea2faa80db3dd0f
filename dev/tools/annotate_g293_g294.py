#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g293_aircraft_leasing_airlines_fleets and g294_taiwan_etf_investment_trusts
(annotator SA).

Adapted from the precedent set's tools/annotate_ra.py (now dev/tools/annotate_g287_g288.py) (/tmp/ho51/precedent:
a simplified mainland article with its outlet on the byline and a
traditional Taiwan article with a dateline 記者…／台北報導 on the third line,
the pair closest to mine in script, region and layout; copied and the data
changed).  My storage differs from both of annotate_ra.py's articles (UTF-8
with a BOM and plain Big5 there), so its two storage blocks are rebuilt:
- a UTF-8-WITHOUT-BOM block for the simplified article g293 (annotate_ra.py's
  UTF-8-with-BOM block turned back to a file without one, as annotate_qa.py
  had it): no BOM and no U+FEFF anywhere; utf-8 and utf-8-sig read the same
  text (nothing to strip); the file walked character by character from its
  first byte, each character with its UTF-8 bytes at its own place; three
  bytes every non-ASCII character, the file exactly the text's UTF-8; the GB
  and Big5 codecs and UTF-16 fail on the file or read another text; every
  character GB2312 (DECLARED_MAINLAND declared empty, the checks kept);
- a UTF-16-LITTLE-ENDIAN-WITH-BOM block for the Taiwan article g294
  (annotate_rb.py's UTF-16 LE block for its Hong Kong text, itself
  annotate_qc.py's, opened to a Taiwan text): exactly one BOM FF FE, the
  BOM-aware codec reads the same text, the plain little-endian reading keeps
  U+FEFF in front, the big-endian one reads another text; the file walked
  code unit by code unit (every ASCII character with its NUL after it; the
  surrogate branch kept, unused: no astral character); the legacy codecs and
  UTF-8 fail or read another text.  annotate_ra.py's Big5 declarations of the
  Taiwan text stay, read on the decoded text as what a reader converting it
  to a Big5 codec meets (annotate_rb.py kept its Big5 declarations for a
  UTF-16 Hong Kong file likewise): no character outside plain Big5
  (OUTSIDE_BIG5 declared empty); the characters whose plain-Big5 and cp950
  codes differ are exactly the declared ones (BIG5_FORMS: ／ of the dateline
  記者高欣怡／台北報導, plain Big5 A2 41, which cp950 reads as ∕ U+2215), once,
  in no span; every line without it is the same in plain Big5, cp950 and
  Big5-HKSCS byte for byte.
It keeps every other check of annotate_ra.py: strict decoding, offsets,
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
reference year; relative words; 上月 as a baseline (used: 增速较上月 after
10月 in g293); 上季 and
本季 (used: 較上季 in g294); 去年同期 (used: after 前三季度 in g293, after
今年前10月 in g294); 同月 (used in g294); 上年/前年 (kept, unused), N年前
(used: 五年前 in g293); the bare-day rule (used: 26日 in g294); the range
check (kept, unused); the bracketed gloss (used: 上周三（11月18日） in g293,
本週四（26日） in g294); check_forward (kept: each quarter after 明年
writes its year word, 明年一季度, 明年第1季);
check_holiday_period (kept, unused); the 约占 check (used: 約占兩成, 約占45%
in g294); markers before, touching and after a span; 约为 (used: 分别约为 in
g293); a marker before a currency written before the number (約新台幣 in
g294); the declared shared unit (used: 40万至43万美元 in g293); the
collective label (兩家 after 元大證券、永豐金證券 in g294);
check_not_collective and check_no_collective_metric; check_time_metric (used:
约7.6小时, 约7.8年, 9个月左右, 不足4小时 in g293); the SHI_NEXT, 市-inside,
CITY_STOPS, CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI, TAIWAN_SHI_ONLY (used:
新竹市 and 嘉義市 in g294) and TW_HK_FOREIGN checks; LINE3 (g293's byline 21世纪经济报道记者
林思远 天津报道 with the ORG 21世纪经济报道 and the CITY 天津; g294's dateline
記者高欣怡／台北報導 with the CITY 台北); JOINED_NAMES (one name in g294),
JOINER_CHAR_NAMES (none here, kept) and LISTED_PAIRS (one pair in g293, two
in g294);
check_per_before (kept); every 旬 inside a DATE row (used: 本月中旬,
12月中下旬, 明年1月中旬); the bare ROC year before 來 (none written); a bare
前N个月/前N月/前N季/前三季度 never opening a clause; check_shiyi,
check_bare_period and check_within_year (used: 年内 in g293).
New here: the joiner checks read 暨 too (JOINERS; GUIDELINES: two trades
joined by 暨 after a place name one guild; 暨 before a body stays outside
it), so that g294's 中華民國證券投資信託暨顧問商業同業公會 is declared in
JOINED_NAMES and a cut across its 暨 stops (a copy without 暨 in JOINERS let
that cut pass); check_bare_day reads GUIDELINES' exception for a day alone in
brackets right after a day word that it repeats (本周四（26日） is the word's
own day, whatever month the sentence named before: annotate_ra.py's version
stopped on g294's correct 本週四（26日） after 12月18日 in its sentence);
CODE_LABELS (model names and stock codes that hold digits or Latin letters,
each declared with its count: C919, A320neo, 737-8, 0050, 00878 …; each
stands so often, touching no letter or digit, inside no row, and the digit,
Latin and numeral audits read every other figure); the storage blocks
above.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (the BOM removed, nothing else):

- g293 is simplified (mainland, 21世纪经济报道, 2026-11-23, a Monday of ISO
  week 2026-W48), stored as UTF-8 WITHOUT a BOM (the title's 今 = E4 BB 8A
  opens the file).  Every character is GB2312, and OpenCC t2s leaves the
  article unchanged.  Its byline 21世纪经济报道记者 林思远 天津报道 stands on a
  line of its own under the title: the outlet before 记者 (SPEC: news
  outlets in bylines are ORG) and the city filed from (天津, a CITY).
- g294 is traditional (Taiwan, 經濟日報, 2026-11-24, a Tuesday of ISO week
  2026-W48), stored as UTF-16 LITTLE-ENDIAN WITH A BOM (FF FE, then the
  title's 台 = F0 53).  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市).  A Taiwan text: 2-3 digit years before 年 are ROC
  years (112年 = 2023, 114年 = 2025, 116年 = 2027, 今（115）年 = 2026,
  明（116）年第1季 = 2027-Q1, 民國113年底 = 2024).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho51/precedent:
README, NOTES_ra/rb/rc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g293_g294.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g293_g294.py
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
G293 = "g293_aircraft_leasing_airlines_fleets"
G294 = "g294_taiwan_etf_investment_trusts"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G293: ("utf-8", b"", False, "2026-11-23", "21世纪经济报道"),
    G294: ("utf-16-le", BOM16LE, True, "2026-11-24", "經濟日報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check: a codec without one would skip every byte check)
STORAGE_BLOCKS = ("utf-8", "utf-16-le")
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G293: [], G294: []}
# characters of the mainland article that GB2312 lacks, with their UTF-8
# bytes as the file writes them (annotate_ra.py's DECLARED_MAINLAND): none
# here, every character of g293 is GB2312 (declared empty; the checks stay)
DECLARED_MAINLAND = {G293: {}}
# ... and their kinds, "utf8-four-byte" or "utf8-three-byte" (none here)
DECLARED_KINDS = {G293: Counter()}
# characters of the UTF-16 article declared with their little-endian code
# units (annotate_rb.py's DECLARED_UTF16): none here, every character of
# g294 is one code unit; the walk and its surrogate branch stay
DECLARED_UTF16 = {G294: {}}
DECLARED_UTF16_KINDS = {G294: Counter()}
# characters of the Taiwan article outside plain Big5: none (what a reader
# converting the UTF-16 text to Big5 meets; 碁 of 宏碁 and the like are not
# written)
OUTSIDE_BIG5 = {G294: {}}
# the cp950 code of each declared character and its kind (none here; the
# checks stay, as annotate_ra.py kept them)
BIG5_CODE = {}
BIG5_KINDS = {G294: Counter()}
# the ORG rows each declared character may stand in (none here)
IN_ORG = {G294: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes, with (plain Big5 bytes, cp950 bytes): ／ (U+FF0F) of the dateline
# 記者高欣怡／台北報導, once, in no span; plain Big5 writes it A2 41, which
# cp950 reads as ∕ (U+2215, DIVISION SLASH) and Big5-HKSCS as ／ (the
# declared reading of each, CP950_READS); the file is UTF-16 and writes it
# FF 0F, so this says what a converter to a Big5 codec meets
BIG5_FORMS = {G294: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each declared character stands in, with its count
DECLARED_WORD = {G294: {"／": ("記者高欣怡／台北報導", 1)}}
# the spans allowed before the declared characters on the dateline line:
# none (the line opens with 記者, no outlet)
BEFORE_DECLARED = {G294: set()}
# the third line of each article (a byline or a dateline under the title)
# and the rows it holds, exactly: g293's byline names its outlet,
# 21世纪经济报道, right before 记者 at the start of the line (SPEC: news
# outlets in bylines are ORG, 新华社, 澎湃新闻; GUIDELINES: a byline at the
# start of a line names its outlet), and the city filed from, 天津 (a
# municipality, SPEC; precedent QC's 盐城报道, RA's 台北報導); g294's
# dateline names no outlet and the city filed from, 台北, a special
# municipality (annotate_ra.py's g288 form)
LINE3 = {G293: ("21世纪经济报道记者 林思远 天津报道",
                [("ORG", "21世纪经济报道"), ("CITY", "天津")]),
         G294: ("記者高欣怡／台北報導", [("CITY", "台北")])}
# the first character of each file, with its bytes after the BOM (if any):
# g293's title opens with 今 (UTF-8 E4 BB 8A, no BOM), g294's with 台
# (U+53F0, little-endian F0 53 after FF FE)
FIRST_CHAR = {G293: ("今", b"\xe4\xbb\x8a"), G294: ("台", b"\xf0\x53")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g293 two (after 186架), g294 three (after 8.6兆元 and
# after 1,300萬人)
TITLE_HALVES = {G293: 2, G294: 3}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G294}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ra.py's list, itself annotate_qa.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); my last line adds the simplified
# forms of g294's traditional characters that the list lacked, from OpenCC
# t2s of each character of the article, none of them written in it (the
# check in main() asserts that the list covers them all); TRADITIONAL_WORDS
# below declares the Taiwan words that write a character of the list
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
                   "挂牵荡睐踪")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count; the list's characters stand nowhere else: none here (annotate_ra.py's
# 核准 is gone: OpenCC's round trip wrote 上月核准 back as 核準, so g294 writes
# 同意; the check stays)
TRADITIONAL_WORDS = {G294: {}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台股, 台北, 新北 … 台灣, 新台幣 (s2tw
# 臺), 占 of 占上市總成交值比重, 市占率, 占比, 約占 (佔), 布 of 公布 (佈); each
# must occur (annotate_ra.py's 併/並 is gone: no 合併 is written)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g293 (mainland, 2026-11-23, a Monday): 元旦 2027-01-01 and 春节 2027-02-06
# (元旦、春节前后: yearless, the coming ones, 39 and 75 days after; 前后
# outside).
# g294 (Taiwan, 2026-11-24, a Tuesday): 農曆年 2027-02-06 (GUIDELINES: 农历年
# is 春节; yearless, the coming one, 74 days after; 前 outside).
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "農曆年": "2027-02-06",
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
# the reference dates: g293's 2026-11-23 a Monday of ISO W48 (so its 上周 is
# W47, 上周五 11-20, 上周三 11-18, 本周 W48), g294's 2026-11-24 a Tuesday of
# W48 (so its 上週 is W47, 上週五 11-20, 本週四 11-26, 昨（23）日 11-23);
# 元旦 and 春节 of 2027 39 and 75 days after g293's date, 春节 of 2026 279
# days before it; 農曆年 of 2027 74 days after g294's
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date.fromisocalendar(2026, 47, 3) == datetime.date(2026, 11,
                                                                   18)
assert datetime.date.fromisocalendar(2026, 48, 4) == datetime.date(2026, 11,
                                                                   26)
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (datetime.date(2026, 11, 23) - datetime.date(2026, 1, 1)).days == 326
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
assert (_SPRING[2027] - datetime.date(2026, 11, 24)).days == 74


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
    # g293 (2026: the municipalities 天津, 上海, 北京, 重庆; the provincial
    # capitals 广州, 成都, 西安; the sub-provincial 厦门, 深圳; the
    # prefecture-level 珠海; each + 市, none written with its 市 outside an ORG
    # row: 天津 inside 天津东疆综合保税区管理委员会 and 国家外汇管理局天津市分局,
    # 上海 inside 上海航空, 厦门 inside 厦门航空 and 厦门自贸片区管委会, 成都
    # inside 成都航空 hold no CITY; the foreign 都柏林 (Dublin), 图卢兹
    # (Toulouse), 新加坡 (a city, GUIDELINES), 曼谷 (Bangkok) and Hong Kong
    # 香港, by their common Chinese names, no 市)
    "天津": "天津市", "上海": "上海市", "厦门": "厦门市", "珠海": "珠海市",
    "广州": "广州市", "深圳": "深圳市", "北京": "北京市", "成都": "成都市",
    "重庆": "重庆市", "西安": "西安市", "都柏林": "都柏林", "图卢兹": "图卢兹",
    "香港": "香港", "新加坡": "新加坡", "曼谷": "曼谷",
    # g294 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial city 基隆 by their full names
    # (SPEC; GUIDELINES: Taiwan cities normalize to the full name), written
    # without 市; the provincial cities 新竹市 and 嘉義市, written with their
    # 市 (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市); the foreign
    # 紐約 (t2s 纽约) and 東京 (t2s 东京), their common Chinese names, no 市)
    "台北": "台北市", "新北": "新北市", "桃園": "桃园市", "台中": "台中市",
    "台南": "台南市", "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "紐約": "纽约", "東京": "东京",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"都柏林", "图卢兹", "香港", "新加坡", "曼谷", "纽约", "东京"}
# foreign cities whose common Chinese name itself ends with 市 (annotate_ba
# .py's FOREIGN_SHI; none here, the check stays)
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them (used here: 新竹市 and 嘉義市 of g294, written with their 市); the set
# is GUIDELINES' rule, fixed and asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed
# table (annotate_aa.py's; none written here: 紐約 and 東京 are the mainland
# names too)
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
# new here: GUIDELINES make two trades joined by 暨 after a place one guild,
# and 暨 before a body a joiner outside it)
JOINERS = "及和與与暨"
# ORG names that join two fields with a joiner inside one body
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g294's
# 中華民國證券投資信託暨顧問商業同業公會 (the securities investment trust and
# consulting association: two trades joined by 暨 after the country's name,
# GUIDELINES 台湾工具机暨零组件工业同业公会); any other ORG row holding a
# joiner stops (check())
JOINED_NAMES = {G293: (), G294: ("中華民國證券投資信託暨顧問商業同業公會",)}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车): none here, the check
# stays
JOINER_CHAR_NAMES = {G293: {}, G294: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra.py's
# LISTED_PAIRS): g293's 国银金租和农银金融租赁有限公司 (the last of a list
# 工银租赁、国银金租和…), g294's 中信投信與凱基投信 (the last of 復華投信、
# 中信投信與凱基投信) and 臺灣指數公司與富時羅素
LISTED_PAIRS = {G293: (("国银金租", "农银金融租赁有限公司"),),
                G294: (("中信投信", "凱基投信"), ("臺灣指數公司", "富時羅素"))}
# rates with a slash denominator the articles write: none (the check and the
# audit of undeclared slash rates stay)
PER_UNITS = {G293: (), G294: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (new here): aircraft models (C919, C909, A320neo, A321neo, 737-8: product
# names, SPEC: names and codes are no METRIC) and ETF stock codes (0050,
# 00878, 00919, 0056: SPEC codes); each stands exactly so often, never inside
# or across a row, with no letter or digit touching it, and the digit, Latin
# and numeral audits read every other figure
CODE_LABELS = {G293: {"C919": 2, "C909": 1, "A320neo": 3, "A321neo": 1,
                      "737-8": 1},
               G294: {"0050": 1, "00878": 2, "00919": 1, "0056": 1}}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "臺灣集中保管結算所": "台湾集中保管结算所", "集保結算所": "集保结算所",
    "臺灣證券交易所": "台湾证券交易所", "證交所": "证交所",
    "中華民國證券投資信託暨顧問商業同業公會":
        "中华民国证券投资信托暨顾问商业同业公会",
    "投信投顧公會": "投信投顾公会", "元大投信": "元大投信",
    "國泰投信": "国泰投信", "群益投信": "群益投信", "元大金控": "元大金控",
    "國泰金控": "国泰金控", "復華投信": "复华投信", "中信投信": "中信投信",
    "凱基投信": "凯基投信", "金融監督管理委員會": "金融监督管理委员会",
    "金管會": "金管会", "統一投信": "统一投信", "野村投信": "野村投信",
    "金管會證券期貨局": "金管会证券期货局", "證期局": "证期局",
    "證券櫃檯買賣中心": "证券柜台买卖中心", "櫃買中心": "柜买中心",
    "富邦投信": "富邦投信", "聯準會": "联准会", "元大證券": "元大证券",
    "永豐金證券": "永丰金证券", "凱基證券": "凯基证券", "MSCI": "MSCI",
    "臺灣指數公司": "台湾指数公司", "富時羅素": "富时罗素",
    "國泰世華銀行": "国泰世华银行",
    "勞動部勞動基金運用局": "劳动部劳动基金运用局", "中央銀行": "中央银行",
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
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM, THE MAINLAND ARTICLE
            # (annotate_ra.py's UTF-8-with-BOM block turned back to a file
            # without one, as annotate_qa.py had it): no BOM and no U+FEFF
            # anywhere; utf-8-sig strips nothing and reads the same text as
            # plain utf-8; the offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert BOM8 not in full, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == full.decode("utf-8") == \
                self.text, doc_id
            # the first character is the title's (今 = E4 BB 8A), at byte 0
            assert full[:3] == code and len(code) == 3, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation; no four-byte character), so a count
            # in bytes would run two ahead after every Han character; the
            # file is exactly the text's UTF-8, not one byte more
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw), doc_id
            assert len(raw) > len(self.text) + 2000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points) and no character outside the BMP (a UTF-16 count
            # equals the code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            assert all(ord(c) <= 0xFFFF for c in self.text), doc_id
            # the file walked character by character from its first byte:
            # each character's UTF-8 bytes at its own place (annotate_qa.py's
            # byte walk, from 0 again)
            pos, kinds = 0, Counter()
            for c in self.text:
                b = c.encode("utf-8")
                assert full[pos:pos + len(b)] == b, (doc_id, c, pos)
                pos += len(b)
            assert pos == len(full), doc_id
            # a legacy codec or UTF-16 fails on the file or reads another
            # text (annotate_ra.py's list)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            assert not self.traditional, doc_id
            # the characters GB2312 cannot write are exactly the declared
            # ones (annotate_qa.py's DECLARED_MAINLAND, none here), so a
            # converter to GB2312, GBK or GB18030 loses nothing; and the file
            # is no GB file: its GB18030 bytes differ from the file's
            declared = DECLARED_MAINLAND[doc_id]
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
        elif enc == "utf-16-le":    # UTF-16 LITTLE-ENDIAN WITH A BOM, THE
            # TAIWAN ARTICLE (annotate_rb.py's block for its Hong Kong text,
            # itself annotate_qc.py's): exactly one BOM FF FE, the BOM-aware
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
            # in little-endian order (台 = U+53F0, written F0 53, the low
            # byte first; checked above), not its big-endian 53 F0
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
            # annotate_rb.py kept it)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-8", "utf-8-sig"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
            # GB2312 cannot write it (a traditional text)
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            assert self.traditional, doc_id
            # what a reader converting the text to a Big5 codec meets
            # (annotate_ra.py's plain-Big5 declarations, read on the decoded
            # text): the characters plain Big5 cannot write are exactly the
            # declared ones, none here, so every character is plain Big5
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl) == [], (doc_id, outside)
            assert BIG5_CODE == {} and BIG5_KINDS[doc_id] == Counter()
            self.in_org_span = IN_ORG[doc_id]
            assert sorted(self.in_org_span) == sorted(decl), doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: ／ of the dateline),
            # each with its declared bytes in both codecs; plain Big5's bytes
            # read in cp950 as another character (CP950_READS) and in
            # Big5-HKSCS as the same one; the UTF-16 file writes the
            # character itself (FF 0F), once per declared count
            forms = BIG5_FORMS[doc_id]
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            b5text = self.text.encode("big5")
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5.decode("cp950") == CP950_READS[c] != c, (doc_id, c)
                assert c950.decode("big5") == c, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                assert raw.count(c.encode(enc)) == self.text.count(c), c
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
            special = set(forms)
            for line in lines:
                if not any(c in special for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950") == line.encode(
                        "big5hkscs"), line
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        line
            # so a Big5 rendering of the text reads back in Big5-HKSCS as
            # the same text, and in cp950 as another text that differs only
            # at the declared characters (∕ in the dateline), with the same
            # length (no offset would move)
            assert b5text.decode("big5hkscs") == self.text, doc_id
            other = b5text.decode("cp950")
            assert other != self.text and len(other) == len(self.text)
            assert {(a, b) for a, b in zip(self.text, other) if a != b} == \
                {(c, CP950_READS[c]) for c in forms}, doc_id
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




DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g293 Aircraft leasing in November 2026: 东疆's deliveries (东疆管委会 上周五:
# 今年前10个月, 10月, 年内, 10月底; 民航局 9月底, 去年底); the bank lessors (工银租赁
# 10月底, 都柏林's 工银国际租赁有限公司, 今年, 12月底; 国银金租 前三季度, its Irish CDB
# Aviation 上月; 交银租赁 11月18日, 上海航空, 空客); the airlines' fleets (南航 10月末;
# 国航, 东航; 春秋航空, 吉祥航空 今年; 厦门航空 上周三（11月18日）, 图卢兹, 中银航空租赁;
# 四川航空, 长龙航空); the domestic aircraft (中国商飞 10月底, 今年; 成都航空; 工银租赁,
# 国银金租, 农银金融租赁有限公司; 本月中旬, 珠海); lease rates (Cirium: 空客, 波音,
# 2024年, 两年前; 空客's line in 天津 今年前10个月); the offshore platforms (都柏林's
# Avolon, 渤海租赁 上月, 东航; 香港, 中银航空租赁 上周, 今年前三季度, 新加坡, 曼谷; 中飞租
# 今年); policy (金融监管总局 上月; 国家外汇管理局天津市分局 今年前10个月; 东疆海关 今年;
# 11月20日); the other hubs (上海, 广州, 深圳; 临港新片区管委会 今年; 厦门自贸片区管委会,
# 厦门 前三季度, 去年同期; 北京, 成都, 重庆, 西安); the outlook (毕马威中国 明年, 明年一季度,
# 元旦, 春节; 民航局 今年, 2025年; 本周).  Simplified, UTF-8 without a BOM,
# 2026-11-23 (a Monday, ISO week 2026-W48), 21世纪经济报道; its byline
# 21世纪经济报道记者 林思远 天津报道 names the outlet (SPEC: outlets in bylines)
# and the city filed from.  上周五 2026-11-20; 上周三 2026-11-18; 上周
# 2026-W47; 本周 2026-W48; 本月 2026-11; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g293():
    d = Doc(G293)
    Y, NY, OCT = "2026", "2027", "2026-10"
    TJ, XM, DUB, HK = "天津市", "厦门市", "都柏林", "香港"
    # title (a heading that opens with no city: no section; GUIDELINES: for
    # the city column a headline is one sentence, so the first half's rows
    # take the first city of the second half, 天津); 今年 attached to
    # 前10个月 (SPEC), several months of a year: the year; 东疆 (a bonded
    # zone of 天津) no CITY, no ORG
    d.date("[[今年前10个月]]东疆交付", Y, TJ)
    d.metric("租赁飞机[[186架]] ", 186, "架", "exact", TJ)
    # three cities before the verb they share (SPEC: a list of cities)
    d.city(" [[天津]]、上海、厦门")
    d.city("天津、[[上海]]、厦门竞逐")
    d.city("上海、[[厦门]]竞逐")
    # the byline: 21世纪经济报道 right before 记者 at the start of the line
    # is the outlet (SPEC: news outlets in bylines are ORG; its 21 is no
    # figure), 天津 the city filed from (SPEC; precedent QC's 盐城报道)
    d.org("\n\n[[21世纪经济报道]]记者 林思远")
    d.city("林思远 [[天津]]报道")
    # P1 东疆's deliveries (no CITY: 天津 inside the committee's name, SPEC
    # 天津市网信办)
    d.org("\n\n[[天津东疆综合保税区管理委员会]]（")
    # a bracketed short form made of the name's characters in order, quotes
    # outside (GUIDELINES)
    d.org("以下简称“[[东疆管委会]]”）上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("东疆管委会”）[[上周五]]披露", "2026-11-20", "")
    d.date("披露，[[今年前10个月]]东疆以", Y, "")
    d.metric("民航飞机[[186架]]，", 186, "架", "exact", "")
    d.metric("同比增长[[约14%]]", 14, "%", "approx", "")
    d.date("其中[[10月]]交付", OCT, "")
    d.metric("10月交付[[23架]]", 23, "架", "exact", "")
    # 年内 alone: the year the sentence is about (GUIDELINES: also before a
    # high, 创年内新高; check_within_year), the 10月 of 2026 before it
    d.date("创[[年内]]单月新高", Y, "")
    # an end of a month is the month (SPEC); 截至 outside
    d.date("截至[[10月底]]，东疆累计", OCT, "")
    # 突破 inside the span, over (SPEC)
    d.metric("累计交付飞机[[突破2600架]]", 2600, "架", "over", "")
    d.metric("资产规模[[约1.1万亿元]]", "1.1e12", "元", "approx", "")
    d.org("万亿元。[[中国民用航空局]]（")
    d.org("以下简称“[[民航局]]”）数据")
    d.date("截至[[9月底]]，全国民航", "2026-09", "")
    d.metric("运输飞机[[4568架]]", 4568, "架", "exact", "")
    # 去年 counts from the non-relative period its sentence states before
    # it (9月底 of 2026, GUIDELINES): a year's end is the year (SPEC)
    d.date("较[[去年底]]净增", "2025", "")
    d.metric("净增[[约150架]]", 150, "架", "approx", "")
    d.metric("的占比[[约56%]]。", 56, "%", "approx", "")
    # P2 the bank lessors
    d.org("主力。[[工银金融租赁有限公司]]（")
    d.org("以下简称“[[工银租赁]]”）相关负责人")
    # the outlet named again in the body: an ORG (the organization itself)
    d.org("负责人对[[21世纪经济报道]]记者表示")
    # the rule gives the first city after (都柏林) to the group's figures,
    # though they are the whole lessor's: the rule as written
    d.date("表示，截至[[10月底]]，公司拥有", OCT, DUB)
    d.metric("订购的飞机[[约780架]]", 780, "架", "approx", DUB)
    d.metric("其中[[近四成]]资产", 40, "%", "approx", DUB)
    d.city("设在[[都柏林]]的工银")
    d.org("都柏林的[[工银国际租赁有限公司]]持有")
    d.org("持有；[[工银租赁]]今年")
    d.date("工银租赁[[今年]]已通过", Y, "")
    d.metric("交付新机[[41架]]", 41, "架", "exact", "")
    d.metric("另有[[12架]]计划", 12, "架", "exact", "")
    # 12月底 before 前 (前 outside): the month, in the reference year
    d.date("计划在[[12月底]]前交付", "2026-12", "")
    d.org("交付。[[国银金融租赁股份有限公司]]（")
    d.org("以下简称“[[国银金租]]”）披露")
    # 前三季度 right after the noun it is about (公司, GUIDELINES 该行前9个月),
    # several quarters of a year: the year
    d.date("公司[[前三季度]]实现", Y, "")
    d.metric("租赁收入[[约86.4亿元]]", "86.4e8", "元", "approx", "")
    d.metric("同比增长[[9.2%]]，其爱尔兰", "9.2", "%", "exact", "")
    # a Latin company name (SPEC Paytm, PayPal), two words; 子公司 after
    # its parent names no body (GUIDELINES)
    d.org("子公司[[CDB Aviation]]上月")
    d.date("CDB Aviation[[上月]]向海外", OCT, "")
    d.metric("窄体机[[9架]]。", 9, "架", "exact", "")
    d.org("。[[交银金融租赁有限责任公司]]（")
    d.org("以下简称“[[交银租赁]]”）则通过")
    d.date("于[[11月18日]]向上海航空", "2026-11-18", "")
    # 上海航空 (an airline, GUIDELINES: airlines are named in the gazetteer):
    # its 上海 is no CITY (SPEC: a city inside an organization name)
    d.org("向[[上海航空]]交付")
    d.metric("交付[[2架]]空客", 2, "架", "exact", "")
    # a maker before one of its models is the maker (GUIDELINES 问界M8 ->
    # 问界); the model (A320neo) a name, no figure (CODE_LABELS)
    d.org("2架[[空客]]A320neo。")
    d.org("。[[招银金融租赁有限公司]]（")
    d.org("以下简称“[[招银租赁]]”）今年")
    # a range of months, two mentions (SPEC 2024年3月至5月 -> 2024年3月 and
    # 5月); the second end in the first's year
    d.date("招银租赁”）[[今年7月]]至9月", "2026-07", "")
    d.date("今年7月至[[9月]]向国内", "2026-09", "")
    d.metric("交付新机[[14架]]", 14, "架", "exact", "")
    d.metric("占比[[约八成]]。", 80, "%", "approx", "")
    # P3 the airlines' fleets (no CITY but 图卢兹)
    d.org("提速。[[中国南方航空股份有限公司]]（")
    d.org("以下简称“[[南航]]”）披露")
    # an end of a month (末) is the month (SPEC)
    d.date("截至[[10月末]]，公司运营", OCT, "")
    d.metric("客货运飞机[[约935架]]", 935, "架", "approx", "")
    d.metric("租赁飞机占比[[约52%]]；", 52, "%", "approx", "")
    d.org("；[[海南航空控股股份有限公司]]（")
    d.org("以下简称“[[海航控股]]”）10月")
    d.date("海航控股”）[[10月]]旅客", OCT, "")
    d.metric("同比增长[[约8%]]，增速", 8, "%", "approx", "")
    # 上月 as a baseline after 较: the month before the last month its
    # sentence states, 10月 (GUIDELINES: 10月营收…较上月 -> 09)
    d.date("增速较[[上月]]回升", "2026-09", "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("回升[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.org("；[[中国国际航空股份有限公司]]（")
    d.org("以下简称“[[国航]]”）、")
    d.org("、[[中国东方航空股份有限公司]]（")
    d.org("以下简称“[[东航]]”）的机队")
    # 约为 before the first figure: the marker separated by the verb 为
    # stays outside and sets approx (GUIDELINES 约为19%; declared sep); the
    # second figure has its own 约
    d.metric("分别约为[[918架]]、", 918, "架", "approx", "", sep="约")
    d.metric("、[[约812架]]。", 812, "架", "approx", "")
    # a list closed by a kind (等民营航司: GUIDELINES' list rule; airlines
    # are in the gazetteer)
    d.org("。[[春秋航空]]、吉祥航空")
    d.org("、[[吉祥航空]]等民营航司")
    d.date("民营航司[[今年]]引进", Y, "")
    # 七成 -> 70 %, 超过 over (SPEC 6成以上)
    d.metric("经营租赁占比[[超过七成]]", 70, "%", "over", "")
    # 厦门航空: its 厦门 is no CITY (SPEC)
    d.org("。[[厦门航空]]上周三")
    # the weekday inside the span (W47's Wednesday) and its bracketed gloss,
    # two mentions of the same day (SPEC 今日(15日)); the rule gives the
    # first city after (图卢兹)
    d.date("厦门航空[[上周三]]（", "2026-11-18", "图卢兹")
    d.date("上周三（[[11月18日]]）", "2026-11-18", "图卢兹")
    d.city("在[[图卢兹]]接收")
    d.metric("接收[[2架]]A321neo", 2, "架", "exact", "图卢兹")
    d.org("飞机由[[中银航空租赁]]出租")
    d.org("；[[四川航空]]、长龙航空")
    d.org("、[[长龙航空]]等航司")
    d.metric("涉及飞机[[16架]]", 16, "架", "exact", "")
    # P4 the domestic aircraft
    d.org("增量。[[中国商用飞机有限责任公司]]（")
    d.org("以下简称“[[中国商飞]]”）数据")
    d.date("截至[[10月底]]C919", OCT, "")
    d.metric("累计交付[[42架]]", 42, "架", "exact", "")
    d.date("，[[今年]]以来交付", Y, "")
    d.metric("以来交付[[19架]]", 19, "架", "exact", "")
    d.metric("其中[[约六成]]通过", 60, "%", "approx", "")
    # 成都航空: an airline, its 成都 no CITY
    d.org("；[[成都航空]]运营")
    d.metric("已增至[[36架]]", 36, "架", "exact", "")
    # a statistic measured in time after 日均 (SPEC 平均停留2.5天;
    # GUIDELINES' cue list): unit 小时
    d.metric("利用率[[约7.6小时]]", "7.6", "小时", "approx", "")
    # a list closed by 等: three lenders, the last after 和 (LISTED_PAIRS)
    d.org("。[[工银租赁]]、国银金租和")
    d.org("、[[国银金租]]和农银")
    d.org("和[[农银金融租赁有限公司]]等持有")
    d.metric("合计[[超过300架]]", 300, "架", "over", "")
    # a part of a month is the month (SPEC 9月上旬), 本月 from the reference
    # date; the rule gives the first city after (珠海, inside no name: the
    # fair is 中国国际航空航天博览会, which names no city)
    d.date("。[[本月中旬]]在珠海", "2026-11", "珠海市")
    d.city("在[[珠海]]举办")
    d.org("期间，[[中国商飞]]与多家")
    d.metric("C919订单[[约60架]]", 60, "架", "approx", "珠海市")
    # P5 lease rates (天津 in its last sentence)
    # a data firm by its Latin name (SPEC: a company), 航空数据机构 a
    # descriptor outside
    d.org("数据机构[[Cirium]]统计")
    d.org("，[[空客]]A320neo、波音")
    d.org("、[[波音]]737-8等")
    # a range, two mentions sharing the unit written once after the last
    # (SPEC 350万和420万人次 -> both 人次; declared shared)
    d.metric("升至[[40万]]至43万美元", "40e4", "美元", "exact", "",
             shared="美元")
    d.metric("40万至[[43万美元]]", "43e4", "美元", "exact", "")
    # a bare four-digit year (a baseline of a change)
    d.date("较[[2024年]]上涨", "2024", "")
    d.metric("上涨[[约15%]]", 15, "%", "approx", "")
    # N年前 is a relative DATE (SPEC 两年前), counted from the reference
    # year in a sentence that states no other period: 2021
    d.date("。[[五年前]]，同类飞机", "2021", "")
    d.metric("仅[[约28万美元]]", "28e4", "美元", "approx", "")
    # a statistic in time after 平均 (SPEC): unit 年
    d.metric("平均机龄[[约7.8年]]", "7.8", "年", "approx", "")
    d.org("指出，[[空客]]位于天津")
    # 天津 before 的 (no part of a facility's name): a CITY
    d.city("位于[[天津]]的总装线")
    d.date("总装线[[今年前10个月]]交付", Y, TJ)
    d.metric("交付[[约120架]]", 120, "架", "approx", TJ)
    # a statistic in time after 平均 (GUIDELINES: 个月 a time unit); 左右
    # inside, approx
    d.metric("平均达[[9个月左右]]", 9, "个月", "approx", TJ)
    # P6 the offshore platforms
    # a name right after where its seat is acts as the company (GUIDELINES
    # 总部位于日内瓦的地中海航运): Avolon, a Latin name
    d.city("总部位于[[都柏林]]的Avolon")
    d.org("都柏林的[[Avolon]]是渤海")
    d.org("是[[渤海租赁]]旗下子公司")
    d.date("子公司，[[上月]]同东航", OCT, DUB)
    d.org("上月同[[东航]]签署")
    d.metric("签署[[10架]]A320neo", 10, "架", "exact", DUB)
    d.city("在[[香港]]上市的")
    d.org("上市的[[中银航空租赁]]上周")
    d.date("中银航空租赁[[上周]]公布", "2026-W47", HK)
    d.date("公布，[[今年前三季度]]净利润", Y, HK)
    d.metric("净利润[[约6.1亿美元]]", "6.1e8", "美元", "approx", HK)
    # 逾 inside, over
    d.metric("同比增长[[逾20%]]", 20, "%", "over", HK)
    # a fraction is a percentage (SPEC 三分之一 -> 33.3333333333); the rule
    # gives the nearest city before (香港), though the share is of the
    # lessees from 新加坡 and 曼谷: the rule as written
    d.metric("机队中[[约三分之一]]承租人", "33.3333333333", "%", "approx", HK)
    # two cities listed before 等亚洲城市 (GUIDELINES: 新加坡 is a city)
    d.city("来自[[新加坡]]、曼谷")
    d.city("、[[曼谷]]等亚洲城市")
    # 集团控股 before the legal suffix is part of the name (GUIDELINES)
    d.org("。[[中国飞机租赁集团控股有限公司]]（")
    d.org("以下简称“[[中飞租]]”）则表示")
    d.date("拆解业务[[今年]]收入", Y, "")
    d.metric("增长[[约1.5倍]]", "1.5", "倍", "approx", "")
    # P7 policy (no CITY: 天津 inside the bureau's branch)
    d.org("政策层面，[[国家金融监督管理总局]]（")
    d.org("以下简称“[[金融监管总局]]”）上月")
    d.date("金融监管总局”）[[上月]]印发", OCT, "")
    # a branch written after a body with its place belongs to it
    # (GUIDELINES 中国欧盟商会上海分会): one ORG, its 天津 no CITY
    d.org("；[[国家外汇管理局天津市分局]]数据")
    d.date("东疆[[今年前10个月]]办理", Y, "")
    d.metric("收付汇[[约98亿美元]]", "98e8", "美元", "approx", "")
    # a customs district is an ORG (GUIDELINES 南通海关; 东疆 a place that is
    # no city, GUIDELINES 黄埔海关)
    d.org("。[[东疆海关]]称")
    d.date("称，[[今年]]已为", Y, "")
    # 余 inside the span, over (SPEC 1.2万余家)
    d.metric("已为[[120余架]]", 120, "架", "over", "")
    # a statistic in time after 平均 and 缩短 (SPEC; GUIDELINES); 不足 under
    d.metric("缩短至[[不足4小时]]", 4, "小时", "under", "")
    d.date("截至[[11月20日]]，东疆", "2026-11-20", "")
    d.metric("租赁企业[[超过3800家]]", 3800, "家", "over", "")
    d.metric("项目公司[[约1900家]]。", 1900, "家", "approx", "")
    # P8 the other hubs
    d.city("加码。[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等地")
    d.org("；[[临港新片区管委会]]表示")
    d.date("区内[[今年]]新增", Y, "")
    d.metric("项目公司[[约70家]]；", 70, "家", "approx", "")
    # 厦门 inside the committee's name is no CITY (SPEC); 厦门 before
    # 前三季度 is the city, and the period right after the place it is about
    # (GUIDELINES 河南前10个月)
    d.org("；[[厦门自贸片区管委会]]披露")
    d.city("披露，[[厦门]]前三季度")
    d.date("厦门[[前三季度]]累计", Y, XM)
    d.metric("租赁飞机[[31架]]", 31, "架", "exact", XM)
    # 去年同期 after 前三季度 (a period with no ISO form): the year (SPEC)
    d.date("较[[去年同期]]增加", "2025", XM)
    d.metric("增加[[8架]]。", 8, "架", "exact", XM)
    d.city("。[[北京]]、成都")
    d.city("北京、[[成都]]、重庆")
    d.city("成都、[[重庆]]、西安")
    d.city("重庆、[[西安]]等地")
    # P9 the outlook (no CITY)
    # X中国 after a listed firm names its arm (GUIDELINES 毕马威中国)
    d.org("展望后市，[[毕马威中国]]预计")
    # 明年 always counts from the reference year (GUIDELINES)
    d.date("预计，[[明年]]国内", NY, "")
    d.metric("增长[[约两成]]", 20, "%", "approx", "")
    d.date("，[[明年一季度]]将迎来", "2027-Q1", "")
    # yearless holidays: the coming ones (GUIDELINES); 前后 outside
    d.date("高峰；[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.org("高峰。[[民航局]]预计")
    # 全年 after 今年 is outside the span (GUIDELINES)
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("将[[突破8.1亿人次]]", "8.1e8", "人次", "over", "")
    d.date("较[[2025年]]增长", "2025", "")
    d.metric("增长[[约5%]]；", 5, "%", "approx", "")
    d.date("；[[本周]]国内航司", "2026-W48", "")
    # 班 (flights) after Arabic digits is a unit (GUIDELINES)
    d.metric("客运航班[[约12.3万班]]", "12.3e4", "班", "approx", "")
    audit = {
        "orgs": ["21世纪经济报道", "天津东疆综合保税区管理委员会", "东疆管委会",
                 "中国民用航空局", "民航局", "工银金融租赁有限公司", "工银租赁",
                 "工银国际租赁有限公司", "国银金融租赁股份有限公司", "国银金租",
                 "CDB Aviation", "交银金融租赁有限责任公司", "交银租赁",
                 "上海航空", "空客", "中国南方航空股份有限公司", "南航",
                 "中国国际航空股份有限公司", "国航", "中国东方航空股份有限公司",
                 "东航", "春秋航空", "吉祥航空", "厦门航空", "中银航空租赁",
                 "四川航空", "长龙航空", "中国商用飞机有限责任公司", "中国商飞",
                 "成都航空", "农银金融租赁有限公司", "Cirium", "波音",
                 "Avolon", "渤海租赁", "中国飞机租赁集团控股有限公司", "中飞租",
                 "国家金融监督管理总局", "金融监管总局",
                 "国家外汇管理局天津市分局", "东疆海关", "临港新片区管委会",
                 "厦门自贸片区管委会", "毕马威中国", "招银金融租赁有限公司",
                 "招银租赁", "海南航空控股股份有限公司", "海航控股"],
        "cities": ["天津", "上海", "厦门", "珠海", "广州", "深圳", "北京",
                   "成都", "重庆", "西安", "都柏林", "图卢兹", "香港",
                   "新加坡", "曼谷", "全国", "中国", "国内", "爱尔兰",
                   # absent cities as guards: none written
                   "杭州", "武汉", "南京", "青岛", "大连", "海口", "三亚",
                   "昆明", "西雅图", "汉堡", "浦东", "南沙", "临港新片区"],
        # 全国 (the country, deictic), 国内 (x4: the country), 爱尔兰 (a
        # country), 中国 of the fair's name (an event, no ORG); 临港新片区 of
        # the project company (a zone: no city, no body)
        "excluded": ["截至9月底，[[全国]]民航", "满足[[国内]]需求",
                     "9月向[[国内]]航司",
                     "[[国内]]租赁机队", "明年[[国内]]租赁公司",
                     "本周[[国内]]航司", "其[[爱尔兰]]子公司",
                     "举办的[[中国]]国际航空航天博览会",
                     "通过[[临港新片区]]的项目公司"],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE, no figure or no place: 单月 (a single
        # month, after 年内), 月租金 (x2, the monthly rent), 日均 (a daily
        # average, GUIDELINES), 明显 (明 of a word), 全年 (after 今年:
        # outside, GUIDELINES), 近期 (vague, SPEC), 航天 (航空航天博览会:
        # spaceflight, 天 of a word), 春秋 only inside
        # 春秋航空; 同期 only inside 去年同期; 年度, 每年, 日前 (none written)
        "words_excluded": {"单月": 1, "月租金": 2, "日均": 1, "明显": 1,
                           "全年": 1, "近期": 1, "航天": 1, "春秋": 0,
                           "同期": 0,
                           "年度": 0, "每年": 0, "日前": 0},
        # generic words outside ORG rows: 东疆 (x6: the bonded zone, a place
        # of 天津, no city and no body), 公司 (x17: 租赁公司 x6, 项目公司
        # x4, 子公司 x3, 航空公司, 公司拥有, 公司前三季度, 公司运营: kinds and
        # read-backs), 航司 (x7, airlines: a kind), 管委会 (0), 金融租赁
        # (金融租赁公司: a kind), 子公司 (x3); the
        # heads and names a cut ORG would leave outside (有限公司, 股份有限公司,
        # 集团控股, 管理委员会, 管委会, 航空局, 管理总局, 分局, 海关, 金租,
        # 商飞, 飞租) and the trade names before each head (工银, 国银, 交银,
        # 招银, 农银, 南方, 东方, 海航, 吉祥, 四川, 长龙, 渤海, 中银, 毕马威,
        # 外汇, 监管), none outside rows; and the places that open the bodies'
        # names: 天津东疆, 天津市 (0)
        "orgwords_excluded": {"东疆": 6, "公司": 17, "航司": 7,
                              "管委会": 0, "金融租赁": 1, "子公司": 3,
                              "有限公司": 0, "股份有限公司": 0,
                              "集团控股": 0, "管理委员会": 0, "航空局": 0,
                              "管理总局": 0, "分局": 0, "海关": 0, "金租": 0,
                              "商飞": 0, "飞租": 0, "工银": 0, "国银": 0,
                              "交银": 0, "招银": 0, "农银": 0, "南方": 0,
                              "东方": 0, "海航": 0, "吉祥": 0, "四川": 0,
                              "长龙": 0, "渤海": 0, "中银": 0, "毕马威": 0,
                              "外汇": 0, "监管": 0, "天津东疆": 0,
                              "天津市": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g294 Taiwan's ETF market, November 2026: investors and size (集保結算所 昨（23）日:
# 10月底, 去年底, 114年底; 證交所 今年前10月, 去年同期; 今年, 114年); the issuers
# (投信投顧公會 今（115）年; 元大投信, 國泰投信, 群益投信; 元大金控's 元大投信 0050,
# 去年6月; 國泰金控's 國泰投信 00878 10月底, 同月); dividends (國泰投信 12月18日, 上週五;
# 群益投信 00919 本週四（26日）, 上季; 復華投信, 中信投信與凱基投信 12月中下旬; 元大投信
# 0056 明年1月中旬; 證交所 今年第4季); active ETFs (金管會 上月, 今年; 統一投信, 野村投信
# 上週; 證期局 明（116）年第1季; 金管會 9月底); bond ETFs (櫃買中心 民國113年底; 富邦投信,
# 聯準會 9月; 凱基投信 本月, 9月底); investors by city (集保結算所: 台北, 新北, 台中, 高雄,
# 桃園; 112年; 新竹市, 台南 今年, 基隆, 嘉義市; 元大證券, 永豐金證券; 元大證券 今年; 凱基證券;
# 國泰投信 本週 台中, 高雄); index houses and flows (MSCI 本月, 臺灣指數公司與富時羅素;
# 今年, 紐約, 東京; 國泰世華銀行 上週, 今年; 證交所 上週; 富邦投信 今年; 勞動部勞動基金運用局
# 今年); the outlook (投信投顧公會 116年; 證交所 本月底, 11月; 中央銀行 12月; 元大投信
# 年底, 農曆年; 群益投信 明年第1季).  Traditional as Taiwan writes it (台, 占, 公布,
# 上週, 本週, 上季, 第4季, 前10月, 年增, 新台幣, 億, 萬, 兆, 檔, 張, 碼, ROC years),
# UTF-16 LE with a BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 經濟日報;
# its dateline line 記者高欣怡／台北報導 (no outlet; the CITY 台北; ／ declared).
# 昨（23）日 2026-11-23; 上週 2026-W47; 上週五 2026-11-20; 本週 2026-W48;
# 本週四 2026-11-26; 本月 2026-11; 上月 2026-10; 上季 2026-Q3; 明年 2027.
# ===========================================================================
@doc
def g294():
    d = Doc(G294)
    Y, NY, OCT = "2026", "2027", "2026-10"
    # title (a heading that opens with no city: no section; no CITY in it,
    # so its rows take none); 兆 is 10^12 (GUIDELINES); 突破 over
    d.metric("規模[[突破8.6兆元]] ", "8.6e12", "元", "over", "")
    # 年底 in the third half (a sentence of its own for dates): the
    # reference year (SPEC 年底)
    d.date("投信[[年底]]搶發", Y, "")
    # the dateline 記者高欣怡／台北報導: no outlet; 台北, the city filed from,
    # a special municipality by its full name (SPEC; GUIDELINES)
    d.city("／[[台北]]報導")
    # P1 investors and size (no CITY)
    d.org("\n\n[[臺灣集中保管結算所]]（")
    # a bracketed short form made of the name's characters in order
    # (GUIDELINES), an ORG there and where it recurs
    d.org("（[[集保結算所]]）昨")
    # 昨（23）日 one span (SPEC 今（5）日), the bracketed day agreeing
    d.date("）[[昨（23）日]]公布", "2026-11-23", "")
    d.date("截至[[10月底]]，國內", OCT, "")
    d.metric("受益人數達[[1,326萬人]]", "1326e4", "人", "exact", "")
    # 去年 counts from the non-relative period its sentence states before
    # it (10月底 of 2026, GUIDELINES); a year's end is the year (SPEC)
    d.date("較[[去年底]]增加", "2025", "")
    d.metric("增加[[約182萬人]]", "182e4", "人", "approx", "")
    # 年增 (year on year) no DATE
    d.metric("年增[[約16%]]", 16, "%", "approx", "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside the span with the currency (GUIDELINES 约人民币
    # 100亿元; annotate_ra.py's 約新台幣; declared outer); 兆 10^12
    d.metric("約新台幣[[8.62兆元]]", "8.62e12", "元", "approx", "",
             outer="約新台幣")
    # a bare ROC year before a part of the year (SPEC 112年 -> 2023): 114 +
    # 1911 = 2025, the year's end the year
    d.date("較[[114年底]]成長", "2025", "")
    d.metric("成長[[約兩成]]", 20, "%", "approx", "")
    d.org("新高。[[臺灣證券交易所]]（")
    d.org("（[[證交所]]）指出")
    # Taiwan's first months without 個 (GUIDELINES), 今年 attached: the year
    d.date("指出，[[今年前10月]]ETF", Y, "")
    d.metric("成交值[[約1,280億元]]", "1280e8", "元", "approx", "")
    d.metric("比重升至[[約27%]]", 27, "%", "approx", "")
    # 去年同期 after 今年前10月 (a period with no ISO form): the year (SPEC)
    d.date("較[[去年同期]]提高", "2025", "")
    # 個百分點 is the unit 百分点 (SPEC)
    d.metric("提高[[6.5個百分點]]", "6.5", "百分点", "exact", "")
    d.org("。[[證交所]]並統計")
    d.date("統計，[[今年]]ETF累計", Y, "")
    d.metric("配息金額[[約2,380億元]]", "2380e8", "元", "approx", "")
    d.date("較[[114年]]增加", "2025", "")
    d.metric("增加[[約27%]]。", 27, "%", "approx", "")
    # P2 the issuers (no CITY)
    # two trades joined by 暨 after the country's name: one guild
    # (GUIDELINES 台湾工具机暨零组件工业同业公会; JOINED_NAMES); its short form
    # 投信投顧公會 names the body (SPEC: an agency's own short name is an
    # ORG), though its second 投 stands once in the name
    d.org("發行面，[[中華民國證券投資信託暨顧問商業同業公會]]（")
    d.org("（[[投信投顧公會]]）統計")
    d.metric("共有[[27家]]投信", 27, "家", "exact", "")
    # 檔 the measure word of listed funds (t2s 档)
    d.metric("ETF達[[268檔]]", 268, "档", "exact", "")
    # the bracketed ROC year of 今 (GUIDELINES 今（115）年), one span
    d.date("其中[[今（115）年]]新掛牌", Y, "")
    d.metric("新掛牌[[41檔]]", 41, "档", "exact", "")
    # 元大投信: a group's arm written right after it, one ORG (GUIDELINES'
    # own example, [subsidiary_heads])
    d.org("。[[元大投信]]以約")
    d.metric("以[[約2.95兆元]]規模", "2.95e12", "元", "approx", "")
    d.metric("市占率[[約34%]]", 34, "%", "approx", "")
    d.org("；[[國泰投信]]、群益投信緊追")
    d.org("、[[群益投信]]緊追")
    d.metric("分別[[約1.42兆元]]", "1.42e12", "元", "approx", "")
    # a Taiwan thousands separator read
    d.metric("、[[約9,860億元]]。", "9860e8", "元", "approx", "")
    d.metric("受益人數[[約520萬人]]", "520e4", "人", "approx", "")
    d.metric("高股息ETF[[約610萬人]]", "610e4", "人", "approx", "")
    d.metric("債券ETF[[約96萬人]]", "96e4", "人", "approx", "")
    # 旗下 between two names: two ORGs (precedents)
    d.org("。[[元大金控]]旗下元大投信")
    d.org("元大金控旗下[[元大投信]]表示")
    # 0050 a stock code (CODE_LABELS)
    d.metric("0050規模[[約1.38兆元]]", "1.38e12", "元", "approx", "")
    d.metric("受益人數[[約245萬人]]", "245e4", "人", "approx", "")
    # 去年 attached to the month: 2025-06
    d.date("ETF，[[去年6月]]完成", "2025-06", "")
    d.org("；[[國泰金控]]旗下國泰投信")
    d.org("國泰金控旗下[[國泰投信]]指出")
    d.date("00878截至[[10月底]]受益", OCT, "")
    d.metric("受益人數[[約192萬人]]", "192e4", "人", "approx", "")
    # 同月: the latest month written before it (GUIDELINES), 10月底
    d.date("，[[同月]]淨申購", OCT, "")
    d.metric("淨申購[[約86億元]]", "86e8", "元", "approx", "")
    # P3 dividends (no CITY)
    d.date("高股息ETF[[年底]]除息潮", Y, "")
    d.org("登場。[[國泰投信]]旗下00878")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday
    d.date("00878[[上週五]]除息", "2026-11-20", "")
    # 每單位 (per unit) before the figure is a basis, outside the span and
    # the unit (GUIDELINES 每平方米16712元)
    d.metric("配息[[0.45元]]", "0.45", "元", "exact", "")
    # 年化 (annualized) no DATE
    d.metric("配息率[[約7.1%]]", "7.1", "%", "approx", "")
    d.org("。[[群益投信]]預計")
    d.date("00919於[[12月18日]]除息", "2026-12-18", "")
    d.metric("配息[[0.54元]]", "0.54", "元", "exact", "")
    # Taiwan's 上季 with no quarter stated before it in its sentence: the
    # reference date's quarter less one (GUIDELINES)
    d.date("較[[上季]]減少", "2026-Q3", "")
    d.metric("減少[[約10%]]，", 10, "%", "approx", "")
    # a weekday of this week (W48's Thursday) and its bracketed day, two
    # mentions of the same day (SPEC 今日(15日)); the bracketed day after a
    # day word that agrees is the word's own day, whatever month the
    # sentence named before (GUIDELINES 本周四（26日） -> 2026-11-26, not
    # February's 26th: here not December's, after 12月18日; check_bare_day)
    d.date("將於[[本週四]]（26日）", "2026-11-26", "")
    d.date("本週四（[[26日]]）公告", "2026-11-26", "")
    d.org("；[[復華投信]]、中信投信")
    d.org("、[[中信投信]]與凱基投信")
    # 與 between two listed names (LISTED_PAIRS)
    d.org("中信投信與[[凱基投信]]旗下")
    # two parts of a month: the month (GUIDELINES 11月中下旬)
    d.date("將在[[12月中下旬]]除息", "2026-12", "")
    d.metric("預估[[逾210億元]]", "210e8", "元", "over", "")
    d.org("。[[元大投信]]則指出")
    d.date("將於[[明年1月中旬]]除息", "2027-01", "")
    d.org("根據[[證交所]]資料")
    # Taiwan's quarter without 度 (GUIDELINES), 今年 attached
    d.date("資料，[[今年第4季]]共有", "2026-Q4", "")
    d.metric("共有[[約36檔]]ETF", 36, "档", "approx", "")
    # P4 active ETFs (no CITY)
    d.org("新戰場。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）上月")
    d.date("（金管會）[[上月]]同意", OCT, "")
    d.metric("同意[[6檔]]主動式", 6, "档", "exact", "")
    d.date("募集，[[今年]]以來", Y, "")
    d.metric("已有[[14檔]]掛牌", 14, "档", "exact", "")
    d.metric("募集規模[[約1,120億元]]", "1120e8", "元", "approx", "")
    d.org("；[[統一投信]]、野村投信")
    d.org("、[[野村投信]]上週")
    d.date("野村投信[[上週]]推出", "2026-W47", "")
    # 張 (board lots) the measure word (t2s 张); 日均 a daily average
    d.metric("分別[[約4.3萬張]]", "4.3e4", "张", "approx", "")
    d.metric("、[[約2.8萬張]]。", "2.8e4", "张", "approx", "")
    # a department written right after its body's short name belongs to it
    # (GUIDELINES: a government body written right after another, one ORG);
    # its bracketed short form
    d.org("。[[金管會證券期貨局]]（")
    d.org("（[[證期局]]）表示")
    # a bracketed year takes the quarter after it, one span (GUIDELINES
    # 今（115）年第3季 -> 2026-Q3): the ROC 116 = 2027
    d.date("表示，[[明（116）年第1季]]起", "2027-Q1", "")
    d.org("組成。[[金管會]]統計")
    d.date("截至[[9月底]]，主動式", "2026-09", "")
    d.metric("經理費率[[約0.75%]]", "0.75", "%", "approx", "")
    d.metric("被動式ETF的[[約0.3%]]", "0.3", "%", "approx", "")
    # P5 bond ETFs (no CITY)
    d.org("失血。[[證券櫃檯買賣中心]]（")
    d.org("（[[櫃買中心]]）統計")
    d.metric("債券ETF[[約98檔]]", 98, "档", "approx", "")
    d.metric("規模[[約2.31兆元]]", "2.31e12", "元", "approx", "")
    # 民國 inside the span (SPEC): 113 + 1911 = 2024, the year's end the year
    d.date("較[[民國113年底]]減少", "2024", "")
    d.metric("減少[[約8%]]。", 8, "%", "approx", "")
    d.org("。[[富邦投信]]表示")
    d.org("表示，[[聯準會]]9月")
    # 以來 outside; a bare month in the reference year
    d.date("聯準會[[9月]]以來", "2026-09", "")
    # 碼 (a quarter point) is a unit as written (GUIDELINES: 1碼 -> 1, unit 码)
    d.metric("降息[[2碼]]", 2, "码", "exact", "")
    # a range, two mentions, each with its own unit (SPEC)
    d.metric("仍在[[4.3%]]至", "4.3", "%", "exact", "")
    d.metric("至[[4.6%]]間", "4.6", "%", "exact", "")
    d.org("ETF。[[凱基投信]]統計")
    d.date("ETF[[本月]]以來", "2026-11", "")
    d.metric("淨流入[[約24億元]]", "24e8", "元", "approx", "")
    d.date("較[[9月底]]增加", "2026-09", "")
    d.metric("增加[[約3.1萬人]]", "3.1e4", "人", "approx", "")
    # P6 investors by city
    d.org("方面，[[集保結算所]]資料")
    d.city("受益人中[[台北]]、新北")
    d.city("台北、[[新北]]合計")
    d.metric("合計占比[[約36%]]", 36, "%", "approx", "新北市")
    d.city("，[[台中]]、高雄、桃園")
    d.city("台中、[[高雄]]、桃園")
    d.city("高雄、[[桃園]]分別")
    # 分別約…、約…: each its own marker; the rule gives the nearest city
    # before (桃園) to all three, though they are the three cities' in
    # turn: the rule as written
    d.metric("分別[[約12%]]", 12, "%", "approx", "桃园市")
    d.metric("、[[約9%]]、", 9, "%", "approx", "桃园市")
    d.metric("、[[約8%]]；", 8, "%", "approx", "桃园市")
    # an age is a METRIC (SPEC 60岁以上); 以下 under; 歲 -> 岁
    d.metric("；[[30歲以下]]投資人", 30, "岁", "under", "")
    # 約 before 占 sets approx across the verb (GUIDELINES 约占全国的四成;
    # declared sep)
    d.metric("約占[[兩成]]，", 20, "%", "approx", "", sep="約")
    d.date("較[[112年]]提高", "2023", "")
    d.metric("提高[[近5個百分點]]", 5, "百分点", "approx", "")
    # 新竹 counts only as 新竹市 (GUIDELINES), written here with its 市
    d.city("。[[新竹市]]與台南")
    d.city("新竹市與[[台南]]的受益")
    d.date("受益人數[[今年]]增幅", Y, "台南市")
    d.metric("均[[逾二成]]", 20, "%", "over", "台南市")
    d.city("，[[基隆]]、嘉義市")
    d.city("、[[嘉義市]]也各增")
    d.metric("各增[[約15%]]", 15, "%", "approx", "嘉义市")
    # 戶 the measure word (t2s 户)
    d.metric("扣款戶數[[約186萬戶]]", "186e4", "户", "approx", "")
    d.metric("約新台幣[[172億元]]", "172e8", "元", "approx", "",
             outer="約新台幣")
    # 兩 of 兩家 is the collective label of the two brokers just listed
    # (GUIDELINES: a small count right after a list of as many items, 隆基绿能
    # … 晶澳科技五家; check_collective), no METRIC
    d.org("其中[[元大證券]]、永豐金證券")
    d.org("、[[永豐金證券]]兩家")
    # 約 before 占 reaches over the whole (GUIDELINES; declared sep)
    d.metric("合計約占[[45%]]。", 45, "%", "approx", "", sep="約")
    d.org("。[[元大證券]]統計")
    d.date("統計，[[今年]]新開立", Y, "")
    d.metric("戶中[[約六成]]首筆", 60, "%", "approx", "")
    d.org("；[[凱基證券]]則指出")
    d.metric("股數占比[[約52%]]", 52, "%", "approx", "")
    d.org("。[[國泰投信]]本週起")
    # 本週 the reference date's ISO week; 起 outside; the rule gives the
    # first city after (台中)
    d.date("國泰投信[[本週]]起", "2026-W48", "台中市")
    d.city("起在[[台中]]、高雄舉辦")
    d.city("台中、[[高雄]]舉辦")
    # 場 the measure word (t2s 场); the rule gives the nearest city before
    # (高雄), though the talks are in both cities: the rule as written
    d.metric("舉辦[[12場]]", 12, "场", "exact", "高雄市")
    # P7 index houses and flows (紐約, 東京 only)
    # a Latin company name before a period (GUIDELINES: a Latin name right
    # before what a body does)
    d.org("頻頻。[[MSCI]]本月")
    d.date("MSCI[[本月]]季度", "2026-11", "")
    # 與 between two listed names (LISTED_PAIRS); 旗下 after the second
    d.org("，[[臺灣指數公司]]與富時羅素")
    d.org("臺灣指數公司與[[富時羅素]]旗下")
    d.metric("被動資金[[約12億美元]]", "12e8", "美元", "approx", "")
    # the rule gives the first city after (紐約) to the year's flows: the
    # rule as written
    d.date("股票ETF[[今年]]淨流入", Y, "纽约")
    d.metric("淨流入[[約1,460億元]]", "1460e8", "元", "approx", "纽约")
    d.city("以[[紐約]]、東京")
    d.city("紐約、[[東京]]掛牌")
    d.org("；[[國泰世華銀行]]指出")
    d.date("指出，[[上週]]其通路", "2026-W47", "")
    d.metric("申購金額[[約38億元]]", "38e8", "元", "approx", "")
    # 單週 (a single week) no DATE
    d.date("創[[今年]]單週新高", Y, "")
    d.org("。[[證交所]]統計，上週")
    d.date("統計，[[上週]]有7檔", "2026-W47", "")
    d.metric("上週有[[7檔]]ETF", 7, "档", "exact", "")
    d.metric("溢價幅度[[逾2%]]", 2, "%", "over", "")
    d.metric("其中[[3檔]]為", 3, "档", "exact", "")
    d.org("。[[富邦投信]]並指出")
    d.date("受益人數[[今年]]以來", Y, "")
    d.metric("成長[[約1.2倍]]", "1.2", "倍", "approx", "")
    # a bureau written right after its ministry belongs to it (GUIDELINES
    # 内政部反毒局): one ORG
    d.org("。[[勞動部勞動基金運用局]]表示")
    d.date("表示，[[今年]]委外", Y, "")
    d.metric("已有[[約3%]]配置", 3, "%", "approx", "")
    # P8 the outlook (no CITY: 台灣 the island)
    d.org("展望後市，[[投信投顧公會]]預估")
    # a bare ROC year in a Taiwan text (SPEC): 116 + 1911 = 2027
    d.date("預估，[[116年]]台灣", NY, "")
    d.metric("挑戰[[10兆元]]", "10e12", "元", "exact", "")
    d.org("。[[證交所]]表示，本月底")
    # an end of a month is the month (SPEC), 本月 from the reference date
    d.date("表示，[[本月底]]將公布", "2026-11", "")
    d.date("將公布[[11月]]定期定額", "2026-11", "")
    # in a Taiwan text 中央銀行 standing alone is Taiwan's central bank
    # (GUIDELINES: 中央银行9月理监事会)
    d.org("；[[中央銀行]]12月")
    d.date("中央銀行[[12月]]理監事會", "2026-12", "")
    d.org("。[[元大投信]]提醒")
    d.date("提醒，[[年底]]至農曆年", Y, "")
    # GUIDELINES: 农历年 is 春节; yearless, the coming one; 前 outside
    d.date("年底至[[農曆年]]前", "2027-02-06", "")
    d.metric("溢價[[超過1%]]", 1, "%", "over", "")
    d.org("；[[群益投信]]則預期")
    # 明年 attached to the quarter: 2027-Q1
    d.date("預期，[[明年第1季]]主動式", "2027-Q1", "")
    d.metric("將再有[[逾10檔]]送件", 10, "档", "over", "")
    audit = {
        "orgs": ["臺灣集中保管結算所", "集保結算所", "臺灣證券交易所", "證交所",
                 "中華民國證券投資信託暨顧問商業同業公會", "投信投顧公會",
                 "元大投信", "國泰投信", "群益投信", "元大金控", "國泰金控",
                 "復華投信", "中信投信", "凱基投信", "金融監督管理委員會",
                 "金管會", "統一投信", "野村投信", "金管會證券期貨局",
                 "證期局", "證券櫃檯買賣中心", "櫃買中心", "富邦投信",
                 "聯準會", "元大證券", "永豐金證券", "凱基證券", "MSCI",
                 "臺灣指數公司", "富時羅素", "國泰世華銀行",
                 "勞動部勞動基金運用局", "中央銀行"],
        "cities": ["台北", "新北", "台中", "高雄", "桃園", "台南", "新竹",
                   "新竹市", "基隆", "嘉義", "嘉義市", "紐約", "東京", "台灣",
                   "日本", "國內",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "香港", "上海", "新加坡", "屏東",
                   "宜蘭", "花蓮", "彰化", "雲林", "苗栗", "倫敦", "首爾",
                   "台东", "台湾"],
        # 國內 (x3: the country, deictic), 台灣 (116年台灣ETF: the island),
        # 日本 (a country)
        "excluded": ["截至10月底，[[國內]]上市櫃", "[[國內]]目前共有",
                     "為[[國內]]受益人數", "116年[[台灣]]ETF",
                     "追蹤[[日本]]市場"],
        # 10 of 除息前10個營業日: a span of business days before the
        # ex-dividend date, a duration (SPEC: durations are no METRIC;
        # GUIDELINES: 个交易日 a time unit, 近5个交易日 a duration), and no
        # DATE (no 月)
        "numbers_excluded": ["除息前[[10]]個營業日"],
        "cn_excluded": [],
        # the collective label of the two brokers just listed (GUIDELINES)
        "collectives": [("永豐金證券[[兩]]家", 2)],
        "latin_excluded": [],
        # words that are no DATE, no figure or no place: ETF (x37, the kind
        # of fund, a Latin word), 年增 (x3: year on year once, and where the
        # 年 of the DATE rows 114年 and 今年 meets 增加, 增幅), 年化
        # (annualized), 日均 (x2, a daily average, GUIDELINES), 營業日
        # (business days), 明顯 and 說明 (明 of words), 天期 (x2, 長天期, 短天期: a tenor's length, no DATE),
        # 季度調整 (MSCI's quarterly review: no quarter named), 單週 (a single
        # week), 月扣款 (a monthly debit); 同期 only inside 去年同期; 全年, 每年,
        # 年度 (none written)
        "words_excluded": {"ETF": 37, "年增": 3, "年化": 1, "日均": 2,
                           "營業日": 1, "明顯": 1, "說明": 1, "天期": 2,
                           "季度調整": 1,
                           "單週": 1, "月扣款": 1, "同期": 0, "全年": 0,
                           "每年": 0, "年度": 0},
        # generic words outside ORG rows: 投信 (the kind of company: 搶發 in
        # the title, 27家投信, 要求投信), 證券 (證券戶: a securities account),
        # 銀行 (0), 公會 (0), 金控 (0), 中心 (0); the heads and names a cut
        # ORG would leave outside (結算所, 交易所, 委員會, 期貨局, 買賣中心,
        # 運用局, 指數公司, 世華, 同業公會) and the trade names before each
        # head (元大, 國泰, 群益, 復華, 中信, 凱基, 統一, 野村, 富邦, 永豐金,
        # 富時, 勞動部), none outside rows; and the places that open the
        # bodies' names: 臺灣, 中華民國 (0)
        "orgwords_excluded": {"投信": 3, "證券": 1, "銀行": 0, "公會": 0,
                              "金控": 0, "中心": 0, "結算所": 0, "交易所": 0,
                              "委員會": 0, "期貨局": 0, "買賣中心": 0,
                              "運用局": 0, "指數公司": 0, "世華": 0,
                              "同業公會": 0, "元大": 0, "國泰": 0, "群益": 0,
                              "復華": 0, "中信": 0, "凱基": 0, "統一": 0,
                              "野村": 0, "富邦": 0, "永豐金": 0, "富時": 0,
                              "勞動部": 0, "臺灣": 0, "中華民國": 0},
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
    halves each title declares (TITLE_HALVES: g293's space after 186架,
    g294's after 8.6兆元 and after 1,300萬人; annotate_qa.py's)."""
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
    half_break(), against that line).  Used here by g293's title: its
    今年前10个月 and 186架 take 天津, the first city of the second half."""
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
    February's 26th; new here: g294's 00919於12月18日除息…，並將於本週四（26日）
    公告, where the month rule alone would give 2026-12-26; check_gloss then
    asserts the same date as the word's)."""
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
    annotate_ra.py kept it; unused here: no month or quarter follows 元旦,
    春节 or 農曆年 in their sentences).  The holiday is the first such one of
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
    sentence, else the reference year (annotate_ra.py's check: used here by
    g293's 其中10月交付23架，创年内单月新高, after 10月 of 2026)."""
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
    cues, annotate_pa.py's addition: GUIDELINES name it).  Used here by
    g293's 日均利用率约7.6小时, 平均机龄约7.8年, 平均达9个月左右 and
    平均通关时间缩短至不足4小时; 除息前10個營業日 of g294 is a duration with no
    cue, no METRIC (excluded in the audit)."""
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
    g294's 兩家 after 元大證券、永豐金證券 is the collective, and no METRIC row
    of a count in Chinese numerals follows a 、-list)."""
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
    kept it; g294's 每單位配息0.45元 puts a basis and a verb between 每 and the
    figure, which the check does not read: 0.45 has the unit 元 as written)."""
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
    kept it: g293's byline 21世纪经济报道记者 林思远 天津报道, whose outlet
    before 记者 is an ORG (SPEC: news outlets in bylines; GUIDELINES: a
    byline at the start of a line names its outlet) and whose 天津, the city
    filed from, is a CITY (precedent QC's 盐城报道), and g294's dateline
    記者高欣怡／台北報導, whose 台北 is a CITY (annotate_ra.py's g288 form);
    the rows stand in the declared order)."""
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
            # by annotate_qa.py's 胡志明市; none here)
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
    # annotate_ia.py's and annotate_ja.py's checks; kept, unused here: g294
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

    # codes and model names (CODE_LABELS, new here): each declared label
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

