"""Circuits described branch by branch, for ``nesy.circuits.v1``.

A textbook often gives a parallel network one path at a time: "a 12 V battery feeds two branches in
parallel: the first branch is a 100 Ω and a 200 Ω resistor in series, the second branch is one 300 Ω
resistor"; "Two branches across a 10 V supply. Branch 1: 100 Ω and 200 Ω in series. Branch 2: 300 Ω";
"one branch has a lamp, the other has a 10 Ω resistor and a switch". Each branch is one path between the
same two nodes (a series path when it holds several parts) and the branches are in parallel with each
other (a circuit's branch is "a single path in a network, composed of one or more elements in series";
Alexander & Sadiku, Fundamentals of Electric Circuits, 5th ed., §2.3, Nodes, branches and loops).

``branch_markers`` finds the announcing phrase ("two branches in parallel") and one marker per branch
("the first branch is", "Branch 2:", "the other has"); ``circuits.parse_circuit`` blanks them before
reading and ``fold_branches`` then rewrites the mention stream: each branch's parts become one operand
(a series combination when several), joined to the next branch by an "in parallel with" that carries
the marker's phrase, and the source named before (or after) the branches is across them all.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["branch_markers", "fold_branches"]

_PATH = r"(?:branch|path|arm|leg)"
_VERB = r"(?:has|have|is|contains|holds|consists\s+of|carries|gets|with|takes|includes)"
# (the plural's ending may be missing, "feed two branch in parallel", as a learner writes it)
# ("the current splits between two branches", "it divides into three paths": where the current divides, the
# same announcement)
_ANNOUNCE = re.compile(rf"(?:\b(?:(?:the|its|this)\s+)?current\s+(?:then\s+)?)?(?:\b(?:splits|divides|branches\s+out|"
                       rf"separates)\s+(?:up\s+)?(?:between|into|among)\s+)?\b(?:two|three|four|2|3|4)\s+(?:parallel\s+|separate\s+|different\s+)?{_PATH}(?:es|s)?\b"
                       r"(?:\s+(?:(?:connected|wired|placed|arranged)\s+)?(?:in\s+parallel|side\s+by\s+side))?\s*[:,]?",
                       re.IGNORECASE)
_MARKERS = [
    # "the first branch is", "the second path has", "the other branch:", "and the last arm contains"
    re.compile(rf"(?:\band\s+)?\b(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th|other|last|remaining|"
               rf"top|bottom|upper|lower|left|right)\s+{_PATH}(?:\s+{_VERB})?\s*[:\-–]?", re.IGNORECASE),
    # "Branch 1:", "branch A -", "path two has"
    re.compile(rf"(?:\band\s+)?\b{_PATH}\s*(?:\d|(?-i:[A-D])\b|one\b|two\b|three\b|four\b)(?:\s+{_VERB})?\s*[:\-–=]?",
               re.IGNORECASE),
    # "one branch has …, the other has …", "in one branch …, in the other …"
    re.compile(rf"(?:\bin\s+)?\bone\s+{_PATH}(?:\s+{_VERB})?\s*[:\-–]?", re.IGNORECASE),
    re.compile(rf"(?:\band\s+)?(?:\bin\s+)?\bthe\s+other(?:\s+(?:one|{_PATH}))?(?:\s+{_VERB})\s*[:\-–]?|"
               rf"(?:\band\s+)?\bin\s+the\s+other(?:\s+(?:one|{_PATH}))?\s*[:\-–,]?", re.IGNORECASE),
]

# "the first is", "and the second consists of", "of which the first has" (a verb right after the ordinal)
_ELLIPTIC = re.compile(rf"(?:\band\s+)?(?:\bof\s+which\s+)?\bthe\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|"
                       rf"other|last|remaining)(?:\s+one)?\s+{_VERB}\s*[:\-–]?", re.IGNORECASE)


def branch_markers(text: str) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The announcing phrase (or None) and the markers of the branches, in order; no markers unless there
    are at least two (one marker alone is no branch-by-branch description)."""
    found: list[tuple[int, int]] = []
    for rx in _MARKERS:
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in found):
                found.append((m.start(), m.end()))
    found.sort()
    ann = _ANNOUNCE.search(text)
    if len(found) < 2 and ann is not None:
        # after "two branches": "of which the first is …, the second consists of …", the noun left out
        # (ellipsis; Huddleston & Pullum 2002, ch. 5 §9, fused-head noun phrases): a marker only after the announcement
        found = sorted(found + [(m.start(), m.end()) for m in _ELLIPTIC.finditer(text, ann.end())
                                if not any(a < m.end() and m.start() < b for a, b in found)])
    if len(found) < 2:
        return None, []
    announce = (ann.start(), ann.end()) if ann and ann.end() <= found[0][0] else None
    return announce, found


def _sentence_end(text: str, pos: int) -> int:
    m = re.compile(r"[.;!?](?:\s|$)").search(text, pos)
    return m.start() if m else len(text)


def fold_branches(ms: list[tuple[str, Any, int, int]], text: str, announce: tuple[int, int] | None,
                  markers: list[tuple[int, int]]) -> list[tuple[str, Any, int, int]]:
    """The mention stream with the branches as parallel operands (see the module docstring); ``ms``
    unchanged when a branch holds no part."""
    ends = [markers[k + 1][0] for k in range(len(markers) - 1)] + [_sentence_end(text, markers[-1][1])]
    head = [it for it in ms if it[2] < markers[0][0]]
    tail = [it for it in ms if it[2] >= ends[-1]]
    branches = [[it for it in ms if a[1] <= it[2] < e and it[0] not in ("SEP", "AND")]
                for a, e in zip(markers, ends)]
    if any(not any(it[0] == "COMP" for it in br) for br in branches):
        return ms
    # the head's last sentence leads into the branches ("A 12 V battery feeds two branches in parallel:")
    cut = max((k + 1 for k, it in enumerate(head) if it[0] == "SEP" and (announce is None or it[3] <= announce[0])),
              default=0)
    before, lead = head[:cut], [it for it in head[cut:] if it[0] not in ("SEP",)]
    while lead and lead[-1][0] == "AND":
        lead.pop()
    while lead and lead[0][0] == "AND":
        lead.pop(0)
    body: list[tuple[str, Any, int, int]] = []
    for k, (br, mk) in enumerate(zip(branches, markers)):
        if k:
            body.append(("OP", "par_in", mk[0], mk[1]))
        ops = [it for it in br if it[0] == "OP"]
        # (or closed by a series postfix, "a 330 Ω and a 470 Ω resistor one after the other": left in the stream,
        # it would close the list of every branch before it, its last part in series with their parallel group)
        if sum(it[0] == "COMP" for it in br) >= 2 and ops and (
                all(it[1] in ("ser_in", "seq_in") for it in ops)
                # ("Arm 1 is 100 Ω then 220 Ω in series": chained, then closed by the postfix that ends the branch)
                or (all(it[1] in ("ser_in", "seq_in") for it in ops[:-1]) and ops[-1][1] == "ser_post"
                    and br[-1] is ops[-1])):
            # "branch two is 300 Ω in series with 400 Ω": the branch's own chain, one operand; its infix, left
            # in the stream, would join the part before it to the parallel group of the branches before
            body.append(("OP", "ser_pre", mk[0], mk[1]))
            br = [it for it in br if it[0] != "OP"]
        elif sum(it[0] == "COMP" for it in br) >= 2 and not ops:
            body.append(("OP", "ser_pre", mk[0], mk[1]))   # a branch of several parts is a series path
        body.extend(br)
    ph = announce or (markers[0][0], markers[-1][1])
    if lead and lead[0][0] == "OP":
        # "Two branches in parallel across a 10 V supply. Branch 1: …": the branches, then what they are across
        out = body + lead
    elif lead and lead[-1][0] == "OP":
        out = lead + body            # "A 12 V battery feeds [two branches]: …"
    elif lead:
        out = lead + [("OP", "link", ph[0], ph[1])] + body   # "A 9 V battery with two branches: …"
    else:
        out = body
    k = 0
    while k < len(tail) and (tail[k][0] in ("SEP", "AND") or tail[k][0] == "COMP" and not any(
            tail[k][1].get(f) for f in ("kind", "value", "name"))):
        k += 1   # "…; both across a 6 V cell", "…, all across 9 V": what the branches together are across
    if k < len(tail) and tail[k][0] == "OP" and tail[k][1] in ("par_in", "link") and not any(
            it[0] == "OP" and it[1] == "link" for it in out):
        return before + out + tail[k:]
    sep = [("SEP", None, ends[-1], ends[-1] + 1)] if tail else []
    return before + out + sep + tail
