""""Two of these classes", "three of the mitochondria are near the membrane", "… four mitochondria. Two
mitochondria are near the nucleus": a partitive says something of *some* of the things already named; it
names no new ones.

The tagger drops "of the"/"of these" as filler, so the number met its noun again and counted new things:
"sets Mammals, Birds and Reptiles, because no animal belongs to two of these classes" drew two more
(unnamed) sets, and "a nucleus and 5 mitochondria, three of these mitochondria near the membrane" drew
eight mitochondria. nesy does not draw a statement about an unnamed part of a group, so
``mark_partitives`` takes the partitive's clause (from the number to the sentence's end or the next comma) out of the
reading: refused naming the phrase, or — when the caller lets nesy draw the rest — listed as not drawn,
never read as new things or as a statement about all of them.
"""
from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["mark_partitives"]

# between the number and its noun: "of the", "of these", "of those", "of its", "of their" (an adjective may
# follow: "two of the smaller mitochondria")
_OF_DET = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our|my|your)\s+(?:[\w-]+\s+){0,2}",
                     re.IGNORECASE)   # the whole gap between the number and its noun


# a sentence that opens with a count of a kind named in an earlier sentence and says where or what they
# are ("A cell with four mitochondria. Two mitochondria are near the nucleus."; "26 blastula cells were
# observed. Three cells were in metaphase") says it of some of those already named, like "two of them"
_BE = re.compile(r"\s+(?:are|were|is|was|lie|lay|sit|sat|remain|remained|stay|stayed)\b", re.IGNORECASE)


def mark_partitives(text: str, items: list, unknown: list, *, allow_unknown: bool) -> tuple[list, list]:
    """``items`` without each partitive clause whose noun's kind was named before (see the docstring);
    its span joins ``unknown`` (not drawn), or an ``InputError`` names it when ``allow_unknown`` is off."""
    out = list(items)
    unknown = list(unknown)
    p = 0
    while p < len(out):
        it = out[p]
        if it.tag != "NUM":
            p += 1
            continue
        e = p + 1
        while e < len(out) and out[e].tag in ("DEF", "ATTR"):
            e += 1
        if e >= len(out) or out[e].tag != "ENT":
            p += 1
            continue
        m = _OF_DET.fullmatch(text, it.end, out[e].start)
        earlier = any(x.tag == "ENT" and x.value == out[e].value for x in out[:p])
        if m is None and earlier and (p == 0 or out[p - 1].tag == "BREAK") and _BE.match(text, out[e].end):
            m = True   # "… four mitochondria. Two mitochondria are near the nucleus": some of those, again
        if m is None or not earlier:
            p += 1
            continue
        end = e + 1   # the clause ends at the sentence's end or a comma ("…, and then put …" goes on)
        while end < len(out) and out[end].tag != "BREAK" and not (
                out[end].tag == "COORD" and text[out[end].start:out[end].end] in (",", ";")):
            end += 1
        a, b = it.start, out[end - 1].end
        if not allow_unknown:
            raise InputError(f"'{text[a:b]}' at {a}-{b} says something of some of the {text[out[e].start:out[e].end]} "
                             "named before, which nesy does not draw: say it of each one, or leave it out")
        unknown.append((text[a:b], a, b))
        del out[p:end]
    return out, unknown
