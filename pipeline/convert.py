"""Traditional -> simplified conversion with a map back to the original offsets.

Every recognizer works on the simplified text; SPEC section 2 wants offsets
into the original. `Converted.to_original` is the one place that maps back.
Every entry of OpenCC's t2s dictionaries converts to one of its own length, so
a converted text maps character by character (`TableT2S.keeps_length`, checked
when the tables load); a converter that changes lengths (another OpenCC data
set, or a test's) gets every line it changes aligned with its source
(difflib), and a changed block of another length maps as a whole. Most news
text is simplified already: a line with none of the characters that can start
a change (`_t2s_triggers`) skips conversion. `TableT2S` converts the rest as
opencc-python-reimplemented does, by table where no phrase is involved.
"""

from __future__ import annotations

import difflib
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import opencc

# OpenCC converts phrase by phrase; converting line by line keeps any
# length change local and the alignment cheap.
_LINE = re.compile(r"[^\n]*\n|[^\n]+")


@lru_cache(maxsize=1)
def _opencc_t2s() -> Callable[[str], str]:
    """OpenCC t2s: `TableT2S` where it gives OpenCC's text, else OpenCC's own `convert`."""
    return _t2s().convert


@lru_cache(maxsize=1)
def _t2s() -> TableT2S | _OpenccT2S:
    converter = opencc.OpenCC("t2s")
    return TableT2S.from_opencc(converter) or _OpenccT2S(converter.convert)


@dataclass(frozen=True)
class _OpenccT2S:
    """OpenCC's own t2s, for dictionaries `TableT2S` does not handle: lengths may change."""

    convert: Callable[[str], str]
    keeps_length: bool = False


class TableT2S:
    """OpenCC t2s as opencc-python-reimplemented converts, by table where it can.

    That package is pure Python: converting a traditional article took 4 ms, more than
    segmenting it. It converts the text between separators (punctuation, white space) piece by
    piece, with a group of phrases (TSPhrases) then characters (TSCharacters); a piece holding
    none of the phrases is converted character by character, each character by its entry, which
    is what `str.translate` does in C. A piece holding a phrase (in one line of twenty of
    traditional news) goes through OpenCC itself, whose longest-phrase-first matching decides it.
    """

    def __init__(
        self, phrases: dict[str, str], characters: dict[str, str], fallback: Callable[[str], str],
        separators: re.Pattern[str],
    ):
        self.phrase = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)))
        self.table = str.maketrans(characters)
        self.fallback = fallback
        self.separators = separators  # OpenCC's: it converts the text between them, piece by piece
        # every entry converts to one of its own length: so does every text (to_simplified maps
        # such a conversion character by character)
        self.keeps_length = all(len(k) == len(v) for table in (phrases, characters) for k, v in table.items())

    @classmethod
    def from_opencc(cls, converter: Any) -> TableT2S | None:
        """The table of an `opencc.OpenCC("t2s")`; None when its dictionaries are not the shape
        this relies on: one group of phrase dictionaries then one of single characters, none
        of whose entries is a separator (OpenCC never converts those)."""
        config = _opencc_config(converter.conversion)
        chain = config.get("conversion_chain", [])
        if len(chain) != 1 or chain[0].get("dict", {}).get("type") != "group":
            return None
        files = [d.get("file") for d in chain[0]["dict"].get("dicts", []) if d.get("type") == "txt"]
        if len(files) != len(chain[0]["dict"]["dicts"]) or len(files) < 2:
            return None
        entries = [_opencc_entries(name) for name in files]
        characters = entries[-1]
        if any(len(key) != 1 or converter.split_chars_re.fullmatch(key) for key in characters):
            return None
        phrases = {key: value for table in entries[:-1] for key, value in table.items()}
        return cls(phrases, characters, converter.convert, converter.split_chars_re)

    def convert(self, text: str) -> str:
        if self.phrase.search(text) is None:
            return text.translate(self.table)
        # As OpenCC splits it: pieces of text at even places, separators (kept) at odd ones. Only
        # a piece holding a phrase needs OpenCC's matching.
        parts = self.separators.split(text)
        return "".join(
            part if i % 2 else self.fallback(part) if self.phrase.search(part) else part.translate(self.table)
            for i, part in enumerate(parts)
        )


_OPENCC_DIR = Path(opencc.__file__).parent


def _opencc_config(name: str) -> Any:
    """An OpenCC conversion's config (config/t2s.json for "t2s")."""
    return json.loads((_OPENCC_DIR / "config" / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=8)
def _opencc_entries(name: str) -> dict[str, str]:
    """key -> value of one OpenCC dictionary file, as opencc-python-reimplemented reads it (the
    first of several values; a later line for a key wins). Read once per process: the trigger
    table and `TableT2S` both use them. Do not modify."""
    entries: dict[str, str] = {}
    for line in (_OPENCC_DIR / "dictionary" / name).read_text(encoding="utf-8").splitlines():
        key, _, values = line.strip().partition("\t")
        if key:
            entries[key] = values.split(" ")[0]
    return entries


def preload() -> None:
    """Build the t2s converter and its trigger table now: a pipeline loads them once, and the
    helpers forked from it share them, instead of each building its own on its first article."""
    _opencc_t2s()
    _trigger_table()


def _dictionary_files(node: Any) -> Iterator[str]:
    """The dictionary file names an OpenCC config names, at any depth."""
    if isinstance(node, dict):
        if node.get("type") == "txt" and "file" in node:
            yield node["file"]
        for value in node.values():
            yield from _dictionary_files(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dictionary_files(value)


@lru_cache(maxsize=1)
def _t2s_triggers() -> frozenset[str]:
    """Characters without which OpenCC t2s leaves a text unchanged.

    Every entry of the t2s dictionaries (TSCharacters, TSPhrases) that changes
    its key gives one character of that key: a traditional-only character of
    TSCharacters when the key has one, else the first character that changes.
    A text with none of them contains no changing key, so t2s is the identity.
    """
    changes = [(key, value) for name in sorted(set(_dictionary_files(_opencc_config("t2s"))))
               for key, value in _opencc_entries(name).items() if key != value]
    traditional = {key for key, _ in changes if len(key) == 1}
    triggers: set[str] = set()
    for key, value in changes:
        own = [c for c in key if c in traditional]
        changed = [a for a, b in zip(key, value, strict=False) if a != b]
        triggers.add((own or changed or [key[0]])[0])
    return frozenset(triggers)


@lru_cache(maxsize=1)
def _trigger_table() -> Any:
    """A boolean numpy array over every code point: True for the characters of `_t2s_triggers`."""
    import numpy as np

    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c in _t2s_triggers()]] = True
    return table


def t2s_change_points(text: str) -> list[int]:
    """The offsets of `text`'s characters that can start an OpenCC t2s change, in order.

    A text, or any part of it, holding none of them is its own t2s (`changes_between`). One
    vectorized lookup of every code point: a set test walks the text one character at a time,
    making a string of each, ten times slower on Chinese text.
    """
    if not text:
        return []
    import numpy as np

    code_points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.flatnonzero(_trigger_table()[code_points]).tolist()


def changes_between(points: Sequence[int], start: int, end: int) -> bool:
    """Whether a change point (`t2s_change_points`) lies in [start, end)."""
    i = bisect_left(points, start)
    return i < len(points) and points[i] < end


@dataclass(frozen=True)
class Converted:
    """Simplified text plus, per simplified character, its source range in the original."""

    original: str
    simplified: str
    starts: Sequence[int]  # a range when the text was simplified already: one to one
    ends: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a simplified span [start, end) to the original text."""
        if start >= end:
            raise ValueError(f"empty span {start}:{end}")
        return self.starts[start], self.ends[end - 1]


def _align(original: str, simplified: str, base: int, starts: list[int], ends: list[int]) -> None:
    """Append the source range of every simplified character of one piece."""
    if original == simplified:
        starts.extend(range(base, base + len(simplified)))
        ends.extend(range(base + 1, base + len(simplified) + 1))
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
    points = t2s_change_points(text) if convert is None else None
    convert = convert or _opencc_t2s()
    if points is not None and not points:
        # one to one: ranges index like the tuples, without a list of every offset
        return Converted(text, text, range(len(text)), range(1, len(text) + 1))
    lines: list[tuple[int, str, str]] = []  # (offset, line, converted line)
    for match in _LINE.finditer(text):
        piece = match.group()
        unchanged = points is not None and not changes_between(points, match.start(), match.end())
        lines.append((match.start(), piece, piece if unchanged else convert(piece)))
    simplified = "".join(converted for _, _, converted in lines)
    if points is not None and _t2s().keeps_length:
        # every entry of the t2s dictionaries keeps its length: the n-th character comes from
        # the n-th (an alignment could pair a converted character with an equal one nearby)
        return Converted(text, simplified, range(len(text)), range(1, len(text) + 1))
    starts: list[int] = []
    ends: list[int] = []
    for offset, piece, converted in lines:
        _align(piece, converted, offset, starts, ends)
    return Converted(text, simplified, tuple(starts), tuple(ends))
