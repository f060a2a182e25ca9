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

__all__ = ["group_counts", "listed_groups", "side_halves"]

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


# Groups whose counts are listed one by one: "Three clusters of nuclei, from left to right: 3, 4 and 5 nuclei",
# "nuclei in three clusters of 3, 4 and 5", "nuclei in two rows: six along the top and five along the bottom" —
# each listed count is one group's (as many counts as groups: otherwise left as written); "nuclei arranged in three
# rows with five per row" — the same count in every group. Clusters are drawn as the grammar's clusters ("a cluster
# of 3 nuclei"); rows and columns as their counts, the place words kept for the account.
_GW = r"(?P<g>clusters?|groups?|clumps?|pairs?|rows?|columns?|lines?)"
_ITEM = (rf"(?P<k{{i}}>{_N})(?:\s+(?:[a-z-]+\s+)?nuclei)?"
         r"(?P<w{i}>\s+(?:along|at|on|in|near|across|down)\s+the\s+[a-z]+(?:[\s-](?:left|right|half|edge|side|row))?)?")
_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"


def _items(n: int) -> str:
    return _SEP.join(_ITEM.replace("{i}", str(i)) for i in range(n))


def _singular(g: str) -> str:
    return g[:-1] if g.lower().endswith("s") else g


def listed_groups(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, new)`` edits writing groups with listed counts as the phrases the grammar reads (above)."""
    if not re.search(r"(?i)\b(?:clusters?|groups?|clumps?|pairs?|rows?|columns?|lines?)\b", text):
        return []
    from ..parse.words import read_number
    out: list[tuple[int, int, str]] = []
    for n in range(2, 7):
        items = _items(n)
        forms = [
            # "Three clusters of nuclei …: 3, 4 and 5 nuclei"; "nuclei in two rows: six along the top and five …"
            re.compile(rf"(?i)(?P<head>(?:(?:[a-z-]+\s+)?nuclei\s+(?:arranged\s+|grouped\s+|laid\s+out\s+)?in(?:to)?\s+)?"
                       rf"(?P<n>{_N})\s+{_GW}(?:\s+of\s+(?:[a-z-]+\s+)?nuclei)?)(?P<mid>[^.;:]{{0,80}}?)\s*:\s*{items}(?![\w-])"),
            # "nuclei in three clusters of 3, 4 and 5"
            re.compile(rf"(?i)(?P<head>(?:(?:[a-z-]+\s+)?nuclei\s+(?:arranged\s+|grouped\s+)?in(?:to)?\s+)?"
                       rf"(?P<n>{_N})\s+{_GW}\s+of\s+)(?P<mid>){items}(?:\s+nuclei)?(?![\w-])"),
        ]
        for rx in forms:
            for m in rx.finditer(text):
                if read_number(m.group("n")) != n or any(a < m.end() and m.start() < b for a, b, _ in out):
                    continue
                g = _singular(m.group("g").lower())
                # the groups' heading goes (the colon with it, or a comma after the words between); each listed count
                # becomes one group's phrase, its place words ("along the top") left where they are
                colon = text.rfind(":", m.end("mid"), m.start("k0") + 1)
                if m.group("mid").strip(" ,"):
                    out.append((m.start("head"), m.end("head"), ""))
                    if colon >= 0:
                        out.append((colon, colon + 1, ","))
                else:
                    out.append((m.start("head"), colon + 1 if colon >= 0 else m.start("k0"), ""))
                for i in range(n):
                    k = m.group(f"k{i}")
                    a, b = m.start(f"k{i}"), m.end(f"k{i}")
                    said = re.match(r"\s+(?:[a-z-]+\s+)?nuclei", text[b:])
                    b2 = b + said.end() if said and b + said.end() <= m.end() else b
                    out.append((a, b2, f"a {g} of {k} nuclei" if g in ("cluster", "group", "clump", "pair")
                                else f"{k} nuclei"))
    # "nuclei arranged in three rows with five per row": the same count in every group
    same = re.compile(rf"(?i)(?P<noun>(?:[a-z-]+\s+)?nuclei)\s+(?:arranged\s+|laid\s+out\s+|placed\s+|grouped\s+)?in(?:to)?\s+"
                      rf"(?P<n>{_N})\s+{_GW}\s*,?\s*(?:with\s+)?(?P<m>{_N})(?:\s+nuclei)?\s+(?:per|in\s+each|each|a|to\s+a)"
                      rf"(?:\s+(?:cluster|group|clump|pair|row|column|line))?(?![\w-])")
    for m in same.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            noun = m.group("noun")
            head = f"{m.group('n')} {m.group('g')} of {m.group('m')} {noun[:1].lower()}{noun[1:]}"
            if text[:m.start()].rstrip().endswith((".", "!", "?")) or not text[:m.start()].strip():
                head = head[:1].upper() + head[1:]
            out.append((m.start(), m.end(), head))
    return sorted(out)


# "six nuclei along the top and five along the bottom", "three near the left edge": a side of the field is the half
# of the image on that side — the region the microscopy grammar reads and checks ("in the top half"); read as an
# unknown place, "the top and five nuclei" had been taken as one place and the five dropped
_SIDE_PLACE = re.compile(r"(?i)\b(?:along|at|near|by|across|on|towards?)\s+the\s+(?:very\s+)?(?P<s>top|bottom|left|right)"
                         r"(?:\s+(?:edge|side|border|margin|end))?(?:\s+of\s+the\s+(?:image|field(?:\s+of\s+view)?|frame|"
                         r"picture|micrograph))?(?![\w-])(?!\s+(?:half|left|right|corner|quadrant))")


# "the left half of the image", "the top-right quadrant of the field": the field is the image, said once
_OF_FIELD = re.compile(r"(?i)(?<=half|rant|ners|rner)\s+of\s+the\s+(?:whole\s+|entire\s+)?(?:image|field(?:\s+of\s+view)?|"
                       r"frame|picture|micrograph|view)\b")


def side_halves(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "in the <side> half")`` for each side of the field named as a place, and "of the image" after a
    half or quadrant dropped (above)."""
    out = [(m.start(), m.end(), f"in the {m.group('s').lower()} half") for m in _SIDE_PLACE.finditer(text)]
    out += [(m.start(), m.end(), "") for m in _OF_FIELD.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b, _ in out)]
    return sorted(out)
