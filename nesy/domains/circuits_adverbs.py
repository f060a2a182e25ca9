"""Adverbs of manner before a connecting phrase, for ``nesy.circuits.v1``.

"each connected directly across the cell's terminals", "wired straight across the supply", "placed right in
parallel with R2", "permanently connected in series": the adverb says how the wiring is done, never which
terminals it joins, so the topology is that of the connecting phrase alone. The word is read (not listed as
unknown) only where it stands right before an operator phrase (an ``OP`` token) and is an adverb by its form:
an English manner adverb made with -ly (Huddleston & Pullum, *The Cambridge Grammar of the English Language*,
2002, ch. 6 §2: the -ly suffix is the productive way English forms adverbs from adjectives), or one of the
flat adverbs of direction English uses there ("straight", "right"; ibid. §2.1, adverbs without -ly).
Anywhere else ("an only resistor", "a friendly circuit") the word stays unknown and is reported.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["manner_adverbs"]

_FLAT = frozenset({"straight", "right", "directly"})
_LY = re.compile(r"[a-z]{3,}ly", re.I)
# not manner adverbs though they end in -ly: a count or an order word changes what is connected
_NOT = frozenset({"only", "early", "family", "supply", "apply", "reply", "assembly", "fly", "ally", "rely",
                  "partly", "mostly", "firstly", "secondly", "thirdly", "lastly", "finally"})


def manner_adverbs(unknown: list[tuple[str, int, int]], toks: list[Any], text: str) -> list[tuple[str, int, int]]:
    """``unknown`` without the manner adverbs that stand right before a connecting operator."""
    ops = sorted(t.start for t in toks if t.tag == "OP")
    out = []
    for w, s, e in unknown:
        lw = w.lower()
        adverb = lw in _FLAT or (_LY.fullmatch(lw) is not None and lw not in _NOT)
        nxt = next((a for a in ops if a >= e), None)
        if adverb and nxt is not None and not text[e:nxt].strip():
            continue
        out.append((w, s, e))
    return out
