"""Nuclei counted under another noun (``nesy.microscopy.v1``).

* Named later: "I saw 9 purple blobs, the teacher said they are nuclei", "12 bright dots — these are the nuclei",
  "15 round spots, which turned out to be nuclei". A count of a plain shape or thing noun (blobs, dots, spots …)
  that a later clause says are nuclei (a copula whose subject points back to them: "they are", "these were",
  "which turned out to be") is a count of nuclei; the later "nuclei" names them and adds none. Read as it stood,
  the number "counted nothing" and the text was refused. With no such clause the noun stays unread.
* Stragglers: "a 4 × 4 array of nuclei plus 3 stragglers that drifted off the grid", "20 nuclei and 2 strays":
  a count of stragglers (strays, outliers, loners) after nuclei were named counts nuclei set apart from the rest,
  more nuclei of the same image (their being apart is an arrangement nesy does not draw; the words saying where
  they went stay unread).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["renamed_nouns"]

_THINGS = ("blob", "blobs", "dot", "dots", "spot", "spots", "speck", "specks", "circle", "circles", "oval", "ovals",
           "thing", "things", "object", "objects", "shape", "shapes", "body", "bodies", "ball", "balls", "structure",
           "structures", "disc", "discs", "disk", "disks", "ellipse", "ellipses", "puncta", "globs", "glob")
_STRAGGLERS = ("straggler", "stragglers", "stray", "strays", "outlier", "outliers", "loner", "loners", "escapee",
               "escapees")
# "they are nuclei", "these were all cell nuclei", "which turned out to be nuclei", "those are actually the nuclei"
_NAMED_RX = re.compile(r"(?i)(?<![\w-])(?:they|these|those|which|that|those\s+\w+|these\s+\w+|the\s+\w+)\s*"
                       r"(?:are|were|'re|’re|are\s+all|were\s+all|turned\s+out\s+to\s+be|turn\s+out\s+to\s+be|"
                       r"must\s+be|should\s+be|would\s+be|are\s+actually|were\s+actually|are\s+really|were\s+really|"
                       r"are\s+called|were\s+called|are\s+just)\s+(?:all\s+|actually\s+|really\s+|just\s+)?"
                       r"(?:the\s+|(?:cell|cell's|cells')\s+)*$")


def renamed_nouns(items: list[Any], unknown: list[tuple[str, int, int]], text: str,
                  make: Any) -> tuple[list[Any], list[tuple[str, int, int]]]:
    """``items`` with nuclei counted under another noun (see the module) read as nuclei: the noun becomes a ``NUC``
    item and the later "nuclei" that names them an ``IMG`` item (read, no new group); the noun leaves ``unknown``."""
    nums = [it for it in items if it.tag == "NUM" and not it.weak]
    out, keep = list(items), []

    def counted(s: int) -> bool:
        """A count right before the word at ``s``, past two adjectives at most ("9 purple blobs")."""
        prev = [it for it in items if it.end <= s and it.tag != "BR"]
        if not prev:
            return False
        last_num = max((it for it in nums if it.end <= s), key=lambda it: it.end, default=None)
        if last_num is None or any(it.tag in ("NUC", "CELL", "NUM") and it.start >= last_num.end for it in prev):
            return False
        return bool(re.fullmatch(r"(?:[\s-]+[A-Za-z]+){0,2}[\s-]+", text[last_num.end:s]))
    named_nuc = [it for it in items if it.tag == "NUC"]
    for w, s, e in unknown:
        lw = w.lower()
        if lw in _STRAGGLERS and counted(s) and re.search(r"(?i)(?<![\w-])nucle(?:i|us)", text[:s]):
            out.append(make("NUC", None, s, e, w))
            continue
        if lw in _THINGS and counted(s):
            # the "nuclei" of a later clause that says these are nuclei, before the next count
            nxt = min([it.start for it in nums if it.start > e] + [len(text)])
            later = [it for it in named_nuc if e < it.start < nxt and _NAMED_RX.search(text[e:it.start])
                     and not re.search(r"\d", text[e:it.start])]
            if later:
                out.append(make("NUC", None, s, e, w))
                n = later[0]
                out = [make("IMG", None, n.start, n.end, n.text) if x is n else x for x in out]
                continue
        keep.append((w, s, e))
    out.sort(key=lambda it: it.start)
    return out, keep


def compound_modifiers(items: list[Any], unknown: list[tuple[str, int, int]], text: str) -> tuple[list[Any], list]:
    """``items`` without a singular cell or nucleus noun that modifies the noun after it ("an intact cell membrane",
    "the cell cortex", "a nucleus envelope"): in an English noun-noun compound the last noun is the head and the
    ones before it modify it (Huddleston & Pullum 2002, ch. 19 §4.2 "composite nominals"), so the phrase names a
    membrane, not one more cell to draw (read as a cell, it drew a 17th nucleus for "sixteen nuclei"). The compound
    is read from nesy's own parse: the noun is the ``compound`` dependent of the next word, a noun the science did
    not read; both words join ``unknown`` (listed as not drawn). A counted noun ("12 cell membranes"?) stays."""
    from ..parse.nlp import get_language
    unread = {u[1]: u for u in unknown}
    cands = [k for k, it in enumerate(items) if it.tag in ("CELL", "NUC") and it.text.lower() in ("cell", "nucleus")]
    if not cands:
        return items, unknown
    m_next = {k: re.match(r" +(?=\w)", text[items[k].end:]) for k in cands}
    cands = [k for k in cands if m_next[k] and items[k].end + m_next[k].end() in unread
             and not (k > 0 and items[k - 1].tag == "NUM" and not items[k - 1].weak
                      and not text[items[k - 1].end:items[k].start].strip())]
    if not cands:
        return items, unknown
    doc = get_language()(text)
    drop = set()
    for k in cands:
        it = items[k]
        at = it.end + m_next[k].end()
        tok = doc.char_span(it.start, it.end)
        if tok is None or len(tok) != 1:
            continue
        t = tok[0]
        if t.dep_ == "compound" and t.head.idx == at and t.head.tag_ in ("NN", "NNS"):
            drop.add(k)
            unknown = sorted(unknown + [(it.text, it.start, it.end)], key=lambda u: u[1])
    return [it for k, it in enumerate(items) if k not in drop], unknown
