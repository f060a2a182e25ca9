"""requests-14 astronomy failures, own phrasings: a partitive count of a planet's moons ("three of its moons") is
read as a count, and each phrase that counts the named moons is held against them on its own ("two of its moons
… Io and Europa … the two moons" are two moons, not four); a phrase whose count disagrees is still refused."""
from __future__ import annotations

import pytest

from nesy.errors import InputError
from nesy.registry import get_domain

D = get_domain("astronomy")


def _ids(text: str) -> list[str]:
    return [e.id for e in D.parse(text, allow_unknown=True).entities if e.kind != "star"]


@pytest.mark.parametrize("text, ids", [
    ("Jupiter and two of its moons, Io and Europa. Draw the two moons around Jupiter.", ["jupiter", "io", "europa"]),
    ("We visit Saturn and three of its moons: first Mimas, then Titan, and last Iapetus. Show the three moons "
     "around Saturn.", ["saturn", "mimas", "titan", "iapetus"]),
    ("Uranus with two of their moons Miranda and Oberon, both moons drawn around Uranus.",
     ["uranus", "miranda", "oberon"]),
    ("Draw Saturn and its moons Titan and Rhea; label the moons.", ["saturn", "titan", "rhea"]),
])
def test_each_count_of_the_named_moons_is_the_same_moons(text, ids):
    assert _ids(text) == ids


@pytest.mark.parametrize("text, said", [
    ("Jupiter and two of its moons, Io, Europa and Callisto.", "two of its moons"),
    ("Saturn with four of its moons: Titan and Rhea. Show the moons around Saturn.", "four of its moons"),
    ("Jupiter and its moons Io and Europa. Draw the three moons around Jupiter.", "three moons"),
])
def test_a_count_that_disagrees_with_the_names_is_refused(text, said):
    with pytest.raises(InputError, match=said):
        D.parse(text, allow_unknown=True)


def _closer(text: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in D.parse(text, allow_unknown=True).relations if r.kind == "closer"}


@pytest.mark.parametrize("text, pair", [
    # a fronted order phrase with a pronoun object: the body after the comma is its subject
    ("Draw Earth and Mars around the Sun. Far beyond them both, Jupiter.", ("mars", "jupiter")),
    ("Draw Venus at 0.7 AU around the Sun. Closer to the Sun than that, Mercury.", ("mercury", "venus")),
    ("Draw Mars around the Sun. And beyond it, Saturn.", ("mars", "saturn")),
])
def test_a_fronted_order_phrase_orders_the_body_after_it(text, pair):
    assert pair in _closer(text)
    assert pair[::-1] not in _closer(text)


@pytest.mark.parametrize("text, pair", [
    # not fronted: the subject comes first
    ("Draw Mars around the Sun; Saturn lies beyond it.", None),
    ("Mars orbits farther from the Sun than Earth.", ("earth", "mars")),
])
def test_an_order_phrase_after_its_subject_is_unchanged(text, pair):
    if pair:
        assert pair in _closer(text)


def test_moons_fronted_and_counted_twice_keep_their_order():
    text = ("Tonight: Saturn and three of its moons. Closest in, Mimas. Farther out, Titan. And far beyond them "
            "both, Iapetus. Show the three moons around Saturn in that order.")
    assert _ids(text) == ["saturn", "mimas", "titan", "iapetus"]


@pytest.mark.parametrize("text", [
    "Use the mnemonic to get them right: My Very Educated Mother Just Served Us Nachos. All eight planets around "
    "the Sun, in that order.",
    "My Very Easy Method Just Speeds Up Naming - draw all eight planets round the Sun in that order.",
    "Remember My Very Excellent Mother Just Served Us Noodles, and plot all the planets around the Sun in order.",
])
def test_a_planet_mnemonic_is_read_not_unknown(text):
    g = D.parse(text, allow_unknown=True)
    from nesy.domains.astronomy_mnemonic import mnemonic_spans
    (a, b), = mnemonic_spans(text)
    assert not any(a <= u.start and u.end <= b for u in g.unknown)
    assert len([e for e in g.entities if e.kind == "planet"]) == 8


@pytest.mark.parametrize("text", [
    "My Very Old Map shows Mars and Jupiter around the Sun.",       # initials stop after two
    "My Very Educated Mother drew Mars and Jupiter around the Sun.",  # four words: any capitalised phrase
])
def test_words_that_spell_no_mnemonic_are_not_passed_over(text):
    from nesy.domains.astronomy_mnemonic import mnemonic_spans
    assert mnemonic_spans(text) == []
    g = D.parse(text, allow_unknown=True)
    assert any(u.text in ("Map", "Educated") for u in g.unknown)


@pytest.mark.parametrize("text, pair", [
    # what a figure called wrong shows is not the user's claim; "It should be outside" orders the same pair
    ("== Orbit diagram is wrong ==\nThe diagram in this article puts Bennu inside Earth's orbit. It should be just "
     "outside: Bennu's semi-major axis is 1.126 AU against Earth's 1.000 AU, both around the Sun.", ("earth", "bennu")),
    ("The figure in my textbook shows Mars inside Venus's orbit, which is wrong. It should be outside. Draw Mars and "
     "Venus around the Sun.", ("venus", "mars")),
    ("This old poster puts Saturn outside Uranus's orbit - a mistake. It should be inside. Show both around the Sun.",
     ("saturn", "uranus")),
])
def test_a_wrong_figure_reported_is_corrected_not_drawn(text, pair):
    assert _closer(text) == {pair}


@pytest.mark.parametrize("text, pair", [
    # a figure nobody calls wrong: what it shows is the text's claim
    ("The diagram shows Mars beyond Jupiter. Draw Mars and Jupiter around the Sun.", ("jupiter", "mars")),
    ("Mars is outside Earth's orbit. Draw both around the Sun.", ("earth", "mars")),
])
def test_a_figure_not_called_wrong_is_the_texts_claim(text, pair):
    assert _closer(text) == {pair}
