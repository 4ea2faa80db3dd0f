#!/usr/bin/env python3
"""Gold annotation for the development set dev/corpus/d01..d08 (SPEC.md 2-4).

Same approach as shared/gold/tools/annotate_000.py: each mention is located by
a short context string in which the span is marked with [[ ]].  The context
must occur exactly `n` times in the article; one row is written per
occurrence.  Offsets are Python str indices into the article as DECODED
(d06 is GB18030, d08 is Big5, the rest UTF-8; d07/d08 are traditional and the
offsets point into the traditional original).

Checks: text == original[start:end]; no two rows overlap; no span starts or
ends with white space or punctuation; field formats per type.  Audits: every
occurrence of a listed city name, every ASCII digit and every Chinese
fraction/multiple word (成, 倍, 分之) is inside a row or excluded here on
purpose.  Decisions: dev/NOTES.md.  Re-run:

    python3 dev/tools/annotate.py
"""
import csv
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.dirname(HERE)
CORPUS = os.path.join(DEV, "corpus")
GOLD = os.path.join(DEV, "gold")
COLUMNS = ["doc_id", "type", "start", "end", "text", "normalized",
           "value", "unit", "qualifier", "city"]
ENCODING = {"d06_company": "gb18030", "d08_taiwan": "big5"}

# CITY span -> official name (simplified).  Spans may be traditional.
CITY_NORM = {
    "北京": "北京市", "上海": "上海市", "广州": "广州市", "廣州": "广州市",
    "深圳": "深圳市", "杭州": "杭州市", "成都": "成都市", "重庆": "重庆市",
    "苏州": "苏州市", "苏州市": "苏州市", "昆山": "昆山市", "昆山市": "昆山市",
    "江阴": "江阴市", "江阴市": "江阴市", "张家港": "张家港市",
    "晋江市": "晋江市", "宁乡市": "宁乡市", "长沙": "长沙市",
    "哈尔滨": "哈尔滨市", "厦门": "厦门市", "东莞": "东莞市",
    "合肥": "合肥市", "郑州": "郑州市",
    "首尔": "首尔", "东京": "东京", "曼谷": "曼谷",
    "胡志明市": "胡志明市", "蒙特雷": "蒙特雷", "斯图加特": "斯图加特",
    "慕尼黑": "慕尼黑",
    "香港": "香港", "澳門": "澳门",
    "臺北": "台北市", "臺北市": "台北市", "台北": "台北市",
    "新北市": "新北市", "桃園市": "桃园市", "基隆市": "基隆市",
    "新竹市": "新竹市", "高雄": "高雄市", "臺中": "台中市",
    "雪梨": "悉尼", "墨爾本": "墨尔本",
}

# ORG span -> simplified form (OpenCC t2s, checked by eye and by OpenCC
# where it is importable).  Simplified spans normalize to themselves.
ORG_NORM = {
    "金管局": "金管局", "八達通": "八达通", "香港金融管理局": "香港金融管理局",
    "八達通卡有限公司": "八达通卡有限公司", "支付寶": "支付宝",
    "微信支付": "微信支付", "運輸及物流局": "运输及物流局",
    "特區政府": "特区政府", "港鐵": "港铁", "港鐵公司": "港铁公司",
    "深圳地鐵集團": "深圳地铁集团",
    "中國人民銀行廣東省分行": "中国人民银行广东省分行",
    "香港銀行公會": "香港银行公会",
    "悠遊卡公司": "悠游卡公司", "臺北市政府社會局": "台北市政府社会局",
    "市府": "市府", "新北市政府交通局": "新北市政府交通局",
    "新竹市政府": "新竹市政府", "臺北市社會局": "台北市社会局",
    "悠遊卡股份有限公司": "悠游卡股份有限公司", "悠遊卡": "悠游卡",
    "台灣大哥大": "台湾大哥大", "全家便利商店": "全家便利商店",
}
TRADITIONAL = {"d07_hongkong", "d08_taiwan"}


def V(x):
    """Plain decimal string of a number given as str/int (no float error)."""
    s = format(Decimal(str(x)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


THIRD = "33.3333333333"   # 三分之一 as a percentage (SPEC example)


class Doc:
    def __init__(self, doc_id):
        self.doc_id = doc_id
        enc = ENCODING.get(doc_id, "utf-8")
        with open(os.path.join(CORPUS, doc_id + ".txt"), "rb") as fh:
            self.text = fh.read().decode(enc)
        self.rows = []

    # -- location ----------------------------------------------------------
    def _locate(self, ctx, n):
        m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", ctx, re.S)
        assert m, "context needs one [[span]]: %r" % ctx
        pre, span, post = m.groups()
        plain = pre + span + post
        hits = [i for i in range(len(self.text)) if self.text.startswith(plain, i)]
        assert len(hits) == n, "%s: %r occurs %d times, expected %d" % (
            self.doc_id, plain, len(hits), n)
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

    # -- typed helpers -----------------------------------------------------
    def city(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        self.add("CITY", ctx, CITY_NORM[span], n=n)

    def org(self, ctx, n=1):
        span = re.search(r"\[\[(.+?)\]\]", ctx).group(1)
        if self.doc_id in TRADITIONAL:
            norm = ORG_NORM[span]
        else:
            norm = span
        self.add("ORG", ctx, norm, n=n)

    def date(self, ctx, normalized, city="", n=1):
        self.add("DATE", ctx, normalized, city=city, n=n)

    def metric(self, ctx, value, unit, qualifier, city="", n=1):
        v = V(value)
        self.add("METRIC", ctx, v, v, unit, qualifier, city, n=n)


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ===========================================================================
# d01 payments, simplified, published 2024-05-16
# ===========================================================================
@doc
def d01():
    d = Doc("d01_payments")
    SH, BJ, HZ, CD = "上海市", "北京市", "杭州市", "成都市"
    # title (no city in the line)
    d.org("[[工商银行]]联手云汇支付")
    d.org("联手[[云汇支付]]推出")
    d.metric("首批覆盖[[6座]]城市", 6, "座", "exact")
    # dateline paragraph
    d.city("本报[[上海]]5月15日电")
    d.date("本报上海[[5月15日]]电", "2024-05-15", SH)
    d.org("[[中国工商银行上海市分行]]与杭州")
    d.org("与[[杭州云汇支付科技有限公司]]15日")
    d.date("有限公司[[15日]]在沪", "2024-05-15", SH)
    d.org("境外来华人员在[[支付宝]]或微信支付")
    d.org("或[[微信支付]]中绑定")
    d.metric("由[[1000美元]]提高", 1000, "美元", "exact")
    d.metric("提高至[[5000美元]]", 5000, "美元", "exact")
    d.city("覆盖[[北京]]、上海")
    d.city("北京、[[上海]]、广州")
    d.city("上海、[[广州]]、深圳")
    d.city("广州、[[深圳]]、杭州")
    d.city("深圳、[[杭州]]和成都")
    d.city("杭州和[[成都]]，年内")
    d.date("成都，[[年内]]将扩展", "2024", CD)
    d.metric("扩展至[[超过20个]]城市", 20, "个", "over", CD)
    d.org("据[[工商银行]]介绍")
    d.date("介绍，[[今年一季度]]，该行", "2024-Q1")
    d.metric("移动支付交易[[超过350万笔]]", "350e4", "笔", "over")
    d.metric("交易金额[[约12.6亿元]]", "12.6e8", "元", "approx")
    d.metric("同比增长[[近3倍]]", 3, "倍", "approx")
    d.city("其中，[[上海]]、北京两地")
    d.city("其中，上海、[[北京]]两地")
    d.metric("占比达到[[46.5%]]", "46.5", "%", "exact", BJ)
    d.org("[[中国银联]]数据显示")
    d.date("截至[[3月末]]，境外", "2024-03")
    d.org("境外发行的[[银联]]卡")
    d.metric("已有[[近9000万张]]", "9000e4", "张", "approx")
    d.metric("覆盖[[183个]]国家", 183, "个", "exact")
    # 杭州 section
    d.city("[[杭州]]：亚运场馆")
    d.org("[[杭州市商务局]]数据显示")
    d.date("截至[[4月底]]，杭州", "2024-04", HZ)
    d.city("截至4月底，[[杭州]]已有")
    d.metric("已有[[约8.2万户]]商户", "8.2e4", "户", "approx", HZ)
    d.date("较[[去年底]]增加", "2023", HZ)
    d.metric("增加[[3.1万户]]", "3.1e4", "户", "exact", HZ)
    d.org("。[[云汇支付]]相关负责人")
    d.city("公司将在[[杭州]]率先试点")
    d.metric("已有[[120余家]]商场", 120, "家", "over", HZ)
    # 成都 section
    d.city("[[成都]]：商圈外卡")
    d.metric("受理率[[超九成]]", 90, "%", "over", CD)
    d.date("[[五一]]假期，宽窄巷子", "2024-05-01", CD)
    d.metric("受理率[[超过九成]]", 90, "%", "over", CD)
    d.org("[[成都银行]]同步推出")
    d.metric("降至[[100元]]", 100, "元", "exact", CD)
    d.date("“[[五一]]”假期期间", "2024-05-01", CD)
    d.city("期间，[[成都]]入境游客")
    d.metric("消费金额[[突破1.8亿元]]", "1.8e8", "元", "over", CD)
    d.metric("同比增长[[67%]]", 67, "%", "exact", CD)
    d.metric("人均消费[[约2300元]]", 2300, "元", "approx", CD)
    # 业内观点 (not a city heading: ends the 成都 section)
    d.org("[[中国人民银行支付结算司]]有关负责人")
    d.metric("大型商户[[100%]]受理", 100, "%", "exact")
    d.org("[[易观分析金融行业中心]]高级分析师")
    d.date("预计到[[今年底]]，全国", "2024")
    d.metric("有望达到[[120万台]]", "120e4", "台", "exact")
    d.date("比[[2023年]]增长", "2023")
    d.metric("增长[[约1倍]]", 1, "倍", "approx")
    audit = {"cities": ["北京", "上海", "广州", "深圳", "杭州", "成都", "沪"],
             "excluded": ["在[[沪]]联合"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# d02 city economy, simplified, published 2025-07
# ===========================================================================
@doc
def d02():
    d = Doc("d02_city_economy")
    SZ, SU, CQ = "深圳市", "苏州市", "重庆市"
    KS, JY, JJ, NX, CS = "昆山市", "江阴市", "晋江市", "宁乡市", "长沙市"
    d.date("[[上半年]]城市经济成绩单", "2025")
    d.date("截至[[7月28日]]，GDP", "2025-07-28")
    d.metric("GDP在[[万亿元以上]]的", "1e12", "元", "over")
    d.metric("以上的[[27个]]城市", 27, "个", "exact")
    d.date("全部公布[[2025年上半年]]主要", "2025")
    d.org("[[国家统计局]]此前发布")
    d.date("此前发布，[[今年上半年]]国内", "2025")
    d.metric("国内生产总值[[660536亿元]]", "660536e8", "元", "exact")
    d.metric("同比增长[[5.3%]]", "5.3", "%", "exact")
    d.date("增速比[[去年同期]]加快", "2024")
    d.metric("加快[[0.3个百分点]]", "0.3", "百分点", "exact")
    d.metric("其中有[[15个]]城市", 15, "个", "exact")
    # 深圳
    d.city("[[深圳]]：增速重回")
    d.date("[[上半年]]，深圳实现", "2025", SZ)
    d.city("上半年，[[深圳]]实现")
    d.metric("地区生产总值[[18322.24亿元]]", "18322.24e8", "元", "exact", SZ)
    d.metric("同比增长[[5.1%]]", "5.1", "%", "exact", SZ)
    d.date("增速比[[一季度]]提高", "2025-Q1", SZ)
    d.metric("提高[[0.9个百分点]]", "0.9", "百分点", "exact", SZ)
    d.metric("增加值增长[[8.7%]]", "8.7", "%", "exact", SZ)
    d.metric("零售总额增长[[3.3%]]", "3.3", "%", "exact", SZ)
    d.org("[[深圳市统计局]]分析称")
    d.metric("工业增长的[[近六成]]", 60, "%", "approx", SZ)
    # 苏州
    d.city("[[苏州]]：工业大市")
    d.city("[[苏州]]上半年实现")
    d.date("苏州[[上半年]]实现", "2025", SU)
    d.metric("地区生产总值[[12822.8亿元]]", "12822.8e8", "元", "exact", SU)
    d.metric("同比增长[[5.6%]]，总量继续", "5.6", "%", "exact", SU)
    d.metric("总产值达[[2.16万亿元]]", "2.16e12", "元", "exact", SU)
    d.metric("亿元，增长[[6.2%]]", "6.2", "%", "exact", SU)
    d.city("分板块看，[[苏州市]]吴江区")
    d.city("吴江区、[[苏州]]工业园区")
    d.metric("分别增长[[6.8%]]和", "6.8", "%", "exact", SU)
    d.metric("6.8%和[[5.9%]]", "5.9", "%", "exact", SU)
    # 重庆
    d.city("[[重庆]]：前三季度")
    d.date("重庆：[[前三季度]]力争", "2025", CQ)
    d.metric("力争增长[[6%以上]]", 6, "%", "over", CQ)
    d.city("[[重庆]]上半年GDP")
    d.date("重庆[[上半年]]GDP", "2025", CQ)
    d.metric("GDP为[[15490.98亿元]]", "15490.98e8", "元", "exact", CQ)
    d.metric("同比增长[[5.6%]]，总量稳居", "5.6", "%", "exact", CQ)
    d.org("[[重庆市政府]]常务会议")
    d.date("提出，[[三季度]]要抓好", "2025-Q3", CQ)
    # 县域经济 (not a city heading)
    d.city("县级市中，[[昆山市]]上半年")
    d.date("昆山市[[上半年]]实现", "2025", KS)
    d.metric("地区生产总值[[2707.5亿元]]", "2707.5e8", "元", "exact", KS)
    d.metric("同比增长[[5.8%]]", "5.8", "%", "exact", KS)
    d.city("；[[江阴市]]实现")
    d.metric("江阴市实现[[2436.1亿元]]", "2436.1e8", "元", "exact", JY)
    d.city("福建[[晋江市]]GDP")
    d.metric("GDP达[[1650亿元左右]]", "1650e8", "元", "approx", JJ)
    d.metric("增速[[约5.5%]]", "5.5", "%", "approx", JJ)
    d.city("湖南[[宁乡市]]GDP")
    d.metric("首次[[突破1000亿元]]", "1000e8", "元", "over", NX)
    d.metric("长沙县增长[[6.1%]]", "6.1", "%", "exact", CS)
    d.org("[[长沙市统计局]]称其")
    d.city("贡献了[[长沙]]约三分之一")
    d.metric("长沙[[约三分之一]]的", THIRD, "%", "approx", CS)
    d.org("在[[赛迪顾问]]发布")
    d.date("《[[2025]]中国县域", "2025", KS)
    d.city("》中，[[昆山]]、江阴")
    d.city("昆山、[[江阴]]、张家港")
    d.city("江阴、[[张家港]]位列")
    audit = {"cities": ["深圳", "苏州", "重庆", "昆山", "江阴", "晋江", "宁乡",
                        "长沙", "张家港", "吴江"],
             "excluded": ["[[长沙]]县增长", "苏州市[[吴江]]区"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# d03 tourism, simplified, published 2024-10-08
# ===========================================================================
@doc
def d03():
    d = Doc("d03_tourism")
    BJ, SH, HZ, XM, HEB = "北京市", "上海市", "杭州市", "厦门市", "哈尔滨市"
    d.date("[[国庆]]假期国内出游", "2024-10-01")
    d.metric("国内出游[[7.65亿人次]] 文旅", "7.65e8", "人次", "exact")
    d.org("[[新华社]]北京")
    d.city("新华社[[北京]]10月8日电")
    d.date("北京[[10月8日]]电", "2024-10-08", BJ)
    d.date("记者[[8日]]从文化", "2024-10-08", BJ)
    d.org("从[[文化和旅游部]]获悉")
    d.org("经[[文化和旅游部数据中心]]测算")
    d.date("测算，[[国庆节]]假期7天", "2024-10-01", BJ)
    d.metric("出游合计[[7.65亿人次]]", "7.65e8", "人次", "exact", BJ)
    d.metric("同比增长[[5.9%]]", "5.9", "%", "exact", BJ)
    d.date("较[[2019年同期]]增长", "2019", BJ)
    d.metric("增长[[10.2%]]", "10.2", "%", "exact", BJ)
    d.metric("出游总花费[[7008.17亿元]]", "7008.17e8", "元", "exact")
    d.metric("同比增长[[6.3%]]", "6.3", "%", "exact")
    d.date("继[[今年中秋]]假期", "2024-09-17")
    d.org("[[携程]]数据显示")
    d.metric("同比增长[[超过1倍]]", 1, "倍", "over", "首尔")
    d.city("来自[[首尔]]、东京")
    d.city("首尔、[[东京]]和曼谷")
    d.city("东京和[[曼谷]]。")
    # 上海
    d.city("[[上海]]：迪士尼客流")
    d.date("[[10月1日]]，上海迪士尼", "2024-10-01", SH)
    d.city("10月1日，[[上海]]迪士尼度假区")
    d.metric("入园游客[[突破8万人次]]", "8e4", "人次", "over", SH)
    d.date("，[[当天]]黄浦江", "2024-10-01", SH)
    d.org("[[上海市文化和旅游局]]数据显示")
    d.date("数据显示，[[10月1日]]至7日", "2024-10-01", SH)
    d.date("10月1日至[[7日]]，全市", "2024-10-07", SH)
    d.metric("接待游客[[1105.2万人次]]", "1105.2e4", "人次", "exact", SH)
    d.metric("同比增长[[8.6%]]", "8.6", "%", "exact", SH)
    d.metric("日均客流[[约45万人次]]", "45e4", "人次", "approx", SH)
    # 杭州
    d.city("[[杭州]]：西湖景区")
    d.org("[[杭州西湖风景名胜区管委会]]统计")
    d.metric("接待游客[[486.3万人次]]", "486.3e4", "人次", "exact", HZ)
    d.city("[[杭州]]人“家门口游”")
    d.metric("平均停留[[2.5天]]", "2.5", "天", "exact", HZ)
    d.date("比[[去年国庆]]假期", "2023-10-01", HZ)
    d.metric("延长[[0.3天]]", "0.3", "天", "exact", HZ)
    # 厦门
    d.city("[[厦门]]：鼓浪屿")
    d.org("[[厦门市文化和旅游局]]数据显示")
    d.metric("接待游客[[约32.6万人次]]", "32.6e4", "人次", "approx", XM)
    d.metric("控制在[[5万人次以内]]", "5e4", "人次", "under", XM)
    d.date("[[国庆]]假期厦门全市", "2024-10-01", XM)
    d.city("国庆假期[[厦门]]全市")
    d.metric("出租率达到[[86.4%]]", "86.4", "%", "exact", XM)
    d.date("较[[去年同期]]提高", "2023", XM)
    d.metric("提高[[3.2个百分点]]", "3.2", "百分点", "exact", XM)
    # 哈尔滨冰雪游提前预热 (a heading, but not a city section: no separator)
    d.city("[[哈尔滨]]冰雪游提前预热")
    d.org("[[黑龙江省文化和旅游厅]]预计")
    d.city("今冬[[哈尔滨]]接待")
    d.metric("有望[[超过9000万人次]]", "9000e4", "人次", "over", HEB)
    d.org("[[同程旅行]]数据显示")
    d.date("数据显示，[[国庆]]期间", "2024-10-01", HEB)
    d.city("搜索[[哈尔滨]]冰雪大世界")
    d.metric("上涨[[近4倍]]", 4, "倍", "approx", HEB)
    d.date("预计，[[2025年春节]]假期", "2025-01-29")
    audit = {"cities": ["北京", "上海", "杭州", "厦门", "哈尔滨", "首尔", "东京",
                        "曼谷"],
             "excluded": ["在[[杭]]平均停留"],
             "numbers_excluded": ["国庆节假期[[7]]天", "假期[[7]]天，西湖"]}
    return d, audit


# ===========================================================================
# d04 transport, simplified, published 2025 (year only)
# ===========================================================================
@doc
def d04():
    d = Doc("d04_transport")
    SZ, GZ, DG, BJ = "深圳市", "广州市", "东莞市", "北京市"
    d.date("[[今年]]以来，粤港澳", "2025")
    d.org("[[广州地铁集团]]发布")
    d.date("显示，[[1月]]至6月", "2025-01")
    d.date("1月至[[6月]]，广州", "2025-06")
    d.org("6月，[[广州地铁]]线网")
    d.metric("日均客流达到[[887.6万人次]]", "887.6e4", "人次", "exact")
    d.metric("同比增长[[4.2%]]", "4.2", "%", "exact")
    d.date("其中[[5月1日]]单日", "2025-05-01")
    d.metric("客运量[[突破1300万人次]]", "1300e4", "人次", "over")
    # 深圳
    d.city("[[深圳]]：18号线")
    d.org("[[深圳地铁]]28日透露")
    d.date("深圳地铁[[28日]]透露", "2025-XX-28", SZ)
    d.metric("全长[[28.5公里]]", "28.5", "公里", "exact", SZ)
    d.metric("设站[[12座]]", 12, "座", "exact", SZ)
    d.date("计划于[[今年年底]]开通", "2025", SZ)
    d.city("届时[[深圳]]城市轨道交通")
    d.metric("将[[超过600公里]]", 600, "公里", "over", SZ)
    d.metric("压缩至[[2分钟以内]]", 2, "分钟", "under", SZ)
    # 广州
    d.city("[[广州]]：白云机场")
    d.org("广州：[[白云机场]]旅客")
    d.metric("有望[[超8000万人次]]", "8000e4", "人次", "over", GZ)
    d.org("[[广州白云国际机场]]今年前5个月")
    d.date("国际机场[[今年前5个月]]完成", "2025", GZ)
    d.metric("吞吐量[[3219.6万人次]]", "3219.6e4", "人次", "exact", GZ)
    d.metric("同比增长[[12.3%]]", "12.3", "%", "exact", GZ)
    d.date("[[上周]]，国航", "2025-WXX", GZ)
    d.org("上周，[[国航]]CA1301")
    d.org("首次在[[白云机场]]体验")
    d.city("[[广州]]、深圳等机场")
    d.city("广州、[[深圳]]等机场")
    d.metric("覆盖国内[[45个]]主要城市", 45, "个", "exact", GZ)
    # 东莞
    d.city("[[东莞]]：跨市通勤")
    d.org("[[东莞地铁]]1号线开通后")
    d.org("与[[深圳地铁]]、广州地铁实现")
    d.org("深圳地铁、[[广州地铁]]实现")
    d.metric("客流达到[[30]]至50万人次", "30e4", "人次", "exact", DG)
    d.metric("达到30至[[50万人次]]", "50e4", "人次", "exact", DG)
    d.metric("通勤时间[[38分钟]]", 38, "分钟", "exact", DG)
    d.metric("缩短[[约三分之一]]", THIRD, "%", "approx", DG)
    # 记者观察 (ends the 东莞 section)
    d.org("[[北京大兴国际机场]]、上海浦东")
    d.org("、[[上海浦东国际机场]]等枢纽")
    d.date("到[[2030年]]，我国", "2030")
    d.org("[[首都机场集团]]有关负责人")
    d.date("表示，[[今年国庆]]前夕", "2025-10-01", BJ)
    d.city("将在[[北京]]开通")
    audit = {"cities": ["深圳", "广州", "东莞", "北京", "上海"],
             "excluded": [],
             "numbers_excluded": ["[[18]]号线开通", "地铁[[18]]号线一期",
                                  "，[[5]]号线、", "、[[11]]号线最小",
                                  "国航CA[[1301]]航班", "东莞地铁[[1]]号线",
                                  "K[[5]]路", "X[[12]]路", "“[[1]]小时通勤圈”"]}
    return d, audit


# ===========================================================================
# d05 housing, simplified, published 2025-11-17
# ===========================================================================
@doc
def d05():
    d = Doc("d05_housing")
    BJ, SH, GZ, SZ, HZ, ZZ = "北京市", "上海市", "广州市", "深圳市", "杭州市", "郑州市"
    d.date("[[10月份]]70个大中城市房价", "2025-10")
    d.metric("10月份[[70个]]大中城市房价", 70, "个", "exact")
    d.org("[[国家统计局]]17日发布")
    d.date("国家统计局[[17日]]发布", "2025-11-17")
    d.date("发布[[2025年10月份]]70个", "2025-10")
    d.metric("2025年10月份[[70个]]大中城市", 70, "个", "exact")
    d.date("数据显示，[[10月份]]，一线城市", "2025-10")
    d.metric("销售价格环比下降[[0.3%]]", "0.3", "%", "exact")
    d.date("降幅比[[上月]]收窄0.1", "2025-09")
    d.metric("收窄[[0.1个百分点]]", "0.1", "百分点", "exact")
    d.metric("同比下降[[5.1%]]", "5.1", "%", "exact")
    d.date("降幅比[[上月]]收窄0.6", "2025-09")
    d.metric("收窄[[0.6个百分点]]", "0.6", "百分点", "exact")
    d.org("[[国家统计局城市司]]首席统计师")
    d.date("解读称，[[10月份]]，北京", "2025-10", BJ)
    d.city("10月份，[[北京]]、上海")
    d.city("北京、[[上海]]新建")
    d.metric("分别下降[[0.4%]]和", "0.4", "%", "exact", SH)
    d.metric("0.4%和[[0.2%]]", "0.2", "%", "exact", SH)
    d.city("，[[广州]]下降0.5%")
    d.metric("广州下降[[0.5%]]", "0.5", "%", "exact", GZ)
    d.city("，[[深圳]]由上月")
    d.date("深圳由[[上月]]下降", "2025-09", SZ)
    d.metric("上月下降[[0.1%]]转为持平", "0.1", "%", "exact", SZ)
    d.date("二手住宅方面，[[10月份]]一线城市", "2025-10")
    d.metric("一线城市环比下降[[0.9%]]", "0.9", "%", "exact")
    d.metric("同比下降[[5.8%]]", "5.8", "%", "exact")
    d.date("降幅比[[去年同期]]收窄2.1", "2024-10")
    d.metric("收窄[[2.1个百分点]]", "2.1", "百分点", "exact")
    d.metric("环比下降[[0.5%]]，三线", "0.5", "%", "exact")
    d.metric("三线城市下降[[0.6%]]", "0.6", "%", "exact")
    d.date("从城市个数看，[[10月份]]70个", "2025-10")
    d.metric("从城市个数看，10月份[[70个]]大中城市中", 70, "个", "exact")
    d.metric("的城市有[[62个]]", 62, "个", "exact")
    d.date("比[[上月]]增加3个", "2025-09")
    d.metric("增加[[3个]]", 3, "个", "exact")
    d.metric("上涨的有[[5个]]", 5, "个", "exact", SH)
    d.city("主要是[[上海]]、杭州")
    d.city("上海、[[杭州]]、合肥")
    d.city("杭州、[[合肥]]等热点城市")
    # 杭州
    d.city("[[杭州]]：新政效应")
    d.org("[[杭州市住房保障和房产管理局]]数据显示")
    d.date("数据显示，[[10月]]杭州市区", "2025-10", HZ)
    d.city("10月[[杭州]]市区")
    d.metric("成交[[8923套]]", 8923, "套", "exact", HZ)
    d.metric("环比增长[[18.6%]]", "18.6", "%", "exact", HZ)
    d.metric("成交均[[超过1000套]]", 1000, "套", "over", HZ)
    d.date("[[今年前10个月]]，杭州", "2025", HZ)
    d.city("今年前10个月，[[杭州]]新房")
    d.metric("累计成交[[约7.6万套]]", "7.6e4", "套", "approx", HZ)
    d.date("较[[去年同期]]增长约12%", "2024", HZ)
    d.metric("增长[[约12%]]", 12, "%", "approx", HZ)
    # 郑州
    d.city("[[郑州]]：多项措施")
    d.city("[[郑州]]10月新房")
    d.date("郑州[[10月]]新房", "2025-10", ZZ)
    d.metric("环比下降[[0.8%]]", "0.8", "%", "exact", ZZ)
    d.metric("同比下降[[1.5%]]", "1.5", "%", "exact", ZZ)
    d.org("[[郑州市政府]]上月出台")
    d.date("郑州市政府[[上月]]出台", "2025-10", ZZ)
    d.metric("购买[[144平方米以下]]住房", 144, "平方米", "under", ZZ)
    d.metric("给予[[3万元]]购房补贴", "3e4", "元", "exact", ZZ)
    # 机构观点 (ends the 郑州 section)
    d.org("[[中指研究院]]监测显示")
    d.date("监测显示，[[10月]]全国", "2025-10")
    d.metric("全国[[100个]]城市", 100, "个", "exact")
    d.metric("平均价格为[[16712元/平方米]]", 16712, "元/平方米", "exact")
    d.metric("环比上涨[[0.1%]]", "0.1", "%", "exact")
    d.org("[[克而瑞研究中心]]认为")
    d.date("随着[[年底]]前推盘量", "2025")
    d.date("预计[[11月]]至12月", "2025-11")
    d.date("11月至[[12月]]核心", "2025-12")
    audit = {"cities": ["北京", "上海", "广州", "深圳", "杭州", "合肥", "郑州"],
             "excluded": [],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# d06 company, simplified, GB18030, NO published date
# (reference year 2024, inferred from the dateline 2024年3月28日)
# ===========================================================================
@doc
def d06():
    d = Doc("d06_company")
    SU, HCM, MTY, STR = "苏州市", "胡志明市", "蒙特雷", "斯图加特"
    d.org("[[恒锐精密]]2023年净利润")
    d.date("恒锐精密[[2023年]]净利润", "2023")
    d.metric("净利润增长[[31%]]", 31, "%", "exact")
    d.metric("贡献[[近三成]]营收", 30, "%", "approx")
    d.date("[[2024年3月28日晚间]]", "2024-03-28")
    d.org("晚间，[[苏州恒锐精密科技股份有限公司]]（证券代码")
    d.date("发布[[2023年]]年度报告", "2023")
    d.date("公司[[2023年]]实现营业收入", "2023")
    d.metric("营业收入[[48.62亿元]]", "48.62e8", "元", "exact")
    d.date("较[[去年]]增长", "2022")
    d.metric("较去年增长[[23.5%]]", "23.5", "%", "exact")
    d.metric("净利润[[5.17亿元]]", "5.17e8", "元", "exact")
    d.metric("同比增长[[31.2%]]", "31.2", "%", "exact")
    d.metric("每股收益[[1.26元]]", "1.26", "元", "exact")
    d.metric("研发投入[[3.05亿元]]", "3.05e8", "元", "exact")
    d.metric("营业收入的[[6.27%]]", "6.27", "%", "exact")
    d.org("[[恒锐精密]]成立于")
    d.date("成立于[[2006年]]", "2006", SU)
    d.date("，[[2020年]]在上海", "2020", SU)
    d.org("在[[上海证券交易所]]科创板")
    d.city("位于[[苏州]]工业园区")
    d.date("。[[2023年]]，公司向", "2023")
    d.org("公司向[[宁德时代]]、")
    d.org("、[[比亚迪]]及德国")
    d.org("零部件供应商[[博世]]的销售额")
    d.metric("营收的[[41.7%]]", "41.7", "%", "exact")
    # 胡志明市
    d.city("[[胡志明市]]：越南工厂")
    d.org("全资子公司[[恒锐精密（越南）有限公司]]位于")
    d.city("位于[[胡志明市]]，2023年")
    d.date("胡志明市，[[2023年]]实现营收", "2023", HCM)
    d.metric("实现营收[[9.86亿元]]", "9.86e8", "元", "exact", HCM)
    d.metric("净利润[[1.12亿元]]", "1.12e8", "元", "exact", HCM)
    d.metric("员工[[约1500人]]", 1500, "人", "approx", HCM)
    d.date("已于[[2023年10月]]投产", "2023-10", HCM)
    d.metric("年产能[[200万件]]", "200e4", "件", "exact", HCM)
    # 蒙特雷
    d.city("[[蒙特雷]]：北美基地")
    d.date("北美基地[[明年]]投产", "2025", MTY)
    d.date("[[2023年6月]]，公司在墨西哥", "2023-06", MTY)
    d.city("墨西哥[[蒙特雷]]设立")
    d.org("全资子公司[[恒锐精密墨西哥有限公司]]，计划")
    d.metric("总投资[[1.5亿美元]]", "1.5e8", "美元", "exact", MTY)
    d.date("一期工厂[[明年二季度]]投产", "2025-Q2", MTY)
    d.metric("年营收[[约12亿元]]", "12e8", "元", "approx", MTY)
    # 斯图加特
    d.city("[[斯图加特]]：欧洲研发中心")
    d.date("[[2023年9月]]，恒锐精密", "2023-09", STR)
    d.org("2023年9月，[[恒锐精密欧洲研发中心]]在德国")
    d.city("德国[[斯图加特]]揭牌")
    d.date("揭牌。[[当月]]，公司", "2023-09", STR)
    d.city("亮相[[慕尼黑]]车展")
    d.metric("获得[[两家]]欧洲", 2, "家", "exact", STR)
    # 经营展望 (ends the 斯图加特 section)
    d.date("表示，[[今年]]将继续", "2024")
    d.date("力争[[2024年]]营业收入", "2024")
    d.metric("营业收入[[突破60亿元]]", "60e8", "元", "over")
    d.date("截至[[2023年末]]", "2023")
    d.metric("在手订单[[约72亿元]]", "72e8", "元", "approx")
    d.date("较[[2022年末]]增长", "2022")
    d.metric("增长[[近四成]]", 40, "%", "approx")
    d.metric("合计[[约1.47亿元]]", "1.47e8", "元", "approx")
    audit = {"cities": ["苏州", "上海", "胡志明市", "蒙特雷", "斯图加特", "慕尼黑"],
             "excluded": [],
             "numbers_excluded": ["证券代码：[[688592]]"]}
    return d, audit


# ===========================================================================
# d07 Hong Kong, traditional, UTF-8, published 2024-12-03
# ===========================================================================
@doc
def d07():
    d = Doc("d07_hongkong")
    SZ, GZ, MO = "深圳市", "广州市", "澳门"
    d.org("[[金管局]]推跨境支付")
    d.org("新措施 [[八達通]]明年起")
    d.date("八達通[[明年]]起可綁定", "2025")
    d.org("【本報訊】[[香港金融管理局]]（金管局）")
    d.org("香港金融管理局（[[金管局]]）")
    d.date("（金管局）[[今日]]（3日）", "2024-12-03")
    d.date("今日（[[3日]]）公布", "2024-12-03")
    d.org("措施。[[金管局]]總裁")
    d.org("表示，[[八達通卡有限公司]]將於")
    d.date("將於[[明年1月1日]]起", "2025-01-01")
    d.org("電子錢包為[[八達通]]增值")
    d.org("覆蓋[[支付寶]]及")
    d.org("支付寶及[[微信支付]]，預計")
    d.metric("可服務[[逾100萬人次]]", "100e4", "人次", "over")
    d.org("人次。[[金管局]]預計")
    d.metric("可帶動[[約30億港元]]", "30e8", "港元", "approx")
    d.metric("全港約有[[9萬個]]商戶", "9e4", "个", "approx")
    d.org("商戶接受[[八達通]]付款")
    d.org("付款，[[八達通]]最低增值額")
    d.metric("港幣[[50元]]", 50, "元", "exact")
    d.org("[[運輸及物流局]]發言人")
    d.org("表示，[[特區政府]]歡迎")
    d.date("據統計，[[今年1月]]至10月", "2024-01")
    d.date("今年1月至[[10月]]，內地", "2024-10")
    d.metric("訪港旅客達[[2,800萬人次]]", "2800e4", "人次", "exact")
    d.metric("按年增長[[約三成]]", 30, "%", "approx")
    d.org("約三成。[[八達通卡有限公司]]行政總裁")
    d.date("計劃[[明年]]在澳門", "2025", MO)
    d.city("明年在[[澳門]]推出")
    # 港鐵 heading: opens with an ORG, not a city section
    d.org("[[港鐵]]：車費優惠")
    d.org("[[港鐵公司]]同日")
    d.date("港鐵公司[[同日]]宣布", "2024-12-03")
    d.org("「[[港鐵]]全月通」")
    d.date("延續至[[明年6月底]]", "2025-06")
    d.org("6月底。[[港鐵]]表示")
    d.date("表示，[[今年首三季]]港鐵", "2024")
    d.org("今年首三季[[港鐵]]網絡")
    d.metric("每日乘客量[[約410萬人次]]", "410e4", "人次", "approx")
    d.metric("按年上升[[4.2%]]", "4.2", "%", "exact")
    d.metric("日均乘客量[[約4.6萬人次]]", "4.6e4", "人次", "approx")
    d.metric("疫情前[[約九成]]水平", 90, "%", "approx")
    # 深圳
    d.city("[[深圳]]：跨境出行")
    d.date("[[今年]]以來，經港鐵", "2024", SZ)
    d.org("經[[港鐵]]東鐵綫")
    d.city("往返[[深圳]]的旅客")
    d.metric("旅客[[超過5,200萬人次]]", "5200e4", "人次", "over", SZ)
    d.date("較[[去年同期]]增長", "2023", SZ)
    d.metric("增長[[逾三成]]", 30, "%", "over", SZ)
    d.org("[[深圳地鐵集團]]與港鐵")
    d.org("深圳地鐵集團與[[港鐵]]正研究")
    d.org("或可以[[八達通]]在深圳")
    d.city("八達通在[[深圳]]乘搭")
    d.metric("人民幣[[2]]至7元", 2, "元", "exact", SZ)
    d.metric("人民幣2至[[7元]]", 7, "元", "exact", SZ)
    # 廣州
    d.city("[[廣州]]：南沙")
    d.org("此外，[[金管局]]與")
    d.org("與[[中國人民銀行廣東省分行]]合作")
    d.city("在[[廣州]]南沙擴大")
    d.date("截至[[11月底]]", "2024-11", GZ)
    d.city("參與試點的[[香港]]居民")
    d.metric("居民[[超過3.8萬人]]", "3.8e4", "人", "over", GZ)
    d.metric("約港幣[[18億元]]", "18e8", "元", "approx", GZ)
    d.org("[[香港銀行公會]]表示")
    d.metric("將由[[100萬元]]人民幣", "100e4", "元", "exact", GZ)
    d.metric("提高至[[300萬元]]人民幣", "300e4", "元", "exact", GZ)
    audit = {"cities": ["深圳", "廣州", "香港", "澳門", "全港", "本港"],
             "excluded": ["目前[[全港]]約有"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# d08 Taiwan, traditional, Big5, published 2024-03
# ===========================================================================
@doc
def d08():
    d = Doc("d08_taiwan")
    TP, NTP, HC, SYD, KH, TY = "台北市", "新北市", "新竹市", "悉尼", "高雄市", "桃园市"
    d.city("[[臺北市]]敬老卡點數擴大")
    d.org("擴大適用 [[悠遊卡公司]]：")
    d.date("悠遊卡公司：[[今年底]]前完成系統", "2024", TP)
    d.city("〔記者林佳慧／[[臺北]]報導〕")
    d.org("報導〕[[臺北市政府社會局]]今")
    d.date("社會局[[今（5）日]]宣布", "2024-03-05", TP)
    d.date("宣布，[[民國113年]]起", "2024", TP)
    d.metric("每月[[480點]]社福", 480, "点", "exact", TP)
    d.metric("長者[[超過48萬人]]", "48e4", "人", "over", TP)
    d.org("萬人。[[悠遊卡公司]]表示")
    d.date("將於[[今年底]]前完成全市", "2024")
    d.metric("全市[[約1.6萬台]]", "1.6e4", "台", "approx")
    d.city("[[臺北]]市長蔣萬安")
    d.date("表示，[[112年]]臺北市", "2023", TP)
    d.city("112年[[臺北市]]65歲")
    d.metric("臺北市[[65歲以上]]", 65, "岁", "over", TP)
    d.metric("占比已達[[20.3%]]", "20.3", "%", "exact", TP)
    d.date("較[[10年前]]增加", "2013", TP)
    d.metric("增加[[約7個百分點]]", 7, "百分点", "approx", TP)
    d.org("[[市府]]去年投入")
    d.date("市府[[去年]]投入", "2023")
    d.metric("新臺幣[[12.5億元]]", "12.5e8", "元", "exact")
    d.date("億元，[[今年]]增編", "2024")
    d.metric("增編至[[15億元]]", "15e8", "元", "exact")
    d.city("[[基隆市]]、桃園市")
    d.city("基隆市、[[桃園市]]亦規劃")
    d.date("規劃於[[年內]]跟進", "2024", TY)
    # 新北市
    d.city("[[新北市]]：雙北")
    d.org("[[新北市政府交通局]]指出")
    d.city("指出，[[新北市]]敬老卡")
    d.date("自[[113年1月]]起", "2024-01", NTP)
    d.city("已與[[臺北市]]互通")
    d.date("互通，[[1月]]至2月", "2024-01", NTP)
    d.date("1月至[[2月]]累計", "2024-02", NTP)
    d.metric("使用量達[[1,320萬人次]]", "1320e4", "人次", "exact", NTP)
    d.date("較[[去年同期]]成長", "2023", NTP)
    d.metric("成長[[14%]]", 14, "%", "exact", NTP)
    # 新竹市
    d.city("[[新竹市]]：縣市")
    d.city("[[新竹市]]今年起")
    d.date("新竹市[[今年]]起", "2024", HC)
    d.metric("由每月[[300點]]提高", 300, "点", "exact", HC)
    d.metric("提高至[[500點]]", 500, "点", "exact", HC)
    d.metric("維持每月[[360點]]", 360, "点", "exact", HC)
    d.org("[[新竹市政府]]預計")
    d.date("預計，[[115年底]]前", "2026", HC)
    # 雪梨
    d.city("[[雪梨]]：澳洲經驗")
    d.org("[[臺北市社會局]]去年12月")
    d.date("社會局[[去年12月]]率團", "2023-12", SYD)
    d.city("澳洲[[雪梨]]考察")
    d.metric("上限為[[2.5澳元]]", "2.5", "澳元", "exact", SYD)
    d.city("認為，[[台北]]可參考")
    d.city("轉往[[墨爾本]]，了解")
    # 業者觀點 (ends the 雪梨 section)
    d.org("[[悠遊卡股份有限公司]]指出")
    d.date("截至[[2月底]]", "2024-02")
    d.org("，[[悠遊卡]]流通卡數")
    d.metric("卡數[[突破1億張]]", "1e8", "张", "over")
    d.metric("約占[[5%]]", 5, "%", "approx")
    d.date("公司[[113年度]]營收", "2024", KH)
    d.metric("新臺幣[[35億元]]", "35e8", "元", "exact", KH)
    d.org("與[[台灣大哥大]]、全家")
    d.org("、[[全家便利商店]]擴大")
    d.city("評估於[[高雄]]、臺中")
    d.city("高雄、[[臺中]]推出")
    audit = {"cities": ["臺北", "台北", "新北", "新竹", "雪梨", "高雄", "臺中",
                        "基隆", "桃園", "墨爾本", "雙北"],
                        # 新竹縣 is a county, 雙北 a collective label
             "excluded": ["相鄰的[[新竹]]縣", "[[雙北]]同步"],
             "numbers_excluded": []}
    return d, audit


# ===========================================================================
# checks, audits, output
# ===========================================================================
EDGE = set(" \t\r\n\u3000,.:;!?()[]、。，：；！？（）《》〔〕【】「」—…·/\"'") | {
    "\u201c", "\u201d"}
DATE_RE = r"\d{4}(-(\d\d|XX|Q[1-4]|W\d\d|WXX)(-(\d\d|XX))?)?"
CHINESE_FIGURE = re.compile(r"[一二两三四五六七八九十几]+(?:成|倍|分之[一二三四五六七八九十]+)")

try:
    from opencc import OpenCC
    T2S = OpenCC("t2s").convert
except ImportError:   # pip install --target DIR opencc; PYTHONPATH=DIR
    T2S = None


def check(d, audit):
    rows = d.rows
    rows.sort(key=lambda r: (r["start"], r["end"]))
    for prev, cur in zip(rows, rows[1:]):
        assert prev["end"] <= cur["start"], "overlap: %r / %r" % (prev, cur)
    known_cities = set(CITY_NORM.values())
    for r in rows:
        s, e, tx = r["start"], r["end"], r["text"]
        assert d.text[s:e] == tx, r
        assert tx[0] not in EDGE and tx[-1] not in EDGE, r
        assert r["type"] in ("CITY", "ORG", "DATE", "METRIC"), r
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == "", r
        if r["type"] in ("CITY", "ORG"):
            assert r["city"] == "", r
        else:
            assert r["city"] == "" or r["city"] in known_cities, r
        if r["type"] == "METRIC":
            assert r["qualifier"] in ("exact", "approx", "over", "under"), r
            assert r["normalized"] == r["value"], r
            assert re.fullmatch(r"\d+(\.\d+)?", r["value"]), r
        if r["type"] == "DATE":
            assert re.fullmatch(DATE_RE, r["normalized"]), r
        if T2S and r["type"] == "ORG":
            assert T2S(tx) == r["normalized"], (r, T2S(tx))
        if T2S and r["type"] == "CITY" and tx not in ("雪梨",):
            assert T2S(tx) in (r["normalized"], r["normalized"][:-1]), r

    covered = [(r["start"], r["end"]) for r in rows]
    excluded = []
    for ctx in audit["excluded"] + audit["numbers_excluded"]:
        _, places = d._locate(ctx, 1)
        excluded.extend(places)

    def inside(i, j, spans):
        return any(s <= i and j <= e for s, e in spans)

    problems = []
    for name in audit["cities"]:
        for m in re.finditer(re.escape(name), d.text):
            if not inside(m.start(), m.end(), covered + excluded):
                problems.append("city string %s at %d: %r" % (
                    name, m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in re.finditer(r"\d+", d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("number %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    for m in CHINESE_FIGURE.finditer(d.text):
        if not inside(m.start(), m.end(), covered + excluded):
            problems.append("figure %s at %d: %r" % (
                m.group(), m.start(), d.text[m.start() - 6:m.end() + 6]))
    if problems:
        sys.exit("%s:\n  %s" % (d.doc_id, "\n  ".join(problems)))


def main():
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
        print("%-18s %3d  %s" % (d.doc_id, len(d.rows),
                                 " ".join("%s=%d" % (t, c[t]) for t in
                                          ("CITY", "ORG", "DATE", "METRIC"))))
    print("%-18s %3d  %s" % ("total", sum(total.values()),
                             " ".join("%s=%d" % (t, total[t]) for t in
                                      ("CITY", "ORG", "DATE", "METRIC"))))
    if T2S is None:
        print("(OpenCC not importable: ORG/CITY t2s cross-check skipped)")


if __name__ == "__main__":
    main()
