"""A negated touching statement, for ``nesy.microscopy.v1``: "they are not touching each other", "none of which
should touch", "no nucleus touches another", "never touching", "none are in contact".

A touching predicate in the scope of a negation says that no two nuclei touch — the same stated fact as "well
separated", drawn (every pair of nuclei apart) and checked on the pixels (every nucleus its own object). Read
as a plain touching phrase it asked "which nuclei touch?", refusing a correct request, or (worse) made a
cluster. The scope is read from the sentence's structure, not from a list of whole phrases: the negator
(not, n't, never, no, none, neither, nor, without) stands in the same clause as the predicate and before it,
the clause running from the last break (a comma, semicolon, colon, full stop, or a coordinating "and", "but",
"while", "whereas") to the predicate — the clause-bounded scope of sentential negation in English
(Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 9 §1-3: a negator's scope
is the clause it stands in, and a negative determiner in the subject, "no nucleus", "none of them", negates
the clause). A negator that quantifies instead of negating ("no more than two", "not all", "not only") leaves
the predicate as it is. The reciprocal after the verb ("each other", "one another", "any other", "another")
belongs to the predicate.
"""
from __future__ import annotations

import re
from typing import Any, Callable

__all__ = ["negated_touching", "reciprocals"]

_NEG = re.compile(r"(?<![\w-])(?:not|never|no|none|neither|nor|without|cannot|non(?=\s+of\b))(?![\w-])|n['’]t(?![\w-])",
                  re.I)                                    # ("non of them": a typed "none")
# negators that quantify or contrast rather than negate the predicate
_NOT_NEG = re.compile(r"\s*(?:more|fewer|less|only|all|every|just|longer)\b", re.I)
# English modals and auxiliaries that carry the negation of a verb group (Huddleston & Pullum 2002, ch. 3 §2)
_AUX = frozenset({"must", "should", "shall", "may", "might", "can", "could", "will", "would", "do", "does", "did",
                  "is", "are", "was", "were", "be", "been", "being", "need", "ought"})
_BREAKS = (",", ";", ".", ":", "and", "but", "while", "whereas")
_RECIP = re.compile(r"\s*(?:with\s+)?(?:each\s+other|one\s+another|any\s+other(?:\s+nucle(?:us|i))?|another(?:\s+nucleus)?|"
                    r"one\s+other|the\s+others?)(?![\w-])", re.I)
# items a negated subject may hold between the negator and the predicate ("no nucleus", "none of which",
# "no two of them"): read as part of the statement
_SUBJECT_TAGS = ("NUM", "NUC", "PART", "OTHER", "IMG", "PAIRS")   # ("not a single pair touching")


def negated_touching(items: list[Any], unknown: list[tuple[str, int, int]], text: str,
                     make: Callable[..., Any]) -> tuple[list[Any], list[tuple[str, int, int]]]:
    """``items`` with every touching predicate (``TOUCH``) in a negated clause made one ``NOTOUCH`` item that
    spans the negator, the predicate and its reciprocal; the negator words leave ``unknown``. ``make`` builds
    an item (``_Item(tag, value, start, end, text)``)."""
    out = list(items)
    k = 0
    while k < len(out):
        it = out[k]
        if it.tag != "TOUCH":
            k += 1
            continue
        c0, j = 0, k - 1
        while j >= 0:
            if out[j].tag == "BR" and out[j].text.lower() in _BREAKS:
                c0 = out[j].end
                break
            j -= 1
        neg = [m for m in _NEG.finditer(text, c0, it.start) if not _NOT_NEG.match(text, m.end())]
        if not neg:
            k += 1
            continue
        a = neg[0].start()
        between = [q for q in range(j + 1, k) if out[q].start >= a]
        if any(out[q].tag not in _SUBJECT_TAGS for q in between) or any(
                out[q].tag == "NUM" and out[q].start > a and out[q].text.lower() not in (
                    "two", "2", "one", "any", "a", "an", "a single", "single", "one single")
                for q in between):
            k += 1                       # a count or another property inside: not a plain negated predicate
            continue
        b = it.end
        rc = _RECIP.match(text, b)
        if rc:
            b = rc.end()
        drop = set(between) | {q for q in range(k + 1, len(out)) if out[q].start < b}
        new = make("NOTOUCH", None, a, b, text[a:b])
        first = min(drop | {k})
        out = [x for q, x in enumerate(out) if q not in drop and q != k]
        out.insert(first, new)
        # the negator and the modal or auxiliary of its verb group ("must not", "should never") are the statement's
        unknown = [u for u in unknown if not (a <= u[1] and u[2] <= b) and not (
            c0 <= u[1] and u[2] <= it.start and u[0].lower() in _AUX)]
        k = first + 1
    return out, unknown


# a predicate of pairs of nuclei that a reciprocal may follow ("not overlapping one another", "apart from each other")
_PAIR_TAGS = ("TOUCH", "NOTOUCH", "NOOVER", "OVEROK", "SEP")
_RECIP_ONLY = re.compile(r"\s*(?:(?:with|from|to|against|on|over)\s+)?(?:each\s+other|one\s+another)(?![\w-])", re.I)
_ONE_ANOTHER = re.compile(r"(?:one)\s+another(?![\w-])", re.I)


def reciprocals(items: list[Any], unknown: list[tuple[str, int, int]], text: str,
                make: Callable[..., Any]) -> tuple[list[Any], list[tuple[str, int, int]]]:
    """``items`` with the reciprocal pronoun "one another" / "each other" read as what it is: the object of the pair
    predicate before it ("none of them touching one another", "that do not overlap one another"), joined to that
    item; elsewhere its "one" is no count — the reciprocal is one pronoun (Huddleston & Pullum 2002, ch. 17 §3.2,
    "each other" and "one another" are compound reciprocal pronouns), so it is left unread, listed as not drawn
    with the words around it. Read as a count, "one" of "one another" was refused as counting nothing."""
    out: list[Any] = []
    for it in items:
        if out and out[-1].tag in _PAIR_TAGS:
            m = _RECIP_ONLY.match(text, out[-1].end)
            if m and it.start < m.end():
                prev = out.pop()           # the reciprocal the pair predicate's phrase did not take in
                a, b = prev.start, max(m.end(), prev.end)
                out.append(make(prev.tag, prev.value, a, b, text[a:b]))
                continue
        if it.tag == "NUM" and it.text.lower() == "one" and _ONE_ANOTHER.match(text, it.start):
            m = _ONE_ANOTHER.match(text, it.start)
            if not any(u[1] == it.start for u in unknown):
                unknown = sorted(unknown + [(text[it.start:m.end()], it.start, m.end())], key=lambda u: u[1])
            continue
        if out and out[-1].tag in _PAIR_TAGS and it.start < out[-1].end:
            continue                       # (inside the predicate's phrase, once it took the reciprocal in)
        out.append(it)
    # the words of a reciprocal taken into a predicate are read
    taken = [(x.start, x.end) for x in out if x.tag in _PAIR_TAGS]
    unknown = [u for u in unknown if not any(a <= u[1] and u[2] <= b for a, b in taken)]
    return out, unknown
