"""spaCy is imported without its CLI, and the CLI still works when asked for (pipeline/lazy_imports.py).

Each case runs in a fresh interpreter: what a process has imported is the thing under test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, **env: str) -> dict:
    """Run `code` in a new interpreter; it prints one JSON object, returned here."""
    environment = {k: v for k, v in os.environ.items() if k != "CN_NEWS_EAGER_SPACY_CLI"} | env
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


LOADED = """
import json, sys
import pipeline.process
print(json.dumps({"cli": "spacy.cli" in sys.modules, "typer": "typer" in sys.modules,
                  "spacy": "spacy" in sys.modules}))
"""


def test_the_pipeline_imports_spacy_without_its_cli():
    loaded = run_python(LOADED)
    assert loaded == {"cli": False, "typer": False, "spacy": True}


def test_the_cli_is_imported_as_usual_when_asked_to():
    assert run_python(LOADED, CN_NEWS_EAGER_SPACY_CLI="1")["cli"] is True


def test_spacy_info_and_the_cli_still_work():
    result = run_python("""
import json, sys
import pipeline.nlp
import spacy
stand_in = type(sys.modules["spacy.cli.info"]).__name__
about = spacy.info(markdown=False, silent=True)  # the stand-in's info: loads the real module
import spacy.cli
from spacy.cli.info import info_spacy
print(json.dumps({"version": about.get("spacy_version"), "cli": "spacy.cli" in sys.modules,
                  "stand_in": stand_in, "real": type(sys.modules["spacy.cli.info"]).__name__,
                  "same": info_spacy()["spaCy version"] == about.get("spacy_version"),
                  "app": hasattr(spacy.cli, "app")}))
""")
    assert result["version"]
    expected = {"cli": True, "stand_in": "_CliInfo", "real": "module", "same": True, "app": True}
    assert result == {**result, **expected}


def test_a_name_read_from_the_stand_in_loads_the_real_module():
    result = run_python("""
import json, sys
import pipeline.nlp
get_markdown = sys.modules["spacy.cli.info"].get_markdown
print(json.dumps({"markdown": "spaCy" in get_markdown({"spaCy": "3"}),
                  "real": type(sys.modules["spacy.cli.info"]).__name__}))
""")
    assert result == {"markdown": True, "real": "module"}


def test_spacy_imported_first_is_left_alone():
    result = run_python("""
import json, sys
import spacy
import pipeline.process
print(json.dumps({"cli": "spacy.cli" in sys.modules}))
""")
    assert result["cli"] is True
