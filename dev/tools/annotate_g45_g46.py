#!/usr/bin/env python3
"""Gold annotation for held-out set w (g45_food_delivery_local,
g46_macao_trade_fair).

Adapted from heldout/tools/annotate_t.py (now dev/tools/annotate_g39_g40.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g45 is simplified (mainland city daily, 成都商报), stored in GB18030 (no BOM;
must not decode as UTF-8); g46 is traditional (Macao, 澳門日報), UTF-8 without
a BOM; offsets and `text` point into the traditional original while
`normalized` and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run).  Decisions:
dev/NOTES_g45_g46.md.  Reference dates: corpus/manifest.csv (g45 2025-09-10,
g46 2025-10-20); the script checks that the manifest agrees (own rows only:
the merged manifest lists other annotators' articles too).

Checks: strict decoding with the declared encoding and byte round trip;
text == original[start:end]; rows sorted, no two rows overlap; no span starts
or ends with white space or punctuation; field formats per type; DATE
normalizations are real calendar dates/months/weeks/quarters; METRIC value
and qualifier re-derived from the span text by a small independent parser
(a qualifier set by a marker outside the span must be declared and stand
right before the span; a unit shared with a later figure must be declared
and the joiner checked); the unit must be what the span writes after the
number (t2s); ORG normalizations are OpenCC t2s of the text, CITY
normalizations are checked against t2s.  The `city` column of every
DATE/METRIC row is computed here by an own implementation of the GUIDELINES
rule (section headings, then the sentence: nearest CITY before, else first
after) and asserted against the hand value written on every row.
Audits: every occurrence of a listed city/place string, every ASCII digit run,
every Latin word, every Chinese numeral character and every Chinese
fraction/multiple word is inside a row or excluded here on purpose; every
occurrence of an annotated ORG string is inside an ORG row; every
organization-like word is inside an ORG row or excluded on purpose; every time
character is inside a row or in a listed non-date word.

Paths are relative to this file: BASE = the parent of tools/, holding
corpus/ and gold/.  OpenCC: the `opencc` module if importable, else the
interpreter in $CN_NEWS_PYTHON, else <BASE>/../.venv/bin/python, else
/work/main/.venv/bin/python.  Re-run from anywhere:

    python3 dev/tools/annotate_g45_g46.py
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
BOM8 = b"\xef\xbb\xbf"
# doc_id -> (encoding, published, source)
DOC_FORMAT = {
    "g45_food_delivery_local": ("gb18030", "2025-09-10", "成都商报"),
    "g46_macao_trade_fair": ("utf-8", "2025-10-20", "澳門日報"),
}
PUBLISHED = {k: v[1] for k, v in DOC_FORMAT.items()}
SOURCE = {k: v[2] for k, v in DOC_FORMAT.items()}
TRADITIONAL = {"g46_macao_trade_fair"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g45 (简阳, 彭州, 都江堰, 义乌: county-level cities in 2025)
    "成都": "成都市", "成都市": "成都市", "简阳": "简阳市", "彭州": "彭州市",
    "都江堰": "都江堰市", "重庆": "重庆市", "杭州": "杭州市", "宁波": "宁波市",
    "温州": "温州市", "义乌": "义乌市", "武汉": "武汉市", "西安": "西安市",
    "长沙": "长沙市", "上海": "上海市", "北京": "北京市", "深圳": "深圳市",
    # g46
    "澳門": "澳门", "香港": "香港", "里斯本": "里斯本", "波爾圖": "波尔图",
    "羅安達": "罗安达", "馬普托": "马普托", "聖保羅": "圣保罗",
    "珠海": "珠海市", "中山": "中山市", "廣州": "广州市", "佛山": "佛山市",
    "江門": "江门市", "江門市": "江门市", "南寧": "南宁市", "柳州": "柳州市",
}
FOREIGN_OR_SAR = {"澳门", "香港", "里斯本", "波尔图", "罗安达", "马普托",
                  "圣保罗"}
CITY_ALIAS = {}
# the year of a DATE may lie this far from the publication year
YEAR_SPAN = 8


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def decode(doc_id, raw):
    codec = DOC_FORMAT[doc_id][0]
    assert not raw.startswith(BOM8), f"{doc_id} has a BOM"
    if codec == "utf-8":
        text = raw.decode("utf-8")                   # strict
        assert text.encode("utf-8") == raw, f"{doc_id}: round trip"
    elif codec == "gb18030":
        text = raw.decode("gb18030")                 # strict
        assert text.encode("gb18030") == raw, f"{doc_id}: round trip"
        try:
            raw.decode("utf-8")
            raise AssertionError(f"{doc_id}: decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        # every character also lies in GBK (so GBK readers agree)
        assert text.encode("gbk") == raw, f"{doc_id}: not GBK-clean"
    else:
        raise AssertionError(codec)
    assert "\ufeff" not in text and "\r" not in text and "\x00" not in text
    return text


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            raw = fh.read()
        self.text = decode(doc_id, raw)
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
               outside_marker="", shared=False):
        """outside_marker: a qualifier word written outside the span, right
        before it (separated from the number by a verb, SPEC).  shared: the
        figure has no unit of its own and takes the unit written once after
        the next figure (joined by 和/、/至)."""
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, n=n, expect_city=city,
                 outside_marker=outside_marker, shared=shared)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn

# ===========================================================================
# g45 food delivery and local services, simplified, GB18030 (no BOM),
# mainland city daily (成都商报), published 2025-09-10 (Wed, ISO week
# 2025-W37); 昨天（9月9日）, 上周 = 2025-W36, 本周五（12日） = 2025-09-12
# ===========================================================================
@doc
def g45():
    d = Doc("g45_food_delivery_local")
    CD, CQ, HZ, WH, XA = "成都市", "重庆市", "杭州市", "武汉市", "西安市"
    # --- title (a heading line with no city at its start)
    d.date("降温 [[8月]]成都日均", "2025-08", city=CD)
    d.city("8月[[成都]]日均")
    d.metric("订单[[突破600万单]]\n", "600e4", "单", "over", city=CD)
    # --- lead
    d.date("罗嘉）[[昨天]]（9月9日）", "2025-09-09", city="")
    d.date("昨天（[[9月9日]]）", "2025-09-09", city="")
    d.org("），[[成都市市场监督管理局]]（")
    d.org("简称“[[成都市市场监管局]]”）")
    d.org("召集[[美团]]、饿了么")
    d.org("美团、[[饿了么]]、京东外卖")
    d.org("饿了么、[[京东外卖]]、抖音")
    d.org("京东外卖、[[抖音生活服务]]等平台")
    d.date("获悉，[[今年8月]]，成都", "2025-08", city=CD)
    d.city("今年8月，[[成都]]外卖")
    d.metric("订单量[[突破600万单]]，", "600e4", "单", "over", city=CD)
    d.date("较[[去年同期]]增长约35%", "2024-08", city=CD)
    d.metric("增长[[约35%]]；", 35, "%", "approx", city=CD)
    d.date("；[[7月]]至8月，各平台", "2025-07", city=CD)
    d.date("；7月至[[8月]]，各平台", "2025-08", city=CD)
    d.city("各平台在[[成都]]投放")
    d.metric("合计[[约9.6亿元]]", "9.6e8", "元", "approx", city=CD)
    d.date("则由[[去年]]的42.3元", "2024", city=CD)
    d.metric("去年的[[42.3元]]", "42.3", "元", "exact", city=CD)
    d.metric("降至[[36.8元]]", "36.8", "元", "exact", city=CD)
    # --- P2
    d.org("据[[美团研究院]]测算")
    d.date("测算，[[8月]]成都外卖", "2025-08", city=CD)
    d.city("8月[[成都]]外卖订单中")
    d.metric("占比达[[27.4%]]", "27.4", "%", "exact", city=CD)
    d.date("较[[上月]]提高", "2025-07", city=CD)
    d.metric("提高[[1.6个百分点]]", "1.6", "百分点", "exact", city=CD)
    d.metric("配送距离为[[3.2公里]]", "3.2", "公里", "exact", city="")
    d.metric("缩短至[[29分钟]]", 29, "分钟", "exact", city="")
    d.city("活跃在[[成都]]的外卖骑手")
    d.metric("骑手[[约23.5万名]]", "23.5e4", "名", "approx", city=CD)
    d.metric("专送骑手[[8.2万名]]", "8.2e4", "名", "exact", city=CD)
    d.metric("众包骑手[[15.3万名]]", "15.3e4", "名", "exact", city=CD)
    d.metric("，[[近四成]]骑手", 40, "%", "approx", city=CD)
    d.city("。[[简阳]]、彭州")
    d.city("简阳、[[彭州]]、都江堰")
    d.city("彭州、[[都江堰]]等县级市")
    d.metric("增速[[超过50%]]", 50, "%", "over", city="都江堰市")
    # --- 平台 heading (no city) and P3
    d.org("平台：[[京东外卖]]入局")
    d.org("改变。[[京东外卖]]于2月11日")
    d.date("京东外卖于[[2月11日]]宣布", "2025-02-11", city=CD)
    d.date("截至[[8月底]]，其在", "2025-08", city=CD)
    d.city("其在[[成都]]上线")
    d.metric("已[[超过3.6万家]]", "3.6e4", "家", "over", city=CD)
    d.metric("一度[[突破2500万单]]", "2500e4", "单", "over", city=CD)
    d.org("。[[美团]]方面表示")
    d.date("表示，[[8月]]成都商户", "2025-08", city=CD)
    d.city("8月[[成都]]商户总数")
    d.metric("总数约为[[42.8万家]]", "42.8e4", "家", "approx", city=CD,
             outside_marker="约为")
    d.metric("新增商户[[1.2万余家]]", "1.2e4", "家", "over", city=CD)
    d.metric("达到[[1860家]]。", 1860, "家", "exact", city="")
    d.org("。[[蜜雪冰城]]、瑞幸咖啡")
    d.org("、[[瑞幸咖啡]]、塔斯汀")
    d.org("、[[塔斯汀]]等连锁品牌")
    d.metric("营业额的[[四成左右]]", 40, "%", "approx", city="")
    d.org("。[[饿了么]]则与淘宝闪购")
    d.org("则与[[淘宝闪购]]联动")
    d.org("联动，[[饿了么]]成都城市经理")
    d.city("饿了么[[成都]]城市经理")
    d.date("表示，[[8月]]淘宝闪购", "2025-08", city=CD)
    d.org("8月[[淘宝闪购]]在成都")
    d.city("淘宝闪购在[[成都]]的订单量")
    d.metric("环比增长[[1.3倍]]", "1.3", "倍", "exact", city=CD)
    d.metric("分别增长[[62%]]、", 62, "%", "exact", city=CD)
    d.metric("、[[48%]]和35%", 48, "%", "exact", city=CD)
    d.metric("48%和[[35%]]。", 35, "%", "exact", city=CD)
    # --- P4 (骑手保障)
    d.org("方面，[[京东外卖]]自3月1日")
    d.date("京东外卖自[[3月1日]]起", "2025-03-01", city="")
    d.date("截至[[6月底]]已覆盖", "2025-06", city="")
    d.metric("全国[[超过15万名]]全职", "15e4", "名", "over", city="")
    d.org("；[[美团]]自今年二季度")
    d.date("美团自[[今年二季度]]起", "2025-Q2", city=CD)
    d.city("起在[[成都]]、重庆等12个")
    d.city("在成都、[[重庆]]等12个")
    d.metric("重庆等[[12个]]城市", 12, "个", "exact", city=CQ)
    d.metric("最高补贴[[300元]]", 300, "元", "exact", city=CQ)
    d.org("。[[成都市人力资源和社会保障局]]数据")
    d.date("显示，[[今年上半年]]，全市", "2025", city="")
    d.metric("参保[[约9.4万人]]", "9.4e4", "人", "approx", city="")
    d.metric("同比增长[[逾两成]]", 20, "%", "over", city="")
    # --- 重庆 section (heading 重庆：…, ended by the heading 杭州：…)
    d.city("\n[[重庆]]：夜间订单")
    d.metric("占比[[三成]] 解放碑", 30, "%", "exact", city=CQ)
    d.org("\n[[重庆市商务委员会]]（")
    d.org("（[[重庆市商务委]]）")
    d.date("显示，[[8月]]重庆外卖", "2025-08", city=CQ)
    d.city("8月[[重庆]]外卖订单量")
    d.metric("订单量达[[1.46亿单]]", "1.46e8", "单", "exact", city=CQ)
    d.metric("同比增长[[28.7%]]", "28.7", "%", "exact", city=CQ)
    d.metric("占比[[约30.2%]]", "30.2", "%", "approx", city=CQ)
    d.metric("全市[[近45%]]的夜宵", 45, "%", "approx", city=CQ)
    d.metric("同比增长[[超过40%]]", 40, "%", "over", city=CQ)
    d.date("。[[8月8日]]至17日", "2025-08-08", city=CQ)
    d.date("8月8日至[[17日]]举办", "2025-08-17", city=CQ)
    d.city("“[[重庆]]火锅美食节”")
    d.org("期间，[[抖音生活服务]]数据显示")
    d.metric("核销额[[超过2.3亿元]]", "2.3e8", "元", "over", city=CQ)
    d.metric("客单价在[[80]]至120元", 80, "元", "exact", city=CQ, shared=True)
    d.metric("80至[[120元]]之间", 120, "元", "exact", city=CQ)
    d.metric("夜宵套餐[[8折]]优惠", 80, "%", "exact", city=CQ)
    d.metric("带动客流[[1.8万]]和", "1.8e4", "人次", "exact", city=CQ,
             shared=True)
    d.metric("1.8万和[[1.2万人次]]", "1.2e4", "人次", "exact", city=CQ)
    # --- 杭州 section (heading 杭州：…, ended by the heading 武汉、西安：…)
    d.city("\n[[杭州]]：即时零售")
    d.org("\n[[杭州市市场监督管理局]]此前")
    d.metric("约谈了[[5家]]平台", 5, "家", "exact", city=HZ)
    d.date("数据显示，[[8月]]杭州外卖", "2025-08", city=HZ)
    d.city("8月[[杭州]]外卖及")
    d.metric("合计[[约1.1亿单]]", "1.1e8", "单", "approx", city=HZ)
    d.metric("订单占比[[51.6%]]", "51.6", "%", "exact", city=HZ)
    d.org("。[[淘宝闪购]]总部")
    d.city("总部所在的[[杭州]]")
    d.metric("已有[[超过2.1万家]]品牌", "2.1e4", "家", "over", city=HZ)
    d.metric("分别增长[[37%]]和", 37, "%", "exact", city=HZ)
    d.metric("37%和[[29%]]。", 29, "%", "exact", city=HZ)
    d.org("。[[饿了么]]运营主体")
    d.org("运营主体[[上海拉扎斯信息科技有限公司]]表示")
    d.city("将在[[杭州]]、宁波")
    d.city("杭州、[[宁波]]、温州")
    d.city("宁波、[[温州]]、义乌")
    d.city("温州、[[义乌]]等地")
    d.metric("新增[[3000个]]骑手", 3000, "个", "exact", city=HZ)
    # --- 武汉、西安 heading (a city followed by 、: no section; ends 杭州)
    d.city("\n[[武汉]]、西安：")
    d.city("武汉、[[西安]]：到店")
    d.org("\n[[武汉市商务局]]数据")
    d.date("显示，[[8月]]武汉外卖", "2025-08", city=WH)
    d.city("8月[[武汉]]外卖订单量")
    d.metric("订单量约为[[9860万单]]", "9860e4", "单", "approx", city=WH,
             outside_marker="约为")
    d.metric("同比增长[[22.4%]]；", "22.4", "%", "exact", city=WH)
    d.metric("占比升至[[26.8%]]", "26.8", "%", "exact", city="")
    d.city("。[[西安]]则依托")
    d.org("。[[抖音生活服务]]数据显示，7月")
    d.date("数据显示，[[7月]]至8月，西安", "2025-07", city=XA)
    d.date("7月至[[8月]]，西安", "2025-08", city=XA)
    d.city("8月，[[西安]]到店团购")
    d.metric("同比增长[[1.6倍]]", "1.6", "倍", "exact", city=XA)
    d.metric("贡献了[[近六成]]订单", 60, "%", "approx", city=XA)
    d.city("。[[长沙]]五一商圈")
    d.city("、[[武汉]]江汉路步行街")
    d.metric("分别达到[[4200家]]和", 4200, "家", "exact", city=WH)
    d.metric("4200家和[[2600家]]", 2600, "家", "exact", city=WH)
    # --- 监管 heading (no city)
    d.date("\n[[7月18日]]，国家", "2025-07-18", city="")
    d.org("，[[国家市场监督管理总局]]（")
    d.org("（[[市场监管总局]]）")
    d.org("约谈[[饿了么]]、美团、京东")
    d.org("饿了么、[[美团]]、京东等")
    d.org("美团、[[京东]]等平台企业")
    d.city("此后，[[上海]]、北京")
    d.city("上海、[[北京]]、深圳")
    d.city("北京、[[深圳]]等地")
    d.org("。[[中国烹饪协会]]上周")
    d.date("中国烹饪协会[[上周]]发布", "2025-W36", city=CD)
    d.metric("受访的[[1200家]]成都", 1200, "家", "exact", city=CD)
    d.city("1200家[[成都]]餐饮商户")
    d.metric("中，[[约62%]]认为", 62, "%", "approx", city=CD)
    d.metric("但[[超过四成]]商户", 40, "%", "over", city=CD)
    d.metric("营业额的[[两成以上]]", 20, "%", "over", city=CD)
    d.org("。[[中国连锁经营协会]]（CCFA）")
    d.org("（[[CCFA]]）")
    d.date("预计，[[今年]]全国餐饮", "2025", city="")
    d.metric("达到[[1.65万亿元]]", "1.65e12", "元", "exact", city="")
    d.metric("升至[[约30%]]。", 30, "%", "approx", city="")
    # --- last paragraph (no heading)
    d.date("随着[[国庆]]、中秋", "2025-10-01", city="")
    d.date("国庆、[[中秋]]假期", "2025-10-06", city="")
    d.date("临近，[[10月]]外卖", "2025-10", city="")
    d.org("。[[成都市市场监管局]]表示")
    d.date("将于[[本周五]]（12日）", "2025-09-12", city=CD)
    d.date("本周五（[[12日]]）前", "2025-09-12", city=CD)
    d.city("《[[成都市]]网络餐饮")
    d.date("并在[[年底]]前实现", "2025", city=CD)
    d.metric("“满[[30元]]减15元”", 30, "元", "exact", city="")
    d.metric("减[[15元]]”", 15, "元", "exact", city="")
    audit = {
        "cities": ["成都", "简阳", "彭州", "都江堰", "重庆", "杭州", "宁波",
                   "温州", "义乌", "武汉", "西安", "长沙", "上海", "北京",
                   "深圳", "蓉", "四川", "渝中", "江北", "南岸", "解放碑",
                   "观音桥", "南滨路", "万州", "永川", "西湖", "上城", "光谷",
                   "江汉路", "五一", "全市", "全国", "城市", "城区", "外地",
                   "沪", "京", "渝", "汉", "杭"],
        # the provinces, districts, streets, squares, deictic and generic
        # words, one-character abbreviations (蓉), and cities inside ORGs
        "excluded": ["在[[蓉]]运营", "四川省外", "渝中区", "江北区", "南岸区",
                     "解放碑", "观音桥", "南滨路", "万州", "永川", "西湖区",
                     "上城区", "光谷", "江汉路", "五一商圈", "全市", "全国",
                     "县级市", "中心城区", "主城区", "个[[城市]]", "成都[[城市]]经理", "外地",
                     "京东"],
        "numbers_excluded": ["（[[22]]时至", "次日[[2]]时）", "[[24]]小时营业",
                             "“[[30]]分钟达”", "通过[[12315]]热线"],
        "latin_excluded": [],
        "chinese_numerals_excluded": ["五险[[一]]金", "[[五]]险一金",
                                      "[[五一]]商圈", "[[一]]度突破",
                                      "新[[一]]轮", "满[[半]]年"],
        "org_hints": ["公司", "局", "委", "协会", "研究院", "美团", "饿了么",
                      "京东", "抖音", "淘宝", "蜜雪", "瑞幸", "塔斯汀",
                      "政府", "集团", "总局"],
        "org_excluded": ["该局", "入局", "格局"],
        "date_ok": [r"暑期", r"日均", r"次日", r"夜间", r"夜宵", r"一度",
                    r"此前", r"此后", r"\d+时", r"\d+小时", r"每月",
                    r"满半年", r"期间", r"年底前", r"单月", r"日订单",
                    r"不夜城", r"美食节", r"明码", r"\d+分钟",
                    r"明显", r"宵夜"],
    }
    return d, audit

# ===========================================================================
# g46 Macao trade fair and Portuguese-speaking countries, traditional, UTF-8
# (no BOM), Macao daily (澳門日報), published 2025-10-20 (Mon, ISO week
# 2025-W43); the fairs ran 10月16日至19日, closed 昨（19）日 = 2025-10-19
# ===========================================================================
@doc
def g46():
    d = Doc("g46_macao_trade_fair")
    MO, LIS, LAD = "澳门", "里斯本", "罗安达"
    JM, LZ = "江门市", "柳州市"
    MOP = "澳门元"
    # --- title (a heading with no city)
    d.metric("簽約[[82項]]涉資", 82, "项", "exact", city="")
    d.metric("涉資[[逾百億澳門元]]\n", "1e10", MOP, "over", city="")
    # --- lead
    d.org("由[[澳門貿易投資促進局]]（貿促局）")
    d.org("澳門貿易投資促進局（[[貿促局]]）")
    d.city("第三十屆[[澳門]]國際貿易")
    d.date("、[[2025]]葡語國家", "2025", city=MO)
    d.city("服務展（[[澳門]]）")
    d.date("及[[2025]]澳門國際品牌", "2025", city=MO)
    d.city("及2025[[澳門]]國際品牌")
    d.date("（MFE）[[昨（19）日]]在路氹", "2025-10-19", city=MO)
    d.date("三展於[[10月16日]]至19日", "2025-10-16", city="")
    d.date("10月16日至[[19日]]舉行", "2025-10-19", city="")
    d.metric("展位[[約2,200個]]", "2200", "个", "approx", city="")
    d.metric("來自[[52個]]國家", 52, "个", "exact", city="")
    d.metric("地區的[[1,350家]]企業", 1350, "家", "exact", city="")
    d.metric("參展企業[[168家]]，", 168, "家", "exact", city="")
    d.metric("按年增長[[12%]]。", 12, "%", "exact", city="")
    d.metric("入場人次[[約15.8萬]]，", "15.8e4", "", "approx", city="")
    d.date("較[[去年]]增加9.3%", "2024", city="")
    d.metric("增加[[9.3%]]", "9.3", "%", "exact", city="")
    d.date("恢復至[[2019年]]水平", "2019", city="")
    d.metric("水平的[[1.2倍]]", "1.2", "倍", "exact", city="")
    d.metric("推介會[[逾130場]]", 130, "场", "over", city="")
    d.metric("合作項目[[82項]]，涉及", 82, "项", "exact", city="")
    d.metric("金額[[約108.6億澳門元]]", "108.6e8", MOP, "approx", city="")
    d.metric("上升[[近兩成]]", 20, "%", "approx", city="")
    # --- P2
    d.org("\n[[貿促局]]主席")
    d.metric("，[[67家]]琴澳", 67, "家", "exact", city="")
    d.metric("現場簽約[[11項]]", 11, "项", "exact", city="")
    d.org("。[[香港貿易發展局]]（貿發局）")
    d.org("（[[貿發局]]）亦")
    d.metric("組織[[16家]]香港", 16, "家", "exact", city="香港")
    d.city("16家[[香港]]企業")
    d.org("。[[經濟及科技發展局]]（經科局）")
    d.org("（[[經科局]]）同步")
    d.metric("吸引[[約1,100人次]]", 1100, "人次", "approx", city="")
    d.org("出席，[[商務部]]及")
    # --- P3 (Macao SMEs, banks)
    d.org("，[[澳門中華總商會]]（中總）")
    d.org("（[[中總]]）組織")
    d.metric("組織了[[逾80家]]會員", 80, "家", "over", city="")
    d.org("。[[中總]]表示")
    d.metric("，[[約三成]]參展", 30, "%", "approx", city="")
    d.metric("介乎[[5萬]]至30萬", "5e4", MOP, "exact", city="", shared=True)
    d.metric("5萬至[[30萬澳門元]]", "30e4", MOP, "exact", city="")
    d.org("。[[澳門銀行公會]]則")
    d.org("聯同[[中國銀行澳門分行]]、")
    d.org("、[[大豐銀行]]等")
    d.metric("等[[6家]]銀行", 6, "家", "exact", city="")
    d.metric("諮詢[[逾460宗]]", 460, "宗", "over", city="")
    # --- P4 (常設秘書處)
    d.org("\n[[中國—葡語國家經貿合作論壇（澳門）常設秘書處]]（")
    d.org("下稱[[常設秘書處]]）")
    d.metric("莫桑比克等[[9個]]葡語", 9, "个", "exact", city="")
    d.metric("等產品[[逾3,000款]]", 3000, "款", "over", city="")
    d.org("其中，[[巴西聖保羅州工業聯合會]]組織")
    d.metric("組織了[[28家]]企業", 28, "家", "exact", city="")
    d.city("來自[[里斯本]]、波爾圖、羅安達")
    d.city("里斯本、[[波爾圖]]、羅安達")
    d.city("波爾圖、[[羅安達]]、馬普托")
    d.city("、[[馬普托]]及聖保羅")
    d.city("馬普托及[[聖保羅]]的")
    d.metric("共有[[逾200人次]]", 200, "人次", "over", city="圣保罗")
    d.org("。[[常設秘書處]]數據")
    d.date("顯示，[[今年首三季]]，中國", "2025", city="")
    d.metric("貿易額達[[1,688.5億美元]]", "1688.5e8", "美元", "exact", city="")
    d.date("較[[去年同期]]增長6.4%", "2024", city="")
    d.metric("增長[[6.4%]]", "6.4", "%", "exact", city="")
    d.metric("進口約佔[[六成]]", 60, "%", "approx", city="",
             outside_marker="約佔")
    # --- 里斯本 section (heading 里斯本：…, ended by the heading 羅安達：…)
    d.city("\n[[里斯本]]：葡國")
    d.org("\n[[葡萄牙貿易投資促進局]]（AICEP）")
    d.org("（[[AICEP]]）")
    d.date("（AICEP）[[今年]]組織", "2025", city=LIS)
    d.metric("組織了[[35家]]葡國", 35, "家", "exact", city=LIS)
    d.city("來自[[波爾圖]]及周邊")
    d.metric("企業佔[[近一半]]", 50, "%", "approx", city=LIS)
    d.metric("採購合同[[約1.6億澳門元]]", "1.6e8", MOP, "approx", city=LIS)
    d.metric("葡萄酒約佔[[七成]]", 70, "%", "approx", city=LIS,
             outside_marker="約佔")
    d.date("七成，較[[去年同期]]增長", "2024", city=LIS)
    d.metric("增長[[約25%]]", 25, "%", "approx", city=LIS)
    d.org("。[[澳門葡萄酒進口商協會]]統計")
    d.date("統計，[[今年1月]]至9月", "2025-01", city=LIS)
    d.date("今年1月至[[9月]]，澳門", "2025-09", city=LIS)
    d.city("9月，[[澳門]]自葡萄牙")
    d.metric("葡萄酒[[約410萬公升]]", "410e4", "公升", "approx", city=LIS)
    d.metric("按年增長[[8.6%]]", "8.6", "%", "exact", city=LIS)
    d.metric("每公升[[約68澳門元]]", 68, MOP, "approx", city=LIS)
    # --- 羅安達 section (heading 羅安達：…, ended by the heading 內地客商：…)
    d.city("\n[[羅安達]]：安哥拉")
    d.metric("意向訂單增[[三倍]]\n", 3, "倍", "exact", city=LAD)
    d.org("\n[[安哥拉國家咖啡研究所]]組織")
    d.metric("組織了[[12家]]羅安達", 12, "家", "exact", city=LAD)
    d.city("12家[[羅安達]]咖啡企業")
    d.city("內地及[[澳門]]採購商")
    d.metric("意向訂單[[約3,600萬澳門元]]", "3600e4", MOP, "approx", city=LAD)
    d.metric("增加[[三倍]]。", 3, "倍", "exact", city=LAD)
    d.date("安哥拉咖啡[[去年]]對華", "2024", city=LAD)
    d.metric("出口量[[約1.2萬噸]]", "1.2e4", "吨", "approx", city=LAD)
    d.date("，[[今年]]有望", "2025", city=LAD)
    d.metric("有望[[突破2萬噸]]", "2e4", "吨", "over", city=LAD)
    d.city("亦與[[珠海]]、中山")
    d.city("珠海、[[中山]]兩地")
    d.metric("首期投資[[約5,000萬元]]人民幣", "5000e4", "元", "approx",
             city=LAD)
    # --- 內地客商 heading (no city; ends the 羅安達 section)
    d.org("\n[[廣東省商務廳]]、")
    d.org("、[[廣西壯族自治區商務廳]]及")
    d.org("及[[貴州省投資促進局]]分別")
    d.city("廣東團由[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、佛山")
    d.city("深圳、[[佛山]]、江門")
    d.city("佛山、[[江門]]等9個")
    d.metric("江門等[[9個]]城市", 9, "个", "exact", city=JM)
    d.metric("城市的[[186家]]企業", 186, "家", "exact", city=JM)
    d.metric("簽約金額[[約23.4億澳門元]]", "23.4e8", MOP, "approx", city=JM)
    d.city("廣西團在[[南寧]]、柳州")
    d.city("南寧、[[柳州]]舉辦")
    d.metric("舉辦的[[兩場]]對接會", 2, "场", "exact", city=LZ)
    d.metric("促成項目[[7項]]", 7, "项", "exact", city=LZ)
    d.city("。[[江門市]]與澳門")
    d.org("與[[澳門特區政府經濟財政司]]簽署")
    d.city("《[[江門]]澳門產業")
    d.city("《江門[[澳門]]產業")
    d.date("計劃於[[明年上半年]]前", "2026", city=MO)
    # --- 旅遊局 paragraph (no heading; no CITY: 澳門 inside the ORG)
    d.org("\n[[澳門特區政府旅遊局]]資料")
    d.metric("訪澳旅客[[約62.4萬人次]]", "62.4e4", "人次", "approx", city="")
    d.metric("日均[[約15.6萬人次]]", "15.6e4", "人次", "approx", city="")
    d.metric("商務旅客佔[[約18%]]", 18, "%", "approx", city="")
    d.metric("入住率達[[93.5%]]", "93.5", "%", "exact", city="")
    d.date("較[[9月]]上升", "2025-09", city="")
    d.metric("上升[[4.1個百分點]]", "4.1", "百分点", "exact", city="")
    # --- figure list (no city)
    d.metric("參展企業：[[1,350家]]（", 1350, "家", "exact", city="")
    d.metric("葡語國家[[168家]]）", 168, "家", "exact", city="")
    d.metric("入場人次：[[約15.8萬]]\n", "15.8e4", "", "approx", city="")
    d.metric("簽約項目：[[82項]]", 82, "项", "exact", city="")
    d.metric("涉資[[約108.6億澳門元]]\n", "108.6e8", MOP, "approx", city="")
    d.metric("線上洽談：[[逾2,600場次]]", 2600, "场次", "over", city="")
    # --- 展望 heading (no city)
    d.date("展望：[[明年]]擬增設", "2026", city="")
    d.org("\n[[貿促局]]表示")
    d.date("暫定於[[2026年10月]]舉行", "2026-10", city="")
    d.metric("參展企業[[1,500家以上]]", 1500, "家", "over", city="")
    d.org("。[[貿促局]]亦將")
    d.date("亦將於[[11月下旬]]率團", "2025-11", city=LIS)
    d.city("率團赴[[里斯本]]、波爾圖")
    d.city("赴里斯本、[[波爾圖]]參加")
    d.date("並於[[12月初]]在聖保羅", "2025-12", city="波尔图")
    d.city("12月初在[[聖保羅]]舉辦")
    d.city("「[[澳門]]—巴西")
    d.city("以[[澳門]]為平台")
    d.org("。[[特區政府]]將於")
    d.date("將於[[第四季]]推出", "2025-Q4", city="")
    d.metric("參展企業[[逾100家]]的", 100, "家", "over", city="")
    d.metric("最高[[50萬澳門元]]資助", "50e4", MOP, "exact", city="")
    audit = {
        "cities": ["澳門", "香港", "里斯本", "波爾圖", "羅安達", "馬普托",
                   "聖保羅", "珠海", "中山", "廣州", "深圳", "佛山", "江門",
                   "南寧", "柳州", "橫琴", "路氹", "內地", "本澳", "訪澳",
                   "在澳", "駐澳", "琴澳", "粵澳", "大灣區", "巴西", "葡萄牙",
                   "安哥拉", "莫桑比克", "中國", "廣東", "廣西", "貴州",
                   "省市", "城市", "港", "澳", "京", "穗", "葡國"],
        "excluded": ["橫琴", "路氹", "內地", "本澳", "訪澳", "在澳", "駐澳",
                     "琴澳", "粵澳", "粵港澳大灣區", "巴西", "葡萄牙", "安哥拉",
                     "莫桑比克", "中國與", "省市", "等9個[[城市]]",
                     "人民幣、[[澳門]]元及", "羅安達省", "葡國", "廣東團",
                     "廣西團"],
        "numbers_excluded": [],
        "latin_excluded": ["（[[MIF]]）", "（[[PLPEX]]）", "（[[MFE]]）",
                           "今屆[[PLPEX]]", "第三十屆[[MIF]]閉幕",
                           "第三十一屆[[MIF]]"],
        "chinese_numerals_excluded": ["第三十屆", "第三十一屆",
                                      "[[三]]展於", "[[三]]展主要",
                                      "為期[[四]]天", "中山[[兩]]地",
                                      "「[[一]]站式」"],
        "org_hints": ["局", "會", "處", "所", "廳", "部", "司", "銀行", "政府",
                      "公司", "集團", "貿促", "貿發", "經科", "中總"],
        # meetings, events, venues, back-references, generic words
        "org_excluded": ["記者會", "洽談會", "推介會", "會員", "對接會",
                         "展會", "該局", "該所", "大會", "投資促進部門",
                         "會展", "商協會", "參會", "代表團", "展覽會",
                         "家[[銀行]]設立"],
        "date_ok": [r"今屆", r"上屆", r"歷年", r"按年", r"日均", r"展期",
                    r"為期四天", r"首期", r"屆時", r"年增", r"數據", r"初步", r"周邊"],
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
    r"[%s]+(?:成|倍|折|半|分之[一二三四五六七八九十]+)" % CN_NUM)
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
# outside markers used in this set: 约为 (约为42.8万家, 约为9860万单),
# 約佔 (約佔六成, 約佔七成: GUIDELINES 约占全国的四成)


def parse_metric(span):
    """(value, qualifier, rest) re-derived from the span text: Arabic numbers
    with separators, 万/亿/万亿, N成 (Chinese digit), N倍, 一半, a bare 百/千/万
    with a marker (逾百場), 多/余 (over)."""
    q = "exact"
    for p, qq in QUAL_PREFIX:
        if span.startswith(p):
            span, q = span[len(p):], qq
            break
    for s, qq in QUAL_SUFFIX:
        if span.endswith(s):
            span, q = span[:-len(s)], qq
            break
    m = re.fullmatch(r"([一二两兩三四五六七八九十])(成|倍)", span)
    if m:
        mult = 10 if m.group(2) == "成" else 1
        return Decimal(CN_DIGIT[m.group(1)] * mult), q, m.group(2)
    m = re.fullmatch(r"([二两兩三四五六七八九])([場场])", span)
    if m:  # a Chinese count before a measure word (兩場)
        return Decimal(CN_DIGIT[m.group(1)]), q, m.group(2)
    if span == "一半":  # SPEC 近一半 -> 50 %
        return Decimal(50), q, "半"
    m = re.fullmatch(r"(\d)折", span)   # GUIDELINES 8折 -> 80 %
    if m:
        return Decimal(int(m.group(1)) * 10), q, "折"
    m = re.fullmatch(r"([千百]?)([万萬亿億]*)(\D*)", span)
    if m and (m.group(1) or m.group(2)):
        # a bare magnitude, a figure only with a marker (GUIDELINES 近百)
        assert q != "exact", span
        v = Decimal(1000 if m.group(1) == "千" else 100 if m.group(1) else 1)
        for ch in m.group(2):
            v *= MAGNITUDE[ch]
        return v, q, m.group(3)
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
    if rest == "成":
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
            if r["_extra"].get("shared"):
                # no unit of its own: joined by 和/、/至 to the next figure,
                # which writes the unit (checked in main())
                assert rest == "", ("shared unit but a unit is written", r)
                assert d.text[e] in "和、至", r
                nxt = [x for x in rows if x["type"] == "METRIC"
                       and x["start"] == e + 1]
                assert nxt and nxt[0]["unit"] == r["unit"], r
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
            text = decode(r["doc_id"], fh.read())
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
             if r["type"] == "METRIC" and r["unit"]]
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
        if r["_extra"].get("shared"):
            continue
        if r["unit"] == "%":
            assert rest in ("%", "％", "成", "半", "折"), (r, rest)
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
