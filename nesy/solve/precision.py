"""The precision a stated measure is written with, so that solvers hold it to that precision.

A value derived by a law is rarely a short decimal: a right triangle with legs 7 cm has a hypotenuse of
7√2 = 9.8995… cm, which a person writes "9.90 cm" or "about 9.9 cm"; a lens with f = 10 cm and an object at
25 cm gives an image at 16.666… cm, written "16.7 cm". Held exactly, such a rounded restatement is a false
"impossible". Held to its written precision (``solvers/precision.yaml``: half a unit in the last written
digit, ISO 80000-1 Annex B; wider for a number marked approximate) it is a check that still catches a
restatement that is wrong by more than its rounding.

``half_width(span, value)`` finds the number that stands for ``value`` in the phrase ``span`` and returns
the half-width (in ``value``'s own unit) to hold it to: 0 for an exact statement (an integer with no
approximation marker).
"""
from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

__all__ = ["half_width", "relative_half_width", "approx_rel", "approx_rx"]

# a decimal number as written (thousands separators, a decimal point or comma), with an optional power of ten
_NUM = re.compile(r"(?<![\w.])(?P<m>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d*)?|\.\d+)"
                  r"(?P<e>\s*(?:[x×·*]\s*10\s*\^?\s*\(?[-−–+]?\d+\)?|[eE][-−+]?\d+))?")


# "± 0.01", "+/- 2 %" right after the number (or after its unit)
_PM = re.compile(r"\)?(?:\s*[A-Za-zÅµΩ°]{1,3}(?![\w]))?\s*\(?\s*(?:±|\+/-|\+/−|\+-)\s*(?P<u>\d+(?:\.\d+)?)\s*(?P<pct>%)?")


def _data() -> dict[str, Any]:
    from ..resources import load_yaml
    return load_yaml("solvers", "precision.yaml")


def approx_rx() -> str:
    """A regex fragment (no groups) for one approximation marker and the space after it ("about ", "≈"), from
    ``approx_markers``: the readers of each science allow it before a value, which this module then holds
    loosely."""
    words = [m for m in _data()["approx_markers"] if m[0].isalpha()]
    signs = [m for m in _data()["approx_markers"] if not m[0].isalpha()]
    w = "|".join(r"\s+".join(re.escape(x) for x in m.split()) for m in sorted(words, key=len, reverse=True))
    return rf"(?:(?:{w})(?:\s+|(?<=\.))|[{''.join(signs)}]\s*)"


def approx_rel() -> Fraction:
    return Fraction(str(_data()["approx_rel"]))


def _approx_before(prefix: str) -> bool:
    p = re.sub(r"[\s=:(]+$", "", prefix.lower())
    p = re.sub(r"\b(?:is|was|be|of|at|equals?|measures?|comes? out at|forms? at)$", "", p).rstrip(" =:(")
    return any(p.endswith(m) and (not m[0].isalpha() or not p[:len(p) - len(m)][-1:].isalpha())
               for m in _data()["approx_markers"])


def _exponent(e: str | None) -> int:
    if not e:
        return 0
    d = re.search(r"([-−–+]?)(\d+)\)?\s*$", e)
    return -int(d.group(2)) if d.group(1) in "-−–" and d.group(1) else int(d.group(2))


def relative_half_width(number: str, *, approximate: bool = False) -> Fraction:
    """Half a unit in the last written digit of ``number`` ("9.90", "2.2×10^-6", "1,500.5"), relative to
    its value; with ``approximate``, at least ``approx_rel``. 0 for an integer not marked approximate."""
    m = _NUM.search(number)
    if not m:
        return Fraction(0)
    mant = m.group("m").replace(",", "")
    dec = len(mant.split(".")[1]) if "." in mant else 0
    mv = Fraction(mant if not mant.endswith(".") else mant[:-1] or "0")
    if mv == 0:
        return Fraction(0)
    rel = Fraction(1, 2 * 10 ** dec) / mv if dec else Fraction(0)
    if approximate:
        # (an approximate integer is at least "to the nearest unit")
        rel = max(rel, approx_rel(), Fraction(1, 2) / mv if not dec else Fraction(0))
    return rel


def _matches(token_value: Fraction, value: Fraction) -> bool:
    """Whether the written number stands for ``value`` up to a unit's factor (10ⁿ, inches, feet)."""
    if token_value == 0 or value == 0:
        return token_value == value
    r = abs(value) / token_value
    for k in range(-12, 13):
        for f in (Fraction(1), Fraction("2.54"), Fraction("30.48"), Fraction("0.3048"), Fraction("25.4")):
            if abs(r / (f * Fraction(10) ** k) - 1) < Fraction(1, 10 ** 9):     # (a float's last digits)
                return True
    return False


def half_width(span: dict[str, Any] | None, value: Fraction | str | float, *,
               own: dict[str, Any] | None = None, context: str = "", marked_only: bool = False) -> Fraction:
    """Half-width, in ``value``'s unit, to hold a stated ``value`` to: the precision of the number in
    the phrase ``span`` that stands for it (``own``: the quantity's own span inside it, when known;
    ``context``: the whole text, whose words just before the span may mark it approximate, "about
    16.7 cm"). 0 (exact) when no such number is found or it is an integer with no approximation marker;
    with ``marked_only``, 0 too for a plain decimal (a solver that derives an unknown from the value: circuits)."""
    if not span or not span.get("text"):
        return Fraction(0)
    v = value if isinstance(value, Fraction) else Fraction(str(value))
    text = span["text"]
    lo = 0
    if own and own.get("text") and span.get("start") is not None and own.get("start") is not None:
        lo = max(0, own["start"] - span["start"])
    best = None
    for m in _NUM.finditer(text, lo):
        mant = m.group("m").replace(",", "")
        try:
            tv = Fraction(mant.rstrip(".") or "0") * Fraction(10) ** _exponent(m.group("e"))
        except (ValueError, ZeroDivisionError):
            continue
        if _matches(tv, v):
            best = m
            break
    if best is None:
        return Fraction(0)
    before = text[:best.start()]
    if context and span.get("start") is not None and context[span["start"]:span["start"] + len(text)] == text:
        before = context[max(0, span["start"] - 40):span["start"]] + before
    approximate = _approx_before(before)
    rel = relative_half_width(best.group(0), approximate=approximate)
    if marked_only and not approximate:
        rel = Fraction(0)
    after = text[best.end():]
    if context and span.get("start") is not None and context[span["start"]:span["start"] + len(text)] == text:
        after = context[span["start"] + best.end():span["start"] + best.end() + 40]
    pm = _PM.match(after)
    if pm:          # a stated uncertainty: "5.43 ± 0.01 Å", "10 cm ± 2 %"
        u = Fraction(pm.group("u"))
        mv = Fraction(best.group("m").replace(",", "").rstrip(".") or "0")
        rel = max(rel, u / 100 if pm.group("pct") else (u / mv if mv else Fraction(0)))
    return rel * abs(v)
