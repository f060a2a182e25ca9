"""Nuclei split evenly over sites (``nesy.microscopy.v1``): "16 nuclei split evenly over 3 wells", "a 3-well panel:
16 nuclei, split evenly so that every well holds the same number of whole nuclei", "12 nuclei in 4 equal groups".

An even split of a count n over k sites says n = k · m for a whole m (a site holds whole nuclei): arithmetic, proved
by the law check against the count stated, like a parity (``microscopy_arith``). "16 nuclei split evenly over 3 wells"
is impossible, naming the count, the sites and the evenness. Read as it stood, the number of sites "counted
nothing" (a refusal that never said why the text cannot be drawn) or the text was not recognised at all.

The sites themselves (wells, groups, panels) are not drawn: only the total is, and the divisibility is checked; the
site's noun stays unread, so the figure lists it as not drawn.

``split_items(text)`` gives items (start, end, tag, value): ``SPLITK`` over the sites' number (value k; read into the
split, never a count of nuclei) and ``SPLIT`` over the evenness phrase (value {"k", "sites": span of the number and
its noun}). Nothing is read unless the text states both an evenness and exactly one number of sites.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["split_items"]

_NUM = (r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"twenty|twenty[\s-]four|thirty[\s-]two|forty[\s-]eight|ninety[\s-]six")
_SITE = (r"(?:wells?|groups?|fields?|panels?|quadrants?|regions?|images?|tiles?|slides?|dishes|dish|chambers?|"
         r"compartments?|sections?|parts?|portions?|clusters?|patches|patch|islands?|spots?|squares?|sectors?|"
         r"zones?|areas?|sets?|batches|batch|bins?)")
# "3 wells", "3-well panel", "three equal groups", "each of the 3 wells": the number of sites
_SITES_RX = re.compile(rf"(?i)(?<![\w.,-])(?P<k>{_NUM})(?P<noun>(?:[\s-]+(?:equal|equally[\s-]sized|even|identical|"
                       rf"same[\s-]sized|separate|different))?[\s-]+{_SITE})(?![\w-])")
_EVEN = r"(?:evenly|equally|uniformly|fairly|in\s+equal\s+(?:numbers|shares|parts|portions))"
_SPLIT_V = r"(?:split|divided?|distributed?|spread(?:\s+out)?|shared?|partitioned|partition|apportioned|apportion|" \
           r"allocated?|allotted|allot|spaced|sorted|sort|dealt|deal|placed|place|arranged|arrange|put)"
# the evenness: "split evenly", "divided equally among", "every well holds the same number of (whole) nuclei", "the
# same number of nuclei in each well", "equal groups" (the "equal" of the sites' phrase), "an equal number per well"
_EVEN_RX = re.compile(
    rf"(?i)(?<![\w-])(?:(?:{_SPLIT_V}|splitting|dividing|distributing|spreading|sharing)\s+(?:them\s+|it\s+|these\s+)?{_EVEN}"
    rf"|{_EVEN}\s+{_SPLIT_V})(?:\s+(?:over|into|among|amongst|across|between|in|to|on)(?:\s+(?:the|each\s+of\s+the|all))?(?=\s))?"
    # "divide 18 nuclei equally into 4 groups": the adverb and its preposition, the verb before the count
    rf"|(?<![\w-]){_EVEN}\s+(?:over|into|among|amongst|across|between)(?:\s+(?:the|each\s+of\s+the|all))?(?=\s)"
    rf"|(?<![\w-])(?:(?:so\s+that|such\s+that|so|with|where|and|i\.e\.)\s+)?(?:every|each)\s+(?:one\s+|single\s+)?{_SITE}\s+"
    rf"(?:holds|has|contains|gets|receives|shows|having|holding|containing|getting|with|should\s+hold|should\s+have|"
    rf"must\s+hold|must\s+have|will\s+hold|will\s+have)\s+(?:the\s+same|an\s+equal|equal)\s+(?:number|count|amount|share)"
    rf"(?:\s+of\s+(?:whole\s+|intact\s+|complete\s+)?(?:nuclei|nucleus|them))?(?![\w-])"
    rf"|(?<![\w-])(?:the\s+same|an\s+equal|equal)\s+(?:number|count|amount|share)\s+(?:of\s+(?:whole\s+)?(?:nuclei|them)\s+)?"
    rf"(?:in|per|for|on|to)\s+(?:each|every)\s+(?:one\s+|single\s+)?(?:of\s+the\s+)?(?:\w+\s+)?{_SITE}(?![\w-])")
_EQUAL_SITES_RX = re.compile(r"(?i)(?:equal|equally[\s-]sized|even|identical|same[\s-]sized)")


def split_items(text: str) -> list[tuple[int, int, str, Any]]:
    """The items of an even split of the nuclei over sites (see the module), or none."""
    from ..parse.words import read_number
    sites = list(_SITES_RX.finditer(text))
    evens = [(m.start(), m.end()) for m in _EVEN_RX.finditer(text)]
    # "in 3 equal groups": the sites' own "equal" is the evenness
    evens += [(m.start("noun"), m.end("noun")) for m in sites if _EQUAL_SITES_RX.search(m.group("noun"))]
    if not evens:
        return []
    ks = {(m.start(), m.end()): m for m in sites}
    if len(ks) != 1:
        return []        # no number of sites, or several: nothing read here (the count reader says what it cannot)
    m = next(iter(ks.values()))
    k_txt = re.sub(r"[\s-]+", " ", m.group("k").lower())
    k = int(read_number(k_txt)) if not k_txt.isdigit() else int(k_txt)
    if k < 1:
        return []
    sites_span = {"text": text[m.start():m.end()], "start": m.start(), "end": m.end()}
    out: list[tuple[int, int, str, Any]] = [(m.start("k"), m.end("k"), "SPLITK", k)]
    for a, b in sorted(set(evens)):
        if a >= m.start("k") and b <= m.end():
            continue     # the sites' own "equal": read with the number, kept unread as their noun
        out.append((a, b, "SPLIT", {"k": k, "sites": sites_span}))
    if len(out) == 1:
        eq = _EQUAL_SITES_RX.search(m.group("noun"))
        out.append((m.start("noun") + eq.start(), m.start("noun") + eq.end(), "SPLIT", {"k": k, "sites": sites_span}))
    return out
