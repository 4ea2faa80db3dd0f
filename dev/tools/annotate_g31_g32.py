#!/usr/bin/env python3
"""Gold annotation for the held-out articles g31_city_gdp_ranking (simplified,
mainland economic daily 经济日报, UTF-8 without BOM) and g32_hk_hotels_tourism
(traditional, Hong Kong daily 星島日報, UTF-8 without BOM).  Annotator P.

Adapted from heldout/tools/annotate_m.py (now dev/tools/annotate_g25_g26.py).  Each mention is located by a short
context string in which the span is marked with [[ ]]; the context must occur
exactly `n` times in the decoded article, and one row is written per
occurrence.  Each article is read as bytes and decoded strictly (SPEC 1-2);
offsets are Python str indices into the decoded text.  g32 offsets and `text`
point into the traditional original, while `normalized` (ORG/CITY) and `unit`
are simplified.

Annotated from docs/SPEC.md and docs/GUIDELINES.md only (nothing under
pipeline/, rules/, output/, dev/ or tests/ was read, and the pipeline was not
run; the project's python was used only to import opencc).  Decisions:
dev/NOTES_g31_g32.md.  Reference dates: corpus/manifest.csv
(g31 2025-11-05, g32 2025-10-22).

Checks: strict decoding and byte round trip (no BOM); text ==
original[start:end]; rows sorted and not overlapping; no span starts or ends
with white space or punctuation; field formats per type; DATE normalizations
are real calendar values; METRIC value, qualifier and unit re-derived from
the span text (a marker outside the span must be declared and stand right
before it; a unit shared with a later figure must be declared); ORG
normalization == OpenCC t2s(text) and CITY normalization == t2s(text) with 市
added (foreign cities and Hong Kong as they are, 雪梨 -> 悉尼); units against
t2s; the `city` column of every DATE/METRIC row recomputed with this script's
own implementation of the GUIDELINES rule and compared with the hand value of
every row.  Audits: every occurrence of a listed city/place string, every
ASCII digit run, every Latin word, every Chinese numeral character, every
Chinese figure word (成, 倍, 分之), every % sign, every time character and
every organization-like word lies inside a row or is excluded here on purpose,
and every occurrence of an annotated ORG string is inside an ORG row.

OpenCC: the `opencc` module if importable, else $CN_NEWS_PYTHON, else the
project's .venv python (../../.venv/bin/python once this set sits in
heldout/, or /work/main/.venv/bin/python).  Paths are relative to this
script (BASE = the parent of tools/).  The manifest may list other
annotators' articles; only this script's two rows are checked.  Re-run:

    python3 dev/tools/annotate_g31_g32.py
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
ENCODINGS = {"g31_city_gdp_ranking": "utf-8",
             "g32_hk_hotels_tourism": "utf-8"}
BOMS = {"g31_city_gdp_ranking": b"",
        "g32_hk_hotels_tourism": b""}
PUBLISHED = {"g31_city_gdp_ranking": "2025-11-05",
             "g32_hk_hotels_tourism": "2025-10-22"}
SOURCES = {"g31_city_gdp_ranking": "经济日报",
           "g32_hk_hotels_tourism": "星島日報"}

# CITY span -> official full name (simplified; foreign cities and Hong Kong
# by their common Chinese name, the mainland standard one).
CITY_NORM = {
    # g31 (simplified)
    "北京": "北京市", "上海": "上海市", "深圳": "深圳市", "重庆": "重庆市",
    "广州": "广州市", "苏州": "苏州市", "成都": "成都市", "杭州": "杭州市",
    "武汉": "武汉市", "南京": "南京市", "昆山": "昆山市", "昆山市": "昆山市",
    "常熟": "常熟市", "张家港": "张家港市", "太仓": "太仓市", "无锡": "无锡市",
    "江阴": "江阴市", "泉州": "泉州市", "晋江": "晋江市", "宁波": "宁波市",
    "青岛": "青岛市", "长沙": "长沙市", "天津": "天津市", "郑州": "郑州市",
    "济南": "济南市", "义乌": "义乌市", "神木市": "神木市",
    # g32 (traditional)
    "香港": "香港", "廣州": "广州市", "佛山": "佛山市", "東莞": "东莞市",
    "首爾": "首尔", "釜山": "釜山", "東京": "东京", "大阪": "大阪",
    "福岡": "福冈", "新加坡": "新加坡", "吉隆坡": "吉隆坡", "曼谷": "曼谷",
    "胡志明市": "胡志明市", "雪梨": "悉尼", "墨爾本": "墨尔本",
}
FOREIGN_OR_SAR = {"香港", "首尔", "釜山", "东京", "大阪", "福冈", "新加坡",
                  "吉隆坡", "曼谷", "胡志明市", "悉尼", "墨尔本"}
# Hong Kong / Taiwan spellings of foreign cities -> mainland name (SPEC)
SPELLING = {"雪梨": "悉尼"}

# ORG span (traditional) -> OpenCC t2s form; simplified spans map to themselves.
ORG_NORM = {
    "星島日報": "星岛日报", "香港旅遊發展局": "香港旅游发展局",
    "旅發局": "旅发局", "政府統計處": "政府统计处",
    "香港酒店業協會": "香港酒店业协会",
    "香港上海大酒店有限公司": "香港上海大酒店有限公司", "大酒店": "大酒店",
    "朗廷酒店投資": "朗廷酒店投资", "嘉里集團": "嘉里集团",
    "香格里拉集團": "香格里拉集团", "帝盛酒店集團": "帝盛酒店集团",
    "富豪酒店國際控股有限公司": "富豪酒店国际控股有限公司",
    "富豪國際": "富豪国际", "入境處": "入境处",
    "深圳市文化廣電旅遊體育局": "深圳市文化广电旅游体育局",
    "國泰航空": "国泰航空", "大韓航空": "大韩航空", "香港航空": "香港航空",
    "香港機場管理局": "香港机场管理局", "機管局": "机管局",
    "香港國際機場": "香港国际机场", "旅遊事務署": "旅游事务署",
    "文化體育及旅遊局": "文化体育及旅游局", "文體旅局": "文体旅局",
    "香港旅遊業議會": "香港旅游业议会", "旅議會": "旅议会",
    "萬豪國際": "万豪国际", "洲際酒店集團": "洲际酒店集团",
}
TRADITIONAL = {"g32_hk_hotels_tourism"}
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
# g31 city GDP ranking: simplified, UTF-8 (no BOM), published 2025-11-05
# (Wednesday, ISO week 2025-W45), mainland economic daily (经济日报);
# dateline 本报北京11月4日讯
# ===========================================================================
@doc
def g31():
    d = Doc("g31_city_gdp_ranking")
    BJ, SH, SZ, CQ, GZ, SU, CD, HZ, WH, NJ = (
        "北京市", "上海市", "深圳市", "重庆市", "广州市", "苏州市", "成都市",
        "杭州市", "武汉市", "南京市")
    NB, CS, TJ, JN, ZZ, YW, SM, KS = ("宁波市", "长沙市", "天津市", "济南市",
                                      "郑州市", "义乌市", "神木市", "昆山市")
    # --- title (a heading without a city: sentence rule)
    d.date("[[前三季度]]城市GDP十强", "2025", CQ)
    d.city("出炉 [[重庆]]与广州")
    d.city("重庆与[[广州]]差距扩大")
    d.metric("扩大至[[逾1400亿元]]\n", "1400e8", "元", "over", GZ)
    # --- lead sentence 1 (dateline 北京; 南京 only inside the ORG)
    d.city("本报[[北京]]11月4日讯")
    d.date("本报北京[[11月4日]]讯", "2025-11-04", BJ)
    d.org("随着[[南京市统计局]]昨日")
    d.date("南京市统计局[[昨日]]（3日）", "2025-11-03", BJ)
    d.date("昨日（[[3日]]）发布", "2025-11-03", BJ)
    d.date("发布数据，[[今年前三季度]]我国", "2025", BJ)
    # --- lead sentence 2
    d.city("。[[上海]]以4.06万亿元")
    d.metric("上海以[[4.06万亿元]]继续", "4.06e12", "元", "exact", SH)
    d.city("领跑，[[北京]]、深圳分列")
    d.city("北京、[[深圳]]分列")
    d.city("三位，[[重庆]]、广州、苏州")
    d.city("重庆、[[广州]]、苏州、成都")
    d.city("广州、[[苏州]]、成都")
    d.city("苏州、[[成都]]、杭州")
    d.city("成都、[[杭州]]、武汉")
    d.city("杭州、[[武汉]]、南京依次")
    d.city("武汉、[[南京]]依次")
    # --- lead sentences 3-4 (no CITY; 十城 a collective label)
    d.metric("合计[[约23.75万亿元]]", "23.75e12", "元", "approx")
    d.metric("经济总量的[[近四分之一]]", 25, "%", "approx")
    d.date("比重较[[上半年]]提高", "2025")
    d.metric("提高[[0.2个百分点]]。", "0.2", "百分点")
    d.date("与[[去年前三季度]]相比", "2024")
    d.metric("十城中有[[7个]]城市", 7, "个")
    # --- 京沪 heading (no city: 京, 沪 are one-character abbreviations)
    d.metric("双双站上[[3.7万亿元]]台阶", "3.7e12", "元")
    d.org("\n[[上海市统计局]]10月24日")
    d.date("上海市统计局[[10月24日]]发布", "2025-10-24", SH)
    d.date("显示，[[前三季度]]上海实现", "2025", SH)
    d.city("前三季度[[上海]]实现")
    d.metric("生产总值[[40615.3亿元]]", "40615.3e8", "元", "exact", SH)
    d.metric("同比增长[[5.5%]]，增速比上半年加快", "5.5", "%", "exact", SH)
    d.date("增速比[[上半年]]加快", "2025", SH)
    d.metric("加快[[0.4个百分点]]", "0.4", "百分点", "exact", SH)
    d.metric("增加值[[31208.7亿元]]", "31208.7e8", "元")
    d.metric("占比[[超过七成]]", 70, "%", "over")
    d.metric("浦东新区贡献[[约1.35万亿元]]", "1.35e12", "元", "approx")
    d.date("。[[9月]]当月", "2025-09")
    d.date("。9月[[当月]]，全市", "2025-09")
    d.metric("同比增长[[6.8%]]", "6.8", "%")
    d.org("。[[北京市统计局]]、国家")
    d.org("、[[国家统计局北京调查总队]]同日")
    d.date("调查总队[[同日]]发布", "2025-10-24", BJ)
    d.city("显示，[[北京]]前三季度")
    d.date("北京[[前三季度]]地区", "2025", BJ)
    d.metric("生产总值为[[37826.4亿元]]", "37826.4e8", "元", "exact", BJ)
    d.metric("同比增长[[5.3%]]，与上海", "5.3", "%", "exact", BJ)
    d.city("5.3%，与[[上海]]的差距")
    d.date("差距由[[去年同期]]的3150", "2024", SH)
    d.metric("同期的[[3150亿元左右]]", "3150e8", "元", "approx", SH)
    d.metric("缩小至[[2788.9亿元]]", "2788.9e8", "元", "exact", SH)
    # --- 深圳 section (heading 深圳：, up to the heading 重庆、广州：)
    d.city("\n[[深圳]]：工业投资")
    d.metric("工业投资增长[[14.3%]]\n", "14.3", "%", "exact", SZ)
    d.org("\n[[深圳市统计局]]数据")
    d.date("显示，[[前三季度]]深圳GDP", "2025", SZ)
    d.city("前三季度[[深圳]]GDP")
    d.metric("GDP为[[28247.9亿元]]", "28247.9e8", "元", "exact", SZ)
    d.metric("同比增长[[5.6%]]，比1", "5.6", "%", "exact", SZ)
    d.date("比[[1]]-8月", "2025-01", SZ)
    d.date("比1-[[8月]]回落", "2025-08", SZ)
    d.metric("回落[[0.1个百分点]]", "0.1", "百分点", "exact", SZ)
    d.metric("工业增加值增长[[7.9%]]", "7.9", "%", "exact", SZ)
    d.metric("，工业投资增长[[14.3%]]，", "14.3", "%", "exact", SZ)
    d.metric("产量达到[[189.6万辆]]", "189.6e4", "辆", "exact", SZ)
    d.metric("增长[[近四成]]", 40, "%", "approx", SZ)
    d.org("以[[比亚迪股份有限公司]]（")
    d.org("简称“[[比亚迪]]”）")
    d.org("突出，[[比亚迪]]前三季度")
    d.date("比亚迪[[前三季度]]在深", "2025", SZ)
    d.metric("产值[[超过3000亿元]]", "3000e8", "元", "over", SZ)
    d.metric("GDP则[[突破6000亿元]]", "6000e8", "元", "over", SZ)
    d.city("不过，[[深圳]]社会")
    d.metric("仅增长[[2.1%]]", "2.1", "%", "exact", SZ)
    # --- 重庆、广州 heading (a heading, but 重庆 is followed by 、: no section)
    d.city("\n[[重庆]]、广州：差距")
    d.city("重庆、[[广州]]：差距")
    d.metric("差距扩大至[[1400亿元以上]]", "1400e8", "元", "over", GZ)
    d.org("\n[[重庆市统计局]]10月27日")
    d.date("重庆市统计局[[10月27日]]公布", "2025-10-27", CQ)
    d.date("公布，[[前三季度]]重庆", "2025", CQ)
    d.city("前三季度[[重庆]]实现")
    d.metric("生产总值[[23918.4亿元]]", "23918.4e8", "元", "exact", CQ)
    d.metric("同比增长[[5.9%]]，增速在", "5.9", "%", "exact", CQ)
    d.city("十强城市中与[[武汉]]并列")
    d.metric("汽车产业增加值增长[[12.6%]]", "12.6", "%")
    d.org("，[[长安汽车]]、赛力斯")
    d.org("、[[赛力斯]]等车企")
    d.date("等车企[[前三季度]]在渝", "2025")
    d.metric("合计[[约215万辆]]", "215e4", "辆", "approx")
    d.metric("GDP增长[[7.2%]]", "7.2", "%")
    d.city("。[[广州]]前三季度GDP")
    d.date("广州[[前三季度]]GDP为22516.7", "2025", GZ)
    d.metric("GDP为[[22516.7亿元]]", "22516.7e8", "元", "exact", GZ)
    d.metric("同比增长[[3.8%]]", "3.8", "%", "exact", GZ)
    d.date("较[[上半年]]的3.5%", "2025", GZ)
    d.metric("上半年的[[3.5%]]", "3.5", "%", "exact", GZ)
    d.date("。[[两年前]]，广州", "2023", GZ)
    d.city("两年前，[[广州]]与重庆")
    d.city("广州与[[重庆]]的差距还")
    d.metric("还[[不足200亿元]]", "200e8", "元", "under", CQ)
    d.date("；[[去年前三季度]]扩大", "2024")
    d.metric("扩大至[[约860亿元]]", "860e8", "元", "approx")
    d.metric("已达[[1401.7亿元]]", "1401.7e8", "元")
    d.org("。[[广州市统计局]]有关")
    d.date("表示，[[三季度]]（7月至9月）", "2025-Q3", GZ)
    d.date("三季度（[[7月]]至9月）", "2025-07", GZ)
    d.date("（7月至[[9月]]）", "2025-09", GZ)
    d.city("9月）[[广州]]外贸")
    d.date("收窄，[[9月]]单月", "2025-09", GZ)
    d.metric("出口增长[[4.6%]]", "4.6", "%", "exact", GZ)
    d.org("，[[广汽集团]]9月")
    d.date("广汽集团[[9月]]销量", "2025-09", GZ)
    d.metric("环比增长[[18%]]", 18, "%", "exact", GZ)
    # --- 苏州 section (heading 苏州：, up to the heading 新一线：)
    d.city("\n[[苏州]]：四个")
    d.metric("苏州：[[四个]]县级市", 4, "个", "exact", SU)
    d.metric("贡献[[近一半]]\n", 50, "%", "approx", SU)
    d.city("\n[[苏州]]前三季度GDP达")
    d.date("苏州[[前三季度]]GDP达", "2025", SU)
    d.metric("GDP达[[19536.2亿元]]", "19536.2e8", "元", "exact", SU)
    d.metric("同比增长[[5.7%]]", "5.7", "%", "exact", SU)
    d.org("。[[苏州市统计局]]数据")
    d.city("显示，[[昆山]]、常熟")
    d.city("昆山、[[常熟]]、张家港")
    d.city("常熟、[[张家港]]、太仓")
    d.city("张家港、[[太仓]]四个")
    # 昆山、常熟、张家港、太仓四个县级市: SPEC 3, METRIC, Not METRIC: "collective labels for a
    # list just given (两地, 五市)" (corrected 2026-11-26; the heading's 四个 stays a figure)
    d.metric("实现GDP[[约9480亿元]]", "9480e8", "元", "approx", SU)
    d.metric("占全市[[近一半]]；", 50, "%", "approx", SU)
    d.city("其中[[昆山市]]前三季度")
    d.date("昆山市[[前三季度]]GDP", "2025", SU)
    d.metric("GDP为[[4052.8亿元]]", "4052.8e8", "元", "exact", SU)
    d.metric("同比增长[[6.1%]]", "6.1", "%", "exact", SU)
    d.org("。[[江苏省统计局]]数据")
    d.city("显示，[[无锡]]江阴")
    d.city("无锡[[江阴]]前三季度")
    d.date("江阴[[前三季度]]GDP", "2025", SU)
    d.metric("GDP为[[3610.5亿元]]", "3610.5e8", "元", "exact", SU)
    d.org("；[[福建省统计局]]数据")
    d.city("显示，[[泉州]]晋江")
    d.city("泉州[[晋江]]为")
    d.metric("晋江为[[2487.3亿元]]", "2487.3e8", "元", "exact", SU)
    d.metric("分别增长[[5.8%]]和5.2%", "5.8", "%", "exact", SU)
    d.metric("5.8%和[[5.2%]]", "5.2", "%", "exact", SU)
    d.date("长沙县[[前三季度]]增长", "2025", SU)
    d.metric("增长仅[[4.3%]]", "4.3", "%", "exact", SU)
    # --- 新一线 heading (no city at its start: ends the 苏州 section)
    d.city("新一线：[[成都]]杭州武汉")
    d.city("新一线：成都[[杭州]]武汉")
    d.city("新一线：成都杭州[[武汉]]你追")
    d.city("\n[[成都]]前三季度实现")
    d.date("成都[[前三季度]]实现", "2025", CD)
    d.metric("生产总值[[18205.6亿元]]", "18205.6e8", "元", "exact", CD)
    d.metric("同比增长[[5.8%]]，领先", "5.8", "%", "exact", CD)
    d.city("领先[[杭州]]约1303")
    d.metric("领先杭州[[约1303亿元]]", "1303e8", "元", "approx", HZ)
    d.org("。[[杭州市统计局]]数据")
    d.city("显示，[[杭州]]GDP为")
    d.metric("GDP为[[16902.3亿元]]", "16902.3e8", "元", "exact", HZ)
    d.metric("增长[[5.5%]]，其中数字", "5.5", "%", "exact", HZ)
    d.metric("增加值[[4198.4亿元]]", "4198.4e8", "元", "exact", HZ)
    d.metric("比重达[[24.8%]]", "24.8", "%", "exact", HZ)
    d.org("，[[阿里巴巴]]、海康威视")
    d.org("、[[海康威视]]等企业")
    d.metric("均在[[两成以上]]", 20, "%", "over", HZ)
    d.city("。[[武汉]]前三季度以")
    d.date("武汉[[前三季度]]以", "2025", WH)
    d.metric("以[[15618.9亿元]]位列", "15618.9e8", "元", "exact", WH)
    d.metric("第九，同比增长[[5.9%]]", "5.9", "%", "exact", WH)
    d.date("增速比[[去年同期]]加快", "2024", WH)
    d.metric("加快[[0.6个百分点]]", "0.6", "百分点", "exact", WH)
    d.city("；[[南京]]前三季度GDP")
    d.date("南京[[前三季度]]GDP", "2025", NJ)
    d.metric("GDP为[[14127.5亿元]]", "14127.5e8", "元", "exact", NJ)
    d.metric("增长[[5.1%]]", "5.1", "%", "exact", NJ)
    d.city("与[[武汉]]的差距扩大")
    d.metric("扩大至[[约1491亿元]]", "1491e8", "元", "approx", WH)
    d.city("。[[宁波]]以13462.1")
    d.metric("宁波以[[13462.1亿元]]", "13462.1e8", "元", "exact", NB)
    d.metric("仅差[[665.4亿元]]", "665.4e8", "元", "exact", NB)
    d.city("；[[青岛]]、长沙")
    d.city("青岛、[[长沙]]前三季度")
    d.date("长沙[[前三季度]]GDP均", "2025", CS)
    d.metric("均[[超过1.2万亿元]]", "1.2e12", "元", "over", CS)
    # --- 榜单之外 heading (no city at its start)
    d.city("榜单之外：[[天津]]郑州")
    d.city("榜单之外：天津[[郑州]]加速")
    d.city("\n[[天津]]前三季度GDP")
    d.date("天津[[前三季度]]GDP", "2025", TJ)
    d.metric("GDP为[[13420.8亿元]]", "13420.8e8", "元", "exact", TJ)
    d.metric("同比增长[[4.9%]]", "4.9", "%", "exact", TJ)
    d.metric("贡献[[超过四成]]", 40, "%", "over", TJ)
    d.city("；[[郑州]]、济南")
    d.city("郑州、[[济南]]分别")
    d.metric("分别增长[[5.6%]]和5.4%", "5.6", "%", "exact", JN)
    d.metric("5.6%和[[5.4%]]", "5.4", "%", "exact", JN)
    d.org("。[[郑州市统计局]]数据")
    d.org("显示，[[富士康]]郑州科技园")
    d.city("富士康[[郑州]]科技园")
    d.date("科技园[[9月]]手机", "2025-09", ZZ)
    d.metric("环比增长[[约26%]]", 26, "%", "approx", ZZ)
    d.city("带动[[郑州]]9月")
    d.date("带动郑州[[9月]]外贸", "2025-09", ZZ)
    d.metric("达到[[612.3亿元]]", "612.3e8", "元", "exact", ZZ)
    d.city("浙江[[义乌]]前三季度")
    d.date("义乌[[前三季度]]GDP", "2025", YW)
    d.metric("GDP为[[1503.4亿元]]", "1503.4e8", "元", "exact", YW)
    d.metric("增长[[6.8%]]，小商品", "6.8", "%", "exact", YW)
    d.metric("成交额[[突破2100亿元]]", "2100e8", "元", "over", YW)
    d.city("陕西[[神木市]]以")
    d.metric("神木市以[[1378.6亿元]]", "1378.6e8", "元", "exact", SM)
    d.city("看，[[昆山]]人均")
    d.metric("人均GDP[[约18.7万元]]", "18.7e4", "元", "approx", KS)
    d.metric("平均水平的[[2倍多]]", 2, "倍", "over", KS)
    # --- 展望 section (heading without a city)
    d.org("\n[[中国社会科学院财经战略研究院]]（")
    d.org("（[[财经院]]）")
    d.date("表示，[[三季度]]多数", "2025-Q3")
    d.date("增速较[[二季度]]有所", "2025-Q2")
    d.date("但[[9月]]以来", "2025-09")
    d.date("项目，[[四季度]]经济", "2025-Q4")
    d.org("。[[粤开证券研究院]]首席")
    d.city("拖累，[[广州]]今年")
    d.date("广州[[今年]]全年", "2025", GZ)
    d.metric("或在[[4%左右]]", 4, "%", "approx", GZ)
    d.org("。[[21世纪经济研究院]]上周")
    d.date("研究院[[上周]]发布", "2025-W44", SH)
    d.date("预计，[[2025年]]上海", "2025", SH)
    d.city("2025年[[上海]]GDP")
    d.metric("有望[[突破5.6万亿元]]", "5.6e12", "元", "over", SH)
    d.city("，[[北京]]约5.2万亿元")
    d.metric("北京[[约5.2万亿元]]", "5.2e12", "元", "approx", BJ)
    d.city("，[[深圳]]、重庆则")
    d.city("深圳、[[重庆]]则")
    d.metric("达到[[3.8万亿元]]和", "3.8e12", "元", "exact", CQ)
    d.metric("和[[3.3万亿元左右]]", "3.3e12", "元", "approx", CQ)
    d.city("；[[南京]]与宁波")
    d.city("南京与[[宁波]]之间")
    d.date("可能在[[年底]]缩小", "2025", NB)
    d.metric("缩小至[[500亿元以内]]", "500e8", "元", "under", NB)
    d.org("。[[国家统计局]]将于")
    d.date("将于[[明年1月中旬]]发布", "2026-01")
    d.date("发布[[2025年]]全国", "2025")
    audit = {
        "cities": ["北京", "上海", "深圳", "重庆", "广州", "苏州", "成都",
                   "杭州", "武汉", "南京", "昆山", "常熟", "张家港", "太仓",
                   "无锡", "江阴", "泉州", "晋江", "宁波", "青岛", "长沙",
                   "天津", "郑州", "济南", "义乌", "神木", "浦东", "南山",
                   "两江", "滨海", "江苏", "福建", "湖南", "浙江", "陕西",
                   "全国", "全市", "我国", "中国", "京沪", "渝", "在深",
                   "西部", "县域"],
        # districts and new areas, provinces, deictic words, one-character
        # abbreviations, a county (长沙县); cities inside ORGs are covered
        "excluded": ["；[[浦东]]新区", "，[[南山]]区GDP", "，[[两江]]新区",
                     "其中[[滨海]]新区", "。[[江苏]]省统计局",
                     "；[[福建]]省统计局", "湖南[[长沙]]县",
                     "相比之下，[[湖南]]长沙县", "，[[浙江]]义乌",
                     "；[[陕西]]神木市", "\n[[京沪]]：", "在[[渝]]产量",
                     "[[在深]]产值", "位居[[西部]]县级市"],
        "excluded_patterns": [r"全国", r"全市", r"我国", r"县域"],
        "numbers_excluded": [],
        "latin_ok": ["GDP"],
        # ordinals, collective labels, tier labels
        "cn_ok": [r"十强", r"前十城市", r"分列二、三位", r"第四至第十",
                  r"十城", r"第三产业", r"并列第一", r"全国城市第六",
                  r"位列第九", r"两地", r"新一线", r"县级市第一", r"一位研究员",
                  r"两江新区", r"太仓四个县级市"],
        "org_hints": ["统计局", "调查", "公司", "集团", "研究院", "汽车",
                      "比亚迪", "赛力斯", "阿里", "海康", "富士康", "社会科学院",
                      "财经院", "证券"],
        "org_excluded": [r"车企", r"新能源汽车产量", r"汽车产业"],
        # time characters that are no DATE
        "date_hints_ok": [r"全年", r"单月", r"如今", r"明显", r"周立衡"],
    }
    return d, audit


# ===========================================================================
# g32 Hong Kong hotels and tourism: traditional, UTF-8 (no BOM), published
# 2025-10-22 (Wednesday, ISO week 2025-W43), Hong Kong daily (星島日報)
# ===========================================================================
@doc
def g32():
    d = Doc("g32_hk_hotels_tourism")
    HK, SZ, CD, SE, BK, HCM, MEL = ("香港", "深圳市", "成都市", "首尔", "曼谷",
                                    "胡志明市", "墨尔本")
    # --- title (over 40 characters and an ASCII comma: no heading; no CITY)
    d.date("[[國慶]]黃金周帶動 9月", "2025-10-01")
    d.date("帶動 [[9月]]酒店", "2025-09")
    d.metric("入住率升至[[89%]] 旅發局", 89, "%")
    d.org("89% [[旅發局]]料全年")
    d.metric("訪港旅客[[逾4,900萬人次]]\n", "4900e4", "人次", "over")
    # --- lead (no CITY: 香港 only inside ORGs)
    d.org("【[[星島日報]]報道】")
    d.org("報道】[[香港旅遊發展局]]（旅發局）")
    d.org("發展局（[[旅發局]]）昨日")
    d.date("（旅發局）[[昨日]]（21日）", "2025-10-21")
    d.date("昨日（[[21日]]）公布", "2025-10-21")
    d.date("公布，[[9月]]訪港旅客", "2025-09")
    d.metric("訪港旅客[[約398.6萬人次]]", "398.6e4", "人次", "approx")
    d.metric("按年增長[[12.4%]]", "12.4", "%")
    d.date("；[[今年首9個月]]累計", "2025")
    d.metric("累計[[約3,686萬人次]]", "3686e4", "人次", "approx")
    d.date("較[[去年同期]]上升11.8%", "2024")
    d.metric("上升[[11.8%]]", "11.8", "%")
    d.date("恢復至[[2018年同期]]的約78%", "2018")
    d.metric("同期的[[約78%]]", 78, "%", "approx")
    d.metric("內地旅客[[約2,795萬人次]]", "2795e4", "人次", "approx")
    d.metric("佔整體[[近76%]]", 76, "%", "approx")
    d.metric("非內地旅客[[約891萬人次]]", "891e4", "人次", "approx")
    d.metric("按年增長[[16.2%]]", "16.2", "%")
    d.org("。[[旅發局]]估計")
    d.date("估計，[[9月]]訪港旅客總消費", "2025-09")
    d.metric("總消費[[約235億港元]]", "235e8", "港元", "approx")
    d.metric("人均消費[[約5,900港元]]", 5900, "港元", "approx")
    d.org("。[[旅發局]]主席")
    d.date("表示，[[10月上半月]]受", "2025-10")
    d.date("受[[國慶]]黃金周帶動，訪港", "2025-10-01")
    d.metric("單日最高[[突破21萬人次]]", "21e4", "人次", "over")
    d.metric("可達[[4,900萬人次以上]]", "4900e4", "人次", "over")
    d.org("。[[政府統計處]]同日")
    d.date("政府統計處[[同日]]公布", "2025-10-21")
    d.date("顯示，[[9月]]零售業", "2025-09")
    d.metric("總銷貨價值[[約318億港元]]", "318e8", "港元", "approx")
    d.metric("按年上升[[3.8%]]", "3.8", "%")
    # --- 酒店 section (heading without a city)
    d.org("\n[[香港酒店業協會]]數據顯示")
    d.date("顯示，[[9月]]全港酒店", "2025-09")
    d.metric("平均入住率為[[89%]]", 89, "%")
    d.metric("按年上升[[4個百分點]]", 4, "百分点")
    d.date("為[[2019年]]以來", "2019")
    d.metric("平均房租為[[1,286港元]]", 1286, "港元")
    d.metric("按年下跌[[3.2%]]", "3.2", "%")
    d.metric("平均房租[[約2,860港元]]", 2860, "港元", "approx")
    d.metric("入住率[[86%]]", 86, "%")
    d.metric("平均房租[[1,148港元]]", 1148, "港元")
    d.metric("入住率高達[[92%]]", 92, "%")
    d.date("一帶酒店[[國慶]]期間幾近", "2025-10-01")
    d.date("較[[2018年同期]]仍低", "2018")
    d.metric("仍低[[約15%]]", 15, "%", "approx")
    # --- listed hotel groups paragraph
    d.org("方面，[[香港上海大酒店有限公司]]（")
    d.org("有限公司（[[大酒店]]）上周四")
    d.date("（大酒店）[[上周四]]（10月16日）", "2025-10-16", HK)
    d.date("上周四（[[10月16日]]）", "2025-10-16", HK)
    d.date("公布，[[第三季]]旗下", "2025-Q3", HK)
    d.city("旗下[[香港]]物業")
    d.metric("平均入住率為[[81%]]", 81, "%", "exact", HK)
    d.metric("按年升[[6%]]", 6, "%", "exact", HK)
    d.org("；[[朗廷酒店投資]]同日")
    d.date("朗廷酒店投資[[同日]]表示", "2025-10-16")
    d.metric("旗下[[三間]]酒店第三季", 3, "间")
    d.date("三間酒店[[第三季]]每間", "2025-Q3")
    d.metric("按年增長[[8.7%]]", "8.7", "%")
    d.org("。[[嘉里集團]]旗下")
    d.org("旗下的[[香格里拉集團]]則指")
    d.metric("在港[[三間]]酒店", 3, "间")
    d.date("酒店[[國慶]]期間入住率超過95%", "2025-10-01")
    d.metric("入住率[[超過95%]]", 95, "%", "over")
    d.org("。[[帝盛酒店集團]]則指")
    d.date("酒店[[9月]]平均入住率達93%", "2025-09")
    d.metric("入住率達[[93%]]", 93, "%")
    d.org("。[[富豪酒店國際控股有限公司]]（")
    d.org("（[[富豪國際]]）計劃")
    d.date("計劃[[明年首季]]在啟德", "2026-Q1")
    d.metric("提供[[約520間]]客房", 520, "间", "approx")
    d.org("；[[大酒店]]亦表示")
    # --- 國慶 heading (no city)
    d.date("\n[[國慶]]：內地旅客", "2025-10-01")
    d.metric("內地旅客[[逾137萬人次]]\n", "137e4", "人次", "over")
    d.org("\n[[入境處]]資料顯示")
    d.date("顯示，[[國慶]]黃金周（", "2025-10-01")
    d.date("黃金周（[[10月1日]]至7日）", "2025-10-01")
    d.date("10月1日至[[7日]]）期間", "2025-10-07")
    d.metric("共有[[約137.6萬人次]]", "137.6e4", "人次", "approx")
    d.date("較[[去年國慶]]增加", "2024-10-01")
    d.metric("增加[[7.3%]]", "7.3", "%")
    d.metric("日均[[約19.7萬人次]]", "19.7e4", "人次", "approx")
    d.date("適逢[[中秋]]（10月6日）", "2025-10-06")
    d.date("中秋（[[10月6日]]）", "2025-10-06")
    d.city("來港的[[深圳]]居民約佔")
    d.metric("居民約佔[[三成]]", 30, "%", "approx", SZ, om="約佔")
    d.org("；[[深圳市文化廣電旅遊體育局]]表示")
    d.date("表示，[[國慶]]期間深圳", "2025-10-01", SZ)
    d.city("國慶期間[[深圳]]居民赴港")
    d.metric("按年增長[[約一成]]", 10, "%", "approx", SZ)
    d.city("來自[[廣州]]、佛山")
    d.city("廣州、[[佛山]]順德")
    d.city("順德及[[東莞]]的旅客")
    d.city("，[[上海]]、北京")
    d.city("上海、[[北京]]、杭州")
    d.city("北京、[[杭州]]及成都")
    d.city("杭州及[[成都]]等城市")
    d.metric("平均停留[[2.8晚]]", "2.8", "晚", "exact", CD)
    d.org("。[[旅發局]]上月")
    d.date("旅發局[[上月]]推出", "2025-09", HK)
    d.city("「[[香港]]夜繽紛」")
    d.metric("已有[[逾1,200家]]商戶", 1200, "家", "over", HK)
    # --- 首爾 section (heading opens with 首爾 + a space: a city section)
    d.city("\n[[首爾]] 釜山航線")
    d.city("首爾 [[釜山]]航線加密")
    d.metric("韓國旅客增[[五成]]\n", 50, "%", "exact", SE)
    d.org("\n[[入境處]]數據顯示，9月韓國")
    d.date("顯示，[[9月]]韓國旅客", "2025-09", SE)
    d.metric("韓國旅客[[約11.8萬人次]]", "11.8e4", "人次", "approx", SE)
    d.metric("大增[[52%]]", 52, "%", "exact", SE)
    d.org("。[[國泰航空]]及大韓")
    d.org("及[[大韓航空]]本月")
    d.date("大韓航空[[本月]]起", "2025-10", SE)
    d.city("把[[首爾]]至香港")
    d.city("首爾至[[香港]]航班")
    d.metric("每周[[42班]]", 42, "班", "exact", SE)
    d.city("，[[釜山]]航線亦")
    d.metric("每周[[14班]]", 14, "班", "exact", SE)
    d.metric("日本旅客[[約8.6萬人次]]", "8.6e4", "人次", "approx", SE)
    d.metric("增長[[9.5%]]", "9.5", "%", "exact", SE)
    d.city("來自[[東京]]、大阪")
    d.city("、[[大阪]]及福岡")
    d.city("及[[福岡]]。")
    # --- 東南亞 heading (no city: ends the 首爾 section)
    d.date("方面，[[9月]]菲律賓", "2025-09")
    d.metric("菲律賓旅客[[約9.4萬人次]]", "9.4e4", "人次", "approx")
    d.metric("泰國旅客[[約6.1萬人次]]", "6.1e4", "人次", "approx")
    d.metric("分別增長[[18%]]及23%", 18, "%")
    d.metric("18%及[[23%]]", 23, "%")
    d.city("來自[[新加坡]]、吉隆坡")
    d.city("、[[吉隆坡]]及曼谷")
    d.city("吉隆坡及[[曼谷]]的旅客")
    d.metric("合共[[約7.5萬人次]]", "7.5e4", "人次", "approx", BK)
    d.org("。[[香港航空]]計劃")
    d.date("計劃[[12月]]起開辦", "2025-12", HK)
    d.city("開辦[[香港]]往返")
    d.city("往返[[胡志明市]]的航線")
    d.metric("每日[[1班]]", 1, "班", "exact", HCM)
    d.city("來自[[雪梨]]、墨爾本")
    d.city("、[[墨爾本]]的旅客")
    d.metric("按年增長[[約三成]]。\n", 30, "%", "approx", MEL)
    # --- airport paragraph (香港 only inside ORGs)
    d.org("\n[[香港機場管理局]]（機管局）")
    d.org("管理局（[[機管局]]）")
    d.date("顯示，[[9月]]香港國際機場", "2025-09")
    d.org("9月[[香港國際機場]]客運量")
    d.metric("客運量[[約475萬人次]]", "475e4", "人次", "approx")
    d.metric("按年上升[[14%]]", 14, "%")
    d.metric("升降[[約3.1萬架次]]", "3.1e4", "架次", "approx")
    d.org("。[[機管局]]預計")
    d.date("預計，[[今年]]全年客運量", "2025")
    d.metric("將[[超過5,600萬人次]]", "5600e4", "人次", "over")
    d.date("，[[明年]]可望", "2026")
    d.date("回升至[[2018年]]水平", "2018")
    d.metric("水平的[[約9成]]", 90, "%", "approx")
    # --- 盛事 section (heading without a city)
    d.date("巡禮[[本周四]]揭幕", "2025-10-23")
    d.org("\n[[旅遊事務署]]表示")
    d.date("表示，[[今年第四季]]將有", "2025-Q4")
    d.metric("將有[[逾80項]]盛事", 80, "项", "over")
    d.org("。[[旅發局]]主辦")
    d.city("主辦的「[[香港]]美酒佳餚巡禮」將於")
    d.date("將於[[10月23日]]至26日", "2025-10-23", HK)
    d.date("10月23日至[[26日]]在", "2025-10-26", HK)
    d.metric("吸引[[約16萬人次]]入場", "16e4", "人次", "approx", HK)
    d.city("「[[香港]]單車節」")
    d.date("則於[[11月16日]]舉行", "2025-11-16", HK)
    d.org("根據[[旅發局]]數字")
    d.date("數字，[[去年]]「香港", "2024", HK)
    d.city("去年「[[香港]]美酒佳餚巡禮」共")
    d.metric("共吸引[[約14萬人次]]", "14e4", "人次", "approx", HK)
    d.date("將於[[11月9日]]至21日", "2025-11-09", HK)
    d.date("11月9日至[[21日]]舉行", "2025-11-21", HK)
    d.city("舉行，[[香港]]承辦")
    d.metric("其中[[8個]]項目", 8, "个", "exact", HK)
    d.org("，[[文化體育及旅遊局]]（文體旅局）")
    d.org("（[[文體旅局]]）估計")
    d.metric("帶來[[約30萬人次]]訪客", "30e4", "人次", "approx", HK)
    d.org("。[[香港旅遊業議會]]（旅議會）")
    d.org("（[[旅議會]]）指")
    d.metric("已有[[超過200個]]內地", 200, "个", "over")
    d.date("，[[重陽]]假期前後", "2025-10-29")
    d.metric("將有[[約3萬名]]長者", "3e4", "名", "approx")
    # --- 展望 (3,000 has an ASCII comma: no heading by the GUIDELINES)
    d.date("展望：[[聖誕]]前料", "2025-12-25")
    d.metric("再添[[3,000間]]客房", 3000, "间")
    d.org("\n[[旅遊事務署]]資料顯示")
    d.date("截至[[今年6月底]]，全港", "2025-06")
    d.metric("共有酒店[[329間]]", 329, "间")
    d.metric("客房[[約9.6萬間]]", "9.6e4", "间", "approx")
    d.date("；[[年底]]前另有", "2025")
    d.metric("另有[[約3,000間]]新客房", 3000, "间", "approx")
    d.date("將於[[聖誕]]前開業", "2025-12-25")
    d.org("。[[香港酒店業協會]]預計")
    d.date("預計，[[第四季]]平均", "2025-Q4")
    d.metric("維持在[[85%]]至90%", 85, "%")
    d.metric("85%至[[90%]]", 90, "%")
    d.date("回到[[2018年]]的水平", "2018")
    d.org("。[[萬豪國際]]及洲際")
    d.org("及[[洲際酒店集團]]亦計劃")
    d.date("計劃於[[2026年]]前在港", "2026")
    d.metric("新增[[約12間]]酒店", 12, "间", "approx")
    d.date("預期，[[明年農曆新年]]（2月17日）", "2026-02-17")
    d.date("新年（[[2月17日]]）", "2026-02-17")
    audit = {
        "cities": ["香港", "深圳", "廣州", "佛山", "東莞", "上海", "北京",
                   "杭州", "成都", "首爾", "釜山", "東京", "大阪", "福岡",
                   "新加坡", "吉隆坡", "曼谷", "胡志明", "雪梨", "墨爾本",
                   "順德", "尖沙咀", "銅鑼灣", "灣仔", "油尖旺", "啟德",
                   "西九龍", "中環", "大嶼山", "韓國", "日本", "菲律賓",
                   "泰國", "東南亞", "內地", "全港", "訪港", "來港", "赴港",
                   "在港", "抵港", "香格里拉", "上海大酒店"],
        # districts, stations, countries, regions, deictic words and 港
        # abbreviations; cities inside ORGs (香港旅遊發展局, 香港酒店業協會,
        # 香港上海大酒店有限公司, 深圳市文化廣電旅遊體育局, 香港航空,
        # 香港機場管理局, 香港國際機場, 香港旅遊業議會) are covered
        "excluded": ["佛山[[順德]]及", "[[尖沙咀]]、銅鑼灣",
                     "尖沙咀、[[銅鑼灣]]一帶", "位於[[灣仔]]及",
                     "灣仔及[[油尖旺]]區", "首季在[[啟德]]開設",
                     "大嶼山及[[啟德]]的", "經[[西九龍]]站", "在[[中環]]海濱",
                     "位於[[大嶼山]]及", "，9月[[韓國]]旅客",
                     "。[[日本]]旅客", "，9月[[菲律賓]]旅客",
                     "，[[泰國]]旅客", "\n[[東南亞]]：", "\n[[東南亞]]市場",
                     "\n首爾 釜山航線加密 [[韓國]]旅客"],
        "excluded_patterns": [r"內地", r"全港", r"訪港", r"來港", r"赴港",
                              r"在港", r"抵港"],
        "numbers_excluded": ["連續第[[5]]個月"],
        "latin_ok": ["RevPAR"],
        # ordinals, indefinite articles, an event's edition
        "cn_ok": [r"連續第5個月", r"一間新酒店", r"第十五屆", r"一帶",
                  r"一輪", r"一簽多行", r"西九龍"],
        "org_hints": ["局", "署", "處", "協會", "議會", "集團", "公司", "航空",
                      "機場", "投資", "國際", "日報", "酒店"],
        "org_excluded": [r"上市酒店股", r"高價酒店", r"新酒店", r"三間酒店",
                         r"\n酒店", r"全港酒店", r"一帶酒店",
                         r"的酒店", r"酒店329", r"12間酒店", r"\n首爾",
                         r"局面", r"賽事期間", r"旅行團", r"協會總幹事", r"月酒店"],
        # time characters that are no DATE
        "date_hints_ok": [r"全年", r"單日", r"日均", r"每日", r"每周",
                          r"黃金周", r"假期", r"疫後",
                          r"星島日報", r"日本", r"明顯", r"單月", r"按年", r"第5個月",
                          r"單車節"],
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
    if s == "一半":                                  # 近一半: 50 %
        return Decimal(50), q, "%"
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
    if unit.endswith(("多", "余", "餘")) and len(unit) > 1:   # 2倍多
        unit, q = unit[:-1], "over"
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
                c = SPELLING.get(c, c)
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
