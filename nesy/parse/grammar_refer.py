"""Which thing named before a definite or countless mention refers back to.

"Compare a prokaryote and a eukaryote. The bacterium has no nucleus; the eukaryotic cell has a nucleus":
"the bacterium" is the prokaryote and "the eukaryotic cell" the eukaryote, though both are the last cell
named when read left to right. A mention refers back to the last group of its kind whose attributes agree
with the ones the mention states (its adjectives and its noun's own: "bacterium" is a cell of type
prokaryotic). Two values agree when they are equal or one is a general value the grammar lists as covering
the other (``general_attributes``: a eukaryotic cell may be the animal cell named before). When
every group of the kind disagrees, none is returned and the mention is a new thing ("a plant cell …; the
animal cell has …" names two cells).

A subject pronoun after a sentence that named several things ("Draw one cell with a nucleus. It has two
peroxisomes") means the one of them that can hold what its verb gives it (``holder``: peroxisomes lie only in
a cell); where several could, it stays ambiguous and is refused.
"""
from __future__ import annotations

from typing import Any

__all__ = ["agrees", "refer_back", "merge_into", "holder"]


General = dict[str, dict[Any, frozenset]]   # attribute → general value → the values it covers


def agrees(had: dict[str, Any], said: dict[str, Any], general: General) -> bool:
    """Whether attributes ``said`` of a mention fit the attributes ``had`` of a thing named before."""
    for k, v in said.items():
        if k not in had or had[k] == v:
            continue
        cover = general.get(k, {})
        if had[k] in cover.get(v, ()) or v in cover.get(had[k], ()):
            continue
        return False
    return True


def refer_back(groups: list, kind: str, said: dict[str, Any], general: General) -> Any:
    """The last group of ``kind`` whose attributes agree with ``said`` (see the module), or None."""
    for g in reversed(groups):
        if g.kind == kind and agrees(g.attrs, said, general):
            return g
    return None


def merge_into(had: dict[str, Any], said: dict[str, Any], general: General) -> None:
    """Add the attributes ``said`` of a mention to those ``had`` of the thing it refers back to; a general
    value never replaces a specific one ("an animal cell … the eukaryotic cell" stays an animal cell)."""
    for k, v in said.items():
        if k in had and had[k] in general.get(k, {}).get(v, ()):
            continue
        had[k] = v


def holder(gids: list[int], groups: list, items: list, at: int, lies_in: dict[str, list[str]]) -> list[int] | None:
    """The one group among ``gids`` (the things the sentence before named) that a subject pronoun at
    ``items[at]`` can mean when its verb says it holds things ("It has 2 peroxisomes and 3 vesicles"): the
    only one whose kind every held thing may lie in (``lies_in``: a grammar's ``defaults.parent``, every kind
    a kind lies in). None when the verb holds nothing, a held kind has no such list, or more than one of the
    things named, or none, could hold them all ("A cell contains a nucleus. It has a nucleolus": a nucleolus
    lies in a nucleus or a cell, so the pronoun stays ambiguous)."""
    k = at + 1
    while k < len(items) and items[k].tag in ("COP", "NEG"):
        k += 1
    if k >= len(items) or items[k].tag != "REL" or tuple(items[k].value[:2]) != ("inside", True):
        return None
    held: list[str] = []
    for it in items[k + 1:]:
        if it.tag in ("BREAK", "REL", "COP"):
            break
        if it.tag == "ENT":
            held.append(it.value)
    if not held:
        return None
    fits = None
    for kind in held:
        if kind not in lies_in:
            return None
        can = {g for g in gids if groups[g].kind in lies_in[kind]}
        fits = can if fits is None else fits & can
    return sorted(fits) if fits and len(fits) == 1 else None
