"""A place said of the image ("the image, which forms between the focal point and the centre of curvature") bounds the
image distance, not the object's (requests-34 optics-03 as development data: a true statement called impossible)."""
import pytest

from nesy.errors import UnsatisfiableError
from nesy.pipeline import parse
from nesy.registry import get_domain


def _solve(text):
    s = parse(text, domain="optics")
    return get_domain("optics").solve(s, timeout_s=60)


def test_true_image_place_is_drawn():
    lay = _solve("Concave mirror, focal length 20 cm, object 60 cm in front of it. Draw the image, which forms in "
                 "front of the mirror between the focal point and the centre of curvature.")
    assert lay is not None


def test_false_image_place_is_impossible():
    with pytest.raises(UnsatisfiableError, match="beyond the centre of curvature"):
        _solve("Concave mirror, focal length 20 cm, object 60 cm in front of it; the image forms beyond the centre "
               "of curvature.")


def test_the_object_place_still_bounds_the_object():
    with pytest.raises(UnsatisfiableError):
        _solve("A concave mirror, f = 20 cm, with the object between the focal point and the centre of curvature, "
               "50 cm away.")
