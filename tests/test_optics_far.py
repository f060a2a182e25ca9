"""A far object before a converging lens (issue 9, optics_far): d_o hundreds of times f. The figure is an
overview at one scale along the axis (object, lens, image at d_o and d_i) and a detail near the lens with a
broken axis, drawn to scale right of the break; optics.json keeps the true values (thin-lens equation,
Hecht, Optics §5.2.3). The verifier reads the pixels: a figure drawn for another distance fails."""
from __future__ import annotations

import json

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import parse
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("optics")

# (text, f cm, d_o cm, h_o cm)
FAR = [
    ("object height 1.8 m, 12 m in front of a converging lens of focal length 35 mm", 3.5, 1200, 180),
    ("A 4 m tall statue stands 30 m in front of a converging lens with a focal length of 10 cm. Draw the image.",
     10, 3000, 400),
    ("converging lens, f = 80 mm; a lamp post 6 m high is 45 m from the lens", 8, 4500, 600),
]


@pytest.mark.parametrize("text,f,do,ho", FAR)
def test_a_far_object_is_drawn_with_an_overview_and_a_broken_axis_and_verified(text, f, do, ho):
    scene = parse(text, domain="optics")
    lay = D.solve(scene)
    assert lay.extra("far") is not None
    sol = json.loads(D.artifacts(lay, scene)["optics.json"])
    di = 1 / (1 / f - 1 / do)
    assert sol["f_cm"] == pytest.approx(f) and sol["do_cm"] == pytest.approx(do)
    assert sol["di_cm"] == pytest.approx(di) and sol["hi_cm"] == pytest.approx(-ho * di / do)
    # the overview: object, lens and image at d_o and d_i along one axis (one scale)
    S = {s.id: s for s in lay.shapes}
    xo, xe, xi = S["object"].box[0], S["element"].box[0], S["image"].box[0]
    assert (xi - xe) / (xe - xo) == pytest.approx(di / do, rel=1e-6)
    assert any("break" in lb.text for lb in lay.labels)
    v = D.verify(render_layout(lay, controls=False).png, scene)
    assert v.passed, [c for c in v.checks if not c.passed]


def test_a_far_figure_drawn_for_another_distance_fails_verification():
    scene = parse(FAR[0][0], domain="optics")
    other = parse(FAR[0][0].replace("12 m", "30 m"), domain="optics")
    v = D.verify(render_layout(D.solve(other), controls=False).png, scene)
    assert not v.passed


def test_a_near_object_keeps_the_one_scale_diagram():
    lay = D.solve(parse("a converging lens of focal length 10 cm and a 2 cm object 60 cm away", domain="optics"))
    assert lay.extra("far") is None


def test_a_far_object_before_a_diverging_lens_is_still_refused_naming_its_phrases():
    with pytest.raises(UnsupportedError, match="40 m away"):
        D.solve(parse("a diverging lens of focal length 10 cm and a 5 m tall object 40 m away", domain="optics"))
