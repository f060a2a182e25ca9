"""Find and read nesy's declarative data: ``grammars/``, ``solvers/``, ``layout/``, ``configs/``.

In a source checkout (or an editable install) the folders beside the package are read; an installed
wheel carries the same files under ``nesy/_data/``. There is one copy of each in the repository.
"""
from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["data_dir", "load_yaml", "load_json"]

_KINDS = ("grammars", "solvers", "layout", "configs")


@functools.lru_cache(maxsize=None)
def data_dir(kind: str) -> Path:
    """The folder holding data of ``kind`` (one of grammars, solvers, layout, configs)."""
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {_KINDS}, got {kind!r}")
    here = Path(__file__).resolve().parent
    for cand in (here / "_data" / kind, here.parent / kind):
        if cand.is_dir():
            return cand
    raise FileNotFoundError(f"nesy data folder '{kind}' not found beside {here}")


@functools.lru_cache(maxsize=None)
def load_yaml(kind: str, name: str) -> Any:
    """Parse ``<kind>/<name>`` (YAML), cached: data files are read once per process."""
    import yaml
    path = data_dir(kind) / name
    with open(path, encoding="utf-8") as f:
        # libyaml's safe loader when PyYAML was built with it (same result, ~10x faster at start-up)
        return yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - a safe loader


@functools.lru_cache(maxsize=None)
def load_json(kind: str, name: str) -> Any:
    with open(data_dir(kind) / name, encoding="utf-8") as f:
        return json.load(f)
