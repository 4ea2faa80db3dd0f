"""Organization (ORG) mentions in simplified Chinese text, from jieba words and rules/ data.

The general rules, SPEC section 3 "ORG":

- gazetteer: the longest curated name (rules/orgs.csv) that sits on jieba word boundaries and is
  not the start of a longer compound (中国移动 in 中国移动支付); a country written right before it
  belongs to it (中国蚂蚁金服), and so does a place or level before a government body (成都市发改委);
  a business line after a company names its unit (东航物流); names that are also common words
  (口碑) need an org context;
- suffix: a run of name-like words ending at an organization suffix (rules/org_suffixes.csv),
  with a place or level in front inside (常州江南农村商业银行, 市商务局) and departments after it
  (蚂蚁金服集团银行服务部); titles, campuses and bracketed status stay outside;
- list: the items of an enumeration closed by an organization noun
  (包括A、B、C在内的20多家机构和企业, A、B等企业);
- pos: a jieba `nt` word that starts with a place (美国国会);
- legal: a registered company name read leftwards from its legal suffix over the words of its trade
  name (杭州云帆支付科技有限公司), and the trade name as the company's short name wherever the same
  document repeats it (云帆支付, 德瑞精密墨西哥有限公司);
- departments written after a body (中国人民银行支付结算司), bodies whose name joins two fields
  (上海市文化和旅游局), research and consultancy names with a proper stem (赛迪顾问, 克而瑞研究中心);
- bracket: a short form in brackets right after a name (澳门航空（澳航）, （以下简称“中天科技”）) is an
  ORG there and wherever the document repeats it.

Generic references, products, events and false words are rejected with rules/org_generic.txt; the
parts of names (industry words, stops, departments) are in rules/org_name_parts.txt.
Pure functions over the text and its words: no spaCy, no files read by `find_orgs`.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from pipeline.finders.first_chars import compile_prefiltered
from pipeline.finders.prefix import PrefixIndex
from pipeline.jieba_tables import FREQUENT, dictionary_tables
from pipeline.rulefiles import case_variants, read_lines, read_sections
from pipeline.tokens import NAME_DOTS, Word, WordIndex, held_words, word_index

SOURCE_GAZETTEER = "gazetteer"
SOURCE_SUFFIX = "suffix"
SOURCE_LIST = "list"
SOURCE_POS = "pos"
SOURCE_ALIAS = "alias"  # a company's short name, learnt from its full name in the same document

KINDS = frozenset({"company", "bank", "government", "university", "international", "alliance", "media",
                   "transit"})

# jieba tags of words that may stand inside a name, and of those that mark a proper name.
_NAME_POS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "nrg", "j", "vn", "", "eng", "b", "ng",
                       "an", "nl", "x", "l", "i"})
_PROPER_POS = frozenset({"nz", "nt", "ns", "nr", "nrt", "nrfg", "nrg", "eng", ""})
# A one-character word with one of these tags is a function word, never part of a name.
_STOP_POS_1 = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "r", "m", "q",
                         "t", "f", "w", "mq", "v", "vn", "vd", "zg", "k", "h"})
# …and the tags no word of a trade name's stem has (trade_names): those and adverbs, but not a
# verbal noun or a bound morpheme, which trade names are often made of
_TRADE_STEM_STOP_POS = (_STOP_POS_1 - {"vn", "zg"}) | {"d"}
# what a name after a kind of company (平台|飞蚂蚁) holds none of: function words, verbs of two or more
# characters are checked apart; time and place words, numbers
_APPOSITIVE_STOP_POS = _TRADE_STEM_STOP_POS | {"t", "tg", "f", "s", "m", "mq", "q", "v", "vd", "l", "i"}
# Tags of dictionary words that name a kind of thing, not a company (轻轨/b, 高速/d, 地产/n).
_COMMON_NOUN_TAGS = frozenset({"n", "b", "vn", "an", "a", "ad", "d", "v"})
# Who runs a school, written as part of its official name (国立清华大学, 市立台北大学).
_SCHOOL_OWNERS = frozenset({"国立", "市立", "县立", "省立", "私立"})
# Conjunctions that join two fields inside a department's name (经济与管理学院).
_FIELD_JOINERS = frozenset({"与", "及", "和", "暨"})
# Tags of the field words a bureau's full name is made of (博彩|监察|协调局): nouns, no verbs.
_FIELD_POS = frozenset({"n", "vn", "nz", "j"})
# One-character words that may still be trade-name characters (广州易联, 台湾宇珍).
_FRAGMENT_POS = frozenset({"v", "vn", "zg", "vd", "k", "h"})
# A word that ends with a suffix but is longer holds the suffix only with one of these tags.
_SUFFIX_WORD_POS = frozenset({"n", "nt", "nz", "ns", "nr", "nrt", "j", "vn", "", "ng"})
# Government bodies that a level alone names: 市委, 县委, 省政府.
_LEVEL_BODIES = frozenset({"委", "政府", "人民政府", "府", "纪委", "党委", "人大", "政协"})
_OPEN_QUOTES = "“「『\""
_CLOSE_QUOTES = "”」』\""
_OPEN_BRACKETS = "(（"
_OPENERS = frozenset(_OPEN_QUOTES + _OPEN_BRACKETS)  # one-character tokens that open a span
_CLOSE_BRACKETS = ")）"
_CLAUSE_ENDS = frozenset("，。；！？\n")  # punctuation words no token rule changes or looks across
_CLAUSE_END_RE = re.compile("[" + "".join(sorted(_CLAUSE_ENDS)) + "]")
_LIST_ENDS = ("在内的", "等")  # what closes an enumeration (see lists)
_LIST_END_RE = re.compile("|".join(_LIST_ENDS))
_COUNT_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千万两几数多余近约]*[多余]?[家个所]")
_LIST_MODIFIERS = ("知名", "大型", "中小", "重点", "主要", "相关", "其他", "金融", "国内外", "国内", "海外")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# what joins two names of a list (屈臣氏、万宁; 屈臣氏及万宁), and one-character adverbs between a
# name and what it says (万宁亦表示)
_LIST_JOINERS = frozenset("、和及与")
_PAIR_JOINERS = _LIST_JOINERS - {"、"}  # between the two names of a pair (三星与小米等)
# a measure word after a number, which jieba may glue to the name after it (2架空|客 for 2架|空客)
_MEASURE_AFTER_NUMBER_RE = re.compile(r"(?<=[0-9一二三四五六七八九十两])[架台辆艘款部家]")
# 三大, 十强, 几大: a rank after a numeral, before a kind (rank_at)
_RANK_CHARS = frozenset("大强")
_RANK_NUMERALS = frozenset("一二三四五六七八九十两几0123456789")
# the heads that make an ambiguous name a company's once the text shows it acting as one
_COMPANY_HEADS = ("集团", "控股", "公司", "股份")
# the next item of a 、 list: up to the next 、, 等 or the clause's end (listed_beside_company)
_LIST_ITEM_RE = re.compile(r"[^、等，,。；;：:！!？?\n（）()“”]{2,16}(?=[、等，,。；;])")
# listed_unknowns: the joiners as jieba words, the kinds of the found items, the tags of an unknown
# item and of the word that may follow it
_LIST_JOINER_WORDS = frozenset({"、", "和", "及", "与", "以及"})
_COMPANY_KINDS = frozenset({"company", "bank"})
_CENTRE_FIELD_POS = frozenset({"n", "vn", "ns", "j", "zg", "nz"})  # words of a centre's name
_LISTED_POS = frozenset({"nz", "nt", "nr", "nrt", "nrfg", "j"})
_ITEM_END_POS = frozenset({"d", "t", "v", "p", "c", "u", "uj", "ul", "ud", "uz", "f", "r", "m", "q"})
# what stands before 年, 月 or 日 when they end a date (10个|月, 3|日): a body's name starts after them
_DATE_UNIT_BEFORE = frozenset("0123456789０１２３４５６７８９个一二三四五六七八九十两")
# a trade name's stem (trade_names) holds no word with these tags, and none of these characters
_TRADE_STEM_STOP_CHARS = frozenset("的了在是和与及或等这那其该本各每也都就还又再已将把被从向对于以而但并个之")
# the end of a county's or a banner's full name (平遥县, 达拉特旗): see county_short_forms
_COUNTY_END_RE = re.compile("[县旗]")
# the end of an autonomous county's or banner's name, after its peoples (大厂回族自治县): see county_short
_AUTONOMOUS_ENDS = ("自治县", "自治旗")
_JOINER_RE = re.compile("[和及与]")
# a count of one before a hotel or restaurant makes it one of a kind (一间氹仔葡国餐厅): see acting_hotels
_ONE_OF_A_KIND = ("一间", "一家", "一所", "一座", "一間")
# heads after a brand that name the brand's venue, the brand the ORG (麦当劳餐厅表示): acting_hotels
_BRAND_VENUE_HEADS = frozenset(("餐厅",))
# digits read one by one, with no 十, 百 or 千 (五三六九): three or more are a code, a trade name's word
_CODE_DIGITS = frozenset("〇零一二三四五六七八九")
_CODE_RUN_RE = re.compile("[〇零一二三四五六七八九]{3,}")
# adverbs that right after a trade name make it a clause's subject, a company (思锐科技则首日跌穿)
_TRADE_NAME_ADVERBS = ("则", "亦")
# the last character of a street's name (迪化街, 南京路, 庙街): see street_kind_heads
_STREET_ENDS = ("街", "路", "巷")
# what follows a listed company's business of a trade (统一陶瓷、狮王陶瓷等企业): see trades_after_companies
_LIST_AFTER_TRADE = _LIST_JOINERS | {"等"}
# what joins a list's last item to the items before it (A、B和C等业者)
_LAST_ITEM_JOINERS = frozenset(("和", "及", "与", "以及"))
# what a district's or county's name ends with (坊子区, 兴隆县): see time_words_after_places
_DISTRICT_ENDS = ("区", "县")
# a town's head, and the levels of the place a town's two characters follow (会理市|鹿厂|镇): see
# _town_lengths
_TOWN_HEADS = frozenset(("镇", "乡"))
_TOWN_LEVELS_BEFORE = frozenset("市县区")


def _town_lengths(text: str, head: int) -> list[int]:
    """How many characters (two or three) before a town's head at `head` (镇, 乡) name the town,
    right after a city, county or district written with its level (会理市|鹿厂|镇, 兴隆县|六道河|镇)."""
    return [n for n in (2, 3) if head >= n + 1 and text[head - n - 1] in _TOWN_LEVELS_BEFORE]


# kinds of company that open a clause as a back-reference (，公司酸辣粉今年销量: the company's)
_BARE_BACK_REFERENCES = frozenset(("公司", "企业", "集团"))
# no old brand's name (old_brand_names) opens with a verb, a time, a pronoun, a function word or a
# number, nor holds a time, a pronoun, a preposition, a conjunction, a particle or a number
_OLD_BRAND_NOT_FIRST = frozenset("vtrpcumqfd")
_OLD_BRAND_NOT_INSIDE = frozenset("trpcumqfd")
# the last character of a word for a kind of shop (茶楼, 眼镜店, 押店, 茶庄, 照相馆)
_SHOP_KIND_ENDS = ("店", "行", "厂", "楼", "庄", "馆", "铺", "舖", "户")
# a factory's number in its name (上海第一纺织厂, 福州第一脱胎漆器厂)
_ORDINAL_RE = re.compile("第[一二三四五六七八九十]{1,3}")
# a short form in brackets right after a name (香港置业（港置）): two to four Chinese characters
_SHORT_FORM_AFTER_RE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
# a date written between a name and its verb (快手11月19日公布, 理想昨日表示, 黑松今年前10月营收)
_WHEN_RE = re.compile(
    r"(?:(?:[0-9]{1,2}月[0-9]{1,2}日|[昨今前]日|昨天|今天|日前|近日|[上本]周[一二三四五六日]?|[上本同当]月"
    r"|[今去明]年|[上下]半年|前[0-9一二三四]季度?|第[1-4一二三四]季度?|[1-4一二三四]季度"
    r"|前[0-9一二三四五六七八九十]{1,2}个?月|[0-9]{1,2}月份?)){1,2}[晚]?"
)
# a builder's numbered bureau or company, right after its group (中建|三局, 中铁|十一局, 中交|一公司);
# not 局长, 局面
_NUMBERED_UNIT_RE = re.compile(r"[一二三四五六七八九十]{1,3}(?:工程局|局|公司)(?![长面势])")
# what a clause opens after: its trade name may be an adverb or a numeral (。一心生物科技股份有限公司)
_CLAUSE_OPENERS = frozenset("。，；：！？、\n（(“「")
_CHINESE_DIGITS = frozenset("一二三四五六七八九十零〇")
# what a branch's name the gazetteer holds ends with (高雄港务分公司): after its company, part of it
_BRANCH_ENDINGS = ("分公司", "分行")
# counts before a level's character, a word of their own (两|市, 几|县): the level counted, no body's
# name; not the other numerals, which open places (二七|区委, 中山三|乡, 四会市)
_LEVEL_COUNTS = frozenset("两几数")
# last characters of a jieba place word (阿里山乡, 阿里地区): a gazetteer name at its start is the place's
_PLACE_WORD_ENDS = frozenset("省市县区乡镇村州旗盟岛山湖江河")
# verbs this frequent in jieba's dictionary are actions (成为, 举办), not trades (洗涤, 洗染) inside a name
_TRADE_VERB_FREQ = 2000
# a numbered factory's head (上海民族乐器|一厂): its trade word before it has two characters at least
_NUMBERED_FACTORY_RE = re.compile(r"[一二三四五六七八九十]厂")
_NUMBERED_INSTITUTE_RE = re.compile(r"[一二三四五六七八九十零〇]{1,4}研究所")
# the numbered unit each kind of body names right after it (中建|三局; 民政部|一零一研究所)
_NUMBERED_UNIT_BY_KIND = {"company": _NUMBERED_UNIT_RE, "government": _NUMBERED_INSTITUTE_RE}
# one Latin name of up to four words, the later ones capitalized, a possessive inside a word too
# (Gerber, Moen Kitchen, Sam's Tailor)
_LATIN_ITEM = r"[A-Za-z][A-Za-z0-9&\-'’]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&\-'’]*){0,3}"
_LATIN_ITEM_RE = re.compile(_LATIN_ITEM)
# what a Latin name does not start after (it would be the tail of a longer word or code, or of a
# possessive: Sam's)
_LATIN_NAME_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&.-'’")
# a fund's or a project's phase, right before its legal suffix (…产业投资基金|三期|股份有限公司)
_PHASE_RE = re.compile(r"[一二三四五六七八九十]期")
_LOCAL_LEVELS = frozenset("区县市镇乡村")  # a place's own schools follow these: 元朗区学校, 某县中学
# an ordinal word of jieba's (第一, 第十二)
_ORDINAL_RE = re.compile(r"第[一二三四五六七八九十]{1,3}")
# a product model written right after a brand: capital letters, then a digit (M8, SU7, YU7, L6)
_MODEL_CODE_RE = re.compile(r"[A-Z]{1,3}[0-9]")
# a product line in Latin letters glued after a brand (中华汽车eMOVING, 苹果iPhone)
_LATIN_PRODUCT_RE = re.compile(r"[A-Za-z]{3,}")
# a listed company's stock code in brackets after its name (网家（8044）, 国建(2501))
_STOCK_CODE_RE = re.compile(r"[（(][0-9]{4,6}(?:\.[A-Z]{2})?[）)]")
# a name's Latin form in brackets after it (可隆（KOLON SPORT）)
_LATIN_BRACKET_RE = re.compile(r"[（(][A-Za-z][A-Za-z0-9&.\- ]{1,40}[）)]")
_WORD_CHAR = re.compile(r"\w")
_CLASS_CACHE_SIZE = 200_000
_LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z0-9&+.\-]*$")
_ALNUM_RE = re.compile(r"[A-Za-z0-9]")
# Legal company suffixes: the tail of every registered form (有限公司, 有限责任公司); 股份 and 集团
# in front of it are read separately.
_LEGAL_TAIL_RE = re.compile(r"有限(?:责任)?公司|专业合作社")  # and farmers' cooperatives' registered form
# 公司 or 集团 right before bracketed Latin initials (日本先进半导体制造公司（JASM）): the initials show
# that the words before are a name, however common they are, so it is read like a legal one.
# the legal suffixes a registered name ends with (also read by pipeline/recognizers/resolve.py)
REGISTERED_TAILS = ("有限公司", "有限责任公司", "股份公司")
# a registered name's bracketed form word before its legal suffix: (集团), (国际), (控股)
_BRACKETED_FORMS = ("（集团）", "(集团)", "（国际）", "(国际)", "（控股）", "(控股)")
# a Taiwan hospital's or body's foundation written before its name (奇美医疗财团法人|奇美医院,
# 秀传医疗社团法人|秀传纪念医院, 财团法人|…): one ORG with it
_FOUNDATION_BEFORE_RE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}医疗)?(?:财团|社团)法人$")
# a count right before a name (12家, 多家, 几所): what follows is a kind, not one body
_COUNTED_RE = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百千几多数])余?(?:家|间|所)$")
# a registered name right after 控股的, none of its words another 公司 or 的 (not 澳博控股的附属公司…)
_CONTROLLED_NAME_RE = re.compile(r"(?:(?!公司|的)[\u4e00-\u9fff]){2,18}有限(?:责任)?公司")
_INITIALED_TAIL_RE = re.compile(r"(?:公司|集团)(?=[(（][A-Z][A-Z0-9&]{1,7}[)）])")
# A body's head right before a bracketed Chinese short form made of the name's own characters
# (香港社区组织协会（社协）, 市区重建局（市建局）, 科学技术发展基金（科技基金）): the name is read
# leftwards like a legal one, however common its words (组织 is a verb, 市区 a common noun).
_SHORT_FORM_TAIL_RE = re.compile(
    r"(?P<head>联合会|基金会|委员会|研究院|研究所|管理局|办公室|协会|学会|商会|联会|总会|中心|基金|局|署)"
    r"(?=[(（](?:以下简称|以下称|下称|简称)?[“「『\"]?(?P<alias>[\u4e00-\u9fff]{2,8})[”」』\"]?[)）])"
)
_STEM_RE = re.compile(r"[\u3400-\u9fffA-Za-z0-9&]+")
# (澳航), （以下简称“中天科技”）, (下称"CAM"): a short form in brackets, in quotes or not
_BRACKET_ALIAS_RE = re.compile(
    r"[(（](?:以下简称|以下称|下称|简称|以下统称)?[“「『\"]?(?P<alias>[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z0-9&]{1,11}"
    r"|[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){1,3})[”」』\"]?"
    # the bracket closes, or goes on with the short form (（Obsidian Robotics，以下简称“曜石机器人”）)
    r"(?:[)）]|[，,；;](?=以下简称|以下称|下称|简称|以下统称))"
)
# a name's Latin form of two to four words in brackets after it (匯立銀行（WeLab Bank）)
_LATIN_WORDS_RE = re.compile(r"^[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+){1,3}$")
# Tags of words that end a company name on its left (function words, numbers, times, adverbs).
_WALK_STOP_POS = frozenset({"p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y", "e", "o", "r", "rr", "rz",
                            "m", "mq", "q", "t", "tg", "d", "dg", "ad", "w", "zg"})
_LOCATIVES_1 = frozenset("上下内外里前后间旁")
# Characters that never stand in a transliterated stem (克而瑞): numerals, measure words, function words.
# Single characters that never stand in a trade name or a transliterated stem: function words,
# numerals and measure words (a trade name's other characters carry any tag: 缔|顺, 华|太, 克|而|瑞).
_FUNCTION_CHARS = frozenset("的地得了着过之在是和与及或且由对从向往据称说将为等把被于给让以也都并到至就又还"
                            "已曾再才更最很均皆仍这那哪其该各每某此本我你他她它们谁吗呢吧啊即系经自按依"
                            "有要会能可个家所座名位第年月号时次")
_NUMERAL_CHARS = frozenset("一二三四五六七八九十两几数百千万亿零〇")
_LEVEL_ENDINGS = ("市", "省", "县", "区")  # a place with its level, as a registered name writes it
# tags of a one-character fragment of a content word that jieba cut (科|创|板: 创/n)
_CONTENT_1_POS = frozenset({"n", "ng", "v", "vg", "vn"})
_DIRECTIONS = frozenset("东西南北中")
# Tags of a single character before a place that is not part of the name (任|台湾…, 寄|云南…).
_LEAD_1_POS = _WALK_STOP_POS | {"v", "p", "f", "vn", "a"}
# Tags of dictionary words that are proper (not common words) for short names and stems.
_PROPER_TAGS = frozenset({"nz", "nt", "eng", "j", "nrt", "nrfg"})
# nouns, names and noun-like verbs: a word of these before a bare regional name makes it a longer name
_NOUN_TAGS = frozenset({"n", "nt", "nz", "ns", "nr", "nrt", "nrfg", "j", "vn", "ng", "an", "eng"})
_COMMON_FREQ = FREQUENT  # a dictionary word this frequent (and not proper) is a common word
# a dictionary tag that leaves a word in a name after a kind of company ("x": no tag, an unknown word)
_UNKNOWN_OR_PROPER_TAGS = _PROPER_TAGS | {"x"}
_ROLE_UNITS = frozenset({"集团", "控股"})  # org words that may stand inside a company's stem


@dataclass(frozen=True)
class OrgMatch:
    """One ORG mention: offsets into the simplified text, and how it was found."""

    start: int
    end: int
    text: str
    normalized: str  # the simplified text (the text given is already simplified, so = text)
    kind: str  # company/bank/government/... or "" if unknown
    source: str  # "gazetteer" | "suffix" | "list" | "pos"


@dataclass(frozen=True)
class Suffix:
    """An organization suffix: its kind, and the stem it needs besides a place or level."""

    suffix: str
    kind: str
    min_prefix: int


def _occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where `word` occurs in `text`, left to right, not overlapping (as re.finditer finds it):
    a literal search, with no regex compiled (and cached) for every document's own words."""
    start = text.find(word)
    while start >= 0 and word:
        yield start, start + len(word)
        start = text.find(word, start + len(word))


def _jieba_tags() -> dict[str, str]:
    """jieba's dictionary words and their tags (loaded once per process; do not modify)."""
    return dictionary_tables()[0]


def _jieba_freq(word: str) -> int:
    """How often jieba's dictionary has seen a word: 0 for an unknown word or one seen less than
    _COMMON_FREQ times (the table keeps no rarer one; every rule compares with it or more)."""
    return dictionary_tables()[1].get(word, 0)


@dataclass
class OrgGazetteer:
    """Curated names, suffixes and word lists for ORG finding (rules/orgs.csv and friends)."""

    names: dict[str, str] = field(default_factory=dict)  # surface -> kind
    canonical: dict[str, str] = field(default_factory=dict)  # surface -> gazetteer name
    suffixes: dict[str, Suffix] = field(default_factory=dict)
    lists: dict[str, frozenset[str]] = field(default_factory=dict)
    user_words: frozenset[str] = frozenset()  # words of rules/jieba/*.txt (compound check)

    @classmethod
    def load(cls, rules_dir: Path) -> OrgGazetteer:
        """Load rules/orgs.csv, rules/org_suffixes.csv, rules/org_generic.txt (and jieba user words)."""
        rules_dir = Path(rules_dir)
        gaz = cls()
        for row in csv.DictReader(read_lines(rules_dir / "orgs.csv")):
            name, kind = row["name"].strip(), row["kind"].strip()
            if kind not in KINDS:
                raise ValueError(f"orgs.csv: unknown kind {kind!r} for {name}")
            aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            for surface in (v for form in [name, *aliases] for v in case_variants(form)):
                gaz.names.setdefault(surface, kind)
                gaz.canonical.setdefault(surface, name)
        for row in csv.DictReader(read_lines(rules_dir / "org_suffixes.csv")):
            kind = row["kind"].strip()
            if kind not in KINDS:
                raise ValueError(f"org_suffixes.csv: unknown kind {kind!r}")
            suffix = row["suffix"].strip()
            gaz.suffixes[suffix] = Suffix(suffix, kind, int(row["min_prefix"]))
        gaz.lists = {k: frozenset(v) for k, v in read_sections(rules_dir / "org_generic.txt").items()}
        gaz.add_variant_forms()
        parts = rules_dir / "org_name_parts.txt"
        if parts.exists():
            gaz.lists.update((k, frozenset(v)) for k, v in read_sections(parts).items())
        provinces = rules_dir / "provinces.csv"
        if provinces.exists():  # a group's province is part of its name (山东魏桥创业集团)
            gaz.lists["provinces"] = frozenset(
                form for row in csv.DictReader(read_lines(provinces)) for form in (row["name"], row["short"]))
        user: set[str] = set()
        for path in sorted((rules_dir / "jieba").glob("*.txt")):
            for line in read_lines(path):
                user.add(line.split()[0])
        gaz.user_words = frozenset(user)
        return gaz

    def add_variant_forms(self) -> None:
        """Every name also as written with the variant characters OpenCC t2s keeps (卫 as Hong
        Kong's 衞: 循道衞理联合教会): rules/org_generic.txt [variant_chars], "char variant"."""
        pairs = [line.split() for line in self.section("variant_chars")]
        for surface in list(self.names):
            for char, variant in pairs:
                if char in surface:
                    form = surface.replace(char, variant)
                    self.names.setdefault(form, self.names[surface])
                    self.canonical.setdefault(form, self.canonical[surface])
        ambiguous = self.section("ambiguous")  # a variant of an ambiguous name is one too
        self.lists["ambiguous"] = ambiguous | {
            name.replace(char, variant) for name in ambiguous for char, variant in pairs if char in name}

    def words(self) -> Iterable[tuple[str, str]]:
        """(surface, "nt") for the jieba user dictionary.

        Left out: short names that start with a level (市委, 市政府 would split 武汉市/政府), names
        that are also common words (口碑), and names with spaces or brackets.
        """
        single_levels = {lv for lv in self.section("levels") if len(lv) == 1}
        ambiguous = self.section("ambiguous")
        for surface in sorted(self.names):
            if surface[0] in single_levels or surface in ambiguous:
                continue
            if re.search(r"[\s()（）]", surface):
                continue
            yield surface, "nt"

    def section(self, name: str) -> frozenset[str]:
        """One word list of rules/org_generic.txt (empty if absent)."""
        return self.lists.get(name, frozenset())

    def kind_of(self, surface: str) -> str:
        return self.names.get(surface, "")

    @cached_property
    def max_name_len(self) -> int:
        return max((len(n) for n in self.names), default=0)

    @cached_property
    def derived(self) -> dict[str, object]:
        """Unions, orderings and lengths of the word lists, computed once (not per document)."""
        sec = self.section
        products = sec("products") | sec("events")
        research = sorted(map(re.escape, sec("research_heads")), key=len, reverse=True)
        tails, roles = ("|".join(sorted(map(re.escape, sec(name)), key=len, reverse=True)) or "(?!)"
                        for name in ("byline_tails", "byline_roles"))
        return {
            "products": products,
            "context_adverbs": sec("context_adverbs"),
            "place_only_endings": tuple(sorted(sec("place_only_heads"))),
            "event_heads": tuple(sorted(sec("event_heads"))),
            "ministry_units": tuple(sorted(sec("long_ministry_units"))),
            "association_units": tuple(sorted(sec("long_association_units"))),
            # first and last characters: cheap tests before the lookups (宋城|景区, 物流中心)
            "attraction_firsts": frozenset(h[0] for h in sec("attraction_heads")),
            "attraction_modifiers": tuple(sorted(sec("attraction_modifiers"), key=len, reverse=True)),
            # a Latin name (one to four words) right before what a body says or publishes; the
            # character before it is checked apart (a lookbehind at every position scans slowly)
            "latin_name_re": re.compile(
                f"({_LATIN_ITEM})" + r"(?=(?:"
                + "|".join(map(re.escape, sorted(sec("latin_context_adverbs"), key=len, reverse=True)))
                + ")?(?:"
                + ("|".join(map(re.escape, sorted(sec("latin_context_after"), key=len, reverse=True)))
                   or "(?!)") + "))"),
            # Latin names listed right after the words that introduce a company's brands (旗下品牌包括
            # Gerber与Danze): each name of the list, joined by 、, 与, 和, 及 or 以及
            "latin_brand_list_re": re.compile(
                "(?:" + ("|".join(map(re.escape, sorted(sec("latin_brand_openers"), key=len, reverse=True)))
                         or "(?!)")
                + f")({_LATIN_ITEM}(?:(?:、|与|和|及|以及){_LATIN_ITEM})*)(?![A-Za-z0-9&\\-])"),
            # a Latin name of two to five capitalized words ending with a business word (Anytime
            # Fitness, Galati Yacht Sales, Sam's Tailor): no letter, digit or joiner after it (the
            # character before it is checked apart: a lookbehind would be tried at every position)
            "latin_headed_re": re.compile(
                r"((?:[A-Z][A-Za-z0-9&\-'’]* ){1,4}(?:"
                + ("|".join(map(re.escape, sorted(sec("latin_heads"), key=len, reverse=True))) or "(?!)")
                + r"))(?![A-Za-z0-9&\-])"),
            "appositive_re": re.compile("|".join(
                map(re.escape, sorted(sec("appositive_kinds"), key=len, reverse=True))) or "(?!)"),
            # the trade heads as one plain alternation, longest first (a lookahead at every position
            # scans nine times slower; the heads starting inside a match are looked for apart)
            "trade_head_re": re.compile(
                "|".join(map(re.escape, sorted(sec("trade_heads"), key=len, reverse=True))) or "(?!)"),
            "hotel_head_re": re.compile(
                "|".join(map(re.escape, sorted(sec("hotel_heads"), key=len, reverse=True))) or "(?!)"),
            # words that name no hotel of their own (温泉, 当地, 高星级, 外资): see names_a_hotel
            "hotel_kind_words": sec("hotel_kinds") | sec("hotel_kind_ends") | sec("kind_modifiers"),
            "attraction_starts": frozenset(
                w[0] for w in sec("attraction_heads") | sec("attraction_modifiers")),
            "facility_lasts": frozenset(f[-1] for f in sec("place_facilities")),
            "region_only": sec("hongkong_names") | sec("macao_names"),
            # a shop named with 记: its trades (the longest first), what it does after, what opens it
            "ji_shop_trades": tuple(sorted(sec("ji_shop_trades"), key=lambda t: (-len(t), t))),
            "ji_shop_openers": tuple(sorted(sec("ji_shop_openers"))),
            "degree_adverbs": tuple(sorted(sec("degree_adverbs"))),
            # what a shop or a brand named right before it does or says (acts_at)
            "shop_acting_context": tuple(sorted(sec("ji_shop_context") | sec("context_after"))),
            "name_index": PrefixIndex(self.names),
            "class_cache": {},
            "product_index": PrefixIndex(products),
            "max_product": max((len(p) for p in products), default=0),
            "long_title_lens": sorted({len(x) for x in sec("titles") if len(x) >= 2}),
            "suffix_lens": sorted({len(x) for x in self.suffixes}, reverse=True),
            "max_industry": max((len(x) for x in sec("industry")), default=0),
            "walk_stops": (sec("name_stops") | sec("breaks") | sec("titles") | sec("generic")
                           | sec("list_heads") | sec("determiners") | sec("facilities")),
            "heads_by_len": sorted(sec("coordinated_heads"), key=len, reverse=True),
            # word lists as tuples, for str.startswith / str.endswith (one C call for all of them)
            "trade_head_words": tuple(sorted(sec("trade_heads"))),
            "title_words": tuple(sorted(sec("titles"))),
            "university_units": tuple(sorted(sec("university_units"))),
            # a bank's unit of two characters (分行, 支行): jieba may glue its 行 to the next word
            "bank_unit_heads": frozenset(s for s, suf in self.suffixes.items()
                                         if suf.kind == "bank" and len(s) == 2 and s != "银行"),
            "context_after_words": tuple(sorted(sec("context_after"))),
            "period_context_after_words": tuple(sorted(sec("context_after") | sec("period_context_after"))),
            "placed_trade_context": tuple(sorted(sec("placed_trade_context"))),
            "registered_heads": tuple(sorted(sec("registered_heads"))),
            "placed_registered_heads": tuple(sorted(sec("placed_registered_heads"))),
            "context_before_words": tuple(sorted(sec("context_before"))),
            "person_titles": tuple(sorted(sec("titles") - sec("body_roles"))),
            "trade_list_heads": tuple(sorted(sec("list_heads") | sec("trade_list_heads"))),
            "headquarters_before": tuple(sorted(sec("headquarters_before"))),
            "located_before": tuple(sorted(sec("located_before"))),
            # what a venue's or a facility's name ends with: no trade name learnt from a company's
            "venue_endings": tuple(sorted(sec("venue_heads") | sec("facilities") | sec("attraction_heads"))),
            # the rest of a list of companies after one item: more short items, then 等 and a word
            # for companies (联想|、方正和浪潮等企业: rules/org_name_parts.txt [company_list_words])
            "company_list_words": tuple(sorted(sec("company_list_words"))),
            "company_list_rest_re": re.compile(
                r"(?:[、和及与][\u4e00-\u9fffA-Za-z]{2,8}){0,6}等(?:"
                + "|".join(map(re.escape, sorted(sec("company_list_words"), key=len, reverse=True))) + ")"),
            "subsidiary_words": tuple(sorted(sec("subsidiary_heads"), key=len, reverse=True)),
            "geo_heads": tuple(sorted(sec("geo_heads"))),
            "placed_coordinated_heads": tuple(sorted(sec("placed_coordinated_heads"))),
            "research_endings": tuple(sorted(sec("research_heads"))),
            "region_words": tuple(sorted(sec("region_words"))),
            # compounds by their first one or two characters (a name's end that starts one: 文旅部|门)
            "compounds_by_head": {
                head: tuple(c for c in sec("compounds") if c.startswith(head) and len(c) > len(head))
                for head in {c[:k] for c in sec("compounds") for k in (1, 2) if len(c) > k}
            },
            "departments_by_len": sorted(sec("departments"), key=len, reverse=True),
            "research_re": re.compile("|".join(research) or "(?!)"),
            # 中国汽车报记者 at the start of a line (an opening bracket allowed before it), or the
            # outlet before its dateline: 中国消费者报北京讯
            "byline_re": re.compile(
                rf"(?m)^[ \t\u3000【\[（(]*"
                rf"(?P<name>(?P<stem>[\u4e00-\u9fff]{{1,8}}?)(?:{tails}))"
                rf"(?:{roles}|(?P<place>[\u4e00-\u9fff]{{2,4}}?)讯)"),
            # how names and products start (two characters; one for one-character forms): only
            # words that start so are looked up
            "gaz_heads": frozenset(n[:2] for n in [*self.names, *products] if n),
            "company_heads": frozenset(n[:2] for n, kind in self.names.items() if kind == "company"),
            "gaz_single_heads": frozenset(n for n in [*self.names, *products] if len(n) == 1),
            # a suffix glued to a title of two or more (局局长, 事务所律师): see split_deputy
            "glued_titles": frozenset(s + t for s in self.suffixes for t in sec("titles") if len(t) >= 2),
            # where a title of two or more characters is written: the places a glued one can end
            "title_re": compile_prefiltered("|".join(map(re.escape, sorted(
                (t for t in sec("titles") if len(t) >= 2), key=len, reverse=True))) or "(?!)"),
            # what a clause needs for a suffix name or a list (see _Finder.active_words)
            "clause_seed_re": compile_prefiltered(
                "|".join(map(re.escape, sorted([*self.suffixes, *_LIST_ENDS], key=len, reverse=True)))
            ),
        }


# --------------------------------------------------------------------------------------------
# Tokens: jieba words classified for the name runs.

BREAK, NAME, PLACE, LEVEL, SUFFIX, GAZ, QUOTED, DET = "break", "name", "place", "level", "suffix", "gaz", \
    "quoted", "det"


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    pos: str
    cls: str
    anchor: bool = False  # place, level, proper noun, trade-name fragment: makes a stem specific
    suffix: Suffix | None = None
    kind: str = ""


class _Finder:
    """State for one call of `find_orgs`."""

    def __init__(self, text: str, words: Sequence[Word], gaz: OrgGazetteer,
                 place_words: Callable[[str], bool] | None, taiwan: bool = False):
        self.text = text
        self.taiwan = taiwan
        self.gaz = gaz
        self.titles = gaz.section("titles")
        self.member_titles = gaz.section("member_titles")
        self.event_heads: tuple[str, ...] = gaz.derived["event_heads"]  # type: ignore[assignment]
        self.member_heads = gaz.section("member_heads")
        # the words that close a unit named by several fields after its body (long_unit_end)
        self.ministry_units: tuple[str, ...] = gaz.derived["ministry_units"]  # type: ignore[assignment]
        self.association_units: tuple[str, ...] = gaz.derived["association_units"]  # type: ignore[assignment]
        self.title_words: tuple[str, ...] = gaz.derived["title_words"]  # type: ignore[assignment]
        self.person_titles: tuple[str, ...] = gaz.derived["person_titles"]  # type: ignore[assignment]
        held = held_words(words)
        # where words start and end: asked at the candidates only (see WordIndex)
        index = word_index(held)
        retagged = self.county_short_forms(held, index)
        if retagged is not held:
            held, index = retagged, WordIndex(retagged)
        self.words = self.split_deputy(held, index)
        self.index = index if self.words is held else WordIndex(self.words)
        self.place_words = place_words
        self.tags = _jieba_tags()
        self.masked: list[tuple[int, int]] = []
        self.candidates: list[OrgMatch] = []
        sec = gaz.section
        self.generic = sec("generic")
        derived = gaz.derived
        self.products: frozenset[str] = derived["products"]  # type: ignore[assignment]
        # word classes seen before, for this place test (see classify)
        caches: dict = derived["class_cache"]  # type: ignore[assignment]
        self.class_cache: dict[tuple[str, str], tuple] = caches.setdefault(place_words, {})
        self.name_index: PrefixIndex = derived["name_index"]  # type: ignore[assignment]
        self.product_index: PrefixIndex = derived["product_index"]  # type: ignore[assignment]
        self.determiners = sec("determiners")
        self.breaks = sec("breaks")
        self.long_title_lens: list[int] = derived["long_title_lens"]  # type: ignore[assignment]
        self.facilities = sec("facilities")
        self.levels = sec("levels")
        self.countries = sec("countries")
        self.provinces = sec("provinces")
        self.ambiguous = sec("ambiguous")
        self.taiwan_names = sec("taiwan_names")
        self.statuses = sec("statuses")
        self.plant_words = sec("plant_words")
        self.branch_heads = sec("branch_heads")
        self.kind_before = sec("kind_before")
        self.blocs = sec("blocs")
        self.attraction_heads = sec("attraction_heads")
        self.attraction_firsts: frozenset[str] = derived["attraction_firsts"]  # type: ignore[assignment]
        self.attraction_modifiers: tuple[str, ...] = derived["attraction_modifiers"]  # type: ignore[assignment]
        self.attraction_starts: frozenset[str] = derived["attraction_starts"]  # type: ignore[assignment]
        self.not_heads = sec("not_heads")
        self.bloc_heads = sec("bloc_heads")
        self.regions = sec("regions")
        self.region_only: frozenset[str] = derived["region_only"]  # type: ignore[assignment]
        self.text_regions = self.regions_of_text()
        self.region_names = self.regional_names()
        # brands that are also words or places (万宁 of Hainan, 百佳): a Hong Kong or Macao text names
        # the chain
        self.region_brands = ((sec("hongkong_brands") if "hongkong" in self.text_regions else frozenset())
                              | (sec("macao_brands") if "macao" in self.text_regions else frozenset()))
        self.list_heads = sec("list_heads")
        self.trade_list_heads: tuple[str, ...] = derived["trade_list_heads"]  # type: ignore[assignment]
        self.context_after: tuple[str, ...] = derived["context_after_words"]  # type: ignore[assignment]
        self.period_context_after: tuple[str, ...] = derived["period_context_after_words"]  # type: ignore[assignment]
        self.placed_trade_context: tuple[str, ...] = derived["placed_trade_context"]  # type: ignore[assignment]
        self.registered_heads: tuple[str, ...] = derived["registered_heads"]  # type: ignore[assignment]
        self.placed_registered_heads: tuple[str, ...] = derived["placed_registered_heads"]  # type: ignore[assignment]
        self.context_before: tuple[str, ...] = derived["context_before_words"]  # type: ignore[assignment]
        self.glued_adverbs = sec("glued_adverbs")
        self.surnames = sec("surnames")
        self.headquarters_before: tuple[str, ...] = derived["headquarters_before"]  # type: ignore[assignment]
        self.located_before: tuple[str, ...] = derived["located_before"]  # type: ignore[assignment]
        self.shop_heads = sec("shop_heads")
        self.ownership_kinds = sec("ownership_kinds")
        self.company_list_rest_re: re.Pattern[str] = derived["company_list_rest_re"]  # type: ignore[assignment]
        self.venue_endings: tuple[str, ...] = derived["venue_endings"]  # type: ignore[assignment]
        self.trade_heads = sec("trade_heads")
        self.trade_head_words: tuple[str, ...] = derived["trade_head_words"]  # type: ignore[assignment]
        self.geo_heads: tuple[str, ...] = derived["geo_heads"]  # type: ignore[assignment]
        self.trade_head_re: re.Pattern[str] = derived["trade_head_re"]  # type: ignore[assignment]
        self.appositive_re: re.Pattern[str] = derived["appositive_re"]  # type: ignore[assignment]
        self.appositive_endings = sec("appositive_endings")
        self.place_openers = sec("place_openers")
        self.latin_name_re: re.Pattern[str] = derived["latin_name_re"]  # type: ignore[assignment]
        self.latin_headed_re: re.Pattern[str] = derived["latin_headed_re"]  # type: ignore[assignment]
        self.latin_brand_list_re: re.Pattern[str] = derived["latin_brand_list_re"]  # type: ignore[assignment]
        self.latin_not_names = sec("latin_not_names")
        self.context_adverbs: frozenset[str] = derived["context_adverbs"]  # type: ignore[assignment]
        self.compounds = sec("compounds")
        self.unit_leads = sec("unit_leads")
        self.academy_units = sec("academy_units")
        self.university_units: tuple[str, ...] = derived["university_units"]  # type: ignore[assignment]
        self.academy_word_units = self.academy_units | sec("academy_branch_units")  # 所, and 院 alone
        self.bank_unit_heads: frozenset[str] = derived["bank_unit_heads"]  # type: ignore[assignment]
        self.country_abbreviations = sec("country_abbreviations")
        self.federation_tails = sec("federation_tails")
        self.federated_endings = tuple(sorted(sec("federated_endings")))
        self.local_chapters = sec("local_chapters")
        self.compounds_by_head: dict[str, tuple[str, ...]] = derived["compounds_by_head"]  # type: ignore[assignment]
        self.not_places = sec("not_places")
        self.not_body_endings = tuple(sec("not_body_endings"))
        self.team_tails = sec("team_tails")
        self.suffix_lens: list[int] = derived["suffix_lens"]  # type: ignore[assignment]
        self.industry = sec("industry")
        self.max_industry: int = derived["max_industry"]  # type: ignore[assignment]
        self.walk_stops: frozenset[str] = derived["walk_stops"]  # type: ignore[assignment]
        self.name_stop_words = sec("name_stops")
        self.role_endings = tuple(sorted(sec("role_endings")))
        self.era_words = sec("era_words")
        self.list_item_finals = sec("list_item_finals")
        self.says_after = tuple(sorted(sec("says_after"), key=len, reverse=True))
        self.hotel_head_re: re.Pattern[str] = derived["hotel_head_re"]  # type: ignore[assignment]
        self.hotel_kind_ends = sec("hotel_kind_ends")
        self.hotel_kind_words: frozenset[str] = derived["hotel_kind_words"]  # type: ignore[assignment]
        # the first two characters of the gazetteer's companies' names: a group's name before a
        # subsidiary's city (东风|柳州汽车有限公司: 东风汽车's), however common a word it is
        self.company_heads: frozenset[str] = gaz.derived["company_heads"]  # type: ignore[assignment]
        self.lead_trim = sec("lead_trim")
        self.stationed = sec("stationed")
        self.subsidiary_heads = sec("subsidiary_heads")
        self.subsidiary_words: tuple[str, ...] = derived["subsidiary_words"]  # type: ignore[assignment]
        self.departments = sec("departments")
        self.government_departments = sec("government_departments")
        self.coordinated_heads = sec("coordinated_heads")
        self.place_only_heads = sec("place_only_heads")
        self.place_only_endings: tuple[str, ...] = derived["place_only_endings"]  # type: ignore[assignment]
        self.heads_by_len: list[str] = derived["heads_by_len"]  # type: ignore[assignment]
        self.placed_coordinated_heads: tuple[str, ...] = derived["placed_coordinated_heads"]  # type: ignore[assignment]
        self.research_endings: tuple[str, ...] = derived["research_endings"]  # type: ignore[assignment]
        self.departments_by_len: list[str] = derived["departments_by_len"]  # type: ignore[assignment]
        self.not_departments = sec("not_departments")
        self.not_field_endings = sec("not_field_endings")
        self.kind_modifiers = sec("kind_modifiers")
        self.association_leads = sec("association_leads")
        self.union_members = sec("union_members")
        self.place_heads = sec("place_heads")
        self.region_words: tuple[str, ...] = derived["region_words"]  # type: ignore[assignment]
        self.anchored_heads = sec("anchored_heads")
        self.place_facilities = sec("place_facilities")
        self.facility_lasts: frozenset[str] = derived["facility_lasts"]  # type: ignore[assignment]
        # start, end, trade name, industry word, the places written in front of the trade name
        self.companies: list[tuple[int, int, str, str, str]] = []
        # where each short name found stands -> the company it was learnt from (see drop_cut_aliases)
        self.alias_origins: dict[int, tuple[int, int]] = {}
        # ambiguous gazetteer names with no org context where they stand (see confirmed_ambiguous)
        self.ambiguous_pending: list[tuple[int, int, str]] = []
        # ambiguous names of three or more characters that act as a company somewhere in the text by
        # what it does (全联旗下全支付, 全支付表示): the company wherever else they stand
        self.ambiguous_acting: set[str] = set()

    @cached_property
    def char_word(self) -> list[int]:
        """Index of the word holding each character (-1 for none); built when first asked for."""
        char_word = [-1] * len(self.text)
        for k, w in enumerate(self.words):
            char_word[w.start:w.end] = [k] * (w.end - w.start)
        return char_word

    def title_glued(self, index: WordIndex, glued: frozenset[str]) -> bool:
        """Whether a word is a head glued to a title (局局长): found from where titles are written
        (a few places a text), not by reading every word."""
        title_re: re.Pattern[str] = self.gaz.derived["title_re"]  # type: ignore[assignment]
        m = title_re.search(self.text)
        while m is not None:  # every place a title starts (overlapping: 局长 inside 副局长 too)
            w = index.around(m.start())
            if w is not None and w.start < m.start() and w.text in glued:
                return True
            m = title_re.search(self.text, m.start() + 1)
        return False

    def deputy_glued(self, index: WordIndex) -> bool:
        """Whether a word of two or more characters ends with 副: a 副 that ends a word but does
        not start one (found from the few 副 of the text, not by reading every word)."""
        text = self.text
        at = text.find("副")
        while at >= 0:
            if index.is_end(at + 1) and not index.is_start(at):
                return True
            at = text.find("副", at + 1)
        return False

    def county_short_forms(self, words: list[Word], index: WordIndex) -> list[Word]:
        """平遥县…平遥唐都推光漆器有限公司: in an article that names a county in full (a place word
        ending in 县 or 旗), its short form is that place too, though jieba's dictionary holds it as
        another word (平遥/a, 封丘/nr). `words` itself when nothing is retagged."""
        text = self.text
        shorts: set[str] = set()
        at: dict[int, Word] = {}
        for m in _COUNTY_END_RE.finditer(text):
            w = index.ending_at(m.end())
            if w is not None and w.pos == "ns" and len(w.text) >= 3:
                shorts.add(self.county_short(w.text))
            elif w is None and (head := index.starting_at(m.start())) is not None and len(head.text) >= 2:
                # 云霄|县政府: jieba glued 县 to the body after it; the word before, with 县, is a
                # county of the dictionary
                before = index.ending_at(m.start())
                if (before is not None and len(before.text) >= 2 and before.pos != "ns"
                        and _jieba_tags().get(before.text + text[m.start()]) == "ns"):
                    at[before.start] = Word(before.text, before.start, before.end, "ns")
        for short in shorts:
            pos = text.find(short)
            while pos >= 0:
                w = index.starting_at(pos)
                if w is not None and w.text == short and w.pos != "ns":
                    at[pos] = Word(short, w.start, w.end, "ns")
                pos = text.find(short, pos + 1)
        if not at:
            return words
        return [at.get(w.start, w) for w in words]

    def county_short(self, county: str) -> str:
        """平遥县 -> 平遥, 大厂回族自治县 -> 大厂, 印江土家族苗族自治县 -> 印江: a county's or banner's
        name without its head and, for an autonomous one, without the peoples it is named for
        (rules/org_generic.txt [autonomous_peoples])."""
        if not county.endswith(_AUTONOMOUS_ENDS):
            return county[:-1]
        short = county[:-3]
        peoples = self.gaz.section("autonomous_peoples")
        while (people := max((p for p in peoples if short.endswith(p) and len(short) > len(p) + 1),
                             key=len, default="")):
            short = short[:-len(people)]
        return short

    def split_deputy(self, words: list[Word], index: WordIndex) -> list[Word]:
        """部副|总经理 -> 部|副总经理: jieba glues 副 of a deputy title to the word before it, and a
        head to its title (局局长 -> 局|局长, 事务所律师 -> 事务所|律师). `words` itself when
        nothing splits."""
        glued: frozenset[str] = self.gaz.derived["glued_titles"]  # type: ignore[assignment]
        if not self.title_glued(index, glued) and not self.deputy_glued(index):
            return words  # nothing to split (most documents): skip the word-by-word pass
        out: list[Word] = []
        for k, w in enumerate(words):
            nxt = words[k + 1] if k + 1 < len(words) else None
            if (len(w.text) >= 2 and w.text[-1] == "副" and nxt is not None
                    and "副" + nxt.text in self.titles):
                head = w.text[:-1]
                out.append(Word(head, w.start, w.end - 1, _jieba_tags().get(head, "")))
                out.append(Word("副", w.end - 1, w.end, "b"))
                continue
            prev = words[k - 1].text if k else ""
            cut = self.glued_head(w.text) if w.text in glued else 0
            if cut and prev not in ("副", "正", "代", "原", "前", "常务"):
                # 发展|局局长 -> 局|局长: a head glued to its own title
                out.append(Word(w.text[:cut], w.start, w.start + cut, "n"))
                out.append(Word(w.text[cut:], w.start + cut, w.end, _jieba_tags().get(w.text[cut:], "n")))
                continue
            out.append(w)
        return out

    def glued_head(self, text: str) -> int:
        """The length of the suffix a word glued to a title starts with (局局长 -> 1), the
        shortest: 0 when there is none."""
        for cut in range(1, len(text) - 1):
            if text[:cut] in self.gaz.suffixes and text[cut:] in self.titles:
                return cut
        return 0

    # ---- lexical helpers ----------------------------------------------------------------

    def is_place(self, s: str, pos: str = "") -> bool:
        if s in self.countries:
            return True
        if self.place_words is not None:
            return self.place_words(s)
        return (pos or self.tags.get(s, "")) == "ns" and s not in self.not_places

    def place_like(self, w: Word) -> bool:
        """A place, or a word jieba tags as one (counties and districts: 宁海, 余杭)."""
        return self.is_place(w.text, w.pos) or (w.pos == "ns" and w.text not in self.not_places)

    def is_lexical(self, s: str) -> bool:
        return s in self.tags or s in self.gaz.user_words or s in self.compounds

    def emit(self, start: int, end: int, kind: str, source: str) -> None:
        if source == SOURCE_SUFFIX and self.registered_name_at(start, end):
            return  # 租赁平台|佛罗伦国际有限公司: the gazetteer's registered name is whole
        if kind == "university" and self.text[max(start - 2, 0):start] in _SCHOOL_OWNERS:
            start -= 2  # 国立|高雄餐旅大学: who runs the school is part of its official name
        span = self.text[start:end]
        self.candidates.append(OrgMatch(start, end, span, span, kind, source))

    def in_mask(self, start: int, end: int) -> bool:
        return bool(self.masked) and any(s < end and start < e for s, e in self.masked)

    # ---- gazetteer ----------------------------------------------------------------------

    def longest(self, pos: int, names: PrefixIndex, max_len: int | None = None) -> int:
        return names.longest(self.text, pos, max_len)

    def gazetteer(self) -> None:
        """Longest gazetteer names at word starts; products and events mask their span."""
        max_gaz = self.gaz.max_name_len
        max_prod: int = self.gaz.derived["max_product"]  # type: ignore[assignment]
        name_longest, product_longest, text = self.name_index.longest, self.product_index.longest, self.text
        heads: frozenset[str] = self.gaz.derived["gaz_heads"]  # type: ignore[assignment]
        singles: frozenset[str] = self.gaz.derived["gaz_single_heads"]  # type: ignore[assignment]
        skip_to = 0
        # no name or product starts at the other words
        if singles:
            starting = [w for w in self.words if text[w[1]:w[1] + 2] in heads or text[w[1]] in singles]
        else:
            starting = [w for w in self.words if text[w[1]:w[1] + 2] in heads]
        glued = [Word(w.text[1:], w.start + 1, w.end, w.pos) for m in _JOINER_RE.finditer(text)
                 if text[m.end():m.end() + 2] in heads
                 and (w := self.index.starting_at(m.start())) is not None
                 and len(w.text) >= 3 and w.text[1:] in self.gaz.names]
        glued += [Word(w.text[1:], w.start + 1, w.end, w.pos) for m in _MEASURE_AFTER_NUMBER_RE.finditer(text)
                  if text[m.end():m.end() + 2] in heads
                  and (w := self.index.starting_at(m.start())) is not None and len(w.text) >= 2]
        if glued:  # 谷歌和|雅虎 cut 和雅虎: a list's joiner glued to the name after it; 2架空|客: a
            # measure word glued to it (架空 is a word)
            starting = sorted([*starting, *glued], key=lambda w: w.start)
        for w in starting:
            p = w.start
            if p < skip_to:
                continue
            lg = name_longest(text, p, max_gaz)
            lp = product_longest(text, p, max_prod)
            if lp > lg:
                self.masked.append((p, p + lp))
                skip_to = p + lp
                if lg:  # an organization written at the start of a product: 京东白条 -> 京东
                    self.emit(p, p + lg, self.gaz.kind_of(self.text[p:p + lg]), SOURCE_GAZETTEER)
                continue
            if not lg:
                continue
            if not self.gaz_end_ok(p, p + lg):
                continue
            name = self.text[p:p + lg]
            if self.attraction_after(p + lg):
                continue  # 宋城|景区: the attraction a company runs, named like it
            if name[0] in self.levels and (any(text.endswith(d, 0, p) for d in self.determiners)
                                           or self.paired_level_before(p, name)):
                continue  # 各|市政府, 县|市政府: every city's government, no body of its own
            if name in self.region_only and not self.regional_name(p, name):
                continue  # 财政局 outside a Macao text: a generic word
            if name in self.ambiguous:
                if _COUNTED_RE.search(text, max(p - 6, 0), p):
                    continue  # 12家|意大利银行: banks of that kind, counted
                if self.given_name_after_surname(p):
                    continue  # 经理刘|怡安表示, 学习蒋|新松: a person's given name after a surname
                if name not in self.region_brands:
                    if not self.org_context(p, p + lg) and not self.taiwan_name(p, name) \
                            and self.arm_at(p + lg) is None:
                        self.ambiguous_pending.append((p, p + lg, name))
                        continue
                    if (len(name) >= 3 and name.endswith(_COMPANY_HEADS)) or self.says_as_company(p, p + lg):
                        # (庞大集团 in a list of companies: the group wherever the text names it)
                        self.ambiguous_acting.add(name)
            if name in self.blocs and self.bloc_as_region(p, p + lg):
                continue  # 东盟市场, 中东和东盟: the region a bloc covers
            if ((self.text[p + lg:p + lg + 1] in NAME_DOTS or self.text[p - 1:p] in NAME_DOTS)
                    and self.gaz.kind_of(name) != "media"):
                continue  # part of a transliterated personal name: 阿里·萨米扬 (not 农民日报·中国农网)
            start = self.country_before(p, name)
            kind = self.gaz.kind_of(name)
            self.emit(start, p + lg, kind, SOURCE_GAZETTEER)
            skip_to = p + lg
            if kind in ("company", "bank"):  # a company's business named after it: 东航|物流, 招银|国际
                head = self.arm_at(p + lg)
                if head is not None and not (head.text == "控股" and self.controls_at(head.end)):
                    self.emit(start, head.end, kind, SOURCE_GAZETTEER)
                    skip_to = head.end

    def paired_level_before(self, p: int, name: str) -> bool:
        """Another level's character right before a body named by its level (县|市政府, 省|市政府:
        the counties' and cities' governments), not the end of a place (杭州市|市政府); or a count
        of the level (两|市百货公司: the stores of two cities)."""
        before = self.text[p - 1:p]
        if before in _LEVEL_COUNTS and (w := self.index.ending_at(p)) is not None and w.start == p - 1:
            return True  # 新北两|市百货公司, 江西两|省防汛抗旱指挥部: the two places' bodies
        if before == name[0] or before not in self.levels:
            return False
        place = self.index.ending_at(p)
        return place is None or not self.is_place(place.text, place.pos)

    def joined_place_before(self, start: int) -> bool:
        """A city or province, then 及, 和, 与 or 、 right before `start` (东莞及|惠州印刷厂)."""
        if self.text[start - 1:start] not in _LIST_JOINERS:
            return False
        place = self.index.ending_at(start - 1)
        return place is not None and self.is_place(place.text, place.pos)

    def attraction_after(self, end: int) -> bool:
        """An attraction's head right after `end`, or after a few words that describe it: the
        name before it names the attraction (宋城|景区, 长隆|旅游度假区, 方特|主题乐园)."""
        text = self.text
        for _ in range(3):
            first = text[end:end + 1]
            if first not in self.attraction_starts:
                return False
            if first in self.attraction_firsts and any(
                    text.startswith(h, end) for h in self.attraction_heads):
                return True
            modifier = next((m for m in self.attraction_modifiers if text.startswith(m, end)), None)
            if modifier is None:
                return False
            end += len(modifier)
        return False

    def controls_at(self, end: int) -> bool:
        """控股 before 的 and a known company, or before 子公司, is the verb (蒙牛乳业控股的现代牧业:
        Mengniu controls Modern Dairy; 科伦药业控股子公司), not a holding company's name (澳博控股的
        市占率: SJM Holdings' share)."""
        if self.text.startswith(("子公司", "孙公司"), end):
            return True  # 科伦药业控股子公司科伦博泰: a subsidiary it controls
        if not self.text.startswith("的", end):
            return False
        # a known company after it, or a registered name (北京公交集团控股的北京巴士传媒股份有限公司)
        return (self.longest(end + 1, self.name_index) > 0
                or _CONTROLLED_NAME_RE.match(self.text, end + 1) is not None)

    def arm_at(self, end: int) -> Word | None:
        """The word of a company's arm right after its name (东航|物流, 友邦|香港: [subsidiary_heads]),
        which also makes an ambiguous name the company's; None when there is none."""
        head = self.index.starting_at(end)
        if head is None:
            return None
        if head.text in self.subsidiary_heads:
            return head
        if self.text.startswith(self.subsidiary_words, end):  # an arm jieba cuts: 日立|建|机, 汇丰|环球|研究
            for arm in self.subsidiary_words:
                stop = end + len(arm)
                if len(arm) > len(head.text) and self.text.startswith(arm, end) and self.index.is_end(stop):
                    return Word(arm, end, stop, "n")
        return None

    def bloc_as_region(self, start: int, end: int) -> bool:
        """A regional bloc written as the region it covers: before a region head (东盟市场, 欧盟国家)
        or beside a region in a list (中东和东盟, 东盟、非洲): rules/org_generic.txt [blocs]."""
        text = self.text
        if any(text.startswith(h, end) for h in self.bloc_heads):
            return True
        if text[end:end + 1] in _LIST_JOINERS:
            after = self.index.starting_at(end + 1)
            if after is not None and after.text in self.regions:
                return True
        if text[start - 1:start] in _LIST_JOINERS:
            before = self.index.ending_at(start - 1)
            return before is not None and before.text in self.regions
        return False

    def regions_of_text(self) -> frozenset[str]:
        """hongkong, macao: the regions this text is from, when it is not from Taiwan and names the
        region at least twice (rules/org_generic.txt [hongkong_cues], [macao_cues])."""
        if self.taiwan:
            return frozenset()  # 經濟部統計處 ... 統計處: a ministry's department read back
        sec = self.gaz.section
        return frozenset(region for region in ("hongkong", "macao")
                         if sum(self.text.count(cue) for cue in sec(f"{region}_cues")) >= 2)

    def regional_names(self) -> frozenset[str]:
        """The bare names of Hong Kong or Macao bodies (统计处, 财政局) that name one in this text
        (rules/org_generic.txt [hongkong_names], [macao_names])."""
        sec = self.gaz.section
        return frozenset(name for region in sorted(self.text_regions) for name in sec(f"{region}_names"))

    def known_name(self, s: str) -> bool:
        """A gazetteer name that names a body in this text (劳工处 only in a Hong Kong text: in a
        Taiwan one, 新竹市政府|劳工处 is the city's own department)."""
        return s in self.gaz.names and (s not in self.region_only or s in self.region_names)

    def regional_name(self, start: int, name: str) -> bool:
        """A bare regional name standing alone: not after a quantifier or 的, and not the end of a
        longer name (深圳市财政局, 特区政府旅游局, 经济发展局, 文化广电旅游体育局: a place, a body or
        a field before it)."""
        if name not in self.region_names or self.text[start - 1:start] in self.kind_before:
            return False
        before = self.index.ending_at(start)
        return before is None or not (before.pos in _NOUN_TAGS or self.place_like(before)
                                      or before.text in self.gaz.names)

    def taiwan_name(self, start: int, name: str) -> bool:
        """中央银行 in a Taiwan text is Taiwan's central bank, unless a quantifier or 的 makes it a
        kind (各国中央银行, 多国的中央银行): rules/org_generic.txt [taiwan_names]."""
        before = self.text[start - 1:start]
        return self.taiwan and name in self.taiwan_names and before not in self.kind_before

    def gaz_end_ok(self, start: int, end: int) -> bool:
        """Whether the name ends at a real word end (not a false word made by segmentation)."""
        text = self.text
        name = text[start:end]
        if _LATIN_RE.match(name):
            before = text[start - 1] if start else ""
            after = text[end] if end < len(text) else ""
            if _ALNUM_RE.match(before) or _ALNUM_RE.match(after):
                return False
        if not self.index.is_end(end):
            glued = self.index.around(end)
            if (glued is not None and start < glued.start < end and glued.end == end + 1
                    and text[end] in self.glued_adverbs and self.index.is_end(glued.start)):
                return True  # 数码|通则|表示: jieba glued the name's last character to the adverb after it
            if (glued is not None and start < glued.start < end and glued.end == end + 1
                    and self.index.is_end(glued.start) and text[start - 1:start] in _LIST_JOINER_WORDS
                    and (nxt := self.index.starting_at(end + 1)) is not None
                    and self.tags.get(text[end] + nxt.text, "") == "v"):
                return True  # 永辉超市、盒|马上|架: a listed name, its last character glued to a verb's first
            # the name ends inside a jieba word: only a word that starts with the name and goes on
            # with a title (县委书记) or a product noun (百度地图, 银联卡) keeps it, or one that glues the
            # name's own suffix to a line or station of it (广州|地铁线|网, 上海|地铁站).
            host = self.index.around(start)
            if host is None or host.start != start or host.end <= end:
                return self.suffix_glued_to_network(start, end)
            if host.text in self.facilities:
                return False  # 新濠|天地: a resort named after its operator
            if host.pos == "ns" and host.text[-1] in _PLACE_WORD_ENDS:
                return False  # 阿里|山乡, 阿里|地区: a place's name holds it (not 全聚德|烤鸭店)
            tail = host.text[end - host.start:]
            return (tail in self.titles or (len(tail) >= 2 and self.is_lexical(tail))
                    or tail in self.gaz.section("product_tails")
                    or (tail in self.team_tails and self.gaz.kind_of(name) == "company")  # 上海申花|队
                    or (host.end == end + len(tail) and name[-1] + tail in self.titles))  # 内政部|长: 部长
        for k in (1, 2):
            for c in self.compounds_by_head.get(text[end - k:end], ()):
                if text.startswith(c, end - k) and self.index.is_end(end - k + len(c)):
                    return False  # 文旅部|门: the name's end starts a word with the next (部门)
        return not self.false_compound(start, end)

    def suffix_glued_to_network(self, start: int, end: int) -> bool:
        """地铁线, 地铁站: jieba writes the suffix a name ends with (地铁) and a word of its network
        (rules/org_generic.txt, network_tails) as one word; the name still ends at its suffix."""
        inner = self.index.around(end - 1)
        if inner is None or inner.start <= start or inner.end <= end:
            return False
        return (self.text[inner.start:end] in self.gaz.suffixes
                and self.text[end:inner.end] in self.gaz.section("network_tails"))

    def false_compound(self, start: int, end: int) -> bool:
        """A place + common word name whose word runs on into the next word (中国移动|支付)."""
        nxt_i = self.index.index_at(end)
        if nxt_i is None:
            return False
        nxt = self.words[nxt_i].text
        if not _CJK_RE.match(nxt):
            return False
        name = self.text[start:end]
        if nxt == "讯" and self.gaz.kind_of(name) == "media":
            return False  # an outlet's dateline (北京商报讯), though jieba has 商报讯 as a word
        for i in range(1, len(name) - 1):
            if not self.is_place(name[:i]):
                continue
            tail = name[i:]
            for k in range(1, len(nxt) + 1):
                if self.is_lexical(tail + nxt[:k]):
                    return True
        return self.event_runs_on(nxt_i, name)

    def event_runs_on(self, nxt_i: int, name: str) -> bool:
        """An event's name that starts like a body's and runs on into the next word: the name's last
        two characters and that word make one (中国国际航空|航天|博览会: 航空航天, an airshow), and an
        event head closes it within two words ([event_heads])."""
        words = self.words
        after = range(nxt_i + 1, min(nxt_i + 3, len(words)))
        if not any(words[j].text.endswith(self.event_heads) for j in after):
            return False
        nxt = words[nxt_i].text
        return any(self.is_lexical(name[-2:] + nxt[:k]) for k in range(1, len(nxt) + 1))

    def given_name_after_surname(self, start: int) -> bool:
        """A title right before `start` (首席观察员|林德), or a surname after a title (资深经理刘|怡安) or
        read by jieba as a person's (蒋/nr|新松): a person's name follows, not the company named like it."""
        if start < 1:
            return False
        if self.text.endswith(self.person_titles, 0, start):
            return True  # 首席观察员|林德: a person's name right after a title
        if self.text[start - 1] not in self.surnames:
            return False
        if self.text.endswith(self.title_words, 0, start - 1):
            return True
        prev = self.index.ending_at(start)
        return prev is not None and prev.start == start - 1 and prev.pos == "nr"

    def acts_as_company(self, start: int, end: int) -> bool:
        """A name owned by a company or doing what a company does (全联旗下|全支付, 全支付|表示): the
        org words around it, not a quote or a list alone."""
        text = self.text
        quoted = start - 1 if start and text[start - 1] in _OPEN_QUOTES else start  # 团体「长春社」
        return (text.endswith(self.context_before, 0, quoted) or text.startswith(self.context_after, end)
                or self.placed_before(start, self.headquarters_before))

    def says_as_company(self, start: int, end: int) -> bool:
        """An ambiguous name that acts as a company (全联旗下|全支付, 全支付|表示), three characters or more;
        or of two that is no frequent word, right before what a body says (金车|指出): the company
        wherever else the text names it (金车今年…, 金车的酒款; not 理想表示 … 理想状态)."""
        if end - start >= 3:
            return self.acts_as_company(start, end)
        if _jieba_freq(self.text[start:end]) >= _COMMON_FREQ:
            return False  # 理想表示 … 理想状态: a frequent word keeps its sense elsewhere
        return self.text.startswith(self.says_after, end) or self.says_after_adverb(end, self.says_after)

    def placed_before(self, start: int, words: tuple[str, ...]) -> bool:
        """总部位于日内瓦的|地中海航运, 位于青岛的|北海造船: the clause says where the body is right before
        it (one of `words`, then a place of up to 10 characters and 的)."""
        text = self.text
        if not text.endswith("的", 0, start):
            return False
        lo = max(0, start - 17)
        for word in words:
            at = text.rfind(word, lo, start - 1)
            if at >= 0 and _CLAUSE_END_RE.search(text, at, start) is None:
                return True
        return False

    def says_after_adverb(self, end: int, words: tuple[str, ...] | None = None) -> bool:
        """An adverb of [context_adverbs], then what a body says or does (亦表示, 则指出, 分别出货):
        one of `words`, by default [context_after]."""
        text, words = self.text, self.context_after if words is None else words
        return any(text.startswith(a, end) and text.startswith(words, end + len(a))
                   for a in self.context_adverbs)

    def org_context(self, start: int, end: int) -> bool:
        """An ambiguous name acts as an organization: a quoted product, an org word, or a list."""
        text = self.text
        after = text[end:end + 8]
        if after[:1] and after[0] in "“「《\"" and self.tags.get(text[start:end]) != "a":
            return True  # 口碑“码上一条龙”: its product (巨大“消费断层”: an adjective before a phrase)
        if _MODEL_CODE_RE.match(after) or _LATIN_PRODUCT_RE.match(after):
            return True  # a model or product line of the brand's (问界M8, 中华汽车eMOVING)
        if _STOCK_CODE_RE.match(text, end) or _LATIN_BRACKET_RE.match(text, end):
            return True  # its stock code or its Latin name in brackets (网家（8044）, 可隆（KOLON SPORT）)
        short = _SHORT_FORM_AFTER_RE.match(text, end)
        if short is not None and self.alias_of(short.group(1), text[start:end]):
            return True  # its short form in brackets (香港置业（港置）)
        if self.acts_as_company(start, end):
            return True  # 全联旗下|全支付: a company's own brand; 全支付|表示
        name = text[start:end]
        if (any(self.is_place(name[:k]) for k in (2, 3) if len(name) - k >= 2)
                and self.placed_before(start, self.located_before)):
            return True  # 位于青岛的|北海造船: a name led by a place, after where it stands
        if self.branch_after(end) or self.plant_after(end):
            return True  # 自如|杭州|公司: the company's branch in a city; 世界先进|新加坡|厂: its plant
        heads = self.gaz.suffixes, self.shop_heads
        if text.endswith("的", 0, start) and any(
                name[k:] in h for h in heads for k in range(1, len(name) - 1)):
            place = self.index.ending_at(start - 1)
            if place is not None and self.place_like(place):
                return True  # 南京的|先锋书店: a body of its kind in a place
        at_word = "位于" if after.startswith("位于") else "在" if after[:1] == "在" else ""
        if at_word:  # 西部矿业|在西宁的|锌冶炼项目, 中海|位于锦江区的|项目: its site in a place
            place = self.index.starting_at(end + len(at_word))
            if (place is not None and self.place_like(place)
                    and text[place.end:place.end + 1] == "的"):
                return True
        if self.says_after_adverb(end):  # 萬寧亦表示, IDC的统计显示, 戴尔分别出货
            return True
        when = _WHEN_RE.match(text, end)
        if when is not None:  # 快手11月19日公布, 全家前3季外送营收: a date between the name and what it did,
            at = when.end()  # and up to four characters of its business (外送|营收, 风电叶片|销量)
            for skip in range(5):
                if skip and not _CJK_RE.match(text[at + skip - 1:at + skip]):
                    break
                if text.startswith(self.period_context_after, at + skip):
                    return True
        before = text[start - 1] if start else ""
        nxt = after[:1]
        if (before in _LIST_JOINERS or nxt in _LIST_JOINERS) and self.company_list_rest_re.match(text, end):
            return True  # 联想、方正和浪潮等企业: an item of a list of companies
        if before in _LIST_JOINERS or nxt in _LIST_JOINERS:
            # a neighbour in the same list that is a gazetteer name (屈臣氏、萬寧); after 和/及/与, a
            # company's (屈臣氏及萬寧; not 科蒂和联合国, a person beside a body)
            if nxt in _LIST_JOINERS:
                n = self.longest(end + 1, self.name_index)
                neighbour = text[end + 1:end + 1 + n]
                if (n and neighbour not in self.ambiguous and self.index.is_end(end + 1 + n)
                        and (nxt == "、" or self.gaz.kind_of(neighbour) in ("company", "bank"))):
                    return True  # not 有理想、有道德 (有道 is ambiguous, and inside 道德)
            if before in _LIST_JOINERS:
                sep = start - 2 if text.endswith("以及", 0, start) else start - 1  # vivo以及|小米
                j = sep - 1
                while j >= 0 and text[j] not in "、，,。；;：:\n":
                    j -= 1
                # 利嘉阁地产及香港置业, 已与华住、锦江: the item before is a name found already
                found_before = any(c.end == sep and (before == "、" or c.kind == "company")
                                   for c in self.candidates)
                if text[j + 1:sep] in self.gaz.names or found_before:
                    return True
        return False

    def word_after_place(self, end: int) -> Word | None:
        """The word after a place word that starts at `end` (杭州|公司, 新加坡|厂), if there is one."""
        place = self.index.starting_at(end)
        if place is None or not self.place_like(place):
            return None  # a city or a district (外婆家|湖滨|店)
        return self.index.starting_at(place.end)

    def branch_after(self, end: int) -> int:
        """End of a city branch written right after a company (自如|杭州|公司, 我爱我家|成都|公司),
        or 0: a place word, then a branch head (rules/org_generic.txt [branch_heads]: 公司, 分公司)."""
        head = self.word_after_place(end)
        if head is None:
            return 0
        if head.text in self.branch_heads:
            return head.end
        after = self.index.starting_at(head.end)
        if (after is not None and after.text in self.branch_heads and len(head.text) == 2
                and head.pos in ("n", "vn") and head.text not in self.walk_stops):
            return after.end  # 国家能源集团|黄骅|港务|公司: its company for one business in a place
        return 0

    def plant_after(self, end: int) -> bool:
        """A place word, then one of the company's sites (新加坡|厂, 高雄|工厂): rules/org_generic.txt
        [plant_words]. The name stands alone as the ORG; its site is a facility."""
        site = self.word_after_place(end)
        return site is not None and site.text in self.plant_words

    def country_before(self, start: int, name: str) -> int:
        """Start of the name, moved back over a country right before it (中国蚂蚁金服), over the
        place of a level's body (福州市委), or over the place or level of an agency (成都市发改委,
        市发改委). A city before a company stays outside (武汉支付宝用户)."""
        prev = self.index.ending_at(start)
        if prev is None or name.startswith(prev.text):
            return start
        kind = self.gaz.kind_of(name)
        if prev.text in self.countries and kind != "international":
            return prev.start
        if kind == "government" and prev.text in self.country_abbreviations:
            return prev.start  # 墨|卫生部, 英|外交部: that country's ministry, under its short name
        if kind == "university" and prev.text in _SCHOOL_OWNERS:
            return prev.start  # 国立|清华大学: Taiwan's official names
        if (kind in ("company", "transit") and name.endswith(self.place_only_endings)
                and self.place_like(prev)):
            return prev.start  # 南京|港华燃气: a utility's company in a city, named after it
        if kind == "company" and name.endswith(self.registered_heads) and prev.text in self.provinces:
            return prev.start  # 山东|魏桥创业集团: a group's province, part of its registered name
        if kind == "company" and name.endswith(self.placed_registered_heads) and self.place_like(prev):
            return prev.start  # 青海|人民出版社, 淮阴市|新华书店: the place's own house
        if kind != "government" and name not in self.local_chapters:
            return start  # (浙江省|贸促会: a chapter of a national body, like an agency)
        # a place's agency under its short name: 成都市|发改委, 市|发改委 (SPEC: a place in front
        # belongs to the name; 市商务局 is an agency's own short name)
        national = prev.text == "国家"
        if name[0] not in self.levels and prev.text in self.levels and (len(prev.text) == 1 or national):
            return prev.start  # 市|发改委; 国家|民航局 (the national agency under its short name)
        # a level's body after its place: 福州|市委, 宁海|县委(书记); an agency after it: 成都市|发改委
        if self.place_like(prev):
            while True:  # 湖南省沅江|市委: every place written in front
                before = self.index.ending_at(prev.start)
                if before is not None and before.text in self.stationed:
                    return start  # 驻|承德|解放军: the place where the body is
                if before is None or not self.place_like(before):
                    return prev.start
                prev = before
        return start

    # ---- tokens -------------------------------------------------------------------------

    def suffix_of(self, w: Word) -> Suffix | None:
        """The organization suffix a word ends with (商务局 -> 局, 有限公司), if any."""
        text = w.text
        if text in self.not_heads or text.endswith(self.not_body_endings):
            return None  # 充电器: a thing; 中美关系: a relation
        for length in self.suffix_lens:
            if len(text) < length:
                continue
            suf = self.gaz.suffixes.get(text[-length:])
            if suf is None:
                continue
            if len(text) == length:
                return suf
            if w.pos not in _SUFFIX_WORD_POS:
                return None
            rest = text[:-length]
            if rest in self.determiners:
                return None
            if (length == 1 and len(rest) >= 3 and w.pos != "nt" and self.is_lexical(text[-2:])
                    and self.is_lexical(rest[:-1]) and text[-2:] not in self.gaz.suffixes
                    and text[-2:] not in self.departments):
                return None  # 城市|布局 (a city's layout), not 城市布|局: two words, the last no head
            if rest in self.levels or self.morpheme_end(rest) or (length >= 2 and len(rest) == 1):
                return suf
            return None
        return None

    def morpheme_end(self, rest: str) -> bool:
        """Whether a word splits before its suffix at a word end: 商务|局, 福建师范|大学, but not
        党员干|部 or 党和|政府."""
        if len(rest) < 2:
            return False
        if self.is_place(rest) or rest in self.gaz.names:
            return True
        return any(self.is_lexical(rest[-k:]) for k in range(2, min(len(rest), 4) + 1))

    def stem_is_specific(self, rest: str) -> bool:
        """Whether the stem inside a suffix word names something (福州|大学) or not (商务|局)."""
        if not rest or rest in self.kind_modifiers:
            return False  # (中文|学校, 国有|银行: a kind of body)
        if rest in self.levels or (len(rest) >= 2 and rest[-1] in self.levels and self.is_place(rest)):
            return True
        for k in range(min(len(rest), 4), 1, -1):
            if self.is_place(rest[:k]) or rest[:k] in self.gaz.names:
                return True
        if len(rest) < 2:
            return False
        tag = self.tags.get(rest)  # jieba's nr tags on common words are too loose here
        if tag == "ns":  # a place the city list lacks (黄埔|海关: a district), not a common word
            return rest not in self.not_places
        return tag is None or tag in ("nz", "nt")

    def active_words(self) -> list[Word]:
        """The words of the clauses where a suffix name or a listed name can be, with the
        punctuation around them.

        A suffix name ends at a word that ends with a suffix of org_suffixes.csv, and a list at
        等 or 在内的; a clause without any of these strings yields neither. Clause punctuation
        (，。；！？ and line ends) is always a BREAK token that no rule changes or looks across,
        so the token rules give the same names on these clauses alone as on the whole text.
        Most clauses of news hold none of them (three quarters of the text of the benchmark).
        """
        words = self.words
        seeds: re.Pattern[str] = self.gaz.derived["clause_seed_re"]  # type: ignore[assignment]
        hits = [m.start() for m in seeds.finditer(self.text)]
        if not hits:
            return []
        # the punctuation words, found from the punctuation of the text (not by reading every word)
        index = self.index
        bounds = [k for m in _CLAUSE_END_RE.finditer(self.text)
                  if (k := index.index_at(m.start())) is not None and words[k][0] in _CLAUSE_ENDS]
        if not bounds:
            return list(words)
        bound_starts = [words[k][1] for k in bounds]
        kept: list[tuple[int, int]] = []  # word index ranges [lo, hi], with their punctuation
        for p in hits:
            j = bisect_right(bound_starts, p)
            lo = bounds[j - 1] if j else 0
            hi = bounds[j] if j < len(bounds) else len(words) - 1
            if kept and lo <= kept[-1][1]:
                kept[-1] = (kept[-1][0], max(kept[-1][1], hi))
            else:
                kept.append((lo, hi))
        return [w for lo, hi in kept for w in words[lo:hi + 1]]

    def tokens(self) -> list[_Tok]:
        words = self.active_words()
        word_at = {w[1]: i for i, w in enumerate(words)}
        gaz_spans = {c.start: c for c in self.candidates
                     if c.source in (SOURCE_GAZETTEER, SOURCE_ALIAS) and c.start in word_at
                     and self.index.is_end(c.end)}
        toks: list[_Tok] = []
        i = 0
        for k in sorted(word_at[start] for start in gaz_spans):
            if k < i:
                continue  # starts inside the name before
            self.classify_words(words[i:k], toks)
            g = gaz_spans[words[k].start]
            toks.append(_Tok(g.start, g.end, g.text, "nt", GAZ, True, None, g.kind))
            i = k
            while i < len(words) and words[i].start < g.end:
                i += 1
        self.classify_words(words[i:], toks)
        self.idiom_fields(toks)
        self.members_of_associations(toks)
        self.latin_ampersands(toks)
        self.fix_fragments(toks)
        self.coordinated(toks)
        self.open_quoted_names(toks)
        # the passes that look for one character run only where the text holds it (most do not)
        text = self.text
        if "第" in text:
            self.ordinal_factory_words(toks)
        if "记" in text:
            self.shop_name_ji(toks)
        if "镇" in text or "乡" in text:
            self.towns_after_places(toks)
        self.time_words_after_places(toks)
        if "暨" in text or "者" in text:
            self.joined_fields(toks)
        self.clause_opening_chars(toks)
        if _CODE_RUN_RE.search(text):
            self.code_digits(toks)
        return self.merge_quotes_and_brackets(toks)

    def clause_opening_chars(self, toks: list[_Tok]) -> None:
        """，中|港澳|直通巴士|联会, 及|何|东|中葡|小学: one character that opens a clause or a list's item
        right before the words of a name that end at its head is the name's first character (jieba
        read it as a direction or a pronoun: 中/f, 何/r), unless it is a function word (在, 由, 该)."""
        text = self.text
        for i in range(len(toks) - 2):
            tk = toks[i]
            if (tk.cls != BREAK or len(tk.text) != 1 or tk.pos not in ("f", "r")
                    or tk.text in _FUNCTION_CHARS or tk.text in _LOCATIVES_1):
                continue
            if tk.start and text[tk.start - 1] not in _CLAUSE_OPENERS and text[tk.start - 1] not in "及和与":
                continue
            for j in range(i + 1, min(i + 5, len(toks))):
                if toks[j].start != toks[j - 1].end or toks[j].cls == BREAK:
                    break
                if toks[j].cls == SUFFIX:
                    if j > i + 1:
                        tk.cls = NAME
                    break

    @staticmethod
    def joined_fields(toks: list[_Tok]) -> None:
        """台中市补习教育|暨|品保协会, 台湾失能者家庭|暨|看护|雇主国际协会: 暨 (and, in a formal name) joins
        two fields of one association's name; the words up to its head (a verb among them: 看护) are
        the name's. 者 between two words of a field is the name's too (失能者)."""
        for i in range(1, len(toks) - 1):
            tk = toks[i]
            if (tk.text == "者" and tk.cls == BREAK and toks[i - 1].cls == NAME
                    and toks[i + 1].cls == NAME and toks[i - 1].end == tk.start == toks[i + 1].start - 1):
                tk.cls = NAME  # 失能|者|家庭: the suffix 者 of a noun inside the field
        for i in range(1, len(toks) - 1):
            if (toks[i].text != "暨" or toks[i - 1].cls not in (NAME, PLACE)
                    or toks[i - 1].end != toks[i].start):
                continue
            for j in range(i + 1, min(i + 5, len(toks))):
                tk = toks[j]
                if tk.cls == SUFFIX:
                    if tk.kind == "alliance":
                        for t in toks[i:j]:
                            t.cls = NAME
                    break
                if not _CJK_RE.match(tk.text) or len(tk.text) > 2 or tk.start != toks[j - 1].end:
                    break

    @staticmethod
    def time_words_after_places(toks: list[_Tok]) -> None:
        """潍坊市|坊子区|现代|风筝|合作社: a two-character time word right after a place or a district
        and before more of a name is a trade-name word (现代, as 北京|青年|科技 in a registered name),
        not the time the clause is about."""
        for i in range(1, len(toks) - 1):
            tk, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
            if (tk.cls == BREAK and tk.pos == "t" and len(tk.text) == 2 and prev.end == tk.start
                    and (prev.cls == PLACE or prev.text.endswith(_DISTRICT_ENDS))
                    and nxt.cls in (NAME, SUFFIX) and nxt.start == tk.end):
                tk.cls = NAME

    def towns_after_places(self, toks: list[_Tok]) -> None:
        """兴隆县|六道|河|镇|山楂种植专业合作社: a town's name (town_start) whatever jieba made of it
        (六道/m) belongs to the body's name."""
        for i in range(2, len(toks)):
            if toks[i].text not in _TOWN_HEADS:
                continue
            for n in _town_lengths(self.text, toks[i].start):
                at = toks[i].start - n
                k = i  # back over the tokens of the town's characters
                while k > 0 and toks[k - 1].start >= at:
                    k -= 1
                inside = toks[k:i]
                if inside and inside[0].start == at and all(_CJK_RE.match(t.text) for t in inside):
                    for t in inside:
                        t.cls, t.anchor = NAME, True
                    break

    @staticmethod
    def shop_name_ji(toks: list[_Tok]) -> None:
        """吴兴|记|书报社, 生|记|粥品: 记 after a proper name and before a head ends a shop's trade name
        (a Hong Kong usage), though it opens a profile's subtitle elsewhere (———记四川有线电视台)."""
        for i in range(1, len(toks) - 1):
            tk = toks[i]
            if (tk.text == "记" and tk.cls == BREAK and toks[i - 1].cls == NAME and toks[i - 1].anchor
                    and toks[i - 1].end == tk.start and toks[i + 1].cls == SUFFIX):
                tk.cls = NAME

    @staticmethod
    def ordinal_factory_words(toks: list[_Tok]) -> None:
        """福州|第一|脱胎|漆器厂: in a factory named by its place, its number (第一) and its trade, the
        number and a two-character word of the trade that jieba reads as a verb (脱胎, bodiless
        lacquer) are the name's."""
        for i in range(3, len(toks)):
            tk, word, ordinal = toks[i], toks[i - 1], toks[i - 2]
            if (tk.cls == SUFFIX and tk.suffix is not None and tk.suffix.suffix.endswith("厂")
                    and word.cls == BREAK and word.pos.startswith("v") and len(word.text) == 2
                    and _ORDINAL_RE.fullmatch(ordinal.text) and toks[i - 3].cls == PLACE):
                word.cls = ordinal.cls = NAME

    @staticmethod
    def idiom_fields(toks: list[_Tok]) -> None:
        """An idiom or set phrase jieba tags i is a name's field only right before its head, after a
        place or a name (北京市|人才交流|中心); elsewhere it ends a name (…公司|全心全意|依靠职工办,
        “偷偷摸摸”办工厂)."""
        for k, t in enumerate(toks):
            if t.pos == "i" and t.cls == NAME and not (
                    0 < k < len(toks) - 1 and toks[k + 1].cls == SUFFIX
                    and toks[k - 1].cls in (PLACE, NAME, GAZ) and toks[k - 1].end == t.start):
                t.cls = BREAK

    def members_of_associations(self, toks: list[_Tok]) -> None:
        """A title right before an association's head names its members, inside the name
        (澳门体育|记者|协会, 澳门|记者|联会); elsewhere a title ends a name (新华社|记者)."""
        for i in range(len(toks) - 1):
            t, nxt = toks[i], toks[i + 1]
            if (t.cls == BREAK and t.text in self.member_titles and nxt.cls == SUFFIX
                    and nxt.start == t.end and nxt.text in self.member_heads):
                t.cls = NAME

    @staticmethod
    def latin_ampersands(toks: list[_Tok]) -> None:
        """An & between two Latin words with no space is part of the name (C&C律师事务所, AT&T)."""
        for i in range(1, len(toks) - 1):
            t, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
            if (t.text == "&" and prev.end == t.start and nxt.start == t.end
                    and _LATIN_RE.match(prev.text) and _LATIN_RE.match(nxt.text)):
                t.cls = NAME

    def trade_name_opens(self, toks: list[_Tok], k: int) -> bool:
        """A one-character verb after 的, 、 or an owner's word (旗下) that opens a two-character stem
        before a name's words and its head (旗下|兴|福|村镇银行, 、|联|丰|食品超级市场): the trade
        name's first character."""
        prev = toks[k - 1].text
        if k + 2 >= len(toks) or (prev not in ("的", "、") and not prev.endswith(self.context_before)):
            return False
        nxt = toks[k + 1]
        return (len(nxt.text) == 1 and nxt.cls in (NAME, PLACE)
                and any(t.cls == SUFFIX for t in toks[k + 2:k + 4])
                and all(t.cls not in (BREAK, DET) for t in toks[k + 2:k + 3]))

    def fix_fragments(self, toks: list[_Tok]) -> None:
        """Trade-name characters and verbs of learning, after classification.

        A one-character verb right after a place or another name character is part of a trade
        name (广州易联|商业服务有限公司, 台湾宇珍); a suffix word followed by an aspect particle
        is a verb (学会了).
        """
        # Only one-character words with a fragment tag can change; their neighbours are read as
        # they stand when each is reached (a fragment made a name makes the next one possible).
        breaks = self.breaks
        fragments = [k for k in range(1, len(toks) - 1) if toks[k].pos in _FRAGMENT_POS]
        for k in fragments:
            tk, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
            if (tk.cls == BREAK and len(tk.text) == 1
                    and tk.text not in breaks and nxt.cls not in (BREAK, DET)
                    and (prev.cls == PLACE or (prev.cls == NAME and (len(prev.text) == 1 or prev.pos == "ns"))
                         or self.trade_name_opens(toks, k)
                         or (prev.cls == NAME and nxt.cls == SUFFIX and nxt.kind == "alliance"
                             and tk.pos not in ("v", "vd")))):
                tk.cls, tk.anchor = NAME, True  # (澳门鲜鱼|行|总会: the trade of a guild)
        # 中 opening a clause before a one-character name word (，中|豫|港务集团, 。中|粮…): the first
        # character of a trade name (中 of 中国), not the locative
        for k in [k for k in range(len(toks) - 2) if toks[k].text == "中" and toks[k].cls == BREAK]:
            nxt = toks[k + 1]
            if ((k == 0 or not _WORD_CHAR.match(toks[k - 1].text)) and len(nxt.text) == 1
                    and nxt.cls in (NAME, PLACE) and toks[k + 2].cls not in (BREAK, DET)):
                toks[k].cls, toks[k].anchor = NAME, True
        # a one-character adverb before a verb of two or more characters is the verb's (正|研究|超市
        # 供应链: "is studying"), no trade-name character (正|泰 goes on)
        for k in [k for k in range(len(toks) - 1) if toks[k].pos == "d" and len(toks[k].text) == 1]:
            nxt = toks[k + 1]
            if toks[k].cls == NAME and len(nxt.text) >= 2 and nxt.pos in ("v", "vn"):
                toks[k].cls, toks[k].anchor = BREAK, False
        for k in [k for k in range(1, len(toks)) if toks[k].text in ("了", "过", "着")]:
            if toks[k - 1].cls == SUFFIX:
                toks[k - 1].cls = BREAK
        # an ordinal between a place and a name (徐州市|第一|人民医院, 北京市|第四|中学): the body's number
        for k in [k for k in range(1, len(toks) - 1) if _ORDINAL_RE.fullmatch(toks[k].text)]:
            if (toks[k - 1].cls in (PLACE, LEVEL) and toks[k + 1].cls in (NAME, SUFFIX)
                    and not toks[k + 1].text.startswith("大")):  # not a rank: 美国第三|大银行
                toks[k].cls = NAME
        # 记 after one name character, before a name or a head: a shop's trade name in Hong Kong
        # and Macao style (巨|记|饼家, 荣|记|手信|集团), not 记 opening a portrait (——记…)
        for k in [k for k in range(1, len(toks) - 1) if toks[k].text == "记" and toks[k].cls == BREAK]:
            prev, nxt = toks[k - 1], toks[k + 1]
            if (prev.cls == NAME and len(prev.text) == 1 and _CJK_RE.match(prev.text)
                    and nxt.cls in (NAME, SUFFIX)):
                toks[k].cls, toks[k].anchor = NAME, True
        # 会 that jieba cut off a trade's 商, a worker's 工 or a farmer's 农 (香港海味|杂货商|会|相关负责人
        # 表示, 澳门|洗衣工|会|指出, 新港|乡农|会|表示): the traders' association, the workers' union, the
        # farmers' association, where a place or a name stands before them and what a body says follows
        for k in [k for k in range(2, len(toks)) if toks[k].text == "会" and toks[k].cls == BREAK]:
            prev = toks[k - 1]
            head = self.gaz.suffixes.get(prev.text[-1:] + "会")
            if (head is not None and prev.text[-1] in "商工农" and len(prev.text) >= 2
                    and prev.cls == NAME and prev.end == toks[k].start
                    and any(t.cls in (PLACE, GAZ) or t.pos == "ns" for t in toks[max(k - 3, 0):k - 1])
                    and self.text.startswith(self.context_after, toks[k].end)):
                toks[k].cls, toks[k].suffix, toks[k].kind = SUFFIX, head, head.kind
        # a trade written as a verb inside an association's name after its place (粤港澳大湾区|洗涤|
        # 商业|联合会, 广东省|洗染|行业协会): a field, when another field follows it or the head is a
        # trade's (行业…); not a verb right before a plain head (深圳|举办|协会)
        for k in [k for k in range(1, len(toks) - 1) if toks[k].cls == BREAK and toks[k].pos in ("v", "vn")
                  and len(toks[k].text) >= 2 and _CJK_RE.match(toks[k].text)
                  and toks[k].text not in self.walk_stops and _jieba_freq(toks[k].text) < _TRADE_VERB_FREQ]:
            j = k - 1
            while j >= 0 and toks[j].cls == NAME and toks[j].pos == "n":
                j -= 1  # (fields before it: 广州市|洗衣|洗涤; not a person, 澳门总督|韦奇立|在讲话中称赞)
            if j < 0 or toks[j].cls not in (PLACE, LEVEL):
                continue
            m = k + 1
            while m < len(toks) and toks[m].cls == NAME and toks[m].pos in ("n", "vn"):
                m += 1  # (fields after it: 洗涤|商业; not a place, 台中|邀集|彰化县|农会)
            head = toks[m] if m < len(toks) else None
            if (head is not None and head.cls == SUFFIX and head.kind == "alliance"
                    and (m > k + 1 or head.text.startswith("行业")
                         or (j < k - 1 and toks[k].text in self.industry))):
                toks[k].cls = NAME  # (香港|鲜花|盆栽|批发|联会: an industry word after fields too)
        # 会 (an association) that jieba reads as the verb "will", before an association's head:
        # 澳门街坊|会|联合总会 is the federation of the 街坊会
        for k in [k for k in range(1, len(toks) - 1) if toks[k].text == "会" and toks[k].cls == BREAK]:
            nxt, prev = toks[k + 1], toks[k - 1]
            if (nxt.cls == SUFFIX and nxt.kind == "alliance" and prev.cls == NAME
                    and len(prev.text) >= 2 and _CJK_RE.match(prev.text)
                    and k >= 2 and toks[k - 2].cls == PLACE):  # a place names it (not 企业会联合…)
                toks[k].cls = NAME

    def ends_with_title(self, t: str) -> bool:
        """Whether `t` ends with a title of two or more characters (村干部)."""
        titles = self.titles
        return any(t[-n:] in titles for n in self.long_title_lens if n <= len(t))

    def code_digits(self, toks: list[_Tok]) -> None:
        """青海|五|三六九|生态牧业科技有限公司: a run of three or more digits read one by one (no 十, 百
        or 千) right before a name's words is a code, a word of the trade name (五三六九), not a count."""
        k = 0
        while k < len(toks):
            j = k
            while j < len(toks) and toks[j].text and all(c in _CODE_DIGITS for c in toks[j].text):
                j += 1
            if j - k and sum(len(t.text) for t in toks[k:j]) >= 3 and j < len(toks) and toks[j].cls == NAME:
                for t in toks[k:j]:
                    t.cls, t.anchor = NAME, True
            k = max(j, k + 1)

    def classify_words(self, words: Sequence[Word], toks: list[_Tok]) -> None:
        """Append the tokens of `words`; most classes come from the cache (see classify)."""
        if self.masked:
            toks.extend(map(self.classify, words))
            return
        cache_get, tok, classify, append = self.class_cache.get, _Tok, self.classify, toks.append
        for w in words:
            found = cache_get((w[0], w[3]))
            append(tok(w[1], w[2], w[0], w[3], *found) if found is not None else classify(w))

    def classify(self, w: Word) -> _Tok:
        if self.masked and self.in_mask(w.start, w.end):
            return _Tok(w.start, w.end, w.text, w.pos, BREAK)
        # A word's class depends on its text and tag only (and the place test): the answer is
        # kept for the next time the word occurs (in this or any later document).
        key = (w.text, w.pos)
        found = self.class_cache.get(key)
        if found is None:
            if len(self.class_cache) > _CLASS_CACHE_SIZE:
                self.class_cache.clear()
            found = self.class_cache[key] = self.word_class(w.text, w.pos, w)
        return _Tok(w.start, w.end, w.text, w.pos, *found)

    def word_class(self, t: str, pos: str, w: Word) -> tuple[str, bool, Suffix | None, str]:
        """(class, anchor, suffix, kind) of a word outside any masked span."""
        if not _WORD_CHAR.search(t):
            return BREAK, False, None, ""
        if t in self.determiners:
            return DET, False, None, ""
        if t in self.titles or t in self.facilities or t in self.breaks or t.isdigit():
            return BREAK, False, None, ""
        if t in self.levels:
            return LEVEL, True, None, ""
        if len(t) > 2 and t not in self.gaz.suffixes and self.ends_with_title(t):
            return BREAK, False, None, ""  # 党员干部, 村干部: a role, not a body
        suf = self.suffix_of(w)
        if suf is not None:
            anchor = t not in self.generic and self.stem_is_specific(t[:-len(suf.suffix)])
            return SUFFIX, anchor, suf, suf.kind
        if self.is_place(t, pos) or (t.endswith(self.region_words) and any(
                t.endswith(r) and len(t) > len(r) and self.is_place(t[:-len(r)]) for r in self.region_words)):
            return PLACE, True, None, ""  # (北京地区: a region of the place is the place)
        if _LATIN_RE.match(t):
            return NAME, True, None, ""
        if len(t) == 1:
            if pos in _STOP_POS_1:
                return BREAK, False, None, ""
            return NAME, True, None, ""
        if pos in _NAME_POS:  # a word tagged ns that is no place (城市) names nothing
            return NAME, pos in _PROPER_POS and t not in self.not_places, None, ""
        return BREAK, False, None, ""

    def open_quoted_names(self, toks: list[_Tok]) -> None:
        """“绿色出行联盟”: inside quotes that hold a whole name, every word belongs to it."""
        for i in [i for i, tk in enumerate(toks) if tk.text in _OPEN_QUOTES]:
            tk = toks[i]
            if tk.cls != BREAK:
                continue
            if tk.text == '"' and not self.ascii_quote_opens(tk.start):
                continue
            j = i + 1
            while j < len(toks) and j - i <= 8 and re.search(r"\w", toks[j].text):
                j += 1
            if j >= len(toks) or toks[j].text not in _CLOSE_QUOTES or j - 1 <= i or toks[j - 1].cls != SUFFIX:
                continue
            for t in toks[i + 1:j - 1]:
                function_word = t.text in self.breaks or (len(t.text) == 1 and t.pos in _STOP_POS_1)
                if t.cls == BREAK and not function_word:
                    t.cls = NAME

    def merge_quotes_and_brackets(self, toks: list[_Tok]) -> list[_Tok]:
        """“数字福州”建设… : a quoted stem followed by more name words becomes one name token;
        so does a bracketed place inside a name (腾讯科技（深圳）有限公司)."""
        openers = [i for i, tk in enumerate(toks) if tk.text in _OPENERS]
        if not openers:
            return toks
        out: list[_Tok] = []
        i = 0
        inside = {NAME, PLACE, LEVEL, GAZ, SUFFIX}
        for o in openers:
            if o < i:
                continue  # inside a span merged already
            out.extend(toks[i:o])
            i = o
            tk = toks[i]
            if tk.cls != BREAK:
                continue
            opener = tk.text
            closer = _CLOSE_QUOTES if opener in _OPEN_QUOTES else _CLOSE_BRACKETS
            j = i + 1
            while j < len(toks) and j - i <= 6 and toks[j].cls in inside:
                j += 1
            if (j > i + 1 and j < len(toks) and toks[j].text in closer and j + 1 < len(toks)
                    and toks[j + 1].cls in inside and toks[j].end - tk.start <= 14):
                if opener in _OPEN_BRACKETS:
                    ok = (bool(out) and out[-1].cls in inside
                          and all(t.cls == PLACE for t in toks[i + 1:j]))
                else:
                    ok = opener != '"' or self.ascii_quote_opens(tk.start)
                if ok:
                    quoted = opener in _OPEN_QUOTES
                    out.append(_Tok(tk.start, toks[j].end, self.text[tk.start:toks[j].end], "",
                                    QUOTED if quoted else NAME, quoted))
                    i = j + 1
        out.extend(toks[i:])
        return out

    def ascii_quote_opens(self, pos: int) -> bool:
        line_start = self.text.rfind("\n", 0, pos) + 1
        return self.text.count('"', line_start, pos) % 2 == 0

    # ---- suffix names -------------------------------------------------------------------

    def suffix_names(self, toks: list[_Tok]) -> None:
        """Runs of name tokens ending at a suffix: 常州江南农村商业银行, 市商务局."""
        # A run is a stretch of tokens between BREAK/DET tokens; only runs holding a suffix
        # can name something, so each is found from its suffixes, in text order.
        classes = [t.cls for t in toks]
        n = len(toks)
        run_end = 0
        for k in [k for k, c in enumerate(classes) if c == SUFFIX]:
            if k < run_end:
                continue  # in the run before
            i = k
            while i > 0 and classes[i - 1] not in (BREAK, DET):
                i -= 1
            run_end = k + 1
            while run_end < n and classes[run_end] not in (BREAK, DET):
                run_end += 1
            det_before = i > 0 and classes[i - 1] == DET
            self.run(toks[i:run_end], det_before, toks[run_end] if run_end < n else None)

    def run(self, run: list[_Tok], det_before: bool, after: _Tok | None) -> None:
        # 控股 as the verb ends no name: 嘉士伯集团|控股|的重庆啤酒股份有限公司 names 嘉士伯集团
        ends = [k for k, t in enumerate(run)
                if t.cls == SUFFIX and not (t.text == "控股" and self.controls_at(t.end))]
        if not ends:
            return
        bodies: list[tuple[int, int]] = []
        begin = 0
        for k in ends:
            nxt = run[k + 1] if k + 1 < len(run) else None
            if (k != ends[-1] and nxt is not None and run[k].kind == "government"
                    and (nxt.cls == LEVEL or (nxt.cls == SUFFIX and nxt.text[0] in self.levels
                                              and nxt.text[1:] in self.gaz.suffixes))):
                bodies.append((begin, k))  # X市委|市政府: two bodies side by side
                begin = k + 1
        last = ends[-1]
        if last >= begin:
            bodies.append((begin, last))
        for b, e in bodies:
            trailing = run[e + 1] if e + 1 < len(run) else None
            self.body(run[b:e + 1], det_before and b == 0, trailing)

    def body(self, toks: list[_Tok], det_before: bool, trailing: _Tok | None) -> None:
        """Emit the name that ends at the last token (a suffix), if it is one."""
        while len(toks) > 1 and toks[0].text in self.lead_trim:
            toks = toks[1:]  # 优化|特专科技公司: a verb of policy before a kind
        while len(toks) > 1 and self.date_unit_at(toks[0].start):
            toks = toks[1:]  # 10个|月经|澳门…: jieba glued a date's 月 to the word after it
        if len(toks) > 1 and self.rank_at(toks[0].start, toks[0].text):
            toks = toks[1:]  # 美国三大|航空公司: the N biggest of a kind
        # descriptors in front stay outside: start at the first token that names something,
        # unless the name is only whole from further left (无现金城市联盟).
        first = next((k for k, t in enumerate(toks) if t.anchor), None)
        place = next((k for k, t in enumerate(toks) if t.cls == PLACE), None)
        if (first is not None and place is not None and place > first and toks[-1].kind == "government"
                and all(len(t.text) == 1 and t.pos in ("n", "v", "vn", "p", "d") for t in toks[first:place])):
            first = place  # 报|广州市人民政府: a government body's name starts at its place
        suffix = toks[-1].suffix
        if (first and toks[0].text in self.association_leads and suffix is not None
                and suffix.kind == "alliance"):
            first = 0  # 国际|葡语市场企业家商会: the reach an association names is part of its name
        tries = [toks[first:], toks] if first else [toks]
        if suffix is not None and suffix.suffix in self.place_only_heads:
            k = len(toks) - 1  # a transit or utility head after places alone: 约占|成都|局集团
            while k > 0 and toks[k - 1].cls in (PLACE, LEVEL):
                k -= 1
            if 0 < k < len(toks) - 1:
                tries.append(toks[k:])
        for cand in tries:
            if self.valid_body(cand, det_before and cand is toks, trailing):
                cand = self.after_role_word(cand, trailing)
                kind = next((t.kind for t in cand if t.cls in (GAZ, SUFFIX) and t.kind), "")
                self.emit(cand[0].start, cand[-1].end, kind, SOURCE_SUFFIX)
                return

    def after_role_word(self, cand: list[_Tok], trailing: _Tok | None) -> list[_Tok]:
        """A company's name starts after a role word of [name_stops] that jieba's tags let the name
        run over (另一家|上市厂|世德工业股份有限公司, 球头|大厂|明安国际企业股份有限公司), when a name of
        its own follows it: a gazetteer name, or the registered name read leftwards from the same
        legal suffix; else `cand` as it is (中国|上市公司|协会 stays whole). Only a company's: a
        body's name may hold such words."""
        suffix = cand[-1].suffix
        if (suffix is None or suffix.kind != "company"
                or not any(self.role_word(t) for t in cand[:-1])):
            return cand  # (most names hold no role word: no look at the other candidates)
        end = cand[-1].end
        legal = {c.start for c in self.candidates if c.end == end and c.source == SOURCE_SUFFIX}
        for cut in range(len(cand) - 2, -1, -1):  # the rightmost role word before a name of its own
            nxt = cand[cut + 1]
            if nxt.text in _TOWN_HEADS:
                continue  # 会理市|鹿|厂|镇: the 厂 of a town's name, no maker before the name
            if (self.role_word(cand[cut]) and (nxt.cls == GAZ or nxt.start in legal)
                    and self.valid_body(cand[cut + 1:], False, trailing)):
                return cand[cut + 1:]
        return cand

    def role_word(self, t: _Tok) -> bool:
        """A word of [name_stops], or a dictionary word for a kind of maker or trader ending in one
        of [role_endings] (成衣厂, 纺织厂, 材料商): no part of the name it stands before. Not a
        county's short form that is also such a word (大厂京锐…有限公司 after 大厂回族自治县)."""
        return t.pos != "ns" and (t.text in self.name_stop_words
                                  or (t.cls != GAZ and self.maker_kind(t.text, t.pos)))

    def maker_kind(self, word: str, tag: str) -> bool:
        """A dictionary word for a kind of maker or trader, ending in one of [role_endings] (成衣厂,
        纺织厂, 材料商)."""
        return len(word) >= 2 and word.endswith(self.role_endings) and self.common_word(word, tag)

    def registered_name_at(self, start: int, end: int) -> bool:
        """Whether a registered name the gazetteer holds (…有限公司) ends at `end` and starts after
        `start`: words before it are no part of it (平台|佛罗伦国际有限公司, 服务业者|佳医…)."""
        return any(c.end == end and start < c.start and c.source == SOURCE_GAZETTEER
                   and c.text.endswith(REGISTERED_TAILS) and not self.is_place(self.text[start:c.start])
                   for c in self.candidates)  # (深圳市|腾讯计算机系统有限公司: its city is the name's)

    def valid_body(self, toks: list[_Tok], det_before: bool, trailing: _Tok | None) -> bool:
        head = toks[-1]
        suf = head.suffix
        assert suf is not None
        head_at = head.end - len(suf.suffix)
        start = toks[0].start
        stem = self.text[start:head_at]
        if not stem or det_before or stem in self.determiners:
            return False
        if _NUMBERED_FACTORY_RE.fullmatch(suf.suffix) and (len(toks) < 2 or len(toks[-2].text) < 2):
            return False  # 国棉|二厂 names a mill; 核|三厂 (a nuclear plant) is a facility
        if self.text[start] in self.levels and self.paired_level_before(start, stem):
            return False  # 各县|市政府: the counties' and cities' governments
        # the stem once a place or level in front is set aside
        k = 0
        while k < len(toks) - 1 and toks[k].cls in (PLACE, LEVEL):
            k += 1
        if self.text[toks[k].start:head.end] in self.statuses:
            return False  # 香港|国际金融中心: a role the city holds
        if k < len(toks) - 1:
            core = self.text[toks[k].start:head_at]
        else:  # only places before the suffix word: its own stem counts (福州|大学, 网信|办)
            core = self.core_of_word(self.text[head.start:head_at])
        level_body = suf.suffix in _LEVEL_BODIES and stem[-1] in self.levels
        if self.text[head.start:head_at] in self.ownership_kinds or (
                head.start == head_at and len(toks) >= 2 and toks[-2].text in self.ownership_kinds):
            return False  # 约占|公立医院, 香港|私家|医院: the word before the head is a kind of ownership
        if k == len(toks) - 1 and core in self.kind_modifiers:
            return False  # 北京市|中小学校: the city's schools of a kind
        if k == len(toks) - 1 and k and suf.suffix.endswith("厂") and self.joined_place_before(start):
            return False  # 东莞及|惠州|印刷厂: the printing plants of both cities, a kind
        # a country after another place names an association's field or members (东方|葡萄牙|学会,
        # 澳门|葡萄牙|商会), not a kind of body in the place; so does a province after a city
        # (深圳市|广西|商会: the chamber of Guangxi's firms in Shenzhen)
        members = toks[k - 1].text if k >= 2 else ""
        field_country = (suf.kind == "alliance" and k == len(toks) - 1 and k >= 2 and head.start == head_at
                         and (members in self.countries
                              or (members in self.provinces and toks[k - 2].text not in self.provinces)))
        if len(core) < suf.min_prefix and not level_body and not field_country:
            return False
        if (suf.kind == "university" and suf.min_prefix >= 2 and head.start == head_at
                and len(toks) >= 2 and toks[-2].cls == LEVEL and toks[-2].text in _LOCAL_LEVELS):
            return False  # 元朗|区|学校: the district's schools (a named one comes between: 第一)
        if len(core) == 1 and k < len(toks) - 1 and toks[k].pos == "a":
            return False  # 大|博物馆, 新|银行: an adjective names a kind
        if suf.suffix in self.gaz.section("street_kind_heads") and stem.endswith(_STREET_ENDS):
            return False  # 迪化街|老店: an old shop of the street, a kind
        if (k < len(toks) - 2 and toks[k].text == "新" and head.text == "中心" and head.start == head_at
                and all(t.pos in ("n", "vn") and not t.anchor and t.cls == NAME for t in toks[k + 1:-1])):
            return False  # 新|物流|中心: a new centre of a kind, a facility (not 新|经济|发展委员会)
        facility = (next((f for f in self.place_facilities if self.text.endswith(f, start, head.end)), None)
                    if self.text[head.end - 1:head.end] in self.facility_lasts else None)
        if facility is not None:
            at = head.end - len(facility)  # 桃园|龟山|物流中心: a facility in places (districts too)
            before = [t for t in toks if t.end <= at]
            if (before and before[-1].end == at
                    and all(t.cls in (PLACE, LEVEL) or t.pos == "ns" for t in before)):
                return False
        if suf.suffix in self.place_heads and any(
                t.cls == GAZ and t.kind not in ("", "government") for t in toks[:-1]):
            return False  # 上交所|政府债券: a company names no government
        if (k < len(toks) - 1 and head.start == head_at
                and any(t.text in self.kind_modifiers for t in toks[k:-1]) and all(
                t.text in self.kind_modifiers or (len(t.text) == 1 and t.pos == "a") for t in toks[k:-1])):
            return False  # 国有大型|商业银行: a kind of bank; 杭州|市属|国有|博物馆, 国有|大|公司
        g = next((i for i in range(len(toks) - 2, -1, -1) if toks[i].cls == GAZ), None)
        if (g is not None and g < len(toks) - 2 and head.start == head_at
                and all(t.text in self.kind_modifiers for t in toks[g + 1:-1])):
            return False  # 天主教澳门教区|直属|学校: a kind of the body's schools
        specific = any(t.anchor for t in toks[:-1]) or head.anchor or level_body
        if (not specific and suf.suffix.endswith(("局", "署")) and len(core) >= 4 and len(toks) >= 3
                and all(t.pos in _FIELD_POS for t in toks[:-1])):
            specific = True  # a bureau's full name of several fields: 博彩监察协调局 (not 商务局)
        if not specific and self.short_form_after(head.end):
            specific = True  # 机场管理局（机管局）: a name the text gives a short form of
        # a stem of common words names an alliance (无现金联盟) or a registered company
        # (宏图星辰科技有限公司), not a bank, school or bureau (信用医院, 商务局).
        alliance_of_words = (suf.kind == "alliance" and len(stem) >= 3
                             and suf.suffix not in self.anchored_heads)
        if (not specific and not alliance_of_words
                and (len(suf.suffix) < 4 or suf.kind == "government" or suf.suffix in self.anchored_heads)):
            return False  # (a long legal suffix names a company: 宏图星辰科技有限公司; 长者服务中心 no body)
        if suf.suffix in self.place_only_heads and not self.place_only(toks):
            return False  # 深圳城市轨道交通: a network, not an operator
        if suf.kind == "company" and not any(t.cls == PLACE for t in toks) and self.only_industry(stem):
            return False  # 科技有限公司: a suffix and an industry word name nothing
        span = self.text[start:head.end]
        if suf.suffix == "控股" and head.start == head_at and self.controls_at(head.end):
            return False  # 蒙牛乳业|控股|的现代牧业: the verb "controls", no holding company
        if trailing is not None:
            joined = self.text[head_at:trailing.end]
            if any(joined.startswith(c) and self.index.is_end(head_at + len(c)) for c in self.compounds):
                return False  # 市政府|中心工作: the suffix starts another word
        return span not in self.generic and not self.descriptor(toks, span, suf, trailing)

    def short_form_after(self, end: int) -> bool:
        """A bracketed short form right after `end` (（机管局）, （JASM）, （以下简称“中心”）): one that
        is no place and no generic word, so the words before are a name."""
        m = _BRACKET_ALIAS_RE.match(self.text, end)
        if m is None:
            return False
        alias = m.group("alias")
        if _LATIN_RE.match(alias):
            return alias.isupper()  # （JASM）, （AMD）
        # a short form is short and no common word or description (（图片）, （永久性的联邦政府机构）)
        return not (len(alias) > 6 or "的" in alias or self.is_place(alias) or alias in self.generic
                    or alias in self.determiners or alias in self.gaz.suffixes
                    or _jieba_freq(alias) >= _COMMON_FREQ)

    def place_only(self, toks: list[_Tok]) -> bool:
        """Whether a transit head follows a place or proper name only (广州地铁, 京港地铁), not a
        common word (深圳城市轨道交通: a network, not an operator)."""
        head = toks[-1]
        assert head.suffix is not None
        own = self.text[head.start:head.end - len(head.suffix.suffix)]
        stem = self.text[toks[0].start:head.end - len(head.suffix.suffix)]
        if len(stem) < 2 and not (head.suffix.suffix in _LEVEL_BODIES and stem in self.levels):
            return False  # 南巴士: a one-character stem (not a level's own body: 县|人大, 市政协)
        pieces = [own] if own else []
        pieces += [t.text for t in toks[:-1] if t.cls not in (PLACE, LEVEL)]
        for piece in pieces:
            if piece in self.not_places:
                return False
            if self.is_place(piece) or piece in self.levels:
                continue
            tag = self.tags.get(piece)
            if len(piece) == 1:
                if tag not in ("ns", "j"):
                    return False  # 大巴士: one character that is no place abbreviation (京港地铁)
                continue
            if tag is not None and tag not in _PROPER_TAGS and _jieba_freq(piece) >= _COMMON_FREQ:
                return False
        return True

    def only_industry(self, stem: str) -> bool:
        """科技股份, 信息技术, 珠宝钟表: what stands before a legal suffix is only industry and legal
        words (one, or several written together: 六福珠宝等|珠宝钟表集团, a kind of group)."""
        for legal in ("股份", "集团", "（集团）", "(集团)"):
            stem = stem.removesuffix(legal)
        if stem == "" or stem in self.industry:
            return True
        # several industry words: can the stem be cut into them, each of two or more characters?
        industry, longest = self.industry, self.gaz.derived["max_industry"]
        reach = [True] + [False] * len(stem)
        for end in range(2, len(stem) + 1):
            reach[end] = any(reach[start] and stem[start:end] in industry
                             for start in range(max(0, end - longest), end - 1))  # type: ignore[operator]
        return reach[-1]

    def core_of_word(self, rest: str) -> str:
        for k in range(min(len(rest), 4), 1, -1):
            if self.is_place(rest[:k]):
                return rest[k:]
        return rest

    def descriptor(self, toks: list[_Tok], span: str, suf: Suffix, trailing: _Tok | None) -> bool:
        """美国咨询公司(麦肯锡): a country or kind of body in front of a name, not a name."""
        if toks[0].text in self.regions and span[len(toks[0].text):] in self.generic:
            return True  # 东南亚|分销公司: a region and a kind of body
        places = [t for t in toks if t.cls == PLACE]
        only_places = all(t.cls in (PLACE, LEVEL) or not t.anchor for t in toks[:-1]) and not toks[-1].anchor
        if trailing is not None and trailing.cls == GAZ and only_places:
            return True
        if places and toks[0].cls == PLACE and toks[0].text in self.countries and suf.kind != "government":
            rest = span[len(toks[0].text):]
            if rest in self.generic:
                return True
        if places and toks[0].cls == PLACE and suf.kind == "company":
            # 广东|家用电器: places before a kind of goods that ends with the suffix (not 北京|银行)
            k = next((i for i, t in enumerate(toks) if t.cls != PLACE), len(toks))
            rest = span[toks[k].start - toks[0].start:] if k < len(toks) else ""
            if len(rest) > len(suf.suffix) and rest in self.generic and not rest.endswith(("公司", "集团")):
                return True  # (连云港市|房地产公司 is a company's name of the old style)
        return False

    # ---- registered company names ---------------------------------------------------------

    def legal_companies(self) -> None:
        """杭州云帆支付科技有限公司: the words before a legal suffix (and an industry word) up to a
        stop, a place in front inside; the suffix and industry word alone name nothing."""
        text = self.text
        tails = sorted([*_LEGAL_TAIL_RE.finditer(text), *_INITIALED_TAIL_RE.finditer(text)],
                       key=lambda m: m.start())
        for m in tails:
            end, pos = m.end(), m.start()
            initialed = m.re is _INITIALED_TAIL_RE
            if text[max(pos - 2, 0):pos] in ("股份", "一人"):
                pos -= 2  # …股份有限公司; Macao's …一人有限公司 (a company of one shareholder)
            if text[max(pos - 2, 0):pos] == "控股" and text[max(pos - 4, 0):pos - 2] == "集团":
                pos -= 2  # 御峰珠宝集团|控股|有限公司
            if text[max(pos - 2, 0):pos] == "集团":
                pos -= 2
            elif text[max(pos - 4, 0):pos] in _BRACKETED_FORMS:  # 东方海外（国际）有限公司
                pos -= 4
            if self.in_mask(pos, end):
                continue
            pos = self.bracket_place_before(pos)
            industry = self.industry_before(pos)
            pos = self.bracket_place_before(pos - len(industry)) if industry else pos
            if industry and text[max(pos - 4, 0):pos] in _BRACKETED_FORMS:
                pos -= 4  # 中国北方稀土|（集团）|高科技股份有限公司: the form word before the industry
            toks = self.trim_lead(self.walk_left(pos))
            if toks and (at := self.bracket_place_before(toks[0][0])) < toks[0][0]:
                lead = self.trim_lead(self.walk_left(at))
                if lead:  # 威信|（香港）|停车场管理有限公司: the place in brackets after the trade
                    industry = text[toks[0][0]:pos] + industry  # name, its business words after
                    pos, toks = at, lead
            parent = self.parent_right_before(toks[0][0]) if toks else None
            if parent is not None and not any(self.is_place(t[2], t[3]) for t in toks):
                self.emit(parent.start, end, "company", SOURCE_SUFFIX)  # 中粮|名庄荟|国际酒业有限公司
                continue
            if industry and (start := self.registered_start(toks[0][0] if toks else pos, pos)) >= 0:
                self.emit(start, end, "company", SOURCE_SUFFIX)  # 深圳市|同为|数码科技股份有限公司
                continue
            if not toks:
                parent = self.parent_right_before(pos) if industry else None
                if parent is not None:  # 上海家化|联合|股份有限公司: the gazetteer's name, registered
                    self.emit(parent.start, end, "company", SOURCE_SUFFIX)
                continue
            if len(toks) == 1 and _PHASE_RE.fullmatch(toks[0][2]):
                # a known body, its phase, a legal suffix (国家集成电路产业投资基金|三期|股份有限公司)
                body = next((c for c in self.candidates if c.end == toks[0][0]), None)
                if body is not None:
                    self.emit(body.start, end, "company", SOURCE_SUFFIX)
                continue
            n_places = 0
            while n_places < len(toks) and self.is_place(toks[n_places][2], toks[n_places][3]):
                n_places += 1
            core = text[toks[n_places][0]:pos] if n_places < len(toks) else ""
            if not core and not (n_places and industry):
                continue
            if (core in self.generic or core in self.determiners or core in self.industry
                    or core in self.kind_modifiers):
                continue  # 股份制|有限公司, 外资|有限公司: a kind of company
            if not n_places and (len(core) < 2 or self.common_verb(core, self.tags.get(core, ""))):
                continue  # 和|信房地产…, 三维|显示技术…: a cut trade name
            if (not n_places and m.group() == "专业合作社"
                    and all(self.common_word(t[2], t[3]) or t[2] in self.ambiguous for t in toks)):
                continue  # 全市|脐橙专业合作社, 骆驼|养殖专业合作社: the cooperatives of a product, a kind
                # (骆驼, a brand's name too, is a word there)
            parent = None if n_places else self.parent_before(toks)
            if parent is not None:  # 申万宏源证券|承销保荐|有限责任公司: a subsidiary's registered name
                self.emit(parent.start, end, "company", SOURCE_SUFFIX)
                continue
            self.emit(toks[0][0], end, "company", SOURCE_SUFFIX)
            if not initialed and not any(self.inner_place(t[2], t[3]) for t in toks[n_places:]):
                places = text[toks[0][0]:toks[n_places][0]] if n_places < len(toks) else ""
                self.companies.append((toks[0][0], end, core, industry, places))

    def names_of_short_forms(self) -> None:
        """牧原食品股份有限公司（以下简称“牧原股份”）, 五得利面粉集团有限公司（以下简称“五得利”）: a
        registered name whose short form the text gives starts where the short form's first two
        characters stand, however jieba cut them (牧|原, 五|得利), or at a place right before them."""
        text = self.text
        for m in _LEGAL_TAIL_RE.finditer(text):
            end = m.end()
            bracket = _BRACKET_ALIAS_RE.match(text, end)
            if bracket is None or not _CJK_RE.match(bracket.group("alias")[:1]):
                continue
            lead = bracket.group("alias")[:2]
            lo = m.start()
            while lo > 0 and m.start() - lo < 20 and _CJK_RE.match(text[lo - 1]):
                lo -= 1
            at = text.rfind(lead, lo, m.start())
            if at < 0 or not self.index.is_start(at) or self.in_mask(at, end):
                continue
            if any(w.text in self.name_stop_words for w in self.words_between(at + len(lead), m.start())):
                continue  # 苏盐井神|控股股东|江苏省盐业集团有限责任公司（苏盐集团）: another company
            place = self.index.ending_at(at)
            start = place.start if place is not None and self.place_like(place) and place.start >= lo else at
            if not any(c.start <= start and c.end == end for c in self.candidates):
                self.emit(start, end, "company", SOURCE_SUFFIX)

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words that start at or after `start` and end by `end`."""
        k = self.char_word[start] if start < len(self.text) else -1
        out: list[Word] = []
        while 0 <= k < len(self.words) and self.words[k].end <= end:
            if self.words[k].start >= start:
                out.append(self.words[k])
            k += 1
        return out

    def parent_right_before(self, at: int) -> OrgMatch | None:
        """A company the gazetteer names, written right before a registered name's trade name
        (中粮|名庄荟|国际酒业有限公司): the subsidiary's name holds its parent's. None when there is none."""
        return next((c for c in self.candidates if c.end == at and c.source == SOURCE_GAZETTEER
                     and c.kind in _COMPANY_KINDS and not c.text.endswith(("公司", "集团"))), None)

    def foundation_names(self) -> None:
        """奇美医疗财团法人奇美医院, 秀传医疗社团法人秀传纪念医院: a hospital with the foundation that
        runs it written before it is one ORG (Taiwan's registered form)."""
        text = self.text
        if "法人" not in text:
            return  # most texts name no foundation: no search before every candidate
        for c in list(self.candidates):
            m = _FOUNDATION_BEFORE_RE.search(text, max(0, c.start - 12), c.start)
            if m is None or not c.text.endswith(("医院", "会", "中心")):
                continue
            start = m.start()
            if text.startswith("医疗", m.end() - 6):  # named by the hospital: 秀传|医疗…|秀传纪念医院
                head = m.end() - 6
                start = next((head - n for n in range(2, 7)
                              if head - n >= m.start() and c.text.startswith(text[head - n:head])), -1)
            if start >= 0:
                self.emit(start, c.end, c.kind, SOURCE_SUFFIX)

    def registered_start(self, cut_at: int, pos: int) -> int:
        """Start of a registered name (行政区划 + 字号 + 行业 + 组织形式) whose trade name of two to
        four characters opens with function characters, where the walk left stopped (深圳市|同为|
        数码科技股份有限公司, 广州市|和也|健康科技有限公司): its place with a level, or -1. Not where
        two or more characters of the trade name are left (深圳市|与|腾讯科技有限公司: 与 joins)."""
        if pos - cut_at >= 2:
            return -1
        for p in range(cut_at - 1, max(cut_at - 3, 0), -1):
            w = self.index.starting_at(p)
            one_char_function = w is not None and w.end == p + 1 and w.pos in ("p", "c", "d")
            if self.text[p] not in _FUNCTION_CHARS and not one_char_function:
                return -1  # 同/p, 和/c, 又/d: a function word of one character
            place = self.index.ending_at(p)
            if place is None or not 2 <= pos - p <= 4:
                continue
            if (place.text.endswith(_LEVEL_ENDINGS) and self.is_place(place.text, place.pos)
                    and all(_CJK_RE.match(c) for c in self.text[p:pos]) and not self.in_mask(p, pos)):
                return place.start
        return -1

    def parent_before(self, toks: list[tuple[int, int, str, str]]) -> OrgMatch | None:
        """The company named right before a legal name's stem of business words alone (申万宏源证券|
        承销保荐|有限责任公司, 中信建设|工程|有限公司): the subsidiary's registered name holds its parent's.
        Not when the stem has a proper or place word of its own (上海广播电视台|上海文广…)."""
        if len(toks) > 3 or any(tag in _PROPER_TAGS or tag.startswith(("nr", "ns")) or not tag
                                for _, _, _, tag in toks):
            return None
        at = toks[0][0]
        return next((c for c in self.candidates
                     if c.end == at and c.kind in _COMPANY_KINDS and c.source == SOURCE_GAZETTEER
                     and not c.text.endswith(("公司", "集团"))), None)

    def short_form_names(self) -> None:
        """香港社区组织协会（社协）: a body's name, read leftwards from its head up to a stop, when
        the bracketed short form after it is made of its characters, one of them from its stem."""
        text = self.text
        for m in _SHORT_FORM_TAIL_RE.finditer(text):
            head_at, end = m.start(), m.end()
            if self.in_mask(head_at, end) or not self.index.is_start(head_at):
                continue  # a head inside a word (国家金融监督管理总局) names with the word
            toks = self.walk_left(head_at)
            k = self.char_word[head_at - 1] if head_at else -1
            if not toks and k >= 0:  # a list head or stop word right before the head is its field
                w = self.words[k]  # (社区|组织|协会: 组织 also closes a list)
                if (w.end == head_at and len(w.text) >= 2 and _CJK_RE.match(w.text)
                        and w.pos not in _WALK_STOP_POS):
                    toks = [*self.walk_left(w.start), (w.start, w.end, w.text, w.pos)]
            toks = self.trim_lead(toks)
            alias = m.group("alias")
            if not toks or not self.alias_of(alias, text[toks[0][0]:end]):
                # the short form spans more: a federation of a body (…同业公会全国联合会（银行公会）)
                # or a name with verbs inside (国家组织药品联合采购办公室（联采办）)
                longer = self.trim_lead(self.content_words_left(head_at))
                if longer and self.alias_of(alias, text[longer[0][0]:end]):
                    toks = longer
            if not toks:
                continue
            n_places = 0
            while n_places < len(toks) and self.is_place(toks[n_places][2], toks[n_places][3]):
                n_places += 1
            stem = text[toks[n_places][0]:head_at] if n_places < len(toks) else ""
            name = text[toks[0][0]:end]
            if (not stem or stem in self.generic or stem in self.determiners
                    or not any(ch in stem for ch in alias) or not self.alias_of(alias, name)):
                continue
            suf = self.gaz.suffixes.get(m.group("head"))
            self.emit(toks[0][0], end, suf.kind if suf is not None else "alliance", SOURCE_SUFFIX)

    def content_words_left(self, pos: int) -> list[tuple[int, int, str, str]]:
        """The run of whole Chinese content words before pos (nouns and verbs; no function word,
        number or punctuation), at most 8 words and 20 characters: a long name read back over a
        body it federates or a verb inside it (中华民国|银行|商业|同业公会|全国|联合会, 金融|联合|
        征信|中心), for a short form to confirm."""
        out: list[tuple[int, int, str, str]] = []
        p = pos
        while p > 0 and len(out) < 8 and pos - p < 20:
            k = self.char_word[p - 1]
            if k < 0:
                break
            w = self.words[k]
            if w.end != p or not _CJK_RE.match(w.text) or w.pos in _WALK_STOP_POS or w.pos == "f":
                break
            out.insert(0, (w.start, w.end, w.text, w.pos))
            p = w.start
        return out

    def inner_place(self, piece: str, tag: str) -> bool:
        """A place inside a trade name (德瑞精密|墨西哥|有限公司): no short name comes from it."""
        if self.is_place(piece, tag):
            return True
        return tag == "ns" and len(piece) >= 2 and _jieba_freq(piece) >= _COMMON_FREQ

    def bracket_place_before(self, pos: int) -> int:
        """Start of a bracketed place right before pos (腾讯科技（深圳）有限公司), else pos."""
        text = self.text
        if pos < 3 or text[pos - 1] not in _CLOSE_BRACKETS:
            return pos
        opener = text.rfind("（" if text[pos - 1] == "）" else "(", max(pos - 8, 0), pos - 1)
        inner = text[opener + 1:pos - 1] if opener >= 0 else ""
        if inner and (self.is_place(inner) or self.tags.get(inner) == "ns"):
            return opener
        return pos

    def industry_before(self, pos: int) -> str:
        """The longest industry word ending at pos and starting a jieba word (科技, 信息技术)."""
        for length in range(min(self.max_industry, pos), 1, -1):
            word = self.text[pos - length:pos]
            if word in self.industry and self.index.is_start(pos - length):
                return word
        return ""

    def walk_left(self, pos: int) -> list[tuple[int, int, str, str]]:
        """Words (start, end, text, tag) before pos up to a stop: at most 6 words, 16 characters, and a
        place before six words."""
        out: list[tuple[int, int, str, str]] = []
        p = pos
        while p > 0 and len(out) < 6 and pos - p < 16:
            k = self.char_word[p - 1]
            if k < 0:
                break
            w = self.words[k]
            piece = self.text[w.start:p]
            tag = w.pos if w.end == p else self.tags.get(piece, "")
            if self.name_stop(w.start, p, piece, tag, not out):
                break
            if self.common_verb(piece, tag) and pos - p >= 2:
                break  # 比赛得到|宾士域保安有限公司; a verb next to the suffix may be the stem (悠游|卡)
            if tag == "v" and len(piece) == 2 and piece[0] in self.glued_adverbs:
                break  # 共获|科学技术发展基金: an adverb glued to its verb, no word of a name
            out.insert(0, (w.start, p, piece, tag))
            p = w.start
        if len(out) == 6 and p > 0 and (k := self.char_word[p - 1]) >= 0:
            w = self.words[k]  # six words of a trade name cut small, and its place before them
            if (w.end == p and self.is_place(w.text, w.pos)
                    and not self.name_stop(w.start, p, w.text, w.pos, False)):
                out.insert(0, (w.start, p, w.text, w.pos))  # 临沧|工|投|顺|宁|坚果|开发|有限公司
        return out

    def name_stop(self, start: int, end: int, piece: str, tag: str, first: bool) -> bool:
        """Whether a word ends a company name on its left."""
        if first and _PHASE_RE.fullmatch(piece):
            return False  # 国家集成电路产业投资基金|三期|股份有限公司: the fund's phase
        if piece in _TOWN_HEADS and any(_town_lengths(self.text, start)):
            return False  # 会理市|鹿|厂|镇|石榴…专业合作社: a town of two or three characters after its city
        if not _STEM_RE.fullmatch(piece) or piece.isdigit() or piece in self.walk_stops:
            return True
        if len(piece) == 1:  # a single character stops only as a function word (缔|顺, 华|太 go on)
            if piece in _FUNCTION_CHARS or piece in _LOCATIVES_1:
                return True
            if self.rank_at(start, piece):
                return True  # 美国三大|航空公司, 法国三大|国家芭蕾舞团: the N biggest, no name
        elif tag in _WALK_STOP_POS or tag == "f":
            # a time, number or direction word stops the name unless a place stands right before
            # it (北京|青年|科技…, 天津|三维|显示技术…, 深圳市|东部|公共交通有限公司)
            before = self.char_word[start - 1] if start > 0 else -1
            trade_word = (tag in ("t", "m") or (tag == "f" and piece[0] in _DIRECTIONS)
                          or (tag in ("d", "a") and len(piece) == 2))  # 浙江|自然|户外…, 杭州|可靠|护理用品…
            if trade_word and self.clause_opening_trade_name(start, piece, tag):
                return False  # 。一心|生物科技股份有限公司, 。九三|粮油工业集团有限公司
            if (not trade_word or before < 0
                    or not self.is_place(self.words[before].text, self.words[before].pos)):
                return True
        if self.in_mask(start, end):
            return True
        if not first and self.maker_kind(piece, tag):
            return True  # 成衣厂|聚阳实业股份有限公司: a kind of maker (纺织厂|有限公司 stays)
        if not first and len(piece) >= 2 and piece not in _ROLE_UNITS:
            # another organization word before the stem: a body of its own (上海广播电视台|上海文广…)
            if piece in self.gaz.suffixes:
                return True
            suf = self.suffix_of(Word(piece, start, end, tag))
            if suf is not None and len(suf.suffix) < len(piece):
                return True
        return False

    def clause_opening_trade_name(self, start: int, piece: str, tag: str) -> bool:
        """A two-character adverb, Chinese numeral or word of an era that opens a clause and then a
        registered name (。一心|生物科技股份有限公司, ，九三|粮油工业集团有限公司, ，现代|美容控股有限公司):
        the trade name, since no adverb, count or era stands between a clause's start and a
        company's name."""
        if len(piece) != 2 or (start and self.text[start - 1] not in _CLAUSE_OPENERS):
            return False
        return (tag == "d" or (tag == "m" and all(ch in _CHINESE_DIGITS for ch in piece))
                or piece in self.era_words)  # ，现代|美容控股有限公司 (not ，今日|…: a date)

    def rank_at(self, pos: int, piece: str) -> bool:
        """Whether `piece` at `pos` is the 大 or 强 of a rank after a numeral (三大, 十强)."""
        return piece in _RANK_CHARS and self.text[pos - 1:pos] in _RANK_NUMERALS

    def date_unit_at(self, pos: int) -> bool:
        """Whether a word starting at `pos` opens with the 年, 月 or 日 that ends a date before it
        (10个|月经): jieba glued the date's unit to the word after it, and no name starts there."""
        return self.text[pos:pos + 1] in ("年", "月", "日") and self.text[pos - 1:pos] in _DATE_UNIT_BEFORE

    def trim_lead(self, toks: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Drop verbs and descriptors in front of the name; common words before its place."""
        while toks and (toks[0][2] in self.lead_trim
                        or (self.common_verb(toks[0][2], toks[0][3])
                            and (len(toks) == 1 or toks[-1][1] - toks[1][0] >= 2))):
            toks = toks[1:]  # a verb leaves a stem of two or more characters (悠游|卡 stays whole)
        while len(toks) > 1 and self.date_unit_at(toks[0][0]):
            toks = toks[1:]  # 10个|月经|澳门…: jieba glued a date's 月 to the word after it
        first_place = next((k for k, t in enumerate(toks) if self.is_place(t[2], t[3])), 0)
        if (first_place and toks[0][2] not in self.place_openers
                and not (first_place == 1 and toks[0][2] in self.company_heads) and all(
                self.common_word(t[2], t[3]) or (len(t[2]) == 1 and t[3] in _LEAD_1_POS)
                for t in toks[:first_place])):
            toks = toks[first_place:]  # 掌声欢迎|北京…, 任|台湾…
        return toks

    def common_verb(self, piece: str, tag: str) -> bool:
        """A frequent verb of two or more characters that is no industry word (收购, 得到; not 支付)."""
        return (len(piece) >= 2 and tag in ("v", "vd", "vi") and piece not in self.industry
                and _jieba_freq(piece) >= _COMMON_FREQ)

    def common_word(self, piece: str, tag: str) -> bool:
        """A dictionary word of two or more characters that is not a proper name (掌声, 欢迎)."""
        return (len(piece) >= 2 and piece in self.tags and tag not in _PROPER_TAGS
                and not tag.startswith("nr") and piece not in self.gaz.names)

    def short_names(self) -> None:
        """A company's trade name (and trade name + industry word) wherever the document repeats
        it: 杭州云帆支付科技有限公司 … 云帆支付."""
        aliases: dict[str, tuple[int, int]] = {}
        for start, end, core, industry, places in self.companies:
            if self.short_name_ok(core):
                aliases[core] = (start, end)
                if industry:
                    aliases[core + industry] = (start, end)
            elif len(core) >= 2 and _STEM_RE.fullmatch(core) and core not in self.generic \
                    and core not in self.industry:
                # a common word keeps its place (山东高速 of …集团有限公司) or its industry (长城环境 of
                # 深圳长城环境科技有限公司)
                if places:
                    aliases[places + core] = (start, end)
                if industry:
                    aliases[core + industry] = (start, end)
        if not aliases:
            return
        taken = [(c.start, c.end) for c in self.candidates if c.source != SOURCE_LIST] + self.masked
        for alias in sorted(aliases, key=len, reverse=True):
            for s, e in _occurrences(self.text, alias):
                if not self.index.is_start(s) or not self.index.is_end(e):
                    continue
                if (any(a < e and s < b for a, b in taken) or self.attraction_after(e)
                        or self.text.startswith(self.geo_heads, e)):  # 三都澳|海域
                    continue
                self.candidates.append(OrgMatch(s, e, alias, alias, "company", SOURCE_ALIAS))
                self.alias_origins[s] = aliases[alias]
                taken.append((s, e))

    def drop_cut_aliases(self) -> None:
        """平遥唐都推光漆器有限公司 … 推光漆器: a short name learnt from a company the walk cut (唐|都,
        an adverb to jieba) names nothing once a longer name ends where that company ends."""
        if not self.alias_origins:
            return
        cut = {(s, e) for s, e in set(self.alias_origins.values())
               if any(c.end == e and c.start < s and c.source == SOURCE_SUFFIX for c in self.candidates)}
        if cut:
            self.candidates = [c for c in self.candidates if not (
                c.source == SOURCE_ALIAS and self.alias_origins.get(c.start) in cut)]

    def bracket_aliases(self) -> None:
        """A short form in brackets right after a name (澳门航空（澳航）, 统计暨普查局（统计局）,
        江苏中天科技股份有限公司（以下简称“中天科技”）, 澳门国际机场专营股份有限公司（CAM）) is
        the body's own short name: an ORG there and wherever the document repeats it."""
        ends: dict[int, str] = {}
        for c in self.candidates:
            if c.source in (SOURCE_GAZETTEER, SOURCE_SUFFIX, SOURCE_ALIAS, SOURCE_POS) and \
                    self.text[c.end:c.end + 1] in _OPEN_BRACKETS:
                if len(c.text) > len(ends.get(c.end, "")):
                    ends[c.end] = c.text
        if not ends:
            return
        found: list[tuple[int, int, str]] = []  # the short form's span in its bracket, its kind
        for end, name in ends.items():
            m = _BRACKET_ALIAS_RE.match(self.text, end)
            if m is None:
                continue
            alias = m.group("alias")
            if self.alias_of(alias, name):
                found.append((m.start("alias"), m.end("alias"), self.gaz.kind_of(name) or "company"))
        # a trade name learnt from the same company (华鼎 of 东莞市华鼎智能装备有限公司) does not
        # block the short form the article gives itself (以下简称“华鼎智能”): the longer one wins
        taken = [(c.start, c.end) for c in self.candidates if c.source not in (SOURCE_LIST, SOURCE_ALIAS)]
        taken += self.masked
        for s, e, kind in found:
            alias = self.text[s:e]
            latin = _LATIN_RE.match(alias) is not None or _LATIN_WORDS_RE.match(alias) is not None
            for a, b in [(s, e), *(o for o in _occurrences(self.text, alias) if o != (s, e))]:
                if (a, b) != (s, e) and (not self.index.is_start(a) or not self.index.is_end(b)):
                    continue
                if latin and (_ALNUM_RE.match(self.text[a - 1:a]) or _ALNUM_RE.match(self.text[b:b + 1])):
                    continue  # inside a longer Latin word: SANFRAN|CISCO
                if any(x < b and a < y and not (a <= x and y <= b) for x, y in taken):
                    continue  # a longer or crossing name; a piece inside (湖机场) loses to the alias
                self.candidates.append(OrgMatch(a, b, alias, alias, kind, SOURCE_ALIAS))
                taken.append((a, b))

    def listed_unknowns(self) -> None:
        """海尔、春兰、格力等空调: a proper word no gazetteer knows, as an item of a list (joined by
        、, 和, 及, 与) whose other items are companies found already, is one of them.

        The word is one jieba word tagged as a proper name (nz, nr …: listed_word) that ends where
        its item ends (a joiner, 等, punctuation, an adverb or a verb next). A person's name (nr)
        needs two companies in the list; a name tagged nz or nt needs one beside it. The list holds
        only such words and found names: a common word or a place in it ends it.

        An item may also be a trade name and an industry word of [trade_heads] (trade_item_at:
        环球水泥、信大水泥、幸福水泥; 威致钢铁、海光企业等): beside a company, it is one when its stem
        names nothing else, or when a company beside it ends with the same industry word (幸福 is
        a common word, 幸福水泥 beside 信大水泥 a cement maker).
        """
        index, text = self.index, self.text
        found: dict[int, OrgMatch] = {}
        for c in self.candidates:
            if c.kind in _COMPANY_KINDS and c.source != SOURCE_POS:
                found.setdefault(c.start, c)
        if not found:
            return
        by_end = {c.end: c for c in found.values()}
        done: set[int] = set()
        for start in sorted(found):
            if start in done:
                continue
            # walk the list leftwards to its first item, then rightwards over its items
            items: list[tuple[int, int, bool]] = []  # (start, end, found)
            first = start
            while True:
                joiner = index.ending_at(first)
                if joiner is None or joiner.text not in _LIST_JOINER_WORDS:
                    break
                prev = by_end.get(joiner.start)
                if prev is not None:
                    first = prev.start
                    continue
                word = index.ending_at(joiner.start)
                trade_start = self.trade_item_ending(joiner.start)
                if trade_start is not None:
                    first = trade_start
                    break  # a trade item ends the walk: its stem may be a common word
                if word is None or not self.listed_word(word):
                    break
                before = index.ending_at(word.start)
                if (before is not None and before.text not in _LIST_JOINER_WORDS
                        and _CJK_RE.match(before.text[-1])):
                    break  # inside a longer run of words: not where an item starts
                first = word.start
            pos = first
            trade: set[int] = set()
            while True:
                c = found.get(pos)
                if c is not None:
                    items.append((c.start, c.end, True))
                    done.add(c.start)
                    end = c.end
                else:
                    word = index.starting_at(pos)
                    trade_end = self.trade_item_at(pos)
                    if trade_end is not None:
                        items.append((pos, trade_end, False))
                        trade.add(pos)
                        end = trade_end
                    elif word is None or not self.listed_word(word) or not (end := self.listed_end(word)):
                        break
                    else:
                        items.append((word.start, end, False))
                joiner = index.starting_at(end)
                if joiner is None or joiner.text not in _LIST_JOINER_WORDS:
                    break
                pos = joiner.end
            companies = sum(f for _, _, f in items)
            for k, (a, b, f) in enumerate(items):
                if f:
                    continue
                neighbours = [items[j] for j in (k - 1, k + 1) if 0 <= j < len(items) and items[j][2]]
                if a in trade:
                    head = index.ending_at(b)
                    assert head is not None  # trade_item_at ends an item at its head word
                    same_head = any(text.endswith(head.text, 0, e) for _, e, _ in neighbours)
                    if neighbours and (same_head or self.unknown_stem(text[a:head.start])):
                        self.emit(a, b, "company", SOURCE_LIST)
                    continue
                tag = self.tags.get(text[a:b], "")
                if companies >= 2 or (neighbours and tag in ("nz", "nt")):
                    self.emit(a, b, "company", SOURCE_LIST)

    def repeat_listed(self) -> None:
        """A name found only as a list item, or by its stock code (coded_names), is the same body
        wherever the document repeats it at word bounds (麻古茶坊 of 清心福全、50岚、麻古茶坊等品牌 …
        麻古茶坊今年新增)."""
        kinds: dict[str, str] = {}
        for c in self.candidates:
            if c.source == SOURCE_LIST:
                kinds.setdefault(c.text, c.kind)
        if not kinds:
            return
        taken = [(c.start, c.end) for c in self.candidates] + self.masked
        degree = self.gaz.derived["degree_adverbs"]
        for name in sorted(kinds, key=len, reverse=True):
            for s, e in _occurrences(self.text, name):
                if not self.index.is_start(s) or not self.index.is_end(e):
                    continue
                if name in self.ambiguous and self.text.startswith(degree, e):  # type: ignore[arg-type]
                    continue  # 小米很受欢迎: the word, as after a brand named before (acts_after_listed)
                if any(a < e and s < b for a, b in taken):
                    continue
                self.candidates.append(OrgMatch(s, e, name, name, kinds[name], SOURCE_LIST))
                taken.append((s, e))

    def trade_item_at(self, pos: int) -> int | None:
        """Where a list item made of a trade name and an industry word (幸福|水泥, 威|致|钢铁) that
        starts at `pos` ends: a stem of two or three characters in one or two words, none a place, a
        generic word or a known name, then one word of [trade_heads], then the item's end."""
        index, text = self.index, self.text
        k = index.index_at(pos)
        if k is None:
            return None
        for n in (1, 2):
            if k + n >= len(self.words):
                break
            head = self.words[k + n]
            stem = text[pos:head.start]
            if (head.text in self.trade_heads and 2 <= len(stem) <= 3 and all(map(_CJK_RE.match, stem))
                    and self.plain_word(stem) and stem not in self.gaz.names
                    and not any(self.is_place(w.text) and len(w.text) > 1 for w in self.words[k:k + n])
                    and self.item_ends(head.end)):
                return head.end
        return None

    def trade_item_ending(self, end: int) -> int | None:
        """Where a trade-name item (trade_item_at) ending at `end` starts, when it starts a list: at
        the text's start or after punctuation or a word that is no part of a name."""
        index, text = self.index, self.text
        head = index.ending_at(end)
        if head is None or head.text not in self.trade_heads:
            return None
        first = head
        for _ in (1, 2):  # a stem of one word, then of two
            first = index.ending_at(first.start)
            if first is None:
                return None
            before = text[first.start - 1:first.start]
            opens = (not (before and _CJK_RE.match(before))
                     or text.endswith(self.context_before, 0, first.start))
            if opens and self.trade_item_at(first.start) == end:
                return first.start
        return None

    def listed_word(self, w: Word) -> bool:
        """A word that can be a company's name in a list: tagged proper, two to four characters, no
        place, generic or frequent word, no product or title."""
        t = w.text
        return (2 <= len(t) <= 4 and all(map(_CJK_RE.match, t)) and w.pos in _LISTED_POS
                and t not in self.ambiguous and t not in self.titles and t not in self.products
                and self.plain_word(t) and _jieba_freq(t) < _COMMON_FREQ)

    def listed_end(self, word: Word) -> int:
        """Where a listed proper word's item ends: at the word, or one character further where
        jieba cut a transliteration's last character off as a measure word (恩斯|克|等: NSK), or 0
        when the item goes on."""
        nxt = self.index.starting_at(word.end)
        if (nxt is not None and len(nxt.text) == 1 and nxt.pos in ("m", "q") and word.pos.startswith("nr")
                and self.transliteration_char(nxt) and self.item_ends(nxt.end)):
            return nxt.end
        return word.end if self.item_ends(word.end) else 0

    def item_ends(self, end: int) -> bool:
        """Whether a list item may end at `end`: a joiner, 等, punctuation, the text's end, or a
        word that cannot continue a name (an adverb, a verb, a time word, a particle)."""
        nxt = self.index.starting_at(end)
        if nxt is None:
            return True
        if nxt.text[:1] in "·•・":
            return False  # 菲利普·莫里斯: a foreign name goes on
        return (nxt.text in _LIST_JOINER_WORDS or nxt.text in ("等", "等等") or not _CJK_RE.match(nxt.text)
                or nxt.pos in _ITEM_END_POS)

    def confirmed_ambiguous(self) -> None:
        """An ambiguous name (菜鸟) whose fuller name the same document gives (菜鸟集团) is the
        organization wherever it stands (菜鸟在全球运营的海外仓). The name alone in an org context
        elsewhere is not enough: 口碑“码上一条龙” does not make 口碑很好 the company; but a name of
        three or more characters that acts as a company (`ambiguous_acting`: 全联旗下全支付) is one
        wherever it stands (全支付约718万人)."""
        if not self.ambiguous_pending:
            return
        named = [(c.text, c.kind) for c in self.candidates]
        for s, e, name in self.ambiguous_pending:
            before = self.index.ending_at(s)
            if before is not None and before.text in self.determiners:
                continue  # 各国|中央银行: every country's central bank, whichever one the text names
            kind = self.gaz.kind_of(name)  # a body of its kind: not 万宁|市政府 for the chain 万宁
            # (日本|全家: its country too)
            if name in self.ambiguous_acting or self.listed_beside_company(s, e) or any(
                    len(t) > len(name) and self.fuller_name(t, name) and k == kind for t, k in named):
                self.emit(self.country_before(s, name), e, self.gaz.kind_of(name), SOURCE_GAZETTEER)
                continue
            if self.acts_after_listed(s, e, name):
                self.emit(s, e, kind, SOURCE_GAZETTEER)

    def acts_after_listed(self, start: int, end: int, name: str) -> bool:
        """華為、小米、OPPO及三星等品牌… 。小米於十月開設新店: an ambiguous name the document has named
        as an organization before (found in a list of companies or where it acts) is one again where
        it opens a clause (or follows 其中) and a preposition, an adverb, 位于 or 的 follows (於, 则计划,
        位于, 三只松鼠的山楂条; not 很, nor a verb: 精工制造 is fine workmanship)."""
        if start and self.text[start - 1] not in _CLAUSE_OPENERS and not self.text.endswith("其中", 0, start):
            return False  # (其中三只松鼠的山楂条: "among them", a list's item taken up)
        if not any(c.text == name and c.end <= start for c in self.candidates):
            return False
        nxt = self.index.starting_at(end)
        degree = self.gaz.section("degree_adverbs")
        return nxt is not None and ((nxt.pos[:1] in ("p", "d") and nxt.text not in degree)
                                    or nxt.text in ("位于", "位於", "的"))

    def fuller_name(self, fuller: str, name: str) -> bool:
        """Whether `fuller` is `name` written more fully: its start, or its start after a place
        (菜鸟集团 of 菜鸟; 浙江吉利控股集团 of 吉利)."""
        if fuller.startswith(name):
            return True
        return any(fuller.startswith(name, k) and self.is_place(fuller[:k]) for k in (2, 3))

    def listed_beside_company(self, start: int, end: int) -> bool:
        """A name listed with 、 beside an item that ends with a company found in this document
        (贵阳的|贵州轮胎|、焦作的|风神轮胎|等企业): the list is one of companies."""
        text = self.text
        ends: set[int] = set()
        if text[end:end + 1] == "、":
            m = _LIST_ITEM_RE.match(text, end + 1)
            if m is not None:
                ends.add(m.end())
        if start and text[start - 1] == "、":
            ends.add(start - 1)
        return (bool(ends) and any(c.end in ends and c.kind in _COMPANY_KINDS and c.start > 0
                                   and c.end - c.start >= 2 for c in self.candidates
                                   if c.start >= end or c.end < start)) or self.paired_before_etc(start, end)

    def paired_before_etc(self, start: int, end: int) -> bool:
        """A name joined by 与, 和 or 及 to a company found in this document, the pair closing with 等
        (三星与小米等手机品牌, 小米和三星等): a pair of companies of a kind."""
        text = self.text
        for c in self.candidates:
            if c.kind not in _COMPANY_KINDS or c.end - c.start < 2:
                continue
            if c.start == end + 1 and text[end] in _PAIR_JOINERS and text[c.end:c.end + 1] == "等":
                return True
            if c.end == start - 1 and text[c.end] in _PAIR_JOINERS and text[end:end + 1] == "等":
                return True
        return False

    def alias_of(self, alias: str, name: str) -> bool:
        """Whether `alias` reads as a short form of `name`: Latin initials (CAM), or characters
        of the name in their order (澳航 of 澳门航空), and no place, generic word or the name itself."""
        if alias == name or alias in self.generic or alias in self.determiners or self.is_place(alias):
            return False
        if _LATIN_RE.match(alias):
            return len(alias) >= 2
        if _LATIN_WORDS_RE.match(alias):
            return len(alias) <= 30  # 永利度假村（Wynn Resorts）
        if not _CJK_RE.match(alias) or len(alias) < 2:
            return False
        rest = iter(name)
        return all(ch in rest for ch in alias)  # a subsequence of the name

    def short_name_ok(self, core: str) -> bool:
        """A trade name worth looking for elsewhere: 2+ characters, no common word, no place."""
        if len(core) < 2 or not _STEM_RE.fullmatch(core) or core.isdigit():
            return False
        if core in self.gaz.names or core in self.industry or core in self.generic or self.is_place(core):
            return False
        if core.endswith(self.event_heads):
            return False  # 中超联赛 (of 中超联赛有限责任公司) is the league
        if core.endswith(self.venue_endings):
            return False  # 启德体育园 (of 启德体育园有限公司) is the venue the company runs
        tag = self.tags.get(core)
        if tag is None:
            return not self.common_compound(core)  # 护理用品 (of 杭州可靠护理用品股份有限公司): goods
        if tag in _PROPER_TAGS:
            return True
        if tag in _COMMON_NOUN_TAGS:
            return False  # a dictionary noun, however rare, is a kind of thing: 澳门|轻轨|股份有限公司
        return _jieba_freq(core) < _COMMON_FREQ

    def common_compound(self, word: str) -> bool:
        """Whether `word` is two frequent common nouns of the dictionary (护理|用品, 家居|用品): a kind
        of thing, not a trade name to look for elsewhere."""
        for k in range(2, len(word) - 1):
            left, right = word[:k], word[k:]
            if all(self.tags.get(w) in _COMMON_NOUN_TAGS and _jieba_freq(w) >= _COMMON_FREQ
                   for w in (left, right)):
                return True
        return False

    # ---- departments, coordinated bodies, research names ----------------------------------

    def department_after(self, after: int = 0) -> None:
        """A unit written right after a body belongs to it: 中国人民银行支付结算司, 国家统计局城市司.
        `after`: only the bodies found since the candidates numbered that many (a second pass)."""
        sources = (SOURCE_GAZETTEER, SOURCE_ALIAS, SOURCE_SUFFIX)
        bodies = [c for c in self.candidates[after:] if c.source in sources]
        for c in bodies:
            branch = self.branch_after(c.end) if c.kind == "company" else 0
            if branch:
                self.emit(c.start, branch, c.kind, SOURCE_SUFFIX)  # 我爱我家成都公司
                continue
            numbered_re = _NUMBERED_UNIT_BY_KIND.get(c.kind)
            numbered = numbered_re.match(self.text, c.end) if numbered_re is not None else None
            if numbered is not None:  # (民政部|一零一研究所: a ministry's numbered institute)
                self.emit(c.start, numbered.end(), c.kind, SOURCE_SUFFIX)  # 中建|三局, 中铁|十一局
                continue
            tail = next((t for t in self.federation_tails if self.text.startswith(t, c.end)), "")
            if tail and c.text.endswith(self.federated_endings):  # …旅馆商业同业公会|全国联合会
                self.emit(c.start, c.end + len(tail), c.kind, SOURCE_SUFFIX)
                continue
            if c.kind in ("government", "company") and (branch := self.place_branch_after(c)):
                self.emit(c.start, branch, c.kind, SOURCE_SUFFIX)  # 关务署|台北关: its office in a city
                continue
            if branch := self.own_branch_after(c):
                self.emit(c.start, branch, c.kind, SOURCE_SUFFIX)  # 劳动力发展署|高屏澎东分署
                continue
            k = self.index.index_at(c.end)
            if k is None:
                continue
            if c.kind == "alliance" and (centre := self.centre_end(k)):
                self.emit(c.start, centre, c.kind, SOURCE_SUFFIX)  # 工联|北区|综合服务中心
                continue
            government = c.text.endswith("政府") or c.kind == "government"
            end = self.unit_end(k, academy=self.text[c.end - 1] == "院", government=government)
            if not end and (government or c.kind == "alliance"):
                end = self.long_unit_end(k, self.ministry_units if government else self.association_units)
            if end:
                self.emit(c.start, end, c.kind, SOURCE_SUFFIX)
        # (after the loop: the school may be a unit found above, of the body its name starts with)
        for c in bodies:
            if c.kind == "university" and (school := self.named_school_after(c.end)):
                self.emit(c.start, school, c.kind, SOURCE_SUFFIX)  # 香港城市大学|赛马会动物医学…学院
            elif c.kind == "university" and (centre := self.research_unit_after(c.end)):
                self.emit(c.start, centre, c.kind, SOURCE_SUFFIX)  # 香港大学|秀圃老年|研究中心

    def named_school_after(self, end: int) -> int:
        """End of a school or institute found by its suffix right after a university, whose name
        starts with another name (赛马会动物医学及生命科学院 after 香港城市大学: named after its donor,
        which unit_end reads as another body), or 0. rules/org_name_parts.txt [university_units]."""
        units = self.university_units
        return max((d.end for d in self.candidates
                    if d.start == end and d.source == SOURCE_SUFFIX and d.text.endswith(units)), default=0)

    def centre_end(self, k: int) -> int:
        """End of an association's service centre written right after it, from word k: a district or
        a place, up to three field words (家庭, 社区 …, two joined by 及/和), then a word ending in 中心
        (街总|祐汉|社区中心, 工联|筷子基|家庭|及|社区|综合服务中心), or 0."""
        words = self.words
        if not self.place_like(words[k]) and words[k].pos not in ("j", "zg"):
            return 0  # a centre of the body's in a district (not 工联|综合服务中心 alone: a kind)
        for j in range(k + 1, min(k + 6, len(words))):
            w = words[j]
            if (w.text.endswith("中心") and len(w.text) > 2) or (w.text == "中心" and j > k + 1):
                return w.end
            if w.text not in _FIELD_JOINERS and (w.pos not in _CENTRE_FIELD_POS or not _CJK_RE.match(w.text)):
                return 0
        return 0

    def place_branch_after(self, c: OrgMatch) -> int:
        """End of a government body the gazetteer names after a place, written right after another
        (财政部关务署|台北关: the customs administration's Taipei office), or of a company's branch
        the gazetteer names after a place (台湾港务股份有限公司|高雄港务分公司), or 0."""
        for d in self.candidates:
            if (d.start == c.end and d.source == SOURCE_GAZETTEER and d.kind == c.kind
                    and (c.kind == "government" or d.text.endswith(_BRANCH_ENDINGS))
                    and any(self.is_place(d.text[:k]) for k in range(2, min(len(d.text) - 1, 4) + 1))):
                return d.end
        return 0

    def own_branch_after(self, c: OrgMatch) -> int:
        """End of a branch named after the body's own head, written right after it (劳动部劳动力发展署|
        高屏澎东|分署, …局|南山|分局): up to four characters of its area, then 分 and the body's last
        character; or 0. Not across a function character or a word of two or more characters
        that is no place (…署|发布|分署), unless the words after the area are the body's own field
        (农业试验所|嘉义|农业试验|分所)."""
        head = c.text[-1]
        end = self.text.find("分" + head, c.end + 1, c.end + 6 + len(c.text) - 1)
        if end < 0 or not all(_CJK_RE.match(ch) and ch not in _FUNCTION_CHARS for ch in self.text[c.end:end]):
            return 0
        if self.text[end - 1] == "区":
            return end + 2  # 农粮署|中区|分署: a region's branch (jieba reads 中|区分|署)
        p = c.end
        while p < end:
            w = self.index.starting_at(p)
            if w is not None and len(w.text) >= 2 and not self.is_place(w.text, w.pos):
                field = self.text[p:end]  # the body's field after its area: the branch's own
                return end + 2 if p > c.end and len(field) >= 2 and c.text[:-1].endswith(field) else 0
            if w is None or w.end > end or p - c.end >= 4:
                return 0
            p = w.end
        return end + 2

    def unit_end(self, k: int, academy: bool = False, government: bool = False) -> int:
        """End of a department name that starts at word k (up to three words, and two fields joined
        by 与/及/和: 福州大学|经济与管理学院), or 0. After an `academy` (a body ending in 院), an
        institute's short unit word closes one too, whatever jieba tags it (工研院|产科|国际|所).
        After a `government` body (…政府, 国科会), a government body the gazetteer names, written
        right after it, is its department (澳门特区政府|经济财政司, 国科会|南部科学园区管理局)."""
        verb = False
        joined = False
        led = False
        j = k - 1
        ordinal = False
        # a branch in a place of several words (横琴|粤澳|深度|合作区|分行) may run longer
        placed = self.place_like(self.words[k])
        # (a fourth word is read only once three were read without a unit: long_department_at)
        while j + 1 < min(k + (6 if joined or placed else 3), len(self.words)) or (
                j + 1 == k + 3 and not (joined or placed) and self.long_department_at(k)):
            j += 1
            w = self.words[j]
            if (placed and j > k and len(w.text) == 1 and j + 1 < len(self.words)
                    and w.text + self.words[j + 1].text[:1] in self.bank_unit_heads):
                return w.end + 1  # 招商银行深圳|分|行为: a bank's branch in a place, its 行 glued on
            if w.text in _FIELD_JOINERS and j > k and not joined:
                joined = True  # 经济|与|管理学院, 医药价格|和|招标采购司: more fields may follow
                continue
            if (j == k or ordinal) and w.text in self.unit_leads and j + 1 < len(self.words):
                led = True
                continue  # 附属|第一医院, 第一|附属|医院: what opens the unit
            if _ORDINAL_RE.fullmatch(w.text) and j + 1 < len(self.words):
                ordinal = j == k
                continue  # 附属|第一|医院: the unit's number
            if led and w.text in self.gaz.suffixes and w.text not in self.gaz.names:
                return w.end  # 附属第一|医院: a body of its own kind, under this one
            if academy and (j > k and w.text in self.academy_word_units
                            or len(w.text) >= 3 and w.text[-1] in self.academy_units
                            and self.is_lexical(w.text[:-1])):
                return w.end  # 工研院产科国际|所, 中科院|物理所, 检测研究院佛山检测|院
            unit_after_field = j > k and w.text in self.departments  # 经济与管理|学院 (学院 alone: generic)
            # a facility word that is also a unit belongs to the body before it (文化和旅游部|数据中心;
            # a data centre alone is a place)
            facility_unit = (j == k and w.text in self.facilities
                             and self.is_department(w, False, facility_ok=True))
            unit_after_field = unit_after_field or facility_unit
            if (not _CJK_RE.match(w.text) or (w.text in self.walk_stops and not unit_after_field)
                    or w.text in self.not_departments or self.in_mask(w.start, w.end)):
                return 0
            proper = w.pos in ("f", "nr", "nrfg", "nrt", "nz", "nt")
            if w.pos in _WALK_STOP_POS or (proper and not self.is_department(w, j > k)):
                return 0  # 塔斯社援引|国家杜马: another proper name, not a unit
            # 治安警察局|出入境|管制|厅: a hall after a field is a government body's department
            government_unit = government and j > k and w.text in self.government_departments
            if facility_unit or government_unit or self.is_department(w, j > k):
                if j > k and self.text[self.words[k].start:w.end] in self.facilities:
                    return 0  # 康文署|健身|室: a room the body runs, a facility (not 健身|中心)
                own = government and j == k and self.gaz.kind_of(w.text) == "government"
                if (self.known_name(w.text) and not own) or (verb and w.text not in self.departments):
                    return 0  # 国务院办公厅转发|财政部: a body of its own after a verb
                nxt_word = self.words[j + 1] if j + 1 < len(self.words) else None
                nxt = nxt_word.text if nxt_word is not None else ""
                if (verb and len(w.text) == 1 and nxt_word is not None and len(nxt) == 1
                        and _CJK_RE.match(nxt) and nxt not in _FUNCTION_CHARS
                        and nxt_word.pos in _CONTENT_1_POS):
                    return 0  # 上海证券交易所|提交|科|创|板: a unit character opening a word jieba cut
                if nxt in self.titles or not (nxt and _CJK_RE.match(nxt) and self.is_lexical(w.text + nxt)):
                    return w.end
                return 0
            if (w.text in self.gaz.suffixes or len(w.text) > 4
                    or (self.known_name(w.text) and w.text not in self.ambiguous)):  # 骆驼|分会: a word
                return 0
            verb = verb or w.pos in ("v", "vd")
        return 0

    def long_unit_end(self, k: int, units: tuple[str, ...]) -> int:
        """End of a unit named by its fields, from word k, or 0: up to six words, fields joined by
        和/与/及, then one of `units`: a ministry's 司 (商务部|对外|投资|和|经济|合作|司, 发展改革委|
        利用外资|和|境外|投资司), an association's 分会 (中国汽车流通协会|乘用车|市场|信息|联席|分会).
        A field may be a word that elsewhere stops a name (合作: 与某公司合作), as only the unit word
        closes it; not a title or a known body (国务院|总理, 财政部|国税局)."""
        words = self.words
        fields = 0
        for j in range(k, min(k + 7, len(words))):
            w = words[j]
            if w.text in _FIELD_JOINERS and fields:
                continue
            unit = next((u for u in units if w.text.endswith(u)), "")
            if (not _CJK_RE.match(w.text) or w.pos in _WALK_STOP_POS or w.text in self.titles
                    or self.known_name(w.text) or self.in_mask(w.start, w.end)
                    or len(w.text) > (len(unit) + 2 if unit else 4)):
                return 0  # (a unit word may be longer than a field's: 专业委员会, 自愿仲裁中心)
            if unit and not w.text.endswith("公司") and (fields or len(w.text) > len(unit) + 1):
                nxt = words[j + 1].text if j + 1 < len(words) else ""
                return 0 if nxt and _CJK_RE.match(nxt) and self.is_lexical(w.text + nxt) else w.end
            fields += 1
        return 0

    def long_department_at(self, k: int) -> bool:
        """Three field words and a department head from word k (低空|经济|发展|司, 网络|视听|节目|
        管理司): a unit one word longer than most. Not with a verb among them (共建|电化学|工程|中心)."""
        if k + 3 >= len(self.words) or not self.is_department(self.words[k + 3], True):
            return False
        return not any(w.pos in ("v", "vd") for w in self.words[k:k + 3])

    def is_department(self, w: Word, has_field: bool, facility_ok: bool = False) -> bool:
        """司 after a field (支付结算|司), or a word made of a field and a unit (业务部, 教务处);
        not 内部, 学科, 关系 (one character before a one-character unit). A facility is none unless
        `facility_ok` (数据中心 right after a body is its unit)."""
        if w.text in self.departments:
            return has_field or len(w.text) >= 2
        if w.pos not in _SUFFIX_WORD_POS or ((w.text in self.generic or w.text in self.facilities)
                                             and not facility_ok):
            return False
        for d in self.departments_by_len:
            if len(w.text) > len(d) and w.text.endswith(d):
                rest = w.text[:-len(d)]
                if len(d) == 1 and len(rest) < 2:
                    return False
                return self.is_lexical(rest) or self.morpheme_end(rest)
        return False

    def coordinated(self, toks: list[_Tok]) -> None:
        """文化和旅游局: two fields joined by 和/及/与/暨 before a government head are one body."""
        for k in [k for k in range(1, len(toks) - 1) if toks[k].text in _FIELD_JOINERS]:
            conj = toks[k]
            if conj.cls != BREAK:
                continue
            right = self.coordinated_right(toks, k + 1)
            if not right:
                continue
            left: list[_Tok] = []
            trades = right[-1].kind != "government"  # an association's trades: 酒店及饮食业商会
            for i in (k - 1, k - 2):
                t = toks[i] if i >= 0 else None
                if t is None or not self.field_word(t, trades):
                    break
                left.insert(0, t)
            while left and left[0].pos in ("v", "vd"):  # 加强|文化和旅游局
                left = left[1:]
            if not left:
                continue
            head_text = right[-1].text
            if right[-1].kind != "government" or head_text.endswith(self.placed_coordinated_heads):
                # an association (澳门|酒店及饮食业商会) or a centre (普洱市|茶叶和咖啡产业发展中心): a place
                # names it
                i = toks.index(left[0])  # or its reach (国际|大会及会议协会)
                if left[0].text in self.association_leads and len(left) > 1:
                    left, i = left[1:], i + 1
                members = (head_text.endswith("工会") and len(right) >= 2
                           and right[-2].text in self.union_members)  # 保安及物业管理|从业员|总工会
                if not members and (i == 0 or (toks[i - 1].cls not in (PLACE, LEVEL)
                                               and toks[i - 1].text not in self.association_leads)):
                    continue
            for t in [*left, conj, *right[:-1]]:
                t.cls = NAME
            left[0].anchor = True  # the coordination makes the name specific
            lead = toks.index(left[0]) - 1
            if lead >= 0 and toks[lead].text in self.association_leads:
                toks[lead].cls, toks[lead].anchor = NAME, True  # 国际|大会及会议协会: part of the name

    def coordinated_right(self, toks: list[_Tok], i: int) -> list[_Tok]:
        """The field words and the head after 和: [旅游局] or [房产, 管理局]; [] if none."""
        out: list[_Tok] = []
        for j in range(i, min(i + 4, len(toks))):  # up to three fields: 文化|广电|体育|厅
            t = toks[j]
            head = next((h for h in self.heads_by_len if t.text.endswith(h)), None)
            if head is not None and (out or len(t.text) > len(head)):
                rest = t.text[:-len(head)]
                if rest and all(ch in _DIRECTIONS for ch in rest):
                    return []  # 中西部: a region
                kind_word = rest and t.text in self.generic and t.kind == "government"  # 餐饮部
                if kind_word or t.cls != SUFFIX and (
                        t.text in self.titles or t.text in self.facilities or t.pos not in _SUFFIX_WORD_POS
                        or (rest and (len(rest) < 2 or not self.is_lexical(rest)))):
                    return []  # 总部, 部长, 内部, 部署, 格局: not a head; a department of a kind
                suf = t.suffix if t.cls == SUFFIX else self.gaz.suffixes.get(head)
                if suf is None or not _CJK_RE.match(t.text) or not (
                        suf.kind in ("government", "alliance")
                        or (suf.kind == "university" and t.text.endswith(self.research_endings))):
                    return []  # (a research centre of two fields after its place: 中国|人口与发展研究中心)
                if suf.kind == "government" and not all(self.field_word(o) for o in out):
                    return []  # 海军和国防部: an agent, not a field, before a government head
                t.cls, t.suffix, t.kind = SUFFIX, suf, suf.kind
                return [*out, t]
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            trade_before_head = nxt is not None and nxt.cls == SUFFIX and nxt.kind == "alliance"
            if (not self.field_word(t, trade=True, stop_ok=trade_before_head)
                    or (t.pos in ("v", "vd") and not out)):
                return []
            out.append(t)
        return []

    def field_word(self, t: _Tok, trade: bool = False, stop_ok: bool = False) -> bool:
        """A word naming a field of government work (文化, 住房, 保障): not a place, a stop, an agent
        or a body (海军, 大使, 体委: rules/org_name_parts.txt [not_field_endings]); with `trade`, the
        trade of an association, which may name a business (酒店, 银行); with `stop_ok`, also a word
        that stops a company name on its left (加盟: right before an association's head it is a trade)."""
        return (len(t.text) >= 2 and bool(_CJK_RE.match(t.text)) and t.cls in (NAME, BREAK)
                and (stop_ok or t.text not in self.walk_stops)
                and t.pos in ("n", "vn", "v", "an", "l", "j", "nz", "")
                and (trade or t.text[-1] not in self.not_field_endings) and t.text not in self.gaz.names
                and not self.in_mask(t.start, t.end))

    def byline_outlets(self) -> None:
        """中国汽车报记者 周喆: the outlet a byline names at the start of a line, before its reporter or
        its dateline (rules/org_name_parts.txt [byline_tails], [byline_roles]); not 本报 (this paper)."""
        byline: re.Pattern[str] = self.gaz.derived["byline_re"]  # type: ignore[assignment]
        for m in byline.finditer(self.text):
            name, stem, place = m.group("name"), m.group("stem"), m.group("place")
            if place and not self.is_place(place):
                continue
            if (len(name) >= 3 and name[0] not in self.determiners and name[0] not in self.breaks
                    and stem[-1] not in self.determiners and name not in self.generic):  # …问世|本报讯
                self.emit(m.start("name"), m.end("name"), "media", SOURCE_SUFFIX)

    def research_unit_after(self, end: int) -> int:
        """香港大学|秀|圃|老年|研究中心: the end of a university's research centre or institute written
        right after it, named by up to four short words (six characters at most), or two fields joined
        by 暨 (up to eight words of four characters, fourteen in all), or 0."""
        index, text = self.index, self.text
        k = index.index_at(end)
        if k is None:
            return 0
        research: tuple[str, ...] = self.gaz.derived["research_endings"]  # type: ignore[assignment]
        words = self.words
        last = next((j for j in range(k + 1, min(k + 9, len(words)))
                     if words[j].text in research and words[j].text != "顾问"), None)
        if last is None:
            return 0
        # 成功大学|食品|安全卫生|暨|风险管理|研究所: two fields joined by 暨 in a formal name may run longer
        between = words[k:last]
        joined = sum(w.text == "暨" for w in between) == 1 and between[0].text != "暨"
        if len(text[end:words[last].start]) > (14 if joined else 6) or len(between) > (8 if joined else 4):
            return 0
        for w in between:
            if joined and w.text == "暨":
                continue
            if (not _CJK_RE.match(w.text) or len(w.text) > (4 if joined else 2) or w.text in self.breaks
                    or w.text in self.walk_stops or w.pos in ("v", "p", "c", "u", "uj", "m")):
                return 0
        return words[last].end

    def research_names(self) -> None:
        """赛迪顾问, 中指研究院, 克而瑞研究中心: a research or consultancy head after a proper stem
        (a proper word, or a run of single characters that is no word: a transliteration)."""
        heads: re.Pattern[str] = self.gaz.derived["research_re"]  # type: ignore[assignment]
        for m in heads.finditer(self.text):
            k = self.index.index_at(m.start())
            if k and self.index.is_end(m.end()) and not self.in_mask(m.start(), m.end()):
                self.research_name(k, m.end(), "company" if m.group() == "顾问" else "university")

    def research_name(self, k: int, end: int, kind: str) -> None:
        """The research name whose head starts at word k and ends at end."""
        head_start = self.words[k].start
        prev = self.words[k - 1]
        if self.in_mask(prev.start, end):
            return
        if len(prev.text) >= 2:
            unknown = prev.pos == "" and bool(_CJK_RE.match(prev.text))
            proper = (prev.pos in _PROPER_TAGS or bool(_LATIN_RE.match(prev.text))
                      or prev.text in self.gaz.names or unknown)
            if _jieba_freq(prev.text) >= 10 * _COMMON_FREQ:
                proper = False  # 环保顾问, 和平顾问: a common word, not a name
            if kind == "company" and (prev.pos == "nt" or prev.text in self.gaz.names):
                proper = False  # 党中央顾问: an organization's adviser, a title
            if proper and not self.is_place(prev.text, prev.pos) and prev.text not in self.walk_stops:
                self.emit(prev.start, end, kind, SOURCE_SUFFIX)
            return
        j = k
        while j > 0 and len(self.words[j - 1].text) == 1 and self.transliteration_char(self.words[j - 1]):
            j -= 1
        stem = self.text[self.words[j].start:head_start]
        if 2 <= len(stem) <= 5 and k - j >= 2 and not self.is_lexical(stem):
            self.emit(self.words[j].start, end, kind, SOURCE_SUFFIX)

    def transliteration_char(self, w: Word) -> bool:
        t = w.text
        return bool(_CJK_RE.match(t)) and t not in _FUNCTION_CHARS and t not in _NUMERAL_CHARS

    # ---- lists --------------------------------------------------------------------------

    def lists(self, toks: list[_Tok]) -> None:
        """Items of 包括A、B在内的…机构 and A、B等企业 are organizations."""
        text = self.text
        for m in _LIST_END_RE.finditer(text):
            if m.group() == "等":
                if not self.list_head_at(m.end()):
                    continue
                if text[m.end():m.end() + 2] == "在内":
                    continue
            else:
                if not self.list_head_at(m.end()):
                    continue
            left = m.start()
            if m.group() == "在内的" and left > 0 and text[left - 1] == "等":
                left -= 1
            self.list_items(toks, left, inclusive=m.group() == "在内的",
                            companies=m.group() == "等" and self.company_list_at(m.end()))

    def list_head_at(self, pos: int) -> bool:
        rest = self.text[pos:pos + 16]
        cm = _COUNT_RE.match(rest)
        if cm and cm.end():
            rest = rest[cm.end():]
        if any(rest.startswith(h) for h in self.list_heads):
            return True
        for mod in _LIST_MODIFIERS:
            if rest.startswith(mod):
                rest = rest[len(mod):]
                return any(rest.startswith(h) for h in self.list_heads)
        # an industry in front of the head: 等小家电企业, 等连锁超市, 等生鲜连锁 (items must still be names)
        k = self.index.index_at(pos + (cm.end() if cm else 0))
        while k is not None and k < len(self.words) - 1 and self.words[k].end - pos <= 8:
            word = self.words[k]
            if len(word.text) < 2 or (word.text not in self.industry and word.pos not in ("n", "vn", "b")):
                return False  # not 吴英恺等|人|组织
            if self.text.startswith(self.trade_list_heads, word.end):
                return True
            k += 1
        return False

    def company_list_at(self, pos: int) -> bool:
        """Whether a word for companies ([company_list_words]: 企业, 品牌, 业者) ends one of the
        first three words at `pos`, after a list's 等 (等企业, 等日本品牌, 等民营业者)."""
        words: tuple[str, ...] = self.gaz.derived["company_list_words"]  # type: ignore[assignment]
        k = self.index.index_at(pos)
        for j in range(k, min(k + 3, len(self.words))) if k is not None else ():
            w = self.words[j]
            if w.text.endswith(words):
                return True
            if len(w.text) < 2 or not _CJK_RE.match(w.text):
                return False
        return False

    def list_items(self, toks: list[_Tok], end: int, inclusive: bool, companies: bool = False) -> None:
        """Walk back from the list end over items joined by 、; in a list of companies, also over the
        和 (及, 与) that joins its last item (A、B和C等业者)."""
        idx = next((k for k, t in enumerate(toks) if t.end == end), None)
        if idx is None:
            return
        items: list[list[_Tok]] = []
        k = idx
        while k >= 0:
            if toks[k].text in _CLOSE_QUOTES:  # a quoted item: the quotes stay outside
                k -= 1
            j = k
            while j >= 0 and self.item_token(toks[j]):
                j -= 1
            opened = self.opens_listed_name(toks, j, k)
            if opened:
                j -= 1
            item = toks[j + 1:k + 1]
            while item and item[0].cls == BREAK and not (opened and item[0] is toks[j + 1]):
                item = item[1:]  # an item does not start with a verb
            if len(item) == 1 and self.bare_suffix(item[0]):
                # a trade name jieba knows only as single characters (月|立|电器, 来|来|超市)
                i = k  # the item is the last token
                fragments = self.single_chars_before(toks, i)
                if fragments:
                    item = [*fragments, *item]
                    j = i - len(fragments) - 1
            if not item:
                break
            items.append(item)
            if j >= 0 and toks[j].text in _OPEN_QUOTES:
                j -= 1
            if j >= 0 and toks[j].text == "、":
                k = j - 1
                continue
            if (companies and len(items) == 1 and j >= 2 and toks[j].text in _LAST_ITEM_JOINERS
                    and self.item_token(toks[j - 1]) and any(t.text == "、" for t in toks[max(0, j - 8):j])):
                k = j - 1  # A、B和C等业者: 和 joins the last item to a list of several
                continue
            if inclusive and not (j >= 0 and toks[j].text in ("包括", "包含", "含")):
                return
            break
        # an item with nothing proper in it is a name only beside organizations (星河超市、沃尔玛等),
        # or beside a name that its own suffix shows (公牛集团、月立电器等企业)
        found = [(c.start, c.end) for c in self.candidates if c.source in (SOURCE_GAZETTEER, SOURCE_SUFFIX)]
        beside_orgs = (any(item[0].start <= a and b <= item[-1].end for item in items for a, b in found)
                       or any(self.suffixed_item(item) for item in items))
        gazetteer = [(c.start, c.end) for c in self.candidates if c.source == SOURCE_GAZETTEER]
        for item in items:
            lead = [(a, b) for a, b in gazetteer if item[0].start < a and b == item[-1].end]
            if lead and not all(t.cls in (PLACE, LEVEL) for t in item if t.end <= lead[0][0]):
                continue  # 约谈|喜茶, 五常市引进|顺丰: the listed name ends the item; only a place or
                # level right before it is the name's (省|社科院)
            rare = (len(item) == 1 and 2 <= len(item[0].text) <= 3 and item[0].cls == NAME
                    and item[0].pos == "n" and _jieba_freq(item[0].text) < _COMMON_FREQ
                    and any(t.cls == GAZ or t.pos in ("nz", "nt")
                            for other in items if other is not item for t in other))
            self.list_item(item, beside_orgs or rare)  # 飞亚达、依波等传统品牌: a rare word beside a name

    def opens_listed_name(self, toks: list[_Tok], j: int, k: int) -> bool:
        """Whether the one-character verb at j, right after 、 and before a name's single character
        (the item running to k), opens the listed name (轻喜到家、爱|侬|家政等企业: 爱 of 爱侬), as trade
        names often start with one (爱回收, 爱奇艺)."""
        return (1 <= j < k and toks[j - 1].text == "、" and len(toks[j].text) == 1 and toks[j].pos == "v"
                and toks[j].text not in _FUNCTION_CHARS and _CJK_RE.match(toks[j].text) is not None
                and toks[j + 1].cls == NAME and len(toks[j + 1].text) == 1)

    def bare_suffix(self, t: _Tok) -> bool:
        """A token that is a suffix and nothing more (电器, 超市): no name by itself."""
        return t.cls == SUFFIX and t.suffix is not None and t.text == t.suffix.suffix

    @staticmethod
    def single_chars_before(toks: list[_Tok], i: int) -> list[_Tok]:
        """The 2-3 one-character CJK tokens right before toks[i], when a list comma or the start of
        the list stands before them (、月|立|电器); [] otherwise."""
        j = i
        while j > 0 and i - j < 3 and len(toks[j - 1].text) == 1 and _CJK_RE.match(toks[j - 1].text):
            j -= 1
        if i - j < 2:
            return []
        before = toks[j - 1].text if j > 0 else ""
        if before and before not in ("、", "，", ",", "：", ":") and _WORD_CHAR.match(before):
            return []
        return toks[j:i]

    def suffixed_item(self, toks: list[_Tok]) -> bool:
        """A list item that ends at a company or alliance suffix after a stem of its own, not only
        industry words (公牛集团, 新苗超市; not 保险公司 or 商业银行)."""
        head = toks[-1]
        if head.cls != SUFFIX or head.suffix is None or head.suffix.kind not in ("company", "alliance"):
            return False
        stem = self.text[toks[0].start:head.end - len(head.suffix.suffix)]
        if len(toks) == 2 and toks[0].pos in ("v", "vn"):
            return False  # 鹤类|保护协会: a verb is no stem of its own
        return (len(stem) >= 2 and bool(_CJK_RE.match(stem)) and not self.only_industry(stem)
                and stem not in self.generic and stem not in self.determiners
                and not any(t.cls in (PLACE, LEVEL) for t in toks))

    def item_token(self, t: _Tok) -> bool:
        """A token that may stand inside a list item: any word but punctuation, function words and
        idioms (治安巡逻、物价监督: activities, no names)."""
        if t.pos == "i":
            return False
        if t.cls not in (BREAK, DET) or t.text in self.list_item_finals:
            return True  # (海生|行、隆泰|行等批发商: a trading house's final)
        if t.cls == DET or not re.search(r"\w", t.text) or t.text in self.breaks or t.text in self.titles:
            return False
        if self.in_mask(t.start, t.end):
            return False
        return not (len(t.text) == 1 and t.pos in _STOP_POS_1)

    def list_item(self, toks: list[_Tok], beside_orgs: bool) -> None:
        while len(toks) > 1 and toks[0].text in self.lead_trim:
            toks = toks[1:]  # 指导|中国银行浙江省分行: a verb before the first item
        if not any(t.anchor for t in toks) and not beside_orgs:
            return
        start, end = toks[0].start, toks[-1].end
        span = self.text[start:end]
        if not 2 <= len(span) <= 16 or span in self.generic or span in self.products:
            return
        if span in self.trade_heads:
            return  # 上|能|电气、禾迈股份等企业: an industry word alone names no company
        if len(toks) == 1 and toks[0].cls in (PLACE, LEVEL):
            return
        kind = next((t.kind for t in toks if t.kind), "")
        self.emit(start, end, kind, SOURCE_LIST)

    # ---- pos ----------------------------------------------------------------------------

    def pos_names(self) -> None:
        """jieba `nt` words that start with a place (美国国会); suffix words go through `run`."""
        for w in [w for w in self.words if w[3] == "nt" and len(w[0]) >= 3]:
            if (w.text in self.generic or self.in_mask(w.start, w.end)
                    or w.text.endswith(self.not_body_endings)):
                continue
            if self.suffix_of(w) is not None or w.text in self.gaz.names:
                continue
            places = [k for k in range(2, min(len(w.text) - 2, 4) + 1) if self.is_place(w.text[:k])]
            if not places or any(w.text[k:] in self.industry for k in places):
                continue  # (台湾汽车|售后维修: a place's industry, not a body)
            if self.false_compound(w.start, w.end) or self.event_after(w.end):
                continue
            self.emit(w.start, w.end, "", SOURCE_POS)

    def event_after(self, end: int) -> bool:
        """An event head ([event_heads]) within three characters after `end`, with no break between:
        the name before it is the event's (东京国际|食品展)."""
        text = self.text
        for k in range(4):
            if k and not _CJK_RE.match(text[end + k - 1:end + k]):
                return False
            if text.startswith(self.event_heads, end + k):
                return True
        return False

    def trade_names(self) -> None:
        """丰翼科技数据显示, 福贝宠物表示: a trade name no dictionary knows (two or three characters)
        and an industry word of [trade_heads], where the text treats it as a company (org_context).

        The stem stands after a boundary (a clause start, a list joiner, 旗下 …), holds no function
        word and is no dictionary word, place or generic word: 新能源, 网络游戏, 清洁能源 stay out."""
        heads = self.trade_heads
        if not heads:
            return
        words, text = self.words, self.text
        taken = [(c.start, c.end) for c in self.candidates] + self.masked
        at = self.index.index_at
        spans = [m.span() for m in self.trade_head_re.finditer(text)]
        head_words = self.trade_head_words
        # every place a head starts: the matches, and heads starting inside one (新能源 and its
        # 能源, 氢能源: 氢能 and 能源), since jieba may cut there
        starts = [a for a, _ in spans] + [p for a, b in spans for p in range(a + 1, b)
                                          if text.startswith(head_words, p)]
        found = {k for p in starts if (k := at(p)) is not None}
        for k in sorted(found):  # the heads' words, found from the text (not by reading every word)
            w = words[k]
            if w[0] not in heads or k == 0:
                continue
            for n in (2, 1):
                if k - n < 0:
                    continue
                stem_words = words[k - n:k]
                start, end = stem_words[0].start, w.end
                stem = text[start:w.start]
                if not 2 <= len(stem) <= 3 or not all(map(_CJK_RE.match, stem)) or \
                        any(t.pos in _TRADE_STEM_STOP_POS or t.text in self.breaks for t in stem_words):
                    continue
                placed = (text.startswith(self.placed_trade_context, end) and stem not in self.countries
                          and self.is_place(stem))  # (中国科技表示: a country's field)
                if not placed and (not self.unknown_stem(stem)
                                   or (n == 1 and stem_words[0].pos not in _PROPER_POS)):
                    continue  # (one word with a common tag: a user word of the rules, 冷链|物流)
                before = text[start - 1:start]
                if (before and _CJK_RE.match(before) and before not in _LIST_JOINERS and before != "的"
                        and not text.endswith(self.context_before, 0, start)):
                    continue  # inside a longer run of words: not where a name starts
                if any(a < end and start < b for a, b in taken) or not (
                        self.org_context(start, end) or self.says_after_adverb(end)
                        or text.startswith(_TRADE_NAME_ADVERBS, end)):
                    continue  # (思锐科技则首日跌穿, 信昌机器亦表示: an adverb of a clause's subject)
                self.emit(start, end, "company", SOURCE_POS)
                taken.append((start, end))
                break

    def appositive_names(self) -> None:
        """旧衣回收平台绿蚁表示, 咖啡品牌鲜丰表示: a name no dictionary knows (two to four characters,
        up to three words) right after a kind of company ([appositive_kinds]: 平台, 品牌, 企业 …)
        and right before what a company does (org_context: 表示, 数据显示, 相关负责人 …).

        The name is made of single characters and of words the dictionary does not know or tags as
        proper (no common word, function word, verb, time word or number), is no place or generic
        word, and does not end like a person, a party or a body (负责人, 运营方: [not_field_endings],
        [appositive_endings]): 门店|客流, 平台|运营方 stay out."""
        words, text = self.words, self.text
        at = self.index.index_at
        taken: list[tuple[int, int]] | None = None
        for m in self.appositive_re.finditer(text):
            k = at(m.start())
            if k is None or words[k].end != m.end() or k + 1 >= len(words):
                continue  # the kind must be a whole word (not 企业家, 平台上)
            opens = m.start() == 0 or text[m.start() - 1] in _CLAUSE_OPENERS
            if opens and m.group() in _BARE_BACK_REFERENCES:
                continue  # ，公司|酸辣粉今年销量: "the company's", a back-reference, before its product
            start = words[k + 1].start
            for n in (1, 2, 3):
                name_words = words[k + 1:k + 1 + n]
                if len(name_words) < n:
                    break
                w = name_words[-1]
                if (w.pos in _APPOSITIVE_STOP_POS or w.text in self.breaks or w.text in self.titles
                        or w.text in self.determiners or not _CJK_RE.match(w.text)):
                    break
                # (a word of the rules' user dictionary has its tag from the segmenter: 美妆 n)
                if (len(w.text) >= 2 and self.tags.get(w.text, w.pos) not in _UNKNOWN_OR_PROPER_TAGS
                        and not (n > 1 and text.endswith(w.text, 0, m.start()))):
                    break  # a common word of the dictionary: 精品|培育, 门店|客流 are no names (but the
                    # goods its kind names: 烧鹅品牌|甘牌|烧鹅)
                end = w.end
                name = text[start:end]
                if len(name) > 4:
                    break
                if (len(name) < 2 or name[-1] in self.not_field_endings or name[-1] in self.appositive_endings
                        or not self.unknown_stem(name)
                        or (self.ends_with_goods(name) and not self.goods_of_kind(name, m.start()))):
                    continue
                after = words[k + 1 + n] if k + 1 + n < len(words) else None
                if after is not None and len(after.text) >= 2 and text.endswith(after.text, 0, m.start()):
                    continue  # 烧鹅品牌|甘牌|烧鹅: the goods the kind names go on the name
                if not self.org_context(start, end):
                    continue
                if taken is None:
                    taken = [(c.start, c.end) for c in self.candidates] + self.masked
                if not any(a < end and start < b for a, b in taken):
                    self.emit(start, end, "company", SOURCE_POS)
                    taken.append((start, end))
                break

    def goods_of_kind(self, name: str, kind_start: int) -> bool:
        """烧鹅品牌|甘牌烧鹅: the goods a name ends with are the ones its kind names right before
        (a roast-goose brand named after its roast goose), so they are the name's."""
        return any(self.text.endswith(name[k:], 0, kind_start) for k in range(1, len(name) - 1)
                   if len(name) - k >= 2)

    def ends_with_goods(self, name: str) -> bool:
        """Whether a name read after a kind of company ends with a frequent common noun of two
        characters or more (二手|手机 after 平台): goods, not a trade name."""
        return any(self.tags.get(name[k:]) == "n" and _jieba_freq(name[k:]) >= _COMMON_FREQ
                   for k in range(1, len(name) - 1))

    def acting_hotels(self) -> None:
        """礁溪老爷酒店指出, 北投丽禧温泉酒店并指出: a hotel by its name (a place or a proper word and
        a head of [hotel_heads]) that says or does what a company does is an ORG, as the annotators
        read 福华大饭店, 国宾大饭店; a kind of hotel (当地酒店, 高星级酒店) or one not acting is none."""
        for m in self.hotel_head_re.finditer(self.text):
            end = m.end()
            if not self.index.is_end(end) or not (
                    self.acts_as_company(m.start(), end) or self.says_after_adverb(end)):
                continue
            toks = self.trim_lead(self.walk_left(m.start()))
            if not toks or not self.index.is_start(toks[0][0]):
                continue
            if toks[0][2] in self.determiners or toks[-1][2] in self.hotel_kind_ends:
                continue  # 该|酒店; 拱北一带|酒店, 上市|酒店: a kind by the word before the head
            if self.text.endswith(_ONE_OF_A_KIND, 0, toks[0][0]):
                continue  # 一间|氹仔葡国餐厅: one of a kind
            if m.group() in _BRAND_VENUE_HEADS and any(
                    c.end == m.start() and c.source == SOURCE_GAZETTEER for c in self.candidates):
                continue  # 麦当劳|餐厅: the brand's restaurant, the brand the ORG
            if self.names_a_hotel(toks):
                self.emit(toks[0][0], end, "company", SOURCE_POS)  # a longer or earlier name wins

    def names_a_hotel(self, toks: list[tuple[int, int, str, str]]) -> bool:
        """Whether the words before a hotel's head hold a name of its own: a proper word, an unknown
        word, or any word of two characters after a place (礁溪|老爷, 北投|丽|禧|温泉); not places and
        kinds alone (当地, 三亚|高星级, 温泉)."""
        placed = self.is_place(toks[0][2], toks[0][3])
        kinds = self.hotel_kind_words
        return any(not self.is_place(t[2], t[3]) and t[2] not in kinds and (
            (placed and len(t[2]) >= 2) or t[3] in _PROPER_POS
            or (len(t[2]) >= 2 and not self.common_word(t[2], t[3]))) for t in toks)

    def latin_names(self) -> None:
        """SHEIN称, Uber Eats表示, SNE Research数据显示: a Latin name (two characters or more, up to
        four words, the later ones capitalized) right before what a body says or publishes
        ([latin_context_after]), an adverb between or not (Anytime Fitness则指); not an indicator
        or a role (GDP预计, CEO表示: [latin_not_names]), and not a letter that labels something
        (K表示房间空调器). And anywhere, a name of capitalized words ending with a business word
        ([latin_heads]: Galati Yacht Sales, Snap Fitness), and the names listed as a company's brands
        ([latin_brand_openers]: 旗下品牌包括Gerber与Danze)."""
        taken: list[tuple[int, int]] | None = None
        text = self.text
        found = [m.span(1) for m in self.latin_headed_re.finditer(text)  # Anytime Fitness
                 if not (m.start() and text[m.start() - 1] in _LATIN_NAME_BEFORE)]
        for m in self.latin_brand_list_re.finditer(text):
            found.extend((m.start(1) + b.start(), m.start(1) + b.end())
                         for b in _LATIN_ITEM_RE.finditer(m.group(1))
                         if b.group().upper() not in self.latin_not_names)  # not 品牌IP, 品牌LOGO
        for m in self.latin_name_re.finditer(text):
            if m.start() and text[m.start() - 1] in _LATIN_NAME_BEFORE:
                continue  # inside a longer Latin word or code (3DO, x.AI)
            name = m.group(1)
            if name in self.latin_not_names or name.upper() in self.latin_not_names:
                continue
            found.append(m.span(1))
        for start, end in sorted(found):
            if taken is None:
                taken = [(c.start, c.end) for c in self.candidates] + self.masked
            if not any(a < end and start < b for a, b in taken):
                self.emit(start, end, "company", SOURCE_POS)
                taken.append((start, end))

    def coded_names(self) -> None:
        """先进光（3362）: a name no rule knows, right before a listed company's stock code in brackets,
        standing after a clause break or a list's joiner, is that company: two to six Chinese
        characters that name nothing else (unknown_stem)."""
        text = self.text
        taken: list[tuple[int, int]] | None = None
        for m in _STOCK_CODE_RE.finditer(text):
            end = start = m.start()
            while start > 0 and end - start < 6 and _CJK_RE.match(text[start - 1]) \
                    and text[start - 1] not in _LIST_JOINERS:
                start -= 1
            before = text[start - 1] if start else ""
            kind_before = end - start < 2 or (_CJK_RE.match(before) and before not in _LIST_JOINERS)
            if kind_before:
                start = self.after_maker_kind(end)  # 气动工具厂|钻全（1527）: after the kind it is
                if start < 0:
                    continue  # no break before it within six characters
            stem = text[start:end]
            place = self.is_place(stem) and stem not in self.gaz.names  # 荣成（1909）: a company
            if not self.index.is_start(start) or not (place or self.unknown_stem(stem)):
                continue  # (named like a city, by its stock code)
            first, after = self.index.index_at(start), self.index.index_at(end)
            if first is None or after is None:
                continue  # the name ends inside a word
            words = self.words[first:after]
            if not place and (any(w.pos in _APPOSITIVE_STOP_POS and not (kind_before and len(w.text) == 1)
                                  for w in words) or (
                    len(words[-1].text) >= 2 and self.tags.get(words[-1].text, words[-1].pos)
                    not in _UNKNOWN_OR_PROPER_TAGS)):
                continue  # 今年|股价（2330）: a common noun or a time word is no company's name
            if taken is None:
                taken = [(c.start, c.end) for c in self.candidates] + self.masked
            if not any(a < end and start < b for a, b in taken):
                self.emit(start, end, "company", SOURCE_LIST)  # (repeated like a listed name)
                taken.append((start, end))

    def after_maker_kind(self, end: int) -> int:
        """Start of a name of two to four characters ending at `end` right after a kind of maker
        or trader (电动工具|厂|力山: rules/org_name_parts.txt [role_endings]), or -1."""
        for p in range(end - 2, max(end - 5, 0), -1):
            if self.text[p - 1] in self.role_endings and self.index.is_start(p):
                return p
        return -1

    def plain_word(self, t: str) -> bool:
        """No function character in it, and no place, generic word or determiner: what a name of
        its own may be (unknown_stem, listed_word)."""
        return not (any(ch in _TRADE_STEM_STOP_CHARS for ch in t) or self.is_place(t)
                    or t in self.generic or t in self.determiners)

    def unknown_stem(self, stem: str) -> bool:
        """A stem that names nothing else: not a dictionary word (unless a proper one), a place, a
        generic word or a known name, and no function character in it."""
        if not self.plain_word(stem) or stem in self.gaz.names:
            return False
        tag = self.tags.get(stem)
        return tag is None or (tag in _PROPER_TAGS and _jieba_freq(stem) < _COMMON_FREQ)

    # ---- all ----------------------------------------------------------------------------

    def run_all(self) -> list[OrgMatch]:
        self.gazetteer()
        self.legal_companies()
        self.names_of_short_forms()
        self.short_form_names()
        self.short_names()
        toks = self.tokens()
        self.suffix_names(toks)
        self.research_names()
        self.byline_outlets()
        self.department_after()
        self.lists(toks)
        self.pos_names()
        self.trade_names()
        self.appositive_names()
        self.latin_names()
        self.coded_names()
        self.acting_hotels()
        self.ji_shops()
        self.old_brand_names()
        self.trades_after_companies()
        self.dish_named_shops()
        self.listed_unknowns()
        self.repeat_listed()
        found = len(self.candidates)
        self.bracket_aliases()  # after every name that may stand before a bracket
        self.department_after(found)  # units of the short forms: 机电商会|家电分会
        self.foundation_names()
        self.confirmed_ambiguous()
        self.titled_outlets()
        self.drop_cut_aliases()
        return _resolve(self.candidates)

    def ji_shops(self) -> None:
        """黄枝记表示, 祥记面家同样…, 六记粥面则表示, 何洪记亦于, 一福堂则指出: a shop named by one to three
        characters and 记 or 堂 ([shop_name_finals]: a Hong Kong, Macao and Taiwan usage), with its
        trade after it or not ([ji_shop_trades]), is a company where it opens a clause, follows 的 or a
        word for an old brand (老字号, 品牌) and does or says something (a word of [ji_shop_context] or
        [context_after]); a noun jieba reads as one word after it is its trade too (廖记棒棒鸡今年). Not
        where the last character and its final, or the whole name, are a dictionary word (书记, 日记,
        礼堂, 纪念堂) with no trade of [ji_shop_trades]."""
        text = self.text
        finals = [f for f in self.gaz.section("shop_name_finals") if f in text]
        if not finals:
            return
        derived = self.gaz.derived
        trades: tuple[str, ...] = derived["ji_shop_trades"]  # type: ignore[assignment]
        openers: tuple[str, ...] = derived["ji_shop_openers"]  # type: ignore[assignment]
        for at in sorted(m.start() for f in finals for m in re.finditer(re.escape(f), text)):
            start = next((at - n for n in (1, 2, 3)
                          if at - n >= 0 and self.ji_shop_opens(at - n, openers)), -1)
            if start < 0 or not all(map(_CJK_RE.match, text[start:at])):
                continue
            end = at + 1
            if text[at - 1:end] in self.tags or text[start:end] in self.tags:
                if not any(text.startswith(t, end) for t in trades):
                    continue  # 书记表示, 日记里, 纪念堂则: a word ending in 记 or 堂
            trade = next((t for t in trades if text.startswith(t, end)), "") or self.trade_noun_at(end)
            if trade and not self.acts_at(end + len(trade)):
                trade = ""  # (黄枝记|表示 with no trade after it)
            end += len(trade)
            if self.acts_at(end):
                self.emit(start, end, "company", SOURCE_SUFFIX)

    def acts_at(self, pos: int) -> bool:
        """Whether a shop's or a brand's name ending at `pos` does or says something there
        ([ji_shop_context], [context_after])."""
        return self.text.startswith(self.gaz.derived["shop_acting_context"], pos)  # type: ignore[arg-type]

    def trade_noun_at(self, pos: int) -> str:
        """A noun of two or three characters that jieba reads as one word at `pos`, the trade written
        after a shop's name with 记 (廖记|棒棒鸡今年, 大利来记|咖啡室每天), or ''."""
        w = self.index.starting_at(pos)
        if w is None or w.pos != "n" or not 2 <= len(w.text) <= 3 or not _CJK_RE.match(w.text):
            return ""
        return w.text if w.text not in self.walk_stops else ""

    def dish_named_shops(self) -> None:
        """中山区的丸林鲁肉饭则预计, ；北门口肉圆也说: a shop named by two or three characters and the
        dish it sells ([dish_shop_trades]: a Taiwan, Hong Kong and Macao usage) is a company where it
        opens a clause, follows 的 or a word for an old brand and does or says something, as a shop
        with 记 is; not where its characters are a dictionary word (山河鲁肉饭: 山河)."""
        text = self.text
        dishes = [d for d in self.gaz.section("dish_shop_trades") if d in text]
        if not dishes:
            return
        openers: tuple[str, ...] = self.gaz.derived["ji_shop_openers"]  # type: ignore[assignment]
        for dish in dishes:
            for m in re.finditer(re.escape(dish), text):
                end = m.end()
                if not self.index.is_end(end) or not self.acts_at(end):
                    continue
                for start in (m.start() - 2, m.start() - 3):  # 丸林|鲁肉饭, 北门口|肉圆
                    name = text[max(start, 0):m.start()]
                    if (start >= 0 and self.ji_shop_opens(start, openers) and all(map(_CJK_RE.match, name))
                            and not self.is_lexical(name) and not any(c in _FUNCTION_CHARS for c in name)):
                        self.emit(start, end, "company", SOURCE_SUFFIX)
                        break

    def trades_after_companies(self) -> None:
        """简一|陶瓷则把, 中粮|米业表示, 统一|陶瓷、狮王陶瓷等企业: a company the gazetteer names, then an
        industry word of [trade_heads] (not one of [trade_words_not_names]: 数据, 信息), is the
        company's business of that trade, one ORG, where it then acts or is listed (a word of
        [ji_shop_context] or [context_after], 、, 和, 及, 与, 等)."""
        not_names = self.gaz.section("trade_words_not_names")
        index = self.index
        for c in [c for c in self.candidates if c.source == SOURCE_GAZETTEER and c.kind == "company"]:
            w = index.starting_at(c.end)
            if (w is None or w.text not in self.trade_heads or w.text in not_names
                    or not index.is_end(w.end)):
                continue
            after = self.text[w.end:w.end + 1]
            if after in _LIST_AFTER_TRADE or self.acts_at(w.end):
                self.emit(c.start, w.end, "company", SOURCE_SUFFIX)

    def old_brand_names(self) -> None:
        """老字号沈大成今年推出, 老字号天工贡糖表示: the two to six characters between a word for an old
        brand ([old_brand_openers]) and what it does or says ([ji_shop_context], [context_after])
        are the brand's name, when they are whole words and no word for a kind (老字号茶楼也, 老字号企业),
        a time (老字号近期), a function word or a verb opening them, and no head a name ends with."""
        text = self.text
        openers = self.gaz.section("old_brand_openers")
        if not any(o in text for o in openers):
            return
        index = self.index
        for opener in openers:
            at = text.find(opener)
            while at >= 0:
                start = at + len(opener)
                at = text.find(opener, start)
                end = next((e for e in range(start + 2, min(start + 6, len(text)) + 1)
                            if self.acts_at(e) and index.is_end(e)), -1)
                if end < 0 or not index.is_start(start) or not all(map(_CJK_RE.match, text[start:end])):
                    continue
                words = self.words_between(start, end)
                name = text[start:end]
                if (not words or words[0].pos[:1] in _OLD_BRAND_NOT_FIRST or self.is_lexical(name)
                        or any(w.pos[:1] in _OLD_BRAND_NOT_INSIDE or w.text in _FUNCTION_CHARS
                               or w.text in self.walk_stops
                               or (len(w.text) >= 2 and w.text.endswith(_SHOP_KIND_ENDS)) for w in words)
                        or self.suffix_at_end(name) or self.in_mask(start, end)):
                    continue
                self.emit(start, end, "company", SOURCE_SUFFIX)

    def suffix_at_end(self, name: str) -> bool:
        """Whether `name` ends with a head of rules/org_suffixes.csv, or a shop's after a dictionary
        word (眼镜店, 海味店: a kind; not 佛笑楼, a name)."""
        return any(name.endswith(s) for s in self.gaz.suffixes) or (
            name.endswith(_SHOP_KIND_ENDS) and self.is_lexical(name[:-1]))

    def ji_shop_opens(self, pos: int, openers: tuple[str, ...]) -> bool:
        """Whether a shop's name may start at `pos`: after clause punctuation, 的, or a word for an
        old brand or shop (`openers`: 老字号, 品牌, 老店)."""
        text = self.text
        return pos == 0 or text[pos - 1] in _CLAUSE_OPENERS or text[pos - 1] == "的" or text.endswith(
            openers, 0, pos)

    def titled_outlets(self) -> None:
        """《劳氏日报》: an outlet found at its head inside book-title marks is the whole title; the
        words before the head are its name even where jieba tags one a verb (劳|氏|日报)."""
        text = self.text
        for c in list(self.candidates):
            if c.kind != "media" or text[c.end:c.end + 1] != "》":
                continue
            opener = text.rfind("《", max(0, c.start - 4), c.start)
            if opener < 0 or not all(map(_CJK_RE.match, text[opener + 1:c.start])):
                continue
            self.emit(opener + 1, c.end, c.kind, c.source)


_PRIORITY = {SOURCE_SUFFIX: 0, SOURCE_GAZETTEER: 1, SOURCE_ALIAS: 2, SOURCE_LIST: 3, SOURCE_POS: 4}


def _resolve(cands: list[OrgMatch]) -> list[OrgMatch]:
    """Outermost wins: longest first, then by source; overlapping shorter ones are dropped."""
    chosen: list[OrgMatch] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), _PRIORITY.get(c.source, 9), c.start)):
        if any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def find_orgs(text: str, words: Sequence[Word], gazetteer: OrgGazetteer,
              place_words: Callable[[str], bool] | None = None, taiwan: bool = False) -> list[OrgMatch]:
    """ORG mentions of simplified `text`, given its jieba `words`, sorted by start.

    `place_words(s)` tells whether s is a place name; without it, jieba's `ns` tag decides.
    `taiwan`: the article was written in Taiwan (two kinds of Taiwan marker in it), where 中央银行 names
    Taiwan's bank.
    """
    return _Finder(text, words, gazetteer, place_words, taiwan).run_all()
