"""Pick the final mentions: entities do not nest, the outermost name wins.

Precedence where candidates overlap: DATE and METRIC first (exact patterns,
and a date is never part of a name here), then the longer span, then ORG
before CITY on equal length. So 福州大学 (ORG) removes the CITY 福州 inside it.
PERSON spans (from the NER model, unscored) come last.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.spans import TYPES, UNSCORED_TYPES, set_entities

_RANK = {"DATE": 0, "METRIC": 1, "ORG": 2, "CITY": 2, "PERSON": 3}
_TIE = {"DATE": 0, "METRIC": 1, "ORG": 2, "CITY": 3, "PERSON": 4}


def _key(span: Span) -> tuple[int, int, int, int]:
    return (_RANK[span.label_], -(span.end_char - span.start_char), _TIE[span.label_], span.start_char)


def resolve(candidates: list[Span]) -> list[Span]:
    """Non-overlapping spans chosen by precedence, in text order."""
    taken: list[Span] = []
    used: set[int] = set()
    for span in sorted(candidates, key=_key):
        chars = range(span.start_char, span.end_char)
        if any(c in used for c in chars):
            continue
        used.update(chars)
        taken.append(span)
    return sorted(taken, key=lambda s: s.start_char)


class MentionResolver:
    def __call__(self, doc: Doc) -> Doc:
        labels = (*TYPES, *UNSCORED_TYPES)
        candidates = [s for label in labels if label in doc.spans for s in doc.spans[label]]
        set_entities(doc, resolve(candidates))
        return doc


@Language.factory("mention_resolver", default_config={"rules_dir": None})
def make_mention_resolver(nlp: Language, name: str, rules_dir: str | None) -> MentionResolver:
    return MentionResolver()
