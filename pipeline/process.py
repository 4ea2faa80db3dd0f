"""process(article) -> mentions: the one per-article function every engine calls."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from pipeline.convert import preload as preload_conversion
from pipeline.convert import to_simplified
from pipeline.ingest import Article
from pipeline.mentions import Mention
from pipeline.nlp import build_nlp
from pipeline.normalize.dates import RefDate
from pipeline.resources import load_resources
from pipeline.rulefiles import ner_mode
from pipeline.spans import entities, mention_info, release


def taiwan_marker_kinds(original: str, markers: tuple[str, ...]) -> int:
    """How many different Taiwan markers a text holds (臺灣 and 台灣 count once).

    One is enough to read bare 2-3 digit years as ROC years (113年); a text that holds two
    (the era and the currency, the island and its parliament) was written in Taiwan and names
    Taiwan's own holidays. A mainland or Hong Kong text that only names 台灣 does not.
    """
    return len({marker.replace("臺", "台") for marker in markers if marker in original})


@dataclass
class Extractor:
    """The loaded pipeline; build one per process and reuse it for every article."""

    nlp: Language
    taiwan_markers: tuple[str, ...]

    @classmethod
    def load(
        cls, rules_dir: str | None = None, ner: str | None = None, model: str | None = None
    ) -> Extractor:
        """`ner` defaults to the mode set in the rules folder's pipeline.json."""
        resources = load_resources(rules_dir)
        preload_conversion()
        mode = ner or ner_mode(resources.settings)
        return cls(build_nlp(rules_dir, mode, model), resources.taiwan_markers)

    def process(self, article: Article) -> list[Mention]:
        converted = to_simplified(article.text)
        doc = self.nlp.make_doc(converted.simplified)
        doc.user_data["ref"] = RefDate.parse(article.published)
        kinds = taiwan_marker_kinds(article.text, self.taiwan_markers)
        doc.user_data["taiwan"] = kinds >= 1
        doc.user_data["taiwan_days"] = kinds >= 2
        for _, pipe in self.nlp.pipeline:
            doc = pipe(doc)
        mentions = []
        for span in entities(doc):
            start, end = converted.to_original(span.start_char, span.end_char)
            info = mention_info(span)
            normalized = str(info.get("normalized") or span.text)
            mentions.append(
                Mention(
                    doc_id=article.doc_id,
                    type=span.label_,
                    start=start,
                    end=end,
                    text=article.text[start:end],
                    normalized=normalized,
                    value=str(info.get("value", "")),
                    unit=str(info.get("unit", "")),
                    qualifier=str(info.get("qualifier", "")),
                    city=str(info.get("city", "")),
                    subject=str(info.get("subject", "")),
                    inferred="1" if info.get("inferred") else "",
                )
            )
        release(doc)  # dropped here: freed now, not by the cyclic collector
        return sorted(mentions, key=lambda m: m.sort_key)
