"""Closed force lists of ``nesy.mechanics.v1``: what a text says does *not* act on the body.

"nothing else touches it", "no other forces act on it", "there are no other forces", "(no rope, no push)",
"without any rope", "with nobody touching it any more" (no person acts on it): the text closes the list of
forces. A free-body diagram draws every force on the body and no other (Halliday–Resnick–Walker,
*Fundamentals of Physics*, §5-7; Knight, *Physics for Scientists and Engineers*, §5.7: the forces are the body's
contacts plus the long-range weight). So a closed list is read
as "the forces are exactly these": the weight, the normal force of the surface the body rests on (a contact
the text names), and the forces the text names without a negation. A negated force word ("no rope", "without
a push", "nor a string") is no force of the body; it is read (never reported as an unknown word) and
dropped. ``parse_mechanics`` hands the closed list to the solver as its ``only`` clause, where Newton's
first and second laws (``solvers/mechanics.yaml``) decide: a body "at rest" on a frictionless incline with
nothing else on it is impossible (net force m·g·sin θ ≠ 0), the same body sliding down is drawn.

Hands back the claims without the negated forces, the negated phrases, and the closing phrase's span.
"""
from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = ["NEGATION_RX", "CLOSED_RX", "read_closed", "negated_motion"]

# a negation right before a force word: "no rope", "without a push", "nor any string", "not a single rope",
# "nothing pulls it"
# "nobody pushing it", "no one is pulling on it": no agent, so no such force
NEGATION_RX = re.compile(r"(?i)(?:\b(?:no|nor|neither|without|not|nothing|nobody|no[\s\-]?one)\s+"
                         r"(?:(?:a|an|any|single|other|external|is|was|are|were)\s+)*)$")
_BODY = r"(?:it|them|the\s+\w+|this\s+\w+)"
# between two force words of one negation: "pushes or pulls", "a rope, or a push", "pushed, nor pulled"
_COORDINATED = re.compile(r"(?i)\s*,?\s*(?:or|nor|and)\s+(?:(?:a|an|any|is|was|by)\s+)*")
CLOSED_RX = re.compile(
    r"(?i)\b(?:nothing\s+else|no\s*(?:one|body)\s+else|nobody\s+else)\s+(?:is\s+)?(?:touch(?:es|ing)?|acts?|acting|"
    r"pushe?s?|pushing|pulls?|pulling|holds?|holding|supports?|supporting|is\s+attached|attached|interacts?)\b"
    r"(?:\s+(?:on|with|to))?(?:\s+" + _BODY + r")?"
    # "nothing else touching it or pulling on it": the coordinated verbs close the list too, name no force
    r"(?:,?\s+(?:or|and|nor)\s+(?:is\s+)?(?:touch(?:es|ing)?|acts?|acting|pushe?s?|pushing|pulls?|pulling|holds?|"
    r"holding|supports?|supporting|attached|interacts?)\b(?:\s+(?:on|with|to))?(?:\s+" + _BODY + r")?)*"
    r"|\bno\s+other\s+(?:external\s+)?(?:forces?|contacts?|bodies|objects|things|influences?)"
    r"(?:\s+(?:act|acts|are\s+acting|is\s+acting|touch|touches|are\s+present|is\s+present|are\s+involved))?"
    r"(?:\s+(?:on|with)(?:\s+" + _BODY + r")?)?"
    r"|\bthere\s+(?:are|is)\s+no\s+other\s+(?:external\s+)?forces?(?:\s+(?:on|acting\s+on)\s+" + _BODY + r")?"
    r"|\b(?:it\s+is\s+|is\s+)?(?:otherwise\s+)?(?:free|isolated)\s+of\s+(?:all\s+)?other\s+(?:forces|contacts)"
    # "with nobody touching it any more", "no one is holding it now": no person acts on the body, so its forces
    # are the weight and its named contacts (the floor it slides on); requests-16 mechanics-08 refused the
    # negation unread
    r"|\b(?:nobody|no[\s\-]?one|no\s+(?:person|hand|hands))\s+(?:is\s+|are\s+)?(?:(?:still|now)\s+)?"
    r"(?:touch(?:es|ing)?|holds?|holding|handles?|handling)\b(?:\s+(?:on|with|to))?(?:\s+" + _BODY + r")?"
    r"(?:\s+(?:any\s*more|any\s+longer|now|at\s+all))?")


def read_closed(t: str, claims: list[Any], used: np.ndarray) -> tuple[list[Any], list[dict[str, Any]],
                                                                      tuple[int, int] | None]:
    """(claims without the negated force words, [{kind, start, end}] of each negated phrase, the closing
    phrase's (start, end) or None), positions in the normalised text ``t``; ``used`` is marked in place
    for the phrases read here."""
    negated: list[dict[str, Any]] = []
    keep: list[Any] = []
    for c in claims:
        m = NEGATION_RX.search(t[max(0, c.start - 40):c.start]) if c.tag == "FORCE" else None
        if m and m.group(0).strip():
            s = c.start - len(m.group(0))
            negated.append({"kind": c.value, "start": s, "end": c.end})
            used[s:c.end] = True
            continue
        if c.tag == "FORCE" and negated and _COORDINATED.fullmatch(t[negated[-1]["end"]:c.start]):
            # "nothing pushes or pulls it", "not pushed or pulled", "no rope, nor a push": the negation governs
            # every force word coordinated with the one it stands before
            negated.append({"kind": c.value, "start": negated[-1]["end"], "end": c.end})
            used[negated[-1]["start"]:c.end] = True
            continue
        keep.append(c)
    closed = None
    m = CLOSED_RX.search(t)
    if m:
        closed = (m.start(), m.end())
        used[m.start():m.end()] = True
        # the words of the phrase may have been claimed ("force", "push"): they close the list, name no force
        keep = [c for c in keep if not (m.start() <= c.start and c.end <= m.end())]
    return keep, negated, closed


# a negation governing a verb of motion: "without moving", "is not sliding", "never slides", "doesn't start to
# slide", "fails to move", "no longer moves" — the verb's own negator, at most two words before it
_MOTION_NEG = re.compile(r"(?i)(?:\b(?:without|not|never|no\s+longer|fails?\s+to|failing\s+to|nor)|\b\w+n['’]t|\bcannot)\s+"
                         r"(?:(?:\w+)\s+){0,2}$"
                         # a verb of prevention: "static friction keeps it from sliding", "prevents the box from
                         # moving", "stops the crate from slipping" — the motion does not happen
                         r"|\b(?:keeps?|keeping|kept|prevents?|preventing|prevented|stops?|stopping|stopped)\s+"
                         r"(?:\w+\s+){0,4}?from\s+$")
_CLAUSE_BREAK = re.compile(r"[.;:,!?]|\b(?:and|but|then|until|so|when|while|before|after|because)\b", re.IGNORECASE)


def negated_motion(t: str, start: int) -> int | None:
    """Where the negator of the verb of motion at ``start`` of ``t`` begins ("rests without moving", "the crate
    is not sliding", "it never slides"), or None: a negated verb of motion says the body is at rest (Newton's
    first law holds), not moving."""
    lo = max(0, start - 30)
    m = _MOTION_NEG.search(t[lo:start])
    # the words between the negator and the verb stay in its clause ("not, as before, sliding" is no negation)
    if not m or _CLAUSE_BREAK.search(m.group(0)[len(m.group(0).split()[0]):]):
        return None
    return lo + m.start()
