"""A source listed with the parts a parallel group joins, for ``nesy.circuits.v1``.

A text often lists the source with the parts it feeds and then says how those parts are connected: "a
battery 24 V, a 12 Ω and a 6 Ω resistor in parallel, then a 2 Ω resistor", "The circuit have a battery
24V, two resistance of 12 ohm and 6 ohm connected in parallel, and after that one 2 ohm in series with
battery". Read as a member of the parallel group, the source joined the group (P(V, R1, R2)) and the part
"then" added went in series with the whole group: closing that chain put the 2 Ω resistor across the ideal
source, in parallel with it — a figure that passed verification and showed a circuit the text does not
describe. What the text says is the loop: the source's current flows through the 2 Ω resistor and then
splits between the 12 Ω and the 6 Ω (KVL around the loop, V = I·R3 + I·(R1 ∥ R2); Alexander & Sadiku,
*Fundamentals of Electric Circuits*, 5th ed., §2.5–2.6). Without a further part nothing changes: the source
is across the group either way.

``listed_source`` finds that source in the list a postfix "in parallel" closes; ``circuits._fold_part``
groups the other members and leaves the source beside the group, in the loop. A source the text itself
puts across a part ("an ammeter across the battery", "a resistor across the battery") is no listed member
and keeps its reading.
"""
from __future__ import annotations

from typing import Any

__all__ = ["listed_source"]


def listed_source(b: Any, lst: list) -> int | None:
    """The index in the fold's list ``lst`` of the one source listed among three or more members of a postfix
    parallel group, when it is a part named just now (a lone, unconnected leaf) and the others hold no
    source; None otherwise."""
    from .circuits import SOURCES
    if len(lst) < 3:
        return None

    def leaves(x: tuple) -> list[str]:
        return x[1].leaves() if x[0] == "node" else ([i for y in x[1] for i in leaves(y)] if x[0] == "tight"
                                                      else list(x[1]))
    srcs = [k for k, x in enumerate(lst) if any(b.comps[i].kind in SOURCES for i in leaves(x))]
    if len(srcs) != 1:
        return None
    x = lst[srcs[0]]
    if x[0] != "ids" or len(x[1]) != 1 or b.leaf[x[1][0]].parent is not None or b.leaf[x[1][0]] not in b.forest:
        return None
    return srcs[0]
