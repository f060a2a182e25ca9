"""Letters and numbers that name things rather than measure them, for ``nesy.geometry.v1``.

Two readings of a text before its measures are read:

``upper_vertex_names``: a voice transcript or a quick note writes the vertex names in lower case ("draw triangle
abc where angle a is fifty degrees … and side ab is eight centimeters"). Points are named by capital letters in
the textbook convention (Euclid's *Elements*, Heath's edition; Jurgensen, Brown & Jurgensen, *Geometry*,
§1-2 "points are named by capital letters"), so a lower-case name the text uses as one is upper-cased in place
(same length, every position kept). A name is taken only where the text confirms it: the figure's word is
followed by as many distinct letters as it has vertices ("triangle abc", "rectangle pqrs") AND those letters
are used again as vertices or sides ("angle a", "side ab", "ab is 8 cm", "right angle at b"); otherwise nothing
changes (requests-14 geometry-10 read "side ab is eight centimeters" with 'ab' unknown and drew BC = 8, verified).

``label_numbers``: numbers that label rather than measure — "photo #3", "claim #44-1902", "9 Down" and the
letter count "(9)" after a quoted crossword clue, "step 2", "question 4", "fig. 3" — are neither lengths nor
angles (requests-14 geometry-01/-02 were refused as "a number without a unit"). A number followed by a unit is
a measure whatever precedes it.
"""
from __future__ import annotations

import re

__all__ = ["upper_vertex_names", "label_numbers"]

_VERTS = {"triangle": 3, "square": 4, "rectangle": 4, "quadrilateral": 4, "parallelogram": 4, "rhombus": 4,
          "trapezoid": 4, "trapezium": 4, "kite": 4, "pentagon": 5, "hexagon": 6, "heptagon": 7, "octagon": 8}
_FIG_NAME_RX = re.compile(r"(?<![A-Za-z])(?P<fig>" + "|".join(_VERTS) + r")\s+(?P<name>[a-z]{3,8})(?![A-Za-z])",
                          re.IGNORECASE)
# where a lower-case letter or pair is a vertex or a side: after the word that says so, or before a measure
_VERTEX_AFTER = r"(?:angles?|∠|vertex|vertices|corner|point|at(?:\s+(?:the\s+)?vertex)?)"
_SIDE_AFTER = r"(?:sides?|segment|edge|leg|base|hypotenuse|diagonal)"
_MEASURE_NEXT = r"(?=\s*(?:=|:|is\b|measures\b|of\s+length\b|has\s+length\b))"


# letters spelt one by one after a figure or a side ("triangle a b c", "hypotenuse a b"): a dictation's name
_SPELT_RX = re.compile(r"(?<![A-Za-z])(?P<head>" + "|".join(_VERTS) + r"|" + _SIDE_AFTER + r")\s+"
                       r"(?P<run>[a-z](?:[ \t][a-z]){1,7})(?![A-Za-z'’])")


def spelt_names(text: str) -> str:
    """``text`` (all in lower case) with each name spelt letter by letter after its figure or side written as
    one word ("triangle a b c" → "triangle abc  "; same length: the spaces move after it)."""
    if re.search(r"[A-Z]", text):
        return text
    out = list(text)
    for m in _SPELT_RX.finditer(text):
        run = m.group("run")
        letters = run.replace(" ", "").replace("\t", "")
        if len(set(letters)) != len(letters):
            continue
        out[m.start("run"):m.end("run")] = letters + " " * (len(run) - len(letters))
    return "".join(out)


def upper_vertex_names(text: str) -> str:
    """``text`` with the lower-case vertex names of its figure upper-cased (same length); unchanged unless the
    figure's word is followed by such a name and the text uses its letters again as vertices or sides."""
    out = list(text)
    changed = False
    for m in _FIG_NAME_RX.finditer(text):
        name = m.group("name")
        if not name.islower() or len(name) != _VERTS[m.group("fig").lower()] or len(set(name)) != len(name):
            continue
        letters = set(name)
        hits: list[tuple[int, int]] = []
        one = "[" + "".join(sorted(letters)) + "]"
        for r in (rf"(?<![A-Za-z]){_VERTEX_AFTER}\s+(?P<x>{one}{{1,3}})(?![A-Za-z'’])",
                  rf"(?<![A-Za-z]){_SIDE_AFTER}\s+(?P<x>{one}{{2}})(?![A-Za-z'’])",
                  rf"(?<![A-Za-z'’])(?P<x>{one}{{2}})(?![A-Za-z'’]){_MEASURE_NEXT}"):
            for h in re.finditer(r, text, re.IGNORECASE):
                x = h.group("x")
                if not x.islower() or len(set(x)) != len(x):
                    continue
                # "at a right angle": the article, not vertex a — a is a vertex only before a measure or a list
                if x == "a" and not re.match(r"\s*(?:[=:,;.]|$|is\b|measures\b|of\b|and\b|equals\b)",
                                             text[h.end():]):
                    continue
                hits.append((h.start("x"), h.end("x")))
        if not hits:
            continue
        for a, b in hits + [(m.start("name"), m.end("name"))]:
            out[a:b] = text[a:b].upper()
            changed = True
    return "".join(out) if changed else text


_UNIT_AFTER = re.compile(r"\s*(?:°|º|cm|mm|m|in|inch|inches|degrees?|centimet|millimet|met(?:re|er)|units?)(?![a-z])",
                         re.IGNORECASE)
_LABEL_RXS = [
    # "photo #3", "claim #44-1902", "No. 7", "nos. 3-4"
    re.compile(r"(?:#|(?<![A-Za-z])(?:no|nos|nr)\.)\s*\d+(?:[\-/.]\d+)*", re.IGNORECASE),
    # "photo 3", "step 2", "question 4", "fig. 3", "exercise 12b"
    re.compile(r"(?<![A-Za-z])(?:photo|picture|image|pic|fig\.?|figure|item|step|page|question|problem|exercise|"
               r"example|slide|listing|lot|part|claim|section|chapter|task|number)\s*(?P<n>\d+[a-z]?)(?![\w.]|\.\d)",
               re.IGNORECASE),
    # a crossword clue's number: "9 Down", "12 across"
    re.compile(r"(?<![\w.])\d+\s*(?:down|across)(?![A-Za-z])", re.IGNORECASE),
    # a crossword answer's letter count after the quoted clue: "'… ' (9)", "“…” (5,4)"
    re.compile(r"(?<=['’\"”])\s*\(\s*\d+(?:\s*[,\-]\s*\d+)*\s*\)"),
]


def label_numbers(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that are numbers labelling something, with the word that says so."""
    spans: list[tuple[int, int]] = []
    for rx in _LABEL_RXS:
        for m in rx.finditer(text):
            if _UNIT_AFTER.match(text, m.end()):
                continue
            spans.append((m.start(), m.end()))
    return sorted(spans)


# "- don't draw it", "(no need to show the diagonal)": a request not to draw what was just measured
_NO_DRAW = re.compile(r"(?i)(?<![\w'’])(?:do\s+not|don['’]?t|never|no\s+need\s+to|without)\s+(?:draw(?:ing)?|show(?:ing)?|"
                      r"includ(?:e|ing)|mark(?:ing)?)\s+(?:it|that|this|them|(?:the|its|that|this)\s+diagonals?|the\s+line)"
                      r"(?![\w'’])(?:\s+(?:in|on)(?:\s+the\s+figure)?)?")


def undrawn_diagonal(text: str, claims: list[tuple[str, object, int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text`` that ask not to draw a diagonal the text measures ("the diagonal AC comes out at 13 cm -
    don't draw it"): the nearest figure, role or circle word before the request, on its line, is the diagonal.
    ``claims``: (tag, value, start, end) of the words read. Any other target ("its incircle - don't draw it")
    is not read here, so the negation stays unread and the text is refused as before."""
    out = []
    for m in _NO_DRAW.finditer(text):
        line0 = text.rfind("\n", 0, m.start()) + 1
        before = [c for c in claims if c[0] in ("ROLE", "FIG", "NGON", "INCIRCLE", "CIRCUMCIRCLE", "TANGENT")
                  and line0 <= c[2] and c[3] <= m.start()]
        said = re.search(r"(?i)diagonal", m.group(0))
        last = max(before, key=lambda c: c[2]) if before else None
        if (last is not None and last[0] == "ROLE" and last[1] == "diagonal") or (said and not before) \
                or (said and last is not None and last[1] == "diagonal"):
            out.append((m.start(), m.end()))
    return out


_DRAWN_WORDS = frozenset("""draw drawn drawing show shown mark marked marks label labels labelled labeled letter letters
name names tick ticks arc arcs line lines point points vertex vertices dot dots dimension dimensions measurement
measurements scale grid axes axis arrow arrows it them that this one""".split())


def denies_nothing_drawn(phrase: str, vocabulary: frozenset[str]) -> bool:
    """Whether an unread negated ``phrase`` ("don't add the seam allowance") denies nothing a geometry figure
    draws: no word of it is geometry vocabulary (``vocabulary``), a word about what is drawn, or a point's name."""
    from ..pipeline import NEGATION
    words = [w for w in re.findall(r"[A-Za-z'’]+", phrase) if not NEGATION.fullmatch(w)]
    if any(re.fullmatch(r"[A-Z]{1,4}", w) for w in words):
        return False
    aux = {"do", "does", "did", "will", "would", "to", "the", "a", "an", "any", "need", "please", "pls"}
    content = [w.lower() for w in words if w.lower() not in aux]
    return bool(content) and not any(w in vocabulary or w.rstrip("s") in vocabulary or w in _DRAWN_WORDS
                                     for w in content)
