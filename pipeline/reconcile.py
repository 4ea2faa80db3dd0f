"""Reconcile the mentions of all articles into datasets: cities, organizations, metrics, events, conflicts.

Input is the mention table (SPEC section 4 plus `subject`, `inferred`) and the original article texts.
No recognition happens here: every city, organization, date and figure comes from a mention row.
The texts are read only around the mentions' offsets: the sentence and clause a mention sits in,
the section heading it falls under (a short line that starts with a CITY mention), and cue words
from `rules/events.csv` (event triggers, ordinals, as-of words) and `rules/sectors.csv`.

`reconcile()` is a pure function: the same mentions, texts and rules give the same tables, with a
stable column order (`TABLE_COLUMNS`) and a deterministic row order. `reconcile_rows()` is the same
on plain mention dicts, giving lists of row dicts: it needs no pandas, and it is what
pipeline/datasets.py runs, since per-row DataFrame access (`.at`, `.loc`, `.iterrows`) over tens of
thousands of mentions cost most of this stage's time.
"""

from __future__ import annotations

import bisect
import gc
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache, partial
from itertools import groupby
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import opencc

# t2s_change_points: where t2s can change a text (build_doc converts only the sentences holding one)
from pipeline.convert import changes_between, t2s_change_points, to_simplified
from pipeline.export import record_cells
from pipeline.rulefiles import case_variants, read_table

if TYPE_CHECKING:  # pandas is imported only by the DataFrame entry point, reconcile()
    import pandas as pd

MENTION_COLUMNS = (
    "doc_id", "type", "start", "end", "text", "normalized", "value", "unit", "qualifier", "city",
    "subject", "inferred",
)
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "cities": (
        "name", "province", "adcode", "joined", "joined_date", "join_order", "partners", "sectors",
        "n_mentions", "n_metrics", "sources",
    ),
    "organizations": ("name", "aliases", "kind", "cities", "n_mentions", "sources"),
    "metrics": (
        "metric_id", "city", "subject", "value", "unit", "qualifier", "as_of", "text", "doc_id", "start",
        "end", "sentence", "n_sources", "sources",
    ),
    "events": (
        "event_id", "date", "city", "kind", "subject", "parties", "trigger", "doc_id", "start", "end",
        "sentence",
    ),
    "conflicts": (
        "conflict_id", "kind", "topic", "side", "value", "doc_id", "start", "end", "text", "sentence",
    ),
}
TABLES = tuple(TABLE_COLUMNS)
JOIN_KINDS = ("joined", "signed")

SENTENCE_END = frozenset("。！？!?；;\n")
CLAUSE_END = SENTENCE_END | frozenset("，,：:（）()")
QUOTES = "“”\"‘’'「」『』《》"
HEADING_MAX_CHARS = 40
# A clause that is a DATE plus at most this many other characters (早在今年6月, 15日上午) dates what follows.
DATE_CLAUSE_MAX_WORDS = 2
NUMERALS = {ch: i for i, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
ORDINAL = re.compile(r"第([0-9０-９零〇一二三四五六七八九十百两]+)[个座家]?|首[个座家]")
COUNTRY_PREFIXES = ("中国", "中华人民共和国")
PROVINCE_ENDINGS = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
LEGAL_SUFFIXES = (
    "集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团",
    "公司",
)
# Used only where rules/org_suffixes.csv is missing: (suffix, kind), longest first.
FALLBACK_ORG_SUFFIXES = (
    ("银行", "bank"), ("大学", "university"), ("学院", "university"), ("政府", "government"),
    ("办公室", "government"), ("局", "government"), ("厅", "government"), ("办", "government"),
    ("委", "government"), ("联盟", "alliance"), ("协会", "alliance"),
)
INTERNATIONAL_PREFIX = "联合国"


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Trigger:
    word: str
    tail: str
    kind: str


@dataclass(frozen=True)
class Rules:
    """Everything reconcile reads from rules/: cue words, sectors and the two gazetteers."""

    triggers: tuple[Trigger, ...] = ()
    block: tuple[str, ...] = ()
    copulas: tuple[str, ...] = ()
    national: tuple[str, ...] = ()
    regional: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    status_stop: tuple[str, ...] = ()
    asof: tuple[str, ...] = ()
    sectors: tuple[tuple[str, str], ...] = ()
    cities: dict[str, tuple[str, str]] = field(default_factory=dict)
    places: tuple[str, ...] = ()
    org_groups: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    org_suffixes: tuple[tuple[str, str], ...] = FALLBACK_ORG_SUFFIXES

    @cached_property
    def org_suffix_table(self) -> tuple[tuple[int, ...], dict[str, str]]:
        """org_suffixes as their lengths, longest first, and a suffix -> kind table: a name's kind
        is a few look-ups instead of an endswith per suffix (the first row of a suffix wins)."""
        kinds: dict[str, str] = {}
        for suffix, kind in self.org_suffixes:
            kinds.setdefault(suffix, kind)
        return tuple(sorted({len(s) for s in kinds}, reverse=True)), kinds


def read_rule_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a rules CSV whose `#` lines are comments; [] when the file is missing."""
    return read_table(path) if path.is_file() else []


@lru_cache(maxsize=65536)  # one entry per distinct form: a corpus has tens of thousands
def t2s(text: str) -> str:
    """OpenCC t2s of a short string."""
    return to_simplified(text).simplified if text else text


def t2s_many(texts: Iterable[str]) -> dict[str, str]:
    """`t2s` of many short strings at once: one conversion of their lines (OpenCC's phrases do not
    cross a line break), a twentieth of the time of one call each. A string holding a line break
    is converted on its own."""
    distinct = list(dict.fromkeys(texts))
    lines = [t for t in distinct if t and "\n" not in t and "\r" not in t]
    converted = to_simplified("\n".join(lines)).simplified.split("\n") if lines else []
    out = dict(zip(lines, converted, strict=True)) if len(converted) == len(lines) else {}
    return {t: out[t] if t in out else t2s(t) for t in distinct}


# subject -> subject_key: a plain dict, so that keys computed elsewhere (`learn_subject_keys`) count
_SUBJECT_KEYS: dict[str, str] = {}
_SUBJECT_KEYS_MAX = 200_000  # forgotten beyond this (a long-lived process): recomputed as needed


def subject_key(subject: str) -> str:
    """A METRIC subject in mainland simplified words, for comparing: 計程車 / 计程车 -> 出租车."""
    key = _SUBJECT_KEYS.get(subject)
    if key is None:
        key = _opencc("tw2sp")(_opencc("s2t")(subject)) if subject else subject
        if len(_SUBJECT_KEYS) >= _SUBJECT_KEYS_MAX:
            _SUBJECT_KEYS.clear()
        _SUBJECT_KEYS[subject] = key
    return key


def subject_keys(subjects: Iterable[str]) -> dict[str, str]:
    """`subject_key` of many subjects: each conversion once over all their lines (OpenCC's phrases
    do not cross a line break), not once a subject; one holding a line break on its own."""
    distinct = list(dict.fromkeys(subjects))
    lines = [t for t in distinct if t and "\n" not in t and "\r" not in t and t not in _SUBJECT_KEYS]
    if lines:
        keys = _opencc("tw2sp")(_opencc("s2t")("\n".join(lines))).split("\n")
        if len(keys) == len(lines):
            learn_subject_keys(dict(zip(lines, keys, strict=True)))
    return {t: subject_key(t) for t in distinct}


def learn_subject_keys(keys: Mapping[str, str]) -> None:
    """Keys computed by another process (`prepare`): the same function of the same subjects."""
    if len(_SUBJECT_KEYS) + len(keys) >= _SUBJECT_KEYS_MAX:
        _SUBJECT_KEYS.clear()
    _SUBJECT_KEYS.update(keys)


@lru_cache(maxsize=4)
def _opencc(config: str) -> Callable[[str], str]:
    """An OpenCC converter by config name (t2s, s2t, tw2sp)."""
    return opencc.OpenCC(config).convert


def _province_short(name: str) -> str:
    """浙江省 -> 浙江, 广西壮族自治区 -> 广西."""
    for ending in PROVINCE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


@lru_cache(maxsize=8)
def load_rules(rules_dir: Path) -> Rules:
    """Read rules/events.csv, sectors.csv, cities.csv, provinces.csv, orgs.csv and org_suffixes.csv."""
    cues: dict[str, list[str]] = defaultdict(list)
    triggers: list[Trigger] = []
    for row in read_rule_rows(rules_dir / "events.csv"):
        word, role, kind = row.get("word", ""), row.get("role", ""), row.get("kind", "")
        if not word:
            continue
        if role == "trigger":
            head, _, tail = word.partition("…")
            triggers.append(Trigger(head, tail, kind))
        elif role == "scope":
            cues["national" if kind == "national" else "regional"].append(word)
        else:
            cues[role].append(word)
    # Patterns first, then longer words: they claim their characters before shorter triggers.
    triggers.sort(key=lambda t: (not t.tail, -len(t.word), t.word))
    sectors = tuple(
        (row["word"], row.get("sector") or row["word"])
        for row in read_rule_rows(rules_dir / "sectors.csv") if row.get("word")
    )
    cities: dict[str, tuple[str, str]] = {}
    places: set[str] = set(COUNTRY_PREFIXES)
    for row in read_rule_rows(rules_dir / "cities.csv"):
        name, province = row.get("name", ""), row.get("province", "")
        forms = [name, row.get("short", ""), *row.get("aliases", "").split("|")]
        for form in forms:
            if len(form) >= 2:
                cities.setdefault(form, (province, row.get("adcode", "")))
                places.add(form)
        if province:
            places.update({province, _province_short(province)})
    for row in read_rule_rows(rules_dir / "provinces.csv"):
        places.update(f for f in (row.get("name", ""), row.get("short", "")) if len(f) >= 2)
    org_groups = []
    org_rows = [(row, [v for form in [row["name"], *(a for a in row.get("aliases", "").split("|") if a)]
                       for v in case_variants(form)])
                for row in read_rule_rows(rules_dir / "orgs.csv") if row.get("name")]
    # every form of orgs.csv is simplified already (tests/test_orgs.py checks it): no conversion
    for row, variants in org_rows:
        aliases = tuple(dict.fromkeys(variants))
        org_groups.append((row["name"], aliases[1:], row.get("kind", "")))
    suffix_rows = read_rule_rows(rules_dir / "org_suffixes.csv")
    suffixes = [(r["suffix"], r.get("kind", "")) for r in suffix_rows if r.get("suffix")]
    return Rules(
        triggers=tuple(triggers),
        block=tuple(cues["block"]),
        copulas=tuple(sorted(cues["copula"], key=len, reverse=True)),
        national=tuple(cues["national"]),
        regional=tuple(cues["regional"]),
        status=tuple(cues["status"]) or ("城市",),
        status_stop=tuple(cues["status_stop"]),
        asof=tuple(sorted(cues["asof"], key=len, reverse=True)),
        sectors=sectors,
        cities=cities,
        places=tuple(sorted(places, key=lambda p: (-len(p), p))),
        org_groups=tuple(org_groups),
        org_suffixes=tuple(sorted(suffixes, key=lambda s: -len(s[0]))) or FALLBACK_ORG_SUFFIXES,
    )


# --------------------------------------------------------------------------- dates and numbers


def _date_parts(date: str) -> list[str]:
    """2017-06-03 -> ['2017', '06', '03']."""
    return date.split("-") if date else []


def dates_compatible(a: str, b: str) -> bool:
    """True when two ISO dates (with X for unknown parts) may name the same time: 2017-06 ~ 2017-06-03."""
    if not a or not b:
        return True
    for x, y in zip(_date_parts(a), _date_parts(b), strict=False):
        if x == y or set(x) <= {"X", "W", "Q"} or set(y) <= {"X", "W", "Q"}:
            continue
        if x[0] != y[0] and (x[0] in "WQ" or y[0] in "WQ"):
            return True  # a week or quarter against a month: cannot tell
        return False
    return True


def _precision(date: str) -> tuple[int, int]:
    """Sort key of how much a date says: fewer X parts, then more parts."""
    parts = _date_parts(date)
    return (-sum("X" in p for p in parts), len(parts))


def best_date(dates: Iterable[str]) -> str:
    """The earliest date, ignoring any that a more precise compatible date refines; X dates last."""
    pool = sorted(set(d for d in dates if d))
    kept = [
        d for d in pool
        if not any(o != d and dates_compatible(o, d) and _precision(o) > _precision(d) for o in pool)
    ]
    return min(kept, key=lambda d: ("X" in d, d), default="")


def number(value: str) -> int | float | None:
    """A METRIC value as int (when integral) or float; None when it is no number."""
    try:
        dec = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not dec.is_finite():
        return None
    return int(dec) if dec == dec.to_integral_value() else float(dec)


def _interval(value: float, qualifier: str) -> tuple[float, float]:
    """The values a figure with this qualifier allows (approx: within 10%)."""
    if qualifier == "approx":
        return value * 0.9, value * 1.1
    if qualifier == "over":
        return value, float("inf")
    if qualifier == "under":
        return 0.0, value
    return value, value


def values_disagree(a: float, qa: str, b: float, qb: str) -> bool:
    """True when two figures with qualifiers cannot both hold (超过95% and 98% can; 95% and 98% cannot)."""
    lo_a, hi_a = _interval(a, qa)
    lo_b, hi_b = _interval(b, qb)
    return hi_a < lo_b or hi_b < lo_a


def chinese_int(text: str) -> int | None:
    """第N个 numerals: 2, ６, 三, 十二, 二十三."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in NUMERALS:
            current = NUMERALS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None


# --------------------------------------------------------------------------- sentences


class M(NamedTuple):
    """One mention inside a sentence, with its offsets in the sentence's simplified text.

    A named tuple: one is made for every mention, and a tuple is made in a fraction of the time
    of a frozen dataclass.
    """

    idx: int
    type: str
    norm: str
    city: str
    a: int
    b: int


@dataclass
class Sentence:
    doc_id: str
    start: int
    end: int
    text: str
    simp: str
    starts: Sequence[int]  # per simplified character, its source range in `text` (Converted)
    ends: Sequence[int]
    section_city: str
    mentions: list[M] = field(default_factory=list)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """The clauses [a, b) of the simplified text; cut when first asked, as most sentences never are."""
        return _spans(self.simp, CLAUSE_END)

    def orig(self, a: int, b: int) -> tuple[int, int]:
        """Simplified [a, b) -> original absolute offsets."""
        if not self.simp:
            return self.start, self.end
        a = min(max(a, 0), len(self.simp) - 1)
        b = min(max(b, a + 1), len(self.simp))
        return self.start + self.starts[a], self.start + self.ends[b - 1]

    def local(self, pos: int) -> int:
        """Original absolute offset -> simplified offset in this sentence."""
        return bisect.bisect_left(self.starts, pos - self.start)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause [a, b) holding simplified offset `pos`."""
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return 0, len(self.simp)

    @cached_property
    def by_type(self) -> dict[str, list[M]]:
        """The mentions of each type, in text order: grouped when first asked, once build_doc has
        placed them all (of_type is asked some sixty thousand times on a thousand articles)."""
        groups: dict[str, list[M]] = defaultdict(list)
        for m in self.mentions:
            groups[m.type].append(m)
        return groups

    def of_type(self, kind: str, a: int = 0, b: int | None = None) -> list[M]:
        """Mentions of one type inside the simplified span [a, b), in text order."""
        b = len(self.simp) if b is None else b
        return [m for m in self.by_type.get(kind, ()) if a <= m.a and m.b <= b]


@lru_cache(maxsize=8)
def _end_pattern(ends: frozenset[str]) -> re.Pattern[str]:
    """A regex matching any one end character: the C regex engine finds them, not a Python loop."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(ends)) + "]")


def _spans(text: str, ends: frozenset[str]) -> list[tuple[int, int]]:
    """Pieces of text cut after each end character, trimmed of white space and line ends."""
    spans: list[tuple[int, int]] = []
    a = 0
    last = len(text) - 1
    for hit in _end_pattern(ends).finditer(text):
        i = hit.start()
        if text[i] in ",:" and 0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue  # 1,000 and 10:30 do not end a clause
        spans.append((a, i + 1))
        a = i + 1
    spans.append((a, len(text)))
    out = []
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] in ends):
            a += 1
        while b > a and (text[b - 1].isspace() or (text[b - 1] in ends and text[b - 1] in "\n")):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


_IN_LINE_END = SENTENCE_END - {"\n"}


def _sections(text: str, city_starts: dict[int, str]) -> list[tuple[int, str]]:
    """(start, city) of every heading line; city is empty for a heading that names no city first."""
    heads: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) <= HEADING_MAX_CHARS and _IN_LINE_END.isdisjoint(stripped):
            first = pos + (len(line) - len(line.lstrip()))
            heads.append((first, city_starts.get(first, "")))
        pos += len(line) + 1
    return heads


@dataclass(slots=True)
class Row:
    """One cleaned mention row (text fields stripped strings, offsets ints) and its position `idx`.

    `org` is the canonical name of an ORG mention's organization (empty for the other types).
    Plain attributes instead of DataFrame cells: reading a cell with `.at`/`.loc` costs microseconds,
    and reconcile reads tens of thousands of them.
    """

    idx: int
    doc_id: str
    type: str
    start: int
    end: int
    text: str
    normalized: str
    value: str
    unit: str
    qualifier: str
    city: str
    subject: str
    inferred: str
    org: str = ""


@dataclass
class Doc:
    doc_id: str
    text: str
    rows: list[Row]
    sentences: list[Sentence]

    def __post_init__(self) -> None:
        self.starts = [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding original offset `pos`, if any."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if 0 <= i < len(self.sentences) and pos < self.sentences[i].end:
            return self.sentences[i]
        return None


def build_doc(doc_id: str, text: str, rows: list[Row], cues: re.Pattern[str] | None = None) -> Doc:
    """Split an article into sentences, and place its mentions (its rows) in them.

    A sentence without any character that OpenCC t2s changes (every sentence of most simplified
    news) is its own simplified text. An article that has some is converted once, as the
    pipeline converted it: t2s keeps every length, so a sentence's simplified text is the same
    slice of the article's, and both map one to one (ranges). (Were it to change lengths,
    `to_simplified` would align each sentence it changes instead.)

    With `cues`, only the sentences reconciling reads are kept: those holding a mention, under a
    city heading, or whose simplified text holds a match of `cues` (event triggers, ordinals:
    `_sentence_cues`). Most sentences of news hold none of these.
    """
    city_starts = {r.start: r.normalized for r in rows if r.type == "CITY" and r.normalized}
    heads = _sections(text, city_starts)
    head_starts = [h[0] for h in heads]
    points = t2s_change_points(text)
    converted = to_simplified(text) if points else None
    one_to_one = converted is not None and isinstance(converted.starts, range)
    # the text the cues are looked for in: the simplified article, where it maps one to one
    simplified = converted.simplified if converted is not None and one_to_one else text
    mention_starts = [r.start for r in rows]  # in order: rows are in (start, end, type) order
    sentences: list[Sentence] = []
    for a, b in _spans(text, SENTENCE_END):
        h = bisect.bisect_right(head_starts, a) - 1
        section = heads[h][1] if h >= 0 else ""
        changes = bool(points) and changes_between(points, a, b)
        if (cues is not None and not section and not (changes and not one_to_one)
                and not changes_between(mention_starts, a, b) and cues.search(simplified, a, b) is None):
            continue
        piece = text[a:b]
        if not changes or one_to_one:
            # what to_simplified(piece) gives, without building the offset tuples
            simp = simplified[a:b] if changes else piece
            sentence = Sentence(doc_id, a, b, piece, simp, range(b - a), range(1, b - a + 1), section)
        else:
            conv = to_simplified(piece)
            sentence = Sentence(doc_id, a, b, piece, conv.simplified, conv.starts, conv.ends, section)
        sentences.append(sentence)
    doc = Doc(doc_id, text, rows, sentences)
    for r in rows:
        s = doc.sentence_at(r.start)
        if s is not None:
            a = s.local(r.start)
            b = max(s.local(r.end), a + 1)
            s.mentions.append(M(r.idx, r.type, r.normalized, r.city, a, b))
    return doc


# --------------------------------------------------------------------------- organizations


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def org_kind_by_name(name: str, rules: Rules) -> str:
    """Kind from the name: 联合国… -> international, else the longest known suffix, else company."""
    if name.startswith(INTERNATIONAL_PREFIX):
        return "international"
    lengths, kinds = rules.org_suffix_table
    for n in lengths:
        if len(name) > n:
            kind = kinds.get(name[-n:])
            if kind is not None:
                return kind
    return "company"


def _contractions(name: str) -> list[str]:
    """Abbreviations of a name by two-character words: 蚂蚁金融服务(集团) -> 蚂蚁金服."""
    core = name
    for suffix in LEGAL_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    if len(core) % 2 or len(core) < 6 or not all("\u4e00" <= c <= "\u9fff" for c in core):
        return []
    chunks = [core[i:i + 2] for i in range(0, len(core), 2)]
    forms = [chunks[0]]
    for chunk in chunks[1:]:
        forms = [f + piece for f in forms for piece in (chunk, chunk[0])]
    return [f for f in forms if len(f) < len(core)]


def group_orgs(forms: Counter[str], rules: Rules) -> tuple[dict[str, str], dict[str, str]]:
    """Map every seen form to its canonical name; also the kind of each canonical name.

    Groups come from rules/orgs.csv alias groups, then a place written in front of a known name
    (中国蚂蚁金服 -> 蚂蚁金服, not for government bodies), a legal-form suffix after one
    (新华都广场股份有限公司 -> 新华都广场), and two-character-word abbreviations
    (蚂蚁金融服务集团 -> 蚂蚁金服).
    """
    uf = _UnionFind()
    gazetteer_name: dict[str, str] = {}
    gazetteer_kind: dict[str, str] = {}
    for name, aliases, kind in rules.org_groups:
        for alias in aliases:
            uf.union(name, alias)
        gazetteer_name[name] = name
        gazetteer_kind[name] = kind
    known = set(forms) | set(uf.parent)
    # rules.places runs longest first; at one length only form[:n] can be a place, so looking the
    # prefixes up, longest first, finds the same place as trying every place with startswith.
    places = set(rules.places)
    lengths = sorted({len(p) for p in places}, reverse=True)
    for form in sorted(forms):
        uf.find(form)
        for n in lengths:
            if n > len(form) or form[:n] not in places:
                continue
            rest = form[n:]
            if len(rest) >= 2 and rest in known:
                if org_kind_by_name(rest, rules) != "government":
                    uf.union(form, rest)
                break
        for suffix in LEGAL_SUFFIXES:
            rest = form[: -len(suffix)]
            if form.endswith(suffix) and len(rest) >= 2 and rest in known:
                uf.union(form, rest)
                break
        for short in _contractions(form):
            if short in known:
                uf.union(form, short)
    members: dict[str, list[str]] = defaultdict(list)
    for form in uf.parent:
        members[uf.find(form)].append(form)
    canonical: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for group in members.values():
        if not any(f in forms for f in group):
            continue
        named = [f for f in group if f in gazetteer_name] or group
        best = min(named, key=lambda f: (-forms.get(f, 0), len(f), f))
        kind = next((gazetteer_kind[f] for f in sorted(named) if gazetteer_kind.get(f)), "")
        kinds[best] = kind or org_kind_by_name(best, rules)
        for f in group:
            canonical[f] = best
    return canonical, kinds


# --------------------------------------------------------------------------- reading sentences


def _blocked(simp: str, pos: int, rules: Rules) -> bool:
    """True when a block word (没有, 按照) ends right before the trigger at `pos`, or one character before."""
    before = max(pos - 1, 0)
    return simp.endswith(rules.block, 0, pos) or simp.endswith(rules.block, 0, before)  # tuples: one C call


def _status_after(text: str, rules: Rules, max_gap: int, words_only: bool) -> int:
    """Length (quotes not counted) of a status noun phrase opening `text` (无现金城市); 0 if none.

    The gap before the status noun holds no 的 and is at most `max_gap` characters; with
    `words_only` it holds only word characters (no 、 or other punctuation).
    """
    plain = "".join(c for c in text if c not in QUOTES)
    for noun in rules.status:
        i = plain.find(noun)
        while 0 <= i <= max_gap:
            gap, after = plain[:i], plain[i + len(noun):]
            if (
                "的" not in gap
                and not after.startswith(rules.status_stop)
                and (not words_only or all(c.isalnum() for c in gap))
            ):
                return i + len(noun)
            i = plain.find(noun, i + 1)
    return 0


def _tail_after(simp: str, b: int, clause_end: int, tail: str, rules: Rules) -> bool:
    """True when a trigger's second part (…城市, …联盟) follows it in its clause."""
    if not tail:
        return True
    rest = simp[b:clause_end]
    if tail in rules.status:
        return _status_after(rest, rules, max_gap=20, words_only=False) > 0
    return tail in rest


def _date_for(s: Sentence, pos: int, rules: Rules, asof: bool = False) -> M | None:
    """The DATE a trigger or figure at `pos` is about: as-of marked, same clause, or a leading date clause."""
    dates = s.of_type("DATE")
    if not dates:  # most sentences: no clause need be cut
        return None
    if asof:
        marked = [d for d in dates if d.b <= pos and s.simp.endswith(rules.asof, 0, d.a)]
        if marked:
            return marked[-1]
    ca, cb = s.clause(pos)
    inside = [d for d in dates if ca <= d.a < cb]
    if inside:
        return min(inside, key=lambda d: (abs(d.a - pos), d.a))
    for a, b in reversed([c for c in s.clauses if c[1] <= ca]):
        held = [d for d in dates if a <= d.a < b]
        if not held:
            continue
        if _alnum_outside(s.simp, a, b, held) <= DATE_CLAUSE_MAX_WORDS:
            return held[-1]
    return None


def _alnum_outside(text: str, a: int, b: int, held: Sequence[M]) -> int:
    """How many letters and digits text[a:b] holds outside the mentions `held` (in text order)."""
    count, pos = 0, a
    for m in held:
        if m.a > pos:
            count += sum(map(str.isalnum, text[pos:min(m.a, b)]))
        pos = max(pos, m.b)
    if pos < b:
        count += sum(map(str.isalnum, text[pos:b]))
    return count


def _event_cities(s: Sentence, pos: int, end: int) -> list[str]:
    """Cities an event at [pos, end) is about: its clause before, then after, the section, the sentence."""
    ca, cb = s.clause(pos)
    before = [m.norm for m in s.of_type("CITY", ca, pos)]
    if before:
        return list(dict.fromkeys(before))
    after = [m.norm for m in s.of_type("CITY", end, cb)]
    if after:
        return after[:1]
    if s.section_city:
        return [s.section_city]
    anywhere = [m.norm for m in s.of_type("CITY")]
    if anywhere:
        return list(dict.fromkeys(anywhere))
    return list(dict.fromkeys(m.city for m in s.mentions if m.type in ("DATE", "METRIC") and m.city))


@dataclass(frozen=True)
class Order:
    doc_id: str
    city: str
    order: int
    start: int
    end: int
    text: str
    sentence: str
    date: M | None


def find_orders(s: Sentence, rules: Rules) -> list[Order]:
    """National ordinals that count a city: 第二个无现金城市落地武汉 -> (武汉市, 2)."""
    found: list[Order] = []
    if "第" not in s.simp and "首" not in s.simp:  # every ORDINAL match starts with one of them
        return found
    matches = list(ORDINAL.finditer(s.simp))
    used = set()
    for k, m in enumerate(matches):
        if k in used:
            continue
        ca, cb = s.clause(m.start())
        group = [m]
        end = m.end()
        for nxt in matches[k + 1:]:
            if s.simp[end:end + 1] == "、" and nxt.start() - end <= 7 and nxt.end() <= cb:
                group.append(nxt)
                used.add(matches.index(nxt))
                end = nxt.end()
            else:
                break
        status_len = _status_after(s.simp[end:cb], rules, max_gap=8, words_only=True)
        if not status_len:
            continue
        phrase_end = end + _raw_len(s.simp[end:cb], status_len)
        for g in group:
            pre = s.simp[ca:g.start()].rstrip("的")
            if pre.endswith(rules.regional):
                continue
            value = 1 if g.group().startswith("首") else chinese_int(g.group(1))
            if not value:
                continue
            city = _order_city(s, ca, cb, g.start(), phrase_end, rules)
            if not city:
                continue
            a, b = s.orig(g.start(), phrase_end)
            found.append(Order(s.doc_id, city, value, a, b, s.text[a - s.start:b - s.start], s.text,
                               _date_for(s, g.start(), rules)))
    return found


def _raw_len(text: str, plain_len: int) -> int:
    """Characters of text (quotes included) that hold its first plain_len non-quote characters."""
    seen = 0
    for i, ch in enumerate(text):
        if ch not in QUOTES:
            seen += 1
        if seen == plain_len:
            return i + 1 + (1 if i + 1 < len(text) and text[i + 1] in QUOTES else 0)
    return len(text)


def _order_city(s: Sentence, ca: int, cb: int, pos: int, phrase_end: int, rules: Rules) -> str:
    """The city an ordinal counts: before the copula, else after the status phrase, else the section's."""
    copula_at = max((s.simp.rfind(word, ca, pos) for word in rules.copulas), default=-1)
    if copula_at >= 0:
        before = s.of_type("CITY", ca, copula_at)
        if before:
            return before[-1].norm
    after = s.of_type("CITY", phrase_end, cb)
    if after:
        return after[0].norm
    if copula_at < 0:
        before = s.of_type("CITY", ca, pos)
        if before:
            return before[-1].norm
    return s.section_city


# --------------------------------------------------------------------------- reconcile

SCORED_TYPES = frozenset({"CITY", "ORG", "DATE", "METRIC"})
_OFFSET_COLUMNS = frozenset({"start", "end"})
_EXACT_INT = 2**53  # ints up to this size survive float() unchanged


def _missing(value: Any) -> bool:
    """True for what pandas counts as missing (None, NaN, pd.NA, NaT): such a cell reads as empty."""
    if value is None:
        return True
    if isinstance(value, str | int):
        return False
    if isinstance(value, float):
        return value != value
    import pandas as pd  # only a value that is no str, int or float can be pd.NA or NaT

    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _text_cell(value: Any) -> str:
    """A text cell: stripped str, "" when missing."""
    return "" if _missing(value) else str(value).strip()


def _offset_cell(value: Any) -> int:
    """An offset cell: int (from a number or its text), 0 when missing or empty."""
    if _missing(value):
        return 0
    return int(float(value)) if str(value).strip() else 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (then restore it as it was).

    Reconciling allocates hundreds of thousands of small objects (rows, sentences, mentions, dicts)
    and frees none of them until the end, so the collector's full passes over them only cost time:
    a fifth of this stage. Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def clean_rows(mentions: Iterable[Mapping[str, Any]]) -> list[Row]:
    """Mention rows with every column, text as str, offsets as int, the four scored types, sorted.

    A missing column or value reads as empty (offset 0); rows are in (doc_id, start, end, type)
    order, and `idx` is a row's position in that order. Rows as the pipeline makes them are
    cleaned row by row; any others column by column (`_clean_any_rows`).
    """
    mentions = list(mentions)
    rows = _clean_usual_rows(mentions)
    if rows is None:
        rows = _clean_any_rows(mentions)
    rows.sort(key=attrgetter("doc_id", "start", "end", "type"))
    for i, row in enumerate(rows):
        row.idx = i
    return rows


_MENTION_CELLS = itemgetter(*MENTION_COLUMNS)


def _clean_usual_rows(mentions: Sequence[Mapping[str, Any]]) -> list[Row] | None:
    """`clean_rows` (unsorted) of rows as the pipeline and the cache make them: every column,
    text as str, offsets as int. None when some row is not like that (the general path then).

    One pass, row by row: a fifth of the time of cleaning column by column.
    """
    rows: list[Row] = []
    append = rows.append
    exact = _EXACT_INT
    try:
        for m in mentions:
            d, t, s, e, x, n, v, u, q, c, sub, inf = _MENTION_CELLS(m)
            if type(s) is not int or type(e) is not int or abs(s) > exact or abs(e) > exact:
                return None
            t = t.strip()
            if t in SCORED_TYPES:
                append(Row(0, d.strip(), t, s, e, x.strip(), n.strip(), v.strip(), u.strip(), q.strip(),
                           c.strip(), sub.strip(), inf.strip()))
    except (KeyError, TypeError, AttributeError):  # a missing column, a missing or non-text value
        return None
    return rows


def _clean_any_rows(mentions: Sequence[Mapping[str, Any]]) -> list[Row]:
    """`clean_rows` (unsorted) of any rows: cleaned column by column."""
    table = record_cells(mentions, MENTION_COLUMNS, "")
    if not table:
        return []
    columns: list[list[Any]] = []
    for column, values in zip(MENTION_COLUMNS, zip(*table, strict=True), strict=True):
        if column in _OFFSET_COLUMNS:
            # int(float(v)) is v itself for an int offset below 2**53
            columns.append([
                v if type(v) is int and -_EXACT_INT <= v <= _EXACT_INT else _offset_cell(v) for v in values
            ])
        else:
            columns.append([v.strip() if type(v) is str else _text_cell(v) for v in values])
    return [Row(0, *values) for values in zip(*columns, strict=True) if values[1] in SCORED_TYPES]


def table_frame(records: Sequence[Mapping[str, Any]], table: str) -> pd.DataFrame:
    """A table as an object-dtype DataFrame in its column order."""
    import pandas as pd

    columns = TABLE_COLUMNS[table]
    return pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype=object) for c in columns})


def _ordered(records: Iterable[Mapping[str, Any]], table: str) -> list[dict[str, Any]]:
    """Rows of a table as dicts with exactly its columns, in column order (None when missing)."""
    columns = TABLE_COLUMNS[table]
    return [{c: r.get(c) for c in columns} for r in records]


def _join(values: Iterable[str]) -> str:
    """Distinct non-empty values, sorted, `|`-joined."""
    return "|".join(sorted({v for v in values if v}))


def reconcile(mentions: pd.DataFrame, texts: dict[str, str], rules_dir: Path) -> dict[str, pd.DataFrame]:
    """Mention rows of all articles -> tables cities, organizations, metrics, events, conflicts."""
    tables = reconcile_rows(mentions.to_dict("records"), texts, rules_dir)
    return {name: table_frame(records, name) for name, records in tables.items()}


def reconcile_rows(
    mentions: Iterable[Mapping[str, Any]], texts: dict[str, str], rules_dir: Path, beside: bool = False
) -> dict[str, list[dict[str, Any]]]:
    """`reconcile` on mention dicts: each table as a list of row dicts in `TABLE_COLUMNS` order.

    `beside`: CPUs to spare (a parallel run): a forked copy of this process computes `prepare`
    meanwhile. The tables are the same either way.
    """
    with gc_paused():
        return _reconcile_rows(mentions, texts, Path(rules_dir), beside)


@dataclass
class Prepared:
    """What reconciling needs besides the documents, computed from the rows alone (`prepare`).

    `org_names`: the canonical name of every ORG row, in row order; `org_kinds`: the kind of
    each canonical name; `subject_keys`: the `subject_key` of every METRIC subject.
    """

    org_names: list[str]
    org_kinds: dict[str, str]
    subject_keys: dict[str, str]


def prepare(rows: Sequence[Row], rules: Rules) -> Prepared:
    """Organization groups and subject keys: OpenCC work on the rows that needs no text."""
    written = [r.normalized or r.text for r in rows if r.type == "ORG"]
    simplified = t2s_many(written)
    forms = [simplified[f] for f in written]
    canonical, org_kinds = group_orgs(Counter(forms), rules)
    subjects = sorted({r.subject for r in rows if r.type == "METRIC" and r.subject})
    return Prepared([canonical.get(f, f) for f in forms], org_kinds, subject_keys(subjects))


def _reconcile_rows(
    mentions: Iterable[Mapping[str, Any]], texts: dict[str, str], rules_dir: Path, beside: bool = False
) -> dict[str, list[dict[str, Any]]]:
    rules = load_rules(rules_dir)
    rows = clean_rows(mentions)
    # With CPUs to spare, a forked copy prepares while this process builds the documents.
    helper = None
    if beside:
        from pipeline.engines.local import ForkedCall

        helper = ForkedCall(partial(prepare, rows, rules))
    cues = _sentence_cues(rules.triggers)
    docs = {
        doc_id: build_doc(doc_id, texts.get(doc_id, ""), list(doc_rows), cues)
        for doc_id, doc_rows in groupby(rows, key=attrgetter("doc_id"))  # rows are in doc_id order
    }
    # row idx -> the sentence holding the mention (None: outside every sentence)
    sentence_of: list[Sentence | None] = [None] * len(rows)
    for doc in docs.values():
        for s in doc.sentences:
            for m in s.mentions:
                sentence_of[m.idx] = s
    prepared = helper.result() if helper is not None else prepare(rows, rules)
    learn_subject_keys(prepared.subject_keys)
    org_kinds = prepared.org_kinds
    for r, name in zip((r for r in rows if r.type == "ORG"), prepared.org_names, strict=True):
        r.org = name

    # The METRIC clusters need neither the events nor the organizations: with CPUs to spare, a
    # copy forked now (it has the documents and every subject key) clusters them meanwhile.
    clustering = None
    if beside:
        from pipeline.engines.local import ForkedCall

        clustering = ForkedCall(partial(_metric_table, rows, sentence_of, rules))
    events, orders = _events(docs, rows, rules)
    organizations = _organizations(rows, org_kinds, sentence_of)
    metric_rows, metric_groups = (clustering.result() if clustering is not None
                                  else _metric_table(rows, sentence_of, rules))
    metrics = [dict(zip(TABLE_COLUMNS["metrics"], values, strict=True)) for values in metric_rows]
    conflicts = _conflicts(events, orders, metric_groups, rows, sentence_of)
    cities = _cities(rows, docs, events, orders, metrics, rules)
    return {
        "cities": _ordered(cities, "cities"),
        "organizations": _ordered(organizations, "organizations"),
        "metrics": metrics,
        "events": _ordered(events, "events"),  # drops the private `_date`
        "conflicts": _ordered(conflicts, "conflicts"),
    }


def _parties(s: Sentence, rows: Sequence[Row]) -> str:
    """Canonical names of the organizations named in a sentence."""
    return _join(rows[m.idx].org for m in s.of_type("ORG"))


@lru_cache(maxsize=8)
def _trigger_patterns(
    triggers: tuple[Trigger, ...]
) -> tuple[list[tuple[Trigger, re.Pattern[str]]], re.Pattern[str] | None]:
    """Each trigger's regex, and one for any trigger word. One search for any trigger word rules
    out most sentences at once; in the others, a trigger whose word is not in the sentence skips
    its regex."""
    patterns = [(trig, re.compile(re.escape(trig.word))) for trig in triggers]
    words = sorted({trig.word for trig in triggers}, key=lambda w: (-len(w), w))
    return patterns, re.compile("|".join(re.escape(w) for w in words)) if words else None


@lru_cache(maxsize=8)
def _sentence_cues(triggers: tuple[Trigger, ...]) -> re.Pattern[str]:
    """What makes a sentence without mentions matter to `_events`: a trigger word, or a character
    every ordinal (ORDINAL) starts with. Words holding a sentence end can never match inside a
    sentence, so they are left out; any other match lies inside one sentence."""
    words = sorted({t.word for t in triggers if t.word and SENTENCE_END.isdisjoint(t.word)},
                   key=lambda w: (-len(w), w))
    return re.compile("|".join(["[第首]", *(re.escape(w) for w in words)]))


def _events(docs: dict[str, Doc], rows: Sequence[Row], rules: Rules) -> tuple[list[dict], list[Order]]:
    """Events from trigger words and from ordinal statements, one per sentence, kind and city."""
    events: list[dict] = []
    orders: list[Order] = []
    patterns, any_trigger = _trigger_patterns(rules.triggers)
    for doc in docs.values():
        seen: set[tuple] = set()
        for s in doc.sentences:
            found: list[tuple[str, int, int, list[str], M | None, str]] = []
            claimed: list[tuple[int, int]] = []
            for trig, pattern in patterns if any_trigger is not None and any_trigger.search(s.simp) else ():
                if trig.word not in s.simp:
                    continue
                for hit in pattern.finditer(s.simp):
                    a, b = hit.span()
                    if any(a < y and x < b for x, y in claimed) or _blocked(s.simp, a, rules):
                        continue
                    ca, cb = s.clause(a)
                    if not _tail_after(s.simp, b, cb, trig.tail, rules):
                        continue
                    claimed.append((a, b))
                    subject = ""
                    if trig.kind == "founded":
                        near = sorted(s.of_type("ORG", ca, cb), key=lambda m: (abs(m.a - a), m.a))
                        subject = rows[near[0].idx].org if near else ""
                    found.append((trig.kind, a, b, _event_cities(s, a, b), _date_for(s, a, rules), subject))
            for order in find_orders(s, rules):
                orders.append(order)
                a = s.local(order.start)
                found.append(("joined", a, s.local(order.end), [order.city], order.date, ""))
            if not found:
                continue
            parties = _parties(s, rows)
            for kind, a, b, cities, date, subject in sorted(found, key=lambda f: (f[1], f[0])):
                for city in cities or [""]:
                    key = (s.text, kind, city)
                    if key in seen:
                        continue
                    seen.add(key)
                    start, end = s.orig(a, b)
                    events.append({
                        "date": date.norm if date else "",
                        "city": city,
                        "kind": kind,
                        "subject": subject,
                        "parties": parties,
                        "trigger": doc.text[start:end],
                        "doc_id": s.doc_id,
                        "start": start,
                        "end": end,
                        "sentence": s.text,
                        "_date": date,
                    })
    events.sort(key=lambda e: (e["doc_id"], e["start"], e["kind"], e["city"]))
    for i, event in enumerate(events, 1):
        event["event_id"] = i
    return events, orders


class _KeyClusters:
    """The METRIC clusters of one (city, value, unit, qualifier), in the order they were made.

    A figure joins the first cluster whose subject agrees with its own and whose as-of date is
    compatible. Subjects agree when either is unknown or both name the same thing (计程车 =
    出租车: the same `subject_key`). Clusters are kept by subject key too, so a figure with a
    subject looks only at the clusters without one and those of its own subject key (a group
    can hold dozens of subjects; the keys are memoized: `prepare` computed them all).
    """

    __slots__ = ("every", "unnamed", "by_subject")

    def __init__(self) -> None:
        self.every: list[dict] = []
        self.unnamed: list[dict] = []  # clusters without a subject yet
        self.by_subject: dict[str, list[dict]] = {}  # subject_key -> clusters, in order

    def first_match(self, subject: str, as_of: str) -> dict | None:
        if not self.every:  # the first figure of its (city, value, unit, qualifier): most of them
            return None
        if not subject:  # every cluster's subject agrees with an unknown one
            return next((c for c in self.every if dates_compatible(c["as_of"], as_of)), None)
        found = None
        for clusters in (self.unnamed, self.by_subject.get(subject_key(subject), ())):
            c = next((c for c in clusters if dates_compatible(c["as_of"], as_of)), None)
            if c is not None and (found is None or c["n"] < found["n"]):
                found = c
        return found

    def add(self, cluster: dict) -> None:
        self.every.append(cluster)
        self.unnamed.append(cluster)

    def name(self, cluster: dict, subject: str) -> None:
        """A cluster gets its subject (once): it moves to that subject's clusters, in order."""
        cluster["subject"] = subject
        del self.unnamed[next(i for i, c in enumerate(self.unnamed) if c is cluster)]
        named = self.by_subject.setdefault(subject_key(subject), [])
        named.insert(bisect.bisect([c["n"] for c in named], cluster["n"]), cluster)


def _metrics(
    rows: Sequence[Row], sentence_of: Sequence[Sentence | None], rules: Rules
) -> tuple[list[dict], list[tuple[list[int], str]]]:
    """One row per fact: equal city, value, unit and qualifier with compatible subject and as-of merge."""
    clusters: list[dict] = []
    by_key: dict[tuple, _KeyClusters] = defaultdict(_KeyClusters)
    for r in rows:
        if r.type != "METRIC":
            continue
        value = number(r.value or r.normalized)
        if value is None:
            continue
        s = sentence_of[r.idx]
        as_of = ""
        if s is not None:
            date = _date_for(s, s.local(r.start), rules, asof=True)
            as_of = date.norm if date else ""
        key = (r.city, Decimal(str(value)).normalize(), t2s(r.unit), r.qualifier or "exact")
        group = by_key[key]
        c = group.first_match(r.subject, as_of)
        if c is None:
            c = {"key": key, "subject": "", "as_of": "", "members": [], "n": len(clusters)}
            clusters.append(c)
            group.add(c)
        if not c["subject"] and r.subject:
            group.name(c, r.subject)
        if _precision(as_of) > _precision(c["as_of"]):
            c["as_of"] = as_of
        c["members"].append((r.idx, value, s))
    records: list[dict] = []
    for c in clusters:
        idx, value, s = c["members"][0]
        first = rows[idx]
        city, _, unit, qualifier = c["key"]
        records.append({
            "city": city, "subject": c["subject"], "value": value, "unit": unit, "qualifier": qualifier,
            "as_of": c["as_of"], "text": first.text, "doc_id": first.doc_id,
            "start": first.start, "end": first.end, "sentence": s.text if s else "",
            "n_sources": len(c["members"]),
            "sources": "|".join(
                f"{rows[i].doc_id}:{rows[i].start}-{rows[i].end}" for i, _, _ in c["members"]
            ),
            "_members": [i for i, _, _ in c["members"]],
        })
    records.sort(key=lambda r: (r["doc_id"], r["start"], r["end"]))
    groups = []
    for i, record in enumerate(records, 1):
        record["metric_id"] = i
        groups.append((record.pop("_members"), record["as_of"]))
    return records, groups


def _metric_table(
    rows: Sequence[Row], sentence_of: Sequence[Sentence | None], rules: Rules
) -> tuple[list[tuple], list[tuple[list[int], str]]]:
    """`_metrics`, each row of the table as a tuple of its values in column order: plain tuples
    are what a forked copy sends back fastest."""
    columns = TABLE_COLUMNS["metrics"]
    records, groups = _metrics(rows, sentence_of, rules)
    return [tuple(r.get(c) for c in columns) for r in records], groups


def _side_rows(kind: str, topic: str, sides: dict[str, list[dict]]) -> list[dict]:
    """Rows of one conflict: sides numbered in value order, sources in (doc_id, start) order."""
    rows = []
    for n, value in enumerate(sorted(sides), 1):
        for item in sorted(sides[value], key=lambda x: (x["doc_id"], x["start"])):
            rows.append({"kind": kind, "topic": topic, "side": n, "value": value, **item})
    return rows


def _conflicts(
    events: list[dict], orders: list[Order], metric_groups: list[tuple[list[int], str]], rows: Sequence[Row],
    sentence_of: Sequence[Sentence | None],
) -> list[dict]:
    """Facts the articles (or one article) disagree on: event dates, city orders, metric values."""
    found: list[list[dict]] = []
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for e in events:
        if not e["date"]:
            continue
        if e["kind"] == "founded" and e["subject"]:
            by_key[("founded", e["subject"], e["city"])].append(e)
        elif e["kind"] in JOIN_KINDS and e["city"]:
            by_key[(e["kind"], e["city"], "")].append(e)
    for (kind, what, city), group in sorted(by_key.items()):
        dates = sorted({e["date"] for e in group})
        if all(dates_compatible(x, y) for x in dates for y in dates):
            continue
        sides: dict[str, list[dict]] = defaultdict(list)
        for e in group:
            d: M = e["_date"]
            date_row = rows[d.idx]
            sides[e["date"]].append({"doc_id": e["doc_id"], "start": date_row.start, "end": date_row.end,
                                     "text": date_row.text, "sentence": e["sentence"]})
        topic = f"{kind} {what}" + (f" @ {city}" if city else "")
        found.append(_side_rows("event_date", topic, sides))
    by_city: dict[str, list[Order]] = defaultdict(list)
    by_order: dict[int, list[Order]] = defaultdict(list)
    for o in orders:
        by_city[o.city].append(o)
        by_order[o.order].append(o)
    for city, group in sorted(by_city.items()):
        if len({o.order for o in group}) > 1:
            sides = _order_sides(group, lambda o: str(o.order))
            found.append(_side_rows("city_order", f"order of {city}", sides))
    for order, group in sorted(by_order.items()):
        if len({o.city for o in group}) > 1:
            sides = _order_sides(group, lambda o: o.city)
            found.append(_side_rows("order_city", f"city number {order}", sides))
    found.extend(_metric_conflicts(metric_groups, rows, sentence_of))
    conflict_rows: list[dict] = []
    for i, group in enumerate(sorted(found, key=lambda g: (g[0]["kind"], g[0]["topic"])), 1):
        for row in group:
            conflict_rows.append({"conflict_id": i, **row})
    return conflict_rows


def _order_sides(group: list[Order], value) -> dict[str, list[dict]]:
    """Sides of an order conflict, keyed by the value that differs."""
    sides: dict[str, list[dict]] = defaultdict(list)
    for o in group:
        sides[value(o)].append({"doc_id": o.doc_id, "start": o.start, "end": o.end, "text": o.text,
                                "sentence": o.sentence})
    return sides


def _metric_conflicts(
    groups: list[tuple[list[int], str]], rows: Sequence[Row], sentence_of: Sequence[Sentence | None]
) -> list[list[dict]]:
    """Figures that cannot both hold: same city, subject (non-empty) and unit, and the same time.

    The same time: both without an as-of date, or both with compatible ones. Two figures of one
    sentence never conflict (全市8000台…其中主城区5000台 measures two things).
    """
    facts = []
    for members, as_of in groups:
        r = rows[members[0]]
        subject = next((rows[i].subject for i in members if rows[i].subject), "")
        if subject:
            where = {(rows[i].doc_id, _sentence_start(sentence_of[i], i)) for i in members}
            value = number(r.value or r.normalized)
            topic = (r.city, subject_key(subject), t2s(r.unit))
            facts.append((topic, value, r.qualifier or "exact", as_of, where, members))
    by_topic: dict[tuple, list] = defaultdict(list)
    for f in facts:
        by_topic[f[0]].append(f)
    out = []
    for (city, subject, unit), group in sorted(by_topic.items()):
        clash = [
            f for f in group
            if any(
                values_disagree(f[1], f[2], g[1], g[2])
                and bool(f[3]) == bool(g[3]) and dates_compatible(f[3], g[3])
                and not f[4] & g[4]
                for g in group if g is not f
            )
        ]
        if len(clash) < 2:
            continue
        sides: dict[str, list[dict]] = defaultdict(list)
        for f in clash:
            label = f"{f[1]}" + ("" if f[2] == "exact" else f" ({f[2]})")
            for i in f[5]:
                s = sentence_of[i]
                m = rows[i]
                sides[label].append({
                    "doc_id": m.doc_id, "start": m.start, "end": m.end, "text": m.text,
                    "sentence": s.text if s else "",
                })
        topic = " ".join(p for p in (city or "(no city)", subject, unit) if p)
        out.append(_side_rows("metric_value", topic, sides))
    return out


def _sentence_start(s: Sentence | None, idx: int) -> int:
    """Where a mention's sentence starts (a negative stand-in for a mention with no sentence)."""
    return s.start if s is not None else -1 - idx


@lru_cache(maxsize=8)
def _sector_words(sectors: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """(word, sector) pairs by the word's first character.

    A sentence is searched only for the words whose first character it holds: the same sectors
    as searching it for every word, without a substring search per word and sentence.
    """
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for word, sector in sectors:
        by_first[word[:1]].append((word, sector))
    return {first: tuple(pairs) for first, pairs in by_first.items()}


def _sectors(s: Sentence, rules: Rules) -> set[str]:
    """Sectors named in a sentence, outside its ORG mentions."""
    text = s.simp
    orgs = s.of_type("ORG")
    if orgs:
        masked = list(text)
        for m in orgs:
            for i in range(m.a, min(m.b, len(masked))):
                masked[i] = "\0"
        text = "".join(masked)
    words = _sector_words(rules.sectors)
    firsts = set(text) & words.keys()
    if "" in words:  # an empty word is in every text
        firsts.add("")
    return {sector for first in firsts for word, sector in words[first] if word in text}


def _cities(
    rows: Sequence[Row], docs: dict[str, Doc], events: list[dict], orders: list[Order], metrics: list[dict],
    rules: Rules,
) -> list[dict]:
    """One row per city: gazetteer data, joining facts, partners, sectors, counts and sources."""
    mentioned = [r for r in rows if r.type == "CITY"]
    attributed_rows = [r for r in rows if r.city != ""]
    names = {r.normalized for r in mentioned} | {r.city for r in attributed_rows}
    names |= {e["city"] for e in events}
    names.discard("")
    n_mentions = Counter(r.normalized for r in mentioned)
    naming_docs: dict[str, list[str]] = defaultdict(list)
    for r in mentioned:
        naming_docs[r.normalized].append(r.doc_id)
    attributing_docs: dict[str, list[str]] = defaultdict(list)
    for r in attributed_rows:
        attributing_docs[r.city].append(r.doc_id)
    sources = {name: _join(ids) for name, ids in naming_docs.items()}
    attributed = {name: _join(ids) for name, ids in attributing_docs.items()}
    # Events, orders and metrics by city, once: not one scan of each list per city.
    events_of: dict[str, list[dict]] = defaultdict(list)
    for e in events:
        events_of[e["city"]].append(e)
    orders_of: dict[str, list[Order]] = defaultdict(list)
    for o in orders:
        orders_of[o.city].append(o)
    n_metrics = Counter(m["city"] for m in metrics)
    sectors: dict[str, set[str]] = defaultdict(set)
    for doc in docs.values():
        for s in doc.sentences:
            if not s.section_city and not s.mentions:
                continue  # about no city
            about = {s.section_city} if s.section_city else {m.norm for m in s.of_type("CITY")}
            found = _sectors(s, rules) if about - {""} else set()
            for city in about - {""}:
                sectors[city] |= found
    records = []
    for name in sorted(names):
        own = events_of.get(name, [])
        joins = [e for e in own if e["kind"] in JOIN_KINDS]
        counted = Counter(o.order for o in orders_of.get(name, ()))
        order = min(counted, key=lambda k: (-counted[k], k)) if counted else None
        province, adcode = rules.cities.get(name, ("", ""))
        records.append({
            "name": name,
            "province": province,
            "adcode": adcode,
            "joined": int(bool(joins)),
            "joined_date": best_date(e["date"] for e in joins),
            "join_order": order,
            "partners": _join(p for e in own for p in e["parties"].split("|")),
            "sectors": _join(sectors.get(name, ())),
            "n_mentions": n_mentions.get(name, 0),
            "n_metrics": n_metrics.get(name, 0),
            "sources": _join([*sources.get(name, "").split("|"), *attributed.get(name, "").split("|")]),
        })
    return records


def _organizations(
    rows: Sequence[Row], kinds: dict[str, str], sentence_of: Sequence[Sentence | None]
) -> list[dict]:
    """One row per organization group: every surface form, kind, cities named alongside, sources."""
    members: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        if r.type == "ORG":
            members[r.org].append(r)
    records = []
    for name in sorted(members):
        group = members[name]
        aliases = {t2s(r.normalized or r.text) for r in group}
        aliases |= {r.text for r in group}
        cities = set()
        for r in group:
            s = sentence_of[r.idx]
            if s is not None:
                cities |= {m.norm for m in s.of_type("CITY")}
        records.append({
            "name": name,
            "aliases": _join(aliases),
            "kind": kinds.get(name, ""),
            "cities": _join(cities),
            "n_mentions": len(group),
            "sources": _join(r.doc_id for r in group),
        })
    return records
