"""Command line: the only place that knows about argv, paths and exit codes.

    python -m pipeline extract --corpus corpus --out output
    python -m pipeline eval --gold corpus/gold --out output
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from pipeline.datasets import write_datasets
from pipeline.evaluate import ERROR_COLUMNS, evaluate, format_scores, read_gold, read_rows
from pipeline.export import write_csv, write_json
from pipeline.ingest import IngestError, read_corpus
from pipeline.mentions import COLUMNS, Mention
from pipeline.paths import RULES_DIR

PROGRESS_MIN_ARTICLES = 5
DOCUMENT_COLUMNS = ("doc_id", "encoding", "published", "chars", "mentions", "status")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_extract(corpus_dir: Path, out_dir: Path, rules_dir: str | None = None) -> int:
    """Extract mentions from every article; returns the exit status."""
    from tqdm import tqdm

    from pipeline.process import Extractor

    started = time.perf_counter()
    corpus = read_corpus(corpus_dir)
    for warning in corpus.warnings:
        _log(f"warning: {warning}")
    errors: list[IngestError] = list(corpus.errors)
    mentions: list[Mention] = []
    documents: list[dict[str, str | int]] = []
    extractor = Extractor.load(rules_dir) if corpus.articles else None
    bar = tqdm(
        corpus.articles, desc="extract", unit="article", file=sys.stderr,
        disable=len(corpus.articles) <= PROGRESS_MIN_ARTICLES,
    )
    for article in bar:
        assert extractor is not None
        try:
            found = extractor.process(article)
        except Exception as exc:  # one bad article must not lose the others
            errors.append(IngestError(str(article.path), f"processing failed: {type(exc).__name__}: {exc}"))
            status = "failed"
            found = []
        else:
            status = "ok"
        mentions.extend(found)
        documents.append({
            "doc_id": article.doc_id, "encoding": article.encoding, "published": article.published,
            "chars": len(article.text), "mentions": len(found), "status": status,
        })
    mentions.sort(key=lambda m: m.sort_key)
    rows = [m.row() for m in mentions]
    write_csv(out_dir / "mentions.csv", rows, COLUMNS)
    write_json(out_dir / "mentions.json", rows)
    write_csv(out_dir / "documents.csv", documents, DOCUMENT_COLUMNS)
    texts = {a.doc_id: a.text for a in corpus.articles}
    write_datasets(rows, texts, out_dir, Path(rules_dir) if rules_dir else RULES_DIR)
    error_rows = [{"path": e.path, "reason": e.reason} for e in errors]
    write_csv(out_dir / "errors.csv", error_rows, ("path", "reason"))
    for error in errors:
        _log(f"error: {error}")
    per_type = Counter(m.type for m in mentions)
    ok = sum(d["status"] == "ok" for d in documents)
    _log(
        f"read {ok} article(s) from {corpus_dir} in {time.perf_counter() - started:.1f}s; "
        + ", ".join(f"{t} {per_type.get(t, 0)}" for t in ("CITY", "ORG", "DATE", "METRIC"))
        + f"; {len(errors)} error(s); wrote {out_dir / 'mentions.csv'}"
    )
    return 1 if errors else 0


def run_eval(gold_dir: Path, out_dir: Path) -> int:
    predicted_path = out_dir / "mentions.csv"
    if not predicted_path.exists():
        _log(f"error: {predicted_path} does not exist; run extract first")
        return 2
    if not gold_dir.is_dir():
        _log(f"error: gold folder {gold_dir} does not exist")
        return 2
    scores, errors = evaluate(read_gold(gold_dir), read_rows(predicted_path))
    write_json(out_dir / "eval.json", scores)
    write_csv(out_dir / "eval_errors.csv", errors, ERROR_COLUMNS)
    print(format_scores(scores))
    _log(f"{len(errors)} error row(s) in {out_dir / 'eval_errors.csv'}; scores in {out_dir / 'eval.json'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract cities, organizations, dates and metrics from Chinese news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="run the pipeline over a corpus folder")
    extract.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of *.txt articles")
    extract.add_argument("--out", type=Path, default=Path("output"), help="folder for the output files")
    extract.add_argument("--rules", default=None, help="rules folder (default: the project's rules/)")
    evaluate_cmd = commands.add_parser("eval", help="score output/mentions.csv against gold annotations")
    evaluate_cmd.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="folder of gold CSVs")
    evaluate_cmd.add_argument("--out", type=Path, default=Path("output"), help="folder holding mentions.csv")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        return run_extract(args.corpus, args.out, args.rules)
    return run_eval(args.gold, args.out)


if __name__ == "__main__":
    sys.exit(main())
