"""Mechanics figures as Halliday–Resnick–Walker (ch. 5–6) and Hibbeler (Statics, §3.2/§5.2) draw them
(issue 12, REVIEW.md item 2): the free-body diagram apart from the space diagram, the body alone with its
forces; no force arrow across the surface; tilted x–y axes along and across the slope; vectors marked with
an arrow over the symbol (N⃗, f⃗, W⃗ = mg⃗) and μₖ with a true subscript — each asserted from the CLI's
output files, and each read back from the pixels by the verifier, which still catches a wrong figure."""
from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from nesy.domains import mechanics as M
from nesy.domains.regionbase import read_png
from nesy.render.style import science_style
from nesy.render.svg import render_layout

GALLERY = "A 5 kg block on a 30 degree incline with friction, in equilibrium, showing its free-body diagram"
MU = "A 4 kg crate slips down a 35° incline with μk = 0.2."
LAMP = "A 2 kg lamp hangs from the ceiling by a cord."
ARROW = "\u20d7"


def _cli(text: str, out: Path) -> dict:
    r = subprocess.run([sys.executable, "-m", "nesy", "generate", text, "-o", str(out), "--no-controls"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads((out / "verdict.json").read_text())


@pytest.fixture(scope="module")
def gallery(tmp_path_factory):
    out = tmp_path_factory.mktemp("gallery")
    verdict = _cli(GALLERY, out)
    return out, verdict


def _shapes(svg: str) -> dict[str, str]:
    return {m.group(1): m.group(0) for m in re.finditer(r'<\w+ id="([^"]+)"[^>]*/>', svg)}


def _line(el: str) -> tuple[float, float, float, float]:
    return tuple(float(re.search(f'{k}="([-\\d.]+)"', el).group(1)) for k in ("x1", "y1", "x2", "y2"))


def _points(el: str) -> list[tuple[float, float]]:
    return [tuple(map(float, p.split(","))) for p in re.search(r'points="([^"]+)"', el).group(1).split()]


def test_free_body_diagram_is_drawn_apart_right_of_the_space_diagram(gallery) -> None:
    out, verdict = gallery
    svg = (out / "figure.svg").read_text()
    sh = _shapes(svg)
    # the space diagram: the wedge, the slope and the block on it; the free-body diagram: the block as the
    # point its forces act on (fbd_body: dot, the particle model)
    assert {"support", "surface", "body1", "dot1"} <= set(sh) and "_fbd_body1" not in sh
    space_right = max(max(x for x, _ in _points(sh["support"])), _line(sh["surface"])[2])
    dot = re.search(r'<ellipse id="dot1" cx="([\d.]+)" cy="([\d.]+)"', svg)
    cx, cy = float(dot.group(1)), float(dot.group(2))
    for kind in ("weight", "normal", "friction"):
        x1, y1, x2, y2 = _line(sh[f"{kind}_shaft"])
        # every force starts on the free-body diagram's point, right of the whole space diagram
        assert math.hypot(x1 - cx, y1 - cy) < 0.5
        assert min(x1, x2) > space_right + 40
    laws = {c["law"] for c in verdict["checks"]}
    assert {"arrow_clear", "fbd_isolated", "fbd_axis"} <= laws and verdict["passed"]


def test_no_force_arrow_crosses_the_slope_or_the_wedge(gallery) -> None:
    """Rule 2, from the PNG's pixels: the weight arrow's exact colour keeps clear of the slope's."""
    out, _ = gallery
    rgb = read_png((out / "figure.png").read_bytes())
    st = science_style("mechanics")

    def px(col: str) -> np.ndarray:
        c = np.array([int(col[i:i + 2], 16) for i in (1, 3, 5)])
        ys, xs = np.nonzero(np.all(rgb[..., :3] == c, axis=2))
        return np.column_stack([xs, ys]).astype(float)
    surf = px(st["surface_color"])
    assert len(surf) > 200
    for kind in ("weight", "normal", "friction"):
        a = px(st["force_colors"][kind])
        assert len(a) > 20
        d = np.min(np.hypot(a[:, None, 0] - surf[None, ::7, 0], a[:, None, 1] - surf[None, ::7, 1]))
        assert d > 100, (kind, d)
    # and no arrow over the wedge's triangle (the space diagram carries no force)
    svg = (out / "figure.svg").read_text()
    wedge = _points(_shapes(svg)["support"])
    assert max(x for x, _ in wedge) < min(_line(_shapes(svg)[f"{k}_shaft"])[0] for k in ("weight", "normal"))


def test_axes_run_along_and_across_the_slope_with_their_labels(gallery) -> None:
    out, verdict = gallery
    svg = (out / "figure.svg").read_text()
    sh = _shapes(svg)
    for name, want in (("x", 30.0), ("y", 120.0)):
        p0, p1 = _points(sh[f"_fbd_axis_{name}"])[:2]
        ang = math.degrees(math.atan2(-(p1[1] - p0[1]), p1[0] - p0[0]))
        assert abs(ang - want) < 0.01
        assert f'<tspan font-style="italic">{name}</tspan></text>' in svg
    axis = [c for c in verdict["checks"] if c["law"] == "fbd_axis"]
    assert len(axis) == 2 and all(c["passed"] for c in axis)
    near = [c for c in verdict["checks"] if c["law"] == "label_near" and c["args"][0].startswith("axis:")]
    assert len(near) == 2 and all(c["passed"] for c in near)


def test_vectors_carry_an_arrow_and_magnitudes_do_not(gallery) -> None:
    out, _ = gallery
    svg = (out / "figure.svg").read_text()
    for sym in ("N", "f"):
        assert f'<tspan font-style="italic">{sym}{ARROW}</tspan></text>' in svg
    assert f'<tspan font-style="italic">W{ARROW}</tspan> = <tspan font-style="italic">mg{ARROW}</tspan>' in svg
    assert f'<tspan font-style="italic">m</tspan> = 5 kg' in svg          # a scalar: no arrow


def test_mu_k_is_set_with_a_subscript(tmp_path) -> None:
    """The label is written μₖ (a subscript k), never "μk"; render.typography draws the subscript as a
    lowered, smaller upright k (or, without that markup, the font's subscript glyph ₖ)."""
    _cli(MU, tmp_path)
    svg = (tmp_path / "figure.svg").read_text()
    assert "μk" not in svg
    assert ('<tspan font-style="italic">μ</tspan><tspan baseline-shift="sub" font-size="0.75em">k</tspan> = 0.2'
            in svg) or '<tspan font-style="italic">μₖ</tspan> = 0.2' in svg


def test_same_text_same_png_byte_for_byte(tmp_path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _cli(GALLERY, a)
    _cli(GALLERY, b)
    assert (a / "figure.png").read_bytes() == (b / "figure.png").read_bytes()
    assert (a / "figure.svg").read_text() == (b / "figure.svg").read_text()


# --- the verifier reads the free-body diagram from the pixels: wrong figures fail ------------------------

def _solved(text: str):
    from nesy.registry import get_domain
    D = get_domain("mechanics")
    scene = D.parse(text)
    return D, scene, M.solve_mechanics(scene)


def _failed(lay, scene) -> set[str]:
    png = render_layout(lay, controls=False).png
    return {c.law for c in M.verify_mechanics(png, scene).checks if not c.passed}


def test_right_figure_passes_and_a_rotated_axis_fails() -> None:
    _D, scene, lay = _solved(GALLERY)
    assert not _failed(lay, scene)
    # the x axis turned 12° about the point of application: no longer along the slope
    cx, cy = lay.extra("centres")[0]
    rot = math.radians(12)

    def turn(p):
        dx, dy = p[0] - cx, p[1] - cy
        return (cx + dx * math.cos(rot) - dy * math.sin(rot), cy + dx * math.sin(rot) + dy * math.cos(rot))
    shapes = tuple(replace(s, points=tuple(turn(p) for p in s.points)) if s.id.startswith("_fbd_axis_x") else s
                   for s in lay.shapes)
    assert "fbd_axis" in _failed(replace(lay, shapes=shapes), scene)


def test_a_surface_through_the_free_body_diagram_fails() -> None:
    """The slope drawn through the free-body diagram (same angle): the weight crosses it, the body is not alone."""
    _D, scene, lay = _solved(GALLERY)
    cx, cy = lay.extra("centres")[0]
    s = next(s for s in lay.shapes if s.id == "surface")
    x0, y0, x1, y1 = s.box
    # through a point 60 px below the point of application, on the weight's line
    dx, dy = cx - (x0 + x1) / 2, (cy + 60) - (y0 + y1) / 2
    moved = replace(s, box=(x0 + dx, y0 + dy, x1 + dx, y1 + dy))
    failed = _failed(replace(lay, shapes=tuple(moved if t.id == "surface" else t for t in lay.shapes)), scene)
    assert {"arrow_clear", "fbd_isolated"} <= failed


# --- the style switches ----------------------------------------------------------------------------------

@pytest.fixture
def restyled(monkeypatch):
    from nesy.render import style as S

    def use(**over):
        base = S.load_yaml

        def load(kind, name):
            d = base(kind, name)
            return {**d, **over} if name == "mechanics.yaml" else d
        monkeypatch.setattr(S, "load_yaml", load)
        monkeypatch.setattr(S, "_CACHE", {})
    return use


def test_axes_and_vector_marks_off(restyled) -> None:
    restyled(fbd_axes=False, vector_mark="none")
    from nesy.pipeline import generate
    res = generate(GALLERY, domain="mechanics", controls=False)
    assert res.passed and res.layout.extra("fbd_separate")
    ids = {s.id for s in res.layout.shapes}
    assert not any(i.startswith("_fbd_axis") for i in ids)
    texts = {lb.text for lb in res.layout.labels}
    assert {"N", "f", "W = mg"} <= texts and not any(ARROW in t for t in texts)
    assert not {"x", "y"} & texts


def test_the_body_s_outline_when_the_style_says_so(restyled) -> None:
    """``fbd_body: box``: the block's outline moved to the free-body diagram (Hibbeler ch. 5), the
    forces from its centre, the axes running past its corners."""
    restyled(fbd_body="box")
    from nesy.pipeline import generate
    res = generate(GALLERY, domain="mechanics", controls=False)
    assert res.passed
    box = next(s for s in res.layout.shapes if s.id == "_fbd_body1")
    cx, cy = res.layout.extra("centres")[0]
    assert abs((box.box[0] + box.box[2]) / 2 - cx) < 0.5 and abs((box.box[1] + box.box[3]) / 2 - cy) < 0.5


def test_a_figure_with_no_crossing_and_no_request_stays_combined_unless_always(restyled) -> None:
    """A lamp on a cord: no arrow from its centre crosses the ceiling or another body (the tension runs up
    the cord), and the text asks for no free-body diagram — one diagram, as before; ``free_body: always``
    draws it apart, and so does a text that asks for it."""
    from nesy.pipeline import generate
    res = generate(LAMP, domain="mechanics", controls=False)
    assert res.passed and not any(s.id.startswith("_fbd_") for s in res.layout.shapes)
    assert not res.layout.extra("fbd_separate")
    res = generate(LAMP + " Draw its free-body diagram.", domain="mechanics", controls=False)
    assert res.passed and res.layout.extra("fbd_separate")
    restyled(free_body="always")
    res = generate(LAMP, domain="mechanics", controls=False)
    assert res.passed and res.layout.extra("fbd_separate")


def test_two_bodies_get_one_free_body_diagram_each() -> None:
    """A block on a table pulled by a hanging block: the table's weight arrow would cross the table, so
    each body is drawn alone, right of the space diagram (table, pulley, string, both blocks)."""
    from nesy.pipeline import generate
    res = generate("A 4 kg block on a frictionless table is connected by a string over a pulley to a hanging "
                   "2 kg mass.", domain="mechanics", controls=False)
    assert res.passed
    lay = res.layout
    ids = {s.id for s in lay.shapes}
    assert {"dot1", "dot2", "body1", "body2", "surface"} <= ids and lay.extra("fbd_separate")
    space_right = max(s.box[2] for s in lay.shapes if s.id in ("surface", "body1", "body2", "rope1", "support"))
    (x1, _), (x2, _) = lay.extra("centres")
    assert space_right < x1 < x2
    isolated = [c for c in res.verdict.checks if c.law == "fbd_isolated"]
    assert len(isolated) == 2 and all(c.passed for c in isolated)
