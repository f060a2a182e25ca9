"""A unit cell another tool draws in 3-D is read through the camera recovered from its own atoms
(nesy.see.cell3d, nesy.domains.crystal_views): a correct perspective ball model passes, one with an atom left
out or a site of the other species fails naming the check that saw it; a shaded sphere is read as one ball at
its centre; a plan view that gives heights is held to them — an atom with nothing written beside it lies at
z = 0, so the side atoms of an fcc plan view without their ½ are caught; a label "Mo (bcc)" names molybdenum.

The figures are drawn here (PIL, a pinhole camera computed by hand; matplotlib plan views), not taken from
the benchmark sets."""
from __future__ import annotations

import io
import itertools
import math

import numpy as np
import pytest

NACL = "The unit cell of sodium chloride (rock salt), a = 5.64 Å."
BCC_W = "Body-centred cubic tungsten, a = 3.16 Å."


def _png(img) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _camera(p, az=33.0, el=18.0, dist=7.0, f=2000.0, centre=(330.0, 300.0)):
    """Pinhole camera looking at the cell centre from ``dist`` cell edges away: screen x, screen y (down),
    depth (larger is farther)."""
    x, y, z = (p[0] - 0.5, p[1] - 0.5, p[2] - 0.5)
    a, e = math.radians(az), math.radians(el)
    u = x * math.cos(a) - y * math.sin(a)
    v = x * math.sin(a) + y * math.cos(a)
    up = z * math.cos(e) - v * math.sin(e)
    depth = dist + v * math.cos(e) + z * math.sin(e)
    return centre[0] + f * u / depth, centre[1] - f * up / depth, depth


def _rock_salt(wrong: str | None = None) -> bytes:
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (660, 600), (252, 250, 245))
    d = ImageDraw.Draw(img)
    corners = list(itertools.product((0, 1), repeat=3))
    for p, q in itertools.combinations(corners, 2):
        if sum(a != b for a, b in zip(p, q)) == 1:
            d.line([_camera(p)[:2], _camera(q)[:2]], fill=(60, 60, 60), width=2)
    sites = []
    for p in itertools.product((0, 0.5, 1), repeat=3):
        sites.append((p, "Na" if round(2 * sum(p)) % 2 == 0 else "Cl"))
    if wrong == "front_dropped":
        sites = [(p, s) for p, s in sites if p != (0.5, 0, 0.5)]
    if wrong == "edge_swapped":
        sites = [(p, "Na" if p == (1, 0.5, 1) else s) for p, s in sites]
    look = {"Na": (14, (40, 90, 200), (10, 30, 90)), "Cl": (22, (90, 200, 90), (20, 90, 20))}
    for p, s in sorted(sites, key=lambda ps: -_camera(ps[0])[2]):
        x, y, _ = _camera(p)
        r, fill, rim = look[s]
        d.ellipse((x - r, y - r, x + r, y + r), fill=fill, outline=rim, width=2)
    return _png(img)


def _scene(text):
    from nesy.pipeline import parse
    return parse(text, domain="crystal", allow_unknown=True)


def _verify(png: bytes, text: str, style: str = "clean"):
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    return get_domain("crystal").verify(degrade(png, style), _scene(text))


def _failed(v) -> set[str]:
    return {c.law for c in v.failed()}


@pytest.mark.parametrize("style", ["clean", "resize0.5"])
def test_perspective_rock_salt_is_read_through_its_own_camera(style):
    v = _verify(_rock_salt(), NACL, style)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert any(c.law == "site_count" for c in v.checks)   # read as a 3-D cell, not as a plan view


@pytest.mark.parametrize("wrong,law", [("front_dropped", "atom_positions"), ("edge_swapped", "species_pattern")])
def test_perspective_rock_salt_with_one_error_fails(wrong, law):
    v = _verify(_rock_salt(wrong), NACL)
    assert not v.passed and law in _failed(v)


def test_shaded_sphere_is_one_ball_at_its_centre():
    from PIL import Image, ImageDraw

    from nesy.see.atoms import read_discs
    img = Image.new("RGB", (300, 200), (255, 255, 255))
    d = ImageDraw.Draw(img)
    for cx, cy in ((80, 100), (210, 90)):
        # a radial gradient lit from the upper left: dark rim, a near-white highlight off the centre
        for k in range(16):
            t = k / 15
            rr, off = 36 * (1 - 0.85 * t), -12 * t
            g = int(60 + 195 * t)
            d.ellipse((cx + off - rr, cy + off - rr, cx + off + rr, cy + off + rr), fill=(g, g, g))
        d.ellipse((cx - 36, cy - 36, cx + 36, cy + 36), outline=(0, 0, 0), width=2)
    discs, _ = read_discs(np.asarray(img))
    assert len(discs) == 2
    for dd, (cx, cy) in zip(sorted(discs, key=lambda q: q.x), ((80, 100), (210, 90))):
        assert abs(dd.x - cx) < 2 and abs(dd.y - cy) < 2 and dd.r == pytest.approx(36, abs=3)
    assert len({dd.group for dd in discs}) == 1


def _plan_bcc(centre_height: str, caption: str) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Circle, Rectangle
    fig = Figure(figsize=(4.6, 4.8))
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.05, 0.05, 0.9, 0.8))
    ax.set_xlim(-0.3, 1.3)
    ax.set_ylim(-0.3, 1.3)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(Rectangle((0, 0), 1, 1, fill=False, lw=1.5, ec="0.2"))
    for x, y in ((0, 0), (1, 0), (0, 1), (1, 1), (0.5, 0.5)):
        ax.add_patch(Circle((x, y), 0.09, fc="#c9a0dc", ec="#4b2a5a", lw=1.5, zorder=3))
    if centre_height:
        ax.text(0.62, 0.6, centre_height, fontsize=16, zorder=4)
    fig.text(0.5, 0.93, "W, bcc, view along z", ha="center", fontsize=13)
    fig.text(0.5, 0.88, caption, ha="center", fontsize=10)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=120, facecolor="white")
    return buf.getvalue()


def test_plan_view_with_written_heights_passes():
    v = _verify(_plan_bcc("½", "heights in units of a"), BCC_W)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]


@pytest.mark.parametrize("style", ["clean", "jpeg90"])
def test_plan_view_atom_without_its_height_lies_at_zero(style):
    pytest.importorskip("rapidocr_onnxruntime")
    # the centre column of bcc holds only z = ½: an unmarked centre atom, by the caption at z = 0, is wrong
    v = _verify(_plan_bcc("", "unmarked atoms at z = 0"), BCC_W, style)
    assert not v.passed and "written_height" in _failed(v)


def test_height_values_as_ocr_reads_them():
    from nesy.domains.crystal_views import height_value, unmarked_height
    assert [height_value(t) for t in ("½", "1/2", "12", "1%2", "0.25", "¾", "34", "21", "Na")] == \
        [0.5, 0.5, 0.5, 0.5, 0.25, 0.75, 0.75, None, None]
    assert unmarked_height(["projection on (001); unmarked atoms at z = 0,1"]) == 0.0
    assert unmarked_height(["a = 4.05 Å"]) is None


def test_symbol_with_a_bracketed_note_names_the_element():
    from nesy.see.atoms import species_named
    assert species_named(["Mo (bcc)"]) == {"Mo"}
    assert species_named(["In the cell"]) == set()
