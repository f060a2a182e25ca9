"""Issue 9: a value the text does not give is never drawn as if it had. A ray diagram needs an object distance
to be drawn at all; when the text leaves it (or f, d_i, m) open, the title writes "?" for it and a note under
the title gives the value drawn, "not in the text, chosen for the drawing". Before, "a concave mirror,
f = 20 cm, a 3 cm object" was titled "d_o = 50 cm, d_i = 33.33 cm, m = −0.667" with exit 0."""
from __future__ import annotations

import json

import pytest

from nesy.domains.optics import solve_optics
from nesy.pipeline import parse


def _gen(text: str):
    from nesy.pipeline import generate
    return generate(text, domain="optics", controls=False, timeout_s=120)


def _title(r) -> str:
    return next(lb.text for lb in r.layout.labels if lb.text.startswith(("concave", "convex", "converging",
                                                                          "diverging")))


def test_an_open_object_distance_is_marked_chosen():
    r = _gen("a concave mirror, f = 20 cm, a 3 cm object")
    assert r.passed
    assert _title(r) == "concave mirror: f = 20 cm, dₒ = ?, dᵢ = ?, m = ?"
    notes = [lb.text for lb in r.layout.labels if lb.text.startswith("not in the text")]
    assert notes == ["not in the text, chosen for the drawing: dₒ = 50 cm, dᵢ = 33.33 cm, m = −0.667"]


def test_the_cli_writes_what_was_chosen(tmp_path):
    from nesy.cli import main
    rc = main(["generate", "a concave mirror, f = 20 cm, a 3 cm object", "-o", str(tmp_path), "--domain", "optics"])
    assert rc == 0
    sol = json.loads((tmp_path / "optics.json").read_text())
    assert sol["chosen"] == ["do", "di", "m"] and sol["f_cm"] == pytest.approx(20.0)


@pytest.mark.parametrize("text, chosen", [
    ("A converging lens, f = 10 cm, object at 30 cm.", ()),                       # all fixed
    ("A concave mirror, object at 30 cm, magnification -2.", ()),                  # f follows from d_o and m
    ("A lens with f = 10 cm and magnification 2.", ()),                            # d_o follows from f and m
    ("A concave mirror of focal length 10 cm, object between F and 2F.", ("do", "di", "m")),  # a range, not a value
    ("A lens; the object is 30 cm away and its image 15 cm away.", ("f",)),        # real or virtual image: f open
])
def test_what_the_text_fixes(text: str, chosen: tuple) -> None:
    assert solve_optics(parse(text, domain="optics")).chosen == chosen


def test_a_fully_given_figure_has_no_note():
    """Guard: every value stated or following from the laws — numbers in the title, no note."""
    r = _gen("A converging lens, f = 10 cm, object at 30 cm.")
    assert r.passed
    assert _title(r) == "converging lens: f = 10 cm, dₒ = 30 cm, dᵢ = 15 cm, m = −0.5"
    assert not any(lb.text.startswith("not in the text") for lb in r.layout.labels)


def test_a_words_clause_before_an_equation_stays_upright():
    from nesy.render.typography import math_runs
    assert math_runs("chosen for the drawing: f = 10 cm") == [("chosen for the drawing: ", False), ("f", True),
                                                               (" = 10 cm", False)]
