"""A triangle named by its sides' ratio in ``nesy.geometry.v1``: "a 3-4-5 triangle", "a right-angled triangle whose
legs are 3 cm and 4 cm (the classic 3-4-5 one)", "legs 5 cm and 12 cm, a 5-12-13 triangle".

The dashed numbers restate the sides, shortest to longest, up to scale (similar triangles, Euclid VI.5); read as
three bare lengths they became sides in "units" beside the text's centimetres (refused as mixed units), or
angles. ``geometry_special.ratio_triples`` finds them (a triple summing to 180 names the angles instead: "30-60-90").
``check_ratios`` holds each ratio against the sides the text gives: equal up to scale (within the written
numbers' rounding, ``RATIO_TOL``), the ratio is a restatement and the figure is the stated sides'; otherwise the
two are impossible together, both named. With no length given, the ratio's numbers are the sides (in units, as
"a triangle with sides 3, 4 and 5"). Sides nesy cannot tell from the text (one length, named sides beside a ratio)
are refused naming the ratio, never guessed.
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Any, Callable

__all__ = ["check_ratios", "RATIO_TOL"]

# the relative difference allowed between a stated side and the ratio's scaled number: the ratio's numbers are
# written to a few digits ("1-1-1.41" for 1 : 1 : √2 is off by 0.3 %)
RATIO_TOL = 0.005
_LENGTHS = ("side", "leg", "hypotenuse", "base")


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= RATIO_TOL * max(abs(a), abs(b))


def check_ratios(ratios: list[tuple[int, int, tuple[float, float, float]]], given: list, figure: str | None,
                 flags: dict, text: str, law: Callable[[str], dict], make: Callable[..., Any]) -> None:
    """Check each side ratio of ``text`` (``ratio_triples``) against ``given`` (``parse_geometry``'s ``_Given``
    list, lengths already in one unit) and add the ratio's sides to ``given`` when it states none (``make`` builds
    a ``_Given``). Raises ``UnsupportedError`` or ``UnsatisfiableError`` naming the ratio's phrase."""
    from ..errors import UnsatisfiableError, UnsupportedError
    for s, e, nums in ratios:
        phrase = {"text": text[s:e], "start": s, "end": e}
        where = f"'{text[s:e]}' at {s}-{e}"
        a, b, c = sorted(nums)
        if figure != "triangle":
            raise UnsupportedError(f"{where}: a side ratio names a triangle, not a {figure or 'figure nesy can tell'}")
        if a <= 0 or a + b <= c:
            raise UnsatisfiableError([phrase], [law("triangle_inequality")],
                                     detail=f"{a:g} + {b:g} is not more than {c:g}: no triangle has these sides")
        right = flags.get("right")
        if right and not _close(a * a + b * b, c * c):
            raise UnsatisfiableError([phrase, right], [law("pythagoras")],
                                     detail=f"{a:g}² + {b:g}² ≠ {c:g}²: a triangle of sides {a:g} : {b:g} : {c:g} "
                                            "has no right angle")
        lengths = [x for x in given if x.role in _LENGTHS and x.unit != "deg"]
        sides: list[float] | None = None
        roles = sorted(x.role for x in lengths)
        if len(lengths) == 3:
            sides = sorted(float(x.value) for x in lengths)
        elif right and roles == ["leg", "leg"]:
            p, q = (float(x.value) for x in lengths)
            sides = sorted([p, q, math.hypot(p, q)])
        elif right and roles == ["hypotenuse", "leg"]:
            h = next(float(x.value) for x in lengths if x.role == "hypotenuse")
            p = next(float(x.value) for x in lengths if x.role == "leg")
            if p < h:
                sides = sorted([p, math.sqrt(h * h - p * p), h])
        elif not lengths and not any(x.role not in ("angle",) for x in given):
            for v in (a, b, c):
                num = f"{v:g}"
                given.append(make("side", None, Fraction(num), "units", f"{num} units", phrase, phrase))
            continue
        if sides is None:
            raise UnsupportedError(f"{where}: a side ratio is drawn only with all three sides it restates, or a "
                                   "right triangle's two legs (or a leg and the hypotenuse); give those, e.g. "
                                   "'legs 3 cm and 4 cm (a 3-4-5 triangle)'")
        k = sides[2] / c
        if not all(_close(x, k * r) for x, r in zip(sides, (a, b, c))):
            shown = " : ".join(f"{x:g}" for x in sides)
            spans = [phrase] + [dict(t) for t in dict.fromkeys(tuple(sorted(x.span.items())) for x in lengths)]
            raise UnsatisfiableError(spans, [law("similar_sides")],
                                     detail=f"the stated sides are {shown}, not in the ratio {a:g} : {b:g} : {c:g}")
