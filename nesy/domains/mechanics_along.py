"""Which way along a slope a push or pull acts, read from the words of its phrase.

On an incline ``parse_mechanics`` keeps the applied force's angle relative to the slope: ``applied_angle`` is
degrees above the direction UP the slope (``mechanics._surface`` resolves the force along and across the slope
with it; a free-body diagram in the slope's frame, Halliday, Resnick, Walker, *Fundamentals of Physics*, 10th ed.,
§5-8 and sample problem 5.04). People give that direction in words instead of an angle:

- a verb of pushing or pulling with "up" or "down" and the slope's noun: "pulled up a 30° ramp", "drags the sled
  down the hill", "pushed down the incline", "hauled uphill" — 0° (up the slope) or 180° (down it);
- a rope or force "parallel to the ramp" (0°) or "parallel to the ground" (horizontal: −θ relative to the slope);
- a "horizontal rope" (−θ; "horizontal force", "pushed horizontally" are read by the parser itself).

``along_slope`` returns what those words say, so a pull stated down the slope is never drawn up it (a silent
wrong figure before: every pull on a slope was drawn up the slope).
"""
from __future__ import annotations

import re
from fractions import Fraction

from ..errors import UnsupportedError

__all__ = ["along_slope", "SLOPE_NOUN"]

SLOPE_NOUN = r"(?:inclined\s+plane|incline|ramp|slope|hill|hillside|plane)"
_VERB = (r"(?:push(?:es|ed|ing)?|pull(?:s|ed|ing)?|drag(?:s|ged|ging)?|haul(?:s|ed|ing)?|tow(?:s|ed|ing)?|"
         r"shov(?:e|es|ed|ing)|lower(?:s|ed|ing)?|winch(?:es|ed|ing)?|hoist(?:s|ed|ing)?)")
# the thing moved between the verb and its direction: "pushes it", "drags the wooden sled"
_OBJECT = r"(?:(?:it|them|him|her)\s+|(?:the|a|an|this|that|his|her|their)\s+(?:[\w-]+\s+){1,2}?)?"
# "up a 30° frictionless ramp", "down the rough incline", "up along the slope"
_DIR = (rf"(?P<dir>up|down|upward|downward|upwards|downwards)\s+(?:along\s+)?(?:the|a|an|this|that)\s+"
        rf"(?:[^\s.,;:!?]+\s+){{0,3}}?{SLOPE_NOUN}\b")
_VERB_DIR = re.compile(rf"(?i)\b{_VERB}\s+{_OBJECT}(?:{_DIR}|(?P<hill>uphill|downhill|up-slope|down-slope|upslope|"
                       rf"downslope)\b)")
_PULLER = r"(?:rope|string|cord|cable|chain|strap|line|force|push|pull|tension)"
_PARALLEL = re.compile(rf"(?i)\b{_PULLER}\b[^.;:!?]{{0,40}}?\b(?P<par>parallel\s+to|along)\s+the\s+"
                       rf"(?P<ref>{SLOPE_NOUN}|surface|ground|floor|horizontal|level\s+ground)\b")
_HORIZONTAL_PULLER = re.compile(r"(?i)\bhorizontal(?:ly)?\s+(?:held\s+)?(?:rope|string|cord|cable|chain|strap|line)\b")


def along_slope(t: str, theta: Fraction) -> tuple[Fraction, int, int] | None:
    """The applied force's angle relative to the slope (degrees above up-the-slope) that the words of ``t``
    give, with the span of those words; None when they give none. ``theta`` is the slope's angle in degrees.

    Two phrases that give different directions raise ``UnsupportedError`` naming both (one force is drawn
    per diagram); the lowering and hoisting verbs give the direction the body moves, which is where the rope
    pulls only for hoisting — "lowered down the ramp by a rope" is a rope holding it back, so those verbs
    give 0° (the rope pulls up the slope) whichever way the body goes."""
    found: list[tuple[Fraction, int, int]] = []
    for m in _VERB_DIR.finditer(t):
        word = (m.group("dir") or m.group("hill") or "").lower()
        down = word.startswith("down")
        verb = t[m.start():m.end()].split()[0].lower()
        if verb.startswith(("lower", "winch", "hoist")):
            down = False                 # a rope that lowers or hoists a body pulls it up the slope
        # the span ends at the direction word: the slope's own phrase ("a 30° incline") is the incline's
        end = m.end("dir") if m.group("dir") else m.end("hill")
        found.append((Fraction(180) if down else Fraction(0), m.start(), end))
    for m in _PARALLEL.finditer(t):
        ref = re.sub(r"\s+", " ", m.group("ref").lower())
        if m.group("par").lower() == "along" and not re.fullmatch(SLOPE_NOUN, ref):
            continue                     # "a rope along the ground" is no direction on a slope
        horizontal = ref in ("ground", "floor", "horizontal", "level ground")
        found.append((-theta if horizontal else Fraction(0), m.start("par"), m.end()))
    for m in _HORIZONTAL_PULLER.finditer(t):
        found.append((-theta, m.start(), m.end()))
    if not found:
        return None
    found.sort(key=lambda f: f[1])
    first = found[0]
    for other in found[1:]:
        if other[0] != first[0]:
            raise UnsupportedError(f"the text gives two directions for the pull on the slope ('{t[first[1]:first[2]]}' "
                                   f"at {first[1]}-{first[2]}, '{t[other[1]:other[2]]}' at {other[1]}-{other[2]}); "
                                   "one is drawn")
    return first
