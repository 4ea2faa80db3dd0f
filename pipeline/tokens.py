"""The word unit shared by segmentation and the pattern finders."""

from __future__ import annotations

from typing import NamedTuple


class Word(NamedTuple):
    """One jieba word of the simplified text, with its character offsets.

    `pos` is jieba's dictionary part-of-speech tag for the word ("" when the
    word is not in the dictionary): `ns` place, `nt` organization, `nr` person.
    """

    text: str
    start: int
    end: int
    pos: str
