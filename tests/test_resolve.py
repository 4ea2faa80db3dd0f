"""The mention resolver: entities do not nest, the outermost name wins (pipeline/recognizers/resolve.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.recognizers.resolve import _RANK, _TIE, resolve


@dataclass(frozen=True)
class _Span:
    """What resolve reads of a spaCy Span."""

    label_: str
    start_char: int
    end_char: int


def _by_precedence(candidates: list[_Span]) -> list[_Span]:
    """The rule as the docstring states it, one span at a time: DATE and METRIC first, then the
    longer span, then ORG before CITY, then the earlier one; a span overlapping one taken before
    it is dropped; the result in text order."""
    def key(s: _Span) -> tuple[int, int, int, int]:
        return (_RANK[s.label_], -(s.end_char - s.start_char), _TIE[s.label_], s.start_char)

    taken: list[_Span] = []
    for span in sorted(candidates, key=key):
        if all(span.end_char <= t.start_char or t.end_char <= span.start_char for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start_char)


_SPANS = st.builds(
    lambda label, start, length: _Span(label, start, start + length),
    st.sampled_from(list(_RANK)), st.integers(0, 30), st.integers(1, 8),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SPANS, max_size=25))
def test_resolve_keeps_the_spans_of_the_precedence_rule(candidates: list[_Span]) -> None:
    chosen = resolve(candidates)  # type: ignore[arg-type]
    assert [id(s) for s in chosen] == [id(s) for s in _by_precedence(candidates)]


def test_a_date_comes_before_the_names_it_overlaps() -> None:
    city, org, date = _Span("CITY", 0, 2), _Span("ORG", 0, 4), _Span("DATE", 3, 8)
    assert resolve([city, org, date]) == [city, date]  # type: ignore[list-item]


def test_a_figure_written_as_a_listed_name_is_the_name() -> None:
    """361度 is a sportswear maker where the gazetteer's name stands in an org context, and 361
    degrees elsewhere (its name is ambiguous: rules/org_generic.txt)."""
    from pipeline.ingest import Article
    from pipeline.process import Extractor

    extractor = Extractor.load()

    def found(text: str) -> list[tuple[str, str]]:
        article = Article(doc_id="t", path=Path("t.txt"), text=text, encoding="utf-8", published="2025-08-28")
        return [(m.type, m.text) for m in extractor.process(article)]

    assert ("ORG", "361度") in found("特步国际、361度和鸿星尔克上半年营收增长")
    assert found("气温高达361度") == [("METRIC", "361度")]
    # a figure inside a listed name is the name too (85度C, the bakery chain)
    assert ("ORG", "85度C") in found("咖啡连锁品牌路易莎、85度C调整价格")
    assert ("METRIC", "85度") not in found("咖啡连锁品牌路易莎、85度C调整价格")
    assert found("温度达到85度C左右") == [("METRIC", "85度")]
    # a figure in Chinese numerals inside a registered name is its trade name (三元 is no 3 元)
    assert found("北京三元食品股份有限公司旗下八喜上月销量增长")[:1] == [("ORG", "北京三元食品股份有限公司")]
    assert ("METRIC", "三元") in found("公司以三元每股的价格收购")
