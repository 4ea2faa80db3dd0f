#!/usr/bin/env python3
"""Gold annotation for the held-out articles g99_pharma_drug_procurement and
g100_macao_light_rail_buses (annotator XC).

Adapted from the previous set's tools/annotate_z.py (now dev/tools/annotate_g93_g94.py; which keeps the checks
of annotate_w.py back to annotate_x.py: strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from
the span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals, time characters, city strings, ORG words and
ORG strings, the independent `city` rule, the month and day a DATE span
writes, a year in Chinese numerals, the holiday table by exact span, ROC
years only in a Taiwan text, UTF-16 LE with BOM).  Each mention is located
by a short context string in which the span is marked with [[ ]]; the
context must occur exactly `n` times in the article and one row is written
per occurrence.  Offsets are Python str indices (code points) into the
article as decoded:

- g99 is simplified (mainland, 21世纪经济报道, 2026-11-20), stored as
  UTF-16 LE WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (no surrogate pairs), so code
  units = code points; OpenCC t2s must leave the article unchanged.
- g100 is traditional (Macao, 澳門日報, 2026-11-22), stored as Big5-HKSCS
  (Python codec 'big5hkscs'): 〇 (二〇二四年), 氹 (氹仔) and 着 (隨着), as
  Macao writes them, are outside Big5 and cp950, so a Big5 or cp950 reader
  fails and only HKSCS reads it.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official name with 市, Hong Kong, Macao and foreign
  cities by their common mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_x/y/z, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g99_g100.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_z.py: a Big5-HKSCS article (annotate_y.py's check:
the declared HKSCS characters are the only ones plain Big5 lacks, big5 and
cp950 fail on the bytes, every non-ASCII character is two bytes) instead of
cp950; no Taiwan article (a ROC year may be written in neither); each
article declares its organizations by hand (annotate_x.py's audit "orgs":
exactly the ORG rows' texts, every occurrence inside an ORG row); 折 after a
Chinese digit (五折 -> 50 %, GUIDELINES 折 below 10); a fraction with 约 in
front (约四分之一 -> 25 %, approx).  Re-run (from anywhere):

    python3 dev/tools/annotate_g99_g100.py
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
    "g99_pharma_drug_procurement": ("utf-16-le", BOM16LE, False,
                                    "2026-11-20", "21世纪经济报道"),
    "g100_macao_light_rail_buses": ("big5hkscs", b"", True, "2026-11-22",
                                    "澳門日報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g99_pharma_drug_procurement": [],
               "g100_macao_light_rail_buses": []}
# characters of a Big5-HKSCS article that Big5 and cp950 lack
OUTSIDE_BIG5 = {"g100_macao_light_rail_buses": ["〇", "氹", "着"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协轨线铁际轮务辆笔张条岁广汉尔")
# Holidays the articles name, by their exact span (2026-2027): 春节 2027 =
# 正月初一 = 2027-02-06 (g99 春节, g100 明年春節: the coming one); 國慶
# (mainland and Macao) 10-01, 今年國慶 2026-10-01; 聖誕 2026-12-25 and 元旦
# 2027-01-01 (the coming ones).
HOLIDAY = {
    "春节": "2027-02-06", "國慶": "2026-10-01", "今年國慶": "2026-10-01",
    "聖誕": "2026-12-25", "元旦": "2027-01-01", "明年春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g99 (2026: municipalities, prefecture-level cities with 市)
    "上海": "上海市", "连云港市": "连云港市", "济南": "济南市",
    "石家庄": "石家庄市", "北京": "北京市", "成都": "成都市",
    "杭州": "杭州市", "武汉市": "武汉市", "广州": "广州市",
    "深圳": "深圳市", "南京": "南京市", "苏州": "苏州市", "无锡": "无锡市",
    # g100 (traditional spans; mainland cities with 市, Hong Kong, Macao
    # and foreign cities by their common mainland names)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "中山": "中山市",
    "佛山": "佛山市", "珠海": "珠海市", "武漢": "武汉市", "首爾": "首尔",
    "曼谷": "曼谷", "馬尼拉": "马尼拉",
}
# cities normalized without 市: Hong Kong, Macao and foreign cities by their
# common mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "澳门", "首尔", "曼谷", "马尼拉"}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "交通局": "交通局", "澳門輕軌股份有限公司": "澳门轻轨股份有限公司",
    "輕軌公司": "轻轨公司", "交通事務局": "交通事务局",
    "澳門公共汽車股份有限公司": "澳门公共汽车股份有限公司", "澳巴": "澳巴",
    "新福利公共汽車有限公司": "新福利公共汽车有限公司", "新福利": "新福利",
    "澳門通": "澳门通", "澳門通股份有限公司": "澳门通股份有限公司",
    "支付寶": "支付宝", "微信支付": "微信支付", "中國銀聯": "中国银联",
    "統計暨普查局": "统计暨普查局", "統計局": "统计局", "旅遊局": "旅游局",
    "珠海市交通運輸局": "珠海市交通运输局",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "銀河娛樂": "银河娱乐", "金沙中國": "金沙中国",
    "新濠博亞": "新濠博亚", "美高梅": "美高梅", "運輸工務司": "运输工务司",
    "立法會": "立法会", "公共建設局": "公共建设局",
    "澳門城市大學": "澳门城市大学", "特區政府": "特区政府",
    "澳門科技大學": "澳门科技大学", "治安警察局": "治安警察局",
}
# Chinese-numeral days (none written here; kept for the day check)
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
# g99 the twelfth national volume-based drug procurement (拟中选 results),
# the healthcare security administration's totals, drug makers, provincial
# alliances, hospitals and pharmacies by city, analysts, the timetable.
# Simplified, UTF-16 LE WITH BOM (FF FE), 2026-11-20 (a Friday, ISO week
# 2026-W47), 21世纪经济报道; byline line 21世纪经济报道记者 林晓雯 上海报道.
# 联采办 published 昨日（11月19日）.  本周 2026-W47, 上周 2026-W46; 春节 the
# coming one, 2027-02-06.
# ===========================================================================
@doc
def g99():
    d = Doc("g99_pharma_drug_procurement")
    Y, LY, NY = "2026", "2025", "2027"
    SH, SJZ, CD, HZ, WH, SZ = ("上海市", "石家庄市", "成都市", "杭州市",
                               "武汉市", "深圳市")
    # title (a heading that opens with an ordinal; no city)
    d.metric("平均降价[[约58%]] 恒瑞", 58, "%", "approx", "")
    d.org("% [[恒瑞医药]]、齐鲁制药等", )
    d.org("恒瑞医药、[[齐鲁制药]]等药企中选")
    # byline line (opens with an ORG: no section)
    d.org("\n[[21世纪经济报道]]记者 林晓雯")
    d.city("林晓雯 [[上海]]报道")
    # P1 the joint procurement office's results (the first sentence names
    # 上海)
    d.org("\n[[国家组织药品联合采购办公室]]（")
    d.org("以下简称“[[联采办]]”）昨日")
    d.date("”）[[昨日]]（11月19日）", "2026-11-19", SH)
    d.date("昨日（[[11月19日]]）", "2026-11-19", SH)
    d.city("）在[[上海]]发布")
    d.metric("共有[[55个]]品种", 55, "个", "exact", "")
    d.metric("领域，[[445家]]企业", 445, "家", "exact", "")
    d.metric("企业的[[1035个]]产品", 1035, "个", "exact", "")
    d.metric("最终[[268家]]企业", 268, "家", "exact", "")
    d.metric("企业的[[412个]]产品", 412, "个", "exact", "")
    d.metric("拟中选药品平均降价[[约58%]]", 58, "%", "approx", "")
    d.metric("最高降幅达[[93.6%]]", "93.6", "%", "exact", "")
    d.metric("节约药费[[约236亿元]]", "236e8", "元", "approx", "")
    # P2 the national administration's totals (no CITY)
    d.org("\n[[国家医疗保障局]]（")
    d.org("以下简称“[[国家医保局]]”）有关")
    d.date("自[[2018年底]]“4+7”", "2018", "")
    d.metric("已开展[[11批]]", 11, "批", "exact", "")
    d.metric("累计覆盖[[435种]]药品", 435, "种", "exact", "")
    d.metric("平均降价[[超过50%]]", 50, "%", "over", "")
    d.date("集采，[[今年前三季度]]全国", Y, "")
    d.metric("采购总额的[[七成]]", 70, "%", "approx", "", sep="约占")
    d.date("，较[[去年同期]]提高约6个", LY, "")
    d.metric("提高[[约6个百分点]]", 6, "百分点", "approx", "")
    d.date("截至[[10月底]]，集采", "2026-10", "")
    d.metric("节约费用[[超过5000亿元]]", "5000e8", "元", "over", "")
    # P3 drug makers, shares (no CITY)
    d.org("从企业端看，[[江苏恒瑞医药股份有限公司]]（")
    d.org("以下简称“[[恒瑞医药]]”）此次")
    d.metric("此次有[[9个]]产品", 9, "个", "exact", "")
    d.org("之首；[[齐鲁制药]]、石药集团分别")
    d.org("齐鲁制药、[[石药集团]]分别")
    d.metric("分别有[[8个]]和6个", 8, "个", "exact", "")
    d.metric("8个和[[6个]]产品", 6, "个", "exact", "")
    d.org("中选，[[扬子江药业]]、正大天晴")
    d.org("、[[正大天晴]]、科伦药业")
    d.org("、[[科伦药业]]、华海药业")
    d.org("、[[华海药业]]、复星医药")
    d.org("、[[复星医药]]等企业")
    d.org("二级市场上，[[恒瑞医药]]（600276.SH）")
    d.date("（600276.SH）[[昨日]]收涨", "2026-11-19", "")
    d.metric("收涨[[2.1%]]", "2.1", "%", "exact", "")
    d.org("，[[石药集团]]（01093.HK）")
    d.metric("微跌[[0.8%]]", "0.8", "%", "exact", "")
    d.date("，[[本周]]以来化学制药", "2026-W47", "")
    d.metric("累计上涨[[3.4%]]", "3.4", "%", "exact", "")
    d.org("。[[恒瑞]]方面向")
    d.org("方面向[[21世纪经济报道]]记者表示")
    d.date("收入占比[[今年上半年]]已升至", Y, "")
    d.metric("已升至[[约56%]]", 56, "%", "approx", "")
    d.date("，[[第三季度]]营收", "2026-Q3", "")
    d.metric("营收同比增长[[14.8%]]", "14.8", "%", "exact", "")
    # P4 where the makers are (the first sentence names three cities), the
    # originators, one drug's prices (北京、上海等地), market data
    d.org("等省份，[[恒瑞医药]]所在的")
    d.city("所在的[[连云港市]]、")
    d.org("、[[齐鲁制药]]所在的济南")
    d.city("所在的[[济南]]和")
    d.org("和[[石药集团]]所在的石家庄")
    d.city("所在的[[石家庄]]合计")
    d.metric("贡献了[[约四分之一]]的", 25, "%", "approx", SJZ)
    d.org("原研药方面，[[辉瑞]]、")
    d.org("、[[阿斯利康]]、")
    d.org("、[[诺华]]等跨国药企")
    d.metric("共有[[7个]]产品参与报价", 7, "个", "exact", "")
    d.metric("最终仅[[2个]]拟中选", 2, "个", "exact", "")
    d.city("此前在[[北京]]、上海等地")
    d.city("北京、[[上海]]等地")
    d.metric("每盒[[约186元]]", 186, "元", "approx", SH)
    d.metric("每盒[[9.8元]]", "9.8", "元", "exact", SH)
    d.metric("降幅[[约95%]]", 95, "%", "approx", SH)
    d.org("。[[米内网]]数据")
    d.date("显示，[[2025年]]我国", LY, "")
    d.metric("销售额[[约1.06万亿元]]", "1.06e12", "元", "approx", "")
    d.date("已从[[2019年]]的", "2019", "")
    d.metric("的[[不足10%]]升至", 10, "%", "under", "")
    d.metric("升至[[约45%]]。", 45, "%", "approx", "")
    # P5 provincial alliances; 上海 (the last sentence names it)
    d.org("提速。[[广东省药品交易中心]]牵头")
    d.date("省际联盟[[上月]]完成", "2026-10", "")
    d.metric("覆盖[[16个]]省份", 16, "个", "exact", "")
    d.metric("省份的[[62个]]品种", 62, "个", "exact", "")
    d.metric("平均降幅[[约49%]]", 49, "%", "approx", "")
    d.metric("降幅[[超过70%]]的品种", 70, "%", "over", "")
    d.metric("的品种有[[21个]]", 21, "个", "exact", "")
    d.org("；[[湖北省医疗保障局]]牵头")
    d.date("则于[[本月初]]公布", "2026-11", "")
    d.metric("平均降幅为[[44.5%]]", "44.5", "%", "exact", "")
    d.date("将于[[明年2月]]落地", "2027-02", "")
    d.org("。[[上海市医疗保障局]]表示")
    d.date("本市已于[[今年9月]]起", "2026-09", SH)
    d.city("覆盖[[上海]]420余家")
    d.metric("覆盖上海[[420余家]]", 420, "家", "over", SH)
    # P6 hospitals (成都地区, 在杭州)
    d.org("提高。[[北京协和医院药剂科]]数据")
    d.date("该院[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]集采", "2026-10", "")
    d.metric("同类药品的[[86.5%]]", "86.5", "%", "exact", "")
    d.date("，较[[去年同期]]提高4.2", LY, "")
    d.metric("提高[[4.2个百分点]]", "4.2", "百分点", "exact", "")
    d.org("。[[四川大学华西医院]]相关")
    d.city("介绍，[[成都]]地区")
    d.metric("月均药费由[[约120元]]", 120, "元", "approx", CD)
    d.metric("降至[[不到20元]]", 20, "元", "under", CD)
    d.city("在[[杭州]]，浙江大学")
    d.org("在杭州，[[浙江大学医学院附属第一医院]]今年")
    d.date("附属第一医院[[今年前10个月]]门诊", Y, HZ)
    d.metric("同比下降[[约11%]]", 11, "%", "approx", HZ)
    d.org("；[[郑州大学第一附属医院]]称")
    d.date("称，[[10月]]该院", "2026-10", "")
    d.metric("占比达到[[79%]]", 79, "%", "exact", "")
    d.date("，较[[上月]]提高1.5", "2026-09", "")
    d.metric("提高[[1.5个百分点]]", "1.5", "百分点", "exact", "")
    # P7 pharmacies and community clinics by city
    d.city("基层医疗机构。[[武汉市]]今年起")
    d.date("武汉市[[今年]]起", Y, WH)
    d.metric("在[[1200余家]]定点", 1200, "家", "over", WH)
    d.city("，[[广州]]、深圳两市")
    d.city("广州、[[深圳]]两市")
    d.metric("已有[[超过3000家]]社区", 3000, "家", "over", SZ)
    d.city("；[[南京]]、苏州")
    d.city("南京、[[苏州]]、无锡")
    d.city("苏州、[[无锡]]等地")
    d.org("。[[国家医保局]]数据显示，截至9月底")
    d.date("截至[[9月底]]，全国", "2026-09", "")
    d.metric("已有[[约23万家]]", "23e4", "家", "approx", "")
    d.date("，[[上周]]新增药店", "2026-W46", "")
    d.metric("新增药店[[约1800家]]", 1800, "家", "approx", "")
    # P8 analysts and the industry association (no CITY)
    d.org("。[[中信证券]]研报")
    d.date("较[[去年11月]]开标", "2025-11", "")
    d.metric("第十一批[[约62%]]的水平", 62, "%", "approx", "")
    d.date("预计[[明年]]仿制药", NY, "")
    d.metric("缩小至[[5%以内]]", 5, "%", "under", "")
    d.org("。[[中国医药企业管理协会]]一位")
    d.date("减少，[[今年]]以来入选", Y, "")
    d.metric("维持在[[35%左右]]", 35, "%", "approx", "")
    # P9 the timetable (no CITY)
    d.date("将于[[明年2月]]起在全国", "2027-02", "")
    d.metric("需求量的[[70%]]确定", 70, "%", "exact", "")
    d.org("。[[联采办]]表示")
    d.date("各地将在[[春节]]前", "2027-02-06", "")
    d.date("确保患者在[[2027年3月底]]前", "2027-03", "")
    d.org("。[[国家医保局医药价格和招标采购司]]与")
    d.org("与[[国家卫生健康委员会]]本月")
    d.date("国家卫生健康委员会[[本月]]还", "2026-11", "")
    d.date("医疗机构在[[12月31日]]前", "2026-12-31", "")
    d.date("完成[[明年]]约定采购量", NY, "")
    audit = {
        "cities": ["上海", "北京", "连云港", "济南", "石家庄", "成都", "杭州",
                   "郑州", "武汉", "广州", "深圳", "南京", "苏州", "无锡",
                   "江苏", "山东", "河北", "浙江", "湖北", "广东", "四川",
                   "中国", "城市", "全国", "本市", "两市"],
        "excluded": [
            # provinces (the list of producing provinces)
            "集中在[[江苏]]、", "、[[山东]]、河北", "、[[河北]]、浙江",
            "、[[浙江]]等省份",
            # 全国 (x3), 本市 (deictic words)
            "今年前三季度[[全国]]公立", "截至9月底，[[全国]]已有",
            "起在[[全国]]执行", "表示，[[本市]]已于",
        ],
        # the 4+7 pilot (a programme's name), stock codes
        "numbers_excluded": ["“[[4]]+7”", "“4+[[7]]”", "（[[600276]].SH）",
                             "（[[01093]].HK）"],
        # ordinals of batches, 二级市场, 一款, 一位, 新一轮, 两市 (a
        # collective label for 广州、深圳), 3年 (the procurement term)
        "cn_excluded": ["[[第十二批]]国采", "发布[[第十二批]]国家",
                        "的[[第十一批]]约62%", "完成[[第四批]]药品",
                        "公布[[第三批]]中成药", "[[二级]]市场上",
                        "以[[一款]]抗凝药", "协会[[一位]]负责人",
                        "新[[一]]轮", "深圳[[两市]]已有"],
        "latin_excluded": ["600276.[[SH]]", "01093.[[HK]]"],
        "words_excluded": {"每年": 1, "月均": 1, "节约": 2, "周期": 1,
                           "采购周期为3年": 1, "明显": 1},
        # generic heads and back-references outside ORG rows
        "orgwords_excluded": {"该院": 2, "药企": 2, "企业": 9,
                              "联盟": 4, "医疗机构": 6},
        "orgstring_excluded": [],
        "orgs": ["21世纪经济报道", "国家组织药品联合采购办公室", "联采办",
                 "国家医疗保障局", "国家医保局", "江苏恒瑞医药股份有限公司",
                 "恒瑞医药", "齐鲁制药", "石药集团", "扬子江药业", "正大天晴",
                 "科伦药业", "华海药业", "复星医药", "恒瑞", "辉瑞",
                 "阿斯利康", "诺华", "米内网", "广东省药品交易中心",
                 "湖北省医疗保障局", "上海市医疗保障局", "北京协和医院药剂科",
                 "四川大学华西医院", "浙江大学医学院附属第一医院",
                 "郑州大学第一附属医院", "中信证券", "中国医药企业管理协会",
                 "国家医保局医药价格和招标采购司", "国家卫生健康委员会"],
    }
    return d, audit


# ===========================================================================
# g100 Macao's light rail and buses: the railway company's ridership, the
# transport bureau's bus figures, fares and payments, visitors by city, the
# 珠海/横琴 links, the airport, shuttle buses, the network's extension, the
# Grand Prix week, the year-end outlook.  Traditional as Macao writes it
# (澳門, 氹仔, 隨着, 「」, 按年, 佔, 首十個月, dates in Chinese numerals with
# 廿), Big5-HKSCS (〇, 氹, 着 are outside Big5 and cp950), 2026-11-22 (a
# Sunday, ISO week 2026-W47), 澳門日報; the first paragraph opens with
# 【本報消息】.  輕軌公司 published 昨（廿一）日 (2026-11-21); 上周
# 2026-W46; 國慶 (mainland and Macao) 2026-10-01; 聖誕 2026-12-25, 元旦
# 2027-01-01, 明年春節 2027-02-06 (the coming ones).
# ===========================================================================
@doc
def g100():
    d = Doc("g100_macao_light_rail_buses")
    Y, LY, NY = "2026", "2025", "2027"
    WUH, ZH, HK, HGZ, MO = "武汉市", "珠海市", "香港", "杭州市", "澳门"
    # title (a heading that opens with 輕軌; no city)
    d.date("輕軌[[首十個月]]客量", Y, "")
    d.metric("按年增[[逾三成]] 交通局", 30, "%", "over", "")
    d.org("逾三成 [[交通局]]擬增")
    # P1 the railway company's ridership (no CITY: 澳門 is inside ORGs)
    d.org("【本報消息】[[澳門輕軌股份有限公司]]（")
    d.org("（下稱[[輕軌公司]]）")
    d.date("）[[昨（廿一）日]]公布", "2026-11-21", "")
    d.date("公布，[[今年首十個月]]輕軌總客量", Y, "")
    d.metric("總客量達[[812萬人次]]", "812e4", "人次", "exact", "")
    d.metric("按年增加[[34.6%]]", "34.6", "%", "exact", "")
    d.metric("日均客量[[約2.67萬人次]]", "2.67e4", "人次", "approx", "")
    d.date("其中[[十月]]受", "2026-10", "")
    d.date("受[[國慶]]黃金周帶動", "2026-10-01", "")
    d.metric("單月客量達[[98.3萬人次]]", "98.3e4", "人次", "exact", "")
    d.org("新高。[[輕軌公司]]表示")
    d.date("自[[二〇二四年十二月]]橫琴線", "2024-12", "")
    d.metric("總客量的[[兩成]]", 20, "%", "approx", "", sep="約佔")
    d.metric("準點率保持在[[99.8%]]", "99.8", "%", "exact", "")
    d.metric("平均班距縮短至[[3.5分鐘]]", "3.5", "分钟", "exact", "")
    # P2 the transport bureau's bus figures (no CITY)
    d.org("\n[[交通事務局]]（")
    d.org("（[[交通局]]）資料")
    d.date("顯示，[[今年首三季]]全澳", Y, "")
    d.metric("總客量[[約1.62億人次]]", "1.62e8", "人次", "approx", "")
    d.metric("按年上升[[5.8%]]", "5.8", "%", "exact", "")
    d.metric("日均[[約59.3萬人次]]", "59.3e4", "人次", "approx", "")
    d.date("其中[[九月份]]受颱風", "2026-09", "")
    d.metric("按月下跌[[4.1%]]", "4.1", "%", "exact", "")
    d.org("方面，[[澳門公共汽車股份有限公司]]（")
    d.org("（[[澳巴]]）首三季")
    d.date("（澳巴）[[首三季]]載客", Y, "")
    d.metric("載客[[約8,960萬人次]]", "8960e4", "人次", "approx", "")
    d.org("，[[新福利公共汽車有限公司]]（")
    d.org("（[[新福利]]）則約")
    d.metric("則[[約7,240萬人次]]", "7240e4", "人次", "approx", "")
    d.org("。[[交通局]]上周公布")
    d.date("交通局[[上周]]公布", "2026-W46", "")
    d.metric("平均評分為[[6.9分]]", "6.9", "分", "exact", "")
    d.date("較[[去年]]的6.5分", LY, "")
    d.metric("去年的[[6.5分]]", "6.5", "分", "exact", "")
    d.metric("每小時[[15.6公里]]", "15.6", "公里", "exact", "")
    d.org("公里。[[交通局]]今年首十個月")
    d.date("交通局[[今年首十個月]]共接獲", Y, "")
    d.metric("投訴[[1,236宗]]", 1236, "宗", "exact", "")
    d.metric("按年減少[[7.3%]]", "7.3", "%", "exact", "")
    # P3 fares and payments (no CITY)
    d.metric("單程車資為[[6元]]", 6, "元", "exact", "")
    d.org("使用[[澳門通]]卡等本地")
    d.metric("乘車只需[[3元]]", 3, "元", "exact", "")
    d.metric("，[[65歲以上]]長者", 65, "岁", "over", "")
    d.metric("票價介乎[[6元]]至10元", 6, "元", "exact", "")
    d.metric("介乎6元至[[10元]]", 10, "元", "exact", "")
    d.metric("可享[[五折]]優惠", 50, "%", "exact", "")
    d.org("內地旅客，[[交通局]]今年七月")
    d.date("交通局[[今年七月]]起", "2026-07", "")
    d.org("聯同[[澳門通股份有限公司]]在")
    d.metric("在[[約900輛]]巴士", 900, "辆", "approx", "")
    d.org("使用[[支付寶]]、")
    d.org("、[[微信支付]]及")
    d.org("及[[中國銀聯]]雲閃付")
    d.date("至[[上月底]]累計", "2026-10", "")
    d.metric("累計交易[[逾460萬筆]]", "460e4", "笔", "over", "")
    d.org("。[[澳門通]]表示")
    d.org("流通的[[澳門通]]卡")
    d.metric("澳門通卡[[約165萬張]]", "165e4", "张", "approx", "")
    d.metric("合共約佔[[23%]]", 23, "%", "approx", "", sep="約佔")
    # P4 visitors (the 旅遊局 sentence names ten mainland and three foreign
    # cities)
    d.org("\n[[統計暨普查局]]（")
    d.org("（[[統計局]]）數據")
    d.date("顯示，[[今年首十個月]]入境旅客", Y, "")
    d.metric("入境旅客[[約3,310萬人次]]", "3310e4", "人次", "approx", "")
    d.metric("按年增加[[9.2%]]", "9.2", "%", "exact", "")
    d.metric("內地旅客[[約2,400萬人次]]", "2400e4", "人次", "approx", "")
    d.metric("佔[[逾七成]]", 70, "%", "over", "")
    d.metric("平均逗留[[1.3日]]", "1.3", "日", "exact", "")
    d.org("。[[旅遊局]]指出")
    d.city("來自[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、中山")
    d.city("深圳、[[中山]]、佛山")
    d.city("中山、[[佛山]]及珠海")
    d.city("佛山及[[珠海]]等大灣區")
    d.city("城市，[[北京]]、上海")
    d.city("北京、[[上海]]、杭州、成都")
    d.city("上海、[[杭州]]、成都、武漢")
    d.city("杭州、[[成都]]、武漢")
    d.city("成都、[[武漢]]等城市")
    d.metric("國際旅客[[約280萬人次]]", "280e4", "人次", "approx", WUH)
    d.city("主要來自[[首爾]]、曼谷及馬尼拉")
    d.city("首爾、[[曼谷]]及馬尼拉")
    d.city("曼谷及[[馬尼拉]]。")
    # P5 珠海 and 横琴; the bridge shuttle (香港與澳門)
    d.org("加強。[[珠海市交通運輸局]]表示")
    d.city("表示，[[珠海]]方面")
    d.date("優化，[[今年國慶]]黃金周", "2026-10-01", ZH)
    d.metric("單日最高[[逾12萬人次]]", "12e4", "人次", "over", ZH)
    d.org("。[[橫琴粵澳深度合作區執行委員會]]上月")
    d.date("執行委員會[[上月廿八日]]宣布", "2026-10-28", "")
    d.date("將於[[十二月一日]]起", "2026-12-01", "")
    d.date("穿梭巴士[[今年一月]]至十月", "2026-01", HK)
    d.date("今年一月至[[十月]]載客", "2026-10", HK)
    d.metric("載客[[約1,380萬人次]]", "1380e4", "人次", "approx", HK)
    d.metric("按年增長[[18%]]", 18, "%", "exact", HK)
    d.city("來往[[香港]]與澳門")
    d.city("香港與[[澳門]]的旅客")
    # P6 the airport (the first sentence names 杭州、南京、首爾、曼谷)
    d.org("機場方面，[[澳門國際機場專營股份有限公司]]（")
    d.org("（[[CAM]]）表示")
    d.date("表示，[[今年首十個月]]機場", Y, HGZ)
    d.metric("旅客量[[約730萬人次]]", "730e4", "人次", "approx", HGZ)
    d.metric("按年增長[[11.5%]]", "11.5", "%", "exact", HGZ)
    d.metric("旅客約佔[[15%]]", 15, "%", "approx", HGZ, sep="約佔")
    d.city("往返[[杭州]]、南京")
    d.city("杭州、[[南京]]、首爾")
    d.city("南京、[[首爾]]及曼谷")
    d.city("首爾及[[曼谷]]的航線")
    d.org("；[[CAM]]正與")
    d.org("正與[[輕軌公司]]研究")
    # P7 shuttle buses and new routes (no CITY)
    d.org("交通壓力，[[交通局]]計劃")
    d.date("計劃[[明年第一季]]起", "2027-Q1", "")
    d.metric("新增[[8條]]巴士路線", 8, "条", "exact", "")
    d.org("其中[[新福利]]及澳巴")
    d.org("新福利及[[澳巴]]將分別")
    d.metric("分別營運[[5條]]和3條", 5, "条", "exact", "")
    d.metric("5條和[[3條]]", 3, "条", "exact", "")
    d.date("將於[[下月]]公布", "2026-12", "")
    d.org("營運商中，[[銀河娛樂]]、")
    d.org("、[[金沙中國]]、")
    d.org("、[[新濠博亞]]及")
    d.org("及[[美高梅]]已同意")
    d.metric("減少[[約120輛]]", 120, "辆", "approx", "")
    d.metric("數量的[[三分之一]]", "33.3333333333", "%", "exact", "")
    d.org("。[[交通局]]又表示")
    d.date("將於[[今年年底]]前", Y, "")
    d.metric("再引入[[約150輛]]", 150, "辆", "approx", "")
    d.metric("升至[[約85%]]", 85, "%", "approx", "")
    # P8 the network's extension, academics (no CITY)
    d.org("輕軌網絡方面，[[運輸工務司]]司長")
    d.org("早前在[[立法會]]表示")
    d.metric("工程進度已[[超過六成]]", 60, "%", "over", "")
    d.date("預計[[2028年]]通車", "2028", "")
    d.date("石排灣線[[去年]]日均", LY, "")
    d.metric("日均客量[[約3,800人次]]", 3800, "人次", "approx", "")
    d.date("，[[今年首十個月]]已增至", Y, "")
    d.metric("已增至[[約5,100人次]]", 5100, "人次", "approx", "")
    d.org("。[[公共建設局]]亦指")
    d.date("將於[[明年上半年]]完成", NY, "")
    d.org("完成。[[澳門城市大學]]一名學者")
    d.org("認為，[[特區政府]]應善用")
    d.org("；[[澳門科技大學]]的研究")
    d.metric("可吸引[[約600萬人次]]", "600e4", "人次", "approx", "")
    # P9 the Grand Prix (澳門 inside the event's name is CITY), the
    # year-end outlook, new trains (no CITY after the first sentence)
    d.date("\n[[本月十二日]]至十五日", "2026-11-12", MO)
    d.date("本月十二日至[[十五日]]舉行", "2026-11-15", MO)
    d.city("第七十三屆[[澳門]]格蘭披治")
    d.metric("升至[[約3.4萬人次]]", "3.4e4", "人次", "approx", MO)
    d.org("萬人次，[[交通局]]加開")
    d.metric("疏導觀眾[[約7.6萬人次]]", "7.6e4", "人次", "approx", MO)
    d.org("；[[治安警察局]]則指")
    d.date("展望[[年底]]，交通局", Y, "")
    d.org("展望年底，[[交通局]]預計")
    d.date("預計[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("或[[超過20萬人次]]", "20e4", "人次", "over", "")
    d.org("時間。[[輕軌公司]]亦表示")
    d.date("表示，[[明年春節]]前", "2027-02-06", "")
    d.metric("共[[10卡]]新列車", 10, "卡", "exact", "")
    d.metric("增至[[65卡]]", 65, "卡", "exact", "")
    d.date("在[[2027年底]]前", NY, "")
    d.metric("縮短至[[3分鐘]]。", 3, "分钟", "exact", "")
    audit = {
        "cities": ["澳門", "香港", "廣州", "深圳", "中山", "佛山", "珠海",
                   "北京", "上海", "杭州", "成都", "武漢", "首爾", "曼谷",
                   "馬尼拉", "南京", "橫琴", "氹仔", "路氹", "珠澳", "港珠澳",
                   "城市", "全澳", "兩地", "內地", "媽閣", "石排灣", "蓮花"],
        "excluded": [
            # Macao's islands and districts, light-rail lines and stations,
            # the 横琴 port of entry, a region, the bridge, 全澳
            "轉乘[[氹仔]]線的", "前往[[氹仔]]及路氹", "氹仔及[[路氹]]的",
            "把[[氹仔]]線繁忙", "自二〇二四年十二月[[橫琴]]線",
            "經[[橫琴]]口岸及", "經[[橫琴]]口岸入境", "推進珠機城際鐵路與[[橫琴]]線",
            "經[[橫琴]]口岸往來", "媽閣站與[[橫琴]]線", "[[珠澳]]交通",
            "此外，[[港珠澳]]大橋的", "等[[大灣區城市]]", "武漢等[[城市]]",
            "今年首三季[[全澳]]巴士", "往來[[兩地]]的", "為方便[[內地]]旅客",
            "其中[[內地]]旅客", "連接[[媽閣]]站",
            "[[石排灣]]線去年", "經橫琴口岸及[[蓮花]]站",
        ],
        "numbers_excluded": [],
        # ordinals (第七十三屆, 第二批), 一名 (a scholar)
        "cn_excluded": ["[[第七十三屆]]澳門", "完成[[第二批]]共",
                        "大學[[一名]]學者", "進[[一]]步縮短"],
        "latin_excluded": [],
        "words_excluded": {"日均": 4, "單月": 1, "單日": 1, "黃金周": 2,
                           "週末": 1, "假日": 1, "每日": 1, "每年": 1,
                           "每小時": 1, "按年": 7, "按月": 1, "近年": 1},
        # generic heads outside ORG rows
        "orgwords_excluded": {"巴士公司": 1, "營運商": 1, "本報": 1},
        # 全澳巴士 (all of Macao's buses) holds the letters of 澳巴
        "orgstring_excluded": ["全[[澳巴]]士總客量"],
        "orgs": ["交通局", "澳門輕軌股份有限公司", "輕軌公司", "交通事務局",
                 "澳門公共汽車股份有限公司", "澳巴", "新福利公共汽車有限公司",
                 "新福利", "澳門通", "澳門通股份有限公司", "支付寶",
                 "微信支付", "中國銀聯", "統計暨普查局", "統計局", "旅遊局",
                 "珠海市交通運輸局", "橫琴粵澳深度合作區執行委員會",
                 "澳門國際機場專營股份有限公司", "CAM", "銀河娛樂",
                 "金沙中國", "新濠博亞", "美高梅", "運輸工務司", "立法會",
                 "公共建設局", "澳門城市大學", "特區政府", "澳門科技大學",
                 "治安警察局"],
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
    which counts from the month its sentence states); 本周/上周 the ISO
    week, -1; 昨日 and 昨（N）日 the day before."""
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
    for w, k in (("本周", 0), ("上周", -1)):
        if tx.startswith(w):
            iy, iw, _ = (ref + datetime.timedelta(weeks=k)).isocalendar()
            assert norm == "%d-W%02d" % (iy, iw), r
    if tx.startswith("昨"):
        assert norm == (ref - datetime.timedelta(days=1)).isoformat(), r


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
