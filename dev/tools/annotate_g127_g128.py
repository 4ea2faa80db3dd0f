#!/usr/bin/env python3
"""Gold annotation for the held-out articles g127_nev_sales_automakers and
g128_hk_retail_sales_malls (annotator UB).

Adapted from the precedent set's tools/annotate_va.py (now dev/tools/annotate_g119_g120.py; copied and the data
changed; it keeps the checks of annotate_va.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, ROC years only in a Taiwan text, relative words resolved from the
reference date, the bare-day month rule, 当天 repeating the latest day,
去年同期 a year before its sentence's period, 上月 as a baseline after a
comparison word, the 约占 check, the declared shared unit, the
hand-declared organizations of each article, the GBK checks), with
annotate_vb.py's bracketed-day check (a day in brackets after a DATE
carries the same date) and its 下周 + weekday check.  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g127 is simplified (mainland, 中国汽车报, 2026-11-12), stored as GBK
  without a BOM.  Its byline holds one character that GBK has and GB2312
  lacks (喆 U+5586, GBK 86B4, in the reporter's given name): Python's
  gb2312 codec fails on the file, gbk reads it and gb18030 and cp936 read
  it alike; every character encodes in GBK; UTF-8 and the Big5 family
  fail or read another text.
- g128 is traditional (Hong Kong, 香港經濟日報, 2026-11-25), stored as UTF-8
  WITHOUT a BOM; the GB and Big5 codecs fail on the bytes or read another
  text.  `text` is the traditional original; `normalized` (ORG/CITY) and
  `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Hong Kong, Macao and foreign cities by their common
  mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho23/precedent: README, NOTES_va/vb/vc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g127_g128.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_va.py: a UTF-8 Hong Kong article instead of the
cp950 Taiwan one (no Taiwan marker, no bare 2-3 digit year; the traditional
text holds no simplified-only character); the tables CN_DAY, CN_YEAR_DIGIT
and WEEKDAY that annotate_va.py referred to but did not define (its data
never reached them; mine reaches WEEKDAY); 下周/下週 + weekday; the
bracketed-day check of annotate_vb.py; units 辆, 名, 台, 倍, GWh, 百分点,
人次, 晚, 间 (間), 张 (張); holidays 国庆, 国慶, 双11, 今年雙11, 聖誕, 元旦,
春节, 明年農曆新年.  Re-run (from anywhere):

    python3 dev/tools/annotate_g127_g128.py
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
G127 = "g127_nev_sales_automakers"
G128 = "g128_hk_retail_sales_malls"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    G127: ("gbk", b"", False, "2026-11-12", "中国汽车报"),
    G128: ("utf-8", b"", True, "2026-11-25", "香港經濟日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {G127: [], G128: []}
# characters of a GBK article that GB2312 lacks (喆: GBK 86B4)
OUTSIDE_GB2312 = {G127: ["喆"]}
# characters of a cp950 article that plain Big5 lacks (no cp950 article)
OUTSIDE_BIG5 = {}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电积鸿纬达营运链门湾岛览龙冈审预议编质询辆职补铁规轨"
                   "营运桥绿蓝黄红枢纽线缩办险债权础获资亏损扩须张"
                   "户产贷审丰汇亚储证劳娱乐稳宾厅测庄艺视游铺杂"
                   "游馈档抢宝钟礼货药妆购饰类闭捞马间较数据领")
# Holidays the articles name, by their exact span (2026-2027): g127
# (mainland, 2026-11-12): 国庆 2026-10-01 (in a sentence about October),
# 双11 2026-11-11 (the day before publication), 元旦 2027-01-01 and 春节
# 2027-02-06 (正月初一 of 2027, the coming ones); g128 (Hong Kong,
# 2026-11-25): 國慶 2026-10-01 (the October golden week), 聖誕 2026-12-25
# (the coming one), 元旦 2027-01-01, 明年農曆新年 2027-02-06, 今年雙11
# 2026-11-11 (今年 inside the span).
HOLIDAY = {
    "国庆": "2026-10-01", "双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06", "國慶": "2026-10-01", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06", "今年雙11": "2026-11-11",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "星期五", "感恩节", "感恩節", "双十一",
                 "雙十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g127 (2026: municipalities 北京, 上海, 重庆; prefecture-level cities
    # 深圳, 西安, 合肥, 常州, 柳州, 肇庆, 金华, 郑州, 成都, 杭州, 长沙; foreign
    # cities by their common Chinese names: 塞格德 (Hungary), 卡马萨里
    # (Brazil))
    "北京": "北京市", "上海": "上海市", "重庆": "重庆市", "深圳": "深圳市",
    "西安": "西安市", "合肥": "合肥市", "常州": "常州市", "柳州": "柳州市",
    "肇庆": "肇庆市", "金华": "金华市", "郑州": "郑州市", "成都": "成都市",
    "杭州": "杭州市", "长沙": "长沙市", "塞格德": "塞格德",
    "卡马萨里": "卡马萨里",
    # g128 (traditional spans; mainland cities with 市 (北京, 上海, 杭州,
    # 成都 are written alike), Hong Kong, Macao and foreign cities by their
    # common mainland names)
    "香港": "香港", "澳門": "澳门", "廣州": "广州市", "珠海": "珠海市",
    "東莞": "东莞市", "中山": "中山市", "佛山": "佛山市", "惠州": "惠州市",
    "東京": "东京", "首爾": "首尔", "曼谷": "曼谷", "新加坡": "新加坡",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"塞格德", "卡马萨里", "香港", "澳门", "东京", "首尔", "曼谷",
          "新加坡"}
# foreign cities whose common Chinese name itself ends with 市 (none)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市) (none)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟日報": "经济日报", "香港旅遊發展局": "香港旅游发展局",
    "旅發局": "旅发局", "入境事務處": "入境事务处", "入境處": "入境处",
    "政府統計處": "政府统计处", "香港零售管理協會": "香港零售管理协会",
    "商務及經濟發展局": "商务及经济发展局", "新鴻基地產": "新鸿基地产",
    "新地": "新地", "九龍倉置業": "九龙仓置业", "九置": "九置",
    "太古地產": "太古地产", "希慎興業": "希慎兴业", "恒基地產": "恒基地产",
    "新世界發展": "新世界发展",
    "領展房地產投資信託基金": "领展房地产投资信托基金", "領展": "领展",
    "第一太平戴維斯": "第一太平戴维斯", "仲量聯行": "仲量联行",
    "戴德梁行": "戴德梁行", "周大福珠寶集團": "周大福珠宝集团",
    "周大福": "周大福", "莎莎國際": "莎莎国际", "六福集團": "六福集团",
    "周生生": "周生生", "深圳市商務局": "深圳市商务局",
    "山姆會員商店": "山姆会员商店", "盒馬": "盒马", "海底撈": "海底捞",
    "支付寶香港": "支付宝香港", "惠康": "惠康", "百佳": "百佳",
    "恒生銀行": "恒生银行", "星展香港": "星展香港", "國泰航空": "国泰航空",
    "HKTVmall": "HKTVmall", "香港科技探索": "香港科技探索",
    "香港理工大學酒店及旅遊業管理學院": "香港理工大学酒店及旅游业管理学院",
    "特區政府": "特区政府",
}
# Chinese-numeral days and years (kept for the written-date checks;
# annotate_va.py used them without defining them)
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
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "gb2312", "big5", "cp950",
                          "big5hkscs"):     # fails or reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        self.no_span_chars = []
        if enc == "gbk":        # GBK proper: the declared characters are
            outside = sorted({c for c in self.text  # the only ones GB2312
                              if not enc_ok(c, "gb2312")})      # lacks
            assert outside == sorted(OUTSIDE_GB2312[doc_id]), (doc_id,
                                                                outside)
            assert outside, f"{doc_id}: declare a character outside GB2312"
            # every non-ASCII character is two bytes in GBK
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # GB2312 fails on the file; cp936 and GB18030 (supersets of
            # GBK) read it alike; the Big5 family fails or reads another
            # text
            assert not decodes(raw, "gb2312"), (doc_id, "gb2312")
            for other in ("cp936", "gb18030"):
                assert raw.decode(other) == self.text, (doc_id, other)
            for other in ("big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
            # GB2312 writes every line without a declared character alike
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode("gb2312") == line.encode(enc), line
            # the declared characters lie in no span (checked in check())
            self.no_span_chars = outside
        if enc == "cp950":      # Taiwan's Big5: the declared characters are
            outside = sorted({c for c in self.text  # the only ones plain
                              if not enc_ok(c, "big5")})    # Big5 lacks
            assert outside == sorted(OUTSIDE_BIG5[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside Big5"
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # plain Big5 fails on the file; Big5-HKSCS reads it alike
            assert not decodes(raw, "big5"), (doc_id, "big5")
            assert raw.decode("big5hkscs") == self.text, (doc_id, "hkscs")
            # plain Big5 reads every line without a declared character alike
            # (its encoder writes ／ as A241, cp950 as A1FE: both decode to
            # ／, so the check is on decoding)
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("big5") == line, line
            # the GB codecs fail or read another text
            for other in ("gbk", "gb2312", "gb18030"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
            assert re.search(r"(?<!\d)1[01]\d年", self.text), doc_id
        else:                   # a mainland text writes no Taiwan marker
            for w in TAIWAN_MARKERS:                # and no bare 2-3 digit
                assert w not in self.text, (doc_id, w)       # year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
# g127 new-energy vehicle sales and production, October 2026: the car
# manufacturers' association's national figures (中汽协), retail and weekly
# figures of 乘联分会, exports, the makers one by one (比亚迪 with its plants
# in 塞格德 and 卡马萨里, 吉利汽车 and 极氪, the new makers 零跑汽车, 小鹏汽车,
# 蔚来 and 乐道, 理想汽车, 小米汽车 in 北京, 赛力斯 and 问界, 特斯拉 in 上海),
# market shares, production by city (西安, 深圳, 上海, 合肥, 常州, 重庆,
# 柳州, 肇庆, 金华), local subsidies (郑州, 深圳, 成都, 广州, 杭州, 长沙), the
# purchase-tax policy, charging and batteries, stocks and the outlook.
# Simplified, GBK without BOM, 2026-11-12 (a Thursday, ISO week 2026-W46),
# 中国汽车报; the byline line 中国汽车报记者 周喆 follows the title.  昨日
# 2026-11-11; 上周 2026-W45; 本月 2026-11; 上月 2026-10 (as a baseline
# after 10月: 2026-09); 国庆 2026-10-01; 双11 2026-11-11; 元旦 2027-01-01;
# 春节 2027-02-06.
# ===========================================================================
@doc
def g127():
    d = Doc(G127)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT, NOV = "2026-09", "2026-10", "2026-11"
    XA, HF, CZ, CQ, ZZ, CD, BJ, SH = ("西安市", "合肥市", "常州市", "重庆市",
                                      "郑州市", "成都市", "北京市", "上海市")
    # title (a heading that opens with 新能源: no city section)
    d.date("新能源车[[10月]]销量", OCT, "")
    d.metric("同比增长[[近三成]] ", 30, "%", "approx", "")
    d.date("车企冲刺[[年底]]多地", Y, "")
    # byline line: an outlet before 记者 (GUIDELINES 信报记者)
    d.org("\n\n[[中国汽车报]]记者 ")
    # P1 the manufacturers' association (no CITY)
    d.org("\n\n[[中国汽车工业协会]]（")
    d.org("以下简称“[[中汽协]]”")
    d.date("”）[[昨日]]发布", "2026-11-11", "")
    d.date("数据显示，[[10月]]我国新能源", OCT, "")
    d.metric("分别完成[[178.6万辆]]", "178.6e4", "辆", "exact", "")
    d.metric("和[[172.3万辆]]，", "172.3e4", "辆", "exact", "")
    d.metric("同比分别增长[[26.8%]]", "26.8", "%", "exact", "")
    d.metric("和[[28.4%]]，", "28.4", "%", "exact", "")
    d.metric("总销量的[[54.7%]]", "54.7", "%", "exact", "")
    d.date("。[[今年前10个月]]，新能源", Y, "")
    d.metric("分别完成[[1428.5万辆]]", "1428.5e4", "辆", "exact", "")
    d.metric("和[[1416.2万辆]]，", "1416.2e4", "辆", "exact", "")
    d.metric("同比分别增长[[29.1%]]", "29.1", "%", "exact", "")
    d.metric("和[[30.3%]]，", "30.3", "%", "exact", "")
    d.date("已超过[[去年]]全年水平", LY, "")
    d.org("。[[中汽协]]副秘书长")
    d.date("表示，[[10月]]销量较上月", OCT, "")
    d.date("销量较[[上月]]增长", SEP, "")
    d.metric("增长[[6.2%]]，国庆", "6.2", "%", "exact", "")
    d.date("，[[国庆]]假期带动", "2026-10-01", "")
    d.date("释放，[[四季度]]市场", "2026-Q4", "")
    d.metric("预计[[突破1700万辆]]", "1700e4", "辆", "over", "")
    # P2 retail, weekly retail and exports (no CITY)
    d.org("。[[乘联分会]]数据显示")
    d.date("数据显示，[[10月]]全国", OCT, "")
    d.metric("零售[[152.4万辆]]", "152.4e4", "辆", "exact", "")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", "")
    d.metric("升至[[58.3%]]", "58.3", "%", "exact", "")
    d.date("较[[去年同期]]提高", "2025-10", "")
    d.metric("提高[[6.1个百分点]]", "6.1", "百分点", "exact", "")
    d.date("。[[11月1日]]至9日", "2026-11-01", "")
    d.date("11月1日至[[9日]]，", "2026-11-09", "")
    d.metric("零售[[31.2万辆]]", "31.2e4", "辆", "exact", "")
    d.metric("同比增长[[18%]]；", 18, "%", "exact", "")
    d.date("受“[[双11]]”促销", "2026-11-11", "")
    d.org("带动，[[乘联分会]]预计")
    d.date("预计[[本月]]新能源", NOV, "")
    d.metric("达到[[165万辆左右]]", "165e4", "辆", "approx", "")
    d.date("出口方面，[[10月]]新能源", OCT, "")
    d.metric("出口[[25.8万辆]]", "25.8e4", "辆", "exact", "")
    d.metric("同比增长[[62.4%]]", "62.4", "%", "exact", "")
    d.metric("累计出口[[216.7万辆]]", "216.7e4", "辆", "exact", "")
    d.date("已接近[[去年]]全年的2倍", LY, "")
    d.metric("全年的[[2倍]]", 2, "倍", "exact", "")
    # P3 比亚迪 (塞格德: 上月 only) and 吉利汽车
    d.org("车企方面，[[比亚迪]]10月")
    d.date("比亚迪[[10月]]销售", OCT, "")
    d.metric("新能源汽车[[44.1万辆]]", "44.1e4", "辆", "exact", "")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("海外销售[[8.6万辆]]", "8.6e4", "辆", "exact", "")
    d.date("；[[今年前10个月]]累计", Y, "")
    d.metric("累计销量[[约386万辆]]", "386e4", "辆", "approx", "")
    d.metric("目标的[[83%左右]]", 83, "%", "approx", "")
    d.org("。[[比亚迪]]位于匈牙利")
    d.city("匈牙利[[塞格德]]的")
    d.date("已于[[上月]]正式投产", OCT, "塞格德")
    d.city("巴西[[卡马萨里]]的工厂")
    d.org("。[[吉利汽车]]新能源汽车销量")
    d.metric("销量[[16.8万辆]]", "16.8e4", "辆", "exact", "")
    d.metric("同比增长[[35%]]，", 35, "%", "exact", "")
    d.metric("渗透率[[超过六成]]", 60, "%", "over", "")
    d.org("旗下[[极氪]]品牌")
    d.metric("交付[[2.6万辆]]", "2.6e4", "辆", "exact", "")
    # P4 the new makers, 小米汽车 (北京), 特斯拉 (上海), market shares
    d.org("，[[零跑汽车]]交付")
    d.metric("交付[[7.1万辆]]", "7.1e4", "辆", "exact", "")
    d.org("；[[小鹏汽车]]、蔚来")
    d.org("小鹏汽车、[[蔚来]]分别")
    d.metric("分别交付[[4.2万辆]]", "4.2e4", "辆", "exact", "")
    d.metric("和[[4.05万辆]]", "4.05e4", "辆", "exact", "")
    d.org("其中[[蔚来]]旗下")
    d.org("旗下[[乐道]]品牌")
    d.metric("贡献[[约1.5万辆]]", "1.5e4", "辆", "approx", "")
    d.org("；[[理想汽车]]交付")
    d.metric("交付[[3.6万辆]]", "3.6e4", "辆", "exact", "")
    d.metric("同比下降[[约12%]]", 12, "%", "approx", "")
    d.org("。[[小米汽车]]交付量")
    d.metric("交付量[[超过4万辆]]", "4e4", "辆", "over", BJ)
    d.city("位于[[北京]]亦庄")
    d.date("已于[[9月底]]全面", SEP, BJ)
    d.org("。[[赛力斯]]新能源汽车")
    d.metric("销量[[4.6万辆]]", "4.6e4", "辆", "exact", "")
    d.org("其中[[问界]]品牌")
    d.metric("交付[[4.1万辆]]", "4.1e4", "辆", "exact", "")
    d.org("。[[特斯拉]]位于")
    d.city("位于[[上海]]的超级工厂")
    d.metric("交付[[7.9万辆]]", "7.9e4", "辆", "exact", SH)
    d.metric("出口[[约3.2万辆]]", "3.2e4", "辆", "approx", SH)
    d.org("据[[乘联分会]]统计")
    d.org("统计，[[比亚迪]]在新能源")
    d.metric("份额为[[27.6%]]", "27.6", "%", "exact", "")
    d.date("较[[9月]]下降", SEP, "")
    d.metric("下降[[1.4个百分点]]", "1.4", "百分点", "exact", "")
    d.org("；[[吉利汽车]]以")
    d.metric("以[[10.9%]]的份额", "10.9", "%", "exact", "")
    d.org("，[[长安汽车]]、奇瑞")
    d.org("、[[奇瑞]]、")
    d.org("、[[上汽通用五菱]]的份额")
    d.metric("均在[[5%]]至7%", 5, "%", "exact", "")
    d.metric("至[[7%]]之间", 7, "%", "exact", "")
    # P5 production by city
    d.date("数据，[[前三季度]]西安", Y, XA)
    d.city("前三季度[[西安]]新能源")
    d.metric("达到[[97.3万辆]]", "97.3e4", "辆", "exact", XA)
    d.city("；[[深圳]]、上海、合肥")
    d.city("深圳、[[上海]]、合肥")
    d.city("上海、[[合肥]]分别")
    d.metric("生产[[82.1万辆]]", "82.1e4", "辆", "exact", HF)
    d.metric("、[[76.8万辆]]和", "76.8e4", "辆", "exact", HF)
    d.metric("和[[72.4万辆]]", "72.4e4", "辆", "exact", HF)
    d.city("其中[[合肥]]同比")
    d.metric("增长[[约34%]]", 34, "%", "approx", HF)
    d.city("。[[合肥]]依托")
    d.org("依托[[比亚迪]]、蔚来")
    d.org("比亚迪、[[蔚来]]、江淮")
    d.org("、[[江淮汽车]]等整车企业")
    d.org("，[[合肥市政府]]提出")
    d.date("提出到[[2027年]]全市", NY, HF)
    d.metric("产量[[突破200万辆]]", "200e4", "辆", "over", HF)
    d.org("此外，[[理想汽车]]在常州")
    d.city("在[[常州]]的生产基地")
    d.date("生产基地[[前三季度]]产量", Y, CZ)
    d.metric("产量[[约28万辆]]", "28e4", "辆", "approx", CZ)
    d.city("；[[重庆]]前10个月")
    d.date("重庆[[前10个月]]新能源", Y, CQ)
    d.metric("已[[突破95万辆]]", "95e4", "辆", "over", CQ)
    d.org("，[[长安汽车]]和赛力斯")
    d.org("长安汽车和[[赛力斯]]贡献")
    d.metric("贡献[[超过七成]]", 70, "%", "over", CQ)
    d.city("；[[柳州]]、肇庆")
    d.city("柳州、[[肇庆]]、")
    d.city("、[[金华]]等城市")
    # P6 local subsidies
    d.date("多地在[[年底]]前", Y, "")
    d.org("。[[郑州市商务局]]上周")
    d.date("商务局[[上周]]发布", "2026-W45", ZZ)
    d.date("通知，[[11月15日]]至", "2026-11-15", ZZ)
    d.date("至[[12月31日]]，在郑州", "2026-12-31", ZZ)
    d.city("在[[郑州]]购买")
    d.metric("最高[[5000元]]", 5000, "元", "exact", ZZ)
    d.metric("资金总额[[2亿元]]", "2e8", "元", "exact", ZZ)
    d.org("。[[深圳市商务局]]表示")
    d.date("表示，[[10月20日]]启动", "2026-10-20", "")
    d.metric("已发放[[约1.8亿元]]", "1.8e8", "元", "approx", "")
    d.metric("惠及[[约2.3万名]]", "2.3e4", "名", "approx", "")
    d.metric("占比[[超过85%]]", 85, "%", "over", "")
    d.city("。[[成都]]昨日")
    d.date("成都[[昨日]]启动", "2026-11-11", CD)
    d.metric("总额[[3000万元]]", "3000e4", "元", "exact", CD)
    d.metric("单张最高[[8000元]]", 8000, "元", "exact", CD)
    d.org("。[[广州市商务局]]近日")
    d.metric("每辆[[1.5万元]]", "1.5e4", "元", "exact", "")
    d.city("；[[杭州]]、长沙")
    d.city("杭州、[[长沙]]两市")
    d.date("延长至[[明年1月底]]", "2027-01", "长沙市")
    # P7 policy, charging, batteries, vehicle stock (no CITY)
    d.org("根据[[财政部]]、")
    d.org("财政部、[[国家税务总局]]和")
    d.org("和[[工业和信息化部]]此前")
    d.date("公告，[[2026年1月1日]]至", "2026-01-01", "")
    d.date("至[[2027年12月31日]]购置", "2027-12-31", "")
    d.metric("减税额最高[[1.5万元]]", "1.5e4", "元", "exact", "")
    d.org("配套设施方面，[[中国电动汽车充电基础设施促进联盟]]（")
    d.org("以下简称“[[充电联盟]]”")
    d.date("截至[[10月底]]，全国", OCT, "")
    d.metric("达到[[1860万台]]", "1860e4", "台", "exact", "")
    d.metric("同比增长[[约48%]]", 48, "%", "approx", "")
    d.org("。[[中国汽车动力电池产业创新联盟]]数据")
    d.date("数据显示，[[10月]]我国动力电池", OCT, "")
    d.metric("装车量[[约82.6GWh]]", "82.6", "GWh", "approx", "")
    d.metric("同比增长[[41.2%]]", "41.2", "%", "exact", "")
    d.org("其中[[宁德时代]]和比亚迪")
    d.org("宁德时代和[[比亚迪]]合计")
    d.metric("合计占比[[约66%]]", 66, "%", "approx", "")
    d.org("。[[公安部交通管理局]]数据")
    d.date("截至[[9月底]]，全国", SEP, "")
    d.metric("保有量达[[4850万辆]]", "4850e4", "辆", "exact", "")
    d.metric("总量的[[13.6%]]", "13.6", "%", "exact", "")
    # P8 stocks and the outlook (no CITY)
    d.org("。[[中国汽车流通协会]]发布")
    d.date("发布的[[10月]]汽车经销商", OCT, "")
    d.metric("指数为[[52.8%]]", "52.8", "%", "exact", "")
    d.date("较[[上月]]下降3.1", SEP, "")
    d.metric("下降[[3.1个百分点]]", "3.1", "百分点", "exact", "")
    d.org("；[[充电联盟]]也提示")
    d.metric("利用率[[不足30%]]", 30, "%", "under", "")
    d.org("。[[清华大学汽车产业与技术战略研究院]]一位")
    d.metric("降至[[4.3%]]的低位", "4.3", "%", "exact", "")
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("临近，[[年底]]至明年", Y, "")
    d.date("至[[明年一季度]]仍是", "2027-Q1", "")
    d.org("。[[中金公司]]研报")
    d.date("预计，[[明年]]国内", NY, "")
    d.metric("达到[[1900万辆左右]]", "1900e4", "辆", "approx", "")
    d.metric("升至[[60%以上]]", 60, "%", "over", "")
    audit = {
        "orgs": ["中国汽车报", "中国汽车工业协会", "中汽协", "乘联分会",
                 "比亚迪", "吉利汽车", "极氪", "零跑汽车", "小鹏汽车",
                 "蔚来", "乐道", "理想汽车", "小米汽车", "赛力斯", "问界",
                 "特斯拉", "长安汽车", "奇瑞", "上汽通用五菱", "江淮汽车",
                 "合肥市政府", "郑州市商务局", "深圳市商务局", "广州市商务局",
                 "财政部", "国家税务总局", "工业和信息化部",
                 "中国电动汽车充电基础设施促进联盟", "充电联盟",
                 "中国汽车动力电池产业创新联盟", "宁德时代",
                 "公安部交通管理局", "中国汽车流通协会",
                 "清华大学汽车产业与技术战略研究院", "中金公司"],
        "cities": ["北京", "上海", "重庆", "深圳", "西安", "合肥", "常州",
                   "柳州", "肇庆", "金华", "郑州", "成都", "杭州", "长沙",
                   "广州", "塞格德", "卡马萨里", "匈牙利", "巴西", "亦庄",
                   "中国", "我国", "全国", "全市", "城市", "多地", "各地",
                   "国内", "海外", "国家"],
        "excluded": [
            # countries (匈牙利, 巴西, 我国 x2), 亦庄 (an area of 北京), 全国
            # (x5), 全市, 城市 (x4: 从城市看, 全国城市, 等城市, 部分城市), 多地
            # (x2: the title, 多地在年底),
            # 各地 (各地统计部门), 国内, 海外, 国家 (国家以旧换新补贴)
            "[[匈牙利]]塞格德", "[[巴西]]卡马萨里", "10月[[我国]]新能源",
            "10月[[我国]]动力电池", "北京[[亦庄]]", "10月[[全国]]新能源",
            "9日，[[全国]]新能源", "位居[[全国]]城市",
            "，[[全国]]充电", "，[[全国]]新能源汽车保有",
            "[[全市]]新能源", "全国[[城市]]首位", "等[[城市]]也在",
            "部分[[城市]]公共", "从[[城市]]看", "，[[多地]]在年底", "年底[[多地]]加码",
            # 周 of the reporter's surname (周喆): no week
            "记者 [[周]]喆", "据[[各地]]统计",
            "明年[[国内]]", "[[海外]]销售", "在[[国家]]以旧换新",
        ],
        "numbers_excluded": [],
        # 第二 (a rank), 一位 (a person), 新一轮 (a round), 两市 (a
        # collective label for 杭州、长沙), 减半 (halved: a verb, no figure)
        "cn_excluded": ["位居第[[二]]", "[[一]]位研究员", "新[[一]]轮",
                        "长沙[[两]]市", "减[[半]]征收"],
        "latin_excluded": [],
        # time words that are no DATE: 全年 (x5: 去年全年 x2 with 全年
        # outside, 全年新能源汽车销量, 全年目标 x2), 单月 (创单月新高), 旺季
        # (a season), 近日 and 此前 (vague), 假期 (outside 国庆), 前 (outside
        # 年底 and 明年1月底: none written after 1月底)
        "words_excluded": {"全年": 5, "单月": 1, "旺季": 1, "近日": 1,
                           "此前": 1, "假期": 1, "同期": 0, "当月": 0,
                           "当日": 0, "当天": 0},
        # generic heads outside ORG rows: 协会/联盟/研究院 only inside ORGs,
        # 商务局 only inside ORGs, 部门 (各地统计部门), 企业 (整车企业),
        # 公司 only in 中金公司, 市政府 only in 合肥市政府
        "orgwords_excluded": {"协会": 0, "联盟": 0, "商务局": 0, "研究院": 0,
                              "部门": 1, "企业": 1, "公司": 0, "政府": 0,
                              "汽车报": 0, "总局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g128 Hong Kong retail sales and shopping malls, November 2026: the
# tourism board's October arrivals and the golden week (入境事務處), the
# statistics department's September retail sales, the retail management
# association's October estimate, landlords (新地, 九置, 太古地產, 希慎興業,
# 恒基地產, 新世界發展, 領展) and agents (第一太平戴維斯, 仲量聯行,
# 戴德梁行), retailers (周大福, 莎莎國際, 六福集團, 周生生), northbound
# spending in 深圳 and the Greater Bay Area (入境處, 深圳市商務局, 支付寶香港),
# supermarkets, the outlook (恒生銀行, 星展香港, 國泰航空, HKTVmall, 理大).
# Traditional as Hong Kong writes it (按年, 按季, 佔, 公布, 首10個月, 首三季,
# 第三季, 下周二, 上周六, 黃金周, 街舖, 介乎, 間 for shops), UTF-8 without
# BOM, 2026-11-25 (a Wednesday, ISO week 2026-W48), 香港經濟日報; the
# byline line 經濟日報記者 梁曉晴 follows the title.  昨日 2026-11-24; 上周
# 2026-W47; 上周六 2026-11-21; 下周二 2026-12-01; 上月底 2026-10; 國慶
# 2026-10-01; 聖誕 2026-12-25; 元旦 2027-01-01; 明年農曆新年 2027-02-06;
# 今年雙11 2026-11-11.
# ===========================================================================
@doc
def g128():
    d = Doc(G128)
    Y, LY, NY = "2026", "2025", "2027"
    SEP, OCT = "2026-09", "2026-10"
    Q3 = "2026-Q3"
    HK, MO, SZ, CD = "香港", "澳门", "深圳市", "成都市"
    # title (a heading that opens with 訪港: no city section)
    d.date("訪港旅客[[10月]]增", OCT, "")
    d.metric("增[[12%]] ", 12, "%", "exact", "")
    d.date("寄望[[聖誕]]檔期", "2026-12-25", "")
    # byline line: an outlet before 記者 (GUIDELINES 信报记者)
    d.org("\n\n[[經濟日報]]記者 ")
    # P1 visitor arrivals (香港 only inside the board's name; 北京, 上海,
    # 杭州, 成都 in the board's third sentence)
    d.org("\n\n[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）昨日")
    d.date("旅發局）[[昨日]]公布", "2026-11-24", "")
    d.date("公布，[[10月]]訪港", OCT, "")
    d.metric("訪港旅客[[約468萬人次]]", "468e4", "人次", "approx", "")
    d.metric("按年增加[[12.1%]]", "12.1", "%", "exact", "")
    d.metric("內地旅客[[約362萬人次]]", "362e4", "人次", "approx", "")
    d.metric("佔整體[[約77%]]", 77, "%", "approx", "")
    d.metric("非內地旅客[[約106萬人次]]", "106e4", "人次", "approx", "")
    d.metric("按年增加[[19.4%]]", "19.4", "%", "exact", "")
    d.date("。[[今年首10個月]]訪港", Y, "")
    d.metric("累計[[約4,135萬人次]]", "4135e4", "人次", "approx", "")
    d.metric("按年增加[[11.6%]]", "11.6", "%", "exact", "")
    d.date("恢復至[[2018年同期]]約86%", "2018", "")
    d.metric("同期[[約86%]]的水平", 86, "%", "approx", "")
    d.org("。[[旅發局]]指")
    d.city("來自[[北京]]、上海")
    d.city("北京、[[上海]]、杭州")
    d.city("上海、[[杭州]]及成都")
    d.city("杭州及[[成都]]等")
    d.metric("按年增加[[約18%]]", 18, "%", "approx", CD)
    d.metric("平均留港[[1.9晚]]", "1.9", "晚", "exact", CD)
    d.org("。[[入境事務處]]數據")
    d.date("顯示，[[國慶]]黃金周", "2026-10-01", "")
    d.date("黃金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("內地旅客[[約138萬人次]]", "138e4", "人次", "approx", "")
    d.metric("按年增加[[9.3%]]", "9.3", "%", "exact", "")
    d.metric("日均[[約19.7萬人次]]", "19.7e4", "人次", "approx", "")
    # P2 the statistics department's retail sales (no CITY)
    d.org("零售方面，[[政府統計處]]上月底")
    d.date("統計處[[上月底]]公布", OCT, "")
    d.date("公布，[[9月]]零售業", SEP, "")
    d.metric("估計為[[318億元]]", "318e8", "元", "exact", "")
    d.metric("按年上升[[4.2%]]，是", "4.2", "%", "exact", "")
    d.metric("按年上升[[2.7%]]", "2.7", "%", "exact", "")
    d.date("。[[今年首三季]]零售業", Y, "")
    d.metric("價值[[約2,876億元]]", "2876e8", "元", "approx", "")
    d.metric("微升[[0.9%]]", "0.9", "%", "exact", "")
    d.metric("按年上升[[15.6%]]", "15.6", "%", "exact", "")
    d.metric("分別上升[[6.8%]]和", "6.8", "%", "exact", "")
    d.metric("和[[5.3%]]；", "5.3", "%", "exact", "")
    d.metric("分別下跌[[3.4%]]和", "3.4", "%", "exact", "")
    d.metric("和[[2.1%]]。", "2.1", "%", "exact", "")
    d.date("。[[9月]]網上零售", SEP, "")
    d.metric("銷貨價值[[約31.6億元]]", "31.6e8", "元", "approx", "")
    d.metric("總銷貨價值[[約9.9%]]", "9.9", "%", "approx", "")
    d.org("。[[政府統計處]]將於")
    d.date("將於[[下周二]]（", "2026-12-01", "")
    d.date("下周二（[[12月1日]]）", "2026-12-01", "")
    d.date("公布[[10月]]零售業數據", OCT, "")
    # P3 the retail management association (no CITY)
    d.org("\n\n[[香港零售管理協會]]主席")
    d.date("會員商戶[[10月]]銷售額", OCT, "")
    d.metric("按年上升[[約6%]]", 6, "%", "approx", "")
    d.date("，[[國慶]]黃金周期間", "2026-10-01", "")
    d.metric("增幅[[超過10%]]", 10, "%", "over", "")
    d.date("協會預計[[10月]]整體", OCT, "")
    d.metric("按年上升[[3%]]至5%", 3, "%", "exact", "")
    d.metric("至[[5%]]，全年", 5, "%", "exact", "")
    d.date("；[[聖誕]]及元旦假期", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("按年上升[[約3%]]。", 3, "%", "approx", "")
    d.date("商戶對[[明年農曆新年]]前", "2027-02-06", "")
    d.org("。[[商務及經濟發展局]]表示")
    # P4 malls (no CITY; the malls are facilities)
    d.org("商場方面，[[新鴻基地產]]（")
    d.org("（[[新地]]）表示")
    d.date("旗下商場[[10月]]整體", OCT, "")
    d.metric("按年上升[[約7%]]", 7, "%", "approx", "")
    d.metric("人流按年增加[[逾一成]]", 10, "%", "over", "")
    d.org("。[[九龍倉置業]]（")
    d.org("（[[九置]]）公布")
    d.date("公布，[[第三季]]海港城", Q3, "")
    d.metric("按年上升[[8.5%]]", "8.5", "%", "exact", "")
    d.metric("則上升[[約5%]]", 5, "%", "approx", "")
    d.metric("維持在[[96%]]及", 96, "%", "exact", "")
    d.metric("及[[94%]]。", 94, "%", "exact", "")
    d.org("。[[太古地產]]指")
    d.date("旗下商場[[第三季]]零售", Q3, "")
    d.metric("按年上升[[4.6%]]", "4.6", "%", "exact", "")
    d.org("；[[希慎興業]]則表示")
    d.date("利園區[[第三季]]人流", Q3, "")
    d.metric("按年增加[[約9%]]。", 9, "%", "approx", "")
    d.org("。[[恒基地產]]旗下")
    d.metric("保持在[[95%以上]]", 95, "%", "over", "")
    d.org("，[[新世界發展]]則計劃")
    d.date("計劃在[[12月]]斥資", "2026-12", "")
    d.metric("斥資[[約5,000萬元]]", "5000e4", "元", "approx", "")
    # P5 rents (香港 in 香港零售物業組合)
    d.org("\n\n[[領展房地產投資信託基金]]（")
    d.org("（[[領展]]）上周")
    d.date("）[[上周]]公布截至9月底", "2026-W47", HK)
    d.date("上周公布截至[[9月底]]止", SEP, HK)
    d.city("業績，[[香港]]零售物業")
    d.metric("出租率為[[97.1%]]", "97.1", "%", "exact", HK)
    d.metric("則為負[[2.6%]]", "2.6", "%", "exact", HK)
    d.org("。[[第一太平戴維斯]]報告")
    d.date("指，[[第三季]]核心區", Q3, "")
    d.metric("按季下跌[[1.8%]]", "1.8", "%", "exact", "")
    d.date("，[[今年首三季]]累計", Y, "")
    d.metric("累計下跌[[約5%]]", 5, "%", "approx", "")
    d.org("；[[仲量聯行]]數據")
    d.date("空置率於[[9月底]]升至", SEP, "")
    d.metric("升至[[約11.2%]]", "11.2", "%", "approx", "")
    d.org("。[[戴德梁行]]預計")
    d.date("商場租金[[明年]]將", NY, "")
    # P6 retailers (香港 and 澳門 in two sentences)
    d.org("零售商方面，[[周大福珠寶集團]]（")
    d.org("（[[周大福]]）昨日")
    d.date("周大福）[[昨日]]公布截至", "2026-11-24", HK)
    d.date("昨日公布截至[[9月底]]止", SEP, HK)
    d.city("業績，[[香港]]及澳門市場")
    d.city("香港及[[澳門]]市場")
    d.metric("按年上升[[約9%]]，同店", 9, "%", "approx", MO)
    d.metric("同店銷售上升[[6.5%]]", "6.5", "%", "exact", MO)
    d.org("；[[周大福]]計劃")
    d.date("計劃於[[明年3月底]]前", "2027-03", "")
    d.metric("淨關閉[[約20間]]", 20, "间", "approx", "")
    d.org("。[[莎莎國際]]上周")
    d.date("莎莎國際[[上周]]公布", "2026-W47", HK)
    d.date("公布，[[10月]]香港", OCT, HK)
    d.city("10月[[香港]]及澳門零售")
    d.city("香港及[[澳門]]零售")
    d.metric("按年上升[[4.8%]]", "4.8", "%", "exact", MO)
    d.metric("回升至[[約36%]]", 36, "%", "approx", MO)
    d.org("。[[六福集團]]及")
    d.org("及[[周生生]]亦")
    # P7 northbound spending (深圳, 廣州, 珠海, 東莞, 中山, 佛山, 惠州)
    d.org("。[[入境處]]數據顯示")
    d.date("顯示，[[今年首10個月]]港人", Y, "")
    d.metric("離境[[約7,460萬人次]]", "7460e4", "人次", "approx", "")
    d.metric("按年增加[[14%]]；", 14, "%", "exact", "")
    d.date("；[[上周六]]（", "2026-11-21", "")
    d.date("上周六（[[11月21日]]）", "2026-11-21", "")
    d.metric("港人[[約23.8萬人次]]", "23.8e4", "人次", "approx", "")
    d.org("。[[深圳市商務局]]數據")
    d.date("顯示，[[10月]]深圳", OCT, SZ)
    d.city("10月[[深圳]]社會")
    d.metric("零售總額[[約960億元]]", "960e8", "元", "approx", SZ)
    d.metric("按年增長[[5.6%]]", "5.6", "%", "exact", SZ)
    d.org("；[[山姆會員商店]]、")
    d.org("、[[盒馬]]及")
    d.org("及[[海底撈]]等商戶")
    d.city("商戶在[[深圳]]的門店")
    d.metric("普遍[[超過兩成]]", 20, "%", "over", SZ)
    d.org("。[[支付寶香港]]表示")
    d.date("表示，[[10月]]港人在內地", OCT, SZ)
    d.metric("增加[[約35%]]，其中", 35, "%", "approx", SZ)
    d.city("其中[[深圳]]、廣州")
    d.city("深圳、[[廣州]]、珠海")
    d.city("廣州、[[珠海]]及東莞")
    d.city("珠海及[[東莞]]佔")
    d.metric("佔[[約七成]]", 70, "%", "approx", "东莞市")
    d.city("，[[中山]]、佛山")
    d.city("中山、[[佛山]]及惠州")
    d.city("佛山及[[惠州]]的增幅")
    d.metric("亦[[超過五成]]", 50, "%", "over", "惠州市")
    d.org("，[[惠康]]、百佳")
    d.org("惠康、[[百佳]]等連鎖超市")
    d.metric("介乎[[5%]]至8%", 5, "%", "exact", "")
    d.metric("至[[8%]]。", 8, "%", "exact", "")
    # P8 the outlook (東京, 首爾, 曼谷, 新加坡 in the last sentence)
    d.org("\n\n[[恒生銀行]]首席")
    d.date("預期，[[明年]]本港", NY, "")
    d.metric("上升[[2%]]至4%", 2, "%", "exact", "")
    d.metric("至[[4%]]；", 4, "%", "exact", "")
    d.org("；[[星展香港]]則指")
    d.org("。[[國泰航空]]10月")
    d.date("國泰航空[[10月]]載客量", OCT, "")
    d.metric("上升[[約17%]]", 17, "%", "approx", "")
    d.org("。[[HKTVmall]]母公司")
    d.org("母公司[[香港科技探索]]表示")
    d.date("表示，[[今年雙11]]期間", "2026-11-11", "")
    d.metric("增加[[約21%]]", 21, "%", "approx", "")
    d.metric("數目[[突破120萬張]]", "120e4", "张", "over", "")
    d.org("。[[香港理工大學酒店及旅遊業管理學院]]一名")
    d.org("，[[特區政府]]應與")
    d.org("應與[[旅發局]]加強")
    d.date("在[[聖誕]]、元旦至", "2026-12-25", "东京")
    d.date("聖誕、[[元旦]]至明年", "2027-01-01", "东京")
    d.date("至[[明年農曆新年]]期間", "2027-02-06", "东京")
    d.city("來自[[東京]]、首爾")
    d.city("東京、[[首爾]]、曼谷")
    d.city("、[[曼谷]]及新加坡")
    d.city("及[[新加坡]]等地")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["香港", "澳門", "北京", "上海", "杭州", "成都", "深圳",
                   "廣州", "珠海", "東莞", "中山", "佛山", "惠州", "東京",
                   "首爾", "曼谷", "新加坡", "廣東", "內地", "本港", "港澳",
                   "港人", "羅湖", "福田", "港珠澳", "銅鑼灣", "尖沙咀",
                   "旺角", "中環", "城市", "利園", "海港城", "核心區"],
        "excluded": [
            # 廣東省 (a province), 內地 (x5: the mainland), 本港 (x1,
            # deictic), 港澳 (one-character abbreviations), 港人 (x5: Hong
            # Kong people), 羅湖 and 福田 (districts of 深圳; the crossings),
            # 港珠澳大橋 (a bridge), 銅鑼灣, 尖沙咀, 旺角, 中環 (districts),
            # 新城市廣場 (a mall; 城市 inside) and 非廣東省城市, 利園區 (an
            # area), 海港城 (a mall), 核心區 (x3)
            "非[[廣東]]省", "其中[[內地]]旅客", "非[[內地]]旅客",
            "訪港的[[內地]]旅客", "，[[內地]]旅客消費", "港人在[[內地]]",
            "[[本港]]零售業", "在[[港澳]]淨關閉",
            "但[[港人]]外遊", "[[港人]]經各陸路", "北上的[[港人]]",
            "[[港人]]顧客", "10月[[港人]]在內地", "經[[羅湖]]、",
            "、[[福田]]及", "及[[港珠澳]]大橋", "[[銅鑼灣]]、",
            "、[[尖沙咀]]、", "、[[旺角]]及", "及[[中環]]等",
            "新[[城市]]廣場", "省[[城市]]的", "[[利園]]區",
            "[[海港城]]零售", "[[核心區]]街舖", "等[[核心區]]",
            "，[[核心區]]商場",
        ],
        "numbers_excluded": [],
        # 第六 (連續第六個月: an ordinal), 百貨 (department-store goods: a
        # word), 一名 (a person)
        "cn_excluded": ["連續第[[六]]個月", "[[百]]貨公司",
                        "學院[[一]]名"],
        # APM (a mall's name)
        "latin_excluded": ["[[APM]]及"],
        # time words that are no DATE: 按年 (x26), 按季, 日均, 單日, 周末
        # (惠康's weekend sales, no calendar week), 黃金周 (x2, outside 國慶),
        # 連續第六個月 (an ordinal count of months), 全年 (a whole year's
        # estimate, no year written), 假期 (outside 元旦), 期間 (x3),
        # 時代 (a mall's name, no time word), 前 (outside 明年農曆新年 and
        # 明年3月底)
        "words_excluded": {"按年": 26, "按季": 1, "日均": 1, "單日": 1,
                           "周末": 1, "黃金周": 2, "第六個月": 1,
                           "全年": 1, "假期": 1, "同期": 0, "當日": 0,
                           "當天": 0, "當月": 0},
        # generic heads outside ORG rows: 協會 (協會預計, a back-reference),
        # 政府 (x2: 政府發言人, 政府統計處 inside ORGs, 特區政府), 當局 (a
        # back-reference), 商場 (x6: malls), 超市 (連鎖超市), 公司 (百貨公司,
        # 母公司), 集團, 銀行, 局 only inside ORGs
        "orgwords_excluded": {"協會": 1, "政府": 1, "當局": 1, "集團": 0,
                              "銀行": 0, "公司": 2, "超市": 1,
                              "發展局": 0, "商務局": 0, "事務處": 0,
                              "大學": 0, "學院": 0, "航空": 0, "地產": 0},
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
               ("近", "approx"), ("逾", "over"), ("超", "over")]
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
