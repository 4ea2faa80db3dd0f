"""Train the NER tagger (character BiLSTM-CRF) on MSRA with PyTorch, on the CPU.

    python -m pipeline.ner.train --data ../shared/data/ner/msra --out models/ner

Needs PyTorch (requirements-train.txt; `make model` installs it). The pipeline
itself never imports torch: the weights are saved as NumPy arrays
(`tagger.npz`, embeddings in float16) with the vocabulary and tag set
(`tagger.json`), and `pipeline.ner.tagger` runs the network in NumPy.

Model selection never looks at MSRA dev: the last `--holdout` sentences of
train.bio are kept out of training and the epoch that scores best on them is
saved. Training stops at `--max-minutes` (wall clock), after the epoch running
then has been scored.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.ner.data import Sentence, read_bio
from pipeline.ner.evaluate_msra import format_table, score
from pipeline.ner.tagger import (
    BOS,
    EOS,
    N_WORD_IDS,
    WORD_FEATURES,
    Features,
    Tagger,
    Vocabulary,
    allowed_ends,
    allowed_starts,
    allowed_transitions,
    bioes_tags,
    bioes_to_spans,
    spans_to_bioes,
)

MODEL_README = """# models/ner: PER / ORG / LOC tagger (character BiLSTM-CRF)

Trained by `make model` (`python -m pipeline.ner.train`) on MSRA train.bio
(SIGHAN 2006, People's Daily 1998), minus a held-out tail used to pick the epoch.
Files: `tagger.npz` (weights; embeddings float16), `tagger.json` (vocabulary,
tag set, settings, training record). Run by `pipeline/ner/tagger.py` with NumPy;
scored by `python -m pipeline.ner.evaluate_msra --data DIR --model models/ner`.
"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", required=True, type=Path, help="MSRA folder with train.bio")
    p.add_argument("--out", default=Path("models/ner"), type=Path)
    p.add_argument("--max-minutes", type=float, default=42.0)
    p.add_argument("--max-epochs", type=int, default=30)
    p.add_argument("--holdout", type=int, default=2000, help="train.bio tail sentences for model selection")
    p.add_argument("--limit", type=int, default=0, help="train on the first N sentences only (quick runs)")
    p.add_argument("--char-dim", type=int, default=100)
    p.add_argument("--bigram-dim", type=int, default=50)
    p.add_argument("--word-dim", type=int, default=20)
    p.add_argument("--hidden", type=int, default=200)
    p.add_argument("--min-bigram", type=int, default=2)
    p.add_argument("--words", choices=WORD_FEATURES, default="bmes",
                   help="jieba word feature: none, place in word, or place and dictionary class")
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--decay", type=float, default=1.0, help="learning rate factor after every epoch")
    p.add_argument("--sparse", action="store_true",
                   help="sparse embedding gradients (SparseAdam): faster epochs, slower learning per epoch")
    p.add_argument("--dropout", type=float, default=0.5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=7)
    return p.parse_args(argv)


def build_vocabulary(sentences: Sequence[Sentence], min_bigram: int, words: str) -> Vocabulary:
    chars: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for text, _ in sentences:
        chars.update(text)
        padded = BOS + text + EOS
        bigrams.update(padded[i : i + 2] for i in range(len(padded) - 1))
    char_list = sorted(chars, key=lambda c: (-chars[c], c))
    bigram_list = sorted((b for b, n in bigrams.items() if n >= min_bigram), key=lambda b: (-bigrams[b], b))
    return Vocabulary(char_list, bigram_list, words)


def make_network(args: argparse.Namespace, vocab: Vocabulary, n_tags: int):  # -> torch.nn.Module
    import torch
    from torch import nn

    tags = bioes_tags()
    forbidden_trans = torch.tensor(~allowed_transitions(tags))
    forbidden_start = torch.tensor(~allowed_starts(tags))
    forbidden_end = torch.tensor(~allowed_ends(tags))

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            # With --sparse, a batch updates only the few hundred of ~140k bigram rows it touches.
            n_chars, n_bigrams = len(vocab.char_list) + 2, len(vocab.bigram_list) + 2
            self.char = nn.Embedding(n_chars, args.char_dim, padding_idx=0, sparse=args.sparse)
            self.bigram = nn.Embedding(n_bigrams, args.bigram_dim, padding_idx=0, sparse=args.sparse)
            self.word = nn.Embedding(N_WORD_IDS[vocab.words], args.word_dim, padding_idx=0)
            self.drop = nn.Dropout(args.dropout)
            dim = args.char_dim + 2 * args.bigram_dim + args.word_dim
            self.lstm = nn.LSTM(dim, args.hidden, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * args.hidden, n_tags)
            self.crf_transitions = nn.Parameter(torch.zeros(n_tags, n_tags))
            self.crf_start = nn.Parameter(torch.zeros(n_tags))
            self.crf_end = nn.Parameter(torch.zeros(n_tags))

        def emissions(self, chars, nxt, prv, words, lengths):
            x = torch.cat([self.char(chars), self.bigram(nxt), self.bigram(prv), self.word(words)], dim=2)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=chars.shape[1])
            return self.out(self.drop(out))

        def crf_params(self):
            big = -1e4
            return (
                self.crf_transitions.masked_fill(forbidden_trans, big),
                self.crf_start.masked_fill(forbidden_start, big),
                self.crf_end.masked_fill(forbidden_end, big),
            )

        def loss(self, chars, nxt, prv, words, lengths, tags):
            em = self.emissions(chars, nxt, prv, words, lengths)
            mask = chars != 0
            trans, start, end = self.crf_params()
            b, length, _ = em.shape
            # Score of the gold path.
            gold = em.gather(2, tags.unsqueeze(2)).squeeze(2)
            step = trans[tags[:, :-1], tags[:, 1:]]
            score_ = start[tags[:, 0]] + (gold * mask).sum(1) + (step * mask[:, 1:]).sum(1)
            last = tags.gather(1, (lengths - 1).unsqueeze(1).to(tags.device)).squeeze(1)
            score_ = score_ + end[last]
            # Log partition function.
            alpha = start.unsqueeze(0) + em[:, 0]
            for t in range(1, length):
                paths = alpha.unsqueeze(2) + trans.unsqueeze(0) + em[:, t].unsqueeze(1)
                nxt_alpha = torch.logsumexp(paths, dim=1)
                alpha = torch.where(mask[:, t].unsqueeze(1), nxt_alpha, alpha)
            log_z = torch.logsumexp(alpha + end.unsqueeze(0), dim=1)
            return (log_z - score_).sum() / b

    return Net()


def to_tensors(batch: list[tuple[Features, list[int]]]):
    import torch

    length = max(len(f.chars) for f, _ in batch)

    def pad(rows):
        out = torch.zeros((len(rows), length), dtype=torch.long)
        for i, row in enumerate(rows):
            out[i, : len(row)] = torch.tensor(row, dtype=torch.long)
        return out

    feats = [f for f, _ in batch]
    return (
        pad([f.chars for f in feats]),
        pad([f.next_bigrams for f in feats]),
        pad([f.prev_bigrams for f in feats]),
        pad([f.words for f in feats]),
        torch.tensor([len(f.chars) for f in feats], dtype=torch.long),
        pad([t for _, t in batch]),
    )


def export_weights(net, float16: tuple[str, ...] = ("char.weight", "bigram.weight")) -> dict[str, np.ndarray]:
    """The network's parameters as NumPy arrays, named as `Tagger` expects."""
    rename = {"crf_transitions": "crf.transitions", "crf_start": "crf.start", "crf_end": "crf.end"}
    weights = {}
    for name, tensor in net.state_dict().items():
        array = tensor.detach().cpu().numpy()
        key = rename.get(name, name)
        weights[key] = array.astype(np.float16) if key in float16 else array.astype(np.float32)
    return weights


def save(out: Path, weights: dict[str, np.ndarray], vocab: Vocabulary, tags: list[str], meta: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "tagger.npz", **weights)
    record = {**meta, "tags": tags, "word_features": vocab.words,
              "chars": vocab.char_list, "bigrams": vocab.bigram_list}
    text = json.dumps(record, ensure_ascii=False, indent=0) + "\n"
    (out / "tagger.json").write_text(text, encoding="utf-8")
    (out / "README.md").write_text(MODEL_README, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import torch
    except ImportError:
        print("error: training needs PyTorch: run `make model` (it installs PyTorch into .venv-train) "
              "or pip install -r requirements-train.txt", file=sys.stderr)
        return 2
    started = time.perf_counter()
    deadline = started + args.max_minutes * 60
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    torch.set_num_threads(args.threads)

    sentences = read_bio(args.data / "train.bio")
    train, holdout = sentences[: -args.holdout], sentences[-args.holdout :]
    if args.limit:
        train = train[: args.limit]
    vocab = build_vocabulary(train, args.min_bigram, args.words)
    tags = bioes_tags()
    tag_id = {t: i for i, t in enumerate(tags)}
    print(f"{len(train)} training sentences, {len(holdout)} held out; "
          f"{len(vocab.char_list)} chars, {len(vocab.bigram_list)} bigrams", flush=True)
    data = [
        (vocab.features(text), [tag_id[t] for t in spans_to_bioes(len(text), spans)])
        for text, spans in train
    ]
    hold_feats = [vocab.features(text) for text, _ in holdout]
    print(f"features ready in {time.perf_counter() - started:.0f}s", flush=True)

    net = make_network(args, vocab, len(tags))
    if args.sparse:
        sparse = [net.char.weight, net.bigram.weight]
        dense = [q for q in net.parameters() if all(q is not e for e in sparse)]
        optimizers = [torch.optim.SparseAdam(sparse, lr=args.lr), torch.optim.Adam(dense, lr=args.lr)]
    else:
        dense = list(net.parameters())
        optimizers = [torch.optim.Adam(dense, lr=args.lr)]
    # Batches of similar length (less padding), shuffled every epoch.
    order = sorted(range(len(data)), key=lambda i: len(data[i][0].chars))
    batches = [order[k : k + args.batch] for k in range(0, len(order), args.batch)]

    best_f1, best_weights, history = -1.0, None, []
    meta: dict = {}
    for epoch in range(1, args.max_epochs + 1):
        net.train()
        random.shuffle(batches)
        total, t0 = 0.0, time.perf_counter()
        for n, idx in enumerate(batches, 1):
            *inputs, gold = to_tensors([data[i] for i in idx])
            loss = net.loss(*inputs, gold)
            for optimizer in optimizers:
                optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(dense, 5.0)
            for optimizer in optimizers:
                optimizer.step()
            total += loss.item()
            if n % 200 == 0:
                print(f"  epoch {epoch} batch {n}/{len(batches)} loss {total / n:.3f} "
                      f"({time.perf_counter() - t0:.0f}s)", flush=True)
            if time.perf_counter() > deadline:
                break
        for optimizer in optimizers:
            for group in optimizer.param_groups:
                group["lr"] *= args.decay
        net.eval()
        weights = export_weights(net)
        tagger = Tagger(weights, vocab, tags, {})
        pred = [bioes_to_spans(t) for t in tagger.tag_features(hold_feats)]
        scores = score([s for _, s in holdout], pred)
        f1 = scores["micro"]["f1"]
        elapsed = time.perf_counter() - started
        history.append({"epoch": epoch, "loss": round(total / max(n, 1), 4), "holdout_f1": round(f1, 4),
                        "ORG": round(scores["ORG"]["f1"], 4), "LOC": round(scores["LOC"]["f1"], 4),
                        "minutes": round(elapsed / 60, 1)})
        print(f"epoch {epoch}: loss {total / max(n, 1):.3f}, held-out F1 {f1:.4f} "
              f"(PER {scores['PER']['f1']:.4f} ORG {scores['ORG']['f1']:.4f} LOC {scores['LOC']['f1']:.4f}), "
              f"{elapsed / 60:.1f} min", flush=True)
        if f1 > best_f1:
            best_f1, best_weights = f1, weights
            meta = {
                "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
                "trained_sentences": len(train),
                "best_epoch": epoch,
                "holdout_f1": round(f1, 4),
                "history": history,
                "torch": torch.__version__,
            }
            save(args.out, best_weights, vocab, tags, meta)
            print(format_table(scores), flush=True)
        if time.perf_counter() > deadline:
            break
    minutes = (time.perf_counter() - started) / 60
    if best_weights is not None:  # the record of every epoch, beside the best one's weights
        meta.update(history=history, train_minutes=round(minutes, 1))
        save(args.out, best_weights, vocab, tags, meta)
    print(f"trained in {minutes:.1f} min; best held-out F1 {best_f1:.4f}; saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
