"""Sets: "and a set Z" after a relation's object continues the list of introduced sets, not the object.

Rule (parallel coordination, Quirk et al. 1985 §13.60: coordinated constituents are of like form and
function): in "Draw a set Insects, a set Beetles inside Insects and a set Spiders that shares no member with
Insects", each "a set X" introduces one set of the list; "and a set Spiders" repeats the form of "a set
Beetles" — the subject of "inside" — so it is a further item of that list, not a second container of Beetles
(which would be said "inside Insects and Spiders" or "inside both"). The same holds across the steps of a
written list ("Given a set Insects / And a set Beetles that lies within Insects / And a set Spiders …").
The "and" is read as a clause break (";"), so the grammar reads each item on its own.

Only a relation whose subject is the "a set X" before it is concerned (inside, outside, overlaps: the
grammar's phrases that are not inverted); "U contains a set A and a set B" (object-side "a set A", an
inverted relation) keeps its coordination: the two are both objects of "contains".
"""
from __future__ import annotations

import functools
import re

__all__ = ["read_list_and"]

_NAME = r"(?-i:[A-Z][A-Za-z0-9_]{0,15})"
_INTRO = r"(?:a|an|one|another|the)\s+(?:(?:new|separate|second|third|fourth|further|other)\s+)?(?:set|circle|class|collection|group|category)"


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    from ..resources import load_yaml
    g = load_yaml("grammars", "sets/grammar.yaml")
    phrases: set[str] = set()
    for kind in ("inside", "outside", "overlaps"):
        v = g["relations"][kind]
        phrases.update(v["phrases"] if isinstance(v, dict) else v)
    alts = [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True) if p[:1].isalpha()]
    rel = "(?:" + "|".join(rf"\b{a}\b" for a in alts) + ")"
    return re.compile(
        # "a set Beetles (that lies entirely) within Insects", then "and a set Spiders"
        rf"\b{_INTRO}\s+(?P<subj>{_NAME})\s*,?\s+(?:(?:that|which|who)\s+)?(?:(?-i:[a-z]+)\s+){{0,3}}?{rel}\s+"
        rf"(?:the\s+(?:set\s+)?)?(?P<obj>{_NAME})[ \t]*,?\s*(?P<and>\band\b)\s+(?:also\s+)?{_INTRO}\s+(?P<next>{_NAME})(?![\w])",
        re.IGNORECASE)


def read_list_and(text: str, chars: list[str], pre, names: set[str], blank) -> None:
    """Turn the "and" before a further "a set Z" of a list into a clause break (``chars``, offsets kept)."""
    masked = "".join(chars)
    k = 0
    while True:
        m = _pattern().search(masked, k)
        if not m:
            return
        k = m.start("and") + 1
        if {m.group("subj"), m.group("obj"), m.group("next")} <= names and \
                len({m.group("subj"), m.group("obj"), m.group("next")}) == 3:
            chars[m.start("and")] = ";"
            blank(chars, m.start("and") + 1, m.end("and"))
            masked = "".join(chars)
