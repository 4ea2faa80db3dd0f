#!/usr/bin/env python3
"""Gold annotation for the held-out articles g87_ev_charging_power_utilities
and g88_macao_hk_fintech_startups (annotator W).

Adapted from the previous set's tools/annotate_t.py (now dev/tools/annotate_g81_g82.py; which keeps
annotate_x.py's checks through annotate_l.py: strict decoding, offsets,
overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals (with 〇), time characters,
city strings, ORG words and ORG strings, the independent `city` rule, the
month and day a DATE span writes, ROC years, the holiday table).  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded:

- g87 is simplified (mainland, 中国能源报, 2026-11-23), stored as UTF-16 LE
  WITH a BOM (FF FE), which is removed before offsets are counted.  Its
  byline holds one character outside the BMP (𬱖, U+2CC56, a surrogate pair
  in UTF-16): it is ONE code point, so every later offset counts it once.
- g88 is traditional (Macao, 澳門日報, 2026-11-21), stored as Big5-HKSCS
  (Python codec 'big5hkscs'): 氹 (of 氹仔) and 〇 (of 二〇二七年) are
  outside Big5 and cp950, so a Big5 or cp950 reader fails and only HKSCS
  reads it.  `text` is the traditional original; `normalized` (ORG/CITY)
  and `unit` are simplified (OpenCC t2s; mainland cities by their official
  name with 市, Hong Kong, Macao and foreign cities by their common mainland
  Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_o/s/t, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g87_g88.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_t.py: UTF-16 LE with BOM (FF FE required and removed,
strict decode, byte round trip, agrees with Python's BOM-aware utf-16
codec, differs from a big-endian reading, must not decode as UTF-8, and the
declared characters outside the BMP are the only surrogate pairs); a
Big5-HKSCS article whose declared HKSCS characters (氹, 〇) make big5 and
cp950 fail; holidays are checked by their exact span (今年春节 2026-02-17
and 明年春节 2027-02-06 differ); a year written in Chinese numerals
(二〇二七年) must start its normalization; 兆瓦 is a unit, not the
magnitude 兆; 百分之N is a percentage.  Re-run (from anywhere):

    python3 dev/tools/annotate_g87_g88.py
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
    "g87_ev_charging_power_utilities": ("utf-16-le", BOM16LE, False,
                                        "2026-11-23", "中国能源报"),
    "g88_macao_hk_fintech_startups": ("big5hkscs", b"", True, "2026-11-21",
                                      "澳門日報"),
}
# characters outside the BMP each article declares (surrogate pairs in
# UTF-16; one code point each in Python)
OUTSIDE_BMP = {"g87_ev_charging_power_utilities": ["𬱖"],
               "g88_macao_hk_fintech_startups": []}
# characters of a Big5-HKSCS article that Big5 and cp950 lack
OUTSIDE_BIG5 = {"g88_macao_hk_fintech_startups": ["〇", "氹"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协")
# Holidays the articles name, by their exact span: 国庆 (mainland) 10-01;
# 春节 2026 = 正月初一 = 2026-02-17 (今年春节, g87 2026-11-23), 2027 =
# 2027-02-06 (明年春节; 農曆新年, the coming one in g88); 元旦 2027-01-01
# (the coming one); 聖誕 2026-12-25.
HOLIDAY = {
    "国庆": "2026-10-01", "今年春节": "2026-02-17", "明年春节": "2027-02-06",
    "元旦": "2027-01-01", "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g87 (2026: municipalities and prefecture-level cities)
    "武汉": "武汉市", "上海": "上海市", "北京": "北京市", "深圳": "深圳市",
    "广州": "广州市", "成都": "成都市", "杭州": "杭州市", "西安": "西安市",
    "郑州": "郑州市", "海口": "海口市",
    # g88 (traditional spans; Guangdong prefecture-level cities with 市;
    # Hong Kong, Macao and foreign cities by their common mainland name)
    "珠海": "珠海市", "中山": "中山市", "廣州": "广州市", "佛山": "佛山市",
    "東莞": "东莞市", "澳門": "澳门", "香港": "香港", "新加坡": "新加坡",
    "倫敦": "伦敦", "里斯本": "里斯本", "聖保羅": "圣保罗",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "澳門金融管理局": "澳门金融管理局", "金管局": "金管局",
    "經濟財政司": "经济财政司", "特區政府": "特区政府",
    "香港金管局": "香港金管局", "經濟及科技發展局": "经济及科技发展局",
    "經科局": "经科局", "科學技術發展基金": "科学技术发展基金",
    "科技基金": "科技基金", "澳門大學": "澳门大学",
    "澳門科技大學": "澳门科技大学", "中國銀行澳門分行": "中国银行澳门分行",
    "中銀澳門": "中银澳门", "大豐銀行": "大丰银行",
    "澳門青年創業孵化中心": "澳门青年创业孵化中心",
    "澳門國際銀行": "澳门国际银行", "大西洋銀行": "大西洋银行",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "澳門特區政府": "澳门特区政府", "深創投": "深创投",
    "粵科金融集團": "粤科金融集团", "粵科金融": "粤科金融",
    "數碼港": "数码港", "香港科技園公司": "香港科技园公司",
    "眾安銀行": "众安银行", "天星銀行": "天星银行", "Mox": "Mox",
    "投資推廣署": "投资推广署", "香港交易所": "香港交易所",
    "畢馬威": "毕马威", "澳門銀行公會": "澳门银行公会",
    "紅杉中國": "红杉中国", "IDG資本": "IDG资本",
    "香港科技大學": "香港科技大学", "科大": "科大", "澳門通": "澳门通",
    "支付寶": "支付宝", "微信支付": "微信支付",
    "統計暨普查局": "统计暨普查局", "澳門貿易投資促進局": "澳门贸易投资促进局",
    "貿促局": "贸促局",
}
# Chinese-numeral days and months (g88 writes 昨（二十）日, 今（廿一）日)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}


def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


def cn_int(s):
    """1-99 in Chinese numerals (十五, 三十, 四十二) for 百分之N."""
    m = re.fullmatch(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)", s)
    assert m and s, s
    if m.group(2):
        tens = CN_DAY[m.group(1)] if m.group(1) else 1
        return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)
    assert not m.group(3), s
    return CN_DAY[m.group(1)]


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
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert raw.decode(other, "replace") != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5: the declared
            outside = sorted({c for c in self.text   # HKSCS characters are
                              if not enc_ok(c, "big5")})  # the only ones
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            assert outside, f"{doc_id}: declare an HKSCS character"
            for other in ("big5", "cp950"):         # so Big5 and Taiwan's
                assert not all(enc_ok(c, other)     # cp950 cannot read it
                               for c in outside), (doc_id, other)
                try:
                    raw.decode(other)
                    raise AssertionError(f"{doc_id}: {other} reads it")
                except UnicodeDecodeError:
                    pass
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
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
        if any(w in span for w in HOLIDAY_WORDS):   # holidays as tabulated
            assert HOLIDAY[span] == normalized, (ctx, normalized)
        if self.doc_id in TAIWAN:               # ROC years: N + 1911
            m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)
            if m:
                assert normalized[:4] == str(int(m.group(1)) + 1911), ctx
        m = re.search("([〇零一二三四五六七八九]{4})年", span)
        if m:                                   # a year in Chinese numerals
            y = "".join(CN_YEAR_DIGIT[c] for c in m.group(1))
            assert normalized[:4] == y, (ctx, normalized)
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
# g87 electric-vehicle charging in October 2026: the energy administration's
# totals, the charging alliance's volumes, cities, operators, carmakers'
# own networks, prices.  Simplified, UTF-16 LE WITH BOM (FF FE),
# 2026-11-23 (a Monday, ISO week 2026-W48), 中国能源报; byline line
# 本报记者 张𬱖 (𬱖 U+2CC56, outside the BMP).  国家能源局 published
# 上周五（11月20日）; its official spoke 昨日 (2026-11-22) in 武汉.  国庆
# 2026-10-01 (holiday week 10月1日至7日), 今年春节 2026-02-17, 明年春节
# 2027-02-06, 元旦 2027-01-01 (the coming one); 本周 2026-W48.
# ===========================================================================
@doc
def g87():
    d = Doc("g87_ev_charging_power_utilities")
    Y, LY, NY = "2026", "2025", "2027"
    WH, BJ, SZ, SH, ZZ, XA, GZ = ("武汉市", "北京市", "深圳市", "上海市",
                                  "郑州市", "西安市", "广州市")
    # title (a heading that opens with a DATE; no city)
    d.date("[[今年前10个月]]全国新增", Y, "")
    d.metric("充电设施[[921.5万个]] 超充站", "921.5e4", "个", "exact", "")
    # P1 the energy administration's totals (the 武汉 sentence takes 武汉)
    d.org("\n[[国家能源局]]上周五")
    d.date("国家能源局[[上周五]]（", "2026-11-20", "")
    d.date("上周五（[[11月20日]]）", "2026-11-20", "")
    d.date("截至[[10月底]]，全国充电基础设施", "2026-10", "")
    d.metric("总数达到[[2286.4万个]]", "2286.4e4", "个", "exact", "")
    d.metric("同比增长[[47.3%]]", "47.3", "%", "exact", "")
    d.date("；[[今年前10个月]]新增", Y, "")
    d.metric("今年前10个月新增[[921.5万个]]", "921.5e4", "个", "exact", "")
    d.metric("同比增长[[18.6%]]", "18.6", "%", "exact", "")
    d.metric("公共充电设施[[518.7万个]]", "518.7e4", "个", "exact", "")
    d.metric("私人充电设施[[1767.7万个]]", "1767.7e4", "个", "exact", "")
    d.org("。[[国家能源局]]有关负责人")
    d.date("负责人[[昨日]]在武汉", "2026-11-22", WH)
    d.city("昨日在[[武汉]]举行")
    d.date("举行的[[2026]]充电基础设施", Y, WH)
    d.date("，[[年底]]全国充电设施", Y, WH)
    d.metric("有望[[突破2400万个]]", "2400e4", "个", "over", WH)
    d.metric("满足[[超过4300万辆]]", "4300e4", "辆", "over", WH)
    # P2 the high-power charging notice (no CITY)
    d.org("\n[[国家发展改革委]]、国家能源局")
    d.org("国家发展改革委、[[国家能源局]]去年")
    d.date("国家能源局[[去年]]印发", LY, "")
    d.date("到[[2027年底]]全国", NY, "")
    d.metric("力争[[超过10万台]]", "10e4", "台", "over", "")
    d.date("截至[[9月末]]，全国", "2026-09", "")
    d.metric("单枪功率[[250千瓦以上]]", 250, "千瓦", "over", "")
    d.metric("充电设施[[约6.8万台]]", "6.8e4", "台", "approx", "")
    d.date("较[[年初]]增长", Y, "")
    d.metric("增长[[近一倍]]", 1, "倍", "approx", "")
    # P3 the charging alliance's volumes, the holiday week, the regions
    d.org("\n[[中国电动汽车充电基础设施促进联盟]]（")
    d.org("简称“[[充电联盟]]”）统计")
    d.date("统计，[[10月]]全国充电总电量", "2026-10", "")
    d.metric("总电量[[约98.6亿千瓦时]]", "98.6e8", "千瓦时", "approx", "")
    d.metric("同比增长[[52.1%]]", "52.1", "%", "exact", "")
    d.metric("环比增长[[6.4%]]", "6.4", "%", "exact", "")
    d.date("。[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("充电量达[[3.12亿千瓦时]]", "3.12e8", "千瓦时", "exact", "")
    d.date("较[[去年同期]]增长约41%", LY, "")
    d.metric("增长[[约41%]]", 41, "%", "approx", "")
    d.date("，[[10月6日]]单日", "2026-10-06", "")
    d.city("江苏、[[上海]]、山东")
    d.city("山东、[[北京]]等省市")
    d.metric("全国的[[近七成]]", 70, "%", "approx", BJ)
    # P4 cities
    d.city("城市层面，[[深圳]]以约")
    d.metric("深圳以[[约48.3万个]]", "48.3e4", "个", "approx", SZ)
    d.city("领跑，[[上海]]、广州")
    d.city("上海、[[广州]]、北京、成都分列")
    d.city("广州、[[北京]]、成都分列")
    d.city("北京、[[成都]]分列")
    d.org("。[[深圳市发展改革委]]表示")
    d.date("表示，[[今年]]以来深圳", Y, SZ)
    d.city("今年以来[[深圳]]新建")
    d.metric("超充站[[1140座]]", 1140, "座", "exact", SZ)
    d.metric("超充站达到[[3260座]]", 3260, "座", "exact", SZ)
    d.date("；[[9月]]，全市超充站", "2026-09", "")
    d.metric("利用率为[[17.6%]]", "17.6", "%", "exact", "")
    d.date("比[[上月]]提高1.2", "2026-08", "")
    d.metric("提高[[1.2个百分点]]", "1.2", "百分点", "exact", "")
    d.org("。[[上海市交通委]]数据")
    d.date("截至[[10月底]]，上海公共", "2026-10", SH)
    d.city("10月底，[[上海]]公共充电桩")
    d.metric("充电桩[[约32.5万个]]", "32.5e4", "个", "approx", SH)
    d.metric("缩短至[[0.9公里]]", "0.9", "公里", "exact", SH)
    d.city("。[[成都]]、杭州、西安")
    d.city("成都、[[杭州]]、西安")
    d.city("杭州、[[西安]]、武汉")
    d.city("西安、[[武汉]]、郑州")
    d.city("武汉、[[郑州]]的公共")
    d.metric("均已[[超过15万个]]", "15e4", "个", "over", ZZ)
    d.city("其中[[西安]]今年前三季度")
    d.date("西安[[今年前三季度]]新增", Y, XA)
    d.metric("新增[[4.2万个]]，增速", "4.2e4", "个", "exact", XA)
    # P5 operators (the 南方电网 clause takes 广州, the first city after)
    d.org("。[[充电联盟]]数据显示，截至10月底，特来电")
    d.date("截至[[10月底]]，特来电", "2026-10", "")
    d.org("10月底，[[特来电]]、星星充电")
    d.org("特来电、[[星星充电]]、云快充、小桔")
    d.org("星星充电、[[云快充]]、小桔充电")
    d.org("、[[小桔充电]]、国家电网")
    d.org("小桔充电、[[国家电网]]等")
    d.metric("约占总量的[[71.6%]]", "71.6", "%", "approx", "", sep="约")
    d.org("其中，[[特来电]]运营")
    d.metric("公共充电桩[[约89.6万个]]", "89.6e4", "个", "approx", "")
    d.org("，[[星星充电]]、云快充分别")
    d.org("星星充电、[[云快充]]分别")
    d.metric("分别为[[75.2万个]]和", "75.2e4", "个", "exact", "")
    d.metric("和[[68.9万个]]。", "68.9e4", "个", "exact", "")
    d.org("。[[特来电]]母公司")
    d.org("母公司[[特锐德]]披露")
    d.date("披露，[[前三季度]]充电", Y, "")
    d.metric("业务收入[[41.3亿元]]", "41.3e8", "元", "exact", "")
    d.metric("同比增长[[28.5%]]", "28.5", "%", "exact", "")
    d.metric("充电量达到[[112亿度]]", "112e8", "度", "exact", "")
    d.org("。[[国家电网]]旗下")
    d.org("旗下[[国网电动汽车服务有限公司]]（")
    d.org("简称“[[国网电动]]”）表示")
    d.metric("充电站[[超过7600座]]", 7600, "座", "over", "")
    d.date("，[[10月]]充电量同比增长36%", "2026-10", "")
    d.metric("同比增长[[36%]]；", 36, "%", "exact", "")
    d.org("；[[南方电网]]在广东")
    d.metric("充电站[[超过1.1万座]]", "1.1e4", "座", "over", GZ)
    d.date("，[[上月]]在广州", "2026-10", GZ)
    d.city("上月在[[广州]]、深圳")
    d.city("广州、[[深圳]]、海口")
    d.city("深圳、[[海口]]投运")
    # P6 carmakers' own networks (no CITY)
    d.org("。[[蔚来]]累计")
    d.metric("换电站[[3580座]]", 3580, "座", "exact", "")
    d.date("，[[上月]]换电服务", "2026-10", "")
    d.metric("次数达到[[236万次]]", "236e4", "次", "exact", "")
    d.org("；[[特斯拉]]在中国大陆")
    d.metric("超级充电桩[[超过1.2万个]]", "1.2e4", "个", "over", "")
    d.org("。[[理想汽车]]、小鹏汽车")
    d.org("、[[小鹏汽车]]分别")
    d.metric("超充站[[2860座]]和", 2860, "座", "exact", "")
    d.metric("和[[2400座]]。", 2400, "座", "exact", "")
    d.org("。[[比亚迪]]去年3月")
    d.date("比亚迪[[去年3月]]发布", "2025-03", "")
    d.date("截至[[10月底]]已建成", "2026-10", "")
    d.metric("单枪功率[[1000千瓦]]的", 1000, "千瓦", "exact", "")
    d.metric("闪充站[[4300座]]", 4300, "座", "exact", "")
    d.date("计划[[明年底]]增至", NY, "")
    d.metric("增至[[1.5万座]]", "1.5e4", "座", "exact", "")
    d.org("。[[华为数字能源]]表示")
    d.metric("全国[[340多个]]城市", 340, "个", "over", "")
    d.metric("输出功率达到[[1.5兆瓦]]", "1.5", "兆瓦", "exact", "")
    # P7 prices (the sampling sentence takes 深圳, the nearest before)
    d.metric("每千瓦时[[0.4元]]至0.8元", "0.4", "元", "exact", "")
    d.metric("0.4元至[[0.8元]]之间", "0.8", "元", "exact", "")
    d.org("。[[充电联盟]]对重点城市")
    d.date("抽样显示，[[10月]]北京", "2026-10", BJ)
    d.city("10月[[北京]]、上海、深圳")
    d.city("北京、[[上海]]、深圳公共")
    d.city("上海、[[深圳]]公共快充")
    d.metric("平均分别为[[1.32元/千瓦时]]", "1.32", "元/千瓦时", "exact", SZ)
    d.metric("、[[1.28元/千瓦时]]和", "1.28", "元/千瓦时", "exact", SZ)
    d.metric("和[[1.19元/千瓦时]]", "1.19", "元/千瓦时", "exact", SZ)
    d.metric("比峰段低[[约四成]]", 40, "%", "approx", SZ)
    d.org("。[[国家发展改革委]]本月初")
    d.date("发展改革委[[本月初]]发布", "2026-11", "")
    d.date("自[[12月1日]]起", "2026-12-01", "")
    d.metric("降至每千瓦时[[0.25元]]", "0.25", "元", "exact", "")
    # P8 car sales (no CITY)
    d.org("。[[中国汽车工业协会]]（")
    d.org("（[[中汽协]]）数据")
    d.date("数据显示，[[10月]]新能源汽车销量", "2026-10", "")
    d.metric("销量达到[[182.4万辆]]", "182.4e4", "辆", "exact", "")
    d.metric("同比增长[[21.7%]]", "21.7", "%", "exact", "")
    d.metric("总销量的[[58.3%]]", "58.3", "%", "exact", "")
    d.date("；[[今年前10个月]]累计", Y, "")
    d.metric("累计销量[[1430.6万辆]]", "1430.6e4", "辆", "exact", "")
    d.org("。[[乘联分会]]预计")
    d.date("预计，[[四季度]]新能源", "2026-Q4", "")
    d.metric("有望[[超过450万辆]]", "450e4", "辆", "over", "")
    d.org("。[[高德]]地图")
    d.date("数据显示，[[10月]]用户导航", "2026-10", "")
    d.metric("同比增长[[63%]]", 63, "%", "exact", "")
    # P9 counties, outlook (no CITY)
    d.org("。[[国家能源局]]数据显示，全国约97%")
    d.metric("全国[[约97%]]的县区", 97, "%", "approx", "")
    d.metric("总量的[[12%左右]]", 12, "%", "approx", "")
    d.org("。[[中国电力企业联合会]]（")
    d.org("（[[中电联]]）预计")
    d.date("到[[2030年]]全国", "2030", "")
    d.metric("将[[超过2000亿千瓦时]]", "2000e8", "千瓦时", "over", "")
    d.org("。[[国网能源研究院]]一位专家")
    d.date("，[[明年春节]]期间", "2027-02-06", "")
    d.date("比[[今年春节]]增长", "2026-02-17", "")
    d.metric("增长[[三成以上]]", 30, "%", "over", "")
    d.date("在[[元旦]]前完成", "2027-01-01", "")
    d.org("据悉，[[国家能源局]]将于本周")
    d.date("将于[[本周]]召开", "2026-W48", "")
    audit = {
        "cities": ["武汉", "上海", "北京", "深圳", "广州", "成都", "杭州",
                   "西安", "郑州", "海口", "广东", "浙江", "江苏", "山东",
                   "广西", "云南", "贵州", "海南", "中国", "全国", "全市",
                   "城市", "县区", "乡镇", "省市", "地区"],
        "excluded": [
            # provinces (not CITY), the mainland
            "[[广东]]、浙江、江苏、上海", "广东、[[浙江]]、江苏、上海",
            "浙江、[[江苏]]、上海", "上海、[[山东]]、北京",
            "在[[广东]]、广西", "广东、[[广西]]、云南", "[[云南]]、贵州",
            "云南、[[贵州]]、海南", "贵州、[[海南]]五省区",
            "在[[江苏]]、浙江、广东等地", "江苏、[[浙江]]、广东等地",
            "浙江、[[广东]]等地", "在[[中国]]大陆",
        ],
        # V2G (a technology: vehicle to grid); 2026 is a DATE row
        "numbers_excluded": ["[[V2G]]（车网互动）"],
        # 第二至第五位 (ranks), 前十家 (the top ten: a rank label), 五省区 (a
        # collective label for the five provinces just listed), 一位专家
        "cn_excluded": ["分列第[[二]]至", "至第[[五]]位", "等[[前十家]]运营商",
                        "海南[[五省区]]", "研究院[[一位]]专家"],
        "latin_excluded": [],
        "words_excluded": {"每千瓦时": 2, "单日": 1, "冬季": 1,
                           "迎峰度冬": 1, "首位": 1, "首批": 1,
                           "半径": 1, "县域": 1, "日均": 0, "当日": 0,
                           "全市": 2, "全国": 11, "城市": 6, "地区": 1,
                           "县区": 1, "乡镇": 1, "省市": 1},
        # generic heads outside ORG rows: 运营商 (x2), 母公司, 车企, 相关企业
        "orgwords_excluded": {"运营商": 2, "公司": 1, "企业": 1, "车企": 1},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g88 fintech and start-up financing in Macao and Hong Kong, traditional
# (Macao forms 佔, 周, 公布, 按年, 間, 宗, 「」), Big5-HKSCS (氹 of 氹仔 and 〇 of
# 二〇二七年 are outside Big5 and cp950), 2026-11-21 (a Saturday, ISO week
# 2026-W47), 澳門日報; lead formula 【本報消息】 (本報, no ORG).  金管局
# published 昨（二十）日 (2026-11-20); 今（廿一）日 2026-11-21; 下周一（23日）
# 2026-11-23.  聖誕 2026-12-25, 元旦 2027-01-01, 農曆新年 2027-02-06 (the
# coming ones).
# ===========================================================================
@doc
def g88():
    d = Doc("g88_macao_hk_fintech_startups")
    Y, LY, NY = "2026", "2025", "2027"
    ZS, GZ, HK, MO, SZ = "中山市", "广州市", "香港", "澳门", "深圳市"
    # title (a heading that opens with 澳港: abbreviations, no city)
    d.date("升溫 [[首三季]]初創", Y, "")
    d.metric("獲投資[[逾百億港元]]", "100e8", "港元", "over", "")
    # P1 the monetary authority's figures (no CITY: 本澳, 兩地)
    d.org("【本報消息】[[澳門金融管理局]]（")
    d.org("（[[金管局]]）昨")
    d.date("）[[昨（二十）日]]公布", "2026-11-20", "")
    d.date("顯示，[[今年首三季]]本澳", Y, "")
    d.metric("合共[[約38.6億澳門元]]", "38.6e8", "澳门元", "approx", "")
    d.metric("按年增長[[27.4%]]", "27.4", "%", "exact", "")
    d.date("其中[[第三季]]約15.2億", "2026-Q3", "")
    d.metric("第三季[[約15.2億澳門元]]", "15.2e8", "澳门元", "approx", "")
    d.org("。[[經濟財政司]]司長")
    d.date("司長在[[同日]]舉行", "2026-11-20", "")
    d.org("，[[特區政府]]將於")
    d.date("將於[[下周一]]（", "2026-11-23", "")
    d.date("下周一（[[23日]]）", "2026-11-23", "")
    d.org("與[[香港金管局]]簽署")
    d.date("爭取[[明年首季]]落實", "2027-Q1", "")
    # P2 the economic and technological development bureau (no CITY)
    d.org("\n[[經濟及科技發展局]]（")
    d.org("（[[經科局]]）資料")
    d.date("截至[[10月底]]，「青年", "2026-10", "")
    d.metric("累計批出申請[[2,186宗]]", 2186, "宗", "exact", "")
    d.metric("援助款項[[約4.7億澳門元]]", "4.7e8", "澳门元", "approx", "")
    d.date("；[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]新批", "2026-10", "")
    d.metric("新批[[342宗]]", 342, "宗", "exact", "")
    d.metric("金額[[8,960萬澳門元]]", "8960e4", "澳门元", "exact", "")
    d.date("較[[去年同期]]增加18%", LY, "")
    d.metric("增加[[18%]]。", 18, "%", "exact", "")
    d.metric("增至[[147間]]", 147, "间", "exact", "")
    d.date("較[[2024年底]]增加", "2024", "")
    d.metric("增加[[近一倍]]", 1, "倍", "approx", "")
    d.metric("當中[[逾三成]]", 30, "%", "over", "")
    # P3 the science fund, universities (the last clause names 珠海, 中山)
    d.org("\n[[科學技術發展基金]]（")
    d.org("（[[科技基金]]）今年")
    d.date("（科技基金）[[今年]]向本澳", Y, "")
    d.metric("撥款[[約6.3億元]]", "6.3e8", "元", "approx", "")
    d.org("其中[[澳門大學]]及澳門科技大學")
    d.org("澳門大學及[[澳門科技大學]]的")
    d.metric("項目共[[82個]]", 82, "个", "exact", "")
    d.org("位於氹仔的[[澳門科技大學]]表示")
    d.date("初創團隊[[今年]]已有", Y, "")
    d.metric("已有[[19個]]完成", 19, "个", "exact", "")
    d.metric("籌得[[約1.1億澳門元]]", "1.1e8", "澳门元", "approx", "")
    d.org("；[[澳門大學]]則與")
    d.city("則與[[珠海]]、中山")
    d.city("珠海、[[中山]]的產業園區")
    d.date("合作，[[上月]]推動", "2026-10", ZS)
    d.metric("推動[[7個]]項目", 7, "个", "exact", ZS)
    # P4 banks (no CITY)
    d.org("。[[中國銀行澳門分行]]（")
    d.org("（[[中銀澳門]]）今年")
    d.date("（中銀澳門）[[今年]]推出", Y, "")
    d.metric("已向[[68間]]本澳", 68, "间", "exact", "")
    d.metric("授信[[約12億澳門元]]", "12e8", "澳门元", "approx", "")
    d.org("；[[大豐銀行]]與")
    d.org("與[[澳門青年創業孵化中心]]合作")
    d.metric("最高可獲[[300萬澳門元]]", "300e4", "澳门元", "exact", "")
    d.org("。[[澳門國際銀行]]及大西洋銀行")
    d.org("澳門國際銀行及[[大西洋銀行]]亦")
    d.org("團隊。[[金管局]]數據顯示")
    d.date("顯示，[[9月底]]本澳", "2026-09", "")
    d.metric("餘額為[[1,286億澳門元]]", "1286e8", "澳门元", "exact", "")
    d.metric("按月上升[[0.8%]]", "0.8", "%", "exact", "")
    # P5 Hengqin and the Greater Bay Area
    d.org("\n[[橫琴粵澳深度合作區執行委員會]]數據")
    d.date("顯示，[[今年前10個月]]合作區", Y, "")
    d.metric("澳資企業[[1,025戶]]", 1025, "户", "exact", "")
    d.metric("企業佔[[約35%]]", 35, "%", "approx", "")
    d.org("與[[澳門特區政府]]共同")
    d.metric("人民幣[[50億元]]", "50e8", "元", "exact", "", outer="人民幣")
    d.metric("已投資[[27個]]項目", 27, "个", "exact", "")
    d.city("。[[珠海]]、深圳、廣州三地")
    d.city("珠海、[[深圳]]、廣州三地")
    d.city("深圳、[[廣州]]三地")
    d.org("布局，[[深創投]]、")
    d.org("、[[粵科金融集團]]（")
    d.org("（[[粵科金融]]）上月")
    d.date("（粵科金融）[[上月]]分別", "2026-10", GZ)
    d.city("分別在[[澳門]]設立")
    d.metric("規模[[10億港元]]和", "10e8", "港元", "exact", MO)
    d.metric("和[[5億港元]]的子基金", "5e8", "港元", "exact", MO)
    d.city("；[[佛山]]、東莞")
    d.city("佛山、[[東莞]]亦有")
    # P6 Hong Kong (the 數碼港 sentence takes 香港)
    d.city("\n[[香港]]方面")
    d.org("方面，[[數碼港]]最新")
    d.date("截至[[9月底]]累計", "2026-09", HK)
    d.metric("初創企業[[逾2,200間]]", 2200, "间", "over", HK)
    d.date("，[[今年首三季]]數碼港", Y, HK)
    d.org("今年首三季[[數碼港]]社群")
    d.metric("融資總額[[約168億港元]]", "168e8", "港元", "approx", HK)
    d.date("較[[去年同期]]增長逾四成", LY, HK)
    d.metric("增長[[逾四成]]", 40, "%", "over", HK)
    d.date("並於[[今（廿一）日]]起", "2026-11-21", HK)
    d.org("。[[香港科技園公司]]表示")
    d.date("租戶[[今年]]已吸引", Y, "")
    d.metric("私人投資[[約95億港元]]", "95e8", "港元", "approx", "")
    d.org("。[[香港金管局]]公布")
    d.metric("公布，[[8家]]虛擬銀行", 8, "家", "exact", "")
    d.date("虛擬銀行[[第三季]]合共", "2026-Q3", "")
    d.metric("淨利潤[[約2.6億港元]]", "2.6e8", "港元", "approx", "")
    d.org("，[[眾安銀行]]、天星銀行")
    d.org("、[[天星銀行]]及Mox")
    d.org("及[[Mox]]首次")
    d.org("；[[投資推廣署]]則指")
    d.date("則指，[[今年首10個月]]協助", Y, "")
    d.metric("協助[[286間]]內地", 286, "间", "exact", "")
    d.date("較[[2025年]]全年", LY, "")
    d.metric("增加[[22%]]。", 22, "%", "exact", "")
    d.org("。[[香港交易所]]資料")
    d.date("顯示，[[今年]]以來共有", Y, "")
    d.metric("共有[[14家]]金融科技", 14, "家", "exact", "")
    d.metric("集資總額[[約236億港元]]", "236e8", "港元", "approx", "")
    d.metric("按年增加[[約1.3倍]]", "1.3", "倍", "approx", "")
    # P7 venture capital (the report sentence: 深圳 first after, then 香港,
    # 澳門 nearest before)
    d.org("方面，[[畢馬威]]與")
    d.org("與[[澳門銀行公會]]昨日")
    d.date("澳門銀行公會[[昨日]]聯合", "2026-11-20", SZ)
    d.date("指出，[[今年首三季]]粵港澳", Y, SZ)
    d.metric("融資交易[[418宗]]", 418, "宗", "exact", SZ)
    d.metric("披露金額約人民幣[[312億元]]", "312e8", "元", "approx", SZ,
             outer="約人民幣")
    d.city("其中[[深圳]]、香港分別")
    d.city("深圳、[[香港]]分別")
    d.metric("分別佔[[38%]]和", 38, "%", "exact", HK)
    d.metric("38%和[[27%]]，", 27, "%", "exact", HK)
    d.city("，[[澳門]]佔比")
    d.date("由[[去年]]的1.6%", LY, MO)
    d.metric("去年的[[1.6%]]", "1.6", "%", "exact", MO)
    d.metric("升至[[2.9%]]", "2.9", "%", "exact", MO)
    d.org("。[[紅杉中國]]、IDG資本")
    d.org("、[[IDG資本]]等機構")
    d.date("等機構[[上月]]在港", "2026-10", MO)
    d.metric("有[[9間]]澳門", 9, "间", "exact", MO)
    d.city("9間[[澳門]]初創")
    d.org("。[[香港科技大學]]（")
    d.org("（[[科大]]）一名學者")
    d.city("認為，[[澳門]]在跨境")
    d.city("可與[[新加坡]]、倫敦")
    d.city("、[[倫敦]]等金融科技中心")
    d.city("借助[[里斯本]]、聖保羅")
    d.city("、[[聖保羅]]等葡語城市")
    # P8 mobile payments (the 中銀澳門 sentence takes 澳門)
    d.org("普及。[[金管局]]統計")
    d.date("統計，[[10月]]本澳", "2026-10", "")
    d.metric("交易筆數達[[4,860萬筆]]", "4860e4", "笔", "exact", "")
    d.metric("交易金額[[29.4億澳門元]]", "29.4e8", "澳门元", "exact", "")
    d.metric("分別上升[[9.8%]]和", "9.8", "%", "exact", "")
    d.metric("9.8%和[[12.6%]]", "12.6", "%", "exact", "")
    d.org("；[[澳門通]]表示")
    d.metric("已[[突破110萬]]", "110e4", "", "over", "")
    d.org("使用[[支付寶]]、微信支付")
    d.org("、[[微信支付]]在本澳")
    d.metric("按年增長[[21%]]。", 21, "%", "exact", "")
    d.org("。[[中銀澳門]]亦表示")
    d.date("表示，[[11月上旬]]經其", "2026-11", MO)
    d.city("處理的[[澳門]]與大灣區")
    d.metric("按月增長[[7.5%]]", "7.5", "%", "exact", MO)
    d.org("。[[統計暨普查局]]資料")
    d.date("顯示，[[第三季]]本澳電子商務", "2026-Q3", "")
    d.metric("零售額為[[14.7億澳門元]]", "14.7e8", "澳门元", "exact", "")
    d.metric("按年增加[[百分之十五]]", 15, "%", "exact", "")
    # P9 outlook (the MIF sentence takes 澳門, inside the fair's name)
    d.date("展望[[明年]]，經濟財政司", NY, "")
    d.org("明年，[[經濟財政司]]表示")
    d.date("計劃於[[明年首季]]推出", "2027-Q1", "")
    d.metric("總額[[10億澳門元]]", "10e8", "澳门元", "exact", "")
    d.date("在[[二〇二七年上半年]]前", NY, "")
    d.date("指出，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]前後", "2027-01-01", "")
    d.date("預計[[農曆新年]]後", "2027-02-06", "")
    d.date("；[[上月]]舉行的", "2026-10", MO)
    d.city("第31屆[[澳門]]國際貿易投資展覽會")
    d.org("，[[澳門貿易投資促進局]]（")
    d.org("（[[貿促局]]）共促成")
    d.metric("簽約項目[[96個]]", 96, "个", "exact", MO)
    d.metric("佔[[約兩成]]", 20, "%", "approx", MO)
    audit = {
        "cities": ["澳門", "香港", "珠海", "中山", "深圳", "廣州", "佛山",
                   "東莞", "新加坡", "倫敦", "里斯本", "聖保羅", "橫琴",
                   "氹仔", "本澳", "在澳", "赴澳", "在港", "大灣區",
                   "粵港澳", "內地", "城市", "三地", "兩地"],
        "excluded": [
            # districts (橫琴 x2 outside its ORG, 氹仔), the region
            "本澳及[[橫琴]]初創", "落地[[橫琴]]。", "位於[[氹仔]]的",
        ],
        # 第31屆 (an ordinal of the fair)
        "numbers_excluded": ["第[[31]]屆"],
        # 兩地 (a collective label), 三地 (the three cities just listed),
        # 一連兩日 (a span of two days), 一名學者
        "cn_excluded": ["推動[[兩地]]「監管", "廣州[[三地]]的",
                        "起[[一連兩日]]舉辦", "（科大）[[一名]]學者"],
        # MPay (澳門通's app, a product), MIF (the fair's initials)
        "latin_excluded": ["旗下[[MPay]]註冊", "展覽會（[[MIF]]）"],
        "words_excluded": {"本澳": 8, "大灣區": 2, "粵港澳": 1, "單季": 1,
                           "按月": 2, "首批": 1, "首輪": 1, "首次": 1,
                           "季度": 1, "年度": 0, "投資日": 1, "全年": 1,
                           "單一": 1, "淡季": 1, "前後": 1,
                           "在澳": 2, "赴澳": 1, "在港": 3, "內地": 3,
                           "城市": 2, "初創": 8, "按年": 5, "青年": 1,
                           "天使": 1, "至今": 1},
        # generic heads outside ORG rows: 銀行貸款, 銀行業 (x2), 虛擬銀行, 創投機構,
        # 產業資本, 機構, 子基金, 科創基金, 引導基金, 業界人士
        "orgwords_excluded": {"銀行": 4, "基金": 3, "機構": 2},
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
CN_NUM_CHARS = "一二两兩三四五六七八九十百千半双雙〇廿卅"
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
    m = re.fullmatch(r"百分之([一二三四五六七八九十]+)", span)
    if m:                       # 百分之十五 -> 15 % (SPEC: N分之M)
        return Decimal(cn_int(m.group(1))), q, "%"
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
    m = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
                 r"((?:[万萬亿億]|兆(?![瓦赫]))*)([余餘多]?)", span)
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


def check_written_date(tx, norm):
    """The month and day a DATE span writes (Arabic or Chinese numerals,
    Macao's 廿) must be those of its normalization."""
    if tx.startswith(("今年前", "今年首", "首", "前")):
        return                                  # the first N months
    mon = re.search(r"(\d{1,2}|十[一二]?|[一二三四五六七八九])月", tx)
    if mon:
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


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
            check_written_date(tx, r["normalized"])
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
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
    simp = [d for d in built if not d.traditional]
    conv = t2s_all([r["text"] for r in names] +
                   [r["_raw_unit"] for r in units] + [d.text for d in simp])
    if conv is None:
        print("(OpenCC not reachable: t2s cross-check skipped)")
    else:
        for d, s in zip(simp, conv[len(names) + len(units):]):
            assert s == d.text, f"{d.doc_id}: not simplified throughout"
        for r, s in zip(names, conv[:len(names)]):
            if r["type"] == "ORG":
                assert s == r["normalized"], (r, s)
            elif r["text"] in CITY_ALIAS:
                assert CITY_ALIAS[r["text"]] == r["normalized"], r
            else:
                assert s in (r["normalized"], r["normalized"][:-1]), (r, s)
        for r, s in zip(units, conv[len(names):len(names) + len(units)]):
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
