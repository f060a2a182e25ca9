"""Two lenses or mirrors on one axis: a system nesy.optics does not draw, named whole in its refusal.

The textbook's commonest optics problem puts two elements on one axis a distance d apart: "Two identical diverging
lenses are separated by 15.5 cm", "A converging lens is placed 30.0 cm to the right of a diverging lens". The image
the first forms is the object of the second, whose distance is d − d_i1 (Hecht, *Optics*, 5th ed., §6.2 "Thick
lenses and lens systems"; Serway & Jewett, *Physics for Scientists and Engineers*, 9th ed., §36.4 "Combinations of
thin lenses"). ``nesy.optics.v1`` draws one thin lens or spherical mirror with its object and image; read as one
element, a system's separation was taken for the object's distance (a wrong figure, or "impossible"), its plural
"lenses" left an unknown word. ``element_system`` finds the signs of a second element in the text — a count before
the plural ("two … lenses", "a pair of mirrors"), an ordinal or "another" ("the second lens", "the other lens"),
an element placed by its side ("the lens on the left", "the right lens"), or two elements of different kinds — and
the separation, so the refusal names both elements and the distance between them.
"""
from __future__ import annotations

import re

__all__ = ["element_system", "system_message"]

_LEN = r"[-+−]?\d+(?:\.\d+)?\s*(?:mm|cm|m|in|inch(?:es)?|ft)\b"
# the adjectives between a count and its element ("two identical thin diverging lenses"): never a function word
# or another noun ("two images formed by lenses", "the other side of the lens" name one element)
_ADJ = (r"(?:(?!(?:of|by|the|a|an|in|on|at|from|with|for|to|and|or|is|are|side|images?|objects?|rays?|beams?|formed|"
        r"made|through|each)\b)[\w\-]+\s+){0,3}?")
_PLURAL = re.compile(r"(?i)\b(?:two|three|four|2|3|4|(?:a\s+)?pair\s+of|(?:a\s+)?combination\s+of|(?:a\s+)?system\s+of)"
                     r"\s+" + _ADJ + r"(?:lenses|mirrors)\b")
_ORDINAL = re.compile(r"(?i)\b(?:second|2nd|another|other|first|1st)\s+" + _ADJ + r"(?:lens|mirror)\b")
_SIDE = re.compile(r"(?i)\b(?:lens|mirror)\s+(?:that\s+is\s+|which\s+is\s+)?on\s+the\s+(?:left|right)\b"
                   r"|\b(?:left|right|leftmost|rightmost|left-hand|right-hand)\s+(?:lens|mirror)\b")
# the separation: "separated by 15.5 cm", "20 cm apart", "the distance between the lenses is 10 cm", "a converging
# lens is placed 30.0 cm to the right of a diverging lens" (an element placed by its distance from another)
_SEPARATION = re.compile(
    r"(?i)separated\s+by\s+(?:a\s+distance\s+of\s+)?(?P<a>" + _LEN + r")"
    r"|(?P<b>" + _LEN + r")\s+apart\b"
    r"|(?:distance|separation|spacing|gap)\s+(?:between|of)\s+(?:the\s+)?(?:two\s+)?(?:lenses|mirrors|elements|them)"
    r"\s*(?:is|of|=|:|equals)?\s*(?P<c>" + _LEN + r")"
    r"|\b(?:lens|mirror)\b[^.;\n]{0,40}?\b(?P<d>" + _LEN + r")\s+(?:to\s+the\s+(?:right|left)\s+of|in\s+front\s+of|"
    r"behind|beyond|from)\s+(?:the|a|an|another)\s+" + _ADJ + r"(?:lens|mirror)\b")


def element_system(text: str, elements: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]],
                                                                           tuple[str, int, int] | None] | None:
    """The signs that ``text`` describes two or more elements on one axis, or None.

    ``elements``: the element names the quantity patterns read, (text, start, end) in text order. Returns the
    phrases that name the elements (two different kinds, or a plural/ordinal/side phrase) and the separation
    phrase when one is written."""
    kinds = {e[0].lower() for e in elements}
    signs = [(m.group(0), m.start(), m.end()) for rx in (_PLURAL, _ORDINAL, _SIDE) for m in rx.finditer(text)]
    if not signs and len(kinds) < 2:
        return None
    named = sorted(signs + ([e for i, e in enumerate(elements) if e[0].lower() not in
                             {x[0].lower() for x in elements[:i]}] if len(kinds) >= 2 else []), key=lambda x: x[1])
    sep = None
    for m in _SEPARATION.finditer(text):
        g = next(k for k in "abcd" if m.group(k))
        sep = (m.group(g), m.start(g), m.end(g))
        break
    return named, sep


def system_message(named: list[tuple[str, int, int]], sep: tuple[str, int, int] | None) -> str:
    """The refusal of a two-element system: both elements and the separation, each with its position."""
    said = " and ".join(f"'{t}' (at {a}-{b})" for t, a, b in named[:3])
    apart = f", {sep[0]} apart ('{sep[0]}' at {sep[1]}-{sep[2]})" if sep else ""
    return (f"two lenses or mirrors on one axis: {said}{apart}. nesy.optics draws one thin lens or spherical mirror "
            "with its object and image; a system of two, the first's image the second's object (Hecht, Optics, "
            "§6.2), is not drawn — ask for each element on its own (e.g. 'a converging lens, f = 10 cm, an object "
            "25 cm away')")
