"""ORG finder (pipeline/finders/orgs.py) on sentences written for these tests, not from the corpus."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.finders.orgs import KINDS, OrgGazetteer, OrgMatch, find_orgs
from pipeline.segment import RULES_DIR, Segmenter

_T2S = opencc.OpenCC("t2s")


@pytest.fixture(scope="module")
def gazetteer() -> OrgGazetteer:
    return OrgGazetteer.load(RULES_DIR)


@pytest.fixture(scope="module")
def segmenter(gazetteer: OrgGazetteer) -> Segmenter:
    return Segmenter(extra_words=gazetteer.words())


@pytest.fixture(scope="module")
def orgs(gazetteer: OrgGazetteer, segmenter: Segmenter):
    """ORG texts of a sentence (traditional input goes through OpenCC t2s, texts are original)."""

    def run(text: str, place_words=None) -> list[str]:
        simplified = _T2S.convert(text)
        assert len(simplified) == len(text)
        found = find_orgs(simplified, segmenter.segment(simplified), gazetteer, place_words)
        return [text[m.start:m.end] for m in found]

    return run


def test_gazetteer_names_and_aliases(orgs) -> None:
    assert orgs("昨天，招商银行与美团签署合作协议，央行随后表态。") == ["招商银行", "美团", "央行"]


def test_match_fields(gazetteer: OrgGazetteer, segmenter: Segmenter) -> None:
    text = "据悉，光华银行与腾讯达成合作。"
    found = find_orgs(text, segmenter.segment(text), gazetteer)
    assert found == [OrgMatch(3, 7, "光华银行", "光华银行", "bank", "suffix"),
                     OrgMatch(8, 10, "腾讯", "腾讯", "company", "gazetteer")]


def test_unseen_rural_bank_with_city_and_title_outside(orgs) -> None:
    assert orgs("绍兴瑞丰农村商业银行行长表示，将加大投入。") == ["绍兴瑞丰农村商业银行"]


def test_unseen_bank_branch_is_one_org(orgs) -> None:
    assert orgs("金桥银行长沙分行行长出席了签约仪式。") == ["金桥银行长沙分行"]


def test_registered_company_of_common_words(orgs) -> None:
    assert orgs("宏图星辰科技有限公司董事长介绍了新产品。") == ["宏图星辰科技有限公司"]


def test_trade_name_characters_after_a_place(orgs) -> None:
    assert orgs("平台由广州易联商业服务有限公司运营。") == ["广州易联商业服务有限公司"]


def test_chained_company_and_sub_unit(orgs) -> None:
    assert orgs("国网浙江省电力有限公司杭州供电公司发布通知。") == ["国网浙江省电力有限公司杭州供电公司"]


def test_department_after_a_gazetteer_name(orgs) -> None:
    assert orgs("京东集团金融服务部副总经理表示") == ["京东集团金融服务部"]


def test_university_with_school_and_title_outside(orgs) -> None:
    assert orgs("南岭师范大学外国语学院教授张某认为") == ["南岭师范大学外国语学院"]


def test_campus_outside(orgs) -> None:
    assert orgs("浙江大学紫金港校区迎来新生。") == ["浙江大学"]


def test_bracketed_status_outside(orgs) -> None:
    assert orgs("东海理工大学(筹)今年开始招生。") == ["东海理工大学"]


def test_city_bureaus_with_place_in_front(orgs) -> None:
    assert orgs("泉州市商务局与厦门市网信办联合发文。") == ["泉州市商务局", "厦门市网信办"]


def test_short_names_with_level(orgs) -> None:
    found = orgs("会上，市商务局和市市场监管局作了发言，市府表示支持。")
    assert found == ["市商务局", "市市场监管局", "市府"]


def test_agency_abbreviations_with_level(orgs) -> None:
    """Abbreviated fields (rules/jieba/agency_abbreviations.txt) before an agency suffix."""
    found = orgs("市住建局、市自然资源局和区市监局相关负责人介绍，市卫计委也参加了会议。")
    assert found == ["市住建局", "市自然资源局", "区市监局", "市卫计委"]


def test_short_form_in_brackets_is_an_org_wherever_repeated(orgs) -> None:
    text = ("江苏中天科技股份有限公司（以下简称“中天科技”）称，中天科技订单增长。"
            "澳門航空（澳航）表示，澳航將加班。")
    assert orgs(text) == ["江苏中天科技股份有限公司", "中天科技", "中天科技", "澳門航空", "澳航", "澳航"]
    # Latin initials count, but not inside a longer Latin word; a bracketed place is no short form
    assert orgs("思科（CISCO）表示，旧金山（SANFRANCISCO）的CISCO总部") == ["思科", "CISCO", "CISCO"]
    assert orgs("招商银行（深圳）表示") == ["招商银行"]


def test_short_form_of_a_body_with_a_department(orgs) -> None:
    # the full name is the government + its bureau (found after the bracket rule's inputs)
    found = orgs("據澳門特別行政區政府旅遊局（旅遊局）資料。旅遊局局長表示")
    assert found == ["澳門特別行政區政府旅遊局", "旅遊局", "旅遊局"]


def test_common_noun_is_no_trade_name(orgs) -> None:
    # 轻轨 (light rail) is a dictionary noun: the company's name does not make every 轻轨 an ORG
    assert orgs("澳門輕軌股份有限公司表示，假期內輕軌系統載客量增加") == ["澳門輕軌股份有限公司"]


def test_role_of_a_company_stays_outside(orgs) -> None:
    assert orgs("珠宝零售商御峰珠宝集团控股有限公司公布业绩") == ["御峰珠宝集团控股有限公司"]


def test_customs_border_posts_and_bureaus_under_a_body(orgs) -> None:
    found = orgs("南通海关、珠海边检总站和国家统计局上海调查队发布数据，新北市政府地政局、内政部地政司也表示")
    assert found == ["南通海关", "珠海边检总站", "国家统计局上海调查队", "新北市政府地政局", "内政部地政司"]
    assert orgs("秦皇岛市山海关旅游区") == []  # a place that ends like 海关


def test_bureau_full_name_of_several_fields(orgs) -> None:
    assert orgs("博彩监察协调局公布9月收入") == ["博彩监察协调局"]
    assert orgs("建设高性能政府信息网络") == []  # verbs: no name


def test_business_line_after_a_listed_company(orgs) -> None:
    assert orgs("东航物流开通新航线，用户可用支付宝支付") == ["东航物流", "支付宝"]


def test_legal_names_with_group_holding_and_common_trade_names(orgs) -> None:
    found = orgs("据御峰珠宝集团控股有限公司公布，御峰珠宝营收增长")
    assert found == ["御峰珠宝集团控股有限公司", "御峰珠宝"]
    assert orgs("商场营运商嘉泓地产控股有限公司表示") == ["嘉泓地产控股有限公司"]
    assert orgs("许昌市公共交通有限责任公司开通新线") == ["许昌市公共交通有限责任公司"]
    # a trade name that is a common word keeps its place as the short name
    assert orgs("山东高速集团有限公司加快建设，山东高速表示") == ["山东高速集团有限公司", "山东高速"]


def test_bureau_of_three_fields_and_units_after_a_body(orgs) -> None:
    assert orgs("峨眉山市文化广播电视和旅游局数据显示") == ["峨眉山市文化广播电视和旅游局"]
    assert orgs("中国欧盟商会上海分会的调查显示") == ["中国欧盟商会上海分会"]
    assert orgs("标普全球评级表示") == ["标普全球评级"]  # a listed company's business line
    assert orgs("并会同四川省发展和改革委员会") == ["四川省发展和改革委员会"]


def test_roles_and_conjunctions_before_a_registered_name(orgs) -> None:
    assert orgs("暨封测厂晶耀科技股份有限公司今日公布") == ["晶耀科技股份有限公司"]
    assert orgs("上市柜公司营收") == []  # listed companies: a kind


def test_short_form_given_by_the_article_beats_the_trade_name(orgs) -> None:
    text = "东莞市华鼎智能装备有限公司（以下简称“华鼎智能”）表示，华鼎智能订单增长"
    assert orgs(text) == ["东莞市华鼎智能装备有限公司", "华鼎智能", "华鼎智能"]


def test_branches_and_arms_of_listed_bodies(orgs) -> None:
    assert orgs("海关总署广东分署数据显示") == ["海关总署广东分署"]
    assert orgs("毕马威中国表示") == ["毕马威中国"]
    assert orgs("陕西省供销合作社联合社（省供销社）") == ["陕西省供销合作社联合社", "省供销社"]
    assert orgs("县级电商公共服务中心") == []  # 县级: a level of a kind of body


def test_district_or_country_name_before_a_head(orgs) -> None:
    # a place jieba knows (ns) that is no city names the body: a district's customs, a government
    assert orgs("据黄埔海关统计") == ["黄埔海关"]


def test_municipal_hospitals_and_social_security_bureaus(orgs) -> None:
    assert orgs("温州市中医院和杭州市人力资源和社会保障局") == ["温州市中医院", "杭州市人力资源和社会保障局"]
    assert orgs("市行政中心") == []  # a building


def test_ambiguous_name_confirmed_by_its_fuller_name(orgs) -> None:
    assert orgs("菜鸟集团加快建设，菜鸟在全球运营海外仓") == ["菜鸟集团", "菜鸟"]
    assert orgs("商家可运用口碑“码上一条龙”产品，口碑很好。") == ["口碑"]  # the name alone: no
    # a name of three characters or more that acts as a company counts everywhere in the text
    found = orgs("全联旗下全支付9月代收付金额居冠；使用者方面，全支付约718万人")
    assert found == ["全联", "全支付", "全支付"]


def test_article_short_form_beats_a_piece_inside_it(orgs) -> None:
    text = "鄂州花湖国际机场（以下简称“花湖机场”）货量增长，花湖机场表示"
    assert orgs(text) == ["鄂州花湖国际机场", "花湖机场", "花湖机场"]


def test_councils_and_departments_of_two_fields(orgs) -> None:
    assert orgs("台北市议会、桃园市议会审议预算") == ["台北市议会", "桃园市议会"]
    assert orgs("福州大学经济与管理学院教授") == ["福州大学经济与管理学院"]
    assert orgs("中国人民银行和财政部") == ["中国人民银行", "财政部"]  # 和 first: two bodies
    assert orgs("莆田市公立医院") == []  # public hospitals: a kind


def test_short_form_after_a_pos_name_and_school_owners(orgs) -> None:
    # the full name found as a jieba nt word (pos), the short form in brackets after it
    assert orgs("澳门中华总商会（中总）表示，中总将") == ["澳门中华总商会", "中总", "中总"]
    assert orgs("国立清华大学、国立成功大学") == ["国立清华大学", "国立成功大学"]  # Taiwan's official names


def test_platform_business_lines_and_operating_entities(orgs) -> None:
    assert orgs("京东外卖、淘宝闪购加入竞争") == ["京东外卖", "淘宝闪购"]
    assert orgs("饿了么运营主体上海拉扎斯信息科技有限公司") == ["饿了么", "上海拉扎斯信息科技有限公司"]


def test_one_character_adverbs_end_a_name(orgs) -> None:
    assert orgs("其中，仅南岗区社区服务中心提供的服务") == ["南岗区社区服务中心"]


def test_place_or_level_before_a_listed_agency_belongs_to_it(orgs) -> None:
    # 发改委 is a listed short name (rules/orgs.csv): the place or level in front is its own
    assert orgs("成都市发改委相关负责人表示，市发改委将牵头推进。") == ["成都市发改委", "市发改委"]
    # ... but a city before a company stays outside, and so does the place a body is stationed in
    assert orgs("武汉支付宝用户") == ["支付宝"]
    assert orgs("驻承德解放军和武警官兵") == ["解放军"]


def test_province_department(orgs) -> None:
    assert orgs("近日，福建省商务厅召开专题会议。") == ["福建省商务厅"]


def test_party_committees_from_titles(orgs) -> None:
    assert orgs("县委书记王某和区委常委李某到场。") == ["县委", "区委"]
    assert orgs("宁海县委书记王某表示") == ["宁海县委"]


def test_city_committee_and_government_are_two(orgs) -> None:
    assert orgs("杭州市委市政府高度重视此事。") == ["杭州市委", "市政府"]


def test_descriptor_in_front_outside(orgs) -> None:
    assert orgs("美国咨询公司麦肯锡发布报告。") == ["麦肯锡"]
    assert orgs("科技巨头华为公司发布新机。") == ["华为公司"]


def test_quotes_around_whole_name_outside(orgs) -> None:
    assert orgs("多家企业加入“绿色出行联盟”，共同倡议。") == ["绿色出行联盟"]


def test_quotes_inside_name_kept(orgs) -> None:
    assert orgs("成员包括“智慧泉州”建设领导小组办公室。") == ["“智慧泉州”建设领导小组办公室"]


def test_org_inside_product_counts(orgs) -> None:
    assert orgs("用户可用京东白条和百度地图。") == ["京东", "百度"]


def test_products_are_not_orgs(orgs) -> None:
    assert orgs("花呗、芝麻信用和电子社保卡都不是机构，微信也不是。") == []


def test_generic_references_rejected(orgs) -> None:
    assert orgs("该公司表示，政府相关部门和保险公司将介入。") == []
    assert orgs("希望政府支持中小微企业，各地银行机构积极响应。") == []
    assert orgs("这家银行正在构建服务型政府平台。") == []


def test_determiner_makes_generic(orgs) -> None:
    assert orgs("各地网信办加强监管。") == []


def test_levels_alone_are_not_orgs(orgs) -> None:
    assert orgs("中央和地方共同出资，中央政府表示支持。") == ["中央政府"]


def test_events_rejected(orgs) -> None:
    assert orgs("贵阳数博会开幕，无现金生活周同时启动。") == []


def test_false_word_from_segmentation(orgs) -> None:
    assert orgs("2016年中国移动支付业务增长迅速。") == []
    assert orgs("中国移动宣布推出新套餐。") == ["中国移动"]


def test_country_in_front_inside_city_outside(orgs) -> None:
    assert orgs("中国蚂蚁金服和印度伙伴合作。") == ["中国蚂蚁金服"]
    assert orgs("成都支付宝用户已超过百万。") == ["支付宝"]


def test_transit_operators_and_airports(orgs) -> None:
    assert orgs("乘客可乘坐广州地铁前往首都机场，昆明捷运也已开通。") == ["广州地铁", "首都机场", "昆明捷运"]


def test_news_agency_in_byline(orgs) -> None:
    assert orgs("新华社北京3月5日电 记者从国家统计局获悉") == ["新华社", "国家统计局"]


def test_enumeration_with_inclusive_head(orgs) -> None:
    assert orgs("包括云岭电力、青禾科技在内的多家企业加入联盟。") == ["云岭电力", "青禾科技"]


def test_enumeration_closed_by_deng(orgs) -> None:
    assert orgs("星河超市、沃尔玛等企业成为首批成员。") == ["星河超市", "沃尔玛"]
    assert orgs("交通、医疗、教育等领域实现无现金化。") == []


def test_ambiguous_name_needs_org_context(orgs) -> None:
    assert orgs("商家可运用口碑“码上一条龙”产品，口碑很好。") == ["口碑"]
    assert orgs("小米粥很好喝。") == []


def test_transliterated_person_name_is_not_org(orgs) -> None:
    assert orgs("球队在阿里·萨米扬球场比赛。") == []


def test_mayor_title_leaves_no_org(orgs) -> None:
    assert orgs("深圳市长表示，将推进改革。") == []


def test_traditional_input(orgs) -> None:
    text = "泉州農村商業銀行與螞蟻金服正式簽約，香港金管局與台北捷運公司出席。"
    assert orgs(text) == ["泉州農村商業銀行", "螞蟻金服", "香港金管局", "台北捷運公司"]


def test_traditional_university_department(orgs) -> None:
    assert orgs("東海師範大學社會學系教授指出") == ["東海師範大學社會學系"]


def test_place_words_callable(orgs) -> None:
    places = {"泉州", "泉州市", "福建", "福建省"}
    assert orgs("泉州市商务局发文。", places.__contains__) == ["泉州市商务局"]
    assert orgs("泉州商务发展很快。", places.__contains__) == []


def test_jieba_words_for_the_segmenter(gazetteer: OrgGazetteer) -> None:
    words = dict(gazetteer.words())
    assert words["蚂蚁金服"] == "nt"
    assert "市委" not in words and "市政府" not in words  # would split 武汉市/政府
    assert "口碑" not in words  # also a common word


def test_gazetteer_data_is_simplified_and_kinds_known(gazetteer: OrgGazetteer) -> None:
    for name, kind in gazetteer.names.items():
        assert kind in KINDS
        assert _T2S.convert(name) == name, name
    assert gazetteer.canonical["蚂蚁集团"] == "蚂蚁金服"
    for suffix in gazetteer.suffixes.values():
        assert suffix.kind in KINDS and suffix.min_prefix >= 0


def test_rules_files_name_their_source() -> None:
    for name in ("orgs.csv", "org_suffixes.csv", "org_generic.txt"):
        head = (Path(RULES_DIR) / name).read_text(encoding="utf-8").splitlines()[:4]
        assert any("Source" in line for line in head), name


def test_suffix_word_used_as_verb(orgs) -> None:
    assert orgs("弗格森学会了从联赛初就抓紧。") == []


def test_ascii_quotes_around_name(orgs) -> None:
    assert orgs('首个"智慧出行联盟"在南宁成立。') == ["智慧出行联盟"]


def test_roles_are_not_bodies(orgs) -> None:
    assert orgs("广大党员干部和村干部积极参与，一所师范大学也加入。") == []


# ---- unseen names in news: the pipeline's own place lookup and segmenter ------------------------


@pytest.fixture(scope="module")
def news_orgs():
    """ORG texts with the pipeline's resources (city words in the segmenter, city/province lookup)."""
    from pipeline.resources import load_resources

    res = load_resources(None)

    def run(text: str, taiwan: bool = False) -> list[str]:
        simplified = _T2S.convert(text)
        words = res.segmenter.segment(simplified)
        found = find_orgs(simplified, words, res.orgs, place_words=res.cities.is_place, taiwan=taiwan)
        return [text[m.start:m.end] for m in found]

    return run


def test_company_stem_of_ordinary_words_before_legal_suffix(news_orgs) -> None:
    assert news_orgs("杭州云帆支付科技有限公司今天宣布完成新一轮融资。") == ["杭州云帆支付科技有限公司"]
    found = news_orgs("苏州德瑞精密科技股份有限公司发布公告，宁波海纳智能装备有限公司随后跟进。")
    assert found == ["苏州德瑞精密科技股份有限公司", "宁波海纳智能装备有限公司"]


def test_place_and_time_word_stem_before_legal_suffix(news_orgs) -> None:
    assert news_orgs("北京青年科技有限公司成立。") == ["北京青年科技有限公司"]
    assert news_orgs("今天杭州云帆支付科技有限公司开业。") == ["杭州云帆支付科技有限公司"]


def test_legal_suffix_and_industry_word_alone_are_no_name(news_orgs) -> None:
    assert news_orgs("有限责任公司和股份有限公司是两种企业形式，当地新增3家科技有限公司。") == []


def test_company_name_stops_at_verbs_and_descriptors(news_orgs) -> None:
    found = news_orgs("阿里巴巴收购杭州云帆支付科技有限公司，合作伙伴云帆星辰科技有限公司表示欢迎。")
    assert found == ["阿里巴巴", "杭州云帆支付科技有限公司", "云帆星辰科技有限公司"]
    assert news_orgs("比赛得到云帆星辰科技有限公司的大力支持。") == ["云帆星辰科技有限公司"]
    assert news_orgs("本次活动由中美合资苏州立达制药有限公司承办。") == ["苏州立达制药有限公司"]


def test_bracketed_place_inside_company_name(news_orgs) -> None:
    assert news_orgs("安踏（福建）鞋业有限公司总经理出席。") == ["安踏（福建）鞋业有限公司"]


def test_branded_stem_before_legal_suffix(news_orgs) -> None:
    assert news_orgs("悠遊卡股份有限公司表示，將擴大使用範圍。") == ["悠遊卡股份有限公司"]


def test_transliterated_research_centre(news_orgs) -> None:
    found = news_orgs("据克而瑞研究中心统计，该研究中心的数据与中指研究院一致。")
    assert found == ["克而瑞研究中心", "中指研究院"]


def test_short_name_recurs_in_the_document(news_orgs) -> None:
    text = ("苏州德瑞精密科技股份有限公司发布公告称，德瑞精密将在越南设厂。德瑞精密（越南）有限公司和"
            "德瑞精密墨西哥有限公司已完成注册，德瑞精密欧洲研发中心也在筹建。")
    assert news_orgs(text) == ["苏州德瑞精密科技股份有限公司", "德瑞精密", "德瑞精密（越南）有限公司",
                               "德瑞精密墨西哥有限公司", "德瑞精密欧洲研发中心"]


def test_short_name_with_and_without_industry_word(news_orgs) -> None:
    text = "杭州云帆支付科技有限公司今天宣布融资。云帆支付表示，资金将用于研发。云帆支付科技此前已获牌照。"
    assert news_orgs(text) == ["杭州云帆支付科技有限公司", "云帆支付", "云帆支付科技"]


def test_common_word_stem_is_not_a_short_name(news_orgs) -> None:
    assert news_orgs("北京青年科技有限公司成立。青年是国家的未来。") == ["北京青年科技有限公司"]
    assert news_orgs("云帆支付的用户很多。") == []  # no full name in this document


def test_government_bodies_joining_two_fields(news_orgs) -> None:
    text = "上海市文化和旅游局与黑龙江省文化和旅游厅签约，杭州市住房保障和房产管理局出席。"
    assert news_orgs(text) == ["上海市文化和旅游局", "黑龙江省文化和旅游厅", "杭州市住房保障和房产管理局"]
    found = news_orgs("运输及物流局发布数据，商务和经济发展局局长表示欢迎。")
    assert found == ["运输及物流局", "商务和经济发展局"]
    assert news_orgs("区住房和城乡建设局发布通知。") == ["区住房和城乡建设局"]


def test_coordinations_that_are_no_body(news_orgs) -> None:
    assert news_orgs("会议对明年工作进行了研究和部署，东部地区和中西部地区加强合作。") == []
    assert news_orgs("美国海军和国防部联合测试。") == ["国防部"]


def test_departments_after_a_known_body(news_orgs) -> None:
    text = "中国人民银行支付结算司司长表示，国家统计局城市司同日发布报告。"
    assert news_orgs(text) == ["中国人民银行支付结算司", "国家统计局城市司"]
    text = "国家统计局数据显示，招商银行零售业务部和复旦大学经济学院联合调研。"
    assert news_orgs(text) == ["国家统计局", "招商银行零售业务部", "复旦大学经济学院"]


def test_body_after_a_verb_is_its_own(news_orgs) -> None:
    assert news_orgs("国务院办公厅转发财政部文件。") == ["国务院办公厅", "财政部"]


def test_associations_with_a_place(news_orgs) -> None:
    text = "香港银行公会、台北市电脑商业同业公会和中国银行业协会出席。"
    assert news_orgs(text) == ["香港银行公会", "台北市电脑商业同业公会", "中国银行业协会"]


def test_transit_operators_but_not_networks(news_orgs) -> None:
    text = "乘客可乘坐广州地铁和京港地铁，粤港澳大湾区城市轨道交通和深圳城市轨道交通发展迅速，大巴士也很多。"
    assert news_orgs(text) == ["广州地铁", "京港地铁"]


def test_consultancy_with_proper_stem_only(news_orgs) -> None:
    assert news_orgs("赛迪顾问认为，专业顾问和法律顾问的意见不同。") == ["赛迪顾问"]
    assert news_orgs("他担任党中央顾问多年。") == ["党中央"]  # an adviser of a body is a title


def test_rule_lists_name_their_source() -> None:
    head = (Path(RULES_DIR) / "org_name_parts.txt").read_text(encoding="utf-8").splitlines()[:4]
    assert any("Source" in line for line in head)


def test_one_character_gazetteer_name() -> None:
    """A one-character name in orgs.csv is looked up too (names are found by how they start)."""
    gazetteer = OrgGazetteer.load(RULES_DIR)
    gazetteer.names["鑫"] = "company"
    gazetteer.canonical["鑫"] = "鑫"
    text = "本次由鑫与腾讯合作完成。"
    found = find_orgs(text, Segmenter().segment(text), gazetteer)
    assert [(m.text, m.source) for m in found] == [("鑫", "gazetteer"), ("腾讯", "gazetteer")]


# ---- the token rules run on the clauses that can hold a name: the same names as on all words -----

def _clauses() -> list[str]:
    import re

    from pipeline.convert import to_simplified
    from pipeline.ingest import read_corpus

    root = Path(__file__).resolve().parent.parent
    texts = [to_simplified(a.text).simplified
             for folder in ("corpus", "dev/corpus") for a in read_corpus(root / folder).articles]
    return [p for t in texts for p in re.split(r"(?<=[，。；！？\n])", t) if p]


_CLAUSES = _clauses()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(_CLAUSES) - 1), min_size=1, max_size=20))
def test_clause_windows_find_what_all_words_find(picks: list[int]) -> None:
    """Clauses of the corpus in random order: `find_orgs` with the token rules on the clauses
    that can hold a suffix or listed name equals `find_orgs` with them on every word."""
    from pipeline.finders import orgs as finder
    from pipeline.resources import load_resources

    res = load_resources(None)
    text = "".join(_CLAUSES[k] for k in picks)
    words = res.segmenter.segment(text)
    windowed = find_orgs(text, words, res.orgs, res.cities.is_place)
    every_word = finder._Finder.active_words
    try:
        finder._Finder.active_words = lambda self: list(self.words)  # type: ignore[method-assign]
        assert find_orgs(text, words, res.orgs, res.cities.is_place) == windowed
    finally:
        finder._Finder.active_words = every_word  # type: ignore[method-assign]


@given(st.text(alphabet="云帆支付a", max_size=40), st.text(alphabet="云帆支付a", min_size=1, max_size=4))
def test_occurrences_are_what_a_literal_regex_finds(text: str, word: str) -> None:
    """A trade name is searched for as a literal: the same spans as re.finditer, no regex built."""
    import re

    from pipeline.finders.orgs import _occurrences

    assert list(_occurrences(text, word)) == [m.span() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("中山拍卖行的负责人告诉记者", ["中山拍卖行"]),  # a place alone names an auction house
    ("潇湘银行组建生变，长沙商行独行", ["潇湘银行", "长沙商行"]),  # a city's commercial bank
    ("杭州建委官员表示", ["杭州建委"]),
    ("活动由北京市住建委、北京市国土资源局指导", ["北京市住建委", "北京市国土资源局"]),
    ("当事人已向灵山沙坪派出所报案", ["灵山沙坪派出所"]),
    ("日兴证券认为，日元仍将走强。", ["日兴证券"]),
    ("中信证券研究部认为", ["中信证券研究部"]),
    ("自2008年10月，市教委下发通知", ["市教委"]),
    ("上海市科委主任表示", ["上海市科委"]),
    ("中国驻美国大使馆发言人表示", ["中国驻美国大使馆"]),
    ("新北市政府經濟發展局表示", ["新北市政府經濟發展局"]),
    ("日本驻厦门领事馆开馆", ["日本驻厦门领事馆"]),
])
def test_suffixes_of_firms_bureaus_and_stations(news_orgs, text: str, expected: list[str]) -> None:
    """Auction houses, brokerages, city commercial banks, commissions (建委, 教委, 科委...),
    police stations, embassies and consulates are named by their suffix (rules/org_suffixes.csv)."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("surface", "variants"), [
    ("Visa", ["Visa", "visa", "VISA"]),
    ("AWS", ["AWS", "aws"]),
    ("Meta Platforms", ["Meta Platforms", "meta platforms", "META PLATFORMS"]),
    ("支付宝", ["支付宝"]),
    ("ofo小黄车", ["ofo小黄车"]),
    ("3M", ["3M", "3m"]),
    ("lululemon", ["lululemon", "LULULEMON", "Lululemon"]),
    ("under armour", ["under armour", "UNDER ARMOUR", "Under Armour"]),
    ("iPhone", ["iPhone", "iphone", "IPHONE"]),
])
def test_case_variants_of_latin_names(surface: str, variants: list[str]) -> None:
    from pipeline.rulefiles import case_variants

    assert case_variants(surface) == variants


def test_a_latin_brand_in_any_case(news_orgs) -> None:
    """visa, VISA: news writes a brand in any case; a longer Latin word holding it is no name."""
    assert news_orgs("visa和银联都主营银行卡跨行转接业务") == ["visa", "银联"]
    assert news_orgs("VISA与商户谈判时") == ["VISA"]
    assert news_orgs("这些visas都已过期") == []


def test_transit_operator_glued_to_its_line_or_station(news_orgs) -> None:
    """广州|地铁线|网, 上海|地铁站: the operator's name ends at its suffix (network_tails); a name
    that runs into a common word is still no name (中国移动|支付)."""
    assert news_orgs("1月至6月，广州地铁线网日均客流达到887.6万人次") == ["广州地铁"]
    assert news_orgs("上海地铁站内禁止饮食") == ["上海地铁"]
    assert news_orgs("2016年中国移动支付业务快速增长") == []


def test_a_name_inside_a_card_product(news_orgs) -> None:
    """银联卡, 八达通卡: jieba writes the card as one word; the organization named in it counts."""
    assert news_orgs("境外发行的银联卡已有近9000万张") == ["银联"]
    assert news_orgs("中国银行卡市场规模扩大") == []


def test_macao_statistics_service_is_not_cut_at_its_conjunction(news_orgs) -> None:
    """统计暨普查局 (Macao's statistics service, rules/orgs.csv): 暨 joins its name; the finder
    made 暨普查局 of it."""
    assert news_orgs("澳門統計暨普查局公布，10月入境旅客約300萬人次") == ["澳門統計暨普查局"]


def test_listed_companies_as_a_kind_end_no_name(news_orgs) -> None:
    """上市公司 is a kind of company: the exchange before it is the name (SPEC: 科创板 outside)."""
    assert news_orgs("上海证券交易所科创板上市公司达到573家") == ["上海证券交易所"]
    assert news_orgs("中国人寿保险公司发布公告") == ["中国人寿保险公司"]


def test_short_names_of_banks_and_associations(news_orgs) -> None:
    assert news_orgs("广发行人士称，该行加强了融资。") == ["广发行"]
    assert news_orgs("北京根据中房协的要求来做评价") == ["中房协"]


@pytest.mark.parametrize(("text", "expected"), [
    ("中国自行车协会会长表示", ["中国自行车协会"]),
    ("宿迁市纪委书记到会讲话", ["宿迁市纪委"]),
    ("泰国国家银行行长说", ["泰国国家银行"]),
    ("灵山沙坪派出所所长介绍", ["灵山沙坪派出所"]),
])
def test_a_body_glued_to_its_title_by_segmentation(news_orgs, text: str, expected: list[str]) -> None:
    """jieba writes a suffix and the title after it as one word (协会会长, 纪委书记, 银行行长):
    the body still ends at its suffix, and the title stays outside (SPEC: 县委书记 -> 县委)."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "外国证券市场表现平稳", "外资银行纷纷进入", "境外银行的分支机构", "国外公司在华投资", "外国政府的代表",
    "投资者购买证券时", "有价证券的发行",
])
def test_foreign_as_a_kind_and_securities_as_a_noun_are_not_orgs(news_orgs, text: str) -> None:
    """外国银行, 外资银行: a kind of body (rules/org_generic.txt, determiners), not a name; 证券
    after a verb or a describing word is the noun."""
    assert news_orgs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("來來超市、新苗超市等連鎖超市表示", ["來來超市", "新苗超市"]),
    ("公牛集团、月立电器、卓力电器等企业在此集聚", ["公牛集团", "月立电器", "卓力电器"]),
    ("小熊电器、德尔玛等小家电企业加快布局", ["小熊电器", "德尔玛"]),
    ("杭州市市场监管局已约谈喜茶、奈雪的茶、茶百道等12个品牌",
     ["杭州市市场监管局", "喜茶", "奈雪的茶", "茶百道"]),
    ("最近对省社科院等单位进行检查", ["省社科院"]),
])
def test_list_items_named_by_their_own_suffix(news_orgs, text: str, expected: list[str]) -> None:
    """A list closed by an organization noun (等企业, 等连锁超市, with an industry in front): an item
    ending at its own company suffix shows the list names organizations, a trade name jieba knows
    only as single characters stays whole (月|立|电器), and a listed name ends its item (约谈|喜茶)."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "钢铁、化工等传统企业", "各地银行、保险公司等金融机构", "吴英恺等人组织的调查", "日用品有假烟假酒假电器",
    "中国家用电器业发展的模式", "家用电器和厨房电器的销量",
])
def test_industries_and_goods_in_lists_are_not_orgs(news_orgs, text: str) -> None:
    assert news_orgs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("不過，澳門酒店及飲食業商會指出", ["澳門酒店及飲食業商會"]),
    ("澳門中小型企業聯合商會上月以問卷訪問了會員", ["澳門中小型企業聯合商會"]),
    ("橫琴粵澳深度合作區執行委員會數據顯示", ["橫琴粵澳深度合作區執行委員會"]),
    ("主办方中国对外贸易中心数据显示", ["中国对外贸易中心"]),
    ("普拉蒂尼将出任国际足联执行委员会主席", ["国际足联执行委员会"]),
])
def test_associations_and_committees_jieba_cut_at_a_verb(news_orgs, text: str, expected: list[str]) -> None:
    """联合商会, 执行委员会 are heads (rules/jieba/tag_fixes.txt); an association's two trades
    joined by 及 after a place are one name (not 企业和行业协会, with no place)."""
    assert news_orgs(text) == expected
    assert news_orgs("企业和行业协会共同发起") == []


def test_a_unit_after_a_bracketed_short_form(news_orgs) -> None:
    """机电商会 is the short form the article gave in brackets; 家电分会 is its unit."""
    text = "中国机电产品进出口商会（机电商会）预计出口增长。机电商会家电分会负责人表示"
    assert news_orgs(text) == ["中国机电产品进出口商会", "机电商会", "机电商会家电分会"]


@pytest.mark.parametrize(("text", "expected"), [
    ("欧米茄总裁在会上说", ["欧米茄"]),
    ("大众收购劳斯莱斯的前提下", ["劳斯莱斯"]),
    ("零跑10月交付7万辆，极氪紧随其后", ["零跑", "极氪"]),
    ("蜜雪冰城、古茗和茶百道的门店", ["蜜雪冰城", "古茗", "茶百道"]),
])
def test_brands_named_alone(news_orgs, text: str, expected: list[str]) -> None:
    """Well-known brands and companies that news names by brand alone (rules/orgs.csv, sector lists)."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "部长助理金立群在大会上发言",  # 金立 (a phone maker) inside a person's name
    "双方均以星小目开局",  # 以星 (a shipping line) in a game of go
    "上梁不正下梁歪，中梁不正倒下来",
    "这是一个理想的结果",  # 理想 (a carmaker) as the common word
])
def test_brands_that_are_also_words_or_names_need_an_org_context(news_orgs, text: str) -> None:
    assert news_orgs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("個人護理連鎖店屈臣氏及萬寧亦表示", ["屈臣氏", "萬寧"]),  # a company beside it; 亦 before 表示
    ("始祖鸟、萨洛蒙母公司亚玛芬体育", ["始祖鸟", "萨洛蒙", "亚玛芬体育"]),  # 母公司: a role
    ("澳門街坊會聯合總會亦指出", ["澳門街坊會聯合總會"]),
])
def test_ambiguous_brands_beside_companies_and_federations(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "企业会联合商会开展活动",  # 会 is "will": no place names an association
    "前三季度广东家用电器出口增长",  # a province before a kind of goods
])
def test_no_org_from_a_verb_or_goods(news_orgs, text: str) -> None:
    assert news_orgs(text) == []


def test_a_person_beside_a_body_is_no_brand(news_orgs) -> None:
    """科蒂 (a cosmetics maker) is Flavio Cotti here: beside 联合国, not beside a company."""
    assert "科蒂" not in news_orgs("瑞士联邦主席科蒂和联合国副秘书长")


@pytest.mark.parametrize(("text", "expected"), [
    ("其中问界品牌交付4.86万辆，问界M8和问界M9合计占比超过六成", ["问界", "问界", "问界"]),
    ("其中蔚来品牌交付1.86万辆，乐道交付1.52万辆", ["蔚来", "乐道"]),
    ("理想表示，纯电车型的交付节奏仍未达到理想状态", ["理想"]),
    ("中国汽车动力电池产业创新联盟此前公布", ["中国汽车动力电池产业创新联盟"]),
])
def test_brands_in_their_own_context(news_orgs, text: str, expected: list[str]) -> None:
    """A brand that is also a word counts before 品牌, 交付, 表示 or one of its models (问界M8); the
    common word does not (理想状态)."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", [
    "各地文旅部门也交出了亮眼的成绩单",  # 文旅部|门: the department, not the ministry
    "引导儿童做有理想、有道德、有文化的人",  # 有道 (a brand) inside 道德 is no neighbour
])
def test_a_listed_name_glued_into_a_word_is_not_a_name(news_orgs, text: str) -> None:
    assert news_orgs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("徐州市第一人民医院、北京市第四中学已开通", ["徐州市第一人民医院", "北京市第四中学"]),
    ("经济部商业发展署统计，超商业绩成长", ["经济部商业发展署"]),
    ("京东零售收入增长，百度智能云收入增长", ["京东零售", "百度智能云"]),
    ("快手11月19日公布，三季度营收372.5亿元", ["快手"]),
    ("阿里国际数字商业集团收入增长20%，菜鸟收入则同比下降4%", ["阿里国际数字商业集团", "菜鸟"]),
])
def test_ordinal_bodies_business_lines_and_brand_reports(news_orgs, text: str, expected: list[str]) -> None:
    """An ordinal between a place and a body is its number (not a rank: 美国第三大银行); 零售 and
    智能云 after a platform name its unit; a date between a brand and its verb, or its revenue
    after it, is an organization context."""
    assert news_orgs(text) == expected


@pytest.mark.parametrize("text", ["美国第五大银行诞生", "Temu在美国市场的关税成本"])
def test_ranks_and_markets_are_not_orgs(news_orgs, text: str) -> None:
    assert [o for o in news_orgs(text) if o != "Temu"] == []


def test_an_affiliated_hospital_is_a_unit_of_its_university(news_orgs) -> None:
    """附属 opens a unit written after its body (rules/org_name_parts.txt [unit_leads])."""
    assert news_orgs("温州医科大学附属第一医院已开通") == ["温州医科大学附属第一医院"]


@pytest.mark.parametrize(("text", "expected"), [
    ("将指导中国银行浙江省分行、浙商银行等机构扩大服务", ["中国银行浙江省分行", "浙商银行"]),
    ("阿里巴巴国际站、元大投顾和凯基投顾表示", ["阿里巴巴国际站", "元大投顾", "凯基投顾"]),
    ("浙江省贸促会数据显示", ["浙江省贸促会"]),  # a province's chapter of a national body
    ("据舟山海关统计，佛山海关和中山海关数据显示", ["舟山海关", "佛山海关", "中山海关"]),
    ("其中简阳受天府国际机场带动", ["天府国际机场"]),  # 受 is "by"
    ("和碩營收1,103.5億元，受惠蘋果新機組裝旺季", ["和碩", "蘋果"]),
])
def test_chapters_business_lines_customs_and_brands(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("今年以来，五常市引进顺丰、京东物流、中通等快递企业", ["顺丰", "京东物流", "中通"]),  # a verb between
    ("Uber Eats與foodpanda兩大平台，統一超和摩斯漢堡", ["Uber Eats", "foodpanda", "統一超", "摩斯漢堡"]),
    ("Wind数据显示，华能、广东电网", ["Wind", "华能", "广东电网"]),
])
def test_lists_of_brands_after_a_verb_and_latin_names(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


def test_collective_words_after_places_make_no_name(news_orgs) -> None:
    assert news_orgs("北京、上海两地城商行的不良率") == []


@pytest.mark.parametrize(("text", "expected"), [
    # bracketed Latin initials show that the words before 公司 are a name, however common
    ("合資的日本先進半導體製造公司（JASM）位於熊本", ["日本先進半導體製造公司", "JASM"]),
    ("高级微设备公司（AMD）和国民半导体公司（NSI）等芯片制造商",
     ["高级微设备公司", "AMD", "国民半导体公司", "NSI"]),
    ("機場管理局（機管局）表示", ["機場管理局", "機管局"]),  # a short form confirms a common stem
    ("经贸管理学院（图片）", []),  # a caption is no short form
    ("该公司（ABC）表示", []),
])
def test_a_short_form_in_brackets_confirms_a_common_name(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("台灣連鎖暨加盟協會指出", ["台灣連鎖暨加盟協會"]),  # two trades joined by 暨 after a place
    ("美国药品研究和制造商协会的一位负责人说", ["美国药品研究和制造商协会"]),
    ("參展。工研院產科國際所預估", ["工研院產科國際所"]),  # an institute after an academy
    ("中科院物理所研究员表示", ["中科院物理所"]),
    ("腾讯公司所提供的服务", ["腾讯公司"]),  # 所 after a company is no unit
    ("營辦商港珠澳大橋穿梭巴士（香港）有限公司表示", ["港珠澳大橋穿梭巴士（香港）有限公司"]),
    ("兴业消费金融、中银消费金融9月末贷款余额", ["兴业消费金融", "中银消费金融"]),
    ("全国31家持牌消费金融公司累计放贷", []),  # a kind of lender, not a name
    ("中国银行业协会在《2026年中国消费金融公司发展报告》中预计", ["中国银行业协会"]),
    ("建设银行、交通银行手机银行扫码乘车", ["建设银行", "交通银行"]),  # the bank, then its app
])
def test_trades_institutes_lenders_and_apps(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bracketed short form made of the name's own characters: the name read back to a stop
    ("簡樸房的三分之一。香港社區組織協會（社協）本月公布", ["香港社區組織協會", "社協"]),
    ("長者租住單位，市區重建局（市建局）則研究", ["市區重建局", "市建局"]),
    ("當中逾三成從事金融科技。\n科學技術發展基金（科技基金）今年撥款", ["科學技術發展基金", "科技基金"]),
    ("由中国科学技术发展基金会高士其委员会主办", ["中国科学技术发展基金会高士其委员会"]),
    # 全国联合会 after the association makes the federation's name (the short form has 建, not in it)
    ("中華民國不動產開發商業同業公會全國聯合會（建商公會全聯會）則呼籲",
     ["中華民國不動產開發商業同業公會全國聯合會", "建商公會全聯會"]),
    ("中華民國計程車駕駛員職業工會全國聯合會指出，油價上漲", ["中華民國計程車駕駛員職業工會全國聯合會"]),
    # three field words and a one-character head make a ministry's department
    ("国家发展改革委低空经济发展司相关负责人表示", ["国家发展改革委低空经济发展司"]),
])
def test_a_body_named_before_its_own_short_form(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("北京商报讯（记者 范晓宁）国家电影局昨日发布", ["北京商报", "国家电影局"]),  # the dateline 讯
    ("利嘉閣地產及香港置業則指", ["利嘉閣地產", "香港置業"]),  # beside a name found already
    ("宏佳騰、三陽分別掛牌5,610輛", ["宏佳騰", "三陽"]),
    ("市占率6.2%；中華汽車eMOVING掛牌1,960輛", ["中華汽車"]),  # a Latin product line after it
    ("華為數字能源表示", ["華為數字能源"]),  # a business line
    ("前五的院线依次为万达院线、大地院线、中影数字院线", ["万达院线", "大地院线", "中影数字院线"]),
    ("特来电运营公共充电桩约89.6万个。特来电母公司特锐德披露", ["特来电", "特来电", "特锐德"]),
    ("非本地學生增加亦推高大學周邊租金", []),  # 推高 (to push up), no 高大学
    ("三阳开泰", []),
])
def test_datelines_neighbours_product_lines_and_chains(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a federation's long name read back over the body it federates, for its short form
    ("展望後市，中華民國銀行商業同業公會全國聯合會（銀行公會）預估",
     ["中華民國銀行商業同業公會全國聯合會", "銀行公會"]),
    ("循環利率約11.9%；金融聯合徵信中心（聯徵中心）資料顯示", ["金融聯合徵信中心", "聯徵中心"]),
    ("全市入住率为71.2%；海南省旅游和文化广电体育厅此前发布", ["海南省旅游和文化广电体育厅"]),  # three fields
    ("分关区看，上海海关监管出口汽车142.6万辆", ["上海海关"]),
    ("将支持上海、天津、广州等港口城市建设汽车出口集散中心", []),  # port cities are no place in a name
    ("天津港集团表示，今年前10个月天津港汽车滚装吞吐量", ["天津港集团"]),  # the port is a facility
    ("飞猪方面表示，已与华住、锦江等酒店集团合作", ["飞猪", "华住", "锦江"]),  # after a name found already
    ("信報記者 周穎琳", ["信報"]),  # an outlet before its reporter
])
def test_federations_three_fields_customs_ports_and_outlets(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_central_bank_is_taiwans_in_a_taiwan_text(gazetteer, segmenter) -> None:
    """中央银行 alone names Taiwan's central bank in a Taiwan text, not elsewhere, and not as a kind."""
    text = "中央银行9月理监事会维持利率不变，各国中央银行也在观望。"
    words = segmenter.segment(text)
    in_taiwan = [m.text for m in find_orgs(text, words, gazetteer, taiwan=True)]
    elsewhere = [m.text for m in find_orgs(text, words, gazetteer)]
    assert in_taiwan == ["中央银行"]
    assert elsewhere == []


@pytest.mark.parametrize(("text", "expected"), [
    # 专业合作社, the registered form of farmers' cooperatives, read leftwards like a legal name
    ("在龙凤山镇，五常市丰源水稻种植专业合作社理事长王福贵告诉记者", ["五常市丰源水稻种植专业合作社"]),
    ("五常市市场监督管理局会同五常市大米协会开展整治", ["五常市市场监督管理局", "五常市大米协会"]),
    ("【本報訊】香港餐飲聯業協會昨日公布會員調查", ["香港餐飲聯業協會"]),
])
def test_cooperatives_and_trade_associations(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("国家组织药品联合采购办公室（联采办）发布", ["国家组织药品联合采购办公室", "联采办"]),  # verbs inside
    ("上海讯 国家组织药品联合采购办公室（以下简称“联采办”）19日发布",
     ["国家组织药品联合采购办公室", "联采办"]),
    ("国家医保局医药价格和招标采购司有关负责人", ["国家医保局医药价格和招标采购司"]),  # two fields of a 司
    # 附属 after the ordinal; a unit after a body is its own (北京协和医院药剂科 in dev/ gold)
    ("郑州大学第一附属医院药学部", ["郑州大学第一附属医院药学部"]),
    ("高雄市不動產開發商業同業公會理事長", ["高雄市不動產開發商業同業公會"]),
    ("使用澳門通卡等本地儲值卡", ["澳門通"]),  # named inside its card
    # a hotel's name holds no ORG
    ("营业额上升，新濠博亞及美高梅已录得增长，美獅美高梅入住率", ["新濠博亞", "美高梅"]),
    ("从机构看，招银理财以2.68万亿元居首，兴银理财、信银理财位列其后", ["招银理财", "兴银理财", "信银理财"]),
    ("電話：（010）6591 2806", []),  # no name in a phone number
])
def test_procurement_offices_hospitals_and_wealth_managers(news_orgs, text: str, expected: list[str]) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city's gas utility and its railway bureau group
    ("上海燃气表示，成都燃气和重庆燃气均已", ["上海燃气", "成都燃气", "重庆燃气"]),
    ("北京至西安方向夜间高铁86列。成都局集团、西安局集团表示", ["成都局集团", "西安局集团"]),
    ("成交金額約16.5億元。中華民國旅館商業同業公會全國聯合會指出", ["中華民國旅館商業同業公會全國聯合會"]),
    ("聘僱；國立高雄餐旅大學一名教授則表示", ["國立高雄餐旅大學"]),  # who runs the school, inside
    ("地方层面，上海市消费者权益保护委员会（以下简称“上海市消保委”）发布",
     ["上海市消费者权益保护委员会", "上海市消保委"]),  # a short form of six characters
    ("恒生及中銀香港亦已同步調整", ["恒生", "中銀香港"]),  # beside a bank
    ("12月中旬前报广州市人民政府审定", ["广州市人民政府"]),  # a government body starts at its place
    ("香港中小型企業總商會建議政府", ["香港中小型企業總商會"]),
    ("獲國家金融監督管理總局（金融監管總局）批准", ["國家金融監督管理總局", "金融監管總局"]),
])
def test_utilities_railway_groups_and_federations(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("中国平安旗下平安人寿、平安产险、平安养老险和平安健康险",
     ["中国平安", "平安人寿", "平安产险", "平安养老险", "平安健康险"]),
    ("向农户支付赔款约2.4亿元。平安产险宁波分公司表示", ["平安产险宁波分公司"]),  # a branch of the subsidiary
    ("全国共有372家网约车平台公司取得经营许可", []),  # a kind of company
    ("但旅客人均消費仍低於疫情前水平。澳門經濟學會指出", ["澳門經濟學會"]),  # 经济学会, not 经济学|会
])
def test_insurers_subsidiaries_and_societies(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("发放资金约4.7亿元。自如杭州公司相关负责人表示", ["自如杭州公司"]),  # a city branch of a brand
    ("根據各市政府提出的預算", []),  # every city's government
    ("當中逾六成已開通跨境支付功能。支付寶澳門上月公佈", ["支付寶澳門"]),  # the company's Macao arm
    ("三地租金同比下降0.8%。万科泊寓相关负责人称", ["万科泊寓"]),
])
def test_branches_arms_and_determiners(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Macao's and Hong Kong's bodies whose official names carry no place, in a text of their region
    ("財政局資料顯示，澳門首十個月住宅成交按年上升，本澳新盤銷情理想。", ["財政局"]),
    ("香港零售額下跌，統計處數字顯示，本港食肆收益亦回落。", ["統計處"]),
    ("港鐵加價申請須交行政會議審批，香港市民負擔加重，本港交通開支上升。", ["港鐵", "行政會議"]),
    # a longer name that ends with one stays whole (a body, a place or a field before it)
    ("澳門特區政府旅遊局表示，本澳酒店入住率上升，澳門旅客增加。", ["澳門特區政府旅遊局"]),
    ("橫琴粵澳深度合作區經濟發展局表示，澳門及本澳企業受惠。", ["橫琴粵澳深度合作區經濟發展局"]),
    # elsewhere the bare names are generic: a city's bureau read back, or a ministry's department
    ("深圳市财政局表示，财政局将加快拨付资金，各地财政局也在行动。", ["深圳市财政局"]),
    ("經濟部統計處指出，統計處將持續觀察台灣與香港的出口，香港需求放緩。", ["經濟部統計處"]),
])
def test_bare_names_of_hong_kong_and_macao_bodies(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text, taiwan="台灣" in text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taiwan's financial holding companies by their short names, 第一金 only beside other names
    ("公股金控中，第一金、華南金、合庫金前10月EPS分別為1.86元", ["第一金", "華南金", "合庫金"]),
    ("她在比賽中奪得代表團第一金", []),
    ("玉山金、台新新光金分別賺約262億元；永豐金、凱基金則因證券子公司獲利成長", [
        "玉山金", "台新新光金", "永豐金", "凱基金"]),
    # a group's appliance business after its name
    ("海信家电前三季度营业收入约760亿元，京东家电相关负责人介绍", ["海信家电", "京东家电"]),
])
def test_holding_company_short_forms_and_appliance_arms(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("被访人：重庆君融律师事务所律师董浩", ["重庆君融律师事务所"]),  # the lawyer's title stays outside
    ("北京大成律师事务所表示，金杜、君合等律所业务增长", ["北京大成律师事务所", "金杜", "君合"]),
    ("这项研究集大成", []),  # 大成 alone is a word
    ("河北博野县农民程汉坤驾驶收割机", []),  # a short form that is also a given name
])
def test_law_firms(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a byline at the start of a line names its outlet; 本报 (this paper) is none
    ("标题\n中国汽车报记者 周喆 北京报道", ["中国汽车报"]),
    ("标题\n本报记者 王明", []),
    ("立体电视宝问世本报讯一种可以使电视", []),
    # a department after a university, 学系 too; a place inside a school's name (五道口)
    ("淡江大學運輸管理學系教授則建議", ["淡江大學運輸管理學系"]),
    ("清华大学五道口金融学院一位学者认为", ["清华大学五道口金融学院"]),
    # a brand that is also a word, with a period and its business between it and the figure word
    ("統一超商、全家等超商業者也擴大外送服務，全家前3季外送營收年增近3成", ["統一超商", "全家", "全家"]),
    ("全家今年一起去旅游", []),
    ("vivo位居第二；苹果出货1110万台，份额15.5%", ["vivo", "苹果"]),  # a maker's figures
    ("今年苹果销量不错，果农增收", []),
    # the central bank's institute under its short name; a project named after central banks
    ("央行数字货币研究所（以下简称“数研所”）相关负责人表示", ["央行数字货币研究所", "数研所"]),
    ("深圳与香港金融管理局共同推动的“多边央行数字货币桥”", ["香港金融管理局"]),
    # 劳工处 alone is Hong Kong's Labour Department only in a Hong Kong text
    ("新竹市政府勞工處指出，新竹市8月登記求才人數達1萬2,380人", ["新竹市政府勞工處"]),
])
def test_bylines_school_departments_and_brand_periods(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_high_speed_rail_company_is_taiwans_in_a_taiwan_text(news_orgs) -> None:
    text = "高鐵公司預估全年運量可望突破8,300萬人次"
    assert news_orgs(text, taiwan=True) == ["高鐵公司"]
    assert news_orgs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("黑龙江省气象台预计，本周气温偏低；气象台提醒市民", ["黑龙江省气象台"]),  # a place names the observatory
    ("鞏固香港國際金融中心地位，吸引特專科技公司上市", []),  # a city's role; a listing chapter's kind
    ("澳門中小型企業聯合商會會長認為", ["澳門中小型企業聯合商會"]),
    ("美团、哈啰和青桔的配额分别为27.2万辆", ["美团", "哈啰", "青桔"]),  # a brand beside companies
    ("这种青桔味道偏酸", []),
    ("安永預計，明年首季將有逾40家企業在港上市", ["安永"]),  # a firm's forecast
])
def test_observatories_city_roles_chambers_and_forecasts(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a government body the gazetteer names, right after a government, is its department
    ("澳門特區政府經濟財政司表示", ["澳門特區政府經濟財政司"]),
    ("国务院办公厅转发财政部通知", ["国务院办公厅", "财政部"]),  # after a verb: a body of its own
    # facilities and venues are no bodies; a verb inside the run ends it
    ("桃園機場第一航廈北登機廊廳啟用", ["桃園機場"]),
    ("會議在國際會議中心舉行", []),
    ("聯詠科技則預計明年在臺北市新設研發中心", ["聯詠科技"]),
    # a hall (厅) after a government body and a field is its department, not after a hotel
    ("治安警察局出入境管制廳表示，輪候時間縮短", ["治安警察局出入境管制廳"]),
    ("希尔顿酒店宴会厅内举行签约仪式", ["希尔顿酒店"]),
])
def test_government_departments_facilities_and_venues(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name's Latin form of several words in brackets after it is an ORG too
    ("匯立銀行（WeLab Bank）及理慧銀行（livi bank）則分別虧損",
     ["匯立銀行", "WeLab Bank", "理慧銀行", "livi bank"]),
    ("他在会上说（in English please）", []),  # after no name
    # outlets joined by a name dot in a byline
    ("标题\n\n农民日报·中国农网记者 孙宏宇", ["农民日报", "中国农网"]),
])
def test_latin_names_in_brackets_and_joined_outlets(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("大橫琴集團與澳門都市更新股份有限公司合作開發", ["大橫琴集團", "澳門都市更新股份有限公司"]),
    # a data centre is a place, unless it is a body's own unit
    ("乌兰察布数据中心集群已投运，新建项目以智算中心为主", []),
    ("文化和旅游部数据中心监测显示", ["文化和旅游部数据中心"]),
    ("多家澳資銀行收緊審批", []),  # banks by their capital, a kind
    ("盒马、联华华商、物美等商超的生鲜销售额", ["盒马", "联华华商", "物美"]),
    ("这家店物美价廉", []),
    ("苏富比、佳士得秋拍成交额回落，中国嘉德表示", ["苏富比", "佳士得", "中国嘉德"]),  # auction houses
    ("香港置業數據則顯示，10月二手住宅買賣登記上升，本港樓市回暖", ["香港置業"]),
])
def test_legal_names_data_centres_and_chains(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("內政部長表示，明年度租金補貼預算將提高", ["內政部"]),  # 内政部|长: the minister's body
    ("美国财政部长鲁宾和司法部长雷诺在此间举行记者会", ["美国财政部", "司法部"]),
    ("勞工及福利局（勞福局）表示，工聯會則要求加快", ["勞工及福利局", "勞福局", "工聯會"]),
    ("中国演出行业协会数据显示，大麦、纷玩岛等票务平台", ["中国演出行业协会", "大麦", "纷玩岛"]),
    ("今年大麦丰收", []),
    ("嘉德秋拍总成交额高达41.33亿元", ["嘉德"]),  # an auction house's season
    ("國家留學基金委在教育部舉行座談", ["教育部"]),
])
def test_ministers_bodies_hong_kong_bureaux_and_ticketing(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("國科會南部科學園區管理局表示", ["國科會南部科學園區管理局"]),  # a government body's bureau
    ("乌鲁木齐海关所属阿拉山口海关监管班列", ["乌鲁木齐海关", "阿拉山口海关"]),  # 所属: two bodies
    ("新濠博亞娛樂則把重點放在新濠影滙的水上樂園及新濠天地的演藝項目", ["新濠博亞娛樂"]),  # resorts
    ("菜鸟集团的县域共配中心超过1200个", ["菜鸟集团"]),
    ("金管會統計，上市櫃半導體公司前3季合計獲利", ["金管會"]),
    ("快手10月上线“村播计划”", ["快手"]),  # a month between the name and what it did
    ("世界先進新加坡廠則預計2027年量產", ["世界先進"]),  # a brand before its plant in a city
    ("东方甄选、交个朋友等直播机构今年多次走进山区县", ["东方甄选", "交个朋友"]),
])
def test_bureaus_resorts_hubs_and_agencies(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet before its dateline at the start of a line; 本报 (this paper) is none
    ("标题\n\n中国消费者报杭州讯（记者 王明）今年以来", ["中国消费者报"]),
    ("标题\n\n本报杭州讯（记者 王明）今年以来", []),
    # a regional bloc written as the region it covers; its full name, its secretariat and its
    # member states name the bloc
    ("企业加快开拓东盟市场", []),
    ("采购商来自中东和东盟", []),
    ("东南亚国家联盟（东盟）表示", ["东南亚国家联盟", "东盟"]),
    ("其余欧盟成员国表示反对", ["欧盟"]),
    # a bank's e-wallet is its product (SPEC: 微信 of 腾讯)
    ("恒生銀行及滙豐旗下的PayMe均推出優惠", ["恒生銀行", "滙豐"]),
    # ownership and size words make a kind of bank; a place makes a name
    ("国有大型商业银行和股份制商业银行承销了大部分额度", []),
    ("成都农村商业银行承销了大部分额度", ["成都农村商业银行"]),
    # a company before 政府 names no government
    ("通过深交所政府债券发行系统招标", ["深交所"]),
    ("佛山市人民政府表示", ["佛山市人民政府"]),
])
def test_datelines_blocs_wallets_and_kinds_of_banks(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 保护 and 结算 as name parts (jieba tags them verbs)
    ("杭州市消费者权益保护委员会发布比较试验结果", ["杭州市消费者权益保护委员会"]),
    ("香港銀行同業結算有限公司公布數據", ["香港銀行同業結算有限公司"]),
    ("中国非处方药物协会发布报告", ["中国非处方药物协会"]),
    # a verb alone is no stem in a list item
    ("与国际鹤类保护协会等国际组织合作", []),
    # a legislature's standing committee; a customs office in a city after its administration
    ("預算案交由立法會第三常設委員會審議", ["立法會第三常設委員會"]),
    ("財政部關務署高雄關統計", ["財政部關務署高雄關"]),
    ("財政部關務署表示", ["財政部關務署"]),
    # fire and police detachments
    ("深圳市消防救援支队联合供电部门排查", ["深圳市消防救援支队"]),
    ("该支队表示", []),
    ("生产大队的社员", []),
    # banks' short names that are words count beside other banks in a list
    ("招行、民生、中行等收取手续费", ["招行", "民生", "中行"]),
    ("关注教育、民生、医疗等领域", []),
    ("把优良传统发扬光大", []),
])
def test_name_parts_committees_and_detachments(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a jieba word of two words whose last ends like a suffix is no body (城市|布局, 双边|关系)
    ("在福州、厦门等城市布局门店", []),
    ("两国领导人就双边关系交换意见", []),
    ("辽宁省委书记在会上讲话", ["辽宁省委"]),  # a word jieba tags as an organization
    ("齐市龙沙公安分局副局长", ["齐市龙沙公安分局"]),  # 分局 is a unit
    # two trades joined by 及/与 after 国际 or a country name one association
    ("國際大會及會議協會公佈的統計", ["國際大會及會議協會"]),
    ("中国仓储与配送协会建议加快制定标准", ["中国仓储与配送协会"]),
    ("企业和行业协会共同参与", []),
    # a university's department of business administration
    ("政治大學企業管理學系一位教授指出", ["政治大學企業管理學系"]),
    # a country before an ambiguous brand that the text confirms
    ("全家便利商店（全家）表示，參考日本全家的經驗", ["全家便利商店", "全家", "日本全家"]),
    # a cold-chain arm after a logistics company
    ("顺丰冷链开通新线路", ["顺丰冷链"]),
    # an ambiguous brand before its new models, or one 的 before what it reports
    ("苹果新款手机9月开售", ["苹果"]),
    ("IDC的统计显示，出货量回升", ["IDC"]),
    ("新建IDC机房", []),
    # a bank's branch in a place of several words
    ("工商银行横琴粤澳深度合作区分行开业", ["工商银行横琴粤澳深度合作区分行"]),
    ("两地合作区分别设立服务中心", []),
])
def test_two_word_heads_trades_departments_and_brands(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a utility or transit company named after its city (rules/org_name_parts.txt [place_only_heads])
    ("杭州港华燃气表示，居民气价不变", ["杭州港华燃气"]),
    ("武汉支付宝用户增加", ["支付宝"]),  # a city before a company stays outside
    # a railway bureau group after places alone, whatever single characters stand before them
    ("旅客约占广州局集团客流的三成", ["广州局集团"]),
    # 促进 and 虚拟 as name parts (jieba tags them verbs)
    ("云南省投资促进局组织采购团参会", ["云南省投资促进局"]),
    ("广州虚拟电厂管理中心数据显示", ["广州虚拟电厂管理中心"]),
    ("要促进局势稳定", []),
])
def test_utilities_and_railway_groups_named_after_cities(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ambiguous brand confirmed by its stock code, its Latin name in brackets, 旗下 before it,
    # a store of it in a district, or a firm's words and figures in Hong Kong and Taiwan usage
    ("網家（8044）10月營收年減", ["網家"]),
    ("包括迪桑特（DESCENTE）和可隆（KOLON SPORT）在內", ["迪桑特", "DESCENTE", "可隆", "KOLON SPORT"]),
    ("全聯旗下全支付用戶突破千萬", ["全聯", "全支付"]),
    ("外婆家湖滨店接待顾客", ["外婆家"]),
    ("新地指，旗下商場營業額上升", ["新地"]),
    ("安永則預期明年集資額回升", ["安永"]),
    ("信安的市佔率為6.2%", ["信安"]),
    ("李宁品牌门店减少", ["李宁"]),
    ("李宁点燃了主火炬", []),
    ("一家人的全家福", []),
    ("惠普和戴尔分别出货98万台和84万台", ["惠普", "戴尔"]),  # 分别 between the brand and its context
    # a logistics facility in places (a district too) is no body; after a name it is one
    ("桃園龜山物流中心已於6月啟用", []),
    ("京东物流中心表示", ["京东物流中心"]),
    ("武警总部评为先进单位", ["武警总部"]),
])
def test_brands_confirmed_by_codes_owners_stores_and_words(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company's short name before a scenic area's head names the attraction
    ("宋城演艺旗下杭州宋城景区国庆期间演出18场", ["宋城演艺"]),
    # …or before words that describe the attraction, then its head
    ("长隆集团表示，旗下广州长隆旅游度假区和珠海长隆国际海洋度假区接待游客增长", ["长隆集团"]),
    ("华强方特表示，旗下方特主题乐园累计接待游客约4120万人次", ["华强方特"]),
    ("长隆集团表示……长隆预计", ["长隆集团", "长隆"]),
    # a body being built is a kind; a charger is no 充|电器 company
    ("年底前还将有3座新建机场投入运营", []),
    ("港島區公共充電器使用率約46%", []),
    # SYM in a Taiwan text; Hong Kong's names of Shell and Mercedes-Benz
    ("三陽今年重返電動機車市場", ["三陽"]),
    ("蜆殼及中石化亦在油站增設充電器", ["蜆殼", "中石化"]),
    ("極氪、寶馬及平治緊隨其後", ["極氪", "寶馬", "平治"]),
    # a figure inside a brand's name is the brand; a temperature is none
    ("咖啡連鎖品牌路易莎、85度C也調整價格", ["路易莎", "85度C"]),
    ("溫度達到85度C左右", []),
    ("361度上半年收入57.1亿元", ["361度"]),  # a half-year between the brand and its revenue
    # United States agencies by their Latin short names; a street's law-enforcement team
    ("FTC周三批准了这项收购", ["FTC"]),
    ("坂田街道执法队副队长", ["坂田街道执法队"]),
    ("加强执法队伍建设", []),
    ("谷歌和雅虎在搜索市场占据了太多份额", ["谷歌", "雅虎"]),  # jieba cuts 和雅虎 as one word
    ("OPPO和vivo以及小米、荣耀密集发布旗舰", ["OPPO", "vivo", "小米", "荣耀"]),  # 以及 joins a list
    ("一手住宅物業銷售監管局（銷售監管局）表示", ["一手住宅物業銷售監管局", "銷售監管局"]),  # 一手 a field
    ("平台：京东外卖入局满半年", ["京东外卖"]),  # 入局 (to enter a market), no bureau
    # hotel brands, Taiwan malls, used-car platforms; 如家 and 奔驰 are also words
    ("维也纳酒店、丽枫和锦江之星仍是扩张主力", ["维也纳酒店", "丽枫", "锦江之星"]),
    ("廣三SOGO年增3%；桃園的大江購物中心首日業績約1.9億元", ["廣三SOGO", "大江購物中心"]),
    ("宝马、奔驰和奥迪的认证二手车", ["宝马", "奔驰", "奥迪"]),
    ("骏马在草原上奔驰", []),
    ("让顾客宾至如家", []),
    # Macao's charities; a verb of policy before a kind of company
    ("澳門明愛、仁慈堂、同善堂及鏡湖醫院慈善會亦增加宿位",
     ["澳門明愛", "仁慈堂", "同善堂", "鏡湖醫院慈善會"]),
    ("將就優化特專科技公司的上市要求展開諮詢", []),
    # a long government head after common words names a kind (长者服务中心, 社区服务中心)
    ("街總在珠海營運的長者服務中心服務量上升", ["街總"]),
    ("所属街道办事处的社区服务中心", []),
    ("杭州市民服务中心开放", ["杭州市民服务中心"]),
])
def test_attractions_kinds_and_regional_brand_names(news_orgs, text: str, expected: list) -> None:
    taiwan = "三陽" in text
    assert news_orgs(text, taiwan=taiwan) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # trades jieba tags as verbs (烹饪, 就业, 安居) or set phrases (无人机) inside associations
    ("業界審慎樂觀。澳門烹飪協會一位負責人表示", ["澳門烹飪協會"]),
    ("提高约3个百分点。中国就业促进会相关负责人建议", ["中国就业促进会"]),
    ("新增約1,500個。長者安居協會指，今年", ["長者安居協會"]),
    ("物流企业加码。深圳市无人机行业协会统计", ["深圳市无人机行业协会"]),
    # a medical association after its place; unions and welfare associations; a talent bureau
    ("單計第三季。香港醫學會則指，不少長者", ["香港醫學會"]),
    ("由澳門餐飲業聯合商會主辦、澳門飲食業工會等團體協辦", ["澳門餐飲業聯合商會", "澳門飲食業工會"]),
    ("香港耆康老人福利會則指，旗下日間護理中心", ["香港耆康老人福利會"]),
    ("生活补贴。武汉市招才局表示", ["武汉市招才局"]),
    # unions of a kind of worker, and a verb before a union, name none
    ("勞動部邀集外送平台業者及外送員工會召開座談會", ["勞動部"]),
    ("市委、市政府发动工会、共青团给下岗职工讲道理", ["市委", "市政府"]),
    # health commissions (健康 is an adjective to jieba), also with Hong Kong's 衞
    ("深圳市卫生健康委员会相关负责人表示", ["深圳市卫生健康委员会"]),
    ("深圳市衞生健康委員會相關負責人表示", ["深圳市衞生健康委員會"]),
    # an adverb before a verb is no trade name (先|赴|委员会); a kind of body after a verb or a
    # state (合作|宠物医院, 在营|宠物医院) is none either
    ("衛福部今（24）日已先赴委員會就費率方案進行專案報告", ["衛福部"]),
    ("截至9月底其在营宠物医院为576家", []),
    ("平安产险试点直付服务，合作宠物医院已有近600家", ["平安产险"]),
    # words jieba cuts out of a body's name: 新|青年, 集聚|区, 小|动物, 视听 (v)
    ("澳門婦女聯合總會、澳門中華新青年協會亦建議", ["澳門婦女聯合總會", "澳門中華新青年協會"]),
    ("横店影视文化产业集聚区管委会数据显示", ["横店影视文化产业集聚区管委会"]),
    ("中国畜牧兽医学会小动物医学分会一位专家表示", ["中国畜牧兽医学会小动物医学分会"]),
    ("国家广播电视总局网络视听节目管理司相关负责人透露", ["国家广播电视总局网络视听节目管理司"]),
    # but a verb among the words keeps a centre the body built with others out of its name
    ("与武汉市科委共建电化学工程中心", ["武汉市科委"]),

    # a bureau of two fields joined by 与 (海洋 is no place here); Chinese medicine's trades
    ("迎来销售旺季。宁德市海洋与渔业局相关负责人表示", ["宁德市海洋与渔业局"]),
    ("澳門中藥業公會指出，澳門中醫學會上周", ["澳門中藥業公會", "澳門中醫學會"]),
    # fields jieba tags as verbs, a zone it cuts, the urban management committee after its level
    ("款约15亿元；中国渔业互保协会联合人保财险推出", ["中国渔业互保协会", "人保财险"]),
    ("热泵正成为新选项。中国节能协会热泵专业委员会数据显示", ["中国节能协会热泵专业委员会"]),
    ("深圳地鐵已展開勘察。深圳市前海深港現代服務業合作區管理局估計",
     ["深圳地鐵", "深圳市前海深港現代服務業合作區管理局"]),
    ("投诉约占四成。市城管委要求各供热单位", ["市城管委"]),
    # 国际 opens an association's name; 委托 and 共获 stand between names
    ("傳統醫藥經貿對接會。國際葡語市場企業家商會則計劃明年", ["國際葡語市場企業家商會"]),
    ("澳邦藥廠有限公司委託粵澳藥業有限公司在橫琴生產", ["澳邦藥廠有限公司", "粵澳藥業有限公司"]),
    ("澳門科技大學中醫藥學院今年共獲科學技術發展基金（科技基金）資助",
     ["澳門科技大學中醫藥學院", "科學技術發展基金", "科技基金"]),
    # a centre of two joined fields after its city; 各县市 before a bureau is every county's
    ("普洱市茶叶和咖啡产业发展中心表示", ["普洱市茶叶和咖啡产业发展中心"]),
    ("研发和生产中心表示", []),
    ("會同各縣市衛生局出動稽查人力", []),
    ("中國玩具和嬰童用品協會昨日發布", ["中國玩具和嬰童用品協會"]),
    # a date's 月 jieba glued to the name after it (10个|月经|澳门…) stays outside the name
    ("今年首10個月經澳門中央證券託管結算一人有限公司登記發行", ["澳門中央證券託管結算一人有限公司"]),
    ("新华社北京3月31日电国际羽毛球联合会消息", ["新华社", "国际羽毛球联合会"]),
    # the Jockey Club's short name jieba cut (马|会同, 马|会上); the Red Cross's societies
    ("按年增加約14%。馬會同日表示", ["馬會"]),
    ("香港青年協會、香港紅十字會分別獲撥款", ["香港青年協會", "香港紅十字會"]),
    # a region and a kind of body, a facility after a port, a telecom operator of a kind
    ("珍酒李渡也于上周在港交所公告拟设立东南亚分销公司", ["珍酒李渡", "港交所"]),
    ("上月起由台中港運維中心每日派出運維船。民國115年", []),
    ("其中約七成旅客使用內地或香港電訊商的漫遊服務", []),
    # Macao's post and telecommunications bureau, by its bare name in a Macao text
    ("澳門特區政府表示，郵電局今年推出新服務，澳門居民可網上辦理", ["澳門特區政府", "郵電局"]),
    # a company's trade name learnt from its full name is the place before 海域
    ("三都澳海域鮮活大黃魚價格上升。福建三都澳食品有限公司表示", ["福建三都澳食品有限公司"]),
])
def test_associations_unions_and_commissions_of_trade_words(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trade name no dictionary knows and an industry word, where the text treats it as a company
    ("顺丰旗下翼飞科技数据显示，无人机运送快件约96万单", ["顺丰", "翼飞科技"]),
    ("库珞游戏表示，新作流水增长", ["库珞游戏"]),
    ("今年以来，鑫晟股份的营收增长", ["鑫晟股份"]),
    # not a dictionary word or a place before the industry word, and not without such a context
    ("清洁能源表示出强劲增长", []),
    ("中国科技表示", []),
    ("库珞游戏画面精美", []),
    # trades of manufacturing and materials (纸业, 电缆 …); tourism is no trade head (a season's)
    ("鑫源纸业表示，明年将扩产", ["鑫源纸业"]),
    ("金鼎电缆10月营收约3亿元", ["金鼎电缆"]),
    ("冰雪季旅游人数创新高", []),
    # a proper word listed between companies is one of them; a person's name beside one is not
    ("老大爷把商场中海尔、春兰、格力等空调看了个遍", ["海尔", "春兰", "格力"]),
    ("腾讯、华为与小米表示", ["腾讯", "华为", "小米"]),
    ("阿里巴巴和马云都表示", ["阿里巴巴"]),
    # a place's or a level's people's congress and consultative conference; publishers and
    # research offices after a proper stem
    ("福建省人大和陕西省政协表示", ["福建省人大", "陕西省政协"]),
    ("杨芳见县人大对这件事如此重视", ["县人大"]),
    ("关于依据宪法正确处理好人大和政府的关系", []),
    ("乡镇人大换届选举结束后", []),
    ("该书由湖南少年儿童出版社和中信出版社出版", ["湖南少年儿童出版社", "中信出版社"]),
    ("该出版社表示", []),
    ("中央政策研究室与国务院研究室联合调研", ["中央政策研究室", "国务院研究室"]),
    # hometown associations named by their places; an association's service centre in a district
    ("澳門江門同鄉會、澳門福建同鄉總會昨日", ["澳門江門同鄉會", "澳門福建同鄉總會"]),
    ("他参加了同乡会的活动", []),
    # a compound noun jieba tags as a set phrase (l) inside a body's name
    ("东阳市红木家具行业协会也表示", ["东阳市红木家具行业协会"]),
    ("中国运载火箭技术研究院进行试验", ["中国运载火箭技术研究院"]),
    ("街總橫琴綜合服務中心與工聯筷子基家庭及社區綜合服務中心合辦",
     ["街總橫琴綜合服務中心", "工聯筷子基家庭及社區綜合服務中心"]),
    # environment and environmental protection as trade heads; a kind of environment is no company
    ("鑫洁环境相关负责人表示，其在佛山的产业园", ["鑫洁环境"]),
    ("优化营商环境表示欢迎", []),
    # a common word as trade name is learnt with its industry word (not alone: 光明)
    ("中国光明环境（集团）有限公司三季度经营数据显示，光明环境前三季度处理生活垃圾约4120万吨",
     ["中国光明环境（集团）有限公司", "光明环境"]),
    ("一位教授认为，冷链物流“下沉”的关键在于冷库", []),
    # a name no dictionary knows after a kind of company, before what a company does
    ("旧衣回收平台绿蚁表示，今年国庆假期其上门回收量达到平时的1.8倍", ["绿蚁"]),
    ("水果连锁品牌鲜丰表示", ["鲜丰"]),
    ("鏈條大廠桂盟10月營收約3.9億元；零件廠利奇10月營收約2.4億元", ["桂盟", "利奇"]),  # Taiwan's 大厂
    # not a party, common words or a time after the kind
    ("平台运营方表示", []),
    ("品牌门店客流数据显示", []),
    ("该平台上周表示", []),
])
def test_trade_names_with_an_industry_word_in_an_org_context(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named museum, gallery or library is an institution, its city in front inside
    ("苏州博物馆今年文创销售额首次突破1亿元", ["苏州博物馆"]),
    ("河南博物院联合名创优品推出考古盲盒", ["河南博物院", "名创优品"]),
    ("在四川，三星堆博物馆新馆开放以来持续出圈", ["三星堆博物馆"]),
    ("景德镇中国陶瓷博物馆今年上新陶瓷文创约1200款", ["景德镇中国陶瓷博物馆"]),
    # kinds: a level or a kind word, also an ownership or registration word after a place
    ("全国博物馆日均接待观众约105万人次", []),
    ("杭州市属国有博物馆已有56家实行错时开放", []),
    ("北京地区备案博物馆已达238家", []),
    ("中小博物馆文创收入仅占全国的不到一成", []),
    ("整个意大利就是一个大博物馆", []),
    ("作为永久性纪念馆向公众开放", []),
])
def test_museums_are_institutions_and_their_kinds_are_not(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of forecasting and of setting up end a name read leftwards
    ("香港有5所大學位列全球百強。香港教育局預計資助大學非本地生人數將增至約5萬人", ["香港教育局"]),
    ("台中市政府則與國泰人壽合作，在社會住宅低樓層設置日照中心", ["台中市政府", "國泰人壽"]),
    # Taiwan's words for dementia and disability, cut by jieba, inside a foundation's name
    ("天主教失智老人社會福利基金會附設的養護中心表示", ["天主教失智老人社會福利基金會"]),
    ("台灣失智症協會指出", ["台灣失智症協會"]),
    # recycling, tagged a verb, inside an association's trades
    ("中国再生资源回收利用协会监测，10月废纸均价", ["中国再生资源回收利用协会"]),
])
def test_verbs_that_end_names_and_words_that_stay_inside(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def _orgs_of(extractor, text: str) -> list[str]:
    from pipeline.ingest import Article

    article = Article(doc_id="t", path=None, published="2026-11-25", source="", title="", text=text,
                      encoding="utf-8")
    return [m.text for m in extractor.process(article) if m.type == "ORG"]


def test_hong_kong_bureaus_in_a_hong_kong_text_that_names_taiwan_once(extractor) -> None:
    text = ("【明報專訊】教育局昨日公布，香港8所資助大學今年取錄非本地生約2.9萬人，"
            "其中約650名來自台灣。發展局亦表示，香港將增建學生宿舍。")
    assert _orgs_of(extractor, text) == ["明報", "教育局", "發展局"]  # the byline's outlet too
    # written in Taiwan (the island and its parliament), a city's 教育局 is a back-reference
    taiwan = "台灣各縣市中，香港僑生增加。立法院昨日審查預算，教育局表示，香港學生約650名。"
    assert "教育局" not in _orgs_of(extractor, taiwan)


@pytest.mark.parametrize(("text", "expected"), [
    # a city's urban construction investment company; its kinds and bonds are no name
    ("上海城投今年承接旧改项目，重庆城投集团表示", ["上海城投", "重庆城投集团"]),
    ("城投债发行规模下降，城投公司加快转型", []),
    # 中 opening a clause is a trade name's first character before a one-character word
    ("西安自贸港建设运营有限公司表示，中豫港务集团数据显示",
     ["西安自贸港建设运营有限公司", "中豫港务集团"]),
    ("在市场竞争中豫港务集团表现稳定", ["豫港务集团"]),
    # a builder's numbered bureau belongs to its group; a group's wine business too
    ("其中中建三局在武汉实施的老旧小区改造", ["中建三局"]),
    ("中糧集團旗下中糧酒業上周五與波爾圖一家酒莊簽約", ["中糧集團", "中糧酒業"]),
    # an adverb before a verb is no trade name's character (正|研究), unlike 正|泰
    ("競爭事務委員會上月表示，正研究超市供應鏈的競爭情況", ["競爭事務委員會"]),
    ("正泰电器表示", ["正泰电器"]),
])
def test_city_investment_groups_numbered_bureaus_and_clause_openers(news_orgs, text: str,
                                                                     expected: list) -> None:
    assert news_orgs(text) == expected


def test_hong_kong_chains_named_by_words_in_a_hong_kong_text(extractor) -> None:
    hong_kong = ("香港超市減價戰升溫。DFI零售集團公布，健康美容業務萬寧則上升約4%；"
                 "香港百佳今年上半年收益約95億元。")
    assert _orgs_of(extractor, hong_kong) == ["DFI零售集團", "萬寧", "香港百佳"]
    # elsewhere 万宁 is Hainan's city, also beside its government (not the chain's fuller name)
    assert _orgs_of(extractor, "海南萬寧的旅遊收入增長。萬寧市政府表示") == ["萬寧市政府"]


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin name right before what a body says or publishes
    ("韩国市场研究机构SNE Research数据显示，今年电池装机量增长", ["SNE Research"]),
    ("Obsidian Robotics宣布完成新一轮融资", ["Obsidian Robotics"]),
    # not an indicator, a role, a letter that labels, or a product that is launched
    ("GDP预计增长5%，CEO表示乐观", []),
    ("K表示房间空调器，F表示分体式", []),
    ("Zorbix发布新品", []),
    # a Latin name in brackets before the short form the article gives
    ("深圳曜石機器人科技股份有限公司（Obsidian Robotics，以下簡稱「曜石機器人」）昨日起公開招股",
     ["深圳曜石機器人科技股份有限公司", "Obsidian Robotics", "曜石機器人"]),
])
def test_latin_names_before_what_a_body_says(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group's life insurer, fund company; a subsidiary after its parent is no unit of it
    ("凱基金子公司凱基人壽今年前三季稅後純益", ["凱基金", "凱基人壽"]),
    ("中金基金相关负责人表示", ["中金基金"]),
    # an ambiguous name before one of its arms is the company (友邦|香港), not elsewhere
    ("友邦香港、保誠及宏利等保險公司計劃加價", ["友邦香港", "保誠", "宏利"]),
    ("俄南两国都是斯拉夫国家，是友邦", []),
    # 数字 opens a name before its place; government service apps and slogans are products
    ("数字广东网络建设有限公司（以下简称“数字广东”）由腾讯组建",
     ["数字广东网络建设有限公司", "数字广东", "腾讯"]),
    ("重庆承建的“渝快办”今年注册用户增长，企业变更登记实现“一照通办”", []),
    # seed companies by their trade head, after a company context
    ("禾丰种业相关负责人表示", ["禾丰种业"]),
    # a carrier's cold-chain arm and a property agency's commercial arm
    ("企业层面，顺丰冷运今年新开通干线超过120条", ["顺丰冷运"]),
    ("美聯商業指出，教育用途租戶承租的舖位增加", ["美聯商業"]),
    # pharmacy chains by their head (藥局, 大药房), not a kind of pharmacy
    ("以高雄起家的丁丁藥局同樣加速北上，旗下大樹藥局與博登藥局全台門市合計612家",
     ["丁丁藥局", "大樹藥局", "博登藥局"]),
    ("老百姓大药房、益丰大药房门店数继续增加", ["老百姓大药房", "益丰大药房"]),
    ("社区药局和连锁药局、医院药房的数量", []),
    ("業者指出，台灣連鎖藥局正從單純販售商品轉向用藥諮詢", []),  # 连锁 after a place: a kind
    ("集團旗下旺角及銅鑼灣教學中心的使用率超過九成", []),  # teaching centres in districts: sites
    # purchasing bodies (采购 is no verb inside them), an association's branch for a trade
    ("浙江省药械采购中心数据显示，由福建三明发起的三明采购联盟上月发布价格",
     ["浙江省药械采购中心", "三明采购联盟"]),
    ("中国有色金属工业协会硅业分会上周五公布", ["中国有色金属工业协会硅业分会"]),
    # heads jieba tags l or cuts (专科学院, 护士会, 不动产); the whole of a region is a kind (全澳)
    ("澳門醫學專科學院上周公佈；澳門中葡護士會指出", ["澳門醫學專科學院", "澳門中葡護士會"]),
    ("中華民國不動產協進會指出", ["中華民國不動產協進會"]),
    ("全澳公私營醫院病床合共約2,450張", []),
    ("明年将在迪拜设立中东区域中心", []),  # a company's regional hub
    # a group's heavy-industry arm; a list closed by a trade's chains (not a stop inside a name)
    ("中国远洋海运集团有限公司旗下中远海运重工在舟山设有基地", ["中国远洋海运集团有限公司", "中远海运重工"]),
    ("钱大妈、百果园等社区生鲜连锁的线上订单占比超过四成", ["钱大妈", "百果园"]),
    ("台灣連鎖暨加盟協會上週公布", ["台灣連鎖暨加盟協會"]),
    # an ambiguous brand's quarter figures (李宁 is also a person's name)
    ("旗下索康尼增长超过30%；李宁三季度零售流水同比持平", ["索康尼", "李宁"]),
    # a name after where its seat is (总部位于…的) acts as the company, everywhere in the article
    ("总部位于日内瓦的地中海航运今年下单超过40艘。地中海航运船队", ["地中海航运", "地中海航运"]),
    ("总部位于上海。地中海航运的船队", []),
    # a title and a surname before an ambiguous name: a person's given name (怡安 is also Aon)
    ("104人力銀行資深經理劉怡安表示，今年9月", ["104人力銀行"]),
    ("怡安表示今年保费上涨", ["怡安"]),
    # a surname jieba reads as a person's before a name that is also a given name (新松 of 蒋新松)
    ("学习蒋新松的形式是多样的，筹集蒋新松基金", []),
    ("新松机器人表示", ["新松机器人"]),
    # a person's title right before a name that is also a company's (林德, Linde); a body's role is no title
    ("欧盟委员会驻柬埔寨首席观察员林德今天表示", ["欧盟委员会"]),
    ("其母公司美高梅表示", ["美高梅"]),
    # a name whose last character jieba glued to the adverb after it (数码|通则|表示)
    ("其中約46%的用戶主要在深圳使用。數碼通則表示，漫遊客戶增加", ["數碼通"]),
    # makers named place + trade (ambiguous) before their orders and losses in Taiwan usage
    ("台中精機10月接單年增約22%。東台精機前3季稅後淨損約1.6億元", ["台中精機", "東台精機"]),
    ("台中精机械产业聚落", []),
    # trades jieba tags as verbs inside associations' names (造纸, 包装, 快递 …)
    ("中国造纸协会数据显示，中国包装联合会指出，中国快递协会表示",
     ["中国造纸协会", "中国包装联合会", "中国快递协会"]),
    ("中国制浆造纸研究院预计", ["中国制浆造纸研究院"]),
    # 控股 before 子公司 is the verb (a subsidiary it controls); a franchisers' chamber (加盟商|会)
    ("科伦药业控股子公司科伦博泰上周公告", ["科伦药业", "科伦博泰"]),
    ("澳門連鎖加盟商會指出", ["澳門連鎖加盟商會"]),
    # an ambiguous name before its short form in brackets; a list closed by a trade's traders
    ("香港置業（港置）亦計劃明年上半年增聘約300名前線代理", ["香港置業", "港置"]),
    ("厦门国贸、建发股份等纸浆贸易商反映，智利浆厂报价上调", ["厦门国贸", "建发股份"]),
    # a name led by a place after where it stands (位于…的) is the body's; not a place-free name
    ("位於青島的北海造船上月交付3艘超大型礦砂船", ["北海造船"]),
    ("位于北京的长城和位于杭州的西湖", []),
    # international schools named by their place (国际学校 a head); a teachers' association (教育会)
    ("法國國際學校、美國國際學校及新加坡國際學校則已出現輪候",
     ["法國國際學校", "美國國際學校", "新加坡國際學校"]),
    ("全港国际学校学额不足", []),
    # 学校 and 公学 head a school's name after a proper stem; a school's type, a district's
    # schools and a body's own schools of a kind are no names
    ("北京育英学校与吉林省戏曲学校签约", ["北京育英学校", "吉林省戏曲学校"]),
    ("威雅公学与哈罗公学今年在港扩充", ["威雅公学", "哈罗公学"]),
    ("氹仔坊眾學校昨日舉行開放日", ["氹仔坊眾學校"]),  # a Macao area (氹仔) leads it
    ("多所直资学校及官立小学明年加学费", []),
    ("元朗區學校的學額仍然緊張", []),
    ("上海中小学校明年起推行午间课", []),
    ("天主教澳門教區直屬學校的教師人數", ["天主教澳門教區"]),
    ("學費方面，多所熱門國際學校明年8月起上調學費", []),  # popular ones: a kind
    ("澳門中華教育會上月完成的調查顯示", ["澳門中華教育會"]),
    ("大疆创新旗下大疆农业表示", ["大疆创新", "大疆农业"]),  # arms: 创新, 农业
    # a group's company for one business in a place (place, a field word, 公司)
    ("国家能源集团黄骅港务公司本月装船约62万吨", ["国家能源集团黄骅港务公司"]),
    ("中石化北京销售公司表示", ["中石化北京销售公司"]),
    # a maker of a trade named as one (大厂), two date words before its figures, Taiwan's 投控 head
    ("肉品大廠大成與卜蜂也繳出佳績，大成10月營收約97.5億元", ["大成", "卜蜂", "大成"]),
    ("黑松今年前10月營收約68.4億元", ["黑松"]),
    ("全家上月營收約80億元", ["全家"]),  # a month word between the name and its figures
    # a maker's sales and output after a date and up to four characters of its products; its site
    # in a city (在西宁的)
    ("喜临门10月线上销量同比增长约40%", ["喜临门"]),
    ("株洲的时代新材10月风电叶片销量约1260套", ["时代新材"]),
    ("西部矿业在西宁的锌冶炼项目上周投料", ["西部矿业"]),
    ("阳光在上海的照耀下", []),
    # Giant (巨大) by its results and next year's revenue; the adjective before a quoted phrase
    ("巨大前3季稅後純益約24.7億元", ["巨大"]),
    ("凱基投顧則預估，巨大明年營收可望年增8%", ["凱基投顧", "巨大"]),
    ("城乡之间巨大“消费断层”严重制约增长", []),
    ("其中，中海位于锦江区的项目开盘", ["中海"]),
    # a university's research centre after its fields; a centre of common words alone is a kind
    ("清华大学数据治理研究中心发布报告", ["清华大学数据治理研究中心"]),
    ("各地陆续建立鸟类研究中心", []),
    # a subsidiary named as one (子公司 before a trade name)
    ("藏格矿业表示，子公司藏格锂业的生产线上月恢复满产", ["藏格矿业", "藏格锂业"]),
    # a place and a trade head before what only a company says or has; not the place's industry
    ("大连造船表示，今年交付超大型油船", ["大连造船"]),
    ("大连造船业发展迅速", []),
    ("江苏化工园区表示", []),
    # a cable station (有线电视台 one word); 记 opening a profile's subtitle is no part of the name
    ("荧屏科普情———记武汉电视台台长", ["武汉电视台"]),
    ("承办单位保定有线电视台", ["保定有线电视台"]),
    # an insurer by its line after a trade name (财产保险, 财险 …)
    ("华泰财产保险表示，理赔已经启动", ["华泰财产保险"]),
    # a group's province before its gazetteer name belongs to it; a city before a brand does not
    ("山东魏桥创业集团旗下中国宏桥", ["山东魏桥创业集团", "中国宏桥"]),
    ("武汉支付宝用户增长", ["支付宝"]),
    ("南僑投控旗下皇家可口上月宣布", ["南僑投控", "皇家可口"]),
    # an adverb glued to a verb ends a name read leftwards (共获|科学技术发展基金)
    ("澳門科技大學中醫藥學院今年共獲科學技術發展基金（科技基金）資助中醫藥項目",
     ["澳門科技大學中醫藥學院", "科學技術發展基金", "科技基金"]),
    # two trades joined by 暨 before a guild's head, after a place; a national agency by its short name
    ("台灣工具機暨零組件工業同業公會昨日公布", ["台灣工具機暨零組件工業同業公會"]),
    ("據國家民航局數據，國家醫保局表示", ["國家民航局", "國家醫保局"]),
    # arms jieba cuts after a company's name (建|机, 环球|研究); trades jieba did not know (美妆)
    ("日立建机与丸美生物、滙豐環球研究", ["日立建机", "丸美生物", "滙豐環球研究"]),
    ("位列平台美妆品牌第一", []),
    ("国货美妆品牌珀莱雅表示", ["珀莱雅"]),
    # an organizer of a fair (外贸协会 is also any foreign-trade association)
    ("外貿協會主辦的台北國際工具機展將於明年3月登場", ["外貿協會"]),
    # machinery makers by their trade head, where the text treats them as companies
    ("程泰集團、永進機械及鴻昌機械則表示訂單滿載。信鋒機械指出，壓床設備出口低迷",
     ["程泰集團", "永進機械", "鴻昌機械", "信鋒機械"]),
    ("工程机械表示需求回暖", []),  # a trade, no name
    # shipyards, classification societies and bank lessors by name; 船级社 is a head
    ("中国船级社、挪威船级社与韩国船级社均已认证，工银金融租赁订造4艘",
     ["中国船级社", "挪威船级社", "韩国船级社", "工银金融租赁"]),
    ("省际采购联盟集采平均降幅超55%", []),  # a kind of alliance
    # heads: 协进会, 院线 (cinema chains), 乐团 and 中乐团; kinds of orchestra are no names
    ("台灣自行車協進會指出，上海联和院线、浙江时代院线的票房超过15亿元",
     ["台灣自行車協進會", "上海联和院线", "浙江时代院线"]),
    ("澳門樂團及澳門中樂團合共演出14場", ["澳門樂團", "澳門中樂團"]),
    ("台中市工商發展投資策進會9月舉辦的台中自行車週", ["台中市工商發展投資策進會"]),
    # jieba words for heads and fields it cuts (联合|总商会, 工商联|会, 行动|支付, 锂|业)
    ("經科局與澳門中小型企業聯合總商會、澳門北區工商聯會及澳門離島工商業聯合會合辦",
     ["經科局", "澳門中小型企業聯合總商會", "澳門北區工商聯會", "澳門離島工商業聯合會"]),
    ("由多家公股銀行合資的台灣行動支付公司也將擴大合作", ["台灣行動支付公司"]),
    ("中国有色金属工业协会锂业分会数据显示，锂业公司三季度业绩回暖", ["中国有色金属工业协会锂业分会"]),
    ("下属歌剧团、舞剧团、交响乐团、民乐团、评弹团", []),
    ("各大院线排片", []),
])
def test_arms_of_groups_and_service_apps(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an industrial investment fund after a place or a level; a kind after common words
    ("上海集成电路产业投资基金上月完成首轮募资", ["上海集成电路产业投资基金"]),
    ("多地设立新兴产业投资基金", []),
    # a known body, its phase and a legal suffix are one company
    ("资本层面，国家集成电路产业投资基金三期股份有限公司自2024年5月成立以来",
     ["国家集成电路产业投资基金三期股份有限公司"]),
    # 控股 before 的 and a known company is the verb; before 的 and a share, the holding's name
    ("蒙牛乳业控股的现代牧业上半年亏损", ["蒙牛乳业", "现代牧业"]),
    ("永利澳門及澳博控股的市佔率介乎9%至16%", ["永利澳門", "澳博控股"]),
    # an airport's rail link is no airport operator; builders' association with its verb-tagged trade
    ("市域铁路机场联络线上月日均客流约11.6万人次", []),
    ("澳門建造商會表示，工人薪酬上升", ["澳門建造商會"]),
    # a dairy trade name with its trade head, in a company context
    ("鑫源乳业相关负责人表示", ["鑫源乳业"]),
])
def test_funds_phases_holdings_and_links(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_a_listed_name_ends_where_its_item_ends(news_orgs) -> None:
    """菲利普·莫里斯: the first half of a foreign name is no item of its own."""
    found = news_orgs("美孚石油公司、菲利普·莫里斯烟草公司和美国电话电报公司")
    assert "美孚石油公司" in found and "菲利普" not in found


def test_every_gazetteer_name_and_alias_is_listed_once() -> None:
    """A name listed twice may carry two kinds or two groups; a list added later must not repeat one."""
    import csv
    from collections import Counter

    lines = [line for line in (RULES_DIR / "orgs.csv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    seen: Counter[str] = Counter()
    for row in csv.DictReader(lines):
        seen[row["name"]] += 1
        seen.update(a for a in (row["aliases"] or "").split("|") if a)
    assert [name for name, n in seen.items() if n > 1] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a listed company named like its railway is the company only where it acts as one
    ("京沪高铁公布，前三季度净利润增长", ["京沪高铁"]),
    ("旅客乘坐京沪高铁前往上海", []),
    ("智邦表示，第三季营收创新高", ["智邦"]),
])
def test_listed_companies_named_like_their_lines(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_an_industry_word_alone_is_no_list_item(news_orgs) -> None:
    """jieba cuts an unknown maker's name into single characters before its industry word
    (向|能|电气): the industry word alone is no item of the list of companies."""
    found = news_orgs("订单回暖，向能电气、禾迈股份等企业排产")
    assert "电气" not in found and "禾迈股份" in found


@pytest.mark.parametrize(("text", "expected"), [
    # a company's role for a fund or a listing stays outside its name
    ("管理人泓富資產管理有限公司表示，租金收入按年上升", ["泓富資產管理有限公司"]),
    ("保荐人中国国际金融股份有限公司称", ["中国国际金融股份有限公司"]),
    # a ministry's department named by several fields, one of them a word that elsewhere stops a name
    ("商务部对外投资和经济合作司相关负责人表示", ["商务部对外投资和经济合作司"]),
    ("国家发展改革委利用外资和境外投资司负责人介绍", ["国家发展改革委利用外资和境外投资司"]),
    ("商务部与阿里巴巴合作推出", ["商务部", "阿里巴巴"]),
    # an association's branch named by four fields
    ("据中國汽車流通協會乘用車市場信息聯席分會統計", ["中國汽車流通協會乘用車市場信息聯席分會"]),
    # performing troupes after a place or a proper stem; kinds of troupes are none
    ("曉角話劇研進社、澳門戲劇社等本地藝團", ["曉角話劇研進社", "澳門戲劇社"]),
    ("上海歌舞团、天津儿童艺术剧团和四平市话剧团相继演出",
     ["上海歌舞团", "天津儿童艺术剧团", "四平市话剧团"]),
    ("当地一个民间剧团和几家业余剧团", []),
    ("作为国家一流合唱团，不能不加以引介", []),
    # the N biggest of a kind is no name
    ("看看美国三大汽车公司的产量", []),
    ("北欧三大银行集团之一", []),
    ("韩国5大企业集团的20个所属企业", []),
])
def test_roles_long_units_troupes_and_ranks(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ambiguous name listed beside a company the text found; or owned by a group
    ("贵阳的贵州轮胎、焦作的风神轮胎等企业研发投入增长", ["贵州轮胎", "风神轮胎"]),
    ("中国交建海外新签合同额增长，其所属中国路桥本周三在肯尼亚签约", ["中国交建", "中国路桥"]),
    ("从企业看，中国建筑前三季度境外新签合同额约1180亿元", ["中国建筑"]),
    ("这种中国建筑风格的特点", []),
    # a group's name confirmed once in a list is the group wherever the text names it
    ("广汇汽车、庞大集团则出售门店。其中庞大集团挂牌转让约15家门店", ["广汇汽车", "庞大集团", "庞大集团"]),
    ("这样庞大集团内部的管理", []),
    # Taiwan business news' short names of the telecom operators
    ("中華電、台灣大、遠傳10月營收齊揚", ["中華電", "台灣大", "遠傳"]),
    ("台灣大學研究團隊指出，台灣大型企業獲利增加", ["台灣大學"]),
])
def test_ambiguous_names_in_lists_groups_and_short_forms(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_a_macao_fund_named_bare_in_a_macao_text_only(news_orgs) -> None:
    """文化发展基金 is Macao's Cultural Development Fund in a Macao text; in Beijing a foundation
    (文化发展基金会) keeps its head."""
    macao = "澳門文化局表示，澳門本地藝團今年獲文化發展基金資助"
    assert "文化發展基金" in news_orgs(macao)
    assert news_orgs("本报讯北京市文化发展基金会日前推出有值磁卡") == ["北京市文化发展基金会"]
    assert news_orgs("多地设立文化发展基金支持创作") == []


@pytest.mark.parametrize(("text", "expected"), [
    # organizing, preparatory and award committees after a place or an event
    ("澳门特区筹委会秘书长在今天下午的新闻发布会上表示", ["澳门特区筹委会"]),
    ("法国世界杯组委会官员在巴黎宣布", ["法国世界杯组委会"]),
    ("葛翠琳（作家，冰心儿童图书奖评委会秘书长）", ["冰心儿童图书奖评委会"]),
    ("大家要自觉遵守筹委会的各项制度", []),
    # sports and overseas-Chinese federations; 总会 alone is also an adverb
    ("由北京汽车运动协会和北京市体育总会共同主办", ["北京汽车运动协会", "北京市体育总会"]),
    ("胡锦涛会见了神户华侨总会会长", ["神户华侨总会"]),
    ("出版界总会有这样的联想", []),
    # painting academies and the artists' associations by their short names
    ("武汉画院青年画家李乃蔚", ["武汉画院"]),
    ("现为吉林省美协副主席、中国作协会员", ["吉林省美协", "中国作协"]),
])
def test_committees_federations_and_artists_bodies(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # restaurants by their names; troupes named as theatres
    ("离开华龙酒楼后，我们来到聚龙酒家", ["华龙酒楼", "聚龙酒家"]),
    ("一家酒楼和几家酒家", []),
    ("江苏省歌舞剧院最近投入大量人力", ["江苏省歌舞剧院"]),
])
def test_restaurants_and_theatre_troupes(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # newspapers by their heads after a place or a proper stem
    ("据悉，汇映期间重庆晨报、商报及电台将以影片", ["重庆晨报"]),
    ("美国《华盛顿时报》一篇文章认为", ["华盛顿时报"]),
    ("一些时报道", []),
    # an adviser's title is no consultancy
    ("由教育部长陈至立任总顾问的这部电视片", ["教育部"]),
    ("赛迪顾问高级顾问表示", ["赛迪顾问"]),
])
def test_newspapers_and_advisers_titles(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # foreign companies by their Latin names, between non-letters; English words need a context
    ("是方電訊並攜手KDDI在東京設置國際交換節點", ["是方電訊", "KDDI"]),
    ("中華電信與OneWeb合作的低軌衛星服務", ["中華電信", "OneWeb"]),
    ("下载Zoom后即可开会", []),
    # Taiwan telecom subsidiaries and mainland dealer groups
    ("台灣大旗下台固媒體第3季營收年減約2%", ["台灣大", "台固媒體"]),
    ("和谐汽车、正通汽车、百得利控股等港股上市经销商集团", ["和谐汽车", "正通汽车", "百得利控股"]),
    # a Western oil company is no Occidental; a politician named 盖洛普 is no Gallup
    ("于是，一些西方石油公司纷纷涌入非洲", []),
    ("州工党领袖盖洛普说，这反映了社会的成熟", []),
])
def test_latin_foreign_names_and_taiwan_and_dealer_groups(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subsidiary's registered name holds its parent's, then its business and a legal suffix
    ("投行方面，申万宏源证券承销保荐有限责任公司、长江证券承销保荐有限公司前10个月分别完成",
     ["申万宏源证券承销保荐有限责任公司", "长江证券承销保荐有限公司"]),
    # financial terms with a head inside are no names
    ("10月新开证券账户约286万户", []),
    ("证券公司及其资管子公司私募资管产品规模", []),
    # an existing unit is no unit's name; a free-trade zone's committee keeps its place
    ("东兴证券、信达证券原有营业部将于明年完成更名", ["东兴证券", "信达证券"]),
    ("厦门自贸片区管委会披露", ["厦门自贸片区管委会"]),
    # the members an association is of are inside its name; a title elsewhere ends one
    ("澳門記者聯會及澳門體育記者協會本月分別組織會員", ["澳門記者聯會", "澳門體育記者協會"]),
    ("新华社记者表示", ["新华社"]),
    # the language or existing stock of papers is a kind
    ("澳門現有中文日報十三份、葡文日報三份、英文日報兩份", []),
])
def test_registered_subsidiaries_terms_and_members(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_a_name_after_a_measure_word_jieba_glued(news_orgs) -> None:
    """jieba reads 2架空客 as 2|架空|客 (架空 is a word): the measure word glued to the name after
    it is no part of it, as a list's joiner glued to a name is not (谷歌和|雅虎)."""
    assert news_orgs("于11月18日向上海航空交付2架空客A320neo") == ["上海航空", "空客"]
    assert news_orgs("购买3架波音和5架空客飞机") == ["波音", "空客"]


@pytest.mark.parametrize(("text", "expected"), [
    # every town and township's party committee or government is a kind, as 各级 makes one
    ("及时分片召开乡镇纪委书记会议", []),
    ("由此增进了群众对乡镇党委和政府的信赖", []),
    ("福建省上杭县乡镇企业局表示", ["福建省上杭县乡镇企业局"]),
])
def test_township_bodies_in_general(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_macao_and_hong_kong_bodies_by_their_bare_names(news_orgs) -> None:
    """新闻局 is Macao's information bureau in a Macao text and nothing elsewhere; 无线电视 is TVB in
    a Hong Kong text; 新华社澳门分社 is the agency's branch, one ORG."""
    macao = "澳門新聞局昨日公佈，澳門本地報刊今年獲資助約九十份。新聞局表示"
    assert news_orgs(macao) == ["澳門新聞局", "新聞局"]
    assert news_orgs("据悉，新闻局表示将加强管理") == []
    assert "無綫電視" in news_orgs("香港本港電視台中，無綫電視今年收視上升，香港觀眾增加")
    assert news_orgs("澳门总督韦奇立将军、新华社澳门分社社长王启人出席") == ["新华社澳门分社"]


@pytest.mark.parametrize(("text", "expected"), [
    # a middle school's short name: numbered after its place, attached after its university
    ("在洪山一中读书的刘耀明", ["洪山一中"]),
    ("他毕业于北京四中，后考入中央美术学院附中", ["北京四中", "中央美术学院附中"]),
    # One China in Taiwan politics, a party plenum, 其中: no school
    ("坚持一中原则，九二共识、一中各表", []),
    ("十九届二中全会召开", []),
])
def test_middle_schools_by_short_names(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-character verb opening a trade name after an owner's word, 的 or 、
    ("常熟农商行旗下兴福村镇银行目前仍控股约28家村镇银行", ["常熟农商行", "兴福村镇银行"]),
    ("新苗超級市場、聯豐食品超級市場等", ["新苗超級市場", "聯豐食品超級市場"]),
    # a guild's trade before its federation; 总会 after common words is the adverb
    ("澳門鮮魚行總會表示", ["澳門鮮魚行總會"]),
    # after a county jieba tags as a place (临朐), as after a city
    ("鄄城牡丹村镇银行、临朐聚丰村镇银行，今年", ["鄄城牡丹村镇银行", "临朐聚丰村镇银行"]),
    ("陈安东入幼儿园，教师说", []),
    ("出版界总会有这样的联想", []),
    ("年轻运动员应学会善于调节自己的心理", []),
    # the financial regulator's local bureau; a site's dateline
    ("浙江湖州金融监管分局数据显示", ["浙江湖州金融监管分局"]),
    ("联商网消息：今年前10个月全国新开购物中心约380座", ["联商网"]),
])
def test_trade_names_guilds_regulators_and_sites(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_an_event_named_like_a_body_holds_no_org(news_orgs) -> None:
    """中国国际航空航天博览会 is an airshow: 航空航天 runs the airline's name on, and 博览会 closes an
    event; the airline alone before what it says is the airline."""
    assert news_orgs("本月中旬在珠海举办的中国国际航空航天博览会期间签约") == []
    assert news_orgs("中国国际航空表示，冬春航季将增开航线") == ["中国国际航空"]


@pytest.mark.parametrize(("text", "expected"), [
    # a trade name and an industry word as a list item beside a company: one when its stem names
    # nothing else, or when the company beside it ends with the same industry word
    ("環球水泥、信大水泥、幸福水泥前10月營收分別年減", ["環球水泥", "信大水泥", "幸福水泥"]),
    ("東和鋼鐵的工廠出貨量增加，威致鋼鐵、海光企業等鋼筋廠也同步下修報價",
     ["東和鋼鐵", "威致鋼鐵", "海光企業"]),
    ("生产钢铁、海光企业等", ["海光企业"]),
    # a tender won is no part of the buyer's name; a kind of company is no name
    ("中车长客本月中标成都轨道交通集团有限公司采购的车辆", ["中车长客", "成都轨道交通集团有限公司"]),
    ("央企物流集团中，中国物流集团旗下", ["中国物流集团"]),
    # a company's property-management arm; a newspaper's whole title in book-title marks
    ("克而瑞物管相关负责人指出", ["克而瑞物管"]),
    ("據英國航運刊物《勞氏日報》統計", ["勞氏日報"]),
    ("据英国《星期日泰晤士报》报道", ["星期日泰晤士报"]),
    # a relation between two countries is no body, though jieba tags it nt and it ends in 系
    ("美国国内反华势力企图阻挠美中关系发展时", []),
    ("中美关系的改善", []),
    ("对太阳和太阳系周围50光年的区域；在河外星系M81的核心", []),  # systems of nature
    ("北京大学中文系教授", ["北京大学中文系"]),
])
def test_listed_trade_names_tenders_arms_and_titles(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taiwan's farmers' and fishermen's associations after their place; 农会 alone is a kind
    ("台東地區農會、台南市玉井區農會今年芒果外銷", ["台東地區農會", "台南市玉井區農會"]),
    ("屏東縣枋山地區農會表示", ["屏東縣枋山地區農會"]),
    ("各地农会负责人", []),
    # words jieba tags so that they ended a name: 出入口 (an idiom), 乒乓 (an onomatopoeia), 西海岸
    ("香港中華出入口商會明年3月組團", ["香港中華出入口商會"]),
    ("澳門乒乓總會明年", ["澳門乒乓總會"]),
    ("外援方面，青岛西海岸足球俱乐部以约120万欧元引进中场", ["青岛西海岸足球俱乐部"]),
    # 新建 (newly built) is no place before a facility; 增办 (to hold more) no office
    ("台南、高雄兩地將新建農產冷鏈物流中心", []),
    ("學校今年新建的實訓中心面積約2.4萬平方米", []),
    ("貿發局明年將在廣州、西安等城市增辦推廣活動", ["貿發局"]),
    # a league's name is the competition, and a name before a fair is the fair's
    ("中国足协在上海联合中超联赛有限责任公司发布2026赛季中超联赛商业报告",
     ["中国足协", "中超联赛有限责任公司"]),
    ("外贸协会将组团参加东京国际食品展", []),
    # an ambiguous name confirmed by its fuller name after a place
    ("浙江吉利控股集团共建的汽车产业学院今年向吉利输送毕业生约860人", ["浙江吉利控股集团", "吉利"]),
    ("新春大吉利", []),
    # an ownership word and an adjective make a kind; a report is no field of a joined name
    ("可一位名扬中外的国有大公司的总经理", []),
    ("现在，一进高红小学，人们可以看到9个标准教室", ["高红小学"]),
    ("泰国政府将根据金融风暴调查总结报告和专案审查委员会的审查", ["泰国政府"]),
    # clubs by their name with its city; a mountain or a seaport stays a word
    ("上海申花队本轮在主场以2∶0战胜青岛海牛队", ["上海申花", "青岛海牛"]),
    ("泰山景区和海港码头", []),
    ("中南军区公安部队副司令员", []),  # 公安部|队 is a force, not the ministry's team
])
def test_farmers_associations_leagues_fairs_and_tags(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # awarding and selling verbs end a contractor's or a buyer's name on its left
    ("路政署把屯門公路部分路段擴闊工程批予金門建築有限公司，合約價約23.8億元",
     ["路政署", "金門建築有限公司"]),
    ("其中約一億五千萬度售予澳門電力股份有限公司（澳電）。", ["澳門電力股份有限公司", "澳電"]),
    # 辖下 (under) ends a name like 旗下
    ("建造業議會轄下香港建造學院今年首三季培訓新入行工人", ["建造業議會", "香港建造學院"]),
    # words jieba cut or tagged so that a name broke: 零部件 (mq), 青年 (t), 发行业, 大学校院
    ("宁波市经济和信息化局与宁波市汽车零部件产业协会上周联合调研",
     ["宁波市经济和信息化局", "宁波市汽车零部件产业协会"]),
    ("高雄市政府青年局今年起提供租屋补贴", ["高雄市政府青年局"]),
    ("中国书刊发行业协会发布的报告", ["中国书刊发行业协会"]),
    ("中华民国私立大学校院协进会（私校协进会）则表示", ["中华民国私立大学校院协进会", "私校协进会"]),
    # 私立 and 公立 before a head make a kind, also after a place
    ("私立大学学费上涨，香港公立医院轮候时间延长", []),
    ("四技二专日间部联合登记分发缺额率约24.5%", []),
    # publishers and bookshops by name; a place before one names the local house
    ("中国出版集团有限公司旗下人民文学出版社、商务印书馆和中华书局前三季度合计出版新书",
     ["中国出版集团有限公司", "人民文学出版社", "商务印书馆", "中华书局"]),
    ("由青海人民出版社出版；修饰一新的淮阴市新华书店宽敞明亮", ["青海人民出版社", "淮阴市新华书店"]),
    ("立法會財務委員會（財委會）今年已批出工程撥款", ["立法會財務委員會", "財委會"]),
])
def test_award_verbs_owner_words_and_taiwan_schools(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an academy's branch institute in a place, written right after it, is one ORG (no CITY)
    ("广东省特种设备检测研究院佛山检测院本周一启用电梯部件检测实验室",
     ["广东省特种设备检测研究院佛山检测院"]),
    ("中国科学院电影院今晚放映", ["中国科学院"]),  # a cinema is no branch
    # jieba's tags that broke names: 联合控股 (联合/v), 养老 (nr), 港九 (m)
    ("浙江市场方面，西子联合控股有限公司旗下杭州西奥电梯有限公司今年承接项目",
     ["西子联合控股有限公司", "杭州西奥电梯有限公司"]),
    ("中国社会福利与养老服务协会发布报告", ["中国社会福利与养老服务协会"]),
    ("社区养老服务中心增至120家", []),  # a care centre alone is a kind
    ("港九勞工社團聯會要求提高最低工資", ["港九勞工社團聯會"]),
    # Hong Kong's statutory bodies by names other places' bodies bear: ORG only in a Hong Kong text
    ("香港勞工處表示，最低工資委員會昨日向香港特區政府提交報告；僱員再培訓局（再培訓局）今年提供培訓名額",
     ["香港勞工處", "最低工資委員會", "香港特區政府", "僱員再培訓局", "再培訓局"]),
    ("最低工资委员会建议提高工资标准", []),  # a mainland text: no one body
    ("德国最低工资委员会建议提高工资标准", ["德国最低工资委员会"]),  # a country's own
    # a registered name whose trade name opens with a function character keeps its city
    ("据悉，广州市和也健康科技有限公司中标", ["广州市和也健康科技有限公司"]),
    ("由深圳市同为数码科技股份有限公司承建", ["深圳市同为数码科技股份有限公司"]),
    ("深圳市与腾讯科技有限公司签约", ["腾讯科技有限公司"]),  # the city and the company
    # a trade name and 创投 (venture capital) where the text treats it as a company
    ("蓝驰创投表示，将继续投资早期项目", ["蓝驰创投"]),
    # investors in a financing round; a firm's name inside a market phrase is none
    ("本轮融资由源码资本领投，高榕资本和北极光创投跟投", ["源码资本", "高榕资本", "北极光创投"]),
    ("今日资本市场表现平稳", []),
    # a factory named by its place and trade is an enterprise; a company's plant and a water works are not
    ("旗下长沙卷烟厂、常德卷烟厂和河南中烟工业有限责任公司许昌卷烟厂上周投产",
     ["长沙卷烟厂", "常德卷烟厂", "河南中烟工业有限责任公司许昌卷烟厂"]),
    ("比亚迪西安工厂和白龙港污水处理厂", ["比亚迪"]),
    # a one-character unit after a verb that opens a word jieba cut is no department
    ("蓝箭航天已于9月底向上海证券交易所提交科创板上市申请", ["蓝箭航天", "上海证券交易所"]),
    ("和内政部反毒局等警察部门", ["内政部反毒局"]),
    # an ambiguous name before a period and 录得 (recorded); a society before 上月
    ("西九管理局上周五公布，M+今年首三季錄得約196萬人次入場", ["西九管理局", "M+"]),
    ("澳門金融學會上月舉辦考試", ["澳門金融學會"]),
    # former ministries by name; a country's one-character name before a ministry is part of it
    ("在农业部、卫生部和铁道部的支持下，墨卫生部决定，英外交部称",
     ["农业部", "卫生部", "铁道部", "墨卫生部", "英外交部"]),
    ("4月6日国务院副总理表示", ["国务院"]),  # a date's 日 is no country
    # a role before a company stays outside (业者); a group's esports club and games arm are its units
    ("教科書業者康軒文教事業股份有限公司表示", ["康軒文教事業股份有限公司"]),
    ("滔搏电竞和哔哩哔哩电竞，网易游戏与腾竞体育", ["滔搏电竞", "哔哩哔哩电竞", "网易游戏", "腾竞体育"]),
    # words jieba cut or tagged so that a unit broke: 终身 (d), 月季 (t), 园艺学|会
    ("教育部終身教育司表示，中国花卉协会月季分会和中国园艺学会",
     ["教育部終身教育司", "中国花卉协会月季分会", "中国园艺学会"]),
    ("英雄联盟全球总决赛", []),  # a game
    # hospitals by their short names
    ("上海瑞金医院、浙大二院和中山一院的专家", ["上海瑞金医院", "浙大二院", "中山一院"]),
    ("香港醫管局表示，屯門醫院和北區醫院急症室輪候時間延長", ["香港醫管局", "屯門醫院", "北區醫院"]),
    # a city's transport, engineering or site office (处) after its place
    ("臺北市公共運輸處表示，日月潭國家風景區管理處也", ["臺北市公共運輸處", "日月潭國家風景區管理處"]),
    ("北京市多处小区停水", []),
    # Taiwan's bus companies; 公路局 alone is Taiwan's highway bureau in a Taiwan text
    ("公路局指出，大都會客運、欣欣客運與府城客運均獲補助", ["公路局", "大都會客運", "欣欣客運", "府城客運"]),
    # Taiwan's agencies renamed since 2023, by their new and former names
    ("由農業部農村發展及水土保持署（農村水保署）輔導，前身為水保局", [
        "農業部農村發展及水土保持署", "農村水保署", "水保局"]),
    # a bank's branch in a city whose 行 jieba glued to the next word (分|行为)
    ("招商银行深圳分行为辖内约3600家外贸企业开立账户", ["招商银行深圳分行"]),
    # a registered name whose trade name is a direction after its city (东部, 西部)
    ("深圳市东部公共交通有限公司、深圳市西部公共汽车有限公司今年已更换电池",
     ["深圳市东部公共交通有限公司", "深圳市西部公共汽车有限公司"]),
    ("广东省东部地区经济增长", []),
    # 控股 before 的 and a registered name is the verb; not before 的 and a kind of company
    ("北京公交集团控股的北京巴士传媒股份有限公司三季度营收增长",
     ["北京公交集团", "北京巴士传媒股份有限公司"]),
    ("澳博控股的附属公司澳娛綜合度假股份有限公司", ["澳博控股", "澳娛綜合度假股份有限公司"]),
    # a level body after another level's character names every such body (县市政府), not one
    ("交通部將邀集各縣市政府研商接駁", ["交通部"]),
    ("一些市县政府在组织企业改制", []),
    ("杭州市市政府表示", ["杭州市市政府"]),
    # Macao's statistics service by its short name, in a Macao text
    ("澳門統計暨普查局數據顯示，本澳零售額上升。統計局另指，第三季銷售量指數上升",
     ["澳門統計暨普查局", "統計局"]),
    ("统计局数据显示，杭州市统计局表示", ["杭州市统计局"]),
    ("澳門藥監局在氹仔一間藥房檢獲減肥藥，案件已轉介檢察院跟進。本澳藥房", ["澳門藥監局", "檢察院"]),
    ("案件已移送检察院审查起诉", []),  # a mainland text: any procuratorate
    ("交通事務局昨日公佈，全澳登記機動車輛共25.8萬輛。交通局表示，本澳停車場", ["交通事務局", "交通局"]),
    ("交通局表示，杭州市交通局称", ["杭州市交通局"]),
    # foreign trade agencies, statistics offices and central banks; city bus groups by short names
    ("日本贸易振兴机构数据显示，德国联邦统计局和俄罗斯中央银行上周公布", [
        "日本贸易振兴机构", "德国联邦统计局", "俄罗斯中央银行"]),
    ("在上海，久事公交11月18日起在浦东投放换电公交车", ["久事公交"]),
    # an ambiguous name after a count is a kind (12家意大利银行); after 各国, every country's
    ("其中包括12家意大利银行在美国的分支。意大利银行4月21日晚宣布降息", ["意大利银行"]),
    ("荷兰中央银行表示，欧洲中央银行将和各国中央银行联手", ["荷兰中央银行", "欧洲中央银行"]),
    ("菲律宾中央银行日前决定降息。中央银行表示将维持比索稳定", ["菲律宾中央银行", "中央银行"]),
])
def test_academy_branches_and_name_tags(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hong Kong's 衞 (OpenCC t2s keeps it) matches the gazetteer's 卫
    ("辦學團體包括香港聖公會及循道衞理聯合教會等", ["香港聖公會", "循道衞理聯合教會"]),
    # an ambiguous name that says something (透露, 证实, 回应) acts as the body
    ("仁濟醫院則透露，旗下中學今年收生減少", ["仁濟醫院"]),
    # an ambiguous name ending with a shop's head after a place and 的 is the shop
    ("南京的先锋书店把新书首发活动增至40场", ["先锋书店"]),
    ("杭州的口碑很好", []),
    # a research station of a ministry (试验所); principals' associations (校长会)
    ("農業部水產試驗所則預計明年完成建置", ["農業部水產試驗所"]),
    ("香港資助小學校長會則建議分階段處理，多名校长会见家长", ["香港資助小學校長會"]),
    # 对外 (foreign) inside a name; Taiwan's districts before a fishermen's association
    ("中華民國對外漁業合作發展協會預估", ["中華民國對外漁業合作發展協會"]),
    ("新北市萬里區漁會也表示，今年蟹類拍賣額增加", ["新北市萬里區漁會"]),
    # public libraries by the gazetteer (the city in front belongs to the name); delivery platforms
    ("杭州图书馆前10个月接待读者约612万人次，首都图书馆和深圳图书馆", [
        "杭州图书馆", "首都图书馆", "深圳图书馆"]),
    ("業界估計，澳覓佔本澳外賣市場約65%的份額，mFood佔約30%", ["澳覓", "mFood"]),
    # a registered name starts where its bracketed short form's first characters stand (牧|原, 五|得利)
    ("上市猪企方面，牧原食品股份有限公司（以下简称“牧原股份”）10月销售商品猪约720万头",
     ["牧原食品股份有限公司", "牧原股份"]),
    ("五得利面粉集团有限公司（以下简称“五得利”）相关负责人表示，五得利的工厂",
     ["五得利面粉集团有限公司", "五得利", "五得利"]),
    # a venue named like its operator is a facility: no trade name learnt from the company's name
    ("負責營運的啟德體育園有限公司表示，啟德體育園今年入場逾210萬人次", ["啟德體育園有限公司"]),
    # a department whose fields jieba tags as a verb (准照); 转介 (to refer) is one word
    ("藥監局准照及稽查廳指出，截至10月底", ["藥監局准照及稽查廳"]),
    # 控股 as the verb after a group: the group stays whole; a grain group's business lines
    ("嘉士伯集团控股的重庆啤酒股份有限公司今年前三季度销量增长", ["嘉士伯集团", "重庆啤酒股份有限公司"]),
    ("中粮麦芽表示，进口大麦价格下降", ["中粮麦芽"]),
    # Hong Kong and Macao shops named X记 (巨记饼家, 巨记手信集团); 饼家 heads a bakery's name
    ("鉅記手信集團昨日表示，旗下鉅記餅家在全澳共有29間分店，咀香園餅家表示", [
        "鉅記手信集團", "鉅記餅家", "咀香園餅家"]),
    ("传统饼家和老饼家越来越少。——记四川有线电视台", ["四川有线电视台"]),
    # a two-character adverb after a province is a trade name before a legal suffix (自然/d)
    ("浙江自然户外用品股份有限公司则披露", ["浙江自然户外用品股份有限公司"]),
    # a kind of hospital (公立医院) after a verb names nothing; Macao's courts in a Macao text
    ("国外品牌合计约占公立医院采购量的六成，香港公立医院和北京协和医院", ["北京协和医院"]),
    ("澳門初級法院昨日判決，本澳案件由中級法院審理", ["澳門初級法院", "中級法院"]),
    # funeral parlours and a city's funeral service centre are institutions; a ministry's
    # numbered institute; a university's faculty (学部); a food company's name with its trade
    ("上海市殡葬服务中心下属的龙华殡仪馆、八宝山殡仪馆和成都市殡仪馆", [
        "上海市殡葬服务中心", "龙华殡仪馆", "八宝山殡仪馆", "成都市殡仪馆"]),
    # funeral groups, aircraft maintenance companies, childcare chains (gazetteer)
    ("福寿园和安贤园中国控股，厦门太古飞机工程与罗尔斯-罗伊斯，美吉姆和金宝贝", [
        "福寿园", "安贤园中国控股", "厦门太古飞机工程", "罗尔斯-罗伊斯", "美吉姆", "金宝贝"]),
    # a Taiwan hospital with the foundation that runs it; a bracketed 国际 inside a registered name
    ("國泰醫療財團法人國泰綜合醫院和秀傳醫療社團法人秀傳紀念醫院", [
        "國泰醫療財團法人國泰綜合醫院", "秀傳醫療社團法人秀傳紀念醫院"]),
    ("东方海外（国际）有限公司公布业绩", ["东方海外（国际）有限公司"]),
    # words before a registered name the gazetteer holds are no part of it; its city is
    ("旗下租赁平台佛罗伦国际有限公司截至9月底，上海佛罗伦国际有限公司", [
        "佛罗伦国际有限公司", "上海佛罗伦国际有限公司"]),
    ("民政部一零一研究所发布报告，华东师范大学教育学部和味全食品工业", [
        "民政部一零一研究所", "华东师范大学教育学部", "味全食品工业"]),
    # robotaxi companies and dental chains (gazetteer); Baidu's robotaxi service is its product
    ("小马智行与如祺出行合作，百度旗下萝卜快跑订单增长，瑞泰口腔和牙博士口腔扩张", [
        "小马智行", "如祺出行", "百度", "瑞泰口腔", "牙博士口腔"]),
    # restaurant brands, rolling-stock makers by city, sugar groups, a fish-marketing body (gazetteer)
    ("王品旗下的石二鍋、青花驕，中车青岛四方和南华糖业，魚類統營處表示", [
        "王品", "石二鍋", "青花驕", "中车青岛四方", "南华糖业", "魚類統營處"]),
    # a bloc before 出口/进口 is the region traded with
    ("其中对东盟出口增长超过两成，东盟秘书处表示", ["东盟秘书处"]),
    # an ambiguous name listed before 等企业 (a list of companies) is one; a list of kinds is none
    ("联想、方正和浪潮等企业纷纷涉足", ["联想", "方正", "浪潮"]),
    ("国有、民营和外资等企业", []),
    ("方正的人，浪潮汹涌", []),
    # craft brewers, toy makers, Taiwan's e-commerce companies by their registered names (gazetteer)
    ("熊猫精酿、牛啤堂和大跃啤酒等品牌，邦宝益智与網路家庭旗下的網家速配", [
        "熊猫精酿", "牛啤堂", "大跃啤酒", "邦宝益智", "網路家庭", "網家速配"]),
    # a control area named like the company that runs it is an area (青马管制区)
    ("運輸署上月向青馬管理有限公司批出青馬管制區新一份合約", ["運輸署", "青馬管理有限公司"]),
    # Taiwan's gas-station companies, grain bureaus, Hong Kong's renamed sports bodies, OPEC's
    # Taiwan form (gazetteer batch)
    ("台亞石油與山隆通運跟進，河南省粮食和物资储备局、香港殘疾人奧委會暨傷殘人士體育協會及石油輸出國家組織", [
        "台亞石油", "山隆通運", "河南省粮食和物资储备局", "香港殘疾人奧委會暨傷殘人士體育協會",
        "石油輸出國家組織"]),
])
def test_variants_shops_stations_and_districts(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name found as a list item is the same body where the text repeats it
    ("迷客夏、50嵐、麻古茶坊等品牌仍以本地為主，麻古茶坊今年新增門市約60家", [
        "迷客夏", "50嵐", "麻古茶坊", "麻古茶坊"]),
    ("物理、生物、通信等部门对外开放", []),
    # 高新 (high and new technology) inside a registered name is no adverb
    ("湖南飞鹿高新材料技术股份有限公司订单增长", ["湖南飞鹿高新材料技术股份有限公司"]),
    # a platform's car-care chain and a group's paints maker are its arms
    ("天猫养车和京东养车门店增加，华润涂料在佛山扩产", ["天猫养车", "京东养车", "华润涂料"]),
])
def test_repeated_list_items_and_arms(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coatings makers, drink brands and their suppliers, aftermarket chains, jewellers' bodies,
    # hot-pot and tea companies (gazetteer batch)
    ("嘉宝莉与关西涂料扩产，龜記茗品和萬波島嶼紅茶展店，鮮活控股供貨", [
        "嘉宝莉", "关西涂料", "龜記茗品", "萬波島嶼紅茶", "鮮活控股"]),
    ("康众汽配、精典汽车与驰加合作，港九押業商會表示，谢裕大茶业和小天鹅火锅", [
        "康众汽配", "精典汽车", "驰加", "港九押業商會", "谢裕大茶业", "小天鹅火锅"]),
    # a brand's short name that is also a word counts only in context
    ("黄山一带有“古徽六邑”，打开思路", []),
])
def test_coatings_drinks_aftermarket_and_tea_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bracketed form word before an industry word inside a registered name
    ("包头的中国北方稀土（集团）高科技股份有限公司表示", ["中国北方稀土（集团）高科技股份有限公司"]),
    # a role word no name holds ends a registered name read leftwards (上市厂: a listed maker)
    ("另一家上市廠世德工業股份有限公司表示", ["世德工業股份有限公司"]),
    # a trade name learnt before an industry word of [industry] (螺丝) is the company elsewhere
    ("世豐螺絲股份有限公司在岡山設廠，世豐前3季稅後純益成長", ["世豐螺絲股份有限公司", "世豐"]),
    # numbered factories of a trade; a nuclear plant numbered after one character is a facility
    ("上海民族乐器一厂和武汉国棉二厂，台電審查核三廠延役", ["上海民族乐器一厂", "武汉国棉二厂", "台電"]),
    # private hospitals as a kind (Hong Kong's 私家)
    ("業界指，香港私家醫院的病房收費上升，養和醫院表示", ["養和醫院"]),
    # the European Commission as Taiwan writes it
    ("歐盟執委會宣布對扣件課徵反傾銷稅", ["歐盟執委會"]),
    # a kind of company before a legal suffix names none
    ("江苏省已成立股份制有限公司372家，独资有限公司增加", []),
    # a trade's big maker (大厂) before a registered name is a role, outside it
    ("高爾夫球頭大廠復盛應用科技股份有限公司，碳纖維大廠拓凱實業股份有限公司", [
        "復盛應用科技股份有限公司", "拓凱實業股份有限公司"]),
    ("中国上市公司协会发布报告", ["中国上市公司协会"]),
    # a group's name before a subsidiary's city is part of the subsidiary's registered name
    ("同时，东风柳州汽车有限公司表示", ["东风柳州汽车有限公司"]),
    # shops and firms named 行 (music stores, law firms); a kind of shop is none
    ("柏斯琴行和通利琴行门店增加，胡關李羅律師行表示，一家车行", ["柏斯琴行", "通利琴行", "胡關李羅律師行"]),
])
def test_registered_forms_numbered_factories_and_kinds(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # piano makers and music stores, fastener makers, metals price platforms, optical chains,
    # kitchenware and gyms (gazetteer batch)
    ("施坦威与珠江钢琴合作，柏斯琴行和通利琴行门店增加，晉億實業擴產", [
        "施坦威", "珠江钢琴", "柏斯琴行", "通利琴行", "晉億實業"]),
    ("亚洲金属网数据显示，博士眼镜和吴良材眼镜扩张，爱仕达与乐刻运动", [
        "亚洲金属网", "博士眼镜", "吴良材眼镜", "爱仕达", "乐刻运动"]),
    # a registered name the gazetteer holds before its industry word stays whole
    ("包头的中国北方稀土（集团）高科技股份有限公司表示，北方稀土", [
        "中国北方稀土（集团）高科技股份有限公司", "北方稀土"]),
])
def test_instruments_fasteners_metals_eyewear_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb or a Chinese numeral opening a clause before a registered name is its trade name
    ("美國買家追加下單。一心生物科技股份有限公司上週宣布", ["一心生物科技股份有限公司"]),
    ("大豆期货下跌1.8%。九三粮油工业集团有限公司相关负责人表示", ["九三粮油工业集团有限公司"]),
    ("他们正在筹建生物科技有限公司", []),
    # emission-rights and property-rights exchanges, a Taiwan agricultural station after its ministry,
    # an arbitration institution, an association's mediation centre
    ("湖北碳排放权交易中心统计，重庆联合产权交易所表示，天津排放权交易所", [
        "湖北碳排放权交易中心", "重庆联合产权交易所", "天津排放权交易所"]),
    ("農業部臺南區農業改良場指出，珠海國際仲裁院上月受理，中国消费者协会调解中心", [
        "農業部臺南區農業改良場", "珠海國際仲裁院", "中国消费者协会调解中心"]),
    # Macao's courts and legal-aid commission by their bare names in a Macao text
    ("本澳各級法院收案，澳門律師公會表示。終審法院收案97宗，行政法院收案約240宗，司法援助委員會表示", [
        "澳門律師公會", "終審法院", "行政法院", "司法援助委員會"]),
    # a soy sauce is a product; Disney is the company beside another, its park a place
    ("主流品牌生抽零售价上升，美國片商華納兄弟及迪士尼上映，去迪士尼玩", ["華納兄弟", "迪士尼"]),
])
def test_clause_opening_trade_names_exchanges_and_courts(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an & between two Latin words is inside the name
    ("澳門的C&C律師事務所表示", ["C&C律師事務所"]),
    # condiment makers, carbon exchanges, certification bodies, film distributors, herbal makers,
    # arbitration bodies (gazetteer batch)
    ("厨邦与龟甲万，中国质量认证中心和中环联合（北京）认证中心有限公司，洲立影片發行及高先電影", [
        "厨邦", "龟甲万", "中国质量认证中心", "中环联合（北京）认证中心有限公司", "洲立影片發行",
        "高先電影"]),
    ("中药材天地网数据显示，胡庆余堂和雷允上，深圳国际仲裁院与香港国际仲裁中心", [
        "中药材天地网", "胡庆余堂", "雷允上", "深圳国际仲裁院", "香港国际仲裁中心"]),
    # a brand's short name that is also a word counts only in context
    ("辣妹子唱歌，丘比特之箭", []),
])
def test_ampersands_and_condiment_carbon_film_legal_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # golf brands, fireworks makers, mini-storage operators, truck makers, commercial-vehicle media,
    # car dealers (gazetteer batch)
    ("Callaway与TaylorMade訂單增加，熊猫烟花和东信烟花出口，第一商用车网数据显示", [
        "Callaway", "TaylorMade", "熊猫烟花", "东信烟花", "第一商用车网"]),
    ("仁孚行表示，北奔重汽与庆铃汽车，惠氏营养品", ["仁孚行", "北奔重汽", "庆铃汽车", "惠氏营养品"]),
    # a translated surname named like a formula brand counts only in context
    ("联合国儿童基金会执行主任贝拉米今天说", ["联合国儿童基金会"]),
])
def test_golf_fireworks_trucks_dealers_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Taiwan district's or township's office; Macao's Nam Kwong and Hong Kong's food-safety centre
    # by their short names in their region's texts
    ("新北市烏來區公所表示，宜蘭縣礁溪鄉公所指出", ["新北市烏來區公所", "宜蘭縣礁溪鄉公所"]),
    ("澳門消委會指出，本澳油站由南光、蜆殼及加德士等公司經營", ["澳門消委會", "南光", "蜆殼", "加德士"]),
    ("香港食環署表示。食物安全中心今年在香港街市抽樣", ["香港食環署", "食物安全中心"]),
    # a hotel by its name that says what a company says is one; a kind of hotel is none
    ("北投老爺酒店則表示，北投麗禧溫泉酒店並指出，福華大飯店指出，當地酒店表示，三亞高星級酒店指出", [
        "北投老爺酒店", "北投麗禧溫泉酒店", "福華大飯店"]),
    ("我们入住北投老爺酒店，房间宽敞", []),
])
def test_district_offices_and_regional_short_names(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # drug outsourcers, port machinery makers, fungi growers, Taiwan hotel groups, car rental (gazetteer)
    ("合全药业与蓬勃生物，卫华集团和科尼起重机，雪榕生物与众兴菌业，福容大饭店及神州租车", [
        "合全药业", "蓬勃生物", "卫华集团", "科尼起重机", "雪榕生物", "众兴菌业", "福容大饭店", "神州租车"]),
    # a biomedical park is a place; a phrase named like a company counts only in context
    ("苏州生物医药产业园今年新增企业46个，东方时尚元素", []),
])
def test_outsourcing_port_fungi_hotel_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's extension station, a ministry's office named by its fields
    ("广西壮族自治区蚕业技术推广站表示，商务部茧丝绸协调办公室发布", [
        "广西壮族自治区蚕业技术推广站", "商务部茧丝绸协调办公室"]),
    # a maker written as its goods and 厂 before a registered name is a role, outside it
    ("此外，LED驅動IC廠聚積科技股份有限公司表示", ["聚積科技股份有限公司"]),
    # an online-education group by its full name and a MOOC platform (gazetteer)
    ("好未来教育集团（以下简称“好未来”）上周发布业绩，学堂在线用户增长", [
        "好未来教育集团", "好未来", "学堂在线"]),
    # two common nouns learnt from a registered name are goods, not its short name
    ("杭州可靠护理用品股份有限公司（以下简称“可靠股份”）表示，其成人护理用品销售增长", [
        "杭州可靠护理用品股份有限公司", "可靠股份"]),
])
def test_extension_stations_offices_and_goods(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # glove makers, hygiene-products makers, silk groups, Hong Kong racing bodies, mattress makers (gazetteer)
    ("顶级手套与贺特佳，尤妮佳和雀氏，万事利与凯喜雅，香港马会奖券有限公司及金可儿", [
        "顶级手套", "贺特佳", "尤妮佳", "雀氏", "万事利", "凯喜雅", "香港马会奖券有限公司", "金可儿"]),
    # a kind of mattress named after a brand counts only in context
    ("卧室里的席梦思很软", []),
])
def test_gloves_hygiene_silk_racing_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # metros, railway bureaus, airport groups, tourism groups and culture-and-tourism bodies (gazetteer)
    ("无锡地铁与中国铁路郑州局集团，贵州省机场集团和江西省旅游集团，河南省文化和旅游厅表示", [
        "无锡地铁", "中国铁路郑州局集团", "贵州省机场集团", "江西省旅游集团", "河南省文化和旅游厅"]),
    # a transport card named like its issuer counts only in context
    ("乘客可用羊城通刷卡进站", []),
])
def test_metros_railways_airports_tourism_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # payment licensees, city state-capital groups, development-zone committees (gazetteer)
    ("联动优势与杉德支付，青岛华通集团和西安经发集团，苏州工业园区管委会表示", [
        "联动优势", "杉德支付", "青岛华通集团", "西安经发集团", "苏州工业园区管委会"]),
])
def test_payments_state_capital_zones_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taiwan mid and small caps by their short names (gazetteer)
    ("威盛与矽统，宜鼎和广颖电通，致伸及神基科技公布营收", [
        "威盛", "矽统", "宜鼎", "广颖电通", "致伸", "神基科技"]),
    # a short name that is also a given name counts only in context
    ("本报武汉5月19日电记者龚达发报道", []),
])
def test_taiwan_mid_caps_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hong Kong-listed mid caps and Macao bodies by former names (gazetteer)
    ("丰德丽控股与汤臣集团，东英金融和致富证券，澳门经济局表示", [
        "丰德丽控股", "汤臣集团", "东英金融", "致富证券", "澳门经济局"]),
])
def test_hong_kong_mid_caps_and_macao_bodies_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dictionary word for a kind of maker (成衣厂) before a registered name is a role, outside it;
    # a factory's own name before its legal suffix keeps it
    ("成衣廠聚陽實業股份有限公司（聚陽）10月營收為40.8億元", ["聚陽實業股份有限公司", "聚陽"]),
    ("上海第一纺织厂有限公司表示", ["上海第一纺织厂有限公司"]),
    # a gazetteer company before an industry word and a legal suffix: the registered name whole
    ("內地美妝集團加快在港部署。上海家化聯合股份有限公司上月在尖沙咀開店", ["上海家化聯合股份有限公司"]),
    # an era word opening a clause before a registered name is its trade name; a date word is not
    ("美容院連鎖方面，現代美容控股有限公司上周五公佈中期業績", ["現代美容控股有限公司"]),
    # a count of a level's character (两市) names the places' bodies, no body of its own;
    # a place led by a numeral keeps its body
    ("台北、新北兩市百貨公司週年慶業績普遍優於去年", []),
    ("福建和江西两省防汛抗旱指挥部发出慰问电，郑州市二七区委决定", ["区委"]),
    # Macao's civil registry under the legal affairs bureau
    ("法務局轄下民事登記局昨日公佈，今年首十個月共辦理結婚登記", ["民事登記局"]),
    # a Latin brand the gazetteer holds in lower case, written capitalized
    ("主要客戶Lululemon和Nike的補貨訂單陸續出貨", ["Lululemon", "Nike"]),
])
def test_role_words_era_words_and_counted_levels(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # foreign brands by the Latin names news writes (gazetteer batch), in any case
    ("訂單主要來自adidas、PUMA與Under Armour，優衣庫和UNIQLO", [
        "adidas", "PUMA", "Under Armour", "優衣庫", "UNIQLO"]),
    # a Taiwan textile maker whose short name is a phrase counts in context, not as a phrase
    ("台南企業表示，印尼廠將新增產線", ["台南企業"]),
    ("热情讴歌英模人物，前场铁三角仍由三人组成", []),
])
def test_foreign_brands_and_taiwan_textile_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an industry word as a registered name's trade (山东|玻纤|集团): no short name learnt from it
    ("山东玻纤集团股份有限公司在临沂扩产，规模以上玻纤企业约有120家", ["山东玻纤集团股份有限公司"]),
    # a room a body runs is a facility, no unit of it
    ("現時使用康文署健身室的市民須持有使用證", ["康文署"]),
    # a company's branch the gazetteer names after a place, and a branch named after the body's head
    ("台灣港務股份有限公司高雄港務分公司統計，勞動部勞動力發展署高屏澎東分署與大學合作", [
        "台灣港務股份有限公司高雄港務分公司", "勞動部勞動力發展署高屏澎東分署"]),
    # Hong Kong's high court in a Hong Kong text; Denso's name as a trade is no company
    ("消委會表示，香港海關已介入，本港警方亦跟進。涉事公司被債權人入稟高等法院申請清盤", [
        "消委會", "香港海關", "高等法院"]),
    ("合作開辦遊艇木作與電裝專班", []),
    # Latin names ending with a business word, and Latin names before what they say after an adverb
    ("另一家經銷商Galati Yacht Sales則預估，Anytime Fitness則指，Snap Fitness亦表示", [
        "Galati Yacht Sales", "Anytime Fitness", "Snap Fitness"]),
    ("下载Apple Music和Google Play Store", ["Google"]),
])
def test_industry_trades_facilities_branches_and_latin_heads(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Taiwan agencies' regional branches and state-owned enterprises' units, Hong Kong police units
    # and hospital clusters (gazetteer batch)
    ("水利署第十河川分署表示，台電高雄區營業處指出，台水第七區管理處停水", [
        "水利署第十河川分署", "台電高雄區營業處", "台水第七區管理處"]),
    ("商業罪案調查科與九龍東聯網合作，旺角警區表示", ["商業罪案調查科", "九龍東聯網", "旺角警區"]),
    # a bureau's name that is also other countries' (联邦调查局) counts only in context
    ("美国联邦调查局称", ["美国联邦调查局"]),
])
def test_taiwan_agency_branches_and_hong_kong_units_gazetteer(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a transliteration's last character that jieba cut off as a measure word stays in a listed name
    ("其保持架主要供应舍弗勒、斯凯孚和恩斯克等企业", ["舍弗勒", "斯凯孚", "恩斯克"]),
    # a country after another place names an association's field or members
    ("東方葡萄牙學會今年與里斯本出版社合作，澳門葡萄牙商會會長表示，当地美国商会", [
        "東方葡萄牙學會", "澳門葡萄牙商會"]),
    # bakeries named 饼屋, like 饼家
    ("聖安娜餅屋相關負責人透露，奇華餅家表示", ["聖安娜餅屋", "奇華餅家"]),
])
def test_listed_transliterations_country_fields_and_bakeries(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an idiom or set phrase (jieba's i) is a field right before a head, after a place or a name
    ("我来到北京市人才交流中心参加招聘会，由国务院扶贫开发领导小组牵头", [
        "北京市人才交流中心", "国务院扶贫开发领导小组"]),
    # elsewhere it ends a name, and it is no list item
    ("本报讯河北省定州市第三建筑工程公司全心全意依靠职工办企业", ["河北省定州市第三建筑工程公司"]),
    ("他们建立治安巡逻、物价监督、市场管理等制度", []),
])
def test_idioms_as_fields(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a listed name whose last character jieba glued to a verb's first (盒|马上|架)
    ("目前产品已进入商超，并在永辉超市、盒马上架", ["永辉超市", "盒马"]),
    # a trade's 商 and the 会 jieba cut off it, before what a body says: the association
    ("香港海味雜貨商會相關負責人表示，上環一帶現有海味店約180間", ["香港海味雜貨商會"]),
    ("香港批发商会继续加价", []),
    # trading houses listed before 等 and a trader's word; a kind of company before goods names none
    ("海生行、隆泰行等批發商則指出", ["隆泰行"]),
    ("拼多多相关负责人表示，平台二手手机上月销量环比增长", ["拼多多"]),
    # an operations centre in a region is a facility
    ("公司位于常州的华东运营中心本月新增3条质检线", []),
])
def test_glued_lists_traders_associations_and_facilities(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_macao_chains_named_by_words(news_orgs) -> None:
    """Chains whose names are words or places are the chains in a Macao text (丰泽, 百老汇)."""
    text = "本澳電器連鎖店豐澤今年在本澳新開2間分店。百老匯相關負責人透露，其澳門門市營業額增長"
    assert news_orgs(text) == ["豐澤", "百老匯"]
    assert news_orgs("泉州丰泽区的商场；百老汇音乐剧上演") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a gazetteer name at the start of a jieba place word is the place's
    ("茶改場也規劃明年在阿里山鄉新設監測站，阿里地区文物抢救工程", ["茶改場"]),
    ("培养出北京百货大楼、西单商场、全聚德烤鸭店等著名商界企业总经理", ["全聚德"]),
    # a worker's 工 and the 会 jieba cut off it, before what a body says: the union
    ("協助本地中年人士轉職。澳門洗衣工會指出，本地熨燙工人的平均工資上升", ["澳門洗衣工會"]),
    # a trade written as a verb inside an association's name after its place; not a frequent verb
    ("廣東省洗染行業協會及廣州市洗衣洗滌行業協會上週簽署，粵港澳大灣區洗滌商業聯合會指出", [
        "廣東省洗染行業協會", "廣州市洗衣洗滌行業協會", "粵港澳大灣區洗滌商業聯合會"]),
    ("衛星發射成功使埃及成為國際太空俱樂部的成員", ["國際太空俱樂部"]),
    # a one-character verb opening a listed name after 、
    ("管家帮、轻喜到家、爱侬家政等企业则把重点放在员工制转型上", ["管家帮", "轻喜到家", "爱侬家政"]),
    # open universities; KTV chains and Travelex (gazetteer)
    ("同时联合上海开放大学开设课程，纯K与唱吧麦颂KTV扩张，通濟隆在機場設櫃", [
        "上海开放大学", "纯K", "唱吧麦颂KTV", "通濟隆"]),
])
def test_place_words_unions_trade_verbs_and_listed_verbs(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_hong_kong_monetary_authority_by_its_bare_name(news_orgs) -> None:
    """金融管理局 alone is Hong Kong's in a Hong Kong text; elsewhere only with its place."""
    assert news_orgs("本港銀行業表示。香港國際機場旅客增加，金融管理局早前指出") == [
        "香港國際機場", "金融管理局"]
    assert news_orgs("新加坡金融管理局表示，金融管理局是该国央行") == ["新加坡金融管理局", "央行"]


@pytest.mark.parametrize(("text", "expected"), [
    # a rare noun listed beside a proper name before a list head is one of them; not a common kind
    ("飞亚达、依波等传统品牌也推出了混合智能表", ["飞亚达", "依波"]),
    ("编了我国千家中西制药、保健品、医疗器械、制药机械等企业", ["中西制药"]),
    # watch factories and industry words; 指 (points out) is no part of a body's name
    ("北京手表厂相关负责人说，珠海罗西尼表业有限公司新增专柜，罗西尼相关负责人称", [
        "北京手表厂", "珠海罗西尼表业有限公司", "罗西尼"]),
    ("环境及生态局上周提交文件，指政府计划在沙岭提供新龛位", ["环境及生态局"]),
])
def test_listed_rare_names_watch_factories_and_saying(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_two_character_ambiguous_name_saying_what_a_company_says(news_orgs) -> None:
    """A two-character ambiguous name right before what a body says (金车指出) is the company
    wherever else the text names it; a weaker context (则把) confirms nothing."""
    text = ("民間酒廠方面，金車今年前10月威士忌出口量約180萬瓶。金車的酒款主要銷往日本。"
            "金車指出，旗下酒廠遊客回升。")
    assert news_orgs(text) == ["金車", "金車", "金車"]
    assert news_orgs("荣耀则把旧机最高折抵金额提高。这是球队的荣耀。") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a region's branch named after its body's head, whatever jieba made of it (中|区分|署)
    ("農糧署中區分署上週在台中邀集彰化縣農會召開座談會", ["農糧署中區分署", "彰化縣農會"]),
    # a farmer's 农 and the 会 jieba cut off it, after a place, before what a body says
    ("示範面積約320公頃。新港鄉農會表示，今年供應學校午餐用米", ["新港鄉農會"]),
    # an industry word written as a verb after fields, right before an association's head
    ("旺角花墟方面，香港鮮花盆栽批發聯會指，花墟一帶現有約130間花店", ["香港鮮花盆栽批發聯會"]),
    ("威克瑞俱乐部在1995年成立时，将北京青年男子足球队转入俱乐部", ["威克瑞俱乐部"]),
    # florists by a trade head, in context
    ("佳佳花店則指，一束12枝的紅玫瑰現售480元", ["佳佳花店"]),
])
def test_region_branches_farmers_associations_and_florists(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a school named after a donor or a body, right after its university, is part of it
    ("香港城市大學賽馬會動物醫學及生命科學院一位教授認為", ["香港城市大學賽馬會動物醫學及生命科學院"]),
    # driving schools by their names (驾驶 a verb inside the head); the head alone after a verb is none
    ("新華駕駛學校本月新增兩部電動教練車，東南亞駕駛學校則計劃增聘教練。結業後約有三成已投身駕駛學校。", [
        "新華駕駛學校", "東南亞駕駛學校"]),
    # a Latin name before when it said it and what it said
    ("上月在將軍澳新開一間。Pet Line上週公佈，今年首三季營業額約為2.6億元", ["Pet Line"]),
    ("GDP上周公布后，市场反应平淡", []),
    # city commercial banks (gazetteer batch)
    ("金融支持方面，临商银行今年已发放技改贷款，齐商银行、莱商银行也加大投放", [
        "临商银行", "齐商银行", "莱商银行"]),
])
def test_donor_schools_driving_schools_and_latin_names_by_time(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_taitra_by_its_short_name_in_a_taiwan_text(gazetteer, segmenter) -> None:
    """外贸协会 alone is TAITRA in a Taiwan text; elsewhere a province's association of that kind."""
    text = "公司明年目标外销2万辆，并将随外贸协会赴意大利米兰参展。"
    words = segmenter.segment(text)
    assert [m.text for m in find_orgs(text, words, gazetteer, taiwan=True)] == ["外贸协会"]
    assert [m.text for m in find_orgs(text, words, gazetteer)] == []


def test_dictionary_words_of_a_place_and_a_listed_name_are_found_whole() -> None:
    """jieba's dictionary holds a few names with their city or country as one word (青岛海尔/ns,
    香港凤凰卫视/nz): the name inside starts in the middle of the word, where the gazetteer scan
    does not look, so each such word (not one of a name that is also a word) must be found whole,
    listed in the gazetteer or by a rule (广州白云机场)."""
    from pipeline.jieba_tables import dictionary_tables
    from pipeline.resources import load_resources

    res = load_resources(None)
    gaz = res.orgs
    ambiguous, countries = gaz.section("ambiguous"), gaz.section("countries")
    placed = [
        word for word, tag in dictionary_tables()[0].items()
        if tag in ("ns", "nz") and len(word) >= 4
        and any((res.cities.is_place(word[:k]) or word[:k] in countries)
                and word[k:] in gaz.names and word[k:] not in ambiguous for k in (2, 3))
    ]
    assert len(placed) >= 10
    missed = []
    for word in placed:
        text = f"记者了解到，{word}表示"
        found = find_orgs(text, res.segmenter.segment(text), gaz, res.cities.is_place)
        if [m.text for m in found] != [word]:
            missed.append(word)
    assert missed == []


@pytest.mark.parametrize(("text", "expected"), [
    # a company's standing in its trade stays outside its name
    ("當地龍頭企業仲景食品股份有限公司（仲景食品）披露", ["仲景食品股份有限公司", "仲景食品"]),
    # two trades joined by 和 inside a bureau's name, the second one cut by jieba (竹|业)
    ("在四川省宜宾市，宜宾市林业和竹业局相关负责人介绍", ["宜宾市林业和竹业局"]),
    # a short name that is also a word counts where the text names the company
    ("金蘭食品表示，金蘭今年外銷增加。兩人義結金蘭", ["金蘭食品", "金蘭"]),
    ("義結金蘭的兄弟說", []),
    ("国际竹藤中心、南京林业大学11月20日在北京发布的报告显示", ["国际竹藤中心", "南京林业大学"]),
])
def test_standing_words_joined_trades_and_short_word_names(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an ambiguous name paired with a company by 与 before 等 (a pair of a kind)
    ("供應鏈指出，三星與小米等手機品牌也加快採用", ["三星", "小米"]),
    ("天上三星和北斗等星座", []),
    # a name before its stock code in brackets, after a list's joiner, and where the text repeats it
    ("大立光、玉晶光與先進光（3362）可望受惠。先進光則在20日表示", ["大立光", "玉晶光", "先進光", "先進光"]),
    ("今年股价（2330）上涨", []),
    # a recycler's short name that reads as 中 and 再生; Hong Kong's 安老 (elderly care) in a name
    ("电池材料中再生钴的使用比例不低于15%", []),
    ("安老服務協會表示，社署安老院牌照事務處今年巡查院舍約4,100次", ["安老服務協會", "社署安老院牌照事務處"]),
])
def test_pairs_before_etc_stock_codes_and_elderly_care(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a people's organization's chapter after its place; bare, it names none
    ("成都市妇联上月开展的调查显示，浙江省侨联和深圳市红十字会表示",
     ["成都市妇联", "浙江省侨联", "深圳市红十字会"]),
    ("妇联和科协表示", []),
    # 托育 (childcare) and 饼店 (a bakery) as words, and 供澳 (supplied to Macao) opening no name
    ("长沙市托育服务行业协会的测算显示", ["长沙市托育服务行业协会"]),
    ("台中市糕餅業同樣受惠。犁記餅店表示", ["犁記餅店"]),
    ("南光集團計劃在珠海投入使用新的供澳食品物流中心", ["南光集團"]),
    # a place in brackets between a trade name and its business words; the kind alone is none
    ("停車場管理公司亦積極擴張。威信（香港）停車場管理有限公司表示，威信旗下",
     ["威信（香港）停車場管理有限公司", "威信"]),
    # a station named by its area and its body's own field; a research centre of two fields
    ("農業部農業試驗所嘉義農業試驗分所表示", ["農業部農業試驗所嘉義農業試驗分所"]),
    ("中国人口与发展研究中心测算", ["中国人口与发展研究中心"]),
    ("推动人口与发展研究中心建设", []),
    # a short name that is also an adverb, where the text names the company
    ("通力电梯有限公司（KONE）等企业。通力有关负责人表示", ["通力电梯有限公司", "KONE", "通力"]),
    ("双方将通力合作", []),
])
def test_local_chapters_bracketed_places_and_branch_stations(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_customs_by_its_bare_name_in_a_macao_text(news_orgs) -> None:
    """澳门海关 is written 海关 in a Macao text; elsewhere a customs office has its place (青岛海关)."""
    macao = "本澳超市上月銷售額上升。澳門海關資料顯示，凍肉進口增加。海關表示將加強抽查。"
    assert news_orgs(macao) == ["澳門海關", "海關"]
    assert news_orgs("海關表示將加強抽查。青岛海关统计显示") == ["青岛海关"]


def test_every_suffix_is_listed_once() -> None:
    """A suffix listed twice in rules/org_suffixes.csv may be given two kinds or two least stems."""
    import csv

    from pipeline.paths import RULES_DIR

    lines = (RULES_DIR / "org_suffixes.csv").read_text(encoding="utf-8").splitlines()
    suffixes = [row["suffix"] for row in csv.DictReader(line for line in lines if not line.startswith("#"))]
    assert len(suffixes) > 200
    assert sorted({s for s in suffixes if suffixes.count(s) > 1}) == []


@pytest.mark.parametrize(("text", "expected"), [
    # 保安 (security guarding) is a common noun: a kind of company; its regulator and union by name
    ("全港共有812間持牌保安公司", []),
    ("保安及護衞業管理委員會上週五表示", ["保安及護衞業管理委員會"]),
    ("保安及物業管理從業員總工會上週訪問了1,032名保安員", ["保安及物業管理從業員總工會"]),
    ("香港酒店及饮食业总工会表示", ["香港酒店及饮食业总工会"]),
    ("企业和行业工会表示", []),
    # a controlling shareholder between two companies, the second given a short form in brackets
    ("苏盐井神控股股东江苏省盐业集团有限责任公司（苏盐集团）表示",
     ["苏盐井神", "江苏省盐业集团有限责任公司", "苏盐集团"]),
    ("福建和其昌竹业股份有限公司（以下简称“和其昌”）", ["福建和其昌竹业股份有限公司", "和其昌"]),
    # inspection institutes of drugs and veterinary drugs
    ("价格方面，中国兽医药品监察所数据显示，省兽药监察所和市药品检验所表示", [
        "中国兽医药品监察所", "省兽药监察所", "市药品检验所"]),
    ("样品送往检验所检测", []),
])
def test_guarding_unions_shareholders_and_inspection_institutes(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name before its stock code right after the kind of maker it is; not a time word there
    ("上市氣動工具廠鑽全（1527）今日公布。電動工具廠力山（1515）第3季", ["鑽全", "力山"]),
    ("這家工廠今年（2330）", []),
    # 约占 (accounts for about) opens no name; a trade name jieba cuts at a locality word
    ("月產能約占集團總產能的25%", []),
    ("新疆赛里木现代农业股份有限公司（以下简称“新赛股份”）今年",
     ["新疆赛里木现代农业股份有限公司", "新赛股份"]),
    ("中华联合财产保险股份有限公司新疆分公司承保棉花", ["中华联合财产保险股份有限公司新疆分公司"]),
    # the plants of two cities joined by 及 are a kind; each city's own plant is named
    ("在珠三角，東莞及惠州印刷廠普工月薪上升", []),
    ("北京印刷厂和上海印刷厂表示", ["北京印刷厂", "上海印刷厂"]),
    # a cooperative named by its product alone is a kind; with its place or trade name, a name
    ("合作社方面，全市脐橙专业合作社已达1260家", []),
    ("寻乌县众鑫脐橙专业合作社表示", ["寻乌县众鑫脐橙专业合作社"]),
    # a short name that is also an adverb, where the text names the company
    ("深圳齐心集团股份有限公司相关负责人表示，齐心前三季度销量增长", ["深圳齐心集团股份有限公司", "齐心"]),
    ("全体员工齐心协力", []),
])
def test_coded_names_after_a_kind_cooperatives_and_joined_plants(news_orgs, text: str,
                                                                 expected: list) -> None:
    assert news_orgs(text) == expected


def test_taiwan_trade_administration_and_macao_medical_bodies(news_orgs) -> None:
    """貿易署 in a Taiwan text is its International Trade Administration; in a Macao text the
    medical council is written bare, and a field's medical society after its place is one name."""
    assert news_orgs("對東協出口則年減2.1%。貿易署表示，將推出補助", taiwan=True) == ["貿易署"]
    macao = "本澳私人診所增加。醫務委員會上週五表示已完成註冊。澳門口腔醫學會指出，收費上升。"
    assert news_orgs(macao) == ["醫務委員會", "澳門口腔醫學會"]


def test_footwear_makers_in_a_taiwan_text_and_funeral_parlours(news_orgs) -> None:
    """宝成 is Pou Chen in a Taiwan text (the Baoji-Chengdu railway elsewhere); Taiwan writes Nike
    and adidas 耐吉 and 爱迪达; Hong Kong's licensed funeral parlours are named in a list."""
    assert news_orgs("寶成、豐泰越南廠擴產。寶成股價昨日收在34.5元", taiwan=True) == ["寶成", "豐泰", "寶成"]
    assert news_orgs("宝成铁路全线运营") == []
    assert news_orgs("豐泰主要為耐吉代工；愛迪達第3季營收增加", taiwan=True) == ["豐泰", "耐吉", "愛迪達"]
    assert news_orgs("包括世界殯儀館、鑽石山殯儀館、寰宇殯儀館及福澤殯儀館") == [
        "世界殯儀館", "鑽石山殯儀館", "寰宇殯儀館", "福澤殯儀館"]


@pytest.mark.parametrize(("text", "expected"), [
    # a company named like a city, by its stock code, and where the text repeats it
    ("工紙大廠永豐餘投控（1907）、正隆（1904）、榮成（1909）上週五公布。榮成10月營收增加",
     ["永豐餘投控", "正隆", "榮成", "榮成"]),
    # a trade name before its goods (渔具) is the company's short name
    ("威海汉鼎渔具有限公司上周开设旗舰店，汉鼎表示", ["威海汉鼎渔具有限公司", "汉鼎"]),
    # 养蜂 (beekeeping) a common noun: the cooperatives are a kind, the society a name
    ("全国登记的养蜂专业合作社超过4200家，中国养蜂学会表示", ["中国养蜂学会"]),
    # 家佣 (domestic helpers) and 雇主 (employers) in an association's name
    ("本澳家庭增加。澳門家傭僱主聯會本月初進行問卷調查", ["澳門家傭僱主聯會"]),
])
def test_coded_places_goods_trades_and_employers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 函请 (asked by letter) is a verb before the bureau
    ("已函請新竹市衛生局等單位查處", ["新竹市衛生局"]),
    # an auction house and Hong Kong's tea merchants by name; 玛嘉烈蛋挞 is no hospital
    ("香港仕宏拍賣上週六舉行秋季茶葉專場，保利香港拍賣亦將推出普洱專場", ["香港仕宏拍賣", "保利香港拍賣"]),
    ("陸羽茶室及蓮香居等老牌茶樓", ["陸羽茶室", "蓮香居"]),
    ("本地品牌瑪嘉烈蛋撻亦計劃增設分店", ["瑪嘉烈蛋撻"]),
])
def test_auction_houses_tea_merchants_and_letters(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a jieba dictionary word of a place and an industry is the place's industry, no body
    ("關稅屆滿一年，台灣汽車售後維修零件廠營運仍見韌性", []),
    ("欢迎中国旅行社在澳大利亚设立办事处，美国国会表示", ["中国旅行社", "美国国会"]),
    # a driving school named 驾驶学院 like 驾驶学校
    ("去年11月在元朗投入服務的安佳駕駛學院則指", ["安佳駕駛學院"]),
])
def test_place_industries_and_driving_academies(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hotel's departments joined by 及 are no body; a ministry of two fields is
    ("約40間酒店於十月起更換前堂及餐飲部制服。上海市文化和旅游局表示", ["上海市文化和旅游局"]),
    # Hong Kong's police units (课) after the force; 无牌 (unlicensed) opens no name
    ("警務處牌照課資料顯示，市民不應向無牌財務公司借貸", ["警務處牌照課"]),
    # a trade name before its kitchen-appliance trade words
    ("浙江帅丰电器股份有限公司、浙江亿田智能厨电股份有限公司等企业",
     ["浙江帅丰电器股份有限公司", "浙江亿田智能厨电股份有限公司"]),
    # short names that are also words, where the text names the company
    ("老板电器表示，老板、方太两个品牌的成交额增长", ["老板电器", "老板", "方太"]),
    ("他的老板说", []),
])
def test_hotel_departments_police_units_and_appliance_makers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


def test_fwusow_in_a_taiwan_text(news_orgs) -> None:
    """福寿 is Fwusow (福寿实业) in a Taiwan text; elsewhere it needs a company's context."""
    assert news_orgs("國立中興大學也攜手福壽開發新配方", taiwan=True) == ["國立中興大學", "福壽"]
    assert news_orgs("祝老人家福寿安康") == []


def test_cinema_chains_by_their_short_names(news_orgs) -> None:
    """秀泰 and 威秀 are the cinema chains; 国宾 is Ambassador Theatres where the text names 国宾影城,
    a state guest elsewhere."""
    text = "秀泰影城與國賓影城也加快展店，秀泰明年將新增影城，國賓則計畫啟用新影城；銀行與威秀合作"
    assert news_orgs(text, taiwan=True) == ["秀泰影城", "國賓影城", "秀泰", "國賓", "威秀"]
    assert news_orgs("他以国宾身份出席") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a city's funeral office and a funeral association: 殡葬 (funerals) does not stop the name
    ("高雄市殯葬管理處表示，桃園市政府殯葬管理所指出，中華民國殯葬禮儀協會估計",
     ["高雄市殯葬管理處", "桃園市政府殯葬管理所", "中華民國殯葬禮儀協會"]),
    ("公墓管理所", []),
    # a junior college's department of four words (生命|关怀|事业|科) belongs to it
    ("仁德醫護管理專科學校生命關懷事業科調查顯示", ["仁德醫護管理專科學校生命關懷事業科"]),
    ("市政府推出关怀老人计划", ["市政府"]),
    # sporting goods and storage brands known by their Latin names too
    ("尤尼克斯（YONEX）、威克多（VICTOR）等品牌；Store Friendly則計劃增設分店",
     ["尤尼克斯", "YONEX", "威克多", "VICTOR", "Store Friendly"]),
])
def test_funeral_offices_college_departments_and_latin_brands(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 水五金 (plumbing hardware) is a word: no 台水 (Taiwan Water) inside 全台水五金
    ("鹿港鎮頂番婆是全台水五金重鎮", []),
    # Latin names listed as a company's brands
    ("成霖旗下品牌包括Gerber與Danze，主要銷往美國", ["Gerber", "Danze"]),
    ("品牌包括多种口味", []),
    # a brand that is also a word, before its market share written out
    ("本港樽裝涼茶零售額約4.8億元，王老吉的市場佔有率約為35%", ["王老吉"]),
    # Hong Kong's old herbal tea shops (gazetteer)
    ("老字號方面，春回堂、公利真料竹蔗水及源吉林均表示", ["春回堂", "公利真料竹蔗水", "源吉林"]),
    # a county jieba tags as a verb or a name opens its bodies' names (rules/jieba/counties.txt)
    ("漾濞县核桃产业发展中心统计，清徐县市场监督管理局表示",
     ["漾濞县核桃产业发展中心", "清徐县市场监督管理局"]),
    # a place before a trade name of six small words
    ("临沧工投顺宁坚果开发有限公司今年收购核桃", ["临沧工投顺宁坚果开发有限公司"]),
    # a province's academy and extension station of two fields; its institute after the academy
    ("西南林业大学与云南省林业和草原科学院漾濞核桃研究院联合发布，云南省林业和草原技术推广总站表示",
     ["西南林业大学", "云南省林业和草原科学院漾濞核桃研究院", "云南省林业和草原技术推广总站"]),
    ("公交总站", []),
])
def test_brand_lists_counties_and_academies_of_two_fields(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 续课 (to go on levying) is no unit of the ministry before it
    ("受惠財政部續課反傾銷稅", ["財政部"]),
    # Taiwan's tourism factories by their maker's name; the county's or another one are kinds
    ("興隆毛巾觀光工廠表示，今年前10月入園遊客約42萬人次", ["興隆毛巾觀光工廠"]),
    ("宜蘭縣政府統計，縣內觀光工廠今年增加；虎尾另一家觀光工廠推出刺繡毛巾", ["宜蘭縣政府"]),
    ("南投縣政府農業處表示，縣內竹山鎮農會今年共辦理講習", ["南投縣政府農業處", "竹山鎮農會"]),
    # a cookware maker's trade name before its trade word, repeated alone
    ("浙江炊大王炊具有限公司的新产线正赶制订单。炊大王今年销售额增长", ["浙江炊大王炊具有限公司", "炊大王"]),
    # Hong Kong's Antiquities and Monuments Office
    ("古物古蹟辦事處亦表示，會在本月底前完成評估", ["古物古蹟辦事處"]),
])
def test_levies_tourism_factories_and_cookware_makers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # short names that are also words, where they speak (an adverb of time between); not elsewhere
    ("有利集團早前亦表示，已在深圳設廠", ["有利集團"]),
    ("这有利集团化经营", []),
    ("實惠則指，其裝修配套服務上月接單約2,300宗", ["實惠"]),
    ("价格实惠，品质好", []),
])
def test_hong_kong_builders_and_home_stores_named_like_words(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin name with a possessive, ending with a business word
    ("老字號Sam's Tailor負責人表示", ["Sam's Tailor"]),
    # Taiwan Railway before its lunch boxes, after a month (10|月|台铁, not 月台|铁)
    ("今年前10月臺鐵便當銷量約1,020萬個", ["臺鐵"]),
    ("旅客在月台等车", []),
    # Hong Kong's tailors and the garment industry's training authority (gazetteer)
    ("亞民興昌負責人指；恤衫店詩閣（Ascot Chang）亦表示。製衣業訓練局今年開辦課程",
     ["亞民興昌", "詩閣", "Ascot Chang", "製衣業訓練局"]),
])
def test_tailors_railway_bento_and_possessive_latin_names(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 县府, a county government's short name (as 市府 is a city's), and its department
    ("縣府表示，全縣鋼刀業者約36家。縣府觀光處預估", ["縣府", "縣府觀光處"]),
    # a county's port office
    ("金門縣港務處統計，今年前3季旅客增加", ["金門縣港務處"]),
    # a product's cooperatives and a courier's pre-cooling centres are kinds (杨梅 a fruit, no name)
    ("全市现有杨梅专业合作社126家。顺丰速运今年在仙居设立杨梅预冷中心12个", ["顺丰速运"]),
    # Kinmen's knife makers, the London exam board, Wuhan's supermarkets (gazetteer)
    ("老字號金合利鋼刀今年營收增加；倫敦聖三一學院則指；中百集团旗下中百仓储发布数据",
     ["金合利鋼刀", "倫敦聖三一學院", "中百集团", "中百仓储"]),
])
def test_county_offices_fruit_cooperatives_and_knife_makers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a society of a one-character field, named by its place
    ("香港藥學會本週六將舉辦講座；中国法学会表示", ["香港藥學會", "中国法学会"]),
    # the area around a place opens no name (一带 breaks it)
    ("香港海關上週在尖沙咀一帶巡查藥房及化妝品店", ["香港海關"]),
    # Macao's cinemas (gazetteer)
    ("本報記者上週走訪永樂戲院、UA銀河影院等6間戲院", ["永樂戲院", "UA銀河影院"]),
])
def test_one_field_societies_areas_and_macao_cinemas(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Taiwan township of three characters named bare before its farmers' association
    ("太麻里地區農會與卑南鄉農會也擴大集貨", ["太麻里地區農會", "卑南鄉農會"]),
    # dim sum and beef noodle chains, and the catering data firm (gazetteer)
    ("點心連鎖方面，添好運上週公布數據；舌尖尖、东方宫和安泊尔等本地品牌；以及张拉拉等连锁品牌；据红餐网统计",
     ["添好運", "舌尖尖", "东方宫", "安泊尔", "张拉拉", "红餐网"]),
    # a vocational college named "modern" after its place (现代 is no time word there)
    ("兰州现代职业学院与兰州牛肉拉面行业协会合办的拉面专业", ["兰州现代职业学院", "兰州牛肉拉面行业协会"]),
])
def test_bare_townships_and_noodle_chains(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an animal's breeding cooperatives are a kind, though 骆驼 is also a brand; so 骆驼 stays a word
    ("该市11家骆驼养殖专业合作社与乳企签约，骆驼存栏约52万峰", []),
    # an association's branch for a field named by a word that is also a brand
    ("与中国畜牧业协会骆驼分会联合制定标准", ["中国畜牧业协会骆驼分会"]),
    # the forestry society of one character's field, and its branch
    ("中国林学会银杏分会表示", ["中国林学会银杏分会"]),
    # barber chains, a camel-milk maker and Macao's sports fund (gazetteer)
    ("QB HOUSE在港分店增加；TONI&GUY表示；內蒙古沙漠之神生物科技有限公司表示；體育發展基金另向團體發放資助",
     ["QB HOUSE", "TONI&GUY", "內蒙古沙漠之神生物科技有限公司", "體育發展基金"]),
])
def test_camel_cooperatives_branches_and_barber_chains(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a county named in full makes its short form a place before a company's name (平遥/a to jieba)
    ("平遥县现有作坊约260家。平遥唐都推光漆器有限公司今年6月设立展厅", ["平遥唐都推光漆器有限公司"]),
    # ... and a short name learnt from a cut of that company (唐|都: 都 an adverb) names nothing
    ("平遥县现有推光漆器作坊约260家。平遥唐都推光漆器有限公司今年6月设立展厅",
     ["平遥唐都推光漆器有限公司"]),
    # a lacquerware factory named by its place and trade; one of no name is not
    ("在江苏，扬州漆器厂今年前10个月销售收入约1.05亿元；当地一家漆器厂", ["扬州漆器厂"]),
    # an association's committee of roasted seeds and nuts (炒货 a noun, not a verb)
    ("中国食品工业协会坚果炒货专业委员会预计", ["中国食品工业协会坚果炒货专业委员会"]),
    # Fujifilm's brand beside another brand before 等; Mount Fuji is no company
    ("佳能、索尼及富士等品牌；富士山下", ["佳能", "索尼", "富士"]),
    ("他們去看富士的雪景", []),
    # Taiwan's animal industry foundation and a Hong Kong egg waffle chain (gazetteer)
    ("中央畜產會指出；媽咪雞蛋仔今年新開3間分店", ["中央畜產會", "媽咪雞蛋仔"]),
])
def test_county_short_forms_lacquer_factories_and_snack_chains(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a stem of several industry words before 集团 names a kind of group, after 等 as anywhere
    ("周大福、周生生及六福珠寶等珠寶鐘錶集團在本澳共設有門市約45間", ["周大福", "周生生", "六福珠寶"]),
    # a city's main urban districts end no name: the supermarkets there are a kind
    ("本月重庆主城区超市袋装榨菜零售均价为每袋1.6元", []),
    # the four Huai medicines name an association's field (no count of four)
    ("温县四大怀药协会统计", ["温县四大怀药协会"]),
    # brands that are also words, listed beside a brand before 等; the word alone is none
    ("精工及卡西歐等品牌的代理商表示；精工制造水平高", ["精工", "卡西歐"]),
    ("百老匯亦表示，Yale及三星等品牌的指紋門鎖熱賣", ["百老匯", "Yale", "三星"]),
    # gazetteer rows: a Korean retailer, old duck makers, a key-cutting chain, a watch chain
    ("南韓通路商易買得（E-MART）；韩复兴和章云板鸭等；老字号庐州烤鸭店；港鐵站內的Mister Minit",
     ["易買得", "E-MART", "韩复兴", "章云板鸭", "庐州烤鸭店", "港鐵", "Mister Minit"]),
    # a watch chain listed beside another; an exhibition's time corridor is none
    ("時間廊、東方表行則加推維修保養套票；走进选举时间廊", ["時間廊", "東方表行"]),
])
def test_industry_groups_urban_districts_and_watch_brands(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a brand that is also a word, named in a list of brands before, opens a clause and acts again
    ("華為、小米、OPPO及三星等品牌今年增開門店，小米於十月開設新店後，門店增至5間",
     ["華為", "小米", "OPPO", "三星", "小米"]),
    # not before an adverb of degree, nor where the list named it no company
    ("華為、小米、OPPO及三星等品牌今年增開門店。小米很受歡迎", ["華為", "小米", "OPPO", "三星"]),
    ("玉米、小米等杂粮价格回落，小米在北方种植较多", []),
    # after 其中 (a list's item taken up) and before 的, as its products' maker
    ("三只松鼠、良品铺子和盐津铺子等零食企业推出新品，其中三只松鼠的山楂条售出约260万袋",
     ["三只松鼠", "良品铺子", "盐津铺子", "三只松鼠"]),
])
def test_brand_words_act_again_after_a_list(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hong Kong cafés named by their trade name; a city's cafés are a kind
    ("蘭芳園、澳洲牛奶公司及華星冰室等店舖；華嫂冰室今年8月開設分店；香港茶餐廳",
     ["蘭芳園", "澳洲牛奶公司", "華星冰室", "華嫂冰室"]),
    # a province's chamber of commerce in a city: the province names its members
    ("深圳市广西商会介绍；广州市广西商会估算", ["深圳市广西商会", "广州市广西商会"]),
    # a Guilin rice noodle maker (gazetteer)
    ("崇善米粉相关负责人表示", ["崇善米粉"]),
])
def test_cafes_and_provincial_chambers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a factory named by its place, its number and its trade: a trade word jieba reads as a verb
    ("由福州第一脱胎漆器厂老厂区改造；上海第一纺织厂", ["福州第一脱胎漆器厂", "上海第一纺织厂"]),
])
def test_numbered_factories_with_a_verb_like_trade_word(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a county's short name where jieba glued 县 to the body after it (云霄|县政府, 怀来|县委)
    ("1983年，云霄县政府开设干部职工业余学校；怀来县委书记表示", ["云霄县政府", "怀来县委"]),
    # tea houses, brush factories and a newspaper distributor named with 记 (a Hong Kong usage)
    ("有逾60年歷史的龍華茶樓負責人表示；泾县宣笔厂则推出新品；吳興記書報社表示",
     ["龍華茶樓", "泾县宣笔厂", "吳興記書報社"]),
    # 记 opening a profile's subtitle is no part of a name
    ("———记四川有线电视台", ["四川有线电视台"]),
    # paid or free dailies are kinds
    ("本港現時仍出版的收費中文日報約有9份", []),
    # gazetteer: old stationers, a hotpot chain, a Japanese supermarket operator, a university
    ("荣宝斋、一得阁等老字号；火锅连锁品牌小尾羊介绍；超市營運商神戶物產採購；内蒙古农业大学与河套学院共建",
     ["荣宝斋", "一得阁", "小尾羊", "神戶物產", "内蒙古农业大学", "河套学院"]),
])
def test_county_bodies_tea_houses_and_stationers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # shops named with 记, with their trade or not, where they open a clause and act
    ("有七十多年歷史的黃枝記表示，福隆新街的祥記麵家同樣以竹昇麵聞名；六記粥麵則表示",
     ["黃枝記", "祥記麵家", "六記粥麵"]),
    ("麵店品牌池記今年新開分店；何洪記亦於上月開設分店；老字號曾記麻糬表示",
     ["池記", "何洪記", "曾記麻糬"]),
    # a word ending in 记 is none (书记, 日记)
    ("县委书记表示；他的日记今年出版", ["县委"]),
    # 公司 opening a clause is "the company's": no name after it
    ("白家阿宽相关负责人表示，公司酸辣粉今年销量有望超过2.6亿桶", []),
    # a craft factory and a Hong Kong office (gazetteer)
    ("宜兴紫砂工艺厂今年前三季度；康樂及文化事務署轄下非物質文化遺產辦事處表示",
     ["宜兴紫砂工艺厂", "康樂及文化事務署", "非物質文化遺產辦事處"]),
])
def test_ji_shops_and_back_references(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town of two characters after its city inside a cooperative's name (鹿|厂|镇: no maker 厂)
    ("会理市鹿厂镇石榴种植专业合作社统计", ["会理市鹿厂镇石榴种植专业合作社"]),
    # a mahjong shop named with 记 and its trade; birds ringed by scientists are none
    ("佐敦老字號標記麻雀表示；科學家標記麻雀後放生", ["標記麻雀"]),
])
def test_towns_in_names_and_mahjong_shops(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town of three characters after its county, whatever jieba made of it (六道/m), and no figure
    ("兴隆县六道河镇山楂种植专业合作社统计；椒江市下陈镇派出所",
     ["兴隆县六道河镇山楂种植专业合作社", "椒江市下陈镇派出所"]),
    # a kite factory named by its place and trade name; snack brands (gazetteer)
    ("潍坊国言风筝厂今年；三只松鼠、九龙斋、御食园等品牌",
     ["潍坊国言风筝厂", "三只松鼠", "九龙斋", "御食园"]),
])
def test_three_character_towns_and_snack_brands(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Latin brand right after 品牌; not a brand's IP or logo
    ("德國品牌伊罕（EHEIM）及日本品牌GEX的產品約佔四成；打造品牌IP形象，品牌LOGO更新",
     ["伊罕", "EHEIM", "GEX"]),
    # trade names with 红木 listed beside a brand
    ("明清居、旭东红木和卓木王等品牌今年新开门店12家", ["旭东红木", "卓木王"]),
    # a brand named after the goods its kind names (烧鹅品牌|甘牌烧鹅)
    ("香港燒鵝品牌甘牌燒鵝今年在本澳新開分店2間", ["甘牌燒鵝"]),
    # a time word after a district inside a cooperative's name (现代); not a clause's time
    ("潍坊市坊子区现代风筝合作社今年联合52家企业；北京今年推出", ["潍坊市坊子区现代风筝合作社"]),
    # 内 (inside) ends a name: the cafés inside the shops are a kind
    ("商場商舖內茶餐廳", []),
    # gazetteer: Tianjin's old kite maker, Hong Kong's roast meat restaurant
    ("天津的“风筝魏”今年推出礼盒；再興燒臘飯店亦計劃下月開設分店", ["风筝魏", "再興燒臘飯店"]),
])
def test_latin_brands_goods_named_brands_and_modern_cooperatives(news_orgs, text: str,
                                                                 expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 暨 joins two fields of one association's name (a verb and 者 among their words)
    ("台灣失能者家庭暨看護雇主國際協會表示；台灣顯示器暨應用產業協會統計",
     ["台灣失能者家庭暨看護雇主國際協會", "台灣顯示器暨應用產業協會"]),
])
def test_associations_of_fields_joined_by_ji(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a university's research centre or institute named right after it, by up to four short words
    ("香港大學秀圃老年研究中心表示；中山大学近代中国研究中心",
     ["香港大學秀圃老年研究中心", "中山大学近代中国研究中心"]),
    # not across a verb: the university and a centre of no name
    ("清华大学今年与研究中心合作", ["清华大学"]),
])
def test_research_units_of_universities(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # one character opening a clause right before a name's words is the name's (中/f)
    ("使用率逾八成。中港澳直通巴士聯會則指", ["中港澳直通巴士聯會"]),
    # not a function word before a name (在, 该)
    ("，在香港旅遊業議會表示；该香港旅遊業議會", ["香港旅遊業議會", "香港旅遊業議會"]),
])
def test_clause_opening_characters_of_names(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an autonomous county named in full makes its short form a place before a company's name,
    # though the short form is also a word for a big maker (大厂)
    ("在河北廊坊，大厂回族自治县是景泰蓝产区。大厂京锐景泰蓝有限公司今年新增生产线",
     ["大厂京锐景泰蓝有限公司"]),
    # without the county, 大厂 is a big maker before the registered name
    ("球头大厂明安国际企业股份有限公司表示", ["明安国际企业股份有限公司"]),
    # heads: an enamel works, a Taiwan county's commerce association, a reserve's depot, a post office
    ("北京市珐琅厂有限责任公司（以下简称“北京珐琅厂”）是", ["北京市珐琅厂有限责任公司", "北京珐琅厂"]),
    ("金門縣商業會表示", ["金門縣商業會"]),
    ("中储粮宁波直属库负责人介绍", ["中储粮宁波直属库"]),
    ("中華郵政金門郵局統計，上月寄往台灣", ["中華郵政金門郵局"]),
    ("我去邮局寄信", []),  # no place, no name: the post office as a kind
])
def test_autonomous_counties_and_heads_of_works_and_depots(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 和 joins the last item of a list of companies (等业者, 等企业, 等日本品牌)
    ("聖祖貢糖、天王貢糖和中興貢糖等業者也擴大產能", ["聖祖貢糖", "天王貢糖", "中興貢糖"]),
    ("宝马、福特、法拉利、大众和丰田汽车等公司都有意购买", ["宝马", "福特", "法拉利", "大众", "丰田汽车"]),
    # not in a list of units or departments, whose items are often cut bodies (以|总理|办公室)
    ("由以总理办公室、内政部和耶路撒冷市政府等部门官员组成", ["内政部", "耶路撒冷市政府"]),
    # industries listed before 等业者 name no company
    ("餐飲、旅宿等業者也受惠", []),
])
def test_lists_of_companies_joined_by_he(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the name right after 老字号, where it then does or says something
    ("在上海，老字号沈大成今年推出的桂花年糕", ["沈大成"]),
    ("老字號天工貢糖表示，今年中秋節前後", ["天工貢糖"]),
    # a kind, a time or a shop's head after 老字号 is no name
    ("老字号餐厅今年推出新品", []),
    ("老字号近期推出小包装产品", []),
    ("老字號茶莊亦受惠", []),
    ("这家老字号今年推出", []),
])
def test_old_brands_named_after_laozihao(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shop named by one to three characters and 堂, as by 记, that opens a clause and acts
    ("較去年成長約2成。一福堂則指出，今年", ["一福堂"]),
    ("。纪念堂则表示", []),  # a dictionary word ending in 堂
    # heads: an old shop after a name (阿明师老店, 太阳堂老店), a cake shop
    ("阿明師老店10月營收約新台幣2,400萬元", ["阿明師老店"]),
    ("創立於民國43年的太陽堂老店表示", ["太陽堂老店"]),
    ("小潘蛋糕坊則以鳳梨酥搭配太陽餅", ["小潘蛋糕坊"]),
    # an old shop of a kind of goods is a kind (葡挞老店, 竹升面老店), as is 百年老店
    ("葡撻老店人氣不減；竹昇麵老店面對傳承壓力；这家百年老店表示", []),
])
def test_shops_named_with_tang_and_old_shops(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a noun jieba reads as one word after a shop's name with 记 is its trade, where the shop acts
    ("成都的廖記棒棒雞今年在重慶新開門店", ["廖記棒棒雞"]),
    # a shop's time of doing (每天, 目前) is what it does
    ("在氹仔官也街，大利來記咖啡室每天下午出爐。大利來記目前在本澳有7間分店", ["大利來記咖啡室", "大利來記"]),
    ("。书记处表示", []),  # a word ending in 记, with a noun after it
    # rice dealers: 米 of 米行 is no metre
    ("香港米行商會表示，全港米舖不足300間", ["香港米行商會"]),
    # Taiwan's well-known confectioners and bakeries are in the gazetteer
    ("；糖村表示，橘之鄉與奕順軒均推出禮盒；新復珍商行今年也推出",
     ["糖村", "橘之鄉", "奕順軒", "新復珍商行"]),
])
def test_ji_shops_with_their_trade_and_rice_dealers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 新 before common nouns and 中心: a new centre of a kind, a facility
    ("上月在高雄港區啟用新物流中心，樓地板面積約1.8萬坪", []),
    # not 新 before a place or a proper name, nor before another head (新经济发展委员会)
    ("成都市新经济发展委员会表示", ["成都市新经济发展委员会"]),
    ("新日本制铁公司表示", ["新日本制铁公司"]),
])
def test_new_centres_of_a_kind(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a gazetteer company and an industry word, where it acts or is listed: its business, one ORG
    ("新明珠陶瓷集团、欧神诺陶瓷和简一陶瓷则把工厂店开进县城", ["新明珠陶瓷集团", "欧神诺陶瓷", "简一陶瓷"]),
    ("中粮集团旗下的中粮米业表示", ["中粮集团", "中粮米业"]),
    ("京东数据显示，今年", ["京东"]),  # its figures, no business
    # a shop's owner is a title (海味店东主指: no name), and what a shop with 记 does (水记东主表示)
    ("一間老字號海味店東主指，上月", []),
    ("經營逾60年的水記東主表示", ["水記"]),
    # Hong Kong's district councils with no district name none of the eighteen
    ("中西區區議會上周通過動議。區議會文件指", ["中西區區議會"]),
    # a street's old shop is a kind, the brand after it the name
    ("；迪化街老店快車肉乾則表示", ["快車肉乾"]),
    # a civic group named in quotes after 团体 (长春社, no 长春社区)
    ("團體「長春社」10月起發起聯署", ["長春社"]),
    # an association's specialist committee and a university's institute of two fields joined by 暨
    ("中国食品工业协会冷冻冷藏食品专业委员会预计", ["中国食品工业协会冷冻冷藏食品专业委员会"]),
    ("國立成功大學食品安全衛生暨風險管理研究所公布", ["國立成功大學食品安全衛生暨風險管理研究所"]),
])
def test_businesses_of_trades_owners_councils_and_long_units(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name after 老字号 may end with a shop's last character when what stands before it is no word
    ("老字號佛笑樓表示，招牌燒乳鴿", ["佛笑樓"]),
    ("老字号沈广隆剑铺负责人说", ["沈广隆剑铺"]),
    # a shop of a kind after 老字号 is none (眼镜店, 鸡蛋仔店, 茶楼)
    ("深水埗一間老字號雞蛋仔店負責人表示；老字号眼镜店表示；老字号茶楼也将", []),
    # Macanese words (土生葡人, 土生菜) are no stray characters before an association or a shop
    ("土生葡人美食聯誼會指出，全澳", ["土生葡人美食聯誼會"]),
    ("首三季收益約21億澳門元 土生菜老店日均食客逾三百人", []),
])
def test_old_brands_ending_like_shops_and_macanese_words(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a restaurant by its name that acts reads as a hotel does; a cuisine or one of a kind is none
    ("路環的法蘭度餐廳則表示，今年", ["法蘭度餐廳"]),
    ("一間氹仔葡國餐廳表示", []),
    ("麦当劳餐厅表示", ["麦当劳"]),  # the brand's restaurant: the brand
    # an association's voluntary arbitration centre after it; an incense shop before a registered name
    ("澳門律師公會自願仲裁中心受理9宗", ["澳門律師公會自願仲裁中心"]),
    ("鹿港百年香舖施金玉沐香齋有限公司表示", ["施金玉沐香齋有限公司"]),
])
def test_acting_restaurants_and_incense_shops(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a district jieba cut apart is a place word (rules/jieba/districts.txt): its bodies keep it
    ("增城区农业农村局数据显示", ["增城区农业农村局"]),
    ("璧山区经济和信息化委员会数据显示", ["璧山区经济和信息化委员会"]),
    # digits read one by one before a name's words are a code of the trade name, not a count
    ("集中地。青海五三六九生态牧业科技有限公司相关负责人介绍", ["青海五三六九生态牧业科技有限公司"]),
    ("一九九八年成立的宏达有限公司表示", ["宏达有限公司"]),
    # a shop named by two characters and its dish, where it acts; not a dictionary word before the dish
    ("中山區的丸林魯肉飯則預計；萬華的今大魯肉飯則指出", ["丸林魯肉飯", "今大魯肉飯"]),
    ("第二市場內的山河魯肉飯表示；台湾的卤肉饭表示", []),
    # cafés by their head (咖啡室), not one of a kind; a lychee season is no trade name
    ("在北區，老牌的樂香園咖啡室表示；该咖啡室表示", ["樂香園咖啡室"]),
    ("今年荔枝季公司在茂名、广州和深圳的冷库", []),
])
def test_districts_codes_dish_shops_and_cafes(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a shop named by three characters and its dish, where it acts (北门口肉圆也说)
    ("突破5,000顆；北門口肉圓也說，觀光客已占來客數約6成", ["北門口肉圓"]),
    # a town's name before a factory head (善琏湖笔厂), a brush shop's head (笔庄)
    ("善琏湖笔厂和湖州湖颖文化有限责任公司今年新招学徒", ["善琏湖笔厂", "湖州湖颖文化有限责任公司"]),
    ("约3000套；杭州邵芝岩笔庄则把兼毫笔的产量提高", ["杭州邵芝岩笔庄"]),
])
def test_three_character_dish_shops_and_brush_makers(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trade name after 的, or before an adverb of its clause (则, 亦), is a company
    ("同日掛牌、來自廣州的思銳科技則首日跌穿招股價", ["思銳科技"]),
    ("卡特彼勒在华代理商利星行机械和信昌机器亦表示", ["卡特彼勒", "利星行机械", "信昌机器"]),
    # not a dictionary phrase before the industry word (网络游戏)
    ("中国的网络游戏则是重点", []),
])
def test_trade_names_after_de_and_before_adverbs(news_orgs, text: str, expected: list) -> None:
    assert news_orgs(text) == expected
