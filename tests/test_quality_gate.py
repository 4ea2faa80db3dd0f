"""Regression gate: the seed gold scores may not drop below the recorded floor."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import evaluate, read_gold, read_rows

from .conftest import ROOT

FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(seed_run):
    _, out = seed_run
    result, _ = evaluate(read_gold(ROOT / "corpus" / "gold"), read_rows(out / "mentions.csv"))
    return result


@pytest.mark.parametrize("typ", sorted(FLOOR["floor"]))
def test_scores_stay_above_floor(scores, typ: str) -> None:
    floor = FLOOR["floor"][typ]
    got = scores[typ]
    measured = {
        "strict_f1": got["strict"]["f1"],
        "overlap_f1": got["overlap"]["f1"],
        "value_accuracy": got["value_accuracy"],
    }
    if "city_agreement" in floor:
        measured["city_agreement"] = got["city_agreement"]
    below = {k: (measured[k], v) for k, v in floor.items() if measured[k] < v}
    assert not below, f"{typ} below floor (measured, floor): {below}"
