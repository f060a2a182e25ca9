"""Sets: phrasings that ask for a set diagram whatever the sets are named after — detection's evidence.

"Every square is a rectangle … Show this as nested sets: Squares, Rectangles, Quadrilaterals" is a
sets figure of shape names; "Draw the sets Metals and Conductors" one of material names. Words of
another science name the sets there, and must not decide the science (``registry._figure_kind`` asks
each domain's ``figure_kind``). What makes a text a set diagram (Rosen, *Discrete Mathematics and Its
Applications*, 7th ed., §2.1–2.2):

* the figure named as sets — "as nested sets", "as (three) sets", "nested/disjoint/overlapping sets",
  "draw the (two) sets …" (not "a set of …", "two sets of lines": a collection, no set diagram);
* inclusion stated as such — "is a (proper) subset of", "are subsets of", "superset of", "a universal set";
  or in symbols between classes named in capitals, "Squares ⊂ Rectangles ⊂ Parallelograms" (a geometry
  text writes ⊂ between points and planes named by capital letters alone, "AB ⊂ P");
* the figure named a diagram of sets, or a set named by its own capitalised name, "the set Rocky (Mercury, …)";
* classes named in capitals drawn as regions, "Draw Rhombuses and Rectangles as two overlapping regions";
* a definition list of regions related to each other ('"Britain" means …, which lies wholly within the UK');
* two classes included in a third, "every mammal and every fish is a vertebrate", or one in two, "every square is
  both a rectangle and a rhombus";
* a chain of class inclusions — "every X is a Y and every Y is a Z": the middle class is the subject of
  the next inclusion, which no other science's description does ("every angle is a right angle" names
  no chain).
"""
from __future__ import annotations

import re

__all__ = ["asks_for_sets"]

_N = r"(?:two|three|four|five|2|3|4|5)"
_MARKERS = re.compile(
    rf"(?i)\b(?:as\s+(?:{_N}\s+)?(?:nested\s+|disjoint\s+|overlapping\s+|separate\s+)?sets\b(?!\s+of\b)"
    r"|(?:nested|disjoint|non-?overlapping|overlapping|intersecting)\s+sets\b(?!\s+of\b)"
    rf"|(?:draw|show|sketch|plot|illustrate)\s+(?:(?:the|these|those|both)\s+)?(?:{_N}\s+)?sets\b(?!\s+of\b)"
    rf"|\bthe\s+(?:{_N}\s+)?sets\s+(?-i:[A-Z])"
    r"|(?:is|are)\s+(?:an?\s+)?(?:proper\s+)?(?:subsets?|supersets?)\s+of\b"
    r"|universal\s+set\b"
    # "a diagram of sets", "the set Rocky (Mercury, …)": the figure, or a set named by its own name
    r"|\bdiagram\s+of\s+(?:the\s+)?sets\b(?!\s+of\b)|\bthe\s+set\s+(?-i:[A-Z][a-z]+)\b(?!\s+of\b)"
    # classes named in capitals drawn as regions of a set diagram: "Draw Rhombuses and Rectangles as two
    # overlapping regions", "Squares, Rectangles and Quadrilaterals as nested circles" (a class is no figure
    # of its own: a geometry figure is one shape, never "Rectangles" drawn as a region)
    rf"|(?-i:[A-Z][a-z]{{2,}}s)\s+as\s+(?:(?:{_N}\s+)?(?:nested|overlapping|intersecting|disjoint|separate|non-?overlapping)"
    rf"\s+|{_N}\s+)(?:regions?|circles?|ovals?|ellipses?|curves?|rings?)\b"
    # classes named in capitals listed as the circles of the figure: "Two circles: Tea and Coffee", "three sets -
    # Maths, Physics and Chemistry" (a geometry text names its circles by letters)
    rf"|\b{_N}\s+(?:circles|sets|ovals|regions)\s*(?::|[-–—]{{1,2}}|,)\s*(?-i:[A-Z][a-z]{{2,}})(?:\s*,\s*(?-i:[A-Z][a-z]{{2,}}))*"
    r"\s*,?\s*(?:and|&)\s+(?-i:[A-Z][a-z]{2,})"
    # a class named in capitals drawn as one closed curve: "draw LETTERS as a big circle", "show Mammals as one
    # region" (a plural is no single shape: the curve is the class's region)
    rf"|(?-i:[A-Z][A-Za-z]{{2,}}[sS])\s+as\s+(?:an?|one|a\s+single)\s+(?:(?:big|large|huge|small|little)\s+)?"
    r"(?:region|circle|oval|ellipse|ring)\b)")
# "Squares ⊂ Rectangles": a subset or superset symbol between two classes named in capitals (a capital and two
# lower-case letters at least, so never the point names of a geometry text)
_SYMBOL_IN = re.compile(r"(?<![\w])[A-Z][a-z]{2,}\s*[⊂⊆⊊⊃⊇⊋]\s*[A-Z][a-z]{2,}(?![\w])")
# two classes included in one, "every mammal and every fish is a vertebrate": class inclusions only set
# diagrams state
_BOTH_IN = re.compile(r"(?i)\bevery\s+[a-z]{3,}\s+and\s+every\s+[a-z]{3,}\s+(?:is|are)\s+an?\s+[a-z]{3,}")
# one class included in two, "every square is both a rectangle and a rhombus", "all squares are both rectangles and
# rhombuses": the class lies in the two classes' intersection, a class inclusion only set diagrams state
_IN_BOTH = re.compile(r"(?i)\b(?:every|each|any)\s+[a-z]{3,}\s+is\s+(?:also\s+)?both\s+an?\s+[a-z]{3,}\s+and\s+an?\s+[a-z]{3,}"
                      r"|\ball\s+[a-z]{3,}s\s+are\s+(?:also\s+)?both\s+[a-z]{3,}s?\s+and\s+[a-z]{3,}s?\b")
# (a class may be named by two words: "every integer is a rational number, and every rational number is a real number")
_CLASS_NP = r"[a-z]{3,}(?:\s+[a-z]{3,})?"
_CHAIN = re.compile(rf"(?i)\bevery\s+({_CLASS_NP})\s+is\s+an?\s+({_CLASS_NP})\b[^.;:!?]{{0,40}}?\bevery\s+(\2)\s+is\s+an?\s+[a-z]{{3,}}")
# a chain of three classes named in capitals, each inside the next: "Naturals inside Integers inside Rationals",
# "Squares within Rectangles within Quadrilaterals" — nesting of classes (a geometry or cell text nests single
# shapes or parts, named in the singular)
_NESTED = re.compile(r"(?<![\w])(?:[A-Z][a-z]{2,}s\s+(?:inside|within|in|⊂|⊆)\s+){2,}[A-Z][a-z]{2,}s(?![\w])")


def asks_for_sets(text: str) -> bool:
    """True when ``text`` asks for a set diagram by how it speaks of sets, not by what they are named."""
    from .sets_declared import definition_list   # '(b) "Britain" means …, which lies wholly within the UK'
    return bool(_MARKERS.search(text) or _CHAIN.search(text) or _NESTED.search(text) or _BOTH_IN.search(text)
                or _IN_BOTH.search(text)
                or _SYMBOL_IN.search(text)
                or definition_list(text))
