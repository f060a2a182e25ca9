"""Heights (altitudes) of ``nesy.geometry.v1``: "the height 3 cm to the base", "altitude from A is 4 cm",
"height to BC = 5 cm", "a parallelogram with base 7 cm and height 3 cm".

A triangle's height h_x falls from the vertex X onto the line of the opposite side x; with the other
sides y, z and their opposite angles Y, Z it is h_x = z·sin Y = y·sin Z (Euclid I.12, I.41: twice the area
over the base). ``tri_build_h`` extends the triangle's closed-form constructions (``geometry._tri_build``)
to a stated height: the isosceles triangle on its base (the height bisects it: y = z = √((x/2)² + h²),
I.47), an angle at the base (z = h / sin Y), a side from the apex (sin Y = h / z: the acute and the obtuse
angle, both constructed); each construction enters Z3 as a lemma under the law ``height``, so a height
longer than a side from its vertex is proved impossible with the phrases.

``target_of`` reads which height a phrase means (onto a named side, from a named vertex; the base
otherwise). The drawing shows the height as a thin perpendicular from its vertex to its foot (the side
extended when the foot falls outside it), with its right-angle mark and its length; the verifier measures
it from the vertex dots (``altitude_checks``).
"""
from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import Any

__all__ = ["asked_altitude", "tri_build_h", "height_key", "triangle_altitude", "altitude_checks", "target_of", "HEIGHT_KEYS"]

HEIGHT_KEYS = ("ha", "hb", "hc")


def target_of(between: str) -> str | None:
    """The side ("BC") or vertex ("A") a height phrase names in the words between 'height' and its
    value ("from A", "to BC", "onto side AB", "on the base"); None when it names neither."""
    m = re.search(r"\b(?:to|onto|on|upon)\s+(?:the\s+)?(?:side\s+)?(?P<s>[A-Z]{2})\b", between)
    if m:
        return m.group("s")
    m = re.search(r"\b(?:from|at|through)\s+(?:the\s+)?(?:vertex\s+)?(?P<v>[A-Z])\b", between)
    return m.group("v") if m else None


def height_key(V: list[str], target: str | None) -> str:
    """The height a stated target means: 'ha' (onto side a, opposite V[0]: an isosceles triangle's base)
    unless a side or a vertex is named."""
    opp = {V[0]: "a", V[1]: "b", V[2]: "c"}
    if target and len(target) == 2 and set(target) <= set(V) and target[0] != target[1]:
        (x,) = set(V) - set(target)
        return "h" + opp[x]
    if target and len(target) == 1 and target in opp:
        return "h" + opp[target]
    return "ha"


def _with_heights(c: dict[str, float]) -> dict[str, float]:
    area = 0.5 * c["b"] * c["c"] * math.sin(math.radians(c["A"]))
    return {**c, **{"h" + s: 2 * area / c[s] for s in "abc"}}


def tri_build_h(known: dict[str, Fraction]):
    """``_tri_build`` with stated heights: a height and its base of an isosceles triangle, a height and
    an angle at its base, a height and a side from its vertex; every candidate carries its three heights."""
    from .geometry import _Built, _tri_build
    hs = {k: known[k] for k in HEIGHT_KEYS if k in known}
    base = {k: v for k, v in known.items() if k not in HEIGHT_KEYS}
    for hk, hv in hs.items():
        x = hk[1]
        y, z = [s for s in "abc" if s != x]
        h = float(hv)
        tries = []
        if f"{y}={z}" in known or f"{z}={y}" in known:
            rel = f"{y}={z}" if f"{y}={z}" in known else f"{z}={y}"
            if x in known:        # the height bisects the base (I.26): the equal sides from I.47
                s = math.hypot(float(known[x]) / 2, h)
                tries.append(({hk, x, rel}, [{y: Fraction(s), z: Fraction(s)}]))
        X = x.upper()
        if x in known and X in known and not (y in known or z in known):
            # the base, its height and the angle facing it (the height to the hypotenuse): y·z = x·h / sin X and
            # y² + z² = x² + 2yz·cos X (law of cosines) give y ± z
            xv, Xr = float(known[x]), math.radians(float(known[X]))
            yz = xv * h / math.sin(Xr)
            s2, d2 = xv * xv + 2 * yz * (1 + math.cos(Xr)), xv * xv - 2 * yz * (1 - math.cos(Xr))
            if d2 < -1e-12:
                return _Built({hk: hv, x: known[x], X: known[X]}, [], "height",
                              "a side, its height and the angle facing it (y·z = x·h / sin X)")
            sp_, dp_ = math.sqrt(s2), math.sqrt(max(0.0, d2))
            tries.append(({hk, x, X}, [{y: Fraction((sp_ + dp_) / 2), z: Fraction((sp_ - dp_) / 2)}]))
        for side, ang in ((z, y.upper()), (y, z.upper())):     # h_x = z·sin Y = y·sin Z
            if ang in known and side not in known and known[ang] < 180:
                sv = h / math.sin(math.radians(float(known[ang])))
                tries.append(({hk, ang}, [{side: Fraction(sv)}]))
            elif side in known and ang not in known:
                r = h / float(known[side])
                if r > 1 + 1e-12:
                    return _Built({hk: hv, side: known[side]}, [], "height",
                                  "a height and a side from its vertex (h = side · sin of the base angle)")
                Y1 = math.degrees(math.asin(min(1.0, r)))
                tries.append(({hk, side}, [{ang: Fraction(Y1)}, {ang: Fraction(180 - Y1)}]
                              if abs(Y1 - 90) > 1e-9 else [{ang: Fraction(90)}]))
        for used, options in tries:
            cands, ante, unfixed = [], None, False
            for extra in options:
                b = _tri_build({**base, **extra})
                if b is None:        # this reading fixes no triangle (the obtuse one may not close)
                    unfixed = True
                    continue
                ante = {k: known[k] for k in b.ante if k not in extra} | {k: known[k] for k in used}
                # the construction may rest on more than the height fixes (three sides): keep the figures
                # that show every stated height, so an ante that cannot hold is refuted, not passed over
                cands += [c for c in map(_with_heights, b.cands)
                          if all(abs(c[k] - float(v)) <= 1e-9 * max(1.0, float(v)) for k, v in hs.items())]
            if ante is None or (unfixed and not cands):
                continue
            return _Built(ante, cands, "height", "a height with " + ("its base (isosceles)" if len(used) == 3 else
                                                                     "the sides and angles at its base"))
    b = _tri_build(base)
    if b is None:
        return None
    b.cands = [_with_heights(c) for c in b.cands]
    return b


def triangle_altitude(scene, pts: list[tuple[str, float, float]], gs: list[dict[str, Any]]):
    """(from-vertex, foot (x, y), length, base side) of the first stated height of a triangle."""
    V = [nm for nm, _, _ in pts]
    g = next(g for g in gs if g["role"] == "height")
    if str(g["target"]).startswith("len:"):       # onto the side of that length whose height is the stated one
        ref = float(Fraction(g["target"][4:]))
        hv = float(g["value"]) if g["value"] is not None else None
        sides = [math.dist(pts[(j + 1) % 3][1:], pts[(j + 2) % 3][1:]) for j in range(3)]
        (_, x0, y0), (_, x1, y1), (_, x2, y2) = pts
        area2 = abs((x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0))
        i = min(range(3), key=lambda j: (abs(sides[j] - ref) + (abs(area2 / sides[j] - hv) if hv else 0.0)))
    elif g["target"] and (len(g["target"]) in (1, 2)) and set(g["target"]) <= set(V):
        i = "abc".index(height_key(V, g["target"])[1])
    elif g["value"] is not None:     # onto the hypotenuse, the longest side …: the side whose height it is
        hv = float(g["value"])
        (_, x0, y0), (_, x1, y1), (_, x2, y2) = pts
        area2 = abs((x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0))
        sides = [math.dist(pts[(j + 1) % 3][1:], pts[(j + 2) % 3][1:]) for j in range(3)]
        i = min(range(3), key=lambda j: (abs(area2 / sides[j] - hv), j))
    else:
        i = 0
    X = pts[i]
    P1, P2 = [p for j, p in enumerate(pts) if j != i]
    ux, uy = P2[1] - P1[1], P2[2] - P1[2]
    t = ((X[1] - P1[1]) * ux + (X[2] - P1[2]) * uy) / (ux * ux + uy * uy)
    foot = (P1[1] + t * ux, P1[2] + t * uy)
    length = float(g["value"]) if g["value"] is not None else math.hypot(X[1] - foot[0], X[2] - foot[1])
    return X[0], foot, length, P1[0] + P2[0]      # checked against the stated height (or the measured one)


def altitude_checks(V: dict[str, Any], fg, ppu: float, tol_px: float, rel: float, phrase: str) -> list:
    """The height measured from the pixels: the distance of its vertex's dot from the line through its
    base's dots (px ÷ px per unit) against the construction's."""
    from ..types import Check
    X, _, length, base = fg.altitude      # ``length``: the stated height (figure unit)
    p, a, b = V.get(X), V.get(base[0]), V.get(base[1])
    if p is None or a is None or b is None:
        return [Check("altitude", (X, base), "not found", round(length, 4), 0, False, phrase)]
    L = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
    obs = abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / L / ppu
    tol = tol_px / ppu + rel * length
    return [Check("altitude", (X, base, fg.unit), round(obs, 4), round(length, 4), round(tol, 4),
                  abs(obs - length) <= tol, phrase)]


def asked_altitude(text: str, claims: list) -> dict[str, Any] | None:
    """The first height word with no length of its own ("draw the altitude from C to AB", "and its height
    to the base"): its target (a side or vertex named right after it) and its phrase."""
    for c in claims:
        m = re.match(r"[^.;,]{0,30}", text[c.end:])
        tail = m.group(0) if m else ""
        ref = re.match(r"\s*(?:to|onto|on|upon)\s+(?:the\s+|its\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:cm|mm|m|in|units?)?\s*"
                       r"(?:long\s+)?(?:side|base|edge)\b", tail)
        if ref:       # "its height to the 6 cm side": onto the side of that length
            end = c.end + ref.end()
            return {"target": f"len:{ref.group('n')}", "span": {"text": text[c.start:end], "start": c.start, "end": end}}
        if re.search(r"\d", tail):
            continue
        end = c.end + len(tail.rstrip())
        return {"target": target_of(tail), "span": {"text": text[c.start:end], "start": c.start, "end": end}}
    return None
