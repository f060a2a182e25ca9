"""Nearest-neighbour distances and hard-sphere radii: a cubic cell's edge from the distance between atoms.

"Distance between neighbouring K and Cl ions is 3.1465 Å", "the nearest-neighbour distance is 2.48 Å", "the Si–Si
bond length is 2.35 Å", "atoms of radius 137 pm touching along the body diagonal": none of these is the lattice
constant a. Read as one (the bare length was taken for a), rock-salt KCl came out with a = 3.15 Å and was refused
as impossible. What they state is the shortest distance between two atoms of the cell, d, which in a cubic cell
is a fixed fraction of a (Kittel, *Introduction to Solid State Physics*, 8th ed., ch. 1, Table 1.3 and §"Simple
crystal structures": sc d = a, bcc d = a√3/2, fcc d = a/√2; NaCl: the Na–Cl distance a/2; CsCl a√3/2; diamond
and zinc blende a√3/4). In the hard-sphere model of a metal the atoms of radius r touch their nearest
neighbours, d = 2r (Callister & Rethwisch, *Materials Science and Engineering: An Introduction*, 9th ed., §3.4:
fcc a = 2r√2, Eq. 3.1; bcc a = 4r/√3, Eq. 3.4; sc a = 2r), and the direction the text says they touch along
must be the nearest-neighbour direction of the cell (the body diagonal in bcc, the face diagonal in fcc, the
edge in sc).

``contact_phrases`` finds the phrase (``{"kind": "distance" | "radius", "d": Å, "pair": [el, el] | None,
"along": "body" | "face" | "edge" | None}``); ``nearest`` gives, for the cell built at a = 1, the exact square
(d/a)² of the shortest distance between the pair and its direction, which ``crystal._solve_geometry`` holds as
the tracked law ``k·a² = d²``.
"""
from __future__ import annotations

import functools
import itertools
import re
from fractions import Fraction
from typing import Any, Callable

__all__ = ["contact_phrases", "nearest", "direction_of", "direction_name", "DIRECTIONS"]

# the directions a text says hard spheres touch along: the family of lattice vectors each names
DIRECTIONS = {"body": (1, 1, 1), "face": (0, 1, 1), "edge": (0, 0, 1)}
_DIR_NAMES = {"body": "the body diagonal", "face": "the face diagonal", "edge": "the cube edge"}

_NEIGHBOUR = r"(?:nearest|closest|adjacent|neighbou?ring|next|first)"
_DIST = r"(?:distance|separation|spacing|contact\s+distance)"
_LINK = (r"\s*(?:\(\s*[dr]\s*(?:_\w+)?\s*\)\s*)?(?:,\s*)?(?:(?:is|are|was|of|equals|equal\s+to|measures|amounts\s+to|"
         r"comes\s+to|being)\s+|=\s*|:\s*|~\s*)?(?:(?:about|approximately|roughly|exactly|just)\s+)?")


@functools.lru_cache(maxsize=4)
def _rx(names: tuple[tuple[str, str], ...], symbols: frozenset[str]) -> tuple[re.Pattern, re.Pattern]:
    """(distance phrase, radius phrase) expressions; element groups ``x``/``xn`` and ``y``/``yn``."""
    from .crystal import _NUM, _UNIT
    from ..parse.words import phrase_rx
    sym = "|".join(sorted(symbols, key=lambda s: (-len(s), s)))
    name = "|".join(phrase_rx(n) for n, _ in sorted(names, key=lambda x: (-len(x[0]), x[0])))
    charge = r"(?:\s?(?:\d?[+\-−–](?![A-Za-z0-9])|\d?[⁺⁻]|[²³]?[⁺⁻]))?"

    def el(g: str) -> str:
        return rf"(?:(?P<{g}>(?<![A-Za-z])(?:{sym})(?![a-z])){charge}|(?i:(?P<{g}n>(?<![A-Za-z])(?:{name})(?![a-z]))))"
    noun = r"(?i:\s+(?:atoms?|ions?|cations?|anions?|nuclei|centres|centers|spheres))?"
    value = rf"(?P<num>{_NUM})\s*{_UNIT}(?![A-Za-z])"
    pair_between = (rf"(?i:between)\s+(?i:(?:the|a|an|two|any\s+two|each\s+pair\s+of)\s+)?(?i:{_NEIGHBOUR}[\s\-]*)?"
                    rf"(?i:neighbou?r(?:ing|s)?\s+)?(?:{el('x')}{noun}\s+(?i:and|&)\s+{el('y')}|{el('x2')}){noun}")
    renamed = pair_between.replace("(?P<x", "(?P<p").replace("(?P<y", "(?P<q")
    alts = [
        # "the nearest-neighbour (K–Cl) distance", "nearest neighbour separation", "interatomic distance"
        rf"(?i:(?:the\s+|its\s+|a\s+)?(?:{_NEIGHBOUR}[\s\-]+neighbou?r(?:ing)?|interatomic|interionic|inter-atomic|"
        rf"inter-ionic|bond)\s+{_DIST})(?:\s+{renamed})?",
        # "the distance between neighbouring K and Cl ions"
        rf"(?i:(?:the\s+)?{_DIST})\s+{pair_between}",
        # "the K–Cl distance", "the Si-Si bond length", "Cu–Cu separation"
        rf"(?i:(?:the\s+)?){el('x3')}\s*[–\-−—]\s*{el('y3')}\s+(?i:(?:bond\s+)?(?:distance|length|separation|spacing))",
        # "the bond length", "the bond distance"
        r"(?i:(?:the\s+|its\s+|a\s+)?bond[\s\-]+(?:length|distance))",
        # "every atom's nearest neighbours 3.615 Å away", "nearest neighbours lie 2.5 Å apart": the distance after
        # the neighbours, then "away" / "apart"
        rf"(?i:(?:(?:every|each|an?|the)\s+(?:atom|ion)(?:['’]s)?\s+)?{_NEIGHBOUR}[\s\-]+neighbou?rs?"
        r"(?:\s+(?:are|lie|sit|all|at|being))*)(?=\s*[\d.]+\s*(?:Å|pm|nm|A)\s+(?i:away|apart)\b)",
    ]
    dist = re.compile("(?:" + "|".join(alts) + ")" + _LINK + value)
    # "(atoms) of radius 137 pm", "an atomic radius of 1.28 Å", "r = 1.43 Å", "each of radius ...", and whose:
    # "the atomic radius of copper is 128 pm", "the radius of a Cu atom is 0.128 nm"
    of_el = rf"(?:\s+(?i:of)\s+(?i:(?:an?|the|each|one|every)\s+)?{el('x')}(?i:\s+(?:atoms?|ions?))?)?"
    # (or before: "the Cl⁻ radius is 181 pm", "a Cu atom's radius of 128 pm")
    el_before = (rf"(?:(?i:(?:the|an?|each)\s+)?{el('p')}(?i:\s+(?:atoms?|ions?))?(?:['’]s)?\s+"
                 rf"(?=(?i:(?:(?:atomic|metallic|ionic|hard[\s\-]sphere|sphere)\s+)?radius)))?")
    radius = re.compile(
        rf"{el_before}(?i:(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:atomic|metallic|ionic|hard[\s\-]sphere|sphere)\s+)?"
        rf"radi(?:us|i))(?(p)|(?(pn)|{of_el}))(?:\s+(?i:r))?{_LINK}{value}")
    # two radii, a cation's and an anion's: "radii 138 pm and 181 pm", "the ionic radii of Na⁺ and Cl⁻ are 1.02 and
    # 1.81 Å", "with radii r+ = 102 pm, r− = 181 pm" (a unit after the first is optional)
    sym_r = r"(?:\s*(?:r\s*(?:[_(]?\s*(?:\+|−|-|⁺|⁻|c|a|cation|anion|[A-Z][a-z]?\s*[⁺⁻+\-−]?)\s*\)?)?\s*[=:]\s*))?"
    radii = re.compile(
        rf"(?i:(?:the\s+|their\s+|with\s+)?(?:(?:ionic|atomic|crystal|hard[\s\-]sphere)\s+)?radii)"
        rf"(?:\s+(?i:of)\s+(?i:the\s+)?{el('x')}(?i:\s+ions?)?\s*(?:,|(?i:and|&))\s*{el('y')}(?i:\s+ions?)?)?"
        rf"{_LINK}{sym_r}(?P<num1>{_NUM})\s*(?:{_UNIT.replace('?P<unit>', '?P<unit1>')}(?![A-Za-z]))?"
        rf"\s*(?:,|(?i:and|&))\s*(?i:(?:and\s+)?){sym_r}{value}")
    return dist, radius, radii


_TOUCH = re.compile(r"(?i)\b(?:touch(?:es|ing|ed)?|in\s+contact|contact(?:s|ing)?|hard[\s\-]spheres?|meet(?:s|ing)?|"
                    r"neighbou?r(?:s|ing)?)\b")
_ALONG = re.compile(r"(?i)\b(?:along|on|across)\s+(?:the\s+|a\s+|each\s+|every\s+|its\s+)?(?:(?:cube|cubic|cell|unit\s+cell)(?:'s)?\s+)?"
                    r"(?P<d>(?:body|cube|main|space|long|internal)[\s\-]+diagonals?|face[\s\-]+diagonals?|"
                    r"diagonals?\s+of\s+(?:the\s+|a\s+|each\s+)?(?P<of>face|cube|body)s?|edges?|sides?)"
                    r"(?:\s+of\s+(?:the\s+)?(?:cube|cell|unit\s+cell))?")
_SENTENCE = re.compile(r"[.;!?](?=\s|$)|\n")


def _along(clause: str) -> tuple[str | None, tuple[int, int] | None]:
    """Which direction a clause says the spheres touch along, and where."""
    m = _ALONG.search(clause)
    if m is None:
        return None, None
    d = m.group("d").lower()
    of = (m.group("of") or "").lower()
    if "face" in d or of == "face":
        return "face", m.span()
    if "diagonal" in d:
        return "body", m.span()
    return "edge", m.span()


def contact_phrases(text: str, names: dict[str, str], symbols: frozenset[str],
                    free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, Any]]]:
    """Each nearest-neighbour distance or hard-sphere radius of ``text`` on characters not yet read:
    ``(start, end, value)`` (see the module's docstring); ``names``: element and ion name → symbol. The value's
    ``d`` is the nearest-neighbour distance in Å (twice a radius), ``given``/``unit`` as written."""
    from .crystal import _UNIT_SCALE
    dist, radius, radii = _rx(tuple(sorted(names.items())), symbols)
    out: list[tuple[int, int, dict[str, Any]]] = []

    def elem(m: re.Match, g: str) -> str | None:
        if g not in m.re.groupindex:
            return None
        if m.group(g):
            return m.group(g)
        n = m.group(g + "n")
        return names[n.lower()] if n else None
    for kind, rx in (("radii", radii), ("distance", dist), ("radius", radius)):
        for m in rx.finditer(text):
            if not free(m.start(), m.end()) or any(a < m.end() and m.start() < b for a, b, _v in out):
                continue   # (nor a phrase of one already found: "radii 102 pm" of "radii 102 pm and 181 pm")
            unit = m.group("unit")
            if unit in ("A",) or re.fullmatch(r"(?:centi)?met(?:re|er)s?|cm|m", unit):
                continue   # "A" is no unit here, and no distance between atoms is written in plain metres
            try:
                given = float(m.group("num").replace("−", "-"))
                first = float(m.group("num1").replace("−", "-")) if kind == "radii" else 0.0
            except ValueError:
                continue
            scale = _UNIT_SCALE.get(unit, 1.0)
            x = next((v for v in (elem(m, g) for g in ("x", "x2", "x3", "p", "p2")) if v), None)
            y = next((v for v in (elem(m, g) for g in ("y", "y3", "q")) if v), None)
            pair = [x, y or x] if x else None
            if kind == "radii":
                # a cation and an anion in contact: d = r₊ + r₋ (Callister & Rethwisch, 9th ed., §12.2: the stable
                # ionic arrangement has each cation touching its anion neighbours; rock salt a = 2(r₊ + r₋))
                u1 = m.group("unit1") or unit
                if u1 in ("A",) or re.fullmatch(r"(?:centi)?met(?:re|er)s?|cm|m", u1):
                    continue
                d = first * _UNIT_SCALE.get(u1, 1.0) + given * scale
                pair = [x, y] if x and y else None
                value: dict[str, Any] = {"kind": "radii", "given": [first, given], "unit": unit, "d": d,
                                         "pair": pair, "along": None}
            else:
                value = {"kind": kind, "given": given, "unit": unit,
                         "d": given * scale * (2.0 if kind == "radius" else 1.0), "pair": pair, "along": None}
            a = max([s.end() for s in _SENTENCE.finditer(text, 0, m.start())] or [0])
            z = _SENTENCE.search(text, m.end())
            clause = text[a:z.start() if z else len(text)]
            touch = list(_TOUCH.finditer(clause))
            if touch:
                value["touch_spans"] = [{"text": t.group(0), "start": a + t.start(), "end": a + t.end()} for t in touch]
                d, where = _along(clause)
                if d is not None:
                    value["along"] = d
                    value["along_span"] = {"text": text[a + where[0]:a + where[1]], "start": a + where[0],
                                           "end": a + where[1]}
            out.append((m.start(), m.end(), value))
    return out


def direction_of(v: tuple[Fraction, Fraction, Fraction]) -> str | None:
    """The direction family ("body", "face", "edge") of a cubic lattice vector, or None for another one."""
    pattern = tuple(sorted(1 if x != 0 else 0 for x in v))
    same = len({abs(x) for x in v if x != 0}) == 1
    if not same:
        return None
    return {(1, 1, 1): "body", (0, 1, 1): "face", (0, 0, 1): "edge"}.get(pattern)


def nearest(species: list[str], frac: list[tuple[float, float, float]],
            pair: list[str] | None) -> tuple[Fraction, str | None, tuple[str, str]]:
    """For a cubic cell at a = 1 (``species``, fractional ``frac``): the exact (d/a)² of the shortest distance
    between atoms of ``pair`` (any two atoms when None), the direction family of that shortest vector (None when
    the shortest vectors lie along several), and the pair found."""
    def q(x: float) -> Fraction:
        return Fraction(round(float(x) * 48) % 48, 48)   # cubic prototype sites lie on multiples of 1/48
    pts = [(el, tuple(q(x) for x in f)) for el, f in zip(species, frac)]
    best: tuple[Fraction, set[str], tuple[str, str]] | None = None
    for (e1, p1), (e2, p2) in itertools.product(pts, repeat=2):
        if pair is not None and sorted((e1, e2)) != sorted(pair):
            continue
        for t in itertools.product((-1, 0, 1), repeat=3):
            v = tuple(p2[k] - p1[k] + t[k] for k in range(3))
            d2 = sum(x * x for x in v)
            if d2 == 0:
                continue
            fam = direction_of(v)
            if best is None or d2 < best[0]:
                best = (d2, {fam}, (e1, e2))
            elif d2 == best[0]:
                best[1].add(fam)
    if best is None:
        raise ValueError(f"no atoms of {pair} in the cell")
    fams = best[1]
    return best[0], (next(iter(fams)) if len(fams) == 1 else None), best[2]


def direction_name(key: str) -> str:
    """The words of a direction family ("body" → "the body diagonal")."""
    return _DIR_NAMES[key]
