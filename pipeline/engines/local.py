"""The local engine: this process, or a pool of worker processes on this machine.

Why a process pool and not spaCy's `nlp.pipe(n_process=...)`: the one
per-article function is `Extractor.process` (conversion, per-document
reference date, offsets mapped back), not a bare `nlp(text)`, and
`nlp.pipe` would send whole Docs back between processes and turn an
exception into the loss of the batch. The pool runs `Extractor.process`
itself, sends back only Mention rows, and keeps each article's error.

With N workers, this process is one of them, and N - 1 helpers. On Linux
this process loads the pipeline first and the helpers are forked from it
(the processes share the loaded tables' pages; `settle_collector` froze
them, so the collector does not write to them); elsewhere, or with
`CN_NEWS_START_METHOD=spawn`, they are started with `spawn` and the
initializer loads the Extractor once per helper. Batches are submitted in
order and read back in order, so the output is the one of a single process,
byte for byte.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from pipeline.engines import Loader, Outcome, batches, failure, get_processor, process_article, process_batch
from pipeline.ingest import Article

T = TypeVar("T")
# How much lower a Beside job's priority is: while a parallel run's serial end runs this process,
# a ForkedCall copy and a Beside job, three processes share the CPUs, and the Beside job (writing
# files needed only at the very end) is the one that can wait.
BACKGROUND_NICENESS = 10


def _init_worker(rules_dir: str | None, loader: Loader | None, version: str | None) -> None:
    """Worker initializer: load the pipeline once, before the first article."""
    try:
        get_processor(rules_dir, loader, version)
    except Exception:  # reported per article by process_article instead
        pass


def _fork_after_load() -> bool:
    """Whether helpers are forked from this process once it has loaded the pipeline (Linux).

    A spawned helper imports spaCy and loads the pipeline on its own, about 1.5 s during
    which it does no work; a forked one starts with everything loaded, sharing the memory
    pages until they are written. Linux only: fork is unsafe with macOS system libraries.
    `CN_NEWS_START_METHOD=spawn` forces spawn.
    """
    if os.environ.get("CN_NEWS_START_METHOD", "") == "spawn":
        return False
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def run_local(
    articles: Sequence[Article],
    workers: int = 1,
    rules_dir: str | None = None,
    loader: Loader | None = None,
    version: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order; `workers` > 1 uses this process and `workers` - 1 helpers.

    Every batch is submitted to the helpers' pool; this process then walks the batches in
    order and takes each one no helper has started yet (a pending future can be cancelled),
    so the work balances itself, and this process does not sit idle waiting for results as
    a pure dispatcher would. Finished batches are yielded as soon as all before them are.
    """
    workers = max(1, min(workers, len(articles)))
    if workers == 1:
        for article in articles:
            yield process_article(article, rules_dir, loader, version)
        return
    preloaded = _fork_after_load()
    if preloaded:  # the helpers start as copies of this process, the pipeline already loaded
        _init_worker(rules_dir, loader, version)
    context = multiprocessing.get_context("fork" if preloaded else "spawn")
    pool = ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_init_worker,
                               initargs=(rules_dir, loader, version))
    try:
        work = batches(articles, workers)
        # (the loaded pipeline was frozen by settle_collector: the helpers share its pages)
        futures = [pool.submit(process_batch, batch, rules_dir, loader, version) for batch in work]
        done: list[list[Outcome] | None] = [None] * len(work)
        ready = 0  # batches before this one have been yielded
        for k, batch in enumerate(work):
            if futures[k].cancel():  # no helper took it: this process runs it
                done[k] = process_batch(batch, rules_dir, loader, version)
            while ready < len(work) and (done[ready] is not None or futures[ready].done()):
                yield from done[ready] if done[ready] is not None else _collect(futures[ready], work[ready])
                done[ready] = None
                ready += 1
        for k in range(ready, len(work)):
            yield from done[k] if done[k] is not None else _collect(futures[k], work[k])
    finally:  # also when the caller stops early (Ctrl-C): drop the batches not started
        pool.shutdown(wait=True, cancel_futures=True)


class Beside:
    """A job run by a forked copy of this process (or here): `wait()` until it is done."""

    def __init__(self, job: Callable[[], None], enabled: bool):
        self.job = job
        self.child = None
        self.done = False
        if enabled and _fork_after_load():
            self.child = multiprocessing.get_context("fork").Process(
                target=_run_niced, args=(job,), name="cn-news-writer"
            )
            self.child.start()

    def wait(self) -> None:
        """Block until the job is done; run it here when there is no copy or the copy failed,
        so that its own error is raised in this process. Runs the job once at most here."""
        if self.done:
            return
        self.done = True
        if self.child is not None:
            self.child.join()
            if self.child.exitcode == 0:
                return
        self.job()


@contextmanager
def beside(job: Callable[[], None], enabled: bool = True) -> Iterator[Beside]:
    """Run `job` in a forked copy of this process while the with-block runs here.

    For the last, serial part of a parallel run: while this process reconciles the
    datasets, the copy writes the mention files and the mentions of the database (it has
    the rows already, nothing is sent). The block may `wait()` for the job; the job is
    done when the block ends. Without fork (or not `enabled`) the job runs here, at the
    first `wait()` or after the block.
    """
    side = Beside(job, enabled)
    try:
        yield side
    except BaseException:
        if side.child is not None:
            side.child.join()
        raise
    side.wait()


class ForkedCall(Generic[T]):
    """`fn()` computed by a forked copy of this process while this one goes on; `result()` gets it.

    For the serial end of a parallel run, where a CPU is idle: the copy has every input already
    (nothing is sent but the result, pickled through a pipe). Without fork, or when the copy
    fails or dies, `result()` calls `fn()` here, so its value (or its own error) is the same.
    """

    def __init__(self, fn: Callable[[], T], enabled: bool = True):
        self.fn = fn
        self.child = None
        self.pipe = None
        if enabled and _fork_after_load():
            context = multiprocessing.get_context("fork")
            self.pipe, sending = context.Pipe(duplex=False)
            self.child = context.Process(target=_send_result, args=(fn, sending), name="cn-news-helper")
            self.child.start()
            sending.close()  # this process only reads: the copy's end closing means it is done

    def result(self) -> T:
        if self.child is None or self.pipe is None:
            return self.fn()
        try:
            ok, value = self.pipe.recv()
        except (EOFError, OSError):  # the copy died before sending
            ok, value = False, None
        finally:
            self.pipe.close()
            self.child.join()
            self.child = None
        return value if ok else self.fn()


def _run_niced(job: Callable[[], None]) -> None:
    """A background job that is not on the critical path yields its CPU to the ones that are."""
    try:
        os.nice(BACKGROUND_NICENESS)
    except (AttributeError, OSError):  # no nice() here: run at the same priority
        pass
    job()


def _send_result(fn: Callable[[], Any], sending: Any) -> None:
    try:
        value = (True, fn())
    except BaseException:  # the caller computes it again, and sees the error itself
        value = (False, None)
    sending.send(value)
    sending.close()


def _collect(future: Future, batch: list[Article]) -> list[Outcome]:
    """A helper's outcomes; every article of the batch fails if the helper died."""
    try:
        return future.result()
    except Exception as exc:  # BrokenProcessPool: the unfinished batches fail
        return [failure(article, exc) for article in batch]
