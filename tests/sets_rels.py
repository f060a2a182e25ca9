"""A sets scene's relations as a set of (kind, a, b), for the sets tests: the symmetric relations ("outside",
"overlaps") with their two names in alphabetical order, so the same scene compares equal however the text
ordered them."""
from __future__ import annotations

from nesy.pipeline import parse


def scene_rels(sg) -> set[tuple[str, str, str]]:
    """The relations of the scene ``sg``."""
    out = set()
    for r in sg.relations:
        a, b = r.source, r.target
        if r.kind in ("outside", "overlaps") and a > b:
            a, b = b, a
        out.add((r.kind, a, b))
    return out


def rels(text: str) -> set[tuple[str, str, str]]:
    """The relations of ``text`` read as sets (unknown words allowed)."""
    return scene_rels(parse(text, domain="sets", allow_unknown=True))
