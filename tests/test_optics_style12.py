"""Issue 12, REVIEW.md items 4 and 7 for optics: arrowheads on the rays (the light's direction) and the
values line set as the books set it.

Hecht, *Optics* (5th ed.), ch. 5 and Halliday, Resnick & Walker, *Fundamentals of Physics*, ch. 34 put a
small arrowhead on each solid ray segment, incident and refracted/reflected, pointing along the light, and
none on the dashed backward extensions; they write the values with italic symbols, upright subscripts
(sₒ, sᵢ / dₒ, dᵢ), roman numbers and units and a true minus sign. Each is asserted here from the layout, the
SVG and the PNG, and the verifier is shown to read the heads back from the pixels: a reversed or missing
head fails, clean and degraded.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

import pytest

from nesy.domains import optics_draw
from nesy.registry import get_domain
from nesy.render.style import variant
from nesy.render.svg import render_layout, to_svg
from nesy.render.typography import math_pieces
from nesy.see.degrade import degrade

D = get_domain("optics")
CASES = {
    "real": "A converging lens with focal length 10 cm and an object 3 cm tall placed 25 cm in front of it",
    "diverging": "A diverging lens with focal length 15 cm forms an image of a 4 cm tall object placed 20 cm "
                 "from the lens",
    "concave_inside_f": "An object 2 cm tall stands 6 cm in front of a concave mirror of focal length 10 cm",
    "convex_mirror": "A convex mirror with a focal length of 12 cm and a 5 cm tall candle 18 cm in front of it",
    "magnifier": "A magnifying glass of focal length 8 cm is held 5 cm from a 1 cm tall insect",
}
_CACHE: dict = {}


def _draw(key: str, palette: str | None = None):
    if (key, palette) not in _CACHE:
        scene = D.parse(CASES[key])
        with variant(palette=palette):
            layout = D.solve(scene)
            png = render_layout(layout, controls=False).png
        _CACHE[key, palette] = scene, layout, png
    return _CACHE[key, palette]


def _verify(png: bytes, scene, palette: str | None = None):
    with variant(palette=palette):
        return D.verify(png, scene)


def _flip(s):
    """The head turned round in place: apex where its base was (a head drawn against the light)."""
    a, b1, b2 = s.points
    bc = ((b1[0] + b2[0]) / 2, (b1[1] + b2[1]) / 2)
    sh = (a[0] - bc[0], a[1] - bc[1])
    return replace(s, points=(bc, (b1[0] + sh[0], b1[1] + sh[1]), (b2[0] + sh[0], b2[1] + sh[1])))


@pytest.mark.parametrize("key", sorted(CASES))
def test_every_solid_segment_has_one_head_along_the_light(key: str) -> None:
    """One head per solid ray segment (long enough to carry one), in its colour and on its line, its apex
    pointing from the segment's start to its end (the light's way: object → element → beyond); none on a
    dashed extension."""
    _scene, lay, _png = _draw(key)
    st = optics_draw.style()
    segs = {s.id: s for s in lay.shapes if re.fullmatch(r"ray_\w+_(in|out)", s.id)}
    heads = {s.id[len("_head_"):]: s for s in lay.shapes if s.id.startswith("_head_")}
    assert heads and set(heads) <= set(segs)
    for sid, seg in segs.items():
        x0, y0, x1, y1 = seg.box
        L = math.hypot(x1 - x0, y1 - y0)
        if L >= float(st["ray_head_min_part_px"]):
            assert sid in heads, sid
        if sid not in heads:
            continue
        h = heads[sid]
        assert h.kind == "polygon" and h.fill == h.stroke == seg.stroke and h.cls == "ray"
        apex, b1, b2 = h.points
        bc = ((b1[0] + b2[0]) / 2, (b1[1] + b2[1]) / 2)
        # the light runs from the segment's first point to its second (optics_draw writes them so)
        along = (apex[0] - bc[0]) * (x1 - x0) + (apex[1] - bc[1]) * (y1 - y0)
        assert along > 0, sid
        # centred on the segment's line
        mid = ((apex[0] + bc[0]) / 2, (apex[1] + bc[1]) / 2)
        off = abs((mid[0] - x0) * (y1 - y0) - (mid[1] - y0) * (x1 - x0)) / L
        assert off < 0.5, sid
    assert not any(s.id.startswith("_head__ext") for s in lay.shapes)


@pytest.mark.parametrize("key", sorted(CASES))
def test_verifier_reads_each_head_and_its_direction(key: str) -> None:
    scene, lay, png = _draw(key)
    v = _verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    n_heads = sum(1 for s in lay.shapes if s.id.startswith("_head_"))
    dirs = [c for c in v.checks if c.law == "ray_direction"]
    assert len(dirs) == n_heads and all(c.passed for c in dirs)
    assert all(c.passed for c in v.checks if c.law == "ray_arrowhead")


@pytest.mark.parametrize("key", ["real", "concave_inside_f", "diverging"])
def test_reversed_or_missing_head_fails(key: str) -> None:
    """A head drawn against the light fails ray_direction, a missing one ray_arrowhead — on nesy's crisp PNG
    and on a blurred and a JPEG copy."""
    scene, lay, _png = _draw(key)
    heads = [s for s in lay.shapes if s.id.startswith("_head_")]
    flipped = render_layout(replace(lay, shapes=tuple(_flip(s) if s.id == heads[0].id else s for s in lay.shapes)),
                            controls=False).png
    missing = render_layout(replace(lay, shapes=tuple(s for s in lay.shapes if s.id != heads[-1].id)),
                            controls=False).png
    for style in ("clean", "blur1", "jpeg90"):
        v = _verify(degrade(flipped, style), scene)
        assert not v.passed and any(c.law == "ray_direction" and not c.passed for c in v.checks), style
        v = _verify(degrade(missing, style), scene)
        assert not v.passed and any(c.law == "ray_arrowhead" and not c.passed for c in v.checks), style


def test_heads_off_draws_none_and_a_headless_figure_fails_the_default(monkeypatch) -> None:
    """``ray_heads: false`` draws no head (and its figure verifies against that style); under the default
    style the same headless figure is caught."""
    scene, _lay, _png = _draw("real")
    base = optics_draw.style()
    monkeypatch.setattr(optics_draw, "style", lambda: {**base, "ray_heads": False})
    bare = D.solve(scene)
    assert not any(s.id.startswith("_head_") for s in bare.shapes)
    png = render_layout(bare, controls=False).png
    assert D.verify(png, scene).passed
    monkeypatch.undo()
    v = D.verify(png, scene)
    assert not v.passed and {c.law for c in v.checks if not c.passed} == {"ray_arrowhead"}


def test_grey_palette_heads_verified() -> None:
    scene, lay, png = _draw("real", "grey")
    assert any(s.id.startswith("_head_") for s in lay.shapes)
    assert _verify(png, scene, "grey").passed


def test_values_line_typography() -> None:
    """f, dₒ, dᵢ, m: italic symbols with upright subscripts, numbers and units roman, a true minus sign;
    the SVG keeps the text as text in those runs."""
    _scene, lay, _png = _draw("real")
    title = next(lb for lb in lay.labels if lb.text.startswith("converging lens:"))
    assert title.math
    assert "dₒ = 25 cm" in title.text and "dᵢ = 16.67 cm" in title.text and "m = −0.667" in title.text
    assert "-" not in title.text and "_" not in title.text
    assert math_pieces(title.text) == [
        ("converging lens: ", ""), ("f", "italic"), (" = 10 cm, ", ""), ("d", "italic"), ("o", "sub"),
        (" = 25 cm, ", ""), ("d", "italic"), ("i", "sub"), (" = 16.67 cm, ", ""), ("m", "italic"), (" = −0.667", "")]
    svg = to_svg(lay)
    assert ('<tspan font-style="italic">d</tspan><tspan baseline-shift="sub" font-size="0.75em">o</tspan> = 25 cm'
            in svg)
    assert "= −0.667</text>" in svg
    assert svg.count('<polygon id="_head_ray_') == sum(1 for s in lay.shapes if s.id.startswith("_head_"))


def test_diverging_values_use_true_minus() -> None:
    _scene, lay, _png = _draw("diverging")
    title = next(lb for lb in lay.labels if lb.text.startswith("diverging lens:"))
    assert "f = −15 cm" in title.text and "dᵢ = −8.571 cm" in title.text


def test_far_layout_labels_typeset_and_read() -> None:
    """The broken-axis layout (a camera's far object): its value labels typeset the same way, its rays
    carry heads, and the verifier's label templates are drawn as the labels are (they match)."""
    scene = D.parse("A camera with a 50 mm lens photographs a 10 m tall tree 20 m away")
    lay = D.solve(scene)
    assert lay.extra("far") is not None
    texts = [lb.text for lb in lay.labels if lb.math]
    assert any(t.startswith("object, hₒ = ") for t in texts) and any(t.startswith("dₒ = ") for t in texts)
    assert any("hᵢ = −" in t for t in texts)
    assert sum(1 for s in lay.shapes if s.id.startswith("_head_")) == 4
    v = D.verify(render_layout(lay, controls=False).png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert all(c.passed for c in v.checks if c.law == "label")


def test_pdf_shows_heads_and_typeset_values() -> None:
    """The PDF keeps the heads (filled paths) and sets the values line run by run (svglib would centre each
    run of a centred label on its own): the italic d and its subscript o sit left of "= 25 cm"."""
    from nesy.render.export import _pdf_text_runs, export_pdf
    _scene, lay, _png = _draw("real")
    svg = to_svg(lay)
    flat = _pdf_text_runs(svg)
    runs = re.findall(r'<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)" text-anchor="start"[^>]*>([^<]*)</text>',
                      flat)
    title = [(float(x), float(y), float(fs), t) for x, y, fs, t in runs if float(y) < 30]
    assert [t for *_, t in title][:4] == ["converging lens: ", "f", " = 10 cm, ", "d"]
    xs = [x for x, *_ in title]
    assert xs == sorted(xs)
    sub = next(r for r in title if r[3] == "o")
    assert sub[2] < 14 and sub[1] > title[0][1]
    assert export_pdf(svg)[:5] == b"%PDF-"


def test_deterministic_png() -> None:
    scene = D.parse(CASES["concave_inside_f"])
    a = render_layout(D.solve(scene), controls=False).png
    b = render_layout(D.solve(scene), controls=False).png
    assert a == b


def test_values_line_read_back_from_the_pixels() -> None:
    """The verifier compares the values line's ink with the line drawn from the solved system in the same
    typography: the right line passes; a changed value, or the line set plainly ("d_o"-style, upright,
    no subscripts), fails."""
    scene, lay, png = _draw("real")
    v = _verify(png, scene)
    assert [c.passed for c in v.checks if c.law == "label"] == [True]
    wrong = tuple(replace(lb, text=lb.text.replace("25 cm", "26 cm")) if lb.math else lb for lb in lay.labels)
    v = _verify(render_layout(replace(lay, labels=wrong), controls=False).png, scene)
    assert not v.passed and [c.law for c in v.checks if not c.passed] == ["label"]
    plain = tuple(replace(lb, math=False) if lb.math else lb for lb in lay.labels)
    v = _verify(render_layout(replace(lay, labels=plain), controls=False).png, scene)
    assert not v.passed and [c.law for c in v.checks if not c.passed] == ["label"]
