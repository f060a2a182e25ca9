"""A body held still, for ``nesy.mechanics.v1``: "a rope holds the 2 kg crate still", "keeps it stationary".

"still" (like "stationary", "motionless") after a verb of holding and its object is that object's state —
an object complement, "hold X still" = X stays at rest (Huddleston & Pullum, *The Cambridge Grammar of the
English Language*, 2002, ch. 4 §5: resultative/depictive complements of "hold", "keep"). The word "still"
alone is no state ("it is still moving": an adverb of time, ``grammars/common/no_content.yaml``), so it is
read as the state *rest* only in that frame, where the words between the verb and "still" are a short noun
phrase (no punctuation, at most five words); the contiguous "held still" is in the grammar's states.
Read as rest, the solver asks the forces to sum to zero (Newton's first law), so a rope without a stated size
pulls with exactly what holds the body, never with a default size.
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["held_still"]

_HELD = re.compile(r"(?i)\b(?:hold|holds|holding|held|keep|keeps|keeping|kept)\s+"
                   r"((?:[\w.°-]+\s+){1,5}?)(still|stationary|motionless)\b")
_NOT_NP = re.compile(r"(?i)\b(?:is|are|was|were|moving|slides?|sliding|moves?|and|but|while|then)\b")


def held_still(text: str, claims: list[Any], make: Callable[..., Any]) -> list[Any]:
    """``claims`` with a STATE rest claim for each "hold X still" whose "still" no claim reads yet."""
    out = list(claims)
    for m in _HELD.finditer(text):
        if _NOT_NP.search(m.group(1)):
            continue
        s, e = m.start(2), m.end(2)
        if any(c.start < e and s < c.end for c in out if c.tag == "STATE"):
            continue
        out.append(make("STATE", "rest", s, e, text[s:e]))
    return out
