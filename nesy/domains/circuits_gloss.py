"""A bracketed gloss saying what a part stands for, for ``nesy.circuits.v1``.

"a 10 Ω resistor (stand-in for the bulb)", "R1 (representing the heater)", "a 5 Ω resistor (in place of the
lamp)", "a 20 Ω resistor (as the load)": the words in brackets after a part say what that part models in the
real device; they add no part. A parenthetical of this form is an appositive gloss on the noun phrase it
follows (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 15 §5: supplements
and parentheticals add information about their anchor, not new participants). Read word by word, "the bulb"
made a second part, a lamp with no value, in series with the resistor — a circuit the text does not describe.

A gloss is read only when it opens with a word of standing-for ("stand-in for", "standing in for",
"instead of", "in place of", "representing", "modelling", "simulating", "as") and holds no digit (no value and
no part name, which would be stated content, is ever dropped this way). Its span is blanked and kept as read,
like the "modelled as" phrases of ``circuits_asked``.
"""
from __future__ import annotations

import re

__all__ = ["glosses"]

_GLOSS = re.compile(
    r"\(\s*(?:(?:it\s+)?(?:is|acts|serves)\s+)?(?:as\s+)?(?:a\s+|an\s+|the\s+)?"
    r"(?:stand-?ins?\s+for|standing\s+in\s+for|stands\s+in\s+for|instead\s+of|in\s+place\s+of|substitut(?:e|es|ing)\s+for|"
    r"represent(?:s|ing)?|model(?:l?ing|s)?|simulat(?:es|ing)|playing|plays|as)\b[^()\d]*\)",
    re.IGNORECASE)


def glosses(text: str) -> list[tuple[int, int, str]]:
    """The spans of bracketed glosses right after a part (see the module docstring), each ``(start, end, "gloss")``."""
    return [(m.start(), m.end(), "modelled") for m in _GLOSS.finditer(text)
            if m.start() > 0 and re.search(r"[\wΩ]\s*$", text[:m.start()])]
