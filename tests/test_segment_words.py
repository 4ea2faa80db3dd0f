"""The segmenter: jieba's accurate mode without HMM, word for word, with offsets."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import read_corpus
from pipeline.resources import load_resources
from pipeline.segment import Segmenter, _word_cutter, word_frequencies

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project_tokenizer() -> jieba.Tokenizer:
    """jieba with the project's user dictionaries (rules/jieba and the gazetteers)."""
    return load_resources(None).segmenter.tokenizer


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return load_resources(None).segmenter


def _texts() -> list[str]:
    return [a.text for folder in ("corpus", "dev/corpus") for a in read_corpus(ROOT / folder).articles]


def test_same_words_as_jieba_on_the_corpus(project_tokenizer, segmenter):
    texts = _texts()
    assert sum(map(len, texts)) > 10_000
    for text in texts:
        assert segmenter.cut(text) == list(project_tokenizer.cut(text, HMM=False))
        words = segmenter.segment(text)
        assert [w.text for w in words] == segmenter.cut(text)
        assert all(text[w.start:w.end] == w.text for w in words)
        assert [w.start for w in words[1:]] == [w.end for w in words[:-1]]
        assert [w.pos for w in words] == [segmenter.pos_table.get(w.text, "") for w in words]


# Han characters that start many dictionary words, Latin letters and digits (jieba runs them
# together), whitespace, punctuation that ends a block, characters outside jieba's Han range
# (CJK extension A, U+9FD6 and up, an astral one), and the padding word's private-use character.
_ALPHABET = (
    "中国人民银行北京市上海浦东新区支付宝无现金城市的了在是年月日大学长江哪知速度快"
    "ab Z09\t\r\n，。、（）-+#&._%\u3400\u9fd6\u9fef\U00020000\ue000"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_same_words_as_jieba_on_random_text(project_tokenizer, segmenter, text):
    words = segmenter.cut(text)
    assert words == list(project_tokenizer.cut(text, HMM=False))
    assert "".join(words) == text
    segmented = segmenter.segment(text)
    assert [w.text for w in segmented] == words
    # every word's tag is the dictionary's, "" for a word it does not hold (jieba-rs's own tags
    # for those, x / m / eng, are not the pipeline's)
    assert [w.pos for w in segmented] == [segmenter.pos_table.get(w, "") for w in words]
    tokens = segmenter._cutter.tokenize(text, "default", False)
    assert [(w.start, w.end) for w in segmented] == [(start, end) for _, start, end in tokens]


def test_jieba_total_is_kept_when_user_words_repeat_dictionary_words():
    """jieba adds a re-added word's frequency to its total again, so every word's score
    log(freq / total) shifts; the cutter must follow (a padding word carries the difference)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    frequent = sorted(tokenizer.FREQ, key=tokenizer.FREQ.__getitem__, reverse=True)[:300]
    for word in frequent:  # the same frequency again: only jieba's total grows
        tokenizer.add_word(word, tokenizer.FREQ[word])
    words, freqs, total = word_frequencies(tokenizer)
    assert total > 1.2 * sum(freqs)
    cutter = _word_cutter(words, freqs, total)
    assert cutter.tag("无现金城市", False)  # a cutter without tags still tags (jieba-rs's own)
    for text in _texts():
        assert cutter.cut(text, False) == list(tokenizer.cut(text, HMM=False))


def test_word_frequencies_of_a_tokenizer():
    tokenizer = jieba.Tokenizer()
    tokenizer.add_word("无现金城市联盟", 100_000)
    words, freqs, total = word_frequencies(tokenizer)
    table = dict(zip(words, freqs, strict=True))
    assert table["无现金城市联盟"] == 100_000
    assert "无现金城市联" not in table  # a bare prefix (frequency 0) is no word
    assert all(f > 0 for f in freqs) and total == tokenizer.total


def test_segmenter_sees_words_added_after_first_use():
    segmenter = Segmenter()
    text = "蚂蚁金服与杭州市政府"
    before = [w.text for w in segmenter.segment(text)]
    segmenter.add_word("服与杭", "nz", 10**7)  # nonsense, but frequent enough to win
    after = segmenter.segment(text)
    assert "服与杭" not in before and ("服与杭", "nz") in [(w.text, w.pos) for w in after]


def test_segmenter_state_is_cached_and_rebuilt_when_bad(tmp_path, monkeypatch):
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


def test_jieba_rs_is_loaded_without_its_default_segmenter():
    """The extension alone is loaded (the package's __init__ builds an unused default segmenter),
    and a later `import rjieba` shares it."""
    import json
    import subprocess
    import sys

    code = """
import json, sys
from pipeline.segment import Segmenter
words = Segmenter().cut("无现金城市联盟在杭州成立")
package_first = "rjieba" in sys.modules
import rjieba
from pipeline.segment import jieba_rs_class
print(json.dumps({"package_first": package_first, "same": rjieba.Jieba is jieba_rs_class(), "words": words}))
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["package_first"] is False
    assert result["same"] is True
    assert "".join(result["words"]) == "无现金城市联盟在杭州成立" and "杭州" in result["words"]


def test_counties_are_place_words(segmenter):
    """rules/jieba/counties.txt (generated by rules/tools/build_counties.py): every county is one
    place word, also those jieba tags as a name or a verb; a one-character county is not listed, so
    赵县长 stays a surname and a title."""
    lines = (ROOT / "rules" / "jieba" / "counties.txt").read_text(encoding="utf-8").splitlines()
    names = [line.split()[0] for line in lines if line and not line.startswith("#")]
    assert len(names) > 1400 and names == sorted(set(names))
    assert all(n.endswith(("县", "旗")) and len(n) >= 3 for n in names)
    for text, first in (("漾濞县核桃产业发展中心", "漾濞县"), ("清徐县市场监督管理局", "清徐县"),
                        ("行唐县表示", "行唐县")):
        word = segmenter.segment(text)[0]
        assert (word.text, word.pos) == (first, "ns")
    assert [w.text for w in segmenter.segment("赵县长说")][:2] == ["赵", "县长"]
