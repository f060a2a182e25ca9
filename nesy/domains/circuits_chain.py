"""A loop written as an arrow chain over a parts list, for ``nesy.circuits.v1``'s parser.

"Shopping list: one 9 V battery, one 1 kΩ resistor, one 2.2 µF cap, one 4.7 uF cap. Plan: battery -> 1 kΩ in
series -> the two caps in parallel with each other -> back to the battery." Two things are said here:

* ``arrow_ops``: an arrow between two parts ("->", "→", "=>") is the way the current goes from one part to the
  next along the loop — the parts are in series, the next after the one before (a sequence, as "then"; series
  connection: Alexander & Sadiku, *Fundamentals of Electric Circuits*, 5th ed., §2.5). Unread, the arrows left the
  plan a list with no connection between its parts.
* ``inventory``: a clause that only lists parts ("one 9 V battery, one 1 kΩ resistor, …"), every one of which a
  later clause that connects parts names again ("battery", "1 kΩ", "the two caps"), is the inventory of those parts,
  not a chain of them. Read as a list (a series chain), the plan then joined parts of that chain to each other
  (refused as no series-parallel circuit), and a bare value ("1 kΩ") made a second resistor. The listed mention
  (with its value) takes the place of each later one that names it; the list itself connects nothing. When a listed
  part is named nowhere later, or a later name fits several listed parts, the text keeps its old reading.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["arrow_ops", "inventory", "with_adjuncts"]

Mention = tuple[str, Any, int, int]

_ARROW = re.compile(r"-{1,2}>|→|⟶|⇒|=>|➔|➜")


def arrow_ops(ms: list[Mention], text: str) -> list[Mention]:
    """``ms`` with a sequence operator (``seq_in``) where an arrow stands between two items of one clause."""
    out: list[Mention] = []
    for k, it in enumerate(ms):
        if out and it[0] in ("COMP", "GROUP", "IT") and out[-1][0] in ("COMP", "OP", "GROUP", "IT", "AND"):
            prev = out[-1]
            a = _ARROW.search(text, prev[3], it[2]) if prev[3] <= it[2] else None
            if a is not None and not re.search(r"[.;!?]\s", text[prev[3]:it[2]]):
                if prev[0] == "AND":
                    out.pop()   # "battery, -> R1": the arrow is the connection, the comma none
                out.append(("OP", "seq_in", a.start(), a.end()))
        out.append(it)
    return out


def _clauses(ms: list[Mention]) -> list[tuple[int, int]]:
    out, a = [], 0
    for k, it in enumerate(ms + [("SEP", None, 0, 0)]):
        if it[0] == "SEP":
            if k > a:
                out.append((a, k))
            a = k + 1
    return out


def _kind(m: dict) -> str | None:
    from .circuits import _UNIT_KIND
    if m.get("kind"):
        return m["kind"]
    if m.get("value") is not None:
        return _UNIT_KIND.get(m["value"]["unit"], (None,))[0]
    return None


def _listed(m: dict) -> bool:
    """A mention that introduces parts with what the list says of them ("one 9 V battery", "two 10 µF caps")."""
    from .circuits import _anaphoric
    return (not _anaphoric(m) and not m.get("name") and m.get("kind") is not None
            and (not m.get("plural") or m.get("count")) and not m.get("ref") and m.get("ante") is None
            and m.get("assign") is None and not m.get("listed"))


def _size(m: dict) -> int:
    return m["count"][0] if m.get("count") else 1


def _same_value(a: dict | None, b: dict | None) -> bool:
    return a is not None and b is not None and a["unit"] == b["unit"] and \
        abs(a["value"] - b["value"]) <= 1e-9 * max(1.0, abs(a["value"]))


def inventory(ms: list[Mention], text: str) -> list[Mention]:
    """``ms`` with each parts list named again by a later connecting clause moved to where it is named (see the
    module's docstring)."""
    from .circuits import SOURCES, _anaphoric
    clauses = _clauses(ms)
    for ci, (a, b) in enumerate(clauses):
        items = ms[a:b]
        comps = [k for k in range(a, b) if ms[k][0] == "COMP"]
        if len(comps) < 2 or any(ms[k][0] not in ("COMP", "AND") for k in range(a, b)) or \
                not all(_listed(ms[k][1]) for k in comps):
            continue
        later = [k for (c, d) in clauses[ci + 1:] if any(ms[j][0] == "OP" for j in range(c, d)) for k in range(c, d)
                 if ms[k][0] == "COMP"]
        left = list(comps)
        repl: dict[int, list[int]] = {}
        ok = True
        for k in later:
            m = ms[k][1]
            if m.get("name") or m.get("det") == "new" or m.get("ref") or m.get("ante") is not None:
                continue
            kind, val = _kind(m), m.get("value")
            if not (_anaphoric(m) or m.get("det") is None):
                continue
            # ("the source" names a listed battery or current source: kind "source" is either, by its value's unit)
            fit = [j for j in left if (_kind(ms[j][1]) == kind or kind == "source" and _kind(ms[j][1]) in SOURCES)
                   and (val is None or _same_value(ms[j][1].get("value"), val))]
            if not fit:
                continue
            sizes = [_size(ms[j][1]) for j in fit]
            n = m["count"][0] if m.get("count") else (sum(sizes) if m.get("plural") else 1)
            one = [j for j, z in zip(fit, sizes) if z == n]
            if len(one) == 1 and (len(fit) == 1 or n > 1):
                fit = one   # "the two caps": the one listed mention of two caps
            elif sum(sizes) != n:
                ok = False
                break
            repl[k] = fit
            left = [j for j in left if j not in fit]
        if not ok or left or not repl:
            continue
        out: list[Mention] = []
        for k, it in enumerate(ms):
            if a <= k < b:
                continue   # the list: its parts are made where the plan names them
            if k in repl:
                for n_, j in enumerate(repl[k]):
                    if n_:
                        out.append(("AND", "and", it[2], it[2]))
                    out.append(("COMP", dict(ms[j][1]), it[2], it[3]))
                continue
            out.append(it)
        return inventory(out, text)
    return ms


# ", with" before a part: an adjunct that says where that part goes ("then R2 = 2k2, with C1 = 100n across R2")
_WITH_GAP = re.compile(r"\s*,?\s*(?:and\s+)?with\s*\Z", re.IGNORECASE)


def with_adjuncts(ms: list[Mention], text: str) -> list[Mention]:
    """``ms`` with a clause break before "with <new part> across/in series with <a part named before>": the adjunct
    connects its part to the one it names ("R2 = 2k2 to ground, with C1 = 100n across R2": C1 is across R2), not
    in a list with the parts before it (read so, R2 and C1 made one chain, which "across R2" then joined to
    itself: refused as no series-parallel circuit)."""
    from .circuits import _OPS
    out: list[Mention] = []
    names: set[str] = set()
    for k, it in enumerate(ms):
        m = it[1] if it[0] == "COMP" and isinstance(it[1], dict) else None
        if m is not None and out and out[-1][0] in ("COMP", "OP", "AND") and k + 2 < len(ms) and ms[k + 1][0] == "OP" \
                and _OPS[ms[k + 1][1]][0] == "in" and _OPS[ms[k + 1][1]][1] in ("P", "S") and ms[k + 2][0] == "COMP" \
                and _WITH_GAP.fullmatch(text[out[-1][3]:it[2]]) and not m.get("det") == "back" and (
                    ms[k + 2][1].get("name") in names and not ms[k + 2][1].get("value")):
            if out[-1][0] == "AND":
                out.pop()   # ", with": the comma joins no list
            out.append(("SEP", None, it[2], it[2]))
        if m is not None and m.get("name"):
            names.add(m["name"])
        out.append(it)
    return out
