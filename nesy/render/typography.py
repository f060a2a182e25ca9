"""Math typography of labels (issue 12): a name that is a mathematical variable — a set A, B, a point or
vertex, an element x — is set in italic; numbers, units and words stay upright (ISO 80000-2:2019 §3 and
the IUPAP "Red Book" (Cohen & Giacomo 1987, §1.1): symbols of variables italic, numbers and units roman;
Rosen, *Discrete Mathematics and Its Applications*, §2.1 sets A, B, U and elements x in italic).

The rule reads the name alone, so a verifier recomputes from the scene how nesy set each label.
"""
from __future__ import annotations

import re

__all__ = ["is_variable"]

# one letter (Latin or Greek), then at most two digits, a short subscript or primes: A, B2, x, q_0, A′
_VARIABLE = re.compile(r"^[A-Za-zα-ωΑ-Ω](?:\d{1,2}|_[A-Za-z0-9]{1,3}|[′']{1,2})?$")


def is_variable(name: str | None) -> bool:
    """Whether ``name`` is written as a variable (italic): one letter with an optional index or prime."""
    return bool(name) and bool(_VARIABLE.match(name.strip()))
