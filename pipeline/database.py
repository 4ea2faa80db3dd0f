"""Write the reconciled tables (and the mentions) into one SQLite file, `output/datasets.sqlite`.

Why SQLite: it is in Python's standard library (no dependency to install or pin), the whole dataset
is one portable file, and any SQL client (the `sqlite3` shell, DBeaver, pandas, R, Excel via ODBC)
reads it and can join the tables without loading CSVs by hand.

The schema (`SCHEMA`, printed by `schema_sql()`; documented in docs/DATASETS.md) mirrors the CSV
files column for column, plus three tables the CSVs fold into `|`-joined fields:

- `mentions`: every mention row (SPEC section 4 columns, then `subject`, `inferred`);
- `metric_sources`: one row per mention behind a metric (the `sources` field of `metrics`);
- `organization_aliases`: one row per surface form of an organization (its `aliases` field).

Empty strings of numeric columns are stored as NULL. The file is built in a temporary file next to
the target and moved into place, so readers see the old file or the new one. The same tables give a
byte-identical file: the same three transactions (schema, mentions, the other tables), fixed page
size, no timestamps, rows in table order. Tables may be DataFrames or lists of row dicts (what
pipeline/datasets.py passes: no pandas is needed then).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from pipeline.export import FILE_MODE, record_cells

if TYPE_CHECKING:
    import pandas as pd

# A table: a DataFrame, or its rows as dicts keyed by column.
Table = Union["pd.DataFrame", Sequence[Mapping[str, Any]]]

SCHEMA_VERSION = "1"

# table -> ((column, SQL type and constraints), ...); column order is the CSV column order.
SCHEMA: dict[str, tuple[tuple[str, str], ...]] = {
    "cities": (
        ("name", "TEXT PRIMARY KEY"),
        ("province", "TEXT"),
        ("adcode", "TEXT"),
        ("joined", "INTEGER NOT NULL"),
        ("joined_date", "TEXT"),
        ("join_order", "INTEGER"),
        ("partners", "TEXT"),
        ("sectors", "TEXT"),
        ("n_mentions", "INTEGER NOT NULL"),
        ("n_metrics", "INTEGER NOT NULL"),
        ("sources", "TEXT"),
    ),
    "organizations": (
        ("name", "TEXT PRIMARY KEY"),
        ("aliases", "TEXT"),
        ("kind", "TEXT"),
        ("cities", "TEXT"),
        ("n_mentions", "INTEGER NOT NULL"),
        ("sources", "TEXT"),
    ),
    "metrics": (
        ("metric_id", "INTEGER PRIMARY KEY"),
        ("city", "TEXT"),
        ("subject", "TEXT"),
        ("value", "REAL NOT NULL"),
        ("unit", "TEXT"),
        ("qualifier", "TEXT"),
        ("as_of", "TEXT"),
        ("text", "TEXT"),
        ("doc_id", "TEXT NOT NULL"),
        ("start", "INTEGER NOT NULL"),
        ("end", "INTEGER NOT NULL"),
        ("sentence", "TEXT"),
        ("n_sources", "INTEGER NOT NULL"),
        ("sources", "TEXT"),
    ),
    "events": (
        ("event_id", "INTEGER PRIMARY KEY"),
        ("date", "TEXT"),
        ("city", "TEXT"),
        ("kind", "TEXT NOT NULL"),
        ("subject", "TEXT"),
        ("parties", "TEXT"),
        ("trigger", "TEXT"),
        ("doc_id", "TEXT NOT NULL"),
        ("start", "INTEGER NOT NULL"),
        ("end", "INTEGER NOT NULL"),
        ("sentence", "TEXT"),
    ),
    "conflicts": (
        ("conflict_id", "INTEGER NOT NULL"),
        ("kind", "TEXT NOT NULL"),
        ("topic", "TEXT"),
        ("side", "INTEGER NOT NULL"),
        ("value", "TEXT"),
        ("doc_id", "TEXT NOT NULL"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "TEXT"),
        ("sentence", "TEXT"),
    ),
    "mentions": (
        ("doc_id", "TEXT NOT NULL"),
        ("type", "TEXT NOT NULL"),
        ("start", "INTEGER NOT NULL"),
        ("end", "INTEGER NOT NULL"),
        ("text", "TEXT"),
        ("normalized", "TEXT"),
        ("value", "REAL"),
        ("unit", "TEXT"),
        ("qualifier", "TEXT"),
        ("city", "TEXT"),
        ("subject", "TEXT"),
        ("inferred", "TEXT"),
    ),
    "metric_sources": (
        ("metric_id", "INTEGER NOT NULL REFERENCES metrics(metric_id)"),
        ("doc_id", "TEXT NOT NULL"),
        ("start", "INTEGER NOT NULL"),
        ("end", "INTEGER NOT NULL"),
    ),
    "organization_aliases": (
        ("organization", "TEXT NOT NULL REFERENCES organizations(name)"),
        ("alias", "TEXT NOT NULL"),
    ),
    "info": (
        ("key", "TEXT PRIMARY KEY"),
        ("value", "TEXT"),
    ),
}
INDEXES = (
    'CREATE INDEX "mentions_doc" ON "mentions" ("doc_id", "start")',
    'CREATE INDEX "mentions_type" ON "mentions" ("type", "normalized")',
    'CREATE INDEX "metrics_city" ON "metrics" ("city", "subject")',
    'CREATE INDEX "events_city" ON "events" ("city", "kind")',
    'CREATE INDEX "metric_sources_doc" ON "metric_sources" ("doc_id", "start")',
)
NUMERIC = ("INTEGER", "REAL")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_tables() -> list[str]:
    """The CREATE TABLE statements, in schema order."""
    statements = []
    for table, columns in SCHEMA.items():
        body = ",\n".join(f"  {_quote(c)} {t}" for c, t in columns)
        statements.append(f"CREATE TABLE {_quote(table)} (\n{body}\n)")
    return statements


def schema_sql() -> str:
    """The CREATE statements of the database, as docs/DATASETS.md shows them."""
    return "\n".join(f"{statement};" for statement in (*_create_tables(), *INDEXES)) + "\n"


def _indexes_on(tables: Iterable[str]) -> list[str]:
    """The CREATE INDEX statements of some tables, in INDEXES order."""
    targets = {f"ON {_quote(table)} " for table in tables}
    return [index for index in INDEXES if any(target in index for target in targets)]


def _is_na(value: Any) -> bool:
    """True for pandas' NA (only a value of another type than str, int, float can be it)."""
    if isinstance(value, str | int | float):
        return False
    import pandas as pd

    return value is pd.NA


def _cell(value: Any, sql_type: str) -> Any:
    """A Python value SQLite stores: None for missing, numbers for numeric columns."""
    if value is None or (isinstance(value, float) and value != value) or _is_na(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if sql_type.startswith(NUMERIC):
        if isinstance(value, str):
            return _number_text(value, sql_type.startswith("INTEGER"))
        return value
    return value if isinstance(value, str | int | float) else str(value)


def _number_text(text: str, integer: bool) -> Any:
    """`_cell` of a str in a numeric column: None when blank, the number, else the text itself."""
    text = text.strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if integer and number.is_integer() else number


def _column(values: list[Any], sql_type: str) -> list[Any]:
    """`_cell` of every value of one column, with the values it keeps as they are handled inline.

    A str in a TEXT column, an int in an INTEGER column and a finite float in a REAL column are
    stored unchanged, and a str in a numeric column (the mentions' `value`) is read as a number
    directly; only other values go through `_cell`. This runs once per cell of every table.
    """
    if sql_type.startswith("INTEGER"):
        return [v if type(v) is int else _number_text(v, True) if type(v) is str else _cell(v, sql_type)
                for v in values]
    if sql_type.startswith("REAL"):
        return [v if type(v) is float and v == v else _number_text(v, False) if type(v) is str
                else _cell(v, sql_type) for v in values]
    return [v if type(v) is str else _cell(v, sql_type) for v in values]


# The value types a column of each SQL type stores as they are (`_column` returns them unchanged).
_KEPT_TYPES = {"INTEGER": frozenset({int, type(None)}), "REAL": frozenset({int, float, type(None)}),
               "TEXT": frozenset({str, type(None)})}


def _stored_as_is(values: Sequence[Any], sql_type: str) -> bool:
    """Whether `_column` would return every value unchanged (a NaN float would become NULL)."""
    kept = _KEPT_TYPES.get(sql_type.split(" ", 1)[0])
    if kept is None or not kept.issuperset(map(type, values)):  # the type test runs in C
        return False
    return not sql_type.startswith("REAL") or all(v == v for v in values if type(v) is float)


def _rows(records: Iterable[Mapping[str, Any]], columns: Sequence[tuple[str, str]]) -> list[tuple]:
    """The rows to insert: one tuple per record, each cell as `_cell` makes it.

    A column whose values SQLite stores as they are is not converted, and a table without any
    other is inserted from the record tuples themselves: most tables are all plain values.
    """
    table = record_cells(records, [c for c, _ in columns])
    if not table:
        return []
    by_column = list(zip(*table, strict=True))
    as_is = [_stored_as_is(values, t) for values, (_, t) in zip(by_column, columns, strict=True)]
    if all(as_is):
        return table
    converted = [values if kept else _column(list(values), t)
                 for values, (_, t), kept in zip(by_column, columns, as_is, strict=True)]
    return list(zip(*converted, strict=True))


def _records(table: Table | None) -> list[Mapping[str, Any]]:
    """Rows of a table as dicts: a list of dicts as it is, a DataFrame converted."""
    if table is None:
        return []
    if isinstance(table, Sequence):
        return list(table)
    if table.empty:
        return []
    return table.astype(object).to_dict("records")


def link_rows(tables: Mapping[str, Table]) -> dict[str, list[dict[str, Any]]]:
    """metric_sources and organization_aliases, unfolded from the `|`-joined fields."""
    sources = []
    for r in _records(tables.get("metrics")):
        for item in str(r.get("sources") or "").split("|"):
            doc_id, _, span = item.rpartition(":")
            start, _, end = span.partition("-")
            if doc_id and start.isdigit() and end.isdigit():
                sources.append(
                    {"metric_id": r["metric_id"], "doc_id": doc_id, "start": int(start), "end": int(end)}
                )
    aliases = [
        {"organization": r["name"], "alias": alias}
        for r in _records(tables.get("organizations"))
        for alias in str(r.get("aliases") or "").split("|") if alias
    ]
    return {"metric_sources": sources, "organization_aliases": aliases}


def _insert(
    connection: sqlite3.Connection, contents: Mapping[str, list[Mapping[str, Any]]], indexed: Iterable[str]
) -> None:
    """Rows of the tables in `contents`, in schema order, then the indexes of the tables
    `indexed`, in one transaction. An index built after its rows costs a fifth less than one
    kept up to date row by row (and takes fewer pages)."""
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("BEGIN")
    for table, columns in SCHEMA.items():
        rows = _rows(contents.get(table, []), columns)
        if rows:
            marks = ", ".join("?" for _ in columns)
            names = ", ".join(_quote(c) for c, _ in columns)
            connection.executemany(f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})", rows)
    for index in _indexes_on(indexed):
        connection.execute(index)
    connection.execute("COMMIT")


def start_database(part: Path, mentions: Table | None = None) -> None:
    """The first part of the SQLite file at `part`: the schema and the mentions.

    It needs no reconciled table, so a parallel run writes it while the datasets are being
    reconciled (pipeline.cli); `finish_database` adds the rest. Both parts run in the same
    order, in their own transaction, however they are run: the same file, byte for byte.
    """
    part.unlink(missing_ok=True)
    connection = sqlite3.connect(part, isolation_level=None)
    try:
        connection.execute("PRAGMA page_size = 4096")
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("BEGIN")
        for statement in _create_tables():
            connection.execute(statement)
        connection.execute("COMMIT")
        _insert(connection, {"mentions": _records(mentions)}, ["mentions"])
    finally:
        connection.close()


def finish_database(part: Path, path: Path, tables: Mapping[str, Table]) -> None:
    """Add the reconciled tables (and their link tables) to `part`, then move it to `path`."""
    contents: dict[str, list[Mapping[str, Any]]] = {name: _records(tables.get(name)) for name in tables}
    contents.update(link_rows(tables))
    contents["info"] = [{"key": "schema_version", "value": SCHEMA_VERSION}]
    contents.pop("mentions", None)
    try:
        connection = sqlite3.connect(part, isolation_level=None)
        try:
            _insert(connection, contents, [table for table in SCHEMA if table != "mentions"])
        finally:
            connection.close()
        os.chmod(part, FILE_MODE)
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(part, path)  # a rename on one file system (atomic); else copied
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise


def new_part(folder: Path) -> Path:
    """A fresh temporary file for `start_database` in `folder` (where the file will be moved)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".datasets.", suffix=".part", dir=folder)
    os.close(fd)
    return Path(name)


def write_database(path: Path, tables: Mapping[str, Table], mentions: Table | None = None) -> None:
    """Build the SQLite file from the reconciled tables (and the mentions), then move it into place."""
    part = new_part(path.parent)
    try:
        start_database(part, mentions)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finish_database(part, path, tables)
