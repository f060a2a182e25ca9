"""nesy.mechanics.v1: parsing, the Z3 laws (unsat cores in the user's words), the diagram and the pixel verifier."""
from __future__ import annotations

import io
import json
import math

import numpy as np
import pytest

from nesy.domains import mechanics as M
from nesy.errors import InputError, UnknownWordsError, UnsatisfiableError, UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout
from nesy.resources import load_yaml

D = get_domain("mechanics")
STYLE = load_yaml("layout", "mechanics.yaml")
G = 9.80665


def _png(text: str):
    scene = D.parse(text)
    layout = D.solve(scene)
    return scene, layout, render_layout(layout, controls=False).png


def _img(png: bytes) -> np.ndarray:
    from PIL import Image
    return np.array(Image.open(io.BytesIO(png)).convert("RGB"))


def _to_png(arr: np.ndarray) -> bytes:
    from PIL import Image
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, format="PNG")
    return buf.getvalue()


def _rgb(c: str) -> np.ndarray:
    c = c.lstrip("#")
    return np.array([int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)], dtype=np.uint8)


def _forces(text: str) -> dict[str, tuple[float, float]]:
    sol = M.mechanics_solution(D.parse(text))
    return {k: (mag, ang) for k, mag, ang in sol.bodies[0][3]}


# ---------------------------------------------------------------- parse

@pytest.mark.parametrize("text,scene,masses", [
    ("a 5 kg block at rest on a 30° incline with friction", "incline", ["5"]),
    ("a 10 kg block on a horizontal table pushed with a force of 40 N, μ = 0.2", "horizontal", ["10"]),
    ("a 2 kg mass hanging at rest from a rope", "hanging", ["2"]),
    ("a 1.5 kg block hanging at rest from a spring stretched 3 cm", "hanging", ["1.5"]),
    ("two masses 3 kg and 5 kg connected by a rope over a pulley", "pulley", ["3", "5"]),
    ("a block on a 35° inclined plane held at rest by a rope", "incline", []),
])
def test_parse_scenes(text: str, scene: str, masses: list[str]) -> None:
    s = D.parse(text)
    assert s.domain == "mechanics" and s.attr("scene") == scene
    assert [m["value"] for m in s.attr("masses")] == masses
    for m in s.attr("masses"):
        assert text[m["span"]["start"]:m["span"]["end"]] == m["span"]["text"]


def test_parse_quantities_and_roles() -> None:
    s = D.parse("a 8 kg sled pulled with a force of 30 N at 30° above the horizontal on a frictionless floor")
    assert s.attr("forces")["applied"]["value"] == "30"
    assert s.attr("applied_angle")["value"] == "30" and s.attr("incline") is None
    assert s.attr("frictionless")["text"] == "frictionless"
    s = D.parse("a 4 kg block on a rough 20° incline with coefficient of static friction 0.5, at rest")
    assert s.attr("incline")["value"] == "20" and s.attr("mu")["value"] == "1/2" and s.attr("mu")["kind"] == "static"
    assert s.attr("state") == "rest"
    s = D.parse("a 6 kg crate pulled up a 30° incline at constant speed by a rope, μ = 0.2")
    assert s.attr("state") == "constant" and s.attr("direction") == 1
    assert "tension" in s.attr("forces") and "applied" not in s.attr("forces")   # the pull is the rope
    s = D.parse("a 1 kg mass on a spring with spring constant 200 N/m stretched by 5 cm")
    assert s.attr("k")["value"] == "200" and float(__import__("fractions").Fraction(s.attr("extension")["value"])) == 0.05


def test_score_separates_domains() -> None:
    assert D.score("a 5 kg block on a 30° incline") > 0
    for other in ("a cell with a nucleus", "set A contains element x", "rock salt NaCl viewed along [001]",
                  "a triangle with sides 3, 4 and 5 cm", "a ray hits a plane mirror at 30 degrees to the normal",
                  "a convex lens with focal length 10 cm", "a circle of radius 3 cm"):
        assert D.score(other) == 0, other


@pytest.mark.parametrize("bad", ["", "   ", "x" * 1_000_000, "\x00\x01\x02\xff binary", b"block"])
def test_bad_text_is_input_error(bad) -> None:
    with pytest.raises(InputError):
        D.parse(bad)


def test_bad_quantities_and_words() -> None:
    with pytest.raises(InputError, match="negative"):
        D.parse("a -5 kg block on a table")
    with pytest.raises(InputError, match="below 90"):
        D.parse("a 5 kg block on a 95° incline")
    with pytest.raises(UnknownWordsError) as ei:
        D.parse("a 5 kg block on a flurbish table")
    assert ei.value.words == [("flurbish", 18, 26)]
    with pytest.raises(UnsupportedError):
        D.parse("a 5 kg block and a 3 kg block on a table")


# ---------------------------------------------------------------- laws (solve)

def test_law_table_has_sources() -> None:
    data = load_yaml("solvers", "mechanics.yaml")
    assert data["g"] == pytest.approx(9.80665)
    for key, law in data["laws"].items():
        assert law["doc"].strip() and law["source"].strip(), key
    assert "9.80665" in data["laws"]["weight"]["source"]


def test_incline_at_rest_balances() -> None:
    f = _forces("a 5 kg block at rest on a 30° incline with friction")
    W, N, fr = f["weight"], f["normal"], f["friction"]
    assert W[0] == pytest.approx(5 * G) and W[1] == -90
    assert N[0] == pytest.approx(5 * G * math.cos(math.radians(30))) and N[1] == pytest.approx(120)
    assert fr[0] == pytest.approx(5 * G * 0.5) and fr[1] == pytest.approx(30)      # up the slope
    total = sum(np.array([m * math.cos(math.radians(a)), m * math.sin(math.radians(a))]) for m, a in f.values())
    assert np.allclose(total, 0, atol=1e-6)


def test_sliding_friction_opposes_motion_and_newton_second() -> None:
    text = "a 2 kg block sliding down a 40° incline with kinetic friction coefficient 0.3"
    sol = M.mechanics_solution(D.parse(text))
    m, acc, forces = sol.bodies[0][1], sol.bodies[0][2], {k: (v, a) for k, v, a in sol.bodies[0][3]}
    N = forces["normal"][0]
    assert forces["friction"][0] == pytest.approx(0.3 * N) and forces["friction"][1] == pytest.approx(40)
    net = sum(np.array([v * math.cos(math.radians(a)), v * math.sin(math.radians(a))]) for v, a in forces.values())
    assert np.allclose(net, m * np.array(acc), atol=1e-6)
    assert acc[1] < 0                                    # down the slope


def test_atwood_machine() -> None:
    sol = M.mechanics_solution(D.parse("two masses 3 kg and 5 kg connected by a rope over a pulley"))
    (_, m1, a1, f1), (_, m2, a2, f2) = sol.bodies
    T = dict((k, v) for k, v, _ in f1)["tension"]
    assert T == pytest.approx(2 * 3 * 5 * G / 8)
    assert a1[1] == pytest.approx(2 * G / 8) and a2[1] == pytest.approx(-2 * G / 8)


@pytest.mark.parametrize("text,phrases,law", [
    ("a block in equilibrium on a frictionless 30° incline with only weight and normal force",
     ["in equilibrium", "frictionless", "30°"], "newton_first"),
    ("friction of 50 N with μ = 0.1 on a 10 kg block", ["friction of 50 N", "μ = 0.1", "10 kg"], "friction_"),
    ("a 10 kg block at rest on a horizontal table with a normal force of 30 N", ["normal force of 30 N", "10 kg"],
     "normal"),
    ("a 2 kg mass hanging at rest from a rope with tension 30 N", ["tension 30 N", "2 kg"], "newton_first"),
    ("a 5 kg block at rest on a 40° incline with μ = 0.5", ["at rest", "40°", "μ = 0.5"], "friction_static"),
    ("two masses 3 kg and 5 kg over a pulley in equilibrium", ["3 kg", "5 kg", "in equilibrium"], "newton_"),
    ("a 2 kg mass hanging at rest from a spring with constant 100 N/m stretched by 5 cm",
     ["2 kg", "100 N/m", "stretched by 5 cm"], "hooke"),
])
def test_impossible_specs_name_phrases_and_laws(text: str, phrases: list[str], law: str) -> None:
    with pytest.raises(UnsatisfiableError) as ei:
        D.solve(D.parse(text))
    e = ei.value
    got = [p["text"] for p in e.phrases]
    for p in phrases:
        assert p in got, (p, got)
    for p in e.phrases:
        assert text[p["start"]:p["end"]] == p["text"]
    assert any(x["law"].startswith(law) for x in e.laws), e.laws
    assert all(x["source"] for x in e.laws)


def test_unreadable_force_ratio_is_unsupported() -> None:
    with pytest.raises(UnsupportedError, match="unreadable"):
        D.solve(D.parse("a 100 kg block on a frictionless table pulled with a force of 1 N"))


# ---------------------------------------------------------------- layout, render, verify

CASES = [
    "a 5 kg block at rest on a 30° incline with friction",
    "a 10 kg block on a horizontal table pushed with a force of 40 N, μ = 0.2",
    "two masses 3 kg and 5 kg connected by a rope over a pulley",
    "a 1.5 kg block hanging at rest from a spring stretched 3 cm",
]


@pytest.mark.parametrize("text", CASES)
def test_untouched_diagram_verifies(text: str) -> None:
    scene, layout, png = _png(text)
    v = D.verify(png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]
    assert any(c.law == "arrow_length" for c in v.checks)


@pytest.mark.parametrize("text", CASES)
def test_labels_clear_of_arrows_and_each_other(text: str) -> None:
    _, layout, _ = _png(text)
    boxes = [M._text_box(lb) for lb in layout.labels]
    for i in range(len(boxes)):
        for j in range(i):
            assert not boxes[i].intersects(boxes[j])
    arrows = [s.geometry() for s in layout.shapes if s.cls == "arrow"]
    for b, lb in zip(boxes, layout.labels):
        assert not any(b.intersects(a) for a in arrows), lb.text


def test_tilted_weight_fails_verification() -> None:
    scene, layout, png = _png(CASES[0])
    arr = _img(png)
    col = _rgb(STYLE["force_colors"]["weight"])
    m = np.all(arr == col, axis=2)
    m[:, layout.extra("figure_width"):] = False          # not the legend swatch
    ys, xs = np.nonzero(m)
    arr[m] = 255
    x0, y0 = layout.extra("centres")[0]
    L = float(np.hypot(xs - x0, ys - y0).max())
    for t in np.linspace(0, L, 400):              # the same length, 12° off the vertical
        x = int(round(x0 + t * math.sin(math.radians(12))))
        y = int(round(y0 + t * math.cos(math.radians(12))))
        arr[y - 1:y + 2, x - 1:x + 2] = col
    v = D.verify(_to_png(arr), scene)
    failed = {c.law for c in v.failed()}
    assert "weight_vertical" in failed and "equilibrium" in failed


def test_short_normal_fails_verification() -> None:
    scene, layout, png = _png(CASES[0])
    arr = _img(png)
    col = _rgb(STYLE["force_colors"]["normal"])
    m = np.all(arr == col, axis=2)
    m[:, layout.extra("figure_width"):] = False          # not the legend swatch
    ys, xs = np.nonzero(m)
    x0, y0 = layout.extra("centres")[0]
    far = np.hypot(xs - x0, ys - y0) > 0.7 * np.hypot(xs - x0, ys - y0).max()
    arr[ys[far], xs[far]] = 255
    v = D.verify(_to_png(arr), scene)
    failed = {(c.law, c.args[0]) for c in v.failed()}
    assert ("arrow_length", "normal") in failed


def test_png_is_byte_identical() -> None:
    _, _, a = _png(CASES[1])
    M._SOL.clear()
    _, _, b = _png(CASES[1])
    assert a == b


def test_artifacts_and_pipeline() -> None:
    from nesy.pipeline import generate
    r = generate("a 5 kg block at rest on a 30° incline with friction", controls=False)
    assert r.scene.domain == "mechanics" and r.verdict.passed
    d = json.loads(D.artifacts(r.layout, r.scene)["forces.json"])
    assert d["g"] == pytest.approx(G) and {f["kind"] for f in d["bodies"][0]["forces"]} == {"weight", "normal",
                                                                                               "friction"}


# ---------------------------------------------------------------- properties

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=15, deadline=None)
@given(st.integers(5, 60), st.sampled_from(["0.1", "0.3", "0.5", "0.8", "1.2"]))
def test_block_rests_iff_tan_below_mu(theta: int, mu: str) -> None:
    text = f"a 5 kg block at rest on a {theta}° incline with μ = {mu}"
    holds = math.tan(math.radians(theta)) <= float(mu)
    if not holds:
        with pytest.raises(UnsatisfiableError) as ei:
            M.mechanics_solution(D.parse(text))
        assert any(x["law"].startswith("friction_static") for x in ei.value.laws)
        return
    f = _forces(text)
    assert f["friction"][0] == pytest.approx(5 * G * math.sin(math.radians(theta)))
    assert f["friction"][0] <= float(mu) * f["normal"][0] + 1e-9


def test_stated_forces_are_held_to_their_written_precision():
    """3 kg × 9.80665 m/s² = 29.41995 N: "29.42 N" is that value rounded, not a conflict; "29.5 N" in
    equilibrium is."""
    from nesy.errors import UnsatisfiableError
    from nesy.pipeline import generate
    assert generate("A 3 kg mass hanging at rest from a rope with tension 29.42 N", domain="mechanics",
                    controls=False).verdict.passed
    with pytest.raises(UnsatisfiableError):
        generate("A 3 kg mass hanging at rest from a rope with tension 29.5 N", domain="mechanics", controls=False)


def test_spring_constant_written_k_equals() -> None:
    """Regression: "k = 200 N/m" left the 'k' an unknown word."""
    from nesy.registry import get_domain
    for text in ("a 4 kg mass hangs from a spring with k = 200 N/m", "a 4 kg mass hangs from a spring with k=200 N/m"):
        scene = get_domain("mechanics").parse(text)
        assert scene.attr("k")["value"] == "200"
        assert {e.name for e in scene.entities if e.kind == "force"} == {"spring"}


# ---------------------------------------------------------------- regressions: worded μ, "held in place"

def _net(f: dict) -> np.ndarray:
    return sum(np.array([m * math.cos(math.radians(a)), m * math.sin(math.radians(a))]) for m, a in f.values())


@pytest.mark.parametrize("phrase,kind", [
    ("static friction coefficient 0.2", "static"), ("coefficient of static friction 0.2", "static"),
    ("friction μ = 0.2", None),
])
def test_worded_friction_coefficient_is_mu_and_a_friction_force(phrase: str, kind) -> None:
    text = f"a 5 kg block at rest on a 10° incline with {phrase}"
    s = D.parse(text)
    assert s.attr("mu")["value"] == "1/5" and s.attr("mu")["kind"] == kind
    f = _forces(text)
    assert set(f) == {"weight", "normal", "friction"}
    assert f["friction"][0] == pytest.approx(5 * G * math.sin(math.radians(10)))
    assert f["friction"][1] == pytest.approx(10)                                   # up the slope
    assert np.allclose(_net(f), 0, atol=1e-6)


def test_worded_kinetic_coefficient_sets_sliding_friction() -> None:
    f = _forces("a 5 kg block sliding down a 30° incline with coefficient of kinetic friction 0.2")
    N = 5 * G * math.cos(math.radians(30))
    assert f["normal"][0] == pytest.approx(N)
    assert f["friction"][0] == pytest.approx(0.2 * N)


def test_worded_static_coefficient_too_small_is_unsat() -> None:
    with pytest.raises(UnsatisfiableError):
        D.solve(D.parse("a 5 kg block at rest on a 30° incline with static friction coefficient 0.2"))


def test_held_in_place_means_at_rest() -> None:
    text = "a 6 kg crate on a frictionless 25° slope held in place by a rope parallel to the slope"
    s = D.parse(text)
    assert s.attr("state") == "rest"
    f = _forces(text)
    assert set(f) == {"weight", "normal", "tension"}
    assert f["tension"][0] == pytest.approx(6 * G * math.sin(math.radians(25)))
    assert f["normal"][0] == pytest.approx(6 * G * math.cos(math.radians(25)))
    assert np.allclose(_net(f), 0, atol=1e-6)
