"""Right triangles of word problems, for ``nesy.geometry.v1``: "a 5 m ladder leans against a wall, its foot
1.4 m from the wall", "a kite string 50 m long makes an angle of 40° with the ground", "from a point 4 miles
from the base of a tower the angle of elevation of the top is 12°".

A slanted thing (a ladder, a rope, a kite string, the line of sight) against an upright one (a wall, a
tower, a pole) over level ground is a right triangle: the upright stands at right angles to the ground
(Euclid I, def. 10; the angle of elevation is measured from the horizontal, Loney, *Plane Trigonometry*,
§ 106), the slanted thing is the hypotenuse, the ground and the upright are the legs. The triangle's
corners are the foot (on the ground, where the slanted thing stands or the observer is), the base (the
right angle) and the top; their letters are the text's own ("its foot A", "the base of the wall B", "ladder
AC") or A, B, C. Each length is the side its words name: a length before or after the slanted noun (the
hypotenuse), "… from the wall / the base of the tower" (the ground leg), "… up the wall", "… high" (the
upright leg); an angle "with the ground" or "of elevation" is at the foot, "with the wall" at the top.
What the text asks for is not given a value: it is the side the construction derives (Pythagoras, I.47,
or the law of sines), never a number the text did not say.

A text with masses or forces (kg, N, friction, weight …) is a statics problem (mechanics), not this.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RightScene", "right_scene", "MECHANICS_RX"]

_SLANT = (r"(?:step\s*)?ladders?|planks?|ramps?|boards?|ropes?|(?:guy[\s\-]+)?wires?|cables?|(?:kite\s+)?strings?|"
          r"slides?|poles?|beams?|(?:line\s+of\s+sight)")
_UPRIGHT = r"walls?|buildings?|towers?|(?:flag\s*)?poles?|trees?|houses?|fences?|cliffs?|masts?|lighthouses?|posts?"
_GROUND = r"ground|floor|pavement|road|horizontal|level\s+ground|flat\s+ground"
# masses, forces and their words: a statics problem, never this
MECHANICS_RX = re.compile(r"(?i)(?<![A-Za-z])(?:kg|kilograms?|grams?|lbs?|pounds?|newtons?|N(?=\s|$|[.,;])|forces?|"
                          r"friction(?:less)?|weighs?|weight|mass(?:es)?|tension|torques?|equilibrium|coefficient|"
                          r"μ|accelerat\w*|velocity|speed|momentum|slips?|sliding|slides\s+down)(?![A-Za-z])")
_SCENE_RX = re.compile(
    rf"(?i)(?<![A-Za-z])(?P<slant>{_SLANT})(?![A-Za-z])[^.?!]{{0,80}}?(?<![A-Za-z])(?:lean(?:s|ing|ed)?|rest(?:s|ing|ed)?|"
    rf"propped|placed|set|stands?|standing|reach(?:es|ing)?|tied|attached|fastened|runs?|stretch(?:es|ed)?|against|leening)"
    rf"(?![A-Za-z])[^.?!]{{0,60}}?(?<![A-Za-z])(?P<upright>{_UPRIGHT})(?![A-Za-z])"
    rf"|(?<![A-Za-z])angle\s+of\s+(?P<elev>elevation|depression)(?![A-Za-z])"
    rf"|(?<![A-Za-z])kite(?![A-Za-z])[^.?!]{{0,40}}?(?<![A-Za-z])(?:string|line)(?![A-Za-z])"
    # "a wheelchair ramp rises 1.5 m over a horizontal run of 2.0 m": a slope's rise over its run (the two legs)
    rf"|(?<![A-Za-z])(?P<slope>{_SLANT}|roofs?|roads?|paths?|driveways?|hills?|slopes?)(?![A-Za-z])[^.?!]{{0,40}}?"
    rf"(?<![A-Za-z])rises?(?![A-Za-z])(?:[^.?!]|\.(?=\d)){{0,60}}?(?<![A-Za-z])(?:run|horizontal\s+distance)(?![A-Za-z])")
_NUM = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class RightScene:
    """A word problem's right triangle: ``span`` of the phrase that sets it up, the corner letters
    ``foot``/``base``/``top``, and each quantity's start → (role, target): "side" with two letters, or
    "angle" with one; ``words``: spans of the scene's words (read, not unknown)."""
    span: tuple[int, int]
    foot: str
    base: str
    top: str
    roles: dict[int, tuple[str, str]]
    words: tuple[tuple[int, int], ...]


def right_scene(text: str, quantities: list[tuple[int, int, str]]) -> RightScene | None:
    """The right triangle of a ladder/kite/elevation word problem in ``text``, or None (no such scene, or
    masses and forces: statics). ``quantities``: (start, end, unit) of each measure read ("deg" for angles)."""
    m = _SCENE_RX.search(text)
    if m is None or MECHANICS_RX.search(text):
        return None
    if re.search(r"(?i)(?<![A-Za-z])(?:triangle|square|rectangle|circle|polygon|pentagon|hexagon)s?(?![A-Za-z])",
                  text) and not re.search(r"(?i)\btriangle\b", text):
        return None
    # the corners' letters as the text names them
    foot = _letter(text, r"(?:foot|bottom|base)\s+(?:of\s+the\s+(?:" + _SLANT + r")\s+)?(?:is\s+)?(?:at\s+)?(?:point\s+)?")
    base = _letter(text, r"(?:right\s+angle\s+at|(?:base|foot|bottom)\s+of\s+the\s+(?:" + _UPRIGHT + r")(?:\s+at)?|"
                         r"(?:" + _UPRIGHT + r")\s+at)\s+(?:point\s+)?")
    top = _letter(text, r"(?:top|tip|end)\s+(?:of\s+the\s+(?:" + _SLANT + r")\s+)?(?:is\s+)?(?:at\s+)?(?:point\s+)?")
    hyp = re.search(rf"(?i)(?<![A-Za-z])(?:{_SLANT})\s+(?P<n>(?-i:[A-Z]{{2}}))(?![A-Za-z])", text)
    if hyp and len(set(hyp.group("n"))) == 2:
        h = hyp.group("n")
        if foot and foot in h:
            top = top or h.replace(foot, "")
        elif top and top in h:
            foot = h.replace(top, "")
        elif not foot and not top:
            foot, top = h[0], h[1]
    # "Let A be the foot of the ramp, B the point on the ground directly below its top, and C the top": the letters
    # named before their corners, the verb understood after the first (a list of definitions, Quirk §12.31)
    for nm in _LET_RX.finditer(text):
        role = re.sub(r"^the\s+", "", nm.group("role").lower())
        v = nm.group("v")
        if re.match(r"(?:foot|bottom)\b", role) and not foot:
            foot = v
        elif re.match(r"top\b", role) and not top:
            top = v
        elif re.search(r"\b(?:below|under|beneath)\b|right\s+angle|base\s+of", role) and not base:
            base = v
    letters = [x for x in (foot, base, top) if x]
    if len(set(letters)) != len(letters):
        return None
    free = [c for c in "ABC" if c not in letters] + [c for c in "PQRXYZ" if c not in letters]
    foot = foot or free.pop(0)
    base = base or free.pop(0)
    top = top or free.pop(0)
    roles: dict[int, tuple[str, str]] = {}
    for a, b, unit in quantities:
        before, after = text[max(0, a - 60):a], text[b:b + 60]
        if unit == "deg":
            if re.match(rf"(?i)\s*(?:with|to|from)\s+(?:the\s+)?(?:{_UPRIGHT}|vertical)\b", after):
                roles[a] = ("angle", top)
            elif re.search(r"(?i)\b(?:angle|elevation|depression|inclin\w*|incline)\b[^.?!]{0,40}$", before) \
                    or re.match(rf"(?i)\s*(?:with|to|from|above)\s+(?:the\s+)?(?:{_GROUND})\b", after):
                roles[a] = ("angle", foot)
            continue
        if re.search(r"(?i)\b(?:run|horizontal\s+distance)\s+(?:of\s+)?$", before):
            roles[a] = ("side", foot + base)       # "a horizontal run of 2.0 m": the ground leg
        elif re.search(r"(?i)\brises?\s+(?:by\s+)?$", before):
            roles[a] = ("side", base + top)        # "rises 1.5 m": the upright leg
        elif re.match(rf"(?i)[\s\-]*(?:long\s+|tall\s+)?(?:{_SLANT})(?![A-Za-z])", after) or re.search(
                rf"(?i)(?<![A-Za-z])(?:{_SLANT})(?:\s+(?-i:[A-Z]{{2}}))?\s*(?:,\s*)?(?:is|of\s+length|measures|measuring|"
                rf"of|which\s+is|that\s+is)?\s*(?:\w+\s+)?$", before) and not re.match(
                r"(?i)\s*(?:from|away|up|high|above)\b", after):
            roles[a] = ("side", foot + top)
        elif re.match(rf"(?i)\s*(?:away\s+)?from\s+(?:the\s+)?(?:(?:base|foot|bottom)\s+of\s+(?:the\s+|a\s+|an\s+)?)?"
                      rf"(?:{_UPRIGHT}|{_GROUND}|[A-Z](?![A-Za-z]))", after) or re.match(r"(?i)\s*(?:away|out)\b", after):
            roles[a] = ("side", foot + base)
        elif re.match(rf"(?i)\s*(?:up\s+(?:the\s+)?(?:{_UPRIGHT})|high|tall|above\s+the\s+(?:{_GROUND}))\b", after) \
                or re.search(r"(?i)\b(?:reach(?:es|ing)?|height\s+of|to\s+a\s+height\s+of)\s*$", before):
            roles[a] = ("side", base + top)
    words = [(w.start(), w.end()) for w in re.finditer(
        rf"(?i)(?<![A-Za-z])(?:{_SLANT}|{_UPRIGHT}|{_GROUND}|vertical|level|flat|lean(?:s|ing|ed)?|rest(?:s|ing)?|"
        r"propped|reach(?:es|ing)?|foot|top|base|bottom|up|high|height|tall|elevation|depression|kite|away|meets|"
        r"angle|against|leening|leaning|far|makes?|making|forms?|fl(?:ies|ying|own)|strings?|stands?|standing|placed|"
        r"tied|attached|fastened|stretch(?:es|ed)?|rises?|run|horizontal|sloping|surface|ground|directly|below|"
        r"beneath|under|point|over)(?![A-Za-z])", text)]
    return RightScene((m.start(), m.end()), foot, base, top, roles, tuple(words))


# "Let A be the foot of the ramp", "…, B the point on the ground directly below its top, and C the top": a letter,
# then (the first time) "be"/"is"/"denote", then the corner it names
_LET_RX = re.compile(r"(?:(?<=\blet\s)|(?<=\bLet\s)|(?<=,\s)|(?<=,\sand\s)|(?<=\band\s))(?P<v>[A-Z])\s+(?:be\s+|is\s+|denote\s+|"
                     r"mark\s+)?(?P<role>the\s+(?:foot|bottom|top|point\s+(?:on\s+the\s+(?:ground|floor)\s+)?(?:directly\s+)?"
                     r"(?:below|under|beneath)|right\s+angle|base\s+of)[^,.;]*)")


def _letter(text: str, lead: str) -> str | None:
    """The single capital letter naming a corner after ``lead`` ("its foot A", "the base of the wall B")."""
    m = re.search(r"(?i:" + lead + r")(?P<v>[A-Z])(?![A-Za-z])", text)
    return m.group("v") if m else None
