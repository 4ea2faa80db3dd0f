"""WordIndex: word boundaries by bisection answer what a scan of the words answers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.tokens import Word, WordIndex


@given(st.lists(st.integers(min_value=1, max_value=3), max_size=12), st.integers(min_value=0, max_value=3))
def test_word_index_answers_as_a_scan(lengths, gap):
    words, pos = [], 0
    for k, n in enumerate(lengths):
        words.append(Word("x" * n, pos, pos + n, ""))
        pos += n + (gap if k % 3 == 2 else 0)  # now and then a gap between words
    index = WordIndex(words)
    for p in range(-1, pos + 2):
        starting = [k for k, w in enumerate(words) if w.start == p]
        assert index.index_at(p) == (starting[0] if starting else None)
        assert index.starting_at(p) == (words[starting[0]] if starting else None)
        assert index.is_start(p) == bool(starting)
        ending = [w for w in words if w.end == p]
        assert index.ending_at(p) == (ending[0] if ending else None)
        assert index.is_end(p) == bool(ending)
        around = [w for w in words if w.start <= p < w.end]
        assert index.around(p) == (around[0] if around else None)


def test_word_index_on_a_segmented_sentence():
    from pipeline.segment import Segmenter

    text = "支付宝与杭州市政府宣布杭州成为无现金城市"
    words = Segmenter().segment(text)
    index = WordIndex(words)
    assert index.starting_at(0) is not None and index.starting_at(0).text == text[:index.starting_at(0).end]
    assert index.is_end(len(text)) and not index.is_start(len(text))
    for w in words:
        assert index.around(w.start) == w and index.around(w.end - 1) == w
        assert index.ending_at(w.end) == w


def test_the_segmenters_words_are_kept_as_they_are_and_share_their_starts():
    from pipeline.segment import Segmenter
    from pipeline.tokens import SegmentedWords, held_words, word_index

    words = Segmenter().segment("支付宝与杭州市政府宣布杭州成为无现金城市")
    assert type(words) is SegmentedWords and all(w.end > w.start for w in words)
    assert held_words(words) is words  # no copy: jieba gives no empty word
    first, second = word_index(words), word_index(words)
    assert first.starts is second.starts == [w.start for w in words]
    plain = list(words) + [Word("", 20, 20, "")]  # any other list is filtered and indexed anew
    assert held_words(plain) == list(words) and word_index(plain).starts == [w.start for w in plain]
