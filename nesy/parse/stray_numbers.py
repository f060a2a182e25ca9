"""Numbers a science's grammar read as counting nothing: never dropped, and a restated count checked.

A number with no noun after it that the grammar could attach it to ("Are there mitochondria? Yes, 4.",
"the right one has 4") states something the figure would not show, so the grammar lists it among the
words it did not read (``SceneGraph.unknown``) and the accounting reports it as *not drawn*: the verdict
cannot say "verified" for a figure that left a stated number out.

Two such numbers are read here. A count of the figure's own shapes restated beside their names ("three
circles labelled A, B and C", "two circles P and Q", "a three-circle Venn diagram"). The noun it counts
is one the science draws its entities as (its grammar's ``drawn_as``: sets draws each set as a circle or
oval); when the scene has exactly that many entities of the kind, the number restates a count the figure
shows and is passed over as carrying nothing new. When it does not ("four circles labelled A, B and C"),
it stays not drawn: the figure shows three, the text says four. And "one" counting the figure itself ("draw
these sets as one diagram"): nesy draws one figure.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import SceneGraph, Span

__all__ = ["restated_counts"]

_NEXT_WORD = re.compile(r"[\s,]*(?:-\s*)?([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s,]*$")
_BEFORE_PRONOUN_ONE = frozenset({"no", "each", "every", "the", "this", "that", "which", "any", "either", "neither",
                                 "another", "other", "of", "a", "one", "some"})
# words that may stand between a count and its noun: adverbs and adjectives of shape and arrangement
_MAX_BETWEEN = 3


def _drawn_as(domain: str) -> dict[str, str]:
    """noun (lower case, singular and plural) → the entity kind the science draws as it."""
    from ..resources import load_yaml
    try:
        g = load_yaml("grammars", f"{domain}/grammar.yaml")
    except FileNotFoundError:  # a science without a shared grammar file
        return {}
    out: dict[str, str] = {}
    for kind, nouns in (g.get("drawn_as") or {}).items():
        for n in nouns:
            out[str(n).lower()] = str(kind)
    return out


def _pronoun_one(text: str, sp: Span) -> bool:
    """Whether ``sp`` is "one" used as a pronoun, standing for a noun said before ("no one is contained in
    the other", "a short piece of one", "the other one"): after a determiner or a preposition, with no
    noun of its own. It counts nothing (the thing it stands for was counted where it was named)."""
    if sp.text.lower() not in ("one", "ones"):
        return False
    m = _WORD_BEFORE.search(text, 0, sp.start)
    if not (m and m.group(1).lower() in _BEFORE_PRONOUN_ONE):
        return False
    # no noun of its own: punctuation, the end, or a function word next ("no one is", "one of", "of one:"),
    # never a word that may be its noun ("of one solar mass")
    nxt = re.match(r"\s*([A-Za-z]+)", text[sp.end:])
    if nxt is None:
        return True
    from .account import KEPT_FUNCTION_WORDS
    from .lexicon import no_content
    w = nxt.group(1).lower()
    return w in KEPT_FUNCTION_WORDS or no_content().classify(w, w) == "function"


def _figure_noun_after(text: str, at: int) -> bool:
    """Whether one of the two words after ``at`` is a noun for the figure itself ("one diagram", "one Euler
    diagram", "one single figure"): the no-content lexicon's figure class."""
    from .lemmas import lemma_table
    from .lexicon import no_content
    for _ in range(2):
        m = _NEXT_WORD.match(text, at)
        if not m:
            return False
        w = m.group(1).lower()
        if no_content().classify(lemma_table().get(w, w), w) == "figure":
            return True
        at = m.end()
    return False


def _number_and_rest(text: str) -> tuple[int | None, str]:
    """The whole count a span starts with ("3", "three", "three-circle" → 3) and what follows a hyphen."""
    from .words import scan_numbers
    head, _, tail = text.partition("-")
    nums = scan_numbers(head)
    if len(nums) != 1 or nums[0].text.strip() != head.strip() or nums[0].value is None:
        return None, ""
    v = nums[0].value
    if v.denominator != 1 or v < 0:
        return None, ""
    return int(v), tail


def restated_counts(scene: SceneGraph, text: str) -> SceneGraph:
    """``scene`` with each unread number that restates what the figure shows (see the module's docstring)
    moved from ``unknown`` to ``ignored``; everything else unchanged."""
    if not scene.unknown:
        return scene
    nouns = _drawn_as(scene.domain)
    counts: dict[str, int] = {}
    for e in scene.entities:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    keep, restated = [], []
    for sp in scene.unknown:
        n, tail = _number_and_rest(sp.text)
        if _pronoun_one(text, sp) or n is not None and (
                counts.get(_counted_kind(nouns, text, sp.end, tail), -1) == n
                or (n == 1 and not tail and _figure_noun_after(text, sp.end))):
            restated.append(Span(sp.start, sp.end, sp.text))
        else:
            keep.append(sp)
    if not restated:
        return scene
    ignored = tuple(sorted(set(scene.ignored) | set(restated), key=lambda s: (s.start, s.end)))
    return replace(scene, unknown=tuple(keep), ignored=ignored)


def _counted_kind(nouns: dict[str, str], text: str, at: int, tail: str) -> str | None:
    """The kind of entity the noun a count stands before names, if the science draws its entities as that
    noun: the rest of a hyphenated word ("three-circle"), or the first such noun among the next few words."""
    if tail:
        return nouns.get(tail.lower())
    for _ in range(_MAX_BETWEEN + 1):
        m = _NEXT_WORD.match(text, at)
        if not m:
            return None
        kind = nouns.get(m.group(1).lower())
        if kind is not None:
            return kind
        at = m.end()
    return None
