"""Reconciled datasets: fact-level check on the seed gold, merging, conflicts, determinism, SQLite."""

from __future__ import annotations

import csv
import gc
import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.convert import to_simplified
from pipeline.database import INDEXES, SCHEMA, schema_sql, write_database
from pipeline.datasets import DATABASE, build_tables, mentions_frame, write_datasets
from pipeline.ingest import read_corpus
from pipeline.reconcile import (
    CLAUSE_END,
    SENTENCE_END,
    TABLE_COLUMNS,
    TABLES,
    Rules,
    _spans,
    best_date,
    build_doc,
    chinese_int,
    clean_rows,
    dates_compatible,
    gc_paused,
    group_orgs,
    reconcile,
    reconcile_rows,
    table_frame,
    values_disagree,
)

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
FACTS = json.loads((ROOT / "corpus" / "facts" / "seed_facts.json").read_text(encoding="utf-8"))


def gold_rows() -> list[dict]:
    """The gold mentions of the seed corpus, shaped like the pipeline's mention rows."""
    rows: list[dict] = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend({**r, "subject": "", "inferred": ""} for r in csv.DictReader(fh))
    return rows


def seed_texts() -> dict[str, str]:
    return {a.doc_id: a.text for a in read_corpus(ROOT / "corpus").articles}


def mention(
    doc_id: str, text: str, kind: str, surface: str, normalized: str = "", nth: int = 0, **fields: str
) -> dict:
    """A mention row for a made-up article, its offsets found in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    row = {"doc_id": doc_id, "type": kind, "start": start, "end": start + len(surface), "text": surface,
           "normalized": normalized or surface, "value": "", "unit": "", "qualifier": "", "city": "",
           "subject": "", "inferred": ""}
    row.update(fields)
    return row


def metric(doc_id: str, text: str, surface: str, value: str, unit: str, qualifier: str, city: str,
           subject: str = "") -> dict:
    return mention(doc_id, text, "METRIC", surface, value, value=value, unit=unit, qualifier=qualifier,
                   city=city, subject=subject)


@pytest.fixture(scope="module")
def seed_tables() -> dict[str, pd.DataFrame]:
    return build_tables(gold_rows(), seed_texts(), RULES)


def _org_row(tables: dict[str, pd.DataFrame], form: str) -> str:
    """Name of the organization row whose aliases hold `form`."""
    orgs = tables["organizations"]
    names = [n for n, a in zip(orgs["name"], orgs["aliases"], strict=True) if form in a.split("|")]
    assert len(names) == 1, f"{form}: in {names}"
    return names[0]


# --------------------------------------------------------------------------- fact level (seed gold)


def test_tables_have_stable_columns(seed_tables):
    for name in TABLES:
        assert tuple(seed_tables[name].columns) == TABLE_COLUMNS[name]


@pytest.mark.parametrize("fact", FACTS["cities"], ids=lambda f: f["name"])
def test_city_facts(seed_tables, fact):
    cities = seed_tables["cities"].set_index("name")
    assert fact["name"] in cities.index
    row = cities.loc[fact["name"]]
    assert bool(row["joined"]) == fact["joined"]
    assert row["join_order"] == fact["join_order"]
    assert (row["joined_date"] or None) == fact["joined_date"]
    assert row["province"], "province from rules/cities.csv"


def test_only_real_cities(seed_tables):
    names = set(seed_tables["cities"]["name"])
    assert names == {c["name"] for c in FACTS["cities"]}
    assert not names & set(FACTS["not_cities"])


@pytest.mark.parametrize(
    "group",
    # Groups marked needs_gazetteer are true facts that only a rules/orgs.csv alias
    # could give (a known gap, listed in the facts file); they are not asserted.
    [g["forms"] for g in FACTS["org_alias_groups"] if not g["needs_gazetteer"]],
    ids=lambda forms: forms[0],
)
def test_org_alias_groups(seed_tables, group):
    assert {_org_row(seed_tables, form) for form in group} == {_org_row(seed_tables, group[0])}


@pytest.mark.parametrize("pair", FACTS["org_distinct"], ids=lambda p: "/".join(p))
def test_orgs_kept_apart(seed_tables, pair):
    assert _org_row(seed_tables, pair[0]) != _org_row(seed_tables, pair[1])


def test_partners_and_sectors(seed_tables):
    cities = seed_tables["cities"].set_index("name")
    for city, orgs in FACTS["partners"].items():
        partners = set(cities.loc[city, "partners"].split("|"))
        assert {_org_row(seed_tables, o) for o in orgs} <= partners, city
    for city, sectors in FACTS["sectors"].items():
        assert set(sectors) <= set(cities.loc[city, "sectors"].split("|")), city


def test_event_facts(seed_tables):
    events = seed_tables["events"]
    for fact in FACTS["events"]:
        rows = events[(events["kind"] == fact["kind"]) & (events["city"] == fact["city"])]
        if "subject" in fact:
            rows = rows[rows["subject"] == _org_row(seed_tables, fact["subject"])]
        assert set(rows["date"]) - {""} == set(fact["dates"]), fact


def test_conflict_facts(seed_tables):
    conflicts = seed_tables["conflicts"]
    for fact in FACTS["conflicts"]:
        kind, subject, city = fact["about"]
        topic = f"{kind} {_org_row(seed_tables, subject)} @ {city}"
        rows = conflicts[(conflicts["kind"] == fact["kind"]) & (conflicts["topic"] == topic)]
        assert sorted(set(rows["value"])) == sorted(fact["values"])
        assert rows["conflict_id"].nunique() == 1
        assert all(rows["start"] < rows["end"])
    assert set(conflicts["kind"]) == {f["kind"] for f in FACTS["conflicts"]}


def test_shared_metrics_are_one_row(seed_tables):
    metrics = seed_tables["metrics"]
    for fact in FACTS["shared_metrics"]:
        rows = metrics[
            (metrics["city"] == fact["city"]) & (metrics["value"] == fact["value"])
            & (metrics["unit"] == fact["unit"]) & (metrics["qualifier"] == fact["qualifier"])
        ]
        assert len(rows) == 1, fact
        sources = rows.iloc[0]["sources"].split("|")
        assert [s.split(":")[0] for s in sources] == fact["docs"]
        assert rows.iloc[0]["n_sources"] == len(fact["docs"])
    gold_metrics = sum(r["type"] == "METRIC" for r in gold_rows())
    assert metrics["n_sources"].sum() == gold_metrics


# --------------------------------------------------------------------------- a third article


THIRD_ID = "999_made_up"
THIRD_TEXT = (
    "贵阳\n\n蚂蚁金服数据显示，截至2017年5月，贵阳市消费者已获得消费信贷69.21亿元，居民生活更加便利。\n"
)


def third_rows() -> list[dict]:
    t = THIRD_TEXT
    return [
        mention(THIRD_ID, t, "CITY", "贵阳", "贵阳市"),
        mention(THIRD_ID, t, "ORG", "蚂蚁金服"),
        mention(THIRD_ID, t, "DATE", "2017年5月", "2017-05", city="贵阳市"),
        mention(THIRD_ID, t, "CITY", "贵阳市"),
        metric(THIRD_ID, t, "69.21亿元", "6921000000", "元", "exact", "贵阳市"),
    ]


def test_third_article_merges_into_seed_metric(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus, ignore=shutil.ignore_patterns("gold", "facts"))
    (corpus / f"{THIRD_ID}.txt").write_text(THIRD_TEXT, encoding="utf-8")
    texts = {a.doc_id: a.text for a in read_corpus(corpus).articles}
    out = tmp_path / "out"
    write_datasets(gold_rows() + third_rows(), texts, out, RULES)
    with (out / "metrics.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["city"] == "贵阳市" and r["value"] == "6921000000"]
    assert len(rows) == 1
    assert rows[0]["n_sources"] == "2"
    assert rows[0]["as_of"] == "2017-05"
    third = next(r for r in third_rows() if r["type"] == "METRIC")
    assert rows[0]["sources"] == f"000_cf67b6af626fad66:2628-2635|{THIRD_ID}:{third['start']}-{third['end']}"
    with (out / "cities.csv").open(encoding="utf-8", newline="") as fh:
        guiyang = next(r for r in csv.DictReader(fh) if r["name"] == "贵阳市")
    assert THIRD_ID in guiyang["sources"].split("|")


# --------------------------------------------------------------------------- conflicts on made-up articles


A_TEXT = "南京\n\n截至2017年6月，南京市共有3万家商户接入移动支付。南京成为全国第八个无现金城市。\n"
B_TEXT = "南京\n\n截至2017年6月，南京市接入移动支付的商户已达5万家。6月1日，南京成为全国第九个无现金城市。\n"


def conflict_rows(b_text: str, b_surface: str, b_value: str, b_qualifier: str) -> list[dict]:
    """Mention rows of two made-up articles on 南京 that give a figure and an order each."""
    rows = []
    for doc, text in (("a", A_TEXT), ("b", b_text)):
        rows += [
            mention(doc, text, "CITY", "南京", "南京市"),
            mention(doc, text, "DATE", "2017年6月", "2017-06", city="南京市"),
            mention(doc, text, "CITY", "南京市"),
            mention(doc, text, "CITY", "南京", "南京市", nth=2),
        ]
    rows.append(metric("a", A_TEXT, "3万家", "30000", "家", "exact", "南京市", subject="商户"))
    rows.append(metric("b", b_text, b_surface, b_value, "家", b_qualifier, "南京市", subject="商户"))
    rows.append(mention("b", b_text, "DATE", "6月1日", "2017-06-01", city="南京市"))
    return rows


def test_metric_and_order_conflicts():
    tables = build_tables(conflict_rows(B_TEXT, "5万家", "50000", "exact"), {"a": A_TEXT, "b": B_TEXT}, RULES)
    conflicts = tables["conflicts"]
    values = conflicts[conflicts["kind"] == "metric_value"]
    assert sorted(values["value"]) == ["30000", "50000"]
    assert sorted(values["doc_id"]) == ["a", "b"]
    assert set(values["topic"]) == {"南京市 商户 家"}
    orders = conflicts[conflicts["kind"] == "city_order"]
    assert sorted(orders["value"]) == ["8", "9"]
    assert all(orders["text"].str.startswith("第"))
    nanjing = tables["cities"].set_index("name").loc["南京市"]
    assert nanjing["joined_date"] == "2017-06-01"
    assert len(tables["metrics"]) == 2


def test_compatible_figures_are_no_conflict():
    text = B_TEXT.replace("5万家", "近3万家")
    tables = build_tables(conflict_rows(text, "近3万家", "30000", "approx"), {"a": A_TEXT, "b": text}, RULES)
    assert "metric_value" not in set(tables["conflicts"]["kind"])
    merged = tables["metrics"][tables["metrics"]["subject"] == "商户"]
    assert len(merged) == 2  # exact 3万 and approx 3万 are two facts that agree


def test_subjects_compare_in_mainland_words():
    a_text, b_text = "台北有超过98%的出租车支持移动支付。", "臺北有超過98%的計程車支持行動支付。"
    rows = [
        metric("a", a_text, "超过98%", "98", "%", "over", "台北", subject="出租车"),
        metric("b", b_text, "超過98%", "98", "%", "over", "台北", subject="计程车"),
    ]
    metrics = build_tables(rows, {"a": a_text, "b": b_text}, RULES)["metrics"]
    assert list(metrics["n_sources"]) == [2]


def test_figures_of_one_sentence_do_not_conflict():
    text = "按照协定，武汉全市8000台公车将实现刷码乘车，其中主城区的5000台公车将在6月底前完成。"
    rows = [
        metric("w", text, "8000台", "8000", "台", "exact", "武汉市", subject="公车"),
        metric("w", text, "5000台", "5000", "台", "exact", "武汉市", subject="公车"),
    ]
    tables = build_tables(rows, {"w": text}, RULES)
    assert tables["conflicts"].empty
    assert tables["events"].empty  # 按照协定 refers to an agreement, it is no signing


def test_regional_first_is_no_order():
    text = "天津\n\n天津市成为北方首个无现金城市，也是全国第五个。\n"
    rows = [mention("x", text, "CITY", "天津"), mention("x", text, "CITY", "天津市")]
    rows[0]["normalized"] = "天津市"
    cities = build_tables(rows, {"x": text}, RULES)["cities"].set_index("name")
    assert cities.loc["天津市", "join_order"] is None
    assert cities.loc["天津市", "joined"] == 1


# --------------------------------------------------------------------------- output files


def _write_seed(out: Path) -> None:
    write_datasets(gold_rows(), seed_texts(), out, RULES)


def test_deterministic_bytes(tmp_path):
    _write_seed(tmp_path / "one")
    _write_seed(tmp_path / "two")
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(
        [f"{t}.csv" for t in TABLES] + [f"{t}.json" for t in TABLES] + [DATABASE]
    )
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_sqlite_matches_csv(tmp_path):
    _write_seed(tmp_path)
    connection = sqlite3.connect(tmp_path / DATABASE)
    try:
        for table in TABLES:
            with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
                csv_rows = list(csv.DictReader(fh))
            assert connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == len(csv_rows), table
        assert connection.execute("SELECT count(*) FROM mentions").fetchone()[0] == len(gold_rows())
        n_sources = connection.execute("SELECT sum(n_sources) FROM metrics").fetchone()[0]
        assert connection.execute("SELECT count(*) FROM metric_sources").fetchone()[0] == n_sources
        joined = connection.execute(
            "SELECT name FROM cities WHERE join_order IS NOT NULL ORDER BY join_order"
        ).fetchall()
        assert [r[0] for r in joined] == ["武汉市", "福州市", "青岛市", "常州市"]
        # every index of the schema, built after the rows: the file's schema is schema_sql()'s
        indexes = "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        made = {row[0] for row in connection.execute(indexes)}
        assert made == set(INDEXES)
        plan = connection.execute("EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE doc_id = 'a'").fetchall()
        assert "mentions_doc" in str(plan)
    finally:
        connection.close()
    json_rows = json.loads((tmp_path / "cities.json").read_text(encoding="utf-8"))
    assert list(json_rows[0]) == list(TABLE_COLUMNS["cities"])


def test_schema_is_documented():
    doc = (ROOT / "docs" / "DATASETS.md").read_text(encoding="utf-8")
    assert schema_sql().strip() in doc
    for table, columns in SCHEMA.items():
        for column, _ in columns:
            assert f"`{column}`" in doc, f"{table}.{column}"


def test_missing_gazetteers_fall_back(tmp_path):
    shutil.copy(RULES / "events.csv", tmp_path / "events.csv")
    tables = build_tables(gold_rows(), seed_texts(), tmp_path)
    cities = tables["cities"].set_index("name")
    assert set(cities["province"]) == {""}
    assert cities.loc["青岛市", "join_order"] == 6
    assert _org_row(tables, "中國螞蟻金服") == _org_row(tables, "蚂蚁金服")


# --------------------------------------------------------------------------- helpers


def test_date_helpers():
    assert dates_compatible("2017-06", "2017-06-03")
    assert dates_compatible("2017-XX-28", "2017-07-28")
    assert not dates_compatible("2017-06", "2017-04-18")
    assert not dates_compatible("2017-XX-15", "2017-06-03")
    assert best_date(["2017-06", "2017-06-03", "2017-XX-01"]) == "2017-06-03"
    assert best_date(["2017-XX-15", "2017-06-03"]) == "2017-06-03"
    assert best_date(["2017-XX-28"]) == "2017-XX-28"
    assert best_date([]) == ""


def test_number_helpers():
    assert chinese_int("二") == 2 and chinese_int("6") == 6 and chinese_int("十二") == 12
    assert chinese_int("二十三") == 23 and chinese_int("７") == 7
    assert not values_disagree(95, "over", 98, "exact")
    assert values_disagree(95, "exact", 98, "exact")
    assert not values_disagree(100, "approx", 95, "exact")
    assert values_disagree(100, "under", 120, "over")


def test_org_grouping_rules():
    rules = Rules(places=("中国", "常州", "武汉市", "武汉"))
    forms = Counter(["中国蚂蚁金服", "蚂蚁金服", "蚂蚁金服", "蚂蚁金融服务集团", "武汉市政府", "市政府",
                     "中国银行", "中国人民银行", "新华都广场股份有限公司", "新华都广场"])
    canonical, kinds = group_orgs(forms, rules)
    assert canonical["中国蚂蚁金服"] == canonical["蚂蚁金融服务集团"] == "蚂蚁金服"
    assert canonical["新华都广场股份有限公司"] == canonical["新华都广场"]
    assert canonical["武汉市政府"] != canonical["市政府"]
    assert canonical["中国银行"] != canonical["中国人民银行"]
    assert kinds["蚂蚁金服"] == "company"


def test_a_brand_in_any_case_groups_with_its_gazetteer_name():
    from pipeline.reconcile import load_rules

    canonical, kinds = group_orgs(Counter(["visa", "VISA", "Visa", "维萨"]), load_rules(RULES))
    assert {canonical[f] for f in ("visa", "VISA", "Visa", "维萨")} == {"Visa"}
    assert kinds["Visa"] == "company"


def test_place_before_a_name_falls_back_to_a_shorter_place():
    # 北京市 is the longest place in front, but 民卡公司 is no known name; 北京 + 市民卡公司 is.
    rules = Rules(places=("北京市", "北京"))
    canonical, _ = group_orgs(Counter(["北京市民卡公司", "市民卡公司", "市民卡公司"]), rules)
    assert canonical["北京市民卡公司"] == "市民卡公司"


# --------------------------------------------------------------------------- fast paths (same results)


def _spans_by_character(text: str, ends: frozenset[str]) -> list[tuple[int, int]]:
    """The plain character loop _spans replaces with a regex search, kept as its specification."""
    spans, a = [], 0
    for i, ch in enumerate(text):
        if ch in ends:
            if ch in ",:" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                continue
            spans.append((a, i + 1))
            a = i + 1
    spans.append((a, len(text)))
    out = []
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] in ends):
            a += 1
        while b > a and (text[b - 1].isspace() or (text[b - 1] in ends and text[b - 1] in "\n")):
            b -= 1
        if a < b:
            out.append((a, b))
    return out


@pytest.mark.parametrize("text", [
    "", "。", "\n\n", "杭州\n\n蚂蚁金服。今天，1,000元；10:30开始!?", "截至5月:共3,5个,a,b: c",
    "  首句。。 次句！\n末句", "1,2,3", ",1,", "a\u3000b。\u3000c", "全角：１，０００；半角;end;",
])
def test_spans_match_the_character_loop(text):
    for ends in (SENTENCE_END, CLAUSE_END):
        assert _spans(text, ends) == _spans_by_character(text, ends)


def test_simplified_article_maps_offsets_one_to_one():
    text = "杭州\n\n杭州成为全国首个无现金城市。蚂蚁金服宣布，6月3日起全面上线！"
    traditional = "杭州\n\n杭州成為全國首個無現金城市。螞蟻金服宣佈，6月3日起全面上線！"
    for article, one_to_one in ((text, True), (traditional, False)):
        doc = build_doc("x", article, [])
        assert len(doc.sentences) == 3
        # no conversion when none is needed
        assert (doc.sentences[1].simp is doc.sentences[1].text) == one_to_one
        for s in doc.sentences:
            conv = to_simplified(s.text)
            assert s.simp == conv.simplified
            assert list(s.starts) == list(conv.starts) and list(s.ends) == list(conv.ends)
            assert s.clauses == _spans(conv.simplified, CLAUSE_END)


def test_rows_are_cleaned_like_a_frame():
    rows = [
        {"doc_id": " d ", "type": "CITY", "start": "3", "end": 5.0, "text": "杭州", "normalized": "杭州市",
         "value": None, "unit": float("nan"), "city": pd.NA},  # no qualifier, subject, inferred
        {"doc_id": "d", "type": "PER", "start": 0, "end": 2, "text": "马云", "normalized": "马云"},
        {"doc_id": "d", "type": "ORG", "start": 0, "end": 2, "text": "阿里", "normalized": "", "value": 7},
    ]
    cleaned = clean_rows(rows)
    assert [(r.idx, r.type, r.start, r.end) for r in cleaned] == [(0, "ORG", 0, 2), (1, "CITY", 3, 5)]
    city = cleaned[1]
    assert (city.doc_id, city.value, city.unit, city.city, city.qualifier) == ("d", "", "", "", "")
    assert cleaned[0].value == "7"
    text = {"d": "阿里在杭州。"}
    frame_tables = reconcile(mentions_frame(rows), text, RULES)
    row_tables = reconcile_rows(rows, text, RULES)
    for name in TABLES:
        assert frame_tables[name].equals(table_frame(row_tables[name], name)), name
        assert all(list(r) == list(TABLE_COLUMNS[name]) for r in row_tables[name])


_CELL_TEXT = st.text(alphabet=" \t\n杭州市aB1", max_size=4)
_USUAL_ROW = st.fixed_dictionaries({
    "doc_id": st.sampled_from(["a", "b", " a", "b\n"]),
    "type": st.sampled_from(["CITY", "ORG", "DATE", "METRIC", " DATE", "PER", ""]),
    "start": st.integers(0, 30),
    "end": st.integers(0, 30),
    **{c: _CELL_TEXT for c in ("text", "normalized", "value", "unit", "qualifier", "city", "subject",
                               "inferred")},
})


@settings(max_examples=200, deadline=None)
@given(st.lists(_USUAL_ROW, max_size=12))
def test_usual_rows_are_cleaned_as_any_rows(rows: list[dict]) -> None:
    """Rows as the pipeline makes them (every column, str text, int offsets) take the row-by-row
    path; it gives what cleaning column by column gives."""
    from pipeline.reconcile import _clean_any_rows, _clean_usual_rows

    usual = _clean_usual_rows(rows)
    assert usual is not None
    assert usual == _clean_any_rows(rows)


@pytest.mark.parametrize("unusual", [
    {"start": 3.0}, {"end": "5"}, {"text": None}, {"unit": float("nan")}, {"city": pd.NA}, {"value": 7},
    {"start": True}, {"end": 2**60},
])
def test_unusual_rows_are_cleaned_column_by_column(unusual: dict) -> None:
    from pipeline.reconcile import _clean_usual_rows

    row = {**mention("d", "杭州", "CITY", "杭州"), **unusual}
    assert _clean_usual_rows([row]) is None
    assert len(clean_rows([row])) == 1


def test_database_from_frames_or_rows_is_the_same_file(tmp_path):
    rows = reconcile_rows(gold_rows(), seed_texts(), RULES)
    frames = {name: table_frame(records, name) for name, records in rows.items()}
    write_database(tmp_path / "rows.sqlite", rows, gold_rows())
    write_database(tmp_path / "frames.sqlite", frames, mentions_frame(gold_rows()))
    assert (tmp_path / "rows.sqlite").read_bytes() == (tmp_path / "frames.sqlite").read_bytes()


def test_gc_paused_restores_the_collector():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


# ---- METRIC clusters: indexed by subject, the same choice as a scan of every cluster -------------

_SUBJECTS = ["", "计程车", "計程車", "出租车", "用户", "交易额"]  # the first three share a subject key
_AS_OF = ["", "2017", "2017-06", "2017-06-03", "2018", "2017-W23", "2017-Q2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_AS_OF)), max_size=30))
def test_metric_clusters_choose_as_a_full_scan(figures: list[tuple[str, str]]) -> None:
    """Each figure joins the first cluster (in order made) whose subject agrees (either unknown,
    or the same subject_key) and whose as-of date is compatible, else makes a new one."""
    from pipeline.reconcile import _KeyClusters, subject_key

    def agree(a: str, b: str) -> bool:
        return not a or not b or subject_key(a) == subject_key(b)

    scanned: list[dict] = []
    indexed: list[dict] = []
    group = _KeyClusters()
    for subject, as_of in figures:
        first = next((c for c in scanned if agree(c["subject"], subject)
                      and dates_compatible(c["as_of"], as_of)), None)
        if first is None:
            first = {"subject": "", "as_of": "", "n": len(scanned)}
            scanned.append(first)
        first["subject"] = first["subject"] or subject
        found = group.first_match(subject, as_of)
        if found is None:
            found = {"subject": "", "as_of": "", "n": len(indexed)}
            indexed.append(found)
            group.add(found)
        if not found["subject"] and subject:
            group.name(found, subject)
        assert found["n"] == first["n"]
        for c in (first, found):  # the date is made more precise as figures join
            if len(as_of) > len(c["as_of"]):
                c["as_of"] = as_of


def test_tables_are_the_same_when_a_forked_copy_prepares():
    """reconcile_rows(beside=True) (a parallel run) gives the tables of the one-process path."""
    from pipeline.reconcile import reconcile_rows

    rows = gold_rows()
    texts = seed_texts()
    inline = reconcile_rows(rows, texts, RULES)
    assert any(r["subject"] for r in inline["metrics"]) or inline["organizations"]
    assert reconcile_rows(rows, texts, RULES, beside=True) == inline


def test_prepare_groups_organizations_and_keys_subjects():
    from pipeline.reconcile import clean_rows, load_rules, prepare

    rows = clean_rows([
        mention("d", "中国蚂蚁金服与蚂蚁金服", "ORG", "中国蚂蚁金服"),
        mention("d", "中国蚂蚁金服与蚂蚁金服", "ORG", "蚂蚁金服", nth=1),
        {**mention("d", "計程車1萬輛", "METRIC", "1萬輛"), "subject": "計程車"},
    ])
    prepared = prepare(rows, load_rules(RULES))
    assert prepared.org_names == ["蚂蚁金服", "蚂蚁金服"]
    assert prepared.subject_keys == {"計程車": "出租车"}


def test_docs_keep_the_sentences_reconciling_reads():
    """With cues, build_doc drops only sentences that hold no mention, no cue and no heading:
    the events (and orders) found are those found on every sentence."""
    from itertools import groupby
    from operator import attrgetter

    from pipeline.reconcile import _events, _sentence_cues, load_rules

    rules = load_rules(RULES)
    extra = "市民都说好。\n第三个无现金城市落地。\n他加入了无现金城市联盟。\n今年天气不错。"
    texts = {**seed_texts(), THIRD_ID: THIRD_TEXT, "z": extra}
    rows = clean_rows(gold_rows() + third_rows() + [mention("z", extra, "DATE", "今年", "2017")])
    found = {}
    for kept_all in (True, False):
        cues = None if kept_all else _sentence_cues(rules.triggers)
        docs = {
            doc_id: build_doc(doc_id, texts[doc_id], list(group), cues)
            for doc_id, group in groupby(rows, key=attrgetter("doc_id"))
        }
        found[kept_all] = _events(docs, rows, rules)
        read = ["第三个无现金城市落地。", "他加入了无现金城市联盟。", "今年天气不错。"]  # cue, cue, mention
        every = ["市民都说好。", *read]
        assert [s.text for s in docs["z"].sentences] == (every if kept_all else read)
    assert found[False] == found[True]
    assert [e["trigger"] for e in found[True][0] if e["doc_id"] == "z"] == ["加入"]


def test_a_traditional_article_keeps_the_sentences_of_its_simplified_text():
    """Traditional text keeps the sentences its simplified text keeps, each with the simplified
    slice of the article: the cues are looked for in the simplified text, not every sentence
    with a traditional character kept."""
    import opencc

    from pipeline.reconcile import _sentence_cues, load_rules

    cues = _sentence_cues(load_rules(RULES).triggers)
    simplified = ("市民都说好。\n第三个无现金城市落地。\n他加入了无现金城市联盟。\n"
                  "今年天气不错，乾隆年间的事。")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified and len(traditional) == len(simplified)
    rows = clean_rows([mention("z", simplified, "DATE", "今年", "2017")])
    kept = {}
    for text in (simplified, traditional):
        doc = build_doc("z", text, list(rows), cues)
        kept[text] = [(s.start, s.end, s.simp) for s in doc.sentences]
        assert all(s.text == text[s.start:s.end] for s in doc.sentences)
    assert kept[traditional] == kept[simplified]
    assert [simp for _, _, simp in kept[simplified]] == [
        "第三个无现金城市落地。", "他加入了无现金城市联盟。", "今年天气不错，乾隆年间的事。"
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="早在今年6月，15日上午 a", max_size=20), st.data())
def test_letters_outside_dates_are_counted_like_a_scan(text: str, data) -> None:
    """_alnum_outside counts what a scan of the clause counts: letters and digits not inside a date."""
    from pipeline.reconcile import M, _alnum_outside

    n = len(text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    cuts = sorted(data.draw(st.lists(st.integers(a, b), max_size=6)))
    held = [M(0, "DATE", "", "", x, y) for x, y in zip(cuts[::2], cuts[1::2], strict=False) if x < y]
    scan = [ch for i, ch in enumerate(text[a:b], a) if not any(d.a <= i < d.b for d in held) and ch.isalnum()]
    assert _alnum_outside(text, a, b, held) == len(scan)


def test_t2s_many_converts_each_string_as_t2s_does() -> None:
    """One conversion of the joined lines gives every string its own conversion, line breaks and
    empty strings included."""
    from pipeline.reconcile import t2s, t2s_many

    texts = ["計程車", "螞蟻金服", "银行", "", "台灣\n銀行", "香港銀行同業結算有限公司", "計程車"]
    converted = t2s_many(texts)
    assert converted == {t: t2s(t) for t in texts}
    assert converted["螞蟻金服"] == "蚂蚁金服" and converted["台灣\n銀行"] == "台湾\n银行"
