#!/usr/bin/env python3
"""A rough out-of-domain check of ORG: the pipeline on CLUENER dev, against its organization labels.

    .venv/bin/python dev/tools/cluener_orgs.py [--data ../shared/data/ner] [--misses N] [--spurious N]

CLUENER (news sentences, 1,343 in dev.json) labels `company`, `government` and `organization`
among ten types. Its annotation is not the SPEC's: it also labels generic references (银行,
警方), armies and football clubs, and misses some news outlets. So the figures are a trend to
watch when the ORG rules change, not a score: the recall of each CLUENER label (a label span
counts as found when an ORG mention overlaps it), and how many ORG mentions overlap a span of
one of the three labels (the rest overlap another label or none).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.ingest import Article  # noqa: E402
from pipeline.process import Extractor  # noqa: E402

ORG_LABELS = ("company", "government", "organization")


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner",
                        help="folder holding cluener/dev.json")
    parser.add_argument("--misses", type=int, default=0,
                        help="print this many missed company/government spans")
    parser.add_argument("--spurious", type=int, default=0,
                        help="print this many ORG mentions that overlap no org-type span")
    args = parser.parse_args(argv)
    path = args.data / "cluener" / "dev.json"
    if not path.is_file():
        print(f"error: {path} not found; give the folder holding cluener/dev.json with --data",
              file=sys.stderr)
        return 2
    extractor = Extractor.load()
    gold_n: Counter[str] = Counter()
    found_n: Counter[str] = Counter()
    predicted = {"org label": 0, "other label": 0, "no label": 0}
    misses: list[str] = []
    others: list[str] = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        record = json.loads(line)
        text = record["text"]
        mentions = extractor.process(Article(f"cluener_{i}", path, text, "utf-8"))
        orgs = [(m.start, m.end) for m in mentions if m.type == "ORG"]
        labelled: dict[str, list[tuple[int, int]]] = {}
        for label, names in record.get("label", {}).items():
            # CLUENER spans are [start, end] with the end included
            labelled[label] = [(s, e + 1) for spans in names.values() for s, e in spans]
        for label in ORG_LABELS:
            for span in labelled.get(label, []):
                gold_n[label] += 1
                if _overlaps(span, orgs):
                    found_n[label] += 1
                elif label != "organization":
                    misses.append(f"{label}\t{text[span[0]:span[1]]}\t{text}")
        org_spans = [s for label in ORG_LABELS for s in labelled.get(label, [])]
        other_spans = [s for label, spans in labelled.items() if label not in ORG_LABELS for s in spans]
        for span in orgs:
            key = ("org label" if _overlaps(span, org_spans)
                   else "other label" if _overlaps(span, other_spans) else "no label")
            predicted[key] += 1
            if key != "org label":
                others.append(f"{key}\t{text[span[0]:span[1]]}\t{text}")
    for label in ORG_LABELS:
        print(f"{label:<13} {gold_n[label]:>4} spans, recall {found_n[label] / max(gold_n[label], 1):.3f}")
    total = sum(predicted.values())
    print(f"ORG mentions  {total:>4}: {predicted['org label']} overlap a company/government/"
          f"organization span ({predicted['org label'] / max(total, 1):.3f}), "
          f"{predicted['other label']} another label, {predicted['no label']} none")
    for other in others[: args.spurious]:
        print(other)
    for miss in misses[: args.misses]:
        print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
