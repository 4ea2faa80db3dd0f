#!/usr/bin/env python3
"""Gold annotation for the held-out articles g61_internet_platforms_earnings
and g62_hk_property_land (annotator M).

Adapted from heldout/tools/annotate_x.py (through its copies annotate_p.py,
annotate_q.py and annotate_r.py in heldout/tools/, which keep its checks).
Each mention is located by a short context string in which the span is
marked with [[ ]]; the context must occur exactly `n` times in the article
and one row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded: g61 is simplified (mainland, 证券日报,
2026-11-21), UTF-8 without BOM; g62 is traditional (Hong Kong, 星島日報,
2026-11-06), stored as UTF-8 WITH a BOM, which is removed before offsets are
counted.  g62's `text` is the traditional original; `normalized` (ORG/CITY)
and `unit` are simplified (OpenCC t2s; mainland cities by their official
name with 市).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_p/q/r, tools, corpus, gold) as precedents.  Decisions:
dev/NOTES_g61_g62.md.  Reference dates: corpus/manifest.csv; the
script checks only its own two rows, so it also runs next to other
annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, BOM handling,
offsets, overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings and ORG strings), with annotate_p.py's bare magnitude (亿元以上) and
annotate_r.py's `orgstring_excluded` audit list.  Re-run (from anywhere):

    python3 dev/tools/annotate_g61_g62.py
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
# doc_id -> (encoding, BOM bytes, traditional, published, source)
DOC_FORMAT = {
    "g61_internet_platforms_earnings": ("utf-8", b"", False, "2026-11-21",
                                        "证券日报"),
    "g62_hk_property_land": ("utf-8", BOM8, True, "2026-11-06", "星島日報"),
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g61 (2026; prefecture-level cities, municipalities; foreign cities)
    "深圳": "深圳市", "上海": "上海市", "杭州": "杭州市", "成都": "成都市",
    "北京": "北京市", "广州": "广州市", "武汉": "武汉市",
    "利雅得": "利雅得", "吉达": "吉达", "达曼": "达曼", "多哈": "多哈",
    "迪拜": "迪拜", "阿布扎比": "阿布扎比", "圣保罗": "圣保罗",
    "伦敦": "伦敦", "马德里": "马德里",
    # g62 (traditional spans)
    "香港": "香港", "新加坡": "新加坡", "倫敦": "伦敦", "悉尼": "悉尼",
    "廣州": "广州市", "東莞": "东莞市", "惠州": "惠州市", "珠海": "珠海市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "新地": "新地", "恒基": "恒基", "信置": "信置", "星島日報": "星岛日报",
    "地政總署": "地政总署", "新鴻基地產": "新鸿基地产",
    "恒基兆業地產": "恒基兆业地产", "信和置業": "信和置业",
    "長實集團": "长实集团", "會德豐地產": "会德丰地产",
    "華潤置地": "华润置地", "中國海外發展": "中国海外发展",
    "第一太平戴維斯": "第一太平戴维斯", "萊坊": "莱坊", "發展局": "发展局",
    "美國聯儲局": "美国联储局", "香港銀行公會": "香港银行公会",
    "滙豐": "汇丰", "中銀香港": "中银香港", "恒生銀行": "恒生银行",
    "渣打銀行": "渣打银行", "香港金融管理局": "香港金融管理局",
    "金管局": "金管局", "經絡按揭轉介研究部": "经络按揭转介研究部",
    "聯儲局": "联储局", "一手住宅物業銷售監管局": "一手住宅物业销售监管局",
    "銷監局": "销监局", "土地註冊處": "土地注册处",
    "中原地產研究部": "中原地产研究部", "中原": "中原",
    "差餉物業估價署": "差饷物业估价署", "差估署": "差估署",
    "美聯物業": "美联物业", "利嘉閣地產": "利嘉阁地产", "屋宇署": "屋宇署",
    "房屋局": "房屋局", "中原地產": "中原地产", "入境事務處": "入境事务处",
    "深圳市住房和建設局": "深圳市住房和建设局",
    "城市規劃委員會": "城市规划委员会", "城規會": "城规会",
}
def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s
class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc, bom, self.traditional, self.published, self.source = \
            DOC_FORMAT[doc_id]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM expected"
            raw = raw[len(bom):]
        else:
            assert not raw.startswith(BOM8), f"{doc_id}: no BOM"
        self.text = raw.decode(enc)                 # strict: must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        if enc != "utf-8":                          # a real legacy codec
            try:
                raw.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
        if enc == "cp950":                          # plain Big5 agrees
            assert raw.decode("big5") == self.text, f"{doc_id}: big5"
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
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
# g61 internet platforms' third-quarter results, simplified, UTF-8 (no
# BOM), 2026-11-21 (a Saturday, ISO week 2026-W47), 证券日报; byline
# 本报记者 … (no organization named in it).  昨日 = 2026-11-20 (Friday);
# 同日 after 11月18日 = 2026-11-18; 本周 = 2026-W47; 明年春节 2027-02-06.
# Quarters: the results are for 2026-Q3; 去年同期 after 三季度 is 2025-Q3.
# ===========================================================================
@doc
def g61():
    d = Doc("g61_internet_platforms_earnings")
    SZ, SH, WH, BJ = "深圳市", "上海市", "武汉市", "北京市"
    Q2, Q3, Q4 = "2026-Q2", "2026-Q3", "2026-Q4"
    Y = "2026-11-20"
    # title (a heading line that opens with no city)
    d.date("平台[[三季度]]财报收官", Q3, "")
    d.org("收官：[[阿里云]]收入")
    d.metric("收入增长[[31%]] 腾讯", 31, "%", "exact", "")
    d.org("31% [[腾讯]]经调整")
    d.metric("净利润增[[18%]]\n", 18, "%", "exact", "")
    # lead
    d.org("随着[[阿里巴巴集团]]于昨日")
    d.date("于[[昨日]]（11月20日）", Y, "")
    d.date("昨日（[[11月20日]]）盘后", Y, "")
    d.date("披露截至[[9月30日]]的季度业绩", "2026-09-30", "")
    d.date("互联网平台[[2026年第三季度]]财报", Q3, "")
    d.org("《[[证券日报]]》记者")
    d.metric("上市的[[8家]]主要", 8, "家", "exact", "")
    d.date("互联网平台[[三季度]]合计实现营收", Q3, "")
    d.metric("营收[[约1.13万亿元]]", "1.13e12", "元", "approx", "")
    d.metric("同比增长[[约9.6%]]", "9.6", "%", "approx", "")
    d.date("增速较[[二季度]]提高", Q2, "")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact", "")
    d.metric("净利润[[约2160亿元]]", "2160e8", "元", "approx", "")
    d.metric("其中[[7家]]同比增长", 7, "家", "exact", "")
    d.date("主要力量，[[三季度]]外卖补贴", Q3, "")
    d.date("较[[上季度]]明显收窄", Q2, "")
    d.org("。[[国家统计局]]数据显示")
    d.date("数据显示，[[今年前三季度]]全国", "2026", "")
    d.metric("零售额达[[11.3万亿元]]", "11.3e12", "元", "exact", "")
    d.metric("同比增长[[8.7%]]。\n", "8.7", "%", "exact", "")
    # Tencent
    d.org("\n[[腾讯控股]]（以下简称")
    d.org("以下简称“[[腾讯]]”）")
    d.date("”）[[11月12日]]公布的财报", "2026-11-12", "")
    d.date("显示，[[三季度]]实现营收1982.6亿元", Q3, "")
    d.metric("营收[[1982.6亿元]]", "1982.6e8", "元", "exact", "")
    d.metric("同比增长[[14%]]，经调整", 14, "%", "exact", "")
    d.metric("归母净利润[[712.4亿元]]", "712.4e8", "元", "exact", "")
    d.date("较[[去年同期]]增长18%", "2025-Q3", "")
    d.metric("去年同期增长[[18%]]。", 18, "%", "exact", "")
    d.metric("增值服务收入[[963亿元]]", "963e8", "元", "exact", "")
    d.metric("本土市场游戏收入增长[[12%]]", 12, "%", "exact", "")
    d.metric("国际市场游戏收入增长[[24%]]", 24, "%", "exact", "")
    d.metric("营销服务收入[[384.5亿元]]", "384.5e8", "元", "exact", "")
    d.metric("同比增长[[19%]]；", 19, "%", "exact", "")
    d.metric("企业服务收入[[592亿元]]", "592e8", "元", "exact", "")
    d.metric("同比增长[[11%]]，腾讯云", 11, "%", "exact", "")
    d.org("11%，[[腾讯云]]来自")
    d.metric("同比增长[[超过一倍]]", 1, "倍", "over", "")
    d.date("截至[[9月末]]，微信", "2026-09", "")
    d.metric("账户数达[[14.32亿]]", "14.32e8", "", "exact", "")
    d.date("较[[二季度末]]增加", Q2, "")
    d.metric("增加[[约900万]]。", "900e4", "", "approx", "")
    d.city("总部位于[[深圳]]的腾讯")
    d.org("深圳的[[腾讯]]三季度")
    d.date("腾讯[[三季度]]资本开支为238亿元", Q3, SZ)
    d.metric("开支为[[238亿元]]", "238e8", "元", "exact", SZ)
    d.metric("环比增长[[约三成]]", 30, "%", "approx", SZ)
    # Alibaba
    d.org("\n[[阿里巴巴集团]]昨日公布")
    d.date("阿里巴巴集团[[昨日]]公布", Y, "")
    d.date("公布，截至[[9月30日]]的季度集团", "2026-09-30", "")
    d.metric("集团收入[[2618.4亿元]]", "2618.4e8", "元", "exact", "")
    d.metric("同比增长[[5.2%]]", "5.2", "%", "exact", "")
    d.org("已出售的[[高鑫零售]]等业务")
    d.metric("收入增长[[约13%]]", 13, "%", "approx", "")
    d.org("。[[阿里云智能集团]]收入")
    d.metric("收入达[[412亿元]]", "412e8", "元", "exact", "")
    d.metric("同比增长[[31%]]，AI", 31, "%", "exact", "")
    d.org("。[[淘天集团]]客户")
    d.metric("同比增长[[9%]]；即时", 9, "%", "exact", "")
    d.org("方面，[[淘宝闪购]]与")
    d.org("与[[饿了么]]三季度")
    d.date("饿了么[[三季度]]日均", Q3, SH)
    d.metric("订单[[超过8000万单]]", "8000e4", "单", "over", SH)
    d.date("较[[6月份]]收窄", "2026-06", SH)
    d.metric("收窄[[近一半]]", 50, "%", "approx", SH)
    d.city("其中[[上海]]、杭州")
    d.city("上海、[[杭州]]、成都")
    d.city("杭州、[[成都]]的订单")
    d.org("。[[阿里巴巴]]管理层在电话会上")
    d.date("表示，[[三季度]]集团资本开支", Q3, "")
    d.metric("资本开支为[[386亿元]]", "386e8", "元", "exact", "")
    d.org("。[[阿里国际数字商业集团]]收入")
    d.metric("收入增长[[20%]]", 20, "%", "exact", "")
    d.org("，[[菜鸟]]收入")
    d.metric("同比下降[[4%]]。", 4, "%", "exact", "")
    # JD, Meituan, food delivery
    d.org("\n[[京东集团]]11月13日")
    d.date("京东集团[[11月13日]]发布", "2026-11-13", "")
    d.date("发布财报，[[三季度]]收入3126亿元", Q3, "")
    d.metric("收入[[3126亿元]]", "3126e8", "元", "exact", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.org("其中[[京东零售]]收入")
    d.metric("零售收入[[2518亿元]]", "2518e8", "元", "exact", "")
    d.org("包括[[京东外卖]]在内")
    d.metric("经营亏损为[[87亿元]]", "87e8", "元", "exact", BJ)
    d.date("较[[二季度]]的148亿元", Q2, BJ)
    d.metric("二季度的[[148亿元]]", "148e8", "元", "exact", BJ)
    d.city("该业务在[[北京]]、广州")
    d.city("北京、[[广州]]、武汉")
    d.city("广州、[[武汉]]的订单")
    d.metric("占比[[约四成]]。京东物流", 40, "%", "approx", WH)
    d.org("。[[京东物流]]三季度")
    d.date("京东物流[[三季度]]收入", Q3, "")
    d.metric("收入[[516亿元]]", "516e8", "元", "exact", "")
    d.metric("同比增长[[13%]]。美团", 13, "%", "exact", "")
    d.org("。[[美团]]将于")
    d.date("将于[[11月28日]]发布", "2026-11-28", "")
    d.date("发布[[三季度]]业绩", Q3, "")
    d.date("其[[三季度]]收入约1010亿元", Q3, "")
    d.metric("收入[[约1010亿元]]", "1010e8", "元", "approx", "")
    d.metric("亏损或在[[60亿元左右]]", "60e8", "元", "approx", "")
    d.org("。[[市场监管总局]]今年5月")
    d.date("总局[[今年5月]]曾约谈", "2026-05", "")
    d.org("；[[中信证券]]认为")
    d.date("主要平台在[[三季度]]已普遍", Q3, "")
    d.date("预计[[四季度]]外卖行业", Q4, "")
    d.metric("再收窄[[约四成]]。", 40, "%", "approx", "")
    # overseas: Keeta, PDD / Temu
    d.org("看点。[[美团]]旗下")
    d.org("旗下[[Keeta]]目前")
    d.city("覆盖[[利雅得]]、吉达")
    d.city("利雅得、[[吉达]]、达曼")
    d.city("吉达、[[达曼]]、多哈")
    d.city("达曼、[[多哈]]和迪拜")
    d.city("多哈和[[迪拜]]等中东")
    d.date("并于[[今年10月]]在巴西", "2026-10", "迪拜")
    d.city("巴西[[圣保罗]]上线")
    d.org("。[[拼多多]]11月18日")
    d.date("拼多多[[11月18日]]公布", "2026-11-18", "")
    d.date("公布，[[三季度]]营收1163亿元", Q3, "")
    d.metric("营收[[1163亿元]]", "1163e8", "元", "exact", "")
    d.metric("同比增长[[7.9%]]", "7.9", "%", "exact", "")
    d.metric("净利润为[[301亿元]]", "301e8", "元", "exact", "")
    d.date("较[[去年同期]]下降6%", "2025-Q3", "")
    d.metric("下降[[6%]]。", 6, "%", "exact", "")
    d.org("，[[Temu]]在美国市场")
    d.city("已在[[伦敦]]、马德里")
    d.city("伦敦、[[马德里]]等城市")
    # Baidu, Kuaishou, NetEase, Bilibili
    d.date("\n[[同日]]发布财报", "2026-11-18", "")
    d.org("财报的[[百度]]三季度")
    d.date("百度[[三季度]]总营收", Q3, "")
    d.metric("总营收[[332亿元]]", "332e8", "元", "exact", "")
    d.metric("同比下降[[2%]]，但", 2, "%", "exact", "")
    d.org("但[[百度智能云]]收入")
    d.metric("收入增长[[27%]]至", 27, "%", "exact", "")
    d.metric("至[[68亿元]]；", "68e8", "元", "exact", "")
    d.metric("订单[[突破2000万单]]", "2000e4", "单", "over", WH)
    d.city("已在[[武汉]]、深圳、迪拜")
    d.city("武汉、[[深圳]]、迪拜和")
    d.city("深圳、[[迪拜]]和阿布扎比")
    d.city("迪拜和[[阿布扎比]]等地")
    d.org("。[[快手]]11月19日")
    d.date("快手[[11月19日]]公布", "2026-11-19", "")
    d.date("公布，[[三季度]]营收372.5亿元", Q3, "")
    d.metric("营收[[372.5亿元]]", "372.5e8", "元", "exact", "")
    d.metric("同比增长[[13.6%]]", "13.6", "%", "exact", "")
    d.metric("收入首次[[超过3亿元]]", "3e8", "元", "over", "")
    d.org("。[[网易]]三季度净收入")
    d.date("网易[[三季度]]净收入", Q3, "")
    d.metric("净收入[[289亿元]]", "289e8", "元", "exact", "")
    d.metric("同比增长[[8.2%]]", "8.2", "%", "exact", "")
    d.metric("增值服务收入[[236亿元]]", "236e8", "元", "exact", "")
    d.org("；[[哔哩哔哩]]（B站）")
    d.org("（[[B站]]）")
    d.date("（B站）[[三季度]]营收", Q3, "")
    d.metric("营收[[80.5亿元]]", "80.5e8", "元", "exact", "")
    d.metric("同比增长[[5%]]，日均", 5, "%", "exact", "")
    d.metric("用户达[[1.13亿]]。", "1.13e8", "", "exact", "")
    # markets and analysts
    d.org("。[[香港交易所]]数据显示")
    d.date("截至[[昨日]]收盘", Y, "")
    d.org("收盘，[[腾讯控股]]股价")
    d.metric("股价报[[632.5港元]]", "632.5", "港元", "exact", "")
    d.date("港元，[[本月]]以来", "2026-11", "")
    d.metric("累计上涨[[6.8%]]", "6.8", "%", "exact", "")
    d.org("；[[阿里巴巴]]港股昨日")
    d.date("港股[[昨日]]下跌", Y, "")
    d.metric("下跌[[3.1%]]", "3.1", "%", "exact", "")
    d.org("其在[[纽约证券交易所]]上市")
    d.metric("跌幅[[约2%]]", 2, "%", "approx", "")
    d.org("；[[拼多多]]在纳斯达克")
    d.org("在[[纳斯达克]]的股价")
    d.date("股价[[本周]]以来", "2026-W47", "")
    d.metric("下跌[[逾8%]]", 8, "%", "over", "")
    d.org("。[[摩根士丹利]]将阿里巴巴")
    d.org("将[[阿里巴巴]]的目标价")
    d.metric("上调至[[205美元]]", 205, "美元", "exact", "")
    d.org("，[[高盛]]维持腾讯")
    d.org("高盛维持[[腾讯]]“买入”")
    d.org("；[[华泰证券]]则认为")
    # fourth-quarter guidance
    d.date("展望[[四季度]]，多家", Q4, "")
    d.org("。[[京东]]预计")
    d.date("京东预计[[四季度]]收入", Q4, "")
    d.metric("同比增长[[8%]]至10%", 8, "%", "exact", "")
    d.metric("8%至[[10%]]；", 10, "%", "exact", "")
    d.org("；[[网易]]表示")
    d.date("表示，[[四季度]]将有3款", Q4, "")
    d.metric("将有[[3款]]自研", 3, "款", "exact", "")
    d.org("；[[腾讯]]管理层在业绩会上")
    d.date("表示，[[明年一季度]]将推出", "2027-Q1", "")
    d.date("功能，[[四季度]]营销服务", Q4, "")
    d.metric("保持在[[15%以上]]", 15, "%", "over", "")
    d.org("。[[QuestMobile]]数据显示")
    d.date("数据显示，[[9月]]国内移动", "2026-09", "")
    d.metric("用户规模达[[12.68亿]]", "12.68e8", "", "exact", "")
    d.metric("同比增加[[约2400万]]", "2400e4", "", "approx", "")
    d.org("。[[中金公司]]研报预计")
    d.date("预计，[[2027年]]主要平台", "2027", "")
    d.metric("合计将[[超过5000亿元]]", "5000e8", "元", "over", "")
    d.metric("贡献[[三成左右]]的增量", 30, "%", "approx", "")
    d.org("；[[中信证券]]亦提示")
    d.date("需关注[[明年春节]]前后", "2027-02-06", "")
    audit = {
        "cities": ["深圳", "上海", "杭州", "成都", "北京", "广州", "武汉",
                   "利雅得", "吉达", "达曼", "多哈", "迪拜", "阿布扎比",
                   "圣保罗", "伦敦", "马德里", "香港", "纽约", "美国",
                   "巴西", "欧洲", "拉美", "中东", "全国", "国内", "城市",
                   "港股", "美股", "全球", "本土", "国际"],
        "excluded": [
            # countries and regions; 港股/美股 (markets; 港 an abbreviation)
            "[[巴西]]圣保罗", "在[[美国]]市场", "上市的[[美国]]存托股",
            "转向[[欧洲]]和拉美", "欧洲和[[拉美]]",
        ],
        # 连续13个季度 (a duration)
        "numbers_excluded": ["连续[[13个季度]]"],
        # 三位数 (vague), 未来三年 (a duration)
        "cn_excluded": ["实现[[三位数]]增长", "[[未来三年]]将继续"],
        "latin_excluded": ["微信及[[WeChat]]合并"],
        "words_excluded": {"AI": 8, "一致": 1, "季度": 3, "日均": 2,
                           "月活跃": 2, "明显": 1, "港股": 3, "美股": 1,
                           "中东": 1, "全国": 1, "国内": 3, "城市": 2,
                           "全球": 1, "本土": 1, "国际": 1},
        "orgwords_excluded": {"公司": 3, "集团": 2, "证券": 0,
                              "交易所": 0, "总局": 0, "统计局": 0,
                              "平台": 6, "管理层": 3},
    }
    return d, audit


# ===========================================================================
# g62 Hong Kong property and land, traditional, UTF-8 WITH BOM,
# 2026-11-06 (a Friday, ISO week 2026-W45), 星島日報; opening 【星島日報報道】
# (星島日報 an ORG, as a news outlet in a byline).  昨日（5日） = 2026-11-05;
# 上周五（10月30日） = 2026-10-30; 上周六（10月31日） = 2026-10-31; 本周一
# = 2026-11-02; 本周三（4日） = 2026-11-04; 本周六（7日） = 2026-11-07;
# 上周 = 2026-W44; 聖誕 2026-12-25; 明年農曆新年 2027-02-06.
# ===========================================================================
@doc
def g62():
    d = Doc("g62_hk_property_land")
    HK, SG, SZ = "香港", "新加坡", "深圳市"
    Y = "2026-11-05"
    # title (not a heading: the comma of 7,380)
    d.metric("住宅地[[39.8億]]批出", "39.8e8", "", "exact", "")
    d.org("批出 [[新地]]恒基")
    d.org("新地[[恒基]]信置")
    d.org("恒基[[信置]]財團")
    d.metric("樓面地價[[約7,380元]]\n", 7380, "元", "approx", "")
    # the Kai Tak land sale
    d.org("【[[星島日報]]報道】")
    d.org("報道】[[地政總署]]昨日")
    d.date("地政總署[[昨日]]（5日）", Y, "")
    d.date("昨日（[[5日]]）公布", Y, "")
    d.metric("以[[39.8億元]]批出", "39.8e8", "元", "exact", "")
    d.org("由[[新鴻基地產]]（新地）")
    d.org("（[[新地]]）、恒基")
    d.org("、[[恒基兆業地產]]（")
    d.org("（[[恒基]]）及")
    d.org("及[[信和置業]]（")
    d.org("（[[信置]]）組成")
    d.metric("每方呎樓面地價[[約7,380元]]，", 7380, "元", "approx", "")
    d.metric("上限高[[約6%]]", 6, "%", "approx", "")
    d.date("較[[2021年]]同區", "2021", "")
    d.metric("呎價低[[約四成]]", 40, "%", "approx", "")
    d.metric("佔地[[約7.2萬方呎]]", "7.2e4", "方呎", "approx", "")
    d.metric("樓面[[約53.9萬方呎]]", "53.9e4", "方呎", "approx", "")
    d.metric("提供[[約780伙]]", 780, "伙", "approx", "")
    d.org("。[[地政總署]]上周五")
    d.date("地政總署[[上周五]]（10月30日）", "2026-10-30", "")
    d.date("上周五（[[10月30日]]）截標", "2026-10-30", "")
    d.metric("接獲[[9份]]標書", 9, "份", "exact", "")
    d.org("包括[[長實集團]]、")
    d.org("、[[會德豐地產]]、華潤")
    d.org("、[[華潤置地]]及")
    d.org("及[[中國海外發展]]等")
    # reactions, the land sale programme
    d.date("預計於[[2030年]]落成", "2030", "")
    d.org("。[[新地]]代表指")
    d.metric("增至[[約180萬方呎]]樓面", "180e4", "方呎", "approx", "")
    d.org("。[[第一太平戴維斯]]認為")
    d.city("發展商對[[香港]]樓市")
    d.org("；[[萊坊]]則指出")
    d.date("指出，[[今年]]以來政府", "2026", "")
    d.metric("共批出[[5幅]]住宅地", 5, "幅", "exact", "")
    d.metric("總地價[[約142億元]]", "142e8", "元", "approx", "")
    d.date("較[[去年同期]]減少約12%", "2025", "")
    d.metric("減少[[約12%]]", 12, "%", "approx", "")
    d.org("。[[發展局]]表示")
    d.date("表示，[[10月]]至12月", "2026-10", "")
    d.date("10月至[[12月]]的賣地", "2026-12", "")
    d.metric("將推出[[2幅]]住宅地", 2, "幅", "exact", "")
    d.date("預計[[本季]]可提供", "2026-Q4", "")
    d.metric("提供[[約3,150伙]]", 3150, "伙", "approx", "")
    # interest rates and mortgages
    d.org("息口方面，[[美國聯儲局]]上月底")
    d.date("美國聯儲局[[上月底]]宣布", "2026-10", "")
    d.metric("減息[[0.25厘]]後", "0.25", "厘", "exact", "")
    d.org("。[[香港銀行公會]]資料")
    d.date("（HIBOR）[[昨日]]報", Y, "")
    d.metric("報[[3.08厘]]", "3.08", "厘", "exact", "")
    d.date("較[[上周五]]回落", "2026-10-30", "")
    d.metric("回落[[0.21厘]]", "0.21", "厘", "exact", "")
    d.date("仍較[[9月底]]高", "2026-09", "")
    d.metric("高[[約0.3厘]]", "0.3", "厘", "approx", "")
    d.org("。[[滙豐]]、中銀香港")
    d.org("滙豐、[[中銀香港]]及")
    d.org("及[[恒生銀行]]的")
    d.metric("維持在[[5.25厘]]", "5.25", "厘", "exact", "")
    d.org("，[[渣打銀行]]則為")
    d.metric("則為[[5.5厘]]", "5.5", "厘", "exact", "")
    d.metric("H+[[1.3厘]]", "1.3", "厘", "exact", "")
    d.metric("封頂P-[[1.75厘]]", "1.75", "厘", "exact", "")
    d.metric("實際息率為[[3.5厘]]", "3.5", "厘", "exact", "")
    d.date("供款較[[年初]]減少", "2026", "")
    d.metric("減少[[約4%]]。", 4, "%", "approx", "")
    d.org("。[[香港金融管理局]]（金管局）")
    d.org("（[[金管局]]）上月")
    d.date("（金管局）[[上月]]公布", "2026-10", "")
    d.date("公布，[[9月份]]新批", "2026-09", "")
    d.metric("宗數為[[1.28萬宗]]", "1.28e4", "宗", "exact", "")
    d.metric("按月增加[[12.4%]]", "12.4", "%", "exact", "")
    d.metric("金額[[約598億元]]", "598e8", "元", "approx", "")
    d.metric("新批按揭[[約82%]]", 82, "%", "approx", "")
    d.org("。[[經絡按揭轉介研究部]]預計")
    d.org("若[[聯儲局]]12月")
    d.date("聯儲局[[12月]]再減息", "2026-12", "")
    d.date("或於[[明年首季]]下調", "2027-Q1", "")
    d.metric("利率[[0.125厘]]。", "0.125", "厘", "exact", "")
    d.org("。[[中銀香港]]則由")
    d.date("則由[[本周一]]起", "2026-11-02", "")
    d.metric("貸款額的[[1.8%]]", "1.8", "%", "exact", "")
    # new flats
    d.org("。[[長實集團]]旗下將軍澳")
    d.date("「星灣匯」[[上周六]]（10月31日）", "2026-10-31", "")
    d.date("上周六（[[10月31日]]）首輪", "2026-10-31", "")
    d.metric("推售[[288伙]]", 288, "伙", "exact", "")
    d.date("288伙，[[即日]]沽清", "2026-10-31", "")
    d.metric("登記[[約9倍]]", 9, "倍", "approx", "")
    d.metric("折實呎價[[約1.82萬元]]", "1.82e4", "元", "approx", "")
    d.metric("入場費[[約418萬元]]", "418e4", "元", "approx", "")
    d.org("；[[會德豐地產]]旗下油塘")
    d.date("「翠嶺峰」[[昨日]]加推", Y, "")
    d.metric("加推[[126伙]]", 126, "伙", "exact", "")
    d.metric("平均呎價[[19,380元]]", 19380, "元", "exact", "")
    d.metric("加價[[約3%]]。", 3, "%", "approx", "")
    d.org("。[[新地]]啟德「啟薈」")
    d.date("計劃[[本周六]]（7日）", "2026-11-07", "")
    d.date("本周六（[[7日]]）開售", "2026-11-07", "")
    d.metric("由[[約286方呎]]至", 286, "方呎", "approx", "")
    d.metric("至[[約1,020方呎]]。", 1020, "方呎", "approx", "")
    d.org("。[[一手住宅物業銷售監管局]]（")
    d.org("（[[銷監局]]）資料")
    d.date("顯示，[[10月份]]新盤", "2026-10", "")
    d.metric("成交[[約2,180宗]]", 2180, "宗", "approx", "")
    d.metric("按月增加[[約28%]]", 28, "%", "approx", "")
    d.date("，[[今年首十個月]]累計約1.72萬宗", "2026", "")
    d.metric("累計[[約1.72萬宗]]", "1.72e4", "宗", "approx", "")
    d.date("已超越[[去年]]全年水平", "2025", "")
    # registrations and price indices
    d.org("\n[[土地註冊處]]數字")
    d.date("顯示，[[10月份]]全港", "2026-10", "")
    d.metric("登記[[5,412宗]]", 5412, "宗", "exact", "")
    d.metric("按月增加[[6.3%]]", "6.3", "%", "exact", "")
    d.metric("按年增加[[18.5%]]", "18.5", "%", "exact", "")
    d.metric("金額[[約452億元]]", "452e8", "元", "approx", "")
    d.date("創[[2021年7月]]以來", "2021-07", "")
    d.org("樓價方面，[[中原地產研究部]]最新")
    d.org("公布的[[中原]]城市領先指數")
    d.metric("CCL報[[138.62點]]", "138.62", "点", "exact", "")
    d.metric("按周升[[0.4%]]", "0.4", "%", "exact", "")
    d.date("0.4%，[[今年]]以來累升", "2026", "")
    d.metric("累升[[約3.1%]]", "3.1", "%", "approx", "")
    d.org("；[[差餉物業估價署]]（差估署）")
    d.org("（[[差估署]]）上周")
    d.date("（差估署）[[上周]]公布", "2026-W44", "")
    d.date("公布，[[9月份]]私人住宅", "2026-09", "")
    d.metric("指數報[[291.3點]]", "291.3", "点", "exact", "")
    d.metric("按月升[[0.6%]]", "0.6", "%", "exact", "")
    d.org("。[[美聯物業]]首席分析師")
    d.metric("回升至[[約3.8%]]", "3.8", "%", "approx", SG)
    d.city("高於[[新加坡]]、倫敦")
    d.city("、[[倫敦]]及悉尼")
    d.city("及[[悉尼]]，吸引")
    d.org("；[[利嘉閣地產]]則統計")
    d.date("統計，[[11月1日]]至5日", "2026-11-01", "")
    d.date("11月1日至[[5日]]十大", "2026-11-05", "")
    d.metric("5日[[十]]大屋苑", 10, "", "exact", "")
    d.metric("錄得[[約68宗]]", 68, "宗", "approx", "")
    d.metric("按周增加[[約17%]]", 17, "%", "approx", "")
    # supply
    d.org("供應方面，[[屋宇署]]最新")
    d.date("資料顯示，[[今年首九個月]]私人住宅", "2026", "")
    d.metric("動工量[[約1.36萬伙]]", "1.36e4", "伙", "approx", "")
    d.metric("按年減少[[約21%]]", 21, "%", "approx", "")
    d.org("；[[差估署]]則預測")
    d.date("預測，[[今年]]全年", "2026", "")
    d.metric("落成量[[約1.9萬伙]]", "1.9e4", "伙", "approx", "")
    d.date("伙，[[明年]]或回落", "2027", "")
    d.metric("回落至[[1.5萬伙左右]]", "1.5e4", "伙", "approx", "")
    d.org("。[[房屋局]]早前")
    d.metric("維持在[[約10.2萬伙]]", "10.2e4", "伙", "approx", "")
    # mainland buyers, Shenzhen
    d.org("。[[美聯物業]]統計")
    d.date("統計，[[今年首三季]]內地", "2026", SZ)
    d.metric("成交[[約35%]]", 35, "%", "approx", SZ)
    d.city("來自[[深圳]]的買家")
    d.metric("佔[[約四成]]，其次", 40, "%", "approx", SZ)
    d.city("其次為[[廣州]]、上海")
    d.city("廣州、[[上海]]、杭州")
    d.city("上海、[[杭州]]及北京")
    d.city("杭州及[[北京]]買家")
    d.org("。[[中原地產]]指出")
    d.metric("近期[[約三成]]買家", 30, "%", "approx", SZ)
    d.city("在[[深圳]]、廣州工作")
    d.city("深圳、[[廣州]]工作")
    d.org("；[[入境事務處]]數字")
    d.date("計劃[[今年首十個月]]共批出", "2026", "")
    d.metric("批出[[約8.6萬宗]]", "8.6e4", "宗", "approx", "")
    d.org("。[[深圳市住房和建設局]]資料")
    d.city("顯示，[[深圳]]10月新房")
    d.date("深圳[[10月]]新房", "2026-10", SZ)
    d.metric("網簽量[[約4,100套]]", 4100, "套", "approx", SZ)
    d.metric("回落[[約9%]]", 9, "%", "approx", SZ)
    d.city("，[[東莞]]、惠州及珠海")
    d.city("東莞、[[惠州]]及珠海")
    d.city("惠州及[[珠海]]亦錄得")
    d.city("部分[[深圳]]買家")
    d.city("轉投[[香港]]市場")
    # outlook
    d.date("展望[[年底]]，", "2026", "")
    d.date("在[[聖誕]]前推出", "2026-12-25", "")
    d.org("，[[美聯物業]]預計")
    d.metric("可望升[[4%]]至5%", 4, "%", "exact", "")
    d.metric("4%至[[5%]]；", 5, "%", "exact", "")
    d.org("；[[中原地產]]則預期")
    d.date("預期，[[明年農曆新年]]前後", "2027-02-06", "")
    d.metric("增至[[約6,000伙]]", 6000, "伙", "approx", "")
    d.org("另外，[[城市規劃委員會]]（")
    d.org("（[[城規會]]）本周三")
    d.date("（城規會）[[本周三]]（4日）", "2026-11-04", "")
    d.date("本周三（[[4日]]）通過", "2026-11-04", "")
    d.org("，[[地政總署]]亦預告")
    d.date("將於[[本月中旬]]公布", "2026-11", "")
    d.date("公布[[明年1月]]至3月", "2027-01", "")
    d.date("明年1月至[[3月]]的賣地", "2027-03", "")
    audit = {
        "cities": ["香港", "新加坡", "倫敦", "悉尼", "深圳", "廣州", "上海",
                   "杭州", "北京", "東莞", "惠州", "珠海", "啟德", "將軍澳",
                   "油塘", "洪水橋", "北部都會區", "九龍", "新界", "港島",
                   "內地", "全港", "本港", "城市", "美國"],
        "excluded": [
            # districts and areas (啟德 x5, 將軍澳 x2, 油塘, 洪水橋,
            # 北部都會區) are listed below as words
        ],
        # lot numbers of the site (第4區2號地盤); 連續5個月 (a duration)
        "numbers_excluded": ["啟德第[[4]]區", "第4區[[2]]號地盤",
                             "連續[[5個月]]上升"],
        # 一個月 (the HIBOR tenor), 未來三年 (a duration), 一手 (first-hand
        # flats), 一幅 (the indefinite article)
        "cn_excluded": ["[[一個月]]銀行同業拆息", "[[未來三年]]一手",
                        "未來三年[[一手]]私人", "洪水橋[[一幅]]住宅地"],
        "latin_excluded": ["（[[HIBOR]]）", "[[CCL]]報"],
        "words_excluded": {"H": 4, "P-": 1, "啟德": 5, "將軍澳": 2,
                           "油塘": 1, "洪水橋": 1, "北部都會區": 1,
                           "內地": 2, "全港": 1, "本港": 3, "城市": 1,
                           "按年": 2, "按月": 5, "按周": 2, "每月": 1,
                           "全年": 3},
        "orgwords_excluded": {"公司": 0, "集團": 1, "地產": 0, "物業": 0,
                              "銀行": 3, "署": 0, "局": 0, "處": 0,
                              "政府": 1, "財團": 3, "代理": 1},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙"
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
        print("%-24s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-24s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
