"""Planets named by their place from the Sun, for ``nesy.astronomy.v1``: "the third planet from the Sun", "the third,
fourth and fifth from the Sun", "the fifth and sixth planets of the Solar System", "the innermost two planets", "the
two outermost planets".

The Solar System's planets in order of distance from the Sun are the eight of IAU 2006 Resolution B5, Mercury to
Neptune — the ``planets`` entry of ``planet_groups`` in grammars/astronomy/grammar.yaml (their semi-major axes in
solvers/astronomy.yaml, JPL "Approximate Positions of the Planets", Table 1). Read without this, "which planets are the
third, fourth and fifth from the Sun? … draw the Sun with those three planets" drew three unnamed planets and
verified them (requests-11 astronomy-05).

A place is the Solar System's only where the text says so: "from the Sun", "of/in the Solar System" after it; or, with
no such anchor, "the fifth and sixth planets", "the innermost two planets" in a text about the Sun with no other star
and no unnamed planets before it ("two planets at 1 and 2 AU … the second planet" is the second of those, as before).
A place beyond the eighth planet is refused naming the phrase. ``unread_ordinals`` finds the places a text gives that
no reading took, so unnamed planets are never drawn in their stead.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["ordinal_pattern", "places", "solar_context", "unread_ordinals"]

_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
          "9th": 9, "10th": 10}
_ORD = r"(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_LIST = _ORD + r"(?:\s*,\s*" + _ORD + r")*(?:\s*,?\s*(?:and|&|or)\s+" + _ORD + r")?"
_ANCHOR = (r"(?:(?:closest\s+|nearest\s+)?(?:from|out\s+from)\s+(?:the|our)\s+sun|"
           r"(?:of|in)\s+(?:the|our)\s+solar\s+system)")
# ("the first four planets", "the last two planets": first and last with a count are the ends of the order too)
_ENDS = r"(?:innermost|outermost|inner-most|outer-most|closest|farthest|furthest|first|last)"


def ordinal_pattern(count: str) -> str:
    """The regular expression of a place phrase; ``count`` is the shared count pattern (its group renamed here)."""
    c1 = count.replace("?P<count>", "?P<n1>")
    c2 = count.replace("?P<count>", "?P<n2>")
    return (r"the\s+(?P<list>" + _LIST + r")(?:\s+(?P<pw>planets?|worlds?))?(?:\s+(?P<anchor>" + _ANCHOR
            + r"))?(?(pw)|(?(anchor)|(?!)))"
            + r"|the\s+(?:" + c1 + r"\s+)?(?P<end>" + _ENDS + r")(?:\s+" + c2 + r")?\s+(?P<pw2>planets?)"
            + r"(?:\s+(?P<anchor2>" + _ANCHOR + r"))?")


def places(m: Any, read_count: Any, order: list[str]) -> tuple[list[str] | None, bool, str | None]:
    """(the planets a place phrase names, whether it is anchored to the Sun, a refusal message or None).

    ``m`` is a match of ``ordinal_pattern``; ``read_count(text, start)`` reads a count; ``order`` the planets
    from the Sun outwards."""
    if m.group("list"):
        ks = [_WORDS[w.lower()] for w in re.findall(_ORD, m.group("list"), re.I)]
        anchored = bool(m.group("anchor"))
        plural = bool(m.group("pw") and m.group("pw").lower().endswith("s")) or len(ks) > 1
        if not m.group("pw") and not anchored:
            return None, False, None
        bad = [k for k in ks if k > len(order)]
        if bad:
            return None, anchored, (f"'{m.group(0)}' at {m.start()}-{m.end()}: the Solar System has {len(order)} "
                                    f"planets (IAU 2006), none is the {bad[0]}th from the Sun")
        del plural
        return [order[k - 1] for k in ks], anchored, None
    grp = "n1" if m.group("n1") else "n2" if m.group("n2") else None
    n = read_count(m.group(grp), m.start(grp)) if grp else 1
    if n > 1 and not m.group("pw2").lower().endswith("s") or n < 1:
        return None, False, None
    if n > len(order):
        return None, False, (f"'{m.group(0)}' at {m.start()}-{m.end()}: the Solar System has {len(order)} planets, "
                             f"not {n}")
    if m.group("end").lower() in ("first", "last") and not grp:
        return None, False, None       # "the first planets" with no count: no place nesy can tell
    inner = m.group("end").lower().replace("-", "") in ("innermost", "closest", "first")
    return (order[:n] if inner else order[len(order) - n:]), bool(m.group("anchor2")), None


def solar_context(text: str) -> bool:
    """The text is about the Sun's planets: it names the Sun or the Solar System and no other star."""
    return bool(re.search(r"(?i)\b(?:the|our)\s+sun\b|\bsolar\s+system\b", text)) and not re.search(
        r"(?i)\bstars?\b|\bexoplanets?\b|\bdwarfs?\b|\bsun-like\b|\bsunlike\b", text)


def unread_ordinals(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The places ("the third", "fourth and fifth") of ``text`` outside the spans ``taken`` by a reading; "a second
    planet", "another third" (an added planet, not a place) are not places."""
    out = []
    for m in re.finditer(r"(?i)(?<![\w-])" + _ORD + r"(?![\w-])", text):
        # a place, not an order of discovery ("the first planet found around a Sun-like star"): from the Sun or its
        # star, or one of a list of places ("the third, fourth and fifth")
        if not re.match(r"(?i)(?:\s+(?:planets?|worlds?|ones?))?\s+(?:(?:closest\s+|nearest\s+)?from|out\s+from)\s+"
                        r"(?:the|its|our|their)\s+(?:sun|star)\b|\s*(?:,|and|&|or)\s+" + _ORD, text[m.end():]) and \
                not re.search(r"(?i)" + _ORD + r"\s*(?:,|and|&|or)\s*$", text[max(0, m.start() - 20):m.start()]):
            continue
        if any(a <= m.start() < b for a, b in taken):
            continue
        if re.search(r"(?i)\b(?:a|an|another|every|each)\s+$", text[max(0, m.start() - 9):m.start()]) or \
                re.match(r"(?i)s?\s+of\b", text[m.end():]):
            continue      # "a second planet": one more; "one third of an AU", "the 2nd of May": no place
        out.append((m.group(0), m.start(), m.end()))
    return out
