"""Parentheticals and appositives that describe the noun before them, for the grammar parser.

"The nucleus (one nucleolus) is flanked by the ER", "the nucleus (with its nucleolus) lies beside …",
"The nucleus, with one nucleolus, is flanked by the ER": the aside says what the noun holds, and the noun —
not the last thing of the aside — is the subject of the predicate after it. ``mark_asides`` finds such
asides in the tagged items and brackets them with ``ASIDE``/``ENDASIDE`` items; ``parse_text`` reads an
aside as a clause of its own whose subject is the mention before it, then returns to the outer clause.

An aside that names the same kind again ("liver cells (hepatocytes)", "endoplasmic reticulum (ER)")
renames the noun: it is read as a reference back, never as more things. An aside of names ("two sets (A
and B)") is left to the name reader.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["mark_asides", "mark_all_of_them"]

_HOLDS = ("contains", )   # relation phrases that, opening an aside, say what the noun holds
_PREDICATE_TAGS = ("COP", "REL")


def _first_mention_kind(items: list, a: int, b: int) -> tuple[str | None, int | None]:
    """(kind, index) of the first noun in items[a:b] after numbers, articles and attributes."""
    k = a
    while k < b and items[k].tag in ("NUM", "DEF", "ATTR"):
        k += 1
    if k < b and items[k].tag == "ENT":
        return items[k].value, k
    return None, None


# where a request's data stand ("the cell described by this table (one animal cell …)"): a post-modifier
# between a noun and its aside that names only the document
_DATA = frozenset({"table", "tables", "list", "csv", "spreadsheet", "sheet", "below", "here", "following"})


def _says_where(gap: str) -> bool:
    """Whether ``gap`` (the words between a noun and its bracket) only says where the data stand: figure,
    question and function words and the document's own words ("described by this table", "given below")."""
    from .lexicon import documents, no_content
    words = re.findall(r"[A-Za-z][\w'-]*", gap)
    if not words or len(words) > 6:
        return False
    from .lemmas import lemma_table
    lex, lemmas = no_content(), lemma_table()
    return all(w.lower() in _DATA or w.lower() in documents()
               or lex.classify(lemmas.get(w.lower(), w.lower()), w.lower()) is not None for w in words) \
        and any(w.lower() in _DATA or w.lower() in documents() for w in words)


def mark_asides(text: str, items: list, item_cls: Any) -> list:
    """Bracket the asides of ``items`` (see the module docstring). ``item_cls`` builds an item
    (``grammar.Item``): an ``ASIDE`` item carries ``"holds"`` when the aside lists what the noun holds
    without a relation phrase ("(one nucleolus)") and None when it has its own ("(with a nucleolus)")."""
    out = list(items)
    inserts: list[tuple[int, Any]] = []
    # 1. "(…)" right after a noun
    for m in re.finditer(r"\(([^()]*)\)", text):
        p, q = m.start(), m.end()
        before = [k for k, it in enumerate(out) if it is not None and it.end <= p]
        inside = [k for k, it in enumerate(out) if it is not None and p < it.start and it.end < q]
        if not before or not inside:
            continue
        noun = out[before[-1]]
        if noun.tag != "ENT" and len(before) > 1:
            # past a post-modifier that only says where the data stand ("the cell described by this table (…)")
            k = next((k for k in reversed(before) if out[k].tag == "ENT"), None)
            if k is not None and all(out[j].tag in ("REL", "DEF") for j in before if j > k) and \
                    _says_where(text[out[k].end:p]):
                noun = out[k]
                for j in before:
                    if j > k:
                        out[j] = None   # the post-modifier's "by"/"in" relates nothing
        if noun.tag != "ENT" or (text[noun.end:p].strip() and not _says_where(text[noun.end:p])):
            continue
        a, b = inside[0], inside[-1] + 1
        if any(out[k].tag in ("BREAK", "NAME", "WH", "PRONS") for k in range(a, b)):
            continue
        first = out[a]
        if first.tag == "REL" and first.value[2] in _HOLDS:
            inserts += [(a, item_cls("ASIDE", None, p, p + 1)), (b, item_cls("ENDASIDE", None, q - 1, q))]
            continue
        kind, k = _first_mention_kind(out, a, b)
        if kind is None or re.match(r"\s*(?:say|about|approximately|roughly|e\.g\.|i\.e\.)\b", text[p + 1:], re.I):
            continue
        # the same kind again renames the noun; another kind is what the noun holds
        inserts += [(a, item_cls("ASIDE", None if kind == noun.value else "holds", p, p + 1)),
                    (b, item_cls("ENDASIDE", None, q - 1, q))]
    # 2. ", with …," between a subject and its predicate ("The nucleus, with one nucleolus, is beside the ER")
    k = 0
    while k + 2 < len(out):
        it, c, r = out[k], out[k + 1], out[k + 2]
        if None in (it, c, r):
            k += 1
            continue
        if (it.tag == "ENT" and c.tag == "COORD" and text[c.start:c.end] == "," and r.tag == "REL"
                and r.value[2] in _HOLDS and text[r.start:r.end].lower() in ("with", "containing", "holding")):
            e = k + 3
            while e < len(out) and (out[e] is None or out[e].tag not in ("BREAK", "COP", "WH") and not (
                    out[e].tag == "COORD" and text[out[e].start:out[e].end] == ","
                    and e + 1 < len(out) and out[e + 1] is not None and out[e + 1].tag in _PREDICATE_TAGS)):
                e += 1
            if (e + 1 < len(out) and out[e] is not None and out[e + 1] is not None and out[e].tag == "COORD"
                    and text[out[e].start:out[e].end] == "," and out[e + 1].tag in _PREDICATE_TAGS and e > k + 3):
                inserts += [(k + 1, item_cls("ASIDE", None, c.start, c.end)),
                            (e, item_cls("ENDASIDE", None, out[e].start, out[e].end))]
                out[k + 1] = None   # the commas bracket the aside: they coordinate nothing
                out[e] = None
                k = e + 1
                continue
        k += 1
    if not inserts:
        return items
    res: list = []
    at: dict[int, list] = {}
    for pos, x in inserts:
        at.setdefault(pos, []).append(x)
    for k in range(len(out) + 1):
        for x in at.get(k, []):
            res.append(x)
        if k < len(out) and out[k] is not None:
            res.append(out[k])
    return res


# "all" alone, or any quantifier with "of them": a bare ", each containing …" is the distributive "each"
_ALL_OF = re.compile(r"(?i)(?:all|(?:all|each|both|every\s+one)\s+of\s+(?:them|these|those))\s*$")


def mark_all_of_them(text: str, items: list, item_cls: Any) -> list:
    """", all of them outside the nucleus", ", each of them next to the ER": a comma, a quantifier over the
    things just named and a relation with its object is a new clause whose subject is the last mention. The
    comma becomes a ``BREAK`` and the quantifier an ``ALLOF`` item (read as that mention)."""
    out = list(items)
    k = 0
    while k + 2 < len(out):
        c, q, r = out[k], out[k + 1], out[k + 2]
        if (c.tag == "COORD" and text[c.start:c.end] == "," and q.tag in ("PAIR", "EACH")
                and r.tag == "REL" and k > 0 and out[k - 1].tag == "ENT"
                and _ALL_OF.match(text, q.start, r.start)):
            m = _ALL_OF.match(text, q.start, r.start)
            out[k] = item_cls("BREAK", None, c.start, c.end)
            out[k + 1] = item_cls("ALLOF", None, q.start, q.start + len(m.group(0).rstrip()))
            k += 3
            continue
        k += 1
    return out
