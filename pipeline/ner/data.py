"""Read the NER training data (MSRA BIO, CLUENER JSON).

Every sentence becomes `(text, spans)`: the text in the model's width form
(ASCII letters, digits and punctuation turned into their full-width forms,
as in MSRA) and entity spans as `(start, end, label)` character offsets,
end exclusive, labels PER / ORG / LOC. Width conversion is one character for
one character, so offsets never move.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path

Span = tuple[int, int, str]
Sentence = tuple[str, list[Span]]

LABELS = ("PER", "ORG", "LOC")

# ASCII "!" .. "~" <-> full-width U+FF01 .. U+FF5E; the space is left alone.
_WIDTH_OFFSET = 0xFEE0
_TO_FULL = {c: c + _WIDTH_OFFSET for c in range(0x21, 0x7F)}
_TO_HALF = {c + _WIDTH_OFFSET: c for c in range(0x21, 0x7F)}

# CLUENER's ten fine types -> the three MSRA types; the others are dropped.
CLUENER_LABELS: dict[str, str] = {
    "name": "PER",
    "company": "ORG",
    "organization": "ORG",
    "government": "ORG",
    "address": "LOC",
    "scene": "LOC",
}


def to_fullwidth(text: str) -> str:
    """ASCII letters, digits and punctuation to full width, char for char (the model's form)."""
    return text.translate(_TO_FULL)


def to_halfwidth(text: str) -> str:
    """Full-width letters, digits and punctuation to ASCII, char for char."""
    return text.translate(_TO_HALF)


def bio_chunks(tags: list[str]) -> list[Span]:
    """Entity spans from BIO tags with conlleval chunking.

    An entity opens at `B-X`, or at an `I-X` that does not continue an X entity.
    """
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, kind
    return spans


def read_bio(path: str | Path) -> list[Sentence]:
    """Read a `char<TAB>tag` file with blank lines between sentences."""
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            sentences.append((to_fullwidth("".join(chars)), bio_chunks(tags)))
            chars.clear()
            tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                flush()
                continue
            char, _, tag = line.partition("\t")
            if len(char) != 1:
                raise ValueError(f"{path}: expected one character per line, got {line!r}")
            chars.append(char)
            tags.append(tag or "O")
    flush()
    return sentences


def read_cluener(path: str | Path, labels: dict[str, str] | None = None) -> list[Sentence]:
    """Read CLUENER JSON lines (`end` inclusive), keeping only the types in `labels`.

    Overlapping spans (one nested pair in train) keep the longer one.
    """
    labels = CLUENER_LABELS if labels is None else labels
    sentences: list[Sentence] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            text: str = row["text"]
            spans: list[Span] = []
            for kind, entities in row.get("label", {}).items():
                if kind not in labels:
                    continue
                for positions in entities.values():
                    for start, end in positions:
                        spans.append((start, end + 1, labels[kind]))
            sentences.append((to_fullwidth(text), _drop_overlaps(spans)))
    return sentences


def _drop_overlaps(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans, longer first, in text order."""
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda s: (s[0] - s[1], s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def jieba_words(text: str) -> list[str]:
    """jieba words of a full-width text (segmented in half width, same offsets)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    half = to_halfwidth(text)
    words: list[str] = []
    pos = 0
    for word in jieba.cut(half, HMM=True):
        words.append(text[pos : pos + len(word)])
        pos += len(word)
    return words
