#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g251_express_delivery_parcel_volumes_cities and
g252_taiwan_electronic_payments_banks (annotator LA).

Adapted from the precedent set's tools/annotate_aa.py (now dev/tools/annotate_g245_g246.py) (/tmp/ho44/precedent:
a simplified mainland article in UTF-8 and a Taiwan article in the Big5
family, the pair closest to mine; copied and the data changed).
annotate_aa.py had turned annotate_ba.py's UTF-8-WITHOUT-BOM block into a
UTF-8-WITH-BOM block and its plain-Big5 block into a cp950 block; my pair is
annotate_ba.py's again, so both blocks are turned back: a UTF-8 mainland
article WITHOUT a BOM (no BOM of any kind, no U+FEFF; utf-8 and utf-8-sig
read the same text; three bytes a non-ASCII character; every character
GB2312; the GB and Big5 codecs and UTF-16 fail or read another text; the
block annotate_ac.py kept for its traditional UTF-8 text, here for a
simplified one) and a plain-Big5 Taiwan article (no character outside plain
Big5, so no declared ETEN or HKSCS character; the characters whose
plain-Big5 and cp950 codes differ are exactly the declared ones (／ of the
dateline), written with plain Big5's bytes A2 41, which cp950 reads as ∕:
cp950 reads the file as another text of the same length, Big5-HKSCS as the
same text; two bytes a non-ASCII character; the GB codecs, UTF-8 and UTF-16
fail or read another text).  It keeps every check of annotate_aa.py:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, the OpenCC t2s of the whole simplified article and the
OpenCC t2s-then-s2tw round trip of the traditional one, audits of digits,
Latin words, Chinese numerals, time characters, holiday words, city
strings, ORG words and ORG strings, the independent `city` rule computed and
asserted against my hand value on every DATE/METRIC row (city sections under
headings included, though neither article has one), the month and day a
DATE span writes, the precision a DATE span writes, the holiday table by
exact span and the holidays recomputed without it (by region), ROC years
only in a Taiwan text and between 40 and 199, 今（N）年/明（N）年 carrying the
ROC year of the reference year, relative words resolved from the reference
date (上週五, 上月, 本月, 今（24）日, 昨（23）日, 昨日, 明年, 去年), 上月 as a
baseline (kept, unused), 上季 (kept, unused), the bare-day month rule (11日,
20日), the range check (kept, unused: no range with one shared 月 here), a
bare month, day or quarter in the reference year, 去年同期 a year before its
sentence's period, 同月 (kept, unused), the bracketed gloss (上週五（20日）),
the 约占 check (约占三成), markers before, touching and after a span,
约为/約有 as separated markers (kept, unused), the declared shared unit (2.4万
of 2.4万至3万件), the declared organizations of each article, the narrowest
codec, check_time_metric (kept, unused), check_collective (三地),
check_not_collective, check_no_collective_metric, check_forward, the
SHI_NEXT check, the FOREIGN_SHI check (none here), the TAIWAN_SHI_ONLY
check (GUIDELINES' 新竹市 and 嘉义市, used here: g252 writes both), the
LINE3 check (the byline's outlet 经济日报, the dateline's 台北), and a CITY
whose t2s form is a NO_SHI name keeping it.  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded (nothing removed: neither file has a BOM):

- g251 is simplified (mainland, 经济日报, 2026-11-21), stored as UTF-8
  WITHOUT a BOM; the title's 今 (E4 BB 8A) opens the file.  Every non-ASCII
  character is three bytes (no four-byte one), every character is GB2312,
  and OpenCC t2s leaves the article unchanged.  Its byline 经济日报记者 祁文澜
  stands on a line of its own under the title: the outlet before 记者 is an
  ORG (GUIDELINES' byline rule).  No section headings.
- g252 is traditional (Taiwan, 經濟日報, 2026-11-24), stored as plain Big5
  without a BOM; the title's 電 (B9 71) opens the file.  Every character is
  plain Big5; ／ (U+FF0F) of the dateline 記者林宜蓁／台北報導 is written
  A2 41, plain Big5's code (cp950 writes A1 FE and reads A2 41 as ∕), once,
  in no span.  Every other line is the same in plain Big5 and cp950; every
  non-ASCII character is two bytes.  UTF-8, UTF-16 and the GB codecs fail
  or read another text.  `text` is the traditional original; `normalized`
  (ORG/CITY) and `unit` are simplified (OpenCC t2s; Taiwan cities by their
  full names with 市, foreign cities and Hong Kong by their mainland common
  names).  A Taiwan text: 2-3 digit years before 年 are ROC years (115年第3季
  = 2026-Q3, 明（116）年1月 = 2027-01, 民國118年底 = 2029).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho44/precedent:
README, NOTES_aa/ab/ac, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g251_g252.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_aa.py: the UTF-8 block without a BOM and the
plain-Big5 block above (BIG5_FORMS replaces CP950_FORMS: the same
declaration, written with the other codec's bytes; OUTSIDE_BIG5 is empty and
asserted so); LINE3 for these articles (g251's outlet 经济日报 as an ORG,
g252's 台北); the holiday table as these articles name them (双11, 今年双11,
元旦, 春节; 聖誕節, 元旦, 農曆春節, 春節); the Taiwan forms of the round trip are
台, 占, 布 and 畫, each asserted to occur (annotate_aa.py's 週/周 and 嫺/嫻
are not needed: s2tw writes 上週五 as the text does); the collective label
三 of 上海、北京、深圳三地 (g251); FOREIGN_SHI and CITY_ALIAS empty, and
TAIWAN_SHI_ONLY used (新竹市, 嘉義市); units %, 件, 元, 百分点, 倍, 票, 架,
吨, 人, 条, 个 (g251) and %, 人, 元, 家, 户, 件, 笔, 人次, 倍 (g252).  Checks
added after a mutation passed: the org-word audits name the trade name before
each head (財金資訊股份有限公司 cut to 股份有限公司 passed), and
check_precision reads 同期 after a ROC year or 今年 as the year (114年同期 as
2025-Q3 passed).
Re-run (from anywhere):

    python3 dev/tools/annotate_g251_g252.py
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
G251 = "g251_express_delivery_parcel_volumes_cities"
G252 = "g252_taiwan_electronic_payments_banks"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G251: ("utf-8", b"", False, "2026-11-21", "经济日报"),
    G252: ("big5", b"", True, "2026-11-24", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G251: [], G252: []}
# characters of the Taiwan article outside plain Big5: none (the brief: plain
# Big5, no character outside it; the plain-Big5 block asserts it empty)
OUTSIDE_BIG5 = {G252: {}}
# characters whose plain-Big5 and cp950 codes differ that the plain-Big5
# article writes, with (plain Big5 bytes, cp950 bytes) and the word each
# stands in with its count: ／ (U+FF0F) of the dateline 記者林宜蓁／台北報導,
# once, in no span.  The file writes plain Big5's A2 41 (annotate_ba.py's
# BIG5_FORMS as annotate_aa.py describes it; annotate_aa.py's CP950_FORMS
# wrote cp950's A1 FE), which cp950 reads as ∕ (U+2215)
BIG5_FORMS = {G252: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
BIG5_FORMS_WORD = {G252: {"／": ("記者林宜蓁／台北報導", 1)}}
# the spans allowed before the declared characters on the dateline line:
# none (the line opens with 記者, no outlet)
BEFORE_DECLARED = {G252: set()}
# the third line of each article (a byline or a dateline under the title)
# and the rows it holds, exactly: g251's byline names its outlet (GUIDELINES:
# a name ending in 日报 right before 记者 at the start of a line is the
# outlet, an ORG; precedent AA's 证券时报记者); g252's dateline names no
# outlet and the city filed from (precedents AA's 台中報導, CA's and BA's
# 台北報導)
LINE3 = {G251: ("经济日报记者 祁文澜", [("ORG", "经济日报")]),
         G252: ("記者林宜蓁／台北報導", [("CITY", "台北")])}
# the first character of each file (no BOM in either), with its bytes
FIRST_CHAR = {G251: ("今", b"\xe4\xbb\x8a"), G252: ("電", b"\xb9\x71")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G252}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_aa.py's list, itself annotate_ba.py's and annotate_ca.py's with
# 制 taken out; 台, t2s of 臺, is left out: Taiwan writes 台); the last line
# adds the simplified forms of g252's traditional characters that the list
# lacked, from OpenCC t2s of each character of the article, none of them
# written in it (the check in main() asserts that the list covers them all)
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
                   "帐扫拦异简纳绑莱游随杂")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 of 台北, 台南, 台中, 台新, 台灣, 新台幣, 全台 (s2tw 臺), 占 of 占比, 市占率
# (佔), 布 of 公布, 宣布, 布局 (佈), 畫 of 計畫 (劃); each must occur
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈"), ("畫", "劃")}
# Holidays the articles name, by their exact span (2025-2027).
# g251 (mainland, 2026-11-21): 双11 2026-11-11 (the title's, and 双11期间 of
# 菜鸟集团: yearless, the occurrence nearest the reference date, ten days
# before it; 期间 outside); 今年双11 2026-11-11 (a year written before a
# holiday is inside the span, GUIDELINES 2024年春节; precedent BC); 元旦
# 2027-01-01 and 春节 2027-02-06 (随着元旦、春节临近: yearless, the coming
# ones).
# g252 (Taiwan, 2026-11-24): 聖誕節 2026-12-25, 元旦 2027-01-01, 農曆春節
# 2027-02-06 (隨著…接連到來: yearless, the coming ones; GUIDELINES: 农历春节
# is 春节); 春節 2027-02-06 (春節前的繳費: yearless, the coming one, also
# 明年's; 前 outside).
HOLIDAY = {
    "双11": "2026-11-11", "今年双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06",
    "聖誕節": "2026-12-25", "農曆春節": "2027-02-06", "春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15; 九月初九: 2025-10-29, 2026-10-18, 2027-10-08, precedent
# annotate_fa.py's table); 感恩节 and 黑色星期五 computed from the calendar
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25)}
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


# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g251 (2026: the prefecture-level cities 金华, 杭州, 嘉兴 (浙江), 广州,
    # 揭阳, 深圳, 汕头, 东莞 (广东), 泉州, 莆田 (福建), 成都 (四川), 西安
    # (陕西), 郑州 (河南), 临沂 (山东); the municipalities 重庆, 上海, 北京;
    # the county-level cities 义乌 (under 金华) and 普宁 (under 揭阳), SPEC:
    # county-level cities are CITY at the article's date; foreign cities by
    # their common Chinese names: 布达佩斯, 利雅得, 列日, 圣保罗)
    "金华": "金华市", "广州": "广州市", "揭阳": "揭阳市", "深圳": "深圳市",
    "杭州": "杭州市", "义乌": "义乌市", "普宁": "普宁市", "汕头": "汕头市",
    "泉州": "泉州市", "东莞": "东莞市", "成都": "成都市", "重庆": "重庆市",
    "西安": "西安市", "上海": "上海市", "北京": "北京市", "郑州": "郑州市",
    "嘉兴": "嘉兴市", "临沂": "临沂市", "莆田": "莆田市",
    "布达佩斯": "布达佩斯", "利雅得": "利雅得", "列日": "列日",
    "圣保罗": "圣保罗",
    # g252 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial city 基隆 by their full names;
    # 新竹市 and 嘉義市 written with their 市 (GUIDELINES: they count only so);
    # foreign cities and Hong Kong by their mainland common names)
    "台北": "台北市", "高雄": "高雄市", "台南": "台南市", "新北": "新北市",
    "桃園": "桃园市", "台中": "台中市", "基隆": "基隆市",
    "新竹市": "新竹市", "嘉義市": "嘉义市",
    "東京": "东京", "大阪": "大阪", "曼谷": "曼谷", "首爾": "首尔",
    "福岡": "福冈", "札幌": "札幌", "香港": "香港", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland or Taiwan) city ends
# with 市
NO_SHI = {"布达佩斯", "利雅得", "列日", "圣保罗", "东京", "大阪", "曼谷",
          "首尔", "福冈", "札幌", "香港", "新加坡"}
# foreign cities whose common Chinese name itself ends with 市: none here
# (the check that every declared one is used stays)
FOREIGN_SHI = set()
# Taiwan's provincial cities that count only with their 市 written
# (GUIDELINES: 新竹 and 嘉义 count only as 新竹市, 嘉义市; counties never
# match): their spans must end with 市 and no short form may be declared for
# them.  g252 writes both (新竹市、嘉義市); the set is GUIDELINES' rule, fixed
# and asserted so (annotate_aa.py's)
TAIWAN_SHI_ONLY = frozenset({"新竹市", "嘉义市"})
assert TAIWAN_SHI_ONLY == {"新竹市", "嘉义市"}
# Taiwan's and Hong Kong's spellings of foreign cities that normalize to
# another mainland name (SPEC: foreign cities normalize to the mainland
# standard name; GUIDELINES: 雪梨 is 悉尼 everywhere): a fixed table,
# independent of CITY_NORM and CITY_ALIAS (annotate_aa.py's; none of them is
# written here, 首爾, 福岡, 東京 are t2s forms of the mainland names)
TW_HK_FOREIGN = {"雪梨": "悉尼", "坎培拉": "堪培拉", "柏斯": "珀斯",
                 "布里斯本": "布里斯班", "杜拜": "迪拜",
                 "伊斯坦堡": "伊斯坦布尔", "巴賽隆納": "巴塞罗那"}
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "金管會": "金管会", "全聯": "全联", "全支付": "全支付",
    "街口支付": "街口支付", "一卡通票證": "一卡通票证",
    "橘子支付": "橘子支付", "歐付寶": "欧付宝",
    "簡單行動支付": "简单行动支付", "玉山銀行": "玉山银行",
    "中華郵政": "中华邮政", "LINE Pay": "LINE Pay", "統一超商": "统一超商",
    "愛金卡": "爱金卡", "全家便利商店": "全家便利商店",
    "全盈支付": "全盈支付", "拍付國際": "拍付国际", "萊爾富": "莱尔富",
    "OK超商": "OK超商", "中國信託商業銀行": "中国信托商业银行",
    "國泰世華銀行": "国泰世华银行", "台新銀行": "台新银行",
    "將來銀行": "将来银行", "連線商業銀行": "连线商业银行",
    "LINE Bank": "LINE Bank", "樂天國際商業銀行": "乐天国际商业银行",
    "台灣行動支付公司": "台湾行动支付公司", "台北富邦銀行": "台北富邦银行",
    "第一銀行": "第一银行", "金管會銀行局": "金管会银行局",
    "中央銀行": "中央银行", "國家發展委員會": "国家发展委员会",
    "國發會": "国发会", "台北市政府財政局": "台北市政府财政局",
    "高雄市政府": "高雄市政府", "新北市政府": "新北市政府",
    "悠遊卡公司": "悠游卡公司", "台北捷運公司": "台北捷运公司",
    "高雄捷運公司": "高雄捷运公司",
    "財金資訊股份有限公司": "财金资讯股份有限公司", "財金公司": "财金公司",
    "聯合信用卡處理中心": "联合信用卡处理中心",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC",
    "元大投顧": "元大投顾", "數位發展部": "数位发展部",
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
        if enc == "utf-8":      # UTF-8 WITHOUT A BOM, A SIMPLIFIED MAINLAND
            # ARTICLE (annotate_aa.py's UTF-8-WITH-BOM block turned back into
            # a block without a BOM, as annotate_ba.py had it and as
            # annotate_ac.py kept it for its traditional UTF-8 text): no BOM
            # of any kind (checked above) and no U+FEFF anywhere; the
            # BOM-aware utf-8-sig reading and the plain utf-8 reading are the
            # same text, so no code point is lost or added in front of the
            # offsets
            assert bom == b"" and full == raw, doc_id
            assert not full.startswith(BOM8), doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the quotes “” too; no four-byte
            # character), so a count in bytes would shift every row after the
            # title's first character
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # no combining mark (a letter and a mark would count as two
            # code points)
            assert not any(unicodedata.combining(c) for c in self.text)
            # every character is GB2312 (so GBK and GB18030 too): a reader
            # that wrongly tries a GB codec first gets another text or fails
            assert all(enc_ok(c, "gb2312") for c in self.text), doc_id
            # a legacy codec or UTF-16 fails on the file or reads another
            # text (annotate_ba.py, after annotate_ca.py and annotate_dc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if enc == "big5":       # PLAIN BIG5, A TAIWAN ARTICLE (the plain-Big5
            # block annotate_aa.py describes for annotate_ba.py, rebuilt from
            # annotate_aa.py's cp950 block): big5 reads and round-trips the
            # file (above); no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            # no character outside plain Big5 (the brief: plain Big5 only;
            # OUTSIDE_BIG5 must stay empty, no ETEN character such as 碁 or
            # 嫺, no HKSCS one)
            assert OUTSIDE_BIG5[doc_id] == {}, doc_id
            assert all(enc_ok(c, "big5") for c in self.text), doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones (／ of the dateline), each with its
            # declared bytes in both codecs, written with plain Big5's bytes
            # at its own character positions (never cp950's), and only in its
            # declared word with its count (in no span: checked per row)
            forms = BIG5_FORMS[doc_id]
            assert forms, f"{doc_id}: declare the Big5/cp950 forms"
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           c.encode("big5") != c.encode("cp950")})
            assert diff == sorted(forms), (doc_id, diff)
            pos, codes = 0, []
            for c in self.text:         # the bytes of each character
                b = c.encode("big5")
                assert raw[pos:pos + len(b)] == b, (doc_id, c, pos)
                codes.append(b)
                pos += len(b)
            assert pos == len(raw), doc_id
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 != c950, (doc_id, c)
                assert c.encode("cp950") == c950, (doc_id, c)
                assert b5 in codes and c950 not in codes, (doc_id, c)
                # cp950 reads plain Big5's bytes as another character (∕,
                # U+2215) of the same length, so a cp950 reader gets another
                # text at the same offsets; Big5-HKSCS reads them as plain
                # Big5 does
                assert b5.decode("cp950") != c, (doc_id, c)
                assert len(b5.decode("cp950")) == 1, (doc_id, c)
                assert b5.decode("big5hkscs") == c, (doc_id, c)
                word, k = BIG5_FORMS_WORD[doc_id][c]
                assert c in word, c
                assert self.text.count(c) == self.text.count(word) == k, c
            # so plain big5, the codec GUIDELINES try first, reads the file;
            # cp950 reads it too, but as another text of the same length (the
            # declared form alone differs); Big5-HKSCS reads the same text
            assert decodes(raw, "cp950") and \
                raw.decode("cp950") != self.text, (doc_id, "cp950")
            assert len(raw.decode("cp950")) == len(self.text), doc_id
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title's first character
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the declared form stands on the dateline line (the third line,
            # 記者林宜蓁／台北報導), after 記者; every other line is the same
            # in plain Big5 and cp950 byte for byte
            lines = self.text.split("\n")
            for c in forms:
                assert c in lines[2] and lines[2].startswith("記者"), c
                assert all(c not in x for i, x in enumerate(lines)
                           if i != 2), c
                assert BEFORE_DECLARED[doc_id] == set(), c
            for i, line in enumerate(lines):
                b = line.encode("big5")
                if i == 2:
                    assert b != line.encode("cp950"), line
                    assert b.decode("big5") == line, line
                    continue
                assert b == line.encode("cp950") and \
                    b.decode("cp950") == line, line
            self.no_span_chars = sorted(forms)
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if self.traditional:    # a Taiwan text: every character plain
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id      # Big5 (so cp950)
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
            # and no character of the declared kinds that plain Big5 lacks
            # (ETEN, HKSCS) slipped in under another name
            assert not OUTSIDE_BIG5[doc_id], doc_id
        else:
            # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
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
# g251 Express delivery in November 2026: the national figures (国家邮政局
# 昨日: 今年前10个月, 10月 against 9月); the Double 11 peak (今年双11 from
# 10月中旬; 11月1日至11日 against 去年同期; 11月11日当天); the city ranking
# (10月: 金华, 广州, 揭阳, 深圳, 杭州; 义乌 of 金华, 普宁 of 揭阳; 汕头, 泉州,
# 东莞; 成都, 重庆, 西安); 义乌 (义乌市邮政管理局
# 截至11月18日, 今年 against 去年同期; 中通快递, 圆通速递, 韵达股份; 金华市邮政
# 管理局 今年); the listed couriers (顺丰控股 10月; 中通快递 三季度; 圆通速递,
# 申通快递 10月 against 去年同期; 韵达股份 10月); time-definite parcels (顺丰控股
# and 顺丰航空, 鄂州花湖国际机场 上月; 湖北国际物流机场有限公司 今年前三季度;
# 京东物流 and 德邦股份 12月底); the platforms (淘天集团 今年双11; 京东, 拼多多,
# 抖音, 快手, 美团闪购; 国家统计局 今年前10个月); instant delivery (顺丰同城
# 三季度; 上海、北京、深圳三地); sorting centres (中通快递 in 郑州 10月; 圆通速递
# in 嘉兴; 极兔速递 in 广州, 东莞); the countryside (国家邮政局, 中国邮政, 韵达
# 股份, 申通快递 今年前10个月; 临沂, 莆田); prices (国家邮政局 今年前10个月
# against 去年同期; 广东省邮政管理局, 浙江省邮政管理局 上月; 义乌, 揭阳 10月);
# cross-border parcels (中国邮政集团有限公司 and 中国邮政速递物流 10月, 布达佩斯,
# 利雅得; 菜鸟集团 in 列日, 圣保罗, 双11 against 去年); the outlook (国家邮政局
# 发展研究中心: 年底, 元旦, 春节, 12月, 四季度; 中国快递协会 今年, 明年; 中金
# 公司).  Simplified, UTF-8 WITHOUT a BOM, 2026-11-21 (a Saturday, ISO week
# 2026-W47), 经济日报; its byline 经济日报记者 祁文澜 stands on a line of its
# own (the outlet an ORG, GUIDELINES).  昨日 2026-11-20; 上月 2026-10; 明年
# 2027.
# ===========================================================================
@doc
def g251():
    d = Doc(G251)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, Q3, DBL = "2026-10", "2026-Q3", "2026-11-11"
    JH, YW, JY, DG, XA = "金华市", "义乌市", "揭阳市", "东莞市", "西安市"
    SZ, ZZ, JXG = "深圳市", "郑州市", "嘉兴市"
    LY_, BUD, SP = "临沂市", "布达佩斯", "圣保罗"
    # title (a heading that opens with no city: no section; its space splits
    # it into two sentences, GUIDELINES); 今年 attached; several months of a
    # year: the year (SPEC); 双11 yearless: the occurrence nearest the
    # reference date, ten days before it; 当天 takes the holiday of its own
    # half (GUIDELINES: a holiday counts for 当天 only in the same sentence)
    d.date("[[今年前10个月]]快递业务量增长", Y, "")
    d.metric("增长[[13.6%]] 双11", "13.6", "%", "exact", "")
    d.date("13.6% [[双11]]当天", DBL, "")
    d.date("双11[[当天]]揽收包裹超", DBL, "")
    # 超 an over-marker inside the span (GUIDELINES: 超, 上 are over)
    d.metric("揽收包裹[[超7亿件]]", "7e8", "件", "over", "")
    # the byline 经济日报记者 祁文澜: an outlet's name ending in 日报 right
    # before 记者 at the start of a line is the outlet (GUIDELINES); a
    # heading that opens with no city
    d.org("\n\n[[经济日报]]记者")
    # P1 the national figures (no CITY in the paragraph)
    d.org("\n\n[[国家邮政局]]昨日")
    d.date("邮政局[[昨日]]发布", "2026-11-20", "")
    d.date("显示，[[今年前10个月]]全国快递业务量累计", Y, "")
    d.metric("累计完成[[约1786.4亿件]]", "1786.4e8", "件", "approx", "")
    d.metric("同比增长[[13.6%]]；", "13.6", "%", "exact", "")
    d.metric("累计完成[[约1.35万亿元]]", "1.35e12", "元", "approx", "")
    d.metric("同比增长[[8.9%]]。", "8.9", "%", "exact", "")
    # 单月 after the DATE 10月 stays outside (precedent AA)
    d.date("其中，[[10月]]单月", OCT, "")
    d.metric("业务量[[约203.5亿件]]", "203.5e8", "件", "approx", "")
    d.metric("同比增长[[11.8%]]", "11.8", "%", "exact", "")
    d.metric("环比增长[[约7%]]", 7, "%", "approx", "")
    # a bare month of the reference year (its sentence states no year)
    d.date("增速较[[9月]]回落", "2026-09", "")
    # 个百分点 is the unit 百分点 (SPEC)
    d.metric("回落[[1.6个百分点]]", "1.6", "百分点", "exact", "")
    # P2 the Double 11 peak (no CITY)
    # a year written before a holiday is inside its span (GUIDELINES
    # 2024年春节; precedent BC's 今年双11); 旺季 after it is no DATE
    d.date("\n\n[[今年双11]]快递", DBL, "")
    # a part of a month is the month (SPEC 9月上旬); 自 outside
    d.date("自[[10月中旬]]开启", OCT, "")
    d.org("。[[国家邮政局]]监测")
    # a range is two mentions (SPEC); 11日 takes the month written before it
    # in its sentence (GUIDELINES)
    d.date("显示，[[11月1日]]至11日", "2026-11-01", "")
    d.date("11月1日至[[11日]]，", DBL, "")
    d.metric("快递包裹[[约71.2亿件]]", "71.2e8", "件", "approx", "")
    # 去年同期 after a range of days of one year: the year (GUIDELINES: a
    # range of days of one year states the year)
    d.date("较[[去年同期]]增长约12%", LY, "")
    d.metric("增长[[约12%]]，日均", 12, "%", "approx", "")
    d.metric("平日的[[1.4倍]]", "1.4", "倍", "exact", "")
    d.date("其中[[11月11日]]当天", DBL, "")
    # 当天 takes the day the text just gave (SPEC)
    d.date("11月11日[[当天]]揽收", DBL, "")
    d.metric("揽收包裹[[约7.36亿件]]", "7.36e8", "件", "approx", "")
    # P3 the city ranking
    # the rule gives the first city after (the list's first), though the
    # month is the ranking's: the rule as written
    d.date("从城市看，[[10月]]快递", OCT, JH)
    d.city("依次为[[金华]]、")
    d.city("、[[广州]]、揭阳")
    d.city("广州、[[揭阳]]、深圳")
    d.city("揭阳、[[深圳]]和杭州")
    d.city("和[[杭州]]。")
    d.city("其中，[[金华]]完成")
    d.metric("金华完成[[约16.4亿件]]", "16.4e8", "件", "approx", JH)
    d.metric("同比增长[[19.7%]]", "19.7", "%", "exact", JH)
    # 义乌: a county-level city of 金华 (SPEC: county-level cities are CITY)
    d.city("所辖[[义乌]]贡献")
    d.metric("贡献[[约八成]]", 80, "%", "approx", YW)
    d.city("；[[揭阳]]完成")
    d.metric("揭阳完成[[约8.9亿件]]", "8.9e8", "件", "approx", JY)
    d.city("首次超过[[深圳]]，")
    # 普宁: a county-level city of 揭阳
    d.city("，[[普宁]]的服装")
    # a list sharing one head (等城市): the items are CITY (SPEC)
    d.city("货源。[[汕头]]、泉州")
    d.city("汕头、[[泉州]]、东莞")
    d.city("泉州、[[东莞]]等城市")
    d.metric("增速均[[超过20%]]", 20, "%", "over", DG)
    d.city("。[[成都]]、重庆")
    d.city("成都、[[重庆]]、西安")
    d.city("重庆、[[西安]]10月")
    # the rule gives the nearest city before (the list's last), though the
    # figures are the three cities' in order: the rule as written
    d.date("西安[[10月]]业务量", OCT, XA)
    # 分别…、…和…: each figure with its own unit
    d.metric("分别增长[[24.6%]]", "24.6", "%", "exact", XA)
    d.metric("、[[22.8%]]和", "22.8", "%", "exact", XA)
    d.metric("和[[21.5%]]，中西部", "21.5", "%", "exact", XA)
    # P4 义乌 and 金华
    # a city's bureau, its city inside, no CITY (SPEC: 天津市网信办)
    d.org("\n\n[[义乌市邮政管理局]]相关")
    # 截至 outside; the rule gives the first city after (义乌 of 义乌今年)
    d.date("截至[[11月18日]]", "2026-11-18", YW)
    d.city("，[[义乌]]今年")
    d.date("义乌[[今年]]快递", Y, YW)
    # 突破 an over-marker inside the span (SPEC)
    d.metric("已[[突破130亿件]]", "130e8", "件", "over", YW)
    # 去年同期 after 今年 (a period with no ISO form): the year (SPEC)
    d.date("较[[去年同期]]多出", LY, YW)
    d.metric("多出[[约21亿件]]", "21e8", "件", "approx", YW)
    d.metric("出港包裹[[超过4500万件]]", "4500e4", "件", "over", "")
    # items listed before 等企业 are ORGs (GUIDELINES)
    d.org("经[[中通快递]]、")
    d.org("、[[圆通速递]]、韵达")
    d.org("、[[韵达股份]]等企业")
    d.metric("占比[[约七成]]", 70, "%", "approx", "")
    # 金华 only inside the ORG: no city for its figures
    d.org("。[[金华市邮政管理局]]预计")
    d.date("预计，[[今年]]全市", Y, "")
    # 左右 inside the span (SPEC 3.6万户左右)
    d.metric("达到[[185亿件左右]]", "185e8", "件", "approx", "")
    # P5 the listed couriers (no CITY)
    d.org("。[[顺丰控股]]公告")
    d.date("公司[[10月]]速运", OCT, "")
    # 票 the measure word as written (SPEC: the measure word or unit)
    d.metric("业务量[[约14.2亿票]]", "14.2e8", "票", "approx", "")
    d.metric("同比增长[[17.5%]]", "17.5", "%", "exact", "")
    # 单票 before the figure is no part of the unit (GUIDELINES: 每 before
    # the number)
    d.metric("单票收入[[约15.1元]]", "15.1", "元", "approx", "")
    d.org("；[[中通快递]]三季度")
    # a bare quarter after the name it is about, in the reference year
    d.date("中通快递[[三季度]]完成", Q3, "")
    d.metric("业务量[[约97.3亿件]]", "97.3e8", "件", "approx", "")
    d.metric("市场份额[[约19.2%]]", "19.2", "%", "approx", "")
    d.org("；[[圆通速递]]、申通")
    d.org("、[[申通快递]]10月")
    d.date("申通快递[[10月]]单票", OCT, "")
    d.metric("分别为[[2.18元]]和", "2.18", "元", "exact", "")
    d.metric("和[[2.06元]]，", "2.06", "元", "exact", "")
    # 去年同期 after 10月: that month a year earlier (SPEC)
    d.date("较[[去年同期]]分别下降", "2025-10", "")
    d.metric("分别下降[[3.1%]]和", "3.1", "%", "exact", "")
    d.metric("和[[1.4%]]。", "1.4", "%", "exact", "")
    d.org("。[[韵达股份]]则称")
    d.date("其[[10月]]业务量同比增长约9%", OCT, "")
    d.metric("同比增长[[约9%]]。", 9, "%", "approx", "")
    # P6 time-definite parcels (no CITY: 鄂州 only inside the airport's name)
    # a parent and its subsidiary, 旗下 between: two ORGs (precedents CA, BC)
    d.org("，[[顺丰控股]]旗下")
    d.org("旗下[[顺丰航空]]目前")
    # 架 the measure word of aircraft as written
    d.metric("全货机[[约100架]]", 100, "架", "approx", "")
    # an airport's name is ORG with no CITY inside (SPEC)
    d.org("在[[鄂州花湖国际机场]]的")
    # 上月: no comparison word before it (GUIDELINES)
    d.date("转运中心[[上月]]日均", OCT, "")
    d.metric("处理快件[[超过260万件]]", "260e4", "件", "over", "")
    d.org("。[[湖北国际物流机场有限公司]]数据")
    d.date("显示，[[今年前三季度]]该机场", Y, "")
    d.metric("吞吐量[[约112万吨]]", "112e4", "吨", "approx", "")
    d.metric("同比增长[[约15%]]。", 15, "%", "approx", "")
    d.org("。[[京东物流]]旗下")
    d.org("旗下[[德邦股份]]计划")
    # an end of a month is the month (SPEC); 于 and 前 outside
    d.date("计划于[[12月底]]前", "2026-12", "")
    d.metric("覆盖全国[[约九成]]", 90, "%", "approx", "")
    # P7 the platforms (no CITY)
    d.org("，[[淘天集团]]表示")
    d.date("表示，[[今年双11]]期间", DBL, "")
    d.metric("同比增长[[约两成]]", 20, "%", "approx", "")
    # items before 等平台, each confirmed by the names before it (GUIDELINES:
    # an ambiguous brand after 、 and a name found already: 快手); 抖音 is ORG
    # (GUIDELINES)
    d.org("；[[京东]]、拼多多")
    d.org("、[[拼多多]]、抖音")
    d.org("、[[抖音]]、快手")
    d.org("、[[快手]]等平台")
    # 闪购 after a platform name names its business (GUIDELINES 淘宝闪购)
    d.org("，[[美团闪购]]的")
    d.org("。[[国家统计局]]数据")
    d.date("显示，[[今年前10个月]]全国实物", Y, "")
    d.metric("零售额[[约11.06万亿元]]", "11.06e12", "元", "approx", "")
    d.metric("同比增长[[6.2%]]。", "6.2", "%", "exact", "")
    # P8 instant delivery
    d.org("。[[顺丰同城]]公告")
    # a bare quarter after the noun it is about (公司), the reference year
    d.date("公司[[三季度]]营业收入", Q3, "")
    d.metric("营业收入[[约48.7亿元]]", "48.7e8", "元", "approx", "")
    d.metric("同比增长[[31.2%]]", "31.2", "%", "exact", "")
    # 人 right after a number is the unit (SPEC 300人)
    d.metric("活跃骑手[[约120万人]]", "120e4", "人", "approx", "")
    # the list opens its clause (；上海、北京、深圳三地): 三 is its collective
    # label, no METRIC (SPEC 两地; check_collective)
    d.city("；[[上海]]、北京")
    d.city("上海、[[北京]]、深圳")
    d.city("北京、[[深圳]]三地")
    # 约 before 占 sets approx across the verb (GUIDELINES 约占全国的四成)
    d.metric("合计约占[[三成]]", 30, "%", "approx", SZ, sep="约")
    # P9 sorting centres
    d.org("。[[中通快递]]在郑州")
    d.city("中通快递在[[郑州]]新建")
    d.date("于[[10月]]投用", OCT, ZZ)
    d.metric("处理能力[[约450万件]]", "450e4", "件", "approx", ZZ)
    # a range, two mentions sharing the unit written once after the last
    # (SPEC 30至80笔); 每小时 before it no part of the unit (GUIDELINES:
    # 每 before the number)
    d.metric("可处理[[2.4万]]至", "2.4e4", "件", "exact", ZZ, shared="件")
    d.metric("至[[3万件]]；", "3e4", "件", "exact", ZZ)
    d.org("；[[圆通速递]]在嘉兴")
    d.city("圆通速递在[[嘉兴]]的")
    d.metric("分拣线[[12条]]", 12, "条", "exact", JXG)
    d.org("；[[极兔速递]]表示")
    d.city("其在[[广州]]、东莞")
    d.city("广州、[[东莞]]的转运")
    d.metric("用工[[逾6000人]]", 6000, "人", "over", DG)
    # P10 the countryside
    d.org("。[[国家邮政局]]相关负责人介绍")
    # the two bodies before 等企业 (GUIDELINES); 中国邮政 the group's short
    # name
    d.org("介绍，[[中国邮政]]与")
    d.org("与[[韵达股份]]、申通")
    d.org("、[[申通快递]]等企业共建")
    # the rule gives the first city after (临沂), though the figures are
    # national: the rule as written
    d.metric("站点已[[超过9.6万个]]", "9.6e4", "个", "over", LY_)
    d.date("，[[今年前10个月]]农村", Y, LY_)
    d.metric("投递包裹[[约528亿件]]", "528e8", "件", "approx", LY_)
    d.metric("同比增长[[约18%]]，临沂", 18, "%", "approx", LY_)
    d.city("，[[临沂]]、莆田")
    d.city("、[[莆田]]等地")
    # P11 prices
    d.org("价格方面，[[国家邮政局]]数据")
    d.date("显示，[[今年前10个月]]全国快递平均", Y, "")
    d.metric("平均单价[[约7.62元]]", "7.62", "元", "approx", "")
    # 去年同期 after 今年前10个月 (no ISO form): the year (SPEC)
    d.date("较[[去年同期]]下降约4.3%", LY, "")
    d.metric("下降[[约4.3%]]。", "4.3", "%", "approx", "")
    d.org("，[[广东省邮政管理局]]、")
    d.org("、[[浙江省邮政管理局]]上月")
    # the rule gives the first city after (义乌), though the talks were the
    # provinces': the rule as written
    d.date("管理局[[上月]]先后", OCT, YW)
    d.city("，[[义乌]]、揭阳")
    d.city("义乌、[[揭阳]]等地")
    d.date("收敛，[[10月]]单价", OCT, JY)
    d.metric("回升[[0.11元]]。", "0.11", "元", "exact", JY)
    # P12 cross-border parcels
    d.org("。[[中国邮政集团有限公司]]旗下")
    d.org("旗下[[中国邮政速递物流]]10月")
    # the rule gives the first city after (布达佩斯), though the figures are
    # the company's: the rule as written
    d.date("速递物流[[10月]]国际", OCT, BUD)
    d.metric("同比增长[[约26%]]", 26, "%", "approx", BUD)
    d.city("至[[布达佩斯]]、")
    d.city("、[[利雅得]]的货运")
    d.org("；[[菜鸟集团]]称")
    d.city("其在[[列日]]、")
    d.city("、[[圣保罗]]的海外")
    # yearless: the occurrence nearest the reference date; 期间 outside
    d.date("分拨中心[[双11]]期间", DBL, SP)
    d.date("较[[去年]]增长超过40%", LY, SP)
    d.metric("增长[[超过40%]]。", 40, "%", "over", SP)
    # P13 the outlook (no CITY)
    # 年底: the year (SPEC)
    d.date("展望[[年底]]", Y, "")
    d.org("，[[国家邮政局发展研究中心]]预计")
    # yearless holidays: the coming ones (GUIDELINES)
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]临近", "2027-02-06", "")
    # a month in a sentence whose period is a yearless holiday: the year that
    # puts it nearest the holiday (GUIDELINES)
    d.date("临近，[[12月]]全国", "2026-12", "")
    # 以上 inside the span (SPEC 6成以上)
    d.metric("日均[[5亿件以上]]", "5e8", "件", "over", "")
    # a quarter in such a sentence: GUIDELINES' own 四季度 -> 2026-Q4
    d.date("，[[四季度]]业务量", "2026-Q4", "")
    d.metric("达到[[约590亿件]]", "590e8", "件", "approx", "")
    d.org("。[[中国快递协会]]则")
    d.date("预计，[[今年]]全国快递业务量有望", Y, "")
    d.metric("有望[[超过2150亿件]]", "2150e8", "件", "over", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("回落至[[10%左右]]", 10, "%", "approx", "")
    d.org("。[[中金公司]]一位")
    audit = {
        "orgs": ["经济日报", "国家邮政局", "义乌市邮政管理局", "中通快递",
                 "圆通速递", "韵达股份", "金华市邮政管理局", "顺丰控股",
                 "申通快递", "顺丰航空", "鄂州花湖国际机场",
                 "湖北国际物流机场有限公司", "京东物流", "德邦股份",
                 "淘天集团", "京东", "拼多多", "抖音", "快手", "美团闪购",
                 "国家统计局", "顺丰同城", "极兔速递", "中国邮政",
                 "广东省邮政管理局", "浙江省邮政管理局",
                 "中国邮政集团有限公司", "中国邮政速递物流", "菜鸟集团",
                 "国家邮政局发展研究中心", "中国快递协会", "中金公司"],
        "cities": ["金华", "广州", "揭阳", "深圳", "杭州", "义乌", "普宁",
                   "汕头", "泉州", "东莞", "成都", "重庆", "西安", "上海",
                   "北京", "郑州", "嘉兴", "临沂", "莆田", "布达佩斯",
                   "利雅得", "列日", "圣保罗", "鄂州", "湖北", "广东",
                   "浙江", "中国", "全国", "全市", "中西部"],
        # 金华 and 义乌 stand once each inside their bureaus, 鄂州 and 湖北
        # only inside the airport's and its operator's names, 广东 and 浙江
        # inside the provincial bureaus, 中国 inside ORG rows only; the rest
        # are counted in words_excluded
        "excluded": [],
        "numbers_excluded": [],
        # 一位 (an indefinite, GUIDELINES: 一 before a measure word)
        "cn_excluded": ["[[一]]位分析师"],
        # the collective label of the list just given (GUIDELINES: 两地)
        "collectives": [("深圳[[三]]地", 3)],
        "latin_excluded": [],
        # words that are no DATE, no figure or no place: 单月 (the single
        # month after the DATE 10月), 旺季 (the peak season, a season with no
        # year word), 日均 (a daily average), 平日 (ordinary days), 单日 (a
        # single day), 日处理 (daily handling), 全国 (the country, generic),
        # 全市 (deictic, SPEC), 中西部 (a region); 同期, 全年, 年度, 以往 (none
        # outside rows or no time word)
        "words_excluded": {"单月": 1, "旺季": 2, "日均": 4, "平日": 1,
                           "单日": 1, "日处理": 1, "全国": 7, "全市": 2,
                           "中西部": 1, "同期": 0, "全年": 0, "年度": 0},
        # generic words outside ORG rows: 公司 (公司10月 and 公司三季度 read
        # back, 母公司), 企业 (kinds), 机场 (该机场 read back), 物流 (速运物流,
        # 航空物流枢纽, 物流园区), 快递 (the trade), 速递 (none outside), and
        # the heads and names a cut ORG would leave outside (邮政管理局, 发展
        # 研究中心, 速递物流, 有限公司, 控股, 航空, 闪购, 集团, 股份, 协会,
        # 国际机场, 日报, 统计局, 同城) none outside rows, 邮政 once (全国邮政
        # 快递企业), and the trade names before each head (顺丰, 中通, 圆通,
        # 韵达, 申通, 极兔, 德邦, 菜鸟, 淘天, 美团, 花湖, 中金, 拼多多: added
        # with g252's, after 財金資訊股份有限公司 cut to 股份有限公司 passed) none
        "orgwords_excluded": {"公司": 3, "企业": 6, "机场": 1, "物流": 3,
                              "速递": 0, "邮政管理局": 0, "发展研究中心": 0,
                              "速递物流": 0, "有限公司": 0, "控股": 0,
                              "航空": 1, "闪购": 0, "集团": 0, "股份": 0,
                              "协会": 0, "国际机场": 0, "日报": 0,
                              "统计局": 0, "同城": 0, "邮政": 1, "顺丰": 0,
                              "中通": 0, "圆通": 0, "韵达": 0, "申通": 0,
                              "极兔": 0, "德邦": 0, "菜鸟": 0, "淘天": 0,
                              "美团": 0, "花湖": 0, "中金": 0, "拼多多": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g252 Taiwan's electronic payments, November 2026: the regulator's figures
# (金管會 昨（23）日: 9月底, 9月, 今年前9月); the operators (玉山銀行, 中華郵政;
# 全聯 and 全支付 9月; 街口支付, 一卡通票證; 橘子支付, 歐付寶, 簡單行動支付;
# LINE Pay 去年12月); the convenience-store chains (統一超商 and 愛金卡 今年前10月;
# 全家便利商店 and 全盈支付 10月, 玉山銀行, 拍付國際; 萊爾富, OK超商 上月); the
# banks (玉山銀行, 中國信託商業銀行, 國泰世華銀行, 台新銀行 今年; 將來銀行,
# 連線商業銀行（LINE Bank） 第3季; 樂天國際商業銀行; 台灣行動支付公司; 台北富邦
# 銀行, 第一銀行 明年第1季); the supervisors (金管會銀行局 明（116）年1月; 中央銀行
# 115年第3季 against 去年同期; 國家發展委員會（國發會） 今年; 金管會 民國118年底);
# local governments (台北市政府財政局 今年前10月; 高雄市政府 上週五（20日）;
# 新北市政府 明年; 金管會 今年前10月); e-tickets and transit (悠遊卡公司
# 今（24）日; 台北捷運公司 10月; 一卡通票證, 高雄捷運公司, 高雄, 台南 今年前10月;
# 新北, 桃園, 台中, 基隆, 新竹市, 嘉義市 明年上半年); cross-border payments
# (街口支付 in 東京, 大阪, 曼谷; 全支付 上月, 首爾; 一卡通票證 本月, 福岡, 札幌;
# 財金資訊股份有限公司（財金公司） 今年前10月, 香港, 新加坡); cards (聯合信用卡處理
# 中心 今年前9月; 去年); the outlook (資策會產業情報研究所（MIC）: 年底, 聖誕節,
# 元旦, 農曆春節, 第4季; 元大投顧 明年, 春節, 明年首季; 數位發展部 明年第1季).
# Traditional as Taiwan writes it (台, 占, 公布, 布局, 計畫, 上週五, 前9月,
# 前10月, 第3季, 第4季, 首季, 年增, 月增, 新台幣, 萬, 億, 兆, ROC years), plain
# Big5 without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 經濟日報; its
# dateline line 記者林宜蓁／台北報導 (no outlet, 台北 a CITY; ／ written with
# plain Big5's A2 41, in no span).  今（24）日 2026-11-24; 昨（23）日
# 2026-11-23; 上週五 2026-11-20; 上月 2026-10; 本月 2026-11; 明年 2027.
# ===========================================================================
@doc
def g252():
    d = Doc(G252)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, Q1N = "2026-09", "2026-10", "2027-Q1"
    TN, CY, BKK, SEL, FUK, SPK, HK = ("台南市", "嘉义市", "曼谷", "首尔",
                                      "福冈", "札幌", "香港")
    # title (a heading that opens with no city: no section; its space splits
    # it into two sentences, GUIDELINES); 月增 (month on month) is no DATE;
    # 今年前9月: Taiwan writes the first months without 個 (GUIDELINES)
    d.metric("月增[[41萬人]] 今年", "41e4", "人", "exact", "")
    d.date("萬人 [[今年前9月]]代收付", Y, "")
    d.metric("年增[[23.1%]]\n", "23.1", "%", "exact", "")
    # the dateline line 記者林宜蓁／台北報導: the place filed from (precedents
    # AA, CA, BA); a heading that opens with no city: no section
    d.city("／[[台北]]報導")
    # P1 the regulator's figures (no CITY)
    d.org("\n\n[[金管會]]昨（23）日")
    # 昨（N）日: one span, the day before the reference date (SPEC 今（5）日)
    d.date("金管會[[昨（23）日]]公布", "2026-11-23", "")
    # an end of a month is the month (SPEC); 截至 outside
    d.date("截至[[9月底]]", SEP, "")
    # 達 a value word: the figure is exact
    d.metric("人數達[[3,620萬人]]", "3620e4", "人", "exact", "")
    d.metric("月增[[約41萬人]]", "41e4", "人", "approx", "")
    d.metric("年增[[13.8%]]；", "13.8", "%", "exact", "")
    d.date("；[[9月]]代理收付", SEP, "")
    d.metric("金額為[[236.4億元]]", "236.4e8", "元", "exact", "")
    d.metric("月增[[4.2億元]]", "4.2e8", "元", "exact", "")
    d.date("億元，[[今年前9月]]累計", Y, "")
    d.metric("累計[[約2,018億元]]", "2018e8", "元", "approx", "")
    d.metric("年增[[23.1%]]，均創下", "23.1", "%", "exact", "")
    d.metric("餘額[[約326億元]]", "326e8", "元", "approx", "")
    d.metric("月增[[1.9%]]。", "1.9", "%", "exact", "")
    # P2 the operators (no CITY)
    # 9家 and 20家 in Arabic digits, no list before them: counts (SPEC)
    d.metric("共有[[9家]]專營", 9, "家", "exact", "")
    d.metric("及[[20家]]兼營", 20, "家", "exact", "")
    d.org("包括[[玉山銀行]]、中華郵政")
    d.org("、[[中華郵政]]等。")
    # a parent and its subsidiary, 旗下 between: two ORGs
    d.org("，[[全聯]]旗下")
    d.org("旗下[[全支付]]9月")
    d.date("全支付[[9月]]代收付", SEP, "")
    d.metric("代收付金額[[約64.7億元]]", "64.7e8", "元", "approx", "")
    d.org("；[[街口支付]]約48.3億元")
    d.metric("街口支付[[約48.3億元]]", "48.3e8", "元", "approx", "")
    d.org("，[[一卡通票證]]約35.6億元")
    d.metric("票證[[約35.6億元]]", "35.6e8", "元", "approx", "")
    # the e-payment companies by their names (electronic payment institutions
    # the regulator lists; the company names are the brands)
    d.org("較小的[[橘子支付]]、")
    d.org("、[[歐付寶]]及")
    d.org("及[[簡單行動支付]]合計")
    # 不到 inside the span: under (SPEC)
    d.metric("市占率[[不到5%]]。", 5, "%", "under", "")
    d.org("，[[一卡通票證]]以約742萬人")
    d.metric("以[[約742萬人]]居首", "742e4", "人", "approx", "")
    d.org("，[[街口支付]]約731萬人")
    d.metric("街口支付[[約731萬人]]", "731e4", "人", "approx", "")
    d.org("、[[全支付]]約718萬人")
    d.metric("全支付[[約718萬人]]", "718e4", "人", "approx", "")
    # a Latin name before what a body did (GUIDELINES: SHEIN称), the
    # payment brand that is its operator's name (SPEC: PayPal)
    d.org("；[[LINE Pay]]去年12月")
    d.date("LINE Pay[[去年12月]]推出", "2025-12", "")
    d.metric("已[[突破560萬人]]", "560e4", "人", "over", "")
    # P3 the convenience-store chains (no CITY; 全台 deictic)
    d.org("。[[統一超商]]旗下")
    d.org("旗下[[愛金卡]]表示")
    d.date("表示，[[今年前10月]]在統一超商", Y, "")
    d.org("在[[統一超商]]門市")
    d.metric("年增[[約3成]]", 30, "%", "approx", "")
    d.metric("會員數[[逾520萬人]]", "520e4", "人", "over", "")
    d.org("；[[全家便利商店]]持股")
    d.metric("持股[[67%]]的", 67, "%", "exact", "")
    d.org("的[[全盈支付]]，")
    # a bare month of the reference year; 於 outside
    d.date("則於[[10月]]突破", OCT, "")
    d.metric("於10月[[突破300萬人]]", "300e4", "人", "over", "")
    d.org("，[[玉山銀行]]與拍付")
    d.org("與[[拍付國際]]分別")
    # each figure with its own unit
    d.metric("分別持股[[18%]]、", 18, "%", "exact", "")
    d.metric("18%、[[15%]]。", 15, "%", "exact", "")
    # the chains named by their trade names (SPEC: a brand that acts as
    # the company); OK超商, the chain's usual name
    d.org("。[[萊爾富]]、OK超商")
    d.org("萊爾富、[[OK超商]]也")
    d.org("，[[萊爾富]]上月")
    d.date("萊爾富[[上月]]電支", OCT, "")
    d.metric("升至[[約22%]]。", 22, "%", "approx", "")
    d.org("，[[統一超商]]全台")
    d.metric("門市[[逾7,100家]]", 7100, "家", "over", "")
    d.org("，[[全家便利商店]]約4,400家")
    d.metric("便利商店[[約4,400家]]", 4400, "家", "approx", "")
    d.org("，[[萊爾富]]與OK超商合計")
    d.org("萊爾富與[[OK超商]]合計")
    d.metric("合計[[約2,500家]]", 2500, "家", "approx", "")
    d.date("儲值金額[[上月]]合計", OCT, "")
    d.metric("上月合計[[約58億元]]", "58e8", "元", "approx", "")
    # P4 the banks (no CITY: 台北 only inside 台北富邦銀行)
    d.org("以[[玉山銀行]]使用者")
    d.metric("使用者[[約186萬人]]", "186e4", "人", "approx", "")
    d.org("，[[中國信託商業銀行]]、")
    d.org("、[[國泰世華銀行]]則")
    d.org("，[[台新銀行]]表示")
    d.date("數位帳戶[[今年]]新增", Y, "")
    # 戶 the measure word as written (t2s 户)
    d.metric("新增[[約65萬戶]]", "65e4", "户", "approx", "")
    d.org("，[[將來銀行]]與")
    # a name's Latin form in brackets after it is an ORG too (GUIDELINES
    # 匯立銀行（WeLab Bank）)
    d.org("與[[連線商業銀行]]（")
    d.org("（[[LINE Bank]]）")
    # Taiwan writes quarters without 度 (GUIDELINES): a bare quarter in the
    # reference year
    d.date("）[[第3季]]轉帳", "2026-Q3", "")
    d.metric("分別年增[[41%]]及", 41, "%", "exact", "")
    d.metric("及[[27%]]，", 27, "%", "exact", "")
    d.org("，[[樂天國際商業銀行]]則")
    d.org("合資的[[台灣行動支付公司]]也")
    d.org("。[[台北富邦銀行]]與")
    # 第一 inside the bank's name is no ordinal
    d.org("與[[第一銀行]]則")
    # 明年 attached to the quarter, one span; 前 outside
    d.date("預計[[明年第1季]]前推出", Q1N, "")
    # P5 the supervisors (no CITY)
    # a bureau written right after its body belongs to it (GUIDELINES
    # 内政部反毒局): one ORG
    d.org("\n\n[[金管會銀行局]]表示")
    # a bracketed ROC year with the month after it, one span (GUIDELINES
    # 明（116）年1月); 起 outside
    d.date("洗錢，[[明（116）年1月]]起", "2027-01", "")
    # a currency written before the number stays outside (SPEC 港币50元);
    # 每月 (recurring) is no DATE
    d.metric("維持新台幣[[30萬元]]", "30e4", "元", "exact", "")
    # in a Taiwan text 中央銀行 standing alone is Taiwan's central bank
    # (GUIDELINES)
    d.org("。[[中央銀行]]則")
    # a ROC year with its quarter, one span (SPEC: 112年 -> 2023)
    d.date("指出，[[115年第3季]]國內", "2026-Q3", "")
    d.metric("交易金額[[約2,860億元]]", "2860e8", "元", "approx", "")
    # 去年同期 after 115年第3季: that quarter a year earlier (SPEC)
    d.date("較[[去年同期]]成長", "2025-Q3", "")
    d.metric("成長[[18.4%]]。", "18.4", "%", "exact", "")
    # the bracketed short form, the name's characters in order (GUIDELINES)
    d.org("。[[國家發展委員會]]（")
    d.org("（[[國發會]]）最新")
    d.date("顯示，[[今年]]國內行動支付", Y, "")
    d.metric("升至[[約91.6%]]", "91.6", "%", "approx", "")
    d.metric("原訂的[[9成]]目標", 90, "%", "exact", "")
    d.org("。[[金管會]]並規劃")
    # 民國 inside the span (SPEC); a year's end is the year; 前 outside
    d.date("規劃在[[民國118年底]]前", "2029", "")
    # P6 local governments (no CITY: 台北, 高雄, 新北 only inside the ORGs)
    # a bureau right after its city government: one ORG, its city inside
    # (GUIDELINES 新北市政府地政局)
    d.org("。[[台北市政府財政局]]統計")
    d.date("統計，[[今年前10月]]市民", Y, "")
    d.metric("地方稅[[約168萬件]]", "168e4", "件", "approx", "")
    d.metric("年增[[約27%]]；", 27, "%", "approx", "")
    d.org("；[[高雄市政府]]則")
    # a weekday inside the span: W47's Friday from Tuesday 2026-11-24
    # (GUIDELINES 上周五); the bracketed day its own mention (SPEC)
    d.date("則自[[上週五]]（", "2026-11-20", "")
    d.date("（[[20日]]）起", "2026-11-20", "")
    # 筆 the measure word as written (t2s 笔)
    d.metric("使用量[[約3.2萬筆]]", "3.2e4", "笔", "approx", "")
    d.org("。[[新北市政府]]也")
    d.date("表示，[[明年]]起市民", NY, "")
    d.org("，[[金管會]]要求")
    d.date("監控，[[今年前10月]]共凍結", Y, "")
    d.metric("可疑帳戶[[約1.8萬戶]]", "1.8e4", "户", "approx", "")
    d.metric("詐騙金額[[約4.6億元]]", "4.6e8", "元", "approx", "")
    # P7 e-tickets and transit
    d.org("，[[悠遊卡公司]]今（24）日")
    # 今（N）日: one span, the reference day (SPEC 今（5）日)
    d.date("悠遊卡公司[[今（24）日]]宣布", "2026-11-24", "")
    d.metric("用戶已[[逾430萬人]]", "430e4", "人", "over", "")
    # a named transit operator is ORG, with no CITY inside (SPEC 北京地铁)
    d.org("，[[台北捷運公司]]10月")
    d.date("捷運公司[[10月]]起", OCT, "")
    # 人次 right after a number is the unit (SPEC 6万人次); 單月 no DATE
    d.metric("使用量[[約210萬人次]]", "210e4", "人次", "approx", "")
    d.org("；[[一卡通票證]]則與")
    d.org("與[[高雄捷運公司]]合作")
    d.city("，[[高雄]]、台南")
    d.city("、[[台南]]的公車")
    d.date("使用量[[今年前10月]]年增", Y, TN)
    d.metric("年增[[約1.6倍]]。", "1.6", "倍", "approx", TN)
    # a list sharing one head (等地): the items are CITY (SPEC); 新竹市 and
    # 嘉義市 with their 市 (GUIDELINES: they count only so)
    d.city("。[[新北]]、桃園")
    d.city("新北、[[桃園]]、台中")
    d.city("桃園、[[台中]]及")
    d.city("及[[基隆]]、")
    d.city("、[[新竹市]]、")
    d.city("、[[嘉義市]]等地")
    # several months of a year: the year (SPEC 上半年; precedent BB's
    # 明年上半年); 於 and 前 outside
    d.date("計畫於[[明年上半年]]前", NY, CY)
    # P8 cross-border payments
    d.org("。[[街口支付]]表示")
    # a country glued before a foreign city leaves it a CITY (GUIDELINES
    # 法国巴黎)
    d.city("日本[[東京]]、")
    d.city("、[[大阪]]及")
    d.city("泰國[[曼谷]]逾")
    d.metric("曼谷[[逾2.3萬家]]", "2.3e4", "家", "over", BKK)
    d.org("；[[全支付]]上月")
    # the rule gives the first city after (首爾)
    d.date("全支付[[上月]]與", OCT, SEL)
    d.city("，[[首爾]]的合作")
    d.metric("增至[[約1.2萬家]]", "1.2e4", "家", "approx", SEL)
    d.org("。[[一卡通票證]]則自本月")
    d.date("則自[[本月]]起", "2026-11", FUK)
    d.city("擴及[[福岡]]、")
    d.city("、[[札幌]]，")
    # the rule gives the nearest city before (the pair's last), though the
    # figure is the company's: the rule as written
    d.date("札幌，[[上月]]跨境", OCT, SPK)
    d.metric("月增[[約14%]]。", 14, "%", "approx", SPK)
    # the registered name and its bracketed short form (GUIDELINES)
    d.org("。[[財金資訊股份有限公司]]（")
    d.org("（[[財金公司]]）")
    # the rule gives the first city after (香港), though the figure is the
    # platform's: the rule as written
    d.date("指出，[[今年前10月]]經由", Y, HK)
    d.metric("年增[[約35%]]，主要", 35, "%", "approx", HK)
    d.city("來自[[香港]]與")
    d.city("與[[新加坡]]旅客")
    # P9 cards (no CITY)
    d.org("，[[聯合信用卡處理中心]]統計")
    d.date("統計，[[今年前9月]]信用卡", Y, "")
    # 兆 is 10^12 (GUIDELINES), with its 億 section (3兆9,120億元)
    d.metric("簽帳金額[[約3兆9,120億元]]", "3.912e12", "元", "approx", "")
    d.metric("年增[[6.2%]]；", "6.2", "%", "exact", "")
    # the baseline of a change counts from the reference date (GUIDELINES)
    d.date("由[[去年]]的", LY, "")
    d.metric("去年的[[約31%]]", 31, "%", "approx", "")
    d.metric("升至[[約36%]]。", 36, "%", "approx", "")
    # P10 the outlook (no CITY)
    d.date("展望[[年底]]", Y, "")
    # a department after its body belongs to it (SPEC 蚂蚁金服集团银行服务部),
    # and its Latin short form in brackets is an ORG too (GUIDELINES)
    d.org("，[[資策會產業情報研究所]]（")
    d.org("（[[MIC]]）")
    # yearless holidays: the coming ones (GUIDELINES; 农历春节 is 春节)
    d.date("隨著[[聖誕節]]、", "2026-12-25", "")
    d.date("、[[元旦]]及", "2027-01-01", "")
    d.date("及[[農曆春節]]接連", "2027-02-06", "")
    # a quarter in a sentence whose period is a yearless holiday: the year
    # that puts its middle month nearest the holiday (GUIDELINES)
    d.date("到來，[[第4季]]電支", "2026-Q4", "")
    d.metric("可望[[突破720億元]]", "720e8", "元", "over", "")
    d.org("；[[元大投顧]]則")
    d.date("認為，[[明年]]電支", NY, "")
    d.date("，[[春節]]前的", "2027-02-06", "")
    # Taiwan's first quarter (GUIDELINES 首季)
    d.date("推升[[明年首季]]交易量", Q1N, "")
    # 以上 inside the span (SPEC 6成以上)
    d.metric("成長[[2成以上]]。", 20, "%", "over", "")
    d.org("。[[數位發展部]]也")
    d.date("將在[[明年第1季]]前完成", Q1N, "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "高雄", "台南", "臺南", "新北", "桃園",
                   "台中", "臺中", "基隆", "新竹", "嘉義", "東京", "大阪",
                   "曼谷", "首爾", "福岡", "札幌", "香港", "新加坡",
                   "台灣", "全台", "日本", "泰國", "韓國"],
        # 台北 stands inside three ORG rows besides its CITY row, 高雄 inside
        # two, 新北 inside one, 台灣 inside 台灣行動支付公司 only; 全台
        # (deictic) and the countries are counted in words_excluded
        "excluded": [],
        "numbers_excluded": [],
        "cn_excluded": [],
        "collectives": [],
        "latin_excluded": [],
        # words that are no DATE: 月增, 年增 (month or year on year), 歷年同期
        # (the same period of past years, GUIDELINES 历年同月), 每月
        # (recurring, SPEC), 單月 (a single month), 日本 (日 of the country's
        # name); the deictic 全台 and the countries of the city audit; 同期
        # stands only in those rows and words; 全年, 年度 (none)
        "words_excluded": {"月增": 5, "年增": 9, "歷年同期": 1, "每月": 1,
                           "單月": 1, "日本": 1, "全台": 1, "泰國": 1,
                           "韓國": 1, "全年": 0, "年度": 0},
        # generic words outside ORG rows: 銀行 (銀行方面, 兼營…的銀行, 行動
        # 銀行, 公股銀行, 銀行帳戶), 機構 (kinds), 超商 (超商通路, 超商門市,
        # 各超商), 公司 (none outside rows), 政府 (地方政府, x2), and the heads
        # and names a cut ORG would leave outside (商業銀行, 股份有限公司, 委員會,
        # 研究所,
        # 處理中心, 銀行局, 財政局, 捷運, 便利商店, 投顧, 發展部, 市政府, 郵政,
        # 富邦, 世華, 信託, and the trade names before each head: 財金, 資訊
        # (added after 財金資訊股份有限公司 cut to 股份有限公司, declared along,
        # passed), 聯合信用卡, 資策會, 國家發展, 數位發展, 台灣行動, 悠遊卡,
        # 一卡通, 玉山, 中華, 國泰, 中國信託, 樂天, 將來, 連線, 全家, 全盈, 拍付,
        # 萊爾富, 統一, 愛金, 街口, 橘子, 歐付, 簡單, 元大, 中央, 全聯) none
        # outside rows
        "orgwords_excluded": {"銀行": 5, "機構": 4, "超商": 3, "公司": 0,
                              "政府": 2, "商業銀行": 0, "股份有限公司": 0,
                              "委員會": 0, "研究所": 0, "處理中心": 0,
                              "銀行局": 0, "財政局": 0, "捷運": 0,
                              "便利商店": 0, "投顧": 0, "發展部": 0,
                              "市政府": 0, "郵政": 0, "富邦": 0, "世華": 0,
                              "信託": 0, "財金": 0, "資訊": 0, "聯合信用卡": 0,
                              "資策會": 0, "國家發展": 0, "數位發展": 0,
                              "台灣行動": 0, "悠遊卡": 0, "一卡通": 0,
                              "玉山": 0, "中華": 0, "國泰": 0, "中國信託": 0,
                              "樂天": 0, "將來": 0, "連線": 0, "全家": 0,
                              "全盈": 0, "拍付": 0, "萊爾富": 0, "統一": 0,
                              "愛金": 0, "街口": 0, "橘子": 0, "歐付": 0,
                              "簡單": 0, "元大": 0, "中央": 0, "全聯": 0},
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
    m = re.fullmatch(r"([昨今明])（(\d{1,2})）日", tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        assert norm == day.isoformat() and day.day == int(m.group(2)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
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
    # after 今年: GUIDELINES' 2019年同期, 今年同期 give the year; new here,
    # after the mutation 114年同期 as 2025-Q3 passed the 4-digit form)
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
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  Kept, unused:
    neither article writes a time figure."""
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
    unused here: neither article writes such a count)."""
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


def check_line3(d, rows):
    """The third line of each article (the byline or the dateline under
    the title) is the declared line and holds exactly the declared rows
    (precedent BC's BYLINE_ROWS, annotate_aa.py's form: g251's
    经济日报记者, an ORG by GUIDELINES' byline rule, and g252's dateline,
    whose 台北 is the city filed from)."""
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
    check_line3(d, rows)
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
            check_precision(d, r)
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            # a 市 written right after a city belongs to it (SPEC 杭州市),
            # unless it starts the next word (SPEC 杭州市级, 常州市场, 常州
            # 市区, 成都市民; annotate_dc.py's SHI_NEXT check, ported after
            # 无锡市 cut to 无锡 passed here)
            if d.text[e:e + 1] == "市":
                assert d.text[e + 1:e + 2] in SHI_NEXT, ("市 outside", r)
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
            # a name ending with 市 that is no foreign city is a mainland or
            # Taiwan city whose short form is declared too (无锡 beside
            # 无锡市): a foreign 市-name must be declared in FOREIGN_SHI (a
            # precedent's addition: FOREIGN_SHI emptied passed before; used
            # here by 胡志明市)
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
            # mainland name (the fixed table above; new here)
            if tx in TW_HK_FOREIGN:
                assert r["normalized"] == TW_HK_FOREIGN[tx], r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (annotate_ga.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks; kept, though the
    # plain-Big5 article has no such character, so the loop is empty)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        places = [m.start() for m in re.finditer(re.escape(c), d.text)]
        assert places, (c, "declared but not written")
        for p in places:
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= p < r["end"] for r in rows), (c, p)
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

    # the audited city strings: the declared ones and every CITY_NORM form
    # the article writes (new here: a CITY row dropped with its audit entry
    # passed)
    for name in sorted(set(audit["cities"]) |
                       {k for k in CITY_NORM if k in d.text}):
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
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
