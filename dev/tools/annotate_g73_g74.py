#!/usr/bin/env python3
"""Gold annotation for the held-out articles g73_solar_power_grid and
g74_taiwan_food_delivery_prices (annotator J).

Adapted from heldout/tools/annotate_e.py (now dev/tools/annotate_g65_g66.py; itself adapted from annotate_m.py,
which keeps annotate_x.py's checks through annotate_q.py, with annotate_p.py's
bare magnitude and annotate_r.py's `orgstring_excluded` list), with
annotate_f.py's 〇 in the numeral audit and annotate_h.py's unit shared across
a list joiner.  Each mention is located by a short context string in which
the span is marked with [[ ]]; the context must occur exactly `n` times in
the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded: g73 is simplified
(mainland, 中国能源报, 2026-11-16), stored as UTF-8 without a BOM; g74 is
traditional (Taiwan, 自由時報, 2026-11-06), stored in Big5 as Taiwan writes
it (Windows code page 950).  g74's `text` is the traditional original;
`normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; foreign cities
by their mainland standard name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_e/f/h, tools, corpus, gold) and corpus/ as precedents.
Decisions: dev/NOTES_g73_g74.md.  Reference dates: corpus/manifest.csv;
the script checks only its own two rows, so it also runs next to other
annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings).  Changes from annotate_e.py: the cp950 article
declares the set of its characters outside plain Big5 (none here, so plain
big5 must read it identically, and it must not read as UTF-8); a UTF-8
article without BOM must not start with one; two-digit discounts (79折 ->
79 %); the holidays the articles name are checked against a table (HOLIDAY)
with the 2026-2027 dates computed or written below.  Re-run (from anywhere):

    python3 dev/tools/annotate_g73_g74.py
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
    "g73_solar_power_grid": ("utf-8", b"", False, "2026-11-16", "中国能源报"),
    "g74_taiwan_food_delivery_prices": ("cp950", b"", True, "2026-11-06",
                                        "自由時報"),
}
# characters of a cp950 article that plain Big5 lacks (the ETEN extensions
# such as 碁); none in g74, so Python's plain big5 must read it identically
OUTSIDE_BIG5 = {"g74_taiwan_food_delivery_prices": []}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# Holidays the articles name, by the key in the span: mainland 国庆 10-01,
# Taiwan's 國慶 10-10 (GUIDELINES, a Taiwan text); 中秋 2026 = 八月十五 =
# 2026-09-25; 春节 2027 = 正月初一 = 2027-02-06 (the coming one in both
# articles); 元旦 2027-01-01 (the coming one); 雙11 2026-11-11.
HOLIDAY = {
    "国庆": "2026-10-01", "國慶": "2026-10-10", "中秋節": "2026-09-25",
    "春节": "2027-02-06", "春節": "2027-02-06", "元旦": "2027-01-01",
    "雙11": "2026-11-11",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g73 (2026: prefecture-level cities, 重庆 a municipality, 格尔木 and
    # 溧阳 county-level cities; foreign cities by their common name)
    "鄂尔多斯": "鄂尔多斯市", "格尔木": "格尔木市", "酒泉": "酒泉市",
    "哈密": "哈密市", "重庆": "重庆市", "乌兰察布": "乌兰察布市",
    "包头": "包头市", "阳江": "阳江市", "汕尾": "汕尾市", "深圳": "深圳市",
    "上海": "上海市", "杭州": "杭州市", "宁德": "宁德市", "溧阳": "溧阳市",
    "利雅得": "利雅得", "迪拜": "迪拜", "常州": "常州市", "盐城": "盐城市",
    "烟台": "烟台市",
    # g74 (traditional spans; Taiwan cities with 市; foreign cities by their
    # mainland standard name)
    "台北": "台北市", "台北市": "台北市", "台中市": "台中市",
    "高雄市": "高雄市", "新北": "新北市", "新北市": "新北市",
    "桃園": "桃园市", "台南": "台南市", "基隆": "基隆市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "柏林": "柏林",
    "舊金山": "旧金山", "東京": "东京", "首爾": "首尔", "新加坡": "新加坡",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "行政院主計總處": "行政院主计总处", "主計總處": "主计总处",
    "foodpanda": "foodpanda", "Uber Eats": "Uber Eats", "Uber": "Uber",
    "中華民國消費者文教基金會": "中华民国消费者文教基金会",
    "消基會": "消基会", "公平交易委員會": "公平交易委员会",
    "公平會": "公平会", "Delivery Hero": "Delivery Hero",
    "富胖達股份有限公司": "富胖达股份有限公司", "勞動部": "劳动部",
    "立法院": "立法院", "最低工資審議會": "最低工资审议会",
    "統一超商": "统一超商", "7-ELEVEN": "7-ELEVEN", "統一超": "统一超",
    "全家便利商店": "全家便利商店", "全家": "全家", "萊爾富": "莱尔富",
    "OK超商": "OK超商", "麥當勞": "麦当劳", "摩斯漢堡": "摩斯汉堡",
    "八方雲集": "八方云集", "路易莎": "路易莎", "85度C": "85度C",
    "經濟部統計處": "经济部统计处", "台北市政府勞動局": "台北市政府劳动局",
    "新北市政府": "新北市政府",
    "行政院消費者保護處": "行政院消费者保护处", "消保處": "消保处",
    "中華經濟研究院": "中华经济研究院", "中經院": "中经院",
    "台灣經濟研究院": "台湾经济研究院", "台經院": "台经院",
    "中央銀行": "中央银行",
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
        if enc == "cp950":      # Microsoft's Big5: plain Big5 agrees on
            outside = sorted({c for c in self.text   # all but the declared
                              if not enc_ok(c, "big5")})  # ETEN extensions
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            if not outside:
                assert raw.decode("big5") == self.text, f"{doc_id}: big5"
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
# g73 solar, wind and storage installations and the grid in January-October
# 2026, simplified, UTF-8 without BOM, 2026-11-16 (a Monday, ISO week
# 2026-W47), 中国能源报 (weekly); byline line 本报记者 郑雨桐 (no dateline
# city).  NEA published 上周五（11月13日）.  1—10月 is a range of months with
# one shared 月: 1 (2026-01) + 10月 (GUIDELINES 3月5-7日).
# ===========================================================================
@doc
def g73():
    d = Doc("g73_solar_power_grid")
    Y, OCT, NOV = "2026", "2026-10", "2026-11"
    ORD, GEM, JQ, CQ, SW = "鄂尔多斯市", "格尔木市", "酒泉市", "重庆市", "汕尾市"
    SZ, SH, HZ, LY, CZ, YC = ("深圳市", "上海市", "杭州市", "溧阳市",
                              "常州市", "盐城市")
    # title (a heading that opens with no city)
    d.date("[[前10个月]]全国新增光伏装机1.86亿千瓦 ", Y, "")
    d.metric("光伏装机[[1.86亿千瓦]] 新型", "1.86e8", "千瓦", "exact", "")
    d.metric("规模[[突破1.5亿千瓦]]\n", "1.5e8", "千瓦", "over", "")
    # P1 NEA statistics (no CITY)
    d.org("\n[[国家能源局]]上周五")
    d.date("国家能源局[[上周五]]（", "2026-11-13", "")
    d.date("上周五（[[11月13日]]）", "2026-11-13", "")
    d.date("发布的[[1]]—10月全国电力", "2026-01", "")
    d.date("发布的1—[[10月]]全国电力", OCT, "")
    d.date("截至[[10月底]]，全国累计", OCT, "")
    d.metric("装机容量[[约39.6亿千瓦]]", "39.6e8", "千瓦", "approx", "")
    d.metric("同比增长[[14.8%]]", "14.8", "%", "exact", "")
    d.metric("装机容量[[13.1亿千瓦]]", "13.1e8", "千瓦", "exact", "")
    d.metric("同比增长[[33.2%]]", "33.2", "%", "exact", "")
    d.metric("装机容量[[6.4亿千瓦]]", "6.4e8", "千瓦", "exact", "")
    d.metric("同比增长[[21.5%]]", "21.5", "%", "exact", "")
    d.date("[[今年前10个月]]，全国新增", Y, "")
    d.metric("光伏装机[[1.86亿千瓦]]（", "1.86e8", "千瓦", "exact", "")
    d.metric("（[[约186GW]]）", 186, "GW", "approx", "")
    d.date("较[[去年同期]]下降", "2025", "")
    d.metric("下降[[26.3%]]", "26.3", "%", "exact", "")
    d.metric("风电装机[[7850万千瓦]]", "7850e4", "千瓦", "exact", "")
    d.metric("同比增长[[9.4%]]", "9.4", "%", "exact", "")
    # P2 policy (no CITY)
    d.date("主要受[[去年上半年]]“抢装潮”", "2025", "")
    d.date("[[去年2月]]，国家发展改革委", "2025-02", "")
    d.org("，[[国家发展改革委]]、")
    d.org("、[[国家能源局]]联合发布")
    d.date("明确[[2025年6月1日]]起", "2025-06-01", "")
    d.org("。[[中国光伏行业协会]]（")
    d.org("（[[CPIA]]）")
    d.date("预计，[[今年]]全年国内", Y, "")
    d.metric("在[[2.1亿]]至2.3亿千瓦", "2.1e8", "千瓦", "exact", "",
             shared="千瓦")
    d.metric("2.1亿至[[2.3亿千瓦]]", "2.3e8", "千瓦", "exact", "")
    # P3 base projects
    d.date("[[10月下旬]]，三峡集团", OCT, ORD)
    d.org("，[[三峡集团]]在内蒙古")
    d.city("内蒙古[[鄂尔多斯]]建设")
    d.metric("二期[[800万千瓦]]光伏", "800e4", "千瓦", "exact", ORD)
    d.org("；[[国家电投]]在青海")
    d.city("青海[[格尔木]]的")
    d.metric("格尔木的[[300万千瓦]]“光伏", "300e4", "千瓦", "exact", GEM)
    d.org("项目、[[华能]]在甘肃")
    d.city("甘肃[[酒泉]]的")
    d.metric("酒泉的[[200万千瓦]]风电", "200e4", "千瓦", "exact", JQ)
    d.date("也于[[国庆]]前后", "2026-10-01", JQ)
    d.date("甘肃[[前10个月]]新增", Y, "")
    d.metric("分别为[[3260万千瓦]]", "3260e4", "千瓦", "exact", "")
    d.metric("、[[2870万千瓦]]和", "2870e4", "千瓦", "exact", "")
    d.metric("和[[1940万千瓦]]，合计", "1940e4", "千瓦", "exact", "")
    d.metric("约占全国的[[三成]]", 30, "%", "approx", "", sep="约")
    # P4 grid investment
    d.org("。[[国家电网有限公司]]（")
    d.org("以下简称“[[国家电网]]”）数据", )
    d.org("显示，[[国家电网]]前10个月")
    d.date("国家电网[[前10个月]]完成", Y, "")
    d.metric("电网投资[[5286亿元]]", "5286e8", "元", "exact", "")
    d.metric("同比增长[[8.6%]]", "8.6", "%", "exact", "")
    d.metric("首次[[突破7000亿元]]", "7000e8", "元", "over", "")
    d.org("；[[中国南方电网有限责任公司]]（")
    d.org("以下简称“[[南方电网]]”）前三")
    d.date("“南方电网”）[[前三季度]]完成", Y, "")
    d.metric("固定资产投资[[1328亿元]]", "1328e8", "元", "exact", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.org("其中[[广东电网]]完成")
    d.metric("完成投资[[612亿元]]", "612e8", "元", "exact", "")
    d.org("。[[国网能源研究院]]预计")
    d.date("到[[2030年]]，全国", "2030", "")
    d.metric("占比将[[超过六成]]", 60, "%", "over", "")
    d.org("特高压方面，[[国家电网]]建设的")
    d.city("建设的[[哈密]]—重庆")
    d.city("哈密—[[重庆]]±800")
    d.date("直流工程[[今年]]以来", Y, CQ)
    d.metric("输送电量[[超过260亿千瓦时]]", "260e8", "千瓦时", "over", CQ)
    d.city("，[[乌兰察布]]、包头")
    d.city("乌兰察布、[[包头]]等地")
    d.org("。[[南方电网]]表示")
    d.city("表示，[[阳江]]、汕尾")
    d.city("阳江、[[汕尾]]海上")
    d.date("将于[[年底]]前投运", Y, SW)
    d.city("在[[深圳]]，深圳虚拟")
    d.org("，[[深圳虚拟电厂管理中心]]接入")
    d.metric("负荷已达[[350万千瓦]]", "350e4", "千瓦", "exact", SZ)
    # P5 prices and markets
    d.org("。[[广州电力交易中心]]数据")
    d.date("现货市场[[10月]]实时", OCT, "")
    d.metric("出清价格为[[0.362元/千瓦时]]", "0.362", "元/千瓦时", "exact",
             "")
    d.metric("环比下降[[4.7%]]", "4.7", "%", "exact", "")
    d.metric("多次出现[[0.05元/千瓦时]]", "0.05", "元/千瓦时", "exact", "")
    d.metric("机制电价为[[0.225元/千瓦时]]", "0.225", "元/千瓦时", "exact",
             "")
    d.metric("江苏为[[0.332元/千瓦时]]", "0.332", "元/千瓦时", "exact", "")
    d.date("。[[11月]]起，上海", NOV, SH)
    d.city("起，[[上海]]、杭州")
    d.city("上海、[[杭州]]等地")
    d.org("，[[国网上海市电力公司]]公布")
    d.date("公布的[[11月]]代理购电", NOV, HZ)
    d.metric("代理购电价格为[[0.487元/千瓦时]]", "0.487", "元/千瓦时",
             "exact", HZ)
    d.date("较[[上月]]下降", OCT, HZ)
    d.metric("下降[[1.6%]]。", "1.6", "%", "exact", HZ)
    d.org("。[[北京电力交易中心]]统计")
    d.date("统计，[[1]]—10月全国电力市场", "2026-01", "")
    d.date("统计，1—[[10月]]全国电力市场", OCT, "")
    d.metric("交易电量[[5.32万亿千瓦时]]", "5.32e12", "千瓦时", "exact", "")
    d.metric("同比增长[[7.8%]]", "7.8", "%", "exact", "")
    d.metric("用电量的[[63.5%]]", "63.5", "%", "exact", "")
    # P6 storage and battery makers
    d.date("截至[[10月底]]，全国已建成", OCT, "")
    d.metric("规模达[[1.52亿千瓦]]/", "1.52e8", "千瓦", "exact", "")
    d.metric("/[[3.86亿千瓦时]]，较去年底", "3.86e8", "千瓦时", "exact", "")
    d.date("较[[去年底]]增长", "2025", "")
    d.metric("增长[[约45%]]", 45, "%", "approx", "")
    d.metric("储能时长[[2.54小时]]", "2.54", "小时", "exact", "")
    d.org("。[[高工产业研究院]]（")
    d.org("（[[GGII]]）")
    d.date("统计，[[前三季度]]全球", Y, "")
    d.metric("出货量达[[412GWh]]", 412, "GWh", "exact", "")
    d.metric("同比增长[[58%]]", 58, "%", "exact", "")
    d.metric("占比[[超过九成]]", 90, "%", "over", "")
    d.org("，[[宁德时代]]、比亚迪")
    d.org("、[[比亚迪]]、")
    d.org("、[[亿纬锂能]]、")
    d.org("、[[海辰储能]]位列")
    d.org("。[[宁德时代]]在福建")
    d.city("福建[[宁德]]、江苏")
    d.city("江苏[[溧阳]]的")
    d.org("，[[阳光电源]]、")
    d.org("、[[华为数字能源]]等企业")
    d.date("已排至[[明年二季度]]", "2027-Q2", LY)
    d.date("已由[[年初]]的0.26", Y, "")
    d.metric("年初的[[0.26元/Wh]]", "0.26", "元/Wh", "exact", "")
    d.metric("涨至[[0.30元/Wh左右]]", "0.3", "元/Wh", "approx", "")
    # P7 manufacturing, exports, wind
    d.org("。[[InfoLink Consulting]]上周")
    d.date("InfoLink Consulting[[上周]]发布", "2026-W46", "")
    d.metric("均价为[[5.4万元/吨]]", "5.4e4", "元/吨", "exact", "")
    d.date("较[[年初]]上涨", Y, "")
    d.metric("上涨[[约38%]]", 38, "%", "approx", "")
    d.metric("回升至[[0.72元/瓦]]", "0.72", "元/瓦", "exact", "")
    d.org("财报，[[隆基绿能]]、")
    d.org("、[[通威股份]]、")
    d.org("通威股份、[[晶科能源]]、")
    d.org("晶科能源、[[天合光能]]、")
    d.org("、[[晶澳科技]]五家")
    d.date("龙头企业[[第三季度]]合计", "2026-Q3", "")
    d.metric("亏损[[约18.6亿元]]", "18.6e8", "元", "approx", "")
    d.date("较[[二季度]]收窄", "2026-Q2", "")
    d.metric("收窄[[超过六成]]", 60, "%", "over", "")
    d.org("。[[海关总署]]数据")
    d.date("显示，[[1]]—10月我国", "2026-01", "")
    d.date("显示，1—[[10月]]我国", OCT, "")
    d.metric("组件出口[[约198GW]]", 198, "GW", "approx", "")
    d.metric("同比增长[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("出口额[[约186.5亿美元]]", "186.5e8", "美元", "approx", "")
    d.metric("同比下降[[9.8%]]", "9.8", "%", "exact", "")
    d.metric("分别增长[[41%]]和", 41, "%", "exact", "")
    d.metric("和[[67%]]。", 67, "%", "exact", "")
    d.org("。[[晶科能源]]、阿特斯")
    d.org("、[[阿特斯]]近期")
    d.city("沙特[[利雅得]]、")
    d.city("阿联酋[[迪拜]]等地")
    d.city("江苏[[常州]]的")
    d.org("的[[天合光能]]表示")
    d.date("已于[[9月]]投产", "2026-09", CZ)
    d.org("，[[金风科技]]、")
    d.org("、[[远景能源]]、")
    d.org("、[[明阳智能]]前三季度")
    d.date("明阳智能[[前三季度]]国内", Y, YC)
    d.metric("合计[[超过85GW]]", 85, "GW", "over", YC)
    d.city("江苏[[盐城]]、")
    d.city("山东[[烟台]]的")
    # P8 outlook (no CITY)
    d.org("\n[[中国电力企业联合会]]（")
    d.org("（[[中电联]]）")
    d.date("总体平衡，[[四季度]]全社会", "2026-Q4", "")
    d.metric("同比增长[[约5.5%]]", "5.5", "%", "approx", "")
    d.metric("有望[[突破10.8万亿千瓦时]]", "10.8e12", "千瓦时", "over", "")
    d.org("。[[国家能源局]]有关负责人")
    d.date("将在[[年底]]前出台", Y, "")
    d.date("做好[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]期间", "2027-02-06", "")
    d.date("确保[[明年春节]]前", "2027-02-06", "")
    d.org("。[[华北电力大学经济与管理学院]]一位")
    d.date("随着[[2027年]]“沙戈荒”", "2027", "")
    audit = {
        "cities": ["鄂尔多斯", "格尔木", "酒泉", "哈密", "重庆", "乌兰察布",
                   "包头", "阳江", "汕尾", "深圳", "上海", "杭州", "宁德",
                   "溧阳", "利雅得", "迪拜", "常州", "盐城", "烟台", "广州",
                   "北京", "广东", "内蒙古", "新疆", "甘肃", "青海", "山东",
                   "山西", "江苏", "福建", "沙特", "阿联酋", "印度尼西亚",
                   "中东", "非洲"],
        "excluded": [
            # provinces and countries
            "在[[内蒙古]]鄂尔多斯", "[[青海]]格尔木", "在[[甘肃]]酒泉",
            "[[新疆]]、内蒙古", "新疆、[[内蒙古]]、", "内蒙古、[[甘肃]]前",
            "[[广东]]电力现货", "[[山东]]、山西", "山东、[[山西]]等省份",
            "，[[山东]]光伏", "，[[江苏]]为", "[[福建]]宁德", "[[江苏]]溧阳",
            "在[[沙特]]利雅得", "[[阿联酋]]迪拜", "在[[印度尼西亚]]的",
            "位于[[江苏]]常州", "，[[江苏]]盐城", "[[山东]]烟台",
            "对[[中东]]、", "、[[非洲]]出口",
        ],
        # 136号文 (a document number), ±800千伏 (a voltage class, a
        # technology name like 3纳米)
        "numbers_excluded": ["“[[136号文]]”", "[[±800千伏]]特高压"],
        # 十五五 (the plan period), 二期 (phase two), 五家 (a collective
        # label for the list just given), 前四 (a rank after 位列), 一批,
        # 一位 (indefinite), 第二批 (an ordinal)
        "cn_excluded": ["“[[十五五]]”", "基地[[二]]期", "[[五]]家龙头",
                        "位列前[[四]]", "前[[一]]批", "学院[[一]]位",
                        "第[[二]]批"],
        # TOPCon (a cell technology)
        "latin_excluded": ["[[TOPCon]]组件"],
        "words_excluded": {"全年": 3, "之年": 1, "日前": 1, "调节": 2,
                           "今冬明春": 1, "明确": 1, "上市公司": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"企业": 4, "公司": 1, "电网": 3,
                              "研究院": 0, "协会": 0, "交易中心": 0,
                              "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g74 food delivery fees and October consumer prices, traditional, Big5 as
# Taiwan writes it (cp950; every character is also in plain Big5),
# 2026-11-06 (a Friday, ISO week 2026-W45), 自由時報; byline 〔記者陳怡君／
# 台北報導〕, 主計總處 published 昨（5）日.  A Taiwan text (新台幣, 民國):
# bare 112年 ... 116年 are ROC years; 國慶 is 10-10.
# ===========================================================================
@doc
def g74():
    d = Doc("g74_taiwan_food_delivery_prices")
    Y, OCT = "2026", "2026-10"
    TP, TC, KH, TN, NT = "台北市", "台中市", "高雄市", "台南市", "新北市"
    BER, CY = "柏林", "嘉义市"
    # title (a heading that opens with no city)
    d.date(" [[10月]]CPI年增", OCT, "")
    d.metric("CPI年增[[1.82%]]\n", "1.82", "%", "exact", "")
    # P1 the byline sentence (to the first ；) names 台北
    d.city("／[[台北]]報導")
    d.org("〕[[行政院主計總處]]昨")
    d.date("主計總處[[昨（5）日]]公布", "2026-11-05", TP)
    d.date("公布[[10月]]消費者", OCT, TP)
    d.metric("年增[[1.82%]]，連續", "1.82", "%", "exact", TP)
    d.metric("低於[[2%]]警戒線", 2, "%", "exact", TP)
    d.metric("外食費年增[[3.71%]]", "3.71", "%", "exact", "")
    d.metric("外送服務費年增[[8.4%]]", "8.4", "%", "exact", "")
    d.date("創[[113年]]納入統計", "2024", "")
    d.org("。[[主計總處]]指出")
    d.date("指出，[[今年前10月]]CPI", Y, "")
    d.metric("平均年增[[1.79%]]", "1.79", "%", "exact", "")
    d.metric("核心CPI年增[[1.68%]]", "1.68", "%", "exact", "")
    d.date("預估[[115年]]全年", Y, "")
    d.metric("年增率[[約1.8%]]", "1.8", "%", "approx", "")
    # P2 analysis, cities
    d.org("\n[[主計總處]]分析")
    d.date("分析，[[中秋節]]及", "2026-09-25", "")
    d.date("及[[國慶]]連假", "2026-10-10", "")
    d.metric("漲幅[[逾3%]]", 3, "%", "over", "")
    d.date("。[[10月]]蔬菜價格", OCT, "")
    d.metric("年減[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("水果年增[[5.6%]]", "5.6", "%", "exact", "")
    d.city("看，[[台北市]]外食費")
    d.metric("外食費年增[[4.2%]]", "4.2", "%", "exact", TP)
    d.city("、[[台中市]]3.9%")
    d.metric("台中市[[3.9%]]", "3.9", "%", "exact", TC)
    d.city("、[[高雄市]]3.6%")
    d.metric("高雄市[[3.6%]]", "3.6", "%", "exact", KH)
    d.city("，[[新北]]、桃園、台南漲幅")
    d.city("新北、[[桃園]]、台南漲幅")
    d.city("新北、桃園、[[台南]]漲幅")
    d.metric("都在[[3%以上]]", 3, "%", "over", TN)
    # P3 platform fees
    d.org("。[[foodpanda]]自10月1日")
    d.date("foodpanda自[[10月1日]]起", "2026-10-01", "")
    d.metric("新台幣[[29元]]起", 29, "元", "exact", "", outer="新台幣")
    d.metric("調升至[[39元]]起", 39, "元", "exact", "")
    d.metric("金額[[不足200元]]者", 200, "元", "under", "")
    d.metric("小額訂單費[[15元]]", 15, "元", "exact", "")
    d.org("；[[Uber Eats]]則於")
    d.date("則於[[上月中旬]]調高", OCT, TP)
    d.city("調高[[台北]]、新北尖峰")
    d.city("台北、[[新北]]尖峰")
    d.metric("幅度達[[10%]]至15%", 10, "%", "exact", NT)
    d.metric("10%至[[15%]]。", 15, "%", "exact", NT)
    d.org("。[[中華民國消費者文教基金會]]（")
    d.org("（[[消基會]]）調查")
    d.metric("一份[[100元]]的便當", 100, "元", "exact", "")
    d.metric("平均實付[[168元]]", 168, "元", "exact", "")
    d.metric("價差[[近7成]]", 70, "%", "approx", "")
    # P4 Fair Trade Commission, platforms
    d.org("\n[[公平交易委員會]]（")
    d.org("（[[公平會]]）113年")
    d.date("（公平會）[[113年12月]]以", "2024-12", "")
    d.org("禁止[[Uber]]併購")
    d.org("併購[[Delivery Hero]]旗下")
    d.org("旗下[[foodpanda]]在台")
    d.org("營運商[[富胖達股份有限公司]]")
    d.metric("，[[兩]]大平台", 2, "", "exact", "")
    d.org("。[[公平會]]昨日")
    d.date("公平會[[昨日]]表示", "2026-11-05", "")
    d.metric("新台幣[[5,000萬元]]罰鍰", "5000e4", "元", "exact", "",
             outer="新台幣")
    d.org("。[[公平會]]今年8月")
    d.date("公平會[[今年8月]]公布", "2026-08", "")
    d.org("指出，[[foodpanda]]與Uber Eats")
    d.org("foodpanda與[[Uber Eats]]合計")
    d.metric("市占率[[逾9成]]", 90, "%", "over", "")
    d.date("自[[民國112年]]起", "2023", "")
    d.metric("已[[突破千億元]]", "1e11", "元", "over", "")
    d.city("位於[[柏林]]的")
    d.org("柏林的[[Delivery Hero]]本週")
    d.date("Delivery Hero[[本週]]公布", "2026-W45", BER)
    d.date("公布[[第3季]]財報", "2026-Q3", BER)
    d.metric("（GMV）年增[[6.5%]]", "6.5", "%", "exact", BER)
    d.org("；[[Uber]]也在")
    d.city("也在[[舊金山]]舉行")
    # P5 Ministry of Labor, minimum wage
    d.org("\n[[勞動部]]昨日")
    d.date("勞動部[[昨日]]也公布", "2026-11-05", NT)
    d.metric("外送員[[約14.6萬人]]", "14.6e4", "人", "approx", NT)
    d.city("其中[[新北市]]最多")
    d.city("其次為[[台北市]]及")
    d.city("及[[台中市]]；")
    d.metric("收入者占[[38.5%]]", "38.5", "%", "exact", "")
    d.metric("平均工作[[8.2小時]]", "8.2", "小时", "exact", "")
    d.metric("平均收入[[約3萬4,200元]]", "34200", "元", "approx", "")
    d.date("較[[112年]]調查", "2023", "")
    d.metric("增加[[6.1%]]。", "6.1", "%", "exact", "")
    d.org("。[[勞動部]]表示")
    d.org("已送[[立法院]]審議")
    d.org("；[[最低工資審議會]]今年9月")
    d.date("審議會[[今年9月]]決議", "2026-09", "")
    d.date("決議，[[116年1月1日]]起", "2027-01-01", "")
    d.metric("月薪由[[2萬9,500元]]", "29500", "元", "exact", "")
    d.metric("調升至[[3萬300元]]", "30300", "元", "exact", "")
    d.metric("時薪由[[196元]]", 196, "元", "exact", "")
    d.metric("調升至[[202元]]", 202, "元", "exact", "")
    # P6 convenience stores (no CITY)
    d.org("。[[統一超商]]（")
    d.org("（[[7-ELEVEN]]）")
    d.date("（7-ELEVEN）[[昨日]]公布", "2026-11-05", "")
    d.date("公布[[10月]]營收新台幣", OCT, "")
    d.metric("新台幣[[285.6億元]]", "285.6e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[5.2%]]", "5.2", "%", "exact", "")
    d.date("，[[前10月]]累計營收", Y, "")
    d.metric("累計營收[[2,748.3億元]]", "2748.3e8", "元", "exact", "")
    d.metric("年增[[4.9%]]", "4.9", "%", "exact", "")
    d.org("；[[統一超]]表示")
    d.metric("已[[超過6,300家]]", 6300, "家", "over", "")
    d.date("，[[10月]]外送訂單量", OCT, "")
    d.date("較[[去年同期]]成長", "2025-10", "")
    d.metric("成長[[32%]]", 32, "%", "exact", "")
    d.org("。[[全家便利商店]]10月")
    d.date("全家便利商店[[10月]]營收", OCT, "")
    d.metric("營收[[97.8億元]]", "97.8e8", "元", "exact", "")
    d.metric("年增[[4.6%]]", "4.6", "%", "exact", "")
    d.org("，[[全家]]與foodpanda")
    d.org("全家與[[foodpanda]]、")
    d.org("foodpanda、[[Uber Eats]]合作")
    d.metric("全台[[逾4,200家]]", 4200, "家", "over", "")
    d.org("；[[萊爾富]]、")
    d.org("、[[OK超商]]也")
    d.metric("滿[[299元]]免運", 299, "元", "exact", "")
    d.date("搶攻[[雙11]]商機", "2026-11-11", "")
    d.org("，[[foodpanda]]則祭出")
    d.metric("指定餐廳[[79折]]", 79, "%", "exact", "")
    # P7 restaurant chains, restaurant revenue (no CITY)
    d.org("。[[麥當勞]]、")
    d.org("、[[摩斯漢堡]]、")
    d.org("、[[八方雲集]]今年")
    d.date("八方雲集[[今年]]以來", Y, "")
    d.metric("漲幅[[3%]]至8%", 3, "%", "exact", "")
    d.metric("3%至[[8%]]；", 8, "%", "exact", "")
    d.org("品牌[[路易莎]]、")
    d.org("、[[85度C]]也")
    d.date("也自[[11月]]起", "2026-11", "")
    d.metric("高出[[15%]]至20%", 15, "%", "exact", "")
    d.metric("15%至[[20%]]。", 20, "%", "exact", "")
    d.org("。[[經濟部統計處]]公布")
    d.date("公布，[[9月]]餐飲業", "2026-09", "")
    d.metric("新台幣[[896.2億元]]", "896.2e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[3.4%]]", "3.4", "%", "exact", "")
    d.date("，[[前9月]]累計", Y, "")
    d.metric("營業額[[7,958億元]]", "7958e8", "元", "exact", "")
    d.date("較[[114年同期]]成長", "2025", "")
    d.metric("成長[[4.1%]]。", "4.1", "%", "exact", "")
    # P8 local governments
    d.org("。[[台北市政府勞動局]]自")
    d.date("勞動局自[[11月1日]]起", "2026-11-01", "")
    d.metric("最高補助[[3,000元]]", 3000, "元", "exact", "")
    d.org("；[[新北市政府]]編列")
    d.metric("編列[[1,200萬元]]", "1200e4", "元", "exact", "")
    d.date("預計[[今年底]]前", Y, "")
    d.metric("完成[[1萬人次]]受訓", "1e4", "人次", "exact", "")
    d.city("。[[基隆]]、新竹市")
    d.city("、[[新竹市]]、")
    d.city("、[[嘉義市]]也")
    d.date("計畫於[[明年上半年]]推出", "2027", CY)
    d.org("。[[行政院消費者保護處]]（")
    d.org("（[[消保處]]）")
    # P9 outlook
    d.org("，[[中華經濟研究院]]（")
    d.org("（[[中經院]]）")
    d.date("預估，[[明年]]CPI", "2027", "")
    d.metric("年增率[[約1.7%]]", "1.7", "%", "approx", "")
    d.org("；[[台灣經濟研究院]]（")
    d.org("（[[台經院]]）")
    d.date("提醒，[[年底]]至明年", Y, "")
    d.date("至[[明年農曆春節]]前", "2027-02-06", "")
    d.org("。[[中央銀行]]將於")
    d.date("將於[[12月17日]]召開", "2026-12-17", "")
    d.date("召開[[第4季]]理監事會", "2026-Q4", "")
    d.org("。[[勞動部]]預計")
    d.date("預計[[下週一]]（", "2026-11-09", "")
    d.date("下週一（[[9日]]）", "2026-11-09", "")
    d.org("；[[消基會]]也呼籲")
    d.city("相較[[東京]]、")
    d.city("、[[首爾]]、")
    d.city("首爾、[[新加坡]]等")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "柏林", "舊金山",
                   "東京", "首爾", "新加坡", "台灣", "臺灣", "全台", "雙北",
                   "縣市", "城市", "德國", "美國", "亞洲"],
        "excluded": [
            # Taiwan (a market, not a city), 全台
            "，[[台灣]]市場商品", "投資[[台灣]]市場", "，[[台灣]]外送費",
            "，[[全台]]外送員", "，[[全台]]逾4,200", "分[[縣市]]看",
            "等[[亞洲城市]]，",
        ],
        # 連續3個月, 連續30個月 (durations), 7日前 (advance notice, a
        # duration, no DATE)
        "numbers_excluded": ["[[連續3個月]]低於", "[[連續30個月]]漲幅",
                             "須於[[7日前]]公告"],
        # 一般 (ordinary), 一份 (indefinite)
        "cn_excluded": ["將[[一]]般", "，[[一]]份"],
        # CPI (x6), GMV
        "latin_excluded": ["（[[GMV]]）"],
        "words_excluded": {"CPI": 6, "年增": 15, "年減": 1, "全年": 1,
                           "每日": 1, "每月": 1, "月薪": 1, "明定": 1,
                           "旺季": 1, "說明": 1},
        # generic heads outside ORG rows: 外送平台, 業者, 外送員工會,
        # 地方政府, 超商 (the trade)
        "orgwords_excluded": {"平台": 11, "業者": 3, "工會": 1,
                              "政府": 1, "超商": 1, "餐廳": 2},
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
        print("%-32s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-32s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
