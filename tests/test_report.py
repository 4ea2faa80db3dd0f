"""output/report.html: rendered in real headless Chromium, and its escaping checked in plain Python."""

from __future__ import annotations

import csv
import functools
import os
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.evaluate import TYPES, evaluate, read_gold, read_rows
from pipeline.report import place_date, run_report, write_report

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ENSURE_SCRIPT = ROOT / "scripts" / "ensure_chromium.sh"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
GOLD = ROOT / "corpus" / "gold"


class Dom(HTMLParser):
    """The parts of the report page the tests look at, from its (serialized) DOM."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str]] = []  # <mark class="m ..."> of the articles
        self.missed: list[dict[str, str]] = []  # <span class="missed"> of the articles
        self.scores: dict[tuple[str, str], str] = {}  # (type, "strict-f1") -> cell text
        self.svg_ids: list[str] = []
        self.groups: list[dict[str, str]] = []  # <g class="join"> and <g class="bar">
        self.texts: dict[str, str] = {}  # doc_id -> text content of its div.text
        self.scripts = 0
        self._doc = ""
        self._row = ""
        self._cell: tuple[str, str] | None = None
        self._parts: list[str] = []
        self._in_text = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "article" and "data-doc" in a:
            self._doc = a["data-doc"]
        elif tag == "mark" and "m" in classes:
            self.marks.append({**a, "doc": self._doc})
        elif tag == "span" and "missed" in classes and self._doc:
            self.missed.append({**a, "doc": self._doc})
        elif tag == "tr" and "data-type" in a:
            self._row = a["data-type"]
        elif tag == "td" and "data-score" in a:
            self._cell, self._parts = (self._row, a["data-score"]), []
        elif tag == "svg":
            self.svg_ids.append(a.get("id", ""))
        elif tag == "g" and classes & {"join", "bar"}:
            self.groups.append(a)
        elif tag == "script":
            self.scripts += 1
        elif tag == "div" and "text" in classes:
            self._in_text, self._parts = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.scores[self._cell] = "".join(self._parts).strip()
            self._cell = None
        elif tag == "div" and self._in_text:
            self.texts[self._doc] = "".join(self._parts)
            self._in_text = False
        elif tag == "article":
            self._doc = ""

    def handle_data(self, data: str) -> None:
        if self._cell is not None or self._in_text:
            self._parts.append(data)


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.cache
def _install_chromium() -> str:
    """Run scripts/ensure_chromium.sh, once per session; its exit status and output."""
    try:
        done = subprocess.run(
            ["bash", str(ENSURE_SCRIPT)], capture_output=True, text=True, encoding="utf-8", timeout=900,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"could not run {ENSURE_SCRIPT}: {exc}"
    return f"exit status {done.returncode}\n{done.stdout[-1500:]}{done.stderr[-1500:]}"


def _chromium() -> Path:
    """/usr/bin/chromium, installed by scripts/ensure_chromium.sh if missing; fails the test otherwise."""
    log = ""
    if not CHROMIUM.exists():
        log = _install_chromium()
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"the report test needs headless Chromium at {CHROMIUM}, and scripts/ensure_chromium.sh "
            f"could not install it (run it as root, or apt-get install chromium):\n{log}",
            pytrace=False,
        )
    return CHROMIUM


def _dump_dom(page: Path, profile: Path) -> str:
    """The page's DOM after loading (and running any script) in headless Chromium."""
    command = [str(_chromium()), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, f"chromium exited with {done.returncode}:\n{done.stderr[-2000:]}"
    assert "</html>" in done.stdout, f"chromium printed no DOM:\n{done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def rendered(seed_run, tmp_path_factory) -> tuple[Path, Dom]:
    """The report of the seed run, as Chromium sees it."""
    _, out = seed_run
    page = write_report(ROOT / "corpus", out, GOLD)
    assert page == out / "report.html"
    return out, Dom(_dump_dom(page, tmp_path_factory.mktemp("chromium-profile")))


def test_every_mention_is_highlighted_with_its_normalization(rendered) -> None:
    out, dom = rendered
    mentions = _read(out / "mentions.csv")
    assert mentions, "the seed run found no mentions"
    assert len(dom.marks) == len(mentions)
    assert {m["data-type"] for m in dom.marks} >= set(TYPES)
    marks = {(m["doc"], m["data-type"], m["data-start"], m["data-end"]): m for m in dom.marks}
    for row in mentions:
        mark = marks[(row["doc_id"], row["type"], row["start"], row["end"])]
        assert f"normalized: {row['normalized']}" in mark["title"]
        if row["type"] == "METRIC":
            assert f"qualifier: {row['qualifier']}" in mark["title"]
        if row["city"]:
            assert f"city: {row['city']}" in mark["title"]
    titles = [m["title"] for m in dom.marks]
    assert any("normalized: 2017-06-03" in t and "city: 武汉市" in t for t in titles)  # 6月3日, 武汉
    assert any("normalized: 蚂蚁金服" in t for t in titles)


def test_article_text_is_the_original(rendered) -> None:
    _, dom = rendered
    for article in sorted((ROOT / "corpus").glob("*.txt")):
        text = article.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        assert dom.texts[article.stem] == text  # labels are CSS, not text: nothing added, nothing lost


def test_errors_are_marked_as_evaluate_finds_them(rendered) -> None:
    out, dom = rendered
    _, errors = evaluate(read_gold(GOLD), read_rows(out / "mentions.csv"))
    spurious = [e for e in errors if e["error"] == "spurious"]
    missed = [e for e in errors if e["error"] == "missed"]
    assert sum("spurious" in m["class"].split() for m in dom.marks) == len(spurious)
    assert len(dom.missed) == len(missed)


def test_score_table_has_the_scores_of_evaluate(rendered) -> None:
    out, dom = rendered
    scores, _ = evaluate(read_gold(GOLD), read_rows(out / "mentions.csv"))
    for typ in (*TYPES, "ALL"):
        for match in ("strict", "overlap"):
            for key in ("p", "r", "f1"):
                cell = dom.scores[(typ, f"{match}-{key}")]
                assert float(cell) == scores[typ][match][key], (typ, match, key)


def test_both_charts_are_there(rendered) -> None:
    out, dom = rendered
    assert {"timeline-chart", "metrics-chart"} <= set(dom.svg_ids)
    cities = _read(out / "cities.csv")
    dated = {c["name"]: c["joined_date"] for c in cities if c["joined_date"] and place_date(c["joined_date"])}
    joins = {g["data-city"]: g for g in dom.groups if g["class"] == "join"}
    assert dated and set(joins) == set(dated)
    assert {n: g["data-date"] for n, g in joins.items()} == dated
    assert all(g["data-precision"] == place_date(g["data-date"]).precision for g in joins.values())
    bars = {g["data-city"]: int(g["data-count"]) for g in dom.groups if g["class"] == "bar"}
    metrics = _read(out / "metrics.csv")
    assert sum(bars.values()) == len(metrics)
    assert set(bars) == {m["city"] or "(no city)" for m in metrics}


def test_report_is_deterministic_and_self_contained(rendered) -> None:
    out, dom = rendered
    first = (out / "report.html").read_bytes()
    write_report(ROOT / "corpus", out, GOLD)
    assert (out / "report.html").read_bytes() == first
    page = first.decode("utf-8")
    assert dom.scripts == 0
    for external in (" src=", "<link", "@import", "url(", 'href="http', "<iframe", "<object"):
        assert external not in page, f"the report loads something from outside: {external!r}"


# ---------------------------------------------------------------- plain Python, no Chromium

EVIL = 'Title <script>alert("x&y")</script>\n杭州市与蚂蚁金服于2017年6月3日签约。'


def _tiny_run(tmp_path: Path) -> tuple[Path, Path, Path]:
    corpus, out, gold = tmp_path / "corpus", tmp_path / "out", tmp_path / "corpus" / "gold"
    gold.mkdir(parents=True)
    out.mkdir()
    (corpus / "evil.txt").write_text(EVIL, encoding="utf-8")
    city, org, date = EVIL.index("杭州市"), EVIL.index("蚂蚁金服"), EVIL.index("2017年")
    alert = EVIL.index("alert")
    head = "doc_id,type,start,end,text,normalized,value,unit,qualifier,city"
    (out / "mentions.csv").write_text(
        f"{head},subject,inferred\n"
        f"evil,CITY,{city},{city + 3},杭州市,杭州市,,,,,,\n"
        f'evil,ORG,{alert},{alert + 5},alert,"<b>alert</b>",,,,,,\n'
        f"evil,DATE,{date},{date + 9},2017年6月3日,2017-06-03,,,,杭州市,,\n",
        encoding="utf-8",
    )
    (gold / "evil.csv").write_text(
        f"{head}\nevil,CITY,{city},{city + 3},杭州市,杭州市,,,,\n"
        f"evil,ORG,{org},{org + 4},蚂蚁金服,蚂蚁金服,,,,\n"
        f"evil,DATE,{date},{date + 9},2017年6月3日,2017-06-03,,,,杭州市\n",
        encoding="utf-8",
    )
    (out / "cities.csv").write_text(
        "name,province,adcode,joined,joined_date,join_order,partners,sectors,n_mentions,n_metrics,sources\n"
        "杭州市,浙江省,330100,1,2017-XX-28,,,,1,0,evil\n<i>x</i>,,,1,2017-06,,,,0,0,evil\n",
        encoding="utf-8",
    )
    (out / "metrics.csv").write_text(
        "metric_id,city,subject,value,unit,qualifier,as_of,text,doc_id,start,end,sentence,n_sources,sources\n"
        "1,<i>x</i>,,3,%,over,,超过3%,evil,0,1,s,1,evil:0-1\n",
        encoding="utf-8",
    )
    return corpus, out, gold


def test_report_escapes_text_and_marks_errors(tmp_path) -> None:
    corpus, out, gold = _tiny_run(tmp_path)
    page_path = write_report(corpus, out, gold)
    page = page_path.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert 'Title &lt;script&gt;<mark class="m m-ORG spurious"' in page
    assert '("x&amp;y")&lt;/script&gt;' in page
    assert "<i>" not in page and "<b>" not in page
    dom = Dom(page)
    assert dom.scripts == 0
    assert dom.texts["evil"] == EVIL
    assert len(dom.marks) == 3
    spurious = [m for m in dom.marks if "spurious" in m["class"].split()]
    assert [m["data-type"] for m in spurious] == ["ORG"]
    assert "normalized: <b>alert</b>" in spurious[0]["title"]
    assert [(m["data-type"], m["title"].splitlines()[0]) for m in dom.missed] == [
        ("ORG", f"MISSED gold ORG [{EVIL.index('蚂蚁金服')}:{EVIL.index('蚂蚁金服') + 4}] 蚂蚁金服")
    ]
    assert dom.scores[("ORG", "strict-f1")] == "0.0000"
    assert dom.scores[("CITY", "strict-f1")] == "1.0000"
    joins = {g["data-city"]: g["data-precision"] for g in dom.groups if g["class"] == "join"}
    assert joins == {"杭州市": "year", "<i>x</i>": "month"}
    write_report(corpus, out, gold)
    assert page_path.read_text(encoding="utf-8") == page


def test_report_without_gold_has_no_scores(tmp_path) -> None:
    corpus, out, _ = _tiny_run(tmp_path)
    dom = Dom(write_report(corpus, out, None).read_text(encoding="utf-8"))
    assert not dom.scores and not dom.missed
    assert not any("spurious" in m["class"] for m in dom.marks)


def test_run_report_needs_mentions(tmp_path, capsys) -> None:
    assert run_report(ROOT / "corpus", tmp_path, GOLD) == 2
    assert "run extract first" in capsys.readouterr().err
    assert not (tmp_path / "report.html").exists()


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2017-06-03", "2017-06-03", "2017-06-04", "day"),
        ("2017-06", "2017-06-01", "2017-07-01", "month"),
        ("2017-12-XX", "2017-12-01", "2018-01-01", "month"),
        ("2017-XX-28", "2017-01-01", "2018-01-01", "year"),
        ("2017", "2017-01-01", "2018-01-01", "year"),
        ("2017-Q3", "2017-07-01", "2017-10-01", "quarter"),
        ("2017-W30", "2017-07-24", "2017-07-31", "week"),
        ("2017-WXX", "2017-01-01", "2018-01-01", "year"),
    ],
)
def test_place_date(value: str, start: str, end: str, precision: str) -> None:
    placed = place_date(value)
    assert placed is not None
    assert (placed.start.isoformat(), placed.end.isoformat(), placed.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["", "XXXX-06", "2017-13", "2017-02-30", "今年"])
def test_place_date_rejects(value: str) -> None:
    assert place_date(value) is None


def test_missing_chromium_fails_with_a_clear_message(tmp_path, monkeypatch) -> None:
    import tests.test_report as module

    script = tmp_path / "ensure.sh"
    script.write_text("echo 'ensure_chromium: cannot install here' >&2\nexit 1\n", encoding="utf-8")
    monkeypatch.setattr(module, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(module, "ENSURE_SCRIPT", script)
    module._install_chromium.cache_clear()
    try:
        with pytest.raises(pytest.fail.Exception, match="needs headless Chromium") as failed:
            module._chromium()
    finally:
        module._install_chromium.cache_clear()
    assert "cannot install here" in str(failed.value)
