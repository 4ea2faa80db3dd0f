"""CITY recognizer: gazetteer cities, normalized to their official full name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.finders.cities import find_cities
from pipeline.resources import load_resources
from pipeline.spans import add_mentions, doc_text


class CityRecognizer:
    def __init__(self, rules_dir: str | None):
        self.gazetteer = load_resources(rules_dir).cities

    def __call__(self, doc: Doc) -> Doc:
        ref = doc.user_data.get("ref")
        ref_year = getattr(ref, "year", None)
        found = find_cities(doc_text(doc), doc.user_data["words"], self.gazetteer, ref_year=ref_year,
                            taiwan=bool(doc.user_data.get("taiwan")))
        add_mentions(doc, "CITY", [(m.start, m.end, {"normalized": m.normalized}) for m in found])
        return doc


@Language.factory("city_recognizer", default_config={"rules_dir": None})
def make_city_recognizer(nlp: Language, name: str, rules_dir: str | None) -> CityRecognizer:
    return CityRecognizer(rules_dir)
