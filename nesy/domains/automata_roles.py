"""A state's role said without a verb, for ``nesy.automata.v1`` (a wording read).

"start state A; D the only accepting state", "q3 the final state": a state's name in apposition with the role it has,
the copula left out as notes and lists do (Huddleston & Pullum, *The Cambridge Grammar of the English Language*,
2002, ch. 15 §2 on verbless clauses) — read as "D is the only accepting state". "start and accept t0", "initial and
final state q0": one state with both roles — read as "start t0, accept t0". Unread, the text was refused ("the phrase
'D the only accepting state' could not be read"), though every fact in it is one nesy draws.
"""
from __future__ import annotations

import re

__all__ = ["verbless_roles"]

# a state's name: a capital and up to three more ("A", "S0", "Q12"), or lower-case letters with digits ("q0", "t1")
_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,3}|[a-z]{1,3}\d{1,3}|[a-z]_?\d{1,3})"
_ROLE = r"(?:accepting|accept|final|start|starting|initial)"
_APPOS = re.compile(rf"(?i)(?:(?<=^)|(?<=[;:,(]\s)|(?<=[;:,(])|(?<=[.!?]\s))(?P<s>{_NAME})\s+(?=the\s+(?:only\s+|sole\s+|"
                    rf"single\s+|one\s+)?{_ROLE}\s+state\b)")
_BOTH = re.compile(rf"(?i)\b(?P<r1>start|starting|initial)\s+and\s+(?P<r2>accept|accepting|final)(?:\s+states?)?\s+"
                   rf"(?P<s>{_NAME})(?![\w])")


def verbless_roles(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, read as)`` for each verbless role phrase (see the module)."""
    out = [(m.start(), m.end(), f"{m.group('s')} is ") for m in _APPOS.finditer(text)]
    out += [(m.start(), m.end(), f"start {m.group('s')}, accept {m.group('s')}") for m in _BOTH.finditer(text)]
    return sorted(out)
