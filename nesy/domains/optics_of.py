"""A quantity of the element named before the element itself: "The focal length of each lens is -14.0 cm", "the
radius of curvature of the mirror is 30 cm", "a focal length of magnitude 12 cm".

The quantity patterns of ``nesy.domains.optics`` read "focal length is 12 cm" and "f = 12 cm", where the length
follows its noun; a textbook names the element between them ("the focal length *of the lens* is …"). The element's
name there is read as the element (it is claimed by the ELEMENT pattern), and the length is left a bare
distance — which the reader then gave to the object ("the object's distance must be positive, got '-14.0 cm'":
a diverging lens's signed focal length taken for where the object stands). ``quantity_named_before`` looks back
from such a length over "<quantity> of <the element> is" and says whose length it is; "of magnitude" makes it a
magnitude (its sign is the element's kind's, as "|f| = 12 cm").
"""
from __future__ import annotations

import re

__all__ = ["quantity_named_before"]

_QUANTITY = r"(?P<q>focal\s+(?:length|distance)|focal|radius\s+of\s+curvature|curvature\s+radius|radius)"
_DET = r"(?:the|each|this|that|either|every|its|one|a|an|both)"
# "<quantity> (of <the> <up to three words> lens|mirror)? (is|was|equals|=|:|of)* (a magnitude of)?" ending where
# the length starts; the element's words are any (its adjectives are read by the element pattern)
_BEFORE = re.compile(
    _QUANTITY + r"(?:\s+of\s+" + _DET + r"\s+(?:[\w\-]+\s+){0,3}?(?:lens(?:es)?|mirrors?))?"
    r"(?:\s*(?:is|was|are|were|equals|=|:|of|has|have)\b|\s*[=:])*"
    r"(?P<mag>\s*(?:a\s+)?magnitude(?:\s+of)?(?:\s+(?:is|=|:))?)?\s*\Z", re.IGNORECASE)

_CLAUSE_END = re.compile(r"[.;!?](?=\s)|\n")


def quantity_named_before(text: str, start: int) -> tuple[str, bool] | None:
    """("f" | "R", whether only its magnitude is said) for the length starting at ``start`` when the words just
    before it name the element's focal length or radius of curvature; None otherwise. Looks back at most one
    clause (a full stop, semicolon or line break ends it)."""
    ends = [e.end() for e in _CLAUSE_END.finditer(text, 0, start)]
    m = _BEFORE.search(text, ends[-1] if ends else 0, start)
    if m is None:
        return None
    return ("f" if m.group("q").lower().startswith("focal") else "R"), bool(m.group("mag"))
