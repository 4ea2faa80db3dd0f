#!/usr/bin/env python3
"""Gold annotation for dev/corpus/g03, g04 (SPEC.md 2-4), the second held-out set (in dev/ since its
errors were studied).

Adapted from dev/tools/annotate_h03_h04.py.  Each mention is located by a
short context string in which the span is marked with [[ ]].  The context must
occur exactly `n` times in the article; one row is written per occurrence.
Offsets are Python str indices into the article as decoded (both files are
UTF-8 without BOM; g04 is traditional and its offsets point into the
traditional original, while `normalized` and `unit` are simplified).

Checks: text == original[start:end]; rows sorted by start; no two rows
overlap; no span starts or ends with white space or punctuation; field
formats per type; ORG/CITY normalization and METRIC units against OpenCC t2s
(in-process if importable, else through ../../.venv/bin/python); the `city`
column of every DATE/METRIC row against a re-implementation of the GUIDELINES
rule (section headings, then the nearest CITY before in the sentence, else the
first after).  Audits: every occurrence of a listed city name, every ASCII
digit and every Chinese fraction/multiple word (成, 倍, 分之) lies inside a row
or is excluded here on purpose, and every occurrence of an annotated ORG
string is an ORG row or inside one.  Decisions: dev/NOTES_g03_g04.md.  Paths
are relative to this script.  Re-run:

    python3 dev/tools/annotate_g03_g04.py
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
TYPES = ("CITY", "ORG", "DATE", "METRIC")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]

# CITY span -> official name (simplified).
CITY_NORM = {
    "成都": "成都市", "重庆": "重庆市", "宜宾": "宜宾市", "泸州": "泸州市",
    "德阳": "德阳市", "眉山": "眉山市", "资阳": "资阳市",
    "台北": "台北市", "台北市": "台北市", "新竹市": "新竹市",
    "高雄": "高雄市", "台南": "台南市",
}

# ORG span -> OpenCC t2s form (simplified spans normalize to themselves).
ORG_NORM = {
    "晶輝科技": "晶辉科技", "晶輝科技股份有限公司": "晶辉科技股份有限公司",
    "經濟部統計處": "经济部统计处", "經濟部": "经济部",
    "臺北市政府觀光傳播局": "台北市政府观光传播局",
    "高雄市政府觀光局": "高雄市政府观光局",
    "台南市政府觀光旅遊局": "台南市政府观光旅游局",
    "市府": "市府", "台灣觀光協會": "台湾观光协会",
}
TRADITIONAL = {"g04_taiwan"}


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
        assert len(hits) == n, (
            f"{self.doc_id}: {plain!r} occurs {len(hits)} times, expected {n}")
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
# g03 transport, simplified, UTF-8, published 2025-11-15 (mainland)
# ===========================================================================
@doc
def g03():
    d = Doc("g03_transport")
    CD, CQ, YB = "成都市", "重庆市", "宜宾市"
    # title (a heading that does not open with a city; 成渝 is no CITY)
    d.date("铁路客流创新高 [[前10个月]]旅客", "2025")
    d.metric("发送量增长[[9.6%]]\n", "9.6", "%", "exact")
    # P1, sentence 1 (the dateline city 成都 opens it)
    d.city("本报[[成都]]11月14日电")
    d.date("本报成都[[11月14日]]电", "2025-11-14", CD)
    d.date("记者[[14日]]从", "2025-11-14", CD)
    d.org("从[[中国铁路成都局集团有限公司]]获悉")
    d.date("获悉，[[今年1月]]至10月", "2025-01", CD)
    d.date("今年1月至[[10月]]，成都局", "2025-10", CD)
    d.org("，[[成都局集团公司]]累计")
    d.metric("发送旅客[[2.18亿人次]]", "2.18e8", "人次", "exact", CD)
    d.metric("同比增长[[9.6%]]，其中", "9.6", "%", "exact", CD)
    d.metric("发送旅客[[超过3100万人次]]", "3100e4", "人次", "over", CD)
    # P1, sentence 2 (no CITY)
    d.date("[[国庆]]假期（", "2025-10-01")
    d.date("假期（[[10月1日]]至8日）", "2025-10-01")
    d.date("10月1日至[[8日]]）", "2025-10-08")
    d.metric("旅客列车[[1356列]]", 1356, "列", "exact")
    d.metric("最高达[[142.7万人次]]", "142.7e4", "人次", "exact")
    # P2
    d.org("。[[国铁集团]]有关负责人")
    d.metric("全长[[约292公里]]", 292, "公里", "approx", CD)
    d.metric("设计时速[[350公里]]", 350, "公里", "exact", CD)
    d.metric("总投资[[约693亿元]]", "693e8", "元", "approx", CD)
    d.date("计划于[[2026年底]]前", "2026", CD)
    d.city("届时[[成都]]至重庆")
    d.city("届时成都至[[重庆]]最短")
    d.metric("缩短至[[50分钟]]", 50, "分钟", "exact", CQ)
    d.city("渝昆高铁[[重庆]]至宜宾段")
    d.city("重庆至[[宜宾]]段")
    d.date("已于[[今年8月]]开通", "2025-08", YB)
    d.city("沿线[[泸州]]、宜宾")
    d.city("泸州、[[宜宾]]两地")
    d.city("前往[[重庆]]更加便捷")
    # P3
    d.org("，[[成都轨道交通集团]]数据显示")
    d.date("截至[[10月底]]", "2025-10")
    d.org("，[[成都地铁]]运营线路")
    d.metric("运营线路达[[14条]]", 14, "条", "exact")
    d.metric("运营里程[[约601公里]]", 601, "公里", "approx")
    d.date("；[[今年]]以来", "2025")
    d.metric("日均客运量[[约680万乘次]]", "680e4", "乘次", "approx")
    d.metric("同比增长[[5.2%]]", "5.2", "%", "exact")
    d.org("[[重庆轨道交通（集团）有限公司]]表示")
    d.date("将于[[12月底]]开通", "2025-12", CQ)
    d.city("届时[[重庆]]城市轨道交通")
    d.metric("运营里程将[[突破560公里]]", 560, "公里", "over", CQ)
    # P4 (airport names are ORG with no CITY inside)
    d.org("[[成都天府国际机场]]、成都双流")
    d.org("、[[成都双流国际机场]]今年")
    d.date("国际机场[[今年前10个月]]共完成", "2025")
    d.metric("吞吐量[[6520万人次]]", "6520e4", "人次", "exact")
    d.metric("同比增长[[8.1%]]", "8.1", "%", "exact")
    d.metric("起降[[44.6万架次]]", "44.6e4", "架次", "exact")
    d.org("[[重庆江北国际机场]]前10个月")
    d.date("江北国际机场[[前10个月]]旅客", "2025")
    d.metric("吞吐量[[约4080万人次]]", "4080e4", "人次", "approx")
    d.date("预计[[今年]]将突破", "2025")
    d.metric("将[[突破4900万人次]]", "4900e4", "人次", "over")
    # P5
    d.org("[[成都市发改委]]相关负责人")
    d.date("表示，[[2026年]]成都", "2026", CD)
    d.city("2026年[[成都]]计划")
    d.metric("轨道交通项目[[4个]]", 4, "个", "exact", CD)
    d.metric("完成投资[[约320亿元]]", "320e8", "元", "approx", CD)
    d.city("推进[[成都]]至德阳")
    d.city("至[[德阳]]、眉山")
    d.city("、[[眉山]]、资阳")
    d.city("、[[资阳]]的市域")
    audit = {"cities": ["成都", "重庆", "宜宾", "泸州", "德阳", "眉山",
                        "资阳", "成渝", "渝昆", "四川", "全市"],
             # 成渝 / 渝昆 are one-character abbreviations (SPEC CITY)
             "excluded": ["[[成渝]]地区铁路", "其中[[成渝]]间", "[[成渝]]中线",
                          "[[渝昆]]高铁", "助力[[成渝]]地区"],
             # line numbers and construction phases (SPEC Not METRIC)
             "numbers_excluded": ["[[4]]号线二期", "[[24]]号线一期"]}
    return d, audit


# ===========================================================================
# g04 Taiwan, traditional, UTF-8, published 2024-11-11
# ===========================================================================
@doc
def g04():
    d = Doc("g04_taiwan")
    HC, TP, KH, TN = "新竹市", "台北市", "高雄市", "台南市"
    # title (a heading that does not open with a city)
    d.org("[[晶輝科技]]10月營收")
    d.date("晶輝科技[[10月]]營收年增36.2%", "2024-10")
    d.metric("營收年增[[36.2%]] ", "36.2", "%", "exact")
    d.date("36.2% [[前10月]]累計", "2024")
    # P1, sentence 1 (byline 台北, then 新竹市)
    d.city("【記者王志豪／[[台北]]報導】")
    d.city("總部位於[[新竹市]]的")
    d.org("新竹市的[[晶輝科技股份有限公司]]昨")
    d.date("股份有限公司[[昨（10）日]]公布", "2024-11-10", HC)
    d.date("公布，[[10月]]合併營收", "2024-10", HC)
    d.metric("新台幣[[58.73億元]]", "58.73e8", "元", "exact", HC)
    d.metric("月增[[12.4%]]", "12.4", "%", "exact", HC)
    d.metric("，年增[[36.2%]]，創", "36.2", "%", "exact", HC)
    # P1, sentences 2-3 (no CITY)
    d.date("累計[[前10月]]營收新台幣", "2024")
    d.metric("新台幣[[468.2億元]]", "468.2e8", "元", "exact")
    d.date("較[[去年同期]]成長21.5%", "2023")
    d.metric("成長[[21.5%]]", "21.5", "%", "exact")
    d.org("。[[晶輝科技]]表示")
    d.date("預估[[第四季]]營收", "2024-Q4")
    d.metric("季增[[10%]]至15%", 10, "%", "exact")
    d.metric("季增10%至[[15%]]", 15, "%", "exact")
    # P2 (no CITY)
    d.org("[[經濟部統計處]]日前公布")
    d.date("公布，[[9月]]外銷訂單", "2024-09")
    d.metric("金額為[[537.5億美元]]", "537.5e8", "美元", "exact")
    d.metric("年增[[4.6%]]", "4.6", "%", "exact")
    d.metric("接單年增[[逾3成]]", 30, "%", "over")
    d.org("；[[經濟部]]預估")
    d.date("預估，[[10月]]外銷訂單", "2024-10")
    d.metric("介於[[545億]]至565億美元", "545e8", "美元", "exact")
    d.metric("545億至[[565億美元]]", "565e8", "美元", "exact")
    # 台北市 section (heading opens with a city followed by ：)
    d.city("[[台北市]]：國際旅客回溫")
    d.org("[[臺北市政府觀光傳播局]]指出")
    d.date("指出，[[113年1]]至9月", "2024-01", TP)
    d.date("113年1至[[9月]]來台北", "2024-09", TP)
    d.city("9月來[[台北]]的國際旅客")
    d.metric("國際旅客[[約520萬人次]]", "520e4", "人次", "approx", TP)
    d.date("恢復至[[108年同期]]的", "2019", TP)
    d.metric("同期的[[8成以上]]", 80, "%", "over", TP)
    d.date("。[[8日]]開幕的", "2024-11-08", TP)
    d.city("開幕的[[台北]]國際旅展")
    d.date("至[[昨日]]累計", "2024-11-10", TP)
    d.metric("累計吸引[[逾28萬人次]]", "28e4", "人次", "over", TP)
    d.metric("消費約新台幣[[12億元]]", "12e8", "元", "approx", TP)
    # 高雄 section
    d.city("[[高雄]]：演唱會")
    d.org("[[高雄市政府觀光局]]表示")
    d.date("表示，[[今年前10月]]高雄", "2024", KH)
    d.city("今年前10月[[高雄]]共舉辦")
    d.metric("演唱會[[42場]]", 42, "场", "exact", KH)
    d.metric("吸引[[約210萬人次]]觀眾", "210e4", "人次", "approx", KH)
    d.metric("逾新台幣[[80億元]]", "80e8", "元", "over", KH)
    d.date("；[[國慶]]期間", "2024-10-10", KH)
    d.metric("住房率達[[92%]]", 92, "%", "exact", KH)
    d.date("較[[去年同期]]增加", "2023", KH)
    d.metric("增加[[6個百分點]]", 6, "百分点", "exact", KH)
    # 台南 section
    d.city("[[台南]]：古都")
    d.org("[[台南市政府觀光旅遊局]]統計")
    d.date("統計，[[今年1月]]至10月", "2024-01", TN)
    d.date("今年1月至[[10月]]台南", "2024-10", TN)
    d.city("至10月[[台南]]主要景點")
    d.metric("累計吸引[[約2,350萬人次]]", "2350e4", "人次", "approx", TN)
    d.metric("年增[[8.7%]]", "8.7", "%", "exact", TN)
    d.org("。[[市府]]表示")
    d.date("表示，[[明年]]（114年）", "2025", TN)
    d.date("明年（[[114年]]）", "2025", TN)
    d.metric("新台幣[[3.5億元]]", "3.5e8", "元", "exact", TN)
    # 業者觀點 (a non-city heading: ends the 台南 section; no CITY after)
    d.org("[[台灣觀光協會]]指出")
    d.date("指出，[[民國113年]]來台", "2024")
    d.metric("可望[[突破780萬人次]]", "780e4", "人次", "over")
    d.date("低於[[108年]]的", "2019")
    d.metric("108年的[[1,186萬人次]]", "1186e4", "人次", "exact")
    audit = {"cities": ["台北", "臺北", "新竹", "高雄", "台南", "臺南",
                        "新北", "台中", "來台旅客", "安平", "市區"],
             # 來台 (to Taiwan) is no city; 安平地區 a district; 市區 deictic (SPEC CITY)
             "excluded": ["民國113年[[來台旅客]]", "運河沿岸及[[安平]]地區",
                          "，[[市區]]旅宿"],
             # 連續7個月: a duration, not a figure (SPEC; GUIDELINES time units)
             "numbers_excluded": ["連續[[7]]個月"]}
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
                problems.append(f"org string {name} at {m.start()}: "
                                f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded + org_spans):
                problems.append(f"city string {name} at {m.start()}: "
                                f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for m in re.finditer(r"\d+", d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append(f"number {m.group()} at {m.start()}: "
                            f"{d.text[m.start() - 6:m.end() + 6]!r}")
    for m in CHINESE_FIGURE.finditer(d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append(f"figure {m.group()} at {m.start()}: "
                            f"{d.text[m.start() - 6:m.end() + 6]!r}")
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
        counts = " ".join(f"{t}={c[t]}" for t in TYPES)
        print(f"{d.doc_id:<14} {len(d.rows):3d}  {counts}")
    counts = " ".join(f"{t}={total[t]}" for t in TYPES)
    print(f"{'total':<14} {sum(total.values()):3d}  {counts}")


if __name__ == "__main__":
    main()
