"""Sets: "neither A nor B" as the subject — the predicate denied of each set of the pair.

"Neither X nor Y shares any element with Z", "Neither P nor Q overlaps R", "neither the set K nor L has
anything in common with M", "Neither A nor B is a subset of C": correlative coordination with
neither … nor denies the predicate of each coordinated subject — "neither A nor B <predicate>" is
"A not <predicate> and B not <predicate>" (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive
Grammar of the English Language*, 1985, §13.38; De Morgan, ¬(a ∨ b) ≡ ¬a ∧ ¬b: Rosen, *Discrete
Mathematics and Its Applications*, 7th ed., §1.3 Table 6). The predicates read:

* meeting or sharing ("overlaps", "meets", "touches", "intersects", "shares any element with", "has
  anything in common with"): each subject is disjoint from the object, A ∩ C = ∅ (Rosen §2.2 Def. 5);
* inclusion ("is a subset of", "lies inside", "is contained in"): each has a part outside the object,
  A ⊄ C (Rosen §2.1) — checked as a part outside, never drawn as more.

The meeting verbs are the grammar's own (``sets_negation._verbs``). Any other predicate after
"neither A nor B" is left to the other readers (the shared grammar refuses the "nor" it cannot read,
naming it). Read clauses become relations of the pre-reader and are blanked for the shared grammar.
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_neither_subject"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_SET = r"(?:(?:the\s+)?(?:sets?|circles?|groups?)\s+)?"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from .sets_negation import _verbs
    meet = "(?:" + "|".join(rf"{v}(?:e?s)?" for v in _verbs()) + ")"
    share = (r"(?:shares?|has|have)\s+(?:any(?:thing)?|an?|one|a\s+single|a\s+common)?\s*(?:common\s+|shared\s+)?"
             r"(?:elements?|members?|items?|things?|points?)?\s*(?:in\s+common\s+)?with")
    incl = (r"(?:is|are|lies|lie|sits|sit|falls|fall)\s+(?:(?:wholly|entirely|completely|fully)\s+)?(?:a\s+)?(?:proper\s+)?"
            r"(?:subset\s+of|inside(?:\s+of)?|within|in|contained\s+in|included\s+in)|(?:is|are)\s+contained\s+in")
    return re.compile(
        rf"\bneither\s+{_SET}(?P<a>{_NAME})\s*,?\s+nor\s+{_SET}(?P<b>{_NAME})\s+(?:(?:does|do|also|itself)\s+)?"
        rf"(?:(?P<meet>{meet}(?:\s+with)?)|(?P<share>{share})|(?P<incl>{incl}))\s+{_SET}(?P<c>{_NAME})(?![\w])",
        re.IGNORECASE)


def read_neither_subject(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Add each subject's denied relation to the object (see the module docstring) and blank the clause."""
    for m in _pattern().finditer("".join(chars)):
        a, b, c = m.group("a"), m.group("b"), m.group("c")
        if not {a, b, c} <= names or len({a, b, c}) < 3:
            continue
        for s in (a, b):
            if m.group("incl"):
                pre.some_not.append((s, c, m.start(), m.end()))
            else:
                pre.relations.append(("outside", s, c, m.start(), m.end()))
        blank(chars, m.start(), m.end())
