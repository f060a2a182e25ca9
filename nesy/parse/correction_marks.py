"""The words that mark a correction, one list for every reader (``grammars/common/corrections.yaml``).

``marks("always", "meant", extra=(...))`` is the regular-expression alternation of the named groups plus a
reader's own extra words, for the reader to compile into its pattern; groups and their sources are documented
in the YAML file (Levelt 1983 on editing terms in self-repair).
"""
from __future__ import annotations

import functools

from ..resources import load_yaml

__all__ = ["marks"]


@functools.lru_cache(maxsize=None)
def _groups() -> dict[str, tuple[str, ...]]:
    data = load_yaml("grammars", "common/corrections.yaml")
    return {k: tuple(str(w) for w in v) for k, v in data.items()}


def marks(*groups: str, extra: tuple[str, ...] = (), without: tuple[str, ...] = ()) -> str:
    """``(?:a|b|…)``: the words of ``groups`` and ``extra``, less ``without``, longest first (so "my bad" is
    tried before a shorter word that begins it)."""
    g = _groups()
    words = [w for name in groups for w in g[name]] + list(extra)
    words = sorted(dict.fromkeys(w for w in words if w not in without), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(words) + ")"
