"""A dialogue whose later turn changes the scenario, and a friction stated as its maximum, for ``nesy.mechanics.v1``.

"Student: a 2 kg block sits on a table, I push it sideways with 8 N and it doesn't move. / Tutor: With 8 N it
would slide … / Student: OK, then I push with 5 N and it stays put. Draw that one." — in a dialogue (two or more
turns, each a line opening with its speaker and a colon, at least two speakers) the turn that asks for the
drawing (else the last turn) states the scenario to draw: a force it gives in newtons replaces every force of
the same kind that earlier turns gave, where a word says the scenario changes ("then", "instead", "now", "OK")
(requests-14 mechanics-09 was refused as "two applied forces"). What the
later turn does not restate (the 2 kg block, the table) stays as the earlier turns said it. Outside a dialogue,
two values of one force are still refused.

"the maximum static friction there is only about 6 N": the largest static friction the surfaces can give,
μs·N (Amontons–Coulomb; Halliday, Resnick & Walker, *Fundamentals of Physics*, §6-1: f_s ≤ f_s,max = μs·F_N),
is no force acting on the body: it is read as that bound (``friction_max``), never as the friction drawn.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["dialogue_turns", "superseded_forces", "friction_bounds"]

_TURN = re.compile(r"(?m)^[ \t]*(?P<who>[A-Z][A-Za-z.'\- ]{0,24}?)[ \t]*:[ \t]+(?=\S)")
_ASKS = re.compile(r"(?i)\b(?:draw|sketch|diagram|fbd)\b")
# the later turn says it changes the scenario: "OK, then I push with 5 N", "pull with 4 N instead", "now 6 N"
_CUE = re.compile(r"(?i)\b(?:then|instead|now|this\s+time|rather|ok|okay|fine|alright|all\s+right|so|change\s+it\s+to|"
                  r"make\s+it|let'?s\s+say|say)\b")


def dialogue_turns(t: str) -> list[tuple[int, int, str]]:
    """(start, end, speaker) of each turn of ``t`` when it is a dialogue, else []: two or more turns, either lines
    opening with a speaker and a colon (at least two speakers), or — as the shared front end hands a dialogue
    on, its speakers moved — two or more lines. The speaker is "" where it is not known."""
    ms = list(_TURN.finditer(t))
    if len(ms) >= 2 and len({m.group("who").strip().lower() for m in ms}) >= 2:
        return [(m.start(), ms[i + 1].start() if i + 1 < len(ms) else len(t), m.group("who").strip())
                for i, m in enumerate(ms)]
    lines, at = [], 0
    for ln in t.split("\n"):
        if ln.strip():
            lines.append((at, at + len(ln), ""))
        at += len(ln) + 1
    return lines if len(lines) >= 2 else []


def _kind(t: str, q: Any, forces: list[Any]) -> str:
    """The kind a quantity in newtons takes, as ``parse_mechanics`` gives it: its symbol's, else the nearest force
    word before it in its sentence (within 40 characters), else the one right after it, else applied."""
    before = [f for f in forces if f.end <= q.start and q.start - f.end <= 40 and not re.search(r"[.;]", t[f.end:q.start])]
    after = [f for f in forces if f.start >= q.end and f.start - q.end <= 3]
    if before:
        return before[-1].value
    if after:
        return after[0].value
    return "applied"


def superseded_forces(t: str, claims: list[Any]) -> tuple[list[Any], list[tuple[int, int]]]:
    """``claims`` without the forces in newtons that a later dialogue turn restates (same kind), and the spans of
    those dropped; unchanged outside a dialogue."""
    turns = dialogue_turns(t)
    if not turns:
        return claims, []
    asks = [tr for tr in turns if _ASKS.search(t[tr[0]:tr[1]])]
    final = asks[-1] if asks else turns[-1]
    forces = [c for c in claims if c.tag == "FORCE"]
    qs = [c for c in claims if c.tag == "FORCEQ" and not c.sym]
    # the later turn restates a force only after a word that says it changes the scenario ("then", "instead")
    later = {_kind(t, q, forces) for q in qs if final[0] <= q.start < final[1]
             and (_CUE.search(t[final[0]:q.start]) or _CUE.search(t[q.end:min(final[1], q.end + 30)]))}
    drop = [q for q in qs if q.start < final[0] and _kind(t, q, forces) in later]
    ids = {id(q) for q in drop}
    return [c for c in claims if id(c) not in ids], [(q.start, q.end) for q in drop]


_MAX = re.compile(r"(?i)\b(?:maximum|max\.?|limiting|greatest|largest)\s+(?:possible\s+)?(?:static\s+)?friction"
                  r"(?:\s+force)?\b[^.;?\d]{0,40}?$")


def friction_bounds(t: str, claims: list[Any]) -> tuple[list[Any], list[Any]]:
    """(``claims`` without the friction quantities stated as a maximum, those quantities): "the maximum static
    friction there is only about 6 N" bounds the friction, it is not the friction drawn."""
    out, bounds = [], []
    for c in claims:
        if c.tag == "FORCEQ" and not c.sym and _MAX.search(t[max(0, c.start - 70):c.start]):
            bounds.append(c)
            continue
        out.append(c)
    return out, bounds
