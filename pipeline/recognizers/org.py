"""ORG recognizer: known organizations, suffix patterns and dictionary evidence."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.finders.orgs import find_orgs
from pipeline.jieba_tables import dictionary_tables
from pipeline.resources import load_resources
from pipeline.spans import add_mentions, doc_text


class OrgRecognizer:
    def __init__(self, rules_dir: str | None):
        resources = load_resources(rules_dir)
        self.gazetteer = resources.orgs
        self.is_place = resources.cities.is_place
        # jieba's dictionary tags and frequencies, which find_orgs reads: loaded with the pipeline,
        # so that the helpers of a parallel run, forked after loading, share them
        dictionary_tables()
        _ = self.gazetteer.derived  # the word lists' unions and regexes, built once per process

    def __call__(self, doc: Doc) -> Doc:
        found = find_orgs(doc_text(doc), doc.user_data["words"], self.gazetteer, place_words=self.is_place,
                          # written in Taiwan (two kinds of marker): a Hong Kong text that names
                          # 台灣 once still names Hong Kong's own 教育局
                          taiwan=bool(doc.user_data.get("taiwan_days")))
        add_mentions(doc, "ORG", [
            (m.start, m.end, {"normalized": m.normalized, "kind": m.kind, "source": m.source}) for m in found
        ])
        return doc


@Language.factory("org_recognizer", default_config={"rules_dir": None})
def make_org_recognizer(nlp: Language, name: str, rules_dir: str | None) -> OrgRecognizer:
    return OrgRecognizer(rules_dir)
