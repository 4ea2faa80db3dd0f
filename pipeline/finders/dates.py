"""DATE mentions in simplified Chinese news text (SPEC section 3, DATE).

Pure Python, no spaCy. A few regexes, built once from the tables in rules/dates/, propose candidates;
overlaps are settled leftmost-longest (so 去年同期 beats 去年, and 明后年 blocks 后年); then the
mentions are resolved left to right, because a relative date may need the period its sentence
states (2019年的营收比去年 -> 2018), the date the text just gave (当天) or a bracketed gloss
(昨天（7月27日）). Offsets are into the text as given; full-width digits are read through a
same-length half-width copy.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from pipeline.finders.first_chars import compile_prefiltered
from pipeline.normalize.dates import (
    Holiday,
    RefDate,
    days_in_month,
    holiday_date,
    iso,
    iso_quarter,
    iso_week,
    lunar_to_solar,
    parse_number,
    roc_to_ad,
    shift_month,
    to_halfwidth,
    week_of,
)
from pipeline.rulefiles import read_table
from pipeline.tokens import SegmentedWords, Word, WordIndex, word_index

__all__ = ["DateMatch", "find_dates", "infer_reference_year", "RULES_DIR"]

RULES_DIR = Path(__file__).resolve().parents[2] / "rules" / "dates"


@dataclass(frozen=True)
class DateMatch:
    """One DATE mention: offsets into the text given (end exclusive) and its ISO value."""

    start: int
    end: int
    text: str
    normalized: str
    inferred: bool  # the year came from a year inferred from the text (no manifest date)


# ---------------------------------------------------------------------------------------------
# rule tables


@dataclass(frozen=True)
class _RelWord:
    word: str
    unit: str  # year | month | week | day | same_period
    offset: int
    anchor: str  # ref | sentence | previous | stated


@dataclass(frozen=True)
class _Part:
    suffix: str
    applies_to: str  # year | month | day
    value: str  # year | Q1..Q4 | month | day
    standalone: bool
    not_before: str
    at_month: int | None = None  # the month a part of the year points at (年底 12, 年初 1)


@dataclass(frozen=True)
class _Rules:
    relative: dict[str, _RelWord]
    holidays: dict[str, Holiday]
    taiwan_holidays: dict[str, Holiday]  # Taiwan's own days, over the rows of the same name
    parts: tuple[_Part, ...]
    blocks: dict[str, str]  # phrase -> kind
    before_number: tuple[str, ...]
    after_number: tuple[str, ...]
    after_year: tuple[str, ...]
    measure: tuple[str, ...]
    not_subjects: frozenset[str]  # verbs jieba tags as nouns or places (上市): no period's subject
    owned_words: tuple[str, ...]  # the blocks of kind word (提前, 加上): they own their characters
    holiday_cues: dict[str, tuple[str, ...]]  # 十一 -> (黄金周, 长假 ...): a DATE only before one
    guard_words: tuple[str, ...] = ()  # nouns that end with a before_number guard (指数: not 数)
    name_ends: frozenset[str] = frozenset()  # 线 of 港澳线|上月: ends a line's name, not 线上
    recurring: tuple[str, ...] = ()  # the blocks of kind recurring (每年, 每月): no range after them
    verb_subjects: frozenset[str] = frozenset()  # verbs jieba tags v that a period counts (投诉)
    after_number_ok: tuple[str, ...] = ()  # words opening with an after_number guard that make none (多出)


@lru_cache(maxsize=4)
def _load_rules(rules_dir: Path = RULES_DIR) -> _Rules:
    """Read rules/dates/*.csv once per process."""
    relative = {
        r["word"]: _RelWord(r["word"], r["unit"], int(r["offset"]), r["anchor"])
        for r in read_table(rules_dir / "relative.csv")
    }
    holidays: dict[str, Holiday] = {}
    taiwan_holidays: dict[str, Holiday] = {}
    for r in read_table(rules_dir / "holidays.csv"):
        region = r.get("region") or ""
        if region not in ("", "taiwan"):
            raise ValueError(f"holidays.csv: unknown region {region!r} for {r['name']}")
        table = taiwan_holidays if region == "taiwan" else holidays
        table[r["name"]] = Holiday(
            r["name"], r["calendar"], int(r["month"]), int(r["day"]) if r["day"] else None, r["param"]
        )
    for name in taiwan_holidays.keys() - holidays.keys():  # the grammar finds the names of `holidays`
        raise ValueError(f"holidays.csv: {name} has a taiwan row but no row for everywhere")
    parts = tuple(
        _Part(r["suffix"], r["applies_to"], r["value"], r["standalone"] == "yes", r["not_before"],
              int(r["at_month"]) if r.get("at_month") else None)
        for r in read_table(rules_dir / "periods.csv")
    )
    blocks: dict[str, str] = {}
    guards: dict[str, list[str]] = {"before_number": [], "after_number": [], "after_year": [], "measure": [],
                                    "not_subject": [], "guard_word": [], "name_end": [], "subject": [],
                                    "after_number_ok": []}
    for r in read_table(rules_dir / "not_dates.csv"):
        if r["kind"] in guards:
            guards[r["kind"]].append(r["text"])
        else:
            blocks[r["text"]] = r["kind"]

    cues = {r["name"]: tuple(w for w in r["after"].split("|") if w)
            for r in read_table(rules_dir / "holiday_cues.csv")}
    for name in cues.keys() - holidays.keys():
        raise ValueError(f"holiday_cues.csv: {name} is not a holiday of holidays.csv")

    def longest_first(words: list[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=len, reverse=True))

    return _Rules(
        relative,
        holidays,
        taiwan_holidays,
        parts,
        blocks,
        longest_first(guards["before_number"]),
        longest_first(guards["after_number"]),
        longest_first(guards["after_year"]),
        longest_first(guards["measure"]),
        frozenset(guards["not_subject"]),
        tuple(w for w, kind in blocks.items() if kind == "word"),
        cues,
        longest_first(guards["guard_word"]),
        frozenset(guards["name_end"]),
        tuple(w for w, kind in blocks.items() if kind == "recurring"),
        frozenset(guards["subject"]),
        longest_first(guards["after_number_ok"]),
    )


# ---------------------------------------------------------------------------------------------
# grammar

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_CN_NUM = "〇○零一二两三四五六七八九十百千万"
AR_MONTH = r"(?:1[0-2]|0?[1-9])(?![0-9])"
CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
MONTH = rf"(?:(?<![0-9.]){AR_MONTH}|(?<![{_CN_NUM}]){CN_MONTH})"
AR_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
CN_DAY = (r"(?:三十一?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?"
          r"|十[一二三四五六七八九]?|[一二三四五六七八九])")
DAY = rf"(?:{AR_DAY}|{CN_DAY})"
DAY_MARK = r"(?:日|号(?![线楼院文门馆桥口]))"
RANGE = r"(?:至|到|-|—|–|~|、)"
# what joins the two ends of a range; a clock time may end the first (10月13日20时至11月11日24时)
_UP_TO = ("截至", "截止", "截止到", "截至到")  # 截至12月15日: up to a day
# the first year of a range of ROC years right before the second (115年至|116年间): a calendar year
_ROC_RANGE_END = re.compile(r"[0-9]{2,3}年(?:至|到|-|—|–)$")
_RANGE_ONLY = re.compile(r"(?: ?[0-9]{1,2}[时点](?:[0-9]{1,2}分)?)? ?(?:至|到|-|—|–|~) ?")
_D19 = "[一二三四五六七八九]"
LUNAR_DAY = rf"(?:初[一二三四五六七八九十]|十{_D19}|二十{_D19}?|廿{_D19}|三十)"
LUNAR = (
    rf"(?:(?:农历|阴历)(?:正|腊|冬|{CN_MONTH})月{LUNAR_DAY}"
    rf"|(?:正|腊)月{LUNAR_DAY}|大年初[一二三四五六七八九十])"
)
# the second end of a range of lunar days after the first (大年初二至初五, 正月初八到十五)
_LUNAR_RANGE_END = re.compile(rf"(?:至|到|-|—|–|~)(?P<d>{LUNAR_DAY})")
_LUNAR_PARSE = re.compile(rf"(?:农历|阴历)?(?:(?P<m>正|腊|冬|{CN_MONTH})月|大年)(?P<d>{LUNAR_DAY})")
MULTI = (
    r"(?:(?:首|前)(?:1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])个?月"
    r"|(?:首|前)(?:[一二两三]|[1-3])个?季度?)"
)
# 上周日均: 日均 is daily average; 本周一起 is "together", but 本周三起 "from Wednesday"; a measure
# word after the numeral makes a count (上周三隻新股: three new shares last week); 同 after a
# weekday is "with" (上周六同黄山旅游签约), not 同比 or 同期; 一度 is "at one point" (上周一度升至),
# but 度假 and 度过 after a Monday are the day's (下周一度假)
_COUNTED = "只隻家个個名位项項宗间間座场場"
WEEKDAY = (rf"(?:一(?![直些样切般定致同起均{_COUNTED}]|度(?![假过]))"
           rf"|[二三四五六日天末](?![直些样切般定致均{_COUNTED}]|同[比期时样]))")
# 由本周一起: "from Monday" (由/从/自 … 起), not "together"
_FROM_BEFORE = frozenset("由从自從")
_MONDAY = re.compile("一")
CN_YEAR4 = r"(?<![〇○零一二三四五六七八九十])[〇○零一二三四五六七八九]{4}"
# a space between Han characters (or after a figure's %) only stands between a headline's halves
_SENT_RE = re.compile(r"[。！？!?；;\n]|(?<=[\u4e00-\u9fff%）”])[ \u3000]+(?=[\u4e00-\u9fff])")
_PARA_RE = re.compile(r"\n")
_OPEN, _CLOSE = "(（", ")）"
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
_MULTI_OK_BEFORE = set("在于至到和与及、的是其为")
_DASHES = "-—–~"
_YEAR_DASH_END = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[-—–~]$")
_YEAR_RANGE_NEXT = re.compile(r"[-—–~至到](?:19|20)[0-9]{2}(?![0-9])")
_MAX_YEARS_AGO = 999  # 2020年前 is "before 2020", not 2020 years ago


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation, longest first so the longest word wins at a position."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _part_alt(parts: list[_Part]) -> str:
    """Alternation of parts, each followed by its `not_before` guard."""
    out = []
    for p in sorted(parts, key=lambda p: len(p.suffix), reverse=True):
        if p.not_before == "*" and p.suffix.startswith("年"):
            guard = f"(?:(?<=年{re.escape(p.suffix)})|(?![{_CJK}]))"  # 明年年中投入, not 2016年中国
        elif p.not_before == "*":
            guard = f"(?![{_CJK}])"
        elif p.not_before:
            chars, *fine = p.not_before.split("!")  # !集资: a word that starts with one, fine after it
            unless = "".join(f"(?!{re.escape(w)})" for w in fine)
            guard = f"(?!{unless}[{_CJK if chars == '*' else re.escape(chars)}])"  # *!仍: any but 仍…
        else:
            guard = ""
        out.append(re.escape(p.suffix) + guard)
    return "(?:" + "|".join(out) + ")" if out else "(?!)"


def _month_tail(mpart: str, pod: str) -> str:
    """Month, then a day (or the first day of a day range) or a part of the month."""
    return (
        rf"(?P<mon>{MONTH})(?: ?月(?: ?(?P<day>{DAY})(?: ?{DAY_MARK}(?P<pod>{pod})?"
        rf"|(?={RANGE}{DAY} ?{DAY_MARK}))|(?P<mpart>{mpart}))?|(?={RANGE}{MONTH} ?月))"
    )


@dataclass(frozen=True)
class _Grammar:
    """The compiled regexes for one rule set and one setting of `taiwan`."""

    cal: re.Pattern[str]
    md: re.Pattern[str]
    iso: re.Pattern[str]
    roc_slash: re.Pattern[str] | None
    bare_year: re.Pattern[str]
    bare_day: re.Pattern[str]
    bracket_day: re.Pattern[str]
    bracket_year: re.Pattern[str]
    year_tail: re.Pattern[str]  # what may follow a year: a month, a quarter, a part, a holiday
    n_ago: re.Pattern[str]
    rel: re.Pattern[str]
    period: re.Pattern[str]
    holiday: re.Pattern[str]
    block: re.Pattern[str]
    pod: re.Pattern[str]
    mpart: re.Pattern[str]
    weekday: re.Pattern[str]
    day_tail: re.Pattern[str]
    parts: dict[tuple[str, str], _Part]


@lru_cache(maxsize=8)
def _grammar(taiwan: bool, rules_dir: Path = RULES_DIR) -> _Grammar:
    """Build the regexes from the rule tables (once per process and setting)."""
    rules = _load_rules(rules_dir)
    by = {kind: [p for p in rules.parts if p.applies_to == kind] for kind in ("year", "month", "day")}
    pod = _part_alt(by["day"])
    mpart = _part_alt(by["month"])
    ypart = _part_alt(by["year"])
    standalone = _part_alt([p for p in rules.parts if p.standalone and p.applies_to in ("year", "month")])
    cued = {w: rf"(?=[」』”\"']?(?:{_alt(after)}))" for w, after in rules.holiday_cues.items()}
    holiday_names = "|".join(  # longest first; a cued name only before its cue (十一 before 黄金周)
        re.escape(w) + cued.get(w, "") for w in sorted(rules.holidays, key=len, reverse=True)
    )
    year_words = [w for w, r in rules.relative.items() if r.unit == "year"]
    other_words = [w for w, r in rules.relative.items() if r.unit != "year"]
    bracket_prefixes = [w[:-1] for w, r in rules.relative.items() if r.unit == "day" and w.endswith("日")]

    roc = r"(?P<roc>民[国國](?:[0-9]{1,3}|[一二三四五六七八九十百]+|元))"
    bare_roc = r"|(?P<rocb>(?<![0-9.])[0-9]{2,3})" if taiwan else ""
    year = (
        rf"(?:(?P<yrel>{_alt(year_words)})"
        rf"|(?:(?P<yabs>(?<![0-9.])(?:1[0-9]{{3}}|20[0-9]{{2}})|{CN_YEAR4})|{roc}{bare_roc})"
        r" ?(?P<ysuf>年度|年))"
    )
    tail = (
        rf"(?:(?P<multi>{MULTI})|{_month_tail(mpart, pod)}"
        rf"|第(?P<wk>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})周"
        rf"|(?P<ypart>{ypart})|(?P<hol>{holiday_names}|{LUNAR}))"
    )
    sep = r"(?P<sep>[-/.])"
    iso_re = (
        r"(?<![0-9.\-/])(?P<y>1[0-9]{3}|20[0-9]{2})"
        + rf"(?:{sep}(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|\.[0-9])"
        + r"|(?P<sep2>[-/])(?P<m2>1[0-2]|0[1-9]|[1-9])(?![0-9]|[-/.][0-9]))"
    )
    return _Grammar(
        cal=compile_prefiltered(rf"{year}(?: ?{tail})?"),
        md=compile_prefiltered(_month_tail(mpart, pod)),
        iso=compile_prefiltered(iso_re),
        roc_slash=(
            compile_prefiltered(
                r"(?<![0-9./])(?P<y>[0-9]{2,3})/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
            )
            if taiwan
            else None
        ),
        bare_year=compile_prefiltered(r"(?<![0-9./:A-Za-z#])(?P<y>19[0-9]{2}|20[0-9]{2})(?![0-9]|\.[0-9])"),
        bare_day=compile_prefiltered(rf"(?<![0-9.月])(?P<day>{AR_DAY})(?:日(?P<pod>{pod})?|(?={RANGE}{AR_DAY}日))"),
        bracket_day=compile_prefiltered(
            rf"(?P<pre>{_alt(bracket_prefixes)})[(（](?P<day>{DAY})[)）]日(?P<pod>{pod})?"
            # the second day of a range or a pair written in Chinese numerals (十月一日至七日,
            # 十一月廿八日及廿九日; not a duration after a pair: 平日及三日内)
            rf"|(?<=日[至到])(?P<rday>{DAY})日(?![0-9])|(?<=日[及、])(?P<pday>{DAY})日(?![0-9内后前来间])"
            # a day in Chinese numerals alone in brackets, the gloss of a day word (本周四（廿六日）)
            rf"|(?<=[(（])(?P<gday>{CN_DAY})日(?=[)）])"
        ),
        # 今（115）年, 明（116）年: the year in brackets (a Taiwan ROC year, or one of ours)
        # 年度 is inside the span, as after a written year (明（116）年度; not 年度过: 度过, to spend)
        bracket_year=compile_prefiltered(r"(?<![0-9])[今明去前][(（](?P<by>[0-9]{2,4})[)）]年(?:度(?!过|過))?"),
        year_tail=re.compile(rf" ?{tail}"),
        n_ago=compile_prefiltered(
            r"(?<![0-9.])(?P<n>[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})年(?P<dir>以前|以后|之前|之后|前|后)"
        ),
        rel=compile_prefiltered(rf"(?P<rel>{_alt(other_words)})"),
        period=compile_prefiltered(rf"(?P<multi>{MULTI})|(?P<part>{standalone})"),
        holiday=compile_prefiltered(rf"(?P<hol>{holiday_names}|{LUNAR})"),
        block=compile_prefiltered(rf"(?P<block>{_alt(list(rules.blocks))})"),
        pod=re.compile(pod),
        mpart=re.compile(mpart),
        weekday=re.compile(WEEKDAY),
        day_tail=re.compile(rf"(?P<day>{DAY}) ?{DAY_MARK}(?P<pod>{pod})?"),
        parts={(p.applies_to, p.suffix): p for p in rules.parts},
    )


# ---------------------------------------------------------------------------------------------
# candidates


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # cal | bare_day | rel | n_ago | hol | block
    g: dict[str, str]  # the parts the resolver needs
    anchor: bool = True  # may fix the period its sentence is about


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff"


def _gd(m: re.Match[str]) -> dict[str, str]:
    return {k: v for k, v in m.groupdict().items() if v is not None}


def _year_value(g: dict[str, str]) -> int | None:
    """The absolute year a cal candidate writes, or None for a relative or missing year."""
    if "yabs" in g:
        return parse_number(g["yabs"])
    if "roc" in g:
        return roc_to_ad(parse_number(g["roc"][2:]))
    if "rocb" in g:
        return roc_to_ad(int(g["rocb"]))
    return None


def _valid_md(year: int | None, g: dict[str, str]) -> bool:
    """Month 1-12 and a day that exists in that month (29 Feb only in a leap or unknown year)."""
    if "mon" not in g:
        return True
    month = parse_number(g["mon"])
    if not 1 <= month <= 12:
        return False
    return "day" not in g or 1 <= parse_number(g["day"]) <= days_in_month(year, month)


def _candidates(
    text: str, gr: _Grammar, rules: _Rules, subject_before: Callable[[int], bool] = lambda _: False,
    name_before: Callable[[int], int] = lambda _: 0, year_now: int | None = None,
) -> list[_Cand]:
    """Every regex proposal that passes its local guards (overlaps are settled later).

    `subject_before(pos)`: whether the word that ends at `pos` is a noun, a name or a pronoun;
    `name_before(pos)`: the length of the proper name (a jieba nt/nr/nz word) that ends at `pos`,
    or 0; `year_now`: the article's year, if known.
    """
    out: list[_Cand] = []
    n = len(text)

    def before_guard(start: int) -> bool:
        # 数 in 指数 is the word's (指数11月12日 is a date), not 数 as "several" (数11日); so is
        # the end of a name (英业达|10月营收: not 达 "amounting to")
        if not text.endswith(rules.before_number, 0, start) or text.endswith(rules.guard_words, 0, start):
            return False
        named = name_before(start)
        return not named or not any(len(w) < named and text.endswith(w, 0, start)
                                    for w in rules.before_number)

    def after_guard(end: int) -> bool:
        return text.startswith(rules.after_number, end) and not text.startswith(rules.after_number_ok, end)

    def after_year_guard(end: int) -> bool:
        return text.startswith(rules.after_year, end)

    for m in gr.cal.finditer(text):
        g = _gd(m)
        whole = rules.relative.get(m.group())
        if "yrel" in g and whole is not None and whole.unit != "year":
            continue  # 去年同期 is its own word (the sentence's period), not 去年 with the part 同期
        year = _year_value(g)
        if "ysuf" in g and "yrel" not in g:
            if year is None or not 1 <= year <= 2200:
                continue
            ysuf_end = m.end("ysuf")
            # 2019年来 and 民國113年來台 are years; 112年来 is "in the last 112 years"
            range_end = "rocb" in g and _ROC_RANGE_END.search(text, max(0, m.start() - 8), m.start())
            calendar_year = ("yabs" in g and 1900 <= year <= 2099) or "roc" in g or bool(range_end)
            if m.end() == ysuf_end and (
                after_year_guard(ysuf_end) or (after_guard(ysuf_end) and not calendar_year)
            ):
                continue
            # a bare ROC year of three digits within two years of the article's is that year
            # after 达 too (仅达115年配额), where 达40年 is a duration
            near_roc = ("rocb" in g and year is not None and year_now is not None
                        and len(g["rocb"]) == 3 and abs(year - year_now) <= 2)
            if (m.end() == ysuf_end and "roc" not in g and before_guard(m.start()) and not near_roc
                    and not text.startswith(_WHOLE_YEAR_AFTER, ysuf_end)):
                continue  # 超过3年 is a duration; 超过114年全年的 is the year 114
            if "rocb" in g and not (40 <= int(g["rocb"]) <= 199):
                continue
        if not _valid_md(year, g) or ("wk" in g and not 1 <= parse_number(g["wk"]) <= 53):
            # 2017年2月29日 is no date; its 2月29日 must not come back as one either
            out.append(_Cand(m.start(), m.end(), "block", {"block": ""}, anchor=False))
            continue
        rel_only = "yrel" in g and len(g) == 1
        word = rules.relative.get(g.get("yrel", ""))
        anchor = not rel_only or (word is not None and word.offset == 0 and word.anchor == "ref")
        out.append(_Cand(m.start(), m.end(), "cal", g, anchor))

    for m in gr.md.finditer(text):
        g = _gd(m)
        if before_guard(m.start()) or not _valid_md(None, g):
            continue
        out.append(_Cand(m.start(), m.end(), "cal", g))

    for m in gr.iso.finditer(text):
        g = _gd(m)
        if "m2" in g:
            g = {"yabs": g["y"], "mon": g["m2"]}
        else:
            g = {"yabs": g["y"], "mon": g["m"], "day": g["d"]}
        if _valid_md(int(g["yabs"]), g):
            out.append(_Cand(m.start(), m.end(), "cal", g))

    if gr.roc_slash is not None:
        for m in gr.roc_slash.finditer(text):
            g = {"rocb": m.group("y"), "mon": m.group("m"), "day": m.group("d")}
            if 40 <= int(g["rocb"]) <= 199 and _valid_md(roc_to_ad(int(g["rocb"])), g):
                out.append(_Cand(m.start(), m.end(), "cal", g))

    for m in gr.bare_year.finditer(text):
        s, e = m.span()
        prev = text[s - 1] if s else ""
        nxt = text[e] if e < n else ""
        if nxt == "年" or text.startswith(rules.measure, e) or before_guard(s):
            continue
        if prev and prev in _DASHES and not _YEAR_DASH_END.search(text, max(0, s - 5), s):
            continue  # 0571-2016 is a phone number; 2017-2018赛季 is a range of years
        is_range = bool(nxt) and nxt in _DASHES + "至到" and _YEAR_RANGE_NEXT.match(text, e)
        if not (is_range or _is_cjk(prev) or _is_cjk(nxt)):
            continue
        out.append(_Cand(s, e, "cal", {"yabs": m.group("y")}))

    for m in gr.bare_day.finditer(text):
        if before_guard(m.start()) or after_guard(m.end()):
            continue
        out.append(_Cand(m.start(), m.end(), "bare_day", _gd(m)))

    for m in gr.bracket_day.finditer(text):
        g = _gd(m)
        if "rday" in g:  # 七日 after 十月一日至: a day of the month just given
            g = {"day": g.pop("rday")}
        elif "pday" in g:  # 廿九日 after 十一月廿八日及
            g = {"day": g.pop("pday")}
        elif "gday" in g:
            g = {"day": g.pop("gday")}
        out.append(_Cand(m.start(), m.end(), "bare_day", g))

    for m in gr.bracket_year.finditer(text):
        y = int(m.group("by"))
        g = {"yabs": m.group("by")} if y >= 1900 else {"rocb": m.group("by")} if 40 <= y <= 199 else None
        if g is not None:
            end = m.end()
            tail = gr.year_tail.match(text, end)  # 今（115）年第3季, 明（116）年1月: one date
            if tail is not None and _valid_md(y if y >= 1900 else y + 1911, _gd(tail)):
                g, end = {**g, **_gd(tail)}, tail.end()
            # the year is its word's (明（116）年 is 明年 glossed): a relative year states no period
            # of the sentence for 去年 or a bare month to count from (…，去年的420件 -> the reference's)
            out.append(_Cand(m.start(), end, "cal", g, anchor=m.group().startswith("今")))

    taiwan = gr.roc_slash is not None  # the grammar of a Taiwan text (it reads ROC dates)
    for m in gr.n_ago.finditer(text):
        num = parse_number(m.group("n"))
        if not 0 < num <= _MAX_YEARS_AGO or before_guard(m.start()):
            continue
        digits = m.group("n")
        if (taiwan and year_now is not None and digits.isdigit() and len(digits) == 3
                and 0 <= roc_to_ad(int(digits)) - year_now <= 5 and m.group().startswith(digits + "年")):
            continue  # 规划在119年前 in a Taiwan text: by the coming ROC year 119 (2030), not 119 years ago
        sign = -1 if m.group("dir") in ("前", "以前", "之前") else 1
        out.append(_Cand(m.start(), m.end(), "n_ago", {"n": str(sign * num)}, anchor=False))

    for m in gr.rel.finditer(text):
        word = rules.relative[m.group("rel")]
        end = m.end()
        g = {"rel": word.word}
        tail: re.Match[str] | None = None
        if word.unit == "day":
            tail = gr.pod.match(text, end)
        elif word.unit == "week":
            tail = gr.weekday.match(text, end)
            if (tail is None and text.startswith("一起", end)
                    and text[m.start() - 1:m.start()] in _FROM_BEFORE):
                tail = _MONDAY.match(text, end)  # 由本周一起: from Monday
            if tail:
                g["weekday"] = tail.group()
                tail = gr.pod.match(text, tail.end()) or tail
        elif word.unit == "quarter":
            tail = _QUARTER_END.match(text, end)  # 上季底, 上季度末: the quarter's end is the quarter
        elif word.unit == "month":
            tail = gr.day_tail.match(text, end)
            if tail:
                g.update(_gd(tail))
            else:
                tail = gr.mpart.match(text, end)
                if tail:
                    g["mpart"] = tail.group()
        if tail:
            end = tail.end()
        out.append(_Cand(m.start(), end, "rel", g, anchor=False))

    for m in gr.period.finditer(text):
        s = m.start()
        prev = text[s - 1] if s else ""
        if prev and (prev in _CN_NUM or prev.isdigit() or prev in "个半多几数每全整当这本同上下"):
            if (not text.endswith(rules.owned_words, 0, s) and not (prev in "数当" and subject_before(s))
                    and name_before(s) < 2):
                continue  # 上年底 is read whole; 加上|年底 is 年底; 门店|数, 便当|前10月 (a noun's end),
                # 雷允上|前三季度, 华润三九|前三季度 (a name's last character)
        multi = m.group("multi")
        if multi and multi.endswith("月") and "个" in multi and _is_cjk(prev):
            # 提前3个月, 离职前3个月 are durations; 前10月 (no 个) is always the calendar period,
            # and so is 前10个月 after the subject it is about (全市, 机场, 该行)
            if prev not in _MULTI_OK_BEFORE and not subject_before(s):
                continue
        out.append(_Cand(s, m.end(), "cal", _gd(m)))

    for m in gr.holiday.finditer(text):
        out.append(_Cand(m.start(), m.end(), "cal", _gd(m)))
        lunar = _LUNAR_PARSE.fullmatch(m.group())
        second = _LUNAR_RANGE_END.match(text, m.end()) if lunar is not None else None
        head = m.start() - 1 if text.endswith("的", 0, m.start()) else m.start()
        if lunar is not None and second is not None and not text.endswith(rules.recurring, 0, head):
            # 大年初二至初五: 初五 of the same month (not in 每年的五月初四至初六, a recurring range)
            hol = m.group()[:lunar.start("d")] + second.group("d")
            out.append(_Cand(second.start("d"), second.end(), "cal", {"hol": hol}))

    for m in gr.block.finditer(text):
        out.append(_Cand(m.start(), m.end(), "block", {"block": m.group()}, anchor=False))
    return out


_QUARTER_END = re.compile(r"[末底](?!期)")

# what closes the start of a span that runs up to now (自…以来，截至…; …发布后，截至…)
_SINCE_WORDS = ("以来", "后，", "之后，", "后,", "起，")

# what a month's baseline follows (比上月, 较上月, 环比上月, 与上月相比, 和上月持平, 由上月下降…转为持平)
_MONTH_BASELINE_AFTER = ("比", "较", "与", "和", "同", "由", "从", "较之", "相较于")

# what a comparison's baseline follows (较去年春节, 比2024年, 较年初: a past point, 相比 and 对比
# too): not the period its sentence is about (the finders read simplified text)
_COMPARED_WITH = ("较", "比", "相较", "较之")
# what closes a change whose baseline 由 opens (由2019年的1.55%降至…, 由民国108年的约1.6万公吨，增加到
# 去年的…): 至, or 到 right after a verb of change
_CHANGE_TO_RE = re.compile(r"至|[加少降升高大小长增]到")
# what only a calendar year takes after it (a part or the whole of it): 114年全年, 2025年底
_WHOLE_YEAR_AFTER = ("全年", "年底", "年初", "年中", "年末", "上半年", "下半年", "同期")


def _select(
    cands: list[_Cand], text: str, rules: _Rules,
    split: Callable[[int, int, bool], bool] | None = None,
) -> list[_Cand]:
    """Drop candidates a not-date phrase rules out, then leftmost-longest with no overlaps.

    A phrase blocks what it contains (明后年 blocks 后年, 今日头条 blocks 今日) and a date that runs
    past it wins (截至今年3月 despite 至今); a `word` also blocks a date that starts or ends inside it
    (提前年底, 晚上周边), unless its first character ends the word before it (`split`: 商会|上月 is
    no 会上) or, for a date that ends inside it, its last character opens the next word
    (2035年|货运量 is no 年货). A recurring phrase removes the date right after it (每月5日, 每年的春节).
    """

    def self_blocks(b: _Cand, c: _Cand) -> bool:
        if b.start <= c.start and c.end <= b.end:
            return True  # inside the phrase
        if rules.blocks.get(b.g["block"]) == "word":
            if split is not None and split(b.start, b.end, c.start < b.start < c.end < b.end):
                return False  # 商会|上月, 2035年|货运量: the word's characters are cut elsewhere
            return b.start < c.start < b.end or b.start < c.end < b.end
        return False

    blocks = [c for c in cands if c.kind == "block"]
    dates = [c for c in cands if c.kind != "block"]
    if blocks:
        blocks.sort(key=lambda b: b.start)
        starts = [b.start for b in blocks]
        kept = []
        for c in dates:
            i = bisect_right(starts, c.start)
            near = [b for b in blocks[max(0, i - 4) : i + 4] if b.start < c.end and c.start < b.end]
            if not any(self_blocks(b, c) for b in near):
                kept.append(c)
        dates = kept
    swallow = set()
    for b in blocks:
        if rules.blocks.get(b.g["block"]) == "recurring":
            swallow.add(b.end + 1 if text.startswith("的", b.end) else b.end)
    dates.sort(key=lambda c: (c.start, c.start - c.end))
    out: list[_Cand] = []
    last_end = -1
    for c in dates:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return [c for c in out if c.start not in swallow]


# ---------------------------------------------------------------------------------------------
# resolution


@dataclass(frozen=True)
class _Val:
    """A resolved date: the parts known, its precision, and whether the year came from the reference."""

    y: int | None
    m: int | None = None
    d: int | None = None
    prec: str = "year"  # year | month | day | quarter | week
    q: int | None = None
    w: int | None = None
    from_ref: bool = False

    def render(self) -> str:
        if self.prec == "quarter" and self.q is not None:
            return iso_quarter(self.y, self.q)
        if self.prec == "week":
            return iso_week(self.y, self.w)
        if self.prec == "day":
            if self.d is None:
                return f"{iso(self.y, self.m)}-XX" if self.m is not None else f"{iso(self.y)}-XX-XX"
            return iso(self.y, self.m, self.d)
        if self.prec == "month":
            return iso(self.y, self.m) if self.m is not None else f"{iso(self.y)}-XX"
        return iso(self.y)

    def year_only(self) -> _Val:
        return _Val(self.y, from_ref=self.from_ref)


@dataclass(slots=True)
class _Done:
    cand: _Cand
    val: _Val
    period: _Val  # what "the same period" means after this mention (a holiday week -> its year)
    sent: int
    para: int
    shifted: bool  # counted from another date (去年6月, 上月): no anchor for another relative date


def _from_date(d: dt.date, from_ref: bool) -> _Val:
    return _Val(d.year, d.month, d.day, "day", from_ref=from_ref)


class _Resolver:
    """Resolves candidates in text order, remembering what each sentence and paragraph has said."""

    def __init__(self, text: str, ref: RefDate, rules: _Rules, gr: _Grammar, taiwan_days: bool = False):
        self.text = text
        self.ref = ref
        self.rules = rules
        self.gr = gr
        self.holidays = {**rules.holidays, **rules.taiwan_holidays} if taiwan_days else rules.holidays
        self.done: list[_Done] = []
        self.sent_bounds = [m.start() for m in _SENT_RE.finditer(text)]
        self.para_bounds = [m.start() for m in _PARA_RE.finditer(text)]

    # -- context ---------------------------------------------------------------------------
    def _sent(self, pos: int) -> int:
        return bisect_right(self.sent_bounds, pos)

    def _para(self, pos: int) -> int:
        return bisect_right(self.para_bounds, pos)

    def _sentence_period(self, sent: int, strict: bool = False) -> _Val | None:
        """The most recent anchor in this sentence with a known year: the period the sentence states.

        `strict` (for a relative date) skips dates that were themselves counted from another one:
        in 明年6月建成，后年运营, 后年 is two years from now, not from 明年.
        """
        for k in range(len(self.done) - 1, -1, -1):
            d = self.done[k]
            if d.sent != sent:
                break
            if not d.cand.anchor and self._now_word(d):
                return d.period  # 去年11月…，本月…较10月: the sentence is back at the reference date
            if d.cand.anchor and d.val.y is not None and not (strict and d.shifted):
                t = self.text
                if t.endswith(_COMPARED_WITH, 0, d.cand.start) or t.startswith("以来", d.cand.end):
                    continue  # 较去年春节…, 创2021年以来新高: a baseline or a start, not the period
                if self._span_start(d, sent):
                    continue  # 自2024年6月…以来, 由2019年的1.55%降至…: a start or a baseline
                if self._future_target(d, k):
                    continue  # 到2030年…将达到100亿元，较两年前增长: a plan's goal, its baseline now
                if t.rfind("《", 0, d.cand.start) > t.rfind("》", 0, d.cand.start):
                    continue  # 《2025年收入及工时…报告》显示，去年5月: the title's year, not the period
                return self._stated_period(k)  # 1月至2月: several months, the year
        return None

    def _future_target(self, d: _Done, k: int) -> bool:
        """A year after the reference year that 到 or 至 opens, not as a range's end (到2030年, not
        2025年至2030年): the goal of a plan, whose figures are compared with a time counted from
        now (到2030年产值将达到100亿元，较两年前增长约70%: 两年前 is two years before the article)."""
        start = d.cand.start
        if not self.text.endswith(("到", "至"), 0, start) or self.ref.year is None:
            return False
        if d.val.y is None or d.val.y <= self.ref.year:
            return False  # 到2024年底…比上年增长: a past year reached states the period
        return not (k and self.done[k - 1].cand.end == start - 1)

    def _now_word(self, d: _Done) -> bool:
        """本月, 本周, 本季度: a word for the reference date's own month, week or quarter (not 今年,
        an anchor of its own, nor 今天, which a dateline usually states already)."""
        if d.cand.kind != "rel":
            return False
        word = self.rules.relative.get(d.cand.g.get("rel", ""))
        return (word is not None and word.anchor == "ref" and word.offset == 0
                and word.unit in ("month", "week", "quarter") and d.val.y is not None)

    def _period_source(self, sent: int) -> _Done | None:
        """The mention of this sentence that states its period (see `_sentence_period`), if any."""
        p = self._sentence_period(sent)
        if p is None:
            return None
        for d in reversed(self.done):
            if d.sent != sent:
                break
            if d.period is p:
                return d
        return None

    def _counts_forward(self, d: _Done) -> bool:
        """Whether a mention's year is counted forward from the reference year (明年, 后年), or is
        the next year written out (116年上半年 in November 2026, as 明年上半年) or taken from such a
        mention (明年1月…和3月: 3月 is next year's)."""
        word = self.rules.relative.get(d.cand.g.get("yrel", ""))
        if word is not None:
            return word.unit == "year" and word.offset > 0
        year = _year_value(d.cand.g)
        if year is None and d.cand.kind == "cal" and "mon" in d.cand.g and "hol" not in d.cand.g:
            year = d.val.y  # a bare month (not a holiday, placed nearest the reference date)
        return year is not None and self.ref.year is not None and year == self.ref.year + 1

    def _bare_forward_year(self, sent: int) -> bool:
        """Whether this sentence has written 明年 or 后年 alone before (水价明年维持…，第三季起): a period
        counted forward, though no anchor of the sentence's period (GUIDELINES, DATE)."""
        for d in reversed(self.done):
            if d.sent != sent:
                return False
            if d.cand.kind == "cal" and len(d.cand.g) == 1 and self._counts_forward(d):
                return True
        return False

    def _next_occurrence_year(self, g: dict[str, str], year: int | None) -> int | None:
        """The year of the next occurrence from the reference date of a month (12月 -> this year
        in November, 3月 -> next year), a quarter (四季度) or the year's end (年底); the first months
        or quarters of a year (首10个月) are the year under way."""
        ref_y, ref_m = self.ref.year, self.ref.month
        assert ref_y is not None and ref_m is not None
        if "mon" in g:
            return ref_y if parse_number(g["mon"]) >= ref_m else ref_y + 1
        part = self._year_part(g)
        if part is not None and part.value.startswith("Q"):
            return ref_y if int(part.value[1:]) >= (ref_m - 1) // 3 + 1 else ref_y + 1
        if part is not None and part.at_month is not None:
            return ref_y if part.at_month >= ref_m else ref_y + 1
        if "multi" in g:
            return ref_y  # 首10个月, 前三季度: the months up to now, of the year under way
        return year

    def _year_part(self, g: dict[str, str]) -> _Part | None:
        """The part of the year a candidate writes (年底, 四季度), if any."""
        return self.gr.parts.get(("year", g.get("ypart") or g.get("part") or ""))

    def _month_of(self, g: dict[str, str]) -> int:
        """The month a candidate writes or points at (12月, 年底 -> 12, 四季度 -> 11), else 0."""
        if "mon" in g:
            return parse_number(g["mon"])
        part = self._year_part(g) if "hol" not in g else None
        if part is not None and part.value.startswith("Q") and part.at_month is None:
            return 3 * int(part.value[1:]) - 1  # a quarter points at its middle month (四季度 -> 11)
        return (part.at_month or 0) if part is not None else 0

    @staticmethod
    def _yearless_holiday(d: _Done) -> _Val | None:
        """The day of a holiday written with no year (placed nearest the reference date), else None."""
        g = d.cand.g
        written_year = "yrel" in g or _year_value(g) is not None
        return d.val if "hol" in g and not written_year else None  # the day, not its week

    def _latest_month_in_sentence(self, sent: int) -> _Val | None:
        """The most recent mention of this sentence with a month, if any: a written one, or a month
        word counted from the reference date that is no baseline itself (上月共接获…，较上月 -> the
        month before that 上月)."""
        for d in reversed(self.done):
            if d.sent != sent:
                break
            if d.val.y is None or d.val.m is None:
                continue
            if d.cand.anchor and not d.shifted:
                return d.val
            if self._reference_month_word(d) and not self.text.endswith(
                    _MONTH_BASELINE_AFTER, 0, d.cand.start):
                return d.val
        return None

    def _reference_month_word(self, d: _Done) -> bool:
        """上月, 本月, 下月: a month word counted from the reference date."""
        word = self.rules.relative.get(d.cand.g.get("rel", "")) if d.cand.kind == "rel" else None
        return word is not None and word.unit == "month" and word.anchor != "previous"

    def _latest_in_sentence(self, sent: int) -> _Val | None:
        """The period of the last date of this sentence with a year, relative ones included; the
        year for a range of them (上周四至上周日, as 10月1日至8日)."""
        for k in range(len(self.done) - 1, -1, -1):
            d = self.done[k]
            if d.sent != sent:
                break
            if d.val.y is not None:
                return self._stated_period(k)
        return None

    def _stated_period(self, k: int) -> _Val:
        """The period the k-th resolved date states: its own, or the year when it ends a range of
        months, quarters or days (1月至2月, 10月1日至8日, 上周四至上周日)."""
        d = self.done[k]
        if k and self._month_range(self.done[k - 1], d):
            return _Val(d.period.y, from_ref=d.period.from_ref)
        return d.period

    def _month_range(self, first: _Done, last: _Done) -> bool:
        """1月至2月, 一季度到三季度, 10月1日至8日: two months, quarters or days of one year written as
        a range. The period they state together has no ISO form of its own: it is that year
        (several months of a year normalize to it; so does a holiday week)."""
        a, b = first.period, last.period
        if first.sent != last.sent or a.y is None or a.y != b.y or a.prec != b.prec:
            return False
        if a.prec not in ("month", "quarter", "day") or (a.m, a.q, a.d) == (b.m, b.q, b.d):
            return False
        return _RANGE_ONLY.fullmatch(self.text, first.cand.end, last.cand.start) is not None

    def _ref_val(self) -> _Val:
        r = self.ref
        if r.day is not None:
            return _Val(r.year, r.month, r.day, "day", from_ref=True)
        return _Val(r.year, r.month, prec="month" if r.month else "year", from_ref=True)

    def _up_to_now(self, start: int, sent: int) -> bool:
        """自2023年7月1日实施以来，截至12月15日 (去年3月发布…后，截至10月底): the end of a span
        counted from a start date up to now is in the reference year, not the start's."""
        if not self.text.endswith(_UP_TO, 0, start):
            return False
        # 以来, or an event's time closed by 后 (去年3月发布…后，截至10月底)
        since = max(self.text.rfind(w, self._sent_start(sent), start) for w in _SINCE_WORDS)
        if since >= 0 and any(
            d.sent == sent and d.cand.end <= since and d.val.y is not None for d in self.done[-3:]
        ):
            return True
        # a start written …起 (自2021年起全面推行，截至9月底; 去年12月1日起实施的规范…，截至10月底)
        return any(d.sent == sent and d.val.y is not None and self.text.startswith("起", d.cand.end)
                   for d in self.done[-3:])

    def _span_start(self, d: _Done, sent: int) -> bool:
        """A date that opens a span running to now (自/从 … 以来) or the baseline of a change (由 …
        降至/增至/增加到 …): what the sentence says happens after it, not in it. (从1997年5月8日起 starts a
        story told in its own year: it still states the period.)"""
        t = self.text
        end = self.sent_bounds[sent] if sent < len(self.sent_bounds) else len(t)
        if t.endswith(("自", "从"), 0, d.cand.start):
            return t.find("以来", d.cand.end, end) >= 0
        if t.endswith("由", 0, d.cand.start):
            if _RANGE_ONLY.match(t, d.cand.end):
                return False  # 由明年一月五日至二月二十日: the first end of a range, which states the period
            return _CHANGE_TO_RE.search(t, d.cand.end, end) is not None
        return False

    def _sent_start(self, sent: int) -> int:
        return self.sent_bounds[sent - 1] if sent > 0 else 0

    def _ref_year(self, sent: int, strict: bool = False) -> tuple[int | None, bool]:
        """The year an implicit date takes: the sentence's period, else the reference year."""
        p = self._sentence_period(sent, strict)
        if p is not None:
            return p.y, p.from_ref
        return self.ref.year, True

    # -- entry -----------------------------------------------------------------------------
    def run(self, cands: list[_Cand]) -> list[_Done]:
        i = 0
        while i < len(cands):
            c = cands[i]
            gloss = cands[i + 1] if i + 1 < len(cands) else None
            if c.kind in ("rel", "n_ago") and gloss is not None and gloss.anchor and self._is_gloss(c, gloss):
                gv = self._resolve(gloss)
                if gloss.kind == "bare_day" and c.kind == "rel":
                    # 本周四（26日）: a day alone in brackets is the word's own day when the days agree
                    # (not the 26th of a month another date of the sentence gave)
                    own = self._resolve(c)
                    if own.prec == "day" and own.d == parse_number(gloss.g["day"]):
                        gv = own
                self._push(c, gv, gv)
                self._push(gloss, gv, gv)
                i += 2
                continue
            if c.kind == "cal" and "yrel" in c.g and len(c.g) == 1 and gloss is not None and gloss.anchor:
                if self._is_gloss(c, gloss):
                    gv = self._resolve(gloss)
                    self._push(c, gv.year_only(), gv.year_only())
                    self._push(gloss, gv, gv)
                    i += 2
                    continue
            val = self._resolve(c)
            self._push(c, val, self._period_of(c, val))
            i += 1
        return self.done

    def _is_gloss(self, c: _Cand, g: _Cand) -> bool:
        """`昨天（7月27日）`: the explicit date in brackets right after a relative one."""
        t = self.text
        return (
            c.end < len(t)
            and t[c.end] in _OPEN
            and g.start == c.end + 1
            and g.end < len(t)
            and t[g.end] in _CLOSE
        )

    def _push(self, c: _Cand, val: _Val, period: _Val) -> None:
        word = self.rules.relative.get(c.g.get("yrel", ""))
        shifted = c.kind in ("rel", "n_ago") or (word is not None and word.offset != 0)
        self.done.append(_Done(c, val, period, self._sent(c.start), self._para(c.start), shifted))

    def _period_of(self, c: _Cand, val: _Val) -> _Val:
        """A holiday or several months have no ISO period of their own: their year stands for them."""
        if "hol" in c.g or "multi" in c.g:
            return val.year_only()
        return val

    # -- kinds -----------------------------------------------------------------------------
    def _resolve(self, c: _Cand) -> _Val:
        sent = self._sent(c.start)
        if c.kind == "cal":
            return self._cal(c.g, sent, c.start)
        if c.kind == "bare_day":
            return self._bare_day(c, sent)
        if c.kind == "n_ago":
            p = self._sentence_period(sent, strict=True)
            y, fr = (p.y, p.from_ref) if p is not None else (self.ref.year, True)
            return _Val(y + int(c.g["n"]) if y is not None else None, from_ref=fr)
        return self._rel(c.g, sent, c.start)

    def _rel_year(self, word: str, sent: int) -> tuple[int | None, bool]:
        r = self.rules.relative[word]
        if r.anchor == "previous":
            for d in reversed(self.done):
                if d.val.y is not None:
                    return d.val.y + r.offset, d.val.from_ref
            return (self.ref.year + r.offset if self.ref.year is not None else None), True
        if r.anchor == "sentence":
            y, fr = self._ref_year(sent, strict=True)
            if fr:  # the sentence's period came from the reference date itself (元旦 nearest it, 上月):
                y = self.ref.year  # 明年 counts from the reference year (元旦前后，明年元旦)
        else:
            y, fr = self.ref.year, True
        return (y + r.offset if y is not None else None), fr

    def _cal(self, g: dict[str, str], sent: int, start: int = -1) -> _Val:
        year = _year_value(g)
        if year is not None:
            fr = False
        elif "yrel" in g:
            year, fr = self._rel_year(g["yrel"], sent)
        elif start >= 0 and self._up_to_now(start, sent):
            year, fr = self.ref.year, True
        else:
            year, fr = self._ref_year(sent)
            src = self._period_source(sent)
            hol = self._yearless_holiday(src) if src is not None else None
            forward = self._counts_forward(src) if src is not None else self._bare_forward_year(sent)
            if forward and start >= 0 and self.text.endswith(_COMPARED_WITH, 0, start):
                year, fr = self.ref.year, True  # 排期已至明年6月，价格较年初下降: a baseline, this year's
            elif forward and self.ref.year is not None and self.ref.month is not None:
                # the sentence's period is 明年… (明年春节前夕…，年底前; 明年一季度…，四季度): a bare
                # month, quarter or part of the year is its next occurrence from the reference date
                year = self._next_occurrence_year(g, year)
            elif hol is not None and hol.y == year and hol.m is not None and (mon := self._month_of(g)):
                # the sentence's period is a holiday placed nearest the reference (元旦 -> 2027-01-01
                # in November 2026): a month, or a part of the year that points at one, takes the
                # year that puts it nearest that day (元旦假期…，12月31日入住 -> 2026-12-31;
                # 春节…2月10日 -> 2027-02-10; 随着元旦临近，年底 -> 2026)
                at = hol.y * 12 + hol.m
                year = min((hol.y - 1, hol.y, hol.y + 1), key=lambda y: abs(y * 12 + mon - at))
        if "mon" in g:
            month = parse_number(g["mon"])
            if year is not None and "yrel" not in g and _year_value(g) is None and start >= 0:
                year += self._range_rollover(month, year, sent, start)
            if "day" in g:
                day = parse_number(g["day"])
                if day > days_in_month(year, month):
                    year, fr = None, False  # 2月29日 in a common year: the year is not the one we had
                return _Val(year, month, day, "day", from_ref=fr)
            return _Val(year, month, prec="month", from_ref=fr)
        if "wk" in g:
            return _Val(year, prec="week", w=parse_number(g["wk"]), from_ref=fr)
        if "hol" in g:
            # no year written and none stated in the sentence: the occurrence nearest the reference
            nearest = fr and "yrel" not in g and _year_value(g) is None
            return self._holiday(g["hol"], year, fr, nearest)
        part_key = g.get("ypart") or g.get("part")
        if part_key:
            part = self.gr.parts.get(("year", part_key)) or self.gr.parts.get(("month", part_key))
            if part is not None and part.applies_to == "month":
                # a standalone 月底/月初: the month of the sentence's period, else the reference month
                p = self._sentence_period(sent)
                src = p if p is not None and p.m is not None else self._ref_val()
                return _Val(src.y, src.m, prec="month", from_ref=src.from_ref)
            if part is not None and part.value.startswith("Q"):
                return _Val(year, prec="quarter", q=int(part.value[1:]), from_ref=fr)
        return _Val(year, from_ref=fr)

    def _range_rollover(self, month: int, year: int, sent: int, start: int) -> int:
        """1 when a month written without a year ends a range whose first end, in the same year,
        has a later month (今年十二月五日至一月二十日: January of the next year), else 0."""
        if not self.done:
            return 0
        first = self.done[-1]
        a = first.val
        if (first.sent != sent or a.y != year or a.m is None or a.m <= month
                or _RANGE_ONLY.fullmatch(self.text, first.cand.end, start) is None):
            return 0
        return 1

    def _holiday(self, name: str, year: int | None, fr: bool, nearest: bool = False) -> _Val:
        """The holiday's day in `year`; with `nearest`, in the year before or after when that one
        is nearer the reference date (元旦 in an article of 12-29 is the coming one)."""
        h = self.holidays.get(name)
        if h is not None:
            day = holiday_date(h, year)
            base = self.ref.as_date()
            if nearest and day is not None and base is not None and year is not None:
                near = [d for y in (year - 1, year + 1) if (d := holiday_date(h, y)) is not None]
                day = min([day, *near], key=lambda d: abs((d - base).days))
        else:
            m = _LUNAR_PARSE.match(name)
            day = None
            if m and year is not None:
                lm = m.group("m")
                lmonth = _LUNAR_MONTHS[lm] if lm in _LUNAR_MONTHS else parse_number(lm) if lm else 1
                lday_s = m.group("d").replace("初", "").replace("廿", "二十")
                day = lunar_to_solar(year, lmonth, parse_number(lday_s))
        if day is None:
            return _Val(year, from_ref=fr)
        return _from_date(day, fr)

    def _bare_day(self, c: _Cand, sent: int) -> _Val:
        """18日: month from this sentence, else the reference, else this paragraph, else X.
        昨（2）日: the day its word gives (yesterday) when the bracket agrees with it."""
        day = parse_number(c.g["day"])
        word = self.rules.relative.get(c.g.get("pre", "") + "日")
        base = self.ref.as_date()
        # the bracket form counts from the reference date even for 今日 (elsewhere 今日 may take the
        # date the text just gave): 截至9月底…，并于今（廿一）日起 is the publication day
        counted = word is not None and (word.anchor == "ref" or "pre" in c.g)  # "pre": the bracket form
        if word is not None and counted and word.unit == "day" and base is not None:
            meant = base + dt.timedelta(days=word.offset)
            if meant.day == day:
                return _from_date(meant, True)
        para = self._para(c.start)
        src: _Val | None = None
        for d in reversed(self.done):
            if d.sent != sent:
                break
            if d.val.m is not None:
                src = d.val
                break
        if src is None and self.ref.month is not None:
            src = self._ref_val()
        if src is None:
            for d in reversed(self.done):
                if d.para != para:
                    break
                if d.val.m is not None:
                    src = d.val
                    break
        if src is not None:
            month = src.m
            if month is not None and day > days_in_month(src.y, month):
                month = None
            return _Val(src.y, month, day, "day", from_ref=src.from_ref)
        y, fr = self._ref_year(sent)
        return _Val(y, None, day, "day", from_ref=fr)

    def _previous(self, prec: str, sent: int = -1, stated: bool = False) -> _Val | None:
        """The most recent mention at least as precise as `prec` (当天 -> a day, 当月 -> a month);
        for a day, a holiday counts only in the same sentence (母亲节当天; but 国庆黄金周…。…同日
        looks further back, to a date the text gave). `stated`: a day counted from the reference
        date (昨日, 上周五) gives none: 昨日宣布，自今日起 is today, as 昨日 counts from today; nor
        does a day from which something runs (5月1日起)."""
        for i in range(len(self.done) - 1, -1, -1):
            d = self.done[i]
            if prec == "day" and d.sent != sent and ("hol" in d.cand.g or (
                    i and "hol" in self.done[i - 1].cand.g and d.cand.kind == "bare_day")):
                continue  # a holiday, or its day in brackets (黑色星期五（27日）), in another sentence
            v = d.val
            if prec == "day" and v.prec == "day":
                if stated and self.text.startswith("起", d.cand.end):
                    return None  # 自今年5月1日起调升…今日将讨论: when a rule took effect, not the day told
                if stated and (self._counted_from_ref(d) or (  # 昨日（17日）: the gloss of one
                        i and d.cand.kind == "bare_day" and self._counted_from_ref(self.done[i - 1])
                        and self.done[i - 1].val == v)):
                    return None
                return v
            if prec == "month" and v.m is not None:
                return v
        return None

    def _counted_from_ref(self, d: _Done) -> bool:
        """A day word counted from the reference date: 昨日, 上周五, 昨（17）日."""
        if d.cand.kind == "bare_day":
            return "pre" in d.cand.g
        rel = d.cand.g.get("rel")
        return rel is not None and self.rules.relative[rel].anchor == "ref"

    def _rel(self, g: dict[str, str], sent: int, start: int = -1) -> _Val:
        r = self.rules.relative[g["rel"]]
        ref = self.ref
        if r.unit == "same_period":
            # the period the sentence is about, even one counted from the reference (上月…去年同期)
            p = self._sentence_period(sent, strict=True) or self._latest_in_sentence(sent)
            if p is None:
                y = ref.year + r.offset if ref.year is not None else None
                return _Val(y, from_ref=True)
            return replace(p, y=p.y + r.offset if p.y is not None else None)
        if r.unit == "day":
            if r.anchor in ("previous", "stated"):
                prev = self._previous("day", sent, stated=r.anchor == "stated")
                if prev is not None:
                    if r.offset and None not in (prev.y, prev.m, prev.d):  # 前一日: the day before
                        assert prev.y is not None and prev.m is not None and prev.d is not None
                        day = dt.date(prev.y, prev.m, prev.d) + dt.timedelta(days=r.offset)
                        return _from_date(day, prev.from_ref)
                    return prev
            base = ref.as_date()
            if base is not None:
                return _from_date(base + dt.timedelta(days=r.offset), True)
            return _Val(ref.year, ref.month, None, "day", from_ref=True)
        if r.unit == "quarter":  # 上季度: the quarter before the sentence's (三季度…环比上季度)
            p = self._sentence_period(sent, strict=True)
            if p is not None and p.y is not None and (p.q is not None or p.m is not None):
                y, q, fr = p.y, p.q if p.q is not None else (p.m - 1) // 3 + 1, p.from_ref
            elif ref.year is not None and ref.month is not None:
                y, q, fr = ref.year, (ref.month - 1) // 3 + 1, True
            else:
                return _Val(ref.year, prec="quarter", from_ref=True)
            k = y * 4 + q - 1 + r.offset
            return _Val(k // 4, prec="quarter", q=k % 4 + 1, from_ref=fr)
        if r.unit == "week":
            base = ref.as_date()
            if base is None:
                return _Val(ref.year, prec="week", from_ref=True)
            day = base + dt.timedelta(weeks=r.offset)
            wd = _WEEKDAYS.get(g.get("weekday", ""))
            if wd is not None:
                return _from_date(day + dt.timedelta(days=wd - day.isoweekday()), True)
            wy, wn = week_of(day)
            return _Val(wy, prec="week", w=wn, from_ref=True)
        # month
        if r.anchor == "previous":
            src = self._previous("month")
        elif r.anchor == "sentence" and self.text.endswith(_MONTH_BASELINE_AFTER, 0, start):
            # a baseline (10月CPI…比上月回落, 较上月): the month before the one the sentence states;
            # elsewhere 上月 is the month before the reference date (截至10月底…，上月经大桥北上)
            p = self._sentence_period(sent, strict=True)
            if p is None or p.m is None:  # 10月营收…为114年以来新高，较上月: the month stated before
                p = self._latest_month_in_sentence(sent)
            src = p if p is not None and p.m is not None else None
        else:
            src = None
        if src is None:
            src = self._ref_val()
        y, m, fr = src.y, src.m, src.from_ref
        if y is not None and m is not None:
            y, m = shift_month(y, m, r.offset)
        if "day" in g:
            day = parse_number(g["day"])
            if m is not None and day > days_in_month(y, m):
                return _Val(y, m, prec="month", from_ref=fr)
            return _Val(y, m, day, "day", from_ref=fr)
        return _Val(y, m, prec="month", from_ref=fr)


# ---------------------------------------------------------------------------------------------
# public API


# jieba tags of the words a calendar period can follow as its subject (全市/n, 机场/nt, 该行/r,
# 河南/ns); not_dates.csv `not_subject` lists the verbs among them (上市前3个月 is a duration)
# (b: 轻轨首十个月; l: 化纤面料; nr and zg: nouns jieba mistags, 陶瓷砖/nr, 两轮|车/zg; ng: 骨灰|龛)
_SUBJECT_TAGS = frozenset({"n", "nt", "nz", "nrt", "r", "j", "ns", "b", "l", "nr", "zg", "vn", "ng"})


def _lazy_index(words: Sequence[Word]) -> Callable[[], WordIndex]:
    """The text's word index, built on first use only (the tests that read it are asked rarely)."""
    index: list[WordIndex] = []

    def get() -> WordIndex:
        if not index:
            index.append(word_index(words if type(words) is SegmentedWords else list(words)))
        return index[0]

    return get


def _subject_test(index: Callable[[], WordIndex], not_subjects: frozenset[str],
                  has_words: bool, verb_subjects: frozenset[str] = frozenset()) -> Callable[[int], bool]:
    """`subject_before` for `_candidates` from the text's jieba words; a verb of `verb_subjects`
    names what the period counts (投诉首十个月增逾四成)."""

    def subject_before(pos: int) -> bool:
        if not has_words:
            return False
        word = index().ending_at(pos)
        return word is not None and ((word.pos in _SUBJECT_TAGS and word.text not in not_subjects)
                                     or word.text in verb_subjects)

    return subject_before


def _matches(
    text: str, taiwan: bool, words: Sequence[Word] = (), year_now: int | None = None
) -> tuple[str, list[_Cand], _Rules, _Grammar]:
    rules = _load_rules(RULES_DIR)  # the same cache entry as _grammar's
    gr = _grammar(taiwan)
    half = to_halfwidth(text)  # one character for one: the words' offsets still hold
    index = _lazy_index(words)
    subject_before = _subject_test(index, rules.not_subjects, bool(words), rules.verb_subjects)
    cands = _candidates(half, gr, rules, subject_before, _name_test(index) if words else lambda _: 0,
                        year_now)
    split = _split_test(index, rules.name_ends, half) if words else None
    return half, _select(cands, half, rules, split), rules, gr


_NAME_TAGS = frozenset({"nt", "nr", "nrt", "nrfg", "nz"})


def _name_test(index: Callable[[], WordIndex]) -> Callable[[int], int]:
    """`name_before` for `_candidates`: the length of the proper name that ends at a position."""

    def name_before(pos: int) -> int:
        word = index().ending_at(pos)
        return len(word.text) if word is not None and word.pos in _NAME_TAGS else 0

    return name_before


# tags of the words a line's name is made of before its 线 (港澳/j线, 横琴/ns线, 1号/m线)
_LINE_NAME_TAGS = frozenset({"ns", "j", "m"})


def _split_test(index: Callable[[], WordIndex], name_ends: frozenset[str] = frozenset(),
                text: str = "") -> Callable[[int, int, bool], bool]:
    """Whether the word block at start:end is cut apart by the text's jieba words: its first
    character is the last one of a longer word (会 of 商会|上月) or a name's last character after
    a place or a number (线 of 港澳|线|上月: not 线上), or, for a date that ends inside it
    (`date_ends_inside`), its last character opens a longer word (货 of 2035年|货运量: not 年货)."""

    def split(start: int, end: int, date_ends_inside: bool) -> bool:
        last = index().around(end - 1)
        if date_ends_inside and last is not None and last.start == end - 1 and last.end > end:
            return True
        word = index().around(start)
        if word is not None and word.start < start and word.end == start + 1:
            return True
        if text[start:start + 1] not in name_ends:
            return False
        before = index().ending_at(start)
        return before is not None and before.pos in _LINE_NAME_TAGS

    return split


def _infer_year(cands: list[_Cand]) -> int | None:
    """The latest year written with a full date; else explicit years weighted by precision.

    A news article appears on or after the days it reports, and full dates are
    seldom in the future, so the latest full date (often the dateline) is the
    best guess. Without one, years written with a month weigh 2 and bare years 1;
    the latest wins a tie, so a year quoted once in passing (a founding year, a
    target year) loses to the year of the reported events.
    """
    score: Counter[int] = Counter()
    day_years: list[int] = []
    for c in cands:
        if c.kind != "cal":
            continue
        year = _year_value(c.g)
        if year is None or not 1900 <= year <= 2100:
            continue
        if "day" in c.g:
            day_years.append(year)
        score[year] += 2 if "mon" in c.g else 1
    if day_years:
        return max(day_years)
    if not score:
        return None
    return max(score, key=lambda y: (score[y], y))


def infer_reference_year(text: str) -> int | None:
    """The year the article is most about, from its explicit years (None when it writes none)."""
    return _infer_year(_matches(text, False)[1])


def preload() -> None:
    """Read the rules and compile both grammars now (once per process, when the pipeline loads),
    not on the first article: helpers forked from a loaded pipeline then share them."""
    for taiwan in (False, True):
        _grammar(taiwan)


def find_dates(
    text: str, ref: RefDate, taiwan: bool = False, words: Sequence[Word] = (), taiwan_days: bool = False
) -> list[DateMatch]:
    """All DATE mentions in `text` (simplified Chinese), resolved against `ref` (SPEC section 3).

    With no reference year the year is inferred from the text, and every date whose year came
    from that guess says so (`inferred=True`). `taiwan` reads 2-3 digit years (113年) as ROC years;
    `taiwan_days` (a text written in Taiwan) names Taiwan's holidays (国庆 = 10-10). `words`, the
    text's jieba words, tell a subject before 前N个月 (the calendar period) from a verb (a duration).
    """
    half, cands, rules, gr = _matches(text, taiwan, words, ref.year)
    inferred = False
    if ref.year is None:
        guess = _infer_year(cands)
        if guess is not None:
            ref = RefDate(guess)
            inferred = True
    done = _Resolver(half, ref, rules, gr, taiwan_days).run(cands)
    return [
        DateMatch(d.cand.start, d.cand.end, text[d.cand.start : d.cand.end], d.val.render(),
                  inferred and d.val.from_ref)
        for d in done
    ]  # fmt: skip
