#!/usr/bin/env python3
"""Gold annotation for held-out set k (g21_city_bank_report, g22_hk_property_market).

Adapted from heldout/tools/annotate_h.py (now dev/tools/annotate_g15_g16.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded
(both files UTF-8 without BOM; g22 is traditional and its offsets and `text`
point into the traditional original, while `normalized` and `unit` are
simplified).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g21_g22.md.  Reference dates: corpus/manifest.csv (g21 2025-08-29,
g22 2025-11-04); the script checks that the manifest agrees (own rows only).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type;
DATE normalizations are real calendar dates/months/weeks/quarters; METRIC
value and qualifier re-derived from the span text by a small independent
parser (a qualifier set by a marker outside the span must be declared and
the marker must stand right before the span); the unit must be written at
the end of the span (t2s) unless it is declared shared with a later figure
of a range/list; ORG/CITY normalizations and units against OpenCC t2s.  The
`city` column of every DATE/METRIC row is computed here by an own
implementation of the GUIDELINES rule (section headings, then the sentence:
nearest CITY before, else first after); a row may declare the city it
expects, which is then asserted against the rule.
Audits: every occurrence of a listed city/place string, every ASCII digit,
every Latin word and every Chinese fraction/multiple word (成, 倍, 折, 半) is
inside a row or excluded here on purpose; every occurrence of an annotated
ORG string is inside an ORG row; every organization-like word is inside an
ORG row or excluded on purpose; every time character (年 月 日 季 周 旬 昨 今
明 天 初 底 末) is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g21_g22.py
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
BASE = os.path.dirname(HERE)
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PY_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                 os.path.join(os.path.dirname(BASE), ".venv", "bin", "python"),
                 "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
PUBLISHED = {"g21_city_bank_report": "2025-08-29",
             "g22_hk_property_market": "2025-11-04"}
TRADITIONAL = {"g22_hk_property_market"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g21
    "南京": "南京市", "扬州": "扬州市", "扬州市": "扬州市", "仪征市": "仪征市",
    "高邮市": "高邮市", "苏州": "苏州市", "南通": "南通市", "泰州": "泰州市",
    "镇江": "镇江市", "靖江市": "靖江市", "泰兴市": "泰兴市",
    # g22
    "香港": "香港", "深圳": "深圳市", "廣州": "广州市", "上海": "上海市",
    "新加坡": "新加坡",
}
FOREIGN_OR_SAR = {"香港", "新加坡"}

# ORG span (traditional) -> simplified form (OpenCC t2s; checked below).
ORG_NORM = {
    "差估署": "差估署", "星島日報": "星岛日报", "差餉物業估價署": "差饷物业估价署",
    "土地註冊處": "土地注册处", "美聯物業研究部": "美联物业研究部",
    "中原地產研究部": "中原地产研究部", "美聯物業": "美联物业",
    "新鴻基地產": "新鸿基地产", "新地": "新地",
    "長江實業集團有限公司": "长江实业集团有限公司", "長實集團": "长实集团",
    "恒基地產": "恒基地产", "新世界發展": "新世界发展",
    "利嘉閣地產": "利嘉阁地产", "深圳市住房和建設局": "深圳市住房和建设局",
    "滙豐": "汇丰", "中銀香港": "中银香港", "恒生銀行": "恒生银行",
    "香港金融管理局": "香港金融管理局", "金管局": "金管局",
    "經絡按揭轉介研究部": "经络按揭转介研究部", "地政總署": "地政总署",
    "城市規劃委員會": "城市规划委员会", "城規會": "城规会",
    "中原地產": "中原地产", "美國聯儲局": "美国联储局",
}
# the year of a DATE may lie this far from the publication year
YEAR_SPAN = 8


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
            n=1, expect_city=None, **extra):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({
                "doc_id": self.doc_id, "type": typ, "start": start,
                "end": end, "text": span, "normalized": normalized,
                "value": value, "unit": unit, "qualifier": qualifier,
                "city": "", "_expect_city": expect_city, "_extra": extra})

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, n=1, city=None):
        self.add("DATE", ctx, normalized, n=n, expect_city=city)

    def metric(self, ctx, value, unit, qualifier, n=1, city=None,
               outside_marker="", shared_unit=False):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC).
        shared_unit: the unit is written once after a later figure of the
        range or list (SPEC shared units), not in this span."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker, shared_unit=shared_unit)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g21 city commercial bank interim report, simplified, UTF-8, published
# 2025-08-29 (Fri; dateline 8月28日)
# ===========================================================================
@doc
def g21():
    d = Doc("g21_city_bank_report")
    YZ, NJ, SZ, TZ = "扬州市", "南京市", "苏州市", "泰州市"
    # --- title (a heading that opens with an ORG, not a CITY)
    d.org("[[扬州银行]]上半年净利润")
    d.date("扬州银行[[上半年]]净利润", "2025", city="")
    d.metric("净利润增长[[9.6%]] ", "9.6", "%", "exact", city="")
    d.metric("降至[[0.89%]]\n", "0.89", "%", "exact", city="")
    # --- byline, dateline, lead
    d.org("\n[[中国证券报]]记者")
    d.city("本报[[南京]]8月28日讯")
    d.date("本报南京[[8月28日]]讯", "2025-08-28", city=NJ)
    d.org("讯 [[扬州银行股份有限公司]]（")
    d.org("简称“[[扬州银行]]”）")
    d.date("”）[[8月27日晚间]]披露", "2025-08-27", city=NJ)
    d.metric("营业收入[[68.42亿元]]", "68.42e8", "元", "exact", city="")
    d.metric("同比增长[[5.3%]]；", "5.3", "%", "exact")
    d.metric("净利润[[24.17亿元]]", "24.17e8", "元", "exact")
    d.metric("同比增长[[9.6%]]，增速", "9.6", "%", "exact")
    d.date("较[[去年]]全年提高", "2024")
    d.metric("提高[[1.8个百分点]]", "1.8", "百分点", "exact")
    d.date("截至[[6月末]]，扬州银行资产", "2025-06")
    d.org("6月末，[[扬州银行]]资产总额")
    d.metric("资产总额[[6152.8亿元]]", "6152.8e8", "元", "exact")
    d.date("较[[上年末]]增长7.4%", "2024")
    d.metric("增长[[7.4%]]，规模", "7.4", "%", "exact")
    d.metric("首次[[突破6000亿元]]", "6000e8", "元", "over", city="")
    # --- 存贷款 heading (no city)
    d.metric("存款余额[[4286.5亿元]]", "4286.5e8", "元", "exact")
    d.date("较[[年初]]增加约356亿元", "2025")
    d.metric("增加[[约356亿元]]", "356e8", "元", "approx")
    d.metric("占比[[62.3%]]", "62.3", "%", "exact")
    d.date("较[[上年同期]]提高约2个", "2024")
    d.metric("提高[[约2个百分点]]", 2, "百分点", "approx")
    d.metric("贷款余额[[3517.9亿元]]", "3517.9e8", "元", "exact")
    d.date("较[[年初]]增长9.2%", "2025")
    d.metric("增长[[9.2%]]，贷款", "9.2", "%", "exact")
    d.metric("比例为[[57.2%]]", "57.2", "%", "exact")
    d.date("。[[今年上半年]]，扬州银行新增", "2025")
    d.org("今年上半年，[[扬州银行]]新增")
    d.metric("新增贷款[[近300亿元]]", "300e8", "元", "approx")
    d.metric("贷款[[超过90亿元]]", "90e8", "元", "over")
    d.metric("增长[[逾三成]]。", 30, "%", "over")
    # --- 中间业务, 净息差
    d.date("方面，[[上半年]]该行", "2025")
    d.metric("净收入[[5.86亿元]]", "5.86e8", "元", "exact")
    d.metric("增长[[14.2%]]，其中代理", "14.2", "%", "exact")
    d.metric("业务收入[[约1.9亿元]]", "1.9e8", "元", "approx")
    d.metric("规模[[约682亿元]]", "682e8", "元", "approx")
    d.date("较[[年初]]增加近百亿元", "2025")
    d.metric("增加[[近百亿元]]", "100e8", "元", "approx")
    d.metric("净息差为[[1.71%]]", "1.71", "%", "exact")
    d.date("较[[上年同期]]收窄", "2024")
    d.metric("收窄[[12个基点]]", 12, "基点", "exact")
    d.org("在[[深圳证券交易所]]上市")
    d.org("上市的[[苏州银行]]高")
    d.metric("高[[约0.1个百分点]]", "0.1", "百分点", "approx", city="")
    # --- 资产质量 heading (no city)
    d.date("\n截至[[6月末]]，扬州银行不良", "2025-06")
    d.org("6月末，[[扬州银行]]不良")
    d.metric("余额[[31.3亿元]]", "31.3e8", "元", "exact")
    d.metric("不良贷款率[[0.89%]]，较", "0.89", "%", "exact")
    d.date("较[[上年末]]下降", "2024")
    d.metric("下降[[0.04个百分点]]", "0.04", "百分点", "exact")
    d.metric("占比[[1.12%]]", "1.12", "%", "exact")
    d.metric("覆盖率为[[386.47%]]", "386.47", "%", "exact")
    d.date("较[[上年末]]提高约9个", "2024")
    d.metric("提高[[约9个百分点]]", 9, "百分点", "approx")
    d.metric("拨贷比[[3.44%]]", "3.44", "%", "exact")
    d.metric("分别为[[13.26%]]", "13.26", "%", "exact")
    d.metric("、[[10.85%]]和", "10.85", "%", "exact")
    d.metric("和[[9.41%]]，", "9.41", "%", "exact")
    d.date("。[[今年3月]]，中诚信", "2025-03", city="")
    d.org("[[中诚信国际信用评级有限责任公司]]")
    d.org("（[[中诚信国际]]）")
    d.org("维持[[扬州银行]]主体")
    # --- 扬州 section (heading 扬州：…, ended by 异地分行贡献提升)
    d.city("\n[[扬州]]：县域")
    d.metric("占比[[超四成]]\n", 40, "%", "over", city=YZ)
    d.org("\n[[扬州银行]]目前共有")
    d.metric("分支机构[[186家]]", 186, "家", "exact", city=YZ)
    d.city("其中[[扬州]]市内")  # 市 starts 市内 (GUIDELINES 市区)
    d.metric("市内[[112家]]", 112, "家", "exact", city=YZ)
    d.city("在[[仪征市]]、")
    d.city("、[[高邮市]]各")
    d.metric("网点[[2家]]，并将", 2, "家", "exact", city=YZ)
    d.metric("宝应县的[[4家]]网点", 4, "家", "exact", city=YZ)
    d.date("截至[[6月末]]，该行县域", "2025-06", city=YZ)
    d.metric("余额[[1432亿元]]", "1432e8", "元", "exact", city=YZ)
    d.metric("贷款的[[40.7%]]", "40.7", "%", "exact", city=YZ)
    d.city("。[[扬州]]市民持有")
    d.metric("借记卡[[超过520万张]]", "520e4", "张", "over", city=YZ)
    d.metric("用户[[约148万户]]", "148e4", "户", "approx", city=YZ)
    # --- 异地分行 heading (no city; ends the 扬州 section)
    d.org("，[[扬州银行]]已在南京")
    d.city("已在[[南京]]、")
    d.city("、[[苏州]]、南通")
    d.city("、[[南通]]、")
    d.city("、[[泰州]]、镇江")
    d.city("、[[镇江]]设立")
    d.city("并在[[泰州]]下辖")
    d.city("[[靖江市]]")
    d.city("[[泰兴市]]")
    d.date("截至[[6月末]]，5家", "2025-06", city="")
    d.metric("，[[5家]]异地分行", 5, "家", "exact", city="")
    d.metric("合计[[1066.4亿元]]", "1066.4e8", "元", "exact", city="")
    d.date("较[[年初]]增长13.5%", "2025", city="")
    d.metric("增长[[13.5%]]，增速", "13.5", "%", "exact", city="")
    d.city("其中[[南京]]地区")
    d.metric("余额[[突破400亿元]]", "400e8", "元", "over", city=NJ)
    d.city("，[[苏州]]地区存款")
    d.date("存款较[[年初]]增加", "2025", city=SZ)
    d.metric("增加[[逾60亿元]]", "60e8", "元", "over", city=SZ)
    d.org("[[仪征扬银村镇银行]]")
    d.org("[[维扬金融租赁有限公司]]")
    d.org("（[[维扬金租]]）")
    d.date("）[[上半年]]分别", "2025", city="")
    d.metric("净利润[[0.36亿元]]", "0.36e8", "元", "exact", city="")
    d.metric("和[[2.58亿元]]。", "2.58e8", "元", "exact", city="")
    # --- 普惠 heading (no city)
    d.date("截至[[6月末]]，扬州银行普惠", "2025-06", city="")
    d.org("6月末，[[扬州银行]]普惠")
    d.metric("贷款余额[[612.7亿元]]", "612.7e8", "元", "exact")
    d.date("较[[年初]]增长11.8%", "2025")
    d.metric("增长[[11.8%]]，高于", "11.8", "%", "exact")
    d.metric("增速[[2.6个百分点]]", "2.6", "百分点", "exact")
    d.metric("户数达[[4.27万户]]", "4.27e4", "户", "exact")
    d.date("较[[上年末]]增加约3600户", "2024")
    d.metric("增加[[约3600户]]", 3600, "户", "approx")
    d.date("。[[今年上半年]]，该行新发放", "2025")
    d.metric("平均利率为[[4.12%]]", "4.12", "%", "exact")
    d.date("较[[上年同期]]下降38", "2024")
    d.metric("下降[[38个基点]]", 38, "基点", "exact")
    d.org("与[[扬州市财政局]]")
    d.org("、[[扬州市工业和信息化局]]合作")
    d.date("产品，[[上半年]]累计", "2025", city="")
    d.metric("投放[[约45亿元]]", "45e8", "元", "approx", city="")
    d.metric("企业[[1800余家]]", 1800, "家", "over", city="")
    # --- 数字人民币 heading (no city)
    d.org("，[[扬州银行]]是省内")
    d.date("。[[上半年]]，该行数字", "2025", city=YZ)
    d.metric("开立[[约86万个]]", "86e4", "个", "approx", city=YZ)
    d.metric("笔数[[1260万笔]]", "1260e4", "笔", "exact", city=YZ)
    d.metric("金额[[约213亿元]]", "213e8", "元", "approx", city=YZ)
    d.metric("增长[[1.4倍]]，覆盖", "1.4", "倍", "exact", city=YZ)
    d.city("覆盖[[扬州]]、南京")
    d.city("扬州、[[南京]]、苏州等地")
    d.city("南京、[[苏州]]等地")
    d.metric("等地[[超过3.2万个]]", "3.2e4", "个", "over", city=SZ)
    d.org("与[[中国银联江苏分公司]]合作")
    d.date("于[[7月1日]]至", "2025-07-01", city="")
    d.date("7月1日至[[9月30日]]在", "2025-09-30", city="")
    d.date("活动，[[7月]]景区", "2025-07", city="")
    d.date("较[[6月]]增长近50%", "2025-06", city="")
    d.metric("增长[[近50%]]", 50, "%", "approx", city="")
    # --- regulators
    d.org("，[[国家金融监督管理总局江苏监管局]]")
    d.date("江苏监管局[[今年]]以来", "2025", city="")
    d.org("[[国家金融监督管理总局扬州监管分局]]")
    d.date("截至[[二季度末]]，", "2025-Q2", city=YZ)
    d.city("，[[扬州]]地区银行业")
    d.metric("[[1.28万亿元]]", "1.28e12", "元", "exact", city=YZ)
    d.metric("同比增长[[8.9%]]，不良", "8.9", "%", "exact", city=YZ)
    d.metric("不良贷款率[[1.05%]]", "1.05", "%", "exact", city=YZ)
    d.org("[[中国人民银行扬州市分行]]")
    d.date("显示，[[6月份]]扬州市", "2025-06", city=YZ)
    d.city("6月份[[扬州市]]企业")
    d.metric("利率为[[3.46%]]", "3.46", "%", "exact", city=YZ)
    d.date("较[[去年12月]]下降", "2024-12", city=YZ)
    d.metric("下降[[22个基点]]", 22, "基点", "exact", city=YZ)
    # --- listing (上海 only inside the ORG 上海证券交易所; 沪 no CITY)
    d.org("，[[扬州银行]]于2021年")
    d.date("于[[2021年7月]]在", "2021-07", city="")
    d.org("在[[上海证券交易所]]（")
    d.org("（[[上交所]]）")
    d.date("。[[今年]]以来，该行股价", "2025", city="")
    d.metric("上涨[[约27%]]", 27, "%", "approx", city="")
    d.date("截至[[8月28日]]收盘", "2025-08-28", city="")
    d.metric("收盘报[[7.86元]]", "7.86", "元", "exact", city="")
    d.metric("总市值[[约286亿元]]", "286e8", "元", "approx", city="")
    d.metric("市净率[[约0.62倍]]", "0.62", "倍", "approx", city="")
    d.metric("两市[[42家]]上市", 42, "家", "exact", city="")
    d.date("。[[上半年]]，该行完成", "2025", city="")
    d.metric("现金红利[[0.235元]]", "0.235", "元", "exact", city="")
    d.date("的[[2024年度]]分红", "2024", city="")
    d.metric("派现[[约8.6亿元]]", "8.6e8", "元", "approx", city="")
    d.metric("比例为[[30.2%]]", "30.2", "%", "exact", city="")
    # --- outlook
    d.date("对于[[下半年]]经营", "2025", city=YZ)
    d.org("，[[扬州银行]]在业绩")
    d.city("加大对[[扬州]]、泰州")
    d.city("扬州、[[泰州]]等地先进")
    d.date("力争[[年末]]资产", "2025", city=TZ)
    d.metric("达到[[6500亿元左右]]", "6500e8", "元", "approx", city=TZ)
    d.metric("控制在[[1%以内]]", 1, "%", "under", city=TZ)
    d.org("[[东吴证券研究所]]")
    d.org("预计[[扬州银行]]2025年")
    d.date("扬州银行[[2025年]]全年", "2025", city="")
    d.metric("增长[[8%]]至10%", 8, "%", "exact", city="")
    d.metric("8%至[[10%]]，维持", 10, "%", "exact", city="")
    audit = {
        "cities": ["扬州", "南京", "苏州", "南通", "泰州", "镇江", "仪征", "高邮",
                   "靖江", "泰兴", "江都", "宝应", "深圳", "上海", "沪", "江苏",
                   "瘦西湖", "东关街", "东吴", "维扬", "中国", "省内"],
        # 沪 (one-character abbreviation), district, county, scenic spots,
        # the province, 省内 (deictic)
        "excluded": ["在[[沪]]深两市", "将[[江都]]区", "、[[宝应]]县",
                     "在[[瘦西湖]]、", "、[[东关街]]等", "在[[省内]]，",
                     "是[[省内]]首批"],
        "numbers_excluded": ["连续[[11]]个季度"],
        "latin_excluded": ["等级为[[AAA]]"],
        "org_hints": ["公司", "集团", "银行", "局", "所", "证券", "政府", "中心",
                      "分行", "支行", "银联", "总局", "报", "机构"],
        "org_excluded": ["综合金融服务中心", "异地分行", "设立分行",
                         "设立支行", "分支机构", "金融机构", "上市银行",
                         "报告", "本报", "收盘报", "母公司", "子公司",
                         "手机银行", "银行业"],
        "date_ok": [r"报告期末?", r"全年", r"半年度报告", r"个季度", r"日均",
                    r"月活跃", r"日讯", r"说明会", r"周晨", r"中长期"],
    }
    return d, audit


# ===========================================================================
# g22 Hong Kong property market, traditional, UTF-8, published 2025-11-04
# (Tue, ISO week 2025-W45)
# ===========================================================================
@doc
def g22():
    d = Doc("g22_hk_property_market")
    HK, SZ = "香港", "深圳市"
    # --- title (a heading that opens with an ORG)
    d.org("[[差估署]]樓價指數連升")
    d.date("個月 [[上月]]住宅註冊量", "2025-10", city="")
    d.metric("註冊量[[逾5600宗]]", 5600, "宗", "over", city="")
    # --- lead
    d.org("【[[星島日報]]報道】")
    d.org("】[[差餉物業估價署]]（")
    d.org("（[[差估署]]）上周五")
    d.date("）[[上周五]]（10月31日）", "2025-10-31", city="")
    d.date("（[[10月31日]]）公布", "2025-10-31", city="")
    d.date("公布，[[9月]]私人住宅售價", "2025-09")
    d.metric("售價指數報[[289.4點]]", "289.4", "点", "exact")
    d.metric("按月上升[[0.7%]]", "0.7", "%", "exact")
    d.date("升幅，[[今年首9個月]]累計", "2025")
    d.metric("累計升[[約3.1%]]", "3.1", "%", "approx")
    d.date("較[[2021年9月]]的", "2021-09")
    d.metric("仍低[[約27%]]", 27, "%", "approx")
    d.metric("租金指數報[[197.2點]]", "197.2", "点", "exact")
    d.metric("按月升[[0.4%]]，再創", "0.4", "%", "exact")
    d.date("新高，[[今年1]]至9月", "2025-01", city="")
    d.date("今年1至[[9月]]累升", "2025-09", city="")
    d.metric("累升[[約4.2%]]", "4.2", "%", "approx", city="")
    d.org("。[[土地註冊處]]昨日")
    d.date("註冊處[[昨日]]（3日）", "2025-11-03")
    d.date("昨日（[[3日]]）公布", "2025-11-03")
    d.date("公布，[[上月]]共錄得", "2025-10")
    d.metric("錄得[[5,612宗]]", 5612, "宗", "exact")
    d.metric("按月增加[[8.4%]]", "8.4", "%", "exact")
    d.metric("金額[[約479.6億港元]]", "479.6e8", "港元", "approx")
    # --- registrations
    d.org("\n[[土地註冊處]]數據顯示")
    d.date("顯示，[[今年首10個月]]住宅", "2025")
    d.metric("累計[[約5.19萬宗]]", "5.19e4", "宗", "approx")
    d.date("較[[去年同期]]增加約12%", "2024")
    d.metric("增加[[約12%]]，涉及", 12, "%", "approx")
    d.metric("金額[[約4,386億港元]]", "4386e8", "港元", "approx")
    d.org("。[[美聯物業研究部]]分析指")
    d.date("分析指，[[10月]]一手", "2025-10")
    d.metric("註冊錄[[1,806宗]]", 1806, "宗", "exact")
    d.metric("佔整體[[約32%]]；", 32, "%", "approx")
    d.metric("則錄[[3,806宗]]", 3806, "宗", "exact")
    d.metric("按月升[[約6%]]，其中", 6, "%", "approx")
    d.metric("其中[[逾兩成]]買家", 20, "%", "over")
    # --- secondary market
    d.org("方面，[[中原地產研究部]]編製")
    d.metric("最新報[[138.56點]]", "138.56", "点", "exact")
    d.metric("按周升[[0.3%]]", "0.3", "%", "exact")
    d.date("較[[今年4月]]的低位", "2025-04")
    d.metric("累升[[約4.5%]]", "4.5", "%", "approx")
    d.date("。[[上周]]美孚新邨", "2025-W44")
    d.metric("合共錄得[[約28宗]]", 28, "宗", "approx")
    d.metric("增加[[約三成]]，其中", 30, "%", "approx")
    d.metric("錄得[[逾5宗]]成交", 5, "宗", "over")
    d.org("。[[美聯物業]]指，上月")
    d.date("指，[[上月]]全港", "2025-10")
    d.metric("呎價[[約12,460元]]", 12460, "元", "approx")
    d.metric("微升[[0.6%]]", "0.6", "%", "exact")
    # --- 新盤 heading (districts only, no city)
    d.org("方面，[[新鴻基地產]]（新地）")
    d.org("（[[新地]]）旗下")
    d.date("」[[10月中旬]]開售", "2025-10")
    d.metric("首輪[[288伙]]", 288, "伙", "exact")
    d.metric("平均呎價[[約18,200元]]", 18200, "元", "approx")
    d.metric("套現[[逾20億港元]]", "20e8", "港元", "over")
    d.org("。[[長江實業集團有限公司]]（")
    d.org("（[[長實集團]]）啟德")
    d.date("」[[上月]]以折實", "2025-10")
    d.metric("平均呎價[[17,388元]]", 17388, "元", "exact")
    d.metric("新盤低[[約一成]]", 10, "%", "approx")
    d.metric("售出[[逾300伙]]", 300, "伙", "over")
    d.org("。[[恒基地產]]旗下大角咀")
    d.metric("售出[[4伙]]大單位", 4, "伙", "exact")
    d.metric("呎價達[[3.26萬元]]", "3.26e4", "元", "exact")
    d.org("；[[新世界發展]]旗下")
    d.metric("錄得[[近90伙]]", 90, "伙", "approx")
    d.org("。[[新世界發展]]早前表示")
    d.date("將於[[本月]]稍後", "2025-11")
    d.metric("首批[[約200伙]]", 200, "伙", "approx")
    d.metric("呎價[[約2.5萬元]]", "2.5e4", "元", "approx")
    d.org("\n[[中原地產研究部]]統計")
    d.date("統計，[[今年第三季]]一手", "2025-Q3")
    d.metric("成交[[約5,470宗]]", 5470, "宗", "approx")
    d.metric("按季增加[[21.5%]]", "21.5", "%", "exact")
    d.date("為[[2018年第二季]]以來", "2018-Q2")
    d.date("；[[10月]]一手成交", "2025-10")
    d.metric("成交[[約2,150宗]]", 2150, "宗", "approx")
    d.metric("按月升[[約17%]]。", 17, "%", "approx")
    d.org("。[[新地]]及長實集團")
    d.org("新地及[[長實集團]]今年")
    d.date("長實集團[[今年首10個月]]合共", "2025")
    d.metric("售出[[約4,600伙]]", 4600, "伙", "approx")
    d.metric("一手成交[[逾三成]]", 30, "%", "over")
    d.org("。[[恒基地產]]早前公布")
    d.date("業績，[[上半年]]香港", "2025", city=HK)
    d.city("上半年[[香港]]物業")
    d.metric("銷售額[[約104億港元]]", "104e8", "港元", "approx", city=HK)
    d.metric("增長[[約18%]]", 18, "%", "approx", city=HK)
    d.date("截至[[6月底]]已售出", "2025-06", city=HK)
    d.metric("銷售額[[約94億港元]]", "94e8", "港元", "approx", city=HK)
    d.date("估計，[[年底]]前仍有", "2025", city="")
    d.metric("仍有[[約20個]]新盤", 20, "个", "approx", city="")
    d.metric("單位[[6,000伙以上]]", 6000, "伙", "over", city="")
    # --- 內地買家 heading (no city)
    d.date("：[[第三季]]佔比創新高", "2025-Q3", city="")
    d.city("\n[[香港]]樓市的內地")
    d.org("。[[中原地產研究部]]指出")
    d.date("指出，[[今年第三季]]以內地", "2025-Q3", city="")
    d.metric("買賣[[約3,920宗]]", 3920, "宗", "approx", city="")
    d.metric("按季增加[[15.6%]]", "15.6", "%", "exact", city="")
    d.metric("成交[[約24%]]", 24, "%", "approx", city="")
    d.city("來自[[深圳]]、廣州及")
    d.city("、[[廣州]]及上海的專才")
    d.city("及[[上海]]的專才")
    d.city("一名[[深圳]]買家")
    d.date("買家[[上月]]斥資", "2025-10", city=SZ)
    d.metric("斥資[[約1,580萬港元]]", "1580e4", "港元", "approx", city=SZ)
    d.metric("呎價[[約2.1萬元]]", "2.1e4", "元", "approx", city=SZ)
    d.org("。[[利嘉閣地產]]則指")
    d.date("則指，[[10月]]有逾四成", "2025-10", city="")
    d.metric("有[[逾四成]]新盤", 40, "%", "over", city="")
    d.date("較[[第二季]]的約28%", "2025-Q2", city="")
    d.metric("的[[約28%]]明顯", 28, "%", "approx", city="")
    d.org("，[[深圳市住房和建設局]]數據")
    d.city("顯示，[[深圳]]10月新房")
    d.date("深圳[[10月]]新房", "2025-10", city=SZ)
    d.metric("網簽量[[約4,200套]]", 4200, "套", "approx", city=SZ)
    d.metric("增加[[約9%]]，兩地", 9, "%", "approx", city=SZ)
    # --- 按息 heading (no city)
    d.metric("維持[[3.5厘]]\n", "3.5", "厘", "exact", city="")
    d.city("一個月[[香港]]銀行同業拆息")
    d.date("）[[上月底]]報3.48厘", "2025-10", city=HK)
    d.metric("報[[3.48厘]]", "3.48", "厘", "exact", city=HK)
    d.date("較[[9月底]]的約3.9厘", "2025-09", city=HK)
    d.metric("的[[約3.9厘]]回落", "3.9", "厘", "approx", city=HK)
    d.metric("加[[1.3厘]]）", "1.3", "厘", "exact", city="")
    d.org("，[[滙豐]]、中銀香港")
    d.org("、[[中銀香港]]及恒生銀行")
    d.org("及[[恒生銀行]]等主要銀行")
    d.metric("維持在[[3.5厘]]，與P按", "3.5", "厘", "exact", city="")
    d.metric("利率減[[1.75厘]]）", "1.75", "厘", "exact", city="")
    d.org("。[[香港金融管理局]]（")
    d.org("（[[金管局]]）數據")
    d.date("數據顯示，[[9月]]新批", "2025-09", city="")
    d.metric("上升[[11.3%]]至約381億港元", "11.3", "%", "exact", city="")
    d.metric("至[[約381億港元]]", "381e8", "港元", "approx", city="")
    d.metric("佔比[[約八成]]", 80, "%", "approx", city="")
    d.org("。[[經絡按揭轉介研究部]]估計")
    d.date("估計，[[第四季]]按揭", "2025-Q4", city="")
    d.metric("增加[[一成以上]]", 10, "%", "over", city="")
    # --- land supply
    d.org("，[[地政總署]]上周")
    d.date("地政總署[[上周]]以招標", "2025-W44")
    d.metric("收到[[12份]]標書", 12, "份", "exact")
    d.metric("介乎[[9億]]至12億港元", "9e8", "港元", "exact", shared_unit=True)
    d.metric("至[[12億港元]]", "12e8", "港元", "exact")
    d.date("預計[[今年]]全年", "2025")
    d.metric("提供[[約1.3萬個]]", "1.3e4", "个", "approx")
    d.org("。[[城市規劃委員會]]（")
    d.org("（[[城規會]]）上月")
    d.date("城規會）[[上月]]亦批准", "2025-10")
    d.metric("提供[[約2,400個]]單位", 2400, "个", "approx")
    # --- rents
    d.org("。[[利嘉閣地產]]統計")
    d.date("統計，[[10月]]全港", "2025-10")
    d.metric("登記[[約9,850宗]]", 9850, "宗", "approx")
    d.metric("按年增加[[約7%]]", 7, "%", "approx")
    d.metric("普遍在[[2.2萬元]]至", "2.2e4", "元", "exact")
    d.metric("至[[2.6萬元]]之間", "2.6e4", "元", "exact")
    d.date("較[[去年同期]]上升約8%", "2024-10")
    d.metric("上升[[約8%]]。", 8, "%", "approx")
    d.date("在[[9月]]開學前", "2025-09")
    d.metric("加租[[一成]]，", 10, "%", "exact")
    d.date("租金指數[[年內]]將", "2025")
    d.metric("累升[[約6%]]。", 6, "%", "approx")
    # --- 展望 heading (no city)
    d.metric("料升[[3%]]至5%\n", 3, "%", "exact", city="")
    d.metric("料升3%至[[5%]]\n", 5, "%", "exact", city="")
    d.org("\n[[中原地產]]預計")
    d.date("預計，[[第四季]]樓價", "2025-Q4", city="")
    d.metric("再升[[約2%]]", 2, "%", "approx", city="")
    d.metric("升幅[[約3%]]至5%；", 3, "%", "approx", city="")
    d.metric("約3%至[[5%]]；", 5, "%", "exact", city="")
    d.org("；[[美聯物業]]則估計")
    d.date("估計[[明年]]住宅", "2026", city="")
    d.metric("可達[[6萬宗以上]]", "6e4", "宗", "over", city="")
    d.org("若[[美國聯儲局]]於")
    d.date("於[[12月]]再減息", "2025-12", city="")
    d.metric("下調[[0.125厘]]", "0.125", "厘", "exact", city="")
    d.city("與[[新加坡]]及上海")
    d.city("及[[上海]]等城市")
    d.city("，[[香港]]樓價仍")
    d.date("加上[[本月]]起多個", "2025-11", city=HK)
    audit = {
        "cities": ["香港", "深圳", "廣州", "上海", "新加坡", "澳門", "將軍澳",
                   "啟德", "大角咀", "西九龍", "何文田", "屯門", "黃竹坑", "美孚",
                   "黃埔", "嘉湖", "北部都會區", "內地", "全港", "本港", "來港",
                   "兩地", "美國"],
        # districts, estates, areas, deictic/abbreviated words, regions
        "excluded": ["旗下[[將軍澳]]", "新盤：[[將軍澳]]", "將軍澳[[啟德]]新盤",
                     "）[[啟德]]「", "旗下[[大角咀]]", "旗下[[西九龍]]",
                     "，[[西九龍]]及", "購入[[何文田]]", "及[[何文田]]一帶",
                     "推出[[屯門]]", "推出[[黃竹坑]]", "上周[[美孚]]新邨",
                     "其中[[美孚]]新邨", "、[[黃埔]]花園", "及[[嘉湖]]山莊",
                     "批准[[北部都會區]]", "內地", "全港", "本港", "來港",
                     "兩地"],
        "numbers_excluded": ["連升[[5]]個月", "連續第[[5]]個月", "創[[19]]個月",
                             "一幅"],
        "latin_excluded": ["HIBOR", "H按", "P按"],
        "org_hints": ["公司", "集團", "銀行", "局", "處", "署", "地產", "物業",
                      "發展", "委員會", "研究部", "日報", "政府", "香港"],
        "org_excluded": ["香港[[銀行]]同業", "銀行方面", "主要[[銀行]]",
                         "早前表示", "[[政府]]早前", "[[香港]]樓市",
                         "物業銷售額", "[[香港]]樓價",
                         "[[香港]]銀行同業", "上半年[[香港]]", "處於"],
        "date_ok": [r"按[年季月周]", r"全年", r"\d+個月", r"明顯", r"月租",
                    r"同期私人", r"一個月"],
    }
    return d, audit

# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／+\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|折|半|分之[一二三四五六七八九十]+|幅)")
HEAD_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4,
             "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("不到", "under"), ("约", "approx"),
               ("約", "approx"), ("近", "approx"), ("逾", "over"),
               ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
OUTSIDE_MARKERS = {"约": "approx", "約": "approx", "近": "approx",
                   "逾": "over", "超过": "over", "超過": "over"}


def parse_metric(span):
    """(value, qualifier, rest) re-derived from the span text: Arabic numbers
    with separators, 万/亿, N成, N倍 with a Chinese digit, 多 (over)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(成|倍|幅)", span)
    if m:
        mult = 10 if m.group(2) == "成" else 1
        return Decimal(CN_DIGIT[m.group(1)] * mult), q, m.group(2)
    m = re.fullmatch(r"百([万萬亿億]?)(.*)", span)
    if m:  # a bare magnitude with a marker (近百亿元)
        assert q != "exact", span
        v = Decimal(100) * (MAGNITUDE[m.group(1)] if m.group(1) else 1)
        return v, q, m.group(2)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]{0,2})(多|余|餘)?", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    for ch in m.group(2):  # 万亿 = 10^12
        v *= MAGNITUDE[ch]
    if m.group(3):
        assert q == "exact", span
        q = "over"
    return v, q, span[m.end():]


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
    code = ("import json,sys,opencc;c=opencc.OpenCC('t2s').convert;"
            "print(json.dumps([c(s) for s in json.load(sys.stdin)]))")
    for py in PY_CANDIDATES:
        if not py or not os.path.exists(py):
            continue
        try:
            out = subprocess.run([py, "-c", code], input=json.dumps(strings),
                                 capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(out.stdout)
    return None


def section_of(text, cities, pos):
    """GUIDELINES: a heading is a non-empty line of at most 40 characters with
    no clause punctuation; one that opens with a CITY mention followed by the
    line end, ：, :, a space or a dash starts that city's section, any other
    heading ends it.  Returns the section city at pos ('' if none)."""
    section = ""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip() and len(line) <= 40 and not set(line) & HEAD_PUNCT:
            section = ""
            first = [c for c in cities if c["start"] == start]
            if first:
                c = first[0]
                after = text[c["end"]:c["end"] + 1]
                if c["end"] == end or after in ("：", ":", " ", "-", "—", "－",
                                                "\u3000"):
                    section = c["normalized"]
        if start <= pos <= end:
            return section
        start = end + 1
    return ""


def sentence_city(text, cities, r):
    """Nearest CITY before the mention in its sentence, else the first after."""
    s = r["start"]
    while s > 0 and text[s - 1] not in SENT_END:
        s -= 1
    e = r["end"]
    while e < len(text) and text[e] not in SENT_END:
        e += 1
    before = [c for c in cities if c["start"] >= s and c["end"] <= r["start"]]
    after = [c for c in cities if c["start"] >= r["end"] and c["end"] <= e]
    if before:
        return before[-1]["normalized"]
    if after:
        return after[0]["normalized"]
    return ""


def assign_cities(d):
    cities = sorted((r for r in d.rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    for r in d.rows:
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = (section_of(d.text, cities, r["start"])
                         or sentence_city(d.text, cities, r))
            exp = r["_expect_city"]
            if exp is not None:
                assert r["city"] == exp, ("city rule gives", r["city"], r)


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    assign_cities(d)
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx == tx.strip() and tx[0] not in EDGE and tx[-1] not in EDGE, r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "" and r["normalized"], r
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, rest = parse_metric(tx)
            om = r["_extra"].get("outside_marker", "")
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_rest"] = rest
            if r["_extra"].get("shared_unit"):
                # the unit is written after the next figure of the range
                assert rest == "", r
                nxt = d.text[e:e + 1 + 16]
                assert nxt[0] in "至和、及", r
                assert r["unit"] and r["unit"] in nxt, r
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            y = int(PUBLISHED[d.doc_id][:4])
            assert abs(int(r["normalized"][:4]) - y) <= YEAR_SPAN, r

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]

    def places(ctxs):
        out = []
        for ctx in ctxs:
            if "[[" in ctx:
                out.extend(d._locate(ctx, 1)[1])
            else:  # a plain substring: all its occurrences
                out.extend((m.start(), m.end())
                           for m in re.finditer(re.escape(ctx), d.text))
        return out

    excluded = places(audit["excluded"] + audit["numbers_excluded"]
                      + audit["latin_excluded"])

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []

    def need(pattern, spans, what):
        for m in re.finditer(pattern, d.text):
            if not inside(m.start(), m.end(), spans):
                problems.append("%s %s at %d: %r" % (
                    what, m.group(), m.start(),
                    d.text[max(0, m.start() - 8):m.end() + 8]))

    for name in audit["cities"]:
        need(re.escape(name), covered + excluded, "city string")
    need(r"\d+", covered + excluded, "number")
    need(r"[A-Za-z]+", covered + excluded, "Latin word")
    need(CHINESE_FIGURE.pattern, covered + excluded, "figure")
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), org_spans, "ORG string")
    org_ex = places(audit["org_excluded"])
    for hint in audit["org_hints"]:
        need(re.escape(hint), org_spans + org_ex, "ORG-like word")
    ok = [(m.start(), m.end()) for pat in audit["date_ok"]
          for m in re.finditer(pat, d.text)]
    need(r"[年月日季周週旬昨今明天初底末]", covered + ok, "time word")
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    # the merged manifest also lists the other annotators' articles
    rows = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert sorted(r["doc_id"] for r in rows) == sorted(PUBLISHED), rows
    for r in rows:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"),
                  encoding="utf-8") as fh:
            assert fh.readline().rstrip("\n") == r["title"], r


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    built = []
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        built.append(d)
    names = [r for d in built for r in d.rows if r["type"] in ("ORG", "CITY")]
    units = [r for d in built for r in d.rows
             if r["type"] == "METRIC" and r["unit"]
             and not r["_extra"].get("shared_unit")]
    conv = t2s_all([r["text"] for r in names] + [r["unit"] for r in units]
                   + [r["_rest"] for r in units])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        k, u = len(names), len(units)
        for r, s in zip(names, conv[:k]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[k:k + u]):
            assert s == r["unit"], (r, s)
        for r, rest in zip(units, conv[k + u:]):
            # the unit is what the span writes after the number
            if r["unit"] == "%":
                assert rest in ("%", "％", "成"), (r, rest)
            elif r["unit"] in ("百分点", "基点"):
                assert rest == "个" + r["unit"], (r, rest)
            else:
                assert rest == r["unit"], (r, rest)
    total = Counter()
    for d in built:
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n",
                               extrasaction="ignore")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        print("%-26s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-26s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
