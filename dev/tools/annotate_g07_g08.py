#!/usr/bin/env python3
"""Gold annotation for the held-out articles g07_digital_payments (simplified,
GB18030) and g08_taiwan_housing (traditional, Taiwan, Big5/cp950).

Adapted from dev/tools/annotate_g03_g04.py (then heldout/tools/annotate_b.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Each article is read as bytes and decoded with its own codec
(ENCODINGS below, strict); offsets are Python str indices into that decoded
text (SPEC 1-2).  g08 offsets and `text` point into the traditional original,
while `normalized` (ORG/CITY) and `unit` are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run).  Decisions: dev/NOTES_g07_g08.md.  Reference dates:
corpus/manifest.csv (g07 2025-11-20, g08 2024-10-15).

Checks: the bytes decode strictly and re-encode to the same bytes; text ==
original[start:end]; rows sorted and not overlapping; no span starts or ends
with white space or punctuation; field formats per type; DATE normalizations
are real calendar values (day, month, ISO week, quarter); METRIC value,
qualifier and unit re-derived from the span text by a small independent
parser; ORG normalization == OpenCC t2s(text) and CITY normalization == t2s
(text) with 市 added where missing; units checked against t2s; the `city`
column of every DATE/METRIC row re-derived with this script's own
implementation of the GUIDELINES rule.  Audits: every occurrence of a listed
city string, every ASCII digit and every Chinese fraction/multiple word
(成, 倍, 折, 分之) lies inside a row or is excluded here on purpose, and every
occurrence of an annotated ORG string is inside an ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  Re-run:

    python3 dev/tools/annotate_g07_g08.py
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
ENCODINGS = {"g07_digital_payments": "gb18030",
             "g08_taiwan_housing": "cp950"}

# CITY span -> official full name (simplified; Taiwan cities with 市).
CITY_NORM = {
    "郑州": "郑州市", "郑州市": "郑州市", "洛阳": "洛阳市", "洛阳市": "洛阳市",
    "新乡": "新乡市", "新乡市": "新乡市", "许昌": "许昌市", "许昌市": "许昌市",
    "南阳": "南阳市", "南阳市": "南阳市", "商丘": "商丘市", "商丘市": "商丘市",
    "上海": "上海市", "深圳": "深圳市", "苏州": "苏州市",
    "臺北": "台北市", "臺北市": "台北市", "新北": "新北市", "新北市": "新北市",
    "桃園": "桃园市", "桃園市": "桃园市", "臺中": "台中市", "臺中市": "台中市",
    "高雄": "高雄市", "高雄市": "高雄市", "新竹市": "新竹市", "基隆市": "基隆市",
}

# ORG span (traditional) -> OpenCC t2s form; simplified spans map to themselves.
ORG_NORM = {
    "央行": "央行", "中央銀行": "中央银行", "內政部": "内政部",
    "臺北市地政局": "台北市地政局",
    "信義房屋不動產企研室": "信义房屋不动产企研室",
    "遠雄建設": "远雄建设", "新北市政府地政局": "新北市政府地政局",
    "華固建設": "华固建设", "興富發建設": "兴富发建设", "興富發": "兴富发",
    "住商不動產企劃研究室": "住商不动产企划研究室",
    "高雄市政府地政局": "高雄市政府地政局", "臺積電": "台积电",
    "國泰建設": "国泰建设", "臺灣銀行": "台湾银行",
    "合作金庫商業銀行": "合作金库商业银行", "合庫": "合库",
    "臺灣土地銀行": "台湾土地银行", "土銀": "土银",
    "第一商業銀行": "第一商业银行", "國泰世華商業銀行": "国泰世华商业银行",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "財政部": "财政部", "內政部地政司": "内政部地政司",
    "永慶房產集團": "永庆房产集团",
    "中華民國不動產開發商業同業公會全國聯合會":
        "中华民国不动产开发商业同业公会全国联合会",
    "建商公會全聯會": "建商公会全联会",
}
TRADITIONAL = {"g08_taiwan_housing"}


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
        self.text = raw.decode(enc)          # strict: every byte must decode
        assert self.text.encode(enc) == raw, f"{doc_id}: {enc} round trip"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            sys.exit(f"{doc_id}: file also decodes as UTF-8 (expected {enc})")
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
            city="", n=1):
        span, places = self._locate(ctx, n)
        for start, end in places:
            assert self.text[start:end] == span
            self.rows.append({"doc_id": self.doc_id, "type": typ,
                              "start": start, "end": end, "text": span,
                              "normalized": normalized, "value": value,
                              "unit": unit, "qualifier": qualifier,
                              "city": city})
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
               shared=False):
        """shared=True: the unit is written once after a later figure."""
        v = V(value)
        places = self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n)
        if shared:
            self.shared_unit.update(s for s, _ in places)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# g07 digital payments: simplified, GB18030, published 2025-11-20 (Thursday,
# ISO week 2025-W47), mainland financial newspaper
# ===========================================================================
@doc
def g07():
    d = Doc("g07_digital_payments")
    ZZ, XX, NY, SQ = "郑州市", "新乡市", "南阳市", "商丘市"
    LY, XC, SUZ = "洛阳市", "许昌市", "苏州市"
    # title: a heading that does not open with a city; no CITY in it
    d.date("河南[[前10个月]]交易额", "2025")
    d.metric("交易额[[超860亿元]]\n", "860e8", "元", "over")
    # P1 sentence 1 (dateline 郑州)
    d.city("本报[[郑州]]11月20日讯")
    d.date("本报郑州[[11月20日]]讯", "2025-11-20", ZZ)
    d.date("记者[[昨日]]从", "2025-11-19", ZZ)
    d.org("从[[中国人民银行河南省分行]]获悉")
    d.city("继[[郑州]]、洛阳")
    d.city("郑州、[[洛阳]]之后")
    d.city("之后，[[新乡]]、许昌")
    d.city("新乡、[[许昌]]、南阳、商丘4市")
    d.city("许昌、[[南阳]]、商丘4市")
    d.city("南阳、[[商丘]]4市")
    d.date("已于[[本月初]]正式纳入", "2025-11", SQ)
    d.metric("试点城市增至[[6个]]", 6, "个", "exact", SQ)
    # P1 sentences 2-4 (no CITY; 河南 is a province)
    d.date("截至[[10月末]]，河南", "2025-10")
    d.metric("个人钱包[[约1860万个]]", "1860e4", "个", "approx")
    d.date("较[[去年同期]]增长42.6%", "2024-10")
    d.metric("增长[[42.6%]]", "42.6", "%")
    d.metric("对公钱包[[逾31万个]]", "31e4", "个", "over")
    d.metric("门店[[超过96万家]]", "96e4", "家", "over")
    d.date("[[今年1月]]至10月，全省", "2025-01")
    d.date("今年1月至[[10月]]，全省", "2025-10")
    d.metric("交易[[2.37亿笔]]", "2.37e8", "笔")
    d.metric("交易金额[[868.5亿元]]", "868.5e8", "元")
    d.metric("分别增长[[57%]]", 57, "%")
    d.metric("和[[近一倍]]", 1, "倍", "approx")
    d.metric("笔均金额[[约366元]]", 366, "元", "approx")
    # P2
    d.date("仅[[10月]]，全省", "2025-10")
    d.metric("个人钱包[[86.4万个]]", "86.4e4", "个")
    d.date("比[[上月]]多出", "2025-09")
    d.metric("多出[[约12万个]]", "12e4", "个", "approx")
    d.metric("交易金额[[112.6亿元]]", "112.6e8", "元")
    d.metric("环比增长[[18.2%]]", "18.2", "%")
    d.date("较[[去年同期]]增长61.5%", "2024-10")
    d.metric("增长[[61.5%]]", "61.5", "%")
    d.date("。[[去年]]全年，全省", "2024")
    d.metric("为[[706.3亿元]]", "706.3e8", "元")
    d.date("，[[今年前10个月]]已明显", "2025")
    d.date("超过[[去年]]全年水平", "2024")
    d.org("。[[人民银行河南省分行]]有关")
    d.date("与[[三年前]]郑州", "2022", ZZ)
    d.city("三年前[[郑州]]刚纳入")
    d.metric("已由[[不足2000个]]", 2000, "个", "under", ZZ)
    d.metric("扩展至[[逾14万个]]", "14e4", "个", "over", ZZ)
    # 郑州 section (heading opens with a city followed by ：)
    d.city("[[郑州]]：消费券")
    d.metric("核销率[[超九成]]\n", 90, "%", "over", ZZ)
    d.city("\n[[郑州市]]今年以来")
    d.date("郑州市[[今年]]以来", "2025", ZZ)
    d.metric("消费券活动[[11轮]]", 11, "轮", "exact", ZZ)
    d.date("。[[10月1日]]至8日", "2025-10-01", ZZ)
    d.date("10月1日至[[8日]]国庆", "2025-10-08", ZZ)
    d.date("8日[[国庆]]中秋", "2025-10-01", ZZ)
    d.date("国庆[[中秋]]假期", "2025-10-06", ZZ)
    d.org("假期，[[郑州市商务局]]联合")
    d.org("联合[[中国银行河南省分行]]、")
    d.org("、[[美团]]、京东")
    d.org("美团、[[京东]]等平台")
    d.metric("消费券[[2000万元]]", "2000e4", "元", "exact", ZZ)
    d.metric("最高[[200元]]", 200, "元", "exact", ZZ)
    d.metric("核销率达[[93.4%]]", "93.4", "%", "exact", ZZ)
    d.metric("带动消费[[约1.6亿元]]", "1.6e8", "元", "approx", ZZ)
    d.org("此外，[[郑州地铁]]自")
    d.date("自[[今年3月]]起", "2025-03", ZZ)
    d.date("截至[[10月末]]已服务", "2025-10", ZZ)
    d.metric("乘客[[超过2100万人次]]", "2100e4", "人次", "over", ZZ)
    d.metric("使用量[[约7.8万人次]]", "7.8e4", "人次", "approx", ZZ)
    # 洛阳 section
    d.city("[[洛阳]]：文旅")
    d.city("\n[[洛阳市]]将数字")
    d.date("[[今年4月1日]]至5月10日", "2025-04-01", LY)
    d.date("至[[5月10日]]第42届", "2025-05-10", LY)
    d.city("中国[[洛阳]]牡丹文化节")
    d.metric("文旅券”[[约50万张]]", "50e4", "张", "approx", LY)
    d.metric("交易[[逾120万笔]]", "120e4", "笔", "over", LY)
    d.metric("金额[[2.35亿元]]", "2.35e8", "元", "exact", LY)
    d.metric("占比[[近六成]]", 60, "%", "approx", LY)
    d.org("。[[洛阳银行]]相关")
    d.date("该行[[上周]]推出", "2025-W46", LY)
    d.metric("首批发行[[3万张]]", "3e4", "张", "exact", LY)
    d.metric("全市[[1.2万余家]]", "1.2e4", "家", "over", LY)
    d.date("，[[年底]]前计划再发行", "2025", LY)
    d.metric("再发行[[10万张]]", "10e4", "张", "exact", LY)
    # 许昌 section
    d.city("[[许昌]]：“智慧支付”")
    d.city("\n[[许昌市]]此前")
    d.city("“[[许昌]]智慧支付”项目")
    d.org("据[[许昌市大数据局]]介绍")
    d.date("于[[2023年9月]]启动", "2023-09", XC)
    d.metric("等[[9类]]场景", 9, "类", "exact", XC)
    d.metric("市民[[约320万人次]]", "320e4", "人次", "approx", XC)
    d.metric("其中[[60岁以上]]", 60, "岁", "over", XC)
    d.metric("占比[[18.5%]]", "18.5", "%", "exact", XC)
    d.org("。[[许昌市公共交通有限责任公司]]数据")
    d.date("显示，[[11月1日]]至15日", "2025-11-01", XC)
    d.date("11月1日至[[15日]]", "2025-11-15", XC)
    d.metric("乘车[[约46.2万人次]]", "46.2e4", "人次", "approx", XC)
    d.metric("日均[[近3.1万人次]]", "3.1e4", "人次", "approx", XC)
    d.metric("高出[[约两成]]", 20, "%", "approx", XC)
    # 新纳入城市 (a non-city heading: ends the 许昌 section)
    d.date("\n[[本月初]]新纳入", "2025-11", XX)
    d.city("城市中，[[新乡]]、许昌由")
    d.city("新乡、[[许昌]]由")
    d.org("由[[中国工商银行]]、")
    d.org("、[[中国建设银行]]牵头")
    d.city("，[[南阳]]、商丘则由")
    d.city("南阳、[[商丘]]则由")
    d.org("由[[中国农业银行]]、")
    d.org("、[[交通银行]]牵头")
    d.date("在[[年底]]前完成", "2025")
    d.metric("完成[[8万家以上]]", "8e4", "家", "over")
    d.date("于[[2026年一季度]]前", "2026-Q1")
    d.org("。[[中原银行]]、郑州银行")
    d.org("、[[郑州银行]]等")
    d.org("其中[[中原银行]]已为")
    d.city("已为[[新乡市]]1.6万户")
    d.metric("新乡市[[1.6万户]]", "1.6e4", "户", "exact", XX)
    d.city("。[[南阳市]]首批")
    d.metric("首批[[约2.4万家]]", "2.4e4", "家", "approx", NY)
    d.city("；[[商丘市]]则计划")
    d.date("在[[12月上旬]]启动", "2025-12", SQ)
    d.metric("总额[[500万元]]", "500e4", "元", "exact", SQ)
    # 支付机构 (non-city heading; no CITY in the section)
    d.org("\n[[支付宝]]、微信支付")
    d.org("支付宝、[[微信支付]]等")
    d.metric("均已在[[6个]]试点城市", 6, "个")
    d.org("。[[支付宝]]方面")
    d.date("披露，[[今年]]以来", "2025")
    d.metric("钱包[[超过210万个]]", "210e4", "个", "over")
    d.metric("新开钱包的[[近三成]]", 30, "%", "approx")
    d.org("；[[财付通]]相关")
    d.org("表示，[[微信支付]]“数币零钱”")
    d.metric("用户已[[突破150万]]", "150e4", "", "over")
    d.org("。[[中国银联河南分公司]]表示")
    d.date("钱包，[[10月]]在河南", "2025-10")
    d.metric("环比增长[[约9%]]", 9, "%", "approx")
    d.org("[[网联清算有限公司]]（网联）")
    d.org("（[[网联]]）数据")
    d.date("显示，[[10月]]河南地区", "2025-10")
    d.metric("交易达[[3860万笔]]", "3860e4", "笔")
    d.date("较[[9月]]增长11.3%", "2025-09")
    d.metric("增长[[11.3%]]", "11.3", "%")
    # 全国 (全国 is no city: a non-city heading)
    d.org("据[[中国人民银行数字货币研究所]]披露")
    d.date("截至[[今年9月末]]", "2025-09")
    d.metric("覆盖[[17个]]省", 17, "个")
    d.metric("的[[26个]]地区", 26, "个")
    d.metric("累计交易金额[[7.3万亿元]]", "7.3e12", "元")
    d.metric("数量[[超过1.8亿个]]", "1.8e8", "个", "over")
    d.city("与[[上海]]、深圳")
    d.city("、[[深圳]]、苏州")
    d.city("、[[苏州]]等早期")
    d.metric("仍[[不足60%]]", 60, "%", "under", SUZ)
    d.date("预计到[[2026年底]]", "2026")
    d.metric("有望[[突破150万家]]", "150e4", "家", "over")
    audit = {
        "cities": ["郑州", "洛阳", "新乡", "许昌", "南阳", "商丘", "上海",
                   "深圳", "苏州", "开封", "全市", "中原"],
        # 全市 deictic; 中原 in 中原银行 only (an ORG)
        "excluded": ["可在[[全市]]1.2万余家"],
        # 4市: a collective label for the list just given (SPEC: 五市);
        # 1:8 a ratio written like a score (GUIDELINES); 第42届 an ordinal
        "numbers_excluded": ["商丘[[4]]市已于", "约为[[1]]:8", "约为1:[[8]]",
                             "第[[42]]届"],
    }
    return d, audit


# ===========================================================================
# g08 Taiwan housing: traditional, Big5 (cp950), published 2024-10-15
# (Tuesday, ISO week 2024-W42), Taipei business daily
# ===========================================================================
@doc
def g08():
    d = Doc("g08_taiwan_housing")
    TP, XB, TY, TC, KH = "台北市", "新北市", "桃园市", "台中市", "高雄市"
    JL = "基隆市"
    # title (a non-city heading; no CITY)
    d.org("[[央行]]第7波信用管制效應顯現")
    d.date("顯現 [[9月]]六都", "2024-09")
    d.metric("月減[[逾2成]]\n", 20, "%", "over")
    # P1 sentence 1 (byline 臺北)
    d.city("／[[臺北]]報導")
    d.org("】[[中央銀行]]9月19日")
    d.date("中央銀行[[9月19日]]宣布", "2024-09-19", TP)
    # P1 sentence 2 (no CITY; 六都 is no city and no figure)
    d.org("。[[內政部]]昨（14）日")
    d.date("內政部[[昨（14）日]]公布", "2024-10-14")
    d.date("統計，[[9月]]全國", "2024-09")
    d.metric("棟數為[[2萬6,512棟]]", 26512, "栋")
    d.metric("月減[[18.7%]]", "18.7", "%")
    d.metric("年減[[4.2%]]", "4.2", "%")
    d.metric("合計[[2萬381棟]]", 20381, "栋")
    d.date("較[[上月]]減少21.3%", "2024-08")
    d.metric("減少[[21.3%]]", "21.3", "%")
    d.date("為[[今年]]以來單月", "2024")
    # P1 sentence 3 (新竹縣 is a county)
    d.city("，[[新竹市]]、新竹縣")
    d.city("及[[基隆市]]分別")
    d.metric("分別月減[[11.4%]]", "11.4", "%", "exact", JL)
    d.metric("、[[13.2%]]及", "13.2", "%", "exact", JL)
    d.metric("及[[8.9%]]。", "8.9", "%", "exact", JL)
    # 臺北市 section
    d.city("[[臺北市]]：高價宅")
    d.org("\n[[臺北市地政局]]統計")
    d.date("統計，[[9月]]臺北市", "2024-09", TP)
    d.city("9月[[臺北市]]買賣")
    d.metric("移轉[[2,108棟]]", 2108, "栋", "exact", TP)
    d.metric("月減[[24.6%]]", "24.6", "%", "exact", TP)
    d.metric("每坪[[120萬元以上]]", "120e4", "元", "over", TP)
    d.date("，[[9月]]合計成交", "2024-09", TP)
    d.metric("成交[[不足百棟]]", 100, "栋", "under", TP)
    d.org("。[[信義房屋不動產企研室]]指出")
    d.city("指出，[[臺北市]]113年第3季")
    d.date("臺北市[[113年第3季]]預售", "2024-Q3", TP)
    d.metric("平均單價[[約95.8萬元/坪]]", "95.8e4", "元/坪", "approx", TP)
    d.metric("年增[[6.3%]]", "6.3", "%", "exact", TP)
    d.date("較[[第2季]]減少", "2024-Q2", TP)
    d.metric("減少[[近3成]]", 30, "%", "approx", TP)
    d.org("。[[內政部]]最新公布")
    d.date("顯示，[[113年第2季]]臺北市", "2024-Q2", TP)
    d.city("113年第2季[[臺北市]]房價")
    d.metric("高達[[16.2倍]]", "16.2", "倍", "exact", TP)
    d.metric("平均為[[9.95倍]]", "9.95", "倍", "exact", TP)
    # 新北、桃園 (opens with a city followed by 、: not a city section)
    d.city("[[新北]]、桃園：")
    d.city("新北、[[桃園]]：")
    d.city("\n[[新北市]]9月買賣")
    d.date("新北市[[9月]]買賣", "2024-09", XB)
    d.metric("移轉[[5,486棟]]", 5486, "栋", "exact", XB)
    d.metric("月減[[15.2%]]", "15.2", "%", "exact", XB)
    d.metric("年增[[1.9%]]", "1.9", "%", "exact", XB)
    d.metric("首購比重[[逾5成]]", 50, "%", "over", XB)
    d.metric("坪數[[約32坪]]", 32, "坪", "approx", XB)
    d.metric("總價[[約1,350萬元]]", "1350e4", "元", "approx", XB)
    d.city("。[[桃園市]]9月移轉")
    d.date("桃園市[[9月]]移轉", "2024-09", TY)
    d.metric("移轉[[3,902棟]]", 3902, "栋", "exact", TY)
    d.metric("月減[[12.8%]]", "12.8", "%", "exact", TY)
    d.metric("平均單價[[約42萬元/坪]]", "42e4", "元/坪", "approx")
    d.date("較[[112年同期]]上漲", "2023")
    d.metric("上漲[[約9%]]", 9, "%", "approx")
    d.org("。[[遠雄建設]]表示")
    d.city("旗下[[桃園]]青埔")
    d.city("及[[新北]]林口")
    d.date("個案[[9月]]來客數", "2024-09", XB)
    d.date("較[[8月]]減少", "2024-08", XB)
    d.metric("減少[[約3成]]", 30, "%", "approx", XB)
    d.metric("僅減少[[12戶]]", 12, "户", "exact", XB)
    d.org("。[[新北市政府地政局]]指出")
    d.date("重劃區[[今年]]以來", "2024")
    d.metric("推案量達[[1.8萬戶]]", "1.8e4", "户")
    d.date("預估[[年底]]前仍有", "2024")
    d.metric("仍有[[約4,500戶]]", 4500, "户", "approx")
    # 臺中 section
    d.city("[[臺中]]：重劃區")
    d.city("\n[[臺中市]]今年前9月")
    d.date("臺中市[[今年前9月]]建案", "2024", TC)
    d.metric("新臺幣[[3,120億元]]", "3120e8", "元", "exact", TC)
    d.metric("年增[[約15%]]", 15, "%", "approx", TC)
    d.metric("即占[[逾6成]]", 60, "%", "over", TC)
    d.org("。[[華固建設]]、")
    d.org("、[[興富發建設]]等")
    d.org("其中[[興富發]]在")
    d.city("在[[臺中市]]北屯區")
    d.metric("總銷[[約68億元]]", "68e8", "元", "approx", TC)
    d.org("，[[住商不動產企劃研究室]]指出")
    d.date("上路後，[[9月]]臺中市", "2024-09", TC)
    d.city("9月[[臺中市]]預售屋")
    d.metric("月減[[近25%]]", 25, "%", "approx", TC)
    d.metric("祭出[[8.8折]]", 88, "%", "exact", TC)
    # 高雄 section
    d.city("[[高雄]]：亞灣")
    d.org("\n[[高雄市政府地政局]]統計")
    d.date("統計，[[9月]]高雄市", "2024-09", KH)
    d.city("9月[[高雄市]]買賣")
    d.metric("移轉[[3,377棟]]", 3377, "栋", "exact", KH)
    d.metric("月減[[9.6%]]", "9.6", "%", "exact", KH)
    d.org("受[[臺積電]]高雄廠")
    d.city("臺積電[[高雄]]廠")
    d.metric("上漲[[約2成]]", 20, "%", "approx", KH)
    d.city("。[[高雄]]亞洲新灣區")
    d.metric("已[[突破60萬元/坪]]", "60e4", "元/坪", "over", KH)
    d.city("來自[[臺北]]、新竹")
    d.metric("占比[[約35%]]", 35, "%", "approx", KH)
    d.org("。[[國泰建設]]表示")
    d.city("公司在[[高雄]]的推案")
    d.date("於[[明年第1季]]公開", "2025-Q1", KH)
    # 金融面 (a non-city heading; no CITY down to the end of the article)
    d.metric("升至[[2.2%以上]]\n", "2.2", "%", "over")
    d.org("\n[[央行]]統計，8月")
    d.date("統計，[[8月]]全體", "2024-08")
    d.metric("利率為[[2.218%]]", "2.218", "%")
    d.date("較[[7月]]上升", "2024-07")
    d.metric("上升[[0.023個百分點]]", "0.023", "百分点")
    d.date("截至[[8月底]]，全體", "2024-08")
    d.metric("新臺幣[[10.86兆元]]", "10.86e12", "元")
    d.metric("年增[[10.6%]]", "10.6", "%")
    d.metric("則為[[3.82兆元]]", "3.82e12", "元")
    d.org("。[[央行]]9月理監事會")
    d.date("央行[[9月]]理監事會", "2024-09")
    d.metric("準備率[[1碼]]", 1, "码")
    d.metric("（[[0.25個百分點]]）", "0.25", "百分点")
    d.metric("降為[[5成]]", 50, "%")
    d.org("。[[臺灣銀行]]、合作金庫")
    d.org("、[[合作金庫商業銀行]]（合庫）")
    d.org("（[[合庫]]）")
    d.date("自[[9月20日]]起", "2024-09-20")
    d.date("，[[年底]]前將嚴控", "2024")
    d.org("。[[臺灣土地銀行]]（土銀）")
    d.org("（[[土銀]]）")
    d.date("自[[10月1日]]起將首購", "2024-10-01")
    d.metric("調升至[[2.275%]]", "2.275", "%")
    d.org("，[[第一商業銀行]]、")
    d.org("、[[國泰世華商業銀行]]也")
    d.metric("房貸利率[[0.1]]至0.3", "0.1", "百分点", shared=True)
    d.metric("0.1至[[0.3個百分點]]", "0.3", "百分点")
    d.metric("由[[8成]]降至", 80, "%")
    d.metric("降至[[7成]]", 70, "%")
    d.org("。[[金融監督管理委員會]]（金管會）")
    d.org("（[[金管會]]）統計")
    d.date("截至[[8月底]]，本國", "2024-08")
    d.metric("約新臺幣[[15.2兆元]]", "15.2e12", "元", "approx")
    d.metric("比重達[[37.4%]]", "37.4", "%")
    d.date("較[[去年同期]]上升0.9", "2023-08")
    d.metric("上升[[0.9個百分點]]", "0.9", "百分点")
    d.org("\n[[財政部]]則表示")
    d.date("表示，[[113年7月]]起", "2024-07")
    d.metric("全國[[約1.3萬戶]]", "1.3e4", "户", "approx")
    d.metric("稅收約新臺幣[[7億元]]", "7e8", "元", "approx")
    d.date("；[[113年]]全年房屋稅", "2024")
    d.metric("可望達新臺幣[[948億元]]", "948e8", "元")
    d.date("較[[112年]]成長", "2023")
    d.metric("成長[[約5.1%]]", "5.1", "%", "approx")
    d.org("\n[[內政部地政司]]也指出")
    d.date("禁止，[[113年1月]]至9月", "2024-01")
    d.date("113年1月至[[9月]]共查獲", "2024-09")
    d.metric("違規案件[[46件]]", 46, "件")
    d.metric("裁罰金額約新臺幣[[1.86億元]]", "1.86e8", "元", "approx")
    # 展望後市 (a non-city heading)
    d.org("\n[[永慶房產集團]]指出")
    d.date("指出，[[今年前3季]]全國", "2024")
    d.metric("棟數[[約24.9萬棟]]", "24.9e4", "栋", "approx")
    d.date("仍較[[去年同期]]增加", "2023")
    d.metric("增加[[約16%]]", 16, "%", "approx")
    d.date("但[[第4季]]在", "2024-Q4")
    d.date("、[[國慶]]連假", "2024-10-10")
    d.date("及[[年底]]前建商", "2024")
    d.date("，[[民國113年]]全年", "2024")
    d.metric("預估[[約32萬棟]]", "32e4", "栋", "approx")
    d.metric("預期的[[逾33萬棟]]", "33e4", "栋", "over")
    d.org("。[[中華民國不動產開發商業同業公會全國聯合會]]（建商")
    d.org("（[[建商公會全聯會]]）")
    d.org("，[[央行]]應於")
    d.date("應於[[明年上半年]]檢討", "2025")
    audit = {
        "cities": ["臺北", "台北", "新北", "桃園", "臺中", "台中", "臺南",
                   "台南", "高雄", "新竹", "基隆", "嘉義"],
        # 新竹縣 is a county; bare 新竹 counts only as 新竹市 (GUIDELINES)
        "excluded": ["、[[新竹]]縣及", "臺北、[[新竹]]等地"],
        # 第7波 ordinal; 近17個月 a look-back window (duration); 房屋稅2.0 and
        # 囤房稅2.0 names
        "numbers_excluded": ["第[[7]]波信用管制效應", "第[[7]]波選擇性",
                             "創近[[17]]個月", "房屋稅[[2.0]]（",
                             "囤房稅[[2.0]]）"],
    }
    return d, audit


# ===========================================================================
# independent re-derivations
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d", "\u2018", "\u2019"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(
    r"[一二两兩三四五六七八九十几幾]+(?:成|倍|折|分之[一二三四五六七八九十]+)")
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
UNIT_MAP = {"成": "%", "折": "%", "个百分点": "百分点", "個百分點": "百分点"}


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
        return (Decimal(n * 10), q, "%") if m.group(2) == "成" else (
            Decimal(n), q, "倍")
    m = re.match(r"(百|千|万|萬)(.*)$", s)             # bare magnitude (不足百棟)
    if m and q != "exact":
        return Decimal(MAGNITUDE[m.group(1)]), q, m.group(2)
    # 2萬6,512 (digits split by a magnitude before a smaller section)
    m = re.match(r"(\d+)([万萬])(\d[\d,]*)(.*)$", s)
    if m:
        v = Decimal(m.group(1)) * MAGNITUDE[m.group(2)] + Decimal(
            m.group(3).replace(",", ""))
        return v, q, m.group(4)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)(万亿|萬億|[万萬亿億兆])?([余餘多])?(.*)$", s)
    assert m, span
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
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
            assert r["normalized"], r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
            v, q, written = parse_metric(tx)
            # a marker before a currency written before the number
            # (約新臺幣12億元): outside the span, still the qualifier
            m = re.search(r"(约|約|逾|近|超过|超過)(人民币|新臺幣|新台幣|港币|港幣)$",
                          d.text[max(0, s - 6):s])
            if m and q == "exact":
                q = dict(QUAL_PREFIX)[m.group(1)]
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            r["_written_unit"] = written
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])

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
                full = c if c.endswith("市") or c in ("香港", "澳门") else c + "市"
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
    if problems:
        sys.exit("{}:\n  {}".format(d.doc_id, "\n  ".join(problems)))


def check_manifest():
    with open(os.path.join(CORPUS, "manifest.csv"), encoding="utf-8",
              newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [list(r) for r in rows][:1] == [["doc_id", "published", "source",
                                            "title"]], rows
    ids = {r["doc_id"]: r for r in rows}
    assert set(ENCODINGS) <= set(ids), ids  # the set's manifest also lists the other annotators' articles
    for r in rows:
        if r["doc_id"] in ENCODINGS:
            datetime.date.fromisoformat(r["published"])


def main():
    check_manifest()
    os.makedirs(GOLD, exist_ok=True)
    total = Counter()
    for fn in DOCS:
        d, audit = fn()
        check(d, audit)
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
