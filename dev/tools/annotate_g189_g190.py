#!/usr/bin/env python3
"""Gold annotation for the held-out articles g189_low_altitude_economy_drones
and g190_macao_restaurants_food_festival (annotator KC).

Adapted from the precedent set's tools/annotate_lc.py (now dev/tools/annotate_g183_g184.py) (copied and the data
changed; it keeps the checks of annotate_lc.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact span
and the holidays recomputed without it, ROC years only in a Taiwan text,
relative words resolved from the reference date (本周一, 上周五, 上周六 to
the day of their week), the bare-day month rule, 当天/同日 repeating the
latest day, 去年同期 a year before its sentence's period, 上月 as a baseline
after a comparison word, the 上季 check, the range check, the 约占 check,
the declared shared unit, the hand-declared organizations of each article,
the bracketed-day check, a marker right before a METRIC span declared and
setting its qualifier, a suffix marker inside its span, 约为 declared as a
separated marker, the precision check, the check that a traditional article
holds no simplified character, the GBK block and the Macao block), with the
UTF-8-with-BOM block replaced by a Big5-HKSCS block (the file itself is
Big5-HKSCS here, not UTF-8).  Each mention is located by a short context
string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:

- g189 is simplified (mainland, 科技日报, 2026-11-19), stored as GBK
  without a BOM.  Its byline 科技日报记者 邵祎 林东晖 stands on line 3; the
  reporter's given name 祎 (U+794E, GBK B5 74: a trail byte below A1,
  outside the GB2312 cells) is outside GB2312, so Python's gb2312 fails on
  the file while gbk, cp936 and gb18030 read it alike; every other
  character is GB2312 (every non-ASCII character two bytes).  祎 lies in no
  span.  OpenCC t2s leaves the article unchanged.
- g190 is traditional (Macao, 澳門日報, 2026-11-22), stored as BIG5-HKSCS
  without a BOM (the title's 美 = AC FC opens the file).  Every non-ASCII
  character is two bytes.  One character is outside plain Big5 and cp950:
  氹 (U+6C39, Big5-HKSCS 9C AE) of 路氹 (Cotai, the reclaimed strip, no
  CITY), which stands in no span; plain big5 and cp950 fail on its bytes,
  so Big5-HKSCS is the narrowest codec that reads the file.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Macao, Hong
  Kong and Lisbon by their common names 澳门, 香港, 里斯本).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho33/precedent: README, NOTES_la/lb/lc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g189_g190.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_lc.py: the GBK block keeps its checks with 祎 (B5 74)
as the declared character; the UTF-8-with-BOM block is replaced by a
Big5-HKSCS block (no BOM; strict big5hkscs decoding and round trip; plain
big5 and cp950 fail on the file; two bytes a non-ASCII character; the
declared 氹 written 9C AE wherever it stands; the GB family, UTF-8 and
UTF-16 fail or read another text; the title's 美 = AC FC first); the Macao
block keeps 氹 as its declared character; S2T_ALLOWED holds 里 of 里斯本
(OpenCC s2t turns a lone 里 into 裏); the holiday table holds 国庆/國慶,
明年春节, 聖誕, 元旦 and 明年農曆新年; check_precision also counts back N年前
written in Chinese numerals (两年前); units 架, 架次, 个, 条, 单, 分钟, 公斤,
公里, 元, 吨, 米, 起, 家, 人, 小时, 倍, % and 人次, 个, 张, 百分点, 份, 笔,
澳门元, 场, 名, 家, 公吨, 间, 宗, 元, %.  Re-run (from anywhere):

    python3 dev/tools/annotate_g189_g190.py
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
G189 = "g189_low_altitude_economy_drones"
G190 = "g190_macao_restaurants_food_festival"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G189: ("gbk", b"", False, "2026-11-19", "科技日报"),
    G190: ("big5hkscs", b"", True, "2026-11-22", "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G189: [], G190: []}
# characters of the mainland GBK article that GB2312 lacks (GBK has them),
# with their GBK bytes: 祎 of the reporter's name (in no span; on the
# byline line)
OUTSIDE_GB2312 = {G189: {"祎": b"\xb5\x74"}}
# characters of the Macao article that plain Big5 and cp950 lack
# (Big5-HKSCS has them), with their Big5-HKSCS bytes: 氹 of 路氹 (in no
# span)
OUTSIDE_BIG5 = {G190: {"氹": b"\x9c\xae"}}
# Macao articles: the region is named (GUIDELINES: Macao bodies without a
# place in their names, 旅游局, 市政署 …, are ORGs in a text that names the
# region at least twice)
MACAO = {G190}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# Taiwan markers a non-Taiwan article may write, with their counts (none)
MARKER_ALLOWED = {}
# 2-digit figures before 年 that a non-Taiwan article may write (none)
TWO_DIGIT_NIAN_ALLOWED = {}
# characters a Macao text writes as traditional though OpenCC s2t would
# change them alone: 里 of 里斯本 (Lisbon; s2t turns a lone 里 into 裏, the
# name keeps 里 in every traditional standard)
S2T_ALLOWED = {G190: {"里"}}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "还务贸进监协调组织计划补贴额实际预测据显"
                   "横粤区执设简闻运统签协综渐圣罗诞语层"
                   "学医疗参费诊药级养寿术专谈头宁设门师将绩毕"
                   "历业论课础读选优奖贷职荐锦韩兰"
                   "馆类价变总数显报贴压业绩连锁减关闭结旧摊栏"
                   "图热诞农历节际联会鸿领东广尔"
                   "税预岁储备拨资审议综开闸轻线设卫养凭证评级维稳缓销"
                   "检视赖较"
                   "会议览贸进项获签举办观众设标认证厂联团组机场营专达馆径际环车队"
                   "检缓紧训课员"
                   "猪鲜饮类涨电门调规标监辅场岛闭"
                   "创资询腾讯证监启维红马锡谋导"
                   "产业园协议备录诉验实访"
                   "赛营罗览众终际飞喷湾乐归")
# Holidays the articles name, by their exact span (2025-2027): g189
# (mainland, 2026-11-19): 国庆 2026-10-01 (the one just past: 国庆假期 in
# a sentence about the holiday's flights), 明年春节 2027-02-06 (正月初一 of
# 2027; a year word before the holiday is inside the span, GUIDELINES);
# g190 (Macao, 2026-11-22): 國慶 2026-10-01 (Macao keeps the PRC's National
# Day; 黃金周 after it), 聖誕 2026-12-25 and 元旦 2027-01-01 (the coming
# ones, no year written in their sentence), 明年農曆新年 2027-02-06
# (农历新年 is 春节).
HOLIDAY = {
    "国庆": "2026-10-01", "明年春节": "2027-02-06",
    "國慶": "2026-10-01", "聖誕": "2026-12-25", "元旦": "2027-01-01",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一", "黑色星期")
# Independent holiday dates for check_holiday(): fixed days of the mainland
# and Macao, a table of lunar days (正月初一, as the precedents checked them
# with lunardate for 2025-2027) and days computed from the calendar
# (黑色星期五; none here)
FIXED_DAYS = {"国庆": (10, 1), "國慶": (10, 1), "元旦": (1, 1),
              "圣诞": (12, 25), "聖誕": (12, 25), "双11": (11, 11),
              "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆新年": _SPRING,
         "农历新年": _SPRING}


def _black_friday(y):
    """The day after 感恩节, the fourth Thursday of November."""
    first = datetime.date(y, 11, 1)
    thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7)
    return thursday + datetime.timedelta(days=21 + 1)


COMPUTED_DAYS = {"黑色星期五": _black_friday}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g189 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 深圳, 广州, 东莞, 惠州, 珠海, 中山 (广东), 苏州, 宿迁, 无锡, 南京
    # (江苏), 西安 (陕西), 杭州, 湖州 (浙江), 合肥, 芜湖 (安徽), 成都, 自贡
    # (四川), 长沙 (湖南), 安阳 (河南); Hong Kong by its common name)
    "深圳": "深圳市", "上海": "上海市", "北京": "北京市", "香港": "香港",
    "广州": "广州市", "东莞": "东莞市", "惠州": "惠州市", "苏州": "苏州市",
    "宿迁": "宿迁市", "西安": "西安市", "杭州": "杭州市", "湖州": "湖州市",
    "合肥": "合肥市", "成都": "成都市", "珠海": "珠海市", "中山": "中山市",
    "重庆": "重庆市", "芜湖": "芜湖市", "无锡": "无锡市", "长沙": "长沙市",
    "南京": "南京市", "自贡": "自贡市", "安阳": "安阳市",
    # g190 (traditional spans; 澳門 and 香港 by their common names, 里斯本
    # (Lisbon) by its common Chinese name; mainland cities by their full
    # simplified names: 廣州 -> 广州市, 揚州 -> 扬州市, 江門 -> 江门市; 深圳,
    # 佛山, 上海, 杭州, 成都, 北京, 淮安, 珠海, 中山 written alike)
    "澳門": "澳门", "廣州": "广州市", "佛山": "佛山市", "揚州": "扬州市",
    "淮安": "淮安市", "里斯本": "里斯本", "江門": "江门市",
}
# cities normalized without 市: Macao, Hong Kong and foreign cities by their
# common Chinese names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"澳门", "香港", "里斯本"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "澳門餐飲業聯合商會": "澳门餐饮业联合商会", "澳門飲食業工會": "澳门饮食业工会",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局", "旅遊局": "旅游局",
    "攜程": "携程", "銀河娛樂集團": "银河娱乐集团", "銀娛": "银娱",
    "金沙中國": "金沙中国", "新濠博亞娛樂": "新濠博亚娱乐", "永利澳門": "永利澳门",
    "美高梅中國": "美高梅中国", "澳娛綜合": "澳娱综合",
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局", "澳門通": "澳门通",
    "中國銀行澳門分行": "中国银行澳门分行", "大豐銀行": "大丰银行",
    "Visa": "Visa", "支付寶澳門": "支付宝澳门", "微信支付": "微信支付",
    "中國銀聯": "中国银联", "聯合國教科文組織": "联合国教科文组织",
    "社會文化司": "社会文化司", "特區政府": "特区政府",
    "澳門旅遊大學": "澳门旅游大学", "澳門貿易投資促進局": "澳门贸易投资促进局",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "珠海市商務局": "珠海市商务局", "環境保護局": "环境保护局", "環保局": "环保局",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局", "市政署": "市政署",
    "勞工事務局": "劳工事务局", "消費者委員會": "消费者委员会",
    "澳門科技大學": "澳门科技大学", "澳門烹飪協會": "澳门烹饪协会",
    "澳門酒店協會": "澳门酒店协会",
}

CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
# ISO weekday numbers (Monday 1), as datetime.date.fromisocalendar takes them
WEEKDAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7,
           "天": 7}

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
        # file that GBK reads is GBK, a Big5-HKSCS file that Big5 reads is
        # Big5 (new in annotate_rc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "gbk":        # GBK proper (annotate_ob.py's block): the
            outside = sorted({c for c in self.text   # declared characters
                              if not enc_ok(c, "gb2312")})   # are the only
            declared = OUTSIDE_GB2312[doc_id]        # ones GB2312 lacks
            assert outside == sorted(declared), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            for c, code in declared.items():        # written as declared
                assert c.encode(enc) == code and code in raw, (doc_id, c)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):      # the GB family reads it
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs", "utf-16-le",
                          "utf-16-be"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # 祎 is B5 74: its trail byte lies below A1, outside the GB2312
            # cells (GBK's extension area); the byte count is still two per
            # non-ASCII character (annotate_nc.py)
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # every line without a declared character is GB2312, byte for
            # byte; the declared character stands on the byline line (line
            # 3) only, after the title
            lines = self.text.split("\n")
            for line in lines:
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            for c in outside:
                assert c in lines[2] and all(c not in x for i, x in
                                             enumerate(lines) if i != 2), c
            self.no_span_chars = outside
        if enc == "big5hkscs":  # BIG5-HKSCS WITHOUT A BOM (new in
            # annotate_kc.py, replacing annotate_lc.py's UTF-8-with-BOM
            # block): the strict decode and round trip above read the file;
            # no BOM of any kind, and every non-ASCII character is two bytes
            # (no HKSCS code that reads as two code points), so a count in
            # bytes or in another codec's characters would shift every row
            assert bom == b"" and not full.startswith((BOM8, BOM16LE,
                                                       BOM16BE)), doc_id
            assert "\ufeff" not in self.text, doc_id
            assert len(raw) == sum(1 if ord(c) < 0x80 else 2
                                   for c in self.text), doc_id
            # the narrowest reader: plain big5 and cp950 (Taiwan's Big5) both
            # fail on the file, at the declared characters' bytes and nowhere
            # else (every line without a declared character is plain Big5,
            # byte for byte)
            for narrow in ("big5", "cp950"):
                assert not decodes(raw, narrow), (doc_id, narrow)
            declared = OUTSIDE_BIG5[doc_id]
            for c, code in declared.items():
                assert c.encode(enc) == code, (doc_id, c)
                assert raw.count(code) >= self.text.count(c) > 0, (doc_id, c)
                for narrow in ("big5", "cp950"):
                    assert not decodes(code, narrow), (c, narrow)
            for line in self.text.split("\n"):
                if not any(c in declared for c in line):
                    assert all(enc_ok(c, "big5") for c in line), (
                        doc_id, "not plain Big5",
                        [c for c in line if not enc_ok(c, "big5")])
                    assert line.encode("big5") == line.encode(enc), line
            # the first bytes are the title's first character (美 = AC FC)
            assert raw[:2] == self.text[0].encode(enc) == b"\xac\xfc", \
                doc_id
            # the GB family, UTF-8 and UTF-16 fail on it or read another
            # text (Big5 bytes often decode as GB18030: the result differs)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-8-sig",
                          "utf-16", "utf-16-le", "utf-16-be"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
        if not self.traditional:    # a mainland text: every character is
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id  # GBK
        if doc_id in MACAO:     # a Macao text (annotate_mb.py's Hong Kong
            # block with annotate_mc.py's Macao character, applied to the
            # decoded text of a Big5-HKSCS file): Big5-HKSCS holds every
            # character; the declared ones alone are outside plain Big5, and
            # outside cp950 too (Hong Kong's and Macao's, not Taiwan's)
            outside = sorted({c for c in self.text
                              if not enc_ok(c, "big5")})
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(enc_ok(c, "big5hkscs") for c in self.text), doc_id
            for c in outside:
                assert not enc_ok(c, "cp950"), c
                assert len(c.encode("big5hkscs")) == 2, c
            assert "氹".encode("big5hkscs") == b"\x9c\xae"
            # each would be two bytes in Big5-HKSCS, like every other
            # non-ASCII character of the text
            assert all(len(c.encode("big5hkscs")) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # the region is named at least twice (GUIDELINES: Macao bodies
            # without a place, 旅遊局, 市政署, 勞工事務局 …, stand alone as
            # ORGs)
            assert self.text.count("澳門") + self.text.count("本澳") >= 2
            # the declared character stands in no span (氹 of 路氹, once,
            # in the body; checked in check())
            assert self.text.count("氹") == 1 and "路氹" in self.text
            self.no_span_chars = outside
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or HK text writes no Taiwan
            allowed = MARKER_ALLOWED.get(doc_id, {})  # marker but the
            for w in TAIWAN_MARKERS:                  # declared ones, and
                assert self.text.count(w) == allowed.get(w, 0), (  # no bare
                    doc_id, w)                        # 2-3 digit year
            found = Counter(m.group() for m in re.finditer(
                r"(?<![\d.,])\d{2,3}年.?", self.text))
            assert found == Counter(TWO_DIGIT_NIAN_ALLOWED.get(
                doc_id, {})), (doc_id, found)
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
                assert re.match(r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?"
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
# g189 The low-altitude economy, November 2026: 民航局's drone registrations
# and flight counts (the National Day holiday's tourist flights), 国家发展
# 改革委低空经济发展司's briefing; 深圳 (深圳市交通运输局's routes and
# landing points, 美团's drone deliveries in 深圳, 上海, 北京, 香港, 大疆's
# new cargo drone); logistics (顺丰控股's 丰翼科技 in 广州, 东莞, 惠州, 苏州,
# 京东物流 in 宿迁 and 西安, 中通快递's order from 峰飞航空科技, 迅蚁 with the
# 浙江 post in 杭州 and 湖州); eVTOL makers (亿航智能 in 合肥, 广州, 深圳,
# 吉利控股集团's 沃飞长空 certified by 中国民用航空局 with its 成都 plant,
# 小鹏汽车's 小鹏汇天 in 广州, 时的科技 with 中国航空器材集团); airports and
# networks (深圳宝安国际机场 to 珠海 and 中山, 中国移动 with 华为, 中国电信 to
# 芜湖, 无锡, 长沙); capital (赛迪顾问, 深创投, 中金资本, 工商银行深圳市分行,
# 合肥市发展和改革委员会); local policy (杭州市交通运输局, 苏州, 无锡, 南京,
# the test zones of 自贡 and 安阳); safety (民航局, the 2024 regulation, the
# coming 春节; 深圳市无人机行业协会) and the outlook (中国航空运输协会,
# 中国民航大学, 2030).
# Simplified, GBK without BOM, 2026-11-19 (a Thursday, ISO week 2026-W47),
# 科技日报; the byline 科技日报记者 邵祎 林东晖 on line 3.  昨日（18日）
# 2026-11-18; 本月12日 2026-11-12; 本月15日 2026-11-15; 本周一 2026-11-16;
# 上周 2026-W46; 上月 2026-10, and 2026-09 as a baseline after 较 in a
# sentence of 10月; 国庆 2026-10-01; 明年春节 2027-02-06; 年底 2026;
# 2027年底 2027; 明年 2027; 明年一季度 2027-Q1; 两年前 2024; 去年, 去年底
# 2025; 去年同期 2025 (after 国庆) and 2025-10 (after 10月).
# ===========================================================================
@doc
def g189():
    d = Doc(G189)
    Y, LY, NY = "2026", "2025", "2027"
    SZ, HK, GZ, SUZ, SQ, XA, HUZ, HF, CD, ZS, CQ, WH, HZ, NJ, AY = (
        "深圳市", "香港", "广州市", "苏州市", "宿迁市", "西安市", "湖州市",
        "合肥市", "成都市", "中山市", "重庆市", "芜湖市", "杭州市", "南京市",
        "安阳市")
    ZH = "珠海市"
    # title (a heading of 39 characters that opens with no city: no city
    # section, no CITY)
    d.date("升温 [[前三季度]]无人机", Y, "")
    d.metric("同比增长[[62.4%]]\n", "62.4", "%", "exact", "")
    # byline 科技日报记者 邵祎 林东晖 (the outlet before 记者 at the start of
    # a line is an ORG; 祎 in no span; a heading that opens with an ORG, no
    # city section; no place filed from)
    d.org("[[科技日报]]记者")
    # P1 民航局's registrations and flights, the holiday, the briefing
    d.org("\n\n[[民航局]]昨日")
    d.date("民航局[[昨日]]（18日）", "2026-11-18", "")
    d.date("昨日（[[18日]]）", "2026-11-18", "")
    d.date("截至[[10月底]]，全国", "2026-10", "")
    d.metric("航空器[[约268.5万架]]", "268.5e4", "架", "approx", "")
    d.date("较[[去年底]]增长41.2%", LY, "")
    d.metric("增长[[41.2%]]", "41.2", "%", "exact", "")
    d.date("；[[今年前三季度]]，全国", Y, "")
    d.metric("累计飞行[[约1.86亿架次]]", "1.86e8", "架次", "approx", "")
    d.metric("同比增长[[近五成]]", 50, "%", "approx", "")
    d.metric("类飞行[[约2150万架次]]", "2150e4", "架次", "approx", "")
    d.metric("同比增长[[62.4%]]。", "62.4", "%", "exact", "")
    d.date("。[[国庆]]假期", "2026-10-01", "")
    d.metric("文旅飞行[[约38.7万架次]]", "38.7e4", "架次", "approx", "")
    d.date("较[[去年同期]]增长逾三成", LY, "")
    d.metric("增长[[逾三成]]", 30, "%", "over", "")
    d.org("[[国家发展改革委低空经济发展司]]相关")
    d.date("在[[本月12日]]的", "2026-11-12", "")
    d.metric("已有[[超过80个]]城市", 80, "个", "over", "")
    # P2 深圳
    d.city("\n\n[[深圳]]依然")
    d.org("。[[深圳市交通运输局]]介绍")
    d.date("介绍，[[今年前10个月]]深圳", Y, SZ)
    d.city("今年前10个月[[深圳]]新开通")
    d.metric("航线[[87条]]", 87, "条", "exact", SZ)
    d.metric("起降点[[约1460个]]", 1460, "个", "approx", SZ)
    d.metric("载货飞行[[突破62万架次]]", "62e4", "架次", "over", SZ)
    d.metric("同比增长[[68.3%]]", "68.3", "%", "exact", SZ)
    d.date("到[[2027年底]]起降点", "2027", SZ)
    d.metric("将[[超过2000个]]", 2000, "个", "over", SZ)
    d.city("其中，[[深圳]]10月")
    d.date("深圳[[10月]]单月", "2026-10", SZ)
    d.metric("载货飞行[[约7.4万架次]]", "7.4e4", "架次", "approx", SZ)
    d.date("较[[去年同期]]增长71%", "2025-10", SZ)
    d.metric("增长[[71%]]", 71, "%", "exact", SZ)
    d.metric("环比增长[[9.6%]]", "9.6", "%", "exact", SZ)
    d.org("[[美团]]相关")
    d.city("覆盖[[深圳]]、上海")
    d.city("深圳、[[上海]]、北京、香港")
    d.city("上海、[[北京]]、香港")
    d.city("北京、[[香港]]等城市")
    d.metric("城市的[[63条]]航线", 63, "条", "exact", HK)
    d.date("，[[上月]]完成订单", "2026-10", HK)
    d.metric("订单[[约5.2万单]]", "5.2e4", "单", "approx", HK)
    d.metric("约为[[15分钟]]", 15, "分钟", "approx", HK, sep="约")
    d.metric("缩短[[近四成]]", 40, "%", "approx", HK)
    d.org("[[大疆]]昨日")
    d.date("大疆[[昨日]]在深圳", "2026-11-18", SZ)
    d.city("昨日在[[深圳]]发布")
    d.metric("可达[[80公斤]]", 80, "公斤", "exact", SZ)
    d.date("将于[[12月]]交付", "2026-12", SZ)
    # P3 logistics companies
    d.org("[[顺丰控股]]旗下")
    d.org("旗下[[丰翼科技]]数据")
    d.date("显示，[[今年前三季度]]其无人机", Y, GZ)
    d.metric("快件[[约96万单]]", "96e4", "单", "approx", GZ)
    d.city("在[[广州]]、东莞")
    d.city("、[[东莞]]、")
    d.city("、[[惠州]]、")
    d.city("、[[苏州]]等城市运营")
    d.metric("航线[[超过180条]]", 180, "条", "over", SUZ)
    d.metric("约为[[30架次]]", 30, "架次", "approx", SUZ, sep="约")
    d.org("[[京东物流]]本周一")
    d.date("京东物流[[本周一]]在", "2026-11-16", SQ)
    d.city("江苏[[宿迁]]、")
    d.city("陕西[[西安]]启用")
    d.metric("半径[[3]]至5公里", 3, "公里", "exact", XA, shared="公里")
    d.metric("至[[5公里]]", 5, "公里", "exact", XA)
    d.org("[[中通快递]]向")
    d.org("向[[峰飞航空科技]]追加")
    d.metric("追加采购的[[20架]]", 20, "架", "exact", "")
    d.date("将于[[明年一季度]]起", "2027-Q1", "")
    d.org("企业[[迅蚁]]与")
    d.org("与[[中国邮政集团有限公司浙江省分公司]]在")
    d.city("在[[杭州]]、湖州两地")
    d.city("、[[湖州]]两地")
    d.metric("飞行[[逾3.4万架次]]", "3.4e4", "架次", "over", HUZ)
    # P4 eVTOL makers
    d.org("。[[亿航智能]]上周")
    d.date("亿航智能[[上周]]公布", "2026-W46", HF)
    d.date("公布，[[第三季度]]公司", "2026-Q3", HF)
    d.metric("营收[[约2.37亿元]]", "2.37e8", "元", "approx", HF)
    d.metric("同比增长[[逾两倍]]", 2, "倍", "over", HF)
    d.city("在[[合肥]]、广州、深圳等地")
    d.city("合肥、[[广州]]、深圳等地")
    d.city("广州、[[深圳]]等地")
    d.metric("累计运营[[超过1.2万架次]]", "1.2e4", "架次", "over", SZ)
    d.org("[[吉利控股集团]]旗下")
    d.org("旗下[[沃飞长空]]今年")
    d.date("沃飞长空[[今年9月]]获", "2026-09", CD)
    d.org("获[[中国民用航空局]]颁发")
    d.org("，[[沃飞长空]]相关")
    d.city("位于[[成都]]的")
    d.metric("可达[[1000架]]", 1000, "架", "exact", CD)
    d.metric("订单[[约1200架]]", 1200, "架", "approx", CD)
    d.org("[[小鹏汽车]]旗下")
    d.org("旗下[[小鹏汇天]]在")
    d.city("小鹏汇天在[[广州]]的")
    d.date("已于[[10月]]试产", "2026-10", GZ)
    d.date("计划在[[明年一季度]]交付", "2027-Q1", GZ)
    d.org("。[[时的科技]]则")
    d.org("与[[中国航空器材集团]]签署")
    d.metric("签署了[[约100架]]整机", 100, "架", "approx", "")
    # P5 airports and networks
    d.org("[[深圳宝安国际机场]]今年")
    d.date("机场[[今年]]已开通", Y, ZH)
    d.city("至[[珠海]]、中山")
    d.city("珠海、[[中山]]的")
    d.date("截至[[本月15日]]累计", "2026-11-15", ZS)
    d.metric("物资[[约860吨]]", 860, "吨", "approx", ZS)
    d.date("；[[10月]]，该机场", "2026-10", "")
    d.metric("货运[[约1350架次]]", 1350, "架次", "approx", "")
    d.date("较[[上月]]增长14.5%", "2026-09", "")
    d.metric("增长[[14.5%]]", "14.5", "%", "exact", "")
    d.org("[[中国移动]]联合")
    d.org("联合[[华为]]在")
    d.city("华为在[[深圳]]、杭州")
    d.city("深圳、[[杭州]]、重庆")
    d.city("杭州、[[重庆]]等地建成")
    d.metric("基站[[约1.1万个]]", "1.1e4", "个", "approx", CQ)
    d.metric("可对[[120米以下]]空域", 120, "米", "under", CQ)
    d.org("；[[中国电信]]则")
    d.date("在[[年底]]前", Y, WH)
    d.city("延伸至[[芜湖]]、")
    d.city("、[[无锡]]、长沙")
    d.city("、[[长沙]]等城市")
    # P6 capital
    d.org("[[赛迪顾问]]统计")
    d.date("统计，[[今年前三季度]]国内", Y, "")
    d.metric("融资事件[[143起]]", 143, "起", "exact", "")
    d.metric("披露金额[[约216亿元]]", "216e8", "元", "approx", "")
    d.metric("同比增长[[37.8%]]", "37.8", "%", "exact", "")
    d.metric("占比[[超过四成]]", 40, "%", "over", "")
    d.org("[[深创投]]、")
    d.org("、[[中金资本]]等机构")
    d.org("；[[工商银行深圳市分行]]已")
    d.metric("授信[[超过150亿元]]", "150e8", "元", "over", "")
    d.org("[[合肥市发展和改革委员会]]数据")
    d.city("显示，[[合肥]]低空")
    d.date("由[[两年前]]的", "2024", HF)
    d.metric("的[[约120家]]", 120, "家", "approx", HF)
    d.metric("增至[[300余家]]", 300, "家", "over", HF)
    d.date("，[[去年]]产值约420", LY, HF)
    d.metric("产值[[约420亿元]]", "420e8", "元", "approx", HF)
    # P7 local policy
    d.org("[[杭州市交通运输局]]制定")
    d.date("办法[[11月]]起施行", "2026-11", HZ)
    d.city("对在[[杭州]]连续")
    d.metric("最高[[300万元]]", "300e4", "元", "exact", HZ)
    d.city("；[[苏州]]、无锡、南京")
    d.city("苏州、[[无锡]]、南京")
    d.city("无锡、[[南京]]等城市")
    d.date("纳入[[明年]]城市", NY, NJ)
    d.city("[[自贡]]、安阳")
    d.city("自贡、[[安阳]]两地")
    d.date("试验区[[今年]]累计", Y, AY)
    d.metric("测试飞行[[约4.6万架次]]", "4.6e4", "架次", "approx", AY)
    d.metric("同比增长[[27%以上]]", 27, "%", "over", AY)
    # P8 safety
    d.org("加强。[[民航局]]相关")
    d.date("自[[2024年1月1日]]起", "2024-01-01", "")
    d.metric("已降至[[约6小时]]", 6, "小时", "approx", "")
    d.org("；[[民航局]]将于")
    d.date("将于[[明年春节]]前", "2027-02-06", "")
    d.org("[[深圳市无人机行业协会]]统计")
    d.city("统计，[[深圳]]现有")
    d.metric("企业[[约1900家]]", 1900, "家", "approx", SZ)
    d.metric("从业人员[[超过21万人]]", "21e4", "人", "over", SZ)
    d.date("，[[去年]]产业产值", LY, SZ)
    d.metric("产业产值[[约1080亿元]]", "1080e8", "元", "approx", SZ)
    # P9 the outlook
    d.org("[[中国航空运输协会]]（")
    d.org("（[[中国航协]]）")
    d.date("预计，[[今年]]全国", Y, "")
    d.metric("有望[[突破1.2万亿元]]", "1.2e12", "元", "over", "")
    d.date("，[[明年]]增速", NY, "")
    d.metric("保持在[[20%左右]]", 20, "%", "approx", "")
    d.org("[[中国民航大学]]一位")
    d.date("到[[2030年]]城市", "2030", "")
    audit = {
        "orgs": ["科技日报", "民航局", "国家发展改革委低空经济发展司",
                 "深圳市交通运输局", "美团", "大疆", "顺丰控股", "丰翼科技",
                 "京东物流", "中通快递", "峰飞航空科技", "迅蚁",
                 "中国邮政集团有限公司浙江省分公司", "亿航智能", "吉利控股集团",
                 "沃飞长空", "中国民用航空局", "小鹏汽车", "小鹏汇天", "时的科技",
                 "中国航空器材集团", "深圳宝安国际机场", "中国移动", "华为",
                 "中国电信", "赛迪顾问", "深创投", "中金资本", "工商银行深圳市分行",
                 "合肥市发展和改革委员会", "杭州市交通运输局", "深圳市无人机行业协会",
                 "中国航空运输协会", "中国航协", "中国民航大学"],
        "cities": ["深圳", "上海", "北京", "香港", "广州", "东莞", "惠州",
                   "苏州", "宿迁", "西安", "杭州", "湖州", "合肥", "成都", "珠海",
                   "中山", "重庆", "芜湖", "无锡", "长沙", "南京", "自贡", "安阳",
                   "全国", "国内", "城市", "江苏", "陕西", "浙江", "京津冀",
                   "长三角", "粤港澳", "大湾区", "中国", "宝安", "该机场", "辖内"],
        "excluded": [
            # 全国 (x5) and 国内 (the country, no city), 城市 (x10: generic,
            # 试点 or 重点城市, 城市空中交通, 城市更新), the provinces 江苏 and
            # 陕西 before their cities (GUIDELINES 云南昆明: the city alone is
            # CITY), the regions 京津冀, 长三角 (no figure, GUIDELINES) and
            # 粤港澳大湾区 (港, 澳 one-character abbreviations, SPEC), 该机场
            # (a back-reference to 深圳宝安国际机场, no ORG, no CITY) and 辖内
            # (the branch's area, deictic) are no CITY; 宝安 (a district),
            # 浙江 and 中国 stand only inside ORG rows
            "，[[全国]]实名登记", "度，[[全国]]无人机", "假期，[[全国]]低空",
            "表示，[[全国]]已有", "今年[[全国]]低空", "前三季度[[国内]]低空",
            "80个[[城市]]开通", "或[[城市]]空中交通", "繁忙的[[城市]]。",
            "香港等[[城市]]的", "苏州等[[城市]]运营", "长沙等[[城市]]。",
            "南京等[[城市]]也将", "明年[[城市]]更新", "重点[[城市]]开展",
            "2030年[[城市]]空中", "[[江苏]]宿迁", "[[陕西]]西安",
            "[[京津冀]]", "[[长三角]]", "[[粤港澳大湾区]]", "[[该机场]]保障",
            "为[[辖内]]低空",
        ],
        # none apart from the codes below
        "numbers_excluded": [],
        # 新一代, 新一批 (一 before a measure word: indefinite), 半径 (a
        # radius, the word), 两地 (x2: the collective label of the lists
        # 杭州、湖州 and 自贡、安阳 just given, GUIDELINES), 一期 (a plant's
        # first phase: a label), 一位 (indefinite); 长三角 and 满一年 are
        # covered above and below
        "cn_excluded": ["新[[一]]代", "新[[一]]批", "[[半]]径", "湖州[[两]]地",
                        "安阳[[两]]地", "基地[[一]]期", "大学[[一]]位"],
        # eVTOL (x3: the kind of aircraft, no ORG), V2000CG (峰飞航空科技's
        # cargo model: a code, SPEC; its digits no METRIC) and 5G-A (a
        # technology name, SPEC 3纳米; GUIDELINES: 3亿5G stays 3亿)
        "latin_excluded": ["加密 [[eVTOL]]订单", "载人[[eVTOL]]的",
                           "其中[[eVTOL]]整机", "[[V2000CG]]", "[[5G-A]]"],
        # time words that are no DATE: 单月 (the month's own figure, after
        # the DATE 10月), 日均 (a daily average), 年产能 (an annual
        # capacity), 满一年 (a duration, SPEC: 一 no figure either), 近期
        # (vague, SPEC 近年来/目前), 目前 (x1); 同期 only inside 去年同期 rows
        "words_excluded": {"单月": 1, "日均": 1, "年产能": 1, "满一年": 1,
                           "近期": 1, "目前": 1, "同期": 0, "当天": 0},
        # generic heads outside ORG rows: 公司 (公司营收: 亿航智能 read back),
        # 机场 (x2: 该机场, read back; 机场和通信网络, generic), 机构 (等机构: a kind after the two named
        # investors), 企业 (kinds: 物流企业, 无人机物流企业 …); 集团, 协会,
        # 大学, 银行, 交通运输局 only inside ORGs
        "orgwords_excluded": {"公司": 1, "机场": 2, "机构": 1, "集团": 0,
                              "协会": 0, "大学": 0, "银行": 0,
                              "交通运输局": 0, "民航局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g190 Macao's restaurant trade, the 26th Food Festival and the city of
# gastronomy, November 2026: the festival (澳門餐飲業聯合商會 with 澳門飲食業
# 工會; 13-29 November at 西灣湖廣場; stalls from the mainland and 香港,
# visitors, sales, vouchers); 統計局's restaurant survey (October, the third
# quarter, by kind) and prices; 旅遊局's arrivals (香港; 廣州, 深圳, 佛山 over
# the bridge; 上海, 杭州, 成都) and 攜程's searches (北京, 上海); the resorts
# (銀娛, 金沙中國, 新濠博亞娛樂, 永利澳門, 美高梅中國, 澳娛綜合); payments
# (金管局, 澳門通 and its MPay, 中國銀行澳門分行, 大豐銀行, Visa, 支付寶澳門,
# 微信支付, 中國銀聯); the city of gastronomy (聯合國教科文組織, 社會文化司,
# 特區政府 with 成都, 揚州, 淮安, 澳門旅遊大學, 旅遊局 in 北京, 上海, 杭州,
# 澳門貿易投資促進局 at 里斯本); 橫琴 and 珠海 (橫琴粵澳深度合作區執行委員會,
# 珠海市商務局), 環保局; support and rules (經科局, 市政署, 勞工事務局, 消費者
# 委員會); the outlook (澳門科技大學, 澳門烹飪協會 on 珠海, 中山, 江門,
# 澳門酒店協會, 旅遊局).
# Traditional as Macao writes it (按年, 按月, 佔, 公佈, 今屆, 首10個月, 第三季,
# 上季, 明年首季, 上周, 本周, 周末, 元 and 澳門元 for patacas, 間 for
# premises, 宗 for complaints, 個百分點, 公噸), Big5-HKSCS without BOM,
# 2026-11-22 (a Sunday, ISO week 2026-W47), 澳門日報; 【本報消息】 opens the
# first paragraph (本報 names no outlet).  上周五（13日） 2026-11-13; 上周六
# （14日） 2026-11-14; 本月29日 2026-11-29; 昨日 and 同日 2026-11-21; 本周
# 2026-W47; 上月 2026-10, and 2026-09 as a baseline after 較 in a sentence of
# 10月; 上季 2026-Q2 (after 今年第三季); 國慶 2026-10-01; 聖誕 2026-12-25;
# 元旦 2027-01-01; 明年農曆新年 2027-02-06; 明年首季 2027-Q1; 年底 2026;
# 去年底 2025; 去年同期 2025 (after 今年); 2019年同期 2019.
# ===========================================================================
@doc
def g190():
    d = Doc(G190)
    Y, LY = "2026", "2025"
    MO, HK, FS, CD, HA, BJ, HZ, ZH, JM = (
        "澳门", "香港", "佛山市", "成都市", "淮安市", "北京市", "杭州市",
        "珠海市", "江门市")
    # title (a heading that opens with no city: no city section, no CITY)
    d.metric("入場人流[[逾38萬人次]] ", "38e4", "人次", "over", "")
    d.date("飲食業[[第三季]]營業額按年升", "2026-Q3", "")
    d.metric("按年升[[5.8%]]\n", "5.8", "%", "exact", "")
    # P1 the festival (【本報消息】 names no outlet)
    d.org("由[[澳門餐飲業聯合商會]]主辦")
    d.org("、[[澳門飲食業工會]]等團體")
    d.city("第26屆[[澳門]]美食節")
    d.date("美食節[[上周五]]（13日）", "2026-11-13", MO)
    d.date("上周五（[[13日]]）", "2026-11-13", MO)
    d.date("至[[本月29日]]結束", "2026-11-29", MO)
    d.metric("共設[[168個]]攤位", 168, "个", "exact", HK)
    d.city("內地及[[香港]]商號")
    d.metric("約佔[[兩成]]，另有", 20, "%", "approx", HK, sep="約")
    d.metric("泰國的[[30多個]]特色", 30, "个", "over", HK)
    d.date("主辦單位[[昨日]]公佈", "2026-11-21", "")
    d.metric("入場人流[[逾38萬人次]]，", "38e4", "人次", "over", "")
    d.metric("按年增加[[約12%]]", 12, "%", "approx", "")
    d.date("其中[[上周六]]（14日）", "2026-11-14", "")
    d.date("上周六（[[14日]]）", "2026-11-14", "")
    d.metric("單日人流[[約5.6萬人次]]", "5.6e4", "人次", "approx", "")
    d.metric("攤位營業額[[約4,300萬元]]", "4300e4", "元", "approx", "")
    d.metric("按年增長[[約9%]]", 9, "%", "approx", "")
    d.metric("面值[[50元]]", 50, "元", "exact", "")
    d.metric("售出[[約9.2萬張]]", "9.2e4", "张", "approx", "")
    # P2 統計局's restaurant survey
    d.org("\n\n[[統計暨普查局]]（")
    d.org("（[[統計局]]）本周")
    d.date("（統計局）[[本周]]公佈", "2026-W47", "")
    d.date("顯示，[[10月]]受訪", "2026-10", "")
    d.metric("營業額按年上升[[7.2%]]", "7.2", "%", "exact", "")
    d.date("較[[上月]]上升4.5%", "2026-09", "")
    d.metric("上升[[4.5%]]", "4.5", "%", "exact", "")
    d.date("；[[今年第三季]]營業額", "2026-Q3", "")
    d.metric("按年上升[[5.8%]]，", "5.8", "%", "exact", "")
    d.date("較[[上季]]上升", "2026-Q2", "")
    d.metric("上升[[2.3%]]", "2.3", "%", "exact", "")
    d.date("中式酒樓[[第三季]]", "2026-Q3", "")
    d.metric("按年增加[[8.6%]]", "8.6", "%", "exact", "")
    d.metric("分別上升[[6.1%]]及", "6.1", "%", "exact", "")
    d.metric("及[[3.4%]]，", "3.4", "%", "exact", "")
    d.metric("下跌[[1.7%]]", "1.7", "%", "exact", "")
    d.metric("。[[約三成]]受訪", 30, "%", "approx", "")
    d.date("預期[[11月]]營業額", "2026-11", "")
    d.metric("佔[[約兩成]]。", 20, "%", "approx", "")
    # P3 prices
    d.org("，[[統計局]]資料顯示")
    d.date("顯示，[[10月]]綜合", "2026-10", "")
    d.metric("指數按年上升[[1.1%]]", "1.1", "%", "exact", "")
    d.metric("價格按年上升[[2.6%]]", "2.6", "%", "exact", "")
    d.date("升幅較[[上月]]擴大", "2026-09", "")
    d.metric("擴大[[0.3個百分點]]", "0.3", "百分点", "exact", "")
    d.metric("上調[[5%]]至8%", 5, "%", "exact", "")
    d.metric("至[[8%]]。", 8, "%", "exact", "")
    # P4 arrivals
    d.org("\n\n[[旅遊局]]數據顯示")
    d.date("顯示，[[今年首10個月]]入境", Y, "")
    d.metric("入境旅客[[約3,350萬人次]]", "3350e4", "人次", "approx", "")
    d.metric("按年上升[[約8%]]", 8, "%", "approx", "")
    d.metric("內地旅客[[約2,430萬人次]]", "2430e4", "人次", "approx", "")
    d.city("；[[香港]]旅客")
    d.metric("香港旅客[[約580萬人次]]", "580e4", "人次", "approx", HK)
    d.metric("按年增加[[6.7%]]", "6.7", "%", "exact", HK)
    d.date("。[[國慶]]黃金周", "2026-10-01", "广州市")
    d.city("來自[[廣州]]、")
    d.city("廣州、[[深圳]]、佛山")
    d.city("深圳、[[佛山]]的")
    d.metric("佔比[[超過四成]]", 40, "%", "over", FS)
    d.city("不少[[上海]]、杭州")
    d.city("上海、[[杭州]]、成都旅客")
    d.city("杭州、[[成都]]旅客")
    d.org("。[[攜程]]數據")
    d.date("顯示，[[上月]]以", "2026-10", MO)
    d.city("以“[[澳門]]美食”")
    d.metric("增長[[約65%]]", 65, "%", "approx", MO)
    d.city("，[[北京]]、上海用戶")
    d.city("北京、[[上海]]用戶")
    # P5 the resorts
    d.org("[[銀河娛樂集團]]（")
    d.org("（[[銀娛]]）")
    d.date("餐廳[[第三季]]接待", "2026-Q3", "")
    d.metric("食客[[約210萬人次]]", "210e4", "人次", "approx", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    d.org("；[[金沙中國]]在")
    d.date("美食街[[10月]]營業額", "2026-10", "")
    d.metric("按年增長[[約18%]]", 18, "%", "approx", "")
    d.org("[[新濠博亞娛樂]]、")
    d.org("、[[永利澳門]]、")
    d.org("、[[美高梅中國]]及")
    d.org("及[[澳娛綜合]]亦於")
    d.org("其中[[澳娛綜合]]旗下")
    d.metric("已達[[1.2萬份]]", "1.2e4", "份", "exact", "")
    d.org("；[[美高梅中國]]亦表示")
    d.metric("訂座率達[[95%]]", 95, "%", "exact", "")
    # P6 payments
    d.org("[[澳門金融管理局]]（")
    d.org("（[[金管局]]）")
    d.date("顯示，[[第三季]]本澳", "2026-Q3", "")
    d.metric("交易[[約1.18億筆]]", "1.18e8", "笔", "approx", "")
    d.metric("金額[[約162億澳門元]]", "162e8", "澳门元", "approx", "")
    d.metric("分別上升[[21%]]及", 21, "%", "exact", "")
    d.metric("及[[17%]]。", 17, "%", "exact", "")
    d.org("。[[澳門通]]表示")
    d.metric("交易額[[約1,650萬元]]", "1650e4", "元", "approx", "")
    d.metric("支付的[[四成左右]]", 40, "%", "approx", "")
    d.org("；[[中國銀行澳門分行]]、")
    d.org("、[[大豐銀行]]等")
    d.metric("簽賬額按年增加[[約11%]]", 11, "%", "approx", "")
    d.org("，[[Visa]]亦")
    d.metric("按年上升[[13.5%]]", "13.5", "%", "exact", "")
    d.org("。[[支付寶澳門]]與")
    d.org("與[[微信支付]]的")
    d.metric("按年增長[[逾30%]]", 30, "%", "over", "")
    d.org("；[[中國銀聯]]則")
    d.metric("消費滿[[200元]]", 200, "元", "exact", "")
    d.metric("減[[30元]]", 30, "元", "exact", "")
    # P7 the city of gastronomy
    d.city("\n\n[[澳門]]於2017年")
    d.date("澳門於[[2017年]]獲", "2017", MO)
    d.org("獲[[聯合國教科文組織]]評為")
    d.org("。[[社會文化司]]司長")
    d.date("司長[[昨日]]出席", "2026-11-21", CD)
    d.org("，[[特區政府]]將")
    d.city("聯同[[成都]]、")
    d.city("、[[揚州]]、")
    d.city("、[[淮安]]等")
    d.date("於[[明年首季]]在", "2027-Q1", HA)
    d.org("透過[[澳門旅遊大學]]培訓")
    d.org("。[[旅遊局]]同日")
    d.date("旅遊局[[同日]]表示", "2026-11-21", BJ)
    d.date("表示，[[今年]]已在", Y, BJ)
    d.city("已在[[北京]]、")
    d.city("北京、[[上海]]、杭州等地")
    d.city("上海、[[杭州]]等地舉辦")
    d.metric("舉辦[[7場]]", 7, "场", "exact", HZ)
    d.metric("業界人士[[約2,800名]]", 2800, "名", "approx", HZ)
    d.org("；[[澳門貿易投資促進局]]亦")
    d.city("葡萄牙[[里斯本]]的")
    # P8 橫琴, 珠海, the environment
    d.org("[[橫琴粵澳深度合作區執行委員會]]表示")
    d.date("合作區[[今年]]以來", Y, "")
    d.metric("餐飲企業[[約60家]]", 60, "家", "approx", "")
    d.metric("累計[[超過350家]]", 350, "家", "over", "")
    d.org("；[[珠海市商務局]]數據")
    d.date("顯示，[[10月]]珠海", "2026-10", ZH)
    d.city("10月[[珠海]]餐飲")
    d.metric("收入按年增長[[4.9%]]", "4.9", "%", "exact", ZH)
    d.org("。[[環境保護局]]（")
    d.org("（[[環保局]]）")
    d.metric("廚餘[[約12.5公噸]]", "12.5", "公吨", "approx", "")
    # P9 support, licences, labour, complaints
    d.org("[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）")
    d.date("指出，[[今年]]以來", Y, "")
    d.metric("共向[[約420家]]", 420, "家", "approx", "")
    d.metric("援助貸款[[約1.3億元]]", "1.3e8", "元", "approx", "")
    d.org("；[[市政署]]資料")
    d.date("截至[[10月底]]", "2026-10", "")
    d.metric("飲食場所共[[2,486間]]", 2486, "间", "exact", "")
    d.date("較[[去年底]]增加", LY, "")
    d.metric("增加[[約70間]]", 70, "间", "approx", "")
    d.org("。[[勞工事務局]]數據")
    d.metric("外地僱員[[約2.9萬名]]", "2.9e4", "名", "approx", "")
    d.metric("就業人口[[逾五成]]", 50, "%", "over", "")
    d.org("。[[消費者委員會]]表示")
    d.date("表示，[[今年]]以來接獲", Y, "")
    d.metric("投訴[[41宗]]", 41, "宗", "exact", "")
    d.date("較[[去年同期]]減少", LY, "")
    d.metric("減少[[8宗]]", 8, "宗", "exact", "")
    # P10 the outlook
    d.org("[[澳門科技大學]]一項")
    d.metric("約為[[1,280元]]", 1280, "元", "approx", "", sep="約")
    d.metric("，[[約76%]]受訪者", 76, "%", "approx", "")
    d.date("業界對[[年底]]旺季", Y, "")
    d.org("。[[澳門烹飪協會]]一位")
    d.city("北上[[珠海]]、")
    d.city("珠海、[[中山]]及江門")
    d.city("中山及[[江門]]消費")
    d.date("較[[2019年同期]]仍低", "2019", JM)
    d.metric("仍低[[兩成左右]]", 20, "%", "approx", JM)
    d.org("。[[澳門酒店協會]]則")
    d.date("預期，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("增加[[一成以上]]", 10, "%", "over", "")
    d.date("宴會廳[[12月]]的檔期", "2026-12", "")
    d.metric("已有[[約七成]]獲預訂", 70, "%", "approx", "")
    d.org("。[[旅遊局]]預計")
    d.date("預計，[[12月]]入境", "2026-12", "")
    d.metric("入境旅客[[約380萬人次]]", "380e4", "人次", "approx", "")
    d.date("，[[明年農曆新年]]期間", "2027-02-06", "")
    audit = {
        "orgs": list(ORG_NORM),
        "cities": ["澳門", "本澳", "全澳", "香港", "廣州", "深圳", "佛山",
                   "上海", "杭州", "成都", "北京", "揚州", "淮安", "里斯本",
                   "珠海", "中山", "江門", "橫琴", "路氹", "內地", "城市",
                   "港珠澳", "來澳", "葡萄牙", "日本", "泰國", "粵澳", "合作區",
                   "西灣", "本地"],
        "excluded": [
            # 本澳 (x4) and 全澳 (deictic, SPEC 本市/全港), 來澳 (x2: 澳, a
            # one-character abbreviation), 內地 (x3, a region), 城市 (inside
            # the UNESCO title “創意城市美食之都”, generic), 路氹 (Cotai, a
            # reclaimed strip, holding the declared 氹), 港珠澳 (the bridge's
            # name: one-character abbreviations), 粵澳 (abbreviations),
            # 合作區 (a back-reference to the zone), 西灣湖廣場 (a square),
            # 本地 (x2), the countries 葡萄牙 (x2), 日本 (x2), 泰國 are no
            # CITY; 澳門 elsewhere and 橫琴 stand only inside ORG rows
            "第三季[[本澳]]流動", "旅客在[[本澳]]食肆", "首季在[[本澳]]舉辦",
            "旅客在[[本澳]]的", "[[全澳]]持牌", "[[路氹]]金光大道",
            "其中[[內地]]及香港", "其中[[內地]]旅客", "，[[內地]]旅客在",
            "創意[[城市]]美食之都", "經[[港珠澳]]大橋", "大橋[[來澳]]的",
            "專程[[來澳]]品嚐", "來自[[葡萄牙]]、", "參加[[葡萄牙]]里斯本",
            "、[[日本]]及泰國", "及[[日本]]餐廳", "及[[泰國]]的",
            "[[粵澳]]合作", "表示，[[合作區]]今年", "[[西灣湖廣場]]",
            "組織[[本地]]食品", "，[[本地]]中小食肆",
        ],
        # 第26屆 (an ordinal of editions)
        "numbers_excluded": ["第[[26]]屆"],
        # 一帶 (an area), 一項 and 一位 (indefinite)
        "cn_excluded": ["金光大道[[一]]帶", "大學[[一]]項", "協會[[一]]位"],
        # MPay (澳門通's e-wallet: a product of its operator, SPEC 微信 of
        # 腾讯; GUIDELINES 滙豐旗下的PayMe), no ORG
        "latin_excluded": ["旗下[[MPay]]的"],
        # time words that are no DATE: 按年 (x20, year-on-year), 按月
        # (month-on-month), 美食節 (x6: the event, no holiday), 今屆 (this
        # edition), 單日 (a day's figure after 上周六（14日）), 黃金周 (after
        # 國慶: outside the span, SPEC 假期), 周末 (x2: weekends in general),
        # 旺季 (a season, SPEC 暑期), 期間 only after events and holidays;
        # 同期 only inside 去年同期 and 2019年同期 rows
        "words_excluded": {"按年": 20, "按月": 1, "美食節": 6, "今屆": 1,
                           "單日": 1, "黃金周": 1, "周末": 2, "旺季": 1,
                           "同期": 0, "當天": 0},
        # generic heads outside ORG rows: 司長 (the title after 社會文化司,
        # outside the ORG); 集團, 協會, 商會, 工會, 大學, 政府, 委員會, 銀行
        # only inside ORGs (團體, 發卡機構, 主辦單位 are kinds)
        "orgwords_excluded": {"司長": 1, "集團": 0, "協會": 0, "商會": 0,
                              "工會": 0, "大學": 0, "政府": 0, "委員會": 0,
                              "銀行": 0},
        "orgstring_excluded": [],
    }
    return d, audit


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
               ("上", "over")]     # SPEC: 上 (上千亿) is over (上万列)
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
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
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)] *  # 十/百/千 (逾七千家 -> 7000;
                    {"十": 10, "百": 100, "千": 1000}[m.group(2)])  # SPEC:
        if m.group(3):                      # magnitudes in either script)
            v *= MAGNITUDE[m.group(3)]
        return v, q, m.group(4)
    m = re.fullmatch(r"([一二两兩三四五六七八九])([万萬亿億])(\D+)", span)
    if m:                       # a headline figure in Chinese numerals with
        v = Decimal(CN_DIGIT[m.group(1)]) * MAGNITUDE[m.group(2)]  # a bare
        return v, q, m.group(3)             # magnitude (逾四萬人 -> 40000)
    m = re.fullmatch(r"([百千])(\D+)", span)
    if m:                       # a bare 百/千 only with a marker (SPEC 近百种;
        assert q != "exact", span           # 逾百名 -> 100)
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
    unit = re.sub(r"^[个個](百分[点點])$", r"\1", unit)
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
    """OpenCC t2s (or another config) of each string, or None when OpenCC
    is not reachable."""
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
        if tx.startswith(w):
            assert norm[:4] == str(ref.year + k), r
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
        months = [x for x in d.rows if x["type"] == "DATE" and
                  s <= x["start"] and x["end"] <= r["start"] and
                  re.fullmatch(r"\d{4}-\d\d", x["normalized"])]
        assert months, r
        y, m = map(int, max(months, key=lambda x: x["start"])
                   ["normalized"].split("-"))
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
    # day before (above); the bracketed day, in Arabic or Chinese numerals
    # (Macao's 昨（二十）日; from annotate_tc.py), must agree with the word
    m = re.fullmatch(r"([昨今明])（(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})）日",
                     tx)
    if m:
        k = {"昨": -1, "今": 0, "明": 1}[m.group(1)]
        day = ref + datetime.timedelta(days=k)
        g = m.group(2)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm == day.isoformat() and day.day == num, r


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
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])   # (annotate_ua.py: no
    if not m or r["text"] in HOLIDAY:      # year's last digits, no holiday)
        return
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_same(d, r):
    """当天/當天/同日/當日/当日 take the latest day-precision DATE before
    them (a holiday only in the same sentence), 同月 the latest month
    (GUIDELINES; from annotate_yc.py)."""
    if r["text"] not in ("同日", "當日", "当日", "当天", "當天", "同月"):
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


def check_gloss(d, r):
    """A bracketed day after a DATE (下周二（12月1日）, 上周六（11月21日）) is
    its own mention and must carry the same date (SPEC: 今日(15日) is 今日
    and 15日, both resolved to the same day; from annotate_vb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_quarter(d, r):
    """上季/上季度 (本季, 下季) count from the quarter the sentence states
    before them (GUIDELINES: 三季度…环比上季度 -> Q2), else from the
    reference date's quarter (from annotate_ua.py)."""
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


def check_holiday(d, r):
    """A holiday DATE is recomputed independently of the HOLIDAY table (from
    annotate_uc.py): a fixed day (the mainland's and Hong Kong's 国庆 10-01,
    元旦, 圣诞), a lunar one from the table of 正月初一; 今年/明年/去年 in
    front fix the year, else the occurrence nearest the reference date
    (GUIDELINES)."""
    tx = r["text"]
    if tx not in HOLIDAY:
        return
    assert d.doc_id not in TAIWAN, r        # no Taiwan text here
    ref = datetime.date.fromisoformat(d.published)
    k = None
    for w, kk in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            tx, k = tx[len(w):], kk
    years = range(ref.year - 1, ref.year + 2)
    if tx in COMPUTED_DAYS:     # 黑色星期五: the day after the fourth
        cands = {y: COMPUTED_DAYS[tx](y) for y in years}   # Thursday of
    elif tx in FIXED_DAYS:                                 # November
        cands = {y: datetime.date(y, *FIXED_DAYS[tx]) for y in years}
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
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_precision(d, r):
    """The precision a DATE span writes (SPEC: an end, start or middle of a
    period normalizes to the period; several months or quarters of a year
    normalize to the year; N年前 counts back from the reference year; from
    annotate_qc.py, with 年末 and Hong Kong's 首季): parts of a year
    (上半年, 前三季度, 首三季, 首10個月, 前10个月, 年初, 年底, 年末,
    2019年同期) give the year, parts of a month (上旬, 中旬, 下旬, 初, 底, 末
    after 月) the month, a single quarter its quarter."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    if re.search(r"(上半年|下半年|前三季度?|首三季|前\d+[个個]月|首\d+[个個]月|"
                 r"年初|年底|年末|\d{4}年同期)$", tx):
        assert re.fullmatch(r"\d{4}", norm), r
    if tx in ("年初", "年底", "年末"):
        assert norm == str(ref.year), r
    if re.search(r"月(上旬|中旬|下旬|初|底|末)$", tx):
        assert re.fullmatch(r"\d{4}-\d\d", norm), r
    if re.search(r"(?<![前首])(第?[一二三四]季度?)$", tx):
        q = "一二三四".index(re.search(r"([一二三四])季", tx).group(1)) + 1
        assert norm[4:] == "-Q%d" % q, r
    if tx.endswith("首季"):                 # Hong Kong's first quarter
        assert norm[4:] == "-Q1", r
    m = re.fullmatch(r"(\d+)年前", tx)
    if m:
        assert norm == str(ref.year - int(m.group(1))), r
    m = re.fullmatch(r"([一二两兩三四五六七八九十])年前", tx)
    if m:                   # 两年前 (Chinese numerals; annotate_kc.py)
        assert norm == str(ref.year - CN_DIGIT[m.group(1)]), r


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not any(c in tx for c in d.no_span_chars), r
        if getattr(d, "astral_before_body", False):
            # the declared characters stand in the first paragraph's
            # dateline (line 3) and before every span but the title's
            # (annotate_tb.py): offsets counted in UTF-16 units would be
            # one too high for every row of the body
            lines = d.text.split("\n")
            for c in d.no_span_chars:
                assert c in lines[2] and c not in lines[0], c
                assert d.text.index(c) < s or e <= len(lines[0]), r
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
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py): it must
            # have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
            # a marker right before the span, or before a currency written
            # before it (约人民币36亿元, GUIDELINES), must be declared (outer
            # or sep) and set the qualifier; a suffix marker right after the
            # span belongs inside it (new in annotate_sc.py)
            head = d.text[max(0, s - 8):s]
            m = re.search(r"(超过|超過|突破|不足|不到|约|約|近|逾|超)"
                          r"(人民币|人民幣|港币|港幣|美元|欧元|歐元)?$", head)
            if m:
                assert r["_outer"], ("undeclared marker before", r)
                # a marker touching the number, with no currency between,
                # belongs inside the span (SPEC 近900万); only a verb or a
                # currency between leaves it outside (new in annotate_rc.py)
                assert m.group(2), ("marker touching the span", r)
                qq = dict(QUAL_PREFIX)[m.group(1)]
                assert r["qualifier"] == qq, ("marker before", r)
            assert not d.text[e:].startswith(tuple(
                x for x, _ in QUAL_SUFFIX)), ("marker after the span", r)
            # 约为/約為 right before the span: the marker is separated by the
            # verb 为, stays outside and sets approx (GUIDELINES 约为19%);
            # it must be declared (sep) (new in annotate_pb.py)
            if re.search(r"(约|約)(为|為)$", head):
                assert r["_outer"] in ("约", "約") and \
                    r["qualifier"] == "approx", ("约为 before", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
            check_last_year_period(d, r)
            check_gloss(d, r)
            check_quarter(d, r)
            check_holiday(d, r)
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

    # a declared Big5-HKSCS character stands only inside the ORG rows
    # whose text is declared for it (恒 in 恒生銀行, 滙 in 滙豐; none here:
    # 氹 stands in no span;
    # annotate_rb.py)
    for c, names in d.in_org_span.items():
        assert all(c in name for name in names), (c, names)
        for m in re.finditer(re.escape(c), d.text):
            assert any(r["type"] == "ORG" and r["text"] in names and
                       r["start"] <= m.start() < r["end"] for r in rows), (
                c, m.start())
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
        # a traditional article holds no simplified character: none that
        # t2s leaves alone while s2t changes it (体 for 體, 间 for 間;
        # annotate_qc.py), but the declared Hong Kong forms (平台, 恒生)
        for d in built:
            if not d.traditional:
                continue
            chars = sorted({c for c in d.text if ord(c) > 0x2E80})
            back = t2s_all(chars)
            fwd = t2s_all(chars, "s2t")
            bad = [c for c, b, f in zip(chars, back, fwd)
                   if b == c and f != c]
            assert sorted(bad) == sorted(S2T_ALLOWED.get(d.doc_id, ())), (
                f"{d.doc_id}: simplified characters {bad}")
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
