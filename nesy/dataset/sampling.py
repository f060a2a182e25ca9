"""Scene samplers, one per science: facts first, then a sentence that says them.

Each sampler draws the *facts* of a scene (counts, relations, values) from the item's own seeded
generator, says them in varied English (``nesy.dataset.phrasing``), and can later compare what nesy's
parser read back from that sentence with the facts (``read_back``): a text whose reading differs is
never shipped with the facts as its label. ``impossible`` turns facts into a text that breaks one of the
science's laws (its label is the unsat core from ``nesy.explain``).

The facts (``Sample.truth``) are plain JSON; ``nesy.dataset.qa`` derives the question–answer pairs
from them.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from ..errors import InputError
from ..types import SceneGraph
from .phrasing import capitalise, choose, count_phrase, fmt_value, join, number, plural, shuffled

__all__ = ["Sample", "SAMPLERS", "SCIENCES", "sample", "impossible", "read_back", "CRYSTALS", "PLANETS_AU"]


@dataclass(frozen=True)
class Sample:
    """One sampled scene: its science, the sentence, and the facts it states (plain JSON)."""

    science: str
    text: str
    truth: dict[str, Any] = field(default_factory=dict)
    template: str = ""            # which phrasing family made the text (for the manifest's variety count)
    impossible: str | None = None  # the law an impossible text breaks, else None


def _weighted(rng: Any, weights: dict[str, float]) -> str:
    """A key of ``weights`` drawn in proportion to its weight (keys in sorted order, so the draw is stable)."""
    names = sorted(weights)
    x = rng.random() * sum(weights[n] for n in names)
    for n in names:
        x -= weights[n]
        if x < 0:
            return n
    return names[-1]


def _rng_int(rng: Any, lo_hi: list[int]) -> int:
    lo, hi = int(lo_hi[0]), int(lo_hi[1])
    return int(rng.integers(lo, hi + 1))


# ---------------------------------------------------------------- cell
_ORGANELLES = {"mitochondrion": "mitochondrion", "lysosome": "lysosome", "ribosome": "ribosome",
               "vesicle": "vesicle", "peroxisome": "peroxisome", "chloroplast": "chloroplast",
               "vacuole": "vacuole", "centrosome": "centrosome"}
_SINGLES = {"golgi": ("Golgi apparatus", "the Golgi apparatus", "a Golgi body"),
            "er": ("endoplasmic reticulum", "the endoplasmic reticulum", "a rough ER")}


def _cell(rng: Any, p: dict[str, Any]) -> Sample:
    n_cells = _rng_int(rng, p["cells"])
    ctype = choose(rng, ("animal", "plant", "eukaryotic", None))
    kinds = [k for k in _ORGANELLES if ctype == "plant" or k != "chloroplast"]
    n_kinds = min(_rng_int(rng, p["kinds"]), len(kinds))
    chosen = shuffled(rng, kinds)[:n_kinds]
    # one vacuole per cell: several make nesy's size laws grow the canvas past 50,000 px (reported upstream)
    counts = {k: 1 if k == "vacuole" else _rng_int(rng, p["count"]) for k in chosen}
    has_nucleus = rng.random() < 0.8
    nucleolus = bool(has_nucleus and rng.random() < 0.4)
    singles = [k for k in _SINGLES if rng.random() < 0.2]
    parts: list[tuple[str, str]] = []
    for k in chosen:
        parts.append((k, count_phrase(rng, counts[k], _ORGANELLES[k], p["number_words"])))
    for k in singles:
        parts.append((k, choose(rng, _SINGLES[k][1:]) if k == "golgi" else choose(rng, _SINGLES[k][1:])))
    if has_nucleus:
        nuc = choose(rng, ("a nucleus", "one nucleus", "a single nucleus", "a single cell nucleus"))
        if nucleolus:
            nuc += choose(rng, (" that contains a nucleolus", " containing a nucleolus", " which contains a nucleolus"))
        parts.append(("nucleus", nuc))
    if not parts:
        parts.append(("mitochondrion", count_phrase(rng, 2, "mitochondrion", p["number_words"])))
        counts["mitochondrion"] = 2
    # the nucleus with a nucleolus goes last or first: a relative clause in the middle of a list is ambiguous
    body = [x for x in parts if not (x[0] == "nucleus" and nucleolus)]
    body = shuffled(rng, body)
    if nucleolus:
        nucpart = [x for x in parts if x[0] == "nucleus"][0]
        # under "each", a nucleus-with-nucleolus first stops nesy's parser distributing the rest (reported
        # upstream): there it goes last
        body = body + [nucpart] if n_cells > 1 or rng.random() < 0.5 else [nucpart] + body
    # no Oxford comma under "each": nesy's parser then does not distribute the last item (reported upstream)
    lst = join([b for _, b in body], rng if n_cells == 1 else None)
    adj = f"{ctype} " if ctype else ""
    if n_cells == 1:
        art = "an" if adj[:1] in ("a", "e") else "a"
        tpl = int(rng.integers(4))
        if tpl == 0:
            text = f"{art.capitalize()} {adj}cell with {lst}"
        elif tpl == 1:
            text = f"{choose(rng, ('One', 'A single'))} {adj}cell containing {lst}"
        elif tpl == 2:
            text = f"Draw {art} {adj}cell that contains {lst}."
        else:
            text = capitalise(f"{lst} {choose(rng, ('are inside', 'are surrounded by', 'are enclosed in'))} {art} {adj}cell.")
    else:
        nw = number(rng, n_cells, p["number_words"])
        tpl = int(rng.integers(2)) + 4
        if tpl == 4:
            text = f"{capitalise(nw)} {adj}cells, each with {lst}"
        else:
            text = f"Draw {nw} {adj}cells, each containing {lst}."
    truth = {"cells": n_cells, "cell_type": ctype, "organelles": {**counts, **{k: 1 for k in singles},
                                                                  **({"nucleus": 1} if has_nucleus else {})},
             "nucleolus": nucleolus}
    return Sample("cell", text, truth, f"cell-{tpl}")


def _cell_impossible(rng: Any, s: Sample) -> Sample:
    t = s.truth
    if t["nucleolus"] and rng.random() < 0.5:
        extra, law = "The nucleolus is not inside the nucleus.", "outside_contradiction"
    elif t["cells"] == 1 and "nucleus" in t["organelles"]:
        extra, law = choose(rng, ("The nucleus is larger than the cell.", "The nucleus is bigger than the cell.")), \
            "size_contradiction"
    elif t["nucleolus"]:
        extra, law = "The nucleolus is not inside the nucleus.", "outside_contradiction"
    else:
        extra, law = "A nucleus is larger than the cell.", "size_contradiction"
    return Sample("cell", s.text.rstrip(".") + ". " + extra, s.truth, s.template, law)


def _cell_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    kinds = Counter(e.kind for e in scene.entities)
    want = Counter({"cell": t["cells"]})
    for k, n in t["organelles"].items():
        want[k] += n * t["cells"]
    if t["nucleolus"]:
        want["nucleolus"] += t["cells"]
    bad = [] if kinds == want else [f"counts {dict(kinds)} != {dict(want)}"]
    ids = {e.id: e.kind for e in scene.entities}
    inside = Counter((ids[r.source], ids[r.target]) for r in scene.relations if r.kind == "inside")
    want_in = Counter()
    for k, n in want.items():
        if k not in ("cell", "nucleolus"):
            want_in[(k, "cell")] += n
    if t["nucleolus"]:
        want_in[("nucleolus", "nucleus")] += t["cells"]
    if inside != want_in:
        bad.append(f"containment {dict(inside)} != {dict(want_in)}")
    return bad


# ---------------------------------------------------------------- sets
_SET_NAMES = (("A", "B", "C", "D", "E", "F"), ("S1", "S2", "S3", "S4", "S5", "S6"), ("P", "Q", "R", "S", "T", "U"))
_ELEMENTS = (("x", "y", "z"), ("a", "b", "c"), ("p", "q", "r"))


def _sets(rng: Any, p: dict[str, Any]) -> Sample:
    k = _rng_int(rng, p["sets"])
    scheme = int(rng.integers(len(_SET_NAMES)))
    names = list(_SET_NAMES[scheme][:k])
    elnames = _ELEMENTS[0] if scheme != 0 else choose(rng, (_ELEMENTS[0], _ELEMENTS[2]))
    rels: list[list[str]] = []
    # nesy draws an overlap only between regions with the same container, and at most two per region here
    # (more make its region layout infeasible): track each set's container and overlap count
    container: dict[str, str | None] = {names[0]: None}
    n_over: dict[str, int] = {n: 0 for n in names}
    for i in range(1, k):
        a = names[i]
        j = int(rng.integers(i))
        b = names[j]
        r = _weighted(rng, p["relations"])
        related = any(b in x[1:] for x in rels)
        if r == "superset" and related:
            r = "subset"
        if r == "overlaps" and (n_over[b] >= 2 or container[b] is not None):
            r = "disjoint"
        container[a] = b if r == "subset" else None
        if r == "subset":
            rels.append(["subset", a, b])
        elif r == "superset":
            rels.append(["subset", b, a])
            container[b] = a
        elif r in ("disjoint", "overlaps"):
            rels.append([r, a, b])
            if r == "overlaps":
                n_over[a] += 1
                n_over[b] += 1
    m = _rng_int(rng, p["elements"])
    elements = {elnames[e]: choose(rng, names) for e in range(m)}
    sentences: list[str] = []
    for kind, a, b in rels:
        if kind == "subset":
            sentences.append(choose(rng, (f"{a} is a subset of {b}.", f"{a} is included in {b}.",
                                          f"{a} lies inside {b}.", f"{b} is a superset of {a}.",
                                          f"{b} contains {a}.", f"{a} is a proper subset of {b}.")))
        elif kind == "disjoint":
            sentences.append(choose(rng, (f"{a} and {b} are disjoint.", f"{a} is disjoint from {b}.",
                                          f"{b} and {a} are disjoint.")))
        else:
            sentences.append(choose(rng, (f"{a} intersects {b}.", f"{a} meets {b}.", f"{a} and {b} overlap.",
                                          f"{b} intersects {a}.")))
    for e, s in elements.items():
        sentences.append(choose(rng, (f"{e} is an element of {s}.", f"{e} is a member of {s}.",
                                      f"{e} lies in {s}.", f"{e} belongs to {s}.")))
    sentences = shuffled(rng, sentences)
    mentioned = {n for _, a, b in rels for n in (a, b)} | set(elements.values())
    lonely = [n for n in names if n not in mentioned]
    tpl = int(rng.integers(3))
    if tpl == 0 or lonely and rng.random() < 0.5:
        pre = choose(rng, (f"{join(names, rng)} are sets.", f"Sets {join(names, rng)}."))
        sentences.insert(0, pre)
        tpl = 0
    elif lonely:
        sentences.append(f"{join(lonely)} {'is a set' if len(lonely) == 1 else 'are sets'}.")
    if rng.random() < 0.25:
        sentences.insert(0, choose(rng, ("Draw a Venn diagram.", "Please show an Euler diagram:")))
    return Sample("sets", " ".join(sentences), {"sets": names, "relations": rels, "elements": elements},
                  f"sets-{tpl}")


def _sets_impossible(rng: Any, s: Sample) -> Sample:
    a, b = s.truth["sets"][:2]
    subs = [r for r in s.truth["relations"] if r[0] == "subset"]
    if subs:
        _, a, b = subs[0]
        return Sample("sets", s.text + f" {a} and {b} are disjoint.", s.truth, s.template, "subset_disjoint")
    return Sample("sets", s.text + f" {a} is larger than {b}. {b} is larger than {a}.", s.truth, s.template,
                  "size_contradiction")


def _sets_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    name = {e.id: (e.name or e.id) for e in scene.entities}
    got = set()
    for r in scene.relations:
        a, b = name[r.source], name[r.target]
        if r.kind == "inside":
            got.add(("subset", a, b))
        elif r.kind in ("outside", "overlaps"):
            got.add(("disjoint" if r.kind == "outside" else "overlaps", *sorted((a, b))))
        elif r.kind == "element_of":
            got.add(("element", a, b))
        else:
            got.add((r.kind, a, b))
    want = set()
    for kind, a, b in t["relations"]:
        want.add((kind, a, b) if kind == "subset" else (kind, *sorted((a, b))))
    for e, s in t["elements"].items():
        want.add(("element", e, s))
    bad = [] if got == want else [f"relations {sorted(got ^ want)} differ"]
    sets = sorted(name[e.id] for e in scene.entities if e.kind == "set")
    if sets != sorted(t["sets"]):
        bad.append(f"sets {sets} != {sorted(t['sets'])}")
    return bad


# ---------------------------------------------------------------- crystal
# prototype → (phrases, space group number, symbol, atoms per conventional cell, nearest-neighbour distance / a)
_PROTOTYPES = {
    "rock_salt": (("rock salt", "rocksalt", "rock-salt"), 225, "Fm-3m", 8, 0.5),
    "cesium_chloride": (("CsCl-type",), 221, "Pm-3m", 2, math.sqrt(3) / 2),
    "zinc_blende": (("zinc blende",), 216, "F-43m", 8, math.sqrt(3) / 4),
    "diamond": (("diamond",), 227, "Fd-3m", 8, math.sqrt(3) / 4),
    "bcc": (("bcc",), 229, "Im-3m", 2, math.sqrt(3) / 2),
    "fcc": (("fcc",), 225, "Fm-3m", 4, 1 / math.sqrt(2)),
}
# material → (prototype, a in Å, names it may be called by)
CRYSTALS = {
    "NaCl": ("rock_salt", 5.64, ("NaCl", "sodium chloride")), "LiF": ("rock_salt", 4.03, ("LiF", "lithium fluoride")),
    "MgO": ("rock_salt", 4.21, ("MgO",)), "KCl": ("rock_salt", 6.29, ("KCl",)),
    "CsCl": ("cesium_chloride", 4.12, ("CsCl",)), "CsBr": ("cesium_chloride", 4.29, ("CsBr",)),
    "ZnS": ("zinc_blende", 5.41, ("ZnS",)), "GaAs": ("zinc_blende", 5.65, ("GaAs",)),
    "Si": ("diamond", 5.43, ("Si", "silicon")), "Ge": ("diamond", 5.66, ("Ge",)), "C": ("diamond", 3.57, ("C",)),
    "Fe": ("bcc", 2.87, ("Fe",)), "Mo": ("bcc", 3.15, ("Mo",)), "W": ("bcc", 3.16, ("W",)),
    "Cu": ("fcc", 3.61, ("Cu",)), "Al": ("fcc", 4.05, ("Al",)), "Ni": ("fcc", 3.52, ("Ni",)),
}


def _crystal(rng: Any, p: dict[str, Any]) -> Sample:
    mats = [m for m in p["materials"] if m in CRYSTALS]
    mat = choose(rng, mats)
    proto, a0, names = CRYSTALS[mat]
    a = round(a0 * (1 + float(rng.uniform(-p["a_jitter"], p["a_jitter"]))), 3)
    zone = choose(rng, p["zone_axes"])
    bonds = bool(rng.random() < 0.5)
    pname = choose(rng, _PROTOTYPES[proto][0])
    mname = choose(rng, names)
    head = choose(rng, (f"{pname} {mname}", f"{mname} in the {pname} structure")) if proto != "cesium_chloride" \
        else f"{pname} {mname}"
    if rng.random() < 0.3:
        a = round(a, 2)  # said in nm with three decimals
        lat = f"a = {fmt_value(round(a / 10, 4))} nm"
    else:
        lat = choose(rng, (f"a = {fmt_value(a)} Å", f"lattice constant {fmt_value(a)} angstrom",
                           f"a = {fmt_value(a)} angstrom"))
    za = "[" + "".join(str(c) for c in zone) + "]"
    view = choose(rng, (f"viewed along {za}", f"seen along the {za} axis", f"projected along {za}"))
    tpl = int(rng.integers(2))
    text = f"{head} with {lat} {view}" if tpl == 0 else f"{head}, {lat}, {view}"
    if bonds:
        text += " with bonds"
    if rng.random() < 0.2:
        text = "Please show " + text
    num, sym, atoms, nn = _PROTOTYPES[proto][1:]
    return Sample("crystal", text, {"material": mat, "prototype": proto, "a": a, "zone_axis": list(zone),
                                    "bonds": bonds, "space_group": num, "symbol": sym, "atoms": atoms,
                                    "nn_over_a": nn}, f"crystal-{tpl}")


def _crystal_impossible(rng: Any, s: Sample) -> Sample:
    mat = s.truth["material"]
    pname = _PROTOTYPES[s.truth["prototype"]][0][0]
    bad = round(float(rng.uniform(0.5, 1.5)), 2)
    return Sample("crystal", f"{pname} {mat} with lattice constant {fmt_value(bad)} angstrom", s.truth, s.template,
                  "lattice_too_small")


def _crystal_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    bad = []
    if scene.attr("formula") != t["material"]:
        bad.append(f"formula {scene.attr('formula')} != {t['material']}")
    if scene.attr("structure") != t["prototype"]:
        bad.append(f"structure {scene.attr('structure')} != {t['prototype']}")
    a = (scene.attr("lattice") or {}).get("a")
    if a is None or abs(float(a) - t["a"]) > 1e-6 * t["a"]:
        bad.append(f"a {a} != {t['a']}")
    if list(scene.attr("zone_axis") or []) != list(t["zone_axis"]):
        bad.append(f"zone axis {scene.attr('zone_axis')} != {t['zone_axis']}")
    if bool(scene.attr("bonds")) != t["bonds"]:
        bad.append("bonds")
    return bad


# ---------------------------------------------------------------- astronomy
# NASA planetary fact sheet semi-major axes (AU); the same reference nesy's law set cites
PLANETS_AU = {"Mercury": 0.387, "Venus": 0.723, "Earth": 1.0, "Mars": 1.524, "Jupiter": 5.203,
              "Saturn": 9.537, "Uranus": 19.19, "Neptune": 30.07}


def _astronomy(rng: Any, p: dict[str, Any]) -> Sample:
    pool = [x for x in PLANETS_AU if x in p["planets_from"]]
    n = min(_rng_int(rng, p["planets"]), len(pool))
    if rng.random() < 0.5:
        start = int(rng.integers(len(pool) - n + 1))
        chosen = pool[start:start + n]
    else:
        idx = sorted(int(i) for i in rng.choice(len(pool), n, replace=False))
        chosen = [pool[i] for i in idx]
    said = chosen if rng.random() < 0.6 else shuffled(rng, chosen)
    lst = join(said, rng)
    scale = " to scale" if rng.random() < 0.3 else ""
    tpl = int(rng.integers(4))
    if tpl == 0:
        text = f"The Sun with {lst}{scale}."
    elif tpl == 1:
        text = f"{lst} orbiting the Sun{scale}"
    elif tpl == 2:
        text = f"{lst} orbit the Sun{scale}."
    else:
        text = f"The planets {lst} around the Sun{scale}"
    return Sample("astronomy", text, {"planets": chosen, "to_scale": bool(scale)}, f"astronomy-{tpl}")


def _astronomy_impossible(rng: Any, s: Sample) -> Sample:
    pl = s.truth["planets"]
    inner, outer = pl[0], pl[-1]
    extra = choose(rng, (f"{outer} lies inside the orbit of {inner}.", f"{outer} orbits closer to the Sun than {inner}."))
    return Sample("astronomy", s.text.rstrip(".") + ". " + extra, s.truth, s.template, "order_against_reference")


def _astronomy_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    got = sorted(e.name for e in scene.entities if e.kind == "planet")
    stars = [e for e in scene.entities if e.kind == "star"]
    bad = [] if got == sorted(t["planets"]) else [f"planets {got} != {sorted(t['planets'])}"]
    if len(stars) != 1 or stars[0].attr("sun") is not True:
        bad.append("the Sun is not the one star")
    orb = {scene.entity(r.source).name for r in scene.relations if r.kind == "orbits" and
           scene.entity(r.target).kind == "star"}
    if orb != set(t["planets"]):
        bad.append(f"orbits {sorted(orb)}")
    return bad


# ---------------------------------------------------------------- optics
_ELEMENT_WORDS = {("lens", "converging"): ("converging lens", "thin converging lens", "convex lens"),
                  ("lens", "diverging"): ("diverging lens", "thin diverging lens", "concave lens"),
                  ("mirror", "converging"): ("concave mirror",),
                  ("mirror", "diverging"): ("convex mirror",)}


def _optics(rng: Any, p: dict[str, Any]) -> Sample:
    kind = choose(rng, ("lens", "lens", "mirror"))
    typ = choose(rng, ("converging", "converging", "diverging"))
    f = _rng_int(rng, p["f_cm"])
    while True:
        do = _rng_int(rng, p["do_cm"])
        if typ == "diverging" or abs(do - f) >= max(1, 0.1 * f):
            break
    ho = _rng_int(rng, p["ho_cm"]) if rng.random() < 0.6 else None
    el = choose(rng, _ELEMENT_WORDS[(kind, typ)])
    art = "an" if el[0] in "aeiou" else "a"
    fph = choose(rng, (f"focal length {f} cm", f"f = {f} cm", f"a focal length of {f} cm"))
    tall = f"{ho} cm tall " if ho else ""
    tpl = int(rng.integers(4))
    if tpl == 0:
        text = f"{art.capitalize()} {el} with {fph} and an object {tall.strip() + ' ' if ho else ''}placed {do} cm in front of it"
    elif tpl == 1:
        text = f"an object {f'{ho} cm tall ' if ho else ''}{do} cm from {art} {el} with {fph}".replace(
            f"an object {ho} cm tall", f"a {ho} cm tall object") if ho else f"an object {do} cm from {art} {el} with {fph}"
    elif tpl == 2:
        text = f"{art.capitalize()} {el} of focal length {f} cm with a {tall}object {number(rng, do, 0.0) } cm away".replace(
            "a  ", "a ").replace("a object", "an object")
    else:
        where = "to the left of" if kind == "lens" else "in front of"
        text = (f"An object{' ' + str(ho) + ' cm tall' if ho else ''} is placed {do} cm {where} {art} {el} whose "
                f"focal length is {f} cm.")
    return Sample("optics", text, {"element": kind, "type": typ, "f_cm": f, "do_cm": do, "ho_cm": ho}, f"optics-{tpl}")


def _optics_impossible(rng: Any, s: Sample) -> Sample:
    t = s.truth
    f = t["f_cm"]
    do = f + _rng_int(rng, [2, 20])
    el = "converging lens" if t["element"] == "lens" else "concave mirror"
    return Sample("optics", f"a {el} with f = {f} cm forming a virtual image of an object {do} cm away", t,
                  s.template, "virtual_image_beyond_f")


def _optics_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    el = scene.attr("element") or {}
    bad = []
    if el.get("kind") != t["element"] or el.get("type") != t["type"]:
        bad.append(f"element {el.get('kind')}/{el.get('type')}")
    facts = {x["what"]: float(x["value"]) for x in (scene.attr("facts") or [])}
    want = {"f": t["f_cm"], "do": t["do_cm"], **({"ho": t["ho_cm"]} if t["ho_cm"] else {})}
    if facts != {k: float(v) for k, v in want.items()}:
        bad.append(f"values {facts} != {want}")
    return bad


# ---------------------------------------------------------------- geometry
_POLY = {4: "square", 5: "pentagon", 6: "hexagon", 8: "octagon"}


def _geometry(rng: Any, p: dict[str, Any]) -> Sample:
    lo, hi = p["side_cm"]
    circle = choose(rng, (None, "incircle", "circumcircle"))
    cword = {"incircle": choose(rng, ("its inscribed circle", "its incircle")),
             "circumcircle": choose(rng, ("its circumscribed circle", "its circumcircle"))}.get(circle or "", "")
    tail = f" and {cword}" if circle else ""
    kind = choose(rng, ("sss", "sss", "right", "equilateral", "regular"))
    if kind == "sss":
        while True:
            s = sorted(_rng_int(rng, [lo, hi]) for _ in range(3))
            if s[0] + s[1] > s[2] * 1.15:
                break
        said = shuffled(rng, s)
        text = choose(rng, (f"a triangle with sides {said[0]}, {said[1]} and {said[2]} cm",
                            f"A triangle with sides {said[0]} cm, {said[1]} cm and {said[2]} cm",
                            f"Draw a triangle whose sides are {said[0]} cm, {said[1]} cm and {said[2]} cm")) + tail
        truth = {"figure": "triangle", "sides": s}
    elif kind == "right":
        a, b = _rng_int(rng, [lo, hi]), _rng_int(rng, [lo, hi])
        text = f"a right triangle ABC with the right angle at C, AC = {a} cm and BC = {b} cm" + tail
        truth = {"figure": "triangle", "sides": sorted([a, b, round(math.hypot(a, b), 9)]), "legs": [a, b]}
    elif kind == "equilateral":
        a = _rng_int(rng, [lo, hi])
        text = f"an equilateral triangle with side {a} cm" + tail
        truth = {"figure": "triangle", "sides": [a, a, a]}
    else:
        n = choose(rng, sorted(_POLY))
        a = _rng_int(rng, [lo, hi])
        name = _POLY[n] if n == 4 else f"regular {_POLY[n]}"
        text = choose(rng, (f"a {name} with side {a} cm", f"a {name} with sides of {a} cm")) + tail
        truth = {"figure": "polygon", "n": n, "side": a}
    truth["circle"] = circle
    return Sample("geometry", text, truth, f"geometry-{kind}")


def _geometry_impossible(rng: Any, s: Sample) -> Sample:
    lo, hi = 2, 9
    a, b = int(rng.integers(lo, hi)), int(rng.integers(lo, hi))
    c = a + b + int(rng.integers(1, 5))
    return Sample("geometry", f"a triangle with sides {a}, {b} and {c} cm", s.truth, s.template, "triangle_inequality")


def _geometry_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    bad = []
    n = scene.attr("n")
    want_n = 3 if t["figure"] == "triangle" else t["n"]
    if n != want_n:
        bad.append(f"n {n} != {want_n}")
    given = sorted(float(g["value"]) for g in scene.attr("given") or [] if g.get("role") == "side")
    if t["figure"] == "triangle":
        if "legs" in t:
            want = sorted(float(x) for x in t["legs"])
            if scene.attr("right_at") != "C":
                bad.append("right angle")
        elif len(set(t["sides"])) == 1 and len(given) == 1:
            want = [float(t["sides"][0])]
        else:
            want = [float(x) for x in t["sides"]]
    else:
        want = [float(t["side"])]
    if given != want:
        bad.append(f"sides {given} != {want}")
    for c in ("incircle", "circumcircle"):
        if bool(scene.attr(c)) != (t["circle"] == c):
            bad.append(c)
    return bad


# ---------------------------------------------------------------- mechanics
def _mechanics(rng: Any, p: dict[str, Any]) -> Sample:
    m = _rng_int(rng, p["mass_kg"])
    th = _rng_int(rng, p["angle_deg"])
    obj = choose(rng, ("block", "box", "crate"))
    kind = choose(rng, ("incline_rest", "incline_smooth", "hanging", "table"))
    if kind == "incline_rest":
        text = choose(rng, (f"A {m} kg {obj} on a {th} degree incline with friction, in equilibrium",
                            f"a {m} kg {obj} at rest on a rough {th}° incline",
                            f"A {m} kg {obj} on a {th}° incline with friction, in equilibrium, showing its free-body diagram"))
    elif kind == "incline_smooth":
        text = choose(rng, (f"a {m} kg {obj} on a frictionless {th}° ramp", f"a {m} kg {obj} on a frictionless {th} degree incline"))
    elif kind == "hanging":
        text = choose(rng, (f"a {m} kg mass hanging from a rope", f"a {m} kg {obj} hanging from a rope",
                            f"a {m} kg mass hangs from a rope"))
    else:
        text = choose(rng, (f"a {m} kg {obj} resting on a table", f"a {m} kg {obj} at rest on a horizontal table",
                            f"a {m} kg {obj} resting on a table with its weight and the normal force"))
    return Sample("mechanics", text, {"scene": kind, "mass_kg": m, "angle_deg": th if kind.startswith("incline") else None},
                  f"mechanics-{kind}")


def _mechanics_impossible(rng: Any, s: Sample) -> Sample:
    m = s.truth["mass_kg"]
    if rng.random() < 0.5:
        th = _rng_int(rng, [10, 60])
        return Sample("mechanics", f"a {m} kg block at rest on a frictionless {th}° incline", s.truth, s.template,
                      "frictionless_incline_at_rest")
    tension = round(m * 9.80665 * float(rng.uniform(1.5, 3.0)))
    return Sample("mechanics", f"a {m} kg block hanging in equilibrium from a rope with a tension of {tension} N",
                  s.truth, s.template, "tension_not_weight")


def _mechanics_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    bad = []
    want_scene = "incline" if t["scene"].startswith("incline") else ("hanging" if t["scene"] == "hanging" else "horizontal")
    if scene.attr("scene") != want_scene:
        bad.append(f"scene {scene.attr('scene')} != {want_scene}")
    masses = [float(x["value"]) for x in scene.attr("masses") or []]
    if masses != [float(t["mass_kg"])]:
        bad.append(f"masses {masses}")
    if want_scene == "incline":
        inc = scene.attr("incline") or {}
        if float(inc.get("value", "nan")) != float(t["angle_deg"]):
            bad.append(f"angle {inc}")
        smooth = bool(scene.attr("frictionless"))
        if smooth != (t["scene"] == "incline_smooth"):
            bad.append("friction")
    return bad


# ---------------------------------------------------------------- circuits
_E12 = (1.0, 1.2, 1.5, 1.8, 2.2, 2.7, 3.3, 3.9, 4.7, 5.6, 6.8, 8.2)


def _ohms_text(r: float) -> str:
    if r >= 1000:
        return f"{fmt_value(r / 1000)} kΩ"
    return f"{fmt_value(r)} Ω"


def _circuits(rng: Any, p: dict[str, Any]) -> Sample:
    v = float(choose(rng, p["volts"]))
    topo = choose(rng, p["topologies"])
    n = {"series": _rng_int(rng, [2, 3]), "parallel": _rng_int(rng, [2, 3]), "series_parallel": 3,
         "parallel_series": 3}[topo]
    rs = [round(choose(rng, _E12) * 10 ** int(rng.integers(p["decades"][0], p["decades"][1] + 1)), 6) for _ in range(n)]
    names = [f"R{i + 1}" for i in range(n)]
    vals = [f"{nm} = {_ohms_text(r)}" for nm, r in zip(names, rs)]
    src = choose(rng, ("battery", "battery", "supply", "source"))
    vtxt = f"{fmt_value(v)} V"
    if topo == "series":
        text = choose(rng, (f"{join(vals)} in series with a {vtxt} {src}",
                            f"A {vtxt} {src} in series with {join(vals)}"))
    elif topo == "parallel":
        text = f"{join(vals)} in parallel across a {vtxt} {src}"
    elif topo == "series_parallel":
        text = choose(rng, (f"A {vtxt} {src} in series with {vals[0]} and a parallel combination of {vals[1]} and {vals[2]}",
                            f"{vals[0]} in series with a parallel combination of {vals[1]} and {vals[2]} across a {vtxt} {src}"))
    else:
        text = f"{vals[0]} in series with {vals[1]}, and the combination in parallel with {vals[2]}, all across a {vtxt} {src}"
    return Sample("circuits", text, {"volts": v, "topology": topo, "resistors": dict(zip(names, rs))}, f"circuits-{topo}")


def _circuits_impossible(rng: Any, s: Sample) -> Sample:
    v1 = float(choose(rng, (1.5, 3, 5, 6)))
    v2 = float(choose(rng, (9, 12, 24)))
    return Sample("circuits", choose(rng, (f"a {fmt_value(v1)} V battery in parallel with a {fmt_value(v2)} V battery",
                                           f"a wire across a {fmt_value(v2)} V battery")), s.truth, s.template,
                  "sources_or_short")


def _circuits_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    got = {e.name: float(e.attr("value")) for e in scene.entities if e.kind == "resistor"}
    srcs = [float(e.attr("value")) for e in scene.entities if e.kind == "vsource"]
    bad = [] if got == t["resistors"] else [f"resistors {got} != {t['resistors']}"]
    if srcs != [t["volts"]]:
        bad.append(f"sources {srcs}")
    # the topology: parent group of each resistor
    parent = {r.source: r.target for r in scene.relations if r.kind == "member"}
    kind = {e.id: e.kind for e in scene.entities}
    groups = Counter(kind[parent[e.id]] for e in scene.entities if e.kind == "resistor")
    want = {"series": {"series": len(got)}, "parallel": {"parallel": len(got)},
            "series_parallel": {"series": 1, "parallel": 2}, "parallel_series": {"series": 2, "parallel": 1}}[t["topology"]]
    if dict(groups) != want:
        bad.append(f"topology {dict(groups)} != {want}")
    return bad


# ---------------------------------------------------------------- automata
def _automata(rng: Any, p: dict[str, Any]) -> Sample:
    n = _rng_int(rng, p["states"])
    prefix = choose(rng, ("q", "s"))
    states = [f"{prefix}{i}" for i in range(n)]
    alphabet = list(choose(rng, (("a", "b"), ("0", "1"))))
    trans: list[list[str]] = []
    for i, s in enumerate(states):
        for sym in alphabet:
            if rng.random() < p["density"] or (i < n - 1 and sym == alphabet[0]):
                dst = states[i + 1] if (i < n - 1 and sym == alphabet[0]) else choose(rng, states)
                trans.append([s, sym, dst])
    acc = sorted({states[-1]} | {s for s in states[:-1] if rng.random() < 0.25})
    parts = []
    # group symbols of one (src, dst) pair: "q0 goes to q1 on a and b"
    pairs: dict[tuple[str, str], list[str]] = {}
    for s, sym, d in trans:
        pairs.setdefault((s, d), []).append(sym)
    for (s, d), syms in pairs.items():
        on = join(syms)
        if s == d:
            parts.append(choose(rng, (f"{s} loops on {on}", f"{s} goes to {s} on {on}")))
        else:
            parts.append(choose(rng, (f"{s} goes to {d} on {on}", f"from {s} to {d} on {on}")))
    st = choose(rng, (f"{states[0]} is the start state", f"{states[0]} is initial"))
    ac = (f"{join(acc)} {'is' if len(acc) == 1 else 'are'} accepting" if rng.random() < 0.6
          else f"{join(acc)} {'is' if len(acc) == 1 else 'are'} final")
    parts = shuffled(rng, parts)
    tpl = int(rng.integers(2))
    over = f" over the alphabet {{{', '.join(alphabet)}}}" if rng.random() < 0.3 else ""
    text = f"A DFA{over} with states {join(states)}; {st}; {ac}; " + "; ".join(parts) if tpl == 0 else \
        f"a DFA{over} with states {join(states)} where {st} and {ac}; " + ", ".join(parts)
    return Sample("automata", text, {"states": states, "alphabet": alphabet, "start": states[0], "accepting": acc,
                                     "transitions": trans}, f"automata-{tpl}")


def _automata_impossible(rng: Any, s: Sample) -> Sample:
    t = s.truth
    src, sym, dst = t["transitions"][0]
    other = next(x for x in t["states"] + [t["states"][0]] if x != dst)
    text = f"A DFA with states {join(t['states'])}; {t['start']} is the start state; {src} goes to {dst} on {sym}; " \
           f"{src} goes to {other} on {sym}"
    return Sample("automata", text, t, s.template, "dfa_nondeterministic")


def _automata_read(scene: SceneGraph, t: dict[str, Any]) -> list[str]:
    bad = []
    states = sorted(e.name for e in scene.entities if e.kind == "state")
    if states != sorted(t["states"]):
        bad.append(f"states {states}")
    got = sorted((x["source"], x["symbol"], x["target"]) for x in scene.attr("transitions") or [])
    if got != sorted(tuple(x) for x in t["transitions"]):
        bad.append("transitions differ")
    st = sorted(e.name for e in scene.entities if e.kind == "state" and e.attr("start"))
    ac = sorted(e.name for e in scene.entities if e.kind == "state" and e.attr("accepting"))
    if st != [t["start"]] or ac != sorted(t["accepting"]):
        bad.append(f"start {st} accepting {ac}")
    return bad


# ---------------------------------------------------------------- registry
SAMPLERS: dict[str, tuple[Callable, Callable, Callable]] = {
    "cell": (_cell, _cell_impossible, _cell_read),
    "sets": (_sets, _sets_impossible, _sets_read),
    "crystal": (_crystal, _crystal_impossible, _crystal_read),
    "astronomy": (_astronomy, _astronomy_impossible, _astronomy_read),
    "optics": (_optics, _optics_impossible, _optics_read),
    "geometry": (_geometry, _geometry_impossible, _geometry_read),
    "mechanics": (_mechanics, _mechanics_impossible, _mechanics_read),
    "circuits": (_circuits, _circuits_impossible, _circuits_read),
    "automata": (_automata, _automata_impossible, _automata_read),
}
SCIENCES = tuple(SAMPLERS)


def sample(science: str, rng: Any, params: dict[str, Any]) -> Sample:
    """A possible scene of ``science`` drawn with ``rng`` under the config's ``params``."""
    if science not in SAMPLERS:
        raise InputError(f"science must be one of {list(SAMPLERS)}, got {science!r}")
    return SAMPLERS[science][0](rng, params)


def impossible(science: str, rng: Any, base: Sample) -> Sample:
    """A text of ``science`` that breaks one of its laws (built from ``base``); ``.impossible`` names the law."""
    return SAMPLERS[science][1](rng, base)


def read_back(science: str, scene: SceneGraph, truth: dict[str, Any]) -> list[str]:
    """The differences between what nesy parsed from the text and the sampled facts ([] when they agree)."""
    return SAMPLERS[science][2](scene, truth)
