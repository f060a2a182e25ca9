"""Component words that name no part, and each drawn part's own mention checked, for ``nesy.circuits.v1``.

A component word inside a hyphenated noun compound qualifies the compound's head and names no part: "the
cap-divider test", "a resistor-ladder DAC", "the battery-holder", and "a resistor-capacitor circuit" (a kind of
circuit: its parts are the values the text gives). Read as parts, "cap" in "cap-divider" became a capacitor
with no value, drawn and verified. ``hyphen_compounds`` finds them; the parse leaves them unread (reported as
not drawn, ``circuits._tokens``). A participle after the hyphen ("a battery-powered lamp": the battery is
there) makes no such compound, nor does a chain of component words that a part or a value follows ("a
resistor-capacitor pair of 10 kΩ and 1 µF" is read as before).

The pixel verifier proves that the drawing is the scene's netlist; it cannot see a part the parser made out of
a word that names none. A part with no stated value stands in the figure on its mention alone, so
``mention_checks`` reads that mention again: it must not lie inside such a compound (any other path to the same
misreading — a refer-back, an abbreviation — fails the figure instead of verifying it).
"""
from __future__ import annotations

import re

from ..types import Check, SceneGraph

__all__ = ["hyphen_compounds", "mention_checks"]

_CHAIN = re.compile(r"(?<![\w\-‐‑])[A-Za-z]+(?:[-‐‑][A-Za-z]+)+(?![\w\-‐‑])")
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z]+)")


def _participle(w: str) -> bool:
    return bool(re.search(r"(?:ed|ing|en)$", w))


def hyphen_compounds(text: str, kind_words: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of each hyphenated compound of ``text`` whose component words (``kind_words``: word →
    kind) name no part: the head after the last hyphen is no component word and no participle, or every
    word is a component word and the next word is a plain noun (no component word, no number)."""
    out = []
    for m in _CHAIN.finditer(text):
        words = [w.lower() for w in re.split(r"[-‐‑]", m.group(0))]
        if not any(w in kind_words for w in words[:-1]) and not (words[-1] in kind_words and len(words) > 1
                                                                 and all(w in kind_words for w in words)):
            continue
        head = words[-1]
        if head not in kind_words:
            if not _participle(head):
                out.append((m.start(), m.end()))
            continue
        if all(w in kind_words for w in words):
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group("w").lower() not in kind_words and nxt.group("w").lower() not in ("of", "with"):
                out.append((m.start(), m.end()))
    return out


def mention_checks(scene: SceneGraph, kind_words: dict[str, str]) -> list[Check]:
    """One ``part_mention`` check per drawn part with no stated value: its mention does not end inside a
    hyphenated compound that names no part (``hyphen_compounds``). [] when there is no such part."""
    from .circuits import KINDS
    text = scene.text or ""
    spans = hyphen_compounds(text, kind_words)
    out: list[Check] = []
    for e in scene.entities:
        if e.kind not in KINDS or e.span is None or dict(e.attributes).get("value") is not None:
            continue
        inside = next((text[a:b] for a, b in spans if a < e.span.end <= b or a <= e.span.start < b), None)
        out.append(Check("part_mention", (e.id,), inside or e.span.text, "a part named on its own", 0,
                         inside is None, e.span.text))
    return out
