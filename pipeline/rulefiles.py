"""Readers for the data files in rules/: `#` comment lines, then lists or CSV tables.

Every rules file opens with `#` lines saying what it is and where it comes
from; these readers skip them, so code never sees the header.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

# Which recognizers find CITY and ORG (rules/pipeline.json, key "ner"; see pipeline.nlp.pipes_for).
NER_MODES = ("rules", "model", "combined")
DEFAULT_NER_MODE = "rules"
SETTINGS_FILE = "pipeline.json"


def read_settings(rules_dir: Path) -> dict[str, str]:
    """The pipeline settings that are data (rules/pipeline.json); {} without that file."""
    path = rules_dir / SETTINGS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def ner_mode(settings: dict[str, str]) -> str:
    """The NER mode of these settings (`DEFAULT_NER_MODE` when they name none)."""
    return settings.get("ner", DEFAULT_NER_MODE)


def uses_model(settings: dict[str, str]) -> bool:
    """Whether the NER mode of these settings runs the trained model (models/ner)."""
    return ner_mode(settings) != "rules"


def read_lines(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a rules file, stripped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a rules CSV (header row after the `#` lines), values stripped."""
    reader = csv.DictReader(read_lines(path))
    return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def read_sections(path: Path) -> dict[str, list[str]]:
    """A rules list split into `[section]`s; lines before the first section go under ''."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in read_lines(path):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


_LATIN_NAME = re.compile(r"[A-Za-z0-9 &.\-]*[A-Za-z][A-Za-z0-9 &.\-]*")


def case_variants(surface: str) -> list[str]:
    """A Latin-letter name as written, in lower case, in upper case and with each lower-case word
    capitalized (Visa, visa, VISA; lululemon, LULULEMON, Lululemon; iPhone stays): news writes
    brand names in any case. Any other name as it is."""
    if not _LATIN_NAME.fullmatch(surface):
        return [surface]
    capitalized = " ".join(word.capitalize() if word.islower() else word for word in surface.split(" "))
    return list(dict.fromkeys((surface, surface.lower(), surface.upper(), capitalized)))
