"""A body nothing supports, for ``nesy.mechanics.v1``: "a 0.5 kg ball in free fall", "a stone is dropped from a
bridge", "a ball thrown straight up", "a skydiver leaves the plane; nothing else touches her" — and a body a rope
lifts or lowers with nothing under it ("a bucket lifted by a rope, accelerating upward at 2 m/s²").

A body in free fall touches nothing: the only force on it is its weight (air resistance neglected;
Halliday, Resnick, Walker, *Fundamentals of Physics*, 10th ed., §2-9 "free-fall acceleration", §5-7; Knight,
*Physics for Scientists and Engineers*, §5.7: the forces on a body are its contacts plus the long-range
weight), so Newton's second law gives a = g straight down. Read as a body on a floor, "in free fall" drew a
table's normal force under a falling ball (requests-dev mechanics-13, requests-10 mechanics-05: verified though
wrong). ``free_fall`` finds the phrase that leaves the body unsupported: a verb of falling, throwing or flight,
or a closed list of forces ("nothing else touches her") in a text that names no support, no rope and no
state of rest; the parser then builds the scene ``free`` (weight only, no support drawn).

A body "lifted", "hoisted", "raised" or "lowered" by a rope, cable or chain hangs from it: the rope pulls it
up, T − m·g = m·a (Newton's second law; HRW §5-9, sample problem "elevator cab"); ``rope_lifted`` reads the
verb (its direction of motion) and a "slowing down" that turns the acceleration against the motion.

A body "supported by one vertical string", "held up by a cable", on "one vertical string" and nothing else hangs
from it too: a vertical rope pulls up, and with no floor, table or incline named nothing is under the body, so
no normal force (requests-22 mechanics-04: '{"object": "3.0 kg mass", "support": "one vertical string"}' drew a
floor's normal force: verified though wrong). ``rope_held`` finds that rope.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["FREE_FALL_RX", "free_fall", "rope_held", "rope_lifted"]

FREE_FALL_RX = re.compile(
    r"(?i)\b(?:in\s+free[\s-]*fall|free[\s-]*falling|free[\s-]*falls?|falls?\s+freely|falling\s+freely|"
    r"(?:(?:is|was|gets|being|been)\s+(?:\w+\s+)?)?(?:dropped|thrown|tossed|launched)"
    r"(?:\s+(?:straight\s+)?(?:up|upward|upwards|down|downward|vertically|horizontally))?|"
    r"in\s+(?:mid-?air|flight)|airborne|projectile|"
    r"(?:falls|falling|fell|is\s+falling|was\s+falling|drops|dropping)(?!\s+(?:on|onto|into)\b)|"
    r"(?:jumps|jumped|leaps|leapt|leaped|dives|dived)\s+(?:off|out|from)|"
    r"(?:leaves|leaving|left)\s+the\s+(?:plane|aircraft|aeroplane|airplane|helicopter|balloon|cliff|diving\s+board))\b")

# a support the text names in its own words ("on the floor", "on a table" are scene words already): a contact
_CONTACT = frozenset({"tension", "normal", "friction", "spring"})
_REST = frozenset({"rest", "equilibrium"})

_LIFT = re.compile(r"(?i)\b(?P<up>lift|lifts|lifted|lifting|hoist|hoists|hoisted|hoisting|raise|raises|raised|"
                   r"raising|winch|winches|winched|winching|hauled\s+up|pulled\s+up(?:ward|wards)?)\b|"
                   r"\b(?P<down>lower|lowers|lowered|lowering)\b")
_ROPE = re.compile(r"(?i)\b(?:rope|string|cable|cord|wire|chain|line|strap|tether|crane|winch)s?\b")
_SLOWING = re.compile(r"(?i)\b(?:slowing\s+down|slows\s+down|slowing|slows|decelerat(?:ing|es|ion)|braking)\b")


def free_fall(t: str, closed: tuple[int, int] | None = None, forces: list[Any] = (),
              states: list[str] = ()) -> tuple[int, int] | None:
    """(start, end) in ``t`` of a phrase that leaves the body unsupported, or None: a verb of falling,
    throwing or flight — or, in a text naming no contact force (rope, normal, friction, spring) and no state of
    rest, a closed list of forces ("nothing else touches her": nothing holds the body up). The caller checks
    the text names no surface, support or carrier."""
    if any(getattr(c, "value", None) in _CONTACT for c in forces):
        return None
    m = FREE_FALL_RX.search(t)
    if m:
        return (m.start(), m.end())
    if closed and not _REST & set(states) and all(getattr(c, "value", None) == "weight" for c in forces):
        return closed
    return None


def rope_lifted(t: str, forces: list[Any]) -> tuple[int, int, int, tuple[int, int] | None] | None:
    """(start, end, +1 up / −1 down, the span of a "slowing down" or None) of a verb lifting or lowering the
    body by a rope the text names ("lifted by a rope", "a crane hoists the crate on a cable", "lowered on a
    chain"), or None. The rope must be a force claim of the text (``forces``: a tension word)."""
    if not any(getattr(c, "value", None) == "tension" for c in forces):
        return None
    m = _LIFT.search(t)
    if not m or not _ROPE.search(t):
        return None
    sl = _SLOWING.search(t)
    return (m.start(), m.end(), 1 if m.group("up") else -1, (sl.start(), sl.end()) if sl else None)


_KINDS = r"(?:string|rope|cord|cable|wire|thread|chain|line|strap|tether)s?"
_ADJ = r"(?:(?:light|massless|inextensible|single|thin|taut|long|short|steel|nylon|strong)[\s,]+)*"
_HELD = re.compile(rf"(?i)\bvertical(?:ly)?[\s-]+(?:hanging\s+)?{_ADJ}{_KINDS}\b|"
                   rf"\b(?:supported|held(?:\s+up)?|borne|carried)\s+(?:only\s+|just\s+|solely\s+)?(?:by|on|from)\s+"
                   rf"(?:a|an|one|the|a\s+single|one\s+single)\s+{_ADJ}(?:vertical\s+)?{_ADJ}{_KINDS}\b")


def rope_held(t: str, forces: list[Any]) -> tuple[int, int] | None:
    """(start, end) of a rope that holds the body up ("one vertical string", "supported by a light cord"), or
    None. The rope must be a force claim of the text (a tension word) and nothing may push or pull the body
    besides (an applied force: "a vertical rope pulls the sledge" across a floor the text left unnamed); the
    caller checks the text names no surface, incline or pulley."""
    kinds = {getattr(c, "value", None) for c in forces}
    if "tension" not in kinds or kinds & {"applied", "normal", "friction"}:
        return None
    m = _HELD.search(t)
    return (m.start(), m.end()) if m else None
