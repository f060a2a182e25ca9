"""nesy.optics.v1 drawn as a textbook ray diagram (issue 12): the colour-blind-safe palette, the grey
variant, the thin-lens and mirror symbols, F/2F marks, no legend, the stated height exaggeration, and the
verifier's own-figure decision without a legend panel."""
from __future__ import annotations

import io

import numpy as np
import pytest

from nesy.domains import optics as OP
from nesy.domains.optics_draw import height_exaggeration
from nesy.registry import get_domain
from nesy.render.style import CVD_MIN_DELTA_E, cvd_min_distance, science_style, variant
from nesy.render.svg import hex_rgb, render_layout

D = get_domain("optics")
REAL = "a converging lens of focal length 10 cm with an object 30 cm from it"
VIRTUAL = "an object 5 cm in front of a convex lens with f = 10 cm"
DIVERGING = "a diverging lens with focal length 15 cm and an object 20 cm from it"
MIRROR = "a concave mirror with focal length 10 cm and an object 25 cm in front of it"


def _draw(text: str, palette: str | None = None):
    scene = D.parse(text)
    with variant(palette=palette):
        layout = D.solve(scene)
        png = render_layout(layout, controls=False).png
    return scene, layout, png


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).copy()


def _png(img: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def test_default_palette_is_colour_blind_safe() -> None:
    """Every pair of colours that tell classes apart in one figure (black line work, object, image, the
    three rays) stays ≥ CVD_MIN_DELTA_E apart under normal vision and the three simulated dichromacies. The
    element, the axis and its points are black line work, told apart by shape (the element's exact code is
    black to the eye: it is not a colour cue)."""
    from nesy.render.style import cvd_distance
    st = science_style("optics", palette="colour")
    classes = [st["axis_color"], st["object_color"], st["image_color"], *(r["in"] for r in st["ray_colors"].values())]
    assert len(set(classes)) == len(classes)
    d, pair = cvd_min_distance(classes)
    assert d >= CVD_MIN_DELTA_E, pair
    assert st["focus_color"] == st["axis_color"] == st["hatch_color"] == "#000000"
    assert cvd_distance(st["element_color"], "#000000") < 3.0


def test_grey_variant_has_no_colour() -> None:
    """The grey palette: every colour a grey to the eye (channel spread ≤ 16 of 255), classes still distinct."""
    st = science_style("optics", palette="grey")
    cols = [st["axis_color"], st["element_color"], st["object_color"], st["image_color"], st["hatch_color"],
            *(c for r in st["ray_colors"].values() for c in r.values())]
    for c in cols:
        rgb = hex_rgb(c)
        assert max(rgb) - min(rgb) <= 16, c
    distinct = [st["axis_color"], st["element_color"], st["object_color"], st["image_color"],
                *(c for r in st["ray_colors"].values() for c in r.values())]
    assert len(set(distinct)) == len(distinct)
    _s, _l, png = _draw(REAL, "grey")
    a = _rgb(png).astype(int)
    assert int(((a.max(axis=2) - a.min(axis=2)) > 16).sum()) == 0


@pytest.mark.parametrize("text", [REAL, VIRTUAL, DIVERGING, MIRROR])
@pytest.mark.parametrize("palette", ["colour", "grey"])
def test_every_variant_verifies_without_a_legend(text: str, palette: str) -> None:
    scene, layout, png = _draw(text, palette)
    assert layout.legend == ()
    assert layout.width == layout.extra("figure_width")
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    laws = {c.law for c in v.checks}
    assert {"focal_point", "axis_points", "element_stroke", "ray_through"} <= laws   # the palette reader


def test_own_figure_never_takes_the_shape_path_in_either_palette(monkeypatch) -> None:
    def boom(*a, **k):
        raise AssertionError("shape reader used on nesy's own undegraded figure")
    monkeypatch.setattr(OP, "_verify_by_shape", boom)
    for pal in ("colour", "grey"):
        scene, _l, png = _draw(MIRROR, pal)
        assert D.verify(png, scene).passed


@pytest.mark.parametrize("text,conv", [(REAL, True), (DIVERGING, False)])
def test_thin_lens_symbol(text: str, conv: bool) -> None:
    """A vertical line with arrowheads at both ends: apexes at the line's ends (outward) for a converging
    lens, inside them (inward) for a diverging one."""
    _s, layout, _p = _draw(text)
    el = layout.shape("element")
    assert el.kind == "line" and el.box[0] == el.box[2]
    y_top, y_bot = el.box[1], el.box[3]
    heads = [s for s in layout.shapes if s.id.startswith("_element_head_")]
    assert len(heads) == 2
    for h in heads:
        apex = h.points[1][1]
        base = h.points[0][1]
        end = y_top if abs(apex - y_top) < abs(apex - y_bot) else y_bot
        outward = abs(apex - end) < abs(base - end)
        assert outward == conv


def test_mirror_is_hatched_on_its_back() -> None:
    _s, layout, _p = _draw(MIRROR)
    el = layout.shape("element")
    hatch = [s for s in layout.shapes if s.id.startswith("_hatch_")]
    assert len(hatch) >= 10
    # the object is on the left: the reflecting side faces it, the hatching lies behind (right of) the arc
    assert all(min(h.box[0], h.box[2]) > min(p[0] for p in el.points) for h in hatch)
    assert layout.extra("object_x") < layout.extra("element_x")


GALLERY = "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it"


@pytest.mark.parametrize("text,names", [(GALLERY, {"F", "F′", "2F", "2F′"}), (REAL, {"F", "F′", "2F"}),
                                        (VIRTUAL, {"F", "F′"}), (MIRROR, {"F", "C"})])
def test_points_marked_and_named(text: str, names: set[str]) -> None:
    """F and F′ (a mirror: F and C) always; 2F and 2F′ where the drawn axis reaches them."""
    _s, layout, _p = _draw(text)
    assert {s.id[len("focus_"):] for s in layout.shapes if s.id.startswith("focus_")} == names
    assert names <= {lb.text for lb in layout.labels}
    assert "object" in {lb.text for lb in layout.labels}
    assert {"real image", "virtual image"} & {lb.text for lb in layout.labels}


def test_height_exaggeration_is_stated_in_the_body() -> None:
    _s, layout, _p = _draw(REAL)
    k = layout.extra("height_exaggeration")
    assert k > 1
    assert layout.extra("px_per_cm_y") == pytest.approx(k * layout.extra("px_per_cm_x"))
    note = [lb for lb in layout.labels if lb.text.startswith("heights ×")]
    assert len(note) == 1 and note[0].text == f"heights ×{k:g}"
    assert note[0].x < layout.width and note[0].y < layout.height


@pytest.mark.parametrize("sx,fit,ho,want", [
    (10.0, 5.0, 10.0, 1.0),     # one scale: the object is 100 px tall
    (10.0, 5.0, 3.0, 5.0),      # 30 px: heights ×5 (the largest round factor that fits)
    (10.0, 3.4, 3.0, 3.0),
    (10.0, 0.7, 50.0, 0.6),     # too tall to fit at one scale: compressed by a round factor
])
def test_height_exaggeration_rule(sx: float, fit: float, ho: float, want: float) -> None:
    assert height_exaggeration(sx, fit * sx, ho, 60.0) == pytest.approx(want)


def test_equal_scale_has_no_note() -> None:
    _s, layout, _p = _draw("a 6 cm tall object 30 cm from a converging lens with f = 10 cm")
    if layout.extra("height_exaggeration") == 1.0:
        assert not [lb for lb in layout.labels if lb.text.startswith("heights")]
    else:
        assert [lb for lb in layout.labels if lb.text.startswith("heights")]


def test_grey_wrongs_are_caught() -> None:
    """The grey figure is judged as strictly: an image arrow moved sideways, a focal dot moved."""
    scene, layout, png = _draw(REAL, "grey")
    st = science_style("optics", palette="grey")
    img = _rgb(png)
    col = np.array(hex_rgb(st["image_color"]), np.uint8)
    m = np.all(img == col, axis=2)
    ys, xs = np.nonzero(m)
    moved = img.copy()
    moved[ys, xs] = 255
    moved[ys, xs + 25] = col
    v = D.verify(_png(moved), scene)
    assert "image_position" in {c.law for c in v.failed()}
    # the dot at F′ erased and drawn 30 px farther out
    ya = int(layout.extra("axis_y"))
    fx = int(round(layout.shape("focus_F′").box[0] + 4))
    dot = img.copy()
    dot[ya - 5:ya + 6, fx - 5:fx + 6] = 255
    dot[ya, fx - 5:fx + 6] = 0
    dot[ya - 4:ya + 5, fx + 26:fx + 35] = 0
    v = D.verify(_png(dot), scene)
    assert "focal_point" in {c.law for c in v.failed()}


def test_colour_dot_missing_is_caught() -> None:
    scene, layout, png = _draw(REAL)
    img = _rgb(png)
    ya = int(layout.extra("axis_y"))
    x2 = int(round(layout.shape("focus_2F").box[0] + 4))
    img[ya - 5:ya + 6, x2 - 5:x2 + 6] = 255
    img[ya, x2 - 5:x2 + 6] = 0
    v = D.verify(_png(img), scene)
    assert "axis_points" in {c.law for c in v.failed()}


def test_lens_line_removed_is_caught() -> None:
    """Only the two arrowheads left: not a lens (element_stroke)."""
    scene, layout, png = _draw(REAL)
    img = _rgb(png)
    el = layout.shape("element")
    x = int(el.box[0])
    col = np.array(hex_rgb(science_style("optics", palette="colour")["element_color"]), np.uint8)
    y0, y1 = int(el.box[1]) + 12, int(el.box[3]) - 12
    band = img[y0:y1, x - 3:x + 4]
    band[np.all(band == col, axis=2)] = 255
    assert (band == 255).all(axis=2).sum() > 100
    v = D.verify(_png(img), scene)
    assert {"element_found", "element_stroke"} & {c.law for c in v.failed()}


def test_grey_is_deterministic() -> None:
    assert _draw(MIRROR, "grey")[2] == _draw(MIRROR, "grey")[2]


@pytest.mark.parametrize("text", [REAL, MIRROR, VIRTUAL])
def test_grey_degraded_copies_are_read_by_shape(text: str, monkeypatch) -> None:
    """A degraded grey copy cannot be read by its near-black codes: it goes to the shape reader, which
    accepts it, and rejects it with the image arrow moved."""
    from nesy.see.degrade import degrade
    scene, layout, png = _draw(text, "grey")
    calls = []
    real = OP._verify_by_shape

    def spy(*a, **k):
        calls.append(1)
        return real(*a, **k)
    monkeypatch.setattr(OP, "_verify_by_shape", spy)
    for style in ("blur1", "jpeg90"):
        v = D.verify(degrade(png, style), scene)
        assert v.passed, (style, [c for c in v.checks if not c.passed])
    assert len(calls) == 2
    st = science_style("optics", palette="grey")
    img = _rgb(png)
    m = np.all(img == np.array(hex_rgb(st["image_color"]), np.uint8), axis=2)
    ys, xs = np.nonzero(m)
    img[ys, xs] = 255
    img[ys, np.clip(xs + 40, 0, img.shape[1] - 1)] = hex_rgb(st["image_color"])
    assert not D.verify(degrade(_png(img), "blur1"), scene).passed


def test_a_rectangle_inside_the_diagram_is_not_a_plot_frame() -> None:
    """The axis, the lens, a real image's arrow and the ray leaving the lens level with its tip make a
    rectangle in every real-image lens diagram; the shape reader must not crop the figure to it."""
    from nesy.see.rays import read_ray_diagram
    _s, layout, png = _draw("an object 15 cm from a converging lens with f = 10 cm")
    d = read_ray_diagram(_rgb(png))
    assert d.axis_y is not None and abs(d.axis_y - layout.extra("axis_y")) <= 1.5
    assert d.element_x is not None and abs(d.element_x - layout.extra("element_x")) <= 2
