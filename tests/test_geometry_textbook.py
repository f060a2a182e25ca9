"""nesy.geometry.v1 drawn as a textbook draws it (black on white, marks and labels on the figure) and
still verified from its pixels: each injected error — a vertex moved, an angle changed, a mark or tick
removed or added, a label changed — makes the verdict fail, on nesy's PNG and on degraded copies."""
from __future__ import annotations

import io
from dataclasses import replace

import numpy as np
import pytest

from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml
from nesy.see.degrade import degrade

D = get_domain("geometry")
STYLE = load_yaml("layout", "geometry.yaml")

RIGHT = "A triangle with sides 3 cm, 4 cm and 5 cm and its inscribed circle"
ANGLE = "a triangle ABC with AB = 5 cm, AC = 7 cm and angle A = 40° and its incircle and circumcircle"
ISO = "an isosceles triangle with equal sides 5 cm and base 6 cm"
TANGENTS = "a circle of radius 3 cm and the two tangents from a point P 7 cm from its centre"
HEX = "a regular hexagon with side 2 cm"


def _fig(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


def _png(arr: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def _without(layout, *ids: str):
    return replace(layout, shapes=tuple(s for s in layout.shapes if s.id not in ids))


def _failed(png: bytes, scene) -> set[str]:
    return {c.law for c in D.verify(png, scene).failed()}


# ---------------------------------------------------------------- the drawing

@pytest.mark.parametrize("text", [RIGHT, ANGLE, ISO, TANGENTS, HEX])
def test_black_on_white_without_legend(text):
    scene, layout, png = _fig(text)
    a = _rgb(png)
    assert (a[..., 0] == a[..., 1]).all() and (a[..., 1] == a[..., 2]).all()    # no colour at all
    assert layout.legend == () and a.shape[1] == layout.width >= 600
    assert {s.stroke for s in layout.shapes} == {"#000000"}
    assert not any(s.id == "scale_bar" for s in layout.shapes)
    assert D.verify(png, scene).passed


def test_textbook_marks_are_drawn():
    _, lay, _ = _fig(RIGHT)
    ids = {s.id for s in lay.shapes}
    assert "right_C" in ids                                   # 3-4-5: the right angle at C is marked
    assert {lb.text for lb in lay.labels} >= {"A", "B", "C", "3 cm", "4 cm", "5 cm"}
    _, lay, _ = _fig(ANGLE)
    assert "arc_A" in {s.id for s in lay.shapes} and "40°" in {lb.text for lb in lay.labels}
    _, lay, _ = _fig(ISO)
    ticks = sorted(s.id for s in lay.shapes if s.id.startswith("tick_"))
    assert ticks == ["tick_AB_1", "tick_CA_1"]                # the two equal legs, one tick each
    _, lay, _ = _fig("a rectangle 6 cm by 4 cm")
    assert sorted(s.id for s in lay.shapes if s.id.startswith("tick_")) == \
        ["tick_AB_1", "tick_BC_1", "tick_BC_2", "tick_CD_1", "tick_DA_1", "tick_DA_2"]
    _, lay, _ = _fig(TANGENTS)
    assert {"right_T1", "right_T2"} <= {s.id for s in lay.shapes}   # radius ⟂ tangent


def test_vertex_letters_lie_outside_the_figure():
    from shapely.geometry import Polygon
    from nesy.domains.geometry_draw import text_box
    for text in (RIGHT, ISO, HEX):
        _, lay, _ = _fig(text)
        poly = Polygon(list(lay.extra("vertices_px").values()))
        for lb, role in zip(lay.labels, lay.extra("label_roles")):
            if role.startswith("vertex:"):
                assert not text_box(lb).intersects(poly), (text, lb.text)


# ---------------------------------------------------------------- errors injected into the layout

def test_removed_right_angle_mark_fails():
    scene, lay, _ = _fig(RIGHT)
    assert "right_angle_mark" in _failed(render_layout(_without(lay, "right_C"), controls=False).png, scene)


def test_removed_angle_arc_fails():
    scene, lay, _ = _fig(ANGLE)
    assert "angle_arc" in _failed(render_layout(_without(lay, "arc_A"), controls=False).png, scene)


def test_removed_or_added_tick_fails():
    scene, lay, _ = _fig(ISO)
    assert "equal_side_ticks" in _failed(render_layout(_without(lay, "tick_AB_1"), controls=False).png, scene)
    t = lay.shape("tick_CA_1")
    side = lay.shape("side_CA")
    u = np.subtract(side.box[2:], side.box[:2])
    dx, dy = 5 * u / np.linalg.norm(u)                         # a second tick beside it, along the side
    shifted = replace(t, id="tick_CA_2", box=(t.box[0] + dx, t.box[1] + dy, t.box[2] + dx, t.box[3] + dy))
    two = replace(lay, shapes=lay.shapes + (shifted,))
    assert "equal_side_ticks" in _failed(render_layout(two, controls=False).png, scene)
    # a scalene side given a tick it should not have
    scene3, lay3, _ = _fig(RIGHT)
    side = lay3.shape("side_AB")
    mx, my = (side.box[0] + side.box[2]) / 2, (side.box[1] + side.box[3]) / 2
    tick = replace(side, id="tick_AB_1", box=(mx, my - 5.5, mx, my + 5.5), stroke_width=1.25, cls="mark")
    assert "equal_side_ticks" in _failed(render_layout(replace(lay3, shapes=lay3.shapes + (tick,)),
                                                       controls=False).png, scene3)


def test_changed_angle_fails():
    """Vertex C (its dot, both sides and marks) drawn 14 px further right: the angles are no longer the
    scene's."""
    scene, lay, _ = _fig(ANGLE)
    cx, cy = lay.extra("dots")["vertex_C"]

    def mv(p):
        return (p[0] + 14, p[1]) if abs(p[0] - cx) < 1e-6 and abs(p[1] - cy) < 1e-6 else p
    shapes = []
    for s in lay.shapes:
        if s.kind == "line":
            a, b = mv(s.box[:2]), mv(s.box[2:])
            s = replace(s, box=(*a, *b))
        elif s.id == "vertex_C":
            s = replace(s, box=(s.box[0] + 14, s.box[1], s.box[2] + 14, s.box[3]))
        shapes.append(s)
    failed = _failed(render_layout(replace(lay, shapes=tuple(shapes)), controls=False).png, scene)
    assert "angle" in failed


@pytest.mark.parametrize("old,new", [("A", "B"), ("5 cm", "6 cm"), ("40°", "50°")])
def test_changed_label_fails(old, new):
    scene, lay, _ = _fig(ANGLE)
    labels = tuple(replace(lb, text=new) if lb.text == old else lb for lb in lay.labels)
    v = D.verify(render_layout(replace(lay, labels=labels), controls=False).png, scene)
    assert not v.passed and any(c.law == "label" and c.args[1] == old for c in v.failed())


def test_swapped_vertex_letters_fail():
    scene, lay, _ = _fig(RIGHT)
    swap = {"A": "B", "B": "A"}
    labels = tuple(replace(lb, text=swap.get(lb.text, lb.text)) for lb in lay.labels)
    assert "label" in _failed(render_layout(replace(lay, labels=labels), controls=False).png, scene)


def test_extra_dot_fails():
    scene, lay, _ = _fig(HEX)
    d = lay.shape("vertex_A")
    extra = replace(d, id="vertex_Z", box=(d.box[0] + 60, d.box[1] - 80, d.box[2] + 60, d.box[3] - 80))
    assert "point_count" in _failed(render_layout(replace(lay, shapes=lay.shapes + (extra,)), controls=False).png,
                                    scene)


def test_extra_line_fails():
    scene, lay, _ = _fig(RIGHT)
    side = lay.shape("side_AB")
    a, c = lay.extra("dots")["vertex_A"], lay.extra("dots")["vertex_C"]
    extra = replace(side, id="median", box=(c[0], c[1], (a[0] + side.box[2]) / 2, side.box[3]))   # C to AB's middle
    v = D.verify(render_layout(replace(lay, shapes=lay.shapes + (extra,)), controls=False).png, scene)
    assert "no_stray_ink" in {c_.law for c_ in v.failed()}


# ---------------------------------------------------------------- degraded copies

STYLES = ["blur1", "jpeg90", "jpeg75", "resize0.9", "resize0.5", "resize2", "shift-8", "shift+8"]


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("text", [RIGHT, ANGLE, TANGENTS])
def test_degraded_copy_passes_and_its_moved_vertex_fails(text, style):
    from tests.test_geometry import _dot_moved
    scene, lay, png = _fig(text)
    v = D.verify(degrade(png, style), scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    key = "vertex_C" if "vertex_C" in lay.extra("dots") else "point"
    assert not D.verify(degrade(_dot_moved(png, lay, key, -20, 25), style), scene).passed


def test_render_is_deterministic():
    from nesy.domains import geometry as G
    a = _fig(ANGLE)[2]
    G._FIGURES.clear()
    assert _fig(ANGLE)[2] == a
