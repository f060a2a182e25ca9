"""Absence stated once for a whole list: the item-level rewrite that gives every listed thing its "no".

"No chloroplasts or vacuole", "no mitochondria, ribosomes or vacuoles", "neither chloroplasts nor a
vacuole", "chloroplasts and a cell wall are absent", "mitochondria and ribosomes are missing": one
negation denies every item of the list. The grammar reads "no" as the count 0 of the one noun after it
(``grammar_absent``), so the other items would be drawn — the figure showing what the text denies.
``mark_absent_lists`` puts a count-0 item before every noun of such a list (replacing its article: "a
vacuole"), turns "nor" into "or", and reads "X and Y are absent/missing/not present" as "no X, no Y".

A list after "no" is one list only when its last coordinator is "or"/"nor" ("no X or Y", "no X, Y or Z"):
"no nucleus and three mitochondria" states two things, and "and" after "no" is left as it was.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mark_absent_lists"]

_ABSENT = re.compile(r"(?i)\s*(?:(?:all\s+|both\s+)?(?:absent|missing|lacking|omitted|excluded)"
                     r"|not\s+(?:present|there|shown|drawn|included|needed|wanted|required))\b")
_ARTICLE = ("a", "an", "any", "one", "single")


def _noun_run(items: list, k: int) -> int | None:
    """The index of the noun of a mention "[a|an|any] ATTR* ENT" starting at ``k``, or None."""
    j = k
    if j < len(items) and items[j].tag == "NUM":
        j += 1
    while j < len(items) and items[j].tag == "ATTR":
        j += 1
    return j if j < len(items) and items[j].tag == "ENT" else None


def _list_after(text: str, items: list, k: int) -> tuple[list[int], list[int]] | None:
    """The mentions of a list whose first item starts at ``k``: (start index of each item, index of each
    noun), when its items are joined by ",", "or" or "nor" and the last joiner is "or"/"nor"."""
    n0 = _noun_run(items, k)
    if n0 is None:
        return None
    starts, nouns, joins = [k], [n0], []
    j = n0 + 1
    while j + 1 < len(items) and items[j].tag == "COORD":
        word = text[items[j].start:items[j].end].lower()
        nxt = j + 1
        if word == "," and nxt < len(items) and items[nxt].tag == "COORD":
            word = text[items[nxt].start:items[nxt].end].lower()   # Oxford comma: ", or"
            nxt += 1
        if word not in (",", "or", "nor"):
            break
        nn = _noun_run(items, nxt)
        if nn is None or (items[nxt].tag == "NUM" and text[items[nxt].start:items[nxt].end].lower() not in _ARTICLE
                          and items[nxt].value != 0):
            break
        joins.append(word)
        starts.append(nxt)
        nouns.append(nn)
        j = nn + 1
    if len(starts) < 2 or joins[-1] not in ("or", "nor"):
        return None
    return starts, nouns


def _zero(items: list, starts: list[int], nouns: list[int], zero: Any, item_cls: Any) -> list:
    """``items`` with a count-0 item for each listed mention (its article replaced, else inserted)."""
    out = []
    heads = dict(zip(starts, nouns))
    for i, it in enumerate(items):
        if i in heads:
            if it.tag == "NUM":
                out.append(item_cls("NUM", zero, it.start, it.end))
                continue
            out.append(item_cls("NUM", zero, it.start, it.start))
        out.append(it)
    return out


def mark_absent_lists(text: str, items: list, unknown: list, item_cls: Any, absence: bool
                      ) -> tuple[list, list]:
    """``items`` with one negation given to every item of the list it denies (see the module docstring);
    ``unknown`` less the "nor" and "absent" words now read. Only for a grammar that reads absence."""
    if not absence:
        return items, unknown
    unknown = list(unknown)
    # "neither X nor Y": "neither" is a filler word of the grammar; "nor" is unread
    for u in [u for u in unknown if u[0].lower() == "nor"]:
        if re.search(r"(?i)\bneither\b", text[:u[1]]):
            k = next((i for i, it in enumerate(items) if it.start >= u[2]), len(items))
            items = items[:k] + [item_cls("COORD", None, u[1], u[2])] + items[k:]
            unknown.remove(u)
            m = None
            for m in re.finditer(r"(?i)\bneither\b", text[:u[1]]):
                pass
            if m is not None:
                j = next((i for i, it in enumerate(items) if it.start >= m.end()), None)
                if j is not None and items[j].tag != "NUM":
                    items = items[:j] + [item_cls("NUM", 0, m.start(), m.end())] + items[j:]
                elif j is not None and text[items[j].start:items[j].end].lower() in _ARTICLE:
                    items = items[:j] + [item_cls("NUM", 0, items[j].start, items[j].end)] + items[j + 1:]
    k = 0
    while k < len(items):
        it = items[k]
        if it.tag == "NUM" and it.value == 0 and not isinstance(it.value, bool):
            found = _list_after(text, items, k)
            if found is not None:
                starts, nouns = found
                items = _zero(items, starts[1:], nouns[1:], 0, item_cls)
                k += 1
                continue
        k += 1
    # "X and Y are absent", "mitochondria are missing", "chloroplasts are not present"
    k = 0
    while k < len(items):
        it = items[k]
        if it.tag == "COP":
            m = _ABSENT.match(text, it.end)
            e = k + 1   # the items inside the absence phrase ("not" of "not present")
            while m is not None and e < len(items) and items[e].end <= m.end():
                e += 1
            after = items[e].start if e < len(items) else len(text)
            s = k - 1
            while s >= 0 and items[s].tag in ("NUM", "ATTR", "ENT", "COORD", "DEF"):
                s -= 1
            if m is not None and m.end() <= after and k > 0 and items[k - 1].tag == "ENT" \
                    and (s < 0 or items[s].tag == "BREAK"):
                subj = items[s + 1:k]
                heads, j = [], 0
                while j < len(subj):
                    if subj[j].tag == "COORD":
                        j += 1
                        continue
                    if subj[j].tag == "DEF":
                        j += 1
                    nn = _noun_run(subj, j)
                    if nn is None:
                        heads = []
                        break
                    heads.append((j, nn))
                    j = nn + 1
                if heads:
                    new = _zero(subj, [h[0] for h in heads], [h[1] for h in heads], 0, item_cls)
                    new = [x for x in new if x.tag != "DEF"]
                    unknown = [u for u in unknown if not (u[1] >= it.end and u[2] <= m.end())]
                    items = items[:s + 1] + new + items[e:]
                    k = s + 1 + len(new)
                    continue
        k += 1
    return items, unknown
