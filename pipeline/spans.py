"""Typed mention spans on a spaCy Doc, with their normalization.

Recognizers find mentions by characters, but a jieba token may straddle a
mention's edge (杭州市级 is one word). `add_mention` splits such tokens so
the span aligns, and rebuilds the existing span groups, which spaCy keeps by
token index. Normalization fields live in `doc.user_data` keyed by
(type, start_char, end_char), so they survive retokenization.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Span

TYPES = ("CITY", "ORG", "DATE", "METRIC")  # the scored types
UNSCORED_TYPES = ("PERSON",)
_INFO = "mention_info"
_BOUNDS = "token_bounds"  # user_data: the char offsets where a token starts or ends (see _token_bounds)
_ENTS = "entities"  # user_data: the list doc.ents was set from (see set_entities)
_STARTS = "token_starts"  # user_data: the char offset of every token, in order (see _token_starts)


def _split_at(doc: Doc, offsets: list[int]) -> None:
    """Make every char offset in `offsets` a token boundary."""
    groups = {key: [(s.start_char, s.end_char, s.label_) for s in group] for key, group in doc.spans.items()}
    # Reading doc.ents walks every token; before the resolver there are none.
    has_ents = doc.has_annotation("ENT_IOB")
    ents = [(s.start_char, s.end_char, s.label_) for s in entities(doc)] if has_ents else []
    # Only the tokens an offset falls strictly inside (found by bisection on
    # the token starts) are split; iterating every token is slow on long texts.
    token_starts = _token_starts(doc)
    inside = sorted({bisect_right(token_starts, o) - 1 for o in offsets})
    with doc.retokenize() as retokenizer:
        for i in inside:
            if i < 0:
                continue
            token = doc[i]
            cuts = sorted({o - token.idx for o in offsets if token.idx < o < token.idx + len(token.text)})
            if not cuts:
                continue
            bounds = [0, *cuts, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            heads = [(token, 0)] * len(orths)
            retokenizer.split(token, orths, heads=heads)
    doc.user_data.pop(_STARTS, None)  # the tokens changed
    for key, spans in groups.items():
        doc.spans[key] = _char_spans(doc, spans)
    if ents:
        set_entities(doc, _char_spans(doc, ents))
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is not None:  # splitting only adds boundaries: the offsets that were inside tokens
        bounds.update(offsets)


def _token_starts(doc: Doc) -> list[int]:
    """The char offset where each token starts, in order (kept on the Doc until a split)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        doc.user_data[_STARTS] = starts
    return starts


def _char_spans(doc: Doc, items: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Spans for `(start, end, label)` char offsets that are token boundaries: found by bisecting
    the token starts (doc.char_span looks at the tokens one by one)."""
    starts = _token_starts(doc)
    n = len(starts)
    size = len(doc_text(doc))
    spans = []
    for start, end, label in items:
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i == n or starts[i] != start or end <= start or (starts[j] != end if j < n else end != size):
            raise ValueError(f"cannot align span {start}:{end} in a text of {len(doc_text(doc))} chars")
        spans.append(Span(doc, i, j, label=label))
    return spans


def _token_bounds(doc: Doc) -> set[int]:
    """Every char offset where a token starts or ends (kept on the Doc; a split adds its offsets).
    The pipeline's Docs have no spaces between tokens (JiebaTokenizer): each token ends where the
    next one starts."""
    bounds = doc.user_data.get(_BOUNDS)
    if bounds is None:
        bounds = set()
        if len(doc):
            starts = _token_starts(doc)
            bounds.update(starts)
            last = doc[-1]  # the tokens follow each other: each ends where the next starts
            bounds.add(last.idx + len(last.text))
        doc.user_data[_BOUNDS] = bounds
    return bounds


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Set doc.ents, and keep the list: reading doc.ents back walks every token of the Doc."""
    doc.ents = spans
    doc.user_data[_ENTS] = list(spans)


def release(doc: Doc) -> None:
    """Drop what the pipeline kept on a Doc it is done with (user_data).

    The entity list `set_entities` keeps holds Spans, and a Span holds its Doc: a reference cycle
    that kept the Doc and its words (1,300 objects an article) alive until the cyclic collector
    ran. Without the cycle they are freed as soon as the Doc is dropped.
    """
    doc.user_data.clear()


def entities(doc: Doc) -> list[Span]:
    """doc.ents, from the list `set_entities` kept when there is one."""
    kept = doc.user_data.get(_ENTS)
    return list(kept) if kept is not None else list(doc.ents)


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept by the tokenizer: `doc.text` rebuilds it from every token."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


def add_mention(doc: Doc, label: str, start: int, end: int, **info: Any) -> Span:
    """Add a candidate mention of type `label` to `doc.spans[label]`."""
    add_mentions(doc, label, [(start, end, info)])
    return doc.spans[label][-1]


def add_mentions(doc: Doc, label: str, mentions: Iterable[tuple[int, int, Mapping[str, Any]]]) -> None:
    """Add candidate mentions of type `label`, each `(start, end, info)`, in order.

    Offsets inside a token are split first, all in one retokenization; then the spans are made
    and the group is set once (not one SpanGroup update per mention).
    """
    items = list(mentions)
    if not items:
        return
    bounds = _token_bounds(doc)
    inside = [o for start, end, _ in items for o in (start, end) if o not in bounds]
    if inside:
        _split_at(doc, inside)
    spans = _char_spans(doc, [(start, end, label) for start, end, _ in items])
    doc.spans[label] = [*doc.spans[label], *spans] if label in doc.spans else spans
    found = doc.user_data.setdefault(_INFO, {})
    for start, end, info in items:
        found[(label, start, end)] = dict(info)


def mention_info(span: Span) -> dict[str, Any]:
    """The normalization fields a recognizer stored for this span."""
    return span.doc.user_data.get(_INFO, {}).get((span.label_, span.start_char, span.end_char), {})


def update_info(span: Span, **info: Any) -> None:
    doc = span.doc
    key = (span.label_, span.start_char, span.end_char)
    doc.user_data.setdefault(_INFO, {}).setdefault(key, {}).update(info)
