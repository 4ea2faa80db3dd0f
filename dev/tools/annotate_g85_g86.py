#!/usr/bin/env python3
"""Gold annotation for the held-out articles g85_airport_passenger_traffic
and g86_taiwan_ev_scooters_batteries (annotator V).

Adapted from the previous set's tools/annotate_s.py (now dev/tools/annotate_g79_g80.py; itself adapted from
annotate_j.py, which keeps annotate_x.py's checks through annotate_e.py,
annotate_m.py and annotate_q.py, with annotate_p.py's bare magnitude,
annotate_r.py's `orgstring_excluded` list, annotate_f.py's 〇 in the numeral
audit and annotate_h.py's unit shared across a list joiner), with
annotate_t.py's check of ROC years written in a Taiwan DATE span, its check
that a simplified article is unchanged by OpenCC t2s, and annotate_o.py's
check of a 4-digit year written in a span.  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded: g85 is simplified (mainland, 21世纪经济报道, 2026-11-12), stored
as UTF-8 WITH a BOM (EF BB BF), which is removed before offsets are
counted; g86 is traditional (Taiwan, 自由時報, 2026-11-18), stored as plain
Big5 (every character is in Python's 'big5' codec, so cp950 and Big5-HKSCS
read it identically).  g86's `text` is the traditional original;
`normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland and
Taiwan cities by their official name with 市, foreign cities by their common
mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_o/s/t, tools, corpus, gold) as
precedents.  Decisions: dev/NOTES_g85_g86.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings).  Changes from annotate_s.py: a UTF-8 article
WITH BOM (EF BB BF required, removed, and the BOM-aware codec must agree);
the plain-Big5 article is also checked to be a Taiwan text; every ROC year
written in a Taiwan DATE span (115年度, 今（115）年, 明（116）年底, 114年同期)
must be its normalized year less 1911, and a mainland span may hold none;
a 4-digit year written in a span (2019年同期, 2050) must start its
normalization; the month check skips 前10月/前10个月 (the year) and the day
check reads a bracketed day (昨（17）日); the simplified article must not
change under OpenCC t2s; the holiday table (HOLIDAY) holds the mainland
国庆 10-01 and Taiwan's 國慶 10-10 of 2026.  Re-run (from anywhere):

    python3 dev/tools/annotate_g85_g86.py
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
BOM16LE, BOM16BE = b"\xff\xfe", b"\xfe\xff"
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g85_airport_passenger_traffic": ("utf-8", BOM8, False, "2026-11-12",
                                      "21世纪经济报道"),
    "g86_taiwan_ev_scooters_batteries": ("big5", b"", True, "2026-11-18",
                                         "自由時報"),
}
# Big5 A1FE is the full-width slash of 〔記者…／台北報導〕: plain big5 reads
# it as U+FF0F, cp950 as U+2215 (one code point either way, so offsets do
# not move); no other byte may read differently.
BIG5_READINGS = {("\uff0f", "\u2215")}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g86_taiwan_ev_scooters_batteries"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# Holidays the articles name, by the key in the span (2026-2027): mainland
# 国庆 10-01 (g85); Taiwan's 國慶 is 10-10 (GUIDELINES, g86); 元旦
# 2027-01-01 and 春节 2027 = 正月初一 = 2027-02-06 (the coming ones, g85
# 2026-11-12).
HOLIDAY = {
    "国庆": "2026-10-01", "國慶": "2026-10-10", "元旦": "2027-01-01",
    "春节": "2027-02-06",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g85 (2026: municipalities and prefecture-level cities with 市;
    # foreign cities by their mainland names)
    "北京": "北京市", "成都": "成都市", "杭州": "杭州市", "南京": "南京市",
    "郑州": "郑州市", "广州": "广州市", "上海": "上海市", "海口": "海口市",
    "芝加哥": "芝加哥", "法兰克福": "法兰克福", "列日": "列日",
    "布达佩斯": "布达佩斯", "利雅得": "利雅得", "马德里": "马德里",
    "圣保罗": "圣保罗", "开罗": "开罗", "莫斯科": "莫斯科",
    # g86 (traditional spans; Taiwan's special municipalities and provincial
    # cities with 市; foreign cities by their mainland standard name)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "桃園市": "桃园市",
    "台中": "台中市", "台南": "台南市", "高雄": "高雄市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "基隆": "基隆市",
    "雅加達": "雅加达", "馬尼拉": "马尼拉",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "交通部公路局": "交通部公路局", "經濟部": "经济部", "環境部": "环境部",
    "Gogoro": "Gogoro", "光陽": "光阳", "宏佳騰": "宏佳腾", "三陽": "三阳",
    "中華汽車": "中华汽车", "山葉": "山叶", "台鈴": "台铃",
    "Gogoro Network": "Gogoro Network", "台灣中油": "台湾中油",
    "中油": "中油", "台達電": "台达电", "統一超商": "统一超商",
    "全家便利商店": "全家便利商店", "全聯": "全联",
    "經濟部產業發展署": "经济部产业发展署", "產發署": "产发署",
    "台北市環保局": "台北市环保局", "高雄市政府": "高雄市政府",
    "台中市環保局": "台中市环保局", "WeMo": "WeMo",
    "foodpanda": "foodpanda", "Uber Eats": "Uber Eats",
    "經濟部標準檢驗局": "经济部标准检验局", "標檢局": "标检局",
    "玉山銀行": "玉山银行", "工研院產科國際所": "工研院产科国际所",
    "台灣區車輛工業同業公會": "台湾区车辆工业同业公会",
    "車輛公會": "车辆公会", "行政院": "行政院",
    "國家發展委員會": "国家发展委员会", "國發會": "国发会",
}


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
            try:
                full.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc == "big5":       # plain Big5: no ETEN or HKSCS extension,
            for other in ("cp950", "big5hkscs"):   # so Taiwan's and Hong
                alt = raw.decode(other)            # Kong's readers agree,
                assert len(alt) == len(self.text), (doc_id, other)  # except
                diff = {(a, b) for a, b in zip(self.text, alt) if a != b}
                assert diff <= BIG5_READINGS, (doc_id, other, diff)  # the
            assert all(enc_ok(c, "big5") for c in self.text)   # slash A1FE
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
        for key, day in HOLIDAY.items():        # holidays as tabulated
            if key in span:
                assert normalized == day, (ctx, normalized, day)
        m = re.search(r"(?<!\d)(\d{4})(?!\d)", span)   # written parts agree
        if m:                                   # with the normalization
            assert normalized[:4] == m.group(1), (ctx, normalized)
        m = re.search(r"(?<![\d前首])(\d{1,2})月", span)   # not 前10月 (a
        if m:                                             # year)
            assert normalized[5:7] == "%02d" % int(m.group(1)), (ctx,
                                                                normalized)
        m = re.search(r"(?<![\d（(])(\d{1,2})[）)]?日", span)
        if m:
            assert normalized[8:10] == "%02d" % int(m.group(1)), (ctx,
                                                                 normalized)
        m = re.search(r"(?<![\d（(])[（(](\d{1,2})[）)]日", span)   # 昨（17）日
        if m:
            assert normalized[8:10] == "%02d" % int(m.group(1)), (ctx,
                                                                 normalized)
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
            assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
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
# g85 China's civil aviation in October and the first ten months of 2026,
# simplified, UTF-8 WITH BOM, 2026-11-12 (a Thursday, ISO week 2026-W46),
# 21世纪经济报道; byline line 21世纪经济报道记者 陈思远 北京报道.  民航局
# held its November press conference 昨日 (2026-11-11).  前10个月 and
# 前三季度 are the year 2026; 去年同期 follows the last period its sentence
# states.  Airports' names are ORGs with no CITY inside (SPEC); in
# 杭州、南京、郑州等机场 the items are no names, their cities are CITY (SPEC).
# ===========================================================================
@doc
def g85():
    d = Doc("g85_airport_passenger_traffic")
    Y, OCT = "2026", "2026-10"
    CD, ZZ, CG, GZ, BJ, SH, HK, MSK = ("成都市", "郑州市", "芝加哥",
                                       "广州市", "北京市", "上海市",
                                       "海口市", "莫斯科")
    # title (a heading that opens with no city)
    d.date("民航[[前10个月]]运输旅客", Y, "")
    d.metric("运输旅客[[6.78亿人次]] 国际", "6.78e8", "人次", "exact", "")
    d.date("恢复至[[2019年同期]]九成\n", "2019", "")
    d.metric("2019年同期[[九成]]\n", 90, "%", "exact", "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[21世纪经济报道]]记者")
    d.city("陈思远 [[北京]]报道")
    # P1 民航局's press conference (no CITY)
    d.org("稳中有进。[[中国民用航空局]]（")
    d.org("以下简称“[[民航局]]”）昨日")
    d.date("”）[[昨日]]举行", "2026-11-11", "")
    d.date("举行[[11月]]例行", "2026-11", "")
    d.org("，[[民航局发展计划司]]有关")
    d.date("介绍，[[今年前10个月]]，民航", Y, "")
    d.metric("旅客运输量[[6.78亿人次]]，同比", "6.78e8", "人次", "exact", "")
    d.metric("同比增长[[5.6%]]；完成", "5.6", "%", "exact", "")
    d.metric("货邮运输量[[812.4万吨]]", "812.4e4", "吨", "exact", "")
    d.metric("同比增长[[11.3%]]", "11.3", "%", "exact", "")
    d.metric("运输量增长[[超过两成]]", 20, "%", "over", "")
    d.date("。[[10月]]单月", OCT, "")
    d.metric("旅客运输量[[6930万人次]]", "6930e4", "人次", "exact", "")
    d.metric("同比增长[[4.8%]]", "4.8", "%", "exact", "")
    d.date("较[[2019年同期]]增长12.1%", "2019", "")
    d.metric("增长[[12.1%]]；", "12.1", "%", "exact", "")
    d.metric("旅客运输量[[745万人次]]", "745e4", "人次", "exact", "")
    d.date("已恢复至[[2019年同期]]的约九成", "2019", "")
    d.metric("的[[约九成]]。", 90, "%", "approx", "")
    # P2 the National Day holiday (no CITY)
    d.date("\n\n[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("客运航班[[1.81万班]]", "1.81e4", "班", "exact", "")
    d.metric("运输旅客[[约231万人次]]", "231e4", "人次", "approx", "")
    d.metric("同比增长[[3.9%]]", "3.9", "%", "exact", "")
    d.date("；[[10月6日]]单日", "2026-10-06", "")
    d.metric("达到[[247.3万人次]]", "247.3e4", "人次", "exact", "")
    d.date("但[[10月下旬]]全国", OCT, "")
    d.metric("保持在[[82.6%]]", "82.6", "%", "exact", "")
    d.date("较[[上月]]提高", "2026-09", "")
    d.metric("提高[[1.4个百分点]]", "1.4", "百分点", "exact", "")
    # P3 the largest airports (cities only inside ORGs: no city)
    d.org("机场方面，[[广州白云国际机场]]前10个月")
    d.date("广州白云国际机场[[前10个月]]旅客", Y, "")
    d.metric("旅客吞吐量[[6512万人次]]", "6512e4", "人次", "exact", "")
    d.metric("同比增长[[6.2%]]", "6.2", "%", "exact", "")
    d.org("；[[上海浦东国际机场]]完成")
    d.metric("旅客吞吐量[[6486万人次]]", "6486e4", "人次", "exact", "")
    d.metric("同比增长[[9.7%]]", "9.7", "%", "exact", "")
    d.metric("地区旅客[[2390万人次]]", "2390e4", "人次", "exact", "")
    d.metric("占比[[近37%]]", 37, "%", "approx", "")
    d.org("。[[首都机场集团]]数据")
    d.org("显示，[[北京首都国际机场]]和")
    d.org("和[[北京大兴国际机场]]前10个月")
    d.date("北京大兴国际机场[[前10个月]]合计", Y, "")
    d.metric("旅客吞吐量[[1.07亿人次]]", "1.07e8", "人次", "exact", "")
    d.org("其中[[大兴机场]]4890万")
    d.metric("大兴机场[[4890万人次]]", "4890e4", "人次", "exact", "")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact", "")
    d.org("。[[深圳宝安国际机场]]（")
    d.org("以下简称“[[深圳机场]]”）")
    d.date("”）[[10月]]旅客", OCT, "")
    d.metric("旅客吞吐量[[565万人次]]", "565e4", "人次", "exact", "")
    d.metric("同比增长[[7.4%]]", "7.4", "%", "exact", "")
    d.metric("货邮吞吐量[[18.9万吨]]", "18.9e4", "吨", "exact", "")
    # P4 central and western hubs; 杭州、南京、郑州等机场 (cities)
    d.org("强劲。[[成都天府国际机场]]、")
    d.org("、[[成都双流国际机场]]前10个月")
    d.date("成都双流国际机场[[前10个月]]合计", Y, CD)
    d.metric("旅客吞吐量[[6820万人次]]", "6820e4", "人次", "exact", CD)
    d.metric("同比增长[[6.9%]]", "6.9", "%", "exact", CD)
    d.city("，[[成都]]继续稳居")
    d.org("。[[重庆江北国际机场]]前10个月")
    d.date("重庆江北国际机场[[前10个月]]旅客", Y, "")
    d.metric("旅客吞吐量[[4370万人次]]", "4370e4", "人次", "exact", "")
    d.metric("同比增长[[5.1%]]", "5.1", "%", "exact", "")
    d.org("；[[昆明长水国际机场]]、")
    d.org("、[[西安咸阳国际机场]]分别")
    d.metric("分别完成[[4220万人次]]", "4220e4", "人次", "exact", "")
    d.metric("和[[3935万人次]]", "3935e4", "人次", "exact", "")
    d.city("。[[杭州]]、南京")
    d.city("杭州、[[南京]]、郑州")
    d.city("南京、[[郑州]]等机场")
    d.date("等机场[[10月]]国际", OCT, ZZ)
    d.metric("同比增长[[32%]]、", 32, "%", "exact", ZZ)
    d.metric("32%、[[27%]]和41%", 27, "%", "exact", ZZ)
    d.metric("27%和[[41%]]", 41, "%", "exact", ZZ)
    # P5 air cargo
    d.org("高增长。[[上海国际机场股份有限公司]]（")
    d.org("以下简称“[[上海机场]]”）")
    d.org("显示，[[浦东机场]]前10个月")
    d.date("浦东机场[[前10个月]]货邮", Y, "")
    d.metric("吞吐量达[[328.6万吨]]", "328.6e4", "吨", "exact", "")
    d.metric("同比增长[[8.8%]]", "8.8", "%", "exact", "")
    d.org("。[[鄂州花湖国际机场]]货邮")
    d.metric("吞吐量[[突破120万吨]]", "120e4", "吨", "over", CG)
    d.metric("同比增长[[近五成]]", 50, "%", "approx", CG)
    d.metric("货运航线[[21条]]", 21, "条", "exact", CG)
    d.city("通达[[芝加哥]]、")
    d.city("、[[法兰克福]]、")
    d.city("、[[列日]]等城市")
    d.date("截至[[10月底]]，全国共有", OCT, "")
    d.metric("全货机[[285架]]", 285, "架", "exact", "")
    d.org("，[[顺丰航空]]、")
    d.org("、[[中国邮政航空]]以及")
    d.org("以及[[东航物流]]旗下")
    d.org("旗下[[中国货运航空]]的")
    d.org("；[[东航物流]]前三季度")
    d.date("东航物流[[前三季度]]实现", Y, "")
    d.metric("营业收入[[186.3亿元]]", "186.3e8", "元", "exact", "")
    d.metric("同比增长[[9.4%]]", "9.4", "%", "exact", "")
    # P6 listed airlines (no CITY)
    d.date("同步改善。[[上月底]]披露", OCT, "")
    d.date("披露的[[三季度]]财报", "2026-Q3", "")
    d.org("，[[中国国航]]前三季度")
    d.date("中国国航[[前三季度]]实现", Y, "")
    d.metric("归母净利润[[42.6亿元]]", "42.6e8", "元", "exact", "")
    d.metric("同比增长[[31.5%]]", "31.5", "%", "exact", "")
    d.org("；[[中国东航]]、")
    d.org("、[[南方航空]]前三季度")
    d.date("南方航空[[前三季度]]分别", Y, "")
    d.metric("净利润[[28.4亿元]]", "28.4e8", "元", "exact", "")
    d.metric("和[[35.9亿元]]", "35.9e8", "元", "exact", "")
    d.date("均较[[去年同期]]明显", "2025", "")
    d.org("。[[海航控股]]前10个月")
    d.date("海航控股[[前10个月]]运输", Y, "")
    d.metric("运输旅客[[3650万人次]]", "3650e4", "人次", "exact", "")
    d.metric("同比增长[[7.3%]]", "7.3", "%", "exact", "")
    d.org("；[[春秋航空]]10月")
    d.date("春秋航空[[10月]]客座率", OCT, "")
    d.metric("客座率达[[92.3%]]", "92.3", "%", "exact", "")
    d.org("；[[吉祥航空]]10月")
    d.date("吉祥航空[[10月]]国际", OCT, "")
    d.metric("同比增长[[46%]]", 46, "%", "exact", "")
    # P7 international routes
    d.org("加快拓展。[[民航局国际司]]数据")
    d.date("截至[[10月底]]，我国", OCT, "")
    d.metric("我国与[[73个]]国家", 73, "个", "exact", "")
    d.metric("客运航班[[7860班]]", 7860, "班", "exact", "")
    d.date("恢复至[[2019年同期]]的92%", "2019", "")
    d.metric("的[[92%]]。", 92, "%", "exact", "")
    d.date("。[[10月25日]]起", "2026-10-25", "")
    d.metric("客运航班[[超过8200班]]", 8200, "班", "over", "")
    d.org("新航线方面，[[南航]]10月27日")
    d.date("南航[[10月27日]]开通", "2026-10-27", GZ)
    d.city("开通[[广州]]至布达佩斯")
    d.city("广州至[[布达佩斯]]直飞")
    d.metric("每周执飞[[3班]]", 3, "班", "exact", "布达佩斯")
    d.org("；[[国航]]10月28日")
    d.date("国航[[10月28日]]首航", "2026-10-28", BJ)
    d.city("首航[[北京]]至利雅得")
    d.city("北京至[[利雅得]]航线")
    d.org("；[[东航]]计划于")
    d.date("计划于[[12月中旬]]开通", "2026-12", SH)
    d.city("开通[[上海]]经马德里")
    d.city("上海经[[马德里]]至")
    d.city("至[[圣保罗]]航线")
    d.org("；[[四川航空]]（")
    d.org("（[[川航]]）")
    d.date("将于[[12月]]开通成都", "2026-12", CD)
    d.city("开通[[成都]]至开罗")
    d.city("成都至[[开罗]]航线")
    d.org("；[[海航]]本月起")
    d.date("海航[[本月]]起", "2026-11", HK)
    d.city("起将[[海口]]至莫斯科")
    d.city("海口至[[莫斯科]]航线")
    d.metric("由每周[[2班]]加密", 2, "班", "exact", MSK)
    d.metric("至每周[[4班]]。", 4, "班", "exact", MSK)
    d.org("。[[汉莎航空]]、")
    d.org("、[[阿联酋航空]]、")
    d.org("、[[新加坡航空]]等")
    # P8 inbound travel and bookings (no CITY)
    d.org("升温。[[国家移民管理局]]数据")
    d.date("显示，[[今年前10个月]]全国各口岸", Y, "")
    d.metric("外国人[[2130万人次]]", "2130e4", "人次", "exact", "")
    d.metric("同比增长[[38.5%]]", "38.5", "%", "exact", "")
    d.metric("口岸增至[[65个]]", 65, "个", "exact", "")
    d.org("。[[携程]]数据")
    d.date("截至[[11月10日]]，元旦", "2026-11-10", "")
    d.date("，[[元旦]]假期", "2027-01-01", "")
    d.metric("同比增长[[约15%]]", 15, "%", "approx", "")
    d.date("，[[春节]]期间", "2027-02-06", "")
    d.metric("同比增长[[超过40%]]", 40, "%", "over", "")
    d.org("；[[飞常准]]数据")
    d.date("显示，[[10月]]国内航线", OCT, "")
    d.metric("平均票价[[780元左右]]", 780, "元", "approx", "")
    d.metric("同比下降[[3.2%]]", "3.2", "%", "exact", "")
    # P9 outlook
    d.date("展望[[年底]]，", Y, "")
    d.org("，[[中国航空运输协会]]（")
    d.org("以下简称“[[中国航协]]”）")
    d.date("预计，[[11月]]至12月", "2026-11", "")
    d.date("11月至[[12月]]民航", "2026-12", "")
    d.metric("旅客运输量[[约1.25亿人次]]", "1.25e8", "人次", "approx", "")
    d.metric("有望[[突破8亿人次]]", "8e8", "人次", "over", "")
    d.metric("同比增长[[约5%]]。", 5, "%", "approx", "")
    d.org("。[[国际航空运输协会]]（")
    d.org("（[[IATA]]）")
    d.date("报告称，[[2027年]]中国", "2027", "")
    d.org("。[[中国民航大学]]一位")
    d.city("随着[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]等国际枢纽")
    d.date("加密，[[明年]]国际", "2027", GZ)
    d.date("恢复至[[2019年]]水平", "2019", GZ)
    audit = {
        "cities": ["北京", "上海", "广州", "深圳", "成都", "重庆", "昆明",
                   "西安", "杭州", "南京", "郑州", "鄂州", "海口", "芝加哥",
                   "法兰克福", "列日", "布达佩斯", "利雅得", "马德里",
                   "圣保罗", "开罗", "莫斯科", "首都", "浦东", "四川",
                   "中国", "我国", "城市", "新加坡", "阿联酋"],
        "excluded": [
            # 中国, 我国 (the country), 城市 (generic)
            "增加了[[中国]]航线", "，[[我国]]与73个",
            "列日等[[城市]]。", "2027年[[中国]]航空",
            # 其中|国际 (no 中国)
            "其[[中国]]际航线货邮", "其[[中国]]际及地区",
        ],
        # 240小时 (a visa-free transit of 240 hours: a duration in the name
        # of a policy)
        "numbers_excluded": ["，[[240小时]]过境"],
        # 第一, 第三城 (ranks), 一位 (indefinite)
        "cn_excluded": ["全国第[[一]]；", "客流[[第三]]城", "大学[[一]]位"],
        "latin_excluded": [],
        "words_excluded": {"单月": 2, "单日": 1, "日均": 2, "每周": 5,
                           "航季": 2, "历史同期": 1, "全年": 1,
                           "明显": 1, "时间": 1, "假期": 3, "期间": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"航空公司": 2, "机场": 2, "航司": 2,
                              "民航": 8, "协会": 0},
        # 国航 inside 全国航空, 外国航空公司, 中国航线, 中国航空 (false words)
        "orgstring_excluded": ["全[[国航]]空客流", "外[[国航]]空公司",
                               "中[[国航]]线运力", "中[[国航]]空客运"],
    }
    return d, audit

# ===========================================================================
# g86 Taiwan's electric scooters and battery-swapping networks in October
# 2026, traditional (Taiwan forms 台, 占, 「」, 〔〕), plain Big5,
# 2026-11-18 (a Wednesday, ISO week 2026-W47), 自由時報; the first
# paragraph opens 〔記者林怡秀／台北報導〕 (the paper's form).  交通部公路局
# published 昨（17）日; 環境部 meets 今（18）日.  A Taiwan text (新台幣,
# 台北, ROC years): 114年 = 2025, 115年 = 2026, 116年 = 2027, 119年 = 2030.
# 國慶 is Taiwan's 10-10.  上週 from 2026-11-18 is 2026-W46.
# ===========================================================================
@doc
def g86():
    d = Doc("g86_taiwan_ev_scooters_batteries")
    Y, OCT = "2026", "2026-10"
    TP, TN, KH, TC, TY, CY, KL, MNL = ("台北市", "台南市", "高雄市",
                                       "台中市", "桃园市", "嘉义市",
                                       "基隆市", "马尼拉")
    # title (a heading that opens with no city; 六都 a collective label)
    d.date("電動機車[[前10月]]掛牌", Y, "")
    d.metric("掛牌年增[[18%]] 六都", 18, "%", "exact", "")
    # P1 the byline bracket and 公路局's registrations (no city after the
    # byline's sentence)
    d.city("〔記者林怡秀／[[台北]]報導〕")
    d.org("回溫。[[交通部公路局]]昨（17）日")
    d.date("交通部公路局[[昨（17）日]]公布", "2026-11-17", "")
    d.date("最新統計，[[今（115）年前10月]]電動機車", Y, "")
    d.metric("新車掛牌數達[[6萬2,350輛]]", 62350, "辆", "exact", "")
    d.metric("年增[[18.4%]]，占", "18.4", "%", "exact", "")
    d.metric("新車掛牌的[[9.6%]]", "9.6", "%", "exact", "")
    d.date("則較[[去年同期]]提高", "2025", "")
    d.metric("提高[[1.3個百分點]]", "1.3", "百分点", "exact", "")
    d.date("其中[[10月]]單月", OCT, "")
    d.metric("單月掛牌[[7,215輛]]", 7215, "辆", "exact", "")
    d.metric("年增[[26.7%]]", "26.7", "%", "exact", "")
    d.date("為[[今年]]單月新高", Y, "")
    d.org("業者分析，[[經濟部]]與環境部")
    d.org("經濟部與[[環境部]]購車")
    # P2 brands (no CITY)
    d.org("品牌方面，[[Gogoro]]前10月")
    d.date("Gogoro[[前10月]]掛牌", Y, "")
    d.metric("掛牌[[3萬6,820輛]]", 36820, "辆", "exact", "")
    d.metric("市占率[[59.1%]]", "59.1", "%", "exact", "")
    d.date("但較[[去年同期]]下滑", "2025", "")
    d.metric("下滑[[4.2個百分點]]", "4.2", "百分点", "exact", "")
    d.org("；[[光陽]]前10月")
    d.date("光陽[[前10月]]掛牌", Y, "")
    d.metric("掛牌[[1萬1,240輛]]，市占率", 11240, "辆", "exact", "")
    d.metric("市占率[[18.0%]]", "18.0", "%", "exact", "")
    d.metric("年增[[41.3%]]", "41.3", "%", "exact", "")
    d.org("；[[宏佳騰]]、三陽")
    d.org("宏佳騰、[[三陽]]分別")
    d.metric("分別掛牌[[5,610輛]]", 5610, "辆", "exact", "")
    d.metric("及[[3,870輛]]", 3870, "辆", "exact", "")
    d.metric("市占率[[9.0%]]及", "9.0", "%", "exact", "")
    d.metric("9.0%及[[6.2%]]", "6.2", "%", "exact", "")
    d.org("；[[中華汽車]]eMOVING")
    d.metric("eMOVING掛牌[[1,960輛]]", 1960, "辆", "exact", "")
    d.org("，[[山葉]]、台鈴")
    d.org("山葉、[[台鈴]]等品牌")
    d.metric("合計占比[[約4.6%]]", "4.6", "%", "approx", "")
    # P3 swapping networks (台南、高雄 in the first sentence)
    d.org("擴張。[[Gogoro Network]]統計")
    d.date("截至[[10月底]]，全台GoStation", OCT, TN)
    d.metric("交換站達[[2,712站]]", 2712, "站", "exact", TN)
    d.metric("流通電池[[約135萬顆]]", "135e4", "颗", "approx", TN)
    d.metric("換電[[約44萬次]]", "44e4", "次", "approx", TN)
    d.metric("訂閱用戶[[突破68萬人]]", "68e4", "人", "over", TN)
    d.date("萬人，[[今年]]在台南", Y, TN)
    d.city("今年在[[台南]]、高雄")
    d.city("台南、[[高雄]]兩地")
    d.metric("站點就[[逾150站]]", 150, "站", "over", KH)
    d.org("；[[光陽]]Ionex")
    d.org("車能網與[[台灣中油]]合作")
    d.metric("充換電站增至[[1,960站]]", 1960, "站", "exact", "")
    d.org("設於[[中油]]加油站")
    d.metric("站點[[逾700站]]", 700, "站", "over", "")
    d.org("。[[中華汽車]]與台達電")
    d.org("中華汽車與[[台達電]]合作")
    d.metric("已達[[約420站]]", 420, "站", "approx", "")
    d.date("目標[[明（116）年底]]前", "2027", "")
    d.metric("倍增至[[850站]]", 850, "站", "exact", "")
    d.org("此外，[[統一超商]]、")
    d.org("、[[全家便利商店]]及")
    d.org("及[[全聯]]等通路")
    d.metric("站點已[[超過1,300處]]", 1300, "处", "over", "")
    # P4 cities and counties
    d.city("各縣市比較，[[台北市]]前10月")
    d.date("台北市[[前10月]]電動機車", Y, TP)
    d.metric("市售比達[[15.8%]]", "15.8", "%", "exact", TP)
    d.metric("掛牌數年增[[32.5%]]", "32.5", "%", "exact", TP)
    d.city("；[[新北]]、桃園、台中")
    d.city("新北、[[桃園]]、台中")
    d.city("桃園、[[台中]]前10月")
    d.date("台中[[前10月]]掛牌", Y, TC)
    d.metric("分別為[[1萬1,860輛]]", 11860, "辆", "exact", TC)
    d.metric("、[[8,940輛]]及", 8940, "辆", "exact", TC)
    d.metric("及[[9,120輛]]", 9120, "辆", "exact", TC)
    d.city("輛，[[台南]]、高雄年增率")
    d.city("台南、[[高雄]]年增率")
    d.metric("年增率均[[逾2成]]", 20, "%", "over", KH)
    d.city("則以[[新竹市]]、")
    d.city("、[[嘉義市]]最高")
    d.metric("每平方公里[[約1.3站]]", "1.3", "站", "approx", CY)
    d.city("；[[基隆]]因坡道多")
    d.metric("市售比僅[[4.1%]]", "4.1", "%", "exact", KL)
    # P5 central subsidies (no CITY)
    d.org("補助方面，[[經濟部產業發展署]]（")
    d.org("（[[產發署]]）表示")
    d.date("表示，[[115年度]]電動機車", Y, "")
    d.metric("每輛新台幣[[7,000元]]", 7000, "元", "exact", "",
             outer="新台幣")
    d.org("申請[[環境部]]汰舊換新")
    d.metric("汰舊換新補助[[5,000元]]", 5000, "元", "exact", "")
    d.metric("合計最高[[1萬2,000元]]", 12000, "元", "exact", "")
    d.org("。[[產發署]]統計")
    d.date("統計，[[今年]]編列", Y, "")
    d.metric("補助預算[[約31億元]]", "31e8", "元", "approx", "")
    d.date("截至[[上月底]]已受理", OCT, "")
    d.metric("已受理[[約6萬1,000件]]", 61000, "件", "approx", "")
    d.metric("核撥[[約24.6億元]]", "24.6e8", "元", "approx", "")
    d.date("並將在[[11月底]]前", "2026-11", "")
    d.metric("追加預算[[6億元]]", "6e8", "元", "exact", "")
    # P6 local governments; WeMo
    d.org("加碼。[[台北市環保局]]對設籍")
    d.metric("加碼補助[[1萬元]]；", "1e4", "元", "exact", "")
    d.org("；[[高雄市政府]]推出")
    d.metric("每輛最高[[8,000元]]", 8000, "元", "exact", "")
    d.date("受理至[[12月31日]]止", "2026-12-31", "")
    d.org("；[[台中市環保局]]統計")
    d.date("統計，[[今年]]已核准", Y, "")
    d.metric("換購補助[[1萬3,650件]]", 13650, "件", "exact", "")
    d.metric("年增[[逾3成]]。", 30, "%", "over", "")
    d.city("。[[新北市]]、桃園市")
    d.city("新北市、[[桃園市]]則")
    d.date("則自[[11月1日]]起", "2026-11-01", TY)
    d.metric("每輛補助[[3,000元]]", 3000, "元", "exact", TY)
    d.org("共享機車業者[[WeMo]]也表示")
    d.city("旗下在[[台北]]、新北")
    d.city("台北、[[新北]]及高雄")
    d.city("新北及[[高雄]]營運")
    d.metric("已達[[約1萬5,000輛]]", 15000, "辆", "approx", KH)
    # P7 delivery riders, battery testing (no CITY)
    d.org("新動能。[[foodpanda]]、")
    d.org("、[[Uber Eats]]自")
    d.date("自[[今年第3季]]起", "2026-Q3", "")
    d.org("陸續與[[Gogoro]]、光陽")
    d.org("Gogoro、[[光陽]]合作")
    d.metric("月租新台幣[[1,999元]]起", 1999, "元", "exact", "",
             outer="新台幣")
    d.date("截至[[10月底]]已有", OCT, "")
    d.metric("已有[[約2萬3,000名]]", 23000, "名", "approx", "")
    d.org("。[[交通部公路局]]統計，前3季")
    d.date("統計，[[前3季]]新掛牌", Y, "")
    d.metric("商用比重[[約12%]]", 12, "%", "approx", "")
    d.date("較[[114年同期]]增加", "2025", "")
    d.metric("增加[[約4,800輛]]", 4800, "辆", "approx", "")
    d.org("。[[經濟部標準檢驗局]]（")
    d.org("（[[標檢局]]）也")
    d.date("也自[[今年9月]]起", "2026-09", "")
    d.metric("已有[[17家]]業者", 17, "家", "exact", "")
    # P8 Gogoro's and 光陽's business; overseas
    d.org("\n\n[[Gogoro]]上週公布")
    d.date("Gogoro[[上週]]公布", "2026-W46", "")
    d.date("公布[[第3季]]財報", "2026-Q3", "")
    d.metric("營收[[約7,860萬美元]]", "7860e4", "美元", "approx", "")
    d.metric("年減[[5.2%]]", "5.2", "%", "exact", "")
    d.metric("回升至[[15.4%]]", "15.4", "%", "exact", "")
    d.date("將自[[明年第1季]]起", "2027-Q1", "")
    d.metric("降至新台幣[[299元]]", 299, "元", "exact", "",
             outer="新台幣")
    d.org("並與[[玉山銀行]]合作")
    d.org("海外方面，[[Gogoro]]在印尼")
    d.city("印尼[[雅加達]]、")
    d.city("菲律賓[[馬尼拉]]的")
    d.metric("分別達[[310站]]及", 310, "站", "exact", MNL)
    d.metric("310站及[[120站]]", 120, "站", "exact", MNL)
    d.org("。[[光陽]]則指出")
    d.date("指出，[[今年國慶]]連假", "2026-10-10", "")
    d.metric("接單量年增[[逾5成]]", 50, "%", "over", "")
    d.date("，[[第3季]]Ionex", "2026-Q3", "")
    d.metric("外銷量達[[1萬8,600輛]]", 18600, "辆", "exact", "")
    # P9 prices (no CITY)
    d.org("\n\n[[工研院產科國際所]]分析")
    d.metric("降至新台幣[[6萬]]至8萬元", "6e4", "元", "exact", "",
             outer="新台幣", shared="元")
    d.metric("6萬至[[8萬元]]", "8e4", "元", "exact", "")
    d.metric("縮小至[[1萬元以內]]", "1e4", "元", "under", "")
    # P10 outlook (no CITY)
    d.org("，[[台灣區車輛工業同業公會]]（")
    d.org("（[[車輛公會]]）預估")
    d.date("預估，[[今年]]電動機車銷量", Y, "")
    d.metric("可望達[[7萬4,000輛]]", 74000, "辆", "exact", "")
    d.date("，[[明年]]有望", "2027", "")
    d.metric("有望[[突破8萬輛]]", "8e4", "辆", "over", "")
    d.org("。[[行政院]]「")
    d.date("「台灣[[2050]]淨零", "2050", "")
    d.date("設定[[119年]]電動機車", "2030", "")
    d.metric("市售比達[[35%]]", 35, "%", "exact", "")
    d.date("、[[2040年]]市區", "2040", "")
    d.org("，[[國家發展委員會]]（")
    d.org("（[[國發會]]）坦言")
    d.date("推估，[[119年]]目標", "2030", "")
    d.org("。[[環境部]]預計")
    d.date("預計[[今（18）日]]邀集", "2026-11-18", "")
    d.date("研商[[明年]]補助", "2027", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "彰化", "屏東",
                   "雅加達", "馬尼拉", "印尼", "菲律賓", "台灣", "全台",
                   "六都", "縣市"],
        "excluded": [
            # counties (not CITY), the countries, Taiwan, 全台, 六都
            "。[[彰化縣]]、", "、[[屏東縣]]等", "海外方面，Gogoro在[[印尼]]",
            "、[[菲律賓]]馬尼拉", "「[[台灣]]2050",
            "[[六都]]加碼", "各[[縣市]]比較", "北部[[縣市]]中",
            "，[[全台]]GoStation", "居[[全台]]之冠",
        ],
        "numbers_excluded": [],
        # 兩地 (a collective label for 台南、高雄), 六都 (title)
        "cn_excluded": ["高雄[[兩]]地"],
        # product and brand lines: GoStation (the stations), Ionex (光陽's
        # line, x2), eMOVING (中華汽車's line, x2)
        "latin_excluded": ["全台[[GoStation]]電池", "光陽[[Ionex]]車能網",
                           "第3季[[Ionex]]車款",
                           "中華汽車[[eMOVING]]掛牌"],
        "words_excluded": {"年增": 8, "年減": 1, "單月": 2, "每日": 1,
                           "月租": 2, "雨天": 1, "連假": 1, "每輛": 3,
                           "明年": 0},
        # generic heads outside ORG rows
        "orgwords_excluded": {"業者": 5, "公會": 0, "銀行": 0,
                              "地方政府": 1, "該公司": 1},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇"
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
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([万萬亿億兆]*)([余餘多]?)",
                 span)
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
    unit = re.sub(r"^[个個](百分[点點]|基[点點])$", r"\1", unit)
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
