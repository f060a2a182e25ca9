"""Expressions written in symbols inside prose: "1/(2πRC)", "f = 1/(2π√(LC))", "P = V²/R", "X_C = 1/(2πfC)".

A text explains its figure with the formulas of its subject ("cut-off 1/(2πRC) ≈ 0.34 Hz", "the period is
2π√(L/g)"). Their numbers are coefficients and their letters variables: "2" in "1/(2πRC)" counts nothing,
"R" and "C" name no part. ``symbolic_expressions`` finds each such expression by its shape alone — a run of
symbols holding an operator (/ * × · ^ ² √) and a variable (one letter, maybe with a subscript or digits, a
Greek letter, π), with its "name =" before it when it has one — so a science leaves it out of its reading
like a question, and reports it as read, not drawn.

A unit is no expression: "m/s", "kg·m/s²", "V/m" right after a number, and words ("and/or", "km/h") are left
alone; so is a plain value "R1 = 60 Ω" (no operator) and a ratio of numbers "4/2" (no variable).
"""
from __future__ import annotations

import re

__all__ = ["symbolic_expressions"]

# a variable: one Latin letter (maybe "_C", "₁", digits after it), a Greek letter, π; a function word of maths
_VAR = r"(?:[A-Za-z](?:_\{?[A-Za-z0-9]{1,6}\}?|[₀-₉]+|\d{1,2})?|[α-ωΑ-Ωπ])"
_FUNC = r"(?:sqrt|sin|cos|tan|exp|ln|log)"
_ATOM = rf"(?:{_FUNC}(?=\s*\()|{_VAR}|\d+(?:\.\d+)?|[()√])"
_OP = r"(?:[/*×·^+\-−]|²|³)"
# the expression: atoms and operators, spaces allowed only around an operator; a leading "name =" is its left side
_EXPR = re.compile(rf"(?<![\w.\-/])(?P<lhs>{_VAR}\s*=\s*)?(?P<e>(?:{_ATOM}|{_OP})(?:(?:{_ATOM}|{_OP})|\s+(?={_OP})|"
                   rf"(?<={_OP})\s+)*(?:{_ATOM}|²|³))(?![\w])")
# a product, quotient, power or root marks an expression; a sum only with its "name =" ("R_T = R1 + R2"): "R1+R2"
# or "R1-R2-R3" alone may be how a text chains its parts, and a hyphen joins words ("A-B", "2-way")
_OPERATOR = re.compile(r"[/*×·^²³√]")
_SUM = re.compile(r"(?<=[\w)])\s*(?:[+−]|\s-\s)\s*(?=[\w(√])")
_NUMBER_BEFORE = re.compile(r"\d(?:\.\d+)?\s*$")


def _balanced(s: str) -> bool:
    depth = 0
    for ch in s:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _variables(expr: str) -> list[str]:
    stripped = re.sub(rf"{_FUNC}(?=\s*\()", " ", expr)
    return re.findall(r"[A-Za-zα-ωΑ-Ωπ]", stripped.replace("Ω", " ").replace("µ", " ").replace("μ", " "))


# a number in powers of ten ("4.7 × 10³", "2 x 10^-6", "1.5*10**3") is one number, not a product; Ω and µ are the
# ohm and the micro prefix of a unit after it, no variables
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?\s*[×xX*·]\s*10\s*(?:\^|\*\*)?\s*[-−+⁻⁺]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def symbolic_expressions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each expression of ``text`` written in symbols (see the module), in order."""
    out: list[tuple[int, int]] = []
    for m in _EXPR.finditer(text):
        e = m.group("e").strip()
        a, b = m.start("e"), m.start("e") + len(m.group("e").rstrip())
        # (a bracket closing around the expression belongs to the prose: "(cut-off 1/(2πRC))")
        while e.endswith(")") and not _balanced(e):
            e, b = e[:-1], b - 1
        core = _SCIENTIFIC.sub("1", e)
        if not e or not _balanced(e) or not (_OPERATOR.search(core) or m.group("lhs") and _SUM.search(core)):
            continue
        letters = _variables(core)
        if not letters:
            continue              # "4/2", "3*5": numbers only, a ratio or a product the science reads
        words = re.findall(r"[A-Za-z]{2,}", re.sub(rf"{_FUNC}(?=\s*\()", " ", e))
        if any(not re.fullmatch(r"[A-Z]{2,4}|[A-Za-z][A-Z]{1,3}", w) for w in words):
            continue              # "and/or", "km/h", "m/s": words or a unit, no product of variables
        if m.group("lhs") is None and _NUMBER_BEFORE.search(text[:a]):
            continue              # "9.8 m/s²", "12 V/m": a unit after its number
        if m.group("lhs") is None and not re.search(r"[()√πα-ωΑ-Ω]|\d\s*[A-Za-z]|[A-Za-z]\s*\d|[²³^]", e) \
                and len(letters) < 2:
            continue              # "x/y"-less single letters over a word ("N/m" needs its number; "a/b" stays)
        if re.fullmatch(r"[A-Za-z]{1,3}/[A-Za-z]{1,3}", e) and m.group("lhs") is None:
            continue              # "V/m", "N/m", "m/s" on their own: a unit's shape, never read as a formula
        out.append((m.start() if m.group("lhs") else a, b))
    return out
