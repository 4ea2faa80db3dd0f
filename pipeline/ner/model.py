"""Load the trained NER tagger once per process and predict PER / ORG / LOC spans.

The tagger (`pipeline.ner.tagger`) reads texts in MSRA's width form and in
sentence-sized pieces; the spans it returns are offsets into the text as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from pipeline.ner.data import Span
from pipeline.ner.tagger import Tagger

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"


class ModelMissing(FileNotFoundError):
    """The model folder has no trained tagger."""


@lru_cache(maxsize=4)
def load_model(path: str | Path | None = None) -> Tagger:
    """The tagger saved at `path` (default `models/ner/`), loaded once per process."""
    folder = Path(path) if path is not None else MODEL_DIR
    if not (folder / "tagger.npz").is_file() or not (folder / "tagger.json").is_file():
        raise ModelMissing(f"{folder}: no trained NER model (tagger.npz, tagger.json); run `make model`")
    return Tagger.load(folder)


def predict_with(model: Tagger, texts: Sequence[str]) -> list[list[Span]]:
    """Entity spans `(start, end, label)` per text, end exclusive.

    A span that would run across a line break is dropped (the model never saw one).
    """
    results = model.predict(texts)
    return [
        [s for s in spans if "\n" not in text[s[0] : s[1]]]
        for text, spans in zip(texts, results, strict=True)
    ]


def predict(texts: Sequence[str], path: str | Path | None = None) -> list[list[Span]]:
    """`predict_with` the model at `path` (default `models/ner/`)."""
    return predict_with(load_model(path), texts)
