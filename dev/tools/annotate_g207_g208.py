#!/usr/bin/env python3
"""Gold annotation for the held-out articles
g207_trendy_toys_blind_boxes_retail and
g208_macao_bond_market_financial_services (annotator HC).

Adapted from the precedent set's tools/annotate_ic.py (now dev/tools/annotate_g201_g202.py) (/tmp/ho36/precedent:
a GBK mainland article and a Macao traditional article, the pair closest to
mine; copied and the data changed), with annotate_ia.py's UTF-8-WITH-BOM
block.  It keeps the checks of annotate_ic.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations against
OpenCC t2s, the OpenCC t2s of the whole simplified article, the OpenCC
t2s-then-s2hk round trip and the s2t check of the Macao article, audits of
digits, Latin words, Chinese numerals, time characters, city strings, ORG
words and ORG strings, the independent `city` rule computed and asserted
against my hand value on every DATE/METRIC row, the month and day a DATE
span writes, the holiday table by exact span and the holidays recomputed
without it, ROC years only in a Taiwan text, relative words resolved from
the reference date (本周一, 上周五, 本周五 to the day of their week, 上周 to
its ISO week, 昨日, 昨（廿四）日, 今（廿五）日), 上月 as a baseline after a
comparison word, the bare-day month rule, a bare month, day or quarter in
the reference year, 去年同期 a year before its sentence's period, 当天/同日
repeating the latest day, the bracketed gloss, the 上季 check, the range
check, the precision check, the 约占 check, markers before, touching and
after a span, 约为/约有 as separated markers, the declared shared unit, the
declared organizations of each article, the narrowest codec.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row
is written per occurrence.  Offsets are Python str indices (code points)
into the article as decoded (the BOM of g208 removed, nothing else):

- g207 is simplified (mainland, 北京商报, 2026-11-21), stored as GBK
  without a BOM (the title's 潮 = B3 B1 opens the file).  One character is
  outside GB2312: 喆 (U+5586, GBK 86 B4: a lead byte below A1, GBK's
  extension area) of the reporter's name 王晓喆 in the byline 北京商报讯（记者
  王晓喆 实习记者 陈思远）, once, in no span, so Python's gb2312 fails on the
  file while gbk, cp936 and gb18030 read it alike.  Every other line is
  GB2312 byte for byte; every non-ASCII character is two bytes.  OpenCC t2s
  leaves the article unchanged.
- g208 is traditional (Macao, 澳門日報, 2026-11-25), stored as UTF-8 WITH a
  BOM (EF BB BF, then the title's 澳 = E6 BE B3).  utf-8-sig reads the
  text; plain utf-8 reads U+FEFF before it (one code point that would shift
  every offset).  Every non-ASCII character is three bytes.  Every
  character is one Big5-HKSCS holds (Macao's character set); one is outside
  plain Big5: 着 (U+7740) of 隨着, once, in no span.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao, Hong
  Kong and foreign cities by their common mainland name).  A Macao text
  (Macao named at least twice): Macao bodies without a place in their names
  (經濟財政司, 統計暨普查局, 立法會) stand alone as ORGs.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/, tests/ or corpus/ of the project
was read or run), with the previous held-out set (/tmp/ho36/precedent:
README, NOTES_ia/ib/ic, tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g207_g208.md.
Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

Changes from annotate_ic.py: the GBK block declares its character outside
GB2312 (喆 of 王晓喆) by its word, and accepts a GBK extension character
whose lead byte (not only its trail byte) is below A1; it declares no
character that gb2312 reads differently (the byline has no middle dot).  The
Big5-HKSCS block becomes a UTF-8-WITH-BOM block for a traditional article
(annotate_ia.py's UTF-8 block, which was for a simplified one): exactly one
BOM, utf-8-sig reads the text and plain utf-8 U+FEFF before it, three bytes
a non-ASCII character, the legacy codecs and UTF-16 fail or read another
text with the BOM and without it, every character Big5-HKSCS, and the
characters outside plain Big5 are exactly the declared ones (着 of 隨着),
each only in its declared word with its declared count and in no span.
The Macao forms of the s2hk round trip: 隻/只 (債券共86隻), 周/週 (上周,
本周五), 戶/户 (賬戶, 開戶), and 發/髮 of 華發 (OpenCC's s2hk writes 華髮,
a phrase error; the company writes 華發); the s2t check allows 里 of 里斯本.
The holiday table: 今年国庆, 黑色星期五 (the day after the fourth Thursday
of November: 2026-11-27), 圣诞, 元旦, 春节; 聖誕, 農曆新年.  Units 亿元/元,
%, 倍, 家, 家次, 款, 件, 台, 人次, 个, 岁, 天, 盒 and 只, 澳门元, 元, 美元,
%, 倍, 间, 宗, 笔, 个, 名, 家, 百分点.  Re-run (from anywhere):

    python3 dev/tools/annotate_g207_g208.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
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
G207 = "g207_trendy_toys_blind_boxes_retail"
G208 = "g208_macao_bond_market_financial_services"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G207: ("gbk", b"", False, "2026-11-21", "北京商报"),
    G208: ("utf-8", BOM8, True, "2026-11-25", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G207: [], G208: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes, and the word each stands in with its count: 喆 of
# the reporter's name 王晓喆 on the byline, once, in no span
OUTSIDE_GB2312 = {G207: {"喆": b"\x86\xb4"}}
OUTSIDE_GB2312_WORD = {G207: {"喆": ("王晓喆", 1)}}
# characters of the GBK article whose GBK bytes Python's gb2312 reads as
# another character (annotate_ic.py's byline dot): none here
GB2312_READS_OTHER = {G207: {}}
# characters of the traditional article that plain Big5 lacks (Big5-HKSCS,
# Macao's character set, has them), with the word each stands in and its
# count: 着 of 隨着 (as Macao's papers write it), once, in no span
OUTSIDE_BIG5 = {G208: {"着": False}}         # False: cp950 lacks it too
OUTSIDE_BIG5_WORD = {G208: {"着": ("隨着", 1)}}
# the first character of each file (after the BOM), with its bytes
FIRST_CHAR = {G207: ("潮", b"\xb3\xb1"), G208: ("澳", b"\xe6\xbe\xb3")}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 經濟財政司, 統計暨普查局 …, are ORGs in a text that
# names the region at least twice)
MACAO = {G208}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")

# common simplified-only characters a traditional article must not hold
# (annotate_ic.py's list, with the finance words of g208 added)
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
                   "药剂册监临贸论坛济术颗劳验检测硕养补胶参归缩压"
                   "农历圣诞预计门诊馆壮顺达续实验队专"
                   "债托结挂认购数发销场币欧卢亚评级审议统筹联网贸账户试点见证"
                   "额净内资产总贷蓝订员")
# the forms Macao's papers write where OpenCC s2hk writes others (text,
# s2hk): 隻 of 債券共86隻 (s2hk 只), 周 of 上周/本周五 (s2hk 週), 戶 of
# 賬戶 and 開戶 (s2hk 户), and 發 of 華發 (s2hk writes 華髮: OpenCC's phrase
# error on the company's name, which the company and Macao's papers write
# 華發)
MACAO_FORMS = {("隻", "只"), ("周", "週"), ("戶", "户"), ("發", "髮")}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone (annotate_jc.py's check): 里 (里斯本)
S2T_ALLOWED = {G208: {"里"}}
# Holidays the articles name, by their exact span (2025-2027).
# g207 (mainland, 2026-11-21): 今年国庆 2026-10-01 (a year word before a
# holiday is inside the span; 假期 outside); 黑色星期五 2026-11-27 (the day
# after 感恩节, the fourth Thursday of November 2026, 11-26; GUIDELINES),
# written twice; 圣诞 2026-12-25, 元旦 2027-01-01 and 春节 2027-02-06
# (正月初一 of 2027), the coming ones.
# g208 (Macao, 2026-11-25): 聖誕 2026-12-25 and 農曆新年 2027-02-06
# (农历新年 is 春节), the coming ones (隨着…臨近).
HOLIDAY = {
    "今年国庆": "2026-10-01", "黑色星期五": "2026-11-27",
    "圣诞": "2026-12-25", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06, as precedent KB checked them with lunardate; 除夕 the day
# before; 八月十五: 2025-10-06, 2026-09-25, 2027-09-15); 黑色星期五
# computed from the calendar.  The mainland and Macao keep the PRC's
# National Day (10-01).
FIXED_MAINLAND = {"国庆": (10, 1), "十一": (10, 1), "元旦": (1, 1),
                  "双11": (11, 11), "圣诞": (12, 25), "國慶": (10, 1),
                  "聖誕": (12, 25), "聖誕節": (12, 25)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "聖誕": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}


def _black_friday(y):
    """The day after the fourth Thursday of November (GUIDELINES)."""
    first = datetime.date(y, 11, 1)
    thu = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thu + datetime.timedelta(weeks=3, days=1)


LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "農曆春節": _SPRING, "农历春节": _SPRING, "除夕": _EVE,
         "農曆新年": _SPRING, "农历新年": _SPRING,
         "黑色星期五": {y: _black_friday(y) for y in (2025, 2026, 2027)}}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12", "十一",
                 "星期五", "感恩", "冬至", "重阳", "重陽")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g207 (2026: the municipalities 北京, 上海, 重庆, 天津; the
    # prefecture-level 深圳, 东莞 (广东), 成都 (四川), 武汉 (湖北), 西安
    # (陕西), 长沙 (湖南), 郑州 (河南); the county-level city 义乌 (金华,
    # 浙江); 伦敦, 巴黎, 米兰, 洛杉矶, 曼谷, 吉隆坡 by their common names)
    "北京": "北京市", "上海": "上海市", "深圳": "深圳市", "成都": "成都市",
    "武汉": "武汉市", "西安": "西安市", "长沙": "长沙市", "郑州": "郑州市",
    "重庆": "重庆市", "天津": "天津市", "东莞": "东莞市", "义乌": "义乌市",
    "伦敦": "伦敦", "巴黎": "巴黎", "米兰": "米兰", "洛杉矶": "洛杉矶",
    "曼谷": "曼谷", "吉隆坡": "吉隆坡",
    # g208 (traditional spans; 澳門, 香港 by their common names; 深圳 and
    # 廣州 (广东) with 市; 里斯本, 聖保羅 by their common mainland names)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "里斯本": "里斯本",
    "聖保羅": "圣保罗",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"伦敦", "巴黎", "米兰", "洛杉矶", "曼谷", "吉隆坡", "澳门", "香港",
          "里斯本", "圣保罗"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s;
# SPEC: an ORG's `normalized` is the t2s of its text)
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "澳門中央證券託管結算一人有限公司": "澳门中央证券托管结算一人有限公司",
    "MCSD": "MCSD", "財政部": "财政部",
    "廣東省人民政府": "广东省人民政府",
    "國家開發銀行香港分行": "国家开发银行香港分行",
    "深圳市人民政府": "深圳市人民政府",
    "中國工商銀行（澳門）股份有限公司": "中国工商银行（澳门）股份有限公司",
    "工銀澳門": "工银澳门", "中國銀行澳門分行": "中国银行澳门分行",
    "大西洋銀行": "大西洋银行", "交通銀行澳門分行": "交通银行澳门分行",
    "澳門國際銀行": "澳门国际银行", "大豐銀行": "大丰银行",
    "澳門商業銀行": "澳门商业银行",
    "葡國儲蓄信貸銀行": "葡国储蓄信贷银行",
    "澳門銀行公會": "澳门银行公会",
    "中華（澳門）金融資產交易股份有限公司": "中华（澳门）金融资产交易股份有限公司",
    "MOX": "MOX", "珠海華發集團有限公司": "珠海华发集团有限公司",
    "盧森堡證券交易所": "卢森堡证券交易所",
    "珠海大橫琴集團有限公司": "珠海大横琴集团有限公司",
    "香港金融管理局": "香港金融管理局",
    "中央國債登記結算有限責任公司": "中央国债登记结算有限责任公司",
    "橫琴粵澳深度合作區金融發展局": "横琴粤澳深度合作区金融发展局",
    "中國人民銀行廣東省分行": "中国人民银行广东省分行",
    "國家外匯管理局廣東省分局": "国家外汇管理局广东省分局",
    "惠譽": "惠誉", "經濟財政司": "经济财政司", "立法會": "立法会",
    "特區政府": "特区政府", "統計暨普查局": "统计暨普查局",
    "澳門大學": "澳门大学", "澳門城市大學": "澳门城市大学",
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


def cn_whole(s):
    """1-9999 in Chinese numerals with 千/百/十 (一百二十六, 三十八, 三十一;
    new in annotate_ic.py): each digit before its place character, 十 alone
    at the head standing for 一十; a 零 between places is allowed.  Two
    digits side by side (两三, 七八) are vague (GUIDELINES) and fail."""
    m = re.fullmatch(r"(?:([一二两兩三四五六七八九])千)?零?"
                     r"(?:([一二两兩三四五六七八九])百)?零?"
                     r"(?:([一二两兩三四五六七八九]?)十)?"
                     r"([一二三四五六七八九]?)", s)
    assert m and s and not re.search("[一二三四五六七八九]{2}", s), s
    dg = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
    v = 0
    if m.group(1):
        v += dg[m.group(1)] * 1000
    if m.group(2):
        v += dg[m.group(2)] * 100
    if "十" in s:
        v += (dg[m.group(3)] if m.group(3) else 1) * 10
    if m.group(4):
        v += dg[m.group(4)]
    assert v > 0, s
    return v


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
        self.no_span_chars = {}         # declared character -> (word, count)
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py); a Big5-HKSCS file that cp950 reads
        # is cp950 (new in annotate_ic.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5"), ("big5hkscs", "cp950")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        # the first bytes after the BOM are the title's first character
        # (annotate_ia.py: read after the BOM)
        ch, code = FIRST_CHAR[doc_id]
        assert self.text[0] == ch and raw[:len(code)] == code == \
            ch.encode(enc), (doc_id, "first character")
        if enc == "gbk":        # GBK proper (annotate_jb.py's block, after
            # annotate_kc.py's): the characters Python's gb2312 cannot write
            # are exactly the declared ones: those outside GB2312, and the
            # GB2312 bytes gb2312 reads as another character (new here)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "gb2312")})
            declared = OUTSIDE_GB2312[doc_id]
            other = GB2312_READS_OTHER.get(doc_id, {})
            assert outside == sorted(set(declared) | set(other)), (
                doc_id, outside)
            assert declared, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared,
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                # in GBK's extension area: a lead or a trail byte below A1,
                # which no GB2312 decoder reads (annotate_nc.py's 珺 and
                # annotate_ic.py's 鲀 F7 83 had the trail byte below A1;
                # here 喆 86 B4 has the lead byte below A1: GBK/3)
                assert len(code) == 2 and min(code) >= 0x81, c
                assert (code[0] < 0xA1 or code[1] < 0xA1) and \
                    not decodes(code, "gb2312"), c
                word, k = OUTSIDE_GB2312_WORD[doc_id][c]
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            for c, (code, seen, word, k) in other.items():
                # GBK writes the character with GB2312 bytes that Python's
                # gb2312 reads as another character (· A1 A4 -> ・)
                assert c.encode(enc) == code and code in raw, (doc_id, c)
                assert code.decode("gb2312") == seen != c, (doc_id, c)
                assert code.decode("gb18030") == code.decode("cp936") == c
                assert self.text.count(c) == self.text.count(word) == k, c
                self.no_span_chars[c] = (word, k)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for o in ("cp936", "gb18030"):          # the GB family reads it
                assert raw.decode(o) == self.text, (doc_id, o)
            for o in ("big5", "cp950", "big5hkscs", "utf-16", "utf-16-le",
                      "utf-16-be"):
                assert not decodes(raw, o) or raw.decode(o) != \
                    self.text, (doc_id, o)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a character outside GB2312 is GB2312 byte
            # for byte, read back by gb2312 as the text but for the declared
            # readings (· -> ・ on the byline line, line 3)
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in declared for c in line):
                    back = line.encode(enc).decode("gb2312")
                    want = "".join(other[c][1] if c in other else c
                                   for c in line)
                    assert back == want, line
            for c in other:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
        if enc == "utf-8":      # UTF-8 WITH A BOM (annotate_ia.py's block
            # for a simplified article, made a traditional one here): exactly
            # one BOM EF BB BF (checked above); the BOM-aware utf-8-sig
            # reading is the text, the plain utf-8 reading keeps U+FEFF in
            # front of it (one code point that would shift every offset)
            assert bom == BOM8 and full[:3] == BOM8, doc_id
            assert full.decode("utf-8-sig") == self.text, doc_id
            assert full.decode("utf-8") == "\ufeff" + self.text, doc_id
            assert "\ufeff" not in self.text, doc_id
            # every non-ASCII character is three bytes in UTF-8 (the
            # full-width punctuation and the 「」 quotes too; no four-byte
            # character), so a count in bytes would shift every row after
            # the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
            assert len(raw) == sum(1 if ord(c) < 0x80 else 3
                                   for c in self.text), doc_id
            assert len(full) == len(raw) + 3, doc_id
            assert len(raw) > len(self.text) + 1000, doc_id
            # a legacy codec or UTF-16 fails on it or reads another text,
            # with the BOM and without it (annotate_ka.py)
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs", "utf-16", "utf-16-le",
                          "utf-16-be"):
                for b in (full, raw):
                    assert not decodes(b, other) or \
                        b.decode(other) != self.text, (doc_id, other)
            if self.traditional:
                # a Macao text in UTF-8 (new in annotate_hc.py, after
                # annotate_ic.py's Big5-HKSCS block): the characters outside
                # plain Big5 are exactly the declared ones, each outside (or
                # inside) cp950 as declared, inside Big5-HKSCS (Macao's
                # character set), and only in its declared word with its
                # declared count (in no span: checked per row)
                declared = OUTSIDE_BIG5[doc_id]
                outside = sorted({c for c in self.text
                                  if not enc_ok(c, "big5")})
                assert outside == sorted(declared), (doc_id, outside)
                assert outside, f"{doc_id}: declare a character outside Big5"
                for c in outside:
                    assert enc_ok(c, "cp950") == declared[c], (doc_id, c)
                    assert enc_ok(c, "big5hkscs"), (doc_id, c)
                    word, k = OUTSIDE_BIG5_WORD[doc_id][c]
                    assert self.text.count(c) == self.text.count(word) == k, c
                    self.no_span_chars[c] = (word, k)
                # every line without a declared character is plain Big5 and
                # cp950 (the file would be a Big5 file but for them)
                for line in self.text.split("\n"):
                    if not any(c in declared for c in line):
                        assert line.encode("big5").decode("big5") == \
                            line == line.encode("cp950").decode("cp950"), line
        if doc_id in MACAO:     # a Macao text (annotate_jc.py): the region
            # is named at least twice (GUIDELINES: Macao bodies without a
            # place, 統計暨普查局, 經濟財政司 …, stand alone as ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
        if self.traditional:    # every character Big5-HKSCS
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
        else:                   # a mainland text: every character is GBK
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
        else:                   # a mainland or Macao text writes no Taiwan
            for w in TAIWAN_MARKERS:                # marker and no bare 2-3
                assert w not in self.text, (doc_id, w)       # digit year
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
# g207 Trendy toys and blind boxes, November 2026: the byline 北京商报讯
# (the outlet before 讯; the declared 喆 of 王晓喆); 中国玩具和婴童用品协会
# 昨日（11月20日） on 今年前三季度 retail, 天猫/京东/抖音, 艾媒咨询 (今年,
# 2024年); 天猫 11月1日至11日; the regulators (市场监管总局 今年6月,
# 北京市市场监督管理局 本周一, 上海市消保委 上周, 中国消费者协会 今年前10个
# 月 against 去年同期, 广州市市场监督管理局 上月); 泡泡玛特 (10月下旬, 三季度,
# 9月底, its store in 北京 and 今年国庆, 上月); 52TOYS in 北京 (上周五（11月
# 13日）, 港交所), 布鲁可集团, 名创优品, KK集团 and KKV, 卡游 (明年一季度),
# 乐高集团 and 万代; malls (华润万象生活 in 深圳, 成都, 武汉; 王府井集团;
# 北京市商务局; 上海's 南京路 and 上海迪士尼乐园 11月16日, 当天); 名创优品
# in 西安, 长沙, 郑州 and 泡泡玛特 in 重庆, 天津; makers (东莞 with 黄埔
# 海关, 汕头海关 with 实丰文化 and 奥飞娱乐, 义乌 10月, 广东省玩具协会 with
# 黑色星期五, 圣诞, 明年1月); overseas (伦敦, 巴黎, 米兰, 洛杉矶, 曼谷,
# 吉隆坡; 美国玩具协会, 亚马逊 上周); the resale market (得物 上月 against 6月,
# 哔哩哔哩, 北京工商大学); the outlook (明年, 弗若斯特沙利文 2030年; 元旦,
# 春节).  Simplified, GBK without BOM, 2026-11-21 (a Saturday, ISO week
# 2026-W47), 北京商报.  昨日 2026-11-20; 本周一 2026-11-16; 上周五
# 2026-11-13; 上周 2026-W46; 上月 2026-10; 明年 2027; 去年同期 2025
# (after 今年前10个月).
# ===========================================================================
@doc
def g207():
    d = Doc(G207)
    Y, LY, NY = "2026", "2025", "2027"
    OCT = "2026-10"
    BJ, SZ, WH, SH, XA, TJ = ("北京市", "深圳市", "武汉市", "上海市",
                              "西安市", "天津市")
    DG, YW, LD, ML, JLP = "东莞市", "义乌市", "伦敦", "米兰", "吉隆坡"
    # title (a heading that opens with no city: no city section)
    d.date("潮玩[[前三季度]]线上", Y, "")
    d.metric("成交额增[[逾三成]] 头部", 30, "%", "over", "")
    # P1: the outlet before 讯 on the byline (GUIDELINES 北京商报讯 ->
    # 北京商报, no CITY 北京); the declared 喆 in no span
    d.org("[[北京商报]]讯")
    d.date("进入[[四季度]]，", "2026-Q4", "")
    d.org("。[[中国玩具和婴童用品协会]]昨日")
    d.date("协会[[昨日]]（", "2026-11-20", "")
    d.date("昨日（[[11月20日]]）", "2026-11-20", "")
    d.date("显示，[[今年前三季度]]全国", Y, "")
    d.metric("零售额[[约612亿元]]", "612e8", "元", "approx", "")
    d.metric("同比增长[[18.6%]]；", "18.6", "%", "exact", "")
    d.org("其中[[天猫]]、京东")
    d.org("、[[京东]]、抖音")
    d.org("、[[抖音]]等平台")
    d.metric("成交额[[约245亿元]]", "245e8", "元", "approx", "")
    d.metric("同比增长[[逾三成]]，盲盒", 30, "%", "over", "")
    d.metric("占比[[约27%]]。", 27, "%", "approx", "")
    d.org("。[[艾媒咨询]]预计")
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("有望[[突破860亿元]]", "860e8", "元", "over", "")
    d.date("较[[2024年]]增长", "2024", "")
    d.metric("增长[[近五成]]。", 50, "%", "approx", "")
    # P2 online
    d.org("，[[天猫]]数据")
    d.date("显示，[[11月1日]]至11日", "2026-11-01", "")
    d.date("11月1日至[[11日]]潮玩", "2026-11-11", "")
    d.metric("同比增长[[约41%]]", 41, "%", "approx", "")
    d.metric("单价[[200元以上]]的", 200, "元", "over", "")
    d.metric("成交额增长[[约67%]]", 67, "%", "approx", "")
    # P3 the regulators
    d.org("。[[市场监管总局]]今年6月")
    d.date("总局[[今年6月]]修订", "2026-06", "")
    d.metric("不得向[[8岁以下]]儿童", 8, "岁", "under", "")
    d.org("。[[北京市市场监督管理局]]本周一")
    d.date("管理局[[本周一]]通报", "2026-11-16", "")
    d.date("通报，[[今年]]以来全市", Y, "")
    d.metric("场所[[1860家次]]", 1860, "家次", "exact", "")
    d.metric("整改[[43家]]", 43, "家", "exact", "")
    d.metric("合计[[约126万元]]", "126e4", "元", "approx", "")
    d.org("。[[上海市消费者权益保护委员会]]（")
    d.org("简称“[[上海市消保委]]”）")
    d.date("”）[[上周]]公布", "2026-W46", "")
    d.metric("，[[60款]]样品", 60, "款", "exact", "")
    d.metric("中有[[14款]]未", 14, "款", "exact", "")
    d.metric("占比[[约23%]]。", 23, "%", "approx", "")
    d.org("。[[中国消费者协会]]统计")
    d.date("统计，[[今年前10个月]]全国", Y, "")
    d.metric("投诉[[约1.2万件]]", "1.2e4", "件", "approx", "")
    d.date("较[[去年同期]]下降约15%", LY, "")
    d.metric("下降[[约15%]]。", 15, "%", "approx", "")
    d.org("。[[广州市市场监督管理局]]上月")
    d.date("管理局[[上月]]也对", OCT, "")
    d.metric("全市[[32家]]潮玩", 32, "家", "exact", "")
    # P4 泡泡玛特
    d.org("。[[泡泡玛特国际集团]]（")
    d.org("简称“[[泡泡玛特]]”）")
    d.date("”）[[10月下旬]]披露", OCT, "")
    d.date("披露的[[三季度]]业务", "2026-Q3", "")
    d.date("公司[[三季度]]整体", "2026-Q3", "")
    d.metric("收益同比增长[[约1.2倍]]", "1.2", "倍", "approx", "")
    d.metric("收益增长[[约1.8倍]]", "1.8", "倍", "approx", "")
    d.metric("首次[[超过四成]]。", 40, "%", "over", "")
    d.date("截至[[9月底]]，泡泡玛特", "2026-09", "")
    d.org("9月底，[[泡泡玛特]]全球")
    d.metric("全球门店[[约640家]]", 640, "家", "approx", "")
    d.metric("海外门店[[约220家]]", 220, "家", "approx", "")
    d.metric("商店[[超过2600台]]", 2600, "台", "over", "")
    d.city("在[[北京]]的旗舰店")
    d.date("旗舰店[[今年国庆]]假期", "2026-10-01", BJ)
    d.metric("峰值[[超过3万人次]]", "3e4", "人次", "over", BJ)
    d.date("；[[上月]]起，门店", OCT, "")
    d.metric("单价在[[59元]]至", 59, "元", "exact", "")
    d.metric("至[[99元]]之间", 99, "元", "exact", "")
    # P5 the other companies
    d.city("位于[[北京]]的52TOYS")
    d.org("的[[52TOYS]]上周五")
    d.date("TOYS[[上周五]]（", "2026-11-13", BJ)
    d.date("上周五（[[11月13日]]）", "2026-11-13", BJ)
    d.org("在[[港交所]]挂牌")
    d.metric("收涨[[约26%]]", 26, "%", "approx", BJ)
    d.org("；[[布鲁可集团]]前三季度")
    d.date("集团[[前三季度]]营收", Y, "")
    d.metric("营收[[约21.4亿元]]", "21.4e8", "元", "approx", "")
    d.metric("同比增长[[约42%]]", 42, "%", "approx", "")
    d.metric("升至[[约17%]]。", 17, "%", "approx", "")
    d.org("。[[名创优品]]三季度")
    d.date("名创优品[[三季度]]潮玩", "2026-Q3", "")
    d.metric("销售额[[约9.6亿元]]", "9.6e8", "元", "approx", "")
    d.metric("同比增长[[约56%]]", 56, "%", "approx", "")
    d.org("；[[KK集团]]旗下")
    d.org("旗下[[KKV]]今年")
    d.date("KKV[[今年]]新开", Y, "")
    d.metric("门店[[约150家]]。", 150, "家", "approx", "")
    d.org("。[[卡游]]则计划")
    d.date("计划于[[明年一季度]]新增", "2027-Q1", "")
    d.metric("总投资[[约8亿元]]", "8e8", "元", "approx", "")
    d.org("。[[乐高集团]]、")
    d.org("、[[万代]]等国际")
    # P6 malls and cities
    d.org("。[[华润万象生活]]数据")
    d.date("业态[[前10个月]]销售额", Y, SZ)
    d.metric("同比增长[[约24%]]，深圳", 24, "%", "approx", SZ)
    d.city("，[[深圳]]、成都")
    d.city("、[[成都]]、武汉")
    d.city("、[[武汉]]三地")
    d.metric("贡献了[[近四成]]增量", 40, "%", "approx", WH)
    d.org("。[[王府井集团]]相关")
    d.date("表示，[[今年]]旗下", Y, "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    d.org("。[[北京市商务局]]数据")
    d.date("显示，[[今年]]北京新开", Y, BJ)
    d.city("今年[[北京]]新开")
    d.metric("首店[[27家]]", 27, "家", "exact", BJ)
    d.metric("总数的[[约11%]]", 11, "%", "approx", BJ)
    d.city("在[[上海]]，南京路")
    d.date("集合店[[本月]]增至", "2026-11", SH)
    d.metric("增至[[12家]]", 12, "家", "exact", SH)
    d.city("；[[上海]]迪士尼乐园")
    d.date("乐园[[11月16日]]起", "2026-11-16", SH)
    d.date("，[[当天]]售出", "2026-11-16", SH)
    d.metric("售出[[约1.8万个]]", "1.8e4", "个", "approx", SH)
    # P7 central and western cities
    d.org("。[[名创优品]]相关")
    d.date("表示，[[今年]]新开潮玩", Y, XA)
    d.metric("门店中[[约六成]]位于", 60, "%", "approx", XA)
    d.city("位于[[西安]]、")
    d.city("、[[长沙]]、")
    d.city("、[[郑州]]等城市")
    d.org("；[[泡泡玛特]]在重庆")
    d.city("在[[重庆]]、")
    d.city("、[[天津]]新开")
    d.metric("均[[超过500万元]]", "500e4", "元", "over", TJ)
    # P8 the makers and exporters (汕头 only inside 汕头海关)
    d.city("，[[东莞]]承担")
    d.metric("国内[[约八成]]潮玩", 80, "%", "approx", DG)
    d.org("。[[黄埔海关]]统计")
    d.date("统计，[[今年前10个月]]东莞", Y, DG)
    d.city("前10个月[[东莞]]出口")
    d.metric("玩具[[约486亿元]]", "486e8", "元", "approx", DG)
    d.metric("同比增长[[12.3%]]", "12.3", "%", "exact", DG)
    d.metric("出口增长[[约21%]]", 21, "%", "approx", DG)
    d.org("。[[汕头海关]]前三季度")
    d.date("海关[[前三季度]]监管", Y, "")
    d.metric("玩具[[约305亿元]]", "305e8", "元", "approx", "")
    d.org("，[[实丰文化]]、")
    d.org("、[[奥飞娱乐]]等企业")
    # 约为: the marker separated by the verb 为, outside the span
    # (GUIDELINES 约为19%); 平均 is the statistic cue for 天
    d.metric("周期约为[[45天]]", 45, "天", "approx", "", sep="约")
    d.city("在[[义乌]]，")
    d.date("小商品[[10月]]出口", OCT, YW)
    d.metric("出口额[[约8.3亿元]]", "8.3e8", "元", "approx", YW)
    d.metric("环比增长[[9.4%]]", "9.4", "%", "exact", YW)
    d.org("。[[广东省玩具协会]]预计")
    d.date("随着[[黑色星期五]]和", "2026-11-27", DG)
    d.date("和[[圣诞]]临近", "2026-12-25", DG)
    d.city("，[[东莞]]多家")
    d.date("排至[[明年1月]]。", "2027-01", DG)
    # P9 overseas (第15家 is an ordinal: no METRIC)
    d.org("，[[泡泡玛特]]今年先后")
    d.date("泡泡玛特[[今年]]先后", Y, LD)
    d.city("在[[伦敦]]、")
    d.city("、[[巴黎]]、")
    d.city("、[[米兰]]新开")
    d.date("计划在[[黑色星期五]]前", "2026-11-27", ML)
    d.city("于[[洛杉矶]]开出")
    d.org("；[[名创优品]]在曼谷")
    d.city("在[[曼谷]]、")
    d.city("、[[吉隆坡]]等地")
    d.metric("提升至[[约18%]]", 18, "%", "approx", JLP)
    d.org("。[[美国玩具协会]]预计")
    d.date("预计，[[今年]]美国", Y, "")
    d.metric("销售额增长[[约4%]]", 4, "%", "approx", "")
    d.org("；[[亚马逊]]上周")
    d.date("亚马逊[[上周]]上线", "2026-W46", "")
    d.metric("品牌[[超过120个]]。", 120, "个", "over", "")
    # P10 the resale market
    d.org("。[[得物]]数据")
    d.date("显示，[[上月]]热门", OCT, "")
    d.metric("溢价[[约1.6倍]]", "1.6", "倍", "approx", "")
    d.date("较[[6月]]高点", "2026-06", "")
    d.metric("回落[[约五成]]", 50, "%", "approx", "")
    # 哔哩哔哩会员购: the organization named in its service (SPEC 京东白条)
    d.org("；[[哔哩哔哩]]会员购")
    d.metric("同比增长[[约33%]]。", 33, "%", "approx", "")
    d.org("。[[北京工商大学]]一位")
    # P11 the outlook
    d.date("展望[[明年]]，", NY, "")
    d.org("，[[弗若斯特沙利文]]预计")
    d.date("到[[2030年]]将", "2030", "")
    d.metric("将[[超过2100亿元]]", "2100e8", "元", "over", "")
    d.metric("增长率[[约20%]]。", 20, "%", "approx", "")
    d.date("预计，[[元旦]]、", "2027-01-01", "")
    d.date("、[[春节]]前", "2027-02-06", "")
    d.metric("或达[[50万盒以上]]。", "50e4", "盒", "over", "")
    audit = {
        "orgs": ["北京商报", "中国玩具和婴童用品协会", "天猫", "京东", "抖音",
                 "艾媒咨询", "市场监管总局", "北京市市场监督管理局",
                 "上海市消费者权益保护委员会", "上海市消保委",
                 "中国消费者协会", "广州市市场监督管理局", "泡泡玛特国际集团",
                 "泡泡玛特", "52TOYS", "港交所", "布鲁可集团", "名创优品",
                 "KK集团", "KKV", "卡游", "乐高集团", "万代", "华润万象生活",
                 "王府井集团", "北京市商务局", "黄埔海关", "汕头海关",
                 "实丰文化", "奥飞娱乐", "广东省玩具协会", "美国玩具协会",
                 "亚马逊", "得物", "哔哩哔哩", "北京工商大学",
                 "弗若斯特沙利文"],
        "cities": ["北京", "上海", "广州", "深圳", "成都", "武汉", "西安",
                   "长沙", "郑州", "重庆", "天津", "东莞", "汕头", "义乌",
                   "南京", "伦敦", "巴黎", "米兰", "洛杉矶", "曼谷", "吉隆坡",
                   "中国", "美国", "广东", "欧洲", "北美", "中西部", "全国",
                   "全市", "国内", "海外", "本土", "城市", "全球"],
        # 北京 (byline outlet, 北京市市场监督管理局, 北京市商务局, 北京工商大学),
        # 上海 (上海市消费者权益保护委员会, 上海市消保委), 广州, 汕头, 广东, 中国
        # and 美国 stand elsewhere only inside ORG rows; 南京 of 南京路 (a city
        # before 路 is no CITY, GUIDELINES); 美国 of 今年美国假日季 (a country),
        # 中国 of 中国潮玩品牌 and 中国潮玩市场 (the country), 欧洲, 北美 (regions),
        # 中西部 (a region), 全国 (x2), 全市 (x3: deictic), 国内, 海外 (x5),
        # 本土, 城市 (等城市, 中西部城市), 全球
        "excluded": ["，[[南京]]路步行街", "今年[[美国]]假日季",
                     "上线[[中国]]潮玩", "，[[中国]]潮玩市场", "对[[欧洲]]出口",
                     "在[[北美]]的", "[[中西部]]城市", "中西部[[城市]]成为",
                     "郑州等[[城市]]；", "三季度[[全国]]潮玩",
                     "10个月[[全国]]涉及", "今年以来[[全市]]共",
                     "对[[全市]]32家", "，占[[全市]]首店", "了[[国内]]约八成",
                     "，其中[[海外]]收益", "，[[海外]]占比", "其中[[海外]]门店",
                     "，[[海外]]营收", "与[[本土]]品牌", "泡泡玛特[[全球]]门店",
                     "加速开拓[[海外]]市场"],
        # 第15家: an ordinal (SPEC 第6个), no METRIC
        "numbers_excluded": ["第[[15]]家门店"],
        # 一座 and 一位 (indefinites), 三地 (深圳、成都、武汉三地: the
        # collective label of a list just given, GUIDELINES), 二手 and
        # 二级市场 (second-hand, the resale market: labels)
        "cn_excluded": ["新增[[一]]座", "大学[[一]]位", "武汉[[三]]地",
                        "的[[二]]手溢价", "[[二]]级市场"],
        # IP (x3: a licensed character, a label), LABUBU (泡泡玛特's IP, a
        # product)
        "latin_excluded": ["看重[[IP]]形象", "[[LABUBU]]等", "LABUBU等[[IP]]的",
                           "转向[[IP]]运营"],
        # time words that are no DATE: 全年 (今年全年: outside the span,
        # GUIDELINES), 首日, 首月 (a store's first day and month), 单日 (a
        # single day's peak), 年轻, 年均 (a yearly average), 冬季 (x2: a
        # season without a year word, SPEC), 周期 (a cycle), 假日季 (the
        # holiday season: no named holiday); 季度 only inside DATE rows;
        # 同期 only inside 去年同期; 明显 (clearly); 天猫 (x2, ORG rows),
        # 当天 a row
        "words_excluded": {"全年": 1, "首日": 1, "首月": 1, "年轻": 1,
                           "年均": 1, "明显": 1, "单日": 1, "冬季": 2,
                           "周期": 1, "假日季": 1, "同期": 0, "同日": 0,
                           "日前": 0},
        # generic words outside ORG rows: 公司 (x2: 公司三季度, 该公司: read
        # back), 企业
        # (头部企业, 潮玩企业, 等企业), 平台 (等平台: a kind), 品牌 (x6: 头部品牌,
        # 国际品牌, 本土品牌, 潮玩品牌 x2, 入驻品牌, 各品牌), 集团 and 协会 and
        # 海关 and 大学 only inside ORG rows
        "orgwords_excluded": {"公司": 2, "企业": 3, "平台": 1, "集团": 0,
                              "协会": 0, "海关": 0, "大学": 0,
                              "委员会": 0, "管理局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g208 Macao's bond market and financial services, November 2026:
# 澳門金融管理局 (金管局) 昨（廿四）日 on 今年首10個月 issues through 澳門中央
# 證券託管結算一人有限公司 (MCSD), 10月底 against 去年底, the system's upgrade
# (本月, 明年第二季, 今（廿五）日); issuers in 澳門 (財政部 本月中旬, 廣東省人民
# 政府 上月, 國家開發銀行香港分行 年初 and 上周, 深圳市人民政府 明年); the banks
# (工銀澳門 上周五（20日）, 中國銀行澳門分行, 大西洋銀行, 交通銀行澳門分行,
# 澳門國際銀行; 大豐銀行 第三季 against 上季; 澳門商業銀行 明年首季; 葡國儲蓄
# 信貸銀行 明年; 澳門銀行公會 今年 against 2025年); MOX (今年首10個月; 珠海
# 華發集團有限公司 本月初 with 盧森堡證券交易所; 珠海大橫琴集團有限公司 12月);
# links (香港金融管理局, 中央國債登記結算有限責任公司 本月初); Hengqin (橫琴粵
# 澳深度合作區金融發展局 9月底, 今年首三季; 中國人民銀行廣東省分行 上月; 國家
# 外匯管理局廣東省分局); the banking system (9月底 against 去年同期; 中國銀行
# 澳門分行 上月); promotion in 里斯本 and 聖保羅, 惠譽 上月, 經濟財政司 and
# 立法會 (上周, 明年), 本周五（廿七日）, 特區政府, 統計暨普查局 (第三季, 兩年
# 前); the outlook (聖誕, 農曆新年, 12月, 明年1月; 澳門大學 10月 against 香港;
# 澳門城市大學 with 深圳 and 廣州; 今年, 2030年).  Traditional as Macao
# writes it (佔, 公佈, 周, 隻, 首10個月, 首三季, 第三季, 上季, 首季, 按年, 按月,
# 昨（廿四）日, 今（廿五）日, 本周五（廿七日）, 百分之一左右, 「」 quotes,
# 隨着), UTF-8 with BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48),
# 澳門日報; 【本報消息】 opens the first paragraph (no outlet named).
# 昨（廿四）日 2026-11-24; 今（廿五）日 2026-11-25; 上周五 2026-11-20; 本周五
# 2026-11-27; 上周 2026-W47; 上月 2026-10; 上季 2026-Q2 (after 第三季);
# 明年 2027; 去年底 2025; 去年同期 2025-09 (after 9月底).
# ===========================================================================
@doc
def g208():
    d = Doc(G208)
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    MO, HK, LIS = "澳门", "香港", "里斯本"
    # title: a heading that opens with the city 澳門 followed by 債 (no ：,
    # space or dash): no city section; the line is its sentence, and its
    # second half holds no DATE or METRIC
    d.city("[[澳門]]債市首10個月")
    d.date("債市[[首10個月]]發行額", Y, MO)
    d.metric("發行額增[[逾三成]] ", 30, "%", "over", MO)
    d.org(" [[MCSD]]託管系統")
    # P1 the monetary authority and the CSD (【本報消息】 names no outlet)
    d.org("】[[澳門金融管理局]]（")
    d.org("管理局（[[金管局]]）昨")
    d.date("）[[昨（廿四）日]]公佈", "2026-11-24", "")
    d.date("公佈，[[今年首10個月]]經", Y, "")
    d.org("經[[澳門中央證券託管結算一人有限公司]]（")
    d.org("有限公司（[[MCSD]]）登記")
    d.metric("債券共[[86隻]]", 86, "只", "exact", "")
    d.metric("發行額[[約1,240億澳門元]]", "1240e8", "澳门元", "approx", "")
    d.metric("按年增長[[約34%]]；", 34, "%", "approx", "")
    d.date("截至[[10月底]]，MCSD", OCT, "")
    d.org("，[[MCSD]]託管的")
    d.metric("餘額[[約1,520億澳門元]]", "1520e8", "澳门元", "approx", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約四成]]。金管局", 40, "%", "approx", "")
    d.org("。[[金管局]]表示，中央")
    d.date("已於[[本月]]完成", NOV, "")
    d.date("，[[明年第二季]]起", "2027-Q2", "")
    d.date("並於[[今（廿五）日]]起", "2026-11-25", "")
    # P2 the issuers
    d.org("。[[財政部]]本月中旬")
    d.date("財政部[[本月中旬]]在", NOV, MO)
    d.city("本月中旬在[[澳門]]發行")
    d.metric("發行[[60億元]]人民幣國債", "60e8", "元", "exact", MO)
    d.metric("票面利率[[1.72%]]", "1.72", "%", "exact", MO)
    d.metric("倍數[[約3.4倍]]", "3.4", "倍", "approx", MO)
    d.org("；[[廣東省人民政府]]上月")
    d.date("人民政府[[上月]]在", OCT, MO)
    d.city("上月在[[澳門]]發行")
    d.metric("發行[[25億元]]離岸", "25e8", "元", "exact", MO)
    d.metric("綠色債券[[10億元]]。", "10e8", "元", "exact", MO)
    d.org("。[[國家開發銀行香港分行]]繼")
    d.date("繼[[年初]]在", Y, MO)
    d.city("年初在[[澳門]]發行首筆")
    d.date("後，[[上周]]再發行", "2026-W47", MO)
    d.metric("再發行[[40億元]]人民幣", "40e8", "元", "exact", MO)
    d.metric("投資者[[約四成]]來自", 40, "%", "approx", MO)
    d.city("來自[[澳門]]本地機構")
    d.org("。[[深圳市人民政府]]亦")
    d.date("將於[[明年]]再度", NY, "")
    # P3 the banks: 中國工商銀行（澳門）股份有限公司 is one ORG (a bracketed
    # place inside a registered name, GUIDELINES 德瑞精密（越南）有限公司), and
    # 工銀澳門 its short form (its arm in Macao, GUIDELINES 支付宝澳门)
    d.org("。[[中國工商銀行（澳門）股份有限公司]]（")
    d.org("（[[工銀澳門]]）上周五")
    d.date("）[[上周五]]（", "2026-11-20", "")
    d.date("上周五（[[20日]]）", "2026-11-20", "")
    d.metric("發行[[30億澳門元]]高級", "30e8", "澳门元", "exact", "")
    d.metric("票面利率[[2.15%]]", "2.15", "%", "exact", "")
    d.metric("認購[[約3.1倍]]", "3.1", "倍", "approx", "")
    d.org("；[[中國銀行澳門分行]]、大西洋")
    d.org("、[[大西洋銀行]]、交通")
    d.org("、[[交通銀行澳門分行]]及")
    d.org("及[[澳門國際銀行]]等")
    d.metric("等[[9間]]銀行", 9, "间", "exact", "")
    d.org("。[[大豐銀行]]表示")
    d.date("表示，[[第三季]]其", "2026-Q3", "")
    d.date("較[[上季]]增加", "2026-Q2", "")
    d.metric("增加[[約12%]]；", 12, "%", "approx", "")
    d.org("；[[澳門商業銀行]]則")
    d.date("計劃於[[明年首季]]發行", "2027-Q1", "")
    d.metric("發行[[約10億澳門元]]的", "10e8", "澳门元", "approx", "")
    # 所屬的 between: two ORGs (GUIDELINES: 所属 makes two bodies)
    d.org("；[[大西洋銀行]]所屬的")
    d.org("所屬的[[葡國儲蓄信貸銀行]]亦")
    d.date("有意[[明年]]在澳", NY, "")
    d.org("。[[澳門銀行公會]]表示")
    d.date("會員銀行[[今年]]已", Y, "")
    d.metric("承銷債券[[逾120宗]]", 120, "宗", "over", "")
    d.date("較[[2025年]]增加", LY, "")
    d.metric("增加[[約五成]]。", 50, "%", "approx", "")
    # P4 MOX and the mainland issuers
    d.org("。[[中華（澳門）金融資產交易股份有限公司]]（")
    d.org("有限公司（[[MOX]]）統計")
    d.date("統計，[[今年首10個月]]在MOX", Y, "")
    d.org("在[[MOX]]上市")
    d.metric("債券共[[268隻]]", 268, "只", "exact", "")
    d.metric("規模[[約2,410億澳門元]]", "2410e8", "澳门元", "approx", "")
    d.metric("佔比[[約47%]]", 47, "%", "approx", "")
    d.metric("綠色債券[[約210億澳門元]]", "210e8", "澳门元", "approx", "")
    d.org("。[[珠海華發集團有限公司]]本月初")
    d.date("有限公司[[本月初]]在", NOV, MO)
    d.city("本月初在[[澳門]]發行")
    d.metric("發行[[5億美元]]高級", "5e8", "美元", "exact", MO)
    d.org("並在[[MOX]]及")
    d.org("及[[盧森堡證券交易所]]同步")
    d.org("；[[珠海大橫琴集團有限公司]]則")
    d.date("擬於[[12月]]發行", "2026-12", "")
    d.metric("發行[[20億元]]人民幣合作區", "20e8", "元", "exact", "")
    # P5 links
    d.org("，[[MCSD]]與香港")
    d.org("與[[香港金融管理局]]轄下")
    d.date("以來，[[今年首10個月]]經聯網", Y, "")
    d.metric("交易[[約210筆]]", 210, "笔", "approx", "")
    d.metric("結算金額[[約86億澳門元]]", "86e8", "澳门元", "approx", "")
    d.metric("按年增長[[約1.5倍]]", "1.5", "倍", "approx", "")
    d.org("；[[金管局]]本月初")
    d.date("金管局[[本月初]]亦", NOV, MO)
    d.org("與[[中央國債登記結算有限責任公司]]簽署")
    d.city("參與[[澳門]]債券市場")
    d.org("據[[金管局]]統計")
    d.org("在[[MCSD]]開戶")
    d.metric("增至[[43個]]，", 43, "个", "exact", "")
    # 約佔: the marker before 佔 qualifies the share (GUIDELINES 约占)
    d.metric("約佔[[三成]]。", 30, "%", "approx", "", sep="約")
    # P6 Hengqin (合作區 and 橫琴 are no cities)
    d.org("。[[橫琴粵澳深度合作區金融發展局]]數據")
    d.date("截至[[9月底]]，合作區", "2026-09", "")
    d.metric("累計[[約1,320家]]企業", 1320, "家", "approx", "")
    d.date("賬戶，[[今年首三季]]跨境", Y, "")
    d.metric("收支[[約1,860億元]]人民幣", "1860e8", "元", "approx", "")
    d.metric("增長[[約28%]]。中國", 28, "%", "approx", "")
    d.org("。[[中國人民銀行廣東省分行]]上月")
    d.date("分行[[上月]]起擴大", OCT, MO)
    d.city("擴大[[澳門]]居民")
    d.metric("增至[[14個]]；", 14, "个", "exact", MO)
    d.org("；[[國家外匯管理局廣東省分局]]則")
    d.metric("淨資產的[[3倍]]。", 3, "倍", "exact", "")
    # P7 the banking system (本澳 is deictic)
    d.org("，[[金管局]]數據顯示，截至9月底，本澳")
    d.date("截至[[9月底]]，本澳", "2026-09", "")
    d.metric("總資產[[約2.46萬億澳門元]]", "2.46e12", "澳门元", "approx", "")
    d.metric("按月增長[[0.8%]]", "0.8", "%", "exact", "")
    d.metric("居民存款[[約7,460億澳門元]]", "7460e8", "澳门元", "approx", "")
    d.metric("按年增長[[約3.2%]]", "3.2", "%", "approx", "")
    d.metric("率為[[5.1%]]", "5.1", "%", "exact", "")
    d.date("較[[去年同期]]下降", "2025-09", "")
    d.metric("下降[[0.6個百分點]]", "0.6", "百分点", "exact", "")
    d.org("。[[中國銀行澳門分行]]上月")
    d.date("分行[[上月]]發行", OCT, "")
    d.metric("規模[[約8億美元]]", "8e8", "美元", "approx", "")
    d.metric("訂單[[逾30億美元]]", "30e8", "美元", "over", "")
    # P8 promotion, rating, the law, the subsidy, the statistics
    d.org("，[[金管局]]上月聯同")
    d.date("金管局[[上月]]聯同", OCT, LIS)
    d.org("聯同[[MOX]]赴")
    d.city("赴[[里斯本]]、")
    d.city("、[[聖保羅]]推介")
    d.city("推介[[澳門]]債市")
    d.metric("當地[[約60家]]金融", 60, "家", "approx", MO)
    d.org("評級機構[[惠譽]]上月")
    d.date("惠譽[[上月]]確認", OCT, MO)
    d.city("確認[[澳門]]的主權")
    d.org("。[[經濟財政司]]表示")
    d.date("已於[[上周]]提交", "2026-W47", "")
    d.org("提交[[立法會]]，")
    d.date("爭取[[明年]]完成", NY, "")
    d.org("；[[金管局]]並將")
    d.date("將於[[本周五]]（", "2026-11-27", "")
    d.date("本周五（[[廿七日]]）", "2026-11-27", "")
    d.metric("預計[[逾200名]]業界", 200, "名", "over", "")
    d.org("；[[特區政府]]亦")
    d.metric("上限[[200萬澳門元]]。", "200e4", "澳门元", "exact", "")
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]本澳", "2026-Q3", "")
    d.metric("按年增長[[約9%]]", 9, "%", "approx", "")
    d.metric("升至[[約11.6%]]", "11.6", "%", "approx", "")
    d.date("較[[兩年前]]提高", "2024", "")
    d.metric("提高[[2.3個百分點]]", "2.3", "百分点", "exact", "")
    # P9 the outlook
    d.date("隨着[[聖誕]]及", "2026-12-25", "")
    d.date("及[[農曆新年]]臨近", "2027-02-06", "")
    d.date("臨近，[[12月]]至", "2026-12", "")
    d.date("12月至[[明年1月]]將", "2027-01", "")
    d.org("。[[澳門大學]]一位")
    d.date("偏少，[[10月]]日均", OCT, HK)
    d.metric("成交額[[不足3億澳門元]]", "3e8", "澳门元", "under", HK)
    d.city("僅為[[香港]]的")
    d.metric("的[[百分之一左右]]；", 1, "%", "approx", HK)
    d.org("；[[澳門城市大學]]一位")
    d.city("與[[深圳]]、")
    d.city("、[[廣州]]等大灣區")
    d.org("。[[金管局]]預計")
    d.date("預計，[[今年]]全年", Y, MO)
    d.org("經[[MCSD]]登記發行的債券有望")
    d.metric("有望[[突破1,500億澳門元]]", "1500e8", "澳门元", "over", MO)
    d.date("到[[2030年]]令", "2030", MO)
    d.city("在[[澳門]]託管")
    d.metric("達到[[5,000億澳門元]]。", "5000e8", "澳门元", "exact", MO)
    audit = {
        "orgs": ["澳門金融管理局", "金管局", "澳門中央證券託管結算一人有限公司",
                 "MCSD", "財政部", "廣東省人民政府", "國家開發銀行香港分行",
                 "深圳市人民政府", "中國工商銀行（澳門）股份有限公司", "工銀澳門",
                 "中國銀行澳門分行", "大西洋銀行", "交通銀行澳門分行",
                 "澳門國際銀行", "大豐銀行", "澳門商業銀行", "葡國儲蓄信貸銀行",
                 "澳門銀行公會", "中華（澳門）金融資產交易股份有限公司", "MOX",
                 "珠海華發集團有限公司", "盧森堡證券交易所",
                 "珠海大橫琴集團有限公司", "香港金融管理局",
                 "中央國債登記結算有限責任公司", "橫琴粵澳深度合作區金融發展局",
                 "中國人民銀行廣東省分行", "國家外匯管理局廣東省分局", "惠譽",
                 "經濟財政司", "立法會", "特區政府", "統計暨普查局", "澳門大學",
                 "澳門城市大學"],
        "cities": ["澳門", "本澳", "香港", "深圳", "廣州", "珠海", "橫琴",
                   "里斯本", "聖保羅", "盧森堡", "葡國", "內地", "合作區",
                   "大灣區", "城市", "本地", "當地", "境外"],
        # 本澳 (x3, deictic), 內地 (x2, a region), 合作區 (x4 outside ORGs:
        # the zone), 橫琴 (the zone, a part of 珠海), 大灣區 (a region), 城市
        # (大灣區城市: generic; elsewhere inside 澳門城市大學), 本地 (x3), 當地,
        # 境外; 深圳, 珠海, 橫琴, 盧森堡, 葡國 and
        # 香港 (but 僅為香港) stand elsewhere only inside ORG rows, 澳門
        # elsewhere inside ORG or METRIC rows (約1,240億澳門元 …)
        "excluded": ["，[[本澳]]銀行業", "第三季[[本澳]]金融業",
                     "便利[[內地]]投資者", "[[大灣區]]城市", "大灣區[[城市]]的",
                     "[[合作區]]企業債券", "，[[合作區]]累計", "，[[合作區]]內參與",
                     "將[[合作區]]企業", "來自澳門[[本地]]機構",
                     "佔[[本地]]生產總值", "與[[當地]]約60家", "其中[[境外]]機構",
                     "指出，[[本澳]]債券", "[[橫琴]]跨境金融", "[[內地]]企業赴澳",
                     "[[本地]]銀行亦"],
        "numbers_excluded": [],
        # 「一帶一路」 (a name), 二級市場 (the secondary market: a label), 一位
        # (x2, indefinites); 一 of 一人有限公司 inside an ORG row
        "cn_excluded": ["「[[一]]帶一路", "一帶[[一]]路」", "債券[[二]]級市場",
                        "大學[[一]]位學者", "大學[[一]]位研究員"],
        # CSD is never written; MCSD and MOX are ORG rows
        "latin_excluded": [],
        # time words that are no DATE: 按年 (x5), 按月, 日均 (a daily average),
        # 全年 (今年全年: outside the span, GUIDELINES), 旺季 (a busy season),
        # 初步 (preliminary); 同期 only inside 去年同期; 首階段, 首筆, 首次
        # (ordinals); 目前 (vague)
        "words_excluded": {"按年": 5, "按月": 1, "日均": 1, "全年": 1,
                           "旺季": 1, "初步": 1, "同期": 0, "當天": 0,
                           "日前": 0},
        # generic heads outside ORG rows: 銀行 (x7: 本地銀行, 政策性銀行, 會員
        # 銀行, 9間銀行, 銀行網點, 銀行體系, 銀行業: kinds), 公司 (none), 局,
        # 公會, 大學 only inside ORG rows, 政府 (地方政府債券 x2: a kind of
        # bond)
        "orgwords_excluded": {"銀行": 7, "公司": 0, "局": 0, "公會": 0,
                              "大學": 0, "政府": 2},
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)[點点]"
                     r"([〇零一二三四五六七八九]+)", span)
    if m:                       # 百分之四十二點九 -> 42.9 % (new in
        frac = "".join(CN_YEAR_DIGIT[c] for c in m.group(2))   # annotate_
        return Decimal("%d.%s" % (cn_int(m.group(1)), frac)), q, "%"  # ic)
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十][一二两兩三四五六七八九十百千零]*)"
                     r"([万萬亿億]?)([^一二两兩三四五六七八九十百千零万萬亿億\d]\D*)",
                     span)
    if m and re.search("[十百千]", m.group(1)) and not re.fullmatch(
            "[一二两兩三四五六七八九][十百千]", m.group(1)):
        # a whole number in Chinese numerals with places inside
        # (一百二十六個 -> 126, 三十八個 -> 38; new in annotate_ic.py)
        v = Decimal(cn_whole(m.group(1)))
        if m.group(2):
            v *= MAGNITUDE[m.group(2)]
        return v, q, m.group(3)
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
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:                       # 昨（廿三）日, 今（廿四）日 (Chinese numerals,
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]    # GUIDELINES 廿, 卅;
        day = ref + datetime.timedelta(days=k)          # new in annotate_ic)
        g = m.group(2)
        assert norm == day.isoformat() and day.day == (
            int(g) if g.isdigit() else cn_number(g)), r


def check_bare_day(d, r):
    """A bare day (16日, 21日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"(\d{1,2}|[十廿卅][一二三四五六七八九]?|"
                        r"[一二三四五六七八九])日", r["text"]):
        return                  # 廿六日 too (new in annotate_ic.py)
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
    if not re.fullmatch(r"((\d{1,2}|十[一二]?|[一二三四五六七八九])月"
                        r"(\d{1,2}日|底|份)?|\d{1,2}日|[十廿卅][一二三四五六七八九]?日|"
                        r"第?[一二三四1-4]季度?)", tx):    # 九月底, 廿六日 (ic)
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



def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year;
    annotate_kc.py's check, after annotate_qc.py, extended in annotate_jb.py
    to Arabic quarters and months (前3季, 前10月, 第2季) and to a year's end
    written after a ROC year (117年底, 明（116）年底)): parts of a year give
    the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末 after 月) the
    month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d季|前\d+[个個]?月|"
                 r"首(?:\d+|[一二三四五六七八九十]+)[个個]月|年初|年底|年末|\d{4}年同期|年度)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    m = re.search(r"(?<![前首])第?([一二三四1-4])季度?$", tx)
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


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared character (喆 of the GBK article, outside GB2312; 着
    # of the UTF-8 Macao article, outside plain Big5 and cp950) stands as
    # often as declared, each time inside its declared word, and in no span
    # (checked per row below; annotate_jb.py's byline-only rule widened to
    # declared words in annotate_ic.py)
    for ch, (word, k) in d.no_span_chars.items():
        places = [m.start() for m in re.finditer(re.escape(ch), d.text)]
        assert len(places) == k, (d.doc_id, ch, places)
        spots = [m.start() + word.index(ch)
                 for m in re.finditer(re.escape(word), d.text)]
        assert spots == places, (d.doc_id, ch, word)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
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
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
            assert s == r["unit"], ("unit", r, s)
        print("OpenCC t2s cross-check passed (%d names, %d units)" % (
            len(names), len(units)))
        # a traditional article is traditional as Macao writes it: OpenCC
        # t2s and back with s2hk gives the text again, but for the forms
        # Macao's papers write where s2hk writes others (here 隻/只, 周/週,
        # 戶/户, and 發/髮 of 華發, OpenCC's phrase error; annotate_jb.py's
        # s2tw round trip, made a Macao one in annotate_ic.py)
        trad = [d for d in built if d.traditional]
        back = t2s_all(t2s_all([d.text for d in trad]), "s2hk")
        for d, hk in zip(trad, back):
            assert len(hk) == len(d.text), d.doc_id
            pairs = {(a, b) for a, b in zip(d.text, hk) if a != b}
            assert pairs <= MACAO_FORMS, (d.doc_id, pairs - MACAO_FORMS)
            assert pairs, d.doc_id          # the declared forms are written
        print("OpenCC s2hk round trip passed (%d traditional)" % len(trad))
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間), but
        # the declared Macao forms (annotate_jc.py's check, after
        # annotate_qc.py)
        for d in trad:
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
        print("OpenCC s2t check passed (%d traditional)" % len(trad))
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
