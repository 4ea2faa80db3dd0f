#!/usr/bin/env python3
"""Gold annotation for the held-out articles g81_city_gdp_rankings and
g82_taiwan_retail_department_stores (annotator T).

Adapted from heldout/tools/annotate_l.py (now dev/tools/annotate_g75_g76.py; annotate_x.py's checks through its
copies: the checks, audits and output of annotate_m.py with its bare
magnitude and `orgstring_excluded` list, 〇 among the Chinese numerals,
annotate_n.py's traditional-text check, annotate_h.py's UTF-16 handling and
list-joiner unit check, and annotate_l.py's check of the month and day a
DATE span writes), with annotate_j.py's cp950 handling, its table of the
holidays' dates and its two-digit discounts.  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded: g81 is simplified (mainland, 每日经济新闻, 2026-10-30), stored as
UTF-16 BE WITH a BOM (FE FF), which is removed before offsets are counted;
g82 is traditional (Taiwan, 中央社, 2026-11-12), stored in Big5 as Taiwan
writes it (Windows code page 950; its 碁 is outside plain Big5).  g82's
`text` is the traditional original; `normalized` (ORG/CITY) and `unit` are
simplified (OpenCC t2s; mainland and Taiwan cities by their official name
with 市, foreign cities by their common mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_i/j/l, tools, corpus, gold) and corpus/ as precedents.
Decisions: dev/NOTES_g81_g82.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals (with 〇), time characters, city strings and
ORG strings).  Changes from annotate_l.py: UTF-16 BE with BOM (FE FF
required and removed, strict decode, byte round trip, even length, agrees
with Python's BOM-aware utf-16 codec, differs from a little-endian reading,
must not decode as UTF-8); the cp950 article declares its characters outside
plain Big5 (碁), so plain big5 must fail on it and Big5-HKSCS must read it
identically, and it must not decode as UTF-8; every holiday DATE is checked
against a table (HOLIDAY); a ROC year written in a Taiwan DATE span (114年,
民國116年, 今（115）年) must be its normalized year less 1911; a simplified
article must not change under OpenCC t2s.  Re-run (from anywhere):

    python3 dev/tools/annotate_g81_g82.py
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
    "g81_city_gdp_rankings": ("utf-16-be", BOM16BE, False, "2026-10-30",
                              "每日经济新闻"),
    "g82_taiwan_retail_department_stores": ("cp950", b"", True,
                                            "2026-11-12", "中央社"),
}
# characters of a cp950 article that plain Big5 lacks (the ETEN extensions
# such as 碁 of 宏碁)
OUTSIDE_BIG5 = {"g82_taiwan_retail_department_stores": ["碁"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g82_taiwan_retail_department_stores"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# Holidays the articles name, by the key in the span: 中秋 2026 = 八月十五 =
# 2026-09-25; mainland 国庆 10-01 (g81 is a mainland text); 雙11, 雙12 the
# shopping days; 聖誕節 12-25; 元旦 2027-01-01 and 農曆春節 2027 = 正月初一 =
# 2027-02-06 (the coming ones, g82 2026-11-12).
HOLIDAY = {
    "中秋": "2026-09-25", "国庆": "2026-10-01", "雙11": "2026-11-11",
    "雙12": "2026-12-12", "聖誕": "2026-12-25", "元旦": "2027-01-01",
    "春節": "2027-02-06",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g81 (2026: municipalities, prefecture-level cities; 昆山, 江阴 (无锡),
    # 张家港, 常熟 (苏州), 晋江 (泉州), 慈溪 (宁波) county-level cities)
    "深圳": "深圳市", "武汉": "武汉市", "南京": "南京市", "上海": "上海市",
    "北京": "北京市", "广州": "广州市", "重庆": "重庆市", "苏州": "苏州市",
    "成都": "成都市", "杭州": "杭州市", "合肥": "合肥市", "宁波": "宁波市",
    "青岛": "青岛市", "昆山": "昆山市", "江阴": "江阴市",
    "张家港": "张家港市", "常熟": "常熟市", "晋江": "晋江市",
    "慈溪": "慈溪市",
    # g82 (traditional spans; Taiwan's special municipalities and provincial
    # cities with 市; foreign cities by their mainland standard name)
    "台北": "台北市", "台北市": "台北市", "台南": "台南市",
    "高雄": "高雄市", "台中": "台中市", "台中市": "台中市",
    "桃園": "桃园市", "新北": "新北市", "新竹市": "新竹市",
    "嘉義市": "嘉义市", "基隆": "基隆市", "東京": "东京", "大阪": "大阪",
    "首爾": "首尔",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "新光三越": "新光三越", "遠東SOGO": "远东SOGO", "中央社": "中央社",
    "經濟部統計處": "经济部统计处", "國泰世華銀行": "国泰世华银行",
    "台新銀行": "台新银行", "玉山銀行": "玉山银行", "LINE Pay": "LINE Pay",
    "街口支付": "街口支付", "全支付": "全支付", "遠東百貨": "远东百货",
    "遠百": "远百", "微風集團": "微风集团", "統一時代百貨": "统一时代百货",
    "環球購物中心": "环球购物中心", "漢神百貨": "汉神百货", "宏碁": "宏碁",
    "華碩": "华硕", "華泰名品城": "华泰名品城", "三井不動產": "三井不动产",
    "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "國泰世華": "国泰世华", "中信銀": "中信银", "北富銀": "北富银",
    "聯合信用卡處理中心": "联合信用卡处理中心", "聯卡中心": "联卡中心",
    "富邦媒體科技": "富邦媒体科技", "momo": "momo",
    "蝦皮購物": "虾皮购物",
    "台北市百貨公司商業同業公會": "台北市百货公司商业同业公会",
    "交通部觀光署": "交通部观光署",
    "中華民國百貨零售企業協會": "中华民国百货零售企业协会",
    "主計總處": "主计总处", "台灣經濟研究院": "台湾经济研究院",
    "台經院": "台经院",
}
# Chinese-numeral days and months (none written in these articles; kept
# from annotate_l.py for the written-date check)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}


def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


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
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert raw.decode(other, "replace") != self.text
        if enc == "cp950":      # Microsoft's Big5: plain Big5 agrees on
            outside = sorted({c for c in self.text   # all but the declared
                              if not enc_ok(c, "big5")})  # ETEN extensions
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            if outside:         # plain Big5 cannot read it, HKSCS can
                try:
                    raw.decode("big5")
                    raise AssertionError(f"{doc_id}: plain big5 reads it")
                except UnicodeDecodeError:
                    pass
                assert raw.decode("big5hkscs") == self.text, doc_id
            else:
                assert raw.decode("big5") == self.text, f"{doc_id}: big5"
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
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
        if self.doc_id in TAIWAN:               # ROC years: N + 1911
            m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)
            if m:
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
# g81 the first three quarters' GDP of China's major cities in 2026,
# simplified, UTF-16 BE WITH BOM (FE FF), 2026-10-30 (a Friday, ISO week
# 2026-W44), 每日经济新闻; byline line 每经记者 … 每经编辑 … (the paper's own
# short name, twice).  武汉 and 南京 published 昨日（10月29日）.  中秋
# 2026-09-25, 国庆 2026-10-01.  昆山, 江阴, 张家港, 常熟, 晋江, 慈溪 are
# county-level cities in 2026.
# ===========================================================================
@doc
def g81():
    d = Doc("g81_city_gdp_rankings")
    Y = "2026"
    SZ, NJ, BJ, GZ, CQ, SU, HZ = ("深圳市", "南京市", "北京市", "广州市",
                                  "重庆市", "苏州市", "杭州市")
    WH, HF, QD, KS, JY, CS, JJ, CX = ("武汉市", "合肥市", "青岛市", "昆山市",
                                      "江阴市", "常熟市", "晋江市", "慈溪市")
    # title (a heading that opens with a DATE, no section; 深圳 after)
    d.date("[[前三季度]]城市GDP十强", Y, SZ)
    d.city("座次不变 [[深圳]]增速领跑")
    # byline (the paper's short name, twice)
    d.org("\n[[每经]]记者 林晓婷")
    d.org(" [[每经]]编辑 陈俊杰")
    # P1 lead
    d.city("随着[[武汉]]、南京两地")
    d.city("武汉、[[南京]]两地")
    d.date("统计部门[[昨日]]（", "2026-10-29", NJ)
    d.date("昨日（[[10月29日]]）", "2026-10-29", NJ)
    d.date("，[[2026年前三季度]]GDP排名", Y, NJ)
    d.org("。[[每经]]记者梳理")
    d.city("发现，[[上海]]、北京")
    d.city("上海、[[北京]]前三季度")
    d.date("北京[[前三季度]]GDP双双", Y, BJ)
    d.metric("双双[[突破4万亿元]]", "4e12", "元", "over", BJ)
    d.city("，[[深圳]]以28950.3亿元")
    d.metric("深圳以[[28950.3亿元]]稳居", "28950.3e8", "元", "exact", SZ)
    d.date("十强座次与[[去年同期]]相比", "2025", SZ)
    d.metric("其中[[7个]]城市", 7, "个", "exact", SZ)
    # P2 national figures (no CITY)
    d.org("\n[[国家统计局]]10月20日")
    d.date("国家统计局[[10月20日]]发布", "2026-10-20", "")
    d.date("数据显示，[[前三季度]]国内生产总值", Y, "")
    d.metric("生产总值[[约104.6万亿元]]", "104.6e12", "元", "approx", "")
    d.metric("同比增长[[5.1%]]，比上半年", "5.1", "%", "exact", "")
    d.date("5.1%，比[[上半年]]回落", Y, "")
    d.metric("回落[[0.2个百分点]]", "0.2", "百分点", "exact", "")
    d.date("；其中[[三季度]]增长", "2026-Q3", "")
    d.metric("三季度增长[[4.9%]]", "4.9", "%", "exact", "")
    d.org("。[[粤开证券研究院]]认为")
    # P3 increments (no CITY: 京沪深 are abbreviations)
    d.date("十强城市[[前三季度]]GDP合计", Y, "")
    d.metric("合计[[约25.12万亿元]]", "25.12e12", "元", "approx", "")
    d.metric("比重[[约24%]]", 24, "%", "approx", "")
    d.date("较[[去年同期]]提高0.3", "2025", "")
    d.metric("提高[[0.3个百分点]]", "0.3", "百分点", "exact", "")
    d.metric("增量均[[超过1800亿元]]", "1800e8", "元", "over", "")
    d.date("与[[上半年]]相比，第七名", Y, "")
    d.metric("差距由[[1520亿元左右]]", "1520e8", "元", "approx", "")
    d.metric("缩小至[[1440亿元左右]]", "1440e8", "元", "approx", "")
    # P4 Shanghai, Beijing
    d.org("\n[[上海市统计局]]10月24日")
    d.date("上海市统计局[[10月24日]]发布", "2026-10-24", "")
    d.date("发布，[[前三季度]]全市", Y, "")
    d.metric("生产总值[[43180.5亿元]]", "43180.5e8", "元", "exact", "")
    d.metric("同比增长[[5.3%]]", "5.3", "%", "exact", "")
    d.date("增速比[[上半年]]加快", Y, "")
    d.metric("加快[[0.2个百分点]]", "0.2", "百分点", "exact", "")
    d.metric("占比[[超过75%]]", 75, "%", "over", "")
    d.metric("营收增长[[14.6%]]", "14.6", "%", "exact", "")
    d.org("，[[上汽集团]]、中芯国际")
    d.org("上汽集团、[[中芯国际]]等龙头")
    d.metric("工业增加值增长[[4.8%]]", "4.8", "%", "exact", "")
    d.org("。[[北京市统计局]]同日")
    d.date("北京市统计局[[同日]]公布", "2026-10-24", BJ)
    d.city("公布，[[北京]]前三季度")
    d.date("北京[[前三季度]]GDP为40268.7", Y, BJ)
    d.metric("GDP为[[40268.7亿元]]", "40268.7e8", "元", "exact", BJ)
    d.metric("增长[[5.4%]]，信息", "5.4", "%", "exact", BJ)
    d.metric("增加值增长[[11.2%]]", "11.2", "%", "exact", BJ)
    d.org("，[[小米]]、京东方")
    d.org("小米、[[京东方]]等企业")
    d.date("；[[9月末]]，全市", "2026-09", "")
    d.metric("余额[[突破26万亿元]]", "26e12", "元", "over", "")
    # P5 Shenzhen, Guangzhou
    d.city("\n[[深圳]]的表现")
    d.org("。[[国家统计局深圳调查队]]与")
    d.org("与[[深圳市统计局]]联合")
    d.city("数据显示，[[深圳]]前三季度")
    d.date("深圳[[前三季度]]GDP同比增长5.9%", Y, SZ)
    d.metric("同比增长[[5.9%]]", "5.9", "%", "exact", SZ)
    d.date("比[[去年同期]]高出", "2025", SZ)
    d.metric("高出[[0.8个百分点]]", "0.8", "百分点", "exact", SZ)
    d.metric("增加值增长[[9.3%]]", "9.3", "%", "exact", "")
    d.metric("产量增长[[21.4%]]", "21.4", "%", "exact", "")
    d.org("，[[比亚迪]]、华为")
    d.org("比亚迪、[[华为]]、腾讯")
    d.org("华为、[[腾讯]]等龙头")
    d.metric("合计[[超过2600亿元]]", "2600e8", "元", "over", "")
    d.city("。[[广州]]前三季度")
    d.date("广州[[前三季度]]GDP为24310.6", Y, GZ)
    d.metric("GDP为[[24310.6亿元]]", "24310.6e8", "元", "exact", GZ)
    d.metric("同比增长[[4.2%]]", "4.2", "%", "exact", GZ)
    d.date("增速较[[上半年]]提升", Y, GZ)
    d.metric("提升[[0.6个百分点]]", "0.6", "百分点", "exact", GZ)
    d.org("。[[广州市统计局]]分析")
    d.date("汽车制造业[[9月]]实现", "2026-09", "")
    d.org("，[[广汽集团]]三季度")
    d.date("广汽集团[[三季度]]产量", "2026-Q3", "")
    d.metric("环比增长[[约12%]]", 12, "%", "approx", "")
    d.city("不过与[[重庆]]的差距")
    d.metric("扩大至[[1560亿元左右]]", "1560e8", "元", "approx", CQ)
    # P6 Chongqing, Suzhou, Chengdu, Hangzhou, Wuhan, Nanjing
    d.org("\n[[重庆市统计局]]数据")
    d.city("显示，[[重庆]]前三季度")
    d.date("重庆[[前三季度]]GDP为25870.4", Y, CQ)
    d.metric("GDP为[[25870.4亿元]]", "25870.4e8", "元", "exact", CQ)
    d.metric("增长[[5.6%]]，赛力斯", "5.6", "%", "exact", CQ)
    d.org("，[[赛力斯]]、长安汽车")
    d.org("赛力斯、[[长安汽车]]带动")
    d.metric("增加值增长[[13.5%]]", "13.5", "%", "exact", CQ)
    d.metric("产量达到[[98.6万辆]]", "98.6e4", "辆", "exact", CQ)
    d.city("排名第六的[[苏州]]实现")
    d.metric("实现GDP[[20680.9亿元]]", "20680.9e8", "元", "exact", SU)
    d.metric("增长[[5.2%]]，规上", "5.2", "%", "exact", SU)
    d.metric("总产值[[突破3.4万亿元]]", "3.4e12", "元", "over", SU)
    d.city("；[[成都]]、杭州分别")
    d.city("成都、[[杭州]]分别")
    d.metric("实现GDP[[18960.3亿元]]和", "18960.3e8", "元", "exact", HZ)
    d.metric("和[[17520.8亿元]]，增长", "17520.8e8", "元", "exact", HZ)
    d.metric("增长[[5.7%]]和", "5.7", "%", "exact", HZ)
    d.metric("5.7%和[[6.1%]]。", "6.1", "%", "exact", HZ)
    d.org("。[[杭州市统计局]]表示")
    d.org("，[[阿里巴巴]]、宇树科技")
    d.org("阿里巴巴、[[宇树科技]]、")
    d.org("宇树科技、[[深度求索]]等企业")
    d.metric("核心产业增加值增长[[10.8%]]", "10.8", "%", "exact", "")
    d.metric("比重[[近三成]]", 30, "%", "approx", "")
    d.city("。[[武汉]]、南京分列")
    d.city("武汉、[[南京]]分列")
    d.metric("分别为[[16880.2亿元]]和", "16880.2e8", "元", "exact", NJ)
    d.metric("和[[14560.7亿元]]；", "14560.7e8", "元", "exact", NJ)
    d.org("；[[武汉市统计局]]称")
    d.org("，[[东风公司]]等车企")
    d.date("车企[[三季度]]产销", "2026-Q3", WH)
    d.city("回暖，[[武汉]]9月")
    d.date("武汉[[9月]]工业增加值", "2026-09", WH)
    d.metric("增加值增长[[6.5%]]。", "6.5", "%", "exact", WH)
    # P7 other large cities
    d.city("之外，[[合肥]]、宁波")
    d.city("合肥、[[宁波]]、青岛等城市")
    d.city("宁波、[[青岛]]等城市")
    d.city("。[[合肥]]前三季度")
    d.date("合肥[[前三季度]]GDP", Y, HF)
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact", HF)
    d.org("，[[蔚来]]、长鑫存储")
    d.org("蔚来、[[长鑫存储]]等企业")
    d.metric("产值增长[[15.2%]]", "15.2", "%", "exact", HF)
    d.city("；[[宁波]]、青岛两市")
    d.city("宁波、[[青岛]]两市")
    d.metric("分别增长[[5.6%]]和5.5%", "5.6", "%", "exact", QD)
    d.metric("5.6%和[[5.5%]]。", "5.5", "%", "exact", QD)
    d.date("按[[前三季度]]数据推算", Y, "")
    d.date("推算，[[年底]]全国", Y, "")
    d.metric("增至[[29个]]", 29, "个", "exact", "")
    d.date("比[[2025年]]增加", "2025", "")
    d.metric("增加[[2个]]。", 2, "个", "exact", "")
    # P8 county-level cities
    d.org("，[[赛迪顾问]]7月")
    d.date("赛迪顾问[[7月]]发布", "2026-07", "")
    d.date("《[[2026]]中国县域", Y, "")
    d.metric("GDP[[超过千亿元]]的有", "1e11", "元", "over", "")
    d.metric("的有[[62个]]。", 62, "个", "exact", "")
    d.org("。[[昆山市统计局]]数据")
    d.city("显示，[[昆山]]前三季度")
    d.date("昆山[[前三季度]]GDP为4020.6", Y, KS)
    d.metric("GDP为[[4020.6亿元]]", "4020.6e8", "元", "exact", KS)
    d.metric("增长[[5.5%]]，连续", "5.5", "%", "exact", KS)
    d.org("，[[立讯精密]]、仁宝电脑")
    d.org("立讯精密、[[仁宝电脑]]等")
    d.metric("贡献了[[约四成]]工业产值", 40, "%", "approx", KS)
    d.city("；[[江阴]]以3710.2亿元")
    d.metric("江阴以[[3710.2亿元]]紧随", "3710.2e8", "元", "exact", JY)
    d.org("，[[兴澄特钢]]、海澜集团")
    d.org("兴澄特钢、[[海澜集团]]带动")
    d.metric("营收增长[[6.8%]]。", "6.8", "%", "exact", JY)
    d.city("。[[张家港]]、常熟")
    d.city("张家港、[[常熟]]前三季度")
    d.date("常熟[[前三季度]]GDP均", Y, CS)
    d.metric("均[[超过2500亿元]]", "2500e8", "元", "over", CS)
    d.org("，[[沙钢集团]]三季度")
    d.date("沙钢集团[[三季度]]利润", "2026-Q3", CS)
    d.metric("同比增长[[37%]]；", 37, "%", "exact", CS)
    d.city("福建[[晋江]]GDP为")
    d.metric("晋江GDP为[[2480.3亿元]]", "2480.3e8", "元", "exact", JJ)
    d.org("，[[安踏]]、恒安集团")
    d.org("安踏、[[恒安集团]]等企业")
    d.metric("出口额增长[[8.9%]]", "8.9", "%", "exact", JJ)
    d.city("浙江[[慈溪]]在")
    d.org("在[[公牛集团]]等家电企业")
    d.metric("带动下增长[[7.1%]]", "7.1", "%", "exact", CX)
    # P9 slowdown and outlook (no CITY)
    d.date("与[[上半年]]相比，部分", Y, "")
    d.org("。[[中国社会科学院财经战略研究院]]一位")
    d.date("分析，[[三季度]]出口", "2026-Q3", "")
    d.date("；但[[中秋]]、国庆", "2026-09-25", "")
    d.date("中秋、[[国庆]]假期", "2026-10-01", "")
    d.date("消费回暖，[[10月]]以来", "2026-10", "")
    d.org("。[[中金公司研究部]]预计")
    d.date("预计，[[四季度]]GDP", "2026-Q4", "")
    d.metric("GDP增长[[约4.8%]]", "4.8", "%", "approx", "")
    d.metric("保持在[[5%左右]]", 5, "%", "approx", "")
    # P10 outlook (no CITY)
    d.org("\n[[复旦大学经济学院]]一位")
    d.date("规划在[[明年]]开局", "2027", "")
    d.date("开局，[[2027年]]各地", "2027", "")
    audit = {
        "cities": ["深圳", "武汉", "南京", "上海", "北京", "广州", "重庆",
                   "苏州", "成都", "杭州", "合肥", "宁波", "青岛", "昆山",
                   "江阴", "张家港", "常熟", "晋江", "慈溪", "福建", "浙江",
                   "京沪深", "全市", "全国", "城市", "两地", "两市", "三城"],
        "excluded": [
            # provinces before county-level cities
            "；[[福建]]晋江", "；[[浙江]]慈溪",
            # abbreviations and collective labels (SPEC 两地, 五市)
            "[[京沪深三城]]的", "南京[[两地]]统计", "青岛[[两市]]分别",
        ],
        "numbers_excluded": [],
        # 十强 (a ranking label, x4), 前十 (a rank), 第三/第六/第七/第八/
        # 第九/第十 (ordinals and ranks), 第三产业, 一线城市 (a tier label,
        # x2), 百强 (a ranking label, x2), 千亿县级市 (a class), 双双 (both),
        # 一位 (the indefinite article, x2), 一步, 下一轮, “十五五” (a plan
        # period)
        "cn_excluded": ["城市GDP[[十]]强", "，[[十]]强座次", "，[[十]]强城市",
                        "\n[[十]]强之外", "排名前[[十]]城市", "稳居第[[三]]",
                        "；第[[三]]产业", "排名第[[六]]的", "第[[七]]名与",
                        "第[[八]]名的", "分列第[[九]]、", "、第[[十]]位",
                        "领跑[[一]]线城市", "在[[一]]线城市", "经济[[百]]强研究",
                        "，[[百]]强县中", "在[[千]]亿县级市", "GDP[[双双]]突破",
                        "研究院[[一]]位", "学院[[一]]位", "抢先[[一]]步",
                        "下[[一]]轮", "“[[十五五]]”"],
        # GDP (x16)
        "latin_excluded": [],
        "words_excluded": {"GDP": 20, "全年": 1, "多年": 1, "全市": 4,
                           "全国": 4, "万亿城市": 1, "城市": 12},
        # generic heads outside ORG rows: 统计部门, 龙头企业 (x2), 企业,
        # 车企, 家电企业, 金融机构
        "orgwords_excluded": {"统计部门": 1, "龙头企业": 2, "等企业": 4,
                              "车企": 1, "家电企业": 1, "金融机构": 1,
                              "统计局": 0, "集团": 0, "研究院": 0},
        "orgstring_excluded": [],
    }
    return d, audit
# ===========================================================================
# g82 Taiwan's department-store anniversary sales (週年慶) in November 2026,
# traditional, Big5 as Taiwan writes it (cp950: 碁 of 宏碁 is outside plain
# Big5), 2026-11-12 (a Thursday, ISO week 2026-W46), 中央社; dateline
# （中央社記者林育萱台北12日電）.  A Taiwan text (新台幣, 民國, 台北): bare
# 114年 to 116年 are ROC years.  雙11 2026-11-11, 雙12 2026-12-12, 聖誕節
# 2026-12-25, 元旦 2027-01-01, 農曆春節 2027-02-06; 上週末 = 11月7日-8日
# (2026-W45); 下週五（20日） = 2026-11-20.
# ===========================================================================
@doc
def g82():
    d = Doc("g82_taiwan_retail_department_stores")
    Y = "2026"
    TP, TN, KH, TC, TY, KL = ("台北市", "台南市", "高雄市", "台中市",
                              "桃园市", "基隆市")
    TK = "东京"
    # title (a heading that opens with no city; 雙位數 no figure)
    d.org("熱 [[新光三越]]、遠東SOGO")
    d.org("新光三越、[[遠東SOGO]]業績")
    # P1 dateline and lead (the dateline sentence, to the first ；, names 台北)
    d.org("（[[中央社]]記者")
    d.city("林育萱[[台北]]12日電")
    d.date("台北[[12日]]電", "2026-11-12", TP)
    d.date("業者[[昨（11）日]]公布", "2026-11-11", TP)
    d.org("戰績，[[新光三越]]全台")
    d.metric("全台[[19館]]週年慶", 19, "馆", "exact", TP)
    d.metric("新台幣[[142億元]]", "142e8", "元", "exact", TP,
             outer="新台幣")
    d.metric("年增[[12.3%]]", "12.3", "%", "exact", TP)
    d.org("；[[遠東SOGO]]台北4館")
    d.city("遠東SOGO[[台北]]4館")
    d.metric("台北[[4館]]首8天", 4, "馆", "exact", TP)
    d.metric("業績[[突破60億元]]", "60e8", "元", "over", TP)
    d.metric("年增[[10.8%]]。", "10.8", "%", "exact", TP)
    d.org("。[[經濟部統計處]]數據")
    d.date("顯示，[[今（115）年第3季]]百貨", "2026-Q3", "")
    d.metric("營業額年增[[6.2%]]", "6.2", "%", "exact", "")
    d.date("看好[[第4季]]可望", "2026-Q4", "")
    # P2 新光三越
    d.org("\n[[新光三越]]今年週年慶自")
    d.date("新光三越[[今年]]週年慶自", Y, "")
    d.date("自[[10月24日]]起", "2026-10-24", "")
    d.date("信義新天地[[當天]]業績", "2026-10-24", "")
    d.metric("即達[[10.6億元]]", "10.6e8", "元", "exact", "")
    d.org("。[[新光三越]]表示")
    d.date("表示，[[今年]]化妝品", Y, "")
    d.metric("化妝品業績年增[[18%]]", 18, "%", "exact", "")
    d.metric("客單價[[約1萬2,800元]]", 12800, "元", "approx", "")
    d.org("與[[國泰世華銀行]]、")
    d.org("、[[台新銀行]]、玉山銀行")
    d.org("、[[玉山銀行]]等發卡")
    d.metric("刷卡滿[[3萬元]]", "3e4", "元", "exact", "")
    d.metric("最高回饋[[12%]]。", 12, "%", "exact", "")
    d.date("此外，[[今年]]週年慶會員", Y, "")
    d.metric("會員人數[[突破320萬人]]", "320e4", "人", "over", "")
    d.metric("占比[[約6成]]", 60, "%", "approx", "")
    d.date("週年慶[[11月6日]]接力", "2026-11-06", TN)
    d.city("開跑，[[台南]]、高雄")
    d.city("台南、[[高雄]]3館")
    d.metric("高雄[[3館]]開跑", 3, "馆", "exact", KH)
    d.metric("年增均[[逾1成]]。", 10, "%", "over", KH)
    # P3 遠東SOGO and mobile payment partners (no CITY)
    d.org("\n[[遠東SOGO]]忠孝")
    d.metric("天母[[4館]]週年慶", 4, "馆", "exact", "")
    d.date("週年慶於[[11月7日]]開跑", "2026-11-07", "")
    d.metric("最高達[[5.2億元]]", "5.2e8", "元", "exact", "")
    d.org("。[[遠東SOGO]]指出")
    d.date("指出，[[今年]]與LINE Pay", Y, "")
    d.org("今年與[[LINE Pay]]、")
    d.org("、[[街口支付]]及")
    d.org("及[[全支付]]合作")
    d.metric("推出最高[[10%]]回饋", 10, "%", "exact", "")
    d.metric("筆數年增[[35%]]", 35, "%", "exact", "")
    d.metric("比重[[近3成]]", 30, "%", "approx", "")
    d.metric("來客數[[約420萬人次]]", "420e4", "人次", "approx", "")
    d.metric("年增[[7.5%]]。", "7.5", "%", "exact", "")
    d.date("業者[[今（12）日]]起", "2026-11-12", "")
    # P4 遠東百貨, 微風 and others
    d.org("\n[[遠東百貨]]（遠百）")
    d.org("（[[遠百]]）全台")
    d.metric("全台[[13館]]週年慶", 13, "馆", "exact", TC)
    d.metric("訂為[[140億元]]", "140e8", "元", "exact", TC)
    d.city("，[[台中]]、高雄兩地")
    d.city("台中、[[高雄]]兩地")
    d.metric("兩地業績年增均[[逾15%]]；", 15, "%", "over", KH)
    d.org("；[[微風集團]]旗下")
    d.metric("旗下[[6館]]", 6, "馆", "exact", "")
    d.metric("業績[[約95億元]]", "95e8", "元", "approx", "")
    d.metric("年增[[8%]]；", 8, "%", "exact", "")
    d.org("；[[統一時代百貨]]、")
    d.org("、[[環球購物中心]]、")
    d.org("、[[漢神百貨]]也")
    d.date("指出，[[今年]]3C家電", Y, "")
    d.org("，[[宏碁]]、華碩")
    d.org("宏碁、[[華碩]]筆電")
    d.metric("業績年增[[逾2成]]。", 20, "%", "over", "")
    # P5 outlets
    d.city("位於[[桃園]]的")
    d.org("的[[華泰名品城]]推出")
    d.date("」，[[上週末]]兩天", "2026-W45", TY)
    d.metric("湧入[[約12萬人次]]", "12e4", "人次", "approx", TY)
    d.org("；[[三井不動產]]在台")
    d.metric("園區業績年增[[9%]]", 9, "%", "exact", TN)
    d.date("預計[[明（116）年]]在台南", "2027", TN)
    d.city("年在[[台南]]開出")
    d.org("。[[台灣連鎖暨加盟協會]]指出")
    d.date("購物中心[[今年]]展店數", Y, "")
    d.metric("展店數達[[14家]]", 14, "家", "exact", "")
    # P6 credit cards (no CITY)
    d.org("。[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）最新")
    d.date("最新統計，[[9月]]信用卡", "2026-09", "")
    d.metric("新台幣[[3,912億元]]", "3912e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[8.6%]]，創", "8.6", "%", "exact", "")
    d.date("；[[前9月]]累計簽帳", Y, "")
    d.metric("簽帳金額[[3兆4,560億元]]", "3.456e12", "元", "exact", "")
    d.date("較[[114年同期]]成長", "2025", "")
    d.metric("成長[[7.9%]]。", "7.9", "%", "exact", "")
    d.org("中，[[國泰世華]]9月")
    d.date("國泰世華[[9月]]簽帳", "2026-09", "")
    d.metric("簽帳金額[[約690億元]]", "690e8", "元", "approx", "")
    d.org("，[[中信銀]]、北富銀")
    d.org("中信銀、[[北富銀]]分列")
    d.org("。[[聯合信用卡處理中心]]（")
    d.org("（[[聯卡中心]]）統計")
    d.metric("刷卡金額年增[[9.4%]]", "9.4", "%", "exact", "")
    d.metric("占比[[逾8成]]。", 80, "%", "over", "")
    d.org("。[[台新銀行]]表示")
    d.metric("簽帳金額年增[[15%]]；", 15, "%", "exact", "")
    d.org("；[[玉山銀行]]則與")
    d.org("則與[[遠百]]合作")
    d.date("較[[114年]]週年慶", "2025", "")
    d.metric("成長[[近4成]]。", 40, "%", "approx", "")
    # P7 mobile payments (no CITY)
    d.org("。[[金管會]]統計")
    d.metric("使用者已達[[3,150萬人]]", "3150e4", "人", "exact", "")
    d.date("萬人，[[9月]]電子支付", "2026-09", "")
    d.metric("交易金額年增[[21.6%]]", "21.6", "%", "exact", "")
    d.org("。[[LINE Pay]]表示")
    d.metric("交易金額年增[[22%]]", 22, "%", "exact", "")
    d.org("；[[全支付]]用戶數")
    d.metric("用戶數[[突破1,500萬人]]", "1500e4", "人", "over", "")
    d.date("萬人，[[今年]]首度", Y, "")
    # P8 e-commerce (no CITY)
    d.date("搶攻[[雙11]]商機。", "2026-11-11", "")
    d.org("。[[富邦媒體科技]]（")
    d.org("（[[momo]]）")
    d.date("表示，[[雙11]]當天", "2026-11-11", "")
    d.date("雙11[[當天]]訂單量", "2026-11-11", "")
    d.metric("訂單量年增[[18%]]", 18, "%", "exact", "")
    d.metric("成交[[約320筆]]", 320, "笔", "approx", "")
    d.org("；[[蝦皮購物]]則指出")
    d.metric("業績年增[[逾25%]]", 25, "%", "over", "")
    d.date("不小，[[今年]]週年慶普遍", Y, "")
    # P9 retail statistics (no CITY)
    d.org("\n[[經濟部統計處]]上月23日")
    d.date("統計處[[上月23日]]公布", "2026-10-23", "")
    d.date("公布，[[9月]]零售業", "2026-09", "")
    d.metric("新台幣[[4,016億元]]", "4016e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[3.8%]]；", "3.8", "%", "exact", "")
    d.metric("營業額[[358億元]]", "358e8", "元", "exact", "")
    d.metric("年增[[6.9%]]，購物", "6.9", "%", "exact", "")
    d.metric("購物中心年增[[7.4%]]", "7.4", "%", "exact", "")
    d.date("。[[第3季]]零售業", "2026-Q3", "")
    d.metric("營業額[[1兆2,105億元]]", "1.2105e12", "元", "exact", "")
    d.metric("年增[[3.2%]]。", "3.2", "%", "exact", "")
    d.date("該處預估，[[10月]]零售業", "2026-10", "")
    d.metric("年增[[4%]]至6%", 4, "%", "exact", "")
    d.metric("4%至[[6%]]，", 6, "%", "exact", "")
    d.date("，[[11月]]受週年慶", "2026-11", "")
    d.date("週年慶及[[雙11]]帶動", "2026-11-11", "")
    d.metric("可望年增[[5%]]至7%", 5, "%", "exact", "")
    d.metric("5%至[[7%]]。", 7, "%", "exact", "")
    # P10 regions, visitors
    d.org("，[[台北市百貨公司商業同業公會]]指出")
    d.city("指出，[[台北市]]百貨商圈")
    d.metric("占全台[[約3成]]", 30, "%", "approx", TP)
    d.city("；[[新北]]、桃園")
    d.city("新北、[[桃園]]受惠")
    d.metric("業績年增[[逾15%]]，台中市", 15, "%", "over", TY)
    d.city("，[[台中市]]業者")
    d.date("業者估[[今年]]週年慶", Y, TC)
    d.metric("業績年增[[約11%]]", 11, "%", "approx", TC)
    d.city("，[[高雄]]則受")
    d.metric("來客數年增[[13%]]", 13, "%", "exact", KH)
    d.city("。[[新竹市]]、嘉義市")
    d.city("、[[嘉義市]]及基隆")
    d.city("及[[基隆]]也有")
    d.date("預計[[民國116年下半年]]陸續", "2027", KL)
    d.org("，[[交通部觀光署]]統計")
    d.date("統計，[[前9月]]來台", Y, TK)
    d.metric("旅客[[約612萬人次]]", "612e4", "人次", "approx", TK)
    d.metric("年增[[11%]]，不少", 11, "%", "exact", TK)
    d.city("來自[[東京]]、")
    d.city("、[[大阪]]及")
    d.city("及[[首爾]]的旅客")
    # P11 outlook (no CITY)
    d.org("，[[中華民國百貨零售企業協會]]表示")
    d.date("表示，[[雙12]]、", "2026-12-12", "")
    d.date("、[[聖誕節]]及元旦", "2026-12-25", "")
    d.date("及[[元旦]]檔期", "2027-01-01", "")
    d.date("加上[[明年農曆春節]]落在", "2027-02-06", "")
    d.date("落在[[2月上旬]]", "2027-02", "")
    d.date("估[[今年第4季]]百貨業", "2026-Q4", "")
    d.metric("可望年增[[5%以上]]", 5, "%", "over", "")
    d.date("預計[[下週五]]（", "2026-11-20", "")
    d.date("下週五（[[20日]]）", "2026-11-20", "")
    d.org("。[[主計總處]]預估")
    d.date("預估，[[115年]]民間", Y, "")
    d.metric("消費成長[[2.1%]]", "2.1", "%", "exact", "")
    d.date("，[[明年]]則為", "2027", "")
    d.metric("則為[[1.9%]]", "1.9", "%", "exact", "")
    d.org("；[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）則")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "東京", "大阪",
                   "首爾", "台灣", "全台", "在台", "來台", "六都", "信義",
                   "天母", "城市", "地區"],
        "excluded": [
            # districts and branch stores (places, not cities), Taiwan,
            # abbreviations
            "[[信義新天地]]當天",
            "SOGO[[忠孝、復興、敦化及天母]]4館", "其中[[復興館]]單日",
            "、高雄[[兩地]]業績", "其中[[六都]]占比",
        ],
        # 首11天, 首8天 (the first days of a sale: a span of days, not a
        # DATE and no statistic), 3C (a product category)
        "numbers_excluded": ["週年慶[[首11天]]業績", "4館[[首8天]]業績",
                             "今年[[3C]]家電"],
        # 雙位數 (double-digit: vague), 兩天 (a span of days), 二、三名
        # (ranks after 分列)
        "cn_excluded": ["業績[[雙位數]]成長", "上週末[[兩天]]湧入",
                        "分列[[二]]、", "、[[三]]名"],
        # APP (the app), Outlet (x3, a kind of mall)
        "latin_excluded": ["其中[[APP]]會員"],
        "words_excluded": {"Outlet": 3, "週年慶": 19, "年增": 29,
                           "單日": 2, "歷年": 2, "同月": 1, "年貨": 1,
                           "全台": 3, "在台": 2, "來台": 1, "黑色購物週": 1,
                           "進入最高峰": 1, "天母": 1, "地區": 1,
                           "百貨": 15},
        # generic heads outside ORG rows: 百貨公司 (the trade), 發卡銀行,
        # 業者, 購物中心 (the trade), 電商平台, 南部館, 百貨業者
        "orgwords_excluded": {"百貨公司": 3, "發卡銀行": 2, "業者": 7,
                              "購物中心": 2, "銀行": 2},
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
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
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
