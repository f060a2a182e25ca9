"""Sets named in lower case: "draw a venn diagram with chess and drama overlapping and band completely inside
drama" (requests-14 sets-09, refused: the grammar reads a set's name by its capital, as Rosen writes A, B, C).

In a text that asks for a Venn or Euler diagram, or speaks of sets or circles, a lower-case word standing where a
relation between sets puts its sets — "<x> and <y> overlap(ping)", "<x> (completely) inside <y>", "<x> is a subset
of <y>", "<x> and <y> are disjoint" — is a set's name. ``capitalised`` returns the text with every whole-word use
of such names capitalised (same length, so every span still points into the user's text), or None when the text
has no such slots or already names its sets in capitals."""
from __future__ import annotations

import re

__all__ = ["capitalised", "figure_with"]

_CUE = re.compile(r"(?i)\b(?:venn|euler|sets?|circles?|regions)\b")
_W = r"([a-z][a-z\-]{2,})"
_NOUN = r"(?:numbers|people|ones)"   # the noun after a set's name: "odd numbers and even numbers"
_SLOTS = (
    re.compile(rf"\b{_W}\s+and\s+{_W}\s+(?:are\s+|both\s+)?(?:overlap(?:ping|s)?|intersect(?:ing|s)?|disjoint|"
               r"separate|apart)\b"),
    re.compile(rf"\b{_W}\s+(?:(?:is|lies|sits|goes|being|completely|entirely|fully|wholly|all)\s+){{0,2}}"
               rf"(?:inside|within)\s+(?:of\s+)?{_W}\b"),
    re.compile(rf"\b{_W}\s+(?:is\s+)?(?:an?\s+)?(?:proper\s+)?(?:subset|superset)\s+of\s+{_W}\b"),
    # (session 32) a negated overlap, "odd and even dont overlap"; "primes overlaps odd"; the regions named in a row
    # after the figure's noun, "the three regions odd even primes"
    re.compile(rf"\b{_W}(?:\s+{_NOUN})?\s+and\s+{_W}(?:\s+{_NOUN})?\s+(?:(?:obviously|clearly|just|simply)\s+)?"
               r"(?:do\s*n[o'’]?t|dont|do\s+not|never)\s+"
               r"(?:overlap|intersect|meet|touch)\b"),
    re.compile(rf"\b{_W}\s+(?:overlaps|intersects)\s+(?:with\s+)?{_W}\b"),
    re.compile(rf"\b(?:regions|sets|circles)\s*:?\s+{_W},?\s+(?:and\s+)?{_W},?\s+(?:and\s+)?{_W}(?=\s*(?:[.!?:;]|$))"),
    re.compile(rf"\b{_W}\s+(?:(?:sits?|lies?|spreads?|cuts?|is|are)\s+(?:across|over)|spans?|straddles?)\s+both\b"),
    # "dogs is disjoint from cats", "… but disjoint from dogs": the set after "from" (the word before may be no name)
    re.compile(rf"\b{_W}\s+(?:(?:is|are|being|completely|entirely|totally)\s+){{0,2}}(?:disjoint|separate|apart)\s+from\s+{_W}\b"),
    # the sets listed after their count: "Two sets, dogs and mammals:", "three sets: tea, coffee and juice"
    re.compile(rf"\b(?:two|three|four|five|[2-5])\s+sets\s*[,:]\s*{_W}(?:\s*,\s*{_W})?(?:\s*,\s*{_W})?\s*,?\s+and\s+{_W}\b"),
    # a set added to the figure: "Add cats as well", "include birds too"
    re.compile(rf"\b(?i:add|include|plus)\s+(?:the\s+set\s+(?:of\s+)?|a\s+set\s+(?:of\s+|for\s+)?)?{_W}\b(?=\s+(?:as\s+well|too|also)\b)"),
)
_NOT_NAMES = frozenset({"the", "and", "them", "they", "those", "these", "both", "each", "other", "all", "set", "sets",
                        "circle", "circles", "diagram", "venn", "euler", "one", "two", "three", "its", "their",
                        "everything", "something", "nothing", "which", "that", "this", "with", "draw", "completely",
                        "entirely", "fully", "are", "not", "also", "then", "put", "place", "region", "regions",
                        "isnt", "arent", "either", "neither", "nor", "one", "numbers", "people", "ones", "things", "but", "yet",
                        "while", "whereas", "though"})


# a text that names its sets otherwise — by letters or labels ("cats inside mammals. Label them C and M", "called E,
# Z and Q respectively") — has its own names: its lower-case nouns are what the sets hold (``sets_words``)
_OWN_NAMES = re.compile(r"(?<![\w'’])[A-Z](?![\w'’])|(?i:\b(?:label(?:led|ed|s)?|called|named|respectively)\b)")


def capitalised(text: str) -> str | None:
    if not _CUE.search(text) or _OWN_NAMES.search(text):
        return None
    names: list[str] = []
    for rx in _SLOTS:
        for m in rx.finditer(text):
            for w in m.groups():
                if w and w not in _NOT_NAMES and w not in names:
                    names.append(w)
    if len(names) < 2:
        return None
    out = text
    for w in names:
        out = re.sub(rf"(?<![\w-]){re.escape(w)}(?![\w-])", w[0].upper() + w[1:], out)
        # "odd numbers and even numbers": the noun after a set's name is part of its name (blanked, same length)
        out = re.sub(rf"(?<![\w-])({w[0].upper() + re.escape(w[1:])})\s+(numbers|people|ones)\b",
                     lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), out)
    return out if out != text else None


# "a venn diagram with Chess and Drama overlapping and Band inside Drama": "with" after the figure's own noun says
# what the figure shows, not that one set holds another — read as containment, the overlap of the sets it lists
# was lost and the figure verified without it (requests-14 sets-09)
_FIGURE_WITH = re.compile(r"(?i)\b(?:venn\s+|euler\s+)?(?:diagram|figure|picture|drawing|sketch|image)\s+(with)\s+"
                          r"(?=(?:the\s+)?(?:sets?\s+|circles?\s+)?[A-Za-z][\w-]*\s+(?:and|,)\s)")


def figure_with(text: str) -> str | None:
    """The text with each such "with" blanked (same length), or None when it has none."""
    out = list(text)
    for m in _FIGURE_WITH.finditer(text):
        out[m.start(1):m.end(1)] = " " * (m.end(1) - m.start(1))
    res = "".join(out)
    return res if res != text else None
