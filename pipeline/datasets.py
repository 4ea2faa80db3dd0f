"""Write the reconciled datasets: cities, organizations, metrics, events and conflicts.

Each table goes to `<table>.csv` and `<table>.json` (a list of row objects, one per line, missing
values as null), and all of them, with the mentions, into `datasets.sqlite` (pipeline/database.py). Column
orders are `pipeline.reconcile.TABLE_COLUMNS`; docs/DATASETS.md describes every column.

`write_datasets` works on plain row dicts from end to end (`reconcile_rows`), with no DataFrame in
between: building frames only to read them back row by row cost more than reconciling itself, and
pandas is imported only by the DataFrame helpers (`build_tables`, `mentions_frame`, `table_records`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.database import finish_database, write_database
from pipeline.export import write_csv, write_json
from pipeline.reconcile import MENTION_COLUMNS, TABLE_COLUMNS, TABLES, gc_paused, reconcile_rows, table_frame

if TYPE_CHECKING:
    import pandas as pd

DATABASE = "datasets.sqlite"
_MENTION_COLUMN_SET = frozenset(MENTION_COLUMNS)


def _plain(value: Any, na: Any) -> Any:
    """JSON-ready value: numpy scalars unwrapped, NaN / NA (`na`, pandas' NA) as None."""
    if value is None or value is na or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def table_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a table (a DataFrame) as plain dicts, in column order."""
    import pandas as pd

    columns = list(frame.columns)
    rows = frame.itertuples(index=False)
    return [{c: _plain(v, pd.NA) for c, v in zip(columns, row, strict=True)} for row in rows]


def mention_records(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Mention rows with every mentions.csv column ("" for a missing one).

    Rows that have every column already (the pipeline's) are used as they are, not copied.
    """
    rows = list(rows)
    if all(row.keys() >= _MENTION_COLUMN_SET for row in rows):
        return rows
    return [{c: row.get(c, "") for c in MENTION_COLUMNS} for row in rows]


def mentions_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Mention rows (dicts with the mentions.csv columns) as a DataFrame, every column present."""
    import pandas as pd

    records = mention_records(rows)
    return pd.DataFrame({c: pd.Series([r[c] for r in records], dtype=object) for c in MENTION_COLUMNS})


def build_tables(
    mentions_rows: Iterable[Mapping[str, Any]], texts: dict[str, str], rules_dir: Path
) -> dict[str, pd.DataFrame]:
    """The reconciled tables of some mention rows (see pipeline.reconcile.reconcile), as DataFrames."""
    tables = reconcile_rows(mention_records(mentions_rows), texts, Path(rules_dir))
    return {name: table_frame(records, name) for name, records in tables.items()}


def dataset_files() -> tuple[str, ...]:
    """The files `write_datasets` writes: every table as CSV and JSON, and the database."""
    return (*(f"{name}.{ext}" for name in TABLES for ext in ("csv", "json")), DATABASE)


def write_datasets(
    mentions_rows: list[dict], texts: dict[str, str], out_dir: Path, rules_dir: Path,
    database_part: Callable[[], Path] | None = None,
) -> None:
    """Reconcile the mentions and write every table as CSV and JSON, and all of them into SQLite.

    The tables' rows are plain Python values already (str, int, float, None), in column order.
    `database_part`, when given, returns (once it is written) a file that `start_database`
    began with these mentions: only the tables are added to it. That is a parallel run (CPUs to
    spare): a forked copy of this process then writes the CSV and JSON files meanwhile.
    """
    out_dir = Path(out_dir)
    with gc_paused():  # see gc_paused: writing the tables allocates as much as building them
        mentions = mention_records(mentions_rows)
        # a parallel run (CPUs to spare): a forked copy prepares part of the reconciling too
        tables = reconcile_rows(mentions, texts, Path(rules_dir), beside=database_part is not None)

        def write_table_files() -> None:
            for name in TABLES:
                records = tables[name]
                write_csv(out_dir / f"{name}.csv", records, TABLE_COLUMNS[name])
                write_json(out_dir / f"{name}.json", records)

        if database_part is None:
            write_table_files()
            write_database(out_dir / DATABASE, tables, mentions)
        else:
            from pipeline.engines.local import beside

            with beside(write_table_files):
                finish_database(database_part(), out_dir / DATABASE, tables)
