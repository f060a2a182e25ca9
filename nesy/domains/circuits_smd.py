"""Values printed as number codes on small parts (SMD markings), for ``nesy.circuits.v1``'s tokenizer.

"Two SMD resistors marked 472 and 103", "a resistor coded 4R7", "a capacitor marked 104": a part too small for
colour bands carries its value as a code, and the code is the value:

- three digits: two significant figures and a multiplier digit (the number of zeros): 472 = 47 × 10² Ω = 4.7 kΩ,
  103 = 10 kΩ; four digits: three figures and the multiplier, 4702 = 470 × 10² Ω = 47 kΩ (the three- and four-digit
  numeric codes of surface-mount resistors, as summarised e.g. at http://rfteststation.com/surface-mounted-resistors/
  "471 = 47×10 = 470 Ω and 563 = 5K6");
- "R" standing for the decimal point: 4R7 = 4.7 Ω, R47 = 0.47 Ω (the letter-and-digit code of IEC 60062:2016,
  clause 4, formerly BS 1852);
- on a capacitor the same digit code counts picofarads: 104 = 10 × 10⁴ pF = 100 nF (IEC 60062:2016, clause 4).

A code is read only where the text says it is one — after "marked", "coded", "labelled", "printed", "stamped",
"with (the) code", or beside "SMD" — and only for a resistor or capacitor named in its sentence (the nearest such
word before the cue, else after it). A multiplier digit of 8 or 9 (no power of ten in the numeric code) and a code
of zero ("000", a jumper) are refused naming the code, never read some other way.
"""
from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["smd_values"]

# (a leading-R code, "R47", is also how a part is named, "R1": read as a code only with two or more digits, never
# before "=", and never where the text uses it as a name elsewhere)
_CODE = r"[\"'“‘]?(?:\d{3,4}|\d+R\d*|R\d{2,3})[\"'”’]?(?!\s*=)"
_CUE = (r"(?:marked|markings?|coded|codes?|labell?ed|printed|stamped|reading|which\s+read|that\s+read|"
        r"with\s+(?:the\s+)?(?:SMD\s+)?(?:codes?|markings?)|SMD(?:\s+codes?)?)")
_RUN = re.compile(r"(?<![A-Za-z])" + _CUE + r"(?:\s+(?:with|as|of))?[\s:]*(?P<run>" + _CODE
                  + r"(?:\s*(?:,\s*and|,|/|&|and)\s*" + _CODE + r")*)(?!\w|\.\d)"
                  # "a 472 SMD resistor": the code before the word that says it is one
                  r"|(?<![\w.])(?P<before>" + _CODE + r")(?=\s+SMD\b)", re.IGNORECASE)
_ONE = re.compile(r"(?<![\w.])[\"'“‘]?(?P<c>\d{3,4}|\d+R\d*|R\d{2,3})[\"'”’]?(?!\w|\.\d)")
_KIND = re.compile(r"\b(?:(?P<r>resistors?|resistances?|resitors?)|(?P<c>capacitors?|caps?|condensers?))\b",
                   re.IGNORECASE)
_SENTENCE = re.compile(r"[.;!?](?:\s|$)")


def _decode(code: str, at: str) -> float:
    """A code's value in the unit of its part (ohms, or picofarads for a capacitor)."""
    c = code.upper()
    if "R" in c:
        a, b = c.split("R")
        v = float(f"{a or '0'}.{b or '0'}")
    else:
        mult = int(c[-1])
        if mult > 7:
            raise InputError(f"{at}: a multiplier digit of {mult} is no power of ten in the SMD numeric code "
                             "(IEC 60062); give the value itself, e.g. '4.7 kΩ'")
        v = float(int(c[:-1]) * 10 ** mult)
    if v <= 0:
        raise InputError(f"{at} is a zero-ohm code (a jumper, no resistor); draw it as a wire, or give the value")
    return v


def smd_values(text: str, used: list[bool]) -> list[tuple[int, int, float, str]]:
    """(start, end, value, unit) of each code the text gives as a part's value (see the module docstring);
    the characters of each code are marked in ``used``."""
    out: list[tuple[int, int, float, str]] = []
    for m in _RUN.finditer(text):
        g = "run" if m.group("run") is not None else "before"
        if any(used[m.start(g):m.end(g)]):
            continue
        a = max((s.end() for s in _SENTENCE.finditer(text, 0, m.start())), default=0)
        e = _SENTENCE.search(text, m.end())
        z = e.start() if e else len(text)
        before = list(_KIND.finditer(text, a, m.start()))
        after = list(_KIND.finditer(text, m.end(), z))
        k = before[-1] if before else (after[0] if after else None)
        if k is None:
            continue
        cap = k.group("c") is not None
        codes = list(_ONE.finditer(text, m.start(g), m.end(g)))
        if any(c.group("c").startswith("R") and (re.match(r"(?i)labell?ed", m.group(0)) or len(re.findall(
                rf"(?<![\w.]){c.group('c')}(?![\w.])", text)) > 1) for c in codes):
            continue   # "labelled R10", or R10 named again elsewhere: a name, not a code
        for n, c in enumerate(codes):
            at = f"'{c.group(0)}' at {c.start()}-{c.end()}"
            v = _decode(c.group("c"), at)
            # (the cue, "marked", is part of the first value's phrase: "a resistor marked 472" is one mention)
            a_ = m.start() if n == 0 else c.start()
            out.append((a_, c.end(), v * 1e-12 if cap else v, "F" if cap else "ohm"))
            for i in range(a_, c.end()):
                used[i] = True
    return out
