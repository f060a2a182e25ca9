"""A spreadsheet pasted as text, for ``nesy.astronomy.v1``'s reader: "A2 Mercury, B2 57.9 (Gm); A3 Venus, B3
108.2 (Gm); column C = B/149.6 gives AU".

- Cell references ("A2", "B3": a column letter and a row number, the A1 notation of every spreadsheet) label
  the value after them; they are no numbers of the figure. They are read so only in a text that speaks of a
  sheet (a column, a row, a spreadsheet) and names two of them, so "M31" or "HD 1" elsewhere stays unread.
- "column C = B/149.6 gives AU": a column converting the distances into AU. The distances themselves are read in
  their own unit (``_DIST_UNIT``), so the conversion adds nothing to the figure; its factor is held to the AU in
  that unit (1 AU = 149 597 870.7 km, IAU 2012 Resolution B2, ``solvers/astronomy.yaml`` ``au_km``), and a
  factor that is not the AU in the sheet's unit is refused, naming it, since the values drawn would then not
  be the sheet's.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["sheet_spans", "check_conversion"]

_CONTEXT = re.compile(r"(?i)(?<![\w])(?:columns?|rows?|spreadsheets?|sheet|excel|cells?\s+[A-H]\d)(?![\w])")
_REF = re.compile(r"(?<![\w.])(?P<col>[A-H])(?P<row>\d{1,3})(?=[\s:,=]|$)")
_COLUMN = re.compile(r"(?i)(?<![\w])(?:in\s+|using\s+|from\s+)?(?:the\s+)?columns?\s+(?-i:[A-H])(?![\w])")
_CONV = re.compile(r"(?<![\w])(?P<col>[A-H])\s*=\s*(?P<src>[A-H])\d{0,3}\s*/\s*(?P<f>\d+(?:\.\d+)?)\s*"
                   r"(?:gives|is|in|=|→|->|to)\s+(?:AU|au|astronomical\s+units?)(?![\w])")


def sheet_spans(text: str) -> list[tuple[int, int, str, Any]]:
    """``(start, end, kind, value)`` of the sheet's cell references ("REF"), column names ("COLUMN") and
    conversions ("CONV", the factor), in a text that speaks of a sheet (module docstring); none otherwise."""
    if not _CONTEXT.search(text):
        return []
    refs = [(m.start(), m.end(), "REF", m.group(0)) for m in _REF.finditer(text)]
    if len(refs) < 2:
        return []
    out = [(m.start(), m.end(), "CONV", float(m.group("f"))) for m in _CONV.finditer(text)]
    out += [r for r in refs if not any(a <= r[0] < b for a, b, _k, _v in out)]
    out += [(m.start(), m.end(), "COLUMN", None) for m in _COLUMN.finditer(text)
            if not any(a <= m.start() < b for a, b, _k, _v in out)]
    return sorted(out)


def check_conversion(text: str, conv: tuple[int, int, float], units: list[str], au_km: float) -> None:
    """Refuse the conversion ``conv`` (start, end, factor) unless its factor is the AU in the unit every distance
    of the sheet is written in (``units``: each DIST claim's unit), within 0.5 % (a sheet rounds it)."""
    from ..errors import InputError
    a, b, f = conv
    km = {"gm": 1e6, "gigametre": 1e6, "gigametres": 1e6, "gigameter": 1e6, "gigameters": 1e6, "km": 1.0,
          "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometers": 1.0}
    per = {re.sub(r"^million\s+(?:km|kilomet(?:re|er)s)$", "million km", u.lower()) for u in units}
    scale = {k: au_km / v for k, v in km.items()} | {"million km": au_km / 1e6}
    if len(per) != 1 or next(iter(per)) not in scale or abs(f / scale[next(iter(per))] - 1) > 0.005:
        what = next(iter(per)) if len(per) == 1 else " and ".join(sorted(per)) or "no unit"
        raise InputError(f"'{text[a:b]}' at {a}-{b} divides by {f:g} to give AU, but the sheet's distances are in "
                         f"{what}, and 1 AU = {au_km:,.1f} km (IAU 2012 B2); write the distances in AU")
