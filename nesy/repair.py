"""What the next round changes after a failed verdict, and the record of why.

A failed check names what it is about (``Check.args``: entity ids, or a kind for a count). ``plan``
turns a verdict into a ``Repair``: the entities to redraw (those named by failed checks and present in
the layout) and the reasons (each failed check in one line). The pipeline then, for a renderer that
draws pixels of its own (a diffusion model):

1. **redraws only those regions**: the same layout is drawn again with the next attempt (a new sample and
   the renderer's stronger conditioning), and the new pixels replace the old ones inside the failed
   entities' outlines grown by ``MARGIN_PX`` (``composite``) — an inpainting by recomposition that keeps
   everything that already passed;
2. if that does not pass, or no failed check names a drawn entity (a count that is off), **re-solves**
   (another arrangement) and redraws the whole figure.

For nesy's exact renderer the next round re-solves with the failed verdict as ``feedback``. Each round's
``action`` (kind, entities, reasons) is recorded in ``rounds.json``.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from .types import Layout, Verdict

__all__ = ["Repair", "plan", "composite", "MARGIN_PX"]

MARGIN_PX = 6  # how far around a failed entity's outline its pixels are redrawn (px)


@dataclass(frozen=True)
class Repair:
    """``entities``: ids of drawn entities that failed checks name; ``reasons``: one line per failed check."""

    entities: tuple[str, ...]
    reasons: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {"entities": list(self.entities), "reasons": list(self.reasons)}


def _reason(c: Any) -> str:
    return f"{c.law}({', '.join(c.args)}): observed {c.observed}, expected {c.expected} ± {c.tolerance}"


def plan(verdict: Verdict, layout: Layout) -> Repair:
    """The entities a failed ``verdict`` names that ``layout`` draws, and why (see the module)."""
    drawn = {s.id for s in layout.shapes}
    ids: list[str] = []
    for c in verdict.failed():
        for a in c.args:
            if a in drawn and a not in ids:
                ids.append(a)
    return Repair(tuple(ids), tuple(_reason(c) for c in verdict.failed()))


def composite(old_png: bytes, new_png: bytes, layout: Layout, ids: tuple[str, ...],
              margin_px: float = MARGIN_PX) -> bytes | None:
    """``old_png`` with the pixels inside the outlines of ``ids`` (grown by ``margin_px``) taken from
    ``new_png``; None when the two images differ in size or no outline covers a pixel. Deterministic."""
    import numpy as np
    from PIL import Image, ImageDraw
    a = Image.open(io.BytesIO(old_png))
    b = Image.open(io.BytesIO(new_png))
    if a.size != b.size or a.mode != b.mode:
        return None
    mask = Image.new("L", a.size, 0)
    draw = ImageDraw.Draw(mask)
    for s in layout.shapes:
        if s.id not in ids:
            continue
        g = s.geometry().buffer(margin_px)
        for poly in getattr(g, "geoms", [g]):
            if poly.is_empty or not hasattr(poly, "exterior"):
                continue
            draw.polygon([(float(x), float(y)) for x, y in poly.exterior.coords], fill=255)
    m = np.asarray(mask) > 0
    if not m.any():
        return None
    out = np.asarray(a).copy()
    nb = np.asarray(b)
    out[m] = nb[m]
    buf = io.BytesIO()
    Image.fromarray(out, mode=a.mode).save(buf, format="PNG")
    return buf.getvalue()
