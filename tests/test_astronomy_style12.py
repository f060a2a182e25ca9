"""Issue 12, astronomy: the orbit diagram as Carroll & Ostlie (ch. 2) and Freedman et al. (*Universe*, ch. 4)
draw it — perihelion/aphelion lettered beside their own orbit's ticks, an arrowhead on each planet's orbit in
the (prograde, counter-clockwise) sense of revolution, checked from the pixels, and each planet in its own
conventional colour (colour-blind safe)."""
from __future__ import annotations

import io
import itertools
import math
from dataclasses import replace

import numpy as np
import pytest
from PIL import Image

from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("astronomy")
INNER = "The inner planets Mercury, Venus, Earth and Mars orbiting the Sun to scale"


@pytest.fixture(scope="module")
def inner():
    s = D.parse(INNER)
    L = D.solve(s)
    return s, L


def _arrows(L):
    return [s for s in L.shapes if s.cls == "arrow"]


def test_one_arrowhead_per_planet_orbit_pointing_counter_clockwise(inner) -> None:
    s, L = inner
    from nesy.domains.astronomy_draw import frame
    fr = frame(s)
    heads = _arrows(L)
    planets = [b["id"] for b in s.attr("bodies") if b["kind"] == "planet"]
    assert sorted(h.id for h in heads) == sorted(f"_arrow_{p}" for p in planets)
    sx, sy = fr.star
    ell = {e[0]: e for e in fr.ellipses}
    for bid, x, y, ux, uy in fr.arrows:
        _b, cx, cy, a, b = ell[bid]
        assert abs(math.hypot((x - cx) / a, (y - cy) / b) - 1) < 1e-4      # on its own orbit
        # counter-clockwise on a y-down page: r × u < 0 (r from the star)
        assert (x - sx) * uy - (y - sy) * ux < 0, bid
        head = next(h for h in heads if h.id == f"_arrow_{bid}")
        tip = head.points[0]
        assert (tip[0] - x) * ux + (tip[1] - y) * uy > 4     # the polygon's tip leads along u
    # no body disc drawn over a head
    for h in heads:
        hx, hy = (h.box[0] + h.box[2]) / 2, (h.box[1] + h.box[3]) / 2
        for d in L.shapes:
            if d.cls == "planet":
                r = (d.box[2] - d.box[0]) / 2
                assert math.hypot(hx - (d.box[0] + r), hy - (d.box[1] + r)) > r + 4


def test_arrowheads_in_every_format(inner) -> None:
    _s, L = inner
    r = render_layout(L, controls=False)
    svg = r.svg
    assert svg.count("<polygon") >= len(_arrows(L))
    from nesy.render.export import export_pdf
    pdf = export_pdf(svg)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


def _rgb(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))


def _reversed(L):
    """The figure with every arrowhead turned round: tip where the base was (clockwise revolution)."""
    shapes = []
    for sh in L.shapes:
        if sh.cls == "arrow":
            t, b1, b2 = sh.points
            bc = ((b1[0] + b2[0]) / 2, (b1[1] + b2[1]) / 2)
            pts = (bc, (t[0] + b1[0] - bc[0], t[1] + b1[1] - bc[1]), (t[0] + b2[0] - bc[0], t[1] + b2[1] - bc[1]))
            sh = replace(sh, points=pts)
        shapes.append(sh)
    return replace(L, shapes=tuple(shapes))


@pytest.mark.parametrize("style", ["clean", "blur1", "jpeg75", "resize0.5"])
def test_verifier_reads_the_sense_of_revolution(inner, style) -> None:
    from nesy.see.degrade import degrade
    s, L = inner
    good = render_layout(L, controls=False).png
    bad = render_layout(_reversed(L), controls=False).png
    if style != "clean":
        good, bad = degrade(good, style), degrade(bad, style)
    v = D.verify(good, s)
    assert v.passed, [c for c in v.failed()]
    arrows = [c for c in v.checks if c.law == "revolution_arrow"]
    assert len(arrows) == 4 and all(c.passed for c in arrows)
    w = D.verify(bad, s)
    assert not w.passed
    assert all(not c.passed for c in w.checks if c.law == "revolution_arrow")
    # the heads are never read as bodies
    assert all(c.passed for c in w.checks if c.law == "stray_bodies")


def test_missing_arrowheads_are_caught_and_style_can_turn_them_off(inner, monkeypatch) -> None:
    s, L = inner
    bare = replace(L, shapes=tuple(sh for sh in L.shapes if sh.cls != "arrow"))
    v = D.verify(render_layout(bare, controls=False).png, s)
    assert {c.law for c in v.failed()} == {"revolution_arrow"}
    # off in the style: no heads, no check
    import nesy.domains.astronomy_draw as AD
    st = dict(AD.style())
    st["arrow"] = {**st["arrow"], "show": False}
    monkeypatch.setattr(AD, "style", lambda: st)
    assert AD.frame(s).arrows == ()


def test_apsis_words_beside_their_own_ticks(inner) -> None:
    s, L = inner
    from nesy.domains.astronomy_draw import frame, label_box
    fr = frame(s)
    lab = dict(fr.labels)
    ell = {e[0]: e for e in fr.ellipses}
    _b, cx, cy, a, b = ell["mercury"]
    ticks = {sh.id: sh for sh in L.shapes if sh.id in ("_perihelion", "_aphelion")}
    assert set(ticks) == {"_perihelion", "_aphelion"}
    for nm in ("perihelion", "aphelion"):
        q = label_box(lab[nm])
        tx = ticks[f"_{nm}"].box[0]
        assert min(abs(q[0] - tx), abs(q[2] - tx)) <= 8     # the word starts or ends at its tick
        assert q[1] - 4 <= cy <= q[3] + 14                  # at the axis' height
    # aphelion inside Mercury's orbit, where no other orbit runs (the word is plainly Mercury's)
    q = label_box(lab["aphelion"])
    for x in (q[0], q[2]):
        assert math.hypot((x - cx) / a, (cy - cy) / b) < 1
    from nesy.domains.astronomy_draw import _crosses, _ink_box
    for nm in ("perihelion", "aphelion"):   # no other orbit runs through either word's ink
        assert not any(_crosses(_ink_box(lab[nm]), e) for k, e in ell.items() if k != "mercury")


def test_planets_in_distinct_conventional_colours(inner) -> None:
    from nesy.render.style import CVD_MIN_DELTA_E, cvd_distance, science_style, variant
    _s, L = inner
    fills = {sh.id: sh.fill for sh in L.shapes if sh.cls == "planet"}
    assert len(set(fills.values())) == 4
    st = science_style("astronomy", palette="colour")
    pc = st["planet_colors"]
    assert fills == {k.lower(): pc[k] for k in ("Mercury", "Venus", "Earth", "Mars")}
    cols = list(pc.values()) + [st["star_color"]]
    for x, y in itertools.combinations(cols, 2):
        assert cvd_distance(x, y) >= CVD_MIN_DELTA_E, (x, y)
    # the grey variant: one class, told apart by the labels
    with variant(palette="grey"):
        G = D.solve(_s)
    assert {sh.fill for sh in G.shapes if sh.cls == "planet"} == {"#000000"}


def test_same_seed_same_png(inner) -> None:
    s, _L = inner
    a = render_layout(D.solve(s), controls=False).png
    b = render_layout(D.solve(s), controls=False).png
    assert a == b


@pytest.mark.parametrize("text", [
    # a crisp head over a steep orbit line reached the disc core (r = 3.0 px): read as the head, not a stray body
    "Uranus, Neptune and dwarf planet Pluto around the Sun, shown on a log scale",
    "The outer planets Jupiter, Saturn, Uranus and Neptune orbiting the Sun",
    "Jupiter's Galilean moons",
])
@pytest.mark.parametrize("style", ["clean", "blur1"])
def test_heads_never_read_as_bodies(text: str, style: str) -> None:
    from nesy.see.degrade import degrade
    s = D.parse(text)
    png = render_layout(D.solve(s), controls=False).png
    v = D.verify(png if style == "clean" else degrade(png, style), s)
    assert v.passed, [c for c in v.failed()]
    assert any(c.law == "revolution_arrow" for c in v.checks)


def test_moon_rings_carry_their_sense_triton_retrograde() -> None:
    from nesy.domains.astronomy_centred_draw import frame
    for text, want in (("Jupiter's Galilean moons", {"io": 1, "europa": 1, "ganymede": 1, "callisto": 1}),
                       ("Neptune and its moon Triton", {"triton": -1})):
        s = D.parse(text)
        fr = frame(s)
        cx, cy = fr.centre
        got = {m: (1 if (x - cx) * uy - (y - cy) * ux < 0 else -1) for m, x, y, ux, uy in fr.arrows}
        assert got == want, text
    # Triton drawn prograde is caught
    s = D.parse("Neptune and its moon Triton")
    L = D.solve(s)
    v = D.verify(render_layout(_reversed(L), controls=False).png, s)
    assert [c.law for c in v.failed()] == ["revolution_arrow"]
