"""Sets: a reason given for a request — "…, because that is the region the formula adds back in", "since my
pupils find it hard", "as we saw in class" — states nothing about the sets when it names none of them.

A subordinate clause of reason (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985,
§15.45: "because", "since", "as" clauses) that names no set of the text (by its name, singular or
definition) and holds no quantifier is the writer's motive — a relation word there ("in", "with") relates
none of the text's sets: read, nothing to draw. A reason that names sets ("because no animal is both a
mammal and a bird", "since every dog is a mammal") is a statement like any other, left to the readers.
"""
from __future__ import annotations

import re

__all__ = ["read_reasons"]

# "as" gives a reason only before a clause's subject ("as that is …", "as we saw …"); "as three circles",
# "as an Euler diagram" say how to draw
_REASON = re.compile(r"(?:,\s*|\s+)(?:because|since|so\s+that|in\s+order\s+to|cause|"
                     r"as(?=\s+(?:that|this|it|we|they|i|you|he|she|my|our|their|his|her|there)\b))\s+[^.;!?]*", re.IGNORECASE)


def read_reasons(text: str, chars: list[str], pre, names: set[str], blank, relation_rx: re.Pattern) -> None:
    """Blank each reason clause that names no set and no relation; record it as read."""
    masked = "".join(chars)
    for m in _REASON.finditer(masked):
        body = m.group()
        if any(w in names for w in re.findall(r"(?<![\w{])[A-Z][A-Za-z0-9_]{0,15}(?![\w}])", body)):
            continue
        which = pre.which or (lambda w: None)
        if any(which(w) for w in re.findall(r"[A-Za-z][A-Za-z\-]+", body)):
            continue   # "because no animal is both a mammal and a bird": the sets, by their singular
        if re.search(r"\b(?:both|neither|every|all|no|none|nobody|some|element|member)\b",
                                                  body, re.IGNORECASE):
            continue
        a = m.start() + len(body) - len(body.lstrip(", \t"))
        pre.ignored.append((a, m.end()))
        blank(chars, a, m.end())
