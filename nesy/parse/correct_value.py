"""A later sentence that names the correct value of something stated before: read as that correction.

A correction notice, an erratum or a reviewer says which number was wrong by stating the right one: "The legend
stated that the field shows 18 nuclei. The correct count is 13."; "… a 5 cm object. The actual value is 3 cm.";
"R2 is listed as 470 Ω; it should have been 4.7 kΩ.". Read as written, the second number counts nothing (or is
a second value), and the figure would show the value the text withdraws.

``correct_values`` reads such a sentence as a correction of the one earlier item it names, for
``nesy.parse.repairs.read_as_meant``: the earlier number is replaced by the correct one, and the correcting
phrase is read into it (blanked). The item corrected is the earlier one of the same type — a count (a number with
its noun) for a bare number, a quantity of the same dimension for a quantity — whose noun the correction names
when it names one ("the correct number of nuclei is 13", "13 nuclei"), and it must be the only such item before
it. Several candidates are refused, naming the correction (``unmatched``); no candidate leaves the text as it
is (a statement, "The correct number of nuclei is 13.", read as such by the science).
"""
from __future__ import annotations

import re

__all__ = ["correct_values"]

_CORRECT = re.compile(
    r"(?i)(?<![\w])(?:(?:the|a|its|their)\s+)?(?:correct|right|actual|true|real|corrected|revised|updated|accurate|"
    r"proper)\s+(?:count|number|total|tally|value|figure|amount|reading)(?:\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<noun>[A-Za-z][\w-]*))?\s+(?:is|was|should\s+be|would\s+be|=|:)\s*"
    r"|(?<![\w])(?:it|that|this|which|they)\s+should\s+have\s+(?:been|read|said)\s+")
_LEAD = re.compile(r"(?i)(?:in\s+fact|actually|only|just|really)\s+")


def correct_values(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """``(edits, unmatched)`` for ``text`` (see the module): each edit ``(start, end, read_as)``; each unmatched
    span a correction whose item nesy cannot tell."""
    if not _CORRECT.search(text):
        return [], []
    from .repairs import _items, _noun, _same_noun, _same_type
    items = _items(text)
    at = {i.start: i for i in items}
    edits: list[tuple[int, int, str]] = []
    unmatched: list[tuple[int, int]] = []
    for m in _CORRECT.finditer(text):
        pos = m.end()
        lead = _LEAD.match(text, pos)
        pos = lead.end() if lead else pos
        rep = at.get(pos)
        if rep is None or rep.kind == "w":
            continue
        noun = (m.group("noun") or "").lower()
        end = rep.end
        if rep.kind == "n":
            after = _noun(text, rep.end)
            if after and not re.match(r"(?i)(?:and|or|but|in|on|at|of|to|for|not|instead|please|so|then)$", after):
                noun = noun or after
                end = rep.end + len(re.match(r"\s+[A-Za-z][\w-]*", text[rep.end:]).group(0))
        before = [i for i in items if i.end <= m.start() and _same_type(rep, i)]
        if rep.kind == "n":
            before = [i for i in before if i.kind == "n" and _noun(text, i.end)
                      and (not noun or _same_noun(_noun(text, i.end), noun))]
        if not before:
            continue
        if len(before) > 1:
            unmatched.append((m.start(), end))
            continue
        old = before[0]
        new = text[rep.start:rep.end]
        a, b = (old.number if rep.kind == "n" and old.kind == "q" else (old.start, old.end))
        edits += [(a, b, new), (m.start(), end, "")]
    return sorted(edits), unmatched
