"""Longest-match lookups in a set of strings, indexed by first character.

Finders ask "which gazetteer forms start at this position?" at every word or
character of a document. Slicing the text at every possible length and
probing a set costs one slice per length up to the longest form; indexing the
forms by their first character leaves only the lengths that occur for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


class PrefixIndex:
    """The lengths of the forms starting with each character, longest first."""

    def __init__(self, forms: Iterable[str], min_len: int = 1):
        self.forms = frozenset(f for f in forms if len(f) >= min_len)
        lengths: dict[str, set[int]] = {}
        for form in self.forms:
            lengths.setdefault(form[0], set()).add(len(form))
        self.lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}

    def __contains__(self, form: object) -> bool:
        return form in self.forms

    def matches(self, text: str, pos: int) -> list[int]:
        """Lengths of every form at text[pos:], longest first."""
        lengths = self.lengths.get(text[pos : pos + 1])
        if not lengths:
            return []
        forms, room = self.forms, len(text) - pos
        return [n for n in lengths if n <= room and text[pos : pos + n] in forms]

    def longest(self, text: str, pos: int, max_len: int | None = None) -> int:
        """Length of the longest form at text[pos:] (no longer than `max_len`), 0 if none."""
        lengths = self.lengths.get(text[pos : pos + 1])
        if not lengths:
            return 0
        forms = self.forms
        room = len(text) - pos if max_len is None else min(max_len, len(text) - pos)
        for n in lengths:
            if n <= room and text[pos : pos + n] in forms:
                return n
        return 0


def by_first_char(items: Iterable[T], form: Callable[[T], str] = str) -> dict[str, tuple[T, ...]]:
    """Items grouped by the first character of their form, each group in the given order.

    `group.get(text[pos:pos + 1], ())` then holds every item that can start at
    `pos`, so a scan over a long word list shrinks to the few that share it.
    """
    groups: dict[str, list[T]] = {}
    for item in items:
        if form(item):
            groups.setdefault(form(item)[0], []).append(item)
    return {c: tuple(g) for c, g in groups.items()}


def by_last_char(items: Iterable[T], form: Callable[[T], str] = str) -> dict[str, tuple[T, ...]]:
    """Items grouped by the last character of their form (what can end right before a position)."""
    groups: dict[str, list[T]] = {}
    for item in items:
        if form(item):
            groups.setdefault(form(item)[-1], []).append(item)
    return {c: tuple(g) for c, g in groups.items()}
