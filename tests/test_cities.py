"""CITY finder and gazetteer: SPEC section 3 CITY rules on sentences written for these tests."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import opencc
import pytest

from pipeline.finders.cities import CityGazetteer, CityMatch, find_cities
from pipeline.segment import Segmenter

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def gaz() -> CityGazetteer:
    return CityGazetteer.load(RULES)


@pytest.fixture(scope="module")
def seg(gaz: CityGazetteer) -> Segmenter:
    return Segmenter(RULES, extra_words=gaz.words())


@pytest.fixture(scope="module")
def t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@pytest.fixture(scope="module")
def find(gaz: CityGazetteer, seg: Segmenter, t2s: opencc.OpenCC):
    def run(text: str, year: int | None = None, taiwan: bool = False) -> list[tuple[str, str]]:
        simplified = t2s.convert(text)
        matches = find_cities(simplified, seg.segment(simplified), gaz, ref_year=year, taiwan=taiwan)
        for m in matches:
            assert isinstance(m, CityMatch)
            assert m.text == simplified[m.start : m.end]
        return [(m.text, m.normalized) for m in matches]

    return run


def rows() -> list[dict[str, str]]:
    lines = (RULES / "cities.csv").read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if line and not line.startswith("#")))


# --- recognition -------------------------------------------------------------------------------


def test_county_level_cities(find):
    assert find("浙江义乌和江苏昆山的商户都在用扫码支付。") == [("义乌", "义乌市"), ("昆山", "昆山市")]


def test_county_level_city_written_with_shi(find):
    assert find("晋江市推出了电子社保卡。") == [("晋江市", "晋江市")]


def test_foreign_cities(find):
    assert find("该公司在孟买、吉隆坡和布宜诺斯艾利斯设立了办事处。") == [
        ("孟买", "孟买"),
        ("吉隆坡", "吉隆坡"),
        ("布宜诺斯艾利斯", "布宜诺斯艾利斯"),
    ]


def test_taiwan_cities(find):
    assert find("台中与高雄的便利店，以及基隆的码头。") == [
        ("台中", "台中市"),
        ("高雄", "高雄市"),
        ("基隆", "基隆市"),
    ]


def test_taiwan_counties_are_not_cities(find):
    assert find("花莲县和新竹县的商家") == []
    assert find("新竹市的商家") == [("新竹市", "新竹市")]


def test_traditional_input_converted_first(find):
    assert find("他從臺北飛往雪梨，再轉機到墨爾本。") == [
        ("台北", "台北市"),
        ("雪梨", "悉尼"),
        ("墨尔本", "墨尔本"),
    ]


def test_taiwan_and_hong_kong_spellings_normalize_to_mainland_names(find):
    assert find("杜拜、三藩市和約翰尼斯堡") == [
        ("杜拜", "迪拜"),
        ("三藩市", "旧金山"),
        ("约翰尼斯堡", "约翰内斯堡"),
    ]


def test_hong_kong_and_macao(find):
    assert find("中国香港和中国澳门的游客") == [("香港", "香港"), ("澳门", "澳门")]
    assert find("香港特别行政区的银行") == [("香港特别行政区", "香港")]


# --- the 市 rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("宁波市场上的商品", ("宁波", "宁波市")),
        ("宁波市区的公交车", ("宁波", "宁波市")),
        ("宁波市民可以刷码", ("宁波", "宁波市")),
        ("宁波市级医院", ("宁波", "宁波市")),
        ("宁波市长表示欢迎", ("宁波", "宁波市")),
        ("宁波市市长表示欢迎", ("宁波市", "宁波市")),
        ("宁波市与银行签约", ("宁波市", "宁波市")),
        ("青岛市北区", ("青岛", "青岛市")),
    ],
)
def test_shi_inside_or_outside(find, sentence, expected):
    assert find(sentence)[0] == expected


def test_shi_glued_to_a_word_of_its_own_stays_with_the_city(find):
    # jieba cuts 新北|市公车; 公车 is a word, so the 市 is the city's (unlike 市场, 市区, 市民)
    assert find("新北市公車電子票證使用量增加") == [("新北市", "新北市")]


def test_foreign_city_after_its_country_and_state(find):
    # 凤凰城 is an ambiguous form: a CITY only after its country, here with the state between
    assert find("在美國亞利桑那州鳳凰城的新廠") == [("凤凰城", "凤凰城")]  # (texts are converted)
    assert find("凤凰城小区的业主") == []


def test_ambiguous_form_confirmed_elsewhere_in_the_article_or_by_a_list(find):
    text = "海外布局：凤凰城新厂明年量产。公司在美国亚利桑那州凤凰城的新厂"
    assert find(text) == [("凤凰城", "凤凰城"), ("凤凰城", "凤凰城")]
    assert find("安康、汉中、商洛三市今年") == [("安康", "安康市"), ("汉中", "汉中市"), ("商洛", "商洛市")]
    assert find("在气象合作、拉萨老城改造") == [("拉萨", "拉萨市")]  # one city is no list
    # a mountain keeps its own name; a form a county shares needs 市
    assert find("峨眉山市游客增长，峨眉山景区接待") == [("峨眉山市", "峨眉山市")]
    assert find("新竹市的厂商与新竹科学园区") == [("新竹市", "新竹市")]


def test_district_sharing_a_county_level_city_name(find):
    assert find("其中興富發在北屯推案") == []  # a district of 台中
    assert find("新疆北屯市") == [("北屯市", "北屯市")]


def test_hong_kong_district_named_like_a_city(find):
    assert find("天水围居民") == []  # Tin Shui Wai, not 天水市


def test_city_before_its_station(find):
    # a city before 车站 names the station (SPEC: a city followed by 站); a list sharing the head
    # holds cities (SPEC)
    assert find("台北車站平均每日賣出約1.6萬個") == []
    assert find("列车到达韶关车站后") == []
    assert find("在台北、台中、台南、高雄等車站設有便當本舖") == [
        ("台北", "台北市"), ("台中", "台中市"), ("台南", "台南市"), ("高雄", "高雄市")]


def test_hong_kong_district_starting_with_hong_kong(find):
    assert find("不少師傅已把工場遷往香港仔或新界的工業大廈") == []  # Aberdeen
    assert find("香港今年的零售") == [("香港", "香港")]


def test_taiwan_city_named_like_a_word_outside_a_taiwan_text(find):
    # 桃园 (a peach orchard) is the Taiwan city outside a Taiwan text only with 市 or its province
    assert find("蒙阴县全县桃园面积约65万亩") == []
    assert find("台湾桃园的工厂") == [("桃园", "桃园市")]
    assert find("桃园市长表示") == [("桃园", "桃园市")]
    assert find("桃園今年觀光人次增加", taiwan=True) == [("桃园", "桃园市")]


def test_hong_kong_road_named_like_a_city(find):
    assert find("啟德及安達臣道的新屋邨") == []  # Anderson Road, not 安达市
    assert find("黑龙江安达市") == [("安达市", "安达市")]


def test_ambiguous_city_in_a_development_zone_confirmed_by_its_name(find):
    # 无为 (an ordinary word) counts inside a zone's name where the text names 无为市
    assert find("无为市羽毛球企业上周在无为经济开发区投产") == [("无为市", "无为市"), ("无为", "无为市")]
    assert find("在无为经济开发区投产") == []


def test_city_glued_to_hotel_and_port_area(find):
    assert find("假期成都酒店预订量同比增长") == [("成都", "成都市")]  # a modifier
    assert find("龙口港区发展散货运输") == []  # a port area, like 天津港


def test_shi_at_end_of_sentence(find):
    assert find("他来自重庆市。") == [("重庆市", "重庆市")]


# --- modifiers, demonyms, events -----------------------------------------------------------------


def test_city_as_modifier(find):
    assert find("信用苏州建设让苏州特色更鲜明") == [("苏州", "苏州市"), ("苏州", "苏州市")]


def test_demonym(find):
    assert find("很多南京人喜欢用手机付款") == [("南京", "南京市")]


def test_city_in_event_and_park_names(find):
    assert find("悉尼奥运会") == [("悉尼", "悉尼")]
    assert find("上海迪士尼乐园") == [("上海", "上海市")]


def test_list_sharing_a_head(find):
    assert find("在广州、深圳等机场") == [("广州", "广州市"), ("深圳", "深圳市")]


# --- rejections ----------------------------------------------------------------------------------


def test_provinces_are_not_cities(find):
    assert find("浙江省和山东的企业，还有海南。") == []


def test_jilin_needs_shi(find):
    assert find("吉林省吉林市") == [("吉林市", "吉林市")]
    assert find("吉林的企业") == []


def test_countries_are_not_cities(find):
    assert find("中国和印度、日本、墨西哥") == []
    assert find("墨西哥城") == [("墨西哥城", "墨西哥城")]


def test_regions_are_not_cities(find):
    assert find("南方、北方、西南地区和沿海的城市") == []


def test_deictic_words_and_one_character_abbreviations(find):
    assert find("全市、本市、市区、全港的商户") == []
    assert find("沪深港通和京津冀，港币结算") == []


def test_generic_city_word(find):
    assert find("一线城市和无现金城市") == []


def test_names_inside_longer_words(find):
    assert find("江南银行、北海道、哈密瓜和大理石") == []
    assert find("南京路步行街") == []


def test_ambiguous_short_forms(find):
    assert find("东方红了，各方加强合作，祝大家安宁") == []
    assert find("东方市和云南安宁") == [("东方市", "东方市"), ("安宁", "安宁市")]
    assert find("德国汉堡的汉堡包") == [("汉堡", "汉堡")]
    assert find("从牛年岁末约到虎年阳春") == []  # spring, not the city
    assert find("广东阳春市") == [("阳春市", "阳春市")]


def test_district_of_the_same_name(find):
    assert find("朝阳区和新北区") == []


# --- status at the article's date ----------------------------------------------------------------


def test_county_level_city_that_became_a_district(find):
    assert find("萧山的企业", year=1998) == [("萧山", "萧山市")]
    assert find("萧山的企业", year=2010) == []
    assert find("萧山的企业") == []


def test_renamed_city(find):
    assert find("襄樊的企业", year=2008) == [("襄樊", "襄樊市")]
    assert find("襄樊的企业", year=2015) == []


def test_county_that_became_a_city_later(find):
    assert find("平泉市的企业", year=2015) == []
    assert find("平泉市的企业", year=2019) == [("平泉市", "平泉市")]


# --- gazetteer -----------------------------------------------------------------------------------


def test_counts_per_level():
    current = [r for r in rows() if not r["valid_to"]]
    count = {level: sum(r["level"] == level for r in current) for level in {r["level"] for r in current}}
    assert {r["name"] for r in current if r["level"] == "municipality"} == {
        "北京市",
        "天津市",
        "上海市",
        "重庆市",
    }
    assert 285 <= count["prefecture"] <= 300
    assert 380 <= count["county"] <= 410
    assert count["sar"] == 2
    assert count["taiwan_municipality"] == 6 and count["taiwan_city"] == 3
    assert count["foreign"] >= 200


def test_mainland_rows_have_adcodes():
    mainland = [r for r in rows() if r["level"] in {"municipality", "prefecture", "county"}]
    assert mainland
    for r in mainland:
        assert re.fullmatch(r"\d{6}", r["adcode"]), r
        assert r["name"].endswith("市"), r
        assert not r["valid_from"] or not r["valid_to"] or int(r["valid_from"]) < int(r["valid_to"]), r


def test_no_taiwan_county_rows():
    assert not [r for r in rows() if r["name"].endswith("县")]


def test_gazetteer_words_and_places(gaz):
    words = dict(gaz.words())
    assert words["义乌"] == "ns" and words["吉隆坡"] == "ns"
    assert "东方" not in words and "浙江" not in words
    assert gaz.is_place("杭州市") and gaz.is_place("浙江") and not gaz.is_place("蚂蚁")


def test_city_inside_a_park_or_event_name_counts() -> None:
    # SPEC: a city inside a park's, a scenic spot's or an event's name counts.
    from pipeline.resources import load_resources

    resources = load_resources()
    text = "公司总部位于无锡工业园区，并赞助了厦门马拉松。"
    found = find_cities(text, resources.segmenter.segment(text), resources.cities)
    assert [(m.text, m.normalized) for m in found] == [("无锡", "无锡市"), ("厦门", "厦门市")]


@pytest.mark.parametrize(("text", "expected"), [
    ("图为中铁电气化局集团副总经理蒋玉林", []),
    ("研究员陈桂林对大家讲，卫星已入轨。", []),
    ("小组中方召集人王西安参赞在会后表示", []),
    ("他从桂林出发，经柳州抵达南宁。", [("桂林", "桂林市"), ("柳州", "柳州市"), ("南宁", "南宁市")]),
    ("西安、桂林两地游客增长", [("西安", "西安市"), ("桂林", "桂林市")]),
])
def test_a_city_name_after_a_surname_is_a_given_name(find, text: str, expected: list) -> None:
    """陈|桂林: a two-character city right after a one-character word jieba tags as a person's
    name (a surname) is that person's given name, not a CITY."""
    assert find(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("并在上海南京路等核心商圈升级旗舰店", [("上海", "上海市")]),
    ("文物藏于北京故宫博物院", [("北京", "北京市")]),
    ("南京西路和北京东路的店铺", []),  # streets named after cities
])
def test_a_city_glued_to_a_place_in_it(find, text: str, expected: list[tuple[str, str]]) -> None:
    """jieba has place words made of a city and a place in it (上海南京路): the city is mentioned."""
    assert find(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("在土耳其南部城市阿达纳举行", [("阿达纳", "阿达纳")]),  # a foreign city of the 2026-11 additions
    ("他们在首都马塞卢举行仪式", [("马塞卢", "马塞卢")]),
    ("墨西哥外交部长罗萨里奥·格林访华", []),  # a person's name, against its name dot
])
def test_more_foreign_cities_and_names_of_people(find, text: str, expected: list[tuple[str, str]]) -> None:
    assert find(text) == expected


def test_a_port_named_after_two_cities(find) -> None:
    """宁波舟山港 is a port (a city before 港 is no CITY), named after both cities."""
    assert find("宁波舟山港前三季度完成集装箱吞吐量") == []
    assert find("其中简阳受天府国际机场带动") == [("简阳", "简阳市")]


@pytest.mark.parametrize(("text", "expected"), [
    ("但仍低於倫敦的5.1%", [("伦敦", "伦敦")]),  # 於 is the preposition, not a surname before a name
    ("遠東SOGO忠孝、復興、敦化及天母4館", []),  # 敦化: Taipei's road and store, not 敦化市
    ("台積電在高雄、台中等地的擴廠效應", [("高雄", "高雄市"), ("台中", "台中市")]),  # 台中|等, not 台|中等
    ("发送旅客4162万人次，上海虹桥站、杭州东站", []),  # stations named after their city
    ("京九铁路、北京西客站", []),
    # a station named by two short nouns between the city and 站 (西安|国际|港|站)
    ("中欧班列从西安国际港站驶出", []),
    ("北京新闻站报道", [("北京", "北京市")]),
    # an ambiguous foreign form as the last item of a list of cities, after 及
    ("國泰世華銀行在胡志明市、河內及金邊的據點",
     [("胡志明市", "胡志明市"), ("河内", "河内"), ("金边", "金边")]),
    # one foreign city beside a foreign form confirms it (joined by 和 as by 、); a domestic form
    # needs a list of two or more
    ("在河内和金边设厂", [("河内", "河内"), ("金边", "金边")]),
    ("在昆明和安宁设厂", [("昆明", "昆明市")]),
    ("新北市外送員人數約3.9萬人", [("新北市", "新北市")]),  # 市|外送员, not 市外 (outside the city)
    ("常州市场", [("常州", "常州市")]),
    ("今年在台北市標得的土地", [("台北市", "台北市")]),  # 市|标得 (won at tender): no 市标 (city emblem)
    ("業者多集中在臺北市內湖、新北市與新竹市",
     [("台北市", "台北市"), ("新北市", "新北市"), ("新竹市", "新竹市")]),
    ("分縣市看，台北市外食費年增4.2%", [("台北市", "台北市")]),
    ("10月份宁波市区新建商品住宅", [("宁波", "宁波市")]),  # 宁波市|区: 市区 stays the next word
    ("刘秀清在强手如林的深圳市场上", [("深圳", "深圳市")]),  # 市场 wins whatever jieba makes of it
    ("高雄約85億度、台北約80億度", [("高雄", "高雄市"), ("台北", "台北市")]),  # 台|北约|80: not NATO
    ("深圳网约车车辆已超过15万辆", [("深圳", "深圳市")]),  # 网约车, a word (not 深圳网|约|车)
    ("中國股票基金受上海、深圳股市回升帶動", [("上海", "上海市"), ("深圳", "深圳市")]),  # 深圳股市, one word
    ("云南昆明的鲜花、广西百色的芒果", [("昆明", "昆明市"), ("百色", "百色市")]),  # province glued by jieba
    # a country glued to its city by jieba (法国巴黎); no 比绍 in the country's name after 几内亚
    ("销往德国柏林和法国巴黎，并在英国伦敦设仓", [("柏林", "柏林"), ("巴黎", "巴黎"), ("伦敦", "伦敦")]),
    ("几内亚比绍局势恶化，首都比绍市北部交火", [("比绍市", "比绍")]),
    ("美国马里兰州的一所中学", []),  # a state: no 兰州 after 马里 (Mali)
    ("台南永康、安平再生水廠今年每日供水", [("台南", "台南市")]),  # Tainan's 永康区, not Zhejiang's 永康市
    ("浙江金华义乌小商品", [("金华", "金华市"), ("义乌", "义乌市")]),
    ("启东海工装备产业集群产值", [("启东", "启东市")]),  # 海工, a word (not 启|东海|工)
    # an ambiguous form in a route, or in a pair a collective word closes
    ("义乌至马德里、列日等方向的电商货运包机", [("义乌", "义乌市"), ("马德里", "马德里"), ("列日", "列日")]),
    ("菜鸟集团称，其在列日、圣保罗的海外分拨中心", [("列日", "列日"), ("圣保罗", "圣保罗")]),  # foreign pair
    ("新开通至列日的航线", []),  # alone, an ambiguous form stays out
    ("10月以来重庆火锅人均消费下降", [("重庆", "重庆市")]),  # a city's cuisine as an industry
    # a foreign form whose country the same paragraph names is the city; alone it stays out
    ("在越南、印尼和柬埔寨设厂的鞋企超过260家。奥康在金边的合作工厂上周投产", [("金边", "金边")]),
    ("金边债券收益率上升。\n柬埔寨经济增长", []),
    ("云南腾冲、弥勒两地10月接待省外游客", [("腾冲", "腾冲市"), ("弥勒", "弥勒市")]),
    ("來自臺北、新竹等地的外地買方", [("台北", "台北市")]),  # 新竹: the county shares the form
    # the first of three listed cities, its first character glued to the word before (自首|尔)
    # a city opening a short quoted name (a brand) counts, whatever word follows it
    ("“丽水山耕”品牌产品销售额增长", [("丽水", "丽水市")]),
    ("旅客以来自首尔、大阪、曼谷及东京为主",
     [("首尔", "首尔"), ("大阪", "大阪"), ("曼谷", "曼谷"), ("东京", "东京")]),
    # a steel maker's list price kept flat (开平盘) is no 开平; the city alone is
    ("钢板与条线类产品开平盘，明年第1季盘价将于下月公布", []),
    ("开平碉楼今年接待游客增长", [("开平", "开平市")]),
    # a city inside jieba's word 东京国际 before a fair counts (an event's name)
    ("外贸协会将组团参加东京国际食品展", [("东京", "东京")]),
    # an ambiguous name whose last character starts 城市 takes no 市 (新开|城市书房); Pac On is Macao's
    ("明年将在杭州、宁波新开城市书房约30家", [("杭州", "杭州市"), ("宁波", "宁波市")]),
    ("明年将重点支持韩城市、彬州市等10个县", [("韩城市", "韩城市"), ("彬州市", "彬州市")]),
    ("垃圾焚化中心位于氹仔北安工业区", []),
    # foreign company and tourist cities; a prefectural capital named like its prefecture counts
    # only with its country before it; 加勒比 holds no city
    ("总部位于卡尔斯巴德的球杆品牌，德国维尔茨堡和日本福岛", [
        ("卡尔斯巴德", "卡尔斯巴德"), ("维尔茨堡", "维尔茨堡"), ("福岛", "福岛")]),
    ("福岛核电站的事故，加勒比海的邮轮", []),
    # jieba's word 香港电影 (Hong Kong film) hid the city before 市场
    ("有业界人士认为，香港电影市场规模较细", [("香港", "香港")]),
])
def test_prepositions_stores_and_outlets_before_city_names(find, text: str, expected: list) -> None:
    assert find(text) == expected


@pytest.mark.parametrize(("text", "taiwan", "expected"), [
    # a mainland city named like a district of Taiwan: in a Taiwan text it needs 市 or its province
    ("台南市政府水利局表示，永康、安平兩座再生水廠每日供水", True, [("台南市", "台南市")]),
    ("台商在浙江永康設廠", True, [("永康", "永康市")]),
    ("义乌、永康等地的五金企业", False, [("义乌", "义乌市"), ("永康", "永康市")]),
    ("市府今年在北投、文山新增2處公設民營住宿機構", True, []),  # Taipei's 文山区, not Yunnan's 文山市
    ("云南文山的三七产业", False, [("文山", "文山市")]),
])
def test_taiwan_districts_named_like_mainland_cities(gaz, seg, t2s, text: str, taiwan: bool,
                                                    expected: list) -> None:
    simplified = t2s.convert(text)
    found = find_cities(simplified, seg.segment(simplified), gaz, taiwan=taiwan)
    assert [(m.text, m.normalized) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city opening a short quoted name, glued by jieba to a person's name it guessed
    ("“福鼎白茶”“英德红茶”等产地直发商品", [("福鼎", "福鼎市"), ("英德", "英德市")]),
    # not inside a dictionary word or a street's name, quoted or not
    ("昔日荒无人烟的“大理石村”", []),
    ("“南京路”步行街", []),
    # jieba's dictionary word 苏州企业: the city's companies
    ("上海、苏州企业加码旧楼加装", [("上海", "上海市"), ("苏州", "苏州市")]),
    # a foreign city's form that is also a word, joined to another foreign city by 和
    ("其中运往汉堡和鹿特丹的占比约三成", [("汉堡", "汉堡"), ("鹿特丹", "鹿特丹")]),
    ("他吃了一个汉堡和薯条", []),
    # a form that is also a product (普洱 tea): the city named with 市 elsewhere does not confirm it;
    # its province or a list of cities does
    ("陳年普洱拍賣價上升。普洱市茶葉產量增加", [("普洱市", "普洱市")]),
    ("临沧、普洱、保山等地是主要产区", [("临沧", "临沧市"), ("普洱", "普洱市"), ("保山", "保山市")]),
    # a minibus (小巴) holds no 巴中
    ("全港約4,350輛專線小巴中，約兩成已刊登廣告", []),
    # a form that is also a word, listed with a city, where the text writes the city with 市 in a name
    ("江山市农业农村局介绍，多家企业在长葛、江山设立原料基地。大好江山",
     [("江山市", "江山市"), ("长葛", "长葛市"), ("江山", "江山市")]),
])
def test_a_city_opening_a_quoted_name_glued_to_a_guessed_name(find, text: str, expected: list) -> None:
    assert find(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 镇 after a city opens a town of the city that the article names with its head (镇湖街道)
    ("苏州镇湖刺绣前10个月产值增长。镇湖街道刺绣产业产值约15亿元", [("苏州", "苏州市")]),
    # without that, the city and 镇 may be a town of the same name: no CITY
    ("苏州镇湖刺绣前10个月产值增长", []),
])
def test_a_town_of_the_city_after_it(find, text: str, expected: list) -> None:
    assert find(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ambiguous county-level city right after its prefecture's city, 的 between or not
    ("同属泉州的石狮，不少企业转做皮鞋代工", [("泉州", "泉州市"), ("石狮", "石狮市")]),
    # or shortly after another county-level city of the same prefecture (晋江 for 石狮), not after the
    # prefecture further back (南平市则在武夷山景区: the mountain)
    ("与晋江相邻的石狮，童装企业", [("晋江", "晋江市"), ("石狮", "石狮市")]),
    ("南平市则在武夷山景区开通移动支付购票", [("南平市", "南平市")]),
    # a foreign city after its country's short form (印尼: Surabaya, no county of Shandong)
    ("当地企业还在印尼泗水设立收购点", [("泗水", "泗水")]),
    # 马介休 (salted cod) holds no 介休
    ("馬介休（鹽醃鱈魚）進口約1,650公噸，主要經里斯本付運", [("里斯本", "里斯本")]),
])
def test_county_cities_after_their_prefecture_and_cod(find, text: str, expected: list) -> None:
    assert find(text) == expected
