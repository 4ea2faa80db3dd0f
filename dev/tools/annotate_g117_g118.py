#!/usr/bin/env python3
"""Gold annotation for the held-out articles g117_city_rental_subsidies_talent
and g118_macao_hk_cross_border_payments (annotator WC).

Adapted from the precedent set's tools/annotate_za.py (now dev/tools/annotate_g107_g108.py; copied and the data
changed; it keeps the checks of annotate_za.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule, the month and day a DATE span writes, the holiday table by exact
span, relative words resolved from the reference date (上周/本周 with a
weekday resolved to the day, 上月 as a baseline after 较/較/比), the
bare-day month rule, the same-day words, the plain-Big5 checks and the
hand-declared organizations of each article), with annotate_zb.py's UTF-8
BOM checks and its check of a bracketed day after a DATE (本周一（9日）), and
annotate_zc.py's 约占 check.  Each mention is located by a short context
string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:

- g117 is simplified (mainland, 南方都市报, 2026-11-13), stored as UTF-8
  WITH a BOM (EF BB BF), which is removed before offsets are counted.
  GB18030, GBK, Big5, cp950 and Big5-HKSCS fail on the bytes; OpenCC t2s
  leaves the article unchanged.
- g118 is traditional (Macao, 澳門日報, 2026-11-15), stored as plain Big5
  (Python's 'big5' codec: every character encodes in it; no HKSCS
  character such as 氹, 綫, 着, no cp950-only one).  cp950 and Big5-HKSCS
  read the bytes identically; GBK, GB2312 and UTF-8 fail (GB18030 reads
  gibberish).  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, 澳門 -> 澳门, 香港).  Neither article is a Taiwan text (no
  Taiwan marker, no 2-3 digit year).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (/tmp/ho21/precedent: README, NOTES_za/zb/zc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g117_g118.md.
Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_za.py: a UTF-8 article with BOM instead of GBK (the
BOM-aware codec reads it alike, GB/Big5 codecs fail); a Macao article in
plain Big5 instead of a Taiwan one (no ROC year, no Taiwan marker, no HKSCS
character); 本周 with a weekday (本周一, 本周四) resolved to the day; a
bracketed day after a DATE must carry its date; 「十一」 (National Day) and
「雙十一」 (Singles' Day) by the holiday table; a bare 4-digit year in a
report title (2026) is no range's first number; 约/約 before 占/佔 must set
approx (none written here).  Re-run (from anywhere):

    python3 dev/tools/annotate_g117_g118.py
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
    "g117_city_rental_subsidies_talent": ("utf-8", BOM8, False, "2026-11-13",
                                          "南方都市报"),
    "g118_macao_hk_cross_border_payments": ("big5", b"", True, "2026-11-15",
                                            "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g117_city_rental_subsidies_talent": [],
               "g118_macao_hk_cross_border_payments": []}
# characters of a plain Big5 article that cp950 reads otherwise (none)
CP950_DIFF = {"g118_macao_hk_cross_border_payments": []}
# Taiwan articles (bare 2-3 digit years are ROC years): none here
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄", "台中", "臺中")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业创华湾协联邮张亿万详观览卫时买卖录约调楼产内开积"
                   "战兴庆续变权结务轨线铁际轮辆笔条岁广汉尔饭团营韩园庙乡"
                   "订单电鸿纬达链岛龙冈艺术动绩项间预树桥赛议"
                   "钱码户终费宝丰储汇转账诈骗执粤横")
# characters a plain Big5 article must not hold (HKSCS-only forms that
# Macao papers often write: 氹, 綫, 着, 峯)
HKSCS_ONLY = "氹綫着峯"
# Holidays the articles name, by their exact span (2026-2027): 元旦
# 2027-01-01 and 春节 / 明年農曆新年 2027 = 正月初一 = 2027-02-06 (the coming
# ones); 聖誕 2026-12-25; 「十一」 and 國慶 National Day 2026-10-01 (the
# golden week of October 2026); 「雙十一」 Singles' Day 2026-11-11.
HOLIDAY = {
    "元旦": "2027-01-01", "春节": "2027-02-06", "聖誕": "2026-12-25",
    "明年農曆新年": "2027-02-06", "十一": "2026-10-01", "國慶": "2026-10-01",
    "雙十一": "2026-11-11",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆", "十一")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g117 (2026: municipalities and prefecture-level cities, with 市)
    "深圳": "深圳市", "广州": "广州市", "杭州": "杭州市", "成都": "成都市",
    "西安": "西安市", "南京": "南京市", "东莞": "东莞市", "佛山": "佛山市",
    "武汉": "武汉市", "苏州": "苏州市", "合肥": "合肥市", "长沙": "长沙市",
    "北京": "北京市", "上海": "上海市",
    # g118 (traditional spans; 澳門 and 香港 by their common names,
    # mainland cities with 市)
    "澳門": "澳门", "香港": "香港", "珠海": "珠海市", "中山": "中山市",
    "廣州": "广州市", "江門": "江门市", "東莞": "东莞市",
}
# cities normalized without 市: Hong Kong and Macao (SPEC); every other
# (mainland) city ends with 市
NO_SHI = {"香港", "澳门"}
# foreign cities whose common Chinese name itself ends with 市 (none here)
FOREIGN_SHI = set()
# spans whose normalized name is not their t2s form (+ 市): none here
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "澳門通股份有限公司": "澳门通股份有限公司", "澳門通": "澳门通",
    "支付寶澳門": "支付宝澳门", "中國銀行澳門分行": "中国银行澳门分行",
    "中銀澳門": "中银澳门", "大豐銀行": "大丰银行",
    "澳門商業銀行": "澳门商业银行", "大西洋銀行": "大西洋银行",
    "澳門國際銀行": "澳门国际银行", "工銀澳門": "工银澳门",
    "香港金融管理局": "香港金融管理局", "香港金管局": "香港金管局",
    "八達通": "八达通", "支付寶香港": "支付宝香港", "銀聯國際": "银联国际",
    "微信支付": "微信支付", "支付寶": "支付宝", "中國人民銀行": "中国人民银行",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "合作區執委會": "合作区执委会", "珠海市商務局": "珠海市商务局",
    "澳門中華總商會": "澳门中华总商会", "消費者委員會": "消费者委员会",
    "消委會": "消委会", "澳門餐飲業聯合商會": "澳门餐饮业联合商会",
    "經濟及科技發展局": "经济及科技发展局", "經科局": "经科局",
    "統計暨普查局": "统计暨普查局", "司法警察局": "司法警察局",
    "澳門銀行公會": "澳门银行公会",
    "澳門大學工商管理學院": "澳门大学工商管理学院",
}
# Chinese-numeral days (none written here; kept for the day check)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
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
        self.cp950_diff = []
        if enc == "utf-8":      # a UTF-8 article is no GB or Big5 file
            assert any(ord(c) > 127 for c in self.text)
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
            assert full.decode("utf-8")[0] == "\ufeff", doc_id
            assert len(full) == 3 + len(self.text.encode("utf-8"))
            assert not full[3:].startswith(BOM8), doc_id    # one BOM only
        if enc == "big5":       # plain Big5: every character is in it
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
            # Big5-HKSCS reads every byte alike
            assert raw.decode("big5hkscs") == self.text, doc_id
            # cp950 reads the same number of characters and differs only
            # on the declared ones
            cp = raw.decode("cp950")
            assert len(cp) == len(self.text), doc_id
            diff = sorted({a for a, b in zip(self.text, cp) if a != b})
            assert diff == CP950_DIFF[doc_id], (doc_id, diff)
            self.cp950_diff = diff
            # no HKSCS-only character (plain Big5 cannot hold one)
            assert not any(c in HKSCS_ONLY for c in self.text), doc_id
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
            # GB18030 decodes the bytes, but to other characters
            assert not decodes(raw, "gb18030") or \
                raw.decode("gb18030") != self.text, doc_id
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Macao text writes no
            for w in TAIWAN_MARKERS:                # Taiwan marker
                assert w not in self.text, (doc_id, w)
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
            assert not any(c in span for c in self.cp950_diff), ctx
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
# g117 talent housing and rental subsidies in November 2026: 深圳's
# subsidies for new graduates and its talent housing group, 广州's
# affordable rental housing and its housing group, the province's plan,
# 杭州's subsidies and talent code, new rules in 成都, 西安, 东莞, 佛山 and
# 武汉, 北京 and 上海, rents and rental platforms (贝壳研究院, 万科泊寓, 自如,
# 贝壳, 龙湖冠寓, 华润有巢), national data (住建部, 中国人民银行, 国家统计局),
# research and outlook.  Simplified, UTF-8 WITH BOM, 2026-11-13 (a Friday,
# ISO week 2026-W46), 南方都市报; the first paragraph opens with 南都讯 记者
# 陈晓岚 发自深圳.  The bureaus published 昨日 (2026-11-12); 上周 is
# 2026-W45; 上月 is 2026-10; 本周一（9日） is 2026-11-09; 元旦 2027-01-01
# and 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g117():
    d = Doc("g117_city_rental_subsidies_talent")
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    SZ, GZ, HZ, XA, FS, WH, SH = ("深圳市", "广州市", "杭州市", "西安市",
                                  "佛山市", "武汉市", "上海市")
    # title (a heading that opens with 多城: no city section; the title
    # line is its own sentence, 深圳 before its figures)
    d.city("安居 [[深圳]]前10个月")
    d.date("深圳[[前10个月]]发放", Y, SZ)
    d.metric("补贴[[逾6.3亿元]]\n", "6.3e8", "元", "over", SZ)
    # P1 深圳's totals (the first sentence takes 深圳市)
    d.org("\n\n[[南都]]讯")
    d.city("发自[[深圳]] 昨日")
    d.date("发自深圳 [[昨日]]，", "2026-11-12", SZ)
    d.org("昨日，[[深圳市住房和建设局]]（")
    d.org("以下简称“[[深圳市住建局]]”）与")
    d.org("与[[深圳市人力资源和社会保障局]]（")
    d.org("以下简称“[[深圳市人社局]]”）联合")
    d.date("联合发布数据，[[今年前10个月]]，", Y, SZ)
    d.city("今年前10个月，[[深圳]]累计")
    d.metric("补贴[[约6.35亿元]]", "6.35e8", "元", "approx", SZ)
    d.metric("惠及[[约10.6万人]]", "10.6e4", "人", "approx", SZ)
    d.metric("同比增长[[12.4%]]；", "12.4", "%", "exact", SZ)
    d.date("其中[[10月]]单月", OCT, "")
    d.metric("发放[[约7800万元]]", "7800e4", "元", "approx", "")
    d.date("较[[上月]]增加9.1%", "2026-09", "")
    d.metric("增加[[9.1%]]。", "9.1", "%", "exact", "")
    # P2 深圳's subsidies and talent housing
    d.org("\n\n[[深圳市人社局]]相关负责人")
    d.city("在[[深圳]]就业的")
    d.metric("申领[[1.5万元]]、", "1.5e4", "元", "exact", SZ)
    d.metric("、[[2.5万元]]和", "2.5e4", "元", "exact", SZ)
    d.metric("和[[3万元]]一次性", "3e4", "元", "exact", SZ)
    d.date("。[[今年7月1日]]起", "2026-07-01", "")
    d.metric("由[[15天]]缩短", 15, "天", "exact", "")
    d.metric("缩短至[[3天]]。", 3, "天", "exact", "")
    d.org("。[[深圳市住建局]]同时透露")
    d.date("截至[[10月底]]，深圳市人才", OCT, "")
    d.org("，[[深圳市人才安居集团]]（")
    d.org("以下简称“[[人才安居集团]]”）累计")
    d.metric("保障性租赁住房[[约14.2万套]]，", "14.2e4", "套", "approx", "")
    d.date("，[[今年]]新增供应", Y, "")
    d.metric("新增供应[[2.6万套]]", "2.6e4", "套", "exact", "")
    d.metric("市场租金的[[六成左右]]", 60, "%", "approx", "")
    d.org("；[[华为]]、比亚迪")
    d.org("华为、[[比亚迪]]、腾讯")
    d.org("比亚迪、[[腾讯]]等企业")
    d.metric("整体配租[[约1.1万套]]", "1.1e4", "套", "approx", "")
    # P3 广州 and the province
    d.city("\n\n在[[广州]]，")
    d.org("在广州，[[广州市住房和城乡建设局]]（")
    d.org("以下简称“[[广州市住建局]]”）上周")
    d.date("广州市住建局”）[[上周]]公布", "2026-W45", GZ)
    d.date("公布，[[今年前三季度]]全市", Y, GZ)
    d.metric("保障性租赁住房[[4.1万套]]", "4.1e4", "套", "exact", GZ)
    d.metric("年度计划的[[82%]]", 82, "%", "exact", GZ)
    d.date("较[[去年同期]]多出", LY, GZ)
    d.metric("多出[[约6000套]]", 6000, "套", "approx", GZ)
    d.org("。[[广州安居集团]]相关")
    d.date("“青年驿站”[[今年]]以来", Y, "")
    d.metric("毕业生[[约2.3万人次]]", "2.3e4", "人次", "approx", "")
    d.city("此外，[[广州]]对")
    d.metric("每月[[1000元]]、", 1000, "元", "exact", GZ)
    d.metric("1000元、[[1500元]]租房", 1500, "元", "exact", GZ)
    d.org("。[[广东省住房和城乡建设厅]]上月")
    d.date("建设厅[[上月]]印发", OCT, "")
    d.date("到[[2027年底]]全省", NY, "")
    d.metric("保障性租赁住房[[约30万套]]", "30e4", "套", "approx", "")
    # P4 杭州
    d.org("\n\n[[杭州市住房保障和房产管理局]]（")
    d.org("以下简称“[[杭州市住保房管局]]”）数据")
    d.date("截至[[9月30日]]，", "2026-09-30", HZ)
    d.city("9月30日，[[杭州]]今年")
    d.date("杭州[[今年]]已受理", Y, HZ)
    d.metric("补贴申请[[8.9万件]]", "8.9e4", "件", "exact", HZ)
    d.metric("发放资金[[约4.7亿元]]", "4.7e8", "元", "approx", HZ)
    d.metric("人均[[约5300元]]", 5300, "元", "approx", HZ)
    d.org("。[[自如杭州公司]]相关")
    d.org("依托[[杭州市人力资源和社会保障局]]推出")
    d.city("“[[杭州]]人才码”")
    d.date("，[[10月]]以来", OCT, HZ)
    d.metric("提升至[[约35%]]", 35, "%", "approx", HZ)
    # P5 成都, 西安, 东莞, 佛山, 武汉 (南京, 苏州, 合肥, 长沙 listed)
    d.city("\n\n[[成都]]、西安、南京等城市")
    d.city("成都、[[西安]]、南京等城市")
    d.city("西安、[[南京]]等城市")
    d.org("。[[成都市住房和城乡建设局]]（")
    d.org("以下简称“[[成都市住建局]]”）11月10日")
    d.date("成都市住建局”）[[11月10日]]发布", "2026-11-10", "")
    d.date("自[[明年1月1日]]起", "2027-01-01", "")
    d.metric("工作的[[35岁以下]]", 35, "岁", "under", "")
    d.metric("市场价的[[85折]]", 85, "%", "exact", "")
    d.city("；[[西安]]自今年3月")
    d.date("西安自[[今年3月]]起", "2026-03", XA)
    d.metric("每月[[800元]]", 800, "元", "exact", XA)
    d.city("；[[东莞]]、佛山则")
    d.city("东莞、[[佛山]]则")
    d.metric("最高[[1.2万元]]", "1.2e4", "元", "exact", FS)
    d.org("。[[武汉市人社局]]数据")
    d.date("显示，[[今年1月]]至10月", "2026-01", WH)
    d.date("今年1月至[[10月]]，武汉", OCT, WH)
    d.city("10月，[[武汉]]共为")
    d.metric("共为[[约5.6万名]]", "5.6e4", "名", "approx", WH)
    d.metric("补贴[[2.1亿元]]，苏州", "2.1e8", "元", "exact", WH)
    d.city("，[[苏州]]、合肥")
    d.city("苏州、[[合肥]]、长沙")
    d.city("合肥、[[长沙]]等地")
    # P6 北京 and 上海
    d.city("一线城市中，[[北京]]、上海更多")
    d.city("北京、[[上海]]更多")
    d.org("。[[北京市住房和城乡建设委员会]]此前")
    d.date("表示，[[今年]]将建设", Y, "")
    d.metric("保障性租赁住房[[5万套]]", "5e4", "套", "exact", "")
    d.org("。[[58安居客房产研究院]]数据")
    d.date("显示，[[三季度]]北京", "2026-Q3", "北京市")
    d.city("三季度[[北京]]、上海人才")
    d.city("北京、[[上海]]人才公寓")
    d.metric("分别为[[96.5%]]和", "96.5", "%", "exact", SH)
    d.metric("96.5%和[[94.8%]]", "94.8", "%", "exact", SH)
    d.metric("每套[[4860元]]和", 4860, "元", "exact", SH)
    d.metric("4860元和[[4520元]]。", 4520, "元", "exact", SH)
    # P7 rents and rental platforms
    d.org("市场机构方面，[[贝壳研究院]]最新")
    d.date("显示，[[10月]]全国40个", OCT, "")
    d.metric("全国[[40个]]重点城市", 40, "个", "exact", "")
    d.metric("平均租金为[[41.8元/平方米/月]]", "41.8", "元/平方米/月", "exact",
             "")
    d.metric("环比下跌[[0.3%]]", "0.3", "%", "exact", "")
    d.city("其中[[深圳]]、杭州、上海三地")
    d.city("深圳、[[杭州]]、上海三地")
    d.city("杭州、[[上海]]三地")
    d.metric("分别下降[[1.2%]]、", "1.2", "%", "exact", SH)
    d.metric("1.2%、[[2.6%]]和", "2.6", "%", "exact", SH)
    d.metric("2.6%和[[0.8%]]。", "0.8", "%", "exact", SH)
    d.org("。[[万科泊寓]]相关")
    d.city("公司在[[深圳]]、广州等城市")
    d.city("深圳、[[广州]]等城市运营")
    d.metric("运营的[[约3.8万间]]", "3.8e4", "间", "approx", GZ)
    d.metric("房源中，[[超过四成]]", 40, "%", "over", GZ)
    d.metric("租客为[[35岁以下]]", 35, "岁", "under", GZ)
    d.org("。[[自如]]数据显示")
    d.date("显示，[[今年前三季度]]通过", Y, "")
    d.metric("用户[[超过4.2万人]]", "4.2e4", "人", "over", "")
    d.metric("同比增长[[约三成]]", 30, "%", "approx", "")
    d.org("。[[贝壳]]旗下")
    d.metric("接入[[12个]]城市", 12, "个", "exact", "")
    d.org("；[[龙湖冠寓]]、")
    d.org("、[[华润有巢]]等机构")
    d.metric("提供[[9折]]租金", 90, "%", "exact", "")
    # P8 national data (no CITY)
    d.org("国家层面，[[住房和城乡建设部]]（")
    d.org("以下简称“[[住建部]]”）数据")
    d.date("截至[[三季度末]]，全国", "2026-Q3", "")
    d.metric("保障性租赁住房[[约780万套]]", "780e4", "套", "approx", "")
    d.org("。[[中国人民银行]]此前")
    d.metric("设立的[[3000亿元]]", "3000e8", "元", "exact", "")
    d.date("截至[[9月末]]已支持", "2026-09", "")
    d.metric("商品房[[约2.1万套]]用于", "2.1e4", "套", "approx", "")
    d.org("。[[国家统计局]]本周一")
    d.date("国家统计局[[本周一]]（", "2026-11-09", "")
    d.date("本周一（[[9日]]）", "2026-11-09", "")
    d.date("公布，[[10月]]全国CPI", OCT, "")
    d.metric("同比下降[[0.4%]]", "0.4", "%", "exact", "")
    d.date("降幅较[[9月]]收窄", "2026-09", "")
    d.metric("收窄[[0.1个百分点]]", "0.1", "百分点", "exact", "")
    # P9 research and outlook (no CITY: 深圳 only inside ORGs)
    d.org("\n\n[[广东省住房政策研究中心]]一位")
    d.org("。[[智联招聘]]近日")
    d.date("《[[2026]]大学生", Y, "")
    d.metric("显示，[[约47%]]的受访", 47, "%", "approx", "")
    d.org("。[[中指研究院]]预计")
    d.date("预计，[[明年3月]]至6月", "2027-03", "")
    d.date("明年3月至[[6月]]毕业季", "2027-06", "")
    d.metric("环比增长[[15%]]至20%", 15, "%", "exact", "")
    d.metric("15%至[[20%]]。", 20, "%", "exact", "")
    d.org("。[[深圳市住建局]]表示，将联合")
    d.org("将联合[[人才安居集团]]在")
    d.date("在[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]前后", "2027-02-06", "")
    d.date("并于[[12月底]]前", "2026-12", "")
    audit = {
        "orgs": ["南都", "深圳市住房和建设局", "深圳市住建局",
                 "深圳市人力资源和社会保障局", "深圳市人社局",
                 "深圳市人才安居集团", "人才安居集团", "华为", "比亚迪", "腾讯",
                 "广州市住房和城乡建设局", "广州市住建局", "广州安居集团",
                 "广东省住房和城乡建设厅", "杭州市住房保障和房产管理局",
                 "杭州市住保房管局", "自如杭州公司",
                 "杭州市人力资源和社会保障局", "成都市住房和城乡建设局",
                 "成都市住建局", "武汉市人社局", "北京市住房和城乡建设委员会",
                 "58安居客房产研究院", "贝壳研究院", "万科泊寓", "自如", "贝壳",
                 "龙湖冠寓", "华润有巢", "住房和城乡建设部", "住建部",
                 "中国人民银行", "国家统计局", "广东省住房政策研究中心",
                 "智联招聘", "中指研究院"],
        "cities": ["深圳", "广州", "杭州", "成都", "西安", "南京", "东莞",
                   "佛山", "武汉", "苏州", "合肥", "长沙", "北京", "上海",
                   "黄埔", "番禺", "广东", "珠海", "天津", "重庆", "城市"],
        "excluded": [
            # districts of 广州; 城市 (x6, the word); 广东 only inside ORGs
            "在[[黄埔]]、番禺", "、[[番禺]]等区",
            "南京等[[城市]]也在", "一线[[城市]]中", "重点[[城市]]住宅",
            "广州等[[城市]]运营", "12个[[城市]]的", "，重点[[城市]]租赁",
        ],
        # 3年 (a duration: 最长发放3年), 14个月 after 连续 (a duration)
        "numbers_excluded": ["最长发放[[3年]]", "连续[[14个月]]"],
        # 一次性, 一键, 一线 (a tier label), 一位, 一件事 (words), 三地 (a
        # collective label for 深圳、杭州、上海)
        "cn_excluded": ["[[一]]次性补贴", "可[[一]]键申报", "[[一]]线城市中",
                        "中心[[一位]]研究员", "“[[一]]件事”", "上海[[三地]]"],
        # CPI (a label)
        "latin_excluded": ["全国[[CPI]]中"],
        # time words that are no DATE: 单月 (outside 10月), 年度 (年度计划),
        # 青年 (x2: 青年驿站, 青年人才), 每月 (x2 before 1000元 and 800元),
        # 月租金 (a monthly rent), 以来 (x2 outside 今年 and 10月), 此前
        # (x2), 近日, 毕业季, 证明 (明 of 认定证明), 前后 (outside 春节),
        # 同期 only inside 去年同期
        "words_excluded": {"单月": 1, "年度": 1, "青年": 2, "每月": 2,
                           "月租金": 1, "以来": 2, "此前": 2, "近日": 1,
                           "毕业季": 1, "证明": 1, "前后": 1, "同期": 0,
                           "全日制": 1,
                           "当天": 0, "当日": 0, "全年": 0},
        # generic heads outside ORG rows: 集团 (该集团), 公司 (公司在深圳),
        # 企业 (等企业), 部门 (人社部门), 研究院 and 委员会 only inside ORGs
        "orgwords_excluded": {"集团": 1, "公司": 1, "企业": 1, "部门": 1,
                              "研究院": 0, "委员会": 0, "研究中心": 0,
                              "住建局": 0},
        "orgstring_excluded": [],
    }
    return d, audit

# ===========================================================================
# g118 cross-border e-payments of Macao in 2026: the monetary authority's
# totals for the first ten months and October, 澳門通's MPay in mainland
# cities, 支付寶澳門, banks' wallets and the 聚易用 aggregated QR service,
# the Hong Kong-Macao fast payment link (香港金管局, 轉數快), 八達通 and
# 支付寶香港, mainland visitors (銀聯國際, 微信支付, 支付寶, 中國人民銀行),
# merchants in 橫琴 and 珠海, Macao's merchants and the consumer council,
# the economy bureau's scheme and the statistics bureau's spending figure,
# fraud, outlook.  Traditional as Macao writes it (公佈, 佔, 按年, 按月, 首十
# 個月, 首三季, 第三季, 明年首季, 十月份, 九月份, 「」, 本澳, 數碼化),
# plain Big5, 2026-11-15 (a Sunday, ISO week 2026-W46), 澳門日報; the first
# paragraph opens with 【本報消息】 (本報 names no outlet).  金管局 published
# 昨日 (2026-11-14); 本周四（12日） is 2026-11-12; 上周 is 2026-W45; 上月 is
# 2026-10; 「十一」 and 國慶 2026-10-01; 「雙十一」 2026-11-11; 聖誕
# 2026-12-25, 元旦 2027-01-01, 明年農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g118():
    d = Doc("g118_macao_hk_cross_border_payments")
    Y, LY, NY = "2026", "2025", "2027"
    OCT, NOV = "2026-10", "2026-11"
    MO, HK, ZH, SZ, SH = "澳门", "香港", "珠海市", "深圳市", "上海市"
    # title (a heading that opens with 首十個月: no city section)
    d.date("[[首十個月]]跨境電子支付交易額逾", Y, "")
    d.metric("交易額[[逾312億元]] ", "312e8", "元", "over", "")
    d.metric("按年增[[逾三成]]\n", 30, "%", "over", "")
    # P1 the monetary authority's totals (no CITY: 本澳 is deictic)
    d.org("【本報消息】[[澳門金融管理局]]（")
    d.org("（[[金管局]]）昨日")
    d.date("金管局）[[昨日]]公佈", "2026-11-14", "")
    d.date("公佈，[[今年首十個月]]本澳", Y, "")
    d.metric("交易總額達[[512.6億元]]", "512.6e8", "元", "exact", "")
    d.metric("按年增長[[22.8%]]；", "22.8", "%", "exact", "")
    d.metric("交易額[[約312.4億元]]", "312.4e8", "元", "approx", "")
    d.metric("按年上升[[31.6%]]，佔", "31.6", "%", "exact", "")
    d.metric("佔整體[[約61%]]", 61, "%", "approx", "")
    d.metric("交易筆數[[約3.68億筆]]", "3.68e8", "笔", "approx", "")
    d.date("。[[十月份]]單月跨境", OCT, "")
    d.metric("跨境交易[[約4,260萬筆]]", "4260e4", "笔", "approx", "")
    d.metric("金額[[約38.5億元]]", "38.5e8", "元", "approx", "")
    d.metric("按月增加[[12.3%]]", "12.3", "%", "exact", "")
    d.org("，[[金管局]]認為")
    d.date("主要受「[[十一]]」黃金周", "2026-10-01", "")
    # P2 MPay and 支付寶澳門 (珠海、中山、廣州、深圳; 澳門居民)
    d.org("\n\n[[澳門通股份有限公司]]（")
    d.org("（[[澳門通]]）表示")
    d.date("MPay自[[今年3月]]起", "2026-03", ZH)
    d.city("覆蓋[[珠海]]、中山")
    d.city("珠海、[[中山]]、廣州")
    d.city("中山、[[廣州]]、深圳等")
    d.city("廣州、[[深圳]]等城市")
    d.metric("等城市[[約1,200萬個]]商戶", "1200e4", "个", "approx", SZ)
    d.date("截至[[10月底]]，MPay", OCT, "")
    d.metric("累計[[逾1,860萬筆]]", "1860e4", "笔", "over", "")
    d.metric("金額[[約21.6億元]]", "21.6e8", "元", "approx", "")
    d.date("「[[雙十一]]」期間", "2026-11-11", "")
    d.metric("大增[[約65%]]", 65, "%", "approx", "")
    d.org("。[[澳門通]]指出")
    d.metric("登記用戶[[約62萬名]]", "62e4", "名", "approx", "")
    d.metric("當中[[逾六成]]已開通", 60, "%", "over", "")
    d.org("。[[支付寶澳門]]上月公佈")
    d.date("支付寶澳門[[上月]]公佈", OCT, MO)
    d.date("顯示，[[第三季]]澳門居民", "2026-Q3", MO)
    d.city("第三季[[澳門]]居民")
    d.org("經[[支付寶澳門]]在內地")
    d.metric("按年增長[[約48%]]", 48, "%", "approx", MO)
    d.metric("其中[[近七成]]發生", 70, "%", "approx", MO)
    d.city("發生在[[珠海]]及橫琴")
    # P3 banks and 聚易用
    d.org("銀行方面，[[中國銀行澳門分行]]表示")
    d.org("表示，[[中銀澳門]]手機銀行")
    d.date("付款功能[[首十個月]]交易", Y, "")
    d.metric("按年增長[[約56%]]；", 56, "%", "approx", "")
    d.org("；[[大豐銀行]]旗下")
    d.org("與[[澳門商業銀行]]亦")
    d.org("，[[大西洋銀行]]則")
    d.date("計劃於[[年底]]前跟進", Y, "")
    d.org("。[[金管局]]推動的")
    d.date("服務自[[2021年]]起", "2021", "")
    d.date("截至[[9月底]]，本澳", "2026-09", "")
    d.metric("本澳[[約8.6萬部]]", "8.6e4", "部", "approx", "")
    d.metric("覆蓋率[[逾九成]]", 90, "%", "over", "")
    d.org("。[[大豐銀行]]、澳門國際")
    d.org("、[[澳門國際銀行]]及")
    d.org("及[[工銀澳門]]等")
    d.date("表示，[[十月份]]經「聚易用」", OCT, HK)
    d.city("內地及[[香港]]電子錢包")
    d.metric("升至[[約44%]]", 44, "%", "approx", HK)
    d.date("較[[上月]]提高", "2026-09", HK)
    d.metric("提高[[2.7個百分點]]", "2.7", "百分点", "exact", HK)
    # P4 Hong Kong: the fast payment link, 八達通, 支付寶香港
    d.city("\n\n[[香港]]方面")
    d.org("香港方面，[[香港金融管理局]]（")
    d.org("（[[香港金管局]]）與金管局")
    d.org("香港金管局）與[[金管局]]合作")
    d.date("支付服務[[今年6月]]起試行", "2026-06", HK)
    d.city("與[[澳門]]的即時支付")
    d.date("截至[[本周四]]（", "2026-11-12", "")
    d.date("本周四（[[12日]]）", "2026-11-12", "")
    d.metric("錄得[[約96萬筆]]", "96e4", "笔", "approx", "")
    d.metric("涉及金額[[約13.8億港元]]", "13.8e8", "港元", "approx", "")
    d.metric("由首批[[6家]]增至", 6, "家", "exact", "")
    d.metric("增至[[11家]]。", 11, "家", "exact", "")
    d.org("。[[香港金管局]]數據顯示")
    d.date("顯示，[[十月份]]「轉數快」", OCT, "")
    d.metric("共處理[[約1.2億筆]]", "1.2e8", "笔", "approx", "")
    d.metric("日均[[約387萬筆]]", "387e4", "笔", "approx", "")
    d.org("。[[八達通]]早前")
    d.org("宣佈，[[八達通]]App")
    d.city("可在[[澳門]]約2.3萬個")
    d.metric("澳門[[約2.3萬個]]商戶", "2.3e4", "个", "approx", MO)
    d.date("付款，[[上月]]相關交易", OCT, MO)
    d.metric("按月增加[[逾兩成]]", 20, "%", "over", MO)
    d.org("；[[支付寶香港]]則指")
    d.date("則指，[[十月份]]香港用戶", OCT, HK)
    d.city("十月份[[香港]]用戶")
    d.date("較[[九月份]]上升", "2026-09", HK)
    d.metric("上升[[約18%]]。", 18, "%", "approx", HK)
    # P5 mainland visitors and residents of Hong Kong and Macao
    d.org("內地旅客方面，[[銀聯國際]]表示")
    d.date("銀聯國際表示，[[國慶]]黃金周", "2026-10-01", "")
    d.metric("按年增長[[約27%]]；", 27, "%", "approx", "")
    d.org("；[[微信支付]]則指")
    d.date("則指，[[今年首十個月]]港澳", Y, "")
    d.org("內地版[[微信支付]]綁定")
    d.metric("新增用戶[[約38萬人]]", "38e4", "人", "approx", "")
    d.org("。[[支付寶]]亦表示")
    d.date("亦表示，[[國慶]]黃金周", "2026-10-01", MO)
    d.city("內地旅客在[[澳門]]使用支付寶")
    d.org("使用[[支付寶]]的消費")
    d.metric("按年增長[[約31%]]", 31, "%", "approx", MO)
    d.city("來自[[廣州]]、上海及杭州")
    d.city("廣州、[[上海]]及杭州")
    d.city("上海及[[杭州]]的旅客")
    d.org("。[[中國人民銀行]]早前")
    d.date("顯示，[[今年首三季]]港澳", Y, HK)
    d.metric("消費[[約1.86億筆]]", "1.86e8", "笔", "approx", HK)
    d.metric("按年增長[[約四成]]", 40, "%", "approx", HK)
    d.city("當中[[香港]]居民")
    d.city("北上[[深圳]]消費")
    # P6 neighbouring cities (橫琴, 珠海; 江門、佛山、東莞)
    d.org("。[[橫琴粵澳深度合作區執行委員會]]（")
    d.org("（[[合作區執委會]]）資料")
    d.metric("商戶已[[逾4,800家]]", 4800, "家", "over", "")
    d.org("；[[珠海市商務局]]表示")
    d.date("表示，[[上月]]珠海接受", OCT, ZH)
    d.city("上月[[珠海]]接受")
    d.city("接受[[澳門]]電子錢包")
    d.metric("按年增長[[約52%]]", 52, "%", "approx", MO)
    d.city("，[[江門]]、佛山")
    d.city("江門、[[佛山]]、東莞")
    d.city("佛山、[[東莞]]的相關")
    # P7 merchants, the consumer council, the economy and statistics
    # bureaus (no CITY)
    d.org("商界方面，[[澳門中華總商會]]表示")
    d.org("。[[消費者委員會]]（")
    d.org("（[[消委會]]）上周")
    d.date("消委會）[[上周]]公佈", "2026-W45", "")
    d.metric("顯示，[[約68%]]受訪", 68, "%", "approx", "")
    d.metric("仍有[[約一成]]小商戶", 10, "%", "approx", "")
    d.org("；[[澳門餐飲業聯合商會]]則指")
    d.metric("每筆[[0.6%]]至1.2%", "0.6", "%", "exact", "")
    d.metric("0.6%至[[1.2%]]的", "1.2", "%", "exact", "")
    d.org("。[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）表示")
    d.date("表示，[[本月]]起至", NOV, "")
    d.date("起至[[12月31日]]推出", "2026-12-31", "")
    d.metric("帶動[[約15億元]]消費", "15e8", "元", "approx", "")
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]內地旅客人均", "2026-Q3", "")
    d.metric("人均消費為[[2,186元]]", 2186, "元", "exact", "")
    d.metric("按年下跌[[3.2%]]", "3.2", "%", "exact", "")
    d.date("較[[去年同期]]減少", "2025-Q3", "")
    d.metric("減少[[約72元]]", 72, "元", "approx", "")
    # P8 fraud (no CITY)
    d.org("風險方面，[[司法警察局]]表示")
    d.date("表示，[[今年首十個月]]共接獲", Y, "")
    d.metric("詐騙案[[約310宗]]", 310, "宗", "approx", "")
    d.metric("按年減少[[約12%]]", 12, "%", "approx", "")
    d.metric("涉款[[約2,460萬元]]", "2460e4", "元", "approx", "")
    d.org("。[[金管局]]早前已要求")
    d.date("在[[本月底]]前", NOV, "")
    d.date("並於[[上周]]聯同", "2026-W45", "")
    d.org("聯同[[澳門銀行公會]]舉辦")
    # P9 outlook (上海、杭州、北京 after 明年)
    d.org("展望後市，[[澳門大學工商管理學院]]一名")
    d.city("有助[[澳門]]融入")
    d.org("。[[澳門銀行公會]]預計")
    d.date("預計，[[今年]]全年", Y, "")
    d.metric("可望[[突破380億元]]", "380e8", "元", "over", "")
    d.date("較[[去年]]全年", LY, "")
    d.metric("全年的[[286.3億元]]", "286.3e8", "元", "exact", "")
    d.metric("增長[[超過三成]]。", 30, "%", "over", "")
    d.org("。[[金管局]]表示，將於")
    d.date("將於[[明年首季]]推出", "2027-Q1", "")
    d.date("在[[聖誕]]、元旦", "2026-12-25", "")
    d.date("聖誕、[[元旦]]及", "2027-01-01", "")
    d.date("及[[明年農曆新年]]前後", "2027-02-06", "")
    d.org("；[[澳門通]]亦計劃")
    d.date("亦計劃[[明年]]把MPay", NY, SH)
    d.city("擴展至[[上海]]、杭州")
    d.city("上海、[[杭州]]、北京")
    d.city("杭州、[[北京]]等城市")
    audit = {
        "orgs": sorted(set(ORG_NORM)),
        "cities": ["澳門", "香港", "珠海", "中山", "廣州", "深圳", "江門",
                   "佛山", "東莞", "上海", "杭州", "北京", "橫琴", "本澳",
                   "新馬路", "紅街市", "大灣區", "廣東", "城市"],
        "excluded": [
            # 本澳 (x2, deictic), 橫琴 (an area: 珠海及橫琴), 新馬路 and
            # 紅街市 (a street and a market area), 大灣區 (a region), 城市
            # (x3, the word)
            "今年首十個月[[本澳]]", "，[[本澳]]約8.6萬部", "珠海及[[橫琴]]",
            "[[新馬路]]及紅街市", "新馬路及[[紅街市]]", "融入[[大灣區]]",
            "深圳等[[城市]]約", "周邊[[城市]]商戶", "北京等[[城市]]。",
        ],
        "numbers_excluded": [],
        # 兩地 (a collective label for Hong Kong and Macao), 兩位數 (vague),
        # 一名, 一帶, 二維碼 (words), 首批 holds no numeral
        "cn_excluded": ["[[兩地]]居民", "錄得[[兩位數]]增長", "[[一名]]學者",
                        "紅街市[[一]]帶", "跨境[[二]]維碼"],
        # MPay (x5, the wallet of 澳門通), App (the app's label)
        "latin_excluded": ["電子錢包[[MPay]]自", "，[[MPay]]跨境",
                           "，[[MPay]]用戶", "，[[MPay]]現有",
                           "接受[[MPay]]的", "把[[MPay]]服務",
                           "八達通[[App]]用戶"],
        # time words that are no DATE: 按年 (x12), 按月 (x2), 單月, 日均,
        # 黃金周 (x3 outside 十一 and 國慶), 期間 (x3 outside DATEs), 早前
        # (x3), 全年 (x2 outside 今年 and 去年), 前後 (outside 明年農曆新年),
        # 周邊 (neighbouring)
        "words_excluded": {"按年": 12, "按月": 2, "單月": 1, "日均": 1,
                           "黃金周": 3, "期間": 3, "早前": 3, "全年": 2,
                           "周邊": 1,
                           "前後": 1, "同期": 0, "當日": 0, "當天": 0},
        # generic heads outside ORG rows: 銀行 (x4: 手機銀行, 參與銀行,
        # 本地銀行卡, 銀行方面), 機構 (收單機構, 支付機構),
        # 商會, 公會, 委員會, 學院 only inside ORGs
        "orgwords_excluded": {"銀行": 4, "機構": 2, "商會": 0, "公會": 0,
                              "委員會": 0, "學院": 0, "管理局": 0},
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
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
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
    if tx.startswith(("今年前", "今年首", "首", "前")):
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
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in ("较", "較", "比"):
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    if tx == "上月" and before in ("较", "較", "比"):
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
    for w, k in (("本周", 0), ("上周", -1), ("本週", 0), ("上週", -1)):
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
    m = re.search(r"(?<!\d)(\d{1,2})$", r["text"])
    if not m or r["text"] in HOLIDAY:      # a bare year (2026) or a
        return                             # holiday is no range's first
    after = d.text[r["end"]:r["end"] + 4]
    assert re.match(r"[至到\-－~～]\d{1,2}月", after), (r, after)
    assert r["normalized"][5:7] == "%02d" % int(m.group(1)), r


def check_gloss(d, r):
    """A bracketed day after a DATE (本周一（9日）, 本周四（12日）) is its own
    mention and must carry the same date (SPEC: 今日(15日) is 今日 and 15日,
    both resolved to the same day; from annotate_zb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    if prev:
        assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


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
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_raw_unit"] = raw_unit
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成; from annotate_zc.py)
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_range_first(d, r)
            check_same(d, r)
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
