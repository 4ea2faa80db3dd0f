"""Import spaCy without its command-line interface, which the pipeline never uses.

`import spacy` runs `from .cli.info import info`, and importing `spacy.cli` imports every
command with its dependencies (typer, click, weasel, httpx, requests...): some 350 modules
and a third of spaCy's import time, paid by every process that extracts anything. Upstream
has the same idea (explosion/spaCy pull requests 12962 and 13933: load the CLI lazily).

`install()` (run by `pipeline/__init__.py`) adds an import hook that acts once, when spaCy
itself is first imported: it puts a stand-in for `spacy.cli.info` in `sys.modules`, so
spaCy's import finds it and does not load the CLI. The stand-in's `info` (`spacy.info`), and
any other name read from it, loads the real module then, and the real one replaces it: the
CLI still works when asked for, `import spacy.cli` included. Nothing changes when spaCy was
imported before the hook, or when CN_NEWS_EAGER_SPACY_CLI=1.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from typing import Any

CLI_INFO = "spacy.cli.info"


class _CliInfo(types.ModuleType):
    """The stand-in for spacy.cli.info: every name is read from the real module, loaded then."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(load_real_cli_info(), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info: loads the CLI, then runs the real `info`."""
    return load_real_cli_info().info(*args, **kwargs)


def load_real_cli_info() -> types.ModuleType:
    """The real spacy.cli.info (replacing the stand-in in sys.modules)."""
    module = sys.modules.get(CLI_INFO)
    if isinstance(module, _CliInfo):
        del sys.modules[CLI_INFO]
    return importlib.import_module(CLI_INFO)


class _SpacyWithoutCli:
    """A meta path finder that finds nothing itself: when `spacy` is about to be imported, it
    leaves the stand-in. (Not an importlib.abc.MetaPathFinder: importing importlib.abc costs more
    than the hook does, and find_spec is all the import system calls.)"""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if fullname == "spacy":
            uninstall()
            if CLI_INFO not in sys.modules:
                stand_in = _CliInfo(CLI_INFO, "until the spaCy CLI is used (pipeline/lazy_imports.py)")
                stand_in.info = _info  # type: ignore[attr-defined]
                sys.modules[CLI_INFO] = stand_in
        return None


_HOOK = _SpacyWithoutCli()


def install() -> None:
    """Add the hook, unless spaCy is imported already or CN_NEWS_EAGER_SPACY_CLI=1."""
    if "spacy" in sys.modules or os.environ.get("CN_NEWS_EAGER_SPACY_CLI") == "1":
        return
    if _HOOK not in sys.meta_path:
        sys.meta_path.insert(0, _HOOK)


def uninstall() -> None:
    if _HOOK in sys.meta_path:
        sys.meta_path.remove(_HOOK)
