"""A body on a table or slope pulled over a pulley by a hanging body (mechanics_table).

Newton's second law on both bodies with one acceleration and one tension (Halliday, Resnick & Walker,
*Fundamentals of Physics*, ch. 5; Serway & Jewett ch. 5): on a level table a = (m2 − μk m1) g / (m1 + m2),
T = m1 (a + μk g); on a frictionless slope of angle θ, a = (m2 − m1 sin θ) g / (m1 + m2). The Atwood
machine (both bodies hanging, T = 2 m1 m2 g / (m1 + m2)) stays an Atwood machine.
"""
from __future__ import annotations

import json
import math

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse

G = 9.80665


def _forces(text: str) -> dict[str, list[float]]:
    from nesy.domains.mechanics import mechanics_solution
    sol = mechanics_solution(parse(text, allow_unknown=True))
    out: dict[str, list[float]] = {}
    for _b, _m, _a, fs in sol.bodies:
        for k, mag, _ang in fs:
            out.setdefault(k, []).append(mag)
    return out


@pytest.mark.parametrize("text,m1,m2,mu,theta", [
    ("Block A (4 kg) rests on a frictionless horizontal table and is tied by a light string over a pulley at the "
     "table edge to block B (1 kg), which hangs freely.", 4, 1, 0, 0),
    ("A 2 kg block on a smooth table is connected over a pulley to a 3 kg hanging mass.", 2, 3, 0, 0),
    ("a 3 kg cart on the level floor, string over a pulley, 1 kg mass hanging", 3, 1, 0, 0),
    # the hanging body named first, the table's second
    ("A hanging 2 kg mass pulls, by a cord over a pulley, an 8 kg block lying on a frictionless table.", 8, 2, 0, 0),
    ("A 3 kg block slides on a horizontal table with coefficient of kinetic friction 0.2; a string over a pulley at "
     "the edge connects it to a 2 kg hanging mass.", 3, 2, 0.2, 0),
    ("m1 = 6 kg sits on a rough horizontal bench (μk = 0.25) and is joined by a rope passing over a pulley to "
     "m2 = 4 kg, which hangs.", 6, 4, 0.25, 0),
    ("A 5 kg box sitting on a frictionless incline of 30° is tied over a pulley to a 2 kg mass hanging freely.",
     5, 2, 0, 30),
    ("A 1 kg block on a smooth 40 degree ramp is pulled up it by a 3 kg weight hanging from a string over a pulley "
     "at the top.", 1, 3, 0, 40),
])
def test_table_pulley_is_solved_with_one_tension_and_one_acceleration(text, m1, m2, mu, theta) -> None:
    f = _forces(text)
    th = math.radians(theta)
    a = (m2 - m1 * math.sin(th) - mu * m1 * math.cos(th)) * G / (m1 + m2)
    T = m2 * (G - a)
    assert f["weight"] == pytest.approx([m1 * G], rel=1e-6)
    assert f["weight2"] == pytest.approx([m2 * G], rel=1e-6)
    assert f["normal"] == pytest.approx([m1 * G * math.cos(th)], rel=1e-6)
    assert f["tension"] == pytest.approx([T], rel=1e-6) and f["tension2"] == pytest.approx([T], rel=1e-6)
    if mu:
        assert f["friction"] == pytest.approx([mu * m1 * G * math.cos(th)], rel=1e-6)
    else:
        assert "friction" not in f


def test_table_pulley_needs_both_masses() -> None:
    with pytest.raises(UnsupportedError) as e:
        parse("A block rests on a frictionless table, tied over a pulley to a 2 kg hanging mass.", allow_unknown=True)
    assert "'on a frictionless table'" in str(e.value) and "1 mass" in str(e.value)


@pytest.mark.parametrize("text", [
    "Atwood machine: masses of 3 kg and 5 kg hang on either side of a light, frictionless pulley.",
    "Two blocks of 2 kg and 6 kg hang from a light string over a frictionless pulley.",
    # a floor named as a height is no support
    "A 2 kg and a 3 kg mass hang over a pulley, the heavier one 1.5 m above the floor.",
])
def test_atwood_machine_is_still_read(text: str) -> None:
    scene = parse(text, allow_unknown=True)
    assert scene.attr("scene") == "pulley"
    kinds = [e.kind for e in scene.entities]
    assert kinds.count("body") == 2 and kinds.count("pulley") == 1


def test_table_pulley_figure_is_verified(tmp_path) -> None:
    from nesy.pipeline import generate
    text = ("A 2 kg block on a frictionless horizontal table is tied by a string over a pulley at the table edge to "
            "a hanging 1 kg mass. What is the tension?")
    res = generate(text, out_dir=tmp_path)
    assert res.passed and res.complete
    d = json.loads((tmp_path / "forces.json").read_text())
    ts = [f["newtons"] for b in d["bodies"] for f in b["forces"] if f["kind"].startswith("tension")]
    assert ts == pytest.approx([2 * 1 * G / 3] * 2, rel=1e-6)
