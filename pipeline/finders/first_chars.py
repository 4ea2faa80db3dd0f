"""A start-character prefilter for regexes that `re` cannot skip through by itself.

`re` looks for a match by trying the pattern at every position. When a pattern starts with a
literal or a character class it jumps from one candidate character to the next in C, but an
alternation whose branches start with groups or lookbehinds (the date grammar's, built from
the rule tables) is tried branch by branch at every character of the text. `compile_prefiltered`
puts a lookahead on the characters a match can start with in front of such a pattern, so that
most positions fail on a single test. The matches are the same: the lookahead consumes nothing
and the character set holds every character a match can start with (or no lookahead is added).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MAX_RANGE = 4096  # a wider character range (e.g. all CJK) is left unfiltered


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: no prefilter."""


def first_chars(pattern: str) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with; None when unknown or when the
    pattern can match the empty string (then any position can start a match)."""
    try:
        tree = _parser.parse(pattern)
    except re.error:
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        chars, nullable = _sequence(list(tree))
    except _Unknown:
        return None
    return None if nullable else frozenset(chars)


def compile_prefiltered(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, led by a lookahead on its first characters when they are
    known (never with case folding, which `first_chars` does not work out)."""
    chars = None if flags & re.IGNORECASE else first_chars(pattern)
    if not chars:
        return re.compile(pattern, flags)
    char_class = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{char_class}])(?:{pattern})", flags)


def _sequence(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(first characters, can be empty) of items matched one after another."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        return _char_class(av), False
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _sequence(list(sub))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for branch in av[1]:
            branch_chars, branch_nullable = _sequence(list(branch))
            chars |= branch_chars
            nullable = nullable or branch_nullable
        return chars, nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        chars, nullable = _sequence(list(sub))
        return chars, nullable or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero width: the match starts with what follows
    raise _Unknown


def _char_class(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # a negated class, a category (\d, \w) or a very wide range
            raise _Unknown
    return chars
