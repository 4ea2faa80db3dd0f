"""The local engine: this process, or a pool of worker processes on this machine.

Why a process pool and not spaCy's `nlp.pipe(n_process=...)`: the one
per-article function is `Extractor.process` (conversion, per-document
reference date, offsets mapped back), not a bare `nlp(text)`, and
`nlp.pipe` would send whole Docs back between processes and turn an
exception into the loss of the batch. The pool runs `Extractor.process`
itself, sends back only Mention rows, and keeps each article's error.

Workers are started with `spawn` (no fork of a process holding threads or
loaded state; the same on Linux, macOS and Windows); the initializer loads
the Extractor once per worker. Batches are submitted in order and read back
in order, so the output is the one of a single process, byte for byte.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from pipeline.engines import Loader, Outcome, batches, failure, get_processor, process_article, process_batch
from pipeline.ingest import Article


def _init_worker(rules_dir: str | None, loader: Loader | None, version: str | None) -> None:
    """Worker initializer: load the pipeline once, before the first article."""
    try:
        get_processor(rules_dir, loader, version)
    except Exception:  # reported per article by process_article instead
        pass


def run_local(
    articles: Sequence[Article],
    workers: int = 1,
    rules_dir: str | None = None,
    loader: Loader | None = None,
    version: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` > 1 uses that many spawned processes."""
    workers = max(1, min(workers, len(articles)))
    if workers == 1:
        for article in articles:
            yield process_article(article, rules_dir, loader, version)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(rules_dir, loader, version))
    try:
        work = batches(articles, workers)
        futures = [pool.submit(process_batch, batch, rules_dir, loader, version) for batch in work]
        for batch, future in zip(work, futures, strict=True):
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker died (BrokenProcessPool): the unfinished batches fail
                outcomes = [failure(article, exc) for article in batch]
            yield from outcomes
    finally:  # also when the caller stops early (Ctrl-C): drop the batches not started
        pool.shutdown(wait=True, cancel_futures=True)
