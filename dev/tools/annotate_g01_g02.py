#!/usr/bin/env python3
"""Gold annotation for g01_housing, g02_hongkong (the second held-out set, in dev/ since its
errors were studied).

Adapted from the earlier held-out annotation script (dev/tools/annotate_h01_h02.py).
Each mention is located by a short context string in which the span is marked
with [[ ]].  The context must occur exactly `n` times in the article; one row
is written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded (both files are UTF-8 without BOM; g02 is traditional
and its offsets and `text` point into the traditional original, while
`normalized` and `unit` are simplified).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/ or output/ was read or run).  Decisions: dev/NOTES_g01_g02.md.
Reference dates: dev/corpus/manifest.csv (g01 2025-11-12, g02 2024-08-22).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type
(DATE normalizations are real calendar dates/weeks/quarters; METRIC value
re-derived from the span text by an independent small parser); ORG/CITY
normalization and METRIC units against OpenCC t2s (in-process if `opencc` is
importable, else through ../../.venv/bin/python); the `city` column of every
DATE/METRIC row against an independent implementation of the GUIDELINES rule.
Audits: every occurrence of a listed city string, every ASCII digit and every
Chinese fraction/multiple word (成, 倍, 分之) is inside a row or excluded here
on purpose, and every occurrence of an annotated ORG string is inside an ORG
row.  Re-run (from anywhere):

    python3 dev/tools/annotate_g01_g02.py
"""
import csv
import datetime
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)                       # dev/
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
VENV_PY = os.path.join(os.path.dirname(BASE), ".venv", "bin", "python")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    "宁波": "宁波市", "慈溪市": "慈溪市", "余姚市": "余姚市",
    "上海": "上海市", "杭州": "杭州市", "合肥": "合肥市",
    "香港": "香港", "深圳": "深圳市", "新加坡": "新加坡",
}

# ORG span (traditional) -> simplified form (OpenCC t2s; checked below).
# Simplified spans normalize to themselves.
ORG_NORM = {
    "港聯數碼": "港联数码",
    "港聯數碼支付集團有限公司": "港联数码支付集团有限公司",
    "港交所": "港交所", "金管局": "金管局", "恒生銀行": "恒生银行",
    "新加坡金融管理局": "新加坡金融管理局",
}
TRADITIONAL = {"g02_hongkong"}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{doc_id} has a BOM"
        self.text = raw.decode("utf-8")
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
            city="", n=1):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": city})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city="", n=1):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g01 housing, simplified, UTF-8, published 2025-11-12 (a Wednesday, 2025-W46)
# ===========================================================================
@doc
def g01():
    d = Doc("g01_housing")
    NB, CX, YY, SH, HF = "宁波市", "慈溪市", "余姚市", "上海市", "合肥市"
    # title (a heading; 宁波 is followed by 10, not a separator: sentence rule)
    d.city("[[宁波]]10月份新房")
    d.date("宁波[[10月份]]新房", "2025-10", NB)
    d.metric("环比增长[[逾两成]] 前三季度", 20, "%", "over", NB)
    d.date("逾两成 [[前三季度]]累计", "2025", NB)
    d.metric("累计成交[[4.1万套]]\n", "4.1e4", "套", "exact", NB)
    # lead; first sentence runs from 本报讯 to the ；
    d.org("陈思远）[[宁波市住房和城乡建设局]]11日")
    d.date("城乡建设局[[11日]]发布", "2025-11-11", NB)
    d.date("显示，[[10月份]]宁波市区", "2025-10", NB)
    d.city("10月份[[宁波]]市区新建")        # SPEC: 常州市区 -> 常州
    d.metric("成交[[6218套]]", 6218, "套", "exact", NB)
    d.metric("环比增长[[23.4%]]", "23.4", "%", "exact", NB)
    d.metric("同比增长[[8.7%]]；", "8.7", "%", "exact", NB)
    d.metric("成交面积[[71.5万平方米]]", "71.5e4", "平方米", "exact")
    d.metric("均价为[[28436元/平方米]]", 28436, "元/平方米", "exact")
    d.metric("环比下降[[1.2%]]", "1.2", "%", "exact")
    d.metric("二手住宅成交[[7351套]]", 7351, "套", "exact")
    d.metric("同比增长[[11.9%]]", "11.9", "%", "exact")
    # 连续5个月: a duration, not METRIC (audit exclusion below)
    d.metric("保持在[[5000套以上]]", 5000, "套", "over")
    # paragraph 2
    d.org("[[市住建局]]相关负责人")
    d.date("表示，[[9月底]]出台", "2025-09")
    d.date("显现，[[国庆]]假期", "2025-10-01")
    d.metric("认购量同比增长[[约15%]]", 15, "%", "approx")
    d.date("。[[前三季度]]，宁波市区", "2025", NB)
    d.city("前三季度，[[宁波]]市区新房")
    d.metric("累计成交[[4.1万套]]，", "4.1e4", "套", "exact", NB)
    d.date("较[[去年同期]]下降6.3%", "2024", NB)
    d.metric("下降[[6.3%]]", "6.3", "%", "exact", NB)
    d.date("降幅比[[上半年]]收窄", "2025", NB)
    d.metric("收窄[[3.8个百分点]]", "3.8", "百分点", "exact", NB)
    d.metric("其中，[[90]]至144平方米", 90, "平方米", "exact")
    d.metric("90至[[144平方米]]", 144, "平方米", "exact")
    d.metric("占比达到[[57.6%]]", "57.6", "%", "exact")
    d.date("比[[去年]]提高4.2", "2024")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact")
    # paragraph 3 (county-level cities)
    d.city("回暖。[[慈溪市]]10月")
    d.date("慈溪市[[10月]]新房", "2025-10", CX)
    d.metric("新房成交[[812套]]", 812, "套", "exact", CX)
    d.metric("环比增长[[31.2%]]", "31.2", "%", "exact", CX)
    d.city("；[[余姚市]]成交")
    d.metric("余姚市成交[[546套]]", 546, "套", "exact", YY)
    d.metric("环比增长[[17.8%]]", "17.8", "%", "exact", YY)
    d.metric("分别为[[14520元/平方米]]和", 14520, "元/平方米", "exact", YY)
    d.metric("和[[13860元/平方米]]。", 13860, "元/平方米", "exact", YY)
    # paragraph 4 (land market)
    d.date("方面，[[11月1日]]，宁波市", "2025-11-01")
    d.org("[[宁波市自然资源和规划局]]挂牌")
    d.metric("经过[[42轮]]竞价", 42, "轮", "exact")
    d.org("由[[宁波甬禾置业有限公司]]以")
    d.metric("以[[18.6亿元]]竞得", "18.6e8", "元", "exact")
    d.metric("溢价率[[12.5%]]", "12.5", "%", "exact")
    d.metric("楼面价[[约31260元/平方米]]", 31260, "元/平方米", "approx")
    d.org("。[[甬禾置业]]表示")
    d.date("计划[[明年二季度]]开盘", "2026-Q2")
    d.date("据统计，[[今年前三季度]]宁波", "2025", NB)
    d.city("今年前三季度[[宁波]]共出让")
    d.metric("住宅用地[[23宗]]", 23, "宗", "exact", NB)
    d.metric("出让金[[约386亿元]]", "386e8", "元", "approx", NB)
    d.metric("同比下降[[14.2%]]", "14.2", "%", "exact", NB)
    # paragraph 5 (mortgage rates; no city in the sentence)
    d.org("方面，[[宁波银行]]相关负责人")
    d.metric("利率最低为[[3.05%]]", "3.05", "%", "exact")
    d.metric("二套住房为[[3.45%]]", "3.45", "%", "exact")
    d.date("均较[[年初]]下调", "2025")
    d.metric("下调[[20个基点]]", 20, "基点", "exact")
    # paragraph 6 (research firm)
    d.org("[[易居研究院]]监测数据")
    d.date("显示，[[10月份]]全国", "2025-10", SH)
    d.metric("全国[[30个]]重点城市", 30, "个", "exact", SH)
    d.metric("环比增长[[19.2%]]", "19.2", "%", "exact", SH)
    d.city("其中[[上海]]、杭州")
    d.city("上海、[[杭州]]、合肥")
    d.city("杭州、[[合肥]]分别")
    d.metric("分别增长[[8.5%]]、", "8.5", "%", "exact", HF)
    d.metric("8.5%、[[26.1%]]和", "26.1", "%", "exact", HF)
    d.metric("26.1%和[[13.4%]]", "13.4", "%", "exact", HF)
    d.date("分析称，[[上周]]（", "2025-W45", NB)
    d.date("（[[11月3日]]至9日）", "2025-11-03", NB)
    d.date("11月3日至[[9日]]）", "2025-11-09", NB)
    d.city("9日）[[宁波]]新房成交")
    d.metric("新房成交[[1386套]]", 1386, "套", "exact", NB)
    d.metric("环比增长[[9.5%]]", "9.5", "%", "exact", NB)
    d.date("随着[[年底]]前推盘", "2025", NB)
    d.date("加快，[[11月]]宁波", "2025-11", NB)
    d.city("11月[[宁波]]新房成交量")
    d.metric("保持在[[6000套左右]]", 6000, "套", "approx", NB)
    audit = {"cities": ["宁波", "慈溪", "余姚", "上海", "杭州", "合肥", "鄞州",
                        "甬"],
             # 鄞州区: a district of Ningbo (SPEC: districts are not CITY)
             "excluded": ["[[鄞州]]区"],
             # 连续5个月: a duration (SPEC: durations are not METRIC)
             "numbers_excluded": ["连续[[5]]个月"]}
    return d, audit


# ===========================================================================
# g02 Hong Kong, traditional, UTF-8, published 2024-08-22
# ===========================================================================
@doc
def g02():
    d = Doc("g02_hongkong")
    HK, SZ, SH, SG = "香港", "深圳市", "上海市", "新加坡"
    # title (a heading that opens with an ORG; no city in the line)
    d.org("[[港聯數碼]]中期純利")
    d.metric("純利增[[38%]] ", 38, "%", "exact")
    d.metric("商戶[[突破12萬戶]]\n", "12e4", "户", "over")
    # lead (no CITY mention: city empty)
    d.org("【本報訊】[[港聯數碼支付集團有限公司]]（")
    d.org("有限公司（[[港聯數碼]]）")
    d.date("）[[昨日]]（21日）", "2024-08-21")
    d.date("昨日（[[21日]]）", "2024-08-21")
    d.org("向[[港交所]]提交")
    d.date("截至[[2024年6月30日]]止六個月", "2024-06-30")
    d.metric("集團收入[[約18.6億港元]]", "18.6e8", "港元", "approx")
    d.metric("按年增長[[24%]]", 24, "%", "exact")
    d.metric("應佔溢利[[3.42億港元]]", "3.42e8", "港元", "exact")
    d.metric("按年上升[[38%]]", 38, "%", "exact")
    d.metric("基本盈利[[15.8港仙]]", "15.8", "港仙", "exact")
    d.metric("中期息每股[[5港仙]]", 5, "港仙", "exact")
    d.date("將於[[9月20日]]派付", "2024-09-20")
    # paragraph 2 (no city)
    d.metric("交易總額達[[1,256億港元]]", "1256e8", "港元", "exact")
    d.metric("按年增長[[31%]]", 31, "%", "exact")
    d.date("由[[去年同期]]的27%", "2023")
    d.metric("去年同期的[[27%]]", 27, "%", "exact")
    d.metric("升至[[35%]]", 35, "%", "exact")
    d.date("。[[第二季]]交易額", "2024-Q2")
    d.metric("交易額[[約690億港元]]", "690e8", "港元", "approx")
    d.date("較[[今年首季]]增加", "2024-Q1")
    d.metric("增加[[約22%]]", 22, "%", "approx")
    d.date("截至[[6月30日]]，集團", "2024-06-30")
    d.metric("數目[[突破12萬戶]]，", "12e4", "户", "over")
    d.date("較[[去年底]]增加", "2023")
    d.metric("增加[[2.3萬戶]]", "2.3e4", "户", "exact")
    d.metric("錢包用戶[[約480萬戶]]", "480e4", "户", "approx")
    # 香港 section (heading opens with a city followed by ：)
    d.city("[[香港]]：轉數快")
    d.org("[[金管局]]數據顯示")
    d.date("顯示，[[今年上半年]]「轉數快」", "2024", HK)
    d.metric("錄得[[約8.9億宗]]交易", "8.9e8", "宗", "approx", HK)
    d.metric("按年增長[[約35%]]", 35, "%", "approx", HK)
    d.date("截至[[6月底]]", "2024-06", HK)
    d.metric("登記用戶[[超過1,400萬個]]", "1400e4", "个", "over", HK)
    d.city("集團在[[香港]]的商戶")
    d.date("的商戶[[上半年]]經轉數快", "2024", HK)
    d.metric("按年增長[[41%]]", 41, "%", "exact", HK)
    d.org("合作銀行[[恒生銀行]]亦表示")
    d.date("亦表示，[[上半年]]其個人", "2024", HK)
    d.metric("按年增長[[29%]]", 29, "%", "exact", HK)
    d.metric("增至[[約210萬戶]]", "210e4", "户", "approx", HK)
    d.metric("總數[[逾六成]]", 60, "%", "over", HK)
    # 跨境及海外業務 (a heading that does not open with a city: ends 香港)
    d.city("集團在[[深圳]]、上海的")
    d.city("深圳、[[上海]]的跨境")
    d.date("收單業務[[上半年]]交易額", "2024", SH)
    d.metric("交易額[[約212億港元]]", "212e8", "港元", "approx", SH)
    d.metric("按年增長[[56%]]", 56, "%", "exact", SH)
    d.city("消費。[[新加坡]]子公司")
    d.date("子公司[[今年4月]]取得", "2024-04", SG)
    d.org("取得[[新加坡金融管理局]]發出")
    d.date("牌照，[[第二季]]已為", "2024-Q2", SG)
    d.metric("當地[[約3,500家]]商戶", 3500, "家", "approx", SG)
    # last paragraph
    d.org("[[港聯數碼]]股價")
    d.date("股價[[昨日]]收報", "2024-08-21")
    d.metric("收報[[4.26港元]]", "4.26", "港元", "exact")
    d.metric("升[[5.4%]]", "5.4", "%", "exact")
    d.metric("市值[[約82億港元]]", "82e8", "港元", "approx")
    d.date("表示，[[下半年]]將加快", "2024", SH)
    d.date("目標於[[年底]]前", "2024", SH)
    d.metric("提升至[[15萬戶以上]]", "15e4", "户", "over", SH)
    d.date("並計劃[[明年]]在上海", "2025", SH)
    d.city("明年在[[上海]]設立")
    audit = {"cities": ["香港", "深圳", "上海", "新加坡", "內地", "大灣區"],
             # 內地, 大灣區: regions (SPEC: not CITY)
             "excluded": ["受惠於[[內地]]旅客", "拓展[[大灣區]]"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/／\"'") | {
    "\u201c", "\u201d"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|分之[一二三四五六七八九十]+)")
HEAD_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4,
             "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8}
QUAL_PREFIX = {"约": "approx", "約": "approx", "近": "approx", "逾": "over",
               "超过": "over", "超過": "over", "突破": "over", "超": "over"}
QUAL_SUFFIX = {"以上": "over", "左右": "approx", "以下": "under",
               "以内": "under", "以內": "under"}


def parse_metric(span):
    """(value, qualifier) re-derived from the span text (only the forms used
    in this set: Arabic numbers with separators, 万/亿, N成, markers)."""
    q = "exact"
    for p, qq in QUAL_PREFIX.items():
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX.items():
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.match(r"([一二两兩三四五六七八九十])成$", span)
    if m:
        return Decimal(CN_DIGIT[m.group(1)] * 10), q
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]?)", span)
    assert m, span
    v = Decimal(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2)]
    return v, q


def valid_date(norm):
    y = int(norm[:4])
    assert 1900 <= y <= 2100, norm
    m = re.fullmatch(r"\d{4}-(\d\d)-(\d\d)", norm)
    if m:
        datetime.date(y, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"\d{4}-(\d\d)", norm)
    if m:
        assert 1 <= int(m.group(1)) <= 12, norm
    m = re.fullmatch(r"\d{4}-W(\d\d)", norm)
    if m:
        datetime.date.fromisocalendar(y, int(m.group(1)), 1)


def t2s_all(strings):
    """OpenCC t2s of each string, or None when OpenCC is not reachable."""
    try:
        from opencc import OpenCC
        conv = OpenCC("t2s").convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    if not os.path.exists(VENV_PY):
        return None
    code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
    try:
        out = subprocess.run([VENV_PY, "-c", code], input=json.dumps(strings),
                             capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return json.loads(out.stdout)


def rule_city(text, rows, i):
    """GUIDELINES `city` rule for the DATE/METRIC row rows[i] (CITY rows given)."""
    cities = [r for r in rows if r["type"] == "CITY"]
    r = rows[i]
    # section: walk the lines up to the row's line
    section = ""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        if line and len(line) <= 40 and not (set(line) & HEAD_PUNCT):
            section = ""
            for c in cities:
                if c["start"] == lstart:
                    nxt = text[c["end"]:c["end"] + 1]
                    if c["end"] == lend or nxt in ("：", ":", " ", "-", "—"):
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
        return max(before, key=lambda c: c["start"])["normalized"]
    if after:
        return min(after, key=lambda c: c["start"])["normalized"]
    return ""


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    known_cities = set(CITY_NORM.values())
    for i, r in enumerate(rows):
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
            ruled = rule_city(d.text, rows, i)
            assert r["city"] == ruled, ("city column differs from the rule",
                                        r, ruled)
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q = parse_metric(tx)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded):
                problems.append("city string %s at %d: %r" % (
                    name, m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in re.finditer(r"\d+", d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("number %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in CHINESE_FIGURE.finditer(d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("figure %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), org_spans):
                problems.append("ORG string %s at %d not annotated" % (
                    name, m.start()))
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def main():
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
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):]):
            assert s == r["unit"], (r, s)
    for d in built:
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-14s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-14s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
