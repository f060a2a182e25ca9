"""Names of bodies nesy does not know, in a list of bodies and their values (``nesy.astronomy.v1``).

"Earth (1.00 AU), Mars (1.52 AU) and the asteroid Pallas (2.77 AU)", "Ceres 2.77 AU, Pluto 39.5 AU, Sedna
506 AU": a capitalised word nesy left unread right before a value names the body the value is of. The value
must never go to the body named before that name (requests-9 astronomy-01/-04: "Mars's a is given twice").
"""
from __future__ import annotations

import re

__all__ = ["unknown_name_between"]

_NAME_RX = re.compile(r"[A-Z][\w'’-]*\d*[a-z\d]")


def unknown_name_between(unknown: list[tuple[str, int, int]], a: int, b: int,
                         text: str) -> tuple[str, int, int] | None:
    """The last unread capitalised word (not at a sentence's start) between offsets ``a`` and ``b``, or None."""
    found = None
    for w, s, e in unknown:
        if a <= s and e <= b and _NAME_RX.fullmatch(w) and not w.isupper():
            if not re.search(r"(?:^|[.!?:]\s*)$", text[:s].rstrip(" \t") if text[:s].strip() else ""):
                found = (w, s, e)
            elif s > 0 and not re.search(r"[.!?:]\s*$", text[:s]):
                found = (w, s, e)
    return found
