"""Who exerts a force and what carries the body, for ``nesy.mechanics.v1``'s parser.

People describe a force with its agent and its direction in words: "somebody pushes it with 12 N",
"pushed across the floor by a worker", "a 40 N force directed 30° above the horizontal". The agent and
the direction verb are part of the force's phrase (nothing of their own to draw), so they are accounted
for here instead of being reported as words nesy did not draw.

A body standing in an elevator rides an accelerating support: the forces on it are its weight and the
floor's normal force, and it shares the car's acceleration (Halliday, Resnick, Walker, *Fundamentals of
Physics*, 10th ed., ch. 5, sample problem "Forces within an elevator cab": F_N = m(g + a) for an upward
acceleration; the cable pulls the car, not the passenger). ``carrier`` reads which support that is, the
direction of its acceleration (a car moving up but slowing accelerates down) and which phrases belong
to the car rather than to the body.

All positions are in the normalised text ``t`` that ``parse_mechanics`` reads; the grammar lists are
``agents``, ``agent_verbs``, ``direction_verbs``, ``carriers``, ``riders`` and ``slowing`` of
``grammars/mechanics/grammar.yaml``.
"""
from __future__ import annotations

import functools
import re
from typing import Any

from ..errors import InputError, UnsupportedError
from ..parse.words import norm as _norm, phrase_rx as _phrase_rx
from .kit import DomainFiles

__all__ = ["agent_spans", "direction_lead", "carrier", "carrier_direction", "GENERIC_BODIES"]

_files = DomainFiles("mechanics")

# body words that name no particular thing: "an elevator of mass 800 kg" has no rider in it
GENERIC_BODIES = frozenset({"mass", "masses", "weight", "body", "bodies", "object", "objects", "load", "particle"})


@functools.lru_cache(maxsize=None)
def _alt(key: str) -> str:
    """The grammar list ``key`` as one regex alternation, longest phrase first."""
    g = _files.grammar()
    ps = g[key]
    if isinstance(ps, dict):
        ps = [p for v in ps.values() for p in v]
    keys = sorted({_norm(str(p)) for p in ps}, key=lambda k: (-len(k), k))
    return "(?:" + "|".join(_phrase_rx(k) for k in keys) + ")"


# adverbs and auxiliaries that may stand between an agent and its verb ("someone is pushing")
_BETWEEN = r"(?:(?:is|was|are|were|then|also|now|gently|slowly|hard|steadily|will|must|can|could|should|starts?\s+to|begins?\s+to)\s+)?"


@functools.lru_cache(maxsize=1)
def _agent_rx() -> tuple[re.Pattern, re.Pattern]:
    ag, vb = _alt("agents"), _alt("agent_verbs")
    before = re.compile(rf"(?<![A-Za-z])(?P<ag>{ag})\s+{_BETWEEN}{vb}(?![A-Za-z])", re.IGNORECASE)
    after = re.compile(rf"(?<![A-Za-z]){vb}\s+(?:[\w°-]+\s+){{0,5}}?by\s+(?P<ag>{ag})(?![A-Za-z])", re.IGNORECASE)
    return before, after


def agent_spans(t: str) -> list[tuple[int, int]]:
    """The agents of a push or pull in ``t``, as (start, end): a person word right before a verb of
    pushing or pulling ("somebody push it", "a student is pulling") or after "by" following one
    ("pushed across the floor by a worker")."""
    before, after = _agent_rx()
    out = {(m.start("ag"), m.end("ag")) for rx in (before, after) for m in rx.finditer(t)}
    return sorted(out)


@functools.lru_cache(maxsize=1)
def _lead_rx() -> re.Pattern:
    return re.compile(rf"(?<![A-Za-z]){_alt('direction_verbs')}\s+(?:(?:at|with|of)\s+)?"
                      r"(?:(?:an?|the)\s+angle\s+(?:of\s+)?)?$", re.IGNORECASE)


def direction_lead(t: str, start: int) -> int:
    """Where the phrase of a force's angle starts: before its direction verb when one leads it
    ("directed 30° above …", "applied at an angle of 20° below …"), else at ``start``."""
    m = _lead_rx().search(t[max(0, start - 50):start])
    return max(0, start - 50) + m.start() if m else start


@functools.lru_cache(maxsize=1)
def _carrier_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    w = r"(?<![A-Za-z])(?:{})(?![A-Za-z])"
    return (re.compile(w.format(_alt("carriers")), re.IGNORECASE),
            re.compile(w.format(_alt("riders")), re.IGNORECASE),
            re.compile(w.format(_alt("slowing")), re.IGNORECASE))


def carrier(t: str, cars: list[Any], bodies: list[Any], masses: list[Any], hangs: bool) -> dict[str, Any] | None:
    """What carries the body, or None when ``t`` names no carrier: {"span": (s, e) of the carrier's
    word, "rider": whether a body rides it (a named body other than a bare "mass", or a word of
    standing or sitting in it), "floor": whether the rider stands on its floor (a word of standing, or
    a rider that does not ``hang`` from the ceiling), "slowing": (s, e) of a word saying the motion slows, or None}. ``bodies`` and ``masses``
    are the parser's BODY and MASS claims, ``cars`` its CARRIER claims (nouns: "an elevator", "the lift";
    each with ``.start``, ``.end``, ``.text``).

    A mass written on the carrier ("an 800 kg elevator", "an elevator of mass 800 kg") with a rider in
    it is the car's, not the rider's: ``UnsupportedError`` names it (one body per diagram)."""
    _crx, rrx, srx = _carrier_rx()
    if not cars:
        return None
    cm = cars[0]
    # "elevator car … draw forces on the car": the carrier's own head word said again is the carrier, no rider
    heads = {_norm(c.text).split()[-1] for c in cars if _norm(c.text).split()}
    named = [b for b in bodies if _norm(b.text) not in GENERIC_BODIES and not (cm.start <= b.start < cm.end)
             and _norm(b.text).split()[-1:] != [] and _norm(b.text).split()[-1] not in heads]
    stands = bool(rrx.search(t))
    rider = bool(named) or stands
    axis = cm.value                         # "vertical" (an elevator) or "along" (a truck's bed)
    out: dict[str, Any] = {"span": (cm.start, cm.end), "rider": rider or axis == "along",
                           # (a rider that hangs from the ceiling stands on no floor, "inside" the car or not: "a
                           # lamp hangs from a cord inside a lift cabin" had been drawn on the floor, verified)
                           "floor": (stands and not hangs) or axis == "along" or (rider and not hangs), "slowing": None,
                           "axis": axis}
    if axis == "along":
        rider = True
    if not rider:
        return out
    for c in cars:
        for q in masses:
            between_before = t[q.end:c.start]
            between_after = t[c.end:q.start]
            if (q.end <= c.start and re.fullmatch(r"[\s-]*", between_before)) or \
                    (c.end <= q.start and re.fullmatch(r"(?i)\s*(?:car|cab)?\s*,?\s*(?:\(|of\s+|with\s+a\s+|"
                                                         r"has\s+a\s+|having\s+a\s+|whose\s+)?(?:total\s+)?"
                                                         r"(?:mass\s+(?:of\s+|is\s+)?)?", between_after)):
                raise UnsupportedError(f"'{t[min(q.start, c.start):max(q.end, c.end)]}': that mass is the "
                                       f"{c.text}'s, and the diagram is drawn for the body riding it (one body "
                                       "per diagram); give the rider's mass, or ask for the forces on the car alone")
    sm = srx.search(t)
    if sm:
        out["slowing"] = (sm.start(), sm.end())
    return out


def carrier_direction(car: dict[str, Any], direction: int | None, accel: dict[str, Any] | None,
                      carrier_text: str, t: str = "") -> int | None:
    """The sign of the carrier's acceleration: along the vertical (+1 up) the stated direction of motion,
    reversed when the motion slows ("moving down and slowing at 2 m/s²" accelerates up); along a vehicle's
    floor (+1 forward) forward unless the vehicle slows or backs up (``t``: the text). An acceleration
    with no direction at all (``accel``: its attribute, with the span in the user's text) is an input
    error naming it: the normal force differs by 2·m·a between the two readings, and nesy does not
    choose one."""
    if car.get("axis") == "along":
        back = re.search(rf"(?<![A-Za-z]){_alt('backward')}(?![A-Za-z])", t, re.IGNORECASE)
        return -1 if bool(car.get("slowing")) != bool(back) else 1
    if direction is None:
        if accel is not None:
            x = accel["span"]
            raise InputError(f"'{x['text']}' at {x['start']}-{x['end']}: say whether the {carrier_text} accelerates "
                             "up or down (the normal force on the rider is m(g + a) up, m(g − a) down)")
        return None
    return -direction if car.get("slowing") else direction
