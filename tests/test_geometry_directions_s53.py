"""A triangle laid out by directions ("B 8 cm to the right of A, C 6 cm directly above B") is drawn at those
coordinates: every side and angle follows from them (requests-34 geometry-01 as development data drew AB = 10)."""
import pytest

from nesy.domains.geometry_directions import direction_coordinates
from nesy.pipeline import parse


def _apply(text):
    for a, b, new in sorted(direction_coordinates(text), reverse=True):
        text = text[:a] + new + text[b:]
    return text


@pytest.mark.parametrize("text, want", [
    ("Triangle ABC: A at the bottom left, B 8 cm to the right of A along the bottom, and C 6 cm directly above B.",
     "Triangle ABC: A = (0, 0), B = (8, 0), and C = (8, 6), in cm."),
    ("Right triangle: X at the origin, Y 5 cm to the right of X, and Z 12 cm straight up from X.",
     "Right triangle: X = (0, 0), Y = (5, 0), and Z = (0, 12), in cm."),
    ("Triangle DEF: E is 6 cm to the right of D, and F is 3 cm to the right of D and 4 cm above it.",
     "Triangle DEF: E = (6, 0), and F = (3, 4), D = (0, 0), in cm."),
    ("Triangle KLM: L 40 mm to the left of K and M 30 mm below K.", "Triangle KLM: L = (-40, 0) and M = (0, -30), "
     "K = (0, 0), in mm."),
])
def test_placements_become_coordinates(text, want):
    assert _apply(text) == want


@pytest.mark.parametrize("text", [
    # a distance "up and to the right" with no direction of its own: not a placement this reader can finish
    "Triangle PQR: Q at the bottom left, R 10 cm to the right of Q. P is 6 cm from Q, up and to the right.",
    # three points on one line
    "Triangle ABC: A at the origin, B 4 cm to the right of A, C 8 cm to the right of A.",
    # a square: four vertices
    "Square ABCD: A at the origin, B 5 cm to the right of A, C 5 cm above B, D 5 cm above A.",
])
def test_left_as_written(text):
    assert direction_coordinates(text) == []


def test_the_figure_has_the_sides_the_directions_give():
    import json
    from nesy.registry import get_domain
    s = parse("Triangle ABC: A at the bottom left, B 8 cm to the right of A along the bottom, and C 6 cm directly "
              "above B.", domain="geometry")
    assert not s.not_drawn and not s.unknown
    dom = get_domain("geometry")
    fig = json.loads(dom.artifacts(dom.solve(s, timeout_s=60), s)["figure.json"])
    assert {k: round(v, 6) for k, v in fig["sides"].items()} == {"AB": 8, "BC": 6, "CA": 10}
    assert round(fig["angles_deg"]["B"], 6) == 90
