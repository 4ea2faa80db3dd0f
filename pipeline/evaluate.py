"""Scoring against gold, per SPEC section 5: strict, overlap and value.

Only documents that have a gold file are scored. Overlap matching pairs each
gold mention with at most one prediction, preferring the largest overlap.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.mentions import SPEC_COLUMNS

TYPES = ("CITY", "ORG", "DATE", "METRIC")
ERROR_COLUMNS = ("doc_id", "error", "type", "start", "end", "text", "expected", "predicted")


@dataclass(frozen=True)
class Row:
    doc_id: str
    type: str
    start: int
    end: int
    text: str
    normalized: str
    value: str
    unit: str
    qualifier: str
    city: str


def read_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in SPEC_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
        return [
            Row(
                r["doc_id"], r["type"], int(r["start"]), int(r["end"]), r["text"], r["normalized"],
                r["value"], r["unit"], r["qualifier"], r["city"],
            )
            for r in reader
        ]


def read_gold(folder: Path) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(folder.glob("*.csv")):
        rows.extend(read_rows(path))
    return rows


def _same_value(gold: Row, pred: Row) -> bool:
    if gold.type != "METRIC":
        return gold.normalized == pred.normalized
    try:
        g, p = float(gold.value), float(pred.value)
    except ValueError:
        return False
    close = abs(g - p) <= 1e-6 * max(abs(g), abs(p), 1e-12)
    return close and gold.unit == pred.unit and gold.qualifier == pred.qualifier


def _describe(row: Row) -> str:
    if row.type == "METRIC":
        return f"{row.value}|{row.unit}|{row.qualifier}"
    return row.normalized


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _overlap_pairs(gold: Sequence[Row], pred: Sequence[Row]) -> list[tuple[Row, Row]]:
    """One-to-one pairs of overlapping mentions, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, g.start, p.start, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, _, gi, pi in sorted(candidates):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


def evaluate(gold: Iterable[Row], predicted: Iterable[Row]) -> tuple[dict, list[dict]]:
    """Scores per type and for all types, and the list of errors."""
    gold_docs = {r.doc_id for r in gold}
    by_key: dict[tuple[str, str], tuple[list[Row], list[Row]]] = defaultdict(lambda: ([], []))
    for r in gold:
        by_key[(r.doc_id, r.type)][0].append(r)
    for r in predicted:
        if r.doc_id in gold_docs and r.type in TYPES:
            by_key[(r.doc_id, r.type)][1].append(r)
    counts = {t: defaultdict(int) for t in (*TYPES, "ALL")}
    errors: list[dict] = []
    for (_, typ), (g_rows, p_rows) in sorted(by_key.items()):
        strict = {(r.start, r.end) for r in g_rows} & {(r.start, r.end) for r in p_rows}
        pairs = _overlap_pairs(g_rows, p_rows)
        right = sum(_same_value(g, p) for g, p in pairs)
        for bucket in (counts[typ], counts["ALL"]):
            bucket["gold"] += len(g_rows)
            bucket["pred"] += len(p_rows)
            bucket["strict"] += len(strict)
            bucket["overlap"] += len(pairs)
            bucket["value"] += right
        matched_g = {id(g) for g, _ in pairs}
        matched_p = {id(p) for _, p in pairs}
        for g in g_rows:
            if id(g) not in matched_g:
                errors.append(_error("missed", g, _describe(g), ""))
        for p in p_rows:
            if id(p) not in matched_p:
                errors.append(_error("spurious", p, "", _describe(p)))
        for g, p in pairs:
            if (g.start, g.end) != (p.start, p.end):
                errors.append(_error("boundary", g, g.text, p.text + f" [{p.start}:{p.end}]"))
            if not _same_value(g, p):
                errors.append(_error("wrong_value", g, _describe(g), _describe(p)))
            if g.city != p.city and typ in ("DATE", "METRIC"):
                errors.append(_error("wrong_city", g, g.city, p.city))
    scores = {}
    for typ, c in counts.items():
        scores[typ] = {
            "gold": c["gold"],
            "predicted": c["pred"],
            "strict": _prf(c["strict"], c["pred"], c["gold"]),
            "overlap": _prf(c["overlap"], c["pred"], c["gold"]),
            "value_accuracy": round(c["value"] / c["overlap"], 4) if c["overlap"] else 0.0,
        }
    scores["METRIC"]["city_agreement"] = _city_agreement(gold, predicted)
    errors.sort(key=lambda e: (e["doc_id"], e["start"], e["type"], e["error"]))
    return scores, errors


def _city_agreement(gold: Iterable[Row], predicted: Iterable[Row]) -> float:
    g_rows = [r for r in gold if r.type == "METRIC"]
    p_rows = [r for r in predicted if r.type == "METRIC"]
    agree = total = 0
    for doc_id in {r.doc_id for r in g_rows}:
        doc_gold = [r for r in g_rows if r.doc_id == doc_id]
        pairs = _overlap_pairs(doc_gold, [r for r in p_rows if r.doc_id == doc_id])
        total += len(pairs)
        agree += sum(g.city == p.city for g, p in pairs)
    return round(agree / total, 4) if total else 0.0


def _error(kind: str, row: Row, expected: str, predicted: str) -> dict:
    return {
        "doc_id": row.doc_id, "error": kind, "type": row.type, "start": row.start, "end": row.end,
        "text": row.text, "expected": expected, "predicted": predicted,
    }


def format_scores(scores: dict) -> str:
    """The score table `make eval` prints; the count columns widen past 99,999 mentions."""
    n = max(6, 1 + max(len(str(scores[t][k])) for t in (*TYPES, "ALL") for k in ("gold", "predicted")))
    lines = [
        f"{'type':<7}{'gold':>{n}}{'pred':>{n}}  {'strict P':>8}{'R':>7}{'F1':>7}  "
        f"{'overlap P':>9}{'R':>7}{'F1':>7}  {'value':>6}",
    ]
    for typ in (*TYPES, "ALL"):
        s = scores[typ]
        st, ov = s["strict"], s["overlap"]
        lines.append(
            f"{typ:<7}{s['gold']:>{n}}{s['predicted']:>{n}}  {st['p']:>8.3f}{st['r']:>7.3f}{st['f1']:>7.3f}  "
            f"{ov['p']:>9.3f}{ov['r']:>7.3f}{ov['f1']:>7.3f}  {s['value_accuracy']:>6.3f}"
        )
    lines.append(f"METRIC city agreement on matched rows: {scores['METRIC']['city_agreement']:.3f}")
    return "\n".join(lines)
