"""The Dask engine: batches of articles on a Dask distributed cluster.

By default a LocalCluster of worker processes (one thread each; `workers` of
them, else one per CPU). With `scheduler` (or env DASK_SCHEDULER, e.g.
tcp://host:8786) the batches go to an existing cluster instead; every worker
there needs this project installed with the same rules/ and models/, which
is checked before any work is sent. The Extractor is loaded once per worker
process by the module-level cache of `pipeline.engines`; results are read
back in submission order, so the output equals the local engine's.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import Any

from pipeline.engines import Loader, Outcome, batches, failure, process_batch
from pipeline.ingest import Article

SCHEDULER_ENV = "DASK_SCHEDULER"


def _worker_versions(rules_dir: str | None) -> str:
    """Runs on a worker: the versions key of its rules, code and models."""
    from pipeline.cache import versions_key

    return versions_key(rules_dir)


def check_workers(client: Any, rules_dir: str | None, mine: str) -> None:
    """Fail clearly when a worker has other rules, code or models than this client (`mine`)."""
    theirs = client.run(_worker_versions, rules_dir)
    if not theirs:
        raise RuntimeError("the Dask cluster has no workers")
    other = sorted(address for address, key in theirs.items() if key != mine)
    if other:
        raise RuntimeError(
            f"Dask worker(s) {', '.join(other)} run other rules/, pipeline code or models/ than this "
            "client; install the same project on every worker"
        )


def run_dask(
    articles: Sequence[Article],
    workers: int | None = None,
    rules_dir: str | None = None,
    scheduler: str | None = None,
    loader: Loader | None = None,
    processes: bool = True,
    version: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order from a LocalCluster or the cluster at `scheduler`."""
    from distributed import Client, LocalCluster

    if not articles:
        return
    address = scheduler or os.environ.get(SCHEDULER_ENV) or None
    cluster = None
    if address:
        client = Client(address)
    else:
        n_workers = max(1, min(workers or os.cpu_count() or 1, len(articles)))
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=processes,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        if address:
            from pipeline.cache import versions_key

            version = version or versions_key(rules_dir)
            check_workers(client, rules_dir, version)
        n_workers = max(1, len(client.nthreads()))
        work = batches(articles, n_workers)
        futures = client.map(
            process_batch, work, rules_dir=rules_dir, loader=loader, version=version, pure=False
        )
        for batch, future in zip(work, futures, strict=True):
            try:
                outcomes = future.result()
            except Exception as exc:  # the task failed as a whole (a worker was lost)
                outcomes = [failure(article, exc) for article in batch]
            yield from outcomes
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
