#!/usr/bin/env python3
"""Gold annotation for the held-out articles g25_nev_sales (simplified,
mainland securities daily, UTF-8 without BOM) and g26_hk_ipo_market
(traditional, Hong Kong financial daily, UTF-16 big-endian WITH BOM).
Annotator M.

Adapted from heldout/tools/annotate_j.py (now dev/tools/annotate_g19_g20.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Each article is read as bytes and decoded strictly with its own
codec (ENCODINGS; the UTF-16 BOM is checked and removed, SPEC 1-2); offsets
are Python str indices into that decoded text.  g26 offsets and `text` point
into the traditional original, while `normalized` (ORG/CITY) and `unit` are
simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g25_g26.md.  Reference dates: corpus/manifest.csv
(g25 2025-11-12, g26 2025-11-04).

Checks: strict decoding and byte round trip (g25 has no BOM; g26 starts with
FE FF, is not valid UTF-8 and decodes as UTF-16-BE); text ==
original[start:end]; rows sorted and not overlapping; no span starts or ends
with white space or punctuation; field formats per type; DATE normalizations
are real calendar values; METRIC value, qualifier and unit re-derived from
the span text (a marker outside the span must be declared and stand right
before it); ORG normalization == OpenCC t2s(text) and CITY normalization ==
t2s(text) with 市 added (foreign cities and Hong Kong as they are); units
against t2s; the `city` column of every DATE/METRIC row recomputed with this
script's own implementation of the GUIDELINES rule and compared with the hand
value of every row.  Audits: every occurrence of a listed city/place string,
every ASCII digit run, every Latin word, every Chinese numeral character,
every Chinese figure word (成, 倍, 分之), every % sign, every time character
and every organization-like word lies inside a row or is excluded here on
purpose, and every occurrence of an annotated ORG string is inside an ORG
row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's two rows are checked.  Re-run:

    python3 dev/tools/annotate_g25_g26.py
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
ENCODINGS = {"g25_nev_sales": "utf-8",
             "g26_hk_ipo_market": "utf-16-be"}
BOMS = {"g25_nev_sales": b"",
        "g26_hk_ipo_market": b"\xfe\xff"}
PUBLISHED = {"g25_nev_sales": "2025-11-12",
             "g26_hk_ipo_market": "2025-11-04"}
SOURCES = {"g25_nev_sales": "证券时报",
           "g26_hk_ipo_market": "信報"}

# CITY span -> official full name (simplified; foreign cities and Hong Kong
# by their common Chinese name).
CITY_NORM = {
    "上海": "上海市", "合肥市": "合肥市", "深圳市": "深圳市", "深圳": "深圳市",
    "塞格德": "塞格德", "安特卫普": "安特卫普", "伊斯坦布尔": "伊斯坦布尔",
    "曼谷": "曼谷", "北京市": "北京市", "成都": "成都市", "杭州": "杭州市",
    "武汉": "武汉市", "成都市": "成都市", "广州": "广州市",
    # g26 (traditional)
    "香港": "香港", "東莞": "东莞市", "新加坡": "新加坡", "利雅得": "利雅得",
    "廣州": "广州市", "寧德": "宁德市", "佛山": "佛山市", "連雲港": "连云港市",
    "長沙": "长沙市", "北京": "北京市", "合肥": "合肥市",
}
FOREIGN_OR_SAR = {"塞格德", "安特卫普", "伊斯坦布尔", "曼谷", "香港", "新加坡",
                  "利雅得"}

# ORG span (traditional) -> OpenCC t2s form; simplified spans map to themselves.
ORG_NORM = {
    "深圳曜石機器人科技股份有限公司": "深圳曜石机器人科技股份有限公司",
    "Obsidian Robotics": "Obsidian Robotics", "曜石機器人": "曜石机器人",
    "香港交易所": "香港交易所", "比亞迪": "比亚迪", "富士康": "富士康",
    "中金公司": "中金公司", "高盛": "高盛", "摩根士丹利": "摩根士丹利",
    "華泰國際": "华泰国际", "招銀國際": "招银国际", "高瓴資本": "高瓴资本",
    "淡馬錫": "淡马锡", "Temasek": "Temasek", "阿布扎比投資局": "阿布扎比投资局",
    "深圳市創新投資集團有限公司": "深圳市创新投资集团有限公司",
    "深創投": "深创投", "輝立證券": "辉立证券", "富途證券": "富途证券",
    "耀才證券": "耀才证券",
    "杭州飛瀾生物醫藥股份有限公司": "杭州飞澜生物医药股份有限公司",
    "飛瀾生物": "飞澜生物", "思銳科技": "思锐科技", "三一重工": "三一重工",
    "寧德時代": "宁德时代", "海天味業": "海天味业", "恒瑞醫藥": "恒瑞医药",
    "德勤中國資本市場服務部": "德勤中国资本市场服务部", "港交所": "港交所",
    "納斯達克": "纳斯达克", "上海證券交易所": "上海证券交易所",
    "證券及期貨事務監察委員會": "证券及期货事务监察委员会",
    "證監會": "证监会", "財經事務及庫務局": "财经事务及库务局",
    "特區政府": "特区政府", "中國證監會": "中国证监会",
    "畢馬威中國": "毕马威中国", "安永": "安永", "美國聯儲局": "美国联储局",
}
TRADITIONAL = {"g26_hk_ipo_market"}
OUTSIDE_MARKERS = {"约": "approx", "約": "approx", "逾": "over", "近": "approx",
                   "超过": "over", "超過": "over"}


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
        enc, bom = ENCODINGS[doc_id], BOMS[doc_id]
        if bom:
            assert raw.startswith(bom), f"{doc_id}: BOM {bom!r} expected"
            body = raw[len(bom):]
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                sys.exit(f"{doc_id}: file also decodes as UTF-8")
            # the generic BOM-aware codec must agree with the explicit one
            assert raw.decode("utf-16") == body.decode(enc), doc_id
        else:
            assert not raw.startswith(b"\xef\xbb\xbf"), "BOM in " + doc_id
            assert not raw.startswith((b"\xff\xfe", b"\xfe\xff")), doc_id
            body = raw
        self.text = body.decode(enc)          # strict: every byte must decode
        assert self.text.encode(enc) == body, f"{doc_id}: {enc} round trip"
        assert "\ufeff" not in self.text and "\r" not in self.text, doc_id
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
# g25 NEV sales: simplified, UTF-8 (no BOM), published 2025-11-12 (Wednesday,
# ISO week 2025-W46), mainland securities daily (证券时报); dateline 11月11日
# ===========================================================================
@doc
def g25():
    d = Doc("g25_nev_sales")
    SH, HF, SZ, SG, BJ, WH, CD, GZ = ("上海市", "合肥市", "深圳市", "塞格德",
                                      "北京市", "武汉市", "成都市", "广州市")
    # --- title (a heading without a city)
    d.date("[[10月]]新能源乘用车零售渗透率升至", "2025-10")
    d.metric("渗透率升至[[55.1%]] 前10个月", "55.1", "%")
    d.date("55.1% [[前10个月]]零售", "2025")
    d.metric("零售[[突破1000万辆]]\n", "1000e4", "辆", "over")
    # --- byline: 证券时报 is an outlet in a byline (ORG); the person is not
    d.org("\n[[证券时报]]记者 陈思远")
    # --- P1 sentence 1 (dateline 上海 -> every DATE/METRIC up to the 。)
    d.city("本报[[上海]]11月11日讯")
    d.date("本报上海[[11月11日]]讯", "2025-11-11", SH)
    d.org("讯 [[全国乘用车市场信息联席会]]（乘联会）")
    d.org("联席会（[[乘联会]]）昨日")
    d.date("（乘联会）[[昨日]]（10日）", "2025-11-10", SH)
    d.date("昨日（[[10日]]）发布", "2025-11-10", SH)
    d.date("显示，[[10月]]全国新能源", "2025-10", SH)
    d.metric("乘用车零售[[128.3万辆]]", "128.3e4", "辆", "exact", SH)
    d.metric("同比增长[[8.2%]]，环比", "8.2", "%", "exact", SH)
    d.metric("环比增长[[4.1%]]，新能源", "4.1", "%", "exact", SH)
    d.metric("渗透率达到[[55.1%]]，较", "55.1", "%", "exact", SH)
    d.date("，较[[去年同期]]提升4.6个", "2024-10", SH)
    d.metric("提升[[4.6个百分点]]", "4.6", "百分点", "exact", SH)
    d.metric("连续第4个月[[超过五成]]", 50, "%", "over", SH)
    # --- P1 sentences 2-4 (no CITY)
    d.date("。[[今年1]]-10月", "2025-01")
    d.date("今年1-[[10月]]，新能源", "2025-10")
    d.metric("累计零售[[1035.6万辆]]", "1035.6e4", "辆")
    d.metric("同比增长[[21.3%]]", "21.3", "%")
    d.org("。[[乘联会]]秘书长")
    d.date("受[[国庆]]中秋假期", "2025-10-01")
    d.date("受国庆[[中秋]]假期", "2025-10-06")
    d.date("假期影响，[[10月上旬]]车市", "2025-10")
    d.date("；[[11月]]是全年", "2025-11")
    d.date("预计[[11月]]新能源零售", "2025-11")
    d.metric("有望达到[[140万辆左右]]", "140e4", "辆", "approx")
    d.date("较[[上月]]增长约9%", "2025-10")
    d.metric("较上月增长[[约9%]]", 9, "%", "approx")
    # --- P2 (no CITY)
    d.org("\n[[中国汽车工业协会]]（中汽协）")
    d.org("（[[中汽协]]）同日")
    d.date("（中汽协）[[同日]]公布", "2025-11-10")
    d.date("公布，[[10月]]我国新能源", "2025-10")
    d.metric("分别完成[[171.5万辆]]和", "171.5e4", "辆")
    d.metric("和[[169.8万辆]]，同比", "169.8e4", "辆")
    d.metric("分别增长[[19.6%]]和", "19.6", "%")
    d.metric("19.6%和[[18.9%]]", "18.9", "%")
    d.metric("总销量的[[51.4%]]", "51.4", "%")
    d.date("。[[今年前10个月]]，新能源汽车产销", "2025")
    d.metric("分别完成[[1301.2万辆]]", "1301.2e4", "辆")
    d.metric("和[[1294.7万辆]]", "1294.7e4", "辆")
    d.metric("分别增长[[32.7%]]", "32.7", "%")
    d.metric("32.7%和[[31.8%]]", "31.8", "%")
    d.date("出口方面，[[10月]]新能源", "2025-10")
    d.metric("汽车出口[[25.6万辆]]", "25.6e4", "辆")
    d.metric("同比增长[[近1倍]]", 1, "倍", "approx")
    d.date("；[[1]]—10月累计出口", "2025-01")
    d.date("；1—[[10月]]累计出口", "2025-10")
    d.metric("累计出口[[201.4万辆]]", "201.4e4", "辆")
    d.metric("同比增长[[约90%]]", 90, "%", "approx")
    d.date("已超过[[去年]]全年水平", "2024")
    # --- 车企 section (heading without a city)
    d.org("\n[[比亚迪]]11月1日晚间")
    d.date("比亚迪[[11月1日晚间]]公告", "2025-11-01")
    d.date("公告，[[10月]]新能源汽车销量为", "2025-10")
    d.metric("销量为[[44.2万辆]]", "44.2e4", "辆")
    d.metric("同比下降[[12.1%]]", "12.1", "%")
    d.metric("海外销量[[8.4万辆]]", "8.4e4", "辆")
    d.metric("占比[[近2成]]", 20, "%", "approx")
    d.date("；[[今年前10个月]]累计销量", "2025")
    d.metric("累计销量[[约370.2万辆]]", "370.2e4", "辆", "approx")
    d.org("。[[理想汽车]]10月")
    d.date("理想汽车[[10月]]交付", "2025-10")
    d.metric("交付新车[[3.2万辆]]", "3.2e4", "辆")
    d.org("，[[蔚来]]交付")
    d.metric("蔚来交付[[4.03万辆]]", "4.03e4", "辆")
    d.metric("同比增长[[92.6%]]", "92.6", "%")
    d.org("；[[小鹏汽车]]交付")
    d.metric("小鹏汽车交付[[4.2万辆]]", "4.2e4", "辆")
    d.metric("连续两个月[[突破4万辆]]", "4e4", "辆", "over")
    d.org("。[[零跑汽车]]以")
    d.metric("零跑汽车以[[7.02万辆]]", "7.02e4", "辆")
    d.metric("同比增长[[超过84%]]", 84, "%", "over")
    d.org("其与[[Stellantis]]合资")
    d.org("成立的[[零跑国际]]已在")
    d.metric("欧洲[[13个]]国家", 13, "个")
    d.metric("开设[[约600家]]销售", 600, "家", "approx")
    d.org("。[[吉利汽车]]10月")
    d.date("吉利汽车[[10月]]新能源", "2025-10")
    d.metric("销量[[约17.8万辆]]", "17.8e4", "辆", "approx")
    d.metric("首次[[突破六成]]", 60, "%", "over")
    # --- 澜越汽车 paragraph
    d.org("新势力中，[[合肥澜越汽车科技有限公司]]")
    d.org("以下简称“[[澜越汽车]]”")
    d.org("。[[澜越汽车]]10月交付")
    d.date("澜越汽车[[10月]]交付", "2025-10")
    d.metric("10月交付[[1.86万辆]]", "1.86e4", "辆")
    d.metric("环比增长[[27%]]", 27, "%")
    d.metric("累计交付即[[突破3万辆]]", "3e4", "辆", "over")
    d.org("。[[澜越汽车]]表示")
    d.city("位于[[合肥市]]包河区")
    d.date("将于[[明年一季度]]投产", "2026-Q1", HF)
    d.metric("提升至[[30万辆]]", "30e4", "辆", "exact", HF)
    # --- 电池 section (heading without a city)
    d.org("电池：[[宁德时代]]装车量")
    d.metric("装车量占比[[超四成]]\n", 40, "%", "over")
    d.org("\n[[中国汽车动力电池产业创新联盟]]（")
    d.org("以下简称“[[电池联盟]]”")
    d.date("数据显示，[[10月]]我国动力电池", "2025-10")
    d.metric("装车量[[84.6GWh]]", "84.6", "GWh")
    d.metric("同比增长[[42.8%]]", "42.8", "%")
    d.metric("电池装车量[[67.7GWh]]", "67.7", "GWh")
    d.metric("总装车量的[[80%]]", 80, "%")
    d.date("；[[1]]—10月，动力电池", "2025-01")
    d.date("；1—[[10月]]，动力电池", "2025-10")
    d.metric("装车量达[[578.3GWh]]", "578.3", "GWh")
    d.org("按企业看，[[宁德时代]]10月")
    d.date("宁德时代[[10月]]装车量", "2025-10")
    d.metric("装车量[[35.1GWh]]", "35.1", "GWh")
    d.metric("占比[[41.5%]]", "41.5", "%")
    d.org("；[[比亚迪]]旗下弗迪电池")
    d.org("旗下[[弗迪电池]]、")
    d.org("、[[中创新航]]分列")
    d.org("，[[国轩高科]]当月")
    d.date("国轩高科[[当月]]向", "2025-10")
    d.org("向[[澜越汽车]]等车企")
    d.metric("供货[[约2.1GWh]]", "2.1", "GWh", "approx")
    d.org("。[[电池联盟]]指出")
    d.metric("带电量[[约52.3千瓦时]]", "52.3", "千瓦时", "approx")
    d.metric("每千瓦时[[约300元]]", 300, "元", "approx")
    # --- 出口 section (heading without a city)
    d.org("\n[[海关总署]]数据")
    d.date("数据显示，[[10月]]我国电动", "2025-10")
    d.metric("出口金额[[约68.5亿美元]]", "68.5e8", "美元", "approx")
    d.metric("同比增长[[31.2%]]", "31.2", "%")
    d.org("。[[比亚迪]]海外销量中")
    d.metric("海外销量中，[[约四成]]由", 40, "%", "approx", SZ)
    d.city("由[[深圳市]]坪山区")
    d.city("匈牙利[[塞格德]]工厂")
    d.date("预计[[年底]]前投产", "2025", SG)
    d.org("；[[上汽集团]]、奇瑞")
    d.org("、[[奇瑞汽车]]等企业")
    d.city("发运至[[安特卫普]]、")
    d.city("、[[伊斯坦布尔]]和")
    d.city("和[[曼谷]]。")
    d.org("。[[特斯拉]]上海超级工厂")
    d.city("特斯拉[[上海]]超级工厂")
    d.date("超级工厂[[10月]]交付", "2025-10", SH)
    d.metric("交付[[6.12万辆]]", "6.12e4", "辆", "exact", SH)
    d.metric("其中出口[[2.6万辆]]", "2.6e4", "辆", "exact", SH)
    d.metric("环比下降[[近三成]]", 30, "%", "approx", SH)
    # --- 深圳 section (heading 深圳：, up to the heading 政策：)
    d.city("\n[[深圳]]：置换补贴")
    d.metric("补贴最高[[1.5万元]]\n", "1.5e4", "元", "exact", SZ)
    d.org("\n[[深圳市商务局]]11月5日")
    d.date("深圳市商务局[[11月5日]]发布", "2025-11-05", SZ)
    d.date("通知，[[11月10日]]至", "2025-11-10", SZ)
    d.date("至[[12月31日]]期间", "2025-12-31", SZ)
    d.metric("可获最高[[1.5万元]]补贴", "1.5e4", "元", "exact", SZ)
    d.metric("标准为[[8000元]]至", 8000, "元", "exact", SZ)
    d.metric("8000元至[[1.2万元]]", "1.2e4", "元", "exact", SZ)
    d.date("。[[今年]]以来，深圳", "2025", SZ)
    d.city("以来，[[深圳]]已累计")
    d.metric("补贴[[约21.6亿元]]", "21.6e8", "元", "approx", SZ)
    d.metric("惠及消费者[[逾16万人次]]", "16e4", "人次", "over", SZ)
    d.date("截至[[10月底]]，全市", "2025-10", SZ)
    d.metric("超充站[[1230座]]", 1230, "座", "exact", SZ)
    d.metric("充电桩[[约48.5万根]]", "48.5e4", "根", "approx", SZ)
    d.metric("保有量[[突破120万辆]]", "120e4", "辆", "over", SZ)
    # --- 政策 section (heading without a city)
    d.org("\n[[上海市商务委员会]]（市商务委）")
    d.org("（[[市商务委]]）表示")
    d.date("将于[[11月15日]]起", "2025-11-15")
    d.metric("总额[[5亿元]]", "5e8", "元")
    d.metric("单车最高补贴[[1万元]]", "1e4", "元")
    d.org("；[[北京市商务局]]则明确")
    d.date("明确，[[2025年度]]北京市", "2025", BJ)
    d.city("2025年度[[北京市]]汽车")
    d.date("截止日期为[[12月20日]]", "2025-12-20", BJ)
    d.city("。[[成都]]、杭州")
    d.city("成都、[[杭州]]、武汉")
    d.city("杭州、[[武汉]]等城市")
    d.date("等城市[[本月]]陆续", "2025-11", WH)
    d.city("其中[[成都市]]单张")
    d.metric("面值达[[3000元]]", 3000, "元", "exact", CD)
    d.city("。[[广州]]则将在")
    d.date("将在[[11月21日]]开幕", "2025-11-21", GZ)
    d.city("开幕的[[广州]]车展期间")
    d.metric("每辆[[2000元]]的补贴", 2000, "元", "exact", GZ)
    # --- 充电 section (heading without a city)
    d.org("\n[[中国电动汽车充电基础设施促进联盟]]（")
    d.org("（[[充电联盟]]）")
    d.date("截至[[10月底]]，全国", "2025-10")
    d.metric("总数达到[[1864.5万台]]", "1864.5e4", "台")
    d.metric("同比增长[[54.6%]]", "54.6", "%")
    d.metric("公共充电桩[[约432.8万台]]", "432.8e4", "台", "approx")
    d.metric("私人充电桩[[约1431.7万台]]", "1431.7e4", "台", "approx")
    d.date("。[[10月]]当月新增", "2025-10")
    d.date("10月[[当月]]新增", "2025-10")
    d.metric("充电设施[[89.3万台]]", "89.3e4", "台")
    d.metric("环比增长[[12%]]", 12, "%")
    d.org("。[[乘联会]]周度")
    d.date("数据显示，[[11月1日]]至9日", "2025-11-01")
    d.date("11月1日至[[9日]]，全国", "2025-11-09")
    d.metric("乘用车零售[[38.6万辆]]", "38.6e4", "辆")
    d.metric("同比增长[[5%]]，其中", 5, "%")
    d.date("其中[[上周]]日均", "2025-W45")
    d.metric("日均零售[[约4.6万辆]]", "4.6e4", "辆", "approx")
    # --- 展望 section (heading without a city)
    d.date("展望：[[年末]]冲量", "2025")
    d.org("根据[[财政部]]、税务总局")
    d.org("、[[税务总局]]、工业")
    d.org("、[[工业和信息化部]]此前")
    d.date("公告，[[2026年1月1日]]起", "2026-01-01")
    d.metric("减税额最高[[1.5万元]]", "1.5e4", "元")
    d.org("。[[中信证券研究部]]预计")
    d.date("提前至[[今年四季度]]释放", "2025-Q4")
    d.date("释放，[[2025年]]全年", "2025")
    d.metric("有望达到[[1280万辆左右]]", "1280e4", "辆", "approx")
    d.metric("渗透率约为[[53%]]", 53, "%", "approx", om="约为")
    d.date("，[[明年一季度]]或面临", "2026-Q1")
    d.org("。[[国家信息中心]]一位")
    d.date("表示，[[年末]]促销", "2025", GZ)
    d.city("叠加[[广州]]车展等活动")
    d.date("活动，[[11月]]、12月", "2025-11", GZ)
    d.date("11月、[[12月]]乘用车", "2025-12", GZ)
    d.metric("分别达到[[260万辆]]和", "260e4", "辆", "exact", GZ)
    d.metric("和[[290万辆]]。", "290e4", "辆", "exact", GZ)
    audit = {
        "cities": ["上海", "北京", "深圳", "广州", "杭州", "成都", "武汉",
                   "合肥", "天津", "塞格德", "安特卫普", "伊斯坦布尔", "曼谷",
                   "匈牙利", "欧洲", "东南亚", "包河", "坪山", "全市", "全国",
                   "我国", "中国"],
        # 上海港, 天津港 (a city followed by 港: the port, GUIDELINES), a
        # country, regions, districts, deictic words; cities inside ORGs
        # (合肥澜越…, 深圳市商务局, 上海市商务委员会, 北京市商务局) and
        # 中国 inside ORGs are covered by those rows
        "excluded": ["通过[[上海]]港", "、[[天津]]港集中", "其[[匈牙利]]塞格德",
                     "在[[欧洲]]13个", "出口：[[欧洲]]与", "与[[东南亚]]市场",
                     "合肥市[[包河]]区", "深圳市[[坪山]]区", "，[[全市]]已建成",
                     "10月[[全国]]新能源", "10月[[我国]]新能源",
                     "10月[[我国]]动力", "10月[[我国]]电动", "9日，[[全国]]新能源",
                     "10月底，[[全国]]充电"],
        # 第4个月 (an ordinal), none else
        "numbers_excluded": ["连续第[[4]]个月"],
        "latin_ok": ["SUV"],
        # ordinals, durations and names with Chinese numerals
        "cn_ok": [r"连续两个月", r"仅两个月", r"二期", r"第二轮", r"分列二、三位",
                  r"一位", r"一定", r"首款", r"首次", r"首位",
                  r"每千瓦时"],
        "org_hints": ["公司", "集团", "局", "部", "署", "委", "会", "联盟",
                      "中心", "证券", "汽车", "电池", "比亚迪", "乘联", "时代"],
        "org_excluded": ["本报", "新能源乘用车", "新能源汽车", "乘用车", "汽车以旧换新",
                         "汽车置换", "汽车消费", "汽车新车", "电动载人汽车",
                         "动力电池", "磷酸铁锂电池", "充电联盟）数据",
                         "全年冲量", "汽车产销", "车企", "汽车购置税",
                         r"，公司位于", r"头部", r"部分需求", r"\n电池："],
        # time characters that are no DATE
        "date_hints_ok": [r"全年", r"单月", r"月交付", r"周度", r"日均", r"年产能",
                          r"两个月", r"第4个月", r"关键月份", r"天津港",
                          r"明确", r"日期"],
    }
    return d, audit


# ===========================================================================
# g26 Hong Kong IPO market: traditional, UTF-16-BE with BOM, published
# 2025-11-04 (Tuesday, ISO week 2025-W45), Hong Kong financial daily (信報)
# ===========================================================================
@doc
def g26():
    d = Doc("g26_hk_ipo_market")
    SZ, DG, GZ, ND, HF = "深圳市", "东莞市", "广州市", "宁德市", "合肥市"
    # --- title (a heading without a city)
    d.org("[[曜石機器人]]招股集資")
    d.metric("集資最多[[約25.6億元]] 港股", "25.6e8", "元", "approx")
    d.date("港股[[首10個月]]IPO", "2025")
    # --- P1 (本報 is no ORG; 香港 inside 香港交易所 gives no CITY)
    d.city("】[[香港]]新股市場")
    d.org("火熱。[[深圳曜石機器人科技股份有限公司]]（")
    d.org("（[[Obsidian Robotics]]，")
    d.org("以下簡稱「[[曜石機器人]]」")
    d.date("2698）[[昨日]]（3日）起", "2025-11-03")
    d.date("昨日（[[3日]]）起", "2025-11-03")
    d.date("招股期為[[11月3日]]至6日", "2025-11-03")
    d.date("11月3日至[[6日]]，預計", "2025-11-06")
    d.date("預計[[11月12日]]（下周三）", "2025-11-12")
    d.date("11月12日（[[下周三]]）", "2025-11-12")
    d.org("在[[香港交易所]]主板")
    d.metric("發行[[約6,000萬股]]H股", "6000e4", "股", "approx")
    d.metric("介乎[[38.2]]至42.6港元", "38.2", "港元", shared=True)
    d.metric("38.2至[[42.6港元]]", "42.6", "港元")
    d.metric("每手[[100股]]", 100, "股")
    d.metric("入場費[[約4,302.97港元]]", "4302.97", "港元", "approx")
    d.metric("集資最多[[約25.56億港元]]", "25.56e8", "港元", "approx")
    # --- P2
    d.org("\n[[曜石機器人]]成立於")
    d.date("成立於[[2016年]]", "2016", SZ)
    d.city("總部位於[[深圳]]南山區")
    d.org("包括[[比亞迪]]、富士康")
    d.org("、[[富士康]]等製造業")
    d.date("公司[[2024年]]收入", "2024")
    d.metric("2024年收入[[約18.6億元]]", "18.6e8", "元", "approx")
    d.metric("按年增長[[63.5%]]", "63.5", "%")
    d.date("；[[今年上半年]]收入", "2025")
    d.metric("上半年收入[[約11.2億元]]", "11.2e8", "元", "approx")
    d.metric("收窄至[[約1.4億元]]", "1.4e8", "元", "approx")
    d.metric("集資所得[[約35%]]", 35, "%", "approx", DG)
    d.metric("研發，[[約25%]]用於", 25, "%", "approx", DG)
    d.city("擴充[[東莞]]松山湖")
    d.metric("另[[約10%]]用於", 10, "%", "approx", DG)
    d.city("用於在[[香港]]、新加坡")
    d.city("、[[新加坡]]及利雅得")
    d.city("及[[利雅得]]設立")
    # --- P3
    d.org("由[[中金公司]]、高盛")
    d.org("、[[高盛]]及摩根士丹利")
    d.org("及[[摩根士丹利]]擔任")
    d.org("，[[華泰國際]]、招銀")
    d.org("、[[招銀國際]]等擔任")
    d.org("方面，[[高瓴資本]]、")
    d.org("、[[淡馬錫]]（Temasek）")
    d.org("（[[Temasek]]）")
    d.org("、[[阿布扎比投資局]]及")
    d.org("及[[深圳市創新投資集團有限公司]]（")
    d.org("（[[深創投]]）等")
    d.metric("等[[7名]]基石", 7, "名")
    d.metric("認購[[約1.2億美元]]", "1.2e8", "美元", "approx")
    d.metric("股份[[約36%]]", 36, "%", "approx")
    # 禁售期為6個月: the term of a lock-up, no METRIC
    # --- P4 (首日 is no DATE)
    d.org("，[[曜石機器人]]招股首日")
    d.metric("已錄得[[約326億港元]]孖展", "326e8", "港元", "approx")
    d.org("其中[[輝立證券]]、富途")
    d.org("、[[富途證券]]及耀才")
    d.org("及[[耀才證券]]分別")
    d.metric("借出[[約120億]]、", "120e8", "港元", "approx", shared=True)
    d.metric("、[[95億]]及48億", "95e8", "港元", shared=True)
    d.metric("及[[48億港元]]", "48e8", "港元")
    d.metric("部分集資[[約2.56億港元]]", "2.56e8", "港元", "approx")
    d.metric("超額認購[[約126倍]]", 126, "倍", "approx")
    d.metric("或[[逾1,000倍]]", 1000, "倍", "over")
    d.metric("發售股份的[[35%]]", 35, "%")
    # --- P5
    d.org("\n[[曜石機器人]]將於")
    d.date("將於[[11月11日]]（下周二）", "2025-11-11")
    d.date("11月11日（[[下周二]]）", "2025-11-11")
    d.org("，[[輝立證券]]及富途證券將", )
    d.org("輝立證券及[[富途證券]]將於")
    d.date("將於[[同日]]設暗盤", "2025-11-11")
    d.date("表示，[[今年第三季]]收入", "2025-Q3")
    d.metric("按年增長[[約七成]]", 70, "%", "approx")
    d.metric("訂單金額[[逾30億元]]", "30e8", "元", "over")
    d.metric("其中[[約45%]]來自", 45, "%", "approx")
    d.date("機器人[[去年]]出貨量", "2024")
    d.metric("出貨量[[約2.3萬台]]", "2.3e4", "台", "approx")
    # --- 次新股 section (heading without a city)
    d.date("次新股：[[上周]]三隻", "2025-W44")
    d.metric("次新股：上周[[三隻]]新股", 3, "只")
    d.date("\n[[上周]]共有3隻", "2025-W44")
    d.metric("上周共有[[3隻]]新股", 3, "只")
    d.date("。[[上周五]]（10月31日）", "2025-10-31")
    d.date("上周五（[[10月31日]]）", "2025-10-31")
    d.org("上市的[[杭州飛瀾生物醫藥股份有限公司]]（")
    d.org("（[[飛瀾生物]]）")
    d.metric("首日收報[[56.8港元]]", "56.8", "港元")
    d.metric("招股價[[46港元]]", 46, "港元")
    d.metric("高[[23.5%]]", "23.5", "%")
    d.metric("每手[[200股]]", 200, "股")
    d.metric("帳面賺[[2,160港元]]", 2160, "港元")
    d.metric("超額認購[[約3,280倍]]", 3280, "倍", "approx")
    d.metric("凍結資金[[約2,860億港元]]", "2860e8", "港元", "approx")
    d.date("為[[今年]]第三大", "2025")
    d.date("。[[同日]]掛牌", "2025-10-31", GZ)
    d.city("來自[[廣州]]的思銳")
    d.org("的[[思銳科技]]則")
    d.metric("收報[[12.4港元]]", "12.4", "港元", "exact", GZ)
    d.metric("招股價[[13.5港元]]", "13.5", "港元", "exact", GZ)
    d.metric("下跌[[8.1%]]", "8.1", "%", "exact", GZ)
    d.metric("每手[[500股]]", 500, "股", "exact", GZ)
    d.metric("帳面蝕[[550港元]]", 550, "港元", "exact", GZ)
    d.date("。[[上周二]]（10月28日）", "2025-10-28")
    d.date("上周二（[[10月28日]]）", "2025-10-28")
    d.org("上市的[[三一重工]]H股")
    d.metric("收報[[21.3港元]]", "21.3", "港元")
    d.metric("招股價[[20.3港元]]", "20.3", "港元")
    d.metric("上升[[4.9%]]", "4.9", "%")
    d.metric("成交額[[約12.6億港元]]", "12.6e8", "港元", "approx")
    # --- A+H section (heading without a city)
    d.date("\n[[今年]]以來，A股", "2025")
    d.city("福建[[寧德]]的")
    d.org("寧德的[[寧德時代]]5月20日")
    d.date("寧德時代[[5月20日]]在港", "2025-05-20", ND)
    d.metric("集資[[約410億港元]]", "410e8", "港元", "approx", ND)
    d.date("為[[今年]]全球最大", "2025", ND)
    d.city("；[[佛山]]的海天")
    d.org("的[[海天味業]]、")
    d.city("、[[連雲港]]的恒瑞")
    d.org("的[[恒瑞醫藥]]及")
    d.city("及[[長沙]]的三一")
    d.org("長沙的[[三一重工]]亦")
    d.org("據[[德勤中國資本市場服務部]]統計")
    d.date("統計，[[今年首10個月]]共有14家", "2025")
    d.metric("共有[[14家]]A股", 14, "家")
    d.metric("合共集資[[約856億港元]]", "856e8", "港元", "approx")
    d.metric("總額[[近4成]]", 40, "%", "approx")
    d.city("此外，[[北京]]、上海")
    d.city("北京、[[上海]]及合肥")
    d.city("上海及[[合肥]]等地")
    d.metric("另有[[逾20家]]", 20, "家", "over", HF)
    d.date("預計[[年底]]前至", "2025", HF)
    d.date("前至[[明年首季]]陸續", "2026-Q1", HF)
    # --- 市場 section (heading without a city)
    d.date("市場：[[首10個月]]集資額", "2025")
    d.metric("按年增[[逾兩倍]]\n", 2, "倍", "over")
    d.org("\n[[港交所]]數據顯示")
    d.date("顯示，[[今年首10個月]]共有86家", "2025")
    d.metric("共有[[86家]]公司", 86, "家")
    d.metric("按年增加[[約48%]]", 48, "%", "approx")
    d.metric("集資總額[[約2,150億港元]]", "2150e8", "港元", "approx")
    d.date("較[[去年同期]]的", "2024")
    d.metric("同期的[[約690億港元]]", "690e8", "港元", "approx")
    d.metric("增加[[逾兩倍]]，亦", 2, "倍", "over")
    d.date("遠超[[去年]]全年", "2024")
    d.metric("全年的[[約880億港元]]", "880e8", "港元", "approx")
    d.org("領先[[納斯達克]]及")
    d.org("及[[上海證券交易所]]。")
    d.date("其中[[第三季]]共有", "2025-Q3")
    d.metric("共有[[28隻]]新股", 28, "只")
    d.metric("集資[[約780億港元]]", "780e8", "港元", "approx")
    d.date("單計[[10月]]，港股", "2025-10")
    d.metric("迎來[[12隻]]新股", 12, "只")
    d.metric("集資[[約312億港元]]", "312e8", "港元", "approx")
    d.date("截至[[10月底]]，港交所", "2025-10")
    d.org("10月底，[[港交所]]正在")
    d.metric("上市申請[[超過300宗]]", 300, "宗", "over")
    d.date("為[[2021年]]以來", "2021")
    # --- 監管 paragraph
    d.org("監管方面，[[證券及期貨事務監察委員會]]（")
    d.org("（[[證監會]]）與")
    d.org("與[[港交所]]8月4日")
    d.date("港交所[[8月4日]]起", "2025-08-04")
    d.metric("下限降至[[10%]]", 10, "%")
    d.org("。[[財經事務及庫務局]]局長")
    d.date("許正宇[[上月]]表示", "2025-10")
    d.org("表示，[[特區政府]]將")
    d.org("並與[[中國證監會]]加強")
    d.org("。[[港交所]]行政總裁")
    d.date("陳翊庭[[上周]]在", "2025-W44")
    d.metric("申請中[[約三分之一]]", "33.3333333333", "%", "approx")
    # --- 展望 section (heading without a city)
    d.date("展望：[[明年]]集資額", "2026")
    d.org("\n[[畢馬威中國]]預計")
    d.date("預計，[[今年]]全年港股", "2025")
    d.metric("達到[[2,600億]]至", "2600e8", "港元", shared=True)
    d.metric("2,600億至[[2,800億港元]]", "2800e8", "港元")
    d.metric("新股數目[[約110]]至", 110, "只", "approx", shared=True)
    d.metric("約110至[[120隻]]", 120, "只")
    d.org("；[[安永]]則預期")
    d.date("預期[[明年]]港股", "2026")
    d.metric("維持在[[2,000億港元以上]]", "2000e8", "港元", "over")
    d.date("有望於[[明年上半年]]迎來", "2026")
    d.org("提醒，[[美國聯儲局]]減息")
    d.date("，[[今年]]以來約三成", "2025")
    d.metric("以來[[約三成]]新股", 30, "%", "approx")
    audit = {
        "cities": ["香港", "深圳", "東莞", "新加坡", "利雅得", "廣州", "杭州",
                   "寧德", "佛山", "連雲港", "長沙", "北京", "上海", "合肥",
                   "南山", "松山湖", "福建", "德國", "日本", "中東", "東南亞",
                   "內地", "來港", "在港", "港股", "美國", "中國"],
        # districts and areas, a province, countries, regions, 港
        # abbreviations; cities inside ORGs (深圳曜石…, 香港交易所,
        # 深圳市創新投資…, 杭州飛瀾…, 上海證券交易所) are covered by those rows
        "excluded": ["深圳[[南山]]區", "東莞[[松山湖]]生產", "位於[[福建]]寧德",
                     "銷往[[德國]]、", "德國、[[日本]]及", "日本及[[中東]]地區",
                     "吸引[[中東]]及", "中東及[[東南亞]]發行人",
                     "A+H：[[內地]]龍頭", "加快[[內地]]企業"],
        "excluded_patterns": [r"來港", r"在港", r"港股", r"赴港"],
        # 股份代號 2698 (a code)
        "numbers_excluded": ["股份代號：[[2698]]", "禁售期為[[6]]個月"],
        "latin_ok": ["IPO", "H", "A"],
        # 6個月 (a lock-up term) is covered below; ordinals and words
        "cn_ok": [r"第三大", r"第四", r"第二上市", r"一個論壇", r"首日",
                  r"首位"],
        "org_hints": ["公司", "集團", "局", "會", "所", "證券", "資本", "國際",
                      "政府", "中國", "交易", "曜石", "港交", "三一", "寧德時代"],
        "org_excluded": [r"本報", r"記者會", r"上市公司", r"資本市場服務部統計",
                         r"。公司", r"，公司", r"股公司", r"家公司", r"局長",
                         r"所得", r"暗盤交易"],
        # time characters that are no DATE
        "date_hints_ok": [r"首日", r"全日", r"全年", r"按年", r"6個月",
                          r"禁售期", r"日本", r"初始"],
    }
    return d, audit


# independent re-derivations
# ===========================================================================
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
