"""A chord of a circle, for ``nesy.geometry.v1``: "a circle with centre O and radius 4 cm, and a chord AB of
length 6 cm. How far is the chord from O?".

The chord's ends are two named points on the circle, fixed by the radius r and the chord's length c: the
perpendicular from the centre bisects the chord (Euclid, *Elements*, III.3), so by Pythagoras (I.47) the
chord lies at the distance d = √(r² − (c/2)²) from the centre; no chord is longer than the diameter
(III.15), so c ≤ 2r (the law ``chord`` of ``solvers/geometry.yaml``). The chord is drawn level, below the
centre, its ends A (left) and B (right); a question about its distance from the centre ("how far …",
"the distance of the chord from O") marks that distance: the perpendicular OM with its right angle at the
chord and its length written beside it. The verifier reads both ends as dots on the circle fitted to its
stroke, the chord's length from them, and the centre's distance from the chord's line.

Hands ``geometry.parse_geometry`` the chord's reading (``asked_distance``), ``_solve_figure`` its points
(``chord_points``), ``geometry_draw`` its perpendicular (``draw_distance``) and ``geometry_verify`` its
checks (``chord_checks``).
"""
from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["CHORD_AFTER_RX", "asked_distance", "chord_points", "chord_checks", "named_segments"]

# "a 6 cm chord", "a 6-cm long chord": a length right before the word chord is the chord's
CHORD_AFTER_RX = re.compile(r"(?i)\s*-?\s*(?:long\s+)?chords?\b")

# a question (or instruction) about the chord's distance from the centre
_ASKED_RX = re.compile(r"(?i)\bhow\s+far\b[^.?!]*|\b(?:find|calculate|compute|determine|what\s+is|show|mark)?\s*"
                       r"(?:the\s+)?(?:perpendicular\s+)?distance\s+(?:of|from|between)\b[^.?!0-9]*(?=[.?!]|$)|"
                       r"\bperpendicular\s+(?:distance\s+)?from\s+(?:the\s+)?(?:centre|center|o)\b[^.?!0-9]*")


def asked_distance(text: str) -> dict[str, Any] | None:
    """The span of a question about the chord's distance from the centre, or None."""
    m = _ASKED_RX.search(text)
    if not m or not m.group(0).strip():
        return None
    s, e = m.start(), m.end()
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return {"text": text[s:e], "start": s, "end": e}


def chord_points(r: float, c: float, names: list[str]) -> tuple[list[tuple[str, float, float]], float]:
    """The chord's two ends on the circle of radius ``r`` about the origin (level, below the centre) and
    its distance from the centre: d = √(r² − (c/2)²) (III.3, I.47)."""
    d = math.sqrt(max(r * r - c * c / 4.0, 0.0))
    return [(names[0], -c / 2.0, -d), (names[1], c / 2.0, -d)], d


def chord_checks(V: dict[str, Any], names: list[str], fit: tuple[float, float, float], fg: Any, ppu: float,
                 tol_px: float, rel: float, ttol: float, phrase: str) -> list[Any]:
    """The chord read from the pixels: each end on the fitted circle (within ``ttol`` px), and the fitted
    centre's distance from the chord's line against √(r² − (c/2)²) (figure unit)."""
    from ..types import Check
    from .geometry_verify import _dist_line
    cx, cy, r = fit
    out = []
    ends = [V.get(nm) for nm in names]
    if any(p is None for p in ends):
        return out
    worst = max(abs(math.hypot(p[0] - cx, p[1] - cy) - r) for p in ends)
    out.append(Check("chord_ends_on_circle", tuple(names), round(worst, 3), 0.0, ttol, worst <= ttol, phrase))
    obs = _dist_line((cx, cy), ends[0], ends[1]) / ppu
    exp = float(fg.chord_distance)
    tol_u = tol_px / ppu + rel * max(exp, fg.circle[2])
    out.append(Check("chord_distance", ("".join(names), fg.unit), round(obs, 4), round(exp, 4), round(tol_u, 4),
                     abs(obs - exp) <= tol_u, phrase))
    return out


def named_segments(text: str, centre: str, ends: list[str]) -> tuple[list[str], list[tuple[str, int, int]]]:
    """(the radii the text names from the centre to the chord's ends, e.g. ["OA", "OB"]; every other
    two-letter segment name as (word, start, end), to be reported as not drawn)."""
    radii: list[str] = []
    other: list[tuple[str, int, int]] = []
    chord = "".join(ends)
    for m in re.finditer(r"(?<![A-Za-z])([A-Z])([A-Z])(?![A-Za-z])", text):
        a, b = m.group(1), m.group(2)
        if {a, b} == set(chord):
            continue
        if centre in (a, b) and ({a, b} - {centre}) <= set(ends) and a != b:
            seg = centre + (b if a == centre else a)
            if seg not in radii:
                radii.append(seg)
            continue
        other.append((m.group(0), m.start(), m.end()))
    return radii, other
