"""A distance written as a formula of the lattice constant, with its value: a check, not a second constant (issue 9).

"bcc, a = 2.8665 Å; nearest-neighbour distance a√3/2 = 2.482 Å", "lattice constant 5.431 Å, so the Si-Si bond length
is a√3/4 ≈ 2.352 Å", "a = 6.29 Å, so the K-Cl distance is a/2 = 3.145 Å" (requests-36): the writer derives a distance
from the cell edge and shows the working. Read as a length, the value was a second lattice constant and the request
was refused as giving a twice. The formula says how the value follows from a: ``derived_lengths`` finds each
"<formula in a> = / ≈ <length>" (the formula a·√n/d, (√n/d)·a, a/d; with the noun phrase it names, "the K-Cl distance
is", "nearest-neighbour distance"); the science blanks it and ``check_derived`` evaluates the formula with the a read:
within half a unit of the value's last digit (and 0.5 %; 1 % after "≈") it is read, otherwise refused naming both
phrases. The geometry is the cubic cell's: face diagonal a√2, body diagonal a√3 (Kittel, Introduction to Solid
State Physics, 8th ed., ch. 1: nearest-neighbour distances a√3/2 in bcc, a/√2 in fcc, a√3/4 in diamond).
"""
from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["derived_lengths", "check_derived"]

_ROOT = r"(?:√\s*\(?\s*(?P<{0}>\d+)\s*\)?|sqrt\s*\(\s*(?P<{0}b>\d+)\s*\)|\\sqrt\{{(?P<{0}c>\d+)\}})"
_NOUN = (r"(?:(?:the|its|their|a)\s+)?(?:[A-Z][a-z]?\s*[-–]\s*[A-Z][a-z]?\s+|nearest[- ]neighbou?r\s+|closest\s+|"
         r"shortest\s+|interatomic\s+|cation[- ]anion\s+)?(?:bond\s+length|bond|distance|separation|spacing|contact)"
         r"(?:\s+(?:is|=|:|of|equals|comes\s+to|becomes|will\s+be))?\s*")
_FORMULA = re.compile(
    rf"(?P<noun>{_NOUN})?(?P<expr>(?<![\w])a\s*[·*×]?\s*(?:{_ROOT.format('r1')})?\s*/\s*(?P<d1>\d+)"
    rf"|\(?\s*{_ROOT.format('r2')}\s*/\s*(?P<d2>\d+)\s*\)?\s*[·*×]?\s*a(?![\w])"
    rf"|(?<![\w])a\s*/\s*{_ROOT.format('r3')})"
    r"\s*(?P<rel>=|≈|≃|~)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>Å|angstroms?|pm|nm|A(?![\w]))")
_TO_A = {"å": 1.0, "a": 1.0, "angstrom": 1.0, "angstroms": 1.0, "pm": 0.01, "nm": 10.0}


def derived_lengths(text: str) -> list[dict[str, Any]]:
    """Each distance written as a formula of a with its value: ``{start, end, text, factor, value (Å), approx,
    half (half a unit of the last digit, Å)}``; ``factor`` × a is what the formula gives."""
    out = []
    for m in _FORMULA.finditer(text):
        g = m.groupdict()
        root = next((int(g[k]) for k in ("r1", "r1b", "r1c", "r2", "r2b", "r2c") if g.get(k)), 1)
        if g.get("d1") or g.get("d2"):
            factor = math.sqrt(root) / int(g.get("d1") or g.get("d2"))
        else:
            r3 = next(int(g[k]) for k in ("r3", "r3b", "r3c") if g.get(k))
            factor = 1.0 / math.sqrt(r3)
        scale = _TO_A[m.group("unit").lower()]
        num = m.group("num")
        decimals = len(num.split(".")[1]) if "." in num else 0
        s = m.start("noun") if m.group("noun") else m.start("expr")
        out.append({"start": s, "end": m.end(), "text": text[s:m.end()], "factor": factor,
                    "value": float(num) * scale, "approx": m.group("rel") != "=",
                    "half": 0.5 * 10 ** -decimals * scale})
    return out


def check_derived(found: list[dict[str, Any]], lattice: dict, spans: dict, text: str) -> None:
    """Raises ``UnsatisfiableError`` for a formula whose value is not what the a read gives (module text); a text
    with no a read cannot be checked (``InputError`` naming the phrase)."""
    from ..errors import InputError, UnsatisfiableError
    for f in found:
        a = lattice.get("a")
        if a is None:
            raise InputError(f"'{f['text']}' at {f['start']}-{f['end']} gives a distance from the lattice constant a, "
                             "but the text gives no a; state it ('a = 5.64 Å')")
        want = f["factor"] * float(a)
        tol = max(f["half"], (0.01 if f["approx"] else 0.005) * want) + 1e-9
        if abs(want - f["value"]) > tol:
            ph = {"text": f["text"], "start": f["start"], "end": f["end"]}
            prior = spans.get("a") if isinstance(spans, dict) else None
            raise UnsatisfiableError(
                [ph] + ([dict(prior)] if isinstance(prior, dict) else []),
                [{"law": "distances in the cubic cell follow from a (face diagonal a√2, body diagonal a√3)",
                  "source": "Kittel, Introduction to Solid State Physics, 8th ed., ch. 1"}],
                fix=[ph], detail=f"with a = {float(a):.4g} Å the formula gives {want:.4g} Å, not {f['value']:.4g} Å")
