"""DagCutter: jieba's accurate mode without HMM, word for word."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_corpus
from pipeline.jieba_cut import DagCutter
from pipeline.segment import default_segmenter

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project_tokenizer() -> jieba.Tokenizer:
    """jieba with the project's user dictionaries (rules/jieba and the gazetteers)."""
    return default_segmenter().tokenizer


@pytest.fixture(scope="module")
def cutter(project_tokenizer) -> DagCutter:
    return DagCutter.from_tokenizer(project_tokenizer)


def _texts() -> list[str]:
    return [a.text for folder in ("corpus", "dev/corpus") for a in read_corpus(ROOT / folder).articles]


def test_same_words_as_jieba_on_the_corpus(project_tokenizer, cutter):
    texts = _texts()
    assert sum(map(len, texts)) > 10_000
    for text in texts:
        assert list(cutter.cut(text)) == list(project_tokenizer.cut(text, HMM=False))


# Han characters that start many dictionary words, Latin letters and digits (jieba runs them
# together), whitespace, and punctuation that ends a block.
_ALPHABET = (
    "中国人民银行北京市上海浦东新区支付宝无现金城市的了在是年月日大学长江"
    "ab Z09\t\r\n，。、（）-+#&._%"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_same_words_as_jieba_on_random_text(project_tokenizer, cutter, text):
    words = list(cutter.cut(text))
    assert words == list(project_tokenizer.cut(text, HMM=False))
    assert "".join(words) == text


def test_new_cutter_after_add_word():
    tokenizer = jieba.Tokenizer()
    cutter = DagCutter.from_tokenizer(tokenizer)
    text = "无现金城市联盟成立"
    assert list(cutter.cut(text)) == list(tokenizer.cut(text, HMM=False))
    tokenizer.add_word("无现金城市联盟", 100_000)
    cutter = DagCutter.from_tokenizer(tokenizer)
    words = list(cutter.cut(text))
    assert words[0] == "无现金城市联盟"
    assert words == list(tokenizer.cut(text, HMM=False))


def test_segmenter_sees_words_added_after_first_use():
    from pipeline.segment import Segmenter

    segmenter = Segmenter()
    text = "蚂蚁金服与杭州市政府"
    before = [w.text for w in segmenter.segment(text)]
    segmenter.add_word("服与杭", "nz", 10**7)  # nonsense, but frequent enough to win
    after = [w.text for w in segmenter.segment(text)]
    assert "服与杭" not in before and "服与杭" in after


def test_segmenter_state_is_cached_and_rebuilt_when_bad(tmp_path, monkeypatch):
    from pipeline.segment import Segmenter

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    text = "支付宝与杭州市政府宣布杭州成为无现金城市"
    first = Segmenter(extra_words=[("无现金城市", "n")])
    assert first._tokenizer is not None  # nothing cached yet: built with jieba
    files = list(tmp_path.glob("cn_news_segmenter.*.marshal"))
    assert len(files) == 1
    second = Segmenter(extra_words=[("无现金城市", "n")])
    assert second._tokenizer is None  # loaded from the cache, jieba not initialized
    assert second.segment(text) == first.segment(text)
    assert "无现金城市" in [w.text for w in second.segment(text)]
    # Other user words: another state. A damaged file: rebuilt, same words.
    Segmenter(extra_words=[("杭州市政府", "nt")])
    assert len(list(tmp_path.glob("cn_news_segmenter.*.marshal"))) == 2
    files[0].write_bytes(b"not marshal")
    third = Segmenter(extra_words=[("无现金城市", "n")])
    assert third._tokenizer is not None and third.segment(text) == first.segment(text)
