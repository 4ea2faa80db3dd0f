"""The committed NER model (models/ner): loads offline, small, and finds PER / ORG / LOC.

No training here: every test loads the saved model (once per session).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ner.data import bio_chunks, flip_span, make_doc, to_fullwidth, to_halfwidth
from pipeline.ner.evaluate_msra import score

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


def test_reversed_doc_round_trip():
    import spacy

    vocab = spacy.blank("zh").vocab
    text = "北京市民政局"
    doc = make_doc(vocab, text, "char", reverse=True)
    assert doc.text == text[::-1] and len(doc) == len(text)
    assert flip_span(flip_span((0, 3, "LOC"), len(text)), len(text)) == (0, 3, "LOC")


def test_score_is_strict():
    gold = [[(0, 2, "PER"), (3, 6, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 5, "ORG")]]
    s = score(gold, pred)
    assert s["PER"]["f1"] == 1.0
    assert s["ORG"]["correct"] == 0
    assert s["micro"]["p"] == 0.5


def test_model_is_small_and_loads_offline():
    import spacy

    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size <= 30 * 1024 * 1024
    nlp = spacy.load(MODEL)
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert not list(MODEL.rglob("*optimizer*"))


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


def test_plain_spacy_load_with_documented_docs_agrees(predict):
    import spacy

    from pipeline.ner.data import doc_spans

    text = "昨天，瑞泰科讯股份有限公司宣布在上海设立研发中心。"
    nlp = spacy.load(MODEL)
    doc = nlp(make_doc(nlp.vocab, to_fullwidth(text), "char", reverse=True))
    assert doc_spans(doc, reverse=True) == predict([text])[0]


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
