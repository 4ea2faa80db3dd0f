#!/usr/bin/env python3
"""Gold annotation for the held-out articles g77_metro_ridership_cities and
g78_taiwan_semiconductor_investment (annotator O).

Adapted from heldout/tools/annotate_i.py (now dev/tools/annotate_g71_g72.py; copied into this folder first),
which keeps annotate_x.py's checks through its copies: the checks, audits
and output of annotate_f.py (bare magnitude 亿元以上, `orgstring_excluded`,
〇 among the Chinese numerals, the traditional-text check, one final
newline), its GB18030 checks, and annotate_e.py's check of a UTF-8 file with
BOM against Python's utf-8-sig codec.  Taken from annotate_l.py: the unit
shared across a list joiner (和, 及, 、) and the check that the month and day
a DATE span writes are those of its normalization; from annotate_j.py: the
holiday table (HOLIDAY) every holiday DATE is checked against.  Each mention
is located by a short context string in which the span is marked with
[[ ]]; the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded: g77 is simplified (mainland, 中国交通报,
2026-11-09), stored as GB18030 without BOM (the reporter's given name 㛃,
U+36C3, is the four-byte GB18030 sequence 82 30 B7 31 and outside GBK, so
the file must not decode as GBK, GB2312, Big5 or UTF-8; it counts as ONE
code point); g78 is traditional (Taiwan, 經濟日報, 2026-11-25), stored as
UTF-8 WITH a BOM, which is removed before offsets are counted.  g78's
`text` is the traditional original; `normalized` (ORG/CITY) and `unit` are
simplified (OpenCC t2s; mainland and Taiwan cities by their official name
with 市, foreign cities by their mainland standard name: 德勒斯登 ->
德累斯顿).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_i/j/l, tools, corpus, gold) as precedents.  Decisions:
dev/NOTES_g77_g78.md.  Reference dates: corpus/manifest.csv; the script
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
city strings and ORG strings).  Changes: 不到 is an under-marker (SPEC);
a ROC year written in a DATE span (民國69年, 116年, 明（116）年) must be
its normalization's year minus 1911, and a 4-digit year its normalization's
year.  Re-run (from anywhere):

    python3 dev/tools/annotate_g77_g78.py
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
    "g77_metro_ridership_cities": ("gb18030", b"", False, "2026-11-09",
                                   "中国交通报"),
    "g78_taiwan_semiconductor_investment": ("utf-8", BOM8, True,
                                            "2026-11-25", "經濟日報"),
}
# Taiwan texts: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g78_taiwan_semiconductor_investment"}
# a GB18030 article's characters outside GBK (the reporter's given name)
OUTSIDE_GBK = {"g77_metro_ridership_cities": ["\u36c3"]}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# Holidays the articles name, by the key in the span: mainland 国庆 10-01
# (2026); 元旦 2027-01-01 and 春节 2027 = 正月初一 = 2027-02-06 (the coming
# ones, GUIDELINES); 農曆春節 (Taiwan) the same day.
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "春節": "2027-02-06",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g77 (2026; all prefecture-level cities or municipalities)
    "重庆": "重庆市", "成都": "成都市", "杭州": "杭州市", "武汉": "武汉市",
    "西安": "西安市", "南京": "南京市", "郑州": "郑州市", "长沙": "长沙市",
    "天津": "天津市", "青岛": "青岛市", "苏州": "苏州市", "东莞": "东莞市",
    "佛山": "佛山市", "广州": "广州市", "北京": "北京市", "上海": "上海市",
    "合肥": "合肥市", "厦门": "厦门市",
    # g78 (traditional spans; Taiwan's special municipalities and the
    # provincial city 新竹市 by their full names; foreign cities by their
    # mainland standard names)
    "台北": "台北市", "新竹市": "新竹市", "台南": "台南市", "高雄": "高雄市",
    "台中": "台中市", "新北": "新北市", "桃園": "桃园市",
    "鳳凰城": "凤凰城", "德勒斯登": "德累斯顿", "慕尼黑": "慕尼黑",
    "橫濱": "横滨", "新加坡": "新加坡", "東京": "东京",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {"德勒斯登": "德累斯顿"}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "經濟日報": "经济日报", "國科會": "国科会", "竹科管理局": "竹科管理局",
    "中科管理局": "中科管理局", "南科管理局": "南科管理局",
    "台南市政府": "台南市政府", "台積電": "台积电",
    "索尼半導體解決方案": "索尼半导体解决方案", "電裝": "电装",
    "豐田汽車": "丰田汽车", "日本先進半導體製造公司": "日本先进半导体制造公司",
    "JASM": "JASM", "日本經濟產業省": "日本经济产业省", "博世": "博世",
    "英飛凌": "英飞凌", "恩智浦": "恩智浦",
    "歐洲半導體製造公司": "欧洲半导体制造公司", "ESMC": "ESMC",
    "聯電": "联电", "世界先進": "世界先进", "美光": "美光",
    "南亞科": "南亚科", "華邦電": "华邦电", "集邦科技": "集邦科技",
    "TrendForce": "TrendForce", "三星": "三星", "SK海力士": "SK海力士",
    "日月光投控": "日月光投控", "力積電": "力积电",
    "經濟部投資審議司": "经济部投资审议司", "經濟部": "经济部",
    "台灣電力公司": "台湾电力公司", "台電": "台电",
    "經濟部水利署": "经济部水利署", "行政院": "行政院",
    "美國商務部": "美国商务部", "國際半導體產業協會": "国际半导体产业协会",
    "SEMI": "SEMI", "工研院產科國際所": "工研院产科国际所",
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
# g77 urban rail ridership in October 2026, simplified, GB18030 (one
# character outside GBK: 㛃), 2026-11-09 (a Monday, ISO week 2026-W46),
# 中国交通报; byline line 本报记者 刘㛃; 交通运输部 published 昨日 (2026-11-08).
# A sentence about October makes 上月 2026-09; 去年同期
# after 今年前10个月 or the 国庆 holiday week is the year 2025.  上周 is
# 2026-W45, 本月 2026-11; 元旦 2027-01-01, 春节 2027-02-06 (coming ones).
# ===========================================================================
@doc
def g77():
    d = Doc("g77_metro_ridership_cities")
    Y, OCT = "2026", "2026-10"
    CQ, CS, SU, FS, GZ, CD, BJ, XM = (
        "重庆市", "长沙市", "苏州市", "佛山市", "广州市", "成都市", "北京市",
        "厦门市")
    # title (a heading-shaped line opening with a DATE: no section)
    d.date("[[10月]]全国城轨客运量29.6", OCT, "")
    d.metric("城轨客运量[[29.6亿人次]] 多城", "29.6e8", "人次", "exact", "")
    # P1 national figures (no CITY)
    d.org("\n[[交通运输部]]昨日")
    d.date("交通运输部[[昨日]]发布", "2026-11-08", "")
    d.date("显示，[[10月]]，全国", OCT, "")
    d.metric("共有[[58个]]城市", 58, "个", "exact", "")
    d.metric("线路[[331条]]", 331, "条", "exact", "")
    d.metric("运营里程[[11862.4公里]]", "11862.4", "公里", "exact", "")
    d.metric("开行列车[[346万列次]]", "346e4", "列次", "exact", "")
    d.metric("完成客运量[[29.6亿人次]]，同比", "29.6e8", "人次", "exact", "")
    d.metric("同比增长[[6.8%]]，较上月", "6.8", "%", "exact", "")
    d.date("6.8%，较[[上月]]增加", "2026-09", "")
    d.metric("增加[[2.1亿人次]]", "2.1e8", "人次", "exact", "")
    d.date("。[[今年前10个月]]，全国", Y, "")
    d.metric("累计完成客运量[[268.4亿人次]]", "268.4e8", "人次", "exact", "")
    d.date("268.4亿人次，较[[去年同期]]增长", "2025", "")
    d.metric("增长[[5.2%]]，其中", "5.2", "%", "exact", "")
    d.metric("占比[[超过九成]]", 90, "%", "over", "")
    # P2 the largest systems (cities only inside ORGs)
    d.org("。[[上海地铁]]10月累计")
    d.date("上海地铁[[10月]]累计", OCT, "")
    d.metric("累计客运量[[3.42亿人次]]", "3.42e8", "人次", "exact", "")
    d.metric("日均[[1103.2万人次]]", "1103.2e4", "人次", "exact", "")
    d.metric("同比增长[[4.6%]]。", "4.6", "%", "exact", "")
    d.org("。[[北京市交通委]]数据")
    d.org("，[[北京地铁]]和京港地铁")
    d.org("北京地铁和[[京港地铁]]合计")
    d.metric("合计完成客运量[[3.36亿人次]]", "3.36e8", "人次", "exact", "")
    d.date("，[[10月9日]]单日", "2026-10-09", "")
    d.metric("客运量达[[1312.6万人次]]", "1312.6e4", "人次", "exact", "")
    d.org("。[[广州地铁]]10月客运量")
    d.date("广州地铁[[10月]]客运量", OCT, "")
    d.metric("客运量[[2.98亿人次]]", "2.98e8", "人次", "exact", "")
    d.metric("同比增长[[7.9%]]，国庆", "7.9", "%", "exact", "")
    d.date("7.9%，[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("客运量达[[1027.6万人次]]", "1027.6e4", "人次", "exact", "")
    d.org("；[[深圳地铁]]10月客运量")
    d.date("深圳地铁[[10月]]客运量", OCT, "")
    d.metric("客运量[[2.64亿人次]]", "2.64e8", "人次", "exact", "")
    d.date("，[[10月3日]]单日", "2026-10-03", "")
    d.metric("客运量[[1182.7万人次]]", "1182.7e4", "人次", "exact", "")
    # P3 fast-growing systems
    d.city("\n[[成都]]、杭州、武汉等城市")
    d.city("成都、[[杭州]]、武汉等城市")
    d.city("杭州、[[武汉]]等城市")
    d.org("。[[成都轨道集团]]数据")
    d.org("，[[成都地铁]]10月")
    d.date("成都地铁[[10月]]客运量", OCT, "")
    d.metric("客运量[[1.86亿人次]]", "1.86e8", "人次", "exact", "")
    d.metric("同比增长[[9.4%]]；", "9.4", "%", "exact", "")
    d.org("；[[杭州地铁]]、武汉地铁")
    d.org("杭州地铁、[[武汉地铁]]日均")
    d.metric("分别为[[412.5万人次]]和", "412.5e4", "人次", "exact", "")
    d.metric("和[[431.8万人次]]。", "431.8e4", "人次", "exact", "")
    d.org("。[[重庆轨道集团]]表示")
    d.date("受[[国庆]]假期入渝", "2026-10-01", CQ)
    d.date("带动，[[10月2日]]重庆", "2026-10-02", CQ)
    d.city("10月2日[[重庆]]全网")
    d.metric("达到[[602.3万人次]]", "602.3e4", "人次", "exact", CQ)
    d.city("\u3002[[西安]]、南京、郑州和长沙")
    d.city("西安、[[南京]]、郑州和长沙")
    d.city("南京、[[郑州]]和长沙")
    d.city("郑州和[[长沙]]10月")
    d.date("长沙[[10月]]地铁", OCT, CS)
    d.metric("同比增长[[8.2%]]、", "8.2", "%", "exact", CS)
    d.metric("、[[5.7%]]、", "5.7", "%", "exact", CS)
    d.metric("、[[6.1%]]和", "6.1", "%", "exact", CS)
    d.metric("6.1%和[[7.3%]]。", "7.3", "%", "exact", CS)
    # P4 holiday records
    d.date("客流纪录在[[国庆]]假期被刷新", "2026-10-01", "")
    d.date("。[[10月1日]]，西安地铁", "2026-10-01", "")
    d.org("，[[西安地铁]]单日")
    d.metric("达到[[486.2万人次]]", "486.2e4", "人次", "exact", "")
    d.metric("同比增长[[11.3%]]", "11.3", "%", "exact", "")
    d.org("；[[长沙地铁]]10月2日")
    d.date("长沙地铁[[10月2日]]客运量", "2026-10-02", "")
    d.metric("客运量达[[218.7万人次]]", "218.7e4", "人次", "exact", "")
    d.city("。[[天津]]、青岛")
    d.city("天津、[[青岛]]、苏州")
    d.city("青岛、[[苏州]]10月")
    d.date("苏州[[10月]]客运量同比", OCT, SU)
    d.metric("分别增长[[6.9%]]、", "6.9", "%", "exact", SU)
    d.metric("、[[10.2%]]和", "10.2", "%", "exact", SU)
    d.metric("和[[8.8%]]，", "8.8", "%", "exact", SU)
    d.city("其中[[苏州]]日均")
    d.metric("首次[[超过150万人次]]", "150e4", "人次", "over", SU)
    d.date("测算，[[国庆]]假期全国", "2026-10-01", "")
    d.metric("客运量[[约1.05亿人次]]", "1.05e8", "人次", "approx", "")
    d.date("约1.05亿人次，较[[去年同期]]增长", "2025", "")
    d.metric("增长[[7.6%]]，景区", "7.6", "%", "exact", "")
    # P5 new lines
    d.date("支撑。[[10月]]，全国新增", OCT, "")
    d.metric("运营线路[[4条]]（段）", 4, "条", "exact", "")
    d.metric("新增运营里程[[126.4公里]]", "126.4", "公里", "exact", "")
    d.date("。[[10月28日]]，西安", "2026-10-28", "")
    d.org("，[[西安地铁]]10号线")
    d.metric("全长[[34.4公里]]", "34.4", "公里", "exact", "")
    d.metric("设车站[[18座]]", 18, "座", "exact", "")
    d.date("18座，[[当天]]客运量", "2026-10-28", "")
    d.metric("客运量[[超过15万人次]]", "15e4", "人次", "over", "")
    d.date("；[[10月30日]]，南京", "2026-10-30", "")
    d.org("，[[南京地铁]]7号线")
    d.org("通车，[[南京地铁]]运营")
    d.metric("运营里程[[突破500公里]]", 500, "公里", "over", "")
    d.city("此外，[[东莞]]、佛山")
    d.city("东莞、[[佛山]]各有")
    d.metric("各有[[1条]]新线", 1, "条", "exact", FS)
    d.date("于[[10月下旬]]投入", OCT, FS)
    d.date("截至[[10月底]]，今年以来", OCT, "")
    d.date("10月底，[[今年]]以来", Y, "")
    d.metric("共有[[24条]]新线", 24, "条", "exact", "")
    d.metric("新增运营里程[[约612公里]]", 612, "公里", "approx", "")
    d.date("比[[2025年]]多出", "2025", "")
    d.metric("多出[[约80公里]]", 80, "公里", "approx", "")
    # P6 payments
    d.org("。[[中国城市轨道交通协会]]（以下简称")
    d.org("以下简称“[[中国城轨协会]]”）统计")
    d.date("统计，截至[[10月底]]，全国已有", OCT, "")
    d.metric("已有[[55个]]城市", 55, "个", "exact", "")
    d.metric("其中[[49个]]城市", 49, "个", "exact", "")
    d.org("使用[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]乘车码")
    d.org("。[[广州地铁]]与中国银联")
    d.org("广州地铁与[[中国银联]]合作")
    d.org("合作的[[银联]]卡")
    d.date("服务[[10月]]交易量", OCT, "")
    d.metric("交易量达[[1260万笔]]", "1260e4", "笔", "exact", "")
    d.metric("同比增长[[38%]]；", 38, "%", "exact", "")
    d.org("；[[深圳地铁]]联合")
    d.org("联合[[工商银行]]、招商银行")
    d.org("工商银行、[[招商银行]]推出")
    d.date("优惠，[[10月]]数字人民币", OCT, "")
    d.metric("乘车[[超过420万笔]]", "420e4", "笔", "over", "")
    d.city("在[[成都]]、武汉等城市，乘客")
    d.city("成都、[[武汉]]等城市，乘客")
    d.org("通过[[建设银行]]、交通银行")
    d.org("建设银行、[[交通银行]]手机银行")
    d.org("；[[郑州地铁]]自9月起")
    d.date("郑州地铁自[[9月]]起", "2026-09", "")
    d.date("过闸，[[10月]]境外旅客", OCT, "")
    d.org("使用[[Visa]]、万事达卡")
    d.org("Visa、[[万事达卡]]进站")
    d.metric("进站[[超过8.6万人次]]", "8.6e4", "人次", "over", "")
    d.org("。[[上海地铁]]相关负责人")
    d.metric("使用量[[约780万人次]]", "780e4", "人次", "approx", "")
    d.metric("进站量的[[七成左右]]", 70, "%", "approx", "")
    d.org("。[[高德]]地图数据")
    d.date("显示，[[10月]]使用地铁导航", OCT, GZ)
    d.metric("同比增长[[21.5%]]，其中", "21.5", "%", "exact", GZ)
    d.city("其中[[广州]]、成都用户")
    d.city("广州、[[成都]]用户")
    d.metric("增幅[[超过30%]]", 30, "%", "over", CD)
    # P7 operating pressure (cities only inside ORGs)
    d.date("。[[上周]]，广州市交通运输局", "2026-W45", "")
    d.org("上周，[[广州市交通运输局]]和")
    d.org("和[[深圳市交通运输局]]分别")
    d.org("。[[深圳地铁]]表示，自本月起")
    d.date("自[[本月]]起，5号线", "2026-11", "")
    d.metric("缩短至[[2分钟]]", 2, "分钟", "exact", "")
    d.metric("提升[[约12%]]", 12, "%", "approx", "")
    d.org("。[[杭港地铁]]也在")
    d.org("也在[[杭州地铁]]1号线")
    d.metric("缩短[[约6分钟]]", 6, "分钟", "approx", "")
    # P8 the ministry
    d.org("\n[[交通运输部]]有关负责人")
    d.org("会同[[国家发展改革委]]、")
    d.org("、[[住房城乡建设部]]加强")
    d.date("已于[[11月1日]]起施行", "2026-11-01", "")
    d.org("。[[交通运输部科学研究院]]测算")
    d.date("测算，[[前三季度]]城轨", Y, "")
    d.metric("已升至[[52.4%]]", "52.4", "%", "exact", "")
    d.date("较[[2019年]]提高", "2019", "")
    d.metric("提高[[约14个百分点]]", 14, "百分点", "approx", "")
    d.date("针对[[元旦]]、春节", "2027-01-01", BJ)
    d.date("元旦、[[春节]]等节假日", "2027-02-06", BJ)
    d.city("预案，[[北京]]、上海、广州等城市")
    d.city("北京、[[上海]]、广州等城市将")
    d.city("上海、[[广州]]等城市将")
    # P9 outlook
    d.date("展望[[四季度]]，", "2026-Q4", "")
    d.org("，[[中国城轨协会]]预计")
    d.date("预计，[[今年]]全年", Y, "")
    d.metric("有望[[超过325亿人次]]", "325e8", "人次", "over", "")
    d.metric("同比增长[[约5%]]，年底", 5, "%", "approx", "")
    d.date("约5%，[[年底]]前", Y, "")
    d.metric("还将有[[约16条]]新线", 16, "条", "approx", "")
    d.metric("将[[突破1.2万公里]]", "1.2e4", "公里", "over", "")
    d.org("。[[北京交通大学]]一位")
    d.date("随着[[明年]]苏州", "2027", SU)
    d.city("明年[[苏州]]、合肥")
    d.city("苏州、[[合肥]]、厦门")
    d.city("合肥、[[厦门]]等城市")
    d.date("投运，[[2027年]]城轨", "2027", XM)
    d.metric("保持[[4%以上]]的增长", 4, "%", "over", XM)
    audit = {
        "cities": ["北京", "上海", "广州", "深圳", "成都", "杭州", "武汉",
                   "重庆", "西安", "南京", "郑州", "长沙", "天津", "青岛",
                   "苏州", "东莞", "佛山", "合肥", "厦门", "渝", "京", "港",
                   "城市"],
        # 入渝 (a one-character abbreviation: to Chongqing)
        "excluded": ["入[[渝]]游客"],
        # line numbers (SPEC 1路): 10号线, 7号线, 5号线, 11号线, 1号线
        "numbers_excluded": ["地铁[[10]]号线", "地铁[[7]]号线",
                             "起，[[5]]号线", "、[[11]]号线",
                             "杭州地铁[[1]]号线"],
        # 一期 (phase one of a line), 二维码 (QR code), 一位 (the
        # indefinite article)
        "cn_excluded": ["10号线[[一]]期", "[[二]]维码", "大学[[一]]位"],
        # Metro大都会 (an app's name), App
        "latin_excluded": ["“[[Metro]]大都会", "”[[App]]日均"],
        # 单日 (a single day's figure, x4), 日均 (daily average, x8), 初期
        # (initial operation), 周边, 节假日 (holidays in general), 全年
        # (after 今年), 明显, 同时
        "words_excluded": {"单日": 6, "日均": 6, "初期": 1, "周边": 1,
                           "节假日": 1, "全年": 1, "明显": 1, "城市": 11},
        # generic bodies and networks outside ORG rows
        "orgwords_excluded": {"城轨": 10, "地铁": 3, "银行": 2},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g78 chip companies' investments, traditional, UTF-8 WITH BOM, 2026-11-25
# (a Wednesday, ISO week 2026-W48), 經濟日報 (Taipei); byline line 經濟日報
# 記者林宜萱／台北報導; 國科會 published 昨（24）日.  A Taiwan text (新台幣,
# 民國): bare 115年, 116年 are ROC years (2026, 2027), 民國69年 is 1980.
# 上週 is 2026-W47, 上月 2026-10, 本月初 2026-11; 明年農曆春節 2027-02-06.
# ===========================================================================
@doc
def g78():
    d = Doc("g78_taiwan_semiconductor_investment")
    Y, NY = "2026", "2027"
    HC, TN, KH, TC, NT, TY = ("新竹市", "台南市", "高雄市", "台中市",
                              "新北市", "桃园市")
    PHX, DRS, SG, TYO = "凤凰城", "德累斯顿", "新加坡", "东京"
    # title (a heading-shaped line opening with no city)
    d.metric("不停歇 [[三]]大科學園區", 3, "", "exact", "")
    d.date("科學園區[[前三季]]營業額創新高\n", Y, "")
    # byline (a heading-shaped line opening with an ORG: no section)
    d.org("\n[[經濟日報]] 記者")
    d.city("／[[台北]]報導")
    # P1 the council's figures (no CITY)
    d.org("\n[[國科會]]昨（24）日")
    d.date("國科會[[昨（24）日]]公布", "2026-11-24", "")
    d.metric("統計，[[三]]大科學園區", 3, "", "exact", "")
    d.date("科學園區[[115年前三季]]營業額", Y, "")
    d.metric("新台幣[[3兆6,120億元]]", "3612e9", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("占比達[[83.4%]]", "83.4", "%", "exact", "")
    d.org("。[[國科會]]表示")
    d.date("預估[[今年]]全年", Y, "")
    d.metric("可望[[突破4兆8,000億元]]", "48e11", "元", "over", "")
    d.date("，[[明（116）年]]有機會", NY, "")
    d.metric("挑戰[[5兆元]]大關", "5e12", "元", "exact", "")
    # P2 the three parks
    d.org("\n[[竹科管理局]]指出")
    d.date("竹科[[前三季]]營業額", Y, HC)
    d.metric("營業額[[1兆2,860億元]]", "12860e8", "元", "exact", HC)
    d.metric("年增[[9.7%]]", "9.7", "%", "exact", HC)
    d.city("橫跨[[新竹市]]、")
    d.date("自[[民國69年]]設立", "1980", HC)
    d.metric("引進[[逾600家]]", 600, "家", "over", HC)
    d.org("；[[中科管理局]]統計")
    d.date("中科[[前三季]]營業額", Y, "")
    d.metric("營業額[[1兆1,430億元]]", "11430e8", "元", "exact", "")
    d.metric("年增[[24.5%]]", "24.5", "%", "exact", "")
    d.org("；[[南科管理局]]則表示")
    d.date("南科[[前三季]]營業額", Y, TN)
    d.metric("營業額[[1兆1,830億元]]", "11830e8", "元", "exact", TN)
    d.metric("年增[[22.1%]]", "22.1", "%", "exact", TN)
    d.city("，[[台南]]園區")
    d.metric("首度[[突破9萬人]]", "9e4", "人", "over", TN)
    d.date("於[[明年上半年]]投產", NY, TN)
    d.org("。[[南科管理局]]並將")
    d.date("將於[[今（25）日]]與", "2026-11-25", "")
    d.org("與[[台南市政府]]合辦")
    d.metric("釋出[[逾3,000個]]職缺", 3000, "个", "over", "")
    # P3 TSMC at home
    d.org("龍頭[[台積電]]本月10日")
    d.date("台積電[[本月10日]]公布", "2026-11-10", "")
    d.date("公布[[10月]]營收", "2026-10", "")
    d.metric("新台幣[[4,218億元]]", "4218e8", "元", "exact", "",
             outer="新台幣")
    d.metric("月增[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("年增[[14.8%]]", "14.8", "%", "exact", "")
    d.date("；[[今年前10月]]累計營收", Y, "")
    d.metric("累計營收[[3兆9,860億元]]", "39860e8", "元", "exact", "")
    d.metric("年增[[27.5%]]", "27.5", "%", "exact", "")
    d.org("。[[台積電]]11月11日")
    d.date("台積電[[11月11日]]召開", "2026-11-11", "")
    d.metric("核准[[約214.6億美元]]", "214.6e8", "美元", "approx", "")
    d.date("先前預估[[今年]]資本支出", Y, "")
    d.metric("介於[[480億]]至500億美元", "480e8", "美元", "exact", "",
             shared="美元")
    d.metric("480億至[[500億美元]]", "500e8", "美元", "exact", "")
    d.date("預期[[明年]]將進一步", NY, "")
    d.metric("增至[[550億美元以上]]", "550e8", "美元", "over", "")
    d.org("方面，[[台積電]]2奈米")
    d.date("已於[[去年第4季]]在", "2025-Q4", KH)
    d.city("，[[高雄]]廠也在")
    d.date("也在[[今年上半年]]進入", Y, KH)
    d.metric("合計[[約10萬片]]", "10e4", "片", "approx", KH)
    d.city("位於[[台中]]的中科")
    d.date("預計[[116年]]動工", NY, TC)
    d.date("動工、[[2028年下半年]]量產", "2028", TC)
    d.date("該公司[[今年]]在台", Y, "")
    d.metric("招募[[約8,000名]]", 8000, "名", "approx", "")
    # P4 overseas fabs
    d.org("。[[台積電]]位於美國")
    d.city("亞利桑那州[[鳳凰城]]的")
    d.date("已於[[第3季]]開始量產", "2026-Q3", PHX)
    d.date("規劃[[2028年]]投產", "2028", PHX)
    d.org("方面，[[台積電]]與索尼")
    d.org("與[[索尼半導體解決方案]]、")
    d.org("、[[電裝]]、")
    d.org("、[[豐田汽車]]合資")
    d.org("合資的[[日本先進半導體製造公司]]（")
    d.org("（[[JASM]]）")
    d.date("已於[[10月]]動工", "2026-10", "")
    d.org("，[[日本經濟產業省]]同意")
    d.metric("最高[[7,320億日圓]]", "7320e8", "日圆", "exact", "")
    d.org("方面，[[台積電]]與博世")
    d.org("與[[博世]]、")
    d.org("、[[英飛凌]]、")
    d.org("、[[恩智浦]]合資的歐洲")
    d.org("合資的[[歐洲半導體製造公司]]（")
    d.org("（[[ESMC]]）")
    d.city("在[[德勒斯登]]興建")
    d.date("預計[[2027年底]]量產", NY, DRS)
    d.metric("總投資額[[逾100億歐元]]", "100e8", "欧元", "over", DRS)
    d.org("。[[台積電]]並在")
    d.city("並在[[慕尼黑]]及")
    d.city("及[[橫濱]]設有")
    # P5 mature nodes and memory
    d.org("。[[聯電]]新加坡新廠")
    d.city("聯電[[新加坡]]新廠")
    d.date("已於[[今年第2季]]量產", "2026-Q2", SG)
    d.org("，[[世界先進]]與恩智浦")
    d.org("世界先進與[[恩智浦]]在新加坡")
    d.city("恩智浦在[[新加坡]]合資")
    d.date("晶圓廠預計[[明年]]量產", NY, SG)
    d.metric("總投資額[[約78億美元]]", "78e8", "美元", "approx", SG)
    d.org("。[[美光]]位於")
    d.city("位於[[台中]]後里")
    d.date("已於[[9月]]完工", "2026-09", TC)
    d.date("預計[[明年第2季]]量產", "2027-Q2", TC)
    d.org("；[[南亞科]]今年資本支出")
    d.date("南亞科[[今年]]資本支出", Y, NT)
    d.metric("新台幣[[520億元]]", "520e8", "元", "exact", NT,
             outer="新台幣")
    d.city("，[[新北]]泰山")
    d.date("預計[[116年第3季]]裝機", "2027-Q3", NT)
    d.date("目標在[[明年農曆春節]]前", "2027-02-06", NT)
    d.org("；[[華邦電]]則計畫")
    d.city("將[[高雄]]廠月產能")
    d.metric("由[[1.5萬片]]提高", "1.5e4", "片", "exact", KH)
    d.metric("提高至[[2.4萬片]]", "2.4e4", "片", "exact", KH)
    d.org("研調機構[[集邦科技]]（")
    d.org("（[[TrendForce]]）")
    d.date("指出，[[第3季]]全球", "2026-Q3", "")
    d.metric("季增[[19.2%]]", "19.2", "%", "exact", "")
    d.org("，[[三星]]、SK")
    d.org("、[[SK海力士]]合計")
    d.metric("市占率[[約7成]]", 70, "%", "approx", "")
    d.metric("合計[[不到5%]]", 5, "%", "under", "")
    # P6 packaging and testing
    d.org("。[[日月光投控]]今年")
    d.date("日月光投控[[今年]]資本支出", Y, KH)
    d.metric("預估[[逾25億美元]]", "25e8", "美元", "over", KH)
    d.city("集中在[[高雄]]及")
    d.city("高雄及[[桃園]]，")
    d.metric("其中[[約6成]]投入", 60, "%", "approx", TY)
    d.org("。[[力積電]]上月")
    d.date("力積電[[上月]]營收", "2026-10", "")
    d.metric("營收[[45.6億元]]", "45.6e8", "元", "exact", "")
    d.metric("月減[[2.1%]]", "2.1", "%", "exact", "")
    # P7 government
    d.org("。[[經濟部投資審議司]]統計")
    d.date("統計，[[今年前10月]]核准", Y, "")
    d.metric("金額達[[162.4億美元]]", "162.4e8", "美元", "exact", "")
    d.date("較[[去年同期]]成長", "2025", "")
    d.metric("成長[[逾1倍]]", 1, "倍", "over", "")
    d.metric("總額的[[64.8%]]", "64.8", "%", "exact", "")
    d.org("。[[經濟部]]昨日")
    d.date("經濟部[[昨日]]表示", "2026-11-24", "")
    d.org("協調[[台灣電力公司]]（")
    d.org("（[[台電]]）在竹科")
    d.metric("新增[[3座]]超高壓", 3, "座", "exact", "")
    d.metric("總投資約新台幣[[420億元]]", "420e8", "元", "approx", "",
             outer="約新台幣")
    d.org("；[[台電]]預估")
    d.date("將由[[去年]]的12.5%", "2025", "")
    d.metric("去年的[[12.5%]]", "12.5", "%", "exact", "")
    d.date("升至[[2028年]]的15%", "2028", "")
    d.metric("2028年的[[15%以上]]", 15, "%", "over", "")
    d.org("。[[經濟部水利署]]評估")
    d.metric("增加[[約12萬噸]]", "12e4", "吨", "approx", "")
    d.org("。[[行政院]]上週")
    d.date("行政院[[上週]]也通過", "2026-W47", "")
    d.metric("將投入約新台幣[[1,200億元]]", "1200e8", "元", "approx", "",
             outer="約新台幣")
    d.org("。[[美國商務部]]本月初")
    d.date("美國商務部[[本月初]]公布", "2026-11", "")
    # P8 outlook
    d.org("，[[國際半導體產業協會]]（")
    d.org("（[[SEMI]]）預估")
    d.date("預估，[[明年]]全球", NY, "")
    d.metric("將達[[1,280億美元]]", "1280e8", "美元", "exact", "")
    d.metric("年增[[約11%]]", 11, "%", "approx", "")
    d.metric("支出[[約316億美元]]", "316e8", "美元", "approx", "")
    d.date("將於[[12月中旬]]在東京", "2026-12", TYO)
    d.city("在[[東京]]登場")
    d.metric("將有[[逾80家]]業者", 80, "家", "over", TYO)
    d.org("。[[工研院產科國際所]]預估")
    d.date("預估，[[今年]]台灣半導體", Y, "")
    d.metric("新台幣[[6兆5,300億元]]", "6530e9", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[22.6%]]，明年", "22.6", "%", "exact", "")
    d.date("22.6%，[[明年]]可望", NY, "")
    d.metric("再成長[[約12%]]", 12, "%", "approx", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "新竹", "嘉義", "苗栗", "鳳凰城",
                   "德勒斯登", "慕尼黑", "橫濱", "東京", "熊本", "新加坡",
                   "台灣", "全台", "亞利桑那", "美國", "日本", "德國", "歐洲"],
        "excluded": [
            # counties (GUIDELINES: counties never match; bare 新竹 and
            # 嘉義 count only as 新竹市, 嘉義市), a prefecture and a state
            "[[新竹縣]]及苗栗縣", "及[[苗栗縣]]，", "南科[[嘉義]]園區",
            "在[[新竹]]寶山廠", "位於[[熊本縣]]菊陽町",
            "美國[[亞利桑那州]]鳳凰城",
            # Taiwan (the island, a market), 全台
            "的[[台灣]]業者", "驅動[[台灣]]產業", "其中[[台灣]]設備",
            "，[[台灣]]將有", "今年[[台灣]]半導體", "占[[全台]]用電",
            "位於[[美國]]亞利桑那州", "[[德國]]方面", "服務[[歐洲]]與",
        ],
        # 2奈米 (a process node, SPEC 3纳米), 12吋 (a wafer size, SPEC
        # 8吋), 未來5年 (a span of years ahead: a duration)
        "numbers_excluded": ["台積電[[2]]奈米", "合資的[[12]]吋",
                             "未來[[5年]]"],
        # ordinals (第二座, 第三座 x1, 第二期, 居全球第二), phase two (二期),
        # 兩地 (a collective label for the two cities just named, SPEC 两地),
        # 進一步, 首批 has no numeral
        "cn_excluded": ["中科[[二]]期", "菊陽町的第[[二]]座",
                        "鳳凰城的第[[二]]座", "，第[[三]]座",
                        "」第[[二]]期", "居全球第[[二]]",
                        "[[兩]]地月產能", "進[[一]]步"],
        # AI, HBM, DRAM (technologies), SEMICON Japan (an event)
        "latin_excluded": ["（[[AI]]）", "（[[HBM]]）", "全球[[DRAM]]產值",
                           "[[SEMICON]] Japan", "SEMICON [[Japan]]"],
        # 年增/月增/月減/季增 (changes over a year, month, quarter), 歷年同期
        # (past years' same period: no period of its own, GUIDELINES),
        # 全年 (after 今年), 年度 (annual), 每日, 日本 (the country x4)
        "words_excluded": {"年增": 8, "月增": 1, "月減": 1, "季增": 1,
                           "歷年同期": 1, "全年": 1, "年度": 1, "每日": 1,
                           "日本": 3, "首度": 1, "半導體": 5,
                           "月產能": 2, "周邊": 1},
        # generic and places: science parks (竹科, 中科, 南科 are parks,
        # not ORGs), 法人 (institutional investors), 業者, 公司
        "orgwords_excluded": {"竹科": 2, "中科": 4, "南科": 3, "法人": 1,
                              "業者": 3},
        # SEMICON (the event's name holds SEMI's)
        "orgstring_excluded": ["[[SEMI]]CON Japan"],
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
               ("不足", "under"), ("不到", "under"),
               ("约", "approx"), ("約", "approx"),
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


def check_written_date(tx, norm, taiwan):
    """The month and day a DATE span writes must be those of its
    normalization (annotate_l.py); a ROC year written in the span (民國69年,
    116年第3季, 明（116）年) is the normalization's year minus 1911, a
    4-digit year its normalization's year."""
    m = re.search(r"(?<!\d)(\d{4})年?", tx)
    if m:
        assert norm.startswith(m.group(1)), (tx, norm)
    m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", tx)
    if m:
        assert taiwan, (tx, "ROC year in a mainland text")
        assert int(norm[:4]) - 1911 == int(m.group(1)), (tx, norm)
    if re.search(r"(前|首)(\d+|[一二三四五六七八九十]+)个?個?月", tx):
        return                                  # the first N months
    mon = re.search(r"(?<![\d年])(\d{1,2})月|年(\d{1,2})月", tx)
    if mon:
        num = int(mon.group(1) or mon.group(2))
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(\d{1,2})[）)]?日", tx)
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
            check_written_date(tx, r["normalized"], d.doc_id in TAIWAN)
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
        print("%-36s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-36s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
