"""Question–answer pairs from a sampled scene's facts, right by construction, with distractors.

Each pair is ``{"question", "answer", "type", "distractors", "derivation", "value", "unit"}``:
``type`` is ``count`` (how many), ``relation`` (what the text states between two things),
``value`` (a stated or drawn quantity) or ``consequence`` (what the science's laws imply: the image
distance from the thin-lens equation, a current from Ohm's and Kirchhoff's laws, a period from Kepler's
third law, the space group of the structure). ``value`` holds the answer as a number or a bool where it
is one (``unit`` its unit), so a reader can score numerically; ``derivation`` says how it follows.

Where the science writes an artifact with the same quantity (optics.json, forces.json, orbits.json,
structure.cif, figure.json) the answer is cross-checked against it: a disagreement raises
``QAMismatch`` and the item is rejected rather than shipped with a doubtful label.
"""
from __future__ import annotations

import json
import math
import re
from itertools import product
from typing import Any

from .phrasing import join, plural
from .sampling import PLANETS_AU, Sample

__all__ = ["QAMismatch", "make_qa", "G"]

G = 9.80665  # m/s², standard gravity (NIST), the value nesy's mechanics law set uses


class QAMismatch(Exception):
    """An answer derived from the facts disagrees with the artifact nesy wrote for the figure."""


def _fmt(x: float, unit: str = "") -> str:
    s = f"{x:.4g}"
    if "e" in s:
        s = f"{x:.4f}"
    return f"{s} {unit}".strip()


def _yes(b: bool) -> str:
    return "yes" if b else "no"


def _qa(question: str, answer: str, typ: str, distractors: list[str], derivation: str, value: Any = None,
        unit: str = "") -> dict[str, Any]:
    seen = {answer}
    ds = []
    for d in distractors:
        if d not in seen:
            seen.add(d)
            ds.append(d)
    return {"question": question, "answer": answer, "type": typ, "distractors": ds[:3], "derivation": derivation,
            "value": value, "unit": unit}


def _count_distractors(n: int) -> list[str]:
    return [str(x) for x in (n + 1, n - 1, n + 2, n * 2, n - 2) if x >= 0 and x != n]


# A distractor closer than this (relative) to the answer would be a second right answer after rounding or
# measuring from the figure (1.984 cm² vs a "wrong" 2 cm²): such candidates are dropped.
DISTRACTOR_MIN_REL = 0.05


def _num_distractors(x: float, unit: str, wrong: list[float]) -> list[str]:
    cands = [w for w in wrong if math.isfinite(w)] + [x * f for f in (2.0, 0.5, 1.5)]
    far = [w for w in cands if abs(w - x) > DISTRACTOR_MIN_REL * max(abs(x), abs(w), 1e-12)]
    return [d for d in (_fmt(w, unit) for w in far) if d != _fmt(x, unit)]


def _close(a: float, b: float, what: str, rel: float = 1e-6) -> None:
    if not math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9):
        raise QAMismatch(f"{what}: facts give {a}, the artifact says {b}")


# ---------------------------------------------------------------- per science
def _cell(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    out = []
    per = dict(t["organelles"])
    if t["nucleolus"]:
        per["nucleolus"] = 1
    names = {"golgi": ("Golgi apparatus", "Golgi apparatuses"), "er": ("endoplasmic reticulum", "endoplasmic reticula")}
    for k, n in per.items():
        one, many = names.get(k, (k, plural(k)))
        total = n * t["cells"]
        out.append(_qa(f"How many {many} are drawn in the figure?", str(total), "count", _count_distractors(total),
                       f"{n} per cell × {t['cells']} cell(s)", total))
    if t["cells"] > 1:
        out.append(_qa("How many cells are drawn?", str(t["cells"]), "count", _count_distractors(t["cells"]),
                       "stated number of cells", t["cells"]))
    total = sum(per.values()) * t["cells"]
    out.append(_qa("How many organelles are drawn in total, nucleoli included?", str(total), "count",
                   _count_distractors(total), "sum of every organelle count over every cell", total))
    many = {k: n for k, n in per.items() if n > 1}
    if many:
        top = max(many.values())
        winners = [k for k, n in many.items() if n == top]
        if len(winners) == 1:
            w = winners[0]
            others = [names.get(k, (k, plural(k)))[1] for k in per if k != w]
            out.append(_qa("Which kind of organelle is the most numerous?", names.get(w, (w, plural(w)))[1], "count",
                           others, f"{top} per cell, more than any other kind", top))
    if t["nucleolus"]:
        out.append(_qa("Is the nucleolus inside the nucleus?", "yes", "relation", ["no"],
                       "stated: the nucleus contains a nucleolus", True))
        out.append(_qa("Is the nucleolus inside the cell?", "yes", "consequence", ["no"],
                       "containment is transitive: nucleolus ⊂ nucleus ⊂ cell", True))
    return out


def _sets(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    names = t["sets"]
    sub = {(a, b) for k, a, b in t["relations"] if k == "subset"}
    # transitive closure of ⊂
    changed = True
    while changed:
        changed = False
        for (a, b), (c, d) in product(list(sub), list(sub)):
            if b == c and (a, d) not in sub:
                sub.add((a, d))
                changed = True
    disj = {frozenset((a, b)) for k, a, b in t["relations"] if k == "disjoint"}
    out = [_qa("How many sets are drawn?", str(len(names)), "count", _count_distractors(len(names)),
               "every named set is drawn once", len(names))]
    stated = {(a, b) for k, a, b in t["relations"] if k == "subset"}
    for a, b in sorted(sub):
        typ = "relation" if (a, b) in stated else "consequence"
        out.append(_qa(f"Is {a} a subset of {b}?", "yes", typ, ["no"],
                       "stated" if typ == "relation" else "⊂ is transitive", True))
    for k, a, b in t["relations"]:
        if k == "disjoint":
            out.append(_qa(f"Do {a} and {b} have any element in common?", "no", "relation", ["yes"],
                           "stated: they are disjoint", False))
        elif k == "overlaps":
            out.append(_qa(f"Do {a} and {b} overlap?", "yes", "relation", ["no"], "stated: they intersect", True))
    for e, s in sorted(t["elements"].items()):
        members = [s] + [b for a, b in sorted(sub) if a == s]
        for m in members:
            out.append(_qa(f"Is {e} an element of {m}?", "yes", "relation" if m == s else "consequence", ["no"],
                           "stated" if m == s else f"{e} ∈ {s} and {s} ⊂ {m}", True))
        # a set disjoint from one that holds e cannot hold e; nor can any subset of it
        for pair in sorted(disj, key=sorted):
            for m in members:
                if m in pair:
                    other = next(iter(pair - {m}))
                    for o in [other] + [a for a, b in sorted(sub) if b == other]:
                        out.append(_qa(f"Is {e} an element of {o}?", "no", "consequence", ["yes"],
                                       f"{e} ∈ {m}, and {m} and {other} are disjoint", False))
        if t["elements"]:
            counts = sum(1 for x in t["elements"])
    if t["elements"]:
        n = len(t["elements"])
        out.append(_qa("How many elements are marked?", str(n), "count", _count_distractors(n), "stated elements", n))
    # dedupe questions (a consequence may be reached twice)
    seen, uniq = set(), []
    for q in out:
        if q["question"] not in seen:
            seen.add(q["question"])
            uniq.append(q)
    return uniq


_SG = {225: "Fm-3m", 221: "Pm-3m", 216: "F-43m", 227: "Fd-3m", 229: "Im-3m"}


def _crystal(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    cif = art.get("structure.cif", b"").decode()
    m = re.search(r"_symmetry_Int_Tables_number\s+(\d+)", cif)
    if not m or int(m.group(1)) != t["space_group"]:
        raise QAMismatch(f"space group: facts give {t['space_group']}, the CIF says {m and m.group(1)}")
    ma = re.search(r"_cell_length_a\s+([0-9.]+)", cif)
    _close(t["a"], float(ma.group(1)) if ma else float("nan"), "a (Å)", 1e-5)
    a, sg = t["a"], t["space_group"]
    za = "[" + "".join(str(c) for c in t["zone_axis"]) + "]"
    nn = t["nn_over_a"] * a
    out = [
        _qa("What is the space group of this structure?", f"{t['symbol']} (No. {sg})", "consequence",
            [f"{s} (No. {n})" for n, s in _SG.items() if n != sg],
            f"the {t['prototype'].replace('_', ' ')} prototype has space group {t['symbol']}", sg),
        _qa("How many atoms are in the conventional unit cell?", str(t["atoms"]), "count",
            _count_distractors(t["atoms"]) + ["4", "8", "2"], f"{t['prototype'].replace('_', ' ')}: {t['atoms']} atoms",
            t["atoms"]),
        _qa("What is the lattice constant a?", _fmt(a, "Å"), "value", _num_distractors(a, "Å", [a / 10, a * 10 ** 0.5]),
            "stated in the text", a, "Å"),
        _qa("What is the nearest-neighbour distance?", _fmt(nn, "Å"), "consequence",
            _num_distractors(nn, "Å", [a / 2, a * math.sqrt(3) / 4, a / math.sqrt(2), a * math.sqrt(3) / 2, a]),
            f"{t['nn_over_a']:.6f} × a for the {t['prototype'].replace('_', ' ')} structure", nn, "Å"),
        _qa("Along which zone axis is the structure viewed?", za, "value",
            [x for x in ("[001]", "[110]", "[111]", "[100]") if x != za], "stated in the text", t["zone_axis"]),
    ]
    return out


def _astronomy(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    orbits = json.loads(art["orbits.json"])["solution"]
    pl = t["planets"]
    out = [_qa("How many planets orbit the Sun in the figure?", str(len(pl)), "count", _count_distractors(len(pl)),
               "stated planets", len(pl))]
    by_a = sorted(pl, key=lambda p: PLANETS_AU[p])
    others = [p for p in PLANETS_AU if p not in pl]
    out.append(_qa("Which of the drawn planets is farthest from the Sun?", by_a[-1], "consequence",
                   by_a[:-1][::-1] + others, "largest semi-major axis (NASA planetary fact sheet)", by_a[-1]))
    out.append(_qa("Which of the drawn planets is closest to the Sun?", by_a[0], "consequence",
                   by_a[1:] + others, "smallest semi-major axis (NASA planetary fact sheet)", by_a[0]))
    for p in pl:
        sol = orbits[p.lower()]
        a = float(sol["a_au"])
        T = a ** 1.5
        # nesy's orbits.json holds the catalogue period; Kepler's law with the drawn a agrees within 2 %
        # (Neptune: 165.8 against 163.7 years)
        _close(T, float(sol["T_yr"]), f"period of {p}", 2e-2)
        out.append(_qa(f"By Kepler's third law, what is the orbital period of {p} (semi-major axis {a:.4g} AU), "
                       "in years?", _fmt(T, "years"), "consequence",
                       _num_distractors(T, "years", [a, a ** 2, a ** (2 / 3)]),
                       f"Kepler's third law: T² = a³ (T in years, a = {a:.4g} AU)", T, "yr"))
    out.append(_qa("Which of the drawn planets takes the longest to orbit the Sun?", by_a[-1], "consequence",
                   by_a[:-1][::-1], "Kepler's third law: the period grows with the orbit", by_a[-1]))
    return out


def _optics(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    f = t["f_cm"] if t["type"] == "converging" else -t["f_cm"]
    do = t["do_cm"]
    di = f * do / (do - f)
    mag = -di / do
    sol = json.loads(art["optics.json"])
    _close(di, sol["di_cm"], "image distance (cm)", 1e-6)
    _close(mag, sol["m"], "magnification", 1e-6)
    el = "lens" if t["element"] == "lens" else "mirror"
    eq = "1/f = 1/d_o + 1/d_i" 
    real = di > 0
    out = [
        _qa(f"What is the image distance from the {el} (positive for a real image)?", _fmt(di, "cm"), "consequence",
            _num_distractors(di, "cm", [-di, do - f, do + f] + ([f * do / (do + f)] if do + f else [])),
            f"{'thin-lens' if el == 'lens' else 'mirror'} equation {eq} with f = {f:g} cm, d_o = {do:g} cm", di, "cm"),
        _qa("Is the image real or virtual?", "real" if real else "virtual", "consequence",
            ["virtual" if real else "real"], f"d_i = {di:.4g} cm is {'positive' if real else 'negative'}", real),
        _qa("What is the magnification?", _fmt(mag), "consequence", _num_distractors(mag, "", [-mag, 1 / mag if mag else 0]),
            "m = −d_i / d_o", mag),
        _qa("Is the image upright or inverted?", "inverted" if mag < 0 else "upright", "consequence",
            ["upright" if mag < 0 else "inverted"], f"m = {mag:.4g} is {'negative' if mag < 0 else 'positive'}",
            mag < 0),
        _qa(f"What is the focal length of the {el}?", _fmt(t["f_cm"], "cm"), "value",
            _num_distractors(t["f_cm"], "cm", [do, 2 * t["f_cm"]]), "stated in the text", t["f_cm"], "cm"),
    ]
    if t["ho_cm"]:
        hi = mag * t["ho_cm"]
        _close(hi, sol["hi_cm"], "image height (cm)", 1e-6)
        out.append(_qa("How tall is the image?", _fmt(abs(hi), "cm"), "consequence",
                       _num_distractors(abs(hi), "cm", [t["ho_cm"], abs(t["ho_cm"] / mag) if mag else 0]),
                       f"|h_i| = |m| × h_o = {abs(mag):.4g} × {t['ho_cm']} cm", abs(hi), "cm"))
    return out


def _tri(s: list[float]) -> dict[str, float]:
    a, b, c = s
    p = (a + b + c) / 2
    area = math.sqrt(max(p * (p - a) * (p - b) * (p - c), 0.0))
    big = max(s)
    others = [x for x in s]
    others.remove(big)
    cosg = (others[0] ** 2 + others[1] ** 2 - big ** 2) / (2 * others[0] * others[1])
    return {"perimeter": a + b + c, "area": area, "largest_angle": math.degrees(math.acos(max(-1, min(1, cosg)))),
            "inradius": area / p, "circumradius": a * b * c / (4 * area)}


def _geometry(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    fig = json.loads(art["figure.json"])
    if t["figure"] == "triangle":
        s = [float(x) for x in t["sides"]]
        _close(sorted(fig["sides"].values())[2], max(s), "longest side (cm)", 1e-6)
        g = _tri(s)
        ang = g["largest_angle"]
        out = [
            _qa("What is the perimeter of the triangle?", _fmt(g["perimeter"], "cm"), "consequence",
                _num_distractors(g["perimeter"], "cm", [g["perimeter"] / 2]), "sum of the three sides", g["perimeter"], "cm"),
            _qa("What is the area of the triangle?", _fmt(g["area"], "cm²"), "consequence",
                _num_distractors(g["area"], "cm²", [s[0] * s[1] / 2, g["area"] * 2]), "Heron's formula", g["area"], "cm²"),
            _qa("What is the largest angle of the triangle, in degrees?", _fmt(ang, "°"), "consequence",
                _num_distractors(ang, "°", [180 - ang, 90.0, 60.0]), "law of cosines, opposite the longest side", ang, "°"),
            _qa("Is the triangle acute, right or obtuse?",
                "right" if abs(ang - 90) < 1e-6 else ("obtuse" if ang > 90 else "acute"), "consequence",
                [x for x in ("acute", "right", "obtuse")], "the largest angle against 90°",
                "right" if abs(ang - 90) < 1e-6 else ("obtuse" if ang > 90 else "acute")),
        ]
        if t["circle"] == "incircle":
            out.append(_qa("What is the radius of the inscribed circle?", _fmt(g["inradius"], "cm"), "consequence",
                           _num_distractors(g["inradius"], "cm", [g["circumradius"]]), "r = area / semi-perimeter",
                           g["inradius"], "cm"))
        if t["circle"] == "circumcircle":
            out.append(_qa("What is the radius of the circumscribed circle?", _fmt(g["circumradius"], "cm"),
                           "consequence", _num_distractors(g["circumradius"], "cm", [g["inradius"]]), "R = abc / (4 · area)",
                           g["circumradius"], "cm"))
        return out
    n, a = t["n"], float(t["side"])
    area = n * a * a / (4 * math.tan(math.pi / n))
    inner = (n - 2) * 180 / n
    R = a / (2 * math.sin(math.pi / n))
    r = a / (2 * math.tan(math.pi / n))
    out = [
        _qa("How many vertices does the polygon have?", str(n), "count", _count_distractors(n), "a regular n-gon", n),
        _qa("What is the perimeter of the polygon?", _fmt(n * a, "cm"), "consequence",
            _num_distractors(n * a, "cm", [(n - 1) * a]), "n × side", n * a, "cm"),
        _qa("What is the area of the polygon?", _fmt(area, "cm²"), "consequence", _num_distractors(area, "cm²", [a * a]),
            "n a² / (4 tan(π/n))", area, "cm²"),
        _qa("What is each interior angle, in degrees?", _fmt(inner, "°"), "consequence",
            _num_distractors(inner, "°", [360 / n, 180 - 360 / n + 10]), "(n − 2) · 180° / n", inner, "°"),
    ]
    if t["circle"] == "incircle":
        out.append(_qa("What is the radius of the inscribed circle?", _fmt(r, "cm"), "consequence",
                       _num_distractors(r, "cm", [R]), "a / (2 tan(π/n))", r, "cm"))
    if t["circle"] == "circumcircle":
        out.append(_qa("What is the radius of the circumscribed circle?", _fmt(R, "cm"), "consequence",
                       _num_distractors(R, "cm", [r]), "a / (2 sin(π/n))", R, "cm"))
    return out


def _mechanics(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    forces = json.loads(art["forces.json"])
    body = forces["bodies"][0]
    drawn = {f["kind"]: float(f["newtons"]) for f in body["forces"] if f["newtons"] is not None}
    m = float(t["mass_kg"])
    W = m * G
    out = [_qa("What is the weight of the body?", _fmt(W, "N"), "consequence", _num_distractors(W, "N", [m, m * 10]),
               "W = m g, g = 9.80665 m/s²", W, "N")]
    _close(W, drawn.get("weight", float("nan")), "weight (N)", 1e-6)
    sc = t["scene"]
    if sc.startswith("incline"):
        th = math.radians(t["angle_deg"])
        N = W * math.cos(th)
        _close(N, drawn.get("normal", float("nan")), "normal force (N)", 1e-6)
        out.append(_qa("What is the normal force on the body?", _fmt(N, "N"), "consequence",
                       _num_distractors(N, "N", [W * math.sin(th), W]), "N = m g cos θ", N, "N"))
        if sc == "incline_rest":
            Fr = W * math.sin(th)
            _close(Fr, drawn.get("friction", float("nan")), "friction (N)", 1e-6)
            out.append(_qa("What is the friction force holding the body?", _fmt(Fr, "N"), "consequence",
                           _num_distractors(Fr, "N", [N, W]), "equilibrium along the slope: F = m g sin θ", Fr, "N"))
            mu = math.tan(th)
            out.append(_qa("What is the smallest coefficient of static friction that keeps it at rest?", _fmt(mu),
                           "consequence", _num_distractors(mu, "", [math.sin(th), math.cos(th)]), "μ ≥ tan θ", mu))
        else:
            acc = G * math.sin(th)
            out.append(_qa("What is the acceleration of the body down the slope?", _fmt(acc, "m/s²"), "consequence",
                           _num_distractors(acc, "m/s²", [G, G * math.cos(th)]), "a = g sin θ (no friction)", acc, "m/s²"))
            out.append(_qa("Is the body in equilibrium?", "no", "consequence", ["yes"],
                           "no friction balances m g sin θ", False))
    elif sc == "hanging":
        _close(W, drawn.get("tension", float("nan")), "tension (N)", 1e-6)
        out.append(_qa("What is the tension in the rope?", _fmt(W, "N"), "consequence", _num_distractors(W, "N", [m, W / 2]),
                       "equilibrium: T = m g", W, "N"))
    else:
        _close(W, drawn.get("normal", float("nan")), "normal force (N)", 1e-6)
        out.append(_qa("What is the normal force from the table?", _fmt(W, "N"), "consequence",
                       _num_distractors(W, "N", [m, W / 2]), "equilibrium: N = m g", W, "N"))
    out.append(_qa("How many forces act on the body?", str(len(drawn)), "count", _count_distractors(len(drawn)),
                   "the free-body diagram: " + join(sorted(drawn)), len(drawn)))
    return out


def _req(t: dict[str, Any]) -> tuple[float, dict[str, float]]:
    """Equivalent resistance and each resistor's current (A), by series/parallel reduction."""
    R, V, topo = t["resistors"], t["volts"], t["topology"]
    names = sorted(R, key=lambda x: int(x[1:]))
    if topo == "series":
        req = sum(R.values())
        return req, {n: V / req for n in names}
    if topo == "parallel":
        return 1 / sum(1 / r for r in R.values()), {n: V / R[n] for n in names}
    r1, r2, r3 = (R[n] for n in names)
    if topo == "series_parallel":
        rp = r2 * r3 / (r2 + r3)
        req = r1 + rp
        i = V / req
        return req, {names[0]: i, names[1]: i * rp / r2, names[2]: i * rp / r3}
    rs = r1 + r2
    req = rs * r3 / (rs + r3)
    return req, {names[0]: V / rs, names[1]: V / rs, names[2]: V / r3}


def _circuits(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    req, cur = _req(t)
    V = t["volts"]
    I = V / req
    desc = {"series": "resistances in series add", "parallel": "conductances in parallel add",
            "series_parallel": "R1 + R2 ∥ R3", "parallel_series": "(R1 + R2) ∥ R3"}[t["topology"]]
    sum_r = sum(t["resistors"].values())
    out = [
        _qa("What is the equivalent resistance seen by the source?", _fmt(req, "Ω"), "consequence",
            _num_distractors(req, "Ω", [sum_r, 1 / sum(1 / r for r in t["resistors"].values())]), desc, req, "Ω"),
        _qa("What current does the source deliver?", _fmt(I * 1000, "mA"), "consequence",
            _num_distractors(I * 1000, "mA", [V / sum_r * 1000, V * req / 1000]), "Ohm's law: I = V / R_eq", I, "A"),
        _qa("What power does the source deliver?", _fmt(V * I * 1000, "mW"), "consequence",
            _num_distractors(V * I * 1000, "mW", [V * V / sum_r * 1000]), "P = V I", V * I, "W"),
        _qa("How many resistors are in the circuit?", str(len(cur)), "count", _count_distractors(len(cur)),
            "stated resistors", len(cur)),
    ]
    for n, i in cur.items():
        out.append(_qa(f"What current flows through {n}?", _fmt(i * 1000, "mA"), "consequence",
                       _num_distractors(i * 1000, "mA", [I * 1000, V / t["resistors"][n] * 1000]),
                       "Kirchhoff's laws with Ohm's law (current divider / series current)", i, "A"))
        vr = i * t["resistors"][n]
        out.append(_qa(f"What is the voltage across {n}?", _fmt(vr, "V"), "consequence",
                       _num_distractors(vr, "V", [V, V / len(cur)]), "V = I R", vr, "V"))
    return out


def _automata(t: dict[str, Any], art: dict[str, bytes], rng: Any) -> list[dict[str, Any]]:
    auto = json.loads(art["automaton.json"])
    got = sorted((x["from"], x["symbol"], x["to"]) for x in auto["transitions"])
    if got != sorted(tuple(x) for x in t["transitions"]):
        raise QAMismatch("transitions: the facts and automaton.json differ")
    delta = {(s, a): d for s, a, d in t["transitions"]}
    states, alpha, acc = t["states"], t["alphabet"], set(t["accepting"])
    out = [
        _qa("How many states does the automaton have?", str(len(states)), "count", _count_distractors(len(states)),
            "stated states", len(states)),
        _qa("How many transitions are drawn (one per symbol)?", str(len(delta)), "count", _count_distractors(len(delta)),
            "stated transitions", len(delta)),
        _qa("Which state is the start state?", t["start"], "relation", [s for s in states if s != t["start"]],
            "stated", t["start"]),
        _qa("How many accepting states are there?", str(len(acc)), "count", _count_distractors(len(acc)), "stated", len(acc)),
    ]
    complete = len(delta) == len(states) * len(alpha)
    out.append(_qa("Is the transition function total (a move for every state and symbol)?", _yes(complete),
                   "consequence", [_yes(not complete)], f"{len(delta)} of {len(states) * len(alpha)} moves defined",
                   complete))
    s0, a0 = states[int(rng.integers(len(states)))], alpha[int(rng.integers(len(alpha)))]
    if (s0, a0) in delta:
        out.append(_qa(f"Which state does {s0} go to on {a0}?", delta[(s0, a0)], "relation",
                       [s for s in states if s != delta[(s0, a0)]], "stated transition", delta[(s0, a0)]))
    tried = set()
    for _ in range(4):
        L = int(rng.integers(1, 6))
        w = "".join(alpha[int(rng.integers(len(alpha)))] for _ in range(L))
        if w in tried:
            continue
        tried.add(w)
        s, path = t["start"], [t["start"]]
        for c in w:
            s = delta.get((s, c))
            if s is None:
                break
            path.append(s)
        ok = s is not None and s in acc
        why = " → ".join(path) + ("" if s is not None else " (no move: rejected)") + \
            ("" if s is None else (" ends in an accepting state" if ok else " ends in a non-accepting state"))
        out.append(_qa(f"Does the automaton accept the string \"{w}\"?", _yes(ok), "consequence", [_yes(not ok)], why, ok))
    return out


_QA = {"cell": _cell, "sets": _sets, "crystal": _crystal, "astronomy": _astronomy, "optics": _optics,
       "geometry": _geometry, "mechanics": _mechanics, "circuits": _circuits, "automata": _automata}


def make_qa(sample: Sample, artifacts: dict[str, bytes], rng: Any, limit: int | None = None) -> list[dict[str, Any]]:
    """The question–answer pairs of a verified item (at most ``limit``, in a seeded order)."""
    qa = _QA[sample.science](sample.truth, artifacts, rng)
    if limit is not None and len(qa) > limit:
        keep = sorted(int(i) for i in rng.choice(len(qa), limit, replace=False))
        qa = [qa[i] for i in keep]
    return qa
