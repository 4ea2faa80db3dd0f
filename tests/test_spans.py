"""Mention spans on the Doc: tokens split where a mention edge falls inside one."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pipeline.spans import add_mention, add_mentions, entities, mention_info, set_entities


def _doc(words: list[str]) -> Doc:
    nlp = spacy.blank("zh")
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words))
    doc.user_data["text"] = "".join(words)
    return doc


def test_mentions_inside_tokens_split_them_once() -> None:
    # 杭州市级 is one jieba word; 杭州 and 市级 are separate mentions here, 支付宝 is aligned.
    doc = _doc(["杭州市级", "部门", "与", "支付宝", "合作"])
    add_mention(doc, "ORG", 7, 10, normalized="支付宝")
    add_mentions(doc, "CITY", [(0, 2, {"normalized": "杭州市"}), (4, 6, {"normalized": "x"})])
    assert [t.text for t in doc] == ["杭州", "市级", "部门", "与", "支付宝", "合作"]
    assert [s.text for s in doc.spans["CITY"]] == ["杭州", "部门"]
    assert [s.text for s in doc.spans["ORG"]] == ["支付宝"]  # an earlier group survives the split
    assert mention_info(doc.spans["CITY"][0]) == {"normalized": "杭州市"}
    add_mentions(doc, "CITY", [(10, 12, {"normalized": "y"})])  # added after the others, in order
    assert [s.text for s in doc.spans["CITY"]] == ["杭州", "部门", "合作"]
    add_mentions(doc, "DATE", [])
    assert "DATE" not in doc.spans


def test_entities_survive_a_later_split() -> None:
    doc = _doc(["杭州市级", "部门", "与", "支付宝", "合作"])
    add_mentions(doc, "ORG", [(7, 10, {"normalized": "支付宝"})])
    set_entities(doc, list(doc.spans["ORG"]))
    assert [s.text for s in entities(doc)] == ["支付宝"]
    add_mention(doc, "CITY", 0, 2, normalized="杭州市")  # splits 杭州市级 after the entities were set
    assert [t.text for t in doc][:2] == ["杭州", "市级"]
    assert [(s.text, s.label_) for s in entities(doc)] == [("支付宝", "ORG")]
    assert [(s.text, s.label_) for s in doc.ents] == [("支付宝", "ORG")]
    add_mention(doc, "CITY", 2, 4, normalized="x")  # 市级: a boundary on both sides now
    assert [t.text for t in doc][:3] == ["杭州", "市级", "部门"]


def test_spans_are_found_by_their_token_boundaries_or_refused() -> None:
    import pytest

    doc = _doc(["杭州", "市级", "部门"])
    add_mentions(doc, "CITY", [(0, 2, {}), (2, 6, {}), (0, 6, {})])
    assert [(s.start, s.end, s.text) for s in doc.spans["CITY"]] == [(0, 1, "杭州"), (1, 3, "市级部门"),
                                                                      (0, 3, "杭州市级部门")]
    for start, end in ((3, 3), (0, 7), (7, 8)):
        with pytest.raises(ValueError, match="cannot align"):
            add_mentions(doc, "ORG", [(start, end, {})])
