"""Mention.row: the dict every writer and the cache read, one key per column."""


from hypothesis import given
from hypothesis import strategies as st

from pipeline.mentions import COLUMNS, Mention

_text = st.text(max_size=8)


@given(st.builds(Mention, doc_id=_text, type=st.sampled_from(["CITY", "ORG", "DATE", "METRIC"]),
                 start=st.integers(0, 10_000), end=st.integers(0, 10_000), text=_text, normalized=_text,
                 value=_text, unit=_text, qualifier=_text, city=_text, subject=_text, inferred=_text))
def test_row_is_every_field_in_column_order(mention: Mention) -> None:
    row = mention.row()
    assert row == mention._asdict()
    assert tuple(row) == COLUMNS == Mention._fields
