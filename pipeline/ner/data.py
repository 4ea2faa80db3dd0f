"""Read the NER training data (MSRA BIO, CLUENER JSON) into spaCy Docs.

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
from typing import Literal

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

Span = tuple[int, int, str]
Sentence = tuple[str, list[Span]]
TokenMode = Literal["char", "jieba"]

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


def width_norm_table() -> dict[str, str]:
    """NORM lookups for the vocab: every ASCII char maps to its full-width lower-case form.

    spaCy's default NORM is `str.lower`, so `Ａ` gets the norm `ａ`; this table
    gives `A` and `a` that same norm, which makes a NORM-based model width-blind.
    """
    return {chr(c): chr(c + _WIDTH_OFFSET).lower() for c in range(0x21, 0x7F)}


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


def make_doc(vocab: Vocab, text: str, tokens: TokenMode = "char", reverse: bool = False) -> Doc:
    """A Doc of `text` with one token per character, or per jieba word.

    With `reverse` the Doc holds the text backwards (tokens found on the forward
    text, then each reversed and their order reversed): the model reads right to
    left, so it meets the head of a name (市, 公司, 委员会) before deciding its type.
    """
    words = list(text) if tokens == "char" else jieba_words(text)
    if reverse:
        words = [w[::-1] for w in reversed(words)]
    return Doc(vocab, words=words, spaces=[False] * len(words))


def flip_span(span: Span, length: int) -> Span:
    """A span of a text of `length` chars as a span of the reversed text (and back)."""
    start, end, label = span
    return (length - end, length - start, label)


def doc_spans(doc: Doc, reverse: bool = False) -> list[Span]:
    """The entity spans of a Doc from `make_doc`, as offsets into the forward text."""
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    if reverse:
        length = len(doc.text)
        spans = sorted(flip_span(s, length) for s in spans)
    return spans


def annotated_doc(
    vocab: Vocab, sentence: Sentence, tokens: TokenMode = "char", reverse: bool = False
) -> tuple[Doc, int]:
    """The Doc with its gold entities set; also the number of spans lost to token boundaries."""
    text, spans = sentence
    doc = make_doc(vocab, text, tokens, reverse)
    ents = []
    lost = 0
    for span in spans:
        start, end, label = flip_span(span, len(text)) if reverse else span
        ent = doc.char_span(start, end, label=label, alignment_mode="strict")
        if ent is None:
            lost += 1
        else:
            ents.append(ent)
    doc.set_ents(ents, default="outside")
    return doc, lost


def to_docbin(
    vocab: Vocab, sentences: Iterable[Sentence], tokens: TokenMode = "char", reverse: bool = False
) -> tuple[DocBin, int, int]:
    """All sentences as a DocBin; also the numbers of spans kept and lost to token boundaries."""
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    kept = lost = 0
    for sentence in sentences:
        doc, n_lost = annotated_doc(vocab, sentence, tokens, reverse)
        docbin.add(doc)
        kept += len(doc.ents)
        lost += n_lost
    return docbin, kept, lost
