"""Command line: the only place that knows about argv, paths and exit codes.

    python -m pipeline extract --corpus corpus --out output [--engine local|dask] [--workers N]
                               [--scheduler tcp://host:8786] [--cache DIR | --no-cache] [--timings]
    python -m pipeline eval --gold corpus/gold --out output
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from pipeline.cache import CACHE_DIRNAME, ResultCache, versions_key
from pipeline.database import new_part, start_database
from pipeline.engines import ENGINES, run_engine
from pipeline.engines.local import beside
from pipeline.evaluate import ERROR_COLUMNS, evaluate, format_scores, read_gold, read_rows
from pipeline.export import write_csv, write_json
from pipeline.ingest import IngestError, read_corpus
from pipeline.mentions import COLUMNS
from pipeline.paths import RULES_DIR

PROGRESS_MIN_ARTICLES = 5
SUMMARY_MENTIONS = "mentions_by_type"  # in the summary kept with a corpus's cached files
DOCUMENT_COLUMNS = ("doc_id", "encoding", "published", "chars", "mentions", "status")
# Mention.sort_key over mention rows: the order of mentions.csv
MENTION_ORDER = itemgetter("doc_id", "start", "end", "type")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class ExtractResult:
    """What one extract run did: its exit status and where the results came from."""

    status: int
    processed: int = 0  # articles run through the pipeline in this run
    cached: int = 0  # articles whose mentions came from the cache
    failed: int = 0
    # seconds per phase, in order: PHASES (a phase that did not happen is missing)
    timings: dict[str, float] = field(default_factory=dict)


# The phases of a run: reading the corpus (and the cache); loading the pipeline until the first
# article's mentions arrive; the other articles; reconciling and writing every output.
PHASES = ("read", "first results", "articles", "outputs")


def extract(
    corpus_dir: Path,
    out_dir: Path,
    rules_dir: str | None = None,
    *,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    cache_dir: Path | None = None,
) -> ExtractResult:
    """Extract mentions from every article with `engine`; `cache_dir` None disables the cache."""
    started = time.perf_counter()
    phase_started = started
    timings: dict[str, float] = {}

    def phase_done(name: str) -> None:
        """The time since the last phase ended counts for `name` (added, if it ran before)."""
        nonlocal phase_started
        now = time.perf_counter()
        timings[name] = round(timings.get(name, 0.0) + now - phase_started, 3)
        phase_started = now

    corpus = read_corpus(corpus_dir)
    for warning in corpus.warnings:
        _log(f"warning: {warning}")
    errors: list[IngestError] = list(corpus.errors)
    cache = ResultCache(cache_dir, rules_dir) if cache_dir is not None and corpus.articles else None

    def finish(result: ExtractResult, per_type: Mapping[str, int], ok: int) -> ExtractResult:
        """errors.csv, the log line and the exit status: the end of every run."""
        error_rows = [{"path": e.path, "reason": e.reason} for e in errors]
        write_csv(out_dir / "errors.csv", error_rows, ("path", "reason"))
        for error in errors:
            _log(f"error: {error}")
        from_cache = f" ({result.cached} from the cache)" if cache is not None else ""
        _log(
            f"read {ok} article(s){from_cache} from {corpus_dir} in {time.perf_counter() - started:.1f}s; "
            + ", ".join(f"{t} {per_type.get(t, 0)}" for t in ("CITY", "ORG", "DATE", "METRIC"))
            + f"; {len(errors)} error(s); wrote {out_dir / 'mentions.csv'}"
        )
        result.status = 1 if errors else 0
        return result

    # An unchanged corpus (same articles, rules, code and model): every output file but errors.csv
    # is copied from the cache, and no article's entry is even read.
    unchanged = cache.unchanged_corpus(corpus.articles) if cache is not None else None
    if cache is not None and unchanged is not None:
        phase_done("read")
        key, summary = unchanged
        if cache.copy_datasets(key, out_dir):
            cache.hits += len(corpus.articles)
            cache.prune()
            phase_done("outputs")
            reused = ExtractResult(status=0, cached=len(corpus.articles), timings=timings)
            return finish(reused, summary.get(SUMMARY_MENTIONS, {}), len(corpus.articles))

    from tqdm import tqdm

    # doc_id -> the article's mention rows (Mention.row()), from the cache or the engine
    found: dict[str, list[dict[str, Any]]] = {}
    failures: dict[str, str] = {}
    for article in corpus.articles if cache is not None else ():
        cached_rows = cache.get(article)
        if cached_rows is not None:
            found[article.doc_id] = cached_rows
    pending = [a for a in corpus.articles if a.doc_id not in found]
    result = ExtractResult(status=0, processed=len(pending), cached=len(found), timings=timings)
    phase_done("read")
    bar = tqdm(
        total=len(corpus.articles), initial=len(found), desc="extract", unit="article", file=sys.stderr,
        disable=len(corpus.articles) <= PROGRESS_MIN_ARTICLES,
    )
    with bar:
        if pending:  # the pipeline is loaded only when some article is not cached
            version = cache.versions if cache is not None else versions_key(rules_dir)
            results = run_engine(pending, engine, workers, rules_dir, scheduler, version=version)
            for article, outcome in zip(pending, results, strict=True):
                if "first results" not in timings:
                    phase_done("first results")  # loading the pipeline, then the first article
                if outcome.doc_id != article.doc_id:
                    raise RuntimeError(f"engine {engine} returned {outcome.doc_id} for {article.doc_id}")
                found[article.doc_id] = [m.row() for m in outcome.mentions]
                if not outcome.ok:
                    failures[article.doc_id] = outcome.error
                elif cache is not None:
                    cache.put(article, found[article.doc_id])
                bar.update()
            phase_done("articles")
    rows: list[dict[str, Any]] = []
    documents: list[dict[str, str | int]] = []
    for article in corpus.articles:
        article_rows = found[article.doc_id]
        if article.doc_id in failures:
            errors.append(IngestError(str(article.path), failures[article.doc_id]))
            result.failed += 1
        rows.extend(article_rows)
        documents.append({
            "doc_id": article.doc_id, "encoding": article.encoding, "published": article.published,
            "chars": len(article.text), "mentions": len(article_rows),
            "status": "failed" if article.doc_id in failures else "ok",
        })
    rows.sort(key=MENTION_ORDER)
    texts = {a.doc_id: a.text for a in corpus.articles}
    per_type = Counter(row["type"] for row in rows)

    # The same articles as a run before (an entry was unreadable, and read again): every output
    # file but errors.csv comes from the cache.
    datasets_key = cache.datasets_key(corpus.articles, set(failures)) if cache is not None else ""
    if cache is None or not cache.copy_datasets(datasets_key, out_dir):
        write_outputs(out_dir, rows, documents, texts, Path(rules_dir) if rules_dir else RULES_DIR,
                      parallel=engine == "local" and (workers or 1) > 1 and result.processed > 0)
        if cache is not None:
            from pipeline.datasets import dataset_files

            cache.keep_datasets(datasets_key, out_dir, (*MENTION_FILES, *dataset_files()),
                                summary={SUMMARY_MENTIONS: dict(sorted(per_type.items()))})
    if cache is not None:
        cache.prune()
    phase_done("outputs")
    return finish(result, per_type, sum(d["status"] == "ok" for d in documents))


MENTION_FILES = ("mentions.csv", "mentions.json", "documents.csv")


def write_outputs(
    out_dir: Path, rows: list[dict[str, Any]], documents: list[dict[str, str | int]],
    texts: dict[str, str], rules: Path, parallel: bool,
) -> None:
    """The mention files (MENTION_FILES) and the reconciled datasets.

    With `parallel` (more than one local worker: CPUs to spare), the mention files and the
    mentions of the database are written by a copy of this process while this one reconciles.
    """
    database_part = new_part(out_dir) if parallel else None

    def write_mention_files() -> None:
        write_csv(out_dir / "mentions.csv", rows, COLUMNS)
        write_json(out_dir / "mentions.json", rows)
        write_csv(out_dir / "documents.csv", documents, DOCUMENT_COLUMNS)
        if database_part is not None:
            from pipeline.datasets import mention_records

            start_database(database_part, mention_records(rows))

    with beside(write_mention_files, enabled=parallel) as side:

        def started_database() -> Path:
            side.wait()
            assert database_part is not None
            return database_part

        from pipeline.datasets import write_datasets  # pandas: only when the tables are built

        try:
            write_datasets(rows, texts, out_dir, rules, started_database if database_part else None)
        finally:
            side.wait()
            if database_part is not None:
                database_part.unlink(missing_ok=True)


def format_timings(timings: dict[str, float]) -> str:
    """`timings: read 0.05 s, first results 0.95 s, ...`: the phases of a run (PHASES)."""
    return "timings: " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in timings.items())


def run_extract(
    corpus_dir: Path, out_dir: Path, rules_dir: str | None = None, *, timings: bool = False, **options: Any
) -> int:
    """`extract`, returning only the exit status (options as for `extract`); `timings` logs the
    seconds of each phase of the run."""
    result = extract(corpus_dir, out_dir, rules_dir, **options)
    if timings:
        _log(format_timings(result.timings))
    return result.status


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


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return number


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
    extract.add_argument("--engine", choices=ENGINES, default="local",
                         help="local: this machine's processes; dask: a Dask cluster (default: local)")
    extract.add_argument("--workers", type=_positive, default=None,
                         help="worker processes (local default 1; dask default: one per CPU)")
    extract.add_argument("--scheduler", default=None,
                         help="Dask scheduler address tcp://host:port (default: env DASK_SCHEDULER, "
                              "else a local cluster); needs --engine dask")
    caching = extract.add_mutually_exclusive_group()
    caching.add_argument("--cache", type=Path, default=None, metavar="DIR",
                         help="result cache folder (default: OUT/.cache)")
    caching.add_argument("--no-cache", action="store_true", help="process every article, read no cache")
    extract.add_argument("--timings", action="store_true",
                         help="log the seconds of each phase: read, first results, articles, outputs")
    evaluate_cmd = commands.add_parser("eval", help="score output/mentions.csv against gold annotations")
    evaluate_cmd.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="folder of gold CSVs")
    evaluate_cmd.add_argument("--out", type=Path, default=Path("output"), help="folder holding mentions.csv")
    report = commands.add_parser("report", help="write OUT/report.html: highlighted articles, scores, charts")
    report.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of *.txt articles")
    report.add_argument("--out", type=Path, default=Path("output"), help="folder holding mentions.csv")
    report.add_argument("--gold", type=Path, default=Path("corpus/gold"), help="folder of gold CSVs")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract":
        if args.scheduler and args.engine != "dask":
            _log("error: --scheduler needs --engine dask")
            return 2
        cache_dir = None if args.no_cache else (args.cache or args.out / CACHE_DIRNAME)
        return run_extract(
            args.corpus, args.out, args.rules, engine=args.engine, workers=args.workers,
            scheduler=args.scheduler, cache_dir=cache_dir, timings=args.timings,
        )
    if args.command == "report":
        from pipeline.report import run_report

        return run_report(args.corpus, args.out, args.gold)
    return run_eval(args.gold, args.out)


if __name__ == "__main__":
    sys.exit(main())
