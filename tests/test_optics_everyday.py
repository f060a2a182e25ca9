"""nesy.optics.v1 reading everyday requests (issue 9): an object named by an everyday noun with its height in a
separate clause, the element's kind said apart from it ("the mirror is convex"), and "behind" said relative to
the viewer or the car. Several wordings per kind; the figures are checked from their pixels."""
from __future__ import annotations

import pytest

from nesy.errors import InputError, UnsupportedError
from nesy.registry import get_domain
from nesy.render.svg import render_layout

D = get_domain("optics")


def _facts(text: str) -> dict[str, float]:
    return {f["what"]: f["value"] for f in D.parse(text).attr("facts") if f["value"] is not None}


# ------------------------------------------- the height in its own clause is the object's height, not a distance

@pytest.mark.parametrize("text,do,ho", [
    ("A makeup mirror is concave with a focal length of 12 cm. Your face is held 8 cm in front of it and is "
     "20 cm tall.", 8.0, 20.0),
    ("Concave mirror f=15cm; a candle stands 10 cm from it. The candle is 3 cm tall.", 10.0, 3.0),
    ("A concave mirror has f = 20 cm. A coin is placed at 12 cm; the height of the coin is 2 cm.", 12.0, 2.0),
    ("a converging lens (f = 10 cm) images a bulb 25 cm away. Take the bulb's height as 4 cm.", 25.0, 4.0),
    ("A magnifying glass with focal length 8 cm is held 5 cm from an insect; let the object height be 0.5 cm.",
     5.0, 0.5),
    ("concave mirror, focal length 10 cm, a candle 30 cm away from it, candle height 2 cm", 30.0, 2.0),
    ("The mirror is concave, f = 10 cm; a pencil 1.5 cm in height is 15 cm away.", 15.0, 1.5),
    ("a concave mirror with f = 10 cm and a cyclist 40 cm away; assume the object size is 12 cm", 40.0, 12.0),
])
def test_height_in_its_own_clause_is_the_objects(text: str, do: float, ho: float) -> None:
    f = _facts(text)
    assert f["do"] == pytest.approx(do) and f["ho"] == pytest.approx(ho)
    assert f.get("f") == pytest.approx(D.parse(text).attr("facts")[0]["value"])


# ------------------------------------------- the kind said apart from the element's noun

@pytest.mark.parametrize("text,typ", [
    ("Shaving mirror: concave, f = 10 cm, a face 5 cm away", "converging"),
    ("the mirror is convex, R = 40 cm; an object 30 cm in front of it", "diverging"),
    ("a lens, which is diverging, with a focal length of 10 cm and an arrow 20 cm away", "diverging"),
    ("A rear-view mirror is convex, focal length 50 cm, a car 8 m in front of it", "diverging"),
])
def test_kind_said_apart_from_the_element(text: str, typ: str) -> None:
    el = D.parse(text).attr("element")
    # (a shaving mirror names its kind itself since session 48 — concave — and "concave" then restates it)
    assert el["type"] == typ and el["type_span"]["text"].lower() in ("concave", "convex", "diverging", "shaving mirror")


def test_two_kinds_of_one_element_are_refused_naming_both() -> None:
    with pytest.raises(InputError, match="'convex mirror' and 'concave'"):
        D.parse("a convex mirror, which is concave, f = 10 cm, object 20 cm away")


# ------------------------------------------- "behind" the viewer or the car: a real object in front

@pytest.mark.parametrize("text,do,ho", [
    ("A car's passenger-side mirror is convex with R = 2 m. A truck 2.5 m high is 10 m behind the car.", 1000.0, 250.0),
    ("The side mirror of a car is a convex mirror with focal length 30 cm; a person 1.7 m tall stands 4 m behind it.",
     400.0, 170.0),
    ("Convex side-view mirror, radius of curvature 60 cm; a bike 1 m tall is 3 m behind.", 300.0, 100.0),
    ("A convex mirror (R = 40 cm) on a bus shows a child 1.2 m tall who is 2 m behind the bus.", 200.0, 120.0),
])
def test_behind_the_viewer_is_a_real_object(text: str, do: float, ho: float) -> None:
    scene = D.parse(text)
    f = {x["what"]: x["value"] for x in scene.attr("facts") if x["value"] is not None}
    assert f["do"] == pytest.approx(do) and f["ho"] == pytest.approx(ho)
    assert scene.attr("object_behind")["text"].lower() == "behind"
    assert scene.attr("element")["type"] == "diverging"


@pytest.mark.parametrize("text", [
    "Light converging toward a point 10 cm behind a concave mirror of f = 20 cm, an object there",
    "a virtual object 10 cm behind a converging lens with f = 20 cm",
    "rays already converging on a lens (f = 15 cm) meet at an object 5 cm behind it",
])
def test_behind_with_converging_light_is_a_virtual_object_refused(text: str) -> None:
    with pytest.raises(UnsupportedError, match="virtual"):
        D.parse(text, allow_unknown=True)


def test_behind_the_car_is_drawn_in_front_and_says_so() -> None:
    scene = D.parse("A rear-view mirror is convex, R = 60 cm. A van 2 m tall is 6 m behind the car.")
    layout = D.solve(scene)
    notes = [lb.text for lb in layout.labels if "behind" in lb.text]
    assert notes == ["object on the incident side: 'behind' read as behind the viewer"]
    ex = layout.extra("solution")
    assert ex["f_cm"] == pytest.approx(-30.0) and ex["do_cm"] == pytest.approx(600.0)
    assert ex["di_cm"] == pytest.approx(-1 / (1 / 30 + 1 / 600))   # 1/d_i = 1/f − 1/d_o, f = −R/2
    png = render_layout(layout, controls=False).png
    assert D.verify(png, scene).passed
