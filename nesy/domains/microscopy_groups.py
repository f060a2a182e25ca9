"""A group's count of nuclei said after the groups, for ``nesy.microscopy.v1``: "four clusters of nuclei, each
cluster with three nuclei", "two rows of nuclei, 7 per row", "three pairs of nuclei, two nuclei in each pair" —
read as the phrase the microscopy grammar reads, "four clusters of 3 nuclei".

Read word by word, the groups' nuclei got the grammar's default count and the count after them was drawn as more
nuclei: "Four clusters of nuclei, each cluster with three nuclei" drew 15, not 12 (requests-32 microscopy-05 as
development data); "7 per row" was a number counting nothing. The distributive says how many nuclei each group
holds (Huddleston & Pullum 2002, ch. 5 §9.2 on *each*, ch. 7 §6 on *per*).
"""
from __future__ import annotations

import re

__all__ = ["group_counts"]

_N = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_G = r"(?P<g>clusters?|pairs?|groups?|clumps?|rows?|columns?)"
_RX = re.compile(
    rf"(?i)(?P<head>(?<![\w.]){_N}\s+{_G}\s+of\s+)(?:(?:the\s+)?(?:[a-z-]+\s+)?nuclei)(?P<tail>\s*,?\s*(?:"
    # "each cluster with three nuclei", "each with 3", "each row of 7 nuclei", "each holding two nuclei"
    rf"each(?:\s+(?:cluster|pair|group|clump|row|column))?\s+(?:with|of|having|holding|containing|has|made\s+of)\s+"
    rf"(?P<m1>{_N})(?:\s+nuclei)?"
    # "7 per row", "two nuclei in each pair", "3 nuclei a cluster", "three nuclei each"
    rf"|(?P<m2>{_N})(?:\s+nuclei)?\s+(?:per|in\s+each|in\s+every|a|each)(?:\s+(?:cluster|pair|group|clump|row|column))?"
    rf"|with\s+(?P<m3>{_N})(?:\s+nuclei)?\s+(?:each|apiece|in\s+each))(?![\w-]))")


def group_counts(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "<n> nuclei")`` replacing "nuclei, each … <m> nuclei" after "<N> <groups> of" (see the module)."""
    if not re.search(r"(?i)\b(?:clusters?|pairs?|groups?|clumps?|rows?|columns?)\s+of\b", text):
        return []
    out = []
    for m in _RX.finditer(text):
        n = m.group("m1") or m.group("m2") or m.group("m3")
        out.append((m.end("head"), m.end(), f"{n} nuclei"))
    return out
