"""Train the PER / ORG / LOC model with `spacy train` on MSRA (optionally plus CLUENER).

    python -m pipeline.ner.train --data /work/shared/data/ner/msra --out models/ner

The data become DocBins in a work folder, spaCy trains from `config.cfg`
(seeded, CPU only), the best checkpoint on MSRA dev is kept, and it is saved
to `--out` with the vocab's width table (ASCII -> full-width NORM), so the
model reads half-width input as it read the full-width training text.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np
import spacy
from spacy.lookups import Lookups
from spacy.schemas import ConfigSchemaTraining
from spacy.training.initialize import init_nlp
from spacy.training.loop import (
    create_evaluation_callback,
    create_train_batches,
    train_while_improving,
    update_meta,
)
from spacy.util import load_config, registry, resolve_dot_names
from spacy.vectors import Vectors

from pipeline.ner.data import Sentence, read_bio, read_cluener, to_docbin, width_norm_table

CONFIG = Path(__file__).with_name("config.cfg")

MODEL_README = """# models/ner: PER / ORG / LOC (spaCy)

Written by `python -m pipeline.ner.train`; do not edit by hand.

Load and predict through `pipeline.ner.model.predict(texts)` (character offsets
into the texts as given). `spacy.load("models/ner")` loads the pipeline offline,
but its Docs must be built like `pipeline.ner.data.make_doc`: the text in full
width, one token per character, reversed (reversed = {reversed}), tokens = {tokens}.

Training: {train_sentences} sentences, CLUENER added: {cluener}, {updates} updates,
wall time {train_wall_seconds} s. Scores: `python -m pipeline.ner.evaluate_msra`.
"""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", required=True, type=Path, help="folder with train.bio and dev.bio (MSRA)")
    p.add_argument("--out", required=True, type=Path, help="where the trained pipeline is saved")
    p.add_argument("--epochs", type=int, default=0, help="stop after N epochs (0: no epoch limit)")
    p.add_argument("--max-steps", type=int, default=None, help="stop after N updates (0: no limit)")
    p.add_argument(
        "--max-minutes", type=float, default=42.0,
        help="stop training after this wall time (from the start, data preparation included)",
    )
    p.add_argument("--tokens", choices=("char", "jieba"), default="char", help="token unit")
    p.add_argument(
        "--direction", choices=("rtl", "ltr"), default="rtl",
        help="rtl (default): read sentences right to left, so the type is chosen at the head of a name",
    )
    p.add_argument(
        "--vectors-dim", type=int, default=64,
        help="static character vectors (PPMI-SVD of the training text) of this size; 0: none",
    )
    p.add_argument("--cluener", type=Path, default=None, help="also train on this CLUENER train.json")
    p.add_argument("--limit", type=int, default=0, help="use only the first N MSRA train sentences")
    p.add_argument("--config", type=Path, default=CONFIG, help="spaCy config")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--eval-frequency", type=int, default=None, help="updates between dev evaluations")
    p.add_argument("--workdir", type=Path, default=None, help="keep DocBins and checkpoints here")
    p.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="spaCy config override, e.g. components.ner.model.tok2vec.encode.depth=8",
    )
    return p.parse_args(argv)


def _value(raw: str) -> object:
    """A config override value: JSON if it parses, else the string."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return raw


def build_overrides(args: argparse.Namespace, train_path: Path, dev_path: Path) -> dict[str, object]:
    """spaCy config overrides from the command line."""
    overrides: dict[str, object] = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "system.seed": args.seed,
        "nlp.tokenizer.segmenter": args.tokens,
    }
    if args.epochs:
        overrides["training.max_epochs"] = args.epochs
        overrides["training.max_steps"] = 0
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.eval_frequency:
        overrides["training.eval_frequency"] = args.eval_frequency
    for item in args.set:
        key, sep, raw = item.partition("=")
        if not sep:
            raise SystemExit(f"--set wants KEY=VALUE, got {item!r}")
        overrides[key.strip()] = _value(raw.strip())
    return overrides


def load_training_data(args: argparse.Namespace) -> tuple[list[Sentence], list[Sentence]]:
    """Train and dev sentences (train shuffled with the seed when CLUENER is mixed in)."""
    train = read_bio(args.data / "train.bio")
    if args.limit:
        train = train[: args.limit]
    dev = read_bio(args.data / "dev.bio")
    if args.cluener:
        train = train + read_cluener(args.cluener)
        random.Random(args.seed).shuffle(train)
    return train, dev


def char_vectors(
    texts: list[str], dim: int, window: int = 2, min_count: int = 2, seed: int = 0
) -> tuple[list[str], np.ndarray]:
    """Character vectors from the training text: PPMI of +-`window` co-occurrence, then SVD.

    Keys are lower-cased characters. spaCy looks static vectors up by ORTH (it
    does not save another key attribute), so they cover the full-width text the
    model reads: Chinese characters, digits, punctuation, lower-case letters.
    Deterministic for a given text and seed; nothing is downloaded.
    """
    counts = Counter(ch for text in texts for ch in text.lower())
    chars = sorted(c for c, n in counts.items() if n >= min_count)
    index = {c: i for i, c in enumerate(chars)}
    size = len(chars)
    ids: list[int] = []
    for text in texts:
        ids.extend(index.get(c, -1) for c in text.lower())
        ids.extend([-1] * window)
    seq = np.array(ids, dtype=np.int64)
    cooc = np.zeros(size * size, dtype=np.float64)
    for offset in range(1, window + 1):
        a, b = seq[:-offset], seq[offset:]
        keep = (a >= 0) & (b >= 0)
        cooc += np.bincount(a[keep] * size + b[keep], minlength=size * size)
    matrix = cooc.reshape(size, size)
    matrix = matrix + matrix.T
    total = matrix.sum()
    rows = matrix.sum(axis=1, keepdims=True)
    ctx = matrix.sum(axis=0, keepdims=True) ** 0.75
    ctx = ctx / ctx.sum() * total
    with np.errstate(divide="ignore"):
        pmi = np.log(matrix * total / (rows * ctx + 1e-12))
    ppmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    rng = np.random.default_rng(seed)
    basis, _ = np.linalg.qr(ppmi @ rng.normal(size=(size, dim + 16)))
    for _ in range(3):
        basis, _ = np.linalg.qr(ppmi @ (ppmi.T @ basis))
    u_small, sing, _ = np.linalg.svd(basis.T @ ppmi, full_matrices=False)
    vecs = (basis @ u_small[:, :dim]) * np.sqrt(sing[:dim])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    return chars, vecs.astype(np.float32)


def write_vectors_pipeline(texts: list[str], dim: int, path: Path, seed: int) -> None:
    """A blank pipeline holding only the character vectors, for `[initialize] vectors`."""
    nlp = spacy.blank("zh")
    chars, data = char_vectors(texts, dim, seed=seed)
    keys = [nlp.vocab.strings.add(c) for c in chars]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=keys)
    nlp.to_disk(path)


def run_training(config_path: Path, overrides: dict[str, object], best_dir: Path, deadline: float) -> int:
    """spaCy's training loop (`spacy.training.loop`), also stopped at the wall-clock `deadline`.

    The dev set is scored every `eval_frequency` updates and once more at the
    end; the best-scoring weights (averaged, as spaCy saves them) go to `best_dir`.
    Returns the number of updates made.
    """
    config = load_config(config_path, overrides=overrides, interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    resolved = nlp.config.interpolate()
    T = registry.resolve(resolved["training"], schema=ConfigSchemaTraining)
    train_corpus, dev_corpus = resolve_dot_names(resolved, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    evaluate = create_evaluation_callback(nlp, dev_corpus, T["score_weights"])
    steps = train_while_improving(
        nlp,
        optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        evaluate,
        dropout=T["dropout"],
        accumulate_gradient=T["accumulate_gradient"],
        patience=T["patience"],
        max_steps=T["max_steps"],
        eval_frequency=T["eval_frequency"],
        exclude=T["frozen_components"],
        annotating_components=T["annotating_components"],
        before_update=T["before_update"],
    )
    log_step, finalize_logger = T["logger"](nlp, sys.stdout, sys.stderr)
    best = -1.0
    info: dict[str, object] = {}

    def keep(score: float, info: dict[str, object]) -> float:
        if score <= best:
            return best
        update_meta(T, nlp, info)
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(best_dir)
        return score

    try:
        for _batch, info, is_best in steps:
            if is_best is not None:
                best = keep(float(info["score"]), info)  # type: ignore[arg-type]
            log_step(info if is_best is not None else None)
            if time.time() >= deadline:
                print(f"wall-time limit reached after {info['step']} updates", flush=True)
                if is_best is None:
                    with nlp.use_params(optimizer.averages):
                        score, other = evaluate()
                    info = {**info, "score": score, "other_scores": other}
                    best = keep(score, info)
                    log_step(info)
                break
    finally:
        finalize_logger()
    return int(info.get("step", 0)) + 1  # type: ignore[call-overload]


def save_model(best: Path, out: Path, meta_extra: dict[str, object]) -> None:
    """Copy the best checkpoint to `out` with the width NORM table and training notes in meta."""
    nlp = spacy.load(best)
    lookups = Lookups()
    lookups.add_table("lexeme_norm", width_norm_table())
    nlp.vocab.lookups = lookups
    nlp.meta["name"] = "cn_news_ner"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = (
        "PER/ORG/LOC NER trained on MSRA (pipeline/ner). Docs must be built as in "
        "pipeline.ner.data.make_doc (full-width text, one token per character"
        + (", reversed" if meta_extra.get("reversed") else "")
        + "); use pipeline.ner.model.predict."
    )
    nlp.meta["cn_news_ner"] = meta_extra
    if out.exists():
        if any(out.iterdir()) and not (out / "meta.json").exists():
            raise SystemExit(f"{out} exists and is not a spaCy pipeline folder; not overwriting it")
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "README.md").write_text(MODEL_README.format(**meta_extra), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Train, then save the best model."""
    args = parse_args(argv)
    started = time.perf_counter()
    deadline = time.time() + 60 * args.max_minutes
    work = args.workdir or Path(tempfile.mkdtemp(prefix="ner_train_"))
    work.mkdir(parents=True, exist_ok=True)
    train, dev = load_training_data(args)
    vocab = spacy.blank("zh").vocab
    reverse = args.direction == "rtl"
    train_bin, kept, lost = to_docbin(vocab, train, args.tokens, reverse)
    dev_bin, dev_kept, dev_lost = to_docbin(vocab, dev, args.tokens, reverse)
    train_bin.to_disk(work / "train.spacy")
    dev_bin.to_disk(work / "dev.spacy")
    print(
        f"train: {len(train)} sentences, {kept} entities ({lost} lost to {args.tokens} token boundaries); "
        f"dev: {len(dev)} sentences, {dev_kept} entities ({dev_lost} lost)",
        flush=True,
    )
    overrides = build_overrides(args, work / "train.spacy", work / "dev.spacy")
    if args.vectors_dim:
        write_vectors_pipeline([text for text, _ in train], args.vectors_dim, work / "vectors", args.seed)
        overrides["initialize.vectors"] = str(work / "vectors")
        overrides["components.ner.model.tok2vec.embed.include_static_vectors"] = True
    steps = run_training(args.config, overrides, work / "model-best", deadline)
    seconds = time.perf_counter() - started
    meta_extra: dict[str, object] = {
        "tokens": args.tokens,
        "reversed": reverse,
        "train_sentences": len(train),
        "cluener": bool(args.cluener),
        "train_wall_seconds": round(seconds, 1),
        "updates": steps,
        "overrides": {k: v for k, v in overrides.items() if not k.startswith("paths.")},
    }
    save_model(work / "model-best", args.out, meta_extra)
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    print(f"saved {args.out}; wall time {seconds:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
