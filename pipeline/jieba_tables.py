"""jieba's own dictionary as two tables: part-of-speech tag and frequency of every word.

Both the segmenter (tags) and the ORG finder (tags, frequencies) read them. jieba.posseg
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


def dictionary_path() -> Path:
    """jieba's default dictionary file (dict.txt)."""
    import jieba

    return Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME


def parse_dictionary(text: str) -> tuple[dict[str, str], dict[str, int]]:
    """(tags, frequencies) of dict.txt lines `word freq tag` (tag optional)."""
    tags: dict[str, str] = {}
    freqs: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.strip().split(" ")
        if len(parts) < 2 or not parts[1].isdigit():
            continue
        word = parts[0]
        freqs[word] = int(parts[1])
        if len(parts) >= 3:
            tags[word] = parts[2]
    return tags, freqs


def _cache_file(dictionary: Path) -> Path:
    stat = dictionary.stat()
    key = hashlib.sha1(f"{dictionary.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"cn_news_jieba_tables.{key}.marshal"


@lru_cache(maxsize=1)
def dictionary_tables() -> tuple[dict[str, str], dict[str, int]]:
    """jieba's default dictionary: (word -> tag, word -> frequency), loaded once per process."""
    dictionary = dictionary_path()
    cache = _cache_file(dictionary)
    try:
        tags, freqs = marshal.loads(cache.read_bytes())
        if isinstance(tags, dict) and isinstance(freqs, dict):
            return tags, freqs
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags, freqs = parse_dictionary(dictionary.read_text(encoding="utf-8"))
    try:  # written atomically; a read-only temp folder only costs the parse next time
        fd, tmp = tempfile.mkstemp(prefix=cache.name, dir=cache.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps((tags, freqs)))
        os.replace(tmp, cache)
    except OSError:
        pass
    return tags, freqs
