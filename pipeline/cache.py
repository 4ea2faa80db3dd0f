"""Result cache: an unchanged article is not processed again.

An entry holds the mention rows (`Mention.row()`) of one article as JSON,
written atomically, at `CACHE/<versions>/<kk>/<key>.json`:

    key       sha256 of the article's doc_id, published date and text
    versions  sha256 of the rules (`rules_fingerprint`), the package
              (`__version__` and every source file under pipeline/) and
              the model (every file under models/, when the rules' NER
              mode runs it)

Changing an article changes its key; changing a rules file, the code or the
model changes the versions folder, so every entry is recomputed. Only the
newest few versions folders are kept. Failed articles are never cached.

The reconciled datasets (cities, organizations, ... and datasets.sqlite)
depend on the whole corpus; the files of the latest corpora are kept under
`CACHE/<versions>/datasets/<key>/`, keyed by every article's key and status,
and copied to the output when nothing changed. When nothing changed at all
(every article has an entry and its corpus's files are kept), no entry is
even read: the files are copied and the run reports the summary kept with
them (the mention counts by type).
Nothing here imports spaCy or loads jieba: a run where every article is
cached never loads the pipeline.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.export import FILE_MODE, write_atomic
from pipeline.ingest import Article
from pipeline.mentions import COLUMNS
from pipeline.paths import ROOT, RULES_DIR
from pipeline.rulefiles import read_settings, uses_model

PACKAGE_DIR = Path(__file__).resolve().parent
MODELS_DIR = ROOT / "models"
CACHE_DIRNAME = ".cache"
KEEP_VERSIONS = 3
KEEP_DATASETS = 2
DATASETS_DIRNAME = "datasets"
SUMMARY_NAME = "summary.json"  # in a datasets entry, beside the kept files: not an output file
_SOURCE_SUFFIXES = {".py", ".cfg", ".json", ".txt", ".csv"}
_VERSIONS_DIR = re.compile(r"^[0-9a-f]{16}$")
_DATASETS_DIR = re.compile(r"^[0-9a-f]{64}$")


def _hash_tree(folder: Path, suffixes: set[str] | None = None) -> str:
    """sha256 over the relative paths and contents of the files under `folder`."""
    digest = hashlib.sha256()
    files = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and (suffixes is None or p.suffix in suffixes)
    )
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def package_fingerprint() -> str:
    """`__version__` plus a hash of the pipeline's source files."""
    return f"{__version__}+{_hash_tree(PACKAGE_DIR, _SOURCE_SUFFIXES)[:16]}"


def models_fingerprint(models_dir: Path = MODELS_DIR) -> str:
    """A hash of every file under models/, or 'none' without that folder."""
    return _hash_tree(models_dir)[:16] if models_dir.is_dir() else "none"


def rules_fingerprint(rules_dir: str | None = None) -> str:
    """A hash of every file under rules/: part of the cache key of results.

    Here and not beside the rules' loader (pipeline.resources): a run whose articles all come
    from the cache reads no rule and imports no finder.
    """
    folder = Path(rules_dir) if rules_dir else RULES_DIR
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def versions_key(rules_dir: str | None = None) -> str:
    """What the results depend on besides the article: rules, code, model.

    The model only when the rules' NER mode runs it: in mode "rules" (the default) no file of
    models/ is read, and hashing them (17 MB) cost every run 0.02-0.03 s.
    """
    folder = Path(rules_dir) if rules_dir else RULES_DIR
    models = models_fingerprint() if uses_model(read_settings(folder)) else "unused"
    parts = f"rules={rules_fingerprint(rules_dir)}\npackage={package_fingerprint()}\nmodels={models}"
    return hashlib.sha256(parts.encode()).hexdigest()[:16]


def article_key(article: Article) -> str:
    """sha256 of what the mentions of an article depend on: doc_id, published date, text."""
    digest = hashlib.sha256()
    for part in (article.doc_id, article.published, article.text):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def copy_atomic(source: Path, target: Path) -> None:
    """Copy a file so that readers of `target` see the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ResultCache:
    """Mention rows per article under `folder`, for one set of rules, code and model."""

    def __init__(self, folder: Path, rules_dir: str | None = None, keep: int = KEEP_VERSIONS):
        self.folder = folder
        self.versions = versions_key(rules_dir)
        self.root = folder / self.versions
        self.keep = keep
        self.hits = 0
        self.stores = 0

    def path(self, article: Article) -> Path:
        key = article_key(article)
        return self.root / key[:2] / f"{key}.json"

    def get(self, article: Article) -> list[dict[str, Any]] | None:
        """The cached mention rows of `article`, or None (missing or unreadable entry)."""
        try:
            entry = json.loads(self.path(article).read_text(encoding="utf-8"))
            if entry.get("doc_id") != article.doc_id:
                return None
            columns = entry["columns"]
            values = entry["rows"]
            if any(len(row) != len(columns) for row in values):
                return None
            rows = [dict(zip(columns, row, strict=True)) for row in values]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        self.hits += 1
        return rows

    def put(self, article: Article, rows: list[dict[str, Any]]) -> None:
        """Store the mention rows (`Mention.row()`) of `article`, atomically."""
        columns = list(rows[0]) if rows else list(COLUMNS)
        values = [[row[c] for c in columns] for row in rows]
        entry = {"doc_id": article.doc_id, "columns": columns, "rows": values}
        write_atomic(self.path(article), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        self.stores += 1

    def datasets_key(self, articles: Sequence[Article], failed: set[str]) -> str:
        """What the corpus-level outputs depend on: every article, its encoding (documents.csv
        lists it) and whether it failed."""
        digest = hashlib.sha256(self.versions.encode())
        for article in articles:
            digest.update(
                f"{article_key(article)} {article.encoding} {int(article.doc_id in failed)}\n".encode()
            )
        return digest.hexdigest()

    def copy_datasets(self, key: str, out_dir: Path) -> bool:
        """Copy the files kept for `key` into `out_dir`; False (nothing copied) when none are kept."""
        entry = self.root / DATASETS_DIRNAME / key
        if not entry.is_dir():
            return False
        for path in sorted(entry.iterdir()):
            if path.is_file() and path.name != SUMMARY_NAME:
                copy_atomic(path, out_dir / path.name)
        os.utime(entry)
        return True

    def unchanged_corpus(self, articles: Sequence[Article]) -> tuple[str, dict[str, Any]] | None:
        """The datasets key and the kept summary of an unchanged corpus, else None.

        Unchanged: every article has an entry (so none failed: failures are never cached) and
        the files of exactly these articles are kept (`copy_datasets` copies them). Nothing is
        parsed: an unchanged corpus needs no mention row, only the files made from them.
        """
        if not articles or not all(self.path(article).is_file() for article in articles):
            return None
        key = self.datasets_key(articles, set())
        try:
            summary = json.loads((self.root / DATASETS_DIRNAME / key / SUMMARY_NAME).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return (key, summary) if isinstance(summary, dict) else None

    def keep_datasets(
        self, key: str, out_dir: Path, names: Iterable[str], summary: dict[str, Any] | None = None
    ) -> None:
        """Keep copies of the files `names` of `out_dir` for `key` (the newest KEEP_DATASETS
        corpora), and `summary` (what a run reports besides its files) with them."""
        folder = self.root / DATASETS_DIRNAME
        folder.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".new-", dir=folder))
        try:
            for name in names:
                shutil.copyfile(out_dir / name, tmp / name)
            (tmp / SUMMARY_NAME).write_text(json.dumps(summary or {}, sort_keys=True), encoding="utf-8")
            try:
                tmp.rename(folder / key)  # atomic: a reader sees all of an entry or none of it
            except OSError:  # written meanwhile by another run: keep that one
                pass
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        entry = folder / key
        others = sorted((p for p in folder.iterdir() if _DATASETS_DIR.match(p.name) and p != entry),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_DATASETS - 1:]:
            shutil.rmtree(old, ignore_errors=True)

    def prune(self) -> None:
        """Mark this versions folder as used; drop all but the `keep` most recently used."""
        if self.root.is_dir():
            os.utime(self.root)
        if not self.folder.is_dir():
            return
        folders = [p for p in self.folder.iterdir() if p.is_dir() and _VERSIONS_DIR.match(p.name)]
        folders.sort(key=lambda p: (p != self.root, -p.stat().st_mtime))
        for old in folders[self.keep:]:
            shutil.rmtree(old, ignore_errors=True)
