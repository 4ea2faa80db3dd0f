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


def resolve(candidates: list[Span]) -> list[Span]:
    """Non-overlapping spans chosen by precedence, in text order.

    Each span's label and offsets are read once (each is a call into spaCy), into a sort key
    that ends with the span's position: the order of the candidates breaks the remaining ties,
    as a stable sort on the key alone would.
    """
    keyed = []
    for k, span in enumerate(candidates):
        label, start, end = span.label_, span.start_char, span.end_char
        keyed.append((_RANK[label], start - end, _TIE[label], start, k, end))
    taken: list[tuple[int, int, int]] = []  # (start, place in precedence order, candidate)
    used: set[int] = set()
    for place, (_, _, _, start, k, end) in enumerate(sorted(keyed)):
        if used.isdisjoint(range(start, end)):
            used.update(range(start, end))
            taken.append((start, place, k))
    return [candidates[k] for _, _, k in sorted(taken)]


class MentionResolver:
    def __call__(self, doc: Doc) -> Doc:
        labels = (*TYPES, *UNSCORED_TYPES)
        candidates = [s for label in labels if label in doc.spans for s in doc.spans[label]]
        set_entities(doc, resolve(candidates))
        return doc


@Language.factory("mention_resolver", default_config={"rules_dir": None})
def make_mention_resolver(nlp: Language, name: str, rules_dir: str | None) -> MentionResolver:
    return MentionResolver()
