"""Write the reconciled datasets: cities, organizations, metrics, events and conflicts.

Each table goes to `<table>.csv` and `<table>.json` (a list of row objects, missing values as
null), and all of them, with the mentions, into `datasets.sqlite` (pipeline/database.py). Column
orders are `pipeline.reconcile.TABLE_COLUMNS`; docs/DATASETS.md describes every column.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.database import write_database
from pipeline.export import write_csv, write_json
from pipeline.reconcile import MENTION_COLUMNS, TABLE_COLUMNS, TABLES, reconcile

DATABASE = "datasets.sqlite"


def _plain(value: Any) -> Any:
    """JSON-ready value: numpy scalars unwrapped, NaN / NA as None."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def table_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a table as plain dicts, in column order."""
    columns = list(frame.columns)
    rows = frame.itertuples(index=False)
    return [{c: _plain(v) for c, v in zip(columns, row, strict=True)} for row in rows]


def mentions_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Mention rows (dicts with the mentions.csv columns) as a DataFrame, every column present."""
    records = [{c: row.get(c, "") for c in MENTION_COLUMNS} for row in rows]
    return pd.DataFrame({c: pd.Series([r[c] for r in records], dtype=object) for c in MENTION_COLUMNS})


def build_tables(
    mentions_rows: Iterable[Mapping[str, Any]], texts: dict[str, str], rules_dir: Path
) -> dict[str, pd.DataFrame]:
    """The reconciled tables of some mention rows (see pipeline.reconcile.reconcile)."""
    return reconcile(mentions_frame(mentions_rows), texts, rules_dir)


def write_datasets(mentions_rows: list[dict], texts: dict[str, str], out_dir: Path, rules_dir: Path) -> None:
    """Reconcile the mentions and write every table as CSV and JSON, and all of them into SQLite."""
    out_dir = Path(out_dir)
    mentions = mentions_frame(mentions_rows)
    tables = reconcile(mentions, texts, Path(rules_dir))
    for name in TABLES:
        records = table_records(tables[name])
        write_csv(out_dir / f"{name}.csv", records, TABLE_COLUMNS[name])
        write_json(out_dir / f"{name}.json", records)
    write_database(out_dir / DATABASE, tables, mentions)
