"""Cells a cell biologist would publish (issue 12): the rough ER joined to the outer nuclear membrane
(Alberts, MBoC 6th ed., ch. 12) and a plant cell's central vacuole drawn as its largest organelle
(Campbell Biology ch. 6; MBoC ch. 13) — each still verified from the pixels, in both palettes, and a text
that rules the big vacuole out still drawn as it says."""
from __future__ import annotations

import math

import pytest

ANIMAL = "an animal cell with a nucleus, a rough ER, a Golgi apparatus and 3 mitochondria"
PLANT = "a plant cell with a cell wall, a nucleus, a rough ER, a central vacuole and 4 chloroplasts"


def _gen(text: str, palette: str | None = None):
    from nesy.pipeline import generate
    return generate(text, domain="cell", controls=False, timeout_s=120, palette=palette)


@pytest.fixture(scope="module")
def animal():
    return _gen(ANIMAL)


@pytest.fixture(scope="module")
def plant_grey():
    return _gen(PLANT, palette="grey")


def _shapes(res) -> dict:
    return {s.id: s for s in res.layout.shapes}


def _on_ellipse(p, box) -> float:
    """How far (px, along the radius) point ``p`` lies from the ellipse in ``box``."""
    x0, y0, x1, y1 = box
    a, b = (x1 - x0) / 2, (y1 - y0) / 2
    u, v = p[0] - (x0 + x1) / 2, p[1] - (y0 + y1) / 2
    r = math.hypot(u / a, v / b)
    return abs(r - 1) * math.hypot(u, v) / max(r, 1e-9)


def _join_ends_on_nucleus(res, er: str, nucleus: str) -> None:
    sh = _shapes(res)
    join = sh.get(f"_{er}_join")
    assert join is not None, "the ER is not joined to the nuclear envelope"
    band = sh[f"_{er}_band"].geometry()
    quad = join.points
    # one end inside the band, the other on the nucleus's outline
    assert any(band.buffer(2).contains(_pt(p)) for p in quad)
    # against the outside of the envelope's 2-px outline, not on it (at most 1 px of page between)
    ends = [p for p in quad if 1.0 <= _on_ellipse(p, sh[nucleus].box) <= 2.6]
    assert len(ends) == 2, quad


def _pt(p):
    from shapely.geometry import Point
    return Point(p)


def test_er_starts_at_the_nuclear_envelope_and_verifies(animal):
    assert animal.passed
    _join_ends_on_nucleus(animal, "er1", "nucleus1")


def test_er_join_touches_no_other_organelle(animal):
    sh = _shapes(animal)
    j = sh["_er1_join"].geometry()
    for i, s in sh.items():
        if i.startswith("_") or i in ("er1", "nucleus1", "cell1"):
            continue
        assert not j.intersects(s.geometry(32)), i


def test_no_join_without_a_nucleus():
    res = _gen("an animal cell with a rough ER and 2 mitochondria")
    assert res.passed
    assert not any(s.id.endswith("_join") for s in res.layout.shapes)


def test_plant_vacuole_is_the_largest_organelle_and_verifies_in_grey(plant_grey):
    assert plant_grey.passed
    sh = _shapes(plant_grey)
    w = {i: s.box[2] - s.box[0] for i, s in sh.items() if not i.startswith("_")}
    vac = w["vacuole1"]
    assert vac == max(v for i, v in w.items() if not i.startswith("cell"))
    assert vac >= 0.5 * w["cell1"] * 0.97
    assert vac >= w["nucleus1"] / 0.6 - 1
    _join_ends_on_nucleus(plant_grey, "er1", "nucleus1")


def test_a_stated_smaller_vacuole_still_wins():
    res = _gen("a plant cell with a cell wall, a nucleus and a vacuole; the vacuole is smaller than the nucleus")
    assert res.passed
    sh = _shapes(res)
    assert sh["vacuole1"].box[2] - sh["vacuole1"].box[0] < sh["nucleus1"].box[2] - sh["nucleus1"].box[0]


def test_an_animal_cells_vacuole_is_not_enlarged():
    from nesy.domains.cell import _central_vacuoles
    from nesy.registry import get_domain
    scene = get_domain("cell").parse("an animal cell with a nucleus and a vacuole")
    assert not _central_vacuoles(scene)
    assert _central_vacuoles(get_domain("cell").parse("a plant cell with a nucleus and a vacuole"))


def test_impossible_plant_text_stays_impossible():
    from nesy.errors import UnsatisfiableError
    with pytest.raises(UnsatisfiableError):
        _gen("a plant cell with a cell wall, a nucleus and a vacuole; the nucleus is inside the vacuole")


def test_deterministic(animal):
    again = _gen(ANIMAL)
    assert again.rendering.png == animal.rendering.png
