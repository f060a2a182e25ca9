"""Sets: fixed adverbial phrases whose preposition relates no sets — "which in turn sits in R".

"N sits in Z, which sits in Q, which in turn sits in R": "in turn", like "in fact", "in addition", "in
particular", "in other words", is a conjunct or disjunct — an idiom that links or comments on the clause
and takes no part in its structure (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the
English Language*, 1985, §8.134–§8.137 conjuncts, §8.121–§8.127 disjuncts; "in turn" listed among the
enumerative/resultive conjuncts). Its "in" is no relation word, so the phrase is set aside (blanked,
kept in ``pre.ignored``) before the relation readers look for "in"; the clause around it is read as
though it were not there ("which sits in R"). Only these fixed phrases are read so: a phrase whose
preposition is followed by a set's name ("in Q") is never one of them.
"""
from __future__ import annotations

import re

__all__ = ["read_adverbials", "ADVERBIAL"]

ADVERBIAL = re.compile(
    r"(?<![\w])(?:,\s*)?in\s+(?:turn|fact|effect|particular|practice|reality|short|brief|addition(?!\s+to\b)|"
    r"general|other\s+words|any\s+case)(?:\s*,)?(?![\w])", re.IGNORECASE)


def read_adverbials(text: str, chars: list[str], pre, blank) -> None:
    """Blank the fixed adverbials of ``ADVERBIAL`` (offsets kept) and list them in ``pre.ignored``."""
    for m in ADVERBIAL.finditer("".join(chars)):
        g = m.group()
        a, b = m.start(), m.end()
        if not (g.lstrip().startswith(",") and g.rstrip().endswith(",")):
            # a comma on one side only belongs to the clause ("…, in turn sits"): kept
            a += len(g) - len(g.lstrip(", \t"))
            b -= len(g) - len(g.rstrip(", \t"))
        # (set off by commas on both sides, "L, in fact, is …": the parenthesis goes whole, commas too)
        pre.ignored.append((a, b))
        blank(chars, a, b)
