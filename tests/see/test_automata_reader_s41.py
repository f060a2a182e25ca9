"""A state diagram another tool draws is read by shape, whatever its colours and trimmings
(nesy.see.graphs.read_graph, nesy.domains.automata_verify.verify_other):

- a state filled with a strong colour is still a circle, named by the text inside it, and double when
  it has a second circle — the fill is an area, not line work;
- a label glyph that its edge's line touches or runs through is still read as the edge's symbol;
- a label drawn in a thin frame is read without the frame (no extra '一' or '：' from its corners);
- a start arrow whose head stops a few pixels short of its state is still the start arrow.

And each figure with one error against the text is still caught. The figures are drawn here with PIL in a
style of this file's own (a row of states, straight edges, DejaVu Sans), not taken from the benchmark sets.
"""
from __future__ import annotations

import io
import math

TEXT = ("A DFA with states u, v and w; u is the start state and w is accepting. "
        "u goes to v on a and v goes to w on b.")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGE = (246, 244, 238)
INK = (40, 44, 52)


def _head(d, tip, direction, size=14.0, half=6.0, fill=INK):
    ux, uy = direction
    n = math.hypot(ux, uy)
    ux, uy = ux / n, uy / n
    bx, by = tip[0] - size * ux, tip[1] - size * uy
    d.polygon([tip, (bx - half * uy, by + half * ux), (bx + half * uy, by - half * ux)], fill=fill)


def _diagram(*, fills=None, cross=False, frame=None, start_gap=0.0, accepting=("w",), start="u",
             symbols=("a", "b")) -> bytes:
    """Three states in a row, u → v → w, the start arrow from the left. ``fills``: state → fill colour;
    ``cross``: each edge's symbol written across its line (the line runs through the glyph) on a slanted
    edge; ``frame``: the outline colour of a box around each symbol; ``start_gap``: px left between the
    start arrow's head and its state's circle."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 900, 420
    img = Image.new("RGB", (W, H), PAGE)
    d = ImageDraw.Draw(img)
    name_font = ImageFont.truetype(FONT, 30)
    sym_font = ImageFont.truetype(FONT, 28)
    R = 46
    # a slanted row when the symbols are written across their lines, so the line crosses the glyph
    pos = {"u": (170, 120), "v": (450, 300), "w": (730, 120)} if cross else {"u": (170, 210), "v": (450, 210),
                                                                             "w": (730, 210)}
    fills = fills or {}
    for q, (x, y) in pos.items():
        d.ellipse((x - R, y - R, x + R, y + R), fill=fills.get(q, PAGE), outline=INK, width=3)
        if q in accepting:
            d.ellipse((x - R + 8, y - R + 8, x + R - 8, y + R - 8), outline=INK, width=3)
        d.text((x, y), q, font=name_font, fill=INK, anchor="mm")
    for (a, b), sym in zip((("u", "v"), ("v", "w")), symbols):
        (ax, ay), (bx, by) = pos[a], pos[b]
        L = math.hypot(bx - ax, by - ay)
        ux, uy = (bx - ax) / L, (by - ay) / L
        p0 = (ax + (R + 2) * ux, ay + (R + 2) * uy)
        tip = (bx - (R + 2) * ux, by - (R + 2) * uy)
        d.line([p0, (tip[0] - 10 * ux, tip[1] - 10 * uy)], fill=INK, width=3)
        _head(d, tip, (ux, uy))
        mx, my = (ax + bx) / 2, (ay + by) / 2
        if not cross:
            my -= 30
        if frame is not None:
            d.rectangle((mx - 16, my - 19, mx + 16, my + 19), fill=PAGE, outline=frame, width=1)
        d.text((mx, my), sym, font=sym_font, fill=(176, 52, 40), anchor="mm")
    sx, sy = pos[start]
    tip = (sx - R - 2 - start_gap, sy)
    d.line([(sx - R - 120, sy), (tip[0] - 10, sy)], fill=INK, width=3)
    _head(d, tip, (1, 0))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _verify(png: bytes):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    scene = parse(TEXT, domain="automata", allow_unknown=True)
    return get_domain("automata").verify(png, scene)


def _failed(v) -> list[str]:
    return [f"{c.law}{tuple(c.args)}: {c.observed}" for c in v.failed()]


def _graph(png: bytes):
    from nesy.domains.regionbase import read_png
    from nesy.see.graphs import read_graph
    return read_graph(read_png(png))


STRONG = {"u": (120, 200, 150), "v": (90, 150, 230), "w": (250, 190, 60)}


# ---------------------------------------------------------------- a state filled with a strong colour
def test_filled_states_are_circles_named_by_their_text():
    g = _graph(_diagram(fills=STRONG))
    assert sorted((s.name.lower(), s.accepting) for s in g.states) == [("u", False), ("v", False), ("w", True)]


def test_filled_states_figure_passes_and_its_errors_are_caught():
    v = _verify(_diagram(fills=STRONG))
    assert v.passed, _failed(v)
    wrong = _verify(_diagram(fills=STRONG, accepting=()))
    assert not wrong.passed and any(c.law == "accepting_ring" for c in wrong.failed())
    wrong = _verify(_diagram(fills=STRONG, accepting=("v", "w")))
    assert not wrong.passed and any(c.law == "accepting_ring" for c in wrong.failed())


def test_area_fills_keeps_strokes_and_text():
    """A fill is taken away as area; the circle's stroke, the name and a filled arrowhead stay ink."""
    import numpy as np
    from nesy.domains.regionbase import read_png
    from nesy.see.graphs import area_fills
    from nesy.see.lines import ink
    rgb = read_png(_diagram(fills=STRONG))
    mask = ink(rgb) >= 0.3
    fill = area_fills(rgb, mask)
    cx, cy = 730, 210
    assert fill[cy - 30, cx] and fill[cy, cx - 25]          # inside w, off its name
    assert not fill[cy, cx - 46] and not fill[cy, cx - 47]  # its circle's stroke
    ys, xs = np.nonzero(mask[cy - 15: cy + 15, cx - 12: cx + 12] & ~fill[cy - 15: cy + 15, cx - 12: cx + 12])
    assert len(xs) > 40                                     # the name 'w' is still ink
    assert not fill[210, 400 - 10: 400].any()               # u → v's arrowhead (tip at x 402)
    assert not area_fills(rgb, np.zeros_like(mask)).any()   # no ink, no fill


# ---------------------------------------------------------------- a glyph its line runs through
def test_symbol_crossed_by_its_line_is_read():
    v = _verify(_diagram(cross=True))
    assert v.passed, _failed(v)


def test_symbol_crossed_by_its_line_wrong_symbol_caught():
    wrong = _verify(_diagram(cross=True, symbols=("a", "a")))
    assert not wrong.passed and any(c.law == "edge_label" for c in wrong.failed())


# ---------------------------------------------------------------- a label in a thin frame
def test_framed_symbols_are_read_without_their_frame():
    v = _verify(_diagram(frame=(150, 150, 150)))
    assert v.passed, _failed(v)


def test_framed_symbols_wrong_symbol_caught():
    wrong = _verify(_diagram(frame=(150, 150, 150), symbols=("a", "a")))
    assert not wrong.passed and any(c.law == "edge_label" for c in wrong.failed())


# ---------------------------------------------------------------- a start arrow stopping short
def test_start_arrow_stopping_short_of_its_state():
    g = _graph(_diagram(start_gap=7.0))
    starts = [e.target for e in g.edges if e.source < 0]
    assert [g.states[i].name for i in starts] == ["u"]
    v = _verify(_diagram(start_gap=7.0))
    assert v.passed, _failed(v)


def test_start_arrow_stopping_short_of_the_wrong_state_caught():
    wrong = _verify(_diagram(start_gap=7.0, start="v"))
    assert not wrong.passed and any(c.law == "start_marker" for c in wrong.failed())
