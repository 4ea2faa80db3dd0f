#!/usr/bin/env python3
"""Gold annotation for the held-out articles g49_sportswear_retail
(simplified, mainland securities daily 证券时报, GB18030 without BOM) and
g50_hk_catering_retail (traditional, Hong Kong daily 星島日報, UTF-8 without
BOM).  Annotator Y.

Adapted from heldout/tools/annotate_v.py (now dev/tools/annotate_g43_g44.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Offsets are Python str indices into the decoded original text;
g50 offsets and `text` point into the traditional original, while
`normalized` (ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g49_g50.md.  Reference dates: corpus/manifest.csv
(g49 2025-08-28, g50 2025-11-18).

Checks: strict decoding per article (g49 GB18030: must not decode as UTF-8,
every character also in GBK, byte round trip; g50 UTF-8; no BOM, no CR);
text == original[start:end]; rows sorted and not overlapping; no span starts
or ends with white space or punctuation; field formats per type; DATE
normalizations are real calendar values; METRIC value, qualifier and unit
re-derived from the span text (a marker outside the span must be declared and
stand right before it; a unit shared with a later figure must be declared);
ORG normalization == OpenCC t2s(text) and CITY normalization == t2s(text)
with 市 added (foreign cities and Hong Kong/Macao by their common name); units
against t2s; the `city` column of every DATE/METRIC row recomputed with this
script's own implementation of the GUIDELINES rule and compared with the
hand value of every row.  Audits: every occurrence of a listed city/place
string, every ASCII digit run, every Latin word, every Chinese numeral
character, every Chinese figure word (成, 倍, 分之), every % sign, every time
character and every organization-like word lies inside a row or is excluded
here on purpose, and every occurrence of an annotated ORG string is inside an
ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's two rows are checked.  Re-run:

    python3 dev/tools/annotate_g49_g50.py
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
TYPES = ("CITY", "ORG", "DATE", "METRIC")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
ENCODINGS = {"g49_sportswear_retail": "gb18030",
             "g50_hk_catering_retail": "utf-8"}
PUBLISHED = {"g49_sportswear_retail": "2025-08-28",
             "g50_hk_catering_retail": "2025-11-18"}
SOURCES = {"g49_sportswear_retail": "证券时报",
           "g50_hk_catering_retail": "星島日報"}

# CITY span -> official full name (simplified; foreign cities, Hong Kong and
# Macao by their common Chinese name).
CITY_NORM = {
    # g49 (simplified)
    "北京": "北京市", "上海": "上海市", "深圳": "深圳市", "成都": "成都市",
    "昆明": "昆明市", "杭州": "杭州市", "广州": "广州市", "无锡": "无锡市",
    "义乌": "义乌市", "晋江": "晋江市", "晋江市": "晋江市", "慈溪": "慈溪市",
    "昆山": "昆山市", "石狮市": "石狮市",
    # g50 (traditional)
    "香港": "香港", "澳門": "澳门", "東京": "东京", "首爾": "首尔",
}
FOREIGN_OR_SAR = {"香港", "澳门", "东京", "首尔"}
SPELLING = {}

ORG_NORM = {  # g50 traditional span -> OpenCC t2s form
    "香港餐飲聯業協會": "香港餐饮联业协会", "政府統計處": "政府统计处",
    "統計處": "统计处", "香港零售管理協會": "香港零售管理协会",
    "翠華控股": "翠华控股", "大家樂集團": "大家乐集团",
    "譚仔國際": "谭仔国际", "美心集團": "美心集团", "莎莎國際": "莎莎国际",
    "周大福珠寶": "周大福珠宝", "屈臣氏": "屈臣氏", "萬寧": "万宁",
    "美聯工商舖": "美联工商舖", "喜茶": "喜茶", "霸王茶姬": "霸王茶姬",
    "瑞幸咖啡": "瑞幸咖啡", "luckin coffee": "luckin coffee",
    "太二酸菜魚": "太二酸菜鱼", "庫迪咖啡": "库迪咖啡",
    "領展房地產投資信託基金": "领展房地产投资信托基金", "領展": "领展",
    "新鴻基地產": "新鸿基地产", "新地": "新地", "萊坊": "莱坊",
    "入境事務處": "入境事务处", "深圳市商務局": "深圳市商务局",
    "山姆會員商店": "山姆会员商店", "盒馬": "盒马",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "特區政府": "特区政府",
}
TRADITIONAL = {"g50_hk_catering_retail"}
# markers outside the span (separated from the number by a verb, 为/為, 有 or
# a currency written before the number)
OUTSIDE_MARKERS = {"约": "approx", "約": "approx"}


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
        enc = ENCODINGS[doc_id]
        assert not raw.startswith(b"\xef\xbb\xbf"), "BOM in " + doc_id
        assert not raw.startswith((b"\xff\xfe", b"\xfe\xff")), doc_id
        self.text = raw.decode(enc)           # strict: every byte must decode
        if enc == "gb18030":
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                raise AssertionError(doc_id + " decodes as UTF-8")
            assert self.text.encode("gbk") == raw, doc_id + ": not GBK-clean"
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        assert "\ufeff" not in self.text and "\r" not in self.text, doc_id
        assert "\x00" not in self.text, doc_id
        self.rows = []
        self.shared_unit = set()

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
            city="", n=1, om=""):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": city, "_om": om})
        return places

    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        norm = ORG_NORM[span] if self.doc_id in TRADITIONAL else span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier="exact", city="", n=1,
               shared=False, om=""):
        """shared=True: the unit is written once after a later figure;
        om: a qualifier marker outside the span, right before it."""
        v = V(value)
        places = self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n,
                          om=om)
        if shared:
            self.shared_unit.update(s for s, _ in places)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g49 sportswear and outdoor brands' interim results, store networks and
# marathons: simplified, GB18030 (no BOM), published 2025-08-28 (Thursday,
# ISO week 2025-W35), securities daily 证券时报 (byline 证券时报记者).
# ===========================================================================
@doc
def g49():
    d = Doc("g49_sportswear_retail")
    BJ, SH, SZ, CD, KM, HZ, GZ, WX, YW, JJ, CX = (
        "北京市", "上海市", "深圳市", "成都市", "昆明市", "杭州市", "广州市",
        "无锡市", "义乌市", "晋江市", "慈溪市")
    # --- title (a heading without a city)
    d.org("领跑 [[安踏]]上半年")
    d.date("安踏[[上半年]]营收", "2025")
    d.metric("营收[[385.4亿元]]\n", "385.4e8", "元")
    # --- byline
    d.org("\n[[证券时报]]记者 周敏")
    # --- lead (no CITY)
    d.org("随着[[李宁]]、特步国际")
    d.org("李宁、[[特步国际]]、361度")
    d.org("特步国际、[[361度]]等公司")
    d.date("相继披露[[2025年]]中期业绩", "2025")
    d.date("行业[[上半年]]的", "2025")
    d.date("基本出齐。[[8月26日]]，", "2025-08-26")
    d.org("8月26日，[[安踏体育]]（02020.HK）")
    d.date("公布中期业绩：[[上半年]]实现", "2025")
    d.metric("营业收入[[385.4亿元]]，", "385.4e8", "元")
    d.metric("同比增长[[14.3%]]；股东", "14.3", "%")
    d.metric("应占溢利[[70.3亿元]]", "70.3e8", "元")
    d.org("剔除[[亚玛芬体育]]（Amer Sports）")
    d.org("亚玛芬体育（[[Amer Sports]]）")
    d.metric("同比增长[[约11%]]。", 11, "%", "approx")
    d.metric("每股[[1.37港元]]", "1.37", "港元")
    d.metric("派息率约为[[50%]]", 50, "%", "approx", om="约为")
    # --- brands (no CITY)
    d.org("分品牌看，[[安踏]]品牌")
    d.date("安踏品牌[[上半年]]收入", "2025")
    d.metric("收入[[169.5亿元]]", "169.5e8", "元")
    d.metric("同比增长[[5.4%]]，二季度", "5.4", "%")
    d.date("5.4%，[[二季度]]零售", "2025-Q2")
    d.org("；[[斐乐]]（FILA）")
    d.org("斐乐（[[FILA]]）")
    d.metric("收入[[141.8亿元]]", "141.8e8", "元")
    d.metric("同比增长[[8.6%]]；包括", "8.6", "%")
    d.org("包括[[迪桑特]]（DESCENTE）")
    d.org("迪桑特（[[DESCENTE]]）")
    d.org("和[[可隆]]（KOLON SPORT）")
    d.org("可隆（[[KOLON SPORT]]）")
    d.metric("收入[[74.1亿元]]", "74.1e8", "元")
    d.metric("大增[[61.1%]]", "61.1", "%")
    d.metric("升至[[19.2%]]", "19.2", "%")
    d.org("。[[安踏体育]]在业绩会上")
    d.date("截至[[6月30日]]，集团", "2025-06-30")
    d.metric("缩短至[[128天]]", 128, "天")
    d.metric("占比达到[[36.7%]]", "36.7", "%")
    # --- 李宁 (only the last sentence has a CITY)
    d.org("\n[[李宁公司]]8月21日")
    d.date("李宁公司[[8月21日]]发布", "2025-08-21")
    d.date("报告显示，[[上半年]]收入148.2", "2025")
    d.metric("收入[[148.2亿元]]", "148.2e8", "元")
    d.metric("同比增长[[3.3%]]；毛利率", "3.3", "%")
    d.metric("毛利率为[[50.4%]]", "50.4", "%")
    d.metric("下降[[0.2个百分点]]", "0.2", "百分点")
    d.metric("净流入[[21.6亿元]]", "21.6e8", "元")
    d.metric("同店销售同比增长[[约5%]]", 5, "%", "approx")
    d.date("截至[[6月底]]，李宁", "2025-06")
    d.org("6月底，[[李宁]]品牌")
    d.metric("集合店共[[6132家]]", 6132, "家")
    d.date("较[[年初]]净减少", "2025")
    d.metric("净减少[[52家]]", 52, "家")
    d.metric("月均销售额约为[[45万元]]", "45e4", "元", "approx", om="约为")
    d.date("公司称，[[下半年]]将继续", "2025", BJ)
    d.city("并在[[北京]]王府井")
    d.city("、[[上海]]南京路")
    # --- 特步
    d.org("\n[[特步国际]]（01368.HK）")
    d.date("（01368.HK）[[8月19日]]公布", "2025-08-19")
    d.date("8月19日公布，[[上半年]]收入68.4", "2025")
    d.metric("收入[[68.4亿元]]", "68.4e8", "元")
    d.metric("同比增长[[7.1%]]；其中", "7.1", "%")
    d.org("主品牌[[特步]]收入")
    d.metric("特步收入[[58.9亿元]]", "58.9e8", "元", city=BJ)
    d.metric("板块收入[[9.5亿元]]", "9.5e8", "元", city=BJ)
    d.metric("同比增长[[32.8%]]，索康尼", "32.8", "%", city=BJ)
    d.org("32.8%，[[索康尼]]（saucony）")
    d.org("索康尼（[[saucony]]）")
    d.city("在[[北京]]、上海、深圳等城市")
    d.city("北京、[[上海]]、深圳等城市")
    d.city("北京、上海、[[深圳]]等城市")
    d.metric("门店增至[[152家]]", 152, "家", city=SZ)
    d.org("。[[特步国际]]表示")
    d.date("品类，[[上半年]]跑鞋", "2025")
    d.metric("销量[[超过1200万双]]", "1200e4", "双", "over")
    d.metric("完赛穿着率约为[[23.6%]]", "23.6", "%", "approx", om="约为")
    d.org("下沉市场方面，[[特步]]在江苏")
    d.city("江苏[[昆山]]、")
    d.city("浙江[[慈溪]]等县级市")
    d.metric("新开门店[[逾80家]]", 80, "家", "over", CX)
    # --- 361度 (no CITY)
    d.org("\n[[361度]]上半年")
    d.date("361度[[上半年]]收入", "2025")
    d.metric("收入[[57.1亿元]]", "57.1e8", "元")
    d.metric("同比增长[[11.0%]]", 11, "%")
    d.metric("净利润[[8.6亿元]]", "8.6e8", "元")
    d.metric("同比增长[[8.1%]]", "8.1", "%")
    d.metric("儿童业务收入[[12.4亿元]]", "12.4e8", "元")
    d.metric("同比增长[[13.5%]]", "13.5", "%")
    d.metric("电商渠道收入[[16.3亿元]]", "16.3e8", "元")
    d.metric("占比升至[[28.5%]]", "28.5", "%")
    d.org("在[[天猫]]、京东和得物")
    d.org("天猫、[[京东]]和得物")
    d.org("京东和[[得物]]等平台")
    d.metric("销售额增长[[近三成]]", 30, "%", "approx")
    d.org("。[[鸿星尔克]]则未披露")
    d.org("据[[魔镜洞察]]统计")
    d.date("统计，[[上半年]]鸿星尔克", "2025")
    d.org("上半年[[鸿星尔克]]在直播")
    d.metric("成交额约为[[31亿元]]", "31e8", "元", "approx", om="约为")
    d.metric("同比增长[[约17%]]", 17, "%", "approx")
    # --- heading 户外 (no city)
    d.org("。[[亚玛芬体育]]二季度")
    d.date("亚玛芬体育[[二季度]]营收", "2025-Q2")
    d.metric("营收[[13.2亿美元]]", "13.2e8", "美元")
    d.metric("同比增长[[23%]]，其中", 23, "%")
    d.metric("收入增长[[42%]]", 42, "%")
    d.org("，[[始祖鸟]]在华")
    d.metric("达到[[近百家]]", 100, "家", "approx")
    d.org("。[[萨洛蒙]]7月")
    d.date("萨洛蒙[[7月]]在上海", "2025-07", SH)
    d.city("7月在[[上海]]静安区")
    d.metric("营业面积[[约1500平方米]]", 1500, "平方米", "approx", SH)
    d.org("户外品牌[[凯乐石]]则把")
    d.date("越野跑，[[上半年]]在成都", "2025", CD)
    d.city("上半年在[[成都]]、昆明")
    d.city("成都、[[昆明]]、杭州")
    d.city("昆明、[[杭州]]新开")
    d.metric("新开[[5家]]直营店", 5, "家", "exact", HZ)
    d.metric("平均面积[[超过300平方米]]", 300, "平方米", "over", HZ)
    # --- 欧睿 (no CITY)
    d.org("\n[[欧睿国际]]（Euromonitor）")
    d.org("欧睿国际（[[Euromonitor]]）")
    d.date("数据显示，[[2024年]]中国", "2024")
    d.metric("市场规模约为[[4200亿元]]", "4200e8", "元", "approx", om="约为")
    d.metric("占比[[约两成]]", 20, "%", "approx")
    d.date("预计到[[2027年]]，", "2027")
    d.metric("将[[突破5500亿元]]", "5500e8", "元", "over")
    d.metric("年均复合增长率约为[[9.4%]]", "9.4", "%", "approx", om="约为")
    # --- 久谦 (no CITY)
    d.org("。[[久谦中台]]数据显示")
    d.date("数据显示，[[8月1日]]至20日", "2025-08-01")
    d.date("8月1日至[[20日]]，天猫", "2025-08-20")
    d.org("20日，[[天猫]]平台")
    d.metric("同比增长[[27.6%]]", "27.6", "%")
    d.metric("冲锋衣销量[[超过150万件]]", "150e4", "件", "over")
    d.org("；[[京东]]平台专业跑鞋")
    d.metric("同比增长[[逾四成]]", 40, "%", "over")
    d.metric("客单价约为[[680元]]", 680, "元", "approx", om="约为")
    # --- heading 赛事 (no city)
    d.org("\n[[中国田径协会]]（中国田协）")
    d.org("中国田径协会（[[中国田协]]）")
    d.date("数据显示，[[上半年]]全国", "2025")
    d.metric("路跑赛事[[312场]]", 312, "场")
    d.date("较[[去年同期]]增加41场", "2024")
    d.metric("增加[[41场]]", 41, "场")
    d.metric("参赛规模[[约296万人次]]", "296e4", "人次", "approx")
    d.metric("同比增长[[约15%]]。4月", 15, "%", "approx")
    d.date("约15%。[[4月13日]]开跑", "2025-04-13", WX)
    d.date("开跑的[[2025]]无锡马拉松", "2025", WX)
    d.city("开跑的2025[[无锡]]马拉松")
    d.metric("吸引[[约3.2万名]]跑者", "3.2e4", "名", "approx", WX)
    d.metric("报名人数[[超过27万人]]", "27e4", "人", "over", WX)
    d.metric("中签率[[不足12%]]", 12, "%", "under", WX)
    d.date("；[[3月30日]]举行", "2025-03-30", YW)
    d.city("举行的[[义乌]]马拉松")
    d.metric("同比增长[[约1.6倍]]", "1.6", "倍", "approx", YW)
    d.date("\n[[下半年]]赛事更为密集", "2025")
    d.city("。[[北京]]马拉松定于")
    d.date("定于[[11月2日]]鸣枪", "2025-11-02", BJ)
    d.city("鸣枪，[[上海]]马拉松")
    d.date("上海马拉松于[[11月30日]]举行", "2025-11-30", SH)
    d.city("，[[广州]]马拉松则")
    d.date("安排在[[12月14日]]。", "2025-12-14", GZ)
    d.city("。[[晋江市]]将在")
    d.date("晋江市将在[[12月7日]]首次", "2025-12-07", JJ)
    d.city("举办[[晋江]]国际半程马拉松")
    d.org("马拉松，[[特步]]、361度和安踏")
    d.org("特步、[[361度]]和安踏")
    d.org("361度和[[安踏]]等晋江")
    d.city("安踏等[[晋江]]本土品牌")
    d.metric("一场[[3万人]]规模", "3e4", "人")
    d.metric("拉动当地消费[[约1.2亿元]]", "1.2e8", "元", "approx")
    # --- section 晋江 (heading 晋江：, to the heading 渠道：)
    d.city("\n[[晋江]]：鞋服产业带")
    d.city("生产基地，[[晋江]]上半年")
    d.date("晋江[[上半年]]规模以上", "2025", JJ)
    d.metric("产值[[约1280亿元]]", "1280e8", "元", "approx", JJ)
    d.metric("同比增长[[6.2%]]", "6.2", "%", "exact", JJ)
    d.metric("出口额达到[[286.5亿元]]", "286.5e8", "元", "exact", JJ)
    d.org("据[[晋江市工业和信息化局]]介绍")
    d.metric("企业[[超过3000家]]", 3000, "家", "over", JJ)
    d.date("，[[今年7月]]以来", "2025-07", JJ)
    d.metric("环比增加[[近两成]]", 20, "%", "approx", JJ)
    d.city("邻近的[[石狮市]]则以")
    d.date("见长，[[上半年]]纺织", "2025", JJ)
    d.metric("产量约为[[18.6亿米]]", "18.6e8", "米", "approx", JJ, om="约为")
    # --- heading 渠道 (no city) and 展望
    d.org("\n[[滔搏国际]]公告显示")
    d.date("公告显示，[[3月]]至5月", "2025-03")
    d.date("3月至[[5月]]其零售", "2025-05")
    d.metric("同比下降[[6.5%]]", "6.5", "%")
    d.date("截至[[5月31日]]直营", "2025-05-31")
    d.metric("直营门店共[[5536家]]", 5536, "家")
    d.date("较[[2月底]]净减少", "2025-02")
    d.metric("净减少[[294家]]", 294, "家")
    d.metric("同比减少[[5.8%]]", "5.8", "%")
    d.org("。[[滔搏]]表示")
    d.org("将与[[耐克]]、阿迪达斯")
    d.org("耐克、[[阿迪达斯]]加强")
    d.org("与此同时，[[宝胜国际]]上半年")
    d.date("宝胜国际[[上半年]]收入", "2025")
    d.metric("收入约为[[90.4亿元]]", "90.4e8", "元", "approx", om="约为")
    d.metric("同比下降[[7.9%]]", "7.9", "%")
    d.date("展望[[下半年]]，多家券商", "2025", GZ)
    d.date("全国运动会[[11月]]在广州", "2025-11", GZ)
    d.city("11月在[[广州]]、深圳等地")
    d.city("广州、[[深圳]]等地")
    d.org("。[[中信证券]]研报")
    d.date("研报预计，[[2025年]]安踏体育", "2025")
    d.org("2025年[[安踏体育]]收入")
    d.metric("将达到[[约795亿元]]", "795e8", "元", "approx")
    d.org("，[[李宁]]收入增长")
    d.metric("收入增长[[2%]]至4%", 2, "%")
    d.metric("2%至[[4%]]；", 4, "%")
    d.date("；[[年底]]前各品牌", "2025")
    audit = {
        "cities": ["北京", "上海", "深圳", "成都", "昆明", "杭州", "广州",
                   "无锡", "义乌", "晋江", "慈溪", "昆山", "石狮", "南京",
                   "江苏", "浙江", "中国", "全国", "国内", "海外", "大中华",
                   "王府井", "静安", "当地", "城市"],
        "excluded": ["上海[[南京]]路", "[[江苏]]昆山", "[[浙江]]慈溪",
                     "北京[[王府井]]", "上海[[静安]]区"],
        "excluded_patterns": [r"中国运动鞋服", r"全国", r"国内", r"海外",
                              r"大中华区", r"当地", r"城市", r"在华"],
        # stock codes
        "numbers_excluded": ["（[[02020]].HK）", "（[[01368]].HK）"],
        "latin_ok": ["HK"],
        # ordinals, a name, the indefinite 一
        "cn_ok": [r"一次性", r"第十五届", r"一场", r"低单位数", r"这一", r"专一"],
        "org_hints": ["公司", "集团", "国际", "体育", "协会", "局", "证券",
                      "安踏", "李宁", "特步", "361度", "斐乐", "FILA", "迪桑特",
                      "可隆", "索康尼", "天猫", "京东", "得物", "鸿星尔克",
                      "魔镜", "亚玛芬", "始祖鸟", "萨洛蒙", "凯乐石", "欧睿",
                      "久谦", "滔搏", "耐克", "阿迪达斯", "宝胜"],
        "org_excluded": [r"公司相继", r"公司董事会", r"公司称", r"集团收入",
                         r"集团存货", r"国际半程", r"体育用品", r"券商", r"布局"],
        # time characters that are no DATE
        "date_hints_ok": [r"中期", r"年均", r"月均", r"天数",
                          r"以来", r"首次", r"明显", r"周敏",
                          r"周转"],
    }
    return d, audit

# ===========================================================================
# g50 restaurant closures and retail chains in Hong Kong: traditional, UTF-8
# (no BOM), published 2025-11-18 (Tuesday, ISO week 2025-W47), Hong Kong
# daily 星島日報; opening 【本報訊】 (本報 is no ORG); 昨日（17日） =
# 2025-11-17.  聖誕 2025 = 12-25; 元旦 2026 = 01-01; 國慶 = 10-01.
# ===========================================================================
@doc
def g50():
    d = Doc("g50_hk_catering_retail")
    HK, MO, SZ = "香港", "澳门", "深圳市"
    # --- title (a heading without a city)
    d.date("未止 [[首十個月]]逾300間", "2025")
    d.metric("首十個月[[逾300間]]", 300, "间", "over")
    # --- lead (香港 only inside an ORG)
    d.org("【本報訊】[[香港餐飲聯業協會]]昨日")
    d.date("聯業協會[[昨日]]（17日）", "2025-11-17")
    d.date("昨日（[[17日]]）公布", "2025-11-17")
    d.date("會員調查，[[今年首十個月]]全港", "2025")
    d.metric("全港約有[[318間]]", 318, "间", "approx", om="約有")
    d.date("較[[去年同期]]增加約兩成", "2024")
    d.metric("增加[[約兩成]]", 20, "%", "approx")
    d.metric("只有[[約206間]]", 206, "间", "approx")
    d.metric("按年減少[[一成]]", 10, "%")
    d.metric("下跌[[逾三成]]", 30, "%", "over")
    d.date("預計[[聖誕]]前後", "2025-12-25")
    # --- 統計處 (no CITY)
    d.org("\n[[政府統計處]]上月底")
    d.date("政府統計處[[上月底]]公布", "2025-10")
    d.date("顯示，[[第三季]]食肆", "2025-Q3")
    d.metric("估計為[[265.3億港元]]", "265.3e8", "港元")
    d.metric("按年下跌[[2.6%]]", "2.6", "%")
    d.metric("總收益量下跌[[4.1%]]", "4.1", "%")
    d.metric("按年跌[[5.8%]]", "5.8", "%")
    d.metric("微升[[0.7%]]", "0.7", "%")
    d.date("。[[今年首三季]]食肆", "2025")
    d.metric("價值約為[[803億港元]]", "803e8", "港元", "approx", om="約為")
    d.metric("按年下跌[[1.9%]]", "1.9", "%")
    d.org("零售方面，[[統計處]]本月初")
    d.date("統計處[[本月初]]公布", "2025-11")
    d.date("公布，[[9月]]零售業", "2025-09")
    d.metric("估計為[[305億港元]]", "305e8", "港元")
    d.metric("按年上升[[3.8%]]", "3.8", "%")
    d.date("；[[首九個月]]累計", "2025")
    d.metric("按年下跌[[2.4%]]", "2.4", "%")
    d.org("。[[香港零售管理協會]]主席")
    d.date("表示，[[國慶]]黃金周", "2025-10-01")
    d.metric("按年增加[[約6%]]", 6, "%", "approx")
    d.date("帶動[[10月]]零售", "2025-10")
    d.date("預計[[10月]]及11月", "2025-10")
    d.date("10月及[[11月]]銷貨額", "2025-11")
    d.metric("介乎[[3%]]至5%", 3, "%")
    d.metric("3%至[[5%]]，但", 5, "%")
    d.date("會員商戶[[上月]]的", "2025-10")
    d.metric("生意額下跌[[約一成]]", 10, "%", "approx")
    # --- heading 連鎖集團 (no city); districts only
    d.org("老牌茶餐廳[[翠華控股]]上月")
    d.date("翠華控股[[上月]]宣布", "2025-10")
    d.metric("銅鑼灣共[[3間]]分店", 3, "间")
    d.metric("減至[[約40間]]", 40, "间", "approx")
    d.org("。[[大家樂集團]]截至")
    d.date("截至[[9月30日]]止", "2025-09-30")
    d.metric("收入約為[[42.1億港元]]", "42.1e8", "港元", "approx", om="約為")
    d.metric("按年下跌[[3.5%]]", "3.5", "%")
    d.metric("淨增[[8間]]分店", 8, "间")
    d.org("。[[譚仔國際]]中期收入")
    d.metric("中期收入[[13.6億港元]]", "13.6e8", "港元")
    d.metric("按年下跌[[約7%]]", 7, "%", "approx")
    d.date("計劃[[明年初]]在觀塘", "2026")
    d.metric("新開[[6間]]分店", 6, "间")
    d.metric("涉及[[約120個]]職位", 120, "个", "approx")
    d.org("\n[[美心集團]]則逆市")
    d.date("業務[[今年]]已新開", "2025")
    d.metric("新開[[14家]]分店", 14, "家")
    d.metric("面積[[逾2萬平方呎]]", "2e4", "平方呎", "over")
    d.metric("維持在[[68港元]]至88港元", 68, "港元")
    d.metric("68港元至[[88港元]]", 88, "港元")
    d.date("較[[三年前]]只加價", "2022")
    d.metric("加價[[約5%]]", 5, "%", "approx")
    d.org("零售連鎖方面，[[莎莎國際]]上月")
    d.date("莎莎國際[[上月]]公布", "2025-10", HK)
    d.date("公布，[[7月]]至9月", "2025-07", HK)
    d.date("7月至[[9月]]香港", "2025-09", HK)
    d.city("9月[[香港]]及澳門")
    d.city("香港及[[澳門]]零售")
    d.metric("按年下跌[[6.2%]]", "6.2", "%", "exact", MO)
    d.metric("關閉[[4間]]分店", 4, "间", "exact", MO)
    d.org("；[[周大福珠寶]]則在")
    d.metric("淨關閉[[21個]]零售點", 21, "个")
    d.org("連鎖店[[屈臣氏]]及萬寧")
    d.org("屈臣氏及[[萬寧]]亦表示")
    d.date("營業額較[[2018年]]高峰", "2018")
    d.metric("仍低[[約三成]]", 30, "%", "approx")
    # --- heading 內地品牌加快來港 (no city)
    d.org("地產代理[[美聯工商舖]]統計")
    d.date("統計，[[今年首十個月]]內地", "2025")
    d.metric("新開[[約85間]]分店", 85, "间", "approx")
    d.date("較[[去年]]全年", "2024")
    d.metric("多出[[逾一倍]]", 1, "倍", "over")
    d.metric("總數[[約四成]]", 40, "%", "approx")
    d.org("。[[喜茶]]、霸王茶姬")
    d.org("喜茶、[[霸王茶姬]]、")
    d.org("霸王茶姬、[[瑞幸咖啡]]（luckin coffee）")
    d.org("瑞幸咖啡（[[luckin coffee]]）")
    d.org("及[[太二酸菜魚]]等品牌")
    d.org("其中[[瑞幸咖啡]]自今年6月")
    d.date("瑞幸咖啡自[[今年6月]]在中環", "2025-06")
    d.metric("已開設[[12間]]", 12, "间")
    d.org("；[[庫迪咖啡]]亦計劃")
    d.date("計劃在[[聖誕]]前進駐", "2025-12-25")
    d.city("表示，[[香港]]舖租")
    d.city("較[[深圳]]高出")
    d.metric("高出[[約2.5倍]]", "2.5", "倍", "approx", SZ)
    d.city("可借[[香港]]平台")
    # --- landlords (no CITY in the sentences with figures)
    d.org("業主方面，[[領展房地產投資信託基金]]（領展）")
    d.org("投資信託基金（[[領展]]）")
    d.date("（領展）[[上月]]公布", "2025-10")
    d.date("截至[[9月底]]旗下", "2025-09")
    d.metric("出租率為[[97.1%]]", "97.1", "%")
    d.date("較[[6月底]]下跌", "2025-06")
    d.metric("下跌[[0.5個百分點]]", "0.5", "百分点")
    d.metric("佔比升至[[31%]]", 31, "%")
    d.org("。[[新鴻基地產]]（新地）")
    d.org("新鴻基地產（[[新地]]）")
    d.city("來自[[東京]]及首爾")
    d.city("東京及[[首爾]]的")
    d.org("。[[萊坊]]指出")
    d.date("租金較[[2019年]]高峰", "2019")
    d.metric("回落[[約四成]]", 40, "%", "approx")
    d.metric("面積[[約1,200平方呎]]", 1200, "平方呎", "approx")
    d.date("月租由[[2019年]]的", "2019")
    d.metric("的[[約80萬港元]]", "80e4", "港元", "approx")
    d.metric("降至現時[[約35萬港元]]", "35e4", "港元", "approx")
    # --- section 深圳 (heading 深圳：, to the heading 展望：)
    d.city("\n[[深圳]]：北上消費分流")
    d.org("\n[[入境事務處]]數字顯示")
    d.date("顯示，[[今年首十個月]]經陸路", "2025", SZ)
    d.city("北上的[[香港]]居民")
    d.metric("居民[[約7,150萬人次]]", "7150e4", "人次", "approx", SZ)
    d.metric("按年增加[[14.6%]]", "14.6", "%", "exact", SZ)
    d.date("；[[上月]]北上人次", "2025-10", SZ)
    d.metric("北上人次[[逾820萬]]", "820e4", "", "over", SZ)
    d.date("，[[國慶]]黃金周期間單日", "2025-10-01", SZ)
    d.metric("單日最高[[逾38萬人次]]", "38e4", "人次", "over", SZ)
    d.org("。[[深圳市商務局]]統計")
    d.date("港人[[上半年]]在深圳", "2025", SZ)
    d.city("上半年在[[深圳]]的餐飲")
    d.metric("餐飲消費約為[[56億元]]", "56e8", "元", "approx", SZ, om="約為")
    d.metric("按年增長[[22%]]", 22, "%", "exact", SZ)
    d.org("。[[山姆會員商店]]深圳福田店")
    d.city("山姆會員商店[[深圳]]福田店")
    d.org("福田店和[[盒馬]]前海店")
    d.metric("客流中[[約三成]]為港人", 30, "%", "approx", SZ)
    d.metric("人均消費[[約150元]]", 150, "元", "approx", SZ)
    # --- heading 展望 (no city: ends the 深圳 section)
    d.date("\n展望：[[聖誕]]檔期", "2025-12-25")
    d.org("\n[[香港旅遊發展局]]（旅發局）")
    d.org("香港旅遊發展局（[[旅發局]]）")
    d.date("（旅發局）預計，[[聖誕]]至明年元旦", "2025-12-25")
    d.date("聖誕至[[明年元旦]]期間", "2026-01-01")
    d.metric("可達[[約420萬人次]]", "420e4", "人次", "approx")
    d.metric("按年增加[[約8%]]", 8, "%", "approx")
    d.org("。[[特區政府]]早前")
    d.city("推出的「[[香港]]夜繽紛」")
    d.date("延續至[[明年2月]]", "2026-02", HK)
    d.org("，[[旅發局]]並會")
    d.date("並會在[[12月中旬]]於", "2025-12", HK)
    d.metric("吸引[[逾20萬人次]]入場", "20e4", "人次", "over", HK)
    d.date("若[[聖誕]]檔期生意", "2025-12-25")
    d.date("起色，[[明年第一季]]全港", "2026-Q1")
    d.metric("再有[[150間]]至200間", 150, "间")
    d.metric("150間至[[200間]]食肆", 200, "间")
    d.org("建議[[特區政府]]研究")
    d.date("延長至[[明年底]]，", "2026")
    audit = {
        "cities": ["香港", "深圳", "澳門", "東京", "首爾", "港", "旺角",
                   "銅鑼灣", "觀塘", "將軍澳", "沙田", "啟德", "中環", "尖沙咀",
                   "屯門", "元朗", "中西區", "福田", "前海", "內地", "本地",
                   "東南亞", "城市"],
        "excluded": ["關閉[[旺角]]及", "旺角及[[銅鑼灣]]共", "的[[銅鑼灣]]地舖",
                     "在[[觀塘]]、", "、[[將軍澳]]及", "及[[沙田]]新開",
                     "在[[啟德]]新區", "在[[中環]]開設", "進駐[[尖沙咀]]",
                     "遷往[[屯門]]、", "、[[元朗]]等", "於[[中西區]]海濱",
                     "深圳[[福田]]店", "盒馬[[前海]]店", "拓展[[東南亞]]",
                     "新[[城市]]廣場"],
        # one-character 港 (全港, 在港, 訪港, 來港, 港人, 港澳, 港幣, 港元,
        # 海港城) and deictic words
        "excluded_patterns": [r"全港", r"在港", r"訪港", r"來港", r"港人",
                              r"港澳", r"港幣", r"港元", r"海港城", r"內地",
                              r"本地"],
        "numbers_excluded": [],
        "latin_ok": [],
        # ordinals, a duration, a label, the indefinite 一
        "cn_ok": [r"連續第五個月", r"止六個月", r"一批", r"「一人食」",
                  r"一個面積", r"首間", r"多個"],
        "org_hints": ["協會", "處", "局", "集團", "國際", "控股", "珠寶",
                      "政府", "地產", "咖啡", "商店", "領展", "新地", "萊坊",
                      "喜茶", "茶姬", "盒馬", "屈臣氏", "萬寧", "美聯",
                      "太二"],
        "org_excluded": [r"集團：", r"集團表示", r"集團發言人", r"連鎖集團",
                         r"地產代理",
                         r"。協會"],
        # time characters that are no DATE
        "date_hints_ok": [r"按年", r"黃金周", r"單日", r"月租", r"六個月",
                          r"第五個月", r"中期", r"早前", r"現時", r"至今",
                          r"假日", r"期內", r"前後",
                          r"全年"],
    }
    return d, audit


EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾百]+(?:成|倍|折|分之[一二三四五六七八九十]+)"
    r"|\d+(?:成|倍|折)")
CLAUSE_PUNCT = set("。，,；;！？")
SENT_END = set("。！？；!?;\n")
CN_DIGIT = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
MAGNITUDE = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8,
             "万亿": 10 ** 12, "萬億": 10 ** 12, "兆": 10 ** 12,
             "千": 10 ** 3, "百": 10 ** 2}
QUAL_PREFIX = [("超过", "over"), ("超過", "over"), ("突破", "over"),
               ("不足", "under"), ("不到", "under"), ("约", "approx"),
               ("約", "approx"), ("近", "approx"), ("逾", "over"),
               ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
UNIT_MAP = {"成": "%", "折": "%", "个百分点": "百分点", "個百分點": "百分点",
            "个基点": "基点", "個基點": "基点"}


def parse_metric(span):
    """(value, qualifier, written unit) re-derived from the span text."""
    q = "exact"
    s = span
    for p, qq in QUAL_PREFIX:
        if s.startswith(p):
            s, q = s[len(p):], qq
            break
    for x, qq in QUAL_SUFFIX:
        if s.endswith(x):
            s, q = s[:-len(x)], qq
            break
    if s == "一半":                                  # 近一半: 50 %
        return Decimal(50), q, "%"
    m = re.match(r"([一二两兩三四五六七八九十])(成|倍)$", s)
    if m:
        n = CN_DIGIT[m.group(1)]
        return (Decimal(n * 10), q, "成") if m.group(2) == "成" else (
            Decimal(n), q, "倍")
    m = re.fullmatch(r"([一二两兩三四五六七八九十])分之([一二两兩三四五六七八九])",
                     s)
    if m:                                            # 三分之一: a percentage
        v = Decimal(100 * CN_DIGIT[m.group(2)]) / Decimal(CN_DIGIT[m.group(1)])
        return v.quantize(Decimal("1e-10")), q, "%"
    if re.fullmatch(r"[一二两兩三四五六七八九]", s):   # 三大平台: N大
        return Decimal(CN_DIGIT[s]), q, ""
    m = re.match(r"([一二两兩三四五六七八九])([家个個间間张張部隻只名])$", s)
    if m:                                            # 六家: a counted noun
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    m = re.match(r"(百|千|万|萬)(.*)$", s)             # bare magnitude (近百列次)
    if m and q != "exact":
        return Decimal(MAGNITUDE[m.group(1)]), q, m.group(2)
    # 2億8,600萬 (digits split by a magnitude before a smaller section)
    m = re.match(r"(\d+)([亿億])(\d[\d,]*)([万萬])?(.*)$", s)
    if m:
        v = Decimal(m.group(1)) * MAGNITUDE[m.group(2)] + Decimal(
            m.group(3).replace(",", "")) * (MAGNITUDE[m.group(4)]
                                            if m.group(4) else 1)
        return v, q, m.group(5)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)(万亿|萬億|[万萬亿億兆])?([余餘多])?(.*)$", s)
    assert m, span
    assert re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?", m.group(1)), span
    v = Decimal(m.group(1).replace(",", ""))
    if m.group(2):
        v *= MAGNITUDE[m.group(2)]
    if m.group(3):
        q = "over"
    unit = m.group(4)
    if unit.endswith(("多", "余", "餘")) and len(unit) > 1:   # 2倍多
        unit, q = unit[:-1], "over"
    if unit == "折":
        v = v * 10 if v < 10 else v
    elif unit == "成":
        v = v * 10
    return v, q, unit


def valid_date(norm, published):
    y = int(norm[:4])
    assert abs(y - int(published[:4])) <= 12, norm
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
    """OpenCC t2s of each string; None when OpenCC cannot be reached."""
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
            p = subprocess.run([py, "-c", code], input=json.dumps(strings),
                               capture_output=True, text=True, check=True)
        except (OSError, subprocess.CalledProcessError):
            continue
        return json.loads(p.stdout)
    return None


def rule_city(text, rows):
    """The GUIDELINES `city` rule, written independently of the hand values:
    {start of DATE/METRIC row: city}."""
    cities = sorted((r for r in rows if r["type"] == "CITY"),
                    key=lambda r: r["start"])
    by_start = {c["start"]: c for c in cities}
    line_city = []                       # (line start, line end, section)
    section = ""
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line and len(line) <= 40 and not set(line) & CLAUSE_PUNCT:
            section = ""
            c = by_start.get(a)
            if c is not None:
                after = text[c["end"]:c["end"] + 1]
                if c["end"] == b or after in ("：", ":", " ", "-", "－", "—",
                                              "\u3000"):
                    section = c["normalized"]
        line_city.append((a, b, section))
    out = {}
    for r in rows:
        if r["type"] not in ("DATE", "METRIC"):
            continue
        sec = next(s for a, b, s in line_city if a <= r["start"] <= b)
        if sec:
            out[r["start"]] = sec
            continue
        s = r["start"]
        while s > 0 and text[s - 1] not in SENT_END:
            s -= 1
        e = r["end"]
        while e < len(text) and text[e] not in SENT_END:
            e += 1
        before = [c for c in cities if s <= c["start"] and c["end"] <= r["start"]]
        after = [c for c in cities if r["end"] <= c["start"] and c["end"] <= e]
        out[r["start"]] = (before[-1]["normalized"] if before else
                           after[0]["normalized"] if after else "")
    return out


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
        assert r["type"] in TYPES, r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
            assert not r["_om"], r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
            assert r["normalized"], r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
        if r["type"] == "CITY":
            n = r["normalized"]
            assert n in FOREIGN_OR_SAR or n.endswith("市"), r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, written = parse_metric(tx)
            om = r["_om"]
            if om:
                assert q == "exact", r
                assert d.text[s - len(om):s] == om, (r, om)
                q = next(qq for mk, qq in OUTSIDE_MARKERS.items()
                         if om.startswith(mk))
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_written_unit"] = written
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"], PUBLISHED[d.doc_id])

    # OpenCC cross-check of ORG / CITY normalization and of units
    names = [r for r in rows if r["type"] in ("ORG", "CITY")]
    metrics = [r for r in rows if r["type"] == "METRIC"]
    conv = t2s_all([r["text"] for r in names]
                   + [r["_written_unit"] for r in metrics]
                   + [r["unit"] for r in metrics])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-checks skipped)")
    else:
        cn = conv[:len(names)]
        cw = conv[len(names):len(names) + len(metrics)]
        cu = conv[len(names) + len(metrics):]
        for r, c in zip(names, cn):
            if r["type"] == "ORG":
                assert c == r["normalized"], (r, c)
            else:
                c = SPELLING.get(c, c)
                full = c if c.endswith("市") or c in FOREIGN_OR_SAR else c + "市"
                assert full == r["normalized"], (r, c)
        for r, w, u in zip(metrics, cw, cu):
            assert u == r["unit"], ("unit not simplified", r, u)
            w = UNIT_MAP.get(w, w)
            if r["start"] in d.shared_unit:
                assert w == "", ("shared unit but span has one", r)
            else:
                assert w == r["unit"], ("unit differs from span", r, w)
    for r in metrics:
        del r["_written_unit"]

    ruled = rule_city(d.text, rows)
    diffs = [(r["text"], r["start"], r["city"], ruled[r["start"]])
             for r in rows if r["start"] in ruled
             and ruled[r["start"]] != r["city"]]
    assert not diffs, f"{d.doc_id} city column differs from rule: {diffs!r}"

    covered = [(r["start"], r["end"]) for r in rows]
    org_spans = [(r["start"], r["end"]) for r in rows if r["type"] == "ORG"]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []
    for name in sorted({r["text"] for r in rows if r["type"] == "ORG"}):
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), org_spans):
                problems.append(f"ORG string {name} at {m.start()} not an ORG")
    excluded += [(m.start(), m.end())
                 for pat in audit.get("excluded_patterns", [])
                 for m in re.finditer(pat, d.text)]
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded):
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
    for m in re.finditer(r"[％%]", d.text):
        if not inside(m.start(), m.end(), covered):
            problems.append(f"percent sign at {m.start()} outside a METRIC")
    org_ex = []
    for pat in audit.get("org_excluded", []):   # regex patterns, every hit
        hits = [(m.start(), m.end()) for m in re.finditer(pat, d.text)]
        assert hits, ("org_excluded pattern unused", pat)
        org_ex.extend(hits)
    for hint in audit.get("org_hints", []):
        for m in re.finditer(re.escape(hint), d.text):
            if not inside(m.start(), m.end(), org_spans + org_ex):
                problems.append("ORG-like word %s at %d: %r" % (
                    hint, m.start(), d.text[m.start() - 8:m.end() + 8]))
    ok = [(m.start(), m.end()) for pat in audit.get("date_hints_ok", [])
          for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[年月日季周週旬昨今明天初夕底末晚秋节節]", d.text):
        if not inside(m.start(), m.end(), covered + ok):
            problems.append("time word %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in re.finditer(r"[A-Za-z]+", d.text):
        if not inside(m.start(), m.end(), covered) and \
                m.group() not in audit.get("latin_ok", []):
            problems.append("Latin word %s at %d" % (m.group(), m.start()))
    cn_ok = [(m.start(), m.end()) for pat in audit.get("cn_ok", [])
             for m in re.finditer(pat, d.text)]
    for m in re.finditer(r"[一二两兩三四五六七八九十百千]", d.text):
        if not inside(m.start(), m.end(), covered + cn_ok):
            problems.append("Chinese numeral %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8",
              newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["doc_id", "published", "source",
                                      "title"], rows
    # the set's manifest also lists the other annotators' articles
    mine = [r for r in rows if r["doc_id"] in PUBLISHED]
    assert [r["doc_id"] for r in mine] == list(PUBLISHED), mine
    for r in mine:
        assert r["published"] == PUBLISHED[r["doc_id"]], r
        assert r["source"] == SOURCES[r["doc_id"]], r
        datetime.date.fromisoformat(r["published"])
        first = Doc(r["doc_id"]).text.split("\n")[0]   # BOM removed
        assert r["title"] == first, (r, first)


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
        for r in d.rows:
            del r["_om"]
        out = os.path.join(GOLD, d.doc_id + ".csv")
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            w.writerows(d.rows)
        c = Counter(r["type"] for r in d.rows)
        total.update(c)
        counts = " ".join(f"{t}={c[t]}" for t in TYPES)
        print(f"{d.doc_id:<22} {len(d.rows):3d}  {counts}")
    counts = " ".join(f"{t}={total[t]}" for t in TYPES)
    print(f"{'total':<22} {sum(total.values()):3d}  {counts}")


if __name__ == "__main__":
    main()
