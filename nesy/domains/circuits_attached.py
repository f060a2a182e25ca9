"""A part attached to one part with "with … across it", for ``nesy.circuits.v1``.

"a 1 kΩ resistor with a 47 µF capacitor connected in parallel across it", "a lamp with a 100 Ω resistor
across it", "R2, with C1 in parallel with it": the phrase after "with" describes the noun it follows —
a post-modifying prepositional phrase belongs to the nearest noun phrase before it (Huddleston & Pullum,
*The Cambridge Grammar of the English Language*, 2002, ch. 5 §9 and ch. 7 §4: "with" phrases as
dependents of nouns), and "it" inside that phrase is that noun, the nearest antecedent. So the attached part
is in parallel with that one part only, never across the source or the whole list before it. It is read as
the tight parallel operator "||" between the two mentions (``R ∥ C``, one element of whatever chain holds
R), which binds tighter than every worded operator.

Only a single attached part (no count, no list, no plural) is read this way; anything else keeps the reading
it had.
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["attached_parallel"]

_PART = ("NEW", "BACK", "VALUE", "KIND", "NAME")
_END_OF_PART = ("VALUE", "KIND", "NAME")
_WITH = re.compile(r"\s*,?\s*(with)\s*", re.IGNORECASE)


def _singular(part: list[Any]) -> bool:
    kinds = [t for t in part if t.tag == "KIND"]
    names = [t for t in part if t.tag == "NAME"]
    return (len(kinds) <= 1 and len(names) <= 1 and (kinds or names)
            and not any(t.value[1] for t in kinds))


def attached_parallel(toks: list[Any], text: str, make: Callable[..., Any]) -> list[Any]:
    """``toks`` (sorted) with each "Y with C [connected] in parallel [across it | with it]" / "Y with C across it"
    made "Y || C": the operator tokens and "it" of the phrase are dropped (they are read), a ``par_tight``
    operator stands at "with"."""
    out = list(toks)
    k = 1
    while k < len(out):
        prev = out[k - 1]
        if prev.tag not in _END_OF_PART:
            k += 1
            continue
        # the attached part: tokens from k up to the first operator, after a gap holding only "with"
        j = k
        while j < len(out) and out[j].tag in _PART:
            j += 1
        part = out[k:j]
        gap = text[prev.end:out[k].start] if part else ""
        w = _WITH.fullmatch(gap)
        if not part or w is None or not _singular(part) or j >= len(out) or out[j].tag != "OP":
            k += 1
            continue
        ops, m = [], j
        if out[m].value == "par_post":
            ops.append(out[m])
            m += 1
        it = m + 1 < len(out) and out[m].tag == "OP" and out[m].value == "par_in" and out[m + 1].tag == "IT"
        if it:
            ops += [out[m], out[m + 1]]
            m += 2
        # "in parallel" alone must end the phrase (no part after it that it would join)
        if not ops or (not it and m < len(out) and out[m].tag in _PART):
            k += 1
            continue
        ws, we = prev.end + w.start(1), prev.end + w.end(1)
        tight = make("OP", "par_tight", ws, we, text[ws:we])
        out = out[:k] + [tight] + part + out[m:]
        k += len(part) + 1
    return out
