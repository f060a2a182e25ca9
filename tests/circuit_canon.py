"""A circuit read from text as one canonical string, for the circuits tests.

``canon("a 9 V battery with 2 Ω and 4 Ω in series")`` → ``"P(S(resistor=2,resistor=4),vsource=9)"``: the
series (S) / parallel (P) tree with children sorted, so the same circuit reads the same however the text
ordered it; values in SI units.
"""
from __future__ import annotations

from nesy.registry import get_domain

D = get_domain("circuits")


def _canon(d: dict, comps: dict) -> str:
    """The tree with children sorted (the same circuit however the text ordered it), values in SI units."""
    if d["op"] == "C":
        e = comps[d["id"]]
        v = e.attr("value")
        return e.kind + (f"={v:g}" if v is not None else "")
    return d["op"] + "(" + ",".join(sorted(_canon(c, comps) for c in d["children"])) + ")"


def canon(text: str, strict: bool = False) -> str:
    """The canonical tree of ``text`` (words nesy does not read are allowed unless ``strict``)."""
    s = D.parse(text, allow_unknown=not strict)
    return _canon(s.attr("tree"), {e.id: e for e in s.entities})
