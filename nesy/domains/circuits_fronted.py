"""A connecting phrase put first in its clause, for ``nesy.circuits.v1``'s parser.

"a 1.5 V cell, and across it there's a 4.7 µF capacitor and a 150 Ω resistor"; "a 9 V battery. Across the
battery, a 100 Ω resistor."; "a 12 V supply; in series with it a 2 Ω resistor": English may front the
prepositional phrase that says where a part goes, and the part comes after it (locative inversion,
Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 16, on preposing and
inversion). The clause says the same as with the phrase after the part ("a 4.7 µF capacitor and a 150 Ω resistor across it"), so the
mention list is put in that order: the parts, then the connecting phrase, then what it names.

Read only where it is certain: the phrase stands first in its clause (at the start, after a full stop or
semicolon, or after a comma and "and" that follow a part), is a parallel or series phrase (not a link or a
sequence word), names exactly one part (``it`` or one mention that refers back: "the cell", "R1"), and new
parts follow it. Anything else is left as it was, and read (or refused, naming its phrase) as before.

"Connected in parallel across a 9 V battery are two resistors of 100 Ω and 220 Ω", "In series with a 12 V
supply is a 2 Ω resistor": the phrase may say how the parts are joined before what to ("in parallel across"),
and at the start of a sentence it may name a new part, when a copula ("is", "are": the verb of the inversion)
stands between that part and the parts after it — the copula ends the one part the phrase names. The clause is
"two resistors of 100 Ω and 220 Ω connected in parallel across a 9 V battery".
"""
from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["fronted_connections"]

_Item = tuple[str, Any, int, int]


def _back(it: _Item) -> bool:
    """A single mention that names a part said before: "it", "the cell", "R1" (a name without a value)."""
    if it[0] == "IT":
        return True
    if it[0] != "COMP":
        return False
    m = it[1]
    if m.get("plural") or m.get("count") or m.get("value"):
        return False
    return m.get("det") == "back" or (bool(m.get("name")) and m.get("det") is None)


def _new(it: _Item) -> bool:
    """A mention of new parts: "a 150 Ω resistor", or counted ones ("three resistors of 1 kΩ, 2,2 kΩ and 4,7 kΩ")."""
    if it[0] != "COMP":
        return False
    m = it[1]
    return m.get("det") == "new" or (m.get("det") is None and bool(m.get("count")) and not m.get("name"))


@functools.lru_cache(maxsize=1)
def _copula_gap() -> re.Pattern:
    """The gap after a new part that a fronted phrase names, up to the parts it joins: " are ", ", there is "."""
    from ..resources import load_yaml
    words = sorted((str(w) for w in load_yaml("grammars", "common/grammar.yaml").get("copulas", [])), key=len, reverse=True)
    cop = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\s*,?\s*(?:there\s+)?(?:(?:{cop})\s+)+\Z", re.IGNORECASE)


def _one_new(it: _Item) -> bool:
    """A mention of one new part: "a 9 V battery" (no count, no plural, no list of values)."""
    if it[0] != "COMP":
        return False
    m = it[1]
    return m.get("det") == "new" and not m.get("plural") and not m.get("count") and not m.get("listed") \
        and bool(m.get("kind"))


def fronted_connections(ms: list[_Item], text: str) -> list[_Item]:
    """``ms`` (``circuits._mentions``' list) with each fronted connecting phrase and the one part it names
    moved after the new parts that follow them, up to the end of the clause (a full stop or semicolon, an
    operator, or the end)."""
    from .circuits import _OPS
    out = list(ms)
    k = 0
    while k < len(out):
        it = out[k]
        first = k == 0 or out[k - 1][0] == "SEP"
        start = first or (out[k - 1][0] == "AND" and k >= 2 and out[k - 2][0] == "COMP")
        # "In parallel across it are …", "Connected in parallel across a 9 V battery are …": how, then to what
        how = [it] if (it[0] == "OP" and _OPS.get(it[1], ("",))[0] == "post" and k + 1 < len(out)
                       and out[k + 1][0] == "OP" and _OPS.get(out[k + 1][1], ("", ""))[1] == _OPS[it[1]][1]) else []
        op = out[k + len(how)] if k + len(how) < len(out) else it
        a = k + len(how) + 1   # the part the phrase names
        if not (start and op[0] == "OP" and op[1] in _OPS and _OPS[op[1]][0] == "in"
                and _OPS[op[1]][1] in ("P", "S") and op[1] != "seq_in" and a < len(out)
                and (_back(out[a]) or first and _one_new(out[a]) and a + 1 < len(out)
                     and _copula_gap().match(text[out[a][3]:out[a + 1][2]]))):
            k += 1
            continue
        j = a + 1
        while j < len(out) and (_new(out[j]) or (out[j][0] == "AND" and j + 1 < len(out) and _new(out[j + 1]))):
            j += 1
        run = out[a + 1:j]

        def postfix(x: int) -> bool:
            return x < len(out) and out[x][0] == "OP" and _OPS.get(out[x][1], ("",))[0] == "post"
        # the clause ends after the run (or a postfix phrase closes it: "…, all in parallel"); a further
        # connecting phrase would leave open what the fronted one joins ("across it R1 in series with a lamp")
        ends = j == len(out) or out[j][0] == "SEP" or postfix(j) or (
            out[j][0] == "AND" and (j + 1 == len(out) or out[j + 1][0] == "SEP" or postfix(j + 1)))
        if not any(_new(x) for x in run) or not ends:
            k += 1
            continue
        # a postfix phrase after the run ("…, a 10 µF capacitor and a 1 kΩ resistor in series", "…, all in
        # parallel") joins the run, so it comes before the fronted phrase: "C1 and R1 in series across it"
        tail = j + (1 if out[j:j + 1] and out[j][0] == "AND" else 0)
        if postfix(tail):
            run, j = run + out[j:tail + 1], tail + 1
        out[k:j] = run + how + [op, out[a]]
        k = j
    return out
