#!/usr/bin/env python3
"""Gold annotation for the held-out articles dev/corpus/h03, h04 (SPEC.md 2-4).

Same approach as dev/tools/annotate.py: each mention is located by a short
context string in which the span is marked with [[ ]].  The context must occur
exactly `n` times in the article; one row is written per occurrence.  Offsets
are Python str indices into the article as decoded (both files are UTF-8
without BOM; h04 is traditional and its offsets point into the traditional
original, while `normalized` and `unit` are simplified).

Checks: text == original[start:end]; no two rows overlap; no span starts or
ends with white space or punctuation; field formats per type; ORG/CITY
normalization against OpenCC t2s (in-process if importable, else through
.venv/bin/python); the `city` column of every DATE/METRIC row
against a re-implementation of the GUIDELINES rule (section headings, then
the nearest CITY before in the sentence, else the first after).
Audits: every occurrence of a listed city name, every ASCII digit and every
Chinese fraction/multiple word (成, 倍, 分之) lies inside a row or is excluded
here on purpose, and every occurrence of an annotated ORG string is an ORG row
or inside one.  Decisions: dev/NOTES_h03_h04.md.  Re-run:

    python3 dev/tools/annotate_h03_h04.py
"""
import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
VENV_PY = os.path.join(os.path.dirname(BASE), ".venv", "bin", "python")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]

# CITY span -> official name (simplified).
CITY_NORM = {
    "义乌": "义乌市", "昆山": "昆山市", "晋江": "晋江市",
    "深圳": "深圳市", "东莞": "东莞市", "惠州": "惠州市",
    "廣州": "广州市", "香港": "香港", "澳門": "澳门",
}

# ORG span -> OpenCC t2s form (simplified spans normalize to themselves).
ORG_NORM = {
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "港鐵公司": "港铁公司", "八達通卡有限公司": "八达通卡有限公司",
    "八達通": "八达通", "政府統計處": "政府统计处",
    "香港零售管理協會": "香港零售管理协会", "中銀香港": "中银香港",
    "澳門特區政府旅遊局": "澳门特区政府旅游局",
}
TRADITIONAL = {"h04_hongkong"}


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
        assert not raw.startswith(b"\xef\xbb\xbf"), "BOM in " + doc_id
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
# h03 payments, simplified, UTF-8, published 2025-10-28
# ===========================================================================
@doc
def h03():
    d = Doc("h03_payments")
    YW, SZ, HZ = "义乌市", "深圳市", "惠州市"
    # title
    d.org("[[汇联支付]]前三季度净利润")
    d.date("汇联支付[[前三季度]]净利润", "2025")
    d.metric("净利润增[[逾三成]]", 30, "%", "over")
    d.metric("县域商户[[突破百万户]]", "1e6", "户", "over")
    # lead
    d.org("[[证券时报网]]讯")
    d.date("证券时报网讯 [[10月27日晚间]]", "2025-10-27")
    d.org("晚间，[[深圳汇联支付科技股份有限公司]]（")
    d.org("以下简称“[[汇联支付]]”）")
    d.date("披露[[2025年三季度]]报告", "2025-Q3")
    d.date("。[[今年1月]]至9月", "2025-01")
    d.date("今年1月至[[9月]]，公司", "2025-09")
    d.metric("营业收入[[42.37亿元]]", "42.37e8", "元", "exact")
    d.metric("同比增长[[12.8%]]", "12.8", "%", "exact")
    d.metric("归母净利润[[5.06亿元]]", "5.06e8", "元", "exact")
    d.metric("同比增长[[31.4%]]", "31.4", "%", "exact")
    d.date("其中，[[三季度]]单季", "2025-Q3")
    d.metric("实现营收[[15.12亿元]]", "15.12e8", "元", "exact")
    d.metric("环比增长[[6.2%]]", "6.2", "%", "exact")
    # 财报显示
    d.date("截至[[9月末]]", "2025-09")
    d.metric("活跃商户[[约386万户]]", "386e4", "户", "approx")
    d.metric("县域商户[[突破100万户]]", "100e4", "户", "over")
    d.date("较[[去年同期]]增加", "2024-09")
    d.metric("增加[[约27万户]]", "27e4", "户", "approx")
    d.date("。[[前三季度]]，公司处理", "2025")
    d.metric("交易金额[[约1.93万亿元]]", "1.93e12", "元", "approx")
    d.metric("同比增长[[9.5%]]", "9.5", "%", "exact")
    d.metric("交易笔数[[超210亿笔]]", "210e8", "笔", "over")
    # 县域市场
    d.org("。[[汇联支付]]相关负责人")
    d.date("公司[[今年]]联合", "2025", YW)
    d.org("联合[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]推进")
    d.city("浙江[[义乌]]、江苏")
    d.city("江苏[[昆山]]、福建")
    d.city("福建[[晋江]]等县级市")
    d.city("以[[义乌]]为例")
    d.metric("当地[[约8.6万户]]个体", "8.6e4", "户", "approx", YW)
    d.date("服务，[[三季度]]交易额", "2025-Q3", YW)
    d.metric("同比增长[[1.5倍]]", "1.5", "倍", "exact", YW)
    # 银行端合作
    d.date("提速。[[8月]]，中国建设银行", "2025-08", SZ)
    d.org("[[中国建设银行深圳市分行]]与汇联支付")
    d.org("深圳市分行与[[汇联支付]]联合推出")
    d.city("首批覆盖[[深圳]]、东莞")
    d.city("深圳、[[东莞]]、惠州")
    d.city("东莞、[[惠州]]3座城市")
    d.metric("惠州[[3座]]城市", 3, "座", "exact", HZ)
    d.metric("签约商户已[[超过12万户]]", "12e4", "户", "over", HZ)
    d.org("[[深圳市地方金融管理局]]有关负责人")
    d.city("截至目前，[[深圳]]移动支付")
    d.metric("覆盖率已[[超过95%]]", 95, "%", "over", SZ)
    # 机构观点
    d.org("[[华鑫证券]]研报认为")
    d.org("该机构预计[[汇联支付]]2025年")
    d.date("汇联支付[[2025年]]营收", "2025")
    d.metric("营收[[约58亿元]]", "58e8", "元", "approx")
    d.date("，[[明年]]净利润", "2026")
    d.metric("保持在[[20%以上]]", 20, "%", "over")
    audit = {"cities": ["义乌", "昆山", "晋江", "深圳", "东莞", "惠州",
                        "浙江", "江苏", "福建"],
             # provinces, and 深圳 inside ORG names
             "excluded": ["[[浙江]]义乌", "[[江苏]]昆山", "[[福建]]晋江"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# h04 Hong Kong, traditional, UTF-8, published 2024-11-05
# ===========================================================================
@doc
def h04():
    d = Doc("h04_hongkong")
    HK, SZ, MO = "香港", "深圳市", "澳门"
    # title (a heading that does not open with a city)
    d.date("[[上月]]訪港旅客約392萬人次 ", "2024-10")
    d.metric("上月訪港旅客[[約392萬人次]] ", "392e4", "人次", "approx")
    # lead
    d.org("【本報訊】[[香港旅遊發展局]]（旅發局）")
    d.org("香港旅遊發展局（[[旅發局]]）")
    d.date("（旅發局）[[昨日]]（4日）", "2024-11-04")
    d.date("昨日（[[4日]]）公布", "2024-11-04")
    d.date("初步數字，[[10月]]訪港旅客", "2024-10")
    d.metric("10月訪港旅客[[約392萬人次]]，", "392e4", "人次", "approx")
    d.metric("按年增長[[12%]]", 12, "%", "exact")
    d.metric("內地旅客[[約307萬人次]]", "307e4", "人次", "approx")
    d.metric("佔整體[[近八成]]", 80, "%", "approx")
    d.date("。[[國慶]]黃金周（10月1日", "2024-10-01")
    d.date("國慶黃金周（[[10月1日]]至7日）", "2024-10-01")
    d.date("（10月1日至[[7日]]）期間", "2024-10-07")
    d.metric("訪港旅客達[[138萬人次]]", "138e4", "人次", "exact")
    d.date("較[[去年同期]]上升", "2023")
    d.metric("上升[[約9%]]", 9, "%", "approx")
    d.metric("日均[[近20萬人次]]", "20e4", "人次", "approx")
    # 旅發局 year to date
    d.org("[[旅發局]]總幹事")
    d.date("表示，[[今年首季]]訪港", "2024-Q1")
    d.metric("訪港旅客[[約1,040萬人次]]", "1040e4", "人次", "approx")
    d.date("人次，[[1月]]至10月累計", "2024-01")
    d.date("1月至[[10月]]累計", "2024-10")
    d.metric("累計則[[超過3,700萬人次]]", "3700e4", "人次", "over")
    d.metric("按年增加[[約三成]]", 30, "%", "approx")
    d.date("仍只及[[2018年同期]]", "2018")
    d.metric("同期[[約七成]]水平", 70, "%", "approx")
    d.date("該局將於[[12月]]在深圳", "2024-12", SZ)
    d.city("12月在[[深圳]]及廣州")
    d.city("深圳及[[廣州]]舉辦")
    # 港鐵 / 八達通
    d.org("[[港鐵公司]]昨日亦表示")
    d.date("港鐵公司[[昨日]]亦表示", "2024-11-04", HK)
    d.city("高鐵[[香港]]段")
    d.date("香港段在[[國慶]]黃金周", "2024-10-01", HK)
    d.metric("共接載[[約86萬人次]]", "86e4", "人次", "approx", HK)
    d.date("最高為[[10月3日]]的", "2024-10-03", HK)
    d.metric("10月3日的[[約14.6萬人次]]", "14.6e4", "人次", "approx", HK)
    d.metric("按年上升[[約15%]]", 15, "%", "approx")
    d.org("[[八達通卡有限公司]]數據顯示")
    d.date("數據顯示，[[上月]]內地旅客", "2024-10")
    d.org("內地旅客以[[八達通]]完成")
    d.metric("交易[[逾1,200萬宗]]", "1200e4", "宗", "over")
    d.metric("按年增長[[約25%]]", 25, "%", "approx")
    # 零售 (a heading that does not open with a city)
    d.org("[[政府統計處]]上周五公布")
    d.date("政府統計處[[上周五]]公布", "2024-11-01")
    d.date("公布，[[9月]]零售業", "2024-09")
    d.metric("估計為[[306億港元]]", "306e8", "港元", "exact")
    d.metric("按年下跌[[7.3%]]", "7.3", "%", "exact")
    d.date("跌幅較[[8月]]的", "2024-08")
    d.metric("8月的[[11.4%]]收窄", "11.4", "%", "exact")
    d.date("；[[今年首三季]]累計", "2024")
    d.metric("累計[[約2,840億港元]]", "2840e8", "港元", "approx")
    d.metric("按年下跌[[7.8%]]", "7.8", "%", "exact")
    d.org("[[香港零售管理協會]]表示")
    d.date("表示，[[國慶]]黃金周期間會員", "2024-10-01")
    d.metric("按年下跌[[約5%]]", 5, "%", "approx")
    d.date("協會預計，[[第四季]]零售", "2024-Q4")
    d.metric("收窄至[[5%以內]]", 5, "%", "under")
    d.org("[[中銀香港]]則表示")
    d.date("則表示，[[上月]]經其", "2024-10")
    d.metric("交易額[[約15億港元]]", "15e8", "港元", "approx")
    d.date("較[[去年同期]]增長逾四成", "2023-10")
    d.metric("增長[[逾四成]]", 40, "%", "over")
    # 澳門 section (heading opens with a city followed by ：)
    d.city("[[澳門]]：入境旅客")
    d.metric("入境旅客[[近百萬人次]]", "1e6", "人次", "approx", MO)
    d.org("[[澳門特區政府旅遊局]]數據顯示")
    d.date("數據顯示，[[10月1日]]至7日澳門", "2024-10-01", MO)
    d.date("10月1日至[[7日]]澳門", "2024-10-07", MO)
    d.city("至7日[[澳門]]共錄得")
    d.metric("共錄得[[約99.3萬人次]]", "99.3e4", "人次", "approx", MO)
    d.metric("日均[[約14.2萬人次]]", "14.2e4", "人次", "approx", MO)
    d.metric("按年增長[[約6%]]", 6, "%", "approx", MO)
    d.metric("旅客[[逾21萬人次]]", "21e4", "人次", "over", MO)
    d.city("[[澳門]]旅遊業界")
    d.date("預計，[[今年]]入境旅客", "2024", MO)
    d.metric("有望[[超過3,400萬人次]]", "3400e4", "人次", "over", MO)
    audit = {"cities": ["香港", "深圳", "廣州", "澳門", "珠海", "全港", "本港"],
             # 香港 / 澳門 inside ORG names are checked by the ORG rows
             "excluded": [],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|分之[一二三四五六七八九十]+)")
CLAUSE_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")


def t2s_all(strings):
    """OpenCC t2s of each string; None when OpenCC is unavailable."""
    try:
        from opencc import OpenCC
        conv = OpenCC("t2s").convert
        return [conv(s) for s in strings]
    except ImportError:
        pass
    if os.path.exists(VENV_PY):
        code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
                "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
        p = subprocess.run([VENV_PY, "-c", code], input=json.dumps(strings),
                           capture_output=True, text=True)
        if p.returncode == 0:
            return json.loads(p.stdout)
    return None


def rule_city(text, rows):
    """The GUIDELINES `city` rule, for cross-checking the hand-set column."""
    cities = sorted((r for r in rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    # section city per character offset
    section = [""] * (len(text) + 1)
    cur = ""
    pos = 0
    for line in text.split("\n"):
        lstart, lend = pos, pos + len(line)
        pos = lend + 1
        is_heading = (0 < len(line) <= 40
                      and not (set(line) & CLAUSE_PUNCT))
        if is_heading:
            cur = ""
            for c in cities:
                if c["start"] == lstart:
                    nxt = text[c["end"]:c["end"] + 1]
                    if c["end"] == lend or nxt in ("：", ":", " ", "-", "—",
                                                   "－", "\u3000"):
                        cur = c["normalized"]
        for i in range(lstart, lend + 1):
            section[i] = cur
    out = {}
    for r in rows:
        if r["type"] not in ("DATE", "METRIC"):
            continue
        if section[r["start"]]:
            out[r["start"]] = section[r["start"]]
            continue
        s = r["start"]
        while s > 0 and text[s - 1] not in SENT_END:
            s -= 1
        e = r["end"]
        while e < len(text) and text[e] not in SENT_END:
            e += 1
        inside = [c for c in cities if s <= c["start"] and c["end"] <= e]
        before = [c for c in inside if c["start"] < r["start"]]
        after = [c for c in inside if c["start"] > r["start"]]
        if before:
            out[r["start"]] = before[-1]["normalized"]
        elif after:
            out[r["start"]] = after[0]["normalized"]
        else:
            out[r["start"]] = ""
    return out


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:], strict=False):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert not tx[0].isspace() and not tx[-1].isspace(), r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r

    # OpenCC cross-check of ORG / CITY normalization
    names = [r for r in rows if r["type"] in ("ORG", "CITY")]
    conv = t2s_all([r["text"] for r in names])
    if conv is None:
        print("(OpenCC not available: ORG/CITY t2s cross-check skipped)")
    else:
        for r, c in zip(names, conv, strict=False):
            if r["type"] == "ORG":
                assert c == r["normalized"], (r, c)
            else:
                assert c in (r["normalized"], r["normalized"][:-1]), (r, c)
        units = [r for r in rows if r["type"] == "METRIC"]
        for r, c in zip(units, t2s_all([r["unit"] for r in units]), strict=False):
            assert c == r["unit"], (r, c)

    # the GUIDELINES city rule
    ruled = rule_city(d.text, rows)
    diffs = [(r["text"], r["start"], r["city"], ruled[r["start"]])
             for r in rows if r["start"] in ruled
             and ruled[r["start"]] != r["city"]]
    assert not diffs, f"{d.doc_id} city column differs from rule: {diffs!r}"

    covered = [(r["start"], r["end"]) for r in rows]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    problems = []
    # every occurrence of an annotated ORG string is annotated (or inside a
    # longer ORG)
    for name in sorted({r["text"] for r in rows if r["type"] == "ORG"}):
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), org_spans + excluded):
                problems.append("org string %s at %d: %r" % (
                    name, m.start(), d.text[m.start() - 6:m.end() + 6]))
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded + org_spans):
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
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def main():
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
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
