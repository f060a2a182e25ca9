"""Cells drawn as textbooks draw them (issue 12): organelle detail, labels with leader lines instead of a
legend panel, a colour-blind-safe palette and a grey variant — and every variant still verified from its
pixels, with wrong figures failing."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

TEXT = ("A cell with a nucleus containing a nucleolus, 3 mitochondria, a Golgi apparatus, the endoplasmic "
        "reticulum and 4 ribosomes")


def _png(a: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def colour():
    from nesy.pipeline import generate
    return generate(TEXT, domain="cell", controls=False, timeout_s=120)


@pytest.fixture(scope="module")
def grey():
    from nesy.pipeline import generate
    return generate(TEXT, domain="cell", controls=False, timeout_s=120, palette="grey")


def test_default_palette_is_colour_blind_safe_and_exact():
    """Every pair of fills (one per kind; a figure can show them all) stays ≥ CVD_MIN_DELTA_E apart under
    normal vision and the three simulated dichromacies; fills and outlines are distinct exact colours in
    both variants (the reader tells kinds apart by them)."""
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_min_distance, science_style
    for pal in ("colour", "grey"):
        kinds = science_style("cell", palette=pal)["kinds"]
        # a small dot may be drawn in one colour (its outline its fill), never in another kind's colour
        owner: dict[str, str] = {}
        for k, v in kinds.items():
            for p in ("fill", "stroke"):
                assert owner.setdefault(v[p].lower(), k) == k, (pal, k, p, v[p])
    kinds = science_style("cell", palette="colour")["kinds"]
    d, pair = cvd_min_distance(v["fill"] for v in kinds.values())
    assert d >= CVD_MIN_DELTA_E, pair
    leader = science_style("cell")["leader"]["colour"].lower()
    assert leader not in {v[p].lower() for pal in ("colour", "grey")
                          for v in science_style("cell", palette=pal)["kinds"].values() for p in ("fill", "stroke")}


def test_labels_and_leaders_replace_the_legend(colour):
    """No legend panel: each kind is named once beside the cell, with its count, and the schematic sizes
    are said in the figure; no leader line crosses an organelle other than its target and the outlines
    around it (checked with shapely on the layout), nor another leader."""
    lay = colour.layout
    assert lay.legend == ()
    texts = {lb.text for lb in lay.labels}
    assert {"nucleus", "nucleolus", "mitochondria (3)", "Golgi apparatus", "endoplasmic reticulum",
            "ribosomes (4)", "plasma membrane", "not to scale"} <= texts
    ents = {s.id: s for s in lay.shapes if not s.id.startswith("_")}
    leaders = [s for s in lay.shapes if s.id.startswith("_leader_")]
    assert len(leaders) == len(texts) - 1
    assert lay.stat("leader_crossings") == 0 and lay.stat("labels_unplaced") == 0
    from nesy.domains.cell import _parents
    parent = _parents(colour.scene)
    geo = {i: s.geometry(32) for i, s in ents.items()}
    for ld in leaders:
        seg = ld.geometry()
        end = seg.coords[-1]
        from shapely.geometry import Point
        target = min(geo, key=lambda i: geo[i].exterior.distance(Point(end)))
        allowed, n = {target}, parent.get(target)
        while n is not None:
            allowed.add(n)
            n = parent.get(n)
        crossed = [i for i, g in geo.items() if i not in allowed and seg.intersects(g)]
        assert not crossed, (ld.id, crossed)
        assert not any(seg.intersects(o.geometry()) for o in leaders if o is not ld)
    # the labels lie in the margins, clear of every outline
    assert lay.stat("label_collisions") == 0


def test_organelle_detail_is_decoration_of_its_organelle(colour):
    """Cristae, cisternae and the ER band are '_' shapes (not entities in layout.json), drawn in their
    organelle's own outline colour and inside its box."""
    from nesy.render.style import science_style
    kinds = science_style("cell")["kinds"]
    lay = colour.layout
    ids = set(lay.geojson()["entities"])
    assert not any(i.startswith("_") for i in ids)
    assert {"mitochondrion1", "golgi1", "er1", "nucleus1"} <= ids
    for sid, kind, what in (("mitochondrion1", "mitochondrion", "crista"), ("golgi1", "golgi", "cisterna"),
                            ("er1", "er", "band"), ("nucleus1", "nucleus", "envelope")):
        box = lay.shape(sid).box
        parts = [s for s in lay.shapes if s.id.startswith(f"_{sid}_{what}")]
        assert parts, sid
        for p in parts:
            assert p.stroke == kinds[kind]["stroke"]
            assert box[0] - 1 <= p.box[0] and p.box[2] <= box[2] + 1 and box[1] - 1 <= p.box[1] \
                and p.box[3] <= box[3] + 1, (p.id, p.box, box)
    assert len([s for s in lay.shapes if s.id.startswith("_golgi1_cisterna")]) >= 3


def test_own_figure_is_recognised_without_a_legend(colour, grey):
    from nesy.domains.cell import _own_palette
    from nesy.domains.regionbase import read_png
    assert _own_palette(read_png(colour.rendering.png)) == "colour"
    assert _own_palette(read_png(grey.rendering.png)) == "grey"
    # black outlines on white (another tool's textbook drawing) are read by shape
    a = np.full((200, 300, 3), 255, np.uint8)
    im = Image.fromarray(a)
    from PIL import ImageDraw
    ImageDraw.Draw(im).ellipse([20, 20, 280, 180], outline=(0, 0, 0), width=2)
    assert _own_palette(np.asarray(im)) is None


def test_grey_variant_verifies_and_a_wrong_grey_figure_fails(grey):
    from nesy.registry import get_domain
    from nesy.render.svg import hex_rgb
    from nesy.render.style import science_style
    dom = get_domain("cell")
    assert grey.verdict.passed
    img = np.array(Image.open(io.BytesIO(grey.rendering.png)).convert("RGB"))
    kinds = science_style("cell", palette="grey")["kinds"]
    for key in ("fill", "stroke"):
        img[(img == hex_rgb(kinds["nucleus"][key])).all(axis=2)] = hex_rgb(kinds["cell"]["fill"])
    v = dom.verify(_png(img), grey.scene)
    assert not v.passed and any(c.law == "visible" and c.args == ("nucleus1",) for c in v.failed())


def test_a_mitochondrion_moved_onto_a_label_margin_fails(colour):
    """A wrong figure whose organelle sits in the label margin fails 'inside' (the labels and leaders
    there are no organelle; the moved one is)."""
    from nesy.registry import get_domain
    from nesy.render.svg import hex_rgb
    from nesy.render.style import science_style
    kinds = science_style("cell")["kinds"]
    img = np.array(Image.open(io.BytesIO(colour.rendering.png)).convert("RGB"))
    x0, y0, x1, y1 = [int(round(v)) for v in colour.layout.shape("mitochondrion1").box]
    region = img[y0 - 2:y1 + 3, x0 - 2:x1 + 3]
    m = np.zeros(region.shape[:2], bool)
    for key in ("fill", "stroke"):
        m |= (region == hex_rgb(kinds["mitochondrion"][key])).all(axis=2)
    patch = region.copy()
    region[m] = hex_rgb(kinds["cell"]["fill"])
    H = img.shape[0]
    dst = img[H - patch.shape[0] - 2:H - 2, 4:4 + patch.shape[1]]
    dst[m] = patch[m]
    v = get_domain("cell").verify(_png(img), colour.scene)
    failed = {(c.law, c.args[0]) for c in v.failed()}
    assert any(law == "inside" and a.startswith("mitochondrion") for law, a in failed), failed


def test_resized_copy_scale_comes_from_the_margins(colour):
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    dom = get_domain("cell")
    v = dom.verify(degrade(colour.rendering.png, "resize0.5"), colour.scene)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert abs(dom._scale - 0.5) < 0.02


def test_same_text_same_bytes(colour):
    from nesy.pipeline import generate
    again = generate(TEXT, domain="cell", controls=False, timeout_s=120)
    assert again.rendering.png == colour.rendering.png and again.rendering.svg == colour.rendering.svg
