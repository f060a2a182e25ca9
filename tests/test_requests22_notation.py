"""requests-22's verified-but-wrong figures, each by its mechanism (the sentence is one instance):

* mechanics-04: a body on "one vertical string" with no surface named hangs from it — no normal force
  (``mechanics_free.rope_held``);
* circuits-07: "the 10 µF and 22 µF capacitors" are two capacitors, the article before the list being the list's;
* sets-08 / sets-09: "the set of squares" and "a rectangle for S" are the sets science's constructions, whatever
  science the nouns inside belong to (``concepts.gathered``), and "the set of squares" names the set Squares
  (``sets_classes``); "Inside S, draw T and L" and "P is …: draw it inside S, apart from T and L" place the sets
  (``sets_pronoun.read_fronted_place``);
* astronomy-05: "the Sun, the asteroid's outside Earth's" is no asteroid named Sun, and "the asteroid" is the
  asteroid introduced before, not the last planet named.
"""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


@pytest.mark.parametrize("text", [
    'Free-body diagram for {"object": "3.0 kg mass", "support": "one vertical string", "state": "at rest"}, with '
    '$g = 9.8\\ \\mathrm{m\\,s^{-2}}$.',
    "A 2 kg lamp supported by a light cord.",
    "A 3 kg mass at rest on one vertical string.",
])
def test_a_body_on_a_vertical_string_alone_hangs(text):
    s = parse(text, allow_unknown=True)
    assert s.domain == "mechanics"
    assert [e.kind for e in s.entities if e.id == "support"] == ["hanging"]


@pytest.mark.parametrize("text", [
    "A 2 kg box is pulled by a rope with a force of 10 N.",
    "A 2 kg box on a table is held by a vertical string.",
])
def test_a_rope_that_pulls_or_a_named_surface_is_no_hanging_body(text):
    s = parse(text, allow_unknown=True)
    assert [e.kind for e in s.entities if e.id == "support"] != ["hanging"]


@pytest.mark.parametrize("text, kind, n", [
    ("Connect the 10 µF and 22 µF capacitors in parallel, then connect this combination in series with the 1 kΩ "
     "resistor across the 9 V battery.", "capacitor", 2),
    ("The 10 Ω and 22 Ω resistors are in parallel across a 9 V battery.", "resistor", 2),
    ("The 10 Ω resistors are in parallel across a 9 V battery.", "resistor", 2),
])
def test_values_listed_before_one_plural_are_one_part_each(text, kind, n):
    s = parse(text, allow_unknown=True)
    assert sum(e.kind == kind for e in s.entities) == n


def test_sets_of_shapes_are_a_sets_figure():
    s = parse("A diagram is required in which the set of squares is shown as contained in the set of rectangles, the "
              "set of rectangles as contained in the set of quadrilaterals, and the set of triangles as lying entirely "
              "apart from all of these.", allow_unknown=True)
    assert s.domain == "sets"
    rel = {(r.kind, r.source, r.target) for r in s.relations}
    assert {("inside", "Squares", "Rectangles"), ("inside", "Rectangles", "Quadrilaterals")} <= rel
    assert {("outside", "Triangles", x) for x in ("Squares", "Rectangles", "Quadrilaterals")} <= rel


def test_a_rectangle_for_a_set_and_sets_placed_by_a_fronted_place():
    from nesy.registry import detect_domain
    text = ("1. Draw a rectangle for S, the 40 students surveyed.\n2. Inside S, draw T (tablet owners) and L (laptop "
            "owners); 12 students own both, and some own only one of the two.\n3. P is the set of students who own "
            "only a phone: draw it inside S, apart from T and L.")
    assert detect_domain(text).key == "sets"
    from nesy.registry import get_domain
    s = get_domain("sets").parse(text, allow_unknown=True)
    rel = {(r.kind, r.source, r.target) for r in s.relations}
    assert {("inside", "T", "S"), ("inside", "L", "S"), ("inside", "P", "S"), ("outside", "P", "T"),
            ("outside", "P", "L")} <= rel
    # S is the universe its rectangle draws; "12 students own both" is T and L, the one pair not placed apart
    counts = s.attr("counts")
    assert counts["universe_set"] == "S" and counts["total"] == 40
    assert {tuple(r["sets"]): r["count"] for r in counts["regions"]}[("L", "T")] == 12


def test_a_shape_named_alone_stays_geometry():
    from nesy.registry import detect_domain
    assert detect_domain("Draw a rectangle ABCD with AB = 6 cm and BC = 4 cm.").key == "geometry"


def test_the_sun_in_a_mark_scheme_is_no_asteroid():
    s = parse("3. An asteroid orbits the Sun with a period of 8.0 years.\n(a) Use Kepler's third law to show that the "
              "semi-major axis of its orbit is 4.0 AU. [2]\n(b) Draw the asteroid's orbit together with Earth's orbit "
              "(1.0 AU) for comparison. [2]\nMark scheme: (a) T² = a³ ✓; a = 8.0^(2/3) = 4.0 AU ✓ (b) both orbits "
              "about the Sun, the asteroid's outside Earth's ✓✓", allow_unknown=True)
    assert sorted(e.id for e in s.entities) == ["asteroid1", "earth", "star"]
    assert {(r.kind, r.source, r.target) for r in s.relations if r.kind == "closer"} == {("closer", "earth", "asteroid1")}
