"""Parse the numbers Chinese news writes into plain values.

Pure functions, no spaCy: the METRIC finder, the date normalizer and the
tests all share one reading of `1,200`, `１２３`, `3.6万`, `157.55万亿`,
`三千五百`, `一百零五`, `兩萬`, `二〇一七`, `百分之八十五` and `三分之一`.
The numeral table lives in `rules/metrics/numerals.csv`, so a new character
form (a financial 大写 digit, say) needs no code change.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

NUMERALS_CSV = Path(__file__).resolve().parent.parent.parent / "rules" / "metrics" / "numerals.csv"

# Full-width ASCII (U+FF01..U+FF5E) maps 1:1 onto ASCII, so offsets never move.
FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
FULLWIDTH[0x3000] = 0x20  # ideographic space


def char_mapper(table: dict[int, int]) -> Callable[[str], str]:
    """`str.translate(table)` for a one-for-one table, done by replacing only the characters found.

    translate looks up every character of a text; news text holds a handful of full-width
    characters at most, which a character-class search finds in C.
    """
    found = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    return lambda text: found.sub(lambda m: chr(table[ord(m.group())]), text)


_to_halfwidth = char_mapper(FULLWIDTH)

_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_MIDDOT = re.compile(r"(?<=[0-9])[·・](?=[0-9])")  # ６１·８: an old print style's decimal point
_GROUPED = re.compile(r"(?<![0-9,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9,])")


class NumeralTable:
    """The numeral characters by kind, read from `numerals.csv`."""

    def __init__(self, rows: list[tuple[str, str, str]]):
        self.digits: dict[str, int] = {}
        self.small: dict[str, int] = {}
        self.big: dict[str, int] = {}
        self.zeros: set[str] = set()
        self.points: set[str] = set()
        for char, value, kind in rows:
            if kind == "digit":
                self.digits[char] = int(value)
            elif kind == "zero":
                self.zeros.add(char)
            elif kind == "small_mag":
                self.small[char] = int(value)
            elif kind == "big_mag":
                self.big[char] = int(value)
            elif kind == "point":
                self.points.add(char)
            else:
                raise ValueError(f"{NUMERALS_CSV.name}: unknown kind {kind!r} for {char!r}")

    @property
    def mags(self) -> dict[str, int]:
        return {**self.small, **self.big}

    def chars(self) -> str:
        """Every numeral character except the decimal point, for regex classes."""
        return "".join([*self.digits, *self.zeros, *self.small, *self.big])


@lru_cache(maxsize=1)
def numeral_table() -> NumeralTable:
    """Load the numeral table once per process."""
    rows: list[tuple[str, str, str]] = []
    with NUMERALS_CSV.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        rows.append((row["char"], row["value"], row["kind"]))
    return NumeralTable(rows)


def to_halfwidth(text: str) -> str:
    """Full-width digits, signs and letters to ASCII, one character for one."""
    return _to_halfwidth(text)


def parse_number(s: str) -> float | None:
    """The value of a written number, or None when `s` is not one.

    Percent forms give the percent value (`85%`, `百分之八十五` -> 85);
    a fraction `N分之M` gives the ratio M/N (the METRIC layer shows it as a
    percentage). A leading `-` or `负` gives a negative number.
    """
    value = parse_decimal(s)
    return None if value is None else float(value)


@lru_cache(maxsize=65536)  # a corpus writes the same few thousand numbers again and again
def parse_decimal(s: str) -> Decimal | None:
    """`parse_number` as an exact Decimal, so 257.1亿 is 25710000000 exactly."""
    text = _MIDDOT.sub(".", to_halfwidth(s).strip())
    text = _GROUPED.sub(lambda m: m.group().replace(",", ""), text)  # 1,000亿 -> 1000亿
    if not text:
        return None
    sign = Decimal(1)
    if text[0] in "-负負":
        sign, text = Decimal(-1), text[1:]
    elif text[0] == "+":
        text = text[1:]
    if text.endswith("%"):
        value = _parse_plain(text[:-1])
        return None if value is None else sign * value
    if "分之" in text:
        head, _, tail = text.partition("分之")
        denominator, numerator = _parse_plain(head), _parse_plain(tail)
        if denominator is None or numerator is None or denominator == 0:
            return None
        if head in numeral_table().mags:  # 百分之 / 千分之 / 万分之: a percent form
            return sign * numerator * 100 / denominator
        return sign * numerator / denominator
    value = _parse_plain(text)
    return None if value is None else sign * value


def _parse_plain(text: str) -> Decimal | None:
    """A number without sign or percent: Arabic, Chinese, or Arabic with magnitudes."""
    if not text:
        return None
    if _ARABIC.fullmatch(text):
        return Decimal(text)
    try:
        return _parse_sections(text)
    except (ValueError, InvalidOperation):
        return None


def _parse_sections(text: str) -> Decimal | None:
    """Split at the last occurrence of the largest 万/亿 and recurse on both sides."""
    table = numeral_table()
    bigs = [(table.big[ch], i) for i, ch in enumerate(text) if ch in table.big]
    if not bigs:
        return _parse_section(text)
    top = max(value for value, _ in bigs)
    index = max(i for value, i in bigs if value == top)
    left, right = text[:index], text[index + 1:]
    if any(table.big.get(ch, 0) >= top for ch in left):
        return None  # 万万, 亿亿: a magnitude scaled by itself is no standard number
    left_value = Decimal(1) if left == "" else _parse_sections(left)
    if left_value is None:
        return None
    if right == "":
        return left_value * top
    if right[0] in table.big:
        return None  # 亿万: a magnitude with nothing to scale
    right_value = _parse_sections(right)
    if right_value is None:
        return None
    if right_value >= top:
        return None
    # 一万五 = 15000: a lone digit right after a magnitude counts in tenths of it.
    if len(right) == 1 and right in table.digits:
        right_value *= Decimal(top) / 10
    return left_value * top + right_value


def _parse_section(text: str) -> Decimal | None:
    """A number below 万: 三千五百, 一百零五, 十二, 3千5百, 三点五, 二〇一七."""
    table = numeral_table()
    point = next((i for i, ch in enumerate(text) if ch in table.points), None)
    if point is not None:
        whole = _parse_section(text[:point]) if point else Decimal(0)
        fraction = _digit_string(text[point + 1:])
        if whole is None or fraction is None:
            return None
        return whole + Decimal("0." + fraction)
    tokens = _tokens(text)
    if tokens is None:
        return None
    if not any(kind == "mag" for kind, _ in tokens):
        digits = _digit_string(text)
        if digits is not None:
            return Decimal(digits)
        return tokens[0][1] if len(tokens) == 1 else None
    total = Decimal(0)
    current: Decimal | None = None
    last_mag: int | None = None
    zero_after_mag = False
    for kind, value in tokens:
        if kind == "zero":
            zero_after_mag = True
            current = None
        elif kind == "num":
            if current is not None:
                return None
            current = value
        else:
            mag = int(value)
            if last_mag is not None and mag >= last_mag:
                return None
            total += (current if current is not None else Decimal(1)) * mag
            current, last_mag, zero_after_mag = None, mag, False
    if current is not None:
        if last_mag is not None and last_mag >= 100 and not zero_after_mag and current < 10:
            current *= Decimal(last_mag) / 10  # 三千五 = 3500, 两百五 = 250
        total += current
    return total


def _tokens(text: str) -> list[tuple[str, Decimal]] | None:
    """Numbers (Arabic or one Chinese digit), zeros and magnitudes, left to right."""
    table = numeral_table()
    tokens: list[tuple[str, Decimal]] = []
    i = 0
    while i < len(text):
        match = _ARABIC.match(text, i)
        ch = text[i]
        if match:
            tokens.append(("num", Decimal(match.group())))
            i = match.end()
            continue
        if ch in table.digits:
            tokens.append(("num", Decimal(table.digits[ch])))
        elif ch in table.zeros:
            tokens.append(("zero", Decimal(0)))
        elif ch in table.small:
            tokens.append(("mag", Decimal(table.small[ch])))
        else:
            return None
        i += 1
    return tokens


def _digit_string(text: str) -> str | None:
    """Positional digits (二〇一七 -> "2017", 3.5's "5"), or None if anything else is there."""
    table = numeral_table()
    out: list[str] = []
    for ch in text:
        if ch.isascii() and ch.isdigit():
            out.append(ch)
        elif ch in table.digits:
            out.append(str(table.digits[ch]))
        elif ch in table.zeros:
            out.append("0")
        else:
            return None
    return "".join(out) if out else None
