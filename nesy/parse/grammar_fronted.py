"""A location put before the thing it places: "and inside the nucleus two nucleoli", "Inside the cell, three
mitochondria", "a cell; within the nucleus, a nucleolus".

English fronts a place phrase and lets the located thing follow it without a verb. Read left to right,
the relation word opens the clause with no subject ("'inside' has no subject", requests-5 cell-05).
``mark_fronted_locations`` moves the counted mention that follows the place behind it, so the clause reads
"two nucleoli inside the nucleus"; the items keep their own spans. Only a place that is definite ("the
nucleus", a thing already named) followed by a counted, indefinite mention is moved; "inside the cell and
the nucleus" (two places) and a place followed by a verb are left as they are.
"""
from __future__ import annotations

from typing import Any

from .grammar_distribute import _noun_end

__all__ = ["mark_fronted_locations"]

_OPENERS = ("BREAK", "COORD")


def mark_fronted_locations(text: str, items: list, item_cls: Any) -> list:
    """``items`` with each fronted place phrase moved behind the mention it places (see the docstring)."""
    out = list(items)
    k = 0
    while k < len(out):
        r = out[k]
        opens = k == 0 or (out[k - 1].tag in _OPENERS
                           and text[out[k - 1].start:out[k - 1].end].lower() in (".", ";", ":", ",", "and", "also"))
        if r.tag != "REL" or not isinstance(r.value, tuple) or r.value[2] == "contains" or not opens \
                or k + 1 >= len(out) or out[k + 1].tag != "DEF":
            k += 1
            continue
        e1 = _noun_end(out, k + 1)
        if e1 is None or e1 >= len(out):
            k += 1
            continue
        m2 = e1 + 1 if out[e1].tag == "COORD" and text[out[e1].start:out[e1].end] == "," else e1
        if m2 + 1 < len(out) and out[m2].tag == "NAME" and str(out[m2].value).isdigit() \
                and out[m2 + 1].tag in ("ATTR", "ENT"):
            # "inside the nucleus 2 nucleoli": a digit before a noun is its count, not the place's name
            out[m2] = item_cls("NUM", int(out[m2].value), out[m2].start, out[m2].end)
        if m2 >= len(out) or out[m2].tag != "NUM" or out[m2].value == 0:
            k += 1
            continue
        e2 = _noun_end(out, m2)
        if e2 is None or (e2 < len(out) and out[e2].tag not in ("BREAK", "COORD")):
            k += 1
            continue
        out = out[:k] + out[m2:e2] + out[k:e1] + out[e2:]
        k += e2 - m2 + (e1 - k)
    return out
