"""Regression gate: scores on the seed gold and on the development set may not drop below the floor."""

from __future__ import annotations

import json

import pytest

from pipeline.evaluate import evaluate, read_gold, read_rows

from .conftest import ROOT

FLOOR = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))


def _measured(scores: dict, typ: str) -> dict[str, float]:
    got = scores[typ]
    measured = {
        "strict_f1": got["strict"]["f1"],
        "overlap_f1": got["overlap"]["f1"],
        "value_accuracy": got["value_accuracy"],
    }
    if "city_agreement" in got:
        measured["city_agreement"] = got["city_agreement"]
    return measured


def _below(measured: dict[str, float], floor: dict[str, float]) -> dict[str, tuple[float, float]]:
    return {k: (measured[k], v) for k, v in floor.items() if measured[k] < v}


@pytest.fixture(scope="module")
def seed_scores(seed_run):
    _, out = seed_run
    result, _ = evaluate(read_gold(ROOT / "corpus" / "gold"), read_rows(out / "mentions.csv"))
    return result


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory):
    from pipeline.cli import run_extract

    out = tmp_path_factory.mktemp("dev_out")
    assert run_extract(ROOT / "dev" / "corpus", out) == 0
    result, _ = evaluate(read_gold(ROOT / "dev" / "gold"), read_rows(out / "mentions.csv"))
    return result


@pytest.mark.parametrize("typ", sorted(FLOOR["floor"]))
def test_seed_scores_stay_above_floor(seed_scores, typ: str) -> None:
    below = _below(_measured(seed_scores, typ), FLOOR["floor"][typ])
    assert not below, f"{typ} below the seed floor (measured, floor): {below}"


@pytest.mark.parametrize("typ", sorted(FLOOR["dev_floor"]))
def test_dev_scores_stay_above_floor(dev_scores, typ: str) -> None:
    below = _below(_measured(dev_scores, typ), FLOOR["dev_floor"][typ])
    assert not below, f"{typ} below the development-set floor (measured, floor): {below}"
