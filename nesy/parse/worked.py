"""A value written with the formula that gives it, read as the value.

"a = 2d/√3 ≈ 3.16 Å", "a = 2√2·r ≈ 3.615 Å", "f = R / (2(n − 1)) = 20 cm", "PR = √(6² + 9²) ≈ 10.8 cm": a worked
answer states a length or an angle, then its formula in symbols, then its value. Read word by word, every science
takes the first number after "a =" ("2", from "2d/√3") for the value — a lattice constant of 2 with no unit, or a
wrong one. ``worked_values`` reads such a chain as the quantity and its value ("a = 3.16 Å"): the formula between
is a ``Correction`` of kind "wording", shown beside the figure (positions are the user's). Only a formula of
symbols is read so: one with a letter, √ or π, no quantity with a unit of its own and no verb ("a = 2.87 Å = 287
pm" is a restatement, left to ``nesy.parse.echoed``).
"""
from __future__ import annotations

import re

__all__ = ["worked_values"]

_ARITH = re.compile(r"\s*[\d.]+(?:\s*[×x*·/+\-−]\s*[\d.]+)+\s*")


def _agrees(f: str, rest: str) -> bool:
    """Whether ``f`` is arithmetic on numbers ("4 × 9.81") whose result is the value right after it (``rest``),
    to that value's written precision."""
    from fractions import Fraction
    from ..solve.precision import relative_half_width
    if not _ARITH.fullmatch(f):
        return False
    expr = re.sub(r"[×x*·]", "*", f).replace("−", "-").strip()
    try:
        got = eval(compile(expr, "<arith>", "eval"), {"__builtins__": {}}, {})   # noqa: S307 - digits and + - * / only
    except (SyntaxError, ZeroDivisionError, TypeError):
        return False
    v = re.match(r"\s*(?:about\s+|approx\.?\s+|roughly\s+)?([-−]?\d+(?:\.\d+)?)", rest)
    if not v:
        return False
    want = Fraction(v.group(1).replace("−", "-"))
    tol = max(relative_half_width(v.group(1)) * abs(want), Fraction(1, 10 ** 9))
    return abs(Fraction(got).limit_denominator(10 ** 9) - want) <= tol

# the quantity: one letter or Greek letter, with a short subscript ("a", "f", "R_eq", "d_i", "λ")
_LHS = r"(?<![\w.])(?:[A-Za-zα-ωΑ-Ω](?:_?\{?[A-Za-z0-9]{1,4}\}?)?)"
# (a length or an angle: a worked current, voltage or force — "I = 24 / 12 = 2.0 A" in a mark scheme — is left to
# its science, which reads the worked form as a result and the bare "I = 2.0 A" as a source)
_VALUE = (r"(?:about\s+|approx\.?\s+|roughly\s+)?[-−]?\d[\d,]*(?:\.\d+)?(?:\s*[×x·]\s*10\s*\^?\s*[-−]?\d+|[eE][-−+]?\d+)?"
          r"\s*(?:Å|nm|pm|µm|μm|mm|cm|m|km|AU|°|deg|degrees|rad)(?![\w])")
_CHAIN = re.compile(rf"(?P<lhs>{_LHS})\s*(?P<eq>=|≈|≃)(?P<f>[^=≈≃;,\n]{{1,40}}?)(?P<eq2>=|≈|≃)\s*(?={_VALUE})")
_VERB = re.compile(r"(?i)\b(?:is|are|was|were|so|gives?|then|and|with|which|that|at|for|of|the)\b")


def worked_values(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, "", "wording")`` for the formula (and its sign) of each worked value of ``text``."""
    out: list[tuple[int, int, str, str]] = []
    for m in _CHAIN.finditer(text):
        f = m.group("f")
        if _VERB.search(f) or re.search(r"[A-Za-z]{3,}", re.sub(r"(?i)\b(?:sqrt|sin|cos|tan|log|ln|exp|pi)\b", "", f)) \
                or f.count("(") != f.count(")") or "|" in f or re.fullmatch(r"\s*[A-Z][A-Z0-9'′]*(?:_?\{?[A-Za-z0-9]{1,4}\}?)?\s*", f):
            continue        # (a name between: "AB = BC = 7 cm", "R1 = R2 = 1 kΩ" say both are 7 cm, 1 kΩ)
        if not re.search(r"[A-Za-zα-ωΑ-Ω√π]", f) and not _agrees(f, text[m.end():]):
            continue        # arithmetic only where it gives the value written ("x = 3 + 4 = 7 cm")
        # a quantity with its own unit inside is a restatement ("= 287 pm ="), not a formula
        if re.search(r"\d\s*(?:Å|nm|pm|µm|mm|cm|m|km|AU|N|kg|g|V|A|mA|Ω|kΩ|F|µF|s|°)(?![\w])", f):
            continue
        out.append((m.start("f"), m.end("eq2"), "", "wording"))
    return out
