"""SQLite cells: numeric columns store numbers (or NULL), whatever form the value comes in."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.database import _cell, _column, _rows

CELLS = [
    # (value, SQL type, stored)
    ("12", "INTEGER", 12),
    (" 12.0 ", "INTEGER NOT NULL", 12),
    ("12.5", "INTEGER", 12.5),
    ("", "INTEGER", None),
    ("  ", "REAL", None),
    ("3.5", "REAL", 3.5),
    ("1e3", "REAL", 1000.0),
    ("abc", "REAL", "abc"),
    (7, "INTEGER", 7),
    (2.0, "REAL", 2.0),
    (None, "REAL", None),
    (float("nan"), "REAL", None),
    ("北京", "TEXT", "北京"),
    (5, "TEXT", 5),
    (None, "TEXT", None),
]


@pytest.mark.parametrize(("value", "sql_type", "stored"), CELLS)
def test_cell(value, sql_type, stored):
    got = _cell(value, sql_type)
    assert got == stored and type(got) is type(stored)
    assert _column([value], sql_type) == [stored]


VALUES = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=True),
    st.text(alphabet=" 0123456789.-e+abc北", max_size=6),
)


@given(st.lists(VALUES, max_size=12), st.sampled_from(["INTEGER", "INTEGER NOT NULL", "REAL", "TEXT"]))
def test_a_column_is_its_cells(values, sql_type):
    """The column-wide fast paths store what `_cell` stores, value by value."""
    expected = [_cell(v, sql_type) for v in values]
    got = _column(values, sql_type)
    assert len(got) == len(expected)
    for a, b in zip(got, expected, strict=True):
        assert type(a) is type(b)
        assert a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


_SQL_TYPES = ["INTEGER", "INTEGER NOT NULL", "REAL", "TEXT", "TEXT NOT NULL"]


@given(st.lists(st.sampled_from(_SQL_TYPES), min_size=1, max_size=4).flatmap(
    lambda types: st.tuples(st.just(types), st.lists(st.tuples(*[VALUES] * len(types)), max_size=8))))
def test_rows_are_their_cells(case):
    """Rows of plain values (inserted as they are) and rows needing conversion both store what
    `_cell` stores, cell by cell."""
    types, values = case
    columns = [(f"c{i}", t) for i, t in enumerate(types)]
    records = [{c: v for (c, _), v in zip(columns, row, strict=True)} for row in values]
    got = _rows(records, columns)
    assert len(got) == len(values)
    for stored, row in zip(got, values, strict=True):
        for a, v, (_, t) in zip(stored, row, columns, strict=True):
            b = _cell(v, t)
            assert type(a) is type(b)
            assert a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))
