"""A definite plural that names the parts the text introduces next, for ``nesy.circuits.v1``'s parser.

"TORCH - inserting the batteries: put two 1.5 V cells nose-to-tail (in series) …": "the batteries" comes before any
battery is named; a definite noun phrase with no antecedent before it refers forward to the parts named after it
(cataphora: Quirk et al., *A Comprehensive Grammar of the English Language*, 1985, §19.48; Halliday & Hasan,
*Cohesion in English*, 1976, §2.4.2). Read as a first mention it made two more sources of its own (a plural with
no count was taken for two), and "both cells" later could mean any two of four. ``forward_plurals`` drops such a
mention from the mention stream when a later mention introduces parts of the same kind (with a count, a value,
a name or an indefinite article): those are the parts it names. A definite plural with nothing of its kind after
it keeps its reading (a first mention).
"""
from __future__ import annotations

from typing import Any

__all__ = ["forward_plurals"]

Mention = tuple[str, Any, int, int]


def _kind(m: dict) -> str | None:
    from .circuits import SOURCES, _UNIT_KIND, _name_kind
    k = m.get("kind")
    if k is None and m.get("name"):
        k = _name_kind(m["name"])
    if k is None and m.get("value") is not None:
        k = _UNIT_KIND.get(m["value"]["unit"], (None,))[0]
    return "source" if k in SOURCES + ("source",) else k


def _introduces(m: dict) -> bool:
    """A mention that introduces parts: indefinite, counted (not "both"), valued or named."""
    from .circuits import _anaphoric
    # (a bare value, "the resistors are 10 Ω and 20 Ω", gives the plural's parts their values: it introduces none)
    return not _anaphoric(m) and not m.get("ref") and m.get("ante") is None and bool(m.get("kind") or m.get("name"))


def forward_plurals(ms: list[Mention], text: str) -> list[Mention]:
    """``ms`` without each definite plural ("the batteries", "the resistors") that comes before every mention of
    its kind and is followed by a mention introducing parts of that kind (see the module's docstring)."""
    out: list[Mention] = []
    for k, it in enumerate(ms):
        m = it[1]
        if it[0] == "COMP" and isinstance(m, dict) and m.get("det") == "back" and m.get("plural") and not any(
                m.get(f) for f in ("count", "value", "name", "ordinal", "ref", "assign", "listed")) \
                and m.get("ante") is None:
            kind = _kind(m)
            before = [x for x in ms[:k] if x[0] == "COMP" and isinstance(x[1], dict) and _kind(x[1]) == kind]
            after = [x for x in ms[k + 1:] if x[0] == "COMP" and isinstance(x[1], dict) and _kind(x[1]) == kind
                     and _introduces(x[1])]
            if kind is not None and not before and after:
                continue   # "the batteries: put two 1.5 V cells …": the cells named next
        out.append(it)
    return out
