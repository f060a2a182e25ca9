"""A figure's caption line(s): a few words under the drawing, in small upright type, of what the figure
assumed or derived and the text did not give (issue 12: "not to scale", an assumed default, the answer to
a question asked), instead of a legend panel beside it.

The lines are plain labels under every shape, left-aligned at the figure's margin, ``CAPTION_SIZE`` px;
the canvas grows by their height (and width, for a long line). They are drawn without anti-aliasing
(pure black pixels, ``Label.crisp``), so a verifier reading colours sees ink, never an unknown grey. A science adds a caption only where its
verifier reads nothing below its drawing (nesy's own figure is read by colour, or by shape within the
drawing's own box), and records the lines in the layout's ``caption`` extra.
"""
from __future__ import annotations

import math
from dataclasses import replace

from ..resources import load_yaml
from ..types import Label, Layout, _freeze

__all__ = ["with_caption", "CAPTION_SIZE"]

# px: as the figure's labels. Crisp (not anti-aliased) glyphs at 11 px lost their thinnest strokes — the bar of
# an H ("I low many play neither?"), of an e; at 13 px every stroke is over a pixel wide. (Anti-aliased captions
# were tried: their tinted edge pixels made a word problem's exact colour reading miss its count dots.)
CAPTION_SIZE = 13.0
LINE = 1.45             # line pitch, in em


def with_caption(layout: Layout, lines: list[str], *, left: float = 12.0, gap: float = 6.0) -> Layout:
    """``layout`` with ``lines`` written under it (unchanged when there are none)."""
    lines = [t for t in lines if t]
    if not lines:
        return layout
    cw = float(load_yaml("layout", "style.yaml")["char_width"])
    y0 = float(layout.height) + gap
    # baselines a quarter pixel below a whole pixel, a whole number of pixels apart: without anti-aliasing a
    # hyphen or dash (under a pixel thick) then covers a pixel centre and is drawn (at .0 it vanishes)
    pitch = round(CAPTION_SIZE * LINE)
    base = math.floor(y0 + CAPTION_SIZE) + 0.25
    labs = [Label(t, left, base + pitch * k, CAPTION_SIZE, crisp=True) for k, t in enumerate(lines)]
    H = int(math.ceil(base + pitch * (len(lines) - 1) + 10))
    need = int(round(left + max(len(t) for t in lines) * CAPTION_SIZE * cw + 12))
    fig_w = layout.extra("figure_width", layout.width)
    W = max(layout.width, need)
    ex = {k: layout.extra(k) for k, _ in layout.extras}
    ex["caption"] = list(lines)
    if not layout.legend:
        ex["figure_width"] = max(int(fig_w), W)
    return replace(layout, width=W, height=H, labels=tuple(layout.labels) + tuple(labs), extras=_freeze(ex))
