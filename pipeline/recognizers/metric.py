"""METRIC recognizer: numbers that measure something, with value, unit and qualifier."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.finders.metrics import find_metrics, load_rules
from pipeline.spans import add_mentions, doc_text


def _format_value(value: float) -> str:
    """Plain decimal without exponent or trailing zeros: 25710000000, 85.82."""
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text or "0"


class MetricRecognizer:
    def __init__(self) -> None:
        load_rules()  # now, with the pipeline: not on the first article (see dates.preload)

    def __call__(self, doc: Doc) -> Doc:
        dates = [(s.start_char, s.end_char) for s in doc.spans["DATE"]] if "DATE" in doc.spans else []
        found = []
        for m in find_metrics(doc_text(doc), excluded=dates):
            value = _format_value(m.value)
            info = {"normalized": value, "value": value, "unit": m.unit, "qualifier": m.qualifier,
                    "subject": m.subject}
            found.append((m.start, m.end, info))
        add_mentions(doc, "METRIC", found)
        return doc


@Language.factory("metric_recognizer", default_config={"rules_dir": None})
def make_metric_recognizer(nlp: Language, name: str, rules_dir: str | None) -> MetricRecognizer:
    return MetricRecognizer()
