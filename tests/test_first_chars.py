"""The start-character prefilter: which characters a match can start with, and same matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.finders import dates, metrics
from pipeline.finders.first_chars import compile_prefiltered, first_chars
from pipeline.ingest import read_corpus

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", "a"),
        ("a?b", "ab"),
        ("x{0,2}y", "xy"),
        ("(?:ab)+c", "a"),
        ("(a|)b", "ab"),
        ("[0-3]年|今年", "0123今"),
        ("(?<![0-9])(?P<y>19|20)[0-9]{2}", "12"),  # a lookbehind consumes nothing
        ("(?=x)y", "y"),  # a lookahead is not read: a superset is still right
        (r"\bfoo", "f"),
        ("(?P<hol>春节|(?:(?:农历|阴历)正月)|(?<![0-9])[0-9]+日)", "0123456789春农阴"),
    ],
)
def test_first_characters(pattern: str, expected: str) -> None:
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        "a*",  # can match the empty string: any position starts a match
        "(a|)",
        r"\d+",  # a category
        "[^a]b",  # a negated class
        "(?i)abc",  # case folding
        "[\u4e00-\u9fff]",  # a range too wide to list
    ],
)
def test_unknown_first_characters(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert compile_prefiltered(pattern).pattern == pattern  # compiled unchanged


_ALPHABET = "ab0129年月日今去春节农历正初一二三十 ,-"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_same_matches_as_the_plain_pattern(text: str) -> None:
    for pattern in (
        "(?<![0-9])(?P<y>19|20)[0-9]{2}年?",
        "(?:今年|去年)?(?P<m>[一二三]|1[0-2]|[1-9])月(?:(?P<d>[0-9]{1,2})日)?",
        "春节|(?:农历)?正月初[一二三]",
        "a?b?0",
    ):
        plain, filtered = re.compile(pattern), compile_prefiltered(pattern)
        assert filtered.pattern != pattern
        found = [(m.span(), m.groupdict()) for m in filtered.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


def test_grammars_match_as_without_the_prefilter() -> None:
    """The date grammar and the METRIC number regex, with and without it, on the corpus."""
    texts = [a.text for folder in ("corpus", "dev/corpus") for a in read_corpus(ROOT / folder).articles]
    grammar = dates._grammar(False)
    patterns = [getattr(grammar, name) for name in ("cal", "md", "bare_year", "rel", "period", "holiday")]
    patterns.append(metrics.load_rules().number)
    for filtered in patterns:
        assert filtered.pattern.startswith("(?=[")  # the prefilter is in place
        plain = re.compile(filtered.pattern[filtered.pattern.index("])(?:") + 5:-1])
        for text in texts:
            assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_flags_are_kept() -> None:
    ascii_digits = compile_prefiltered(r"(?<![0-9])[0-9]+:[0-9]+", re.ASCII)
    assert ascii_digits.flags & re.ASCII and ascii_digits.pattern.startswith("(?=[")
    assert [m.group() for m in ascii_digits.finditer("10:30开始，1:2")] == ["10:30", "1:2"]
    folded = compile_prefiltered("abc", re.IGNORECASE)  # case folding: no lookahead
    assert folded.pattern == "abc" and folded.search("xABC")
