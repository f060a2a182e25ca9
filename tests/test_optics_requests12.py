"""requests-12 optics-10 (verified but wrong), own phrasings: a symbol between absolute-value bars ("|f| = 15 cm",
"|R| = 40 cm", "|f|: 12 cm") is that quantity, unsigned, the element's kind giving the sign — it was left unread and
its length taken for the object's distance, a default f drawn and verified; a length labelled by a symbol nesy does
not read ("g = 15 cm") is refused by name, never read as a distance; and the verifier holds every stated value to
the system the figure is drawn from (``optics.stated_checks``)."""
from __future__ import annotations

import pytest

from nesy.domains.optics import Optics, solve_optics, stated_checks
from nesy.errors import NesyError
from nesy.pipeline import generate, parse


def _solved(text: str) -> Optics:
    return solve_optics(parse(text, allow_unknown=True))


@pytest.mark.parametrize("text,f,do", [
    ("convex mirror, |f| = 15 cm, object at 15 cm. ray diagram plz", -15.0, 15.0),
    ("A diverging lens with |f| = 20 cm; the object stands 30 cm away from it.", -20.0, 30.0),
    ("concave mirror: |R| = 40 cm, object 30 cm in front of it", 20.0, 30.0),
    ("converging lens, |f|: 12 cm, an object at 30 cm", 12.0, 30.0),
    ("For a convex mirror take | f | = 25 cm and put the object 50 cm in front.", -25.0, 50.0),
])
def test_a_barred_symbol_is_its_quantity(text, f, do):
    o = _solved(text)
    assert o.f == pytest.approx(f) and o.do == pytest.approx(do)


def test_the_cli_figure_of_the_item_draws_the_stated_focal_length():
    r = generate("convex mirror, |f| = 15 cm, objct at 15 cm. ray diagram plz", timeout_s=120)
    assert r.passed
    st = {c.args[0]: c for c in r.verdict.checks if c.law == "stated_value"}
    assert st["f"].passed and st["f"].observed == pytest.approx(15.0)
    assert st["do"].observed == pytest.approx(15.0)


@pytest.mark.parametrize("text,phrase", [
    ("convex mirror, g = 15 cm, object at 15 cm", "g = 15 cm"),
    ("A concave mirror; x: 12 cm; the object is 30 cm away.", "x: 12 cm"),
    ("diverging lens, |k| = 10 cm, object at 20 cm", "|k| = 10 cm"),
])
def test_a_length_labelled_by_an_unread_symbol_is_refused(text, phrase):
    with pytest.raises(NesyError, match=repr(phrase)[1:-1].replace("|", r"\|")):
        parse(text, allow_unknown=True)


def test_negative_an_unlabelled_distance_is_still_the_objects():
    # no label before it: "object at 15 cm" is the object's distance, as before
    o = _solved("a convex mirror with focal length 10 cm, object at 15 cm")
    assert o.f == pytest.approx(-10.0) and o.do == pytest.approx(15.0)
    # bars around a whole expression are no symbol's
    sc = parse("a convex mirror with focal length 10 cm, object at 15 cm", allow_unknown=True)
    assert [x["what"] for x in sc.attr("facts")] == ["f", "do"]


def test_the_verifier_fails_a_stated_value_the_system_does_not_hold():
    o = Optics("mirror", -10.0, 15.0, -6.0, 1.0, 0.4, 0.4, "cm", 0.0)
    facts = [{"what": "f", "value": 15.0, "signed": False, "span": {"text": "|f| = 15 cm"}},
             {"what": "do", "value": 15.0, "signed": False, "span": {"text": "15 cm"}},
             {"what": "m", "value": 0.5, "signed": True, "span": {"text": "m = 0.5"}}]
    got = {c.args[0]: c.passed for c in stated_checks(facts, o)}
    assert got == {"f": False, "do": True, "m": False}
