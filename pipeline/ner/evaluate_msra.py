"""Strict entity-level P/R/F1 per type of the NER model on MSRA dev (conlleval chunking).

    python -m pipeline.ner.evaluate_msra --data /work/shared/data/ner/msra --model models/ner

Gold spans come from the BIO tags with conlleval chunking; a prediction is
correct only with the same start, end and type. Also prints the speed in
characters per second (one process) and whether the issue's bar is met
(ORG F1 >= 0.85, LOC F1 >= 0.90). `--cluener FILE` also scores the model on
CLUENER (company / organization / government -> ORG, address / scene -> LOC,
name -> PER), whose annotation differs from MSRA: a rough out-of-domain check.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.ner.data import LABELS, Sentence, Span, read_bio, read_cluener
from pipeline.ner.model import load_model, predict_with

BAR = {"ORG": 0.85, "LOC": 0.90}

Scores = dict[str, dict[str, float]]


def score(gold: Sequence[Sequence[Span]], pred: Sequence[Sequence[Span]]) -> Scores:
    """Per-type and micro counts and P/R/F1 of exact-match spans."""
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_ok: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        n_gold.update(s[2] for s in gs)
        n_pred.update(s[2] for s in ps)
        n_ok.update(s[2] for s in gs & ps)
    result: Scores = {}
    for label in [*LABELS, "micro"]:
        if label == "micro":
            tg, tp, tc = sum(n_gold.values()), sum(n_pred.values()), sum(n_ok.values())
        else:
            tg, tp, tc = n_gold[label], n_pred[label], n_ok[label]
        prec = tc / tp if tp else 0.0
        rec = tc / tg if tg else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        result[label] = {"gold": tg, "pred": tp, "correct": tc, "p": prec, "r": rec, "f1": f1}
    return result


def format_table(scores: Scores) -> str:
    """The scores as a plain-text table."""
    lines = [f"{'type':<6} {'gold':>6} {'pred':>6} {'correct':>7} {'P':>7} {'R':>7} {'F1':>7}"]
    for label, s in scores.items():
        lines.append(
            f"{label:<6} {s['gold']:>6.0f} {s['pred']:>6.0f} {s['correct']:>7.0f} "
            f"{s['p']:>7.4f} {s['r']:>7.4f} {s['f1']:>7.4f}"
        )
    return "\n".join(lines)


def evaluate(model: str | Path, sentences: list[Sentence]) -> tuple[Scores, float]:
    """Scores of the model on the sentences, and characters per second of prediction."""
    nlp = load_model(model)
    texts = [text for text, _ in sentences]
    predict_with(nlp, texts[:50])  # warm-up
    started = time.perf_counter()
    pred = predict_with(nlp, texts)
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    return score([spans for _, spans in sentences], pred), chars / seconds


def main(argv: list[str] | None = None) -> int:
    """Print the dev scores; exit status 1 with `--require` if the bar is not met."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", required=True, type=Path, help="MSRA folder with dev.bio")
    p.add_argument("--model", default="models/ner", type=Path, help="model folder (tagger.npz, tagger.json)")
    p.add_argument("--split", default="dev", help="which .bio file of --data to score (default dev)")
    p.add_argument("--cluener", type=Path, default=None, help="also score on this CLUENER json file")
    p.add_argument("--require", action="store_true", help="exit 1 unless ORG and LOC reach the bar")
    args = p.parse_args(argv)

    sentences = read_bio(args.data / f"{args.split}.bio")
    scores, speed = evaluate(args.model, sentences)
    print(f"MSRA {args.split} ({len(sentences)} sentences), model {args.model}")
    print(format_table(scores))
    print(f"speed: {speed:,.0f} chars/s (one process)")
    met = all(scores[label]["f1"] >= bar for label, bar in BAR.items())
    print("bar ORG>=0.85, LOC>=0.90: " + ("met" if met else "NOT met"))
    if args.cluener:
        cl_scores, _ = evaluate(args.model, read_cluener(args.cluener))
        print(f"\nCLUENER {args.cluener.name} (mapped types; annotation differs from MSRA)")
        print(format_table(cl_scores))
    return 1 if args.require and not met else 0


if __name__ == "__main__":
    sys.exit(main())
