"""Number parsing: every written form Chinese news uses, plus round-trip properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize.numbers import parse_decimal, parse_number, to_halfwidth

CASES = [
    # Arabic, separators, decimals, full width
    ("0", 0),
    ("7", 7),
    ("2048", 2048),
    ("1,200", 1200),
    ("12,345,678", 12345678),
    ("3,000.75", 3000.75),
    ("0.05", 0.05),
    ("１２３", 123),
    ("４５．６", 45.6),
    ("１，２００", 1200),
    ("６１·８", 61.8),
    # Chinese numerals
    ("〇", 0),
    ("零", 0),
    ("五", 5),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("四十七", 47),
    ("百", 100),
    ("一百", 100),
    ("一百零五", 105),
    ("一百一十", 110),
    ("三百四十", 340),
    ("两百五", 250),
    ("三千五", 3500),
    ("三千五百", 3500),
    ("一千零五十", 1050),
    ("九千零九", 9009),
    ("两万", 20000),
    ("一万五", 15000),
    ("一万零五", 10005),
    ("十万", 100000),
    ("一百万", 1000000),
    ("三万五千零五十", 35050),
    ("千万", 10000000),
    ("三亿五千万", 350000000),
    ("一亿零五十万", 100500000),
    ("一万亿", 1000000000000),
    ("万亿", 1000000000000),
    ("十二亿三千四百五十六万七千八百九十", 1234567890),
    ("三点五", 3.5),
    ("零点二五", 0.25),
    ("三十点五", 30.5),
    ("一千三百四十二点七万", 13427000),
    ("二〇二四", 2024),
    ("一九九八", 1998),
    ("廿五", 25),
    # traditional and financial forms
    ("兩萬", 20000),
    ("五億", 500000000),
    ("三萬六千", 36000),
    ("壹佰贰拾", 120),
    ("陆仟", 6000),
    ("肆拾貳", 42),
    ("玖億捌仟萬", 980000000),
    # mixed Arabic and magnitudes
    ("3.6万", 36000),
    ("1.2万", 12000),
    ("257万", 2570000),
    ("48.3亿", 4830000000),
    ("157.55万亿", 157550000000000),
    ("２．５萬", 25000),
    ("12億", 1200000000),
    ("3千", 3000),
    ("5千万", 50000000),
    ("3万5千", 35000),
    # percent forms (the percent value) and fractions (the ratio)
    ("45%", 45),
    ("12.5％", 12.5),
    ("百分之八十五", 85),
    ("百分之三点五", 3.5),
    ("百分之百", 100),
    ("百分之4.2", 4.2),
    ("千分之五", 0.5),
    ("三分之一", 1 / 3),
    ("四分之三", 0.75),
    ("3分之2", 2 / 3),
    # signs
    ("-4.5", -4.5),
    ("负三", -3),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_number(text: str, expected: float) -> None:
    value = parse_number(text)
    assert value is not None
    assert value == pytest.approx(expected, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "", "abc", "十十", "百千", "亿万", "1,20", "1,2345", "三多",
        "第三", "五分之", "零分之一", "3.4.5", "万万亿三",
    ],
)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_exact_decimal_for_large_values() -> None:
    """257.1亿 must be exactly 25710000000, not 25710000000.000004."""
    assert parse_decimal("257.1亿") == 25710000000
    assert str(parse_decimal("69.21亿")) == "6921000000.00"


def test_halfwidth_keeps_length() -> None:
    text = "增长１２．５％，ＡＢＣ"
    assert len(to_halfwidth(text)) == len(text)
    assert to_halfwidth("１２．５％") == "12.5%"


# ---- properties -------------------------------------------------------------------------------

DIGITS = "零一二三四五六七八九"


def _section(n: int, leading: bool) -> str:
    """A number below 10000 in Chinese numerals, 零 marking skipped places."""
    out: list[str] = []
    pending_zero = False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        if place == 10 and digit == 1 and leading and not out:
            out.append("十")  # 十二, not 一十二, at the start of a number
        else:
            out.append(DIGITS[digit] + unit)
    return "".join(out)


def to_chinese(n: int, leading: bool = True) -> str:
    """Canonical Chinese numerals for 0 <= n < 10**16 (亿 sections may hold 万: 一万亿)."""
    if n == 0:
        return "零"
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        text = to_chinese(high, leading) + "亿"
        if low:
            text += ("零" if low < 10**7 else "") + to_chinese(low, leading=False)
        return text
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        text = _section(high, leading) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _section(low, leading=False)
        return text
    return _section(n, leading)


@given(st.integers(min_value=0, max_value=10**12))
@settings(max_examples=400)
def test_chinese_numerals_round_trip(n: int) -> None:
    assert parse_number(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**12), st.booleans())
@settings(max_examples=200)
def test_traditional_and_liang_round_trip(n: int, liang: bool) -> None:
    text = to_chinese(n).replace("万", "萬").replace("亿", "億")
    if liang:
        text = text.replace("二千", "兩千").replace("二百", "两百").replace("二萬", "兩萬")
    assert parse_number(text) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_with_separators_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_fullwidth_digits_round_trip(n: int) -> None:
    fullwidth = str(n).translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    assert parse_number(fullwidth) == n


@given(
    st.decimals(min_value=0, max_value=9999, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([("万", 10**4), ("亿", 10**8), ("万亿", 10**12), ("千", 10**3)]),
)
def test_decimal_with_magnitude(mantissa, magnitude) -> None:
    word, factor = magnitude
    assert parse_decimal(f"{mantissa}{word}") == mantissa * factor


@given(st.integers(min_value=0, max_value=100), st.integers(min_value=1, max_value=99))
def test_percent_forms_agree(whole: int, hundredths: int) -> None:
    arabic = parse_number(f"{whole}.{hundredths:02d}%")
    decimals = "".join(DIGITS[int(d)] for d in f"{hundredths:02d}")
    spelled = parse_number(f"百分之{to_chinese(whole)}点{decimals}")
    assert arabic == pytest.approx(spelled)
