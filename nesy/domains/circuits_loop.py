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

``source_named_again`` reads the same list when the text names the source again after it: "a 1.5 V cell with a
capacitor and a resistor, each connected across the cell's terminals", "a 9 V battery and two resistors, both
across the battery", "connect a battery to a lamp and a resistor, each wired straight across the battery". The
source is a member of the list and the anchor of "across" at once; folded as written it would be joined to its
own group (refused as no series-parallel circuit). Each listed part across the source is the parallel group
of the source and those parts, which is what the list closed by a postfix "in parallel" already reads.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["listed_source", "source_named_again"]


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


_EACH_OF = re.compile(r"(?<![\w-])(?:each|every\s+one|all|both|any|every\s+single\s+one)\s+of\s*$", re.I)


def source_named_again(items: list[tuple[str, Any, int, int]], text: str) -> list[tuple[str, Any, int, int]]:
    """A clause's items with "<source>, <parts>…, each across the <source>" read as "<source>, <parts> in
    parallel": the infix parallel operator followed by a bare definite mention of a source kind ("the
    battery", "the cell's terminals") whose one antecedent of that kind is listed, with other parts, in the
    same run before the operator (no infix operator between). The operator's span grows over the mention, so
    the phrase stays recorded. Other clauses are returned unchanged."""
    from .circuits import SOURCES, _OPS
    out = list(items)
    k = 0
    while k < len(out) - 1:
        tag, val, s, e = out[k]
        nxt = out[k + 1]
        m = nxt[1] if nxt[0] == "COMP" else None
        # "across"/"in parallel with", or a link ("both connected to the battery's terminals": a part joined to
        # the source's two terminals is across it)
        if tag != "OP" or _OPS[val] not in (("in", "P"), ("in", "link")) or m is None or m.get("det") != "back" or any(
                m.get(f) for f in ("name", "value", "count", "plural", "ref")) or \
                m.get("kind") not in SOURCES + ("source",):
            k += 1
            continue
        run: list[dict] = []
        # "3 lamps, each of them across the supply": the partitive's pronoun names the parts just listed
        part = k if not (k > 0 and out[k - 1][0] == "GROUP" and _EACH_OF.search(text, 0, out[k - 1][2])) else k - 1
        for x in reversed(out[:part]):
            if x[0] == "OP" and _OPS[x[1]][1] != "link":
                break
            if x[0] == "COMP":
                run.append(x[1])
            elif x[0] != "OP":
                break
        same = [c for c in run if c.get("kind") == m["kind"] or (m["kind"] == "source" and c.get("kind") in SOURCES)]
        if len(same) == 1 and len(run) >= 2 and not same[0].get("plural") and not same[0].get("count") \
                and same[0].get("det") != "back":
            out[part:k + 2] = [("OP", "par_post", out[part][2], nxt[3])]
            k = part
        k += 1
    return out


def source_before_infix(b: Any, lst: list, text: str) -> bool:
    """Whether the fold's list before an infix "in parallel with"/"across" is "<source>, <part>" ("a 12 V battery,
    a 4 Ω resistor in parallel with a 6 Ω resistor"; "a 9 V battery with R1 across R2"): the source is the
    loop's, across the parallel group the phrase makes, not in series with the part before the phrase (read so,
    the loop was one series chain of all three, a figure that verified and showed no parallel at all). Both must
    be lone parts named just now, joined by a comma or "with" ("a battery and a switch in parallel with a lamp"
    keeps its reading)."""
    from .circuits import SOURCES, _EACH_ACROSS
    if len(lst) != 2 or any(x[0] != "ids" or len(x[1]) != 1 for x in lst):
        return False
    (_, [src], _s0, e0), (_, [part], s1, _e1) = lst
    fresh = all(b.leaf[i].parent is None and b.leaf[i] in b.forest for i in (src, part))
    return (fresh and b.comps[src].kind in SOURCES and b.comps[part].kind in _EACH_ACROSS
            and re.fullmatch(r"\s*(?:,|with|,\s*with)\s*(?:(?:a|an|the|one)\s+)?", text[e0:s1], re.I) is not None)


_AND_ONLY = re.compile(r"\s*(?:and|&)\s*", re.I)
_COMMA_AND = re.compile(r"\s*,\s*(?:and|&)\s*", re.I)


def nested_pair(lst: list, text: str) -> int:
    """Where the members of a postfix "in parallel" start when the list before it is a list of lists: "a 24 V
    battery, an ammeter, an 8 Ω resistor, and a 12 Ω and a 24 Ω resistor in parallel with each other" — ", and"
    closes the outer list and the plain "and" after it joins the pair the phrase is about (read whole, the
    battery and the ammeter were members of the parallel group). 0 when the list is one list ("R1, R2 and R3 in
    parallel": one "and", all three)."""
    gaps = [text[lst[k][3]:lst[k + 1][2]] for k in range(len(lst) - 1)]
    outer = [k for k, g in enumerate(gaps) if _COMMA_AND.fullmatch(g)]
    if not outer:
        return 0
    j = outer[-1]
    tail = gaps[j + 1:]
    return j + 1 if tail and all(_AND_ONLY.fullmatch(g) for g in tail) else 0


def loop_returns(text: str) -> list[tuple[int, int, str]]:
    """"… and two resistors in parallel back to the battery", "then back to the supply's negative terminal":
    the end of a chain said to return to its source closes the loop, which nesy closes for every series chain
    holding a source (``circuits._close_loop``). Read as a connection, it joined the source to its own chain
    (refused as no series-parallel circuit). Each such phrase — at the end of a clause, naming a source the
    text introduced before it — is handed back as ``(start, end, "loop")`` to keep as read."""
    from .circuits import _grammar
    g = _grammar()
    words = sorted({w for k in ("vsource", "isource", "source") for w in g["kinds"][k]["one"]}, key=len, reverse=True)
    noun = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    # ("both branches rejoining at the source's negative terminal", "the paths rejoin at the battery": the
    # branches end at the source, which closes the loop as well)
    rx = re.compile(r"\b(?:(?:and|then)\s+)*(?:(?:back|returning|return(?:s|ed)?(?:\s+back)?)\s+to|"
                    r"(?:(?:both|all|the|all\s+the|both\s+the)\s+(?:branches|paths|arms|legs)\s+)?"
                    r"(?:re-?join(?:ing|s)?|re-?unit(?:ing|e|es)|recombin(?:ing|e|es)|meet(?:ing|s)?\s+again|"
                    r"join(?:ing|s)?\s+again)\s+(?:at|to)|"
                    r"(?:(?:both|all|the|all\s+the|both\s+the)\s+(?:branches|paths|arms|legs)\s+)"
                    r"(?:join(?:ing|s)?|meet(?:ing|s)?|end(?:ing|s)?)\s+(?:at|to))\s+the\s+"
                    r"(?P<src>" + noun + r")(?:'s)?(?:\s+(?:negative|positive|minus|plus)(?:\s+terminal|\s+pole)?)?"
                    r"(?=\s*(?:[.;!?]|$))", re.IGNORECASE)
    out = []
    for m in rx.finditer(text):
        before = text[:m.start()]
        if re.search(r"\b(?:" + noun + r")\b", before, re.IGNORECASE):   # the source it returns to is named before
            out.append((m.start(), m.end(), "loop"))
    # "then R2 = 2k2 to ground", "R3 returns to GND": ground is the common return of a one-source circuit, the
    # source's negative terminal (Horowitz & Hill, The Art of Electronics, 3rd ed., §1.2.1, "ground"), so a chain
    # that ends at ground closes the loop back to the source — as the phrases above, when a source is named before
    gnd = re.compile(r"\b(?:(?:and|then)\s+)*(?:(?:goes|going|go|runs?|running|connected|tied|returns?|returning|back|down)"
                     r"\s+)*to\s+(?:the\s+)?(?:ground|gnd|earth|0\s?V|zero\s+volts|common)(?:\s+(?:rail|line|terminal|node))?"
                     r"(?=\s*(?:[.,;!?)]|$))", re.IGNORECASE)
    for m in gnd.finditer(text):
        if re.search(r"\b(?:" + noun + r")\b|\d\s?V\b", text[:m.start()], re.IGNORECASE) and \
                not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), "loop"))
    return sorted(out)
