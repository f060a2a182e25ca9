"""Distributive quantifiers outside subject position, rewritten as the subject clause the grammar reads.

The grammar reads "each" over things counted before when it is a clause's subject ("Three cells. Each of
them has a nucleus"). People put the quantifier elsewhere just as often:

- as the indirect object of a giving verb: "draw three cells and give every one of them exactly one
  nucleus", "give each cell a nucleus", "provide all of them with a nucleus";
- as the container after the thing: "put a nucleus in each", "add one nucleolus to each of the two
  nuclei", "place a vacuole inside every one of them";
- as the subject of a possession verb the grammar does not list: "each one gets a nucleus", "each of
  them receives two mitochondria".

Read literally, the quantifier is lost (one nucleus drawn for three cells) or its "one" is taken for a
second count ("every one of them exactly one nucleus"). ``mark_distributed`` rewrites the item list
into the subject form — a clause break, the quantifier (with its noun, when it has one) and a
containment relation on the verb or preposition — so the clause reads as "each of them has …". Items
keep the character spans of the words they come from (the relation's span is the verb or preposition).
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mark_distributed"]

_GIVE = re.compile(r"(?i)\b(?:give|gives|giving|gave|provide|provides|providing|supply|supplies|equip|equips"
                   r"|fit|fill|furnish)\s+$")
# the quantifier phrase that stands for the things counted before, without a noun of its own
_QUANT = re.compile(r"(?i)(each|every|all)(?:\s+(?:single\s+)?one)?(?:\s+of\s+(?:them|these|those|'em))?\b")
_HAVE = re.compile(r"(?i)^(?:gets?|got|receives?|obtains?|carr(?:y|ies)|holds?|owns?|possess(?:es)?"
                   r"|bears?|keeps?|houses?|needs?|requires?)$")
_END = ("BREAK", "COORD")


def _quant_end(text: str, items: list, q: int) -> tuple[int, int] | None:
    """(index after the quantifier's own items, its end offset) for a noun-less quantifier at ``q``
    ("every one of them", "each", "all of them"), or None when a noun follows ("each cell")."""
    it = items[q]
    m = _QUANT.match(text, it.start)
    if m is None:
        return None
    k = q + 1
    while k < len(items) and items[k].start < m.end() and items[k].tag == "NUM":
        k += 1   # the "one" of "every one"
    if k < len(items) and items[k].tag in ("DEF", "ATTR", "ENT") and items[k].start >= m.end():
        if items[k].tag == "ENT" or (k + 1 < len(items) and items[k + 1].tag in ("ENT", "NUM", "ATTR")):
            return None
    return k, m.end()


def _noun_end(items: list, k: int) -> int | None:
    """The index after "[the] [two] noun" starting at ``k`` ("cell", "the two nuclei"), or None."""
    j = k
    if j < len(items) and items[j].tag == "DEF":
        j += 1
    if j < len(items) and items[j].tag == "NUM":
        j += 1
    while j < len(items) and items[j].tag == "ATTR":
        j += 1
    if j < len(items) and items[j].tag == "ENT":
        return j + 1
    return None


def _quantifier(text: str, items: list, q: int, item_cls: Any) -> tuple[list, int] | None:
    """The subject items a quantifier at ``q`` becomes, and the index after it."""
    it = items[q]
    word = text[it.start:it.end].lower()
    if it.tag not in ("EACH", "PAIR") or word not in ("each", "every", "all"):
        return None
    nq = _quant_end(text, items, q)
    if nq is not None:
        k, _ = nq
        return [it], k
    k = _noun_end(items, q + 1)
    if k is None or word == "all":
        return None
    return [it] + list(items[q + 1:k]), k


def mark_distributed(text: str, items: list, unknown: list, item_cls: Any) -> tuple[list, list]:
    """``items`` with each distributive quantifier outside subject position rewritten as a subject clause
    (see the module docstring), and ``unknown`` less the verbs now read as "has"."""
    out = list(items)
    unknown = list(unknown)
    k = 0
    while k < len(out):
        it = out[k]
        # 1. "give every one of them a nucleus", "give each cell one nucleus"
        prev_end = out[k - 1].end if k else 0
        give = _GIVE.search(text, prev_end, it.start)
        q = _quantifier(text, out, k, item_cls) if give else None
        if give and q is not None and q[1] < len(out) and out[q[1]].tag in ("NUM", "ATTR", "ENT", "DEF"):
            subj, after = q
            g0, g1 = give.start(), give.start() + len(give.group(0).rstrip())
            head = out[:k]
            if head and head[-1].tag == "COORD":
                head.pop()
            rel = item_cls("REL", ("inside", True, "contains"), g0, g1)
            out = head + [item_cls("BREAK", None, g0, g0)] + subj + [rel] + out[after:]
            unknown = [u for u in unknown if not (u[1] >= g0 and u[2] <= g1)]
            k = len(head) + 1 + len(subj) + 1
            continue
        # 2. "put a nucleus in each", "one nucleolus in each of the two nuclei"
        if (it.tag == "REL" and isinstance(it.value, tuple) and it.value[0] == "inside" and not it.value[1]
                and k + 1 < len(out)):
            q = _quantifier(text, out, k + 1, item_cls)
            if q is not None and (q[1] >= len(out) or out[q[1]].tag in _END):
                s = k - 1   # the object run before the preposition: [NUM] ATTR* ENT (ATTR: none)
                while s >= 0 and out[s].tag in ("NUM", "ATTR", "ENT", "DEF"):
                    s -= 1
                if s < k - 1 and out[k - 1].tag == "ENT" and (s < 0 or out[s].tag in ("COP", "BREAK", "COORD")):
                    subj, after = q
                    head = out[:s] if s >= 0 else []
                    if head and head[-1].tag == "COORD":
                        head.pop()
                    rel = item_cls("REL", ("inside", True, "contains"), it.start, it.end)
                    objs = out[s + 1:k]
                    out = head + [item_cls("BREAK", None, objs[0].start, objs[0].start)] + subj + [rel] + objs \
                        + out[after:]
                    k = len(head) + 1 + len(subj) + 1 + len(objs)
                    continue
        # 3. "each one gets a nucleus", "each of them receives two mitochondria"
        if it.tag == "EACH" and text[it.start:it.end].lower() in ("each", "every") \
                and (k == 0 or out[k - 1].tag in _END):
            nq = _quant_end(text, out, k)
            if nq is not None:
                after, end = nq
                nxt = out[after].start if after < len(out) else len(text)
                verb = next((u for u in unknown if u[1] >= end and u[2] <= nxt and _HAVE.match(u[0])
                             and not text[end:u[1]].strip()), None)
                if verb is not None:
                    rel = item_cls("REL", ("inside", True, "contains"), verb[1], verb[2])
                    out = out[:k] + [it, rel] + out[after:]
                    unknown.remove(verb)
                    k += 2
                    continue
        k += 1
    return out, unknown
