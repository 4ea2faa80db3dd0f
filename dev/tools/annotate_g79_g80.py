#!/usr/bin/env python3
"""Gold annotation for the held-out articles g79_consumer_loans_fintech and
g80_hk_macao_bridge_tourism (annotator S).

Adapted from heldout/tools/annotate_j.py (now dev/tools/annotate_g73_g74.py; itself adapted from annotate_e.py,
which keeps annotate_x.py's checks through annotate_m.py and annotate_q.py,
with annotate_p.py's bare magnitude, annotate_r.py's `orgstring_excluded`
list, annotate_f.py's 〇 in the numeral audit and annotate_h.py's unit shared
across a list joiner).  Each mention is located by a short context string in
which the span is marked with [[ ]]; the context must occur exactly `n` times
in the article and one row is written per occurrence.  Offsets are Python str
indices (code points) into the article as decoded: g79 is simplified
(mainland, 经济参考报, 2026-11-18), stored as UTF-8 without a BOM; g80 is
traditional (Hong Kong, 大公報, 2026-11-04), stored as plain Big5 (it uses no
Hong Kong-only character, so cp950 and Big5-HKSCS read it identically).
g80's `text` is the traditional original; `normalized` (ORG/CITY) and `unit`
are simplified (OpenCC t2s; mainland cities by their official name with 市,
Hong Kong and Macao by their common names).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_i/j/l, tools, corpus, gold) and corpus/ as precedents.
Decisions: dev/NOTES_g79_g80.md.  Reference dates: corpus/manifest.csv;
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
strings and ORG strings).  Changes from annotate_j.py: a plain-Big5 article
(strict big5 decode and round trip; cp950 and big5hkscs must read the same
text; it must not decode as UTF-8) instead of the cp950 one; basis points
written 个基点 take the unit 基点 (GUIDELINES, as annotate_i.py had it), also
when shared across a range (20至30个基点); every DATE span's written year,
month and day (Arabic digits) must be those of its normalization; the
holiday table (HOLIDAY) holds the 2026-2027 days these articles name.
Re-run (from anywhere):

    python3 dev/tools/annotate_g79_g80.py
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
    "g79_consumer_loans_fintech": ("utf-8", b"", False, "2026-11-18",
                                   "经济参考报"),
    "g80_hk_macao_bridge_tourism": ("big5", b"", True, "2026-11-04",
                                    "大公報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
# Holidays the articles name, by the key in the span (2026-2027): 国庆/國慶
# 10-01 (mainland and Hong Kong); 中秋 2026 = 八月十五 = 2026-09-25; 聖誕
# 2026-12-25; 元旦 2027-01-01 and 春节/農曆新年 2027 = 正月初一 = 2027-02-06
# (the coming ones in both articles); 双11 2026-11-11.
HOLIDAY = {
    "国庆": "2026-10-01", "國慶": "2026-10-01", "中秋": "2026-09-25",
    "聖誕": "2026-12-25", "元旦": "2027-01-01", "春节": "2027-02-06",
    "農曆新年": "2027-02-06", "双11": "2026-11-11",
}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g79 (2026: prefecture-level cities and municipalities)
    "北京": "北京市", "深圳": "深圳市", "重庆": "重庆市", "温州": "温州市",
    "绍兴": "绍兴市", "嘉兴": "嘉兴市", "上海": "上海市", "杭州": "杭州市",
    "成都": "成都市", "武汉": "武汉市", "西安": "西安市", "合肥": "合肥市",
    "长沙": "长沙市", "郑州": "郑州市", "青岛": "青岛市", "广州": "广州市",
    "苏州": "苏州市",
    # g80 (traditional spans; Hong Kong and Macao by their common names,
    # Guangdong's prefecture-level cities with 市)
    "香港": "香港", "澳門": "澳门", "珠海": "珠海市", "中山": "中山市",
    "江門": "江门市", "肇慶": "肇庆市", "陽江": "阳江市", "茂名": "茂名市",
    "廣州": "广州市", "佛山": "佛山市", "東莞": "东莞市", "惠州": "惠州市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "大公報": "大公报", "入境事務處": "入境事务处", "入境處": "入境处",
    "運輸署": "运输署", "廣東省公安廳": "广东省公安厅",
    "香港保險業聯會": "香港保险业联会", "人保財險": "人保财险",
    "中國太平": "中国太平", "香港汽車會": "香港汽车会",
    "港珠澳大橋穿梭巴士（香港）有限公司": "港珠澳大桥穿梭巴士（香港）有限公司",
    "環島旅運": "环岛旅运", "中港通": "中港通", "城巴": "城巴",
    "龍運巴士": "龙运巴士", "珠海邊檢總站": "珠海边检总站",
    "拱北海關": "拱北海关", "澳門治安警察局": "澳门治安警察局",
    "澳門交通事務局": "澳门交通事务局", "攜程": "携程",
    "珠海市文化廣電旅遊體育局": "珠海市文化广电旅游体育局",
    "機場管理局": "机场管理局", "機管局": "机管局",
    "中港澳直通巴士聯會": "中港澳直通巴士联会",
    "珠海市商務局": "珠海市商务局", "美團": "美团",
    "山姆會員商店": "山姆会员商店", "Costco": "Costco", "開市客": "开市客",
    "盒馬": "盒马", "支付寶": "支付宝", "微信支付": "微信支付",
    "八達通": "八达通", "政府統計處": "政府统计处",
    "香港零售管理協會": "香港零售管理协会",
    "運輸及物流局": "运输及物流局", "旅遊事務署": "旅游事务署",
    "香港旅遊發展局": "香港旅游发展局", "旅發局": "旅发局",
    "香港理工大學": "香港理工大学",
    "立法會交通事務委員會": "立法会交通事务委员会",
    "港珠澳大橋管理局": "港珠澳大桥管理局",
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
        if enc == "big5":       # plain Big5: no ETEN or HKSCS extension,
            for other in ("cp950", "big5hkscs"):   # so Taiwan's and Hong
                assert raw.decode(other) == self.text, (doc_id, other)  # Kong's
            assert all(enc_ok(c, "big5") for c in self.text)   # readers agree
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
        m = re.search(r"(\d{4})年", span)       # written parts agree with
        if m:                                   # the normalization
            assert normalized[:4] == m.group(1), (ctx, normalized)
        m = re.search(r"(?<!\d)(\d{1,2})月", span)
        if m:
            assert normalized[5:7] == "%02d" % int(m.group(1)), (ctx,
                                                                normalized)
        m = re.search(r"(?<!\d)(\d{1,2})日", span)
        if m:
            assert normalized[8:10] == "%02d" % int(m.group(1)), (ctx,
                                                                 normalized)
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
# g79 consumer credit and fintech at the end of September 2026, simplified,
# UTF-8 without BOM, 2026-11-18 (a Wednesday, ISO week 2026-W47), 经济参考报;
# byline line 经济参考报记者 罗知之 北京报道.  NFRA's press conference was
# 上周五（11月13日）; the listed lenders reported 本月中旬.  前三季度 is the
# year 2026; 去年同期 follows the last period its sentence states.
# ===========================================================================
@doc
def g79():
    d = Doc("g79_consumer_loans_fintech")
    Y, SEP, OCT, Q3 = "2026", "2026-09", "2026-10", "2026-Q3"
    SZ, CQ, JX, SH, QD, HZ, CD = ("深圳市", "重庆市", "嘉兴市", "上海市",
                                  "青岛市", "杭州市", "成都市")
    # title (a heading-shaped line opening with a DATE, no city)
    d.date("[[前三季度]]住户消费贷款增长", Y, "")
    d.metric("住户消费贷款增长[[5.6%]] 消金", "5.6", "%", "exact", "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[经济参考报]]记者")
    d.city("罗知之 [[北京]]报道")
    # P1 the central bank's and NFRA's figures (no CITY)
    d.org("\n\n[[中国人民银行]]（以下简称")
    d.org("以下简称“[[央行]]”）日前")
    d.date("截至[[9月末]]，住户", SEP, "")
    d.metric("余额为[[21.37万亿元]]", "21.37e12", "元", "exact", "")
    d.date("较[[年初]]增加1.14万亿元", Y, "")
    d.metric("增加[[1.14万亿元]]", "1.14e12", "元", "exact", "")
    d.metric("同比增长[[5.6%]]；其中", "5.6", "%", "exact", "")
    d.date("；其中[[9月]]单月", SEP, "")
    d.metric("单月新增[[1860亿元]]", "1860e8", "元", "exact", "")
    d.date("较[[去年同期]]多增", "2025-09", "")
    d.metric("多增[[420亿元]]", "420e8", "元", "exact", "")
    d.org("。[[国家金融监督管理总局]]（以下简称")
    d.org("以下简称“[[金融监管总局]]”）在")
    d.date("在[[上周五]]（", "2026-11-13", "")
    d.date("上周五（[[11月13日]]）举行", "2026-11-13", "")
    d.date("披露，[[今年前三季度]]，全国", Y, "")
    d.metric("全国[[31家]]持牌", 31, "家", "exact", "")
    d.metric("发放贷款[[约1.05万亿元]]", "1.05e12", "元", "approx", "")
    d.date("，[[9月末]]贷款余额合计", SEP, "")
    d.metric("合计[[约1.29万亿元]]", "1.29e12", "元", "approx", "")
    d.metric("同比增长[[8.3%]]", "8.3", "%", "exact", "")
    d.metric("不良贷款率为[[2.07%]]", "2.07", "%", "exact", "")
    d.date("较[[年初]]下降0.15", Y, "")
    d.metric("下降[[0.15个百分点]]", "0.15", "百分点", "exact", "")
    # P2 credit cards (no CITY)
    d.org("。[[央行]]数据显示，9月末全国")
    d.date("数据显示，[[9月末]]全国", SEP, "")
    d.metric("发卡数量为[[7.06亿张]]", "7.06e8", "张", "exact", "")
    d.date("较[[6月末]]下降0.4%", "2026-06", "")
    d.metric("下降[[0.4%]]", "0.4", "%", "exact", "")
    d.metric("人均持卡[[0.5张]]", "0.5", "张", "exact", "")
    d.metric("应偿信贷余额[[8.12万亿元]]", "8.12e12", "元", "exact", "")
    d.date("较[[年初]]减少", Y, "")
    d.metric("减少[[约2100亿元]]", "2100e8", "元", "approx", "")
    d.date("上市银行[[三季度]]报告", Q3, "")
    d.org("看，[[招商银行]]信用卡")
    d.metric("流通卡数[[约6800万张]]", "6800e4", "张", "approx", "")
    d.date("，[[前三季度]]信用卡交易额", Y, "")
    d.metric("交易额[[3.2万亿元]]", "3.2e12", "元", "exact", "")
    d.metric("同比下降[[6.1%]]", "6.1", "%", "exact", "")
    d.org("；[[工商银行]]、建设银行")
    d.org("、[[建设银行]]、交通银行")
    d.org("、[[交通银行]]信用卡透支")
    d.date("透支余额较[[年初]]分别", Y, "")
    d.metric("分别下降[[2.3%]]、", "2.3", "%", "exact", "")
    d.metric("、[[1.8%]]和3.5%", "1.8", "%", "exact", "")
    d.metric("和[[3.5%]]。", "3.5", "%", "exact", "")
    d.org("。[[平安银行]]有关负责人")
    d.date("回落，[[三季度末]]为", Q3, "")
    d.metric("为[[2.41%]]", "2.41", "%", "exact", "")
    d.date("较[[6月末]]下降0.12", "2026-06", "")
    d.metric("下降[[0.12个百分点]]", "0.12", "百分点", "exact", "")
    # P3 consumer-finance companies (深圳, 重庆 in the first two sentences)
    d.city("总部位于[[深圳]]的")
    d.org("深圳的[[招联消费金融股份有限公司]]（")
    d.org("以下简称“[[招联]]”）前三季度")
    d.date("”）[[前三季度]]实现营业收入", Y, SZ)
    d.metric("营业收入[[约152亿元]]", "152e8", "元", "approx", SZ)
    d.date("，[[9月末]]贷款余额突破", SEP, SZ)
    d.metric("余额[[突破1700亿元]]", "1700e8", "元", "over", SZ)
    d.city("总部位于[[重庆]]的")
    d.org("重庆的[[马上消费金融]]前三季度")
    d.date("马上消费金融[[前三季度]]净利润", Y, CQ)
    d.metric("净利润[[18.6亿元]]", "18.6e8", "元", "exact", CQ)
    d.metric("同比增长[[11.2%]]", "11.2", "%", "exact", CQ)
    d.org("。[[兴业消费金融]]、")
    d.org("、[[中银消费金融]]9月末")
    d.date("中银消费金融[[9月末]]", SEP, "")
    d.metric("分别为[[742亿元]]", "742e8", "元", "exact", "")
    d.metric("和[[698亿元]]", "698e8", "元", "exact", "")
    d.org("，[[重庆蚂蚁消费金融有限公司]]（")
    d.org("以下简称“[[蚂蚁消金]]”）")
    d.metric("提升至[[185亿元]]", "185e8", "元", "exact", "")
    d.org("与此同时，[[杭银消费金融]]、")
    d.org("、[[宁银消费金融]]等")
    d.city("加快在[[温州]]、")
    d.city("温州、[[绍兴]]、")
    d.city("绍兴、[[嘉兴]]等地")
    d.org("布局，[[小米消费金融]]前三季度")
    d.date("小米消费金融[[前三季度]]新增", Y, JX)
    d.metric("新增客户[[超过320万户]]", "320e4", "户", "over", JX)
    # P4 the rate ceiling (no CITY)
    d.org("。[[金融监管总局]]《")
    d.date("》自[[2025年10月1日]]起施行", "2025-10-01", "")
    d.org("据[[中国互联网金融协会]]统计")
    d.date("截至[[10月末]]，主要", OCT, "")
    d.metric("压降至[[24%以内]]", 24, "%", "under", "")
    d.metric("加权平均[[约16.9%]]", "16.9", "%", "approx", "")
    d.date("较[[去年同期]]下降约3.1", "2025-10", "")
    d.metric("下降[[约3.1个百分点]]", "3.1", "百分点", "approx", "")
    d.metric("定价在[[24%]]至36%", 24, "%", "exact", "")
    d.metric("24%至[[36%]]之间", 36, "%", "exact", "")
    d.date("由[[去年末]]的", "2025", "")
    d.metric("的[[约18%]]降至", 18, "%", "approx", "")
    d.metric("降至[[不足3%]]", 3, "%", "under", "")
    # P5 internet platforms (no CITY)
    d.org("平台方面，[[蚂蚁集团]]旗下")
    d.org("借呗、[[京东科技]]旗下")
    d.org("京东科技旗下[[京东]]金条")
    d.org("、[[度小满]]“有钱花”")
    d.org("定价，[[美团]]月付")
    d.org("、[[抖音]]月付")
    d.org("。[[奇富科技]]、")
    d.org("、[[乐信]]和")
    d.org("和[[信也科技]]本月中旬")
    d.date("信也科技[[本月中旬]]披露", "2026-11", "")
    d.date("上述机构[[第三季度]]合计", Q3, "")
    d.metric("促成借款[[约2860亿元]]", "2860e8", "元", "approx", "")
    d.metric("同比下降[[4.7%]]", "4.7", "%", "exact", "")
    d.metric("合计增长[[约9%]]", 9, "%", "approx", "")
    d.org("民营银行中，[[微众银行]]、")
    d.org("、[[网商银行]]9月末")
    d.date("网商银行[[9月末]]个人", SEP, "")
    d.date("分别较[[年初]]增长9.2%", Y, "")
    d.metric("增长[[9.2%]]和", "9.2", "%", "exact", "")
    d.metric("和[[6.5%]]。", "6.5", "%", "exact", "")
    # P6 subsidy pilots in twenty cities; 杭州 and 成都; October retail
    d.date("。[[今年9月]]起", SEP, SH)
    d.org("起，[[财政部]]、")
    d.org("、[[商务部]]、央行")
    d.org("商务部、[[央行]]在上海")
    d.city("央行在[[上海]]、")
    d.city("上海、[[杭州]]、成都")
    d.city("杭州、[[成都]]、重庆、")
    d.city("成都、[[重庆]]、武汉")
    d.city("、[[武汉]]、")
    d.city("、[[西安]]、")
    d.city("、[[合肥]]、")
    d.city("、[[长沙]]、")
    d.city("、[[郑州]]、")
    d.city("、[[青岛]]等")
    d.metric("青岛等[[20个]]城市", 20, "个", "exact", QD)
    d.metric("单笔[[5万元以下]]", "5e4", "元", "under", QD)
    d.metric("年化[[1个百分点]]", 1, "百分点", "exact", QD)
    d.date("试点期至[[明年8月底]]", "2027-08", QD)
    d.org("。[[杭州市商务局]]数据")
    d.date("截至[[10月底]]，杭州", OCT, HZ)
    d.city("10月底，[[杭州]]参与")
    d.metric("参与试点的[[12家]]银行", 12, "家", "exact", HZ)
    d.metric("银行和[[3家]]消费金融", 3, "家", "exact", HZ)
    d.metric("贴息贷款[[约86亿元]]", "86e8", "元", "approx", HZ)
    d.metric("借款人[[约41万人次]]", "41e4", "人次", "approx", HZ)
    d.city("；[[成都]]将家电")
    d.org("范围，[[成都银行]]国庆")
    d.date("成都银行[[国庆]]黄金周", "2026-10-01", CD)
    d.metric("同比增长[[27%]]", 27, "%", "exact", CD)
    d.org("。[[国家统计局]]11月16日")
    d.date("国家统计局[[11月16日]]公布", "2026-11-16", "")
    d.date("数据显示，[[10月]]社会", OCT, "")
    d.metric("零售总额[[4.21万亿元]]", "4.21e12", "元", "exact", "")
    d.metric("同比增长[[3.9%]]", "3.9", "%", "exact", "")
    d.date("增速较[[上月]]加快", SEP, "")
    d.metric("加快[[0.6个百分点]]", "0.6", "百分点", "exact", "")
    d.org("。[[京东]]、天猫")
    d.org("京东、[[天猫]]等平台")
    d.date("等平台[[今年双11]]期间", "2026-11-11", "")
    d.metric("同比增长[[约35%]]", 35, "%", "approx", "")
    d.metric("占比[[超过六成]]", 60, "%", "over", "")
    # P7 complaints; regions (深圳 first after 近三成)
    d.org("。[[中国消费者协会]]数据")
    d.date("数据显示，[[今年前三季度]]涉及", Y, "")
    d.metric("投诉达[[2.3万件]]", "2.3e4", "件", "exact", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.org("。[[中国社会科学院金融研究所]]一位")
    d.metric("推高至[[30%以上]]", 30, "%", "over", "")
    d.metric("占全国的[[近三成]]", 30, "%", "approx", SZ)
    d.city("，[[深圳]]、广州")
    d.city("深圳、[[广州]]、苏州")
    d.city("、[[苏州]]等城市")
    # P8 outlook (no CITY)
    d.date("展望[[四季度]]，", "2026-Q4", "")
    d.org("，[[中国银行业协会]]在")
    d.date("《[[2026年]]中国消费金融", Y, "")
    d.date("，[[年底]]消费金融公司", Y, "")
    d.metric("达到[[1.35万亿元左右]]", "1.35e12", "元", "approx", "")
    d.date("随着[[元旦]]、", "2027-01-01", "")
    d.date("元旦、[[春节]]消费旺季", "2027-02-06", "")
    d.org("。[[艾瑞咨询]]则预测")
    d.date("到[[2028年]]我国", "2028", "")
    d.metric("规模将[[突破25万亿元]]", "25e12", "元", "over", "")
    d.metric("保持在[[6%]]至8%", 6, "%", "exact", "")
    d.metric("6%至[[8%]]。", 8, "%", "exact", "")
    d.org("。[[招联]]首席研究员")
    d.date("表示，[[明年]]行业", "2027", "")
    d.metric("收窄[[20]]至30个基点", 20, "基点", "exact", "", shared="个基点")
    d.metric("20至[[30个基点]]", 30, "基点", "exact", "")
    audit = {
        "cities": ["北京", "深圳", "重庆", "温州", "绍兴", "嘉兴", "上海",
                   "杭州", "成都", "武汉", "西安", "合肥", "长沙", "郑州",
                   "青岛", "广州", "苏州", "宁波", "泉州", "广东", "浙江",
                   "江苏", "中国"],
        "excluded": [
            # provinces (三省: a collective label)
            "[[广东]]、浙江", "广东、[[浙江]]、", "、[[江苏]]三省",
            # 中国 (the country, in a report's title)
            "2026年[[中国]]消费金融",
        ],
        "numbers_excluded": [],
        # 合一卡 (a card kind), 连续四个季度 (a duration), 三省 (a collective
        # label for the list just given), 一位 (indefinite), 统一, 进一步
        "cn_excluded": ["借贷合[[一]]卡", "连续[[四个季度]]", "江苏[[三]]省",
                        "研究所[[一]]位", "统[[一]]核算", "进[[一]]步"],
        "latin_excluded": [],
        "words_excluded": {"日前": 1, "年化": 3, "年均": 1, "季节": 1,
                           "天花板": 1, "明示": 1, "时代": 1, "单月": 1,
                           "月付": 2, "黄金周": 1, "旺季": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"银行": 5, "消费金融": 4, "协会": 0,
                              "公司": 5, "平台": 4, "机构": 6},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g80 travel over the Hong Kong-Zhuhai-Macao Bridge, traditional (Hong
# Kong forms 佔, 周, 公布), plain Big5, 2026-11-04 (a Wednesday, ISO week
# 2026-W45), 大公報; the first paragraph opens 【大公報訊】記者何嘉敏報道：
# (大公報's form).  入境處 published 昨日（3日）; 運輸署 opens applications
# 今日（4日）.  港珠澳大橋 (a bridge named by abbreviations) holds no CITY
# and is no ORG; 港, 澳, 本港, 來港 are no CITY.
# ===========================================================================
@doc
def g80():
    d = Doc("g80_hk_macao_bridge_tourism")
    Y, OCT, NOV = "2026", "2026-10", "2026-11"
    HK, MO, ZH, ZS, MM, SZ, GZ, HZ = ("香港", "澳门", "珠海市", "中山市",
                                      "茂名市", "深圳市", "广州市", "惠州市")
    # title (a heading that opens with no city)
    d.date("大橋[[首10個月]]客量", Y, "")
    d.metric("客量增[[三成]] ", 30, "%", "exact", "")
    d.metric("日均[[逾9000輛次]]\n", 9000, "辆次", "over", "")
    # P1 入境處's figures
    d.org("【[[大公報]]訊】")
    d.org("。[[入境事務處]]（")
    d.org("（[[入境處]]）")
    d.date("入境處）[[昨日]]（", "2026-11-03", "")
    d.date("昨日（[[3日]]）公布", "2026-11-03", "")
    d.date("數據顯示，[[今年首10個月]]經港珠澳", Y, "")
    d.metric("旅客達[[2860萬人次]]", "2860e4", "人次", "exact", "")
    d.metric("按年增加[[31.2%]]", "31.2", "%", "exact", "")
    d.date("較[[2019年同期]]高出", "2019", "")
    d.metric("高出[[近1.5倍]]", "1.5", "倍", "approx", "")
    d.city("其中[[香港]]居民")
    d.metric("香港居民[[約1690萬人次]]", "1690e4", "人次", "approx", HK)
    d.metric("佔[[約59%]]", 59, "%", "approx", HK)
    d.metric("內地旅客佔[[約36%]]", 36, "%", "approx", HK)
    d.date("單計[[10月份]]", OCT, "")
    d.metric("旅客量達[[352萬人次]]", "352e4", "人次", "exact", "")
    d.date("創[[2018年10月24日]]通車", "2018-10-24", "")
    d.date("；[[國慶]]黃金周", "2026-10-01", "")
    d.date("黃金周（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("日均旅客[[約14.6萬人次]]", "14.6e4", "人次", "approx", "")
    # P2 vehicles, 港車北上, insurers, car owners' trips
    d.org("車流方面，[[運輸署]]資料")
    d.date("資料顯示，[[今年首10個月]]經大橋往來", Y, "")
    d.metric("車輛[[約286萬輛次]]", "286e4", "辆次", "approx", "")
    d.metric("按年上升[[42%]]", 42, "%", "exact", "")
    d.date("截至[[10月底]]，累計", OCT, HK)
    d.city("獲批的[[香港]]私家車")
    d.metric("私家車[[約13.8萬輛]]", "13.8e4", "辆", "approx", HK)
    d.date("，[[上月]]經大橋北上", OCT, HK)
    d.metric("港車[[約27.9萬輛次]]", "27.9e4", "辆次", "approx", HK)
    d.metric("，日均[[逾9000輛次]]，", 9000, "辆次", "over", HK)
    d.date("較[[去年同期]]增加約38%", "2025-10", HK)
    d.metric("增加[[約38%]]", 38, "%", "approx", HK)
    d.org("。[[廣東省公安廳]]表示")
    d.date("表示，[[本月1日]]起", "2026-11-01", "")
    d.metric("由[[6000個]]增至", 6000, "个", "exact", "")
    d.metric("增至[[7500個]]", 7500, "个", "exact", "")
    d.org("。[[香港保險業聯會]]指")
    d.metric("已增至[[9家]]", 9, "家", "exact", "")
    d.org("，[[人保財險]]、")
    d.org("、[[中國太平]]的")
    d.metric("增加[[逾五成]]", 50, "%", "over", "")
    d.org("。[[香港汽車會]]則指")
    d.city("駕車到[[珠海]]、中山")
    d.city("珠海、[[中山]]、江門")
    d.city("、[[江門]]一帶")
    d.city("遠赴[[肇慶]]、")
    d.city("、[[陽江]]、")
    d.city("、[[茂名]]自駕遊")
    d.metric("逗留[[約2.4天]]", "2.4", "天", "approx", MM)
    # P3 shuttle buses and coaches
    d.date("穿梭巴士[[前三季]]載客", Y, "")
    d.metric("載客[[約1120萬人次]]", "1120e4", "人次", "approx", "")
    d.metric("增長[[24.6%]]", "24.6", "%", "exact", "")
    d.org("營辦商[[港珠澳大橋穿梭巴士（香港）有限公司]]表示")
    d.metric("每日[[約520班]]", 520, "班", "approx", "")
    d.metric("增至[[約600班]]", 600, "班", "approx", "")
    d.date("，[[上月]]並增購", OCT, "")
    d.metric("增購[[20部]]", 20, "部", "exact", "")
    d.metric("縮短至[[15分鐘以內]]", 15, "分钟", "under", "")
    d.org("。[[環島旅運]]、")
    d.org("、[[中港通]]等")
    d.city("直達[[珠海]]及中山")
    d.city("珠海及[[中山]]的路線")
    d.metric("介乎[[100]]至180元", 100, "元", "exact", ZS, shared="元")
    d.metric("100至[[180元]]", 180, "元", "exact", ZS)
    d.org("。[[城巴]]及")
    d.org("及[[龍運巴士]]往來")
    d.date("路線，[[上月]]載客量", OCT, "")
    d.metric("按年上升[[18%]]", 18, "%", "exact", "")
    # P4 the Zhuhai and Macao side
    d.org("，[[珠海邊檢總站]]數據")
    d.date("數據顯示，[[今年前10個月]]經大橋", Y, ZH)
    d.city("出入[[珠海]]的旅客")
    d.metric("旅客[[超過3600萬人次]]", "3600e4", "人次", "over", ZH)
    d.metric("增長[[約29%]]", 29, "%", "approx", ZH)
    d.city("往來[[澳門]]的旅客")
    d.metric("旅客[[約1470萬人次]]", "1470e4", "人次", "approx", MO)
    d.org("。[[拱北海關]]統計")
    d.date("統計，[[今年]]以來", Y, "")
    d.metric("單牌車[[約410萬輛次]]", "410e4", "辆次", "approx", "")
    d.org("。[[澳門治安警察局]]數據")
    d.date("顯示，[[10月份]]經大橋入境", OCT, MO)
    d.city("入境[[澳門]]的旅客")
    d.metric("旅客[[約118萬人次]]", "118e4", "人次", "approx", MO)
    d.metric("上升[[15.3%]]", "15.3", "%", "exact", MO)
    d.org("；[[澳門交通事務局]]表示")
    d.date("自[[2023年1月1日]]實施", "2023-01-01", "")
    d.metric("登記車輛[[逾9.2萬輛]]", "9.2e4", "辆", "over", "")
    # P5 hotels, the festival weeks, the airport car park, coaches
    d.org("，[[攜程]]數據")
    d.date("數據顯示，[[本月]]經大橋", NOV, HK)
    d.city("城市的[[香港]]旅客酒店")
    d.metric("預訂量按年增長[[約46%]]", 46, "%", "approx", HK)
    d.metric("平均入住[[1.8晚]]", "1.8", "晚", "exact", HK)
    d.org("；[[珠海市文化廣電旅遊體育局]]指")
    d.date("指，[[今年中秋]]及", "2026-09-25", ZH)
    d.date("今年中秋及[[國慶]]假期", "2026-10-01", ZH)
    d.city("假期[[珠海]]共接待")
    d.city("共接待[[香港]]旅客")
    d.metric("旅客[[約62萬人次]]", "62e4", "人次", "approx", HK)
    d.org("。[[機場管理局]]（")
    d.org("（[[機管局]]）")
    d.date("停車場[[今年]]以來", Y, "")
    d.metric("服務[[約8.7萬輛次]]", "8.7e4", "辆次", "approx", "")
    d.metric("使用率[[逾八成]]", 80, "%", "over", "")
    d.org("。[[中港澳直通巴士聯會]]則指")
    d.date("恢復至[[2019年]]水平", "2019", "")
    d.metric("水平的[[約九成]]", 90, "%", "approx", "")
    # P6 shopping in Zhuhai and Shenzhen, payments
    d.org("。[[珠海市商務局]]數據")
    d.date("數據顯示，[[今年1月]]至9月", "2026-01", ZH)
    d.date("今年1月至[[9月]]珠海", "2026-09", ZH)
    d.city("至9月[[珠海]]社會")
    d.metric("總額達[[862億元]]", "862e8", "元", "exact", ZH)
    d.metric("增長[[6.8%]]", "6.8", "%", "exact", ZH)
    d.metric("消費額按年增長[[逾四成]]", 40, "%", "over", ZH)
    d.city("。[[深圳]]方面")
    d.org("，[[美團]]數據")
    d.date("數據顯示，[[10月份]]香港用戶", OCT, SZ)
    d.city("10月份[[香港]]用戶")
    d.city("用戶在[[深圳]]的")
    d.metric("訂單量按年增長[[約65%]]", 65, "%", "approx", SZ)
    d.org("；[[山姆會員商店]]、")
    d.org("、[[Costco]]（")
    d.org("（[[開市客]]）")
    d.org("及[[盒馬]]的")
    d.metric("客流中，[[約三成]]來自", 30, "%", "approx", HK)
    d.city("來自[[香港]]。")
    d.org("。[[支付寶]]及")
    d.org("及[[微信支付]]的")
    d.date("在[[國慶]]黃金周按年", "2026-10-01", "")
    d.metric("分別增長[[52%]]及", 52, "%", "exact", "")
    d.metric("及[[47%]]；", 47, "%", "exact", "")
    d.org("；[[八達通]]亦表示")
    d.date("應用程式[[上月]]的", OCT, "")
    d.date("較[[去年同期]]上升約1.3倍", "2025-10", "")
    d.metric("上升[[約1.3倍]]", "1.3", "倍", "approx", "")
    # P7 Hong Kong retail, 粵車南下, tourism bodies
    d.org("。[[政府統計處]]上月")
    d.date("政府統計處[[上月30日]]公布", "2026-10-30", "")
    d.date("公布，[[9月份]]零售業", "2026-09", "")
    d.metric("估計為[[306億元]]", "306e8", "元", "exact", "")
    d.metric("下跌[[2.1%]]", "2.1", "%", "exact", "")
    d.org("；[[香港零售管理協會]]預計")
    d.date("預計，[[第四季]]零售", "2026-Q4", "")
    d.metric("下跌[[3%]]至5%", 3, "%", "exact", "")
    d.metric("3%至[[5%]]。", 5, "%", "exact", "")
    d.org("。[[運輸及物流局]]表示")
    d.date("自[[去年11月]]推出", "2025-11", GZ)
    d.date("，[[今年5月]]已擴展", "2026-05", GZ)
    d.date("截至[[上周六]]（", "2026-10-31", GZ)
    d.date("上周六（[[10月31日]]）", "2026-10-31", GZ)
    d.metric("累計[[約4.6萬名]]", "4.6e4", "名", "approx", GZ)
    d.city("來自[[廣州]]、")
    d.city("、[[佛山]]、")
    d.city("、[[東莞]]及")
    d.city("及[[惠州]]的車主")
    d.metric("車主佔[[約七成]]", 70, "%", "approx", HZ)
    d.org("。[[旅遊事務署]]及")
    d.org("及[[香港旅遊發展局]]（")
    d.org("（[[旅發局]]）")
    d.city("正與[[珠海]]、澳門")
    d.city("珠海、[[澳門]]兩地")
    # P8 outlook (no CITY)
    d.date("展望[[年底]]，", Y, "")
    d.org("，[[運輸署]]宣布")
    d.date("宣布[[今日]]（", "2026-11-04", "")
    d.date("今日（[[4日]]）起", "2026-11-04", "")
    d.date("接受[[聖誕]]及", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("將[[超過1.2萬輛次]]", "1.2e4", "辆次", "over", "")
    d.date("在[[明年第一季]]前", "2027-Q1", "")
    d.org("。[[香港理工大學]]一位")
    d.date("，[[明年]]大橋客流", "2027", "")
    d.metric("有望[[突破3500萬人次]]", "3500e4", "人次", "over", "")
    d.org("。[[立法會交通事務委員會]]亦將")
    d.org("；[[港珠澳大橋管理局]]亦表示")
    d.date("將於[[12月中旬]]起", "2026-12", "")
    d.date("，[[農曆新年]]前", "2027-02-06", "")
    audit = {
        "cities": ["香港", "澳門", "珠海", "中山", "江門", "肇慶", "陽江",
                   "茂名", "深圳", "廣州", "佛山", "東莞", "惠州", "觀塘",
                   "荃灣", "元朗", "廣東", "珠江", "城市"],
        "excluded": [
            # Hong Kong districts, the province, a region, 城市 (generic)
            "由[[觀塘]]、", "、[[荃灣]]、", "、[[元朗]]直達",
            "擴展至[[廣東]]全省", "名[[廣東]]車主", "前往[[珠江]]西岸",
            "西岸[[城市]]的",
        ],
        "numbers_excluded": [],
        # 一帶 (area), 雙層 (double-deck), 一程多站 and 一站式 (slogans),
        # 一位 (indefinite), 雙向 (two-way), 兩地 (a collective label),
        # 進一步
        "cn_excluded": ["江門[[一]]帶", "[[雙]]層巴士", "「[[一]]程多站」",
                        "大學[[一]]位",
                        "「[[雙]]向奔赴」", "澳門[[兩]]地", "進[[一]]步",
                        "「[[一]]站式」", "另[[一]]端"],
        "latin_excluded": [],
        "words_excluded": {"按年": 14, "日均": 3, "每日": 3, "周末": 3,
                           "平日": 1, "黃金周": 2, "單月": 1, "至今": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"公司": 2, "協會": 0, "局": 1, "巴士": 3},
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
        print("%-32s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-32s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))


if __name__ == "__main__":
    main()
