"""Orbit diagrams drawn by matplotlib (benchmarks/other_tools/astronomy.py) verified by shape and labels
(nesy.see.orbits): a correct figure passes, clean and degraded; each kind of injected error fails naming
the check that saw it; a figure whose planets cannot be named fails its order check instead of passing."""
from __future__ import annotations

import functools

import pytest

pytest.importorskip("matplotlib")
from nesy.see import ocr  # noqa: E402

from _other_tools import other_tools_module

if not ocr.available():
    pytest.skip("the ocr extra (rapidocr-onnxruntime) reads the labels", allow_module_level=True)

INNER = "the inner planets Mercury, Venus, Earth and Mars orbiting the Sun"
GALILEAN = "Jupiter and its four Galilean moons Io, Europa, Ganymede and Callisto"
EARTH_MARS = "Earth with the Moon and Mars with its two moons Phobos and Deimos orbiting the Sun"


@functools.lru_cache(maxsize=1)
def _drawers():
    mod = other_tools_module("astronomy")
    return mod


@functools.lru_cache(maxsize=None)
def _scene(text):
    from nesy.pipeline import parse
    return parse(text, domain="astronomy", allow_unknown=True)


def _verify(png, text):
    from nesy.registry import get_domain
    return get_domain("astronomy").verify(png, _scene(text))


def _failed(v):
    return {c.law for c in v.failed()}


def _inner(wrong=None, **kw):
    return _drawers()._system(["Mercury", "Venus", "Earth", "Mars"], "colour", seed=1, wrong=wrong, **kw)


@pytest.mark.parametrize("style", ["clean", "jpeg90"])
def test_correct_figure_passes_clean_and_degraded(style):
    from nesy.see.degrade import degrade
    v = _verify(degrade(_inner(), style), INNER)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    laws = {c.law for c in v.checks}
    assert {"star_count", "body_count", "distance_order", "orbit_rings"} <= laws


@pytest.mark.parametrize("wrong,law", [
    ("swap:Venus,Earth", "distance_order"),      # two planets' places swapped
    ("drop:Mars", "body_count"),                 # a planet dropped
    ("labelsun:Venus", "label_at_body"),         # Venus's name written beside the Sun
    ("dup:Earth", "body_count"),                 # a planet drawn twice
])
def test_wrong_planets_fail_naming_the_check(wrong, law):
    v = _verify(_inner(wrong), INNER)
    assert not v.passed and law in _failed(v)


def test_unlabelled_planets_cannot_pass_an_order_check():
    v = _verify(_inner(labelled=False), INNER)
    assert not v.passed
    bad = [c for c in v.failed() if c.law == "distance_order"]
    assert bad and "cannot be read" in str(bad[0].observed)


@pytest.mark.parametrize("wrong,law", [
    (None, None),
    ("swap:Io,Ganymede", "moon_order"),          # labelled moons out of their reference order
    ("dupmoon:x", "moon_count"),                 # a moon duplicated
])
def test_planet_at_centre_with_its_moons(wrong, law):
    d = _drawers()
    v = _verify(d._moon_system("Jupiter", ["Io", "Europa", "Ganymede", "Callisto"], "bw", seed=9, dpi=120,
                               wrong=wrong, fs=10), GALILEAN)
    if wrong is None:
        assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
    else:
        assert not v.passed and law in _failed(v)


def test_moon_drawn_about_the_wrong_planet_fails():
    d = _drawers()
    png = d._system(["Earth", "Mars"], "colour", seed=7, dpi=120,
                    moons={"Earth": ["Moon"], "Mars": ["Phobos", "Deimos"]}, wrong="moonto:Mars>Earth")
    v = _verify(png, EARTH_MARS)
    assert not v.passed
    counts = {c.args[0]: c.observed for c in v.checks if c.law == "moon_count"}
    assert counts == {"earth": 2, "mars": 1}


def test_names_read_through_ocr_misspellings():
    from nesy.see.orbits import match_name
    names = ["Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Io", "Europa", "Ganymede", "Callisto", "Sun"]
    assert match_name("Farth", names) == "Earth"
    assert match_name("10", names) == "Io"
    assert match_name("Futropa", names) == "Europa"
    assert match_name("Saturn", names) == "Saturn"
    assert match_name("Xq", names) is None
    assert match_name("", names) is None


def test_star_with_its_name_written_inside_is_still_the_star():
    import io
    import math

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle
    fig = plt.figure(figsize=(7, 7), dpi=100)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(-6, 6)
    ax.set_ylim(-6, 6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(Circle((0, 0), 0.8, color="#ff8c00", zorder=3))
    ax.text(0, 0, "Sun", ha="center", va="center", fontsize=12, color="white", zorder=5)
    for i, (name, r, t) in enumerate([("Mercury", 1.8, 0.3), ("Venus", 2.8, 2.0), ("Earth", 3.8, 4.0), ("Mars", 4.8, 5.2)]):
        ax.add_patch(Circle((0, 0), r, fill=False, ec="#4477aa", lw=1.5))
        x, y = r * math.cos(t), r * math.sin(t)
        ax.add_patch(Circle((x, y), 0.2, color=["#aa3377", "#228833", "#4477aa", "#ee6677"][i], zorder=4))
        ax.text(x, y + 0.3, name, ha="center", va="bottom", fontsize=11)
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    v = _verify(buf.getvalue(), INNER)
    assert v.passed, [(c.law, c.args, c.observed) for c in v.failed()]
