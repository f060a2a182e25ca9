"""A micrograph's lengths in any unit and notation, read as micrometres (``nesy.microscopy.v1`` wording).

Microscopy states its sizes in µm (nucleus diameters, pixel sizes, fields of view), and its readers
(``microscopy_conditions``, ``microscopy_density``) read µm and mm written as plain decimals. People write the
same lengths in metres, millimetres or nanometres, in scientific notation ("each 1.0e-5 m across", "a 2.56 × 10^-4
m wide field", "7000 nm", "pixel size 6.5e-7 m"). Each such length — every number-with-unit of dimension length
found by the shared quantity reader (``nesy.parse.quantities``, pint's units) — is read as the same length in µm,
written as a plain decimal ("10 µm", "256 µm", "0.65 µm"); the pipeline shows each as a wording read (the user's
characters and what they are read as), and every position still maps back to the user's text.

Left as written: lengths already in µm as plain decimals; areas and rates ("0.04 mm²": not of dimension length;
a length per pixel is read: "5 × 10^-4 mm per pixel" → "0.5 µm per pixel"); a wavelength ("excitation at 405 nm",
"a 488 nm laser", "emission 461 nm": light's, not the specimen's, never a nucleus's size). 1 µm = 10⁻⁶ m (SI, BIPM *The International System of Units*, 9th ed., 2019, Table 7 prefixes).
"""
from __future__ import annotations

import re
from fractions import Fraction

__all__ = ["lengths_in_um"]

# a length of light: a wavelength word within the four words before it, or "nm" right after "at"/"λ"
_LIGHT_RX = re.compile(r"(?i)(?:wave[\s-]*lengths?|λ|excit\w*|emi(?:ssion|tting|ts?)\w*|lasers?|lines?|light|"
                       r"filters?|bands?|peaks?|lamps?|LEDs?|illuminat\w*)\W+(?:\w+\W+){0,3}$")
_PLAIN_RX = re.compile(r"\d+(?:\.\d+)?")
_UM_UNITS = {"micrometer", "micron"}


def _plain(v: Fraction) -> str:
    """``v`` µm as a plain decimal of up to six significant digits ("10", "0.65", "256")."""
    s = f"{float(v):.6g}"
    if "e" in s:     # far outside any micrograph: still plain digits, for the readers to refuse by size
        s = f"{float(v):.6f}".rstrip("0").rstrip(".")
    return s


def lengths_in_um(text: str) -> list[tuple[int, int, str]]:
    """(start, end, read as) of each length in ``text`` not written as a plain number of µm: "1.0e-5 m" → "10
    µm", "0.007 mm" → "7 µm", "7000 nm" → "7 µm"."""
    from ..parse.quantities import find_quantities
    out = []
    for q in find_quantities(text):
        if q.dimensionality != "[length]" or q.si is None:
            continue
        a, b = q.span
        if str(q.unit) in _UM_UNITS and _PLAIN_RX.fullmatch(text[q.number_span[0]:q.number_span[1]].strip()):
            continue
        if (text[b:b + 1] in ("²", "³", "^", "/") or re.match(r"[\s-]*(?:squared|cubed|per\b)", text[b:], re.I)) \
                and not re.match(r"\s*(?:/|per)\s*(?:px|pixels?)\b", text[b:], re.I):
            continue      # an area, a volume, a rate: not a length of its own (a length per pixel is the pixel size)
        before = text[max(0, a - 40):a]
        if _LIGHT_RX.search(before) or (str(q.unit) == "nanometer" and re.search(r"(?i)\b(?:at|λ\s*=?)\s*$", before)) \
                or re.match(r"[\s-]*(?:lasers?|lines?|light|excitation|emission|wavelength|LED|filter)\b", text[b:], re.I):
            continue
        um = q.si * 1_000_000
        if um <= 0:
            continue
        out.append((a, b, f"{_plain(um)} µm"))
    return out
