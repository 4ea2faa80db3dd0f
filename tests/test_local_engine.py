"""The local engine's work sharing: this process and its helpers, results in input order."""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.engines.local import _collect, run_local
from pipeline.ingest import Article
from pipeline.mentions import Mention


class _PidExtractor:
    """Answers with the id of the process that ran the article, a little slowly."""

    def process(self, article: Article) -> list[Mention]:
        time.sleep(0.05)
        return [Mention(article.doc_id, "ORG", 0, 1, str(os.getpid()), "")]


def pid_loader(rules_dir: str | None) -> _PidExtractor:
    """Module level, so that a spawned helper can import it."""
    return _PidExtractor()


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i:03d}", Path(f"a{i:03d}.txt"), "杭州", "utf-8") for i in range(n)]


@pytest.mark.parametrize("start_method", ["", "spawn"])  # "": fork after loading, on Linux
def test_this_process_and_a_helper_share_the_work_in_order(start_method, monkeypatch) -> None:
    monkeypatch.setenv("CN_NEWS_START_METHOD", start_method)
    articles = _articles(80)
    outcomes = list(run_local(articles, workers=2, loader=pid_loader))
    assert [o.doc_id for o in outcomes] == [a.doc_id for a in articles]
    assert all(o.ok and len(o.mentions) == 1 for o in outcomes)
    pids = {o.mentions[0].text for o in outcomes}
    assert str(os.getpid()) in pids  # this process worked too
    assert len(pids) == 2  # and so did one helper


def test_one_worker_stays_in_this_process() -> None:
    outcomes = list(run_local(_articles(3), workers=1, loader=pid_loader))
    assert {o.mentions[0].text for o in outcomes} == {str(os.getpid())}


def test_a_dead_helper_fails_its_batch_only() -> None:
    future: Future = Future()
    future.set_exception(RuntimeError("helper died"))
    articles = _articles(2)
    outcomes = _collect(future, articles)
    assert [o.doc_id for o in outcomes] == ["a000", "a001"]
    assert all(not o.ok and "helper died" in o.error for o in outcomes)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_beside_runs_the_job_in_a_copy_or_here(tmp_path) -> None:
    from pipeline.engines.local import beside

    parent = os.getpid()
    marker = tmp_path / "pid"

    def job() -> None:
        marker.write_text(str(os.getpid()))

    with beside(job, enabled=True):
        pass
    assert marker.read_text() != str(parent)  # a forked copy wrote it (Linux)
    with beside(job, enabled=False):
        assert not marker.unlink()
    assert marker.read_text() == str(parent)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_a_beside_job_yields_the_cpu_to_the_run(tmp_path) -> None:
    """A Beside job (files needed only at the end) runs at a lower priority than this process."""
    from pipeline.engines.local import BACKGROUND_NICENESS, beside

    niceness = tmp_path / "nice"
    with beside(lambda: niceness.write_text(str(os.nice(0))), enabled=True):
        pass
    assert int(niceness.read_text()) == min(19, os.nice(0) + BACKGROUND_NICENESS)


def test_beside_runs_the_job_here_when_the_copy_fails(tmp_path) -> None:
    from pipeline.engines.local import beside

    parent = os.getpid()
    marker = tmp_path / "pid"

    def job() -> None:
        if os.getpid() != parent:
            raise SystemExit(3)  # the copy fails
        marker.write_text("here")

    with beside(job):
        pass
    assert marker.read_text() == "here"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_a_forked_call_returns_the_copys_value_or_computes_it_here() -> None:
    from pipeline.engines.local import ForkedCall

    parent = os.getpid()
    assert ForkedCall(os.getpid).result() != parent  # computed by a forked copy
    assert ForkedCall(os.getpid, enabled=False).result() == parent
    big = list(range(200_000))  # more than a pipe buffer holds
    assert ForkedCall(lambda: [x * 2 for x in big]).result() == [x * 2 for x in big]


def test_a_forked_call_that_fails_in_the_copy_runs_here() -> None:
    from pipeline.engines.local import ForkedCall

    parent = os.getpid()

    def value() -> int:
        if os.getpid() != parent:
            os._exit(3)  # the copy dies without sending anything
        return 42

    assert ForkedCall(value).result() == 42

    def broken() -> int:
        raise ValueError("bad rules")

    with pytest.raises(ValueError, match="bad rules"):  # the error is raised here, as it would be
        ForkedCall(broken).result()


@given(st.integers(0, 3000), st.integers(1, 8), st.integers(1, 32))
def test_batches_cover_the_articles_in_order_and_shrink(n, workers, largest) -> None:
    from pipeline.engines import batches

    items = list(range(n))
    work = batches(items, workers, largest)  # type: ignore[arg-type]
    assert [x for batch in work for x in batch] == items
    sizes = [len(b) for b in work]
    assert all(1 <= s <= largest for s in sizes)
    assert sizes == sorted(sizes, reverse=True)  # never a larger batch after a smaller one
    if n >= workers:
        assert sizes[-workers:] == [1] * workers  # every worker ends on a single article


def test_loading_a_pipeline_settles_the_collector() -> None:
    import gc

    from pipeline.engines import GC_THRESHOLD_0, get_processor

    get_processor("settle-test", pid_loader)
    assert gc.get_threshold()[0] >= GC_THRESHOLD_0
    assert gc.get_freeze_count() > 0  # the loaded objects are out of the collector's reach
