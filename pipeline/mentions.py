"""The Mention row: what the pipeline emits, per SPEC section 4."""

from __future__ import annotations

from typing import NamedTuple

# SPEC section 4 columns, in order, then the project's extra columns.
SPEC_COLUMNS = ("doc_id", "type", "start", "end", "text", "normalized", "value", "unit", "qualifier", "city")
EXTRA_COLUMNS = ("subject", "inferred")
COLUMNS = SPEC_COLUMNS + EXTRA_COLUMNS


class Mention(NamedTuple):
    """One mention. A named tuple: one is made for every mention of every article, and a parallel
    run sends them between processes; a tuple is made and unpickled in a fraction of the time of
    a frozen dataclass (unpickling one was 4 microseconds, most of the cost of receiving it)."""

    doc_id: str
    type: str
    start: int
    end: int
    text: str
    normalized: str
    value: str = ""
    unit: str = ""
    qualifier: str = ""
    city: str = ""
    subject: str = ""  # METRIC: the noun the figure counts (支付宝用户, 商户)
    inferred: str = ""  # DATE: "1" when resolved against a year inferred from the text

    def row(self) -> dict[str, str | int]:
        """The mentions.csv row: every column, in order (what every writer and the cache read).

        Written out: a dict display is faster than dict(zip(COLUMNS, self)) or _asdict().
        """
        return {
            "doc_id": self.doc_id, "type": self.type, "start": self.start, "end": self.end,
            "text": self.text, "normalized": self.normalized, "value": self.value, "unit": self.unit,
            "qualifier": self.qualifier, "city": self.city, "subject": self.subject,
            "inferred": self.inferred,
        }

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.doc_id, self.start, self.end, self.type)
