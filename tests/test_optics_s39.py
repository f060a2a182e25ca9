"""Session 39, optics: textbook word problems (issue 9) — a reference number, a quantity named before its element,
two-element systems refused whole, and a lens given by its glass and radii (the lensmaker's equation)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsupportedError
from nesy.pipeline import generate


def _run(text: str):
    return generate(text, controls=False, raise_on_fail=False)


def _facts(res) -> dict[str, float]:
    return {x["what"]: x["value"] for x in res.scene.attr("facts", [])}


def _sol(res) -> dict:
    return dict(res.layout.extra("solution"))


# ---------------------------------------------------------------- a textbook's reference number is no quantity
@pytest.mark.parametrize("text", [
    "A converging lens has f = 10 cm. An object is placed 30 cm from it.\n\nReference: Ref 12-4 Where is the image?",
    "A convex mirror has a focal length of -20 cm (Ref. 7.3). A candle stands 15 cm in front of it.",
    "Ref 31 - A diverging lens with f = -8 cm forms an image of an object 12 cm away.",
])
def test_reference_numbers_are_not_read_as_lengths(text):
    res = _run(text)
    assert res.passed
    sol = _sol(res)
    assert sol["do_cm"] in (30.0, 15.0, 12.0) and sol["f_cm"] in (10.0, -20.0, -8.0)


# ---------------------------------------------------------------- "the focal length of the lens is -14 cm"
@pytest.mark.parametrize("text, f, do", [
    ("A diverging lens is used. The focal length of the lens is -12.0 cm. An object sits 6.0 cm to its left.", -12.0, 6.0),
    ("The focal length of each thin lens is 8 cm; a 1 cm arrow is placed 20 cm from the converging lens.", 8.0, 20.0),
    ("A diverging lens has a focal length of magnitude 15 cm. An object is 30 cm in front of it.", -15.0, 30.0),
])
def test_focal_length_named_before_its_element(text, f, do):
    res = _run(text)
    assert res.passed and res.complete, [n.text for n in res.not_drawn]
    sol = _sol(res)
    assert sol["f_cm"] == pytest.approx(f) and sol["do_cm"] == pytest.approx(do)


def test_radius_named_before_its_mirror():
    res = _run("A concave mirror is used. The radius of curvature of the mirror is 40 cm. An object is 30 cm in "
               "front of it.")
    sol = _sol(res)
    assert res.passed and sol["f_cm"] == pytest.approx(20.0) and sol["di_cm"] == pytest.approx(60.0)


# ---------------------------------------------------------------- two elements: refused whole, both named
@pytest.mark.parametrize("text, named", [
    ("Two thin converging lenses, each with f = 10 cm, are 25 cm apart. An object is 15 cm left of the first.",
     ["Two thin converging lenses", "25 cm"]),
    ("A diverging lens is placed 12 cm to the left of a converging lens of focal length 20 cm. An object sits 30 cm "
     "from the diverging lens.", ["diverging lens", "converging lens", "12 cm"]),
    ("An object is 40 cm from a converging lens with f = 10 cm. The image it forms is the object of a second lens, "
     "f = -5 cm.", ["second lens"]),
    ("A pair of identical convex mirrors are separated by 50 cm; a candle stands 10 cm in front of the mirror on "
     "the left.", ["A pair of identical convex mirrors", "50 cm"]),
])
def test_two_element_systems_are_refused_naming_both(text, named):
    with pytest.raises(UnsupportedError) as e:
        _run(text)
    msg = str(e.value)
    assert "two lenses or mirrors" in msg
    for w in named:
        assert f"'{w}'" in msg


def test_one_element_with_its_other_side_is_not_a_system():
    res = _run("An object stands 30 cm from a converging lens with f = 10 cm; its image forms on the other side of "
               "the lens.")
    assert res.passed and _sol(res)["di_cm"] == pytest.approx(15.0)


# ---------------------------------------------------------------- the lensmaker's equation
def test_biconvex_lens_from_index_and_signed_radii():
    res = _run("A biconvex lens is made of glass with refractive index 1.5, R1 = 20 cm and R2 = -20 cm. An object "
               "is placed 40 cm from it.")
    sol = _sol(res)
    assert res.passed and sol["f_cm"] == pytest.approx(20.0) and sol["di_cm"] == pytest.approx(40.0)
    notes = [lb.text for lb in res.layout.labels]
    assert any("lensmaker" in t and "1.5" in t for t in notes)


def test_biconcave_lens_from_magnitudes_takes_signs_from_its_shape():
    # 1/f = (1.6 − 1)(−1/15 − 1/30) = −0.06 /cm
    res = _run("A double concave lens (n = 1.6) has |R_1| = 15 cm and |R_2| = 30 cm. A 2 cm object stands 20 cm "
               "from the lens.")
    sol = _sol(res)
    assert res.passed and sol["f_cm"] == pytest.approx(-100 / 6) and not sol["real"]


@pytest.mark.parametrize("text, said", [
    # unsigned radii of a lens whose shape is not named: a meniscus is possible, f is not fixed
    ("A converging lens of refractive index 1.5 has radii R1 = 10 cm and R2 = 20 cm. An object is 30 cm away.",
     "R1 = 10 cm"),
    # radii without the glass's index
    ("A biconvex lens has R1 = 10 cm and R2 = -10 cm. An object is 30 cm from it.", "R1 = 10 cm"),
])
def test_lensmaker_refuses_what_the_text_does_not_fix(text, said):
    with pytest.raises(UnsupportedError) as e:
        _run(text)
    assert said in str(e.value)


def test_an_index_the_figure_does_not_use_is_listed_not_drawn():
    res = _run("A converging lens with f = 10 cm is made of glass of refractive index 1.5. An object is 30 cm away.")
    assert res.passed and not res.complete
    assert any("1.5" in n.text for n in res.not_drawn)
    assert _sol(res)["f_cm"] == pytest.approx(10.0)
