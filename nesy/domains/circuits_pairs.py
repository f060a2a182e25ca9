"""The text's plainly stated pairs, checked against the circuit that was read, for ``nesy.circuits.v1``.

The pixel verifier (``circuits_verify``) proves that the drawing is the scene's netlist; it cannot see a scene
that misread the text ("branch two is 300 Ω in series with 400 Ω" folded as 300 Ω across the first branch, then
400 Ω in series with everything: the figure drew the reading faithfully and verified). These checks read the
text a second time, by a reading that shares nothing with the parser's fold: two parts the text names side by
side with only "in series with" / "in parallel with" between them ("300 Ω in series with 400 Ω", "R1 in parallel
with a 10 µF capacitor"), the second ending its clause (no further "in series"/"across"/"and" that could bind it
to something else), must stand in that relation in the circuit's series-parallel tree:

- in series: climbing from each part through series nodes only, the two meet (they carry one current: Alexander &
  Sadiku, Fundamentals of Electric Circuits, 5th ed., §2.5, elements in series);
- in parallel: the same through parallel nodes only (they share both nodes, §2.6).

A spelling the pipeline corrected ("seires") is read as corrected (``SceneGraph.corrections``).
"""
from __future__ import annotations

import re
from ..types import Check, SceneGraph

__all__ = ["stated_pair_checks"]

_BETWEEN = re.compile(r"(?i)\s*(?:(?:is|are|sits|goes|placed|connected|wired|put)\s+)*in\s+(?P<rel>series|parallel)\s+"
                      r"(?:with|to)\s+(?:(?:an?|the|another|one)\s+)?$")
# what may follow the second part for the pair to be the whole statement: the clause ends there
_ENDS = re.compile(r"(?i)\s*(?:$|[,;.)!?]|->|→|—|–\s|then\b|(?:and\s+)?(?:branch|path|arm|leg)\b)")
_BINDS_MORE = re.compile(r"(?i)^\s*,?\s*(?:(?:and|both|all|which|that)\b.*?\b)?(?:in\s+(?:series|parallel)|across|"
                         r"parallel|series)\b")


def _read(text: str, scene: SceneGraph, a: int, b: int) -> str:
    """``text[a:b]`` with the pipeline's spelling corrections inside it applied."""
    out, k = [], a
    for c in sorted(scene.corrections, key=lambda c: c.start):
        if a <= c.start and c.end <= b and c.start >= k:
            out += [text[k:c.start], c.read_as]
            k = c.end
    return "".join(out) + text[k:b]


def _named_again(rest: str, *parts) -> bool:
    """Whether the text after a pair names one of its parts again (its value or name as written, "the <kind>",
    a pronoun or a group word): then a later phrase may regroup them, and the pair is not checked alone."""
    if re.search(r"(?i)\b(?:it|them|both|these|those|each|either|combination|pair|group|chain|branch|network)\b", rest):
        return True
    for e in parts:
        words = [e.span.text.strip(), e.name or "", f"the {e.kind}"]
        val = re.search(r"\d[\d.,]*\s*[^\W\d_]*", e.span.text)
        words += [val.group(0).strip()] if val else []
        if any(w and re.search(r"(?i)(?<![\w.])" + re.escape(w) + r"(?!\w)", rest) for w in words):
            return True
    return False


def stated_pair_checks(scene: SceneGraph) -> list[Check]:
    """One ``stated_pair`` check per pair the text plainly states (module docstring); [] when none."""
    tree = scene.attr("tree")
    if not tree:
        return []
    parent: dict[str, dict] = {}
    op: dict[str, str] = {}

    def walk(n: dict) -> None:
        op[n["id"]] = n["op"]
        for ch in n.get("children") or []:
            parent[ch["id"]] = n
            walk(ch)
    walk(tree)
    text = scene.text
    parts = sorted((e for e in scene.entities if e.span is not None and e.id in op and op[e.id] == "C"),
                   key=lambda e: e.span.start)
    shared = {(e.span.start, e.span.end) for e in parts if sum(
        (o.span.start, o.span.end) == (e.span.start, e.span.end) for o in parts) > 1}
    checks: list[Check] = []
    for x, y in zip(parts, parts[1:]):
        if x.span.end > y.span.start or {(x.span.start, x.span.end), (y.span.start, y.span.end)} & shared:
            continue     # a counted plural ("two capacitors … in parallel with a battery") names no one part
        m = _BETWEEN.fullmatch(_read(text, scene, x.span.end, y.span.start))
        if not m:
            continue
        after = _read(text, scene, y.span.end, min(len(text), y.span.end + 80))
        if not _ENDS.match(after) or _BINDS_MORE.match(re.split(r"[;.]", after, maxsplit=1)[0]):
            continue
        kind = "S" if m.group("rel").lower() == "series" else "P"
        if _named_again(text[y.span.end:], x, y):
            continue     # "…; a 6 Ω resistor in parallel with the 4 Ω resistor": a later phrase regroups them

        def chain(i: str) -> set[str]:
            out: set[str] = set()
            p = parent.get(i)
            # (a whole loop, a source across one load, is one series path too: its two sides are in series)
            while p is not None and (p["op"] == kind or kind == "S" and p is tree and len(p["children"]) == 2):
                out.add(p["id"])
                p = parent.get(p["id"])
            return out
        ok = bool(chain(x.id) & chain(y.id))
        phrase = text[x.span.start:y.span.end]
        checks.append(Check("stated_pair", (x.id, y.id), "as stated" if ok else "not so in the circuit read",
                            f"in {'series' if kind == 'S' else 'parallel'}", 0, ok, phrase))
    return checks
