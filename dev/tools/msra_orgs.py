#!/usr/bin/env python3
"""A rough check of ORG on real news: the pipeline on MSRA dev (People's Daily, 1998), against its
ORG labels.

    .venv/bin/python dev/tools/msra_orgs.py [--data ../shared/data/ner] [--misses N] [--spurious N]

MSRA (msra/dev.bio: 3,000 sentences, 659 ORG) labels ORG, LOC and PER, one character a token.
Its ORG is wider than the SPEC's in places (it labels a party's or army's units and generic
bodies like 党委) and narrower in others (a city inside an ORG name is LOC there when the name
is a place plus a common noun). So the figures are a trend on real text to watch when the ORG
rules change, not a score: how many MSRA ORG spans an ORG mention overlaps (recall), how many
ORG mentions overlap an MSRA ORG span (a precision proxy), and the spans that differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.ingest import Article  # noqa: E402
from pipeline.process import Extractor  # noqa: E402


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def read_bio(path: Path) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(text, label -> [start, end) spans) of every sentence of a BIO file (conlleval chunking)."""
    out = []
    chars: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    open_label, open_start = "", 0

    def close(at: int) -> None:
        nonlocal open_label
        if open_label:
            spans.setdefault(open_label, []).append((open_start, at))
        open_label = ""

    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if chars:
                close(len(chars))
                out.append(("".join(chars), spans))
            chars, spans, open_label = [], {}, ""
            continue
        ch, _, tag = line.partition("\t")
        i = len(chars)
        chars.append(ch)
        kind, _, label = tag.partition("-")
        if kind == "B" or (kind == "I" and label != open_label):
            close(i)
            open_label, open_start = label, i
        elif kind != "I":
            close(i)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ner",
                        help="folder holding msra/dev.bio")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed ORG spans")
    parser.add_argument("--spurious", type=int, default=0,
                        help="print this many ORG mentions that overlap no MSRA ORG span")
    args = parser.parse_args(argv)
    path = args.data / "msra" / "dev.bio"
    if not path.is_file():
        print(f"error: {path} not found; give the folder holding msra/dev.bio with --data", file=sys.stderr)
        return 2
    extractor = Extractor.load()
    gold = found = predicted = overlapping = 0
    misses: list[str] = []
    spurious: list[str] = []
    for i, (text, spans) in enumerate(read_bio(path)):
        mentions = extractor.process(Article(f"msra_{i}", path, text, "utf-8"))
        orgs = [(m.start, m.end) for m in mentions if m.type == "ORG"]
        labelled = spans.get("ORG", [])
        for span in labelled:
            gold += 1
            if _overlaps(span, orgs):
                found += 1
            else:
                misses.append(f"{text[span[0]:span[1]]}\t{text}")
        for span in orgs:
            predicted += 1
            if _overlaps(span, labelled):
                overlapping += 1
            else:
                spurious.append(f"{text[span[0]:span[1]]}\t{text}")
    print(f"MSRA ORG     {gold:>4} spans, recall {found / max(gold, 1):.3f}")
    print(f"ORG mentions {predicted:>4}: {overlapping} overlap an MSRA ORG span "
          f"({overlapping / max(predicted, 1):.3f})")
    for miss in misses[: args.misses]:
        print("missed\t" + miss)
    for extra in spurious[: args.spurious]:
        print("other\t" + extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
