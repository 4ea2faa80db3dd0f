"""The spaCy Language: jieba tokenizer plus the recognizer components.

Components, in order, each a small spaCy pipe:
  date_recognizer, metric_recognizer, city_recognizer, org_recognizer
      each adds candidate spans of its type to doc.spans[TYPE]
  ner_recognizer (modes "model" and "combined")
      the trained model's ORG, LOC (as CITY) and PER spans, by the
      precedence in pipeline/recognizers/ner.py
  mention_resolver
      picks non-overlapping mentions (outermost wins) into doc.ents
  city_attribution
      fills the `city` field of DATE and METRIC mentions
Per-document inputs travel in doc.user_data: `ref` (RefDate), `taiwan`,
`words` (the jieba words the tokenizer produced), `text` (the text itself:
`doc.text` is rebuilt from the tokens on every access).
"""

from __future__ import annotations

from operator import itemgetter

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.resources import load_resources
from pipeline.rulefiles import DEFAULT_NER_MODE, NER_MODES


def pipes_for(ner: str) -> tuple[str, ...]:
    """Component names for an NER mode: rules only, the trained model only, or both.

    DATE and METRIC always come from the rules (the model has no such types).
    """
    if ner not in NER_MODES:
        raise ValueError(f"unknown NER mode {ner!r}; expected one of {', '.join(NER_MODES)}")
    names = ["date_recognizer", "metric_recognizer"]
    if ner in ("rules", "combined"):
        names += ["city_recognizer", "org_recognizer"]
    if ner in ("model", "combined"):
        names.append("ner_recognizer")
    return (*names, "mention_resolver", "city_attribution")


class JiebaTokenizer:
    """spaCy tokenizer from jieba words; keeps the words for the recognizers."""

    def __init__(self, vocab: Vocab, rules_dir: str | None = None):
        self.vocab = vocab
        self.rules_dir = rules_dir

    def __call__(self, text: str) -> Doc:
        words = load_resources(self.rules_dir).segmenter.segment(text)
        doc = Doc(self.vocab, words=list(map(itemgetter(0), words)), spaces=[False] * len(words))
        doc.user_data["words"] = words
        doc.user_data["text"] = text
        return doc


def build_nlp(
    rules_dir: str | None = None, ner: str = DEFAULT_NER_MODE, model: str | None = None
) -> Language:
    """A blank Chinese pipeline with the jieba tokenizer and the recognizers of `ner` mode."""
    # Importing the package registers the component factories.
    import pipeline.recognizers  # noqa: F401

    nlp = spacy.blank("zh")
    # The recognizers read the text, never lexeme attributes (like_num, is_alpha, norm ...);
    # computing those for every new word was most of the cost of building a Doc.
    nlp.vocab.lex_attr_getters = {}
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, rules_dir)
    for name in pipes_for(ner):
        config: dict[str, str | None] = {"rules_dir": rules_dir}
        if name == "ner_recognizer":
            config["model"] = model
        nlp.add_pipe(name, config=config)
    return nlp
