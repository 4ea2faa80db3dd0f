"""End to end through the command line: bad files, encodings, determinism."""

from __future__ import annotations

import csv
import shutil

from pipeline.cli import main, run_extract

from .conftest import ROOT

GBK_TEXT = "2019年3月5日，深圳市地铁集团与招商银行签署合作协议，全市超过300万名乘客可以扫码乘车。"
BIG5_TEXT = "臺北市政府與國泰世華銀行合作，去年約有120萬人次使用手機支付停車費。"
UTF16_TEXT = "广州地铁宣布，今年6月起广州全线网支持银联闪付，日均客流近900万人次。"


def _make_corpus(folder) -> None:
    folder.mkdir()
    (folder / "gbk_article.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (folder / "big5_article.txt").write_bytes(BIG5_TEXT.encode("big5"))
    (folder / "utf16_article.txt").write_bytes(UTF16_TEXT.encode("utf-16"))
    (folder / "empty_article.txt").write_bytes(b"")
    (folder / "binary_article.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "manifest.csv").write_text(
        "doc_id,published,source,title\ngbk_article,2019-03-06,,\nbig5_article,2020,,\n"
        "utf16_article,2021-08-01,,\nbroken,20-1,,\n",
        encoding="utf-8",
    )


def _read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_mixed_corpus_keeps_good_articles_and_reports_bad_ones(tmp_path, capsys) -> None:
    corpus = tmp_path / "corpus"
    _make_corpus(corpus)
    out = tmp_path / "out"
    status = main(["extract", "--corpus", str(corpus), "--out", str(out)])
    assert status == 1
    err = capsys.readouterr().err
    assert "empty_article.txt: empty file" in err
    assert "binary_article.txt: binary" in err
    assert "manifest.csv row 5" in err
    rows = _read(out / "mentions.csv")
    docs = {r["doc_id"] for r in rows}
    assert docs == {"gbk_article", "big5_article", "utf16_article"}
    texts = {"gbk_article": GBK_TEXT, "big5_article": BIG5_TEXT, "utf16_article": UTF16_TEXT}
    for r in rows:
        assert texts[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"]
    found = {(r["doc_id"], r["type"], r["text"]) for r in rows}
    assert ("gbk_article", "CITY", "深圳市") in found or ("gbk_article", "ORG", "深圳市地铁集团") in found
    assert ("big5_article", "ORG", "國泰世華銀行") in found
    assert ("utf16_article", "DATE", "今年6月") in found
    encodings = {r["doc_id"]: r["encoding"] for r in _read(out / "documents.csv")}
    assert encodings == {"big5_article": "big5", "gbk_article": "gb18030", "utf16_article": "utf-16"}
    assert len(_read(out / "errors.csv")) == 3


def test_two_runs_give_byte_identical_outputs(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert run_extract(corpus, out) == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) >= {"mentions.csv", "mentions.json", "documents.csv", "errors.csv"}


def test_seed_run_rows_follow_the_spec(seed_run) -> None:
    status, out = seed_run
    assert status == 0
    with (out / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:10] == ["doc_id", "type", "start", "end", "text", "normalized", "value", "unit",
                           "qualifier", "city"]
    rows = _read(out / "mentions.csv")
    keys = [(r["doc_id"], int(r["start"])) for r in rows]
    assert keys == sorted(keys)
    originals = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "corpus").glob("*.txt")}
    for r in rows:
        assert originals[r["doc_id"]][int(r["start"]):int(r["end"])] == r["text"]
        assert r["text"] == r["text"].strip()
        if r["type"] != "METRIC":
            assert r["value"] == r["unit"] == r["qualifier"] == ""


def test_help_lists_commands(capsys) -> None:
    try:
        main(["--help"])
    except SystemExit as exc:
        assert exc.code == 0
    assert "extract" in capsys.readouterr().out


def test_python_dash_m_exit_status_and_complete_outputs(tmp_path) -> None:
    """`python -m pipeline` ends without Python's teardown: the status and every file still hold."""
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    _make_corpus(corpus)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--out", str(out),
           "--no-cache", "--workers", "2"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the bad files
    assert "wrote" in done.stderr.splitlines()[-1] and "3 error(s)" in done.stderr
    docs = {r["doc_id"] for r in _read(out / "mentions.csv")}
    assert docs == {"gbk_article", "big5_article", "utf16_article"}
    assert len(_read(out / "errors.csv")) == 3
    assert (out / "cities.csv").exists() and (out / "datasets.sqlite").exists()
    good = tmp_path / "good"
    shutil.copytree(ROOT / "corpus", good)
    done = subprocess.run([*cmd[:4], "--corpus", str(good), "--out", str(tmp_path / "out2"), "--no-cache"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out2" / "mentions.csv").read_bytes() == _outputs_of_seed(tmp_path)


def _outputs_of_seed(tmp_path) -> bytes:
    out = tmp_path / "in_process"
    assert run_extract(ROOT / "corpus", out) == 0
    return (out / "mentions.csv").read_bytes()


def test_a_run_times_its_phases(tmp_path, capsys) -> None:
    """extract() reports the seconds of each phase; --timings logs them; a cached rerun has no
    pipeline phases."""
    from pipeline.bench import read_log
    from pipeline.cli import PHASES, extract

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    out = tmp_path / "out"
    first = extract(corpus, out, cache_dir=tmp_path / "cache")
    assert tuple(first.timings) == PHASES
    assert all(seconds >= 0 for seconds in first.timings.values())
    assert first.timings["first results"] > 0  # loading the pipeline at least
    capsys.readouterr()
    assert main(["extract", "--corpus", str(corpus), "--out", str(out), "--cache", str(tmp_path / "cache"),
                 "--timings"]) == 0
    summary, phases = read_log(capsys.readouterr().err.strip().splitlines())
    assert summary.startswith("read 2 article(s) (2 from the cache)")
    assert tuple(phases) == ("read", "outputs")  # every article came from the cache
