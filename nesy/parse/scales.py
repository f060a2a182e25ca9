"""Values on a named scale without a unit: "pH 6.5", "a pH of 7", "Mach 2", "magnitude 6.1", "Beaufort force 8".

Some quantities are written as a number after (or "of" after) the scale's name, with no unit: the acidity of a
solution or a soil (pH = −lg a(H⁺), IUPAC Gold Book, "pH"; likewise pOH, pKa), a speed in units of the speed of
sound (Mach number, ISO 80000-11:2019, item 11-4.1), an earthquake's magnitude (Richter; moment magnitude Mw),
the wind's force on the Beaufort scale, a mineral's Mohs hardness, a UV index, a Kp index. Read one number at a
time, "6.5" in "(soil pH 6.5)" is a bare number — a length without its unit to a geometry reader, a count to
another. ``scale_values`` finds each such value by the scale's name, so a science reads it as what it is: a
measure of something else than its figure, listed as not drawn, never a length, an angle or a count.
"""
from __future__ import annotations

import re

__all__ = ["scale_values"]

# the scale's name as written before its number ("pH", "Mach", "magnitude", "Beaufort force", "Mohs hardness")
_NAMES = (r"(?-i:p(?:H|OH|Ka|Kb))|mach|(?:richter|moment)\s+magnitude|magnitude(?=\s+\d+(?:\.\d+)?\s+(?:earthquake|"
          r"quake|tremor|event|star))|(?-i:M[wL])|beaufort(?:\s+force)?|"
          r"force(?=\s+\d{1,2}\s+(?:on\s+the\s+)?beaufort)|(?:mohs\s+)?hardness(?=\s+(?:of\s+)?\d+(?:\.\d+)?\s+"
          r"(?:on\s+the\s+)?mohs)|mohs(?:\s+hardness)?|uv\s+index|kp(?:\s+index)?")
_VALUE = re.compile(rf"(?i)(?<![\w])(?P<name>{_NAMES})(?:\s*(?:=|:|of|is|was|at|around|about|≈|~)\s*|\s+)"
                    r"(?P<num>\d+(?:\.\d+)?)(?![\w.]|\.\d)(?:\s+(?:on\s+the\s+)?(?:beaufort|mohs|richter)"
                    r"(?:\s+scale)?)?")


def scale_values(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each value on a named scale in ``text`` — the scale's name and its number (see the
    module), in order."""
    from .quantities import find_quantities
    out = []
    for m in _VALUE.finditer(text):
        probe = text[m.start("num"):m.start("num") + 24]
        if any(q.span[0] == 0 for q in find_quantities(probe)):
            continue   # "a force of magnitude 5 N", "Mach 2 m/s": a number with its unit is that quantity
        out.append((m.start(), m.end()))
    return out
