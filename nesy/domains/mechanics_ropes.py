"""A body hanging from two ropes at one stated angle, for ``nesy.mechanics.v1``'s parser.

"A 10 kg sign hangs at rest from two cables, each making 45° with the horizontal", "two ropes at 30° to the
ceiling, symmetric", "suspended symmetrically by two wires inclined at 60°": one angle said of both ropes is
the angle of each, and the two tensions are equal by symmetry: 2·T·sin θ = m·g, so T = m·g / (2 sin θ) with
θ above the horizontal (Hibbeler, *Engineering Mechanics: Statics*, 14th ed., §3.3, equilibrium of a
particle, ΣFx = 0 and ΣFy = 0; Halliday, Resnick, Walker, *Fundamentals of Physics*, 10th ed., ch. 12,
"a sign hung from two cables"). The parser then draws the same two-rope scene it draws for two stated
angles (``_two_ropes``: T1 cos a1 = T2 cos a2, T1 sin a1 + T2 sin a2 = W), which gives these tensions.

One angle that is said of one rope only ("one rope at 30° to the ceiling", "the left cable makes 40°")
leaves the other rope's angle unknown: ``shared_angle`` returns None and the parser refuses, naming it.
"""
from __future__ import annotations

import re

__all__ = ["shared_angle", "ropes_inclined", "ROPE_ADJ"]

# words that may stand between the count and the ropes and say nothing about their angles: "two identical
# cables", "two light inextensible strings", "two steel wires" (at most two of them)
ROPE_ADJ = (r"(?:(?:identical|equal|similar|light|lightweight|massless|weightless|inextensible|thin|strong|"
            r"steel|metal|nylon|short|long|taut|ideal)[\s,]+(?:and\s+)?){0,2}")

# a word that puts the angle on both ropes: "each making 45°", "both at 30°", "45° each", "symmetric"
_SHARED = re.compile(r"(?i)\b(?:each|both|symmetric(?:al)?(?:ly)?|symmetrically|equally\s+inclined|"
                     r"(?:the\s+)?same\s+angle|equal\s+angles?)\b")
# a word that puts it on one rope only
_ONE = re.compile(r"(?i)\b(?:one|first|second|left|right|other|former|latter|another)\b")


def shared_angle(t: str, two: re.Match, angle_start: int, angle_end: int) -> list[tuple[int, int]]:
    """(start, end) in ``t`` of each word that makes the one stated angle both ropes' angle; empty if none.

    ``two``: the match of "two ropes" (or cables, wires …); ``angle_start``/``angle_end``: the angle's
    claim. The angle is both ropes' when a sharing word stands in its clause ("each making 45°", "both at
    30°", "at 45° each") or anywhere as "symmetric(ally)", "equal angles", "the same angle"; or when the
    plural "two ropes" is the angle's own subject in the same clause ("two cables making 45° with the
    horizontal") with no word that singles out one rope."""
    # the angle's clause: back to the last sentence break (at most 45 characters), on to the next one
    lo = max(0, angle_start - 45)
    brk = [m.end() for m in re.finditer(r"[.;!?]", t[lo:angle_start])]
    lo = lo + brk[-1] if brk else lo
    hi = min(len(t), angle_end + 12)
    nb = re.search(r"[.;!?]", t[angle_end:hi])
    hi = angle_end + nb.start() if nb else hi
    near = t[lo:angle_start] + " " + t[angle_end:hi]
    found: list[tuple[int, int]] = []
    if not _ONE.search(near):
        for a, b in ((lo, angle_start), (angle_end, hi)):
            w = re.search(r"(?i)\b(?:each|both)\b", t[a:b])
            if w:
                found.append((a + w.start(), a + w.end()))
    found += [(m.start(), m.end()) for m in _SHARED.finditer(t) if not re.fullmatch(r"(?i)each|both", m.group(0))]
    gap = t[two.end():angle_start] if two.end() <= angle_start else ""
    if not found and gap and len(gap) <= 60 and not re.search(r"[.;!?]", gap) and not _ONE.search(gap):
        found.append((two.start(), two.end()))
    return found


def ropes_inclined(t: str, two: re.Match, incline_words: list[tuple[int, int]]) -> bool:
    """True when every incline word of ``t`` says how the two ropes lean ("two strings inclined at 60° to
    the horizontal"), not that the body rests on a slope: "inclined" right after the ropes (within their
    clause) and followed by "at" or "to"."""
    if not incline_words:
        return False
    for s, e in incline_words:
        gap = t[two.end():s]
        if not (two.end() <= s and len(gap) <= 30 and not re.search(r"[.;!?]", gap)
                and re.fullmatch(r"(?i)inclined", t[s:e]) and re.match(r"(?i)\s+(?:at|to)\b", t[e:])):
            return False
    return True
