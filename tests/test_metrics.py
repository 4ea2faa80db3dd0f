"""find_metrics on sentences written for the SPEC's METRIC rules and hard cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.finders.metrics import MetricMatch, find_metrics

Row = tuple[str, float, str, str]


def _found(text: str, excluded: tuple[tuple[int, int], ...] = ()) -> list[Row]:
    return [(m.text, m.value, m.unit, m.qualifier) for m in find_metrics(text, excluded)]


FOUND: list[tuple[str, list[Row]]] = [
    # number + magnitude + unit, values in base units
    ("全年快递业务量达到312.8亿件", [("312.8亿件", 31280000000, "件", "exact")]),
    (
        "该行去年净利润48.6亿元，同比增长7.3%",
        [("48.6亿元", 4860000000, "元", "exact"), ("7.3%", 7.3, "%", "exact")],
    ),
    ("社会融资规模存量为2.6万亿元人民币", [("2.6万亿元", 2600000000000, "元", "exact")]),
    ("园区已入驻企业1,350家", [("1,350家", 1350, "家", "exact")]),
    ("全市共有公交线路２８６条", [("２８６条", 286, "条", "exact")]),
    ("全省新建5G基站1.9万个", [("1.9万个", 19000, "个", "exact")]),
    ("机场旅客吞吐量突破4000万人次", [("突破4000万人次", 40000000, "人次", "over")]),
    ("新发放贷款三千五百万元", [("三千五百万元", 35000000, "元", "exact")]),
    ("兩萬輛新能源車上路", [("兩萬輛", 20000, "辆", "exact")]),
    ("水库蓄水约1.2亿立方米", [("约1.2亿立方米", 120000000, "立方米", "approx")]),
    ("光伏电站年发电3600万度电", [("3600万度", 36000000, "度", "exact")]),
    # rate units: a unit, a slash and a denominator of rules/metrics/per_units.csv
    ("新建商品住宅均价16712元/平方米", [("16712元/平方米", 16712, "元/平方米", "exact")]),
    ("核心区房价约1.2万元／平米", [("约1.2万元／平米", 12000, "元/平方米", "approx")]),
    ("豬肉批發價每斤漲到32元/斤以上", [("32元/斤以上", 32, "元/斤", "over")]),
    ("台北市房價平均每坪達65萬元/坪", [("65萬元/坪", 650000, "元/坪", "exact")]),
    ("地铁日均客运量45万人次/日", [("45万人次/日", 450000, "人次/日", "exact")]),
    ("散装大米批发价3.2元/kg", [("3.2元/kg", 3.2, "元/kg", "exact")]),
    ("峰谷电价差0.6元/kWh", [("0.6元/kWh", 0.6, "元/kWh", "exact")]),  # energy denominators (per_units.csv)
    # approximation markers inside the span
    ("景区接待游客近80万", [("近80万", 800000, "", "approx")]),
    ("平台注册用户600多万", [("600多万", 6000000, "", "over")]),
    ("参展商约有2.4万家左右", [("2.4万家左右", 24000, "家", "approx")]),
    ("全县培育家庭农场3千余家", [("3千余家", 3000, "家", "over")]),
    ("不到5%的受访者表示反对", [("不到5%", 5, "%", "under")]),
    ("逾七成市民支持垃圾分类", [("逾七成", 70, "%", "over")]),
    ("上千亿元资金涌入", [("上千亿元", 100000000000, "元", "over")]),
    ("GDP在万亿元以上的城市", [("万亿元以上", 1000000000000, "元", "over")]),  # a unit and a marker
    ("首钢大致有百亿元左右的银行贷款", [("百亿元左右", 10000000000, "元", "approx")]),
    ("报名人数过万", [("过万", 10000, "", "over")]),
    ("这批货物重量在50吨以内", [("50吨以内", 50, "吨", "under")]),
    ("项目投资超百亿元", [("超百亿元", 10000000000, "元", "over")]),
    # marker separated by a verb: qualifier kept, marker outside the span
    ("今年约新增8万个就业岗位", [("8万个", 80000, "个", "approx")]),
    ("出口额超过了300亿美元", [("300亿美元", 30000000000, "美元", "over")]),
    # fractions, 成, 折, 百分点, 倍
    ("八成以上的受访企业看好前景", [("八成以上", 80, "%", "over")]),
    ("近一半的家庭拥有汽车", [("近一半", 50, "%", "approx")]),
    ("约三分之二的学生选择住校", [("约三分之二", 200 / 3, "%", "approx")]),
    ("失业率下降了0.4个百分点", [("0.4个百分点", 0.4, "百分点", "exact")]),
    ("贷款利率较年初下调20个基点", [("20个基点", 20, "基点", "exact")]),  # basis points
    (
        "建物移转2萬6,512棟，较上月2萬381棟增加",
        [("2萬6,512棟", 26512, "栋", "exact"), ("2萬381棟", 20381, "栋", "exact")],
    ),
    ("平均每户约32坪", [("约32坪", 32, "坪", "approx")]),
    ("央行调升存款准备率1碼", [("1碼", 1, "码", "exact")]),  # Taiwan's quarter point, as written
    ("每周4班，每日超过150班", [("4班", 4, "班", "exact"), ("超过150班", 150, "班", "over")]),
    ("旅客平均停留3.1晚", [("3.1晚", 3.1, "晚", "exact")]),
    ("商场面积约4,500平方呎", [("约4,500平方呎", 4500, "平方呎", "approx")]),
    ("日通车量约3.2万辆次", [("约3.2万辆次", 32000, "辆次", "approx")]),
    ("城乡收入比缩小至1.70", [("1.70", 1.7, "", "exact")]),
    ("3亿5G用户", [("3亿", 300000000, "", "exact")]),  # 5G is a name, no section of 3亿
    ("共保障航班1.12万架次", [("1.12万架次", 11200, "架次", "exact")]),  # a count, no flight code
    ("游客2089.6万人次", [("2089.6万人次", 20896000, "人次", "exact")]),  # no year.month
    ("较去年同期扩大约18%", [("约18%", 18, "%", "approx")]),  # 扩大|约, not 大约
    ("人均消费约合6.2万日元", [("6.2万日元", 62000, "日元", "approx")]),  # 约 across the verb 合
    ("约23亿令吉", [("约23亿令吉", 2300000000, "令吉", "approx")]),
    ("加开286列次", [("286列次", 286, "列次", "exact")]),
    ("行驶逾2.8亿车公里", [("逾2.8亿车公里", 280000000, "车公里", "over")]),
    ("均价约278万元/套", [("约278万元/套", 2780000, "元/套", "approx")]),
    ("去化周期约为14.6个月", [("14.6个月", 14.6, "个月", "approx")]),
    ("成功售出两幅土地", [("两幅", 2, "幅", "exact")]),
    ("新盘售出288伙，逾300伙", [("288伙", 288, "伙", "exact"), ("逾300伙", 300, "伙", "over")]),
    ("H按实际按息约3.5厘", [("约3.5厘", 3.5, "厘", "approx")]),  # Hong Kong's 厘 (per cent), as written
    ("支付峰值12.6万笔/秒", [("12.6万笔/秒", 126000, "笔/秒", "exact")]),
    ("平均租金68.9元/平方米/月", [("68.9元/平方米/月", 68.9, "元/平方米/月", "exact")]),  # two denominators
    ("25元/平方米/月左右", [("25元/平方米/月左右", 25, "元/平方米/月", "approx")]),
    ("宁德时代10月装车量35.1GWh", [("35.1GWh", 35.1, "GWh", "exact")]),
    ("发行约6,000万股", [("约6,000万股", 60000000, "股", "approx")]),
    ("每手100股", [("100股", 100, "股", "exact")]),
    ("吞吐量1265.3万标准箱", [("1265.3万标准箱", 12653000, "标准箱", "exact")]),
    ("微风集团旗下5家门店", [("5家", 5, "家", "exact")]),  # 家|门店, not 家门
    ("约一成家电产品经香港转口", [("约一成", 10, "%", "approx")]),  # 成|家电, not 成家
    ("申请中约三分之一来自科技企业", [("约三分之一", 33.3333333333, "%", "approx")]),
    ("销售额降低了百分之九十多", [("百分之九十多", 90, "%", "over")]),
    ("跨境电商包裹约占全国的四成", [("四成", 40, "%", "approx")]),  # 约 across 占 and the whole
    ("聯儲局加息25基點", [("25基點", 25, "基点", "exact")]),
    ("每股基本盈利15.8港仙", [("15.8港仙", 15.8, "港仙", "exact")]),  # Hong Kong cents
    ("线网日均客运量约680万乘次", [("约680万乘次", 6800000, "乘次", "approx")]),
    ("首套住房利率为3.05%，二套住房为3.45%", [("3.05%", 3.05, "%", "exact"), ("3.45%", 3.45, "%", "exact")]),
    ("商品房成交量增长了两倍", [("两倍", 2, "倍", "exact")]),
    ("冬季服装打7折销售", [("7折", 70, "%", "exact")]),
    ("有百分之六十二的人使用移动支付", [("百分之六十二", 62, "%", "exact")]),
    ("粮食产量增长３．２％", [("３．２％", 3.2, "%", "exact")]),
    # the same figure written twice
    ("超过半数的企业(约55%)实现盈利", [("约55%", 55, "%", "approx")]),
    ("出口占比约3成(31%)", [("约3成", 30, "%", "approx"), ("31%", 31, "%", "exact")]),
    # ranges and coordinated figures share the unit written after the last
    ("单价在15至20元之间", [("15", 15, "元", "exact"), ("20元", 20, "元", "exact")]),
    (
        "两条线路日均客流分别为86万和103万人次",
        [
            ("两条", 2, "条", "exact"),
            ("86万", 860000, "人次", "exact"),
            ("103万人次", 1030000, "人次", "exact"),
        ],
    ),
    (
        "两地分别有120万人，其后一地仅(40万)",
        [("120万人", 1200000, "人", "exact"), ("40万", 400000, "", "exact")],
    ),
    # 人 / 人次 are units; a noun after a bare number is the subject
    ("志愿者队伍已有850人", [("850人", 850, "人", "exact")]),
    ("覆盖2亿农村居民", [("2亿", 200000000, "", "exact")]),
    # currency before the number stays outside
    ("门票价格为港币80元", [("80元", 80, "元", "exact")]),
    ("一次性补贴人民币3000", [("3000", 3000, "人民币", "exact")]),
    # a phrase opening with a numeral (二次: secondary) does not cut a longer number (十二次)
    ("赴江门及珠海交流约十二次", [("约十二次", 12, "次", "approx")]),
    # a marker before the currency qualifies the figure, and stays outside with it
    ("总投资约人民币100亿元", [("100亿元", 10000000000, "元", "approx")]),
    ("累计跨境汇划金额约港币18亿元", [("18亿元", 1800000000, "元", "approx")]),
    ("超过人民币5000万元", [("5000万元", 50000000, "元", "over")]),
    # points of an index or a quota (a cue before them), not a time of day
    ("恒指收市跌300點，報19,500點", [("300點", 300, "点", "exact"), ("19,500點", 19500, "点", "exact")]),
    ("上证指数上涨25.6点，收于3100点", [("25.6点", 25.6, "点", "exact"), ("3100点", 3100, "点", "exact")]),
    ("敬老卡每月480點社福點數", [("480點", 480, "点", "exact")]),
    # a unit longer than a word that blocks a figure wins: 日元 is no day, 分钟 no 分
    ("共筹款2.7亿日元", [("2.7亿日元", 270000000, "日元", "exact")]),
    ("平均通勤时间38分钟", [("38分钟", 38, "分钟", "exact")]),
    ("最小行车间隔已压缩至2分钟以内", [("2分钟以内", 2, "分钟", "under")]),
    # digits split by 亿 before a smaller section are one number
    ("项目总投资1亿2000万元", [("1亿2000万元", 120000000, "元", "exact")]),
    ("全国用户达3亿，5G基站", [("3亿", 300000000, "", "exact")]),
    # 兆 is 10^12 (Taiwan, Hong Kong), except in units of its own (兆瓦)
    ("市场规模可望达新台币1.2兆元", [("1.2兆元", 1200000000000, "元", "exact")]),
    ("装机容量100兆瓦", [("100兆瓦", 100, "兆瓦", "exact")]),
    ("执行航班约2600班次", [("约2600班次", 2600, "班次", "approx")]),
    ("集装箱吞吐量达3000万标箱", [("3000万标箱", 30000000, "标箱", "exact")]),
    # a dollar sign after the number is its unit
    ("北美票房累计近3900万＄", [("近3900万＄", 39000000, "美元", "approx")]),
    ("首周进账2.45亿$", [("2.45亿$", 245000000, "美元", "exact")]),
    # N大 before a noun counts the numeral alone
    ("推出5大便民举措", [("5", 5, "", "exact")]),
    ("聚焦三大产业集群", [("三", 3, "", "exact")]),
    # ages and statistics measured in time; values are unsigned
    ("65岁以上老人免费乘车", [("65岁以上", 65, "岁", "over")]),
    ("游客人均停留时间为1.8天", [("1.8天", 1.8, "天", "exact")]),
    ("审批时间平均缩短了5个工作日", [("5个工作日", 5, "个工作日", "exact")]),  # like 个交易日 (GUIDELINES)
    ("居民消费价格指数下降0.6%", [("0.6%", 0.6, "%", "exact")]),
    ("一年翻一倍", [("一倍", 1, "倍", "exact")]),
    ("新开通十二处自助服务点", [("十二处", 12, "处", "exact")]),
    ("指数报51.2", [("51.2", 51.2, "", "exact")]),
    ("本周新增确诊病例13例", [("13例", 13, "例", "exact")]),
    # a marker before a currency across a verb (约为新台币): the figure's qualifier
    ("累计出口金额约为新台币86亿元", [("86亿元", 8600000000, "元", "approx")]),
    ("出口金额约达港币86亿元", [("86亿元", 8600000000, "元", "approx")]),
    # a marker before the unit a price is per (约为每吨): the figure's qualifier
    ("涤纶长丝POY主流报价约为每吨7050元", [("7050元", 7050, "元", "approx")]),
    ("价差为每吨1150元", [("1150元", 1150, "元", "exact")]),
    # 约占 before a share whose whole is long (up to 12 characters and 的)
    ("约占全国月季种苗出口量的六成", [("六成", 60, "%", "approx")]),
    # 名 before 医生, 师生 and 个 before 体育 count (名医, 个体 are other words)
    ("共有4名医生被除牌，3名师生受伤", [("4名", 4, "名", "exact"), ("3名", 3, "名", "exact")]),
    ("向约150个体育总会发放资助", [("约150个", 150, "个", "approx")]),
    # a unit glued to the start of a common noun (名下, 支队, 家电, 个子, 种植, 人身) still counts
    ("安置了100多名下岗职工，共有15支队伍参加",
     [("100多名", 100, "名", "over"), ("15支", 15, "支", "exact")]),
    ("12家电视台直播，9家中国企业参展", [("12家", 12, "家", "exact"), ("9家", 9, "家", "exact")]),
    ("6个子女和3000种植物，造成3人身亡", [
        ("6个", 6, "个", "exact"), ("3000种", 3000, "种", "exact"), ("3人", 3, "人", "exact")]),
    # currencies written with their country (挪威克朗, 比利时法郎) and other measures of news
    ("削减6.93亿挪威克朗，外加9000比利时法郎，赤字250亿铢，距地球约123亿光年",
     [("6.93亿挪威克朗", 693000000, "挪威克朗", "exact"), ("9000比利时法郎", 9000, "比利时法郎", "exact"),
      ("250亿铢", 25000000000, "铢", "exact"), ("约123亿光年", 12300000000, "光年", "approx")]),
    # 人 before 为 (人为 is man-made elsewhere)
    ("暑假期间场均约1万3,200人为球季最高", [("约1万3,200人", 13200, "人", "approx")]),
    # 家 before 中东 and 中央 counts (家中 is at home elsewhere)
    ("邀请约80家中东企业，两家中央级报业集团", [("约80家", 80, "家", "approx"), ("两家", 2, "家", "exact")]),
    # 盆 counts pots of flowers (not 盆地, 盆景)
    ("年销售超过40万盆，四川盆地", [("超过40万盆", 400000, "盆", "over")]),
    # temperatures, unsigned like every value
    ("北京晴13℃／29℃，水温约59摄氏度，最低零下5摄氏度",
     [("13℃", 13, "℃", "exact"), ("29℃", 29, "℃", "exact"), ("约59摄氏度", 59, "摄氏度", "approx"),
      ("5摄氏度", 5, "摄氏度", "exact")]),
    # so does a count unit: a price per item (约为每台, 约每辆)
    ("电梯中标均价约为每台12.8万元", [("12.8万元", 128000, "元", "approx")]),
    ("补贴约每辆3000元", [("3000元", 3000, "元", "approx")]),
    ("补贴为每辆3000元", [("3000元", 3000, "元", "exact")]),
    # a comparison between the marker and the share (约低两成); Taiwan's kilolitres of fuel
    ("同类项目的价格约低两成，汽油销量约862万公秉", [("两成", 20, "%", "approx"),
                                         ("约862万公秉", 8620000, "公秉", "approx")]),
    # a four-digit amount before a currency is no year (每箱2000美元); 名 before 人手 counts
    ("箱价或维持在每箱2000美元左右，仍需新增约2,000名人手", [
        ("2000美元左右", 2000, "美元", "approx"), ("约2,000名", 2000, "名", "approx")]),
    # bodies cremated (具); 具有 is a word
    ("全国火化遗体约412万具，具有代表性", [("约412万具", 4120000, "具", "approx")]),
    # voyages; a company whose name starts like a figure (百度) is no figure
    ("往返约70航次，接单量已接近百度预期", [("约70航次", 70, "航次", "approx")]),
    # kilolitres (千 is the unit's), cans; shift systems hold no figure
    ("产量约2890万千升，12万罐啤酒，部分车间实行两班倒", [("约2890万千升", 28900000, "千升", "approx"),
                                           ("12万罐", 120000, "罐", "exact")]),
    # 约为 … 的 before a multiple or a share: the marker qualifies it, as 约占 … 的 does
    ("宅配密度仍约为台北市的1.4倍，为去年的1.2倍",
     [("1.4倍", 1.4, "倍", "approx"), ("1.2倍", 1.2, "倍", "exact")]),
    # and any unit a price is per (约每公吨, 约每平方米)
    ("出口价格约每公吨1,650美元", [("1,650美元", 1650, "美元", "approx")]),
    # or a chain's shop (a franchise fee per shop)
    ("海外加盟金約為每店15萬美元", [("15萬美元", 150000, "美元", "approx")]),
    # a place whose name starts with a numeral holds no count (三门峡, 七台河); one starting inside a
    # figure leaves it (一万|宁波)
    ("三门峡市农业农村局和七台河市，三门课程，超过一万宁波游客", [("三门", 3, "门", "exact"),
                                          ("超过一万", 10000, "", "over")]),
    # lottery bets counted by 注; not 注意
    ("六合彩共有27注中頭獎，3注意事项", [("27注", 27, "注", "exact")]),
    # N成半: N and a half tenths
    ("占比约三成半，一成半", [("约三成半", 35, "%", "approx"), ("一成半", 15, "%", "exact")]),
    # currencies by their full names (新西兰元, 澳大利亚元, 加拿大元)
    ("出口额约9.1亿新西兰元，另有3亿加拿大元", [("约9.1亿新西兰元", 910000000, "新西兰元", "approx"),
                                  ("3亿加拿大元", 300000000, "加拿大元", "exact")]),
    # 三角 of a grand piano, a delta or chained debts is no amount of 角
    ("立式钢琴22.1万架，三角钢琴1.9万架，长江三角洲，三角債",
     [("22.1万架", 221000, "架", "exact"), ("1.9万架", 19000, "架", "exact")]),
    # loans and visits counted per volume or household (册次, 户次); not 次之 (next after)
    ("外借量约586万册次，台北市約13.6萬戶次之", [("约586万册次", 5860000, "册次", "approx"),
                                      ("約13.6萬戶", 136000, "户", "approx")]),
    # funds, TV episodes: counted by 档 and 集; a grade (二档企业) is none
    ("上市ETF共268檔，约三百集节目", [("268檔", 268, "档", "exact"), ("约三百集", 300, "集", "approx")]),
    ("被确定为全国大型二档乡镇企业", []),
    # two items joined by 及 before a count of two: the collective label; not the others
    ("外港及氹仔兩個客運碼頭上月旅客量", []),
    ("本月起延長沙田、將軍澳及屯門三個體育館健身室的開放時間", []),  # 将 of 将军澳: a place's
    ("我和其他两位同志设法进入", [("两位", 2, "位", "exact")]),
    # a share written before 为 (成为 is a word): the marker shows the figure
    ("客流中約三成為港人", [("約三成", 30, "%", "approx")]),
    ("上半年跑鞋销量超过1200万双", [("超过1200万双", 12000000, "双", "over")]),
    ("共卖出3双鞋", [("3双", 3, "双", "exact")]),
    ("每股可兑换新公司0.547股，", [("0.547股", 0.547, "股", "exact")]),
    ("加開往長沙的列車共46對", [("46對", 46, "对", "exact")]),  # pairs of trains
    ("共有300对新人参加集体婚礼", [("300对", 300, "对", "exact")]),
    ("實用面積約286方呎至約1,020方呎",
     [("約286方呎", 286, "方呎", "approx"), ("約1,020方呎", 1020, "方呎", "approx")]),
    ("住宅地39.8億批出", [("39.8億", 3980000000, "", "exact")]),  # 批出 (granted) is no measure word
    ("共保障货运航班412架次", [("412架次", 412, "架次", "exact")]),  # a label before a count
    ("外資賣超86.3億元", [("86.3億元", 8630000000, "元", "exact")]),  # 卖超 (net selling) owns its 超
    ("储能系统中标均价降至0.26元/Wh，组件价格0.72元/瓦",
     [("0.26元/Wh", 0.26, "元/Wh", "exact"), ("0.72元/瓦", 0.72, "元/瓦", "exact")]),
    ("组织超过1.2万家次企业参展，旅客約1.32億旅次",
     [("超过1.2万家次", 12000, "家次", "over"), ("約1.32億旅次", 132000000, "旅次", "approx")]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_find_metrics(text: str, expected: list[Row]) -> None:
    found = _found(text)
    assert [(t, u, q) for t, _, u, q in found] == [(t, u, q) for t, _, u, q in expected]
    for (_, value, _, _), (_, want, _, _) in zip(found, expected, strict=True):
        assert value == pytest.approx(want, rel=1e-9)


NOT_METRICS = [
    "小区完成二次供水改造",  # secondary, no count
    "2023年5月8日发布",  # dates
    "6月3日起施行",
    "18日上午举行签约仪式",
    "二〇二三年十月",
    "这是全国第三个试点城市",  # ordinals
    "排名第6位",
    "位列第二",
    "首个数字人民币试点",
    "全球第五大经济体",
    "获得第一、二名",
    "用了三年时间完成改造",  # durations of a process
    "24小时营业的便利店",
    "一个月内办结",
    "再过两年就能投用",
    "新四大发明走向世界",  # names and slogans
    "四大怀药年产值走高",  # the four Huai medicines of Jiaozuo, a name
    "一机在手走遍全城",
    "观点并不是一成不变的",  # idioms with a numeral and a unit word (一成 is 10% elsewhere)
    "要有三头六臂的本领",
    "他下岗后四处奔波，也不允许别人说三道四",  # 四处 before a verb: everywhere
    "他是其中一个代表",  # indefinite / demonstrative 一
    "这一做法值得推广",
    "一方面加强监管",
    "是试点城市之一",
    "许多市民排队",  # vague amounts
    "数十万人参与",
    "十几万元的损失",
    "两三个月后",
    "多家银行参与",
    "过半数代表同意",
    "乘坐1路公交车",  # routes, codes, tech names, tier labels
    "K8路公交",
    "地铁3号线",
    "采用5纳米工艺",
    "12吋晶圆厂",
    "股票代码600036",
    "航班CA1831延误",
    "扫描二维码即可",
    "一线城市房价",
    "双方签署协议",  # collective words
    "政企民三方合作",
    "两地共同推进",
    "五市联合发布",
    "5G网络覆盖",
    "《流浪地球2》票房",
    "比分2-1",
    "详见https://example.com/news/20231.html",
    "千万不要相信",
    "百姓生活",
    "千万以上要注意安全",  # a bare magnitude with a marker but no unit
    "万一出现问题",
    "十九大报告",
    "会议于下午3点开始",  # a time of day, even after a cue (到, 至)
    "记者到达现场时已是晚上8点",
    "每天早上8点到晚上10点营业",
    "3点半出发",
    "截至下午3点",
    "上午10点30分开始",
    "全程用了30分钟",  # a duration without a statistic cue
    "为其发展定下了一个基点",  # 一个基点 is "a basis", not one basis point
    "购买二套房的家庭",  # the second home, a credit category
    "汽车零件出口增长",  # 零件: parts
    "二班战士像往常一样",  # a squad
    "乘坐航班CA1234前往",  # a flight code
    "外资近5个交易日累计买超",  # a duration in trading days
    "新三样出口增长",  # a product group
    "弗迪电池、中创新航分列二、三位",  # ranks
    "已连续11个季度保持下降",  # a duration in quarters
    "位列第三成为龙头",  # an ordinal before the verb 成为
    "客流中三成为港人",  # no marker: 成为 may be the verb
    "中美双方会谈",  # 双方 is a word
    "津百30.593双虎涂料20.20",  # a price in a table before a name
    "比分3对2，以5对1获胜",  # scores: 对 is "to"
    "他们对此表示欢迎，三对三篮球赛",
    "示范区由南京路步行街、陆家嘴扩展至豫园",  # 陆 is the banker's six, but 陆家嘴 is a district
    "前往珠三角、长三角的返程客流",  # regions
]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_not_metrics(text: str) -> None:
    assert _found(text) == []


def test_excluded_date_spans_are_never_overlapped() -> None:
    text = "截至2023年底，累计发放3.5万张"
    start = text.index("2023年底")
    found = find_metrics(text, [(start, start + len("2023年底"))])
    assert [(m.text, m.value, m.unit) for m in found] == [("3.5万张", 35000, "张")]


def test_excluded_marker_is_trimmed() -> None:
    text = "近日约3万人参加"
    found = find_metrics(text, [(0, 2)])
    assert [(m.text, m.qualifier) for m in found] == [("约3万人", "approx")]


def test_subject_is_read_after_the_figure() -> None:
    found = find_metrics("全市已有6000台充电桩，超过80%的小区可以充电，覆盖3亿微信用户")
    assert [m.subject for m in found] == ["充电桩", "小区", "微信用户"]


def test_traditional_text_reads_the_same_as_simplified() -> None:
    trad = find_metrics("全年交易超過12.5億筆，新增商戶約3萬戶")
    assert [(m.text, m.value, m.unit, m.qualifier) for m in trad] == [
        ("超過12.5億筆", 1250000000, "笔", "over"),
        ("約3萬戶", 30000, "户", "approx"),
    ]


def test_offsets_point_into_the_given_text() -> None:
    text = "据统计，全县１２００余户村民受益，增收约８％。"
    for m in find_metrics(text):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in find_metrics(text)] == ["１２００余户", "约８％"]


# ---- properties -------------------------------------------------------------------------------

UNITS = ["家", "个", "元", "亿元", "万人", "%", "台", "万户", "笔", "倍"]


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(UNITS),
    st.sampled_from(["共有", "增长了", "累计", "，", "达到"]),
)
@settings(max_examples=300)
def test_written_figure_is_found_whole(n: int, unit: str, lead: str) -> None:
    text = f"今年{lead}{n:,}{unit}。"
    found = find_metrics(text)
    assert len(found) == 1
    m = found[0]
    assert m.text == f"{n:,}{unit}"
    scale = {"亿元": 10**8, "万人": 10**4, "万户": 10**4}.get(unit, 1)
    assert m.value == pytest.approx(n * scale)


CHARS = (
    "0123456789一二三四五六七八九十百千万亿两零.%,，。"
    "年月日第个家元多余近约超过以上左右成倍大路号人次的了和至、"
)


@given(st.text(alphabet=CHARS, max_size=40), st.data())
@settings(max_examples=300)
def test_matches_are_sound(text: str, data: st.DataObject) -> None:
    """Any text: spans are ordered, disjoint, point at their text and avoid excluded ranges."""
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    found: list[MetricMatch] = find_metrics(text, [(start, end)])
    previous_end = 0
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end and m.end > m.start
        assert not (m.start < end and start < m.end) or start == end
        assert m.value >= 0
        assert m.qualifier in {"exact", "approx", "over", "under"}
        assert m.text == m.text.strip()
        previous_end = m.end


@pytest.mark.parametrize(("text", "expected"), [
    # a statistic's Latin name right before its figure is a label, not a code
    ("苏州实现GDP20680.9亿元", [("20680.9亿元", 2068090000000, "元", "exact")]),
    ("PM2.5浓度和iPhone15销量", []),  # codes stay codes
    ("台灣將有逾80家業者參展", [("逾80家", 80, "家", "over")]),  # 家|业者, not 家业|者
    ("新光三越全台19館週年慶", [("19館", 19, "馆", "exact")]),  # stores counted in 馆
    ("最高7,320億日圓補助", [("7,320億日圓", 732000000000, "日圆", "exact")]),  # the unit as written
    # a time figure before a verb of change is the baseline of a measured time
    ("平均輪候時間為5.3年，較6月底的5.5年縮短0.2年",
     [("5.3年", 5.3, "年", "exact"), ("5.5年", 5.5, "年", "exact"), ("0.2年", 0.2, "年", "exact")]),
    ("过去3年平均增长5%", [("5%", 5, "%", "exact")]),  # a span before 平均, not a measured time
    ("首批库存超过30万间夜", [("超过30万间夜", 300000, "间夜", "over")]),  # hotel room nights
    ("总运力约600万车位", [("约600万车位", 6000000, "车位", "approx")]),
    ("平均為每度電43.6仙", [("43.6仙", 43.6, "仙", "exact")]),  # Hong Kong cents
    ("画中八仙神游四方", []),  # the Eight Immortals
    ("新北市超商家數2,786家居六都之冠，台北市2,362家次之",
     [("2,786家", 2786, "家", "exact"), ("2,362家", 2362, "家", "exact")]),
    ("10月刷卡4,512億元年增9.6%", [("4,512億元", 451200000000, "元", "exact"), ("9.6%", 9.6, "%", "exact")]),
    ("10月機場貨運量達45.2萬公噸", [("45.2萬公噸", 452000, "公吨", "exact")]),
    ("巴士服務平均評分為6.9分", [("6.9分", 6.9, "分", "exact")]),  # a rating after 评分
    ("下午3点5分出发", []),  # a time of day
    ("今年以來已完銷2案", [("2案", 2, "案", "exact")]),  # projects; 两案 (the trials) is a word
    ("“两案”审判", []),
    ("第二、三阶梯价格调整为3.42元/立方米", [("3.42元/立方米", 3.42, "元/立方米", "exact")]),
    ("北京市消费者协会上月对30家电商平台", [("30家", 30, "家", "exact")]),  # 家|电商, not 家电
    ("30家电企业", []),  # appliance makers: 家电
    ("台北、台中兩館10月住房率", []),  # 两馆: a collective, like 两地
    ("明年3月舉行的香港國際七人欖球賽", []),  # rugby sevens, no seven people
    ("國發會目前正審查五股泰山輕軌", []),  # 五股, a district: 股 counts after Arabic digits only
    ("深圳地鐵起步價為2元人民幣，折合約2.2港元",
     [("2元", 2, "元", "exact"), ("約2.2港元", 2.2, "港元", "approx")]),
    ("雙方簽訂合約2000萬元", [("2000萬元", 20000000, "元", "exact")]),  # 合约 (a contract) is no 约
    ("成人卡費每程增加約0.1新元", [("約0.1新元", 0.1, "新元", "approx")]),  # Singapore dollars
    # Macao's pataca written 澳門幣, kept as written
    ("分店月租由8萬澳門幣至15萬澳門幣不等", [("8萬澳門幣", 80000, "澳门币", "exact"),
                                ("15萬澳門幣", 150000, "澳门币", "exact")]),
    ("計劃新增8家中心", [("8家", 8, "家", "exact")]),  # centres (家|中心); 家中 is at home
    # vaccine doses (头份, 羽份), also after 约为每; 三折伞 is a folding umbrella, no discount
    ("累计销售各类疫苗约25亿头份，禽用疫苗超过3000万羽份", [
        ("约25亿头份", 2500000000, "头份", "approx"), ("超过3000万羽份", 30000000, "羽份", "over")]),
    ("平均单价约为每头份1.8元", [("1.8元", 1.8, "元", "approx")]),
    ("自动伞和三折伞仍是主力", []),
    ("商品打三折出售", [("三折", 30, "%", "exact")]),
    # time and age words as written (SPEC: the measure word as written)
    ("輪候時間已縮短至約8星期", [("約8星期", 8, "星期", "approx")]),
    ("未满7周岁的儿童", [("未满7周岁", 7, "周岁", "under")]),
    ("平均用时17秒钟", [("17秒钟", 17, "秒钟", "exact")]),
    # a statistic cue a little further back in its clause; a run's length after 连续 is none
    ("平均每場禮堂使用時間約為1.6日", [("1.6日", 1.6, "日", "approx")]),
    ("农民人均收入连续3年递增", []),
    # sessions and slots after Arabic digits; 两节 (the two holidays) is a word
    ("建議把每日火化時段增至約280節", [("約280節", 280, "节", "approx")]),
    ("两节期间市场供应充足", []),
    # wigs (顶) and bee colonies (群) counted; working days as a time unit; 约为其 before a fraction
    ("平台卖出假发超过21万顶", [("超过21万顶", 210000, "顶", "over")]),
    ("全国蜂群超过1100万群", [("超过1100万群", 11000000, "群", "over")]),
    ("一群群众", []),
    ("申請平均審批時間約為15個工作日", [("15個工作日", 15, "个工作日", "approx")]),
    ("国会则用30个工作日进行辩论", []),
    ("国产同类产品约为其三分之一", [("三分之一", 100 / 3, "%", "approx")]),
    ("米粉業者目前約僱用720名員工", [("720名", 720, "名", "approx")]),  # 约 across 雇用
    # doors and windows counted in 樘; a price per toothbrush (美元/支)
    ("全年出货约3.1万樘", [("约3.1万樘", 31000, "樘", "approx")]),
    # shuttlecocks counted and priced in tubes (筒); not 笔筒 or 筒子
    ("年产约985万筒，均价约78元/筒", [("约985万筒", 9850000, "筒", "approx"),
                              ("约78元/筒", 78, "元/筒", "approx")]),
    ("买了3筒子", []),
    # bowls sold, after Arabic digits (十盘八碗: a table of dishes)
    ("深圳的門市平均每日售出約600碗", [("約600碗", 600, "碗", "approx")]),
    ("可亲戚们硬是十盘八碗的", []),
    # 约为 … 的 before a multiple, with Latin letters in what it is compared with
    ("霓虹燈招牌每月耗電約為同等面積LED招牌的3倍", [("3倍", 3, "倍", "approx")]),
    # 约 before a verb of using or buying and its object qualifies the figure after them
    ("炒锅约耗用铝材1.2公斤", [("1.2公斤", 1.2, "公斤", "approx")]),
    ("今年约收购核桃8万吨", [("8万吨", 80000, "吨", "approx")]),
    ("一家三口每月约用掉2.5升", [("2.5升", 2.5, "升", "approx")]),  # the verb with no object
    # camels counted in 峰 after Arabic digits; not a summit or a peak
    ("骆驼存栏约52万峰，其中挤奶母驼超过9万峰", [("约52万峰", 520000, "峰", "approx"),
                                    ("超过9万峰", 90000, "峰", "over")]),
    # reams of paper and steamer baskets after Arabic digits; 一盅两件 (a dim sum set) is a name
    ("泾县宣纸产量约76万刀，宣纸出口均价约为每刀210美元", [("约76万刀", 760000, "刀", "approx"),
                                         ("210美元", 210, "美元", "approx")]),
    ("每日售出點心約2,200籠；一盅兩件套餐", [("約2,200籠", 2200, "笼", "approx")]),
    ("一刀切的做法", []),
    # the Taiwan catty and skewers
    ("文旦約45萬台斤；冰糖葫芦日销超过3000串；串联起来", [("約45萬台斤", 450000, "台斤", "approx"),
                                         ("超过3000串", 3000, "串", "over")]),
    # 约 after 印制 (printed) is the marker, not 制约; 约值 (worth about) qualifies the figure
    ("首批印製約5萬冊", [("約5萬冊", 50000, "册", "approx")]),
    ("進口麻雀牌及麻雀枱約值1.9億港元", [("1.9億港元", 190000000, "港元", "approx")]),
    ("两峰之间，3峰会谈", []),
    # 约 after 标签 (a label) is the marker, not 签约 (to sign)
    ("檢走懷疑冒牌布料標籤約2,600個", [("約2,600個", 2600, "个", "approx")]),
    ("双方签约3个项目", [("3个", 3, "个", "exact")]),
    # 约达 … 的 before a share marks it, as 约为 … 的 does
    ("營收約達全年目標的85%", [("85%", 85, "%", "approx")]),
    ("炒锅耗用铝材1.2公斤", [("1.2公斤", 1.2, "公斤", "exact")]),
    # 约占 before a share whose whole has up to eight characters and no 的
    ("連鎖店約佔全澳眼鏡零售額55%", [("55%", 55, "%", "approx")]),
    ("出口均价约0.23美元/支", [("约0.23美元/支", 0.23, "美元/支", "approx")]),
    ("他在家中心情不好", []),
    ("市民每日平均乘搭公共交通1.8程", [("1.8程", 1.8, "程", "exact")]),  # rides, after Arabic digits only
    ("兩程之後再轉車", []),
    ("持1,200元月票即可無限次搭乘", [("1,200元", 1200, "元", "exact")]),  # 元|月票, not 元月 (January)
    ("清华大学五道口金融学院", []),  # 五道口, a place
    ("尖峰負載達4,210萬瓩", [("4,210萬瓩", 42100000, "瓩", "exact")]),  # Taiwan's kilowatt, as written
    ("加權指數昨日收在27,356.18點", [("27,356.18點", 27356.18, "点", "exact")]),  # an index's close
    ("期貨日均成交量約156萬口", [("約156萬口", 1560000, "口", "approx")]),  # futures contracts
    ("台中約172萬人、桃園約131萬人次之", [("約172萬人", 1720000, "人", "approx"),
                                    ("約131萬人", 1310000, "人", "approx")]),  # 人|次之 (second to)
    ("全国算力总规模突破300EFLOPS", [("突破300EFLOPS", 300, "EFLOPS", "over")]),
    ("65歲後基金則約4.2%", [("約4.2%", 4.2, "%", "approx")]),  # a fund's name, no age
    ("約佔全年計劃投資額的七成", [("七成", 70, "%", "approx")]),  # 约占 … 的 across seven characters
    ("開支比率高於1.5%", [("1.5%", 1.5, "%", "exact")]),  # a threshold, no marker
    ("贷款利率不低于3%", [("不低于3%", 3, "%", "over")]),  # a bound
    ("采集间隔期不得少于6个月", [("不得少于6个月", 6, "个月", "over")]),  # a bound with 不得
    ("今年首三季吸引約1,650家中小企參與", [("約1,650家", 1650, "家", "approx")]),  # 家|中小企, not 家中
    ("抽检560批次产品，不合格41批次", [("560批次", 560, "批次", "exact"), ("41批次", 41, "批次", "exact")]),
    ("已建成换电柜超过6万组", [("超过6万组", 60000, "组", "over")]),  # sets
    ("分为3组织实施", []),  # 组织 (to organize)
    ("王庄村二组的农户", []),  # a village group's number, a label
    ("新增的8座冷库中有5座位于武汉", [("8座", 8, "座", "exact"), ("5座", 5, "座", "exact")]),  # 座|位于
    ("中西部城市占据其中9席", [("9席", 9, "席", "exact")]),  # seats
    ("已带动销售约4.3万副", [("约4.3万副", 43000, "副", "approx")]),  # pairs (of glasses)
    ("3副总经理出席", []),  # vice general managers
    ("已有約6.3萬名人才抵港", [("約6.3萬名", 63000, "名", "approx")]),  # 名|人才, not 名人
    ("進口葡萄酒約410萬公升", [("約410萬公升", 4100000, "公升", "approx")]),  # litres, as written
    ("線上洽談逾2,600場次", [("逾2,600場次", 2600, "场次", "over")]),
    ("组织超过1800家家电企业参展", [("超过1800家", 1800, "家", "over")]),  # 家|家电
    ("扶持30家家庭农场", [("30家", 30, "家", "exact")]),
    ("家家户户都用上了", []),
    ("第二批共10卡新列車完成測試", [("10卡", 10, "卡", "exact")]),  # rail cars, after Arabic digits
    ("一卡通用户增加", []),
    ("5卡车司机", []),  # 卡车 (a lorry)
    # a collective label for a list just given (SPEC: 两地, 五市)
    ("餐饮、休闲娱乐和夜间文旅三类消费贡献近七成", [("近七成", 70, "%", "approx")]),
    ("隆基绿能、通威股份、晶科能源、天合光能、晶澳科技五家龙头企业", []),
    ("南宁、柳州举办的两场对接会", [("两场", 2, "场", "exact")]),  # the count of something else
    ("岳阳建成、开放了两个外贸码头", [("两个", 2, "个", "exact")]),
    ("得利斯、惠发食品两家上市公司", []),  # a particle's character opening a name (得利斯) is no particle
    ("销量做得大、卖得好两项", [("两项", 2, "项", "exact")]),  # 得 inside an item: part of a sentence
    ("国庆期间单日演出最多达到18场", [("18场", 18, "场", "exact")]),  # 最多 is no marker
    ("美国通路商平均库存天数已由去年的约180天", [("约180天", 180, "天", "approx")]),  # 天数: a statistic
    # the figure a change leads to from a statistic's figure is the same statistic
    ("平均库存天数已由去年的约180天降至约120天",
     [("约180天", 180, "天", "approx"), ("约120天", 120, "天", "approx")]),
    ("项目用了3年降至2年", []),  # a process's duration: no statistic
    ("上周日均成交量约41万手", [("约41万手", 410000, "手", "approx")]),  # futures lots
    # shipping units (deadweight and gross tonnes, ship visits) and Taiwan's 宅 (dwellings)
    ("新接订单约4210万载重吨，完工约1460万总吨", [("约4210万载重吨", 42100000, "载重吨", "approx"),
                                        ("约1460万总吨", 14600000, "总吨", "approx")]),
    ("完成修船约310艘次", [("约310艘次", 310, "艘次", "approx")]),
    ("建照核發宅數約9.8萬宅", [("約9.8萬宅", 98000, "宅", "approx")]),
    ("3宅配中心", []),  # 宅配 (home delivery) is a word
    ("本港約720萬名流動通訊用戶", [("約720萬名", 7200000, "名", "approx")]),  # 名|流动, not 名流
    ("平板玻璃产量约7860万重量箱", [("约7860万重量箱", 78600000, "重量箱", "approx")]),  # flat glass
    ("二手房成交3万套，做好两手准备", [("3万套", 30000, "套", "exact")]),
    ("接種約4.3萬劑流感疫苗", [("約4.3萬劑", 43000, "剂", "approx")]),  # doses
    ("約佔總車位三成", [("三成", 30, "%", "approx")]),  # 约占 and a short whole, no 的
    ("销量占比约为四成", [("四成", 40, "%", "approx")]),  # the 约 next to the figure
    # Taiwan's metric units: cubic and square metres, metres
    ("有效蓄水量約10.6億立方公尺", [("約10.6億立方公尺", 1060000000, "立方公尺", "approx")]),
    ("建物面積約1,200平方公尺", [("約1,200平方公尺", 1200, "平方公尺", "approx")]),
    ("跑道長3,800公尺", [("3,800公尺", 3800, "公尺", "exact")]),
    # buildings (幢, 棟) and hospital beds (床), but not 床位 or 床垫
    ("涉及約40幢大廈", [("約40幢", 40, "幢", "approx")]),
    ("合計約有320床因缺人未能開放", [("320床", 320, "床", "approx")]),  # 約有 before it
    ("新增3床位", []),
    # fry counted in 尾 after Arabic digits; after a Chinese numeral 尾 is a word
    ("对虾苗投苗超过35亿尾", [("超过35亿尾", 3500000000, "尾", "over")]),
    ("九尾狐的传说", []),
    # stalls (攤) and boxes (盒), not 摊位 or 盒马
    ("初查不符規定約62攤，複查7攤", [("約62攤", 62, "摊", "approx"), ("7攤", 7, "摊", "exact")]),
    ("单款销量50万盒以上", [("50万盒以上", 500000, "盒", "over")]),
    ("新增3个摊位", [("3个", 3, "个", "exact")]),
    # the Red Cross and crossroads hold no figure; Latin units of data rates as written
    ("香港红十字会分别获拨款", []),
    ("一辆自行车横挡在十字路口", []),
    ("下载速率约600Mbps", [("约600Mbps", 600, "Mbps", "approx")]),
    # a unit between a figure and 年 makes it a count, not a year; people before 酒店, not 名酒
    ("还将推出约2000项年俗主题展览", [("约2000项", 2000, "项", "approx")]),
    ("2000年俗称千禧年", []),
    ("受访的1,260名酒店从业员中", [("1,260名", 1260, "名", "exact")]),
    ("茅台等5名酒", []),
    # containers in twenty-foot equivalent units, as a count and as a rate's denominator
    ("高雄港前10月櫃量752.4萬TEU", [("752.4萬TEU", 7524000, "TEU", "exact")]),
    ("遠東到歐洲每TEU運價1,415美元", [("1,415美元", 1415, "美元", "exact")]),
    ("运价1415美元/TEU", [("1415美元/TEU", 1415, "美元/TEU", "exact")]),
    # letters after Arabic digits; Hong Kong's Blue Cross holds no figure
    ("發出警告信約15封，較去年同期增加", [("約15封", 15, "封", "approx")]),
    ("寫了一封信", []),
    ("東亞銀行旗下的藍十字及保柏", []),
    # taels after Arabic digits (not 两 as "two"), ounces as Hong Kong writes them
    ("成交量約186萬兩，按年增加", [("約186萬兩", 1860000, "两", "approx")]),
    ("三两天后", []),
    ("黃金儲備約7,480萬安士", [("約7,480萬安士", 74800000, "安士", "approx")]),
    # Taiwan's tea-drink operator is no money
    ("六角國際昨日召開法說會", []),
    # ternary lithium batteries are no three yuan; a marked figure before a verb of change counts
    ("三元电池黑粉的回收折扣系数已由两年前的约0.6升至0.78左右",
     [("约0.6", 0.6, "", "approx"), ("0.78左右", 0.78, "", "approx")]),
])
def test_labels_trade_counts_and_units_as_written(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a delta is no three jiao
    ("往來東莞、佛山及江門等珠江三角洲港口的駁船", []),
    ("黄河三角洲的中心城市", []),
    # days written 日 after a statistic cue; a stay of days without one is a tour's label
    ("旅客平均逗留約1.2日。", [("約1.2日", 1.2, "日", "approx")]),
    ("部分兩日一夜團的團費僅約三百元", [("約三百元", 300, "元", "approx")]),
    # tour groups counted by 团; a regiment is no count
    ("今年首十個月接待內地旅行團約二萬六千團", [("約二萬六千團", 26000, "团", "approx")]),
    ("其中旅行团约六百团", [("约六百团", 600, "团", "approx")]),
    ("二纵四师十一团政委", []),
    # barrels, cents, miles, horsepower, pages and train runs as units; 一桶金 is a word
    ("油田可能产油42亿至57亿桶。",
     [("42亿", 4200000000, "桶", "exact"), ("57亿桶", 5700000000, "桶", "exact")]),
    ("日产原油约3.5万桶/日", [("约3.5万桶/日", 35000, "桶/日", "approx")]),
    ("从每加仑40.99美分降到40.95美分",
     [("40.99美分", 40.99, "美分", "exact"), ("40.95美分", 40.95, "美分", "exact")]),
    ("在城区以东十英里处", [("十英里", 10, "英里", "exact")]),
    ("一台300马力的拖拉机，离岸4海里", [("300马力", 300, "马力", "exact"), ("4海里", 4, "海里", "exact")]),
    ("这份长达205页的报告", [("205页", 205, "页", "exact")]),
    ("掘到第一桶金", []),
    # medals counted by 面 after Arabic digits; a count before the Chinese Super League
    ("本澳運動員共奪得獎牌約130面，其中金牌約30面。",
     [("約130面", 130, "面", "approx"), ("約30面", 30, "面", "approx")]),
    ("三面环海，四面八方", []),
    ("为本市两家中超俱乐部提供补贴", [("两家", 2, "家", "exact")]),
    # runs of a course counted by 期 after a marker; a phase or an issue without one
    ("同意為本澳開辦教練培訓班約12期。", [("約12期", 12, "期", "approx")]),
    ("二期工程和第3期杂志", []),
    # schools counted by 校 after Arabic digits; 两校 is a pair
    ("註冊率低於6成的學校由去年的6校增至9校", [("6成", 60, "%", "exact"), ("6校", 6, "校", "exact"),
                                        ("9校", 9, "校", "exact")]),
    ("两校合并后", []),
])
def test_deltas_days_and_tour_groups(text: str, expected: list) -> None:
    assert _found(text) == expected


def test_a_place_ending_in_da_before_yue() -> None:
    """加拿大約6,300公噸: 大 is the country's, the marker 約 alone."""
    from pipeline.finders.metrics import find_metrics

    found = find_metrics("今年前三季外銷美國、加拿大約6,300公噸")
    assert [(m.text, m.qualifier) for m in found] == [("約6,300公噸", "approx")]


@pytest.mark.parametrize(("text", "expected"), [
    # 不到/不足 before what a fraction is of bound the fraction; a percentage compared stays exact
    ("平均每公斤進口價約4.1美元，不到國產茶的十分之一", [("約4.1美元", "approx"), ("十分之一", "under")]),
    ("短视频渠道占比升至31.5%，超过平台电商的28.7%", [("31.5%", "exact"), ("28.7%", "exact")]),
    # 首 counts songs after a number, not 首次, 首付
    ("授权曲目超过12万首，曲库约8万首歌曲", [("超过12万首", "over"), ("约8万首", "approx")]),
    ("30首付比例下调", []),
    ("本地中小型食肆首当其冲", []),  # 首当其冲: no 肆 (4) songs
    ("业界估计每年约需新增150名技工", [("150名", "approx")]),  # 约 across 需新增
    ("電動車款扣除補助後約需9.5萬元", [("9.5萬元", "approx")]),  # 约 across the modal 需
    # containers and mushroom logs counted; 家 before 家具 (furniture) is the measure word
    ("出口的床垫约为1900标准箱", [("1900标准箱", "approx")]),
    ("为佛山84家家具企业发放贷款", [("84家", "exact")]),
    ("出口到中东的珍珠手链每条约15美元", [("约15美元", "approx")]),  # 每条|约, not 条约 (a treaty)
    ("安排香菇菌棒约9000万棒", [("约9000万棒", "approx")]),
    ("首期約開設12個班，首批約招收60名學員", [("12個", "approx"), ("60名", "approx")]),  # 开设, 招收
    # 约 across 有 and its object (有从业员), as across 耗用铝材; 有 with no 约 before it: exact
    ("全港約有從業員2,600人，公司有员工300名", [("2,600人", "approx"), ("300名", "exact")]),
    # and across two objects joined by 及 (蛇羹师傅及从业员), each of up to four characters
    ("全港約有蛇羹師傅及從業員1,100人", [("1,100人", "approx")]),
    ("每日約售450份", [("450份", "approx")]),  # 约 across 售 (to sell)
    # 约有 across what is had, up to eight characters with no figure in it
    ("全澳約有茶餐廳從業員3,800人，預計", [("3,800人", "approx")]),
    # rolls of film counted; not 卷烟 or 六卷本 (a six-volume edition)
    ("每月平均接獲約1,200捲菲林；卷烟3万箱；六卷本全集", [("約1,200捲", "approx"), ("3万箱", "exact")]),
    ("「一日要賣200碟先夠本」，另有碟片", [("200碟", "exact")]),  # plates sold; not 碟片
    # 场 before 馆藏 (a museum's collection) is the measure word; before 馆 alone it is 场馆 (a venue)
    ("明年將舉辦兩場館藏瓷器專題展，另有三場館內活動", [("兩場", "exact")]),
    # 方 counts inkstones and earth (cubic metres) after Arabic digits; not 双方, 3方会谈
    ("歙砚约18万方，动土方80万方；双方签约，3方会谈", [("约18万方", "approx"), ("80万方", "exact")]),
])
def test_bounded_fractions_and_songs(text: str, expected: list) -> None:
    from pipeline.finders.metrics import find_metrics

    assert [(m.text, m.qualifier) for m in find_metrics(text)] == expected


def test_every_unit_form_is_listed_once() -> None:
    """A form listed twice in rules/metrics/units.csv may be edited in one place and not the other."""
    import csv

    from pipeline.paths import RULES_DIR

    lines = (RULES_DIR / "metrics" / "units.csv").read_text(encoding="utf-8").splitlines()
    forms = [row["form"] for row in csv.DictReader(line for line in lines if not line.startswith("#"))]
    assert len(forms) > 300
    assert sorted({f for f in forms if forms.count(f) > 1}) == []
