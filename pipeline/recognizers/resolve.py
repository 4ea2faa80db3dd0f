"""Pick the final mentions: entities do not nest, the outermost name wins.

Precedence where candidates overlap: DATE and METRIC first (exact patterns,
and a date is never part of a name here), then the longer span, then ORG
before CITY on equal length. So 福州大学 (ORG) removes the CITY 福州 inside it.
PERSON spans (from the NER model, unscored) come last. A figure written as a name the
gazetteer holds, or inside one (361度, 85度C), is the name; so is one in Chinese numerals inside a
registered name (北京三元食品股份有限公司).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.finders.orgs import REGISTERED_TAILS, SOURCE_GAZETTEER, SOURCE_SUFFIX
from pipeline.spans import TYPES, UNSCORED_TYPES, mention_info, set_entities

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


def listed_names(doc: Doc) -> set[tuple[int, int]]:
    """Spans of the ORG candidates that the gazetteer names: a figure written exactly as one is
    the name (361度 is a sportswear maker, not 361 degrees)."""
    if "ORG" not in doc.spans:
        return set()
    return {(s.start_char, s.end_char) for s in doc.spans["ORG"]
            if mention_info(s).get("source") == SOURCE_GAZETTEER}


# registered forms: companies, and farmers' specialized cooperatives (兴隆县六道河镇…专业合作社)
_REGISTERED_FORMS = (*REGISTERED_TAILS, "专业合作社")


def registered_names(doc: Doc) -> set[tuple[int, int]]:
    """Spans of the ORG candidates that are registered names (…有限公司, …专业合作社): a figure in
    Chinese numerals inside one is its trade name or its town's (北京三元食品股份有限公司, not 3 元;
    六道河镇, not 6 道)."""
    if "ORG" not in doc.spans:
        return set()
    return {(s.start_char, s.end_char) for s in doc.spans["ORG"]
            if s.text.endswith(_REGISTERED_FORMS) and mention_info(s).get("source") == SOURCE_SUFFIX}


def _inside_name(start: int, end: int, names: set[tuple[int, int]]) -> bool:
    """Whether a figure lies within a gazetteer name (85度 in 85度C)."""
    return any(s <= start and end <= e for s, e in names)


class MentionResolver:
    def __call__(self, doc: Doc) -> Doc:
        labels = (*TYPES, *UNSCORED_TYPES)
        candidates = [s for label in labels if label in doc.spans for s in doc.spans[label]]
        figures = "METRIC" in doc.spans and doc.spans["METRIC"]
        names = listed_names(doc) if figures else set()
        registered = registered_names(doc) if figures else set()
        if registered:
            names |= {(s.start_char, s.end_char) for s in doc.spans["METRIC"]
                      if not any(ch.isdigit() for ch in s.text)
                      and _inside_name(s.start_char, s.end_char, registered)}
        if names:
            covered = {k for s, e in names for k in range(s, e)}  # most figures touch no name
            candidates = [s for s in candidates
                          if s.label_ != "METRIC" or s.start_char not in covered
                          or not _inside_name(s.start_char, s.end_char, names)]
        set_entities(doc, resolve(candidates))
        return doc


@Language.factory("mention_resolver", default_config={"rules_dir": None})
def make_mention_resolver(nlp: Language, name: str, rules_dir: str | None) -> MentionResolver:
    return MentionResolver()
