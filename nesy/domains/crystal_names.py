"""Names of compounds, structure types and allotropes, for ``nesy.crystal.v1``'s reader.

- "thallium(I) bromide", "sodium chloride", "aluminium oxide", "iron(III) oxide": a binary compound named as
  the IUPAC Red Book (2005) names it — the electropositive element, its oxidation number in Roman numerals
  where it has more than one, and the anion ("-ide") — is the charge-balanced formula (TlBr, NaCl, Al2O3,
  Fe2O3). An element with several oxidation states named without one ("iron oxide") is refused naming the
  phrase: nesy never picks a formula for it.
- "structure type: CsCl (B2)", "ZnS-type", "prototype NaCl": a prototype compound beside a word of type names
  the structure type, not the compound drawn. A Strukturbericht designation in brackets after it must name
  the same type, or both are refused. "CsCl (B2)" alone names the type too, and is the compound drawn only
  when the text names no other compound.
- "alpha-iron", "ferrite", "austenite", "grey tin": an allotrope is its element and its structure type; one
  whose structure nesy does not draw (β-Sn, graphite) is refused naming it.

The tables are in ``grammars/crystal/names.yaml`` with their sources. Each finder returns
``(start, end, value)`` triples at characters ``free`` says are unread, for ``crystal._claims``.
"""
from __future__ import annotations

import functools
import math
import re
from typing import Any, Callable

from ..errors import InputError, UnsupportedError
from ..resources import load_yaml

__all__ = ["compound_names", "prototype_types", "allotropes", "prototype_named_types", "ion_formula"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, Any]:
    return load_yaml("grammars", "crystal/names.yaml")


def _alt(words: list[str]) -> str:
    return "|".join(r"[\s\-]+".join(re.escape(x) for x in re.split(r"[\s\-]+", w))
                    for w in sorted(words, key=len, reverse=True))


_FIGURE_VERB = re.compile(r"(?i)\b(?:draw|show|illustrate|sketch|plot|depict|render|make|give|need|want)\b")


def _aside_question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a question that asks for no figure ("4.18 is nickel oxide, isn't it?",
    not "Can you draw nickel oxide?")."""
    a = max([m.end() for m in re.finditer(r"[.!?](?:\s|$)|\n", text[:start])] or [0])
    stop = re.search(r"[.!?](?:\s|$)|\n|$", text[end:])
    b = end + stop.start()
    return text[b:b + 1] == "?" and not _FIGURE_VERB.search(text[a:b])


def compound_names(text: str, elements: dict[str, str], free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """Binary compound names → formulas (module docstring); ``elements``: lower-case element name → symbol."""
    d = _names()
    rx = re.compile(r"(?<![A-Za-z])(?P<el>" + _alt(list(elements)) + r")\s*(?:\(\s*(?P<ox>[IVX]+|\d)\s*\)\s*)?"
                    r"(?P<an>" + _alt(list(d["anions"])) + r")(?![A-Za-z])"
                    # "the caesium chloride structure", "sodium chloride-type": a structure type's name, read as one
                    r"(?![\s\-]+(?:structure|type|lattice|arrangement|prototype)\b)", re.IGNORECASE)
    out = []
    for m in rx.finditer(text):
        if not free(m.start(), m.end()):
            continue
        el = elements[" ".join(m.group("el").lower().split())]
        an, charge = d["anions"][m.group("an").lower()]
        where = f"'{m.group(0)}' at {m.start()}-{m.end()}"
        ox_t = m.group("ox")
        ox = (_ROMAN.get(ox_t.upper()) if not ox_t.isdigit() else int(ox_t)) if ox_t else None
        fixed = d["fixed_oxidation"].get(el)
        if ox_t and ox is None:
            raise InputError(f"{where}: '{ox_t}' is no oxidation number (Roman numerals I–VIII, IUPAC Red Book 2005 "
                             "IR-5.4)")
        if ox is None and fixed is None and _aside_question(text, m.start(), m.end()):
            # "4.18 is nickel oxide, isn't it?": a question that asks for no figure names no cell to draw (None:
            # read as the question it is)
            out.append((m.start(), m.end(), None))
            continue
        if ox is None and fixed is None:
            raise InputError(f"{where} names no single compound: {m.group('el')} has more than one oxidation state; "
                             f"give it in Roman numerals, e.g. '{m.group('el')}(II) {m.group('an')}' (IUPAC Red Book 2005, "
                             "IR-5.4)")
        if ox is not None and fixed is not None and ox != fixed:
            raise InputError(f"{where}: {m.group('el')} is {fixed:+d} in its compounds, not {ox:+d}")
        q = ox if ox is not None else fixed
        if el == an:
            continue
        g = math.gcd(q, -charge)
        n_el, n_an = -charge // g, q // g
        out.append((m.start(), m.end(), f"{el}{n_el if n_el > 1 else ''}{an}{n_an if n_an > 1 else ''}"))
    return out


def prototype_types(text: str, designations: dict[str, str],
                    free: Callable[[int, int], bool]) -> list[tuple[int, int, str, str | None]]:
    """A prototype formula named as a structure type → ``(start, end, the type's key, the formula when it may
    also be the compound drawn)`` (module docstring)."""
    protos = _names()["prototype_formulas"]
    f = "|".join(re.escape(p) for p in sorted(protos, key=len, reverse=True))
    des = "|".join(re.escape(x) for x in sorted(designations, key=len, reverse=True))
    rx = re.compile(r"(?i:(?:structure[\s\-]+type|structural[\s\-]+type|prototype|type)\s*(?:[:=]\s*|is\s+)?)"
                    r"(?<![A-Za-z0-9])(?P<f>" + f + r")(?![A-Za-z0-9])(?:\s*\(\s*(?P<d>" + des + r")\s*\))?"
                    r"|(?<![A-Za-z0-9])(?P<f2>" + f + r")(?:[\s\-]+(?i:type|structure\s+type))(?![A-Za-z])"
                    r"|(?<![A-Za-z0-9])(?P<f3>" + f + r")\s*\(\s*(?P<d3>" + des + r")\s*\)", re.MULTILINE)
    out = []
    for m in rx.finditer(text):
        name = m.group("f") or m.group("f2") or m.group("f3")
        s = m.start("f") if m.group("f") else m.start("f2") if m.group("f2") else m.start("f3")
        if not free(s, m.end()):
            continue
        key = protos[name]
        if m.group("f3"):
            # "CsCl (B2)": the prototype with its own designation names the type; the compound it also is is
            # drawn only when the text names no other ("proto": crystal.parse_crystal decides)
            if designations[m.group("d3")] == key:
                out.append((s, m.end(), key, name))
            continue
        if m.group("d") and designations[m.group("d")] != key:
            raise InputError(f"'{text[s:m.end()]}' at {s}-{m.end()}: {name} is the {key.replace('_', ' ')} type, but "
                             f"{m.group('d')} is the Strukturbericht designation of another "
                             f"({designations[m.group('d')].replace('_', ' ')})")
        out.append((s, m.end(), key, None))
    return out


# a form named as what an element turns from or into: "white tin turns into grey tin", "converts to",
# "the transition from β-tin to α-tin", "grey tin forms from white tin"
_BECOMES = r"(?:turns?|turned|turning|changes?|changed|changing|transforms?|transformed|transforming|converts?|converted|" \
           r"converting|transitions?|goes|went|reverts?|reverted|is\s+converted|slowly\s+turns?|becomes?|became)"
_INTO_AFTER = re.compile(rf"(?i)^\s+(?:\w+\s+){{0,2}}?{_BECOMES}\s+(?:back\s+)?(?:in)?to\b")
_INTO_BEFORE = re.compile(rf"(?i)\b(?:{_BECOMES}|forms?|formed|forming)\b[^.;!?]{{0,60}}?\b(?:in)?to\s+$|"
                          rf"(?i:\b(?:{_BECOMES}|forms?|formed|forming|transition)\b[^.;!?]{{0,40}}?\bfrom\s+)$|"
                          r"(?i:\bfrom\s+)$")


def _only_changed(text: str, m: re.Match, same: list[re.Match], drawable: bool) -> bool:
    """Whether the form ``m`` (one nesy does not draw) is named only as what the element turns from or
    into, once, in a text that names a form of the same element nesy draws: the figure's subject is that one."""
    if not drawable or len(same) != 1:
        return False
    before, after = text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 60]
    return bool(_INTO_AFTER.search(after) or _INTO_BEFORE.search(before))


def allotropes(text: str, free: Callable[[int, int], bool],
               changed: list[tuple[int, int]] | None = None) -> list[tuple[int, int, tuple[str, str]]]:
    """Allotrope names → ``(element symbol, structure key)``; refuses one nesy does not draw, unless it is
    named only as what the element turns from or into beside a form nesy draws (its span is then added to
    ``changed``: a phrase the caller lists as not drawn)."""
    table = _names()["allotropes"]
    keys = sorted(table, key=len, reverse=True)
    rx = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(
        (r"[\s\-]+".join(re.escape(x) for x in re.split(r"[\s\-]+", k)) if not re.search(r"[A-Z]", k)
         else re.escape(k)) for k in keys) + r")(?![A-Za-z0-9])", re.IGNORECASE)
    norm = {" ".join(re.split(r"[\s\-]+", k.lower())): v for k, v in table.items()}
    out = []
    found = [(m, tuple(norm[" ".join(re.split(r"[\s\-]+", m.group(0).lower()))])) for m in rx.finditer(text)]
    for m, (el, key) in found:
        if not free(m.start(), m.end()):
            continue
        if key is None and changed is not None:
            same = [n for n, v in found if v == (el, key)]
            if _only_changed(text, m, same, any(v[0] == el and v[1] is not None for _, v in found)):
                changed.append((m.start(), m.end()))
                continue
        if key is None:
            raise UnsupportedError(f"'{m.group(0)}' at {m.start()}-{m.end()} is a form of {el} whose structure nesy does "
                                   "not draw; nesy draws fcc, bcc, hcp, simple cubic, diamond, rock salt, CsCl, zinc "
                                   "blende, fluorite and perovskite cells, or a cell given by its space group and sites")
        out.append((m.start(), m.end(), (el, key)))
    return out


# "Caesium bromide adopts which structure? … caesium chloride", "KBr is isostructural with sodium chloride": a
# structure type named by its prototype compound (IUCr, Lima-de-Faria et al., Acta Cryst. A46 (1990) 1, "Nomenclature
# of inorganic structure types": a type is named after its first-studied representative). The prototype names the
# type only where the text speaks of a structure or a likeness right before it; it is then no second compound.
_TYPE_CONTEXT = re.compile(r"(?i)\b(?:structures?|type|adopts?|adopting|crystalli[sz](?:es|ed|ing)?\s+(?:in|as|like)|"
                           r"isostructural\s+(?:with|to)|isotypic\s+(?:with|to)|same\s+(?:structure|lattice|arrangement)"
                           r"\s+as|like|as\s+(?:in|does|for))\b")


def prototype_named_types(formula_claims: list, n_types: int, text: str, proto_of: dict[str, str]) -> list:
    """The claims among ``formula_claims`` that name a structure type by its prototype compound (see above),
    when the text names exactly two compounds, one of them a prototype (``proto_of``: formula → type key), and
    no type otherwise (``n_types`` == 0)."""
    compounds = {c.value for c in formula_claims if sum(1 for ch in c.value if ch.isupper()) > 1}
    protos = [v for v in compounds if v in proto_of]
    if n_types or len(compounds) != 2 or len(protos) != 1:
        return []
    named = [c for c in formula_claims if c.value == protos[0]]
    out = []
    for c in named:
        # back to the start of the sentence, or of the one before when that one is a question ("adopts which
        # structure? caesium chloride")
        marks = [m.end() for m in re.finditer(r"[.!?;]\s", text[:c.start])]
        a = marks[-1] if marks else 0
        if marks and text[:a].rstrip().endswith("?"):
            a = marks[-2] if len(marks) > 1 else 0
        if not _TYPE_CONTEXT.search(text[a:c.start]):
            return []
        out.append(c)
    return out


# an ion's charge written after its symbol: "Mg²⁺", "O²⁻", "Na+", "Cl−", "Al3+", "S2-", "F⁻" (IUPAC Red Book 2005,
# IR-3.4.2: the charge number before its sign, as a right superscript; typed on one line it follows the symbol)
_SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_ION_CHARGE = re.compile(r"[ \t]?(?:\^\{?)?(?P<q>[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]?[+\-−–⁺⁻][0-9⁰¹²³⁴⁵⁶⁷⁸⁹]?)(?:\})?(?![A-Za-z0-9+\-−–⁺⁻])")


def _charge_after(text: str, end: int) -> int | None:
    """The charge written right after a symbol ending at ``end`` ("²⁺" → +2, "−" → −1, "3+" → +3), or None."""
    m = _ION_CHARGE.match(text, end)
    if m is None:
        return None
    q = m.group("q").translate(_SUP).replace("−", "-").replace("–", "-")
    sign = 1 if "+" in q else -1
    digits = re.sub(r"[+\-]", "", q)
    if len(q) == 2 and q[0] in "+-" and digits:
        return None     # "Na+2": a sign before its number is no charge notation (IR-3.4.2 writes 2+)
    return sign * (int(digits) if digits else 1)


def ion_formula(symbols: list[tuple[str, int, int]], text: str) -> tuple[str, int, int] | None:
    """The compound one cation and one anion name when both are written with their charges ("Mg²⁺, O²⁻" → MgO,
    "Ca2+ and F-" → CaF2, "Al³⁺ … O²⁻" → Al2O3): the charge-balanced formula, cation first, and the span from the
    first to the last ion (``symbols``: (symbol, start, end) of lone element symbols, in text order). A crystal is
    electrically neutral, so the ions stand in the ratio of their charges (Callister & Rethwisch, *Materials
    Science and Engineering*, 9th ed., §12.2: "the crystal must remain electrically neutral"). None when the
    symbols are not exactly one cation and one anion with written charges."""
    ions = {}
    fixed = []
    for el, s, e in symbols:
        m = re.fullmatch(r"([A-Z][a-z]?)(\d)", text[s:e])
        if m and re.match(r"[+\-−–]", text[e:e + 1]):
            el, e = m.group(1), e - 1     # "Ca2+": the digit is the charge number, not a count of atoms
        fixed.append((el, s, e))
    symbols = fixed
    for el, s, e in symbols:
        q = _charge_after(text, e)
        if q is None or q == 0:
            return None
        if ions.get(el, q) != q:
            return None          # "Fe²⁺ … Fe³⁺": two ions of one element, no single compound
        ions[el] = q
    cat = [(el, q) for el, q in ions.items() if q > 0]
    an = [(el, q) for el, q in ions.items() if q < 0]
    if len(cat) != 1 or len(an) != 1:
        return None
    (c, qc), (a, qa) = cat[0], an[0]
    g = math.gcd(qc, -qa)
    n_c, n_a = -qa // g, qc // g
    ends = [e + len(_ION_CHARGE.match(text, e).group(0)) for _el, _s, e in symbols]
    return f"{c}{n_c if n_c > 1 else ''}{a}{n_a if n_a > 1 else ''}", min(s for _el, s, _e in symbols), max(ends)
