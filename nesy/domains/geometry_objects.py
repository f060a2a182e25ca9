"""Geometry: an everyday object named by its shape — "a triangular garden bed whose sides are 8 m, 15 m and
17 m", "a rectangular field 20 m by 30 m", "a circular pond of radius 3 m", "a hexagonal tile with side 10 cm".

The shape adjective (``grammars/geometry/grammar.yaml``: ``shape_adjectives``) names the figure: a figure kind
(triangle, rectangle, circle) or a regular polygon's number of sides, as its noun would ("hexagonal" as
"hexagon"). The one to three words after it that are neither grammar nor common words ("garden bed", "field",
"pond", "plot of land"), or the subject it is said of ("The sail is triangular"), name the object the figure
is, and are read with it: the figure *is* the garden bed, so they are no fact left undrawn. A solid ("a triangular prism", "a rectangular box": ``solid_nouns``) is no plane
figure, and its adjective is not read (the text is then refused as naming no figure nesy draws).

A title before a colon that opens the text and is followed by the figure ("Quilting block template: a square,
3 inches on each side", "Honeycomb coaster template (listing photo #3): a regular hexagon, 4 cm per side") names
the object the figure is, as a noun after a shape adjective does: up to five words, with at most one parenthetical
aside, read with the figure (``title_objects``). A title whose words are grammar words is read as before.

A request to draw to scale ("Scale drawing of …", "drawn to scale") is read too: nesy's figures are drawn to
scale. One that states a scale ("to a scale of 1:100", "scale 1 cm = 2 m") is not read here, so it stays a
fact of the text that the figure does not show and is listed as such.

Hands ``(tag, value, start, end)`` claims (``FIG`` kind or ``NGON`` sides, the adjective and its noun
spanned) to ``geometry._claims``.
"""
from __future__ import annotations

import functools
import re

__all__ = ["shape_objects", "scale_requests", "title_objects"]


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, object]], frozenset[str]]:
    from .kit import DomainFiles
    g = DomainFiles("geometry").grammar()
    adj = {}
    for w, v in (g.get("shape_adjectives") or {}).items():
        adj[str(w).lower()] = ("NGON", int(v)) if isinstance(v, int) or str(v).isdigit() else ("FIG", str(v))
    return adj, frozenset(str(w).lower() for w in g.get("solid_nouns") or ())


_WORD = re.compile(r"\s+(?P<w>[a-z]+(?:-[a-z]+)?)(?![\w'’])")
_OF = re.compile(r"\s+of\s+(?P<w>[a-z]+)(?![\w'’])")
# "The sail is triangular", "our garden bed is rectangular": a determiner, one to three words, a copula
_SUBJECT = re.compile(r"(?i)(?<![\w-])(?:the|this|that|our|my|your|his|her|their|its)\s+(?P<n>[a-z]+(?:\s+[a-z]+){0,2})\s+"
                      r"(?:is|was)\s+$")


def shape_objects(text: str, known: frozenset[str], common: frozenset[str]) -> list[tuple[str, object, int, int]]:
    """The objects ``text`` names by a shape adjective, each as (``"FIG"`` kind | ``"NGON"`` sides, value,
    start, end); ``known``: the grammar's words, ``common``: the common words (neither is an object's noun)."""
    adj, solids = _tables()
    if not adj:
        return []
    out = []
    rx = re.compile(r"(?i)(?<![\w-])(?P<a>" + "|".join(sorted(map(re.escape, adj), key=len, reverse=True)) + r")(?![\w-])")
    for m in rx.finditer(text):
        tag, val = adj[m.group("a").lower()]
        def noun(w: re.Match | None) -> bool:
            lw = w.group("w") if w else ""
            return bool(lw) and not (lw in common or lw in known or (lw.endswith("s") and lw[:-1] in known) or lw in adj)
        start, end, nouns = m.start(), m.end(), []
        while len(nouns) < 3 and noun(w := _WORD.match(text, end)):
            nouns.append(w.group("w"))
            end = w.end()
        of = _OF.match(text, end) if nouns else None
        if of and noun(_WORD.match(text, of.start("w") - 1)):
            nouns.append(of.group("w"))          # "a triangular plot of land"
            end = of.end()
        if not nouns:
            # "The sail is triangular": the object is the subject the adjective is said of
            subj = _SUBJECT.search(text[:start])
            if subj and all(noun(_WORD.match(" " + x)) for x in subj.group("n").split()):
                nouns, start = subj.group("n").split(), subj.start()
        if any(n in solids for n in nouns):
            continue     # "a triangular prism": a solid, not a plane figure
        out.append((tag, val, start, end))
    return out


# "Scale drawing of …", "drawn to scale", "(to scale)": not when a scale is stated ("scale 1:100", "to a scale of …")
_SCALE = re.compile(r"(?i)(?<![\w-])(?:an?\s+)?scale\s+(?:drawing|diagram|plan|sketch|model)(?:\s+of)?(?![\w-])"
                    r"(?!\s*(?:at|with|to|in)?\s*(?:a\s+)?(?:scale\s+)?(?:of\s+)?\d)"
                    r"|(?<![\w-])(?:drawn\s+)?to\s+scale(?![\w-])(?!\s*(?:of|at|=|:|,)?\s*\d)")


# "(that's the finished size)", "actual size", "full size": the lengths stated are the figure's own, as drawn to scale
_SIZE = re.compile(r"(?i)(?<![\w-])(?:(?:that|this|it)(?:'s|’s|\s+is)\s+)?(?:the\s+)?(?:finished|final|actual|exact|real|true|full)"
                   r"[\s\-]+size(?![\w-])")


def scale_requests(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that ask for a drawing to scale without stating a scale, or say that the stated
    lengths are the figure's true size ("that's the finished size")."""
    return sorted([(m.start(), m.end()) for m in _SCALE.finditer(text)]
                  + [(m.start(), m.end()) for m in _SIZE.finditer(text)])


# "Quilting block template: a square …": one to five words (an aside in brackets allowed) up to a colon at the
# very start of the text, then the figure's noun phrase
_TITLE = re.compile(r"\A\s*(?P<t>[A-Za-z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,4})\s*(?P<aside>\([^()\n]{1,60}\))?\s*:"
                    r"\s*(?=(?:(?:a|an|the|one)\s+)?(?:regular\s+|reg\.\s+)?(?P<fig>[a-z]+))", re.IGNORECASE)


def title_objects(text: str, figure_words: frozenset[str]) -> list[tuple[int, int]]:
    """The span of a title naming the object the figure is ("Honeycomb coaster template (listing photo #3):"),
    when the text opens with it and the figure's noun (one of ``figure_words``) follows its colon; [] otherwise."""
    m = _TITLE.match(text)
    if not m or m.group("fig").lower() not in figure_words:
        return []
    return [(m.start("t"), m.end())]
