"""Exact SVG/PNG rendering of a ``Layout`` and its control maps."""
from __future__ import annotations

import functools
import io
import json
import os
import re
from typing import Protocol
from xml.sax.saxutils import escape

from ..resources import load_yaml
from .typography import text_markup
from ..types import Layout, Rendering

__all__ = ["Renderer", "SvgRenderer", "render_layout", "svg_to_png", "to_svg", "segmentation_svg",
           "edge_map", "hex_rgb"]


class Renderer(Protocol):
    """Extension point: anything that turns a layout into a rendering."""

    def render(self, layout: Layout) -> Rendering: ...


def hex_rgb(c: str) -> tuple[int, int, int]:
    c = c.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def _f(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


def _shape_svg(s, fill: str | None = None, stroke: str | None = None, sw: float | None = None) -> str:
    x0, y0, x1, y1 = s.box
    fill = s.fill if fill is None else fill
    stroke = s.stroke if stroke is None else stroke
    sw = s.stroke_width if sw is None else sw
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="{_f(sw)}"'
    if s.kind in ("ellipse", "circle"):
        return (f'<ellipse id="{escape(s.id)}" cx="{_f((x0 + x1) / 2)}" cy="{_f((y0 + y1) / 2)}" '
                f'rx="{_f((x1 - x0) / 2)}" ry="{_f((y1 - y0) / 2)}" {paint}/>')
    if s.kind in ("rect", "rounded"):
        r = min(s.radius, (x1 - x0) / 2, (y1 - y0) / 2) if s.kind == "rounded" else 0.0
        return (f'<rect id="{escape(s.id)}" x="{_f(x0)}" y="{_f(y0)}" width="{_f(x1 - x0)}" '
                f'height="{_f(y1 - y0)}" rx="{_f(r)}" {paint}/>')
    if s.kind == "line":
        return (f'<line id="{escape(s.id)}" x1="{_f(x0)}" y1="{_f(y0)}" x2="{_f(x1)}" y2="{_f(y1)}" '
                f'stroke="{stroke}" stroke-width="{_f(sw)}"/>')
    if s.kind in ("polyline", "polygon"):
        pts = " ".join(f"{_f(x)},{_f(y)}" for x, y in s.points)
        fill = "none" if s.kind == "polyline" else fill
        return f'<{s.kind} id="{escape(s.id)}" points="{pts}" fill="{fill}" stroke="{stroke}" stroke-width="{_f(sw)}"/>'
    if s.kind == "point":
        return (f'<circle id="{escape(s.id)}" cx="{_f(x0)}" cy="{_f(y0)}" r="{_f(max(sw, 3))}" '
                f'fill="{fill}" stroke="none"/>')
    raise ValueError("shape kind must be ellipse, rect, rounded, circle, line, point, polyline or polygon, "
                     f"got {s.kind!r}")


def to_svg(layout: Layout) -> str:
    """The figure as SVG text: shapes by z order, labels, and the legend panel on the right."""
    st = load_yaml("layout", "style.yaml")
    W, H = layout.width, layout.height
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'shape-rendering="crispEdges" font-family="{st["font_family"]}">',
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="{st["background"]}"/>']
    for s in sorted(layout.shapes, key=lambda s: (s.z, s.id)):
        out.append(_shape_svg(s))
    for lb in layout.labels:
        slant, content = text_markup(lb.text, getattr(lb, "italic", False), getattr(lb, "math", False))
        extra = slant + (' text-rendering="optimizeSpeed"' if getattr(lb, "crisp", False) else "")
        out.append(f'<text x="{_f(lb.x)}" y="{_f(lb.y)}" font-size="{_f(lb.size)}" '
                   f'text-anchor="{lb.anchor}" fill="{lb.color}"{extra}>{content}</text>')
    if layout.legend:
        fig_w = layout.extra("figure_width", W)
        out.append(f'<line x1="{fig_w + 0.5}" y1="0" x2="{fig_w + 0.5}" y2="{H}" stroke="{st["frame"]}" '
                   'stroke-width="1"/>')
        y = 30
        for text, color in layout.legend:
            out.append(f'<rect x="{fig_w + 14}" y="{y - 11}" width="14" height="14" fill="{color}" '
                       f'stroke="{st["frame"]}" stroke-width="1"/>')
            out.append(f'<text x="{fig_w + 36}" y="{y}" font-size="13" fill="#000000">'
                       f'{escape(text)}</text>')
            y += 22
    out.append("</svg>")
    return "\n".join(out) + "\n"


def segmentation_svg(layout: Layout) -> str:
    """The segmentation control map: every shape filled with its class colour, nothing else."""
    pal = load_yaml("layout", "control_palette.yaml")["classes"]
    W, H = layout.width, layout.height
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" shape-rendering="crispEdges">',
           f'<rect x="0" y="0" width="{W}" height="{H}" fill="{pal["background"]["color"]}"/>']
    for s in sorted(layout.shapes, key=lambda s: (s.z, s.id)):
        col = pal.get(s.cls or "", pal["label"])["color"]
        if s.kind in ("line", "polyline"):
            out.append(_shape_svg(s, stroke=col))
        else:
            out.append(_shape_svg(s, fill=col, stroke=col, sw=0.0 if s.fill != "none" else s.stroke_width))
    out.append("</svg>")
    return "\n".join(out) + "\n"


@functools.lru_cache(maxsize=1)
def _fonts() -> tuple[list[str], bool]:
    """The font files nesy draws with (shipped under ``layout/``), so text renders the same on every
    machine without system fonts; (files, True) when they are all present."""
    from ..resources import data_dir
    st = load_yaml("layout", "style.yaml")
    files = [str(data_dir("layout") / f) for f in st.get("font_files", [])]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise FileNotFoundError(f"nesy's font files are missing from its data: {missing}")
    return files, True


# The largest figure nesy rasterises: the same bound its verifiers read (``regionbase.read_png``). Past it a
# figure could not be verified, and resvg would try to allocate it whole (a 55,923 × 55,664 px cell layout
# asked for 24.9 GB and aborted the process, which no Python handler can catch).
MAX_FIGURE_SIDE = 32_768        # px
MAX_FIGURE_PIXELS = 40_000_000  # px, width × height


def svg_size(svg: str) -> tuple[float, float]:
    """The (width, height) of nesy's figure SVG in px, from its root element."""
    m = re.search(r'<svg\b[^>]*?\bwidth="([\d.]+)"[^>]*?\bheight="([\d.]+)"', svg)
    if not m:
        raise ValueError("figure SVG without numeric width/height on its root element")
    return float(m.group(1)), float(m.group(2))


def svg_to_png(svg: str) -> bytes:
    """Rasterise SVG text with resvg (deterministic: the same SVG gives the same bytes).

    Raises ``UnsupportedError`` for a figure past ``MAX_FIGURE_SIDE``/``MAX_FIGURE_PIXELS``, before drawing."""
    import resvg_py
    from ..errors import UnsupportedError
    w, h = svg_size(svg)
    if max(w, h) > MAX_FIGURE_SIDE or w * h > MAX_FIGURE_PIXELS:
        raise UnsupportedError(f"the figure would be {w:,.0f} × {h:,.0f} px, past what nesy draws and verifies "
                               f"({MAX_FIGURE_SIDE:,} px a side, {MAX_FIGURE_PIXELS:,} pixels): the science's laws make "
                               "the objects asked for this large; ask for fewer or smaller objects")
    files, have = _fonts()
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, font_files=files or None, skip_system_fonts=have,
                                       shape_rendering="crisp_edges"))


def edge_map(png: bytes) -> bytes:
    """Canny edges of the figure at its own resolution (thresholds 100/200, the ControlNet canny
    convention; bit-identical to ``cv2.Canny``), white on black, as a 3-channel PNG the way ControlNet reads it."""
    import numpy as np
    from PIL import Image
    from .edges import canny
    img = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    edges = canny(img, 100, 200)
    buf = io.BytesIO()
    Image.fromarray(np.repeat(edges[:, :, None], 3, axis=2)).save(buf, format="PNG")
    return buf.getvalue()


def render_layout(layout: Layout, *, controls: bool = True) -> Rendering:
    """Draw ``layout`` exactly: SVG, PNG and (when ``controls``) the control maps."""
    svg = to_svg(layout)
    png = svg_to_png(svg)
    maps: list[tuple[str, bytes]] = []
    if controls:
        maps.append(("segmentation.png", svg_to_png(segmentation_svg(layout))))
        maps.append(("edges.png", edge_map(png)))
        pal = load_yaml("layout", "control_palette.yaml")["classes"]
        maps.append(("classes.json", json.dumps(
            {k: {"index": v["index"], "color": v["color"]} for k, v in pal.items()}, indent=1).encode()))
    return Rendering(svg, png, layout.width, layout.height, tuple(maps))


class SvgRenderer:
    """The exact symbolic renderer (the default ``Renderer``)."""

    def __init__(self, controls: bool = True):
        self.controls = controls

    def render(self, layout: Layout) -> Rendering:
        return render_layout(layout, controls=self.controls)
