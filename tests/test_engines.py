"""Engines and cache: the same mentions whatever runs them, nothing processed twice."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

import pipeline.engines as engines
from pipeline.cli import extract, main
from pipeline.engines import Outcome, run_engine
from pipeline.ingest import Article, read_corpus
from pipeline.mentions import Mention
from pipeline.process import Extractor

from .conftest import ROOT

OUTPUT_FILES = ("mentions.csv", "mentions.json", "documents.csv", "errors.csv")
# A few small articles beside corpus/: simplified, traditional (Big5), a list.
EXTRA = {
    "extra_a": ("2021年3月5日，深圳市地铁集团与招商银行签署合作协议，全市300万名乘客可扫码乘车。\n",
                "utf-8"),
    "extra_b": ("臺北市政府與國泰世華銀行合作，去年約有120萬人次使用手機支付停車費。\n", "big5"),
    "extra_c": ("杭州\n2019年杭州移动支付覆盖率达到95%，比上年提高3个百分点。\n"
                "上海\n上海市今年前三季度新增商户12.5万家。\n", "utf-8"),
    "extra_d": ("据国家统计局消息，1月至6月全国社会消费品零售总额约19.5万亿元，同比增长8.2%。\n", "utf-8"),
}
FAILING_DOC = "extra_c"


def _corpus(folder: Path) -> Path:
    """corpus/ (articles and manifest, no gold) plus the EXTRA articles."""
    folder.mkdir(parents=True)
    for path in (ROOT / "corpus").iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    manifest = (folder / "manifest.csv").read_text(encoding="utf-8")
    for doc_id, (text, encoding) in EXTRA.items():
        (folder / f"{doc_id}.txt").write_bytes(text.encode(encoding))
        manifest += f"{doc_id},2021-08-01,,\n"
    (folder / "manifest.csv").write_text(manifest, encoding="utf-8")
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file (mentions, documents, errors, the datasets) by name."""
    files = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert set(files) >= set(OUTPUT_FILES)
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("engines") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> dict[str, bytes]:
    """The outputs of one process, no cache: what every engine must reproduce."""
    out = tmp_path_factory.mktemp("reference")
    result = extract(corpus, out)
    assert result.status == 0 and result.processed == 6 and result.cached == 0
    return _outputs(out)


class _FailingExtractor:
    """The real Extractor, except that one article raises."""

    def __init__(self, rules_dir: str | None):
        self.inner = Extractor.load(rules_dir)

    def process(self, article: Article) -> list[Mention]:
        if article.doc_id == FAILING_DOC:
            raise RuntimeError("injected failure")
        return self.inner.process(article)


def failing_loader(rules_dir: str | None) -> _FailingExtractor:
    """A module-level loader, so that spawned and Dask workers can import it."""
    return _FailingExtractor(rules_dir)


def _check_failure(outcomes: list[Outcome], articles: list[Article], expected: list[Outcome]) -> None:
    assert [o.doc_id for o in outcomes] == [a.doc_id for a in articles]
    for outcome, good in zip(outcomes, expected, strict=True):
        if outcome.doc_id == FAILING_DOC:
            assert outcome.error == "processing failed: RuntimeError: injected failure"
            assert outcome.mentions == []
        else:
            assert outcome == good and outcome.mentions


def test_local_two_workers_equal_one(corpus, reference, tmp_path) -> None:
    result = extract(corpus, tmp_path, workers=2)
    assert result.status == 0 and result.processed == 6
    assert _outputs(tmp_path) == reference


def test_dask_local_cluster_of_processes_equals_local(corpus, reference, tmp_path) -> None:
    result = extract(corpus, tmp_path, engine="dask", workers=2)
    assert result.status == 0 and result.processed == 6
    assert _outputs(tmp_path) == reference


def test_dask_scheduler_from_env_equals_local(corpus, reference, tmp_path, monkeypatch, capsys) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        monkeypatch.setenv("DASK_SCHEDULER", cluster.scheduler_address)
        status = main(["extract", "--corpus", str(corpus), "--out", str(tmp_path), "--engine", "dask",
                       "--no-cache"])
    assert status == 0
    assert _outputs(tmp_path) == reference
    assert not (tmp_path / ".cache").exists()


def test_failing_article_in_a_worker_keeps_the_others(corpus) -> None:
    articles = read_corpus(corpus).articles
    expected = list(run_engine(articles, "local", 1))
    _check_failure(list(run_engine(articles, "local", 2, loader=failing_loader)), articles, expected)
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        address = cluster.scheduler_address
        outcomes = list(run_engine(articles, "dask", scheduler=address, loader=failing_loader))
    _check_failure(outcomes, articles, expected)


def test_failing_article_becomes_an_error_row(corpus, tmp_path, monkeypatch) -> None:
    real = Extractor.process

    def process(self: Extractor, article: Article) -> list[Mention]:
        if article.doc_id == FAILING_DOC:
            raise ValueError("bad article")
        return real(self, article)

    monkeypatch.setattr(Extractor, "process", process)
    result = extract(corpus, tmp_path)
    assert result.status == 1 and result.failed == 1
    errors = (tmp_path / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[1:] == [f"{corpus / FAILING_DOC}.txt,processing failed: ValueError: bad article"]
    documents = (tmp_path / "documents.csv").read_text(encoding="utf-8")
    assert f"{FAILING_DOC},utf-8,2021-08-01,{len(EXTRA[FAILING_DOC][0])},0,failed" in documents
    assert documents.count(",ok\n") == 5
    mentions = (tmp_path / "mentions.csv").read_text(encoding="utf-8")
    assert "extra_d,METRIC" in mentions and f"{FAILING_DOC}," not in mentions


def test_cache_skips_unchanged_articles(corpus, reference, tmp_path, monkeypatch, capsys) -> None:
    cache = tmp_path / "cache"
    first = extract(corpus, tmp_path / "a", cache_dir=cache)
    assert (first.processed, first.cached) == (6, 0)
    assert _outputs(tmp_path / "a") == reference
    counts = re.compile(r"CITY \d+, ORG \d+, DATE \d+, METRIC \d+")
    first_counts = counts.findall(capsys.readouterr().err)

    def no_engine(*args: object, **kwargs: object) -> None:
        raise AssertionError("nothing should be processed")

    monkeypatch.setattr(engines, "run_engine", no_engine)
    monkeypatch.setattr("pipeline.cli.run_engine", no_engine)
    monkeypatch.setattr("pipeline.datasets.write_datasets", no_engine)  # the datasets come from the cache too
    monkeypatch.setattr("pipeline.cli.write_outputs", no_engine)  # and so do the mention files
    monkeypatch.setattr("pipeline.cache.ResultCache.get", no_engine)  # no entry is even read
    loads = engines.LOAD_COUNT
    second = extract(corpus, tmp_path / "b", cache_dir=cache)
    assert (second.status, second.processed, second.cached) == (0, 0, 6)
    assert engines.LOAD_COUNT == loads
    assert _outputs(tmp_path / "b") == reference
    log = capsys.readouterr().err
    assert "read 6 article(s) (6 from the cache)" in log
    assert counts.findall(log) == first_counts  # the mention counts by type, kept with the files
    assert len(first_counts) == 1 and "CITY 0" not in first_counts[0]


def test_unreadable_cache_entry_is_processed_again(corpus, reference, tmp_path) -> None:
    """An unchanged corpus reads no entry, so an unreadable one does not matter while the
    corpus's files are kept; once they are gone, that article runs again and the others come
    from the cache. The outputs are those of a run without a cache every time."""
    from pipeline.cache import DATASETS_DIRNAME, ResultCache

    cache = tmp_path / "cache"
    extract(corpus, tmp_path / "a", cache_dir=cache)
    entries = ResultCache(cache)
    entries.path(read_corpus(corpus).articles[2]).write_text("{not json", encoding="utf-8")
    unchanged = extract(corpus, tmp_path / "b", cache_dir=cache)
    assert (unchanged.status, unchanged.processed, unchanged.cached) == (0, 0, 6)
    assert _outputs(tmp_path / "b") == reference
    shutil.rmtree(entries.root / DATASETS_DIRNAME)
    again = extract(corpus, tmp_path / "c", cache_dir=cache)
    assert (again.status, again.processed, again.cached) == (0, 1, 5)
    assert _outputs(tmp_path / "c") == reference


def test_cached_outputs_follow_an_article_encoding(corpus, tmp_path) -> None:
    """The same text saved in another encoding: its mentions come from the cache, but
    documents.csv (which names the encoding) is written anew."""
    articles = tmp_path / "corpus"
    shutil.copytree(corpus, articles)
    cache = tmp_path / "cache"
    extract(articles, tmp_path / "a", cache_dir=cache)
    path = articles / "extra_d.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    again = extract(articles, tmp_path / "b", cache_dir=cache)
    assert (again.processed, again.cached) == (0, 6)
    assert "extra_d,gb18030," in (tmp_path / "b" / "documents.csv").read_text(encoding="utf-8")
    assert "extra_d,gb18030," not in (tmp_path / "a" / "documents.csv").read_text(encoding="utf-8")
    assert (tmp_path / "b" / "mentions.csv").read_bytes() == (tmp_path / "a" / "mentions.csv").read_bytes()


def test_cache_entries_follow_articles_and_rules(corpus, tmp_path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    articles = tmp_path / "corpus"
    shutil.copytree(corpus, articles)
    cache = tmp_path / "cache"
    assert extract(articles, tmp_path / "a", str(rules), cache_dir=cache).processed == 6
    # A changed article: only that one is processed again.
    path = articles / "extra_d.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("8.2%", "9.1%"), encoding="utf-8")
    changed = extract(articles, tmp_path / "b", str(rules), cache_dir=cache)
    assert (changed.processed, changed.cached) == (1, 5)
    assert "9.1%" in (tmp_path / "b" / "mentions.csv").read_text(encoding="utf-8")
    assert "9.1" in (tmp_path / "b" / "metrics.csv").read_text(encoding="utf-8")
    # A changed rules file: every article is processed again, with the new rules.
    markers = rules / "taiwan_markers.txt"
    markers.write_text(markers.read_text(encoding="utf-8") + "# a note\n", encoding="utf-8")
    after = extract(articles, tmp_path / "c", str(rules), cache_dir=cache)
    assert (after.processed, after.cached) == (6, 0)
    assert _outputs(tmp_path / "c")["mentions.csv"] == (tmp_path / "b" / "mentions.csv").read_bytes()
    assert len([p for p in cache.iterdir() if p.is_dir()]) == 2


def test_cli_cache_default_and_options(corpus, tmp_path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["extract", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert main(["extract", "--corpus", str(corpus), "--out", str(out)]) == 0
    assert "read 6 article(s) (6 from the cache)" in capsys.readouterr().err
    assert (out / ".cache").is_dir()
    assert main(["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler", "tcp://x:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_lines_without_traditional_characters_skip_opencc() -> None:
    from pipeline.convert import _opencc_t2s, _t2s_triggers, to_simplified

    triggers = _t2s_triggers()
    assert {"臺", "國", "華", "銀", "麼"} <= triggers and not {"台", "国", "的", "市", "年"} & triggers
    texts = [text for text, _ in EXTRA.values()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    texts.append("一目瞭然的什麼\n简体一行\n覆盖与反覆\n沈阳市与沈默\n")
    opencc_every_line = _opencc_t2s()
    for text in texts:
        fast, every_line = to_simplified(text), to_simplified(text, convert=opencc_every_line)
        assert fast.simplified == every_line.simplified
        assert tuple(fast.starts) == tuple(every_line.starts) and tuple(fast.ends) == tuple(every_line.ends)


def test_rows_sort_like_mentions() -> None:
    from pipeline.cli import MENTION_ORDER

    mention = Mention("d", "CITY", 3, 6, "杭州市", "杭州市")
    assert MENTION_ORDER(mention.row()) == mention.sort_key


def test_processing_an_article_leaves_no_reference_cycles(extractor, corpus) -> None:
    """A processed Doc is freed by reference counting, not left to the cyclic collector: its
    Spans (kept in user_data) pointed back at it, and kept its 1,300 words an article alive."""
    import gc

    articles = read_corpus(corpus).articles
    extractor.process(articles[0])  # anything loaded lazily is loaded now
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for article in articles:
            assert extractor.process(article)
        gc.collect()
        cyclic = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert cyclic == []


def test_cache_key_follows_the_model_only_when_the_ner_mode_runs_it(tmp_path, monkeypatch) -> None:
    import json

    import pipeline.cache as cache

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    model = {"hash": "a"}
    monkeypatch.setattr(cache, "models_fingerprint", lambda: model["hash"])
    keys = {}
    for mode in ("rules", "model", "combined"):
        (rules / "pipeline.json").write_text(json.dumps({"ner": mode}), encoding="utf-8")
        before = cache.versions_key(str(rules))
        model["hash"] = "b"
        keys[mode] = (before, cache.versions_key(str(rules)))
        model["hash"] = "a"
    assert keys["rules"][0] == keys["rules"][1]  # the model is not read: its files do not count
    assert keys["model"][0] != keys["model"][1] and keys["combined"][0] != keys["combined"][1]
    assert len({k for pair in keys.values() for k in pair}) == 5  # the mode is part of the rules


# Run in a fresh process: the per-process caches of this test session may be filled already.
_FIRST_ARTICLE_PROBE = """
import builtins, io, json, sys
from pathlib import Path
from pipeline import convert
from pipeline.finders import dates, metrics
from pipeline.ingest import read_corpus
from pipeline.process import Extractor

extractor = Extractor.load()
articles = read_corpus(Path(sys.argv[1])).articles
loaders = [dates._grammar, dates._load_rules, metrics.load_rules, convert._opencc_t2s, convert._trigger_table]
misses = [f.cache_info().misses for f in loaders]
opened = []
real_open = io.open
def recording_open(file, *args, **kwargs):
    opened.append(str(file))
    return real_open(file, *args, **kwargs)
io.open = builtins.open = recording_open
for article in articles:
    extractor.process(article)
io.open = builtins.open = real_open
loaded_late = [f.__name__ for f, n in zip(loaders, misses) if f.cache_info().misses != n]
print(json.dumps({"opened": opened, "loaded_late": loaded_late, "articles": len(articles)}))
"""


def test_a_loaded_pipeline_reads_nothing_more_for_its_articles(corpus) -> None:
    """Rules, grammars and conversion tables are loaded with the pipeline, not on the first
    article: the helpers forked from a loaded pipeline then share them instead of each building
    its own. Processing articles (one traditional) opens no file and fills no loader's cache."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FIRST_ARTICLE_PROBE, str(corpus)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["articles"] == 6
    assert probe["opened"] == []
    assert probe["loaded_late"] == []
