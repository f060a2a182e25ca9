"""requests-12 optics (helper H5), own phrasings: an object named by a noun outside the vocabulary and placed
in front of the element ("a page 25 cm in front of the lens") is the object wherever the text names it again
("the page at 25 cm" was read as a second image distance: optics-07 called impossible); a value stated as a
magnitude ("focal length has a magnitude of 50 cm", optics-04 read the 50 cm as the object's distance)."""
from __future__ import annotations

import pytest

from nesy.errors import UnsatisfiableError
from nesy.registry import get_domain

D = get_domain("optics")


def _scene(text: str):
    from nesy.pipeline import parse
    return parse(text, domain="optics", allow_unknown=True)


def _facts(text: str) -> list[tuple[str, float]]:
    return [(f["what"], f["value"]) for f in _scene(text).attr("facts") if f["value"] is not None]


def _solve(text: str):
    from nesy.domains.optics import solve_optics
    return solve_optics(_scene(text))


@pytest.mark.parametrize("text,f,do,di", [
    ("The focal length is 20 cm. Hold a page 25 cm in front of the lens; a real image forms 1 m behind it. "
     "Sketch the lens, the page at 25 cm, and the image.", 20, 25, 100),
    ("A converging lens, f = 10 cm. Put a postcard 30 cm in front of it and the image lands 15 cm on the other "
     "side. Show the postcard at 30 cm.", 10, 30, 15),
    ("Magnifier of focal length 12 cm, with a leaflet held 24 cm in front of the lens. The image is 24 cm "
     "behind the lens; draw the leaflet 24 cm away.", 12, 24, 24),
])
def test_object_noun_learned_from_placement(text, f, do, di):
    got = _facts(text)
    assert [v for w, v in got if w == "do"] and all(v == pytest.approx(do) for w, v in got if w == "do")
    assert all(v == pytest.approx(di) for w, v in got if w == "di")
    o = _solve(text)
    assert (abs(o.f), o.do, o.di) == pytest.approx((f, do, di)) and o.real


def test_requests12_optics07_kind():
    text = ("HOST: My reading glasses are plus five diopters. GUEST: Then the focal length is 20 centimeters. Hold "
            "a page 25 cm in front of one lens and it throws a real, inverted image 1 m behind it. HOST: Let's "
            "sketch exactly that: the lens, the page at 25 cm, and where the image forms.")
    o = _solve(text)
    assert (o.f, o.do, o.di, o.m) == pytest.approx((20, 25, 100, -4))


def test_noun_behind_the_lens_is_not_learned():
    # a card placed behind the lens may be the screen: never taught as the object's noun, so the later "card at
    # 40 cm" stays the image's (a second, different image distance: impossible, as stated)
    text = ("A converging lens with focal length 20 cm; an object 40 cm in front of it. A card 1 m behind the lens. "
            "The image on the card at 40 cm.")
    with pytest.raises(UnsatisfiableError):
        _solve(text)


@pytest.mark.parametrize("text,f,do", [
    ("a convex mirror whose focal length has a magnitude of 50 cm, with a car 4.5 m away from it", -50, 450),
    ("A diverging lens; its focal length has a magnitude of 15 cm. An object stands 30 cm from the lens.", -15, 30),
    ("Concave mirror with a focal length having a magnitude of 10 cm, object 30 cm in front.", 10, 30),
])
def test_magnitude_of(text, f, do):
    o = _solve(text)
    assert (o.f, o.do) == pytest.approx((f, do))


def test_requests12_optics04_kind():
    o = _solve("Objects in mirror are closer than they appear: draw the passenger-side convex mirror, whose focal "
               "length has a magnitude of 50 cm, with a 1.5 m tall car standing 4.5 m away from it, and show the "
               "small upright image.")
    assert (o.f, o.do, o.di, o.ho, o.hi, o.m) == pytest.approx((-50, 450, -45, 150, 15, 0.1))


def test_magnitude_needs_a_unit():
    # "a star with a magnitude of 4.8" is a brightness: no unit after it, not read as "is"
    from nesy.parse.repairs import value_copulas
    assert value_copulas("a star with a magnitude of 4.8 in the sky") == []
    assert value_copulas("a force with a magnitude of 12 N") == [(8, 28, "of ")]
