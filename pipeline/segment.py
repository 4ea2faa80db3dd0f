"""jieba segmentation with the project's user dictionaries from rules/.

One `Segmenter` per process: building jieba's prefix dictionary costs about a
second, so it is done once and reused for every article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

import jieba

from pipeline.jieba_cut import DagCutter
from pipeline.jieba_tables import cache_file, dictionary_tables, read_cached, write_cached
from pipeline.paths import RULES_DIR
from pipeline.tokens import Word

jieba.setLogLevel(logging.WARNING)


def read_user_dict(path: Path) -> list[tuple[str, int | None, str | None]]:
    """Read a jieba user dictionary: `word [freq] [pos]` per line, `#` comments."""
    entries: list[tuple[str, int | None, str | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        pos = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        entries.append((word, freq, pos))
    return entries


class Segmenter:
    """jieba's segmentation (accurate mode, no HMM) with user words, and a part-of-speech lookup.

    What the segmenter needs at run time is the word table of `DagCutter` (with the user
    words in it) and the tags; building them means loading jieba's prefix dictionary and
    adding a few thousand user words, about a second per process. They are kept in a
    marshal file in the temp folder, keyed by jieba's dictionary file and every user word
    in order, so a new process (every worker of a parallel run) loads them in a fifth of
    that. The jieba tokenizer itself is built only when asked for (`tokenizer`, `add_word`).
    """

    def __init__(self, rules_dir: Path = RULES_DIR, extra_words: Iterable[tuple[str, str]] = ()):
        self._entries: list[tuple[str, int | None, str]] = [
            (word, freq, pos or "")
            for path in sorted((rules_dir / "jieba").glob("*.txt"))
            for word, freq, pos in read_user_dict(path)
        ]
        self._entries += [(word, None, pos) for word, pos in extra_words]
        self._tokenizer: jieba.Tokenizer | None = None
        # jieba's dictionary tags (as jieba.posseg has them), then the user words' own.
        self.pos_table: dict[str, str] = dict(dictionary_tables()[0])
        self.pos_table.update((word, pos) for word, _, pos in self._entries if pos)
        cache = _state_file(self._entries)
        state = _read_state(cache)
        if state is not None:
            self._cutter = DagCutter(*state)
        else:
            self._cutter = DagCutter.from_tokenizer(self.tokenizer)
            write_cached(cache, (self._cutter.table, self._cutter.unknown))

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        """A jieba tokenizer holding the same words (built on first use)."""
        if self._tokenizer is None:
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word, freq, _ in self._entries:
                tokenizer.add_word(word, freq)
            self._tokenizer = tokenizer
        return self._tokenizer

    def add_word(self, word: str, pos: str = "", freq: int | None = None) -> None:
        self.tokenizer.add_word(word, freq)
        self._entries.append((word, freq, pos))
        self._cutter = DagCutter.from_tokenizer(self.tokenizer)  # the frequencies and total changed
        if pos:
            self.pos_table[word] = pos

    def segment(self, text: str) -> list[Word]:
        """Words of `text` with offsets; HMM off so new words do not swallow names."""
        words: list[Word] = []
        append = words.append
        offset = 0
        pos = self.pos_table.get
        new = tuple.__new__  # Word(...) runs a Python-level __new__: a fifth of this loop
        for piece in self._cutter.cut(text):
            end = offset + len(piece)
            append(new(Word, (piece, offset, end, pos(piece, ""))))
            offset = end
        return words


_STATE_FORMAT = 1  # bump when the cached state's layout changes


def _state_file(entries: list[tuple[str, int | None, str]]) -> Path:
    return cache_file("segmenter", _STATE_FORMAT, jieba.__version__, entries)


def _read_state(path: Path) -> tuple[dict[str, float], float] | None:
    state = read_cached(path)
    if isinstance(state, tuple) and len(state) == 2:
        table, unknown = state
        if isinstance(table, dict) and isinstance(unknown, float):
            return table, unknown
    return None


_DEFAULT: Segmenter | None = None


def default_segmenter() -> Segmenter:
    """The process-wide segmenter with the rules/ dictionaries."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Segmenter()
    return _DEFAULT


def segment(text: str) -> list[Word]:
    return default_segmenter().segment(text)
