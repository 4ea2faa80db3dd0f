"""DATE finder and normalizer (SPEC section 3, DATE): table-driven cases plus property tests.

The sentences are written for these tests, not taken from the seed articles, so passing them says
the rules are general rather than fitted to the gold set.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lunardate import LunarDate

from pipeline.finders.dates import DateMatch, find_dates, infer_reference_year
from pipeline.normalize.dates import (
    Holiday,
    RefDate,
    cn_number,
    holiday_date,
    iso,
    parse_number,
    shift_month,
    to_halfwidth,
)

Row = list[tuple[str, str]]


def spans(text: str, ref: str, taiwan: bool = False) -> Row:
    """(text, normalized) of every mention, checking the offsets on the way."""
    out = find_dates(text, RefDate.parse(ref), taiwan=taiwan)
    for m in out:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.normalized) for m in out]


# ---------------------------------------------------------------------------------------------
# table: (reference date, text, expected mentions)

CASES: list[tuple[str, str, Row]] = [
    # absolute forms
    ("2023-05", "签约仪式定于2021年9月30日举行。", [("2021年9月30日", "2021-09-30")]),
    ("2023-05", "数据截至2021-09-30。", [("2021-09-30", "2021-09-30")]),
    ("2023-05", "公告日期为2021/9/3，", [("2021/9/3", "2021-09-03")]),
    ("2023-05", "发布于2021.9.3的报告", [("2021.9.3", "2021-09-03")]),
    ("2023-05", "公司成立于一九九八年十二月二十一日。", [("一九九八年十二月二十一日", "1998-12-21")]),
    ("2023-05", "落成于２０２０年１１月８日。", [("２０２０年１１月８日", "2020-11-08")]),
    ("2023-05", "项目于2022-03启动", [("2022-03", "2022-03")]),
    ("2023-05", "二〇〇八年，奥运会在此举办。", [("二〇〇八年", "2008")]),
    # partial forms, resolved against the reference
    ("2023-05", "11月2日，新馆开放。", [("11月2日", "2023-11-02")]),
    ("2023-05", "该市于2019年8月启动试点。", [("2019年8月", "2019-08")]),
    ("2023-05", "2015年该行改制。", [("2015年", "2015")]),
    ("2023", "9日，市政府召开会议。", [("9日", "2023-XX-09")]),
    ("2023-05", "9日，市政府召开会议。", [("9日", "2023-05-09")]),
    ("2023", "展会于3月2日开幕，5日闭幕。", [("3月2日", "2023-03-02"), ("5日", "2023-03-05")]),
    ("2023-05", "发布的2018出行报告显示", [("2018", "2018")]),
    # relative forms
    ("2023-05-17", "去年营收下降，明年有望回升。", [("去年", "2022"), ("明年", "2024")]),
    ("2023-05-17", "前年该厂停产。", [("前年", "2021")]),
    ("2023-05-17", "昨天，工厂复工；明天将验收。", [("昨天", "2023-05-16"), ("明天", "2023-05-18")]),
    ("2023-05-17", "上周公布的数据", [("上周", "2023-W19")]),
    ("2023-05", "上周公布的数据", [("上周", "2023-WXX")]),
    ("2023-05", "上月销量回升，本月继续增长。", [("上月", "2023-04"), ("本月", "2023-05")]),
    ("2023-05", "项目预计年底竣工", [("年底", "2023")]),
    ("2023-05", "计划在今年年初动工", [("今年年初", "2023")]),
    ("2023-05", "去年底开通的线路", [("去年底", "2022")]),
    ("2023-05", "今年下半年将推出", [("今年下半年", "2023")]),
    ("2023-05", "2022年四季度利润增长", [("2022年四季度", "2022-Q4")]),
    ("2023-05", "第二季度出口回暖", [("第二季度", "2023-Q2")]),
    ("2023-05", "2022年前三季度累计", [("2022年前三季度", "2022")]),
    ("2023-05", "首8个月销量", [("首8个月", "2023")]),
    ("2023-05", "三年前这里还是荒地", [("三年前", "2020")]),
    ("2023-05", "该品牌于今年9月上旬发布", [("今年9月上旬", "2023-09")]),
    ("2023-05", "8月份的数据", [("8月份", "2023-08")]),
    ("2023-05", "最迟10月中旬完成", [("10月中旬", "2023-10")]),
    ("2023-05", "明年3月底前完工", [("明年3月底", "2024-03")]),
    # 中 after a month is its middle before 仍, 起, 至 …, not before another word (6月|中国)
    ("2023-05", "部分会员上月中仍获推销", [("上月中", "2023-04")]),
    ("2023-05", "10月中起实施新规", [("10月中", "2023-10")]),
    ("2023-05", "6月中国经济数据", [("6月", "2023-06")]),
    ("2023-05-17", "20日下午，双方签约。", [("20日下午", "2023-05-20")]),
    # anaphora, glosses, sentence periods
    ("2023", "8月9日，展会开幕。当天，签约金额创新高。", [("8月9日", "2023-08-09"), ("当天", "2023-08-09")]),
    ("2023", "前天（4月3日），工厂停电。", [("前天", "2023-04-03"), ("4月3日", "2023-04-03")]),
    ("2023", "今日（12日）起实行", [("今日", "2023-XX-12"), ("12日", "2023-XX-12")]),
    ("2023-05", "市政府昨（16）日发布通告", [("昨（16）日", "2023-05-16")]),
    ("2023-05", "该公司2020年的利润比去年增加", [("2020年", "2020"), ("去年", "2019")]),
    ("2023-05", "2022年6月，出口额较去年同期增长", [("2022年6月", "2022-06"), ("去年同期", "2021-06")]),
    # several months (or quarters) written as a range state their year
    ("2024-03", "1月至2月累计使用量达1,320万人次，较去年同期成长14%",
     [("1月", "2024-01"), ("2月", "2024-02"), ("去年同期", "2023")]),
    ("2024-11-01", "一季度到三季度，销售额比去年同期增长",
     [("一季度", "2024-Q1"), ("三季度", "2024-Q3"), ("去年同期", "2023")]),
    # the end or start of a quarter is the quarter (SPEC: an end of a period normalizes to it)
    ("2024-11-20", "第三季度末，不良贷款率为1.35%", [("第三季度末", "2024-Q3")]),
    # Taiwan writes the first months and the quarters without 个 and 度
    ("2024-11-20", "富邦金控前10月税后纯益新台币1,185亿元", [("前10月", "2024")]),
    ("2024-11-20", "今年第3季经济成长率4.17%", [("今年第3季", "2024-Q3")]),
    # Hong Kong writes the first quarters without 度
    ("2024-11-05", "今年首季访港旅客约1,040万人次", [("今年首季", "2024-Q1")]),
    ("2024-11-05", "第四季零售销售仍会按年下跌", [("第四季", "2024-Q4")]),
    # 去年同期 follows the sentence's period: a day range states the year, a relative month itself
    ("2025-11-03", "国庆假期（10月1日至8日），外地游客占比较去年同期提高",
     [("国庆", "2025-10-01"), ("10月1日", "2025-10-01"), ("8日", "2025-10-08"), ("去年同期", "2024")]),
    ("2024-11-05", "上月交易额约15亿港元，较去年同期增长逾四成",
     [("上月", "2024-10"), ("去年同期", "2023-10")]),
    # a range of relative days states the year too; one relative day is that day
    ("2026-11-21", "上周四至上周日举行的大赛车录得观众约十一万人次，较去年同期增加约7%",
     [("上周四", "2026-11-12"), ("上周日", "2026-11-15"), ("去年同期", "2025")]),
    ("2026-11-21", "上周日举行的大赛车录得观众约十一万人次，较去年同期增加约7%",
     [("上周日", "2026-11-15"), ("去年同期", "2025-11-15")]),
    ("2026-11-25", "本土球员税前年薪上限维持在500万元", []),  # 税前 (before tax) owns its 前
    # 年中 after a year word that ends in 年 (明年年中), not 年中国
    ("2026-11-23", "有机资源回收中心预计明年年中投入运作", [("明年年中", "2027")]),
    ("2026-11-23", "2016年中国经济增长", [("2016年", "2016")]),
    ("2024-12-03", "今年首三季乘客量约410万", [("今年首三季", "2024")]),
    # 同期 after a year is part of it; 去年同期 stays its own word
    ("2024-10-08", "较2019年同期增长10.2%", [("2019年同期", "2019")]),
    ("2025-11-17", "10月份房价比去年同期上涨", [("10月份", "2025-10"), ("去年同期", "2024-10")]),
    ("2023-05", "2021年11月的销量比上月增长", [("2021年11月", "2021-11"), ("上月", "2021-10")]),
    ("2023-05", "2021年7月至9月", [("2021年7月", "2021-07"), ("9月", "2021-09")]),
    ("2023-05", "2021年7至9月", [("2021年7", "2021-07"), ("9月", "2021-09")]),
    ("2023-05", "2011-2015年间", [("2011", "2011"), ("2015年", "2015")]),
    # holidays
    ("2023-05", "2024年春节期间客流大增", [("2024年春节", "2024-02-10")]),
    ("2023-05", "中秋假期，景区人满为患", [("中秋", "2023-09-29")]),
    ("2023-05", "国庆节前夕，广场布置一新", [("国庆节", "2023-10-01")]),
    ("2023-05", "大年初二回娘家", [("大年初二", "2023-01-23")]),
    ("2025-02-10", "大年初二至初五，机票均价为1280元", [("大年初二", "2025-01-30"), ("初五", "2025-02-02")]),
    ("2025-02-10", "正月初八到十五", [("正月初八", "2025-02-05"), ("十五", "2025-02-12")]),
    ("2025-02-10", "每年的阴历五月初四至初六，妇女们上山", []),  # a recurring range
    ("2023-05", "清明节扫墓", [("清明节", "2023-04-05")]),
    ("2023-05", "除夕夜的年夜饭", [("除夕", "2023-01-21")]),
    ("2023-05", "母亲节当天", [("母亲节", "2023-05-14"), ("当天", "2023-05-14")]),
    # datelines and titles
    ("2023", "中新社上海6月7日电 记者报道", [("6月7日", "2023-06-07")]),
    ("2023", "《2022年度环境状况公报》显示", [("2022年度", "2022")]),
    # Taiwan
    ("2023", "112年7月1日起施行", [("7月1日", "2023-07-01")]),  # ROC only with taiwan=True
    ("2023", "民國九十八年", [("民國九十八年", "2009")]),
    # a 民國 year before 來台 is a year; 112年来 (no 民國) is "in the last 112 years"
    ("2024-11-11", "民國113年來台旅客可望突破780萬人次", [("民國113年", "2024")]),
    ("2024-10-20", "国庆期间客流大增", [("国庆", "2024-10-01")]),
]

CASES_TW: list[tuple[str, str, Row]] = [
    ("2024", "本法自113年1月1日起施行", [("113年1月1日", "2024-01-01")]),
    ("2024", "111年度預算", [("111年度", "2022")]),
    ("2026-11-20", "工資比113年多出約300元", [("113年", "2024")]),  # 多出 "exceeds by": no 年多
    ("2026-11-20", "他已工作了3年多", []),  # 年多: a duration
    ("2024", "申請期限至113/3/31止", [("113/3/31", "2024-03-31")]),
    ("2024", "他10年前离开，服务满30年。", [("10年前", "2014")]),
    ("2026-10-30", "明（116）年起将开放", [("明（116）年", "2027")]),  # the year in brackets
    ("2026-10-30", "已超过114年全年的7,612亿元", [("114年", "2025")]),  # 全年 after it: the year
    ("2026-10-30", "已超过3年", []),
]

NOT_DATES: list[str] = [
    "用了5年时间完成改造",
    "月增5.1%，创历年同月新高",  # the same month of past years: no date
    "实现当日达或次日达",  # delivery services
    "年减12.6%，为近年以来同月新低",
    "销量创往年同期最高水平",
    "达产后年营收约12亿元",  # 后 ends 达产后; 年营收 is annual revenue
    "该剧第二季播出后反响热烈",  # a season of a series, not a quarter
    "项目提前3个月完成",  # a duration
    "一个月内完成审批",
    "24小时营业",
    "他等了十七年",
    "工期3年",
    "近年来发展迅速",
    "目前已有数百家",
    "日前，该部门表示",
    "未来将继续推进",
    "每年举办一次",
    "现在已经普及",
    "截至目前没有答复",
    "暑期客流大增",
    "今冬气温偏高",
    "明后年还会增长",
    "每月5日发放工资",
    "次月5日前还款",
    "老人今年82岁",  # 今年 is a date; the age is not (checked below)
    "投资2017万元",
    "售价2019元",
    "共有2018个网点",
    "30日内答复",
    "近3日气温骤降",
    "第2016号文件",
    "说明年报的编制方法",
    "不同年龄段的人群",
    "晚上周边很热闹",
    "全国五一劳动奖章获得者",  # an award's name
    "和以往不可同日而语",  # an idiom
    "带来年均增长两成",  # 带来|年均: no 来年 (next year) across a verb ending in 来
    "约为1900标准箱",  # a count of containers, not the year 1900
    "共发放2000袋大米",
]


@pytest.mark.parametrize(("ref", "text", "expected"), CASES)
def test_table(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), CASES_TW)
def test_table_taiwan(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref, taiwan=True) == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    found = spans(text, "2023-05")
    assert found in ([], [("今年", "2023")]), found


@pytest.mark.parametrize("text", ["光学镜头10月营收年增逾8%", "外港客运码头10月旅客量", "龙头10月营收增长"])
def test_a_month_after_a_noun_ending_in_tou(text: str) -> None:
    """镜头|10月: the month after a noun that ends in 头 is a date (头10月 alone is a duration)."""
    assert spans(text, "2026-11-22") == [("10月", "2026-10")]


def test_a_verb_ending_in_lai_before_nian_nei() -> None:
    """迎来|年内: the year (年内, this year), not 来年 (next year) across the verb's 来."""
    assert spans("四季度将迎来年内上市高峰", "2026-11-23") == [("四季度", "2026-Q4"), ("年内", "2026")]


@pytest.mark.parametrize(("ref", "text", "expected"), [
    ("2025-10-22", "三季度，交易额环比上季度增长21.6%", [("三季度", "2025-Q3"), ("上季度", "2025-Q2")]),
    ("2025-10-22", "上季度营收增长", [("上季度", "2025-Q3")]),  # from the reference date's quarter
    ("2025-02-03", "春节连假昨（2）日落幕", [("春节", "2025-01-29"), ("昨（2）日", "2025-02-02")]),
    ("2025-10-22", "2024年全年营收增长。去年全年亏损", [("2024年", "2024"), ("去年", "2024")]),  # no 全年
    ("2025-10-22", "上半年末，贷款余额", [("上半年末", "2025")]),
    ("2025-11-11", "加上年底房企冲刺", [("年底", "2025")]),  # 加上 owns its 上
    ("2026-10-30", "截至上季底，用户数", [("上季底", "2026-Q3")]),  # a quarter's end is the quarter
    # a comparison's baseline (较去年春节) is not the period a later bare date takes its year from
    ("2026-02-26", "较去年春节假期增长5.3%，2月23日单日流量达7460万辆次",
     [("去年春节", "2025-01-29"), ("2月23日", "2026-02-23")]),
    ("2026-11-11", "预计明年农历年前后", [("明年农历年", "2027-02-06")]),
    ("2026-11-24", "年底至明年农历春节前为旺季", [("年底", "2026"), ("明年农历春节", "2027-02-06")]),
    ("2026-11-24", "今（廿四）日公布，昨（廿三）日举行",
     [("今（廿四）日", "2026-11-24"), ("昨（廿三）日", "2026-11-23")]),
    # a start (X年以来) is not the period a later holiday takes its year from
    ("2026-11-10", "创2021年以来新高，预计圣诞前", [("2021年", "2021"), ("圣诞", "2026-12-25")]),
    ("2026-11-14", "预计11月中下旬", [("11月中下旬", "2026-11")]),
    ("2026-11-02", "国庆黄金周（十月一日至七日）",
     [("国庆", "2026-10-01"), ("十月一日", "2026-10-01"), ("七日", "2026-10-07")]),
    ("2026-11-02", "需要三至五日完成", []),  # no date before the range: a duration
    # the second day of a pair in Chinese numerals, after 及 or 、; not a duration after it
    ("2026-11-24", "將於十一月廿八日及廿九日舉辦",
     [("十一月廿八日", "2026-11-28"), ("廿九日", "2026-11-29")]),
    ("2026-11-24", "五月二十日、二十一日举行", [("五月二十日", "2026-05-20"), ("二十一日", "2026-05-21")]),
    ("2026-11-24", "平日及三日内完成", []),
    # 明年 counts from the reference year, not from the 元旦 nearest it just given
    ("2026-10-09", "元旦前后，明年元旦的机票", [("元旦", "2027-01-01"), ("明年元旦", "2027-01-01")]),
    ("2025-11-20", "已明显超过去年水平", [("去年", "2024")]),  # 超过 owns its 过: no 过去
    ("2025-11-20", "春节前年货备货启动", [("春节", "2026-02-17")]),  # 年货 owns its 年: no 前年
    ("2025-11-11", "第3季营收较上季成长12%", [("第3季", "2025-Q3"), ("上季", "2025-Q2")]),
    ("2025-11-11", "较上周日均水平高出逾三成", [("上周", "2025-W45")]),  # 日均, no Sunday
    ("2026-11-20", "厦门航空本周三起恢复厦门至吉隆坡航线", [("本周三", "2026-11-18")]),  # from Wednesday
    ("2026-11-20", "下周日起实施", [("下周日", "2026-11-29")]),
    ("2026-11-20", "我们本周一起去看看", [("本周", "2026-W47")]),  # 一起: together
    ("2026-11-16", "国际金价上周一度升至每盎司4312美元", [("上周", "2026-W46")]),  # 一度: at one point
    ("2026-11-16", "不少家庭下周一度假归来", [("下周一", "2026-11-23")]),  # 度假 after Monday
    ("2026-11-05", "中银香港则由本周一起把现金回赠上调", [("本周一", "2026-11-02")]),  # 由…起: from Monday
    ("2026-11-05", "上周三隻新股首日表现分化", [("上周", "2026-W44")]),  # 三隻: a count
    ("2026-11-19", "该集团上周六同黄山旅游签约", [("上周六", "2026-11-14")]),  # 同: with
    ("2026-11-19", "上周三同比增长5%", [("上周", "2026-W46")]),  # 同比: year on year
    # a holiday's day in brackets gives no date to 今日 in another sentence
    ("2026-11-25", "受黑色星期五（27日）带动，货运量将增加。新系统今日起试行。",
     [("黑色星期五", "2026-11-27"), ("27日", "2026-11-27"), ("今日", "2026-11-25")]),
    ("2025-11-13", "10月13日20时至11月11日24时，较去年同期增长",
     [("10月13日", "2025-10-13"), ("11月11日", "2025-11-11"), ("去年同期", "2024")]),  # a range: the year
    ("2025-11-04", "预料租金指数年内将累升", [("年内", "2025")]),  # 指数 owns its 数: no 数年
    ("2025-10-22", "游客2089.6万人次", []),  # no year 2089
])
def test_quarters_brackets_and_year_words(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), [
    # a bracketed year takes its quarter, month or holiday: one date
    ("2026-11-12", "今（115）年第3季百貨公司營業額", [("今（115）年第3季", "2026-Q3")]),
    ("2026-11-12", "去（114）年第4季、明（116）年1月",
     [("去（114）年第4季", "2025-Q4"), ("明（116）年1月", "2027-01")]),
    # 明年 counts from the reference year even after a sentence states another year
    ("2026-11-25", "新厂预计2027年第3季装机，目标在明年农历春节前完成",
     [("2027年第3季", "2027-Q3"), ("明年农历春节", "2027-02-06")]),
    ("2026-11-12", "2030年建成，明年开工", [("2030年", "2030"), ("明年", "2027")]),
    # 上月 is the month before the stated one only as a baseline (比上月, 较上月, 由上月…转为)
    ("2026-11-12", "10月CPI同比上涨0.2%，比上月回落", [("10月", "2026-10"), ("上月", "2026-09")]),
    ("2026-11-12", "10月份深圳由上月下降转为持平", [("10月份", "2026-10"), ("上月", "2026-09")]),
    ("2026-11-12", "截至10月底累计获批13.8万辆，上月北上的港车约27.9万辆次",
     [("10月底", "2026-10"), ("上月", "2026-10")]),
    # a baseline 上月 after a sentence about last month is the month before that one
    ("2026-11-24", "该署上月共接获投诉约420宗，较上月增加约9%",
     [("上月", "2026-10"), ("上月", "2026-09")]),
    ("2026-11-24", "上月销量较去年同期增长5%，较上月增长3%",
     [("上月", "2026-10"), ("去年同期", "2025-10"), ("上月", "2026-09")]),
    ("2026-11-24", "本月销量较上月增加", [("本月", "2026-11"), ("上月", "2026-10")]),
    # the day in Chinese numerals glossed in brackets (Macao and Hong Kong write 廿六日)
    ("2026-11-24", "中葡論壇常設秘書處將於本周四（廿六日）舉辦對接會",
     [("本周四", "2026-11-26"), ("廿六日", "2026-11-26")]),
    # a day alone in brackets after a week's day is that day, whatever month the sentence gave
    ("2026-11-24", "随着圣诞及农历新年临近，卫生署将于本周四（26日）起举办讲座",
     [("圣诞", "2026-12-25"), ("农历新年", "2027-02-06"), ("本周四", "2026-11-26"), ("26日", "2026-11-26")]),
])
def test_bracketed_years_with_parts_and_deictic_words(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), [
    # the bracket form of 今日 is the publication day, whatever month the sentence gave
    ("2026-11-21", "截至9月底累计培育逾2200间，并于今（廿一）日起举办",
     [("9月底", "2026-09"), ("今（廿一）日", "2026-11-21")]),
    # an event's time closed by 后 starts a span up to now: 截至 is in the reference year
    ("2026-11-23", "比亚迪去年3月发布闪充技术后，截至10月底已建成4300座",
     [("去年3月", "2025-03"), ("10月底", "2026-10")]),
])
def test_today_in_brackets_and_spans_up_to_now(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), [
    # a month in a sentence about a holiday placed nearest the reference takes the year nearest it
    ("2026-11-10", "元旦假期酒店预订量增长31.6%，12月31日入住的订单",
     [("元旦", "2027-01-01"), ("12月31日", "2026-12-31")]),
    ("2026-11-24", "在圣诞节与元旦档期带动下，12月签帳金额",
     [("圣诞节", "2026-12-25"), ("元旦", "2027-01-01"), ("12月", "2026-12")]),
    ("2026-11-10", "春节期间，2月10日的车票", [("春节", "2027-02-06"), ("2月10日", "2027-02-10")]),
    ("2026-11-19", "预计今冬至明年2月底", [("明年2月底", "2027-02")]),  # 今冬|至, no 冬至
    # after 明年…, a bare month, quarter or 年底 is its next occurrence from the reference date
    ("2025-11-20", "灯会将于明年春节前夕开幕，年底前还将", [("明年春节", "2026-02-17"), ("年底", "2025")]),
    # 明（116）年 is 明年 glossed: no period of the sentence for 去年 or a bare month to count from
    ("2026-11-21", "明（116）年7月1日起實施，12月中旬將抽驗，件數由去年的420件增至500件",
     [("明（116）年7月1日", "2027-07-01"), ("12月中旬", "2026-12"), ("去年", "2025")]),
    # Taiwan's word for Christmas; a period after a clinic or a training (nouns jieba mistags)
    ("2026-11-20", "耶诞节前出货，耶诞树销量增加", [("耶诞节", "2026-12-25")]),
    # a part of the year after 较 is the baseline a figure is compared with: this year's
    ("2026-11-25", "订单排期已至明年6月，采购价格较年初下降约三成",
     [("明年6月", "2027-06"), ("年初", "2026")]),
    ("2025-11-20", "延续至明年2月，并会在12月中旬举办", [("明年2月", "2026-02"), ("12月中旬", "2025-12")]),
    ("2026-11-20", "明年一季度将推出，四季度营销", [("明年一季度", "2027-Q1"), ("四季度", "2026-Q4")]),
    ("2026-11-20", "明年3月开工，6月竣工", [("明年3月", "2027-03"), ("6月", "2027-06")]),
    # 明年 alone counts forward too; a bare 去年 does not state the sentence's period
    ("2026-11-25", "水價明年維持每立方米4.18澳門元，第三季起增設智能水錶",
     [("明年", "2027"), ("第三季", "2027-Q3")]),
    ("2026-11-25", "公司明年扩产，12月试产", [("明年", "2027"), ("12月", "2026-12")]),
    ("2026-11-25", "公司去年营收增长，三季度亏损", [("去年", "2025"), ("三季度", "2026-Q3")]),
    # 十一 is National Day only before 黄金周, 长假 ... (rules/dates/holiday_cues.csv)
    ("2025-11-20", "经科局并预计，“十一”黄金周旅客", [("十一", "2025-10-01")]),
    ("2026-11-20", "今年十一长假期间", [("今年十一", "2026-10-01")]),
    ("2026-11-20", "第十一届展会，十一家企业", []),
    ("2025-11-20", "长沙五一商圈的夜宵商户", []),  # a shopping district, no holiday
    ("2026-11-26", "金管局又指，第三季末住宅按揭", [("第三季末", "2026-Q3")]),
    ("2026-11-15", "聚合支付服务自2021年起全面推行，截至9月底", [("2021年", "2021"), ("9月底", "2026-09")]),
])
def test_months_near_a_holiday_and_this_winter(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), [
    ("2025-12-29", "元旦假期将至", [("元旦", "2026-01-01")]),  # the coming one, nearest the reference
    ("2025-12-29", "今年元旦", [("今年元旦", "2025-01-01")]),  # a year word decides
    ("2025-12-29", "今年复活节，明年复活节", [("今年复活节", "2025-04-20"), ("明年复活节", "2026-04-05")]),
    ("2025-11-18", "中国农民丰收节期间", [("中国农民丰收节", "2025-09-23")]),  # the autumn equinox
])
def test_holidays_nearest_easter_and_equinox(ref: str, text: str, expected: Row) -> None:
    assert spans(text, ref) == expected


def test_same_day_looks_past_a_holiday_of_another_sentence() -> None:
    text = "10月21日消息。10月上半月受国庆黄金周带动，旅客增长。统计处同日公布数据"
    found = spans(text, "2025-10-22")
    assert found[-1] == ("同日", "2025-10-21")
    assert ("10月上半月", "2025-10") in found  # 上半月: a part of the month
    assert spans("母亲节当天", "2023-05")[-1] == ("当天", "2023-05-14")  # the same sentence's holiday


def test_up_to_now_after_a_start_date() -> None:
    # 自…以来，截至12月15日: the span runs up to now, in the reference year
    text = "港车北上自2023年7月1日实施以来，截至12月15日累计约有11万辆次"
    assert spans(text, "2025-12-29") == [("2023年7月1日", "2023-07-01"), ("12月15日", "2025-12-15")]
    found = spans("2023年全年，截至12月底累计增长", "2025-12-29")  # no 以来: the sentence's year
    assert found == [("2023年", "2023"), ("12月底", "2023-12")]


def test_last_month_counts_from_the_month_stated_before() -> None:
    # a year-only mention in between (民国114年以来) does not hide the month
    text = "10月合并营收172.6亿元，为民国114年以来新高，较上月增加"
    assert spans(text, "2025-11-11") == [("10月", "2025-10"), ("民国114年", "2025"), ("上月", "2025-09")]


def test_day_before_the_date_just_given() -> None:
    text = "11月18日，临沂至塔什干班列首发；前一日，济南至莫斯科班列发出。"
    assert spans(text, "2025-11-25") == [("11月18日", "2025-11-18"), ("前一日", "2025-11-17")]


def test_after_completion_annual_is_no_year() -> None:
    assert spans("项目明年上半年投产，建成后年通过能力达500万标箱", "2025-11-25") == [("明年上半年", "2026")]


@pytest.mark.parametrize(("text", "taiwan_days", "expected"), [
    ("国庆期间，旅宿住房率达92%", True, [("国庆", "2024-10-10")]),  # simplified, as the pipeline gives it
    ("国庆期间，旅宿住房率达92%", False, [("国庆", "2024-10-01")]),
    ("今年教师节前后", True, [("今年教师节", "2024-09-28")]),
    ("今年国庆日", True, [("今年国庆日", "2024-10-10")]),
    ("双十节庆祝活动", False, [("双十节", "2024-10-10")]),
])
def test_taiwan_days(text: str, taiwan_days: bool, expected: Row) -> None:
    """Taiwan's own holidays (rules/dates/holidays.csv, region taiwan) in texts written there."""
    found = find_dates(text, RefDate.parse("2024-11-11"), taiwan=True, taiwan_days=taiwan_days)
    assert [(m.text, m.normalized) for m in found] == expected


@pytest.mark.parametrize(("text", "kinds"), [
    ("民國113年來台旅客逾新台幣80億元", 2),  # the era and the currency
    ("臺灣與台灣", 1),  # two spellings of one marker
    ("國慶黃金周訪港旅客", 0),
])
def test_taiwan_marker_kinds(text: str, kinds: int) -> None:
    from pipeline.process import taiwan_marker_kinds
    from pipeline.resources import load_resources

    assert taiwan_marker_kinds(text, load_resources().taiwan_markers) == kinds


@pytest.fixture(scope="module")
def segmenter():
    from pipeline.resources import load_resources

    return load_resources().segmenter


@pytest.mark.parametrize(("text", "expected"), [
    ("重庆江北国际机场前10个月旅客吞吐量约4080万人次", [("前10个月", "2025")]),  # after a name
    ("全市前三个月新增企业1.2万户", [("前三个月", "2025")]),  # after a noun
    ("该行前9个月净利润增长", [("前9个月", "2025")]),  # after a pronoun
    ("河南前10个月交易额超860亿元", [("前10个月", "2025")]),  # after a place
    ("多地前10个月带动销售超千亿元", [("前10个月", "2025")]),  # 多地 (many places): a noun, not 多|地
    ("化纤面料前10个月出口额约258亿美元", [("前10个月", "2025")]),  # a set phrase (jieba's l)
    ("国家开发银行江苏省分行前10个月向南京等地投放约142亿元", [("前10个月", "2025")]),  # a branch (分行 n)
    ("“黄鹤楼”系列前10个月商业销量约88万箱", [("前10个月", "2025")]),  # a brand's line (系列 n)
    ("会籍投诉首十个月增逾四成", [("首十个月", "2025")]),  # 投诉 (tagged v) counted: not_dates.csv subject
    ("KTV门店数前10个月降约4%", [("前10个月", "2025")]),  # 门店|数: a count noun, not 数 "several"
    ("私营骨灰龛首十个月获发牌增至42间", [("首十个月", "2025")]),  # 龛/ng: a noun morpheme
    ("结婚首三个月的开支", []),  # after the event a duration runs from
    ("上市前3个月股价波动", []),  # 上市 (tagged as a place) is a verb: not_dates.csv not_subject
    ("离职前3个月需要提出申请", []),  # after a verb: a duration
    ("项目提前3个月完成", []),
])
def test_period_after_its_subject(segmenter, text: str, expected: Row) -> None:
    """前N个月 after the subject it is about is the calendar period; after a verb, a duration.
    The words tell which (without them only 在/的/和... before it count)."""
    found = find_dates(text, RefDate.parse("2025-11-15"), words=segmenter.segment(text))
    assert [(m.text, m.normalized) for m in found] == expected
    if expected:
        assert spans(text, "2025-11-15") == []  # no words: the cautious reading


@pytest.mark.parametrize(("text", "expected"), [
    ("澳门中小型企业联合商会上月以问卷访问了会员", [("上月", "2025-10")]),
    ("中国烹饪协会上周发布的调查显示", [("上周", "2025-W45")]),
    ("他在会上月底表示", [("月底", "2025-11")]),  # 会上 (at the meeting) is a word here
    # 线 ends a line's name after a place or a number (not_dates.csv name_end): no 线上 (online)
    ("轻轨横琴线上月日均载客约1.28万人次", [("上月", "2025-10")]),
    ("大桥穿梭巴士港澳线上月载客约46万人次", [("上月", "2025-10")]),
    ("地铁1号线上月客流回升", [("上月", "2025-10")]),
    ("公司线上月活用户达5万", []),
    ("旗下锂盐产线上月开工率回升", [("上月", "2025-10")]),  # 产线|上月
    ("开展线上月度评比", []),
    # 旗下 (under a group) owns its 下: no 下周 in 旗下|周大福人寿
    ("周大福企業旗下周大福人壽表示", []),
    ("集团旗下周末游产品", []),
    ("机管局目标2035年货运量达1000万公吨", [("2035年", "2035")]),  # 年|货运量: no 年货
    ("春节前年货备货启动", [("春节", "2026-02-17")]),
    ("中小企资助获批宗数首10个月按年增约14%", [("首10个月", "2025")]),  # 宗数|首, not 宗|数首
])
def test_a_not_date_word_split_by_the_word_before(segmenter, text: str, expected: Row) -> None:
    """会上 (at the meeting) owns its characters, unless 会 ends the word before it (商会|上月)."""
    found = find_dates(text, RefDate.parse("2025-11-15"), words=segmenter.segment(text))
    assert [(m.text, m.normalized) for m in found] == expected


def test_taiwan_years_need_the_flag() -> None:
    assert spans("112年預算", "2023") == []
    assert spans("112年預算", "2023", taiwan=True) == [("112年", "2023")]
    # the second year of a range stays a year before 间 (115年至116年間), unlike 112年来 (112 years)
    assert spans("115年至116年間將有機組併網", "2026", taiwan=True) == [("115年", "2026"), ("116年", "2027")]
    assert spans("112年来首次", "2026", taiwan=True) == []


def test_inferred_flag_only_where_the_year_was_guessed() -> None:
    text = "2019年3月5日，公司上市。15日，股价上涨。2019年全年营收增长。"
    assert infer_reference_year(text) == 2019
    out = find_dates(text, RefDate(None))
    by_text = {m.text: m for m in out}
    assert by_text["2019年3月5日"].inferred is False
    assert by_text["15日"] == DateMatch(
        by_text["15日"].start, by_text["15日"].end, "15日", "2019-03-15", False
    )
    out = find_dates("今年营收增长。2018年2月，公司成立。", RefDate(None))
    assert [(m.normalized, m.inferred) for m in out] == [("2018", True), ("2018-02", False)]


def test_no_year_anywhere() -> None:
    assert infer_reference_year("今天天气很好") is None
    assert [m.normalized for m in find_dates("6月3日开幕", RefDate(None))] == ["XXXX-06-03"]


def test_bare_day_takes_the_paragraph_month_only_without_a_reference_month() -> None:
    text = "5月3日，会议召开。据悉，8日将公布结果。\n10日，另一件事。"
    assert spans(text, "2023") == [("5月3日", "2023-05-03"), ("8日", "2023-05-08"), ("10日", "2023-XX-10")]
    assert spans(text, "2023-06")[1:] == [("8日", "2023-06-08"), ("10日", "2023-06-10")]


# ---------------------------------------------------------------------------------------------
# normalization functions


@pytest.mark.parametrize(
    ("s", "expected"),
    [("十", 10), ("十八", 18), ("二十", 20), ("三十一", 31), ("一百一十二", 112), ("二〇一七", 2017),
     ("两", 2), ("九十八", 98)],
)  # fmt: skip
def test_cn_number(s: str, expected: int) -> None:
    assert cn_number(s) == expected


def test_refdate_parse() -> None:
    assert RefDate.parse("2017-08-03") == RefDate(2017, 8, 3)
    assert RefDate.parse("2017-08") == RefDate(2017, 8)
    assert RefDate.parse("2017") == RefDate(2017)
    assert RefDate.parse("") == RefDate(None)
    assert RefDate.parse(None) == RefDate(None)
    with pytest.raises(ValueError):
        RefDate.parse("2017-13")
    with pytest.raises(ValueError):
        RefDate.parse("2017-02-30")


def test_holidays() -> None:
    spring = Holiday("春节", "lunar", 1, 1, "0")
    assert holiday_date(spring, 2025) == dt.date(2025, 1, 29)
    assert holiday_date(Holiday("腊八", "lunar", 12, 8, "0"), 2025) == dt.date(2025, 1, 7)
    assert holiday_date(Holiday("冬至", "term", 12, None, "22.60|21.94|1918:-1;2021:-1"), 2021) == dt.date(
        2021, 12, 21
    )
    assert holiday_date(Holiday("感恩节", "nth_weekday", 11, 4, "4"), 2023) == dt.date(2023, 11, 23)
    assert holiday_date(Holiday("黑色星期五", "nth_weekday", 11, 4, "4|1"), 2024) == dt.date(2024, 11, 29)
    assert holiday_date(spring, None) is None


# ---------------------------------------------------------------------------------------------
# properties

CN = "〇一二三四五六七八九"


def cn_digits(n: int) -> str:
    return "".join(CN[int(c)] for c in str(n))


def cn_small(n: int) -> str:
    """1..31 as written in dates: 十, 十一, 二十, 二十一, 三十一."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN[ones]
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[ones] if ones else "")


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else c for c in s)


def renderings(d: dt.date) -> list[str]:
    y, m, day = d.year, d.month, d.day
    arabic = f"{y}年{m}月{day}日"
    return [
        arabic,
        f"{y}年{m:02d}月{day:02d}日",
        f"{cn_digits(y)}年{cn_small(m)}月{cn_small(day)}日",
        f"{y}-{m:02d}-{day:02d}",
        f"{y}/{m}/{day}",
        f"{y}.{m}.{day}",
        fullwidth(arabic),
        fullwidth(f"{y}-{m:02d}-{day:02d}"),
    ]


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
contexts = st.sampled_from(
    [("", ""), ("会议于", "举行"), ("截至", "，"), ("据悉，", "起施行"), ("在", "的会上")]
)
refs = st.sampled_from(["", "2017", "2017-08", "2017-08-03", "2030-01-15"])


@settings(max_examples=300, deadline=None)
@given(d=dates, ctx=contexts, ref=refs, form=st.integers(min_value=0, max_value=7))
def test_any_written_form_round_trips(d: dt.date, ctx: tuple[str, str], ref: str, form: int) -> None:
    written = renderings(d)[form]
    text = ctx[0] + written + ctx[1]
    out = find_dates(text, RefDate.parse(ref))
    assert [(m.start, m.end, m.normalized, m.inferred) for m in out] == [
        (len(ctx[0]), len(ctx[0]) + len(written), d.isoformat(), False)
    ]


@settings(max_examples=200, deadline=None)
@given(d=dates, ref=refs)
def test_year_month_and_year_forms(d: dt.date, ref: str) -> None:
    text = f"{d.year}年{d.month}月，{cn_digits(d.year)}年{cn_small(d.month)}月份，{d.year}年底"
    assert [m.normalized for m in find_dates(text, RefDate.parse(ref))] == [
        iso(d.year, d.month),
        iso(d.year, d.month),
        str(d.year),
    ]


@settings(max_examples=200, deadline=None)
@given(year=st.integers(min_value=1902, max_value=2098), month=st.integers(min_value=1, max_value=12))
def test_relative_words_follow_the_reference(year: int, month: int) -> None:
    ref = RefDate(year, month)
    out = {m.text: m.normalized for m in find_dates("去年，今年，明年，上月，下月，年底", ref)}
    py, pm = shift_month(year, month, -1)
    ny, nm = shift_month(year, month, 1)
    assert out == {
        "去年": str(year - 1),
        "今年": str(year),
        "明年": str(year + 1),
        "上月": iso(py, pm),
        "下月": iso(ny, nm),
        "年底": str(year),
    }


@settings(max_examples=100, deadline=None)
@given(year=st.integers(min_value=1901, max_value=2099))
def test_lunar_holidays_land_on_their_lunar_day(year: int) -> None:
    out = {
        m.text: m.normalized for m in find_dates(f"{year}年春节，{year}年除夕，{year}年中秋", RefDate(None))
    }
    spring = dt.date.fromisoformat(out[f"{year}年春节"])
    eve = dt.date.fromisoformat(out[f"{year}年除夕"])
    mid = dt.date.fromisoformat(out[f"{year}年中秋"])
    assert spring.year == eve.year == mid.year == year
    lunar_spring = LunarDate.from_solar_date(spring.year, spring.month, spring.day)
    assert (lunar_spring.month, lunar_spring.day) == (1, 1)
    assert eve == spring - dt.timedelta(days=1)
    lunar_mid = LunarDate.from_solar_date(mid.year, mid.month, mid.day)
    assert (lunar_mid.month, lunar_mid.day) == (8, 15)


ISO_FORM = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-Q[1-4]|-W(?:\d{2}|XX))?$")
PUNCT = set("，。、；：！？,.;:!?（）()《》“”\"' \n")
alphabet = st.sampled_from(
    list("0123456789０１２３年月日号今去明上下本周季度前后至到-/.（）(),，。\n ")
    + list("第每近个份底初旬春节国庆当天同期")
    + ["2017", "今年", "去年同期", "上半年", "上午", "民国"]
)


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(alphabet, max_size=30), ref=refs, taiwan=st.booleans())
def test_random_text_gives_well_formed_mentions(parts: list[str], ref: str, taiwan: bool) -> None:
    text = "".join(parts)
    out = find_dates(text, RefDate.parse(ref), taiwan=taiwan)
    last_end = 0
    for m in out:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.text[0] not in PUNCT and m.text[-1] not in PUNCT
        assert ISO_FORM.match(m.normalized), m
        last_end = m.end


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(alphabet, max_size=30), ref=refs)
def test_full_width_digits_change_nothing(parts: list[str], ref: str) -> None:
    text = to_halfwidth("".join(parts))
    a = find_dates(text, RefDate.parse(ref))
    b = find_dates(fullwidth(text), RefDate.parse(ref))
    assert [(m.start, m.end, m.normalized) for m in a] == [(m.start, m.end, m.normalized) for m in b]


@given(n=st.integers(min_value=0, max_value=9999))
def test_parse_number_reads_both_scripts(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(fullwidth(str(n))) == n
    assert parse_number(cn_digits(n)) == n


def test_inferred_year_is_the_latest_full_date() -> None:
    # Results for a past year are discussed at length; the dateline's day fixes the year.
    text = "2022年营收下降，2022年净利润减少。公司2023年5月18日晚间发布公告称，去年订单回升，今年将扩产。"
    assert infer_reference_year(text) == 2023
    by_text = {m.text: m for m in find_dates(text, RefDate(None))}
    # 去年 counts from the date its own sentence states, so it is not a guess.
    assert (by_text["去年"].normalized, by_text["去年"].inferred) == ("2022", False)
    assert (by_text["今年"].normalized, by_text["今年"].inferred) == ("2023", True)


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1901, max_value=2099))
def test_black_friday_is_the_day_after_thanksgiving(year: int) -> None:
    out = {m.text: m.normalized for m in find_dates(f"{year}年感恩节，{year}年黑色星期五", RefDate(None))}
    thanksgiving = dt.date.fromisoformat(out[f"{year}年感恩节"])
    friday = dt.date.fromisoformat(out[f"{year}年黑色星期五"])
    assert thanksgiving.isoweekday() == 4 and 22 <= thanksgiving.day <= 28
    assert friday == thanksgiving + dt.timedelta(days=1)


@pytest.mark.parametrize(("text", "expected"), [
    ("“双11”和“黑色星期五”前的海外备货", [("双11", "2026-11-11"), ("黑色星期五", "2026-11-27")]),
    ("接单量增长约35%，圣诞装饰品订单占比近四成", []),  # a kind of goods, not the day
    ("圣诞前夕商场客流增加", [("圣诞", "2026-12-25")]),
    # a part of the year in a sentence whose period is a yearless holiday: the one nearest it
    ("随着元旦、春节临近，年底至明年一季度仍是传统销售旺季",
     [("元旦", "2027-01-01"), ("春节", "2027-02-06"), ("年底", "2026"), ("明年一季度", "2027-Q1")]),
    ("春节前夕，年初开工", [("春节", "2027-02-06"), ("年初", "2027")]),
    ("行宪纪念日连假将加开班次", [("行宪纪念日", "2026-12-25")]),  # Taiwan's Constitution Day
    ("加权指数11月12日盘中一度触及28,012点", [("11月12日", "2026-11-12")]),  # 指数, not 数 (several)
    ("中国农业发展银行投放贷款，其中秋粮收购贷款超过1100亿元", []),  # 其中|秋粮, not 中秋
    ("以季度计，第三季集资额约980亿元", [("第三季", "2026-Q3")]),  # 集资 (fund-raising), not 集 (episode)
    ("全球“5日达”线路已覆盖21个国家", []),  # a delivery promise, not a day
    ("客流截至5日达到高峰", [("5日", "2026-11-05")]),
    # 本月 after a date of last year brings the sentence back to now (较10月: this year's)
    ("且去年11月基期较高，本月业绩增幅恐较10月收敛",
     [("去年11月", "2025-11"), ("本月", "2026-11"), ("10月", "2026-10")]),
    ("财政部提前下达2027年新增债务限额", [("2027年", "2027")]),  # 下达 (to hand down), not 达
    # a count noun ending in 数 owns it: 前10月 after it is the count's period (not 数 "several")
    ("居家医疗收案数前10月年增约12%", [("前10月", "2026")]),
    ("就业人数前10月增加", [("前10月", "2026")]),
    # a fund's 7-day annualized yield is a period's length, not the 7th
    ("货币市场基金的7日年化收益率降至1.1%左右", []),
    ("七日年化收益率普遍回落", []),
    # 今日 after a day counted from today (昨日, 昨（17）日, 上周五（13日）) is today itself;
    # after a date the text wrote out it is that date
    ("招商银行、中信银行昨日宣布，自今日起下调存款利率", [("昨日", "2026-11-17"), ("今日", "2026-11-18")]),
    ("招商银行昨（17）日宣布，自今日起下调", [("昨（17）日", "2026-11-17"), ("今日", "2026-11-18")]),
    ("上周五（13日），该行宣布自今日起下调",
     [("上周五", "2026-11-13"), ("13日", "2026-11-13"), ("今日", "2026-11-18")]),
    ("11月16日，该行宣布自今日起下调", [("11月16日", "2026-11-16"), ("今日", "2026-11-16")]),
    ("昨日该行宣布下调，当日多家银行跟进", [("昨日", "2026-11-17"), ("当日", "2026-11-17")]),
    # a headline's halves, apart by a space, are two sentences: 明年 is not the second's year
    ("计程车运价明年元旦起调涨 多元计程车前10月载客趟次年增18.4%",
     [("明年元旦", "2027-01-01"), ("前10月", "2026")]),
    # a quarter in a sentence whose period is a yearless holiday: the one nearest it
    ("随着元旦、春节临近，四季度出货量有望回升",
     [("元旦", "2027-01-01"), ("春节", "2027-02-06"), ("四季度", "2026-Q4")]),
    # a span's start up to now and a change's baseline do not state the sentence's period
    ("自2024年6月26日首批计划接入以来，全部计划已于去年底前完成过渡",
     [("2024年6月26日", "2024-06-26"), ("去年底", "2025")]),
    ("开支比率已由2019年的1.55%降至10月的1.28%", [("2019年", "2019"), ("10月", "2026-10")]),
    ("纸钱由2019年的约1.6万吨，增加到去年的约2.5万吨", [("2019年", "2019"), ("去年", "2025")]),
    # a plan's goal year after 到 is no period: its baseline counts from the article's date; a past
    # year reached, or a range's end, still states the period
    ("平邑到2030年产值将达到100亿元，较两年前增长约70%", [("2030年", "2030"), ("两年前", "2024")]),
    ("到2024年底，产值比上年增长5%", [("2024年底", "2024"), ("上年", "2023")]),
    ("2028年至2030年，产值较前年翻番", [("2028年", "2028"), ("2030年", "2030"), ("前年", "2028")]),
    # 前10月 after a noun ending in 当 (便当, a lunch box) is the period; 圣诞套餐 are goods
    ("臺鐵便當前10月賣出約1,020萬個", [("前10月", "2026")]),
    ("酒店推出聖誕套餐，每位約1,280澳門元起", []),
    # a range's first end after 由 states the period: its end takes the same year, or the next
    # one when its month comes earlier
    ("申請期由明年一月五日至二月二十日", [("明年一月五日", "2027-01-05"), ("二月二十日", "2027-02-20")]),
    ("申请期由2027年1月5日至2月20日", [("2027年1月5日", "2027-01-05"), ("2月20日", "2027-02-20")]),
    ("展期由今年十二月五日至一月二十日", [("今年十二月五日", "2026-12-05"), ("一月二十日", "2027-01-20")]),
    ("从2025年5月8日起，投机集团大量抛售，5月14日再次投入",
     [("2025年5月8日", "2025-05-08"), ("5月14日", "2025-05-14")]),
])
def test_shopping_days_and_christmas_goods(text: str, expected: Row) -> None:
    assert spans(text, "2026-11-18") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("广达、英业达10月营收分别年增", [("10月", "2025-10")]),  # the end of a name, not 达
    ("北约13日宣布", [("13日", "2025-11-13")]),  # NATO, not 约 (about)
    ("工期长达10日", []),
    # a period right after a company's name that ends in 上 or a numeral (雷允上, 华润三九)
    ("雷允上前三季度营业收入约2.4亿元", [("前三季度", "2025")]),
    ("华润三九前三季度销售额增长", [("前三季度", "2025")]),
    ("加上年底的奖金", [("年底", "2025")]),
    # 宣纸 (Xuan paper) is a noun: the subject of the first ten months
    ("泾县宣纸前10个月销售额增长约12%", [("前10个月", "2025")]),
])
def test_a_name_ending_like_a_number_word(segmenter, text: str, expected: Row) -> None:
    """达, 约 and 超 before a number make it an amount or a duration, but not as the end of a
    proper name jieba knows."""
    found = find_dates(text, RefDate.parse("2025-11-15"), words=segmenter.segment(text))
    assert [(m.text, m.normalized) for m in found] == expected


@pytest.mark.parametrize(("text", "taiwan", "expected"), [
    # 前N个月 after a noun jieba mistags (陶瓷砖/nr, 两轮|车/zg) is the calendar period
    ("我国陶瓷砖前10个月出口量下降", False, [("前10个月", "2026")]),
    ("电动两轮车前10个月出口增长约18%", False, [("前10个月", "2026")]),
    # and after a verbal noun (培训, 出口) or a clinic (诊所, which jieba tags v)
    ("私家诊所首十个月求诊人次增加，带津培训首十个月逾万人", False,
     [("首十个月", "2026"), ("首十个月", "2026")]),
    ("提前3个月完成", False, []),  # a duration after a verb
    # a bare ROC year near the article's after 达 is that year; 达40年 is a duration
    ("秋刀鱼仅达115年配额的约7成", True, [("115年", "2026")]),
    ("这家店已达110年历史，长达40年", True, []),
    # N年前 after a coming ROC year in a Taiwan text is a deadline (by 2030); a past one, years ago
    ("能源署则规划在119年前让充电枪达3,000支", True, [("119年", "2030")]),
    ("这座庙建于110年前", True, [("110年前", "1916")]),
    # a tour of N days is a length (日本5日团, 3日游产品); 10日游客 is the 10th
    ("日本5日团团费上涨，推出3日游产品，10日游客增加", False, [("10日", "2026-11-10")]),
    # 截至 a month after a start written …起 is up to now: the reference year
    ("去年12月1日起实施的新规范运行平稳，截至10月底", False,
     [("去年12月1日", "2025-12-01"), ("10月底", "2026-10")]),
    # 托位 (childcare places) is a word: its 位 is no measure word before the period
    ("普惠托位前10个月增逾两成", False, [("前10个月", "2026")]),
    # a year inside a title is the title's: 去年 counts from the reference date
    ("统计处发表的《2025年收入及工时统计报告》显示，去年5月至6月期间", False,
     [("2025年", "2025"), ("去年5月", "2025-05"), ("6月", "2025-06")]),
    # 今日 after a day from which a rule runs (5月1日起) is today, not that day
    ("最低工资自今年5月1日起调升，委员会今日将讨论", False,
     [("今年5月1日", "2026-05-01"), ("今日", "2026-11-22")]),
    ("3月5日会议开幕，今日代表们讨论", False, [("3月5日", "2026-03-05"), ("今日", "2026-03-05")]),
    # the first months of a year are the year under way, even after 明年 in the sentence
    ("品牌计划明年上半年再开10间分店，全港连锁店首10个月合共增开逾40间", False,
     [("明年上半年", "2027"), ("首10个月", "2026")]),
    # a date after a word ending in 约 (合约, 签约 …) is a date, not 约 (about) before a number
    ("红枣期货主力合约11月25日收于每吨9860元", False, [("11月25日", "2026-11-25")]),
    # next year written out counts forward like 明年: a bare month is its next occurrence
    ("受2027年底购置税减半政策到期预期影响，12月车市有望迎来翘尾行情", False,
     [("2027年底", "2027"), ("12月", "2026-12")]),
    ("116年上半年訂單年增5%，但12月中旬起部分品牌將調整庫存", True,
     [("116年上半年", "2027"), ("12月中旬", "2026-12")]),
    # Christmas goods are no dates
    ("圣诞礼篮订单增加，圣诞花环及盆栽圣诞红热卖，圣诞前上升", False, [("圣诞", "2026-12-25")]),
    ("永丰余旗下「五月花」卫生纸销量增加", False, []),  # a brand, no May
    # 年内 is no date across 近年|内地; it is before 销售
    ("近年内地及外资家具品牌加快进驻", False, []),
    ("四季度将迎来年内销售旺季", False, [("四季度", "2026-Q4"), ("年内", "2026")]),
    # a bare month that took next year from 明年 in its sentence counts forward too
    ("参加明年1月的迪拜展和3月的法兰克福展，预计12月出口增长", False,
     [("明年1月", "2027-01"), ("3月", "2027-03"), ("12月", "2026-12")]),
    # 列明|年代 (to state the period): no 明年
    ("购买古董时应索取列明年代及来源的发票，合约应载明年限", False, []),
    # rice by its origin is the subject of the period (泰国米: no metre)
    ("泰国米首10个月进口按年升约6%", False, [("首10个月", "2026")]),
    # 该会|上月 (no 会上, at the meeting); 滚元宵 is the food, 元宵节 the day
    ("该会上月向环境及生态局提交意见", False, [("上月", "2026-10")]),
    ("元宵节前后北方的滚元宵需求也将带动", False, [("元宵节", "2027-02-20")]),
])
def test_periods_after_mistagged_nouns_and_roc_years(segmenter, text: str, taiwan: bool,
                                                      expected: Row) -> None:
    found = find_dates(text, RefDate.parse("2026-11-22"), taiwan=taiwan, words=segmenter.segment(text))
    assert [(m.text, m.normalized) for m in found] == expected
