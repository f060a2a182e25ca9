"""Reading mechanisms found by the held-out requests-26 (session 47): each was a verified-but-wrong figure or a
refusal of plain English, and each test fails on the code before the session."""
from __future__ import annotations

import pytest

from nesy.pipeline import parse


def _circuit(text: str) -> dict[str, str]:
    s = parse(text, domain="circuits", allow_unknown=True)
    return {e.id: dict(e.attributes).get("display") for e in s.entities
            if e.kind in ("resistor", "vsource", "capacitor")}


@pytest.mark.parametrize("text, want", [
    # a value set off by dashes, commas or a colon after the part it belongs to: that part's, not a further part
    ("A 12 V battery drives R1 — 4 Ω — in series with a pair: R2, 6 Ω, and R3, 12 Ω, which sit in parallel "
     "with each other.", {"V1": "V1 = 12 V", "R1": "R1 = 4 Ω", "R2": "R2 = 6 Ω", "R3": "R3 = 12 Ω"}),
    ("supply: 24 V; R1: 1 kΩ; R2: 2.2 kΩ; R1 in series with R2.",
     {"V1": "V1 = 24 V", "R1": "R1 = 1 kΩ", "R2": "R2 = 2.2 kΩ"}),
    # a part restated in brackets is the same part
    ("A single cell (battery) of 1.5 V, a resistor of 47 kΩ and a 22 µF capacitor, all in one loop.",
     {"V1": "V1 = 1.5 V", "R1": "R1 = 47 kΩ", "C1": "C1 = 22 µF"}),
    ("A 12 V battery (the only source) in series with a 4 Ω resistor.", {"V1": "V1 = 12 V", "R1": "R1 = 4 Ω"}),
])
def test_set_off_values_and_restated_parts_are_one_part(text: str, want: dict) -> None:
    assert _circuit(text) == want


def test_two_values_after_a_plural_stay_the_plurals() -> None:
    """"two resistors, 4 Ω and 6 Ω" — a plural — keeps its own reading: two resistors, one value each."""
    got = _circuit("A 9 V battery and two resistors, 4 Ω and 6 Ω, in series.")
    assert sorted(v for k, v in got.items() if k.startswith("R")) == ["R1 = 4 Ω", "R2 = 6 Ω"]


@pytest.mark.parametrize("text, gone", [
    ("Jupiter in the centre, with Io, Europa and Ganymede around it. Leave Callisto out.", "callisto"),
    ("The Sun with Mercury, Venus and Earth; take Venus out of the figure.", "venus"),
])
def test_a_body_left_out_with_the_particle_after_it_is_not_drawn(text: str, gone: str) -> None:
    s = parse(text, allow_unknown=True)
    assert gone not in {e.id for e in s.entities}


def test_a_side_set_off_after_words_about_it_and_a_point_placed_from_another() -> None:
    s = parse("Right triangle PQR lying flat: PQ along the bottom, 12 cm long, with the right angle at Q and R "
              "straight above Q, 5 cm up.", allow_unknown=True)
    got = {g["target"]: g["value"] for g in s.attr("given")}
    assert got == {"PQ": "12", "RQ": "5"}


def test_one_more_atom_in_the_middle_joins_the_corners() -> None:
    s = parse("A cube with a tungsten atom at each of its eight corners and one more right in the middle of the "
              "cube; edge length 3.165 Å.", allow_unknown=True)
    assert s.attr("structure") == "bcc"


@pytest.mark.parametrize("text", [
    "Hi! My daughter has a quiz on Friday (she says she can't draw to save her life). Could you draw a plant cell "
    "with one nucleus and five chloroplasts?",
    "ok so my prof (who honestly can't draw a circle to save his life) wants a Venn diagram: A = {1, 2, 3} and "
    "B = {3, 4, 5}.",
])
def test_what_a_person_cannot_do_is_no_negation_of_the_figure(text: str) -> None:
    s = parse(text, allow_unknown=True)
    assert any("cannot do" in n.why for n in s.no_content)
    assert not any("can't" in n.text for n in s.not_drawn)


def test_a_negated_ability_of_the_figure_is_still_refused() -> None:
    """Only a person's ability is a remark: "a cell that doesn't have a nucleus" still says what is drawn."""
    from nesy.errors import NesyError
    try:
        s = parse("A plant cell that doesn't have a nucleus, with three chloroplasts.", allow_unknown=True)
    except NesyError:
        return
    assert not any(e.kind == "nucleus" for e in s.entities)


def test_the_speakers_i_is_no_set() -> None:
    """Once the remark about the prof is read as chat, "I copied it wrong" must not make a set I (it did, and the
    figure then drew a third set): the text is refused for its unapplied correction, or drawn with A and B only."""
    from nesy.errors import NesyError
    text = ("ok so my prof (who honestly can't draw a circle to save his life) wants a Venn diagram by Tuesday: "
            "A = {1, 2, 3} and B = {4, 5} — wait, no, B = {3, 4, 5}, I copied it wrong. that's all, thx")
    try:
        s = parse(text, allow_unknown=True)
    except NesyError:
        return
    assert "I" not in {e.id for e in s.entities}
    s = parse("I and J are two overlapping sets; I = {1, 2} and J = {2, 3}.", allow_unknown=True)
    assert {e.id for e in s.entities if e.kind == "set"} == {"I", "J"}


def _members(s) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in s.relations:
        if r.kind == "element_of":
            out.setdefault(r.target, set()).add(r.source)
    return out


def test_sets_defined_by_a_property_of_numbers_get_their_members() -> None:
    """"P the primes in U" (no verb, after a colon) over U = {1, 2, …, 10} had drawn P inside E inside S with no
    number in any of them; the definition's verb may be left out after a colon or a listed universe too."""
    s = parse("Venn diagram with universal set U = {1, 2, …, 10}: P the primes in U, E the even numbers in U, S the "
              "perfect squares in U.", allow_unknown=True)
    m = _members(s)
    assert m["P"] == {"2", "3", "5", "7"} and m["E"] == {"2", "4", "6", "8", "10"} and m["S"] == {"1", "4", "9"}
    assert not any(r.kind == "inside" and r.target in ("E", "S") for r in s.relations)
    s = parse("U = {1, 2, ..., 12}; M the multiples of 3 in U and F the factors of 12.", domain="sets",
              allow_unknown=True)
    m = _members(s)
    assert m["M"] == {"3", "6", "9", "12"} and m["F"] == {"1", "2", "3", "4", "6", "12"}
