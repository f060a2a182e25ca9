""""It is a plant cell", "since it's an animal cell", "this is a eukaryotic cell", "draw it as just one empty
cell": a type predicate on a pronoun, read as a back-reference.

A pronoun with a copula and an indefinite noun says what the thing already described *is*; it names no
new thing. Read literally, "a labelled animal cell … No chloroplasts since it's an animal cell" draws two
cells. ``mark_pronoun_predicates`` drops the pronoun, the copula and the article when a mention of the
same kind came before, so the count-less noun refers back to it (and gives it its attributes: "animal"),
and puts a clause break before it. Without an earlier mention of the kind, nothing changes.

"Each nucleus has one nucleolus inside it", "the cell contains two vacuoles within it": a containment
stated with "has"/"contains" and restated by a pronoun after it. ``mark_resumptive`` drops the restating
"inside it": read as a relation of its own, the pronoun is taken for another thing (one nucleolus was
placed in four nuclei at once).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mark_pronoun_predicates", "mark_resumptive"]

_PRON_COP = re.compile(r"(?i)\b(?:it|this|that)\s*(?:['’]s|\s(?:is|was|will\s+be|should\s+be|must\s+be|has\s+to\s+be"
                       r"|needs\s+to\s+be)|\s+as)(?:\s+(?:just|only|simply|merely))?\s*$")
_ARTICLE = ("a", "an", "one", "just one", "a single", "single")


def mark_pronoun_predicates(text: str, items: list, unknown: list, item_cls: Any) -> tuple[list, list]:
    """``items`` with every "it is a X" whose X was mentioned before read as that X (see the docstring)."""
    out = list(items)
    unknown = list(unknown)
    p = 0
    while p < len(out):
        it = out[p]
        if it.tag != "NUM" or text[it.start:it.end].lower() not in _ARTICLE:
            p += 1
            continue
        e = p + 1
        while e < len(out) and out[e].tag == "ATTR":
            e += 1
        if e >= len(out) or out[e].tag != "ENT":
            p += 1
            continue
        q = p
        while q > 0 and out[q - 1].tag in ("PRONS", "COP") and q > p - 2:
            q -= 1
        m = _PRON_COP.search(text, out[q - 1].end if q > 0 else 0, it.start)
        earlier = any(x.tag == "ENT" and x.value == out[e].value for x in out[:q])
        if m is None or not earlier:
            p += 1
            continue
        unknown = [u for u in unknown if not (u[1] >= m.start() and u[2] <= m.end())]
        out = out[:q] + [item_cls("BREAK", None, m.start(), m.start())] + out[p + 1:]
        p = q + 1
    return out, unknown


_RESUMPTIVE = ("it", "them", "itself", "themselves")


def mark_resumptive(text: str, items: list) -> list:
    """``items`` without the "inside it" that restates a "has"/"contains" of the same clause."""
    out = list(items)
    k = 1
    while k + 1 < len(out):
        r, p = out[k], out[k + 1]
        end = k + 2 >= len(out) or out[k + 2].tag in ("BREAK", "COORD")
        if (r.tag == "REL" and isinstance(r.value, tuple) and r.value[:2] == ("inside", False)
                and p.tag in ("PRON", "PRONS") and text[p.start:p.end].lower() in _RESUMPTIVE and end):
            j = k - 1
            while j >= 0 and out[j].tag != "BREAK" and not (
                    out[j].tag == "REL" and isinstance(out[j].value, tuple) and out[j].value[2] == "contains"):
                j -= 1
            if j >= 0 and out[j].tag == "REL" and all(x.tag in ("NUM", "ATTR", "ENT", "COORD") for x in out[j + 1:k]):
                del out[k:k + 2]
                continue
        k += 1
    return out

