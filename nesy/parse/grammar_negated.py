"""A negated quantifier subject over things already named: "None of the ribosomes, lysosomes or the
peroxisome may overlap the nucleus", "No ribosome touches the nucleus", "none of them overlap the ER", "no
lysosome (lies) inside a nucleus" (containment: every one of the nuclei named before, "a"/"any" naming no new one).

The grammar reads "no X" as the count 0 of X (a stated absence, ``grammar_absent``); before a contact
relation ("overlap", "touch", "next to") about things the text has already counted, that drops the
relation — and the figure may show what the text forbids. ``mark_negated_subjects`` rewrites such a
clause as "X do not touch Y": the quantifier and "of" go, the nouns refer back (no count), and the
contact relation becomes ``outside`` (the negation the grammar gives "do not touch", "not overlapping").
Only for a grammar that reads absence (cells), and only when every noun of the subject was named before.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mark_negated_subjects"]

_CONTACT = ("overlaps", "adjacent")
_TOUCH = ("touch", "touches", "contact", "contacts", "meet", "meets")
_OUTSIDE = ("outside", False, "outside")
_NONE = re.compile(r"(?i)\b(?:none|no\s+one|not\s+one)(?:\s+of)?\s*$")


def mark_negated_subjects(text: str, items: list, unknown: list, item_cls: Any, absence: bool
                          ) -> tuple[list, list]:
    """``items`` with each negated subject over named things read as a negated contact (see the docstring)."""
    if not absence:
        return items, unknown
    out = list(items)
    unknown = list(unknown)
    k = 0
    while k < len(out):
        opens = k == 0 or out[k - 1].tag == "BREAK"
        if not opens:
            k += 1
            continue
        start = out[k - 1].end if k else 0
        lead = None   # "None of" before the first noun, or a count-0 "no" item
        j = k
        if out[j].tag == "NUM" and out[j].value == 0 and not isinstance(out[j].value, bool):
            lead, j = "no", j + 1
        else:
            m = _NONE.search(text, start, out[j].start)
            if m is not None and m.start() == start + (len(text[start:m.start()]) - len(text[start:m.start()].lstrip())):
                lead = m
        if lead is None:
            k += 1
            continue
        subj: list = []
        nouns = 0
        while j < len(out) and out[j].tag in ("DEF", "ENT", "COORD", "ATTR") and not (
                subj and re.search(r"[^\W\d_]", text[subj[-1].end:out[j].start])):   # a word between: the verb
            subj.append(out[j])
            nouns += out[j].tag == "ENT"
            j += 1
        if nouns and subj[-1].tag == "ENT":
            # "should touch": a verb the grammar lists only in other forms ("touching", "does not touch")
            nxt = out[j].start if j < len(out) else len(text)
            verb = next((u for u in unknown if subj[-1].end <= u[1] and u[2] <= nxt
                         and u[0].lower() in _TOUCH), None)
            if verb is not None:
                unknown.remove(verb)
                out.insert(j, item_cls("REL", ("adjacent", False, "adjacent"), verb[1], verb[2]))
        cop = j
        while j < len(out) and out[j].tag == "COP":   # "No lysosome lies inside a nucleus"
            j += 1
        inside = (j < len(out) and out[j].tag == "REL" and isinstance(out[j].value, tuple)
                  and out[j].value[:2] == ("inside", False))
        if not nouns or j >= len(out) or out[j].tag != "REL" or not isinstance(out[j].value, tuple) \
                or (out[j].value[0] not in _CONTACT and not inside) or (subj and subj[-1].tag != "ENT"):
            k += 1
            continue
        named = all(any(y.tag == "ENT" and y.value == x.value for y in out[:k]) for x in subj if x.tag == "ENT")
        if not named:
            k += 1
            continue
        rel = item_cls("REL", _OUTSIDE, out[j].start, out[j].end)
        obj = out[j + 1:j + 3]
        if inside and len(obj) == 2 and obj[0].tag == "NUM" and obj[1].tag == "ENT" \
                and text[obj[0].start:obj[0].end].lower() in ("a", "an", "any", "one") \
                and any(y.tag == "ENT" and y.value == obj[1].value for y in out[:k]):
            # "… inside a nucleus", "… inside any nucleus": every one of the nuclei named before, no new one
            out[j + 1] = item_cls("DEF", None, obj[0].start, obj[0].end)
        elif inside and obj and obj[0].tag == "ENT" and re.fullmatch(r"(?i)\s*(?:any\s+)?", text[out[j].end:obj[0].start]) \
                and any(y.tag == "ENT" and y.value == obj[0].value for y in out[:k]):
            unknown = [u for u in unknown if not (out[j].end <= u[1] and u[2] <= obj[0].start)]   # "any"
        elif inside:
            k += 1
            continue
        out = out[:k] + subj + out[cop:j] + [rel] + out[j + 1:]
        if lead != "no":
            unknown = [u for u in unknown if not (u[1] >= lead.start() and u[2] <= lead.end())]
        k += len(subj) + 1
    return out, unknown
