"""Acceptance benchmark on outsider requests (issue 9, "How it is checked").

Runs every request of benchmarks/acceptance/requests.yaml through the real CLI
(`python -m nesy generate TEXT -o DIR`, 120 s each) and checks every gold fact from the
output files only: the science's artifact (circuit.cir, orbits.json, optics.json, figure.json,
forces.json, automaton.json, structure.cif, labels.png) and layout.json. scene.json (nesy's own
reading of the text) is never read; verdict.json only for status/not_drawn; manifest.json only
for the science nesy chose (reported, not scored).

Classes:
  correct              figure written, every gold fact present and right (exit 0, or exit 7 when
                       the phrases left out were not gold facts)
  verified_but_wrong   exit 0/7 yet a gold fact is wrong, something was invented, exit 0 with a gold
                       fact missing (claims completeness), or an impossible / out-of-scope request drawn
  omissions            exit 7, some gold fact missing, nothing wrong
  unchecked            figure written, nothing wrong or missing, but a fact could not be checked from
                       the files (never counted as correct)
  refused_clearly      exit 2/3 for a request that should have been drawn, message names a phrase
  refused_unclear      exit 2/3 whose message names no phrase of the text (or, for out-of-scope,
                       no science)
  correctly_refused    impossible -> exit 3 naming a conflicting phrase; out of scope -> exit 2
                       naming the sciences
  refused_other_code   impossible refused with exit 2, or out of scope refused with exit 3
  failed_verification  exit 5
  crash                exit 70 or a traceback
  timeout              exit 4 or over 120 s

Usage:
  python benchmarks/bench_acceptance.py [--jobs 2] [--only ID_PREFIX] [--keep DIR]
      [--json benchmarks/acceptance/results.json] [--markdown benchmarks/acceptance/results.md]
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import itertools
import json
import math
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = ROOT / "benchmarks" / "acceptance" / "requests.yaml"
SCIENCES = ["cell", "sets", "crystal", "astronomy", "optics", "geometry", "mechanics",
            "circuits", "automata", "microscopy"]
TIMEOUT = 120

OK, WRONG, MISSING, UNCHECKED = "ok", "wrong", "missing", "unchecked"


class Facts:
    """Collects (fact, status, detail) for one request."""

    def __init__(self):
        self.items: list[dict] = []

    def add(self, fact, status, detail=""):
        self.items.append({"fact": fact, "status": status, "detail": detail})

    def check(self, fact, cond, detail="", missing=False):
        self.add(fact, OK if cond else (MISSING if missing else WRONG), detail)

    def statuses(self):
        return Counter(i["status"] for i in self.items)


def close(a, b, rel=0.01, abs_=1e-9):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_)


def load_json(p: Path):
    return json.loads(p.read_text())


def layout_shapes(out: Path):
    from shapely.geometry import shape
    L = load_json(out / "layout.json")
    shapes = {}
    for k, v in L.get("entities", {}).items():
        try:
            shapes[k] = shape(v)
        except Exception:  # noqa: BLE001 - a malformed geometry is reported by the checker
            shapes[k] = None
    return shapes


def need(out: Path, name: str, facts: Facts, gold) -> bool:
    if not (out / name).exists():
        for k in (k for k in gold if not k.startswith("_")):
            facts.add(k, MISSING, f"{name} not written")
        return False
    return True


# ------------------------------------------------------------------ cell
CELL_KINDS = {"cell", "nucleus", "nucleolus", "mitochondrion", "ribosome", "lysosome",
              "chloroplast", "vacuole", "golgi", "er", "peroxisome", "vesicle", "centrosome",
              "centriole", "cytoskeleton"}


def cell_kind(eid: str) -> str:
    k = re.sub(r"[_\-]?\d+$", "", eid.lower())
    if k.startswith("mitochond"):
        return "mitochondrion"
    if k.startswith("golgi"):
        return "golgi"
    if "reticulum" in k or k in ("er", "rer", "ser", "rough_er", "smooth_er"):
        return "er"
    if k.startswith("nucleol"):
        return "nucleolus"
    if k.startswith("nucle"):
        return "nucleus"
    if k.startswith("ribosom"):
        return "ribosome"
    if k.startswith("lysosom"):
        return "lysosome"
    if k.startswith("chloroplast"):
        return "chloroplast"
    if k.startswith("vacuol"):
        return "vacuole"
    if k.startswith("vesicle"):
        return "vesicle"
    return k


def check_cell(out, gold, facts):
    S = layout_shapes(out)
    by = defaultdict(list)
    for eid, g in S.items():
        by[cell_kind(eid)].append((eid, g))
    for kind, n in gold.get("counts", {}).items():
        got = len(by.get(kind, []))
        facts.check(f"count {kind} = {n}", got == n, f"layout has {got}", missing=got < n and got == 0)
    for kind, items in by.items():
        if kind in CELL_KINDS and kind not in gold.get("counts", {}):
            facts.add(f"no extra {kind}", WRONG, f"layout has {len(items)} {kind} not asked for")
    for a, b in gold.get("inside", []):
        A, B = by.get(a, []), by.get(b, [])
        if not A or not B:
            facts.add(f"{a} inside {b}", MISSING, "kind absent")
            continue
        bad = [ea for ea, ga in A if not any(ga.difference(gb).area <= 0.01 * ga.area for _, gb in B)]
        facts.check(f"{a} inside {b}", not bad, f"not inside: {bad}" if bad else "")
    for a, b in gold.get("outside", []):
        A, B = by.get(a, []), by.get(b, [])
        if not A or not B:
            facts.add(f"{a} outside {b}", MISSING, "kind absent")
            continue
        bad = [ea for ea, ga in A if any(ga.intersection(gb).area > 0.01 * ga.area for _, gb in B)]
        facts.check(f"{a} outside {b}", not bad, f"overlapping: {bad}" if bad else "")
    if "one_each" in gold:
        a, b = gold["one_each"]
        A, B = by.get(a, []), by.get(b, [])
        per = [sum(1 for _, ga in A if ga.difference(gb).area <= 0.01 * ga.area) for _, gb in B]
        facts.check(f"one {a} in each {b}", bool(B) and all(p == 1 for p in per), f"per {b}: {per}")


# ------------------------------------------------------------------ sets
def check_sets(out, gold, facts):
    S = layout_shapes(out)
    # gold names are lower case: a set "A" and an element "a" fold together — the region is the set
    low = {k.lower(): v for k, v in S.items() if v is None or v.geom_type not in ("Point", "MultiPoint")}
    low.update({k.lower(): v for k, v in S.items() if k.lower() not in low})
    names = [n.lower() for n in gold.get("sets", [])]
    for n in names:
        facts.check(f"set {n} drawn", n in low, "", missing=True)
    for k, g in low.items():
        # an element is drawn as a point (a dot with its name), not a region: only regions are sets
        if k not in names and not (g is not None and g.geom_type in ("Point", "MultiPoint")):
            facts.add(f"no extra region {k}", WRONG, "layout has a region not asked for")

    def get(n):
        return low.get(n.lower())

    for a, b in gold.get("overlap", []):
        A, B = get(a), get(b)
        if A is None or B is None:
            facts.add(f"{a} overlaps {b}", MISSING, "set absent")
            continue
        inter = A.intersection(B).area
        m = min(A.area, B.area)
        ok = inter > 0.01 * m and A.difference(B).area > 0.01 * A.area and B.difference(A).area > 0.01 * B.area
        facts.check(f"{a} overlaps {b}", ok, f"intersection {inter / m:.3f} of smaller")
    for a, b in gold.get("subset", []):
        A, B = get(a), get(b)
        if A is None or B is None:
            facts.add(f"{a} ⊂ {b}", MISSING, "set absent")
            continue
        frac = A.difference(B).area / A.area
        facts.check(f"{a} ⊂ {b}", frac <= 0.01, f"{frac:.3f} of {a} outside {b}")
    for a, b in gold.get("disjoint", []):
        A, B = get(a), get(b)
        if A is None or B is None:
            facts.add(f"{a} ∩ {b} = ∅", MISSING, "set absent")
            continue
        inter = A.intersection(B).area / min(A.area, B.area)
        facts.check(f"{a} ∩ {b} = ∅", inter <= 0.005, f"intersection {inter:.3f}")
    for grp in gold.get("common", []):
        gs = [get(n) for n in grp]
        if any(g is None for g in gs):
            facts.add(f"common region {grp}", MISSING, "set absent")
            continue
        inter = gs[0]
        for g in gs[1:]:
            inter = inter.intersection(g)
        facts.check(f"common region {'∩'.join(grp)}", inter.area > 0, f"area {inter.area:.1f}")


# ------------------------------------------------------------------ crystal
def classify_crystal(struct):
    lat = struct.lattice
    cubic = close(lat.a, lat.b, 0.001) and close(lat.a, lat.c, 0.001) and all(
        abs(x - 90) < 0.01 for x in lat.angles)
    if not cubic:
        return None, f"not a cubic conventional cell: {lat.abc} {lat.angles}"
    pos = defaultdict(set)
    for site in struct:
        f = tuple(round(x % 1.0, 3) % 1.0 for x in site.frac_coords)
        pos[site.specie.symbol].add(f)
    counts = {k: len(v) for k, v in pos.items()}

    def shifted(P, d):
        return {tuple(round((p[i] + d[i]) % 1.0, 3) % 1.0 for i in range(3)) for p in P}

    def lattice_type(P):
        P0 = next(iter(P))
        T = {tuple(round((p[i] - P0[i]) % 1.0, 3) % 1.0 for i in range(3)) for p in P}
        if T == {(0, 0, 0)}:
            return "P"
        if T == {(0, 0, 0), (0.5, 0.5, 0.5)}:
            return "I"
        if T == {(0, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5), (0, 0.5, 0.5)}:
            return "F"
        fcc = {(0, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5), (0, 0.5, 0.5)}
        if len(T) == 8 and (T == fcc | shifted(fcc, (0.25, 0.25, 0.25))
                            or T == fcc | shifted(fcc, (0.75, 0.75, 0.75))):
            return "D"
        return f"?{len(T)}"

    els = sorted(pos)
    if len(els) == 1:
        t = lattice_type(pos[els[0]])
        return {"P": "sc", "I": "bcc", "F": "fcc", "D": "diamond"}.get(t, "unknown " + t), counts
    if len(els) == 2:
        A, B = pos[els[0]], pos[els[1]]
        ta, tb = lattice_type(A), lattice_type(B)
        a0, b0 = next(iter(A)), next(iter(B))
        d = tuple(round((b0[i] - a0[i]) % 1.0, 3) % 1.0 for i in range(3))
        if ta == tb == "P" and d == (0.5, 0.5, 0.5):
            return "cscl", counts
        if ta == tb == "F":
            fcc = {(0, 0, 0), (0.5, 0.5, 0), (0.5, 0, 0.5), (0, 0.5, 0.5)}
            if shifted(fcc, d) & {(0.5, 0.5, 0.5), (0.5, 0, 0), (0, 0.5, 0), (0, 0, 0.5)} == shifted(fcc, d):
                return "rocksalt", counts
            return "zincblende?", counts
        return f"unknown {ta}/{tb} d={d}", counts
    return "unknown", counts


def check_crystal(out, gold, facts):
    if not need(out, "structure.cif", facts, gold):
        return
    import warnings
    from pymatgen.io.cif import CifParser
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = CifParser(str(out / "structure.cif"))
        try:
            st = p.parse_structures(primitive=False)[0]
        except AttributeError:
            st = p.get_structures(primitive=False)[0]
    kind, info = classify_crystal(st)
    if "structure" in gold:
        facts.check(f"structure {gold['structure']}", kind == gold["structure"], f"CIF atoms classify as {kind} {info}")
    if "elements" in gold:
        got = sorted({s.specie.symbol for s in st})
        facts.check(f"elements {gold['elements']}", got == sorted(gold["elements"]), f"CIF has {got}")
    if "a" in gold:
        facts.check(f"a = {gold['a']} Å", close(st.lattice.a, gold["a"], 0.005), f"CIF a = {st.lattice.a:.4f}")
    # the drawing: every element of the CIF appears in layout.json
    S = layout_shapes(out)
    drawn = {re.sub(r"_\d+$", "", k) for k in S}
    els = {s.specie.symbol for s in st}
    facts.check("every CIF element drawn", els <= drawn, f"layout kinds {sorted(drawn)}")


# ------------------------------------------------------------------ astronomy
def check_astronomy(out, gold, facts):
    S = layout_shapes(out)
    sol = {}
    if (out / "orbits.json").exists():
        sol = {k.lower(): v for k, v in load_json(out / "orbits.json").get("solution", {}).items()}
    else:
        facts.add("orbits.json written", MISSING, "")
    bodies = {k: g for k, g in S.items() if not k.startswith("orbit_") and g is not None}
    rings = {k[len("orbit_"):]: g for k, g in S.items() if k.startswith("orbit_") and g is not None}
    central_names = {"sun", "star"}

    def bid(name):
        n = name.lower()
        if n in bodies:
            return n
        numbered = [b for b in bodies if re.fullmatch(re.escape(n) + r"\d+", b)]
        if len(numbered) == 1:
            return numbered[0]   # an unnamed body of a kind gets a number: "a comet" is comet1
        if n in central_names:
            for c in ("sun", "star"):
                if c in bodies:
                    return c
        return None

    def parent(b):
        if b in rings:   # an ellipse's body sits at a focus, not at its centre (Kepler I); nesy's are axis-aligned
            from shapely.geometry import Point
            x0, y0, x1, y1 = rings[b].bounds
            A, B = max(x1 - x0, y1 - y0) / 2, min(x1 - x0, y1 - y0) / 2
            cx, cy, c = (x0 + x1) / 2, (y0 + y1) / 2, math.sqrt(max(A * A - B * B, 0.0))
            foci = [(cx + c, cy), (cx - c, cy)] if x1 - x0 >= y1 - y0 else [(cx, cy + c), (cx, cy - c)]
            cands = [(min(bodies[o].centroid.distance(Point(f)) for f in foci), o) for o in bodies if o != b]
        else:
            ref = bodies[b].centroid
            cands = [(bodies[o].centroid.distance(ref), o) for o in bodies if o != b]
        return min(cands)[1] if cands else None

    def radius(b):
        if b in sol and "a_au" in sol[b]:
            return ("au", sol[b]["a_au"])
        if b in rings:
            x0, y0, x1, y1 = rings[b].bounds
            return ("px", max(x1 - x0, y1 - y0) / 2)
        p = parent(b)
        return ("px", bodies[b].centroid.distance(bodies[p].centroid)) if p else (None, None)

    named = set()
    for b, c in gold.get("orbits", []):
        ib, ic = bid(b), bid(c)
        named |= {x for x in (ib, ic) if x}
        if ib is None or ic is None:
            facts.add(f"{b} orbits {c}", MISSING, f"body absent in layout ({sorted(bodies)})")
            continue
        p = parent(ib)
        facts.check(f"{b} orbits {c}", p == ic, f"nearest centre to {b}'s orbit is {p}")
    if "order" in gold:
        ids = [bid(b) for b in gold["order"]]
        if None in ids:
            facts.add(f"order {gold['order']}", MISSING, "body absent")
        else:
            rs = [radius(i) for i in ids]
            units = {u for u, _ in rs}
            if len(units) != 1 or None in units:
                facts.add(f"order {gold['order']}", UNCHECKED, f"mixed radii {rs}")
            else:
                vals = [v for _, v in rs]
                facts.check(f"order {gold['order']}", all(x < y for x, y in zip(vals, vals[1:])), f"radii {rs}")
    for b, au in gold.get("distances_au", {}).items():
        i = bid(b)
        if i is None:
            facts.add(f"{b} at {au} AU", MISSING, "body absent")
        elif i in sol and "a_au" in sol[i]:
            facts.check(f"{b} at {au} AU", close(sol[i]["a_au"], au, 0.02), f"orbits.json a = {sol[i]['a_au']}")
        else:
            facts.add(f"{b} at {au} AU", UNCHECKED, "no a_au for it in orbits.json")
    if "distances_au_set" in gold:
        got = sorted(v["a_au"] for v in sol.values() if "a_au" in v)
        want = sorted(gold["distances_au_set"])
        facts.check(f"distances {want} AU", len(got) == len(want) and all(close(x, y, 0.02) for x, y in zip(got, want)),
                    f"orbits.json a = {got}")
    if "orbiting_count" in gold:
        n = len([b for b in bodies if b not in central_names])
        facts.check(f"{gold['orbiting_count']} orbiting bodies", n == gold["orbiting_count"], f"layout bodies {sorted(bodies)}")
    if named:
        extra = [b for b in bodies if b not in named]
        if extra:
            facts.add("no invented bodies", WRONG, f"layout also has {extra}")
    # ratio of drawn radii to AU (linear scale) for bodies with a_au and a ring; a ring orbits.json says is
    # drawn on no scale ("scale": "schematic": a moon's ring about its planet in a Sun-centred figure) is not one
    pairs = [(rings[b], sol[b]["a_au"]) for b in rings
             if b in sol and "a_au" in sol[b] and sol[b].get("scale", "linear") == "linear"]
    if len(pairs) >= 2 and load_json(out / "orbits.json").get("scale") == "linear":
        ks = [max(g.bounds[2] - g.bounds[0], g.bounds[3] - g.bounds[1]) / 2 / a for g, a in pairs]
        facts.check("drawn orbit sizes proportional to a (linear scale)", max(ks) / min(ks) < 1.1, f"px/AU {[round(k, 1) for k in ks]}")


# ------------------------------------------------------------------ optics
def check_optics(out, gold, facts):
    if not need(out, "optics.json", facts, gold):
        return
    O = load_json(out / "optics.json")
    kind, f = O.get("kind"), O.get("f_cm")
    if kind is None or f is None:
        facts.add("element", MISSING, str(O))
        return
    elem = {("lens", True): "converging_lens", ("lens", False): "diverging_lens",
            ("mirror", True): "concave_mirror", ("mirror", False): "convex_mirror"}.get((kind, f > 0), kind)
    if "element" in gold:
        facts.check(f"element {gold['element']}", elem == gold["element"], f"optics.json kind={kind} f={f}")
    if "f" in gold:
        facts.check(f"|f| = {gold['f']} cm", close(abs(f), gold["f"], 0.005), f"f_cm={f}")
    if "do" in gold:
        facts.check(f"do = {gold['do']} cm", close(abs(O.get("do_cm", math.nan)), gold["do"], 0.005), f"do_cm={O.get('do_cm')}")
    if "image" in gold:
        facts.check(f"image {gold['image']}", O.get("real") == (gold["image"] == "real"), f"real={O.get('real')}")
    if "di" in gold:
        di = O.get("di_cm")
        facts.check(f"|di| = {gold['di']} cm", di is not None and close(abs(di), gold["di"], 0.005), f"di_cm={di}")
        if di is not None and "image" in gold:
            facts.check("sign of di matches real/virtual", (di > 0) == (gold["image"] == "real"), f"di_cm={di}")
    if "m" in gold:
        m = O.get("m")
        facts.check(f"m = {gold['m']}", m is not None and abs(m - gold["m"]) <= 0.005 + 0.005 * abs(gold["m"]), f"m={m}")
    if "hi" in gold:
        hi = O.get("hi_cm")
        facts.check(f"|hi| = {gold['hi']} cm", hi is not None and close(abs(hi), gold["hi"], 0.01), f"hi_cm={hi}")
    # the drawing: object and image positions against the element, along the axis
    try:
        S = layout_shapes(out)
        from shapely.geometry import LineString
        axis = S["axis"]
        ay = axis.coords[0][1]
        cross = S["element"].intersection(LineString([(axis.bounds[0], ay), (axis.bounds[2], ay)]))
        ex = cross.centroid.x if not cross.is_empty else S["element"].centroid.x
        ox = S["object"].coords[0][0]
        img = S.get("image") or S.get("image_head")
        ix = img.coords[0][0] if img.geom_type == "LineString" else img.centroid.x
        d_o, d_i = abs(ox - ex), abs(ix - ex)
        same_side = (ix - ex) * (ox - ex) > 0
        want_same = (gold.get("image") == "virtual") if kind == "lens" else (gold.get("image") == "real")
        if "di" in gold and "do" in gold:
            facts.check("drawn di/do ratio", close(d_i / d_o, gold["di"] / gold["do"], 0.05),
                        f"drawn {d_i:.1f}/{d_o:.1f} px = {d_i / d_o:.3f}, want {gold['di'] / gold['do']:.3f}")
        if "image" in gold:
            facts.check("drawn image on the right side", same_side == want_same, f"object x {ox:.1f}, element x {ex:.1f}, image x {ix:.1f}")
    except Exception as e:  # noqa: BLE001
        facts.add("drawn positions", UNCHECKED, f"layout not readable: {e!r}")


# ------------------------------------------------------------------ geometry
def check_geometry(out, gold, facts):
    if not need(out, "figure.json", facts, gold):
        return
    F = load_json(out / "figure.json")
    # gold lengths are in cm; figure.json gives its own unit (the text's: "60 mm sides" stays in mm)
    to_cm = {"mm": 0.1, "cm": 1.0, "m": 100.0, "in": 2.54, "inch": 2.54, "km": 1e5}.get(F.get("unit") or "cm", 1.0)
    V = {k: tuple(x * to_cm for x in v) for k, v in (F.get("vertices") or {}).items()}
    for key in ("circle", "circumcircle", "incircle"):   # (every circle in the figure's unit, as the vertices)
        if F.get(key):
            c = F[key]
            F[key] = [c[0] * to_cm, c[1] * to_cm, c[2] * to_cm] + list(c[3:])
    S = layout_shapes(out)
    edges = []
    for k in S:
        m = re.fullmatch(r"side_([A-Z][′']?\d*)([A-Z][′']?\d*)", k)
        if m:
            edges.append((m.group(1), m.group(2)))
    if "polygon" in gold:
        facts.check(f"{gold['polygon']} vertices", len(V) == gold["polygon"], f"figure.json vertices {list(V)}",
                    missing=not V)
        facts.check(f"{gold['polygon']} sides drawn", len(edges) == gold["polygon"], f"layout sides {edges}",
                    missing=not edges)

    def dist(a, b):
        return math.dist(V[a], V[b])

    for name, L in gold.get("sides", {}).items():
        a, b = name[0], name[1]
        if a not in V or b not in V:
            facts.add(f"{name} = {L}", MISSING, f"vertices {list(V)}")
        else:
            facts.check(f"{name} = {L}", close(dist(a, b), L, 0.01), f"|{name}| = {dist(a, b):.3f} from vertices")
    nb = defaultdict(list)
    for a, b in edges:
        nb[a].append(b)
        nb[b].append(a)

    def angle(v):
        if v not in V or len(nb[v]) != 2 or any(n not in V for n in nb[v]):
            return None
        (x, y), (x1, y1), (x2, y2) = V[v], V[nb[v][0]], V[nb[v][1]]
        a1, a2 = math.atan2(y1 - y, x1 - x), math.atan2(y2 - y, x2 - x)
        d = abs(math.degrees(a1 - a2)) % 360
        return min(d, 360 - d)

    for v, deg in gold.get("angles", {}).items():
        a = angle(v)
        if a is None:
            facts.add(f"angle {v} = {deg}°", MISSING, "vertex or its sides absent")
        else:
            facts.check(f"angle {v} = {deg}°", abs(a - deg) <= 0.5, f"{a:.2f}° from vertices")
    if "side_multiset" in gold:
        got = sorted(dist(a, b) for a, b in edges if a in V and b in V)
        want = sorted(gold["side_multiset"])
        facts.check(f"sides {want}", len(got) == len(want) and all(close(x, y, 0.01) for x, y in zip(got, want)),
                    f"sides from vertices {[round(x, 3) for x in got]}", missing=not got)
    if "angle_multiset" in gold:
        got = sorted(a for a in (angle(v) for v in V) if a is not None)
        want = sorted(gold["angle_multiset"])
        facts.check(f"angles {want}", len(got) == len(want) and all(abs(x - y) <= 0.5 for x, y in zip(got, want)),
                    f"angles {[round(x, 2) for x in got]}", missing=not got)
    if "radius" in gold:
        # the figure's own circle, or the circle drawn around / inside a polygon ("a regular hexagon inscribed in a
        # circle of radius 5 cm" draws the polygon with its circumcircle)
        c = F.get("circle") or F.get("circumcircle") or F.get("incircle")
        facts.check(f"radius {gold['radius']}", bool(c) and close(c[2], gold["radius"], 0.01), f"circle {c}", missing=not c)
    # the drawing: vertex markers in layout.json similar to figure.json vertices (one scale factor)
    pts = {k[len("vertex_"):]: S[k].centroid for k in S if k.startswith("vertex_") and S[k] is not None}
    common = [k for k in V if k in pts]
    if len(common) >= 3:
        ks = [pts[a].distance(pts[b]) / dist(a, b) for a, b in itertools.combinations(common, 2) if dist(a, b) > 0]
        facts.check("drawing to scale (vertex markers)", max(ks) / min(ks) < 1.03, f"px/cm {min(ks):.2f}..{max(ks):.2f}")


# ------------------------------------------------------------------ mechanics
FORCE_KIND = {"weight": "gravity", "gravity": "gravity", "normal": "normal", "friction": "friction",
              "tension": "tension", "applied": "applied", "push": "applied", "pull": "applied"}


def check_mechanics(out, gold, facts):
    if not need(out, "forces.json", facts, gold.get("forces", {})):
        return
    F = load_json(out / "forces.json")
    # "weight2", "tension2": the second body's force of the same kind (an Atwood machine's two masses)
    forces = [(FORCE_KIND.get(re.sub(r"\d+$", "", f["kind"]), re.sub(r"\d+$", "", f["kind"])), f)
              for b in F.get("bodies", []) for f in b.get("forces", [])]
    got = defaultdict(list)
    for k, f in forces:
        got[k].append(f)
    S = layout_shapes(out)
    for k, n in gold.get("forces", {}).items():
        fs = got.get(k, [])
        if not fs:
            facts.add(f"{k} {n} N", MISSING, f"forces.json kinds {sorted(got)}")
            continue
        vals = [f["newtons"] for f in fs]
        if all(v is None for v in vals):
            # a force nesy writes with no value (newtons null, drawn as a symbol) omits the stated value: not drawn
            facts.add(f"{k} {n} N", MISSING, f"forces.json {k} = [None] (a symbol, no value)")
        else:
            facts.check(f"{k} {n} N", any(v is not None and close(v, n, 0.02) for v in vals),
                        f"forces.json {k} = {[None if v is None else round(v, 2) for v in vals]}")
        if k == "gravity":
            facts.check("gravity points down", all(abs(f.get("direction_deg", -90) + 90) < 0.5 for f in fs),
                        f"{[f.get('direction_deg') for f in fs]}")
        raw = fs[0]["kind"]
        facts.check(f"{k} arrow drawn", any(s.startswith(raw) for s in S), f"layout ids {sorted(S)[:12]}…")
    for k in gold.get("absent", []):
        fs = got.get(k, [])
        facts.check(f"no {k}", not fs or all(f["newtons"] is not None and abs(f["newtons"]) < 1e-6 for f in fs),
                    f"forces.json {k} = {[None if f['newtons'] is None else round(f['newtons'], 2) for f in fs]}")
    extra = [k for k in got if k not in gold.get("forces", {}) and k not in gold.get("absent", [])]
    for k in extra:
        facts.add(f"no invented {k}", WRONG,
                  f"forces.json {k} = {[None if f['newtons'] is None else round(f['newtons'], 2) for f in got[k]]}")
    # balance: a body at rest or moving uniformly should have zero net force unless accel is given
    for b in F.get("bodies", []):
        if any(f["newtons"] is None for f in b.get("forces", [])):
            continue    # a force with no value (newtons null) takes no part in a numeric balance
        fx = sum(f["newtons"] * math.cos(math.radians(f.get("direction_deg", 0))) for f in b.get("forces", []))
        fy = sum(f["newtons"] * math.sin(math.radians(f.get("direction_deg", 0))) for f in b.get("forces", []))
        m = b.get("mass_kg")
        acc = b.get("accel") or [0, 0]
        if m:
            ex, ey = fx - m * acc[0], fy - m * acc[1]
            facts.check("Newton's 2nd law holds in forces.json", math.hypot(ex, ey) <= 0.02 * max(1, m * 9.8),
                        f"ΣF - ma = ({ex:.2f}, {ey:.2f}) N")


# ------------------------------------------------------------------ circuits
SUFFIX = {"f": 1e-15, "p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "m": 1e-3, "k": 1e3, "meg": 1e6, "g": 1e9, "t": 1e12}


def spice_value(tok: str) -> float:
    t = tok.lower()
    m = re.fullmatch(r"([-+]?\d*\.?\d+(?:e[-+]?\d+)?)(meg|[fpnuµmkgt])?[a-zω]*", t)
    if not m:
        raise ValueError(tok)
    return float(m.group(1)) * SUFFIX.get(m.group(2) or "", 1.0)


def parse_netlist(p: Path):
    comps = []
    for line in p.read_text().splitlines():
        s = line.strip()
        if not s or s.startswith("*") or s.startswith("."):
            continue
        parts = s.split()
        name = parts[0]
        kind = name[0].upper()
        vals = [x for x in parts[3:] if x.upper() not in ("DC", "AC")]
        try:
            v = spice_value(vals[0]) if vals else math.nan
        except ValueError:
            v = math.nan
        note = s.split(";", 1)[1].strip().lower() if ";" in s else ""
        comps.append({"name": name, "kind": kind, "nodes": (parts[1], parts[2]), "value": v, "note": note})
    return comps


# instruments a netlist models with a stand-in element (an ammeter as a 0 V source, a closed switch as a
# milliohm, a voltmeter as a teraohm; nesy marks them with a "; kind" comment): no gold key exists for them,
# so they are allowed exactly when the text names that kind of part, and they never count as a source or
# resistor of the gold. A voltmeter (ideally infinite resistance) is left out of the topology.
INSTRUMENT_WORDS = {"ammeter": r"ammeter|ampmeter|\bamp ?meter", "voltmeter": r"volt ?meter",
                    "switch": r"switch"}


def split_instruments(comps, text):
    kept = []
    for c in comps:
        pat = INSTRUMENT_WORDS.get(c.get("note", ""))
        if pat and re.search(pat, text or "", re.I):
            continue
        kept.append(c)
    return kept


def check_circuits(out, gold, facts):
    if not need(out, "circuit.cir", facts, gold):
        return
    comps = split_instruments(parse_netlist(out / "circuit.cir"), gold.get("_text", ""))
    by = defaultdict(list)
    for c in comps:
        by[c["kind"]].append(c)
    for key, kind in (("sources", "V"), ("resistors", "R"), ("capacitors", "C")):
        want = sorted(float(x) for x in gold.get(key, []))   # YAML reads 1e-06 as a string
        got = sorted(c["value"] for c in by.get(kind, []))
        facts.check(f"{key} {want}", len(got) == len(want) and all(close(x, y, 0.01) for x, y in zip(got, want)),
                    f"netlist {kind}: {got}", missing=len(got) < len(want) and all(
                        any(close(g, w, 0.01) for w in want) for g in got))
    for kind in by:
        if kind not in ("V", "R", "C", "I") or (kind == "I" and "sources" not in gold):
            facts.add(f"no invented {kind}", WRONG, f"netlist has {[c['name'] for c in by[kind]]}")
    # topology
    deg = Counter(n for c in comps for n in c["nodes"])
    parent = {c["name"]: c["name"] for c in comps}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in itertools.combinations(comps, 2):
        shared = set(a["nodes"]) & set(b["nodes"])
        if any(deg[n] == 2 for n in shared):
            parent[find(a["name"])] = find(b["name"])

    def assignments(group):
        pools = []
        for g in group:
            if g == "V":
                pools.append([c for c in comps if c["kind"] in ("V", "I")])
            else:
                pools.append([c for c in comps if c["kind"] in ("R", "C") and close(c["value"], float(g), 0.01)])
        for combo in itertools.product(*pools):
            if len({c["name"] for c in combo}) == len(combo):
                yield combo

    for grp in gold.get("series", []):
        cands = list(assignments(grp))
        if not cands:
            facts.add(f"series {grp}", MISSING, "components absent")
            continue
        ok = any(len({find(c["name"]) for c in combo}) == 1 for combo in cands)
        facts.check(f"series {grp}", ok, f"netlist: {[(c['name'], c['nodes']) for c in comps]}")
    for grp in gold.get("parallel", []):
        cands = list(assignments(grp))
        if not cands:
            facts.add(f"parallel {grp}", MISSING, "components absent")
            continue
        ok = any(len({frozenset(c["nodes"]) for c in combo}) == 1 for combo in cands)
        facts.check(f"parallel {grp}", ok, f"netlist: {[(c['name'], c['nodes']) for c in comps]}")
    # the drawing: every netlist component has shapes in layout.json
    S = layout_shapes(out)
    drawn = {k.split("#")[0] for k in S}
    # a SPICE line names its element type first ("RLP1 … ; lamp": the lamp LP1 modelled as a resistor)
    missing = [c["name"] for c in comps if c["name"] not in drawn and not (c.get("note") and c["name"][1:] in drawn)]
    facts.check("every netlist component drawn", not missing, f"not in layout: {missing}")


# ------------------------------------------------------------------ automata
EPS = {"ε", "eps", "epsilon", "λ", "lambda", "", "e"}


def norm_sym(s):
    s = str(s).strip().strip("'\"")
    return "eps" if s.lower() in EPS or s in EPS else s


def accepts(A, word):
    delta = defaultdict(set)
    for t in A["transitions"]:
        delta[(t["from"], norm_sym(t["symbol"]))].add(t["to"])

    def closure(S):
        S, stack = set(S), list(S)
        while stack:
            q = stack.pop()
            for r in delta[(q, "eps")]:
                if r not in S:
                    S.add(r)
                    stack.append(r)
        return S

    cur = closure(A["start"] if isinstance(A["start"], list) else [A["start"]])
    for ch in word:
        cur = closure({r for q in cur for r in delta[(q, ch)]})
    return bool(cur & set(A["accepting"]))


def check_automata(out, gold, facts):
    if not need(out, "automaton.json", facts, gold):
        return
    A = load_json(out / "automaton.json")
    states = [str(s) for s in A.get("states", [])]
    start = A.get("start")
    start = [str(s) for s in (start if isinstance(start, list) else [start])]
    acc = [str(s) for s in A.get("accepting", [])]
    trans = {(str(t["from"]), norm_sym(t["symbol"]), str(t["to"])) for t in A.get("transitions", [])}
    if "states" in gold:
        want = set(map(str, gold["states"]))
        facts.check(f"states {sorted(want)}", set(states) == want, f"automaton.json states {states}",
                    missing=set(states) < want)
    if "start" in gold:
        facts.check(f"start {gold['start']}", start == [str(gold["start"])], f"start {start}", missing=not start)
    if "accepting" in gold:
        want = set(map(str, gold["accepting"]))
        facts.check(f"accepting {sorted(want)}", set(acc) == want, f"accepting {acc}", missing=set(acc) < want)
    if "transitions" in gold:
        want = {(str(a), norm_sym(s), str(b)) for a, s, b in gold["transitions"]}
        miss, extra = want - trans, trans - want
        if extra and gold.get("exact_transitions"):
            facts.add("transitions", WRONG, f"invented {sorted(extra)}; missing {sorted(miss)}")
        elif miss:
            facts.add("transitions", MISSING, f"missing {sorted(miss)}")
        else:
            facts.add("transitions", OK, f"{len(trans)} transitions")
    A2 = {"start": start, "accepting": acc, "transitions": [{"from": a, "symbol": s, "to": b} for a, s, b in trans]}
    for w in gold.get("accepts", []):
        facts.check(f"accepts '{w}'", accepts(A2, str(w)), "simulated from automaton.json")
    for w in gold.get("rejects", []):
        facts.check(f"rejects '{w}'", not accepts(A2, str(w)), "simulated from automaton.json")
    # the drawing: every state and every transition's edge appear in layout.json
    S = layout_shapes(out)
    edge_pairs = set()
    for k in S:
        m = re.fullmatch(r"edge\d*:(.+)->(.+)", k)
        if m:
            edge_pairs.add((m.group(1), m.group(2)))
    nodraw = [s for s in states if s not in S]
    facts.check("every state drawn", not nodraw, f"not in layout: {nodraw}")
    noedge = sorted({(a, b) for a, _, b in trans} - edge_pairs)
    facts.check("every transition drawn", not noedge, f"edges not in layout: {noedge}")


# ------------------------------------------------------------------ microscopy
def check_microscopy(out, gold, facts):
    if not need(out, "labels.png", facts, gold):
        return
    import numpy as np
    from PIL import Image
    lab = np.array(Image.open(out / "labels.png"))
    ids = [int(i) for i in np.unique(lab) if i != 0]
    n = gold["nuclei"]
    facts.check(f"{n} nuclei in labels.png", len(ids) == n, f"labels.png has {len(ids)} instance ids")
    S = layout_shapes(out)
    nl = len([k for k in S if k.lower().startswith("nucle")])
    facts.check(f"{n} nuclei in layout.json", nl == n, f"layout has {nl}")
    # instances are whole objects: each label one connected region of reasonable size
    try:
        from scipy import ndimage
        split = [i for i in ids if ndimage.label(lab == i)[1] != 1]
        facts.check("each nucleus one connected region", not split, f"split labels {split}")
    except ImportError:
        facts.add("each nucleus one connected region", UNCHECKED, "scipy missing")


CHECKERS = {"cell": check_cell, "sets": check_sets, "crystal": check_crystal, "astronomy": check_astronomy,
            "optics": check_optics, "geometry": check_geometry, "mechanics": check_mechanics,
            "circuits": check_circuits, "automata": check_automata, "microscopy": check_microscopy}


# ------------------------------------------------------------------ running and classifying
def quoted_phrases(msg: str):
    pat = r"(?<!\w)'([^']+)'(?!\w)|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”"
    return [next(g for g in m.groups() if g) for m in re.finditer(pat, msg)]


def names_phrase(msg: str, text: str) -> list[str]:
    t = text.lower()
    return [q for q in quoted_phrases(msg) if q.strip() and q.lower() in t]


def run_one(req, keep_root: Path):
    out = keep_root / req["id"]
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "nesy", "generate", req["text"], "-o", str(out)]
    t0 = time.time()
    try:
        p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, so, se = None, (e.stdout or b"").decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or ""), ""
    dt = time.time() - t0
    res = {"id": req["id"], "science": req["science"], "expect": req["expect"], "text": req["text"],
           "rc": rc, "seconds": round(dt, 2), "stdout": so[-2000:], "stderr": se[-3000:], "out": str(out)}
    try:
        classify(req, res, out)
    except Exception as e:  # noqa: BLE001 - a checker bug must not hide the result
        import traceback
        res["class"] = "checker_error"
        res["reason"] = f"benchmark checker raised {e!r}: {traceback.format_exc()[-800:]}"
    return res


def classify(req, res, out: Path):
    rc, se, text = res["rc"], res["stderr"], req["text"]
    msg = (res["stdout"] + "\n" + se)
    man = out / "manifest.json"
    if man.exists():
        try:
            res["science_chosen"] = load_json(man).get("domain")
        except Exception:  # noqa: BLE001
            pass
    ver = out / "verdict.json"
    if ver.exists() and rc in (0, 7, 5):
        V = load_json(ver)
        res["verdict_status"] = V.get("status")
        res["not_drawn"] = [d.get("text") for d in V.get("not_drawn", [])]
    if rc is None or rc == 4:
        res["class"], res["reason"] = "timeout", f"no answer in {TIMEOUT} s" if rc is None else "exit 4"
        return
    if rc == 70 or "Traceback (most recent call last)" in msg:
        res["class"], res["reason"] = "crash", f"exit {rc}: " + se.strip()[-400:]
        return
    if rc == 5:
        res["class"], res["reason"] = "failed_verification", se.strip()[-300:]
        return
    exp = req["expect"]
    if rc in (2, 3):
        named = names_phrase(msg, text)
        res["named_phrases"] = named
        if exp == "figure":
            res["class"] = "refused_clearly" if named else "refused_unclear"
            res["reason"] = ("a possible request called impossible, " if rc == 3 else "") + f"exit {rc}: " + se.strip()[:400]
        elif exp == "impossible":
            words = [str(w).lower() for w in req.get("gold", {}).get("conflict", [])]
            hit = [w for w in words if w in msg.lower()]
            if rc == 3 and (hit or named):
                res["class"], res["reason"] = "correctly_refused", f"exit 3 naming {named or hit}"
            elif rc == 3:
                res["class"], res["reason"] = "refused_unclear", "exit 3 without naming the conflicting phrases: " + se.strip()[:300]
            else:
                res["class"], res["reason"] = "refused_other_code", f"exit 2 (bad input) for an impossible text: " + se.strip()[:300]
        else:
            sci = [s for s in SCIENCES if s in msg.lower()]
            res["sciences_named"] = sci
            if rc == 2 and len(sci) >= 3:
                res["class"], res["reason"] = "correctly_refused", f"exit 2 naming {len(sci)} sciences"
            elif rc == 2:
                res["class"], res["reason"] = "refused_unclear", "exit 2 without listing what nesy can draw: " + se.strip()[:300]
            else:
                res["class"], res["reason"] = "refused_other_code", "exit 3 (impossible) for an out-of-scope text: " + se.strip()[:300]
        return
    if rc not in (0, 7):
        res["class"], res["reason"] = "crash", f"unexpected exit {rc}: " + se.strip()[-300:]
        return
    if not (out / "figure.png").exists():
        res["class"], res["reason"] = "verified_but_wrong", f"exit {rc} but no figure.png"
        return
    if exp == "impossible":
        nd = " ".join(res.get("not_drawn", [])).lower()
        words = [str(w).lower() for w in req.get("gold", {}).get("conflict", [])]
        if rc == 7 and any(w in nd for w in words):
            res["class"] = "omissions"
            res["reason"] = f"drew the rest and listed the conflicting words as not drawn: {res.get('not_drawn')}"
        else:
            res["class"] = "verified_but_wrong"
            res["reason"] = f"exit {rc}: drew a figure for an impossible request (not drawn: {res.get('not_drawn')})"
        return
    if exp == "out_of_scope":
        res["class"] = "verified_but_wrong"
        res["reason"] = f"exit {rc}: drew a {res.get('science_chosen')} figure for an out-of-scope request"
        return
    facts = Facts()
    sci = req["science"]
    chosen = res.get("science_chosen")
    if chosen and chosen != sci:
        facts.add(f"science {sci}", WRONG, f"nesy drew it as {chosen}")
    else:
        CHECKERS[sci](out, {**req.get("gold", {}), "_text": req["text"]}, facts)
    res["facts"] = facts.items
    st = facts.statuses()
    bad = [f"{i['fact']} ({i['detail']})" for i in facts.items if i["status"] == WRONG]
    miss = [f"{i['fact']} ({i['detail']})" for i in facts.items if i["status"] == MISSING]
    unch = [f"{i['fact']} ({i['detail']})" for i in facts.items if i["status"] == UNCHECKED]
    if bad:
        res["class"], res["reason"] = "verified_but_wrong", "; ".join(bad)
    elif miss and rc == 0:
        res["class"], res["reason"] = "verified_but_wrong", "exit 0 claims a complete figure but missing: " + "; ".join(miss)
    elif miss:
        res["class"], res["reason"] = "omissions", "missing: " + "; ".join(miss) + f" | not drawn: {res.get('not_drawn')}"
    elif unch:
        res["class"], res["reason"] = "unchecked", "; ".join(unch)
    else:
        res["class"] = "correct"
        res["reason"] = f"{st[OK]} facts checked" + (f" (exit 7; not drawn: {res.get('not_drawn')})" if rc == 7 else "")


CLASSES = ["correct", "verified_but_wrong", "omissions", "unchecked", "refused_clearly", "refused_unclear",
           "correctly_refused", "refused_other_code", "failed_verification", "crash", "timeout", "checker_error"]


def table(results):
    groups = defaultdict(list)
    for r in results:
        g = r["science"] if r["expect"] == "figure" else r["expect"]
        groups[g].append(r)
    order = SCIENCES + ["impossible", "out_of_scope"]
    cols = [c for c in CLASSES if any(r["class"] == c for r in results)]
    head = "| group | n | " + " | ".join(cols) + " | right |"
    lines = [head, "|" + "---|" * (len(cols) + 3)]
    tot = Counter()
    for g in order + sorted(set(groups) - set(order)):
        rs = groups.get(g)
        if not rs:
            continue
        c = Counter(r["class"] for r in rs)
        tot.update(c)
        right = c["correct"] + c["correctly_refused"]
        lines.append(f"| {g} | {len(rs)} | " + " | ".join(str(c[k]) for k in cols) + f" | {right}/{len(rs)} |")
    n = len(results)
    right = tot["correct"] + tot["correctly_refused"]
    lines.append(f"| **total** | {n} | " + " | ".join(f"**{tot[k]}**" for k in cols) + f" | **{right}/{n} = {100 * right / max(n, 1):.1f} %** |")
    return "\n".join(lines), tot


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", default=str(REQUESTS))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default=None, help="run only ids starting with this")
    ap.add_argument("--keep", default=None, help="keep each request's output folder under this directory")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "acceptance" / "results.json"))
    ap.add_argument("--markdown", default=str(ROOT / "benchmarks" / "acceptance" / "results.md"))
    a = ap.parse_args(argv)
    reqs = yaml.safe_load(Path(a.requests).read_text())["requests"]
    if a.only:
        reqs = [r for r in reqs if any(r["id"].startswith(x) for x in a.only.split(","))]
    keep_root = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="nesy_acceptance_"))
    keep_root.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    results = []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        futs = {ex.submit(run_one, r, keep_root): r for r in reqs}
        for f in cf.as_completed(futs):
            r = f.result()
            results.append(r)
            print(f"{r['id']:16s} exit {r['rc']!s:4s} {r['seconds']:6.1f}s  {r['class']:20s} {r['reason'][:150]}", flush=True)
    order = {r["id"]: i for i, r in enumerate(reqs)}
    results.sort(key=lambda r: order[r["id"]])
    tab, tot = table(results)
    n = len(results)
    figs = [r for r in results if r["expect"] == "figure"]
    summary = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip(),
        "n": n, "classes": dict(tot), "right": tot["correct"] + tot["correctly_refused"],
        "right_pct": round(100 * (tot["correct"] + tot["correctly_refused"]) / max(n, 1), 1),
        "figures_correct": sum(r["class"] == "correct" for r in figs), "figures_requested": len(figs),
        "verified_but_wrong": tot["verified_but_wrong"], "crash": tot["crash"],
        "possible_called_impossible": sum(r["expect"] == "figure" and r["rc"] == 3 for r in results),
        "refusals_naming_a_phrase": f"{sum(bool(r.get('named_phrases')) for r in results if r['rc'] in (2, 3))}"
                                    f"/{sum(r['rc'] in (2, 3) for r in results)}",
        "wall_s": round(time.time() - t0, 1), "outputs": str(keep_root),
        "command": "python benchmarks/bench_acceptance.py" + (f" --only {a.only}" if a.only else ""),
    }
    Path(a.json).write_text(json.dumps({"summary": summary, "results": results}, ensure_ascii=False, indent=1))
    md = [f"{summary['date']}, commit {summary['commit']}, {n} requests, {summary['wall_s']} s", "", tab, ""]
    Path(a.markdown).write_text("\n".join(md))
    print()
    print(tab)
    print()
    print(json.dumps(summary, indent=1))
    print("reproduce:", f"cd {shlex.quote(str(ROOT))} && . .venv/bin/activate && {summary['command']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
