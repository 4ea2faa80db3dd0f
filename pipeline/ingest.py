"""Read a corpus folder: decode every article, read and validate manifest.csv.

Bad input never stops the run: each problem becomes an `IngestError` naming
the file (or manifest row) and the reason, and every other article goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.paths import RULES_DIR

MANIFEST = "manifest.csv"
MANIFEST_COLUMNS = ("doc_id", "published", "source", "title")
_PUBLISHED = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Frequent CJK characters of both scripts (rules/encoding): used only to
# choose between GB18030 and Big5 when a file decodes under both.
_COMMON_HANZI_FILE = RULES_DIR / "encoding" / "common_hanzi.txt"


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    lines = _COMMON_HANZI_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line.strip() for line in lines if not line.startswith("#")))


@dataclass(frozen=True)
class Article:
    doc_id: str
    path: Path
    text: str
    encoding: str
    published: str = ""
    source: str = ""
    title: str = ""


@dataclass(frozen=True)
class IngestError:
    """One bad input: the file (or manifest row) and why it was rejected."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Corpus:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class DecodeError(ValueError):
    """The bytes of a file are not a text this pipeline can read."""


# Control bytes that text does not contain (tab, newlines, form feed and escape are allowed).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(4, len(sample) // 100)


def _hanzi_score(text: str) -> float:
    """Share of CJK characters that are common ones; wrong codecs give rare ones."""
    common = _common_hanzi()
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in common for c in cjk) / len(cjk)


def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding name). Raises DecodeError."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}") from None
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"UTF-16 BOM but invalid UTF-16 at byte {exc.start + 2}") from None
            if not text.strip():
                raise DecodeError("empty file")
            return text, "utf-16"
    if _looks_binary(data):
        raise DecodeError("binary data, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, int, str, str]] = []
    # Big5 as Taiwan writes it (cp950: 碁 of 宏碁, 恒, 裏 are outside plain Big5) and as Hong Kong
    # writes it (Big5-HKSCS: 㗎, 啫, 邨...), after plain Big5: a file plain Big5 reads reads the same
    for rank, name in enumerate(("gb18030", "big5", "cp950", "big5hkscs")):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_hanzi_score(text), -rank, text, name))
    if not candidates:
        raise DecodeError("not decodable as UTF-8, UTF-16, GB18030 or Big5 (plain, cp950 or HKSCS)")
    score, _, text, name = max(candidates)
    if score < 0.2:
        raise DecodeError(f"decodes as {name} but reads as gibberish, not Chinese text")
    return text, name


def read_manifest(path: Path) -> tuple[dict[str, dict[str, str]], list[IngestError]]:
    """Rows of manifest.csv by doc_id, and an error for every bad row."""
    rows: dict[str, dict[str, str]] = {}
    errors: list[IngestError] = []
    try:
        text, _ = decode(path.read_bytes())
    except (OSError, DecodeError) as exc:
        return rows, [IngestError(str(path), f"cannot read manifest: {exc}")]
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        return rows, [IngestError(str(path), f"manifest lacks column(s) {', '.join(missing)}")]
    for line_no, row in enumerate(reader, start=2):
        where = f"{path} row {line_no}"
        doc_id = (row.get("doc_id") or "").strip()
        published = (row.get("published") or "").strip()
        if None in row or any(v is None for v in row.values()):
            errors.append(IngestError(where, "wrong number of fields"))
        elif not doc_id:
            errors.append(IngestError(where, "empty doc_id"))
        elif doc_id in rows:
            errors.append(IngestError(where, f"duplicate doc_id {doc_id!r}"))
        elif published and not _PUBLISHED.match(published):
            errors.append(IngestError(where, f"published {published!r} is not YYYY, YYYY-MM or YYYY-MM-DD"))
        else:
            rows[doc_id] = {k: (row.get(k) or "").strip() for k in MANIFEST_COLUMNS}
    return rows, errors


def read_corpus(folder: Path) -> Corpus:
    """Decode every `*.txt` in `folder` (sorted by doc_id) and attach manifest data."""
    corpus = Corpus()
    if not folder.is_dir():
        corpus.errors.append(IngestError(str(folder), "corpus folder does not exist"))
        return corpus
    manifest: dict[str, dict[str, str]] = {}
    if (folder / MANIFEST).exists():
        manifest, errors = read_manifest(folder / MANIFEST)
        corpus.errors.extend(errors)
    for path in sorted(folder.iterdir()):
        if path.is_dir():
            continue
        if path.name == MANIFEST:
            continue
        if path.suffix != ".txt":
            corpus.warnings.append(f"{path}: ignored, not a .txt article")
            continue
        try:
            text, encoding = decode(path.read_bytes())
        except OSError as exc:
            corpus.errors.append(IngestError(str(path), f"cannot read: {exc.strerror or exc}"))
            continue
        except DecodeError as exc:
            corpus.errors.append(IngestError(str(path), str(exc)))
            continue
        meta = manifest.get(path.stem, {})
        corpus.articles.append(
            Article(
                doc_id=path.stem,
                path=path,
                text=text,
                encoding=encoding,
                published=meta.get("published", ""),
                source=meta.get("source", ""),
                title=meta.get("title", ""),
            )
        )
    known = {a.doc_id for a in corpus.articles} | {Path(e.path).stem for e in corpus.errors}
    for doc_id in sorted(set(manifest) - known):
        corpus.warnings.append(f"{folder / MANIFEST}: doc_id {doc_id!r} has no article file")
    return corpus
