"""Sets: two readings of a word problem's counts that hang on a word's role, not on its spelling.

*An adjective before a counted noun is an intersection.* "20 are puppies, 15 are black, and 6 are black
puppies": a black puppy is a member of both the black ones and the puppies — an intersective adjective
denotes a set, and "black N" is [[black]] ∩ [[N]] (Kamp & Partee, "Prototype theory and compositionality",
*Cognition* 57 (1995) §2.1; Partee, "Lexical semantics and compositionality", 1995 §3). So "N are/were
W X", where W and X each name a set that another count of the same text states on its own ("15 are
black", "20 are puppies"), counts |W ∩ X| = N (Rosen, *Discrete Mathematics and Its Applications*, 7th
ed., §2.2). When either word is no other count's set ("6 are small puppies" with no "… are small"),
nothing changes: the phrase stays a count of X alone, as before.

*The universal set's letter is the one the text names so.* "n(S) = 12" is the universe only when S is
the letter the text calls the universal set ("the universal set S", "S is the universal set", "ξ = …");
when the text names another letter the universe ("… with the universal set U … and the sets F and
S"), S is a set like any other. Only where no letter is named does the customary choice stand (U or ξ;
E or S beside the word "universal").
"""
from __future__ import annotations

import re

__all__ = ["universe_letter", "intersective"]

_L = r"(?-i:[A-Zξ])"


def universe_letter(text: str) -> str | None:
    """The one letter the text names its universal set ("the universal set $U$", "U is the universe",
    "universal set U = {…}"), or None when it names none (or several)."""
    plain = text.replace("$", "")
    found = set()
    for m in re.finditer(rf"\b(?:universal\s+set|universe)\s*(?:is\s+|=\s*|,\s*)?({_L})(?![\w])"
                         rf"|(?<![\w])({_L})\s*(?:is|=|be|denotes|as)\s+(?:the\s+|a\s+)?(?:universal\s+set|universe)\b",
                         plain, re.IGNORECASE):
        found.add(m.group(1) or m.group(2))
    return found.pop() if len(found) == 1 else None


def _key(w: str) -> str:
    from .sets_counts import _lemma
    return _lemma(w)


_PHRASE = re.compile(r"\b(?P<n>\d{1,6})\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?(?:are|were|is|was)\s+"
                     r"(?:(?:also|all)\s+)?[a-z][a-z\-]{1,20}\s+[A-Za-z][a-z\-]{1,20}\b")


def intersective(stmts: list, text: str = "") -> None:
    """Rewrite "N are W X" (W and X each another count's set) as the count of W ∩ X, in place; such a phrase
    no reader took ("7 are red sedans": "red" is no verb) is added as that count."""
    from .sets_counts import CountStatement
    for m in _PHRASE.finditer(text):
        if not any(t.start < m.end() and m.start() < t.end for t in stmts):
            st = CountStatement(("set", "?"), int(m.group("n")), m.start(), m.end(), m.group())
            stmts.append(st)
    alone: dict[str, str] = {}
    for s in stmts:
        if s.what[0] == "set" and len(s.what) == 2 and s.what[1] != "?":
            alone.setdefault(_key(s.what[1]), s.what[1])
    for s in stmts:
        if s.what[0] != "set":
            continue
        m = re.fullmatch(r"\S+\s+(?:of\s+(?:them|these|those|the\s+\w+)\s+)?(?:\w+\s+)?(?:are|were|is|was)\s+"
                         r"(?:(?:also|all)\s+)?([a-z][a-z\-]{1,20})\s+([A-Za-z][a-z\-]{1,20})", s.text.strip(), re.IGNORECASE)
        if not m:
            continue
        w, x = _key(m.group(1)), _key(m.group(2))
        if w == x or w not in alone or x not in alone:
            continue
        others = [t for t in stmts if t is not s and t.what[0] == "set" and t.what[1] != "?"]
        if not any(_key(t.what[1]) == w for t in others) or not any(_key(t.what[1]) == x for t in others):
            continue
        s.what = ("both", alone[w], alone[x])
    stmts[:] = [s for s in stmts if s.what != ("set", "?")]   # an added phrase that names no intersection
    stmts.sort(key=lambda s: s.start)
