"""The NER tagger: its pieces (tags, transitions, NumPy network, Viterbi) and the committed
model (models/ner), which loads offline without PyTorch, is small, and finds PER / ORG / LOC.

No training here: every model test loads the saved model (once per session).
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ner.data import bio_chunks, to_fullwidth, to_halfwidth
from pipeline.ner.evaluate_msra import score
from pipeline.ner.tagger import (
    MAX_PIECE,
    Features,
    Tagger,
    Vocabulary,
    allowed_transitions,
    bioes_tags,
    bioes_to_spans,
    spans_to_bioes,
    split_pieces,
)

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "ner"


@pytest.fixture(scope="module")
def predict():
    from pipeline.ner.model import predict

    return predict


def spans_of(text: str, spans: list[tuple[int, int, str]]) -> set[tuple[str, str]]:
    """(entity text, label) pairs, for readable assertions."""
    return {(text[s:e], label) for s, e, label in spans}


def test_width_maps_are_char_for_char():
    text = "2024年GDP增长5.2%, 见 www.example.com"
    full = to_fullwidth(text)
    assert len(full) == len(text)
    assert full.startswith("２０２４年ＧＤＰ")
    assert " " in full  # the space is left alone
    assert to_halfwidth(full) == text


def test_bio_chunks_follow_conlleval():
    tags = ["I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-ORG", "B-ORG", "I-ORG"]
    assert bio_chunks(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG"), (6, 8, "ORG")]


def test_score_is_strict():
    gold = [[(0, 2, "PER"), (3, 6, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 5, "ORG")]]
    s = score(gold, pred)
    assert s["PER"]["f1"] == 1.0
    assert s["ORG"]["correct"] == 0
    assert s["micro"]["p"] == 0.5


@st.composite
def span_sets(draw):
    """Non-overlapping spans in a text of up to 30 characters."""
    length = draw(st.integers(min_value=0, max_value=30))
    cuts = sorted(draw(st.sets(st.integers(min_value=0, max_value=length), max_size=12)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        if end > start:
            spans.append((start, end, draw(st.sampled_from(["PER", "ORG", "LOC"]))))
    return length, spans


@given(span_sets())
def test_bioes_round_trip(case):
    length, spans = case
    tags = spans_to_bioes(length, spans)
    assert len(tags) == length
    assert bioes_to_spans(tags) == spans


def test_bioes_chunks_that_are_not_closed_are_kept():
    assert bioes_to_spans(["B-ORG", "I-ORG", "O", "I-LOC", "E-LOC", "B-PER"]) == [
        (0, 2, "ORG"), (3, 5, "LOC"), (5, 6, "PER"),
    ]
    assert bioes_to_spans(["B-ORG", "E-LOC"]) == [(0, 1, "ORG"), (1, 2, "LOC")]


def test_transitions_follow_bioes():
    tags = bioes_tags()
    ok = allowed_transitions(tags)
    t = {name: i for i, name in enumerate(tags)}
    assert ok[t["B-ORG"], t["I-ORG"]] and ok[t["I-ORG"], t["E-ORG"]] and ok[t["E-ORG"], t["B-LOC"]]
    assert not ok[t["B-ORG"], t["O"]] and not ok[t["O"], t["I-PER"]] and not ok[t["B-ORG"], t["E-LOC"]]
    assert ok[t["S-PER"], t["O"]] and not ok[t["S-PER"], t["E-PER"]]


def test_pieces_are_short_and_cover_the_text():
    text = "据报道，" + "这是一个很长的句子，" * 30 + "完。第二句话！\n第三句"
    pieces = split_pieces(text)
    assert all(0 < e - s <= MAX_PIECE for s, e in pieces)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert any(text[s:e].endswith("完。") for s, e in pieces)


def tiny_tagger(seed: int = 0, hidden: int = 3) -> Tagger:
    """A tagger with random weights and a small vocabulary (no training)."""
    rng = np.random.default_rng(seed)
    vocab = Vocabulary(list("北京上海公司人"), ["北京", "上海", "公司"], words="none")
    tags = bioes_tags()
    dims = {"char": 4, "bigram": 3, "word": 2}
    d_in = dims["char"] + 2 * dims["bigram"] + dims["word"]
    w = {
        "char.weight": rng.normal(size=(len(vocab.char_list) + 2, dims["char"])),
        "bigram.weight": rng.normal(size=(len(vocab.bigram_list) + 2, dims["bigram"])),
        "word.weight": rng.normal(size=(5, dims["word"])),
        "out.weight": rng.normal(size=(len(tags), 2 * hidden)),
        "out.bias": rng.normal(size=len(tags)),
        "crf.transitions": rng.normal(size=(len(tags), len(tags))),
        "crf.start": rng.normal(size=len(tags)),
        "crf.end": rng.normal(size=len(tags)),
    }
    for suffix in ("", "_reverse"):
        w[f"lstm.weight_ih_l0{suffix}"] = rng.normal(size=(4 * hidden, d_in))
        w[f"lstm.weight_hh_l0{suffix}"] = rng.normal(size=(4 * hidden, hidden))
        w[f"lstm.bias_ih_l0{suffix}"] = rng.normal(size=4 * hidden)
        w[f"lstm.bias_hh_l0{suffix}"] = rng.normal(size=4 * hidden)
    return Tagger(w, vocab, tags, {})


def test_batching_does_not_change_the_scores():
    tagger = tiny_tagger()
    texts = ["北京公司", "上海人在北京开公司", "人"]
    feats = [tagger.vocab.features(t) for t in texts]
    together, lengths = tagger._emissions(feats)
    for k, f in enumerate(feats):
        alone, _ = tagger._emissions([f])
        assert np.allclose(together[k, : lengths[k]], alone[0], atol=1e-5)


def test_viterbi_finds_the_best_allowed_path():
    tagger = tiny_tagger(seed=3)
    rng = np.random.default_rng(5)
    scores = rng.normal(size=(4, len(tagger.tags))).astype(np.float32)

    def total(path):
        s = tagger.start[path[0]] + tagger.end[path[-1]] + sum(scores[i, p] for i, p in enumerate(path))
        return s + sum(tagger.transitions[a, b] for a, b in zip(path, path[1:], strict=False))

    best = max(itertools.product(range(len(tagger.tags)), repeat=4), key=total)
    assert tagger._viterbi(scores) == list(best)


def test_features_map_unknown_characters_to_unk():
    vocab = Vocabulary(list("北京"), ["北京"], words="none")
    f = vocab.features("北京猫")
    assert f == Features([2, 3, 1], [2, 1, 1], [1, 2, 1], [4, 4, 4])


def test_word_features_mark_the_place_in_the_word_and_its_dictionary_class():
    from pipeline.ner.tagger import word_positions

    text = to_fullwidth("他在北京大学读书")  # jieba: 他 | 在 | 北京大学 | 读书; 北京大学 is nt
    assert word_positions(text, "bmes") == [4, 4, 1, 2, 2, 3, 1, 3]
    pos = word_positions(text, "bmes_pos")
    nt = 1  # class index of organizations
    assert pos[2:6] == [1 + 0 * 6 + nt, 1 + 1 * 6 + nt, 1 + 1 * 6 + nt, 1 + 2 * 6 + nt]
    assert word_positions(text, "none") == [4] * len(text)


def test_model_is_small_and_loads_without_pytorch():
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size <= 30 * 1024 * 1024
    code = (
        "import sys; from pipeline.ner.model import load_model; m = load_model(); "
        "assert 'torch' not in sys.modules; print(sorted({t[2:] for t in m.tags if t != 'O'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['LOC', 'ORG', 'PER']"


def test_missing_model_is_a_clear_error(tmp_path):
    from pipeline.ner.model import ModelMissing, load_model

    with pytest.raises(ModelMissing, match="make model"):
        load_model(tmp_path)


def test_loader_is_cached():
    from pipeline.ner.model import load_model

    assert load_model() is load_model()


def test_empty_input(predict):
    assert predict([]) == []
    assert predict([""]) == [[]]


def test_made_up_company_is_org(predict):
    text = "昨天，瑞泰科讯股份有限公司宣布在上海设立研发中心。"
    found = spans_of(text, predict([text])[0])
    assert ("瑞泰科讯股份有限公司", "ORG") in found
    assert ("上海", "LOC") in found


def test_place_in_front_of_a_company_belongs_to_it(predict):
    text = "成都市锦江区远航达物流有限公司昨日在重庆开设了新仓库。"
    found = spans_of(text, predict([text])[0])
    assert ("成都市锦江区远航达物流有限公司", "ORG") in found
    assert ("重庆", "LOC") in found


def test_government_body_is_org(predict):
    text = "记者从南京市交通运输局获悉，地铁新线将于年底开通。"
    assert ("南京市交通运输局", "ORG") in spans_of(text, predict([text])[0])


def test_person_and_provinces(predict):
    text = "她叫陈晓燕，来自湖北武汉。"
    assert spans_of(text, predict([text])[0]) == {("陈晓燕", "PER"), ("湖北", "LOC"), ("武汉", "LOC")}


def test_cities_and_countries_are_loc(predict):
    text = "代表团从北京出发，经广州前往日本东京访问。"
    found = spans_of(text, predict([text])[0])
    assert {("北京", "LOC"), ("广州", "LOC"), ("日本", "LOC"), ("东京", "LOC")} <= found


def test_person_and_org(predict):
    text = "国务院总理李明华今天在人民大会堂会见了联合国秘书长。"
    found = spans_of(text, predict([text])[0])
    assert ("李明华", "PER") in found
    assert ("国务院", "ORG") in found
    assert ("联合国", "ORG") in found


def test_offsets_point_into_the_input(predict):
    texts = [
        "据新华社报道，张伟在杭州创办了星河电子公司。",
        "1998年，IBM公司在深圳设立分公司。\n上海市政府表示欢迎。",
    ]
    for text, spans in zip(texts, predict(texts), strict=True):
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert label in {"PER", "ORG", "LOC"}
            assert "\n" not in text[start:end]


def test_half_and_full_width_input_agree(predict):
    half = "1997年3月，ABC公司在北京成立了第2家分公司。"
    full = to_fullwidth(half)
    assert predict([half]) == predict([full])
