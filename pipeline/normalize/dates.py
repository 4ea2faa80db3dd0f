"""Pure date normalization: reference dates, Chinese numerals, ISO rendering and calendar arithmetic.

No spaCy and no file access here: `pipeline.finders.dates` loads the rule tables from rules/dates/
and calls these functions, so each can be tested on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lunardate import LunarDate

from pipeline.normalize.numbers import char_mapper

__all__ = [
    "Holiday",
    "RefDate",
    "cn_number",
    "days_in_month",
    "holiday_date",
    "iso",
    "iso_quarter",
    "iso_week",
    "lunar_to_solar",
    "nth_weekday",
    "parse_number",
    "roc_to_ad",
    "shift_month",
    "solar_term",
    "to_halfwidth",
    "week_of",
]

_REF_RE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$")


@dataclass(frozen=True)
class RefDate:
    """The article's reference date at the precision the manifest gives (year, month or day)."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, s: str | None) -> RefDate:
        """`2017-08-03` | `2017-08` | `2017` | empty -> RefDate; anything else raises ValueError."""
        if s is None or not s.strip():
            return cls(None)
        m = _REF_RE.match(s)
        if not m:
            raise ValueError(f"not a YYYY[-MM[-DD]] date: {s!r}")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month out of range: {s!r}")
        if day is not None and (month is None or not 1 <= day <= days_in_month(year, month)):
            raise ValueError(f"day out of range: {s!r}")
        return cls(year, month, day)

    def as_date(self) -> dt.date | None:
        """The reference as a `date` when it is a full day, else None."""
        if self.year is None or self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)


# ---------------------------------------------------------------------------------------------
# characters and numerals

# Full-width digits, Latin letters and the punctuation used inside dates map 1:1 to ASCII, so
# offsets into the half-width copy are offsets into the original.
_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL = "".join(chr(ord(c) + 0xFEE0) for c in _HALF)  # U+FF10.. are ASCII + 0xFEE0
_HALFWIDTH = str.maketrans(_FULL + "－／．：～％　", _HALF + "-/.:~% ")
_to_halfwidth = char_mapper(_HALFWIDTH)


def to_halfwidth(s: str) -> str:
    """Full-width digits, letters and date punctuation to ASCII; the length never changes."""
    return _to_halfwidth(s)


CN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_number(s: str) -> int:
    """A Chinese numeral to int: positional (十八, 二十三, 一百一十二) or digit by digit (二〇一七)."""
    if not s:
        raise ValueError("empty numeral")
    if s == "元":  # 民国元年: the first year
        return 1
    s = s.replace("廿", "二十").replace("卅", "三十")  # 廿四日, 卅日: the old tens of a day (Macao)
    if not any(c in _CN_UNITS for c in s):
        value = 0
        for c in s:
            if c not in CN_DIGITS:
                raise ValueError(f"not a Chinese numeral: {s!r}")
            value = value * 10 + CN_DIGITS[c]
        return value
    total, digit = 0, None
    for c in s:
        if c in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
        elif c in CN_DIGITS:
            digit = CN_DIGITS[c]
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return total + (digit or 0)


def parse_number(s: str) -> int:
    """Arabic (also full-width) or Chinese digits to int."""
    h = to_halfwidth(s)
    return int(h) if h.isascii() and h.isdigit() else cn_number(s)


def roc_to_ad(roc_year: int) -> int:
    """Republic of China (民国) year to the Gregorian year: 民国1年 is 1912."""
    return roc_year + 1911


# ---------------------------------------------------------------------------------------------
# ISO rendering: unknown parts are written X, as the SPEC asks (2017-XX-15)


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """`2017-04-18`, `2017-04`, `2017`, `2017-XX-15`, `XXXX-06`: the precision the parts give."""
    y = f"{year:04d}" if year is not None else "XXXX"
    if day is not None:
        return f"{y}-{month:02d}-{day:02d}" if month is not None else f"{y}-XX-{day:02d}"
    if month is not None:
        return f"{y}-{month:02d}"
    return y


def iso_quarter(year: int | None, quarter: int) -> str:
    """`2019-Q3`."""
    return f"{iso(year)}-Q{quarter}"


def iso_week(year: int | None, week: int | None) -> str:
    """`2017-W30`, or `2017-WXX` when the week number cannot be fixed."""
    return f"{iso(year)}-W{week:02d}" if week is not None else f"{iso(year)}-WXX"


def week_of(day: dt.date) -> tuple[int, int]:
    """ISO (year, week) of a day: 2017-01-01 is in 2016-W52."""
    y, w, _ = day.isocalendar()
    return y, w


def days_in_month(year: int | None, month: int) -> int:
    """Days in a month; February has 29 when the year is unknown (the day may still be valid)."""
    if month == 2:
        if year is None:
            return 29
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by a number of months: (2017, 1) - 1 -> (2016, 12)."""
    n = year * 12 + (month - 1) + months
    return n // 12, n % 12 + 1


# ---------------------------------------------------------------------------------------------
# holidays


@dataclass(frozen=True)
class Holiday:
    """One row of rules/dates/holidays.csv: how to find the holiday's day in a given year."""

    name: str
    calendar: str  # solar | lunar | term | nth_weekday
    month: int
    day: int | None = None
    param: str = ""


def lunar_to_solar(year: int, lmonth: int, lday: int) -> dt.date | None:
    """The Gregorian day of lunar month/day that falls in Gregorian `year` (lunardate: 1900-2099).

    A lunar date recurs once a Gregorian year, but in lunar year `year` or `year - 1` (腊八 in
    January belongs to the previous lunar year), so both are tried.
    """
    found: list[dt.date] = []
    for ly in (year, year - 1):
        try:
            d = LunarDate(ly, lmonth, lday).to_solar_date()
        except (ValueError, IndexError):
            continue
        if d.year == year:
            found.append(d)
    return found[0] if found else None


def solar_term(
    year: int, month: int, c20: float, c21: float, exceptions: dict[int, int] | None = None
) -> dt.date | None:
    """A solar term's day by the 寿星 formula [Y*0.2422+C]-L, for 1900-2099 only.

    The formula is off by one day in a few listed years (冬至 2021), so those come as `exceptions`.
    """
    if not 1900 <= year <= 2099:
        return None
    y = year % 100
    c = c20 if year < 2000 else c21
    leap = int((y - 1) / 4) if month <= 2 else y // 4
    day = int(y * 0.2422 + c) - leap + (exceptions or {}).get(year, 0)
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO weekday (1 = Monday) of a month: 母亲节 is the second Sunday of May."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def holiday_date(h: Holiday, year: int | None) -> dt.date | None:
    """The holiday's day in `year`, or None when it cannot be computed (unknown year, out of range)."""
    if year is None or not 1 <= year <= 9999:
        return None
    try:
        if h.calendar == "solar" and h.day is not None:
            return dt.date(year, h.month, h.day)
        if h.calendar == "lunar" and h.day is not None:
            offset = int(h.param or 0)
            if offset:
                # 除夕 = the day before 正月初一 of this Gregorian year, always in the same year.
                base = LunarDate(year, h.month, h.day).to_solar_date()
                return base + dt.timedelta(days=offset)
            return lunar_to_solar(year, h.month, h.day)
        if h.calendar == "term":
            fields = h.param.split("|")
            exceptions = {}
            if len(fields) > 2 and fields[2]:
                for item in fields[2].split(";"):
                    y, _, delta = item.partition(":")
                    exceptions[int(y)] = int(delta)
            return solar_term(year, h.month, float(fields[0]), float(fields[1]), exceptions)
        if h.calendar == "nth_weekday" and h.day is not None:
            n, _, days = (h.param or "1").partition("|")  # 4|1: the day after the 4th Thursday
            return nth_weekday(year, h.month, h.day, int(n)) + dt.timedelta(days=int(days or 0))
        if h.calendar == "easter":  # Western Easter (Hong Kong and Macao holidays): dateutil
            from dateutil.easter import easter

            return easter(year) + dt.timedelta(days=int(h.param or 0))
    except (ValueError, IndexError, OverflowError):
        return None
    raise ValueError(f"unknown holiday calendar {h.calendar!r} for {h.name}")
