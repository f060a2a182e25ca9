"""A count said after its noun, and "the former" / "the latter": read as the plain statement they make.

English can give a count after the things it counts, with a counting verb or "in number" —

    "mitochondria numbering 4", "lysosomes, totalling five", "the chloroplasts number 3", "resistors, three in number",
    "chloroplasts evenly spread, counted 6" (a few words on how they lie between, set off by a comma)

— and can name again the first or the second of two things just coordinated with "the former" and "the latter":

    "mitochondria and chloroplasts, the former numbering 4 and the latter 3"

Each science reads a count before its noun ("4 mitochondria"). ``former_latter`` rewrites "the former" / "the
latter" as a copy of the user's own words for the first / second conjunct of the last coordination of nouns before
it (found with nesy's dependency parser); ``counts_after`` rewrites "<plural noun> <counting verb> <n>" as "<n>
<noun>", with the gapped conjunct that follows it ("… and the latter 3", the verb elided) read the same way. What
either leaves is read by the sciences as before; each rewritten phrase maps back to the user's words
(``structured._rewrite``).

Grammar: Huddleston & Pullum, *The Cambridge Grammar of the English Language* (2002), ch. 17 §7 ("the former" /
"the latter" as anaphors of the first and the last of two coordinates) and ch. 15 §4.2 (gapping: the verb of a
later coordinate left out); *number* as a verb, "amount to (a total of)": OED s.v. number, v. 4; total, v. 2.
"""
from __future__ import annotations

import functools
import re

from .markup import Normalized

__all__ = ["former_latter", "counts_after"]

_FORMER = re.compile(r"(?i)\b(?P<det>the)\s+(?P<which>former|latter)\b(?!\s*-)")


def former_latter(norm: Normalized) -> tuple[list, list]:
    """Edits (``structured._rewrite``'s) replacing the word "former" / "latter" of "the former" / "the latter"
    by the first / second conjunct's words; none where no coordination of two nouns stands before it."""
    text = norm.text
    hits = [m for m in _FORMER.finditer(text)]
    if not hits:
        return [], []
    from .nlp import get_language
    doc = get_language()(text)
    edits = []
    for m in hits:
        a, b = m.span("which")
        tok = next((t for t in doc if t.idx == a), None)
        if tok is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.text.lower() not in ("one", "ones") \
                and not _verb_after(doc, nxt):
            continue      # "the former nucleus": the adjective (earlier), no anaphor
        pair = _last_pair(doc, tok.i)
        if pair is None:
            continue
        first, second = pair
        pieces = first if m.group("which").lower() == "former" else second
        if text[pieces[0][0]].isupper():
            edits.append((m.start("det"), b, pieces))     # a name: "the former" → "Phobos", not "the Phobos"
        else:
            edits.append((a, b, pieces))
    return edits, []


def _np(tok) -> tuple[int, int]:
    """The character span of ``tok``'s noun with its compound and adjective modifiers just before it."""
    left = tok
    for c in sorted(tok.lefts, key=lambda t: -t.i):
        if c.dep_ in ("compound", "amod") and c.i == left.i - 1:
            left = c
    return left.idx, tok.idx + len(tok.text)


def _verb_after(doc, nxt) -> bool:
    """Whether ``nxt``, tagged a noun after "the former"/"the latter", is the anaphor's verb: a counting verb before
    a number ("the latter number three") or an -s form followed by an adverb, preposition or number ("the former
    orbits closer in"); the small parser tags such verbs as plural nouns."""
    low = nxt.text.lower()
    if low in _COMPARATIVES:
        return True           # "the latter farther out": a gapped clause, its verb left out
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if after is None:
        return False
    if low in ("number", "total", "totals") and after.like_num:
        return True
    return low.endswith("s") and _plural(low) and after.pos_ in ("ADV", "ADP", "NUM", "ADJ")


# comparatives the small parser may tag as nouns after "the latter" ("the latter farther out", "the former closer")
_COMPARATIVES = frozenset({"farther", "further", "closer", "nearer", "higher", "lower", "larger", "smaller", "bigger",
                           "inner", "outer", "faster", "slower", "deeper", "wider", "longer", "shorter", "heavier",
                           "lighter", "brighter", "hotter", "colder", "denser"})
# words that are never a conjunct of a coordination of things
_NOT_THING = ("DET", "ADP", "PRON", "AUX", "PART", "NUM", "PUNCT", "SCONJ", "CCONJ", "SYM", "INTJ")


def _last_pair(doc, before: int) -> tuple[list, list] | None:
    """The last two things coordinated ("X and Y", "X or Y") before token ``before``, in the same sentence or the one
    before it: read from the surface (the words either side of the conjunction), since the small parser may tag
    "tungsten and copper" a verb and an adjective."""
    sent = doc[before].sent
    prev = [s for s in doc.sents if s.end <= sent.start]
    lo = prev[-1].start if prev else sent.start
    for j in range(before - 1, lo, -1):
        if doc[j].text.lower() not in ("and", "or") or j + 1 >= before:
            continue
        x = doc[j - 1] if doc[j - 1].text != "," or j < 2 else doc[j - 2]
        k = j + 1
        if doc[k].pos_ == "DET" and k + 1 < before:
            k += 1        # "a concave and a convex mirror": the second conjunct after its article
        y = doc[k]
        if x.i < lo or x.pos_ in _NOT_THING or y.pos_ in _NOT_THING or not (x.is_alpha and y.is_alpha):
            continue
        head = y.head
        if k == j + 2 and x.i > 0 and doc[x.i - 1].pos_ == "DET" and y.dep_ in ("amod", "compound") \
                and y.i < head.i < before and head.pos_ in ("NOUN", "PROPN"):
            # one noun shared by two modifiers, each with its article ("a concave and a convex mirror", "a plant and
            # an animal cell"): each conjunct is its modifier with that noun
            n = (doc[y.i + 1].idx, head.idx + len(head.text))
            return [(x.idx, x.idx + len(x.text)), " ", n], [(y.idx, y.idx + len(y.text)), " ", n]
        while y.dep_ in ("amod", "compound") and y.i < y.head.i < before:
            y = y.head    # "… and white blood cells": the conjunct is the phrase's noun, with its modifiers
        return [_np(x)], [_np(y)]
    return None


@functools.lru_cache(maxsize=1)
def _count_rx() -> tuple[re.Pattern, re.Pattern]:
    from .words import number_words_rx
    count = rf"(?:\d+(?![.,]?\d)|{number_words_rx()})"
    verb = (r"(?:numbering|number|numbered|totall?ing|totals?|totall?ed|amounting\s+to|amount\s+to|"
            r"coming\s+to|come\s+to|counted)")
    end = r"(?=\s*(?:[,.;:)!?]|\band\b|$))"
    noun = (r"(?P<det>(?:the|these|those|its|their)\s+)?(?!(?:and|or|but|with|of|the|in|on|at|to|for|from|by|its|"
            r"their|some|many|few|all)\b)(?P<noun>[A-Za-z][\w-]{2,})")
    # (a few words on how they lie may stand between, set off by a comma: "chloroplasts evenly spread, counted 6")
    between = r"(?:(?:\s+(?!(?:and|or|but|with|of)\b)[^\W\d_][\w.'-]*){1,4}\s*,)?"
    first = re.compile(rf"(?i)\b{noun}{between}\s*,?\s+(?:{verb}\s+(?P<n>{count})|(?P<n2>{count})\s+in\s+"
                       rf"(?:number|total)){end}")
    gap = re.compile(rf"(?i)\s*,?\s*and\s+(?P<det>(?:the|these|those)\s+)?(?P<noun>[A-Za-z][\w-]{{2,}})\s+"
                     rf"(?P<n>{count}){end}")
    return first, gap


def _plural(word: str) -> bool:
    from .lemmas import lemma_table
    low = word.lower()
    if low.endswith(("ing", "ed")):
        return False
    lem = lemma_table().get(low)
    if lem is not None:
        return lem != low
    # a word the table lacks ("peroxisomes"): a regular plural in -s
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous"))


def counts_after(norm: Normalized) -> tuple[list, list]:
    """Edits (``structured._rewrite``'s) putting each count said after its plural noun before it."""
    text = norm.text
    if not re.search(r"(?i)number|total|amount|come|coming|counted", text):
        return [], []
    first, gap = _count_rx()
    edits = []
    for m in first.finditer(text):
        if not _plural(m.group("noun")):
            continue
        n = m.span("n") if m.group("n") else m.span("n2")
        det = [m.span("det")] if m.group("det") else []
        edits.append((m.start(), m.end(), det + [n, " ", m.span("noun")]))
        g = gap.match(text, m.end())
        if g and _plural(g.group("noun")):
            det = [g.span("det")] if g.group("det") else []
            edits.append((g.start("det") if g.group("det") else g.start("noun"), g.end(),
                          det + [g.span("n"), " ", g.span("noun")]))
    return edits, []
