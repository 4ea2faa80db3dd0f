#!/usr/bin/env python3
"""Gold annotation for the held-out articles g121_city_marathons_sports_events
and g122_hk_public_transport_fares (annotator VB).

Adapted from the precedent set's tools/annotate_wb.py (now dev/tools/annotate_g115_g116.py; copied and the data
changed; it keeps the checks of annotate_wb.py and its predecessors: strict
decoding, offsets, overlaps, span edges, formats, calendar-valid DATEs,
METRIC values re-derived from the span, ORG/CITY/unit normalizations
against OpenCC t2s, audits of digits, Latin words, Chinese numerals, time
characters, city strings, ORG words and ORG strings, the independent `city`
rule computed and asserted against my hand value on every DATE/METRIC row,
the month and day a DATE span writes, the holiday table by exact span, ROC
years only in a Taiwan text, relative words resolved from the reference
date with 本周/上周/下周 + weekday, 当天/同日 repeating the latest day, the
bare-day month rule, the bracketed-day check, 去年同期 as the period its
sentence states a year earlier, the 约占 check, the hand-declared
organizations, the UTF-16 and UTF-8 checks).  Each mention is located by a
short context string in which the span is marked with [[ ]]; the context
must occur exactly `n` times in the article and one row is written per
occurrence.  Offsets are Python str indices (code points) into the article
as decoded:

- g121 is simplified (mainland, 中国体育报, 2026-11-24), stored as UTF-8
  WITHOUT a BOM; GB18030, GBK, Big5, cp950 and Big5-HKSCS fail on the bytes
  or read another text.  OpenCC t2s leaves the article unchanged.
- g122 is traditional (Hong Kong, 明報, 2026-11-17), stored as UTF-16
  LITTLE-ENDIAN WITH a BOM (FF FE), which is removed before offsets are
  counted.  Every character is in the BMP (no surrogate pairs), so code
  units = code points; the big-endian reading differs and no byte codec
  reads the file as the same text.  It writes 綫 (東鐵綫) as Hong Kong does,
  a form plain Big5 and cp950 lack.  `text` is the traditional original;
  `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s; mainland
  cities by their official name with 市, Hong Kong and foreign cities by
  their common mainland name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the precedent held-out set (/tmp/ho22/precedent: README, NOTES_wa/wb/wc,
tools, corpus, gold) as precedent.  Decisions: dev/NOTES_g121_g122.md.  Reference dates: corpus/manifest.csv; the script checks only its
own two rows, so it also runs next to other annotators' rows.

Changes from annotate_wb.py: a UTF-8 article without BOM and a UTF-16 LE
article (the byte-order check follows the declared encoding); a declared
Hong Kong form (綫) outside Big5 and cp950; units 场, 名, 人, 人次, 个, 家,
倍, 公斤, 天, 岁 (歲), 部, 辆 (輛), 程 (trips), 港元, 新元, 公里; 本周日, 上周日,
下周五 with bracketed days; 今年国庆 and 農曆新年 as holiday spans.  Re-run
(from anywhere):

    python3 dev/tools/annotate_g121_g122.py
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
    "g121_city_marathons_sports_events": ("utf-8", b"", False,
                                          "2026-11-24", "中国体育报"),
    "g122_hk_public_transport_fares": ("utf-16-le", BOM16LE, True,
                                       "2026-11-17", "明報"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g121_city_marathons_sports_events": [],
               "g122_hk_public_transport_fares": []}
# Big5-HKSCS articles' declared characters outside plain Big5 (none here:
# no article is stored in a Big5 codec)
OUTSIDE_BIG5 = {}
# Hong Kong forms a UTF-16 article declares: outside plain Big5 and cp950,
# inside Big5-HKSCS (綫 of 東鐵綫, as the MTR and Hong Kong's papers write
# it), so the text could not have been stored as plain Big5
HK_FORMS = {"g122_hk_public_transport_fares": ["綫"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years (none here)
TAIWAN = set()
TAIWAN_MARKERS = ("台灣", "臺灣", "台湾", "新台幣", "新台币", "民國", "民国",
                  "台北", "臺北", "高雄")
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协轨线铁际轮务辆笔张条岁广汉尔"
                   "丰汇亚联储证劳议楼买卖亿万观览卫录约调产内开积战兴庆续变权结"
                   "娱乐稳宾厅预测庄艺视游铺杂")
# Holidays the articles name, by their exact span (2026-2027): 今年国庆
# 2026-10-01 (the October golden week of this year); 元旦 2027-01-01 and
# 春节 / 農曆新年 2027-02-06 (the coming ones, nearest both reference dates,
# 正月初一 of 2027); 聖誕 2026-12-25; 明年農曆新年 2027-02-06.
HOLIDAY = {
    "今年国庆": "2026-10-01", "元旦": "2027-01-01", "春节": "2027-02-06",
    "聖誕": "2026-12-25", "農曆新年": "2027-02-06",
    "明年農曆新年": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11", "除夕",
                 "农历", "農曆")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g121 (2026: municipalities and prefecture-level cities)
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "成都": "成都市",
    "杭州": "杭州市", "厦门": "厦门市", "南京": "南京市", "武汉": "武汉市",
    "西安": "西安市", "常州": "常州市", "扬州": "扬州市", "盐城": "盐城市",
    "苏州": "苏州市", "无锡": "无锡市",
    # g122 (traditional spans; mainland cities with 市, Hong Kong and
    # foreign cities by their common mainland names)
    "香港": "香港", "深圳": "深圳市", "新加坡": "新加坡", "倫敦": "伦敦",
    "東京": "东京", "首爾": "首尔", "廣州": "广州市", "東莞": "东莞市",
}
# cities normalized without 市: Hong Kong and foreign cities by their common
# mainland names (SPEC); every other (mainland) city ends with 市
NO_SHI = {"香港", "新加坡", "伦敦", "东京", "首尔"}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "明報": "明报", "港鐵公司": "港铁公司", "九龍巴士": "九龙巴士",
    "九巴": "九巴", "運輸署": "运输署", "運輸及物流局": "运输及物流局",
    "行政會議": "行政会议", "立法會交通事務委員會": "立法会交通事务委员会",
    "港鐵": "港铁", "八達通": "八达通", "載通國際控股": "载通国际控股",
    "城巴": "城巴", "新大嶼山巴士": "新大屿山巴士", "龍運巴士": "龙运巴士",
    "香港的士業議會": "香港的士业议会", "香港電車": "香港电车",
    "天星小輪": "天星小轮", "新渡輪": "新渡轮", "港九小輪": "港九小轮",
    "深圳地鐵": "深圳地铁", "深圳市交通運輸局": "深圳市交通运输局",
    "廣州地鐵": "广州地铁", "新加坡公共交通理事會": "新加坡公共交通理事会",
    "香港理工大學": "香港理工大学", "香港社會服務聯會": "香港社会服务联会",
    "社聯": "社联", "消費者委員會": "消费者委员会",
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


def cn_big(s):
    """An integer in Chinese numerals with place characters (十百千) and
    magnitudes (萬/万, 億/亿), as Macao's papers write amounts:
    二百四十一億六千萬 -> 24160000000.  Digits must be separated by a place
    or magnitude character (adjacent digits are vague, GUIDELINES)."""
    digits = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "零": 0, "〇": 0}
    places = {"十": 10, "百": 100, "千": 1000}
    total, section, num = Decimal(0), Decimal(0), None
    prev_digit = False
    for ch in s:
        if ch in digits:
            assert not prev_digit, s            # 二三 would be vague
            num, prev_digit = Decimal(digits[ch]), True
            continue
        prev_digit = False
        if ch in places:
            section += (num if num is not None else 1) * places[ch]
        elif ch in "萬万":
            section = (section + (num or 0)) * 10 ** 4
        elif ch in "億亿":
            total = (total + section + (num or 0)) * 10 ** 8
            section = Decimal(0)
        else:
            raise AssertionError(s)
        num = None
    return total + section + (num or 0)


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


def decodes(raw, enc):
    try:
        raw.decode(enc)
        return True
    except UnicodeDecodeError:
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
            assert not decodes(full, "utf-8"), f"{doc_id}: decodes as UTF-8"
        else:                   # a UTF-8 article is no GB or Big5 file: a
            assert any(ord(c) > 0x7F for c in self.text)   # legacy codec
            for other in ("gb18030", "gbk", "big5", "cp950",    # fails or
                          "big5hkscs"):             # reads another text
                assert not decodes(raw, other) or raw.decode(other) != \
                    self.text, (doc_id, other)
        astral = [c for c in self.text if ord(c) > 0xFFFF]
        assert astral == OUTSIDE_BMP[doc_id], (doc_id, astral)
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert not decodes(raw, other) or raw.decode(other) != self.text
            # code units = code points + one per surrogate pair
            assert len(raw) // 2 == len(self.text) + len(astral), doc_id
            for other in ("gb18030", "gbk", "big5", "cp950", "big5hkscs"):
                assert not decodes(full, other) or \
                    full.decode(other) != self.text, (doc_id, other)
            # the BOM names the byte order: a little-endian file opens
            # FF FE, then the first character's low byte (g122: 港 is
            # U+6E2F, bytes 2F 6E); read big-endian it is another text
            assert full[:2] == bom and full[2:4] == \
                self.text[0].encode(enc), doc_id
            assert full[:2] == (BOM16LE if enc == "utf-16-le"
                                else BOM16BE), doc_id
        if enc == "big5hkscs":  # Hong Kong's and Macao's Big5: the declared
            outside = sorted({c for c in self.text   # HKSCS characters are
                              if not enc_ok(c, "big5")})  # the only ones
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)
            assert outside, f"{doc_id}: declare an HKSCS character"
            for other in ("big5", "cp950"):         # so Big5 and Taiwan's
                assert not all(enc_ok(c, other)     # cp950 cannot read it
                               for c in outside), (doc_id, other)
                assert not decodes(raw, other), (doc_id, other)
            for other in ("gbk", "gb2312"):         # no GB file
                assert not decodes(raw, other), (doc_id, other)
            assert all(len(c.encode(enc)) == 2 for c in self.text
                       if ord(c) > 0x7F), f"{doc_id}: double-byte"
        for c in HK_FORMS.get(doc_id, []):     # Hong Kong's own forms: no
            assert c in self.text, (doc_id, c)  # plain Big5 or cp950 file
            assert not enc_ok(c, "big5") and not enc_ok(c, "cp950"), c
            assert enc_ok(c, "big5hkscs"), c
        assert "\ufeff" not in self.text and "\r" not in self.text
        assert "\x00" not in self.text
        assert self.text.endswith("\n") and not self.text.endswith("\n\n")
        if self.traditional:
            bad = [c for c in self.text if c in SIMPLIFIED_ONLY]
            assert not bad, f"{doc_id}: simplified characters {bad}"
        if doc_id in TAIWAN:    # a Taiwan text: ROC markers are written
            assert "新台幣" in self.text and "台北" in self.text, doc_id
        else:                   # a mainland or Hong Kong text writes no
            for w in TAIWAN_MARKERS:            # Taiwan marker and no bare
                assert w not in self.text, (doc_id, w)   # 2-3 digit year
            assert not re.search(r"(?<!\d)\d{2,3}年", self.text), doc_id
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
        if any(w in span for w in HOLIDAY_WORDS) or span == "十一":
            assert HOLIDAY[span] == normalized, (ctx, normalized)
            if span == "十一":          # National Day only before 黃金周
                m = re.search(r"\[\[十一\]\](.*)", ctx)   # (GUIDELINES), a
                assert re.match("[」”』]?(黄金周|黃金周)", m.group(1)), ctx
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
# g121 city marathons and sports events: 中国田协's national figures for the
# first three quarters, the 北京 marathon (entries, runners from other
# cities, hotels, 美团), the coming 上海 marathon (hotel chains, 携程, 飞猪,
# 东方航空), 广州 and 杭州 (bureaus, a joint ticket, visitors, 特步 and 安踏),
# 厦门 and 南京, 江苏's city football league, travel platforms and sponsors,
# 中国旅游研究院, 中国银联, 招商银行, 悦跑圈, the statistics bureau and the
# ministries' notice, 上海's event calendar, a professor's warning.
# Simplified, UTF-8 without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48),
# 中国体育报; the dateline 本报北京11月23日电 记者刘畅 opens the first
# paragraph.  昨日 2026-11-23; 上周 2026-W47 (上周日 2026-11-22); 本周日
# 2026-11-29; 今年国庆 2026-10-01; 元旦 2027-01-01 and 春节 2027-02-06 (the
# coming ones).
# ===========================================================================
@doc
def g121():
    d = Doc("g121_city_marathons_sports_events")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    BJ, SH, GZ, CD, HZ, XM, NJ, CZ, YC, WX = (
        "北京市", "上海市", "广州市", "成都市", "杭州市", "厦门市", "南京市",
        "常州市", "盐城市", "无锡市")
    # title (a heading that opens with 马拉松: no section, no city)
    d.date("消费 [[前三季度]]路跑", Y, "")
    d.metric("带动消费[[超310亿元]]\n", "310e8", "元", "over", "")
    # P1 the dateline, 中国田协's figures (北京 of the dateline in the first
    # sentence, up to ；)
    d.city("本报[[北京]]11月23日电")
    d.date("本报北京[[11月23日]]电", "2026-11-23", BJ)
    d.org("记者刘畅 [[中国田径协会]]（")
    d.org("以下简称“[[中国田协]]”）")
    d.date("”）[[23日]]发布", "2026-11-23", BJ)
    d.date("显示，[[今年前三季度]]，全国", Y, BJ)
    d.metric("路跑赛事[[2286场]]", 2286, "场", "exact", BJ)
    d.metric("参赛规模[[约620万人次]]", "620e4", "人次", "approx", BJ)
    d.date("较[[去年同期]]增长11.5%", LY, BJ)
    d.metric("增长[[11.5%]]；", "11.5", "%", "exact", BJ)
    d.metric("赛事[[约890场]]", 890, "场", "approx", "")
    d.metric("直接消费[[超过310亿元]]", "310e8", "元", "over", "")
    d.date("。[[2025年]]，全国", "2025", "")
    d.metric("全年共[[749场]]", 749, "场", "exact", "")
    d.org("。[[国家体育总局]]有关负责人")
    # P2 the 北京 marathon
    d.date("\n[[11月1日]]鸣枪的", "2026-11-01", BJ)
    d.date("鸣枪的[[2026]]北京马拉松", Y, BJ)
    d.city("鸣枪的2026[[北京]]马拉松吸引")
    d.metric("吸引[[3万名]]跑者", "3e4", "名", "exact", BJ)
    d.metric("达到[[21.6万人]]", "21.6e4", "人", "exact", BJ)
    d.metric("中签率[[不足14%]]", 14, "%", "under", BJ)
    d.org("。[[北京市体育局]]数据显示")
    d.metric("占比[[约62%]]", 62, "%", "approx", SH)
    d.city("来自[[上海]]、广州、成都")
    d.city("上海、[[广州]]、成都等")
    d.city("广州、[[成都]]等城市")
    d.metric("跑者均[[超过1000人]]", 1000, "人", "over", CD)
    d.org("运营方[[中奥路跑]]介绍")
    d.metric("入住率[[超过九成]]", 90, "%", "over", "")
    d.org("。[[美团]]数据显示")
    d.city("赛事周末[[北京]]“住宿")
    d.metric("增长[[37%]]，跑者", 37, "%", "exact", BJ)
    d.metric("人均消费[[约1860元]]", 1860, "元", "approx", BJ)
    # P3 the coming 上海 marathon
    d.date("\n[[本周日]]（11月29日）", "2026-11-29", SH)
    d.date("本周日（[[11月29日]]）", "2026-11-29", SH)
    d.date("，[[2026]]上海马拉松", Y, SH)
    d.city("，2026[[上海]]马拉松将在")
    d.metric("，[[3.8万个]]参赛名额", "3.8e4", "个", "exact", SH)
    d.metric("报名者[[逾26万人]]", "26e4", "人", "over", SH)
    d.org("。[[上海市体育局]]相关负责人")
    d.date("介绍，[[今年]]赛事首次", Y, "")
    d.org("联合[[锦江酒店]]、华住集团")
    d.org("锦江酒店、[[华住集团]]、亚朵")
    d.org("华住集团、[[亚朵]]等企业")
    d.metric("企业的[[近200家]]门店", 200, "家", "approx", "")
    d.org("。[[携程]]数据显示")
    d.date("截至[[昨日]]，赛事期间", "2026-11-23", SH)
    d.city("赛事期间[[上海]]酒店预订量")
    d.metric("同比增长[[45%]]，其中", 45, "%", "exact", SH)
    d.metric("占比[[超过七成]]", 70, "%", "over", SH)
    d.org("；[[飞猪]]平台上")
    d.metric("销量同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.org("。[[东方航空]]则为")
    d.metric("每人[[5公斤]]免费", 5, "公斤", "exact", "")
    d.metric("已有[[约4200人次]]申请", 4200, "人次", "approx", "")
    # P4 广州 and 杭州
    d.city("\n在[[广州]]，2026广州马拉松")
    d.date("在广州，[[2026]]广州马拉松", Y, GZ)
    d.city("，2026[[广州]]马拉松将于")
    d.date("将于[[12月13日]]开跑", "2026-12-13", GZ)
    d.org("。[[广州市体育局]]与")
    d.org("与[[广州市文化广电旅游局]]推出")
    d.city("白云山、[[广州]]塔等景区")
    d.metric("享受[[8折]]优惠", 80, "%", "exact", GZ)
    d.city("。[[杭州]]则在本月8日")
    d.date("杭州则在[[本月8日]]举办", "2026-11-08", HZ)
    d.date("举办了[[2026]]杭州马拉松", Y, HZ)
    d.city("举办了2026[[杭州]]马拉松，")
    d.org("，[[杭州市体育局]]数据显示")
    d.metric("接待游客[[约118万人次]]", "118e4", "人次", "approx", HZ)
    d.metric("旅游收入[[约14.7亿元]]", "14.7e8", "元", "approx", HZ)
    d.metric("分别增长[[9.2%]]和12.6%", "9.2", "%", "exact", HZ)
    d.metric("9.2%和[[12.6%]]。", "12.6", "%", "exact", HZ)
    d.org("。[[特步]]、安踏等")
    d.org("特步、[[安踏]]等国产")
    d.org("，[[特步集团]]在赛事期间")
    d.metric("销售额[[突破5000万元]]", "5000e4", "元", "over", "")
    # P5 厦门 and 南京
    d.city("\n[[厦门]]马拉松向来")
    d.org("。[[厦门市体育局]]透露")
    d.date("透露，[[2027]]厦门马拉松", NY, XM)
    d.city("，2027[[厦门]]马拉松将于")
    d.date("将于[[明年1月3日]]举行", "2027-01-03", XM)
    d.metric("较上届增长[[约18%]]", 18, "%", "approx", XM)
    d.org("。[[厦门市文化和旅游局]]预计")
    d.date("带动[[元旦]]至春节期间", "2027-01-01", "")
    d.date("元旦至[[春节]]期间外地", "2027-02-06", "")
    d.metric("游客消费[[约9亿元]]", "9e8", "元", "approx", "")
    d.date("。[[上周日]]，2026南京", "2026-11-22", NJ)
    d.date("上周日，[[2026]]南京马拉松", Y, NJ)
    d.city("上周日，2026[[南京]]马拉松在")
    d.org("，[[南京市体育局]]统计")
    d.metric("统计，[[2.5万名]]参赛者", "2.5e4", "名", "exact", NJ)
    d.metric("占比达[[68%]]", 68, "%", "exact", NJ)
    d.city("。[[成都]]、武汉、西安等城市则")
    d.city("成都、[[武汉]]、西安等城市则")
    d.city("武汉、[[西安]]等城市则")
    # P6 江苏's city football league
    d.date("。[[今年5月]]至10月举行", "2026-05", CZ)
    d.date("今年5月至[[10月]]举行", OCT, CZ)
    d.metric("现场观众[[超过280万人次]]", "280e4", "人次", "over", CZ)
    d.org("，[[江苏省体育局]]数据显示")
    d.city("显示，[[常州]]、扬州、盐城")
    d.city("常州、[[扬州]]、盐城等")
    d.city("扬州、[[盐城]]等主场城市")
    d.metric("平均增长[[约35%]]", 35, "%", "approx", YC)
    d.city("。[[苏州]]、无锡两地")
    d.city("苏州、[[无锡]]两地")
    d.metric("球迷游客[[约46万人次]]", "46e4", "人次", "approx", WX)
    # P7 travel platforms and sponsors
    d.org("。[[同程旅行]]统计")
    d.date("统计，[[上周]]发往杭州", "2026-W47", HZ)
    d.city("发往[[杭州]]、上海两地")
    d.city("发往杭州、[[上海]]两地")
    d.metric("环比增长[[约33%]]", 33, "%", "approx", SH)
    d.org("；[[高德]]地图显示")
    d.city("显示，[[北京]]马拉松举行的")
    d.date("举行的[[11月1日]]当天", "2026-11-01", BJ)
    d.date("11月1日[[当天]]，赛道", "2026-11-01", BJ)
    d.metric("较平日增长[[近40%]]", 40, "%", "approx", BJ)
    d.date("，[[今年]]北京马拉松、", Y, BJ)
    d.city("今年[[北京]]马拉松、上海")
    d.city("北京马拉松、[[上海]]马拉松的官方")
    d.metric("分别达到[[26家]]和31家", 26, "家", "exact", SH)
    d.metric("26家和[[31家]]，", 31, "家", "exact", SH)
    d.org("，[[中国银行]]、东风日产")
    d.org("中国银行、[[东风日产]]、农夫山泉")
    d.org("东风日产、[[农夫山泉]]等企业")
    d.org("，[[耐克]]、亚瑟士")
    d.org("耐克、[[亚瑟士]]、李宁")
    d.org("亚瑟士、[[李宁]]等品牌")
    # P8 research, bank card data, the running app (no CITY)
    d.org("\n[[中国旅游研究院]]发布")
    d.metric("停留[[2.6天]]", "2.6", "天", "exact", "")
    d.metric("人均花费[[约3200元]]", 3200, "元", "approx", "")
    d.metric("普通游客的[[1.8倍]]", "1.8", "倍", "exact", "")
    d.org("。[[中国银联]]数据显示")
    d.date("显示，[[10月]]全国体育赛事", OCT, "")
    d.metric("增长[[21.3%]]；", "21.3", "%", "exact", "")
    d.org("；[[招商银行信用卡中心]]统计")
    d.date("统计，[[今年国庆]]假期", "2026-10-01", "")
    d.metric("同比增长[[约26%]]", 26, "%", "approx", "")
    d.org("。[[悦跑圈]]数据则")
    d.date("截至[[10月底]]，平台", OCT, "")
    d.metric("注册跑者[[超过1.6亿人]]", "1.6e8", "人", "over", "")
    d.metric("其中[[30岁]]至45岁", 30, "岁", "exact", "")
    d.metric("30岁至[[45岁]]的跑者", 45, "岁", "exact", "")
    d.metric("占比[[约54%]]", 54, "%", "approx", "")
    # P9 the statistics bureau, the ministries' notice, 上海's calendar
    d.org("\n[[国家统计局]]数据显示")
    d.date("显示，[[1月]]至10月，", "2026-01", "")
    d.date("1月至[[10月]]，全国限额", OCT, "")
    d.metric("同比增长[[8.4%]]", "8.4", "%", "exact", "")
    d.org("。[[商务部]]、文化和旅游部")
    d.org("商务部、[[文化和旅游部]]、国家体育总局")
    d.org("文化和旅游部、[[国家体育总局]]上月")
    d.date("国家体育总局[[上月]]联合", OCT, "")
    d.date("提出到[[2027年底]]培育", NY, "")
    d.metric("培育[[100个左右]]", 100, "个", "approx", "")
    d.date("各地在[[元旦]]、春节期间", "2027-01-01", "")
    d.date("元旦、[[春节]]期间举办", "2027-02-06", "")
    d.org("。[[上海市文化和旅游局]]有关")
    d.city("表示，[[上海]]将在明年")
    d.date("上海将在[[明年]]推出", NY, SH)
    d.metric("年增长[[10%以上]]", 10, "%", "over", SH)
    # P10 the professor's warning (no CITY)
    d.org("。[[北京体育大学体育商学院]]一位")
    d.metric("上涨[[2]]至3倍", 2, "倍", "exact", "", shared="倍")
    d.metric("上涨2至[[3倍]]，", 3, "倍", "exact", "")
    d.date("，[[去年]]就有多地", LY, "")
    audit = {
        "cities": ["北京", "上海", "广州", "成都", "杭州", "厦门", "南京",
                   "武汉", "西安", "常州", "扬州", "盐城", "苏州", "无锡",
                   "京", "江苏", "中国", "全国", "全市", "城市", "外滩",
                   "天安门", "前门", "白云山", "奥体中心", "外省市"],
        "excluded": [
            # 京外 (a one-character abbreviation), 全国 (x4), 全市, 城市 (x10),
            # the province (江苏省 in the league's name), scenic spots and a
            # venue, 外省市
            "[[京]]外跑者", "，[[全国]]共举办", "。2025年，[[全国]]马拉松",
            "10月[[全国]]体育赛事", "，[[全国]]限额以上", "全市", "城市文旅",
            "成都等[[城市]]的跑者", "西安等[[城市]]则", "[[城市]]足球联赛、",
            "第二届江苏省[[城市]]足球联赛", "主场[[城市]]在", "赛事[[城市]]停留",
            "举办[[城市]]的住宿", "示范[[城市]]", "部分[[城市]]赛事",
            "第二届[[江苏]]省", "外滩", "天安门", "前门", "白云山", "奥体中心",
            "外省市",
        ],
        "numbers_excluded": [],
        # 半程 (the half marathon), 三天 (a duration), 一带, 第二届 (an
        # ordinal), 两地 (x2, collective labels), 一房难求, 一位, 一票多用
        "cn_excluded": ["及[[半]]程马拉松", "前后[[三天]]", "前门[[一]]带",
                        "第[[二]]届", "无锡[[两地]]", "上海[[两地]]",
                        "“[[一]]房难求”", "[[一位]]教授", "“[[一]]票多用”"],
        "latin_excluded": [],
        # 周末 (x3), 平日 (x2), 单日, 冬季 (a season without a year word), 全年
        # (x2), 年增长, 多年 (连续多年), 周边, 天价房 (天), 日历 (赛事日历)
        "words_excluded": {"周末": 3, "平日": 2, "单日": 1, "冬季": 1,
                           "全年": 2, "年增长": 1, "多年": 1, "周边": 1,
                           "天价房": 1, "日历": 1},
        # generic heads and kinds outside ORG rows (等企业 x2, 品牌 x2 …)
        "orgwords_excluded": {"集团": 0, "协会": 0, "研究院": 0, "体育局": 0,
                              "旅游局": 0, "银行": 0, "大学": 0, "部门": 1,
                              "企业": 2, "品牌": 2, "平台": 3},
        "orgstring_excluded": [],
        "orgs": ["中国田径协会", "中国田协", "国家体育总局", "北京市体育局",
                 "中奥路跑", "美团", "上海市体育局", "锦江酒店", "华住集团",
                 "亚朵", "携程", "飞猪", "东方航空", "广州市体育局",
                 "广州市文化广电旅游局", "杭州市体育局", "特步", "安踏",
                 "特步集团", "厦门市体育局", "厦门市文化和旅游局",
                 "南京市体育局", "江苏省体育局", "同程旅行", "高德", "中国银行",
                 "东风日产", "农夫山泉", "耐克", "亚瑟士", "李宁",
                 "中国旅游研究院", "中国银联", "招商银行信用卡中心", "悦跑圈",
                 "国家统计局", "商务部", "文化和旅游部", "上海市文化和旅游局",
                 "北京体育大学体育商学院"],
    }
    return d, audit


# ===========================================================================
# g122 Hong Kong public transport fares: 港鐵's fare adjustment under the
# mechanism, 九巴's application to the transport department, the bureau and
# the Executive Council, LegCo's panel; 港鐵's patronage and fare revenue;
# 九巴's loss and its parent's results, 城巴, 嶼巴 and 龍運; bus and taxi
# patronage; the tram and the ferries; the fare subsidy scheme and the
# elderly concession; 深圳, 廣州 and 新加坡 compared; cross-boundary trips
# north; 理大's comparison of cities; 社聯's survey; the consumer council,
# 港鐵's promotions and the timetable of the decisions.  Traditional as Hong
# Kong writes it (按年, 佔, 首10個月, 首三季, 第二季, 上周, 公布, 綫, 的士,
# 起錶, 「」), UTF-16 LITTLE-ENDIAN WITH BOM (FF FE), 2026-11-17 (a Tuesday,
# ISO week 2026-W47), 明報; the first paragraph opens with 【明報專訊】.
# 港鐵 published 昨日（16日）; 上周 2026-W46; 下周五（27日） 2026-11-27;
# 聖誕 2026-12-25, 元旦 2027-01-01, 農曆新年 and 明年農曆新年 2027-02-06.
# ===========================================================================
@doc
def g122():
    d = Doc("g122_hk_public_transport_fares")
    Y, LY, NY, OCT, SEP, NOV = ("2026", "2025", "2027", "2026-10",
                                "2026-09", "2026-11")
    HK, SZ, SH, SG, LDN, TYO, GZ = ("香港", "深圳市", "上海市", "新加坡",
                                    "伦敦", "东京", "广州市")
    # title (a heading that opens with 港鐵, an ORG: no section, no city)
    d.org("[[港鐵]]明年車費平均")
    d.date("港鐵[[明年]]車費平均", NY, "")
    d.metric("平均加[[3.1%]] 九巴", "3.1", "%", "exact", "")
    d.org("% [[九巴]]申請加價")
    d.metric("申請加價[[7.5%]] 交通", "7.5", "%", "exact", "")
    # P1 the announcements (no CITY)
    d.org("【[[明報]]專訊】")
    d.org("】[[港鐵公司]]昨日")
    d.date("港鐵公司[[昨日]]（16日）", "2026-11-16", "")
    d.date("昨日（[[16日]]）公布", "2026-11-16", "")
    d.date("計算，[[明年6月28日]]起", "2027-06-28", "")
    d.metric("平均上調[[3.1%]]，是連續", "3.1", "%", "exact", "")
    d.org("；[[九龍巴士]]（九巴）")
    d.org("九龍巴士（[[九巴]]）上周")
    d.date("（九巴）[[上周]]亦向", "2026-W46", "")
    d.org("向[[運輸署]]申請加價7.5%")
    d.metric("運輸署申請加價[[7.5%]]。", "7.5", "%", "exact", "")
    d.org("。[[運輸及物流局]]表示")
    d.org("須交[[行政會議]]審批")
    d.org("。[[立法會交通事務委員會]]將於")
    d.date("將於[[下周五]]（27日）", "2026-11-27", "")
    d.date("下周五（[[27日]]）召開", "2026-11-27", "")
    # P2 港鐵's adjustment and patronage (no CITY)
    d.org("\n[[港鐵]]表示，按機制")
    d.date("計算，[[今年]]的整體", Y, "")
    d.metric("調整幅度為[[3.6%]]", "3.6", "%", "exact", "")
    d.metric("安排下的[[0.5個百分點]]", "0.5", "百分点", "exact", "")
    d.metric("實際加幅為[[3.1%]]", "3.1", "%", "exact", "")
    d.org("以[[八達通]]成人車資")
    d.metric("每程增加[[約0.4元]]", "0.4", "元", "approx", "")
    d.metric("，[[約六成]]乘客", 60, "%", "approx", "")
    d.metric("加幅在[[0.3元以下]]", "0.3", "元", "under", "")
    d.org("。[[港鐵]]資料顯示，今年首10個月本地")
    d.date("資料顯示，[[今年首10個月]]本地", Y, "")
    d.metric("乘客量[[約486萬人次]]", "486e4", "人次", "approx", "")
    d.metric("按年增加[[2.4%]]；", "2.4", "%", "exact", "")
    d.date("；[[今年上半年]]車費收入", Y, "")
    d.metric("車費收入[[約95.2億元]]", "95.2e8", "元", "approx", "")
    d.metric("按年增加[[4.7%]]。", "4.7", "%", "exact", "")
    # P3 九巴, its parent, 城巴, 嶼巴 and 龍運 (no CITY)
    d.org("\n[[九巴]]指，受燃油")
    d.date("影響，[[今年上半年]]錄得", Y, "")
    d.metric("虧損[[約3.8億元]]", "3.8e8", "元", "approx", "")
    d.metric("平均加幅[[約0.5元]]", "0.5", "元", "approx", "")
    d.org("。[[九巴]]母公司")
    d.org("母公司[[載通國際控股]]上月")
    d.date("載通國際控股[[上月]]公布", OCT, "")
    d.date("集團[[上半年]]股東", Y, "")
    d.metric("溢利[[約1.2億元]]", "1.2e8", "元", "approx", "")
    d.metric("按年減少[[31%]]", 31, "%", "exact", "")
    d.org("。[[城巴]]亦於本月初")
    d.date("城巴亦於[[本月初]]申請", NOV, "")
    d.metric("申請加價[[6.8%]]", "6.8", "%", "exact", "")
    d.org("，[[新大嶼山巴士]]及龍運巴士")
    d.org("新大嶼山巴士及[[龍運巴士]]則分別")
    d.metric("分別申請加價[[5.2%]]及4.6%", "5.2", "%", "exact", "")
    d.metric("5.2%及[[4.6%]]。", "4.6", "%", "exact", "")
    d.org("。[[城巴]]指，旗下")
    d.metric("旗下[[約1,150部]]巴士", 1150, "部", "approx", "")
    d.metric("已增至[[約190部]]", 190, "部", "approx", "")
    d.date("，[[明年底]]前將再引入", NY, "")
    d.metric("再引入[[約120部]]", 120, "部", "approx", "")
    d.metric("柴油巴士高[[約三成]]", 30, "%", "approx", "")
    # P4 bus and taxi patronage, the taxi council (香港 only inside the ORG)
    d.org("\n[[運輸署]]資料顯示")
    d.date("資料顯示，[[今年9月]]專營巴士", SEP, "")
    d.metric("載客[[約373萬人次]]", "373e4", "人次", "approx", "")
    d.date("較[[去年同期]]減少1.8%", "2025-09", "")
    d.metric("減少[[1.8%]]，近年", "1.8", "%", "exact", "")
    d.metric("流失[[約一成]]乘客", 10, "%", "approx", "")
    d.org("，[[香港的士業議會]]表示")
    d.metric("收費現為[[29元]]", 29, "元", "exact", "")
    d.metric("加至[[32元]]", 32, "元", "exact", "")
    d.metric("加幅[[約10.3%]]", "10.3", "%", "approx", "")
    d.metric("的士[[約1.8萬輛]]", "1.8e4", "辆", "approx", "")
    d.date("，[[今年9月]]平均每日載客約54萬", SEP, "")
    d.metric("載客[[約54萬人次]]", "54e4", "人次", "approx", "")
    # P5 the tram and the ferries (no CITY)
    d.org("。[[香港電車]]早前")
    d.date("提出，[[明年1月1日]]起", "2027-01-01", "")
    d.metric("由[[3.3元]]調高", "3.3", "元", "exact", "")
    d.metric("調高至[[3.6元]]", "3.6", "元", "exact", "")
    d.metric("維持[[1.6元]]", "1.6", "元", "exact", "")
    d.metric("每日載客[[約15萬人次]]", "15e4", "人次", "approx", "")
    d.org("。[[天星小輪]]表示")
    d.date("表示，[[今年首三季]]乘客量", Y, "")
    d.metric("乘客量[[約1,120萬人次]]", "1120e4", "人次", "approx", "")
    d.date("疫情前的[[2019年]]低", "2019", "")
    d.metric("低[[約15%]]", 15, "%", "approx", "")
    d.org("已向[[運輸署]]申請把")
    d.metric("票價上調[[0.5元]]", "0.5", "元", "exact", "")
    d.org("；[[新渡輪]]及港九小輪")
    d.org("新渡輪及[[港九小輪]]則計劃")
    d.date("計劃[[明年第二季]]再提出", "2027-Q2", "")
    # P6 the fare subsidy scheme and the elderly concession (no CITY)
    d.date("政府自[[2024年]]起", "2024", "")
    d.metric("開支[[超過500元]]的市民", 500, "元", "over", "")
    d.metric("超出部分的[[三分之一]]作補貼", "33.3333333333", "%", "exact",
             "")
    d.metric("每月上限[[400元]]", 400, "元", "exact", "")
    d.org("。[[運輸及物流局]]昨日")
    d.date("運輸及物流局[[昨日]]向", "2026-11-16", "")
    d.org("向[[立法會交通事務委員會]]提交")
    d.date("顯示，[[今年首9個月]]平均", Y, "")
    d.metric("約有[[236萬人]]受惠", "236e4", "人", "approx", "", sep="約")
    d.metric("補貼[[約17.6億元]]", "17.6e8", "元", "approx", "")
    d.metric("受惠人數則[[突破200萬人]]", "200e4", "人", "over", "")
    d.metric("每程車費為[[2元]]", 2, "元", "exact", "")
    d.metric("其中[[60歲]]至64歲", 60, "岁", "exact", "")
    d.metric("60歲至[[64歲]]人士", 64, "岁", "exact", "")
    d.metric("人士約佔[[兩成]]。", 20, "%", "approx", "", sep="約")
    # P7 深圳, 廣州 and 新加坡 compared (the cities inside ORGs are none)
    d.city("相比，[[香港]]的公共交通")
    d.org("。[[深圳地鐵]]起步價")
    d.metric("起步價為[[2元]]人民幣", 2, "元", "exact", "")
    d.metric("可乘坐[[4公里]]", 4, "公里", "exact", "")
    d.metric("折合[[約2.2港元]]", "2.2", "港元", "approx", "")
    d.org("；[[深圳市交通運輸局]]上月")
    d.date("深圳市交通運輸局[[上月]]公布", OCT, "")
    d.date("公布，[[10月]]全市", OCT, "")
    d.metric("客運量[[約1,460萬人次]]", "1460e4", "人次", "approx", "")
    d.city("。[[深圳]]並自9月起")
    d.date("深圳並自[[9月]]起試行", SEP, SZ)
    d.metric("乘車消費[[超過120元]]人民幣", 120, "元", "over", SZ)
    d.metric("可享[[五折]]。", 50, "%", "exact", SZ)
    d.org("。[[廣州地鐵]]今年首10個月")
    d.date("廣州地鐵[[今年首10個月]]日均", Y, "")
    d.metric("客運量[[約920萬人次]]", "920e4", "人次", "approx", "")
    d.org("。[[新加坡公共交通理事會]]上月")
    d.date("理事會[[上月]]宣布", OCT, "")
    d.date("將於[[12月27日]]起", "2026-12-27", "")
    d.metric("平均上調[[約6%]]", 6, "%", "approx", "")
    d.metric("每程增加[[約0.1新元]]", "0.1", "新元", "approx", "")
    # P8 cross-boundary trips north
    d.org("。[[港鐵]]資料顯示，今年首10個月東鐵綫")
    d.date("資料顯示，[[今年首10個月]]東鐵綫", Y, "")
    d.metric("過境乘客量[[約6,850萬人次]]", "6850e4", "人次", "approx", "")
    d.metric("按年增加[[8.6%]]", "8.6", "%", "exact", "")
    d.metric("總乘客量[[約兩成]]", 20, "%", "approx", "")
    d.date("；[[11月]]以來", NOV, "")
    d.metric("過境人次平均[[約32萬]]。", "32e4", "", "approx", "")
    d.city("經常往返[[深圳]]的市民")
    d.city("表示，在[[深圳]]乘搭")
    d.city("相當於在[[香港]]的一半")
    d.metric("在香港的[[一半左右]]。", 50, "%", "approx", HK)
    # P9 理大's comparison of cities
    d.org("\n[[香港理工大學]]一項")
    d.city("比較了[[香港]]、新加坡")
    d.city("比較了香港、[[新加坡]]、倫敦")
    d.city("新加坡、[[倫敦]]、東京、首爾")
    d.city("倫敦、[[東京]]、首爾")
    d.city("東京、[[首爾]]及上海")
    d.city("首爾及[[上海]]等城市")
    d.metric("月入的[[7.2%]]用於", "7.2", "%", "exact", SH)
    d.city("低於[[倫敦]]的12%")
    d.metric("倫敦的[[12%]]及", 12, "%", "exact", LDN)
    d.city("12%及[[東京]]的9%")
    d.metric("東京的[[9%]]，", 9, "%", "exact", TYO)
    d.city("高於[[新加坡]]的6%")
    d.metric("新加坡的[[6%]]及", 6, "%", "exact", SG)
    d.city("6%及[[上海]]的5.5%")
    d.metric("上海的[[5.5%]]。", "5.5", "%", "exact", SH)
    d.city("研究指，[[香港]]市民")
    d.metric("公共交通[[1.8程]]", "1.8", "程", "exact", HK)
    # P10 社聯's survey (香港 only inside the ORG)
    d.org("，[[香港社會服務聯會]]（社聯）")
    d.org("（[[社聯]]）上周")
    d.date("（社聯）[[上周]]發表", "2026-W46", "")
    d.metric("，[[約四成]]基層家庭", 40, "%", "approx", "")
    d.metric("中位數達[[1,350元]]", 1350, "元", "exact", "")
    d.date("較[[2023年同期]]增加", "2023", "")
    d.metric("增加[[近一成]]。", 10, "%", "approx", "")
    d.org("。[[社聯]]估算")
    d.org("在[[港鐵]]及巴士加價後")
    d.metric("將增加[[約36元]]", 36, "元", "approx", "")
    d.org("。[[社聯]]建議")
    d.metric("下調至[[400元]]", 400, "元", "exact", "")
    d.date("並於[[聖誕]]及農曆新年前推出", "2026-12-25", "")
    d.date("聖誕及[[農曆新年]]前推出", "2027-02-06", "")
    # P11 the consumer council, 港鐵's promotions, the timetable
    d.org("\n[[消費者委員會]]則提醒")
    d.org("善用[[港鐵]]「車費扣減」")
    d.org("。[[港鐵]]表示，會於聖誕")
    d.date("會於[[聖誕]]及元旦假期", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.date("並於[[本月底]]前公布", NOV, "")
    d.date("公布[[明年]]「都會票」", NY, "")
    d.org("。[[運輸署]]預計")
    d.org("，[[九巴]]及城巴的加價")
    d.org("九巴及[[城巴]]的加價")
    d.date("最快在[[明年農曆新年]]前後", "2027-02-06", GZ)
    d.city("往返[[廣州]]、東莞等地")
    d.city("廣州、[[東莞]]等地")
    audit = {
        "cities": ["香港", "深圳", "廣州", "新加坡", "倫敦", "東京", "首爾",
                   "上海", "東莞", "九龍", "本港", "全港", "全市", "城市",
                   "中環", "尖沙咀", "天水圍", "東涌", "羅湖", "落馬洲",
                   "大嶼山", "當地", "市區", "內地"],
        "excluded": [
            # 本港 (deictic), 全港, 全市, 市區, 當地, 城市 (x3), districts and
            # stations (中環 x2, 尖沙咀, 天水圍 x2, 東涌, 羅湖, 落馬洲)
            "本港", "全港", "全市", "市區", "當地", "鄰近[[城市]]",
            "上海等[[城市]]", "這些[[城市]]", "把[[中環]]至", "天水圍與[[中環]]",
            "尖沙咀", "住在[[天水圍]]", "往返[[天水圍]]", "東涌", "羅湖",
            "落馬洲",
        ],
        "numbers_excluded": [],
        # 連續第四年 (an ordinal), 一名, 一項, 一次性, 一併 (words)
        "cn_excluded": ["連續第[[四]]年", "[[一名]]每日", "[[一]]項研究",
                        "[[一]]次性", "[[一]]併考慮"],
        "latin_excluded": [],
        # 按年 (x4), 每日 (x6), 日均 (x2), 每月 (x7), 月入, 月度 (a product's
        # name), 周六 (每逢周六: a recurring day), 近年, 多年, 平日 (平日票價),
        # 全日通 (a ticket), 年加價 (連續第四年)
        "words_excluded": {"按年": 4, "每日": 6, "日均": 2, "每月": 7,
                           "月入": 1, "月度": 1, "周六": 1, "近年": 1,
                           "多年": 1, "平日": 1, "全日通": 1,
                           "年加價": 1},
        # generic heads and kinds outside ORG rows (母公司, 各巴士公司, 集團,
        # 政府 x3, 地鐵 x3 as the mode and once across 本地|鐵路, 電車 as the
        # mode)
        "orgwords_excluded": {"公司": 2, "集團": 1, "政府": 3, "局": 0,
                              "委員會": 0, "大學": 0, "地鐵": 4, "小輪": 0,
                              "電車": 1},
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
    m = re.fullmatch(r"([一二两兩三四五六七八九十百千万萬亿億〇零]+)"
                     r"([^一二两兩三四五六七八九十百千万萬亿億〇零]*)", span)
    if m and re.search("[十百千]", m.group(1)) and len(m.group(1)) > 1:
        return cn_big(m.group(1)), q, m.group(2)    # 二百四十一億六千萬元
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
    """The year, month and day a DATE span writes must be those of its
    normalization: a 4-digit year, a month not counted by 前/首 (前10月,
    前10个月 are the year), a day also in brackets (昨（23）日)."""
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", tx)
    if m:
        assert norm[:4] == m.group(1), (tx, norm)
    mon = re.search(r"(?<![\d前首])(\d{1,2}|十[一二]?|[一二三四五六七八九])月",
                    tx)
    if mon and not re.search(r"[前首]" + re.escape(mon.group(0)), tx):
        g = mon.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[5:7] == "%02d" % num, (tx, norm)
    day = re.search(r"(?<![\d（(])[（(]?(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
                    r"[）)]?日", tx)
    if day:
        g = day.group(1)
        num = int(g) if g.isdigit() else cn_number(g)
        assert norm[8:10] == "%02d" % num, (tx, norm)


def check_bare_day(d, r):
    """A bare day (27日, 13日) takes its month from the latest month written
    earlier in its sentence, else the reference month (GUIDELINES)."""
    if not re.fullmatch(r"\d{1,2}日", r["text"]):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    months = re.findall(r"(?<!\d)(\d{1,2})月", d.text[s:r["start"]])
    month = int(months[-1]) if months else int(d.published[5:7])
    assert r["normalized"][5:7] == "%02d" % month, (r, month)


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


def check_gloss(d, r):
    """A bracketed day after a DATE (昨日（11月18日）, 昨日（23日）, 上周五（20日）,
    上周四（19日）) is its own mention and must carry the same date (SPEC:
    今日(15日) is 今日 and 15日, both resolved to the same day; from
    annotate_zb.py)."""
    if d.text[r["start"] - 1:r["start"]] != "（" or \
            d.text[r["end"]:r["end"] + 1] != "）":
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] == r["start"] - 1]
    assert prev, ("a bracketed day after no DATE", r)
    assert prev[0]["normalized"] == r["normalized"], (prev[0], r)


def check_last_year_period(d, r):
    """去年同期 follows the period its sentence states (SPEC, GUIDELINES): the
    last DATE written before it in the sentence, a year earlier at the same
    precision; a holiday or a period with no ISO form gives the year."""
    if r["text"] not in ("去年同期", "上年同期"):
        return
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    prev = sorted((x for x in d.rows if x["type"] == "DATE" and
                   s <= x["start"] and x["end"] <= r["start"]),
                  key=lambda x: x["start"])
    assert prev, ("去年同期 with no period in its sentence", r)
    p = prev[-1]["normalized"]
    if prev[-1]["text"] in HOLIDAY:
        p = p[:4]
    assert r["normalized"] == str(int(p[:4]) - 1) + p[4:], (prev[-1], r)


def check_same(d, r):
    """同日/當日 take the latest day-precision DATE before them, 同月 the
    latest month (GUIDELINES)."""
    if r["text"] not in ("同日", "當日", "当日", "同月"):
        return
    prev = [x for x in d.rows if x["type"] == "DATE" and
            x["end"] <= r["start"] and x["text"] not in HOLIDAY]
    prev.sort(key=lambda x: x["start"])
    if r["text"] == "同月":
        prev = [x for x in prev if len(x["normalized"]) >= 7 and
                x["normalized"][5] != "Q"]
        assert prev and prev[-1]["normalized"][:7] == r["normalized"], r
        return
    # a holiday counts only in the same sentence (GUIDELINES)
    s = r["start"]
    while s > 0 and d.text[s - 1] not in SENT_END:
        s -= 1
    hol = [x for x in d.rows if x["type"] == "DATE" and
           s <= x["start"] and x["end"] <= r["start"] and
           x["text"] in HOLIDAY]
    days = [x for x in prev if len(x["normalized"]) == 10]
    cand = sorted(hol + days, key=lambda x: x["start"])
    assert cand and cand[-1]["normalized"] == r["normalized"], r


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
            elif raw_unit == "":        # a figure before a range joiner and
                assert not re.match(    # a figure with a unit shares it
                    r"[至到~\-－和及、]\d+(\.\d+)?[万萬亿億]?[^\d，。；、]",
                    d.text[e:]), ("declare the shared unit", r)
            assert V(v) == r["value"] and q == r["qualifier"], (r, v, q)
            # a marker before 占/佔 qualifies the share across the verb
            # (GUIDELINES 约占全国的四成): it must have been declared
            clause = re.split("[，,。；;！？\n]", d.text[:s])[-1]
            if re.search("(约|約)(占|佔)", clause) and not re.search(
                    r"\d", clause[clause.rfind("占" if "占" in clause
                                                else "佔"):]):
                assert r["qualifier"] == "approx", ("约占", r)
            r["_raw_unit"] = raw_unit
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
            valid_date(r["normalized"])
            check_relative(d, r)
            check_written_date(tx, r["normalized"])
            check_bare_day(d, r)
            check_same(d, r)
            check_gloss(d, r)
            check_last_year_period(d, r)
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
