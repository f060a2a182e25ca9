"""One of two languages chosen by "the former" / "the latter", for ``nesy.automata.v1``: "Consider two languages
over {a, b}: the strings containing 'aa' and the strings containing 'bb'. Draw a DFA for the former."

Read whole, the two descriptions joined by "and" were one language (both conditions at once) and "the former" an
unread word: a figure of another language, verified against its own reading (requests-33 automata-05 as
development data). "The former" names the first of two coordinated phrases, "the latter" the second (Huddleston &
Pullum 2002, ch. 17 §7). ``chosen_language`` writes the chosen description alone in the pair's place and "it" for
the pro-form; a pair not written as two descriptions of strings ("the strings …", "those …", "words …") is left as
it is.
"""
from __future__ import annotations

import re

__all__ = ["chosen_language"]

_DESC = r"(?:the\s+)?(?:strings|words|inputs|sequences|those|ones|language\s+of\s+strings)\b[^.;:!?]*?"
_PAIR = re.compile(rf"(?i)(?P<a>{_DESC})\s*,?\s+and\s+(?P<b>{_DESC})(?=\s*[.;:!?])")
_PICK = re.compile(r"(?i)\bthe\s+(?P<w>former|latter|first|second)(?:\s+(?:one|language))?\b")


def chosen_language(text: str) -> list[tuple[int, int, str]]:
    """Edits: the pair of descriptions → the chosen one, "the former" → "it" (see the module)."""
    if not _PICK.search(text) or not re.search(r"(?i)\blanguages\b", text):
        return []
    for p in _PAIR.finditer(text):
        pick = _PICK.search(text, p.end())
        if pick is None:
            continue
        chosen = p.group("a") if pick.group("w").lower() in ("former", "first") else p.group("b")
        return [(p.start(), p.end(), chosen.strip()), (pick.start(), pick.end(), "it")]
    return []
