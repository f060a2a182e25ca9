"""Component values as people write them in circuit texts, for ``nesy.circuits.v1``'s tokenizer.

``circuits._tokens`` reads "4.7 kΩ", "10 µF", "9 V", "12-volt", "1 kilohm" with its own expression. This
module reads what that expression leaves, so that no stated value is reported unread while its component
is drawn with no value (or a netlist writes a default number in its place):

- lower-case and run-together units: "24v", "1.5v", "6 v", "3 kv", "500 mv", "10 ma", "47nf", "10 uf",
  "100 uh", "2 mh" — a lower-case unit letter is read only where it cannot be an English word ("a", "h"
  and "f" alone stay words: "2 a" is never 2 A; "10 uf" and "2 mh" need their prefix);
- the resistance and capacitance codes of IEC 60062:2016 §4 (the "RKM code" printed on parts and in
  schematics): the letter stands for the decimal point and the multiplier — "4k7" = 4.7 kΩ, "2R2" = 2.2 Ω,
  "1M5" = 1.5 MΩ, "4n7" = 4.7 nF, "2u2" = 2.2 µF, "3p3" = 3.3 pF; a whole number of ohms ends with the
  letter: "330R" = 330 Ω, "10R" = 10 Ω (IEC 60062 §4.2; BS 1852). The leading form "R47" = 0.47 Ω is not
  read: it is also how a resistor is named ("R47" the 47th resistor), so it stays a name;
- a resistance written with its multiplier only, as electronics texts do: "a 10k resistor", "1.5k",
  "2M2" (IEC 60062 §4 again: "k" and "M" after the digits are kilo-ohm and mega-ohm); a capacitance likewise:
  "C1 = 100n", "10u", "47p" (p, n, u/µ are capacitance multipliers only);
- "megohm(s)", "kilohm(s)";
- the unit in brackets after its number, as tables and worked solutions write it: "60 (ohms)", "4.7 (kΩ)";
- anything else the shared quantity reader (``nesy.parse.quantities``, pint with ``grammars/common/units.yaml``)
  finds in volts, amperes, ohms, farads or henries.

Each value is handed back as ``(start, end, value in SI units, unit key)`` with the unit keys of
``circuits`` ("V", "A", "ohm", "F", "H").
"""
from __future__ import annotations

import re

__all__ = ["extra_values", "SI_UNIT_KEYS"]

_MULT = {"p": 1e-12, "n": 1e-9, "u": 1e-6, "µ": 1e-6, "μ": 1e-6, "m": 1e-3, "": 1.0, "k": 1e3, "K": 1e3,
         "M": 1e6, "G": 1e9}

# lower-case or run-together units the main expression does not read: a prefix is required where the bare
# letter is an English word ("a", "h", "f")
_LOWER_RE = re.compile(
    r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?|\.\d+)(?:\s?|-)(?P<pre>[pnuµμmkKM]?)(?P<unit>v|V)(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9.])(?P<num2>\d+(?:\.\d+)?|\.\d+)(?:\s?|-)(?P<pre2>[pnuµμmk])(?P<unit2>a|f|h|F|H|A)(?![A-Za-z0-9])")
# IEC 60062 letter-for-decimal-point codes: R/k/M/G → ohms, p/n/u/µ → farads
_RKM_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<a>\d{1,4})(?P<l>[RkKMGpnuµμ])(?P<b>\d{1,3})(?![A-Za-z0-9.])")
# a whole number of ohms in the same code: "330R", "10R" (no digits after the R)
_RWHOLE_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<a>\d{1,6})R(?![A-Za-z0-9.])")
# a resistance with its multiplier only: "10k", "4.7k", "2.2M" (no unit follows)
# (a sentence's full stop may follow it, "parallel to the 8k."; a decimal point may not)
_KOHM_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)(?P<l>[kKM])(?![A-Za-z0-9Ωμ]|\.\w)(?!\s*(?:Ω|ohm|Ohm|hm|V|A|F|H|W|Hz|g|m\b|s\b))")
# the multiplier apart from its number before the part it values, as said aloud or typed in haste: "two 1 k
# resistors", "a 4.7 k resistor" (the k of "1k", IEC 60062)
# a capacitance with its multiplier only, as schematics write it: "C1 = 100n", "10u", "47p", "2.2µ" (IEC 60062:2016
# §4: p, n, u/µ after the digits are picofarad, nanofarad and microfarad; no resistance takes these letters)
_CMULT_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)(?P<l>[pnuµμ])(?![A-Za-z0-9Ωμ]|\.\w)")
_SPACED_K_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)\s(?P<l>[kKM])(?=\s+resistors?\b)")
_WORD_OHM_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)\s?-?(?P<w>megohms?|megaohms?|kilohms?|kiloohms?|Megohms?|Kilohms?)"
                          r"(?![A-Za-z0-9])")

# the unit in brackets after its number, as tables and worked solutions write it: "60 (ohms)", "4.7 (kΩ)", "9 (V)"
_BRACKET_UNIT_RE = re.compile(r"(?<![A-Za-z0-9.])(?P<num>\d+(?:\.\d+)?)\s*\(\s*(?P<pre>[pnuµμmkKMG]|kilo|mega|micro|nano|pico|milli)?"
                              r"(?P<unit>Ω|Ω|ohms?|Ohms?|volts?|V|amps?|amperes?|A|farads?|F|henr(?:y|ies|ys)|H)\s*\)")
_BRACKET_UNIT = {"Ω": "ohm", "Ω": "ohm", "ohm": "ohm", "v": "V", "volt": "V", "amp": "A", "ampere": "A", "a": "A",
                 "farad": "F", "f": "F", "henry": "H", "henrie": "H", "h": "H"}
_WORD_MULT = {"kilo": 1e3, "mega": 1e6, "micro": 1e-6, "nano": 1e-9, "pico": 1e-12, "milli": 1e-3}

SI_UNIT_KEYS = {"volt": "V", "ampere": "A", "ohm": "ohm", "farad": "F", "henry": "H"}
_SI_DIMENSION = {
    "kilogram * meter ** 2 / ampere / second ** 3": "V",
    "ampere": "A",
    "kilogram * meter ** 2 / ampere ** 2 / second ** 3": "ohm",
    "ampere ** 2 * second ** 4 / kilogram / meter ** 2": "F",
    "kilogram * meter ** 2 / ampere ** 2 / second ** 2": "H",
}


def _free(used: list[bool], s: int, e: int) -> bool:
    return not any(used[s:e])


def extra_values(text: str, used: list[bool]) -> list[tuple[int, int, float, str]]:
    """Values in ``text`` at characters not yet ``used`` (see the module docstring), in text order;
    each as ``(start, end, value in SI units, unit key)``. ``used`` is updated."""
    out: list[tuple[int, int, float, str]] = []

    def take(s: int, e: int, v: float, unit: str) -> None:
        if v > 0 and _free(used, s, e):
            out.append((s, e, v, unit))
            for i in range(s, e):
                used[i] = True
    for m in _BRACKET_UNIT_RE.finditer(text):
        u = m.group("unit")
        key = _BRACKET_UNIT.get(u) or _BRACKET_UNIT.get(u.lower().rstrip("s")) or _BRACKET_UNIT.get(u.lower())
        if key is None and u.lower().startswith("henr"):
            key = "H"
        pre = m.group("pre") or ""
        mult = _WORD_MULT.get(pre.lower(), _MULT.get(pre, 1.0)) if pre else 1.0
        if key is not None:
            take(m.start(), m.end(), float(m.group("num")) * mult, key)
    for m in _RKM_RE.finditer(text):
        letter = m.group("l")
        unit = "ohm" if letter in "RkKMG" else "F"
        mult = 1.0 if letter == "R" else _MULT[letter]
        take(m.start(), m.end(), float(f"{m.group('a')}.{m.group('b')}") * mult, unit)
    for m in _RWHOLE_RE.finditer(text):
        take(m.start(), m.end(), float(m.group("a")), "ohm")
    for m in _WORD_OHM_RE.finditer(text):
        mult = 1e6 if m.group("w").lower().startswith("meg") else 1e3
        take(m.start(), m.end(), float(m.group("num")) * mult, "ohm")
    for m in _LOWER_RE.finditer(text):
        if m.group("num") is not None:
            num, pre, unit = m.group("num"), m.group("pre"), "V"
            if pre in ("M",) and m.group("unit") == "v":
                continue  # "5 Mv": no one writes megavolts so; leave it unread rather than guess
        else:
            num, pre, unit = m.group("num2"), m.group("pre2"), m.group("unit2").upper()
        take(m.start(), m.end(), float(num) * _MULT[pre], unit)
    for rx in (_KOHM_RE, _SPACED_K_RE):
        for m in rx.finditer(text):
            take(m.start(), m.end(), float(m.group("num")) * _MULT[m.group("l")], "ohm")
    for m in _CMULT_RE.finditer(text):
        take(m.start(), m.end(), float(f"{float(m.group('num')) * _MULT[m.group('l')]:.12g}"), "F")
    from ..parse.quantities import find_quantities
    for q in find_quantities(text):
        unit = _SI_DIMENSION.get(q.si_unit)
        if unit is not None and q.si is not None and _free(used, q.start, q.end):
            take(q.start, q.end, float(q.si), unit)
    return sorted(out)
