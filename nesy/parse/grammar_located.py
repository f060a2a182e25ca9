"""A listed thing placed by a phrase of its own, then the list going on: "a dozen vesicles clustered near
the plasma membrane and one nucleus in the centre", "five ribosomes next to the ER and two mitochondria".

After "X near the Y", a coordinated mention could be a second object of "near" or the next item of the list
X belongs to. When the object is definite ("the ER", a thing already known) and the next mention is
counted and indefinite ("two mitochondria", "a lysosome"), the writer is listing a new thing: a reader
does not place mitochondria "next to the ER and two mitochondria". ``mark_located_items`` brackets
"near the Y" as an aside on X (``ASIDE``/``ENDASIDE``, read by ``parse_text`` as a clause of its own
whose subject is X), so the list goes on after it. Two definite objects ("beside the nucleus and the
ER") and two counted ones ("near two mitochondria and three lysosomes") stay objects of the relation.
"""
from __future__ import annotations

from typing import Any

from .grammar_distribute import _noun_end

__all__ = ["mark_located_items"]

_OPENERS = ("BREAK", "COORD", "COP")


def _mention(items: list, k: int) -> int | None:
    """The index of the noun of "[DEF] [NUM] ATTR* ENT" starting at ``k``, or None."""
    e = _noun_end(items, k)
    return None if e is None else e - 1


def mark_located_items(text: str, items: list, item_cls: Any) -> list:
    """``items`` with each located list item's placing phrase bracketed as an aside (see the docstring)."""
    out = list(items)
    k = 0
    while k < len(out):
        r = out[k]
        if r.tag != "REL" or not isinstance(r.value, tuple) or r.value[2] == "contains" or k == 0 \
                or out[k - 1].tag != "ENT":
            k += 1
            continue
        s = k - 1   # the listed thing: [NUM] ATTR* ENT after "with", a list comma/"and", or the clause start
        while s > 0 and out[s - 1].tag in ("NUM", "ATTR"):
            s -= 1
        before = out[s - 1] if s > 0 else None
        listed = before is None or before.tag in _OPENERS or (
            before.tag == "REL" and isinstance(before.value, tuple) and before.value[2] == "contains")
        o = k + 1
        if not listed or o >= len(out) or out[o].tag != "DEF":
            k += 1
            continue
        oe = _mention(out, o)
        c = (oe + 1) if oe is not None else None
        if c is None or c + 1 >= len(out) or out[c].tag != "COORD" \
                or text[out[c].start:out[c].end].lower() not in ("and", ","):
            k += 1
            continue
        nxt = c + 1
        if out[nxt].tag == "COORD":   # ", and"
            nxt += 1
        if nxt >= len(out) or out[nxt].tag != "NUM" or _mention(out, nxt) is None or out[nxt].value == 0:
            k += 1
            continue
        aside = item_cls("ASIDE", None, r.start, r.start)
        end = item_cls("ENDASIDE", None, out[c].start, out[c].start)
        out = out[:k] + [aside] + out[k:c] + [end] + out[c:]
        k = c + 3
    return out
