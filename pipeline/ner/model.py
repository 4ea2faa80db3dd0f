"""Load the trained NER model once per process and predict PER / ORG / LOC spans.

The model was trained on full-width text (MSRA), read right to left; `predict`
maps the input to that form character by character (`to_fullwidth`, then the
reversed Doc of `pipeline.ner.data.make_doc`) and maps the spans back, so the
returned offsets are offsets into the text as given.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner.data import Span, TokenMode, doc_spans, make_doc, to_fullwidth

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"


@lru_cache(maxsize=4)
def load_model(path: str | Path | None = None) -> Language:
    """The spaCy pipeline saved at `path` (default `models/ner/`), loaded once per process."""
    return spacy.load(Path(path) if path is not None else MODEL_DIR)


def token_mode(nlp: Language) -> TokenMode:
    """The token unit the model was trained with (`char` unless its meta says `jieba`)."""
    extra = nlp.meta.get("cn_news_ner", {})
    return "jieba" if extra.get("tokens") == "jieba" else "char"


def reads_reversed(nlp: Language) -> bool:
    """Whether the model was trained on reversed (right-to-left) Docs."""
    return bool(nlp.meta.get("cn_news_ner", {}).get("reversed", False))


def _docs(nlp: Language, texts: Sequence[str]) -> Iterator[Doc]:
    """The Docs the model reads: full width, its token unit, reversed if it was trained so."""
    mode, reverse = token_mode(nlp), reads_reversed(nlp)
    for text in texts:
        yield make_doc(nlp.vocab, to_fullwidth(text), mode, reverse)


def predict_with(nlp: Language, texts: Sequence[str], batch_size: int = 256) -> list[list[Span]]:
    """Entity spans `(start, end, label)` per text, end exclusive, with the given pipeline.

    A span that would run across a line break is dropped (the model never saw one).
    """
    reverse = reads_reversed(nlp)
    results: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(_docs(nlp, texts), batch_size=batch_size), strict=True):
        spans = doc_spans(doc, reverse)
        results.append([s for s in spans if "\n" not in text[s[0] : s[1]]])
    return results


def predict(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """PER / ORG / LOC spans `(start, end, label)` per text (character offsets, end exclusive)."""
    if not texts:
        return []
    return predict_with(load_model(), texts)
