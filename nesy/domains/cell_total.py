"""A total that sums what the text has named: "macronucleus + micronucleus (so 2 nuclei in total)", "a large and a
small vacuole, 2 vacuoles altogether", "3 mitochondria near the nucleus and 2 at the edge: a total of 5
mitochondria".

"in total", "in all", "altogether", "a total of" mark the count as the sum of the things of that kind named
elsewhere in the text, not more of them (read as a mention of its own, the macronucleus and the micronucleus
and "2 nuclei" drew four nuclei, or three). When the other mentions of the kind add up to the total, the total's
things are theirs and are dropped; when they do not, the text contradicts itself or leaves some unplaced, and
it is refused naming both (the number to draw is not guessed). A total with nothing else of its kind named is
an ordinary count.

Hands ``CellDomain._parse`` the scene with each summed thing once.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..types import SceneGraph

__all__ = ["summed_totals"]


@functools.lru_cache(maxsize=1)
def _total_rx() -> re.Pattern:
    from .cell_aside import _noun_rx
    from ..parse.words import number_rx
    n = rf"(?:\d{{1,3}}|{number_rx()})"
    return re.compile(
        rf"(?i)(?<![\w-])(?:(?P<a>a\s+total\s+of|in\s+total|in\s+all|altogether|overall|total(?:ling|ing)?(?:\s+of)?)\s+"
        rf"{n}\s+(?:[a-z-]+\s+)?(?:{_noun_rx()})"
        rf"|{n}\s+(?:[a-z-]+\s+)?(?:{_noun_rx()})\s*(?P<b>in\s+total|in\s+all|altogether|overall|total)\b)")


def summed_totals(scene: SceneGraph) -> SceneGraph:
    """``scene`` with the things of each total that sums other mentions dropped (see the module)."""
    from ..errors import InputError
    text = scene.text or ""
    drop: set[str] = set()
    for m in _total_rx().finditer(text):
        mine = [e for e in scene.entities if e.span is not None and e.kind != "cell"
                and m.start() <= e.span.start and e.span.end <= m.end()]
        if not mine:
            continue
        kind = mine[0].kind
        others = [e for e in scene.entities if e.kind == kind and e not in mine and e.id not in drop]
        if not others:
            continue   # the only mention of its kind: an ordinary count
        if len(others) != len(mine):
            sp = mine[0].span
            raise InputError(f"'{m.group(0)}' at {m.start()}-{m.end()} gives a total of {len(mine)} but the text names "
                             f"{len(others)} other {kind} mention(s) ('{others[0].span.text if others[0].span else kind}'"
                             f"…): say the count once, e.g. '{len(others)} in total', or name each")
        drop |= {e.id for e in mine}
    if not drop:
        return scene
    ents = tuple(e for e in scene.entities if e.id not in drop)
    rels = tuple(r for r in scene.relations if r.source not in drop and r.target not in drop)
    # the total's own words ("altogether", "in total") are read: no longer unread
    spans = [m.span() for m in _total_rx().finditer(text)]
    unknown = tuple(u for u in scene.unknown if not any(a <= u.start and u.end <= b for a, b in spans))
    return replace(scene, entities=ents, relations=rels, unknown=unknown)
