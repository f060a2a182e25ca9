"""Formulas and relations written inside a geometry request's prose, and chained equalities.

"… so the students can read sin 30° = 1/2 off the picture", "to show that a² + b² = c²", "tan 45° = 1",
"the sides are in the ratio 1 : √3 : 2": a formula is what the figure illustrates, not a measure to draw.
Its numbers ("1/2", "45°") are no lengths or angles of the figure: ``formula_spans`` finds each such
expression (a trigonometric function of an angle, an equation between letters and powers, a ratio of
numbers with colons), so the quantity reader passes it over and the phrase is reported as not drawn —
never read as a length in "units" beside the figure's centimetres, never as a second angle.
A trigonometric value written with its number ("sin 30° = 1/2", "cos 60° ≈ 0.5") is checked
(``check_formula``): a true one is recorded with the figure (figure.json ``formulas``), a false one is
refused naming it; any other formula is reported as not drawn.

``chained_sides``: "AB = AD = 5 cm", "PQ = QR = RS = 4 cm" — every side of the chain has the value, not
only the last (a stated fact is never dropped).
"""
from __future__ import annotations

import math
import re

__all__ = ["formula_spans", "chained_sides", "check_formula"]

_NUM = r"(?:\d+(?:[.,]\d+)?|√\s*\d+|\d*\s*√\s*\d+)(?:\s*/\s*(?:\d+(?:[.,]\d+)?|√\s*\d+))?"
_TRIG = re.compile(
    r"(?<![A-Za-z])(?:sin|cos|tan|cot|sec|csc|cosec|tg|ctg)\s*\(?\s*(?:\d+(?:[.,]\d+)?\s*(?:°|º|deg(?:rees?)?)?|"
    r"[A-Za-zα-ωθ]{1,2})\s*\)?(?:\s*(?:=|≈)\s*" + _NUM + r")?", re.IGNORECASE)
# a relation between letters: "a² + b² = c²", "c^2 = a^2 + b^2", "a/sin A = b/sin B"
_T = r"[a-z](?:²|\^2)?"
_EQN = re.compile(r"(?<![A-Za-z])(?:" + _T + r"\s*[+\-]\s*" + _T + r"\s*=\s*" + _T + r"|" + _T + r"\s*=\s*" + _T
                  + r"\s*[+\-]\s*" + _T + r")(?![A-Za-z])")
# arithmetic written out: "180° − 40° − 60° = 80°", "(10 − 6) / 2 = 2 cm"
_Q = r"\(?\s*\d+(?:[.,]\d+)?\s*(?:°|º|cm|mm|m|in)?\s*\)?"
_ARITH = re.compile(r"(?<![\w.])" + _Q + r"(?:\s*[+\-−–×x*/÷]\s*" + _Q + r")+\s*=\s*" + _Q + r"(?![\w.])")
# a ratio of numbers: "1 : √3 : 2", "in the ratio 3:4:5"
_RATIO = re.compile(r"(?<![\w.])" + _NUM + r"(?:\s*:\s*" + _NUM + r")+(?![\w.])")


def formula_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each formula or ratio written in the prose (not overlapping, in order)."""
    spans: list[tuple[int, int]] = []
    for rx in (_ARITH, _TRIG, _EQN, _RATIO):
        for m in rx.finditer(text):
            if rx is _TRIG and not re.search(r"[\d=≈(]", m.group(0)):
                continue            # "sin" alone, or "tan" as a word: not a formula
            s, e = m.start(), m.end()
            while s < e and text[s] == "(" and text[s:e].count("(") > text[s:e].count(")"):
                s += 1          # "(180° − 40° = 140°)": the brackets around a formula are not its own
                while s < e and text[s] == " ":
                    s += 1
            while e > s and text[e - 1] == ")" and text[s:e].count(")") > text[s:e].count("("):
                e -= 1
                while e > s and text[e - 1] == " ":
                    e -= 1
            if text[s] == "(" and text[e - 1] == ")" and "=" in text[s:e]:
                s, e = s + 1, e - 1     # "(180° − 40° − 60° = 80°)": a formula in brackets
            if not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)


_CHAIN = re.compile(r"(?<![A-Za-z])(?P<chain>(?:[A-Z]{2}\s*=\s*){2,})(?=\d)")


def chained_sides(text: str) -> list[tuple[list[str], int]]:
    """For each chain "AB = AD = 5 cm": the labels before the last one and the last label's start
    (the side the quantity reader gives the value to)."""
    out = []
    for m in _CHAIN.finditer(text):
        labs = list(re.finditer(r"[A-Z]{2}", m.group("chain")))
        out.append(([x.group(0) for x in labs[:-1]], m.start("chain") + labs[-1].start()))
    return out


# "PQ and PR are each 8 cm", "AB, BC and CA are all 5 cm", "sides DE and DF both measure 7 cm": one value
# distributed over the sides named before it
_EACH = re.compile(r"(?<![A-Za-z])(?P<labs>[A-Z]{2}(?:\s*,\s*[A-Z]{2})*\s*,?\s*(?:and|&)\s*[A-Z]{2})(?![A-Za-z])"
                   r"\s*,?\s*(?:are|were|both|all|each|measure|have|of)?\s*(?:each|both|all)\s*"
                   r"(?:(?:exactly|measure|measuring|are|have\s+length|of\s+length|long)\s+)*"
                   r"(?P<q>(?=\d|\.\d))")


def vertex_name(text: str, n: int) -> str | None:
    """The one name of ``n`` distinct capitals ("PQR") of which the text also names a side ("PQ", "RP")
    (``nesy.parse.concepts.vertex_names``); None when there is none or more than one."""
    from ..parse.concepts import vertex_names
    found = {x for x in vertex_names(text) if len(x) == n}
    return found.pop() if len(found) == 1 else None


def each_sides(text: str) -> list[tuple[list[str], int]]:
    """For each "PQ and PR are each 8 cm": the side labels and the start of the quantity they share."""
    return [(re.findall(r"[A-Z]{2}", m.group("labs")), m.start("q")) for m in _EACH.finditer(text)]


_TRIG_EVAL = re.compile(r"(?i)^(?P<f>sin|cos|tan|cot|sec|csc|cosec|tg|ctg)\s*\(?\s*(?P<x>\d+(?:[.,]\d+)?)\s*"
                        r"(?:°|º|deg(?:rees?)?)?\s*\)?\s*(?P<op>=|≈)\s*(?P<v>.+)$")
_FUNCS = {"sin": lambda r: math.sin(r), "cos": lambda r: math.cos(r), "tan": lambda r: math.tan(r),
          "tg": lambda r: math.tan(r), "cot": lambda r: 1 / math.tan(r), "ctg": lambda r: 1 / math.tan(r),
          "sec": lambda r: 1 / math.cos(r), "csc": lambda r: 1 / math.sin(r), "cosec": lambda r: 1 / math.sin(r)}


def _value(v: str) -> tuple[float, float] | None:
    """The number a formula's right side writes ("1/2", "√3/2", "0.866", "√2 / 2") and the rounding it
    allows (half a unit of its last decimal; exact forms 1e-9); None when it is no such number."""
    s = v.strip().replace(",", ".").replace(" ", "")
    part = r"(?:(\d+(?:\.\d+)?)?√(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?))"
    m = re.fullmatch(part + r"(?:/" + part + r")?", s)
    if not m:
        return None
    c1, r1, n1, c2, r2, n2 = m.groups()

    def val(c, r, n):
        return (float(c) if c else 1.0) * math.sqrt(float(r)) if r else float(n)
    x = val(c1, r1, n1)
    if r2 or n2:
        d = val(c2, r2, n2)
        if d == 0:
            return None
        x /= d
    dec = len(n1.split(".")[1]) if n1 and "." in n1 and not (r2 or n2) else None
    return x, (0.5 * 10 ** -dec + 1e-12) if dec else 1e-9


def _arith(text: str) -> bool | None:
    """Whether written-out arithmetic ("180° − 40° − 60° = 80°") is true; None when it is none."""
    if not _ARITH.fullmatch(text.strip()):
        return None
    e = re.sub(r"°|º|cm|mm|m|in", "", text).replace("−", "-").replace("–", "-").replace("×", "*").replace("x", "*")
    e = e.replace("÷", "/").replace(",", ".")
    left, right = e.split("=")
    if not re.fullmatch(r"[\d.\s+\-*/()]+", left + right):
        return None
    try:
        lv, rv = eval(left, {"__builtins__": {}}), eval(right, {"__builtins__": {}})  # noqa: S307 - digits and + - * / ( ) only
    except (SyntaxError, ZeroDivisionError):
        return None
    return abs(lv - rv) <= 1e-9 * max(1.0, abs(rv)) or abs(lv - rv) <= 0.5 * 10 ** -max(
        [len(x.split(".")[1]) for x in re.findall(r"\d+\.\d+", right)] or [0])


def check_formula(text: str) -> bool | None:
    """Whether a trigonometric value written in the prose is true ("sin 30° = 1/2": True; "cos 60° = 0.8":
    False); None when the formula is not such a value (a relation between letters, a ratio)."""
    ar = _arith(text)
    if ar is not None:
        return ar
    m = _TRIG_EVAL.match(text.strip())
    if not m:
        return None
    val = _value(m.group("v"))
    if val is None:
        return None
    got = _FUNCS[m.group("f").lower()](math.radians(float(m.group("x").replace(",", "."))))
    want, tol = val
    if m.group("op") == "≈":
        tol = max(tol, 0.01 * abs(want))
    return abs(got - want) <= tol * max(1.0, abs(want)) if tol > 1e-9 else abs(got - want) <= 1e-9 * max(1.0, abs(want))
