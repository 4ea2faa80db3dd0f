"""jieba's accurate mode without HMM (`Tokenizer.cut(text, HMM=False)`), word for word, faster.

Why: segmentation is the largest single cost of the pipeline, and jieba spends
most of it in bookkeeping, not in the algorithm: it builds a dict of candidate
word ends per character (`get_DAG`), then scores them with a generator of
tuples and a `log` per candidate (`calc`). `DagCutter` does the same
dynamic programme in one backward pass over a table that maps every word of
jieba's dictionary to its log-probability (and every other prefix to
`PREFIX_ONLY`), so a candidate costs one dict lookup and one addition.

Same arithmetic in the same order (`log(freq) - log(total)`, then plus the
best score of the rest), and the same tie-break (the longer word on equal
scores, as jieba's `max` over (score, end) tuples gives), so the words are
jieba's exactly; tests/test_jieba_cut.py checks that on real text and on
random strings.

The table is a snapshot: after `Tokenizer.add_word` (which changes the
frequencies and the total), build a new cutter.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import jieba

# jieba's own block and whitespace patterns (jieba.re_han_default, re_skip_default), so the
# text is cut into the same blocks.
_RE_HAN = jieba.re_han_default
_RE_SKIP = jieba.re_skip_default
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
PREFIX_ONLY = math.inf  # a prefix of a dictionary word that is no word itself (frequency 0)


def log_table(tokenizer: jieba.Tokenizer) -> tuple[dict[str, float], float]:
    """(word -> log(freq) - log(total), PREFIX_ONLY for 0; log(1) - log(total)) of a tokenizer."""
    tokenizer.check_initialized()
    log, logtotal = math.log, math.log(tokenizer.total)
    table = {w: (log(f) - logtotal if f else PREFIX_ONLY) for w, f in tokenizer.FREQ.items()}
    return table, log(1) - logtotal


class DagCutter:
    """`cut(text)` yields the words of `jieba.Tokenizer.cut(text, HMM=False)`.

    `table`: word -> log(freq) - log(total) for every dictionary word, `PREFIX_ONLY` for
    every other prefix of one; `unknown`: log(1) - log(total), the score of a character
    that is no word.
    """

    def __init__(self, table: dict[str, float], unknown: float):
        self.table = table
        self.unknown = unknown

    @classmethod
    def from_tokenizer(cls, tokenizer: jieba.Tokenizer) -> DagCutter:
        """A snapshot of the tokenizer's frequencies: build a new one after `add_word`."""
        table, unknown = log_table(tokenizer)
        return cls(table, unknown)

    def cut(self, text: str) -> Iterator[str]:
        han, skip = _RE_HAN, _RE_SKIP
        for block in han.split(text):
            if not block:
                continue
            if han.match(block):
                yield from self.cut_block(block)
            else:
                for piece in skip.split(block):
                    if skip.match(piece):
                        yield piece
                    else:
                        yield from piece

    def cut_block(self, block: str) -> list[str]:
        """One run of Han characters, letters and digits, as jieba's __cut_DAG_NO_HMM cuts it."""
        n = len(block)
        get, unknown = self.table.get, self.unknown
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = -math.inf
            best_end = -1
            i = k
            value = get(block[k])
            while value is not None:
                if value != PREFIX_ONLY:
                    candidate = value + score[i + 1]
                    if candidate >= best:  # ends are tried shortest first: ties go to the longer word
                        best, best_end = candidate, i
                i += 1
                if i >= n:
                    break
                value = get(block[k:i + 1])
            if best_end < 0:  # no dictionary word starts here: the character alone
                best, best_end = unknown + score[k + 1], k
            score[k] = best
            end[k] = best_end
        words: list[str] = []
        eng = _ENG
        buf = ""
        x = 0
        while x < n:
            y = end[x] + 1
            if y - x == 1 and block[x] in eng:  # single letters and digits run together
                buf += block[x]
            else:
                if buf:
                    words.append(buf)
                    buf = ""
                words.append(block[x:y])
            x = y
        if buf:
            words.append(buf)
        return words
