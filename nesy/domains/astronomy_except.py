"""A group of the Sun's planets with some left out, for ``nesy.astronomy.v1``: "all eight planets except Neptune".

English states a set less some of its members with an exceptive phrase after (or before) the quantified group:
"all the planets except Neptune", "all eight planets but Mars and Venus", "every planet apart from Earth", "the
outer planets other than Uranus", "the inner planets excluding Mercury", "Except for Earth, all the planets …"
(Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 7 §9.3, exceptive
prepositions: *except (for)*, *but*, *apart from*, *other than*, *save (for)*, *excepting*, *excluding*,
*bar*). The group is its members less those named; a named body the group does not hold is refused (it cannot be
left out of it), and the excepted names are no bodies to draw. Read as words one by one, "except" was unknown and
Neptune drawn as one more body: a figure showing what the text leaves out (requests-21 astronomy-07).

``group_exceptions`` hands ``parse_astronomy`` the excepted names of each group claim and the claims and word spans
it read, so the loop over claims never sees the excepted bodies.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["group_exceptions", "stray_exception"]

# the exceptive word, and what may follow it before the names ("except for the planet Neptune")
_EXCEPT = (r"(?:(?:but\s+)?(?:leave|leaves|leaving)\s+out|(?:but\s+)?(?:omit|omits|omitting|skip|skips|skipping)|"
           r"except(?:ing)?(?:\s+for)?|with\s+the\s+exception\s+of|apart\s+from|aside\s+from|other\s+than|"
           r"save(?:\s+for)?|excluding|but(?:\s+not)?|bar|minus|leaving\s+out|not\s+counting)")
_AFTER = re.compile(r"(?i)\s*[,(\u2013\u2014-]?\s*" + _EXCEPT + r"\s+(?:(?:the\s+)?planets?\s+)?")
_BEFORE = re.compile(r"(?i)" + _EXCEPT + r"\s+(?:(?:the\s+)?planets?\s+)?$")
_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:and|or|nor)\s+|\s*&\s*|\s*/\s*)")
# between a group and its exception: where the group orbits, a verb of drawing ("all eight planets around the
# Sun except …", "all the planets, drawn to scale, except …"), never a sentence end nor another body's name
_GAP = re.compile(r"(?i)[^.;:!?\n]{0,60}?(?=" + _AFTER.pattern[4:] + r")")
# exceptive words that only ever except ("but", "minus", "bar" say other things too): left unread beside a name, the
# name would be drawn
_STRICT = re.compile(r"(?i)\b(?:except(?:ing)?(?:\s+for)?|with\s+the\s+exception\s+of|apart\s+from|aside\s+from|"
                     r"other\s+than|save\s+for|excluding|(?:leave|leaves|leaving)\s+out|omit\w*|skip\w*|not\s+counting)"
                     r"\s+(?:(?:the\s+)?planets?\s+)?$")


# a name that is the subject of a clause of its own ("all the planets, but Neptune is drawn dashed"): no exception
_CLAUSE = re.compile(r"(?i)(?:['’]s\b|\s+(?:is|are|was|were|has|have|had|should|must|will|would|can|could|may|might|"
                     r"gets?|needs?|looks?|goes|stays?|orbits?|lies)\b)")


def _names(start: int, named_claims: list[Any], text: str) -> list[Any]:
    """The NAMED claims of a list that begins at ``start``: "Neptune", "Mars and Venus", "Mars, Venus or Earth";
    none when the list is the subject of a clause of its own."""
    out: list[Any] = []
    pos = start
    by_start = {c.start: c for c in named_claims}
    while True:
        c = by_start.get(pos)
        if c is None:
            break
        out.append(c)
        j = _JOIN.match(text, c.end)
        if j is None or j.end() not in by_start:
            break
        pos = j.end()
    return [] if out and _CLAUSE.match(text, out[-1].end) else out


def group_exceptions(claims: list[Any], text: str) -> tuple[dict[int, list[Any]], list[tuple[int, int]]]:
    """For each GROUP claim with an exceptive phrase: its start → the NAMED claims it leaves out; and the spans of
    the exceptive words read. After the group in its sentence ("all the planets around the Sun except Neptune"),
    or before it, opening the sentence ("Except for Earth, draw all the planets")."""
    named = [c for c in claims if c.tag == "NAMED"]
    out: dict[int, list[Any]] = {}
    spans: list[tuple[int, int]] = []
    for g in claims:
        if g.tag != "GROUP":
            continue
        gap = _GAP.match(text, g.end)
        if gap is not None and not any(gap.start() <= c.start < gap.end() for c in claims
                                       if c.tag in ("NAMED", "NAMEDMOON", "PLANETS", "COMETS", "MOONS", "GROUP")):
            w = _AFTER.match(text, gap.end())
            names = _names(w.end(), named, text) if w else []
            if names:
                out[g.start] = names
                spans.append((w.start(), w.end()))
                continue
        # "Except for Earth, all the planets": the exception opens the group's sentence
        a = max([m.end() for m in re.finditer(r"[.;!?\n]", text[:g.start])] or [0])
        lead = re.match(r"\s*" + _EXCEPT + r"\s+(?:(?:the\s+)?planets?\s+)?", text[a:g.start], re.I)
        if lead is not None:
            names = _names(a + lead.end(), named, text)
            if names and re.fullmatch(r"[\s,]*(?:(?:draw|show|plot|sketch|include|put|add|with|and|then)\s+)*"
                                      r"(?:me\s+)?", text[names[-1].end:g.start], re.I):
                out[g.start] = names
                spans.append((a + lead.start(), a + lead.end()))
    return out, spans


def stray_exception(claims: list[Any], text: str, used: set[int]) -> Any | None:
    """A NAMED claim right after an exceptive word that no group read (``used``: the starts of the claims read as
    excepted), or None: drawn, the body would be the one the text leaves out."""
    for c in claims:
        if c.tag == "NAMED" and c.start not in used and _STRICT.search(text[max(0, c.start - 40):c.start]):
            return c
    return None
