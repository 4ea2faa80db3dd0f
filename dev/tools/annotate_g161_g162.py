#!/usr/bin/env python3
"""Gold annotation for the held-out articles g161_cold_chain_fresh_food_logistics
and g162_taiwan_convenience_store_chains (annotator OA).

Adapted from the precedent set's tools/annotate_pa.py (now dev/tools/annotate_g155_g156.py; copied and the data
changed; it keeps the checks of annotate_pa.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span and
the holidays recomputed without it, ROC years only in a Taiwan text and
between 40 and 199, 今（N）年/明（N）年 carrying the ROC year of the
reference year, relative words resolved from the reference date, 上月 as a
baseline after a comparison word, the bare-day month rule, 去年同期 a year
before its sentence's period, the bracketed gloss, the 约占 check, the
declared organizations of each article), with annotate_pc.py's additions
(markers before, touching and after a span; 上 as an over-marker; Chinese
numerals with 十/百/千; the narrowest codec; a bracketed day must follow a
DATE; the UTF-8-with-BOM block) and a cp950 block in place of
annotate_pa.py's strict-Big5 block.  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must
occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g161 is simplified (mainland, 经济参考报, 2026-11-19), stored as UTF-8
  WITH a BOM (EF BB BF, then the title's first character); offsets count
  from the first character after the BOM.  The GB and Big5 codecs fail on
  the bytes or read another text, with or without the BOM; every character
  is also GBK.  OpenCC t2s leaves the article unchanged.  Its byline
  经济参考报记者 王晓岚 北京报道 stands on its own line after the title.
- g162 is traditional (Taiwan, 工商時報, 2026-11-23), stored as cp950
  (Taiwan's Big5) without a BOM: every non-ASCII character two bytes.  One
  character is outside plain Big5: 嫺 (U+5AFA, cp950 F9 DC, an ETEN
  extension) of the reporter's given name on the byline line, so Python's
  big5 fails on the file and cp950 reads it (Big5-HKSCS reads it alike); ／
  of the byline is written A1 FE as cp950 writes it (plain Big5 would write
  A2 41; every reader reads A1 FE as ／).  Both stand only on the byline
  line and in no span; every other line has the same bytes in big5 and
  cp950.  UTF-8, GBK and GB2312 fail, GB18030 reads another text.  `text` is
  the traditional original; `normalized` (ORG/CITY) and `unit` are
  simplified (OpenCC t2s; Taiwan cities by their full names with 市).  A
  Taiwan text: 2-3 digit years before 年 are ROC years (113年底 = 2024,
  民國114年 = 2025, 今（115）年10月 = 2026-10, 明（116）年 = 2027).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho29/precedent: README, NOTES_pa/pb/pc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g161_g162.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_pa.py: a UTF-8 mainland article with a BOM (from
annotate_pc.py) in place of the one without, and a cp950 Taiwan article in
place of the strict-Big5 one (the declared character outside plain Big5,
its bytes, its line and no span over it; big5 fails; Big5-HKSCS reads the
file alike; ／ with cp950's bytes A1 FE, which every Big5 reader reads
alike; two bytes a character); the holiday table as these articles
name it (双11, 元旦, 春节; Taiwan's 雙11, 聖誕節, 元旦, 春節, 明年春節);
units 单, 立方米, 组, 列, 座, 小时, 分钟, 条, 笔, 张, 处; 8折/9折.
Re-run (from anywhere):

    python3 dev/tools/annotate_g161_g162.py
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
G161 = "g161_cold_chain_fresh_food_logistics"
G162 = "g162_taiwan_convenience_store_chains"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G161: ("utf-8", BOM8, False, "2026-11-19", "经济参考报"),
    G162: ("cp950", b"", True, "2026-11-23", "工商時報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G161: [], G162: []}
# characters of a cp950 article that plain Big5 lacks (cp950's ETEN
# extension), with their cp950 bytes: 嫺 of the reporter's given name.  Each
# stands only on the byline line (the third line) and in no span.
CP950_ONLY = {G162: {"嫺": b"\xf9\xdc"}}
# characters of a cp950 article that cp950 writes with other bytes than
# plain Big5 (both read them back alike): ／ of the byline (cp950 A1 FE,
# big5 A2 41).  Only on the byline line, in no span.
CP950_BYTES = {G162: {"／": (b"\xa1\xfe", b"\xa2\x41")}}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {G162}
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
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
                   "凯观顾产业资讯规带赖会员经济过劳动涨补乡导节")
# Holidays the articles name, by their exact span (2025-2027).
# g161 (mainland, 2026-11-19): 双11 2026-11-11 (a week before the
# reference date); 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones, no
# year in their sentence; 正月初一 of 2027).
# g162 (Taiwan, 2026-11-23): 雙11 2026-11-11 (the one just past); 聖誕節
# 2026-12-25, 元旦 2027-01-01 and 春節 2027-02-06, the coming ones; 明年春節
# 2027-02-06 (明年 counts from the reference year).
HOLIDAY = {
    "双11": "2026-11-11", "元旦": "2027-01-01", "春节": "2027-02-06",
    "雙11": "2026-11-11", "聖誕節": "2026-12-25", "春節": "2027-02-06",
    "明年春節": "2027-02-06",
}
# Independent holiday dates for check_holiday(): fixed days by region
# (month, day) and the lunar days by year (正月初一: 2025-01-29, 2026-02-17,
# 2027-02-06; 除夕 the day before; 八月十五: 2025-10-06, 2026-09-25,
# 2027-09-15)
FIXED_MAINLAND = {"国庆": (10, 1), "元旦": (1, 1), "双11": (11, 11)}
FIXED_TAIWAN = {"國慶": (10, 10), "元旦": (1, 1), "教師節": (9, 28),
                "光復節": (10, 25), "行憲紀念日": (12, 25),
                "聖誕節": (12, 25), "雙11": (11, 11)}
_SPRING = {2025: datetime.date(2025, 1, 29), 2026: datetime.date(2026, 2, 17),
           2027: datetime.date(2027, 2, 6)}
_EVE = {y: d - datetime.timedelta(days=1) for y, d in _SPRING.items()}
_MOON = {2025: datetime.date(2025, 10, 6), 2026: datetime.date(2026, 9, 25),
         2027: datetime.date(2027, 9, 15)}
LUNAR = {"春节": _SPRING, "春節": _SPRING, "農曆年": _SPRING,
         "农历年": _SPRING, "中秋節": _MOON, "中秋节": _MOON, "中秋": _MOON,
         "除夕": _EVE}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "教師節", "教师节", "光復節", "紀念日",
                 "纪念日", "双十一", "雙十一", "双12", "雙12")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g161 (2026: municipalities 北京, 上海, 重庆; prefecture-level 深圳,
    # 福州, 厦门, 成都, 广州, 杭州, 赣州, 郑州, 西安, 武汉; county-level
    # 寿光 (潍坊), 库尔勒 (巴音郭楞))
    "北京": "北京市", "上海": "上海市", "深圳": "深圳市", "福州": "福州市",
    "厦门": "厦门市", "成都": "成都市", "广州": "广州市", "重庆": "重庆市",
    "寿光": "寿光市", "杭州": "杭州市", "赣州": "赣州市", "库尔勒": "库尔勒市",
    "郑州": "郑州市", "西安": "西安市", "武汉": "武汉市",
    # g162 (traditional spans; Taiwan's special municipalities 台北, 新北,
    # 桃園, 台中, 台南, 高雄 and the provincial cities 基隆, 新竹市, 嘉義市
    # by their full names; foreign cities by their common (mainland) names)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "台中": "台中市", "台南": "台南市",
    "高雄": "高雄市", "基隆": "基隆市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "東京": "东京", "大阪": "大阪",
}
# cities normalized without 市: foreign cities by their common names (SPEC);
# every other (mainland or Taiwan) city ends with 市
NO_SHI = {"东京", "大阪"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none here)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "工商時報": "工商时报", "經濟部統計處": "经济部统计处",
    "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会", "統一超商": "统一超商",
    "7-ELEVEN": "7-ELEVEN", "全家便利商店": "全家便利商店", "全家": "全家",
    "萊爾富": "莱尔富", "OK超商": "OK超商", "統一企業": "统一企业",
    "統一星巴克": "统一星巴克", "康是美": "康是美", "光泉牧場": "光泉牧场",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "悠遊卡公司": "悠游卡公司", "一卡通票證公司": "一卡通票证公司",
    "全聯福利中心": "全联福利中心", "全支付": "全支付",
    "街口支付": "街口支付", "LINE Pay": "LINE Pay", "財政部": "财政部",
    "經濟部商業發展署": "经济部商业发展署", "蝦皮購物": "虾皮购物",
    "Uber Eats": "Uber Eats", "foodpanda": "foodpanda", "勞動部": "劳动部",
    "日本全家": "日本全家", "凱基投顧": "凯基投顾",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC",
    "政治大學企業管理學系": "政治大学企业管理学系",
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
        # the declared codec is the narrowest that reads the file: a GB18030
        # file that GBK reads is GBK, a Big5-HKSCS or cp950 file that Big5
        # reads is Big5 (annotate_pc.py)
        for wide, narrow in (("gb18030", "gbk"), ("big5hkscs", "big5"),
                             ("cp950", "big5")):
            if enc == wide:
                assert not decodes(raw, narrow), (doc_id, narrow)
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 0x7F for c in self.text)   # (annotate_pc.py):
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # a legacy codec fails on it or
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)      # reads another text,
                assert not decodes(full, other) or full.decode(other) != \
                    self.text, (doc_id, other)      # with or without BOM
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
            # a count in bytes or with the BOM kept would shift every row:
            # the first character after the BOM is offset 0
            assert full[3:3 + len(self.text[0].encode("utf-8"))] == \
                self.text[0].encode("utf-8"), doc_id
            # every non-ASCII character is three bytes in UTF-8, so a count
            # in bytes would shift every row after the title
            assert all(len(c.encode("utf-8")) == 3 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: three-byte"
        if enc == "cp950":      # Taiwan's Big5 (new in annotate_oa.py)
            only = CP950_ONLY[doc_id]
            bytes_ = CP950_BYTES[doc_id]
            # the declared characters are exactly those plain Big5 lacks,
            # written with the declared cp950 bytes
            outside = sorted({c for c in self.text if not enc_ok(c, "big5")})
            assert outside == sorted(only), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            for c, code in only.items():
                assert c.encode("cp950") == code and code in raw, (doc_id, c)
                assert code.decode("big5hkscs") == c, c
            # every non-ASCII character is two bytes: offsets do not depend
            # on which Big5 reader is used
            assert len(raw) == sum(1 if ord(c) < 128 else 2
                                   for c in self.text), doc_id
            # Big5-HKSCS reads the file alike; plain big5 fails (above)
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # characters cp950 writes with other bytes than plain Big5: the
            # cp950 bytes are in the file, and every reader reads them alike
            for c, (cp, b5) in bytes_.items():
                assert c.encode("cp950") == cp and c.encode("big5") == b5, c
                assert cp in raw and b5 not in raw, c
                for other in ("big5", "big5hkscs", "cp950"):
                    assert cp.decode(other) == c, (c, other)
            # every line without a declared character has the same bytes in
            # big5 and cp950 (plain Big5 throughout)
            declared = set(only) | set(bytes_)
            for line in self.text.split("\n"):
                if not any(c in line for c in declared):
                    assert line.encode("big5") == line.encode("cp950"), line
            self.no_span_chars = sorted(declared)
            for other in ("gb18030", "gbk", "gb2312", "utf-8", "utf-16"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            assert not decodes(full, "gbk"), (doc_id, "gbk")
            # the first bytes are the title's first character (超 = B6 57)
            assert full[:2] == self.text[0].encode("cp950"), doc_id
        if self.traditional:    # a Taiwan text: every character is in
            assert all(enc_ok(c, "cp950")       # Taiwan's Big5 (no HKSCS
                       for c in self.text), doc_id     # or mainland form)
        else:                   # a mainland text: every character is GBK
            assert all(enc_ok(c, "gbk") for c in self.text), doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台灣" in self.text, doc_id
            assert "民國" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
# g161 cold-chain logistics and fresh-food e-commerce, November 2026:
# 商务部's 双11 figures of 昨日（11月18日） (去年同期 after the holiday: the
# year) and 今年前三季度; 中物联冷链委's capacity (9月底 against 2025年底);
# the platforms (京东物流 11月1日至11日, 顺丰控股 10月, 盒马, 美团's 小象超市
# in 北京, 上海, 深圳, 叮咚买菜 今年三季度, 朴朴超市 in 福州, 厦门, 成都,
# 永辉超市, 物美); the cities (北京市商务局, 新发地农产品批发市场 10月 with
# 上月 as a baseline, 上海市商务委 上海前10个月, 广州市商务局 广州10月, 成都
# and 重庆's trains 本月); the producing areas (农业农村部 今年 and 2024年,
# 寿光, 赣州 with 顺丰 and 拼多多 10月中旬至11月中旬, 中通冷链 in 库尔勒 to
# 郑州, 西安); policy (国家发展改革委 8月, 交通运输部 上周 and 今年1月至10月,
# 国家邮政局 and 中国邮政 双11, 商务部 with 元旦, 春节 and 2027年底); capital
# (万纬冷链 in 武汉, 郑州, 西安, 普洛斯 上海, 深圳, 中国农业银行, 国家开发银行);
# prices and imports (国家统计局 10月, 海关总署 今年前10个月 through 广州,
# 深圳, 上海; 春节, 明年1月); the outlook (艾瑞咨询 今年 and 明年, 北京物资学院,
# 中国仓储与配送协会).  Simplified, UTF-8 with BOM, 2026-11-19 (a Thursday,
# ISO week 2026-W47), 经济参考报; the byline 经济参考报记者 王晓岚 北京报道
# stands on its own line.  昨日 2026-11-18; 上周 2026-W46; 本月 2026-11;
# 明年 2027.
# ===========================================================================
@doc
def g161():
    d = Doc(G161)
    Y, LY, NY = "2026", "2025", "2027"
    AUG, SEP, OCT, NOV = "2026-08", "2026-09", "2026-10", "2026-11"
    LW = "2026-W46"
    BJ, SH, SZ, GZ, CQ = "北京市", "上海市", "深圳市", "广州市", "重庆市"
    SG, HZ, GANZ, XA, WH = "寿光市", "杭州市", "赣州市", "西安市", "武汉市"
    # title (a heading that opens with no city)
    d.date("“[[双11]]”生鲜订单", "2026-11-11", "")
    d.metric("同比增长[[逾三成]]", 30, "%", "over", "")
    # byline (its own line: a heading that opens with the outlet, no city
    # section; 北京 the place filed from)
    d.org("\n\n[[经济参考报]]记者")
    d.city("王晓岚 [[北京]]报道")
    # P1 商务部's figures (no CITY)
    d.org("\n\n[[商务部]]昨日")
    d.date("商务部[[昨日]]（", "2026-11-18", "")
    d.date("（[[11月18日]]）", "2026-11-18", "")
    d.date("“[[双11]]”期间，全国", "2026-11-11", "")
    d.metric("同比增长[[32.6%]]", "32.6", "%", "exact", "")
    d.metric("配送单量[[突破4.8亿单]]", "4.8e8", "单", "over", "")
    d.metric("占比达[[27.4%]]", "27.4", "%", "exact", "")
    d.date("较[[去年同期]]提高", LY, "")
    d.metric("提高[[5.2个百分点]]", "5.2", "百分点", "exact", "")
    d.date("。[[今年前三季度]]，全国", Y, "")
    d.metric("总额[[约5.86万亿元]]", "5.86e12", "元", "approx", "")
    d.metric("同比增长[[6.9%]]", "6.9", "%", "exact", "")
    d.metric("总收入[[约4210亿元]]", "4210e8", "元", "approx", "")
    d.metric("同比增长[[4.3%]]", "4.3", "%", "exact", "")
    # P2 中物联冷链委's capacity (no CITY)
    d.org("\n\n[[中国物流与采购联合会冷链物流专业委员会]]（")
    d.org("简称“[[中物联冷链委]]”）")
    d.date("截至[[9月底]]，全国", SEP, "")
    d.metric("总容量[[约2.41亿立方米]]", "2.41e8", "立方米", "approx", "")
    d.metric("保有量[[突破52万辆]]", "52e4", "辆", "over", "")
    d.date("比[[2025年底]]增长", LY, "")
    d.metric("增长[[8.1%]]和", "8.1", "%", "exact", "")
    d.metric("和[[10.3%]]", "10.3", "%", "exact", "")
    d.metric("东部的[[一半左右]]", 50, "%", "approx", "")
    d.org("。[[中物联冷链委]]预计")
    d.metric("达到[[3.9亿吨左右]]", "3.9e8", "吨", "approx", "")
    d.metric("将[[超过四成]]", 40, "%", "over", "")
    # P3 the platforms
    d.org("。[[京东物流]]数据")
    d.date("显示，[[11月1日]]至11日", "2026-11-01", "")
    d.date("11月1日至[[11日]]，其", "2026-11-11", "")
    d.metric("同比增长[[41%]]", 41, "%", "exact", "")
    d.metric("区县[[超过2100个]]", 2100, "个", "over", "")
    d.org("。[[顺丰控股]]公告")
    d.date("公司[[10月]]冷运", OCT, "")
    d.metric("收入[[约18.7亿元]]", "18.7e8", "元", "approx", "")
    d.metric("同比增长[[12.3%]]", "12.3", "%", "exact", "")
    d.org("。[[盒马]]表示")
    d.metric("平日的[[2.5倍]]", "2.5", "倍", "exact", "")
    d.metric("同比增长[[68%]]", 68, "%", "exact", "")
    d.org("。[[美团]]旗下")
    d.org("旗下[[小象超市]]")
    d.city("已在[[北京]]、上海、深圳等城市开设")
    d.city("北京、[[上海]]、深圳等城市开设")
    d.city("、[[深圳]]等城市开设")
    d.metric("前置仓[[约1100个]]", 1100, "个", "approx", SZ)
    d.metric("缩短至[[约30分钟]]", 30, "分钟", "approx", SZ)
    d.org("。[[叮咚买菜]]发布")
    d.date("显示，[[今年三季度]]公司", "2026-Q3", "")
    d.metric("营收[[约67.3亿元]]", "67.3e8", "元", "approx", "")
    d.metric("同比增长[[9.8%]]", "9.8", "%", "exact", "")
    d.org("；[[朴朴超市]]则")
    d.city("在[[福州]]、厦门")
    d.city("、[[厦门]]、成都等城市布局")
    d.city("、[[成都]]等城市布局")
    d.org("，[[永辉超市]]、物美")
    d.org("、[[物美]]等传统")
    # P4 the cities' food supply
    d.org("。[[北京市商务局]]表示")
    d.city("表示，[[北京]]已建成")
    d.metric("自提柜[[约1.6万组]]", "1.6e4", "组", "approx", BJ)
    d.metric("社区[[超过2800个]]", 2800, "个", "over", BJ)
    d.org("；[[新发地农产品批发市场]]10月")
    d.date("批发市场[[10月]]日均", OCT, "")
    d.metric("上市量[[约1.9万吨]]", "1.9e4", "吨", "approx", "")
    d.date("较[[上月]]增加", SEP, "")
    d.metric("增加[[15%]]", 15, "%", "exact", "")
    d.org("。[[上海市商务委]]数据")
    d.city("显示，[[上海]]前10个月")
    d.date("上海[[前10个月]]生鲜", Y, SH)
    d.metric("交易额[[约1260亿元]]", "1260e8", "元", "approx", SH)
    d.metric("同比增长[[14.2%]]", "14.2", "%", "exact", SH)
    d.org("。[[广州市商务局]]称")
    d.city("称，[[广州]]10月")
    d.date("广州[[10月]]冷链", OCT, GZ)
    d.metric("业务量[[突破1.1亿件]]", "1.1e8", "件", "over", GZ)
    d.metric("同比增长[[21%]]", 21, "%", "exact", GZ)
    d.city("。[[成都]]、重庆两地")
    d.city("成都、[[重庆]]两地")
    d.date("冷链班列[[本月]]已", NOV, CQ)
    d.metric("发运[[46列]]", 46, "列", "exact", CQ)
    d.metric("水果[[约2.3万吨]]", "2.3e4", "吨", "approx", CQ)
    # P5 the producing areas
    d.org("。[[农业农村部]]数据")
    d.date("显示，[[今年]]以来全国", Y, "")
    d.metric("保鲜设施[[约1.3万个]]", "1.3e4", "个", "approx", "")
    d.metric("库容[[约560万吨]]", "560e4", "吨", "approx", "")
    d.date("较[[2024年]]下降", "2024", "")
    d.metric("下降[[约2个百分点]]", 2, "百分点", "approx", "")
    d.city("山东[[寿光]]，")
    d.metric("已达[[420座]]", 420, "座", "exact", SG)
    d.city("运往[[上海]]、杭州")
    d.city("、[[杭州]]的蔬菜")
    d.metric("由[[8%]]降至", 8, "%", "exact", HZ)
    d.metric("降至[[3%左右]]", 3, "%", "approx", HZ)
    d.city("。[[赣州]]脐橙今年")
    d.date("脐橙[[今年]]进入", Y, GANZ)
    d.org("，[[顺丰]]已在当地")
    d.metric("冷藏车[[超过300辆]]", 300, "辆", "over", GANZ)
    d.date("，[[10月中旬]]至", OCT, GANZ)
    d.date("至[[11月中旬]]发运", NOV, GANZ)
    d.metric("脐橙[[约4.5万吨]]", "4.5e4", "吨", "approx", GANZ)
    d.org("，[[拼多多]]平台")
    d.city("平台上的[[赣州]]脐橙")
    d.metric("同比增长[[37%]]", 37, "%", "exact", GANZ)
    d.org("；[[中通冷链]]也在")
    d.city("也在[[库尔勒]]开通")
    d.city("直达[[郑州]]、西安")
    d.city("、[[西安]]的冷链干线")
    d.metric("缩短[[约12小时]]", 12, "小时", "approx", XA)
    # P6 policy (no CITY)
    d.org("。[[国家发展改革委]]8月")
    d.date("发展改革委[[8月]]公布", AUG, "")
    d.metric("物流基地[[20个]]", 20, "个", "exact", "")
    d.metric("累计达到[[125个]]", 125, "个", "exact", "")
    d.metric("全国[[29个]]省份", 29, "个", "exact", "")
    d.org("。[[交通运输部]]上周")
    d.date("交通运输部[[上周]]召开", LW, "")
    d.date("透露，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]全国", OCT, "")
    d.metric("上牌量[[约8.6万辆]]", "8.6e4", "辆", "approx", "")
    d.metric("同比增长[[17.5%]]", "17.5", "%", "exact", "")
    d.metric("提升至[[31%]]", 31, "%", "exact", "")
    d.org("。[[国家邮政局]]表示")
    d.date("“[[双11]]”期间快递", "2026-11-11", "")
    d.metric("包裹[[约6.7亿件]]", "6.7e8", "件", "approx", "")
    d.org("，[[中国邮政]]在")
    d.metric("邮路[[超过160条]]", 160, "条", "over", "")
    d.org("。[[商务部]]等部门")
    d.date("在[[元旦]]、春节前", "2027-01-01", "")
    d.date("元旦、[[春节]]前加快", "2027-02-06", "")
    d.date("，[[2027年底]]前", NY, "")
    # P7 capital
    d.org("。[[万纬冷链]]相关")
    d.metric("冷库[[超过60座]]", 60, "座", "over", WH)
    d.date("，[[今年]]新增的8座", Y, WH)
    d.metric("新增的[[8座]]", 8, "座", "exact", WH)
    d.metric("有[[5座]]位于", 5, "座", "exact", WH)
    d.city("位于[[武汉]]、郑州")
    d.city("武汉、[[郑州]]、西安等中西部")
    d.city("郑州、[[西安]]等中西部")
    d.metric("保持在[[90%以上]]", 90, "%", "over", XA)
    d.org("。[[普洛斯]]发布")
    d.city("显示，[[上海]]、深圳等城市高标准")
    d.city("上海、[[深圳]]等城市高标准")
    d.metric("上涨[[约6%]]", 6, "%", "approx", SZ)
    d.org("。[[中国农业银行]]今年")
    d.date("农业银行[[今年]]已", Y, "")
    d.metric("贷款[[约380亿元]]", "380e8", "元", "approx", "")
    d.org("，[[国家开发银行]]也")
    d.metric("也为[[25个]]骨干", 25, "个", "exact", "")
    # P8 prices and imports
    d.org("，[[国家统计局]]数据")
    d.date("显示，[[10月]]鲜菜", OCT, "")
    d.metric("下降[[3.1%]]", "3.1", "%", "exact", "")
    d.metric("上涨[[2.4%]]", "2.4", "%", "exact", "")
    d.org("。[[海关总署]]统计")
    d.date("统计，[[今年前10个月]]我国", Y, "")
    d.metric("冷冻肉类[[约560万吨]]", "560e4", "吨", "approx", "")
    d.metric("减少[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("鲜果[[约620万吨]]", "620e4", "吨", "approx", GZ)
    d.city("经[[广州]]、深圳")
    d.city("广州、[[深圳]]、上海等地")
    d.city("、[[上海]]等地入境")
    d.metric("占比[[超过六成]]", 60, "%", "over", SH)
    d.date("随着[[春节]]临近", "2027-02-06", "")
    d.date("，[[明年1月]]生鲜", "2027-01", "")
    # P9 the outlook (no CITY)
    d.org("\n\n[[艾瑞咨询]]预计")
    d.date("预计，[[今年]]全国", Y, "")
    d.metric("达到[[约7800亿元]]", "7800e8", "元", "approx", "")
    d.date("，[[明年]]有望", NY, "")
    d.metric("有望[[突破8500亿元]]", "8500e8", "元", "over", "")
    d.org("。[[北京物资学院]]一位")
    d.metric("仍在[[40%左右]]", 40, "%", "approx", "")
    d.org("。[[中国仓储与配送协会]]也")
    audit = {
        "orgs": ["经济参考报", "商务部", "中国物流与采购联合会冷链物流专业委员会",
                 "中物联冷链委", "京东物流", "顺丰控股", "盒马", "美团",
                 "小象超市", "叮咚买菜", "朴朴超市", "永辉超市", "物美",
                 "北京市商务局", "新发地农产品批发市场", "上海市商务委",
                 "广州市商务局", "农业农村部", "顺丰", "拼多多", "中通冷链",
                 "国家发展改革委", "交通运输部", "国家邮政局", "中国邮政",
                 "万纬冷链", "普洛斯", "中国农业银行", "国家开发银行",
                 "国家统计局", "海关总署", "艾瑞咨询", "北京物资学院",
                 "中国仓储与配送协会"],
        "cities": ["北京", "上海", "深圳", "福州", "厦门", "成都", "广州",
                   "重庆", "寿光", "杭州", "赣州", "库尔勒", "郑州", "西安",
                   "武汉", "天津", "南京", "青岛", "潍坊", "昆明", "长沙",
                   "济南", "合肥", "南宁", "海口", "大连", "沈阳", "山东",
                   "新疆", "江西"],
        # the province 山东 before 寿光
        "excluded": ["[[山东]]寿光"],
        # 连续12个季度: a duration (GUIDELINES: 个季度 is a time unit)
        "numbers_excluded": ["连续[[12个季度]]"],
        # 两地 (a collective label after its list, SPEC), 一位, 新一轮 (a new
        # round)
        "cn_excluded": ["重庆[[两]]地", "学院[[一]]位", "新[[一]]轮"],
        "latin_excluded": [],
        # time words that are no DATE: 次日达 (a delivery service,
        # GUIDELINES), 日均 (x2, daily averages), 平日 (weekdays), 采摘季 (a
        # season), 全年 (the year's total, no year of its own), 年度 (the
        # annual list), 末端 (the last mile)
        "words_excluded": {"次日达": 1, "日均": 2, "平日": 1, "采摘季": 1,
                           "全年": 1, "年度": 1, "末端": 1},
        # generic words outside ORG rows: 公司 (x3: 顺丰控股, 叮咚买菜 and
        # 万纬冷链 read back), 协会, 商务局, 银行, 学院, 超市, 集团 (none
        # outside)
        "orgwords_excluded": {"公司": 3, "协会": 0, "商务局": 0, "银行": 0,
                              "学院": 0, "超市": 0, "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g162 Taiwan's convenience-store chains, November 2026: 經濟部統計處's
# survey of 昨（22）日 (今（115）年10月, 今年前10月, 雙11, 第4季); 台灣連鎖暨
# 加盟協會's store counts (10月底 against 去年底, 民國114年, 今年); the
# chains' results (統一超商 昨日: 10月, 今年前10月; 統一企業, 統一星巴克,
# 康是美 今年前3季; 全家 10月 and 第3季; 萊爾富 and 光泉牧場 今年); payments
# (金管會 9月底 with 上月 as a baseline, 悠遊卡公司 今年前10月 against 去年
# 同期, 一卡通票證公司, 全聯福利中心's 全支付, 街口支付, LINE Pay); 財政部
# 今年前3季 and 經濟部商業發展署 明年; parcels and delivery (雙11 11月1日至
# 11日, 蝦皮購物, Uber Eats, foodpanda, 今年前3季); the cities (新北市, 台北市,
# 台中, 高雄, 台南, 桃園 今年 against 113年底, 新竹市, 嘉義市; 台南, 高雄
# 今年); costs (勞動部 9月, 明（116）年1月1日, 12月); new formats (日本全家 in
# 東京, 大阪; 台北, 台中; 基隆, 新竹市; 明年); the outlook (年底, 聖誕節, 元旦,
# 明年春節, 春節; 凱基投顧 明年; 資策會產業情報研究所 明（116）年; 政治大學
# 企業管理學系; 台北, 新北).  Traditional as Taiwan writes it (台, 占, 公布,
# 計畫, 年增, 季增, 前10月, 前3季, 第4季, 新台幣, ROC years), cp950,
# 2026-11-23 (a Monday, ISO week 2026-W48), 工商時報; the byline
# 工商時報記者林嫺瑜／台北報導 stands on its own line.  昨（22）日 and 昨日
# 2026-11-22; 上月 after 較 in a sentence of 9月底 -> 2026-08; 明年 2027;
# 去年 2025.
# ===========================================================================
@doc
def g162():
    d = Doc(G162)
    Y, LY, NY = "2026", "2025", "2027"
    AUG, SEP, OCT = "2026-08", "2026-09", "2026-10"
    XB, TPE, KHH, TN, TY = "新北市", "台北市", "高雄市", "台南市", "桃园市"
    CY, TC, OSA = "嘉义市", "台中市", "大阪"
    # title (a heading that opens with no city)
    d.metric("門市[[突破1.4萬家]]", "1.4e4", "家", "over", "")
    d.date("萬家 [[今年前10月]]營業額", Y, "")
    d.metric("營業額年增[[5.8%]]", "5.8", "%", "exact", "")
    # byline (its own line: a heading that opens with the outlet)
    d.org("\n\n[[工商時報]]記者")
    d.city("／[[台北]]報導")
    # P1 經濟部統計處's survey (no CITY)
    d.org("\n\n[[經濟部統計處]]昨")
    d.date("統計處[[昨（22）日]]公布", "2026-11-22", "")
    d.date("調查，[[今（115）年10月]]便利", OCT, "")
    d.metric("營業額達新台幣[[362億元]]", "362e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[6.2%]]", "6.2", "%", "exact", "")
    d.date("；[[今年前10月]]累計營業額", Y, "")
    d.metric("營業額約新台幣[[3,480億元]]", "3480e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("3,480億元，年增[[5.8%]]", "5.8", "%", "exact", "")
    d.date("加上[[雙11]]網購", "2026-11-11", "")
    d.date("預估[[第4季]]營業額", "2026-Q4", "")
    d.metric("年增[[5%]]至6%", 5, "%", "exact", "")
    d.metric("5%至[[6%]]", 6, "%", "exact", "")
    # P2 store counts (no CITY)
    d.org("\n\n[[台灣連鎖暨加盟協會]]統計")
    d.date("截至[[10月底]]，全台", OCT, "")
    d.metric("總數達[[14,126家]]", 14126, "家", "exact", "")
    d.date("較[[去年底]]淨增", LY, "")
    d.metric("淨增[[312家]]", 312, "家", "exact", "")
    d.metric("平均每[[1,650人]]", 1650, "人", "exact", "")
    d.org("龍頭[[統一超商]]（")
    d.org("（[[7-ELEVEN]]）門市")
    d.metric("門市數為[[7,182家]]", 7182, "家", "exact", "")
    d.metric("市占率[[約51%]]", 51, "%", "approx", "")
    d.org("；[[全家便利商店]]（")
    d.org("（[[全家]]）以")
    d.metric("以[[4,420家]]居次", 4420, "家", "exact", "")
    d.org("，[[萊爾富]]與OK超商則")
    d.org("與[[OK超商]]則分別")
    d.metric("分別為[[1,560家]]與", 1560, "家", "exact", "")
    d.metric("與[[964家]]", 964, "家", "exact", "")
    d.date("，[[民國114年]]全年", LY, "")
    d.metric("僅[[約250家]]", 250, "家", "approx", "")
    d.date("，[[今年]]展店速度", Y, "")
    d.org("但[[OK超商]]今年")
    d.date("OK超商[[今年]]仍", Y, "")
    d.metric("關閉[[約20家]]", 20, "家", "approx", "")
    # P3 results and parent groups (no CITY)
    d.org("，[[統一超商]]昨日公布")
    d.date("統一超商[[昨日]]公布", "2026-11-22", "")
    d.date("公布，[[10月]]單月", OCT, "")
    d.metric("合併營收約新台幣[[291億元]]", "291e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[4.6%]]", "4.6", "%", "exact", "")
    d.date("；[[今年前10月]]累計合併", Y, "")
    d.metric("合併營收約新台幣[[2,860億元]]", "2860e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[5.1%]]", "5.1", "%", "exact", "")
    d.org("母公司[[統一企業]]持股")
    d.metric("持股[[約45.4%]]", "45.4", "%", "approx", "")
    d.org("旗下[[統一星巴克]]、康是美")
    d.org("、[[康是美]]等子公司")
    d.date("子公司[[今年前3季]]合計", Y, "")
    d.metric("營收逾新台幣[[600億元]]", "600e8", "元", "over", "",
             outer="逾新台幣")
    d.org("。[[全家]]10月營收")
    d.date("全家[[10月]]營收", OCT, "")
    d.metric("營收約新台幣[[94.3億元]]", "94.3e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("年增[[3.8%]]", "3.8", "%", "exact", "")
    d.date("，[[第3季]]稅後", "2026-Q3", "")
    d.metric("純益約新台幣[[9.6億元]]", "9.6e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("季增[[12%]]", 12, "%", "exact", "")
    d.metric("每股純益[[4.29元]]", "4.29", "元", "exact", "")
    d.org("；[[萊爾富]]母公司")
    d.org("母公司[[光泉牧場]]則")
    d.date("旗下超商[[今年]]將", Y, "")
    # P4 payments (no CITY)
    d.org("。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）統計")
    d.date("截至[[9月底]]，國內", SEP, "")
    d.metric("使用者達[[3,218萬人]]", "3218e4", "人", "exact", "")
    d.date("較[[上月]]增加", AUG, "")
    d.metric("增加[[約41萬人]]", "41e4", "人", "approx", "")
    d.org("。[[悠遊卡公司]]指出")
    d.date("指出，[[今年前10月]]在超商", Y, "")
    d.metric("筆數[[約4.2億筆]]", "4.2e8", "笔", "approx", "")
    d.date("較[[去年同期]]增加", LY, "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.metric("總筆數[[約37%]]", 37, "%", "approx", "")
    d.org("；[[一卡通票證公司]]也")
    d.org("與[[萊爾富]]合作，推出")
    d.metric("折抵[[5元]]", 5, "元", "exact", "")
    d.org("。[[全聯福利中心]]旗下")
    d.org("旗下[[全支付]]、")
    d.org("、[[街口支付]]與")
    d.org("與[[LINE Pay]]等業者")
    d.metric("推出[[8折]]至9折", 80, "%", "exact", "")
    d.metric("8折至[[9折]]", 90, "%", "exact", "")
    # P5 the government's figures (no CITY)
    d.org("。[[財政部]]統計")
    d.date("統計，[[今年前3季]]超商", Y, "")
    d.metric("電子發票[[約28.6億張]]", "28.6e8", "张", "approx", "")
    d.metric("總張數[[約三成]]", 30, "%", "approx", "")
    d.org("；[[經濟部商業發展署]]則")
    d.date("表示，[[明年]]將編列", NY, "")
    d.metric("編列約新台幣[[1.2億元]]", "1.2e8", "元", "approx", "",
             outer="約新台幣")
    d.metric("協助[[逾500家]]", 500, "家", "over", "")
    # P6 parcels and delivery (no CITY)
    d.org("。[[統一超商]]表示，雙11")
    d.date("表示，[[雙11]]檔期", "2026-11-11", "")
    d.date("（[[11月1日]]至11日）", "2026-11-01", "")
    d.date("11月1日至[[11日]]）", "2026-11-11", "")
    d.metric("包裹量[[約1,850萬件]]", "1850e4", "件", "approx", "")
    d.metric("年增[[18%]]", 18, "%", "exact", "")
    d.org("；[[全家]]則指出")
    d.metric("最高達[[212萬件]]", "212e4", "件", "exact", "")
    d.org("，[[蝦皮購物]]自建")
    d.metric("已[[逾2,100處]]", 2100, "处", "over", "")
    d.org("，[[全家]]與Uber")
    d.org("與[[Uber Eats]]合作")
    d.metric("擴及[[逾3,600家]]", 3600, "家", "over", "")
    d.org("；[[7-ELEVEN]]則與")
    d.org("與[[foodpanda]]合作")
    d.date("，[[今年前3季]]外送", Y, "")
    d.metric("年增[[約35%]]", 35, "%", "approx", "")
    # P7 the cities
    d.city("來看，[[新北市]]門市")
    d.metric("門市數達[[2,350家]]", 2350, "家", "exact", XB)
    d.city("；[[台北市]]約")
    d.metric("台北市[[約1,980家]]", 1980, "家", "approx", TPE)
    d.metric("每平方公里[[約7.3家]]", "7.3", "家", "approx", TPE)
    d.city("。[[台中]]、高雄分別")
    d.city("台中、[[高雄]]分別")
    d.metric("分別為[[1,760家]]與", 1760, "家", "exact", KHH)
    d.metric("與[[1,690家]]，", 1690, "家", "exact", KHH)
    d.city("，[[台南]]約1,120家")
    d.metric("台南[[約1,120家]]", 1120, "家", "approx", TN)
    d.city("；[[桃園]]今年")
    d.date("桃園[[今年]]展店", Y, TY)
    d.date("較[[113年底]]增加", "2024", TY)
    d.metric("增加[[約140家]]", 140, "家", "approx", TY)
    d.city("，[[新竹市]]與嘉義市")
    d.city("與[[嘉義市]]每萬人")
    d.metric("超商[[約6.8家]]", "6.8", "家", "approx", CY)
    d.metric("平均的[[6.1家]]", "6.1", "家", "exact", CY)
    d.metric("則[[不到4家]]", 4, "家", "under", CY)
    d.city("。[[台南]]、高雄今年")
    d.city("台南、[[高雄]]今年")
    d.date("高雄[[今年]]新增", Y, KHH)
    d.metric("中，[[約三成]]開在", 30, "%", "approx", KHH)
    # P8 costs (no CITY)
    d.org("。[[勞動部]]9月")
    d.date("勞動部[[9月]]拍板", SEP, "")
    d.date("拍板，[[明（116）年1月1日]]起", "2027-01-01", "")
    d.metric("調升至新台幣[[30,300元]]", 30300, "元", "exact", "",
             outer="新台幣")
    d.metric("時薪調升至[[201元]]", 201, "元", "exact", "")
    d.metric("漲幅[[約2.7%]]", "2.7", "%", "approx", "")
    d.org("，[[統一超商]]與全家自")
    d.org("統一超商與[[全家]]自12月")
    d.date("自[[12月]]起", "2026-12", "")
    d.metric("價格[[1]]至5元", 1, "元", "exact", "", shared="元")
    d.metric("1至[[5元]]；", 5, "元", "exact", "")
    d.org("；[[台灣連鎖暨加盟協會]]估算")
    d.metric("增加約新台幣[[1.8萬元]]", "1.8e4", "元", "approx", "",
             outer="約新台幣")
    # P9 new formats
    d.org("。[[全家]]參考")
    d.org("參考[[日本全家]]在")
    d.city("在[[東京]]、大阪")
    d.city("、[[大阪]]的經驗")
    d.date("經驗，[[今年]]已在", Y, OSA)
    d.city("已在[[台北]]、台中開出")
    d.city("台北、[[台中]]開出")
    d.metric("開出[[12家]]", 12, "家", "exact", TC)
    d.org("；[[萊爾富]]則在")
    d.city("在[[基隆]]、新竹市")
    d.city("、[[新竹市]]等地")
    d.org("。[[統一超商]]計畫")
    d.date("計畫[[明年]]新增", NY, "")
    d.metric("新增[[約30家]]", 30, "家", "approx", "")
    d.metric("高出[[約四成]]", 40, "%", "approx", "")
    # P10 the outlook
    d.date("展望[[年底]]旺季", Y, "")
    d.date("備戰[[聖誕節]]、元旦", "2026-12-25", "")
    d.date("、[[元旦]]與明年", "2027-01-01", "")
    d.date("與[[明年春節]]檔期", "2027-02-06", "")
    d.org("。[[全家]]預估")
    d.date("預估，[[聖誕節]]前後", "2026-12-25", "")
    d.metric("年增[[約15%]]", 15, "%", "approx", "")
    d.org("；[[統一超商]]則表示")
    d.date("表示，[[春節]]檔期", "2027-02-06", "")
    d.metric("目標為新台幣[[9億元]]", "9e8", "元", "exact", "",
             outer="新台幣")
    d.org("。[[凱基投顧]]指出")
    d.org("指出，[[統一超商]]明年")
    d.date("統一超商[[明年]]獲利", NY, "")
    d.metric("年增[[約8%]]", 8, "%", "approx", "")
    d.metric("可望達[[12.4元]]", "12.4", "元", "exact", "")
    d.org("；[[資策會產業情報研究所]]（")
    d.org("（[[MIC]]）")
    d.date("預估，[[明（116）年]]國內", NY, "")
    d.metric("將達新台幣[[4,300億元]]", "4300e8", "元", "exact", "",
             outer="新台幣")
    d.metric("比重將[[逾三成]]", 30, "%", "over", "")
    d.org("。[[政治大學企業管理學系]]一位")
    d.city("集中在[[台北]]、新北")
    d.city("台北、[[新北]]等都會區")
    audit = {
        "orgs": ["工商時報", "經濟部統計處", "台灣連鎖暨加盟協會", "統一超商",
                 "7-ELEVEN", "全家便利商店", "全家", "萊爾富", "OK超商",
                 "統一企業", "統一星巴克", "康是美", "光泉牧場",
                 "金融監督管理委員會", "金管會", "悠遊卡公司", "一卡通票證公司",
                 "全聯福利中心", "全支付", "街口支付", "LINE Pay", "財政部",
                 "經濟部商業發展署", "蝦皮購物", "Uber Eats", "foodpanda",
                 "勞動部", "日本全家", "凱基投顧", "資策會產業情報研究所",
                 "MIC", "政治大學企業管理學系"],
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "高雄", "基隆", "新竹", "嘉義", "花蓮", "台東", "宜蘭",
                   "屏東", "東京", "大阪", "首爾", "香港", "上海"],
        # counties (花蓮縣, 台東縣: GUIDELINES, counties never match)
        "excluded": ["[[花蓮]]縣", "[[台東]]縣"],
        "numbers_excluded": [],
        # 一家 (x1: the indefinite article, GUIDELINES), 雙雙 (both), 之一,
        # 一位; 一卡通 is inside its ORG row
        "cn_excluded": ["有[[一]]家超商", "[[雙雙]]創", "之[[一]]。",
                        "系[[一]]位"],
        # none: 7-ELEVEN, OK, LINE Pay, Uber Eats, foodpanda and MIC are
        # inside ORG rows
        "latin_excluded": [],
        # time words that are no DATE: 歷年同月 (GUIDELINES), 全年 (after
        # 民國114年: outside the span), 明顯, 單月, 同期 (創同期新高, no year
        # word), 季增 (quarter on quarter), 單日, 月薪, 每月 (recurring),
        # 旺季 (a season), 年菜 (New Year dishes), 年增 (x11, year on year),
        # 日益 (increasingly), 節能 (energy-saving)
        "words_excluded": {"歷年同月": 1, "全年": 1, "明顯": 1, "單月": 1,
                           "同期": 1, "季增": 1, "單日": 1, "月薪": 1,
                           "每月": 1, "旺季": 1, "年菜": 1, "年增": 11,
                           "日益": 1, "節能": 1},
        # generic words outside ORG rows: 公司 (x3: 子公司 and 母公司 x2,
        # kinds), 協會 (協會指出: the association read back), 投顧, 研究所,
        # 大學, 統計處 (none outside)
        "orgwords_excluded": {"公司": 3, "協會": 1, "投顧": 0, "研究所": 0,
                              "大學": 0, "統計處": 0},
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


def t2s_all(strings):
    """OpenCC t2s of each string, or None when OpenCC is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC("t2s").convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
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
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    # each declared character of the cp950 article (嫺 outside plain Big5,
    # ／ written with cp950's own bytes) stands once, on the byline line
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
            lines = d.text.split("\n")     # the byline (the third line) and
            assert c in lines[2], c         # before every span but the
            assert d.text.index(c) < s or \
                e <= len(lines[0]) + 2 + len(lines[2]), r   # title's and
                                                # the byline's
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
