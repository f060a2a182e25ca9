"""A condition's word naming a measurement, not describing nuclei (``nesy.microscopy.v1``).

"the mitotic index", "a mitotic-rate measurement", "the apoptotic fraction", "for a mitotic index assay": an
adjective of a condition right before a noun of measure (index, rate, ratio, fraction, …) is the modifier of a
noun compound that names a quantity measured on the image (the mitotic index is the fraction of cells in
mitosis: Alberts et al., *Molecular Biology of the Cell*, 6th ed., 2015, ch. 17), not a property of nuclei to
draw (Huddleston & Pullum, *The Cambridge Grammar of the English Language*, 2002, ch. 5 §14, compound nouns).
Read as the nuclei's, "mitotic" asked "which nuclei?" and a text that said which nuclei divide ("Of the 60
nuclei …, 6 were dividing") was refused.

``measure_names(items, unknown, ignored, text, item_cls)`` turns such an adjective into an ``IMG`` item (read: it
names what the image is for, nothing drawn) and reads the measure's noun as context (ignored, not unknown). A
measure given a value ("a high mitotic index", "a mitotic index of 10 %") says how many nuclei divide without a
count nesy reads: the phrase is left unread, and the figure lists it as not drawn.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["measure_names"]

_ADJ_TAGS = ("MITO",)    # a size or brightness word before "fraction" is a quantity's ("a small fraction of them")
# a value given to the measure ("a high mitotic index", "a mitotic index of 10 %"): what it says of the nuclei is not
# drawn, so the phrase is left unread (listed as not drawn), never read as a mere name
_DEGREE_RX = re.compile(r"(?i)(?<![\w-])(?:very\s+)?(?:high|higher|highest|low|lower|lowest|elevated|increased|reduced|"
                        r"decreased|raised|normal|large|small|big|greater|smaller|larger)\s+$")
_VALUE_RX = re.compile(r"(?i)\s*(?:of|=|:|is|was|around|about|near|at|~|≈|equal\s+to|equals)\s*(?:about\s+|around\s+|"
                       r"roughly\s+|~\s*)?\d")
# nouns of a measured quantity (Open English WordNet's "index", "rate", "ratio", "fraction", "proportion" …)
_MEASURE = frozenset({"index", "indices", "indexes", "rate", "rates", "ratio", "ratios", "fraction", "fractions",
                      "proportion", "percentage", "score", "scores", "frequency", "frequencies"})


def measure_names(items: list, unknown: list, ignored: list, text: str, item_cls: Any) -> tuple[list, list]:
    """(items, unknown) with each condition adjective that modifies a noun of measure read as a name (module
    docstring)."""
    at = {u[1]: u for u in unknown}
    drop: list[int] = []
    for k, it in enumerate(items):
        if it.tag not in _ADJ_TAGS:
            continue
        m = re.match(r"[ \t]*-?[ \t]*([A-Za-z]+)", text[it.end:])
        if not m or m.group(1).lower() not in _MEASURE:
            continue
        a = it.end + m.start(1)
        if a not in at:
            continue
        if _DEGREE_RX.search(text[:it.start]) or _VALUE_RX.match(text[at[a][2]:]):
            drop.append(k)          # "a high mitotic index": a value of the measure, listed as not drawn
            unknown.append((it.text, it.start, it.end))
            continue
        items[k] = item_cls("IMG", None, it.start, it.end, it.text)
        unknown = [u for u in unknown if u[1] != a]
        ignored.append(at[a])
    items = [it for k, it in enumerate(items) if k not in drop]
    unknown.sort(key=lambda u: u[1])
    return items, unknown
