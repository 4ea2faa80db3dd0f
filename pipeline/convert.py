"""Traditional -> simplified conversion with a map back to the original offsets.

Every recognizer works on the simplified text; SPEC section 2 wants offsets
into the original. `Converted.to_original` is the one place that maps back.
OpenCC's t2s tables are almost all one character for one character, but a
phrase may change length, so every line the conversion changes is aligned
with its source (difflib), and a changed block of another length maps as a
whole.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import opencc

# OpenCC converts phrase by phrase; converting line by line keeps any
# length change local and the alignment cheap.
_LINE = re.compile(r"[^\n]*\n|[^\n]+")


@lru_cache(maxsize=1)
def _opencc_t2s() -> Callable[[str], str]:
    return opencc.OpenCC("t2s").convert


@dataclass(frozen=True)
class Converted:
    """Simplified text plus, per simplified character, its source range in the original."""

    original: str
    simplified: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a simplified span [start, end) to the original text."""
        if start >= end:
            raise ValueError(f"empty span {start}:{end}")
        return self.starts[start], self.ends[end - 1]


def _align(original: str, simplified: str, base: int, starts: list[int], ends: list[int]) -> None:
    """Append the source range of every simplified character of one piece."""
    if original == simplified:
        for i in range(len(simplified)):
            starts.append(base + i)
            ends.append(base + i + 1)
        return
    matcher = difflib.SequenceMatcher(None, original, simplified, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a1 - a0 == b1 - b0):
            # Same-length blocks (OpenCC's usual case) map character by character.
            for k in range(b1 - b0):
                starts.append(base + a0 + k)
                ends.append(base + a0 + k + 1)
        else:
            # Characters of a changed block all come from the whole source block.
            lo, hi = (a0, a1) if a1 > a0 else (max(a0 - 1, 0), max(a0, 1))
            for _ in range(b1 - b0):  # nothing to append for a "delete"
                starts.append(base + lo)
                ends.append(base + hi)


def to_simplified(text: str, convert: Callable[[str], str] | None = None) -> Converted:
    """Convert `text` to simplified Chinese, keeping the offset map.

    `convert` defaults to OpenCC t2s; tests pass their own to exercise
    conversions that change length.
    """
    convert = convert or _opencc_t2s()
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for match in _LINE.finditer(text):
        piece = match.group()
        converted = convert(piece)
        _align(piece, converted, match.start(), starts, ends)
        pieces.append(converted)
    return Converted(text, "".join(pieces), tuple(starts), tuple(ends))
