#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g227_warehouse_logistics_reits and g228_taiwan_life_insurers_results
(annotator DA).

Adapted from the precedent set's tools/annotate_ea.py (now dev/tools/annotate_g221_g222.py) (/tmp/ho40/precedent:
a mainland UTF-8 article and a Taiwan Big5-family article, the pair closest
to mine; copied and the data changed).  Its UTF-8-WITH-BOM block becomes a
UTF-8-WITHOUT-BOM block and its cp950 block a plain-Big5 block (the blocks
of annotate_fa.py as annotate_ea.py describes them, rebuilt from
annotate_ea.py's mirrors of them).  It keeps every check of annotate_ea.py:
strict decoding, offsets, overlaps, span edges, formats, calendar-valid
DATEs, METRIC values re-derived from the span, ORG/CITY/unit
normalizations against OpenCC t2s, the OpenCC t2s of the whole simplified
article and the OpenCC t2s-then-s2tw round trip of the traditional one,
audits of digits, Latin words, Chinese numerals, time characters, holiday
words, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row
(city sections under headings included, though neither article has one),
the month and day a DATE span writes, the precision a DATE span writes
(a quarter's end included), the holiday table by exact span and the
holidays recomputed without it (by region), ROC years only in a Taiwan text
and between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date (上周五,
本周三, 上週四, 本週五 to the day of their week, 今（25）日, 昨（24）日, 本月),
上月 as a baseline after a comparison word (none here: every 上月 counts
from the reference month), the bare-day month rule, the range check, a
bare month, day or quarter in the reference year, 去年同期 a year before
its sentence's period, 同月 (none here), the bracketed gloss, the 约占/約占
check, markers before, touching and after a span, 约为/約為 as separated
markers, the declared shared unit, the declared organizations of each
article, the narrowest codec, check_time_metric, check_collective,
check_forward, and a CITY whose t2s form is a NO_SHI name keeping it.
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices
(code points) into the article as decoded (no BOM in either file, nothing
changed):

- g227 is simplified (mainland, 证券日报, 2026-11-23), stored as UTF-8
  WITHOUT a BOM (the title's 仓 = E4 BB 93 opens the file).  utf-8 and
  utf-8-sig read the same text, with no U+FEFF.  Every non-ASCII character
  is three bytes (no four-byte one), every character is GB2312, and OpenCC
  t2s leaves the article unchanged.  Its byline 本报记者 贺清扬 stands on a
  line of its own under the title (本报 is no ORG).  No section headings.
- g228 is traditional (Taiwan, 經濟日報, 2026-11-25), stored as plain Big5
  without a BOM; the title's 壽 (B9 D8) opens the file.  Every character is
  plain Big5 (none outside it, so big5, the codec GUIDELINES try first, is
  the narrowest that reads the file), and one of them, ／ (U+FF0F) of the
  dateline line 記者溫子傑／台北報導 (the third line), once and in no span,
  is one whose plain-Big5 code (A2 41) cp950 reads as another character
  (∕, U+2215; cp950 writes ／ A1 FE): cp950 reads the file as another
  text, Big5-HKSCS reads it alike.  Every other line is cp950 byte for
  byte too; every non-ASCII character is two bytes.  UTF-8, UTF-16 and the
  GB codecs fail or read another text.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  Taiwan cities by their full names with 市, 倫敦 as 伦敦).  A Taiwan text:
  2-3 digit years before 年 are ROC years (114年底 = 2025, 今（115）年 = 2026,
  明（116）年, 116年度 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho40/precedent:
README, NOTES_ea/eb/ec, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g227_g228.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ea.py: a UTF-8 mainland article WITHOUT a BOM in
place of the one with it (no BOM; utf-8 and utf-8-sig read the same text;
three bytes a non-ASCII character; every character GB2312; the GB and Big5
codecs and UTF-16 fail or read another text); a plain-Big5 Taiwan article
in place of the cp950 one (big5 reads and round-trips it; no character
outside plain Big5, OUTSIDE_BIG5 empty and asserted so; the characters
whose plain-Big5 and cp950 codes differ are exactly the declared ones (／),
with their bytes in both codecs, each only in its declared word with its
count, on the dateline line, in no span; cp950 reads the file as another
text whose only changes are the declared characters; Big5-HKSCS reads it
alike; every other line cp950 byte for byte; two bytes a non-ASCII
character; the GB codecs, UTF-8 and UTF-16 fail or read another text); no
outlet stands before the declared character (BEFORE_DECLARED empty: 記者
opens the dateline); the holiday table as these articles name them
(今年双11, 春节; 今年元旦, 明年元旦); the Taiwan forms of the round trip are
台, 占 and 布, each asserted to occur; the collective label 两 of 广州、苏州
两地 (g227); units 只, %, 百分点, 元, 个, 元/平方米/月, 平方米, 年, 件, 倍, 立方米,
吨 (g227) and %, 元, 百分点, 件, 家, 码 (g228).  Re-run (from anywhere):

    python3 dev/tools/annotate_g227_g228.py
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
G227 = "g227_warehouse_logistics_reits"
G228 = "g228_taiwan_life_insurers_results"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G227: ("utf-8", b"", False, "2026-11-23", "证券日报"),
    G228: ("big5", b"", True, "2026-11-25", "經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G227: [], G228: []}
# characters of the Big5 article outside plain Big5: none (the article is
# plain Big5 throughout; annotate_ea.py's cp950 article declared 嫺 here)
OUTSIDE_BIG5 = {G228: {}}
OUTSIDE_BIG5_WORD = {G228: {}}
# characters whose plain-Big5 and cp950 codes differ that the plain-Big5
# article writes, with (plain Big5 bytes, cp950 bytes) and the word each
# stands in with its count: ／ (U+FF0F) of the dateline 記者溫子傑／台北報導,
# once, in no span.  Plain Big5 writes it A2 41, which cp950 reads as ∕
# (U+2215): a cp950 reader gets another text (annotate_fa.py declared ／ in
# its plain-Big5 file, as annotate_ea.py describes it)
CP950_FORMS = {G228: {"／": (b"\xa2\x41", b"\xa1\xfe")}}
CP950_FORMS_WORD = {G228: {"／": ("記者溫子傑／台北報導", 1)}}
# the spans allowed before the declared character on the dateline line:
# none (the line opens with 記者, no outlet; annotate_ea.py let 工商時報 stand
# there)
BEFORE_DECLARED = {G228: set()}
# the first character of each file (no BOM), with its bytes
FIRST_CHAR = {G227: ("仓", b"\xe4\xbb\x93"), G228: ("壽", b"\xb9\xd8")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G228}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
# (annotate_ea.py's list, with the simplified forms of g228's traditional
# characters added: the last line, from OpenCC t2s of each character of the
# article that the list lacked, none of them written in it; 台, t2s of the
# 臺 of 臺銀人壽, is left out: Taiwan writes 台)
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
                   "从伤伦垫实强择敛杰温热确维虽讨论评诚该贬适采销")
# the forms Taiwan news writes where OpenCC s2tw writes others (text, s2tw):
# 台 of 台北, 台中, 台灣, 台股, 新台幣, 台新 (s2tw 臺), 占 of 占比, 占可運用資金
# (佔), 布 of 公布, 發布 (佈); each must occur (annotate_ea.py's 嫺 has no
# place here: this article is plain Big5)
TAIWAN_FORMS = {("台", "臺"), ("占", "佔"), ("布", "佈")}
# Holidays the articles name, by their exact span (2025-2027).
# g227 (mainland, 2026-11-23): 今年双11 2026-11-11 (今年 attached, SPEC; the
# shopping festival of 11 November, in annotate_ea.py's FIXED_MAINLAND) and
# 春节 2027-02-06 (正月初一 of 2027; the occurrence nearest the reference
# date, GUIDELINES: 随着春节备货旺季临近, the coming one).
# g228 (Taiwan, 2026-11-25): 今年元旦 2026-01-01 (the merger's effective day)
# and 明年元旦 2027-01-01 (今年/明年 attached, one span; GUIDELINES' own
# 明年元旦 -> 2027-01-01).
HOLIDAY = {
    "今年双11": "2026-11-11", "春节": "2027-02-06",
    "今年元旦": "2026-01-01", "明年元旦": "2027-01-01",
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
    # g227 (2026: the municipalities 北京, 上海, 天津, 重庆; the
    # prefecture-level cities 广州, 深圳, 佛山, 东莞 (广东), 苏州, 南京 (江苏),
    # 嘉兴 (浙江), 廊坊 (河北), 武汉 (湖北), 贵阳 (贵州), 成都 (四川), 西安
    # (陕西), 郑州 (河南), 沈阳 (辽宁); the county-level city 昆山 (苏州))
    "北京": "北京市", "广州": "广州市", "苏州": "苏州市", "昆山": "昆山市",
    "嘉兴": "嘉兴市", "佛山": "佛山市", "廊坊": "廊坊市", "武汉": "武汉市",
    "重庆": "重庆市", "贵阳": "贵阳市", "深圳": "深圳市", "东莞": "东莞市",
    "成都": "成都市", "西安": "西安市", "郑州": "郑州市", "沈阳": "沈阳市",
    "上海": "上海市", "天津": "天津市", "南京": "南京市",
    # g228 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 台中, 高雄 by their full names; 倫敦 by its mainland common name, SPEC)
    "台北": "台北市", "新北": "新北市", "台中": "台中市", "高雄": "高雄市",
    "倫敦": "伦敦",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# Chinese names (SPEC); every other (mainland or Taiwan) city ends with 市
NO_SHI = {"伦敦"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "金管會保險局": "金管会保险局", "金管會": "金管会", "國泰金控": "国泰金控",
    "國泰人壽": "国泰人寿", "富邦金控": "富邦金控", "富邦人壽": "富邦人寿",
    "富邦金": "富邦金", "國泰金": "国泰金", "南山人壽": "南山人寿",
    "台新新光金": "台新新光金", "新光人壽": "新光人寿", "台新人壽": "台新人寿",
    "凱基金": "凯基金", "凱基人壽": "凯基人寿", "中信金": "中信金",
    "台灣人壽": "台湾人寿", "全球人壽": "全球人寿", "遠雄人壽": "远雄人寿",
    "三商美邦人壽": "三商美邦人寿", "元大金": "元大金", "元大人壽": "元大人寿",
    "合作金庫人壽": "合作金库人寿", "臺銀人壽": "台银人寿",
    "安聯人壽": "安联人寿", "保誠人壽": "保诚人寿",
    "中華民國人壽保險商業同業公會": "中华民国人寿保险商业同业公会",
    "壽險公會": "寿险公会", "保險事業發展中心": "保险事业发展中心",
    "保發中心": "保发中心", "中華信評": "中华信评", "元大投顧": "元大投顾",
    "聯準會": "联准会", "中央銀行": "中央银行",
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
            # ARTICLE (annotate_fa.py's block as annotate_ea.py describes it,
            # mirrored from annotate_ea.py's WITH-BOM one): no BOM EF BB BF
            # (checked above), so the plain utf-8 reading and the BOM-aware
            # utf-8-sig reading are the same text, with no U+FEFF anywhere
            assert bom == b"" and full == raw, doc_id
            assert not full.startswith(BOM8), doc_id
            assert full.decode("utf-8") == self.text, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation too; no four-byte character), so a count
            # in bytes would shift every row after the title's first
            # character
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
            # a legacy codec or UTF-16 fails on it or reads another text
            # (annotate_ka.py, annotate_fc.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or \
                    raw.decode(other) != self.text, (doc_id, other)
        if enc == "big5":       # PLAIN BIG5, A TAIWAN ARTICLE (annotate_fa.py's
            # block as annotate_ea.py describes it, mirrored back from
            # annotate_ea.py's cp950 one): big5 reads and round-trips the
            # file (above); no BOM, no U+FEFF
            assert bom == b"" and "\ufeff" not in self.text, doc_id
            # no character outside plain Big5 (OUTSIDE_BIG5 empty, asserted):
            # plain Big5 is the narrowest Big5 codec, the one GUIDELINES try
            # first
            declared = OUTSIDE_BIG5[doc_id]
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(declared) == [], (doc_id, outside)
            assert OUTSIDE_BIG5_WORD[doc_id] == {}, doc_id
            # the characters whose plain-Big5 and cp950 codes differ are
            # exactly the declared ones, each with its declared bytes in
            # both codecs, and only in its declared word with its count (in
            # no span: checked per row)
            forms = CP950_FORMS[doc_id]
            diff = sorted({c for c in self.text if ord(c) > 0x7F and
                           enc_ok(c, "big5") and
                           (not enc_ok(c, "cp950") or
                            c.encode("big5") != c.encode("cp950"))})
            assert diff == sorted(forms), (doc_id, diff)
            assert forms, f"{doc_id}: declare the big5/cp950 forms"
            for c, (b5, c950) in forms.items():
                assert c.encode("big5") == b5 and b5 in raw, (doc_id, c)
                assert c.encode("cp950") == c950 != b5, (doc_id, c)
                # cp950 reads the plain-Big5 bytes as another character
                assert b5.decode("cp950") != c, (doc_id, c)
                word, k = CP950_FORMS_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
            # so cp950 reads the file as another text (the declared
            # characters changed, nothing else), and Big5-HKSCS reads it
            # alike (plain Big5 is its subset)
            assert decodes(raw, "cp950"), doc_id
            other = raw.decode("cp950")
            assert other != self.text and len(other) == len(self.text)
            changed = {(a, b) for a, b in zip(self.text, other) if a != b}
            assert changed == {(c, b5.decode("cp950")) for c, (b5, _)
                               in forms.items()}, (doc_id, changed)
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # every non-ASCII character is two bytes, so a count in bytes
            # would shift every row after the title's first character
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # the declared characters stand on the dateline line (the third
            # line, 記者溫子傑／台北報導); every other line is cp950 byte for
            # byte too (cp950 reads it back as the text)
            lines = self.text.split("\n")
            for c in forms:
                assert c in lines[2] and lines[2].startswith("記者"), c
                assert BEFORE_DECLARED[doc_id] == set(), c
            for i, line in enumerate(lines):
                b = line.encode("big5")
                if i == 2:
                    assert b.decode("cp950") != line, line
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
        if self.traditional:    # a Taiwan text: every character cp950
            assert all(enc_ok(c, "big5") or c in OUTSIDE_BIG5[doc_id]
                       for c in self.text), doc_id
            assert all(enc_ok(c, "cp950") for c in self.text), doc_id
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
# g227 Logistics warehouses and REITs in November 2026: the listed warehouse
# REITs after their third-quarter reports (截至11月20日 on 上交所 and 深交所;
# 三季度 against 二季度; 2021年6月 the first listings); 普洛斯's REIT (中金基金
# 上周五: 北京、广州、苏州、昆山, 三季度末; 广州、苏州两地; 上月 to 上海证券交易所,
# 嘉兴 and 佛山); 京东产发's REIT (嘉实基金: 廊坊、武汉、重庆、贵阳; 京东物流;
# 今年双11); 华南 (红土创新基金 and 深圳市盐田港集团有限公司; 华夏基金 and
# 深圳国际控股有限公司（深国际）: 深圳、东莞, 明年; 南方基金, 顺丰控股, 顺丰);
# rents (物联云仓 10月 against 9月; 成都、武汉; 西安、郑州、沈阳; 戴德梁行 on
# 上海, 三季度, 今年以来; 天津, 南京; 中国仓储与配送协会 11月上旬 against 10月);
# cold storage (中国物流与采购联合会冷链物流专业委员会（中物联冷链委） 9月末,
# 今年前三季度; 万纬物流, 万纬冷链 in 上海、天津、成都, 春节, 10月; 明年一季度,
# 万科; 汇添富基金, 九州通; 京东冷链, 中外运冷链 今年); developers (中国物流集团,
# 中储股份 上月 in 天津、郑州; 宇培集团, 安博 今年前10个月); policy (证监会 10月末;
# 中国证监会 上月; 国家发展改革委; 上交所 今年以来; 深交所 本周三（11月25日）,
# 世邦魏理仕, 仲量联行); the market (11月20日, 今年以来; 中信证券 on 明年
# against 今年; 国泰海通证券).  Simplified, UTF-8 WITHOUT a BOM, 2026-11-23
# (a Monday, ISO week 2026-W48), 证券日报; its byline 本报记者 贺清扬 stands on
# a line of its own (本报 is no ORG).  上周五 2026-11-20; 本周三 2026-11-25;
# 上月 2026-10; 明年 2027.
# ===========================================================================
@doc
def g227():
    d = Doc(G227)
    Y, NY = "2026", "2027"
    OCT, SEP = "2026-10", "2026-09"
    Q2, Q3 = "2026-Q2", "2026-Q3"
    BJ, KS, SU, JX, FS = "北京市", "昆山市", "苏州市", "嘉兴市", "佛山市"
    GY, SZ, DG, WH, SY = "贵阳市", "深圳市", "东莞市", "武汉市", "沈阳市"
    SH, TJ, NJ, CD, ZZ = "上海市", "天津市", "南京市", "成都市", "郑州市"
    # title (a heading that opens with no city: no section)
    d.date("REITs[[三季度]]平均", Q3, "")
    d.metric("回升至[[91.6%]] 冷链", "91.6", "%", "exact", "")
    # the byline line 本报记者 贺清扬: 本报 is no ORG (GUIDELINES); a heading
    # that opens with no city
    # P1 the sector's figures (no CITY in the paragraph)
    d.date("产品[[三季度]]报告", Q3, "")
    d.date("截至[[11月20日]]，在", "2026-11-20", "")
    # 上交所, 深交所: the exchanges' own short names (SPEC 央行); 和 right
    # after a body starts another one (GUIDELINES)
    d.org("在[[上交所]]和深交所")
    d.org("上交所和[[深交所]]上市")
    d.metric("共有[[11只]]，", 11, "只", "exact", "")
    d.date("11只，[[三季度]]平均", Q3, "")
    d.metric("出租率为[[91.6%]]，较", "91.6", "%", "exact", "")
    d.date("较[[二季度]]提高", Q2, "")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact", "")
    d.metric("；[[11只]]产品", 11, "只", "exact", "")
    d.date("产品[[三季度]]合计", Q3, "")
    d.metric("金额[[约4.37亿元]]", "4.37e8", "元", "approx", "")
    d.metric("增长[[6.2%]]。自", "6.2", "%", "exact", "")
    # 自…以来: the preposition and 以来 outside the span (SPEC)
    d.date("自[[2021年6月]]首批", "2021-06", "")
    d.metric("已[[超过380亿元]]", "380e8", "元", "over", "")
    # P2 普洛斯's REIT: the fund named by its sponsor and manager (the REIT's
    # own name avoided, see NOTES)
    d.org("以[[普洛斯]]为原始")
    d.org("管理人[[中金基金]]上周五")
    # a weekday inside the span gives the day (GUIDELINES 上周五); the rule
    # gives the first city after it in its sentence
    d.date("中金基金[[上周五]]发布", "2026-11-20", BJ)
    d.city("位于[[北京]]、广州")
    d.city("北京、[[广州]]、苏州")
    d.city("广州、[[苏州]]、昆山")
    # 昆山: a county-level city of 苏州 (SPEC: county-level cities are CITY)
    d.city("苏州、[[昆山]]等地")
    d.metric("等地的[[9个]]物流", 9, "个", "exact", KS)
    # an end of a quarter is the quarter (GUIDELINES 第三季度末)
    d.date("园区[[三季度末]]整体", Q3, KS)
    d.metric("出租率为[[94.3%]]", "94.3", "%", "exact", KS)
    # a rate with a second denominator of time (GUIDELINES 68.9元/平方米/月)
    d.metric("租金为[[42.6元/平方米/月]]", "42.6", "元/平方米/月", "exact",
             KS)
    d.metric("微降[[0.4%]]。", "0.4", "%", "exact", KS)
    # 两 of 广州、苏州两地: the collective label of the pair (GUIDELINES 两地;
    # check_collective), the list opening its sentence
    d.city("。[[广州]]、苏州两地")
    d.city("广州、[[苏州]]两地")
    d.metric("均[[超过97%]]", 97, "%", "over", SU)
    d.org("。[[普洛斯]]相关")
    d.date("已于[[上月]]向", OCT, JX)
    # 上海 inside the exchange's name: no CITY (SPEC)
    d.org("向[[上海证券交易所]]递交")
    d.city("位于[[嘉兴]]和")
    d.city("嘉兴和[[佛山]]的")
    d.metric("合计[[约23.8万平方米]]", "23.8e4", "平方米", "approx", FS)
    d.metric("资金[[约19.5亿元]]", "19.5e8", "元", "approx", FS)
    # P3 京东产发's REIT
    d.org("\n\n[[嘉实基金]]披露")
    d.org("由[[京东产发]]提供")
    d.city("在[[廊坊]]、武汉")
    d.city("廊坊、[[武汉]]、重庆")
    d.city("武汉、[[重庆]]、贵阳")
    d.city("重庆、[[贵阳]]等地")
    d.metric("共有[[6个]]园区", 6, "个", "exact", GY)
    d.date("园区，[[三季度]]出租率", Q3, GY)
    d.metric("保持在[[99.2%]]", "99.2", "%", "exact", GY)
    # 京东物流: a business line after a listed company names its unit
    # (GUIDELINES 京东金融, 东航物流)
    d.org("租户[[京东物流]]的")
    # a statistic measured in time (平均 the cue; SPEC 平均停留2.5天)
    d.metric("期限[[约4.6年]]", "4.6", "年", "approx", GY)
    d.org("。[[京东产发]]相关")
    # a named festival with 今年 attached: one span (SPEC: an attached 今年;
    # 期间 outside)
    d.date("介绍，[[今年双11]]期间", "2026-11-11", "")
    d.metric("峰值[[超过180万件]]", "180e4", "件", "over", "")
    d.metric("平时的[[2.5倍左右]]", "2.5", "倍", "approx", "")
    # P4 华南 (a region, no CITY)
    d.org("。[[红土创新基金]]公告")
    # a city inside an organization's name is no CITY (SPEC)
    d.org("权益人为[[深圳市盐田港集团有限公司]]的")
    d.date("REIT[[三季度]]出租率为87.5%", Q3, "")
    d.metric("出租率为[[87.5%]]", "87.5", "%", "exact", "")
    d.date("较[[二季度]]下降", Q2, "")
    d.metric("下降[[2.1个百分点]]", "2.1", "百分点", "exact", "")
    d.org("由[[华夏基金]]担任")
    # the registered name and its 以下简称 form (GUIDELINES: the short form
    # an article gives; the quotes outside)
    d.org("、[[深圳国际控股有限公司]]（")
    d.org("“[[深国际]]”）")
    # 约为: the marker separated by the verb 为 stays outside and sets
    # approx (GUIDELINES 约为19%); the rule gives the first city after
    d.metric("出租率约为[[90%]]", 90, "%", "approx", SZ, sep="约")
    d.city("其[[深圳]]、东莞")
    d.city("深圳、[[东莞]]项目")
    d.metric("分别为[[48.3元/平方米/月]]", "48.3", "元/平方米/月", "exact",
             DG)
    d.metric("和[[31.7元/平方米/月]]", "31.7", "元/平方米/月", "exact", DG)
    d.org("。[[深国际]]相关")
    d.date("称，[[明年]]将继续", NY, "")
    d.org("。[[南方基金]]旗下")
    d.org("以[[顺丰控股]]为")
    # 顺丰: the brand acting as its company (the company named just before)
    d.org("受益于[[顺丰]]自用")
    d.metric("稳定在[[98%以上]]", 98, "%", "over", "")
    # P5 rents and vacancy
    d.org("，[[物联云仓]]数据")
    d.date("显示，[[10月]]全国", OCT, "")
    d.metric("租金为[[22.86元/平方米/月]]", "22.86", "元/平方米/月", "exact",
             "")
    d.metric("空置率为[[15.9%]]", "15.9", "%", "exact", "")
    d.date("均较[[9月]]小幅", SEP, "")
    d.city("，[[成都]]、武汉的")
    d.city("成都、[[武汉]]的空置率")
    d.metric("降至[[8.7%]]和", "8.7", "%", "exact", WH)
    d.metric("和[[10.3%]]，", "10.3", "%", "exact", WH)
    d.city("，[[西安]]、郑州")
    d.city("西安、[[郑州]]、沈阳")
    d.city("郑州、[[沈阳]]等地")
    d.metric("仍在[[20%以上]]", 20, "%", "over", SY)
    d.org("。[[戴德梁行]]发布")
    d.city("，[[上海]]高标仓")
    d.metric("租金约为[[39.5元/平方米/月]]", "39.5", "元/平方米/月", "approx",
             SH, sep="约")
    d.metric("下跌[[约4%]]", 4, "%", "approx", SH)
    d.date("，但[[三季度]]净吸纳量", Q3, SH)
    d.metric("达到[[约41万平方米]]", "41e4", "平方米", "approx", SH)
    d.date("创[[今年]]以来新高", Y, SH)
    d.city("。[[天津]]新增供应")
    d.metric("供应[[约30万平方米]]", "30e4", "平方米", "approx", TJ)
    d.city("，[[南京]]约25万")
    d.metric("南京[[约25万平方米]]", "25e4", "平方米", "approx", NJ)
    d.org("。[[中国仓储与配送协会]]监测")
    # a part of a month gives the month (SPEC 9月上旬)
    d.date("显示，[[11月上旬]]全国", "2026-11", "")
    d.metric("使用率约为[[86%]]", 86, "%", "approx", "", sep="约")
    d.date("较[[10月]]提高0.9", OCT, "")
    d.metric("提高[[0.9个百分点]]", "0.9", "百分点", "exact", "")
    # P6 cold storage
    # a committee written after its federation is one ORG (SPEC: a
    # department after a name belongs to it); its bracketed short form (the
    # name's characters in their order) is an ORG too (GUIDELINES)
    d.org("。[[中国物流与采购联合会冷链物流专业委员会]]（")
    d.org("（[[中物联冷链委]]）统计")
    d.date("截至[[9月末]]，全国", SEP, "")
    d.metric("总容量[[约2.38亿立方米]]", "2.38e8", "立方米", "approx", "")
    d.date("其中[[今年前三季度]]新增", Y, "")
    d.metric("新增[[约1460万立方米]]", "1460e4", "立方米", "approx", "")
    d.metric("增长[[7.4%]]。万纬", "7.4", "%", "exact", "")
    d.org("。[[万纬物流]]旗下的")
    # 冷链 after a logistics company is its business line (GUIDELINES
    # 中通冷链)
    d.org("旗下的[[万纬冷链]]表示")
    d.city("在[[上海]]、天津、成都等地运营")
    d.city("上海、[[天津]]、成都等地运营")
    d.city("天津、[[成都]]等地运营")
    d.metric("出租率[[约88%]]", 88, "%", "approx", CD)
    # a yearless holiday: the occurrence nearest the reference date, the
    # coming one (GUIDELINES); 备货旺季 outside
    d.date("随着[[春节]]备货", "2027-02-06", CD)
    # a month in the sentence of a yearless holiday: the year that puts it
    # nearest the holiday (GUIDELINES): 2026-10
    d.date("已较[[10月]]增加", OCT, CD)
    d.metric("增加[[近两成]]", 20, "%", "approx", CD)
    d.org("，[[万纬物流]]有望")
    d.date("在[[明年一季度]]提交", "2027-Q1", "")
    d.org("成为[[万科]]旗下")
    d.org("由[[汇添富基金]]担任")
    d.org("、[[九州通]]提供")
    d.date("REIT，[[三季度]]出租率", Q3, "")
    d.metric("维持在[[95%以上]]", 95, "%", "over", "")
    # items before 等企业 are ORGs (GUIDELINES); 冷链 the business line
    d.org("。[[京东冷链]]、")
    d.org("、[[中外运冷链]]等企业")
    d.date("冷库，[[今年]]新增库容", Y, "")
    d.metric("合计[[约65万吨]]", "65e4", "吨", "approx", "")
    # P7 developers
    d.org("。[[中国物流集团]]旗下")
    d.org("旗下[[中储股份]]上月")
    d.date("中储股份[[上月]]公告", OCT, TJ)
    d.city("拟以[[天津]]、郑州")
    d.city("天津、[[郑州]]等地的")
    d.metric("建筑面积[[约52万平方米]]", "52e4", "平方米", "approx", ZZ)
    d.metric("评估价值[[约28.6亿元]]", "28.6e8", "元", "approx", ZZ)
    d.org("。[[宇培集团]]、安博")
    d.org("、[[安博]]等外资")
    # 前N个月 with 今年 attached, not after a verb (GUIDELINES)
    d.date("退出，[[今年前10个月]]相关", Y, "")
    d.metric("交易金额[[超过120亿元]]", "120e8", "元", "over", "")
    # P8 policy
    # 证监会: the regulator's own short name (SPEC 央行)
    d.org("，[[证监会]]数据")
    d.date("截至[[10月末]]，全市场", OCT, "")
    d.metric("共[[86只]]，", 86, "只", "exact", "")
    d.metric("总市值[[约2260亿元]]", "2260e8", "元", "approx", "")
    d.org("。[[中国证监会]]上月")
    d.date("证监会[[上月]]就", OCT, "")
    d.org("，[[国家发展改革委]]亦")
    d.org("。[[上交所]]相关")
    d.date("表示，[[今年]]以来已有", Y, "")
    d.metric("已有[[2只]]仓储", 2, "只", "exact", "")
    d.metric("合计[[约36.2亿元]]", "36.2e8", "元", "approx", "")
    d.org("；[[深交所]]则将")
    # the bracketed gloss is its own mention (SPEC 今日(15日))
    d.date("将于[[本周三]]（", "2026-11-25", "")
    d.date("（[[11月25日]]）举办", "2026-11-25", "")
    d.org("邀请[[世邦魏理仕]]、")
    d.org("、[[仲量联行]]等机构")
    # P9 the market
    d.date("按[[11月20日]]收盘价", "2026-11-20", "")
    d.metric("，[[11只]]仓储物流REITs今年", 11, "只", "exact", "")
    d.date("REITs[[今年]]以来平均", Y, "")
    d.metric("涨幅[[约9.6%]]", "9.6", "%", "approx", "")
    d.metric("平均约为[[4.7%]]", "4.7", "%", "approx", "", sep="约")
    d.org("。[[中信证券]]研报")
    d.date("认为，[[明年]]高标仓", NY, "")
    d.date("较[[今年]]减少", Y, "")
    d.metric("减少[[约三成]]", 30, "%", "approx", "")
    d.metric("稳定在[[90%以上]]", 90, "%", "over", "")
    d.org("。[[国泰海通证券]]一位")
    audit = {
        "orgs": ["上交所", "深交所", "普洛斯", "中金基金", "上海证券交易所",
                 "嘉实基金", "京东产发", "京东物流", "红土创新基金",
                 "深圳市盐田港集团有限公司", "华夏基金", "深圳国际控股有限公司",
                 "深国际", "南方基金", "顺丰控股", "顺丰", "物联云仓",
                 "戴德梁行", "中国仓储与配送协会",
                 "中国物流与采购联合会冷链物流专业委员会", "中物联冷链委",
                 "万纬物流", "万纬冷链", "万科", "汇添富基金", "九州通",
                 "京东冷链", "中外运冷链", "中国物流集团", "中储股份",
                 "宇培集团", "安博", "证监会", "中国证监会", "国家发展改革委",
                 "世邦魏理仕", "仲量联行", "中信证券", "国泰海通证券"],
        "cities": ["北京", "广州", "苏州", "昆山", "嘉兴", "佛山", "廊坊",
                   "武汉", "重庆", "贵阳", "深圳", "东莞", "成都", "西安",
                   "郑州", "沈阳", "上海", "天津", "南京", "盐田", "中国",
                   "全国", "华南", "中西部", "城市"],
        # 盐田 stands only inside the ORG 深圳市盐田港集团有限公司; 中国 only
        # inside ORG rows; 全国 is deictic, 华南 and 中西部 are regions, 城市
        # the generic word (all counted in words_excluded)
        "excluded": [],
        "numbers_excluded": [],
        # 一份, 一位 (indefinites, GUIDELINES: 一 before a measure word), 新一轮
        # (the next round: no figure), 二级市场 (the secondary market: a tier
        # label like SPEC's 一线城市)
        "cn_excluded": ["[[一]]份回暖", "新[[一]]轮", "[[一]]位分析师",
                        "[[二]]级市场"],
        # collective labels of lists just given (GUIDELINES: 两地)
        "collectives": [("苏州[[两]]地", 2)],
        "latin_excluded": [],
        # words that are no DATE or no place: 年化 (annualized), 旺季 (a
        # season), 单日 (a single day's peak), 底层资产 (underlying assets);
        # the deictic, regional and generic place words of the city audit;
        # REITs and REIT (the product class: no ORG, no figure)
        "words_excluded": {"年化": 1, "旺季": 1, "单日": 1, "底层资产": 2,
                           "同期": 0, "全年": 0, "年度": 0, "当天": 0,
                           "全国": 3, "华南": 1, "中西部": 1, "城市": 4,
                           "REITs": 10, "REIT": 17},
        # generic words outside ORG rows: 基金管理人, 私募基金, 投资信托基金
        # (基金 x3), 开发商 (x2), 等企业, 等机构, 研报 of 中信证券 is inside
        "orgwords_excluded": {"基金": 3, "公司": 0, "集团": 0, "证券": 0,
                              "交易所": 0, "协会": 0, "委员会": 0,
                              "开发商": 2, "企业": 1, "机构": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g228 Life insurers' results in Taiwan, November 2026: 金管會保險局 今（25）日
# on the industry (今年前10月 against 去年同期; 10月 單月; 截至10月底 the FX
# reserve against 114年底, 9月底, 今年前10月; 10月底 淨值 against 去年同期);
# the large insurers (國泰金控 昨（24）日, 國泰人壽 今年前10月, 第3季 in 倫敦;
# 富邦金控, 富邦人壽, 富邦金, 國泰金 前10月; 南山人壽 in 台北、台中、高雄); the
# merged 新光人壽 (台新新光金, 今年元旦, 台新人壽; 去年同期); 凱基金, 凱基人壽;
# 中信金, 台灣人壽; 全球人壽, 遠雄人壽, 三商美邦人壽; bank-owned (元大金, 元大人壽;
# 合作金庫人壽, 臺銀人壽); investment-linked (安聯人壽, 保誠人壽); premiums
# (中華民國人壽保險商業同業公會（壽險公會） 今年前10月, 本月; 保險事業發展中心
# （保發中心）); investments (10月底 against 去年同期; 本週五（27日）); the rules
# (今（115）年, 第3季底, 明年元旦, 明（116）年第2季; 中華信評 上週四, 去年); FX
# (昨（24）日, 今年以來; 元大投顧, 聯準會 12月, 明年上半年; 中央銀行 12月中旬,
# 第4季); the outlook (明（116）年, 116年度).  Traditional as Taiwan writes it (台,
# 占, 公布, 發布, 上週四, 本週五, 前10月, 第3季, 年增, 年減, 新台幣, 萬, 億, 兆,
# 個百分點, 碼, ROC years), plain Big5 without BOM, 2026-11-25 (a Wednesday, ISO
# week 2026-W48), 經濟日報; its dateline line 記者溫子傑／台北報導 (no outlet,
# 台北 a CITY, ／ plain Big5 A2 41, in no span).  今（25）日 2026-11-25;
# 昨（24）日 2026-11-24; 上週四 2026-11-19; 本週五 2026-11-27; 明年 2027;
# 去年同期 2025 (after 今年前10月 and 前10月) and 2025-10 (after 10月底).
# ===========================================================================
@doc
def g228():
    d = Doc(G228)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    LD, TP, XB = "伦敦", "台北市", "新北市"
    # title (a heading that opens with no city; 前10月 after the noun it is
    # about, GUIDELINES; Taiwan writes the first months without 個)
    d.date("壽險業[[前10月]]稅前", Y, "")
    # Arabic digits before 成 (SPEC 4成)
    d.metric("年增[[逾3成]] 外價金", 30, "%", "over", "")
    # the dateline line 記者溫子傑／台北報導 (precedent FA's 台北報導: the place
    # filed from); a heading that opens with no city: no section
    d.city("／[[台北]]報導")
    # P1 the industry (no CITY in the paragraph)
    # 金管會保險局: a bureau written right after its body is one ORG
    # (GUIDELINES 内政部反毒局); the bare 保險局 is never written (NOTES)
    d.org("\n\n[[金管會保險局]]今（25）日")
    # 今（N）日: one span, the reference day (SPEC 今（5）日)
    d.date("保險局[[今（25）日]]公布", "2026-11-25", "")
    d.date("壽險業[[今年前10月]]稅前", Y, "")
    # a currency written before the number stays outside (SPEC 港币50元)
    d.metric("新台幣[[1,806億元]]", "1806e8", "元", "exact", "")
    # 去年同期 after 今年前10月 (a period with no ISO form): the year (SPEC)
    d.date("較[[去年同期]]增加426", LY, "")
    d.metric("增加[[426億元]]", "426e8", "元", "exact", "")
    d.metric("年增[[30.9%]]；", "30.9", "%", "exact", "")
    d.date("其中[[10月]]單月", OCT, "")
    d.metric("獲利[[312億元]]", "312e8", "元", "exact", "")
    d.date("新台幣[[10月]]貶值", OCT, "")
    d.metric("貶值[[1.37%]]", "1.37", "%", "exact", "")
    # P2 the FX reserve and net worth (no CITY)
    d.org("\n\n[[金管會保險局]]指出")
    d.date("截至[[10月底]]，壽險業", OCT, "")
    d.metric("餘額達[[6,412億元]]", "6412e8", "元", "exact", "")
    # a bare ROC year with 底 in a Taiwan text (SPEC: 112年 -> 2023; an end
    # of a period normalizes to the period)
    d.date("較[[114年底]]增加", LY, "")
    d.metric("增加[[1,274億元]]", "1274e8", "元", "exact", "")
    d.metric("比率為[[57.9%]]", "57.9", "%", "exact", "")
    d.date("較[[9月底]]下降", "2026-09", "")
    d.metric("下降[[0.6個百分點]]", "0.6", "百分点", "exact", "")
    d.date("，[[今年前10月]]避險", Y, "")
    d.metric("累計[[約2,105億元]]", "2105e8", "元", "approx", "")
    # 金管會: the commission's own short name; 官員 after it outside
    d.org("。[[金管會]]官員")
    d.date("壽險業[[10月底]]淨值", OCT, "")
    # Taiwan writes 3兆340億元: 兆 is 10^12 (GUIDELINES) and the section
    # of three digits after it one figure (GUIDELINES 2萬6,512棟)
    d.metric("淨值為[[3兆340億元]]", "3034000000000", "元", "exact", "")
    # 去年同期 after 10月底: that month a year earlier (SPEC)
    d.date("較[[去年同期]]增加2,318", "2025-10", "")
    d.metric("增加[[2,318億元]]", "2318e8", "元", "exact", "")
    d.metric("增幅[[8.3%]]", "8.3", "%", "exact", "")
    # P3 the large insurers
    d.org("，[[國泰金控]]昨（24）日")
    d.date("國泰金控[[昨（24）日]]舉行", "2026-11-24", "")
    d.org("旗下[[國泰人壽]]今年")
    d.date("國泰人壽[[今年前10月]]稅後", Y, "")
    d.metric("純益為[[412.6億元]]", "412.6e8", "元", "exact", "")
    d.metric("年增[[約26%]]", 26, "%", "approx", "")
    d.metric("（VNB）[[約286億元]]", "286e8", "元", "approx", "")
    d.org("；[[國泰人壽]]第3季")
    # Taiwan writes quarters without 度 (GUIDELINES); the rule gives the
    # first city after it in its sentence
    d.date("國泰人壽[[第3季]]處分", "2026-Q3", LD)
    # a foreign city by its mainland common name (SPEC)
    d.city("處分[[倫敦]]辦公")
    d.metric("利益[[約38億元]]", "38e8", "元", "approx", LD)
    # a financial holding company and its life insurer (GUIDELINES: FHCs by
    # their names and short names; insurers' life companies)
    d.org("。[[富邦金控]]子公司")
    d.org("子公司[[富邦人壽]]前10月")
    d.date("富邦人壽[[前10月]]稅後", Y, "")
    d.metric("純益[[398.2億元]]", "398.2e8", "元", "exact", "")
    d.org("，[[富邦金]]前10月")
    d.date("富邦金[[前10月]]稅後", Y, "")
    d.metric("淨利[[約982億元]]", "982e8", "元", "approx", "")
    d.org("，[[國泰金]]則以")
    d.metric("則以[[約826億元]]居次", "826e8", "元", "approx", "")
    d.org("。[[南山人壽]]前10月")
    d.date("南山人壽[[前10月]]自結", Y, TP)
    d.metric("純益[[245.7億元]]", "245.7e8", "元", "exact", TP)
    d.metric("年增[[逾4成]]", 40, "%", "over", TP)
    # Taiwan's special municipalities, by their full names (SPEC)
    d.city("在[[台北]]、台中")
    d.city("台北、[[台中]]、高雄")
    d.city("台中、[[高雄]]增設")
    # P4 the merged 新光人壽 and others
    d.org("\n\n[[台新新光金]]旗下")
    d.org("旗下[[新光人壽]]今年")
    # a holiday with 今年 attached: one span (SPEC; GUIDELINES 2024年春节)
    d.date("新光人壽[[今年元旦]]完成", "2026-01-01", "")
    d.org("與[[台新人壽]]合併")
    # 前N月 after the pronoun it is about (GUIDELINES 该行前9个月)
    d.date("該公司[[前10月]]稅後", Y, "")
    d.metric("純益為[[86.4億元]]", "86.4e8", "元", "exact", "")
    d.date("，[[去年同期]]則為虧損", LY, "")
    d.org("；[[凱基金]]子公司")
    d.org("子公司[[凱基人壽]]前10月")
    d.date("凱基人壽[[前10月]]獲利", Y, "")
    d.metric("獲利[[約151億元]]", "151e8", "元", "approx", "")
    d.org("，[[中信金]]旗下")
    d.org("旗下[[台灣人壽]]約為")
    d.metric("約為[[134.8億元]]", "134.8e8", "元", "approx", "", sep="約")
    d.org("，[[全球人壽]]、")
    d.org("、[[遠雄人壽]]前10月")
    d.date("遠雄人壽[[前10月]]分別", Y, "")
    d.metric("獲利[[52.3億元]]及", "52.3e8", "元", "exact", "")
    d.metric("及[[18.6億元]]", "18.6e8", "元", "exact", "")
    d.org("，[[三商美邦人壽]]則")
    d.metric("獲利[[約9.7億元]]", "9.7e8", "元", "approx", "")
    # P5 bank-owned and foreign insurers
    d.org("，[[元大金]]旗下")
    d.org("旗下[[元大人壽]]前10月")
    d.date("元大人壽[[前10月]]稅後", Y, "")
    d.metric("純益[[約42.5億元]]", "42.5e8", "元", "approx", "")
    d.metric("年增[[約18%]]", 18, "%", "approx", "")
    d.org("；[[合作金庫人壽]]、")
    d.org("、[[臺銀人壽]]則")
    d.metric("年增[[9.6%]]與", "9.6", "%", "exact", "")
    d.metric("與[[12.3%]]。", "12.3", "%", "exact", "")
    # items before 等…業者 (a kind): ORGs, each an insurer's name
    d.org("，[[安聯人壽]]、")
    d.org("、[[保誠人壽]]等外商")
    d.date("業者[[前10月]]投資型", Y, "")
    d.metric("合計[[約486億元]]", "486e8", "元", "approx", "")
    d.metric("年增[[約21%]]", 21, "%", "approx", "")
    # P6 premiums and policies
    # the association and its bracketed short form (the name's characters
    # in order: GUIDELINES 澳门航空（澳航）)
    d.org("，[[中華民國人壽保險商業同業公會]]（")
    d.org("（[[壽險公會]]）統計")
    d.date("統計，[[今年前10月]]壽險業新契約", Y, "")
    d.metric("收入為[[3,186億元]]", "3186e8", "元", "exact", "")
    d.metric("年減[[4.2%]]", "4.2", "%", "exact", "")
    d.metric("保單[[約1,420億元]]", "1420e8", "元", "approx", "")
    d.metric("占比[[約44.6%]]", "44.6", "%", "approx", "")
    d.org("。[[壽險公會]]指出")
    d.metric("落在[[3.75%]]至", "3.75", "%", "exact", "")
    d.metric("至[[4.25%]]", "4.25", "%", "exact", "")
    d.date("已於[[本月]]調降", "2026-11", "")
    # a range is two mentions sharing the unit (SPEC 30至80笔)
    d.metric("調降[[0.1]]至", "0.1", "百分点", "exact", "",
             shared="個百分點")
    d.metric("至[[0.25個百分點]]", "0.25", "百分点", "exact", "")
    d.org("。[[保險事業發展中心]]（")
    d.org("（[[保發中心]]）資料")
    d.date("顯示，[[今年前10月]]壽險新契約", Y, "")
    d.metric("件數[[約182萬件]]", "182e4", "件", "approx", "")
    d.metric("年減[[約6%]]", 6, "%", "approx", "")
    d.metric("提高至[[58%]]", 58, "%", "exact", "")
    # P7 investments
    d.org("，[[金管會保險局]]統計")
    d.date("壽險業[[前10月]]國內外", Y, "")
    d.metric("合計[[約7,035億元]]", "7035e8", "元", "approx", "")
    d.metric("淨利益[[約2,960億元]]", "2960e8", "元", "approx", "")
    d.metric("淨利益[[約4,075億元]]", "4075e8", "元", "approx", "")
    d.date("壽險業[[10月底]]國外", OCT, "")
    d.metric("部位[[約18.6兆元]]", "18.6e12", "元", "approx", "")
    d.metric("降至[[約62.3%]]", "62.3", "%", "approx", "")
    d.date("較[[去年同期]]減少1.8", "2025-10", "")
    d.metric("減少[[1.8個百分點]]", "1.8", "百分点", "exact", "")
    d.date("壽險業[[前10月]]解約金", Y, "")
    d.metric("支出[[約2,840億元]]", "2840e8", "元", "approx", "")
    d.metric("年減[[約11%]]", 11, "%", "approx", "")
    d.date("壽險業[[今年]]以來在", Y, TP)
    d.city("以來在[[台北]]、新北")
    d.city("台北、[[新北]]標得")
    d.metric("標得[[3件]]公共", 3, "件", "exact", XB)
    d.metric("總投資額[[約215億元]]", "215e8", "元", "approx", XB)
    d.org("。[[金管會保險局]]並表示")
    d.date("將於[[本週五]]（27日）", "2026-11-27", "")
    d.date("本週五（[[27日]]）", "2026-11-27", "")
    d.org("邀集[[壽險公會]]及")
    # P8 the rules
    # 今（115）年: the bracketed ROC year is this year, one span (GUIDELINES)
    d.date("自[[今（115）年]]起", Y, "")
    d.org("，[[金管會]]統計")
    # an end of a quarter is the quarter (GUIDELINES)
    d.date("截至[[第3季底]]，共有", "2026-Q3", "")
    d.metric("共有[[13家]]壽險", 13, "家", "exact", "")
    d.metric("適足率約為[[236%]]", 236, "%", "approx", "", sep="約")
    d.org("。[[金管會保險局]]預告")
    # GUIDELINES' own 明年元旦 -> 2027-01-01
    d.date("，[[明年元旦]]起", "2027-01-01", "")
    d.metric("由[[50%]]調整", 50, "%", "exact", "")
    d.metric("調整為[[40%]]", 40, "%", "exact", "")
    # a bracketed year takes the quarter after it, one span (GUIDELINES
    # 今（115）年第3季)
    d.date("並於[[明（116）年第2季]]檢討", "2027-Q2", "")
    d.org("。[[中華信評]]上週四")
    d.date("中華信評[[上週四]]發布", "2026-11-19", "")
    # 去年: no other year stated in its sentence, so from the reference year
    d.date("較[[去年]]改善", LY, "")
    # P9 FX
    d.date("美元[[昨（24）日]]收在", "2026-11-24", "")
    d.metric("收在[[30.86元]]", "30.86", "元", "exact", "")
    d.date("，[[今年]]以來累計", Y, "")
    d.metric("升值[[約2.4%]]", "2.4", "%", "approx", "")
    d.org("。[[元大投顧]]分析師")
    d.org("，[[聯準會]]12月")
    d.date("聯準會[[12月]]可望", "2026-12", "")
    # 碼 (a quarter point) is a unit as written (GUIDELINES 1碼 -> 1, 码)
    d.metric("降息[[1碼]]", 1, "码", "exact", "")
    d.date("新台幣[[明年上半年]]再度", NY, "")
    # Taiwan's central bank standing alone in a Taiwan text (GUIDELINES)
    d.org("；[[中央銀行]]則")
    d.date("將於[[12月中旬]]召開", "2026-12", "")
    d.date("召開[[第4季]]理監事會", "2026-Q4", "")
    # P10 the outlook
    d.date("展望[[明（116）年]]，", NY, "")
    d.org("，[[壽險公會]]預估")
    d.metric("年增[[約5%]]", 5, "%", "approx", "")
    d.org("。[[國泰人壽]]、")
    d.org("、[[富邦人壽]]等大型")
    # a ROC year with 年度 inside (GUIDELINES 2022年度)
    d.date("規劃在[[116年度]]加碼", NY, "")
    d.metric("投入[[逾800億元]]", "800e8", "元", "over", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "高雄", "基隆", "倫敦", "台灣", "美國", "中國", "全台"],
        # 台灣 stands only inside the ORG 台灣人壽, 中國 only inside 其中國外
        # (其中 owns its 中, GUIDELINES) and the ORG 中華民國…公會 holds none
        "excluded": ["其[[中國]]外投資"],
        # the standard's number in IFRS 17 (a name, SPEC 新四大发明: no
        # figure) and a rank (居業界第2: GUIDELINES, ranks are no figures)
        "numbers_excluded": ["IFRS [[17]]與", "IFRS [[17]]上路", "第[[2]]。"],
        # 新一代 (the new generation of the solvency regime: no figure)
        "cn_excluded": ["新[[一]]代"],
        "collectives": [],
        # Latin words outside rows: the value of new business (VNB), the
        # accounting standard (IFRS) and the solvency regime (TW-ICS)
        "latin_excluded": ["（[[VNB]]）", "[[IFRS]] 17與", "[[IFRS]] 17上路",
                           "（[[TW]]-ICS）", "TW-[[ICS]]）"],
        # time words that are no DATE: 年增, 年減 (year on year), 單月 (the
        # single month after the DATE 10月)
        "words_excluded": {"年增": 8, "年減": 3, "單月": 1, "同期": 0,
                           "全年": 0, "年度": 0},
        # generic words outside ORG rows: 金控 (金控整體獲利, 金控獲利王), 銀行
        # of 銀行系業者 (bank-owned insurers: a kind), and none of 保險局,
        # 人壽, 公會, 中心 outside the ORG rows (the bare 保險局 is never
        # written)
        "orgwords_excluded": {"保險局": 0, "人壽": 0, "公會": 0, "中心": 0,
                              "金控": 2, "銀行": 1},
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
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首\d+[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
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
TIME_UNITS = {"年", "天", "个月", "分钟", "小时", "周", "日"}
STAT_CUES = ("平均", "人均", "日均", "停留", "缩短", "縮短", "延长", "延長",
             "压缩", "壓縮")
CHANGE_VERBS = ("缩短", "縮短", "延长", "延長", "压缩", "壓縮")


def check_time_metric(d, r):
    """A METRIC measured in time (年, 分钟 …) needs a statistic cue earlier
    in its clause or a verb of change right after it; otherwise it is a
    duration, no METRIC (GUIDELINES; from annotate_ib.py).  g227's 约4.6年
    has the cue 平均 in its clause (租约加权平均剩余期限约4.6年); g228
    holds no time figure (the rewrite of 連續3個月 is in the NOTES)."""
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


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared no-span character (／ of the plain-Big5 article's
    # dateline, whose cp950 code differs) stands once, on the dateline line
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
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市") or r["normalized"] in FOREIGN_SHI, r
            assert not (r["normalized"] in NO_SHI and
                        r["normalized"] in FOREIGN_SHI), r
        if d.traditional is False:
            assert not re.search("[萬億個點區與來為從這會]", tx), r

    # a declared character outside plain Big5 stands only inside the ORG
    # rows whose text is declared for it (annotate_ga.py's 碁 of 宏碁, after
    # annotate_ia.py's and annotate_ja.py's checks; kept, though the
    # plain-Big5 article declares no such character, so the loop is empty)
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

    for name in audit["cities"]:
        need(re.escape(name), "city string", covered + all_excl)
    need(r"\d+", "number", covered + all_excl)
    need(r"[A-Za-z]+", "latin word", covered + all_excl)
    need("[%s]" % CN_NUM_CHARS, "Chinese numeral", covered + all_excl)
    need("[%s]" % TIME_CHARS, "time character", covered + all_excl)
    # a holiday word carries no time character of TIME_CHARS in some forms
    # (元旦, 感恩, 黑色星期五): every occurrence stands inside a row or an
    # exclusion (new here: without it a dropped 元旦 row passed)
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
                # Chinese name, no 市 added (new here: 新加坡 normalized
                # 新加坡市 passed the t2s + 市 test)
                assert r["normalized"] == s, (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        # every declared NO_SHI name is a CITY row's normalization
        used = {r["normalized"] for d in built for r in d.rows
                if r["type"] == "CITY"}
        assert NO_SHI <= used, NO_SHI - used
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
