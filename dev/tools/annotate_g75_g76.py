#!/usr/bin/env python3
"""Gold annotation for the held-out articles g75_county_ecommerce_livestream
and g76_macao_mice_hotels (annotator L).

Adapted from heldout/tools/annotate_f.py (now dev/tools/annotate_g67_g68.py; annotate_x.py's checks through its
copies: the checks, audits and output of annotate_m.py with its bare
magnitude and `orgstring_excluded` list, 〇 among the Chinese numerals, and
annotate_n.py's traditional-text check), with the UTF-16 LE handling and
the list-joiner unit check of heldout/tools/annotate_h.py in place of
annotate_f.py's GBK checks.  Each mention is located by a short context
string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the article and one row is written per occurrence.
Offsets are Python str indices (code points) into the article as decoded:
g75 is simplified (mainland, 农民日报, 2026-11-20), stored as UTF-16 LE
WITH a BOM (FF FE), which is removed before offsets are counted; g76 is
traditional (Macao, 澳門日報, 2026-11-24), UTF-8 without BOM.  g76's `text`
is the traditional original; `normalized` (ORG/CITY) and `unit` are
simplified (OpenCC t2s; mainland cities by their official name with 市,
Hong Kong, Macao and foreign cities by their common mainland Chinese name).

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read or run), with heldout/
(README, NOTES_e/f/h, tools, corpus, gold) and corpus/gold as precedents.
Decisions: dev/NOTES_g75_g76.md.  Reference dates:
corpus/manifest.csv; the script checks only its own two rows, so it also
runs next to other annotators' rows.

The `city` column of every DATE/METRIC row is computed here by an
independent implementation of the GUIDELINES rule (city sections, then the
sentence rule); every DATE/METRIC row states the city I expect by hand, and
the two must agree.

Checks and audits as in annotate_x.py (strict decoding, offsets, overlaps,
span edges, formats, calendar-valid DATEs, METRIC values re-derived from the
span, ORG/CITY/unit normalizations against OpenCC t2s, audits of digits,
Latin words, Chinese numerals (with 〇, and Macao's 廿 and 卅), time
characters, city strings and ORG strings).  Changes: UTF-16 LE with BOM
(BOM FF FE required and removed, strict decode, byte round trip, even
length, agrees with Python's BOM-aware utf-16 codec, differs from a
big-endian reading, must not decode as UTF-8); both articles end with one
newline; the traditional article must hold no common simplified-only
character; a unit shared across a list joiner (和, 及, 、) is checked like a
range's; Macao's Chinese-numeral days (廿三日) are checked against the
normalized day.  Re-run (from anywhere):

    python3 dev/tools/annotate_g75_g76.py
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
    "g75_county_ecommerce_livestream": ("utf-16-le", BOM16LE, False,
                                        "2026-11-20", "农民日报"),
    "g76_macao_mice_hotels": ("utf-8", b"", True, "2026-11-24", "澳門日報"),
}
# common simplified-only characters a traditional article must not hold
SIMPLIFIED_ONLY = "这个们来时说国对会过发与门东车长马乐书见区员经济馆场报价处总统计"

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    # g75 (2026; 五常, 尚志 (哈尔滨), 肇东 (绥化), 义乌 (金华) are
    # county-level cities; the rest prefecture-level cities or
    # municipalities)
    "五常市": "五常市", "五常": "五常市", "哈尔滨": "哈尔滨市",
    "哈尔滨市": "哈尔滨市", "沈阳": "沈阳市", "北京": "北京市",
    "上海": "上海市", "广州": "广州市", "深圳": "深圳市", "杭州": "杭州市",
    "成都": "成都市", "重庆": "重庆市", "尚志市": "尚志市",
    "肇东市": "肇东市", "义乌市": "义乌市",
    # g76 (traditional spans; Hong Kong, Macao, foreign cities by their
    # common mainland Chinese name; 北京, 杭州, 成都, 深圳 as above)
    "澳門": "澳门", "香港": "香港", "廣州": "广州市", "珠海": "珠海市",
    "中山": "中山市", "新加坡": "新加坡", "曼谷": "曼谷", "首爾": "首尔",
    "東京": "东京", "吉隆坡": "吉隆坡", "里斯本": "里斯本",
    "聖保羅": "圣保罗", "雅加達": "雅加达", "胡志明市": "胡志明市",
}
# spans whose normalized name is not their t2s form (+ 市)
CITY_ALIAS = {}

# ORG span (traditional) -> simplified by hand (checked against OpenCC t2s)
ORG_NORM = {
    "統計暨普查局": "统计暨普查局", "統計局": "统计局",
    "澳門貿易投資促進局": "澳门贸易投资促进局", "貿促局": "贸促局",
    "國際會議協會": "国际会议协会", "ICCA": "ICCA",
    "經濟及科技發展局": "经济及科技发展局",
    "澳門特別行政區政府旅遊局": "澳门特别行政区政府旅游局",
    "旅遊局": "旅游局", "金沙中國": "金沙中国",
    "銀河娛樂集團": "银河娱乐集团", "銀娛": "银娱",
    "新濠博亞娛樂": "新濠博亚娱乐", "美高梅中國": "美高梅中国",
    "永利澳門": "永利澳门", "澳博控股": "澳博控股", "摩根大通": "摩根大通",
    "澳門國際機場專營股份有限公司": "澳门国际机场专营股份有限公司",
    "CAM": "CAM", "澳門國際機場": "澳门国际机场", "澳門航空": "澳门航空",
    "澳航": "澳航", "亞洲航空": "亚洲航空", "越捷航空": "越捷航空",
    "酷航": "酷航", "攜程": "携程",
    "橫琴粵澳深度合作區執行委員會": "横琴粤澳深度合作区执行委员会",
    "澳門酒店協會": "澳门酒店协会", "經濟財政司": "经济财政司",
    "澳門會議展覽業協會": "澳门会议展览业协会", "特區政府": "特区政府",
    "澳門旅遊大學": "澳门旅游大学", "博彩監察協調局": "博彩监察协调局",
}
# Chinese-numeral days and months (Macao writes 廿三日, 十二月三日)
CN_DAY = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}


def cn_number(s):
    """1-31 written in Chinese numerals (十五, 廿三, 三十, 卅一)."""
    m = re.fullmatch(r"(?:([二三]?)(十|廿|卅))?([一二三四五六七八九]?)", s)
    assert m and s, s
    tens = {"十": 1, "廿": 2, "卅": 3, None: 0}[m.group(2)]
    if m.group(1):
        assert m.group(2) == "十", s
        tens = CN_DAY[m.group(1)]
    return tens * 10 + (CN_DAY[m.group(3)] if m.group(3) else 0)


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


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
        if enc.startswith("utf-16"):                # the BOM names the order
            assert len(raw) % 2 == 0, f"{doc_id}: odd UTF-16 length"
            assert full.decode("utf-16") == self.text, f"{doc_id}: utf-16"
            other = "utf-16-le" if enc == "utf-16-be" else "utf-16-be"
            assert raw.decode(other, "replace") != self.text
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
# g75 a county-level city's rural e-commerce around 双11 2026: 五常市
# (黑龙江, under 哈尔滨), simplified, UTF-16 LE with BOM, 2026-11-20 (a
# Friday, ISO week 2026-W47), 农民日报; byline line 农民日报·中国农网记者 …
# (two outlets).  双11 2026-11-11 (the shopping festival by its day; its
# sales period 10月20日至11月11日), 双12 2026-12-12, 中国农民丰收节 = 秋分
# 2026-09-23, 元旦 2027-01-01, 春节 2027-02-06; 上周 2026-W46 (11月9日至
# 15日), 下周 2026-W48.
# ===========================================================================
@doc
def g75():
    d = Doc("g75_county_ecommerce_livestream")
    WC, HEB, SZ, ZD, YW = "五常市", "哈尔滨市", "深圳市", "肇东市", "义乌市"
    S11 = "2026-11-11"
    # title (a heading that opens with 五常市 but not as a section)
    d.city("[[五常市]]双11农产品")
    d.date("五常市[[双11]]农产品", S11, WC)
    d.metric("零售额达[[9.86亿元]] 直播", "9.86e8", "元", "exact", WC)
    d.metric("占比[[超四成]]\n", 40, "%", "over", WC)
    # byline (two outlets)
    d.org("\n[[农民日报]]·中国农网")
    d.org("·[[中国农网]]记者")
    # P1 lead
    d.city("拍下就从[[五常]]发货")
    d.date("”[[11月11日晚上]]，在五常市", S11, WC)
    d.city("，在[[五常市]]龙凤山镇")
    d.metric("一度[[超过3万人]]。", "3e4", "人", "over", WC)
    d.date("记者[[昨天]]从", "2026-11-19", "")
    d.org("昨天从[[五常市商务局]]获悉")
    d.date("获悉，[[今年双11]]期间（", S11, "")
    d.date("期间（[[10月20日]]至11月11日）", "2026-10-20", "")
    d.date("10月20日至[[11月11日]]）", S11, "")
    d.metric("零售额达[[9.86亿元]]，较", "9.86e8", "元", "exact", "")
    d.date("，较[[去年同期]]增长23.5%", "2025", "")
    d.metric("增长[[23.5%]]；", "23.5", "%", "exact", "")
    d.metric("销售额[[4.12亿元]]，占比", "4.12e8", "元", "exact", "")
    d.metric("占比[[41.8%]]，比", "41.8", "%", "exact", "")
    d.date("比[[2025年]]提高", "2025", "")
    d.metric("提高[[6.3个百分点]]", "6.3", "百分点", "exact", "")
    # P2 platforms
    d.org("从平台看，[[抖音]]、快手等")
    d.org("抖音、[[快手]]等直播平台")
    d.metric("贡献了[[近六成]]的", 60, "%", "approx", "")
    d.org("，[[淘宝]]、天猫")
    d.org("淘宝、[[天猫]]、京东")
    d.org("天猫、[[京东]]、拼多多")
    d.org("京东、[[拼多多]]等平台")
    d.org("增长。[[京东]]数据显示")
    d.date("数据显示，[[双11]]期间五常大米在京东", S11, WC)
    d.city("双11期间[[五常]]大米在京东")
    d.org("五常大米在[[京东]]的成交额")
    d.metric("同比增长[[31%]]，", 31, "%", "exact", WC)
    d.city("，“[[五常]]大米”相关")
    d.metric("环比增长[[1.8倍]]", "1.8", "倍", "exact", WC)
    d.org("；[[拼多多]]平台上")
    d.city("平台上[[五常]]鲜食玉米")
    d.metric("订单量[[超过45万单]]", "45e4", "单", "over", WC)
    d.org("机构[[星图数据]]监测")
    d.date("监测显示，[[今年双11]]全网", S11, WC)
    d.metric("同比增长[[12.7%]]，五常", "12.7", "%", "exact", WC)
    d.city("12.7%，[[五常]]大米位列")
    d.org("前三。[[快手]]相关负责人")
    d.date("负责人介绍，[[双11]]期间平台上", S11, WC)
    d.city("活跃的[[五常]]本地主播")
    d.metric("主播达到[[126名]]", 126, "名", "exact", WC)
    d.metric("粉丝量[[超过10万]]的", "10e4", "", "over", WC)
    d.metric("的有[[17名]]；", 17, "名", "exact", WC)
    d.city("来自[[杭州]]、成都")
    d.city("杭州、[[成都]]、重庆")
    d.city("成都、[[重庆]]等地")
    # P3 brands and a cooperative (no CITY: 五常 only inside ORGs)
    d.org("主力。[[五常市乔府大院农业股份有限公司]]（以下简称")
    d.org("以下简称“[[乔府大院]]”）")
    d.date("”）[[今年双11]]期间线上", S11, "")
    d.metric("销售额[[突破1.6亿元]]", "1.6e8", "元", "over", "")
    d.metric("同比增长[[28%]]，11月11日", 28, "%", "exact", "")
    d.date("28%，[[11月11日]]当天销售额", S11, "")
    d.date("11月11日[[当天]]销售额", S11, "")
    d.metric("达到[[2860万元]]；", "2860e4", "元", "exact", "")
    d.org("；[[五常市葵花阳光米业有限公司]]在")
    d.org("在[[抖音]]开设")
    d.metric("开设[[6个]]自播", 6, "个", "exact", "")
    d.metric("累计开展直播[[1200余场]]", 1200, "场", "over", "")
    d.metric("销售额[[约9500万元]]。", "9500e4", "元", "approx", "")
    d.org("，[[五常市丰源水稻种植专业合作社]]理事长")
    d.date("合作社[[今年]]流转", "2026", "")
    d.metric("流转土地[[3200亩]]", 3200, "亩", "exact", "")
    d.metric("带动周边[[186户]]农户", 186, "户", "exact", "")
    d.date("“[[双11]]前就把", S11, "")
    d.metric("就把[[四成]]新米", 40, "%", "exact", "")
    d.date("每斤比[[去年]]高出", "2025", "")
    d.metric("高出[[0.3元]]", "0.3", "元", "exact", "")
    # P4 logistics
    d.date("。[[今年]]以来，五常市引进", "2026", WC)
    d.city("今年以来，[[五常市]]引进")
    d.org("引进[[顺丰]]、京东物流")
    d.org("顺丰、[[京东物流]]、中通")
    d.org("京东物流、[[中通]]、圆通")
    d.org("中通、[[圆通]]、韵达")
    d.org("圆通、[[韵达]]、极兔")
    d.org("韵达、[[极兔]]等快递企业")
    d.org("，[[中国邮政五常市分公司]]开通")
    d.city("开通了至[[哈尔滨]]、沈阳")
    d.city("哈尔滨、[[沈阳]]的干线")
    d.date("邮路。[[双11]]期间，全市快递", S11, "")
    d.metric("累计达[[1286万件]]", "1286e4", "件", "exact", "")
    d.metric("同比增长[[19.2%]]", "19.2", "%", "exact", "")
    d.metric("峰值[[突破85万件]]", "85e4", "件", "over", "")
    d.date("；[[上周]]（11月9日", "2026-W46", "")
    d.date("上周（[[11月9日]]至15日）", "2026-11-09", "")
    d.date("11月9日至[[15日]]）", "2026-11-15", "")
    d.metric("保持在[[40万件以上]]", "40e4", "件", "over", "")
    d.org("以上。[[顺丰]]在当地")
    d.city("发往[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]等城市")
    d.metric("缩短至[[2.1天]]", "2.1", "天", "exact", SZ)
    d.org("；[[京东物流]]则在")
    d.city("则在[[哈尔滨]]设立")
    d.metric("东北地区[[约70%]]的", 70, "%", "approx", HEB)
    d.org("。[[国家邮政局]]监测")
    d.date("显示，[[11月11日]]当天全国", S11, "")
    d.date("11月11日[[当天]]全国", S11, "")
    d.metric("快递包裹[[7.77亿件]]", "7.77e8", "件", "exact", "")
    d.metric("业务量的[[1.9倍]]", "1.9", "倍", "exact", "")
    # P5 government and credit
    d.org("\n[[五常市委]]市政府")
    d.org("五常市委[[市政府]]把")
    d.org("。[[五常市农业农村局]]负责人")
    d.date("介绍，[[今年]]以来，市里", "2026", "")
    d.metric("财政资金[[2300万元]]", "2300e4", "元", "exact", "")
    d.metric("直播基地[[1个]]", 1, "个", "exact", "")
    d.metric("服务站[[24个]]", 24, "个", "exact", "")
    d.metric("服务点[[186个]]", 186, "个", "exact", "")
    d.metric("主播[[3800余人次]]", 3800, "人次", "over", "")
    d.org("由[[市商务局]]牵头")
    d.city("寒地黑土·[[五常]]好物")
    d.date("直播季自[[9月23日]]中国", "2026-09-23", WC)
    d.date("9月23日[[中国农民丰收节]]启动", "2026-09-23", WC)
    d.date("截至[[11月15日]]已", "2026-11-15", WC)
    d.metric("带货活动[[420场]]", 420, "场", "exact", WC)
    d.org("。[[中国农业银行五常市支行]]针对")
    d.date("，[[今年前三季度]]累计发放", "2026", "")
    d.metric("发放贷款[[1.35亿元]]", "1.35e8", "元", "exact", "")
    d.date("较[[去年同期]]增长42%", "2025", "")
    d.metric("增长[[42%]]。", 42, "%", "exact", "")
    # P6 province, 哈尔滨 and other counties
    d.org("\n[[商务部]]数据显示")
    d.date("商务部数据显示，[[今年双11]]期间全国", S11, "")
    d.metric("同比增长[[9.8%]]。", "9.8", "%", "exact", "")
    d.city("从全省看，[[五常市]]农产品")
    d.org("。[[黑龙江省商务厅]]数据")
    d.date("商务厅数据显示，[[今年双11]]期间全省", S11, "")
    d.metric("零售额[[87.3亿元]]", "87.3e8", "元", "exact", "")
    d.metric("同比增长[[16.4%]]。", "16.4", "%", "exact", "")
    d.org("。[[哈尔滨市商务局]]统计")
    d.date("统计，[[双11]]期间哈尔滨市", S11, HEB)
    d.city("双11期间[[哈尔滨市]]农产品")
    d.metric("零售额[[31.6亿元]]，五常市", "31.6e8", "元", "exact", HEB)
    d.city("31.6亿元，[[五常市]]占比")
    d.metric("占比[[近三分之一]]", "33.3333333333", "%", "approx", WC)
    d.city("；[[尚志市]]的黑木耳")
    d.city("蓝莓和[[肇东市]]的")
    d.metric("分别增长[[18%]]、26%", 18, "%", "exact", ZD)
    d.metric("18%、[[26%]]和15%", 26, "%", "exact", ZD)
    d.metric("26%和[[15%]]。", 15, "%", "exact", ZD)
    d.city("相比，[[五常]]仍有差距")
    d.city("：浙江[[义乌市]]双11期间")
    d.date("义乌市[[双11]]期间", S11, YW)
    d.metric("零售额[[超过20亿元]]", "20e8", "元", "over", YW)
    d.metric("直播销售额[[约11亿元]]", "11e8", "元", "approx", YW)
    # P7 incomes, an expert, counterfeits (no CITY outside ORGs)
    d.org("据[[五常市统计局]]测算")
    d.date("测算，[[今年]]全市农村", "2026", "")
    d.metric("有望达到[[2.8万元]]", "2.8e4", "元", "exact", "")
    d.date("比[[2025年]]增加约1900元", "2025", "")
    d.metric("增加[[约1900元]]", 1900, "元", "approx", "")
    d.metric("贡献[[约15%]]。", 15, "%", "approx", "")
    d.org("。[[东北农业大学经济管理学院]]一位")
    d.city("冒牌“[[五常]]大米”")
    d.date("警惕。[[9月]]以来", "2026-09", "")
    d.org("以来，[[五常市市场监督管理局]]会同")
    d.org("会同[[五常市大米协会]]开展")
    d.metric("假冒案件[[37起]]", 37, "起", "exact", "")
    d.metric("为[[超过2600万袋]]大米", "2600e4", "袋", "over", "")
    # P8 outlook
    d.org("展望后市，[[五常市商务局]]表示")
    d.date("抓住[[双12]]和元旦", "2026-12-12", "")
    d.date("双12和[[元旦]]、春节", "2027-01-01", "")
    d.date("元旦、[[春节]]等消费", "2027-02-06", "")
    d.date("计划于[[明年上半年]]建成", "2027", "")
    d.metric("占地[[约5万平方米]]", "5e4", "平方米", "approx", "")
    d.date("；[[下周]]，市里", "2026-W48", WC)
    d.org("联合[[抖音]]、快手举办")
    d.org("抖音、[[快手]]举办")
    d.city("举办“[[五常]]新米节”")
    d.metric("销售额[[超过5000万元]]", "5000e4", "元", "over", WC)
    audit = {
        "cities": ["五常", "哈尔滨", "沈阳", "北京", "上海", "广州", "深圳",
                   "杭州", "成都", "重庆", "尚志", "肇东", "义乌", "安溪",
                   "龙凤山", "黑龙江", "浙江", "福建", "东北", "南方",
                   "全市", "全省", "全国", "城市", "市里"],
        "excluded": [
            # a town (twice), a county, provinces and regions
            "五常市[[龙凤山镇]]的", "在[[龙凤山镇]]，", "福建[[安溪县]]茶叶",
            "：[[浙江]]义乌市", "，[[福建]]安溪县", "覆盖[[东北]]地区",
            "与[[南方]]电商强县",
        ],
        "numbers_excluded": [],
        # 一处, 一度, 一位 (the indefinite article, an adverb), 第三方 (an
        # ordinal), 前三 (a rank after 位列, GUIDELINES)
        "cn_excluded": ["的[[一]]处直播", "在线人数[[一]]度", "第[[三]]方机构",
                        "单品销量前[[三]]", "经济管理学院[[一]]位"],
        "latin_excluded": [],
        "words_excluded": {"日均": 1, "单日": 1, "日常": 1, "青年": 1,
                           "周边": 1, "直播季": 1, "节点": 1, "新米节": 1,
                           "全市": 4, "全省": 3, "全国": 2, "城市": 1,
                           "市里": 2, "黑龙江": 0},
        # generic heads outside ORG rows: 平台, 快递企业, 机构, 合作社 (the
        # back-reference 合作社今年), 品牌企业
        "orgwords_excluded": {"等直播平台": 1, "等平台": 1, "快递企业": 1,
                              "第三方机构": 1, "直播机构": 1, "合作社": 1,
                              "品牌企业": 1, "有限公司": 0, "商务局": 0},
        "orgstring_excluded": [],
    }
    return d, audit


# ===========================================================================
# g76 Macao's conventions and exhibitions and hotels in 2026, traditional,
# UTF-8 without BOM, 2026-11-24 (a Tuesday, ISO week 2026-W48), 澳門日報;
# opening 【本報消息】; 統計局 published 昨（廿三）日 (2026-11-23).  Macao
# forms: 廿三日, 本月十二日, 十二月三日, 首三季, 第三季, 首十個月.  國慶
# 2026-10-01 (黃金周 十月一日至七日), 聖誕 2026-12-25, 元旦 2027-01-01,
# 農曆新年 2027 = 2027-02-06; the 73rd Grand Prix 十一月十二日至十五日.
# ===========================================================================
@doc
def g76():
    d = Doc("g76_macao_mice_hotels")
    MO, SG, LS, BJ = "澳门", "新加坡", "里斯本", "北京市"
    JK, ZS, HK = "雅加达", "中山市", "香港"
    # title (a heading with no city)
    d.date("[[首十個月]]會展活動", "2026", "")
    d.metric("料達[[1126項]] 10月", 1126, "项", "exact", "")
    d.date("1126項 [[10月]]酒店", "2026-10", "")
    d.metric("入住率[[91.2%]]\n", "91.2", "%", "exact", "")
    # P1 statistics and 貿促局 (本報 is no ORG)
    d.org("】[[統計暨普查局]]（統計局）")
    d.org("統計暨普查局（[[統計局]]）")
    d.date("）[[昨（廿三）日]]公布", "2026-11-23", "")
    d.date("公布，[[今年第三季]]本澳", "2026-Q3", "")
    d.metric("會展活動[[318項]]", 318, "项", "exact", "")
    d.metric("按年增加[[12.4%]]；", "12.4", "%", "exact", "")
    d.metric("入場人次[[約52.6萬]]", "52.6e4", "", "approx", "")
    d.metric("按年上升[[18.7%]]。", "18.7", "%", "exact", "")
    d.date("。[[今年首三季]]會展活動", "2026", "")
    d.metric("累計[[964項]]", 964, "项", "exact", "")
    d.metric("入場人次[[逾150萬]]", "150e4", "", "over", "")
    d.org("。[[澳門貿易投資促進局]]（貿促局）")
    d.org("澳門貿易投資促進局（[[貿促局]]）")
    d.date("連同[[十月]]舉行", "2026-10", MO)
    d.city("第31屆[[澳門]]國際貿易投資展覽會")
    d.date("預計[[今年首十個月]]本澳", "2026", MO)
    d.metric("可達[[1126項]]，", 1126, "项", "exact", MO)
    d.metric("有望[[突破1300項]]", 1300, "项", "over", MO)
    # P2 kinds of events, bidding support, ICCA
    d.date("劃分，[[第三季]]共舉行", "2026-Q3", "")
    d.metric("會議[[271項]]", 271, "项", "exact", "")
    d.metric("佔總數[[85.2%]]", "85.2", "%", "exact", "")
    d.metric("展覽[[29項]]", 29, "项", "exact", "")
    d.metric("入場人次[[約31.8萬]]", "31.8e4", "", "approx", "")
    d.metric("獎勵活動[[18項]]", 18, "项", "exact", "")
    d.metric("活動佔[[約一成]]", 10, "%", "approx", "")
    d.metric("的佔[[近九成]]", 90, "%", "approx", "")
    d.org("。[[貿促局]]指，已落實")
    d.metric("項目[[142個]]", 142, "个", "exact", SG)
    d.metric("國際性會議[[37個]]", 37, "个", "exact", SG)
    d.city("來自[[新加坡]]、曼谷")
    d.city("、[[曼谷]]、首爾")
    d.city("、[[首爾]]、東京")
    d.city("、[[東京]]、吉隆坡")
    d.city("、[[吉隆坡]]等城市")
    d.org("。[[國際會議協會]]（ICCA）")
    d.org("國際會議協會（[[ICCA]]）")
    d.date("（ICCA）[[今年5月]]公布", "2026-05", MO)
    d.city("顯示，[[澳門]]2025年")
    d.date("澳門[[2025年]]共舉辦", "2025", MO)
    d.org("符合[[ICCA]]標準")
    d.metric("國際會議[[46個]]", 46, "个", "exact", MO)
    d.date("為[[2019年]]以來最佳", "2019", MO)
    d.org("。[[經濟及科技發展局]]資料")
    d.date("則顯示，[[今年首十個月]]新成立", "2026", "")
    d.metric("企業有[[58間]]", 58, "间", "exact", "")
    # P3 MIF (an event; no CITY except where named)
    d.date("\n[[今年]]MIF於", "2026", "")
    d.date("MIF於[[十月十五日]]至十八日", "2026-10-15", "")
    d.date("十月十五日至[[十八日]]在", "2026-10-18", "")
    d.metric("設展位[[約2,000個]]", 2000, "个", "approx", "")
    d.metric("來自[[52個]]國家", 52, "个", "exact", "")
    d.metric("地區的[[逾1,700家]]企業", 1700, "家", "over", "")
    d.metric("入場人次達[[14.3萬]]；", "14.3e4", "", "exact", "")
    d.metric("洽談配對[[1,860場]]", 1860, "场", "exact", "")
    d.metric("合作協議[[86項]]", 86, "项", "exact", "")
    d.metric("企業[[約180家]]，", 180, "家", "approx", LS)
    d.city("主要來自[[里斯本]]、聖保羅")
    d.city("里斯本、[[聖保羅]]等城市")
    d.org("城市。[[貿促局]]今（廿四）日")
    d.date("貿促局[[今（廿四）日]]起", "2026-11-24", BJ)
    d.city("起亦在[[北京]]舉辦")
    d.city("舉辦[[澳門]]會展推介活動")
    d.date("將於[[下月]]赴杭州", "2026-12", MO)
    d.city("赴[[杭州]]、成都")
    d.city("杭州、[[成都]]等城市")
    # P4 the Grand Prix and events ahead
    d.date("。[[本月十二日]]至十五日", "2026-11-12", MO)
    d.date("本月十二日至[[十五日]]舉行", "2026-11-15", MO)
    d.city("第七十三屆[[澳門]]格蘭披治大賽車")
    d.metric("觀眾[[約9.8萬人次]]", "9.8e4", "人次", "approx", MO)
    d.metric("升至[[95%以上]]。", 95, "%", "over", MO)
    d.org("。[[貿促局]]透露")
    d.date("透露，[[十二月三日]]至六日", "2026-12-03", MO)
    d.date("十二月三日至[[六日]]將舉辦", "2026-12-06", MO)
    d.date("將舉辦[[2026]]澳門國際品牌", "2026", MO)
    d.city("2026[[澳門]]國際品牌連鎖加盟展")
    d.date("；[[明年上半年]]已有", "2027", MO)
    d.date("包括[[明年三月]]一個", "2027-03", MO)
    d.metric("一個[[逾3,000人]]的", 3000, "人", "over", MO)
    d.date("而[[2027年]]澳門國際旅遊", "2027", MO)
    d.city("2027年[[澳門]]國際旅遊（產業）博覽會")
    d.date("定於[[明年四月]]舉行", "2027-04", MO)
    # P5 hotels and visitors (no CITY: 本澳, 訪澳, 港珠澳大橋)
    d.org("方面，[[統計局]]數據顯示，10月份本澳")
    d.date("數據顯示，[[10月份]]本澳酒店業", "2026-10", "")
    d.metric("入住率為[[91.2%]]", "91.2", "%", "exact", "")
    d.metric("按年上升[[2.6個百分點]]", "2.6", "百分点", "exact", "")
    d.metric("入住率達[[93.5%]]", "93.5", "%", "exact", "")
    d.metric("住客[[約146.8萬人次]]", "146.8e4", "人次", "approx", "")
    d.metric("按年增加[[6.9%]]，平均", "6.9", "%", "exact", "")
    d.metric("留宿時間[[1.6晚]]", "1.6", "晚", "exact", "")
    d.date("受[[國慶]]黃金周（", "2026-10-01", "")
    d.date("黃金周（[[十月一日]]至七日）", "2026-10-01", "")
    d.date("十月一日至[[七日]]）", "2026-10-07", "")
    d.date("帶動，[[10月份]]入境旅客", "2026-10", "")
    d.metric("入境旅客[[約372萬人次]]", "372e4", "人次", "approx", "")
    d.metric("按年上升[[8.4%]]", "8.4", "%", "exact", "")
    d.metric("內地旅客[[約281萬人次]]", "281e4", "人次", "approx", "")
    d.metric("入境者佔[[約兩成]]", 20, "%", "approx", "")
    d.org("。[[澳門特別行政區政府旅遊局]]（旅遊局）")
    d.org("政府旅遊局（[[旅遊局]]）")
    d.date("預計，[[今年]]全年訪澳", "2026", "")
    d.metric("可達[[約4,050萬人次]]", "4050e4", "人次", "approx", "")
    d.date("較[[去年]]的3,900萬", "2025", "")
    d.metric("去年的[[3,900萬人次]]", "3900e4", "人次", "exact", "")
    d.metric("增加[[約3.8%]]。", "3.8", "%", "approx", "")
    # P6 resort operators (companies ORG; 金光會展, 銀河國際會議中心,
    # 新濠天地, 美獅美高梅, 永利皇宮, 上葡京 are places)
    d.org("方面，[[金沙中國]]表示")
    d.date("金光會展[[第三季]]承接", "2026-Q3", "")
    d.metric("會展活動[[46項]]", 46, "项", "exact", "")
    d.metric("展覽面積[[逾五成]]", 50, "%", "over", "")
    d.org("；[[銀河娛樂集團]]（銀娛）")
    d.org("銀河娛樂集團（[[銀娛]]）")
    d.date("會議中心[[今年首三季]]接待", "2026", "")
    d.metric("宴會活動[[逾600場]]", 600, "场", "over", "")
    d.org("，[[銀娛]]並計劃")
    d.date("計劃於[[2027年]]前完成", "2027", "")
    d.org("。[[新濠博亞娛樂]]旗下")
    d.org("、[[美高梅中國]]旗下")
    d.org("、[[永利澳門]]旗下")
    d.org("及[[澳博控股]]旗下")
    d.date("上葡京，[[10月份]]酒店", "2026-10", "")
    d.metric("均在[[95%以上]]。", 95, "%", "over", "")
    d.org("。[[摩根大通]]預計")
    d.date("預計，[[今年第四季]]本澳", "2026-Q4", "")
    d.metric("增長[[約7%]]。", 7, "%", "approx", "")
    # P7 air
    d.org("方面，[[澳門國際機場專營股份有限公司]]（CAM）")
    d.org("專營股份有限公司（[[CAM]]）")
    d.date("數據顯示，[[10月份]]澳門國際機場", "2026-10", "")
    d.org("10月份[[澳門國際機場]]旅客量")
    d.metric("旅客量[[約89萬人次]]", "89e4", "人次", "approx", "")
    d.metric("按年增長[[14.2%]]", "14.2", "%", "exact", "")
    d.metric("航班[[約7,300架次]]", 7300, "架次", "approx", "")
    d.org("。[[澳門航空]]（澳航）")
    d.org("澳門航空（[[澳航]]）")
    d.date("將於[[明年一月]]開通", "2027-01", MO)
    d.city("開通[[澳門]]至雅加達")
    d.city("澳門至[[雅加達]]航線")
    d.metric("每周[[4班]]", 4, "班", "exact", JK)
    d.org("；[[亞洲航空]]、越捷航空")
    d.org("、[[越捷航空]]及酷航")
    d.org("及[[酷航]]亦已")
    d.city("增加[[澳門]]往返")
    d.city("往返[[吉隆坡]]、胡志明市")
    d.city("、[[胡志明市]]、新加坡")
    d.city("胡志明市、[[新加坡]]的航班")
    d.org("。[[CAM]]預計")
    d.metric("可[[突破900萬人次]]", "900e4", "人次", "over", "")
    # P8 source markets, 橫琴, hotels' bookings
    d.org("方面，[[攜程]]數據顯示")
    d.date("數據顯示，[[國慶]]黃金周期間內地", "2026-10-01", MO)
    d.city("預訂[[澳門]]酒店")
    d.metric("按年增長[[約35%]]", 35, "%", "approx", MO)
    d.city("來自[[廣州]]、深圳")
    d.city("廣州、[[深圳]]、珠海")
    d.city("深圳、[[珠海]]和中山")
    d.city("珠海和[[中山]]的旅客")
    d.metric("佔比[[超過四成]]", 40, "%", "over", ZS)
    d.org("。[[旅遊局]]另指")
    d.date("另指，[[10月份]]國際旅客", "2026-10", HK)
    d.metric("國際旅客[[約29.4萬人次]]", "29.4e4", "人次", "approx", HK)
    d.metric("按年增加[[15.8%]]", "15.8", "%", "exact", HK)
    d.city("不少經[[香港]]轉乘")
    d.org("。[[橫琴粵澳深度合作區執行委員會]]與")
    d.org("執行委員會與[[貿促局]]合辦")
    d.metric("推介活動[[6場]]", 6, "场", "exact", "")
    d.metric("吸引[[超過1,200家]]", 1200, "家", "over", "")
    d.org("。[[澳門酒店協會]]指")
    d.date("指，[[聖誕]]及元旦", "2026-12-25", "")
    d.date("聖誕及[[元旦]]假期", "2027-01-01", "")
    d.metric("已達[[約七成]]", 70, "%", "approx", "")
    d.date("，[[明年農曆新年]]期間", "2027-02-06", "")
    d.metric("按年上升[[5%]]至10%", 5, "%", "exact", "")
    d.metric("上升5%至[[10%]]。", 10, "%", "exact", "")
    # P9 government, an expert, gaming revenue
    d.org("\n[[經濟財政司]]司長")
    d.date("司長[[昨日]]出席", "2026-11-23", "")
    d.org("出席[[澳門會議展覽業協會]]活動")
    d.org("表示，[[特區政府]]將於")
    d.date("將於[[明年]]推出", "2027", "")
    d.date("力爭[[2027年]]會展活動", "2027", "")
    d.metric("會展活動[[超過1,400項]]", 1400, "项", "over", "")
    d.org("。[[澳門旅遊大學]]一位")
    d.org("。[[博彩監察協調局]]數據")
    d.date("則顯示，[[10月份]]博彩", "2026-10", "")
    d.metric("毛收入為[[228.6億澳門元]]", "228.6e8", "澳门元", "exact", "")
    d.metric("按年上升[[9.1%]]。", "9.1", "%", "exact", "")
    audit = {
        "cities": ["澳門", "香港", "北京", "杭州", "成都", "廣州", "深圳",
                   "珠海", "中山", "新加坡", "曼谷", "首爾", "東京",
                   "吉隆坡", "里斯本", "聖保羅", "雅加達", "胡志明",
                   "本澳", "全澳", "訪澳", "來澳", "橫琴", "港珠澳", "大灣區",
                   "亞太區", "內地", "韓國", "菲律賓", "泰國", "葡語國家",
                   "城市", "金光", "路氹", "氹仔"],
        "excluded": [
            # countries (a gloss of visitors' origins)
            "以[[韓國]]、", "、[[菲律賓]]及", "及[[泰國]]旅客",
            # a bridge's border crossing named by abbreviations
            "經[[港珠澳大橋]]口岸",
        ],
        # 第31屆 (an ordinal), 第13位 (a rank)
        "numbers_excluded": ["第[[31]]屆", "排名第[[13]]位"],
        # 第七十三屆, 第四期 (ordinals), 五星級 (a hotel class), 一個 and
        # 一位 (the indefinite article), 新一輪, 「一程多站」 (a scheme)
        "cn_excluded": ["第[[七十三]]屆", "第[[四]]期", "其中[[五]]星級",
                        "三月[[一]]個逾", "旅遊大學[[一]]位", "新[[一]]輪",
                        "「[[一]]程多站」"],
        # MIF (an event's initials, x2)
        "latin_excluded": ["（[[MIF]]）", "今年[[MIF]]於"],
        "words_excluded": {"按年": 11, "全年": 3, "黃金周": 2, "周邊": 1,
                           "每周": 1, "本澳": 6, "全澳": 1, "訪澳": 1,
                           "來澳": 1, "內地": 2, "城市": 5, "大灣區": 1,
                           "亞太區": 1, "葡語國家": 1, "金光會展": 2, "新濠天地": 1,
                           "時間": 1, "期間": 3},
        # generic heads outside ORG rows: 營運商, 機構 (none), 政府 (由政府
        # 主辦: the level, no name), 協會 (none outside rows)
        "orgwords_excluded": {"營運商": 1, "由政府": 1, "協會": 0,
                              "集團": 0, "有限公司": 0},
        # places holding an organization's string: none of the ORG rows'
        # texts occurs inside 銀河國際會議中心, 美獅美高梅, 永利皇宮 …
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
    m = re.fullmatch(r"(\d)折", span)               # 9折 -> 90 %
    if m:
        return Decimal(m.group(1)) * 10, q, "%"
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
