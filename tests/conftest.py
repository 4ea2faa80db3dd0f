"""Shared fixtures: the loaded pipeline is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def extractor():
    from pipeline.process import Extractor

    return Extractor.load()


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory):
    """One pipeline run over corpus/ into a temporary output folder."""
    from pipeline.cli import run_extract

    out = tmp_path_factory.mktemp("seed_out")
    status = run_extract(ROOT / "corpus", out)
    return status, out
