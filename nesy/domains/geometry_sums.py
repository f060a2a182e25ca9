"""A triangle given a sum or a difference of two sides: "BC = 7 cm, ∠B = 75° and AB + AC = 13 cm",
"BC = 8 cm, ∠B = 45°, AC − AB = 3.5 cm" (the classic construction problems, e.g. Kiselev, *Planimetry*,
§ 59; NCERT Mathematics IX, ch. 11.3).

With x the third side, y and z the two added (or subtracted) ones and Y, Z, X the angles facing y, z, x,
the law of cosines (Euclid II.12–13) y² = x² + z² − 2xz·cos Y gives, for S = y + z and the angle Y at the
end of x: z = (S² − x²) / (2(S − x·cos Y)); for D = y − z: z = (x² − D²) / (2(D + x·cos Y)); with the
angle X facing x: y·z = (S² − x²) / (2(1 + cos X)) (or (x² − D²) / (2(1 − cos X))), y and z the roots.
Z3 is given the sum or difference as a linear measure (tracked under the user's phrase; the triangle
inequality I.20 bounds it); the construction enters as a lemma like every other (``geometry._Lazy``).
A triangle's perimeter is such a sum too (a + b + c, linear): with two sides, or a base and equal legs, Z3
pins the rest; with the angles it scales their shape (law of sines).
"""
from __future__ import annotations

import math
from fractions import Fraction

__all__ = ["with_sums", "SUM_PREFIX"]

SUM_PREFIX = ("s:", "d:")


def _split(known: dict[str, Fraction], key: str, f: float):
    """(y, z) from the sum or difference ``key`` ("s:bc", "d:bc") and the third side with an angle;
    None when the known measures do not fix them, () when they cannot hold."""
    kind, y, z = key[0], key[2], key[3]
    (x,) = set("abc") - {y, z}
    if x not in known:
        return None
    xv = float(known[x])
    Y, Z, X = y.upper(), z.upper(), x.upper()
    if kind == "s":
        if Y in known:
            zz = (f * f - xv * xv) / (2 * (f - xv * math.cos(math.radians(float(known[Y])))))
            return ((f - zz, zz), Y) if 0 < zz < f else ((), Y)
        if Z in known:
            yy = (f * f - xv * xv) / (2 * (f - xv * math.cos(math.radians(float(known[Z])))))
            return ((yy, f - yy), Z) if 0 < yy < f else ((), Z)
        if X in known:
            p = (f * f - xv * xv) / (2 * (1 + math.cos(math.radians(float(known[X])))))
            disc = f * f - 4 * p
            if p <= 0 or disc < 0:
                return (), X
            r = math.sqrt(disc)
            return ((f + r) / 2, (f - r) / 2), X
        return None
    if Y in known:
        zz = (xv * xv - f * f) / (2 * (f + xv * math.cos(math.radians(float(known[Y])))))
        return ((zz + f, zz), Y) if zz > 0 else ((), Y)
    if Z in known:
        den = 2 * (xv * math.cos(math.radians(float(known[Z]))) - f)
        yy = (xv * xv - f * f) / den if den else -1.0
        return ((yy, yy - f), Z) if yy - f > 0 else ((), Z)
    if X in known:
        p = (xv * xv - f * f) / (2 * (1 - math.cos(math.radians(float(known[X])))))
        if p <= 0:
            return (), X
        zz = (-f + math.sqrt(f * f + 4 * p)) / 2
        return ((zz + f, zz), X)
    return None


def with_sums(build):
    """``build`` (a triangle construction) extended to a stated sum or difference of two sides; every
    candidate carries the sums and differences it shows."""
    from .geometry import _Built

    def fill(c: dict[str, float], keys) -> dict[str, float]:
        return {**c, "per": c["a"] + c["b"] + c["c"],
                **{k: (c[k[2]] + c[k[3]]) if k[0] == "s" else (c[k[2]] - c[k[3]]) for k in keys}}

    def run(known: dict[str, Fraction]):
        keys = [k for k in known if k[:2] in SUM_PREFIX]
        base = {k: v for k, v in known.items() if k[:2] not in SUM_PREFIX and k != "per"}
        if "per" in known and not any(s_ in known for s_ in "abc") and all(A in known for A in "ABC"):
            # the perimeter and the angles: the shape (sides ∝ the sines of the angles) scaled to the perimeter
            from .geometry import _sin, _tri_measures
            shape = _tri_measures(*(_sin(known[A]) for A in "ABC"), {A: known[A] for A in "ABC"})
            if shape is None:
                return None
            f = float(known["per"]) / (shape["a"] + shape["b"] + shape["c"])
            c = {k: (v * f if k in "abcrR" else v) for k, v in shape.items()}
            c["per"] = float(known["per"])
            return _Built({"per": known["per"], **{A: known[A] for A in "ABC"}}, [fill(c, keys)], "law_of_sines",
                          "the angles and the perimeter (law of sines: the sides in the ratio of the sines)")
        for k in keys:
            y, z = k[2], k[3]
            if y in known or z in known:
                continue
            got = _split(known, k, float(known[k]))
            if got is None:
                continue
            yz, ang = got
            (x,) = set("abc") - {y, z}
            used = {k: known[k], x: known[x], ang: known[ang]}
            if not yz:
                return _Built(used, [], "law_of_cosines", "a side, an angle and the sum or difference of the other two")
            b = build({**base, y: Fraction(yz[0]), z: Fraction(yz[1])})
            if b is None:
                continue
            ante = {kk: known[kk] for kk in b.ante if kk not in (y, z)} | used
            return _Built(ante, [fill(c, keys) for c in b.cands], "law_of_cosines",
                          "a side, an angle and the sum or difference of the other two (law of cosines)")
        b = build(base)
        if b is None:
            return None
        b.cands = [fill(c, keys) for c in b.cands]
        return b
    return run
