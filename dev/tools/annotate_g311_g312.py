#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g311_design_institutes_survey_consulting and
g312_taiwan_farmers_associations_fruit_exports (annotator VA).

Adapted from the precedent set's tools/annotate_ua.py (now dev/tools/annotate_g305_g306.py) (/tmp/ho54/precedent:
a simplified mainland article with a byline on the third line and a
traditional Taiwan article with a dateline 記者…／台北報導 on the third line,
the pair closest to mine in script, region and layout; copied and the data
changed).  My storages differ from both of annotate_ua.py's (GB18030 for its
simplified g305 and UTF-8 with a BOM for its Taiwan g306; UTF-8 WITHOUT a BOM
for my simplified g311 and plain BIG5 for my Taiwan g312), so its two
storage blocks are rebuilt from the other precedent scripts:
- a UTF-8-WITHOUT-A-BOM block for the simplified article g311
  (annotate_ub.py's block for its g307, with annotate_ub.py's
  DECLARED_MAINLAND used for the first time: 喆 (U+5586), the reporter's
  given name on the byline 本报记者 岑喆 北京报道, is GBK's but not GB2312's,
  three UTF-8 bytes like every other Han character, declared with its bytes,
  its kind and its place): no BOM and no U+FEFF; utf-8 and utf-8-sig read
  the same text; the title's 今 (E4 BB 8A) at byte 0; the file walked
  character by character, three bytes every non-ASCII character; the GB and
  Big5 codecs and UTF-16 fail or read another text; GB2312 writes every
  character but 喆, GBK and GB18030 write them all;
- a PLAIN-BIG5 block for the Taiwan article g312 (annotate_ub.py's
  Big5-HKSCS byte walk and GB18030 share measure, turned to plain Big5,
  with annotate_ua.py's Big5 declarations, now read on the file's own
  bytes): no BOM; every character plain Big5 (OUTSIDE_BIG5 declared
  empty), one byte an ASCII character and two any other, lead bytes A1-F9;
  the characters whose plain-Big5 and cp950 codes differ are exactly the
  declared ones (BIG5_FORMS: ／ of the dateline 記者葉芷瑄／台南報導, A2 41,
  once, in no span), so cp950 reads the file as another text of the same
  length (∕ for ／) and Big5-HKSCS as the text itself; gb18030 reads the
  bytes as another text whose share of common characters is far below the
  Big5 reading's; the other GB codecs, UTF-8 and UTF-16 fail or read
  another text.
It keeps every other check of annotate_ua.py: strict decoding, offsets,
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
reference year (used: 今（115）年, 明（116）年, 明（116）年3月 in g312);
relative words; 上月 as a baseline (kept, unused); 上季 and 本季 (kept,
unused); 去年同期 (used: after 前三季度 in g311, after 本月 in g312); 同日,
同月 (kept, unused); N年前 (used: 两年前 in g311, 3年前 in g312); the
bare-day rule, the range check and the bracketed gloss (kept, unused);
check_forward (kept, unused); check_holiday_period (used: 12月 after 元旦、春节
in g311, 12月 and 11月 after 農曆春節 in g312); the 约占 check (used: 約占七成
in g312); markers before, touching and after a span; 约为 (used: 约为47亿元
in g311); a marker before a currency written before the number (約新台幣 in
g312); the declared shared unit (kept, unused); the collective label (used:
成都、重庆两地, 广州、佛山、东莞三地 in g311; 東京、大阪兩地, 台南、高雄兩地 in
g312), check_not_collective and check_no_collective_metric;
check_time_metric (used: 平均回款周期 约310天, 约265天 in g311); the SHI_NEXT,
市-inside, CITY_STOPS, CITY_AMBIGUOUS, NO_SHI, FOREIGN_SHI, TAIWAN_SHI_ONLY
and TW_HK_FOREIGN checks; LINE3 (g311's byline 本报记者 岑喆 北京报道 with
the CITY 北京, 本报 naming no outlet; g312's dateline 記者葉芷瑄／台南報導
with the CITY 台南); JOINERS with 暨, JOINED_NAMES, JOINER_CHAR_NAMES and
LISTED_PAIRS (used: 中華航空與長榮航空 in g312); CODE_LABELS (none here,
kept); check_per_before (used: 元/平方米 and 每平方米 in g311, 每公斤 in
g312); every 旬 inside a DATE row (kept); the bare ROC year before 來
(g312 writes 民國108年以來, with 民國); a bare 前N个月/前N月/前N季/前三季度
never opening a clause (its rewrites are in NOTES_va.md); check_shiyi,
check_bare_period (used: 前三季度, 前10个月) and check_within_year (kept,
unused).
Changed or added here: the two storage blocks above; the data, the
declarations and the audits; the calendar asserts of my reference dates
(2026-11-23 and 2026-11-24); check_per_before reads a rate's denominator
before a suffix marker (18元/平方米左右: SPEC puts 左右 inside the span, so
the span no longer ends with the denominator); the comments and docstrings
that named annotate_ua.py's articles now name mine, or its articles as its
own.

Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded (no BOM in either file, nothing
changed):

- g311 is simplified (mainland, 中国建设报, 2026-11-23, a Monday of ISO week
  2026-W48), stored as UTF-8 without a BOM (the title's 今 = E4 BB 8A opens
  the file).  Every character is GB2312 but 喆 of the byline (GBK), and
  OpenCC t2s leaves the article unchanged.  Its byline 本报记者 岑喆 北京报道
  stands on a line of its own under the title: 本报 names no outlet
  (GUIDELINES: not 本报记者), the city filed from (北京) is a CITY.
- g312 is traditional (Taiwan, 聯合報, 2026-11-24, a Tuesday of ISO week
  2026-W48), stored as plain Big5 without a BOM (the title's 今 = A4 B5
  opens the file).  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市, foreign cities by the mainland's common names).  A
  Taiwan text: 2-3 digit years before 年 are ROC years (114年 = 2025,
  今（115）年 = 2026, 明（116）年 = 2027, 117年底 = 2028, 民國108年 = 2019).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho54/precedent:
README, NOTES_ua/ub/uc, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g311_g312.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.
Re-run (from anywhere):

    python3 dev/tools/annotate_g311_g312.py
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
G311 = "g311_design_institutes_survey_consulting"
G312 = "g312_taiwan_farmers_associations_fruit_exports"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G311: ("utf-8", b"", False, "2026-11-23", "中国建设报"),
    G312: ("big5", b"", True, "2026-11-24", "聯合報"),
}
# every declared codec has its storage block in Doc (annotate_rb.py's
# check, as annotate_ua.py kept it: a codec without one would skip every
# byte check)
STORAGE_BLOCKS = ("utf-8", "big5")
# characters outside the BMP each article declares, in text order: none
OUTSIDE_BMP = {G311: [], G312: []}
# characters of the mainland UTF-8 article that GB2312 cannot write, with
# their UTF-8 bytes (annotate_ub.py's DECLARED_MAINLAND, declared empty
# there; used here): 喆 (U+5586), the reporter's given name on the byline
# 本报记者 岑喆 北京报道 (the third line), once, in no span; GBK and GB18030
# write it (GBK/3 86 B4), so a converter to GBK or GB18030 loses nothing and
# only one to GB2312 fails, at it
DECLARED_MAINLAND = {G311: {"喆": b"\xe5\x96\x86"}}
# ... their GBK bytes
DECLARED_GBK = {"喆": b"\x86\xb4"}
# ... and their kinds, "utf8-four-byte" or "utf8-three-byte" (annotate_ub
# .py's DECLARED_KINDS): one three-byte character, so no offset or UTF-16
# count moves after it
DECLARED_KINDS = {G311: Counter({"utf8-three-byte": 1})}
# the byline of the UTF-8 article, in its parts: 本报 (no outlet named,
# GUIDELINES: not 本报记者), the reporter's name holding the declared
# character, the city filed from before 报道; it must spell LINE3's line
# (annotate_ua.py's BYLINE_PARTS, for a byline without an outlet)
BYLINE_PARTS = {G311: ("本报", ["岑喆"], "北京")}
# characters of the Taiwan article outside plain Big5, each with whether
# cp950 (Taiwan's Big5) holds it: none (the file is plain Big5; the block
# and its kinds stay)
OUTSIDE_BIG5 = {G312: {}}
# ... with their cp950 (and Big5-HKSCS) bytes
BIG5_CODE = {}
# ... and the kinds they are of, declared per article (annotate_rc.py's
# BIG5_KINDS): none
BIG5_KINDS = {G312: Counter()}
# the word each character outside plain Big5 stands in (none)
OUTSIDE_BIG5_WORD = {G312: {}}
# the ORG rows each declared character must stand in (none)
IN_ORG = {G312: {}}
# characters whose plain-Big5 and cp950 codes differ that the Taiwan article
# writes, with (plain Big5 bytes, cp950 bytes): ／ (U+FF0F) of the dateline
# 記者葉芷瑄／台南報導, once, in no span; the file writes it A2 41 (plain
# Big5), which cp950 reads as ∕ (U+2215, DIVISION SLASH) and Big5-HKSCS as
# ／ (annotate_ua.py's declaration, there read on a UTF-8 text, here on the
# file's own bytes): a reader that tried cp950 first would get another text
# of the same length, and no offset would move
BIG5_FORMS = {G312: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_READS = {"／": "\u2215"}
# the word each declared character stands in, with its count
DECLARED_WORD = {G312: {"／": ("記者葉芷瑄／台南報導", 1)}}
# the spans allowed before the declared characters on the third line: none
# (g311's byline opens with 本报, g312's dateline with 記者)
BEFORE_DECLARED = {G311: set(), G312: set()}
# the third line of each article (a byline or a dateline under the title)
# and the rows it holds, exactly: g311's byline 本报记者 岑喆 北京报道 names no
# outlet (GUIDELINES: a byline's outlet, "not 本报记者"; precedents UC, TC)
# and the city filed from, 北京 (a municipality, SPEC; precedents UA's and
# UB's 北京报道); g312's dateline names no outlet (聯合報's print form
# 記者…／…報導) and the city filed from, 台南, a special municipality
# (precedent UA's 台北報導)
LINE3 = {G311: ("本报记者 岑喆 北京报道", [("CITY", "北京")]),
         G312: ("記者葉芷瑄／台南報導", [("CITY", "台南")])}
# the first character of each file, with its bytes (no BOM in either):
# g311's title opens with 今 (UTF-8 E4 BB 8A), g312's with 今 (Big5 A4 B5)
FIRST_CHAR = {G311: ("今", b"\xe4\xbb\x8a"), G312: ("今", b"\xa4\xb5")}
# the halves each title's spaces make (GUIDELINES: a space between Han
# characters, or after a figure's %, stands between a headline's halves; each
# half is its own sentence for dates, the whole headline one sentence for
# the city column): g311 two (after 约3.2%), g312 two (after 約8%)
TITLE_HALVES = {G311: 2, G312: 2}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G312}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ta.py's list, itself annotate_sa.py's and its precedents'; 台,
# t2s of 臺, is left out: Taiwan writes 台); its last lines added the
# simplified forms of the precedents' traditional characters (annotate_ua
# .py's last line those of its g306), and mine adds those of g312's that the
# list lacked, from OpenCC t2s of each character of
# the article, none of them written in it (the check in main() asserts that
# the list covers them all); TRADITIONAL_WORDS below declares the Taiwan
# words that write a character of the list
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
                   # g312's words (their t2s forms, none written in it: 乾 of
                   # 乾旱 (t2s 干), 濃 of 美濃 (a district of 高雄, t2s 美浓),
                   # 糧 of 農糧署, 頒 of 訂頒)
                   "干浓粮颁")
# words Taiwan writes with a character of SIMPLIFIED_ONLY, each with its
# count; the list's characters stand nowhere else (annotate_oa.py's 上游 and
# 核准, annotate_ua.py's 下游 and 管制): none here (the check stays)
TRADITIONAL_WORDS = {G312: {}}
# the forms Taiwan news writes where OpenCC's t2s-then-s2tw round trip
# writes others (text, round trip): 台 of 台南, 台灣, 新台幣, 台中, 台北, 台東
# … (s2tw 臺), 占 of 日本占約31%, 台東縣占99%以上, 約占七成, 占全台 (佔), 布 of
# 公布 (佈) (annotate_ua.py's three pairs), and new here 畫 of 計畫 (s2tw 劃:
# Taiwan's government writes 計畫 in the names of its plans, 海外拓銷獎勵計畫,
# and the press follows it); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g311 (mainland, 2026-11-23, a Monday): 元旦 2027-01-01 and 春节 2027-02-06
# (元旦、春节前后: yearless, the coming ones, 39 and 75 days after; 前后
# outside).
# g312 (Taiwan, 2026-11-24, a Tuesday): 農曆春節 2027-02-06 (GUIDELINES:
# 农历春节 is 春节; 年底至農曆春節: a range, yearless, the coming one, 74 days
# after).
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
# the reference dates: g311's 2026-11-23 a Monday of ISO W48 (so its 上周 is
# W47, 上周五 11-20, 昨日 11-22, a Sunday, and 本周二 11-24), g312's
# 2026-11-24 a Tuesday of W48 (so its 上週 is W47, 昨（23）日 11-23); 元旦 and
# 春节 of 2027 39 and 75 days after g311's date, 春节 of 2026 279 days before
# it (so the nearest 春节 is 2027's); 農曆春節 of 2027 74 days after g312's,
# that of 2026 280 days before it
assert datetime.date(2026, 11, 23).isocalendar()[1:] == (48, 1)
assert datetime.date(2026, 11, 24).isocalendar()[1:] == (48, 2)
assert datetime.date.fromisocalendar(2026, 47, 5) == datetime.date(2026, 11,
                                                                   20)
assert datetime.date.fromisocalendar(2026, 48, 2) == datetime.date(2026, 11,
                                                                   24)
assert (datetime.date(2027, 1, 1) - datetime.date(2026, 11, 23)).days == 39
assert (_SPRING[2027] - datetime.date(2026, 11, 23)).days == 75
assert (datetime.date(2026, 11, 23) - _SPRING[2026]).days == 279
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
    # g311 (2026: the municipalities 北京, 上海, 重庆; the sub-provincial
    # 杭州, 南京, 成都, 西安, 广州; the provincial capitals 合肥, 兰州; the
    # prefecture-level 苏州, 佛山, 东莞; each + 市; none written with its 市
    # outside an ORG row: 杭州 inside 杭州市城乡建设委员会, 武汉 inside
    # 武汉市城乡建设局, 上海 inside 上海市住房和城乡建设管理委员会 and
    # 上海市城市规划设计研究院, 广州 inside 广州市住房和城乡建设局, 成都
    # inside 成都市住房和城乡建设局, 深圳 inside 深圳市住房和建设局 hold no CITY
    # (SPEC: a city inside an organization name); the foreign 迪拜 and 利雅得
    # by their common names)
    "北京": "北京市", "杭州": "杭州市", "苏州": "苏州市", "南京": "南京市",
    "合肥": "合肥市", "成都": "成都市", "西安": "西安市", "兰州": "兰州市",
    "上海": "上海市", "重庆": "重庆市", "广州": "广州市", "佛山": "佛山市",
    "东莞": "东莞市", "迪拜": "迪拜", "利雅得": "利雅得",
    # g312 (traditional spans; Taiwan's special municipalities 台南, 台北,
    # 台中 and 高雄 by their full names (SPEC; GUIDELINES: Taiwan cities
    # normalize to the full name); 香港 and 新加坡 (GUIDELINES: a city) as
    # written; the foreign cities by the mainland's names (SPEC: 雪梨 ->
    # 悉尼): 杜拜 -> 迪拜 (TW_HK_FOREIGN, CITY_ALIAS), 溫哥華 -> 温哥华,
    # 多倫多 -> 多伦多, 東京 -> 东京, 大阪, 鹿特丹; the counties 台東縣 and
    # 屏東縣 are no CITY (SPEC), nor is 高雄 of 高雄港 (a port, GUIDELINES))
    "台南": "台南市", "台北": "台北市", "台中": "台中市", "高雄": "高雄市",
    "香港": "香港", "新加坡": "新加坡", "杜拜": "迪拜", "溫哥華": "温哥华",
    "多倫多": "多伦多", "東京": "东京", "大阪": "大阪", "鹿特丹": "鹿特丹",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC)
NO_SHI = {"迪拜", "利雅得", "香港", "新加坡", "温哥华", "多伦多", "东京",
          "大阪", "鹿特丹"}
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
# table (annotate_aa.py's; used here: 杜拜 -> 迪拜)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): 杜拜 (t2s keeps
# 杜拜; the mainland name 迪拜, TW_HK_FOREIGN)
CITY_ALIAS = {"杜拜": "迪拜"}
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
# (annotate_ra.py's JOINED_NAMES, after annotate_pb.py's): g311's ministry
# department 住房和城乡建设部建筑市场监管司 (GUIDELINES: a ministry's
# department ends at 司 and keeps every field; 住房和城乡建设部 one ministry
# of two fields joined by 和) and the cities' bodies
# 上海市住房和城乡建设管理委员会, 广州市住房和城乡建设局,
# 成都市住房和城乡建设局 and 深圳市住房和建设局 (GUIDELINES 上海市文化和旅游局:
# two fields joined by 和 inside one government body); none in g312; any
# other ORG row holding a joiner stops (check())
JOINED_NAMES = {G311: ("住房和城乡建设部建筑市场监管司",
                       "上海市住房和城乡建设管理委员会",
                       "广州市住房和城乡建设局", "成都市住房和城乡建设局",
                       "深圳市住房和建设局"),
                G312: ()}
# ORG names that write a joiner's character as a character of their trade
# name, not as a joiner (annotate_ra.py's 和谐汽车), with their counts: none
# here (the check stays)
JOINER_CHAR_NAMES = {G311: {}, G312: {}}
# pairs of ORG rows joined by a joiner (two names listed, not one body):
# every joiner between two ORG rows stands in a declared pair (annotate_ra
# .py's LISTED_PAIRS): g312's 中華航空與長榮航空 (two airlines joined by 與,
# no preposition: they carry the fruit together)
LISTED_PAIRS = {G311: (), G312: (("中華航空", "長榮航空"),)}
# rates with a slash denominator the articles write: g311's design fee
# 18元/平方米左右 (GUIDELINES: a rate keeps its denominator in the unit and
# the span, 16712元/平方米); none in g312, which prices per 公斤 with 每 before
# the figure (GUIDELINES: 每 before the number is not part of the unit)
PER_UNITS = {G311: ("元/平方米",), G312: ()}
# codes and model names that hold digits or Latin letters, with their counts
# (annotate_sa.py's CODE_LABELS): none here (neither article writes a stock
# code or a Latin word); the check stays, and the digit, Latin and numeral
# audits read every figure
CODE_LABELS = {G311: {}, G312: {}}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "農業部農糧署": "农业部农粮署", "財政部關務署": "财政部关务署",
    "農糧署": "农粮署", "農糧署東區分署": "农粮署东区分署",
    "台東地區農會": "台东地区农会", "太麻里地區農會": "太麻里地区农会",
    "長榮航空": "长荣航空", "農業部農業試驗所": "农业部农业试验所",
    "農試所": "农试所", "國立台東大學": "国立台东大学", "農業部": "农业部",
    "台南市玉井區農會": "台南市玉井区农会",
    "屏東縣枋山地區農會": "屏东县枋山地区农会",
    "台南市政府農業局": "台南市政府农业局",
    "高雄市旗山區農會": "高雄市旗山区农会",
    "台灣省青果運銷合作社": "台湾省青果运销合作社", "青果社": "青果社",
    "台南市關廟區農會": "台南市关庙区农会",
    "台中市東勢區農會": "台中市东势区农会",
    "台中市政府農業局": "台中市政府农业局",
    "台南市麻豆區農會": "台南市麻豆区农会",
    "高雄市阿蓮區農會": "高雄市阿莲区农会", "中華航空": "中华航空",
    "台北農產運銷股份有限公司": "台北农产运销股份有限公司", "北農": "北农",
    "台中市果菜運銷股份有限公司": "台中市果菜运销股份有限公司",
    "全國農業金庫": "全国农业金库", "中華民國農會": "中华民国农会",
    "農業部動植物防疫檢疫署": "农业部动植物防疫检疫署", "防檢署": "防检署",
    "中華民國對外貿易發展協會": "中华民国对外贸易发展协会",
    "外貿協會": "外贸协会", "行政院主計總處": "行政院主计总处",
    "全聯福利中心": "全联福利中心", "全聯": "全联", "家樂福": "家乐福",
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
        # no astral character in either article (annotate_ua.py's per-row
        # UTF-16 check for its GB18030 byline stays, switched off)
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
        # the first bytes (no BOM here) are the title's first character
        # (annotate_ia.py: read after the BOM, if any)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        lines = self.text.split("\n")
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM, THE SIMPLIFIED MAINLAND
            # ARTICLE (annotate_ub.py's block for its g307, itself
            # annotate_tc.py's UTF-8-without-BOM block turned to a
            # simplified mainland text, with annotate_ta.py's GB2312
            # declarations; DECLARED_MAINLAND, empty there, is used here for
            # 喆 of the byline): no BOM and no U+FEFF anywhere; utf-8-sig
            # strips nothing and reads the same text as plain utf-8; the
            # offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert BOM8 not in full, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert full.decode("utf-8-sig") == full.decode("utf-8") == \
                self.text, doc_id
            # the first character is the title's (今 = E4 BB 8A), at byte 0
            assert full[:3] == code and len(code) == 3, doc_id
            # every non-ASCII character is three bytes in UTF-8 (CJK and
            # full-width punctuation, “” and （） included, 喆 too; no
            # four-byte character), so a count in bytes would run two ahead
            # after every Han character; the file is exactly the text's
            # UTF-8
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
            assert len(self.text.encode("utf-16-le")) // 2 == \
                len(self.text), doc_id
            # the file walked character by character from its first byte:
            # each character's UTF-8 bytes at its own place (annotate_sa.py's
            # byte walk)
            declared = DECLARED_MAINLAND[doc_id]
            pos, places = 0, Counter()
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
            # text (annotate_sa.py's list)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # a simplified mainland text: the characters GB2312 cannot write
            # are exactly the declared ones (DECLARED_MAINLAND: 喆), each
            # with its UTF-8 bytes and kind (annotate_ub.py's checks, empty
            # there); GBK and GB18030 write each declared character with its
            # declared GBK bytes (so a converter to GBK or GB18030 loses
            # nothing), plain Big5 cannot; and the file is no GB file: its
            # GB18030 bytes differ from the file's
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
            # character, on the byline (annotate_ua.py's measure for gbk on
            # its GB18030 byline, here for gb2312 on the decoded text)
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
            # (annotate_ua.py's byline block, without an outlet: 本报 names
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
        elif enc == "big5":     # PLAIN BIG5 WITHOUT A BOM, THE TAIWAN ARTICLE
            # (new here: annotate_ub.py's Big5-HKSCS block for its Hong Kong
            # g308 turned to plain Big5, with annotate_ua.py's declarations
            # of the characters whose plain-Big5 and cp950 codes differ, here
            # read on the file's own bytes): no BOM and no U+FEFF; the
            # offsets count from the file's first byte
            assert bom == b"" and full == raw, doc_id
            assert "\ufeff" not in self.text, doc_id
            assert self.traditional, doc_id
            # the characters plain Big5 cannot write are exactly the
            # declared ones (none here: OUTSIDE_BIG5 is empty, so plain Big5
            # writes the whole text; annotate_ua.py's cp950 kinds stay)
            decl = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(decl), (doc_id, outside)
            kinds = Counter()
            for c, in_cp950 in decl.items():    # (none here)
                code = BIG5_CODE[c]
                assert enc_ok(c, "cp950") == in_cp950, (doc_id, c)
                kinds["cp950" if in_cp950 else "hkscs"] += 1
            assert kinds == BIG5_KINDS[doc_id], kinds
            self.in_org_span = IN_ORG[doc_id]
            assert set(self.in_org_span) <= set(decl), doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (BIG5_FORMS: ／ of the dateline),
            # each with its declared bytes in both codecs; the file holds
            # the plain-Big5 bytes, which cp950 reads as another character
            # (CP950_READS) and Big5-HKSCS as the same one (annotate_ua.py's
            # checks, read on its text's Big5 rendering there, on the file's
            # bytes here)
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
                assert c950.decode("big5") == c, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                assert self.text.count(c) >= 1, (doc_id, c)
                word, k = DECLARED_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
                # on the dateline line (the third line), after 記者
                assert c in lines[2] and lines[2].startswith("記者"), c
                assert all(c not in x for i, x in enumerate(lines)
                           if i != 2), c
                assert BEFORE_DECLARED[doc_id] == set(), c
            self.no_span_chars = sorted(forms)
            # the file walked character by character: each character's
            # plain-Big5 bytes at its own place, one byte an ASCII character
            # and two any other, every non-ASCII character with a lead byte
            # in plain Big5's rows A1-F9 (annotate_ub.py's walk, after
            # annotate_ta.py's); the declared forms with their plain-Big5
            # bytes
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
            # every line without a declared form is the same in plain Big5,
            # cp950 and Big5-HKSCS, byte for byte, and reads back alike in
            # all three (annotate_ra.py's line check, as annotate_ua.py kept
            # it)
            for line in lines:
                if not any(c in forms for c in line):
                    b = line.encode("big5")
                    assert b == line.encode("cp950") == line.encode(
                        "big5hkscs"), line
                    assert b.decode("cp950") == b.decode("big5hkscs") == \
                        line
            # so cp950 and Big5-HKSCS both read the file: Big5-HKSCS as the
            # text itself, cp950 as another text that differs only at the
            # declared forms (∕ in the dateline), with the same length (no
            # offset would move); a reader that tries plain Big5 first
            # (GUIDELINES) reads the text
            assert raw.decode("big5hkscs") == self.text, doc_id
            other = raw.decode("cp950")
            assert other != self.text and len(other) == len(self.text)
            assert {(a, b) for a, b in zip(self.text, other) if a != b} == \
                {(c, CP950_READS[c]) for c in forms}, doc_id
            # gb18030 reads Big5 bytes too (every Big5 trail byte is a
            # GB18030 trail byte), as another text: GUIDELINES' reader then
            # keeps the codec whose result has the larger share of common
            # characters.  Measured by each standard's own common tier
            # (Big5's 常用字 A440-C67E for the Big5 reading, GB2312's level 1
            # B0A1-D7F9 for the GB18030 one), the Big5 reading is the natural
            # one by far (annotate_ub.py's proxy, after annotate_ta.py: the
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
            # text (annotate_ua.py's list)
            for o in ("gbk", "gb2312", "utf-8", "utf-8-sig", "utf-16",
                      "utf-16-le", "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != self.text, (
                    doc_id, o)
            # a traditional text: GB2312 cannot write it
            assert not all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # the dateline stands on the third line, between blank lines
            # (check_line3 checks its rows); no opener
            assert lines[1] == lines[3] == "", doc_id
            assert not any(x.startswith("【") for x in lines), doc_id
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
            # a mainland text: every character is GB18030, and GB2312 but
            # the declared ones (annotate_ua.py's mainland check, with
            # annotate_ub.py's DECLARED_MAINLAND for its OUTSIDE_GBK)
            assert all(enc_ok(c, "gb18030") for c in self.text), doc_id
            assert all(enc_ok(c, "gb2312") or c in DECLARED_MAINLAND.get(
                doc_id, {}) for c in self.text), doc_id
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
# g311 Engineering survey and design in November 2026: the national figures
# (勘协 昨日: 今年前三季度, 上半年, 9月末, 年初; 国家统计局 今年1月至10月;
# 前三季度, 去年同期); the ministry's department (上月, 年底; 10月, 2021年同期);
# design fees (中国建筑学会: 两年前; 深圳市住房和建设局 上周, 今年); the listed
# parents (华建集团 前三季度; 华东建筑设计研究院 上周五, 杭州; 杭州市城乡建设委员会
# 今年); 中国建科 and its 中国建筑设计研究院 (今年前10个月; 建筑设计分会
# 今年三季度, 二季度); 苏州 (启迪设计 今年前三季度; 中衡设计 去年); transport
# design (南京: 苏交科, 华设集团 今年前三季度; 合肥: 设计总院 本周二; 中交设计
# 三季度, 二季度); rail and energy (中国中铁, 中铁二院 今年, 成都, 西安, 兰州;
# 中国铁建, 铁四院 上月, 武汉市城乡建设局; 华东勘测设计研究院 今年前10个月); the
# cities' bodies (上海市住房和城乡建设管理委员会, 上海 今年前10个月;
# 广州市住房和城乡建设局 前10个月; 成都市住房和城乡建设局, 成都、重庆两地);
# planning institutes (中规院 今年; 上海市城市规划设计研究院, 东南大学建筑设计
# 研究院, 南京; 华南理工大学建筑设计研究院, 广州、佛山、东莞三地); overseas
# (中国对外承包工程商会 前10个月; 华建集团 今年, 迪拜, 利雅得); the outlook
# (勘协 今年, 明年一季度; 元旦, 春节, 12月; 2027年3月).  Simplified, UTF-8
# without a BOM, 2026-11-23 (a Monday, ISO week 2026-W48), 中国建设报; its
# byline 本报记者 岑喆 北京报道 names no outlet and the city filed from; 喆 is
# outside GB2312 (declared).  昨日 2026-11-22; 上周五 2026-11-20; 上周
# 2026-W47; 本周二 2026-11-24; 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g311():
    d = Doc(G311)
    Y, NY, OCT = "2026", "2027", "2026-10"
    SZ, NJ = "苏州市", "南京市"
    # title (a heading that opens with no city: no section, and it names
    # none, so the title's rows take no city); 今年 attached to 前三季度
    # (SPEC), several quarters of a year: the year
    d.date("[[今年前三季度]]勘察设计", Y, "")
    d.metric("营收降[[约3.2%]] 头部", "3.2", "%", "approx", "")
    # the byline: 本报 names no outlet (GUIDELINES: "not 本报记者"); 北京
    # before 报道 is the city filed from (SPEC; precedents UA, UB)
    d.city("岑喆 [[北京]]报道")
    # P1 the national figures (no CITY)
    d.org("\n\n[[中国勘察设计协会]]（")
    # a bracketed short form made of the name's characters in order
    # (勘…协), quotes outside (GUIDELINES)
    d.org("以下简称“[[勘协]]”）昨日")
    d.date("勘协”）[[昨日]]发布", "2026-11-22", "")
    d.date("显示，[[今年前三季度]]纳入", Y, "")
    d.metric("纳入监测的[[1862家]]", 1862, "家", "exact", "")
    # 万亿元 (SPEC 157.55万亿元)
    d.metric("营业收入[[约4.37万亿元]]", "4.37e12", "元", "approx", "")
    d.metric("同比下降[[约3.2%]]，降幅", "3.2", "%", "approx", "")
    # several months of a year: the year (SPEC 上半年); 较 outside
    d.date("降幅较[[上半年]]收窄", Y, "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("收窄[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    d.metric("工程设计收入[[约6840亿元]]", "6840e8", "元", "approx", "")
    d.metric("同比下降[[约7.5%]]", "7.5", "%", "approx", "")
    d.metric("工程总承包收入[[约2.91万亿元]]", "2.91e12", "元", "approx",
             "")
    d.metric("同比下降[[约1.8%]]", "1.8", "%", "approx", "")
    d.metric("逆势增长[[约12.6%]]", "12.6", "%", "approx", "")
    # an end of a month is the month (SPEC 6月底); 截至 outside
    d.date("截至[[9月末]]，", "2026-09", "")
    # 人 right after a number is the unit (SPEC 300人)
    d.metric("从业人员[[约468万人]]", "468e4", "人", "approx", "")
    # a start of a period is the period (SPEC): the reference year
    d.date("较[[年初]]减少", Y, "")
    d.metric("减少[[约11万人]]", "11e4", "人", "approx", "")
    # P2 the survey and the statistics bureau (no CITY)
    d.org("\n\n[[勘协]]相关负责人")
    # 两成 -> 20 %, 近 inside the span, approx (SPEC 近6成)
    d.metric("，[[近两成]]受访", 20, "%", "approx", "")
    d.metric("降幅[[超过30%]]", 30, "%", "over", "")
    d.org("。[[国家统计局]]数据")
    # a range of months, two mentions (SPEC 2024年3月至5月): 今年 attached
    # to the first end
    d.date("显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]全国", OCT, "")
    d.metric("同比下降[[约9.8%]]", "9.8", "%", "approx", "")
    # 前三季度 right after the noun it is about (GUIDELINES 全市前10个月)
    d.date("行业[[前三季度]]人均", Y, "")
    d.metric("人均营业收入[[约93.4万元]]", "93.4e4", "元", "approx", "")
    # 去年同期 follows its sentence's period, 前三季度, a period with no ISO
    # form: the year a year earlier (SPEC)
    d.date("较[[去年同期]]下降", "2025", "")
    d.metric("下降[[约2.1%]]；", "2.1", "%", "approx", "")
    # an age is a METRIC (SPEC 60岁以上: unit 岁)
    d.metric("平均年龄[[约36.5岁]]", "36.5", "岁", "approx", "")
    # P3 the ministry's department (no CITY)
    # a ministry's department ends at 司 and keeps every field
    # (GUIDELINES 商务部对外投资和经济合作司); one ORG, JOINED_NAMES
    d.org("\n\n[[住房和城乡建设部建筑市场监管司]]上月")
    d.date("监管司[[上月]]印发", OCT, "")
    # 年底 the reference year (SPEC); 在 and 前 outside
    d.date("各地在[[年底]]前完成", Y, "")
    d.date("透露，[[10月]]全国", OCT, "")
    d.metric("设计企业[[约420家]]", 420, "家", "approx", "")
    # 同期 written after a year is part of its span and gives the year
    # (GUIDELINES 2019年同期)
    d.date("为[[2021年同期]]的", "2021", "")
    d.metric("同期的[[2.6倍]]", "2.6", "倍", "exact", "")
    # P4 design fees (深圳 only inside its bureau: no CITY)
    d.org("停歇。[[中国建筑学会]]调研")
    # N年前 is a relative DATE (SPEC 两年前), from the reference year
    d.date("已由[[两年前]]的", "2024", "")
    # 每 + a measure word before the figure stays outside its span and unit
    # (GUIDELINES 每平方米16712元 -> 元); 约 touching the number, inside
    d.metric("两年前的每平方米[[约32元]]", 32, "元", "approx", "")
    # a rate keeps its denominator (GUIDELINES 16712元/平方米; PER_UNITS);
    # 左右 inside the span (SPEC 3.6万户左右)
    d.metric("降至[[18元/平方米左右]]", 18, "元/平方米", "approx", "")
    # 8折 is 80 % (SPEC; GUIDELINES: 折 below 10 times 10); 低至 no marker
    # (precedent UC's 低至七折)
    d.metric("低至[[6折]]", 60, "%", "exact", "")
    # two figures, each with its own 元 (SPEC: a range is two mentions)
    d.metric("每平方米[[45元]]至", 45, "元", "exact", "")
    d.metric("45元至[[60元]]之间", 60, "元", "exact", "")
    d.org("。[[深圳市住房和建设局]]上周")
    # 上周 the ISO week before the reference date's W48
    d.date("建设局[[上周]]公布", "2026-W47", "")
    # 全市 deictic, no CITY (SPEC); 以来 outside
    d.date("全市[[今年]]以来", Y, "")
    # a fraction is a percentage (SPEC 三分之一 -> 33.3333333333)
    d.metric("有[[三分之一]]的", "33.3333333333", "%", "exact", "")
    # 低于 compares with a threshold: no marker, exact (GUIDELINES)
    d.metric("控制价的[[七成]]。", 70, "%", "exact", "")
    # P5 the listed parents (杭州 in the second sentence)
    d.org("分化。[[华东建筑集团股份有限公司]]（")
    # a bracketed short form, its characters in the name's order (华…建…集团)
    d.org("（[[华建集团]]）披露")
    # 前三季度 right after the noun it is about (GUIDELINES 该行前9个月)
    d.date("公司[[前三季度]]新签", Y, "")
    d.metric("新签合同额[[约86.4亿元]]", "86.4e8", "元", "approx", "")
    d.metric("同比增长[[约6.1%]]", "6.1", "%", "approx", "")
    d.metric("工程设计合同[[约41.2亿元]]", "41.2e8", "元", "approx", "")
    # 旗下 between two names: two ORGs (precedents); the subsidiary in a
    # clause of its own after ；
    d.org("；旗下[[华东建筑设计研究院有限公司]]上周五")
    # a weekday inside the span (GUIDELINES 上周五): W47's Friday; the rule
    # gives the first city after (杭州)
    d.date("有限公司[[上周五]]在杭州", "2026-11-20", "杭州市")
    d.city("上周五在[[杭州]]中标")
    d.metric("设计费[[约1.36亿元]]", "1.36e8", "元", "approx", "杭州市")
    # a city's bureau with its city inside (SPEC 天津市网信办): no CITY
    d.org("。[[杭州市城乡建设委员会]]相关")
    # 该市 deictic (SPEC 本市): no city for its figures
    d.date("该市[[今年]]已批复", Y, "")
    d.metric("更新单元[[23个]]", 23, "个", "exact", "")
    d.metric("总投资[[超过900亿元]]", "900e8", "元", "over", "")
    # P6 中国建科 and the design association's branch (no CITY)
    d.org("\n\n[[中国建设科技集团股份有限公司]]（")
    d.org("（[[中国建科]]）旗下")
    d.org("旗下[[中国建筑设计研究院有限公司]]今年")
    d.date("有限公司[[今年前10个月]]新签合同约37", Y, "")
    d.metric("新签合同[[约37亿元]]", "37e8", "元", "approx", "")
    # 四成 -> 40 %, 超过 inside, over
    d.metric("占比[[超过四成]]", 40, "%", "over", "")
    # an association's branch ends at 分会 (GUIDELINES 中国汽车流通协会乘用车
    # 市场信息联席分会): one ORG
    d.org("；[[中国勘察设计协会建筑设计分会]]的")
    # a quarter with 今年 attached, one span
    d.date("会员单位[[今年三季度]]设计", "2026-Q3", "")
    d.metric("流失率[[约6.8%]]", "6.8", "%", "approx", "")
    # a bare quarter in the reference year (较 outside)
    d.date("较[[二季度]]上升", "2026-Q2", "")
    d.metric("上升[[1.2个百分点]]", "1.2", "百分点", "exact", "")
    # P7 苏州 (in its first clause; the second clause, after ；, names none)
    d.city("在[[苏州]]，启迪")
    d.org("，[[启迪设计集团股份有限公司]]（")
    d.org("（[[启迪设计]]）今年")
    # 今年 attached (a bare 前三季度 right after a bracket would open its
    # clause: the precedent check; rewritten, NOTES_va.md)
    d.date("启迪设计）[[今年前三季度]]营业", Y, SZ)
    d.metric("营业收入[[约8.9亿元]]", "8.9e8", "元", "approx", SZ)
    d.metric("同比下降[[约14%]]", 14, "%", "approx", SZ)
    d.metric("余额仍有[[约21亿元]]", "21e8", "元", "approx", SZ)
    # 同城的 a descriptor outside the name (SPEC 美国咨询公司麦肯锡)
    d.org("同城的[[中衡设计集团股份有限公司]]（")
    d.org("（[[中衡设计]]）依靠")
    d.metric("同比增长[[约3.4%]]", "3.4", "%", "approx", "")
    # 去年 from the reference year (a baseline of a change: it states no
    # period of its own, GUIDELINES)
    d.date("由[[去年]]的约310天", "2025", "")
    # time figures after the statistic cue 平均, the second the figure a
    # verb of change leads to (GUIDELINES 约180天降至约120天: both METRICs)
    d.metric("去年的[[约310天]]", 310, "天", "approx", "")
    d.metric("缩短至[[约265天]]", 265, "天", "approx", "")
    # P8 transport design (南京 in its first sentence part, 合肥 in the
    # second; the 中交设计 sentence names none)
    d.city("稳健。[[南京]]的苏交科")
    d.org("南京的[[苏交科集团股份有限公司]]（")
    d.org("（[[苏交科]]）今年")
    d.date("苏交科）[[今年前三季度]]新签", Y, NJ)
    d.metric("新签订单[[约52亿元]]", "52e8", "元", "approx", NJ)
    d.org("同城的[[华设设计集团股份有限公司]]（")
    d.org("（[[华设集团]]）约为")
    # 约为: a marker separated by the verb 为, outside, approx (GUIDELINES
    # 约为19% -> 19%)
    d.metric("华设集团）约为[[47亿元]]", "47e8", "元", "approx", NJ,
             sep="约")
    d.city("；[[合肥]]的安徽")
    # a registered name keeps its province in front (GUIDELINES: names
    # found by suffix keep any place in front)
    d.org("合肥的[[安徽省交通规划设计研究总院股份有限公司]]（")
    # a bracketed short form, its characters in the name's order
    # (设…计…总…院)
    d.org("（[[设计总院]]）本周二")
    # a weekday inside the span (GUIDELINES): W48's Tuesday
    d.date("设计总院）[[本周二]]将在", "2026-11-24", "合肥市")
    d.city("将在[[合肥]]举行")
    d.org("交流会。[[中交设计咨询集团股份有限公司]]（")
    d.org("（[[中交设计]]）表示")
    d.date("其[[三季度]]营收", "2026-Q3", "")
    d.metric("营收[[约16.8亿元]]", "16.8e8", "元", "approx", "")
    d.date("环比[[二季度]]增长", "2026-Q2", "")
    d.metric("增长[[约9%]]。", 9, "%", "approx", "")
    # P9 rail and energy design (成都, 西安, 兰州 in the first sentence)
    d.org("方面，[[中国中铁]]旗下")
    d.org("旗下[[中铁二院工程集团有限责任公司]]今年")
    # the rule gives the first city after (成都) to 今年 and the nearest
    # before (兰州, the list's last) to the figure: the rule as written
    d.date("有限责任公司[[今年]]以来", Y, "成都市")
    d.city("以来在[[成都]]、西安")
    d.city("成都、[[西安]]、兰州")
    d.city("西安、[[兰州]]等地")
    d.metric("勘察设计合同[[约118亿元]]", "118e8", "元", "approx", "兰州市")
    d.org("；[[中国铁建]]旗下")
    # a numeral inside a registered name (第四) belongs to it
    d.org("旗下[[中铁第四勘察设计院集团有限公司]]（")
    # a bracketed short form, its characters in the name's order (铁…四…院)
    d.org("（[[铁四院]]）上月")
    d.date("铁四院）[[上月]]同武汉", OCT, "")
    # 同 a preposition before the bureau; 武汉 inside it, no CITY
    d.org("上月同[[武汉市城乡建设局]]签约")
    # a subsidiary's registered name holds its parent's, then its business
    # and a legal suffix: one ORG (GUIDELINES 申万宏源证券承销保荐有限责任公司)
    d.org("修编。[[中国电建集团华东勘测设计研究院有限公司]]今年")
    d.date("研究院有限公司[[今年前10个月]]新签抽水", Y, "")
    d.metric("设计合同[[逾60亿元]]", "60e8", "元", "over", "")
    d.metric("同比增长[[约18%]]", 18, "%", "approx", "")
    # P10 the cities' bodies (上海 in the first sentence part; 广州 and 成都
    # of the next ones inside their bureaus)
    d.org("投入。[[上海市住房和城乡建设管理委员会]]数据")
    d.city("显示，[[上海]]今年")
    d.date("上海[[今年前10个月]]完成", Y, "上海市")
    d.metric("设计招标[[约340项]]", 340, "项", "approx", "上海市")
    d.org("；[[广州市住房和城乡建设局]]对")
    # 全市 deictic, no CITY; 前10个月 right after the noun it is about
    d.date("全市[[前10个月]]签约", Y, "")
    d.metric("签约项目[[约210个]]", 210, "个", "approx", "")
    d.org("。[[成都市住房和城乡建设局]]表示")
    # two cities before their collective label 两地 (SPEC 两地: no METRIC;
    # GUIDELINES; the collective is audited below)
    d.city("表示，[[成都]]、重庆")
    d.city("成都、[[重庆]]两地")
    # P11 planning institutes (南京 in the second sentence; 广州, 佛山, 东莞
    # in the third)
    d.org("转型。[[中国城市规划设计研究院]]（")
    # a bracketed short form (中…规…院)
    d.org("（[[中规院]]）今年")
    d.date("中规院）[[今年]]已承接", Y, "")
    # a bare magnitude with a marker (SPEC 近百种 -> 100): 逾 over
    d.metric("体检项目[[逾百个]]", 100, "个", "over", "")
    d.org("；[[上海市城市规划设计研究院]]同")
    # a department written right after a university belongs to it (SPEC
    # 福建师范大学行政管理学院): one ORG with the university
    d.org("同[[东南大学建筑设计研究院有限公司]]组成")
    d.city("中标[[南京]]的老城")
    d.org("设计。[[华南理工大学建筑设计研究院有限公司]]表示")
    # three cities before their collective label 三地, the list opening its
    # clause (GUIDELINES: an item with a preposition makes the count a
    # figure; the draft's 则在广州、佛山、东莞三地 was rewritten, NOTES_va.md)
    d.city("表示，[[广州]]、佛山")
    d.city("广州、[[佛山]]、东莞")
    d.city("佛山、[[东莞]]三地")
    # the rule gives the nearest city before (东莞, the list's last) though
    # the studios are in three cities: the rule as written
    d.date("工作室[[今年]]计划", Y, "东莞市")
    # 名 a count unit of people
    d.metric("设计人员[[约260名]]", 260, "名", "approx", "东莞市")
    # P12 overseas (迪拜, 利雅得 in the second sentence)
    d.org("增长点。[[中国对外承包工程商会]]统计")
    # 前10个月 right after the noun it is about (企业前10个月)
    d.date("设计咨询企业[[前10个月]]新签", Y, "")
    # 美元 the currency as written (SPEC)
    d.metric("合同额[[约46亿美元]]", "46e8", "美元", "approx", "")
    d.metric("同比增长[[约11%]]", 11, "%", "approx", "")
    d.org("。[[华建集团]]今年")
    d.date("华建集团[[今年]]在迪拜", Y, "迪拜")
    d.city("今年在[[迪拜]]、利雅得")
    d.city("迪拜、[[利雅得]]承接")
    d.metric("升至[[约7%]]", 7, "%", "approx", "利雅得")
    # P13 the outlook (no CITY)
    d.org("展望后市，[[勘协]]预计")
    d.date("勘协预计[[今年]]行业", Y, "")
    # 以内 inside the span, under (SPEC: 以内 is under)
    d.metric("收窄至[[2%以内]]", 2, "%", "under", "")
    # 明年 counts from the reference year (GUIDELINES); one span
    d.date("，[[明年一季度]]设计", "2027-Q1", "")
    # yearless holidays: the coming ones (GUIDELINES); 前后 outside
    d.date("表示，[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    # a month with no year in a sentence whose period is a yearless holiday
    # takes the year that puts it nearest that holiday (GUIDELINES 元旦假期…
    # 12月31日 -> 2026-12-31): 2026-12
    d.date("时段，[[12月]]回款", "2026-12", "")
    d.org("据了解，[[勘协]]将于")
    d.date("将于[[2027年3月]]发布", "2027-03", "")
    audit = {
        "orgs": ["中国勘察设计协会", "勘协", "国家统计局",
                 "住房和城乡建设部建筑市场监管司", "中国建筑学会",
                 "深圳市住房和建设局", "华东建筑集团股份有限公司", "华建集团",
                 "华东建筑设计研究院有限公司", "杭州市城乡建设委员会",
                 "中国建设科技集团股份有限公司", "中国建科",
                 "中国建筑设计研究院有限公司", "中国勘察设计协会建筑设计分会",
                 "启迪设计集团股份有限公司", "启迪设计",
                 "中衡设计集团股份有限公司", "中衡设计",
                 "苏交科集团股份有限公司", "苏交科",
                 "华设设计集团股份有限公司", "华设集团",
                 "安徽省交通规划设计研究总院股份有限公司", "设计总院",
                 "中交设计咨询集团股份有限公司", "中交设计", "中国中铁",
                 "中铁二院工程集团有限责任公司", "中国铁建",
                 "中铁第四勘察设计院集团有限公司", "铁四院",
                 "武汉市城乡建设局",
                 "中国电建集团华东勘测设计研究院有限公司",
                 "上海市住房和城乡建设管理委员会", "广州市住房和城乡建设局",
                 "成都市住房和城乡建设局", "中国城市规划设计研究院", "中规院",
                 "上海市城市规划设计研究院",
                 "东南大学建筑设计研究院有限公司",
                 "华南理工大学建筑设计研究院有限公司",
                 "中国对外承包工程商会"],
        "cities": ["北京", "杭州", "苏州", "南京", "合肥", "成都", "西安",
                   "兰州", "上海", "重庆", "广州", "佛山", "东莞", "迪拜",
                   "利雅得",
                   # cities written only inside ORG rows (SPEC: no CITY)
                   "深圳", "武汉",
                   # absent cities as guards: none written
                   "天津", "长沙", "郑州", "宁波", "青岛", "厦门", "济南",
                   "无锡", "昆山", "雄安", "香港", "伦敦"],
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 两 of 成都、重庆两地 and 三 of 广州、佛山、东莞三地: the collective
        # labels of the cities just listed (SPEC 两地, 五市; GUIDELINES), no
        # METRIC (check_collective)
        "collectives": [("重庆[[两]]地", 2), ("东莞[[三]]地", 3)],
        "latin_excluded": [],
        # words that are no DATE: 年龄 (an age's noun: 平均年龄), 周期 (回款
        # 周期: a cycle); 同期 only inside 去年同期 and 2021年同期; 全年,
        # 每年, 年度, 近期, 日均 (none written)
        "words_excluded": {"年龄": 1, "周期": 1, "同期": 0, "全年": 0,
                           "每年": 0, "年度": 0, "近期": 0, "日均": 0},
        # generic words outside ORG rows (read-backs and kinds), then the
        # heads and names a cut ORG would leave outside, none outside rows
        "orgwords_excluded": {"公司": 1, "集团": 0, "协会": 0, "学会": 0,
                              "设计院": 2, "研究院": 0, "委员会": 0,
                              "建设局": 0, "统计局": 0, "商会": 0,
                              "分会": 0, "监管司": 0, "股份有限公司": 0,
                              "有限责任公司": 0, "有限公司": 0,
                              "勘察设计协会": 0, "华东建筑": 0, "启迪": 0,
                              "中衡": 0, "苏交科": 0, "华设": 0, "中交": 0,
                              "中铁": 0, "铁建": 0, "电建": 0, "建科": 0,
                              "规划设计研究院": 0, "大学": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g312 Taiwan's farmers' associations and fruit exports in November 2026: the
# national figures (農糧署 昨（23）日: 今年前10月, 民國108年; 香港, 新加坡, 去年;
# 財政部關務署 10月); the markets (農糧署 今年前10月); 鳳梨釋迦 (本月; 農糧署東區
# 分署; 去年, 台東地區農會, 太麻里地區農會 今年, 杜拜, 上週, 長榮航空; 農試所,
# 國立台東大學; 台東地區農會 本月, 去年同期); the subsidy (農業部 今年1月; 農糧署
# 上月, 明（116）年, 《116年…計畫》); mangoes (玉井區農會 今年; 枋山地區農會 4月;
# 台南市政府農業局); bananas (旗山區農會 上月, 9月; 青果社 上週, 明年第1季,
# 今年同期); pineapples (關廟區農會 明年, 今年; 東京、大阪兩地); citrus and
# pomelos (東勢區農會 今年, 下月初, 新加坡, 溫哥華; 台中市政府農業局 今年;
# 麻豆區農會 今年, 新加坡, 7月, 去年); guavas (阿蓮區農會 今年前10月,
# 溫哥華, 多倫多; 上月, 鹿特丹); the cold chain (農業部 上月, 台南、高雄兩地,
# 117年底; 中華航空與長榮航空 今年); wholesale markets (北農 上月; 台中市果菜
# 運銷股份有限公司 本月, 去年同期); finance (全國農業金庫 10月底, 去年底;
# 中華民國農會 3年前); inspection and promotion (防檢署 今年, 11月18日; 外貿
# 協會 明（116）年3月, 東京, 杜拜; 行政院主計總處 10月, 9月); retail (全聯 今年;
# 家樂福, 台東地區農會, 台北, 台中, 高雄); the outlook (農糧署 今（115）年,
# 114年; 年底, 農曆春節, 12月, 11月).  Traditional as Taiwan writes it (台,
# 占, 公布, 計畫, 上週, 前10月, 第1季, 年增, 年減, 月增, 新台幣, 億, 萬, 公噸,
# 公頃, ROC years), stored as plain BIG5 without a BOM, 2026-11-24 (a
# Tuesday, ISO week 2026-W48), 聯合報; its dateline line 記者葉芷瑄／台南報導
# (no outlet; the CITY 台南; ／ declared).  昨（23）日 2026-11-23; 上週
# 2026-W47; 本月 2026-11; 上月 2026-10; 下月 2026-12; 明年 2027.
# ===========================================================================
@doc
def g312():
    d = Doc(G312)
    Y, NY, OCT, NOV = "2026", "2027", "2026-10", "2026-11"
    HK, SG, DXB = "香港", "新加坡", "迪拜"
    # title (a heading that opens with no city and names none); 今年
    # attached to 前10月 (Taiwan's first months without 個, GUIDELINES)
    d.date("[[今年前10月]]鮮果", Y, "")
    d.metric("年增[[約8%]] 鳳梨", 8, "%", "approx", "")
    # the dateline: no outlet; 台南 the city filed from, a special
    # municipality (SPEC; precedent UA's 台北報導)
    d.city("／[[台南]]報導")
    # P1 the national figures (香港, 新加坡 in the second sentence)
    # an agency written right after its ministry, one ORG (GUIDELINES: a
    # government body written right after another is its department)
    d.org("\n\n[[農業部農糧署]]昨")
    # 昨（23）日 one span (SPEC 今（5）日; GUIDELINES 昨（2）日)
    d.date("農糧署[[昨（23）日]]公布", "2026-11-23", "")
    d.date("公布，[[今年前10月]]生鮮", Y, "")
    # a magnitude and a last section of three or four digits are one
    # figure (GUIDELINES 2萬6,512棟); 公噸 -> 公吨 (GUIDELINES)
    d.metric("外銷量[[約8萬2,600公噸]]", 82600, "公吨", "approx", "")
    d.metric("公噸，年增[[約8%]]，外銷值", 8, "%", "approx", "")
    # a marker before a currency written before the number qualifies the
    # figure and stays outside with the currency (GUIDELINES 约人民币100亿元;
    # precedent UA's 約新台幣)
    d.metric("外銷值約新台幣[[52.4億元]]", "52.4e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("億元，年增[[約11%]]", 11, "%", "approx", "")
    # 民國 inside the span (SPEC); 以來 outside
    d.date("為[[民國108年]]以來", "2019", "")
    # the rule gives the first city after (香港) to the share before it and
    # the nearest before to the others: the rule as written
    d.metric("日本占[[約31%]]", 31, "%", "approx", HK)
    d.city("，[[香港]]約18%")
    d.metric("香港[[約18%]]", 18, "%", "approx", HK)
    d.city("，[[新加坡]]約9%")
    d.metric("新加坡[[約9%]]", 9, "%", "approx", SG)
    # 去年 from the reference year (no other period stated before it)
    d.date("則由[[去年]]的", "2025", SG)
    d.metric("去年的[[約27%]]", 27, "%", "approx", SG)
    d.metric("降至[[約16%]]。", 16, "%", "approx", SG)
    # an administration written right after its ministry, one ORG
    # (precedent UA's 財政部關務署)
    d.org("。[[財政部關務署]]統計")
    d.date("顯示，[[10月]]鮮果", OCT, "")
    d.metric("出口值約新台幣[[6.1億元]]", "6.1e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("月增[[約13%]]", 13, "%", "approx", "")
    # P2 the markets (香港, 新加坡 after the ；, in a clause with no figure)
    d.org("\n\n[[農糧署]]說明")
    d.date("為主，[[今年前10月]]輸日", Y, "")
    d.metric("輸日量[[約2萬5,400公噸]]", 25400, "公吨", "approx", "")
    d.metric("年增[[約14%]]", 14, "%", "approx", "")
    d.city("；[[香港]]與新加坡")
    d.city("香港與[[新加坡]]則以")
    # P3 鳳梨釋迦 (杜拜 x2 in the third sentence)
    # 本月 the reference month; 起 outside
    d.date("鳳梨釋迦[[本月]]起進入", NOV, "")
    # 分署 after a body belongs to it (GUIDELINES 海关总署广东分署)
    d.org("。[[農糧署東區分署]]表示")
    # 公頃 -> 公顷 as written (precedent UB's unit)
    d.metric("收穫面積[[約2,480公頃]]", 2480, "公顷", "approx", "")
    d.metric("預估產量[[約1萬3,100公噸]]", 13100, "公吨", "approx", "")
    # 以上 inside the span, over (SPEC 6成以上)
    d.metric("台東縣占[[99%以上]]", 99, "%", "over", "")
    # the rule gives the first city after (杜拜) to the figures and dates
    # before it: the rule as written
    d.date("中國大陸[[去年]]起將", "2025", DXB)
    d.metric("提高至[[20%]]", 20, "%", "exact", DXB)
    d.org("，[[台東地區農會]]、太麻里")
    d.org("、[[太麻里地區農會]]今年")
    d.date("太麻里地區農會[[今年]]改以", Y, DXB)
    d.city("加拿大及[[杜拜]]為拓銷")
    d.metric("首批[[約18公噸]]上週", 18, "公吨", "approx", DXB)
    d.date("公噸[[上週]]由長榮", "2026-W47", DXB)
    # an airline (GUIDELINES: airlines are in the gazetteer); 貨機 outside
    d.org("由[[長榮航空]]貨機")
    d.city("運抵[[杜拜]]。")
    # an institute written right after its ministry, one ORG, and its
    # bracketed short form (農…試…所)
    d.org("。[[農業部農業試驗所]]（")
    d.org("（[[農試所]]）攜手")
    # 國立 before a university is part of its name (GUIDELINES 国立清华大学)
    d.org("攜手[[國立台東大學]]研發")
    # 四成 -> 40 %, 約 touching, inside, approx
    d.metric("空運的[[約4成]]", 40, "%", "approx", "")
    d.org("。[[台東地區農會]]指出")
    d.date("鳳梨釋迦[[本月]]產地", NOV, "")
    d.metric("每公斤[[約65元]]", 65, "元", "approx", "")
    # 去年同期 follows its sentence's period, 本月: that month a year
    # earlier (SPEC)
    d.date("較[[去年同期]]下跌", "2025-11", "")
    d.metric("下跌[[約2成]]", 20, "%", "approx", "")
    # P4 the subsidy (no CITY)
    d.org("\n\n[[農業部]]今年")
    d.date("農業部[[今年1月]]訂頒", "2026-01", "")
    # 最高 sets no qualifier (GUIDELINES): exact; 每公斤 is separated from the
    # figure by words, so it is no basis here, and the unit is 元 anyway
    d.metric("最高獎勵[[70元]]", 70, "元", "exact", "")
    d.metric("海運[[12元]]；", 12, "元", "exact", "")
    d.org("；[[農糧署]]上月")
    d.date("農糧署[[上月]]再將", OCT, "")
    # 明（116）年: the bracketed ROC year of 明, one span (GUIDELINES)
    d.date("納入，[[明（116）年]]相關", NY, "")
    d.metric("預算編列[[約3.2億元]]", "3.2e8", "元", "approx", "")
    # a year inside a title counts (SPEC 《2019年国民经济…》); a bare ROC year
    # in a Taiwan text (SPEC 112年 -> 2023): 116 + 1911
    d.date("《[[116年]]台灣", NY, "")
    # P5 mangoes (no CITY: 玉井 a district, 屏東縣 a county, 台南 inside ORG
    # rows)
    # a place in front belongs to the name (SPEC 常州江南农村商业银行)
    d.org("芒果方面，[[台南市玉井區農會]]指出")
    d.date("指出，[[今年]]芒果", Y, "")
    d.metric("韓國[[約1,380公噸]]", 1380, "公吨", "approx", "")
    d.metric("年增[[約6%]]", 6, "%", "approx", "")
    # 约 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("約占[[七成]]", 70, "%", "approx", "", sep="約")
    d.org("；[[屏東縣枋山地區農會]]則因")
    d.date("則因[[4月]]乾旱", "2026-04", "")
    d.metric("外銷量[[約420公噸]]", 420, "公吨", "approx", "")
    d.metric("年減[[近2成]]", 20, "%", "approx", "")
    # a city's government and its bureau, one ORG (GUIDELINES: a body
    # written right after a government is its department)
    d.org("。[[台南市政府農業局]]表示")
    # 最高 sets no qualifier (GUIDELINES): exact
    d.metric("每戶最高[[30萬元]]", "30e4", "元", "exact", "")
    # P6 bananas (旗山, 美濃 districts: no CITY)
    d.org("\n\n[[高雄市旗山區農會]]表示")
    d.date("香蕉[[上月]]產地價", OCT, "")
    d.metric("產地價每公斤[[約23元]]", 23, "元", "approx", "")
    # a bare month in the reference year (較 outside)
    d.date("較[[9月]]回升", "2026-09", "")
    d.metric("回升[[約15%]]", 15, "%", "approx", "")
    d.org("。[[台灣省青果運銷合作社]]（")
    # a bracketed short form (青…果…社)
    d.org("（[[青果社]]）上週")
    d.date("青果社）[[上週]]與日本", "2026-W47", "")
    # 明年 attached to Taiwan's quarter without 度 (GUIDELINES 第N季)
    d.date("議定，[[明年第1季]]輸日", "2027-Q1", "")
    # 箱 the measure word as written (SPEC)
    d.metric("香蕉[[約9萬箱]]", "9e4", "箱", "approx", "")
    # 同期 written after 今年 is part of its span and gives the year
    # (GUIDELINES 今年同期)
    d.date("較[[今年同期]]增加", Y, "")
    d.metric("增加[[約1成]]", 10, "%", "approx", "")
    # P7 pineapples (東京, 大阪 after the ；, with no figure)
    d.org("鳳梨方面，[[台南市關廟區農會]]表示")
    # a season with a year word: only the year is a DATE (GUIDELINES
    # 2019年夏天 -> 2019年); 春季 outside
    d.date("表示，[[明年]]春季", NY, "")
    d.metric("契作面積[[約420公頃]]", 420, "公顷", "approx", "")
    d.metric("預訂[[約1,600公噸]]", 1600, "公吨", "approx", "")
    d.metric("收購價每公斤[[約18元]]", 18, "元", "approx", "")
    d.date("比[[今年]]高", Y, "")
    d.metric("高[[約2元]]", 2, "元", "approx", "")
    # two foreign cities before their collective label 兩地 (SPEC 两地;
    # GUIDELINES; audited below)
    d.city("；[[東京]]、大阪")
    d.city("東京、[[大阪]]兩地")
    # P8 citrus and pomelos (新加坡, 溫哥華 in the first sentence; the
    # 台中市政府農業局 sentence names none; 新加坡 in the third)
    d.org("\n\n[[台中市東勢區農會]]今年")
    d.date("東勢區農會[[今年]]椪柑", Y, SG)
    d.metric("外銷目標[[約650公噸]]", 650, "公吨", "approx", SG)
    # a part of a month is the month (SPEC 9月上旬): 下月初 -> 2026-12
    d.date("預計[[下月初]]運往", "2026-12", SG)
    d.city("運往[[新加坡]]，其後")
    # a country glued to its foreign city leaves the city a CITY
    # (GUIDELINES 法国巴黎 -> 巴黎)
    d.city("汶萊及加拿大[[溫哥華]]。")
    d.org("。[[台中市政府農業局]]表示")
    d.metric("栽培面積[[約1,390公頃]]", 1390, "公顷", "approx", "")
    d.date("，[[今年]]產量", Y, "")
    d.metric("產量估[[約2萬5,000公噸]]", 25000, "公吨", "approx", "")
    d.org("。[[台南市麻豆區農會]]今年")
    d.date("麻豆區農會[[今年]]文旦", Y, SG)
    d.city("加拿大、[[新加坡]]約96")
    d.metric("新加坡[[約96公噸]]", 96, "公吨", "approx", SG)
    d.date("受[[7月]]豪雨", "2026-07", SG)
    # 去年 counts from the period stated before it in the sentence (7月,
    # 2026): 2025
    d.date("較[[去年]]衰退", "2025", SG)
    d.metric("衰退[[約3成]]", 30, "%", "approx", SG)
    # P9 guavas (溫哥華, 多倫多 in the first sentence, 鹿特丹 after the ；)
    d.org("番石榴方面，[[高雄市阿蓮區農會]]表示")
    d.date("表示，[[今年前10月]]番石榴", Y, "温哥华")
    d.city("輸往加拿大[[溫哥華]]、多倫多")
    d.city("溫哥華、[[多倫多]]約")
    d.metric("多倫多[[約1,150公噸]]", 1150, "公吨", "approx", "多伦多")
    d.metric("外銷量[[近8成]]", 80, "%", "approx", "多伦多")
    d.metric("首批[[約2.4公噸]]", "2.4", "公吨", "approx", "鹿特丹")
    d.date("公噸[[上月]]以海運", OCT, "鹿特丹")
    d.city("運抵[[鹿特丹]]。")
    # P10 the cold chain (台南, 高雄 in the first sentence; the airlines'
    # sentence names none)
    d.org("運損，[[農業部]]上月")
    d.date("農業部[[上月]]核定", OCT, "台南市")
    d.city("核定，[[台南]]、高雄")
    d.city("台南、[[高雄]]兩地")
    d.metric("總經費約新台幣[[9.6億元]]", "9.6e8", "元", "approx", "高雄市",
             outer="約新台幣")
    # a year's end after a bare ROC year (GUIDELINES 117年底): 117 + 1911;
    # 前 outside
    d.date("預計[[117年底]]前", "2028", "高雄市")
    d.metric("外銷果品[[約4萬公噸]]", "4e4", "公吨", "approx", "高雄市")
    # two airlines joined by 與: two ORGs (LISTED_PAIRS)
    d.org("方面，[[中華航空]]與長榮")
    d.org("中華航空與[[長榮航空]]今年")
    d.date("長榮航空[[今年]]合計", Y, "")
    d.metric("外銷鮮果[[約5,300公噸]]", 5300, "公吨", "approx", "")
    d.metric("年增[[約9%]]", 9, "%", "approx", "")
    # P11 wholesale markets (台北, 台中 inside ORG rows: no CITY)
    d.org("方面，[[台北農產運銷股份有限公司]]（")
    # a bracketed short form (北…農)
    d.org("（[[北農]]）統計")
    d.date("統計，[[上月]]水果", OCT, "")
    d.metric("批發價每公斤[[約56.4元]]", "56.4", "元", "approx", "")
    d.metric("年增[[約5%]]", 5, "%", "approx", "")
    d.metric("椪柑每公斤[[約41元]]", 41, "元", "approx", "")
    d.metric("番石榴[[約33元]]", 33, "元", "approx", "")
    d.org("。[[台中市果菜運銷股份有限公司]]表示")
    d.date("表示，[[本月]]鳳梨", NOV, "")
    d.metric("到貨[[約26公噸]]", 26, "公吨", "approx", "")
    d.date("價格較[[去年同期]]低", "2025-11", "")
    d.metric("低[[約12%]]", 12, "%", "approx", "")
    # P12 finance and the national association (no CITY)
    d.org("\n\n[[全國農業金庫]]統計")
    # an end of a month is the month (SPEC); 截至 outside
    d.date("截至[[10月底]]，", OCT, "")
    d.metric("餘額約新台幣[[38.6億元]]", "38.6e8", "元", "approx", "",
             outer="約新台幣")
    # 去年底 one span, the year (SPEC: an end of a period is the period;
    # precedent UB's 去年初)
    d.date("較[[去年底]]增加", "2025", "")
    d.metric("增加[[約4.2億元]]", "4.2e8", "元", "approx", "")
    d.org("。[[中華民國農會]]表示")
    d.metric("全台[[302家]]", 302, "家", "exact", "")
    d.metric("已有[[約140家]]", 140, "家", "approx", "")
    # N年前 is a relative DATE (SPEC 两年前): 2023; not a ROC year (one
    # digit, a relative year: SPEC)
    d.date("較[[3年前]]增加", "2023", "")
    d.metric("增加[[逾50家]]", 50, "家", "over", "")
    # P13 inspection, promotion, prices (東京, 杜拜 in the second sentence)
    d.org("\n\n[[農業部動植物防疫檢疫署]]（")
    # a bracketed short form (防…檢…署)
    d.org("（[[防檢署]]）表示")
    d.date("表示，[[今年]]輸日", Y, "")
    # 批次 a count unit (GUIDELINES 批次 (batches))
    d.metric("降至[[17批次]]", 17, "批次", "exact", "")
    d.org("；[[防檢署]]並自")
    d.date("並自[[11月18日]]起", "2026-11-18", "")
    d.org("。[[中華民國對外貿易發展協會]]（")
    # a bracketed short form (外…貿…協會)
    d.org("（[[外貿協會]]）明")
    # a bracketed year takes the month after it, one span (GUIDELINES
    # 明（116）年1月 -> 2027-01); the rule gives the first city after
    d.date("外貿協會）[[明（116）年3月]]將", "2027-03", "东京")
    # a city inside an event's name counts (SPEC 贵阳数博会)
    d.city("參加[[東京]]國際")
    d.city("赴[[杜拜]]設立")
    d.org("。[[行政院主計總處]]公布")
    d.date("公布，[[10月]]水果類", OCT, "")
    d.metric("年增[[約4.6%]]", "4.6", "%", "approx", "")
    d.date("漲幅較[[9月]]擴大", "2026-09", "")
    # 個百分點 is the unit 百分点 (SPEC)
    d.metric("擴大[[0.8個百分點]]", "0.8", "百分点", "exact", "")
    # P14 retail (台北, 台中, 高雄 listed before 等地)
    d.org("方面，[[全聯福利中心]]（")
    # a bracketed short form (全…聯)
    d.org("（[[全聯]]）今年")
    # the rule gives the first city after (台北) to the date and the
    # purchase: the rule as written
    d.date("全聯）[[今年]]鳳梨", Y, "台北市")
    d.metric("採購[[約300公噸]]", 300, "公吨", "approx", "台北市")
    d.org("，[[家樂福]]則攜手")
    d.org("攜手[[台東地區農會]]，在")
    # a list sharing one head (SPEC 广州、深圳等机场): each a CITY
    d.city("在[[台北]]、台中")
    d.city("台北、[[台中]]、高雄")
    d.city("台中、[[高雄]]等地")
    d.metric("等地[[約70家]]", 70, "家", "approx", "高雄市")
    # P15 the outlook (no CITY)
    d.org("\n\n[[農糧署]]預估")
    # the bracketed ROC year of 今 (GUIDELINES 今（115）年), one span
    d.date("預估，[[今（115）年]]生鮮", Y, "")
    d.metric("可望達[[約9.8萬公噸]]", "9.8e4", "公吨", "approx", "")
    # a bare ROC year in a Taiwan text (SPEC 112年 -> 2023): 114 + 1911
    d.date("較[[114年]]成長", "2025", "")
    d.metric("成長[[約7%]]；", 7, "%", "approx", "")
    # a range, two mentions (SPEC); 年底 the reference year (nearest the
    # yearless holiday too, GUIDELINES); 农历春节 is 春节 (GUIDELINES),
    # yearless, the coming one
    d.date("隨著[[年底]]至", Y, "")
    d.date("年底至[[農曆春節]]的", "2027-02-06", "")
    # months with no year in a sentence whose period is a yearless holiday
    # take the year that puts them nearest that holiday (GUIDELINES 春节期间，
    # 2月10日 -> 2027-02-10): 2026-12 and 2026-11
    d.date("預期[[12月]]椪柑", "2026-12", "")
    d.date("將較[[11月]]成長", NOV, "")
    d.metric("成長[[約2成]]", 20, "%", "approx", "")
    audit = {
        "orgs": ["農業部農糧署", "財政部關務署", "農糧署", "農糧署東區分署",
                 "台東地區農會", "太麻里地區農會", "長榮航空",
                 "農業部農業試驗所", "農試所", "國立台東大學", "農業部",
                 "台南市玉井區農會", "屏東縣枋山地區農會", "台南市政府農業局",
                 "高雄市旗山區農會", "台灣省青果運銷合作社", "青果社",
                 "台南市關廟區農會", "台中市東勢區農會", "台中市政府農業局",
                 "台南市麻豆區農會", "高雄市阿蓮區農會", "中華航空",
                 "台北農產運銷股份有限公司", "北農",
                 "台中市果菜運銷股份有限公司", "全國農業金庫", "中華民國農會",
                 "農業部動植物防疫檢疫署", "防檢署",
                 "中華民國對外貿易發展協會", "外貿協會", "行政院主計總處",
                 "全聯福利中心", "全聯", "家樂福"],
        "cities": ["台南", "香港", "新加坡", "杜拜", "東京", "大阪",
                   "溫哥華", "多倫多", "鹿特丹", "台北", "台中", "高雄",
                   # counties (SPEC: no CITY) and a port, excluded below
                   "台東", "屏東",
                   # absent cities as guards: none written
                   "臺北", "臺中", "臺南", "新北", "桃園", "基隆", "新竹",
                   "嘉義", "花蓮", "宜蘭", "雪梨", "首爾", "曼谷", "廣州"],
        # 台東 of 台東縣 and 屏東 of 屏東縣 outside ORG rows (counties, SPEC:
        # no CITY; 屏東 stands only in its ORG row), 高雄 of 高雄港 (a port,
        # GUIDELINES 天津港: no CITY)
        "excluded": ["[[台東]]縣占", "[[高雄]]港"],
        "numbers_excluded": [],
        "cn_excluded": [],
        # 兩 of 東京、大阪兩地 and of 台南、高雄兩地: the collective labels of
        # the cities just listed (SPEC 两地; GUIDELINES), no METRIC
        # (check_collective)
        "collectives": [("大阪[[兩]]地", 2), ("高雄[[兩]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE: 年增, 年減, 月增 (year and month on year:
        # rates of change), 產季 (a season of a crop: 新產季, 本產季), 春季,
        # 旺季 (seasons without a year word, SPEC; 明年春季 gives 明年 alone),
        # 輸日 (exports to Japan: 輸日量, 輸日香蕉, 輸日水果), 日本 (a country),
        # 日均 (a daily average), 每年 (recurring, SPEC), 近年 (vague, SPEC);
        # 同期 only inside 去年同期 and 今年同期
        "words_excluded": {"年增": 8, "年減": 1, "月增": 1, "說明": 1, "產季": 3,
                           "春季": 1, "旺季": 1, "輸日": 3, "日本": 6,
                           "日均": 1, "每年": 1, "近年": 1, "同期": 0,
                           "年度": 0, "近期": 0},
        # generic words outside ORG rows (kinds and read-backs), then the
        # heads and names a cut ORG would leave outside
        "orgwords_excluded": {"農會": 2, "公司": 0, "合作社": 0, "協會": 0,
                              "航空": 1, "金庫": 0, "政府": 0, "農業局": 0,
                              "分署": 0, "檢疫署": 0, "關務署": 0,
                              "主計總處": 0, "試驗所": 0, "大學": 0,
                              "股份有限公司": 0, "福利中心": 0, "運銷": 0,
                              "玉井": 1, "枋山": 0, "旗山": 1, "關廟": 0,
                              "東勢": 1, "麻豆": 0, "阿蓮": 0, "太麻里": 0,
                              "青果": 0, "長榮": 0, "中華": 0, "家樂": 0},
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
    halves each title declares (TITLE_HALVES: g311's space after 约3.2%,
    g312's after 約8%; annotate_qa.py's)."""
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
    so their rows take none (as in annotate_ta.py's pair); annotate_sa.py's
    g293 title used the reading, and a probe of mine (NOTES_ua.md) does."""
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
    annotate_ra.py, annotate_ta.py and annotate_ua.py kept it; used here:
    g311's 元旦、春节前后是…的时段，12月回款 -> 2026-12, g312's 年底至農曆春節
    的…旺季到來，…12月…較11月 -> 2026-12 and 2026-11).  The holiday is the first such
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
    annotate_sa.py's g293 and annotate_ua.py's g305; kept, unused here:
    neither article writes 年内)."""
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
    g311's 平均回款周期由去年的约310天缩短至约265天 (both figures after the cue
    平均 in their clause; GUIDELINES 约180天降至约120天); g312's draft
    duration 保鲜约35天 (no cue) was rewritten, NOTES_va.md."""
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
    unused here: no METRIC in Chinese numerals follows a 、-list; the drafts'
    则在广州、佛山、东莞三地 and 計畫在東京、大阪兩地, whose first items held
    在 and so made the count a figure, were rewritten so that the lists open
    their clauses, NOTES_va.md)."""
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
    PER_UNITS (here g311's 元/平方米), and no undeclared slash rate stands
    in the text (annotate_pb.py's check, as annotate_ra.py kept it; 公噸 and
    公吨 added to its measure words by annotate_ua.py, for its g306's
    每公噸2,950元; used here: g311's 每平方米约32元 and 每平方米45元, g312's
    每公斤約65元, 每公斤約23元, 每公斤約18元, 每公斤約56.4元 and 每公斤約41元,
    unit 元).  The denominator ends the span but for a suffix marker after
    it (new here: g311's 18元/平方米左右, where SPEC puts 左右 inside the
    span, 3.6万户左右; annotate_ua.py's check read the span's last
    characters as the denominator)."""
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
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form, as annotate_oa.py
    kept it: g311's byline 本报记者 岑喆 北京报道, whose 本报 names no outlet
    (GUIDELINES: not 本报记者; precedents UC, TC) and whose 北京, the city
    filed from, is a CITY (precedents UA's and UB's 北京报道), and g312's
    dateline 記者葉芷瑄／台南報導, whose 台南 is a CITY (precedent UA's g306
    form, 台北報導); the rows stand in the declared order; an outlet that
    opened the line would be an ORG, annotate_ua.py's g305)."""
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
    # each declared no-span character (喆 of g311's byline, outside GB2312;
    # ／ of g312's dateline, whose plain-Big5 and cp950 codes differ) stands
    # once, on the byline or dateline line (the third line), and in no span
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
            # annotate_ua.py's g305 opened with its outlet; here g311's
            # byline opens with 本报 and g312's dateline with 記者, so 喆 and
            # ／ stand before every row but the title's)
            assert d.text.index(c) < s or e <= len(lines[0]) or (
                r["type"] == "ORG" and s == line3 and
                tx in BEFORE_DECLARED.get(d.doc_id, ())), r
        # the astral character of annotate_ua.py's g305 byline stood before
        # every row but the title's and the outlet's (ASTRAL_BEFORE_BODY,
        # annotate_sb.py's reading; annotate_ua.py's per-row check, kept,
        # switched off here: no astral character): a count in UTF-16 units runs
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
            # g311's 东南大学建筑设计研究院有限公司 and 华南理工大学建筑设计研究院
            # 有限公司 are one row each; g312's 國立台東大學 is followed by
            # 研發的, no department; every 大学/大學 stands in an ORG row, the
            # org-word audit)
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
    # annotate_ia.py's and annotate_ja.py's checks; kept, unused here: g312
    # is plain Big5 throughout, IN_ORG is empty)
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

