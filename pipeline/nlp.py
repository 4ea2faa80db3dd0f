"""The spaCy Language: jieba tokenizer plus the recognizer components.

Components, in order, each a small spaCy pipe:
  date_recognizer, metric_recognizer, city_recognizer, org_recognizer
      each adds candidate spans of its type to doc.spans[TYPE]
  mention_resolver
      picks non-overlapping mentions (outermost wins) into doc.ents
  city_attribution
      fills the `city` field of DATE and METRIC mentions
Per-document inputs travel in doc.user_data: `ref` (RefDate), `taiwan`,
`words` (the jieba words the tokenizer produced).
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.resources import load_resources

PIPES = (
    "date_recognizer",
    "metric_recognizer",
    "city_recognizer",
    "org_recognizer",
    "mention_resolver",
    "city_attribution",
)


class JiebaTokenizer:
    """spaCy tokenizer from jieba words; keeps the words for the recognizers."""

    def __init__(self, vocab: Vocab, rules_dir: str | None = None):
        self.vocab = vocab
        self.rules_dir = rules_dir

    def __call__(self, text: str) -> Doc:
        words = load_resources(self.rules_dir).segmenter.segment(text)
        doc = Doc(self.vocab, words=[w.text for w in words], spaces=[False] * len(words))
        doc.user_data["words"] = words
        return doc


def build_nlp(rules_dir: str | None = None) -> Language:
    """A blank Chinese pipeline with the jieba tokenizer and every recognizer."""
    # Importing the package registers the component factories.
    import pipeline.recognizers  # noqa: F401

    nlp = spacy.blank("zh")
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, rules_dir)
    for name in PIPES:
        nlp.add_pipe(name, config={"rules_dir": rules_dir})
    return nlp
