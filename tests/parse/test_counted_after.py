"""A count said after its noun ("lysosomes numbering 5", "ribosomes, seven in number") and "the former" /
"the latter" are read as the counts and things they stand for, in every science's text."""
from collections import Counter

import pytest

from nesy.pipeline import parse


def _counts(text):
    s = parse(text, allow_unknown=True)
    assert not s.not_drawn, s.not_drawn
    return s.domain, dict(Counter(e.kind for e in s.entities))


@pytest.mark.parametrize("text, kind, n", [
    ("Draw a plant cell with chloroplasts numbering six and one nucleus.", "chloroplast", 6),
    ("An animal cell; its lysosomes total 5.", "lysosome", 5),
    ("A cell with ribosomes, nine in number, and a nucleus.", "ribosome", 9),
    ("A cell containing a nucleus and peroxisomes (the peroxisomes amount to 4).", "peroxisome", 4),
])
def test_a_count_after_its_noun_is_the_count(text, kind, n):
    assert _counts(text)[1][kind] == n


def test_the_former_and_the_latter_are_the_two_things_just_named():
    dom, c = _counts("My cell drawing needs lysosomes and mitochondria, the former numbering 2 and the latter 5, "
                     "plus a nucleus.")
    assert dom == "cell" and c["lysosome"] == 2 and c["mitochondrion"] == 5 and c["nucleus"] == 1


def test_the_latter_names_the_second_thing_of_a_coordination_in_the_sentence_before():
    _, c = _counts("The cell holds a nucleus and vacuoles. The latter number three.")
    assert c["vacuole"] == 3 and c["nucleus"] == 1


def test_the_former_and_the_latter_name_bodies_whatever_the_parser_tags_them():
    # the small parser tags names and metals as verbs or adjectives; the anaphor still names the conjunct, and a
    # name stands without "the"
    s = parse("Saturn has two moons, Titan and Rhea; the latter orbits closer in (527 108 km from Saturn's centre), "
              "the former farther out (1 221 870 km). Draw Saturn with both.", allow_unknown=True)
    km = {dict(b)["name"]: dict(b) for b in dict(s.attributes)["bodies"]}
    assert set(km) >= {"Titan", "Rhea"} and not s.not_drawn


def test_the_latter_of_two_metals_is_the_one_drawn():
    s = parse("Two cubic metals, iron and aluminium. Draw the latter (fcc, a = 4.05 Å), not the former.",
              allow_unknown=True)
    assert s.domain == "crystal" and not s.not_drawn
    assert [e.name for e in s.entities if e.kind == "species"] == ["Al"]


@pytest.mark.parametrize("text, said", [
    # one noun shared by two modifiers, each with its article: the conjunct is the modifier with that noun
    ("Draw a plant and an animal cell; the latter has 3 mitochondria.", "the animal cell has 3 mitochondria"),
    # a conjunct of several words is its whole noun phrase, not its first modifier
    ("Show red blood cells and white blood cells; the latter are larger.", "the white blood cells are larger"),
])
def test_the_latter_is_the_whole_second_noun_phrase(text, said):
    from nesy.parse.markup import normalize
    from nesy.parse.structured import read_scaffolding
    assert said in read_scaffolding(normalize(text))[0].text
