"""Sets: two predicates of one subject — "Bats are all inside Mammals and also all inside Flyers", "Flyers cut
Mammals and cut Birds", "Z shall share no area with X, but shall partially overlap Y".

Coordinated predicates share their subject (Quirk et al. 1985 §13.47, "coordination of predicates": the second
predicate's subject is ellipted and is the first's): each relation holds between the subject and its own object.
A predicate is a relation phrase of the sets grammar (``grammars/sets/grammar.yaml``, "do not overlap" and "share
nothing with" among them) or "share(s) no NOUN (whatsoever) with", and may carry a modal or copula ("shall lie",
"are all", "must also"), degree adverbs ("wholly", "partially") and "also"/"then". A second predicate with a
subject of its own ("… and B overlaps C") is no such coordination and is left to the grammar.

Hands ``pre_read`` the relations (``pre.relations``) with the span of their predicate; the clause is blanked.
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_predicates"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_AUX = (r"(?:(?:is|are|be|shall|must|should|will|would|may|can|does|do|lie|lies|sit|sits|all|also|both|each|then|"
        r"still|wholly|entirely|completely|fully|properly|strictly|always)\s+)*"
        # ("partly inside A" says less than "inside A": only an overlap may be said partly)
        r"(?:(?:partially|partly)\s+(?=overlap|intersect|cut|cross|meet))?")
# "share no area (whatsoever) with", "have no element in common with", "has nothing in common with"
_SHARE_NO = (r"(?:share|shares|have|has)\s+(?:no|not\s+any|zero)\s+(?:common\s+)?[a-z]{3,20}(?:\s+(?:whatsoever|at\s+all))?"
             r"(?:\s+in\s+common)?\s+with|(?:share|shares)\s+nothing(?:\s+(?:whatsoever|at\s+all))?\s+with")


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, tuple[str, bool]]]:
    from .sets_heads import _phrase_kinds
    kinds = _phrase_kinds()
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(kinds, key=len, reverse=True))
    rel = rf"(?:{_SHARE_NO}|\b(?:{alts}))"
    pred = rf"{_AUX}(?P<r{{k}}>{rel})\s+(?:the\s+(?:set\s+|region\s+)?)?(?P<o{{k}}>{_NAME})(?![\w])"
    rx = re.compile(rf"(?<![\w{{])(?P<s>{_NAME})\s+{pred.replace('{k}', '1')}"
                    rf"(?P<conj>\s*,?\s*(?:and|but|yet)\s+)(?!(?:the\s+)?{_NAME}\s)(?P<p2>{pred.replace('{k}', '2')})"
                    # (the two predicates end the clause: a third one, "… but isn't inside either", is another reader's)
                    r"(?=\s*(?:[.;:!?(),\n]|$))",
                    re.IGNORECASE)
    return rx, kinds


def _kind(phrase: str, kinds: dict[str, tuple[str, bool]]) -> tuple[str, bool] | None:
    p = re.sub(r"\s+", " ", phrase.lower())
    if re.fullmatch(_SHARE_NO, p):
        return ("outside", False)
    return kinds.get(p)


def read_predicates(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Read each subject with two coordinated predicates (module docstring) into ``pre.relations``; blanked."""
    rx, kinds = _pattern()
    masked = "".join(chars)
    for m in rx.finditer(masked):
        s, o1, o2 = m.group("s"), m.group("o1"), m.group("o2")
        k1, k2 = _kind(m.group("r1"), kinds), _kind(m.group("r2"), kinds)
        if not {s, o1, o2} <= names or s in (o1, o2) or k1 is None or k2 is None:
            continue
        for (kind, inv), o, a in ((k1, o1, m.start()), (k2, o2, m.start("p2"))):
            b = m.end("o1") if o == o1 and a == m.start() else m.end()
            pre.relations.append((kind, o, s, a, b) if inv else (kind, s, o, a, b))
        blank(chars, m.start("s") + len(s), m.end())   # the subject stays for the grammar's list of sets
