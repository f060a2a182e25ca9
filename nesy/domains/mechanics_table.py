"""A body on a table or slope pulled over a pulley at its edge by a hanging mass (``nesy.mechanics.v1``).

The textbook's second two-body figure beside the Atwood machine (Halliday, Resnick & Walker,
*Fundamentals of Physics*, ch. 5, sample problem "block on a frictionless table, pulled by a hanging
block"; Serway & Jewett, *Physics for Scientists and Engineers*, ch. 5, "objects connected by a cord"):
block 1 on the surface, one light string over a massless frictionless pulley at the surface's edge (or
the slope's top) to block 2, which hangs. Newton's second law on each body with one acceleration a (the
string does not stretch) and one tension T (the pulley is massless and frictionless):

    block 1, along the surface towards the pulley:  T + f − m1 g sin θ = m1 a
    block 2, downwards:                             m2 g − T = m2 a

so on a frictionless level table a = m2 g / (m1 + m2), T = m1 m2 g / (m1 + m2) — half the Atwood
machine's tension 2 m1 m2 g / (m1 + m2) for the same masses, which is why the two are never drawn as
each other. With kinetic friction μk: a = (m2 − μk m1) g / (m1 + m2), T = m1 (a + μk g).

parse: ``on_support`` finds the surface the first body rests on (a table, floor or slope word governed
by the preposition "on", "along", "across", "up" or "down" — the case marker of its noun phrase, so "2 m
above the floor" or "the edge of the table" is no support); ``split_masses`` tells the table's body from
the hanging one. solve: ``add_hanging_body`` adds block 2's law to the surface problem. layout:
``pulley_at_edge`` draws the pulley, its bracket, the string and the hanging block.
"""
from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["on_support", "split_masses", "add_hanging_body", "pulley_at_edge"]

# the case marker of a surface noun phrase: the preposition, then at most four words of the phrase
# (articles, adjectives, numbers with units: "on a rough 30° incline", "along the frictionless level track")
_CASE = re.compile(r"(?i)\b(?P<prep>on|upon|onto|along|across|up|down)\s+(?:(?:the|a|an|its|this|that)\s+)?"
                   r"(?:[\w°.\-]+\s+){0,4}$")
_BREAK = re.compile(r"[.;:,()]|\b(?:of|from|above|below|beneath|under|over|to|at|into|off|than|with|and|by)\b",
                    re.IGNORECASE)


def on_support(t: str, scene_claims: list[Any]) -> tuple[int, int, str] | None:
    """The first surface the text puts a body on: (start, end of the preposition … surface noun, "horizontal"
    or "incline"), or None. A surface claim counts when its noun phrase's case marker is "on" (or along,
    across, up, down) with no other preposition, clause mark or conjunction between them."""
    for c in scene_claims:
        if c.value not in ("horizontal", "incline"):
            continue
        before = t[max(0, c.start - 60):c.start]
        m = _CASE.search(before)
        if not m:
            continue
        gap = before[m.end("prep"):]
        if _BREAK.search(gap):
            continue
        start = c.start - len(before) + m.start()
        return start, c.end, c.value
    return None


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def split_masses(t: str, masses: list[Any], support: tuple[int, int], hang_spans: list[tuple[int, int]]) -> tuple[int, int]:
    """(index of the body on the surface, index of the hanging body) among two mass claims: the hanging one
    is the mass nearer a word of hanging ("a hanging 1 kg mass", "block B (1 kg), which hangs") and farther
    from the support phrase; with no word of hanging, the mass farther from the support phrase. Distances
    count characters within the text; a sentence boundary between a mass and a word adds a sentence's worth."""
    def dist(m: Any, span: tuple[int, int]) -> float:
        d = _gap((m.start, m.end), span)
        lo, hi = sorted((m.end, span[0]) if m.end <= span[0] else (span[1], m.start))
        return d + (120 if re.search(r"[.;]\s", t[lo:hi]) else 0)

    score = []
    for m in masses:
        d_s = dist(m, support)
        d_h = min((dist(m, h) for h in hang_spans), default=400.0)
        score.append(d_s - d_h)
    hang = 1 if score[1] >= score[0] else 0
    return 1 - hang, hang


def add_hanging_body(P: Any, scene: Any, T: Any, a: Any, g: Any) -> dict[str, Any]:
    """Block 2 of the table-pulley system: its mass as stated and Newton's second law downwards with the
    string's one tension ``T`` and the shared acceleration ``a`` (positive: block 1 moves towards the
    pulley, block 2 descends). Returns the Z3 variables ``m2`` and ``W2``."""
    from fractions import Fraction
    z3 = P.z3
    m2, W2 = P.real("m2"), P.real("W2")
    ms = scene.attr("masses")
    P.add("phrase:m2", m2 == P.val(Fraction(ms[1]["value"])), [ms[1]["span"]])
    P.add("law:weight2", W2 == m2 * (g if not isinstance(g, Fraction) else P.val(g)), [], ["weight"])
    tp = scene.attr("table_pulley")
    P.add("law:newton_second_2", z3.And(T >= 0, W2 - T == m2 * a), [tp["span"]], ["newton_second", "tension"])
    return {"m2": m2, "W2": W2}


def pulley_at_edge(top: tuple[float, float], th: float, h: float, st: dict[str, Any],
                   drop: float) -> tuple[list[Any], list[Any], tuple[float, float], tuple[float, float]]:
    """The pulley at the surface's end ``top`` (px, y down) for a surface at ``th`` radians rising to the
    right, the string ``h`` px above the surface (through block 1's centre) tangent to the pulley's top,
    the pulley's bracket down to the corner, and block 2 hanging ``drop`` px below the pulley's centre on
    its outer side, clear of the table's edge. Returns (shapes, obstacles, the pulley's centre, block 2's
    centre); the string from block 1 to the pulley is drawn by the caller (it starts at block 1's edge)."""
    from shapely.geometry import LineString, Point
    from ..types import Shape
    pr = 20.0
    e = (math.cos(th), -math.sin(th))
    n = (-math.sin(th), -math.cos(th))
    # the centre: h − pr off the surface (the string, parallel to it at height h, is tangent to the rim) and
    # far enough along it that its rim and the hanging block's left side clear the edge by 4 and 16 px
    d = (pr + 4.0 + math.sin(th) * (h - pr)) / max(math.cos(th), 1e-9)
    cx, cy = top[0] + n[0] * (h - pr) + e[0] * d, top[1] + n[1] * (h - pr) + e[1] * d
    bx, by = cx + pr, cy + drop
    shapes = [Shape("pulley", "circle", (cx - pr, cy - pr, cx + pr, cy + pr), fill="none",
                    stroke=st["pulley_color"], stroke_width=3, z=1, cls="pulley"),
              Shape("bracket", "line", (top[0], top[1], cx, cy), stroke=st["line_color"],
                    stroke_width=float(st["line_width"]), z=0, cls="support"),
              Shape("rope2", "line", (bx, cy, bx, by - 28), stroke=st["rope_color"], stroke_width=2, z=1, cls="rope"),
              Shape("body2", "rect", (bx - 28, by - 28, bx + 28, by + 28), fill=st["body_color"],
                    stroke=st["body_stroke"], stroke_width=1.5, z=2, cls="body")]
    obstacles = [Point(cx, cy).buffer(pr + 3), LineString([(top[0], top[1]), (cx, cy)]).buffer(3),
                 LineString([(bx, cy), (bx, by - 28)]).buffer(3)]
    return shapes, obstacles, (cx, cy), (bx, by)
