"""Each science's concepts — the words that signal it — and the script that derives them.

``grammars/<science>/concepts.yaml`` lists, per science, the lemmas (single words and phrases) whose
meaning belongs to it, each with a weight in (0, 1]: how surely the word means this science. Detection
(``nesy.registry.detect_domain``) scores a text's mentions against these lists.

Where the words come from (all by ``python -m nesy.parse.concepts [open-english-wordnet.tar.xz]``):

* **WordNet seeds** (``SEEDS``): a synset id per core concept of the science (the electrical sense of
  "resistor", the astronomical sense of "orbit") and its whole hyponym closure — every kind of
  celestial body, every polygon; ``up`` also takes the seed's direct hypernym's members (at half weight).
* **WordNet topics** (``TOPICS``): the synsets WordNet files under a subject ("(astronomy)",
  "(optics)", "(statistics)") — at ``TOPIC_WEIGHT``.
* **the science's own grammar** (``VOCAB_KEYS``: the entries of ``grammars/<science>/grammar.yaml``
  that name things of the science, never its neutral or relation words).
* **by hand** (``HAND``): a few words WordNet lacks ("dfa", "micrograph"-style jargon).

A word's weight is its tier times the square root of the share of its WordNet senses that lie in the
science ("resistor": 1 of 1 senses → 1.0; "cell": 1 of 7 senses → 0.38; "set": 1 of 52 → 0.14), so a
polysemous everyday word counts for less than a technical one. Quantities signal sciences by their unit
or dimensionality (``DIMENSIONS``: Ω → circuits, Å → crystal, AU → astronomy, N → mechanics), written to
the same files.

Open English WordNet (2025+ edition, commit d94538a; CC BY 4.0 and the WordNet licence, shipped as
``grammars/common/open-english-wordnet.LICENSE.md``). Nothing reads ``../shared`` at run time.
"""
from __future__ import annotations

import functools
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .lexicon import WORDNET, WORDNET_COMMIT  # where the WordNet tarball is, and which commit

__all__ = ["Concepts", "concepts", "derive", "WORDNET", "SCIENCES", "SEEDS", "TOPICS", "VOCAB_KEYS", "HAND", "DIMENSIONS",
           "CONCEPT_FILE"]

SCIENCES = ("astronomy", "automata", "cell", "circuits", "crystal", "geometry", "mechanics", "microscopy",
            "optics", "sets")
CONCEPT_FILE = "{science}/concepts.yaml"
TOPIC_WEIGHT = 0.6
MIN_WEIGHT = 0.1

# science → (synset id, gloss for the reader, also the direct hypernym's members)
SEEDS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    "cell": (
        ("00006484-n", "cell: the basic structural and functional unit of all organisms", False),
        ("05453244-n", "organelle, cell organelle: a specialized part of a cell", False),
        ("05440524-n", "cytoplasm: the protoplasm of a cell excluding the nucleus", False),
        ("05442503-n", "nucleus, cell nucleus, karyon", False),
        ("05449707-n", "chromosome: a threadlike strand of DNA in the cell nucleus", False),
        ("13465876-n", "cell division", False),
        ("01418267-n", "eukaryote: an organism with cells with a nucleus", False),
        ("01418561-n", "prokaryote: a unicellular organism lacking a nucleus", False),
        ("01351171-n", "bacteria, bacterium", False),
    ),
    "sets": (
        ("08016141-n", "set: (mathematics) an abstract collection of numbers or symbols", False),
        ("08017651-n", "subset: a set contained within a set", False),
        ("08015154-n", "union, sum, join: a set containing the members of given sets", False),
        ("08015510-n", "intersection: the set of elements common to two or more sets", False),
        ("04533116-n", "Venn diagram", False),
        ("05098974-n", "probability, chance: how likely an event is", False),
        ("05872761-n", "random variable, variate, stochastic variable", False),
        ("05736981-n", "distribution, statistical distribution", False),
        ("06034344-n", "variance: the second moment around the mean", False),
        ("06034580-n", "standard deviation", False),
        ("06033638-n", "expectation, expected value, mean", False),
        ("03195713-n", "die, dice: a cube used in games of chance", False),
    ),
    "crystal": (
        ("14907357-n", "crystal: a solid with a regularly repeating internal structure", False),
        ("05740031-n", "space lattice, crystal lattice, Bravais lattice", False),
        ("05737820-n", "lattice: a regular periodic arrangement of points or particles", False),
        ("09488925-n", "unit cell: the smallest repeating group of atoms of a crystal", False),
        ("06108483-n", "crystallography", False),
        ("11456397-n", "chemical bond, bond: an electrical force linking atoms", False),
    ),
    "astronomy": (
        ("09262646-n", "celestial body, heavenly body", False),
        ("08629606-n", "orbit, celestial orbit", False),
        ("02047875-v", "orbit, revolve: move in an orbit", False),
        ("09462337-n", "solar system", False),
        ("08287963-n", "galaxy: a collection of star systems", False),
        ("04144527-n", "satellite, artificial satellite, orbiter", False),
        ("04272024-n", "spacecraft, space vehicle", False),
        ("06104629-n", "astronomy", False),
        ("11484542-n", "gravity, gravitation", False),
    ),
    "optics": (
        ("03661810-n", "lens, lens system: a transparent optical device", False),
        ("03778568-n", "mirror: polished surface that forms images by reflecting light", False),
        ("11448137-n", "beam, light beam, ray", False),
        ("11523705-n", "refraction: the change in direction of a propagating wave", False),
        ("11523478-n", "reflection: a wave being thrown back from a surface", False),
        ("05093657-n", "focal length, focal distance", False),
        ("04011716-n", "prism, optical prism", False),
        ("03856861-n", "optical device", False),
        ("06110385-n", "optics", False),
    ),
    "geometry": (
        ("13885789-n", "plane figure, two-dimensional figure", False),
        ("13910202-n", "angle: the space between two intersecting lines", False),
        ("13893773-n", "tangent: a line that touches a curve", False),
        ("13897566-n", "chord: a line connecting two points on a curve", False),
        ("13894177-n", "radius: a line from the centre to the perimeter of a circle", False),
        ("06014015-n", "geometry", False),
        ("06021862-n", "trigonometry", False),
    ),
    "mechanics": (
        ("11479041-n", "force: (physics) the influence that produces a change", False),
        ("15300837-n", "acceleration: (physics) a rate of increase of velocity", False),
        ("15307914-n", "speed, velocity", False),
        ("11479937-n", "friction: resistance when one body moves in contact with another", False),
        ("05036303-n", "momentum: mass times velocity", False),
        ("04026692-n", "pulley", False),
        ("04058661-n", "ramp, incline", False),
        ("11535484-n", "tension: a stress that elongates an elastic body", False),
        ("04295410-n", "spring: an elastic device", False),
        ("03706297-n", "machine, simple machine", False),
        ("05034009-n", "weight: the force exerted by a mass under gravity", False),
        ("11490892-n", "kinetic energy", False),
        ("11501734-n", "trajectory: the path of an object moving through space", False),
        ("06109843-n", "mechanics", False),
    ),
    "circuits": (
        ("03037347-n", "circuit, electrical circuit", False),
        ("04087045-n", "resistor", True),
        ("02958683-n", "capacitor, condenser", False),
        ("03574194-n", "inductor", False),
        ("02813606-n", "battery, electric battery", False),
        ("02994503-n", "cell, electric cell", False),
        ("11543971-n", "voltage, electromotive force, emf", False),
        ("11514227-n", "electric potential, potential difference", False),
        ("11463628-n", "current, electric current", False),
        ("11524386-n", "electrical resistance, impedance", False),
        ("11453660-n", "capacitance", False),
        ("11488572-n", "induction, inductance", False),
        ("11455142-n", "charge, electric charge", False),
        ("04379457-n", "switch, electric switch", False),
        ("02705848-n", "ammeter", False),
        ("04548606-n", "voltmeter", False),
        ("11470244-n", "electricity", False),
    ),
    "automata": (
        ("80015001-n", "automaton: a machine that operates on its own", False),
        ("04506475-n", "Turing machine", False),
        ("06509450-n", "alphabet: a character set", False),
    ),
    "microscopy": (
        ("92464324-n", "micrograph", False),
        ("03766206-n", "microscope", False),
        ("00642132-n", "microscopy", False),
        ("15077537-n", "stain: (microscopy) a dye used in microscopy", False),
        ("00284175-v", "stain, dye: color for microscopic study", False),
        ("05272638-n", "smear, cytologic smear", False),
        ("04245030-n", "slide, microscope slide", False),
        ("11478519-n", "fluorescence", False),
        ("06086963-n", "histology", False),
    ),
}

# science → WordNet subject synsets whose filed members signal it (at TOPIC_WEIGHT)
TOPICS: dict[str, tuple[tuple[str, str], ...]] = {
    "cell": (("06080053-n", "cytology"), ("06087638-n", "molecular biology")),
    "sets": (("06027814-n", "statistics"),),
    "crystal": (("06108483-n", "crystallography"),),
    "astronomy": (("06104629-n", "astronomy"),),
    "optics": (("06110385-n", "optics"),),
    "geometry": (("06014015-n", "geometry"),),
    "mechanics": (("06109843-n", "mechanics"),),
    "circuits": (("11470244-n", "electricity"), ("06108876-n", "electronics")),
    "automata": (),
    "microscopy": (("00642132-n", "microscopy"),),
}

# the grammar entries that name things of the science (never neutral, relation or number words)
VOCAB_KEYS: dict[str, tuple[str, ...]] = {
    "astronomy": ("named_bodies", "sun", "planet_words", "comet_words", "moon_words", "the_moon", "elliptical"),
    "automata": ("kinds", "state_words", "accept_words", "epsilon", "alphabet_words", "keywords"),
    # the cell types its grammar names ("hepatocyte", "liver cell", "neuron"): grammars/cell/cell_types.yaml
    "cell": ("entities", "keywords", "cell_types.yaml:nouns"),
    "circuits": ("kinds", "operators"),
    # (the anion names of binary compounds, "caesium bromide", "nickel oxide": grammars/crystal/names.yaml)
    "crystal": ("structure_types", "keywords", "interstitial", "octahedral", "tetrahedral", "bonds_on", "names.yaml:anions"),
    "geometry": ("figures", "polygons", "flags", "incircle", "circumcircle", "tangent", "strong", "weak"),
    "mechanics": ("scenes", "forces", "frictionless", "bodies", "strong"),
    "microscopy": ("cues", "image", "multinucleate", "modality",
                   # the imaging conditions only a micrograph has (fluorophores, camera noise, mitotic figures) and
                   # the cell lines it names ("HeLa", "U2OS"): a file beside the grammar, or in configs/ (not its
                   # colours, focus or density words: "in focus", "closely packed", "black and white" are optics',
                   # crystals' and every figure's words too)
                   "conditions.yaml:fluorophore", "conditions.yaml:noise", "conditions.yaml:mitotic",
                   "configs/microscopy_cell_lines.yaml:cell_lines"),
    "optics": ("elements", "image_words", "real", "virtual", "inverted", "upright"),
    "sets": ("entities", "keywords"),
}

# words WordNet lacks or files elsewhere, by hand (weight 1 unless given)
HAND: dict[str, dict[str, float]] = {
    "automata": {"dfa": 1.0, "nfa": 1.0, "fsm": 1.0, "finite automaton": 1.0, "state machine": 1.0,
                 "finite state machine": 1.0, "accepting state": 1.0, "start state": 1.0, "regular language": 1.0},
    "sets": {"venn": 1.0, "euler diagram": 1.0, "sample space": 1.0, "complement": 0.5, "pdf": 0.6,
             "pmf": 1.0, "cdf": 1.0, "joint density": 1.0, "density function": 0.8, "random": 0.5,
             "randomly": 0.5, "probability": 1.0, "independent": 0.4, "mutually exclusive": 1.0},
    # ("energy source": a circuit's source in the grammar, but also the world's coal, wind and sun)
    "circuits": {"series": 0.6, "parallel": 0.6, "rc": 1.0, "rlc": 1.0, "lc": 0.8, "emf": 1.0, "energy source": 0.3,
                 "loudspeaker": 0.6, "terminal": 0.4},
    "astronomy": {"exoplanet": 1.0, "orbital": 0.8, "altitude": 0.3, "light-year": 1.0, "earth": 0.7,
                  "sun": 0.8, "moon": 0.8},
    "mechanics": {"projectile": 0.8, "block": 0.5, "frictionless": 1.0, "kinetic friction": 1.0,
                  "static friction": 1.0, "free body diagram": 1.0, "free-body diagram": 1.0},
    "optics": {"converging": 0.8, "diverging": 0.8, "focal point": 1.0, "index of refraction": 1.0,
               "refractive index": 1.0, "virtual image": 1.0, "real image": 1.0},
    # (a scale bar: of nesy's sciences only micrographs carry one)
    "microscopy": {"field of view": 0.8, "binucleate": 1.0, "multinucleate": 1.0, "scale bar": 1.0},
    "cell": {"organelle": 1.0, "mitochondrion": 1.0, "mitochondria": 1.0, "axon": 0.7, "membrane": 0.6},
    "crystal": {"lattice constant": 1.0, "space group": 1.0, "miller index": 1.0, "zone axis": 1.0,
                "lattice parameter": 1.0, "packing fraction": 1.0, "packing factor": 1.0, "packing efficiency": 1.0,
                "coordination number": 0.6, "crystallise": 1.0, "crystallize": 1.0, "octahedral hole": 1.0,
                "tetrahedral hole": 1.0, "cell edge": 1.0},
    # a shape adjective names the figure ("a triangular chamber PQR", "a rectangular plot"; geometry_objects)
    "geometry": {"vertex": 0.5, "vertices": 0.5, "perimeter": 0.6, "hypotenuse": 1.0, "triangular": 0.8,
                 "rectangular": 0.6, "pentagonal": 0.8, "octagonal": 0.6},
}

# words a grammar reads in its own phrases ("the same structure as", "a segmentation pipeline") that are
# everyday words outside them ("the structure of a poem", "a data pipeline"): no sign of a science alone
EVERYDAY = frozenset({"structure", "arrangement", "adopt", "screen", "mask", "pipeline", "objective",
                      "segmentation"})

# quantities: (science, pint unit names or dimensionalities, weight) — a unit only a science uses is
# strong; a dimension several sciences share is weak and counted for each of them
DIMENSIONS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("circuits", ("[mass] * [length] ** 2 / [time] ** 3 / [current] ** 2",), 1.0),            # Ω
    ("circuits", ("[current] ** 2 * [time] ** 4 / [mass] / [length] ** 2",), 1.0),             # F
    ("circuits", ("[mass] * [length] ** 2 / [time] ** 2 / [current] ** 2",), 1.0),             # H
    ("circuits", ("[mass] * [length] ** 2 / [current] / [time] ** 3",), 1.0),                  # V
    ("circuits", ("[current]",), 0.8),                                                          # A
    ("circuits", ("[current] * [time]",), 0.4),                                                 # C
    ("mechanics", ("[length] * [mass] / [time] ** 2",), 0.8),                                   # N
    ("mechanics", ("[length] / [time] ** 2",), 0.6),                                            # m/s²
    ("mechanics", ("[length] / [time]",), 0.3),                                                 # m/s
    ("mechanics", ("[mass] / [time] ** 2",), 0.6),                                              # N/m
    ("mechanics", ("[length] ** 2 * [mass] / [time] ** 2",), 0.3),                              # J
    ("mechanics", ("[mass]",), 0.25),
    ("astronomy", ("[mass]",), 0.1),
    ("astronomy", ("astronomical_unit", "light_year", "parsec", "solar_mass", "earth_mass", "jupiter_mass",
                   "solar_radius", "earth_radius", "julian_year"), 1.0),
    ("crystal", ("angstrom", "picometer"), 1.0),
    ("optics", ("diopter",), 1.0),
    ("cell", ("[substance] / [length] ** 3",), 0.4),                                            # mol/L
)


@dataclass(frozen=True)
class Concepts:
    """The concept lexicons: ``words[science][lemma]`` → weight (a phrase is words joined by spaces);
    ``units``/``dims``: a pint unit name or dimensionality → ``{science: weight}``."""
    words: dict[str, dict[str, float]]
    units: dict[str, dict[str, float]]
    dims: dict[str, dict[str, float]]
    longest: int

    def claims(self, lemma: str) -> dict[str, float]:
        """The sciences a lemma (lower case) signals, with their weights."""
        lemma = lemma.lower()
        return {s: ws[lemma] for s, ws in self.words.items() if lemma in ws}

    def quantity(self, unit: str, dimensionality: str) -> dict[str, float]:
        """The sciences a quantity signals: by its unit when a science owns it, else by its dimensionality."""
        return dict(self.units.get(unit) or self.dims.get(dimensionality) or {})


@functools.lru_cache(maxsize=1)
def concepts() -> Concepts:
    """The lexicons of every science, loaded once from ``grammars/<science>/concepts.yaml``."""
    from ..resources import load_yaml
    words: dict[str, dict[str, float]] = {}
    units: dict[str, dict[str, float]] = {}
    dims: dict[str, dict[str, float]] = {}
    longest = 1
    for s in SCIENCES:
        d = load_yaml("grammars", CONCEPT_FILE.format(science=s))
        words[s] = {str(k): float(v) for k, v in d["words"].items()}
        longest = max([longest] + [k.count(" ") + 1 for k in words[s]])
        for k, v in (d.get("units") or {}).items():
            units.setdefault(str(k), {})[s] = float(v)
        for k, v in (d.get("dimensions") or {}).items():
            dims.setdefault(str(k), {})[s] = float(v)
    return Concepts(words, units, dims, longest)


# how much a word counts by where the reading found it: a mention's head names the thing, a modifier
# only qualifies it, a relation's verb says what happens; a quantity's unit counts as given in DIMENSIONS
HEAD, MODIFIER, PREDICATE, LOOSE = 1.0, 0.4, 0.5, 0.4
# nouns that, followed by "of", name the figure rather than what it shows
FRAMES = frozenset({"image", "picture", "model", "diagram", "illustration", "drawing", "sketch", "figure",
                    "representation", "view", "schematic", "rendering", "graphic"})
THEME = 1.5             # the first thing a text names is its theme ("a cell with a flux capacitor")
REPEAT_CAP = 2          # a word repeated counts at most this many times
QUANTITY_CAP = 2.0      # what quantities alone may add to a science


# Words that name what a set gathers, or a shape that stands for a set, are the sets science's whatever science
# they belong to: "the set of squares is contained in the set of rectangles" is a Venn diagram of shapes, not a
# square (requests-22 sets-08: drawn as geometry), and "draw a rectangle for S, the 40 students … P is the set of
# students who own only a phone" draws S as the universal set's rectangle (sets-09). ``gathered`` finds "the set
# of <members>" (also "the subset of", "the sets of", "the set of all"), whose members' words are skipped, and a
# closed shape drawn "for" a set's letter ("a rectangle for S", "a circle representing A"); each is a set named
# by a construction of the sets science's own (set-builder notation in words; Venn's closed curves for sets:
# J. Venn, "On the diagrammatic and mechanical representation of propositions and reasonings", 1880).
_GATHER = re.compile(r"(?i)\b(?:the\s+(?:sub|super)?sets?|(?:a|an|one)\s+(?:sub|super)sets?|sets?(?=\s+of\s+all\b))"
                     r"\s+of\s+(?:all\s+)?(?:the\s+)?(?P<obj>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*s\b|[a-z][\w\-]*)")
_DRAWN_FOR = re.compile(r"(?i)\b(?P<obj>rectangles?|circles?|ovals?|ellipses?|closed\s+curves?)\s+"
                        r"(?:for|representing|to\s+represent|standing\s+for|to\s+stand\s+for)\s+(?-i:[A-Z])(?![\w'’])"
                        # (the letter alone: "a circle for G major" names no set)
                        r"(?=\s*(?:[,.;:)(]|$|\s(?:and|or|inside|within|in|with|apart|that|which)\b))")
GATHERED = 1.0          # what "the set of X" or "a circle for A" weighs for sets (as one own head word)


def gathered(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that a set gathers or a shape drawn for a set covers (see ``_GATHER``): their words
    are not evidence for their own science."""
    return [m.span("obj") for rx in (_GATHER, _DRAWN_FOR) for m in rx.finditer(text)]


def _share(claims: dict[str, float]) -> dict[str, float]:
    """Each science's weight times its share of the word (a word several sciences claim counts less)."""
    tot = sum(claims.values())
    return {s: w * math.sqrt(w / tot) for s, w in claims.items()} if tot else {}


def _phrase_claims(c: Concepts, words: list[str]) -> tuple[dict[str, float], int]:
    """The claims of the longest phrase ending at the last of ``words`` (and how many words it took)."""
    for k in range(min(len(words), c.longest), 0, -1):
        cl = c.claims(" ".join(words[-k:]))
        if cl:
            return cl, k
    return {}, 0


def reading_scores(reading: Any) -> tuple[dict[str, float], list[str]]:
    """Score every science by the meaning of one ``read()`` of the text: mention heads (with the phrase
    their modifiers make: "focal length", "unit cell"), modifiers, relation verbs, quantities' units and
    any word left not understood. Also returns the phrases read that no science claims (for a refusal)."""
    c = concepts()
    score: dict[str, float] = {}
    seen: dict[str, int] = {}
    unclaimed: list[str] = []

    def put(key: str, claims: dict[str, float], role: float) -> None:
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > REPEAT_CAP:
            return
        for s, w in _share(claims).items():
            score[s] = score.get(s, 0.0) + role * w

    first = True
    held = gathered(reading.text)
    for a, b in held:
        put("gathered", {"sets": 1.0}, GATHERED)   # "the set of squares", "a rectangle for S"
    for m in reading.mentions:
        if m.pronoun:
            continue
        if m.head.lower() in FRAMES and re.match(r"\s+of\b", reading.text[m.span[1]:], re.I):
            continue  # "an image of a triangle", "a model of a cell": the figure itself; its subject is the theme
        if any(a < m.span[1] and m.span[0] < b for a, b in held):
            continue  # what a set gathers ("squares" of "the set of squares"): counted as the set's, above
        words = [w.lower() for w in m.modifiers] + [m.head.lower()]
        cl, k = _phrase_claims(c, words)
        put(" ".join(words[-k:]) if k else words[-1], cl, HEAD * (THEME if first else 1.0))
        first = False
        mods = words[:len(words) - max(k, 1)]
        mod_claims = [c.claims(w) for w in mods]
        for w, mc in zip(mods, mod_claims):
            put("mod:" + w, mc, MODIFIER)
        if not cl and not any(mod_claims) and not m.quantities:
            unclaimed.append(m.text)
    qsum: dict[str, float] = {}
    for q in reading.quantities:
        # a one-letter unit ("2 H", "6 C", "3 N") is also an element symbol or a name: half the evidence
        half = 0.5 if len(q.unit_text.strip()) == 1 and q.unit_text.isalpha() else 1.0
        for s, w in c.quantity(q.unit, q.dimensionality).items():
            qsum[s] = qsum.get(s, 0.0) + half * w
    for s, v in qsum.items():
        score[s] = score.get(s, 0.0) + min(v, QUANTITY_CAP)
    for r in reading.relations:
        for w in r.predicate.split():
            put("rel:" + w, c.claims(w), PREDICATE)
    for n in reading.not_understood:
        for w in re.findall(r"[A-Za-z][A-Za-z-]+", n.text):
            cl = c.claims(w)
            put("loose:" + w.lower(), cl, LOOSE)
    for s, v in notation_scores(reading.text).items():
        score[s] = score.get(s, 0.0) + v
    return score, unclaimed


# a figure named by its vertices ("PQR", "ABCD": distinct capitals) and one of its sides named too ("PQ", "CD")
_VERTEX_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Z]{3,5})(?![A-Za-z0-9])")
NOTATION = 1.0   # what a polygon written in vertex notation weighs for geometry (as one own head word)


def vertex_names(text: str) -> list[str]:
    """The names of 3–5 distinct capitals ("PQR") of which the text also names a side elsewhere ("PQ", "RP"):
    a polygon in vertex notation; an acronym ("DNA", "DAPI", "LED") has no side named after two of its letters."""
    out = []
    for m in _VERTEX_NAME.finditer(text):
        name = m.group(1)
        if len(set(name)) != len(name):
            continue
        sides = {name[i] + name[(i + 1) % len(name)] for i in range(len(name))}
        sides |= {x[::-1] for x in sides}
        rest = text[:m.start()] + " " + text[m.end():]
        if any(re.search(r"(?<![A-Za-z0-9])" + sd + r"(?![A-Za-z0-9])", rest) for sd in sides):
            out.append(name)
    return out


def notation_scores(text: str) -> dict[str, float]:
    """Evidence from notation rather than words: a polygon named by its vertices with one of its sides named
    as well ("a triangular chamber, PQR. Two walls, PQ and PR") is geometry's way of writing, whatever the
    words around it (``vertex_names``)."""
    return {"geometry": NOTATION} if vertex_names(text) else {}


@functools.lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    from .lemmas import lemma_table
    return lemma_table()


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def token_scores(text: str) -> dict[str, float]:
    """A quick score of every science from the text's words alone (no parse: lower-cased words, their
    lookup lemma, the longest phrase of the lexicons), for deciding whether a full reading is needed."""
    c = concepts()
    table = _lemma_table()
    toks = [t.lower() for t in _WORD.findall(text)]
    lem = [table.get(t, t).lower() for t in toks]
    score: dict[str, float] = {}
    seen: dict[str, int] = {}
    held = gathered(text)
    if held:   # "the set of squares": the members' words are the set's (see ``gathered``)
        score["sets"] = GATHERED * min(len(held), REPEAT_CAP)
        starts = [m.start() for m in _WORD.finditer(text)]
        skip = {j for j, p in enumerate(starts) if any(a <= p < b for a, b in held)}
    else:
        skip = set()
    i = 0
    while i < len(toks):
        if i in skip:
            i += 1
            continue
        hit, k = {}, 0
        for n in range(min(c.longest, len(toks) - i), 0, -1):
            for cand in (" ".join(toks[i:i + n]), " ".join(toks[i:i + n - 1] + [lem[i + n - 1]])):
                hit = c.claims(cand)
                if hit:
                    k = n
                    break
            if hit:
                break
        if hit:
            key = " ".join(lem[i:i + k])
            seen[key] = seen.get(key, 0) + 1
            if seen[key] <= REPEAT_CAP:
                for s, w in _share(hit).items():
                    score[s] = score.get(s, 0.0) + w
            i += k
        else:
            i += 1
    return score


# ---------------------------------------------------------------------------------------------
# derivation (a development tool: reads the WordNet tarball, writes grammars/<science>/concepts.yaml)

def _strings(v: Any) -> Iterable[str]:
    """Every string in a grammar entry: dict keys and values, list items (not numbers or booleans)."""
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for k, x in v.items():
            if isinstance(k, str):
                yield k
            yield from _strings(x)
    elif isinstance(v, (list, tuple)):
        for x in v:
            yield from _strings(x)


def _entry(sci: str, grammar: dict, key: str) -> Iterable[str]:
    """The phrases of one VOCAB_KEYS entry: a key of the science's grammar (every string in it), or
    ``file.yaml:key`` (a data file beside the grammar, or ``configs/…``), whose phrases are a list's items or
    a table's keys (never its values: levels such as "low", "high" are no science's words) and, for a table
    of named things, their ``aliases``."""
    if ":" not in key:
        yield from _strings(grammar.get(key, []))
        return
    from ..resources import load_yaml
    path, k = key.rsplit(":", 1)
    data = load_yaml("configs", path[len("configs/"):]) if path.startswith("configs/") \
        else load_yaml("grammars", f"{sci}/{path}")
    v = (data or {}).get(k) or []
    if isinstance(v, dict):
        for name, x in v.items():
            yield str(name)
            if isinstance(x, dict):
                yield from _strings(x.get("aliases", []))
    else:
        yield from _strings(v)


def _norm(w: str) -> str:
    return re.sub(r"\s+", " ", w.replace("_", " ").strip().lower())


def derive(tarball: Path | None = None, out_dir: Path | None = None) -> list[Path]:
    """Write every science's ``concepts.yaml`` from the WordNet tarball and the science's grammar."""
    from ..resources import data_dir, load_yaml
    from .lemmas import lemma_table
    from .lexicon import no_content, read_wordnet
    out = Path(out_dir) if out_dir else data_dir("grammars")
    syn, _ = read_wordnet(tarball, ("verb", "noun", "adj", "adv"))
    hyponyms: dict[str, list[str]] = {}
    topic: dict[str, list[str]] = {}
    senses: dict[str, set[str]] = {}
    adverbs = {_norm(m) for s in syn.values() if s.get("partOfSpeech") == "r" for m in s.get("members", [])}
    syn = {k: v for k, v in syn.items() if v.get("partOfSpeech") != "r"}
    for sid, s in syn.items():
        for h in s.get("hypernym", []):
            hyponyms.setdefault(h, []).append(sid)
        for t in s.get("domain_topic", []):
            topic.setdefault(t, []).append(sid)
        for m in s.get("members", []):
            senses.setdefault(_norm(m), set()).add(sid)
    skip = no_content()
    lemmas = {k.lower(): v.lower() for k, v in lemma_table().items()}

    def closure(sid: str) -> set[str]:
        seen, todo = set(), [sid]
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(hyponyms.get(x, []))
        return seen

    def usable(w: str) -> bool:  # an adverb only ("along", "across") says where, not which science
        return len(w) > 2 and not skip.classify(w) and not re.search(r"\d", w) and \
            (w in senses or w not in adverbs) and w not in EVERYDAY

    def member(m: str) -> bool:  # an acronym WordNet lists ("ABC" for alphabet) reads as a name in a text
        return not (m.isupper() and len(m) <= 4)

    paths = []
    for sci in SCIENCES:
        inside: dict[str, set[str]] = {}      # lemma → its senses within the science
        tier: dict[str, float] = {}
        prov: list[str] = []

        def add(w: str, sid: str | None, t: float) -> None:
            w = _norm(w)
            if not usable(w):
                return
            if sid:
                inside.setdefault(w, set()).add(sid)
            tier[w] = max(tier.get(w, 0.0), t)

        for sid, gloss, up in SEEDS[sci]:
            if sid not in syn:
                raise SystemExit(f"seed synset {sid} ({gloss}) not in this WordNet")
            for x in closure(sid):
                for m in syn[x].get("members", []):
                    if member(m):
                        add(m, x, 1.0)
            if up:
                for h in syn[sid].get("hypernym", []):
                    for m in syn[h].get("members", []):
                        add(m, h, 0.5)
            prov.append(f"seed {sid} ({gloss}) + hyponym closure" + (" + direct hypernym" if up else ""))
        for sid, gloss in TOPICS[sci]:
            for x in topic.get(sid, []):
                if syn[x].get("partOfSpeech") in ("n", "v"):
                    for m in syn[x].get("members", []):
                        if member(m):
                            add(m, x, TOPIC_WEIGHT)
            prov.append(f"topic {sid} ({gloss}): the synsets WordNet files under it")
        g = load_yaml("grammars", f"{sci}/grammar.yaml")
        for key in VOCAB_KEYS[sci]:
            for w in _entry(sci, g, key):
                w = _norm(w)
                w = lemmas.get(w, w) if " " not in w else w
                add(w, None, 1.0)  # a sense outside the seeds counts as one of the science's
            prov.append(f"grammar {sci}/grammar.yaml: {key}" if ":" not in key else f"data {key}")
        weights: dict[str, float] = {}
        for w, t in tier.items():
            n = len(senses.get(w, ()))
            k = len(inside.get(w, ()))
            share = 1.0 if n == 0 else max(k, 1) / n
            weights[w] = round(t * math.sqrt(share), 2)
        for w, v in HAND.get(sci, {}).items():
            weights[_norm(w)] = v
        prov.append("hand: nesy.parse.concepts.HAND")
        weights = {w: v for w, v in weights.items() if v >= MIN_WEIGHT}
        units = {u: wt for s, keys, wt in DIMENSIONS if s == sci for u in keys if not u.startswith("[")}
        dims = {u: wt for s, keys, wt in DIMENSIONS if s == sci for u in keys if u.startswith("[")}
        lines = [
            f"# What signals the science '{sci}' to detection. GENERATED by `python -m nesy.parse.concepts`;",
            "# edit SEEDS/TOPICS/VOCAB_KEYS/HAND/DIMENSIONS in nesy/parse/concepts.py, not this file.",
            f"# WordNet words: Open English WordNet (github globalwordnet/english-wordnet, commit {WORDNET_COMMIT}),",
            "# CC BY 4.0 + WordNet licence: see ../common/open-english-wordnet.LICENSE.md.",
            "# weight: tier (seed 1, hypernym 0.5, topic 0.6) x sqrt(share of the word's WordNet senses in the science)",
            f"science: {sci}",
            "source:",
        ]
        lines += [f"  - {_q(p)}" for p in prov]
        lines.append("units:" + ("" if units else " {}"))
        lines += [f"  {_q(u)}: {v}" for u, v in sorted(units.items())]
        lines.append("dimensions:" + ("" if dims else " {}"))
        lines += [f"  {_q(u)}: {v}" for u, v in sorted(dims.items())]
        lines.append("words:")
        lines += [f"  {_q(w)}: {v}" for w, v in sorted(weights.items())]
        path = out / CONCEPT_FILE.format(science=sci)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    for p in derive(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(f"wrote {p}")
