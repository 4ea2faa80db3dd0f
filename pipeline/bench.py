"""Throughput benchmark: the full pipeline on 1 and 2 processes beside bare jieba.

    python -m pipeline.bench --data ../shared/data/ner --out output

Builds a corpus of article-sized pieces of MSRA sentences (train.bio + dev.bio,
People's Daily 1998; full-width digits and letters made half-width so numbers
read like today's news) in `OUT/bench/corpus`, runs `python -m pipeline extract`
on it with 1 and with 2 worker processes (no cache; `--repeat` times each,
interleaved, the fastest counting), then twice with a fresh cache, times the
per-article stage alone (the local engine in this process, 1 and 2 workers),
and times bare `jieba.cut` and `jieba.posseg.cut` on the same text in the same
run. The same articles in traditional characters (OpenCC s2t, in
`OUT/bench/corpus_traditional`) are run with 1 process too, in the same rounds:
Hong Kong and Taiwan sources go through the conversion that simplified text
skips. Prints the figures and writes `OUT/bench.json`.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.export import write_json
from pipeline.paths import ROOT

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "ner"
MSRA_FILES = ("msra/train.bio", "msra/dev.bio")
MIN_ARTICLES = 1000
ARTICLE_CHARS = (1500, 2600)  # drawn per article; every piece of MSRA is used
PUBLISHED = "1998"  # MSRA is People's Daily text of 1998
SEED = 9

TARGETS = {
    "pipeline_vs_jieba_cut": 0.5,
    "speedup_2_vs_1": 1.7,
    "peak_rss_mb": 1536,
    "cached_speedup": 20.0,
}

# Full-width ASCII digits and letters (and ％) to half-width; a full-width
# point only between digits (３．５ -> 3.5), Chinese punctuation stays.
_HALF = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_HALF.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_HALF.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_HALF[ord("％")] = ord("%")
_DECIMAL_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")


def to_half_width(text: str) -> str:
    """MSRA's full-width digits and letters as news writes them today."""
    return _DECIMAL_POINT.sub(".", text.translate(_HALF))


def read_sentences(path: Path) -> list[str]:
    """Sentences of a `char<TAB>tag` BIO file (blank line after each sentence)."""
    sentences: list[str] = []
    chars: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            char = line.rstrip("\n").split("\t", 1)[0]
            if char:
                chars.append(char)
            elif chars:
                sentences.append("".join(chars))
                chars = []
    if chars:
        sentences.append("".join(chars))
    return sentences


def build_articles(sentences: Iterable[str], seed: int = SEED) -> list[str]:
    """Consecutive sentences joined into articles of ARTICLE_CHARS characters.

    A paragraph break every 2-5 sentences, as in news text; deterministic for a seed.
    """
    rng = random.Random(seed)
    articles: list[str] = []
    paragraphs: list[str] = []
    paragraph: list[str] = []
    size, target, para_len = 0, rng.randint(*ARTICLE_CHARS), rng.randint(2, 5)
    for sentence in sentences:
        paragraph.append(to_half_width(sentence))
        size += len(sentence)
        if len(paragraph) >= para_len or size >= target:
            paragraphs.append("".join(paragraph))
            paragraph, para_len = [], rng.randint(2, 5)
        if size >= target:
            articles.append("\n".join(paragraphs) + "\n")
            paragraphs, size, target = [], 0, rng.randint(*ARTICLE_CHARS)
    if paragraph:
        paragraphs.append("".join(paragraph))
    if paragraphs and size >= ARTICLE_CHARS[0]:
        articles.append("\n".join(paragraphs) + "\n")
    return articles


def write_corpus(articles: list[str], folder: Path) -> None:
    """One `bench_NNNN.txt` per article and a manifest with the published year."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rows = ["doc_id,published,source,title"]
    for i, text in enumerate(articles):
        doc_id = f"bench_{i:04d}"
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{doc_id},{PUBLISHED},msra,")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def to_traditional(articles: list[str]) -> list[str]:
    """The articles in traditional characters (OpenCC s2t, which keeps every length)."""
    import opencc

    convert = opencc.OpenCC("s2t").convert
    return [convert(text) for text in articles]


def load_msra(data: Path) -> list[str]:
    """The MSRA sentences of train.bio then dev.bio; a clear error when missing."""
    missing = [name for name in MSRA_FILES if not (data / name).is_file()]
    if missing:
        raise SystemExit(
            f"error: benchmark data not found: {', '.join(str(data / m) for m in missing)}; "
            "give the folder holding msra/train.bio and msra/dev.bio with --data DIR (make bench DATA=DIR)"
        )
    return [s for name in MSRA_FILES for s in read_sentences(data / name)]


def _rate(chars: int, seconds: float) -> float:
    return chars / seconds if seconds > 0 else 0.0


JIEBA_RUNS = ("jieba_cut", "jieba_cut_no_hmm", "jieba_posseg_cut")


def time_jieba(
    texts: list[str], repeat: int = 1, names: Iterable[str] = JIEBA_RUNS
) -> tuple[dict[str, float], dict[str, float]]:
    """Characters per second of bare jieba on `texts` (wall clock, CPU time), dictionaries loaded first.

    The runs `names` of JIEBA_RUNS. jieba.cut with and without HMM: the fastest of `repeat`
    passes, as for the pipeline runs; jieba.posseg.cut (ten times slower, for reference only):
    one pass.
    """
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    list(jieba.posseg.cut(texts[0]))  # loads the HMM tables of posseg
    chars = sum(len(t) for t in texts)
    results: dict[str, float] = {}
    cpu_results: dict[str, float] = {}
    runs: dict[str, Callable[[str], Iterable[Any]]] = {
        "jieba_cut": jieba.cut,
        "jieba_cut_no_hmm": lambda t: jieba.cut(t, HMM=False),
        "jieba_posseg_cut": jieba.posseg.cut,
    }
    for name, cut in runs.items():
        if name not in names:
            continue
        for _ in range(1 if name == "jieba_posseg_cut" else repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            for text in texts:
                for _ in cut(text):
                    pass
            rate = round(_rate(chars, time.perf_counter() - started))
            cpu_rate = round(_rate(chars, time.process_time() - cpu_started))
            results[name] = max(results.get(name, 0), rate)
            cpu_results[name] = max(cpu_results.get(name, 0), cpu_rate)
    return results, cpu_results


class _PeakRss:
    """Samples the summed RSS of a process and its descendants (psutil).

    Five times a second: a sample walks /proc (1-2 ms of CPU), and at 20 a second the
    sampler took ~3% of a core from a run that keeps both cores busy (2 workers), less
    from one that leaves a core idle: it skewed the speed-up it sits beside. The memory
    of a run rises over seconds, so its peak is still seen.
    """

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> _PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _children_cpu() -> float:
    """User + system CPU seconds of every finished child process and its waited-for children."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def read_log(lines: list[str]) -> tuple[str, dict[str, float]]:
    """The summary line of an `extract --timings` log and its phases (seconds by name)."""
    summary = next((line for line in reversed(lines) if line.startswith("read ")), lines[-1] if lines else "")
    phases: dict[str, float] = {}
    timing = next((line for line in reversed(lines) if line.startswith("timings: ")), "")
    for part in timing.removeprefix("timings: ").split(", "):
        name, _, seconds = part.rpartition(" ")[0].rpartition(" ")
        if name:
            phases[name] = float(seconds)
    return summary, phases


def run_extract(corpus: Path, out: Path, extra: list[str], log: Path) -> dict[str, Any]:
    """One `python -m pipeline extract` in a child process: wall and CPU seconds, peak RSS (MB), and
    the seconds of each phase of the run as `extract --timings` logs them."""
    cmd = [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--out", str(out), *extra,
           "--timings"]
    cpu_started = _children_cpu()
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
        with _PeakRss(proc.pid) as sampler:
            status = proc.wait()
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"error: {' '.join(cmd)} exited with {status}; see {log}")
    summary, phases = read_log(log.read_text(encoding="utf-8").strip().splitlines())
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(_children_cpu() - cpu_started, 2),
        "peak_rss_mb": round(sampler.peak / 2**20, 1),
        "summary": summary,
        # inside the run (the rest of `seconds` is Python starting and the imports of the CLI)
        "phases": phases,
    }


def time_engine(corpus: Path, workers: int) -> dict[str, Any]:
    """The per-article stage alone (local engine, cold start included), in this process."""
    from pipeline import engines
    from pipeline.ingest import read_corpus

    articles = read_corpus(corpus).articles
    chars = sum(len(a.text) for a in articles)
    engines.reset()
    started = time.perf_counter()
    outcomes = list(engines.run_engine(articles, "local", workers))
    seconds = time.perf_counter() - started
    failed = sum(not o.ok for o in outcomes)
    if failed:
        raise SystemExit(f"error: {failed} article(s) failed in the engine-only run")
    return {"seconds": round(seconds, 2), "chars_per_s": round(_rate(chars, seconds)),
            "articles_per_s": round(len(articles) / seconds, 2)}


def _children_maxrss_mb() -> float:
    """ru_maxrss of the largest finished child process (Linux reports KiB)."""
    import resource

    kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(kib / 1024 if sys.platform != "darwin" else kib / 2**20, 1)


def per_round_speedups(one: list[dict[str, Any]], two: list[dict[str, Any]]) -> list[float]:
    """2 vs 1 processes within each round: its two runs ran one after the other, so a slow or
    fast spell of the machine mostly falls on both. The target uses the fastest runs; these show
    how much that figure moves between rounds."""
    return [round(a["seconds"] / b["seconds"], 2) for a, b in zip(one, two, strict=True)]


def after_start_speedup(one: dict[str, Any], two: dict[str, Any]) -> float | None:
    """2 vs 1 processes over the `articles` and `outputs` phases of two runs (None without phases)."""
    def running(run: dict[str, Any]) -> float:
        phases = run.get("phases", {})
        return phases.get("articles", 0.0) + phases.get("outputs", 0.0)

    a, b = running(one), running(two)
    return round(a / b, 2) if a > 0 and b > 0 else None


def bench(data: Path, out: Path, repeat: int = 3) -> dict[str, Any]:
    """Run every measurement; returns the figures written to bench.json."""
    sentences = load_msra(data)
    articles = build_articles(sentences)
    if len(articles) < MIN_ARTICLES:
        raise SystemExit(f"error: only {len(articles)} articles from {data}; {MIN_ARTICLES} needed")
    work = out / "bench"
    corpus = work / "corpus"
    write_corpus(articles, corpus)
    chars = sum(len(a) for a in articles)
    print(f"corpus: {len(articles)} articles, {chars} characters in {corpus}", file=sys.stderr)
    traditional = work / "corpus_traditional"
    write_corpus(to_traditional(articles), traditional)

    load_before = os.getloadavg()[0]
    jieba_rates, jieba_cpu_rates = time_jieba(articles, 1, ("jieba_posseg_cut",))

    # Interleaved (jieba.cut, 1 worker, 2 workers, jieba.cut, 1, 2, ...) so that a slow or fast
    # spell of the machine (its speed drifts by 10-20% within minutes) falls on both sides of
    # each ratio; the fastest run of each counts (as timeit does): other programs only add time.
    settings = (("workers_1", corpus, 1), ("workers_2", corpus, 2), ("traditional_1", traditional, 1))
    tries: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in settings}
    for _ in range(repeat):
        rates, cpu_rates = time_jieba(articles, 1, ("jieba_cut", "jieba_cut_no_hmm"))
        for name, rate in rates.items():
            jieba_rates[name] = max(jieba_rates.get(name, 0), rate)
            jieba_cpu_rates[name] = max(jieba_cpu_rates.get(name, 0), cpu_rates[name])
        for name, folder, workers in settings:
            args = ["--no-cache", "--workers", str(workers)]
            tried = run_extract(folder, work / f"out_{name}", args, work / f"{name}.log")
            tries[name].append(tried)
            print(f"{name}: {tried}", file=sys.stderr)
    print(f"jieba: {jieba_rates}", file=sys.stderr)
    runs: dict[str, dict[str, Any]] = {}
    for name, results in tries.items():
        result = dict(min(results, key=lambda r: r["seconds"]))
        result["all_seconds"] = [r["seconds"] for r in results]
        result["peak_rss_mb"] = max(r["peak_rss_mb"] for r in results)
        result["chars_per_s"] = round(_rate(chars, result["seconds"]))
        result["articles_per_s"] = round(len(articles) / result["seconds"], 2)
        result["vs_jieba_cut"] = round(result["chars_per_s"] / jieba_rates["jieba_cut"], 3)
        result["vs_jieba_posseg_cut"] = round(result["chars_per_s"] / jieba_rates["jieba_posseg_cut"], 3)
        result["chars_per_cpu_s"] = round(_rate(chars, result["cpu_seconds"]))
        runs[name] = result
    same = (work / "out_workers_1" / "mentions.csv").read_bytes() == \
        (work / "out_workers_2" / "mentions.csv").read_bytes()
    # The per-article stage alone, without reading the corpus and writing the outputs and datasets.
    engine_only = {f"workers_{n}": time_engine(corpus, n) for n in (1, 2)}
    engine_only["speedup_2_vs_1"] = round(
        engine_only["workers_2"]["chars_per_s"] / engine_only["workers_1"]["chars_per_s"], 2
    )
    print(f"engine only: {engine_only}", file=sys.stderr)

    cache_dir = work / "cache"
    if cache_dir.exists():
        shutil.rmtree(cache_dir)
    cache_args = ["--cache", str(cache_dir), "--workers", "1"]
    first = run_extract(corpus, work / "out_cached", cache_args, work / "cache_first.log")
    second = run_extract(corpus, work / "out_cached", cache_args, work / "cache_second.log")
    cached = {
        "first_seconds": first["seconds"],
        "second_seconds": second["seconds"],
        "speedup": round(first["seconds"] / second["seconds"], 1),
        "second_summary": second["summary"],
    }
    print(f"cache: {cached}", file=sys.stderr)

    one, two = runs["workers_1"], runs["workers_2"]
    figures = {
        "speedup_2_vs_1": round(two["chars_per_s"] / one["chars_per_s"], 2),
        "pipeline_vs_jieba_cut": one["vs_jieba_cut"],
        "peak_rss_mb": max(one["peak_rss_mb"], two["peak_rss_mb"]),
        "cached_speedup": cached["speedup"],
    }
    return {
        "version": __version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "model": (ROOT / "models").is_dir(),
        "repeat": repeat,
        "corpus": {"articles": len(articles), "chars": chars, "folder": str(corpus), "published": PUBLISHED,
                   "traditional_folder": str(traditional)},
        "jieba_chars_per_s": jieba_rates,
        "jieba_chars_per_cpu_s": jieba_cpu_rates,
        "pipeline_vs_jieba_cut_cpu": round(one["chars_per_cpu_s"] / jieba_cpu_rates["jieba_cut"], 3),
        # Another program's load skews every figure; over the CPU count means contended.
        "load_average": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        "runs": runs,
        "engine_only": engine_only,
        "speedup_2_vs_1_per_round": per_round_speedups(tries["workers_1"], tries["workers_2"]),
        # the same runs without the fixed start (Python, imports, loading the pipeline, the first
        # batch: the `read` and `first results` phases), which one process pays as two do: what the
        # processes add once running. Not the target's figure, which counts the whole run.
        "speedup_2_vs_1_after_start": after_start_speedup(one, two),
        "outputs_identical_1_vs_2": same,
        "cache": cached,
        "children_max_rss_mb": _children_maxrss_mb(),
        "targets": {
            name: {"target": target, "measured": figures[name],
                   "met": figures[name] < target if name == "peak_rss_mb" else figures[name] >= target}
            for name, target in TARGETS.items()
        },
    }


def format_report(result: dict[str, Any]) -> str:
    """The figures as a short table."""
    jieba_rates = result["jieba_chars_per_s"]
    lines = [
        f"corpus: {result['corpus']['articles']} articles, {result['corpus']['chars']} chars "
        f"({result['cpus']} CPUs, model {'present' if result['model'] else 'absent'})",
        f"{'run':<22}{'chars/s':>10}{'articles/s':>12}{'peak MB':>10}{'x jieba.cut':>13}{'x posseg':>10}",
    ]
    for name, run in result["runs"].items():
        lines.append(
            f"{'pipeline ' + name.replace('_', ' '):<22}{run['chars_per_s']:>10}{run['articles_per_s']:>12}"
            f"{run['peak_rss_mb']:>10}{run['vs_jieba_cut']:>13}{run['vs_jieba_posseg_cut']:>10}"
        )
    for name in ("workers_1", "workers_2"):
        run = result["engine_only"][name]
        ratio = round(run["chars_per_s"] / jieba_rates["jieba_cut"], 3)
        lines.append(f"{'engine ' + name.replace('_', ' '):<22}{run['chars_per_s']:>10}"
                     f"{run['articles_per_s']:>12}{'':>10}{ratio:>13}")
    for name, rate in jieba_rates.items():
        lines.append(f"{name.replace('_', ' '):<22}{rate:>10}")
    lines.append(
        f"CPU time: pipeline {result['runs']['workers_1']['chars_per_cpu_s']} chars/cpu-s, jieba.cut "
        f"{result['jieba_chars_per_cpu_s']['jieba_cut']} ({result['pipeline_vs_jieba_cut_cpu']}x); "
        f"load average {result['load_average']['before']} -> {result['load_average']['after']} "
        f"on {result['cpus']} CPUs"
    )
    tried = [f"{name.replace('_', ' ')} {run.get('all_seconds', [run['seconds']])}"
             for name, run in result["runs"].items()]
    lines.append("pipeline runs, seconds (fastest counts): " + "; ".join(tried))
    if result.get("speedup_2_vs_1_per_round"):
        lines.append("2 vs 1 processes in each round (its runs back to back): "
                     + ", ".join(f"{r}x" for r in result["speedup_2_vs_1_per_round"]))
    for name, run in result["runs"].items():
        phases = ", ".join(f"{phase} {seconds}" for phase, seconds in run.get("phases", {}).items())
        lines.append(f"phases of the fastest {name.replace('_', ' ')} run, seconds: {phases}")
    lines.append(f"engine only (no corpus reading, no output writing): 2 vs 1 processes "
                 f"{result['engine_only']['speedup_2_vs_1']}x")
    if result.get("speedup_2_vs_1_after_start"):
        lines.append(f"after the start (articles and outputs phases of the fastest runs): 2 vs 1 processes "
                     f"{result['speedup_2_vs_1_after_start']}x")
    cache = result["cache"]
    lines.append(
        f"cache: first run {cache['first_seconds']}s, rerun {cache['second_seconds']}s "
        f"({cache['speedup']}x); outputs 1 vs 2 processes identical: {result['outputs_identical_1_vs_2']}"
    )
    for name, target in result["targets"].items():
        lines.append(f"target {name}: {target['measured']} (target {target['target']}) "
                     f"{'met' if target['met'] else 'NOT met'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding msra/*.bio")
    parser.add_argument("--out", type=Path, default=ROOT / "output", help="folder for bench/ and bench.json")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each pipeline setting and of jieba.cut; the fastest counts (default 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    result = bench(args.data, args.out, args.repeat)
    write_json(args.out / "bench.json", result)
    print(format_report(result))
    print(f"wrote {args.out / 'bench.json'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
