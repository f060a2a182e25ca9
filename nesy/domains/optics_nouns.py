"""The object named by a noun outside the optics vocabulary, learned from where the text places it.

"Hold a page 25 cm in front of the lens … sketch the lens, the page at 25 cm": the object is a *page*, a
word ``grammars/optics/grammar.yaml`` does not list among its object words. The first length is the
object's distance either way (no noun before it), but a later restatement "the page at 25 cm" was taken
for the last noun named before it — the image — and made a second, conflicting image distance (requests-12
optics-07 was called impossible). A noun that stands right after an article and right before a length
placed *in front of* the element ("a page 25 cm in front of the lens", "the postcard, held 40 cm in front of
the mirror") is the object on the light's incoming side; every other mention of that word names the object
too. Only the in-front placement teaches a noun: "a card 1 m behind the lens" may be the screen that
catches the image, and is not learned. A noun a height is said of ("a 1 cm tall letter") is the object too: the
image's height is said of the image.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

__all__ = ["object_nouns"]

_ARTICLE = re.compile(r"(?:\b(?:a|an|the|one|my|your|his|her|their|our|this|that)\s+)(?P<w>[A-Za-z]+)\s*,?\s*"
                      r"(?:(?:held|placed|put|set|kept|positioned|located|standing|sitting|lying|mounted)\s+)?\Z",
                      re.IGNORECASE)


def object_nouns(text: str, claims: Iterable[Any], unknown: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Spans of every mention of a noun the text places in front of the element as its object.

    ``claims``: ``parse_optics``'s claims (``tag``, ``start``, ``end``) in text order; ``unknown``: the
    words outside the grammar, (word, start, end). Only unknown words are learned (a known word already
    names what it names)."""
    cl = list(claims)
    unknown_at = {s: w.lower() for w, s, _e in unknown}
    learned: set[str] = set()
    for i, c in enumerate(cl):
        if c.tag != "DIST":
            continue
        nxt = cl[i + 1] if i + 1 < len(cl) else None
        if nxt is None or nxt.tag != "FRONT" or text[c.end:nxt.start].strip():
            continue
        m = _ARTICLE.search(text, 0, c.start)
        if m and unknown_at.get(m.start("w")) == m.group("w").lower():
            learned.add(m.group("w").lower())
    # "a 1 cm tall letter", "a 5 mm high crack": the noun a height is said of is the object
    for c in cl:
        if c.tag != "HEIGHT":
            continue
        m = re.match(r"\s+(?P<w>[A-Za-z]+)", text[c.end:])
        if m and unknown_at.get(c.end + m.start("w")) == m.group("w").lower():
            learned.add(m.group("w").lower())
    if not learned:
        return []
    rx = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(learned)) + r")s?\b", re.IGNORECASE)
    return [(m.start(), m.end()) for m in rx.finditer(text)]
