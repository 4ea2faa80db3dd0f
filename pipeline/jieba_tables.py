"""jieba's own dictionary as two tables: every word's part-of-speech tag, and the frequencies of the
common words.

The ORG finder (tags, frequencies), the NER tagger (tags) and the segmenter (tags, only when it
builds its cached state) read them. jieba.posseg
builds the tag table by parsing dict.txt at import (a third of a second) and the
frequencies needed another full read; here one pass fills both, and the result is kept
in a marshal file beside jieba's own cache (the temp folder), keyed by the dictionary
file's path, size and mtime, so a new process loads it in a fraction of that time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any


def dictionary_path() -> Path:
    """jieba's default dictionary file (dict.txt)."""
    import jieba

    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


# Frequencies below this are not kept: every rule that reads one compares it with this or more
# (a common word is one jieba has seen at least this often). 36,000 of jieba's 349,000 words.
FREQUENT = 100


def parse_dictionary(text: str, floor: int = 0) -> tuple[dict[str, str], dict[str, int]]:
    """(tags, frequencies) of dict.txt lines `word freq tag` (tag optional); only frequencies
    of at least `floor` are kept."""
    tags: dict[str, str] = {}
    freqs: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.strip().split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        word = parts[0]
        freq = int(parts[1])
        if freq >= floor:
            freqs[word] = freq
        if len(parts) >= 3:
            tags[word] = parts[2]
    return tags, freqs


def cache_file(name: str, *key: Any) -> Path:
    """A marshal file in the temp folder for something built from jieba's dictionary.

    Keyed by the dictionary file's path, size and mtime and by `key` (any repr-able values),
    so a changed dictionary or key never reads an old file.
    """
    dictionary = dictionary_path()
    stat = dictionary.stat()
    identity = (str(dictionary.resolve()), stat.st_size, stat.st_mtime_ns, *key)
    digest = hashlib.sha1(repr(identity).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"cn_news_{name}.{digest}.marshal"


def read_cached(path: Path) -> Any:
    """What `write_cached` stored at `path`, or None when it is missing or unreadable."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_cached(path: Path, value: Any) -> None:
    """Store `value` at `path` atomically; a read-only temp folder only costs a rebuild next time."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(value))
        os.replace(tmp, path)
    except OSError:
        pass


@lru_cache(maxsize=1)
def dictionary_tables() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's default dictionary: (word -> tag, word -> frequency of at least FREQUENT), loaded
    once per process. A word missing from the second table is rarer than FREQUENT (or unknown)."""
    cache = cache_file("jieba_tables", FREQUENT)
    cached = read_cached(cache)
    if isinstance(cached, tuple) and len(cached) == 2 and all(isinstance(t, dict) for t in cached):
        return cached
    tables = parse_dictionary(dictionary_path().read_text(encoding="utf-8"), FREQUENT)
    write_cached(cache, tables)
    return tables
