"""Angles written in degrees, minutes and seconds ("36°52′", "23° 26' 21\"", "36 degrees 52 minutes").

A surveyor's, a navigator's and a trigonometry book's way of writing an angle: the degree is split into 60
minutes of arc and the minute into 60 seconds of arc (1° = 60′, 1′ = 60″ — BIPM, The International System of
Units, 9th ed. 2019, Table 8, "non-SI units accepted for use with the SI"). Read one number at a time, "36°52′"
is an angle of 36° followed by a stray "52" with no unit; ``dms_angles`` reads the whole and hands each science
its exact value in degrees (a ``Fraction``: 36°52′ = 553/15°), its span and the text as written (the label a
figure shows). A minute or second of 60 or more is no such angle: refused by name, never carried over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..errors import InputError

__all__ = ["DmsAngle", "dms_angles"]

_DEG = r"(?:°|º|˚|\s*(?:degrees?|degs?)(?![A-Za-z]))"
_MIN = r"(?:′|'|’|\s*(?:minutes?|mins?|arcmin(?:utes?)?)(?![A-Za-z]))"
_SEC = r"(?:″|\"|''|’’|\s*(?:seconds?|secs?|arcsec(?:onds?)?)(?![A-Za-z]))"
_N = r"\d{1,3}(?:\.\d+)?"
# the degrees, then the minutes (a unit after them is required: "36° 52" alone is an angle and a stray number),
# then optionally the seconds; "and" or a comma may join the parts written in words ("36 degrees and 52 minutes")
_DMS = re.compile(rf"(?<![\w.])(?P<d>\d{{1,3}}){_DEG}[ \t]*(?:,?[ \t]*and[ \t]+)?(?P<m>{_N}){_MIN}"
                  rf"(?:[ \t]*(?:,?[ \t]*and[ \t]+)?(?P<s>{_N}){_SEC})?(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class DmsAngle:
    """One angle in degrees and minutes (and seconds): ``degrees`` exact, ``start``/``end`` its span."""
    degrees: Fraction
    start: int
    end: int
    text: str


def dms_angles(text: str) -> list[DmsAngle]:
    """Every angle of ``text`` written in degrees and minutes of arc, in order (see the module). Raises
    ``InputError`` for a minute or second of 60 or more ("30°75′")."""
    out: list[DmsAngle] = []
    for m in _DMS.finditer(text):
        mins = Fraction(m.group("m"))
        secs = Fraction(m.group("s")) if m.group("s") else Fraction(0)
        if mins >= 60 or secs >= 60:
            raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()}: minutes and seconds of arc run from 0 to "
                             "59 (60′ = 1°); write the angle with fewer minutes or in decimal degrees")
        out.append(DmsAngle(Fraction(int(m.group("d"))) + mins / 60 + secs / 3600, m.start(), m.end(), m.group(0)))
    return out
