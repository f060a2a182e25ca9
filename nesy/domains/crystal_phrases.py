"""Phrases of crystal texts that name a structure, a count or a question without the usual notation.

* "the same structure as diamond", "isostructural with NaCl", "has the copper structure": the structure
  type of the thing named (a structure type, or a material of ``solvers/crystal.yaml``);
* "its 8-atom conventional cell", "4 atoms per unit cell", "a cell containing two atoms": the number of
  atoms of the conventional cell, which ``check_count`` holds against the structure (Kittel, *Introduction
  to Solid State Physics*, 8th ed., ch. 1: sc 1, bcc 2, fcc 4, diamond 8; hcp 2 per primitive hexagonal
  cell, 6 per hexagonal prism);
* "at 4 K", "(at 300 K)", "below 90 K", "T = 4 K": a temperature in kelvin, the condition under which a
  lattice constant was measured — the unit K after a number, not potassium (``temperature_units``);
* "say how many atoms belong to it", "work out the packing fraction", "the coordination number": questions
  about the cell — they ask, they state nothing to draw.

Each finder returns ``(start, end, value)`` for the caller's claim list.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Callable

from ..errors import InputError, UnsatisfiableError, UnsupportedError
from ..parse.words import phrase_rx

__all__ = ["same_structure", "atom_counts", "element_counts", "check_element_counts", "neighbour_counts", "check_coordination", "temperature_units", "questions", "check_count", "strukturbericht", "refuse_unsupported_designation",
           "LENGTH_NAME"]

# Names of the cubic edge a ("its cubic cell edge is 316.5 pm", "a cube of side 4 Å", "edge length =").
LENGTH_NAME = (r"(?:(?:(?:the|its|a)\s+)?(?:lattice|(?:(?:cubic|conventional|unit)[\s\-]+)*(?:cell|cube))[\s\-]+"
               r"(?:constant|parameter|spacing|edge[\s\-]+length|side[\s\-]+length|edge|side|length|dimension)s?"
               r"|(?:(?:the|its|a)\s+)?(?:(?:cubic|conventional|unit)[\s\-]+)*(?:cell|cube)\s+of\s+(?:side|edge)"
               r"(?:[\s\-]+length)?"
               r"|(?:the\s+)?(?:edge|side)(?:[\s\-]+length)?(?:\s+of\s+(?:the\s+|a\s+|its\s+)?"
               r"(?:(?:cubic|conventional|unit)[\s\-]+)*(?:cell|cube))?)"
               r"\s*(?:of\s+|=\s*|is\s+|:\s*|equals\s+|equal\s+to\s+|measures\s+|of\s+length\s+)?")

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "sixteen": 16, "twenty": 20, "single": 1}
_N = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_CELL = r"(?:(?:conventional|unit|cubic|hexagonal|crystallographic)[\s\-]+)*(?:unit[\s\-]+)?(?:cell|prism)"
_COUNT_RX = re.compile(
    rf"(?i)(?<![\w.]){_N}[\s\-]+atoms?(?:[\s\-]+{_CELL}|\s*/\s*{_CELL}"
    rf"|\s+(?:per|in|inside|within|belong(?:ing)?\s+to)\s+(?:the\s+|a\s+|each\s+|one\s+|its\s+|every\s+)?{_CELL})"
    # "a cell containing two atoms", "the unit cell of iron containing 4 atoms in total", "the fcc cell of copper
    # holds 4 atoms": the cell, at most three words naming its material, the verb and the count
    rf"|(?<![\w.]){_CELL}(?P<mat>\s+(?:of|for)(?:\s+(?![\d])[\w()-]+){{1,3}}?)?\s*,?\s+(?P<v>(?:containing|contains|with|holding|"
    rf"holds|has|of)\s+{_N.replace('<n>', '<n2>')}\s+atoms?(?:\s+(?:in\s+total|altogether|in\s+all))?)(?![\w])"
    rf"(?!\s+(?:per|in|inside|within)\s)")

# the names of the cell edge a reader may be asked for
_ASKED_LENGTH = (r"(?:lattice\s+(?:constant|parameter|spacing)s?|(?:cube|cell|unit\s+cell|cubic\s+cell)(?:'s|s')?\s+"
                 r"(?:edge|side)(?:\s+length)?|edge\s+length|side\s+length|(?:length\s+of\s+the\s+)?(?:cube|cell)\s+edge)")
_QUESTION_RX = re.compile(
    r"(?i)(?<![\w])(?:(?:say|state|find|determine|calculate|compute|work\s+out|give|count|tell(?:\s+me)?|"
    r"estimate|evaluate|deduce|show|and)\s+)?"
    r"(?:how\s+many\s+atoms(?:\s+(?:belong|belongs|to|it|are|is|there|in|the|unit|conventional|cubic|cell|"
    r"does|do|each|one|per|contain|contains|lie|inside|within|this|that|have|has|of))*"
    r"|(?:the\s+)?number\s+of\s+atoms\s+(?:per|in|inside|belonging\s+to)\s+(?:the\s+|a\s+|each\s+|one\s+|it)?"
    r"(?:(?:conventional|unit|cubic)[\s\-]+)*(?:cell)?"
    r"|(?:the\s+|its\s+)?(?:atomic\s+)?packing\s+(?:fraction|factor|efficiency|density)|(?<![A-Za-z])APF(?![A-Za-z])"
    r"|(?:the\s+|its\s+)?coordination\s+numbers?)(?![\w])"
    # a length the reader is asked to work out ("reckon thou the cube's edge thyself", "lattice constant you find
    # yourself", "work out the lattice parameter"): asked, not stated — what the text states fixes it or nesy's
    # reference does, and a value the text gives nowhere is never invented
    rf"|(?i:(?:(?:find|work\s+out|calculate|compute|reckon|derive|determine|deduce|figure\s+out|get|obtain|estimate)"
    rf"\s+(?:thou\s+|you\s+|ye\s+)?(?:for\s+(?:yourself|thyself)\s+)?(?:the\s+|its\s+|their\s+)?(?P<q1>{_ASKED_LENGTH})"
    rf"(?:\s+(?:yourself|thyself|yourselves|itself|for\s+yourself|for\s+me))?"
    rf"|(?:the\s+|its\s+)?(?P<q2>{_ASKED_LENGTH})\s+(?:you|thou|ye)\s+(?:(?:can|should|must|will|may)\s+)?"
    rf"(?:find|work\s+out|calculate|compute|reckon|derive|determine|figure\s+out|get)(?:\s+(?:yourself|thyself|out))?))"
    r"(?![\w])")


def same_structure(text: str, structures: dict[str, str], materials: dict[str, str],
                   free: Callable[[int, int], bool]) -> list[tuple[int, int, dict[str, Any]]]:
    """"(in) the same (crystal) structure as X" / "isostructural with X" / "the X structure" / ", like X": value
    ``{"structure": key | None, "named": X}``. ``structures``: phrase → structure type; ``materials``:
    name or formula → structure type key of its reference material."""
    rx = _same_rx(tuple(sorted(structures.items())), tuple(sorted(materials.items())))
    out = []
    for m in rx.finditer(text):
        if not free(m.start(), m.end()):
            continue
        named = m.group("x") or m.group("x2")
        x = " ".join(re.split(r"[\s\-]+", named.lower()))
        key = structures.get(x) or materials.get(x) or materials.get(named)
        out.append((m.start(), m.end(), {"structure": key, "named": named}))
    return out


@functools.lru_cache(maxsize=2)
def _same_rx(structures: tuple, materials: tuple) -> re.Pattern:
    names = sorted({k for k, _ in structures} | {k for k, _ in materials}, key=lambda s: (-len(s), s))
    alt = "|".join(f"(?i:{phrase_rx(n)})" if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", n) else re.escape(n) for n in names)
    return re.compile(
        r"(?:(?i:in|with|has|have|adopts?|takes?)\s+)?(?i:the\s+)?"
        r"(?:(?i:same)\s+(?i:crystal\s+)?(?i:structure|lattice|arrangement|structure\s+type|structure\s+type)"
        r"\s+(?i:as)\s+(?i:that\s+of\s+|in\s+)?(?i:the\s+)?"
        # "structure same as table salt", "its lattice is the same as that of copper": the noun before "same"
        r"|(?i:crystal\s+)?(?i:structure|lattice|arrangement|structure\s+type)\s*(?:,\s*)?(?i:(?:is|was|being)\s+)?"
        r"(?i:(?:just|exactly)\s+)?(?i:the\s+)?(?i:same)\s+(?i:as)\s+(?i:that\s+of\s+|in\s+|for\s+)?(?i:the\s+)?"
        r"|(?i:isostructural|isotypic|isomorphous)\s+(?i:with|to)\s+(?i:the\s+)?"
        # "rock-salt, like NaCl", "(like NaCl)", "just like CsCl", "as in NaCl": the prototype a comparison names,
        # set off by a comma or bracket or an adverb ("I'd like KCl drawn" names no comparison)
        r"|(?:(?<=[,(])|(?<=[,(]\s)|(?i:just|exactly|much|very\s+much)\s+)(?i:like|as\s+in|as\s+for|as\s+with)\s+"
        r"(?i:the\s+|that\s+of\s+)?)"
        rf"(?P<x>(?<![A-Za-z])(?:{alt})(?![A-Za-z0-9]))(?:\s+(?i:structure|lattice|crystal))?"
        # "cesium chloride type", "a NaCl-type lattice", "the fluorite structure type", "of the diamond prototype":
        # a material named for its structure type, not a second material
        rf"|(?<![A-Za-z])(?P<x2>{alt})[\s\-]+(?i:structure[\s\-]+type|type|prototype)(?![A-Za-z])"
        r"(?:\s+(?i:structure|lattice|crystal|cell))?")


# a number in kelvin: after a word or sign that introduces a temperature ("at 4 K", "below 90 K", "T = 4 K",
# "(4 K)", "4–300 K"), never before what counts atoms ("4 K atoms", "4 K and 4 Cl per cell": no such word)
_KELVIN_RX = re.compile(
    r"(?:\b(?i:at|below|above|under|near|around|about|approximately|to|from|than|until|till|of|between|and|t)\s*"
    r"(?:=\s*|~\s*|≈\s*)?|[(~≈<>≤≥–]\s*|-\s*)(?:\d+(?:\.\d+)?\s*(?:[–-]|to|and)\s*)?\d+(?:\.\d+)?\s*(?P<k>K)"
    r"(?![A-Za-z0-9+⁺\-])(?!\s*(?:atoms?|ions?|cations?|sites?|and\s+\d|,\s*\d)\b)")


def temperature_units(text: str) -> list[tuple[int, int]]:
    """The spans of a kelvin unit "K" written after a temperature ("at 4 K", "T = 300 K"): a unit, which
    no formula reader may take for potassium."""
    return [(m.start("k"), m.end("k")) for m in _KELVIN_RX.finditer(text)]


def atom_counts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, int]]:
    """Stated numbers of atoms per conventional cell: ``(start, end, n)``."""
    out = []
    for m in _COUNT_RX.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n_txt = m.group("n") or m.group("n2")
        n = int(n_txt) if n_txt.isdigit() else _NUMBER_WORDS[n_txt.lower()]
        # (from the verb, when the cell and its material come before it: "the unit cell of iron containing 4 atoms")
        out.append((m.start("v") if m.group("mat") else m.start(), m.end(), n))
    return out


# each element's count per cell: "4 K and 4 Cl per cell", "4 Cu atoms per unit cell", "4 Na⁺ and 4 Cl⁻ ions in the
# conventional cell" — held element by element against the cell's sites (``check_element_counts``)
_EL1 = r"(?:\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?-i:[A-Z][a-z]?)[⁺⁻+\-]*(?:\s+(?:atoms?|ions?|cations?|anions?))?"
_EL_COUNT_RX = re.compile(rf"(?i)(?<![\w.])(?P<list>{_EL1}(?:\s*(?:,|and|&|\+)\s*{_EL1})*)\s*(?:per|/|in\s+(?:the|a|each|one|"
                          rf"every)|for\s+(?:the|a|each|one|every))\s+{_CELL}(?![\w])")
_EL_ONE = re.compile(r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<el>(?-i:[A-Z][a-z]?))", re.I)


def element_counts(text: str, free: Callable[[int, int], bool], symbols: frozenset[str]) -> list[tuple[int, int, dict]]:
    """Stated counts of each element per conventional cell: ``(start, end, {element: n})``."""
    out = []
    for m in _EL_COUNT_RX.finditer(text):
        if not free(m.start(), m.end()):
            continue
        got: dict[str, int] = {}
        for x in _EL_ONE.finditer(m.group("list")):
            n_txt = x.group("n")
            got[x.group("el")] = got.get(x.group("el"), 0) + (int(n_txt) if n_txt.isdigit() else _NUMBER_WORDS[n_txt.lower()])
        if got and all(el in symbols for el in got):
            out.append((m.start(), m.end(), got))
    return out


def check_element_counts(count: dict[str, Any], species: list[dict[str, Any]], structure_span: dict | None,
                         law: dict) -> None:
    """Hold each element's stated count per cell against the sum of its sites' multiplicities (Wyckoff
    positions of the conventional cell, International Tables for Crystallography vol. A); ``UnsatisfiableError``
    naming the count and the structure phrase when one differs."""
    have: dict[str, int] = {}
    for s in species:
        if s.get("el") is None:
            continue
        m = int(s["mult"]) if s.get("mult") else int(re.match(r"\d+", str(s["wyckoff"])).group(0)) if s.get("wyckoff") else None
        if m is None:
            raise InputError(f"the counts '{count['text']}' at {count['start']}-{count['end']} cannot be checked for "
                             "sites given by coordinates")
        have[s["el"]] = have.get(s["el"], 0) + m
    bad = [f"{el}: {have.get(el, 0)}, not {n}" for el, n in count["n"].items() if have.get(el, 0) != n]
    if bad:
        raise UnsatisfiableError(([structure_span] if structure_span else []) + [{k: count[k] for k in ("text", "start", "end")}],
                                 [law], fix=[{k: count[k] for k in ("text", "start", "end")}],
                                 detail="the conventional cell of this structure holds " + "; ".join(bad))


# "every atom has 8 nearest neighbours", "a coordination number of 8", "8-fold coordinated", "coordinated by 6 anions":
# a stated number of nearest neighbours, held against the structure's (``check_coordination``)
_NEIGHBOURS_RX = re.compile(
    rf"(?i)(?<![\w.]){_N}[\s\-]+(?:nearest[\s\-]+neighbou?rs?|closest[\s\-]+neighbou?rs?|nearest[\s\-]+atoms)(?![\w])"
    rf"|(?:coordination\s+number\s*(?:of\s+|is\s+|=\s*|:\s*|equal\s+to\s+)?){_N.replace('<n>', '<n2>')}(?![\w]|\.\d)"
    rf"|(?<![\w.]){_N.replace('<n>', '<n3>')}[\s\-]*(?:fold[\s\-]+coordinat(?:ed|ion)|coordinated?)(?![\w])"
    rf"|coordinated\s+by\s+{_N.replace('<n>', '<n4>')}(?![\w]|\.\d)")


def neighbour_counts(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, int]]:
    """Stated numbers of nearest neighbours (a coordination number): ``(start, end, n)``."""
    out = []
    for m in _NEIGHBOURS_RX.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n_txt = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), m.group("n4")) if g)
        out.append((m.start(), m.end(), int(n_txt) if n_txt.isdigit() else _NUMBER_WORDS[n_txt.lower()]))
    return out


def check_coordination(stated: dict[str, Any], prototype: str | None, proto: dict | None,
                       structure_span: dict | None, law: dict) -> None:
    """Hold a stated number of nearest neighbours against the structure type's coordination numbers (one per
    site role, ``solvers/crystal.yaml``): one of them must be it. Raises ``UnsatisfiableError`` naming the phrase
    and the structure when none is; nothing to check without a structure type."""
    coord = (proto or {}).get("coordination") or {}
    if not coord or stated["n"] in set(int(v) for v in coord.values()):
        return
    have = " / ".join(f"{v} ({k})" if len(coord) > 1 else str(v) for k, v in coord.items())
    raise UnsatisfiableError(([structure_span] if structure_span else []) + [stated], [law], fix=[stated],
                             detail=f"in the {proto.get('name', prototype)} structure each atom has {have} nearest "
                                    f"neighbours, not {stated['n']}")


def questions(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Questions about the cell ("how many atoms belong to it", "the packing fraction")."""
    return [(m.start(), m.end()) for m in _QUESTION_RX.finditer(text) if m.group(0).strip() and free(m.start(), m.end())]


def check_count(count: dict[str, Any], prototype: str | None, species: list[dict[str, Any]],
                structure_span: dict | None, law: dict) -> int:
    """Hold a stated atom count against the cell: the sum of the site multiplicities (hcp: also the 6 of
    the hexagonal prism). Returns the count; raises ``UnsatisfiableError`` naming the count and the
    structure phrase when they differ."""
    n = 0
    for s in species:
        if s.get("el") is None:
            continue
        if s.get("mult"):
            n += int(s["mult"])
        elif s.get("wyckoff"):
            n += int(re.match(r"\d+", str(s["wyckoff"])).group(0))
        else:
            raise InputError(f"the number of atoms '{count['text']}' at {count['start']}-{count['end']} cannot be "
                             "checked for sites given by coordinates")
    allowed = {n, 3 * n} if prototype == "hcp" else {n}
    if count["n"] not in allowed:
        raise UnsatisfiableError(([structure_span] if structure_span else []) + [count], [law],
                                 fix=[count], detail=f"the conventional cell of this structure holds {n} atoms"
                                 + (f" ({3 * n} in the hexagonal prism)" if prototype == "hcp" else "")
                                 + f", not {count['n']}")
    return count["n"]


# what makes a Strukturbericht designation a structure and not a formula ("B2" is also diboron): a word of
# structure after it, "Strukturbericht" before it, or a structure type in brackets after it
_SB_AFTER = r"(?:[\s\-]*(?:type|structure|structured|phase|ordered|ordering|prototype|lattice|superlattice)\b)"
_SB_BEFORE = r"(?:\bStrukturbericht(?:\s+(?:designation|symbol|type|notation))?\s+)"


def strukturbericht(text: str, designations: dict[str, str], structure_names: dict[str, str],
                    free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """Strukturbericht designations read as the structure type they name ("B2 (CsCl-type) NiAl", "an A2-type
    alloy", "Strukturbericht C1", "the B2 phase", "B2, i.e. CsCl-type"): ``(start, end, structure key)``; ``designations`` maps each
    designation to its key (``grammars/crystal/grammar.yaml``, from the AFLOW prototype library)."""
    if not designations:
        return []
    names = "|".join(re.escape(d) for d in sorted(designations, key=len, reverse=True))
    bracket = "|".join(phrase_rx(p) for p in sorted(structure_names, key=len, reverse=True))
    rx = re.compile(rf"(?P<pre>(?i:{_SB_BEFORE}))?(?<![\w.])(?P<d>{names})(?![\w])(?P<post>(?i:{_SB_AFTER}))?"
                    rf"(?=(?P<br>\s*\(\s*(?i:{bracket})\s*(?i:[\s\-]*(?:type|structure))?\s*\))?)"
                    # "B2, i.e. CsCl-type", "B2 = CsCl type", "B2 — the CsCl structure": a structure type in apposition
                    rf"(?=(?P<ap>\s*(?:,\s*(?i:i\.\s?e\.|ie|that\s+is)\s*,?|=|—|–)\s*(?i:the\s+)?(?i:{bracket}))?)")
    out = []
    for m in rx.finditer(text):
        # "NaCl (B1)", "GaAs (B3 structure)": a designation alone in brackets after what it describes
        alone = re.search(r"\(\s*$", text[:m.start()]) and re.match(r"\s*\)", text[m.end():])
        if not (m.group("pre") or m.group("post") or m.group("br") or m.group("ap") or alone):
            continue
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), designations[m.group("d")]))
    return out


def refuse_unsupported_designation(text: str, unsupported: list[str], symbols: frozenset[str]) -> None:
    """Refuse a Strukturbericht designation of a prototype nesy has no reference for ("L1_2 Ni3Al", "Cu3Au (L12
    structure)"), naming it: read as a formula it was refused as an unknown element 'L', or drawn as another
    structure. A designation whose letter is an element symbol ("C15") is taken only beside a word of structure."""
    for d in sorted(unsupported, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w.]){re.escape(d)}(?![\w])(?P<post>(?i:{_SB_AFTER}))?", text):
            letter = re.match(r"[A-Z][a-z]?", d).group(0)
            if letter in symbols and not m.group("post") and not re.search(r"(?i)strukturbericht\s+$", text[:m.start()]):
                continue
            raise UnsupportedError(f"'{m.group(0)}' at {m.start()}-{m.end()} is a Strukturbericht designation of a "
                                   "structure type nesy has no reference for; nesy draws A1 (fcc), A2 (bcc), A3 (hcp), "
                                   "A4 (diamond), B1 (rock salt), B2 (CsCl), B3 (zinc blende), C1 (fluorite) and E2_1 "
                                   "(perovskite), or a cell given by its space group and Wyckoff sites")


# ---------------------------------------------------------------------------------------------------------------
# A telegram in capitals ("DRAW GREY TIN UNIT CELL STOP ALPHA SN STOP A EQUALS SIX POINT FOUR NINE ANGSTROM STOP"):
# capitals hide what tells a formula from a word ("SN" is Sn, not S and N) and an axis from a word ("A EQUALS").
# Read in lower case, a token that is no English or crystal word is a formula when it splits into element symbols,
# in the fewest symbols (two-letter symbols first: "SN" → Sn, "CSCL" → CsCl, "CAF2" → CaF2); "STOP" is the
# telegram's full stop (ITU-T F.1, the telegraph code's punctuation words). Same length, so offsets hold.
_CAPS_SHARE = 0.9


def _caps_formula(w: str, symbols: frozenset[str]) -> str | None:
    """``w`` (capitals and digits) as the formula of the fewest element symbols, or None."""
    best: dict[int, list[str] | None] = {len(w): []}
    for i in range(len(w) - 1, -1, -1):
        opts = []
        for n in (2, 1):
            sym = w[i:i + n].capitalize()
            if len(sym) == n and sym.isalpha() and sym in symbols:
                j = i + n
                while j < len(w) and w[j].isdigit():
                    j += 1
                rest = best.get(j)
                if rest is not None:
                    opts.append([w[i:j].capitalize()] + rest)
        best[i] = min(opts, key=len) if opts else None
    parts = best[0]
    return "".join(parts) if parts else None


def telegram_case(text: str, symbols: frozenset[str], words: frozenset[str]) -> str | None:
    """``text`` in capitals read in lower case with its formulas restored (see above), or None when ``text``
    is not written in capitals. ``words``: the lower-case words that are never formulas."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < _CAPS_SHARE * len(letters):
        return None
    out = list(text)
    for m in re.finditer(r"[A-Za-z][A-Za-z0-9]*", text):
        w = m.group(0)
        rep = w.lower()
        if w.lower() not in words and len(w) > 1:
            rep = _caps_formula(w.upper(), symbols) or rep
        if w.upper() == "STOP":
            rep = ".   "
        out[m.start():m.end()] = list(rep)
    return "".join(out)
