"""Shared pieces of the notation-domain plug-ins (crystal, astronomy, optics, geometry, mechanics,
circuits, automata): their data files, law references and the exact renderer — one copy, not seven.
Domains import this kit, never each other."""
from __future__ import annotations

from typing import Any

from ..resources import load_yaml
from ..types import Layout, Rendering, SceneGraph

__all__ = ["DomainFiles", "ExactRender"]


class DomainFiles:
    """The data of domain ``key``: ``grammars/<key>/grammar.yaml``, ``solvers/<key>.yaml``,
    ``layout/<key>.yaml`` (read once per process; ``load_yaml`` caches)."""

    def __init__(self, key: str):
        self.key = key

    def grammar(self) -> dict[str, Any]:
        return load_yaml("grammars", f"{self.key}/grammar.yaml")

    def data(self) -> dict[str, Any]:
        return load_yaml("solvers", f"{self.key}.yaml")

    def style(self) -> dict[str, Any]:
        return load_yaml("layout", f"{self.key}.yaml")

    def law(self, key: str) -> dict[str, str]:
        """``{"law", "source"}`` of law ``key`` in the domain's law set, as errors report it."""
        law = self.data()["laws"][key]
        return {"law": f"{key}: {law['doc']}", "source": law["source"]}


class ExactRender:
    """A plug-in whose figure is drawn exactly from its layout (SVG → PNG + control maps)."""

    def render(self, layout: Layout, scene: SceneGraph, *, controls: bool = True) -> Rendering:
        from ..render.svg import render_layout
        return render_layout(layout, controls=controls)
