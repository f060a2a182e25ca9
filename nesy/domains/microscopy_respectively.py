"""Clusters of different sizes given as one list, distributed over them (``nesy.microscopy.v1``).

"three clusters of nuclei containing 4, 5 and 6 nuclei respectively", "two clumps holding 3 and 5 touching nuclei,
respectively", "clusters of 2, 3 and 4 nuclei", "4 groups with respectively 2, 2, 3 and 5 nuclei": a plural noun of
clusters and a list of counts, one per cluster in the order given. "Respectively" marks the list as distributed
over the plural before it, member by member (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of the
English Language*, 1985, §13.44, "respective(ly)" in coordination); with no "respectively", a list of sizes after
"clusters of" is read the same way (each cluster has one size). Read as it stood, the list's first number "counted
nothing" and the text was refused; summed into one count, the clusters' sizes would have been lost.

``respectively_items(text)`` gives the reader's ``_tag`` one ``RESPECT`` item over the phrase, its value
``{"kind": "cluster", "sizes": [4, 5, 6]}``: ``parse_microscopy`` makes one touching cluster per size (a cluster's
nuclei touch, ``grammar.yaml`` ``cluster``). A stated number of clusters that differs from the list's length is
refused, naming both; so is a "cluster" of fewer than two nuclei (a cluster is of touching nuclei).
"""
from __future__ import annotations

import re
from typing import Any

from .microscopy_arith import NUMBER, number_value

__all__ = ["respectively_items"]

_UNITS = r"(?:clusters|clumps|groups|aggregates|chains)"
_ADJS = r"(?:(?:touching|tight|small|large|dense|separate|distinct|different|individual)\s+)*"
_NUCS = r"(?:(?:touching|overlapping|adjacent|bright|dim|small|large)\s+)*(?:cell\s+)?nuclei"
_LIST = rf"(?:{NUMBER})(?:\s*,\s*(?:{NUMBER}))*\s*,?\s*(?:and|&)\s*(?:{NUMBER})|(?:{NUMBER})(?:\s*,\s*(?:{NUMBER})){{2,}}"
_VERB = r"(?:containing|contain|with|holding|hold|having|have|of|comprising|consisting\s+of|made\s+up\s+of|" \
        r"(?:that|which)\s+(?:contain|have|hold|comprise|consist\s+of)|(?:that|which)\s+are\s+made\s+up\s+of)"
# "three clusters of nuclei containing 4, 5 and 6 nuclei respectively", "clusters of 2, 3 and 4 nuclei"
_RESP_RX = re.compile(
    rf"(?i)(?<![\w-])(?:(?P<k>{NUMBER})\s+)?{_ADJS}(?P<unit>{_UNITS})(?:\s+of\s+{_NUCS})?\s*,?\s*{_VERB}\s+"
    rf"(?:respectively\s+)?(?P<list>{_LIST})\s+(?P<noun>{_NUCS})(?P<resp>\s*,?\s*respectively)?(?![\w-])")


def respectively_items(text: str) -> list[tuple[int, int, str, Any]]:
    """(start, end, "RESPECT", value) items for clusters' sizes given as one list (module docstring)."""
    from ..errors import InputError
    out: list[tuple[int, int, str, Any]] = []
    for m in _RESP_RX.finditer(text):
        lst = m.group("list")
        sizes = [number_value(v) for v in re.split(r"(?i)\s*(?:,\s*and|,|and|&)\s*", lst.strip()) if v.strip()]
        resp = bool(m.group("resp")) or bool(re.search(r"(?i)respectively", text[m.start("unit"):m.start("list")]))
        if not resp and not re.search(r"(?i)\bof\s+$", text[m.start("unit"):m.start("list")]):
            continue          # "three clusters with 4, 5 and 6 nuclei" but no "respectively": could be a total each
        if m.group("k"):
            k = number_value(m.group("k"))
            if k != len(sizes):
                raise InputError(f"'{text[m.start('k'):m.end('unit')]}' at {m.start('k')}-{m.end('unit')} names {k} "
                                 f"{m.group('unit').lower()} but '{lst}' at {m.start('list')}-{m.end('list')} gives "
                                 f"{len(sizes)} sizes; give one size per {m.group('unit').lower().rstrip('s')}")
        small = [s for s in sizes if s < 2]
        if small:
            raise InputError(f"'{lst}' at {m.start('list')}-{m.end('list')}: a cluster of {small[0]} nucleus is no "
                             "cluster (its nuclei touch); give two or more nuclei per cluster")
        out.append((m.start(), m.end(), "RESPECT", {"kind": "cluster", "sizes": sizes}))
    return out
