"""Find METRIC mentions (counts, money, percentages, multiples) in Chinese text.

Pure, no spaCy: the recognizer hands in the text and the DATE spans and gets
`MetricMatch`es back. Every word list (units, markers, words that make a
number an ordinal, a code or a name) lives in `rules/metrics/`, so adding a
unit or a marker never needs a code change. SPEC 3 "METRIC" is the contract;
the reasons for each rule are in the rule files' headers.

The finder works in three passes: read every number with what is written
around it, let coordinated figures share the unit written once after the
last (`350万和420万人次`), then drop what is not a measurement (bare numerals,
durations, years, codes).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from pipeline.finders.first_chars import compile_prefiltered
from pipeline.finders.prefix import PrefixIndex, by_first_char, by_last_char
from pipeline.normalize.numbers import char_mapper, numeral_table, parse_decimal
from pipeline.rulefiles import read_lines, read_table

RULES = Path(__file__).resolve().parent.parent.parent / "rules" / "metrics"

# Full-width ASCII to ASCII, one for one, except the full-width comma, which is
# a clause comma in Chinese text and must not become a thousands separator.
_to_halfwidth = char_mapper({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if code != 0xFF0C})

_PUNCT = set("，。；！？、：,.;!?:（）()【】[]《》<>“”\"‘’'「」『』 \t\r\n—–-~～/|·…")
_CLAUSE_END = set("，。；！？,;!?\n：:（）()")
# Joiners after which a figure shares the unit of the next (SPEC: 和 / 、 / 至).
_RANGE_JOINERS = {"至", "到", "-", "~", "～", "—", "–", "－"}
_LIST_JOINERS = {"和", "与", "與", "及", "或", "、", "或者", "以及"}
# What may follow a bare figure that has no unit: punctuation, a particle, a joiner.
_BARE_FOLLOWERS = ("的", "了", "和", "与", "與", "及", "或", "至", "到", "、", "是", "为", "為", "左右",
                   # a verb of change after the figure (约0.6升至0.78): a value, not a label
                   "升至", "降至", "增至", "减至", "減至", "跌至", "涨至", "漲至",
                   "上升", "下降", "提高", "降低")

# `·` is the decimal point of some mainland print styles (６１·８％).
_ARABIC = r"[0-9]{1,3}(?:,[0-9]{3})+(?:[.·][0-9]+)?(?![0-9])|[0-9]+(?:[.·][0-9]+)?"
_LATIN_RUN = re.compile(r"[A-Za-z]+")
_URL = re.compile(r"(?:https?://|www\.)[\w\-./?%&=#:~+]+|[\w.+-]+@[\w-]+\.[\w.-]+", re.ASCII)
_CODE_LIKE = compile_prefiltered(
    r"(?<![0-9])(?:[0-9]{2,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}"  # 2017-05-03, 2017.5.3
    r"|(?:19|20)[0-9]{2}[-/.](?:0?[1-9]|1[0-2])(?![0-9]|[万亿萬億兆千百%])"  # 2017-05, not 2089.6万
    r"|[0-9]+[:∶][0-9]+(?:[:∶][0-9]+)?"  # 10:30, 200:58, a score 4∶1
    r"|[0-9]+/[0-9]+"  # 1/3, 5/12: a date or a fraction, too ambiguous to read
    r"|[0-9]{3,4}-[0-9]{7,8}"  # phone 010-12345678
    r"|[0-9]+(?:\.[0-9]+){2,})",  # version 1.2.3
    re.ASCII,
)


@dataclass(frozen=True)
class MetricMatch:
    """One METRIC mention: offsets into the given text, value in base units, unsigned."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str
    subject: str


@dataclass(frozen=True)
class Unit:
    form: str
    unit: str
    kind: str
    yi_ok: bool
    not_before: tuple[str, ...]
    before_ok: tuple[str, ...] = ()  # longer text after it that is fine despite not_before (元|月票)


@dataclass(frozen=True)
class Marker:
    form: str
    qualifier: str
    position: str
    separable: bool
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    after_ok: tuple[str, ...] = ()  # longer text before it that is fine despite not_after (折合|约)

    def blocked_before(self, text: str, head: int) -> bool:
        """Whether the text before `head` (where the marker starts) makes it part of another word."""
        if any(text.startswith(ok, head - len(ok)) for ok in self.after_ok if head >= len(ok)):
            return False
        return any(text.startswith(na, head - len(na)) for na in self.not_after if head >= len(na))


def _lines(name: str) -> list[str]:
    return read_lines(RULES / name)


def _numeral_places() -> dict[str, tuple[str, ...]]:
    """Places whose names start with a Chinese numeral (七台河, 三门峡, 五家渠; Taiwan's 三重区), by
    first character, longest first: rules/cities.csv and the district lists of rules/jieba/."""
    table = numeral_table()
    numerals = set(table.digits) | set(table.mags)
    forms: set[str] = set()
    for row in read_table(RULES.parent / "cities.csv"):
        forms.update(f for f in (row["name"], row["short"], *_alts(row.get("aliases") or "")) if f)
    for name in ("taiwan_districts.txt", "hk_macao_districts.txt"):
        path = RULES.parent / "jieba" / name
        if path.exists():
            forms.update(line.split()[0] for line in read_lines(path))
    places = sorted((f for f in forms if len(f) >= 2 and f[0] in numerals), key=len, reverse=True)
    return {ch: tuple(f for f in places if f[0] == ch) for ch in {f[0] for f in places}}


def _rows(name: str) -> list[dict[str, str]]:
    return read_table(RULES / name)


def _alts(value: str) -> tuple[str, ...]:
    return tuple(part for part in value.split("|") if part)


def _split_exceptions(items: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(blocking words, exceptions): an item written !xx is longer text that is fine all the same."""
    return (tuple(a for a in items if not a.startswith("!")),
            tuple(a[1:] for a in items if a.startswith("!")))


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_NUMERAL_CHARS = "0123456789零〇一二三四五六七八九十百千万两"


def _phrase_spans(text: str, phrases: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where the phrases of not_metric_phrases.txt stand; one that opens with a numeral does not
    start right after another numeral: 十二次 is twelve times, not 十 and 二次 (secondary). (Checked
    on each match: a lookbehind in the pattern made the regex scan every position, 20x slower.)"""
    digits = _NUMERAL_CHARS
    return [m.span() for m in phrases.finditer(text)
            if not (m.start() and text[m.start()] in digits and text[m.start() - 1] in digits)]


@dataclass
class Rules:
    """Every rule list, loaded once, with the regexes built from them."""

    units: dict[str, Unit] = field(default_factory=dict)
    markers: dict[tuple[str, str], Marker] = field(default_factory=dict)
    by_position: dict[str, tuple[Marker, ...]] = field(default_factory=dict)
    currency_prefixes: tuple[tuple[str, str], ...] = ()
    verbs: tuple[str, ...] = ()
    object_verb: re.Pattern[str] | None = None  # object_verbs.txt, then the object, at the end
    object_verb_reach: int = 0  # how far back object_verb may start: the longest verb and an object
    have_verb: re.Pattern[str] | None = None  # have_verbs.txt, then a longer object, at the end
    cues: tuple[str, ...] = ()
    cues_after: tuple[str, ...] = ()  # verbs of change right after a time figure (5.5年缩短)
    change_to: tuple[str, ...] = ()  # 降至 between two time figures of one statistic (约180天降至约120天)
    arabic_only_units: frozenset[str] = frozenset()  # 仙: a unit only after Arabic digits (not 八仙)
    index_cues: tuple[str, ...] = ()
    score_cues: tuple[str, ...] = ()  # 评分, 得分: a figure in 分 is a rating after one
    day_parts: tuple[str, ...] = ()
    list_item_stops: frozenset[str] = frozenset()  # 在, digits: no item of a list (在南宁、柳州两场)
    list_item_stops_inside: frozenset[str] = frozenset()  # 的, 了, 得: not after an item's first character
    not_before: dict[str, tuple[str, ...]] = field(default_factory=dict)
    labels: frozenset[str] = frozenset()  # not_before words of kind label (编号, 航班: codes follow)
    latin_labels: frozenset[str] = frozenset()  # GDP, CPI: Latin names of a statistic before its figure
    not_after: tuple[str, ...] = ()
    marked_counts: frozenset[str] = frozenset()  # not_after words that count after a marker (约12期)
    phrases: re.Pattern[str] | None = None
    vague_before: tuple[str, ...] = ()
    vague_after: tuple[str, ...] = ()
    n_da_not_before: frozenset[str] = frozenset()
    subject_stops: tuple[str, ...] = ()
    bare_value_words: tuple[str, ...] = ()
    ordinal_list: re.Pattern[str] | None = None
    number: re.Pattern[str] | None = None
    unit_lengths_at: dict[str, tuple[int, ...]] = field(default_factory=dict)  # by first character
    mag_initial_units: tuple[str, ...] = ()
    per_units: dict[str, str] = field(default_factory=dict)  # denominator as written -> simplified
    per_lengths: tuple[int, ...] = ()
    numeral_places: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def marker_forms(self, position: str) -> tuple[Marker, ...]:
        """Markers written at `position`, longest first (不超过 before 超过)."""
        return self.by_position.get(position, ())

    # The word lists grouped by first or last character (same order inside a group): the
    # finder asks only the words that can touch the number, not every word of a list.
    @cached_property
    def markers_ending(self) -> dict[str, dict[str, tuple[Marker, ...]]]:
        return {pos: by_last_char(ms, _form) for pos, ms in self.by_position.items()}

    @cached_property
    def markers_starting(self) -> dict[str, dict[str, tuple[Marker, ...]]]:
        return {pos: by_first_char(ms, _form) for pos, ms in self.by_position.items()}

    @cached_property
    def currency_ending(self) -> dict[str, tuple[tuple[str, str], ...]]:
        return by_last_char(self.currency_prefixes, _first)

    @cached_property
    def verbs_ending(self) -> dict[str, tuple[str, ...]]:
        return by_last_char(self.verbs)

    @cached_property
    def not_before_ending(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        return by_last_char(self.not_before.items(), _first)

    @cached_property
    def not_after_starting(self) -> dict[str, tuple[str, ...]]:
        return by_first_char(self.not_after)

    @cached_property
    def mag_units_starting(self) -> dict[str, tuple[str, ...]]:
        return by_first_char(self.mag_initial_units)

    @cached_property
    def vague_before_ending(self) -> dict[str, tuple[str, ...]]:
        return by_last_char(self.vague_before)

    @cached_property
    def vague_after_starting(self) -> dict[str, tuple[str, ...]]:
        return by_first_char(self.vague_after)

    @cached_property
    def subject_stops_starting(self) -> dict[str, tuple[str, ...]]:
        return by_first_char(self.subject_stops)


def _form(marker: Marker) -> str:
    return marker.form


def _first(pair: tuple[str, Any]) -> str:
    return pair[0]


# the most characters of an object between a verb of object_verbs.txt and its figure (约|耗用铝材|1.2公斤),
# or of each of two objects joined by 及, 和 or 与 (约有|蛇羹师傅及从业员|1,100人)
_OBJECT_MAX = 3
_JOINED_OBJECT_MAX = 4
# the most characters of what a verb of having (have_verbs.txt) has before the figure
# (约有|茶餐厅从业员|3,800人)
_HAVE_OBJECT_MAX = 8


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Read rules/metrics/ once per process and precompile the number regex."""
    rules = Rules()
    for row in _rows("units.csv"):
        rules.units[row["form"]] = Unit(
            row["form"], row["unit"], row["kind"], row["yi_ok"] == "1",
            *_split_exceptions(_alts(row["not_before"])),
        )
    for row in _rows("markers.csv"):
        not_after, after_ok = _split_exceptions(_alts(row["not_after"]))
        marker = Marker(
            row["form"], row["qualifier"], row["position"], row["separable"] == "1",
            not_after, _alts(row["not_before"]), after_ok,
        )
        rules.markers[(marker.position, marker.form)] = marker
    for position in {pos for pos, _ in rules.markers}:
        found = [m for (pos, _), m in rules.markers.items() if pos == position]
        rules.by_position[position] = tuple(sorted(found, key=lambda m: len(m.form), reverse=True))
    prefixes = [(row["form"], row["unit"]) for row in _rows("currency_prefixes.csv")]
    rules.currency_prefixes = tuple(sorted(prefixes, key=lambda p: len(p[0]), reverse=True))
    rules.verbs = tuple(sorted(_lines("separating_verbs.txt"), key=len, reverse=True))
    object_verbs = sorted(_lines("object_verbs.txt"), key=len, reverse=True)
    if object_verbs:
        cjk = "[\u4e00-\u9fff]"
        rules.object_verb = re.compile(
            "(?:" + "|".join(map(re.escape, object_verbs)) + f")(?:{cjk}{{0,{_OBJECT_MAX}}}"
            f"|{cjk}{{1,{_JOINED_OBJECT_MAX}}}[及和与]{cjk}{{1,{_JOINED_OBJECT_MAX}}})$")
        rules.object_verb_reach = len(object_verbs[0]) + 2 * _JOINED_OBJECT_MAX + 1
    have_verbs = sorted(_lines("have_verbs.txt"), key=len, reverse=True)
    if have_verbs:  # 约有|茶餐厅从业员|3,800人: what is had, up to eight characters, no figure in it
        had = f"[^{_NUMERAL_CHARS}\\W]{{1,{_HAVE_OBJECT_MAX}}}"
        rules.have_verb = re.compile("(?:" + "|".join(map(re.escape, have_verbs)) + f"){had}$")
    rules.cues = tuple(_lines("stat_cues.txt"))
    rules.cues_after = tuple(_lines("stat_cues_after.txt"))
    rules.change_to = tuple(_lines("stat_change_to.txt"))
    rules.arabic_only_units = frozenset(_lines("arabic_only_units.txt"))
    rules.index_cues = tuple(_lines("index_cues.txt"))
    rules.score_cues = tuple(_lines("score_cues.txt"))
    rules.day_parts = tuple(_lines("day_parts.txt"))
    rules.latin_labels = frozenset(_lines("latin_labels.txt"))
    item_stops = [line.split() for line in _lines("list_item_stops.txt")]
    rules.list_item_stops = frozenset(p[0] for p in item_stops if p[1:] != ["inside"])
    rules.list_item_stops_inside = frozenset(p[0] for p in item_stops if p[1:] == ["inside"])
    before_rows = _rows("not_metric_before.csv")
    rules.not_before = {row["word"]: _alts(row["except_after"]) for row in before_rows}
    rules.labels = frozenset(row["word"] for row in before_rows if row["kind"] == "label")
    rules.not_after = tuple(sorted(_lines("not_metric_after.txt"), key=len, reverse=True))
    rules.marked_counts = frozenset(_lines("marked_counts.txt"))
    rules.phrases = re.compile(_alternation(_lines("not_metric_phrases.txt")))
    vague = _rows("vague_words.csv")
    rules.vague_before = tuple(r["word"] for r in vague if r["position"] in ("before", "both"))
    rules.vague_after = tuple(r["word"] for r in vague if r["position"] in ("after", "both"))
    rules.n_da_not_before = frozenset(_lines("n_da_not_before.txt"))
    rules.bare_value_words = tuple(_lines("bare_value_words.txt"))
    rules.subject_stops = tuple(sorted(_lines("subject_stops.txt"), key=len, reverse=True))
    rules.numeral_places = _numeral_places()
    table = numeral_table()
    cn = re.escape(table.chars())
    digits = re.escape("".join([*table.digits, *table.zeros]))
    points = re.escape("".join(table.points))
    mags = re.escape("".join([*table.small, *table.big]))
    big = re.escape("".join(table.big))
    infixes = _alternation([m.form for m in rules.marker_forms("infix")])
    # 1亿2000万: digits split by 亿 (or 兆) before a smaller section are one number; the digits
    # after a 亿 must be followed by another magnitude (3亿5G is 3亿 and 5G), or be the whole
    # last section, three or four digits (2萬6,512棟, 2萬381棟: Taiwan writes counts so)
    last_section = r"[0-9],[0-9]{3}(?![0-9,])|[0-9]{3,4}(?![0-9.,])"
    rules.number = compile_prefiltered(
        rf"(?P<mant>{_ARABIC}(?:[{big}](?:[0-9]+(?=[{big}])|{last_section}))*"
        rf"|[{cn}]+(?:[{points}][{digits}]+[{big}]*)?)"
        rf"(?P<infix>{infixes})?(?P<mag>[{mags}]*)(?P<infix2>{infixes})?"
    )
    ordinal = [row["word"] for row in _rows("not_metric_before.csv") if row["kind"] == "ordinal"]
    joiners = _alternation([*_LIST_JOINERS, *_RANGE_JOINERS])
    if ordinal:
        rules.ordinal_list = re.compile(rf"(?:{_alternation(ordinal)})[0-9{cn}]+(?:{joiners})$")
    rules.unit_lengths_at = PrefixIndex(rules.units).lengths
    rules.per_units = {row["form"]: row["unit"] for row in _rows("per_units.csv")}
    rules.per_lengths = tuple(sorted({len(f) for f in rules.per_units}, reverse=True))
    mag_chars = set(table.mags)
    rules.mag_initial_units = tuple(f for f in rules.units if f[0] in mag_chars)
    return rules


@dataclass(slots=True)  # one per number of the text: slots make and read it faster
class _Cand:
    """A number being read: core [start, end) plus markers and unit around it."""

    start: int  # span start (prefix marker included)
    core_start: int
    core_end: int  # after number + magnitude (+ unit when written)
    end: int  # span end (suffix marker included)
    mant: str
    mag: str
    arabic: bool
    unit: Unit | None = None
    prefix_q: str = ""
    infix_q: str = ""
    suffix_q: str = ""
    fraction: Decimal | None = None  # percent value of N分之M
    n_da: bool = False
    prefix_unit: str = ""
    num_end: int = 0  # after number + magnitude, before the unit


def find_metrics(text: str, excluded: Sequence[tuple[int, int]] = ()) -> list[MetricMatch]:
    """Every METRIC in `text`, in order; none overlaps an `excluded` range (the DATE spans)."""
    rules = load_rules()
    norm = _to_halfwidth(text)
    blocked = [(m.start(), m.end()) for m in _URL.finditer(norm)]
    blocked += [(m.start(), m.end()) for m in _CODE_LIKE.finditer(norm)]
    assert rules.phrases is not None and rules.number is not None
    blocked += _phrase_spans(norm, rules.phrases)
    claimed = [(s, e) for s, e in excluded if e > s]

    cands: list[_Cand] = []
    pos = 0
    while True:
        match = rules.number.search(norm, pos)
        if not match:
            break
        cand = _read(norm, match, rules)
        if cand is None:
            pos = match.end() if match.end() > match.start() else match.start() + 1
            continue
        pos = max(cand.end, match.start() + 1)
        if _overlaps((cand.core_start, cand.core_end), blocked) or _overlaps(
            (cand.core_start, cand.core_end), claimed
        ):
            continue
        if not cand.arabic and _inside_place_name(norm, cand, rules):
            continue  # 三门|峡市, 七台|河市: a place's name, no count
        _trim_markers(cand, claimed + blocked)
        cands.append(cand)

    _share_units(norm, cands)
    out: list[MetricMatch] = []
    for cand in cands:
        value = _value(cand)
        if value is None or not _keep(norm, cand, rules):
            continue
        unit = cand.unit.unit if cand.unit else cand.prefix_unit
        if cand.fraction is not None:
            unit = "%"
        qualifier = cand.prefix_q or cand.suffix_q or cand.infix_q or "exact"
        out.append(
            MetricMatch(
                cand.start, cand.end, text[cand.start:cand.end], float(abs(value)), unit, qualifier,
                _subject(norm, cand, rules),
            )
        )
    return out


def _inside_place_name(text: str, cand: _Cand, rules: Rules) -> bool:
    """Whether a place whose name starts with a numeral starts where the figure does and runs past
    its end (三门峡市农业农村局: not 三门; 十六安置点 stays 十六, as 六安 starts inside it)."""
    start = cand.core_start
    return any(text.startswith(place, start) and start + len(place) > cand.core_end
               for place in rules.numeral_places.get(text[start:start + 1], ()))


def _overlaps(span: tuple[int, int], ranges: Sequence[tuple[int, int]]) -> bool:
    start, end = span
    for s, e in ranges:  # (a loop: any() over a generator costs more for these short lists)
        if s < end and start < e:
            return True
    return False


def _trim_markers(cand: _Cand, ranges: Sequence[tuple[int, int]]) -> None:
    """A marker claimed by another span (a DATE) stays out of the METRIC."""
    if cand.start < cand.core_start and _overlaps((cand.start, cand.core_start), ranges):
        cand.start, cand.prefix_q = cand.core_start, ""
    if cand.end > cand.core_end and _overlaps((cand.core_end, cand.end), ranges):
        cand.end, cand.suffix_q = cand.core_end, ""


def _latin_label_before(text: str, s: int, rules: Rules) -> bool:
    """A statistic's Latin name right before the number (GDP20680.9亿元): a label, not a code."""
    k = s
    while k > 0 and "A" <= text[k - 1].upper() <= "Z" and s - k <= 8:
        k -= 1
    return k < s and text[k:s] in rules.latin_labels and not (k > 0 and text[k - 1].isdigit())


def _read(text: str, match: re.Match[str], rules: Rules) -> _Cand | None:
    """Read one number and what is written around it, or None when it cannot be a METRIC."""
    s = match.start()
    mant, infix, mag = match.group("mant"), match.group("infix") or "", match.group("mag")
    infix2 = match.group("infix2") or ""
    if infix2 and (infix or not mag):
        return None  # 三多多: not a number
    arabic = mant[0].isdigit()
    before = text[max(0, s - 2):s]
    code = before and (_is_ascii_alnum(before[-1]) or before[-1] in "._" and _is_ascii_alnum(before[0]))
    if arabic and code and not _latin_label_before(text, s, rules):
        return None  # K5, CA1234, PM2.5, iPhone8, v1.2
    # a code after a label (航班CA1234, 编号123) has no magnitude, decimal or marker: 航班1.12万架次 counts
    counted = bool(mag or infix or infix2 or "." in mant)
    blocked = _blocked_before(text, s, rules, counted=counted)
    if blocked and not counted and _unit_at(text, match.end(), rules) is not None:
        blocked = _blocked_before(text, s, rules, counted=True)  # 航班412架次 (not 航班1234)
    if blocked:
        return None

    # 百分之八十五, 三分之一: N分之M is a fraction, shown as a percentage.
    after_num = match.end("mant") if not (infix or mag) else match.end("mag")
    if text.startswith("分之", after_num) and not infix and not infix2:
        tail = rules.number.match(text, after_num + 2) if rules.number else None
        denominator = parse_decimal(mant + mag)
        # the numerator ends at its digits: 三分之一来自 is 三分之一 (来 starts 来自, no approximation)
        numerator = parse_decimal(tail.group("mant")) if tail else None
        if not tail or denominator is None or numerator is None or denominator == 0:
            return None
        end = tail.end("mant")
        infix_q = ""
        marker = next((m for m in rules.marker_forms("infix") if m.form == tail.group("infix")), None)
        if marker is not None and not text.startswith(marker.not_before, tail.end("infix")):
            end, infix_q = tail.end("infix"), marker.qualifier  # 百分之九十多 (not 三分之一来自)
        cand = _Cand(s, s, end, end, mant, mag, arabic, fraction=numerator * 100 / denominator, num_end=end)
        cand.infix_q = infix_q
        _markers(text, cand, rules)
        return cand

    core_end = match.end()
    # 3千克, 5万千瓦, 3.5百分点: a unit that starts with a magnitude character keeps it.
    mag_start = match.end("infix") if infix else match.end("mant")
    if not arabic and not infix and not mag:
        for k in range(1, len(mant)):
            if text.startswith(rules.mag_units_starting.get(text[s + k], ()), s + k):
                mant, core_end = mant[:k], s + k
                break
    for k in range(len(mag)):
        units = rules.mag_units_starting.get(text[mag_start + k : mag_start + k + 1], ())
        if text.startswith(units, mag_start + k):
            mag, core_end, infix2 = mag[:k], mag_start + k, ""
            break
    infix = infix or infix2
    cand = _Cand(s, s, core_end, core_end, mant, mag, arabic, num_end=core_end)
    if infix:
        marker = rules.markers.get(("infix", infix))
        if marker is not None:
            cand.infix_q = marker.qualifier

    rest = text[core_end:core_end + 6]
    unit = _unit_at(text, core_end, rules, number_start=s)
    blocking = [word for word in rules.not_after_starting.get(rest[:1], ()) if rest.startswith(word)]
    scored = unit is not None and unit.kind == "score" and _has_cue(text, s, rules.score_cues)
    marked = (bool(blocking) and blocking[0] in rules.marked_counts
              and _marker_ending_at(text, s, rules) is not None)
    if blocking and (unit is None or len(unit.form) <= len(blocking[0])) and not scored and not marked:
        return None  # 3号线, 10点30分; a longer unit wins (30分钟 is minutes, not 分), a rating too
    latin = _LATIN_RUN.match(text, core_end, core_end + 8)
    if latin and (unit is None or not unit.form.isascii()):
        return None  # 5G, 4K, 3D: a code, not a figure
    if unit is not None:
        cand.unit = unit
        cand.core_end = cand.end = core_end + len(unit.form)
    elif _is_n_da(text, core_end, mant, mag, infix, rules):
        cand.n_da = True
    _markers(text, cand, rules)
    return cand


def _blocked_before(text: str, s: int, rules: Rules, counted: bool = False) -> bool:
    """An ordinal, a weekday or a code label right before the number (第二个, 周5, 编号123);
    a `counted` number (one with a magnitude, a decimal or a marker) is no code."""
    if rules.ordinal_list and rules.ordinal_list.search(text, max(0, s - 12), s):
        return True  # 第一、二名: the later items of an ordinal list are ordinals too
    for word, exceptions in rules.not_before_ending.get(text[s - 1 : s] if s else "", ()):
        if counted and word in rules.labels:
            continue
        if text.startswith(word, s - len(word)) and s >= len(word):
            prev = text[s - len(word) - 1] if s > len(word) else ""
            if not prev or prev not in exceptions:
                return True
    return False


def _unit_at(text: str, pos: int, rules: Rules, number_start: int | None = None) -> Unit | None:
    """The longest unit written at `pos` that is not the start of another word.

    `number_start`: where the number starts; a marker before it (约三成为港人) makes 成 the share
    even where it starts a word (成为), as nobody writes 约三 alone.
    """
    for length in rules.unit_lengths_at.get(text[pos:pos + 1], ()):  # the units starting here
        form = text[pos:pos + length]
        unit = rules.units.get(form)
        if unit is None or len(form) < length:
            continue
        if (text.startswith(unit.not_before, pos + length)
                and not text.startswith(unit.before_ok, pos + length)) and not (
                unit.kind in ("tenth", "tenth_half") and number_start is not None
                and _marker_ending_at(text, number_start, rules) is not None):
            continue
        if unit.form.isascii() and _is_ascii_alnum(text[pos + length:pos + length + 1]):
            continue  # GBps is not GB
        return _rate_unit(text, pos + length, unit, rules) or unit
    return None


_RATE_KINDS = frozenset({"currency", "measure", "count"})


def _rate_unit(text: str, pos: int, unit: Unit, rules: Rules) -> Unit | None:
    """元/平方米: a unit followed by a slash and a denominator of per_units.csv, as one unit."""
    if unit.kind not in _RATE_KINDS or text[pos:pos + 1] not in ("/", "／"):
        return None
    for length in rules.per_lengths:
        form = text[pos + 1:pos + 1 + length]
        denominator = rules.per_units.get(form)
        if denominator is None or len(form) < length:
            continue
        after = text[pos + 1 + length:pos + 2 + length]
        if form.isascii() and _is_ascii_alnum(after):
            continue  # 元/kg, not 元/kWh
        written, stored = unit.form + text[pos] + form, f"{unit.unit}/{denominator}"
        end = pos + 1 + length
        if text[end:end + 1] in ("/", "／"):  # 元/平方米/月: a second denominator, of time
            second = rules.per_units.get(text[end + 1:end + 2])
            if second is not None and second in _TIME_DENOMINATORS:
                written, stored = written + text[end:end + 2], f"{stored}/{second}"
        return Unit(written, stored, unit.kind, unit.yi_ok, ())
    return None


# the denominators a rate may add after its first one (元/平方米/月)
_TIME_DENOMINATORS = frozenset({"年", "月", "日", "天", "周", "小时"})


def _is_n_da(text: str, pos: int, mant: str, mag: str, infix: str, rules: Rules) -> bool:
    """9大出行场景: N大 before a noun counts the numeral alone."""
    if mag or infix or not text.startswith("大", pos):
        return False
    nxt = text[pos + 1:pos + 2]
    return bool(nxt) and _is_cjk(nxt) and nxt not in rules.n_da_not_before


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _markers(text: str, cand: _Cand, rules: Rules) -> None:
    """Attach the approximation markers before and after the figure."""
    s = cand.core_start
    bare_mag = not cand.arabic and cand.mant[0] in numeral_table().mags and cand.mant[0] not in "十拾廿卅"
    for position in ("prefix", "prefix_bare"):
        if cand.prefix_q:
            break
        if position == "prefix_bare" and not bare_mag:
            continue
        marker = _marker_ending_at(text, s, rules, position)
        if marker is not None:
            cand.start, cand.prefix_q = s - len(marker.form), marker.qualifier
    if not cand.prefix_q:
        _separated_marker(text, cand, rules)
    # A currency written before the number (港币50元) stays outside; it is the unit if none follows.
    before = text[cand.start - 1 : cand.start] if cand.start else ""
    for form, unit in rules.currency_ending.get(before, ()):
        if cand.start >= len(form) and text.startswith(form, cand.start - len(form)):
            cand.prefix_unit = unit
            marker = None if cand.prefix_q else _marker_ending_at(text, cand.start - len(form), rules)
            if marker is not None:  # 约港币18亿元: the marker before the currency is the figure's
                cand.prefix_q = marker.qualifier
            elif not cand.prefix_q:  # 约为新台币86亿元: and one across a verb before it
                _separated_marker(text, cand, rules, cand.start - len(form))
            break
    # Suffix: 左右, 以上, 以内, and 多/余 after a unit (2倍多).
    for marker in rules.markers_starting.get("suffix", {}).get(text[cand.end : cand.end + 1], ()):
        f = marker.form
        if text.startswith(f, cand.end):
            if text.startswith(marker.not_before, cand.end + len(f)):
                continue
            if f in ("多", "余", "餘") and (cand.unit is None or cand.infix_q):
                continue
            cand.end += len(f)
            cand.suffix_q = marker.qualifier
            break


def _marker_ending_at(text: str, end: int, rules: Rules, position: str = "prefix") -> Marker | None:
    """The marker of `position` written right before `end` (约, 超过, 近), unless a word it must
    not follow stands right before it; None if there is none."""
    for marker in rules.markers_ending.get(position, {}).get(text[end - 1 : end] if end else "", ()):
        head = end - len(marker.form)  # where the marker starts
        if head >= 0 and text.startswith(marker.form, head):
            if head and marker.blocked_before(text, head):
                continue
            return marker
    return None


# 约占全国的四成, 约占总车位三成: a share's whole (up to 12 characters and 的, or up to 8 without:
# 约占全澳眼镜零售额55%) between 占 and the figure (约占全国月季种苗出口量的六成)
_SHARE_OF = re.compile(r"[占佔](?:[\u4e00-\u9fff]{1,12}的|[\u4e00-\u9fff]{1,8})$")
_SHARE_OF_REACH = 14  # 占, the whole's 12 characters and 的: how far back _SHARE_OF may start
# 为 (or 达: 约达全年目标的85%) and what a figure is compared with (Latin letters in it too:
# 约为同等面积LED招牌的3倍), then 的 (约为台北市的1.4倍, 约为去年同期的六成), or 其 (约为其三分之一): the
# marker before 为 qualifies the figure, as one before 占 does
_RATIO_OF = re.compile(r"(?<=[约約])[为為是达達](?:[\u4e00-\u9fffA-Za-z]{1,12}的|其)$")
# 不到/不足 before what a fraction is of (不到国产茶的十分之一, 不足去年的一半): the bound is the
# ratio's, as a marker before 占 is; not before a percentage, which may be the other value compared
# (超过平台电商的28.7%, 超过原订的9成目标: that value, exact)
_BOUND_OF = re.compile(r"(?:不到|不足)([\u4e00-\u9fff]{1,12}的)$")


def _per_base_start(text: str, head: int, rules: Rules) -> int:
    """Where 每 and the unit a price is per start, right before the figure at `head` (约为|每吨|7050元:
    a rate's denominator of per_units.csv; 约为|每台|12.8万元, 约|每公吨|1,650美元: any unit), else
    `head`."""
    for length in rules.per_lengths:
        at = head - length - 1
        if at >= 0 and text[at] == "每" and text[at + 1:head] in rules.per_units:
            return at
    at = text.rfind("每", max(0, head - 5), head)
    return at if at >= 0 and text[at + 1:head] in rules.units else head


def _separated_marker(text: str, cand: _Cand, rules: Rules, start: int | None = None) -> None:
    """约增加3万户: a marker across a verb sets the qualifier but stays outside the span; so does
    one before 占 and the whole of the share (约占全国的四成, 约占总车位三成). `start`: where the
    figure is written (default its core; a currency written before it: the currency's start)."""
    s = cand.core_start if start is None else start
    head = s
    if text.startswith("了", head - 1):
        head -= 1
    head = _per_base_start(text, head, rules)
    share = _SHARE_OF.search(text, max(0, head - _SHARE_OF_REACH), head)
    if share is not None and not any(ch in share.group() for ch in "约約为為"):
        head = share.start() + 1  # right after 占: the verb loop below steps over it
        # (not 占比约为四成: the marker is the one written next to the figure)
    elif (ratio := _RATIO_OF.search(text, max(0, head - _SHARE_OF_REACH), head)) is not None:
        head = ratio.start() + 1  # 约为台北市的1.4倍: right after 为, as after 占
    elif ((cand.fraction is not None or (cand.unit is not None and cand.unit.kind == "half"))
          and (bound := _BOUND_OF.search(text, max(0, head - _SHARE_OF_REACH - 2), head)) is not None):
        head = bound.start(1)  # 不到|国产茶的|十分之一: right after the bound
    for verb in rules.verbs_ending.get(text[head - 1 : head] if head else "", ()):
        if text.startswith(verb, head - len(verb)) and head >= len(verb):
            head -= len(verb)
            break
    if head == s and rules.object_verb is not None:  # 约|耗用铝材|1.2公斤: a verb and its object
        found = rules.object_verb.search(text, max(0, head - rules.object_verb_reach), head)
        if found is not None:
            head = found.start()
    if head == s and rules.have_verb is not None:  # 约有|茶餐厅从业员|3,800人: a longer object of having
        found = rules.have_verb.search(text, max(0, head - _HAVE_OBJECT_MAX - 2), head)
        if found is not None:
            head = found.start()
    if head == s:
        return
    for marker in rules.markers_ending.get("prefix", {}).get(text[head - 1 : head] if head else "", ()):
        f = marker.form
        if marker.separable and head >= len(f) and text.startswith(f, head - len(f)):
            if marker.blocked_before(text, head - len(f)):
                continue
            cand.prefix_q = marker.qualifier
            return


def _share_units(text: str, cands: list[_Cand]) -> None:
    """30至80笔, 350万和420万人次: a figure joined to the next shares the unit written after it."""
    for i in range(len(cands) - 2, -1, -1):
        first, nxt = cands[i], cands[i + 1]
        if first.unit is not None or first.fraction is not None or first.n_da or nxt.unit is None:
            continue
        joiner = text[first.end:nxt.start]
        if joiner not in _RANGE_JOINERS and joiner not in _LIST_JOINERS:
            continue
        first.unit = nxt.unit
        if joiner in _RANGE_JOINERS and not first.mag and nxt.mag:
            low, high = parse_decimal(first.mant), parse_decimal(nxt.mant)
            if low is not None and high is not None and low < high:
                first.mag = nxt.mag  # 3至5万元: the magnitude is shared too


def _value(cand: _Cand) -> Decimal | None:
    """The value in base units; fractions and 成/折 as percentages."""
    if cand.fraction is not None:
        return cand.fraction
    value = parse_decimal(cand.mant + cand.mag)
    if value is None or cand.unit is None:
        return value
    kind = cand.unit.kind
    if kind == "tenth":
        return value * 10
    if kind == "tenth_half":
        return value * 10 + 5  # 三成半: three and a half tenths
    if kind == "discount":
        return value * 10 if value < 10 else value
    if kind == "permille":
        return value / 10
    if kind == "half":
        return value * 50
    return value


def _keep(text: str, cand: _Cand, rules: Rules) -> bool:
    """Drop what is not a measurement: years, codes, durations, bare and vague numerals."""
    table = numeral_table()
    mant, mag = cand.mant, cand.mag
    has_marker = bool(cand.prefix_q or cand.infix_q or cand.suffix_q)
    if not cand.arabic:
        if _vague(text, cand, rules):
            return False
        if cand.unit is not None and cand.unit.unit in rules.arabic_only_units:
            return False  # 八仙: a word, not eight cents
        if mant in ("一", "壹", "幺") and not mag and not (cand.unit and cand.unit.yi_ok):
            return False  # 一个, 一张, 之一: the indefinite 一
        starts_bare = mant[0] in table.mags and mant[0] not in "十拾廿卅"
        marked = cand.prefix_q or cand.infix_q or (cand.suffix_q and cand.unit is not None)
        if starts_bare and cand.fraction is None and not marked:
            return False  # 百姓, 千万, 万家: a bare magnitude needs 近/超/上/余 (or 亿元以上)
        if not has_marker and not mag and cand.unit is not None and _counts_its_list(text, cand, rules):
            return False  # 餐饮、休闲娱乐和夜间文旅三类: the list's collective, not a figure
    if cand.fraction is not None:
        return True
    digits_only = cand.arabic and re.fullmatch(r"[0-9]+", mant) is not None
    following = text[cand.core_end:cand.core_end + 2]
    if digits_only and not mag and following.startswith("年") and (
            cand.unit is None or cand.unit.kind == "time"):
        if 1000 <= int(mant) <= 2999:
            return False  # 2017年: a year (not 2000项|年俗活动, where a unit stands between)
    unit = cand.unit
    if unit is not None and unit.kind == "count" and not mag and cand.arabic and "." in mant:
        if len(mant) - mant.index(".") > 3 and _is_cjk(text[cand.end:cand.end + 1]):
            return False  # 22.143双虎: a price in a table before a name, not 22.143 pairs
    if unit is None:
        strong = bool(mag) or (not cand.arabic and any(ch in table.big for ch in mant))
        if cand.n_da:
            return True
        after = text[cand.end:cand.end + 2]
        if not strong and after and _is_cjk(after[0]) and not after.startswith(_BARE_FOLLOWERS):
            return False  # 5市, 2016支付, 3号: a bare number before a noun is a label
        if not cand.arabic and not strong and not has_marker:
            return False  # 三, 十二 with nothing around them: words, not figures
        if digits_only and not mag and not has_marker:
            if len(mant) >= 6 or (len(mant) == 4 and 1900 <= int(mant) <= 2100):
                return False  # a code (600519) or a year (2016)
        if not strong and not has_marker and not cand.prefix_unit:
            # 《星际争霸2》, 2-0, 1、, odds 1.70: a bare number is a value only after 为/达/升至...
            head = cand.core_start
            if text[head - 1:head] == "了":
                head -= 1
            return text.endswith(rules.bare_value_words, 0, head)  # a tuple: any of them, in C
        return True
    if unit.kind == "time":
        if text.endswith(("连续", "連續"), 0, cand.start):
            return False  # 人均收入…连续3年递增: how long a run lasted, whatever the cue before it
        return (_has_cue(text, cand.start, rules.cues) or text.startswith(rules.cues_after, cand.end)
                or _changed_from_statistic(text, cand, rules))
    if unit.kind == "score":  # 评分为6.9分, not 3点5分
        return _has_cue(text, cand.start, rules.score_cues)
    if unit.kind == "index":  # 收于3100点, 每月480点, not a time of day (下午3点)
        time_of_day = text.endswith(rules.day_parts, 0, cand.start)
        return not time_of_day and _has_cue(text, cand.start, rules.index_cues)
    return True


_CLAUSE_STOPS = "，,。；;：:！!？?\n（("
_ITEMS_JOINERS = ("和", "及", "与", "與")


def _counts_its_list(text: str, cand: _Cand, rules: Rules) -> bool:
    """A small count in Chinese numerals right after a list of as many items joined by 、 (and
    和/及/与 before the last; two items by 和/及/与 alone): 重庆、武汉、长沙三地, 餐饮、休闲娱乐和夜间
    文旅三类, 外港及氹仔两个. SPEC: a
    collective label for a list just given (两地, 五市) measures nothing."""
    n = numeral_table().digits.get(cand.mant) if len(cand.mant) == 1 else None
    if n is None or not 2 <= n <= 9:
        return False
    k = cand.start
    while k > 0 and text[k - 1] not in _CLAUSE_STOPS and cand.start - k < 60:
        k -= 1
    items = text[k:cand.start].split("、")
    if (len(items) < 2 and n != 2) or not all(items):
        return False  # (外港及氹仔两个: two items joined by 和/及/与 alone)
    last = items.pop()
    at = max(last.rfind(j, 1) for j in _ITEMS_JOINERS)  # 休闲娱乐和夜间文旅: two items
    items += [last[:at], last[at + 1:]] if at > 0 else [last]
    stops, inside = rules.list_item_stops, rules.list_item_stops_inside
    if any(not item or len(item) > 8 or any(ch in stops for ch in item)
           or any(ch in inside for ch in item[1:]) for item in items):
        return False  # 南宁、柳州举办的两场, 岳阳建成、开放了两个: the count is of something else
    return len(items) == n


def _vague(text: str, cand: _Cand, rules: Rules) -> bool:
    """数十万, 几十, 十几万, 两三个, 七八十万: a Chinese numeral that is an estimate, not a figure."""
    table = numeral_table()
    start, end = cand.core_start, cand.num_end
    vague_before = rules.vague_before_ending.get(text[start - 1 : start] if start else "", ())
    if text.endswith(vague_before, 0, start):
        return True
    if text.startswith(rules.vague_after_starting.get(text[end : end + 1], ()), end):
        return True
    if cand.unit is not None and cand.unit.kind == "discount":
        return False
    digits = set(table.digits)
    return any(a in digits and b in digits for a, b in zip(cand.mant, cand.mant[1:], strict=False))


def _changed_from_statistic(text: str, cand: _Cand, rules: Rules) -> bool:
    """约180天降至约120天: a time figure that a verb of change leads to from a figure of the same
    unit, itself a statistic by its cue (平均库存天数已由去年的约180天): the same statistic."""
    surface = text[cand.num_end:cand.core_end]
    verb = next((v for v in rules.change_to if text.endswith(v, 0, cand.start)), "")
    if not verb or not surface:
        return False
    before = cand.start - len(verb)
    if not text.endswith(surface, 0, before):
        return False
    k = before - len(surface)
    while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
        k -= 1
    return k < before - len(surface) and _has_cue(text, k, rules.cues)


def _has_cue(text: str, start: int, cues: tuple[str, ...]) -> bool:
    """One of `cues` (平均, 人均, 停留; 指数, 收于) shortly before, in the same clause."""
    window = text[max(0, start - 14):start]
    for i in range(len(window) - 1, -1, -1):
        if window[i] in _CLAUSE_END:
            window = window[i + 1:]
            break
    return any(cue in window for cue in cues)


def _subject(text: str, cand: _Cand, rules: Rules) -> str:
    """The noun counted, read after the figure: 3亿微信用户 -> 微信用户, 95%的超市 -> 超市."""
    pos = cand.end
    if cand.n_da:
        pos += 1
    if text.startswith("的", pos):
        pos += 1
    out: list[str] = []
    while pos < len(text) and len(out) < 6:
        ch = text[pos]
        if not _is_cjk(ch) and not (ch.isascii() and ch.isalpha()):
            break
        stops = rules.subject_stops_starting.get(ch, ())
        if ch in numeral_table().digits or text.startswith(stops, pos):
            break
        out.append(ch)
        pos += 1
    return "".join(out)
