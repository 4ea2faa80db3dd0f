"""Writers for the output files: atomic (temp file + rename) and deterministic."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any


def _default_mode() -> int:
    """0o666 minus the umask: what open() would have given (mkstemp gives 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


FILE_MODE = _default_mode()


def write_atomic(path: Path, data: str) -> None:
    """Write text so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_text(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header; a missing column is written empty (as csv.DictWriter writes it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(record_cells(rows, columns, ""))  # one tuple per row: no per-row dict work
    return buffer.getvalue()


def write_csv(path: Path, rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> None:
    write_atomic(path, csv_text(rows, columns))


def json_text(payload: Any) -> str:
    """JSON text; a list is written one item per line.

    Tables of tens of thousands of rows: `indent` would send every value through the
    pure-Python encoder, ten times slower than one compact line per row.
    """
    if isinstance(payload, list):
        if not payload:
            return "[]\n"
        items = ",\n".join(map(_item_encoder(), payload))
        return "[\n" + items + "\n]\n"
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _item_encoder() -> Callable[[Any], str]:
    """One compact JSON text per item, as `json.JSONEncoder(ensure_ascii=False).encode` gives it.

    `encode` builds a new C encoder on every call, which costs as much as encoding a short row;
    the C encoder (`json.encoder.c_make_encoder`, the one `encode` builds) is made once here. No
    cycle check (`markers` None): rows are plain values. Where the C encoder is missing (another
    Python), `encode` itself.
    """
    encoder = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return encoder.encode
    try:
        chunks = make(None, encoder.default, json.encoder.encode_basestring, None,
                      encoder.key_separator, encoder.item_separator, False, False, True)
    except TypeError:  # a C encoder with another signature
        return encoder.encode
    join = "".join
    return lambda item: join(chunks(item, 0))


def write_json(path: Path, payload: Any) -> None:
    write_atomic(path, json_text(payload))


def record_cells(
    records: Iterable[Mapping[str, Any]], columns: Sequence[str], default: Any = None
) -> list[tuple]:
    """The values of some columns of every record, as tuples; `default` for a missing column.

    One itemgetter call per record when every record has every column (the usual case), instead
    of one dict lookup per cell.
    """
    records = list(records)
    if len(columns) > 1:
        try:
            return list(map(itemgetter(*columns), records))
        except KeyError:
            pass
    return [tuple(r.get(c, default) for c in columns) for r in records]
