"""A component noun followed by its quantity's symbol and value (``nesy.circuits.v1``): "a battery of emf ε = 12 V",
"a source V = 5 V", "a cell with emf E = 1.5 V", "a capacitor C = 10 µF".

Physics texts give a part's value as an equation in the quantity's conventional symbol right after the part's noun:
ε (or ℰ, E) for a source's emf, V or U for a voltage, R for a resistance, C for a capacitance, L for an inductance,
I for a current (IUPAP / ISO 80000-6:2008, items 6-11 electromotive force, 6-29 resistance, 6-37 capacitance,
6-41 inductance). The symbol restates the noun's quantity: the value is that part's, never a second part. Read
as it stood, the symbol broke the phrase and "12 V" was read as one more source (a battery with no value and a
12 V source, verified: circuits-01 of requests-22).

``symbol_values(toks, unknown, text)`` joins the symbol to the "=" token after it when the token before the symbol
is the noun of a part (a ``KIND``) whose quantity the symbol and the value's unit both name; the symbol's word
leaves ``unknown`` (it is read). A symbol of another quantity ("a resistor V = 5 V") is left as it was.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["symbol_values"]

# the kind a part's noun names (``KIND`` token value[0]) → (symbols of its quantity, the unit of its value)
_SYMBOLS = {
    "vsource": (r"ε|ℰ|E|V|U|emf|EMF|e\.m\.f\.", "V"),
    "source": (r"ε|ℰ|E|V|U|emf|EMF|e\.m\.f\.", "V"),
    "isource": (r"I|J", "A"),
    "resistor": (r"R|r", "ohm"),
    "capacitor": (r"C", "F"),
    "inductor": (r"L", "H"),
}
# a subscript or a digit after the letter: "ε_1", "E_0", "V_{s}", "U1"
_SUB = r"(?:_?\{?[A-Za-z0-9]{1,4}\}?)?"


def symbol_values(toks: list[Any], unknown: list[tuple[str, int, int]], text: str,
                  make: Any) -> tuple[list[Any], list[tuple[str, int, int]]]:
    """``toks`` with "KIND <symbol> = VALUE" read as "KIND = VALUE" (the "=" token widened over the symbol), and
    ``unknown`` without the symbol's words; ``make(tag, value, start, end, text)`` builds a token."""
    out = list(toks)
    for i in range(len(out) - 2):
        k, eq, val = out[i], out[i + 1], out[i + 2]
        if k.tag != "KIND" or eq.tag != "PUNCT" or eq.value != "=" or val.tag != "VALUE":
            continue
        spec = _SYMBOLS.get(k.value[0])
        if spec is None or not isinstance(val.value, dict) or val.value.get("unit") != spec[1]:
            continue
        m = re.fullmatch(rf"(\s+)(?:of\s+|with\s+)?({spec[0]}){_SUB}\s*", text[k.end:eq.start])
        if m is None:
            continue
        a = k.end + m.end(1)
        out[i + 1] = make("PUNCT", "=", a, eq.end, text[a:eq.end])
        unknown = [u for u in unknown if not (a <= u[1] and u[2] <= eq.start)]
    return out, unknown
