"""Which circle a radius belongs to when a polygon and a circle are named together.

"Draw a circle of radius 5 cm and inscribe a square in it", "a regular hexagon drawn inside a circle of
radius 4 cm", "a circle of radius 3 cm with an equilateral triangle inscribed in it": the polygon is the
main figure and the circle, named with its own radius, is the polygon's circumcircle (its vertices on
the circle, Euclid IV.6–16); "a square with a circle of radius 2 cm inscribed in it" makes it the
incircle (IV.8). ``circle_role`` reads the relation from the words joining the two figures; None when
the text does not say (the radius is then refused as before, naming the phrase).
"""
from __future__ import annotations

import re

__all__ = ["circle_role"]

_POLY = r"(?:square|rectangle|triangle|[a-z]*gon|polygon|parallelogram|rhombus|trapezoid|trapezium|kite)"
# the polygon inside the circle: its circumcircle
_CIRCUM = [
    rf"\binscrib\w*\s+(?:an?\s+|the\s+)?(?:regular\s+|equilateral\s+)?{_POLY}\s+(?:in|inside|within|into)\b",
    rf"\b{_POLY}\s+(?:\w+\s+){{0,2}}(?:inscribed|drawn|placed|fitted|sitting)\s+(?:in|inside|within|into)\s+"
    r"(?:a|the|this|that|its)?\s*circle\b",
    rf"\bcircle\b[^.;]{{0,60}}\b(?:with|containing|holding)\s+(?:an?\s+)?(?:regular\s+|equilateral\s+)?{_POLY}\s+"
    r"(?:inscribed|inside|in\s+it)\b",
    rf"\b{_POLY}\b[^.;]{{0,40}}\b(?:vertices|corners)\s+(?:lie\s+|lying\s+)?on\s+(?:a|the)\s+circle\b",
]
# the circle inside the polygon: its incircle
_IN = [
    r"\bcircle\b\s+(?:\w+\s+){0,4}(?:inscribed|drawn|placed|fitted)\s+(?:in|inside|within|into)\s+(?:a|the|this|that|its)?\s*"
    + _POLY,
    rf"\b{_POLY}\b[^.;]{{0,60}}\bwith\s+(?:a|the)\s+circle\b[^.;]{{0,30}}\binscribed\s+in\s+it\b",
]


def circle_role(text: str) -> str | None:
    """'circum' when the text puts the polygon inside the circle, 'in' when the circle inside the polygon,
    None when it says neither (or both)."""
    t = text.lower()
    circum = any(re.search(p, t) for p in _CIRCUM)
    inner = any(re.search(p, t) for p in _IN)
    if circum != inner:
        return "circum" if circum else "in"
    return None
