"""Held-out orbit figures (benchmarks/other_tools_heldout/astronomy.py, issue 10): a distance ratio the
text states is scale-free, so another tool's figure is held to its value (``shape_ratio_check``) — the
third planet drawn at twice the first's distance for 'three times as far' is caught, the correct figure
passes; and the ways other tools draw an orbit diagram (ellipses, an outlined planet, gridlines, a star
marker, a legend, upright names) are read by shape."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from nesy.see import ocr

ROOT = Path(__file__).resolve().parents[2]


def _cases():
    spec = importlib.util.spec_from_file_location("heldout_astronomy",
                                                  ROOT / "benchmarks" / "other_tools_heldout" / "astronomy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return {c["id"]: c for c in mod.cases()}


def _verify(case, wrong, style="clean"):
    from nesy.pipeline import parse
    from nesy.registry import get_domain
    from nesy.see.degrade import degrade
    scene = parse(case["text"], domain="astronomy", allow_unknown=True)
    return get_domain("astronomy").verify(degrade(case["draw"](wrong), style), scene)


def test_stated_distance_ratio_value_is_checked():
    case = _cases()["heldout-astronomy-06"]
    v = _verify(case, None)
    assert v.passed, [(c.law, c.observed) for c in v.failed()]
    assert any(c.law == "distance_ratio" and c.passed for c in v.checks)
    v = _verify(case, "third_twice_first")
    assert any(c.law == "distance_ratio" and not c.passed for c in v.checks)
    assert not v.passed


# Other tools' ways of drawing an orbit diagram (issue 10), each read by shape — a correct figure that was
# rejected before passes, and a wrong version of it stays caught:
# - 02: a PIL board sketch — orbits squashed into ellipses about the planet, the planet an open circle
#   drawn in a thick stroke with bands inside (its ring was read as ~80 small discs), a bold title;
# - 03: matplotlib axes with gridlines (crossings read as discs), the star a '*' marker, 'planet 1 / 0.5 AU'
#   labels; the stated distances are held to their ratios (planet 3 drawn at 2 AU for '3 AU' is caught);
# - 04: a legend box whose small letters blurred into blots are no bodies;
# - 05: orbits as ellipses with the Sun at a focus (no circle about the Sun);
# - 07: names written upright along a radius, read turned.
HELD = [
    ("heldout-astronomy-02", "clean", "five_moons"),
    ("heldout-astronomy-03", "clean", "planet3_at_2AU"),
    ("heldout-astronomy-04", "clean", "drop_moon"),
    ("heldout-astronomy-05", "clean", "order_swapped"),
    ("heldout-astronomy-07", "clean", "swap_uranus_neptune"),
]


@pytest.mark.skipif(not ocr.available(), reason="the ocr extra reads the names")
@pytest.mark.parametrize("cid, style, wrong", HELD)
def test_other_tools_orbit_drawings_are_read(cid, style, wrong):
    case = _cases()[cid]
    v = _verify(case, None, style)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    assert not _verify(case, wrong, style).passed


def test_squashed_orbits_about_an_outlined_planet():
    """The reader itself (no OCR): the board sketch's Jupiter is one body (an open circle in a thick stroke
    with bands inside), its four moons lie on four ellipses about it, and nothing else is a disc."""
    from nesy.domains.regionbase import read_png
    from nesy.see.orbits import read_orbit_figure, roles
    fig = read_orbit_figure(read_png(_cases()["heldout-astronomy-02"]["draw"](None)), ocr=False)
    ro = roles(fig)
    assert ro.centre is not None and len(fig.discs) == 5
    assert len(ro.orbit_r) == 4 and len(ro.on_ring) == 4 and not ro.stray
    assert all(r.ellipse is not None for r in fig.rings[ro.centre])


def test_gridlines_and_a_star_marker():
    """Gridlines crossing the orbits make no discs; the '*' star marker is the centre."""
    from nesy.domains.regionbase import read_png
    from nesy.see.orbits import read_orbit_figure, roles
    fig = read_orbit_figure(read_png(_cases()["heldout-astronomy-03"]["draw"](None)), ocr=False)
    ro = roles(fig)
    assert len(fig.discs) == 4 and len(ro.orbit_r) == 3 and len(ro.on_ring) == 3
