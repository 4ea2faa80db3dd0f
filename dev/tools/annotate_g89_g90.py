#!/usr/bin/env python3
"""Gold annotation for the held-out articles g89_night_economy_city_consumption
and g90_taiwan_credit_cards_banks (annotator X).

Adapted from the previous set's tools/annotate_w.py (now dev/tools/annotate_g87_g88.py; copied here and the data
changed; it keeps annotate_x.py's checks through annotate_t.py: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations against
OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the holiday table by exact span, ROC years), with annotate_v.py's
UTF-8-with-BOM and Taiwan-text checks (a ROC year may be written only in the
Taiwan text; the month check skips 前10月 and reads a bracketed day
昨（23）日) and annotate_u.py's GB-family checks.  Each mention is located by
a short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g89 is simplified (mainland, 经济日报, 2026-11-19), stored as GB18030
  without a BOM.  Its byline holds one character outside GBK and outside the
  BMP (𫓶, U+2B4F6, CJK Ext. C: four bytes 98 38 E3 32 in GB18030): a GBK,
  GB2312, Big5 or UTF-8 reader fails, only GB18030 reads it, and it is ONE
  code point (a reader counting UTF-16 units is one off for every later
  mention).  Every other character is plain GBK.
- g90 is traditional (Taiwan, 經濟日報, 2026-11-24), stored as UTF-8 WITH a
  BOM (EF BB BF), which is removed before offsets are counted.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; Taiwan and mainland cities by their official name with 市,
  Hong Kong and foreign cities by their mainland standard name: 雪梨 ->
  悉尼).  Bare 2-3 digit years before 年 are ROC years (115年 = 2026).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_u/v/w, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g89_g90.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_w.py: a GB18030 article (strict decode and byte round
trip; the declared characters are the only ones outside GBK and each takes
four bytes; GBK, GB2312, Big5, cp950, Big5-HKSCS and UTF-8 must all fail on
the bytes) instead of UTF-16; a UTF-8 article with BOM (the BOM-aware codec
agrees) instead of Big5-HKSCS; the Taiwan text's ROC years (115年, 今（115）年,
116年1月1日, 114年同期, 明（116）年農曆春節) must be the normalized year less
1911 and a mainland span may hold none; the written month check skips
前10月/前10个月 (the year); each article declares its organizations by
hand (audit "orgs"): they must be exactly the ORG rows' texts and every
occurrence of each must lie inside an ORG row, so a dropped ORG row stops
the script.  Re-run (from anywhere):

    python3 dev/tools/annotate_g89_g90.py
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
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g89_night_economy_city_consumption": ("gb18030", b"", False,
                                           "2026-11-19", "经济日报"),
    "g90_taiwan_credit_cards_banks": ("utf-8", BOM8, True, "2026-11-24",
                                      "經濟日報"),
}
# characters outside the BMP each article declares (one code point each in
# Python; four bytes each in GB18030)
OUTSIDE_BMP = {"g89_night_economy_city_consumption": ["𫓶"],
               "g90_taiwan_credit_cards_banks": []}
# characters of a GB18030 article that GBK lacks
OUTSIDE_GBK = {"g89_night_economy_city_consumption": ["𫓶"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g90_taiwan_credit_cards_banks"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时")
# Holidays the articles name, by their exact span (2025-2027): mainland
# 国庆 10-01 (g89; 去年国庆 2025-10-01); 中秋 2026 = 八月十五 = 2026-09-25;
# 双11 / 雙11 2026-11-11 (the one just past in both articles); Taiwan's 國慶
# is 10-10 (GUIDELINES, g90; the long weekend 10月9日至11日); 元旦
# 2027-01-01, 春节 2027 = 正月初一 = 2027-02-06 and 聖誕節 2026-12-25 (the
# coming ones from 2026-11-19 and 2026-11-24).
HOLIDAY = {
    "国庆": "2026-10-01", "今年国庆": "2026-10-01", "去年国庆": "2025-10-01",
    "今年中秋": "2026-09-25", "双11": "2026-11-11", "元旦": "2027-01-01",
    "春节": "2027-02-06", "2027年春节": "2027-02-06",
    "國慶": "2026-10-10", "雙11": "2026-11-11", "聖誕節": "2026-12-25",
    "明（116）年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g89 (2026: municipalities and prefecture-level cities)
    "上海": "上海市", "长沙": "长沙市", "西安": "西安市", "重庆": "重庆市",
    "成都": "成都市", "广州": "广州市", "杭州": "杭州市", "北京": "北京市",
    "深圳": "深圳市", "郑州": "郑州市", "武汉": "武汉市", "淄博": "淄博市",
    "天水": "天水市", "景德镇": "景德镇市", "柳州": "柳州市",
    "开封": "开封市", "哈尔滨": "哈尔滨市", "南京": "南京市",
    # g90 (traditional spans; Taiwan's special municipalities and provincial
    # cities with 市; Hong Kong and foreign cities by their mainland names)
    "台北": "台北市", "台北市": "台北市", "新北市": "新北市",
    "台中市": "台中市", "台中": "台中市", "桃園市": "桃园市",
    "高雄市": "高雄市", "高雄": "高雄市", "台南市": "台南市",
    "新竹市": "新竹市", "東京": "东京", "大阪": "大阪", "首爾": "首尔",
    "曼谷": "曼谷", "香港": "香港", "福岡": "福冈", "京都": "京都",
    "札幌": "札幌", "峴港": "岘港", "新加坡": "新加坡", "雪梨": "悉尼",
    "紐約": "纽约",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"雪梨": "悉尼"}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "國泰世華": "国泰世华", "中信銀": "中信银",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "國泰世華銀行": "国泰世华银行", "中國信託商業銀行": "中国信托商业银行",
    "台新銀行": "台新银行", "玉山銀行": "玉山银行",
    "台北富邦銀行": "台北富邦银行", "北富銀": "北富银",
    "聯邦銀行": "联邦银行", "永豐銀行": "永丰银行", "台新": "台新",
    "好市多": "好市多", "LINE Pay": "LINE Pay", "全聯": "全联",
    "全支付": "全支付", "街口支付": "街口支付", "財金資訊公司": "财金资讯公司",
    "財金公司": "财金公司", "聯合信用卡處理中心": "联合信用卡处理中心",
    "聯卡中心": "联卡中心", "Visa": "Visa", "Mastercard": "Mastercard",
    "長榮航空": "长荣航空", "星宇航空": "星宇航空",
    "雄獅旅遊": "雄狮旅游", "新光三越": "新光三越", "遠東SOGO": "远东SOGO",
    "金管會銀行局": "金管会银行局", "金融聯合徵信中心": "金融联合征信中心",
    "聯徵中心": "联征中心", "中央銀行": "中央银行",
    "中華民國銀行商業同業公會全國聯合會": "中华民国银行商业同业公会全国联合会",
    "銀行公會": "银行公会", "交通部觀光署": "交通部观光署",
    "行政院主計總處": "行政院主计总处",
}
# Chinese-numeral days and months (none written here; kept for the checks)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}


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
        if enc == "gb18030":    # GB18030 proper: the declared characters are
            outside = sorted({c for c in self.text   # the only ones GBK lacks,
                              if not enc_ok(c, "gbk")})   # four bytes each
            assert outside == sorted(OUTSIDE_GBK[doc_id]), (doc_id, outside)
            assert outside, f"{doc_id}: declare a character outside GBK"
            assert all(len(c.encode(enc)) == 4 for c in outside), doc_id
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F and c not in outside), doc_id
            for other in ("gbk", "gb2312", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other), (doc_id, other)
            # GBK reads every other character the same way
            for line in self.text.split("\n"):
                if not any(c in outside for c in line):
                    assert line.encode(enc).decode("gbk") == line, line
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 127 for c in self.text)
            for other in ("gb18030", "big5", "cp950"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
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
# g89 the night-time economy in October and the first ten months of 2026:
# the commerce ministry's totals, platforms and payment networks, cities and
# their commerce bureaus, restaurant chains, cinemas and malls, holidays,
# smaller cities, outlook.  Simplified, GB18030 without BOM, 2026-11-19 (a
# Thursday, ISO week 2026-W47), 经济日报; byline line 经济日报记者 刘𫓶
# 王晓晴 (𫓶 outside GBK and the BMP).  商务部 published 昨日 (2026-11-18);
# 国家统计局 on 11月16日.  今年国庆 2026-10-01 (holiday week 10月1日至7日),
# 去年国庆 2025-10-01, 今年中秋 2026-09-25 (9月25日至27日), 双11 2026-11-11
# (just past), 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones).
# 去年同期 follows the last period its sentence states.
# ===========================================================================
@doc
def g89():
    d = Doc("g89_night_economy_city_consumption")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    NAT = "2026-10-01"
    SH, BJ, CD, CQ, SZ, CS, XA, HZ, NJ = (
        "上海市", "北京市", "成都市", "重庆市", "深圳市", "长沙市", "西安市",
        "杭州市", "南京市")
    ZB, TS, JDZ, LZ, KF, HEB = ("淄博市", "天水市", "景德镇市", "柳州市",
                                "开封市", "哈尔滨市")
    # title (a heading that opens with no city)
    d.date("城市消费 [[前10个月]]重点城市", Y, "")
    d.metric("消费额同比增长[[11.8%]]\n", "11.8", "%", "exact", "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[经济日报]]记者")
    # P1 the ministry's totals (no CITY)
    d.org("\n\n[[商务部]]昨日发布")
    d.date("商务部[[昨日]]发布", "2026-11-18", "")
    d.date("数据显示，[[今年前10个月]]，全国", Y, "")
    d.metric("全国[[36个]]重点城市", 36, "个", "exact", "")
    d.metric("消费额达到[[4.87万亿元]]", "4.87e12", "元", "exact", "")
    d.metric("同比增长[[11.8%]]，增速", "11.8", "%", "exact", "")
    d.metric("高出[[6.2个百分点]]", "6.2", "百分点", "exact", "")
    d.metric("比重升至[[约36%]]", 36, "%", "approx", "")
    d.date("其中，[[10月]]重点城市", OCT, "")
    d.metric("夜间消费额[[5260亿元]]", "5260e8", "元", "exact", "")
    d.date("，较[[去年同期]]增长13.1%", "2025-10", "")
    d.metric("增长[[13.1%]]", "13.1", "%", "exact", "")
    d.org("。[[国家统计局]]11月16日")
    d.date("国家统计局[[11月16日]]公布", "2026-11-16", "")
    d.date("数据显示，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]全国", OCT, "")
    d.metric("餐饮收入[[约4.61万亿元]]", "4.61e12", "元", "approx", "")
    d.metric("同比增长[[6.9%]]", "6.9", "%", "exact", "")
    d.org("。[[商务部]]有关负责人")
    # P2 platforms and payments (the cities' list in the 大众点评 sentence;
    # 广州、杭州 in the 支付宝 sentence)
    d.org("趋势。[[美团]]数据显示")
    d.date("数据显示，[[今年国庆]]假期（", NAT, "")
    d.date("假期（[[10月1日]]至7日）", NAT, "")
    d.date("10月1日至[[7日]]），全国", "2026-10-07", "")
    d.metric("订单量同比增长[[27%]]", 27, "%", "exact", "")
    d.metric("人均消费[[78.5元]]", "78.5", "元", "exact", "")
    d.metric("订单占比达到[[31.5%]]", "31.5", "%", "exact", "")
    d.org("；[[大众点评]]上“夜市”")
    d.metric("搜索量同比增长[[1.4倍]]", "1.4", "倍", "exact", SH)
    d.city("1.4倍，[[上海]]、长沙")
    d.city("上海、[[长沙]]、西安")
    d.city("长沙、[[西安]]、重庆")
    d.city("西安、[[重庆]]、成都")
    d.city("重庆、[[成都]]位列")
    d.org("。[[中国银联]]统计")
    d.date("统计，[[国庆]]假期夜间银行卡", NAT, "")
    d.metric("交易金额达[[1863亿元]]", "1863e8", "元", "exact", "")
    d.metric("交易笔数[[超过2.1亿笔]]", "2.1e8", "笔", "over", "")
    d.date("，较[[去年国庆]]增长", "2025-10-01", "")
    d.metric("去年国庆增长[[9.7%]]", "9.7", "%", "exact", "")
    d.org("。[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]也纷纷")
    d.org("其中[[支付宝]]在广州")
    d.city("支付宝在[[广州]]、杭州")
    d.city("广州、[[杭州]]等20个")
    d.metric("杭州等[[20个]]城市", 20, "个", "exact", HZ)
    d.metric("核销率[[超过六成]]", 60, "%", "over", HZ)
    # P3 cities and their commerce bureaus
    d.org("主力。[[上海市商务委员会]]（")
    d.org("以下简称“[[上海市商务委]]”）")
    d.date("”）介绍，[[2026]]上海夜生活节", Y, SH)
    d.city("介绍，2026[[上海]]夜生活节")
    d.date("夜生活节自[[5月]]启动", "2026-05", SH)
    d.metric("全市[[44个]]重点商圈", 44, "个", "exact", SH)
    d.metric("累计达[[8.6亿人次]]", "8.6e8", "人次", "exact", SH)
    d.metric("同比增长[[12.6%]]", "12.6", "%", "exact", SH)
    d.metric("客流占比[[超过四成]]", 40, "%", "over", SH)
    d.org("。[[北京市商务局]]统计")
    d.date("统计，[[前三季度]]北京", Y, BJ)
    d.city("前三季度[[北京]]夜间消费额")
    d.metric("比重为[[38.2%]]", "38.2", "%", "exact", BJ)
    d.metric("同比增长[[15%左右]]", 15, "%", "approx", BJ)
    d.org("。[[成都市商务局]]数据")
    d.date("数据显示，[[10月]]成都夜间", OCT, CD)
    d.city("10月[[成都]]夜间餐饮")
    d.metric("餐饮收入[[约126亿元]]", "126e8", "元", "approx", CD)
    d.metric("平均停留[[2.6小时]]", "2.6", "小时", "exact", CD)
    d.city("；[[重庆]]解放碑")
    d.date("等商圈[[国庆]]期间夜间客流", NAT, CQ)
    d.metric("夜间客流[[突破1200万人次]]", "1200e4", "人次", "over", CQ)
    d.org("，[[重庆市商务委员会]]已连续")
    # P4 restaurant chains (北京、上海、深圳 in the 海底捞 sentence; 长沙)
    d.org("营业时间。[[海底捞]]在北京")
    d.city("海底捞在[[北京]]、上海")
    d.city("北京、[[上海]]、深圳等城市")
    d.city("上海、[[深圳]]等城市")
    d.metric("城市的[[超过460家]]门店", 460, "家", "over", SZ)
    d.date("时段，[[10月]]夜宵时段", OCT, SZ)
    d.metric("翻台率同比提升[[0.6次]]", "0.6", "次", "exact", SZ)
    d.metric("夜宵客单价[[约92元]]", 92, "元", "approx", SZ)
    d.org("；[[瑞幸咖啡]]第三季度")
    d.date("瑞幸咖啡[[第三季度]]财报", "2026-Q3", "")
    d.metric("订单量同比增长[[42%]]", 42, "%", "exact", "")
    d.date("截至[[9月底]]瑞幸", "2026-09", "")
    d.org("9月底[[瑞幸]]门店")
    d.metric("门店总数[[突破2.9万家]]", "2.9e4", "家", "over", "")
    d.org("。[[百胜中国控股有限公司]]（")
    d.org("以下简称“[[百胜中国]]”）")
    d.org("旗下[[肯德基]]已有")
    d.metric("已有[[约1.2万家]]门店", "1.2e4", "家", "approx", "")
    d.org("，[[蜜雪冰城]]、喜茶")
    d.org("蜜雪冰城、[[喜茶]]等茶饮")
    d.city("凌晨。[[长沙]]的茶颜悦色")
    d.org("长沙的[[茶颜悦色]]、")
    d.org("、[[文和友]]等本土品牌")
    d.org("，[[长沙市商务局]]数据")
    d.date("广场商圈[[10月]]夜间客流", OCT, CS)
    d.metric("日均[[约35万人次]]", "35e4", "人次", "approx", CS)
    d.org("。[[中国烹饪协会]]调研")
    d.metric("显示，[[约68%]]的受访", 68, "%", "approx", "")
    d.metric("平均提高[[4.3个百分点]]", "4.3", "百分点", "exact", "")
    # P5 cinemas and malls (no CITY)
    d.org("同样活跃。[[万达电影]]数据")
    d.date("数据显示，[[今年]]以来旗下", Y, "")
    d.metric("占比达到[[29%]]", 29, "%", "exact", "")
    d.date("，较[[去年]]提高3.5", LY, "")
    d.metric("提高[[3.5个百分点]]", "3.5", "百分点", "exact", "")
    d.org("；[[抖音]]数据显示")
    d.date("数据显示，[[10月]]“夜游”", OCT, "")
    d.metric("同比增长[[86%]]", 86, "%", "exact", "")
    d.org("方面，[[华润万象生活]]、")
    d.org("、[[万达商管]]等运营商")
    d.metric("旗下[[超过300家]]商场", 300, "家", "over", "")
    d.org("；[[中国连锁经营协会]]调研")
    d.metric("平均提升[[约18%]]", 18, "%", "approx", "")
    d.metric("比重提高至[[27.4%]]", "27.4", "%", "exact", "")
    # P6 holidays (西安、郑州、武汉 in the 双11 sentence)
    d.org("效应明显。[[文化和旅游部数据中心]]测算")
    d.date("测算，[[今年中秋]]假期（", "2026-09-25", "")
    d.date("假期（[[9月25日]]至27日）", "2026-09-25", "")
    d.date("9月25日至[[27日]]）全国", "2026-09-27", "")
    d.metric("同比增长[[15.3%]]", "15.3", "%", "exact", "")
    d.date("，[[国庆]]假期则增长", NAT, "")
    d.metric("则增长[[18.6%]]", "18.6", "%", "exact", "")
    d.date("均高于[[去年同期]]水平", LY, "")
    d.date("刚刚过去的[[双11]]期间", "2026-11-11", XA)
    d.org("期间，[[饿了么]]夜宵订单量")
    d.metric("同比增长[[33%]]", 33, "%", "exact", XA)
    d.city("其中[[西安]]、郑州")
    d.city("西安、[[郑州]]、武汉")
    d.city("郑州、[[武汉]]三地")
    d.org("。[[高德]]数据显示")
    d.date("数据显示，[[10月]]全国重点商圈", OCT, "")
    d.date("车流较[[9月]]增长", "2026-09", "")
    d.metric("9月增长[[7.2%]]", "7.2", "%", "exact", "")
    # P7 smaller cities
    d.org("加速追赶。[[携程]]数据")
    d.date("数据显示，[[今年前三季度]]，淄博", Y, ZB)
    d.city("今年前三季度，[[淄博]]、天水")
    d.city("淄博、[[天水]]、景德镇")
    d.city("天水、[[景德镇]]等城市")
    d.metric("增幅均[[超过50%]]", 50, "%", "over", JDZ)
    d.city("其中[[天水]]夜游订单量")
    d.date("订单量是[[去年同期]]的2.3倍", LY, TS)
    d.metric("去年同期的[[2.3倍]]", "2.3", "倍", "exact", TS)
    d.city("；[[柳州]]螺蛳粉夜市")
    d.date("螺蛳粉夜市[[10月]]接待", OCT, LZ)
    d.metric("接待游客[[约86万人次]]", "86e4", "人次", "approx", LZ)
    d.city("，[[开封]]“万岁山”")
    d.date("演出在[[国庆]]期间场均", NAT, KF)
    d.metric("上座率达[[96%]]", 96, "%", "exact", KF)
    d.city("。[[哈尔滨]]则提前布局")
    d.date("今冬至[[明年2月底]]将带动", "2027-02", HEB)
    d.metric("夜间消费[[超过80亿元]]", "80e8", "元", "over", HEB)
    # P8 outlook (上海、广州、深圳、南京 in the last sentence)
    d.date("展望[[年底]]和明年一季度", Y, "")
    d.date("年底和[[明年一季度]]，消费", "2027-Q1", "")
    d.org("接续到来。[[商务部]]表示")
    d.date("将于[[12月]]启动", "2026-12", "")
    d.date("各地在[[元旦]]、春节期间", "2027-01-01", "")
    d.date("元旦、[[春节]]期间开展", "2027-02-06", "")
    d.org("；[[中国旅游研究院]]预计")
    d.date("预计，[[2027年春节]]假期", "2027-02-06", "")
    d.metric("有望达到[[3.2亿人次]]", "3.2e8", "人次", "exact", "")
    d.metric("同比增长[[约8%]]", 8, "%", "approx", "")
    d.org("。[[文化和旅游部]]此前公布")
    d.metric("全国已有[[345个]]国家级", 345, "个", "exact", "")
    d.date("名单将于[[明年上半年]]发布", NY, "")
    d.org("发布。[[北京工商大学]]一位")
    d.city("据了解，[[上海]]、广州等地")
    d.city("上海、[[广州]]等地已延长")
    d.city("时间，[[深圳]]、南京")
    d.city("深圳、[[南京]]等地还")
    d.metric("公交专线[[20余条]]", 20, "条", "over", NJ)
    audit = {
        "orgs": ["经济日报", "商务部", "国家统计局", "美团", "大众点评",
                 "中国银联", "支付宝", "微信支付", "上海市商务委员会",
                 "上海市商务委", "北京市商务局", "成都市商务局",
                 "重庆市商务委员会", "海底捞", "瑞幸咖啡", "瑞幸",
                 "百胜中国控股有限公司", "百胜中国", "肯德基", "蜜雪冰城",
                 "喜茶", "茶颜悦色", "文和友", "长沙市商务局", "中国烹饪协会",
                 "万达电影", "抖音", "华润万象生活", "万达商管",
                 "中国连锁经营协会", "文化和旅游部数据中心", "饿了么", "高德",
                 "携程", "中国旅游研究院", "文化和旅游部", "北京工商大学"],
        "cities": ["上海", "北京", "广州", "深圳", "成都", "重庆", "长沙",
                   "西安", "杭州", "南京", "郑州", "武汉", "淄博", "天水",
                   "景德镇", "柳州", "开封", "哈尔滨", "中国"],
        "excluded": [
            # 南京路 (a road, GUIDELINES)
            "外滩、[[南京]]路沿线",
            # scenic spots and districts: 外滩, 三里屯, 五一广场 (a square
            # of 长沙: no 五一 holiday), 万岁山, 解放碑, 观音桥
            "，[[三里屯]]、蓝色港湾", "，[[五一广场]]商圈",
        ],
        # clock times (18时至次日6时, 22时以后 x2, 21时以后 x2, 22时30分),
        # 24小时 (opening hours, a duration), 连续3年 (a run of years)
        "numbers_excluded": ["夜间（[[18时]]至次日", "次日[[6时]]）",
                             "，[[22时]]以后的订单", "延长至[[22时]]以后",
                             "其[[21时]]以后", "影院[[21时]]以后",
                             "延后至[[22时30分]]；", "提供[[24小时]]或",
                             "已连续[[3年]]发放"],
        # 前五 (a rank), 三地 (a collective label for the three cities just
        # listed), 第四批 (an ordinal), 一位 (indefinite)
        "cn_excluded": ["这[[一]]趋势", "热度前[[五]]。", "武汉[[三地]]的",
                        "第[[四]]批名单", "大学[[一位]]教授"],
        "latin_excluded": [],
        # 次日 (no DATE), 日均 (x2), 全天 (x2), 夜生活节 and 夜购节 (events),
        # 节假日, 夜宵 (x4, late-night snacks), 冰雪季, 旺季, 今冬 (a season
        # without a year word, SPEC), 明显; 期间 and 假期 after holidays stay
        # outside the spans; 全国, 全市 (deictic), 城市 (generic)
        "words_excluded": {"次日": 1, "日均": 2, "全天": 2, "夜生活节": 1,
                           "夜购节": 1, "节假日": 1, "夜宵": 4, "冰雪季": 1,
                           "今冬": 1, "明显": 1, "旺季": 1, "期间": 4,
                           "假期": 5, "以来": 2, "同比": 14, "暑期": 0,
                           "当天": 0, "同期": 0, "全国": 7, "全市": 2,
                           "城市": 11},
        # generic heads outside ORG rows: 银行卡, 商务局 only inside ORGs
        "orgwords_excluded": {"银行": 1, "商务局": 0, "商务委": 0,
                              "协会": 0, "研究院": 0, "大学": 0,
                              "运营商": 1, "品牌": 2, "平台": 1},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g90 Taiwan's credit cards in October 2026: the FSC's totals, issuers, new
# cards, mobile payments, overseas spending by destination city, co-brand
# airline cards, spending by Taiwan city, promotions, risk, outlook.
# Traditional (Taiwan forms 台, 占, 週), UTF-8 WITH BOM, 2026-11-24 (a
# Tuesday, ISO week 2026-W48), 經濟日報; byline line 記者陳怡慈／台北報導.
# 金管會 published 昨（23）日 (2026-11-23).  A Taiwan text: 114年 = 2025,
# 115年 = 2026, 116年 = 2027.  國慶 is Taiwan's 10-10 (long weekend
# 10月9日至11日); 雙11 2026-11-11; 聖誕節 2026-12-25, 元旦 2027-01-01 and
# 明（116）年農曆春節 2027-02-06 (the coming ones).  上季 from 2026-11 (no
# quarter stated in its sentence) is 2026-Q3.
# ===========================================================================
@doc
def g90():
    d = Doc("g90_taiwan_credit_cards_banks")
    Y, LY, OCT = "2026", "2025", "2026-10"
    TPE, NTP, TCH, TYN, KHH, TNN, HSZ = ("台北市", "新北市", "台中市",
                                         "桃园市", "高雄市", "台南市",
                                         "新竹市")
    TYO, OSA, SEL, DAD, NYC = "东京", "大阪", "首尔", "岘港", "纽约"
    NTD = "新台幣"
    # title (a heading that opens with a DATE)
    d.date("[[10月]]刷卡4,512億元", OCT, "")
    d.metric("10月刷卡[[4,512億元]]年增", "4512e8", "元", "exact", "")
    d.metric("億元年增[[9.6%]] 國泰世華", "9.6", "%", "exact", "")
    d.org("9.6% [[國泰世華]]、中信銀")
    d.org("國泰世華、[[中信銀]]簽帳皆逾")
    d.metric("簽帳皆[[逾600億元]]\n", "600e8", "元", "over", "")
    # byline line
    d.city("記者陳怡慈／[[台北]]報導")
    # P1 the FSC's totals (no CITY: 全台 is deictic)
    d.org("暢旺。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）昨（23）日")
    d.date("（金管會）[[昨（23）日]]公布", "2026-11-23", "")
    d.date("最新統計，[[10月]]全體發卡機構", OCT, "")
    d.metric("達新台幣[[4,512億元]]，", "4512e8", "元", "exact", "",
             outer=NTD)
    d.metric("，年增[[9.6%]]，月增", "9.6", "%", "exact", "")
    d.metric("月增[[3.2%]]", "3.2", "%", "exact", "")
    d.date("新高；[[今（115）年前10月]]累計", Y, "")
    d.metric("簽帳金額[[4兆2,186億元]]", "42186e8", "元", "exact", "")
    d.date("，較[[去年同期]]成長8.7%", LY, "")
    d.metric("成長[[8.7%]]", "8.7", "%", "exact", "")
    d.date("截至[[10月底]]，全台", OCT, "")
    d.metric("流通卡數[[5,962萬張]]", "5962e4", "张", "exact", "")
    d.metric("有效卡[[3,584萬張]]", "3584e4", "张", "exact", "")
    d.metric("循環信用餘額[[約1,086億元]]", "1086e8", "元", "approx", "")
    d.metric("帳款比率[[0.21%]]", "0.21", "%", "exact", "")
    # P2 issuers (no CITY: 台北 only inside 台北富邦銀行)
    d.org("方面，[[國泰世華銀行]]10月")
    d.date("國泰世華銀行[[10月]]簽帳", OCT, "")
    d.metric("簽帳金額[[712億元]]", "712e8", "元", "exact", "")
    d.metric("市占率[[15.8%]]", "15.8", "%", "exact", "")
    d.date("龍頭，[[第3季]]信用卡", "2026-Q3", "")
    d.metric("手續費收入[[約48億元]]", "48e8", "元", "approx", "")
    d.org("新高；[[中國信託商業銀行]]（")
    d.org("（[[中信銀]]）以628億元")
    d.metric("）以[[628億元]]居次", "628e8", "元", "exact", "")
    d.org("居次，[[台新銀行]]、")
    d.org("、[[玉山銀行]]分別以436")
    d.metric("分別以[[436億元]]、", "436e8", "元", "exact", "")
    d.metric("436億元、[[401億元]]緊追", "401e8", "元", "exact", "")
    d.org("在後，[[台北富邦銀行]]（")
    d.org("（[[北富銀]]）則以")
    d.metric("則以[[388億元]]排名", "388e8", "元", "exact", "")
    d.date("第五。[[前10月]]累計方面", Y, "")
    d.org("累計方面，[[國泰世華]]簽帳金額")
    d.metric("簽帳金額達[[6,672億元]]", "6672e8", "元", "exact", "")
    d.org("，[[中信銀]]為5,914億元")
    d.metric("中信銀為[[5,914億元]]", "5914e8", "元", "exact", "")
    d.metric("合計市占率[[近3成]]", 30, "%", "approx", "")
    # P3 new cards (no CITY)
    d.date("新發卡方面，[[10月]]新增發卡", OCT, "")
    d.metric("新增發卡[[42.6萬張]]", "42.6e4", "张", "exact", "")
    d.metric("年增[[5.1%]]", "5.1", "%", "exact", "")
    d.org("其中[[玉山銀行]]新增")
    d.metric("玉山銀行新增[[6.8萬張]]", "6.8e4", "张", "exact", "")
    d.date("最多，[[今年]]以來累計", Y, "")
    d.metric("新增發卡已[[逾60萬張]]", "60e4", "张", "over", "")
    d.org("；[[聯邦銀行]]、永豐銀行")
    d.org("聯邦銀行、[[永豐銀行]]分別")
    d.metric("分別新增[[5.2萬張]]及", "5.2e4", "张", "exact", "")
    d.metric("5.2萬張及[[4.9萬張]]", "4.9e4", "张", "exact", "")
    d.org("指出，[[國泰世華]]CUBE卡")
    d.org("CUBE卡、[[台新]]Richart卡")
    d.org("主力，[[中信銀]]與好市多")
    d.org("中信銀與[[好市多]]合作")
    d.metric("流通卡數也已[[突破300萬張]]", "300e4", "张", "over", "")
    # P4 mobile payments (no CITY: 台灣 only inside the product 台灣Pay)
    d.org("刷卡動能。[[金管會]]統計")
    d.date("金管會統計，[[今年前3季]]國內", Y, "")
    d.metric("交易金額[[約9,236億元]]", "9236e8", "元", "approx", "")
    d.metric("年增[[21.4%]]", "21.4", "%", "exact", "")
    d.metric("交易占比[[近7成]]", 70, "%", "approx", "")
    d.org("近7成。[[LINE Pay]]表示")
    d.date("表示，[[上月]]綁卡", OCT, "")
    d.metric("綁卡交易金額年增[[18%]]", 18, "%", "exact", "")
    d.metric("會員數[[突破1,000萬人]]", "1000e4", "人", "over", "")
    d.org("萬人；[[全聯]]旗下")
    d.org("全聯旗下[[全支付]]用戶數")
    d.metric("用戶數[[逾1,200萬人]]", "1200e4", "人", "over", "")
    d.org("，[[街口支付]]則與")
    d.org("方案。[[財金資訊公司]]（")
    d.org("（[[財金公司]]）統計")
    d.date("台灣Pay[[前10月]]交易金額", Y, "")
    d.metric("交易金額[[約1,420億元]]", "1420e8", "元", "approx", "")
    d.metric("年增[[逾3成]]", 30, "%", "over", "")
    # P5 overseas spending by destination city
    d.date("受[[國慶]]連假（", "2026-10-10", "")
    d.date("連假（[[10月9日]]至11日）", "2026-10-09", "")
    d.date("10月9日至[[11日]]）與", "2026-10-11", "")
    d.org("帶動，[[聯合信用卡處理中心]]（")
    d.org("（[[聯卡中心]]）統計，10月")
    d.date("統計，[[10月]]國人海外", OCT, "")
    d.metric("海外刷卡金額[[約386億元]]", "386e8", "元", "approx", "")
    d.metric("年增[[14.2%]]", "14.2", "%", "exact", "")
    d.city("排名，[[東京]]以61.3億元")
    d.metric("東京以[[61.3億元]]居冠", "61.3e8", "元", "exact", TYO)
    d.city("居冠，[[大阪]]38.7億元")
    d.metric("大阪[[38.7億元]]次之", "38.7e8", "元", "exact", OSA)
    d.city("次之，[[首爾]]27.5億元")
    d.metric("首爾[[27.5億元]]居第三", "27.5e8", "元", "exact", SEL)
    d.city("居第三，[[曼谷]]、香港")
    d.city("曼谷、[[香港]]、福岡")
    d.city("香港、[[福岡]]依序")
    d.city("在後；[[京都]]、札幌")
    d.city("京都、[[札幌]]及越南")
    d.city("越南[[峴港]]的刷卡")
    d.metric("年增率均[[逾40%]]", 40, "%", "over", DAD)
    d.org("。[[Visa]]統計")
    d.date("持卡人[[10月]]在日本", OCT, "")
    d.metric("交易筆數年增[[22%]]", 22, "%", "exact", "")
    d.org("；[[Mastercard]]則指出")
    d.city("前往[[新加坡]]、雪梨")
    d.city("新加坡、[[雪梨]]及紐約")
    d.city("雪梨及[[紐約]]的高額")
    d.metric("平均金額約新台幣[[8,600元]]", 8600, "元", "approx", NYC,
             outer="約新台幣")
    # P6 co-brand airline and travel cards (大阪、福岡 in the 雄獅 sentence)
    d.org("同步受惠。[[長榮航空]]及")
    d.org("及[[星宇航空]]的聯名卡")
    d.date("聯名卡[[10月]]簽帳", OCT, "")
    d.metric("合計[[約96億元]]", "96e8", "元", "approx", "")
    d.metric("年增[[17.5%]]", "17.5", "%", "exact", "")
    d.org("；[[雄獅旅遊]]表示")
    d.date("表示，[[12月]]赴日", "2026-12", OSA)
    d.date("報名人數較[[去年同期]]增加", "2025-12", OSA)
    d.metric("增加[[約2成]]", 20, "%", "approx", OSA)
    d.city("其中[[大阪]]、福岡線")
    d.city("大阪、[[福岡]]線最熱門")
    # P7 spending by Taiwan city
    d.org("分布方面，[[聯卡中心]]資料")
    d.date("資料顯示，[[10月]]國內特約商店", OCT, TPE)
    d.city("簽帳金額以[[台北市]]占比")
    d.metric("台北市占比[[34.1%]]最高", "34.1", "%", "exact", TPE)
    d.city("最高，[[新北市]]、台中市")
    d.city("新北市、[[台中市]]、桃園市")
    d.city("台中市、[[桃園市]]及高雄市")
    d.city("桃園市及[[高雄市]]合計")
    d.metric("合計占比[[約41%]]", 41, "%", "approx", KHH)
    d.city("；[[台南市]]受惠")
    d.date("台南市受惠[[國慶]]連假", "2026-10-10", TNN)
    d.metric("刷卡金額年增[[16.3%]]", "16.3", "%", "exact", TNN)
    d.city("，[[新竹市]]百貨類")
    d.metric("百貨類簽帳年增[[12.8%]]", "12.8", "%", "exact", HSZ)
    d.org("之冠。[[聯卡中心]]分析")
    d.city("也帶動[[高雄]]、台中兩地")
    d.city("高雄、[[台中]]兩地")
    d.metric("娛樂類刷卡金額年增[[約25%]]", 25, "%", "approx", TCH)
    # P8 promotions (no CITY)
    d.date("\n\n[[年底]]消費旺季", Y, "")
    d.org("搶市。[[國泰世華]]表示，雙11")
    d.date("表示，[[雙11]]檔期", "2026-11-11", "")
    d.metric("網購簽帳金額年增[[近2成]]", 20, "%", "approx", "")
    d.org("；[[玉山銀行]]指出")
    d.org("指出，[[新光三越]]、")
    d.org("、[[遠東SOGO]]等百貨")
    d.metric("刷卡金額[[約52億元]]", "52e8", "元", "approx", "")
    d.metric("年增[[11%]]。", 11, "%", "exact", "")
    d.date("在[[聖誕節]]與元旦", "2026-12-25", "")
    d.date("聖誕節與[[元旦]]檔期", "2027-01-01", "")
    d.date("帶動下，[[12月]]全體", "2026-12", "")
    d.metric("可望[[突破4,800億元]]", "4800e8", "元", "over", "")
    # P9 risk (no CITY)
    d.org("控管方面，[[金管會銀行局]]指出")
    d.metric("利率上限為[[15%]]", 15, "%", "exact", "")
    d.metric("平均循環利率[[約11.9%]]", "11.9", "%", "approx", "")
    d.org("；[[金融聯合徵信中心]]（")
    d.org("（[[聯徵中心]]）資料")
    d.metric("持卡人[[約185萬人]]", "185e4", "人", "approx", "")
    d.metric("持卡人的[[5.2%]]", "5.2", "%", "exact", "")
    d.date("人數較[[上季]]減少", "2026-Q3", "")
    d.metric("減少[[約3萬人]]", "3e4", "人", "approx", "")
    d.date("並規劃自[[116年1月1日]]起", "2027-01-01", "")
    d.org("年百分率。[[中央銀行]]9月")
    d.date("中央銀行[[9月]]理監事會", "2026-09", "")
    d.org("此外，[[聯卡中心]]統計，前3季")
    d.date("統計，[[前3季]]信用卡偽冒", Y, "")
    d.metric("偽冒損失[[約2.3億元]]", "2.3e8", "元", "approx", "")
    d.date("，較[[去年同期]]下降", LY, "")
    d.metric("下降[[6.4%]]", "6.4", "%", "exact", "")
    # P10 outlook (no CITY)
    d.org("後市，[[中華民國銀行商業同業公會全國聯合會]]（")
    d.org("（[[銀行公會]]）預估")
    d.date("預估，[[115年]]全年", Y, "")
    d.metric("可望達[[5兆1,000億元]]", "51000e8", "元", "exact", "")
    d.metric("年增[[約8%]]", 8, "%", "approx", "")
    d.org("新高。[[交通部觀光署]]統計")
    d.date("統計，[[前10月]]國人出國", Y, "")
    d.metric("出國人次達[[1,486萬人次]]", "1486e4", "人次", "exact", "")
    d.date("已超越[[114年同期]]的", LY, "")
    d.metric("114年同期的[[1,362萬人次]]", "1362e4", "人次", "exact", "")
    d.date("業者預期[[明（116）年農曆春節]]出國潮", "2027-02-06", "")
    d.org("。[[行政院主計總處]]上月")
    d.date("主計總處[[上月]]也將", OCT, "")
    d.date("也將[[今年]]民間消費", Y, "")
    d.metric("上修至[[2.85%]]", "2.85", "%", "exact", "")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["台北", "臺北", "新北", "台中", "臺中", "桃園", "高雄",
                   "台南", "臺南", "新竹", "東京", "大阪", "首爾", "曼谷",
                   "香港", "福岡", "京都", "札幌", "峴港", "新加坡", "雪梨",
                   "紐約", "台灣", "全台", "日本", "越南", "縣市"],
        "excluded": [
            # 全台 (deictic), 台灣 (x2: the product 台灣Pay, 台灣持卡人),
            # 日本, 越南 (countries), 各縣市
            "截至10月底，[[全台]]流通", "統計，[[台灣Pay]]前10月",
            "Visa統計，[[台灣]]持卡人", "10月在[[日本]]的",
            "及[[越南]]峴港", "居各[[縣市]]之冠",
        ],
        # 連續第4年 (an ordinal run of years)
        "numbers_excluded": ["連續第[[4]]年"],
        # 第五, 第三 (ranks), 百貨 (x2: department stores), 兩地 (a
        # collective label for 高雄、台中)
        "cn_excluded": ["排名第[[五]]。", "居第[[三]]，",
                        "新竹市[[百]]貨類", "等[[百]]貨週年慶",
                        "台中[[兩]]地"],
        # CUBE, Richart (card products of 國泰世華 and 台新)
        "latin_excluded": ["國泰世華[[CUBE]]卡", "台新[[Richart]]卡"],
        # time words that are no DATE: 歷年同月 (GUIDELINES), 月增, 年增
        # (x16, 年增率 included), 單季, 旺季, 週年慶, 日圓, 赴日, 年百分率,
        # 全年 (after 115年, outside the span), 連續第4年, 明顯
        "words_excluded": {"歷年同月": 1, "月增": 1, "年增": 16, "單季": 1,
                           "旺季": 1, "週年慶": 1, "日圓": 1, "赴日": 1,
                           "年百分率": 1, "全年": 1, "連續第4年": 1,
                           "明顯": 1, "連假": 2, "檔期": 2, "以來": 1,
                           "同期": 0, "同月": 1},
        # generic heads outside ORG rows: 發卡銀行 (x2), 銀行主管, 多家銀行
        # (x2); 發卡機構 (x3)
        "orgwords_excluded": {"銀行": 5, "機構": 3, "公會": 0, "中心": 0,
                              "業者": 1, "業界": 1},
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
               ("不足", "under"), ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初夕宵圣聖诞誕"
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
    """The year, month and day a DATE span writes must be those of its
    normalization: a 4-digit year, a month not counted by 前/首 (前10月,
    前10个月 are the year), a day also in brackets (昨（23）日)."""
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", tx)
    if m:
        assert norm[:4] == m.group(1), (tx, norm)
    mon = re.search(r"(?<![\d前首])(\d{1,2}|十[一二]?|[一二三四五六七八九])月",
                    tx)
    if mon and not re.search(r"[前首]" + re.escape(mon.group(0)), tx):
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2})[）)]?日", tx)
    if day:
        assert norm[8:10] == "%02d" % int(day.group(1)), (tx, norm)


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
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_written_date(tx, r["normalized"])
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
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
