"""Which city a DATE or METRIC is about (the `city` column).

The documented rule (annotation guidelines, "city column"):
1. Under a section heading that names a city (a short line `杭州` or
   `杭州：…`), every DATE and METRIC of the section belongs to that city,
   the heading line itself included. Any other heading ends the section.
2. Elsewhere, the city named in the same sentence: the nearest one before
   the figure, else the first one after it.
3. Otherwise empty.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.spans import doc_text, entities, mention_info, update_info

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_CLAUSE_PUNCT = re.compile(r"[。，,；;！？!?]")
_HEADING_MAX = 40
_HEADING_SEPARATORS = "：: \u3000-—|｜"


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _HEADING_MAX and not _CLAUSE_PUNCT.search(stripped)


def _heading_city(text: str, start: int, end: int, cities: list[Span]) -> str:
    """The normalized city a heading line opens with, or ''."""
    line = text[start:end]
    lead = start + (len(line) - len(line.lstrip()))
    for span in cities:
        if span.start_char == lead:
            rest = text[span.end_char:end]
            if not rest.strip() or rest[0] in _HEADING_SEPARATORS:
                return str(mention_info(span).get("normalized", ""))
    return ""


def section_cities(text: str, cities: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, city) for every stretch of text under a city heading."""
    sections: list[tuple[int, int, str]] = []
    current: tuple[int, str] | None = None
    for start, end in _lines(text):
        if not _is_heading(text[start:end]):
            continue
        if current is not None:
            sections.append((current[0], start, current[1]))
            current = None
        city = _heading_city(text, start, end, cities)
        if city:
            current = (start, city)
    if current is not None:
        sections.append((current[0], len(text), current[1]))
    return sections


def sentence_ends(text: str) -> list[int]:
    """Offsets of every sentence-ending character, in order."""
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def sentence_city(text: str, span: Span, cities: list[Span], ends: list[int] | None = None) -> str:
    """The city named in the sentence of `span`: nearest before, else first after."""
    ends = sentence_ends(text) if ends is None else ends
    i = bisect_left(ends, span.start_char)
    left = ends[i - 1] + 1 if i > 0 else 0
    j = bisect_left(ends, span.end_char)
    right = ends[j] if j < len(ends) else len(text)
    before = [c for c in cities if left <= c.start_char and c.end_char <= span.start_char]
    after = [c for c in cities if span.end_char <= c.start_char and c.end_char <= right]
    chosen = before[-1] if before else (after[0] if after else None)
    return str(mention_info(chosen).get("normalized", "")) if chosen is not None else ""


class CityAttribution:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ents = entities(doc)
        cities = [s for s in ents if s.label_ == "CITY"]
        sections = section_cities(text, cities)
        ends = sentence_ends(text)
        for span in ents:
            if span.label_ not in ("DATE", "METRIC"):
                continue
            city = next((c for s, e, c in sections if s <= span.start_char < e), "")
            update_info(span, city=city or sentence_city(text, span, cities, ends))
        return doc


@Language.factory("city_attribution", default_config={"rules_dir": None})
def make_city_attribution(nlp: Language, name: str, rules_dir: str | None) -> CityAttribution:
    return CityAttribution()
