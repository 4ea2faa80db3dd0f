"""Statistical NER stage: the trained tagger's ORG, LOC and PER spans as candidates.

A spaCy component like the rule recognizers; the model itself (a character
BiLSTM-CRF, pipeline/ner/tagger.py) runs in NumPy and is loaded once per process.

Precedence with the rules (annotation guidelines, "NER"):
- a model ORG is a candidate only where no rule ORG, DATE or METRIC overlaps
  it, it is not a generic phrase of rules/org_generic.txt, and it does not end
  with one of its products or events (a place plus a product is a product);
  the resolver then lets it win over a CITY inside it (outermost name);
- a model LOC becomes a CITY candidate only where the gazetteer confirms a city
  for its exact text and no rule candidate overlaps it;
- PER spans become PERSON mentions (emitted, not scored), lowest precedence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.ner.model import load_model, predict_with
from pipeline.resources import load_resources
from pipeline.spans import add_mention, doc_text

_BLOCKING = ("ORG", "DATE", "METRIC")


def _overlaps(doc: Doc, labels: tuple[str, ...], start: int, end: int) -> bool:
    spans = (s for label in labels if label in doc.spans for s in doc.spans[label])
    return any(s.start_char < end and start < s.end_char for s in spans)


class NerRecognizer:
    def __init__(self, rules_dir: str | None, model: str | None):
        resources = load_resources(rules_dir)
        self.cities = resources.cities
        self.orgs = resources.orgs
        self.nlp = load_model(model)

    def _not_a_name(self, text: str) -> bool:
        """A generic phrase, or a product or event, also after a place (武汉电子公交卡)."""
        if text in self.orgs.section("generic"):
            return True
        things: frozenset[str] = self.orgs.derived["products"]  # type: ignore[assignment]  # products | events
        return any(text.endswith(thing) for thing in things if len(thing) >= 2)

    def __call__(self, doc: Doc) -> Doc:
        full_text = doc_text(doc)
        (spans,) = predict_with(self.nlp, [full_text])
        for start, end, label in spans:
            text = full_text[start:end]
            if label == "ORG":
                free = not _overlaps(doc, _BLOCKING, start, end)
                if end - start >= 2 and free and not self._not_a_name(text):
                    add_mention(doc, "ORG", start, end, normalized=text, kind="", source="model")
            elif label == "LOC":
                entry = self.cities.entry_for(text, getattr(doc.user_data.get("ref"), "year", None))
                if entry is not None and not _overlaps(doc, (*_BLOCKING, "CITY"), start, end):
                    add_mention(doc, "CITY", start, end, normalized=entry.name, source="model")
            elif label == "PER" and not _overlaps(doc, (*_BLOCKING, "CITY"), start, end):
                add_mention(doc, "PERSON", start, end, normalized=text)
        return doc


@Language.factory("ner_recognizer", default_config={"rules_dir": None, "model": None})
def make_ner_recognizer(nlp: Language, name: str, rules_dir: str | None, model: str | None) -> NerRecognizer:
    return NerRecognizer(rules_dir, model)
