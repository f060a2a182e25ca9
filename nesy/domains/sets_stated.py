"""The text's plainly stated subsets, checked on the drawn regions as a second reading, for ``nesy.sets.v1``.

The region verifier holds the drawing to the scene's relations; it cannot see a statement the reading lost.
A request for the figure that says what it shows ("Need the Venn diagram for the report, with C, P and B drawn
inside U.") was once blanked as a question: the three subsets were never read, U was drawn beside C, P and B,
and the figure verified. This check reads the text again, by a rule that shares nothing with the parser: names
of the scene's sets, listed ("C, P and B"), then at most a copula, a quantifier and a verb of drawing, then
"inside" / "within" / "a subset of" / "contained in" / "⊂" / "⊆" and one more of the scene's set names
("A and B are drawn inside U", "with C inside U", "P ⊆ Q"). Each listed set's drawn region must lie inside the
last one's (Rosen, *Discrete Mathematics and Its Applications* §2.1: A ⊆ B, A's region within B's). A sentence
that asks ("Is C inside U?", a question word first or a question mark last) states nothing and is not read;
a negation or a condition before it ("C is not inside U", "neither A nor B is inside C", "if A is inside B, …")
leaves the phrase unchecked.
"""
from __future__ import annotations

import re

from ..types import Check, SceneGraph

__all__ = ["stated_subset_checks"]

_N = r"[A-Z][A-Za-z0-9_]{0,15}"
_STATED = re.compile(
    rf"(?<![\w{{])(?P<xs>{_N}(?:\s*,\s*{_N})*(?:\s*,?\s*(?:and|&)\s+{_N})?)\s*"
    r"(?:(?:is|are|be|being|were|was)\s+)?(?:(?:all|both|each|also|entirely|wholly|completely)\s+)?"
    r"(?:(?:drawn|placed|shown|put|positioned|nested|lying|sitting|kept)\s+)?"
    r"(?:inside|within|(?:a\s+)?(?:proper\s+)?subsets?\s+of|contained\s+in|⊂|⊆|⊊)\s*"
    rf"(?:(?:the\s+)?(?:set|universe|universal\s+set)\s+)?(?P<y>{_N})(?![\w}}])")
_SENTENCE = re.compile(r"[^.?!;\n]+[.?!;]?")
_HEDGED = re.compile(r"(?i)\b(?:not|never|neither|nor|no|none|if|unless|whether|suppose|supposing|assume|assuming|"
                     r"would|could|might|impossible|false)\b|n't\b")
_HEDGED_AFTER = re.compile(r"(?i)\s*(?:is\s+|would\s+be\s+)?(?:impossible|false|not\s+true|wrong)\b")
_ASKS = re.compile(r"(?i)^\s*(?:is|are|does|do|which|what|who|whether|how|why|can|could)\b")


def stated_subset_checks(scene: SceneGraph, seen: dict) -> list:
    """One ``stated_subset`` check per set of each plainly stated subset phrase whose names are all the
    scene's sets (module docstring); [] when the text states none."""
    names = {(e.name or e.id): e.id for e in scene.entities if e.kind == "set"}
    text = scene.text or ""
    out: list[Check] = []
    for s in _SENTENCE.finditer(text):
        if s.group(0).rstrip().endswith("?") or _ASKS.match(s.group(0)):
            continue
        for m in _STATED.finditer(s.group(0)):
            if _HEDGED.search(s.group(0)[:m.start()]) or _HEDGED_AFTER.match(s.group(0)[m.end():]):
                continue   # "neither A nor B is inside C", "if A is inside B, …": not stated as true
            xs = re.findall(_N, m.group("xs"))
            y = m.group("y")
            if y not in names or not xs or any(x not in names for x in xs):
                continue
            for x in xs:
                if x == y:
                    continue
                a, b = seen.get(names[x]), seen.get(names[y])
                f = a.inside_fraction(b) if a is not None and b is not None else 0.0
                out.append(Check("stated_subset", (names[x], names[y]), round(f, 4), 1.0, 0.01, f >= 0.99,
                                 m.group(0)))
    return out
