"""Generate the compositional-correctness suite of ``nesy bench`` (``benchmarks/suite/*.jsonl``).

    python benchmarks/make_suite.py [--seed 0] [--out benchmarks/suite]

Each item is a *gold scene graph* drawn at random (seeded) and rendered to text the way people
write: counts as digits and as words, synonyms, plurals, passive voice, clauses that add nothing,
the occasional forgivable typo (the parser may reject it as an unknown word: a measured parse
failure) — and impossible specifications of several kinds (positional cycles, containment cycles,
an element outside its superset, size contradictions, a lattice constant too small, a wrong space
group or stoichiometry). The gold graph is what the text says, written down by the generator that
wrote the text, never by nesy's parser.

One JSON object per line::

    {"id", "domain", "text", "expect": "sat" | "unsat", "impossible": null | kind,
     "gold": {"entities": [{"id", "kind", "name", "attributes"}], "relations": [{"kind", "source",
              "target"}], "attributes": {}, "spec": crystal canonical text},
     "key": {"counts": {kind: n}} (+ "space_group", "formula" for crystals), "tags": [...]}

``prompts.jsonl`` also carries the hand-written prompts of ``benchmarks/prompts/*.yaml`` as
outcome-only items (``gold: null``), including domains whose plug-in may not be installed; the
bench skips items of absent domains.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}

# ------------------------------------------------------------------------------------------- cell

CELL_NOUN = {  # kind → (singular variants, plural variants)
    "nucleus": (["nucleus", "cell nucleus"], ["nuclei"]),
    "mitochondrion": (["mitochondrion"], ["mitochondria"]),
    "chloroplast": (["chloroplast", "plastid"], ["chloroplasts", "plastids"]),
    "vacuole": (["vacuole", "central vacuole"], ["vacuoles"]),
    "golgi": (["Golgi apparatus", "Golgi body", "Golgi complex"], ["Golgi bodies"]),
    "er": (["endoplasmic reticulum", "ER", "rough ER"], ["ERs"]),
    "lysosome": (["lysosome"], ["lysosomes"]),
    "ribosome": (["ribosome"], ["ribosomes"]),
    "vesicle": (["vesicle"], ["vesicles"]),
    "peroxisome": (["peroxisome"], ["peroxisomes"]),
    # a centriole is not a centrosome (a centrosome holds a pair of centrioles, MBoC ch. 16): the word is
    # "centrosome" either way (two entries, so the rng stream, and every other item, stay as they were)
    "centrosome": (["centrosome", "centrosome"], ["centrosomes"]),
    "nucleolus": (["nucleolus"], ["nucleoli"]),
}
CELL_TYPO = {"mitochondria": "mitochondira", "nucleus": "nucelus", "vacuole": "vacoule",
             "ribosomes": "ribosomse", "lysosomes": "lysosomes", "chloroplasts": "chloroplats",
             "cell": "cel", "vesicles": "vesciles"}
MULTI = ["mitochondrion", "chloroplast", "ribosome", "lysosome", "vesicle", "peroxisome"]
SINGLE = ["vacuole", "golgi", "er", "centrosome"]
CELL_WORDS = ["cell", "eukaryotic cell", "animal cell", "cell"]
PREFIX = ["", "", "", "Please draw ", "Draw ", "Show ", "A simple diagram of ", "Illustrate "]
SUFFIX = ["", "", "", "", " like a typical textbook example", ", just a simple schematic",
          ", which is a classic example", " (a standard textbook picture)"]


class Gold:
    def __init__(self) -> None:
        self.entities: list[dict] = []
        self.relations: list[dict] = []
        self.n: dict[str, int] = {}

    def add(self, kind: str, name: str | None = None, **attrs) -> str:
        self.n[kind] = self.n.get(kind, 0) + 1
        eid = name if name else f"{kind}{self.n[kind]}"
        self.entities.append({"id": eid, "kind": kind, "name": name, "attributes": attrs})
        return eid

    def rel(self, kind: str, a: str, b: str) -> None:
        self.relations.append({"kind": kind, "source": a, "target": b})

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entities:
            out[e["kind"]] = out.get(e["kind"], 0) + 1
        return out

    def to_dict(self) -> dict:
        return {"entities": self.entities, "relations": self.relations, "attributes": {}}


def art(word: str) -> str:
    """The indefinite article a reader expects before ``word`` ("an ER", "a eukaryotic cell")."""
    w = word.lower()
    vowel = w[:1] in "aio" or (w[:1] == "e" and not w.startswith("eu")) or w.startswith(("er", "un"))
    return "an" if vowel else "a"


def noun(rng: random.Random, kind: str, n: int) -> str:
    sing, plur = CELL_NOUN[kind]
    if n == 1:
        w = rng.choice(sing)
        return rng.choice([art(w) + " ", art(w) + " ", "one ", "a single "]) + w if kind not in ("golgi", "er") \
            else rng.choice([art(w) + " ", "the ", "one "]) + w
    num = rng.choice([str(n), WORDS.get(n, str(n))]) if n != 2 else rng.choice(["2", "two", "a pair of"])
    return f"{num} {rng.choice(plur)}"


def join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def cell_item(rng: random.Random) -> tuple[str, Gold, list[str]]:
    g = Gold()
    tags: list[str] = []
    n_cells = rng.choice([1, 1, 1, 1, 2, 3]) if rng.random() < 0.9 else 1
    contents: list[tuple[str, int]] = []
    if rng.random() < 0.85:
        contents.append(("nucleus", 1))
    for k in rng.sample(MULTI, rng.choice([1, 1, 2, 2, 3])):
        contents.append((k, rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8, 12] if k == "ribosome" else [1, 2, 3, 4, 5, 6])))
    for k in rng.sample(SINGLE, rng.choice([0, 0, 1, 1, 2])):
        contents.append((k, 1))
    rng.shuffle(contents)
    nucleolus = "nucleus" in dict(contents) and rng.random() < 0.2
    plant = "chloroplast" in dict(contents) and rng.random() < 0.5
    cw = "plant cell" if plant else rng.choice(CELL_WORDS)
    if cw == "animal cell" and "chloroplast" in dict(contents):
        cw = "eukaryotic cell"  # animal cells have no chloroplasts (grammars/cell/type_laws.yaml)
    wall = plant and rng.random() < 0.6
    cells = [g.add("cell", **({"cell_wall": True} if wall else {})) for _ in range(n_cells)]
    for c in cells:
        for k, n in contents:
            for _ in range(n):
                oid = g.add(k)
                g.rel("inside", oid, c)
                if k == "nucleus" and nucleolus:
                    g.rel("inside", g.add("nucleolus"), oid)
    parts = [noun(rng, k, n) for k, n in contents]
    if nucleolus:
        i = [k for k, _ in contents].index("nucleus")
        parts[i] += rng.choice([" containing a nucleolus", " with a nucleolus", " that contains a nucleolus"])
        tags.append("nested")
    if wall:
        parts.insert(0, "a cell wall")  # "with"/"containing"/"has": the wall is listed with the contents
    # positional / size relation between two singletons (one cell only)
    singles = [k for k, n in contents if n == 1 and k in ("nucleus", "vacuole", "golgi", "er", "centrosome")]
    extra = ""
    if n_cells == 1 and len(singles) >= 2 and rng.random() < 0.6:
        a, b = rng.sample(singles, 2)
        ia, ib = f"{a}1", f"{b}1"
        kind = rng.choice(["left_of", "right_of", "above", "below", "larger"] if {a, b} == {"vacuole", "nucleus"}
                          else ["left_of", "right_of", "above", "below"])
        if kind == "larger":
            a, b, ia, ib = "vacuole", "nucleus", "vacuole1", "nucleus1"
            phr = rng.choice(["is larger than", "is bigger than"])
            if rng.random() < 0.5:
                a, b = b, a
                phr = "is smaller than"
            g.rel("larger", "vacuole1", "nucleus1")
        else:
            canon = {"left_of": ("left_of", False), "right_of": ("left_of", True), "above": ("above", False),
                     "below": ("above", True)}[kind]
            g.rel(canon[0], *( (ib, ia) if canon[1] else (ia, ib)))
            phr = rng.choice({"left_of": ["is left of", "is to the left of", "lies to the left of"],
                              "right_of": ["is right of", "is to the right of", "sits to the right of"],
                              "above": ["is above", "is on top of", "lies above"],
                              "below": ["is below", "is beneath", "is underneath"]}[kind])
        extra = f" The {rng.choice(CELL_NOUN[a][0])} {phr} the {rng.choice(CELL_NOUN[b][0])}."
        tags.append("relation")
    if n_cells == 1:
        cell_np = rng.choice([art(cw) + " ", art(cw) + " ", "one "]) + cw
        style = rng.choice(["with", "containing", "passive", "passive2", "has"])
        if style == "with":
            body = f"{cell_np} with {join(parts)}"
        elif style == "containing":
            body = f"{cell_np} containing {join(parts)}"
        elif style == "has":
            body = f"The {cw} has {join(parts)}"
            tags.append("verb")
        else:
            if wall:  # a wall is not *inside* the cell: name it with the container instead
                parts = parts[1:]
                cell_np += " with a cell wall"
            verb = rng.choice(["are inside", "are enclosed in", "are found in", "are located within",
                               "are surrounded by"]) if style == "passive" else "lie inside"
            if len(parts) == 1 and not parts[0][0].isdigit() and parts[0].split()[0] in ("a", "one", "the"):
                verb = verb.replace("are ", "is ").replace("lie ", "lies ")
            body = f"{join(parts)} {verb} {cell_np}"
            tags.append("passive")
    else:
        num = rng.choice([str(n_cells), WORDS[n_cells]])
        body = f"{num} {cw}s, each with {join(parts)}"
        tags.append("distributive")
    text = (rng.choice(PREFIX) if n_cells > 1 or style in ("with", "containing") else "") + body
    text = text[0].upper() + text[1:] + rng.choice(SUFFIX) + "." + extra
    if rng.random() < 0.06:
        for w, t in CELL_TYPO.items():
            if f" {w}" in text and w != t:
                text = text.replace(f" {w}", f" {t}", 1)
                tags.append("typo")
                break
    if any(ch.isdigit() for ch in body):
        tags.append("digits")
    return text, g, tags


def cell_unsat(rng: random.Random) -> tuple[str, Gold, str]:
    g = Gold()
    c = g.add("cell")
    kind = rng.choice(["positional_cycle", "positional_cycle", "containment_cycle", "size_contradiction",
                       "size_contradiction", "outside_contradiction"])
    cw = rng.choice(CELL_WORDS)
    A = art(cw).capitalize()
    if kind == "positional_cycle":
        ks = rng.sample(["nucleus", "vacuole", "golgi", "centrosome"], rng.choice([2, 2, 3]))
        ids = [g.add(k) for k in ks]
        for i in ids:
            g.rel("inside", i, c)
        rel = rng.choice(["left_of", "above"])
        words = {"left_of": ["is left of", "is to the left of"], "above": ["is above", "is on top of"]}[rel]
        sents = []
        for i in range(len(ks)):
            j = (i + 1) % len(ks)
            g.rel(rel, ids[i], ids[j])
            sents.append(f"The {CELL_NOUN[ks[i]][0][0]} {rng.choice(words)} the {CELL_NOUN[ks[j]][0][0]}.")
        text = f"{A} {cw} with {join(['a ' + CELL_NOUN[k][0][0] if k not in ('golgi',) else 'the Golgi apparatus' for k in ks])}. " + " ".join(sents)
    elif kind == "containment_cycle":
        a, b = rng.sample(["nucleus", "vacuole", "lysosome"], 2)
        ia, ib = g.add(a), g.add(b)
        g.rel("inside", ia, ib)
        g.rel("inside", ib, ia)
        text = (f"{A} {cw} with a {a}. The {a} is inside the {b}. The {b} is "
                f"{rng.choice(['inside', 'within', 'enclosed in'])} the {a}.")
        # the vacuole is introduced by "the {b}" without a cell link: the gold keeps what is said
        g.rel("inside", ia, c)
    elif kind == "size_contradiction":
        sub = rng.choice(["bigger_than_cell", "organelle_vs_nucleus", "mutual"])
        if sub == "bigger_than_cell":
            k = rng.choice(["nucleus", "vacuole"])
            i = g.add(k)
            g.rel("inside", i, c)
            g.rel("larger", i, c)
            text = f"{A} {cw} with a {k} {rng.choice(['larger than', 'bigger than'])} the cell."
        elif sub == "organelle_vs_nucleus":
            n = g.add("nucleus")
            k = rng.choice(["mitochondrion", "lysosome", "peroxisome"])
            i = g.add(k)
            g.rel("inside", n, c)
            g.rel("inside", i, c)
            g.rel("larger", i, n)
            text = f"{A} {cw} with a nucleus and a {k}. The {k} is larger than the nucleus."
        else:
            n, v = g.add("nucleus"), g.add("vacuole")
            g.rel("inside", n, c)
            g.rel("inside", v, c)
            g.rel("larger", v, n)
            g.rel("larger", n, v)
            text = f"{A} {cw} with a nucleus and a vacuole. The vacuole is larger than the nucleus. " \
                   f"The nucleus is {rng.choice(['larger', 'bigger'])} than the vacuole."
    else:
        n = g.add("nucleus")
        nl = g.add("nucleolus")
        g.rel("inside", n, c)
        g.rel("inside", nl, n)
        g.rel("outside", nl, n)
        text = f"{A} {cw} with a nucleus containing a nucleolus. The nucleolus is " \
               f"{rng.choice(['outside', 'outside of', 'not inside'])} the nucleus."
    return text, g, kind


# ------------------------------------------------------------------------------------------- sets

SET_NAMES = [list("ABCDEFGH"), ["S1", "S2", "S3", "S4", "S5", "S6"], ["P", "Q", "R", "T", "U", "V"],
             ["Mammals", "Birds", "Fish", "Dogs", "Cats", "Reptiles"]]
ELEM_NAMES = ["x", "y", "z", "w", "e1", "e2"]


def sets_item(rng: random.Random) -> tuple[str, Gold, list[str]]:
    g = Gold()
    tags: list[str] = []
    names = rng.choice(SET_NAMES)[:]
    n = rng.randint(2, min(6, len(names)))
    names = names[:n]
    parent: dict[str, str | None] = {}
    for i, s in enumerate(names):
        parent[s] = rng.choice(names[:i]) if i and rng.random() < 0.4 else None
    for s in names:
        g.add("set", s)
    sents: list[str] = []
    if rng.random() < 0.25:
        sents.append(f"{join(names)} are sets.")
        tags.append("declaration")
    # containment: grouped by parent
    kids: dict[str, list[str]] = {}
    for s in names:
        if parent[s]:
            kids.setdefault(parent[s], []).append(s)
    for p, ks in kids.items():
        for k in ks:
            g.rel("inside", k, p)
        if len(ks) > 1 and rng.random() < 0.5:
            sents.append(f"{p} {rng.choice(['is a superset of', 'contains', 'includes'])} {join(ks)}.")
            tags.append("coordination")
        else:
            for k in ks:
                f = rng.choice(["{k} is a subset of {p}.", "{k} is contained in {p}.", "{p} contains {k}.",
                                "{p} is a superset of {k}.", "{k} is a proper subset of {p}.",
                                "{k} is nested inside {p}.", "{k} is included in {p}."])
                sents.append(f.format(k=k, p=p))
                if "contained" in f or "included" in f or "nested" in f:
                    tags.append("passive")
    roots = [s for s in names if not parent[s]]
    overl: set[frozenset] = set()
    disj: set[frozenset] = set()
    if len(roots) >= 2:
        r = rng.random()
        if r < 0.35:
            grp = roots[: rng.randint(2, len(roots))]
            for i in range(len(grp)):
                for j in range(i + 1, len(grp)):
                    g.rel("outside", grp[i], grp[j])
                    disj.add(frozenset((grp[i], grp[j])))
            if len(grp) == 2:
                sents.append(rng.choice(["{a} and {b} are disjoint.", "{a} is disjoint from {b}.",
                                         "{a} does not intersect {b}.", "{a} has nothing in common with {b}.",
                                         "{a} and {b} do not overlap."]).format(a=grp[0], b=grp[1]))
            else:
                sents.append(f"{rng.choice(['Sets ', '', 'The sets '])}{join(grp)} are "
                             f"{rng.choice(['pairwise disjoint', 'mutually disjoint', 'disjoint'])}.")
        elif r < 0.65:
            a, b = roots[0], roots[1]
            g.rel("overlaps", a, b)
            overl.add(frozenset((a, b)))
            sents.append(rng.choice(["{a} intersects {b}.", "{a} and {b} overlap.", "{a} overlaps with {b}.",
                                     "{a} meets {b}.", "{a} intersects with {b}."]).format(a=a, b=b))
        elif r < 0.85:
            a, b = roots[0], roots[1]
            kind = rng.choice(["left_of", "right_of", "above", "below"])
            if kind in ("left_of", "above"):
                g.rel(kind, a, b)
            else:
                g.rel("left_of" if kind == "right_of" else "above", b, a)
            phr = {"left_of": ["is left of", "is to the left of"], "right_of": ["is right of", "is to the right of"],
                   "above": ["is above", "is on top of"], "below": ["is below", "is under"]}[kind]
            sents.append(f"{a} {rng.choice(phr)} {b}.")
            tags.append("position")
        else:
            a, b = roots[0], roots[1]
            if rng.random() < 0.5:
                g.rel("larger", a, b)
                sents.append(f"{a} is {rng.choice(['larger', 'bigger'])} than {b}.")
            else:
                g.rel("larger", b, a)
                sents.append(f"{a} is smaller than {b}.")
            tags.append("size")
    # elements
    for e in ELEM_NAMES[: rng.choice([0, 0, 1, 1, 2, 3])]:
        g.add("element", e)
        ov = [tuple(p) for p in overl]
        if ov and rng.random() < 0.5:
            a, b = sorted(ov[0])
            g.rel("element_of", e, a)
            g.rel("element_of", e, b)
            sents.append(f"{e} is {rng.choice(['an element of', 'a member of'])} {a} and of {b}.")
            continue
        s = rng.choice(names)
        g.rel("element_of", e, s)
        sents.append(rng.choice(["{e} is an element of {s}.", "{e} belongs to {s}.", "{e} is a member of {s}.",
                                 "{e} lies in {s}."]).format(e=e, s=s))
    if not g.relations:
        sents.append(f"{rng.choice(['Sets ', ''])}{join(names)} are {rng.choice(['pairwise disjoint', 'disjoint'])}.")
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                g.rel("outside", names[i], names[j])
    named = {r["source"] for r in g.relations} | {r["target"] for r in g.relations}
    quiet = [x for x in names if x not in named]
    if quiet and "declaration" not in tags:  # every set of the gold graph is named in the text
        sents.append(f"{join(quiet)} {'is a set' if len(quiet) == 1 else 'are sets'}.")
        tags.append("declaration")
    rng.shuffle(sents) if rng.random() < 0.3 else None
    pre = rng.choice(["", "", "", "Draw a Venn diagram where ", "Please show an Euler diagram: ", "In this diagram, "])
    text = " ".join(sents)
    if pre:
        text = pre + text
        tags.append("filler")
    if rng.random() < 0.05:
        text = text.replace("subset", "subest", 1).replace("element", "elemnet", 1)
        tags.append("typo")
    return text, g, tags


def sets_unsat(rng: random.Random) -> tuple[str, Gold, str]:
    g = Gold()
    ns = rng.choice(SET_NAMES[:3])
    kind = rng.choice(["containment_cycle", "element_outside_superset", "positional_cycle",
                       "subset_disjoint", "size_contradiction", "overlap_contradiction"])
    if kind == "containment_cycle":
        k = rng.choice([2, 3])
        s = ns[:k]
        for x in s:
            g.add("set", x)
        sents = []
        for i in range(k):
            g.rel("inside", s[i], s[(i + 1) % k])
            sents.append(rng.choice(["{a} is a subset of {b}.", "{a} is contained in {b}.",
                                     "{b} contains {a}."]).format(a=s[i], b=s[(i + 1) % k]))
    elif kind == "element_outside_superset":
        a, b = ns[:2]
        g.add("set", a), g.add("set", b), g.add("element", "x")
        g.rel("element_of", "x", a)
        g.rel("inside", a, b)
        g.rel("outside", "x", b)
        sents = ["x is an element of %s." % a, f"{a} is a subset of {b}.",
                 rng.choice(["x is outside %s.", "x is not in %s."]) % b]
    elif kind == "positional_cycle":
        k = rng.choice([2, 3])
        s = ns[:k]
        for x in s:
            g.add("set", x)
        rel = rng.choice(["left_of", "above"])
        sents = []
        for i in range(k):
            g.rel(rel, s[i], s[(i + 1) % k])
            sents.append(f"{s[i]} is {'left of' if rel == 'left_of' else 'above'} {s[(i + 1) % k]}.")
    elif kind == "subset_disjoint":
        a, b = ns[:2]
        g.add("set", a), g.add("set", b)
        g.rel("inside", a, b)
        g.rel("outside", a, b)
        sents = [f"{a} is a subset of {b}.", rng.choice([f"{a} is disjoint from {b}.", f"{a} and {b} are disjoint."])]
    elif kind == "overlap_contradiction":
        a, b = ns[:2]
        g.add("set", a), g.add("set", b)
        g.rel("inside", a, b)
        g.rel("overlaps", a, b)
        sents = [f"{a} is a subset of {b}.", f"{a} intersects {b}."]
    else:
        a, b = ns[:2]
        g.add("set", a), g.add("set", b)
        if rng.random() < 0.5:
            g.rel("larger", a, b)
            g.rel("larger", b, a)
            sents = [f"{a} is larger than {b}.", f"{b} is larger than {a}."]
        else:
            g.rel("inside", a, b)
            g.rel("larger", a, b)
            sents = [f"{a} is a subset of {b}.", f"{a} is larger than {b}."]
    return " ".join(sents), g, kind


# ------------------------------------------------------------------------------------------- crystal

def crystal_data() -> tuple[dict, dict]:
    import sys
    sys.path.insert(0, str(ROOT.parent))
    with open(ROOT.parent / "solvers" / "crystal.yaml", encoding="utf-8") as f:
        d = yaml.safe_load(f)
    with open(ROOT.parent / "grammars" / "crystal" / "grammar.yaml", encoding="utf-8") as f:
        gr = yaml.safe_load(f)
    return d, gr


PROTO_WORDS = {"rock_salt": ["rock salt", "rocksalt", "halite", "rock salt structure"],
               "cesium_chloride": ["CsCl-type", "cesium chloride structure"],
               "bcc": ["bcc", "body-centred cubic", "body-centered cubic"],
               "fcc": ["fcc", "face-centred cubic", "face-centered cubic", "cubic close-packed"],
               "hcp": ["hcp", "hexagonal close-packed"],
               "diamond": ["diamond", "diamond cubic"],
               "zinc_blende": ["zinc blende", "sphalerite", "zincblende"],
               "fluorite": ["fluorite", "fluorite structure"],
               "perovskite": ["perovskite", "cubic perovskite"]}
ZONES = {"rock_salt": ["001", "111"], "cesium_chloride": ["001", "110"], "bcc": ["001", "111"],
         "fcc": ["001", "110", "111"], "hcp": ["001"], "diamond": ["001", "110"],
         "zinc_blende": ["001", "110"], "fluorite": ["001", "111"], "perovskite": ["001", "111"]}


def elements_of(formula: str) -> list[str]:
    import re
    return [m.group(1) for m in re.finditer(r"([A-Z][a-z]?)(\d*)", formula)]


def crystal_gold(formula: str) -> Gold:
    g = Gold()
    g.entities.append({"id": "structure", "kind": "structure", "name": formula, "attributes": {}})
    for el in elements_of(formula):
        g.entities.append({"id": el, "kind": "species", "name": el, "attributes": {}})
        g.rel("part_of", el, "structure")
    return g


def length(rng: random.Random, a: float) -> str:
    u = rng.choice(["Å", "angstrom", "Å", "pm", "nm"])
    if u == "pm":
        return f"{a * 100:.4g} pm"
    if u == "nm":
        return f"{a / 10:.4g} nm"
    return f"{a:.4g} {u}"


def crystal_item(rng: random.Random, d: dict, gr: dict) -> tuple[str, Gold, list[str], dict, str]:
    # the prototypes the suite was drawn with (a structure type added later, e.g. simple cubic, would change
    # every later draw and the published suite with it)
    mats = {k: v for k, v in d["materials"].items() if v["prototype"] in PROTO_WORDS}
    formula = rng.choice(sorted(mats))
    m = mats[formula]
    proto = m["prototype"]
    names = {v: k for k, v in gr["compounds"].items()}
    el_names = {v: k for k, v in gr["elements"].items()}
    tags: list[str] = []
    if rng.random() < 0.25 and (formula in names or formula in el_names):
        who = names.get(formula) or el_names[formula]
        tags.append("name")
    else:
        who = formula
    pw = rng.choice(PROTO_WORDS[proto]) if rng.random() < 0.75 else ""
    parts = [f"{pw} {who}".strip()]
    spec = [f"{PROTO_WORDS[proto][0]} {formula}"]
    if rng.random() < 0.4:
        a = m["a"] * rng.uniform(0.99, 1.01)
        parts.append(rng.choice(["with a = {L}", "with lattice constant {L}", ", a = {L}"]).format(L=length(rng, a)))
        spec.append(f"with a = {a:.4f} Å")
        tags.append("quantity")
    zone = rng.choice(ZONES[proto]) if rng.random() < 0.6 else None
    if zone:
        parts.append(rng.choice(["viewed along [{z}]", "along [{z}]", "seen along the [{z}] axis",
                                 "projected along [{z}]"]).format(z=zone))
        spec.append(f"along [{zone}]")
    if rng.random() < 0.2:
        parts.append("with bonds")
        spec.append("with bonds")
    if proto in ("fcc", "bcc") and rng.random() < 0.2:
        w = rng.choice(["octahedral", "tetrahedral"])
        parts.append(f"{rng.choice(['with', 'and mark the', 'showing the'])} {w} interstitial sites")
        spec.append(f"with {w} interstitial sites")
    text = " ".join(p for p in parts).replace(" ,", ",")
    if rng.random() < 0.15:
        text = rng.choice(["Draw ", "Please show ", "A figure of "]) + text
        tags.append("filler")
    g = crystal_gold(formula)
    key = {"counts": g.counts(), "formula": formula, "structure": proto,
           "space_group": dict(d["prototypes"][proto]["space_group"])}
    return text, g, tags, key, " ".join(spec)


def crystal_unsat(rng: random.Random, d: dict) -> tuple[str, Gold, str, str]:
    mats = {k: v for k, v in d["materials"].items() if v["prototype"] in PROTO_WORDS}  # as crystal_item
    kind = rng.choice(["lattice_too_small", "lattice_too_small", "wrong_space_group", "wrong_stoichiometry"])
    if kind == "lattice_too_small":
        formula = rng.choice(sorted(f for f in mats if mats[f]["prototype"] != "hcp"))
        proto = mats[formula]["prototype"]
        a = rng.choice([0.8, 1.0, 1.2, 1.5])
        L = rng.choice([f"{a:g} Å", f"{a:g} angstrom", f"{a * 100:g} pm", f"{a / 10:g} nm"])
        text = f"{PROTO_WORDS[proto][0]} {formula} with {rng.choice(['a =', 'lattice constant'])} {L}"
    elif kind == "wrong_space_group":
        formula = rng.choice(["NaCl", "CsCl", "Cu", "Fe", "Si", "KCl", "Al", "W"])
        proto = mats[formula]["prototype"]
        right = d["prototypes"][proto]["space_group"]["symbol"]
        wrong = rng.choice([s for s in ["Fm-3m", "Pm-3m", "Im-3m", "Fd-3m"] if s != right])
        text = rng.choice([f"{PROTO_WORDS[proto][0]} {formula} in space group {wrong}",
                           f"{formula} with space group {wrong}"])
    else:
        proto, formula = rng.choice([("rock_salt", "CaF2"), ("cesium_chloride", "CaF2"), ("fluorite", "NaCl"),
                                     ("rock_salt", "SrTiO3"), ("perovskite", "NaCl"), ("fluorite", "KCl")])
        text = f"{rng.choice(PROTO_WORDS[proto])} {formula}"
    return text, crystal_gold(formula), kind, text


# ------------------------------------------------------------------------------------------- main

def build(seed: int = 0, n_cell: int = 130, n_sets: int = 130, n_crystal: int = 80) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    d, gr = crystal_data()
    out: dict[str, list[dict]] = {"cell": [], "sets": [], "crystal": []}
    for i in range(n_cell):
        if i % 4 == 3:
            text, g, kind = cell_unsat(rng)
            out["cell"].append(item("cell", i, text, "unsat", kind, g, {"counts": g.counts()}, ["impossible"]))
        else:
            text, g, tags = cell_item(rng)
            out["cell"].append(item("cell", i, text, "sat", None, g, {"counts": g.counts()}, tags))
    for i in range(n_sets):
        if i % 4 == 3:
            text, g, kind = sets_unsat(rng)
            out["sets"].append(item("sets", i, text, "unsat", kind, g, {"counts": g.counts()}, ["impossible"]))
        else:
            text, g, tags = sets_item(rng)
            out["sets"].append(item("sets", i, text, "sat", None, g, {"counts": g.counts()}, tags))
    for i in range(n_crystal):
        if i % 4 == 3:
            text, g, kind, spec = crystal_unsat(rng, d)
            it = item("crystal", i, text, "unsat", kind, g, {"counts": g.counts()}, ["impossible"])
        else:
            text, g, tags, key, spec = crystal_item(rng, d, gr)
            it = item("crystal", i, text, "sat", None, g, key, tags)
        it["gold"]["spec"] = spec
        out["crystal"].append(it)
    prompts = []
    for f in sorted((ROOT / "prompts").glob("*.yaml")):
        for k, x in enumerate(yaml.safe_load(f.read_text(encoding="utf-8")) or []):
            prompts.append({"id": f"{f.stem}-p{k:03d}", "domain": f.stem, "text": x["text"], "expect": x["expect"],
                            "impossible": None, "gold": None, "key": None, "tags": ["hand-written"],
                            "source": f"benchmarks/prompts/{f.name}"})
    out["prompts"] = prompts
    return out


def item(domain: str, i: int, text: str, expect: str, kind: str | None, g: Gold, key: dict, tags: list[str]) -> dict:
    return {"id": f"{domain}-{i:04d}", "domain": domain, "text": " ".join(text.split()), "expect": expect,
            "impossible": kind, "gold": g.to_dict(), "key": key, "tags": sorted(set(tags))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "suite"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for name, items in build(args.seed).items():
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        total += len(items)
        print(f"{name}: {len(items)} items")
    print(f"total: {total} items → {out}")


if __name__ == "__main__":
    main()
