"""A location put before the thing it places: "and inside the nucleus two nucleoli", "Inside the cell, three
mitochondria", "a cell; within the nucleus, a nucleolus".

English fronts a place phrase and lets the located thing follow it without a verb. Read left to right,
the relation word opens the clause with no subject ("'inside' has no subject", requests-5 cell-05).
``mark_fronted_locations`` moves the counted mention that follows the place behind it, so the clause reads
"two nucleoli inside the nucleus"; the items keep their own spans. Only a place that is definite ("the
nucleus", a thing already named) followed by a counted, indefinite mention is moved; "inside the cell and
the nucleus" (two places) and a place followed by a verb are left as they are.
"""
from __future__ import annotations

import re
from typing import Any

from .grammar_distribute import _noun_end

__all__ = ["mark_fronted_locations", "mark_fronted_objects"]

_OPENERS = ("BREAK", "COORD")


def mark_fronted_locations(text: str, items: list, item_cls: Any) -> list:
    """``items`` with each fronted place phrase moved behind the mention it places (see the docstring)."""
    out = list(items)
    k = 0
    while k < len(out):
        r = out[k]
        opens = k == 0 or (out[k - 1].tag in _OPENERS
                           and text[out[k - 1].start:out[k - 1].end].lower() in (".", ";", ":", ",", "and", "also"))
        if r.tag != "REL" or not isinstance(r.value, tuple) or r.value[2] == "contains" or not opens \
                or k + 1 >= len(out) or out[k + 1].tag != "DEF":
            k += 1
            continue
        e1 = _noun_end(out, k + 1)
        if e1 is None or e1 >= len(out) or (k + 2 < len(out) and re.search(r"\w", text[out[k + 1].end:out[k + 2].start])):
            # the article's own noun is a word nesy did not read ("In the drawing you can see 6 chloroplasts,
            # 1 nucleus …"): the place is that word, not the things named after it — nothing is moved
            k += 1
            continue
        m2 = e1 + 1 if out[e1].tag == "COORD" and text[out[e1].start:out[e1].end] == "," else e1
        if m2 + 1 < len(out) and out[m2].tag == "NAME" and str(out[m2].value).isdigit() \
                and out[m2 + 1].tag in ("ATTR", "ENT"):
            # "inside the nucleus 2 nucleoli": a digit before a noun is its count, not the place's name
            out[m2] = item_cls("NUM", int(out[m2].value), out[m2].start, out[m2].end)
        if m2 >= len(out) or out[m2].tag != "NUM" or out[m2].value == 0:
            k += 1
            continue
        e2 = _noun_end(out, m2)
        if e2 is None or (e2 < len(out) and out[e2].tag not in ("BREAK", "COORD")):
            k += 1
            continue
        out = out[:k] + out[m2:e2] + out[k:e1] + out[e2:]
        k += e2 - m2 + (e1 - k)
    return out


# a pronoun subject after a fronted object: "Lysosomes she does not have", "Chloroplasts it has"
_SUBJECT = re.compile(r"(?i)\b(?:it|she|he)\b")


def mark_fronted_objects(text: str, items: list, item_cls: Any, parents: dict | None = None) -> list:
    """``items`` with each fronted object moved behind its verb: "Lysosomes she does not have." reads "she does
    not have lysosomes" (object fronting, Quirk et al. 1985 §18.20: the topic first, the clause after it with its
    object gap). Only a clause that opens with the mention, then a definite mention or a singular pronoun subject and
    a containment verb (negated or not) with no object of its own before the clause ends. A pronoun becomes the
    clause's subject, which refers back as "it" does ("Draw a cell. It has …") — or, where the grammar says what
    holds the object's kind (``parents``: a lysosome lies in a cell), as "the cell" does: the nearest such thing
    named before."""
    out = list(items)
    k = 0
    while k < len(out):
        opens = k == 0 or out[k - 1].tag == "BREAK"
        e1 = _noun_end(out, k) if opens and out[k].tag in ("NUM", "ATTR", "ENT") else None
        if e1 is None or e1 >= len(out) or out[e1 - 1].tag != "ENT":
            k += 1
            continue
        # the subject: a definite mention ("Peroxisomes the cell does not contain") or a pronoun ("she")
        s_end = _noun_end(out, e1) if out[e1].tag == "DEF" else None
        j = s_end if s_end is not None else e1
        while j < len(out) and out[j].tag in ("NEG", "COP"):
            j += 1
        r = out[j] if j < len(out) else None
        ends = j + 1 >= len(out) or out[j + 1].tag == "BREAK" or (
            out[j + 1].tag == "COORD" and text[out[j + 1].start:out[j + 1].end] == ",")
        subj = None if s_end is not None or r is None else _SUBJECT.search(text, out[e1 - 1].end, r.start)
        if r is None or r.tag != "REL" or not isinstance(r.value, tuple) or r.value[:2] != ("inside", True) \
                or not ends or (s_end is None and (subj is None or text[out[e1 - 1].end:subj.start()].strip())):
            k += 1
            continue
        if s_end is not None:
            pron, rest = out[e1:s_end], out[s_end:j + 1]
        else:
            pron, rest = [item_cls("PRONS", "it", subj.start(), subj.end())], out[e1:j + 1]
            named = [it.value for it in out[:k] if it.tag == "ENT"]
            host = next((h for h in (parents or {}).get(out[e1 - 1].value, ()) if h in named), None)
            if host is not None:   # "she" is the cell named before, whatever else was named since
                pron = [item_cls("DEF", None, subj.start(), subj.start()),
                        item_cls("ENT", host, subj.start(), subj.end())]
        out = out[:k] + pron + rest + out[k:e1] + out[j + 1:]
        k = j + 2
    return out
