"""A thin lens given by its glass and its surfaces: the lensmaker's equation gives the focal length the ray
diagram is drawn with.

"The double convex lens is fabricated of glass with an index of refraction n = 1.77. The magnitudes of the radii of
curvature of the left and right surfaces are |R_l| = 18 cm and |R_r| = 13 cm": no focal length is written, but the
refractive index and the two radii fix it,

    1/f = (n − 1) (1/R₁ − 1/R₂)

(the lensmaker's formula for a thin lens in air: Hecht, *Optics*, 5th ed., §5.2.3, eq. 5.16; Serway & Jewett,
*Physics for Scientists and Engineers*, 9th ed., §36.4, eq. 36.15), with f, R₁, R₂ in cm and n dimensionless. A
radius is positive when its centre of curvature lies behind the surface (on the side the light leaves to): a
biconvex lens has R₁ > 0, R₂ < 0; a biconcave lens R₁ < 0, R₂ > 0 (Hecht, table 5.1). Radii given as magnitudes
take their signs from the lens's shape ("double convex", "biconcave") and only from it: a "converging lens" with
two unsigned radii may be a meniscus, whose f the magnitudes do not fix — refused, naming the radii. A plano-convex
or plano-concave lens has one curved face: f = ±|R| / (n − 1).

``lensmaker_focal`` hands ``parse_optics`` the focal length (cm) and a note the figure prints, naming n and the radii
as the text wrote them.
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from ..errors import InputError, UnsupportedError

__all__ = ["lensmaker_focal", "INDEX_RX"]

# "index of refraction n = 1.77", "refractive index 1.5", "n = 1.52", "μ = 1.5": a dimensionless number
INDEX_RX = (r"(?:(?:(?:an?\s+|the\s+)?(?:index\s+of\s+refraction|refractive\s+index|refraction\s+index)"
            r"(?:\s*\(?\s*(?:n|μ)\s*\)?)?(?:\s*(?:of|=|:|is|equal\s+to|equals))?)|(?:n|μ)\s*[=:])\s*"
            r"(?P<num>\d+(?:\.\d+)?)(?!\w|\.\d)(?!\s*(?:mm|cm|m|in|ft)\b)")

_BI = {"converging": re.compile(r"(?i)\b(?:bi-?convex|double[\s\-]+convex|equi-?convex)\b"),
       "diverging": re.compile(r"(?i)\b(?:bi-?concave|double[\s\-]+concave|equi-?concave)\b")}
_PLANO = {"converging": re.compile(r"(?i)\bplano[\s\-]?convex\b"), "diverging": re.compile(r"(?i)\bplano[\s\-]?concave\b")}


def lensmaker_focal(text: str, element: dict[str, Any], radii: list[dict[str, Any]],
                    index: dict[str, Any] | None) -> tuple[float, str]:
    """(f in cm, the figure's note) for a thin lens from its refractive index ``index`` (a fact: value, span) and
    its ``radii`` (facts "R": value in cm, signed, span), by the lensmaker's equation. ``element``: parse_optics's
    element (its span names the shape). Raises ``UnsupportedError`` when the index is missing or the radii's signs
    are not fixed by what the text says, ``InputError`` for an index ≤ 1 (no focusing glass in air)."""
    names = ", ".join(f"'{r['span']['text']}' (at {r['span']['start']}-{r['span']['end']})" for r in radii)
    if index is None:
        raise UnsupportedError(f"{names}: a lens's focal length from its radii needs the lensmaker's equation, "
                               "1/f = (n − 1)(1/R₁ − 1/R₂), and the text gives no refractive index n; give n or "
                               "the focal length")
    n = Fraction(str(index["value"]))
    sp = index["span"]
    if n <= 1:
        raise InputError(f"a lens's refractive index must exceed 1 (glass in air), got '{sp['text']}' at "
                         f"{sp['start']}-{sp['end']}")
    whole = text   # the shape may be named anywhere ("The double convex lens is fabricated of glass …")
    vals = [Fraction(repr(float(r["value"]))).limit_denominator(10 ** 6) for r in radii]
    if len(radii) == 1:
        shape = next((k for k, rx in _PLANO.items() if rx.search(whole)), None)
        if shape is None:
            raise UnsupportedError(f"{names}: one radius fixes a lens's focal length only for a plano-convex or "
                                   "plano-concave lens; give both radii or the focal length")
        inv = (n - 1) / abs(vals[0]) * (1 if shape == "converging" else -1)
        r_note = f"R = {radii[0]['span']['text']}"
    elif len(radii) == 2:
        if any(r["signed"] for r in radii):
            r1, r2 = vals   # signs as written (Hecht's convention)
        else:
            shape = next((k for k, rx in _BI.items() if rx.search(whole)), None)
            if shape is None:
                raise UnsupportedError(f"{names}: the radii's signs are not said and the lens's shape (biconvex, "
                                       "biconcave) is not named, so the lensmaker's equation does not fix its focal "
                                       "length (a meniscus lens has both centres on one side); give the signs, the "
                                       "shape or the focal length")
            s = 1 if shape == "converging" else -1
            r1, r2 = s * abs(vals[0]), -s * abs(vals[1])
        inv = (n - 1) * (1 / r1 - 1 / r2)
        r_note = f"R₁ = {_cm(r1)}, R₂ = {_cm(r2)}"
    else:
        raise UnsupportedError(f"{names}: a thin lens has two surfaces; more than two radii are not one lens")
    if inv == 0:
        raise UnsupportedError(f"{names}: with these radii the lens has no focal point (1/f = 0)")
    f = 1 / inv
    if element.get("type") and (f > 0) != (element["type"] == "converging"):
        sp_el = element["span"]
        raise InputError(f"the lensmaker's equation with {names} gives f = {float(f):.4g} cm, but "
                         f"'{sp_el['text']}' (at {sp_el['start']}-{sp_el['end']}) is a {element['type']} lens")
    return float(f), f"f from the lensmaker's equation: n = {index['value']:g}, {r_note}"


def _cm(v: Fraction) -> str:
    x = float(v)
    return f"{'+' if x > 0 else '−'}{abs(x):g} cm"


# "both radii 20 cm", "radii of curvature 20 cm and 15 cm", "radii of 18 cm and 13 cm", "with radii 10 cm each": a lens's
# two surfaces named together — read as each surface's radius ("R1 = 20 cm and R2 = 20 cm"), which the lensmaker's
# equation above reads
_LEN_W = r"\d+(?:\.\d+)?\s*(?:mm|cm|m)(?![\w])"
_RADII = re.compile(rf"(?i)\b(?:both\s+)?radii(?:\s+of\s+curvature)?(?:\s*(?:of|=|:|are|are\s+both))?\s*"
                    rf"(?P<a>{_LEN_W})(?:\s*(?:,|and|&)\s*(?P<b>{_LEN_W}))?(?P<each>\s+each)?")


def plural_radii(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "R1 = … and R2 = …")`` for each lens's radii named together."""
    out = []
    for m in _RADII.finditer(text):
        both = bool(re.match(r"(?i)both", m.group(0))) or bool(m.group("each"))
        if m.group("b") is None and not both:
            continue
        b = m.group("b") or m.group("a")
        out.append((m.start(), m.end(), f"R1 = {m.group('a')} and R2 = {b}"))
    return out
