"""The NER tagger at run time: a character BiLSTM-CRF evaluated with NumPy.

The network (trained by `pipeline.ner.train`, PyTorch) reads every character
of a sentence with four features: the character, the bigram it starts, the
bigram it ends, and its place in the jieba word around it (B/M/E/S). A
bidirectional LSTM turns them into tag scores and a CRF picks the best BIOES
tag sequence. Here the same arithmetic runs in NumPy from the weights in
`models/ner/tagger.npz`, so the pipeline needs no deep-learning library at run
time and loads in well under a second.

Texts are read in the model's width form (full-width ASCII, as in MSRA) and in
sentence-sized pieces (the model was trained on sentences of at most 100
characters); offsets are offsets into the text as given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.ner.data import LABELS, Span, jieba_words, to_fullwidth, to_halfwidth

PAD, UNK = 0, 1
BOS, EOS = "\x02", "\x03"
WORD_TAGS = {"B": 1, "M": 2, "E": 3, "S": 4}  # 0 is padding
# Word features: "bmes" = the place of a character in its jieba word (ids 1-4); "bmes_pos" =
# that place crossed with the word's class in jieba's dictionary (place, organization, person,
# other proper noun, other known word, unknown word): ids 1 + place * 6 + class.
WORD_FEATURES = ("none", "bmes", "bmes_pos")
_POS_CLASSES = ("ns", "nt", "nr", "nz")  # then "known" (4) and "unknown" (5)
N_WORD_IDS = {"none": 5, "bmes": 5, "bmes_pos": 1 + 4 * 6}
MAX_PIECE = 100  # the longest MSRA sentence

# Where a long text may be cut: after sentence-final punctuation, else after a comma.
_SENTENCE_END = re.compile(r"[。！？；!?;\n]+|[．.](?=\s|$)")
_CLAUSE_END = re.compile(r"[，,、：:]")


def bioes_tags() -> list[str]:
    """The tag set: O, then B/I/E/S of every label."""
    return ["O", *[f"{p}-{label}" for label in LABELS for p in "BIES"]]


def spans_to_bioes(length: int, spans: Iterable[Span]) -> list[str]:
    """Character tags of non-overlapping spans."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"S-{label}"
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end - 1):
            tags[i] = f"I-{label}"
        tags[end - 1] = f"E-{label}"
    return tags


def bioes_to_spans(tags: Sequence[str]) -> list[Span]:
    """Spans of a BIOES sequence; a chunk that is not closed properly is kept as far as it goes."""
    spans: list[Span] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        if prefix == "S":
            if start >= 0:
                spans.append((start, i, label))
            spans.append((i, i + 1, lab))
            start = -1
        elif prefix == "B" or (prefix in "IE" and (start < 0 or lab != label)):
            if start >= 0:
                spans.append((start, i, label))
            start, label = i, lab
            if prefix == "E":
                spans.append((start, i + 1, label))
                start = -1
        elif prefix == "E":
            spans.append((start, i + 1, label))
            start = -1
        elif prefix == "O" and start >= 0:
            spans.append((start, i, label))
            start = -1
    if start >= 0:
        spans.append((start, len(tags), label))
    return spans


def allowed_transitions(tags: Sequence[str]) -> np.ndarray:
    """Boolean matrix [from, to] of the BIOES transitions that can occur."""
    n = len(tags)
    ok = np.zeros((n, n), dtype=bool)
    for i, a in enumerate(tags):
        pa, _, la = a.partition("-")
        for j, b in enumerate(tags):
            pb, _, lb = b.partition("-")
            if pa in ("B", "I"):
                ok[i, j] = pb in ("I", "E") and la == lb
            else:
                ok[i, j] = pb in ("O", "B", "S")
    return ok


def allowed_starts(tags: Sequence[str]) -> np.ndarray:
    return np.array([t.partition("-")[0] in ("O", "B", "S") for t in tags])


def allowed_ends(tags: Sequence[str]) -> np.ndarray:
    return np.array([t.partition("-")[0] in ("O", "E", "S") for t in tags])


def _places(length: int) -> list[int]:
    """0-based B/M/E/S places of the characters of a word of `length` characters."""
    return [3] if length == 1 else [0, *[1] * (length - 2), 2]


def _jieba_word_tags() -> dict[str, str]:
    """jieba's dictionary part-of-speech tags (its own dictionary, not the project's user words)."""
    from pipeline.jieba_tables import dictionary_tables  # the tags jieba.posseg reads, cached

    return dictionary_tables()[0]


def _word_class(word: str, tags: dict[str, str]) -> int:
    tag = tags.get(to_halfwidth(word))
    if tag is None:
        return 5
    return next((k for k, prefix in enumerate(_POS_CLASSES) if tag.startswith(prefix)), 4)


def word_positions(text: str, scheme: str = "bmes") -> list[int]:
    """The word feature id of every character (see WORD_FEATURES)."""
    if scheme == "none":
        return [WORD_TAGS["S"]] * len(text)
    ids: list[int] = []
    tags = _jieba_word_tags() if scheme == "bmes_pos" else {}
    for word in jieba_words(text):
        if scheme == "bmes":
            ids.extend(1 + p for p in _places(len(word)))
        else:
            cls = _word_class(word, tags)
            ids.extend(1 + p * 6 + cls for p in _places(len(word)))
    return ids


@dataclass(frozen=True)
class Features:
    """Index arrays of one sentence (all of its length)."""

    chars: list[int]
    next_bigrams: list[int]
    prev_bigrams: list[int]
    words: list[int]


class Vocabulary:
    """Character and bigram ids; unknown ones map to UNK."""

    def __init__(self, chars: Sequence[str], bigrams: Sequence[str], words: str = "bmes"):
        self.char_list = list(chars)
        self.bigram_list = list(bigrams)
        self.chars = {c: i + 2 for i, c in enumerate(self.char_list)}
        self.bigrams = {b: i + 2 for i, b in enumerate(self.bigram_list)}
        if words not in WORD_FEATURES:
            raise ValueError(f"unknown word features {words!r}")
        self.words = words

    def features(self, text: str) -> Features:
        """Features of a text already in the model's width form."""
        chars, bigrams = self.chars, self.bigrams
        padded = BOS + text + EOS
        pairs = [bigrams.get(padded[i : i + 2], UNK) for i in range(len(padded) - 1)]
        words = word_positions(text, self.words)
        return Features([chars.get(c, UNK) for c in text], pairs[1:], pairs[:-1], words)


def split_pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut at sentence ends, then commas."""
    pieces: list[tuple[int, int]] = []
    start = 0
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    for cut in cuts:
        while cut - start > limit:
            window = text[start : start + limit]
            commas = [m.end() for m in _CLAUSE_END.finditer(window)]
            step = commas[-1] if commas and commas[-1] > limit // 3 else limit
            pieces.append((start, start + step))
            start += step
        if cut > start:
            pieces.append((start, cut))
            start = cut
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


class Tagger:
    """The BiLSTM-CRF with its vocabulary, loaded from a model folder."""

    def __init__(self, weights: dict[str, np.ndarray], vocab: Vocabulary, tags: list[str], meta: dict):
        self.w = {k: v.astype(np.float32) for k, v in weights.items()}
        self.vocab = vocab
        self.tags = tags
        self.meta = meta
        ok = allowed_transitions(tags)
        self.transitions = np.where(ok, self.w["crf.transitions"], -1e4).astype(np.float32)
        self.start = np.where(allowed_starts(tags), self.w["crf.start"], -1e4).astype(np.float32)
        self.end = np.where(allowed_ends(tags), self.w["crf.end"], -1e4).astype(np.float32)
        self.hidden = self.w["lstm.weight_hh_l0"].shape[1]

    @classmethod
    def load(cls, folder: str | Path) -> Tagger:
        folder = Path(folder)
        meta = json.loads((folder / "tagger.json").read_text(encoding="utf-8"))
        with np.load(folder / "tagger.npz") as npz:
            weights = {k: npz[k] for k in npz.files}
        vocab = Vocabulary(meta["chars"], meta["bigrams"], meta.get("word_features", "bmes"))
        info = {k: v for k, v in meta.items() if k not in ("chars", "bigrams")}
        return cls(weights, vocab, meta["tags"], info)

    # -- network -------------------------------------------------------------
    def _inputs(self, batch: list[Features], length: int) -> tuple[np.ndarray, np.ndarray]:
        """Embedded inputs (B, L, D), zero-padded, and the lengths."""
        def pad(rows: list[list[int]]) -> np.ndarray:
            out = np.zeros((len(rows), length), dtype=np.int64)
            for i, row in enumerate(rows):
                out[i, : len(row)] = row
            return out

        w = self.w
        parts = [
            w["char.weight"][pad([f.chars for f in batch])],
            w["bigram.weight"][pad([f.next_bigrams for f in batch])],
            w["bigram.weight"][pad([f.prev_bigrams for f in batch])],
            w["word.weight"][pad([f.words for f in batch])],
        ]
        lengths = np.array([len(f.chars) for f in batch])
        return np.concatenate(parts, axis=2), lengths

    def _lstm(self, x: np.ndarray, lengths: np.ndarray, suffix: str) -> np.ndarray:
        """One direction of the LSTM over left-aligned sequences (PyTorch gate order i, f, g, o)."""
        w = self.w
        b, length, _ = x.shape
        h_size = self.hidden
        bias = w[f"lstm.bias_ih_l0{suffix}"] + w[f"lstm.bias_hh_l0{suffix}"]
        pre = x @ w[f"lstm.weight_ih_l0{suffix}"].T + bias
        w_hh = w[f"lstm.weight_hh_l0{suffix}"].T
        h = np.zeros((b, h_size), dtype=np.float32)
        c = np.zeros((b, h_size), dtype=np.float32)
        out = np.zeros((b, length, h_size), dtype=np.float32)
        for t in range(length):
            gates = pre[:, t] + h @ w_hh
            i = _sigmoid(gates[:, :h_size])
            f = _sigmoid(gates[:, h_size : 2 * h_size])
            g = np.tanh(gates[:, 2 * h_size : 3 * h_size])
            o = _sigmoid(gates[:, 3 * h_size :])
            c_new = f * c + i * g
            h_new = o * np.tanh(c_new)
            live = (t < lengths)[:, None]
            c = np.where(live, c_new, c)
            h = np.where(live, h_new, h)
            out[:, t] = h_new * live
        return out

    def _emissions(self, batch: list[Features]) -> tuple[np.ndarray, np.ndarray]:
        length = max(len(f.chars) for f in batch)
        x, lengths = self._inputs(batch, length)
        forward = self._lstm(x, lengths, "")
        # The backward direction reads each sequence reversed within its own length.
        rev_index = np.array([[(n - 1 - t) if t < n else t for t in range(length)] for n in lengths])
        rows = np.arange(len(batch))[:, None]
        backward = self._lstm(x[rows, rev_index], lengths, "_reverse")[rows, rev_index]
        hidden = np.concatenate([forward, backward], axis=2)
        return hidden @ self.w["out.weight"].T + self.w["out.bias"], lengths

    def _viterbi(self, scores: np.ndarray) -> list[int]:
        best = self.start + scores[0]
        back = []
        for t in range(1, len(scores)):
            total = best[:, None] + self.transitions
            back.append(total.argmax(axis=0))
            best = total.max(axis=0) + scores[t]
        path = [int((best + self.end).argmax())]
        for pointers in reversed(back):
            path.append(int(pointers[path[-1]]))
        return path[::-1]

    def tag_features(self, items: Sequence[Features], batch_size: int = 64) -> list[list[str]]:
        """BIOES tags of every featurized sentence (batched by length)."""
        order = sorted(range(len(items)), key=lambda i: len(items[i].chars))
        result: list[list[str]] = [[] for _ in items]
        for k in range(0, len(order), batch_size):
            idx = [i for i in order[k : k + batch_size] if items[i].chars]
            if not idx:
                continue
            emissions, lengths = self._emissions([items[i] for i in idx])
            for row, i in enumerate(idx):
                path = self._viterbi(emissions[row, : lengths[row]])
                result[i] = [self.tags[p] for p in path]
        return result

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        """Entity spans `(start, end, label)` per text, offsets into the text as given."""
        pieces: list[tuple[int, int, int]] = []
        feats: list[Features] = []
        for n, text in enumerate(texts):
            full = to_fullwidth(text)
            for start, end in split_pieces(full):
                pieces.append((n, start, end))
                feats.append(self.vocab.features(full[start:end]))
        results: list[list[Span]] = [[] for _ in texts]
        for (n, start, _), tags in zip(pieces, self.tag_features(feats), strict=True):
            results[n].extend((start + s, start + e, label) for s, e, label in bioes_to_spans(tags))
        return results
