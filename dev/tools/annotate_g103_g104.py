#!/usr/bin/env python3
"""Gold annotation for the held-out articles g103_ecommerce_returns_logistics
and g104_hk_banks_mortgages (annotator YB).

Adapted from the previous set's tools/annotate_xc.py (now dev/tools/annotate_g99_g100.py; which keeps the
checks of the earlier annotators' scripts: strict decoding, offsets,
overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings, ORG words and ORG strings, the independent `city` rule, the month
and day a DATE span writes, the holiday table by exact span, ROC years only
in a Taiwan text, relative words resolved from the reference date, the
hand-declared organizations, the Big5-HKSCS check).  Each mention is
located by a short context string in which the span is marked with [[ ]];
the context must occur exactly `n` times in the article and one row is
written per occurrence.  Offsets are Python str indices (code points) into
the article as decoded:

- g103 is simplified (mainland, 界面新闻, 2026-11-24), stored as UTF-8
  WITHOUT a BOM; GBK, GB18030 and Big5 fail on its bytes.  OpenCC t2s must
  leave the article unchanged.
- g104 is traditional (Hong Kong, 明報, 2026-11-26), stored as Big5-HKSCS
  (Python codec 'big5hkscs'): 滙 (滙豐), 恒 (恒生, 恒基) and 着 (隨着), as
  Hong Kong writes them, are outside Big5; 滙 and 着 are outside cp950 too,
  so a Big5 or cp950 reader fails and only HKSCS reads it.  `text` is the
  traditional original; `normalized` (ORG/CITY) and `unit` are simplified
  (OpenCC t2s; mainland cities by their official name with 市, Hong Kong,
  Macao and foreign cities by their common mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_xa/xb/xc, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g103_g104.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_xc.py: a UTF-8 article without BOM (GBK, GB18030 and
Big5 must fail on it); a Hong Kong Big5-HKSCS article whose HKSCS
characters include one that cp950 reads (恒); 末 is an audited time
character (annotate_xa.py); weekdays after 上周/下周 resolve to the day
(上周六, 下周一); 即日/当天 must repeat the latest day-precision DATE before
them (GUIDELINES); 厘, 点 (點), 伙, 间 (間), 名, 票, 起 units; 3折 (an Arabic
digit before 折).  Re-run (from anywhere):

    python3 dev/tools/annotate_g103_g104.py
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
    "g103_ecommerce_returns_logistics": ("utf-8", b"", False, "2026-11-24",
                                         "界面新闻"),
    "g104_hk_banks_mortgages": ("big5hkscs", b"", True, "2026-11-26",
                                "明報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g103_ecommerce_returns_logistics": [],
               "g104_hk_banks_mortgages": []}
# characters of a Big5-HKSCS article that Big5 lacks (恒 is in cp950; 滙
# and 着 are not, so cp950 fails too)
OUTSIDE_BIG5 = {"g104_hk_banks_mortgages": ["恒", "滙", "着"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协轨线铁际轮务辆笔张条岁广汉尔"
                   "丰汇亚联储证劳议楼买卖")
# Holidays the articles name, by their exact span (2026-2027): 双11
# 2026-11-11 (the one just past; 去年双11 2025-11-11); 元旦 2027-01-01,
# 春节 / 明年春节 / 農曆新年 2027-02-06 (正月初一, the coming one); 聖誕
# 2026-12-25 (the coming one).
HOLIDAY = {
    "双11": "2026-11-11", "今年双11": "2026-11-11", "去年双11": "2025-11-11",
    "元旦": "2027-01-01", "春节": "2027-02-06", "明年春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g103 (2026: municipalities, prefecture-level cities with 市; 义乌 a
    # county-level city of 金华)
    "杭州": "杭州市", "广州": "广州市", "义乌": "义乌市", "嘉兴": "嘉兴市",
    "北京": "北京市", "上海": "上海市", "深圳": "深圳市", "成都": "成都市",
    "武汉": "武汉市", "东莞": "东莞市", "佛山": "佛山市", "郑州": "郑州市",
    "临沂": "临沂市", "西安": "西安市", "重庆": "重庆市", "长沙": "长沙市",
    # g104 (traditional spans; mainland cities with 市, Hong Kong, Macao and
    # foreign cities by their common mainland names)
    "廣州": "广州市", "東莞": "东莞市", "珠海": "珠海市", "香港": "香港",
    "澳門": "澳门", "新加坡": "新加坡", "倫敦": "伦敦",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "新加坡", "伦敦"}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "滙豐": "汇丰", "明報": "明报", "美國聯儲局": "美国联储局",
    "恒生銀行": "恒生银行", "中銀香港": "中银香港", "渣打": "渣打",
    "東亞銀行": "东亚银行", "香港金融管理局": "香港金融管理局",
    "金管局": "金管局", "恒生": "恒生", "中原按揭經紀": "中原按揭经纪",
    "經絡按揭轉介": "经络按揭转介", "星展香港": "星展香港",
    "大新銀行": "大新银行", "招商永隆銀行": "招商永隆银行",
    "工銀亞洲": "工银亚洲", "建銀亞洲": "建银亚洲",
    "香港按揭證券有限公司": "香港按揭证券有限公司",
    "按揭證券公司": "按揭证券公司", "土地註冊處": "土地注册处",
    "差餉物業估價署": "差饷物业估价署", "中原地產研究部": "中原地产研究部",
    "特區政府": "特区政府", "美聯物業研究中心": "美联物业研究中心",
    "香港置業": "香港置业", "利嘉閣地產": "利嘉阁地产",
    "滙豐中國": "汇丰中国", "入境事務處": "入境事务处",
    "新鴻基地產": "新鸿基地产", "長實集團": "长实集团",
    "恒基地產": "恒基地产", "新世界發展": "新世界发展",
    "會德豐地產": "会德丰地产", "政府統計處": "政府统计处",
    "香港大學經濟及工商管理學院": "香港大学经济及工商管理学院",
    "聯儲局": "联储局", "財政司": "财政司", "立法會": "立法会",
}
# Chinese-numeral days (none written here; kept for the day check)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
CN_YEAR_DIGIT = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3",
                 "四": "4", "五": "5", "六": "6", "七": "7", "八": "8",
                 "九": "9"}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6,
           "天": 6}


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
        else:                                       # UTF-8 without BOM: the
            assert any(ord(c) > 0x7F for c in self.text), doc_id   # mainland
            for other in ("gbk", "gb18030", "big5"):    # legacy codecs fail
                try:
                    raw.decode(other)
                    raise AssertionError(f"{doc_id}: {other} reads it")
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
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
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
        m = re.search(r"(?<!\d)(\d{2,3})[）)]?年", span)   # ROC years
        if m:
            assert self.doc_id in TAIWAN, (ctx, "ROC year in a mainland text")
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
# g103 returns and refunds after Double 11: the postal bureau's parcel
# counts, the platforms' sales season and refund rules, return warehouses
# and express companies by city, express results, consumer complaints and
# regulators, freight-return insurance, analysts, the year-end outlook.
# Simplified, UTF-8 without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 界面新闻; byline lines 界面新闻记者 | 周嘉禾 and 界面新闻编辑 | 许文澜.
# 国家邮政局 published 昨日（11月23日）; 上周 2026-W47; 双11 2026-11-11;
# 元旦 2027-01-01 and 春节 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g103():
    d = Doc("g103_ecommerce_returns_logistics")
    Y, LY, NY = "2026", "2025", "2027"
    GZ, YW, WH, DG, LY_, XA, CS = ("广州市", "义乌市", "武汉市", "东莞市",
                                   "临沂市", "西安市", "长沙市")
    # title (a heading that opens with 双11; no city)
    d.date("[[双11]]后退货潮", "2026-11-11", "")
    d.metric("投诉量增[[近两成]]", 20, "%", "approx", "")
    # byline lines (open with an ORG: no section)
    d.org("\n[[界面新闻]]记者 |")
    d.org("\n[[界面新闻]]编辑 |")
    # P1 the postal bureau's parcel counts (no CITY)
    d.date("\n[[今年双11]]大促", "2026-11-11", "")
    d.org("继续。[[国家邮政局]]昨日")
    d.date("国家邮政局[[昨日]]（11月23日）", "2026-11-23", "")
    d.date("昨日（[[11月23日]]）", "2026-11-23", "")
    d.date("显示，[[11月11日]]至22日", "2026-11-11", "")
    d.date("11月11日至[[22日]]，", "2026-11-22", "")
    d.metric("揽收包裹[[约86.4亿件]]", "86.4e8", "件", "approx", "")
    d.metric("同比增长[[11.3%]]", "11.3", "%", "exact", "")
    d.metric("逆向包裹[[约7.9亿件]]", "7.9e8", "件", "approx", "")
    d.metric("同比增长[[约17%]]", 17, "%", "approx", "")
    d.date("。[[11月13日]]当天", "2026-11-13", "")
    d.date("11月13日[[当天]]", "2026-11-13", "")
    d.metric("峰值，[[约8600万件]]", "8600e4", "件", "approx", "")
    # P2 the platforms' season, the research firm's totals (no CITY)
    d.date("\n[[今年]]各平台", Y, "")
    d.org("。[[淘宝]]、天猫")
    d.org("淘宝、[[天猫]]于")
    d.date("天猫于[[10月14日]]率先", "2026-10-14", "")
    d.org("预售，[[京东]]、拼多多")
    d.org("京东、[[拼多多]]、抖音电商")
    d.org("拼多多、[[抖音电商]]和快手")
    d.org("抖音电商和[[快手]]随后")
    d.date("持续至[[11月中旬]]", "2026-11", "")
    d.org("。[[星图数据]]发布")
    d.date("显示，[[今年双11]]期间全网", "2026-11-11", "")
    d.metric("交易总额[[约1.68万亿元]]", "1.68e12", "元", "approx", "")
    d.metric("同比增长[[8.1%]]", "8.1", "%", "exact", "")
    d.metric("综合电商平台占比[[约74%]]", 74, "%", "approx", "")
    d.metric("直播电商占比[[约21%]]", 21, "%", "approx", "")
    d.date("较[[去年双11]]提升", "2025-11-11", "")
    d.metric("提升[[2.6个百分点]]", "2.6", "百分点", "exact", "")
    # P3 clothing returns (杭州、广州 merchants), the platforms' rules
    d.city("多位[[杭州]]、广州")
    d.city("杭州、[[广州]]的女装")
    d.org("商家向[[界面新闻]]表示")
    d.date("表示，[[今年]]女装类目", Y, GZ)
    d.metric("退货率在[[50%]]至70%", 50, "%", "exact", GZ)
    d.metric("50%至[[70%]]之间", 70, "%", "exact", GZ)
    d.metric("直播间[[超过80%]]", 80, "%", "over", GZ)
    d.org("压力，[[淘天集团]]自今年9月")
    d.date("淘天集团自[[今年9月]]起", "2026-09", "")
    d.org("；[[拼多多]]则于10月")
    d.date("拼多多则于[[10月]]推出", "2026-10", "")
    d.metric("投入[[100亿元]]资源包", "100e8", "元", "exact", "")
    d.org("。[[抖音电商]]方面表示")
    d.date("服务在[[今年双11]]期间覆盖", "2026-11-11", "")
    d.metric("覆盖订单[[超过3.2亿笔]]", "3.2e8", "笔", "over", "")
    d.metric("缩短至[[1.6小时]]", "1.6", "小时", "exact", "")
    # P4 return hubs: 义乌, the logistics group's warehouses, JD's cities
    d.city("在浙江[[义乌]]，")
    d.org("义乌，[[中通]]、圆通")
    d.org("中通、[[圆通]]、申通")
    d.org("圆通、[[申通]]、韵达")
    d.org("申通、[[韵达]]等快递企业")
    d.date("快递企业[[11月]]以来日均处理", "2026-11", YW)
    d.metric("退货包裹[[超过120万件]]", "120e4", "件", "over", YW)
    d.metric("较平日增加[[约四成]]", 40, "%", "approx", YW)
    d.org("；[[菜鸟集团]]在杭州")
    d.city("菜鸟集团在[[杭州]]、嘉兴")
    d.city("杭州、[[嘉兴]]和广州")
    d.city("嘉兴和[[广州]]设立")
    d.date("集运仓，[[双11]]以来", "2026-11-11", GZ)
    d.metric("退货商品[[约4600万件]]", "4600e4", "件", "approx", GZ)
    d.org("。[[菜鸟]]相关负责人")
    d.metric("介绍，[[约65%]]的退货", 65, "%", "approx", "")
    d.org("。[[京东物流]]则在")
    d.city("则在[[北京]]、上海")
    d.city("北京、[[上海]]、深圳")
    d.city("上海、[[深圳]]、成都")
    d.city("深圳、[[成都]]、武汉")
    d.city("成都、[[武汉]]等地")
    d.metric("等地的[[42个]]仓库", 42, "个", "exact", WH)
    d.metric("上门时间为[[1.2小时]]", "1.2", "小时", "exact", WH)
    # P5 third-party return warehouses (东莞、佛山; 郑州, 临沂)
    d.city("华南，[[东莞]]、佛山一带")
    d.city("东莞、[[佛山]]一带")
    d.org("多个[[抖音电商]]直播间")
    d.city("服务的[[东莞]]仓储企业")
    d.org("负责人告诉[[界面新闻]]，")
    d.date("该仓库[[11月]]以来", "2026-11", DG)
    d.metric("接收退件[[约3.5万件]]", "3.5e4", "件", "approx", DG)
    d.metric("平时的[[3倍]]", 3, "倍", "exact", DG)
    d.metric("分拣工从[[120人]]增至", 120, "人", "exact", DG)
    d.metric("增至[[近400人]]", 400, "人", "approx", DG)
    d.metric("处理成本[[约2.8元]]", "2.8", "元", "approx", DG)
    d.city("在河南[[郑州]]和山东")
    d.city("和山东[[临沂]]，")
    d.metric("原价的[[3折]]", 30, "%", "exact", LY_)
    # P6 express companies' results (no CITY)
    d.org("分化。[[顺丰控股]]上周")
    d.date("顺丰控股[[上周]]披露", "2026-W47", "")
    d.date("显示，[[10月]]速运物流", "2026-10", "")
    d.metric("业务件量[[约13.6亿票]]", "13.6e8", "票", "approx", "")
    d.metric("同比增长[[12.4%]]", "12.4", "%", "exact", "")
    d.metric("单票收入为[[15.21元]]", "15.21", "元", "exact", "")
    d.org("；[[中通快递]]、韵达股份")
    d.org("中通快递、[[韵达股份]]、申通快递")
    d.org("韵达股份、[[申通快递]]10月")
    d.date("申通快递[[10月]]的单票", "2026-10", "")
    d.metric("分别为[[2.14元]]、", "2.14", "元", "exact", "")
    d.metric("、[[2.03元]]和", "2.03", "元", "exact", "")
    d.metric("和[[2.09元]]。", "2.09", "元", "exact", "")
    d.org("。[[极兔速递]]今年前三季度")
    d.date("极兔速递[[今年前三季度]]在", Y, "")
    d.metric("同比增长[[约25%]]", 25, "%", "approx", "")
    d.org("。[[中国快递协会]]一位人士")
    d.metric("高出[[三成以上]]", 30, "%", "over", "")
    # P7 the consumers' association and the market regulator (no CITY)
    d.org("。[[中国消费者协会]]（")
    d.org("以下简称“[[中消协]]”）日前")
    d.date("显示，[[11月1日]]至20日", "2026-11-01", "")
    d.date("11月1日至[[20日]]，中消协", "2026-11-20", "")
    d.org("20日，[[中消协]]共监测到")
    d.metric("负面信息[[约46.7万条]]", "46.7e4", "条", "approx", "")
    d.metric("同比增长[[19.2%]]", "19.2", "%", "exact", "")
    d.metric("负面信息的[[36%]]", 36, "%", "exact", "")
    d.org("。[[国家市场监督管理总局]]（")
    d.org("以下简称“[[市场监管总局]]”）数据")
    d.date("数据显示，[[今年前10个月]]，全国", Y, "")
    d.metric("网购投诉[[约586万件]]", "586e4", "件", "approx", "")
    d.date("较[[去年同期]]增长约9%", LY, "")
    d.metric("增长[[约9%]]", 9, "%", "approx", "")
    d.metric("的投诉[[约87万件]]", "87e4", "件", "approx", "")
    d.metric("增幅[[近三成]]", 30, "%", "approx", "")
    # P8 local consumer bodies and regulators (cities only inside ORGs)
    d.org("，[[上海市消费者权益保护委员会]]（")
    d.org("以下简称“[[上海市消保委]]”）11月")
    d.date("上海市消保委”）[[11月]]以来", "2026-11", "")
    d.metric("投诉达[[1.27万件]]", "1.27e4", "件", "exact", "")
    d.metric("同比增长[[22.5%]]", "22.5", "%", "exact", "")
    d.org("。[[浙江省市场监督管理局]]上周")
    d.date("监督管理局[[上周]]约谈", "2026-W47", "")
    d.metric("约谈了[[5家]]直播", 5, "家", "exact", "")
    d.date("要求其在[[12月1日]]前", "2026-12-01", "")
    d.org("。[[广州市市场监督管理局]]10月")
    d.date("广州市市场监督管理局[[10月]]以来", "2026-10", "")
    d.metric("已对[[12起]]涉及", 12, "起", "exact", "")
    d.org("；[[北京市消费者协会]]上月")
    d.date("北京市消费者协会[[上月]]对", "2026-10", "")
    d.metric("上月对[[30家]]电商", 30, "家", "exact", "")
    d.metric("发现[[7家]]平台", 7, "家", "exact", "")
    # P9 freight-return insurance, academics, research firms (no CITY)
    d.org("。[[众安保险]]披露")
    d.date("披露，[[今年双11]]期间其", "2026-11-11", "")
    d.metric("保单量同比增长[[约15%]]", 15, "%", "approx", "")
    d.metric("赔付率升至[[约92%]]", 92, "%", "approx", "")
    d.org("。[[中国人民大学商学院]]一位教授")
    d.org("教授向[[界面新闻]]分析")
    d.org("；[[网经社电子商务研究中心]]则建议")
    d.org("。[[艾瑞咨询]]预计")
    d.date("预计，[[2026年]]中国", Y, "")
    d.metric("将达到[[约4800亿元]]", "4800e8", "元", "approx", "")
    d.date("，[[2028年]]有望", "2028", "")
    d.metric("有望[[突破6000亿元]]", "6000e8", "元", "over", "")
    # P10 the year-end outlook (西安、重庆、长沙 in the last sentence)
    d.date("随着[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]临近", "2027-02-06", "")
    d.date("将于[[12月中下旬]]陆续", "2026-12", "")
    d.org("开启。[[国家邮政局]]预计")
    d.date("预计，[[12月]]全国快递", "2026-12", "")
    d.metric("将达到[[约185亿件]]", "185e8", "件", "approx", "")
    d.date("，[[明年春节]]前后", "2027-02-06", "")
    d.org("。[[唯品会]]、得物")
    d.org("唯品会、[[得物]]等平台")
    d.org("；[[京东]]则表示")
    d.date("表示，[[明年一季度]]将在", "2027-Q1", XA)
    d.city("将在[[西安]]、重庆")
    d.city("西安、[[重庆]]、长沙")
    d.city("重庆、[[长沙]]新增")
    d.metric("新增[[3个]]区域", 3, "个", "exact", CS)
    audit = {
        "cities": ["杭州", "广州", "义乌", "嘉兴", "北京", "上海", "深圳",
                   "成都", "武汉", "东莞", "佛山", "郑州", "临沂", "西安",
                   "重庆", "长沙", "浙江", "河南", "山东", "华南", "中国",
                   "全国", "城市", "天津", "南京", "苏州", "金华"],
        "excluded": [
            # provinces, a region, the country, 全国 (x3)
            "在[[浙江]]义乌", "在河南郑州和[[山东]]临沂", "在[[河南]]郑州",
            "在[[华南]]，", "在[[中国]]市场", "2026年[[中国]]电商",
            "[[全国]]快递企业共", "[[全国]]12315", "[[全国]]快递业务量",
        ],
        # the consumer hotline's number, a time limit (48小时内)
        "numbers_excluded": ["全国[[12315]]平台", "可在[[48小时]]内"],
        # durations, indefinite and ordinal words, a policy's name
        "cn_excluded": ["已近[[两周]]", "“后[[半]]场”", "连续[[三个月]]",
                        "[[一家]]为多个", "的[[第三]]方退货仓",
                        "佛山[[一带]]", "[[二手]]平台", "协会[[一位]]人士",
                        "退货量[[一同]]上升", "“[[七天]]无理由", "[[一位]]教授",
                        "新[[一]]轮"],
        "latin_excluded": [],
        # 日前 (x2: 日前发布 and 12月1日前, whose 前 is outside the DATE),
        # the reporter's surname 周
        "words_excluded": {"日均": 2, "平日": 1, "日前": 2, "明显": 1,
                           "周期": 1, "年货节": 1, "周嘉禾": 1},
        # generic heads and back-references outside ORG rows
        "orgwords_excluded": {"企业": 4, "平台": 13, "协会": 0, "集团": 0,
                              "公司": 0},
        "orgstring_excluded": [],
        "orgs": ["界面新闻", "国家邮政局", "淘宝", "天猫", "京东", "拼多多",
                 "抖音电商", "快手", "星图数据", "淘天集团", "中通", "圆通",
                 "申通", "韵达", "菜鸟集团", "菜鸟", "京东物流", "顺丰控股",
                 "中通快递", "韵达股份", "申通快递", "极兔速递",
                 "中国快递协会", "中国消费者协会", "中消协",
                 "国家市场监督管理总局", "市场监管总局",
                 "上海市消费者权益保护委员会", "上海市消保委",
                 "浙江省市场监督管理局", "广州市市场监督管理局",
                 "北京市消费者协会", "众安保险", "中国人民大学商学院",
                 "网经社电子商务研究中心", "艾瑞咨询", "唯品会", "得物"],
    }
    return d, audit


# ===========================================================================
# g104 Hong Kong mortgages after the prime-rate cut: the banks' new prime
# rates, the monetary authority's mortgage figures and HIBOR, mortgage plans
# and rebates, deposit rates, the mortgage corporation's insurance, the land
# registry and the valuation office, mainland buyers by city, developers,
# the outlook.  Traditional as Hong Kong writes it (滙豐, 恒生, 隨着, 「」,
# 按年, 佔, 首10個月, 第三季, 厘, 伙), Big5-HKSCS (恒, 滙, 着 are outside
# Big5; 滙 and 着 outside cp950), 2026-11-26 (a Thursday, ISO week
# 2026-W48), 明報; the first paragraph opens with 【明報專訊】.  滙豐
# announced 昨日（25日）; 上周 2026-W47, 上周六 2026-11-21, 下周一（30日）
# 2026-11-30; 聖誕 2026-12-25 and 農曆新年 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g104():
    d = Doc("g104_hk_banks_mortgages")
    Y, LY, NY = "2026", "2025", "2027"
    SZ, SH, HK, MO = "深圳市", "上海市", "香港", "澳门"
    # title (a heading that opens with an ORG; no city)
    d.org("[[滙豐]]減P 0.125厘 按揭")
    d.metric("滙豐減P [[0.125厘]] 按揭", "0.125", "厘", "exact", "")
    d.date("再回落 [[上月]]新造", "2026-10", "")
    d.metric("按年升[[逾兩成]]", 20, "%", "over", "")
    # P1 the banks' prime-rate cuts (no CITY)
    d.org("【[[明報]]專訊】")
    d.org("專訊】[[美國聯儲局]]本月初")
    d.date("美國聯儲局[[本月初]]再度", "2026-11", "")
    d.org("（P）。[[滙豐]]昨日")
    d.date("滙豐[[昨日]]（25日）", "2026-11-25", "")
    d.date("滙豐昨日（[[25日]]）", "2026-11-25", "")
    d.date("宣布，[[即日]]起把", "2026-11-25", "")
    d.metric("最優惠利率下調[[0.125厘]]至", "0.125", "厘", "exact", "")
    d.metric("下調0.125厘至[[5.125厘]]，為", "5.125", "厘", "exact", "")
    d.date("，為[[今年]]第三次", Y, "")
    d.org("；[[恒生銀行]]隨即")
    d.metric("同樣降至[[5.125厘]]", "5.125", "厘", "exact", "")
    d.org("。[[中銀香港]]及渣打亦")
    d.org("中銀香港及[[渣打]]亦於")
    d.date("亦於[[昨晚]]宣布", "2026-11-25", "")
    d.metric("昨晚宣布減P [[0.125厘]]", "0.125", "厘", "exact", "")
    d.metric("分別降至[[5.375厘]]及", "5.375", "厘", "exact", "")
    d.metric("5.375厘及[[5.125厘]]", "5.125", "厘", "exact", "")
    d.org("，[[東亞銀行]]則表示")
    d.date("將於[[下周一]]（30日）", "2026-11-30", "")
    d.date("下周一（[[30日]]）起", "2026-11-30", "")
    # P2 the monetary authority's figures, HIBOR (no CITY)
    d.org("\n[[香港金融管理局]]（")
    d.org("（[[金管局]]）昨日")
    d.date("（金管局）[[昨日]]公布", "2026-11-25", "")
    d.date("公布，[[10月份]]新批出", "2026-10", "")
    d.metric("貸款額[[約286億元]]", "286e8", "元", "approx", "")
    d.metric("按月上升[[6.4%]]", "6.4", "%", "exact", "")
    d.metric("按年上升[[23.1%]]", "23.1", "%", "exact", "")
    d.metric("宗數[[約1.27萬宗]]", "1.27e4", "宗", "approx", "")
    d.metric("按月增加[[9.8%]]", "9.8", "%", "exact", "")
    d.org("。[[金管局]]又指")
    d.date("又指，[[第三季末]]住宅", "2026-Q3", "")
    d.metric("總額[[約1.98萬億元]]", "1.98e12", "元", "approx", "")
    d.date("較[[上季末]]微升", "2026-Q2", "")
    d.metric("微升[[0.7%]]", "0.7", "%", "exact", "")
    d.metric("入息比率[[約38%]]", 38, "%", "approx", "")
    d.date("（HIBOR）[[昨日]]報", "2026-11-25", "")
    d.metric("昨日報[[3.12厘]]", "3.12", "厘", "exact", "")
    d.date("較[[上月底]]回落", "2026-10", "")
    d.metric("回落[[約0.3厘]]", "0.3", "厘", "approx", "")
    d.date("，[[今年]]以來累計", Y, "")
    d.metric("累計下跌[[約0.9厘]]", "0.9", "厘", "approx", "")
    # P3 mortgage plans, rebates (no CITY)
    d.metric("HIBOR加[[1.3厘]]計息", "1.3", "厘", "exact", "")
    d.metric("P減[[1.75厘]]封頂", "1.75", "厘", "exact", "")
    d.org("；以[[滙豐]]為例")
    d.metric("封頂息率由[[3.5厘]]降至", "3.5", "厘", "exact", "")
    d.metric("降至[[3.375厘]]", "3.375", "厘", "exact", "")
    d.org("，[[恒生]]及中銀香港亦已")
    d.org("恒生及[[中銀香港]]亦已")
    d.org("。[[中原按揭經紀]]指出")
    d.metric("貸款額[[500萬元]]計算", "500e4", "元", "exact", "")
    d.metric("每月供款[[約2.21萬元]]", "2.21e4", "元", "approx", "")
    d.date("較[[年初]]減少", Y, "")
    d.metric("減少[[約560元]]", 560, "元", "approx", "")
    d.org("。[[經絡按揭轉介]]則統計")
    d.date("則統計，[[本月]]以來", "2026-11", "")
    d.metric("已有[[8間]]銀行", 8, "间", "exact", "")
    d.metric("貸款額的[[2%]]", 2, "%", "exact", "")
    d.org("；[[星展香港]]、")
    d.org("、[[大新銀行]]及")
    d.org("及[[招商永隆銀行]]更推出")
    d.metric("息率[[約3.1厘]]的", "3.1", "厘", "approx", "")
    # P4 deposit rates (no CITY)
    d.org("。[[中銀香港]]及工銀亞洲")
    d.org("中銀香港及[[工銀亞洲]]昨日")
    d.date("工銀亞洲[[昨日]]把", "2026-11-25", "")
    d.metric("下調至[[約2.6厘]]", "2.6", "厘", "approx", "")
    d.org("，[[建銀亞洲]]的新資金")
    d.metric("則由[[3厘]]降至", 3, "厘", "exact", "")
    d.metric("降至[[2.8厘]]", "2.8", "厘", "exact", "")
    d.org("。[[經絡按揭轉介]]估計")
    d.date("估計，[[明年首季]]新造", "2027-Q1", "")
    d.metric("按年增加[[約15%]]", 15, "%", "approx", "")
    # P5 the mortgage corporation's insurance (no CITY)
    d.org("\n[[香港按揭證券有限公司]]（")
    d.org("（[[按揭證券公司]]）數據")
    d.date("數據顯示，[[今年首10個月]]按揭保險", Y, "")
    d.metric("共接獲[[約2.14萬宗]]", "2.14e4", "宗", "approx", "")
    d.metric("按年增加[[約31%]]", 31, "%", "approx", "")
    d.metric("其中[[約65%]]申請人", 65, "%", "approx", "")
    d.metric("樓價[[1,000萬元以下]]", "1000e4", "元", "under", "")
    d.metric("最高可借[[九成]]", 90, "%", "exact", "")
    d.metric("，[[1,000萬元以上]]則", "1000e4", "元", "over", "")
    d.metric("最高為[[八成]]", 80, "%", "exact", "")
    d.org("。[[按揭證券公司]]發言人")
    d.date("表示，[[第三季]]的按保", "2026-Q3", "")
    d.metric("介乎[[600萬元]]至", "600e4", "元", "exact", "")
    d.metric("至[[800萬元]]的單位", "800e4", "元", "exact", "")
    d.metric("單位佔[[約四成]]", 40, "%", "approx", "")
    # P6 registrations and prices (no CITY: 全港 is deictic)
    d.org("回暖。[[土地註冊處]]資料")
    d.date("資料顯示，[[10月]]全港", "2026-10", "")
    d.metric("登記共[[5,612宗]]", 5612, "宗", "exact", "")
    d.metric("按月增加[[4.9%]]", "4.9", "%", "exact", "")
    d.metric("按年增加[[18.7%]]", "18.7", "%", "exact", "")
    d.metric("登記總值[[約506.3億元]]", "506.3e8", "元", "approx", "")
    d.org("。[[差餉物業估價署]]最新")
    d.metric("指數報[[291.6點]]", "291.6", "点", "exact", "")
    d.metric("按月微升[[0.4%]]", "0.4", "%", "exact", "")
    d.date("，[[今年首10個月]]累計上升", Y, "")
    d.metric("累計上升[[約3.2%]]", "3.2", "%", "approx", "")
    d.date("仍較[[2021年9月]]的", "2021-09", "")
    d.metric("高峰低[[約24%]]", 24, "%", "approx", "")
    d.org("。[[中原地產研究部]]預計")
    d.date("樓價在[[年底]]前", Y, "")
    d.metric("再升[[2%]]至3%", 2, "%", "exact", "")
    d.metric("2%至[[3%]]", 3, "%", "exact", "")
    # P7 mainland buyers (the 香港置業 sentence and the price sentence name
    # cities)
    d.org("自[[特區政府]]於2024年2月")
    d.date("特區政府於[[2024年2月]]全面", "2024-02", "")
    d.org("。[[美聯物業研究中心]]統計")
    d.date("統計，[[今年首10個月]]以普通話", Y, "")
    d.metric("住宅成交[[約1.18萬宗]]", "1.18e4", "宗", "approx", "")
    d.metric("佔整體[[約22.6%]]", "22.6", "%", "approx", "")
    d.date("比例較[[去年同期]]增加", LY, "")
    d.metric("增加[[約4個百分點]]", 4, "百分点", "approx", "")
    d.org("。[[香港置業]]指出")
    d.date("指出，[[本月]]以來旗下", "2026-11", SZ)
    d.metric("成交中，[[約四成]]買家", 40, "%", "approx", SZ)
    d.city("來自[[深圳]]，其次")
    d.city("其次為[[廣州]]、上海")
    d.city("廣州、[[上海]]、北京及杭州；")
    d.city("上海、[[北京]]及杭州；")
    d.city("北京及[[杭州]]；")
    d.org("；[[利嘉閣地產]]亦表示")
    d.city("表示，[[東莞]]、佛山")
    d.city("東莞、[[佛山]]、珠海")
    d.city("佛山、[[珠海]]等大灣區")
    d.city("來自[[上海]]的買家")
    d.metric("平均成交價[[約1,380萬元]]", "1380e4", "元", "approx", SH)
    d.city("明顯高於[[深圳]]買家")
    d.metric("買家的[[約920萬元]]", "920e4", "元", "approx", SZ)
    # P8 cross-border services, talent schemes, other markets
    d.org("\n[[滙豐中國]]表示")
    d.date("滙豐中國表示，[[今年]]在深圳", Y, SZ)
    d.city("今年在[[深圳]]、廣州")
    d.city("在深圳、[[廣州]]、上海、北京、杭州及成都")
    d.city("深圳、廣州、[[上海]]、北京、杭州及成都")
    d.city("廣州、上海、[[北京]]、杭州及成都")
    d.city("上海、北京、[[杭州]]及成都")
    d.city("杭州及[[成都]]等城市")
    d.city("辦理的[[香港]]按揭見證")
    d.metric("按年增加[[約45%]]", 45, "%", "approx", HK)
    d.org("。[[入境事務處]]資料")
    d.metric("累計批出[[約10.2萬宗]]", "10.2e4", "宗", "approx", HK)
    d.date("截至[[10月底]]已有", "2026-10", HK)
    d.metric("已有[[約6.3萬名]]人才", "6.3e4", "名", "approx", HK)
    d.city("不少人在[[香港]]買樓")
    d.city("與[[新加坡]]及倫敦")
    d.city("新加坡及[[倫敦]]相比")
    d.city("相比，[[香港]]的樓價")
    d.city("，[[澳門]]買家今年")
    d.date("澳門買家[[今年]]亦", Y, MO)
    # P9 developers (no CITY: 將軍澳, 啟德 are districts)
    d.org("推盤。[[新鴻基地產]]上周六")
    d.date("新鴻基地產[[上周六]]推出", "2026-11-21", "")
    d.metric("首批[[288伙]]即日", 288, "伙", "exact", "")
    d.date("288伙[[即日]]沽清", "2026-11-21", "")
    d.metric("其中[[約三成]]買家", 30, "%", "approx", "")
    d.org("；[[長實集團]]及恒基地產")
    d.org("長實集團及[[恒基地產]]則計劃")
    d.date("計劃在[[12月]]推出", "2026-12", "")
    d.metric("合共[[約1,500伙]]", 1500, "伙", "approx", "")
    d.org("。[[新世界發展]]表示")
    d.date("啟德項目[[本月]]至今", "2026-11", "")
    d.metric("售出[[約210伙]]", 210, "伙", "approx", "")
    d.metric("套現[[逾25億元]]", "25e8", "元", "over", "")
    d.org("；[[會德豐地產]]亦透露")
    d.metric("比例升至[[約35%]]", 35, "%", "approx", "")
    # P10 the economy and the outlook (no CITY)
    d.org("\n[[政府統計處]]上周公布")
    d.date("政府統計處[[上周]]公布", "2026-W47", "")
    d.date("公布，[[第三季]]本地生產總值", "2026-Q3", "")
    d.metric("實質增長[[2.9%]]", "2.9", "%", "exact", "")
    d.org("展望後市，[[香港大學經濟及工商管理學院]]一名")
    d.org("認為，[[聯儲局]]12月9日")
    d.date("聯儲局[[12月9日]]議息", "2026-12-09", "")
    d.metric("再減息[[0.25厘]]，本港", "0.25", "厘", "exact", "")
    d.date("本港銀行[[明年上半年]]仍有", NY, "")
    d.metric("再減P [[0.125厘]]至0.25厘", "0.125", "厘", "exact", "")
    d.metric("0.125厘至[[0.25厘]]。", "0.25", "厘", "exact", "")
    d.org("。[[財政司]]司長早前")
    d.org("早前在[[立法會]]表示")
    d.org("表示，[[特區政府]]會密切")
    d.org("；[[金管局]]則指")
    d.metric("按揭成數[[約56%]]", 56, "%", "approx", "")
    d.date("預期，[[聖誕]]及農曆新年", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]前後", "2027-02-06", "")
    d.date("活躍，[[今年]]全年住宅", Y, "")
    d.metric("有望[[突破6.2萬宗]]", "6.2e4", "宗", "over", "")
    d.date("創[[2021年]]以來", "2021", "")
    audit = {
        "cities": ["香港", "深圳", "廣州", "上海", "北京", "杭州", "東莞",
                   "佛山", "珠海", "成都", "澳門", "新加坡", "倫敦", "將軍澳",
                   "啟德", "全港", "本港", "內地", "大灣區", "城市", "美國",
                   "中國", "港元"],
        "excluded": [
            # 全港, 本港 (x3), 內地 (x5), 大灣區城市, a country before its
            # body is inside it (美國聯儲局), districts, 港元 (x2)
            "，[[本港]]銀行終於", "，[[本港]]銀行明年", "10月[[全港]]住宅",
            "的[[將軍澳]]新盤", "旗下[[啟德]]項目", "等[[大灣區城市]]",
            "杭州及成都等[[城市]]", "把[[港元]]最優惠", "3個月[[港元]]定存",
            "下調[[港元]]定期", "，[[內地]]買家入市", "識別的[[內地]]買家",
            "經手的[[內地]]客", "來自[[內地]]；", "新盤的[[內地]]買家",
        ],
        # a deposit's tenor
        "numbers_excluded": ["把[[3個月]]港元"],
        # ordinals, indefinite words, market labels, tenors
        "cn_excluded": ["今年[[第三次]]減P", "，[[一個月]]銀行同業拆息",
                        "以[[一個月]]HIBOR", "動力之[[一]]。",
                        "涉及[[一手]]及二手", "一手及[[二手]]住宅",
                        "現金[[一次過]]付款", "學院[[一名]]學者"],
        "latin_excluded": ["滙豐減[[P]] 0.125厘 按揭", "最優惠利率（[[P]]）",
                           "第三次減[[P]]；", "昨晚宣布減[[P]] 0.125厘",
                           "拆息（[[HIBOR]]）", "拆息回落及減[[P]]",
                           "主流的[[H]]按計劃", "一個月[[HIBOR]]加",
                           "並以[[P]]減1.75厘", "為例，減[[P]]後",
                           "再減[[P]] 0.125厘"],
        "words_excluded": {"按年": 7, "按月": 4, "每月": 1, "近月": 1,
                           "明顯": 3, "全年": 1, "至今": 2},
        # generic heads outside ORG rows
        "orgwords_excluded": {"銀行": 8, "發展商": 1, "地產": 0},
        "orgstring_excluded": [],
        "orgs": list(ORG_NORM),
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
               ("不足", "under"), ("不到", "under"),
               ("约", "approx"), ("約", "approx"),
               ("近", "approx"), ("逾", "over"), ("超", "over")]
QUAL_SUFFIX = [("以上", "over"), ("左右", "approx"), ("以下", "under"),
               ("以内", "under"), ("以內", "under")]
TIME_CHARS = "年月日季周週旬昨今明天节節秋庆慶底初末夕宵圣聖诞誕"
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
    m = re.fullmatch(r"([一二三四五六七八九])折", span)  # 五折 -> 50 %
    if m:                                           # (GUIDELINES: 折 below
        return Decimal(CN_DIGIT[m.group(1)] * 10), q, "%"   # 10, times 10)
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
    m = re.fullmatch(r"(\d+)([億亿])(\d,\d{3}|\d{1,4})([萬万])(\D+)", span)
    if m:                 # 1億2,000萬件 -> 120000000 (GUIDELINES: digits
        low = Decimal(m.group(3).replace(",", ""))  # split by 亿 before a
        assert low < 10 ** 4, span                  # smaller section are
        v = (Decimal(m.group(1)) * MAGNITUDE[m.group(2)]   # one figure)
             + low * MAGNITUDE[m.group(4)])
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


def check_relative(d, r):
    """Words that count from the reference date (GUIDELINES): 今年/明年/去年
    at the start of a span give the reference year, +1, -1; 本月/下月/上月
    the reference month, +1, -1 (except 上月 as a baseline after 较/比,
    which counts from the month its sentence states); 本周/上周/下周 the
    ISO week, -1, +1, and with a weekday (上周六, 下周一) that day; 昨日,
    昨晚 and 昨（N）日 the day before."""
    tx, norm = r["text"], r["normalized"]
    ref = datetime.date.fromisoformat(d.published)
    for w, k in (("今年", 0), ("明年", 1), ("去年", -1)):
        if tx.startswith(w):
            assert norm[:4] == str(ref.year + k), r
    before = d.text[max(0, r["start"] - 1):r["start"]]
    for w, k in (("本月", 0), ("下月", 1), ("上月", -1)):
        if tx.startswith(w) and before not in ("较", "較", "比"):
            y, m = ref.year, ref.month + k
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
            assert norm[:7] == "%d-%02d" % (y, m), r
    for w, k in (("本周", 0), ("上周", -1), ("下周", 1)):
        if tx.startswith(w):
            day = ref + datetime.timedelta(weeks=k)
            if tx[2:] and tx[2:] in WEEKDAY:   # a weekday gives the day
                day += datetime.timedelta(
                    days=WEEKDAY[tx[2:]] - day.weekday())
                assert norm == day.isoformat(), r
            else:
                iy, iw, _ = day.isocalendar()
                assert tx == w and norm == "%d-W%02d" % (iy, iw), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], f"overlap: {prev!r} / {cur!r}"
    last_day = None     # 当天/即日 repeat the latest day-precision DATE
    for r in rows:      # written before them (GUIDELINES)
        if r["type"] != "DATE":
            continue
        if r["text"] in ("当天", "當天", "即日", "当日", "當日", "同日"):
            assert last_day and r["normalized"] == last_day, (r, last_day)
        if re.fullmatch(r"\d{4}-\d\d-\d\d", r["normalized"]):
            last_day = r["normalized"]
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
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            m = re.search(r"(\d{4})年?", tx)
            if m and not tx.startswith(("今年", "去年", "明年")):
                assert r["normalized"].startswith(m.group(1)), r
        if r["type"] == "CITY":
            assert r["normalized"] in known_cities, r
            assert (r["normalized"] in NO_SHI) != r["normalized"].endswith(
                "市"), r
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
    # the organizations I name by hand: exactly the ORG rows' texts, and
    # every occurrence of each is inside an ORG row (a dropped row shows)
    names = {r["text"] for r in rows if r["type"] == "ORG"}
    if names != set(audit["orgs"]):
        problems.append("ORG rows %r, declared %r" % (
            sorted(names - set(audit["orgs"])),
            sorted(set(audit["orgs"]) - names)))
    for name in audit["orgs"]:
        need(re.escape(name), "declared ORG", org_spans + orgstr_excl)
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
