"""CITY candidates: gazetteer matches on jieba word boundaries, with the SPEC's 市 rules.

Pure Python (no spaCy). The gazetteer is data: `rules/cities.csv` (mainland cities from the
national division codes with the years of their city status, Hong Kong, Macao, Taiwan's cities,
foreign cities), `rules/provinces.csv`, and the small lists `rules/city_shi_words.txt`,
`rules/city_ambiguous.txt` and `rules/city_context.txt`.

Cities inside organization names are still emitted here; the ORG layer removes them.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.finders.prefix import PrefixIndex
from pipeline.jieba_tables import dictionary_tables
from pipeline.rulefiles import read_lines, read_sections
from pipeline.tokens import NAME_DOTS, Word, WordIndex, held_words, word_index

CITY_FILE = "cities.csv"
PROVINCE_FILE = "provinces.csv"
SHI_FILE = "city_shi_words.txt"
AMBIGUOUS_FILE = "city_ambiguous.txt"
CONTEXT_FILE = "city_context.txt"

CITY, PROVINCE, REJECT = "city", "province", "reject"


@dataclass(frozen=True)
class CityMatch:
    """One CITY candidate: offsets into the (simplified) text and the official name."""

    start: int
    end: int
    text: str
    normalized: str  # official full name 杭州市 / 香港 / 悉尼


@dataclass(frozen=True)
class CityEntry:
    """One row of rules/cities.csv."""

    name: str
    short: str
    province: str
    adcode: str
    level: str
    valid_from: int | None
    valid_to: int | None

    def valid_in(self, year: int | None) -> bool:
        """City status in `year`; with no year, the current status."""
        if year is None:
            return self.valid_to is None
        return (self.valid_from is None or year >= self.valid_from) and (
            self.valid_to is None or year < self.valid_to
        )


def _year(value: str) -> int | None:
    value = (value or "").strip()
    return int(value[:4]) if value[:4].isdigit() else None


class CityGazetteer:
    """Surface forms of cities, provinces and never-city words, with the context lists."""

    def __init__(
        self,
        entries: Iterable[CityEntry],
        aliases: dict[str, list[str]],
        provinces: Iterable[tuple[str, str]],
        shi_words: Iterable[str],
        ambiguous: Iterable[str],
        context: dict[str, list[str]],
    ):
        self.entries = list(entries)
        provinces = list(provinces)
        self.cities: dict[str, list[CityEntry]] = {}
        for entry in self.entries:
            forms = [entry.short] if entry.short else [entry.name]
            forms += aliases.get(entry.name, [])
            for form in forms:
                self.cities.setdefault(form, []).append(entry)
        self.full_names = {e.name for e in self.entries}
        self.provinces: dict[str, str] = {}  # surface -> province full name
        for name, short in provinces:
            self.provinces[name] = name
            if short:
                self.provinces[short] = name
        words = {w.lstrip("!") for w in shi_words}
        self.shi_words = tuple(sorted(words, key=len, reverse=True))
        # 市-words that win whatever jieba makes of the text (深圳市|场上 is 深圳 + 市场上)
        self.shi_words_always = frozenset(w[1:] for w in shi_words if w.startswith("!"))
        self.ambiguous = frozenset(ambiguous)
        self.suffix_ok = frozenset(context.get("suffix_ok", []))
        self.marker_ok = frozenset(context.get("marker_ok", []))
        self.collectives = tuple(context.get("collectives", []))
        self.suffix_reject = frozenset(context.get("suffix_reject", []))
        self.not_stations = frozenset(context.get("not_stations", []))
        self.rejects = frozenset(context.get("reject", []))
        self.prefix_ok = frozenset(context.get("prefix_ok", []))
        self.product_forms = frozenset(context.get("product_forms", []))
        # in a Taiwan text also ambiguous: mainland cities named like Taiwan's districts (永康)
        self.ambiguous_in_taiwan = self.ambiguous | frozenset(context.get("taiwan_districts", []))
        # outside a Taiwan text also ambiguous: Taiwan cities named like a common word (桃园)
        self.ambiguous_outside_taiwan = self.ambiguous | frozenset(context.get("words_outside_taiwan", []))
        self.province_short = {name: short for name, short in provinces}
        for line in context.get("country_short_forms", []):  # 印度尼西亚 印尼: 印尼泗水
            country, short = line.split()
            self.province_short[country] = short
        # a county-level city's prefecture-level city, by the first four digits of its adcode
        # (石狮市 350581 -> 泉州市 350500): see _province_before
        prefectures = {e.adcode[:4]: e for e in self.entries
                       if e.level == "prefecture" and len(e.adcode) == 6 and e.adcode.endswith("00")}
        self.prefecture_of = {e.name: prefectures[e.adcode[:4]] for e in self.entries
                              if e.level == "county" and e.adcode[:4] in prefectures}
        # the names (full and short) of the other county-level cities under each county-level city's
        # prefecture (晋江 for 石狮): see _province_before
        kin: dict[str, set[str]] = {}
        for e in self.entries:
            if e.level == "county" and e.adcode[:4] in prefectures:
                kin.setdefault(e.adcode[:4], set()).update(n for n in (e.name, e.short) if n)
        self.kin_names = {e.name: tuple(sorted(kin[e.adcode[:4]] - {e.name, e.short, ""}))
                          for e in self.entries if e.name in self.prefecture_of}
        # the countries of the foreign cities (their `province`), which jieba glues to a capital
        # (法国巴黎, 英国伦敦)
        self.countries = frozenset(e.province for e in self.entries if e.level == "foreign")
        surfaces = [*self.cities, *self.provinces, *self.rejects]
        self.max_len = max((len(s) for s in surfaces), default=0)
        self.surfaces = PrefixIndex(surfaces, min_len=2)
        # Positions worth a look: where some form of two or more characters starts.
        self.first_chars = re.compile("[" + "".join(sorted(map(re.escape, self.surfaces.lengths))) + "]")
        # the first two characters of every form (all have two or more): a cheap test before the
        # lookups at a position
        self.heads = frozenset(form[:2] for form in self.surfaces.forms)

    @classmethod
    def load(cls, rules_dir: Path) -> CityGazetteer:
        """Read the gazetteer and its lists from `rules_dir`."""
        rules_dir = Path(rules_dir)
        rows = csv.DictReader(line for line in read_lines(rules_dir / CITY_FILE) if not line.startswith("#"))
        entries: list[CityEntry] = []
        aliases: dict[str, list[str]] = {}
        for row in rows:
            entries.append(
                CityEntry(
                    name=row["name"].strip(),
                    short=(row.get("short") or "").strip(),
                    province=(row.get("province") or "").strip(),
                    adcode=(row.get("adcode") or "").strip(),
                    level=(row.get("level") or "").strip(),
                    valid_from=_year(row.get("valid_from", "")),
                    valid_to=_year(row.get("valid_to", "")),
                )
            )
            extra = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            if extra:
                aliases.setdefault(row["name"].strip(), []).extend(extra)
        prov_rows = csv.DictReader(
            line for line in read_lines(rules_dir / PROVINCE_FILE) if not line.startswith("#")
        )
        provinces = [(r["name"].strip(), (r.get("short") or "").strip()) for r in prov_rows]
        return cls(
            entries,
            aliases,
            provinces,
            read_lines(rules_dir / SHI_FILE),
            read_lines(rules_dir / AMBIGUOUS_FILE),
            read_sections(rules_dir / CONTEXT_FILE),
        )

    def words(self) -> Iterator[tuple[str, str]]:
        """(surface, "ns") for jieba's user dictionary: unambiguous city forms of 2+ characters."""
        for form in sorted(self.cities):
            if len(form) >= 2 and form not in self.ambiguous and form not in self.provinces:
                yield form, "ns"

    def is_place(self, text: str) -> bool:
        """Whether `text` is a city (any form, any period) or a province name."""
        return text in self.cities or text in self.full_names or text in self.provinces

    def kinds(self, surface: str) -> set[str]:
        """What a surface form can be: city, province, reject."""
        out = set()
        if surface in self.cities:
            out.add(CITY)
        if surface in self.provinces:
            out.add(PROVINCE)
        if surface in self.rejects:
            out.add(REJECT)
        return out

    def entry_for(self, surface: str, ref_year: int | None) -> CityEntry | None:
        """The city a surface names at `ref_year` (the current one when no year is known)."""
        valid = [e for e in self.cities.get(surface, []) if e.valid_in(ref_year)]
        if not valid:
            return None
        valid.sort(key=lambda e: (e.valid_to is not None, -(e.valid_from or 0)))
        return valid[0]


def _shi_inside(text: str, end: int, words: WordIndex, gaz: CityGazetteer, start: int) -> bool:
    """Whether a 市 at `end` belongs to the city name before it (which starts at `start`)."""
    held = words.around(end)
    if held is not None and start < held.start < end and text[start:end] in gaz.ambiguous:
        return False  # 新开|城市|书房: an ambiguous name's last character and 市 are a word (城市)
    if text[end + 1 : end + 2] == "市":  # 深圳市市长: the first 市 ends the name
        return True
    nxt = words.starting_at(end)
    if text.startswith(gaz.shi_words, end):  # a tuple: any of them
        # unless jieba ends a word with this 市 (新北|市, 台北市) before a word that runs past the
        # 市-word: 新北市|外送员, 台北市|内湖 (not 市外, 市内); 宁波市|区 stays 宁波 + 市区
        shi = next(w for w in gaz.shi_words if text.startswith(w, end))
        if shi in gaz.shi_words_always:
            return False
        held = words.around(end)
        after = words.starting_at(end + 1)
        return (held is not None and held.end == end + 1 and after is not None
                and after.end > end + len(shi))
    # jieba knows a dictionary word that starts with this 市 (市容, 市面...): it starts the next word,
    # unless it is 市 glued to a word of its own (新北|市公车: the city's buses)
    if nxt is not None and len(nxt.text) >= 3 and nxt.text.startswith("市") and nxt.text[1:] in _word_tags():
        return True
    return not (nxt is not None and len(nxt.text) >= 2 and nxt.pos and nxt.text.startswith("市"))


def _word_tags() -> dict[str, str]:
    """jieba's dictionary words and their tags (loaded once per process)."""
    return dictionary_tables()[0]


def _boundary_ok(text: str, end: int, words: WordIndex, gaz: CityGazetteer, surface: str = "") -> bool:
    """A match must end on a word boundary, or inside a word whose rest keeps it a city
    (`surface`, the city form matched, for a place word that holds it: 北京王府井)."""
    if end >= len(text) or words.is_end(end) or words.is_start(end):
        return True
    w = words.around(end)
    if w is None:
        return True
    rest = text[end : w.end]
    if w.start == end - 1 and w.text.startswith("市") and rest in _word_tags():
        return True  # 新北市|公车 glued as 新北|市公车 (see _shi_inside)
    if surface and _city_then_place(surface, rest, w, gaz):
        return True
    if rest in gaz.marker_ok and text[w.end:w.end + 1].isdigit():
        return True  # 台|北约|80亿度: the city, then a figure's marker
    return rest.startswith("市") or rest in gaz.suffix_ok


# levels of the cities whose name jieba glues to a place in them (北京王府井, 上海浦东)
_GLUED_LEVELS = frozenset({"municipality", "prefecture", "sar", "taiwan_municipality", "taiwan_city"})


def _city_then_place(surface: str, rest: str, w: Word, gaz: CityGazetteer) -> bool:
    """上海南京路, 北京中南海: a jieba place word made of a city (not a county-level or ambiguous
    one) and a place word in it, not a street named after the city (南京西路)."""
    if w.pos != "ns" or w.start != w.end - len(surface) - len(rest) or len(rest) < 2:
        return False  # the word starts with the city: not 佛|山海关
    if surface in gaz.ambiguous or rest in gaz.suffix_reject:
        return False
    if any(rest.endswith(r) for r in _STREET_ENDS):
        return False
    if _word_tags().get(rest) != "ns":
        return False  # not 中山|纪念堂 (纪念堂 is nr to jieba)
    entries = gaz.cities.get(surface, [])
    return bool(entries) and all(e.level in _GLUED_LEVELS for e in entries)


# the ends of a street named after a city (南京西路, 北京东路): the whole is one street
_STREET_ENDS = ("东路", "西路", "南路", "北路", "中路", "大道", "大街")

# a state or prefecture between a country and its city: 美国亚利桑那州|凤凰城, 日本熊本县|...
_STATE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,6}[州省县縣]$")


# how far before an ambiguous county-level city a sibling city confirms it (与晋江相邻的石狮)
_KIN_WINDOW = 8


def _province_before(text: str, start: int, entry: CityEntry, gaz: CityGazetteer) -> bool:
    """Whether the city's own province (or, abroad, its country) is written right before it,
    for a foreign city also with a state in between (美国亚利桑那州凤凰城); for a county-level city
    also its prefecture's city, 的 between or not (泉州石狮, 同属泉州的石狮), or another county-level city
    under it within eight characters before (与晋江相邻的石狮)."""
    names = {entry.province, gaz.province_short.get(entry.province, "")} - {""}
    if any(text.endswith(n, 0, start) for n in names):
        return True
    prefecture = gaz.prefecture_of.get(entry.name)
    if prefecture is not None:  # 泉州石狮, 同属泉州的石狮: a county-level city after its prefecture's city
        at = start - 1 if text.endswith("的", 0, start) else start
        if any(text.endswith(n, 0, at) for n in (prefecture.name, prefecture.short) if n):
            return True
        # 与晋江相邻的石狮: another county-level city under its prefecture shortly before (not the prefecture
        # itself: 南平市则在武夷山景区 names the mountain)
        window = text[max(0, start - _KIN_WINDOW):start]
        if any(n in window for n in gaz.kin_names.get(entry.name, ())):
            return True
    if entry.level != "foreign" or _STATE_BEFORE.search(text, max(0, start - 7), start) is None:
        return False
    return any(text.endswith(n, 0, start - k) for k in range(2, 8) for n in names)


def _start_ok(i: int, words: WordIndex, text: str, gaz: CityGazetteer) -> bool:
    if words.is_start(i):
        return True
    w = words.around(i)
    if w is None:
        return False
    before = text[w.start : i]
    # a province or a country glued to its city by jieba (云南昆明, 法国巴黎): the city starts here
    return before in gaz.prefix_ok or before in gaz.provinces or before in gaz.countries


def _after_surname(i: int, words: WordIndex) -> bool:
    """Whether a one-character word that jieba tags as a person's name (a surname: 陈, 王, 蒋)
    ends at `i`: a two-character city name after it is the person's given name (陈桂林)."""
    before = words.ending_at(i)
    return before is not None and before.end - before.start == 1 and before.pos == "nr"


def _match_at(
    text: str, i: int, words: WordIndex, gaz: CityGazetteer, ref_year: int | None,
    pending: list[CityMatch] | None = None, ambiguous: frozenset[str] | None = None,
) -> tuple[int, CityMatch | None] | None:
    """The longest acceptable form at `i`: (end, match), with match None for a blocking non-city.
    An ambiguous form (of `ambiguous`, by default the gazetteer's) without 市 or its province is
    left in `pending` (see find_cities)."""
    if ambiguous is None:
        ambiguous = gaz.ambiguous
    for length in gaz.surfaces.matches(text, i):
        surface = text[i : i + length]
        kinds = gaz.kinds(surface)
        end = i + length
        if REJECT in kinds:
            return end, None
        city = CITY in kinds
        shi = city and not surface.endswith("市") and text[end : end + 1] == "市"
        shi_in = shi and _shi_inside(text, end, words, gaz, i)
        if PROVINCE in kinds and not shi_in:
            return end, None  # 山东, 吉林省-less 吉林 (a city only with 市)
        if not city:
            continue
        final = end + 1 if shi_in else end
        quoted = not shi_in and _opens_quoted_name(text, i, final)
        if not _boundary_ok(text, final, words, gaz, "" if shi_in else surface) and not (
                quoted and not _glued_reject(text, i, final, words, gaz)):
            continue  # inside a longer word that is not a city use (北京大学, 南京路); not “英德|红茶”
        nxt = words.starting_at(final)
        if nxt is not None and not shi_in and nxt.text in gaz.cities:
            after = words.starting_at(nxt.end)  # 宁波|舟山|港: a port named after both cities
            if after is not None and after.text in gaz.suffix_reject:
                return end, None
        if (nxt is not None and not shi_in and not _opens_quoted_name(text, i, final)
                and ((nxt.text in gaz.suffix_reject and not _town_named_after(text, nxt, words))
                     or _station_word(nxt.text, gaz) or _station_after(nxt, words))):
            return final, None  # 南京/路, 新北/区, 上海/虹桥站, 上海/虹桥/站
        entry = gaz.entry_for(surface, ref_year)
        if entry is None:
            return end, None  # not (or no longer / not yet) a city at the article's date
        if surface in ambiguous and not shi_in and not _province_before(text, i, entry, gaz):
            if pending is not None and not (length == 2 and _after_surname(i, words)):
                pending.append(CityMatch(i, final, text[i:final], entry.name))
            return end, None
        if length == 2 and not shi_in and _after_surname(i, words):
            return end, None  # a given name: 陈桂林, 王西安, 蒋玉林
        return final, CityMatch(i, final, text[i:final], entry.name)
    return None


def _town_named_after(text: str, head: Word, words: WordIndex) -> bool:
    """苏州|镇|湖刺绣 … 镇湖街道: a town head after the city (镇, 乡) with the word after it is a town
    of the city that the article names with its own head elsewhere (镇湖街道, 镇湖镇), not a town
    named after the city."""
    if len(head.text) != 1:
        return False
    after = words.starting_at(head.end)
    if after is None or not after.text or not "\u4e00" <= after.text[0] <= "\u9fff":
        return False
    towns = {head.text + after.text, head.text + after.text[:1]}  # (镇|湖, 镇|龙华 or 镇|龙)
    return any(town + h in text for town in towns for h in _TOWN_NAME_HEADS)


# the heads a town of a city is named with (镇湖街道, 镇龙镇)
_TOWN_NAME_HEADS = ("街道", "镇", "乡", "村")


_OPEN_QUOTES = "“「《\"'"
_CLOSE_QUOTES = "”」》\"'"


def _glued_reject(text: str, start: int, end: int, words: WordIndex, gaz: CityGazetteer) -> bool:
    """Whether the word jieba glued the city into is a word of its own: a dictionary word (大理石,
    岳阳楼, 洛阳纸贵), or one that makes it another place's name (南京|路). A person's name jieba
    guessed (“英德红|茶”) or a word it does not know is no such word."""
    w = words.starting_at(start)
    if w is None or w.end <= end:
        return False
    return text[end:w.end] in gaz.suffix_reject or w.pos not in ("", "nr", "nrfg", "nrt")


def _opens_quoted_name(text: str, start: int, end: int) -> bool:
    """“丽水山耕”: the city opens a short quoted name (a brand, a campaign), whose city counts
    (SPEC: a city inside a product or event name); the word after it (山) is the name's."""
    if start == 0 or text[start - 1] not in _OPEN_QUOTES:
        return False
    close = next((k for k in range(end, min(end + 6, len(text))) if text[k] in _CLOSE_QUOTES), None)
    return close is not None and close > end


def _station_word(word: str, gaz: CityGazetteer) -> bool:
    """A station's own name as one word after a city (虹桥站, 南站): the city names the station;
    not a common word ending in 站 (车站, 网站: rules/city_context.txt [not_stations])."""
    return 2 <= len(word) <= 4 and word.endswith("站") and word not in gaz.not_stations


def _station_after(nxt: Word, words: WordIndex) -> bool:
    """A station named by a district after the city, cut in two (上海|虹桥|站), or by two short
    nouns (西安|国际|港|站: Xi'an's international rail port station)."""
    after = words.starting_at(nxt.end)
    if after is not None and after.text == "站" and len(nxt.text) == 2 and nxt.pos == "ns":
        return True
    if after is None or nxt.pos not in _STATION_NOUN_TAGS or after.pos not in _STATION_NOUN_TAGS:
        return False
    if len(nxt.text) + len(after.text) != 3:
        return False  # 国际|港 (two and one characters), not a longer run of words
    last = words.starting_at(after.end)
    return last is not None and last.text == "站"


# tags of the two short words of a station's name between a city and 站 (国际/n 港/j)
_STATION_NOUN_TAGS = frozenset({"n", "j", "nz"})


def find_cities(
    text: str, words: Sequence[Word], gazetteer: CityGazetteer, ref_year: int | None = None,
    taiwan: bool = False,
) -> list[CityMatch]:
    """CITY candidates in `text` (simplified), using its jieba `words` for boundaries. In a
    `taiwan` text, mainland cities named like Taiwan's districts need 市 or their province too;
    outside one, Taiwan cities named like a common word (桃园)."""
    ambiguous = gazetteer.ambiguous_in_taiwan if taiwan else gazetteer.ambiguous_outside_taiwan
    if not words:  # no segmentation: every character boundary is a word boundary
        words = [Word(ch, k, k + 1, "") for k, ch in enumerate(text)]
    idx = word_index(held_words(words))
    out: list[CityMatch] = []
    pending: list[CityMatch] = []  # ambiguous forms not confirmed where they stand
    heads = gazetteer.heads
    resume = 0  # where the last match ended: positions before it are inside it
    for hit in gazetteer.first_chars.finditer(text):
        i = hit.start()
        if i < resume or text[i:i + 2] not in heads:  # inside a match, or no form starts here
            continue
        found = (_match_at(text, i, idx, gazetteer, ref_year, pending, ambiguous)
                 if _start_ok(i, idx, text, gazetteer) else None)
        if found is None:
            continue
        end, match = found
        if (match is not None and not _in_foreign_name(text, match.start, match.end)
                and not (out and out[-1].end == match.start
                         and _district_of(out[-1], match, gazetteer, ref_year))):
            out.append(match)
        resume = max(end, i + 1)
    out = _glued_list_heads(text, out, idx, gazetteer, ref_year)
    return _confirmed(text, out, pending, gazetteer) if pending else out


def _glued_list_heads(
    text: str, out: list[CityMatch], idx: WordIndex, gaz: CityGazetteer, ref_year: int | None
) -> list[CityMatch]:
    """The first item of a list of three or more cities whose first character jieba glued to the
    word before (以来|自首|尔、马尼拉、曼谷及东京): a city form that ends at a word end right
    before the list's 、, starting inside a word. Not an ambiguous form."""
    by_start = {m.start: m for m in out}
    ends = {m.end for m in out}
    extra: list[CityMatch] = []
    for m in out:
        end = m.start - 1
        if (text[end:m.start] != "、" or end in ends or text[m.end:m.end + 1] not in _LIST_JOINERS
                or m.end + 1 not in by_start or not idx.is_end(end)):
            continue
        for k in range(min(gaz.max_len, end), 1, -1):
            form = text[end - k:end]
            if idx.is_start(end - k) or form in gaz.ambiguous:
                continue  # a word start is the main scan's (it found nothing there)
            entry = gaz.entry_for(form, ref_year)
            if entry is not None:
                extra.append(CityMatch(end - k, end, form, entry.name))
                break
    return sorted([*out, *extra], key=lambda m: m.start) if extra else out


def _district_of(before: CityMatch, match: CityMatch, gaz: CityGazetteer, ref_year: int | None) -> bool:
    """台南永康: a county-level city's form right after a city of another province is a district
    of that city (Tainan's 永康区), not the county-level city (浙江 永康市); 金华义乌 is one."""
    first, second = gaz.entry_for(before.text, ref_year), gaz.entry_for(match.text, ref_year)
    return (first is not None and second is not None and second.level == "county"
            and first.level != "foreign" and first.province != second.province)


def _in_foreign_name(text: str, start: int, end: int) -> bool:
    """A city's form written against a name dot is part of a person's name."""
    return (end < len(text) and text[end] in NAME_DOTS) or (start > 0 and text[start - 1] in NAME_DOTS)


_LIST_JOINERS = ("、", "及", "和", "与", "至")  # between the items of a list or route of cities


def _confirmed(
    text: str, found: list[CityMatch], pending: list[CityMatch], gaz: CityGazetteer
) -> list[CityMatch]:
    """Ambiguous forms that the article shows to be the city: the same form is a CITY elsewhere
    in it (with 市 or its country: 美国…凤凰城 … 凤凰城新厂; with 市 inside a name too), or it
    stands in a list with other cities (安康、汉中、商洛三市), or a foreign city's form beside one
    other foreign city (其在列日、圣保罗的分拨中心, 汉堡和鹿特丹) or in a paragraph that names its
    country."""
    seen = {m.normalized for m in found}
    by_start = {m.start: m for m in found}
    by_end = {m.end: m for m in found}

    def foreign(m: CityMatch) -> bool:
        entries = gaz.cities.get(m.text, [])
        return bool(entries) and all(e.level == "foreign" for e in entries)

    def beside_foreign(m: CityMatch) -> bool:
        """A foreign form right before or after one foreign city, joined by 、 or a list's last
        joiner (列日、圣保罗, 运往汉堡和鹿特丹)."""
        after = by_start.get(m.end + 1) if text[m.end:m.end + 1] in _LIST_JOINERS else None
        before = by_end.get(m.start - 1) if text[m.start - 1:m.start] in _LIST_JOINERS else None
        return foreign(m) and any(x is not None and foreign(x) for x in (after, before))

    def listed_with(m: CityMatch) -> int:
        """How many cities the list of 、 around `m` holds (安康、汉中、商洛三市: 2); its last item
        may follow 及, 和, 与 or 至 (胡志明市、河内及金边: 2; 义乌至马德里、列日: 2). A list that a
        collective word closes (腾冲、弥勒两地; rules/city_context.txt [collectives]) counts one more,
        for a form no county shares (not 台北、新竹等地)."""
        n, pos = 0, m.end
        while text[pos:pos + 1] in _LIST_JOINERS and pos + 1 in by_start:
            n, pos = n + 1, by_start[pos + 1].end
        list_end, pos = pos, m.start
        while text[pos - 1:pos] in _LIST_JOINERS and pos - 1 in by_end:
            n, pos = n + 1, by_end[pos - 1].start
        return n + (n > 0 and text.startswith(gaz.collectives, list_end) and confirmable(m))

    def confirmable(m: CityMatch, listed: bool = False) -> bool:
        """Not a mountain (峨眉山: the article names the city and the mountain), unless `listed` with
        another city (在长葛、江山设立), and not a form that a county shares (新竹: 新竹县 too)."""
        return (listed or not m.text.endswith("山")) and REJECT not in gaz.kinds(m.text + "县")

    def country_in_paragraph(m: CityMatch) -> bool:
        """A foreign form whose country the same paragraph names (在越南、印尼和柬埔寨设厂…。奥康在
        金边的合作工厂): the city, as no other reading of the form goes with that country."""
        if not foreign(m):
            return False
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        paragraph = text[start:end if end >= 0 else len(text)]
        return any(e.province and e.province in paragraph for e in gaz.cities.get(m.text, []))

    def named_with_shi(m: CityMatch) -> bool:
        """The city's full name with 市 written elsewhere in the article, even inside an ORG's name
        (江山市农业农村局 … 在长葛、江山设立)."""
        return m.normalized != m.text and m.normalized.endswith("市") and m.normalized in text

    def confirmed(m: CityMatch) -> bool:
        listed = listed_with(m)  # (a product's form, 普洱, is not confirmed by its name elsewhere)
        named = (m.normalized in seen or named_with_shi(m)) and m.text not in gaz.product_forms
        return ((named and confirmable(m, listed > 0)) or listed >= 2
                or beside_foreign(m) or country_in_paragraph(m))

    extra = [m for m in pending if confirmed(m)]
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda m: m.start)
