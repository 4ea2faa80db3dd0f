"""Output writers: JSON lists one row per line, valid JSON, the same bytes every time."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from pipeline.export import json_text, write_json

ROWS = st.lists(
    st.dictionaries(
        st.sampled_from(["doc_id", "type", "text", "value", "city"]),
        st.one_of(st.none(), st.integers(), st.text(alphabet="北京市0123,\"\n\\ab", max_size=8)),
        max_size=5,
    ),
    max_size=8,
)


@given(ROWS)
def test_a_list_is_valid_json_with_one_row_per_line(rows):
    text = json_text(rows)
    assert json.loads(text) == rows
    assert text.endswith("\n")
    if rows:
        lines = text.splitlines()
        assert lines[0] == "[" and lines[-1] == "]" and len(lines) == len(rows) + 2


def test_chinese_is_written_as_is_and_objects_are_indented():
    assert json_text([{"name": "杭州市"}]) == '[\n{"name": "杭州市"}\n]\n'
    assert json_text([]) == "[]\n"
    assert json_text({"CITY": {"f1": 1.0}}) == '{\n "CITY": {\n  "f1": 1.0\n }\n}\n'


def test_write_json_is_atomic_and_repeatable(tmp_path):
    path = tmp_path / "out" / "rows.json"
    rows = [{"doc_id": "a", "text": "支付宝"}, {"doc_id": "b", "text": None}]
    write_json(path, rows)
    first = path.read_bytes()
    write_json(path, rows)
    assert path.read_bytes() == first
    assert [p.name for p in path.parent.iterdir()] == ["rows.json"]


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
              st.text(max_size=10)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(st.lists(JSON_VALUES, min_size=1, max_size=6))
def test_each_item_is_written_as_json_encode_writes_it(items):
    """The reused C encoder writes every item exactly as json.JSONEncoder(ensure_ascii=False).encode."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    expected = "[\n" + ",\n".join(encode(item) for item in items) + "\n]\n"
    assert json_text(items) == expected
