"""Quadrilaterals of ``nesy.geometry.v1``: parallelograms, rhombi, trapezoids (isosceles, right) and kites.

The vertices are ABCD in order round the figure (the text's own letters when it names one, "parallelogram
PQRS"); the measures are the sides a = AB, b = BC, c = CD, d = DA, the angles A, B, C, D at the vertices,
the diagonals p = AC and q = BD and the height h (the distance of D from the line AB: between the
parallels of a parallelogram or trapezoid, whose bases are AB ∥ CD).

Z3 is given the linear laws of each kind (``solvers/geometry.yaml``: opposite sides and angles of a
parallelogram equal, adjacent angles supplementary (Euclid I.34, I.29); a rhombus's four sides equal; a
trapezoid's angles along each leg supplementary, an isosceles one's legs and base angles equal, a right
one's angles at A and D right; a kite's two pairs of equal adjacent sides (either axis: AC or BD, a
choice); the angle sum 360° and convexity; a height at most the side it is measured along) as tracked
assertions, so a text whose stated measures break them ("rhombus ABCD with AB = 5 cm and BC = 7 cm") is
refused with the phrases and the law. The nonlinear rest is constructed in closed form as soon as the
linear model pins enough measures (two sides and an angle; two sides and a diagonal or the height; the
bases, the height and an angle …) and enters Z3 as a lemma under its law (``geometry._Lazy``) — a trapezoid
whose legs cannot close over the difference of its bases is proved impossible the same way.

Hands ``geometry._solve_figure`` the vertex coordinates (keys ``px0``/``py0`` … of the constructed
measures); ``geometry_draw`` draws them as any polygon, with the height as a thin perpendicular and its
right-angle mark; ``geometry_verify`` reads sides, angles, diagonals, the height and parallelism back from
the pixels (``quad_checks``).
"""
from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

__all__ = ["QUADS", "ROLES", "build_quad", "quad_points", "quad_measures", "quad_checks", "altitude_of"]

QUADS = ("parallelogram", "rhombus", "trapezoid", "kite")
ROLES = {"side", "base", "leg", "height", "diagonal", "angle", "interior_angle", "acute_angle", "obtuse_angle",
         "included_angle", "length", "width"}
_SIDE = {0: "a", 1: "b", 2: "c", 3: "d"}          # side from vertex i to i+1
_KEYS = ("a", "b", "c", "d", "A", "B", "C", "D", "p", "q", "h", "h2")


def quad_measures(pts: list[tuple[float, float]]) -> dict[str, float] | None:
    """Every measure of the quadrilateral with corners ``pts`` (A, B, C, D in order): sides, angles
    (degrees), diagonals, the height h (distance of D from line AB) and the corners as px0, py0 … ;
    None unless it is convex (every turn the same way) with positive sides."""
    n = 4
    cr = []
    for i in range(n):
        (x0, y0), (x1, y1), (x2, y2) = pts[i - 1], pts[i], pts[(i + 1) % n]
        cr.append((x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1))
    if not (all(c > 1e-12 for c in cr) or all(c < -1e-12 for c in cr)):
        return None
    out: dict[str, float] = {}
    for i in range(n):
        out[_SIDE[i]] = math.dist(pts[i], pts[(i + 1) % n])
        u = (pts[i - 1][0] - pts[i][0], pts[i - 1][1] - pts[i][1])
        w = (pts[(i + 1) % n][0] - pts[i][0], pts[(i + 1) % n][1] - pts[i][1])
        out["ABCD"[i]] = math.degrees(math.atan2(abs(u[0] * w[1] - u[1] * w[0]), u[0] * w[0] + u[1] * w[1]))
        out[f"px{i}"], out[f"py{i}"] = float(pts[i][0]), float(pts[i][1])
    if min(out[k] for k in "abcd") <= 0:
        return None
    out["p"], out["q"] = math.dist(pts[0], pts[2]), math.dist(pts[1], pts[3])
    (ax, ay), (bx, by), (dx, dy) = pts[0], pts[1], pts[3]
    out["h"] = abs((bx - ax) * (dy - ay) - (by - ay) * (dx - ax)) / math.dist(pts[0], pts[1])
    (cx, cy) = pts[2]     # h2: the distance of D from the line BC (a parallelogram's height onto BC)
    out["h2"] = abs((cx - bx) * (dy - by) - (cy - by) * (dx - bx)) / math.dist(pts[1], pts[2])
    return out


def _para(a: float, b: float, A: float) -> list[dict[str, float]]:
    """The parallelogram with AB = a along x, BC = b and the angle A at A (degrees)."""
    r = math.radians(A)
    D = (b * math.cos(r), b * math.sin(r))
    m = quad_measures([(0.0, 0.0), (a, 0.0), (a + D[0], D[1]), D])
    return [m] if m else []


def _trap(a: float, c: float, h: float, x: float) -> list[dict[str, float]]:
    """The trapezoid with base AB = a along x, the parallel CD = c at height h, D at (x, h)."""
    if min(a, c, h) <= 0:
        return []
    m = quad_measures([(0.0, 0.0), (a, 0.0), (x + c, h), (x, h)])
    return [m] if m else []


def _kite(s: float, t: float, half: float) -> list[tuple[float, float]] | None:
    """A kite's corners (apex, side, far end, side) with the equal sides s at the apex, t at the far end,
    half the apex angle ``half`` (radians): the far end on the axis beyond the cross diagonal."""
    y = s * math.sin(half)
    if not 0 < half < math.pi / 2 + 1e-12 or t <= y:
        return None
    x = s * math.cos(half)
    return [(0.0, 0.0), (x, y), (x + math.sqrt(t * t - y * y), 0.0), (x, -y)]


def _cos_angle(x: float, y: float, opp: float) -> float | None:
    """The angle (degrees) between sides x and y of a triangle whose third side is ``opp``; None when
    the three do not close (I.20)."""
    cs = (x * x + y * y - opp * opp) / (2 * x * y)
    return math.degrees(math.acos(cs)) if -1 < cs < 1 else None


def _parallelogram_build(K: dict[str, Fraction], rhombus: bool):
    from .geometry import _Built
    f = {k: float(v) for k, v in K.items() if "=" not in k}
    law, how = ("rhombus" if rhombus else "parallelogram"), ""
    eq = "a=b" in K

    def built(keys, cands, how_, law_=None):
        ante = {k: K[k] for k in keys}
        return _Built(ante, cands, law_ or law, how_)
    a, b = f.get("a"), f.get("b")
    if a is None and eq and b is not None:
        a = b
    if b is None and eq and a is not None:
        b = a
    side_keys = [k for k in ("a", "b") if k in f] + (["a=b"] if eq and not ("a" in f and "b" in f) else [])
    if a is not None and b is not None:
        if "A" in f:
            return built(side_keys + ["A"], _para(a, b, f["A"]), "two sides and the angle between them")
        if "p" in f:         # triangle ABC: p opposite the angle B = 180° − A
            B = _cos_angle(a, b, f["p"])
            return built(side_keys + ["p"], _para(a, b, 180 - B) if B else [],
                         "two sides and a diagonal (law of cosines)", "parallelogram_diagonals")
        if "q" in f:         # triangle ABD: q opposite A
            A = _cos_angle(a, b, f["q"])
            return built(side_keys + ["q"], _para(a, b, A) if A else [],
                         "two sides and a diagonal (law of cosines)", "parallelogram_diagonals")
        if "h2" in f:        # the height onto BC: h2 = a·sin A
            if f["h2"] > a * (1 + 1e-12):
                return built(side_keys + ["h2"], [], "two sides and the height", "height")
            A1 = math.degrees(math.asin(min(1.0, f["h2"] / a)))
            return built(side_keys + ["h2"], [c for A in dict.fromkeys([A1, 180 - A1]) for c in _para(a, b, A)],
                         "two sides and the height onto BC (h2 = a·sin A)", "height")
        if "h" in f:         # h = b·sin A: the acute angle and its supplement
            if f["h"] > b * (1 + 1e-12):
                return built(side_keys + ["h"], [], "two sides and the height", "height")
            A1 = math.degrees(math.asin(min(1.0, f["h"] / b)))
            return built(side_keys + ["h"], [c for A in dict.fromkeys([A1, 180 - A1]) for c in _para(a, b, A)],
                         "two sides and the height (h = b·sin A)", "height")
    if "A" in f and "h" in f and (b is None):
        bb = f["h"] / math.sin(math.radians(f["A"]))
        if a is not None or eq:
            aa = bb if (eq and a is None) else a
            keys = (["a"] if "a" in f else []) + (["a=b"] if eq and "a" not in f else []) + ["A", "h"]
            return built(keys, _para(aa, bb, f["A"]), "a side, the angle and the height (b = h / sin A)", "height")
    if eq and a is None and "p" in f and "q" in f:        # a rhombus's diagonals: perpendicular bisectors
        aa = math.hypot(f["p"], f["q"]) / 2
        A = _cos_angle(aa, aa, f["q"])
        return built(["a=b", "p", "q"], _para(aa, aa, A) if A else [], "the two diagonals (they bisect at right angles)")
    if eq and a is None and "A" in f and ("p" in f or "q" in f):
        k = "p" if "p" in f else "q"
        cs = math.cos(math.radians(f["A"]))
        aa = f[k] / math.sqrt(2 * (1 + cs) if k == "p" else 2 * (1 - cs))
        return built(["a=b", "A", k], _para(aa, aa, f["A"]), "a diagonal and the angle (law of cosines)")
    if a is not None and b is None and "p" in f and "q" in f:   # p² + q² = 2(a² + b²)
        b2 = (f["p"] ** 2 + f["q"] ** 2) / 2 - a * a
        cands = []
        if b2 > 0:
            B = _cos_angle(a, math.sqrt(b2), f["p"])
            cands = _para(a, math.sqrt(b2), 180 - B) if B else []
        return built(["a", "p", "q"], cands, "a side and both diagonals (p² + q² = 2(a² + b²))",
                     "parallelogram_diagonals")
    return None


def _trapezoid_build(K: dict[str, Fraction], iso: bool, right: bool, right_at_b: bool = False):
    from .geometry import _Built
    f = {k: float(v) for k, v in K.items() if "=" not in k}
    law = "isosceles_trapezoid" if iso else "right_trapezoid" if right else "trapezoid"

    def built(keys, cands, how, law_=None):
        return _Built({k: K[k] for k in keys}, cands, law_ or law, how)
    a, c, h = f.get("a"), f.get("c"), f.get("h")
    t = lambda deg: math.tan(math.radians(deg))  # noqa: E731
    if a is not None and c is not None:
        e = a - c
        if h is not None:
            if iso:
                return built(["a", "c", "h"], _trap(a, c, h, e / 2), "the bases and the height (legs equal)")
            if right:
                x0 = e if right_at_b else 0.0
                return built(["a", "c", "h"], _trap(a, c, h, x0), "the bases and the height (a right leg)")
            if "A" in f:
                return built(["a", "c", "h", "A"], _trap(a, c, h, h / t(f["A"]) if f["A"] != 90 else 0.0),
                             "the bases, the height and an angle")
            if "B" in f:
                return built(["a", "c", "h", "B"], _trap(a, c, h, e - (h / t(f["B"]) if f["B"] != 90 else 0.0)),
                             "the bases, the height and an angle")
        if "d" in f and "A" in f:
            r = math.radians(f["A"])
            return built(["a", "c", "d", "A"], _trap(a, c, f["d"] * math.sin(r), f["d"] * math.cos(r)),
                         "the bases, a leg and its angle")
        if "b" in f and "B" in f:
            r = math.radians(f["B"])
            return built(["a", "c", "b", "B"], _trap(a, c, f["b"] * math.sin(r), e - f["b"] * math.cos(r)),
                         "the bases, a leg and its angle")
        leg = f.get("b", f.get("d"))
        lk = "b" if "b" in f else "d"
        if iso and leg is not None:
            hh2 = leg * leg - e * e / 4
            return built(["a", "c", lk], _trap(a, c, math.sqrt(hh2), e / 2) if hh2 > 0 else [],
                         "the bases and a leg (the legs close over (a − c)/2)", "isosceles_trapezoid")
        slant = "d" if right_at_b else "b"
        if right and slant in f:
            hh2 = f[slant] ** 2 - e * e
            return built(["a", "c", slant], _trap(a, c, math.sqrt(hh2), e if right_at_b else 0.0) if hh2 > 0 else [],
                         "the bases and the slanted leg", "trapezoid_legs")
        if "b" in f and "d" in f and abs(e) > 1e-12:
            b_, d_ = f["b"], f["d"]
            x = (d_ * d_ - b_ * b_ + e * e) / (2 * e)
            hh2 = d_ * d_ - x * x
            return built(["a", "c", "b", "d"], _trap(a, c, math.sqrt(hh2), x) if hh2 > 0 else [],
                         "the bases and both legs (the legs close over a − c)", "trapezoid_legs")
    if a is not None and h is not None and "A" in f and ("B" in f or iso or right):
        A = f["A"]
        B = f.get("B", A if iso else None)
        if B is None:
            return None
        x = h / t(A) if A != 90 else 0.0
        cc = a - x - (h / t(B) if B != 90 else 0.0)
        return built(["a", "h", "A"] + (["B"] if "B" in f else []), _trap(a, cc, h, x) if cc > 0 else [],
                     "a base, the height and its angles")
    if iso and a is not None and "A" in f and ("b" in f or "d" in f):
        lk = "b" if "b" in f else "d"
        r = math.radians(f["A"])
        x, hh = f[lk] * math.cos(r), f[lk] * math.sin(r)
        cc = a - 2 * x
        return built(["a", "A", lk], _trap(a, cc, hh, x) if cc > 0 else [], "a base, a leg and the base angle")
    return None


_KITE_READINGS = (   # (relations, apex, far end, equal sides at apex / far end, axis diagonal, corner order)
    (("a=d", "b=c"), "A", "C", "a", "b", "p", (0, 1, 2, 3)),
    (("a=b", "c=d"), "B", "D", "a", "c", "q", (1, 2, 3, 0)),
)


def _kite_build(K: dict[str, Fraction]):
    from .geometry import _Built
    f = {k: float(v) for k, v in K.items() if "=" not in k}
    for rels, apex, far, sk, tk, axis, order in _KITE_READINGS:
        if not all(r in K for r in rels):
            continue
        cross = "q" if axis == "p" else "p"
        s_key = next((k for k in (sk,) + tuple(r.split("=")[1] for r in rels if r.startswith(sk)) if k in f), None)
        t_key = next((k for k in (tk,) + tuple(r.split("=")[0] for r in rels if r.endswith("=" + tk)) if k in f), None)
        if s_key is None or t_key is None:
            return None
        s, t = f[s_key], f[t_key]
        half = None
        keys = list(rels) + [s_key, t_key]
        if apex in f:
            half, keys = math.radians(f[apex]) / 2, keys + [apex]
        elif axis in f:
            A = _cos_angle(s, f[axis], t)
            half, keys = (math.radians(A) / 2 if A else -1.0), keys + [axis]
        elif cross in f:
            half = math.asin(f[cross] / (2 * s)) if f[cross] < 2 * s else -1.0
            keys = keys + [cross]
        elif far in f:
            y = t * math.sin(math.radians(f[far]) / 2)
            half, keys = (math.asin(y / s) if y < s else -1.0), keys + [far]
        else:
            side_angle = next((v for v in "ABCD" if v not in (apex, far) and v in f), None)
            if side_angle is None:
                return None
            dgl = math.sqrt(s * s + t * t - 2 * s * t * math.cos(math.radians(f[side_angle])))
            A = _cos_angle(s, dgl, t)
            half, keys = (math.radians(A) / 2 if A else -1.0), keys + [side_angle]
        cands = []
        pts = _kite(s, t, half) if half and half > 0 else None
        if pts:
            lab = [None] * 4
            for j, i in enumerate(order):
                lab[i] = pts[j]
            m = quad_measures(lab)
            cands = [m] if m else []
        return _Built({k: K[k] for k in dict.fromkeys(keys)}, cands, "kite",
                      "two pairs of equal adjacent sides and an angle or a diagonal")
    return None


def build_quad(P: Any, scene, gs: list[dict[str, Any]]):
    """The tracked linear problem of a quadrilateral (``geometry._Lazy``) with its kind's laws and the
    stated measures, and the closed-form construction of its figure."""
    from .geometry import InputError, _data, _Lazy, _spans, _val_of
    z3 = P.z3
    fig = scene.attr("figure")
    flags = scene.attr("flags", {}) or {}
    fs = scene.attr("figure_span")
    V = list(scene.attr("vertices"))
    X = {k: P.real(f"q_{k}") for k in _KEYS}
    iso, right = "isosceles" in flags, "right" in flags or bool(scene.attr("right_at"))
    if fig in ("parallelogram", "rhombus"):
        construct = lambda K: _parallelogram_build(K, fig == "rhombus")  # noqa: E731
        hint = "give two sides and the angle between them (or a diagonal, or the height)"
    elif fig == "trapezoid":
        rb = bool(scene.attr("right_at")) and scene.attr("right_at") in (V[1], V[2])
        construct = lambda K: _trapezoid_build(K, iso, right, rb)  # noqa: E731
        hint = "give both bases and the height (and an angle unless it is isosceles or right), or the bases and both legs"
    else:
        construct = _kite_build
        hint = "give the two unequal sides and an angle or a diagonal"
    lz = _Lazy(P, X, construct, hint=hint)
    a, b, c, d, A, B, C, D, p, q, h, h2 = (X[k] for k in _KEYS)
    P.s.add(*(X[k] > 0 for k in _KEYS))
    P.add("law:quad_angle_sum", z3.And(A + B + C + D == 360, *(X[v] < 180 for v in "ABCD")), [fs],
          ["quad_angle_sum"])
    P.add("law:diagonals", z3.And(p < a + b, p < c + d, q < a + d, q < b + c), laws=["triangle_inequality"])
    if fig in ("parallelogram", "rhombus"):
        P.add("law:parallelogram", z3.And(c == a, d == b, C == A, D == B, A + B == 180), [fs], ["parallelogram"])
        P.add("law:height", z3.And(h <= b, h2 <= a), laws=["height"])
        if fig == "rhombus":
            P.add("law:rhombus", a == b, [fs], ["rhombus"])
        lz.relations = [("a", "b")]
    elif fig == "trapezoid":
        P.add("law:trapezoid", z3.And(A + D == 180, B + C == 180), [fs], ["trapezoid"])
        P.add("law:height", z3.And(h <= b, h <= d), laws=["height"])
        if iso:
            P.add("phrase:isosceles", z3.And(b == d, A == B, C == D), [flags["isosceles"]], ["isosceles_trapezoid"])
        if right:
            sp = flags.get("right") or fs
            ra = scene.attr("right_at")
            if ra and ra in (V[1], V[2]):     # "right angle at B": the right leg is BC
                P.add("phrase:right", z3.And(B == 90, C == 90), [sp], ["right_trapezoid"])
            else:
                P.add("phrase:right", z3.And(A == 90, D == 90), [sp], ["right_trapezoid"])
    else:
        lz.choice("law:kite", [z3.And(a == d, b == c, B == D), z3.And(a == b, c == d, A == C)], [fs], ["kite"])
        lz.relations = [("a", "d"), ("b", "c"), ("a", "b"), ("c", "d")]
    side_of = {frozenset((V[i], V[(i + 1) % 4])): _SIDE[i] for i in range(4)}
    side_of[frozenset((V[0], V[2]))] = "p"
    side_of[frozenset((V[1], V[3]))] = "q"
    by_role: dict[str, list[dict]] = {}
    for k, g in enumerate(gs):
        r, val, sp, name = g["role"], _val_of(P, g), [g["span"]], f"phrase:{k}:{g['role']}"
        if g["target"] and r in ("side", "diagonal", "length", "base", "leg") and len(g["target"]) == 2:
            key = side_of.get(frozenset(g["target"]))
            if key is None:
                raise InputError(f"'{g['span']['text']}' at {g['span']['start']}-{g['span']['end']}: "
                                 f"{g['target']} is not a side or diagonal of {''.join(V)}")
            P.add(name, X[key] == val, sp)
        elif g["target"] and r in ("angle", "interior_angle", "acute_angle", "obtuse_angle"):
            P.add(name, X["ABCD"[V.index(g["target"])]] == val, sp)
        elif r == "height" and g["target"] and len(g["target"]) == 2:
            # "the height to BC": between BC and AD (h2) in a parallelogram; AB, CD: the bases' distance (h)
            k_ = side_of.get(frozenset(g["target"]))
            if k_ in ("a", "c"):
                P.add(name, h == val, sp, ["height"])
            elif k_ in ("b", "d") and fig in ("parallelogram", "rhombus"):
                P.add(name, h2 == val, sp, ["height"])
            else:
                raise InputError(f"'{g['span']['text']}' at {g['span']['start']}-{g['span']['end']}: a {fig}'s "
                                 f"height is drawn between its parallel sides ({V[0]}{V[1]} and {V[2]}{V[3]})")
        else:
            by_role.setdefault(r, []).append(g)

    def place(role: str, slots: list[str], law: str | None = None, choose: bool = False) -> None:
        grp = by_role.pop(role, [])
        if not grp:
            return
        if len(grp) > len(slots):
            x = grp[len(slots)]
            raise InputError(f"'{x['span']['text']}' at {x['span']['start']}-{x['span']['end']}: a {fig} has "
                             f"{len(slots)} such measure{'s' if len(slots) > 1 else ''} to give")
        laws = [law] if law else []
        if choose and len(grp) == 1:
            lz.choice(f"phrase:{role}", [X[s] == P.val(grp[0]["value"]) for s in slots], _spans(grp), laws)
        else:
            P.add(f"phrase:{role}", z3.And(*(X[s] == _val_of(P, g) for s, g in zip(slots, grp))), _spans(grp),
                  laws)
    if fig == "trapezoid":
        place("base", ["a", "c"], "trapezoid")
        place("leg", ["d", "b"] if not iso else ["b", "d"], "trapezoid", choose=not iso)
        sides = by_role.pop("side", []) + by_role.pop("length", [])
        if sides:
            if len(sides) not in (2, 4):
                x = sides[0]
                raise InputError(f"'{x['span']['text']}' at {x['span']['start']}-{x['span']['end']}: say which "
                                 "sides of the trapezoid are its parallel bases and which its legs, e.g. "
                                 "'bases 10 cm and 6 cm, legs 5 cm'")
            by_role["side"] = sides
            place("side", ["a", "c"] if len(sides) == 2 else ["a", "b", "c", "d"], "trapezoid")
    elif fig == "kite":
        sides = by_role.pop("side", []) + by_role.pop("length", [])
        if sides:
            by_role["side"] = sides
            place("side", ["a", "c"] if len(sides) == 2 else ["a"], "kite")
    else:
        by_role["side"] = by_role.pop("base", []) + by_role.pop("side", []) + by_role.pop("length", []) \
            + by_role.pop("width", [])          # the base first: AB, the side the height stands on
        sd = by_role["side"]
        if fig == "parallelogram" and len(sd) == 2 and "height" in by_role and not any(g["role"] == "base" for g in gs):
            # two sides and a height: which side the height stands on is open unless one is called the base
            v1, v2 = P.val(sd[0]["value"]), P.val(sd[1]["value"])
            lz.choice("phrase:side", [z3.And(a == v1, b == v2), z3.And(a == v2, b == v1)], _spans(sd))
            by_role.pop("side")
        else:
            place("side", ["a", "b"] if fig == "parallelogram" else ["a"], None)
    for g in by_role.get("height", []):
        if g["target"] in ("longer", "longest"):      # "the height to the longer side": AB is the longer
            P.add("phrase:height:base", a >= b, [g["span"]], ["height"])
        elif g["target"] in ("shorter", "shortest"):
            P.add("phrase:height:base", a <= b, [g["span"]], ["height"])
    place("height", ["h"], "height")
    place("diagonal", ["p", "q"], None, choose=fig not in ("kite",))
    if fig in ("parallelogram", "rhombus") and "included_angle" in by_role:
        # "the angle between them": between the two sides given, AB and BC meet at B; the figure's angle A
        # is B's supplement, both drawn — A is taken (the same parallelogram, turned)
        by_role.setdefault("angle", [])[:0] = by_role.pop("included_angle")
    elif "included_angle" in by_role:
        by_role.setdefault("angle", []).extend(by_role.pop("included_angle"))
    for role in ("angle", "interior_angle", "acute_angle", "obtuse_angle"):
        grp = by_role.pop(role, [])
        for j, g in enumerate(grp):
            val = _val_of(P, g)
            sp = [g["span"]]
            extra = []
            if role == "acute_angle":
                extra = [val < 90]
            elif role == "obtuse_angle":
                extra = [val > 90]
            slots = ["A", "B"] if fig != "kite" else ["A", "C", "B"]
            if len(grp) == 2 and fig in ("parallelogram", "rhombus"):
                P.add(f"phrase:{role}:{j}", z3.And(X[slots[j]] == val, *extra), sp)
            else:
                lz.choice(f"phrase:{role}:{j}", [z3.And(X[s] == val, *extra) for s in slots], sp)
    for role, grp in by_role.items():
        if grp:
            x = grp[0]
            raise InputError(f"'{x['span']['text']}' ({role.replace('_', ' ')}) at {x['span']['start']}-"
                             f"{x['span']['end']} does not apply to a {fig}")
    if fig != "kite":
        lz.prefer.append(A <= 90)      # of two figures (h = b·sin A), the one with the acute angle at A
    dd = _data()["defaults"]
    base = Fraction(str(dd["polygon_side"])) * 2
    lz.defaults += [a == P.val(base), A == 60, b == P.val(base * Fraction(3, 5)), c == P.val(base / 2),
                    h == P.val(base / 2), B == 70, C == 110]
    return lz


def quad_points(V: list[str], vals: dict[str, float]) -> list[tuple[str, float, float]]:
    """The constructed corners (figure unit, y up), rotated so that AB lies along +x."""
    pts = [(vals[f"px{i}"], vals[f"py{i}"]) for i in range(4)]
    (x0, y0), (x1, y1) = pts[0], pts[1]
    th = -math.atan2(y1 - y0, x1 - x0)
    cs, sn = math.cos(th), math.sin(th)
    out = [((x - x0) * cs - (y - y0) * sn, (x - x0) * sn + (y - y0) * cs) for x, y in pts]
    if out[2][1] < 0:            # counter-clockwise, the figure above AB
        out = [(x, -y) for x, y in out]
    return [(V[i], float(out[i][0]), float(out[i][1])) for i in range(4)]


def altitude_of(fig: str, V: list[str], pts: list[tuple[str, float, float]], g: dict[str, Any]):
    """The drawn height of the stated height ``g``: (from-vertex name, foot (x, y), the stated length, base
    side name) — from D onto the line AB (the base of a parallelogram or trapezoid), or onto the line BC
    when the text puts it there ("the height to BC")."""
    onto = (0, 1)
    if g.get("target") and len(g["target"]) == 2 and frozenset(g["target"]) in (frozenset((V[1], V[2])),
                                                                              frozenset((V[3], V[0]))):
        onto = (1, 2)
    (_, ax, ay), (_, bx, by) = pts[onto[0]], pts[onto[1]]
    _, dx, dy = pts[3]
    ux, uy = bx - ax, by - ay
    t = ((dx - ax) * ux + (dy - ay) * uy) / (ux * ux + uy * uy)
    return V[3], (ax + t * ux, ay + t * uy), float(g["value"]), V[onto[0]] + V[onto[1]]


def quad_checks(V: dict[str, Any], names: list[str], fg, atol: float, phrase: str) -> list:
    """From the measured corner dots: the sides that must be parallel (a parallelogram's both pairs, a
    trapezoid's bases AB ∥ CD) within ``atol`` degrees."""
    from ..types import Check
    pairs = []
    if fg.kind in ("parallelogram", "rhombus"):
        pairs = [(0, 1, 3, 2), (1, 2, 0, 3)]
    elif fg.kind == "trapezoid":
        pairs = [(0, 1, 3, 2)]
    out = []
    for i, j, k, m in pairs:
        P_ = [V.get(names[x]) for x in (i, j, k, m)]
        if any(x is None for x in P_):
            continue
        a1 = math.atan2(P_[1][1] - P_[0][1], P_[1][0] - P_[0][0])
        a2 = math.atan2(P_[3][1] - P_[2][1], P_[3][0] - P_[2][0])
        dev = abs((math.degrees(a1 - a2) + 90) % 180 - 90)
        out.append(Check("parallel_sides", (names[i] + names[j], names[k] + names[m]), round(dev, 3), 0.0, atol,
                         dev <= atol, phrase))
    return out


def drawn_diagonals(V: list[str], vals: dict[str, float], gs: list[dict[str, Any]]):
    """(AC, BD): the length of each diagonal the text gives (named, or unnamed: the one of that length),
    None for one it does not give."""
    p = q = None
    ac, bd = frozenset((V[0], V[2])), frozenset((V[1], V[3]))
    unnamed = [float(g["value"]) for g in gs if g["role"] == "diagonal" and not g["target"]]
    for g in gs:
        if g["target"] and frozenset(g["target"]) == ac:
            p = vals["p"]
        if g["target"] and frozenset(g["target"]) == bd:
            q = vals["q"]
    for v in unnamed:
        if p is None and abs(vals["p"] - v) <= 1e-6 * max(1.0, v):
            p = vals["p"]
        elif q is None:
            q = vals["q"]
    return p, q
