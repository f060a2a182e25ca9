"""The generic reading (nesy/parse/reading.py) over nesy's trained English pipeline.

The phrasings are written in the styles people use: imperatives, word problems, abbreviations,
WebInstruct markup, typos. What is checked is what a science relies on: mentions with their counts,
names and quantities, relations, and an account of every token.
"""
from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from nesy.parse.reading import ROLES, Reading, read


def heads(r: Reading) -> list[str]:
    return [m.head.lower() for m in r.mentions]


def mention(r: Reading, head: str):
    ms = [m for m in r.mentions if m.head.lower() == head]
    assert ms, f"no mention {head!r} in {heads(r)}"
    return ms[0]


def rel(r: Reading, pred: str):
    return [(r.mentions[x.subject].head, r.mentions[x.object].head if x.object is not None else None, x)
            for x in r.relations if x.predicate == pred]


# ---------------------------------------------------------------------------------------------
# mentions: counts, names, attached quantities

@pytest.mark.parametrize("text,head,count", [
    ("Draw three cells.", "cell", 3),
    ("draw 3 circles inside a square", "circle", 3),
    ("a pair of electrodes to the left of the beaker", "electrode", 2),
    ("Sketch two dozen dots.", "dot", 24),
    ("twenty-five cells in a row", "cell", 25),
    ("a cell with no nucleus", "nucleus", 0),
    ("Show a single planet orbiting a star.", "planet", 1),
    ("A lens with f = 10 cm and two lenses", "lens", 1),
])
def test_counts(text, head, count):
    r = read(text)
    assert mention(r, head).count == count


@pytest.mark.parametrize("text,head,name,given", [
    ("Draw a resistor R1 of 10 Ω connected in series with a 5 V battery.", "resistor", "R1", True),
    ("A block of mass {eq}m{/eq} slides down.", "mass", "m", False),
    ("Mark the point P on the circle.", "point", "P", False),
    ("a planet of mass {eq}m = 4.35 \\times 10^{24} \\, \\mathrm{kg}{/eq}", "mass", "m", True),
])
def test_names_and_symbols(text, head, name, given):
    m = mention(read(text), head)
    assert m.name == name
    assert bool(m.quantities) == given  # a value the text does not give stays a symbol


@pytest.mark.parametrize("text,head,value,unit", [
    ("A 5 kg block rests on a frictionless incline.", "block", Fraction(5), "kilogram"),
    ("a 5-kg block on a table", "block", Fraction(5), "kilogram"),
    ("Draw a resistor R1 of 10 Ω connected in series with a 5 V battery.", "resistor", Fraction(10), "ohm"),
    ("R1 = 10 Ω", "r1", Fraction(10), "ohm"),
    ("a capacitor of {eq}4.7 \\ \\mu F{/eq} in a circuit", "capacitor", Fraction(47, 10), "microfarad"),
    ("The object is 30 cm away from the lens.", "object", Fraction(30), "centimeter"),
    ("a planet of mass {eq}m = 4.35 \\times 10^{24} \\, \\mathrm{kg}{/eq}", "mass", Fraction(435) * 10 ** 22,
     "kilogram"),
])
def test_attached_quantities(text, head, value, unit):
    r = read(text)
    m = mention(r, head)
    assert m.quantities, f"{head} has no quantity"
    q = r.quantities[m.quantities[0]]
    assert (q.value, q.unit) == (value, unit)


def test_modifiers_and_definiteness():
    r = read("Draw a uniform magnetic field and the frictionless incline.")
    f = mention(r, "field")
    assert set(f.modifiers) == {"uniform", "magnetic"} and f.count == 1 and not f.definite
    assert mention(r, "incline").definite


# ---------------------------------------------------------------------------------------------
# relations: verbs, prepositions, multi-word phrases, passive, negation, coordination

def test_verb_relation_with_coordinated_subjects():
    r = read("Mercury, Venus, Earth and Mars orbiting the Sun")
    subj = sorted(s for s, o, _ in rel(r, "orbit"))
    assert subj == ["Earth", "Mars", "Mercury", "Venus"]
    assert all(o == "Sun" for _, o, _ in rel(r, "orbit"))
    assert len(r.groups[0]) == 4


def test_multiword_relation_phrase():
    r = read("a pair of electrodes to the left of the beaker")
    (s, o, _), = rel(r, "to the left of")
    assert (s, o) == ("electrode", "beaker")
    assert "left" not in heads(r)


def test_passive_is_turned_active():
    r = read("Two cells are adjacent to a third cell which is surrounded by a membrane.")
    (s, o, x), = rel(r, "surround")
    assert (s, o) == ("membrane", "cell") and x.passive
    assert [(s, o) for s, o, _ in rel(r, "adjacent to")] == [("cell", "cell")]


def test_parenthetical_keeps_the_subject():
    r = read("Two cells, each with a nucleus, are adjacent to a third cell.")
    (s, o, _), = rel(r, "adjacent to")
    assert s == "cell" and r.mentions[rel(r, "adjacent to")[0][2].subject].count == 2


def test_negation():
    r = read("a cell with no nucleus")
    (_, _, x), = rel(r, "with")
    assert x.negated
    r = read("The ball is not moving.")
    (_, _, x), = rel(r, "move")
    assert x.negated and x.object is None


def test_series_connection():
    r = read("Draw a resistor R1 of 10 Ω connected in series with a 5 V battery.")
    (s, o, _), = rel(r, "connect in series with")
    assert (s, o) == ("resistor", "battery")


@pytest.mark.parametrize("text,subject,pred,obj", [
    ("a 2 kg mass hanging at rest from a rope", "mass", "from", "rope"),
    ("a 0.5 kg mass suspended from the ceiling by a string", "mass", "by", "string"),
])
def test_phrase_attached_to_a_verb_relates_its_subject(text, subject, pred, obj):
    assert (subject, obj) in [(s, o) for s, o, _ in rel(read(text), pred)]


def test_quantity_inside_a_predicate():
    r = read("A 5 kg block rests on a frictionless incline inclined at 30° to the horizontal.")
    assert rel(r, "rest on")[0][:2] == ("block", "incline")
    with_q = [x for x in r.relations if x.quantities]
    assert with_q and r.quantities[with_q[0].quantities[0]].unit == "degree"


# ---------------------------------------------------------------------------------------------
# coreference

def test_definite_and_pronoun_refer_back():
    r = read("A lens forms an image. The lens is thin. It has a focal length of 10 cm.")
    lenses = [m for m in r.mentions if m.head == "lens"]
    assert lenses[1].refers_to == lenses[0].id
    it = next(m for m in r.mentions if m.pronoun)
    assert r.resolve(it.id).id == lenses[0].id


# ---------------------------------------------------------------------------------------------
# accounting

@pytest.mark.parametrize("text,kind,word", [
    ("Calculate the orbital period of a planet that orbits the Sun at 1.5×10^8 km.", "question", "Calculate"),
    ("What is the magnification of a lens with f = 10 cm?", "question", "What"),
    ("How many cells are shown in the figure?", "figure", "shown"),
    ("Please draw a labelled diagram of a plant cell.", "figure", "labelled"),
    ("Sketch the ray diagram for a converging lens.", "figure", "diagram"),
    ("Determine the current through each resistor.", "question", "Determine"),
    ("Assume g = 9.8 m/s^2 and neglect friction.", "question", "neglect"),
])
def test_no_content_words(text, kind, word):
    r = read(text)
    roles = {t.text: (t.role, t.kind) for t in r.tokens}
    assert roles[word] == ("no-content", kind)


@pytest.mark.parametrize("text", [
    "A 5 kg block rests on a frictionless incline inclined at 30° to the horizontal.",
    "At 37°C, the concentration of {eq}Fe^{3+}\n\n{/eq} inside a cell is 0.074 M and outside is 0.014 M.",
    "two resitors (typo) in paralel with a batery",
    "Pr[ Z<\\frac{4.5}{5} ]",
    "draw smth cool lol",
])
def test_every_token_is_accounted_once(text):
    r = read(text)
    assert all(t.role in ROLES for t in r.tokens)
    assert sum(r.coverage()[k] for k in ROLES) == r.coverage()["total"] == len(r.tokens)
    for t in r.tokens:
        assert text[t.span[0]:t.span[1]] == t.text
    for n in r.not_understood:
        assert text[n.span[0]:n.span[1]] == n.text and n.why


def test_not_understood_is_reported_with_position():
    text = "Draw a cell quickly and 42."
    r = read(text)
    nu = {n.text: n for n in r.not_understood}
    assert "42" in nu and nu["42"].span == (text.index("42"), text.index("42") + 2)
    assert "number" in nu["42"].why


def test_keep_claims_a_no_content_word():
    assert "plot" not in heads(read("a plot of land next to a river"))
    assert "plot" in heads(read("a plot of land next to a river", keep={"plot"}))


def test_to_dict():
    r = read("Draw a resistor R1 of 10 Ω.")
    d = r.to_dict()
    assert d["mentions"][0]["name"] == "R1" and d["quantities"][0]["unit"] == "ohm"
    assert d["coverage"]["total"] == len(d["tokens"])


# ---------------------------------------------------------------------------------------------
# hostile inputs

def test_empty_and_blank():
    for s in ("", "   ", "\n\n\t"):
        r = read(s)
        assert r.tokens == () and r.mentions == ()


def test_not_a_string():
    with pytest.raises(TypeError):
        read(None)  # type: ignore[arg-type]


def test_huge_input():
    s = ("A 5 kg block rests on a frictionless incline. " * 2300)[:100_000]
    r = read(s)
    assert len(r.quantities) >= 2000
    assert r.tokens[-1].span[1] <= len(s)


@pytest.mark.parametrize("s", ["{" * 3000, "$" * 3000, "\\frac" * 3000, "1 " * 2000, "a" * 5000,
                               "10^" * 1000, "\x00\ud7ff\ufeff", "🙂" * 500, "\n" * 1000])
def test_hostile(s):
    r = read(s)
    assert sum(r.coverage()[k] for k in ROLES) == len(r.tokens)


@settings(max_examples=25)
@given(st.text(max_size=200))
def test_never_crashes(s):
    r = read(s)
    for t in r.tokens:
        assert 0 <= t.span[0] <= t.span[1] <= len(s)
