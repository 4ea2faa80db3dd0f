"""jieba segmentation with the project's user dictionaries from rules/.

One `Segmenter` per process: building jieba's prefix dictionary costs about a
second, so it is done once and reused for every article.

The words are jieba's (accurate mode, no HMM: the same words, word for word), cut by
jieba-rs through its Python binding rjieba, about ten times faster than jieba's own
Python loop. rjieba is given jieba's exact dictionary: every word and frequency of a
jieba tokenizer holding the project's user words, and jieba's total (see `_word_cutter`).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import logging
import sys
from collections import deque
from collections.abc import Iterable
from functools import cached_property
from itertools import accumulate, chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING

import jieba

from pipeline.jieba_tables import cache_file, dictionary_tables, read_cached, write_cached
from pipeline.paths import RULES_DIR
from pipeline.tokens import SegmentedWords, Word

if TYPE_CHECKING:
    import rjieba

jieba.setLogLevel(logging.WARNING)

# A word no text can reach: a private-use character, which jieba and jieba-rs never look up in
# the dictionary (it is outside their runs of Han characters, letters and digits).
_PADDING_WORD = "\ue000"
_RJIEBA_EXTENSION = "rjieba.rjieba"


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


# The dictionary as the cutter needs it: words, their frequencies, and jieba's total.
WordFrequencies = tuple[list[str], list[int], int]
# ... and every word's tag marked with TAG_MARK (None for a word without one): the cutter's state.
DictionaryState = tuple[list[str], list[int], list[str | None], int]

# Tags are stored in jieba-rs marked, "#ns": jieba-rs tags a word it does not know "x", "m" or
# "eng" itself, and the pipeline's tag for such a word is "" (see `Segmenter.segment`).
TAG_MARK = "#"


def word_frequencies(tokenizer: jieba.Tokenizer) -> WordFrequencies:
    """Every word of a jieba tokenizer with a frequency (not the bare prefixes), and its total."""
    tokenizer.check_initialized()
    words = [word for word, freq in tokenizer.FREQ.items() if freq]
    return words, [tokenizer.FREQ[word] for word in words], tokenizer.total


def dictionary_state(tokenizer: jieba.Tokenizer, tags: dict[str, str]) -> DictionaryState:
    """`word_frequencies` plus every word's marked tag from `tags`."""
    words, freqs, total = word_frequencies(tokenizer)
    marked = [TAG_MARK + tag if (tag := tags.get(word)) else None for word in words]
    return words, freqs, marked, total


def _word_cutter(
    words: list[str], freqs: list[int], total: int, tags: list[str | None] | None = None
) -> rjieba.Jieba:
    """A jieba-rs segmenter with exactly this dictionary (and these tags, when given).

    jieba adds a user word's frequency to its total even when the word was in the dictionary
    already; jieba-rs replaces the old frequency. Word scores are log(freq / total), so the
    difference goes to a padding word that never matches, and both totals agree.
    """
    cutter = jieba_rs_class().empty()
    if len(words) != len(freqs) or (tags is not None and len(tags) != len(words)):
        raise ValueError(f"{len(words)} words but {len(freqs)} frequencies"
                         + (f" and {len(tags)} tags" if tags is not None else ""))
    # the loop runs in C
    deque(map(cutter.add_word, words, freqs, repeat(None) if tags is None else tags), maxlen=0)
    padding = total - sum(freqs)
    if padding > 0:
        cutter.add_word(_PADDING_WORD, padding, None)
    return cutter


def jieba_rs_class() -> type[rjieba.Jieba]:
    """rjieba's `Jieba`, loaded from its extension module without running the package's __init__.

    `import rjieba` builds a default segmenter from jieba-rs's own dictionary (0.15 s, in every
    process that extracts) that is never used here: the cutter starts from `Jieba.empty()`. The
    extension is registered as `rjieba.rjieba`, where the package's own import looks first, so a
    later `import rjieba` uses the same module. Called only when a cutter is built: a run whose
    articles all come from the cache never cuts a word.
    """
    module = sys.modules.get(_RJIEBA_EXTENSION)
    if module is None:
        spec = importlib.util.find_spec("rjieba")
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError("rjieba is not installed: pip install -r requirements.lock")
        folder = Path(spec.origin).parent
        found = [folder / f"rjieba{suffix}" for suffix in importlib.machinery.EXTENSION_SUFFIXES
                 if (folder / f"rjieba{suffix}").is_file()]
        if not found:  # an unusual build: the package's own import
            import rjieba

            return rjieba.Jieba
        extension = importlib.util.spec_from_file_location(_RJIEBA_EXTENSION, found[0])
        assert extension is not None and extension.loader is not None
        module = importlib.util.module_from_spec(extension)
        extension.loader.exec_module(module)
        sys.modules[_RJIEBA_EXTENSION] = module
    return module.Jieba


class Segmenter:
    """jieba's segmentation (accurate mode, no HMM) with user words, and a part-of-speech lookup.

    What the segmenter needs at run time is jieba's dictionary with the user words in it
    (words, frequencies, total) and the tags; building it means loading jieba's prefix
    dictionary and adding a few thousand user words, about a second per process. It is kept
    in a marshal file in the temp folder, keyed by jieba's dictionary file and every user
    word in order, so a new process (every worker of a parallel run) loads it in a fraction
    of that. The jieba tokenizer itself is built only when asked for (`tokenizer`, `add_word`).
    """

    def __init__(self, rules_dir: Path = RULES_DIR, extra_words: Iterable[tuple[str, str]] = ()):
        self._entries: list[tuple[str, int | None, str]] = [
            (word, freq, pos or "")
            for path in sorted((rules_dir / "jieba").glob("*.txt"))
            for word, freq, pos in read_user_dict(path)
        ]
        self._entries += [(word, None, pos) for word, pos in extra_words]
        self._tokenizer: jieba.Tokenizer | None = None
        cache = _state_file(self._entries)
        state = _read_state(cache)
        if state is None:
            state = dictionary_state(self.tokenizer, self.pos_table)
            write_cached(cache, state)
        self._use(state)

    def _use(self, state: DictionaryState) -> None:
        words, freqs, tags, total = state
        self._cutter = _word_cutter(words, freqs, total, tags)
        # marked tag -> tag; an unmarked one (jieba-rs's own, for a word it does not know) -> ""
        self._tag_names = {tag: tag[len(TAG_MARK):] for tag in set(tags) if tag}

    @cached_property
    def pos_table(self) -> dict[str, str]:
        """Word -> tag: jieba's dictionary tags (as jieba.posseg has them), then the user words' own.

        Built only to build the cutter's state: the cutter returns every word's tag itself.
        """
        table = dict(dictionary_tables()[0])
        table.update((word, pos) for word, _, pos in self._entries if pos)
        return table

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
        if pos:
            self.pos_table[word] = pos
        self._use(dictionary_state(self.tokenizer, self.pos_table))  # frequencies and total changed

    def segment(self, text: str) -> list[Word]:
        """Words of `text` with offsets and tags; HMM off so new words do not swallow names.

        jieba-rs cuts and tags (`tag`: its dictionary holds the tags); the words follow each
        other and cover the text, so the offsets are the running sum of their lengths. Every
        step is a C-level map: a Python loop over the words (a Word and a tag lookup in a dict
        of 350,000 words each) cost as much as cutting.
        """
        tagged = self._cutter.tag(text, False)
        if not tagged:
            return SegmentedWords()
        words, tags = zip(*tagged, strict=True)
        ends = list(accumulate(map(len, words)))
        return SegmentedWords(map(tuple.__new__, repeat(Word), zip(
            words, chain((0,), ends), ends, map(self._tag_names.get, tags, repeat("")), strict=False
        )))

    def cut(self, text: str) -> list[str]:
        """The words alone (jieba.cut(text, HMM=False) with the project's dictionary)."""
        return self._cutter.cut(text, False)


_STATE_FORMAT = 3  # bump when the cached state's layout changes


def _state_file(entries: list[tuple[str, int | None, str]]) -> Path:
    return cache_file("segmenter", _STATE_FORMAT, jieba.__version__, entries)


def _read_state(path: Path) -> DictionaryState | None:
    state = read_cached(path)
    if isinstance(state, tuple) and len(state) == 4:
        words, freqs, tags, total = state
        if isinstance(words, list) and isinstance(freqs, list) and isinstance(tags, list) \
                and len(words) == len(freqs) == len(tags) and isinstance(total, int):
            return words, freqs, tags, total
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
