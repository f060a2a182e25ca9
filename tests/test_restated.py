"""A correction written after the sentence it corrects is read as the request meant (nesy.parse.restated): a
repair that restates several items ("— wait, I meant tungsten, a = 3.165 Å"), names what it takes back ("sorry,
not Jupiter: Saturn, at 9.58 AU"), swaps one word of a class ("Actually make them parallel instead", "Instead of the
concave mirror use a convex one"), or drops a thing ("Actually, leave Venus out", "scratch the lysosomes and put in
a Golgi body instead"). requests-24 drew what was taken back (four verified-but-wrong figures) or refused these;
each is tested on phrasings other than the items'. Every change is listed as a correction."""
from __future__ import annotations

from nesy.pipeline import parse
from tests.circuit_canon import _canon


def _kinds(sg) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in sg.entities:
        out[e.kind] = out.get(e.kind, 0) + 1
    return out


def test_a_body_taken_back_by_name_and_its_distance():
    sg = parse("The Sun with Mars at 1.52 AU and Saturn at 9.5 AU — sorry, not Saturn: Jupiter, at 5.2 AU.",
               allow_unknown=True)
    names = {e.name for e in sg.entities if e.kind == "planet"}
    assert names == {"Mars", "Jupiter"} and sg.corrections


def test_a_planet_left_out():
    sg = parse("Mercury, Venus and Earth around the Sun. Actually, leave Mercury out.", allow_unknown=True)
    assert {e.name for e in sg.entities if e.kind == "planet"} == {"Venus", "Earth"}


def test_a_connection_swapped():
    sg = parse("A 9 V battery with two 10 Ω resistors in parallel. Actually put them in series instead.",
               allow_unknown=True)
    tree = _canon(sg.attr("tree"), {e.id: e for e in sg.entities})
    assert "S(resistor=10,resistor=10)" in tree


def test_an_organelle_scratched_and_one_put_in_its_place():
    sg = parse("An animal cell with a nucleus, five mitochondria and two lysosomes. On second thought, scratch the "
               "lysosomes and put in a Golgi apparatus instead.", allow_unknown=True)
    k = _kinds(sg)
    assert k.get("lysosome", 0) == 0 and k.get("golgi") == 1 and k.get("mitochondrion") == 5


def test_an_organelle_scratched():
    sg = parse("A cell with a nucleus and four lysosomes. On second thought, scratch the lysosomes.",
               allow_unknown=True)
    assert _kinds(sg).get("lysosome", 0) == 0 and _kinds(sg).get("nucleus") == 1


def test_an_element_and_its_lattice_constant_restated():
    sg = parse("An fcc cell of copper, a = 3.61 Å — sorry, I meant nickel, a = 3.52 Å.", allow_unknown=True)
    lattice = dict(sg.attr("lattice"))
    assert abs(lattice["a"] - 3.52) < 1e-9
    assert {s["el"] for s in (dict(x) for x in sg.attr("sites"))} == {"Ni"}


def test_a_mirror_kind_swapped_with_the_rest_the_same():
    sg = parse("A concave mirror with f = 15 cm and the object 25 cm away. Instead of the concave mirror use a "
               "convex one, same focal length and object distance.", allow_unknown=True)
    mirror = next(e for e in sg.entities if e.kind == "mirror")
    assert mirror.attr("type") == "diverging"   # a convex mirror diverges


def test_an_angle_remade():
    sg = parse("Triangle ABC with AB = 5 cm, BC = 7 cm and angle B = 45°; sorry, make angle B 60°.",
               allow_unknown=True)
    given = [dict(g) for g in sg.attr("given")]
    assert any(g["unit"] == "deg" and str(g["value"]) == "60" for g in given)
    assert not any(g["unit"] == "deg" and str(g["value"]) == "45" for g in given)
