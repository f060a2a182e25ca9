"""Sets drawn as textbooks draw Euler/Venn diagrams (issue 12): ellipses, names on the figure (no legend),
a universe as a rectangle with its name in the corner, colour-blind-safe colours, a grey variant read by
shape and named without OCR — and every figure still verified from its pixels."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

GALLERY = ("Sets A, B and C are pairwise disjoint. D is a subset of A. E intersects B. x is an element of D. "
           "y is an element of E and B.")


def _gen(text: str, **kw):
    from nesy.pipeline import generate
    return generate(text, domain="sets", controls=False, timeout_s=120, **kw)


@pytest.fixture(scope="module")
def gallery():
    return _gen(GALLERY)


@pytest.fixture(scope="module")
def gallery_grey():
    return _gen(GALLERY, palette="grey")


def _no_ocr(monkeypatch):
    from nesy.see import curves

    def boom(*a, **k):
        raise AssertionError("OCR ran on nesy's own figure")
    monkeypatch.setattr(curves, "_read_word", boom)


def test_default_palette_is_colour_blind_safe(gallery):
    from nesy.domains.sets_draw import colours, palette
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_min_distance
    listed = palette(10, "colour")
    d, pair = cvd_min_distance(listed)
    assert d >= CVD_MIN_DELTA_E, pair
    # every colour of the gallery figure (one per set and element) is one of them, all different
    used = [s.stroke if s.kind != "point" else s.fill for s in gallery.layout.shapes]
    assert len(set(used)) == len(used) and set(used) <= set(listed)
    assert cvd_min_distance(used)[0] >= CVD_MIN_DELTA_E
    col = colours(gallery.scene, "colour")
    assert [col[s.id] for s in gallery.layout.shapes] == used      # from the scene alone, in its order


def test_textbook_figure(gallery):
    lay = gallery.layout
    assert gallery.passed
    assert lay.legend == ()                                     # no legend panel: names on the figure
    sets = [s for s in lay.shapes if s.cls == "set"]
    assert sets and all(s.kind == "ellipse" for s in sets)
    assert {lb.text for lb in lay.labels} == {"A", "B", "C", "D", "E", "x", "y"}
    assert all(lb.color == "#000000" for lb in lay.labels)
    # each set's name lies in its own region: inside its curve, outside every set that does not hold it
    from nesy.domains.regionbase import label_box
    geo = {s.id: s.geometry(64) for s in sets}
    for s in sets:
        lb = next(lb for lb in lay.labels if lb.text == s.id)
        b = label_box(lb)
        assert geo[s.id].contains(b), s.id
        for j, g in geo.items():
            if j != s.id and not g.contains(geo[s.id]):
                assert not g.intersects(b), (s.id, j)
    assert dict(lay.stats)["label_collisions"] == 0
    assert dict(lay.stats)["numeric_violations"] == 0


def test_subset_fills_its_superset(gallery):
    """D grows into the room the solver leaves inside A's ellipse, and stays inside it."""
    lay = gallery.layout
    a, d = lay.shape("A").geometry(64), lay.shape("D").geometry(64)
    assert a.buffer(-6).contains(d)
    assert d.area > 0.35 * a.area


def test_universe_is_a_rectangle_with_its_name_in_the_corner():
    res = _gen("The universe U contains A and B. A intersects B. x is an element of A.")
    assert res.passed
    u = res.layout.shape("U")
    assert u.kind == "rect"
    lb = next(lb for lb in res.layout.labels if lb.text == "U")
    assert u.box[0] < lb.x < u.box[0] + 12 and u.box[1] < lb.y < u.box[1] + 30
    assert res.layout.shape("A").kind == "ellipse"
    # without the word "universe" the same sets are ellipses
    plain = _gen("U contains A and B. A intersects B. x is an element of A.")
    assert plain.layout.shape("U").kind == "ellipse"


def test_grey_variant_is_black_and_verifies_without_ocr(gallery_grey, monkeypatch):
    from nesy.registry import get_domain
    assert gallery_grey.passed
    lay = gallery_grey.layout
    assert {s.stroke for s in lay.shapes if s.kind != "point"} == {"#000000"}
    assert {s.fill for s in lay.shapes if s.kind == "point"} == {"#000000"}
    rgb = np.asarray(Image.open(io.BytesIO(gallery_grey.rendering.png)).convert("RGB")).astype(int)
    assert (rgb.max(axis=2) - rgb.min(axis=2)).max() < 8           # no colour anywhere
    _no_ocr(monkeypatch)
    v = get_domain("sets").verify(gallery_grey.rendering.png, gallery_grey.scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]


def test_grey_wrong_scene_fails_without_ocr(gallery_grey, monkeypatch):
    """The grey figure against texts it does not show: a stated relation it contradicts, and other
    names (not guessed from structure when OCR cannot read them)."""
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.errors import MissingExtraError
    from nesy.see import curves

    def no_extra(*a, **k):   # the core install: no OCR
        raise MissingExtraError("reading label text from pixels", "ocr", "rapidocr_onnxruntime")
    monkeypatch.setattr(curves, "_read_word", no_extra)
    d = get_domain("sets")
    png = gallery_grey.rendering.png
    wrong = parse(GALLERY.replace("D is a subset of A", "D is disjoint from A"), domain="sets")
    v = d.verify(png, wrong)
    assert not v.passed and "outside" in {c.law for c in v.failed()}
    renamed = parse(GALLERY.replace("C", "F"), domain="sets")
    v = d.verify(png, renamed)
    assert not v.passed


def test_colour_figure_still_read_by_colour(gallery, monkeypatch):
    from nesy.registry import get_domain
    from nesy.see import curves

    def boom(*a, **k):
        raise AssertionError("the shape reader ran on nesy's colour figure")
    monkeypatch.setattr(curves, "read_curves", boom)
    v = get_domain("sets").verify(gallery.rendering.png, gallery.scene)
    assert v.passed


def test_grey_is_deterministic():
    a, b = _gen("A is a subset of B. C is disjoint from B.", palette="grey", seed=3), \
        _gen("A is a subset of B. C is disjoint from B.", palette="grey", seed=3)
    assert a.rendering.png == b.rendering.png and a.rendering.svg == b.rendering.svg


def test_palette_is_not_another_tools_default_nor_a_tint_of_itself():
    """nesy's colour figure is recognised by its exact colours: none may be within 10 ΔE of a colour other
    tools draw with by default (matplotlib tab10, ColorBrewer Dark2 and Set1), and none of the first
    seven may look like another one mixed with white (a blurred or JPEG-compressed thin stroke)."""
    import itertools
    from nesy.domains.sets_draw import palette
    from nesy.render.style import cvd_simulate

    def de(a, b):
        return float(np.linalg.norm(np.subtract(cvd_simulate(a, "normal"), cvd_simulate(b, "normal"))))

    def rgb(c):
        return np.array([int(c[i:i + 2], 16) for i in (1, 3, 5)], float)
    tools = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22", "#17becf",
             "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
             "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf"]
    pal = palette(10, "colour")
    assert min(de(c, t) for c in pal for t in tools) >= 10
    for a, b in itertools.combinations(pal[:7], 2):
        for x, y in ((a, b), (b, a)):
            for al in np.linspace(0.25, 1, 16):
                tint = "#%02x%02x%02x" % tuple(int(round(v)) for v in rgb(x) * al + 255 * (1 - al))
                assert de(tint, y) >= 15, (x, y, al)
