#!/usr/bin/env python3
"""Gold annotation for the held-out articles g71_bank_quarterly_results and
g72_hk_ipo_market (annotator I).

Adapted from heldout/tools/annotate_x.py through its current copies
annotate_f.py and annotate_e.py, which keep its checks: the checks, audits
and output of annotate_f.py (bare magnitude 亿元以上, `orgstring_excluded`,
〇 among the Chinese numerals, the traditional-text check, one final
newline), its legacy-codec checks turned to GB18030 (as annotate_k.py had
them), and annotate_e.py's check of a UTF-8 file with BOM against Python's
utf-8-sig codec.  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded: g71 is simplified
(mainland, 金融时报, 2026-10-31), stored as GB18030 without BOM (the
reporter's given name 䶮, U+4DAE, is GB18030 FE9F and outside GBK, so the
file must not decode as GBK, GB2312, Big5 or UTF-8); g72 is traditional
(Hong Kong, 信報, 2026-11-10), stored as UTF-8 WITH a BOM, which is removed
before offsets are counted.  g72's `text` is the traditional original;
`normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
cities by their official name with 市, Hong Kong by its common name, foreign
cities by their mainland standard name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_e/f/h, tools, corpus, gold) as precedents.  Decisions:
dev/NOTES_g71_g72.md.  Reference dates: corpus/manifest.csv; the script
checks only its own two rows, so it also runs next to other annotators'
rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals (with 〇), time characters,
city strings and ORG strings).  Changes: a GB18030 article (strict decode,
byte round trip, must not decode as UTF-8, GBK, GB2312 or Big5, and its
characters outside GBK are exactly the listed ones, each once); a UTF-8
article with BOM must agree with the utf-8-sig codec; basis points written
个基点 take the unit 基点 (GUIDELINES), like 个百分点.  Re-run (from
anywhere):

    python3 dev/tools/annotate_g71_g72.py
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
    "g71_bank_quarterly_results": ("gb18030", b"", False, "2026-10-31",
                                   "金融时报"),
    "g72_hk_ipo_market": ("utf-8", BOM8, True, "2026-11-10", "信報"),
}
# a GB18030 article's characters outside GBK (the reporter's given name)
OUTSIDE_GBK = {"g71_bank_quarterly_results": ["䶮"]}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g71 (2026; 常熟, 张家港 are county-level cities under 苏州; the rest
    # prefecture-level cities or municipalities; Hong Kong, foreign cities
    # by their common Chinese names)
    "深圳": "深圳市", "郑州": "郑州市", "兰州": "兰州市", "贵阳": "贵阳市",
    "宁波": "宁波市", "杭州": "杭州市", "南京": "南京市", "苏州": "苏州市",
    "北京": "北京市", "上海": "上海市", "成都": "成都市", "重庆": "重庆市",
    "长沙": "长沙市", "常熟": "常熟市", "张家港": "张家港市",
    "新加坡": "新加坡", "伦敦": "伦敦", "香港": "香港",
    # g72 (traditional spans; 晋江, 义乌 are county-level cities)
    "紐約": "纽约", "孟買": "孟买", "利雅得": "利雅得", "蘇州": "苏州市",
    "合肥": "合肥市", "廣州": "广州市", "東莞": "东莞市", "晉江": "晋江市",
    "義烏": "义乌市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "信報": "信报", "香港交易所": "香港交易所", "港交所": "港交所",
    "納斯達克": "纳斯达克", "上海證券交易所": "上海证券交易所",
    "深圳證券交易所": "深圳证券交易所", "牧原股份": "牧原股份",
    "立訊精密": "立讯精密", "東鵬飲料": "东鹏饮料",
    "中金公司研究部": "中金公司研究部", "中金公司": "中金公司",
    "鳴鳴很忙": "鸣鸣很忙", "遇見小麵": "遇见小面", "八馬茶業": "八马茶业",
    "MiniMax": "MiniMax", "智譜": "智谱", "壁仞科技": "壁仞科技",
    "百利天恒": "百利天恒", "中信証券": "中信证券", "華泰國際": "华泰国际",
    "高盛": "高盛", "摩根士丹利": "摩根士丹利", "瑞銀": "瑞银",
    "招銀國際": "招银国际", "建銀國際": "建银国际", "富途證券": "富途证券",
    "輝立證券": "辉立证券", "耀才證券": "耀才证券",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "證監會": "证监会", "中國證監會": "中国证监会",
    "財經事務及庫務局": "财经事务及库务局", "財庫局": "财库局",
    "特區政府": "特区政府", "德勤中國": "德勤中国",
    "畢馬威中國": "毕马威中国", "羅兵咸永道": "罗兵咸永道", "安永": "安永",
    "香港中資證券業協會": "香港中资证券业协会",
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
        if enc == "gb18030":            # a real GB18030 file: GBK, GB2312
            for other in ("gbk", "gb2312", "big5", "cp950", "big5hkscs"):
                assert not decodes(raw, other), f"{doc_id}: {other}"
            outside = sorted({ch for ch in self.text if not enc_ok(ch, "gbk")})
            assert outside == OUTSIDE_GBK[doc_id], (doc_id, outside)
            for ch in outside:          # and each is GB18030 proper
                assert self.text.count(ch) == 1, (doc_id, ch)
        if bom == BOM8:                             # the BOM-aware codec
            assert full.decode("utf-8-sig") == self.text, f"{doc_id}: sig"
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
                assert re.match(r"[至到~\-－]\d+(\.\d+)?[万萬亿億]?" + re.escape(shared),
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
# g71 listed banks' results for the first three quarters of 2026,
# simplified, GB18030, 2026-10-31 (a Saturday, ISO week 2026-W44), 金融时报
# (the central bank's financial daily); byline line 本报记者 李䶮; the last
# reports came out 10月30日晚 (= 昨日).  The quarter stated in a sentence
# fixes 上季度; 前三季度 is the year 2026.
# ===========================================================================
@doc
def g71():
    d = Doc("g71_bank_quarterly_results")
    SZ, GY, SU, SH, CD, CS, ZJG, LD, HK = (
        "深圳市", "贵阳市", "苏州市", "上海市", "成都市", "常熟市",
        "张家港市", "伦敦", "香港")
    Y, Q3, Q2, Q4 = "2026", "2026-Q3", "2026-Q2", "2026-Q4"
    # title (a heading-shaped line opening with no city)
    d.date("上市银行[[前三季度]]净利润同比增长1.8% 净息差", Y, "")
    d.metric("净利润同比增长[[1.8%]] 净息差", "1.8", "%", "exact", "")
    # P1 all 42 listed banks (no CITY)
    d.date("截至[[10月30日晚]]，A股", "2026-10-30", "")
    d.metric("A股[[42家]]上市银行已", 42, "家", "exact", "")
    d.date("披露[[2026年三季度]]报告", Q3, "")
    d.org("。[[Wind]]数据显示")
    d.date("显示，[[今年前三季度]]，42家", Y, "")
    d.metric("今年前三季度，[[42家]]上市银行合计", 42, "家", "exact", "")
    d.metric("营业收入[[4.31万亿元]]", "4.31e12", "元", "exact", "")
    d.metric("同比增长[[0.9%]]；", "0.9", "%", "exact", "")
    d.metric("净利润[[1.62万亿元]]", "1.62e12", "元", "exact", "")
    d.metric("同比增长[[1.8%]]，增速较", "1.8", "%", "exact", "")
    d.date("增速较[[上半年]]提高", Y, "")
    d.metric("提高[[0.6个百分点]]", "0.6", "百分点", "exact", "")
    d.date("其中，[[三季度]]单季", Q3, "")
    d.metric("同比增长[[2.7%]]，为2024年", "2.7", "%", "exact", "")
    d.date("为[[2024年一季度]]以来", "2024-Q1", "")
    # P2 the big state banks (no CITY)
    d.org("。[[工商银行]]前三季度实现净利润2712.4")
    d.date("工商银行[[前三季度]]实现净利润2712.4", Y, "")
    d.metric("净利润[[2712.4亿元]]", "2712.4e8", "元", "exact", "")
    d.metric("同比增长[[1.2%]]，规模", "1.2", "%", "exact", "")
    d.org("；[[建设银行]]、农业银行、中国银行分别")
    d.org("建设银行、[[农业银行]]、中国银行分别")
    d.org("农业银行、[[中国银行]]分别实现")
    d.metric("净利润[[2483.6亿元]]、", "2483.6e8", "元", "exact", "")
    d.metric("、[[2067.9亿元]]和", "2067.9e8", "元", "exact", "")
    d.metric("和[[1782.3亿元]]。", "1782.3e8", "元", "exact", "")
    d.org("。[[交通银行]]和中国邮政储蓄银行")
    d.org("和[[中国邮政储蓄银行]]（以下简称")
    d.org("以下简称“[[邮储银行]]”）净利润")
    d.metric("分别为[[712.5亿元]]和", "712.5e8", "元", "exact", "")
    d.metric("和[[735.8亿元]]。", "735.8e8", "元", "exact", "")
    d.org("。[[农业银行]]相关负责人")
    d.date("在[[昨日]]举行的", "2026-10-30", "")
    d.date("较[[年初]]增加1.12", Y, "")
    d.metric("增加[[1.12万亿元]]", "1.12e12", "元", "exact", "")
    # P3 joint-stock banks (深圳 in the first clause)
    d.city("总部位于[[深圳]]的招商银行")
    d.org("深圳的[[招商银行]]前三季度")
    d.date("招商银行[[前三季度]]实现净利润1156.7", Y, SZ)
    d.metric("净利润[[1156.7亿元]]", "1156.7e8", "元", "exact", SZ)
    d.metric("同比增长[[1.6%]]；", "1.6", "%", "exact", SZ)
    d.org("；[[浦发银行]]受益于")
    d.metric("净利润同比增长[[18.6%]]", "18.6", "%", "exact", "")
    d.org("，[[民生银行]]、华夏银行则")
    d.org("民生银行、[[华夏银行]]则")
    d.metric("分别下降[[4.2%]]和", "4.2", "%", "exact", "")
    d.metric("4.2%和[[1.1%]]。", "1.1", "%", "exact", "")
    d.org("。[[平安银行]]三季度末")
    d.date("平安银行[[三季度末]]零售", Q3, "")
    d.date("较[[6月末]]减少", "2026-06", "")
    d.metric("减少[[约320亿元]]", "320e8", "元", "approx", "")
    # P4 net interest margins (no CITY)
    d.org("。[[国家金融监督管理总局]]（以下简称")
    d.org("以下简称“[[金融监管总局]]”）数据")
    d.date("数据显示，[[三季度末]]商业银行", Q3, "")
    d.metric("净息差为[[1.40%]]", "1.40", "%", "exact", "")
    d.date("较[[二季度末]]下降", Q2, "")
    d.metric("下降[[2个基点]]", 2, "基点", "exact", "")
    d.date("降幅较[[上半年]]明显", Y, "")
    d.org("上市银行中，[[招商银行]]、宁波银行")
    d.org("、[[宁波银行]]、常熟银行净息差")
    d.org("、[[常熟银行]]净息差")
    d.metric("分别为[[1.89%]]、", "1.89", "%", "exact", "")
    d.metric("、[[1.82%]]和2.58%", "1.82", "%", "exact", "")
    d.metric("和[[2.58%]]，继续", "2.58", "%", "exact", "")
    d.metric("多在[[1.30%]]至1.45%", "1.30", "%", "exact", "")
    d.metric("1.30%至[[1.45%]]之间", "1.45", "%", "exact", "")
    d.org("其中[[交通银行]]三季度")
    d.date("交通银行[[三季度]]净息差", Q3, "")
    d.metric("净息差为[[1.20%]]，与", "1.20", "%", "exact", "")
    d.date("与[[上季度]]持平", Q2, "")
    d.org("。[[中信证券]]研报")
    d.date("认为，[[10月20日]]公布", "2026-10-20", "")
    d.date("挂牌利率[[年内]]第二次", Y, "")
    d.metric("仍有[[约15个基点]]", 15, "基点", "approx", "")
    d.date("有望在[[明年一季度]]前后", "2027-Q1", "")
    # P5 asset quality
    d.date("。[[三季度末]]，42家", Q3, "")
    d.metric("三季度末，[[42家]]上市银行平均", 42, "家", "exact", "")
    d.metric("不良贷款率为[[1.21%]]", "1.21", "%", "exact", "")
    d.date("较[[年初]]下降0.02", Y, "")
    d.metric("下降[[0.02个百分点]]", "0.02", "百分点", "exact", "")
    d.metric("覆盖率为[[236.5%]]", "236.5", "%", "exact", "")
    d.date("较[[6月末]]下降3.4", "2026-06", "")
    d.metric("下降[[3.4个百分点]]", "3.4", "百分点", "exact", "")
    d.org("其中，[[杭州银行]]不良贷款率仅")
    d.metric("不良贷款率仅[[0.76%]]", "0.76", "%", "exact", "")
    d.city("；[[郑州]]、兰州")
    d.city("郑州、[[兰州]]、贵阳")
    d.city("、[[贵阳]]等地")
    d.metric("仍在[[1.7%以上]]", "1.7", "%", "over", GY)
    d.date("较[[去年末]]上升", "2025", "")
    d.metric("上升[[约0.3个百分点]]", "0.3", "百分点", "approx", "")
    d.org("。[[中诚信国际]]在研报")
    d.date("预计[[四季度]]上市银行", Q4, "")
    # P6 small firms and green loans (no CITY)
    d.date("截至[[9月末]]，工商银行", "2026-09", "")
    d.org("9月末，[[工商银行]]普惠型")
    d.metric("余额达[[2.86万亿元]]", "2.86e12", "元", "exact", "")
    d.date("较[[年初]]增长14.3%", Y, "")
    d.metric("增长[[14.3%]]；", "14.3", "%", "exact", "")
    d.org("；[[建设银行]]普惠型")
    d.metric("余额[[突破3万亿元]]", "3e12", "元", "over", "")
    d.metric("服务客户[[超过330万户]]", "330e4", "户", "over", "")
    d.org("方面，[[兴业银行]]绿色")
    d.metric("余额为[[1.08万亿元]]", "1.08e12", "元", "exact", "")
    d.date("较[[年初]]增加1562", Y, "")
    d.metric("增加[[1562亿元]]", "1562e8", "元", "exact", "")
    d.org("；[[农业银行]]绿色信贷")
    d.metric("余额[[超过5.3万亿元]]", "5.3e12", "元", "over", "")
    d.org("。[[金融监管总局]]数据显示，三季度末银行业")
    d.date("数据显示，[[三季度末]]银行业", Q3, "")
    d.metric("余额为[[37.6万亿元]]", "37.6e12", "元", "exact", "")
    d.metric("同比增长[[12.1%]]", "12.1", "%", "exact", "")
    d.metric("增速[[约5个百分点]]", 5, "百分点", "approx", "")
    # P7 city commercial banks and their cities
    d.org("。[[江苏银行]]、宁波银行、南京银行")
    d.org("江苏银行、[[宁波银行]]、南京银行")
    d.org("、[[南京银行]]前三季度")
    d.date("南京银行[[前三季度]]净利润", Y, "")
    d.metric("分别增长[[8.1%]]、", "8.1", "%", "exact", "")
    d.metric("、[[7.4%]]和9.6%", "7.4", "%", "exact", "")
    d.metric("和[[9.6%]]；", "9.6", "%", "exact", "")
    d.org("；[[杭州银行]]净利润同比")
    d.metric("同比增长[[12.3%]]，增速", "12.3", "%", "exact", "")
    d.metric("增速在[[42家]]上市银行中", 42, "家", "exact", "")
    d.city("总部位于[[宁波]]、杭州")
    d.city("宁波、[[杭州]]、南京和苏州")
    d.city("、[[南京]]和苏州")
    d.city("南京和[[苏州]]的城商行")
    d.date("城商行[[前三季度]]贷款增速", Y, SU)
    d.metric("均在[[12%以上]]", 12, "%", "over", SU)
    d.city("，而[[北京]]、上海两地")
    d.city("北京、[[上海]]两地")
    d.date("贷款较[[年初]]增长约6%", Y, SH)
    d.metric("增长[[约6%]]。中西部", 6, "%", "approx", SH)
    d.org("，[[成都银行]]、重庆银行分别")
    d.org("成都银行、[[重庆银行]]分别")
    d.metric("净利润[[102.6亿元]]和", "102.6e8", "元", "exact", CD)
    d.metric("和[[46.8亿元]]，成都", "46.8e8", "元", "exact", CD)
    d.city("46.8亿元，[[成都]]、重庆")
    d.city("成都、[[重庆]]、长沙等地")
    d.city("、[[长沙]]等地")
    # P8 rural commercial banks (常熟, 张家港 as places in the last clause)
    d.org("，[[重庆农村商业银行]]（以下简称")
    d.org("以下简称“[[渝农商行]]”）")
    d.date("”）[[前三季度]]实现", Y, "")
    d.metric("净利润[[108.4亿元]]", "108.4e8", "元", "exact", "")
    d.metric("同比增长[[4.6%]]。", "4.6", "%", "exact", "")
    d.org("。[[常熟银行]]、张家港行")
    d.org("、[[张家港行]]、无锡银行")
    d.org("、[[无锡银行]]等江苏")
    d.metric("保持在[[5%以上]]", 5, "%", "over", CS)
    d.org("其中[[常熟银行]]净利润")
    d.metric("同比增长[[13.5%]]，在", "13.5", "%", "exact", CS)
    d.city("，在[[常熟]]、张家港等地")
    d.city("常熟、[[张家港]]等地")
    d.metric("户数[[超过18万户]]", "18e4", "户", "over", ZJG)
    # P9 international business
    d.org("。[[中国银行]]境外机构")
    d.date("境外机构[[前三季度]]实现", Y, "")
    d.metric("税前利润[[约560亿元]]", "560e8", "元", "approx", "")
    d.org("其中[[中银香港]]贡献")
    d.metric("贡献[[超过四成]]", 40, "%", "over", "")
    d.org("；[[工商银行]]在新加坡")
    d.city("在[[新加坡]]、伦敦")
    d.city("新加坡、[[伦敦]]的")
    d.metric("分别增长[[21%]]和17%", 21, "%", "exact", LD)
    d.metric("21%和[[17%]]。", 17, "%", "exact", LD)
    d.city("随着[[香港]]离岸")
    d.date("将在[[四季度]]加大", Q4, HK)
    # P10 capital, the central bank, dividends (no CITY)
    d.date("。[[今年]]以来，已有18家", Y, "")
    d.metric("已有[[18家]]上市银行发行", 18, "家", "exact", "")
    d.metric("合计规模[[约6200亿元]]", "6200e8", "元", "approx", "")
    d.date("；[[去年]]获财政部", "2025", "")
    d.org("去年获[[财政部]]注资")
    d.metric("注资的[[四家]]国有大行", 4, "家", "exact", "")
    d.date("国有大行，[[三季度末]]核心", Q3, "")
    d.metric("均在[[11%以上]]", 11, "%", "over", "")
    d.org("。[[中国人民银行]]10月27日")
    d.date("中国人民银行[[10月27日]]发布", "2026-10-27", "")
    d.date("数据显示，[[9月末]]人民币", "2026-09", "")
    d.metric("同比增长[[6.6%]]", "6.6", "%", "exact", "")
    d.org("。[[中国银行业协会]]相关")
    d.date("表示，[[今年]]已有29家", Y, "")
    d.metric("已有[[29家]]上市银行实施", 29, "家", "exact", "")
    d.metric("合计[[超过2600亿元]]", "2600e8", "元", "over", "")
    # P11 ratings and outlook (no CITY)
    d.org("。[[联合资信]]近期")
    d.org("；[[标普全球评级]]在")
    d.date("在[[10月下旬]]发布", "2026-10", "")
    d.org("。[[中国银行研究院]]预计")
    d.date("预计，[[四季度]]银行业", Q4, "")
    d.metric("将在[[1%]]至2%之间", 1, "%", "exact", "")
    d.metric("1%至[[2%]]之间", 2, "%", "exact", "")
    d.metric("收窄至[[1.38%左右]]", "1.38", "%", "approx", "")
    d.org("。[[中央财经大学金融学院]]一位")
    d.date("随着[[明年]]存量", "2027", "")
    d.date("有望在[[2027年上半年]]恢复", "2027", "")
    audit = {
        "cities": ["深圳", "郑州", "兰州", "贵阳", "宁波", "杭州", "南京",
                   "苏州", "北京", "上海", "成都", "重庆", "长沙", "常熟",
                   "张家港", "无锡", "新加坡", "伦敦", "香港", "江苏",
                   "中西部", "城市"],
        # a province (江苏县域农商行) and a region
        "excluded": ["等[[江苏]]县域", "。[[中西部]]方面"],
        "numbers_excluded": [],
        # 第二次 (an ordinal), 二级资本债 and 核心一级资本 (tiers of
        # capital), 排名第一 (a rank), 两地 (a collective label after the
        # list, SPEC), 一位 (the indefinite article)
        "cn_excluded": ["年内第[[二]]次", "发行[[二]]级资本债",
                        "核心[[一]]级资本", "排名第[[一]]",
                        "上海[[两]]地", "金融学院[[一]]位"],
        # A股 (the A-share market), LPR (a rate's name), AAA (a rating)
        "latin_excluded": ["[[A]]股42家", "（[[LPR]]）", "“[[AAA]]”"],
        # 单季 (a single quarter, x2), 全年 (no year word), 明显, 说明会
        "words_excluded": {"单季": 2, "全年": 1, "明显": 2, "说明会": 1},
        # generic banks and kinds of banks outside ORG rows
        "orgwords_excluded": {"国有大行": 3, "股份行": 2, "城商行": 5,
                              "农商行": 3, "银行": 19},
        # 中国银行业 (China's banking sector, not the bank)
        "orgstring_excluded": ["将[[中国银行]]业展望"],
    }
    return d, audit


# ===========================================================================
# g72 Hong Kong's IPO market in the first ten months of 2026, traditional,
# UTF-8 WITH BOM, 2026-11-10 (a Tuesday, ISO week 2026-W46), 信報 (Hong
# Kong Economic Journal); byline line 信報記者 陳家俊; HKEX published its
# figures 昨日（9日）.  Amounts in HK$ written 元 (港元．下同).  上周五 is
# 2026-11-06, 本周五 2026-11-13; 聖誕 2026-12-25.
# ===========================================================================
@doc
def g72():
    d = Doc("g72_hk_ipo_market")
    NY, HK, RUH, SZ, HZ = "纽约", "香港", "利雅得", "深圳市", "杭州市"
    Y, LY = "2026", "2025"
    # title (a line with the comma of 2,368: no heading; no city)
    d.date("港股IPO[[首10個月]]集資2,368", Y, "")
    d.metric("集資[[2,368億元]] 全球", "2368e8", "元", "exact", "")
    # byline
    d.org("\n[[信報]]記者")
    # P1 the exchange's figures
    d.org("\n[[香港交易所]]（港交所）")
    d.org("香港交易所（[[港交所]]）昨日")
    d.date("）[[昨日]]（9日）", "2026-11-09", "")
    d.date("昨日（[[9日]]）", "2026-11-09", "")
    d.date("顯示，[[今年首10個月]]共有", Y, "")
    d.metric("共有[[82家]]公司", 82, "家", "exact", "")
    d.date("較[[去年同期]]的58家", LY, "")
    d.metric("去年同期的[[58家]]增加", 58, "家", "exact", "")
    d.metric("增加[[41.4%]]；", "41.4", "%", "exact", "")
    d.metric("集資總額[[約2,368億元]]（港元", "2368e8", "元", "approx", NY)
    d.metric("按年增加[[約46%]]，連續", 46, "%", "approx", NY)
    d.city("領先[[紐約]]、上海")
    d.city("紐約、[[上海]]及孟買")
    d.city("及[[孟買]]。")
    d.org("期內，[[納斯達克]]集資")
    d.metric("納斯達克集資[[約1,650億元]]", "1650e8", "元", "approx", "")
    d.org("，[[上海證券交易所]]及")
    d.org("及[[深圳證券交易所]]合計")
    d.metric("合計集資[[約1,120億元]]", "1120e8", "元", "approx", "")
    d.date("。[[上半年]]集資額", Y, "")
    d.metric("集資額[[約1,380億元]]，已超越", "1380e8", "元", "approx", "")
    d.date("超越[[去年]]全年水平", LY, "")
    d.date("以季度計，[[第三季]]集資額", "2026-Q3", "")
    d.metric("集資額[[約980億元]]", "980e8", "元", "approx", "")
    d.date("較[[第二季]]增加", "2026-Q2", "")
    d.metric("增加[[約27%]]；", 27, "%", "approx", "")
    d.date("單計[[10月份]]，新股", "2026-10", "")
    d.metric("集資額達[[356億元]]", "356e8", "元", "exact", "")
    d.date("為[[2021年7月]]以來", "2021-07", "")
    # P2 A+H listings (no CITY)
    d.date("。[[今年]]以來共有26家", Y, "")
    d.metric("共有[[26家]]A股", 26, "家", "exact", "")
    d.metric("合共集資[[約1,420億元]]", "1420e8", "元", "approx", "")
    d.metric("佔總額[[六成]]", 60, "%", "exact", "")
    d.org("龍頭[[牧原股份]]於")
    d.date("於[[3月中旬]]掛牌", "2026-03", "")
    d.metric("集資[[約182億元]]，為", "182e8", "元", "approx", "")
    d.date("為[[今年]]最大型", Y, "")
    d.org("代工商[[立訊精密]]及")
    d.org("品牌[[東鵬飲料]]分別")
    d.metric("分別集資[[155億元]]及", "155e8", "元", "exact", "")
    d.metric("及[[98億元]]。", "98e8", "元", "exact", "")
    d.org("。[[東鵬飲料]]公開發售")
    d.metric("超額認購[[約386倍]]", 386, "倍", "approx", "")
    d.metric("凍結資金[[逾2,900億元]]", "2900e8", "元", "over", "")
    d.org("。[[中金公司研究部]]統計")
    d.date("統計，[[今年]]A+H新股", Y, "")
    d.metric("平均折讓[[約18%]]", 18, "%", "approx", "")
    d.date("較[[去年]]收窄", LY, "")
    d.metric("收窄[[約5個百分點]]", 5, "百分点", "approx", "")
    # P3 consumer brands, tech and biotech (no CITY)
    d.org("品牌[[鳴鳴很忙]]於")
    d.date("於[[1月中旬]]上市", "2026-01", "")
    d.metric("上升[[68.5%]]；", "68.5", "%", "exact", "")
    d.org("；[[遇見小麵]]及")
    d.org("及[[八馬茶業]]首日")
    d.metric("分別上升[[23.6%]]及", "23.6", "%", "exact", "")
    d.metric("下跌[[4.2%]]。", "4.2", "%", "exact", "")
    d.org("企業[[MiniMax]]、智譜")
    d.org("、[[智譜]]及晶片")
    d.org("設計商[[壁仞科技]]先後")
    d.metric("合共集資[[約210億元]]，其中", "210e8", "元", "approx", "")
    d.org("其中[[MiniMax]]公開發售")
    d.metric("認購[[逾5,000倍]]", 5000, "倍", "over", "")
    d.metric("中籤率僅[[1.5%]]", "1.5", "%", "exact", "")
    d.org("。[[港交所]]去年5月")
    d.date("港交所[[去年5月]]推出", "2025-05", "")
    d.date("，[[今年]]已接獲", Y, "")
    d.metric("已接獲[[逾60宗]]", 60, "宗", "over", "")
    d.date("動力，[[今年]]共有14家", Y, "")
    d.metric("共有[[14家]]未有", 14, "家", "exact", "")
    d.org("藥企[[百利天恒]]於")
    d.date("百利天恒於[[4月]]掛牌", "2026-04", "")
    d.metric("集資[[約96億元]]", "96e8", "元", "approx", "")
    d.metric("收市升[[31.2%]]。", "31.2", "%", "exact", "")
    # P4 first-day performance (no CITY)
    d.date("統計，[[今年首10個月]]上市的", Y, "")
    d.metric("上市的[[82隻]]新股", 82, "只", "exact", "")
    d.metric("升幅的有[[52隻]]", 52, "只", "exact", "")
    d.metric("52隻，佔[[約63%]]", 63, "%", "approx", "")
    d.metric("首日升幅[[約21.7%]]", "21.7", "%", "approx", "")
    d.date("遠高於[[去年]]全年的", LY, "")
    d.metric("全年的[[9.8%]]", "9.8", "%", "exact", "")
    d.date("不過，[[上周五]]（6日）", "2026-11-06", "")
    d.date("上周五（[[6日]]）", "2026-11-06", "")
    d.metric("掛牌的[[兩隻]]新股", 2, "只", "exact", "")
    d.metric("跌幅達[[27%]]", 27, "%", "exact", "")
    d.date("。[[本周]]仍有", "2026-W46", "")
    d.metric("仍有[[4隻]]新股", 4, "只", "exact", "")
    d.date("最快於[[本周五]]（13日）", "2026-11-13", "")
    d.date("本周五（[[13日]]）", "2026-11-13", "")
    # P5 sponsors and brokers (no CITY)
    d.org("方面，[[中金公司]]以參與")
    d.metric("參與[[31宗]]IPO", 31, "宗", "exact", "")
    d.org("，[[中信証券]]、華泰國際")
    d.org("、[[華泰國際]]分列")
    d.org("，[[高盛]]、摩根士丹利")
    d.org("、[[摩根士丹利]]及瑞銀")
    d.org("及[[瑞銀]]則主導")
    d.org("，[[招銀國際]]、建銀國際")
    d.org("、[[建銀國際]]等中資券商")
    d.org("方面，[[富途證券]]及輝立")
    d.org("及[[輝立證券]]數據")
    d.date("顯示，[[今年]]孖展", Y, "")
    d.org("新股為[[MiniMax]]，富途證券")
    d.org("，[[富途證券]]借出")
    d.metric("孖展額[[逾1,800億元]]", "1800e8", "元", "over", "")
    d.org("；[[耀才證券]]表示")
    d.date("表示，[[10月份]]新開戶數", "2026-10", "")
    d.metric("按月增加[[約35%]]", 35, "%", "approx", "")
    # P6 liquidity (香港 in the HIBOR clause)
    d.org("。[[香港金融管理局]]（金管局）")
    d.org("（[[金管局]]）數據")
    d.date("顯示，[[10月底]]港元", "2026-10", "")
    d.metric("總結餘[[約1,050億元]]", "1050e8", "元", "approx", "")
    d.date("較[[9月底]]增加", "2026-09", "")
    d.metric("增加[[約三成]]；", 30, "%", "approx", "")
    d.org("；[[東鵬飲料]]招股期間")
    d.city("一個月[[香港]]銀行同業拆息")
    d.metric("升至[[4.1%]]。", "4.1", "%", "exact", HK)
    # P7 regulators
    d.org("。[[證監會]]與港交所本月3日")
    d.org("證監會與[[港交所]]本月3日")
    d.date("港交所[[本月3日]]發出", "2026-11-03", "")
    d.date("將於[[明年首季]]起實施", "2027-Q1", "")
    d.org("；[[中國證監會]]數據")
    d.date("顯示，[[今年]]以來已有逾140家", Y, HK)
    d.metric("已有[[逾140家]]內地", 140, "家", "over", HK)
    d.metric("其中[[約八成]]選擇", 80, "%", "approx", HK)
    d.city("選擇[[香港]]。")
    d.org("。[[財經事務及庫務局]]（財庫局）")
    d.org("（[[財庫局]]）表示")
    d.org("，[[特區政府]]將繼續")
    d.org("，[[港交所]]亦計劃")
    d.date("計劃於[[12月初]]在", "2026-12", RUH)
    d.city("在[[利雅得]]設立")
    # P8 where the issuers come from
    d.date("來源地看，[[今年]]來港上市", Y, SZ)
    d.city("來自[[深圳]]、杭州")
    d.city("深圳、[[杭州]]、上海、北京")
    d.city("杭州、[[上海]]、北京及蘇州")
    d.city("上海、[[北京]]及蘇州")
    d.city("北京及[[蘇州]]，其中")
    d.city("其中[[深圳]]企業")
    d.metric("企業佔[[16家]]", 16, "家", "exact", SZ)
    d.city("，[[杭州]]則有")
    d.metric("則有[[11家]]", 11, "家", "exact", HZ)
    d.city("；[[合肥]]、廣州")
    d.city("合肥、[[廣州]]、東莞")
    d.city("、[[東莞]]等地")
    d.city("福建[[晉江]]的")
    d.city("浙江[[義烏]]的")
    # P9 the secondary market (no CITY)
    d.date("港股[[今年]]以來日均", Y, "")
    d.metric("成交額[[約2,560億元]]", "2560e8", "元", "approx", "")
    d.metric("按年增加[[約38%]]；", 38, "%", "approx", "")
    d.date("恒指[[昨日]]收報", "2026-11-09", "")
    d.metric("收報[[27,315點]]", 27315, "点", "exact", "")
    d.date("較[[去年底]]累升", LY, "")
    d.metric("累升[[約36%]]。", 36, "%", "approx", "")
    # P10 outlook (no CITY before the last sentence, which has no figure)
    d.org("，[[德勤中國]]預計")
    d.date("預計[[今年]]港股IPO", Y, "")
    d.metric("將達[[約2,700億元]]", "2700e8", "元", "approx", "")
    d.org("；[[畢馬威中國]]則估計")
    d.date("估計，[[年底]]前約有30家", Y, "")
    d.metric("約有[[30家]]企業", 30, "家", "approx", "", sep="約")
    d.date("可完成上市，[[明年]]集資額", "2027", "")
    d.metric("有望[[突破3,000億元]]", "3000e8", "元", "over", "")
    d.org("。[[羅兵咸永道]]表示")
    d.org("向[[港交所]]遞交")
    d.metric("企業[[超過300家]]", 300, "家", "over", "")
    d.date("創[[2021年]]以來新高", "2021", "")
    d.date("預計[[聖誕]]前將迎來", "2026-12-25", "")
    d.org("。[[香港中資證券業協會]]亦預期")
    d.date("預期，[[明年首季]]將有", "2027-Q1", "")
    d.metric("集資額[[逾百億元]]的", "1e10", "元", "over", "")
    d.org("。[[安永]]亦指")
    d.city("在[[紐約]]上市的中概股")
    d.city("回流[[香港]]作第二上市")
    audit = {
        "cities": ["香港", "紐約", "上海", "孟買", "利雅得", "深圳", "杭州",
                   "北京", "蘇州", "合肥", "廣州", "東莞", "晉江", "義烏",
                   "福建", "浙江", "中東", "東南亞", "美國", "內地", "港"],
        # provinces before their cities, regions, a country
        "excluded": ["此外，[[福建]]晉江", "及[[浙江]]義烏", "吸引[[中東]]及",
                     "中東及[[東南亞]]企業", "亦指，[[美國]]減息"],
        # 第18C章, 第18A章 (chapters of the Listing Rules)
        "numbers_excluded": ["第[[18]]C章", "第[[18]]A章"],
        # 分列第二及第三位 (ranks after 分列),
        # 一手 (a board lot), 其中一隻 (the indefinite article), 一個月 (a
        # tenor, in words_excluded), 一度, 維持第一 (a rank), 一波,
        # 第二上市 (a secondary listing), 二級市場 (the secondary market)
        "cn_excluded": ["分列第[[二]]及", "及第[[三]]位",
                        "，[[一]]手中籤率", "其中[[一]]隻",
                        "拆息[[一]]度", "維持第[[一]]", "迎來[[一]]波",
                        "作第[[二]]上市", "\n[[二]]級市場"],
        # the Listing Rules' chapters 18C, 18A
        "latin_excluded": ["第18[[C]]章", "第18[[A]]章"],
        # IPO, A+H, A股, H股 (market words), 首日 (a listing's first day:
        # no calendar day of its own), 按年/按月 (year-on-year), 全年
        # (no year word), 單月, 日均 (also in 首日均告), 連續兩年 (a duration),
        # 以季度計, 一個月 (the HIBOR tenor), 周期
        "words_excluded": {"IPO": 5, "A+H": 4, "A股": 2, "H股": 2,
                           "首日": 7, "按年": 2, "按月": 1, "全年": 3,
                           "單月": 1, "日均": 2, "連續兩年": 1, "季度": 1, "一個月": 1, "周期": 1,
                           "期內": 1, "內地": 2, "港股": 3, "來港": 5,
                           "在港": 1, "港元": 2},
        # generic kinds of companies outside ORG rows
        "orgwords_excluded": {"中資券商": 1, "證券": 0, "國際": 0,
                              "交易所": 0},
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
    before a measure word, 余/多 after the number, 个百分点 and 个基点,
    markers before and after; a declared marker outside the span (outer)
    gives the qualifier when the span has none."""
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
    m = re.fullmatch(r"(\d)折", span)               # 9折 -> 90 %
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
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
    # 个百分点 -> 百分点 (SPEC); 个基点 -> 基点 (GUIDELINES basis points)
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
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):]):
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
        print("%-28s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-28s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
