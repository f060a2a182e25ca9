"""A definite plural that introduces its parts by listing their values, for ``nesy.circuits.v1``.

"These resistors, 10 Ω, 15 Ω and 20 Ω, are connected in series", "The capacitors, 2 µF and 3 µF, are in
parallel": a definite plural ("these", "the") usually points back at parts named before; as the text's first
mention of its kind, with the parts' values in apposition right after it, it introduces them — as many parts as
values, one value each, the way "three resistors, 10 Ω, 15 Ω and 20 Ω," does. Read as a reference to nothing with
values beside it, the list became parts joined to a group of themselves (refused as no series-parallel circuit).

``definite_listed`` rewrites the token stream: the determiner becomes the count of the values listed.
"""
from __future__ import annotations

from typing import Any

__all__ = ["definite_listed"]


def definite_listed(toks: list[Any], text: str, tok: type) -> list[Any]:
    """``toks`` with each definite plural that lists its parts' values counted (see the module docstring)."""
    from .circuits import _UNIT_KIND
    out = list(toks)
    for k in range(len(out) - 3):
        det, noun = out[k], out[k + 1]
        if not (det.tag == "BACK" and noun.tag == "KIND" and noun.value[1] and noun.start - det.end <= 2):
            continue
        kind = noun.value[0]
        if any(t.tag == "KIND" and t.value[0] == kind or t.tag == "VALUE" and kind in _UNIT_KIND.get(t.value["unit"], ())
               for t in out[:k]):
            continue   # parts of that kind were named before: the plural points back at them
        j, n = k + 2, 0
        if not (out[j].tag == "PUNCT" and out[j].value == ","):
            continue
        j += 1
        while j < len(out) and (out[j].tag == "VALUE" and kind in _UNIT_KIND.get(out[j].value["unit"], ())
                                or out[j].tag == "PUNCT" and out[j].value == "," and j + 1 < len(out)
                                and out[j + 1].tag == "VALUE"):
            n += out[j].tag == "VALUE"
            j += 1
        closed = j >= len(out) or out[j].tag in ("OP",) or out[j].tag == "PUNCT" and out[j].value in (",", ".", ";")
        if n >= 2 and closed:
            out[k] = tok("COUNT", n, det.start, det.end, det.text)
    return out
