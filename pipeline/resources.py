"""Rules loaded once per process and shared by the tokenizer and recognizers.

Gazetteers, the segmenter with their words, and the small rule lists that
several stages read. Loading takes a second or two (jieba's prefix
dictionary), so every engine loads it once per worker, never per article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.finders.cities import CityGazetteer
from pipeline.finders.orgs import OrgGazetteer
from pipeline.paths import RULES_DIR
from pipeline.rulefiles import read_lines, read_settings
from pipeline.segment import Segmenter


@dataclass(frozen=True)
class Resources:
    rules_dir: Path
    segmenter: Segmenter
    cities: CityGazetteer
    orgs: OrgGazetteer
    taiwan_markers: tuple[str, ...]
    settings: dict[str, str]


@lru_cache(maxsize=4)
def load_resources(rules_dir: str | None = None) -> Resources:
    folder = Path(rules_dir) if rules_dir else RULES_DIR
    cities = CityGazetteer.load(folder)
    orgs = OrgGazetteer.load(folder)
    segmenter = Segmenter(folder, extra_words=[*cities.words(), *orgs.words()])
    markers = tuple(read_lines(folder / "taiwan_markers.txt"))
    return Resources(folder, segmenter, cities, orgs, markers, read_settings(folder))
