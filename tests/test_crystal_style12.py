"""Issue 12, crystal: the conventional cell as Kittel (*Introduction to Solid State Physics*, ch. 1) draws it —
ball-and-stick balls small enough that the back face and the body centre show (radii in the ratio of the cited
ionic radii), the cube outlined on its own in thin black (no grey stick over an edge, the hidden edges dashed),
and the crystal axes named a₁, a₂, a₃ in italic with upright subscripts."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml

D = get_domain("crystal")
NACL = "rock salt NaCl with a = 5.64 Å"


@pytest.fixture(scope="module")
def nacl():
    s = D.parse(NACL)
    return s, D.solve(s)


def _discs(L):
    return {s.id: ((s.box[0] + s.box[2]) / 2, (s.box[1] + s.box[3]) / 2, (s.box[2] - s.box[0]) / 2, s.z)
            for s in L.shapes if s.cls == "atom" and s.kind == "circle" and not s.id.startswith("_")}


def _visible(L, sid: str) -> float:
    """Share of ball ``sid``'s disc that no nearer ball covers (sampled)."""
    d = _discs(L)
    x, y, r, z = d[sid]
    g = np.linspace(-r, r, 21)
    pts = [(x + u, y + v) for u in g for v in g if u * u + v * v <= r * r]
    cov = [any((px - ox) ** 2 + (py - oy) ** 2 <= orr ** 2 for k, (ox, oy, orr, oz) in d.items() if oz > z)
           for px, py in pts]
    return 1 - sum(cov) / len(cov)


def test_radii_keep_the_ionic_ratio_and_every_ball_shows(nacl) -> None:
    _s, L = nacl
    r = L.extra("atom_radius_px")
    # Shannon (1976) Na⁺ 1.02 Å, Cl⁻ 1.81 Å; the largest drawn ball of each (the nearest) in the same ratio
    # up to the perspective's size factor (near and far atoms differ ≤ 40 %)
    assert 0.5 < r["Na"] / r["Cl"] < 0.8
    balls = L.extra("balls")
    # the body centre (Cl at ½ ½ ½) and the far corner (Na at the origin) are mostly in view
    centre = min((b for b in balls if b[1] == "Cl"), key=lambda b: math.hypot(b[2] - np.mean([c[2] for c in balls]),
                                                                             b[3] - np.mean([c[3] for c in balls])))
    assert _visible(L, centre[0]) >= 0.6
    vis = [_visible(L, b[0]) for b in balls]
    assert min(vis) >= 0.4, sorted(vis)[:3]
    # neighbours' balls fill at most ball_fill of their distance (ball-and-stick, not space-filling)
    assert float(load_yaml("layout", "crystal.yaml")["ball_fill"]) <= 0.3


def test_cell_outlined_apart_from_the_bonds(nacl) -> None:
    _s, L = nacl
    st = load_yaml("layout", "crystal.yaml")
    cell = [s for s in L.shapes if s.cls == "unit_cell"]
    bonds = [s for s in L.shapes if s.cls == "bond"]
    assert cell and bonds
    assert {s.stroke for s in cell} == {st["unit_cell_color"]} and {s.stroke for s in bonds} == {st["bond_color"]}
    assert max(s.stroke_width for s in cell) < min(s.stroke_width for s in bonds)
    # no stick runs along a cell edge: every cell-edge piece's line is far from every bond piece's line
    def line(s):
        (x0, y0, x1, y1) = s.box
        return np.array([x0, y0]), np.array([x1, y1])
    for b in bonds:
        p, q = line(b)
        for c in cell:
            a0, a1 = line(c)
            u = (a1 - a0) / (np.linalg.norm(a1 - a0) or 1)
            off = [abs(float(np.cross(u, v - a0))) for v in (p, q)]
            along = [float((v - a0) @ u) for v in (p, q)]
            collinear_overlap = max(off) < 0.5 and max(along) > 0 and min(along) < np.linalg.norm(a1 - a0)
            assert not collinear_overlap, (b.id, c.id)


def _pieces(L, edge: str):
    return sorted((s for s in L.shapes if s.id.startswith(f"_cell_{edge}_")), key=lambda s: int(s.id.rsplit("_", 1)[1]))


def test_hidden_edges_dashed_visible_ones_solid(nacl, monkeypatch) -> None:
    s, L = nacl
    from nesy.domains import crystal_draw as CD
    geom = __import__("nesy.domains.crystal", fromlist=["crystal_geometry"]).crystal_geometry(s)
    M = geom.matrix()
    fr, _els, fc, edges, cen = CD._frame(geom, True)
    view = CD.view_of(s, M, cen @ M)
    hidden = CD._hidden_edges(fc @ M, edges, view)
    assert len(hidden) == 3                     # the three edges at the corner farthest from the eye
    on, off = (float(v) for v in load_yaml("layout", "crystal.yaml")["hidden_dash"])

    def gaps(edge):
        ps = _pieces(L, edge)
        out = []
        for a, b in zip(ps, ps[1:]):
            out.append(math.hypot(b.box[0] - a.box[2], b.box[1] - a.box[3]))
        return ps, out
    for a, b in hidden:
        ps, g = gaps(f"{a}{b}")
        assert len(ps) >= 3
        dashes = [math.hypot(p.box[2] - p.box[0], p.box[3] - p.box[1]) for p in ps]
        assert max(dashes) <= on * 1.5 + 0.5    # pieces no longer than a dash (perspective: ≤ 1.5 ×)
        assert any(0.5 * off <= x <= 2 * off for x in g)
    # a visible edge: its pieces join end to end except where an atom hides it
    vis = next(e for e in edges if e not in hidden)
    ps, g = gaps(f"{vis[0]}{vis[1]}")
    assert sum(x < 0.05 for x in g) >= len(g) - 3
    # the style turns dashing off: the hidden edges join end to end too
    st = dict(CD._style())
    st["hidden_dashed"] = False
    monkeypatch.setattr(CD, "_style", lambda: st)
    L2 = D.solve(s)
    for a, b in hidden:
        ps = _pieces(L2, f"{a}{b}")
        assert len(ps) < len(_pieces(L, f"{a}{b}"))


def test_axes_italic_with_subscripts_in_svg_and_pdf(nacl) -> None:
    _s, L = nacl
    names = {lb.text: lb for lb in L.labels if lb.text in ("a1", "a2", "a3")}
    assert set(names) == {"a1", "a2", "a3"} and all(lb.math for lb in names.values())
    svg = render_layout(L, controls=False).svg
    assert svg.count('<tspan font-style="italic">a</tspan><tspan baseline-shift="sub"') >= 3
    # the lattice constant: italic a, upright number and unit
    assert '<tspan font-style="italic">a</tspan> = 5.64 Å' in svg
    from nesy.render.export import export_pdf
    assert export_pdf(svg).startswith(b"%PDF")


@pytest.mark.parametrize("style", ["clean", "blur1", "jpeg75", "resize0.5"])
def test_verifier_reads_the_new_figure_and_catches_a_missing_outline(nacl, style) -> None:
    from nesy.see.degrade import degrade
    s, L = nacl
    good = render_layout(L, controls=False).png
    bad_l = replace(L, shapes=tuple(x for x in L.shapes if x.cls != "unit_cell"))
    bad = render_layout(bad_l, controls=False).png
    if style != "clean":
        good, bad = degrade(good, style), degrade(bad, style)
    v = D.verify(good, s)
    assert v.passed, [c for c in v.failed()]
    assert any(c.law == "label" and c.args[0] == "axis" for c in v.checks)
    w = D.verify(bad, s)
    assert not w.passed and any(c.law == "unit_cell_outline" for c in w.failed())


def test_same_text_same_png() -> None:
    s = D.parse(NACL)
    assert render_layout(D.solve(s), controls=False).png == render_layout(D.solve(s), controls=False).png
