"""The offset map from simplified text back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.convert import _t2s_triggers, changes_between, t2s_change_points, to_simplified

from .conftest import ROOT

TRADITIONAL_DEV = {"d07_hongkong", "d08_taiwan"}


def test_traditional_converts_and_maps_one_to_one() -> None:
    original = "臺北捷運公司與國泰世華銀行簽約"
    converted = to_simplified(original)
    assert converted.simplified == "台北捷运公司与国泰世华银行签约"
    start = converted.simplified.index("国泰世华银行")
    s, e = converted.to_original(start, start + 6)
    assert original[s:e] == "國泰世華銀行"


def _widen(text: str) -> str:
    """A conversion that changes length: one character becomes two."""
    return text.replace("乾", "干干").replace("著", "")


def test_length_changing_conversion_maps_back() -> None:
    original = "一乾二淨，著名的北京銀行\n第二行：上海市"
    converted = to_simplified(original, convert=_widen)
    assert converted.simplified == "一干干二淨，名的北京銀行\n第二行：上海市"
    for word in ("北京銀行", "上海市", "第二行"):
        i = converted.simplified.index(word)
        s, e = converted.to_original(i, i + len(word))
        assert original[s:e] == word
    # A character from a changed block maps to the whole source block.
    i = converted.simplified.index("干干")
    s, e = converted.to_original(i, i + 2)
    assert original[s:e] == "乾"


@given(st.text(alphabet="北京銀行乾著名二淨，\n上海市ab ", max_size=40))
def test_every_span_maps_inside_the_original(text: str) -> None:
    converted = to_simplified(text, convert=_widen)
    n = len(converted.simplified)
    assert len(converted.starts) == n
    for i in range(n):
        s, e = converted.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
    if n:
        assert converted.to_original(0, n)[1] <= len(text)


@given(st.text(alphabet="北京银行著名上海市，。\nab 1", max_size=30), st.data())
def test_simplified_text_maps_one_to_one(text: str, data) -> None:
    """A text t2s leaves as it is (no character that can start a change) maps every span to itself."""
    converted = to_simplified(text)
    assert converted.simplified == text
    assert len(converted.starts) == len(converted.ends) == len(text)
    if text:
        a = data.draw(st.integers(0, len(text) - 1))
        b = data.draw(st.integers(a + 1, len(text)))
        assert converted.to_original(a, b) == (a, b)


_TRIGGER_SAMPLE = "".join(sorted(_t2s_triggers())[:40])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_TRIGGER_SAMPLE + "台湾国的市年 \n,。a1😀𠀀")), max_size=60),
       st.integers(0, 70), st.integers(0, 70))
def test_change_points_are_the_trigger_characters(text: str, start: int, end: int) -> None:
    """t2s_change_points finds the characters a set test finds (astral ones included), and
    changes_between says whether one lies in [start, end)."""
    triggers = _t2s_triggers()
    points = t2s_change_points(text)
    assert points == [i for i, c in enumerate(text) if c in triggers]
    assert changes_between(points, start, end) == any(start <= i < end for i in points)


def test_change_points_of_odd_text() -> None:
    assert t2s_change_points("") == []
    assert t2s_change_points("\ud800國") == [1]  # a lone surrogate (decoded with surrogateescape)
    assert t2s_change_points("简体一行\n") == []


def _opencc_reference():
    import opencc

    return opencc.OpenCC("t2s").convert


# Pieces that exercise the phrase table, the character table and the separators OpenCC splits on.
_PHRASE_SAMPLE = ["乾隆", "一目瞭然", "乾乾淨淨", "不瞭解", "上鍊", "乾坤大挪移", "么麼"]
_T2S_ALPHABET = list("臺北國泰銀行乾瞭鍊麼著個个的国台湾市年，。、「」 -.\n\t·ab1")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PHRASE_SAMPLE), st.sampled_from(_T2S_ALPHABET)), max_size=30))
def test_table_t2s_converts_as_opencc_does(parts: list[str]) -> None:
    """The table conversion gives opencc-python-reimplemented's text, phrases included."""
    from pipeline.convert import _t2s

    text = "".join(parts)
    assert _t2s().convert(text) == _opencc_reference()(text)


def test_table_t2s_on_the_traditional_dev_articles() -> None:
    from pipeline.convert import TableT2S, _t2s
    from pipeline.ingest import read_corpus

    assert isinstance(_t2s(), TableT2S) and _t2s().keeps_length
    reference = _opencc_reference()
    articles = [a for a in read_corpus(ROOT / "dev" / "corpus").articles if a.doc_id in TRADITIONAL_DEV]
    assert len(articles) == len(TRADITIONAL_DEV)
    for article in articles:
        for line in article.text.splitlines(keepends=True):
            assert _t2s().convert(line) == reference(line)


def test_t2s_maps_every_character_to_its_own_source() -> None:
    """A converted character next to the same character already simplified (個个): each maps to
    its own source, not both to the one a diff would pair them with."""
    original = "他說這是一個个"
    converted = to_simplified(original)
    assert converted.simplified == "他说这是一个个"
    assert [converted.to_original(i, i + 1) for i in range(len(original))] == [
        (i, i + 1) for i in range(len(original))
    ]
    s, e = converted.to_original(len(original) - 2, len(original))
    assert original[s:e] == "個个"
