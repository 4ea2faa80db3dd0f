"""The scorer on hand-made gold and predictions."""

from __future__ import annotations

from pipeline.evaluate import Row, evaluate, format_scores


def row(typ: str, start: int, end: int, text: str, norm: str = "", value: str = "", unit: str = "",
        qual: str = "", city: str = "", doc: str = "d1") -> Row:
    return Row(doc, typ, start, end, text, norm or value, value, unit, qual, city)


GOLD = [
    row("CITY", 0, 2, "深圳", "深圳市"),
    row("ORG", 3, 7, "招商银行", "招商银行"),
    row("DATE", 10, 17, "2019年3月", "2019-03"),
    row("METRIC", 20, 25, "超过95%", value="95", unit="%", qual="over", city="深圳市"),
]


def test_perfect_prediction_scores_one() -> None:
    scores, errors = evaluate(GOLD, GOLD)
    for typ in ("CITY", "ORG", "DATE", "METRIC", "ALL"):
        assert scores[typ]["strict"]["f1"] == 1.0
        assert scores[typ]["value_accuracy"] == 1.0
    assert errors == []


def test_boundary_error_counts_for_overlap_not_strict() -> None:
    pred = [*GOLD[:3], row("METRIC", 22, 25, "95%", value="95", unit="%", qual="exact", city="深圳市")]
    scores, errors = evaluate(GOLD, pred)
    assert scores["METRIC"]["strict"]["f1"] == 0.0
    assert scores["METRIC"]["overlap"]["f1"] == 1.0
    assert scores["METRIC"]["value_accuracy"] == 0.0  # qualifier differs
    kinds = sorted(e["error"] for e in errors)
    assert kinds == ["boundary", "wrong_value"]


def test_missed_and_spurious_are_listed() -> None:
    pred = [GOLD[0], row("CITY", 30, 32, "广州", "广州市")]
    scores, errors = evaluate(GOLD[:1] + GOLD[1:2], pred)
    assert scores["CITY"]["strict"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}
    assert scores["ORG"]["strict"]["r"] == 0.0
    assert {(e["error"], e["text"]) for e in errors} == {("spurious", "广州"), ("missed", "招商银行")}


def test_overlap_matches_each_gold_once() -> None:
    gold = [row("ORG", 0, 6, "招商银行深圳", "x")]
    pred = [row("ORG", 0, 4, "招商银行", "x"), row("ORG", 2, 6, "银行深圳", "x")]
    scores, _ = evaluate(gold, pred)
    assert scores["ORG"]["overlap"] == {"p": 0.5, "r": 1.0, "f1": 0.6667}


def test_metric_value_tolerance_and_other_docs_ignored() -> None:
    gold = [row("METRIC", 0, 3, "1/3", value="33.3333333333", unit="%", qual="exact")]
    pred = [
        row("METRIC", 0, 3, "1/3", value="33.33333333334", unit="%", qual="exact"),
        row("METRIC", 0, 3, "x", value="1", doc="no_gold_doc"),
    ]
    scores, errors = evaluate(gold, pred)
    assert scores["METRIC"]["value_accuracy"] == 1.0 and scores["METRIC"]["predicted"] == 1
    assert errors == []


def test_score_table_columns_stay_apart_past_99999_mentions() -> None:
    scores, _ = evaluate(GOLD, GOLD)
    assert format_scores(scores).splitlines()[1].split()[:3] == ["CITY", "1", "1"]
    for typ in ("CITY", "ORG", "DATE", "METRIC", "ALL"):
        scores[typ]["gold"], scores[typ]["predicted"] = 100365, 100270
    lines = format_scores(scores).splitlines()
    assert lines[-2].split()[:3] == ["ALL", "100365", "100270"]
    assert len({len(line) for line in lines[:-1]}) == 1  # the header and the rows line up
