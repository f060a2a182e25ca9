"""A body in free fall, for ``nesy.mechanics.v1``: "a 0.5 kg ball in free fall", "a stone is dropped from a
bridge", "a ball thrown straight up".

A body in free fall touches nothing: the only force on it is its weight (air resistance neglected;
Halliday, Resnick, Walker, *Fundamentals of Physics*, 10th ed., §2-9 "free-fall acceleration", §5-7; Knight,
*Physics for Scientists and Engineers*, §5.7: the forces on a body are its contacts plus the long-range
weight). nesy's diagrams draw a body on a surface, hanging from a rope or spring, or on a pulley; read as
one of those, "in free fall" drew a table's normal force under a falling ball (requests-dev mechanics-13,
verified though wrong). Until a support-free scene is drawn, ``free_fall`` names the phrase so the parser
refuses it instead of drawing a support the text denies.
"""
from __future__ import annotations

import re

__all__ = ["FREE_FALL_RX", "free_fall"]

FREE_FALL_RX = re.compile(
    r"(?i)\b(?:in\s+free[\s-]*fall|free[\s-]*falling|free[\s-]*falls?|falls?\s+freely|falling\s+freely|"
    r"(?:is|was|gets|being)\s+dropped|(?:is|was|gets|being)\s+thrown|thrown\s+(?:straight\s+)?(?:up|upward|upwards|"
    r"down|downward|vertically|horizontally)|in\s+(?:mid-?air|flight)|projectile)\b")


def free_fall(t: str) -> tuple[int, int] | None:
    """(start, end) in ``t`` of a phrase that puts the body in free fall, or None."""
    m = FREE_FALL_RX.search(t)
    return (m.start(), m.end()) if m else None
