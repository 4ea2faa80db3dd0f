"""Ablation: rules only, model only and combined, per type, on gold-annotated corpora.

    python -m pipeline.ner.ablation                     # corpus/ + corpus/gold and dev/corpus + dev/gold
    python -m pipeline.ner.ablation --set seed=corpus:corpus/gold

Prints strict and overlap F1 per type for each NER mode (rules/pipeline.json
picks the mode the pipeline runs by default).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.evaluate import Row, evaluate, read_gold
from pipeline.ingest import read_corpus
from pipeline.nlp import NER_MODES
from pipeline.process import Extractor

DEFAULT_SETS = ("seed=corpus:corpus/gold", "dev=dev/corpus:dev/gold")
TYPES = ("CITY", "ORG", "DATE", "METRIC", "ALL")


def predicted_rows(extractor: Extractor, corpus: Path) -> list[Row]:
    rows = []
    for article in read_corpus(corpus).articles:
        for m in extractor.process(article):
            rows.append(Row(m.doc_id, m.type, m.start, m.end, m.text, m.normalized, m.value, m.unit,
                            m.qualifier, m.city))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", action="append", default=None, metavar="NAME=CORPUS:GOLD")
    parser.add_argument("--model", default=None, help="NER model folder (default models/ner)")
    args = parser.parse_args(argv)
    sets = [s.split("=", 1) for s in (args.set or DEFAULT_SETS)]
    print(f"{'set':<6}{'mode':<10}" + "".join(f"{t + ' s/o':>14}" for t in TYPES))
    for mode in NER_MODES:
        extractor = Extractor.load(ner=mode, model=args.model)
        for name, paths in sets:
            corpus, gold = (Path(p) for p in paths.split(":", 1))
            scores, _ = evaluate(read_gold(gold), predicted_rows(extractor, corpus))
            cells = "".join(
                f"{scores[t]['strict']['f1']:>7.3f}/{scores[t]['overlap']['f1']:<6.3f}" for t in TYPES
            )
            print(f"{name:<6}{mode:<10}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
