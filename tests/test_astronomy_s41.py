"""Session 41: astronomy readings found by the twenty-first held-out set (each phrased otherwise here)."""
import pytest

from nesy.pipeline import parse


def _a(text):
    s = parse(text, allow_unknown=True)
    return {dict(b)["name"]: dict(b)["a"] for b in dict(s.attributes)["bodies"]}


@pytest.mark.parametrize("text, want", [
    # a value written before its body, one list item each: never the body of the item before
    ("for my poster: 0.72 AU - Venus; 1.52 AU - Mars; both go round the Sun", {"Venus": 0.72, "Mars": 1.52}),
    ("0.39 AU: Mercury. 5.2 AU: Jupiter. Show them orbiting the Sun.", {"Mercury": 0.39, "Jupiter": 5.2}),
    # the same item: the body before it keeps its value
    ("Venus at 0.72 AU; Mars at 1.52 AU; both orbit the Sun.", {"Venus": 0.72, "Mars": 1.52}),
])
def test_a_value_before_its_body_in_a_list_item_is_that_bodys(text, want):
    assert _a(text) == want
