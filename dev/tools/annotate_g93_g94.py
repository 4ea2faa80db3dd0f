#!/usr/bin/env python3
"""Gold annotation for the held-out articles g93_auto_exports_ports and
g94_taiwan_convenience_stores (annotator Z).

Adapted from the previous set's tools/annotate_w.py (now dev/tools/annotate_g87_g88.py; which keeps
annotate_x.py's checks through annotate_t.py: strict decoding, offsets,
overlaps, span edges, formats, calendar-valid DATEs, METRIC values
re-derived from the span, ORG/CITY/unit normalizations against OpenCC t2s,
audits of digits, Latin words, Chinese numerals, time characters, city
strings, ORG words and ORG strings, the independent `city` rule, the month
and day a DATE span writes, the holiday table by exact span, UTF-16 LE
with BOM), with annotate_v.py's check of ROC years written in a Taiwan DATE
span (and none in a mainland one) and its Taiwan-text markers.  Each
mention is located by a short context string in which the span is marked
with [[ ]]; the context must occur exactly `n` times in the article and one
row is written per occurrence.  Offsets are Python str indices (code
points) into the article as decoded:

- g93 is simplified (mainland, 经济观察报, 2026-11-13), stored as UTF-16 LE
  WITH a BOM (FF FE), which is removed before offsets are counted.  Every
  character is in the BMP (no surrogate pairs), so code units = code points.
- g94 is traditional (Taiwan, 中央社, 2026-11-09), stored as cp950 (Python
  codec 'cp950', Big5 as Taiwan writes it): 碁 (of 宏碁, F9 D6) is an ETEN
  extension outside plain Big5, so Python's 'big5' fails on it; cp950 and
  Big5-HKSCS read the file identically.  `text` is the traditional
  original; `normalized` (ORG/CITY) and `unit` are simplified (OpenCC t2s;
  Taiwan cities by their official name with 市, foreign cities by their
  common mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/, heldout/ or tests/ was read or run), with
the previous held-out set (README, NOTES_u/v/w, tools, corpus, gold) as
precedent.  Decisions: dev/NOTES_g93_g94.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Changes from annotate_w.py: a cp950 article whose declared ETEN character
(碁) makes plain big5 fail while Big5-HKSCS agrees with cp950 on every
character; the Taiwan article must hold Taiwan markers (新台幣, 台北) and
every 2-3 digit year written in one of its DATE spans (114年底, 今（115）年,
明（116）年) must be its normalized year less 1911, while a mainland span may
hold none; 不到 is an under-marker (annotate_u.py); 1億2,000萬件 (digits split
by 億 before a 萬 section) is one figure (GUIDELINES 1亿2000万元).  Re-run
(from anywhere):

    python3 dev/tools/annotate_g93_g94.py
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
    "g93_auto_exports_ports": ("utf-16-le", BOM16LE, False, "2026-11-13",
                               "经济观察报"),
    "g94_taiwan_convenience_stores": ("cp950", b"", True, "2026-11-09",
                                      "中央社"),
}
# characters outside the BMP each article declares (none here)
OUTSIDE_BMP = {"g93_auto_exports_ports": [],
               "g94_taiwan_convenience_stores": []}
# characters of a cp950 article that plain Big5 lacks (ETEN extensions)
OUTSIDE_BIG5 = {"g94_taiwan_convenience_stores": ["碁"]}
# Taiwan articles: bare 2-3 digit years before 年 are ROC years
TAIWAN = {"g94_taiwan_convenience_stores"}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = ("这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"
                   "银财资额贷币业门创华湾协邮运递营贸劳动领")
# Holidays the articles name, by their exact span: mainland 国庆 10-01
# (g93); Taiwan's 國慶 10-10 (GUIDELINES; g94, 今年國慶 2026, 去年國慶
# 2025); 中秋 2026 = 八月十五 = 2026-09-25; 雙11 11-11; 聖誕 12-25 (the coming
# one); 元旦 2027-01-01 (the coming one); 春节 2027 = 正月初一 = 2027-02-06
# (明年春节 in g93, 明年農曆春節 in g94).
HOLIDAY = {
    "国庆": "2026-10-01", "元旦": "2027-01-01", "明年春节": "2027-02-06",
    "中秋節": "2026-09-25", "今年國慶": "2026-10-10",
    "去年國慶": "2025-10-10", "雙11": "2026-11-11",
    "聖誕節": "2026-12-25", "今年聖誕節": "2026-12-25",
    "明年農曆春節": "2027-02-06",
}
HOLIDAY_WORDS = ("国庆", "國慶", "春节", "春節", "元旦", "圣诞", "聖誕",
                 "新年", "中秋", "清明", "端午", "双11", "雙11")

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g93 (2026: municipalities and prefecture-level cities with 市;
    # foreign cities by their mainland names)
    "上海": "上海市", "天津": "天津市", "广州": "广州市", "宁波": "宁波市",
    "烟台": "烟台市", "芜湖": "芜湖市", "西安": "西安市", "重庆": "重庆市",
    "长春": "长春市", "迪拜": "迪拜", "利雅得": "利雅得",
    "安特卫普": "安特卫普", "卡马萨里": "卡马萨里", "巴塞罗那": "巴塞罗那",
    # g94 (traditional spans; Taiwan's special municipalities and
    # provincial cities with 市; foreign cities by their mainland name)
    "台北": "台北市", "台北市": "台北市", "新北": "新北市",
    "新北市": "新北市", "桃園": "桃园市", "桃園市": "桃园市",
    "台中": "台中市", "台中市": "台中市", "台南": "台南市",
    "台南市": "台南市", "高雄": "高雄市", "高雄市": "高雄市",
    "新竹市": "新竹市", "嘉義市": "嘉义市", "基隆市": "基隆市",
    "馬尼拉": "马尼拉", "東京": "东京",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}
# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "中央社": "中央社", "經濟部統計處": "经济部统计处",
    "經濟部商業發展署": "经济部商业发展署", "商發署": "商发署",
    "財政部": "财政部", "統一超商": "统一超商", "全家": "全家",
    "萊爾富": "莱尔富", "OK超商": "OK超商", "7-ELEVEN": "7-ELEVEN",
    "全家便利商店": "全家便利商店", "全盈支付": "全盈支付",
    "日翊文化行銷": "日翊文化行销", "宏碁": "宏碁",
    "高雄市政府經濟發展局": "高雄市政府经济发展局",
    "台北捷運": "台北捷运", "桃園捷運": "桃园捷运",
    "中華郵政": "中华邮政",
    "金融監督管理委員會": "金融监督管理委员会", "金管會": "金管会",
    "愛金卡公司": "爱金卡公司", "悠遊卡公司": "悠游卡公司",
    "一卡通票證公司": "一卡通票证公司", "LINE Pay": "LINE Pay",
    "街口支付": "街口支付", "Uber Eats": "Uber Eats",
    "foodpanda": "foodpanda", "蝦皮購物": "虾皮购物", "蝦皮": "虾皮",
    "統一速達": "统一速达",
    "資策會產業情報研究所": "资策会产业情报研究所", "MIC": "MIC",
    "元大投顧": "元大投顾", "勞動部": "劳动部",
    "台灣連鎖暨加盟協會": "台湾连锁暨加盟协会", "環境部": "环境部",
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
        if enc == "cp950":      # Taiwan's Big5: the declared ETEN
            outside = sorted({c for c in self.text      # characters are the
                              if not enc_ok(c, "big5")})  # only ones plain
            assert outside == OUTSIDE_BIG5[doc_id], (doc_id, outside)  # Big5
            try:                                        # lacks, so a plain
                raw.decode("big5")                      # big5 reader fails
                raise AssertionError(f"{doc_id}: big5 reads it")
            except UnicodeDecodeError:
                pass
            # Big5-HKSCS holds the ETEN rows too and reads every byte alike
            assert raw.decode("big5hkscs") == self.text, doc_id
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
# g93 car exports in October and the first ten months of 2026: the car
# manufacturers' association, customs districts, ports, carmakers,
# car-carrier shipping, destination markets.  Simplified, UTF-16 LE WITH
# BOM (FF FE), 2026-11-13 (a Friday, ISO week 2026-W46), 经济观察报;
# byline line 经济观察报 记者 宋嘉禾.  中汽协 published 昨日（11月12日）;
# 海关总署 on 11月7日.  国庆 2026-10-01 (holiday week 10月1日至7日), 元旦
# 2027-01-01 and 明年春节 2027-02-06 (the coming ones); 上周 2026-W45.
# Ports (上海港, 天津港, 烟台港, 宁波舟山港) are facilities: no CITY
# (GUIDELINES 天津港; 宁波舟山港) and no ORG; the port groups are ORGs.
# ===========================================================================
@doc
def g93():
    d = Doc("g93_auto_exports_ports")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    SH, YT, WH, GZ, LYD, ATW, KMS, BSL = (
        "上海市", "烟台市", "芜湖市", "广州市", "利雅得", "安特卫普",
        "卡马萨里", "巴塞罗那")
    # title (a heading that opens with a DATE; no city)
    d.date("[[今年前10个月]]汽车出口突破", Y, "")
    d.metric("汽车出口[[突破680万辆]] 沿海", "680e4", "辆", "over", "")
    # byline line (opens with an ORG: no section)
    d.org("\n[[经济观察报]] 记者")
    # P1 the association's figures (no CITY)
    d.org("\n[[中国汽车工业协会]]（")
    d.org("以下简称“[[中汽协]]”）昨日")
    d.date("”）[[昨日]]（11月12日）", "2026-11-12", "")
    d.date("昨日（[[11月12日]]）", "2026-11-12", "")
    d.date("数据显示，[[10月]]我国汽车出口", OCT, "")
    d.metric("汽车出口[[78.4万辆]]", "78.4e4", "辆", "exact", "")
    d.date("较[[上月]]增长4.6%", "2026-09", "")
    d.metric("较上月增长[[4.6%]]", "4.6", "%", "exact", "")
    d.metric("同比增长[[19.2%]]；", "19.2", "%", "exact", "")
    d.date("；[[今年前10个月]]，汽车出口累计", Y, "")
    d.metric("出口累计[[686.3万辆]]", "686.3e4", "辆", "exact", "")
    d.metric("同比增长[[17.5%]]，其中新能源", "17.5", "%", "exact", "")
    d.metric("新能源汽车出口[[258.7万辆]]", "258.7e4", "辆", "exact", "")
    d.metric("同比增长[[近一倍]]", 1, "倍", "approx", "")
    d.org("。[[中汽协]]预计")
    d.metric("有望[[突破800万辆]]", "800e4", "辆", "over", "")
    d.date("较[[去年]]增加约100万辆", LY, "")
    d.metric("增加[[约100万辆]]", "100e4", "辆", "approx", "")
    # P2 customs (no CITY: the customs districts are ORGs)
    d.org("\n[[海关总署]]11月7日")
    d.date("海关总署[[11月7日]]公布", "2026-11-07", "")
    d.date("数据显示，[[今年前10个月]]全国出口汽车", Y, "")
    d.metric("（含底盘）[[712.5万辆]]", "712.5e4", "辆", "exact", "")
    d.metric("出口金额[[约1086亿美元]]", "1086e8", "美元", "approx", "")
    d.metric("分别增长[[16.8%]]和", "16.8", "%", "exact", "")
    d.metric("16.8%和[[12.3%]]", "12.3", "%", "exact", "")
    d.org("分关区看，[[上海海关]]监管")
    d.metric("监管出口汽车[[142.6万辆]]", "142.6e4", "辆", "exact", "")
    d.org("首位，[[天津海关]]、")
    d.org("、[[广州海关]]、")
    d.org("、[[宁波海关]]和")
    d.org("和[[青岛海关]]依次")
    d.org("增速最快的是[[烟台海关]]")
    d.date("该关[[前10个月]]监管", Y, "")
    d.metric("监管出口汽车[[31.8万辆]]", "31.8e4", "辆", "exact", "")
    d.date("较[[去年同期]]增长64.5%", LY, "")
    d.metric("增长[[64.5%]]。", "64.5", "%", "exact", "")
    # P3 ports (the 交通运输部 sentence names the five cities)
    d.org("直观。[[交通运输部]]数据")
    d.date("显示，[[前三季度]]全国港口", Y, SH)
    d.metric("吞吐量[[约498万辆]]", "498e4", "辆", "approx", SH)
    d.metric("同比增长[[18.9%]]，其中", "18.9", "%", "exact", SH)
    d.city("其中[[上海]]、天津")
    d.city("上海、[[天津]]、广州、宁波")
    d.city("天津、[[广州]]、宁波、烟台")
    d.city("广州、[[宁波]]、烟台五市")
    d.city("宁波、[[烟台]]五市")
    d.metric("合计占比[[约68%]]", 68, "%", "approx", YT)
    d.org("。[[上港集团]]数据")
    d.date("显示，[[10月]]上海港", OCT, "")
    d.metric("滚装量达到[[19.7万辆]]", "19.7e4", "辆", "exact", "")
    d.date("利用率自[[9月下旬]]起", "2026-09", "")
    d.metric("保持在[[90%以上]]", 90, "%", "over", "")
    d.org("。[[天津港集团]]表示")
    d.date("表示，[[今年前10个月]]天津港", Y, "")
    d.metric("吞吐量[[128.4万辆]]", "128.4e4", "辆", "exact", "")
    d.metric("其中出口[[约96万辆]]", "96e4", "辆", "approx", "")
    d.metric("同比增长[[22.1%]]", "22.1", "%", "exact", "")
    d.date("；[[国庆]]假期（", "2026-10-01", "")
    d.date("假期（[[10月1日]]至7日）", "2026-10-01", "")
    d.date("10月1日至[[7日]]）", "2026-10-07", "")
    d.metric("最高[[超过1.2万辆]]", "1.2e4", "辆", "over", "")
    # P4 ports in the south, the east and 山东
    d.org("\n[[广州港集团]]数据")
    d.date("南沙港区[[前10个月]]汽车", Y, "")
    d.metric("吞吐量[[突破120万辆]]", "120e4", "辆", "over", "")
    d.org("，[[广汽集团]]、比亚迪")
    d.org("广汽集团、[[比亚迪]]、小鹏汽车")
    d.org("、[[小鹏汽车]]等车企")
    d.org("。[[宁波舟山港集团]]称")
    d.date("称，[[今年]]以来宁波舟山港", Y, "")
    d.metric("滚装航线[[6条]]", 6, "条", "exact", "")
    d.date("该港[[前10个月]]汽车", Y, "")
    d.metric("同比增长[[41.2%]]", "41.2", "%", "exact", "")
    d.org("，[[吉利汽车]]、零跑汽车")
    d.org("、[[零跑汽车]]已将")
    d.org("在山东，[[山东港口集团]]旗下")
    d.metric("滚装航线[[20余条]]", 20, "条", "over", YT)
    d.org("，[[上汽通用东岳]]、奇瑞")
    d.org("上汽通用东岳、[[奇瑞]]等车企")
    d.city("集港，[[烟台]]的汽车")
    d.city("仅次于[[天津]]。")
    # P5 carmakers; production bases
    d.org("车企层面，[[奇瑞集团]]前10个月")
    d.date("奇瑞集团[[前10个月]]出口", Y, "")
    d.metric("出口汽车[[122.6万辆]]", "122.6e4", "辆", "exact", "")
    d.org("；[[比亚迪]]海外销量")
    d.metric("海外销量达到[[96.4万辆]]", "96.4e4", "辆", "exact", "")
    d.metric("同比增长[[1.3倍]]", "1.3", "倍", "exact", "")
    d.date("其中[[10月]]海外销量", OCT, "")
    d.metric("首次[[突破11万辆]]", "11e4", "辆", "over", "")
    d.org("。[[上汽集团]]、长城汽车")
    d.org("上汽集团、[[长城汽车]]、吉利汽车")
    d.org("长城汽车、[[吉利汽车]]前10个月")
    d.date("吉利汽车[[前10个月]]分别", Y, "")
    d.metric("分别出口[[88.2万辆]]", "88.2e4", "辆", "exact", "")
    d.metric("、[[43.5万辆]]和", "43.5e4", "辆", "exact", "")
    d.metric("和[[39.1万辆]]", "39.1e4", "辆", "exact", "")
    d.org("，[[长城汽车]]三季度")
    d.date("长城汽车[[三季度]]海外", "2026-Q3", "")
    d.metric("同比增长[[31%]]", 31, "%", "exact", "")
    d.org("。[[特斯拉]]10月")
    d.date("特斯拉[[10月]]从上海", OCT, SH)
    d.city("10月从[[上海]]出口")
    d.metric("出口[[约2.9万辆]]", "2.9e4", "辆", "approx", SH)
    d.metric("环比下降[[12%]]", 12, "%", "exact", SH)
    d.city("主要来自[[芜湖]]、西安")
    d.city("芜湖、[[西安]]、重庆")
    d.city("西安、[[重庆]]、长春")
    d.city("重庆、[[长春]]等整车")
    d.city("的城市，[[芜湖]]下线")
    d.metric("出口车辆[[七成以上]]", 70, "%", "over", WH)
    d.city("经[[上海]]、宁波两地")
    d.city("上海、[[宁波]]两地")
    # P6 car carriers
    d.org("瓶颈之一。[[克拉克森研究]]数据")
    d.date("截至[[10月底]]，全球汽车运输船队", OCT, "")
    d.metric("船队约有[[880艘]]", 880, "艘", "approx", "", sep="约有")
    d.metric("总运力[[约600万车位]]", "600e4", "车位", "approx", "")
    d.date("已由[[2023年初]]的", "2023", "")
    d.metric("的[[不足5%]]提升", 5, "%", "under", "")
    d.metric("提升至[[约18%]]", 18, "%", "approx", "")
    d.date("。[[今年]]以来，比亚迪", Y, "")
    d.org("今年以来，[[比亚迪]]已有")
    d.metric("已有[[8艘]]自有", 8, "艘", "exact", "")
    d.org("，[[上汽安吉物流]]运营")
    d.metric("运输船达到[[24艘]]", 24, "艘", "exact", "")
    d.org("；[[中远海运特种运输]]、")
    d.org("、[[招商轮船]]也在")
    d.date("接船，[[上周]]广船国际", "2026-W45", GZ)
    d.org("上周[[广船国际]]在广州")
    d.city("广船国际在[[广州]]交付")
    d.metric("一艘[[9000车位]]汽车", 9000, "车位", "exact", GZ)
    # P7 charter rates (no CITY)
    d.metric("一艘[[6500车位]]汽车", 6500, "车位", "exact", "")
    d.metric("日均[[约6.2万美元]]", "6.2e4", "美元", "approx", "")
    d.date("较[[2023年]]高点", "2023", "")
    d.metric("下跌[[约四成]]", 40, "%", "approx", "")
    d.metric("仍在[[1500美元左右]]", 1500, "美元", "approx", "")
    d.org("。[[华轮威尔森]]、日本邮船")
    d.org("华轮威尔森、[[日本邮船]]等外国")
    # P8 destination markets
    d.date("影响，[[10月]]对俄出口", OCT, "")
    d.metric("同比下降[[23%]]", 23, "%", "exact", "")
    d.city("较快增长，[[迪拜]]、利雅得")
    d.city("迪拜、[[利雅得]]等城市")
    d.date("经销网点[[今年]]新增", Y, LYD)
    d.metric("新增[[超过300家]]", 300, "家", "over", LYD)
    d.city("在比利时[[安特卫普]]，")
    d.date("已由[[去年]]的45天", LY, ATW)
    d.metric("去年的[[45天]]", 45, "天", "exact", ATW)
    d.metric("缩短至[[12天]]", 12, "天", "exact", ATW)
    d.org("欧洲市场上，[[欧盟委员会]]自")
    d.date("欧盟委员会自[[2024年10月底]]起", "2024-10", "")
    d.date("，[[今年1月]]至10月", "2026-01", "")
    d.date("今年1月至[[10月]]对欧洲", OCT, "")
    d.metric("插混车型[[28.6万辆]]", "28.6e4", "辆", "exact", "")
    d.metric("同比增长[[2.4倍]]", "2.4", "倍", "exact", "")
    # P9 outlook (the analysts' sentence names 卡马萨里, 巴塞罗那)
    d.org("[[中信证券]]研报")
    d.date("认为，[[明年]]中国汽车", NY, KMS)
    d.metric("放缓至[[8%左右]]", 8, "%", "approx", KMS)
    d.org("整车出口：[[比亚迪]]在巴西")
    d.city("在巴西[[卡马萨里]]的工厂")
    d.date("已于[[今年7月]]投产", "2026-07", KMS)
    d.org("投产，[[奇瑞]]在巴塞罗那")
    d.city("奇瑞在[[巴塞罗那]]的合资")
    d.date("计划[[2027年]]将产能", NY, BSL)
    d.metric("提升至[[15万辆]]", "15e4", "辆", "exact", BSL)
    d.org("。[[乘联分会]]预计")
    d.date("预计，[[11月]]乘用车", "2026-11", "")
    d.metric("保持在[[55万辆左右]]", "55e4", "辆", "approx", "")
    d.org("。[[商务部]]、交通运输部")
    d.org("商务部、[[交通运输部]]等部门")
    d.city("将支持[[上海]]、天津")
    d.city("支持上海、[[天津]]、广州等")
    d.city("天津、[[广州]]等港口城市")
    d.date("表示，[[元旦]]前后", "2027-01-01", "")
    d.date("出运高峰，[[明年春节]]前", "2027-02-06", "")
    audit = {
        "cities": ["上海", "天津", "广州", "宁波", "烟台", "芜湖", "西安",
                   "重庆", "长春", "青岛", "舟山", "南沙", "山东", "迪拜",
                   "利雅得", "安特卫普", "卡马萨里", "巴塞罗那", "墨西哥",
                   "比利时", "巴西", "城市", "五市", "两地"],
        "excluded": [
            # ports (facilities: GUIDELINES 天津港; two cities before 港,
            # 宁波舟山港), the port area 南沙港区, the province 山东
            "10月[[上海港]]外贸", "10个月[[天津港]]汽车",
            "期间，[[天津港]]汽车码头", "以来[[宁波舟山港]]新开通",
            "旗下[[烟台港]]已开通", "[[南沙港区]]前10个月",
            "在[[山东]]，山东港口集团",
            # countries
            "中国至[[墨西哥]]航线", "从市场看，[[墨西哥]]仍是",
            "阿联酋、[[比利时]]和", "在[[比利时]]安特卫普",
            "比亚迪在[[巴西]]卡马萨里",
        ],
        "numbers_excluded": [],
        # 一线 (the front line), 之一 (x2), 第一 (x2), 五市 and 两地
        # (collective labels for the cities just listed), 一艘 (x2, the
        # article), 一年期 (a charter's term), 新一轮
        "cn_excluded": ["港口[[一线]]的", "烟台[[五市]]合计",
                        "宁波[[两地]]港口", "出口[[第一]]；",
                        "的[[第一]]大目的地", "[[一年期]]期租",
                        "迎来新[[一]]轮"],
        "latin_excluded": [],
        "words_excluded": {"之一": 2, "一艘": 2, "单月": 1, "单日": 1,
                           "日均": 1, "全年": 1, "底盘": 1, "明显": 1,
                           "城市": 4, "港口": 7, "同比": 11, "环比": 1,
                           "年期": 1, "期租": 1, "全天候": 1},
        # generic heads outside ORG rows: 车企 (x3), 船公司 (x2), 部门
        "orgwords_excluded": {"车企": 3, "船公司": 2, "部门": 1,
                              "集团": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g94 Taiwan's convenience stores: the economy ministry's retail figures,
# the chains' revenue and store counts, payments, delivery, stores by
# city, wages.  Traditional (Taiwan forms 台, 占, 「」, 週), cp950 (碁 of
# 宏碁 is outside plain Big5), 2026-11-09 (a Monday, ISO week 2026-W46),
# 中央社; dateline （中央社記者林芷萱台北9日電）.  A Taiwan text (新台幣,
# 台北, ROC years): 114年 = 2025, 115年 = 2026, 116年 = 2027.  國慶 is
# Taiwan's 10-10; 中秋 2026-09-25; 雙11 2026-11-11; 聖誕 2026-12-25; 元旦
# 2027-01-01; 農曆春節 2027-02-06.  上週五 from 2026-11-09 is 2026-11-06;
# 上季 (from the reference quarter, Q4, and from 10月 in its sentence) is
# 2026-Q3.
# ===========================================================================
@doc
def g94():
    d = Doc("g94_taiwan_convenience_stores")
    Y, LY, NY, OCT = "2026", "2025", "2027", "2026-10"
    TP, MNL, TC, KH, TY, XB, TN, HC, CY, KL = (
        "台北市", "马尼拉", "台中市", "高雄市", "桃园市", "新北市", "台南市",
        "新竹市", "嘉义市", "基隆市")
    # title (its 1萬4,000 holds a comma, so it is no heading; no city)
    d.date("超商[[前3季]]營收", Y, "")
    d.metric("營收年增[[5.8%]] 門市", "5.8", "%", "exact", "")
    d.metric("門市[[突破1萬4,000家]]", 14000, "家", "over", "")
    # P1 dateline and the statistics department's retail figures
    d.org("（[[中央社]]記者")
    d.city("林芷萱[[台北]]9日電")
    d.date("台北[[9日]]電", "2026-11-09", TP)
    d.org("成長。[[經濟部統計處]]10月23日")
    d.date("統計處[[10月23日]]公布", "2026-10-23", "")
    d.date("公布，[[今年前3季]]便利商店", Y, "")
    d.metric("營業額達新台幣[[3,052億元]]", "3052e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[5.8%]]，創", "5.8", "%", "exact", "")
    d.date("其中[[9月]]營業額", "2026-09", "")
    d.metric("營業額[[348億元]]", "348e8", "元", "exact", "")
    d.metric("年增[[6.9%]]。", "6.9", "%", "exact", "")
    d.date("該處分析，[[中秋節]]檔期", "2026-09-25", "")
    d.date("預估[[第4季]]營業額", "2026-Q4", "")
    d.metric("可達[[1,060億元]]至", "1060e8", "元", "exact", "")
    d.metric("至[[1,090億元]]", "1090e8", "元", "exact", "")
    d.metric("年增[[4.5%]]至6.2%", "4.5", "%", "exact", "")
    d.metric("4.5%至[[6.2%]]", "6.2", "%", "exact", "")
    # P2 the commerce administration's store count; the finance ministry
    d.org("\n[[經濟部商業發展署]]（")
    d.org("（[[商發署]]）統計")
    d.date("截至[[9月底]]全台", "2026-09", "")
    d.metric("便利商店共[[1萬4,026家]]", 14026, "家", "exact", "")
    d.date("較[[114年底]]增加", LY, "")
    d.metric("增加[[318家]]", 318, "家", "exact", "")
    d.org("其中[[統一超商]]、全家、萊爾富")
    d.org("統一超商、[[全家]]、萊爾富")
    d.org("全家、[[萊爾富]]、OK超商合計")
    d.org("、[[OK超商]]合計")
    d.metric("合計占比[[約96%]]", 96, "%", "approx", "")
    d.org("。[[財政部]]統計")
    d.date("統計，[[9月]]超商通路", "2026-09", "")
    d.metric("占比達[[43.7%]]", "43.7", "%", "exact", "")
    d.date("較[[去年同期]]提高2.6", "2025-09", "")
    d.metric("提高[[2.6個百分點]]", "2.6", "百分点", "exact", "")
    # P3 統一超商 (the 馬尼拉 sentence takes 馬尼拉)
    d.org("龍頭[[統一超商]]上週五")
    d.date("統一超商[[上週五]]（6日）", "2026-11-06", "")
    d.date("上週五（[[6日]]）", "2026-11-06", "")
    d.date("公布，[[10月]]合併營收", OCT, "")
    d.metric("合併營收新台幣[[292.6億元]]", "292.6e8", "元", "exact", "",
             outer="新台幣")
    d.metric("年增[[6.1%]]，為", "6.1", "%", "exact", "")
    d.date("新高；[[前10月]]累計", Y, "")
    d.metric("累計合併營收[[2,843.5億元]]", "2843.5e8", "元", "exact", "")
    d.metric("年增[[5.2%]]；", "5.2", "%", "exact", "")
    d.date("；[[上季]]稅後淨利", "2026-Q3", "")
    d.metric("稅後淨利[[約31.2億元]]", "31.2e8", "元", "approx", "")
    d.metric("年增[[8.4%]]，每股", "8.4", "%", "exact", "")
    d.metric("稅後純益[[3元]]", 3, "元", "exact", "")
    d.date("截至[[10月底]]門市數", OCT, "")
    d.metric("門市數達[[7,268家]]", 7268, "家", "exact", "")
    d.date("家，[[今（115）年]]以來", Y, "")
    d.metric("淨增[[142家]]", 142, "家", "exact", "")
    d.org("。[[7-ELEVEN]]表示")
    d.date("表示，[[今年國慶]]連假", "2026-10-10", "")
    d.metric("銷量[[突破520萬杯]]", "520e4", "杯", "over", "")
    d.date("較[[去年國慶]]增加", "2025-10-10", "")
    d.metric("增加[[約9%]]", 9, "%", "approx", "")
    d.city("事業在[[馬尼拉]]等地")
    d.metric("門市已[[逾4,300家]]", 4300, "家", "over", MNL)
    # P4 全家 (the 東京 sentence holds no figure)
    d.org("\n[[全家便利商店]]（")
    d.org("（[[全家]]）10月")
    d.date("（全家）[[10月]]營收", OCT, "")
    d.metric("營收[[96.8億元]]", "96.8e8", "元", "exact", "")
    d.metric("年增[[4.7%]]", "4.7", "%", "exact", "")
    d.date("，[[前10月]]營收約932億元", Y, "")
    d.metric("營收[[約932億元]]", "932e8", "元", "approx", "")
    d.metric("門市數達[[4,402家]]", 4402, "家", "exact", "")
    d.date("，[[第3季]]稅後淨利", "2026-Q3", "")
    d.metric("稅後淨利[[約9.6億元]]", "9.6e8", "元", "approx", "")
    d.org("。[[全家]]表示，旗下")
    d.org("旗下[[全盈支付]]的")
    d.metric("用戶已[[突破420萬人]]", "420e4", "人", "over", "")
    d.date("，[[10月]]交易筆數", OCT, "")
    d.metric("年增[[逾5成]]", 50, "%", "over", "")
    d.org("與[[日翊文化行銷]]合作")
    d.date("包裹量，[[今年前3季]]達", Y, "")
    d.metric("達[[1億2,000萬件]]", "1.2e8", "件", "exact", "")
    d.metric("年增[[18%]]。", 18, "%", "exact", "")
    d.city("日本[[東京]]的")
    d.city("在[[台北]]信義區")
    # P5 萊爾富, OK超商, 高雄
    d.org("\n[[萊爾富]]前9月")
    d.date("萊爾富[[前9月]]營收", Y, "")
    d.metric("營收[[約318億元]]", "318e8", "元", "approx", "")
    d.metric("年增[[3.2%]]", "3.2", "%", "exact", "")
    d.metric("門市[[1,585家]]", 1585, "家", "exact", "")
    d.org("並與[[宏碁]]合作")
    d.org("；[[OK超商]]門市")
    d.metric("門市[[約870家]]", 870, "家", "approx", TC)
    d.date("，[[今年]]聚焦", Y, TC)
    d.city("聚焦[[台中]]、台南")
    d.city("台中、[[台南]]等中南部")
    d.org("。[[高雄市政府經濟發展局]]統計")
    d.city("統計，[[高雄市]]超商")
    d.date("超商[[今年]]新增", Y, KH)
    d.metric("新增門市[[47家]]", 47, "家", "exact", KH)
    # P6 channels, collection services
    d.org("通路布局上，[[統一超商]]今年")
    d.date("統一超商[[今年]]在台北捷運", Y, "")
    d.org("在[[台北捷運]]、")
    d.org("、[[桃園捷運]]車站")
    d.metric("站內門市[[19家]]", 19, "家", "exact", "")
    d.org("；[[全家]]則在")
    d.city("則在[[台中]]、高雄")
    d.city("台中、[[高雄]]等地")
    d.metric("特殊店型[[約60家]]", 60, "家", "approx", KH)
    d.org("擴大，[[統一超商]]前10月")
    d.date("統一超商[[前10月]]代收", Y, "")
    d.metric("代收帳單[[約2.3億筆]]", "2.3e8", "笔", "approx", "")
    d.metric("年增[[6%]]；", 6, "%", "exact", "")
    d.org("；[[中華郵政]]統計")
    d.date("統計，[[今年前9月]]郵局", Y, "")
    d.metric("取件量年增[[15%]]", 15, "%", "exact", "")
    # P7 payments (no CITY)
    d.org("支付方面，[[金融監督管理委員會]]（")
    d.org("（[[金管會]]）統計")
    d.date("統計，[[9月底]]國內", "2026-09", "")
    d.metric("使用者[[突破3,200萬人]]", "3200e4", "人", "over", "")
    d.metric("交易量[[近3成]]", 30, "%", "approx", "")
    d.org("。[[愛金卡公司]]表示")
    d.metric("註冊用戶已[[逾780萬人]]", "780e4", "人", "over", "")
    d.org("；[[悠遊卡公司]]、")
    d.org("、[[一卡通票證公司]]也")
    d.org("。[[LINE Pay]]、街口支付")
    d.org("、[[街口支付]]則與")
    d.date("推出[[雙11]]回饋", "2026-11-11", "")
    d.metric("最高回饋[[20%]]", 20, "%", "exact", "")
    # P8 delivery and parcels (the Uber Eats clause names three cities)
    d.org("動能。[[統一超商]]與Uber Eats")
    d.org("統一超商與[[Uber Eats]]合作")
    d.city("涵蓋[[台北]]、新北")
    d.city("台北、[[新北]]、桃園")
    d.city("新北、[[桃園]]等地")
    d.metric("等地[[逾5,000家]]門市", 5000, "家", "over", TY)
    d.org("；[[全家]]則與foodpanda")
    d.org("則與[[foodpanda]]合作")
    d.date("合作，[[10月]]外送訂單", OCT, "")
    d.metric("外送訂單年增[[35%]]", 35, "%", "exact", "")
    d.org("。[[蝦皮購物]]的")
    d.org("「[[蝦皮]]店到店」")
    d.date("」[[今年]]已突破", Y, "")
    d.metric("已[[突破2,000家]]", 2000, "家", "over", "")
    d.org("；[[統一速達]]表示")
    d.date("表示，[[今年前10月]]宅配", Y, "")
    d.metric("宅配件量[[約1.6億件]]", "1.6e8", "件", "approx", "")
    d.metric("年增[[7%]]。", 7, "%", "exact", "")
    # P9 stores by city
    d.city("依官方資料，[[新北市]]超商")
    d.metric("超商家數[[2,786家]]", 2786, "家", "exact", XB)
    d.city("之冠，[[台北市]]2,362家")
    d.metric("台北市[[2,362家]]", 2362, "家", "exact", TP)
    d.city("次之，[[台中市]]1,893家")
    d.metric("台中市[[1,893家]]", 1893, "家", "exact", TC)
    d.city("、[[高雄市]]1,754家")
    d.metric("高雄市[[1,754家]]", 1754, "家", "exact", KH)
    d.city("、[[桃園市]]1,536家")
    d.metric("桃園市[[1,536家]]", 1536, "家", "exact", TY)
    d.city("、[[台南市]]1,118家")
    d.metric("台南市[[1,118家]]", 1118, "家", "exact", TN)
    d.city("其中[[桃園市]]受惠")
    d.date("門市數較[[去年底]]增加", LY, TY)
    d.metric("去年底增加[[41家]]", 41, "家", "exact", TY)
    d.city("計算，[[台北市]]約9.5家")
    d.metric("台北市[[約9.5家]]", "9.5", "家", "approx", TP)
    d.city("最高，[[新竹市]]約7.8家")
    d.metric("新竹市[[約7.8家]]", "7.8", "家", "approx", HC)
    d.city("、[[嘉義市]]約7.6家")
    d.metric("嘉義市[[約7.6家]]", "7.6", "家", "approx", CY)
    d.city("，[[基隆市]]約7.2家")
    d.metric("基隆市[[約7.2家]]", "7.2", "家", "approx", KL)
    d.metric("則[[不到5家]]", 5, "家", "under", "")
    # P10 surveys, analysts, wages, cups (no CITY)
    d.org("\n[[資策會產業情報研究所]]（")
    d.org("（[[MIC]]）調查")
    d.metric("調查，[[約62%]]受訪者", 62, "%", "approx", "")
    d.metric("消費[[3次以上]]", 3, "次", "over", "")
    d.org("。[[元大投顧]]分析")
    d.date("超商業者[[明（116）年]]營收", NY, "")
    d.metric("再成長[[4%]]至5%", 4, "%", "exact", "")
    d.metric("4%至[[5%]]", 5, "%", "exact", "")
    d.org("但[[勞動部]]已公告")
    d.date("已公告[[明年1月1日]]起", "2027-01-01", "")
    d.metric("調至新台幣[[3萬680元]]", 30680, "元", "exact", "",
             outer="新台幣")
    d.org("，[[台灣連鎖暨加盟協會]]指出")
    d.date("超商業者[[今年]]平均", Y, "")
    d.metric("調薪[[約3.5%]]", "3.5", "%", "approx", "")
    d.org("。[[環境部]]也預告")
    d.date("預告，[[明年7月]]起", "2027-07", "")
    d.metric("折價[[5元以上]]", 5, "元", "over", "")
    # P11 outlook (no CITY)
    d.date("展望[[年底]]，業者", Y, "")
    d.date("看好[[聖誕節]]、元旦", "2026-12-25", "")
    d.date("聖誕節、[[元旦]]及", "2027-01-01", "")
    d.date("及[[明年農曆春節]]的", "2027-02-06", "")
    d.org("。[[統一超商]]表示，年菜")
    d.date("已於[[10月中旬]]開跑", OCT, "")
    d.date("預購量較[[去年同期]]成長", "2025-10", "")
    d.metric("成長[[逾1成]]", 10, "%", "over", "")
    d.org("；[[全家]]則預估")
    d.date("預估，[[今年聖誕節]]蛋糕", "2026-12-25", "")
    d.metric("可望[[突破25萬個]]", "25e4", "个", "over", "")
    d.org("；[[萊爾富]]則預計")
    d.date("則預計[[明年第1季]]擴大", "2027-Q1", "")
    d.metric("年增[[2成]]。", 20, "%", "exact", "")
    audit = {
        "cities": ["台北", "臺北", "新北", "桃園", "台中", "臺中", "台南",
                   "臺南", "高雄", "基隆", "新竹", "嘉義", "花蓮", "台東",
                   "馬尼拉", "東京", "菲律賓", "日本", "全台", "六都",
                   "縣市", "信義", "楠梓", "仁武", "城市"],
        "excluded": [
            # counties (not CITY), the country, districts, 全台, 六都
            "；[[花蓮縣]]、", "、[[台東縣]]等", "轉投資的[[菲律賓]]超商",
            "參考[[日本]]東京", "台北[[信義區]]", "集中在[[楠梓]]、",
            "、[[仁武]]等", "截至9月底[[全台]]便利商店", "在[[全台]]門市",
            "居[[六都]]之冠", "增幅居[[六都]]之首", "就[[縣市]]分布",
            "中南部[[城市]]",
        ],
        "numbers_excluded": [],
        "cn_excluded": [],
        # CITY CAFE (統一超商's coffee line), icash Pay (愛金卡's wallet):
        # products
        "latin_excluded": ["期間[[CITY CAFE]]銷量", "，[[icash Pay]]註冊"],
        "words_excluded": {"年增": 16, "歷年同期": 1, "歷年同月": 1,
                           "年菜": 2, "月薪": 1, "每週": 1, "連假": 1},
        # generic heads and back-references outside ORG rows
        "orgwords_excluded": {"該公司": 2, "該處": 1, "業者": 4,
                              "郵局": 1},
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
