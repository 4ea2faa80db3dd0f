"""Engines: run the one per-article function over many articles.

Every engine calls `process_article`, which calls `Extractor.process` on an
Extractor loaded once per worker process (the module-level cache below), and
yields one `Outcome` per article in the order of the input (read_corpus sorts
articles by doc_id), so the outputs cannot differ between engines. An
exception in one article becomes that article's `Outcome.error`; the others
go on. A worker that outlives a run (a Dask cluster, a test session)
reloads the pipeline when the rules, code or model changed (`version`).

    local   this process (--workers 1) or a pool of spawned processes
    dask    Dask distributed: a LocalCluster, or the scheduler at DASK_SCHEDULER
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.ingest import Article
from pipeline.mentions import Mention

ENGINES = ("local", "dask")


class Processor(Protocol):
    """What an engine needs of a loaded pipeline: the per-article function."""

    def process(self, article: Article) -> list[Mention]: ...


# Builds a Processor for a rules folder; must be a picklable module-level callable.
Loader = Callable[[str | None], Processor]


@dataclass(frozen=True)
class Outcome:
    """The result of one article: its mentions, or why processing failed."""

    doc_id: str
    mentions: list[Mention] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


# (loader, rules_dir) -> (versions key it was loaded under, the pipeline or why it failed to load)
_PROCESSORS: dict[tuple[Loader | None, str | None], tuple[str, Processor | str]] = {}
_LOAD_LOCK = threading.Lock()
# Dask workers with processes=False share this module between threads: one
# article at a time per process (uncontended with one thread a worker).
_RUN_LOCK = threading.Lock()
LOAD_COUNT = 0  # how many pipelines this process has loaded (tests check it)


class PipelineLoadError(RuntimeError):
    """The pipeline of a worker could not be built (bad rules or model)."""


def _default_loader(rules_dir: str | None) -> Processor:
    from pipeline.process import Extractor

    return Extractor.load(rules_dir)


def _clear_rule_caches() -> None:
    """Forget every rules table a pipeline module cached, so new rules are read."""
    for name, module in list(sys.modules.items()):
        if name == "pipeline" or name.startswith("pipeline."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def reset() -> None:
    """Forget the pipelines this process loaded (benchmarks time a cold start)."""
    with _LOAD_LOCK:
        _PROCESSORS.clear()
        _clear_rule_caches()


# Collections of the youngest generation start after this many new container objects (Python's
# default: 700). Per-article work allocates and frees many short-lived lists, dicts and tuples
# but makes almost no reference cycles; at 700 the collector ran ~3 times per article.
GC_THRESHOLD_0 = 20_000


def settle_collector() -> None:
    """Tune the garbage collector for batch work once the pipeline is loaded.

    `gc.freeze()` moves every object alive now (the loaded rules, gazetteers and tables,
    ~90k containers) out of the collector's reach: they live as long as the process, and
    a full collection no longer walks them (forked helpers also leave their shared pages
    untouched). With the higher first threshold, collections (6% of the per-article time
    with the defaults) all but disappear; cycles are still collected, later.
    """
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD_0, gc.get_threshold()[0]), middle, oldest)


def get_processor(
    rules_dir: str | None = None, loader: Loader | None = None, version: str | None = None
) -> Processor:
    """The pipeline of this process for `rules_dir`, loaded on first use only.

    `version` is the caller's `versions_key`: a pipeline loaded under another
    one (rules, code or model changed since) is loaded again.
    """
    global LOAD_COUNT
    key = (loader, rules_dir)
    entry = _PROCESSORS.get(key)
    if entry is None or (version is not None and entry[0] != version):
        with _LOAD_LOCK:
            entry = _PROCESSORS.get(key)
            if entry is None or (version is not None and entry[0] != version):
                from pipeline.cache import versions_key

                if entry is not None:
                    _clear_rule_caches()
                loaded = version if version is not None else versions_key(rules_dir)
                try:
                    entry = (loaded, (loader or _default_loader)(rules_dir))
                    settle_collector()
                except Exception as exc:  # remembered: not retried for every article
                    entry = (loaded, f"the pipeline failed to load: {type(exc).__name__}: {exc}")
                _PROCESSORS[key] = entry
                LOAD_COUNT += 1
    if isinstance(entry[1], str):
        raise PipelineLoadError(entry[1])
    return entry[1]


def failure(article: Article, exc: BaseException) -> Outcome:
    """The Outcome of an article whose processing raised `exc`."""
    if isinstance(exc, PipelineLoadError):
        return Outcome(article.doc_id, [], f"processing failed: {exc}")
    return Outcome(article.doc_id, [], f"processing failed: {type(exc).__name__}: {exc}")


def process_article(
    article: Article, rules_dir: str | None = None, loader: Loader | None = None, version: str | None = None
) -> Outcome:
    """Run the per-article function; an exception becomes the article's error."""
    try:
        processor = get_processor(rules_dir, loader, version)
        with _RUN_LOCK:
            mentions = processor.process(article)
    except Exception as exc:  # one bad article must not lose the others
        return failure(article, exc)
    return Outcome(article.doc_id, list(mentions))


def process_batch(
    articles: Sequence[Article],
    rules_dir: str | None = None,
    loader: Loader | None = None,
    version: str | None = None,
) -> list[Outcome]:
    """`process_article` over a batch: the unit of work sent to a worker."""
    return [process_article(article, rules_dir, loader, version) for article in articles]


def batches(articles: Sequence[Article], workers: int, largest: int = 16) -> list[list[Article]]:
    """Consecutive batches that shrink toward the end (guided scheduling).

    Up to `largest` articles while much work remains (fewer hand-offs), then smaller and
    smaller, down to single articles: the workers finish together instead of one waiting
    for another's last large batch.
    """
    out: list[list[Article]] = []
    i, n = 0, len(articles)
    while i < n:
        size = max(1, min(largest, (n - i) // max(1, workers * 4)))
        out.append(list(articles[i:i + size]))
        i += size
    return out


def run_engine(
    articles: Sequence[Article],
    engine: str = "local",
    workers: int | None = None,
    rules_dir: str | None = None,
    scheduler: str | None = None,
    loader: Loader | None = None,
    version: str | None = None,
) -> Iterator[Outcome]:
    """One Outcome per article, in the order of `articles`, whatever the engine.

    `workers`: local default 1, dask default one per CPU; `scheduler` (dask
    only): an existing cluster; `loader`: builds the pipeline (default
    `Extractor.load`); `version`: the `versions_key` of this run.
    """
    if engine == "local":
        from pipeline.engines.local import run_local

        return run_local(articles, workers or 1, rules_dir, loader, version)
    if engine == "dask":
        from pipeline.engines.dask_engine import run_dask

        return run_dask(articles, workers, rules_dir, scheduler, loader, version=version)
    raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
