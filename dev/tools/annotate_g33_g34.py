#!/usr/bin/env python3
"""Gold annotation for held-out set q (g33_rental_housing,
g34_macao_casino_results).

Adapted from heldout/tools/annotate_n.py (now dev/tools/annotate_g27_g28.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g33 is simplified (mainland, 杭州日报) stored in GB18030 (no BOM; it must not
decode as UTF-8, and the byte round trip must hold); g34 is traditional (Hong
Kong, 香港經濟日報), UTF-8 without BOM, and its offsets and `text` point into
the traditional original, while `normalized` and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g33_g34.md.  Reference dates: corpus/manifest.csv (g33 2025-11-06,
g34 2025-11-07); the script checks that the manifest agrees (own rows only:
the merged manifest lists other annotators' articles too).

Checks: text == original[start:end]; rows sorted, no two rows overlap; no
span starts or ends with white space or punctuation; field formats per type;
DATE normalizations are real calendar dates/months/weeks/quarters; METRIC
value and qualifier re-derived from the span text by a small independent
parser (Arabic and Chinese N成, N倍, N折, N家/N隻, N分之M, 余/多, 万/亿 with
separators, a bare 千億 after a marker; a qualifier set by a marker outside
the span must be declared and the marker must stand right before the span);
the unit must be what the span writes after the number (t2s), and an empty
unit needs nothing written after it; ORG normalizations are OpenCC t2s of
the text, CITY normalizations are checked against t2s.  The `city` column of
every DATE/METRIC row is computed here by an own implementation of the
GUIDELINES rule (section headings, then the sentence: nearest CITY before,
else first after) and asserted against the hand value written on every row.
Audits: every occurrence of a listed city/place string, every ASCII digit run,
every Latin word, every Chinese numeral character and every Chinese
fraction/multiple word (成, 倍, 折, 半, 分之) is inside a row or excluded here on
purpose; every occurrence of an annotated ORG string is inside an ORG row;
every organization-like word is inside an ORG row or excluded on purpose;
every time character (年 月 日 季 周 週 旬 昨 今 明 天 初 底 末 夕 夜 节 節 旦 诞
誕 秋 庆 慶) is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g33_g34.py
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
BASE = os.path.dirname(HERE)
CORPUS = os.path.join(BASE, "corpus")
GOLD = os.path.join(BASE, "gold")
PY_CANDIDATES = [os.environ.get("CN_NEWS_PYTHON", ""),
                 os.path.join(os.path.dirname(BASE), ".venv", "bin", "python"),
                 "/work/main/.venv/bin/python"]
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
BOM8 = b"\xef\xbb\xbf"
# doc_id -> (codec, published, source)
DOC_FORMAT = {
    "g33_rental_housing": ("gb18030", "2025-11-06", "杭州日报"),
    "g34_macao_casino_results": ("utf-8", "2025-11-07", "香港經濟日報"),
}
PUBLISHED = {k: v[1] for k, v in DOC_FORMAT.items()}
SOURCE = {k: v[2] for k, v in DOC_FORMAT.items()}
TRADITIONAL = {"g34_macao_casino_results"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g33 (建德市: a county-level city of 杭州 in 2025)
    "杭州": "杭州市", "建德市": "建德市", "西安": "西安市", "武汉": "武汉市",
    "合肥": "合肥市", "郑州": "郑州市", "宁波": "宁波市", "北京": "北京市",
    "上海": "上海市", "深圳": "深圳市", "广州": "广州市",
    # g34
    "香港": "香港", "澳門": "澳门", "珠海": "珠海市", "中山": "中山市",
    "廣州": "广州市", "成都": "成都市",
    "重慶": "重庆市", "倫敦": "伦敦", "巴黎": "巴黎",
}
FOREIGN_OR_SAR = {"香港", "澳门", "伦敦", "巴黎"}
CITY_ALIAS = {}
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
        self.codec = DOC_FORMAT[doc_id][0]
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        assert not raw.startswith(BOM8), f"{doc_id} has a BOM"
        self.text = raw.decode(self.codec)           # strict: must decode
        assert self.text.encode(self.codec) == raw, f"{doc_id}: round trip"
        if self.codec != "utf-8":                    # a real legacy codec
            try:
                raw.decode("utf-8")
                raise AssertionError(f"{doc_id}: decodes as UTF-8")
            except UnicodeDecodeError:
                pass
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
        # normalized = OpenCC t2s of the text (filled in main(); SPEC)
        self.add("ORG", ctx, "", n=n)

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
# g33 rental housing in Hangzhou, simplified, GB18030, mainland city daily
# (杭州日报), published 2025-11-06 (Thu, ISO week 2025-W45); 本报讯 with no
# dateline date: 昨天 = 2025-11-05
# ===========================================================================
@doc
def g33():
    d = Doc("g33_rental_housing")
    HZ, NB = "杭州市", "宁波市"
    R = "元/平方米/月"
    # --- title (a heading line, no city section: 杭州 is followed by 前)
    d.city("[[杭州]]前三季度筹集")
    d.date("杭州[[前三季度]]筹集", "2025", city=HZ)
    d.metric("保租房[[超4万套]] 开学季", "4e4", "套", "over", city=HZ)
    d.metric("环比回落[[0.8%]]\n", "0.8", "%", "exact", city=HZ)
    # --- lead
    d.date("杭住宣）[[昨天]]，", "2025-11-05", city="")
    d.org("，[[杭州市住房保障和房产管理局]]（")
    d.org("简称“[[市住保房管局]]”）")
    d.date("发布[[今年前三季度]]全市", "2025", city="")
    d.date("截至[[10月底]]，杭州今年", "2025-10", city=HZ)
    d.city("10月底，[[杭州]]今年")
    d.date("杭州[[今年]]已筹集", "2025", city=HZ)
    d.metric("租赁住房[[4.3万套]]（间），完成", "4.3e4", "套", "exact",
             city=HZ)
    d.metric("年度计划的[[86%]]", 86, "%", "exact", city=HZ)
    d.metric("每月每平方米[[61.4元]]", "61.4", "元", "exact", city="")
    d.date("，[[9月]]开学季以来", "2025-09", city="")
    d.date("回落，[[10月]]环比下降", "2025-10", city="")
    d.metric("环比下降[[0.8%]]，较", "0.8", "%", "exact", city="")
    d.date("较[[去年同期]]下降2.6%", "2024-10", city="")
    d.metric("下降[[2.6%]]。", "2.6", "%", "exact", city="")
    # --- P2
    d.org("记者从[[市住保房管局]]了解到")
    d.date("了解到，[[今年前三季度]]，杭州", "2025", city=HZ)
    d.city("今年前三季度，[[杭州]]住房租赁")
    d.metric("成交量达[[38.7万笔]]", "38.7e4", "笔", "exact", city=HZ)
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact", city=HZ)
    d.metric("签约占比[[约四成]]", 40, "%", "approx", city=HZ)
    d.date("。[[7月]]至8月毕业季", "2025-07", city="")
    d.date("7月至[[8月]]毕业季", "2025-08", city="")
    d.metric("备案量达到[[15.2万笔]]", "15.2e4", "笔", "exact", city="")
    d.date("创[[2022年]]以来同期", "2022", city="")
    d.org("。[[国家统计局杭州调查队]]的数据")
    d.date("显示，[[9月]]杭州居民", "2025-09", city=HZ)
    d.city("9月[[杭州]]居民")
    d.metric("同比下降[[1.9%]]", "1.9", "%", "exact", city=HZ)
    d.date("降幅比[[上月]]收窄", "2025-08", city=HZ)
    d.metric("收窄[[0.4个百分点]]", "0.4", "百分点", "exact", city=HZ)
    # --- district list (lines with clause punctuation: no headings)
    d.city("分区域看，[[杭州]]市区")
    d.metric("滨江区[[68.9元/平方米/月]]", "68.9", R, "exact", city="")
    d.metric("环比下降[[1.1%]]", "1.1", "%", "exact", city="")
    d.metric("西湖区[[64.2元/平方米/月]]", "64.2", R, "exact", city="")
    d.metric("余杭区[[52.6元/平方米/月]]", "52.6", R, "exact", city="")
    d.metric("环比上涨[[0.4%]]", "0.4", "%", "exact", city="")
    d.metric("萧山区[[43.8元/平方米/月]]", "43.8", R, "exact", city="")
    d.metric("环比下降[[0.6%]]", "0.6", "%", "exact", city="")
    d.metric("临安区均[[不足40元/平方米/月]]", 40, R, "under", city="")
    d.city("在[[建德市]]、桐庐县")
    d.metric("普遍在[[25元/平方米/月左右]]", 25, R, "approx", city="建德市")
    # --- 机构化租赁 heading (no city)
    d.org("\n[[贝壳研究院]]上周")
    d.date("贝壳研究院[[上周]]发布", "2025-W44", city=HZ)
    d.date("截至[[9月末]]，杭州", "2025-09", city=HZ)
    d.city("9月末，[[杭州]]集中式")
    d.metric("存量[[约21.6万间]]", "21.6e4", "间", "approx", city=HZ)
    d.metric("达到[[18.5%]]", "18.5", "%", "exact", city=HZ)
    d.date("较[[2024年底]]提高", "2024", city=HZ)
    d.metric("提高[[1.7个百分点]]", "1.7", "百分点", "exact", city=HZ)
    d.org("。[[自如]]在杭运营")
    d.metric("房源[[超过6.8万间]]", "6.8e4", "间", "over", city="")
    d.date("，[[9月]]新签约量", "2025-09", city="")
    d.metric("环比增长[[23%]]", 23, "%", "exact", city="")
    d.org("；[[万科]]旗下泊寓")
    d.org("旗下[[泊寓]]在杭")
    d.metric("门店达到[[52家]]", 52, "家", "exact", city="")
    d.metric("保持在[[95%以上]]", 95, "%", "over", city="")
    d.org("；[[龙湖集团]]旗下")
    d.org("旗下[[冠寓]]今年")
    d.date("冠寓[[今年]]新开门店", "2025", city="")
    d.metric("新开门店[[9家]]", 9, "家", "exact", city="")
    d.metric("新增房源[[约3200间]]", 3200, "间", "approx", city="")
    d.org("。[[魔方公寓]]、城家公寓")
    d.org("、[[城家公寓]]等品牌")
    d.date("。[[国庆]]假期期间", "2025-10-01", city="")
    d.metric("带看量环比增长[[1.3倍]]", "1.3", "倍", "exact", city="")
    d.org("。[[自如]]相关负责人")
    d.date("表示，[[今年]]开学季新签约", "2025", city="")
    d.metric("占比达到[[七成以上]]", 70, "%", "over", city="")
    # --- 青禾公寓
    d.org("。[[杭州青禾公寓运营管理有限公司]]（")
    d.org("简称“[[青禾公寓]]”）")
    d.date("公司[[今年]]在滨江区", "2025", city="")
    d.metric("等产品[[1800余间]]", 1800, "间", "over", city="")
    d.metric("月租金在[[1200元]]至", 1200, "元", "exact", city="")
    d.metric("1200元至[[1500元]]之间", 1500, "元", "exact", city="")
    d.org("。[[青禾公寓]]还与")
    d.org("还与[[浙江工商大学]]、")
    d.org("、[[浙江科技大学]]等高校")
    d.metric("首月租金[[8折]]优惠", 80, "%", "exact", city="")
    # --- 保障供给 heading (no city)
    d.metric("外地毕业生占[[近六成]]\n", 60, "%", "approx", city="")
    d.org("\n[[杭州安居集团有限公司]]（")
    d.org("简称“[[杭州安居]]”）")
    d.date("）[[今年]]推出的", "2025", city="")
    d.metric("提供房源[[1260套]]", 1260, "套", "exact", city="")
    d.metric("建筑面积[[约45平方米]]", 45, "平方米", "approx", city="")
    d.metric("市场租金的[[85%左右]]", 85, "%", "approx", city="")
    d.date("该项目[[9月]]开放申请", "2025-09", city="西安市")
    d.metric("申请[[超过5200份]]", 5200, "份", "over", city="西安市")
    d.city("来自[[西安]]、武汉")
    d.city("西安、[[武汉]]、合肥")
    d.city("武汉、[[合肥]]、郑州")
    d.city("合肥、[[郑州]]等城市")
    d.metric("毕业生占比[[近六成]]。", 60, "%", "approx", city="郑州市")
    d.org("。[[杭州安居]]表示")
    d.metric("房源[[约800套]]", 800, "套", "approx", city="")
    d.date("将于[[12月中旬]]推出", "2025-12", city="")
    # --- 浙江省住建厅, 建行
    d.org("根据[[浙江省住房和城乡建设厅]]部署")
    d.city("期间[[杭州]]计划")
    d.metric("租赁住房[[30万套]]（间）。", "30e4", "套", "exact", city=HZ)
    d.org("。[[中国建设银行浙江省分行]]通过")
    d.city("已为[[杭州]]保租房")
    d.metric("贷款[[超过120亿元]]", "120e8", "元", "over", city=HZ)
    d.metric("平均利率[[不足3%]]", 3, "%", "under", city=HZ)
    # --- 公积金 heading (no city)
    d.metric("提高至每月[[2000元]]\n", 2000, "元", "exact", city="")
    d.org("\n[[杭州住房公积金管理中心]]同日")
    d.date("管理中心[[同日]]透露", "2025-11-05", city="")
    d.date("透露，[[今年1月]]至10月", "2025-01", city="")
    d.date("今年1月至[[10月]]，全市", "2025-10", city="")
    d.metric("共有[[约42.6万名]]", "42.6e4", "名", "approx", city="")
    d.metric("提取金额达[[31.8亿元]]", "31.8e8", "元", "exact", city="")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", city="")
    d.date("自[[11月1日]]起", "2025-11-01", city="")
    d.metric("由每月[[1500元]]提高", 1500, "元", "exact", city="")
    d.metric("提高至每月[[2000元]]，多子女", 2000, "元", "exact", city="")
    d.metric("上浮[[50%]]", 50, "%", "exact", city="")
    d.metric("新增提取[[约6亿元]]", "6e8", "元", "approx", city="")
    # --- 市人力社保局
    d.org("\n[[杭州市人力资源和社会保障局]]（")
    d.org("（[[市人力社保局]]）")
    d.date("介绍，[[今年]]杭州继续", "2025", city=HZ)
    d.city("今年[[杭州]]继续")
    d.metric("本科[[1万元]]", "1e4", "元", "exact", city=HZ)
    d.metric("硕士[[3万元]]", "3e4", "元", "exact", city=HZ)
    d.metric("博士[[5万元]]", "5e4", "元", "exact", city=HZ)
    d.date("；截至[[10月底]]已累计", "2025-10", city="")
    d.metric("发放补贴[[21.4亿元]]", "21.4e8", "元", "exact", city="")
    d.metric("毕业生[[约8.9万人]]", "8.9e4", "人", "approx", city="")
    d.date("。[[今年]]以来，全市", "2025", city="")
    d.metric("大学生[[超过3.6万人次]]", "3.6e4", "人次", "over", city="")
    d.metric("合计占比[[超过三成]]", 30, "%", "over", city="")
    # --- 宁波 section (heading 宁波：…, ended by the heading 全国：…)
    d.city("\n[[宁波]]：前三季度")
    d.date("宁波：[[前三季度]]新增", "2025", city=NB)
    d.metric("新增保租房[[1.1万套]]\n", "1.1e4", "套", "exact", city=NB)
    d.org("\n[[宁波市住房和城乡建设局]]最新")
    d.city("显示，[[宁波]]今年")
    d.date("宁波[[今年前三季度]]新增", "2025", city=NB)
    d.metric("租赁住房[[1.1万套]]（间）", "1.1e4", "套", "exact", city=NB)
    d.metric("每平方米每月[[38.6元]]", "38.6", "元", "exact", city=NB)
    d.metric("同比下降[[3.1%]]", "3.1", "%", "exact", city=NB)
    d.city("。[[宁波]]还在")
    d.metric("已有[[约300户]]", 300, "户", "approx", city=NB)
    # --- 全国 heading (no city; ends the 宁波 section)
    d.org("，[[中指研究院]]监测")
    d.metric("监测的[[50个]]重点城市", 50, "个", "exact", city="")
    d.date("重点城市[[10月]]平均租金", "2025-10", city="")
    d.metric("租金为[[36.2元/平方米/月]]", "36.2", R, "exact", city="")
    d.metric("下跌[[0.3%]]", "0.3", "%", "exact", city="")
    d.city("其中[[北京]]为")
    d.metric("北京为[[92.4元/平方米/月]]", "92.4", R, "exact", city="北京市")
    d.city("，[[上海]]为")
    d.metric("上海为[[87.9元/平方米/月]]", "87.9", R, "exact", city="上海市")
    d.city("，[[深圳]]为")
    d.metric("深圳为[[79.6元/平方米/月]]", "79.6", R, "exact", city="深圳市")
    d.city("，[[广州]]为")
    d.metric("广州为[[48.7元/平方米/月]]", "48.7", R, "exact", city="广州市")
    d.city("，[[杭州]]在重点城市")
    d.org("。[[仲量联行]]（JLL）")
    d.org("（[[JLL]]）分析")
    d.date("认为，[[第四季度]]杭州", "2025-Q4", city=HZ)
    d.city("第四季度[[杭州]]租金")
    d.metric("收窄至[[3%以内]]", 3, "%", "under", city=HZ)
    d.date("随着[[今年年内]]约1.2万套", "2025", city="")
    d.metric("年内[[约1.2万套]]", "1.2e4", "套", "approx", city="")
    d.date("，[[明年上半年]]租金", "2026", city="")
    d.date("到[[2027年底]]，杭州", "2027", city=HZ)
    d.city("2027年底，[[杭州]]还将")
    d.metric("租赁住房[[超过10万套]]（间）", "10e4", "套", "over", city=HZ)
    audit = {
        "cities": ["杭州", "宁波", "建德", "桐庐", "滨江", "西湖", "余杭",
                   "萧山", "临平", "钱塘", "临安", "下沙", "科技城", "北仑",
                   "鄞州", "西安", "武汉", "合肥", "郑州", "北京", "上海",
                   "深圳", "广州", "浙江", "安徽", "江西", "河南", "全市",
                   "全国", "外地", "市区", "市民", "城市", "杭"],
        # districts, counties, areas, provinces, deictic words, one-character
        # abbreviations, and cities inside ORG names
        "excluded": ["滨江区", "西湖区", "余杭区", "萧山区", "临平区",
                     "钱塘区", "临安区", "桐庐县", "下沙", "未来科技城",
                     "北仑区", "鄞州区", "浙江", "安徽", "江西", "河南",
                     "全市", "全国", "外地", "杭州[[市区]]", "新[[市民]]",
                     "等[[城市]]", "重点城市", "杭住宣", "在杭", "来杭",
                     "[[杭州]]市住房保障", "国家统计局[[杭州]]调查队",
                     "[[杭州]]青禾", "[[杭州]]安居集团",
                     "简称“[[杭州]]安居”", "。[[杭州]]安居表示",
                     "[[杭州]]住房公积金", "[[杭州]]市人力资源",
                     "[[宁波]]市住房和城乡"],
        "numbers_excluded": ["“[[00]]后”", "免费住宿[[7]]天"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["连续[[两]]个月", "“[[一]]张床”“",
                                      "”“[[一]]间房”", "”“[[一]]套房”",
                                      "其中“[[一]]张床”", "第[[二]]批",
                                      "“[[十四五]]”", "位列第[[七]]"],
        "org_hints": ["公司", "集团", "局", "厅", "银行", "研究院", "大学",
                      "中心", "调查队", "公寓", "自如", "泊寓", "冠寓", "万科",
                      "龙湖", "贝壳", "中指", "仲量", "安居", "分行", "部"],
        "org_excluded": ["，[[公司]]今年", "长租[[公寓]]", "该[[中心]]",
                         "求职大学生", "[[部]]署", "格[[局]]", "布局", "头[[部]]"],
        "date_ok": [r"年度计划", r"开学季", r"毕业季", r"连续两个月",
                    r"月租金", r"首月", r"每年", r"全日制", r"全年", r"每月",
                    r"每平方米每月", r"\d天", r"以来", r"周边", r"青年驿站"],
    }
    return d, audit


# ===========================================================================
# g34 Macao casino operators' results, traditional, UTF-8, Hong Kong financial
# daily (香港經濟日報), published 2025-11-07 (Fri, ISO week 2025-W45)
# ===========================================================================
@doc
def g34():
    d = Doc("g34_macao_casino_results")
    MO = "澳门"
    Q3 = "2025-Q3"
    # --- title (a heading of 39 characters, no city)
    d.date("濠賭股[[第三季]]業績分化", Q3, city="")
    d.org("分化 [[金沙中國]]經調整")
    d.metric("按年升[[12%]] 銀娛", 12, "%", "exact", city="")
    d.org("12% [[銀娛]]市佔")
    d.metric("重上[[兩成]]\n", 20, "%", "exact", city="")
    # --- byline
    d.org("\n[[香港經濟日報]]記者")
    # --- P1 金沙中國
    d.city("在[[香港]]上市")
    d.city("上市的[[澳門]]六家")
    d.metric("澳門[[六家]]博企", 6, "家", "exact", city=MO)
    d.date("博企[[第三季]]業績陸續", Q3, city=MO)
    d.org("。[[金沙中國有限公司]]（")
    d.org("（[[金沙中國]]，1928）")
    d.org("母公司[[拉斯維加斯金沙集團]]（")
    d.org("（[[LVS]]）")
    d.date("（LVS）[[上月23日]]公布", "2025-10-23", city="")
    d.org("公布，[[金沙中國]]第三季淨收益")
    d.date("金沙中國[[第三季]]淨收益", Q3, city="")
    d.metric("淨收益為[[18.6億美元]]", "18.6e8", "美元", "exact", city="")
    d.metric("（[[約145.1億港元]]）", "145.1e8", "港元", "approx", city="")
    d.metric("按年增長[[9.8%]]", "9.8", "%", "exact", city="")
    d.metric("EBITDA為[[5.87億美元]]", "5.87e8", "美元", "exact", city="")
    d.metric("按年上升[[12%]]", 12, "%", "exact", city="")
    d.metric("利潤率為[[31.6%]]", "31.6", "%", "exact", city="")
    d.date("較[[上季]]提高", "2025-Q2", city="")
    d.metric("提高[[0.9個百分點]]", "0.9", "百分点", "exact", city="")
    d.org("。[[金沙中國]]第三季中場")
    d.date("金沙中國[[第三季]]中場", Q3, city="")
    d.metric("博彩收益[[約12.9億美元]]", "12.9e8", "美元", "approx", city="")
    d.metric("按年增長[[11%]]，佔", 11, "%", "exact", city="")
    d.metric("博彩收益[[近九成]]", 90, "%", "approx", city="")
    d.metric("客房[[約1.2萬間]]", "1.2e4", "间", "approx", city="")
    d.metric("入住率為[[96.8%]]", "96.8", "%", "exact", city="")
    d.date("截至[[9月底]]持有", "2025-09", city="")
    d.metric("持有現金[[約18億美元]]", "18e8", "美元", "approx", city="")
    d.date("計劃於[[明年上半年]]為", "2026", city="")
    d.metric("為[[約20億美元]]的", "20e8", "美元", "approx", city="")
    # --- P2 銀娛
    d.org("\n[[銀河娛樂集團]]（")
    d.org("（[[銀娛]]，27）")
    d.date("，27）[[前日]]（5日）", "2025-11-05", city="")
    d.date("前日（[[5日]]）公布", "2025-11-05", city="")
    d.date("業績，[[第三季]]淨收益為125.3", Q3, city="")
    d.metric("淨收益為[[125.3億港元]]", "125.3e8", "港元", "exact", city="")
    d.metric("按年增加[[14%]]", 14, "%", "exact", city="")
    d.metric("按季增加[[6%]]", 6, "%", "exact", city="")
    d.metric("EBITDA為[[35.2億港元]]", "35.2e8", "港元", "exact", city="")
    d.metric("按年升[[17%]]", 17, "%", "exact", city="")
    d.metric("入住率達[[99%]]", 99, "%", "exact", city="")
    d.metric("每股[[70港仙]]", 70, "港仙", "exact", city="")
    d.org("。[[銀娛]]主席")
    d.date("將於[[2027年]]分階段", "2027", city="")
    d.metric("總投資額[[約280億港元]]", "280e8", "港元", "approx", city="")
    # --- P3 永利澳門, 美高梅中國
    d.org("\n[[永利澳門有限公司]]（")
    d.org("（[[永利澳門]]，1128）")
    d.date("1128）[[第三季]]經營", Q3, city="")
    d.metric("總額為[[9.42億美元]]", "9.42e8", "美元", "exact", city="")
    d.metric("按年增長[[5.1%]]", "5.1", "%", "exact", city="")
    d.metric("EBITDA為[[2.86億美元]]", "2.86e8", "美元", "exact", city="")
    d.org("母公司[[永利度假村]]（")
    d.org("（[[Wynn Resorts]]）")
    d.date("指出，[[10月]]國慶黃金周", "2025-10", city="")
    d.date("10月[[國慶]]黃金周", "2025-10-01", city="")
    d.metric("按年增長[[約15%]]", 15, "%", "approx", city="")
    d.org("。[[永利澳門]]將於")
    d.date("將於[[下周二]]（11日）", "2025-11-11", city="")
    d.date("下周二（[[11日]]）舉行", "2025-11-11", city="")
    d.org("。[[美高梅中國控股有限公司]]（")
    d.org("（[[美高梅中國]]，2282）")
    d.date("公布，[[第三季]]收益", Q3, city="")
    d.metric("收益[[約85.6億港元]]", "85.6e8", "港元", "approx", city="")
    d.metric("按年增長[[11.2%]]", "11.2", "%", "exact", city="")
    d.metric("EBITDA達[[23.1億港元]]", "23.1e8", "港元", "exact", city="")
    d.metric("佔有率為[[16.3%]]", "16.3", "%", "exact", city="")
    d.date("較[[去年同期]]上升", "2024-Q3", city="")
    d.metric("上升[[0.8個百分點]]", "0.8", "百分点", "exact", city="")
    d.metric("保持在[[15%以上]]", 15, "%", "over", city="")
    # --- P4 澳博, 新濠, market
    d.org("\n[[澳門博彩控股有限公司]]（")
    d.org("（[[澳博控股]]，880）")
    d.date("880）[[第三季]]博彩", Q3, city="")
    d.metric("淨額為[[72.4億港元]]", "72.4e8", "港元", "exact", city="")
    d.metric("按年增長[[4.6%]]", "4.6", "%", "exact", city="")
    d.metric("EBITDA為[[9.6億港元]]", "9.6e8", "港元", "exact", city="")
    d.metric("按年下跌[[3%]]", 3, "%", "exact", city="")
    d.org("。[[新濠博亞娛樂]]（")
    d.org("（[[Melco Resorts]]）")
    d.city("Resorts）[[澳門]]業務")
    d.date("澳門業務[[第三季]]經營", Q3, city=MO)
    d.metric("收益淨額[[約11.5億美元]]", "11.5e8", "美元", "approx", city=MO)
    d.metric("按年增長[[8.9%]]", "8.9", "%", "exact", city=MO)
    d.metric("入住率均在[[97%以上]]", 97, "%", "over", city=MO)
    d.org("母公司[[新濠國際發展]]（200）")
    d.date("股價[[昨日]]收報", "2025-11-06", city="")
    d.metric("收報[[5.12港元]]", "5.12", "港元", "exact", city="")
    d.metric("全日升[[4.3%]]", "4.3", "%", "exact", city="")
    d.date("濠賭股[[昨日]]普遍", "2025-11-06", city="")
    d.metric("恒指收報[[26,485點]]", 26485, "点", "exact", city="")
    d.metric("，升[[1.2%]]；", "1.2", "%", "exact", city="")
    d.org("；[[金沙中國]]收報")
    d.metric("收報[[21.35港元]]", "21.35", "港元", "exact", city="")
    d.metric("升[[3.6%]]", "3.6", "%", "exact", city="")
    d.org("，[[銀娛]]升2.9%")
    d.metric("銀娛升[[2.9%]]", "2.9", "%", "exact", city="")
    d.metric("，[[六隻]]濠賭股", 6, "只", "exact", city="")
    d.metric("成交[[約8.7億港元]]", "8.7e8", "港元", "approx", city="")
    # --- market-share list (heading lines, no city)
    d.date("各博企[[第三季]]市場", Q3, city="")
    d.org("（據[[摩根大通]]估算）")
    d.org("\n[[金沙中國]] 23.8%")
    d.metric("金沙中國 [[23.8%]]", "23.8", "%", "exact", city="")
    d.org("\n[[銀娛]] 20.4%")
    d.metric("銀娛 [[20.4%]]", "20.4", "%", "exact", city="")
    d.org("\n[[美高梅中國]] 16.3%")
    d.metric("美高梅中國 [[16.3%]]", "16.3", "%", "exact", city="")
    d.org("\n[[新濠]] 13.9%")
    d.metric("新濠 [[13.9%]]", "13.9", "%", "exact", city="")
    d.org("\n[[永利澳門]] 13.1%")
    d.metric("永利澳門 [[13.1%]]", "13.1", "%", "exact", city="")
    d.org("\n[[澳博控股]] 12.5%")
    d.metric("澳博控股 [[12.5%]]", "12.5", "%", "exact", city="")
    # --- 澳門 section (heading 澳門：…, ended by the heading 客源：…)
    d.city("\n[[澳門]]：10月")
    d.date("澳門：[[10月]]賭收", "2025-10", city=MO)
    d.org("\n[[澳門博彩監察協調局]]（")
    d.org("（[[博監局]]）數據")
    d.city("顯示，[[澳門]]10月")
    d.date("澳門[[10月]]幸運博彩", "2025-10", city=MO)
    d.metric("毛收入為[[240.9億澳門元]]", "240.9e8", "澳门元", "exact", city=MO)
    d.metric("按年增長[[15.9%]]", "15.9", "%", "exact", city=MO)
    d.metric("大升[[32%]]", 32, "%", "exact", city=MO)
    d.date("創[[2020年1月]]以來", "2020-01", city=MO)
    d.date("；[[首10個月]]累計", "2025", city=MO)
    d.metric("毛收入為[[2,016.7億澳門元]]", "2016.7e8", "澳门元", "exact",
             city=MO)
    d.metric("按年上升[[7.2%]]", "7.2", "%", "exact", city=MO)
    d.date("。[[第三季]]全澳", Q3, city=MO)
    d.metric("賭收[[約634億澳門元]]", "634e8", "澳门元", "approx", city=MO)
    d.metric("佔比[[約76%]]", 76, "%", "approx", city=MO)
    d.metric("降至[[不足一成]]", 10, "%", "under", city=MO)
    d.org("。[[經濟財政司]]司長")
    d.org("表示，[[特區政府]]對")
    d.date("對[[2025年]]全年賭收", "2025", city=MO)
    d.metric("賭收[[2,400億澳門元]]", "2400e8", "澳门元", "exact", city=MO)
    # --- 客源 heading (no city; ends the 澳門 section)
    d.metric("內地旅客佔[[逾七成]]\n", 70, "%", "over", city="")
    d.org("\n[[澳門統計暨普查局]]（")
    d.org("（[[統計局]]）資料")
    d.date("顯示，[[今年首九個月]]訪澳", "2025", city="")
    d.metric("旅客達[[2,947萬人次]]", "2947e4", "人次", "exact", city="")
    d.metric("按年增加[[14.8%]]", "14.8", "%", "exact", city="")
    d.metric("內地旅客[[約2,130萬人次]]", "2130e4", "人次", "approx", city="")
    d.metric("佔總數[[逾七成]]", 70, "%", "over", city="")
    d.metric("平均逗留[[1.2晚]]", "1.2", "晚", "exact", city="")
    d.org("。[[澳門特區政府旅遊局]]指出")
    d.city("指出，[[珠海]]、中山")
    d.city("珠海、[[中山]]、廣州")
    d.city("中山、[[廣州]]及深圳")
    d.city("廣州及[[深圳]]是")
    d.date("城市，[[9月]]至10月", "2025-09", city="深圳市")
    d.date("9月至[[10月]]經", "2025-10", city="深圳市")
    d.city("經[[珠海]]橫琴口岸")
    d.metric("按年增長[[約三成]]", 30, "%", "approx", city="珠海市")
    d.org("。[[花旗]]分析")
    d.city("來自[[上海]]、杭州")
    d.city("上海、[[杭州]]及北京")
    d.city("杭州及[[北京]]的")
    d.date("帶動[[第三季]]非博彩", Q3, city="北京市")
    d.metric("按年增長[[約18%]]", 18, "%", "approx", city="北京市")
    d.org("\n[[澳門特區政府旅遊局]]預計")
    d.date("預計，[[今年]]全年", "2025", city="")
    d.metric("有望[[突破3,900萬人次]]", "3900e4", "人次", "over", city="")
    d.date("較[[2019年同期]]高出", "2019", city="")
    d.metric("高出[[約1成]]", 10, "%", "approx", city="")
    d.city("率團到[[成都]]、")
    d.city("成都、[[重慶]]及西安")
    d.city("重慶及[[西安]]推廣")
    d.city("並與[[深圳]]、香港")
    d.city("深圳、[[香港]]兩地")
    d.city("指出，[[澳門]]酒店房價")
    d.date("房價自[[9月]]起", "2025-09", city=MO)
    d.metric("回落[[約8%]]", 8, "%", "approx", city=MO)
    d.city("轉往[[珠海]]留宿")
    # --- 非博彩投資 heading (no city)
    d.metric("承諾總額[[逾千億]]\n", "1e11", "", "over", city="")
    d.date("根據[[2023年1月1日]]生效", "2023-01-01", city="")
    d.metric("合同，[[六家]]承批公司", 6, "家", "exact", city="")
    d.date("須在[[2032年底]]前", "2032", city="")
    d.metric("合共[[約1,188億澳門元]]", "1188e8", "澳门元", "approx", city="")
    d.metric("其中[[逾九成]]投向", 90, "%", "over", city="")
    d.org("。[[博監局]]早前")
    d.date("截至[[今年6月底]]，", "2025-06", city="")
    d.metric("投資[[約420億澳門元]]", "420e8", "澳门元", "approx", city="")
    d.metric("承諾總額[[約35%]]", 35, "%", "approx", city="")
    d.org("。[[金沙中國]]計劃")
    d.date("計劃在[[2026年]]前後", "2026", city="伦敦")
    d.city("為[[倫敦]]人及")
    d.city("人及[[巴黎]]人引入")
    d.org("；[[銀娛]]則預計")
    d.date("預計[[明年]]舉辦", "2026", city="")
    d.metric("將[[超過150場]]", 150, "场", "over", city="")
    # --- 分析員 heading (no city)
    d.date("分析員：[[第四季]]增長", "2025-Q4", city="")
    d.org("\n[[摩根大通]]發表")
    d.org("，將[[金沙中國]]目標價")
    d.metric("目標價由[[21.5港元]]", "21.5", "港元", "exact", city=MO)
    d.metric("上調至[[23.8港元]]", "23.8", "港元", "exact", city=MO)
    d.date("預測[[2025年]]澳門", "2025", city=MO)
    d.city("2025年[[澳門]]賭收按年")
    d.metric("增長[[約8%]]至", 8, "%", "approx", city=MO)
    d.metric("至[[2,420億澳門元]]", "2420e8", "澳门元", "exact", city=MO)
    d.org("。[[瑞銀]]則指")
    d.org("，[[銀娛]]第三季中場")
    d.date("銀娛[[第三季]]中場", Q3, city="")
    d.metric("回升至[[21.2%]]", "21.2", "%", "exact", city="")
    d.metric("目標價[[46港元]]", 46, "港元", "exact", city="")
    d.org("。[[中信里昂證券]]（")
    d.org("（[[CLSA]]）")
    d.date("認為[[11月]]為", "2025-11", city="")
    d.date("預料[[當月]]賭收", "2025-11", city="")
    d.metric("放緩至[[5%]]至7%", 5, "%", "exact", city="")
    d.metric("5%至[[7%]]", 7, "%", "exact", city="")
    d.date("提醒博企[[明年]]的", "2026", city="")
    d.org("。[[杰富瑞]]（")
    d.org("（[[Jefferies]]）")
    d.date("估計，[[2026年]]全年", "2026", city=MO)
    d.city("全年[[澳門]]賭收將達")
    d.metric("將達[[2,550億澳門元]]", "2550e8", "澳门元", "exact", city=MO)
    d.metric("增長[[約5%]]至6%", 5, "%", "approx", city=MO)
    d.metric("約5%至[[6%]]", 6, "%", "exact", city=MO)
    d.metric("再升[[約一成]]", 10, "%", "approx", city=MO)
    audit = {
        "cities": ["香港", "澳門", "珠海", "中山", "廣州", "深圳", "上海",
                   "杭州", "北京", "成都", "重慶", "西安", "倫敦", "巴黎",
                   "拉斯維加斯", "路氹", "橫琴", "濠", "全澳", "訪澳", "內地",
                   "港股", "本地", "城市", "澳"],
        # areas, checkpoints, deictic words, one-character abbreviations
        # (濠, 澳, 港), and cities inside ORG names (rows cover those)
        "excluded": ["路氹", "橫琴", "濠賭股", "全澳", "訪澳", "內地",
                     "港股", "受惠[[城市]]"],
        "numbers_excluded": ["，[[1928]]）", "，[[27]]）", "，[[1128]]）",
                             "，[[2282]]）", "，[[880]]）", "（[[200]]）",
                             "連續第[[8]]個季度"],
        "latin_excluded": ["EBITDA"],
        "chinese_numerals_excluded": ["第[[四]]期", "「[[一]]簽多行」",
                                      "「[[一]]程多站」", "[[兩]]地旅遊"],
        "org_hints": ["公司", "集團", "局", "政府", "證券", "娛樂", "控股",
                      "大通", "花旗", "瑞銀", "金沙", "銀娛", "新濠", "永利",
                      "美高梅", "澳博", "日報", "財政司", "度假村", "富瑞",
                      "發展"],
        "org_excluded": ["母[[公司]]拉斯", "。[[公司]]表示", "母[[公司]]永利",
                         "母[[公司]]新濠", "承批公司", "該局局長",
                         "集團旗下", "集團路氹"],
        "date_ok": [r"按年", r"按季", r"按月", r"全年", r"全日", r"季度",
                    r"初期", r"單月", r"黃金周", r"淡月", r"明年上半年"],
    }
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」『』—…·/／+\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CN_NUM = "一二两兩三四五六七八九十几幾"
CHINESE_FIGURE = re.compile(
    r"[%s]+(?:成|倍|折|半|分之[一二三四五六七八九十]+|幅)" % CN_NUM)
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
    with separators, 万/亿, N成 (Arabic or Chinese digit), N倍, N分之M,
    多/余 (over)."""
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(家|隻|只|间|間)", span)
    if m:  # a Chinese numeral with a measure word is a count (precedent 三隻)
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.fullmatch(r"([千百]?)([万萬亿億]+)", span)
    if m:  # a bare magnitude, a figure only with a marker (GUIDELINES 近百)
        assert q != "exact", span
        v = Decimal(1000 if m.group(1) == "千" else 100 if m.group(1) else 1)
        for ch in m.group(2):
            v *= MAGNITUDE[ch]
        return v, q, ""
    m = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九十])",
                     span)
    if m:  # a fraction is a percentage (SPEC 三分之一 -> 33.3333333333)
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10"), ROUND_HALF_UP), q, "分之"
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)([万萬亿億]{0,2})(多|余|餘)?", span)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    for ch in m.group(2):  # 万亿 = 10^12
        v *= MAGNITUDE[ch]
    if m.group(3):
        assert q == "exact", span
        q = "over"
    rest = span[m.end():]
    if rest in ("成", "折"):  # Arabic N成 / N折 (below 10) -> N x 10 %
        assert rest == "成" or v < 10, span
        v *= 10
    return v, q, rest


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
    m = re.fullmatch(r"\d{4}-Q([1-4])", norm)
    assert m or not re.fullmatch(r"\d{4}-Q.*", norm), norm


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
    bad = []
    for r in d.rows:
        if r["type"] in ("DATE", "METRIC"):
            r["city"] = (section_of(d.text, cities, r["start"])
                         or sentence_city(d.text, cities, r))
            exp = r["_expect_city"]
            assert exp is not None, ("no expected city written", r)
            if r["city"] != exp:
                bad.append((r["text"], r["start"], "rule:", r["city"],
                            "expected:", exp))
    assert not bad, "city rule disagrees:\n" + "\n".join(map(str, bad))


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
            assert r["city"] == "", r
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
            if not r["unit"]:
                assert rest == "", ("a unit is written", r)
            if r["_extra"].get("shared_unit"):
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
                hits = [(m.start(), m.end())
                        for m in re.finditer(re.escape(ctx), d.text)]
                assert hits, ("exclusion never occurs", ctx)
                out.extend(hits)
        return out

    excluded = places(audit["excluded"] + audit["numbers_excluded"]
                      + audit["latin_excluded"]
                      + audit["chinese_numerals_excluded"])

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
    need(r"[一二两兩三四五六七八九十百千]", covered + excluded,
         "Chinese numeral")
    for name in {r["text"] for r in rows if r["type"] == "ORG"}:
        need(re.escape(name), org_spans, "ORG string")
    org_ex = places(audit["org_excluded"])
    for hint in audit["org_hints"]:
        need(re.escape(hint), org_spans + org_ex, "ORG-like word")
    ok = [(m.start(), m.end()) for pat in audit["date_ok"]
          for m in re.finditer(pat, d.text)]
    need(r"[年月日季周週旬昨今明天初底末夕夜节節旦诞誕秋庆慶]",
         covered + ok, "time word")
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
        assert r["source"] == SOURCE[r["doc_id"]], r
        with open(os.path.join(CORPUS, r["doc_id"] + ".txt"), "rb") as fh:
            text = fh.read().decode(DOC_FORMAT[r["doc_id"]][0])
        assert text.split("\n", 1)[0] == r["title"], r


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
        sys.exit("OpenCC not reachable: ORG normalizations need t2s")
    k, u = len(names), len(units)
    for r, s in zip(names, conv[:k]):
        if r["type"] == "ORG":
            r["normalized"] = s
            # simplified articles: t2s changes nothing
            if r["doc_id"] not in TRADITIONAL:
                assert s == r["text"], (r, s)
        elif r["text"] in CITY_ALIAS:
            assert r["normalized"] == CITY_ALIAS[r["text"]], r
        else:
            assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
    for r, s in zip(units, conv[k:k + u]):
        assert s == r["unit"], (r, s)
    for r, rest in zip(units, conv[k + u:]):
        # the unit is what the span writes after the number
        if r["unit"] == "%":
            assert rest in ("%", "％", "成", "分之", "折"), (r, rest)
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
        print("%-28s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-28s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
