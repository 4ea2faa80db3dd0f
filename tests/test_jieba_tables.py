"""jieba's dictionary tables: the same tags jieba.posseg reads, and the written frequencies."""

from __future__ import annotations

from pipeline.jieba_tables import FREQUENT, dictionary_tables, parse_dictionary


def test_parse_dictionary_lines():
    text = "北京大学 2053 nt\n的 318825 uj\n无标签 3\n坏行\n\n空格 x n\n"
    tags, freqs = parse_dictionary(text)
    assert tags == {"北京大学": "nt", "的": "uj"}
    assert freqs == {"北京大学": 2053, "的": 318825, "无标签": 3}
    assert parse_dictionary(text, floor=100)[1] == {"北京大学": 2053, "的": 318825}


def test_tables_agree_with_jieba_posseg():
    import jieba.posseg

    tags, freqs = dictionary_tables()
    assert tags == jieba.posseg.dt.word_tag_tab
    assert tags["北京大学"] == "nt" and freqs["北京大学"] > 0
    # the frequent words, with jieba's own frequencies; a rarer word is left out
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    assert freqs == {w: f for w, f in tokenizer.FREQ.items() if f >= FREQUENT}
    assert set(tags) >= set(freqs)
    assert dictionary_tables() is dictionary_tables()  # loaded once per process
