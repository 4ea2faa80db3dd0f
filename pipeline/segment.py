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
from pipeline.jieba_tables import dictionary_tables
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
    """jieba tokenizer plus a part-of-speech lookup, loaded with user words."""

    def __init__(self, rules_dir: Path = RULES_DIR, extra_words: Iterable[tuple[str, str]] = ()):
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.initialize()
        self._cutter: DagCutter | None = None  # built at the first segment(), after the user words
        # jieba's dictionary tags (as jieba.posseg has them); user words add their own below.
        self.pos_table: dict[str, str] = dict(dictionary_tables()[0])
        for path in sorted((rules_dir / "jieba").glob("*.txt")):
            for word, freq, pos in read_user_dict(path):
                self.add_word(word, pos or "", freq)
        for word, pos in extra_words:
            self.add_word(word, pos)

    def add_word(self, word: str, pos: str = "", freq: int | None = None) -> None:
        self.tokenizer.add_word(word, freq)
        self._cutter = None  # the frequencies and their total changed
        if pos:
            self.pos_table[word] = pos

    def segment(self, text: str) -> list[Word]:
        """Words of `text` with offsets; HMM off so new words do not swallow names."""
        if self._cutter is None:
            self._cutter = DagCutter(self.tokenizer)
        words: list[Word] = []
        offset = 0
        for piece in self._cutter.cut(text):
            end = offset + len(piece)
            words.append(Word(piece, offset, end, self.pos_table.get(piece, "")))
            offset = end
        return words


_DEFAULT: Segmenter | None = None


def default_segmenter() -> Segmenter:
    """The process-wide segmenter with the rules/ dictionaries."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Segmenter()
    return _DEFAULT


def segment(text: str) -> list[Word]:
    return default_segmenter().segment(text)
