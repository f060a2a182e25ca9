"""The domain registry: each science is a plug-in registered under a versioned name.

A domain (``nesy.cell.v1``) brings its grammar, law set, drawing style and verifier; the pipeline
looks it up here and never imports a domain directly. Domains never import each other.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable, Protocol

from .errors import InputError
from .types import Layout, Rendering, SceneGraph, Verdict

__all__ = ["Domain", "register", "get_domain", "domain_names", "detect_domain"]


class Domain(Protocol):
    """What a domain plug-in provides. ``key`` is the short name ("cell"), ``name`` the versioned one."""

    name: str
    key: str

    def score(self, text: str) -> float: ...
    # optional: ``fallback_weight`` and ``fallback_score(text)``, a costly weak guess that detection makes
    # only when every science scored below ``fallback_weight``
    def parse(self, text: str, *, allow_unknown: bool = False) -> SceneGraph: ...
    def solve(self, scene: SceneGraph, *, seed: int = 0, attempt: int = 0,
              feedback: Verdict | None = None, timeout_s: float = 10.0) -> Layout: ...
    def render(self, layout: Layout, scene: SceneGraph, *, controls: bool = True) -> Rendering: ...
    def verify(self, png: bytes, scene: SceneGraph) -> Verdict: ...
    def artifacts(self, layout: Layout, scene: SceneGraph) -> dict[str, bytes]: ...


_REGISTRY: dict[str, Any] = {}
# versioned name → module that registers it (imported on first use, so start-up stays fast)
_MODULES = {
    "nesy.cell.v1": "nesy.domains.cell",
    "nesy.sets.v1": "nesy.domains.sets",
    "nesy.crystal.v1": "nesy.domains.crystal",
    "nesy.astronomy.v1": "nesy.domains.astronomy",
    "nesy.optics.v1": "nesy.domains.optics",
    "nesy.geometry.v1": "nesy.domains.geometry",
    "nesy.mechanics.v1": "nesy.domains.mechanics",
    "nesy.circuits.v1": "nesy.domains.circuits",
    "nesy.automata.v1": "nesy.domains.automata",
    "nesy.microscopy.v1": "nesy.domains.microscopy",
}


def register(name: str) -> Callable[[type], type]:
    """Class decorator: register a domain class under ``name`` (e.g. ``"nesy.cell.v1"``)."""
    def deco(cls: type) -> type:
        _REGISTRY[name] = cls()
        return cls
    return deco


def domain_names() -> list[str]:
    """Versioned names of the domains whose plug-in module is present."""
    import importlib.util
    return sorted(n for n, m in _MODULES.items() if importlib.util.find_spec(m) is not None)


def get_domain(key: str) -> Any:
    """The domain registered as ``key``: a versioned name or its short form ("cell")."""
    name = key if key in _MODULES else f"nesy.{key}.v1"
    if name not in domain_names():
        raise InputError(f"domain must be one of {[n.split('.')[1] for n in domain_names()]}, got {key!r}")
    if name not in _REGISTRY:
        importlib.import_module(_MODULES[name])
        if name not in _REGISTRY:
            raise InputError(f"domain plug-in {_MODULES[name]} did not register {name!r}")
    return _REGISTRY[name]


def detect_domain(text: str) -> Any:
    """The domain whose vocabulary best covers ``text`` (ties: the first in name order)."""
    best, best_score = None, 0.0
    fallbacks = []
    for name in domain_names():
        d = get_domain(name)
        s = d.score(text)
        if s > best_score:
            best, best_score = d, s
        if hasattr(d, "fallback_score"):
            fallbacks.append(d)
    # a costly weak guess (a full parse) is made only when it could win: every score is below its weight
    for d in fallbacks:
        if best_score < d.fallback_weight:
            s = d.fallback_score(text)
            if s > best_score:
                best, best_score = d, s
    if best is None:
        raise InputError("could not tell which science the text is about: no word of any domain "
                         f"vocabulary ({', '.join(n.split('.')[1] for n in domain_names())}) was found; "
                         "pass --domain")
    return best
