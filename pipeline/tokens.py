"""The word unit shared by segmentation and the pattern finders, and an index of word boundaries."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress
from operator import itemgetter, lt
from typing import NamedTuple

# the dot between the parts of a foreign person's name (罗萨里奥·格林, 乔治·华盛顿): a city's or an
# organization's form written against one is part of the name
NAME_DOTS = frozenset("·•・‧")


class Word(NamedTuple):
    """One jieba word of the simplified text, with its character offsets.

    `pos` is jieba's dictionary part-of-speech tag for the word ("" when the
    word is not in the dictionary): `ns` place, `nt` organization, `nr` person.
    """

    text: str
    start: int
    end: int
    pos: str


class SegmentedWords(list[Word]):
    """The segmenter's words of one text: in text order, and each holds characters (jieba gives
    no empty word). `held_words` returns them as they are, and the finders' WordIndexes of them
    (`word_index`) share one list of their starts. Not to be changed once made. (The starts, not
    a WordIndex, are kept: a WordIndex holds its words, and the cycle would outlive the text.)"""

    __slots__ = ("_starts",)

    def word_index(self) -> WordIndex:
        try:
            starts = self._starts
        except AttributeError:
            starts = self._starts = list(map(itemgetter(1), self))
        return WordIndex(self, starts)


def held_words(words: Sequence[Word]) -> list[Word]:
    """The words that hold characters (end > start): every one of the segmenter's, filtered in C."""
    if type(words) is SegmentedWords:
        return words
    return list(compress(words, map(lt, map(itemgetter(1), words), map(itemgetter(2), words))))


def word_index(words: list[Word]) -> WordIndex:
    """A WordIndex of `words`: the one the segmenter's words keep, or a new one."""
    return words.word_index() if type(words) is SegmentedWords else WordIndex(words)


class WordIndex:
    """Where words start and end, for words in text order that do not overlap, by bisection.

    The finders ask this at their candidates only, a few times per text: bisecting one list of
    starts is cheaper than building sets and dicts over every word of the text for them. Words
    must hold characters (end > start); an empty word marks no boundary.
    """

    __slots__ = ("words", "starts")

    def __init__(self, words: list[Word], starts: list[int] | None = None):
        """`starts`: the words' starts, when the caller has them already."""
        self.words = words
        self.starts = list(map(itemgetter(1), words)) if starts is None else starts

    def index_at(self, pos: int) -> int | None:
        """Index of the word that starts at `pos`, if one does."""
        k = bisect_left(self.starts, pos)
        return k if k < len(self.starts) and self.starts[k] == pos else None

    def starting_at(self, pos: int) -> Word | None:
        k = self.index_at(pos)
        return None if k is None else self.words[k]

    def is_start(self, pos: int) -> bool:
        return self.index_at(pos) is not None

    def ending_at(self, pos: int) -> Word | None:
        """The word that ends at `pos` (the last one that starts before it), if one does."""
        k = bisect_left(self.starts, pos) - 1
        return self.words[k] if k >= 0 and self.words[k][2] == pos else None

    def is_end(self, pos: int) -> bool:
        return self.ending_at(pos) is not None

    def around(self, pos: int) -> Word | None:
        """The word that holds character `pos`."""
        k = bisect_right(self.starts, pos) - 1
        return self.words[k] if k >= 0 and pos < self.words[k][2] else None
