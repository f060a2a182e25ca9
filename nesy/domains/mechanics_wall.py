"""A body held or pressed against a wall: not a body on a floor.

"A 3 kg block is pressed against a vertical wall by a horizontal force of 50 N", "a book held against the
wall by a push", "a box pinned to a wall": the wall's normal force is horizontal (it balances the push)
and static friction from the wall holds the weight (Halliday, Resnick & Walker, *Fundamentals of
Physics*, 10th ed., ch. 6, problem "block pressed against a wall": f_s = mg ≤ μ_s F, N = F). Drawn as a
body on a floor it would show a vertical normal force and a horizontal friction — a wrong figure that
the verifier, which checks the laws of the scene it was given, would pass. ``against_wall`` finds the
wall the body touches. With a push that holds the body there and no floor, rope or spring, the parser builds
the scene ``wall`` (``mechanics._wall``: N = F horizontal, f − W = m·a along the wall, |f| ≤ μs·N, drawn with
the wall upright beside the body); otherwise it refuses the text naming that phrase.
"""
from __future__ import annotations

import re

__all__ = ["against_wall"]

_WALL = re.compile(r"(?i)\bagainst\s+(?:a|the|an)\s+(?:(?:vertical|smooth|rough|frictionless|flat|brick|concrete|side)\s+)*"
                   r"walls?\b"
                   r"|\b(?:pressed|pushed|held|pinned|squeezed|stuck)\s+(?:flat\s+)?(?:on|to)\s+(?:a|the)\s+"
                   r"(?:(?:vertical|smooth|rough|frictionless)\s+)*walls?\b"
                   r"|\bvertical\s+wall\b")


def against_wall(t: str) -> tuple[int, int] | None:
    """(start, end) of the phrase that puts the body against a wall, or None."""
    m = _WALL.search(t)
    return (m.start(), m.end()) if m else None
